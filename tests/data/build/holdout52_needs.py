"""Needs of the holdout52 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- rural roads on soft soil ---
    (
        "kBn01",
        "vi",
        "thvl_bangchang",
        "Đường đất ra ruộng mùa mưa lầy lội, muốn làm mặt đường cứng mà rẻ",
        "Tuyến đường đất Kinh Đìa Bứa – Bang Chang ở xã Trà Côn (Trà Ôn) dài khoảng 2 km, mùa mưa chỗ nào cũng sình "
        "lầy, trơn trượt, xe chở lúa không vô được. Vốn xã ít, không đủ chở đá, cát về làm nền. Muốn biết có cách nào "
        "dùng luôn đất tại chỗ trộn thêm chất gì đó rồi lu cho cứng không.",
        {"kBo001": 2, "kBo002": 2, "kBo003": 2, "kBo009": 1, "kBo010": 1, "kBo005": 1, "kBo020": 1, "kBo012": 1},
    ),
    (
        "kBn02",
        "en",
        "plo_catbien",
        "No river sand left to build up our commune road embankment",
        "Our contractor in Vũng Liêm has to raise 3 km of commune road by about 1 m but river sand has become scarce "
        "and expensive; the delta needs tens of millions of m³ while local river reserves are only a few million. We "
        "hear sea sand is being tried. What fill can we legally use and how do we check it?",
        {"kBo013": 2, "kBo003": 1, "kBo001": 1, "kBo002": 1, "kBo004": 1},
    ),
    (
        "kBn03",
        "en",
        "dtmn_tv_ntm",
        "Concrete field roads crack within two years on soft paddy soil",
        "Cầu Ngang district is building many 'main field roads' under the new rural programme, 3 m wide concrete "
        "slabs laid straight on paddy soil. After one or two harvest seasons with loaded trucks the slabs tilt, crack "
        "and break at the edges. We need a cheap layer under the slab so the soft soil does not pump up and sink.",
        {"kBo009": 2, "kBo007": 2, "kBo008": 2, "kBo010": 2, "kBo005": 1, "kBo002": 1, "kBo018": 1, "kBo014": 1},
    ),
    (
        "kBn04",
        "vi",
        "vnx_doccau",
        "Duong nhanh ngay chan doc cau, xe may do doc phai thang gap",
        "O xa minh co cay cau bac qua kenh, ngay chan doc la nga ba duong vao cho. Xe may xuong doc con nhanh thi "
        "xe tu duong nhanh chay ra cat ngang, da co may vu te nga. Xa muon lam gi do canh bao tu xa, nhat la ban "
        "dem, ma khong phai lam lai cau.",
        {"kBo134": 2, "kBo132": 2, "kBo129": 1, "kBo131": 1, "kBo133": 1, "kBo130": 1},
    ),
    (
        "kBn05",
        "en",
        "thvl_oga",
        "Potholes come back after every rain and high tide",
        "Stretches of the asphalt road through our commune near Long Hồ keep opening potholes during storms and king "
        "tides; the district crew patches them several times but the patches loosen again. We want a way to repair "
        "that lasts, and to train our own road team.",
        {"kBo015": 2, "kBo016": 2, "kBo017": 2, "kBo019": 1, "kBo020": 1, "kBo014": 1},
    ),
    (
        "kBn06",
        "vi",
        "thvl_ql53",
        "Duong nhua bong troc o ga mua mua, xa muon tu va",
        "Doan duong nhua lien xa o Tam Binh bong troc thanh nhieu o ga, mua mua nuoc dong rat nguy hiem cho xe may. "
        "Cho kinh phi sua lon thi lau, xa muon mua vat lieu ve tu va tam cho doan nguy hiem, lam duoc khi troi con am.",
        {"kBo016": 2, "kBo015": 1, "kBo017": 1, "kBo021": 1, "kBo020": 1},
    ),
    (
        "kBn07",
        "en",
        "baotayninh_bandoc",
        "Road floods locally and breaks up; needs cross drains",
        "A hamlet road in Châu Thành was repaired last year but water has nowhere to go: it ponds on both sides after "
        "rain and the surface breaks again. The technical office says drainage pipes or culverts under the road are "
        "missing. We need quick-to-install culverts for several crossings.",
        {"kBo034": 2, "kBo035": 2, "kBo036": 2, "kBo014": 1, "kBo009": 1},
    ),
    (
        "kBn08",
        "vi",
        "thvl_29xa",
        "Đường bê tông đã nứt khe, nước thấm, cần cách bảo trì rẻ",
        "Xã ở Tam Bình đã làm được nhiều km đường bê tông xi măng theo tiêu chí nông thôn mới, nay sau vài năm các "
        "khe co giãn bung, nhiều tấm nứt chân chim, mưa xuống nước thấm xuống nền. Muốn có vật liệu và đội làm trám "
        "khe, trám nứt trước khi tấm bị gãy.",
        {"kBo018": 2, "kBo019": 2, "kBo015": 1, "kBo014": 1},
    ),
    (
        "kBn09",
        "en",
        "vnp_tv_roads",
        "Cheaper hard surface for 30 km of gravel commune roads",
        "Tiểu Cần district wants to surface about 30 km of laterite and gravel roads between hamlets but full "
        "asphalt concrete is far beyond the budget. We are looking for a thin, low-cost sealed surface that keeps "
        "dust and rain off for several years, and a crew that can do it.",
        {"kBo020": 2, "kBo021": 2, "kBo001": 1, "kBo003": 1, "kBo002": 1, "kBo125": 1},
    ),
    (
        "kBn10",
        "en",
        "strata_geocell",
        "Shrimp-farm access road ruts under trucks on saturated soil",
        "The 1.5 km track serving shrimp ponds in Duyên Hải runs on waterlogged, salty ground; feed and harvest "
        "trucks cut ruts half a metre deep and the crushed rock we dump disappears into the mud. We need a way to "
        "carry trucks year-round without digging out all the soft soil.",
        {"kBo011": 2, "kBo010": 2, "kBo009": 2, "kBo007": 2, "kBo012": 1, "kBo014": 1, "kBo008": 1},
    ),
    (
        "kBn11",
        "vi",
        "vtv_traon",
        "Đường đắp mới trên nền ruộng lún mãi, thi công kéo dài",
        "Tuyến đường huyện đắp mới ngang qua ruộng ở Trà Ôn thi công hơn một năm vẫn dở dang, đắp tới đâu lún tới đó, "
        "dân đi lại khổ. Ban quản lý dự án cần đơn vị tư vấn xử lý nền đất yếu cho đoạn còn lại.",
        {"kBo005": 2, "kBo006": 2, "kBo007": 1, "kBo008": 1, "kBo004": 1},
    ),
    (
        "kBn12",
        "vi",
        "baomoi_catsong",
        "Cần vật liệu đắp nền thay cát sông cho đường huyện",
        "Ban quản lý dự án ở Duyên Hải sắp làm tuyến đường ven biển, cát sông khan hiếm, giá tăng, lại gây sạt lở bờ "
        "sông. Muốn được hướng dẫn dùng vật liệu thay thế, trong đó có cát biển sẵn tại chỗ, sao cho đúng quy định.",
        {"kBo013": 2, "kBo003": 1, "kBo001": 1, "kBo002": 1, "kBo004": 1},
    ),
    # --- small bridges and culverts ---
    (
        "kBn13",
        "vi",
        "vnp_footbridges",
        "Cau khi tre qua kenh, hoc sinh di hoc nguy hiem",
        "Ap minh o Cau Ke con cay cau khi bang tre bac qua kenh rong khoang 25 m, hoc sinh va nguoi gia qua lai rat "
        "so. Dan muon co cay cau be tong cho xe may chay duoc nhung xa khong du tien, can noi tai tro va thiet ke.",
        {"kBo031": 2, "kBo032": 2, "kBo023": 1, "kBo024": 1, "kBo022": 1, "kBo027": 1, "kBo033": 1},
    ),
    (
        "kBn14",
        "en",
        "thanhniennews",
        "Rotting wooden footbridge: need a light bridge locals can put up fast",
        "Our hamlet in Châu Thành crosses a 15 m canal on a home-made wooden footbridge that villagers repair every "
        "month. Building piers in the canal is hard. We want a light steel bridge that can be made in a workshop, "
        "carried in pieces and bolted together by local workers.",
        {"kBo023": 2, "kBo025": 2, "kBo027": 2, "kBo026": 2, "kBo024": 2, "kBo022": 1, "kBo028": 1, "kBo029": 1},
    ),
    (
        "kBn15",
        "vi",
        "baotayninh_nongthon",
        "Cầu bê tông cũ xuống cấp, cần kiểm tra còn chịu tải không",
        "Một số cầu bê tông xây từ những năm 1990 ở Mang Thít đã nứt, bong lớp bê tông, xe chở lúa vẫn chạy qua. Xã "
        "muốn kiểm tra xem cầu còn chịu được bao nhiêu tấn, có cần gia cường không, mà không phải đục phá nhiều.",
        {"kBo037": 2, "kBo038": 2, "kBo128": 1, "kBo123": 1, "kBo030": 1},
    ),
    (
        "kBn16",
        "en",
        "thanhnien_binhdinh",
        "Narrow old bridges choke our commune road",
        "Several small bridges on our inter-commune road are 20–40 years old and much narrower than the road, "
        "creating dangerous bottlenecks. We would like to widen or replace them quickly with minimal closure, "
        "possibly with prefabricated spans.",
        {"kBo026": 2, "kBo025": 2, "kBo027": 1, "kBo028": 1, "kBo034": 1, "kBo037": 1},
    ),
    (
        "kBn17",
        "vi",
        "cauduongbkdn",
        "Thay cống tròn bị sập dưới đường liên ấp",
        "Cống tròn bê tông dưới đường liên ấp ở Càng Long bị bể, đường sụp một nửa. Muốn thay bằng cống hộp lắp cho "
        "nhanh, không phải đắp đê quây tát nước lâu ngày vì ghe xuồng vẫn phải qua.",
        {"kBo034": 2, "kBo035": 2, "kBo036": 2, "kBo009": 1},
    ),
    (
        "kBn18",
        "en",
        "vrc_bridges",
        "Island hamlet needs a bridge an ambulance can cross",
        "Our hamlet on a river islet near Long Hồ is reached only by boat or a narrow plank bridge; a sick person at "
        "night has to be carried. We want a bridge wide and strong enough for a small ambulance and need help with "
        "funding and design.",
        {"kBo033": 2, "kBo032": 2, "kBo031": 2, "kBo026": 1, "kBo025": 1},
    ),
    # --- canal bank protection for roads ---
    (
        "kBn19",
        "vi",
        "thvl_congiong",
        "Đê bao kết hợp đường nông thôn ven sông Tiền bị sạt",
        "Tuyến đê bao kết hợp đường giao thông ở Cồn Giông, xã Tân Hội bị triều cường và dòng chảy ăn vào, nhiều "
        "đoạn sạt sát mặt đường, hơn 100 hộ lo mất đường. Cần giải pháp bảo vệ bờ không quá tốn như kè bê tông.",
        {"kBo042": 2, "kBo040": 2, "kBo039": 2, "kBo044": 1, "kBo043": 1, "kBo041": 1, "kBo045": 1, "kBo047": 1},
    ),
    (
        "kBn20",
        "en",
        "kinhte_longtri",
        "River islet losing 20–30 m of bank, village road at risk",
        "Along 4.7 km of the islet at Long Trị, Long Đức near Trà Vinh city the river has eaten 20–30 m inland in "
        "places and the village road is next. Full concrete revetment is unaffordable; we need a cheaper engineered "
        "option that slows the current along the bank.",
        {"kBo043": 2, "kBo044": 2, "kBo041": 1, "kBo039": 1, "kBo042": 1, "kBo045": 1},
    ),
    (
        "kBn21",
        "vi",
        "baomoi_tichthien",
        "Bo song truoc cho sat lo 80 m, can ke tam gia re",
        "Doan bo song Tra On truoc cho Tich Thien dai khoang 80 m bi sat lo, lan toi mep lo. Trong luc cho du an lon, "
        "xa va ba con muon lam ke tam bang vat lieu re, tu lam duoc, de giu dat va con duong.",
        {"kBo046": 2, "kBo041": 2, "kBo045": 2, "kBo040": 1, "kBo042": 1, "kBo048": 1, "kBo047": 1},
    ),
    (
        "kBn22",
        "en",
        "vnnet_tiengiang",
        "Boat waves wash away canal-side roads",
        "Roads here run right along canals, and waves from passing barges plus tides keep undercutting the banks; "
        "each year more metres of road edge fall in. The commune wants a low-cost, green solution households can "
        "build and maintain themselves.",
        {"kBo041": 2, "kBo045": 2, "kBo046": 2, "kBo049": 2, "kBo050": 2, "kBo051": 1, "kBo039": 1},
    ),
    (
        "kBn23",
        "vi",
        "thvl_133",
        "Giữ mé vườn và lối đi ven kênh nội đồng khỏi sạt",
        "Nhà ở Vũng Liêm có vườn cam dọc kênh nội đồng, mùa lũ mé kênh sạt từng mảng, lối đi dọc vườn hẹp dần. Muốn "
        "làm tường giữ bờ dài khoảng 60 m loại nhẹ, bền, không rỉ, tự vận chuyển bằng xuồng được.",
        {"kBo046": 1, "kBo048": 2, "kBo047": 2, "kBo041": 1, "kBo050": 1, "kBo051": 1},
    ),
    (
        "kBn24",
        "en",
        "baoxuan_vov",
        "Orchard canal bank slumps every rainy season",
        "In Long Hồ, each early rainy season part of my canal bank slides, taking the path to the orchard with it. I "
        "would rather use plants with deep roots than concrete, and need advice and planting material.",
        {"kBo049": 2, "kBo050": 2, "kBo051": 2, "kBo041": 1, "kBo046": 1},
    ),
    (
        "kBn25",
        "vi",
        "baomoi_tv_satlo",
        "Đường ven sông Cổ Chiên bị sóng sà lan đánh sạt",
        "Đoạn đường dân sinh ven sông Cổ Chiên ở Càng Long nằm ngay khúc cong, sà lan chở cát chạy qua tạo sóng đánh "
        "vào bờ, nhiều chỗ đã hàm ếch. Cần giải pháp kè mềm thi công từ dưới nước vì xe cơ giới không vào được.",
        {"kBo039": 2, "kBo042": 2, "kBo040": 2, "kBo043": 1, "kBo044": 1, "kBo045": 1},
    ),
    # --- river ports, landing stages and ferries ---
    (
        "kBn26",
        "vi",
        "baotv_bendo",
        "Bến đò dọc tạm bợ, mực nước lên xuống, Tết đông khách",
        "Bến đò Đường Đức (xã Ninh Thới, Cầu Kè) đưa khách và xe máy qua Sóc Trăng, mỗi chuyến 15–20 khách với khoảng "
        "10 xe máy, Tết tăng 3–4 lần. Cầu bến bằng gỗ cố định, nước ròng thì dốc, nước lớn thì ngập. Muốn làm cầu cập "
        "bến nổi theo con nước.",
        {"kBo052": 2, "kBo053": 2, "kBo058": 2, "kBo057": 1, "kBo055": 1, "kBo082": 1},
    ),
    (
        "kBn27",
        "en",
        "baovl_dongang",
        "Row-boat ferries at the market need safer landings and lifejackets",
        "At Cái Vồn market in Bình Minh dozens of rowing and motor dinghies shuttle people across from early morning "
        "to evening. Passengers step down muddy banks and few boats carry lifebuoys. The ward wants a proper floating "
        "landing and a way to get everyone wearing lifejackets.",
        {"kBo052": 2, "kBo083": 2, "kBo082": 2, "kBo053": 1, "kBo085": 1},
    ),
    (
        "kBn28",
        "vi",
        "sggp_dongang",
        "Hoc sinh di do khong chiu mac ao phao vi ao do ban",
        "Ben do ngang o Tra On moi ngay co may chuc hoc sinh qua song di hoc. Ao phao treo tren do nhung cu, ban, cac "
        "em khong chiu mac, chu do cung khong nhac. Can chuong trinh cap ao phao moi va van dong hoc sinh mac.",
        {"kBo083": 2, "kBo082": 2, "kBo085": 1, "kBo084": 1},
    ),
    (
        "kBn29",
        "en",
        "ccb_aophao",
        "Ferry passengers cross without any lifejackets",
        "On the car ferry our cooperative runs across the Hậu River, as on many delta ferries, passengers are never "
        "handed lifejackets or buoys. We want to equip the boats, train crew and actually enforce wearing them.",
        {"kBo083": 2, "kBo082": 2, "kBo085": 1, "kBo084": 1},
    ),
    (
        "kBn30",
        "en",
        "dtinews_ferry",
        "Boats carry twice their capacity before Tết",
        "Ferry boats on our river routes cram up to twice the allowed passengers with goods and motorbikes in the "
        "weeks before Tết, and drivers say they know the river so nothing will happen. The district wants a safety "
        "programme for operators and landing owners.",
        {"kBo082": 2, "kBo084": 2, "kBo085": 1, "kBo083": 1},
    ),
    (
        "kBn31",
        "en",
        "lifes_ferry",
        "Improvised vehicle ferry with no proper ramp",
        "Our commune's vehicle ferry is two boat hulls under a wooden platform, run by young men, and trucks drive on "
        "over planks laid on the bank. We need a safe landing ramp design that works as the river rises and falls.",
        {"kBo057": 2, "kBo058": 2, "kBo059": 1, "kBo052": 1},
    ),
    (
        "kBn32",
        "vi",
        "wp_cableferry",
        "Đò ngang qua sông ngắn, dòng chảy mạnh, tốn tiền dầu",
        "Hợp tác xã đò ngang ở cù lao qua một nhánh sông rộng khoảng 150 m, nước chảy mạnh quanh năm, mỗi ngày chạy "
        "hàng chục chuyến nên tiền dầu rất nặng. Muốn biết có kiểu phà, đò nào tận dụng dòng nước để qua sông.",
        {"kBo059": 2, "kBo074": 1, "kBo057": 1},
    ),
    (
        "kBn33",
        "en",
        "ruclips_ferry",
        "Ferry landing is just a steep muddy bank; elderly people fall",
        "At our small ferry crossing in Cầu Kè the boat simply noses into the bank; old people and children climb a "
        "slippery slope and some have fallen. We want a landing that keeps a gentle slope at every tide and is usable "
        "with a wheelchair.",
        {"kBo053": 2, "kBo052": 2, "kBo057": 1, "kBo058": 1},
    ),
    (
        "kBn34",
        "en",
        "tangent_first",
        "Wooden jetty planks rot and get eaten every year",
        "The wooden landing jetty at our river wharf in Trà Ôn needs new planks and piles every year because of rot "
        "and boring worms, and repairs keep getting more expensive. We want a material that does not rot.",
        {"kBo054": 2, "kBo055": 2, "kBo056": 2, "kBo052": 1, "kBo028": 1, "kBo029": 1},
    ),
    (
        "kBn35",
        "vi",
        "tp_dinhan",
        "Cảng cá cần cầu cập tàu nổi theo con nước",
        "Bến cá ở Định An (Trà Cú) mùa cao điểm có hàng trăm ghe, tàu cập bến; cầu tàu cố định nên nước ròng thì tàu "
        "thấp hơn cầu cả mét, bốc cá rất cực và nguy hiểm. Cần phương án phao cập tàu nổi lên xuống theo triều.",
        {"kBo052": 2, "kBo053": 1, "kBo054": 1, "kBo055": 1, "kBo058": 1},
    ),
    # --- boat building and repair ---
    (
        "kBn36",
        "en",
        "bag_suaghe",
        "Wooden cargo boat rotten near the waterline",
        "My 15-year-old wooden cargo boat in Trà Ôn has soft, rotten planks along the waterline and some seams leak. "
        "I cannot afford a full re-plank right now and want to know how to repair the bad parts properly, or find a "
        "yard that does it.",
        {"kBo067": 2, "kBo066": 2, "kBo068": 2, "kBo070": 2, "kBo071": 2, "kBo069": 1, "kBo073": 1},
    ),
    (
        "kBn37",
        "vi",
        "langnghe_phuhai",
        "Cơ sở đóng ghe muốn học làm vỏ composite",
        "Cơ sở đóng ghe gia truyền ở Tiểu Cần, thợ học nghề cha truyền con nối. Gỗ sao, căm xe ngày càng đắt, khách "
        "hỏi ghe vỏ nhựa. Muốn được đào tạo làm khuôn và đóng vỏ sợi thủy tinh cho xuồng, ghe dưới 10 m.",
        {"kBo060": 2, "kBo061": 2, "kBo062": 2, "kBo064": 2, "kBo063": 1, "kBo065": 1},
    ),
    (
        "kBn38",
        "vi",
        "xsbd_tau",
        "Ngư dân muốn đóng tàu composite thay tàu gỗ",
        "Ngư dân Duyên Hải có tàu gỗ cũ, mỗi năm tốn tiền xảm, làm nước. Muốn đóng tàu vỏ composite nhưng chưa biết nơi "
        "đóng uy tín, giá chênh bao nhiêu và có thật sự đỡ tốn dầu không.",
        {"kBo063": 2, "kBo064": 2, "kBo065": 2, "kBo062": 1, "kBo060": 1},
    ),
    (
        "kBn39",
        "en",
        "woodworkforums",
        "Conserving a rotting Khmer racing boat (ghe ngo)",
        "Our Khmer pagoda in Trà Cú keeps a long wooden ghe ngo racing boat; between festivals rot has started where "
        "the hull rests on its supports and water stands on it. We want to stop the rot and preserve the boat "
        "without replacing its original timbers.",
        {"kBo067": 2, "kBo068": 2, "kBo069": 2, "kBo066": 1, "kBo070": 1},
    ),
    (
        "kBn40",
        "vi",
        "boatlift",
        "Ghe gỗ bị hà, nấm mục, muốn bảo dưỡng định kỳ",
        "Tôi có chiếc ghe gỗ chở hàng chạy tuyến Vĩnh Long – Cần Thơ, đáy bị hà bám, vài chỗ gỗ mốc đen. Muốn tìm nơi "
        "kéo ghe lên cạo hà, xử lý chống mục và sơn lại theo lịch, khỏi để hư nặng.",
        {"kBo069": 2, "kBo073": 2, "kBo067": 1, "kBo068": 1, "kBo070": 1},
    ),
    # --- engines, propellers and fuel saving ---
    (
        "kBn41",
        "en",
        "thuysan_suc",
        "Fuel is eating the profit of our fishing trips",
        "I run a 400 hp wooden fishing boat out of Định An; fuel is now most of the trip cost. Neighbours added a "
        "second engine and propeller, but I want first to know whether my propeller and running speed are wasting "
        "fuel.",
        {"kBo074": 2, "kBo075": 2, "kBo076": 2, "kBo078": 1, "kBo077": 1, "kBo065": 1},
    ),
    (
        "kBn42",
        "vi",
        "fao383",
        "Ghe chở lúa tốn dầu, nghi chân vịt không hợp máy",
        "Ghe sắt chở lúa 30 tấn ở Vũng Liêm, thay máy mới mà tốn dầu hơn, ghe chạy rung, cánh chân vịt có vết rỗ. Cần "
        "người kiểm tra chân vịt, tư vấn thay loại phù hợp để đỡ tốn dầu.",
        {"kBo075": 2, "kBo074": 2, "kBo076": 2, "kBo077": 1, "kBo080": 1},
    ),
    (
        "kBn43",
        "en",
        "aldewan",
        "Passenger boats on second-hand truck engines keep breaking down",
        "Our cooperative runs 8 passenger boats between islets, most powered by converted second-hand truck diesels. "
        "Breakdowns mid-river are frequent and we only call a mechanic when the engine stops. We need maintenance "
        "routines and training for our drivers.",
        {"kBo081": 2, "kBo080": 2, "kBo079": 2, "kBo084": 1},
    ),
    (
        "kBn44",
        "vi",
        "vnnet_highspeed",
        "Máy tàu khách hay hỏng giữa sông, cần đào tạo thợ máy",
        "Công ty tàu khách chạy tuyến sông giữa Trà Vinh và Bến Tre có tàu đã dùng trên 10 năm, trong vài tháng máy "
        "hỏng giữa đường nhiều lần. Cần khóa đào tạo thợ máy tự chẩn đoán lỗi nhiên liệu, làm mát, điện.",
        {"kBo080": 2, "kBo079": 2, "kBo081": 1, "kBo084": 1},
    ),
    (
        "kBn45",
        "vi",
        "curtisstokes",
        "Chủ xuồng du lịch muốn tự bảo dưỡng máy diesel",
        "Hội chủ xuồng chở khách du lịch ở cù lao An Bình (Long Hồ) muốn học tự thay dầu, thay lọc nhiên liệu, xả gió, "
        "thay cánh bơm nước để đỡ phụ thuộc thợ, máy chạy bền hơn.",
        {"kBo079": 2, "kBo080": 2, "kBo081": 1},
    ),
    # --- logistics for farm produce ---
    (
        "kBn46",
        "vi",
        "2lua_taitrong",
        "Chở đúng tải thì cước xe tăng gấp mấy lần",
        "HTX bưởi ở Bình Minh: từ khi kiểm soát tải trọng, nhà xe nói chở đúng tải thì cước tăng 3–4 lần, thương lái "
        "mua cầm chừng. Muốn tìm cách chở hàng khác rẻ hơn, ví dụ gom hàng đi bằng ghe, sà lan.",
        {"kBo099": 2, "kBo098": 1, "kBo101": 1, "kBo100": 1, "kBo092": 1},
    ),
    (
        "kBn47",
        "en",
        "podcast_kholanh",
        "A small cold room at our collection point, not a big idle warehouse",
        "In Trà Vinh a cold store costing over a million USD has stood unused. Our cooperative in Cầu Kè only needs a "
        "small cool room at the collection point to hold vegetables and fruit for a few days at harvest peaks, cheap "
        "to build and run.",
        {"kBo086": 2, "kBo087": 1, "kBo091": 1, "kBo089": 1, "kBo102": 1, "kBo090": 1},
    ),
    (
        "kBn48",
        "vi",
        "bct_doicho",
        "Vua trai cay can lam mat nhanh trai sau khi hai",
        "Vua trai cay o Cang Long mua mua ro trai nhieu, hai xong de ngoai troi cho du xe moi cho di, trai xuong mau, "
        "phai ban re. Muon co cach ha nhiet trai nhanh ngay tai vua, chi phi thap.",
        {"kBo088": 2, "kBo091": 2, "kBo087": 2, "kBo086": 2, "kBo089": 1, "kBo090": 1},
    ),
    (
        "kBn49",
        "en",
        "baotv_dinhan",
        "Small refrigerated loads from the fish port to inland markets",
        "As a trader at Định An fish port I buy pomfret, mackerel and squid in small lots and need refrigerated "
        "transport of a few hundred kilos a trip to markets in Vĩnh Long and Cần Thơ, without owning a truck.",
        {"kBo092": 2, "kBo094": 2, "kBo095": 2, "kBo096": 1, "kBo093": 1},
    ),
    (
        "kBn50",
        "vi",
        "nld_camsanh",
        "Xe lạnh nhỏ chạy được đường làng để giao thẳng siêu thị",
        "HTX cam sành ở Tam Bình muốn giao thẳng cho siêu thị, cửa hàng ở TP.HCM thay vì bán đổ đống 7.000 đ/kg. Đường "
        "vào vườn hẹp, xe lớn không vào được. Cần thuê hoặc mua xe lạnh nhỏ và biết chọn cỡ xe.",
        {"kBo092": 2, "kBo093": 2, "kBo094": 2, "kBo096": 1, "kBo095": 1},
    ),
    (
        "kBn51",
        "en",
        "vnx_logistics",
        "Move export fruit containers by barge instead of road",
        "Our fruit export company in Vĩnh Long pays logistics costs near 30% of product value trucking containers to "
        "HCMC ports. We want a barge service from a nearby river port to Cát Lái or Cái Mép.",
        {"kBo101": 2, "kBo100": 2, "kBo099": 2, "kBo098": 1},
    ),
    (
        "kBn52",
        "vi",
        "vnp_catfish",
        "Muốn chuyển hàng xuất khẩu qua cảng Cần Thơ cho rẻ",
        "Doanh nghiệp thủy sản ở Trà Vinh chở 10 tấn hàng lên TP.HCM bằng xe tốn khoảng 5 triệu đồng, nghe nói qua "
        "cảng Cái Cui chỉ khoảng 1,5 triệu. Cần đầu mối dịch vụ cảng, sà lan trọn gói.",
        {"kBo100": 2, "kBo101": 2, "kBo099": 1, "kBo098": 1, "kBo095": 1},
    ),
    (
        "kBn53",
        "en",
        "eria_cold",
        "Cold-chain training for farmer groups",
        "The provincial extension centre wants to train cooperatives on keeping fruit, vegetables and fish cold from "
        "harvest to market: temperatures, equipment options and costs. We lack trainers and demonstration equipment.",
        {"kBo097": 2, "kBo087": 2, "kBo086": 1, "kBo095": 1, "kBo088": 1},
    ),
    (
        "kBn54",
        "vi",
        "vinhkim",
        "Vựa cần giữ trái vài ngày chờ xe ra Bắc",
        "Vựa trái cây ở Trà Ôn gom vú sữa, chôm chôm, bưởi đóng hàng đi miền Bắc; hàng phải chờ xe tải 2–3 ngày, "
        "giữ ngoài nhà lồng thì hao hụt nhiều. Muốn thuê kho lạnh gần hoặc làm phòng mát nhỏ.",
        {"kBo086": 2, "kBo095": 2, "kBo096": 1, "kBo089": 1, "kBo102": 1},
    ),
    (
        "kBn55",
        "en",
        "fructidor",
        "A quarter of our mangoes is lost before reaching buyers",
        "Our mango cooperative in Long Hồ loses around a quarter of the crop between picking and the buyer: fruit "
        "waits in the sun in crates until the truck is full. We need to cool fruit at the field or collection point.",
        {"kBo091": 2, "kBo088": 2, "kBo087": 2, "kBo092": 1, "kBo086": 1, "kBo090": 1},
    ),
    (
        "kBn56",
        "en",
        "mdp_transport",
        "Understanding freight flows between our province and HCMC",
        "The provincial transport department lacks data on how rice, fruit and building materials actually move "
        "between the province and Ho Chi Minh City by road and canal. We need a study to plan waterway and road "
        "investments.",
        {"kBo098": 2, "kBo099": 1, "kBo100": 1},
    ),
    # --- building on weak ground and flood-safe housing ---
    (
        "kBn57",
        "vi",
        "khoancoc_lun",
        "Nhà cấp 4 nứt tường, nền lún lệch",
        "Nhà cấp 4 xây 6 năm ở Mang Thít, gần đây tường nứt xéo ở góc cửa, nền phía sau lún thấp hơn phía trước gần "
        "5 cm, cửa đóng không khít. Cần người xem nguyên nhân và gia cố móng cho khỏi lún thêm.",
        {"kBo108": 2, "kBo105": 2, "kBo109": 2, "kBo110": 2, "kBo111": 2, "kBo107": 1, "kBo037": 1},
    ),
    (
        "kBn58",
        "en",
        "letyconstruction",
        "House on filled paddy land: doors stick, cracks above windows",
        "We built on land filled over an old rice field in Châu Thành. Three years on, doors stick, cracks run from "
        "the window corners and one corner of the floor slopes. We want to stop the settlement without rebuilding.",
        {"kBo109": 2, "kBo110": 2, "kBo111": 2, "kBo105": 2, "kBo108": 2, "kBo107": 1},
    ),
    (
        "kBn59",
        "vi",
        "ketcau",
        "Xây nhà 2 tầng trên đất ruộng mới đắp, không biết làm móng gì",
        "Gia đình ở Cầu Ngang định xây nhà 2 tầng trên nền ruộng mới đắp cao 1 m. Thợ thì bảo đóng cừ tràm, người thì "
        "bảo ép cọc bê tông. Cần khảo sát đất và tư vấn móng cho chắc mà không quá tốn.",
        {"kBo103": 2, "kBo104": 2, "kBo107": 2, "kBo106": 1, "kBo005": 1},
    ),
    (
        "kBn60",
        "en",
        "hue_nhachonglu",
        "Flood-safe house designs for poor coastal households",
        "In a coastal commune of Trà Cú, high tides now flood poor households' houses several times a year. The "
        "commune wants proven designs for raised or two-level houses around 100 million VND and technical help to "
        "build them.",
        {"kBo113": 2, "kBo114": 2, "kBo112": 2, "kBo115": 1, "kBo117": 1, "kBo116": 1},
    ),
    (
        "kBn61",
        "vi",
        "colours_stilts",
        "Làm nhà sàn chịu ngập mà cột không bị mục",
        "Gia đình ven sông Hậu ở Trà Ôn muốn làm nhà sàn cao để tránh nước lũ, triều cường; nhà sàn gỗ cũ chân cột mục "
        "nhanh, khung cong vênh. Cần mẫu nhà sàn bền, khung bê tông hoặc vật liệu không mục.",
        {"kBo112": 2, "kBo113": 2, "kBo117": 1, "kBo114": 2, "kBo054": 1, "kBo103": 1},
    ),
    (
        "kBn62",
        "en",
        "matteroftrust",
        "A house that floats up when the river floods",
        "Fishing households living on a riverside cù lao want a low-cost house that rises with floodwater instead of "
        "being abandoned every flood season, ideally something families can assemble themselves.",
        {"kBo115": 2, "kBo116": 2, "kBo114": 2, "kBo113": 2},
    ),
    (
        "kBn63",
        "vi",
        "gba_eps",
        "Nhà nhẹ để giảm tải móng trên nền yếu",
        "Muốn xây nhà ở Long Hồ trên nền đất yếu, nghe nói tường xốp EPS đổ bê tông nhẹ mà chắc, đỡ tốn móng. Cần "
        "đơn vị tư vấn, cung cấp vật liệu và hướng dẫn thi công.",
        {"kBo118": 2, "kBo107": 1, "kBo117": 1},
    ),
    # --- low-cost housing and materials testing ---
    (
        "kBn64",
        "vi",
        "vatlieu_gkn",
        "Gạch không nung cần thí nghiệm để bán cho công trình",
        "Cơ sở sản xuất gạch không nung ở Duyên Hải muốn bán vào công trình dùng vốn nhà nước nhưng chủ đầu tư đòi kết "
        "quả thí nghiệm cường độ, độ hút nước vì từng có công trình nứt tường. Cần phòng thí nghiệm được công nhận.",
        {"kBo123": 2, "kBo125": 2, "kBo127": 1, "kBo124": 1},
    ),
    (
        "kBn65",
        "en",
        "umbl0g",
        "Earth blocks from dredged canal soil for poor households",
        "An NGO in Trà Cú wants to turn soil dredged from canals into pressed blocks for low-cost houses instead of "
        "buying fired bricks, with a machine local youths can run.",
        {"kBo119": 2, "kBo120": 2, "kBo121": 1, "kBo122": 1, "kBo123": 1},
    ),
    (
        "kBn66",
        "vi",
        "sustainableearth",
        "Tự làm gạch đất ép cho nhà kho",
        "Hộ làm vườn ở Cầu Kè muốn tự làm gạch đất ép xây nhà kho chứa phân, nông cụ, tận dụng đất đào ao. Cần máy ép "
        "và công thức trộn vôi, xi măng cho gạch đủ chắc, không rã khi mưa.",
        {"kBo119": 2, "kBo120": 2, "kBo121": 2},
    ),
    (
        "kBn67",
        "en",
        "hatangviet_8485",
        "Checking geotextile and pipes before paying the supplier",
        "Our road project board in Tiểu Cần must verify that the geotextile fabric and HDPE drainage pipes delivered "
        "meet the specified tensile strength and class before we accept them. We need an accredited lab.",
        {"kBo124": 2, "kBo126": 2, "kBo123": 1, "kBo008": 1},
    ),
    # --- traffic safety on rural roads ---
    (
        "kBn68",
        "en",
        "vir_rural",
        "Finding the most dangerous spots on our rural roads",
        "Most of our district's Tết crashes happened on rural roads, many of which lack signs and have sharp bends "
        "with poor sight lines. The traffic safety board wants a systematic way to find and fix the worst spots with "
        "a small budget.",
        {"kBo129": 2, "kBo130": 2, "kBo131": 2, "kBo133": 1, "kBo132": 1},
    ),
    (
        "kBn69",
        "vi",
        "nghethuat",
        "Giảm tốc khúc cua gần chợ mà không làm gờ dày đặc",
        "Đoạn cua gần chợ xã ở Tiểu Cần xe chạy nhanh, dân đề nghị làm gờ giảm tốc nhưng nơi khác làm 18 gờ trên 350 m "
        "bị phản ứng vì ồn, khó đi. Xã muốn cách cảnh báo, giảm tốc hợp lý hơn.",
        {"kBo129": 1, "kBo132": 2, "kBo133": 1, "kBo134": 1, "kBo137": 1, "kBo130": 1},
    ),
    (
        "kBn70",
        "en",
        "webbike_helmets",
        "Most pupils ride pillion without helmets",
        "At our primary school in Cầu Ngang nearly all pupils come on their parents' motorbikes and very few wear "
        "helmets; many families cannot afford good child helmets. We want helmets and road-safety lessons.",
        {"kBo135": 2, "kBo136": 2, "kBo137": 1},
    ),
    (
        "kBn71",
        "vi",
        "issuu_word",
        "Trẻ mẫu giáo được đón bằng xe máy mà không có mũ",
        "Trường mẫu giáo ở Trà Cú thấy nhiều phụ huynh đón con bằng xe máy, trẻ không đội mũ hoặc chỉ có một cái mũ "
        "dùng chung trong nhà. Muốn được hỗ trợ mũ bảo hiểm đạt chuẩn cho trẻ và tuyên truyền cho phụ huynh.",
        {"kBo136": 2, "kBo135": 2, "kBo137": 1},
    ),
    (
        "kBn72",
        "en",
        "phongnha",
        "Unlit canal-side road where motorbikes run off at night",
        "A narrow road along a canal in Long Hồ has no lighting and no edge marking; at night and in rain motorbikes "
        "drift off the edge, and two riders ended up in the canal this year. We want to mark the edge and bends so "
        "they are visible in the dark.",
        {"kBo133": 2, "kBo132": 2, "kBo129": 1, "kBo134": 1, "kBo160": 1, "kBo163": 1},
    ),
    (
        "kBn73",
        "vi",
        "baoninhbinh_quatai",
        "Xe chở cát đá quá tải phá đường nông thôn, cầu yếu",
        "Xe tải chở cát, đá xây dựng cơi nới thùng chạy liên tục trên đường huyện, đường xã ở Càng Long, mặt đường và "
        "mấy cây cầu nhỏ xuống cấp nhanh. Huyện muốn có cách kiểm soát tải trọng xe thường xuyên.",
        {"kBo138": 2, "kBo037": 1},
    ),
    (
        "kBn74",
        "en",
        "vnaujourdhui",
        "Speeding on the provincial road in front of our school",
        "Our secondary school sits on a provincial road in Trà Vinh where trucks and motorbikes pass fast at "
        "dismissal time. We want the school zone made safer for students crossing and a way to show it works.",
        {"kBo137": 2, "kBo129": 1, "kBo132": 1, "kBo135": 1},
    ),
    (
        "kBn75",
        "en",
        "sggp_ferries",
        "Overloaded ferry crossings on the way to school",
        "Pupils from our hamlet in Cầu Kè cross the river daily on small ferries that carry more passengers and "
        "motorbikes than allowed, and lifejackets hang unused. The school and parents want a community programme to "
        "change this.",
        {"kBo082": 2, "kBo083": 2, "kBo085": 1, "kBo084": 1},
    ),
]
