"""Needs of the holdout113 set (rice paper, noodles, bakeries, rice cakes):
(id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "mKn01",
        "vi",
        "travi_vi",
        "Cơ sở bánh tráng Trà Vi ở phường Trà Vinh cần máy tráng bánh tự động",
        "Chúng tôi làm bánh tráng Trà Vi theo lối cũ: gạo trắng ngâm, xay, lược rây cho hết cám, để lắng một đêm rồi pha với nước trong và nước "
        "muối vừa độ. Mỗi chiếc hấp chừng nửa phút, dùng đũa gỡ ra xếp lên vỉ dài khoảng 2,5 m, mỗi vỉ 5 tấm. Tráng tay tốn công, bánh dày mỏng "
        "không đều. Cần máy tráng, hấp và gỡ bánh tự động cỡ vừa cho cơ sở gia đình.",
        {"mKo001": 2, "mKo002": 2, "mKo003": 1, "mKo004": 1, "mKo005": 1, "mKo019": 1, "mKo154": 1},
    ),
    (
        "mKn02",
        "en",
        "travi_en",
        "Tra Vi rice paper workshop needs a dryer instead of sun racks",
        "Our family workshop in Tra Vinh makes Tra Vi rice paper from white rice that is soaked, milled, sieved and mixed with a little salt "
        "water. Each sheet is steamed for about half a minute, lifted off with a stick and laid on 2.5 m racks, five wet sheets to a rack, to dry "
        "in the sun. Rain and dust stop us. We need a dryer that works without sunshine and keeps the sheets clean and pliable.",
        {"mKo005": 2, "mKo006": 2, "mKo007": 2, "mKo156": 2, "mKo157": 2, "mKo008": 1, "mKo011": 1, "mKo010": 1},
    ),
    (
        "mKn03",
        "vi",
        "culaomay",
        "Làng nghề bánh tráng Cù Lao Mây cần bao bì, nhãn mác bán cho khách du lịch",
        "Làng nghề bánh tráng Cù Lao Mây (xã Lục Sĩ Thành, Trà Ôn) có từ thập niên 1960, được công nhận làng nghề truyền thống năm 2009 với 15 hộ "
        "chuyên làm bánh tráng nem, bánh tráng ngọt, bánh tráng nướng, bánh tráng trắng. Khách tham quan, ở homestay mua làm quà nhưng bánh chỉ "
        "đựng túi nilon trơn. Cần tư vấn thiết kế bao bì, nhãn đúng quy định, có câu chuyện làng nghề để bán cho du khách.",
        {"mKo091": 2, "mKo150": 2, "mKo092": 2, "mKo095": 1, "mKo096": 1},
    ),
    (
        "mKn04",
        "vi",
        "gtop_culaomay",
        "Can may trang banh trang cho ho lam banh trang thanh long Cu Lao May",
        "Lang nghe banh trang Cu Lao May (ap Tan Thanh, xa Luc Si Thanh, Tra On) co tren 70 ho, nghe co hon 100 nam, nha nao cung van trang tay. "
        "Nha minh lam them banh trang thanh long mau dep, khach dat nhieu, dip Tet lam khong kip. Can may trang va hap banh ban tu dong, gia "
        "vua tui tien ho gia dinh, de lam nhanh ma banh van deu.",
        {"mKo001": 2, "mKo002": 2, "mKo003": 1, "mKo004": 1, "mKo019": 1, "mKo154": 1},
    ),
    (
        "mKn05",
        "en",
        "hatinh_rp",
        "Rice paper maker needs fine wet milling for 300-600 kg of rice a day",
        "We make spring-roll rice paper from 100% rice in Tieu Can. We normally go through about 300 kg of rice a day and 500-600 kg in the "
        "month before Tet, working two shifts and turning out close to 90,000 sheets a day. Choosing the rice and getting a fine, even batter "
        "decide whether sheets roll softly and fry golden, and our old grinder cannot keep up. We need wet-milling equipment for fine rice flour.",
        {"mKo031": 2, "mKo026": 1, "mKo028": 1, "mKo025": 1, "mKo027": 1, "mKo032": 1, "mKo145": 1},
    ),
    (
        "mKn06",
        "en",
        "thoha",
        "Rice paper and cracker village wants food-safety certification for export",
        "Our rice paper and rice cracker village in Cau Ke has more than 600 households; the sheets are thick and stay tough after soaking, and "
        "we use no additives. Before Tet one household makes 250-300 kg of crackers a day. Traders want to ship to Taiwan, Korea, Japan and "
        "Europe and ask for a recognised food-safety system. We need help to set up and certify HACCP or an equivalent for small workshops.",
        {"mKo099": 2, "mKo149": 2, "mKo100": 2, "mKo101": 2, "mKo102": 1, "mKo103": 1},
    ),
    (
        "mKn07",
        "vi",
        "tanphuoc",
        "Cơ sở bánh tráng ở Long Hồ cần rút ngắn khâu ngâm và xay bột",
        "Xã chúng tôi ở Long Hồ có gần 200 hộ làm bánh tráng, ngày làm bắt đầu từ khuya tới chiều hôm sau. Thợ phải ngâm gạo, xay bột hàng giờ rồi "
        "mới tráng trên liếp tre đặt trên nồi nước sôi; muốn bánh mỏng mà dai thì bột phải thật mịn. Cần công nghệ, thiết bị xay bột nhanh, bớt "
        "thời gian ngâm mà bột vẫn mịn.",
        {"mKo031": 2, "mKo025": 2, "mKo145": 2, "mKo026": 1, "mKo027": 1, "mKo028": 1, "mKo032": 1, "mKo159": 1},
    ),
    (
        "mKn08",
        "vi",
        "sadec_nld",
        "Cơ sở hủ tiếu ở Bình Minh cần máy móc tăng sản lượng dịp Tết",
        "Từ 20 tháng Chạp, hủ tiếu nguyên liệu bán chạy gấp 3-4 lần ngày thường; dịp Tết cơ sở chúng tôi ở Bình Minh làm 300-500 kg/ngày, giá "
        "17.000-18.000 đồng/kg, có mối lấy đi xuất khẩu. Nhiều khâu còn làm tay nên không kịp hàng. Cần dây chuyền hủ tiếu quy mô vừa (tráng, "
        "hấp, cắt sợi, sấy) để tăng sản lượng mà sợi vẫn dai mềm.",
        {"mKo019": 2, "mKo154": 2, "mKo023": 1, "mKo020": 1, "mKo153": 1, "mKo134": 1, "mKo009": 1},
    ),
    (
        "mKn09",
        "en",
        "chu_noodle",
        "Noodle cooperatives need export packaging and labels",
        "In Mang Thit, 25 cooperatives and 3 firms make dried rice noodles; together we produced more than 4,000 t in the first quarter, "
        "worth about VND124 billion, and want exports to grow 10% to Japan, Korea, France and neighbouring countries. The district can co-fund "
        "equipment, labels and packaging from industry-promotion money. We need packaging and label designs that meet export and domestic rules.",
        {"mKo091": 2, "mKo092": 2, "mKo150": 2, "mKo093": 1, "mKo096": 1},
    ),
    (
        "mKn10",
        "vi",
        "vir_bichchi",
        "Doanh nghiệp ở Bình Minh muốn đầu tư dây chuyền phở khô xuất khẩu",
        "Gạo xuất khẩu chỉ khoảng 10.000 đồng/kg, trong khi phở khô bán được khoảng 2 USD (44.000 đồng)/kg, và riêng Paris đã có 120 nhà hàng "
        "phở dùng bánh phở Việt Nam. Công ty chúng tôi ở Bình Minh muốn đầu tư dây chuyền phở khô, bún khô công nghiệp để xuất sang Nhật, EU, sẵn "
        "sàng cho đối tác siêu thị cử chuyên gia kiểm tra nhà máy.",
        {"mKo020": 2, "mKo153": 2, "mKo009": 1, "mKo134": 1, "mKo021": 1, "mKo014": 1, "mKo136": 1, "mKo022": 1},
    ),
    (
        "mKn11",
        "en",
        "borax_800t",
        "Fresh noodle makers need a quick, reliable borax check",
        "After 800 t of fresh noodles mixed with borax were found on the Ho Chi Minh City market, buyers in Vinh Long ask our cooperative to "
        "prove our bun and banh pho contain none. Borax is not on the permitted additive lists (Circulars 24/2019 and 17/2023), and it has no "
        "smell or taste. We need a cheap rapid test to run on every batch, backed by a laboratory method.",
        {"mKo041": 2, "mKo043": 2, "mKo141": 2, "mKo042": 2, "mKo138": 2, "mKo045": 1, "mKo044": 1},
    ),
    (
        "mKn12",
        "vi",
        "onplus_fish",
        "Can cach giu bun tuoi lau hon ma khong dung han the",
        "Lo bun nha minh o Cang Long lam bun tu gao nguyen chat nen soi hoi duc, mem, de dut, de qua dem la co mui chua nhe. Khach moi hay che "
        "bun khong dai, khong trang bong nhu cho. Minh nhat dinh khong dung han the hay chat tay trang. Can cach bao quan, dong goi de bun tuoi "
        "giu duoc vai ngay ma van an toan.",
        {"mKo036": 2, "mKo037": 2, "mKo038": 2, "mKo137": 2, "mKo040": 1, "mKo039": 1, "mKo053": 1, "mKo146": 1},
    ),
    (
        "mKn13",
        "en",
        "vnnow",
        "Rice roll and noodle maker wants chewy texture without borax",
        "We make banh cuon and fresh noodles in Tieu Can. Some competitors still add borax for the glossy, chewy, springy texture and longer "
        "keeping that customers like, even though it is a chronic poison for liver, kidneys and brain and hard to spot except by feel. We want "
        "a natural route, such as soaking and fermentation control or process changes, to reach good elasticity without it.",
        {"mKo029": 2, "mKo030": 2, "mKo146": 2, "mKo040": 2, "mKo159": 1, "mKo158": 1},
    ),
    (
        "mKn14",
        "en",
        "xosothudu",
        "Modified-atmosphere packing for fresh rice noodles",
        "Our fresh bun in Chau Thanh (Tra Vinh) is made properly, so it is soft and turns sour from morning to afternoon. Dipping it in boiling "
        "water, cooling and keeping it in a closed box in the fridge works at home but not for the bags we deliver to eateries. We want a gas-flush "
        "(modified atmosphere) pack, not chemicals, to gain a few days.",
        {"mKo039": 2, "mKo038": 1, "mKo137": 1, "mKo036": 1},
    ),
    (
        "mKn15",
        "vi",
        "nguyenbinh",
        "Cần kiểm nghiệm đối chứng khi test nhanh báo bún có hàn the",
        "Công ty chúng tôi ở Vũng Liêm giao 70 kg bún (túi 0,5 kg) cho một buổi tiệc sự kiện; người phụ trách ATTP dùng bộ test nhanh báo có hàn "
        "the và formol, nhưng ba mẫu từ cùng một túi cho ba màu khác nhau. Mẫu niêm phong gửi trung tâm kỹ thuật tiêu chuẩn đo lường chất lượng thì "
        "không phát hiện gì. Cần phòng kiểm nghiệm được công nhận và cách test nhanh đúng để tự bảo vệ.",
        {"mKo045": 2, "mKo141": 2, "mKo041": 1, "mKo043": 1, "mKo044": 1},
    ),
    (
        "mKn16",
        "en",
        "dongthap_tinopal",
        "Rice noodle makers need testing for tinopal, sulphite and benzoate",
        "Inspections in the delta found the optical brightener tinopal in 19 of 20 rice noodle samples from 15 producers and 2 traders, at "
        "0.33-14 mg/kg, some with excess sodium sulphite and benzoic acid, and a nearby firm was fined VND30 million. Our group of noodle "
        "makers in Binh Tan wants regular testing of our noodles for brighteners, bleaching agents and preservatives.",
        {"mKo141": 2, "mKo045": 1, "mKo103": 1},
    ),
    (
        "mKn17",
        "vi",
        "giadinh_tet",
        "Cơ sở bánh tét ở Cầu Ngang cần kéo dài hạn dùng để bán quanh năm",
        "Bánh tét để chỗ khô thoáng, treo lên chỉ được 2-3 ngày; cho tủ lạnh được 10-15 ngày nhưng khách mua gửi đi xa hay để ngoài thì dễ thiu, "
        "mốc. Cơ sở chúng tôi ở Cầu Ngang muốn bán quanh năm và gửi đi tỉnh xa, cần công nghệ bảo quản (đóng gói, tiệt trùng hoặc phụ gia được "
        "phép) để bánh giữ lâu ở nhiệt độ thường.",
        {"mKo048": 2, "mKo139": 2, "mKo052": 2, "mKo049": 2, "mKo050": 1, "mKo047": 1, "mKo140": 1},
    ),
    (
        "mKn18",
        "en",
        "tracuon_baotv",
        "Tra Cuon banh tet makers need shelf life and packing for supermarkets",
        "The Tra Cuon banh tet village (Vinh Kim commune) has 15 producers employing 30 workers all year and about 180 at Tet; in 2023 the cake "
        "was listed among 10 Asian-record products. We now wrap all year, with salted duck egg, pork and three natural colours from gac and leaves, "
        "but supermarkets and distant buyers ask for a longer, documented shelf life and proper packs.",
        {"mKo048": 2, "mKo139": 2, "mKo052": 2, "mKo049": 2, "mKo091": 1, "mKo050": 1},
    ),
    (
        "mKn19",
        "vi",
        "tracuon_vnp",
        "Can lo hoi dung chung de nau banh tet thay dot cui",
        "Lang nghe banh tet Tra Cuon (xa Vinh Kim) duoc cong nhan nam 2011. Co so minh tu 20-30 don moi ngay nam 2007 nay len 50-80 don, them "
        "banh 3 mau, banh nep cam; nau bang noi lon dot cui suot dem, khoi va ton cong. Muon vai co so gop lai lam lo hoi dung chung, dot trau, "
        "de nau va hap banh sach hon, tiet kiem hon.",
        {"mKo111": 2, "mKo017": 2, "mKo056": 1, "mKo057": 1, "mKo018": 1},
    ),
    (
        "mKn20",
        "vi",
        "baotravinh_folk",
        "Cơ sở bánh dân gian ở Duyên Hải muốn đưa bánh ít lá gai thành quà đặc sản",
        "Chúng tôi ở khóm 30/4 (phường 2, thị xã Duyên Hải cũ) làm bánh ú cốm dẹp, bánh tét, bánh ít và mang đi Lễ hội Bánh dân gian Nam Bộ ở "
        "Cần Thơ (4-8/4/2025). Khách khen bánh ít nhưng chỉ bán được tại chỗ. Muốn chuẩn hoá bánh ít lá gai (nguyên liệu, hình dáng, màu) thành "
        "sản phẩm làm quà, lâu dài hướng tới xuất khẩu.",
        {"mKo054": 2, "mKo151": 1, "mKo055": 1},
    ),
    (
        "mKn21",
        "vi",
        "ngocthu",
        "Cơ sở bánh bao ở Duyên Hải cần máy chia bột, tạo hình bánh",
        "Cơ sở bánh bao Ngọc Thu (khóm 1, phường 2, Duyên Hải) giữ nghề hơn 30 năm, sản phẩm đạt OCOP 3 sao; ba năm gần đây làm trên 1.000 "
        "bánh/ngày, bánh 420 g giá 70.000 đồng, hơn 10 lao động. Chia bột, gói nhân, xếp nếp đều bằng tay nên khó tăng sản lượng và bánh không "
        "đều cỡ. Cần máy chia bột, tạo hình bánh bao phù hợp.",
        {"mKo059": 2, "mKo058": 1, "mKo060": 1},
    ),
    (
        "mKn22",
        "en",
        "ngocthu",
        "Steamed bun maker wants frozen buns for shops outside the province",
        "Our OCOP 3-star steamed bun workshop in Duyen Hai once made buns only for Mid-Autumn and Tet; now it makes more than 1,000 large buns "
        "of 420 g a day, sold at VND70,000, using beans in place of much of the meat and fat. We want to freeze buns so that supermarkets and shops "
        "far away can reheat and sell them, and need a frozen-bun process and a suitable flour.",
        {"mKo058": 2, "mKo060": 2, "mKo059": 1, "mKo056": 1, "mKo071": 1},
    ),
    (
        "mKn23",
        "en",
        "foodmap",
        "Bun stall wants whiter, fluffier steamed buns",
        "Our stall in Tra Vinh sells banh bao filled with ground pork, quail egg, mushroom and onion from steaming baskets, mostly at breakfast. "
        "The wrapper comes out dense and slightly yellow instead of the pillowy white bun customers expect, although we proof the yeast dough. "
        "We need a dough formula and proofing method for soft, white buns.",
        {"mKo061": 2, "mKo062": 2, "mKo060": 1},
    ),
    (
        "mKn24",
        "en",
        "chrisgalvin",
        "Bun vendors need industrial steam cabinets",
        "A group of banh bao and barbecue-pork bun vendors in Vinh Long steams buns in bamboo baskets over gas rings and keeps them in glass "
        "cases; some buns are also fried. Batches are small and uneven. We want shared stainless steam cabinets that steam many trays evenly "
        "and safely and can run on gas or electricity.",
        {"mKo056": 2, "mKo057": 2, "mKo124": 1},
    ),
    (
        "mKn25",
        "vi",
        "webtretho",
        "Tiệm bánh online ở Long Hồ cần chọn lò nướng phù hợp",
        "Tôi bán bánh online ở Long Hồ, đang dùng lò gia đình 60 lít, bánh chín không đều, một bên cháy một bên trắng. Muốn nâng lên lò 100-120 lít "
        "hoặc lò sàn công nghiệp để nướng bánh mì, bánh trung thu và bông lan; phân vân lò đối lưu hay lò sàn, cùng dung tích mà công suất 1.500 W "
        "hay 2.800 W. Cần tư vấn chọn lò.",
        {"mKo063": 2, "mKo142": 2, "mKo065": 2, "mKo066": 1, "mKo144": 1, "mKo064": 1, "mKo067": 1, "mKo082": 1},
    ),
    (
        "mKn26",
        "en",
        "bread_n_butter",
        "Bakery needs a steam-injected oven for high-volume banh mi",
        "Our bakery in Tra Vinh supplies banh mi to street stalls. Customers want a roll with a thin, delicately flaky crust, a fine crumb and "
        "far more volume than a baguette, ready for pate, grilled pork and pickles. Our old oven gives a thick, rustic crust. We need an oven with "
        "steam injection and advice on settings for high-volume banh mi.",
        {"mKo063": 2, "mKo066": 2, "mKo065": 1, "mKo064": 1, "mKo067": 1, "mKo142": 1, "mKo144": 1},
    ),
    (
        "mKn27",
        "en",
        "pia_ocop",
        "Banh pia family needs an encrusting machine and conveyor oven",
        "Our family in Vinh Long has made banh pia for more than 70 years over three generations, from bean and fat to durian, taro and salted-egg "
        "fillings. Since the products gained OCOP stars our market widened by more than 50%, and hand filling and wrapping cannot keep up. We need "
        "an automatic filling-and-wrapping machine and a conveyor oven.",
        {"mKo068": 2, "mKo152": 2, "mKo069": 1},
    ),
    (
        "mKn28",
        "vi",
        "daynghebanh",
        "Quán cà phê bánh ngọt muốn có bánh nướng tươi hai lần mỗi ngày",
        "Mô hình cà phê kèm bánh ngọt của chúng tôi ở phường Vĩnh Long đông khách, khách vừa ngồi ăn vừa mua mang về. Muốn có bánh mì ngọt vừa ra "
        "lò vào buổi trưa và buổi chiều, nhưng thiếu thợ bánh làm bột từ sáng sớm. Cần cách chuẩn bị bột một lần, bảo quản lạnh rồi nướng theo giờ bán.",
        {"mKo070": 2, "mKo071": 1, "mKo075": 1},
    ),
    (
        "mKn29",
        "en",
        "sundo",
        "Packaged sweet bread must stay soft for 5-7 days",
        "We are starting a packaged sweet-bread line in Long Ho, coconut mesh bread and soft buns made with wheat flour, sugar, butter, eggs, milk "
        "powder and sweet dry yeast, to sell through school canteens and grocery shops. The bread firms up within two days. We need anti-staling "
        "improvers and process and packing advice to keep it soft for 5-7 days.",
        {"mKo072": 2, "mKo073": 2, "mKo143": 2, "mKo074": 1},
    ),
    (
        "mKn30",
        "vi",
        "banhnhantrung",
        "Can giu banh bong lan mem lau de giao tap hoa",
        "Co so banh o Cau Ke lam banh bong lan va banh nhan trung, co loai it duong (thay mot phan bang duong an kieng, tinh bot) de giao tap hoa, "
        "nhung banh de hai ngay la cung, kho, khach tra lai. Can cach hoac phu gia duoc phep de giu ruot banh mem lau hon ma khong bi hoi dau.",
        {"mKo074": 2, "mKo072": 1, "mKo073": 1, "mKo143": 1},
    ),
    (
        "mKn31",
        "vi",
        "baohanam",
        "Trà Cú cần chương trình đào tạo thợ làm bánh cho lao động nông thôn",
        "Các lớp nghề phi nông nghiệp trước đây (gần 11.000 người học, 90% có việc ngay) cho thấy nghề nấu ăn được lao động nông thôn đăng ký đông. "
        "Ở Trà Cú, nhiều thanh niên muốn học nghề làm bánh mì, bánh ngọt vì tiệm bánh và khách sạn cần thợ. Cần chương trình đào tạo thợ bánh bài "
        "bản, có thực hành, thực tập và giới thiệu việc làm.",
        {"mKo075": 2, "mKo076": 2},
    ),
    (
        "mKn32",
        "vi",
        "vneconomy_ocop",
        "HTX ở Tam Bình muốn làm bánh mì từ bột gạo cho người ăn kiêng",
        "HTX lúa gạo ở Tam Bình có gạo lứt và bột gạo lứt giàu vitamin, khoáng (đáp ứng gần 90% nhu cầu mangan, khoảng 20% magie mỗi ngày), hơn 120 "
        "chất chống oxy hoá trong cám. Muốn làm bánh mì từ bột gạo, không gluten hoặc ít bột mì, cho người ăn kiêng, tiểu đường. Cần công thức, "
        "công nghệ để bánh mì bột gạo nở tốt, không cứng.",
        {"mKo080": 2, "mKo079": 2, "mKo081": 2, "mKo087": 1},
    ),
    (
        "mKn33",
        "en",
        "bread_n_butter",
        "Banh mi bakeries want a consistent ready-made premix",
        "Vietnamese eat about 31.4 kg of baked goods per head, mostly banh mi, and demand grows almost 5% a year. Our small artisan bakeries in "
        "Cang Long weigh flour, improver, sugar and salt by feel, so volume and crust vary day to day. We want a locally made premix for bread "
        "rolls and for the batter of fried snacks we also sell.",
        {"mKo083": 2, "mKo084": 2, "mKo073": 1},
    ),
    (
        "mKn34",
        "en",
        "chu_noodle",
        "Noodle cooperative wants naturally coloured vegetable noodles",
        "Our district's 25 noodle cooperatives sell mainly plain dried rice noodles to Japan, Korea, France and the region. To stand out we want "
        "to add noodles coloured with pumpkin or gac fruit grown nearby, without artificial colour, and need the recipe and process for mixing "
        "vegetable pulp into the rice dough. We are in Mang Thit.",
        {"mKo090": 2, "mKo085": 1, "mKo086": 1},
    ),
    (
        "mKn35",
        "vi",
        "vneconomy_ocop",
        "Cơ sở bún ở Vũng Liêm muốn làm bún gạo lứt",
        "Gạo lứt nhiều chất chống oxy hoá, mangan, magie nên khách ăn kiêng, tiểu đường hỏi mua sản phẩm từ gạo lứt. Cơ sở bún ở Vũng Liêm thử làm "
        "bún gạo lứt nhưng sợi hay gãy, đứt khi luộc, màu sẫm. Cần quy trình bún gạo lứt (tỷ lệ cám, thời gian ủ) cho sợi dai, năng suất ổn.",
        {"mKo085": 2, "mKo086": 2, "mKo090": 1},
    ),
    (
        "mKn36",
        "vi",
        "bun_sour",
        "Bún chua nhanh, sợi bở: cần chọn lại giống gạo",
        "Bún của cơ sở ở Cầu Kè làm từ gạo ngâm có lên men, để qua đêm kể cả trong ngăn mát đã chua nhẹ; khách còn phàn nàn sợi bở, dễ đứt dù màu "
        "vẫn trắng đục, không bóng. Chúng tôi nghi do giống gạo đang mua. Cần tư vấn chọn giống gạo (hàm lượng amylose, đạm) hợp làm bún để sợi dai.",
        {"mKo088": 2, "mKo089": 1, "mKo040": 1, "mKo159": 1},
    ),
    (
        "mKn37",
        "en",
        "vir_bichchi",
        "Exporter wants lab benchmarking of its dried noodles",
        "We export dried pho and rice noodles from Binh Minh; like larger Dong Thap exporters that ship more than 60% of 20,000 t a year to the EU, "
        "US, Japan and Korea, we face buyers who compare our noodles with competitors'. We need a lab comparison of our noodles with commercial "
        "brands: cooking loss, breakage, texture, amylose and colour.",
        {"mKo089": 2, "mKo088": 1, "mKo053": 1},
    ),
    (
        "mKn38",
        "vi",
        "thtg_caibe",
        "Làng bánh phồng ở Giồng Trôm cần bao bì chống ẩm và kiểm tra độ thấm",
        "Làng nghề bánh phồng của chúng tôi ở Giồng Trôm có 166 hộ, khoảng 800 lao động, làm bánh phồng nước cốt dừa, mè, sầu riêng, lá dứa bỏ mối "
        "khắp miền Tây và xuất khẩu. Bánh hút ẩm nhanh, ỉu và hôi dầu khi đi xa. Cần chọn màng bao bì cản ẩm, cản khí và kiểm tra độ thấm của bao bì.",
        {"mKo093": 2, "mKo094": 2, "mKo091": 1},
    ),
    (
        "mKn39",
        "en",
        "baomoi_qr",
        "Vermicelli brand wants QR traceability from field to pack",
        "Shoppers in Vinh Long supermarkets now scan QR codes to see variety, fertiliser, packing and transport of what they buy and will pay more "
        "for transparent products. Our cooperative makes rice vermicelli from rice grown on our own fields. We want QR codes on our packs that show "
        "the rice field, milling, production date and certificates.",
        {"mKo095": 2, "mKo096": 2, "mKo091": 1},
    ),
    (
        "mKn40",
        "vi",
        "kinhbac",
        "Cơ sở hủ tiếu muốn đạt ISO 22000 để bán cho siêu thị Nhật",
        "Đối tác siêu thị Nhật cử hai chuyên gia xem xét nhà xưởng hai tuần trước khi ký hợp đồng lớn, yêu cầu rất khắt khe nhưng trả giá tốt. "
        "Cơ sở hủ tiếu, bánh phồng tôm của chúng tôi ở Bình Minh cần xây dựng và được chứng nhận hệ thống quản lý an toàn thực phẩm (ISO 22000 "
        "hoặc HACCP) để đáp ứng.",
        {"mKo101": 2, "mKo100": 2, "mKo149": 2, "mKo099": 2, "mKo102": 1},
    ),
    (
        "mKn41",
        "en",
        "technopreneur",
        "Rice miller adding a rice flour line needs a BRC-ready HACCP plan",
        "Our rice mill in Vung Liem sells husk as fuel, bran for oil and broken rice at a low price. We plan to grind the broken rice into flour "
        "for noodle and cake makers, and a foreign buyer wants a BRC-certified supplier. We need help to build the prerequisite programmes and "
        "HACCP plan for the flour line.",
        {"mKo102": 2, "mKo099": 1, "mKo149": 1, "mKo025": 1},
    ),
    (
        "mKn42",
        "en",
        "onplus_tinopal",
        "How often must self-declared fresh noodles be tested?",
        "Random checks reported by the Food Safety Department found borax and tinopal in some wet noodles and rice sheets. Our banh canh and bun "
        "workshop in Tra Cu has self-declared its products; we make noodles the traditional way, soaking rice for 2-3 days. We want to know how "
        "often the law requires re-testing and which indicators to test.",
        {"mKo103": 2, "mKo045": 1, "mKo141": 1},
    ),
    (
        "mKn43",
        "en",
        "pia_ocop",
        "Banh pia maker wants Halal certification for export",
        "Our family bakery in Vinh Long has made banh pia for more than 70 years; the OCOP-starred salted-egg and durian pia opened markets more "
        "than 50% wider. Buyers from Malaysia and Indonesia now ask for Halal certification. We need guidance on Halal requirements for our "
        "recipes and workshop and on export paperwork.",
        {"mKo105": 2, "mKo099": 1},
    ),
    (
        "mKn44",
        "vi",
        "agrimate_ocop",
        "Doanh nghiệp bánh tráng ở Trà Vinh muốn chứng nhận Halal để xuất khẩu",
        "Năm 2022 tỉnh công nhận thêm 104 sản phẩm OCOP, trong đó bánh tráng của công ty lương thực chúng tôi được chấm tiềm năng 5 sao. Khách "
        "Malaysia, Indonesia hỏi mua nhưng yêu cầu chứng nhận Halal. Cần hướng dẫn điều kiện, quy trình chứng nhận Halal cho bánh tráng và kinh "
        "nghiệm xuất khẩu.",
        {"mKo105": 2, "mKo099": 1},
    ),
    (
        "mKn45",
        "en",
        "vancu",
        "Vermicelli hamlet needs affordable wastewater treatment",
        "Nearly half of the households in our vermicelli hamlet in Mang Thit make noodles. Since we bought machines, untreated water goes into "
        "ditches and ponds, which have turned black under white foam, the smell keeps doors shut and skin and breathing complaints have risen. "
        "Elsewhere a science department spent VND2.8 billion on household filter tanks. We need affordable treatment for each household and the hamlet.",
        {"mKo107": 2, "mKo108": 2, "mKo109": 2, "mKo110": 2, "mKo147": 2, "mKo160": 2, "mKo148": 1, "mKo132": 1},
    ),
    (
        "mKn46",
        "vi",
        "toana",
        "Can xu ly nuoc thai lang lam bun re tien",
        "Ca nuoc co khoang 1.450 lang nghe; moi ho xa it nhung ca lang cung xa thi thanh nhieu. Xom lam bun o Tra On xa nuoc ngam gao, xay bot, "
        "rua bun thang ra muong, tinh bot len men boc mui. Can cong nghe xu ly nuoc thai re, de van hanh cho tung ho va cum ho, khong ton nhieu dien.",
        {"mKo108": 2, "mKo147": 2, "mKo107": 2, "mKo110": 2, "mKo109": 2, "mKo160": 2, "mKo148": 1, "mKo132": 1},
    ),
    (
        "mKn47",
        "vi",
        "kienthuc_gas",
        "Lò bánh mì muốn kiểm toán năng lượng và vay vốn thay thiết bị",
        "Giá gas tăng liên tục, bình 13 kg khoảng 400.000 đồng; một bếp hai mâm mở lớn đốt khoảng 3 lạng gas mỗi giờ. Lò bánh mì và bếp hấp của "
        "cơ sở ở Long Hồ đốt gas gần cả ngày. Muốn được kiểm toán năng lượng, tính chuyển sang lò điện hay thiết bị hiệu suất cao và tìm nguồn vay ưu đãi.",
        {"mKo112": 2, "mKo063": 1, "mKo064": 1},
    ),
    (
        "mKn48",
        "en",
        "vpthamtu",
        "Noodle-soup households burning coal want cleaner heat",
        "Households in Tra Cu that cook banh canh noodles and broth for sale still burn honeycomb coal. Many city pho shops switched to electric "
        "pots that are cleaner, but their owners say daily power costs two to three times what coal did. We want cleaner, affordable heat for "
        "boiling noodles: improved stoves or shared steam.",
        {"mKo018": 2, "mKo017": 2, "mKo111": 1},
    ),
    (
        "mKn49",
        "vi",
        "baso_com",
        "Làng cốm dẹp Ba So cần máy loại hạt lép, hạt cháy",
        "Làng cốm dẹp Ba So (xã Nhị Trường, Cầu Ngang) có hơn 100 năm tuổi, hơn 100 hộ, trong đó 10 hộ làm quanh năm, cao điểm trước lễ Ok Om Bok. "
        "Một giạ nếp sáp 20 kg cho 15 kg cốm, bán 40.000-50.000 đồng/kg. Cốm lẫn hạt lép, hạt cháy đen phải nhặt tay rất lâu. Cần máy tách màu, "
        "loại hạt xấu cho cốm.",
        {"mKo114": 2, "mKo116": 1, "mKo115": 1},
    ),
    (
        "mKn50",
        "en",
        "baso_com",
        "Flattened rice makers want machines to roast and flatten",
        "In the Ba So flattened rice village (Nhi Truong, Cau Ngang) more than 100 households make com dep, working from midnight to 8 a.m.; "
        "one measure of 20 kg of waxy glutinous rice gives 15 kg of com, sold at VND40,000-50,000 a kilo, and 42 households grow about 15 ha of "
        "glutinous rice for it. Roasting and pounding by hand is exhausting. We want machines for roasting, husking and flattening.",
        {"mKo115": 2, "mKo116": 2, "mKo114": 1},
    ),
    (
        "mKn51",
        "en",
        "baotravinh_folk",
        "Banh u com dep maker needs to remove discoloured grains",
        "We make banh u com dep, dumplings of flattened green rice, in Duyen Hai and showed them at the Southern folk cake festival in Can Tho "
        "(4-8 April 2025). Discoloured and broken grains in the com spoil the look of the cakes and hand picking is slow. We are looking for "
        "grain sorting equipment.",
        {"mKo114": 2, "mKo116": 1},
    ),
    (
        "mKn52",
        "vi",
        "kinhtevadubao",
        "Lò bánh tráng phơi sương muốn tận dụng nhiệt lò để sấy bánh",
        "Lò bánh tráng phơi sương của chúng tôi ở Tiểu Cần tráng hai lớp mỏng chồng lên nhau, phơi khô, nướng trên lửa vỏ đậu phộng cho phồng "
        "giòn mà vẫn trắng, rồi 9-10 giờ tối đem hứng sương khoảng 5 phút cho dẻo lại. Khâu phơi phụ thuộc nắng, còn lò nướng toả nhiệt bỏ phí. "
        "Cần thiết bị sấy tận dụng khói, nhiệt thải từ lò.",
        {"mKo007": 2, "mKo005": 1, "mKo006": 1, "mKo156": 1},
    ),
    (
        "mKn53",
        "vi",
        "trithuc",
        "Cơ sở bún ở Vũng Liêm muốn đầu tư dây chuyền bún tươi khép kín",
        "Bún làm từ gạo ngâm lên men nhẹ vốn dễ tiêu, nhưng người mua lo bún pha bột, pha hoá chất cho dai. Cơ sở bún của chúng tôi ở Vũng Liêm "
        "muốn thay máy ép cũ, luộc bằng nồi hở bằng dây chuyền bún tươi khép kín từ trộn bột, ép, làm chín đến làm nguội, sợi đẹp tự nhiên, "
        "năng suất cao hơn.",
        {"mKo012": 2, "mKo135": 2, "mKo013": 2, "mKo155": 2, "mKo014": 1, "mKo015": 1, "mKo023": 1, "mKo016": 1},
    ),
    (
        "mKn54",
        "en",
        "vietbao",
        "Semi-dried noodle maker needs a storage study",
        "Our semi-dried hu tieu and bun in Long Ho are pure rice, so they soften, break and turn sticky, while buyers compare them with borax "
        "noodles that stay unspoiled for 2-3 days. Before choosing preservation methods we want a lab study of what changes in our noodles during "
        "storage at room temperature: microbes, hardening, moisture.",
        {"mKo053": 2, "mKo089": 1, "mKo037": 1},
    ),
    (
        "mKn55",
        "en",
        "meotips_mold",
        "Banh tet slices stick and go mouldy after cutting",
        "We sell banh tet by the slice at markets in Cang Long. We cut with the tying string or a clean knife used only for cakes, cut just what "
        "is needed, wrap leftovers in leaves or film and refrigerate, yet cut faces stick to the knife and grow mould within days. We want a safe "
        "surface treatment or light drying step.",
        {"mKo051": 2, "mKo047": 1, "mKo140": 1},
    ),
    (
        "mKn56",
        "vi",
        "webtech360",
        "Cần công thức phụ gia được phép kéo dài hạn dùng bánh ít, bánh tét",
        "Bánh tét, bánh ít treo nơi thoáng chỉ được 2-3 ngày, không dám để trong tủ kín hay túi kín vì bánh hầm, nhanh hỏng; để ngăn đông thì khoảng "
        "15 ngày nhưng rã đông lâu, phải luộc lại. Cơ sở ở Châu Thành muốn công thức phụ gia bảo quản được phép dùng để bánh giữ 10-12 ngày ở nhiệt "
        "độ thường.",
        {"mKo050": 2, "mKo049": 2, "mKo140": 1, "mKo047": 1},
    ),
    (
        "mKn57",
        "en",
        "vietnam_chung",
        "Banh tet for overseas shipping needs a shelf-stable process",
        "Overseas Vietnamese order our banh tet from Tra Vinh. Kept at 4°C in the fridge the cakes last 3-4 weeks, but courier shipping runs at room "
        "temperature, and leaking water, rancid smell or slime mean the cake must be thrown away. We need a sterilisation and packing process that "
        "keeps banh tet safe at room temperature.",
        {"mKo048": 2, "mKo139": 2, "mKo052": 1},
    ),
    (
        "mKn58",
        "vi",
        "banhchung_gu",
        "40 hộ gói bánh tét ở Cầu Kè muốn lập HTX và đạt OCOP",
        "Ấp chúng tôi ở Cầu Kè có khoảng 40 hộ gói bánh tét, bánh ít bán cho khách; khoảng 10 năm nay bánh mới thành hàng hoá, chủ yếu bán trong ấp "
        "và vùng lân cận. Muốn thành lập HTX, thống nhất quy trình, xây dựng nhãn hiệu, truy xuất nguồn gốc và đưa sản phẩm đạt OCOP 3 sao.",
        {"mKo151": 2, "mKo055": 2, "mKo054": 1, "mKo091": 1},
    ),
    (
        "mKn59",
        "vi",
        "scribd_banhkeo",
        "Tiệm bánh nhỏ ở Long Hồ cần bột trộn sẵn làm bông lan, bánh quy",
        "Nguyên liệu làm bánh gồm bột mì (gần như nhập khẩu toàn bộ), đường, shortening, chất nhũ hoá, bột nở, sữa, trứng, hương liệu. Tiệm nhỏ "
        "của chúng tôi ở Long Hồ tự cân từng thứ nên bánh lúc nở lúc xẹp. Cần nguồn bột trộn sẵn sản xuất trong nước cho bông lan, bánh quy và bột chiên.",
        {"mKo084": 2, "mKo083": 2},
    ),
    (
        "mKn60",
        "en",
        "hoian_pho",
        "Dried pho maker needs an energy-efficient dryer for the rainy season",
        "We make dried pho and vermicelli in Cau Ke with two workers, after investing more than VND200 million in machines and raw materials, "
        "and supply tonnes of dried noodles a month. In the sunny season we dry as much as we can outdoors; in the rainy season we use a "
        "high-intensity drying oven that burns a lot of electricity. We need an efficient dryer that keeps the noodles good.",
        {"mKo009": 2, "mKo134": 2, "mKo010": 2, "mKo008": 2, "mKo156": 2, "mKo011": 1, "mKo024": 1, "mKo122": 1},
    ),
    (
        "mKn61",
        "en",
        "media_cantho",
        "Hu tieu workshop wants machines for spreading and cutting",
        "Our hu tieu workshop in Binh Minh picks the rice and mixes the flour to its own recipe, spreads sheets over a rice-husk furnace on a "
        "moderate fire, sun-dries them and cuts them into strands by hand, including five-colour hu tieu that visitors love to make. We want "
        "machines for spreading, steaming and cutting so we can sell more.",
        {"mKo019": 2, "mKo154": 2, "mKo023": 1},
    ),
    (
        "mKn62",
        "en",
        "crazyindian",
        "Rice mill wants to use bran in bakery products",
        "Our rice mill in Tra On gets whole rice plus husk, bran and broken rice; the husk is sold as fuel and the bran mainly for oil extraction "
        "or cattle feed, although it is rich in B vitamins. We want to develop bread or cakes enriched with rice bran to sell locally and need a "
        "tested formula and process.",
        {"mKo087": 2, "mKo086": 1, "mKo079": 1},
    ),
    (
        "mKn63",
        "vi",
        "baovinhlong_fest",
        "Cơ sở bún muốn làm bún màu từ rau củ để bán hội chợ",
        "Ngày hội Bánh dân gian Nam Bộ kết hợp hội chợ OCOP ở TP Vĩnh Long năm 2025 có hơn 450 gian hàng của 300 đơn vị, riêng khu ẩm thực hơn 100 "
        "gian của 65 đơn vị. Cơ sở bún của chúng tôi ở Long Hồ muốn có bún màu tự nhiên từ bí đỏ, gấc để trưng bày, bán hội chợ và tham gia OCOP; "
        "cần công thức, quy trình phối rau củ vào bột gạo.",
        {"mKo090": 2, "mKo085": 1, "mKo086": 1},
    ),
    (
        "mKn64",
        "vi",
        "tuvan_import",
        "Cơ sở bánh tráng đã tự công bố cần biết chu kỳ kiểm nghiệm",
        "Hồ sơ tự công bố sản phẩm gồm bản tự công bố và kết quả kiểm nghiệm trong vòng 12 tháng; cơ sở bánh tráng của chúng tôi ở Càng Long đã nộp "
        "xong. Chúng tôi chưa rõ sau đó bao lâu phải kiểm nghiệm lại, cơ sở có HACCP thì khác gì, chỉ tiêu nào, gửi phòng thí nghiệm nào.",
        {"mKo103": 2, "mKo045": 1, "mKo141": 1},
    ),
    (
        "mKn65",
        "en",
        "abc_bakery",
        "Small bakery supplying cafes wants to mix once and bake twice a day",
        "Large suppliers make tens of thousands of baked goods a day for fast-food chains; we are a small bakery in Vinh Long that supplies buns "
        "and rolls to a few cafes, using a few kilos of flour a day. We want fresh bakes at noon and in the late afternoon without a night shift, "
        "by preparing dough ahead and holding it cold.",
        {"mKo070": 2, "mKo071": 1},
    ),
    (
        "mKn66",
        "en",
        "vasep",
        "Noodle and rice paper factory wants an energy audit and financing",
        "Firms in Vinh Long that ran energy audits and improved equipment saved about 9.7 million kWh in 2011 and more than 11 million kWh in 2012. "
        "Our rice noodle and rice paper factory in Binh Minh spends heavily on power and fuel for dryers and boilers. We want an energy audit, a "
        "feasibility study for new equipment and access to soft loans.",
        {"mKo112": 2, "mKo111": 1, "mKo017": 1},
    ),
    (
        "mKn67",
        "en",
        "yidaca",
        "Bakery with a deck oven gets uneven crusts",
        "Our bakery in Tra Vinh bakes bread and pizza on a three-deck oven with stone decks, loading by peel. Bottoms burn on one deck while "
        "tops stay pale on another, and crusts vary between batches. We need advice on temperature control, top and bottom heat and recovery "
        "after loading.",
        {"mKo067": 2, "mKo064": 1, "mKo063": 1},
    ),
    (
        "mKn68",
        "vi",
        "mytour_tet",
        "Bánh tét cắt khoanh bị dính dao và mốc mặt cắt",
        "Khí hậu miền Nam nóng ẩm, bánh tét treo chỉ được 2-3 ngày, hút chân không được 7-10 ngày, để tủ lạnh khoảng 15 ngày. Cơ sở ở Càng Long bán "
        "bánh tét theo khoanh cho quán ăn sáng; mặt cắt dính dao, nhanh mốc. Cần cách xử lý bề mặt hoặc làm khô nhẹ để bánh bớt dính, lâu hỏng.",
        {"mKo051": 2, "mKo140": 1, "mKo047": 1},
    ),
    (
        "mKn69",
        "en",
        "hanfimex",
        "Rice cooperative wants varieties suited to noodles and rice paper",
        "Our cooperative in Tra On grows export white rice; the Mekong Delta gives 52% of Vietnam's rice, yet grain prices stay low. We want to sell "
        "more paddy to local noodle and rice paper makers and need to know which varieties, by amylose and protein content, make good noodles.",
        {"mKo088": 2, "mKo089": 1},
    ),
    (
        "mKn70",
        "vi",
        "irri_compact",
        "HTX xay xát ở Vũng Liêm muốn dùng cám gạo làm bánh mì",
        "HTX mới thay máy xay cũ bằng máy xay hai cấp trục cao su, cám được tách riêng khỏi trấu nên sạch hơn, thêm nguồn thu. Chúng tôi ở Vũng Liêm "
        "muốn tận dụng cám gạo làm bánh mì, bánh quy giàu xơ bán tại địa phương; cần công thức, mức bổ sung và quy trình đã thử nghiệm.",
        {"mKo087": 2, "mKo086": 1, "mKo079": 1},
    ),
    (
        "mKn71",
        "en",
        "bakerpedia",
        "Sponge cakes firm up within two days",
        "Our cake shop in Vinh Long sells sponge and chiffon cakes to grocery shops. Without any mould the crumb firms and dries within two days "
        "and shops return them. We want to understand the staling and find permitted enzymes or ingredients that keep cakes soft longer without "
        "rancid flavours.",
        {"mKo074": 2, "mKo072": 1, "mKo073": 1},
    ),
    (
        "mKn72",
        "en",
        "mycharming",
        "Family bun workshop wants a filled-bun forming machine",
        "Our family makes banh bao the way grandmothers did, kneading and rolling the dough by hand and filling it with pork and quail eggs, and "
        "sells to street carts and school gates in Tra Vinh. Orders keep growing and hand shaping limits output. We want a machine that forms "
        "filled buns.",
        {"mKo059": 2, "mKo058": 1, "mKo060": 1},
    ),
    (
        "mKn73",
        "vi",
        "cpf_pho",
        "Cơ sở phở khô ở Bình Minh muốn tự động hoá dây chuyền",
        "Một nhà máy ở Thái Lan làm 200.000 phần phở mỗi ngày chỉ với 10 công nhân, còn doanh nghiệp trong nước như Saigon Food làm 100.000 gói/ngày. "
        "Cơ sở phở khô, bún khô của chúng tôi ở Bình Minh còn nhiều khâu thủ công, năng suất thấp. Cần dây chuyền tự động từ trộn bột đến sấy, đóng gói.",
        {"mKo020": 2, "mKo153": 2, "mKo021": 1, "mKo019": 1, "mKo022": 1},
    ),
    (
        "mKn74",
        "en",
        "tiendien",
        "Dried bun strands crack after drying",
        "Our cooperative in Vung Liem buys rice grown to VietGAP and makes dried bun, including pumpkin and gac noodles, by beating the flour "
        "and balancing water carefully, but after drying many strands crack and break in the bag. We suspect our drying and need a drying "
        "schedule and equipment that keep strands whole.",
        {"mKo009": 2, "mKo134": 2, "mKo024": 1, "mKo010": 1},
    ),
    (
        "mKn75",
        "vi",
        "techyinsider",
        "Can tu hap banh bao cong nghiep nhieu khay",
        "Co so banh bao o Tieu Can lam vo tu bot mi, men, duong, sua, muoi, nhan thit heo, nam meo, trung cut; hien hap bang xung nhom tren bep "
        "gas, moi me duoc it, banh gan lua chin truoc, banh tren song. Can tu hap cong nghiep nhieu khay, hap deu, an toan, chay gas hoac dien.",
        {"mKo056": 2, "mKo057": 2, "mKo124": 1},
    ),
]
