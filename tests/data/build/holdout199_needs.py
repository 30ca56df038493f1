"""Needs of the holdout199 set: (id, language, source key, title, description, {offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long; where its page is about another place, the need was moved into the
province (see the docstring of make_holdout199.py).
"""

NEEDS = [
    (
        "pSn01",
        "vi",
        "vl_floating",
        "Máy ép đùn gia đình ra viên chìm, cần cách làm cám viên nổi",
        "Nhà tôi ở Long Hồ nuôi cá ao, có máy ép đùn nhỏ nhưng viên ra toàn viên chìm, phơi nắng lâu vẫn ẩm. Cần hướng "
        "dẫn tỷ lệ tinh bột, cách điều chất, sấy để viên nổi, hoặc một máy ép đùn nhỏ làm được viên nổi.",
        {"pSo029": 2, "pSo030": 2, "pSo026": 2, "pSo028": 1, "pSo155": 1, "pSo027": 1, "pSo016": 1, "pSo020": 1},
    ),
    (
        "pSn02",
        "en",
        "exchangenet",
        "Balanced pig ration from sweet potato, cassava and rice bran",
        "Our Khmer pig-raising group in Trà Cú feeds sweet potato roots and vines with rice bran and buys little protein. "
        "We want a balanced daily ration built on local crops that lowers feed cost per kg of gain, with on-farm trials.",
        {"pSo042": 2, "pSo040": 2, "pSo043": 2, "pSo041": 2, "pSo067": 1, "pSo039": 1, "pSo088": 1, "pSo045": 1},
    ),
    (
        "pSn03",
        "vi",
        "nongnghiepso",
        "HTX heo cần xưởng nghiền trộn thức ăn nhỏ",
        "Giá thức ăn công nghiệp tăng liên tục, HTX chăn nuôi heo ở Càng Long muốn đầu tư xưởng nghiền, trộn thức ăn "
        "khoảng 1–2 tấn/giờ để tự phối trộn cho xã viên. Cần thiết bị nghiền – trộn đồng bộ, có chuyển giao, "
        "hướng dẫn vận hành.",
        {"pSo001": 2, "pSo006": 2, "pSo008": 1, "pSo010": 1, "pSo005": 1, "pSo013": 1, "pSo007": 1},
    ),
    (
        "pSn04",
        "en",
        "visualfoodie",
        "Hammer mill for a duck and pig farm",
        "Farm in Tiểu Cần with ducks and pigs needs a hammer mill of about 300–500 kg/h to grind broken rice, corn and "
        "dried cassava chips, with screens we can change for ducklings, layers and pigs.",
        {"pSo005": 2, "pSo003": 2, "pSo001": 2, "pSo002": 1, "pSo004": 1, "pSo007": 1},
    ),
    (
        "pSn05",
        "vi",
        "tn_tron",
        "Can may tron thuc an nam ngang cho to hop tac nuoi vit",
        "To hop tac nuoi vit o Tra On can mua may tron thuc an kieu nam ngang, moi me 300-500 kg, tron deu ca cam kho lan "
        "cam uot co oc, ca tap. Xin bao gia va huong dan chon may tron deu, it ton dien.",
        {"pSo008": 2, "pSo010": 2, "pSo011": 2, "pSo013": 2, "pSo009": 1, "pSo012": 1, "pSo157": 1},
    ),
    (
        "pSn06",
        "en",
        "verymeaty",
        "Vitamin–mineral premix for home-mixed layer mash",
        "Layer cooperative in Vũng Liêm mixes its own mash from corn, broken rice, rice bran and fish meal. We need a "
        "vitamin and trace-mineral premix used at 0.2–0.5% and advice on dosing and mixing it evenly.",
        {"pSo114": 2, "pSo115": 2, "pSo113": 2, "pSo046": 1, "pSo012": 1, "pSo034": 1},
    ),
    (
        "pSn07",
        "en",
        "hc_pellet",
        "Pellet mill with cooler for chicken feed",
        "Chicken farm in Châu Thành (Trà Vinh) wants to pellet its own mash at 200–500 kg/h, with conditioning and a "
        "cooler so pellets do not mould. Looking for a supplier or a design we can build locally.",
        {"pSo017": 2, "pSo018": 2, "pSo019": 2, "pSo006": 2, "pSo014": 1, "pSo015": 1, "pSo016": 1},
    ),
    (
        "pSn08",
        "vi",
        "artiocom",
        "Công thức gà thịt dùng phụ phẩm thay bớt ngô, cám",
        "Trại gà thịt 5.000 con ở Tam Bình muốn thay một phần ngô và cám bằng tấm, phụ phẩm lò bánh mì, rỉ mật, dầu cá mà "
        "vẫn đủ dinh dưỡng. Cần người lập công thức có giá rẻ nhất theo giá nguyên liệu từng tháng.",
        {"pSo087": 2, "pSo088": 2, "pSo036": 2, "pSo092": 1, "pSo091": 1, "pSo033": 1, "pSo093": 1},
    ),
    (
        "pSn09",
        "en",
        "fpm_adv",
        "Extruder and dryer to switch to floating feed",
        "Fish-farming cooperative in Cầu Kè wants to move from moist home-made feed to extruded floating pellets for "
        "snakehead and tilapia, about 100–300 kg/h, with drying so pellets keep in storage.",
        {"pSo155": 2, "pSo028": 2, "pSo031": 2, "pSo025": 1, "pSo026": 1, "pSo029": 1, "pSo027": 1, "pSo158": 1},
    ),
    (
        "pSn10",
        "vi",
        "tham_canh",
        "Máy ép đùn viên nổi cỡ nhỏ 30–50 kg/giờ",
        "Hộ nuôi cá lóc, cá tra ao ở Trà Ôn muốn tự ép thức ăn viên nổi. Cần máy nhỏ khoảng 30–50 kg/giờ, chạy điện 1 pha "
        "hoặc máy dầu vì điện yếu.",
        {"pSo026": 2, "pSo155": 1, "pSo019": 1, "pSo031": 1, "pSo027": 1, "pSo158": 1},
    ),
    (
        "pSn11",
        "en",
        "allaboutfeed",
        "Shrimp pellets fall apart in pond water",
        "Shrimp farmers' group in Duyên Hải makes its own pellets but they break up quickly in the pond, fouling water. "
        "We need a reliable way to test water stability and durability and targets to aim for.",
        {"pSo134": 2, "pSo135": 2, "pSo138": 2, "pSo136": 1, "pSo137": 1},
    ),
    (
        "pSn12",
        "vi",
        "memart_gao_ga",
        "Tỷ lệ tấm, cám gạo cho gà thả vườn",
        "Nông hộ ở Cầu Ngang nuôi gà thả vườn, nhà có sẵn tấm, lúa, cám gạo. Muốn biết cho ăn tỷ lệ bao nhiêu là hợp lý, "
        "cần bổ sung đạm, khoáng gì để gà khỏe, mau lớn mà không tốn nhiều tiền cám công nghiệp.",
        {"pSo033": 2, "pSo034": 2, "pSo035": 2, "pSo151": 2, "pSo036": 1, "pSo046": 1},
    ),
    (
        "pSn13",
        "vi",
        "longan_survey",
        "Cám gạo ướt cho heo mau hư, cần cách bảo quản",
        "Hộ nuôi heo ở Vũng Liêm lấy cám gạo ướt giá rẻ từ nhà máy xay xát gần nhà nhưng cám ẩm, để vài ngày là chua, "
        "mốc. Cần cách ủ hoặc xử lý để dùng cám ướt cho heo an toàn và lâu hơn.",
        {"pSo032": 2, "pSo050": 2, "pSo047": 2, "pSo049": 1, "pSo048": 1, "pSo120": 1},
    ),
    (
        "pSn14",
        "en",
        "mekarn_goat",
        "Turning cassava leaves into protein feed for pigs",
        "Cassava growers' group in Cầu Kè leaves several tonnes of leaves per hectare in the field after "
        "harvesting roots. "
        "We want a method (drying or ensiling) to use them as protein feed for our pigs and sows.",
        {"pSo040": 2, "pSo043": 2, "pSo041": 2, "pSo067": 2, "pSo042": 1, "pSo039": 1},
    ),
    (
        "pSn15",
        "vi",
        "ca_chem",
        "Giảm cá tạp cho cá chẽm bằng nguồn đạm khác",
        "Hộ nuôi cá chẽm ao nước lợ ở Duyên Hải cho ăn cá tạp tươi nhưng nguồn lúc có lúc không, giá tăng. Muốn thức ăn "
        "chế biến thay một phần cá tạp, bột cá bằng ấu trùng ruồi lính đen hoặc phụ phẩm khác.",
        {"pSo076": 2, "pSo070": 2, "pSo078": 2, "pSo037": 1, "pSo082": 1, "pSo020": 1, "pSo075": 1},
    ),
    (
        "pSn16",
        "en",
        "bsf_caution",
        "Safe BSF meal for snakehead feed",
        "Snakehead growers in Tam Bình want to replace part of the fish meal with black soldier fly meal but read that "
        "high levels harmed grouper livers. We need defatted BSF meal and a tested inclusion level for carnivorous fish.",
        {"pSo077": 2, "pSo076": 2, "pSo078": 2, "pSo080": 1, "pSo079": 1, "pSo070": 1, "pSo082": 1},
    ),
    (
        "pSn17",
        "vi",
        "afla_ca_tra",
        "Kiểm tra nhanh aflatoxin trong cám tự trộn cho cá tra",
        "Hộ nuôi cá tra ở Trà Ôn tự trộn thức ăn từ cám, tấm, bột bắp mua ngoài. Nghe nói aflatoxin làm cá chậm lớn, "
        "chết, nên cần bộ kiểm tra nhanh aflatoxin cho từng lô nguyên liệu trước khi trộn.",
        {"pSo099": 2, "pSo095": 2, "pSo096": 2, "pSo097": 1, "pSo104": 1, "pSo101": 1, "pSo105": 1, "pSo098": 1},
    ),
    (
        "pSn18",
        "en",
        "cricut_afb1",
        "Low-cost aflatoxin B1 monitoring for small feed mixers",
        "A network of small feed mixers around Tiểu Cần cannot afford HPLC. We want a low-cost scheme: on-site screening "
        "of corn and rice bran plus occasional quantitative confirmation.",
        {"pSo095": 2, "pSo098": 2, "pSo099": 2, "pSo097": 1, "pSo096": 1, "pSo129": 1},
    ),
    (
        "pSn19",
        "en",
        "cricut_lfa",
        "Aflatoxin strip tests that work in hot, humid storehouses",
        "Feed store in Cầu Ngang wants lateral-flow aflatoxin tests that stay reliable at high temperature and humidity "
        "and give numbers, not just positive or negative.",
        {"pSo099": 2, "pSo095": 2, "pSo100": 1, "pSo096": 1, "pSo098": 1},
    ),
    (
        "pSn20",
        "vi",
        "myco_heo",
        "Heo nái sảy thai, nghi độc tố trong cám tự trộn",
        "Trại heo nái ở Châu Thành (Trà Vinh) có nái sảy thai, lên giống bất thường, nghi zearalenone trong bắp. Cần cách "
        "xét nghiệm độc tố trong cám tự trộn và chất hấp phụ có hiệu quả với nhiều loại độc tố.",
        {"pSo095": 2, "pSo110": 2, "pSo106": 1, "pSo099": 1, "pSo103": 1, "pSo101": 1, "pSo109": 1},
    ),
    (
        "pSn21",
        "vi",
        "afla_north",
        "Tập huấn nhận biết nấm mốc, aflatoxin trên bắp, đậu phộng",
        "HTX ở Trà Cú trữ bắp, đậu phộng làm thức ăn gà vịt, mùa mưa hay bị mốc. Cần tập huấn cho xã viên nhận biết nấm "
        "mốc, độc tố aflatoxin và cách phòng, xử lý nguyên liệu.",
        {"pSo102": 2, "pSo101": 2, "pSo105": 1, "pSo120": 1, "pSo095": 1, "pSo096": 1},
    ),
    (
        "pSn22",
        "en",
        "ams_myco",
        "Verified rapid tests at rice bran intake",
        "Rice bran and broken rice traders' cooperative in Bình Minh wants rapid tests of proven accuracy for the main "
        "mycotoxins at receiving, so it can sort lots before selling to feed mixers.",
        {"pSo095": 2, "pSo099": 2, "pSo096": 1, "pSo098": 1, "pSo100": 1},
    ),
    (
        "pSn23",
        "en",
        "binders_adverse",
        "Choosing an effective, safe mycotoxin binder",
        "Pig farm in Long Hồ adds bentonite to all feed but worries it binds nutrients and does little for toxins other "
        "than aflatoxin. We want data to pick an effective binder and dose.",
        {"pSo106": 2, "pSo110": 2, "pSo108": 2, "pSo109": 1, "pSo103": 1, "pSo107": 1},
    ),
    (
        "pSn24",
        "en",
        "ruipu",
        "Stable, cheaper premix supply for a farm mixer",
        "Feed-mixing cooperative in Càng Long pays a lot for a combined premix that loses potency in humid storage. We "
        "want separate vitamin and trace-mineral premixes at a fair price, or help to make part ourselves.",
        {"pSo113": 2, "pSo115": 2, "pSo114": 2, "pSo046": 1},
    ),
    (
        "pSn25",
        "en",
        "ouci_enz",
        "Feed enzymes for duck rations high in rice bran",
        "Duck farmers' group in Trà Ôn feeds a lot of rice bran and paddy. We want exogenous enzymes (phytase, xylanase) "
        "to improve digestibility and cut phosphate costs.",
        {"pSo116": 2, "pSo117": 2, "pSo118": 2, "pSo035": 1, "pSo046": 1},
    ),
    (
        "pSn26",
        "vi",
        "memart_camgao",
        "Bổ sung phytase cho khẩu phần heo nhiều cám gạo",
        "Trại heo ở Mang Thít dùng 30–40% cám gạo trong khẩu phần. Muốn bổ sung enzyme phytase, xylanase để heo tận dụng "
        "phốt pho, giảm bột xương và DCP mua ngoài.",
        {"pSo116": 2, "pSo117": 2, "pSo118": 1, "pSo035": 1, "pSo046": 1, "pSo032": 1},
    ),
    (
        "pSn27",
        "vi",
        "biogas",
        "Nuôi ruồi lính đen xử lý phân heo, lấy ấu trùng nuôi gà cá",
        "Trại heo khép kín ở Càng Long đã có biogas, muốn nuôi thêm ruồi lính đen để xử lý phân và lấy ấu trùng nuôi gà, "
        "cá. Cần chuyển giao kỹ thuật và mô hình phù hợp.",
        {"pSo071": 2, "pSo073": 2, "pSo072": 1, "pSo150": 1, "pSo074": 1, "pSo077": 1},
    ),
    (
        "pSn28",
        "vi",
        "az_trun",
        "Nuoi trun que lam thuc an dam cho ga, ca, luon",
        "Nha o Tra Cu dang nuoi trun que bang phan bo. Muon biet cach che bien, cho ga, ca, luon an trun que de giam tien "
        "mua thuc an dam.",
        {"pSo083": 2, "pSo084": 1, "pSo070": 1, "pSo085": 1},
    ),
    (
        "pSn29",
        "en",
        "trdizin",
        "Regular supply of BSF larvae meal for catfish feed",
        "Catfish grower and feed mixer in Long Hồ wants a steady supply of black soldier fly larvae meal "
        "with high protein "
        "to cut fish meal in its pellets.",
        {"pSo077": 2, "pSo081": 2, "pSo070": 2, "pSo078": 1, "pSo150": 1, "pSo072": 1, "pSo080": 1, "pSo075": 1},
    ),
    (
        "pSn30",
        "vi",
        "bsf_nd46",
        "Mua trứng ruồi lính đen và được hướng dẫn nuôi",
        "Tổ hợp tác ở Cầu Ngang muốn bắt đầu nuôi ruồi lính đen làm thức ăn cho gà, vịt. Cần nơi bán trứng giống ổn định "
        "và hướng dẫn nuôi từ đầu.",
        {"pSo072": 2, "pSo150": 2, "pSo071": 2, "pSo073": 1, "pSo074": 1},
    ),
    (
        "pSn31",
        "en",
        "trung_co",
        "Live feed for newly hatched fish fry",
        "Hatchery in Mang Thít rearing snakehead and ornamental fish fry needs a reliable live, protein-rich first feed "
        "and the know-how to culture it.",
        {"pSo084": 2, "pSo154": 1, "pSo086": 1, "pSo083": 1},
    ),
    (
        "pSn32",
        "en",
        "lslauctions",
        "Growing duckweed on pond nutrients for fish and ducks",
        "Integrated duck–fish farm in Trà Cú wants to grow duckweed on the nutrients in its ponds and use it "
        "as protein for "
        "the fish and ducks.",
        {"pSo061": 2, "pSo062": 2, "pSo064": 2, "pSo066": 2, "pSo063": 1, "pSo156": 1, "pSo065": 1},
    ),
    (
        "pSn33",
        "vi",
        "kienthuc_beo",
        "Nuôi bèo tấm quanh năm cho vịt",
        "Hộ nuôi vịt ở Tiểu Cần muốn tự nuôi bèo tấm quanh năm làm thức ăn xanh giàu đạm cho vịt, giảm cám mua. Cần kỹ "
        "thuật nuôi, thu hoạch bèo năng suất cao.",
        {"pSo064": 2, "pSo066": 2, "pSo061": 2, "pSo067": 1, "pSo065": 1},
    ),
    (
        "pSn34",
        "vi",
        "ohgardens",
        "Che bien beo tam thanh vien cho ca ro phi",
        "Ao ca ro phi o Cau Ke co nhieu beo tam. Muon phoi, nghien va ep beo tam thanh vien tron voi cam de cho ca an, "
        "can ty le beo trong vien va cach lam.",
        {"pSo062": 2, "pSo061": 1, "pSo064": 1, "pSo158": 1, "pSo156": 1},
    ),
    (
        "pSn35",
        "en",
        "biologyinsights",
        "Ensiling shrimp heads and wet by-products for pigs",
        "Pig farmers near shrimp processors in Duyên Hải get shrimp heads and wet by-products for free. We want to ensile "
        "them with local carbohydrate sources so they keep and can be fed to pigs.",
        {"pSo043": 2, "pSo040": 1, "pSo050": 1, "pSo048": 1, "pSo047": 1},
    ),
    (
        "pSn36",
        "vi",
        "gia_cong_tn",
        "Thức ăn lên men lỏng giảm tiêu chảy heo con",
        "Trang trại heo gia công ở Tam Bình muốn chủ động làm thức ăn lên men lỏng để giảm tiêu chảy heo con sau cai sữa "
        "và tận dụng phụ phẩm.",
        {"pSo048": 2, "pSo050": 1, "pSo047": 1, "pSo049": 1},
    ),
    (
        "pSn37",
        "en",
        "biozoo_lcf",
        "Least-cost formulation software with local ingredients",
        "Pig and fish feed cooperative in Càng Long wants least-cost formulation software that holds data on local "
        "ingredients (rice bran, broken rice, cassava, trash fish) and re-optimises when prices change.",
        {"pSo087": 2, "pSo088": 2, "pSo091": 2, "pSo089": 1, "pSo090": 1, "pSo092": 1, "pSo093": 1},
    ),
    (
        "pSn38",
        "vi",
        "vietgahp",
        "Chuỗi VietGAHP cần lập và quản lý công thức thức ăn",
        "Chuỗi liên kết heo VietGAHP ở Vũng Liêm muốn tự lập công thức thức ăn và lưu thành phần nguyên liệu từng lô để "
        "truy xuất, thay vì mỗi hộ trộn theo kinh nghiệm.",
        {"pSo091": 2, "pSo092": 2, "pSo087": 2, "pSo036": 1},
    ),
    (
        "pSn39",
        "en",
        "dagatructiep",
        "Layer duck ration from paddy, bran, trash fish and shells",
        "Duck egg cooperative in Trà Ôn needs a balanced mixing formula for laying ducks using paddy, broken rice, rice "
        "bran, trash fish and crushed shells, plus the premix to add.",
        {"pSo052": 2, "pSo036": 2, "pSo034": 1, "pSo151": 1, "pSo087": 1},
    ),
    (
        "pSn40",
        "vi",
        "do_am",
        "Sấy lúa, tấm, bắp ướt làm thức ăn vịt",
        "Cơ sở ở Trà Ôn thu mua lúa, tấm, bắp còn ướt sau mưa để làm thức ăn vịt. Cần quy trình, thiết bị sấy về dưới "
        "14,5% ẩm để không mốc.",
        {"pSo125": 2, "pSo006": 1, "pSo122": 1, "pSo120": 1, "pSo121": 1},
    ),
    (
        "pSn41",
        "en",
        "flutrackers",
        "Stored corn and bran go mouldy in drums",
        "Feed mixer in Mang Thít stores corn and rice bran in closed drums and they go mouldy in the wet "
        "season. We need a "
        "storage system for a humid climate: hermetic bags, aeration or better bins.",
        {"pSo121": 2, "pSo122": 2, "pSo124": 1, "pSo128": 1, "pSo120": 1, "pSo123": 1},
    ),
    (
        "pSn42",
        "en",
        "eathealthy",
        "Hermetic storage against weevils and rats",
        "Layer farm in Bình Tân loses bagged feed and grain to weevils and rats. We want hermetic storage that stops "
        "insects without fumigants.",
        {"pSo121": 2, "pSo122": 1, "pSo128": 1, "pSo124": 1},
    ),
    (
        "pSn43",
        "vi",
        "cong_bo",
        "Thủ tục để HTX bán thức ăn viên tự sản xuất",
        "HTX ở Càng Long ép viên thức ăn cá, heo cho xã viên, nay muốn bán cho hộ lân cận. Cần biết điều kiện cơ sở sản "
        "xuất, chỉ tiêu chất lượng, an toàn phải công bố theo quy định hiện hành về thức ăn chăn nuôi.",
        {"pSo140": 2, "pSo141": 1, "pSo143": 1, "pSo144": 1, "pSo139": 1, "pSo142": 1},
    ),
    (
        "pSn44",
        "en",
        "healthdocbox",
        "Lab tests of protein, moisture, calcium and phosphorus for labels",
        "Feed cooperative in Cầu Kè needs a laboratory to analyse crude protein, moisture, calcium and phosphorus in its "
        "pig and fish feeds for product labels, with clear prices per sample.",
        {"pSo130": 2, "pSo132": 2, "pSo133": 2, "pSo129": 1, "pSo131": 1},
    ),
    (
        "pSn45",
        "en",
        "ksu_analysis",
        "Setting up a basic in-house feed lab",
        "Small feed mill in Long Hồ wants its own basic lab (dry matter, ash, crude protein, fat) instead of sending "
        "samples to Cần Thơ or Ho Chi Minh City, with an equipment list and staff training.",
        {"pSo133": 2, "pSo131": 2, "pSo129": 1, "pSo130": 1, "pSo132": 1},
    ),
    (
        "pSn46",
        "vi",
        "attp",
        "Xin chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi",
        "Cơ sở trộn thức ăn ở Trà Cú được hướng dẫn xin giấy an toàn thực phẩm nhưng thấy không đúng. Cần biết đúng điều "
        "kiện và hồ sơ để được chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi thương mại.",
        {"pSo140": 2, "pSo143": 1, "pSo141": 1, "pSo144": 1},
    ),
    (
        "pSn47",
        "en",
        "thong_tu_04",
        "Which safety limits apply to our farm-made pig feed?",
        "Cooperative in Châu Thành (Trà Vinh) sells farm-made pig feed locally and must know which national safety "
        "criteria and maximum levels (toxins, microbes, heavy metals) apply before testing.",
        {"pSo140": 2, "pSo141": 1, "pSo144": 1, "pSo142": 1},
    ),
    (
        "pSn48",
        "en",
        "luanvan_taituong",
        "Best home-made feed for giant gourami",
        "Giant gourami grower in Vũng Liêm wants to know which cheap home-made feed (greens, rice bran mixes, moist "
        "pellets) gives the best growth and survival.",
        {"pSo020": 2, "pSo152": 1, "pSo066": 1, "pSo062": 1, "pSo044": 1},
    ),
    (
        "pSn49",
        "en",
        "menbia",
        "Yeast fermentation to raise protein in cassava and bran",
        "A cooperative near a brewery in Vĩnh Long can get yeast cheaply and wants to ferment cassava meal, cassava pulp "
        "and rice bran to raise their protein for pig feed.",
        {"pSo051": 2, "pSo039": 2, "pSo047": 1, "pSo048": 1, "pSo049": 1},
    ),
    (
        "pSn50",
        "vi",
        "gao_do",
        "Nhà máy xay xát muốn làm thức ăn viên từ tấm, cám",
        "Nhà máy xay xát ở Bình Minh dư nhiều tấm, cám. Muốn đầu tư dây chuyền nhỏ làm thức ăn viên cho cá, "
        "bán cho hộ nuôi "
        "quanh vùng.",
        {"pSo019": 2, "pSo155": 2, "pSo014": 2, "pSo020": 1, "pSo026": 1, "pSo158": 1},
    ),
    (
        "pSn51",
        "vi",
        "ca_ro_dau_vuong",
        "Tự làm thức ăn viên chìm cho cá rô đầu vuông",
        "Nuôi cá rô đầu vuông ở Trà Cú, muốn tự chế thức ăn viên ẩm, viên chìm tại nhà từ cám, cá tạp, bột đậu nành, "
        "không cần máy ép đùn đắt tiền. Cần công thức và cách làm.",
        {"pSo020": 2, "pSo019": 2, "pSo152": 1, "pSo044": 1},
    ),
    (
        "pSn52",
        "vi",
        "binhminh_ropi",
        "Ca ro phi long be, muon tu lam thuc an vien noi re hon",
        "Nuoi ca ro phi long be tren song o Long Ho, tien thuc an chiem khoang 60% chi phi. Muon tu ep vien noi tu cam, "
        "tam, bot ca de giam gia thanh, can may va cach lam.",
        {"pSo026": 2, "pSo155": 2, "pSo020": 1, "pSo019": 1, "pSo062": 1, "pSo044": 1, "pSo158": 1},
    ),
    (
        "pSn53",
        "vi",
        "dinhduong_heo",
        "Heo chậm lớn dù ăn cám tự trộn",
        "Heo thịt ở Cầu Kè ăn cám tự trộn từ cám gạo, tấm mà chậm lớn, lông xù. Nghi thiếu đạm, lysine, khoáng. Cần tư "
        "vấn cân đối khẩu phần và chất bổ sung phù hợp.",
        {"pSo036": 2, "pSo045": 2, "pSo114": 2, "pSo092": 1, "pSo087": 1, "pSo113": 1, "pSo046": 1},
    ),
    (
        "pSn54",
        "vi",
        "midwest_hm",
        "Can may nghien bua nho cho trai vit",
        "Trai vit o Tra On can may nghien bua nho de nghien lua, bap, tam, chay dien 1 pha hoac gan dau may, "
        "doi duoc luoi "
        "de nghien min cho vit con.",
        {"pSo005": 2, "pSo003": 2, "pSo001": 2, "pSo007": 1, "pSo002": 1},
    ),
    (
        "pSn55",
        "vi",
        "beo_tha_ho",
        "Thả bèo trong ao vừa làm thức ăn vừa che mát cho cá",
        "Hộ nuôi cá rô phi và cá cảnh ở Long Hồ muốn thả, nuôi bèo trong ao để cá ăn bớt cám và che mát mùa nắng. Cần "
        "giống bèo và kỹ thuật nuôi không để bèo chết thối.",
        {"pSo064": 2, "pSo066": 2, "pSo065": 1, "pSo062": 1},
    ),
    (
        "pSn56",
        "vi",
        "vietgahp",
        "Kiểm nghiệm định kỳ thức ăn tự trộn trong chuỗi VietGAHP",
        "Chuỗi heo VietGAHP ở Vũng Liêm cần kiểm nghiệm định kỳ cám tự trộn của các hộ: đạm thô, độ ẩm, béo, tro và "
        "aflatoxin, để chứng minh chất lượng với người mua.",
        {"pSo133": 2, "pSo130": 2, "pSo132": 2, "pSo099": 1, "pSo098": 1, "pSo097": 1},
    ),
    (
        "pSn57",
        "vi",
        "nongnghiepso",
        "Lên men phụ phẩm làm thức ăn heo khi giá cám tăng",
        "Giá thức ăn tăng cao, HTX heo ở Càng Long muốn chuyển một phần sang thức ăn lên men từ phụ phẩm (bã đậu, cám, "
        "sắn) để giảm chi phí. Cần men và quy trình ủ dễ làm.",
        {"pSo047": 2, "pSo048": 2, "pSo049": 2, "pSo050": 1, "pSo051": 1, "pSo039": 2},
    ),
    (
        "pSn58",
        "vi",
        "exchangenet",
        "Nuôi heo bằng khoai lang, cần bổ sung đạm rẻ",
        "Hộ đồng bào Khmer ở Trà Cú nuôi heo chủ yếu bằng khoai lang, dây lang, cám. Cần nguồn đạm rẻ, dễ kiếm tại chỗ "
        "hoặc thức ăn bổ sung để khẩu phần cân đối.",
        {"pSo045": 2, "pSo041": 2, "pSo040": 2, "pSo042": 2, "pSo067": 1},
    ),
    (
        "pSn59",
        "vi",
        "artiocom",
        "Trại gà thịt muốn tự ép cám viên tại trại",
        "Trại gà thịt ở Tam Bình muốn tự ép cám viên từ nguyên liệu mua về và phụ phẩm, khoảng vài trăm kg mỗi giờ. Cần "
        "máy ép viên và quy trình.",
        {"pSo019": 2, "pSo006": 2, "pSo017": 2, "pSo018": 2, "pSo014": 1, "pSo015": 1},
    ),
    (
        "pSn60",
        "vi",
        "ca_chem",
        "Máy ép viên nổi cỡ vừa cho vùng nuôi cá chẽm lồng",
        "Tổ hợp tác nuôi cá chẽm lồng ở cửa sông Cổ Chiên (Trà Vinh) muốn ép viên nổi đạm cao cho cá, công suất vài trăm "
        "kg đến 1 tấn/giờ.",
        {"pSo155": 2, "pSo028": 2, "pSo025": 2, "pSo031": 2, "pSo020": 1},
    ),
    (
        "pSn61",
        "vi",
        "tham_canh",
        "Kiểm tra chất lượng thức ăn viên mua ngoài",
        "Hộ nuôi cá tra thâm canh ở Trà Ôn mua thức ăn viên của nhiều đại lý, chất lượng không đều. Cần cách kiểm tra độ "
        "bền trong nước, mùi, màu, bột vụn trước khi nhận hàng.",
        {"pSo136": 2, "pSo137": 2, "pSo134": 2, "pSo135": 1, "pSo138": 1},
    ),
    (
        "pSn62",
        "vi",
        "longan_survey",
        "Ứng dụng tính khẩu phần heo đơn giản",
        "Hộ nuôi heo quy mô nhỏ ở Mang Thít cần phần mềm hoặc ứng dụng đơn giản để tính khẩu phần từ nguyên liệu sẵn có, "
        "chọn tổ hợp rẻ nhất mà đủ dinh dưỡng.",
        {"pSo087": 2, "pSo088": 2, "pSo091": 1, "pSo092": 1, "pSo089": 1},
    ),
    (
        "pSn63",
        "vi",
        "myco_heo",
        "Chất hấp phụ độc tố nấm mốc hiệu quả cho heo",
        "Đại lý thức ăn ở Bình Tân muốn bán kèm chất hấp phụ độc tố nấm mốc cho hộ trộn cám heo, cần sản phẩm có số liệu "
        "hiệu quả rõ ràng.",
        {"pSo109": 2, "pSo110": 2, "pSo106": 1, "pSo103": 1, "pSo108": 1, "pSo107": 1, "pSo101": 1},
    ),
    (
        "pSn64",
        "vi",
        "afla_north",
        "Bao quan kin bap, dau phong cho khoi moc, khoi mot",
        "Nha o Tra Cu tru bap va dau phong lam thuc an ga vit, de lau bi moc va mot. Can cach bao quan kin, chong am, "
        "khong dung thuoc xong.",
        {"pSo121": 2, "pSo122": 2, "pSo120": 1, "pSo128": 1},
    ),
    (
        "pSn65",
        "vi",
        "bsf_nd46",
        "Nguồn bột ấu trùng ruồi lính đen khô để bán",
        "Đại lý thức ăn thủy sản ở Cầu Kè muốn nhập bột ấu trùng ruồi lính đen khô, ổn định, bán cho hộ nuôi thay một "
        "phần bột cá.",
        {"pSo070": 2, "pSo150": 2, "pSo077": 2, "pSo081": 2, "pSo074": 1, "pSo075": 1},
    ),
    (
        "pSn66",
        "en",
        "quangba_wood",
        "Feed pellet mill, not a wood pellet mill",
        "Rice mill in Bình Minh was offered a heavy biomass pellet machine. We need a feed pellet mill for soft materials "
        "(corn, rice bran, soybean meal) of about 1 t/h to pellet duck and fish feed.",
        {"pSo017": 2, "pSo018": 2, "pSo014": 2, "pSo019": 2, "pSo015": 1},
    ),
    (
        "pSn67",
        "en",
        "hc_pellet",
        "Cooling and screening after our pellet mill",
        "Small feed mill in Cầu Ngang already pellets feed, but hot pellets sweat and mould in bags and carry many fines. "
        "We need a cooler and screener matched to the press.",
        {"pSo015": 2, "pSo014": 1, "pSo016": 1, "pSo017": 1},
    ),
    (
        "pSn68",
        "en",
        "visualfoodie",
        "Right grind size and screens for fish and pig feed",
        "Feed mixer in Trà Ôn makes both fish and pig feed and gets uneven pellets. We need advice and "
        "hammer-mill screens "
        "to grind fine for fish feed and coarser for pigs.",
        {"pSo002": 2, "pSo005": 2, "pSo028": 1, "pSo015": 1, "pSo004": 1},
    ),
    (
        "pSn69",
        "en",
        "trdizin",
        "Feeding trial support for BSF meal in tilapia feed",
        "Tilapia farmers' group in Long Hồ wants a partner to run an on-farm trial of black soldier fly meal in its feed "
        "and tell us a safe replacement level.",
        {"pSo079": 2, "pSo076": 2, "pSo078": 1, "pSo080": 1},
    ),
    (
        "pSn70",
        "en",
        "agritech",
        "Premix a small farm mixer can actually buy",
        "Small duck and pig feed mixers in Trà Cú find that many premixes are sold only to approved feed "
        "manufacturers. We "
        "need a dry vitamin–mineral premix sold to farm mixers, with dosing guidance.",
        {"pSo114": 2, "pSo115": 2, "pSo113": 2, "pSo046": 1},
    ),
    (
        "pSn71",
        "en",
        "biologyinsights",
        "Ensiling wet rice bran to store it longer",
        "Pig farm in Vũng Liêm buys wet rice bran in bulk when cheap and wants to ensile it airtight so it "
        "keeps for weeks "
        "without going rancid.",
        {"pSo050": 2, "pSo032": 2, "pSo047": 1, "pSo040": 1},
    ),
    (
        "pSn72",
        "en",
        "americantarps",
        "Sealed bags to store corn and rice bran on the farm",
        "Poultry farm in Càng Long wants airtight grain bags or covers to keep corn and rice bran dry and insect-free for "
        "several months.",
        {"pSo121": 2, "pSo122": 1, "pSo128": 1},
    ),
    (
        "pSn73",
        "en",
        "empireadda",
        "Simple mixer for a pig farm",
        "Pig farm in Tiểu Cần does not need a mixer wagon; it needs a simple stationary mixer for 300–500 kg batches of "
        "home-made mash.",
        {"pSo011": 2, "pSo013": 2, "pSo008": 2, "pSo010": 2, "pSo157": 1},
    ),
    (
        "pSn74",
        "en",
        "exchangenet",
        "Training in ensiling cassava roots for pigs",
        "Pig households in Trà Cú want hands-on training to ensile cassava roots and leaves so they can feed "
        "them all year.",
        {"pSo043": 2, "pSo049": 2, "pSo050": 1, "pSo040": 1},
    ),
    (
        "pSn75",
        "en",
        "ruipu",
        "Making our own trace-mineral premix",
        "Feed-mixing cooperative in Càng Long mixes enough feed that buying trace minerals as salts and making its own "
        "premix could pay. We need the method and calculations.",
        {"pSo113": 2, "pSo114": 1, "pSo046": 1},
    ),
    (
        "pSn76",
        "vi",
        "gia_cong_tn",
        "Đo nhanh độ ẩm nguyên liệu đầu vào",
        "Trại heo gia công ở Bình Tân muốn tự trộn một phần thức ăn, cần thiết bị đo nhanh độ ẩm và ngưỡng ẩm an toàn cho "
        "bắp, tấm, cám, khô dầu khi nhập kho.",
        {"pSo120": 2, "pSo133": 1, "pSo130": 1},
    ),
]
