"""Needs of the holdout81 set, set in Trà Vinh / Vĩnh Long, with their judged offers.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant or an adjacent step, offers not listed = not relevant.
"""

NEEDS = [
    # --- Boat and barge building and repair --------------------------------------------------------------
    (
        "lEn01",
        "vi",
        "tauco",
        "Cần bọc composite cho ghe gỗ cũ thay vì đóng mới vỏ composite",
        "Tổ hợp tác khai thác ven bờ ở xã Long Vĩnh (Duyên Hải, Trà Vinh) đang dùng ghe vỏ gỗ, năm nào cũng phải lên đà cạo hà, "
        "trét, sơn. Anh em tính đóng mới vỏ composite nhưng nghe nói vỏ composite đắt gấp 2–3 lần vỏ gỗ, lại sợ 'va đâu móp đó'. "
        "Cần đơn vị bọc composite cho vỏ gỗ hiện có với giá hợp lý, hoặc tư vấn phương án vỏ composite vừa túi tiền.",
        {"lEo005": 2, "lEo006": 2, "lEo001": 1, "lEo003": 1, "lEo007": 1},
    ),
    (
        "lEn02",
        "en",
        "sybel",
        "FRP hulls to replace 9 m wooden river boats as timber prices climb",
        "Our family runs wooden boats of about 9 x 2 m carrying passengers and goods between Cầu Kè and the islets of the Hậu "
        "River; they draw under half a metre and use second-hand diesel engines on long shafts. Timber for new hulls now costs "
        "many times what it did, so we want fibreglass hulls of the same size and shallow draft, ideally from an existing mould.",
        {"lEo007": 2, "lEo001": 2, "lEo002": 1, "lEo003": 1, "lEo004": 1, "lEo005": 1},
    ),
    (
        "lEn03",
        "vi",
        "marinelink",
        "Sửa chữa sà lan vỏ thép bị rỉ, mỏng tôn đáy đến kỳ kiểm tra",
        "Công ty vận tải vật liệu xây dựng ở Long Hồ (Vĩnh Long) có sà lan vỏ thép đến kỳ kiểm tra vỏ định kỳ 5 năm: tôn đáy, "
        "tôn hông đã mỏng và rỉ nhiều chỗ, kẽm chống ăn mòn tiêu gần hết, hà bám dày. Cần xưởng nhận kéo lên đà hoặc vào ụ, đo "
        "chiều dày, thay tôn, phun cát, sơn chống hà và gắn lại kẽm, báo giá trọn gói.",
        {"lEo010": 2, "lEo008": 2, "lEo011": 2, "lEo012": 2, "lEo014": 1, "lEo015": 1, "lEo013": 1, "lEo009": 1},
    ),
    (
        "lEn04",
        "vi",
        "houebook",
        "Đóng mới sà lan thép tự hành chạy tuyến kênh Mang Thít",
        "Doanh nghiệp chở gạo, phân bón giữa Mang Thít và TP.HCM theo tuyến kênh Mang Thít – Chợ Lách (khoảng 185 km), ngắn hơn "
        "nhiều so với đi vòng sông Tiền nhưng bị giới hạn độ sâu, bề rộng, khúc cong và tĩnh không cầu nên chỉ tàu nhỏ đi được. "
        "Cần đơn vị thiết kế, đóng mới sà lan thép tự hành có mớn nước và chiều cao phù hợp tuyến kênh này.",
        {"lEo009": 2, "lEo008": 2, "lEo076": 1},
    ),
    (
        "lEn05",
        "en",
        "solarmt",
        "Quiet electric or solar boats for homestay river tours on An Bình islet",
        "Our homestay cooperative on An Bình islet (Long Hồ, Vĩnh Long) takes visitors through small canals in petrol boats that "
        "are noisy, smell of exhaust and pollute the water. We want quiet boats for small groups running on solar or battery "
        "power, either new boats or conversions of our existing hulls, able to run a few hours a day in narrow canals.",
        {"lEo022": 2, "lEo023": 2, "lEo027": 2, "lEo024": 2, "lEo026": 1, "lEo025": 1},
    ),
    (
        "lEn06",
        "vi",
        "duckboats",
        "Doi may xang duoi tom sang may dien cho xuong cho hang",
        "Nha toi o Tieu Can (Tra Vinh) co xuong cho hang trong rach, chay may xang duoi tom, ton xang va on. Muon chuyen sang may "
        "dien gan ngoai nhung lo gia pin cao, lo pin lithium gap nuoc de chay, lo chay khong du xa, doi xang thi de hon sac dien. "
        "Can nguoi tu van chon cong suat, pin va lap thu mot may.",
        {"lEo024": 2, "lEo026": 2, "lEo025": 1, "lEo023": 1, "lEo022": 1},
    ),
    (
        "lEn07",
        "en",
        "contwave",
        "Repair of blistering on fibreglass tour boats kept in the water",
        "We operate fibreglass tour boats on the riverfront in Vĩnh Long that stay moored in the river most of the year. Below "
        "the waterline the gelcoat now shows shallow rash-like spots and some larger blisters. We need someone to tell us whether "
        "it is still cosmetic and to repair and seal the hulls before the next season, preferably without redoing all the gelcoat.",
        {"lEo016": 2, "lEo017": 2, "lEo002": 1},
    ),
    (
        "lEn08",
        "vi",
        "anodesz",
        "Chống ăn mòn cho ghe vỏ thép quanh chân vịt và bánh lái",
        "HTX vận tải thủy ở Càng Long (Trà Vinh) có ghe vỏ thép chạy vùng nước lợ; chỉ sau vài năm tôn quanh chân vịt đồng, trục "
        "và bánh lái bị rỗ rất nhanh. Cần tư vấn tính khối lượng, số lượng và vị trí gắn kẽm hy sinh, chọn sơn lót giàu kẽm phù "
        "hợp, để vỏ bền lâu mà không phải thay tôn thường xuyên.",
        {"lEo015": 2, "lEo014": 2, "lEo013": 1, "lEo010": 1},
    ),
    (
        "lEn09",
        "en",
        "marineclassics",
        "Lighter aluminium-hull passenger boat for the Định An river crossing",
        "Our passenger service at Định An (Trà Cú) crosses the Hậu River with a heavy steel boat. We want a new passenger boat "
        "with an aluminium hull and cabin: lighter than steel for less fuel and more speed, and tougher than fibreglass against "
        "knocks at crowded landings, where a dent can simply be hammered out. Looking for yards that design and build such craft.",
        {"lEo021": 2, "lEo020": 2, "lEo001": 2},
    ),
    (
        "lEn10",
        "vi",
        "soha",
        "Xuồng cứu nạn không chìm cho đội cứu hộ xã vùng cù lao",
        "Sau nhiều vụ lật thuyền, cháy tàu gần đây, UBND một xã cù lao ở Trà Ôn (Vĩnh Long) muốn trang bị xuồng cứu nạn cho đội "
        "xung kích: vỏ không chìm khi bị thủng, chạy được rạch cạn lúc nước ròng, chui lọt cầu thấp, có chỗ vớt người dưới nước "
        "dễ dàng. Cần đơn vị cung cấp và chuyển giao.",
        {"lEo019": 2, "lEo018": 1, "lEo001": 1, "lEo020": 1},
    ),
    (
        "lEn11",
        "en",
        "marinelink",
        "Haul-out yard for barges: five-year hull inspection, blasting and repainting",
        "A group of barge owners in Long Hồ (Vĩnh Long) needs a yard that can lift or dock our steel barges for the periodic "
        "hull inspection, sandblast the bottom, renew worn plates and repaint with antifouling; local slipways cannot take our "
        "size. We want capacity for several barges under one contract and a price per docking.",
        {"lEo011": 2, "lEo012": 2, "lEo008": 2, "lEo010": 2, "lEo014": 1, "lEo009": 1},
    ),
    (
        "lEn12",
        "vi",
        "tauco",
        "Chuyển xưởng đóng ghe gỗ sang đóng ghe composite: đào tạo thợ, làm khuôn",
        "Cơ sở đóng ghe gỗ gia truyền ở Chợ Lách (nay thuộc tỉnh Vĩnh Long) thấy gỗ ngày càng đắt, khách hỏi ghe vỏ composite "
        "nhiều hơn, nhưng ở Việt Nam tàu composite vẫn còn mới lạ và các cơ sở truyền thống chưa làm. Cần khóa đào tạo thợ kỹ "
        "thuật đóng và sửa vỏ sợi thủy tinh, hỗ trợ làm khuôn và tính toán chi phí, giá bán trước khi đầu tư.",
        {"lEo003": 2, "lEo002": 2, "lEo007": 2, "lEo004": 1, "lEo001": 1},
    ),
    (
        "lEn13",
        "en",
        "dinhkhao",
        "Battery-electric ferry for the Đình Khao crossing on the Cổ Chiên River",
        "Since Trà Vinh, Bến Tre and Vĩnh Long merged, traffic at the Đình Khao ferry on the Cổ Chiên has grown and the diesel "
        "ferries run more often, especially at peak hours. The ferry operator is studying a battery-electric ferry for this "
        "short fixed crossing, charged at the landing between trips, and wants partners with proven designs.",
        {"lEo028": 2, "lEo021": 1, "lEo027": 1},
    ),
    # --- Ferry and waterway safety ----------------------------------------------------------------------
    (
        "lEn14",
        "vi",
        "huengaynay",
        "Áo phao đạt chuẩn, có áo trẻ em cho bến đò ngang",
        "Bến đò ngang của chúng tôi ở Long Vĩnh (Duyên Hải) có 4 chiếc đò chạy thường xuyên; đò có áo phao nhưng khách 'người mặc "
        "người không', nhiều áo đã cũ, thiếu cỡ trẻ em, có chủ đò nhắc cho có. Cần mua áo phao đạt chuẩn, đủ lực nổi, có loại cho "
        "trẻ em, và được hướng dẫn cách mặc, cài cho đúng để nhắc khách trước khi rời bến.",
        {"lEo034": 2, "lEo035": 1, "lEo036": 1},
    ),
    (
        "lEn15",
        "en",
        "tvcauke",
        "Automatic counting of passengers and motorbikes per boat at Cầu Kè crossings",
        "We run passenger boats from Đường Đức landing in Ninh Thới (Cầu Kè) across the Hậu River. Normally a boat arrives every "
        "50–60 minutes with 15–20 passengers and about 10 motorbikes, but before Tết we add boats and sail every 15 minutes and "
        "counting by eye becomes unreliable. We want an automatic count of people and motorbikes boarding each trip.",
        {"lEo038": 2, "lEo041": 2, "lEo039": 2, "lEo040": 1, "lEo037": 1},
    ),
    (
        "lEn16",
        "vi",
        "tvbendo",
        "Bán vé điện tử và kiểm soát số khách trên tuyến đò Định An – Cù Lao Dung",
        "Tuyến đò ngang từ thị trấn Định An (Trà Cú) sang Cù Lao Dung mỗi ngày có gần 1.000 lượt phương tiện chở khách, xe mô-tô "
        "qua lại. Bán vé giấy khó kiểm soát số khách từng chuyến và dễ thất thu. Cần hệ thống vé điện tử, cổng soát vé tự động và "
        "thống kê số khách, số xe theo từng chuyến.",
        {"lEo040": 2, "lEo039": 2, "lEo038": 1, "lEo042": 1},
    ),
    (
        "lEn17",
        "en",
        "bdstar",
        "Stopping overloading of passenger boats during the Tết rush",
        "At river crossings in Trà Vinh the holiday rush brings boats carrying far more people than their stated capacity, "
        "and the officers on duty do not check. Our transport department wants each boat's capacity displayed at boarding and "
        "an automatic count of passengers boarding against that limit, with records that can be used for enforcement.",
        {"lEo038": 2, "lEo041": 2, "lEo039": 2, "lEo042": 1, "lEo037": 1},
    ),
    (
        "lEn18",
        "vi",
        "husick",
        "Báo động người rơi xuống sông cho đò chạy ban đêm",
        "Đò chở khách và công nhân ở Trà Cú chạy cả chuyến tối trên sông Hậu. Người rơi xuống nước lúc tối có thể mất dấu trong "
        "chưa đầy một phút; đò chạy 6 hải lý/giờ thì sau một phút đã cách xa khoảng 180 m. Cần thiết bị đeo theo người, tự báo "
        "động trên đò và chỉ vị trí người rơi để quay lại vớt.",
        {"lEo043": 2, "lEo045": 2, "lEo044": 1},
    ),
    (
        "lEn19",
        "en",
        "boatgalley",
        "Phone alerts when water gets into moored cargo boats at night",
        "Cargo boat owners at Bình Minh (Vĩnh Long) leave boats moored overnight with nobody aboard. We want to know about water "
        "coming in as early as possible, before it is over the floorboards: simple water sensors in the engine room and holds "
        "that sound an alarm and send a message to the owner's phone, without a costly hard-wired installation.",
        {"lEo047": 2, "lEo046": 2, "lEo060": 1},
    ),
    (
        "lEn20",
        "vi",
        "vlchimghe",
        "Den bao hieu cho bai coc ngam tren song Co Chien",
        "Doan song Co Chien qua xa My An (Mang Thit, Vinh Long) co bai coc dua dong giua song, ban dem khong thay bien bao nen ghe "
        "cho hon 26 tan lua vuong coc, nghieng roi chim. Xa can lap phao va den bao hieu chay nang luong mat troi danh dau bai coc, "
        "sang ca dem, it phai bao tri.",
        {"lEo048": 2, "lEo052": 2, "lEo049": 2, "lEo050": 2},
    ),
    (
        "lEn21",
        "en",
        "lanchas",
        "Navigation lights for small motor cargo boats under 12 m",
        "Members of our boat owners' group in Vũng Liêm run small motor cargo boats under 12 m that increasingly travel after "
        "dark and in rain, and many carry only a hand torch. We need affordable, correctly arranged navigation lights (all-round "
        "white light and red and green sidelights) and advice on mounting them on narrow hulls.",
        {"lEo051": 2},
    ),
    (
        "lEn22",
        "vi",
        "tvcand",
        "Theo dõi vị trí đò, phà bằng GPS theo thời gian thực",
        "Địa bàn Trà Vinh cũ có 158 bến thủy nội địa, 52 bến khách và hơn 5.000 phương tiện; mỗi năm tuần tra hàng nghìn lượt vẫn "
        "phát hiện nhiều vi phạm, có phương tiện tự ý hoán cải. Cơ quan quản lý muốn gắn thiết bị định vị cho đò, phà chở khách "
        "để theo dõi vị trí, tốc độ, hành trình trên bản đồ theo thời gian thực và lưu lịch sử.",
        {"lEo053": 2, "lEo056": 2, "lEo122": 2, "lEo054": 1, "lEo059": 1},
    ),
    (
        "lEn23",
        "en",
        "biendong",
        "Low-cost electronic chart display for the shifting Định An channel",
        "Shallow points in the Hậu River mouth channel near Định An keep moving between surveys. Our fishing and cargo boats at "
        "Trà Cú have GPS receivers but no chart display, and full ECDIS is far too expensive for us. We need a cheap electronic "
        "chart system on a laptop or small computer that shows our position on up-to-date charts.",
        {"lEo057": 2, "lEo058": 2, "lEo060": 2, "lEo059": 1},
    ),
    (
        "lEn24",
        "en",
        "chirp",
        "Safety briefing and lifejacket routine for covered tour boats at Cồn Chim",
        "Our community tourism group at Cồn Chim (Trà Vinh) runs boats with a roof and side curtains. Passengers often do not "
        "hear the safety announcement, and we are unsure whether people sitting under the roof should wear lifejackets all the "
        "time. We want a clear briefing routine that crews actually deliver and suitable lifejackets.",
        {"lEo035": 2, "lEo034": 2, "lEo037": 1},
    ),
    (
        "lEn25",
        "vi",
        "safety4sea",
        "Bè cứu sinh cho tàu khách chạy ra cù lao ven biển",
        "HTX vận tải hành khách ở Duyên Hải có tàu chở khách ra cù lao và vùng cửa sông. Tàu đủ áo phao cho từng người nhưng chưa "
        "có bè cứu sinh; nếu tàu chìm khi sóng gió, khách phải trôi dưới nước chờ cứu. Cần mua và lắp bè cứu sinh tự thổi đủ cho "
        "số người trên tàu.",
        {"lEo036": 2, "lEo034": 1},
    ),
    (
        "lEn26",
        "en",
        "bdobserver",
        "Making sand barges visible to passenger boats at night",
        "Many collisions on our rivers involve sand-laden barges that sit low in the water and are hard to see in poor light; "
        "passenger boats hit them head-on. The waterway authority in Vĩnh Long wants sand barges and passenger boats on the Cổ "
        "Chiên to broadcast their identity and position so that other boats and the shore station can see them.",
        {"lEo053": 2, "lEo056": 1, "lEo059": 1, "lEo051": 1},
    ),
    # --- Small river ports, landing stages, loading and dredging ----------------------------------------
    (
        "lEn27",
        "vi",
        "wikidock",
        "Cầu phao nổi cho bến khách ngang sông thay bậc bê tông",
        "Bến khách ngang sông ở An Phú Tân (Cầu Kè) chỉ có bậc cấp bê tông; nước lên xuống theo triều, lúc ròng khách phải bước "
        "xuống bậc rêu trơn, lúc lớn thì ngập. Cần cầu phao nổi nối bờ bằng cầu dẫn, mặt phao luôn ngang sàn đò dù mực nước thay "
        "đổi, chịu được người và xe máy.",
        {"lEo068": 2, "lEo070": 2, "lEo067": 2, "lEo069": 2},
    ),
    (
        "lEn28",
        "en",
        "houebook",
        "Conveyor loading of bagged rice from warehouse to barges",
        "Our rice mill in Vũng Liêm loads bags onto barges by porters walking a plank; it takes most of a day per barge and bags "
        "get wet or torn. Loading and unloading with outdated methods is one of the biggest items in our logistics costs. We want "
        "a conveyor system from the warehouse or trucks down into the barge that copes with the changing river level.",
        {"lEo071": 2, "lEo072": 2, "lEo074": 2, "lEo073": 1},
    ),
    (
        "lEn29",
        "vi",
        "vnexplog",
        "Phân tích chuyển chở gạo từ xe tải sang sà lan",
        "Nhà máy xay xát ở Bình Minh đang chở gạo ra cảng ở TP.HCM bằng xe tải; chi phí logistics chiếm khoảng 30 % giá sản phẩm, "
        "cao hơn nhiều so với Thái Lan (12,5 %) và mức trung bình thế giới (14 %). Cần đơn vị phân tích so sánh chi phí, nhiên "
        "liệu, thời gian giữa xe tải và sà lan để quyết định có chuyển sang đường thủy hay không.",
        {"lEo077": 2, "lEo076": 1, "lEo073": 1},
    ),
    (
        "lEn30",
        "en",
        "vnnewsloss",
        "Preventing moisture damage to bagged rice in export containers",
        "Our cooperative in Tam Bình (Vĩnh Long) sells bagged rice that is stuffed into containers at the river port for export. "
        "Storage losses in the Delta are already high, and buyers have complained of mould and caking after the voyage. We need "
        "a proper container stuffing procedure: liners, stacking of 25–50 kg bags, desiccants, ventilation and securing.",
        {"lEo075": 2, "lEo152": 1, "lEo099": 1, "lEo098": 1},
    ),
    (
        "lEn31",
        "vi",
        "camaunaovet",
        "Nạo vét kênh nội đồng bị bồi lấp, ghe chở lúa không vào được",
        "Kênh nội đồng ở xã Hòa Ân (Cầu Kè) bồi lấp nhanh, lòng kênh hẹp, ghe chở lúa và vật tư mắc cạn khi nước ròng, giống cảnh "
        "hàng trăm tàu mắc cạn ở các cửa sông bị bồi. Xáng cạp lớn không vào được, bờ kênh lại yếu. Cần thiết bị nạo vét nhỏ, "
        "làm được cả trên bùn lầy lẫn dưới nước.",
        {"lEo079": 2, "lEo078": 2, "lEo080": 1, "lEo081": 1},
    ),
    (
        "lEn32",
        "en",
        "mdpi",
        "Beneficial use of canal dredging mud instead of dumping it on the banks",
        "Our district in Trà Vinh dredges mud from irrigation and transport canals every dry season and piles it on the banks, "
        "where it washes back. We want advice on reusing the material, for example to raise low land, for agriculture or as "
        "construction fill, including how to test it for contamination and how to dewater it.",
        {"lEo082": 2, "lEo083": 2},
    ),
    (
        "lEn33",
        "vi",
        "plokenh",
        "Theo dõi bồi lắng và nạo vét duy tu luồng vào bến ở Định An",
        "Cửa Định An bồi lắng rất nhanh: mỗi năm tốn khoảng 15 tỷ đồng nạo vét cho tàu 5.000 tấn ra vào nhưng chỉ 2–3 tháng sau "
        "luồng lại cạn. Doanh nghiệp khai thác bến ở Định An cần giải pháp theo dõi diễn biến bồi lắng và dịch vụ nạo vét duy tu "
        "vũng bến, luồng vào bến.",
        {"lEo084": 2, "lEo081": 2, "lEo080": 2, "lEo090": 1},
    ),
    (
        "lEn34",
        "en",
        "kenhtat",
        "Dredging a silted berth pocket at a river port near Kênh Tắt",
        "Our small river port near the 9 km Kênh Tắt (85 m wide, 6.5 m deep) in Duyên Hải, opened to sea-going ships in 2016, "
        "is silting up: sediment carried through the canal settles in the berth pocket and barges now touch bottom at low tide. "
        "We need a dredging contractor able to work close to the quay and pump the spoil ashore.",
        {"lEo080": 2, "lEo081": 2, "lEo078": 1, "lEo084": 1},
    ),
    (
        "lEn35",
        "en",
        "onesilq",
        "Covered barges to carry bagged fertiliser and rice without rain damage",
        "Our trading company in Trà Ôn moves bagged fertiliser upstream and bagged rice downstream in open barges under "
        "tarpaulins, and rain still gets in. We want covered dry-cargo barges, or covers fitted to our existing hulls, so "
        "sensitive cargo stays dry between loading and unloading.",
        {"lEo076": 2, "lEo009": 1},
    ),
    (
        "lEn36",
        "vi",
        "floatshop",
        "Cau phao thao lap cho ben ghe theo mua nuoc",
        "Ben ghe cua HTX o Tra On (Vinh Long) mua nuoc noi thi ngap, mua kho thi bai bun keo dai ra xa. Can cau phao noi neo bang "
        "coc hoac day, co cau dan tu bo xuong truot theo muc nuoc, co the thao ra di chuyen theo tung mua, chiu duoc nguoi khieng hang.",
        {"lEo070": 2, "lEo068": 2, "lEo069": 2, "lEo067": 2},
    ),
    (
        "lEn37",
        "en",
        "baovllog",
        "Loading equipment for a river port becoming a logistics centre",
        "Our port company in Vĩnh Long is upgrading a river port into a regional logistics centre handling mainly rice and "
        "building materials under the province's logistics plan. We need bulk and bagged cargo loading equipment and a layout "
        "design for moving goods between trucks, the warehouse and barges.",
        {"lEo073": 2, "lEo071": 2, "lEo072": 2, "lEo074": 2},
    ),
    (
        "lEn38",
        "vi",
        "beardstown",
        "Dùng bùn nạo vét kênh tôn cao đất trũng trồng màu",
        "Xã ở Bình Tân (Vĩnh Long) mỗi năm nạo vét kênh thủy lợi, bùn đổ dọc bờ. Ruộng trũng gần đó hay ngập, xã muốn dùng bùn nạo "
        "vét tôn nền để trồng khoai lang, rau màu, vì bùn sông vốn là đất mặt và chất hữu cơ trôi xuống. Cần hướng dẫn kiểm tra "
        "chất lượng bùn, cách đổ, làm khô và cải tạo để canh tác được.",
        {"lEo083": 2, "lEo082": 2},
    ),
    # --- Warehouses and consolidation points for farm produce -------------------------------------------
    (
        "lEn39",
        "vi",
        "localagg",
        "Điểm thu gom rau chung cho tổ hợp tác ở Cầu Ngang",
        "Tổ hợp tác trồng rau ở Cầu Ngang, mỗi nhà bán lẻ cho thương lái nên bị ép giá, tốn công chở, không đủ số lượng và độ đồng "
        "đều cho bếp ăn trường học, siêu thị. Muốn lập một điểm thu gom chung có cân, bàn phân loại, đóng gói, chỗ để tạm và xe "
        "chở chung để bán số lượng lớn.",
        {"lEo092": 2, "lEo091": 2, "lEo093": 2, "lEo094": 2},
    ),
    (
        "lEn40",
        "en",
        "sggprice",
        "Affordable sealed storage for paddy kept by farm households",
        "Farmers in our cooperative in Tam Bình keep part of each harvest at home in bags under tarpaulins while waiting for "
        "better prices, and the stored paddy yellows and gets weevils; post-harvest losses in the Delta run at 12–15 % or more. "
        "We want a cheap sealed storage method a household can use for a few tonnes.",
        {"lEo097": 2, "lEo098": 2, "lEo095": 1, "lEo099": 1},
    ),
    (
        "lEn41",
        "vi",
        "vnnewsloss",
        "Dau tu may say va kho chua lua chung cho HTX",
        "HTX lua o Vung Liem (Vinh Long) phai ban lua tuoi ngay tai ruong vi khong co may say, khong co kho; vu he thu mua dam lua "
        "de nay mam. Nghe noi ton that khau say chiem 4,2 %, khau bao quan 2,9 %, moi ha mat khoang 12 trieu dong moi nam. Can mo "
        "hinh dau tu may say va kho hoac silo chua lua cho ca HTX quan ly chung.",
        {"lEo100": 2, "lEo101": 2, "lEo095": 2, "lEo096": 2},
    ),
    (
        "lEn42",
        "en",
        "irriscribd",
        "Stacking layout for a rice trader's warehouse",
        "Our paddy and rice warehouse in Trà Ôn stacks bags directly on the concrete floor against the walls; in this humid "
        "climate the lower bags take up moisture and stacks have collapsed. We need practical guidance on stack height, "
        "pallets, spacing and covering so stock stays dry, is easy to load and unload, and can be fumigated.",
        {"lEo099": 2, "lEo097": 1, "lEo098": 1},
    ),
    (
        "lEn43",
        "vi",
        "wmstmd",
        "Phần mềm quản lý kho nhập – xuất – tồn cho cơ sở thu mua dừa",
        "Cơ sở thu mua, sơ chế dừa ở Càng Long có hai kho, mỗi ngày nhập xuất nhiều chuyến cho nhà máy và thương lái; đang ghi sổ "
        "tay nên tồn kho hay lệch, tìm hàng mất thời gian. Cần phần mềm quản lý kho theo lô nhập, vị trí, xuất – tồn, dùng được "
        "trên điện thoại.",
        {"lEo102": 2, "lEo103": 2, "lEo104": 2},
    ),
    (
        "lEn44",
        "en",
        "colonial",
        "Consolidating part-loads from small fruit shippers in Chợ Lách",
        "Small fruit and seedling shippers in Chợ Lách (now part of Vĩnh Long) each send part-loads to Ho Chi Minh City and pay "
        "for half-empty trucks; retailers there now order smaller quantities more often. We want a consolidation point where "
        "partial shipments are combined into full truckloads and sorted for delivery at the other end.",
        {"lEo105": 2, "lEo106": 2, "lEo113": 1, "lEo115": 1},
    ),
    (
        "lEn45",
        "en",
        "chodua2",
        "Coconut collection point for cooperative members in Tiểu Cần",
        "Members of our coconut cooperative in Tiểu Cần still take boatloads of dry coconuts to the floating coconut market on "
        "the Thom River in Bến Tre to sell to depots. We want our own collection point where members' nuts are counted, graded "
        "and sold in bulk to processors, with room to hold them for a few days.",
        {"lEo091": 2, "lEo093": 2, "lEo092": 2, "lEo094": 2, "lEo105": 1},
    ),
    (
        "lEn46",
        "vi",
        "technowave",
        "Quét mã vạch bao gạo khi nhập xuất kho",
        "Kho gạo của doanh nghiệp ở Bình Minh chứa nhiều nghìn bao, kiểm kê bằng tay mất cả ngày và hay nhầm lô. Muốn dán mã vạch "
        "cho từng lô, từng bao và dùng máy quét hoặc điện thoại để ghi nhận nhập, xuất, vị trí và tồn kho ngay lập tức, lưu vào "
        "hệ thống quản lý kho.",
        {"lEo104": 2, "lEo102": 1, "lEo103": 1},
    ),
    (
        "lEn47",
        "en",
        "rkbassam",
        "Keeping rice seed viable through storage in humid weather",
        "Our seed cooperative in Trà Vinh stores certified rice seed between seasons in very humid conditions, and germination "
        "drops badly; seed life is roughly halved for every 1 % rise in moisture. We need storage that keeps seed at about 12 % "
        "moisture and free of insects, rodents and birds for several months.",
        {"lEo097": 2, "lEo098": 2, "lEo099": 1},
    ),
    (
        "lEn48",
        "vi",
        "otfs",
        "Điểm trung chuyển nhận hàng từ nhiều HTX, chia đơn giao trong ngày",
        "Chuỗi cửa hàng nông sản sạch ở thành phố Trà Vinh nhận rau, trái cây từ nhiều HTX, mỗi HTX tự chở đến từng cửa hàng nên "
        "tốn xe, giao lệch giờ. Cần mô hình điểm trung chuyển: hàng từ các xe đến được dỡ xuống, chia theo cửa hàng và xếp ngay "
        "lên xe giao trong ngày, gần như không lưu kho.",
        {"lEo106": 2, "lEo105": 2},
    ),
    (
        "lEn49",
        "en",
        "comcec",
        "Rural hub combining produce collection, inputs and training",
        "Our cooperative union in Càng Long wants one rural business hub: members bring produce for collection and packing, "
        "buy inputs, get technical advice and reach credit there, and buyers and processors can procure from many farmers in "
        "one place instead of visiting each village.",
        {"lEo094": 2, "lEo091": 1, "lEo092": 1},
    ),
    (
        "lEn50",
        "vi",
        "fftc",
        "Kho chứa lúa kín có thông gió để trữ vài tháng",
        "HTX nông nghiệp ở Trà Cú muốn trữ lúa sau thu hoạch trong 3–6 tháng chờ giá, nhưng kho phẳng hiện có nóng, ẩm, chim "
        "chuột phá, lúa giảm phẩm chất khi xay. Cần kho hoặc silo kín, có thông gió, kiểm soát nhiệt độ và ẩm độ, phù hợp quy mô "
        "vài trăm tấn.",
        {"lEo095": 2, "lEo096": 2, "lEo097": 2, "lEo098": 1},
    ),
    (
        "lEn51",
        "en",
        "logisticscouk",
        "Real-time stock across two export warehouses",
        "Our agricultural export company in Trà Vinh City keeps stock in two warehouses, and the sales team often promises "
        "goods that are not there or shows them as out of stock when they are. We need warehouse and inventory software that "
        "shows stock by product and location in real time and updates on every receipt and dispatch.",
        {"lEo102": 2, "lEo104": 2, "lEo103": 2},
    ),
    # --- Trucking and delivery management ---------------------------------------------------------------
    (
        "lEn52",
        "vi",
        "foodlogistics",
        "Tìm hàng chiều về cho xe chở trái cây lên TP.HCM",
        "HTX trái cây ở Cái Mơn (Chợ Lách) thuê xe tải chở hàng lên chợ đầu mối TP.HCM mỗi đêm, chiều về xe chạy rỗng nên cước "
        "cao; chủ xe phải gọi điện cho môi giới, mất phần trăm hoa hồng. Muốn dùng ứng dụng hoặc sàn kết nối để tìm hàng chở chiều "
        "về Vĩnh Long, Trà Vinh, hoặc ghép hàng với chủ hàng khác.",
        {"lEo115": 2, "lEo114": 2, "lEo113": 2, "lEo116": 2, "lEo117": 1},
    ),
    (
        "lEn53",
        "en",
        "dispatchtrack",
        "Route optimisation for a delivery fleet serving shops every day",
        "Our distribution company in Vĩnh Long delivers groceries and farm products to dozens of shops daily with a dozen trucks. "
        "Routes are planned by one dispatcher, trucks overlap, drive extra kilometres and miss delivery windows. We want "
        "software that assigns stops to trucks and sequences them with time windows and truck capacity, with accurate ETAs.",
        {"lEo118": 2, "lEo119": 2, "lEo120": 1, "lEo121": 1},
    ),
    (
        "lEn54",
        "vi",
        "ghaw",
        "Module lập lộ trình có ràng buộc tải trọng và khung giờ giao",
        "Công ty phân phối nông sản ở Trà Vinh đang tự viết phần mềm điều xe, cần module giải bài toán định tuyến xe có giới hạn "
        "tải trọng và khung giờ giao tại từng điểm (VRPTW), cho ra phân công khách cho từng xe và giờ đến dự kiến, để tích hợp "
        "vào hệ thống; ưu tiên thư viện mã nguồn mở có ví dụ mẫu.",
        {"lEo120": 2, "lEo121": 2, "lEo118": 1, "lEo119": 1},
    ),
    (
        "lEn55",
        "en",
        "vietjack",
        "Live GPS tracking and alerts for a small truck fleet",
        "We own a few trucks in Cầu Ngang carrying aquaculture feed and produce. We want to see where each truck is in real "
        "time, its speed and route history, with alerts for speeding, unauthorised stops or theft, on a web dashboard and a "
        "phone, plus reminders for periodic maintenance.",
        {"lEo122": 2, "lEo125": 2, "lEo124": 1, "lEo123": 1, "lEo147": 1},
    ),
    (
        "lEn56",
        "vi",
        "katsana",
        "Giám sát nhiên liệu, chống rút trộm dầu xe tải",
        "Chủ đội xe tải ở Tiểu Cần thấy tiền dầu chiếm phần lớn chi phí vận hành, nghi tài xế khai khống hóa đơn đổ dầu và rút dầu "
        "khi xe đậu qua đêm. Cần thiết bị đo mức dầu trong bình, ghi lại mỗi lần đổ và cảnh báo khi mức dầu tụt bất thường.",
        {"lEo126": 2, "lEo127": 2},
    ),
    (
        "lEn57",
        "en",
        "evodax",
        "Proof of delivery for OCOP products delivered to shops",
        "Our company in Trà Vinh delivers OCOP products such as dried fish, coconut candy and rice to shops and agents. Disputes "
        "over missing or damaged cartons are frequent because paper delivery notes get lost. We need drivers to capture "
        "signatures, photos and notes at each drop and have them sent to the office at once.",
        {"lEo128": 2, "lEo119": 2, "lEo129": 1},
    ),
    (
        "lEn58",
        "vi",
        "viettelnet",
        "Lắp camera giám sát theo Nghị định 10 cho xe khách, xe đầu kéo",
        "HTX vận tải ở Duyên Hải có xe khách từ 9 chỗ trở lên và xe đầu kéo container phải lắp camera theo Nghị định 10/2020: ghi "
        "hình lái xe, khoang khách, cửa lên xuống, lưu trữ đủ thời gian và cung cấp dữ liệu cho cơ quan chức năng. Cần nhà cung "
        "cấp lắp đặt trọn gói.",
        {"lEo124": 2, "lEo125": 2},
    ),
    (
        "lEn59",
        "en",
        "johnpratt",
        "Last-mile delivery for online sales of fruit from Chợ Lách",
        "Our fruit cooperative in Chợ Lách started selling pomelo and other fruit online to city customers, but the last mile "
        "eats more than half of our delivery cost and failed deliveries add more. We need a partner that lists our products for "
        "buyers and delivers to their doors across the country.",
        {"lEo130": 2, "lEo131": 1, "lEo118": 1},
    ),
    (
        "lEn60",
        "vi",
        "dinhvioto",
        "Phần mềm quản lý điều hành đội xe, định mức dầu và tính cước",
        "Doanh nghiệp vận tải có khoảng hai chục xe tải và container ở Vĩnh Long đang quản lý chi phí bằng Excel: dầu, lốp, nhớt, "
        "phí đường bộ, lương phụ xe. Cần phần mềm quản lý điều hành phương tiện có định mức theo loại xe, tuyến, tự tính cước và "
        "chi phí từng chuyến.",
        {"lEo123": 2, "lEo122": 1, "lEo126": 1},
    ),
    (
        "lEn61",
        "en",
        "bizhub",
        "Chaining multi-leg rice shipments with a map of truck positions",
        "Rice from our mills in Trà Vinh goes through the Southeastern region in several legs with different trucks before "
        "reaching buyers, adding cost per tonne. Goods wait at transfer yards because the dispatcher does not know when a leg "
        "is finished. We want dispatch software that shows every truck on a map and lets us assign the next leg as soon as one ends.",
        {"lEo117": 2, "lEo113": 1, "lEo122": 1},
    ),
    (
        "lEn62",
        "vi",
        "usatrucker",
        "Tim hang cho xe tai nho cho trai cay",
        "Minh co 2 xe tai nho o Tra On (Vinh Long) cho trai cay di Can Tho, TP.HCM, nhieu hom chay mot chieu, ve xe rong. Can app "
        "de dang xe trong, tu goi y don hang gan tuyen minh chay va dung loai xe, bao gia nhanh, khong phai goi dien khap noi.",
        {"lEo114": 2, "lEo115": 2, "lEo113": 2, "lEo116": 2},
    ),
    (
        "lEn63",
        "en",
        "truckfleet",
        "Cutting fuel losses on a fruit wholesaler's truck fleet",
        "Our fruit wholesale business in Vĩnh Long runs a fleet of trucks with company fuel cards. Fuel is our largest cost "
        "and we suspect phantom refuelling stops and siphoning. We want fuel sensors and telematics that reconcile fuel bought, "
        "burned and remaining, with alerts for refuelling outside approved stations.",
        {"lEo126": 2, "lEo127": 2, "lEo122": 1},
    ),
    # --- Cold and dry transport of produce by boat and truck ---------------------------------------------
    (
        "lEn64",
        "vi",
        "vovcold",
        "Kho lạnh nhỏ chi phí thấp tại điểm thu gom trái cây",
        "Hệ thống kho lạnh quy mô nhỏ ở ĐBSCL mới đáp ứng khoảng 30 % nhu cầu, trái cây cần được làm lạnh càng sớm càng tốt sau thu "
        "hoạch. HTX cam sành ở Tam Bình (Vĩnh Long) cần một kho lạnh nhỏ ngay tại điểm thu gom để giữ trái 1–2 tuần chờ xe, chi "
        "phí đầu tư và tiền điện thấp.",
        {"lEo137": 2, "lEo136": 2, "lEo134": 2, "lEo135": 2, "lEo139": 2, "lEo138": 2, "lEo141": 1},
    ),
    (
        "lEn65",
        "en",
        "coolingindia",
        "Pay-per-use cold storage for rambutan and longan growers",
        "Rambutan and longan growers in Long Hồ (Vĩnh Long) lose much fruit when prices crash at peak harvest; farmers who can "
        "store longer get better prices, but none of us can afford a cold store. We want cold storage near the orchards that "
        "we pay for only by the crate or kilo used, run by a service provider.",
        {"lEo134": 2, "lEo139": 2, "lEo135": 2, "lEo137": 1},
    ),
    (
        "lEn66",
        "vi",
        "giscostorage",
        "Chuyển từ bao tải sang thùng nhựa khi chở trái cây",
        "Vựa trái cây ở Cái Mơn (Chợ Lách) đóng chôm chôm, măng cụt vào bao tải, sọt tre chở lên TP.HCM, hàng dập nhiều. Muốn "
        "chuyển sang thùng nhựa tái sử dụng; cần biết loại thùng, cách xếp lên xe, cách tổ chức thu hồi thùng và vệ sinh để bảo "
        "đảm an toàn thực phẩm.",
        {"lEo142": 2, "lEo143": 2, "lEo144": 1},
    ),
    (
        "lEn67",
        "vi",
        "coldlink",
        "Xe tải lạnh chở tôm có ghi nhiệt độ suốt chuyến",
        "Cơ sở thu mua tôm ở Duyên Hải chở tôm đi Cần Thơ bằng xe thùng kín ướp đá; thiếu phương tiện vận chuyển lạnh nên nhiều "
        "chuyến về tới nơi tôm đã giảm chất lượng. Cần mua xe tải lạnh cỡ nhỏ hoặc đóng lại thùng lạnh cho xe đang có, kèm ghi "
        "nhiệt độ suốt chuyến.",
        {"lEo148": 2, "lEo149": 2, "lEo150": 2, "lEo145": 1, "lEo147": 1, "lEo146": 1},
    ),
    (
        "lEn68",
        "en",
        "cooltrax",
        "Real-time temperature alerts for reefer trucks carrying fruit",
        "Our fruit export company in Vĩnh Long runs reefer trucks to the port, and we only learn about temperature problems "
        "when a load is rejected; data loggers only tell us afterwards. We want remote monitoring of reefer temperature and door "
        "openings with real-time alerts, remote setpoint checks and trip temperature records.",
        {"lEo146": 2, "lEo145": 2, "lEo147": 2},
    ),
    (
        "lEn69",
        "vi",
        "quangthang",
        "Hầm giữ đá cho ghe chở cá từ Định An ra chợ",
        "Ghe của vựa cá ở Định An (Trà Cú) chở cá ướp đá trong hầm gỗ lót xốp; đá tan nhanh, hầm chỉ vài năm là mất khả năng giữ "
        "nhiệt, hao hụt sau khai thác tới 20–30 %. Muốn làm lại hầm cách nhiệt trên ghe để giữ đá lâu hơn, tốn ít đá hơn.",
        {"lEo153": 2, "lEo154": 2, "lEo155": 1},
    ),
    (
        "lEn70",
        "en",
        "eccwiki",
        "Keeping vegetables cool on boats to market without electricity",
        "Vegetable growers in Càng Long take produce by boat to morning markets, a trip of several hours; leafy greens wilt in "
        "the heat. There is no power on the boats and the air is very humid, so evaporative coolers work poorly. We want a "
        "low-cost way to keep produce cool during the trip.",
        {"lEo155": 2, "lEo140": 1, "lEo141": 1, "lEo142": 1},
    ),
    (
        "lEn71",
        "en",
        "tsl",
        "Choosing dry or reefer containers for fragrant rice exports",
        "We export fragrant rice from Trà Vinh. A buyer suggested reefer containers to protect quality, but they cost much more "
        "than standard ones. We want advice on when dry containers are enough for milled rice and when a temperature-controlled "
        "container is worth paying for.",
        {"lEo152": 2, "lEo075": 1, "lEo151": 1},
    ),
    (
        "lEn72",
        "vi",
        "vantailogivan",
        "Can xe lanh nho giao rau trong thanh pho",
        "Cua hang rau sach o thanh pho Tra Vinh giao hang cho nha hang, truong hoc moi sang, dang dung xe thung kin thuong nen rau "
        "heo. Can xe thung dong lanh hoac thung bao on loai nho khoang 1 tan, hoac dong lai thung lanh cho xe dang co, chi phi vua phai.",
        {"lEo148": 2, "lEo149": 2, "lEo150": 2, "lEo156": 1, "lEo155": 1},
    ),
    (
        "lEn73",
        "en",
        "nldrauqua",
        "Reefer container shipping for fresh pomelo exports",
        "Our pomelo exporter in Vĩnh Long wants to ship fresh fruit to distant markets by sea instead of air. Sea transit now "
        "takes longer, so fruit must stay fresh for 30–35 days. We need a reefer container transport service that can take "
        "chilled fruit from our packhouse to the port and keep it at the right temperature.",
        {"lEo151": 2, "lEo150": 1, "lEo140": 1, "lEo145": 1},
    ),
    (
        "lEn74",
        "vi",
        "plugnsave",
        "Kho lạnh chạy điện mặt trời cho cù lao điện lưới yếu",
        "HTX rau ở cù lao Long Hòa (Châu Thành, Trà Vinh) có điện lưới chập chờn, hay mất điện giờ cao điểm, rau quả héo, hỏng chỉ "
        "sau vài ngày. Cần kho lạnh nhỏ chạy năng lượng mặt trời, có pin dự trữ, giữ rau quả vài ngày cho tới khi có ghe lấy hàng.",
        {"lEo134": 2, "lEo135": 2, "lEo139": 2},
    ),
    (
        "lEn75",
        "en",
        "anster",
        "Lightweight insulated truck body for short vegetable runs",
        "Our produce collection business in Châu Thành (Trà Vinh) makes short runs of one to two hours to town. A full "
        "refrigeration unit is too expensive, but an open truck bakes the produce. We want an insulated box body that keeps "
        "a steady temperature and humidity, fitted to our existing light truck.",
        {"lEo149": 2, "lEo156": 1, "lEo148": 1, "lEo155": 1},
    ),
]
