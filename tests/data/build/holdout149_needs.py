"""Needs of holdout149 (fishing nets, ropes, tarpaulins and canvas goods), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}). Grade 2 = would solve the need,
1 = partly relevant or an adjacent step; offers not listed are not relevant.
"""

NEEDS = [
    # --- (A) knitting and repairing nets, mesh sizes, selective gear ---
    (
        "nUn01",
        "vi",
        "n_tvday",
        "Cải tiến lưới đáy cố định cho tổ hợp tác nghề đáy ở Duyên Hải",
        "Tổ hợp tác nghề đáy xã Đông Hải (Duyên Hải, Trà Vinh) có các dàn đáy đóng cọc cách bờ từ 2 đến 10 km, "
        "ngư dân phải ăn ngủ trên chòi lá dựng trên cột đáy để canh lưới. Lưới đáy hiện là loại túi một cọc, khi "
        "con nước đổi chiều thì túi lưới lật, cá thoát ra nên phải thu cá đúng lúc nước đứng. Chúng tôi cần thiết "
        "kế lưới cố định kiểu mới (hai điểm neo, dễ tách túi thu cá) để bớt phải trực chòi và tăng sản lượng mỗi "
        "vàng lưới.",
        {"nUo163": 2, "nUo017": 1, "nUo009": 1, "nUo013": 1},
    ),
    (
        "nUn02",
        "en",
        "n_valuoi_na",
        "Net-mending training for the women's repair team at Định An port",
        "Our net-mending group at Định An fishing port (Trà Cú, Trà Vinh) is mostly women who take in torn purse-seine "
        "and trawl panels after every long trip; the first damage check decides how long and how costly the repair "
        "will be. Tools are simple (plastic needles, small knives, twine, lead) but new members make mistakes that "
        "cost a whole trip's catch. We want hands-on training in mending methods, knots and patching so the team "
        "can repair faster and to a consistent standard.",
        {"nUo003": 2, "nUo006": 2, "nUo005": 2, "nUo004": 1, "nUo020": 1, "nUo008": 1},
    ),
    (
        "nUn03",
        "vi",
        "n_quynhluu",
        "Can thue to va luoi vay cho doi tau o Cau Ngang",
        "Doi tau luoi vay o xa My Long Nam, huyen Cau Ngang (Tra Vinh) co khoang 40 chiec, sau moi chuyen bien "
        "luoi vay bi rach nhieu cho. Tim mot to va luoi 15-20 nguoi nhan va theo don dat hang cua chu tau, lam "
        "nhanh trong vai ngay de tau kip ra khoi chuyen sau, tra cong theo ngay hoac theo vang luoi.",
        {"nUo004": 2, "nUo005": 1, "nUo003": 1, "nUo006": 1},
    ),
    (
        "nUn04",
        "en",
        "n_haitrieu",
        "Stronger gillnet netting for coastal households in Long Toàn",
        "Fishing households in Long Toàn ward (Duyên Hải, Trà Vinh) knit their own inshore gillnets from cheap nylon "
        "or monofilament twine that wears out quickly, and their nets only suit a few species of one size. Some have "
        "started copying the stronger imported nets they saw at sea. We are looking for a supplier of durable, "
        "heat-set netting in several mesh sizes, with advice on twine choice and knitting, so each net lasts more "
        "than one season.",
        {"nUo016": 2, "nUo017": 2, "nUo018": 2, "nUo002": 1, "nUo001": 1, "nUo014": 1},
    ),
    (
        "nUn05",
        "vi",
        "n_valuoi_tsvn",
        "Đầu tư máy dệt lưới thay đan tay cho cơ sở ở Cầu Ngang",
        "Cơ sở đan và vá lưới của gia đình tôi ở thị trấn Mỹ Long (Cầu Ngang, Trà Vinh) vẫn đan tấm lưới bằng tay. "
        "Vào tháng 5 đến tháng 7 tàu về dồn dập, chủ ghe cần lưới mới gấp mà thợ không theo kịp. Chúng tôi muốn đầu "
        "tư một dây chuyền hoặc máy dệt lưới (có gút hoặc không gút) cỡ nhỏ, được chuyển giao kỹ thuật vận hành, để "
        "chủ động cung cấp tấm lưới cho các tàu trong huyện.",
        {"nUo002": 2, "nUo001": 1, "nUo018": 1, "nUo022": 1, "nUo016": 1},
    ),
    (
        "nUn06",
        "en",
        "n_aminer",
        "Codend that lets juvenile fish escape – trawler group in Trà Cú",
        "A group of bottom-trawl owners in Trà Cú (Trà Vinh) uses ordinary diamond-mesh codends; as the catch builds "
        "up the meshes close and far too many undersized fish are retained. We have heard that turning the netting "
        "45 degrees (square mesh) or fixing the mesh shape gives a sharper size selection. We want a tested codend "
        "design, with the mesh size to use, that keeps marketable fish and releases the juveniles.",
        {"nUo010": 2, "nUo011": 2, "nUo012": 2, "nUo009": 1, "nUo013": 1},
    ),
    (
        "nUn07",
        "vi",
        "n_ifremer",
        "Đánh giá tính chọn lọc của ngư cụ để đề xuất mắt lưới tối thiểu",
        "Hội nghề cá huyện Duyên Hải (Trà Vinh) muốn giảm lượng cá con, cá không mong muốn bị bắt trong mẻ lưới "
        "kéo và lưới rê của hội viên. Chúng tôi cần một đơn vị đo đạc, đánh giá tính chọn lọc của các loại lưới "
        "đang dùng (đường cong chọn lọc, chiều dài cá bị giữ lại 50%) và tư vấn kích thước mắt lưới phù hợp với "
        "nguồn lợi ven biển.",
        {"nUo013": 2, "nUo009": 2, "nUo011": 2, "nUo010": 1, "nUo014": 1, "nUo012": 1},
    ),
    (
        "nUn08",
        "vi",
        "n_cnmesh",
        "Hướng dẫn mắt lưới tối thiểu và lắp ráp lưới rê ba lớp trên sông Hậu",
        "Hợp tác xã khai thác thủy sản ở Trà Ôn (Vĩnh Long) có nhiều hộ dùng lưới rê đánh cá trên sông Hậu và các "
        "nhánh sông cụt. Hội viên tự lắp lưới theo kinh nghiệm, mắt lưới ngày càng nhỏ. Chúng tôi cần quy định về "
        "kích thước mắt lưới tối thiểu được phép và hướng dẫn thông số, cách lắp ráp lưới rê ba lớp cho vùng nước "
        "sâu từ 1 m trở lên.",
        {"nUo015": 2, "nUo014": 1, "nUo009": 1},
    ),
    (
        "nUn09",
        "en",
        "n_memart_bien",
        "Cutting bycatch in the bottom trawls of Ba Động fishers",
        "Small trawlers landing at Ba Động beach (Trường Long Hòa, Duyên Hải, Trà Vinh) tow bag-shaped bottom trawls "
        "whose codend keeps almost everything the wings and body herd in. Buyers now refuse catches full of juvenile "
        "and non-target fish. We want practical gear changes (escape panels, larger or differently shaped meshes) "
        "that reduce unwanted catch without losing the main catch.",
        {"nUo012": 2, "nUo009": 2, "nUo010": 1, "nUo162": 1},
    ),
    (
        "nUn10",
        "vi",
        "n_a2z",
        "Can lop day that nut va va luoi cho thanh nien xa Hiep Thanh",
        "Doan thanh nien xa Hiep Thanh (Duyen Hai, Tra Vinh) muon mo lop ngan ngay day nghe va luoi cho thanh nien "
        "khong co viec lam: cach dung kim dan luoi, cac kieu nut (nut det, nut so, nut mot vong, hai vong), cach cat "
        "mieng va va mieng luoi. Can giao vien co kinh nghiem va tai lieu huong dan.",
        {"nUo005": 2, "nUo003": 2, "nUo006": 2, "nUo020": 1, "nUo008": 1},
    ),
    (
        "nUn11",
        "en",
        "n_viewchange",
        "Reviving hand-made cast nets for river fishers in Vũng Liêm",
        "A fishers' cooperative in Vũng Liêm (Vĩnh Long) wants to bring back hand-made cast nets: round weighted "
        "nets up to about four metres across, thrown from the bank or a sampan. Members buy factory nets that tangle "
        "and tear. We need someone to make cast nets to order and to teach members to knit and rig them themselves "
        "with a mesh gauge and netting needle.",
        {"nUo020": 2, "nUo021": 2, "nUo003": 1, "nUo005": 1},
    ),
    (
        "nUn12",
        "vi",
        "n_tvdinhan",
        "Lưới kéo đôi nhẹ, giảm lực cản cho tàu 380 CV ở cảng Định An",
        "Gia đình tôi ở thị trấn Định An (Trà Cú, Trà Vinh) có ba đôi tàu lưới kéo xa bờ công suất 380 CV/chiếc, đánh "
        "ở ngư trường Bà Rịa - Vũng Tàu, Bạc Liêu, Cà Mau. Giá dầu tăng làm chi phí mỗi chuyến biển tăng hơn 50%. "
        "Chúng tôi cần loại lưới kéo bền, nhẹ, ít lực cản (sợi mới, kết cấu mắt mới) để kéo cùng tốc độ mà tốn ít dầu "
        "hơn.",
        {"nUo001": 2, "nUo022": 1, "nUo024": 1, "nUo017": 1},
    ),
    (
        "nUn13",
        "en",
        "n_bentre754",
        "Proving netting strength for gear rules – fishers' association in Bình Đại",
        "The fishers' association of Bình Đại (former Bến Tre, now Vĩnh Long) must show that the nets members buy "
        "meet the provincial rules on permitted gear and the specifications in purchase contracts. Disputes arise "
        "when new netting breaks early. We need an accredited test of mesh breaking force on sample panels, "
        "preferably wet, with a written report.",
        {"nUo133": 1, "nUo134": 2, "nUo135": 1, "nUo136": 1},
    ),
    (
        "nUn14",
        "en",
        "n_jelly",
        "Jellyfish clogging the shrimp stow nets in Trà Cú",
        "Shrimp stow-net and trawl fishers on the Định An estuary (Trà Cú, Trà Vinh) lose whole hauls when jellyfish "
        "blooms fill the nets: crews waste hours removing jellyfish and mending torn netting, and buyers penalise "
        "catches contaminated with jellyfish. Expensive high-tech nets are out of reach for our small boats. We want "
        "an affordable net reconfiguration or bycatch device that lets jellyfish out while keeping the shrimp.",
        {"nUo162": 2, "nUo009": 1, "nUo013": 1},
    ),
    # --- (B) ropes and mooring lines ---
    (
        "nUn15",
        "vi",
        "n_pbo",
        "Dây neo ghe không bị giòn, đứt dưới nắng",
        "Hợp tác xã vận tải đường sông ở Trà Ôn (Vĩnh Long) dùng dây PP rẻ tiền để neo và buộc ghe. Dây nổi, nhẹ, "
        "nhưng phơi nắng vài tháng là giòn, sờn và đứt bất ngờ, đã có ghe bị trôi. Chúng tôi cần tư vấn chọn loại dây "
        "neo chịu tia UV, đủ lực cho ghe 10-30 tấn, và địa chỉ mua dây chất lượng.",
        {"nUo046": 1, "nUo047": 2, "nUo048": 2, "nUo049": 1, "nUo052": 1},
    ),
    (
        "nUn16",
        "en",
        "n_paperminded",
        "Mechanising rope laying from coir yarn in Càng Long",
        "Our family workshop in Càng Long (Trà Vinh) buys coir yarn and lays it into three-strand ropes by hand: yarns "
        "are twisted into strands, then the strands are twisted the other way into rope. It is slow, the twist is "
        "uneven and the rope needs joints. We want a rope-laying machine for coir and the know-how to make long "
        "ropes without joints.",
        {"nUo027": 2, "nUo030": 2, "nUo029": 1, "nUo028": 1, "nUo054": 1},
    ),
    (
        "nUn17",
        "vi",
        "n_billpridemore",
        "Máy xe chỉ xơ dừa năng suất cao cho tổ sản xuất ở Đức Mỹ",
        "Tổ sản xuất chỉ xơ dừa ở xã Đức Mỹ (Càng Long, Trà Vinh) có hơn chục hộ xe chỉ bằng tay quay, sợi chỗ to "
        "chỗ nhỏ, mỗi người chỉ được vài chục mét một giờ. Chúng tôi cần máy xe chỉ xơ dừa chạy điện, nhiều trục, "
        "sợi đều, để bán chỉ cho các cơ sở đánh dây thừng và dệt thảm.",
        {"nUo028": 2, "nUo029": 2, "nUo027": 1, "nUo031": 1},
    ),
    (
        "nUn18",
        "vi",
        "n_coirclothing",
        "Công nghệ ngâm, tách xơ dừa lấy sợi dài làm dây",
        "Cơ sở của tôi ở Mỏ Cày (trước thuộc Bến Tre, nay là Vĩnh Long) đang bán vỏ dừa thô với giá rất thấp. "
        "Chúng tôi muốn tự tách xơ: ngâm vỏ cho mềm, tách xơ dài ra khỏi mụn, làm sạch và phơi để có sợi dài đủ "
        "chất lượng xe chỉ, đánh dây. Cần quy trình và thiết bị phù hợp quy mô hộ.",
        {"nUo032": 2, "nUo031": 2, "nUo033": 1},
    ),
    (
        "nUn19",
        "en",
        "n_cottonrope",
        "Breaking-strength tests for coir ropes sold to export buyers",
        "A coir rope producer in Thạnh Phú (former Bến Tre, now Vĩnh Long) has an overseas buyer who asks for "
        "certified tensile strength, elongation and diameter for each rope size before signing. We have no testing "
        "machine. We need a laboratory that can test fibre ropes to an international method and issue reports.",
        {"nUo149": 2, "nUo148": 2, "nUo150": 2, "nUo034": 1},
    ),
    (
        "nUn20",
        "vi",
        "n_hyac_tn",
        "Xử lý mốc cho sợi và sản phẩm lục bình ở Long Hồ",
        "Đại lý hàng lục bình ở ấp Phước Định 2, xã Bình Hòa Phước (Long Hồ, Vĩnh Long) gom hàng đan thô của chị "
        "em, phơi nắng 3 ngày, gặp mưa thì phải 5-7 ngày. Lục bình hay bị mốc, phải chà sạch rồi phơi lại, hàng "
        "giao trễ. Chúng tôi cần quy trình sơ chế lục bình (hấp, sấy, nhuộm) để sợi khô đều, không mốc, đạt yêu cầu "
        "xuất khẩu.",
        {"nUo042": 2, "nUo039": 1, "nUo040": 1},
    ),
    (
        "nUn21",
        "vi",
        "n_redriver",
        "Mua sợi lục bình đã se sẵn cho tổ đan ở Mang Thít",
        "Tổ đan hàng thủ công ở Mang Thít (Vĩnh Long) nhận đơn giỏ, thảm, nhưng khâu tự cắt, phơi, se lục bình làm "
        "mất nhiều công và chất lượng sợi không đều. Chúng tôi muốn mua ổn định dây lục bình đã phân loại, phơi "
        "khô và se thành sợi, hoặc hợp đồng với cơ sở chuyên se sợi.",
        {"nUo038": 2, "nUo041": 2, "nUo040": 1, "nUo039": 1},
    ),
    (
        "nUn22",
        "en",
        "n_citypass",
        "Turning canal-clogging water hyacinth into rope in Tam Bình",
        "Water hyacinth chokes the canals of Tam Bình (Vĩnh Long), blocking boats and fishing. The commune wants to "
        "turn the clearing work into income: harvest the plants, dry and split the stems and twist them into rope for "
        "handicraft makers. We need the processing steps, drying times and a buyer for the rope.",
        {"nUo038": 1, "nUo039": 2, "nUo040": 2, "nUo041": 2, "nUo042": 1},
    ),
    (
        "nUn23",
        "vi",
        "n_howmade",
        "Đầu tư dây chuyền sản xuất dây thừng PP, PE",
        "Doanh nghiệp nhựa ở khu công nghiệp Long Đức (TP Trà Vinh) muốn mở thêm dòng sản phẩm dây thừng PP, PE "
        "cho ghe tàu và nông nghiệp. Chúng tôi cần dây chuyền từ hạt nhựa: đùn sợi, làm nguội, kéo giãn, quấn "
        "suốt, se và bện thành dây các cỡ, kèm chuyển giao công nghệ.",
        {"nUo050": 2, "nUo051": 2, "nUo052": 1, "nUo053": 1},
    ),
    (
        "nUn24",
        "en",
        "n_holtzman",
        "Which rope for anchoring pond aerators and fish cages in Cầu Ngang",
        "Our shrimp and fish farm in Cầu Ngang (Trà Vinh) ties aerators, floats and small cages with whatever rope "
        "is cheapest. Polypropylene goes brittle in the sun, polyethylene slips out of knots and some ropes shrink "
        "when wet. We need advice on the right fibre, construction and diameter for each job, and a supplier.",
        {"nUo047": 2, "nUo048": 2, "nUo049": 1, "nUo046": 1, "nUo052": 1},
    ),
    (
        "nUn25",
        "vi",
        "n_anthanh",
        "Chuyển từ bán chỉ xơ dừa sang đánh dây thừng cỡ lớn ở An Thạnh",
        "Làng nghề chỉ xơ dừa An Thạnh (Mỏ Cày Nam, trước thuộc Bến Tre, nay là Vĩnh Long) có 43 cơ sở và hơn 1.000 "
        "lao động, chủ yếu đập vỏ lấy chỉ, ép kiện, ép mụn bán cho nơi khác, công lao động khoảng 150.000 đồng/ngày. "
        "Cơ sở chúng tôi muốn làm thêm dây thừng xơ dừa cỡ lớn, liền sợi, chịu nước mặn để bán cho ngư dân buộc cọc "
        "đáy, neo chà; cần công nghệ và máy đánh dây thừng.",
        {"nUo027": 2, "nUo030": 2, "nUo054": 1, "nUo033": 1, "nUo029": 1},
    ),
    (
        "nUn26",
        "en",
        "b_coir_rb",
        "Choosing coir fibre for marine ropes – Mỏ Cày exporter",
        "An exporter in Mỏ Cày (former Bến Tre, now Vĩnh Long) wants to add coir ropes for seaweed and mussel lines "
        "to its range of coir yarn and mats. We need to know whether brown or white coir, bristle or mattress fibre "
        "gives the strongest, most salt-resistant rope, and a supplier of hand-twisted coir rope to trial.",
        {"nUo033": 2, "nUo054": 2, "nUo032": 1, "nUo034": 1},
    ),
    # --- (C) tarpaulins and canvas: drying yards, boat covers, shade, awnings ---
    (
        "nUn27",
        "vi",
        "n_camau",
        "Tấm phơi cá khô sạch, dễ gom khi mưa cho làng nghề ở Long Hòa",
        "Các hộ làm cá khô ở xã Long Hòa (Châu Thành, Trà Vinh) đang vào mùa Tết, mỗi ngày phơi hàng trăm ký cá trên "
        "nền xi măng và tấm ni lông cũ, cá dính cát, bụi, gặp mưa giông thì gom không kịp. Chúng tôi cần loại tấm "
        "phơi, lưới phơi hoặc bạt sạch, bền nắng, dễ trải và cuộn nhanh, phù hợp quy mô hộ.",
        {"nUo059": 2, "nUo060": 2, "nUo076": 1, "nUo077": 1, "nUo057": 1, "nUo074": 1},
    ),
    (
        "nUn28",
        "en",
        "n_baclieu",
        "Quick rain covers for drying racks of dried shrimp in Đông Hải",
        "A dried-shrimp and dried-fish workshop in Đông Hải (Duyên Hải, Trà Vinh) processes about 500 kg a day in the "
        "Tết season on long rows of drying racks. Sudden showers force us to carry trays inside. We need strong, "
        "UV-resistant waterproof tarpaulins, cut and eyeleted to the rack size, that can be pulled over the racks in "
        "minutes and last several seasons.",
        {"nUo059": 2, "nUo060": 2, "nUo057": 1, "nUo058": 1, "nUo076": 1},
    ),
    (
        "nUn29",
        "en",
        "n_aacho",
        "Ground sheets for sun-drying paddy in Tam Bình",
        "Rice farmers in Tam Bình (Vĩnh Long) still dry freshly threshed paddy on the roadside and on bare yards, "
        "losing grain and getting stones and dirt in the rice; a sudden rain means re-wetting. The cooperative wants "
        "to supply members with proper drying sheets (canvas, plastic or net) and guidance on using them.",
        {"nUo059": 2, "nUo060": 2, "nUo076": 1, "nUo077": 1, "nUo057": 1},
    ),
    (
        "nUn30",
        "vi",
        "n_zeashing",
        "Can bat phoi lua loai day, ben nang cho HTX o Vung Liem",
        "HTX nong nghiep o Vung Liem (Vinh Long) can mua so luong lon bat phoi lua cho xa vien, loai day, ben nang, "
        "khong thung khi cao lua, kich thuoc khoang 4x6 m, de gap cat. Lua thu hoach co do am cao, phai phoi ngay "
        "trong ngay nen can bat chat luong on dinh.",
        {"nUo060": 2, "nUo059": 2, "nUo077": 1, "nUo076": 1, "nUo057": 1},
    ),
    (
        "nUn31",
        "en",
        "n_trawler",
        "Making our own covers for tour boats at Cồn Chim",
        "Our community tourism group at Cồn Chim islet (Châu Thành, Trà Vinh) runs small tour boats whose vinyl seat "
        "covers and sun tops wear out within two years. Canvas shops in town promise to come and quote, then never "
        "show up. We would rather make our own: we need a heavy-duty sewing machine suited to canvas, suitable fabric "
        "and some training in patterning covers and biminis.",
        {"nUo062": 2, "nUo065": 2, "nUo064": 2, "nUo066": 1, "nUo063": 1, "nUo067": 1},
    ),
    (
        "nUn32",
        "vi",
        "c_passage",
        "Bạt phủ xuồng chèo du lịch ở Cồn Phụng với giá hợp lý",
        "Hợp tác xã du lịch ở Cồn Phụng (trước thuộc Bến Tre, nay là Vĩnh Long) cần bạt phủ cho 12 xuồng chèo dài 4-5 "
        "m để che mưa nắng khi đậu bến. Báo giá của các xưởng may bạt quá cao, gần bằng tiền mua một chiếc xuồng. "
        "Chúng tôi tìm xưởng may bạt thuyền giá hợp lý hoặc được hướng dẫn, cung cấp vật tư để tự may bạt cho vừa "
        "từng xuồng.",
        {"nUo063": 2, "nUo064": 2, "nUo062": 2, "nUo066": 2, "nUo067": 2, "nUo065": 1, "nUo057": 1},
    ),
    (
        "nUn33",
        "en",
        "n_epower",
        "Retractable awnings for shophouses in Vĩnh Long city",
        "Shop owners along the riverside street in Vĩnh Long city want awnings over their fronts: the south gets some "
        "2,000 to 2,600 sunshine hours a year and sudden downpours. Fixed corrugated roofs are ugly and block light. "
        "We look for a supplier of retractable or folding awnings with UV-resistant fabric and a sturdy frame, "
        "installed and maintained locally.",
        {"nUo068": 2, "nUo069": 2, "nUo057": 1, "nUo071": 1},
    ),
    (
        "nUn34",
        "vi",
        "n_landscape",
        "Mái che nắng bằng vải căng cho sân chơi trường tiểu học ở TP Trà Vinh",
        "Trường tiểu học ở TP Trà Vinh muốn che nắng cho sân chơi và khu chờ đón học sinh, giảm tia UV cho trẻ mà "
        "vẫn thoáng khí. Chúng tôi tìm đơn vị thiết kế và lắp buồm che nắng bằng vải căng giữa các cột, vải bền "
        "UV, không bị võng, đọng nước, có bảo hành nhiều năm.",
        {"nUo071": 2, "nUo073": 2, "nUo070": 2, "nUo072": 1, "nUo075": 1, "nUo083": 1},
    ),
    (
        "nUn35",
        "en",
        "n_nhaluoi",
        "Shade nets for a seedling nursery in Chợ Lách",
        "Our fruit-seedling nursery in Chợ Lách (former Bến Tre, now Vĩnh Long) grows grafted plants under simple "
        "bamboo net houses about 2-2.5 m high. Cheap shade nets turn brittle within a year. We need nets with the "
        "right shading rate for young plants that last several seasons, and advice on colour and density.",
        {"nUo074": 2, "nUo151": 1, "nUo083": 1, "nUo071": 1},
    ),
    (
        "nUn36",
        "vi",
        "n_brumleve",
        "Máy hàn bạt PVC thay may chỉ cho xưởng bạt ở Trà Vinh",
        "Xưởng may bạt che hàng, bạt xe tải của chúng tôi ở TP Trà Vinh đang cắt tay và nối tấm hoàn toàn bằng máy "
        "may; đường may bị thấm nước, chỉ mục sau một thời gian. Chúng tôi muốn chuyển sang quy trình bài bản hơn: "
        "cắt theo bản vẽ, hàn nhiệt các mối nối chống thấm cho vải phủ PVC, chỉ may ở chỗ cần gia cường; cần tư vấn "
        "và đầu tư máy hàn bạt (hàn khí nóng, hàn nêm hoặc cao tần) phù hợp xưởng nhỏ.",
        {"nUo055": 2, "nUo056": 2, "nUo153": 1, "nUo057": 1, "nUo061": 2},
    ),
    (
        "nUn37",
        "en",
        "c_a1tarps",
        "Heavier cargo tarps for rice trucks in Bình Minh",
        "A rice-trading company in Bình Minh (Vĩnh Long) covers trucks and barges of bagged rice with thin PE tarps "
        "that tear at the eyelets, leak and go brittle in the sun within months. We want heavy, flexible, "
        "UV-resistant PVC-coated polyester tarps made to size, with welded hems and reinforced eyelets, and a "
        "supplier who can weld repairs.",
        {"nUo057": 1, "nUo059": 2, "nUo060": 2, "nUo055": 2, "nUo056": 1, "nUo058": 1},
    ),
    (
        "nUn38",
        "vi",
        "n_botai",
        "Vải bạt chống thấm, chống tia UV để may mái che ghe",
        "Cơ sở đóng và sửa ghe ở Cầu Kè (Trà Vinh) đang may mui ghe bằng bạt PE đan tráng màng, nhẹ và rẻ nhưng nhanh "
        "rách, bạc màu. Chúng tôi cần nguồn vải bạt phủ nhựa PVC chống thấm tuyệt đối, chịu mài mòn, xé rách, có phụ "
        "gia chống tia cực tím và chống nấm mốc, không nứt khi phơi nắng lâu, để may mui và mái che cho ghe khách, "
        "ghe hàng.",
        {"nUo057": 2, "nUo060": 2, "nUo063": 1, "nUo143": 1, "nUo058": 2},
    ),
    # --- (D) aquaculture nets, pond liners, fouling on cage nets ---
    (
        "nUn39",
        "vi",
        "d_karmen",
        "Lưới lồng nuôi cá trên sông Cổ Chiên bị sinh vật bám, nghẹt nước",
        "Hợp tác xã nuôi cá lồng ở xã An Phước (Mang Thít, Vĩnh Long) có hơn 50 lồng. Sau vài tháng lưới bị rong, "
        "hà, vẹm bám dày, nước khó lưu thông, cá thiếu ôxy và dễ bệnh; thay lưới, giặt lưới bằng tay tốn nhiều "
        "công và làm cá bị sốc. Chúng tôi cần giải pháp chống bám bẩn cho lưới lồng (sơn, lớp phủ hoặc vật liệu lưới "
        "mới) an toàn cho cá.",
        {"nUo088": 2, "nUo113": 2, "nUo087": 2, "nUo089": 1, "nUo084": 1, "nUo093": 1, "nUo154": 1},
    ),
    (
        "nUn40",
        "en",
        "n_iwf",
        "Copper-free antifouling for brackish-water cages at Cung Hầu estuary",
        "A seabass cage farm near the Cung Hầu estuary (Cầu Ngang, Trà Vinh) is under pressure from buyers and local "
        "authorities because copper-based net coatings release a metal that is toxic to other marine life. We need an "
        "antifouling approach for the cage nets that contains no copper or other biocides, with evidence that fouling "
        "is reduced or easier to wash off.",
        {"nUo087": 2, "nUo092": 1, "nUo093": 1, "nUo089": 1, "nUo090": 1},
    ),
    (
        "nUn41",
        "en",
        "n_scilit",
        "Net-cleaning equipment for a 30-cage farm in Trà Cú",
        "We run about 30 fish cages in the Hậu River mouth at Trà Cú (Trà Vinh). Cleaning nets in place by hand or "
        "hauling them ashore takes divers and a large crew, and cleaning heavily fouled nets stresses the fish. We "
        "want mechanised or robotic in-situ net cleaning equipment, sized for small cages, and operator training.",
        {"nUo090": 2, "nUo094": 1, "nUo091": 1, "nUo089": 1, "nUo154": 1},
    ),
    (
        "nUn42",
        "vi",
        "d_cafef",
        "Can luoi va khung long chiu song cho be ca bop o bien Ba Dong",
        "Nhom ho nuoi ca bop, ca chim o vung bien Ba Dong (Duyen Hai, Tra Vinh) dung long go va phao xop, mua gio la "
        "hu, phai thay go lien tuc. Can mua long nhua HDPE tron hoac vuong co luoi nuoi di kem, chiu song gio, ben "
        "nhieu nam, co lap dat va huong dan.",
        {"nUo095": 2, "nUo096": 2, "nUo098": 2, "nUo084": 1, "nUo086": 1, "nUo114": 2},
    ),
    (
        "nUn43",
        "en",
        "d_cafef",
        "HDPE cage system for an offshore grouper pilot in Duyên Hải",
        "A company planning a pilot grouper farm off Duyên Hải (Trà Vinh) needs about 600 m3 of HDPE cages with "
        "netting, moorings and anchors able to ride out typhoons, supplied and installed by a firm with Vietnamese "
        "sea-farm references.",
        {"nUo096": 2, "nUo095": 2, "nUo098": 2, "nUo114": 2, "nUo084": 1},
    ),
    (
        "nUn44",
        "en",
        "n_shark",
        "Predator-proof, fouling-resistant cage mesh for a seabass farm",
        "A company farming cobia in a 3,000 m3 sea cage off Ba Động (Duyên Hải, Trà Vinh) keeps losing fish to large "
        "predators that bite straight through the nylon containment net; adding a predator net under the cage only "
        "moved the attacks to the top. Fouling also clogs the net in warm water. We want a bite-resistant cage mesh, "
        "ideally also resistant to fouling, with design help to fit it to our floating frame.",
        {"nUo084": 2, "nUo085": 2, "nUo086": 2, "nUo087": 1, "nUo096": 1},
    ),
    (
        "nUn45",
        "vi",
        "n_bizdir",
        "Lót bạt ao nuôi tôm thẻ bị thấm, sạt bờ ở Duyên Hải",
        "Trang trại nuôi tôm thẻ chân trắng ở xã Long Vĩnh (Duyên Hải, Trà Vinh) có 6 ao đất, bờ ao hay sạt, nước "
        "rò rỉ, đáy ao tích bùn khó vệ sinh. Chúng tôi cần mua bạt lót ao chống thấm bền nắng và đội thi công lót "
        "bạt đáy và bờ ao trọn gói trước vụ nuôi mới.",
        {"nUo100": 2, "nUo101": 2, "nUo108": 2, "nUo115": 2, "nUo102": 1, "nUo105": 1, "nUo111": 1},
    ),
    (
        "nUn46",
        "en",
        "n_blogland",
        "HDPE liner thickness and seam welding for intensive shrimp ponds in Cầu Ngang",
        "A shrimp company in Cầu Ngang (Trà Vinh) is converting 4 ha of earthen ponds to lined intensive ponds. We "
        "need advice on liner thickness for the bottom and the slopes, UV resistance, and a contractor able to "
        "fusion-weld and test the seams on site.",
        {"nUo102": 2, "nUo103": 2, "nUo109": 2, "nUo155": 1, "nUo101": 1, "nUo100": 1, "nUo107": 1},
    ),
    (
        "nUn47",
        "vi",
        "n_acidsulfate",
        "Lót bạt ao tôm trên đất phèn ở Trà Cú để nuôi nhiều vụ",
        "Hộ nuôi tôm ở xã Hàm Giang (Trà Cú, Trà Vinh) có ao trên đất phèn tiềm tàng. Bùn nạo vét đổ lên bờ bị ôxy "
        "hóa nên rất chua; đầu mùa mưa nước rửa bờ chảy xuống làm pH nước ao tụt mạnh, tôm hay bệnh, đáy ao không "
        "phơi khô được. Chúng tôi muốn lót bạt đáy và bờ để tách nước khỏi đất phèn, tăng số vụ nuôi mỗi năm; cần tư "
        "vấn loại bạt, độ dày và chi phí.",
        {"nUo101": 2, "nUo100": 2, "nUo102": 2, "nUo107": 1, "nUo110": 1, "nUo105": 1, "nUo104": 1},
    ),
    (
        "nUn48",
        "en",
        "n_blogland",
        "Lined freshwater storage pond against saline intrusion for an orchard in Càng Long",
        "Salinity intrusion in the dry season leaves our 5 ha fruit orchard in Càng Long (Trà Vinh) without fresh "
        "water for weeks. We want to dig a storage pond and line it with a durable membrane that will not leak or "
        "degrade in the sun, and we need the lining supplied and installed.",
        {"nUo106": 2, "nUo103": 2, "nUo111": 1, "nUo115": 1, "nUo109": 2},
    ),
    (
        "nUn49",
        "vi",
        "d_liner_mnh",
        "Chọn bạt HDPE hay PVC cho ao ương cá giống ở Trà Ôn",
        "Trại ương cá giống ở Trà Ôn (Vĩnh Long) muốn lót bạt 10 ao ương nhỏ, mỗi ao khoảng 200 m2, quy mô hộ gia "
        "đình. Chúng tôi phân vân giữa bạt HDPE, bạt PVC và bạt PE mỏng giá rẻ: loại nào bền hơn, chịu nắng, dễ thi "
        "công, dễ vá, giá hợp lý cho ao nhỏ.",
        {"nUo105": 2, "nUo111": 2, "nUo109": 1, "nUo101": 1, "nUo107": 2, "nUo115": 1},
    ),
    (
        "nUn50",
        "en",
        "d_karmen",
        "Finding and mending holes in cage nets without lifting them",
        "A tilapia cage cooperative on the Cổ Chiên river (Vĩnh Long) loses fish through holes that nobody sees until "
        "stocks are counted. Lifting nets to inspect them is hard work and stresses the fish. We want a way to "
        "inspect and repair the nets underwater, in place.",
        {"nUo007": 2, "nUo090": 1, "nUo091": 1, "nUo094": 1},
    ),
    (
        "nUn51",
        "vi",
        "d_longbe",
        "Vá lưới lồng cá điêu hồng bị rách mà không phải kéo lồng",
        "Hộ nuôi cá điêu hồng trong lồng bè trên sông Cổ Chiên (Long Hồ, Vĩnh Long) thường bị cá dữ, rác trôi làm "
        "rách lưới, cá thất thoát. Mỗi lần kéo lồng lên vá mất cả ngày và cá bị sốc. Chúng tôi cần thiết bị hoặc dịch "
        "vụ kiểm tra và vá lưới ngay dưới nước.",
        {"nUo007": 2, "nUo094": 1, "nUo004": 1},
    ),
    (
        "nUn52",
        "vi",
        "d_stp",
        "Sản xuất lưới nuôi cá lồng bằng sợi PE cho các vùng nuôi trong tỉnh",
        "Doanh nghiệp ở Trà Vinh muốn sản xuất lưới lồng nuôi cá biển và cá sông bằng sợi PE, cung cấp cho các dự án "
        "lồng HDPE đang mở rộng. Chúng tôi cần nhà chuyển giao dây chuyền từ kéo sợi đến dệt lưới, hoặc đối tác sản "
        "xuất lưới theo đơn.",
        {"nUo002": 2, "nUo096": 2, "nUo001": 1},
    ),
    (
        "nUn53",
        "vi",
        "d_liner_jala",
        "Can may han va bat lot ao tom bi thung",
        "Ao tom lot bat HDPE cua toi o xa Long Khanh (Duyen Hai, Tra Vinh) bi thung nhieu cho do va cham khi ve sinh "
        "ao. Can mua may han bat (han nhiet) va nguoi huong dan cach va, kiem tra duong han.",
        {"nUo103": 2, "nUo100": 1, "nUo108": 1, "nUo107": 1},
    ),
    # --- (E) collecting and recycling worn nets and ropes ---
    (
        "nUn54",
        "vi",
        "n_vtv_luoima",
        "Thu gom lưới rách của tàu cá ở cảng Láng Chim để tái chế",
        "Sau vài chuyến biển lưới lại rách; tấm nào còn vá được thì ngư dân vá, còn những mảnh rách vụn thì ít ai "
        "mang vào bờ, nhiều tấm trôi mất khi đánh bắt. Tổ cộng đồng nghề cá ở cảng Láng Chim (Duyên Hải, Trà Vinh) "
        "muốn tổ chức điểm thu gom lưới cũ ngay tại cảng, hướng dẫn ngư dân phân loại, làm sạch và tìm nơi nhận "
        "tái chế.",
        {"nUo123": 2, "nUo121": 2, "nUo116": 1, "nUo120": 1, "nUo129": 1},
    ),
    (
        "nUn55",
        "en",
        "n_vtv_tomhum",
        "A buyer for worn cage nets from fish farms at Long Hòa",
        "Cage farms around Long Hòa islet (Châu Thành, Trà Vinh) replace the netting around each cage every one to "
        "two years, and much of the old net ends up dumped in the river mouth where it keeps trapping animals. The "
        "farmers' group wants a recycler or collector that will take the old nets regularly, ideally paying by the "
        "kilogram.",
        {"nUo116": 2, "nUo117": 2, "nUo122": 2, "nUo127": 2, "nUo125": 1},
    ),
    (
        "nUn56",
        "vi",
        "n_vtvgo",
        "Lộ trình giảm rác thải nhựa từ ngư cụ cho nghề cá Trà Vinh",
        "Lưới rách do ngư dân thải bỏ đang thành 'lưới ma', gây ô nhiễm rác nhựa và giết hại sinh vật biển. Hội nghề "
        "cá tỉnh Trà Vinh cần đơn vị tư vấn xây dựng kế hoạch quản lý ngư cụ thải bỏ cho các tổ cộng đồng: ngăn thất "
        "thoát lưới trên biển, đánh dấu ngư cụ, thu hồi và xử lý lưới cũ, phù hợp kế hoạch hành động giảm rác nhựa "
        "của ngành thủy sản.",
        {"nUo131": 2, "nUo120": 2, "nUo132": 1},
    ),
    (
        "nUn57",
        "en",
        "n_aljaz",
        "Turning recovered nylon nets into yarn – textile firm in Trà Vinh",
        "A garment and sock factory in Trà Vinh wants a line of products from recycled nylon, using fishing nets "
        "recovered along the province's coast. We need a partner that takes cleaned nylon nets and regenerates them "
        "into textile-grade yarn, or that can tell us how to set up collection for such a scheme.",
        {"nUo116": 2, "nUo119": 2, "nUo117": 2},
    ),
    (
        "nUn58",
        "en",
        "n_greengo",
        "Ghost-net retrieval along the Ba Động coast",
        "Divers and fishers near Ba Động (Duyên Hải, Trà Vinh) often see abandoned nets snagged on old wrecks and "
        "pile structures, still catching fish, crabs and turtles. A local environmental group wants help to organise "
        "safe recovery dives and to hand the recovered nets on for recycling.",
        {"nUo118": 2, "nUo117": 1, "nUo131": 1},
    ),
    (
        "nUn59",
        "vi",
        "n_france24",
        "Can may bam va tao hat nhua tu luoi ca cu o Duyen Hai",
        "Co so thu mua phe lieu o Duyen Hai (Tra Vinh) gom duoc nhieu luoi ca cu, moi thang vai tan. Muon dau tu "
        "day chuyen rua, bam nho, nau chay tao hat nhua tu luoi de ban hoac ep thanh san pham. Can tu van quy trinh "
        "va thiet bi.",
        {"nUo125": 2, "nUo129": 2, "nUo053": 1, "nUo128": 1},
    ),
    (
        "nUn60",
        "en",
        "n_differentdive",
        "Moulded products from recycled fishing-net plastic",
        "A plastics start-up in Vĩnh Long wants to make durable consumer products (boards, toys, sunglasses frames) "
        "from old fishing nets collected in the province, to show buyers that the plastic has a second life. We need "
        "a proven process from net to pellet to moulded part and advice on product design.",
        {"nUo125": 2, "nUo128": 2, "nUo126": 2, "nUo130": 1},
    ),
    (
        "nUn61",
        "vi",
        "n_mindsync",
        "Chương trình khuyến khích ngư dân nộp lưới cũ (trả tiền theo ký)",
        "Ủy ban xã Trường Long Hòa (Duyên Hải, Trà Vinh) muốn thí điểm đặt thùng thu gom lưới cũ ở bến và trả cho ngư "
        "dân một khoản tiền theo mỗi ký lưới nộp, để lưới không bị bỏ ngoài biển. Cần đối tác có kinh nghiệm vận hành "
        "mô hình này và bao tiêu lưới thu được.",
        {"nUo127": 2, "nUo121": 1, "nUo126": 1, "nUo122": 1},
    ),
    (
        "nUn62",
        "en",
        "n_wmc",
        "Sorting mixed nylon, PE and PP nets before recycling",
        "Our collection yard in Trà Vinh receives mixed fishing gear: nylon gillnets, PE trawl and cage netting, PP "
        "ropes, still fitted with floats, lead lines and hanging twine. Recyclers reject mixed loads. We need a "
        "practical method to strip and sort the gear by polymer and to know which recycler takes each fraction.",
        {"nUo116": 2, "nUo123": 2, "nUo129": 2},
    ),
    (
        "nUn63",
        "vi",
        "n_binhua",
        "Pha nhựa PP tái sinh vào sợi dây thừng mà vẫn giữ độ bền",
        "Ngành nhựa cần khoảng 10 triệu tấn nguyên liệu mỗi năm và vẫn nhập tới 3 triệu tấn phế liệu để pha trộn. "
        "Xưởng dây thừng ở Châu Thành (Trà Vinh) muốn thay một phần hạt nguyên sinh bằng hạt PP tái sinh trong nước "
        "(từ bao, lưới cũ) để hạ giá thành. Chúng tôi cần công thức phối trộn ở công đoạn kéo sợi, cách giữ thông số "
        "sợi ổn định và kiểm tra độ bền dây thành phẩm.",
        {"nUo053": 2, "nUo050": 1, "nUo149": 1, "nUo129": 1},
    ),
    # --- (F) workshop machines, testing and standards ---
    (
        "nUn64",
        "en",
        "n_ul",
        "Tensile tests of PVC tarps for a public tender",
        "A tarpaulin workshop in Trà Vinh city is bidding to supply covers for the provincial flood-response stock. "
        "The tender asks for tensile strength and elongation at break of the coated fabric, warp and weft, measured "
        "to the international method for rubber- or plastics-coated fabrics. We need a lab or the equipment to run "
        "the test.",
        {"nUo138": 2, "nUo139": 2, "nUo141": 2, "nUo140": 1},
    ),
    (
        "nUn65",
        "vi",
        "n_rossert",
        "Thử độ bền kéo đứt bạt phủ nhựa đúng chuẩn để kết quả không lệch",
        "Cơ sở sản xuất bạt ở Bình Minh (Vĩnh Long) gửi mẫu đi hai nơi thử độ bền kéo đứt thì ra hai kết quả lệch "
        "nhau. Chúng tôi hiểu kết quả phụ thuộc bề rộng, chiều dài mẫu, độ ẩm, tốc độ kéo và cách kẹp (kẹp không hết "
        "bề rộng thì lực đo thấp). Cần phòng thử nghiệm hoặc thiết bị thử độ bền kéo, độ giãn đứt của vải phủ theo "
        "phương pháp chuẩn, cả khô và ướt.",
        {"nUo138": 2, "nUo139": 2, "nUo141": 2, "nUo140": 1},
    ),
    (
        "nUn66",
        "en",
        "n_iso1806doc",
        "Mesh breaking force test to settle a gillnet supply dispute",
        "A net trader in Duyên Hải (Trà Vinh) and a fishing cooperative disagree over a batch of gillnet webbing that "
        "the cooperative says breaks far too easily. Both sides accept an independent test of mesh breaking force to "
        "the ISO method, wet and dry.",
        {"nUo133": 1, "nUo134": 2, "nUo135": 1, "nUo136": 1},
    ),
    (
        "nUn67",
        "vi",
        "n_metrotec",
        "Kiểm tra lực kéo đứt dây neo trước khi giao cho tàu",
        "Cửa hàng ngư lưới cụ ở Định An (Trà Cú, Trà Vinh) nhập dây neo tổng hợp cỡ 16-32 mm từ nhiều nguồn, chủ tàu "
        "hỏi lực kéo đứt và độ giãn thực tế. Chúng tôi cần nơi thử lực kéo đứt, độ giãn dài, khối lượng trên mét của "
        "dây theo tiêu chuẩn.",
        {"nUo149": 2, "nUo150": 2, "nUo148": 2},
    ),
    (
        "nUn68",
        "en",
        "n_scribd",
        "UV ageing test to back a five-year warranty on awning fabric",
        "An awning fabricator in Vĩnh Long city wants to offer a five-year warranty on its coated awning fabric but "
        "has no data on how strength and colour hold up under strong sun, heat and rain. We need an accelerated "
        "weathering test followed by strength and colour checks.",
        {"nUo143": 2, "nUo144": 2, "nUo145": 2, "nUo075": 1},
    ),
    (
        "nUn69",
        "vi",
        "n_hitpages25",
        "Lấy mẫu kiểm tra chất lượng lô lưới từ xưởng gia công",
        "Doanh nghiệp thu mua lưới ở Trà Vinh nhận hàng từ nhiều xưởng gia công, mỗi lô vài trăm tấm. Chúng tôi muốn "
        "phát hiện được với độ tin cậy khoảng 90% khi có tới 10% số tấm không đạt, nghe nói phải thử khoảng 22 tấm mỗi "
        "lô; cần phương pháp lấy mẫu hợp lý (lấy bao nhiêu tấm, cắt mẫu ở đâu, thử đường may thế nào) để không phải thử "
        "toàn bộ lô.",
        {"nUo136": 2, "nUo134": 1, "nUo133": 1},
    ),
    (
        "nUn70",
        "en",
        "n_tailieuhoc",
        "Knot strength of netting twine for cast nets",
        "A twine supplier in Vĩnh Long sells nylon netting yarn to cast-net makers, who complain that knots slip or "
        "break once the net is wet. Synthetic fibres take up and give off water until they reach a moisture balance, "
        "which changes their strength. We need tests of yarn breaking force and knot breaking force in the dry and "
        "the wet state.",
        {"nUo135": 2, "nUo133": 1, "nUo134": 1},
    ),
    (
        "nUn71",
        "vi",
        "n_trawler",
        "Máy may và dụng cụ cho tổ may bạt ghe ở Tiểu Cần",
        "Tổ may bạt ghe ở Tiểu Cần (Trà Vinh) may tay là chính, kim thường gãy khi may vải dày nhiều lớp. Chúng tôi "
        "cần máy may công nghiệp may được vải bạt dày và chỉ to, dao cắt nóng để cắt vải không tưa, dụng cụ đóng nút "
        "bấm và khóa kéo.",
        {"nUo065": 2, "nUo063": 1, "nUo064": 1, "nUo062": 2, "nUo067": 1},
    ),
    (
        "nUn72",
        "en",
        "b_hyac_mht",
        "Steady supply of water-hyacinth rope for a furniture maker",
        "A rattan and hyacinth furniture workshop in Long Hồ (Vĩnh Long) needs a steady monthly supply of graded, "
        "sun-dried water-hyacinth rope of even diameter for wrapping chair frames; its current village suppliers "
        "deliver irregular, half-dried material.",
        {"nUo038": 2, "nUo041": 2, "nUo040": 1, "nUo039": 1},
    ),
    (
        "nUn73",
        "en",
        "n_steveston",
        "Disposal options for old ropes and nets piling up at Định An port",
        "Old gillnets, trawl webbing and ropes lie in discarded piles behind the Định An fishing port (Trà Cú, Trà "
        "Vinh); the only options so far are landfill or burning, both costly and polluting. The port authority wants "
        "a collection and recycling route for the nets, with guidance on how fishers should strip and prepare gear "
        "for pick-up.",
        {"nUo120": 2, "nUo122": 2, "nUo124": 2, "nUo123": 2, "nUo121": 1},
    ),
    (
        "nUn74",
        "vi",
        "n_weathering",
        "Thử lão hóa tia UV cho dây PP và lưới HDPE",
        "Công ty sản xuất dây và lưới nhựa ở Trà Vinh muốn công bố tuổi thọ ngoài trời của sản phẩm. Chúng tôi cần "
        "thử lão hóa gia tốc (đèn UV huỳnh quang hoặc hồ quang xenon, chu kỳ nắng, ẩm) rồi đo lại độ bền kéo, màu "
        "sắc so với mẫu đối chứng.",
        {"nUo143": 2, "nUo144": 2, "nUo145": 2},
    ),
    (
        "nUn75",
        "en",
        "f_astm_d4851",
        "A basic test plan for a small tarpaulin workshop",
        "A family tarpaulin workshop in Cầu Ngang (Trà Vinh) wants a simple quality plan: which tests on coated fabric "
        "(breaking strength, tear, hydrostatic resistance, seam strength, coating adhesion) it should request from a "
        "lab when it changes fabric supplier.",
        {"nUo140": 2, "nUo138": 1, "nUo143": 1},
    ),
]
