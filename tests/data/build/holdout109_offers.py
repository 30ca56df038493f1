"""Offers of the holdout109 labelled set (cocoa, coffee, pepper, spices, herbal tea); rows as labelled_set.py says."""

OFFERS = [
    # --- cocoa: fermentation ---
    (
        "mGo001",
        "vi",
        "ejfarm_ferment",
        "Chuyển giao quy trình lên men ca cao bằng thùng gỗ cho tổ hợp tác",
        "Chúng tôi hướng dẫn đóng thùng gỗ cỡ 0,7 x 0,6 x 0,5 m có lỗ thoát dịch ở đáy và bốn thành, phủ bao đay và lá chuối để giữ nhiệt, ẩm. "
        "Mỗi mẻ cần ít nhất 20 kg hạt tươi, khối hạt không sâu quá 50 cm và tương ứng bề ngang thùng; khi lõi khối ủ lên 45–48°C thì đảo trộn để cấp khí. "
        "Kèm tập huấn theo dõi nhiệt độ và mùi trong từng ngày ủ.",
    ),
    (
        "mGo002",
        "vi",
        "montana_ferment",
        "Hướng dẫn ủ hạt ca cao trong cần xé, thùng gỗ và kiểm tra bằng cắt hạt",
        "Doanh nghiệp chế biến ca cao chia sẻ cách ủ: đổ hạt vào cần xé hoặc thùng gỗ, đậy lá chuối, khoảng 48 giờ đảo một lần; Criollo chỉ cần chừng 3 ngày, Forastero và Trinitario khoảng 7 ngày. "
        "Lõi khối ủ có thể đạt 50°C. Điểm kết thúc xác định bằng cắt ngang hạt (tử diệp chuyển sang nâu, màu tím nhạt đi) và mùi chuyển từ giấm sang hơi khai; xong thì rửa sạch và phơi.",
    ),
    (
        "mGo003",
        "en",
        "card_manual",
        "Smallholder manual and training days on improved cocoa processing",
        "Under the Vietnam–Australia CARD project 013VIE05 a manual was prepared on improving cocoa quality through better post-harvest procedures — fermentation, drying and quality checks — "
        "written for smallholders and extension workers. The partner institutions run training days on the procedures for producer groups and provinces.",
    ),
    (
        "mGo004",
        "en",
        "card_ms3",
        "Cocoa bean quality assessment and fermentation/drying training (Can Tho University team)",
        "The Biotechnology R&D Institute of Can Tho University, with Nong Lam University and the Western Highlands agro-forestry institute, was trained by Queensland DPI&F microbiologists "
        "in fermentation, drying and quality assessment of cocoa (project 013VIE05, which targeted Dak Lak and the Mekong Delta). The team assesses bean lots and trains producer groups to reach good fermented quality.",
    ),
    (
        "mGo005",
        "en",
        "chocolatelife_box",
        "Consultant review of fermentation box size and batch mass",
        "A cocoa processing consultant who has written fermentation manuals reviews box design for groups that want repeatable fermentations. "
        "Very small masses are hard to keep consistent or to scale; a reference set-up is wooden boxes with drainage holding a few hundred pounds of wet beans for just under a week, as on a Hawaiian estate set up with a chocolate maker.",
    ),
    (
        "mGo006",
        "vi",
        "ctu_cc_household",
        "Quy trình lên men và sấy hạt ca cao cho nông hộ",
        "Khoa Nông nghiệp và Sinh học Ứng dụng, Trường Đại học Cần Thơ đã khảo sát các cách lên men và phơi sấy hạt ca cao sau thu hoạch ở quy mô nông hộ (luận văn công nghệ thực phẩm, TS Hà Thanh Toàn hướng dẫn). "
        "Nhóm hướng dẫn hộ trồng ca cao ĐBSCL chọn cách ủ và chế độ phơi sấy hợp với lượng hạt ít.",
    ),
    (
        "mGo007",
        "vi",
        "luanvan_cc_ferment",
        "Thí nghiệm tối ưu điều kiện lên men hạt ca cao",
        "Nhận làm thí nghiệm các yếu tố lên men (thời gian ủ, số lần đảo, khối lượng mẻ) ảnh hưởng đến chất lượng hạt ca cao khô. "
        "Ca cao trồng được ở Duyên hải Nam Trung Bộ, Tây Nguyên, Đông Nam Bộ và ĐBSCL, xen vườn cây ăn trái hoặc kinh tế trang trại; kế hoạch cũ đặt mục tiêu 100.000 ha năm 2010 và giá thế giới từng ở mức 1.500–1.600 USD/tấn.",
    ),
    (
        "mGo008",
        "vi",
        "peace_ferment",
        "Chocolate và cacao pha chế từ hạt đã lên men cho quán cà phê",
        "Peace Coffee (Đà Lạt) cung cấp chocolate, bột và đồ uống cacao làm từ hạt đã lên men cho quán cà phê và khách lẻ, "
        "kèm giới thiệu vì sao lớp cơm quả ngọt nuôi nấm men, vi khuẩn lactic và acetic tạo nên vị chocolate.",
    ),
    # --- cocoa: drying ---
    (
        "mGo009",
        "vi",
        "dostbt_solar",
        "Máy sấy hạt ca cao bằng năng lượng mặt trời (Viện NC&PT Công nghệ Sinh học – ĐHCT)",
        "Máy gồm phần thu nhiệt, buồng trao đổi nhiệt và sàn sấy đặt phía trên; mỗi bên bố trí 3 m³ đá sơn đen dưới tấm lợp trong suốt nhập từ Israel để bẫy nhiệt. "
        "Một mẻ khoảng 100 kg hạt đã ủ 6–7 ngày, sấy 4–5 ngày được chừng 40 kg hạt khô, nhanh hơn phơi thủ công 2–3 ngày, tỷ lệ thu hồi trên 40%, hạt sáng đẹp. Đã lắp cho hai hộ ở Châu Thành (Bến Tre).",
    ),
    (
        "mGo010",
        "vi",
        "123_solar",
        "Hệ thống sấy ca cao năng lượng mặt trời giá khoảng 12 triệu đồng",
        "Khoa Cơ khí, Trường Đại học Cần Thơ thiết kế hệ thống đặt tại hộ: lò sấy ở giữa, sàn sấy 4 m², trên là hai tấm lợp nhựa dài 2,5 m đặt nghiêng vừa che mưa vừa hấp thụ nắng; "
        "hai bên là khối đá 3 m³ sơn đen chất nghiêng 30°. Chi phí khoảng 12 triệu đồng một hệ thống, đã chạy thí điểm tại An Khánh và Phú Đức.",
    ),
    (
        "mGo011",
        "vi",
        "khcnn_solar",
        "Mô hình điểm sơ chế lên men tập trung và phòng kiểm định hạt ca cao",
        "Tư vấn dựa trên kinh nghiệm Bến Tre: 8 điểm sơ chế lên men hạt ở Châu Thành do ACDI/VOCA hỗ trợ (dự án Success Alliance bổ sung 35.000 USD), "
        "một phòng kiểm định chất lượng hạt ca cao tại Trung tâm ứng dụng tiến bộ KH&CN và 2 hệ thống sấy mặt trời do Trường ĐH Cần Thơ xây dựng tại hộ dân.",
    ),
    (
        "mGo012",
        "en",
        "colombia_greenhouse",
        "Plastic-roof greenhouse dryer for cocoa beans",
        "Design and build of a plastic-roof solar dryer for farms that dry cocoa in the open air. In trials in the Colombian Caribbean, beans went from 58% to 7% moisture in 4 days instead of 6 in open sun, "
        "protected from rain, dust, insects and animals; moisture was followed with a halogen moisture analyser. Technical and cost figures show it is affordable for rural growers.",
    ),
    (
        "mGo013",
        "en",
        "bamenda_greenhouse",
        "Modified greenhouse dryer lined with black fleece",
        "University of Bamenda engineers modify a conventional greenhouse dryer by adding a black polyester fleece: inside air ran about 2°C warmer and 12% less humid than a plain greenhouse, "
        "and about 8°C warmer and 25% less humid than open sun, so beans reached 5–8% moisture sooner with grade-one quality. Thin-layer drying models are fitted for planning.",
    ),
    (
        "mGo014",
        "en",
        "siftdesk_mixed",
        "Mixed-mode solar dryer for cocoa, tested in wet and dry seasons",
        "Obafemi Awolowo University team offers a mixed-mode solar dryer that brought cocoa beans to a safe 7–8% moisture in about 61.5 hours of intermittent drying in both seasons. "
        "Titratable acidity, pH and free fatty acids were measured against open-air drying, with advice on operating the dryer in the rainy season.",
    ),
    (
        "mGo015",
        "en",
        "nigeria_intermittent",
        "Solar cocoa dryer with heat storage, built from local materials",
        "Prototype combining convective heating and direct radiation, a thermal energy store and adjustable airflow. It dried beans from 53.4% to 3.6% moisture over 72 hours of intermittent drying "
        "with ambient 25–30°C and 58–98% humidity; free-convection runs gave pH 6.35 and mild bitterness, while forced convection raised acidity.",
    ),
    (
        "mGo016",
        "vi",
        "pmc_drying",
        "Dịch vụ đánh giá chất lượng hạt ca cao sau sấy",
        "Phòng thí nghiệm đo các chỉ tiêu dùng để so sánh phương pháp sấy hạt ca cao: độ ẩm, tỷ lệ hạt mốc, màu hạt, pH, độ axit chuẩn độ, hàm lượng chất béo và axit acetic. "
        "Từ kết quả, tư vấn chọn giữa phơi nắng, sấy mặt trời (thụ động hoặc có quạt, gia nhiệt), sấy lò, vi sóng hay sấy thăng hoa.",
    ),
    (
        "mGo017",
        "en",
        "kalamazoo_vc",
        "Cocoa value-chain diagnosis and certification pathway for Mekong producers",
        "Value-chain study of cocoa in Ben Tre and Tien Giang compared with a bean-to-bar maker's own chain, based on producer surveys: fewer intermediaries, quality gains through UTZ certification, "
        "and bottlenecks to cut cost. Offered as a diagnostic for a cooperative or province planning certified cocoa.",
    ),
    (
        "mGo018",
        "vi",
        "123_chauthanh",
        "Hỗ trợ thành lập câu lạc bộ ca cao chứng nhận",
        "Chia sẻ mô hình Châu Thành (Bến Tre) cùng Helvetas và Ban quản lý dự án phát triển ca cao chứng nhận: huyện có 36 trên 76 câu lạc bộ ca cao chứng nhận của tỉnh với 888 hộ tham gia, "
        "năng suất 7,1 tấn trái tươi/ha năm 2013. Hướng dẫn tổ chức CLB, sổ ghi chép và sản xuất theo tiêu chuẩn.",
    ),
    (
        "mGo019",
        "en",
        "marou_how",
        "Bean-to-bar maker: farm sourcing with per-bag testing and a set post-harvest protocol",
        "A Vietnamese bean-to-bar chocolate maker works directly with farms: beans ferment about 5 days in wooden boxes lined with banana leaves, then dry about 10 days in the sun; "
        "every bag is tested at the farm before it is bought. In the factory beans are roasted gently for about half an hour, cracked and winnowed, ground with sugar for 48 hours, tempered and moulded.",
    ),
    # --- cocoa: roasting, grinding, chocolate ---
    (
        "mGo020",
        "vi",
        "lhu_mrc50",
        "Máy rang ca cao MRC-50 năng suất 50 kg/mẻ",
        "Trung tâm Năng lượng và Máy nông nghiệp, Trường ĐH Nông Lâm TP.HCM cung cấp máy rang hạt ca cao 50 kg mỗi mẻ, giúp nâng chất lượng và hiệu quả kinh tế của hạt. "
        "Giới thiệu cho các vùng ca cao như Bà Rịa – Vũng Tàu (khoảng 700 ha, hơn 640 tấn mỗi năm) và các tỉnh trồng xen dừa ở ĐBSCL.",
    ),
    (
        "mGo021",
        "en",
        "uncommon_making",
        "Bean-to-bar training: roasting, cracking and winnowing",
        "A cacao importer's maker programme covers roasting both as the food-safety kill step and as flavour development, drum roasting versus a convection oven with a 1–4 inch layer of beans, "
        "and cracking options that start with mallets or adapted cranks and move to juicers and purpose-built crackers as volume grows.",
    ),
    (
        "mGo022",
        "en",
        "alchemy_crack",
        "Three-roller cocoa cracking mill and simple winnowing",
        "Supplier of a heavy three-roller, dual-drive, fixed-gap mill that cracks roasted cocoa beans at about 4 lb per minute; the 1/2 inch shaft takes a drill chuck if you want to motorise it. "
        "Winnowing with a hair dryer or small shop vacuum turns 4 lb of cracked beans into just over 3 lb of nibs in 3–4 minutes.",
    ),
    (
        "mGo023",
        "en",
        "b2b_equipment",
        "Choosing affordable equipment for small-scale chocolate making",
        "Advisory based on a 2019 study that compared a standard ball mill and conche with affordable options — a CocoaTown melanger for grinding and refining and a Stephan mixer used as a conche — "
        "on particle size, moisture and flow. Equipment for even moderate-size makers starts around USD 30,000, so the comparison helps first-time makers choose.",
    ),
    (
        "mGo024",
        "en",
        "exquisito",
        "Low-cost repurposed tools for a bean-to-bar workshop",
        "A small bean-to-bar maker shows how tools not built for chocolate — for example a shop vacuum used as a winnower — can be tuned to process small cacao batches, since purpose-built small machinery is scarce. "
        "Workshop visits and set-up advice for home-kitchen or makeshift workshops.",
    ),
    (
        "mGo025",
        "en",
        "duyvis_grind",
        "Industrial cocoa roasting and grinding lines",
        "Equipment maker for cocoa processing: roasting (typically 120–140°C for 10–30 minutes), grinding nibs to cocoa liquor and refining, with lines for liquor, butter and powder.",
    ),
    (
        "mGo026",
        "en",
        "nca_temper",
        "Chocolate tempering short course and temper meters",
        "Course material from an industry resident course: cocoa butter melts around 85–90°F and can crystallise in six forms, so tempering must select the stable form for gloss, snap and shelf life. "
        "The instrument supplier provides temper meters and gloss meters to check each batch.",
    ),
    (
        "mGo027",
        "en",
        "manual_marou",
        "Mentoring for new craft chocolate makers: prototyping with a wet stone grinder",
        "Founders of Vietnam's first artisanal bean-to-bar company share how they began: roasting in an oven, peeling by hand and grinding in a stone wet grinder of the kind used for dosa batter, "
        "because no chocolate machines were sold locally. Mentoring on moving from prototype to a small factory and working directly with farmers.",
    ),
    (
        "mGo028",
        "vi",
        "memart_powder",
        "Tư vấn quy trình sản xuất bột ca cao nguyên chất",
        "Hướng dẫn đi từ hạt đã lên men, phơi khô, rang, nghiền thành khối ca cao lỏng, ép tách bớt bơ rồi nghiền bã thành bột. "
        "Phân biệt bột tự nhiên (pH khoảng 5–6, đắng, hơi chua) với bột kiềm hóa kiểu Hà Lan (màu đậm, vị dịu), kèm gợi ý công thức pha chế và làm bánh.",
    ),
    (
        "mGo029",
        "vi",
        "123_butter",
        "Thiết kế công nghệ và thiết bị ép bơ ca cao",
        "Tài liệu thiết kế 59 trang về công nghệ và thiết bị chế biến bơ ca cao: nguyên liệu, giống, quy trình và lựa chọn máy ép; nhận tư vấn bố trí dây chuyền ép bơ và tận dụng bã làm bột cho cơ sở nhỏ.",
    ),
    (
        "mGo030",
        "vi",
        "nhatrang_lecture",
        "Khóa học công nghệ chế biến chè, cà phê, ca cao",
        "Bộ môn Công nghệ Thực phẩm, Trường Đại học Nha Trang giảng dạy chế biến chè đen, chè xanh, chè hương, chè hoa tươi, chè túi lọc, chè hòa tan; cà phê nhân, cà phê rang xay, cà phê hòa tan; "
        "hạt ca cao, bơ và bột ca cao, chocolate. Có thể mở lớp ngắn hạn cho doanh nghiệp, hợp tác xã.",
    ),
]

OFFERS += [
    # --- cocoa: by-products ---
    (
        "mGo031",
        "en",
        "springer_byprod",
        "Cocoa by-product technologies from the Cocoa Research Institute of Ghana",
        "Packaged technologies from the ICCO/CFC/COCOBOD by-products project: dried pod husk as a feed ingredient for poultry (10%), pigs (25%) and sheep (40%); husk fermented with oyster mushroom to raise broiler use to 20%; "
        "husk ash, about 40% potash, for soft and liquid soap or a pelletised potassium fertiliser; sweatings for fruit drinks, jam, pectin, gin, brandy, wine and vinegar.",
    ),
    (
        "mGo032",
        "vi",
        "harvestmoney",
        "Quy trình làm viên thức ăn chăn nuôi từ vỏ trái ca cao",
        "Vỏ trái ca cao tươi được thái thành lát mỏng, phơi se, băm nhỏ, ép viên rồi sấy khô thành viên thức ăn 100% vỏ ca cao. "
        "Nước rỉ từ lớp cơm quanh hạt có thể thu gom, tiệt trùng và đóng chai làm nước giải khát; vỏ lụa hạt dùng phủ gốc, cải tạo đất.",
    ),
    (
        "mGo033",
        "en",
        "foodmate_pectin",
        "Pectin extraction from cocoa pod husk",
        "Extraction process giving on average 10 g of pectin per 100 g of husk, with yield depending on extraction time, pH and temperature — "
        "of interest because every tonne of dry beans leaves about ten tonnes of husk to manage.",
    ),
    (
        "mGo034",
        "en",
        "booksci_cph",
        "Formulating cocoa pod husk meal into livestock rations",
        "Formulation advice from a review of husk meal: husk is 70–80% of the pod; use up to 10% in broiler feed, 15% in layer feed with enzymes, 20% for sows and growing pigs, "
        "and up to 35% for cattle when treated with urea, molasses or fermentation to lower theobromine, tannin and phytate.",
    ),
    (
        "mGo035",
        "en",
        "allied_cph",
        "Nutrient analysis of fermented and unfermented cocoa pod husk",
        "Laboratory analysis of proximate, anti-nutrient and mineral content of husk from Criollo, Forastero and Trinitario pods. "
        "Fermenting the dried, milled husk raised crude protein from about 4–5% to 8.5–12.9% and lowered tannin, oxalate and phytate, supporting its use in feed.",
    ),
    (
        "mGo036",
        "en",
        "foodrecap_pulp",
        "Collecting cocoa sweatings during fermentation",
        "Instead of pressing pulp off fresh beans with heat and water (which leaves beans unfit for proper fermentation), ferment the beans normally in food-grade plastic or stainless boxes fitted with a tap "
        "and collect the drippings; depending on timing the liquid is a base for wine or vinegar.",
    ),
    (
        "mGo037",
        "en",
        "agric4profits_pulp",
        "Product ideas for cocoa pulp: juice, puree, jam and drinks",
        "Guide to the sweet, mildly acidic pulp around the beans: it spoils quickly and must be processed or consumed soon after opening the pods, "
        "into juice, frozen puree, jams and jellies, sorbets and ice cream, or sparkling and alcoholic drinks.",
    ),
    # --- coffee: roasting ---
    (
        "mGo038",
        "en",
        "techin_specialty",
        "Specialty coffee roasting apprenticeship in a 40 m² roastery",
        "The head roaster of a Ho Chi Minh City specialty roastery (usually about 17 batches a day; a typical batch 10 kg) trains roasters: checking green-bean moisture by meter and by hand (around 11–12% is right), "
        "keeping green coffee in GrainPro liners inside layered bags, and grading to SCA specialty standards (cupping score 80–100).",
    ),
    (
        "mGo039",
        "en",
        "teacoffee_training",
        "Coffee roasting courses with sensory analysis",
        "Small-group roasting classes, regularly attended by students from Asia: roaster design and temperature, how heat changes coffee, adjusting machine parameters to build different flavour profiles from the same bean, "
        "and cupping to judge the result rather than relying only on automatic profilers.",
    ),
    (
        "mGo040",
        "en",
        "cafeendaily_robusta",
        "Roast profiling for fine robusta",
        "A roaster focused on Asian coffees shares how to profile fine robusta lots (notes of vanilla, coconut, papaya) drawing on Vietnamese and US robusta specialists; "
        "support for roasters moving from dark, condensed-milk roasts to specialty robusta.",
    ),
    (
        "mGo041",
        "en",
        "sca_roest",
        "SCA roasting course: from sample roast to profile to production",
        "Certified trainer offers Specialty Coffee Association courses online and training kits; the method takes a coffee from sample roast to a profile and then to production roasting, "
        "developed from roasting low-cost, poorly transported coffees since 2012.",
    ),
    (
        "mGo042",
        "en",
        "baristahustle",
        "Sizing a coffee roaster for your weekly volume",
        "Rules of thumb for buying a roaster: it should roast your weekly need in no more than 25 hours; expect 14–20% weight loss; plan 3–3.5 batches an hour at 50–70% of stated capacity; "
        "roasting 1 kg of green coffee needs roughly 11,500 kJ/h of burner. Stated capacities are usually above real capacity.",
    ),
    (
        "mGo043",
        "en",
        "sonofresco",
        "One-pound micro-roaster for cafés and carts",
        "Micro-roasting model built on a 1-lb drum roaster that customers can watch; a Portland café found whole-bean sales reached about 45% of sales instead of the 10% expected. "
        "Advice on green sourcing in small lots, blending, chaff handling and margins.",
    ),
    (
        "mGo044",
        "vi",
        "pdfslide_roast",
        "Quy trình công nghệ sản xuất cà phê nhân rang",
        "Nhóm Khoa Công nghệ Thực phẩm, Trường ĐH Công nghiệp Thực phẩm TP.HCM tổng hợp quy trình: làm sạch và phân loại nhân, định lượng, rang (phương pháp, thiết bị, biến đổi trong hạt, yếu tố ảnh hưởng), "
        "làm nguội, phối trộn và xay; tư vấn chọn thiết bị rang và phối trộn cho cơ sở nhỏ.",
    ),
    (
        "mGo045",
        "vi",
        "iuh_roast",
        "Khảo sát chế độ rang cà phê vối",
        "Viện Công nghệ Sinh học và Thực phẩm, Trường ĐH Công nghiệp TP.HCM có xưởng thực hành chế biến cây nhiệt đới, khảo sát thời gian rang và nhiệt độ khối hạt cà phê vối; "
        "nhận đo đường cong rang, mức rang cho cơ sở muốn chuẩn hóa các mẻ.",
    ),
    (
        "mGo046",
        "vi",
        "haccp_rangxay",
        "Xây dựng kế hoạch HACCP cho dây chuyền cà phê rang xay",
        "Tài liệu 37 trang mô tả quy trình cà phê rang xay, các đặc trưng chất lượng và mùi vị lạ cần loại trừ (hóa chất, dầu mỡ, mốc, lên men quá), rồi phân tích mối nguy và xác định điểm kiểm soát tới hạn; "
        "hỗ trợ cơ sở lập hồ sơ HACCP.",
    ),
    # --- coffee: packaging ---
    (
        "mGo047",
        "en",
        "coffeetalk_pack",
        "Coffee packaging selection for longer shelf life",
        "Advice from bag makers: coffee flavour is thought to degrade within 10–14 days of roasting if oxygen gets in; heat and moisture speed staling. "
        "Choose from tin-tie paper bags to high-barrier foil laminates according to the shelf life needed, then decide the valve type and degassing time.",
    ),
    (
        "mGo048",
        "en",
        "pneumatech_n2",
        "On-site nitrogen generation for coffee packing",
        "Nitrogen generators for roasters: a nitrogen blanket in degassing silos and nitrogen flushing of bags (modified atmosphere packaging) to push out oxygen before sealing, "
        "used with one-way valves so CO2 can escape from beans or ground coffee without air getting in.",
    ),
    (
        "mGo049",
        "en",
        "savage_valve",
        "Vacuum packing roasted coffee without valves",
        "A roaster's tested practice: vacuum-packing light-to-medium roasts without one-way valves, which can let oxygen in and aromatics out. Roasted coffee can release up to 10 L of CO2 per kg; "
        "with a new roaster some natural coffees swelled 1 kg bags, which were re-vacuumed after a couple of days (250 g bags were fine).",
    ),
    (
        "mGo050",
        "en",
        "wojin_valve",
        "One-way degassing valves and aluminium foil bags for coffee",
        "Manufacturer of one-way degassing valves and foil coffee bags that keep out air, moisture, light and heat while letting roasting gases escape, for roasters packing beans or ground coffee.",
    ),
    # --- coffee: green bean storage ---
    (
        "mGo051",
        "en",
        "codex_ota",
        "Training on the Codex code of practice for ochratoxin A in coffee",
        "Course built on CAC/RCP 69-2009: which Aspergillus species form OTA, why beans must be dried and kept at no more than 12.5% moisture, sorting, storage and transport; "
        "for roasters and traders handling green coffee.",
    ),
    (
        "mGo052",
        "en",
        "coffeeota_proj",
        "HACCP-based prevention of mould and OTA along the coffee chain",
        "Training-of-trainers material from the FAO/CFC/ICO project: because mould is patchy and testing lots is costly, control relies on good hygiene and critical control points set from field trials, "
        "from harvest through processing, storage and trade.",
    ),
    (
        "mGo053",
        "en",
        "coffeeguide_ota",
        "Moisture checks and dry handling of green coffee",
        "Practical guidance: never dry on bare earth, keep layers under 4 cm, keep husk and dust out of clean coffee (over 90% of mould comes from the husk of sun-dried cherry), use clean dry bags, "
        "and check moisture by ISO 6673 (105°C for 16 hours) or meters calibrated to it.",
    ),
    # --- pepper: white pepper ---
    (
        "mGo054",
        "vi",
        "123_white_hot",
        "Quy trình làm tiêu sọ bằng nước nóng và máy bóc vỏ",
        "Tiêu trắng thường bán cao hơn tiêu đen 1,3–1,5 lần. Quy mô hộ: ngâm quả trong nước 90–100°C 11–13 phút (tiêu tươi) hoặc 60–90 phút (tiêu đen), đưa qua máy đánh vỏ có nước chảy và sàng, "
        "phơi 1–2 nắng tới ẩm 11–12%, dung trọng từ 630 trở lên. Quy mô công nghiệp: buồng hơi 120°C khoảng 120 phút, thu hồi tinh dầu, sấy 50–60°C.",
    ),
    (
        "mGo055",
        "vi",
        "btlib_white",
        "Kỹ thuật ngâm truyền thống để làm tiêu trắng",
        "Sách kỹ thuật trồng tiêu hướng dẫn ngâm tiêu 10–15 ngày cho vỏ thịt mềm, chà xát tróc vỏ, rửa sạch, phơi khoảng 12 giờ; trung bình 100 kg tiêu tươi được chừng 28 kg tiêu sọ. "
        "Giới thiệu cách làm ở Bangka (Indonesia: đóng bao ngâm nước chảy 6–10 ngày, phơi 2–3 ngày) và Ấn Độ (ngâm 2–3 ngày, chà giữa hai tấm thảm xơ dừa).",
    ),
    (
        "mGo056",
        "vi",
        "giatieu_white",
        "Tham quan, kết nối mô hình cơ sở chế biến tiêu sọ",
        "Tiêu trắng xuất khẩu từ năm 2003 (3.959 tấn) và đạt gần 20.000 tấn mỗi năm giai đoạn 2009–2011, giá thường gấp 1,5 lần tiêu đen. "
        "Châu Đức (Bà Rịa – Vũng Tàu) có 25 cơ sở làm tiêu sọ, mỗi nơi 500–3.000 kg/ngày, dùng máy sàng tách lá và tạp chất; tổ chức tham quan và kết nối cho hộ muốn làm tiêu sọ.",
    ),
    (
        "mGo057",
        "en",
        "doxe_white",
        "Comparing four ways to make white pepper",
        "Traditional soaking of dried black pepper for 8–10 days risks smelly water and microbial contamination; mechanical peelers on 380 V three-phase power are fast but break many berries; "
        "the chemical route (about 4 days soaking, boiling in 4% NaOH, bleaching in 2.5% H2O2) needs around 30 times as much water as pepper; a Bacillus culture speeds retting. Advice on which to adopt.",
    ),
    (
        "mGo058",
        "en",
        "upm_disc",
        "Stone disc mill for rubbing off pepper skin",
        "Universiti Putra Malaysia replaced trampling with a stone disc mill to rub soaked berries: the pericarp came off after only 4 days of soaking (instead of 12–14), "
        "and a 5 mm clearance worked best among 5, 6 and 7 mm.",
    ),
    (
        "mGo059",
        "vi",
        "kau_decort",
        "Máy bóc vỏ tiêu đen chạy điện để làm tiêu trắng",
        "Máy gồm mặt nghiền, phễu nạp, khay thu hình trụ, hệ thống phun nước, động cơ 0,5 HP và hộp giảm tốc 5:1. Mặt đá mài kết hợp polyurethane cho hạt đẹp nhất; "
        "ngâm 17 giờ, chạy 71 vòng/phút đạt hiệu suất bóc tổng 51%, năng suất 1,23 kg/giờ (Đại học Nông nghiệp Kerala).",
    ),
    (
        "mGo060",
        "en",
        "ukm_review",
        "Enzyme- and microbe-assisted white pepper production",
        "Universiti Kebangsaan Malaysia reviews conventional water retting, pit soil, chemical, boiling, steaming and mechanical methods against biotechnological ones using microorganisms or enzymes, "
        "which are quicker and more hygienic; consultancy on setting up trials.",
    ),
]

OFFERS += [
    # --- pepper: black pepper, drying, hygiene ---
    (
        "mGo061",
        "en",
        "vinanhatrang_pepper",
        "Black pepper post-harvest system: threshing, blanching and drying",
        "Mechanical threshers of 50–2,500 kg/h replace trampling the spikes, which is slow and dirty. Dipping mature berries in boiling water for about a minute gives uniform black colour, lowers the microbial load, "
        "removes dust and cuts drying to 3–4 days from 5–6; berries go from 65–70% moisture to a safe 10%, then cleaning, grading and packing.",
    ),
    (
        "mGo062",
        "vi",
        "bari_blanch",
        "Chế độ chần và sấy tiêu đen cho màu đều, ẩm an toàn",
        "Viện Nghiên cứu Nông nghiệp Bangladesh thử chần quả tiêu trong nước sôi 1–5 phút rồi phơi nắng hoặc sấy máy: tiêu chần có ẩm thành phẩm 5,33–11,52%, trong khi tiêu phơi không xử lý còn trên 12%; "
        "máy sấy rút thời gian nhiều nhất và đưa ẩm xuống dưới 10%; chần vừa phải 1–3 phút cho hạt đen bóng đều được người mua ưa.",
    ),
    (
        "mGo063",
        "en",
        "isc_microbial",
        "Mechanical drying for microbe-free export black pepper",
        "Study of two varieties dried traditionally, blanched then sun-dried, or machine-dried: sun-dried berries were still at 15% moisture after 3 days, blanched ones reached 8.5% and machine-dried 7.5%. "
        "Blanching killed fungi but they came back from the air during sun drying; mechanical drying is recommended to produce pepper free of bacteria and fungi.",
    ),
    (
        "mGo064",
        "vi",
        "kiengiang_pepper",
        "Sơ chế tiêu đen nhanh khô, hạt đen bóng",
        "Tổng hợp từ khảo sát canh tác tiêu ở Kiên Lương (Kiên Giang): ủ gié 5 giờ, phơi 3–4 ngày cho héo đen, chà lấy hạt rồi phơi tới ẩm 15%. "
        "Cách nhanh hơn: nhúng rổ hạt vào nước gần sôi 80–90°C khoảng 1 phút, để ráo rồi phơi, hạt mau khô và đen bóng; 100 kg tiêu tươi cho 30–35 kg tiêu khô.",
    ),
    (
        "mGo065",
        "vi",
        "dongnai_pepper",
        "Kỹ thuật chế biến tiêu đen và tiêu sọ cho nông hộ",
        "Hái khi chùm có vài trái chín, ủ đống 5 giờ, phơi 3–4 ngày, đập lấy hạt rồi phơi lại tới ẩm 11–12%, sàng phân loại trước khi đóng bao; 100 kg tiêu tươi còn khoảng 30–35 kg tiêu đen. "
        "Tiêu sọ theo cách dân gian: ngâm tiêu đen 10–15 ngày, đạp tróc vỏ, rửa, phơi khoảng 12 giờ; 100 kg tiêu đen cho 70 kg tiêu sọ.",
    ),
    (
        "mGo066",
        "vi",
        "pepper_solar",
        "Máy sấy tiêu năng lượng mặt trời kết hợp điện trở",
        "Mô hình máy sấy 5 kg/mẻ dùng năng lượng mặt trời có gia nhiệt điện trở phụ: sấy tiêu từ ẩm 64% xuống 13% trong 7–9 giờ ở 60°C, gió 1–1,5 m/s, lớp hạt 13–40 mm. "
        "Hạt đen, nhăn, mùi nồng đặc trưng và không nhiễm E. coli.",
    ),
    (
        "mGo067",
        "en",
        "analecta_mw",
        "Microwave decontamination of black pepper",
        "Laboratory protocol: microwaving black pepper at 600 W for 3 minutes cut total mesophilic aerobic bacteria and bacterial spores more than sterilisation at 130°C for 30–90 minutes; "
        "validation counts for your own lots.",
    ),
    (
        "mGo068",
        "vi",
        "uwu_steam",
        "Tiệt trùng tiêu đen bằng hơi nước",
        "Nghiên cứu của Đại học Uva Wellassa (Sri Lanka): mẫu tiêu chợ có tải lượng vi sinh 7,9 × 10^7 CFU/g; xử lý hơi nước 100°C hoặc 121°C trong 10 phút đưa về mức chấp nhận 10^4 CFU/g, "
        "hàm lượng tinh dầu và oleoresin không đổi đáng kể; lưu ý hạt hút ẩm dần và sẫm màu nhất ở 121°C trong 8 phút.",
    ),
    (
        "mGo069",
        "en",
        "ethical_srilanka",
        "Consultancy: hygienic dry black pepper for retail packs and export",
        "Support for small spice exporters facing moisture complaints, infestation, adulteration and buyers' demands for sterilisation certificates: where contamination enters from harvest to drying, "
        "why E. coli or Salmonella cannot be fixed in the final product, and how to move into consumer packs, where mark-ups run in the high 30s to 40s percent.",
    ),
    (
        "mGo070",
        "en",
        "wasi_redpepper",
        "Heat-pump drying regime for red (ripe) pepper",
        "The Western Highlands Agro-Forestry Scientific Institute (WASI) worked out since 2017 a heat-pump regime for ripe red peppercorns: 35°C, 40% relative humidity, 3 m/s air, 36 hours. "
        "A 1-minute dip in 90°C water before drying improves quality; colour of ripe berries is kept and flavour beats sun-dried controls.",
    ),
    (
        "mGo071",
        "vi",
        "hoachat_pepper",
        "Hướng dẫn thu hoạch và phơi sấy hồ tiêu",
        "Thời điểm hái: làm tiêu đen khi chùm có trên 5% quả chín và quả còn lại đã già chắc; làm tiêu sọ khi chùm gần chín hết (khoảng 20% còn xanh đậm). "
        "Tách hạt sau 1–2 nắng, phơi trên sân xi măng, bạt hoặc nong tre 3–4 nắng, ẩm bảo quản dưới 15%, có thể dùng máy sấy.",
    ),
    # --- chilli: drying and powder ---
    (
        "mGo072",
        "vi",
        "cuongthinh_ot",
        "Máy sấy ớt và quy trình chần giữ màu",
        "Công ty cơ khí cung cấp máy sấy ớt; dây chuyền gồm chọn, rửa, chần, sấy, đóng gói. Chần ở khoảng 80°C (chần hơi, hoặc nước sôi 4–6 phút) để bất hoạt peroxidase và polyphenoloxidase gây biến màu, "
        "làm mềm lớp vỏ cho nước thoát nhanh; chần xong đưa vào sấy ngay. Ớt khô là bán thành phẩm cho ớt bột.",
    ),
    (
        "mGo073",
        "vi",
        "123_ot_process",
        "Quy trình sấy ớt đã khảo nghiệm trên máy sấy",
        "Ớt được chọn, rửa, cắt cuống, ngâm nước muối 4 g/lít trong 30 phút, chần nước 75–80°C trong 4–6 phút, xếp khay và sấy liên tục ở 45–55°C; "
        "dừng khi tỷ lệ tươi/khô khoảng 6–6,9, tương đương ẩm 8–10%.",
    ),
    (
        "mGo074",
        "en",
        "pmc_chillipowder",
        "Pretreatment for colour-stable chilli powder",
        "Blanching in an acetic acid solution and soaking in sodium metabisulphite plus calcium chloride before cabinet drying at 60°C shortened drying from 86% to 8% moisture, "
        "kept about 86% of chlorophyll and green colour in green chilli, more than 60% of β-carotene, and pungency; powders suited to commercial production.",
    ),
    (
        "mGo075",
        "en",
        "ifrj_dried",
        "Comparing drying methods for dried chilli quality",
        "Prince of Songkla University compared sun drying (37°C), hot air (60°C) and freeze drying of Chee fah chilli: freeze-dried chilli kept the brightest red and the most vitamin C, "
        "while moisture (11%) and capsaicin did not differ; volatiles by GC-MS and a trained panel describe each method's flavour.",
    ),
    (
        "mGo076",
        "vi",
        "informa_aflatoxin",
        "Kiểm nghiệm độ ẩm và aflatoxin trong ớt khô",
        "Khảo sát 116 mẫu ớt đỏ khô cho thấy ẩm 9,1–19,8%; nhóm dưới 10% ẩm có aflatoxin trung bình 2,1 µg/kg, nhóm trên 14% lên tới 37 µg/kg, quan hệ gần như tỉ lệ thuận. "
        "Nhận đo ẩm, aflatoxin và khuyến nghị phơi sấy xuống ≤10% ẩm.",
    ),
    (
        "mGo077",
        "en",
        "doaj_habanero",
        "Drying conditions that keep capsaicin in chilli",
        "Drying kinetics at 40–70°C and 2–4 m/s for red habanero: capsaicin was best kept in pericarp dried at 70°C and 4 m/s, total phenols fully kept at 50–70°C and 2 m/s; "
        "response-surface optimisation is offered for other chilli types and parts (pericarp, placenta, seeds).",
    ),
    # --- chilli: sauce ---
    (
        "mGo078",
        "vi",
        "memart_tuongot",
        "Quy trình sản xuất tương ớt",
        "Hướng dẫn các công đoạn: chọn ớt chín đỏ, dáng dài, không dập; thêm cà chua cho độ sánh và màu, tỏi cho mùi; muối, đường, giấm; "
        "sơ chế, xay, phối trộn gia vị, đóng gói và bảo quản đúng yêu cầu vệ sinh an toàn thực phẩm.",
    ),
    (
        "mGo079",
        "vi",
        "ccb_tuongot",
        "Hướng dẫn quy trình tương ớt đạt chuẩn màu, độ sánh và hạn dùng",
        "Doanh nghiệp thực phẩm CCB chia sẻ quy trình làm tương ớt từ ớt tươi, tỏi, giấm, đường, muối: chọn nguyên liệu, chế biến và đóng chai sao cho đạt màu bắt mắt, độ sánh mịn, giữ hương vị và kéo dài thời gian bảo quản.",
    ),
    (
        "mGo080",
        "en",
        "joeys_bottling",
        "Fermented chilli sauce: pH check and pasteurisation before bottling",
        "A small sauce maker's routine: after lacto-fermentation check the pH (one batch read 3.33), blend, then pasteurise at 180°F for 15 minutes and fill into sterilised bottles — "
        "adopted after early batches of bottles exploded.",
    ),
    (
        "mGo081",
        "en",
        "globalgarden_explode",
        "Stopping bottle explosions in chilli sauce",
        "Sauce producer's advice: wild yeast in bottles causes gas, so sterilise bottles and caps (bleach at one tablespoon per gallon for one minute, or boil 20 minutes); "
        "keep pH below 4.3 and preferably below 4.0; hot-pack by heating to boiling and filling while the sauce stays above 180°F.",
    ),
    (
        "mGo082",
        "en",
        "reddit_hotpack",
        "Scaling up hot sauce: acidified-food rules and process review",
        "Experienced makers explain that hot sauce is usually treated as an acidified food: beyond small cottage sales, recipe, process and samples go to a process authority that tests acidity "
        "and estimates shelf stability; commercial plastic-bottle packers aim around pH 3.5 with sanitised bottles.",
    ),
    (
        "mGo083",
        "en",
        "hotpepper_coldfill",
        "PET versus glass: cold-fill or hot-fill chilli sauce",
        "Farm sauce makers weigh cold-filling bleach-sanitised PET woozy bottles (PET tolerates only about 145°F) against hot-filling glass; their sauce, 35% vinegar, read pH 3.22 on a calibrated meter. "
        "Points to check before switching to cheaper PET.",
    ),
    (
        "mGo084",
        "en",
        "cankey_chilli",
        "Filling and sealing machines for chilli sauce lines",
        "Packing-machine maker describes the chilli sauce line — washing and sorting chillies, grinding to paste, mixing with vinegar, salt and sugar, heating to kill bacteria, "
        "filling sterilised containers and sealing — and supplies the filling and sealing equipment.",
    ),
    (
        "mGo085",
        "en",
        "rirdc_chilli",
        "Feasibility of growing chilli for spice (Australia)",
        "RIRDC-funded University of Adelaide report on producing chilli spice locally to replace imports, estimated to add AUD 30 million to the economy; agronomy, varieties and impediments for growers.",
    ),
    # --- lemongrass ---
    (
        "mGo086",
        "vi",
        "memart_sa_distill",
        "Quy trình chưng cất tinh dầu sả bằng hơi nước",
        "Chọn lá sả không quá non, không quá già, phơi héo tới ẩm khoảng 50% để tiết kiệm chất đốt và thời gian; hơi nước kéo tinh dầu qua ống dẫn, "
        "ngưng tụ với nhiệt độ làm lạnh 35–40°C, tách dầu khỏi nước ở bình phân ly, lọc qua Na2SO4 khan rồi đóng chai.",
    ),
    (
        "mGo087",
        "vi",
        "baomoi_daklak_sa",
        "Mô hình lò nấu tinh dầu sả quy mô cơ sở",
        "Kinh nghiệm các cơ sở ở Buôn Đôn (Đắk Lắk): 1 tấn lá sả nấu được 1,8–2 lít tinh dầu, bán 0,8–1 triệu đồng/lít; mỗi cơ sở mua 5–7 tấn lá/ngày giá 500 đồng/kg. "
        "Lá được nhặt sạch cỏ rác, phơi héo rồi nạp nồi khoảng 200 kg/m³; lãi 10–12 triệu đồng/ngày sau chi phí.",
    ),
    (
        "mGo088",
        "vi",
        "kag_sa",
        "Thiết bị chưng cất tinh dầu sả chanh và tận dụng bã sả",
        "KAG Việt Nam cung cấp thiết bị và quy trình khép kín: thân, lá sả chưng cất lấy tinh dầu; bã phơi còn khoảng 20% ẩm, một phần nghiền làm đệm lót sinh học cho trại chăn nuôi, "
        "phần còn lại làm phân hữu cơ hoặc giá thể trồng nấm rơm như các hộ ở Tiền Giang.",
    ),
    (
        "mGo089",
        "vi",
        "tuanminh_still",
        "Nồi chưng cất tinh dầu thảo mộc đặt theo yêu cầu",
        "Xưởng Tuấn Minh chế tạo nồi chưng cất tinh dầu cho cây thân thảo quý như chùa dù (kinh giới rừng), thiết kế để thu hồi triệt để tinh dầu trong nguyên liệu; nhận đóng nồi cho nguyên liệu khác.",
    ),
    (
        "mGo090",
        "en",
        "qbu_sa_opt",
        "Optimised steam distillation of lemongrass oil",
        "Quang Binh University optimised a near-industrial steam still taking 25–30 kg of stalks and leaves per batch: 5.66 L of water per kg, material cut to 10 mm, 180 minutes, "
        "giving 2.98 mL of oil per kg. The response-surface design can be repeated on your own material.",
    ),
    (
        "mGo091",
        "en",
        "globaleo_sa",
        "Lemongrass oil: buyer specifications and extraction know-how",
        "An Indonesian producer explains: steam distillation of fresh or slightly wilted leaves for 1.5–3 hours, yield 0.2–0.4% of fresh weight (250–500 kg of grass per kg of oil), "
        "and citral content (70–80% for C. citratus, 75–85% for C. flexuosus) as the main quality and price indicator; the firm trades oil.",
    ),
    (
        "mGo092",
        "en",
        "perflavory_sa",
        "Keeping lemongrass oil stable after distillation",
        "Aroma-materials reference: lemongrass oil can hold 2.5–3% dissolved water, and water together with air and daylight breaks down citral quickly; "
        "chill the oil while stirring so water separates as a bottom layer, and keep it dry.",
    ),
    (
        "mGo093",
        "vi",
        "unimap_sa",
        "Phân tích citral trong tinh dầu sả bằng sắc ký khí",
        "Đại học Malaysia Perlis so sánh chưng cất hơi nước với ngâm chiết trên lá sả tươi, hong khô và sấy 60°C: tinh dầu chưng cất từ lá tươi đạt citral 93,68%, "
        "ngâm chiết cao nhất chỉ 37,03% trong khi tinh dầu thương mại cần ít nhất 70%. Nhận phân tích GC thành phần tinh dầu.",
    ),
    (
        "mGo094",
        "en",
        "pertanika_sa",
        "Water-soluble lemongrass oil (hydrosol) from leaves",
        "A fabricated steam-distillation rig optimised by response-surface methodology: plant-to-water ratio 6.69, 26.68 minutes, using leaves air-dried in shade for two days; "
        "predicted yield 0.67% with 71.79% citral. Suits leaves that are usually left unused.",
    ),
    (
        "mGo095",
        "en",
        "eomachine_sa",
        "Steam distillation units for lemongrass oil",
        "Machine supplier's lemongrass line: the still is filled with grass, steam is injected through spargers at the bottom, vapour carrying oil goes to the condenser and separator; sizes for growers and processors.",
    ),
    (
        "mGo096",
        "vi",
        "sangkien_sa",
        "Chưng cất tinh dầu từ lá sả vốn bị bỏ đi",
        "Kinh nghiệm của nông dân Mai Văn Thái: lá sả thường bị bỏ làm rác, nhưng nấu được tinh dầu chất lượng tốt với giá nguyên liệu rẻ hơn nhiều so với chỉ dùng thân; chia sẻ cách làm.",
    ),
]

OFFERS += [
    # --- ginger ---
    (
        "mGo097",
        "vi",
        "cuongnv_tragung",
        "Quy trình chế biến trà gừng và bột gừng hòa tan",
        "Bốn quy trình trà gừng: rửa, (cạo vỏ, ngâm rửa lại), thái lát 1–2 mm, (chần nước sôi 1–2 phút), làm khô, nghiền, rây, phối trộn đường, nghiền, định lượng và đóng gói. "
        "Quy trình bột gừng hòa tan: trích ly bột gừng hoặc gừng tươi xay bằng nước hay cồn 48°, phối thêm 3–10% tinh bột hòa tan rồi sấy phun.",
    ),
    (
        "mGo098",
        "vi",
        "infonet_tragung",
        "Trà gừng dạng siro pha liền với mật ong, chanh",
        "Mô hình khởi nghiệp dùng gừng sẻ già, rửa, cạo vỏ, nấu thành trà gừng lỏng đã phối sẵn đường, mật ong và chanh; mỗi năm bán hàng chục nghìn sản phẩm, tương đương 5–6 tấn gừng. "
        "Chia sẻ kinh nghiệm thử công thức sau những mẻ bị hỏng qua một đêm.",
    ),
    (
        "mGo099",
        "vi",
        "hue_mutgung",
        "Mứt gừng sấy dẻo theo phiên bản mới",
        "Cơ sở đặc sản Huế làm mứt gừng sấy dẻo giữ vị cay nồng, thơm dịu của mứt gừng truyền thống, đóng gói hiện đại để bán quanh năm chứ không chỉ dịp Tết.",
    ),
    (
        "mGo100",
        "en",
        "technopreneur_candy",
        "Ginger candy and preserve unit (15–20 kg/day)",
        "Technology profile: tender, low-fibre, mildly pungent ginger is cleaned, peeled, diced, cured in sugar syrup of rising strength, drained, coated with powdered sugar and dried, then packed in pouches or tins. "
        "A 15–20 kg/day unit needs 25 m², about Rs 75,000 of equipment, 4 workers, 4 kW, 2,000 L of water and 100 kg of firewood a day.",
    ),
    (
        "mGo101",
        "en",
        "uchumi_powder",
        "Ginger powder production steps for a small business",
        "Start from mature, firm ginger; wash, peel, slice about 3 mm thick; dry in the sun 2–5 days, in an oven at about 65°C for 4–6 hours or in a dehydrator; "
        "grind, sieve out coarse pieces and store airtight.",
    ),
    (
        "mGo102",
        "en",
        "bentong_ginger",
        "Ginger–turmeric–black pepper drink concentrate and dehydrated ginger powder",
        "A Malaysian ginger farm processes its harvest quickly into a preservative-free concentrate of ginger, turmeric and black pepper, diluted hot or cold and kept refrigerated, "
        "and into ginger powder from dehydrated slices: 1 kg of fresh ginger gives about 90–100 g dried.",
    ),
    (
        "mGo103",
        "en",
        "agriinfo_ginger",
        "Ginger processing technical brief",
        "Ginger is sold fresh, preserved in brine or syrup (only from tender rhizomes harvested around 5 months) or as dried spice (mature rhizomes at 8–9 months, strongest aroma; later harvests are too fibrous). "
        "Dried ginger can be ground or used for oil and oleoresin extraction; the brief explains drying and quality choices.",
    ),
    (
        "mGo104",
        "en",
        "scilit_gingerol",
        "Modified-atmosphere heat pump drying of ginger",
        "Heat pump drying of 3 mm ginger slices with normal air, nitrogen or carbon dioxide: inert gases raised moisture diffusivity, and retention of 6-gingerol (by HPLC) rose from normal air, "
        "to freeze drying, nitrogen, carbon dioxide and vacuum drying.",
    ),
    (
        "mGo105",
        "en",
        "jayashree_ginger",
        "Choosing a drying method for dry ginger",
        "Spice research study: whole rhizomes need 9 days in the sun and 8 in a solar tunnel dryer; slicing shortens drying but lowers essential oil and oleoresin; "
        "cabinet tray drying at 50–65°C took ginger from 81.3% to under 10% moisture, with about 12% essential oil loss at the best temperature.",
    ),
    # --- turmeric ---
    (
        "mGo106",
        "vi",
        "vnexpress_bacme",
        "Quy trình làm tinh bột nghệ lắng lọc nhiều lần",
        "Mô hình hợp tác xã ở Bắc Mê (Hà Giang) chế biến 1,5–2 tấn củ/ngày: rửa trong lồng quay 15–20 phút, xay liên hoàn và vắt lấy nước, để lắng 3–4 giờ, gạn nước, hòa và lọc lại tới 15 lần trong 2 ngày "
        "cho đến khi mặt không còn lớp dầu đỏ; khoảng 30 kg củ cho 1 kg tinh bột; bã bán để ủ phân.",
    ),
    (
        "mGo107",
        "vi",
        "memart_nghe",
        "Công nghệ ly tâm, sấy lạnh, sấy phun cho tinh bột nghệ",
        "Phân biệt bột nghệ (còn tinh dầu, nhựa, chất xơ, vàng đậm) với tinh bột nghệ (đã tách tinh dầu và tạp chất, giữ curcumin, mịn, vàng tươi). "
        "Giới thiệu quy trình xay, ép, lắng, sấy và các công nghệ ly tâm, sấy lạnh, sấy phun, dây chuyền tự động cho quy mô công nghiệp.",
    ),
    (
        "mGo108",
        "vi",
        "nongnghiep_tamdao",
        "Mô hình đầu tư xưởng tinh bột nghệ đạt OCOP 3 sao",
        "Công ty nghệ ở Tam Đảo (Vĩnh Phúc) đầu tư 200 triệu đồng máy móc, học cách chế biến từ các cơ sở ở Hưng Yên; sau 4 năm tinh bột nghệ vàng, nghệ đen và viên nghệ mật ong được công nhận OCOP 3 sao. "
        "Chia sẻ kinh nghiệm đầu tư thiết bị và làm hồ sơ OCOP.",
    ),
    (
        "mGo109",
        "vi",
        "thangbinh_nghe",
        "Kinh nghiệm chọn máy xay nghệ điện ba pha",
        "Cơ sở tinh bột nghệ ở Thăng Bình (Quảng Nam) khởi nghiệp với 50 triệu đồng; máy xay điện một pha yếu làm thành phẩm kém nên đã đầu tư hơn 100 triệu đồng mua máy ba pha. "
        "Dùng nghệ sẻ địa phương: củ nhỏ nhưng nhiều tinh bột.",
    ),
    (
        "mGo110",
        "vi",
        "hoangminhchau",
        "Liên kết bao tiêu nghệ và chế biến bột nghệ OCOP 4 sao",
        "Doanh nghiệp ở Khoái Châu (Hưng Yên) liên kết bao tiêu hơn 3.000 tấn nghệ tươi mỗi năm trên 400 ha; chế biến bột nghệ gia vị nâng giá trị gấp 3–5 lần bán củ tươi, sản phẩm đạt OCOP 4 sao.",
    ),
    (
        "mGo111",
        "vi",
        "celkau_curing",
        "Máng luộc nghệ đục lỗ và nồi hấp hơi cải tiến",
        "Máng tôn đục lỗ cỡ 0,9 x 0,5 x 0,4 m chứa khoảng 50 kg củ, nhúng trong chảo 100 lít nước, luộc 45–60 phút tới khi mềm rồi nhấc ra để dùng lại nước cho mẻ sau; "
        "nồi hấp hơi 100 kg (mẫu của ĐH Nông nghiệp Tamil Nadu) hấp 60 phút, rút thời gian phơi còn 10 ngày. Phơi lớp dày 5–7 cm, đậy ban đêm.",
    ),
    (
        "mGo112",
        "en",
        "howtopedia_turmeric",
        "Turmeric processing technical brief: boil, dry, polish",
        "Fingers and mother rhizomes are separated and sweated a day, boiled 40–45 minutes (up to six hours for some varieties) in water 5–7 cm above the rhizomes with 0.05–0.1% sodium bicarbonate, "
        "dried to 8–10% moisture (a finger snaps with a metallic sound) and polished by hand or in a drum — a hygienic replacement for the old cow-dung method.",
    ),
    (
        "mGo113",
        "en",
        "pharmajournal_turmeric",
        "Curing and drying methods that keep curcumin",
        "Review for processors: turmeric is cured 2–3 days after harvest; steam cooking for about 30 minutes, then convective drying at 50–60°C or solar conduction drying at 39–51°C "
        "gave the best retention of curcumin and oleoresin among the methods compared.",
    ),
    (
        "mGo114",
        "en",
        "agriinfo_turmeric",
        "Safe curing and polishing of turmeric",
        "Covering boiling pans with cow dung can leave fingers artificially coloured with toxic lead chromate; CFTRI proposes boiling in mild alkaline water instead. "
        "Boil about 1.5 hours until a matchstick passes through, dry 8–15 days with stirring, separate mothers and fingers, then polish in a rubbing drum to smooth the rough surface.",
    ),
    (
        "mGo115",
        "en",
        "foodmachine_turmeric",
        "Turmeric processing plant equipment",
        "Manufacturer of machines for turmeric powder plants: cleaning, boiling or steaming, drying, polishing, grinding and packaging.",
    ),
    (
        "mGo116",
        "en",
        "dongnai_nacumin",
        "Nano-curcumin (Nacumin) industrial technology",
        "The Institute of Chemistry of the Vietnam Academy of Science and Technology and Newcastle University developed super-soluble nano-size curcumin at industrial scale in a four-phase programme "
        "(seed optimisation, extraction and refining, medicine formulation, commercialisation) involving 60 scientists.",
    ),
    (
        "mGo117",
        "en",
        "pmc_curcumin_extract",
        "Curcumin extraction and nanoemulsion delivery",
        "Review-based service on extracting curcumin from turmeric by conventional and advanced methods, identifying it in extracts, and encapsulating it in micro- and nanoemulsions to raise bioavailability for supplement makers.",
    ),
    (
        "mGo118",
        "en",
        "scribd_oleoresin",
        "Spice oleoresin extraction plant",
        "Project profile for solvent extraction of oleoresins of chilli, pepper, ginger and turmeric: the solvent is evaporated off, spice oils come as co-products and spent meal as a by-product; "
        "supplies the flavour industry with concentrated, heat-stable spice extracts.",
    ),
    # --- herbal tea: blending, bagging, drying ---
    (
        "mGo119",
        "vi",
        "pms_tuiloc",
        "Quy trình và thiết bị sản xuất trà túi lọc",
        "PMS Việt Nam giới thiệu quy trình trà túi lọc: trà hoặc thảo mộc sấy khô, nghiền nhỏ hoặc giữ nguyên lá, định lượng vào túi giấy lọc hoặc sợi tổng hợp có dây kéo và nhãn; tư vấn máy đóng gói phù hợp.",
    ),
    (
        "mGo120",
        "vi",
        "thienphu_thaomoc",
        "Quy trình trà thảo mộc túi lọc đạt chuẩn",
        "Công ty máy thực phẩm Thiên Phú tư vấn quy trình trà thảo mộc túi lọc (không caffeine) từ hoa, quả, rễ, hạt, lá: sơ chế, sấy, nghiền, phối trộn, đóng túi; cung cấp máy sấy, máy nghiền và máy đóng gói.",
    ),
    (
        "mGo121",
        "vi",
        "hencin_types",
        "Chọn kiểu túi trà: giấy lọc, kim tự tháp, phân hủy sinh học",
        "Nhà sản xuất máy đóng gói Hencin tư vấn bao bì túi trà: túi giấy lọc có dây và nhãn (phổ biến nhất), túi kim tự tháp cho lá trà nở, túi phân hủy sinh học; kèm máy đóng gói tương ứng.",
    ),
    (
        "mGo122",
        "vi",
        "trangly_gmp",
        "Gia công trà túi lọc đạt chuẩn GMP",
        "Trang Ly Pharma nhận gia công trà túi lọc theo quy trình GMP, có thể phối trà với thảo mộc; chọn nguyên liệu, chế biến vệ sinh, đóng túi và đóng hộp theo thương hiệu khách.",
    ),
    (
        "mGo123",
        "en",
        "nonglam_teabag",
        "Tea bag production know-how from Nong Lam Food",
        "Eight steps: harvest (jasmine, for instance, is picked at night and early morning), wilt, cut and crush, screen to about 1.4 mm, ferment where the tea needs it, dry to target moisture, "
        "add flavour or scent, and pack into filter bags.",
    ),
    (
        "mGo124",
        "vi",
        "ketnoi_scented_tea",
        "Quy trình chè ướp hương thảo mộc và hoa tươi",
        "Tài liệu môn công nghệ chế biến chè: chè ướp hương thảo mộc (chọn và phân loại chè, sao tẩm hương, ủ hương, loại hương, hoàn thiện) và chè ướp hoa tươi (chuẩn bị hoa, chuẩn bị chè, ướp, tách hoa).",
    ),
    (
        "mGo125",
        "en",
        "startupyogis",
        "Setting up a tea-bag making business",
        "Guide: single-chamber bags for one tea and multi-chamber bags for mixing teas or herbs, custom-printed private-label packing for clients, wholesale and retail channels, "
        "sourcing relationships, and GMP sanitation, process control, testing and licences.",
    ),
    (
        "mGo126",
        "en",
        "seerwan_blend",
        "Bag formats for larger herbal blends",
        "Standard machine-made bags closed with a staple only take fine tea dust; pyramid bags let loose tea expand but are bulky to pack; organic herbal blends with bigger pieces need larger bags or other formats.",
    ),
    (
        "mGo127",
        "vi",
        "mactech_cuc",
        "Máy sấy nhiệt và sấy lạnh cho trà hoa",
        "Mactech tư vấn: trà hoa thường sấy lạnh ở nhiệt độ vừa phải để giữ màu và mùi; riêng hoa cúc chi có thể sấy nhiệt, màu chỉ đậm hơn một chút mà chi phí thấp hơn sấy lạnh; cung cấp máy sấy hoa cúc.",
    ),
    (
        "mGo128",
        "vi",
        "tusayyen_duoclieu",
        "Máy sấy dược liệu loại nhỏ bằng inox 304",
        "Phân tích công nghệ sấy dược liệu trong khí hậu ẩm thường trên 80%: phơi nắng dễ mốc, nhiễm aflatoxin, mất tinh dầu và màu, lẫn bụi, côn trùng. "
        "Cung cấp máy sấy nhỏ bằng inox 304 đáp ứng GMP và hướng dẫn chọn công nghệ theo loại thảo dược.",
    ),
    # --- food safety certification, declaration, traceability ---
    (
        "mGo129",
        "en",
        "cdg_haccp",
        "HACCP certification guidance",
        "Certification consultant explains HACCP — identifying biological, chemical and physical hazards and setting critical control points, first developed by Pillsbury with NASA in the 1960s — "
        "and how to implement it with ISO 9000 from harvest to consumption.",
    ),
    (
        "mGo130",
        "en",
        "rajstartup_iso",
        "ISO 22000 certification for small food businesses",
        "Consultancy helping small food enterprises with limited resources put in place an ISO 22000 food safety management system: preventive controls, legal compliance and access to buyers and export markets.",
    ),
    (
        "mGo131",
        "en",
        "accolade_iso",
        "ISO 22000 / HACCP certification audits",
        "UK certification body assessing food safety management systems against ISO 22000, which integrates Codex HACCP, for food processors, manufacturers, primary producers and caterers.",
    ),
    (
        "mGo132",
        "vi",
        "qcert_gitlab",
        "Chứng nhận VietGAP, HACCP, ISO 22000 và đăng ký mã số xuất khẩu",
        "Công ty Cổ phần Chứng nhận Toàn Cầu Q-CERT đánh giá, chứng nhận VietGAP trồng trọt, HACCP, ISO 22000:2018 cho doanh nghiệp thực phẩm và hướng dẫn đăng ký mã số xuất khẩu sang Trung Quốc và thị trường khác.",
    ),
    (
        "mGo133",
        "vi",
        "vienr_food",
        "Tài liệu và giải pháp xây dựng hệ thống an toàn thực phẩm",
        "Vienr Food chia sẻ bằng tiếng Việt cách lập hồ sơ chương trình tiên quyết, đánh giá rủi ro, phân tích mối nguy, xây văn hóa an toàn thực phẩm và cập nhật yêu cầu các tiêu chuẩn toàn cầu cho doanh nghiệp sản xuất thực phẩm.",
    ),
    (
        "mGo134",
        "vi",
        "congbo_15",
        "Tư vấn tự công bố sản phẩm thực phẩm theo Nghị định 15/2018",
        "Hướng dẫn thủ tục tự công bố cho thực phẩm đã qua chế biến, bao gói sẵn theo Nghị định 15/2018/NĐ-CP và Luật An toàn thực phẩm số 55/2010/QH12 (ví dụ trà đen lên men) trước khi đưa ra thị trường.",
    ),
    (
        "mGo135",
        "vi",
        "luatgiadang_congbo",
        "Dịch vụ làm hồ sơ tự công bố sản phẩm",
        "Công ty luật nhận làm thủ tục tự công bố cho thực phẩm chế biến bao gói sẵn, phụ gia và chất hỗ trợ chế biến trước khi lưu thông.",
    ),
    (
        "mGo136",
        "vi",
        "kontum_txng",
        "Tập huấn truy xuất nguồn gốc nông sản, thực phẩm",
        "Khóa đào tạo (Kon Tum, tháng 12/2021) theo Quyết định 100/QĐ-TTg: tổng quan truy xuất nguồn gốc, mã số mã vạch GS1, mã QR, thực trạng trong nông nghiệp và thực phẩm, xử phạt vi phạm và ứng dụng công nghệ cao.",
    ),
    (
        "mGo137",
        "vi",
        "vtc_qr",
        "Tem QR code truy xuất nguồn gốc cho cơ sở thực phẩm",
        "Giải pháp tem QR giúp cơ sở sản xuất quản lý dòng hàng, bảo vệ thương hiệu và công khai thông tin sản phẩm, quy trình sản xuất cho người mua quét bằng điện thoại.",
    ),
    (
        "mGo138",
        "vi",
        "kinhte_mrl_tea",
        "Phân tích chính sách giới hạn dư lượng thuốc BVTV trong chè xuất khẩu",
        "Bài nghiên cứu so sánh giới hạn dư lượng thuốc bảo vệ thực vật trong chè của Việt Nam và EU, điểm lại Pháp lệnh vệ sinh an toàn thực phẩm 2003, Nghị định 163/2004 và Luật An toàn thực phẩm 2010, đưa ra hàm ý chính sách.",
    ),
]

OFFERS += [
    # --- neighbouring fields (distractors) ---
    (
        "mGo139",
        "vi",
        "docimexco_rice",
        "Quy trình lau bóng gạo xuất khẩu",
        "Báo cáo khảo sát quy trình lau bóng gạo tại nhà máy Docimexco – Docifood (luận văn Công nghệ Thực phẩm, Trường ĐH Cần Thơ, 2012); tư vấn vận hành máy lau bóng cho nhà máy xay xát.",
    ),
    (
        "mGo140",
        "vi",
        "parboiled_rice",
        "Công nghệ sản xuất gạo đồ",
        "Tài liệu về gạo đồ: khái niệm, lịch sử, mục đích đồ gạo nhằm cải thiện tính năng công nghệ và giá trị dinh dưỡng, nguyên liệu thóc và các công đoạn ngâm, hấp, sấy, xay.",
    ),
    (
        "mGo141",
        "vi",
        "cassava_starch",
        "Công nghệ sản xuất tinh bột khoai mì",
        "Tài liệu về nguyên liệu và dây chuyền tinh bột sắn: phân loại khoai mì ngọt (HCN dưới 50 mg/kg) và khoai mì đắng (nhiều tinh bột, trên 20%), mài, tách bã, lắng, ly tâm và sấy tinh bột.",
    ),
    (
        "mGo142",
        "vi",
        "beer_haccp",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Đồ án quản lý chất lượng: tình hình sản xuất bia ở Việt Nam, 12 bước áp dụng HACCP, các chương trình tiên quyết GMP và SSOP, kế hoạch HACCP cho dây chuyền bia chai.",
    ),
    (
        "mGo143",
        "vi",
        "ntt_jackfruit",
        "Tận dụng phụ phẩm quả mít làm sản phẩm giá trị gia tăng",
        "Trường ĐH Nguyễn Tất Thành phối hợp Trung tâm Khuyến nông Tiền Giang thực hiện đề tài (mã ĐTNN 04/2020) tận dụng phụ phẩm quả mít; sẵn sàng chuyển giao sản phẩm có nguồn gốc tự nhiên cho địa phương.",
    ),
    (
        "mGo144",
        "vi",
        "tvu_nipa",
        "Mật dừa nước từ dự án khởi nghiệp sinh viên Trường ĐH Trà Vinh",
        "Dự án khởi nghiệp của sinh viên ngành Công nghệ hóa, Trường Đại học Trà Vinh, khai thác mật từ cây dừa nước; đạt giải nhất cuộc thi khởi nghiệp của trường năm 2021 và vào vòng Hult Prize Đông Nam Á.",
    ),
    (
        "mGo145",
        "vi",
        "ubdt_cinnamon",
        "Cung ứng vỏ quế hữu cơ Nậm Đét",
        "Vùng quế Nậm Đét (Bắc Hà, Lào Cai) bán vỏ quế tươi 27.000–32.000 đồng/kg, quế hữu cơ 31.000–32.000 đồng/kg, cùng lá quế và thân cây nhỏ; hàm lượng tinh dầu cao.",
    ),
    (
        "mGo146",
        "vi",
        "vnuf_puer",
        "Công nghệ chế biến chè Phổ Nhĩ từ giống chè Shan",
        "Nghiên cứu công nghệ chế biến chè Phổ Nhĩ (lên men) từ nguyên liệu chè Shan vùng miền núi phía Bắc; chuyển giao cho cơ sở chè vùng cao.",
    ),
    (
        "mGo147",
        "vi",
        "oolong_report",
        "Giống và điều kiện trồng trà Ô long",
        "Báo cáo thực tập so sánh giống Ô long Kim Tuyên, Thúy Ngọc, Tứ Quý (năng suất 4,5–6 tấn/ha sau 2 năm ở Lâm Đồng), quy trình trà Ô long ở công ty Phước Lạc và Long Đỉnh, và quy trình rượu vang Vĩnh Tiến.",
    ),
    (
        "mGo148",
        "vi",
        "huongnhu_oil",
        "Phân tích thành phần hóa học tinh dầu hương nhu tía",
        "Khóa luận Trường ĐH Sư phạm Huế nghiên cứu thành phần hóa học tinh dầu cây hương nhu tía (Ocimum tenuiflorum) ở Thừa Thiên Huế; nhận phân tích tinh dầu các loài húng, hương nhu.",
    ),
    (
        "mGo149",
        "vi",
        "vusta_coffee_dryer",
        "Máy sấy đảo trộn tự động cho cà phê quả tươi",
        "Máy sấy đảo trộn thay cho sấy vỉ ngang (lớp quả dày 30–40 cm, khô không đều, hạt vỡ), giúp làm khô cà phê quả trong 24 giờ ở 50°C trở xuống theo yêu cầu chất lượng của vùng Tây Nguyên.",
    ),
    (
        "mGo150",
        "vi",
        "tinmt_coffee_solar",
        "Máy sấy cà phê dùng điện mặt trời của nhóm sinh viên",
        "Nhóm sinh viên thiết kế máy sấy cà phê sau thu hoạch chạy bằng điện mặt trời, dùng được cả khi nắng yếu, thay cho sân phơi đất dễ lẫn cát, ẩm và nấm mốc hoặc lò điện tốn điện.",
    ),
    (
        "mGo151",
        "vi",
        "coffee_plant_design",
        "Thiết kế nhà máy cà phê nhân: tính cân bằng nhiệt cho máy sấy",
        "Đồ án thiết kế nhà máy cà phê nhân ở Đắk Lắk: sấy tháp bằng không khí nóng 75°C, nguyên liệu từ ẩm 45% xuống 12%, không khí ngoài trời 23,3°C và độ ẩm 82%; tính toán calorife và thông số tác nhân sấy.",
    ),
    (
        "mGo152",
        "vi",
        "thanglong_chain",
        "Phân tích quản lý chuỗi cung ứng cà phê Việt Nam",
        "Tiểu luận môn logistics (ĐH Thăng Long, 2020) phân tích chuỗi cung ứng cà phê xuất khẩu của Việt Nam: khái niệm, mục tiêu, thực trạng và giải pháp quản lý chuỗi.",
    ),
    (
        "mGo153",
        "vi",
        "ntm_bentre",
        "Cung ứng cây giống ca cao TD3, TD5, TD8, TD9",
        "Điểm cung cấp cây giống ở Phú Đức (Châu Thành, Bến Tre) cung ứng các dòng ca cao chủ lực TD3, TD5, TD8, TD9 đã chọn lọc sau 10 năm thử 14 giống; cây trên 6 năm cho 4–5 kg hạt khô/cây/năm.",
    ),
    (
        "mGo154",
        "vi",
        "cgvdt_vinhchau",
        "Mô hình trồng ớt sừng trâu gối vụ hành tím",
        "Kinh nghiệm Vĩnh Châu (Sóc Trăng): hơn 700 ha ớt sừng trâu trồng gối trên luống hành tím, cho trái sau khoảng 3 tháng, kéo dài 4 tháng, 8–10 tấn/công; thương lái bao tiêu cho nhà máy làm bột ớt xuất khẩu.",
    ),
    (
        "mGo155",
        "vi",
        "farmtech_sa",
        "Hợp đồng bao tiêu sả trắng tươi xuất khẩu",
        "Mô hình Mỹ An (Chợ Mới, An Giang): nông dân trồng sả trắng trên đất bạc màu theo hợp đồng với công ty ở TP.HCM, 3 tấn/công, giá bao tiêu 4.500 đồng/kg, lãi khoảng 90 triệu đồng cho 5,5 công.",
    ),
    (
        "mGo156",
        "en",
        "beryls_workshop",
        "Hands-on chocolate bar workshop for visitors",
        "A chocolate museum's half-day workshop: decorate moulds with coloured cocoa butter, learn the tree-to-bar story, taste cocoa fruit, and temper chocolate on a table "
        "(dark cooled to 31–32°C, white to 28–29°C) before filling three bars to take home.",
    ),
    (
        "mGo157",
        "en",
        "roasterproject",
        "Home drum roaster for hobbyists",
        "Review of a tabletop home drum roaster with a 250 g perforated stainless drum, electric element, variable fan, cooling tray and microcontroller; tips for first roasts with good green coffee.",
    ),
    (
        "mGo158",
        "en",
        "balcony_herbs",
        "Growing your own herbs for a tea business",
        "Guide to choosing and growing herbs such as peppermint, chamomile, lemon balm, lavender and hibiscus in a garden or containers — sunlight, drainage, soil, watering and pruning — before making your own tea bags.",
    ),
    (
        "mGo159",
        "en",
        "hna_ginger",
        "Growing ginger for powder: field practices",
        "Exporter's guide to ginger farming for powder: warm humid climate at 20–30°C, well-drained loam with compost, disease-free seed rhizomes, raised beds, integrated pest management, harvest at 8–10 months when leaves yellow.",
    ),
    (
        "mGo160",
        "en",
        "scribd_cph",
        "Cocoa pod husk bioactives for cosmetics and pharmaceuticals",
        "Review of cocoa pod husk (67–76% of the fruit; about ten tonnes of wet husk per tonne of dry beans) as a source of compounds for fragrance, lipase, skin whitening, hydration and sun screening, "
        "through fermentation, enzymatic hydrolysis and other processing.",
    ),
    (
        "mGo161",
        "vi",
        "baotravinh_ocop",
        "Mật hoa dừa và đường hoa dừa đạt OCOP 5 sao",
        "Công ty ở Phú Cần (Tiểu Cần, Trà Vinh) sản xuất mật hoa dừa, đường hoa dừa đạt OCOP 5 sao năm 2023; Trà Vinh có hơn 26.000 ha dừa, gần 7 triệu cây, sản lượng trên 370.000 tấn/năm.",
    ),
    (
        "mGo162",
        "vi",
        "instant_tea_evap",
        "Thiết bị cô đặc chân không cho dây chuyền bột chè hòa tan",
        "Luận văn thạc sĩ kỹ thuật (ĐH Nông nghiệp Hà Nội, 2013) tính toán, thiết kế thiết bị cô đặc chân không trong dây chuyền sản xuất bột chè hòa tan từ lá chè tươi; nhận thiết kế thiết bị cô đặc dịch trích.",
    ),
    (
        "mGo163",
        "vi",
        "delimarket_pure",
        "Bột cacao nguyên chất 100% cho người tiêu dùng",
        "Cửa hàng thực phẩm bán bột cacao nguyên chất không thêm đường, sữa, hương liệu, chưa kiềm hóa, kèm hướng dẫn phân biệt cacao nguyên chất với bột cacao pha trộn.",
    ),
]
