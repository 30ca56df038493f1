"""Needs of the holdout122 labelled set (household appliance repair and home electricians).

NEEDS: (id, language, source key, title, description, {offer id: grade}). Each need paraphrases the public page
named by its source key; needs written from pages about other places are set in Trà Vinh / Vĩnh Long.
Grades: 2 = would solve the need, 1 = partly relevant (partial answer or adjacent step); unlisted = not relevant.
"""

NEEDS = [
    # --- air-conditioner installation and refrigerant handling ---
    (
        "mTn01",
        "vi",
        "quanghung_thaolap",
        "Cần tháo, di dời và lắp lại 6 máy lạnh cho nhà nghỉ chuyển địa điểm",
        "Nhà nghỉ của chúng tôi ở phường 7, TP Trà Vinh chuyển sang cơ sở mới ở thị trấn Càng Long, cần tháo 6 máy "
        "lạnh treo tường 1–1,5 HP, vận chuyển và lắp lại. Yêu cầu thu gas về dàn nóng hoặc bằng máy thu hồi, không "
        "xả bỏ, hút chân không trước khi mở van, chạy thử. Tham khảo thấy giá tháo + lắp trọn gói khoảng "
        "400.000–700.000 đồng/máy, hút chân không 350.000–400.000 đồng; cần đơn vị báo giá theo chiều dài ống đồng "
        "và vật tư phát sinh.",
        {"mTo001": 2, "mTo002": 2, "mTo003": 1, "mTo004": 1, "mTo006": 1, "mTo007": 1, "mTo008": 1},
    ),
    (
        "mTn02",
        "en",
        "cdxd_gas",
        "Re-commissioning split ACs installed without vacuum",
        "Our cooperative office in Tiểu Cần bought five R32 split air conditioners from an electronics supermarket; "
        "the subcontracted fitter skipped the vacuum step and simply purged with refrigerant. Cooling is weak and "
        "we worry that air and moisture in the lines will damage the compressors. We need a technician with a "
        "vacuum pump and micron gauge to recover the charge, evacuate and leak-test the circuits properly and "
        "recharge them.",
        {"mTo006": 2, "mTo007": 2, "mTo008": 2, "mTo001": 2, "mTo004": 1, "mTo010": 1, "mTo024": 1},
    ),
    (
        "mTn03",
        "vi",
        "maydanh_suaphong",
        "Lắp 3 máy lạnh treo tường đúng kỹ thuật cho nhà mới xây",
        "Gia đình tôi ở Vũng Liêm vừa xây xong nhà hai tầng, muốn lắp 3 máy lạnh treo tường cho phòng khách và hai "
        "phòng ngủ. Cần thợ khảo sát vị trí dàn lạnh, dàn nóng hợp lý, kéo đường điện riêng, bố trí ống thoát nước "
        "ngưng, nối ống đồng, hút chân không và chạy thử để máy lạnh nhanh, không hao điện, không rỉ nước.",
        {"mTo003": 2, "mTo004": 2, "mTo001": 2, "mTo005": 1, "mTo006": 1, "mTo007": 1, "mTo008": 1, "mTo009": 1},
    ),
    (
        "mTn04",
        "en",
        "otofun_gas",
        "Honest check of refrigerant charge on a new inverter AC",
        "A new inverter air conditioner at our home in Vĩnh Long city keeps stopping; one technician said it was "
        "overcharged, another wants to top up gas although nothing seems to leak. We want a technician who reads "
        "the high and low pressures, looks for leaks at the flare nuts and only adds or removes refrigerant when "
        "the measurements justify it.",
        {"mTo010": 2, "mTo018": 2, "mTo024": 2, "mTo017": 1, "mTo006": 1},
    ),
    (
        "mTn05",
        "en",
        "ikinews_r290",
        "Hands-on R290 safe-handling course for refrigeration trainers",
        "A vocational training centre in Trà Vinh city wants a practical course for its refrigeration instructors "
        "on natural refrigerants, especially R290 in fridges and small coolers: tool handling, flammable-gas "
        "detection, refrigerant recovery and brazing-free pipe joints, so that trainees can later service "
        "hydrocarbon appliances safely.",
        {"mTo114": 2, "mTo011": 2, "mTo014": 2, "mTo015": 1, "mTo016": 1, "mTo118": 1, "mTo110": 1, "mTo111": 1},
    ),
    (
        "mTn06",
        "vi",
        "lanhdhkk_hoithao",
        "Mở lớp tập huấn thực hành tốt cho thợ điện lạnh tự do trong tỉnh",
        "Chi hội điện tử – điện lạnh ở Trà Vinh muốn tổ chức lớp tập huấn cho khoảng 40 thợ sửa máy lạnh, tủ lạnh "
        "tự do về nguyên tắc thực hành tốt khi lắp đặt, bảo dưỡng: thu hồi gas, hạn chế rò rỉ, dùng đúng dụng cụ. "
        "Nghe nói mảng dịch vụ sửa chữa chiếm gần 70% lượng môi chất bị kiểm soát tiêu thụ trong ngành, cần giảng "
        "viên và tài liệu.",
        {
            "mTo110": 2,
            "mTo111": 2,
            "mTo112": 2,
            "mTo113": 2,
            "mTo116": 2,
            "mTo117": 2,
            "mTo114": 1,
            "mTo115": 1,
            "mTo105": 1,
        },
    ),
    (
        "mTn07",
        "en",
        "mtdt_hoithao",
        "Certification scheme for local refrigeration technicians",
        "The environment department of Vĩnh Long wants a way to assess and certify the skills of air-conditioner "
        "and refrigerator technicians in the province, especially refrigerant handling and leak prevention, ahead "
        "of the HCFC and HFC reduction steps. We need a model certification scheme or a skills standard with "
        "assessment criteria that local colleges could apply.",
        {"mTo115": 2, "mTo106": 2, "mTo110": 1, "mTo112": 1, "mTo113": 1, "mTo116": 1, "mTo013": 1},
    ),
    # --- air-conditioner cleaning and maintenance ---
    (
        "mTn08",
        "vi",
        "vietbao_chapdien",
        "Hợp đồng vệ sinh, kiểm tra định kỳ 4 máy lạnh cho quán cà phê",
        "Quán cà phê của tôi ở thị trấn Cầu Kè chạy 4 máy lạnh hơn 10 giờ mỗi ngày, mùa nắng tiền điện tăng mạnh. "
        "Đọc tin nhiều vụ cháy nhà mùa hè do dây nguồn máy lạnh quá tải nên muốn ký hợp đồng vệ sinh hằng tháng, "
        "kèm đo dòng điện, kiểm tra gas và dây dẫn, mối nối của từng máy.",
        {
            "mTo017": 2,
            "mTo018": 2,
            "mTo024": 2,
            "mTo020": 1,
            "mTo021": 1,
            "mTo023": 1,
            "mTo025": 1,
            "mTo027": 1,
            "mTo073": 1,
        },
    ),
    (
        "mTn09",
        "en",
        "dovanphuong_tho",
        "Trustworthy AC repair: blows air but does not cool",
        "Our air conditioner in Long Hồ suddenly blows only warm air. Last time a call-out technician replaced parts "
        "and charged a lot without showing any measurement. We want a reliable service that checks gas pressure, "
        "looks for leaks and explains the fault before replacing anything or adding refrigerant.",
        {"mTo010": 2, "mTo018": 2, "mTo024": 2, "mTo017": 1},
    ),
    (
        "mTn10",
        "vi",
        "ard_filter",
        "Vệ sinh lưới lọc, dàn nóng, dàn lạnh định kỳ cho 20 máy lạnh khách sạn mini",
        "Khách sạn mini ở TP Vĩnh Long có 20 máy lạnh treo tường, nhiều phòng bị khách phàn nàn máy kém lạnh, có mùi. "
        "Cần đơn vị làm hợp đồng vệ sinh lưới lọc, xịt rửa dàn lạnh, dàn nóng định kỳ để giảm điện (nghe nói lọc "
        "bẩn làm máy tốn thêm 5–15% điện) và giữ không khí sạch.",
        {
            "mTo017": 2,
            "mTo018": 2,
            "mTo020": 2,
            "mTo021": 2,
            "mTo023": 2,
            "mTo025": 2,
            "mTo027": 2,
            "mTo019": 1,
            "mTo022": 1,
            "mTo026": 1,
            "mTo160": 1,
        },
    ),
    (
        "mTn11",
        "en",
        "thanhnien_r32",
        "Replacing 50 old R22 air conditioners with R32 inverter units",
        "A student dormitory in Trà Vinh city will replace about 50 old R22 wall units with R32 inverter models. We "
        "need a contractor who recovers the old R22 instead of venting it, removes the units, and installs the new "
        "R32 ones with proper evacuation and leak testing.",
        {
            "mTo001": 2,
            "mTo002": 1,
            "mTo003": 1,
            "mTo004": 1,
            "mTo009": 1,
            "mTo014": 1,
            "mTo006": 1,
            "mTo007": 1,
            "mTo008": 1,
        },
    ),
    # --- refrigerators and freezers ---
    (
        "mTn12",
        "vi",
        "giadinh_tl",
        "Tủ lạnh 2 cửa ngăn mát không lạnh, chảy nước",
        "Tiệm tạp hóa của tôi ở huyện Châu Thành (Trà Vinh) có tủ lạnh 2 cửa, ngăn đá vẫn đông nhưng ngăn mát không "
        "lạnh, đáy tủ đọng nước. Cần thợ đến tận nơi kiểm tra đúng bệnh: gioăng cửa, cài đặt nhiệt độ, bộ xả đá, "
        "quạt, gas… không muốn bị nạp gas bừa.",
        {"mTo030": 2, "mTo031": 2, "mTo042": 2, "mTo029": 1, "mTo034": 1, "mTo035": 1, "mTo036": 1},
    ),
    (
        "mTn13",
        "en",
        "cancan_relay",
        "Fridge clicks every few minutes and the compressor will not start",
        "Our family refrigerator in Tam Bình has gone warm; there is a click from the back every few minutes but "
        "the compressor never hums. We think the start relay or capacitor is bad and need someone to test and "
        "replace the part.",
        {"mTo038": 2, "mTo040": 2, "mTo039": 1, "mTo041": 1, "mTo042": 1, "mTo043": 1, "mTo029": 1, "mTo030": 1},
    ),
    (
        "mTn14",
        "vi",
        "vatgia_gas",
        "Tu lanh LG moi mua 3 thang da yeu lanh",
        "Nha toi o Binh Minh mua tu lanh LG duoc 3 thang thi thay lam lanh yeu, do an de trong tu bi thiu. Can tho "
        "den kiem tra co phai thieu gas hay ro gas khong, tu dung gas loai gi (R600a hay R134a), neu ro thi han va "
        "nap lai cho dung.",
        {"mTo034": 2, "mTo035": 2, "mTo036": 2, "mTo030": 2, "mTo042": 1},
    ),
    (
        "mTn15",
        "vi",
        "infonet_tl",
        "Sửa 2 tủ đông chạy ngắt liên tục, kêu to, kém lạnh",
        "Cơ sở bán kem, nước đá của tôi ở huyện Duyên Hải có 2 tủ đông nằm dùng 5 năm, gần đây block chạy ngắt liên "
        "tục, kêu to ở dàn nóng, tủ kém lạnh làm hàng bị chảy. Cần thợ kiểm tra, sửa hoặc thay block.",
        {"mTo037": 2, "mTo032": 2, "mTo030": 1, "mTo040": 1, "mTo042": 1},
    ),
    (
        "mTn16",
        "en",
        "infonet_tl",
        "Restaurant fridge: freezer not freezing, thick frost on evaporator",
        "In our restaurant in Vĩnh Long city the freezer compartment of a no-frost fridge no longer freezes; "
        "behind the back panel there is thick frost on the evaporator. We need repair of the defrost system "
        "(heater, timer or sensor) or the evaporator fan.",
        {"mTo031": 2, "mTo041": 2, "mTo042": 2, "mTo033": 1, "mTo030": 1},
    ),
    (
        "mTn17",
        "vi",
        "baomoi_tl",
        "Tủ lạnh lúc chạy lúc không vì điện yếu cuối nguồn",
        "Nhà tôi ở cù lao An Bình (Long Hồ) nằm cuối tuyến điện, chiều tối điện yếu, tủ lạnh lúc chạy lúc ngưng, "
        "ngăn đá không đông. Cần người tư vấn lắp ổn áp phù hợp, kiểm tra ổ cắm, dây nguồn và sửa tủ nếu đã hỏng.",
        {"mTo033": 2, "mTo029": 1, "mTo030": 1, "mTo040": 1},
    ),
    (
        "mTn18",
        "en",
        "giadinh_tl",
        "Grocery display chiller not cold enough and noisy",
        "Our grocery in Trà Cú has a glass-door display chiller that cools poorly and makes a rattling fan noise; "
        "drinks and milk are not kept cold. We need a technician for commercial chillers.",
        {"mTo032": 2, "mTo042": 1, "mTo030": 1, "mTo031": 1},
    ),
    (
        "mTn19",
        "en",
        "infonet_tl",
        "Chest freezer at a seafood stall keeps cycling and is noisy",
        "I sell seafood at Trà Vinh market; my chest freezer's compressor is loud and switches on and off "
        "constantly, and the fish is no longer hard-frozen. I need someone to repair or replace the compressor.",
        {"mTo037": 2, "mTo032": 2, "mTo040": 1, "mTo042": 1},
    ),
    (
        "mTn20",
        "vi",
        "cancan_relay",
        "Tủ lạnh kêu tạch tạch vài phút một lần, block không chạy",
        "Tủ lạnh nhà tôi ở phường 9, TP Trà Vinh không lạnh nữa, cứ vài phút lại nghe tiếng tạch ở phía sau nhưng "
        "không nghe block chạy. Nghi hỏng rơ-le khởi động hoặc tụ, cần người kiểm tra và thay đúng linh kiện.",
        {"mTo038": 2, "mTo040": 2, "mTo029": 1, "mTo030": 1, "mTo039": 1, "mTo043": 1},
    ),
]

NEEDS += [
    # --- washing machines ---
    (
        "mTn21",
        "vi",
        "scdt_mg",
        "Máy giặt cửa trước của tiệm giặt sấy không xả được nước",
        "Tiệm giặt sấy của tôi ở phường 4, TP Vĩnh Long có một máy giặt cửa trước 9 kg chạy đến bước xả thì đứng, "
        "nước còn nguyên trong lồng và máy báo lỗi. Cần thợ đến thông ống xả, vệ sinh lọc, kiểm tra hoặc thay bơm xả "
        "trong ngày vì máy phục vụ khách liên tục.",
        {
            "mTo049": 2,
            "mTo046": 2,
            "mTo047": 2,
            "mTo056": 2,
            "mTo054": 2,
            "mTo048": 1,
            "mTo052": 1,
            "mTo164": 1,
            "mTo044": 1,
        },
    ),
    (
        "mTn22",
        "vi",
        "hungcuong_mg",
        "May giat LG khong vat, bao loi UE va OE",
        "May giat LG cua truoc nha toi o thi tran Cang Long giat xong khong vat, man hinh luc bao UE luc bao OE, "
        "quan ao uot sung. Can tho sua tan nha, kiem tra can bang, duong xa va motor.",
        {"mTo047": 2, "mTo050": 2, "mTo045": 2, "mTo046": 1, "mTo051": 1, "mTo049": 1},
    ),
    (
        "mTn23",
        "en",
        "darkerview_washer",
        "Top-load washer will not spin and makes a loud racket",
        "Our laundry cooperative in Cầu Ngang has a belt-driven top-load washer that stopped spinning and makes a "
        "horrible grinding noise. We suspect the pump bearing or the drive belt and need a repairer who can "
        "diagnose and replace the parts.",
        {"mTo052": 2, "mTo055": 2, "mTo054": 2, "mTo053": 1, "mTo045": 1},
    ),
    (
        "mTn24",
        "en",
        "pawpaw_washer",
        "Washing machine leaves a puddle on the floor after each load",
        "Our family in Trà Ôn finds water under the washing machine after every wash. The leak seems to come from "
        "the bottom, near the pump or hoses; we need someone to find the leak and replace the pump, hose clamps or "
        "seals.",
        {"mTo053": 2, "mTo054": 2, "mTo055": 2, "mTo048": 1, "mTo044": 1, "mTo164": 1},
    ),
    (
        "mTn25",
        "vi",
        "meta_rung",
        "Máy giặt rung lắc, xê dịch mạnh khi vắt",
        "Nhà trọ của tôi ở huyện Bình Tân (Vĩnh Long) có máy giặt chung, mỗi lần vắt là rung mạnh, đập vào tường, "
        "xê dịch khỏi chỗ. Nền nhà lát gạch có hơi nghiêng. Cần thợ cân chỉnh chân máy, kiểm tra ốc định vị, giảm "
        "xóc và sửa nếu linh kiện hỏng.",
        {"mTo166": 2, "mTo051": 2, "mTo050": 1, "mTo053": 1, "mTo045": 1},
    ),
    (
        "mTn26",
        "vi",
        "nghiensuachua_rung",
        "Máy giặt lồng ngang kêu rít to khi vắt, nghi hỏng bạc đạn",
        "Máy giặt lồng ngang 8 kg nhà tôi ở Tam Bình dùng 7 năm, gần đây khi vắt kêu rít, gầm to, dưới máy có vệt "
        "nước gỉ. Cần thợ thay bạc đạn, phốt lồng giặt.",
        {"mTo053": 2, "mTo166": 2, "mTo052": 1, "mTo045": 1},
    ),
    (
        "mTn27",
        "en",
        "thienphong_rung",
        "New washing machine jumps across the floor during spin",
        "A hostel in Duyên Hải town installed a new washing machine on a tiled floor; at high-speed spin it shakes "
        "violently and walks away from the wall. We need a technician to level and check the installation and fix "
        "whatever part causes the vibration.",
        {"mTo166": 2, "mTo051": 2, "mTo050": 1, "mTo053": 1},
    ),
    (
        "mTn28",
        "en",
        "vuadienmay_rung",
        "LG washer keeps showing the UE error",
        "Our LG front loader in Vĩnh Long city shows the UE error and refuses to spin even with a balanced, "
        "normal-size load. We need an LG-experienced repairer to check the load sensing, suspension and motor.",
        {"mTo047": 2, "mTo050": 2, "mTo045": 1, "mTo166": 1},
    ),
    # --- home wiring and earth-leakage protection ---
    (
        "mTn29",
        "vi",
        "plo_lu",
        "Lắp aptomat chống giật và nâng ổ cắm cho nhà hay ngập triều cường",
        "Nhà tôi ở Vũng Liêm mùa nước lên thường ngập 20–30 cm. Sau vụ ba người trong một gia đình ở Vĩnh Long bị "
        "điện giật tử vong, tôi muốn lắp aptomat chống giật 30 mA cho toàn nhà, nâng ổ cắm, công tắc lên cao và kiểm "
        "tra lại dây điện trong nhà.",
        {
            "mTo057": 2,
            "mTo058": 2,
            "mTo060": 2,
            "mTo070": 2,
            "mTo071": 2,
            "mTo072": 2,
            "mTo059": 1,
            "mTo065": 1,
            "mTo066": 1,
            "mTo067": 1,
            "mTo073": 1,
        },
    ),
    (
        "mTn30",
        "en",
        "vnexpress_trieucuong",
        "Wiring check and earth-leakage protection before the high-tide season",
        "Households in a low-lying ward of Trà Vinh city are flooded every king-tide season. The ward wants "
        "electricians or the power company to check indoor wiring house by house, advise on cutting power when "
        "water comes in, and fit earth-leakage protection on the circuits.",
        {
            "mTo065": 2,
            "mTo071": 2,
            "mTo073": 2,
            "mTo066": 1,
            "mTo067": 1,
            "mTo070": 1,
            "mTo057": 1,
            "mTo059": 1,
            "mTo072": 2,
            "mTo058": 1,
            "mTo060": 1,
        },
    ),
    (
        "mTn31",
        "vi",
        "vnexpress_mnn",
        "Lắp dây tiếp đất và ELCB cho máy nước nóng 12 phòng trọ",
        "Dãy trọ 12 phòng của tôi ở phường 5, TP Trà Vinh, mỗi phòng một máy nước nóng trực tiếp, lắp từ lâu không "
        "có dây nối đất. Vài người thuê than bị tê tay khi chạm vòi sen. Cần thợ điện làm hệ tiếp đất, lắp cầu dao "
        "chống giật cho từng máy và kiểm tra máy có rò điện.",
        {"mTo061": 2, "mTo062": 2, "mTo063": 2, "mTo068": 1, "mTo070": 1, "mTo071": 1, "mTo060": 1},
    ),
    (
        "mTn32",
        "en",
        "giadinh_ocam",
        "Tingling shocks from appliance casings; house has only two-pin sockets",
        "At our house in Tiểu Cần we feel a slight tingle when touching the metal body of the electric stove and "
        "the iron. All sockets are two-pin and we used to break off the third pin of plugs. We want proper "
        "three-pin earthed sockets and an earthing rod installed.",
        {"mTo061": 2, "mTo063": 2, "mTo064": 1, "mTo070": 1, "mTo075": 1},
    ),
    (
        "mTn33",
        "vi",
        "thanhnien_codien",
        "Đi lại toàn bộ dây điện cũ cho nhà ông bà",
        "Nhà ông bà tôi ở Cầu Ngang đi dây điện từ hơn chục năm trước, dây chạy trần không luồn ống, một bảng điện "
        "cắm cả nồi cơm, bếp điện, tủ lạnh, máy giặt, thường có mùi khét, suýt chập cháy. Cần thợ khảo sát, đi lại "
        "dây trong ống, chia mạch và lắp thiết bị chống rò.",
        {"mTo074": 2, "mTo073": 1, "mTo075": 1, "mTo076": 1, "mTo057": 1, "mTo059": 1},
    ),
    (
        "mTn34",
        "en",
        "nguoimuanha_cu",
        "Old apartment wiring: 1.5 mm² cable, scorched socket, no ELCB",
        "I own a flat in an old block in Vĩnh Long city whose wiring dates from the late 1990s: 1.5 mm² single-core "
        "cable, oxidised sockets, one of which burned while cooking, and no residual-current breaker. I need an "
        "assessment and rewiring for today's appliances, with leakage protection.",
        {"mTo074": 2, "mTo073": 1, "mTo075": 1, "mTo076": 1, "mTo057": 1, "mTo058": 1, "mTo070": 1},
    ),
    (
        "mTn35",
        "vi",
        "xetaimydinh_tainan",
        "Can tho lap aptomat chong giat cho nha moi o Tra Cu",
        "Nha moi xay o huyen Tra Cu, co may bom chim, may giat, binh nong lanh. Can tho dien lap aptomat chong giat "
        "cho tung nhanh, chon dong dinh muc va do nhay phu hop, dau dung day N, bam nut test sau khi lap.",
        {"mTo057": 2, "mTo058": 2, "mTo060": 2, "mTo071": 2, "mTo072": 2, "mTo062": 1, "mTo070": 2, "mTo059": 1},
    ),
    (
        "mTn36",
        "en",
        "ahadep_dien",
        "Warm sockets and flickering lights in a shop-house",
        "In our shop-house in Cầu Kè several sockets are warm to the touch, some are loose in the wall, lights "
        "flicker without reason and rats live in the ceiling. We want a qualified electrician to inspect the whole "
        "installation and report what must be fixed.",
        {"mTo073": 2, "mTo075": 2, "mTo077": 2, "mTo163": 2, "mTo076": 1, "mTo059": 1, "mTo069": 1},
    ),
    (
        "mTn37",
        "vi",
        "apptv_bacgiang",
        "Nâng ổ cắm, dây dẫn và lắp thiết bị chống rò cho trường mầm non vùng ngập",
        "Trường mầm non ở xã Hòa Thuận (Châu Thành, Trà Vinh) mùa mưa hay ngập nền. Cần thợ điện chuyển ổ cắm, dây "
        "dẫn lên cao hơn mức nước ngập và lắp thiết bị đóng cắt chống rò điện cho các phòng học, bếp ăn.",
        {
            "mTo057": 2,
            "mTo058": 2,
            "mTo071": 2,
            "mTo072": 2,
            "mTo059": 1,
            "mTo065": 1,
            "mTo066": 1,
            "mTo067": 1,
            "mTo060": 2,
            "mTo070": 2,
        },
    ),
    (
        "mTn38",
        "en",
        "sggp_muabao",
        "Electrical safety briefing and shock first aid for warehouse staff",
        "Our cooperative warehouse in Long Hồ has staff who climb on the roof to patch leaks in the rainy season, "
        "close to the service line. We want a briefing on electrical safety in storms and on how to rescue and "
        "give first aid to someone getting a shock.",
        {"mTo067": 2, "mTo065": 2, "mTo066": 1},
    ),
    (
        "mTn39",
        "en",
        "vnexpress_mnn",
        "Homestay guests feel tingling from instant water heaters",
        "Our homestay on Cồn Chim islet (Châu Thành, Trà Vinh) has five instant electric water heaters; two guests "
        "felt a tingle in the shower. We need correct breakers for each heater, earth-leakage breakers and a proper "
        "earthing connection.",
        {"mTo062": 2, "mTo061": 2, "mTo063": 2, "mTo068": 1, "mTo070": 1, "mTo071": 1},
    ),
    (
        "mTn40",
        "vi",
        "nhombanhang_chay",
        "Kiểm tra tổng thể hệ thống điện các ki-ốt chợ",
        "Ban quản lý chợ thị trấn Cầu Kè lo ngại cháy vì hơn 70% vụ cháy đã rõ nguyên nhân là do chập điện, nhiều "
        "ki-ốt tự đấu nối dây. Cần đơn vị kiểm tra toàn bộ hệ thống điện chợ, phát hiện dây quá tải, mối nối lỏng "
        "và lập báo cáo những chỗ phải sửa.",
        {"mTo073": 2, "mTo077": 2, "mTo075": 2, "mTo074": 1, "mTo069": 1, "mTo059": 1, "mTo163": 2},
    ),
    (
        "mTn41",
        "vi",
        "xetaimydinh_tainan",
        "Lắp aptomat chống giật cho máy bơm chìm, quạt nước ao tôm",
        "Hộ nuôi tôm của tôi ở xã Long Khánh (Duyên Hải) dùng máy bơm chìm và 6 dàn quạt nước chạy điện quanh ao, "
        "dây kéo ngang bờ ẩm ướt. Cần lắp cầu dao chống giật độ nhạy cao cho từng mạch để người làm ao không bị giật.",
        {"mTo060": 2, "mTo057": 2, "mTo070": 2, "mTo071": 2, "mTo058": 2, "mTo072": 2},
    ),
]

NEEDS += [
    # --- solar and electric water heaters ---
    (
        "mTn42",
        "vi",
        "tgd_nlmt",
        "Lắp máy nước nóng năng lượng mặt trời thay bình nóng lạnh 2.500 W",
        "Gia đình 5 người ở phường 8, TP Vĩnh Long đang dùng bình nóng lạnh 2.500 W, cứ 15 phút đun là mất một số "
        "điện, mùa mưa mỗi người tắm tốn vài số. Muốn lắp máy nước nóng năng lượng mặt trời ống chân không khoảng "
        "180 lít trên sân thượng, có thanh điện trở phụ cho ngày ít nắng; cần nhà cung cấp lắp đặt và bảo hành.",
        {"mTo079": 2, "mTo165": 2, "mTo085": 2, "mTo086": 2, "mTo087": 2, "mTo078": 1, "mTo088": 1, "mTo084": 1},
    ),
    (
        "mTn43",
        "en",
        "banmaynuocnong",
        "Solar water heater gives only lukewarm water on cloudy days",
        "Our small hotel in Duyên Hải has a rooftop solar water heater; on rainy or cloudy days guests get only "
        "lukewarm water. We want an electric back-up element integrated with a thermostat so the tank tops up only "
        "when the sun is not enough, and the unit checked for leaks.",
        {"mTo078": 2, "mTo084": 2, "mTo088": 1, "mTo085": 1, "mTo080": 1},
    ),
    (
        "mTn44",
        "vi",
        "vuabonnuoc",
        "May nuoc nong nang luong mat troi chay yeu",
        "Nha toi o TP Vinh Long lap may nuoc nong nang luong mat troi duoc 4 nam, gio nuoc nong chay rat yeu, tam "
        "phai cho lau. Can tho den kiem tra duong ong, van va sua cho nuoc chay manh lai.",
        {"mTo080": 2, "mTo081": 1, "mTo082": 1},
    ),
    (
        "mTn45",
        "en",
        "cool386_swh",
        "Converting an electric storage water heater to solar",
        "A farming household in Càng Long has a working electric storage water heater and wants to add a solar "
        "collector on the roof, using the existing tank as solar storage with the electric element as back-up. We "
        "need an installer who can re-plumb the tank for collector feed and return lines and insulate the pipes.",
        {"mTo084": 2, "mTo085": 1, "mTo088": 1, "mTo078": 1},
    ),
    (
        "mTn46",
        "vi",
        "banmaynuocnong",
        "Lắp máy nước nóng năng lượng mặt trời cho bếp ăn trường mẫu giáo",
        "Trường mẫu giáo ở huyện Cầu Ngang cần nước nóng cho bếp ăn và rửa dụng cụ nhưng muốn giảm tiền điện. Cần "
        "nhà cung cấp máy nước nóng năng lượng mặt trời ống chân không bền, chọn vị trí lắp không bị che nắng, hạn "
        "chế rò rỉ và gỉ sét.",
        {"mTo079": 2, "mTo165": 2, "mTo085": 2, "mTo086": 2, "mTo087": 2, "mTo088": 1, "mTo078": 1},
    ),
    (
        "mTn47",
        "en",
        "barateam_hpwh",
        "Central hot water for a 40-room hotel: solar or heat pump",
        "A 40-room hotel in Trà Vinh city wants to replace its electric water heaters with a central hot-water "
        "system and is comparing solar collectors with a heat pump, which is said to be about two and a half times "
        "as efficient as resistance heating. We need a supplier able to design and install such a system.",
        {"mTo090": 2, "mTo085": 2, "mTo079": 1, "mTo165": 1, "mTo089": 1, "mTo161": 1, "mTo159": 1},
    ),
    (
        "mTn48",
        "en",
        "tgd_nlmt",
        "Supplier of an evacuated-tube solar water heater for a family of four",
        "A family of four in Trà Ôn wants to stop paying for a 2,500 W electric water heater and install an "
        "evacuated-tube solar water heater on the roof. We look for a reliable supplier and installer with "
        "warranty.",
        {"mTo079": 2, "mTo165": 2, "mTo085": 2, "mTo086": 2, "mTo087": 2, "mTo088": 1, "mTo078": 1},
    ),
    # --- small rooftop solar ---
    (
        "mTn49",
        "vi",
        "soha_10tr",
        "Lắp điện mặt trời mái tôn 3 kWp hòa lưới tự dùng, ngân sách thấp",
        "Nhà tôi ở huyện Trà Cú, hóa đơn điện khoảng 1 triệu đồng/tháng, chủ yếu dùng ban ngày. Muốn lắp khoảng "
        "3 kWp điện mặt trời trên mái tôn theo kiểu tự sản tự tiêu, không cần pin lưu trữ để giữ chi phí thấp; cần "
        "đơn vị khảo sát, báo giá, lắp đặt.",
        {"mTo091": 2, "mTo097": 2, "mTo092": 2, "mTo098": 1, "mTo101": 1, "mTo100": 1},
    ),
    (
        "mTn50",
        "en",
        "sggp_cangio",
        "Rooftop solar for a daytime rice-noodle workshop",
        "Our rice-noodle workshop in Cầu Kè runs its machines during the day and pays several million dong a month "
        "for electricity. Neighbours elsewhere in the delta cut their bills with 10–12 panels; we want an installer "
        "to size and fit a rooftop system for self-consumption.",
        {"mTo092": 2, "mTo091": 2, "mTo097": 2, "mTo104": 1, "mTo101": 1},
    ),
    (
        "mTn51",
        "vi",
        "soha_kwp",
        "Can don vi ve sinh tam pin mat troi dinh ky",
        "Nha toi o Tieu Can lap 5 kWp dien mat troi tren mai, gan ruong nen bui va phan chim nhieu, thang nang ma "
        "so dien tao ra giam. Can don vi ve sinh tam pin dinh ky, dung nuoc va dung cu khong lam tray kinh.",
        {"mTo093": 2, "mTo094": 2, "mTo095": 2, "mTo096": 1},
    ),
    (
        "mTn52",
        "en",
        "greeninvn_pv",
        "Rooftop solar on pig barns with corrosion-resistant panels",
        "A pig farm in Càng Long wants to put solar panels on the corrugated-iron roofs of its barns to run fans "
        "and pumps. Ammonia and humidity are high, so we need an installer who uses anti-corrosion panels and "
        "mounting, and who can handle notification to the authorities.",
        {"mTo091": 2, "mTo097": 2, "mTo092": 2, "mTo101": 1, "mTo100": 1},
    ),
    (
        "mTn53",
        "vi",
        "soha_10tr",
        "Giới thiệu nhà thầu uy tín lắp điện mặt trời 20 kWp cho trường học",
        "Trường THCS ở huyện Mang Thít (Vĩnh Long) muốn lắp khoảng 20 kWp điện mặt trời áp mái để giảm tiền điện "
        "ban ngày. Cần được giới thiệu nhà thầu có năng lực trong tỉnh, tư vấn thủ tục với ngành điện.",
        {"mTo098": 2, "mTo097": 2, "mTo091": 2, "mTo092": 2, "mTo101": 1, "mTo099": 1},
    ),
    (
        "mTn54",
        "en",
        "soha_kwp",
        "Hybrid rooftop solar with battery backup for a rural clinic",
        "A private clinic in Trà Ôn suffers frequent outages that threaten the vaccine fridge and lighting. We want "
        "a hybrid rooftop solar system with a battery sized to keep these priority loads running during a cut.",
        {"mTo091": 2, "mTo097": 2, "mTo103": 2, "mTo092": 2, "mTo102": 1},
    ),
    (
        "mTn55",
        "vi",
        "sggp_cangio",
        "Sản lượng điện mặt trời giảm vì cây che và inverter quá nóng",
        "Tiệm tạp hóa của tôi ở Càng Long lắp điện mặt trời 3 năm, gần đây sản lượng giảm rõ. Cây dừa mọc cao che "
        "một góc mái, inverter đặt trong góc kho nóng và chất hàng sát bên. Cần đơn vị kiểm tra, dọn vật cản, bố trí "
        "lại inverter và bảo trì hệ thống.",
        {"mTo096": 2, "mTo093": 2, "mTo094": 1, "mTo095": 1},
    ),
    (
        "mTn56",
        "en",
        "sggpnews_hcm",
        "Certified rooftop PV installer training for local electricians",
        "With rooftop solar spreading fast in the Mekong Delta, the Trà Vinh science and technology department "
        "wants a structured course and certification for local electricians installing small rooftop PV systems: "
        "design, mounting, DC wiring, grid connection and safety.",
        {"mTo127": 2, "mTo128": 2, "mTo129": 2, "mTo131": 2, "mTo132": 2, "mTo133": 2, "mTo130": 1},
    ),
    (
        "mTn57",
        "vi",
        "sggpnews_hcm",
        "Khóa đào tạo lắp đặt điện mặt trời mái nhà có chứng nhận cho thợ điện",
        "Nhóm thợ điện ở huyện Cầu Ngang nhận lắp điện mặt trời mái nhà ngày càng nhiều nhưng chưa được đào tạo bài "
        "bản. Cần khóa học có thực hành lắp tấm pin, inverter, đi dây DC, an toàn và được cấp chứng nhận.",
        {"mTo127": 2, "mTo128": 2, "mTo129": 2, "mTo131": 2, "mTo132": 2, "mTo133": 2, "mTo130": 1},
    ),
    # --- training and certification ---
    (
        "mTn58",
        "vi",
        "docz_travinh_lv",
        "Mở lớp sơ cấp sửa chữa điện lạnh dân dụng cho lao động nông thôn",
        "Phòng Lao động – Thương binh và Xã hội TP Trà Vinh cần mở lớp sơ cấp nghề sửa chữa máy lạnh, tủ lạnh dân "
        "dụng khoảng 3 tháng cho lao động nông thôn ở các xã ven thành phố. Cần cơ sở đào tạo có giáo trình, giáo "
        "viên và xưởng thực hành.",
        {"mTo105": 2, "mTo107": 2, "mTo109": 2, "mTo106": 1, "mTo108": 1, "mTo120": 1},
    ),
    (
        "mTn59",
        "en",
        "vnbusiness_ldnt",
        "Free evening civil-electrician course for unemployed rural youth",
        "The youth union of Trà Cú district notes that most rural workers have no vocational training. It wants a "
        "free evening course in household electrical work for young people without stable jobs, ending with a "
        "certificate that helps them find work.",
        {"mTo119": 2, "mTo107": 1, "mTo120": 1, "mTo134": 1, "mTo108": 1},
    ),
    (
        "mTn60",
        "vi",
        "danviet_daynghe",
        "Hoi nong dan can truong day nghe sua may lanh, tu lanh",
        "Hoi nong dan huyen Cau Ke muon mo lop day nghe sua may lanh, tu lanh cho khoang 30 thanh nien nong thon "
        "de co viec lam tai cho. Can truong nghe nhan day, co giao trinh va thuc hanh.",
        {"mTo105": 2, "mTo107": 2, "mTo109": 2, "mTo108": 1, "mTo120": 1, "mTo121": 1},
    ),
    (
        "mTn61",
        "en",
        "thejujutsu_tr",
        "Structured appliance-repair curriculum for shop staff",
        "An electronics retail chain in Vĩnh Long wants to train ten staff as in-house appliance technicians for "
        "washing machines, refrigerators and small appliances, with electrical diagnostics, hands-on practice and "
        "a certificate at the end.",
        {"mTo121": 2, "mTo124": 2, "mTo125": 2, "mTo126": 2, "mTo122": 1, "mTo123": 1, "mTo162": 1, "mTo105": 1},
    ),
    (
        "mTn62",
        "vi",
        "mtdt_hoithao",
        "Bồi dưỡng giảng viên nguồn về thực hành tốt và môi chất lạnh mới",
        "Trường trung cấp nghề ở Trà Vinh cần bồi dưỡng 6 giảng viên dạy điện lạnh về nguyên tắc thực hành tốt khi "
        "lắp đặt, bảo dưỡng và cách làm việc an toàn với môi chất mới như R32, R290, để cập nhật chương trình dạy.",
        {
            "mTo110": 2,
            "mTo112": 2,
            "mTo113": 2,
            "mTo114": 2,
            "mTo116": 2,
            "mTo014": 2,
            "mTo111": 1,
            "mTo011": 1,
            "mTo117": 1,
        },
    ),
    (
        "mTn63",
        "en",
        "lanhdhkk_hoithao",
        "Refrigerant recovery training for a small AC repair shop",
        "My air-conditioner repair shop in Bình Minh has three technicians. Before buying a recovery machine I want "
        "them trained and certified in recovering refrigerant instead of venting it, and in good servicing "
        "practice.",
        {"mTo111": 2, "mTo114": 2, "mTo117": 2, "mTo116": 1, "mTo115": 1, "mTo013": 1, "mTo012": 1},
    ),
    (
        "mTn64",
        "vi",
        "mtdt_hoithao",
        "Tập huấn thu hồi môi chất lạnh cho thợ của hợp tác xã dịch vụ điện lạnh",
        "Hợp tác xã dịch vụ điện lạnh ở Trà Ôn có 15 thợ, lâu nay khi tháo máy thường xả gas ra ngoài. Muốn thợ được "
        "tập huấn kỹ thuật thu hồi môi chất và thực hành tốt để tránh thất thoát, có chứng nhận tham gia.",
        {"mTo111": 2, "mTo114": 2, "mTo117": 2, "mTo110": 1, "mTo112": 1, "mTo116": 1, "mTo013": 1},
    ),
    (
        "mTn65",
        "vi",
        "vnbusiness_ldnt",
        "Lớp điện dân dụng buổi tối miễn phí cho thanh niên",
        "Hội nông dân xã Long Đức (TP Trà Vinh) muốn mở lớp điện dân dụng buổi tối, miễn phí, khoảng 3 tháng cho "
        "thanh niên chưa có việc làm ổn định, học xong có chứng chỉ để xin việc.",
        {"mTo119": 2, "mTo107": 1, "mTo108": 1, "mTo134": 1},
    ),
    (
        "mTn66",
        "vi",
        "vatgia_gas",
        "Huấn luyện thợ nạp gas R600a dễ cháy cho tủ lạnh đời mới",
        "Cơ sở sửa tủ lạnh của tôi ở TP Vĩnh Long gặp ngày càng nhiều tủ dùng gas R600a. Muốn thợ được huấn luyện "
        "cách dò rò, thu hồi, nạp gas hydrocarbon an toàn, tránh cháy nổ.",
        {"mTo015": 2, "mTo016": 2, "mTo011": 2, "mTo014": 2, "mTo125": 1, "mTo111": 1, "mTo110": 1, "mTo118": 1},
    ),
    # --- further needs across the sub-topics ---
    (
        "mTn67",
        "vi",
        "cdxd_gas",
        "Hút chân không, thử kín lại máy lạnh vừa lắp",
        "Văn phòng công ty tôi ở huyện Trà Ôn vừa được lắp 3 máy lạnh, thợ không hút chân không mà xả gas đuổi khí. "
        "Cần đơn vị có bơm chân không và đồng hồ đo để hút lại, thử kín các mối loe trước khi máy chạy lâu dài.",
        {"mTo001": 2, "mTo006": 2, "mTo007": 2, "mTo008": 2, "mTo004": 1, "mTo010": 1},
    ),
    (
        "mTn68",
        "en",
        "vietbao_chapdien",
        "Condenser and coil cleaning for a seaside restaurant",
        "Our seafood restaurant at Ba Động beach runs six air conditioners; salty, sandy air clogs the outdoor "
        "coils and the units cool poorly in the hot season. We want regular washing of condenser and indoor coils "
        "and filters.",
        {
            "mTo017": 2,
            "mTo018": 2,
            "mTo020": 2,
            "mTo021": 2,
            "mTo023": 2,
            "mTo025": 2,
            "mTo026": 2,
            "mTo027": 2,
            "mTo160": 1,
            "mTo019": 1,
            "mTo022": 1,
        },
    ),
    (
        "mTn69",
        "en",
        "giadinh_tl",
        "Fridge fan runs but no cold air reaches the freezer",
        "In our flat in Trà Vinh city the fridge fan can be heard but no cold air comes out in the freezer and the "
        "food thaws. We need a technician to open the evaporator cover and fix the cause.",
        {"mTo031": 2, "mTo041": 1, "mTo042": 2, "mTo030": 1},
    ),
    (
        "mTn70",
        "en",
        "scdt_mg",
        "Washing machine will not drain",
        "A family in Châu Thành (Trà Vinh) has a front-load washer that stops with water in the drum at the end of "
        "the cycle. We need someone to clear the filter and hose or replace the drain pump.",
        {"mTo056": 2, "mTo054": 2, "mTo049": 2, "mTo046": 2, "mTo047": 2, "mTo052": 1, "mTo164": 1, "mTo048": 1},
    ),
    (
        "mTn71",
        "en",
        "thanhnien_binh",
        "Water heater trips the breaker: correct breaker and ELCB needed",
        "The 2,500 W storage water heater in our house in Tam Bình keeps tripping the old breaker. We need an "
        "electrician to fit a correctly rated breaker and an earth-leakage breaker for the heater and to check the "
        "heater itself.",
        {"mTo062": 2, "mTo057": 2, "mTo083": 1, "mTo070": 1, "mTo068": 1},
    ),
    (
        "mTn72",
        "vi",
        "soha_kwp",
        "Khảo sát mái ngói cũ và tủ điện trước khi lắp điện mặt trời",
        "Nhà tôi ở TP Vĩnh Long mái ngói đã hơn 20 năm. Trước khi quyết định lắp điện mặt trời, cần đơn vị khảo sát "
        "kết cấu mái, độ dốc, bóng che, vị trí công tơ và tủ điện để biết có lắp được không.",
        {"mTo102": 2, "mTo091": 1, "mTo097": 1, "mTo103": 1},
    ),
    (
        "mTn73",
        "en",
        "soha_10tr",
        "Cleaning salt-crusted solar panels at a seaside guesthouse",
        "Our guesthouse near Ba Động beach has a 6 kWp rooftop system; salt and sand crust the glass and output has "
        "dropped. We need periodic panel cleaning with suitable water and tools, plus a check of cables and "
        "inverter.",
        {"mTo093": 2, "mTo094": 2, "mTo095": 2, "mTo096": 1},
    ),
    (
        "mTn74",
        "vi",
        "timluanvan_1956",
        "Mở lớp sửa chữa máy giặt, tủ lạnh cho lao động nông thôn",
        "Trung tâm giáo dục nghề nghiệp huyện Vũng Liêm muốn mở lớp sửa chữa máy giặt, tủ lạnh cho lao động nông thôn "
        "theo chương trình đào tạo nghề cho lao động nông thôn; cần chương trình, giáo trình và đơn vị đứng lớp.",
        {"mTo107": 2, "mTo121": 2, "mTo125": 2, "mTo126": 2, "mTo105": 1, "mTo109": 1, "mTo123": 1},
    ),
    (
        "mTn75",
        "vi",
        "thanhnien_r32",
        "Đào tạo thợ lắp đặt về an toàn môi chất R32",
        "Cửa hàng điện máy của tôi ở TP Trà Vinh nay bán chủ yếu máy lạnh dùng gas R32, gas có tính cháy nhẹ. Muốn "
        "đội thợ lắp đặt được đào tạo cách làm việc an toàn với R32: dò rò, thông gió, dụng cụ phù hợp.",
        {"mTo014": 2, "mTo009": 1, "mTo013": 1, "mTo110": 1, "mTo113": 1, "mTo111": 1, "mTo012": 1},
    ),
]
