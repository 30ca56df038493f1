"""Needs for holdout163 (goat, rabbit and quail farming on small farms): (id, language, source key, title,
description, {offer id: grade}). Grades: 2 = would solve the need, 1 = partly relevant; unlisted = not relevant."""

NEEDS = [
    # --- goat housing ---
    (
        "oIn01",
        "vi",
        "goat_duyenhai_nghean",
        "Cần thiết kế chuồng sàn giá rẻ cho dê Boer lai ở vùng đất thấp",
        "Tổ nuôi dê ở xã Long Vĩnh (Duyên Hải, Trà Vinh) gồm nhiều hộ nghèo được hỗ trợ 2 dê nái Boer lai mỗi hộ; đàn tăng "
        "gấp bốn sau hơn một năm, dê lai 4 tháng đạt 38–42 kg. Đất thấp, mùa mưa nền chuồng ẩm, dê hay ho, viêm phổi, "
        "thối móng. Cần mẫu chuồng sàn cao ráo làm bằng vật liệu tại chỗ cho 20–30 con, có rào và sân chơi.",
        {"oIo001": 2, "oIo003": 2, "oIo004": 2, "oIo002": 1, "oIo005": 1, "oIo006": 1, "oIo135": 1},
    ),
    (
        "oIn02",
        "en",
        "goat_house_trantor",
        "Floor plan and space allowances for a 40-doe dairy goat barn",
        "Our dairy goat cooperative in Tiểu Cần (Trà Vinh) is building a new house for 40 milking does. We need a plan "
        "that keeps the goats clean, dry and out of draughts with good ventilation: how many square metres per doe, "
        "whether to use slatted raised floors or a solid floor with bedding, and separate stalls for milking.",
        {"oIo002": 2, "oIo001": 2, "oIo004": 2, "oIo003": 1, "oIo005": 1, "oIo006": 1},
    ),
    (
        "oIn03",
        "vi",
        "goat_house_giaotrinh",
        "Can lam chuong de sua co o vat sua rieng tung con",
        "Nha toi o Cang Long, Tra Vinh nuoi 12 de sua Bach Thao, nhot chung mot chuong nen vat sua kho, de tranh an. Can "
        "huong dan chia o chuong rieng tung con bao nhieu met, mat do cho de cai, de chua, de con, mang an mang uong "
        "rieng, chuong quay huong nao cho mat.",
        {"oIo002": 2, "oIo003": 1, "oIo001": 1},
    ),
    (
        "oIn04",
        "en",
        "goat_house_homesteading",
        "Low-cost shelter for a small goat herd in an existing shed",
        "I am a farmer in Càng Long (Trà Vinh) starting with eight goats. I want to convert an old storage shed instead "
        "of building a stall barn: loose housing, airy but not draughty, doors wide enough for a barrow, and a floor that "
        "is easy to clean. Looking for a cheap, practical shelter design and bedding advice.",
        {"oIo005": 2, "oIo006": 2, "oIo004": 1, "oIo001": 1, "oIo003": 1},
    ),
    (
        "oIn73",
        "vi",
        "goat_techbook_timtailieu",
        "Làm hàng rào và sân chơi quanh chuồng dê trên đất giồng cát",
        "Hộ nuôi 30 con dê ở Hiệp Mỹ Tây (Cầu Ngang, Trà Vinh) làm chuồng cách nền 60–80 cm nhưng dê hay chui rào phá vườn "
        "màu của hàng xóm. Cần hướng dẫn làm hàng rào chắc chắn, khoảng cách nan, chiều cao rào và sân chơi có máng ăn "
        "uống để dê vận động, tắm nắng và dễ bắt dê khi phối giống, chữa bệnh.",
        {"oIo001": 2, "oIo003": 2, "oIo002": 1, "oIo004": 1},
    ),
    # --- rabbit cages ---
    (
        "oIn05",
        "vi",
        "rabbit_method_docz",
        "Tìm mẫu lồng thỏ sinh sản có ổ đẻ cho 60 thỏ nái",
        "Tổ hợp tác nuôi thỏ ở Vũng Liêm (Vĩnh Long) mở rộng lên 60 thỏ nái. Lồng hiện tại đáy tre khe to, thỏ con lọt chân, "
        "phân đọng, chuột vào cắn thỏ con. Cần mẫu lồng cho thỏ nái có ổ đẻ, đáy thoát phân tốt, máng ăn máng uống, giá "
        "cỏ gắn ngoài và kích thước lồng cho thỏ đực giống.",
        {"oIo007": 2, "oIo010": 2, "oIo009": 2, "oIo008": 1, "oIo011": 1, "oIo012": 1, "oIo013": 1},
    ),
    (
        "oIn06",
        "en",
        "rabbit_house_winenfood",
        "Predator-proof cages for a meat rabbit unit",
        "A family farm in Mang Thít (Vĩnh Long) lost several New Zealand does to rats, cats and snakes getting into "
        "flimsy cages. We want secure wire cages, preferably hanging or raised so droppings fall through, with mesh "
        "small enough to keep kits in and predators out, and a layout that is quick to clean.",
        {"oIo012": 2, "oIo010": 2, "oIo009": 2, "oIo013": 2, "oIo011": 1, "oIo007": 1},
    ),
    (
        "oIn07",
        "en",
        "rabbit_hutch_village",
        "Outdoor tiered rabbit hutches under a canopy",
        "We keep about 150 rabbits in Trà Ôn (Vĩnh Long) and have no building, so the hutches must stand outdoors in "
        "rows, up to three tiers, under a roof that keeps off sun and rain, with a sloped surface under each tier to "
        "shed manure. We need designs and materials that resist weather, dogs and rats.",
        {"oIo012": 2, "oIo013": 2, "oIo010": 1, "oIo009": 1, "oIo008": 1},
    ),
    (
        "oIn08",
        "vi",
        "rabbit_cage_nongphu",
        "Can mua long sat cho 100 tho thit nuoi trong nha",
        "Toi o Binh Minh, Vinh Long muon nuoi 100 tho thit New Zealand trong nha kho cu. Can mua hoac dat dong long sat "
        "co chan, day luoi de phan lot xuong, biet kich thuoc long va moi met vuong nuoi duoc bao nhieu con tho thit.",
        {"oIo009": 2, "oIo008": 2, "oIo011": 1, "oIo007": 1, "oIo012": 1},
    ),
    # --- quail housing ---
    (
        "oIn09",
        "vi",
        "quail_tech_docz",
        "Cần lồng tầng đáy nghiêng cho 3.000 cút đẻ",
        "Hộ nuôi cút ở Cầu Kè (Trà Vinh) đang nuôi 3.000 cút đẻ trên lồng một tầng, tốn diện tích, trứng bị cút dẫm vỡ và "
        "dính phân. Cần thiết kế lồng nhiều tầng có đáy nghiêng để trứng lăn ra máng hứng ngoài lồng, máng ăn uống chống "
        "rơi vãi, chuồng thoáng mát.",
        {"oIo015": 2, "oIo019": 1, "oIo014": 1, "oIo017": 1, "oIo018": 1},
    ),
    (
        "oIn10",
        "en",
        "quail_cage_healthyfood",
        "Stacked cages for 100 laying quail in a small backyard",
        "A household in Châu Thành (Trà Vinh) wants to keep 100 laying quail in a corner of the yard. We need stackable "
        "cage dimensions, space per bird, droppings trays and how to collect eggs without disturbing the birds, using "
        "cheap materials we can build ourselves.",
        {"oIo018": 2, "oIo019": 2, "oIo015": 2, "oIo014": 1},
    ),
    (
        "oIn11",
        "en",
        "quail_tech_docz2",
        "Quail shed too hot: temperature and ventilation advice",
        "Our quail shed in Trà Cú (Trà Vinh) holds 6,000 layers in about 100 m². In the hot months egg production drops "
        "and birds die; the shed smells of ammonia. We need the right temperature range for chicks and layers and advice "
        "on ventilation, shed orientation and keeping rats and cats out.",
        {"oIo014": 2, "oIo017": 1, "oIo019": 1, "oIo018": 1},
    ),
    (
        "oIn61",
        "vi",
        "quail_chuyende_scribd",
        "Chuyển đất lúa sang nuôi 10.000 cút đẻ theo quy trình công nghệ cao",
        "Hợp tác xã ở Tiểu Cần (Trà Vinh) muốn chuyển 1 ha đất lúa kém hiệu quả sang nuôi 10.000 cút đẻ. Cần một quy trình "
        "trọn gói từ chọn giống cút Nhật hoặc cút Pháp, úm cút con, chuồng lồng, dinh dưỡng tới vệ sinh phòng bệnh để hạn "
        "chế rủi ro cho xã viên.",
        {"oIo017": 2, "oIo016": 1, "oIo014": 1, "oIo015": 1, "oIo018": 1},
    ),
    # --- forage ---
    (
        "oIn12",
        "vi",
        "forage_farmcircle",
        "Thiếu cỏ mùa khô cho 50 con dê trên đất giồng cát",
        "Hộ nuôi 50 con dê ở Cầu Ngang (Trà Vinh) trên đất giồng cát; mùa khô cỏ tự nhiên cạn, phải mua thức ăn tinh tốn "
        "kém. Cần giống cỏ năng suất cao trồng được ở đất cát và cây họ đậu giàu đạm (như keo dậu) trồng làm hàng rào để "
        "cắt cho dê ăn quanh năm.",
        {"oIo022": 2, "oIo024": 2, "oIo025": 2, "oIo026": 2, "oIo027": 1, "oIo023": 1, "oIo041": 1},
    ),
    (
        "oIn13",
        "en",
        "leucaena_boer_tropgrass",
        "Feeding leucaena to fattening Boer goats safely",
        "A goat fattening group in Trà Cú (Trà Vinh) has leucaena hedges along the fields and wants to use them instead "
        "of bought concentrate for weaned Boer crossbreds. How much leucaena can goats take without toxicity, should it "
        "be browsed or cut and chopped, and how thick can the twigs be?",
        {"oIo025": 2, "oIo027": 2, "oIo026": 1, "oIo028": 1, "oIo023": 1},
    ),
    (
        "oIn62",
        "en",
        "forage_farmcircle",
        "Forage and browse for goats on coastal land",
        "Goat keepers in Duyên Hải (Trà Vinh) graze on poor coastal land. We want to plant shrubs, fodder trees and "
        "improved grasses that goats browse, to cut feed costs and keep the herd healthy through the dry season.",
        {"oIo025": 2, "oIo026": 2, "oIo022": 1, "oIo027": 1},
    ),
    (
        "oIn14",
        "vi",
        "forage_green_docz",
        "Trồng cỏ và cây lá cho thỏ để giảm tiền cám",
        "Tổ hợp tác thỏ ở Vũng Liêm (Vĩnh Long) đang phải mua nhiều cám viên. Chúng tôi có đất vườn muốn trồng cỏ mềm và "
        "cây lá giàu đạm cho thỏ ăn, cần giống cỏ phù hợp với thỏ, năng suất và mức thay thế thức ăn tinh hợp lý.",
        {"oIo024": 2, "oIo028": 2, "oIo022": 1, "oIo040": 1, "oIo026": 1, "oIo041": 1},
    ),
    # --- silage ---
    (
        "oIn15",
        "vi",
        "silage_corn_khomay",
        "Can huong dan u chua than bap sau thu hoach cho de",
        "Vung Tra Cu (Tra Vinh) trong nhieu bap, sau thu trai than la bo phi hoac dot. Toi nuoi 40 con de, muon u chua "
        "than bap de danh cho mua kho: can ty le ri mat, muoi, cam, cach bam va u trong tui hay ho, de duoc bao lau.",
        {"oIo032": 2, "oIo034": 2, "oIo036": 2, "oIo031": 1, "oIo033": 1, "oIo037": 1, "oIo039": 1},
    ),
    (
        "oIn16",
        "en",
        "silage_byproduct_nguoichannuoi",
        "Bag silage of napier grass for a dairy goat farm",
        "Our dairy goat farm in Càng Long (Trà Vinh) has surplus napier grass in the rainy season and shortage in the dry "
        "season. We want to ensile it in plastic bags, but have heard that badly made silage can make goats sick. We "
        "need a proven recipe and safe feeding practice for milking goats.",
        {"oIo031": 2, "oIo035": 2, "oIo037": 2, "oIo036": 1, "oIo033": 1, "oIo034": 1},
    ),
    (
        "oIn17",
        "en",
        "silage_nortons",
        "Our small-bag silage spoiled: need a reliable method",
        "A smallholder in Tiểu Cần (Trà Vinh) tried making silage for goats in black plastic bags and a tin drum; most of "
        "it rotted and the goats refused it. I need a reliable small-scale method: wilting, chopping, packing, bag type, "
        "storage place and how to check bags.",
        {"oIo037": 2, "oIo031": 2, "oIo036": 1, "oIo035": 1, "oIo033": 1, "oIo034": 1},
    ),
    (
        "oIn18",
        "vi",
        "silage_combomart",
        "Xây hố ủ chua cỏ quy mô 1–2 tấn cho hợp tác xã",
        "Hợp tác xã chăn nuôi ở Trà Ôn (Vĩnh Long) có bò và dê, muốn làm hố ủ chua cỏ voi, rơm và cỏ tạp mỗi đợt 1–2 tấn "
        "để dự trữ mùa khô. Cần hướng dẫn xây hoặc đào hố ủ, lót đáy, nén và che phủ, tỷ lệ muối, cám phối trộn.",
        {"oIo033": 2, "oIo036": 2, "oIo031": 1, "oIo032": 1},
    ),
    # --- feed and pellets ---
    (
        "oIn19",
        "en",
        "rabbit_feed_lauzerts",
        "Making our own rabbit pellets to cut feed costs",
        "The rabbit cooperative in Vũng Liêm (Vĩnh Long) spends most of its income on bought pellets. Members want to "
        "make granulated feed themselves: a balanced formula from local ingredients, how to mix premix evenly, and a "
        "small pellet machine.",
        {"oIo042": 2, "oIo044": 2, "oIo043": 1, "oIo040": 1, "oIo045": 1, "oIo041": 1},
    ),
    (
        "oIn20",
        "vi",
        "rabbit_pellet_cn",
        "Tự làm thức ăn viên cho thỏ bằng máy xay thịt",
        "Hộ nuôi 40 thỏ nái ở Mang Thít (Vĩnh Long) muốn tự làm thức ăn viên từ bột cỏ khô, cám gạo, bắp, bã đậu, bột cá "
        "và muối, ép bằng máy xay thịt quay tay rồi phơi khô. Cần công thức phối trộn theo giai đoạn và cách làm viên không "
        "bị vụn, mốc.",
        {"oIo040": 2, "oIo044": 2, "oIo042": 2, "oIo043": 1, "oIo045": 1},
    ),
    (
        "oIn68",
        "en",
        "pet_rabbit_pellets_wabbit",
        "Checking protein and fibre in feed for lactating does",
        "A rabbit breeder in Bình Minh (Vĩnh Long) sees does losing weight while nursing and kits growing slowly. We want "
        "to know the right crude protein, fibre, fat and calcium levels for pellets at each stage and whether our mill's "
        "pellets meet them.",
        {"oIo043": 2, "oIo044": 1, "oIo040": 1},
    ),
    # --- goat breeding and records ---
    (
        "oIn21",
        "vi",
        "goat_cross_luanan",
        "Cần đực giống Boer và hướng dẫn lai tạo với dê Bách Thảo, dê cỏ",
        "Hợp tác xã dê ở Duyên Hải (Trà Vinh) muốn nâng tầm vóc đàn dê cỏ bằng lai với Bách Thảo rồi Boer để có dê thịt "
        "lớn nhanh. Cần nguồn đực giống Boer thuần đã đánh giá, tiêu chuẩn chọn đực, cái và cách theo dõi khối lượng đời "
        "con.",
        {"oIo048": 2, "oIo051": 2, "oIo049": 2, "oIo050": 1, "oIo055": 1},
    ),
    (
        "oIn22",
        "en",
        "goat_records_fable",
        "App to record breeding dates and predict kidding",
        "Our goat farm in Châu Thành (Trà Vinh) lets does run with the buck and we never know when kids are due, so "
        "vaccinations and kidding pens are always late. We want simple software or an app to log exposure and service "
        "dates and get a kidding calendar.",
        {"oIo052": 2, "oIo053": 2, "oIo057": 1, "oIo056": 1, "oIo054": 1, "oIo055": 1},
    ),
    (
        "oIn23",
        "vi",
        "goat_records_backyard",
        "Can mau so ghi chep theo doi dan de",
        "Toi nuoi 25 de o Tra Cu, Tra Vinh, hay quen ngay phoi giong, ngay de, ngay tay giun va tien mua cam. Can mau so "
        "hoac bieu mau don gian de ghi tung con: phoi giong, mang thai, de, can nang, thuoc thu y, de biet con nao nen "
        "giu, con nao nen loai.",
        {"oIo054": 2, "oIo055": 2, "oIo056": 2, "oIo052": 1, "oIo057": 1},
    ),
    (
        "oIn24",
        "en",
        "goat_textbook_hungvuong",
        "Improving milk yield of Bách Thảo does with dairy bucks",
        "A dairy goat cooperative in Trà Vinh milks Bách Thảo does that give little milk. We want Saanen or Alpine bucks "
        "or semen with proven daughters to cross into the herd and raise milk yield per lactation.",
        {"oIo051": 2, "oIo048": 1, "oIo049": 1, "oIo053": 1},
    ),
    (
        "oIn58",
        "vi",
        "goat_mgmt_nlu",
        "Chọn dê cái sinh sản tốt để giữ làm giống",
        "Trang trại dê 120 con ở Tiểu Cần (Trà Vinh) muốn giữ lại dê cái tơ tốt nhất làm nái thay đàn. Cần tiêu chí chọn "
        "dê cái giống theo ngoại hình, bầu vú, khả năng sinh sản của mẹ và cách loại thải nái kém.",
        {"oIo049": 2, "oIo048": 1, "oIo050": 1, "oIo054": 1, "oIo055": 1},
    ),
    (
        "oIn59",
        "en",
        "goat_model_doanhnghiep",
        "Comparing costs of confined and semi-grazed goat farming",
        "A cooperative in Trà Vinh must choose between keeping goats fully confined and semi-grazing them. We need a "
        "cost and profit comparison of the two systems from local farms before members invest in barns.",
        {"oIo152": 2, "oIo144": 1},
    ),
    (
        "oIn67",
        "en",
        "goat_finance_tvu",
        "Purebred Boer bucks for crossbreeding",
        "Goat households in Duyên Hải (Trà Vinh) want to buy purebred Boer bucks to cross with local does and sell "
        "heavier meat kids. We need a reliable source of tested bucks and their growth figures.",
        {"oIo048": 2, "oIo051": 2, "oIo140": 1},
    ),
    # --- rabbit breeding ---
    (
        "oIn25",
        "vi",
        "rabbit_project_nghean",
        "Mua thỏ giống New Zealand, California thuần cho trại 50 nái",
        "Tôi chuẩn bị mở trại thỏ thịt ở Bình Minh (Vĩnh Long) với 50 thỏ nái và 8 thỏ đực. Cần nguồn thỏ giống ngoại thuần "
        "New Zealand hoặc California khỏe, đúng tuổi, kèm hướng dẫn chọn giống, phân biệt đực cái và năng suất sinh sản để "
        "tính hiệu quả.",
        {"oIo060": 2, "oIo059": 2, "oIo061": 2, "oIo062": 1, "oIo063": 1, "oIo137": 1},
    ),
    (
        "oIn26",
        "en",
        "rabbit_care_docz",
        "Does dying and failing to conceive in the hot season",
        "Our rabbitry in Trà Ôn (Vĩnh Long) loses does and whole litters in April and May, and conception drops when it "
        "is hot. We need a breeding calendar for a hot climate and practical ways to keep rabbits cool.",
        {"oIo064": 2, "oIo062": 1, "oIo061": 1, "oIo008": 1},
    ),
    (
        "oIn56",
        "vi",
        "rabbit_project_nghean",
        "Tìm đơn vị bao tiêu thỏ thịt số lượng lớn",
        "Hộ nuôi thỏ ở Tam Bình (Vĩnh Long) đã có 300 con, thương lái mua lẻ tẻ, giá thất thường. Cần tìm tổ hợp tác hoặc "
        "doanh nghiệp ký hợp đồng thu mua thỏ thịt ổn định, hỗ trợ giống và kỹ thuật.",
        {"oIo137": 2, "oIo138": 2, "oIo136": 1},
    ),
    # --- goat health ---
    (
        "oIn27",
        "vi",
        "goat_helminth_travinh",
        "Đàn dê nhiễm giun sán nặng, cần chương trình tẩy định kỳ",
        "Hợp tác xã dê ở Cầu Ngang (Trà Vinh) có nhiều dê gầy, lông xơ, thiếu máu, tiêu chảy, dê trên 2 tuổi bị nặng hơn; "
        "xét nghiệm phân cho thấy phần lớn đàn nhiễm giun tròn, sán dây. Cần chẩn đoán, thuốc tẩy phù hợp, liều dùng và lịch "
        "tẩy định kỳ cho cả đàn.",
        {"oIo065": 2, "oIo066": 2, "oIo068": 2, "oIo069": 1},
    ),
    (
        "oIn28",
        "en",
        "goat_vacc_littlebud",
        "Vaccination schedule after enterotoxemia deaths",
        "A goat farm in Châu Thành (Trà Vinh) lost its heaviest, fastest-growing kids suddenly after a change to richer "
        "feed; the vet suspects overeating disease. We need a vaccination schedule against enterotoxemia and tetanus for "
        "does, kids and bucks.",
        {"oIo067": 2, "oIo068": 2, "oIo069": 1, "oIo070": 1},
    ),
    (
        "oIn29",
        "en",
        "goat_cdt_fernhollow",
        "Newborn kids dying in the first weeks",
        "In Mỹ Long (Cầu Ngang, Trà Vinh) our does kid well but several kids die in the first two weeks. We need a "
        "kidding-time protocol: colostrum, navel care, when to vaccinate does before kidding and when to start kids.",
        {"oIo070": 2, "oIo067": 2, "oIo068": 1, "oIo069": 1},
    ),
    (
        "oIn65",
        "vi",
        "goat_vacc_littlebud",
        "Lập lịch tiêm phòng và tẩy giun cả năm cho đàn dê",
        "Trang trại 60 con dê ở Trà Cú (Trà Vinh) muốn có lịch chăm sóc sức khỏe cả năm: tiêm phòng cho dê con, dê cái "
        "trước phối và trước đẻ, dê đực, thời điểm tẩy giun và cách chọn con cần tẩy, kiểm tra móng, bầu vú.",
        {"oIo068": 2, "oIo069": 2, "oIo067": 1, "oIo065": 1, "oIo066": 1},
    ),
    # --- rabbit health ---
    (
        "oIn30",
        "vi",
        "rhd_suckhoevn",
        "Thỏ chết đột ngột hàng loạt, nghi bệnh xuất huyết",
        "Trại thỏ ở Long Hồ (Vĩnh Long) trong 3 ngày chết hơn 40 con, toàn thỏ lớn và thỏ nái, chết nhanh, có con chảy máu "
        "mũi. Cần xác định bệnh, vắc xin phòng bệnh xuất huyết cho đàn còn lại và cách sát trùng chuồng trại.",
        {"oIo072": 2, "oIo073": 2, "oIo074": 2, "oIo075": 2, "oIo077": 1},
    ),
    (
        "oIn31",
        "en",
        "rabbit_cocci_vetnext",
        "Diarrhoea and deaths in weaned rabbits",
        "Our rabbit group in Vũng Liêm (Vĩnh Long) sees weaners with diarrhoea, bloated bellies and poor growth a few weeks "
        "after weaning, especially after feed changes. We need diagnosis and a control plan for coccidiosis.",
        {"oIo076": 2, "oIo077": 1, "oIo073": 1},
    ),
    (
        "oIn32",
        "vi",
        "rabbit_pasteur_docslib",
        "Tho bi so mui hat hoi va tieu chay sau cai sua",
        "Trai tho o Cau Ke, Tra Vinh co nhieu tho so mui, hat hoi, chay nuoc mat, tho con sau cai sua tieu chay, gay nhanh. "
        "Thuoc thu y dat, chua xong lai tai phat. Can huong dan phong benh duong ho hap va cau trung cho ca trai.",
        {"oIo077": 2, "oIo076": 2, "oIo073": 1, "oIo072": 1},
    ),
    (
        "oIn64",
        "en",
        "rhd_bopvets",
        "Regular supply of RHD vaccine for a breeding rabbitry",
        "A rabbit breeding farm in Long Hồ (Vĩnh Long) wants to vaccinate all breeding does and bucks against rabbit "
        "haemorrhagic disease. We need a supplier of vaccine and a schedule, including protection against the newer "
        "variant.",
        {"oIo074": 2, "oIo075": 2, "oIo072": 1, "oIo073": 1},
    ),
    # --- quail health ---
    (
        "oIn33",
        "vi",
        "nd_chicken_chothietbi",
        "Cút đẻ giảm trứng, vỏ mềm, phân xanh: cần lịch vắc xin Newcastle",
        "Trại cút 5.000 con ở Cầu Kè (Trà Vinh) bỗng giảm đẻ, trứng vỏ mềm, nhiều con ủ rũ, ngoẹo cổ, phân xanh rồi chết. "
        "Cần xác định có phải Newcastle không, lịch dùng vắc xin cho cút và biện pháp an toàn sinh học.",
        {"oIo079": 2, "oIo080": 2, "oIo085": 1},
    ),
    (
        "oIn66",
        "en",
        "nd_chicken_chothietbi",
        "Newcastle disease vaccination for quail chicks",
        "A quail hatchery in Cầu Ngang (Trà Vinh) sells day-old chicks to many households. We want a Newcastle disease "
        "vaccination programme for quail and advice on outbreak handling.",
        {"oIo079": 2, "oIo080": 2, "oIo085": 1},
    ),
    (
        "oIn34",
        "en",
        "quail_ue_imran",
        "Sudden quail deaths with whitish watery droppings",
        "A quail farm in Trà Ôn (Vĩnh Long) has birds dying suddenly while still in good flesh; others are listless, "
        "hunched, with watery white droppings, and the vet found button-like ulcers in the intestines. We need treatment "
        "and prevention for this disease.",
        {"oIo081": 2, "oIo082": 2, "oIo083": 2},
    ),
    (
        "oIn35",
        "en",
        "quail_review_cyberleninka",
        "Health and biosecurity plan for a quail farm",
        "Our company is investing in quail egg production in Trà Vinh and wants a health plan covering the main "
        "bacterial, viral and parasitic diseases of quail, with biosecurity rules for staff and visitors.",
        {"oIo081": 2, "oIo082": 1, "oIo083": 1, "oIo079": 1, "oIo080": 1},
    ),
    # --- goat milk ---
    (
        "oIn36",
        "vi",
        "goat_milk_studyph",
        "Thanh trùng sữa dê tại nhà để bán lẻ",
        "Hộ nuôi 30 dê sữa ở Tiểu Cần (Trà Vinh) vắt được khoảng 20 lít/ngày, bán sữa tươi dễ hỏng, khách lo vệ sinh. Cần "
        "cách thanh trùng sữa quy mô hộ (nhiệt độ, thời gian, làm lạnh), đóng chai và bảo quản để kéo dài hạn dùng.",
        {"oIo086": 2, "oIo089": 2, "oIo088": 2, "oIo087": 1, "oIo090": 1},
    ),
    (
        "oIn37",
        "en",
        "goat_milk_barnard",
        "Diversifying into goat yogurt and cheese",
        "The dairy goat cooperative in Càng Long (Trà Vinh) sells only raw milk. Members want to make yogurt and simple "
        "cheeses to earn more and need process training, starter cultures and equipment lists.",
        {"oIo091": 2, "oIo092": 2, "oIo093": 2, "oIo094": 2, "oIo086": 2, "oIo095": 1},
    ),
    (
        "oIn38",
        "en",
        "goat_cheese_georgesmill",
        "Starting a farmstead fresh goat cheese for restaurants",
        "A goat farm in Mang Thít (Vĩnh Long) wants to turn its own milk into fresh chèvre for restaurants in Vĩnh Long "
        "city. We need a simple, reliable cheese process and advice on running a small farmstead cheese business.",
        {"oIo093": 2, "oIo094": 2, "oIo095": 2, "oIo086": 1, "oIo091": 1},
    ),
    (
        "oIn39",
        "vi",
        "goat_milk_culturemag",
        "Sữa dê có mùi hôi, khách chê",
        "Tổ hợp tác dê sữa ở Long Hồ (Vĩnh Long) bán sữa cho quán cà phê nhưng sữa hay có mùi hôi dê, để qua đêm càng nặng. "
        "Cần hướng dẫn vắt, vận chuyển, làm lạnh và xử lý sữa để giảm mùi, giữ chất lượng.",
        {"oIo090": 2, "oIo087": 2, "oIo096": 1, "oIo086": 1, "oIo089": 1},
    ),
    (
        "oIn40",
        "en",
        "goat_milk_sunflower",
        "Milk hygiene and cooling for a small goat dairy",
        "We milk 8 does by hand in Bình Tân (Vĩnh Long) and plan to sell milk and cheese. We need a milking hygiene "
        "routine, how fast and how cold to cool the milk, and how to keep equipment clean.",
        {"oIo090": 2, "oIo094": 1, "oIo087": 1, "oIo089": 1, "oIo086": 1},
    ),
    (
        "oIn69",
        "vi",
        "goat_cheese_portfotolio",
        "Làm phô mai dê tươi bán cho khách du lịch",
        "Trại dê ở cù lao An Bình (Long Hồ, Vĩnh Long) đón khách du lịch miệt vườn, muốn làm phô mai dê tươi và phô mai ủ "
        "ngắn ngày để bán tại chỗ. Cần quy trình làm phô mai từ sữa dê, khuôn, muối, ủ và thiết bị tối thiểu.",
        {"oIo086": 2, "oIo093": 2, "oIo094": 2, "oIo095": 1},
    ),
    (
        "oIn74",
        "vi",
        "goat_milk_culturemag",
        "Kiểm soát chất lượng sữa dê để cung cấp cho chuỗi cà phê",
        "Hợp tác xã dê sữa ở Càng Long (Trà Vinh) được một chuỗi cà phê đặt mua sữa dê thanh trùng nhưng yêu cầu tiêu chuẩn "
        "chất lượng, số tế bào soma và không có mùi lạ. Cần tiêu chuẩn tham chiếu và cách kiểm soát.",
        {"oIo096": 2, "oIo090": 1, "oIo087": 1},
    ),
    # --- quail eggs ---
    (
        "oIn41",
        "vi",
        "quail_peel_hcmute2016",
        "Cần máy bóc vỏ trứng cút luộc 1.500–2.000 trứng/giờ",
        "Cơ sở luộc trứng cút ở Cầu Ngang (Trà Vinh) bỏ sỉ cho xe bánh tráng trộn và quán ăn, mỗi ngày bóc tay khoảng 10.000 "
        "trứng, tốn 3 nhân công, trứng hay bị sứt. Cần máy bóc vỏ trứng cút luộc công suất 1.500–2.000 trứng/giờ, dễ vệ sinh.",
        {"oIo100": 2, "oIo101": 2, "oIo109": 2, "oIo110": 2, "oIo114": 1},
    ),
    (
        "oIn42",
        "en",
        "pickled_quail_dailybeast",
        "Spicy pickled quail eggs as a packaged snack",
        "A quail farm in Trà Vinh wants to sell spicy pickled quail eggs in jars to convenience stores and petrol "
        "stations. We need a safe process and realistic shelf life: pickling or canning, brine acidity, sterilisation "
        "and storage.",
        {"oIo111": 2, "oIo112": 2, "oIo115": 2, "oIo113": 1, "oIo114": 1},
    ),
    (
        "oIn43",
        "vi",
        "pickled_quail_kitchen",
        "Quy trình làm trứng cút ngâm chua đóng hũ an toàn",
        "Cơ sở nhỏ ở Châu Thành (Trà Vinh) muốn làm trứng cút ngâm giấm đóng hũ bán siêu thị. Lo ngại trứng hư, ngộ độc khi "
        "để ngoài nhiệt độ phòng. Cần quy trình luộc, ngâm, tiệt trùng hũ, có cần bảo quản lạnh không và hạn dùng.",
        {"oIo111": 2, "oIo112": 2, "oIo115": 2, "oIo113": 1},
    ),
    (
        "oIn44",
        "en",
        "egg_sorting_scribd",
        "Low-cost machine to sort small eggs by weight",
        "Our farm in Trà Cú (Trà Vinh) sorts quail and duck eggs by hand into size classes for wholesalers; it is slow and "
        "errors cause complaints. We want an affordable weight-based sorter that can be set for small eggs, plus a "
        "candling check for cracks.",
        {"oIo119": 2, "oIo120": 1, "oIo121": 1, "oIo105": 1, "oIo104": 1, "oIo154": 1},
    ),
    (
        "oIn45",
        "en",
        "egg_storage_blogmeovat",
        "How long can quail eggs be stored before sale",
        "We collect about 8,000 quail eggs a day in Tiểu Cần (Trà Vinh); when traders buy late, eggs sit for a week or "
        "more in the heat. We need storage conditions and maximum holding time that keep table quail eggs at good quality.",
        {"oIo106": 2, "oIo103": 1, "oIo107": 1, "oIo105": 1},
    ),
    (
        "oIn46",
        "vi",
        "quail_candle_mybird",
        "Làm trứng cút lộn để tăng giá bán",
        "Hợp tác xã cút ở Trà Cú (Trà Vinh) bán trứng lạt giá bấp bênh, muốn chuyển một phần sang làm trứng cút lộn. Cần "
        "hướng dẫn chọn trứng, ấp bao nhiêu ngày, soi trứng loại bỏ trứng không phôi và máy ấp phù hợp.",
        {"oIo102": 2, "oIo108": 1, "oIo107": 1},
    ),
    (
        "oIn47",
        "en",
        "quail_business_maxkorzhnn",
        "Boiled and peeled quail eggs line for supermarkets",
        "A food company in Vĩnh Long wants to supply boiled, peeled quail eggs in vacuum packs to supermarkets and "
        "canteens, about 20,000 eggs a day. We need equipment for boiling, rapid cooling and peeling without cracking "
        "yolks.",
        {"oIo114": 2, "oIo100": 2, "oIo109": 2, "oIo110": 1, "oIo115": 1, "oIo101": 1},
    ),
    (
        "oIn70",
        "vi",
        "quail_business_maxkorzhnn",
        "Thiết bị luộc và làm nguội trứng cút quy mô lớn",
        "Cơ sở chế biến ở Bình Minh (Vĩnh Long) luộc trứng cút bằng nồi, trứng chín không đều, lòng đỏ bị xanh viền, khó bóc. "
        "Cần dây chuyền luộc và làm lạnh nhanh trứng cút khoảng 20.000 trứng/ngày, có khâu loại trứng hỏng.",
        {"oIo114": 2, "oIo100": 1, "oIo109": 1},
    ),
    (
        "oIn60",
        "en",
        "quail_fertile_thenewsgod",
        "Japanese quail parent stock and hatching programme",
        "A household group in Càng Long (Trà Vinh) wants to breed its own quail chicks instead of buying them. We need "
        "parent stock management, target weights and a hatching programme to get many good chicks per hen.",
        {"oIo016": 2, "oIo017": 1, "oIo107": 1, "oIo108": 1},
    ),
    (
        "oIn71",
        "vi",
        "quail_fertile_thenewsgod",
        "Tìm nguồn cút mái giống Nhật khỏe, đồng đều",
        "Hộ nuôi cút ở Trà Ôn (Vĩnh Long) mua cút giống trôi nổi, đàn không đồng đều, đẻ kém. Cần nơi cung cấp cút giống "
        "đạt chuẩn khối lượng và hướng dẫn nuôi cút sinh sản.",
        {"oIo016": 2, "oIo017": 1},
    ),
    # --- manure and odour ---
    (
        "oIn48",
        "vi",
        "compost_vietnamorganic",
        "Ủ phân dê thành phân hữu cơ bán cho vườn cây ăn trái",
        "Hộ nuôi 40 dê ở Càng Long (Trà Vinh) thải ra nhiều phân viên, đổ đống gây mùi và ruồi. Muốn ủ phân dê với rơm, lá "
        "cây thành phân hữu cơ hoai mục để bán cho các vườn cây ăn trái quanh vùng. Cần quy trình ủ, chế phẩm và thời gian ủ.",
        {"oIo122": 2, "oIo126": 2, "oIo129": 2, "oIo128": 1, "oIo127": 1},
    ),
    (
        "oIn49",
        "en",
        "manure_hopejoy",
        "Turning rabbit droppings into worm compost",
        "A rabbit farm in Vũng Liêm (Vĩnh Long) shovels piles of droppings every week and the flies bother the "
        "neighbours. We want to raise earthworms on the manure and sell the vermicompost to fruit growers.",
        {"oIo130": 2, "oIo132": 2, "oIo127": 2, "oIo126": 2, "oIo131": 1},
    ),
    (
        "oIn75",
        "vi",
        "manure_hopejoy",
        "Nuôi trùn quế trên phân thỏ",
        "Trại thỏ 200 con ở Trà Ôn (Vĩnh Long) muốn tận dụng phân thỏ để nuôi trùn quế làm thức ăn cho gà và bán phân trùn. "
        "Cần hướng dẫn xử lý phân thỏ trước khi cho trùn ăn, làm luống, chăm sóc và thu hoạch.",
        {"oIo127": 2, "oIo126": 2, "oIo130": 2, "oIo132": 2, "oIo131": 1},
    ),
    (
        "oIn50",
        "vi",
        "barn_hygiene_loga",
        "Trai cut hoi qua, hang xom phan nan, can che pham khu mui",
        "Trai cut 4.000 con o Tieu Can, Tra Vinh nam gan khu dan cu, mui amoniac nang, nhieu ruoi, hang xom phan nan. Can "
        "che pham vi sinh hoac dem lot de giam mui hoi, cach dung va chi phi.",
        {"oIo123": 2, "oIo124": 2, "oIo125": 2, "oIo122": 1},
    ),
    (
        "oIn51",
        "vi",
        "goat_mgmt_nlu",
        "Chuồng dê hôi và nước thải chảy ra mương",
        "Trại 80 con dê ở Tiểu Cần (Trà Vinh) bị chính quyền nhắc vì mùi hôi và nước rửa chuồng chảy ra mương chung. Cần tư "
        "vấn cách giữ vệ sinh chuồng dê, thu gom và xử lý phân, nước tiểu để không ô nhiễm.",
        {"oIo128": 2, "oIo123": 1, "oIo124": 1, "oIo122": 1},
    ),
    (
        "oIn63",
        "en",
        "quail_tech_docz2",
        "Drying and composting quail droppings for sale",
        "A quail farm in Trà Cú (Trà Vinh) collects several hundred kilograms of droppings a week. Growers want to buy "
        "it, but fresh droppings smell and carry germs. We need a simple way to compost it into a safe, odour-free "
        "fertiliser.",
        {"oIo122": 2, "oIo129": 1, "oIo126": 1},
    ),
    # --- selling and processing ---
    (
        "oIn52",
        "vi",
        "goat_model_doanhnghiep",
        "Cần đầu ra ổn định cho dê thịt, tránh bị thương lái ép giá",
        "Nhóm 15 hộ nuôi dê ở Cầu Kè (Trà Vinh), mỗi hộ 10–30 con, thường bị thương lái ép giá khi bán lẻ tẻ. Cần tìm cơ sở "
        "thu mua hoặc tổ hợp tác liên kết bao tiêu dê thịt, dê con với giá ổn định và hỗ trợ kỹ thuật.",
        {"oIo135": 2, "oIo140": 2, "oIo141": 2, "oIo144": 1, "oIo142": 1, "oIo152": 1},
    ),
    (
        "oIn53",
        "en",
        "goat_coop_openparliament",
        "Supplying goat meat cuts to hotpot restaurants",
        "A goat farm in Tiểu Cần (Trà Vinh) wants to sell goat carcasses and cuts directly to goat hotpot restaurants in "
        "Trà Vinh city instead of live goats to traders. We need to know the licensing, slaughter and food-safety "
        "requirements and how to organise supply and pricing.",
        {"oIo142": 2, "oIo143": 2, "oIo150": 1, "oIo144": 1, "oIo135": 1, "oIo145": 1},
    ),
    (
        "oIn54",
        "vi",
        "rabbit_meat_tinvasong",
        "Bán thịt thỏ làm sẵn cho nhà hàng",
        "Trại thỏ ở Càng Long (Trà Vinh) muốn bán thỏ làm sẵn cho các nhà hàng đặc sản thay vì bán thỏ sống. Cần quy trình "
        "giết mổ, sơ chế, đóng gói giữ lạnh và kinh nghiệm giữ mối nhà hàng.",
        {"oIo136": 2, "oIo149": 2, "oIo146": 2, "oIo147": 1, "oIo148": 1, "oIo137": 1},
    ),
    (
        "oIn55",
        "en",
        "rabbit_processing_sustainableeats",
        "Humane rabbit slaughter and dressing training",
        "The rabbit cooperative in Long Hồ (Vĩnh Long) wants members trained to slaughter, skin and dress rabbits "
        "humanely and hygienically so they can sell dressed carcasses at the market.",
        {"oIo147": 2, "oIo149": 2, "oIo148": 1, "oIo063": 1},
    ),
    (
        "oIn57",
        "en",
        "quail_business_maxkorzhnn",
        "Selling culled quail and by-products",
        "A quail egg farm in Càng Long (Trà Vinh) culls thousands of spent hens each cycle and sells them cheaply. We are "
        "looking for a slaughterhouse or buyer for dressed quail and offal parts.",
        {"oIo139": 2},
    ),
    (
        "oIn72",
        "en",
        "rabbit_eu_n2gf",
        "Steady supply of farmed rabbit meat for a restaurant group",
        "A restaurant group in Vĩnh Long city wants to add rabbit dishes and needs a steady weekly supply of farmed "
        "rabbit meat from local producers or cooperatives.",
        {"oIo136": 2, "oIo137": 2, "oIo146": 1, "oIo138": 1},
    ),
]
