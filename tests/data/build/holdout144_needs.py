"""Needs for holdout144 (swiftlet farming and bird's-nest products), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Needs written from a page about another place are set in the province.
"""

NEEDS = [
    # --- (A) swiftlet houses, sound, climate ---
    (
        "nPn01",
        "vi",
        "vl_prospect",
        "Thiết kế nhà yến 5 tầng trên một công đất ở Mang Thít",
        "Gia đình tôi ở xã Hòa Tịnh, huyện Mang Thít (Vĩnh Long) định xây nhà yến 5 tầng trên khoảng 1 công đất, dự toán "
        "trên 5 tỉ đồng. Nhiệt độ trung bình ở đây 27–28°C, xung quanh là ruộng lúa nhiều rầy nâu, rầy xanh làm thức ăn "
        "cho chim. Cần đơn vị khảo sát và thiết kế kết cấu, độ dày tường, chiều cao trần, thông gió, phun sương phù hợp.",
        {"nPo001": 2, "nPo003": 2, "nPo006": 1, "nPo007": 1, "nPo005": 1, "nPo009": 1, "nPo002": 1, "nPo019": 1},
    ),
    (
        "nPn02",
        "en",
        "sgtiepthi_ban",
        "Converting the top floors of our town house in Vĩnh Long city",
        "Our family lives on the lower three floors of a five-storey house in Vĩnh Long city. A similar house in another "
        "town, with people below and swiftlets above, harvests about 15 kg of nests a year. We want the top two floors "
        "converted: a costed design, nesting planks, sound and climate equipment installed.",
        {"nPo002": 2, "nPo009": 2, "nPo001": 1, "nPo012": 1, "nPo129": 1},
    ),
    (
        "nPn03",
        "vi",
        "qngai_vomong",
        "Nha yen 4 tang xay 3 nam chim khong o, can kiem tra sua lai",
        "Nha toi o Tieu Can, Tra Vinh xay nha 4 tang vua o vua nuoi yen het 1 ty (vay ngan hang 800 trieu, moi thang tra "
        "14 trieu). Chim ve choi roi bay di het, 3 nam thu chua toi 3 kg. Can nguoi co kinh nghiem xuong kiem tra nguyen "
        "nhan, sua lai nha va he thong am thanh.",
        {"nPo004": 2, "nPo010": 2, "nPo011": 2, "nPo016": 2, "nPo012": 1, "nPo013": 1, "nPo001": 1},
    ),
    (
        "nPn04",
        "en",
        "evbn_trangtay",
        "Independent site assessment before building a swiftlet house in Trà Cú",
        "A cooperative in Trà Cú is warned that within a 10 km radius perhaps only one house succeeds, that some owners "
        "play 'emergency' calls to fake bird activity, and that banks will not lend on a swiftlet house. Before investing we "
        "need an independent check of the site: are white-nest swiftlets really present, flight paths, food supply.",
        {"nPo149": 2, "nPo003": 2, "nPo001": 1},
    ),
    (
        "nPn05",
        "vi",
        "sgtiepthi_ban",
        "Đánh giá nhà yến đang rao bán trước khi mua lại",
        "Công ty chúng tôi ở huyện Châu Thành (Trà Vinh) định mua lại một nhà yến đang rao bán: 200 m² sàn trên 600 m² đất, "
        "một trệt hai lầu, khoảng 500 tổ, giá hỏi 4,3 tỉ đồng. Cần chuyên gia kiểm tra hiện trạng nhiệt độ, độ ẩm, âm "
        "thanh, ván tổ và đề xuất cải tạo để tăng đàn.",
        {"nPo011": 2, "nPo010": 2, "nPo004": 2, "nPo003": 2, "nPo016": 1},
    ),
    (
        "nPn06",
        "en",
        "vl_community",
        "Training on swiftlet-house management for a farmers' group in Long Hồ",
        "Vĩnh Long now has about 152 swiftlet facilities producing some 790 kg of nests, mostly grown spontaneously since "
        "2010, and new farmers have had no training in managing a house. Our farmers' group in Long Hồ wants a technical "
        "course: bird biology, house operation, hygiene and good practice.",
        {"nPo031": 2, "nPo030": 2, "nPo003": 2, "nPo020": 1, "nPo150": 1},
    ),
    (
        "nPn07",
        "vi",
        "tayninh_canhbac",
        "Chỉnh lại hệ thống âm thanh dẫn dụ cho nhà yến tầng 3",
        "Tôi ở Càng Long, tầng trệt buôn bán, tầng 2 ở, tầng 3 dành nuôi yến và đã thuê người thiết kế, lắp âm thanh dẫn "
        "dụ. Chim lượn quanh nhưng ít vào làm tổ. Cần đơn vị kiểm tra, bố trí lại loa ngoài, loa cửa, loa trong phòng, "
        "chọn âm thanh và âm lượng cho phù hợp.",
        {"nPo012": 2, "nPo013": 2, "nPo014": 2, "nPo015": 1, "nPo004": 1},
    ),
    (
        "nPn08",
        "en",
        "industry_support",
        "Calling sounds and tweeter layout for a new coastal house in Duyên Hải",
        "Our company has finished a three-storey swiftlet house near the coast in Duyên Hải, set up for about 28°C and 85% "
        "humidity. We now need tested calling sounds and a layout of tweeters for the outside, the entrance and the "
        "nesting rooms to bring the first birds in.",
        {"nPo014": 2, "nPo012": 2, "nPo013": 1, "nPo015": 1},
    ),
    (
        "nPn09",
        "en",
        "vl_community",
        "Map of areas suitable for swiftlet farming in Long Hồ district",
        "New swiftlet farmers in Vĩnh Long are stuck waiting for zoning decisions. The district wants a survey of climate, "
        "insect food and swiftlet flight paths and a map of the communes with real potential, so investment goes where "
        "birds can be attracted.",
        {"nPo003": 2, "nPo138": 1, "nPo132": 1, "nPo149": 1},
    ),
    (
        "nPn10",
        "en",
        "swiflet_elnino",
        "Birds leaving our houses in the hot, dry season",
        "In Duyên Hải the hot, dry months with smoke haze drove many birds away and our nest output fell by about 20%. "
        "Inside the houses we measure around 31°C and low humidity. We need a way to keep temperature and humidity in the "
        "right band: insulation, ventilation, misting and control.",
        {
            "nPo017": 2,
            "nPo023": 2,
            "nPo020": 2,
            "nPo007": 2,
            "nPo011": 1,
            "nPo022": 1,
            "nPo018": 1,
            "nPo025": 1,
            "nPo150": 1,
        },
    ),
    (
        "nPn11",
        "vi",
        "industry_support",
        "Cảm biến và điều khiển phun sương từ xa cho ba nhà yến",
        "HTX ở thị xã Bình Minh có 3 nhà yến cách xa nhau, muốn giữ ổn định khoảng 28°C và 85% độ ẩm mà không phải đến tận "
        "nơi. Cần bộ cảm biến nhiệt độ, độ ẩm, tự bật tắt máy phun sương và theo dõi qua điện thoại.",
        {"nPo017": 2, "nPo018": 2, "nPo019": 1, "nPo020": 1},
    ),
    (
        "nPn12",
        "vi",
        "evbn_trangtay",
        "Mưa kéo dài, nhà yến ẩm quá, chim non chết",
        "Ở Trà Ôn mỗi đợt mưa kéo dài 5–7 ngày nhà yến ẩm trên 95%, tổ ngả vàng, có chim non chết và chim yếu bỏ đi. Cần "
        "hướng dẫn điều chỉnh thông gió, máy tạo ẩm, hút ẩm trong mùa mưa.",
        {"nPo024": 2, "nPo020": 2, "nPo021": 1, "nPo022": 1, "nPo006": 1},
    ),
    (
        "nPn13",
        "en",
        "lua_duanhau",
        "Simulate airflow and micro-climate before investing in a new house",
        "Many investors rush into swiftlet houses without any scientific evaluation. Before we build a three-storey house "
        "in Cầu Kè we want the design checked by simulation: air movement, temperature and humidity in each room.",
        {"nPo019": 2, "nPo005": 1, "nPo001": 1, "nPo007": 1},
    ),
    (
        "nPn14",
        "vi",
        "cadn_danang",
        "Can lam lo thong gio va tuong cach nhiet cho nha yen 2 trong 1",
        "Nha toi o TP Tra Vinh lam kieu 2 trong 1: tang duoi o, tang tren de dan du yen. Mua nang tang tren rat nong, chim "
        "it o. Can tho lam lo thong gio va lam tuong cach nhiet cho dung ky thuat.",
        {"nPo006": 2, "nPo007": 2, "nPo001": 1, "nPo025": 1, "nPo023": 1},
    ),
    (
        "nPn15",
        "en",
        "danviet_longan",
        "Creating a colony scent in four new houses near rice fields",
        "Our family built four swiftlet houses in 2019–2020 along the provincial road in Cầu Ngang, next to rice fields "
        "where swiftlets feed on insects. Birds fly over every day but few stay. We need help to create the familiar colony "
        "smell and habitat inside so young birds settle.",
        {"nPo026": 2, "nPo027": 2, "nPo028": 1, "nPo012": 1},
    ),
    (
        "nPn16",
        "vi",
        "dunia_nests",
        "Diệt chuột, gián, kiến, thạch sùng trong nhà yến",
        "Chim yến chỉ làm tổ nơi không có thiên địch như chuột, rắn, côn trùng. Nhà yến của tôi ở Vũng Liêm có chuột, gián, "
        "kiến lửa và thạch sùng ăn trứng, phá tổ. Cần biện pháp diệt và phòng lâu dài.",
        {"nPo038": 2, "nPo039": 2, "nPo029": 1},
    ),
    (
        "nPn17",
        "en",
        "china_heat",
        "Disinfection plan for our houses after a bird-flu alert",
        "After news of an H5N1 outbreak in poultry near Bình Tân, we want our four swiftlet houses cleaned and disinfected "
        "properly, with sampling if needed, without driving the birds away.",
        {"nPo029": 2, "nPo030": 1, "nPo126": 1, "nPo102": 1},
    ),
    (
        "nPn18",
        "vi",
        "gocong_farm",
        "Cần ván gỗ làm tổ thay ván tạp",
        "Nhà tôi ở Cầu Ngang làm mộc, chim yến tự vào làm tổ ở góc nhà gỗ từ lâu. Nay xây nhà yến riêng nhưng dùng ván gỗ "
        "tạp, chim ít gắn tổ. Cần mua ván làm tổ đúng loại và hướng dẫn lắp đặt.",
        {"nPo008": 2, "nPo028": 1, "nPo021": 1},
    ),
    (
        "nPn19",
        "en",
        "gocong_farm",
        "Nesting planks turning mouldy in our wooden-frame house",
        "We are carpenters in Cầu Ngang and swiftlets have nested in our wooden buildings for years. In the new swiftlet "
        "house the planks stay damp, grow white mould and birds avoid them. We need to know what causes it and how to fix "
        "the humidifiers and ventilation.",
        {"nPo021": 2, "nPo022": 2, "nPo024": 2, "nPo008": 1, "nPo020": 1},
    ),
    (
        "nPn20",
        "en",
        "cadn_danang",
        "Top floor under the roof too hot for swiftlets",
        "Our two-in-one building in Cầu Kè has living floors below and swiftlet floors above. The top floor under the roof "
        "heats up badly in the dry season. We need walls, roof insulation and vents reworked so the swiftlet floor stays "
        "cool and stable.",
        {"nPo023": 2, "nPo007": 2, "nPo006": 2, "nPo011": 1, "nPo001": 1, "nPo025": 1},
    ),
    (
        "nPn21",
        "vi",
        "red_nests_ammonia",
        "Tổ yến ngả vàng vì lớp phân dày trong nhà yến cũ",
        "Nhà yến hơn 20 năm ở Càng Long có lớp phân dày dưới sàn, hơi amoniac nồng, tổ ngả vàng rồi sậm màu. Cần cách dọn "
        "phân định kỳ, thông gió và vệ sinh để tổ trắng hơn.",
        {"nPo024": 2, "nPo026": 2, "nPo029": 1, "nPo039": 1, "nPo106": 1},
    ),
    # --- (B) harvesting, cleaning, feather picking ---
    (
        "nPn22",
        "vi",
        "thuonghieu_htx",
        "Lịch thu hoạch tổ yến vẫn tăng đàn cho HTX",
        "HTX ở Trà Cú có 15 xã viên, 17 nhà yến mỗi nhà 160 m², lần thu đầu hơn 200 kg. Cần tư vấn thời điểm và số lần hái "
        "tổ trong năm để sản lượng cao mà đàn chim vẫn tăng.",
        {"nPo041": 2, "nPo042": 2, "nPo043": 2, "nPo040": 2, "nPo046": 2, "nPo045": 1, "nPo044": 1, "nPo150": 1},
    ),
    (
        "nPn23",
        "en",
        "swiflet_risks",
        "Outsourced cleaning of raw nests to sell at clean-nest prices",
        "Each of our houses in Tam Bình gives roughly 1 kg of raw nests a month, and clean nests sell for about twice the "
        "raw price. We need a processor to soak and pick out the feathers for us, or to clean under contract.",
        {"nPo047": 2, "nPo051": 2, "nPo049": 1, "nPo052": 1, "nPo053": 1, "nPo054": 1, "nPo055": 1, "nPo048": 1},
    ),
    (
        "nPn24",
        "vi",
        "agriviet_gocong",
        "Nen hai to truoc khi chim de hay doi chim non biet bay",
        "Xa ven bien Cau Ngang co hon 30 ho nuoi yen, dong ruong nhieu con trung. Nha yen cua toi moi co dan, nghe noi thu "
        "to sau khi chim non biet bay thi dan tang. Muon biet nen hai luc nao, bao nhieu lan mot nam cho loi.",
        {"nPo042": 2, "nPo046": 2, "nPo043": 2, "nPo041": 2, "nPo045": 1, "nPo040": 1, "nPo150": 1},
    ),
    (
        "nPn25",
        "en",
        "vl_community",
        "Processing-line design for a small bird's-nest workshop",
        "Processing in the province is small-scale and does not meet importers' food-safety requirements. Our workshop in "
        "Tiểu Cần wants a proper line: sorting, soaking, feather picking, shaping, drying and hygienic storage.",
        {"nPo048": 2, "nPo053": 2, "nPo055": 2, "nPo051": 1, "nPo056": 1, "nPo126": 1, "nPo052": 1},
    ),
    (
        "nPn26",
        "vi",
        "thuonghieu_htx",
        "Tự động hóa khâu nhặt lông tổ yến",
        "HTX tự chế biến tổ yến, giá yến tinh chế 28–35 triệu đồng/kg nhưng khâu nhặt lông thủ công tốn rất nhiều công. Cần "
        "máy hoặc công nghệ nhận diện và loại bỏ lông, tạp chất tự động.",
        {"nPo054": 2, "nPo052": 1},
    ),
    (
        "nPn27",
        "en",
        "vl_community",
        "Teach households to clean their own raw nests",
        "Half of the nests in Vĩnh Long are sold straight to consumers, and families in Long Hồ keep asking how to clean raw "
        "nests at home. We want a simple kit and a short training for our members and customers.",
        {"nPo049": 2, "nPo052": 1, "nPo047": 1, "nPo053": 1},
    ),
    (
        "nPn28",
        "vi",
        "ct_thachthuc",
        "Quy trình làm sạch không dùng chất tẩy trắng cho tổ yến xuất khẩu",
        "Doanh nghiệp ở TP Trà Vinh chuẩn bị xuất khẩu chính ngạch; đối tác yêu cầu tổ yến không tẩy trắng bằng oxy già. "
        "Cần quy trình làm sạch lông đạt chuẩn mà không dùng hóa chất.",
        {"nPo050": 2, "nPo052": 2, "nPo047": 1, "nPo048": 1, "nPo126": 1},
    ),
    (
        "nPn29",
        "en",
        "ct_nutthat",
        "Harvest method that keeps nests whole for export buyers",
        "Vietnamese house nests compete on price with Indonesian and Malaysian nests, so our buyers in Trà Vinh insist on "
        "whole, clean, unbroken cups. We need a harvesting method and tools that lift nests without breaking them.",
        {"nPo055": 2, "nPo040": 2, "nPo057": 1, "nPo042": 1},
    ),
    (
        "nPn30",
        "vi",
        "swiflet_risks",
        "Đào tạo công nhân nhặt lông tổ yến thủ công",
        "Tổ yến sạch bán được gấp đôi tổ thô. Cơ sở ở Tam Bình muốn tuyển và đào tạo 10 công nhân ngâm, nhặt lông đúng kỹ "
        "thuật, giữ dáng tổ và không làm mất dinh dưỡng.",
        {"nPo047": 2, "nPo052": 2, "nPo049": 2, "nPo053": 1, "nPo048": 1, "nPo050": 1},
    ),
    # --- (C) drying, grading, storage ---
    (
        "nPn31",
        "vi",
        "danviet_yensao",
        "Tủ sấy nhiệt độ thấp cho yến tinh chế",
        "Cơ sở sơ chế ở Bình Minh đang xin chứng nhận an toàn thực phẩm; hiện chỉ quạt khô yến sau khi nhặt lông nên lâu "
        "khô, dễ mốc. Cần tủ sấy nhiệt độ thấp giữ màu và dáng tổ.",
        {"nPo056": 2, "nPo083": 1, "nPo082": 1, "nPo051": 1},
    ),
    (
        "nPn32",
        "en",
        "agriviet_gocong",
        "Grading and moisture standard for raw nests bought from 30 households",
        "Our company buys raw nests from more than 30 swiftlet households in a coastal commune of Cầu Ngang. We need a "
        "grading scheme and a moisture check so that prices are fair and wet nests do not spoil in our store.",
        {"nPo058": 2, "nPo057": 2, "nPo064": 1, "nPo065": 1, "nPo066": 1, "nPo067": 1},
    ),
    (
        "nPn33",
        "vi",
        "vl_prospect",
        "Kho bảo quản yến thô cho HTX (khoảng 300 kg/năm)",
        "Các nhà yến ở Long Hồ và Bình Minh gom về HTX khoảng 300 kg yến thô mỗi năm. Cần hướng dẫn kho: nhiệt độ, độ ẩm, "
        "bao bì, thời hạn bảo quản để không mốc, không ngả màu.",
        {"nPo063": 2, "nPo062": 2, "nPo059": 2, "nPo060": 1, "nPo061": 1, "nPo068": 1, "nPo057": 1, "nPo058": 1},
    ),
    (
        "nPn34",
        "en",
        "swiflet_elnino",
        "How long can our refined-nest stock be kept?",
        "When prices fell our shop in Vĩnh Long city held refined nests for longer than usual. We need to know how long they "
        "keep, how to store them and how to tell nests that have spoiled.",
        {"nPo060": 2, "nPo068": 2, "nPo062": 2, "nPo061": 1, "nPo063": 1, "nPo059": 1},
    ),
    (
        "nPn35",
        "vi",
        "thuonghieu_htx",
        "Can phan loai to yen theo mau, hinh dang de dinh gia",
        "Yen tho ban khoang 19,5 trieu/kg, yen tinh che 28–35 trieu. HTX o Tra Cu muon phan loai to theo mau, dang to, do "
        "day va do sach de ban dung gia cho tung loai.",
        {"nPo064": 2, "nPo065": 2, "nPo066": 2, "nPo057": 2, "nPo058": 1, "nPo067": 1},
    ),
    (
        "nPn36",
        "en",
        "cadn_danang",
        "Cold storage for soaked nest in our shop",
        "Our shop in Trà Vinh city soaks nests for customers who cook at home, and leftovers spoil within days. We need "
        "guidance on refrigerating or freezing soaked nest and how long it keeps.",
        {"nPo061": 2, "nPo062": 2, "nPo071": 1, "nPo060": 1},
    ),
    (
        "nPn37",
        "vi",
        "agriviet_gocong",
        "Làm khô nhanh tổ yến sau thu hoạch trong mùa ẩm",
        "Xã ven biển Cầu Ngang khí hậu mát và ẩm; tổ yến vừa cạy về còn ẩm, để lâu dễ mốc. Cần cách làm khô và bảo quản "
        "ngay sau thu hoạch trước khi bán.",
        {"nPo057": 2, "nPo056": 1, "nPo063": 1, "nPo059": 1},
    ),
    (
        "nPn38",
        "en",
        "ct_nutthat",
        "Data on expansion rate: our house nests versus cave nests",
        "Buyers compare our house nests with cheaper imports on price alone. We want laboratory data on expansion rate and "
        "quality markers of our Trà Vinh house nests against cave nests.",
        {"nPo067": 2, "nPo073": 2, "nPo065": 1, "nPo064": 1},
    ),
    (
        "nPn39",
        "vi",
        "swiflet_risks",
        "Phân biệt yến nhà, yến đảo khi nhập hàng",
        "Cửa hàng ở Càng Long nhập thêm yến từ nơi khác về bán, giá yến đảo cao hơn nhiều. Cần cách phân biệt tổ yến nhà và "
        "tổ yến đảo, yến hang theo hình dáng, độ dày, độ nở.",
        {"nPo065": 2, "nPo066": 2, "nPo067": 2, "nPo064": 1},
    ),
    # --- (D) bird's-nest products ---
    (
        "nPn40",
        "vi",
        "danviet_bai3",
        "Chế độ tiệt trùng cho nước yến đóng chai",
        "Doanh nghiệp ở Vĩnh Long muốn sản xuất nước yến đóng chai, đóng lon như các hãng đã xuất khẩu. Cần chế độ tiệt "
        "trùng và quy trình để hạn dùng 12–24 tháng mà vẫn giữ cảm quan.",
        {"nPo070": 2, "nPo069": 2, "nPo074": 1, "nPo090": 1, "nPo094": 1, "nPo062": 1},
    ),
    (
        "nPn41",
        "en",
        "danviet_bai3",
        "Formulation of rock-sugar bird's-nest jars",
        "A small plant in Trà Vinh city wants to launch stewed bird's nest with rock sugar in glass jars. We need a tested "
        "formulation (nest content, sugar, thickener, preservative) and the processing steps.",
        {"nPo069": 2, "nPo073": 2, "nPo070": 1, "nPo075": 1, "nPo078": 1},
    ),
    (
        "nPn42",
        "vi",
        "thuonghieu_htx",
        "Công thức yến chưng hạt sen táo đỏ cho sản phẩm OCOP",
        "HTX ở Trà Cú muốn làm sản phẩm OCOP từ tổ yến: yến chưng hạt sen táo đỏ. Cần công thức phối trộn tỉ lệ yến, hạt "
        "sen, táo đỏ, đường phèn và cách nấu.",
        {"nPo078": 2, "nPo069": 1, "nPo086": 1, "nPo088": 1, "nPo087": 1, "nPo079": 1},
    ),
    (
        "nPn43",
        "en",
        "canieat_soup",
        "Chilled shelf life of our fresh-stewed nest cups",
        "We sell fresh-stewed bird's nest without preservatives in Vĩnh Long city. Food-safety advice says cooked nest "
        "soup keeps only 3–4 days in the fridge and can carry Salmonella or E. coli. We need a safe use-by date and "
        "spoilage checks.",
        {"nPo071": 2, "nPo062": 2, "nPo072": 2, "nPo061": 1, "nPo102": 1},
    ),
    (
        "nPn44",
        "vi",
        "ct_nutthat",
        "Chứng minh hàm lượng yến thật trong nước yến",
        "Nước yến của công ty ở Tiểu Cần bị so giá với hàng trôi nổi. Muốn kiểm nghiệm hàm lượng yến (qua acid sialic) để "
        "ghi nhãn và chứng minh chất lượng.",
        {"nPo075": 2, "nPo076": 2, "nPo077": 1, "nPo114": 1, "nPo118": 1, "nPo115": 1},
    ),
    (
        "nPn45",
        "vi",
        "ct_thachthuc",
        "Xử lý nhiệt tổ yến theo yêu cầu Trung Quốc",
        "Doanh nghiệp chuẩn bị hồ sơ xuất khẩu chính ngạch; phía nhập khẩu yêu cầu tổ yến phải được xử lý nhiệt. Cần quy "
        "trình xử lý nhiệt và biết ảnh hưởng tới nitrit, độ nở của tổ.",
        {"nPo074": 2, "nPo127": 2, "nPo070": 1, "nPo123": 1},
    ),
    (
        "nPn46",
        "en",
        "dunia_nests",
        "Hygiene programme to obtain a food-safety certificate for our processing room",
        "Exporters complain that nobody at home certifies their nests and they must go abroad for certification. Our "
        "cleaning room in Trà Vinh needs a hygiene programme (facilities, cleaning, pest control, staff hygiene, records) "
        "that an inspector will accept.",
        {"nPo126": 2, "nPo104": 1, "nPo030": 1, "nPo123": 1, "nPo105": 1, "nPo128": 1},
    ),
    (
        "nPn47",
        "vi",
        "canieat_blog",
        "Yến chưng bán online bị chua sau 3 ngày",
        "Cơ sở nhỏ ở Vũng Liêm bán yến chưng qua mạng, khách phản ánh bị chua sau 3 ngày trong tủ lạnh. Cần tìm nguyên nhân "
        "và cách bảo quản, kéo dài hạn dùng.",
        {"nPo072": 2, "nPo071": 2, "nPo102": 1, "nPo070": 1, "nPo062": 1},
    ),
    (
        "nPn48",
        "vi",
        "thuonghieu_htx",
        "Bánh trung thu nhân yến cho mùa Trung thu",
        "HTX muốn có thêm sản phẩm từ tổ yến cho dịp Trung thu: bánh trung thu nhân yến, nhân sen. Cần công thức vỏ, nhân "
        "và cách cho yến vào nhân.",
        {"nPo079": 2, "nPo078": 1},
    ),
    # --- (E) nitrite, fraud, traceability, export ---
    (
        "nPn49",
        "vi",
        "swiflet_elnino",
        "Kiểm nitrit tổ yến trước khi xuất khẩu",
        "Thị trường lớn từng cấm nhập tổ yến vì nitrit. Doanh nghiệp ở Trà Vinh cần phòng thí nghiệm kiểm nitrit cho từng "
        "lô (giới hạn 30 mg/kg) trước khi xuất.",
        {"nPo097": 2, "nPo101": 2, "nPo108": 2, "nPo103": 1},
    ),
    (
        "nPn50",
        "en",
        "red_nests_ammonia",
        "Lowering nitrite in yellow and red nests from an old house",
        "Our 20-year-old swiftlet house in Càng Long has a thick layer of droppings; the nests come out yellow to red and "
        "test high in nitrite. We need a process, from the house to cleaning, that brings nitrite down.",
        {"nPo098": 2, "nPo099": 2, "nPo100": 2, "nPo104": 2, "nPo105": 1, "nPo103": 1, "nPo024": 1, "nPo106": 1},
    ),
    (
        "nPn51",
        "vi",
        "cfs62",
        "To yen mau do la yen huyet that hay bi nhuom, can kiem tra",
        "Moi thu mua lo yen mau do o Duyen Hai gia cao. So bi nhuom mau hoac tam nitrit. Can noi kiem tra giup truoc khi "
        "ban ra.",
        {"nPo107": 2, "nPo103": 2, "nPo108": 2, "nPo101": 2, "nPo106": 1, "nPo096": 1},
    ),
    (
        "nPn52",
        "en",
        "tuanduong_fake",
        "Lab methods to detect adulterants in raw nests for export buyers",
        "After market inspectors seized stewed-nest products whose protein was only 18–58% of the declared level, our "
        "export buyers ask for proof that our raw nests carry no agar, gum, gelatin or sugar. We need reliable lab tests.",
        {"nPo114": 2, "nPo115": 2, "nPo116": 2, "nPo117": 2, "nPo119": 1, "nPo118": 1, "nPo110": 1, "nPo077": 1},
    ),
    (
        "nPn53",
        "vi",
        "vannest_fake",
        "Tập huấn nhân viên nhận biết yến giả, yến độn",
        "Sau vụ phát hiện xưởng làm 'sợi yến' giả, cửa hàng yến ở TP Vĩnh Long cần tài liệu và tập huấn nhận biết yến giả, "
        "yến độn (rau câu, mủ trôm, bún tàu) cho nhân viên bán hàng.",
        {"nPo109": 2, "nPo111": 2, "nPo110": 2, "nPo113": 1, "nPo112": 1, "nPo076": 1},
    ),
    (
        "nPn54",
        "en",
        "ct_thachthuc",
        "Traceability from swiftlet house to export lot",
        "Houses and outputs are often not declared, which worries importers. Our company in Trà Vinh needs a traceability "
        "system, QR or RFID, that links each export lot back to the registered swiftlet house and harvest.",
        {"nPo120": 2, "nPo121": 2, "nPo122": 2, "nPo124": 1, "nPo145": 1, "nPo146": 1, "nPo125": 1},
    ),
    (
        "nPn55",
        "vi",
        "danviet_yensao",
        "Đăng ký mã số định danh nhà yến",
        "Nhà yến ở Trà Cú chưa được đăng ký mã số nên doanh nghiệp xuất khẩu không thu mua. Cần hướng dẫn thủ tục cấp mã "
        "số nhà yến.",
        {"nPo124": 2, "nPo121": 1, "nPo125": 1},
    ),
    (
        "nPn56",
        "en",
        "danviet_bai3",
        "Registering our processing plant with China's customs (GACC)",
        "A few Vietnamese firms already export nest drinks and nests officially to China. Our plant in Vĩnh Long wants to "
        "register as an overseas manufacturer: conditions, Chinese standards to meet and the filing steps.",
        {"nPo123": 2, "nPo125": 1, "nPo127": 1, "nPo101": 1},
    ),
    (
        "nPn57",
        "vi",
        "ct_nutthat",
        "Tìm hiểu Nghị định thư xuất khẩu tổ yến sang Trung Quốc",
        "Trung Quốc nhập 557 tấn tổ yến năm 2023 nhưng quý I/2024 Việt Nam chỉ xuất được 2 tấn. Doanh nghiệp ở Vĩnh Long "
        "muốn hiểu rõ yêu cầu kiểm dịch, vệ sinh thú y và điều kiện nhà máy theo Nghị định thư.",
        {"nPo125": 2, "nPo123": 2, "nPo127": 1, "nPo128": 1},
    ),
    (
        "nPn58",
        "en",
        "china_heat",
        "Microbiological testing of nests before sale",
        "Since a bird-flu episode nearby our buyers ask for tests of raw and cleaned nests for Salmonella, Staphylococcus "
        "aureus and avian influenza before they accept a lot from our Bình Tân facility.",
        {"nPo102": 2, "nPo101": 1, "nPo029": 1, "nPo127": 1},
    ),
    (
        "nPn59",
        "vi",
        "gt_nitrite",
        "Xây dựng SOP kiểm soát nitrit trong sơ chế tổ yến",
        "Vụ hàng trăm kg yến huyết có nitrit trung bình 4.400 mg/kg khiến cả nhà phân phối chịu thiệt. Cơ sở sơ chế ở Càng "
        "Long muốn xây SOP kiểm soát nitrit từ nhà yến tới khâu làm sạch.",
        {"nPo104": 2, "nPo105": 2, "nPo098": 1, "nPo099": 1, "nPo108": 1},
    ),
    (
        "nPn60",
        "en",
        "vl_community",
        "Training on industry standards for our swiftlet association",
        "To move from local sales to exports, the Vĩnh Long livestock office urges farmers to meet veterinary and food "
        "safety conditions. Our association wants seminars on the standards for swiftlet ranching and nest processing.",
        {"nPo128": 2, "nPo030": 2, "nPo126": 1, "nPo105": 1},
    ),
    (
        "nPn61",
        "vi",
        "vtc_fake",
        "Mua yen tho tren mang gia re, so bi tron bot, rau cau",
        "Toi mua yen tho qua mang ve ban lai o Cang Long, gia re hon cho. So bi tron tinh bot, rau cau, long trang trung. "
        "Lam sao kiem tra truoc khi nhap hang?",
        {"nPo113": 2, "nPo109": 2, "nPo111": 1, "nPo110": 1, "nPo117": 1},
    ),
    (
        "nPn62",
        "en",
        "tuanduong_fake",
        "Quantify nest content in our ready-to-drink beverage for the label",
        "Inspectors now compare stewed-nest products with their declared composition. We want to measure how much real "
        "nest our ready-to-drink beverage in Trà Vinh contains so the label is accurate.",
        {"nPo075": 2, "nPo073": 1, "nPo115": 1, "nPo077": 1},
    ),
    (
        "nPn63",
        "vi",
        "vannest_fake",
        "Phát hiện acid sialic tổng hợp trộn vào yến chưng",
        "Có xưởng làm nước yến không có yến thật; có nơi còn trộn acid sialic tổng hợp để qua mặt kiểm nghiệm. Doanh nghiệp "
        "ở Vĩnh Long muốn phương pháp phân biệt acid sialic tự nhiên với tổng hợp trong yến chưng.",
        {"nPo118": 2, "nPo075": 1, "nPo114": 1, "nPo076": 1},
    ),
    (
        "nPn64",
        "en",
        "hunggoiyen_nitrite",
        "Soaking procedure to cut nitrite in red nests served at our restaurant",
        "Our restaurant in Vĩnh Long city serves red nests, which can carry far more nitrite than white ones. We need a "
        "kitchen procedure for soaking and washing that reliably lowers nitrite before cooking.",
        {"nPo099": 2, "nPo100": 2, "nPo096": 2, "nPo101": 1, "nPo103": 1},
    ),
    # --- (F) noise, droppings, neighbours ---
    (
        "nPn65",
        "vi",
        "vnx_loa",
        "Điều chỉnh loa nhà yến theo quy định để hàng xóm không phản ánh",
        "Nhà tôi ở phường 7, TP Trà Vinh, tầng trên nuôi yến, loa mở từ 5h đến 19h30. Hàng xóm than phiền ồn. Cần biết quy "
        "định giờ phát, mức dB và cách chỉnh loa cho đúng.",
        {"nPo129": 2, "nPo135": 2, "nPo131": 1, "nPo132": 1, "nPo013": 1, "nPo133": 1, "nPo137": 1},
    ),
    (
        "nPn66",
        "en",
        "vnx_3nha",
        "Three swiftlet houses next door play calls from 4 am to 10 pm",
        "We live in Vĩnh Long city next to three swiftlet houses whose speakers play bird calls at full volume from 4 am "
        "to 10 pm, and nobody has been fined. We need legal help to file a complaint that the authorities will act on.",
        {"nPo130": 2, "nPo129": 1, "nPo137": 1},
    ),
    (
        "nPn67",
        "vi",
        "bxd_dongxoai",
        "Đo tiếng ồn nhà yến lân cận làm bằng chứng",
        "Khu dân cư ở Trà Ôn có mấy 'lô cốt yến' phát loa cả ngày; người già mất ngủ, trẻ không học được. Chúng tôi cần đơn "
        "vị đo tiếng ồn độc lập để có số liệu gửi chính quyền.",
        {"nPo137": 2, "nPo134": 1, "nPo130": 1},
    ),
    (
        "nPn68",
        "en",
        "star_chemor",
        "Keeping neighbours happy around our shop-lot swiftlet farm",
        "Our swiftlet floors sit on top of a shop-lot in Bình Minh. A neighbour complains that the chirping has gone on since "
        "2020, louder around 6 pm, and about droppings nearby. We want clear operating hours, volume limits and a dropping "
        "disposal routine.",
        {"nPo133": 2, "nPo134": 2, "nPo135": 2, "nPo139": 1, "nPo131": 1, "nPo129": 1, "nPo136": 1},
    ),
    (
        "nPn69",
        "vi",
        "sgtimes_cu",
        "Hòa giải với hàng xóm phát tiếng cú mèo đuổi chim yến",
        "Hàng xóm quanh nhà yến của tôi ở Trà Ôn khó chịu vì tiếng loa nên mua loa phát tiếng cú mèo để đuổi chim. Tôi muốn "
        "vận hành lại nhà yến cho đúng và hòa giải với hàng xóm.",
        {"nPo135": 2, "nPo130": 1, "nPo139": 1, "nPo129": 1},
    ),
    (
        "nPn70",
        "en",
        "lua_duanhau",
        "Minimum distance from homes for a new swiftlet house",
        "Swiftlet houses built right next to homes have caused endless disputes. We plan a new house in Tiểu Cần and need "
        "to know the minimum distance from residential areas, schools and offices, and where speakers are banned.",
        {"nPo138": 2, "nPo132": 2, "nPo129": 2, "nPo133": 1, "nPo136": 1},
    ),
    (
        "nPn71",
        "vi",
        "star_chemor",
        "Thu gom, xử lý phân chim yến cho sạch",
        "Nhà yến trên dãy phố ở Cầu Kè bị hàng xóm phản ánh phân chim rơi quanh nhà và có mùi. Cần cách thu gom định kỳ và "
        "tận dụng phân yến.",
        {"nPo026": 2, "nPo027": 1, "nPo144": 1, "nPo134": 1, "nPo135": 1},
    ),
    (
        "nPn72",
        "en",
        "star_noisy",
        "An outlet for droppings from five houses: sell as fertiliser",
        "Workers at some farms simply dump droppings on the road. We own five swiftlet houses in Cầu Kè and want a proper "
        "outlet: collect the droppings regularly and sell or use them as fertiliser.",
        {"nPo026": 2, "nPo144": 1, "nPo027": 1},
    ),
    (
        "nPn73",
        "en",
        "mkini_letter",
        "Model rules for swiftlet houses in town for our commune",
        "Our commune in Càng Long gets many complaints about converted houses in the town centre, and officials say they "
        "lack clear rules to enforce. We want model regulations: permitted zones, distances, calling hours and volume.",
        {"nPo138": 2, "nPo132": 2, "nPo131": 2, "nPo133": 2, "nPo136": 2, "nPo129": 2, "nPo135": 1},
    ),
    (
        "nPn74",
        "en",
        "vnx_loa",
        "Night-time rules for calling sounds at a field swiftlet house",
        "Our swiftlet house stands in the fields in Bình Tân and its speakers run day and night. Neighbours at the edge of "
        "the hamlet complain. We need to know the permitted hours and volume for calling sounds.",
        {"nPo131": 2, "nPo129": 2, "nPo133": 1, "nPo132": 1, "nPo135": 2},
    ),
    (
        "nPn75",
        "vi",
        "bxd_dongxoai",
        "Xã muốn quy định vùng nuôi yến, khoảng cách và giờ phát loa",
        "Người dân ở xã ven thị trấn Cầu Ngang liên tục phản ánh 'lô cốt yến' giữa khu dân cư. UBND xã muốn đề xuất quy định "
        "vùng nuôi, khoảng cách tối thiểu và giờ phát loa cho phù hợp.",
        {"nPo138": 2, "nPo132": 2, "nPo131": 2, "nPo129": 2, "nPo133": 1, "nPo136": 1, "nPo135": 1},
    ),
]
