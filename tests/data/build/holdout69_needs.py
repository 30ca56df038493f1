"""Needs for the holdout69 labelled set (rural disaster risk reduction and public safety).

Rows: (id, language, source key, title, description, {offer id: grade}). 2 = would solve the need,
1 = partly relevant or an adjacent step; offers not listed are not relevant. Every need is set in Trà Vinh or
Vĩnh Long; most are transposed from a page about another place (see the make script's docstring).
kSn03, kSn11, kSn34, kSn45, kSn56 and kSn68 are typed without accents.
"""

NEEDS = [
    # --- flood and storm warning -------------------------------------------------------------
    (
        "kSn01",
        "vi",
        "duyenhai_trieu",
        "Cảnh báo sớm triều cường, nước biển dâng cho vùng nuôi tôm Cồn Nhàn",
        "Tổ hợp tác nuôi tôm quảng canh ở ấp Hồ Thùng, xã Đông Hải (Duyên Hải) liên tục bị triều cường kèm gió mạnh "
        "làm vỡ bờ bao: đầu tháng 4 vỡ một đoạn 20 m, 3.500 m² dưa hấu bị ngập, 600 m đường dây điện ngã và 60 m đường "
        "nhựa sạt. Chúng tôi cần trạm đo mực nước tự động báo trước khi nước vượt ngưỡng để xã viên kịp gia cố bờ bao, "
        "có còi tại chỗ và tin nhắn về điện thoại.",
        {"kSo001": 2, "kSo006": 2, "kSo004": 2, "kSo133": 1, "kSo009": 1, "kSo005": 1, "kSo137": 1, "kSo048": 1},
    ),
    (
        "kSn02",
        "en",
        "ews_report",
        "Automatic rain-gauge network for the district's communes",
        "Cầu Kè district's disaster-prevention committee (Trà Vinh) wants to move from manual readings to an automatic "
        "multi-hazard early warning set-up, the way a national institute reviewed and designed one for a river basin in "
        "Hà Tĩnh. First step: automatic rain gauges in each commune whose readings reach the district in real time and "
        "trigger warnings when heavy rain builds up, plus a way to pass those warnings on to hamlets.",
        {"kSo002": 2, "kSo003": 2, "kSo001": 2, "kSo155": 1, "kSo008": 1},
    ),
    (
        "kSn03",
        "vi",
        "thvl_dongphu",
        "Can thiet bi canh bao nuoc tran bo bao cho xa cu lao",
        "Chung toi la to hop tac vuon cay an trai o xa Dong Phu (Long Ho, Vinh Long), xa cu lao cap song Tien. Trieu "
        "cuong vua roi lam vo bo bao, nhieu vuon ngap sau ma ba con khong hay kip. Can thiet bi do muc nuoc dat o bo "
        "bao, tu hu coi va bat den khi nuoc len nhanh, chay duoc ca khi mat song dien thoai, mat mang; gia vua phai de "
        "moi ap gan vai cai.",
        {"kSo133": 2, "kSo005": 2, "kSo001": 2, "kSo006": 1, "kSo011": 1, "kSo009": 1},
    ),
    (
        "kSn04",
        "en",
        "baodaklak_tsunami",
        "Remote-triggered sirens for river-mouth hamlets",
        "Trà Cú district (Trà Vinh) wants sirens in the hamlets near the Định An river mouth that the district command "
        "can trigger remotely when a storm, rising water or a surge threatens, with a manual fallback on site. Đà Nẵng's "
        "first tsunami-warning pilot, 10 stations on beaches and at ward radio stations, is the kind of coverage we "
        "have in mind; the signal should differ by situation so people know what to do.",
        {"kSo011": 2, "kSo006": 2, "kSo012": 1, "kSo133": 1, "kSo005": 1},
    ),
    (
        "kSn05",
        "vi",
        "tnmt_vientham",
        "Cán bộ xã cần khai thác radar, dữ liệu viễn thám để ra bản tin sớm",
        "Ban chỉ huy phòng thủ dân sự xã Long Toàn (Duyên Hải) muốn cán bộ biết khai thác dữ liệu quan trắc từ xa như "
        "radar thời tiết, ảnh vệ tinh, lượng mưa tích lũy để tự theo dõi vùng mưa dông đang tới và phát bản tin sớm "
        "trên loa xã, thay vì chỉ chờ văn bản từ tỉnh. Cần khóa tập huấn ngắn, làm theo được trên điện thoại và máy tính.",
        {"kSo008": 2, "kSo060": 1, "kSo010": 1, "kSo002": 1},
    ),
    (
        "kSn06",
        "en",
        "vnplus_trieu",
        "Phone alerts when canal water nears the dyke crest",
        "Our shrimp and fish cooperative in Long Đức ward (formerly Trà Vinh, now Vĩnh Long) was flooded when the "
        "mid-ninth-lunar-month tide rose 20 cm above alarm level 3 at the Trà Vinh station. We need a water-level gauge "
        "on the main canal that sends alerts to members' phones, ideally into our existing chat group, as the level "
        "approaches the dyke crest, so we can close sluices and raise banks in time.",
        {"kSo007": 2, "kSo006": 2, "kSo004": 2, "kSo009": 1},
    ),
    (
        "kSn07",
        "en",
        "sggp_trieu",
        "Street flood-depth sensors for Vĩnh Long town",
        "The wards of Phước Hậu, Thanh Đức and An Hội (Vĩnh Long) want real-time flood-depth readings on low streets. "
        "During the October 2025 spring tide the Mỹ Thuận station reached 220 cm, 40 cm above alarm level III, and "
        "streets such as Nguyễn Huệ and Hùng Vương went 20–40 cm under water; vehicles stalled. Sensors at a few points "
        "should publish the depth and trigger a warning when water crosses set levels.",
        {"kSo002": 2, "kSo001": 2, "kSo006": 2, "kSo133": 1, "kSo009": 1},
    ),
    (
        "kSn08",
        "vi",
        "slideshare_pva",
        "Lập bản đồ rủi ro thiên tai dựa vào cộng đồng cho xã",
        "Xã Hòa Minh (Châu Thành, Trà Vinh) cần hướng dẫn và công cụ để nhóm kỹ thuật xã cùng người dân tự đánh giá rủi "
        "ro thiên tai: lịch sử thiên tai, lịch mùa vụ, sơ họa bản đồ rủi ro, nhóm dễ bị tổn thương, xếp hạng và giải "
        "pháp, giống các lớp tập huấn phân tích tình trạng dễ bị tổn thương có sự tham gia. Kết quả dùng để lập kế hoạch "
        "phòng chống thiên tai hằng năm.",
        {"kSo049": 2, "kSo004": 1},
    ),
    # --- warning dissemination and emergency communication -------------------------------------
    (
        "kSn09",
        "vi",
        "trithucvn_loa",
        "Nâng cấp đài truyền thanh xã để tự phát cảnh báo thiên tai",
        "Xã Long Hòa (Châu Thành, Trà Vinh) muốn hệ thống loa của đài xã và các ấp tự động phát tin cảnh báo ngay khi có "
        "bão, nước dâng, như Nhật Bản phát cảnh báo sóng thần chỉ một phút sau động đất, đồng thời gửi tin nhắn tới "
        "điện thoại người dân vì lúc khẩn cấp mạng thường nghẽn. Cần giải pháp tận dụng hạ tầng loa sẵn có.",
        {"kSo012": 2, "kSo013": 1, "kSo014": 1, "kSo011": 1, "kSo015": 1, "kSo016": 1},
    ),
    (
        "kSn10",
        "en",
        "scienceinfo",
        "Warnings that reach every phone in coastal communes",
        "Duyên Hải town and Trường Long Hòa commune host seasonal workers and visitors at Ba Động beach whose numbers "
        "are on no list. The coastal disaster committee wants a way to push storm, surge or tsunami warnings to every "
        "phone inside the threatened area, on top of radio and television, in line with the national rule allowing "
        "warnings by text message to mobile subscribers.",
        {"kSo016": 2, "kSo017": 2, "kSo012": 2, "kSo015": 1},
    ),
    (
        "kSn11",
        "vi",
        "codename",
        "Can phuong an lien lac khi bao lam mat dien, mat song",
        "Doi xung kich phong chong thien tai xa Hiep My Dong (Cau Ngang) can thiet bi lien lac khi bao lam mat dien, "
        "cot song ngung hoat dong hoac mang bi nghen. Can noi duoc giua xa voi cac ap cach nhau vai km, nhan tin hoac "
        "dam thoai, co pin du phong; chi phi hop ly va de tap huan cho doi vien.",
        {"kSo021": 2, "kSo019": 2, "kSo022": 2, "kSo023": 2, "kSo020": 2, "kSo132": 2, "kSo018": 1},
    ),
    (
        "kSn12",
        "en",
        "independent_radio",
        "Hand-crank radios for elderly households during blackouts",
        "The Red Cross chapter of Tiểu Cần district wants to equip elderly and poor households with radios that need "
        "no mains power, so they still hear official bulletins, evacuation points and relief sites when storms cut "
        "electricity for days. Useful features: AM/FM, a torch, self-charging by crank or sun and a port to charge a "
        "phone.",
        {"kSo018": 2, "kSo126": 1, "kSo124": 1, "kSo013": 1},
    ),
    (
        "kSn13",
        "vi",
        "codename",
        "Cần điện thoại vệ tinh cho tổ cứu hộ trên cù lao",
        "Tổ cứu hộ trên cù lao Tân Quy (xã An Phú Tân, Cầu Kè) cần một kênh liên lạc với huyện khi bão làm gãy cột sóng, "
        "mất điện thoại bàn và mạng di động quá tải. Chúng tôi cân nhắc điện thoại vệ tinh dù biết máy và cước đắt, phải "
        "ra ngoài trời mới bắt sóng và phải nhớ bật máy khi có thiên tai; cần tư vấn và cung cấp.",
        {"kSo020": 2, "kSo019": 2, "kSo021": 1, "kSo022": 1},
    ),
    (
        "kSn14",
        "en",
        "signalk_pr",
        "Off-grid text messaging across a pond farm",
        "Our shrimp farm cooperative in Mỹ Long Nam (Cầu Ngang) has guard huts spread over about 5 km of ponds where "
        "mobile coverage drops, and storms take it out entirely. We want small battery radios that relay text messages "
        "and positions between huts and the office with no phone network or monthly fee, the way boaters link their "
        "vessels to shore over a LoRa mesh.",
        {"kSo022": 2, "kSo023": 2, "kSo132": 2, "kSo021": 1, "kSo019": 1},
    ),
    (
        "kSn15",
        "vi",
        "dientuungdung_sms",
        "Nhắn tin cảnh báo có nội dung riêng cho từng ấp",
        "Trước bão số 3 năm 2025, 29 triệu tin nhắn cảnh báo đã được gửi tới người dân 18 tỉnh, thành. Ban chỉ huy phòng "
        "thủ dân sự huyện Trà Cú muốn làm tương tự ở quy mô huyện nhưng với nội dung riêng cho từng ấp (nơi sơ tán, giờ "
        "cấm ghe ra cửa sông) tới danh sách số điện thoại đã đăng ký, có tổng đài nhận phản hồi của dân.",
        {"kSo015": 2, "kSo016": 1, "kSo017": 1, "kSo012": 1},
    ),
    (
        "kSn16",
        "en",
        "trithucvn_loa",
        "Running the commune radio as a warning service",
        "Vũng Liêm district's culture and communication centre wants its commune announcers and loudspeaker operators "
        "trained to work as a warning service in storms: staffing the station around the clock, how often to repeat "
        "bulletins and how to relay orders from the province fast, much as Japan's public loudspeakers reached people "
        "when phone networks were jammed after the 2011 earthquake.",
        {"kSo013": 2, "kSo014": 2, "kSo012": 1},
    ),
    # --- fishing boats at sea ----------------------------------------------------------------
    (
        "kSn17",
        "vi",
        "libvn_icom",
        "Thiết bị giám sát hành trình đạt chuẩn, gọi được về bờ",
        "Tổ đoàn kết khai thác xa bờ ở Mỹ Long (Cầu Ngang) có 12 tàu dài 15–24 m, ra khơi là mất sóng di động nên chủ yếu "
        "liên lạc bằng máy HF bán song công. Chúng tôi cần thiết bị giám sát hành trình đạt quy định, giá hợp lý, giúp "
        "gia đình và trạm bờ biết vị trí tàu, gọi hoặc nhắn được về đất liền khi gặp bão.",
        {"kSo024": 2, "kSo025": 2, "kSo026": 2, "kSo027": 1, "kSo028": 1, "kSo020": 1},
    ),
    (
        "kSn18",
        "en",
        "luanvan_ais",
        "Automatic alerts when boats drop off the monitoring system",
        "The fisheries sub-department (formerly of Trà Vinh, now Vĩnh Long) watches hundreds of offshore boats, but "
        "spotting a vessel that has stopped reporting, or strayed out of bounds ahead of a storm, still depends on staff "
        "scanning AIS and VMS tracks. We need software that reads the monitoring data and sends graded alerts to owners, "
        "skippers and officers after set periods without a signal.",
        {"kSo028": 2, "kSo024": 1, "kSo025": 1, "kSo027": 1},
    ),
    (
        "kSn19",
        "vi",
        "vms_tv",
        "So sánh các loại thiết bị giám sát hành trình trước khi mua",
        "Sau buổi giới thiệu thiết bị giám sát hành trình cho ngư dân khai thác xa bờ Trà Vinh, tổ hợp tác của chúng tôi "
        "ở Long Hòa (Châu Thành) cần một đánh giá độc lập các loại máy đang bán: tần suất gửi vị trí, khoảng mất tín hiệu "
        "dài nhất, mức tiêu hao điện, giao diện tiếng Việt và giá, để chọn lắp cho cả đội tàu.",
        {"kSo027": 2, "kSo024": 1, "kSo026": 1, "kSo025": 1},
    ),
    # --- riverbank erosion: monitoring ---------------------------------------------------------
    (
        "kSn20",
        "en",
        "traon_sl",
        "Early detection of ground movement in a riverside hamlet",
        "Long Thạnh hamlet in Lục Sĩ Thành commune (Trà Ôn, Vĩnh Long) saw a 60 m stretch of bank slide at dawn, cutting "
        "5 m into the land; cracks keep opening and one house may go into the river. The commune wants sensors along the "
        "remaining bank that detect tilting and ground movement, read soil wetness and rainfall, and warn households "
        "before the next collapse.",
        {"kSo043": 2, "kSo042": 2, "kSo044": 1, "kSo010": 1, "kSo033": 1},
    ),
    (
        "kSn21",
        "vi",
        "thvl_133",
        "Dữ liệu ảnh vệ tinh theo dõi biến động bờ sông toàn tỉnh",
        "Từ đầu năm, tỉnh Vĩnh Long đã có 133 điểm sạt lở trên sông chính và trong nội đồng. Sở Nông nghiệp cần số liệu "
        "ảnh vệ tinh nhiều thời điểm về đường bờ sông Cổ Chiên, sông Tiền, sông Hậu và kênh rạch để biết đoạn nào đang "
        "lùi vào nhanh, xếp thứ tự ưu tiên cảnh báo, di dời và đầu tư kè.",
        {"kSo029": 2, "kSo030": 2, "kSo031": 2, "kSo032": 2, "kSo010": 1},
    ),
    (
        "kSn22",
        "en",
        "longho_sl",
        "Survey of riverbed scour holes at an eroding bend",
        "At Phú An hamlet, Phú Đức commune (Long Hồ), about 150 m of road-dyke along the Cái Cao river slid away, cutting "
        "4–7 m into the bank and affecting 23 households with 132 people; the site is on a bend with a deep bed and heavy "
        "boat traffic. Before choosing a revetment the district needs a survey of bed depth and scour holes along the "
        "bend and the bank toe.",
        {"kSo033": 2, "kSo034": 2, "kSo035": 2, "kSo031": 1},
    ),
    (
        "kSn23",
        "vi",
        "quoithien",
        "Cảnh báo nứt, sụt đê bao ban đêm cho hộ dân trên cồn",
        "Đê bao cồn Thanh Long (ấp Phước Lý Nhì, xã Quới Thiện, Vũng Liêm) sạt lở lúc 1 giờ sáng, nước tràn cuốn trôi "
        "nhà dưới của một hộ và làm ngập vườn. Xã cần thiết bị theo dõi chuyển vị, nghiêng, lún và độ ẩm đất của đê bao, "
        "tự báo động cho các hộ ven đê kể cả ban đêm để kịp di chuyển người và tài sản.",
        {"kSo043": 2, "kSo042": 2, "kSo133": 1, "kSo044": 1},
    ),
    (
        "kSn24",
        "vi",
        "nhandan_sl",
        "Đánh giá biến động lòng sông và tác động kinh tế – xã hội để quy hoạch dân cư",
        "ĐBSCL có hơn 500 điểm sạt lở ven sông, ven biển; mỗi năm mất khoảng 300 ha đất và hơn 19.000 hộ phải di dời. "
        "Tỉnh Vĩnh Long cần nghiên cứu định lượng bồi, xói các nhánh sông qua nhiều năm và gắn với thiệt hại kinh tế – xã "
        "hội, để xác định các điểm đen sạt lở không bố trí dân cư khi lập quy hoạch.",
        {"kSo031": 2, "kSo029": 2, "kSo032": 1, "kSo030": 1, "kSo049": 1},
    ),
    (
        "kSn25",
        "en",
        "vietbao_400",
        "Monitoring shoreline change along the coast",
        "The Mekong Delta has more than 400 eroding river and sea segments, nearly 900 km in total. Trà Vinh's coastal "
        "communes from Long Hòa to Hiệp Thạnh want repeated, map-based measurements of where the shoreline is retreating "
        "or building out each year, to check whether existing dykes and mangrove belts are holding.",
        {"kSo029": 2, "kSo030": 2, "kSo048": 1, "kSo046": 1, "kSo032": 1},
    ),
    # --- riverbank and coastal protection ------------------------------------------------------
    (
        "kSn26",
        "vi",
        "longho_sl",
        "Kè chi phí thấp cho đoạn đê bao 150 m bị sạt",
        "Xã Phú Đức (Long Hồ) cần giải pháp gia cố khẩn cấp nhưng chi phí thấp cho đoạn đường kết hợp đê bao ven sông Cái "
        "Cao dài khoảng 150 m vừa sạt, để 23 hộ dân có đường đi và giữ được nền nhà. Ưu tiên công nghệ thi công nhanh "
        "bằng vật liệu tại chỗ, có thể trồng cỏ phủ mái.",
        {"kSo036": 2, "kSo037": 2, "kSo038": 2, "kSo039": 2, "kSo041": 1, "kSo040": 1},
    ),
    (
        "kSn27",
        "en",
        "thvl_satlo_cat",
        "Bank protection that villagers can build with native plants",
        "Households in Chánh An commune (Mang Thít) watch their land slip into the river, which they blame partly on "
        "heavy sand dredging. The hamlet wants a way to protect its banks that local labour can build with materials on "
        "hand and native trees, far cheaper than a concrete revetment the province cannot fund soon.",
        {"kSo039": 2, "kSo036": 2, "kSo037": 1, "kSo038": 1},
    ),
    (
        "kSn28",
        "vi",
        "vnexpress_gian",
        "Lấp hố xói, gia cố chân bờ cho cù lao An Bình",
        "Một đợt sạt lở ở cù lao An Bình (Long Hồ, Vĩnh Long) cuốn mất hơn 41.500 m² đất, 30 hộ mất nhà, thiệt hại khoảng "
        "35 tỷ đồng; nguyên nhân là dòng sông thiếu phù sa khoét sâu đáy sát bờ. Chúng tôi cần giải pháp lấp hố xói sâu "
        "và hàm ếch, gia cố chân bờ, phục hồi mái bờ với chi phí thấp hơn kè cứng.",
        {"kSo037": 2, "kSo036": 1, "kSo038": 1, "kSo041": 1, "kSo033": 1},
    ),
    (
        "kSn29",
        "en",
        "duyenhai_trieu",
        "Fences to break waves and bring back mangroves",
        "The sea dyke and wave wall at Hiệp Thạnh and Cồn Nhàn (Duyên Hải, Trà Vinh) are battered by high tides and "
        "strong wind, and the mangrove belt in front has thinned. The commune wants a tested, eco-friendly structure "
        "placed seaward of the dyke that damps waves and traps mud so mangrove seedlings can take hold again.",
        {"kSo045": 2, "kSo047": 1, "kSo046": 1, "kSo048": 1, "kSo040": 1, "kSo151": 1},
    ),
    (
        "kSn30",
        "vi",
        "nddb_report",
        "Giải pháp tổng thể ổn định bờ biển trước khi xây kè",
        "Nước dâng do bão tuy ít gặp nhưng dâng cao bất ngờ, gây ngập vùng ven biển. Xã Đông Hải (Duyên Hải) có đoạn bờ "
        "xói mạnh xen đoạn bồi; trước khi xin vốn làm kè, xã cần nghiên cứu cơ chế bồi xói và mô phỏng sóng, dòng chảy, "
        "bùn cát cho cả dải bờ biển của tỉnh để chọn loại công trình phù hợp.",
        {"kSo048": 2, "kSo047": 1, "kSo045": 1, "kSo046": 1},
    ),
    (
        "kSn31",
        "en",
        "ieem_tichthien",
        "Rapid low-cost bank protection after houses fell into the river",
        "Along the Trà Ôn river in Tích Lộc hamlet, Tích Thiện commune, nearly 50 m of bank collapsed and 8 of the 9 "
        "affected houses went into the river; the market and the secondary school nearby are next. Until a permanent "
        "work is funded, the commune needs protection that can be placed quickly and cheaply, such as geotextile sand "
        "bags on melaleuca piles.",
        {"kSo036": 2, "kSo038": 2, "kSo037": 2, "kSo039": 1, "kSo040": 1},
    ),
    # --- lightning ---------------------------------------------------------------------------
    (
        "kSn32",
        "vi",
        "set_dongruong",
        "Cảnh báo sét qua điện thoại cho xã viên làm đồng",
        "Hợp tác xã lúa ở Hiếu Tử (Tiểu Cần) lo sét đánh người làm đồng, như vụ một phụ nữ đang dặm lúa bị sét đánh chết "
        "khi trời chuyển dông. Chúng tôi cần hệ thống cảnh báo sét theo vị trí gửi về điện thoại xã viên trước khi dông "
        "tới, kể cả tin nhắn cho người không có điện thoại thông minh.",
        {"kSo058": 2, "kSo059": 2, "kSo060": 1, "kSo008": 1, "kSo061": 1},
    ),
    (
        "kSn33",
        "en",
        "medill",
        "Lightning protection for a primary school with tin roofs",
        "A primary school in Phương Thạnh commune (Càng Long) has tin-roofed classrooms and a veranda where pupils "
        "crowd when it rains; in developing countries lightning casualties often happen in such flimsy buildings. We "
        "need the school fitted with a proper lightning protection system and advice on keeping children safe at break "
        "time.",
        {
            "kSo055": 2,
            "kSo056": 2,
            "kSo053": 2,
            "kSo052": 2,
            "kSo051": 2,
            "kSo129": 2,
            "kSo050": 2,
            "kSo054": 1,
            "kSo057": 1,
        },
    ),
    (
        "kSn34",
        "vi",
        "baomoitaybac",
        "Can lap chong set cho nha mai ton",
        "Nha toi o xa Ninh Thoi (Cau Ke), nha mai ton, xung quanh la ruong va cay cao; mua mua dong set danh gan nha "
        "nhieu lan, xom ben co nguoi bi set danh khi di cat co. Can tho den khao sat, lap kim thu set, day dan set va coc "
        "tiep dia cho nha, bao gia tron goi.",
        {"kSo052": 2, "kSo050": 2, "kSo051": 2, "kSo053": 2, "kSo129": 2, "kSo063": 1, "kSo054": 1},
    ),
    (
        "kSn35",
        "en",
        "set_tienphong",
        "Lightning-safe shelters for harvest workers in open fields",
        "In one storm twelve people sheltering under a tarpaulin hut in the middle of a field were knocked unconscious "
        "by lightning. Rice cooperatives in Trà Cú district want proper lightning-safe shelters that harvest crews can "
        "reach quickly in open paddies, since tarpaulin huts and lone trees are exactly the wrong places.",
        {"kSo130": 2, "kSo054": 1, "kSo062": 1, "kSo061": 1, "kSo129": 1},
    ),
    (
        "kSn36",
        "vi",
        "set_kienthuc",
        "Dữ liệu định vị sét thời gian thực cho cảnh báo địa phương",
        "Dông sét mùa mưa liên tục làm chết người đi đường, người làm đồng và có lần làm cháy ca nô. Đài khí tượng thủy "
        "văn tỉnh muốn nhận dữ liệu phát hiện, định vị sét theo thời gian thực trên địa bàn Trà Vinh – Vĩnh Long để ra "
        "cảnh báo dông sét chi tiết tới xã, và nếu được thì có kênh báo thẳng cho người dân.",
        {"kSo060": 2, "kSo059": 2, "kSo058": 2, "kSo057": 1},
    ),
    (
        "kSn37",
        "en",
        "set_baomoi_gat",
        "Lightning safety procedure for field workers",
        "Two people harvesting rice were struck, one killed, when a storm came in while the sun was still out. Our rice "
        "and fruit cooperative in An Trường commune (Càng Long) wants a written lightning-safety procedure and short "
        "training for seasonal workers: when to stop work, where to go, what not to shelter under and when to return.",
        {"kSo061": 2, "kSo062": 1, "kSo057": 1, "kSo055": 1},
    ),
    (
        "kSn38",
        "vi",
        "set_plo_dienthoai",
        "Tư vấn mức an toàn sét cho phòng học tạm, chòi nghỉ",
        "Trường mầm non ở xã Trung Thành (Vũng Liêm) có mấy phòng học tạm mái tôn và chòi nghỉ dưới cây; vụ người đàn ông "
        "nghe điện thoại dưới gốc cây bị sét đánh chết làm phụ huynh lo. Nhà trường cần tư vấn công trình nào đủ an toàn "
        "khi có sét và cần nâng cấp tới mức nào cho vừa kinh phí.",
        {"kSo054": 2, "kSo055": 1, "kSo053": 1, "kSo056": 1},
    ),
    (
        "kSn39",
        "en",
        "tysteeltower",
        "Lightning protection for a pagoda with tall spires",
        "A Khmer pagoda in Châu Thành district has tall spires and big trees around the yard where villagers gather; it "
        "is the highest point for kilometres, and people are told not to stand near towers or trees in storms. The "
        "management board wants a lightning protection system designed and installed for the main hall and spires, "
        "with earthing suited to wet ground.",
        {"kSo053": 2, "kSo051": 2, "kSo129": 2, "kSo050": 1, "kSo052": 1},
    ),
    (
        "kSn40",
        "en",
        "baomoitaybac",
        "Community campaign against lightning myths",
        "After a man cutting grass for his cattle was killed by lightning, the women's union of Hòa Lợi commune (Châu "
        "Thành) wants a lightning-safety campaign for farmers and schoolchildren that tackles local beliefs and habits, "
        "such as using phones under trees or finishing work 'just a bit more', with simple messages for loudspeakers "
        "and meetings.",
        {"kSo057": 2, "kSo056": 1, "kSo061": 1, "kSo058": 1},
    ),
    # --- fire safety: markets ---------------------------------------------------------------
    (
        "kSn41",
        "vi",
        "cs_pccc_cho",
        "Kiểm tra an toàn điện và phương án PCCC cho chợ cũ",
        "Chợ thị trấn Cầu Kè là chợ bán kiên cố, ki-ốt sát nhau, hàng dễ cháy, dây điện chằng chịt; nhiều vụ cháy chợ "
        "trong cả nước gây thiệt hại hàng chục tỷ, có vụ tới 100 tỷ đồng. Ban quản lý chợ cần đơn vị kiểm tra hệ thống "
        "điện, đánh giá nguy cơ cháy từng dãy và lập phương án phòng cháy, chữa cháy cho tiểu thương.",
        {"kSo066": 2, "kSo068": 2, "kSo067": 2, "kSo081": 1, "kSo082": 1, "kSo069": 1},
    ),
    (
        "kSn42",
        "en",
        "ictvn_cho",
        "Automatic fire suppression for a covered market",
        "A covered market in Trà Vinh city has packed stalls of clothes and plastics under one roof; fires in such "
        "markets, like the one that burned more than 60 kiosks in Vĩnh Yên overnight, start when nobody is there. "
        "Management wants an automatic system that detects, fights and raises the alarm in the hall at night.",
        {"kSo069": 2, "kSo070": 1, "kSo073": 1, "kSo067": 1},
    ),
    (
        "kSn43",
        "vi",
        "thvl_cho",
        "Lập đội phòng cháy tự quản của tiểu thương chợ",
        "Tiểu thương chợ Vũng Liêm muốn tự tổ chức đội phòng cháy chữa cháy: phân công kiểm tra cầu dao, bếp gas sau giờ "
        "bán, tuần tra ban đêm, ngày tự kiểm tra định kỳ và được cơ quan chức năng hướng dẫn, vì chợ tập trung nhiều hàng "
        "hóa và thiết bị dùng điện.",
        {"kSo067": 2, "kSo072": 1, "kSo071": 1, "kSo066": 1},
    ),
    (
        "kSn44",
        "en",
        "cand_cho",
        "Fire-risk scoring for rural markets",
        "Vĩnh Long's industry and trade department oversees dozens of rural markets; nationwide there are about 3,000 "
        "markets and trade centres, and one fire can ruin dozens of traders. We need a scoring method to rank each "
        "market's fire risk (wiring, storage, gas, extinguishers) so inspection and upgrade money goes first where it "
        "matters most.",
        {"kSo068": 2, "kSo066": 1, "kSo067": 1},
    ),
    (
        "kSn45",
        "vi",
        "vnnet_cho",
        "Can bao chay som cho kho hang cho ban dem",
        "Cho Ba Cang (Tra On) co day kho chua hang cua tieu thuong, ban dem chi co mot bao ve. Vu chay cho Binh Thanh "
        "(Dong Thap) thieu rui 17 ki ot khi tieu thuong chua mo cua lam ba con lo. Can dau bao chay khong day gan trong "
        "kho, bao ve va chu ki ot nhan canh bao qua dien thoai, lap nhanh khong phai keo day.",
        {"kSo073": 2, "kSo077": 2, "kSo075": 2, "kSo074": 1, "kSo076": 1, "kSo078": 1},
    ),
    (
        "kSn46",
        "en",
        "flea_market",
        "Electrical leakage protection for market stalls",
        "Stall holders at the Tiểu Cần night market run extension cords and lights from a shared supply; overloaded "
        "cords and faulty wiring are a leading cause of market fires. The traders' group wants residual-current "
        "protection and proper breakers fitted for each stall so a fault cuts the power before it starts a fire or "
        "shocks someone.",
        {"kSo082": 2, "kSo081": 2, "kSo066": 1, "kSo068": 1},
    ),
    # --- fire safety: dense housing ----------------------------------------------------------
    (
        "kSn47",
        "vi",
        "ngetech_ngo",
        "Điểm chữa cháy công cộng cho hẻm sâu",
        "Khóm 3, phường 7 (thành phố Trà Vinh) có nhiều hẻm nhỏ, dây điện chằng chịt, xe chữa cháy không vào được; các vụ "
        "cháy nhà trong ngõ nhỏ ở Hà Nội làm chết hàng chục người khiến bà con lo. Khóm cần mô hình tổ an toàn PCCC giữa "
        "các hộ và điểm chữa cháy công cộng có sẵn dụng cụ ngay đầu hẻm.",
        {"kSo071": 2, "kSo072": 2, "kSo079": 1, "kSo078": 1},
    ),
    (
        "kSn48",
        "en",
        "htv_nhao",
        "Interconnected alarms for a row of boarding rooms",
        "A landlord near the Long Đức industrial cluster rents a row of 20 rooms to workers, with a grocery at the "
        "front; buildings combining homes and businesses have caused deadly fires in Ho Chi Minh City. We need "
        "detectors in every room that sound together along the row so sleepers next door wake up, easy to retrofit.",
        {"kSo078": 2, "kSo079": 2, "kSo074": 2, "kSo075": 2, "kSo071": 1, "kSo077": 1, "kSo080": 1, "kSo087": 1},
    ),
    (
        "kSn49",
        "vi",
        "thegioi_hem",
        "Vật liệu chống cháy lan cho nhà ở kết hợp kinh doanh",
        "Gia đình tôi ở trong hẻm phường 1 (thành phố Vĩnh Long), tầng trệt bán tạp hóa, cầu thang và vách ngăn bằng gỗ; "
        "hẻm nhỏ nên lối thoát và xe chữa cháy rất khó vào. Cần sơn hoặc vật liệu chống cháy cho cầu thang, vách gỗ để "
        "làm chậm cháy lan, kéo dài thời gian thoát nạn.",
        {"kSo083": 2, "kSo084": 2, "kSo085": 1},
    ),
    (
        "kSn50",
        "en",
        "xetaimydinh",
        "Leakage protection for old rural houses",
        "Many houses in Tập Ngãi commune (Tiểu Cần) have old wiring with cracked insulation and pumps and water heaters "
        "without earthing; shocks and fires follow. The commune women's union wants to help households fit anti-shock "
        "breakers that cut power instantly on leakage, installed by a trusted electrician.",
        {"kSo082": 2, "kSo081": 2, "kSo156": 1},
    ),
    (
        "kSn51",
        "vi",
        "patriotnews",
        "Đầu báo cháy phù hợp cho nhà lá nấu bếp củi",
        "Xóm nhà lá, nhà gỗ ven kênh ở xã Đại An (Trà Cú) nấu bếp củi trong nhà, nhà sát nhau nên cháy là lan nhanh. Đầu "
        "báo khói thông thường kêu nhầm liên tục vì khói bếp nên nhiều nhà tháo ra. Cần loại đầu báo hợp với điều kiện "
        "này và báo cho cả hàng xóm cùng biết.",
        {"kSo078": 2, "kSo079": 2, "kSo080": 1, "kSo087": 1, "kSo077": 1},
    ),
    (
        "kSn52",
        "en",
        "springwise",
        "Neighbourhood-wide alarm that sends the location to commune police",
        "A Khmer hamlet in Trà Cú has about 40 closely built houses of wood and leaves. Residents want detectors that, "
        "when one house catches fire, sound across the whole cluster and automatically send the location to the "
        "commune police and fire team, since the houses have no street numbers.",
        {"kSo079": 2, "kSo078": 2, "kSo071": 1, "kSo077": 1},
    ),
    (
        "kSn53",
        "vi",
        "kienthuc_wireless",
        "Đầu báo cháy không dây dễ lắp cho nhà thuê",
        "Tôi thuê nhà ở phường 4 (thành phố Trà Vinh), chủ nhà không cho khoan tường kéo dây. Muốn lắp đầu báo khói, báo "
        "nhiệt không dây liên kết với nhau, loại đã được kiểm định, vẫn báo khi cúp điện, cho bếp và phòng ngủ.",
        {"kSo075": 2, "kSo074": 2, "kSo078": 1, "kSo077": 1, "kSo076": 1},
    ),
    # --- drowning prevention -----------------------------------------------------------------
    (
        "kSn54",
        "vi",
        "baotintuc_vl",
        "Bể bơi lắp ghép cho trường tiểu học chưa có hồ bơi",
        "Trường tiểu học ở xã Loan Mỹ (Tam Bình, Vĩnh Long) chưa có hồ bơi, lớp dạy bơi gần 40 em phải học ngay trên "
        "sông trước cổng trường và phụ thuộc con nước. Nhà trường cần bể bơi lắp ghép chi phí vừa phải, dựng trên sân "
        "trường mùa hè và tháo cất khi hết mùa.",
        {"kSo091": 2, "kSo092": 2, "kSo089": 1, "kSo112": 1},
    ),
    (
        "kSn55",
        "en",
        "scmp",
        "Structured survival-swimming curriculum for village children",
        "More than 2,000 Vietnamese children under 16 drown each year. Youth union volunteers in Long Hòa islet commune "
        "teach children to swim in the river but without a set method. We need a structured survival-swimming programme "
        "for ages 6–10 with lesson steps, safety rules for natural water and a clear graduation test.",
        {"kSo088": 2, "kSo093": 1, "kSo090": 1, "kSo094": 1, "kSo111": 1},
    ),
    (
        "kSn56",
        "vi",
        "amyyee",
        "Can diem giu tre cong dong cho tre nho",
        "O xa Thuan Hoa (Cau Ngang) cha me di lam dong, tre duoi 5 tuoi o nha voi ong ba hoac tu choi gan ao, kenh; nhieu "
        "chau bi duoi nuoc chi trong vai phut khong ai de y. Can mo hinh diem giu tre ban ngay do nguoi trong tre duoc "
        "tap huan, dat cho an toan xa ao, de tre nho khong bi duoi nuoc.",
        {"kSo095": 2, "kSo096": 2, "kSo097": 1},
    ),
    (
        "kSn57",
        "en",
        "phoenix",
        "Barriers around house ponds and water jars",
        "In Hòa Thuận commune (Châu Thành) almost every house has a fish pond, a canal or large water jars by the door, "
        "and toddlers slip away in seconds. Families want practical barriers: fencing a small child cannot climb over, "
        "squeeze through or dig under, with gates that close and latch by themselves.",
        {"kSo097": 2, "kSo095": 1, "kSo096": 1},
    ),
    (
        "kSn58",
        "vi",
        "vtvgo_boi",
        "Tập huấn sơ cứu, cứu đuối cho thanh niên tình nguyện",
        "Trẻ dưới 15 tuổi tử vong vì đuối nước nhiều hơn mọi nguyên nhân khác. Huyện đoàn Trà Cú muốn tập huấn cho đội "
        "thanh niên tình nguyện ở các bến sông, điểm tắm: kỹ năng cứu đuối an toàn, hồi sức tim phổi thực hành trên mô "
        "hình, sơ cứu và ghi chép các ca đã xử lý.",
        {"kSo098": 2, "kSo099": 2, "kSo100": 2, "kSo101": 2, "kSo102": 1, "kSo128": 1, "kSo111": 1},
    ),
    (
        "kSn59",
        "en",
        "newagesports",
        "Teaching pupils safe rescue and a water-safety culture",
        "Vietnam has more than 2,300 rivers and canals, and children who see a friend struggling often jump in and "
        "drown too. A secondary school in Trà Ôn wants lessons that teach pupils to recognise dangerous water and to "
        "help from the bank (shout, reach, throw) rather than jump in, as part of a wider water-safety culture.",
        {"kSo093": 2, "kSo111": 2, "kSo099": 2, "kSo094": 1},
    ),
    (
        "kSn60",
        "vi",
        "topnews",
        "Phao cứu sinh cho học sinh đi đò qua sông",
        "Học sinh trên cù lao Tân Quy (An Phú Tân, Cầu Kè) ngày nào cũng đi đò qua sông Hậu tới trường, đò chở đông mà "
        "thiếu phao. Nhà trường và hội cha mẹ học sinh cần áo phao, cặp phao hoặc phao cứu sinh phù hợp cho trẻ để trang "
        "bị cho các chuyến đò.",
        {"kSo107": 2, "kSo105": 2, "kSo103": 1, "kSo104": 1},
    ),
    (
        "kSn61",
        "en",
        "thanhniennews",
        "Correct life jackets for river-crossing ferries",
        "Six schoolgirls drowned when their small boat capsized on a river. Ferry operators at the Cổ Chiên crossings "
        "in Vĩnh Long need advice on and supply of life jackets of the right buoyancy class for adults and children, "
        "properly fitted, plus guidance so passengers actually wear them fastened.",
        {"kSo103": 2, "kSo104": 2, "kSo105": 2},
    ),
    (
        "kSn62",
        "vi",
        "plo_boi",
        "Chương trình phổ cập bơi có chứng nhận cho học sinh",
        "Mỗi năm nước ta có hơn 6.000 người chết đuối, trong đó gần 2.000 trẻ em. Phòng giáo dục huyện Càng Long muốn "
        "chương trình phổ cập bơi cho học sinh tiểu học với giáo trình rõ ràng, bài kiểm tra cuối khóa (ví dụ bơi được "
        "25 m) và cấp giấy chứng nhận biết bơi.",
        {"kSo093": 2, "kSo088": 2, "kSo091": 1, "kSo092": 1, "kSo112": 1},
    ),
    # --- rescue equipment and first aid ------------------------------------------------------
    (
        "kSn63",
        "en",
        "cand_xuatcap",
        "Rescue boat kits for islet hamlets",
        "Every flood season the hamlets of Long Hòa islet (Châu Thành) have only private boats to move people. After "
        "seeing national stocks of boats, tents and lifebuoys handed out for search and rescue, the commune wants its "
        "own kit for each hamlet: a small, stable rescue boat with lifebuoys, life jackets and rope.",
        {"kSo106": 2, "kSo105": 1},
    ),
    (
        "kSn64",
        "vi",
        "juyeuav",
        "Drone thả phao cứu hộ cho bãi biển",
        "Đội cứu hộ bãi biển Ba Động (Trường Long Hòa, Duyên Hải) thường không kịp bơi ra khi có người bị sóng cuốn, trong "
        "khi não có thể tổn thương không hồi phục sau khoảng năm phút chìm. Chúng tôi cần drone bay nhanh tới vị trí nạn "
        "nhân, thả phao tự bơm để giữ nổi trong lúc xuồng tới.",
        {"kSo109": 2, "kSo108": 2, "kSo110": 2, "kSo127": 1},
    ),
    (
        "kSn65",
        "en",
        "fijitimes",
        "Basic rescue and first aid for villagers far from a clinic",
        "Villagers on Hòa Minh islet are an hour from the district hospital. The commune disaster committee wants basic "
        "rescue and first-aid training for volunteers: drowning, snakebite, burns, choking, CPR and carrying the injured "
        "or elderly on improvised stretchers during floods.",
        {"kSo101": 2, "kSo128": 2, "kSo100": 1, "kSo098": 1, "kSo102": 1},
    ),
    (
        "kSn66",
        "vi",
        "houses_apartments",
        "Phao tròn, bè cứu sinh cho ghe chở khách",
        "Hợp tác xã vận tải đường thủy ở Cầu Quan (Tiểu Cần) có ghe chở khách, chở hàng qua sông Hậu. Cần mua phao tròn, "
        "phao tự thổi, bè cứu sinh có sẵn vật dụng khẩn cấp và áo phao đủ cho hành khách, kèm hướng dẫn sử dụng.",
        {"kSo105": 2, "kSo103": 1, "kSo104": 1},
    ),
    (
        "kSn67",
        "en",
        "swimminglaos",
        "CPR and rescue training for parents and caregivers",
        "Most child drownings in rural Southeast Asia come down to three gaps: supervision, swimming skill and rescue "
        "technique. A parents' association in Trà Ôn wants affordable CPR and rescue courses for parents, grandparents "
        "and childminders, held in the village or at home.",
        {"kSo102": 2, "kSo111": 2, "kSo099": 1, "kSo098": 1},
    ),
    (
        "kSn68",
        "vi",
        "baolamdong",
        "Can tap huan day boi va cuu duoi cho giao vien the duc",
        "Phong giao duc huyen Tam Binh muon giao vien the duc cac truong duoc tap huan cach day boi an toan, so cuu va "
        "hoi suc tim phoi cho nan nhan duoi nuoc, cach day tre cuu nguoi tu tren bo, de tu mo lop boi he cho hoc sinh nhu "
        "mot so noi da lam.",
        {"kSo099": 2, "kSo093": 1, "kSo100": 1, "kSo088": 1},
    ),
    # --- safe shelters, safe houses, emergency power -------------------------------------------
    (
        "kSn69",
        "vi",
        "mytour_nha",
        "Mẫu nhà an toàn chống ngập cho hộ nghèo ven sông",
        "Các hộ nghèo vùng trũng ven sông ở xã Hòa Bình (Trà Ôn) năm nào cũng ngập do lũ kết hợp triều. Hội Chữ thập đỏ "
        "huyện muốn hỗ trợ xây nhà chống lũ: nền cao hoặc có gác để trú, vật liệu chịu nước, chi phí thấp, có bản vẽ mẫu "
        "cho thợ địa phương.",
        {"kSo113": 2, "kSo115": 2, "kSo114": 2, "kSo131": 2, "kSo116": 1},
    ),
    (
        "kSn70",
        "en",
        "thvl_tranhbao",
        "Multi-purpose storm shelter that doubles as a school",
        "Long Hòa islet commune has no solid building where people can ride out a storm. Like the sturdy community "
        "shelters used in the Netherlands and the United States, we want a shelter for about 1,000 people that serves "
        "as a school or clinic in normal times, with safe upper floors, toilets, water storage and room for livestock.",
        {"kSo118": 2, "kSo120": 2, "kSo117": 2, "kSo119": 2, "kSo121": 1, "kSo123": 1, "kSo122": 1},
    ),
    (
        "kSn71",
        "vi",
        "cyclone_report",
        "Quy chế quản lý, bảo trì nhà tránh trú bão",
        "Thị xã Duyên Hải có vài nhà tránh trú bão kết hợp trường học, trạm y tế nhưng chưa rõ ai giữ chìa khóa, vật tư, "
        "ai bảo trì và lúc bình thường dùng vào việc gì. Cần bộ hướng dẫn quản lý, vận hành, bảo trì nhà tránh trú và mẫu "
        "quy chế cho ban quản lý.",
        {"kSo121": 2, "kSo122": 1, "kSo123": 1},
    ),
    (
        "kSn72",
        "en",
        "synergyfiles",
        "Solar power for a pagoda used as an evacuation point",
        "A pagoda in Trà Cú serves as the commune's evacuation point, but when storms bring the grid down there is no "
        "light and people cannot charge phones to reach relatives or rescuers. We need a solar system with batteries "
        "for lights, phone charging and a radio that keeps running for days without fuel.",
        {"kSo126": 2, "kSo125": 2, "kSo124": 2, "kSo146": 1},
    ),
    (
        "kSn73",
        "vi",
        "cyclone_report",
        "Nhà tránh bão có lối lên cho người già, xe lăn và chỗ cho gia súc",
        "Xã Trường Long Hòa (Duyên Hải) chuẩn bị xây nhà tránh trú bão cho dân ven biển. Xã muốn thiết kế có sàn đủ cao so "
        "với nước dâng, đường dốc cho người già, người khuyết tật, xe lăn và cả bò lên được, chỗ trú cho gia súc, bể nước "
        "và kho dự trữ.",
        {"kSo119": 2, "kSo117": 2, "kSo118": 1, "kSo123": 1},
    ),
    (
        "kSn74",
        "en",
        "mytour_nha",
        "Raising existing houses without rebuilding",
        "Many families in low-lying parts of Mang Thít have sound wooden houses that now flood at every spring tide. "
        "Rather than demolish, they want a design that lets the house frame be lifted off its footing onto a higher "
        "base when needed, keeping the structure intact.",
        {"kSo113": 2, "kSo114": 1, "kSo131": 1, "kSo115": 1},
    ),
    (
        "kSn75",
        "vi",
        "directoryrail",
        "Điện dự phòng năng lượng mặt trời cho trạm y tế xã khi bão",
        "Trạm y tế xã Long Khánh (Duyên Hải) mất điện nhiều ngày mỗi khi bão, không có đèn, tủ lạnh bảo quản vắc xin và "
        "thiết bị y tế phải tắt. Cần hệ điện mặt trời có ắc quy, loại di động hoặc lắp cố định, triển khai nhanh, không "
        "phụ thuộc nhiên liệu.",
        {"kSo125": 2, "kSo126": 2, "kSo124": 1},
    ),
]
