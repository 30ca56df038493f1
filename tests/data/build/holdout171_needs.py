"""Needs for holdout171 (eel, frog and soft-shell turtle farming): (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- rice-field eel grow-out without mud ---
    (
        "oQn01",
        "vi",
        "luon_vl_xencanh",
        "Hợp tác xã cần chuyển nuôi lươn trong bùn sang bể không bùn",
        "Hợp tác xã thủy sản ở huyện Mang Thít (Vĩnh Long) đang nuôi lươn trong bể có bùn, vệ sinh cực, lươn hay bệnh. Chúng tôi cần đơn vị hướng dẫn "
        "thiết kế bể không bùn (kích thước, giá thể, cống thoát), cỡ giống và mật độ thả phù hợp cho khoảng 20 hộ thành viên.",
        {"oQo001": 2, "oQo155": 2, "oQo002": 2, "oQo011": 2, "oQo006": 1, "oQo009": 1, "oQo004": 1, "oQo005": 1},
    ),
    (
        "oQn02",
        "en",
        "luon_danviet_trang3",
        "Tarpaulin eel tanks for a household plot",
        "Our family in Tiểu Cần district, Trà Vinh, has about 40 m² behind the house and wants to start mudless eel farming in tarpaulin-lined tanks like "
        "the farms we visited. We need someone to supply and install the tanks (frame, liner, drain) and tell us how to lay them out and what to put inside.",
        {"oQo004": 2, "oQo002": 2, "oQo155": 1, "oQo001": 1, "oQo011": 1},
    ),
    (
        "oQn03",
        "vi",
        "luon_tepbac_tag",
        "Can giai phap san an noi cho be luon xi mang",
        "Nha toi o Cau Ngang nuoi luon khong bun trong be xi mang, dung vi go lam cho an nen thuc an thua chim xuong day, nuoc mau do, thay nuoc cuc. "
        "Can nguoi chi cach lam san an noi hoac gia the de luon len an, de vot thuc an thua.",
        {"oQo005": 2, "oQo001": 1, "oQo155": 1, "oQo015": 1, "oQo011": 1},
    ),
    (
        "oQn04",
        "en",
        "luon_nongnghiep",
        "Recirculating composite-tank system for a growing eel cooperative",
        "An eel cooperative in Càng Long, Trà Vinh, plans to expand to about 250 m² with separate grow-out and nursery tanks. We want a recirculating design "
        "with composite or tarp tanks under a roof, settling and filtration of the intake water, and a supplier who can size the system to our output.",
        {"oQo003": 2, "oQo014": 2, "oQo013": 2, "oQo092": 1, "oQo146": 1, "oQo095": 1, "oQo012": 1, "oQo093": 1},
    ),
    (
        "oQn05",
        "en",
        "luon_24h_camau",
        "Treating wastewater from eel tanks before it reaches the canal",
        "A large mudless eel farm in Duyên Hải, Trà Vinh, discharges tank water with feed remains and faeces into the canal and neighbours complain. "
        "We are looking for a technology to remove solids and ammonia so the water can be reused or released safely.",
        {"oQo092": 2, "oQo146": 2, "oQo013": 1, "oQo060": 1, "oQo094": 1, "oQo132": 1, "oQo093": 1},
    ),
    (
        "oQn06",
        "vi",
        "luon_vl_chicuc",
        "Mô hình nuôi lươn đô thị an toàn thực phẩm",
        "Hội nông dân một phường ở thành phố Vĩnh Long muốn làm mô hình nuôi lươn không bùn trong sân nhà, lươn không dùng kháng sinh, có ghi nhật ký để truy xuất "
        "nguồn gốc. Cần đơn vị hỗ trợ giống, hướng dẫn kỹ thuật và cách hạch toán hiệu quả cho vài hộ làm điểm.",
        {"oQo010": 2, "oQo012": 1, "oQo077": 1, "oQo001": 1},
    ),
    (
        "oQn07",
        "en",
        "luon_vl_xencanh",
        "Raising rice-field eel in net cages inside existing fish ponds",
        "We run several fish ponds in Trà Ôn, Vĩnh Long, and want to add rice-field eel without digging new ponds or building tanks. Is there a proven way to "
        "grow eel in net cages placed in the ponds or ditches, with cage sizes, number of cages per area and stocking advice?",
        {"oQo007": 2, "oQo008": 2, "oQo006": 1, "oQo009": 1},
    ),
    (
        "oQn08",
        "en",
        "luon_vietnamnet_tv",
        "Turning old snake and pig pens into eel tanks cheaply",
        "I used to raise snakes and pigs in Cầu Ngang, Trà Vinh, and have empty brick pens. I want to convert them into mudless eel tanks at low cost, "
        "with liners and a proper drain, instead of building new concrete tanks.",
        {"oQo004": 2, "oQo002": 1, "oQo155": 1, "oQo011": 1},
    ),
    (
        "oQn09",
        "vi",
        "luon_qsti",
        "Xử lý nước giếng nhiễm phèn để cấp cho bể lươn",
        "Trại lươn nhỏ ở Trà Cú (Trà Vinh) dùng nước giếng khoan, nước có mùi phèn, lươn hay tuột nhớt sau khi thay nước. Chúng tôi cần quy trình xử lý nước cấp: "
        "lắng, lọc, kiểm tra nước trước khi đưa vào bể, phù hợp quy mô hộ.",
        {"oQo095": 2, "oQo003": 1, "oQo146": 1, "oQo092": 1, "oQo094": 1},
    ),
    # --- eel feed ---
    (
        "oQn10",
        "vi",
        "luon_sach_123doc",
        "Can cong thuc thuc an tu tron cho luon",
        "To hop tac nuoi luon o Vung Liem mua thuc an ca gia cao ma luon lon cham. Can huong dan cong thuc tu tron thuc an cho luon theo tung co, "
        "ty le dam, cach cho an va gio cho an.",
        {"oQo015": 2, "oQo016": 2, "oQo017": 2, "oQo136": 1},
    ),
    (
        "oQn11",
        "en",
        "anguilla_barnard",
        "Weaning wild-caught eel seed onto compound feed",
        "Our eel seed, bought from collectors in Bình Minh, Vĩnh Long, only takes fresh worms and minced fish and refuses pellets, which makes feeding costly "
        "and fouls the tanks. We want a method to train rice-field eel to accept compound feed.",
        {"oQo006": 2, "oQo016": 1, "oQo015": 1, "oQo017": 1, "oQo122": 1},
    ),
    (
        "oQn12",
        "en",
        "camvien_vl",
        "Making our own pellet feed for eels with a small extruder",
        "A cooperative in Long Hồ, Vĩnh Long, has a small household extruder and cheap rice bran and trash fish. We need a feed formula for rice-field eel "
        "(protein level, ingredient shares, vitamins) and how to press and dry the pellets.",
        {"oQo016": 2, "oQo015": 1, "oQo017": 1, "oQo136": 1, "oQo137": 1},
    ),
    # --- eel seed and artificial breeding ---
    (
        "oQn13",
        "vi",
        "luon_danviet_trang3",
        "Cần nguồn lươn giống sinh sản đồng cỡ số lượng lớn",
        "Hợp tác xã ở Bình Tân (Vĩnh Long) mở rộng nuôi lươn nhưng giống bắt tự nhiên khan hiếm, không đều cỡ, nhiều con bị chích điện nên chết. Cần cơ sở cung cấp "
        "lươn giống sinh sản (trứng, lươn hương hoặc lươn giống) ổn định theo đợt.",
        {"oQo023": 2, "oQo024": 2, "oQo022": 1, "oQo010": 1, "oQo012": 1},
    ),
    (
        "oQn14",
        "en",
        "luon_zaidap",
        "Hormone-induced spawning protocol for rice-field eel",
        "A small hatchery in Châu Thành, Trà Vinh, wants to produce its own eel seed by artificial propagation. We need a protocol: broodstock selection and "
        "conditioning, which hormone and dose to inject, and how to incubate the eggs.",
        {"oQo018": 2, "oQo019": 2, "oQo157": 2, "oQo020": 2, "oQo025": 1, "oQo021": 1},
    ),
    (
        "oQn15",
        "vi",
        "luon_vl_chicuc",
        "Can quy trinh uong luon bot len giong trong be khong bun",
        "Co so o Tra On da co luon bo me de trung nhung luon bot chet nhieu khi uong trong be co bun. Can quy trinh uong luon bot len luon giong trong be "
        "xi mang khong bun: mat do, thuc an, thay nuoc.",
        {"oQo021": 2, "oQo023": 1, "oQo024": 1, "oQo018": 1},
    ),
    (
        "oQn16",
        "en",
        "luon_ct_ssnt",
        "Improving spawning of eel broodstock held in tanks",
        "Our seed farm in Vũng Liêm, Vĩnh Long, keeps rice-field eel broodstock in tanks but few pairs spawn. We need advice on conditioning, male-to-female "
        "ratio and group size per tank, and whether rain simulation or pre-injection helps.",
        {"oQo019": 2, "oQo157": 2, "oQo020": 1, "oQo018": 1, "oQo023": 1},
    ),
    (
        "oQn17",
        "vi",
        "luon_zaidap",
        "Chuyển giao kỹ thuật trại lươn bố mẹ lấy trứng",
        "Lươn hoang ở Long Hồ (Vĩnh Long) ngày càng ít vì bị bắt cả bằng chích điện, giống không đủ cho bà con nuôi. Tôi muốn làm trại lươn bố mẹ để lấy trứng, "
        "ấp nở và bán lươn giống; cần người chuyển giao cách chọn bố mẹ, lấy trứng, ấp và ương lên lươn hương.",
        {"oQo023": 2, "oQo024": 2, "oQo018": 1, "oQo021": 1, "oQo025": 1},
    ),
    (
        "oQn18",
        "en",
        "luon_vl_xencanh",
        "Semi-artificial eel seed programme to replace electro-fished seed",
        "The agriculture office of a Vĩnh Long district wants to stop farmers buying eel seed caught by electric shock, which survives poorly. We seek a "
        "technology transfer for semi-artificial seed production and grow-out suitable for smallholders.",
        {"oQo022": 2, "oQo010": 1, "oQo023": 1, "oQo024": 1, "oQo077": 1},
    ),
    # --- eel disease ---
    (
        "oQn19",
        "vi",
        "benh_luon_2lua",
        "Lươn bị lở loét đốm đỏ, rụng đuôi",
        "Bể lươn của tôi ở Cầu Kè (Trà Vinh) có nhiều con nổi vết loét tròn đỏ trên thân, nặng thì rụng đuôi, ngóc đầu lên thở rồi chết. Cần tư vấn thuốc và "
        "cách điều trị, cách phòng cho đợt sau.",
        {"oQo072": 2, "oQo154": 2, "oQo074": 2, "oQo075": 2, "oQo078": 1, "oQo077": 1, "oQo076": 1},
    ),
    (
        "oQn20",
        "en",
        "benh_luon_tepbac",
        "Mass deaths of eels in crowded tanks with warm slimy water",
        "In our eel tanks in Tam Bình, Vĩnh Long, the water turns warm and slimy, the eels' heads swell, they twist together and die in large numbers. "
        "What is this and how do we treat and prevent it?",
        {"oQo076": 2, "oQo073": 2, "oQo078": 1, "oQo077": 1, "oQo072": 1},
    ),
    (
        "oQn21",
        "vi",
        "benh_luon_tepbac",
        "Lươn lắc đầu, mang nhiều nhớt, nghi ký sinh trùng",
        "Lươn nuôi bể ở Châu Thành (Trà Vinh) hay nhô đầu lên lắc mạnh, mang tiết nhiều nhớt, có con xuất huyết đốm nhỏ trên da. Cần xác định bệnh và "
        "hướng dẫn liều thuốc tắm, ngâm.",
        {"oQo078": 2, "oQo076": 1, "oQo075": 1, "oQo072": 1},
    ),
    (
        "oQn22",
        "en",
        "benh_luon_aquaculture",
        "Preventive health protocol for a new eel farm",
        "We are stocking our first eel tanks in Càng Long, Trà Vinh, and want to avoid the losses neighbours had. We need a prevention protocol: disinfecting "
        "tanks and seed before stocking, seed selection, bath doses and water-change routine.",
        {"oQo077": 2, "oQo074": 2, "oQo002": 1, "oQo073": 1},
    ),
    (
        "oQn23",
        "vi",
        "benh_luon_delka",
        "Lươn chết rải rác, xuất huyết, tuột nhớt",
        "Trại lươn ở Trà Ôn (Vĩnh Long) sau đợt nước xấu có lươn xuất huyết từng đốm trên da, tuột nhớt, chết rải rác mỗi ngày. Cần chuyên gia chẩn đoán và "
        "phác đồ xử lý.",
        {"oQo078": 2, "oQo075": 1, "oQo072": 1, "oQo074": 1},
    ),
    (
        "oQn24",
        "en",
        "benh_luon_2lua",
        "Losses of wild-caught eel seed in the first weeks",
        "We buy eel seed from collectors around Trà Cú, Trà Vinh; many are scraped and weak and die within a few weeks of stocking, and survivors develop "
        "sores. We want advice on choosing and conditioning seed and on treatment when sores appear.",
        {"oQo077": 2, "oQo154": 2, "oQo072": 2, "oQo074": 1, "oQo022": 1},
    ),
    # --- eel processing and selling ---
    (
        "oQn25",
        "vi",
        "chebien_lienhiep",
        "Sơ chế lươn sạch nhớt, tách xương bán nhà hàng",
        "Cơ sở của tôi ở thành phố Trà Vinh muốn nhận lươn của các hộ nuôi để sơ chế bán cho nhà hàng, quán cháo. Cần quy trình làm sạch nhớt, tách xương, "
        "giữ thịt đẹp, và cách tổ chức xưởng nhỏ.",
        {"oQo096": 2, "oQo153": 2, "oQo097": 2, "oQo109": 2, "oQo144": 1},
    ),
    (
        "oQn26",
        "en",
        "chebien_suckhoe",
        "Dried and marinated eel products for overseas Vietnamese",
        "An eel processor in Long Hồ, Vĩnh Long, gets orders from relatives abroad. We want to make dried, marinated and rolled eel products that keep "
        "well and can be shipped, and learn from villages that already do this.",
        {"oQo098": 2, "oQo102": 1, "oQo100": 1, "oQo101": 1, "oQo099": 1},
    ),
    (
        "oQn27",
        "en",
        "luon_sach_123doc",
        "Smoked rice-field eel as a specialty product",
        "A cooperative in Càng Long, Trà Vinh, wants to sell smoked eel in addition to live eel. We need a smoking process (brining, temperatures, times) "
        "and expected yield.",
        {"oQo100": 2, "oQo102": 1, "oQo110": 1, "oQo101": 1},
    ),
    (
        "oQn28",
        "vi",
        "chebien_vov",
        "Giữ lươn tươi khi chở lên thành phố",
        "Hợp tác xã ở Vũng Liêm (Vĩnh Long) bán lươn làm sẵn cho mối ở TP.HCM, nhưng lươn chở xa bị tanh, thịt mềm. Cần quy trình làm chết, cắt tiết và "
        "làm lạnh, bảo quản lạnh trên đường đi.",
        {"oQo144": 2, "oQo101": 2, "oQo097": 1},
    ),
    (
        "oQn29",
        "en",
        "chebien_lienhiep",
        "Using heads, bones and guts left from eel filleting",
        "Our eel filleting workshop in Tiểu Cần, Trà Vinh, throws away heads, bones and guts every day. We want a way to use these by-products, for example "
        "as animal feed, instead of paying for disposal.",
        {"oQo099": 2, "oQo097": 1, "oQo109": 1},
    ),
    (
        "oQn30",
        "vi",
        "eel_barnard_prep",
        "Phát triển sản phẩm lươn phi lê và lươn luộc đóng gói",
        "Doanh nghiệp nhỏ ở Vĩnh Long muốn làm hai sản phẩm: lươn phi lê tươi và lươn luộc đóng gói để nấu cháo, súp, bán cho nhà hàng và siêu thị. "
        "Cần quy trình, thiết bị và cách đóng gói.",
        {"oQo109": 2, "oQo097": 2, "oQo096": 1, "oQo144": 1, "oQo101": 1, "oQo102": 1},
    ),
    # --- frog farming in net cages, tanks and ponds ---
    (
        "oQn31",
        "vi",
        "ech_tv_tvu",
        "Nuôi ếch trong vèo treo trong ao cá",
        "Tôi ở Cầu Kè (Trà Vinh) có ao cá khoảng 500 m², muốn làm vèo lưới treo trong ao để nuôi ếch thịt, cá bên dưới ăn thức ăn thừa. Cần hướng dẫn làm vèo, "
        "giá thể, mật độ thả và thời gian nuôi.",
        {"oQo027": 2, "oQo035": 2, "oQo031": 2, "oQo029": 1, "oQo040": 1, "oQo028": 1},
    ),
    (
        "oQn32",
        "en",
        "ech_afv_long",
        "Frog net enclosures combined with fish in a small pond",
        "My household in Trà Ôn, Vĩnh Long, has one small pond. I want to raise frogs in net enclosures over the water and keep fish underneath to use the "
        "leftovers, and need enclosure design and stocking numbers.",
        {"oQo027": 2, "oQo035": 2, "oQo031": 2, "oQo034": 1, "oQo029": 1, "oQo040": 1},
    ),
    (
        "oQn33",
        "vi",
        "ech_thanhhoa",
        "Nha khong co ao, muon nuoi ech trong be bat tren san",
        "Nha toi o Cang Long chi co khoang san xi mang truoc nha, khong co ao. Muon lam be bat nuoi ech Thai, can huong dan dung be, che mat, mat do "
        "va thoi gian moi vu.",
        {"oQo143": 2, "oQo032": 2, "oQo034": 1, "oQo030": 1, "oQo036": 1, "oQo028": 1},
    ),
    (
        "oQn34",
        "en",
        "ech_thainguyen",
        "Raising frog density in cement tanks without stunting",
        "I raise Thai frogs in 9 m² cement tanks in Trà Vinh city. Above about 1,000 frogs per tank many stay small. Is there a cheap fit-out that lets me "
        "stock more frogs per tank with even growth?",
        {"oQo151": 2, "oQo030": 2, "oQo034": 1},
    ),
    (
        "oQn35",
        "vi",
        "ech_tv_tvu",
        "Nuôi ếch quy mô lớn trên ao cá tra bỏ trống",
        "Gia đình tôi ở Bình Minh (Vĩnh Long) có gần 2.000 m² ao cá tra bỏ trống. Muốn làm nhiều vèo nuôi ếch thịt trên ao, bên dưới thả cá để tận dụng chất thải. "
        "Cần mô hình, chi phí và kinh nghiệm quy mô lớn.",
        {"oQo035": 2, "oQo027": 2, "oQo031": 2, "oQo029": 1, "oQo028": 1},
    ),
    (
        "oQn36",
        "en",
        "ech_afv_long",
        "Frog enclosures in the river for a landless household",
        "We live by the river in Vũng Liêm, Vĩnh Long, with no land for tanks. Can frogs be raised in net enclosures staked in the river in front of the "
        "house, and what does it cost to start?",
        {"oQo029": 2, "oQo027": 1, "oQo031": 1},
    ),
    (
        "oQn37",
        "en",
        "ech_wiki_vi",
        "Can Thai frogs be farmed with slightly brackish water?",
        "Our commune in Duyên Hải, Trà Vinh, has water that turns slightly salty in the dry season. Before investing we need the water conditions Thai frogs "
        "tolerate (salinity, temperature, pH) and what feed they accept.",
        {"oQo038": 2, "oQo028": 1, "oQo044": 1},
    ),
    (
        "oQn38",
        "en",
        "ech_thai_blog",
        "Farming native field frogs for frog legs",
        "A farmer in Tiểu Cần, Trà Vinh, wants to raise native field frogs rather than Thai frogs, because buyers pay well for their legs, and asks about "
        "the market for frozen frog legs and whether the native frog can be farmed profitably.",
        {"oQo047": 2, "oQo044": 1, "oQo107": 1},
    ),
    (
        "oQn39",
        "vi",
        "ech_mayep",
        "Chuyển chuồng heo bỏ trống sang nuôi ếch",
        "Trại heo của tôi ở Long Hồ (Vĩnh Long) bỏ trống sau dịch. Muốn tận dụng chuồng để nuôi ếch Thái, cần tư vấn cải tạo chuồng, lót bạt hay làm bể, "
        "và vụ nuôi bao lâu.",
        {"oQo143": 2, "oQo032": 2, "oQo037": 2, "oQo034": 1, "oQo036": 1},
    ),
    (
        "oQn40",
        "en",
        "ech_thanhhoa",
        "Cost and yield benchmarks for household frog models",
        "The extension station of a Trà Vinh district advises households on frog farming and needs survey-based figures for tarp tanks versus net enclosures: "
        "area, stocking density, crop length, frog size, yield and profit.",
        {"oQo028": 2, "oQo040": 1, "oQo027": 1},
    ),
    (
        "oQn41",
        "en",
        "ech_nghean",
        "Stocking fish under frogs to cut pollution",
        "Frog farmers in Tam Bình, Vĩnh Long, see their water foul quickly. We want proven set-ups where catfish, tilapia or gobies live under the frogs and eat "
        "their waste and leftover feed.",
        {"oQo034": 2, "oQo035": 2, "oQo027": 2, "oQo039": 1},
    ),
    # --- frog seed and feed ---
    (
        "oQn42",
        "vi",
        "ech_thai_blog",
        "Cần kỹ thuật cho ếch đẻ nghịch mùa",
        "Trại ếch giống ở Châu Thành (Trà Vinh) chỉ có giống từ tháng 4 đến tháng 9, mùa lạnh ếch bố mẹ không đẻ trong khi giá ếch thịt lúc đó cao. "
        "Cần kỹ thuật kích thích ếch Thái đẻ ngoài mùa.",
        {"oQo041": 2, "oQo152": 2},
    ),
    (
        "oQn43",
        "en",
        "ech_vithuy_socnhiet",
        "Producing frog tadpoles on fallow paddy after harvest",
        "Rice farmers in Cầu Kè, Trà Vinh, leave paddies idle after harvest. A seed producer wants to use them to breed frogs and sell tadpoles: how many "
        "breeders per field, water depth, tadpole feed and time to sale.",
        {"oQo043": 2, "oQo148": 2, "oQo044": 1},
    ),
    (
        "oQn44",
        "vi",
        "ech_dinhduong",
        "Ương nòng nọc hao hụt nhiều, cần thức ăn phù hợp",
        "Cơ sở ương ếch giống ở Tam Bình (Vĩnh Long) cho nòng nọc ăn trùn chỉ suốt nên tốn kém và hao hụt. Cần quy trình chuyển nòng nọc sang thức ăn chế biến.",
        {"oQo156": 2, "oQo042": 2, "oQo044": 1, "oQo043": 1},
    ),
    (
        "oQn45",
        "en",
        "frog_fishsite",
        "Tadpole nursery with heavy losses at metamorphosis",
        "Our frog nursery in Tam Bình, Vĩnh Long, loses many tadpoles to cannibalism and disease around metamorphosis. We want a nursery feeding protocol "
        "that moves tadpoles off live worms early.",
        {"oQo042": 2, "oQo156": 2, "oQo033": 1, "oQo044": 1},
    ),
    (
        "oQn46",
        "vi",
        "frog_fishsite",
        "Tự phối trộn thức ăn cho ếch để giảm chi phí",
        "Trại ếch ở Mang Thít (Vĩnh Long) tốn nhiều tiền thức ăn viên. Muốn tự phối trộn thức ăn từ bột cá, cám, giun quế đủ đạm, và biết lượng cho ăn theo cỡ ếch.",
        {"oQo045": 2, "oQo046": 2, "oQo136": 1},
    ),
    (
        "oQn47",
        "en",
        "ech_htu",
        "Frogs ignore pellets in the tank",
        "Frogs in our tanks in Trà Ôn, Vĩnh Long, let sinking pellets rot and only chase moving insects. We need a feeding method that gets frogs to "
        "eat pellets.",
        {"oQo033": 2, "oQo046": 1, "oQo045": 1, "oQo038": 1},
    ),
    (
        "oQn48",
        "vi",
        "ech_thai_blog",
        "Làm viên thức ăn nổi cho ếch bằng máy ép nhỏ",
        "Hộ ở Long Hồ (Vĩnh Long) có máy ép đùn cám gia đình nhưng viên làm ra chìm, ếch không ăn. Cần cách phối liệu và xử lý để viên nổi được.",
        {"oQo136": 2, "oQo137": 1, "oQo045": 1, "oQo016": 1},
    ),
    # --- frog disease ---
    (
        "oQn49",
        "en",
        "benh_ech_detai",
        "Frogs with red thighs and belly dying quickly",
        "On our frog farm in Cầu Ngang, Trà Vinh, frogs' thighs and bellies turn red, they stop eating and die within days. We need a diagnosis and a "
        "treatment and prevention plan.",
        {"oQo081": 2, "oQo085": 2, "oQo082": 2, "oQo147": 2, "oQo084": 2, "oQo079": 1, "oQo080": 1},
    ),
    (
        "oQn50",
        "vi",
        "redleg_envlit",
        "Ếch lở loét lưng và chân, chết nhiều",
        "Bể ếch ở Càng Long (Trà Vinh) có con bị loét trên lưng và chân, bể bệnh chết tới một nửa. Cần phòng thí nghiệm xác định vi khuẩn và phác đồ điều trị.",
        {"oQo079": 2, "oQo147": 2, "oQo082": 2, "oQo085": 1, "oQo084": 1, "oQo080": 1, "oQo081": 1},
    ),
    (
        "oQn51",
        "vi",
        "ech_thainguyen",
        "Ech bi truong bung, loi hau mon, chet rai rac",
        "Ech Thai nuoi be o Tieu Can bi truong bung, ruot viem, loi hau mon, ben ngoai da khong co dau hieu gi, chet rai rac. Can noi xet nghiem tim "
        "nguyen nhan va cach phong lay lan.",
        {"oQo083": 2, "oQo080": 1, "oQo079": 1, "oQo147": 1, "oQo082": 1},
    ),
    (
        "oQn52",
        "en",
        "benh_ech_detai",
        "Cutting antibiotic use on a frog farm",
        "A frog farm in Trà Vinh city uses antibiotics almost every crop. We want a prevention programme based on water quality, stocking and feeding "
        "that lowers disease without routine drugs.",
        {"oQo081": 2, "oQo147": 1, "oQo079": 1, "oQo084": 1, "oQo082": 1, "oQo080": 1},
    ),
    # --- frog processing and selling ---
    (
        "oQn53",
        "vi",
        "say_kiengiang",
        "Làm khô ếch tẩm gia vị bán đặc sản",
        "Cơ sở nhỏ ở Trà Cú (Trà Vinh) muốn làm khô ếch tẩm gia vị bán làm quà. Phơi nắng ngoài sân thì bị ruồi, bụi bám, gặp ngày nắng yếu dễ mốc. "
        "Cần cách sơ chế, tẩm ướp và làm khô để sản phẩm ngon, sạch và giữ được lâu.",
        {"oQo104": 2, "oQo103": 2, "oQo125": 1, "oQo126": 1, "oQo127": 1, "oQo128": 1, "oQo129": 1, "oQo130": 1},
    ),
    (
        "oQn54",
        "en",
        "say_campuchia",
        "Seasoned dried frog recipe and drying method",
        "A women's group in Vĩnh Long wants to make seasoned dried frog from members' farmed frogs. Drying in the open sun is slow and unhygienic, "
        "so we need the skinning, seasoning and drying steps, a cleaner way to dry, and an idea of prices.",
        {"oQo103": 2, "oQo104": 2, "oQo125": 1, "oQo126": 1, "oQo127": 1, "oQo128": 1, "oQo129": 1, "oQo130": 1},
    ),
    (
        "oQn55",
        "en",
        "frog_legs_trade",
        "Freezing frog meat for export",
        "A frog cooperative in Cầu Kè, Trà Vinh, wants to export frozen dressed frogs instead of selling live at low prices. We need know-how for cleaning, "
        "packing and freezing, and how other growers' groups organise it.",
        {"oQo106": 2, "oQo138": 1, "oQo139": 1, "oQo149": 1, "oQo108": 1, "oQo107": 1},
    ),
    (
        "oQn56",
        "vi",
        "frog_legs_trade",
        "Sản phẩm chế biến sẵn từ ếch khi giá ếch sống rớt",
        "Hợp tác xã ếch ở Tiểu Cần (Trà Vinh) hay bị ép giá ếch sống. Muốn làm sản phẩm chế biến sẵn, bảo quản lâu, bán quanh năm. Cần dây chuyền và công thức.",
        {"oQo150": 2, "oQo105": 2, "oQo104": 1, "oQo106": 1},
    ),
    (
        "oQn57",
        "en",
        "frog_isan",
        "Veterinary requirements to ship live frogs abroad",
        "A trader in Trà Vinh wants to send live frogs from member farms to a foreign buyer. What veterinary conditions, checks, packaging and transport "
        "rules must the shipment meet?",
        {"oQo108": 2, "oQo149": 2},
    ),
    # --- soft-shell turtle farming and seed ---
    (
        "oQn58",
        "vi",
        "baba_khoahoc",
        "Xây hồ xi măng nuôi ba ba cho hộ gia đình",
        "Tôi ở Càng Long (Trà Vinh) muốn xây hồ xi măng nuôi ba ba khoảng 50 m². Cần bản thiết kế hồ (tường, đáy, lớp cát, cống cấp thoát), cách ngâm hồ mới "
        "và chỗ cho ba ba lên phơi nắng.",
        {"oQo050": 2, "oQo063": 2, "oQo059": 1, "oQo051": 1, "oQo056": 1},
    ),
    (
        "oQn59",
        "en",
        "baba_idz",
        "Complete grow-out protocol for spiny soft-shell turtle",
        "A farm in Vũng Liêm, Vĩnh Long, wants to raise spiny soft-shell turtles commercially and needs a full protocol with survival, yield per hectare, "
        "market size, feeding rates by season and the equipment list.",
        {"oQo049": 2, "oQo062": 2, "oQo054": 1, "oQo061": 1, "oQo056": 1},
    ),
    (
        "oQn60",
        "vi",
        "baba_nghean_giong",
        "Nuôi ghép cá với ba ba để tận dụng thức ăn thừa",
        "Ao ba ba của tôi ở Tam Bình (Vĩnh Long) nước mau bẩn vì thức ăn thừa và phân. Muốn nuôi ghép loài cá sống chung được với ba ba để dọn thức ăn thừa, "
        "cần mật độ và cách bố trí ao.",
        {"oQo051": 2, "oQo059": 1, "oQo063": 1},
    ),
    (
        "oQn61",
        "en",
        "baba_blog",
        "Planning a turtle farm with reservoir and wastewater ponds",
        "An investor in Duyên Hải, Trà Vinh, is planning a soft-shell turtle farm on 1 ha and wants a layout: share of grow-out, reservoir and wastewater "
        "ponds, water channels and pond disinfection.",
        {"oQo059": 2, "oQo060": 2, "oQo050": 1, "oQo064": 1, "oQo063": 1},
    ),
    (
        "oQn62",
        "vi",
        "benh_baba_nuoitrong123",
        "Nuôi ba ba trong bể nhỏ trên sân thượng",
        "Nhà tôi ở thành phố Vĩnh Long không có đất, muốn xây vài bể nhỏ trên sân thượng nuôi ba ba. Cần hướng dẫn thiết kế bể xây nổi, chống thấm, lớp cát đáy và cấp thoát nước.",
        {"oQo050": 2, "oQo063": 1, "oQo061": 1},
    ),
    (
        "oQn63",
        "vi",
        "baba_hatinh_thai",
        "Tự sản xuất ba ba giống tại trại",
        "Trại ba ba ở Tiểu Cần (Trà Vinh) phải mua giống xa, giá cao. Muốn tự nuôi vỗ ba ba bố mẹ, thu trứng, ấp và ương ba ba con. Cần quy trình đầy đủ.",
        {"oQo052": 2, "oQo053": 2, "oQo051": 1, "oQo057": 1, "oQo145": 1, "oQo055": 1, "oQo054": 1},
    ),
    (
        "oQn64",
        "en",
        "baba_de_123doc",
        "Poor hatching of soft-shell turtle eggs",
        "Our hatchery in Châu Thành, Trà Vinh, incubates turtle eggs in sand beds but many eggs dry out or rot. We need an incubation method with the right "
        "sand, moisture, depth and temperature.",
        {"oQo057": 2, "oQo145": 2, "oQo058": 2, "oQo065": 2, "oQo051": 1, "oQo053": 1, "oQo052": 1},
    ),
    (
        "oQn65",
        "vi",
        "turtle_hatch_efamous",
        "Đóng thùng gỗ ấp trứng ba ba giá rẻ",
        "Hộ nuôi ba ba nhỏ ở Mang Thít (Vĩnh Long) không có phòng ấp ổn định nhiệt. Cần bản vẽ thùng ấp bằng gỗ tự đóng (kích thước, lỗ thoát nước, nắp) và cách xếp "
        "lớp cát, trứng trong thùng.",
        {"oQo058": 2, "oQo065": 2, "oQo145": 1, "oQo057": 1, "oQo052": 1},
    ),
    (
        "oQn66",
        "en",
        "baba_giong_123doc",
        "Broodstock ratio and nesting pits for soft-shell turtles",
        "A farm in Cầu Ngang, Trà Vinh, is setting up soft-shell turtle broodstock ponds. We need the female-to-male ratio, broodstock size, stocking "
        "density by water depth and a design for the nesting area.",
        {"oQo052": 2, "oQo051": 1, "oQo066": 1, "oQo064": 1, "oQo055": 1, "oQo053": 1},
    ),
    # --- soft-shell turtle disease ---
    (
        "oQn67",
        "vi",
        "benh_baba_khoahoc",
        "Ba ba bị loét cổ, chân, kém ăn",
        "Ao ba ba nuôi được 3 năm ở Trà Ôn (Vĩnh Long) có nhiều con loét ở cổ, chân, kém ăn, hay nổi ven bờ, chết rải rác vào mùa lạnh. Cần chẩn đoán và cách trị.",
        {"oQo087": 2, "oQo089": 2, "oQo088": 2, "oQo090": 1, "oQo091": 1},
    ),
    (
        "oQn68",
        "en",
        "benh_baba_tepbac",
        "White cotton-like patches on young turtles in cool weather",
        "Young soft-shell turtles on our farm in Bình Minh, Vĩnh Long, show white cotton-like patches on the neck and legs when the weather turns cool, "
        "then get sluggish. What is it and how is it treated?",
        {"oQo088": 2, "oQo090": 2, "oQo091": 1, "oQo089": 1},
    ),
    (
        "oQn69",
        "vi",
        "benh_baba_giaotrinh",
        "Ba ba giong co dom trang o vien mai va ke chan",
        "Ba ba giong 2-3 thang tuoi o trai Cau Ke xuat hien dom trang o vien mai, co va ke chan, an it, yeu dan. Can cach xu ly va phong cho lua sau.",
        {"oQo090": 2, "oQo088": 1, "oQo087": 1},
    ),
    # --- other reptiles ---
    (
        "oQn70",
        "vi",
        "ran_sinhhoc",
        "Bắt đầu nuôi rắn ri voi trong ao",
        "Hộ ở Bình Minh (Vĩnh Long) muốn nuôi rắn ri voi thương phẩm trong ao sau nhà. Cần hướng dẫn làm rào chống rắn thoát, thức ăn, thời gian nuôi và giá bán.",
        {"oQo067": 2, "oQo068": 2, "oQo069": 1, "oQo070": 1, "oQo071": 1},
    ),
    (
        "oQn71",
        "vi",
        "ran_phuyen",
        "Ương rắn ri voi con ít hao hụt",
        "Trại rắn ri voi ở Trà Cú (Trà Vinh) có rắn đẻ nhưng rắn con chết nhiều khi nuôi thẳng trong bể xi măng. Cần cách ương rắn con và tập ăn.",
        {"oQo069": 2, "oQo070": 1, "oQo067": 1},
    ),
    (
        "oQn72",
        "en",
        "ran_veo",
        "Water snakes stop eating in cool months",
        "Our Bocourt water snakes in Tam Bình, Vĩnh Long, refuse food in the cooler months and some die around moulting. We need the temperature range and "
        "moulting care for this species.",
        {"oQo070": 2, "oQo067": 1, "oQo068": 1},
    ),
    # --- licensing and wildlife rules ---
    (
        "oQn73",
        "vi",
        "ran_100nghe",
        "Thủ tục khai báo cơ sở nuôi rắn, ba ba với kiểm lâm",
        "Cơ sở của tôi ở Cầu Ngang (Trà Vinh) nuôi rắn ri voi và ba ba nguồn gốc tự nhiên. Cần tư vấn điều kiện nuôi, sổ theo dõi và thủ tục thông báo với kiểm lâm "
        "cho đúng quy định.",
        {"oQo111": 2, "oQo112": 2, "oQo113": 1, "oQo115": 1},
    ),
    (
        "oQn74",
        "en",
        "phaply_nhim",
        "Permit to breed a CITES-listed turtle for sale",
        "A farm in Tiểu Cần, Trà Vinh, wants to breed a turtle species listed in CITES Appendix II and sell the young. Which authority issues the permit, "
        "how long does it take and what documents are needed?",
        {"oQo113": 2, "oQo111": 1, "oQo112": 1, "oQo115": 1},
    ),
    (
        "oQn75",
        "vi",
        "ech_vl_rophi",
        "Ngăn ếch Thái nuôi thoát ra môi trường",
        "Trạm khuyến nông một huyện ở Vĩnh Long lo ếch Thái Lan nuôi trong ao, vèo lưới thoát ra ngoài gây hại. Cần khuyến cáo an toàn sinh học cho hộ nuôi ếch.",
        {"oQo048": 2, "oQo027": 1, "oQo031": 1},
    ),
]
