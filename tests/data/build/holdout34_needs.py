"""Needs of the holdout34 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- salinity ---
    (
        "jJn01",
        "vi",
        "sggp_cms",
        "Cần biết lúc nào nước kênh bị mặn để tắt máy bơm",
        "Tổ hợp tác trồng dưa hấu ở xã Thạnh Hòa Sơn, Cầu Ngang. Năm rồi bơm nhầm nước lợ vô ruộng lúc đêm, cháy gần 2 ha. "
        "Muốn có cái gì báo cho anh em biết nước ở đầu kênh đang mặn bao nhiêu, nhất là ban đêm, để tắt máy kịp.",
        {"jJo001": 2, "jJo002": 2, "jJo003": 2, "jJo004": 2, "jJo005": 1, "jJo007": 1, "jJo008": 1, "jJo009": 1},
    ),
    (
        "jJn02",
        "en",
        "sggp_cms",
        "Phone alerts when the river at our intake turns brackish",
        "We are a 44-household durian group in Thanh Binh commune, Vung Liem, with 25 ha of trees on the Co Chien river. "
        "Durian cannot take water above about 1 g/L. We want each member to get a message on the phone when the water at our shared intake becomes unsafe, and to see the readings ourselves.",
        {"jJo003": 2, "jJo001": 2, "jJo002": 2, "jJo004": 2, "jJo005": 1, "jJo019": 1},
    ),
    (
        "jJn03",
        "vi",
        "quantrac",
        "may do man mua ngoai cho do sai",
        "Nha toi trong buoi da xanh o Tieu Can, mua cai may do man 450 ngan ngoai tiem, do nuoc song thay bao ngot ma tuoi vo cay van bi chay la. "
        "Can may do dung, co nguoi chi cach kiem tra may truoc khi bom nuoc.",
        {"jJo007": 2, "jJo008": 2, "jJo009": 1, "jJo122": 1},
    ),
    (
        "jJn04",
        "en",
        "nhess",
        "Knowing months ahead how bad the dry season salinity will be",
        "Planning office, Tra Vinh agriculture department. Every October we must decide the winter–spring rice calendar and how much to spend on storage and pumps, but we only learn how deep the salt will come when it arrives. "
        "We need an outlook of the coming dry season's salinity several months ahead, by district.",
        {"jJo006": 2, "jJo010": 2, "jJo011": 2, "jJo005": 1},
    ),
    (
        "jJn05",
        "vi",
        "sggp_cms",
        "Đo mặn tự động tại 5 cống của xã, số liệu về văn phòng",
        "UBND xã ở Châu Thành (Trà Vinh) quản lý 5 cống nội đồng. Hiện cán bộ phải chạy xe đi lấy mẫu từng cống mỗi ngày rồi mới quyết định đóng mở, nhiều khi không kịp lúc triều lên. "
        "Cần thiết bị đặt tại cống tự đo độ mặn và gửi số liệu về xã, có ngưỡng báo để vận hành cống.",
        {"jJo001": 2, "jJo004": 2, "jJo002": 2, "jJo005": 2, "jJo009": 1, "jJo052": 1},
    ),
    # --- storage ---
    (
        "jJn06",
        "vi",
        "tui_tdh",
        "Chứa 20 khối nước ngọt cho 3 tháng nắng mà nhà chật",
        "Nhà 5 người ở Duyên Hải, sân nhỏ không đủ chỗ xếp lu. Mùa khô phải mua nước ngọt chở ghe tới, tốn mấy trăm ngàn mỗi tuần. "
        "Cần cách chứa được khoảng 20 khối nước mưa hoặc nước ngọt, giá rẻ, có thể để dưới ao sau nhà.",
        {"jJo012": 2, "jJo013": 2, "jJo014": 1, "jJo021": 1},
    ),
    (
        "jJn07",
        "en",
        "hdpe_liner",
        "Our orchard pond leaks through the sandy banks",
        "Fruit farmer in Cau Ke, 1 ha of rambutan and durian. I dug a storage pond but the sandy banks let the water seep away in a few weeks, exactly when salt comes into the canal. "
        "I need a way to make the pond hold water through March and April.",
        {"jJo015": 2, "jJo016": 2, "jJo017": 1, "jJo012": 1},
    ),
    (
        "jJn08",
        "vi",
        "bt_orchard",
        "Mương vườn không đủ nước cho sầu riêng lúc ra bông",
        "Nhà vườn ở Bình Minh, 0,8 ha sầu riêng đang ra bông đúng lúc nước sông lên mặn. Mương vườn trữ được ít, lấy nước sai lúc lại dính mặn. "
        "Cần người hướng dẫn tính mương đủ chứa bao nhiêu và cách canh lúc nào được bơm vô.",
        {"jJo017": 2, "jJo019": 2, "jJo003": 1, "jJo015": 1, "jJo016": 1, "jJo057": 1},
    ),
    (
        "jJn09",
        "en",
        "bt_program",
        "A shared freshwater reservoir for about 1,000 households",
        "Commune in Chau Thanh district, Tra Vinh. Individual jars and tanks are not enough in long dry seasons; about 1,000 households and the school run out by March. "
        "We want to plan a communal freshwater reservoir filled in the rainy season and protected from saline canals, and need help preparing the project.",
        {"jJo018": 2, "jJo014": 1, "jJo023": 1, "jJo012": 1, "jJo026": 1},
    ),
    (
        "jJn10",
        "vi",
        "cholach",
        "giu nuoc tuoi cho vuon uom cay giong mua man",
        "Vuon uom cay giong 3 cong o Tra Cu, cay con moi ra ngoi rat yeu man, mua kho nuoc kenh len 2-3 phan ngan la chet. "
        "Can cach tru nuoc ngot va tuoi sao cho it ton nuoc trong may thang han.",
        {"jJo020": 2, "jJo019": 1, "jJo057": 1, "jJo012": 1},
    ),
    # --- rainwater ---
    (
        "jJn11",
        "en",
        "crwh",
        "Collecting roof rainwater for 300 pupils to drink",
        "Primary school in Cau Ngang with 300 pupils and two tin-roofed buildings. Tap water is salty in the dry season. "
        "We want to catch rain from the roofs for drinking: how big a tank, and how to keep the water clean enough for children.",
        {"jJo023": 2, "jJo021": 2, "jJo025": 2, "jJo027": 1, "jJo024": 1},
    ),
    (
        "jJn12",
        "vi",
        "vnn_rain",
        "Nước mưa trong lu bị đục, có lăng quăng",
        "Nhà tôi ở Duyên Hải hứng nước mưa từ mái tôn vô 6 cái lu, được vài tháng là nước đục, có lăng quăng, con nhỏ uống hay đau bụng. "
        "Muốn biết cách hứng cho sạch, bỏ nước mưa đầu mùa và làm sao giữ nước uống được tới mùa khô.",
        {"jJo024": 2, "jJo021": 2, "jJo025": 2, "jJo022": 1, "jJo036": 1},
    ),
    (
        "jJn13",
        "vi",
        "camau_rg",
        "Tính bể nước mưa đủ dùng cả năm cho nhà 5 người",
        "Hộ dân xã Hiệp Thạnh (Duyên Hải), nước giếng khoan ngày càng mặn và hụt. "
        "Muốn xây bể chứa nước mưa đủ cho nhà 5 người ăn uống cả năm, phần còn thiếu mới dùng giếng; cần người tính giùm bể bao nhiêu khối.",
        {"jJo022": 2, "jJo026": 2, "jJo021": 2, "jJo023": 1, "jJo014": 1},
    ),
    (
        "jJn14",
        "en",
        "vinhchau",
        "Rainwater systems for 50 poor households",
        "Small NGO working in Tam Binh. We have funds for 50 poor households that now drink untreated canal water. "
        "Looking for a proven rainwater collection design (gutters, first-flush, tank, filter) that families can build and keep clean.",
        {"jJo022": 2, "jJo024": 2, "jJo021": 2, "jJo025": 1, "jJo027": 1},
    ),
    # --- filters and desalination ---
    (
        "jJn15",
        "en",
        "nt30",
        "Drinking water for an island clinic with a brackish well",
        "Health station on an islet of Chau Thanh district, Tra Vinh. Our only well is brackish and the grid is unreliable. "
        "We need about 200 litres of drinkable water a day for patients and staff, ideally from the sun.",
        {"jJo031": 2, "jJo032": 2, "jJo028": 1, "jJo029": 1, "jJo030": 1, "jJo033": 1},
    ),
    (
        "jJn16",
        "vi",
        "school_ro",
        "Máy lọc cho học sinh uống trực tiếp",
        "Điểm trường Hòa Minh (Châu Thành, Trà Vinh) có 120 học sinh. Nước máy mùa khô hơi lợ, có mùi phèn, các em phải mang nước từ nhà. "
        "Cần hệ thống lọc để học sinh uống ngay tại trường, dễ bảo trì.",
        {"jJo033": 2, "jJo031": 2, "jJo032": 1, "jJo040": 1, "jJo039": 1},
    ),
    (
        "jJn17",
        "vi",
        "still_ctu",
        "lam nuoc ngot tu nuoc man bang nang mat troi cho re",
        "Ho ngheo o xa Dong Hai (Duyen Hai), khong co tien mua may loc. Nuoc quanh nha toan man. "
        "Nghe noi co cach phoi nang cho nuoc bay hoi ra nuoc ngot, muon biet lam bang vat lieu re, moi ngay duoc vai lit uong.",
        {"jJo029": 2, "jJo028": 2, "jJo030": 2, "jJo031": 1},
    ),
    (
        "jJn18",
        "en",
        "still_bd",
        "Fresh water at a fishing camp on the estuary",
        "Our crew of 8 stays weeks at a net camp near the Dinh An mouth. There is no fresh water and no electricity, and carrying cans from town is expensive. "
        "We need a way to turn seawater into drinking water on site.",
        {"jJo030": 2, "jJo029": 2, "jJo028": 1, "jJo031": 1},
    ),
    (
        "jJn19",
        "en",
        "ceramic_ide",
        "Cheap filter to stop children getting diarrhoea from pond water",
        "Households in Cang Long still drink pond and canal water; children often have diarrhoea and boiling uses a lot of firewood. "
        "We want a simple filter that works without electricity and that families can afford.",
        {"jJo034": 2, "jJo035": 2, "jJo040": 2, "jJo036": 1, "jJo037": 1, "jJo038": 1},
    ),
    (
        "jJn20",
        "vi",
        "sand_eawag",
        "Nước giếng khoan vàng, tanh mùi sắt, sợ có thạch tín",
        "Nhà ở Tiểu Cần dùng giếng khoan, nước để một lát là vàng, có váng, mùi tanh. Nghe nói giếng khoan có thể nhiễm thạch tín. "
        "Muốn làm bộ lọc rẻ tiền cho gia đình và biết chỗ kiểm tra nước.",
        {"jJo036": 2, "jJo037": 2, "jJo038": 2, "jJo041": 1, "jJo122": 1, "jJo120": 1},
    ),
    (
        "jJn21",
        "en",
        "benquan",
        "Treating turbid canal water for a small homestay",
        "Homestay in An Binh islet, Vinh Long, using canal water for washing and cooking; in the rainy season it is very muddy. "
        "We need a compact treatment unit on site that settles, filters and disinfects the water.",
        {"jJo038": 2, "jJo039": 2, "jJo042": 1, "jJo034": 1},
    ),
    # --- rural water plants ---
    (
        "jJn22",
        "vi",
        "vinacee",
        "Bể lọc trạm nước hay bị nghẹt, rửa tốn nước",
        "Tổ hợp tác cấp nước ấp ở Cầu Kè, trạm nhỏ 120 m³/ngày. Bể lọc mau nghẹt, rửa thì tốn nước, anh em vận hành không rành nên nước ra lúc đục lúc trong. "
        "Cần cách cải tạo bể lọc cho dễ vận hành.",
        {"jJo041": 2, "jJo042": 1, "jJo043": 1},
    ),
    (
        "jJn23",
        "en",
        "sws_dn",
        "Adding 30 m³ a day to a commune water station quickly",
        "Rural water centre, Tra Vinh. A commune station rated 210 m³/day cannot serve a new secondary school and 60 more households. "
        "We need extra treatment capacity of about 30 m³/day within months, without rebuilding the plant.",
        {"jJo043": 2, "jJo046": 1, "jJo042": 1},
    ),
    (
        "jJn24",
        "vi",
        "solar_station",
        "Trạm nước xã tốn tiền điện, cúp điện là dân không có nước",
        "Trạm cấp nước xã ở Trà Cú bơm giếng và bơm cấp ra mạng. Tiền điện chiếm phần lớn chi phí, mỗi lần cúp điện là các ấp cuối tuyến không có nước. "
        "Muốn dùng năng lượng tại chỗ để chạy bơm.",
        {"jJo044": 2, "jJo050": 2, "jJo032": 1, "jJo062": 1},
    ),
    (
        "jJn25",
        "en",
        "oba",
        "Poor families cannot pay the connection fee",
        "Commune in Cau Ngang. The new piped network passes their houses but many poor households cannot pay the connection fee and keep buying water. "
        "Looking for a subsidy model that gets them connected and keeps the operator viable.",
        {"jJo045": 2, "jJo046": 1},
    ),
    (
        "jJn26",
        "vi",
        "longson",
        "Mở rộng trạm cấp nước cho thêm 1.000 hộ vùng mặn",
        "Xã ven biển ở Cầu Ngang, trạm cấp nước hiện chỉ đủ cho khoảng 700 hộ, mùa khô còn hơn 1.000 hộ phải mua nước. "
        "Cần đơn vị khảo sát nguồn, nâng công suất xử lý và kéo ống tới các ấp xa.",
        {"jJo046": 2, "jJo042": 2, "jJo043": 1, "jJo051": 1},
    ),
    (
        "jJn27",
        "en",
        "disinf_note",
        "Uneven chlorine at our water station",
        "Operator of a commune water station in Tra On. Some days customers complain about chlorine smell, other days tests show coliform at the end of the line. "
        "We dose by hand. Need a reliable, simple way to disinfect and train our two operators.",
        {"jJo047": 2, "jJo049": 2, "jJo048": 2, "jJo042": 1},
    ),
    (
        "jJn28",
        "vi",
        "uv_village",
        "muon thay clo bang den UV cho nuoc may khong mui",
        "Tram nuoc ap o Vung Liem, dan che nuoc co mui clo nen nhieu nha khong xai nuoc may de uong. "
        "Hoi co the dung den UV khu trung thay clo duoc khong, can luu y gi cho duong ong.",
        {"jJo048": 2, "jJo049": 1, "jJo047": 1},
    ),
    (
        "jJn29",
        "en",
        "ace_surface",
        "Full treatment line for muddy river water",
        "Tam Binh plans a small plant taking water from the Mang Thit river; turbidity is very high in the flood season and organic colour in the dry season. "
        "We need the full process: coagulation with alum or PAC, settling, filtration and disinfection.",
        {"jJo042": 2, "jJo039": 2, "jJo051": 2, "jJo041": 1},
    ),
    # --- irrigation and sluices ---
    (
        "jJn30",
        "vi",
        "scada_gate",
        "Đóng mở cống bằng tay chậm, muốn tự động",
        "Cụm cống nội đồng ở Càng Long do tổ thủy nông vận hành thủ công, nhiều đêm triều lên nhanh không đóng kịp, nước mặn lọt vô. "
        "Muốn cống tự đóng mở theo mực nước và độ mặn, có thể điều khiển từ xa.",
        {"jJo052": 2, "jJo053": 1, "jJo001": 1, "jJo005": 1, "jJo054": 1},
    ),
    (
        "jJn31",
        "en",
        "steel_dam",
        "Closing a canal mouth fast during peak salinity",
        "Irrigation company, Vinh Long. One canal feeding about 2,000 ha of orchards has no sluice yet; a permanent sluice is years away. "
        "We need a temporary closure we can put in for the peak salinity weeks and remove afterwards.",
        {"jJo054": 2, "jJo053": 2, "jJo052": 1, "jJo060": 1},
    ),
    (
        "jJn32",
        "vi",
        "awd_ag",
        "Ruộng lúa thiếu nước ngọt vụ đông xuân, muốn bớt nước bơm",
        "HTX lúa ở Tiểu Cần, 150 ha. Vụ đông xuân nước ngọt trong kênh ít, bơm liên tục tốn dầu mà cuối vụ vẫn thiếu. "
        "Muốn cách giữ nước ruộng ít hơn mà lúa vẫn đạt năng suất.",
        {"jJo055": 2, "jJo056": 2},
    ),
    (
        "jJn33",
        "en",
        "drip_tv",
        "Water-saving irrigation for watermelon on sandy land",
        "Farmer group in Cau Ngang growing watermelon and vegetables on sandy ridges; our shallow wells run low and turn salty by February. "
        "We want an irrigation method that uses much less water per crop.",
        {"jJo058": 2, "jJo057": 2, "jJo059": 2, "jJo061": 1},
    ),
    (
        "jJn34",
        "vi",
        "sms_pump",
        "tuoi vuon bang tay mat cong, muon bat bom tu xa",
        "Vuon chom chom 2 ha o Binh Minh, ban ngay di lam xa nen tuoi khong kip. "
        "Can bo dieu khien may bom bang dien thoai, nhan tin la bom chay.",
        {"jJo061": 2, "jJo057": 1, "jJo003": 1},
    ),
    (
        "jJn35",
        "en",
        "tg_sluice",
        "Old sluices leaking before the dry season",
        "Many of the small sluices in our district of Tra Vinh leak at the gates and culverts, so the fresh water we store in the canals drains or salt seeps in. "
        "We need a repair and servicing plan before December.",
        {"jJo060": 2, "jJo053": 2, "jJo052": 1},
    ),
    (
        "jJn36",
        "vi",
        "solar_irr",
        "Bơm tưới chạy dầu quá tốn, không có điện lưới",
        "HTX rau màu ở cù lao thuộc Trà Ôn, đồng ruộng xa điện lưới, phải chạy máy dầu bơm nước tưới cả ngày. "
        "Muốn máy bơm chạy bằng năng lượng mặt trời cho khoảng 30 ha.",
        {"jJo062": 2, "jJo044": 1, "jJo142": 1},
    ),
    # --- erosion and coast ---
    (
        "jJn37",
        "vi",
        "vl_erosion",
        "Bờ sông trước nhà lở mỗi mùa mưa, không đủ tiền kè bê tông",
        "Nhà tôi ở ven sông Cổ Chiên (Vũng Liêm), mỗi mùa mưa mất vài mét đất, mé sông có vết nứt. Kè bê tông thì quá tiền. "
        "Cần cách giữ bờ rẻ, làm được bằng cây, cỏ, vật liệu địa phương.",
        {"jJo068": 2, "jJo067": 2, "jJo069": 2, "jJo076": 2, "jJo071": 1, "jJo070": 1},
    ),
    (
        "jJn38",
        "en",
        "tfence",
        "The sea is eating our mangrove belt and reaching the dyke",
        "Coastal commune in Duyen Hai. The mangrove strip in front of our earth dyke has shrunk to a few metres and waves now hit the dyke toe at high tide. "
        "Sandbags only last one season. We want a lasting way to rebuild the foreshore.",
        {"jJo063": 2, "jJo064": 2, "jJo075": 2, "jJo065": 1, "jJo066": 1, "jJo074": 1},
    ),
    (
        "jJn39",
        "vi",
        "floodplain",
        "Trồng lại rừng đước, bần mà cây con chết hết",
        "Ban quản lý rừng phòng hộ ven biển Trà Vinh trồng lại mấy chục ha đước, bần nhưng sóng đánh trôi gần hết cây con, bãi bùn bị bào thấp. "
        "Cần giải pháp giữ bãi và giúp rừng tái sinh.",
        {"jJo063": 2, "jJo075": 2, "jJo064": 2, "jJo073": 2, "jJo065": 1, "jJo066": 1},
    ),
    (
        "jJn40",
        "en",
        "vetiver_mk",
        "Canal banks washed away by boat waves",
        "Farmers along a busy canal in Cang Long lose land every year because waves from motor boats hit the banks all day. "
        "Looking for a planted, low-cost way to hold the bank.",
        {"jJo069": 2, "jJo068": 2, "jJo070": 2, "jJo067": 1},
    ),
    (
        "jJn41",
        "vi",
        "erosion_cause",
        "Khảo sát điểm sạt lở trên địa bàn huyện",
        "UBND huyện Trà Ôn cần biết đoạn sông, kênh nào có nguy cơ sạt lở cao và do nguyên nhân gì (nhà cất sát mé, ngã ba sông, khúc cong...) để ưu tiên vốn và di dời dân. "
        "Cần đơn vị khảo sát, lập bản đồ điểm nguy cơ.",
        {"jJo072": 2, "jJo076": 1},
    ),
    (
        "jJn42",
        "en",
        "ecobag",
        "Soft revetment product for river banks",
        "District infrastructure office in Vinh Long looking for a bank protection that is cheaper than concrete, follows the bank shape and lets vegetation grow, for several hundred metres of river bank.",
        {"jJo067": 2, "jJo071": 2, "jJo068": 1},
    ),
    # --- flood and tide warning ---
    (
        "jJn43",
        "vi",
        "tide_bulletin",
        "Triều cường tràn bờ bao ban đêm mà dân không hay",
        "Xã ven sông Hậu ở Trà Ôn, đợt triều cường tháng 10 nước tràn bờ bao lúc nửa đêm, ngập vườn, chuồng trại mà không ai biết trước. "
        "Cần biết trước ngày nào triều lên cao và có báo động khi nước dâng tới mức nguy hiểm.",
        {"jJo077": 2, "jJo079": 2, "jJo082": 2, "jJo078": 1, "jJo080": 1},
    ),
    (
        "jJn44",
        "en",
        "flood_tower",
        "Streets flood at high tide, people drive into deep water",
        "Ward in Vinh Long city: at spring tides some streets and the riverside road go under water and people ride motorbikes into it at night. "
        "We want posts showing the water depth and an automatic alert when it rises.",
        {"jJo078": 2, "jJo079": 2, "jJo077": 1},
    ),
    (
        "jJn45",
        "en",
        "adb_sms",
        "SMS warnings to hamlet heads when water rises",
        "District disaster prevention committee, Tra Vinh. Warnings now go by phone calls chain and arrive late. "
        "We want automatic text messages to hamlet heads when rainfall or water levels pass set thresholds.",
        {"jJo080": 2, "jJo077": 2, "jJo081": 1, "jJo079": 1},
    ),
    (
        "jJn46",
        "vi",
        "tide_bulletin",
        "can biet truoc dot trieu cuong de gia co bo ao ca",
        "Ho nuoi ca ven song o Tra On, nam nao trieu cuong cung tran bo ao mat ca. "
        "Can biet truoc lich cac dot trieu cao trong mua va muc nuoc de dap bo kip.",
        {"jJo082": 2, "jJo077": 1},
    ),
    # --- wastewater ---
    (
        "jJn47",
        "en",
        "bastaf",
        "Septic tanks overflowing into the canal",
        "Row of about 40 houses along a canal in Cau Ke town. Septic tanks are small, never emptied, and overflow straight into the canal where neighbours wash. "
        "We want a low-cost treatment for the houses or the whole row.",
        {"jJo083": 2, "jJo084": 2, "jJo085": 2, "jJo086": 1},
    ),
    (
        "jJn48",
        "vi",
        "aao_hosp",
        "Nước thải phòng khám khu vực chưa được xử lý",
        "Phòng khám đa khoa khu vực 30 giường ở Cầu Kè, nước thải từ phòng khám, phòng xét nghiệm chảy thẳng ra mương sau. "
        "Cần hệ thống xử lý nhỏ gọn, đạt chuẩn nước thải y tế, dễ vận hành.",
        {"jJo087": 2, "jJo088": 2, "jJo095": 1, "jJo083": 1},
    ),
    (
        "jJn49",
        "en",
        "aao_hosp",
        "Upgrading a broken hospital wastewater plant",
        "District hospital in Tieu Can, 150 beds. The old treatment plant no longer works and inspections found effluent above limits. "
        "We need an upgrade to a modern biological process, possibly with membranes, in the existing space.",
        {"jJo087": 2, "jJo088": 2, "jJo095": 1},
    ),
    (
        "jJn50",
        "vi",
        "slaughter_guide",
        "Lò mổ heo của xã nước thải hôi, hầm biogas không xử lý nổi",
        "Điểm giết mổ tập trung ở Càng Long, khoảng 50 con heo/ngày. Có hầm biogas nhưng nước ra vẫn đen, hôi, dân xung quanh phản ánh. "
        "Cần xử lý tiếp sau biogas cho đạt chuẩn.",
        {"jJo090": 2, "jJo089": 2, "jJo094": 1},
    ),
    (
        "jJn51",
        "en",
        "seafood_uasb",
        "Fish processing effluent fined for high COD",
        "Small seafood processor in Tra Cu (fish cleaning, filleting). Our wastewater was fined for COD and oil; we use a settling pit only. "
        "Need a treatment line sized for our flow and a cheap final polishing step.",
        {"jJo091": 2, "jJo092": 2, "jJo093": 2, "jJo090": 1},
    ),
    (
        "jJn52",
        "vi",
        "ceetia",
        "Nước rửa cá, rửa sàn chợ xã chảy ra kênh",
        "Ban quản lý chợ xã ở Châu Thành (Trà Vinh): nước rửa cá, rửa sàn và nước nhà vệ sinh chợ chảy thẳng ra kênh, mùi nặng, cá chết. "
        "Cần mô hình xử lý nước thải nhỏ, chi phí thấp cho chợ.",
        {"jJo083": 2, "jJo085": 2, "jJo086": 1, "jJo084": 1},
    ),
    (
        "jJn53",
        "en",
        "kieuky",
        "Craft village wastewater going into the rice fields",
        "Rice-paper and noodle making village in Cau Ke: dozens of households discharge soaking and washing water into a ditch that feeds the paddies and smells badly. "
        "Need a village-scale, low-cost treatment the community can run.",
        {"jJo096": 2, "jJo085": 2, "jJo086": 2, "jJo083": 1},
    ),
    (
        "jJn54",
        "vi",
        "pig_cw",
        "nuoc thai trai heo sau biogas van hoi",
        "Trai heo 200 con o Cang Long co ham biogas, nhung nuoc chay ra muong van hoi, xanh re, hang xom than. "
        "Can cach xu ly tiep don gian, re, tan dung dat trong.",
        {"jJo094": 2, "jJo093": 1, "jJo083": 1},
    ),
    # --- organic, plastic and solid waste ---
    (
        "jJn55",
        "vi",
        "tricho_kitchen",
        "Rác bếp nhiều, muốn tự làm phân bón ở nhà",
        "Chi hội phụ nữ ấp ở Châu Thành, nhà nào cũng nhiều vỏ rau, vỏ trái cây, cơm thừa, để lâu thì hôi, đem đốt thì khói. "
        "Muốn hướng dẫn các hộ tự ủ thành phân bón rau tại nhà, không bị ruồi.",
        {"jJo097": 2, "jJo099": 2, "jJo098": 1, "jJo101": 1},
    ),
    (
        "jJn56",
        "en",
        "dry_anaerobic",
        "Small composting site for a commune without a landfill",
        "Commune of about 12,000 people in Tra Cu. The district truck comes rarely and the market produces lots of vegetable waste. "
        "We want a small site to turn market and household organic waste into compost without smell.",
        {"jJo100": 2, "jJo102": 2, "jJo098": 2, "jJo101": 2, "jJo103": 1},
    ),
    (
        "jJn57",
        "vi",
        "thienchi",
        "Cho học sinh gom chai nhựa bán tái chế",
        "Trường THCS ở Tiểu Cần muốn phát động học sinh gom chai, ly nhựa ở nhà và quanh trường, bán cho cơ sở tái chế để có quỹ cho trường, đồng thời bớt rác trôi xuống kênh. "
        "Cần mô hình đã làm và cách tổ chức.",
        {"jJo103": 2, "jJo106": 2, "jJo105": 1, "jJo104": 1},
    ),
    (
        "jJn58",
        "en",
        "tambinh",
        "Stop people dumping trash in canals",
        "Commune leadership in Tam Binh. Many households throw rubbish into canals and along roads because collection is irregular and the dump is far. "
        "We want a collection model that works for a rural commune.",
        {"jJo109": 2, "jJo110": 2, "jJo104": 2, "jJo106": 1, "jJo108": 1},
    ),
    (
        "jJn59",
        "vi",
        "mini_incin",
        "Xe rác không vô tới, hỏi lò đốt rác nhỏ",
        "Ấp vùng sâu ở Cầu Kè, đường nhỏ xe rác không vô được, dân đốt rác ướt trong vườn khói mù. "
        "Muốn lò đốt rác nhỏ cho cụm hộ, đốt được rác ẩm mà ít khói.",
        {"jJo107": 2, "jJo108": 2, "jJo104": 1},
    ),
    (
        "jJn60",
        "en",
        "backan",
        "Pesticide bottles and bags left in the fields",
        "Farmers' union in a rice commune of Vung Liem. Empty pesticide bottles and packets are thrown in ditches and fields after each spraying. "
        "We want a collection system for this packaging.",
        {"jJo108": 2, "jJo106": 1},
    ),
    (
        "jJn61",
        "vi",
        "clinic_waste",
        "Rác y tế lây nhiễm của phòng khám tư",
        "Phòng khám tư ở Càng Long mỗi ngày có kim tiêm, bông băng dính máu; đơn vị thu gom tới không đều. "
        "Cần thiết bị xử lý ngay tại phòng khám cho an toàn.",
        {"jJo111": 2, "jJo112": 2},
    ),
    (
        "jJn62",
        "en",
        "coir_pith",
        "Coir dust piling up behind our fibre workshop",
        "Coconut fibre workshop in Chau Thanh, Tra Vinh. We produce tonnes of coir dust that we have no place for; some ends up in the river and neighbours complain. "
        "Need a use or outlet for it.",
        {"jJo113": 2, "jJo098": 1, "jJo101": 1, "jJo138": 1},
    ),
    (
        "jJn63",
        "vi",
        "sg_separation",
        "Muốn phân loại rác tại nguồn cho khóm",
        "Tổ dân phố ở thị trấn Tiểu Cần muốn các hộ tách rác thành nhóm tái chế, rác thực phẩm và rác còn lại theo luật mới, nhưng làm mấy lần rồi bỏ. "
        "Cần mô hình cộng đồng tự quản có lịch thu gom riêng.",
        {"jJo110": 2, "jJo104": 2, "jJo105": 1, "jJo109": 1},
    ),
    (
        "jJn64",
        "en",
        "undp_iww",
        "Support for waste pickers and plastic collection",
        "Women's union in a coastal commune of Duyen Hai. Several poor women collect bottles and scrap but earn very little and work unsafely. "
        "We want to organise them and improve plastic collection.",
        {"jJo105": 2, "jJo104": 2, "jJo106": 2},
    ),
    # --- air and noise ---
    (
        "jJn65",
        "vi",
        "canhnau",
        "Xưởng mộc bụi cưa, ồn, hàng xóm than phiền",
        "Xưởng mộc gia đình ở Vũng Liêm, máy cưa, máy chà chạy cả ngày, bụi bay qua nhà bên cạnh, tiếng ồn tới tối. "
        "Cần biết mức bụi, ồn có vượt không và cách giảm.",
        {"jJo114": 2, "jJo119": 2, "jJo126": 1, "jJo118": 1},
    ),
    (
        "jJn66",
        "en",
        "mangthit",
        "Smoke from our brick and pottery kilns",
        "Brick and pottery households in Vinh Long still fire old-style kilns; smoke covers the village during firing and we waste a lot of fuel. "
        "Looking for cleaner kiln technology and help to switch.",
        {"jJo115": 2, "jJo116": 2},
    ),
    (
        "jJn67",
        "vi",
        "straw_burn",
        "dot rom ra khoi mu duong",
        "Sau thu hoach o Tra On, ba con dot rom ngoai dong va ven duong, khoi mu lam xe chay nguy hiem, truong hoc gan do bi khoi. "
        "Can cach xu ly rom khac thay vi dot.",
        {"jJo117": 2, "jJo135": 1},
    ),
    (
        "jJn68",
        "en",
        "noise_ear",
        "Dust and noise from a rice mill next to houses",
        "Rice mill in Cau Ke running day and night; husk dust and noise bother the houses around and workers have no protection. "
        "Need measures to reduce noise and dust.",
        {"jJo119": 2, "jJo114": 2, "jJo118": 1, "jJo126": 1},
    ),
    # --- lab and monitoring ---
    (
        "jJn69",
        "vi",
        "vilas721",
        "Cần phòng thí nghiệm phân tích nước thải định kỳ",
        "Doanh nghiệp chế biến thủy sản ở Trà Cú phải nộp báo cáo quan trắc nước thải hằng quý nhưng chưa có đơn vị lấy mẫu và phân tích được công nhận. "
        "Cần phòng thí nghiệm có chứng nhận nhận mẫu định kỳ.",
        {"jJo120": 2, "jJo121": 2, "jJo125": 2, "jJo122": 1},
    ),
    (
        "jJn70",
        "en",
        "tsl_test",
        "Testing our well and tap water for the kindergarten",
        "Private kindergarten in Tieu Can with 80 children, using a borehole plus tap water. "
        "Parents ask whether the water is safe; we want E. coli, arsenic and basic chemistry tested.",
        {"jJo122": 2, "jJo120": 2, "jJo121": 1, "jJo125": 1},
    ),
    (
        "jJn71",
        "vi",
        "iot_rural",
        "Theo dõi độ đục, pH nước liên tục bằng cảm biến rẻ",
        "Trạm cấp nước xã muốn biết lúc nào nước nguồn đục hoặc pH thay đổi để chỉnh liều phèn, không phải lấy mẫu tay mỗi ca. "
        "Cần bộ cảm biến giá rẻ xem được trên điện thoại.",
        {"jJo123": 2, "jJo124": 2, "jJo009": 1},
    ),
    (
        "jJn72",
        "en",
        "nioeh",
        "Measuring dust and noise exposure of workers",
        "Furniture and joinery workshop with 25 workers in Tra Vinh city. The labour inspector asked for workplace dust and noise measurements and worker health checks. "
        "Need an accredited service.",
        {"jJo126": 2, "jJo114": 1, "jJo121": 1},
    ),
    # --- more needs ---
    (
        "jJn73",
        "vi",
        "coast_trees",
        "Trồng cây giữ đê đất ven biển",
        "Xã ven biển Long Vĩnh (Duyên Hải) có đoạn đê đất bị gió, sóng làm sạt mái. "
        "Muốn trồng đai cây chắn sóng, chắn cát trước đê nhưng đất nghèo, cây trồng hay chết.",
        {"jJo073": 2, "jJo070": 1, "jJo075": 1, "jJo074": 1},
    ),
    (
        "jJn74",
        "en",
        "detached",
        "Do offshore breakwaters really bring back the mangroves?",
        "Provincial natural resources department. Before funding more detached breakwaters off our coast, we want an independent check of whether earlier ones actually increased mangrove cover, using shoreline and satellite vegetation data.",
        {"jJo066": 2, "jJo063": 1, "jJo064": 1},
    ),
    (
        "jJn75",
        "vi",
        "tru_nuoc",
        "Xây bể chứa nước mưa rẻ, bền cho hộ nghèo",
        "Hội chữ thập đỏ huyện Cầu Ngang muốn hỗ trợ 30 hộ nghèo xây bể chứa nước mưa, cần thiết kế bể rẻ, bền, dung tích phù hợp nhà 4–5 người.",
        {"jJo014": 2, "jJo012": 2, "jJo016": 1, "jJo021": 1},
    ),
    (
        "jJn76",
        "en",
        "rwh_om",
        "How to keep our rain tank water safe",
        "Family in Tieu Can with a 6 m³ concrete rain tank. The water tastes fine but we never clean the tank and do not know if we should add chlorine or just boil. "
        "Need a simple maintenance routine.",
        {"jJo025": 2, "jJo021": 1, "jJo024": 1, "jJo027": 1},
    ),
    (
        "jJn77",
        "en",
        "greenid",
        "Water kiosk selling safe drinking water in a salty village",
        "Youth union in a coastal village of Cau Ngang wants to run a small drinking water kiosk: treat the brackish well water with solar power and sell 20-litre bottles cheaply to cover maintenance.",
        {"jJo032": 2, "jJo031": 2, "jJo033": 1},
    ),
    (
        "jJn78",
        "en",
        "ceramic_iwa",
        "Safe water in a clinic waiting room without electricity",
        "Commune health station in Cang Long, about 30 patients a day; power cuts are frequent. "
        "We want clean drinking water for patients using a gravity filter, no power needed.",
        {"jJo035": 2, "jJo034": 2, "jJo040": 1},
    ),
    (
        "jJn79",
        "vi",
        "int_tepbac",
        "Trạm đo mặn cho vùng sầu riêng, tự bơm khi nước ngọt",
        "HTX sầu riêng ở Cầu Kè muốn một trạm đo mặn tại cống đầu kênh chạy bằng pin mặt trời, báo cho xã viên khi mặn lên và tự bật bơm vô ao chứa khi nước ngọt trở lại.",
        {"jJo002": 2, "jJo001": 2, "jJo003": 1, "jJo004": 1},
    ),
    (
        "jJn80",
        "en",
        "drip_tv",
        "Drip or seepage irrigation for our watermelon?",
        "Watermelon growers in Duyen Hai are split between buried seepage hoses and drip lines. "
        "We want local evidence on which gives better results on our land before the cooperative invests.",
        {"jJo058": 2, "jJo057": 1},
    ),
    (
        "jJn81",
        "vi",
        "drip_dn",
        "Tưới tiết kiệm cho vườn cây ăn trái 3 ha",
        "Vườn bưởi, chôm chôm 3 ha ở Tam Bình, mùa khô nước ngọt ít, tưới bằng vòi tốn nhiều công và nước. "
        "Muốn lắp hệ thống ống tưới tiết kiệm, biết chi phí khoảng bao nhiêu một ha.",
        {"jJo059": 2, "jJo057": 2, "jJo058": 1},
    ),
    (
        "jJn82",
        "en",
        "binhdinh_org",
        "Two tonnes a day of vegetable waste from the market",
        "Market management board in Tra Vinh city: the wholesale vegetable market leaves about 2 tonnes of leaves and spoiled produce daily, now trucked to the dump. "
        "We want to compost it or find another use.",
        {"jJo102": 2, "jJo100": 2, "jJo098": 2, "jJo101": 1, "jJo103": 1},
    ),
    (
        "jJn83",
        "vi",
        "silpaulin",
        "Lót ao trữ nước tưới rau mùa khô",
        "HTX rau an toàn ở Càng Long đào ao trữ nước tưới nhưng đất cát pha nên nước thấm mất nhanh. "
        "Cần tấm lót ao giá vừa phải và người thi công.",
        {"jJo016": 2, "jJo015": 2},
    ),
    (
        "jJn84",
        "en",
        "tide_bulletin",
        "Forecast bulletins of spring tide peaks",
        "District agriculture office in Tra On wants dated forecasts of each spring-tide peak and expected water levels during the season, to warn communes to reinforce dikes.",
        {"jJo082": 2, "jJo011": 1, "jJo077": 1},
    ),
    (
        "jJn85",
        "vi",
        "dewats_hh",
        "be tu hoai day, nuoc tran ra vuon",
        "Nha o Cau Ke, be tu hoai xay lau khong co day, nuoc ri ra vuon va gieng, co mui. "
        "Muon lam lai he thong xu ly nuoc thai cho nha, chi phi vua phai.",
        {"jJo084": 2, "jJo083": 2, "jJo085": 1},
    ),
    (
        "jJn86",
        "en",
        "stab_ponds",
        "Low-cost wastewater system for a small town",
        "Town of about 10,000 people in Cau Ke district with no sewage treatment. "
        "The district wants to compare options and choose a low-cost, low-maintenance system.",
        {"jJo086": 2, "jJo085": 1, "jJo083": 1},
    ),
    (
        "jJn87",
        "vi",
        "cuchi_hosp",
        "Thiết kế trạm xử lý nước thải mới cho bệnh viện huyện",
        "Bệnh viện huyện ở Trà Vinh xây khu mới, cần thiết kế trạm xử lý nước thải khoảng 100 m³/ngày đạt chuẩn xả thải.",
        {"jJo087": 2, "jJo088": 2},
    ),
    (
        "jJn88",
        "en",
        "vacvina_bin",
        "Teaching pupils to compost at school",
        "Teachers at a primary school in Cang Long want a composting corner so pupils sort food scraps and leaves and make compost for the school garden.",
        {"jJo099": 2, "jJo097": 2, "jJo101": 1},
    ),
    (
        "jJn89",
        "vi",
        "backan",
        "Xin mô hình xử lý rác nông thôn đồng bộ cho xã",
        "UBND xã ở Trà Cú đang làm tiêu chí môi trường nông thôn mới: rác hộ gia đình, bao bì thuốc BVTV ngoài đồng, chất thải chuồng trại. "
        "Cần một bộ mô hình làm đồng bộ cho cả xã.",
        {"jJo108": 2, "jJo109": 2, "jJo107": 1, "jJo100": 1},
    ),
    (
        "jJn90",
        "en",
        "natural_emb",
        "Quick stabilisation of a cracking bank at a ferry landing",
        "Ferry landing in Vinh Long: the bank beside the ramp shows long cracks after the first rains. "
        "We need a quick, cheap temporary stabilisation with local materials until a permanent work is funded.",
        {"jJo076": 2, "jJo068": 2, "jJo069": 1, "jJo071": 1, "jJo067": 1},
    ),
]
