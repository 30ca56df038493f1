"""Offers of the holdout143 labelled set (mushroom growing and spawn production).

Rows: (id, language, source key, title, description). About a fifth are distractors from neighbouring fields.
"""

OFFERS = [
    # A. straw mushroom on rice straw
    (
        "nOo001",
        "vi",
        "a_dienban",
        "Chuyển giao quy trình trồng nấm rơm theo phương pháp mô trụ",
        "So với mô gối truyền thống, trồng nấm rơm kiểu mô trụ giảm khoảng 50% công lao động. Quy trình: tưới ướt trụ "
        "rơm bằng nước vôi pH 12-13 (3,5-4 kg vôi cho 1 m3 nước), phủ bạt ủ 3 ngày, đảo hai lần, tổng 9 ngày, ẩm độ "
        "rơm 60-65%; cấy giống bằng que nhọn rồi trùm bao ni lông trắng ngà; nuôi sợi 32-37°C, ẩm không khí 70-75% "
        "trong 7-8 ngày; chăm sóc ra nấm ở 28-32°C, ẩm 80-90%, ánh sáng yếu tỏa đều, tránh gió lùa. Tập huấn tại cơ sở.",
    ),
    (
        "nOo002",
        "en",
        "a_angiang",
        "Closed-house straw mushroom model with cylindrical straw columns",
        "District extension package, from a provincial cooperation project, for growing straw mushrooms indoors on "
        "cylindrical straw columns. Demonstration house of 42 m2 (6 x 7 m, 3.5 m high); the pilot gave about 100% "
        "higher productivity than traditional methods. Technical transfer and capital support for rice districts with "
        "abundant straw (one district produces about 243,000 t of straw a year).",
    ),
    (
        "nOo003",
        "vi",
        "a_hoainhon",
        "Mô hình nấm rơm trên kệ trong nhà kín 18 m2",
        "Thiết kế nhà kín 3 x 6 m bằng tre, lá, vách và trần lót ni lông, cửa thoát nhiệt trên cánh én, mái che mát "
        "bằng lá dừa hoặc rơm; hai kệ đơn hai bên, một kệ đôi ở giữa, kệ rộng 40 cm, lối đi 60 cm, tầng cách nhau "
        "30 cm. Rơm ủ chín (rơm ướt 3 ngày, rơm khô 7 ngày), ép khuôn 30 x 22 x 12 cm thành bánh, phơi nắng 1 ngày, để "
        "nguội 1 đêm rồi cấy meo, 1 bọc meo cho 7-10 bánh. Một mẻ 600 bánh rơm và 70 bọc meo cho 170-180 kg nấm.",
    ),
    (
        "nOo004",
        "en",
        "a_cabin_in",
        "Indoor straw mushroom training: net house, shelves and straw treatment",
        "Extension training module: a net house about 3 m high, 4.5 m wide and 8 m long, covered with waterproof "
        "tarpaulin over orchid or wire mesh, ventilated, with adjustable temperature and humidity; bamboo or iron "
        "shelves with 3-4 tiers spaced 0.5 m apart. Use fresh, disease-free straw that is not salt-affected or "
        "sprayed, in bales of about 14-16 kg, lime-soaked in a tarpaulin tank next to the composting area.",
    ),
    (
        "nOo005",
        "vi",
        "a_agri_vi",
        "Hướng dẫn kỹ thuật trồng nấm rơm ngoài trời",
        "Chọn nơi thoát nước tốt, xử lý nền bằng vôi 5 kg/100 m2 (300-500 kg/ha). Rơm cuộn hoặc rơm đống phải sạch "
        "bệnh, không dính thuốc BVTV, không nhiễm mặn, không mốc trắng hay mục. Bể ngâm bằng bạt khoảng 2,5 x 4,5 m, "
        "nước vôi pH 13-14 (khoảng 5 kg vôi/m3), ngâm rơm 10 phút rồi vớt ráo; ủ đống trên vỉ sắt hoặc vỉ tre cách "
        "đất 20 cm, giữa đống đặt thân chuối cho thông thoáng, mỗi đống tối thiểu 100 kg rơm.",
    ),
    (
        "nOo006",
        "en",
        "a_cabin_out",
        "Straw mushroom composting protocol with two turns",
        "Training module for indoor and outdoor straw mushroom: lime the ground at 5 kg/100 m2; build piles of at "
        "least 100 kg of straw, 1.2-1.5 m high and over 1.5 m wide and long, on a rack 20 cm above the ground with "
        "banana trunks in the centre for air; cover with tarpaulin with vent holes, add water as needed and hold "
        "60-70°C; turn on day 7 and day 17, inside out. Straw must be disease-free, pesticide-free and not salt-affected.",
    ),
    (
        "nOo007",
        "en",
        "a_springer",
        "Rice-straw mushroom production: technical chapter and training",
        "Reference chapter by Can Tho University, PhilRice, IRRI and partners, used for training and advice: the "
        "rice-straw mushroom has a cropping duration of about 45 days and low production costs; indoor growing gives "
        "higher and more stable yields than outdoor beds exposed to rain, wind and heat. Covers mushroom "
        "characteristics, cultivation principles and techniques, and rice straw substrate preparation.",
    ),
    (
        "nOo008",
        "vi",
        "a_mytour",
        "Tư vấn chọn meo giống và ủ rơm cho nấm rơm",
        "Meo tốt có sợi trắng đều, mở nắp có mùi nấm rơm; loại bỏ meo có đốm nâu, đen, vàng cam (nhiễm nấm dại), bịch "
        "ẩm mềm hoặc có mùi chua dưới đáy. Bịch meo trung bình 120 g, gieo đủ cho mô rộng 0,5 m, cao 0,4-0,5 m, dài "
        "4-5 m. Đống ủ dài 4-8 m, rộng 1,5-2 m, cao 1,3-1,5 m, tưới từng lớp, phủ ni lông hoặc lá chuối; rơm khô bổ "
        "sung nước vôi 3 kg/100 lít; đống đạt 60-70°C, 2-3 ngày đảo một lần, 10-12 ngày thì rơm chín.",
    ),
    (
        "nOo009",
        "en",
        "a_stfc",
        "Paddy straw mushroom on supplemented, short-composted straw",
        "Cultivation notes based on Stamets: Volvariella fruits at 24-35°C and dies below 7°C; rice straw is the best "
        "fruiting substrate, with an optimum pH of 7.5-8. Supplementing straw with wheat bran (5%) and/or cotton hulls "
        "(10%), composting 4-5 days and pasteurising raises yields substantially; the fast cycle leaves moulds little "
        "time to compete.",
    ),
    (
        "nOo010",
        "vi",
        "a_bongthai",
        "Kỹ thuật trồng nấm rơm trên bông phế liệu",
        "Bông phế liệu cho năng suất bình quân 30 kg nấm tươi trên 100 kg bông khô, gấp 2-3 lần trồng trên rơm. Xé vụn "
        "bông, ngâm nước vôi 0,5% đến khi no nước, vớt lên kệ tre cho ráo, ủ đống phủ ni lông dưới nắng khoảng 3 ngày "
        "(60-70°C). Độn trấu hoặc mùn cưa đã ngâm vôi 0,5% trong 48 giờ giữa các lớp cho xốp; nén khuôn mỗi lớp dày "
        "10 cm, cấy meo theo mép cách 5-10 cm, làm tối đa 4 lớp.",
    ),
    (
        "nOo011",
        "vi",
        "a_bongvai",
        "Mô hình trồng nấm rơm trên bông vải (Tân Châu, An Giang)",
        "Nông dân ở xã Vĩnh Xương, Tân Châu (An Giang) trồng nấm rơm trong nhà trên nguyên liệu bông vải thay cho "
        "rơm, chủ động nhiệt độ, ánh sáng, giảm công và rủi ro thời tiết, cho năng suất và thu nhập cao; mô hình "
        "do một doanh nghiệp máy sấy giới thiệu. Nấm rơm tươi chứa khoảng 90% nước và 3,6% đạm.",
    ),
    (
        "nOo012",
        "vi",
        "a_123doc",
        "Kỹ thuật chất mô và bổ sung dinh dưỡng cho nấm rơm",
        "Làm liếp rộng 60-80 cm, cao 10 cm, rãnh 10 x 20 cm, nén chặt mặt liếp. Rơm lúa mùa, lúa nếp, tươi hay khô đều "
        "dùng được, bỏ rơm mục đen. Đống ủ rộng 1,5-2 m, dài tối thiểu 1,5 m, cao khoảng 1,5 m, mỗi lớp 2-3 tấc bổ sung "
        "0,5-1% urê và 1% vôi, tưới ướt, dậm dẽ; 3-4 ngày đảo một lần, 10-12 ngày đống xẹp thì chất mô cao khoảng "
        "20 cm, rộng 30-40 cm, rải meo dọc giữa từng lớp.",
    ),
    (
        "nOo013",
        "en",
        "a_drugtimes",
        "Paddy straw mushroom: outdoor low-tech and indoor composting methods",
        "Technical note: Volvariella volvacea grows very fast at 24-35°C and gives farmers across tropical Asia a "
        "second income from waste rice straw and cottonseed hulls. Two methods: simple low-tech outdoor beds, and "
        "intensive indoor culture with composting similar to button mushroom practice but without manure.",
    ),
    (
        "nOo014",
        "vi",
        "a_ctu",
        "Tư vấn phát triển nghề trồng nấm rơm ĐBSCL (Bộ môn Khoa học cây trồng, ĐH Cần Thơ)",
        "TS. Lê Vĩnh Thúc (ĐH Cần Thơ) và cộng sự tư vấn thực trạng và giải pháp phát triển trồng nấm rơm ở ĐBSCL; "
        "đã tham gia ban cố vấn diễn đàn khuyến nông 'Phát triển nghề trồng nấm hiệu quả' với 210 nông dân từ 13 tỉnh. "
        "Nhận tư vấn, tập huấn kỹ thuật trồng nấm rơm cho nông dân, HTX.",
    ),
    (
        "nOo015",
        "en",
        "a_scimyst",
        "Year-round straw mushroom beds and use of spent straw",
        "Grower's guide: each tonne of straw yields a profit of 500,000-700,000 VND in 15-20 days. In the cold windy "
        "season block the wind and make larger beds; in the rainy season thicken the cover and raise the beds against "
        "flooding; lay beds across the wind. Spent straw can be processed into high-quality organic fertiliser or fed "
        "to earthworms, which in turn feed poultry, livestock and fish.",
    ),
    (
        "nOo016",
        "vi",
        "a_cailay",
        "Kinh nghiệm trồng nấm rơm chất giồng (Cai Lậy, Tiền Giang)",
        "Nông dân Cai Lậy trồng nấm rơm 3 vụ/năm từ rơm ruộng: 3 ha rơm trồng 700 m2 nấm thu 500 kg, giá 25.000-27.000 "
        "đồng/kg, lãi 10 triệu đồng; hộ khác 1,2 ha rơm trên 300 m2 thu 250 kg, lãi 5 triệu sau khi trừ khoảng 2 triệu "
        "công kéo rơm, chất giồng, meo. Cách làm: tưới rơm ủ 10-15 ngày, chất giồng ngang 25 cm, rải meo rồi phủ rơm.",
    ),
    (
        "nOo017",
        "en",
        "a_hue",
        "Pressed-mould straw mushroom beds with temperature monitoring",
        "Know-how from straw mushroom growers in Phú Gia (Huế): straw pressed tightly into moulds to hold moisture, "
        "beds wrapped in plastic for 7 days, temperature checked often and adjusted promptly, and dedicated houses so "
        "that fresh straw mushrooms reach the market all year round.",
    ),
    (
        "nOo018",
        "vi",
        "a_phantan",
        "Máy cuộn rơm tự hành bánh xích cao su",
        "Máy cuộn rơm cải tiến trên nền máy gặt đập liên hợp: bộ phận cuộn đặt phía trước, tự báo và buộc cuộn, thả "
        "vào thùng chứa phía sau giữ rơm sạch; bánh xích cao su chạy được mọi địa hình ĐBSCL; công suất 80-100 cuộn/giờ.",
    ),
    (
        "nOo019",
        "en",
        "a_techmag",
        "PT.CR57 self-propelled straw baler",
        "Straw baler 4.2 m long and 2.2 m wide with a diesel engine, 80-120 rolls per hour, roll size set by diameter "
        "or weight, front pick-up so the wheels do not run over the straw, rubber tracks for dry, wet or boggy fields, "
        "and a bin carrying up to 30 rolls or 1 t of produce.",
    ),
    (
        "nOo020",
        "vi",
        "a_ureavl",
        "Chuyển giao mô hình ủ rơm với urê làm thức ăn cho bò",
        "Ủ rơm tươi nguyên cuộn với urê, rỉ mật và muối, không cần phơi; rơm ủ vàng, mềm, thơm, bò ăn nhiều, tăng "
        "đạm thô và tỷ lệ tiêu hóa, bảo quản không mốc; giúp chủ động thức ăn mùa mưa và giảm đốt rơm (mô hình ở Trà Ôn).",
    ),
    (
        "nOo021",
        "en",
        "a_ureant",
        "Urea-treated rice straw as cattle feed",
        "Treatment recipe per 100 kg of straw: 80-100 L water, 4 kg urea, 2 kg molasses and 1 kg salt, in brick pits, "
        "plastic drums, biogas-type bags or roll-sized bags. Crude protein rises from 3-4% to 7-8% and digestibility "
        "improves from below 40%.",
    ),
    (
        "nOo022",
        "vi",
        "a_cuonrom",
        "Máy cuốn rơm sau thu hoạch lúa",
        "Giải pháp cơ giới gom rơm sau máy gặt đập liên hợp bằng máy cuốn rơm nhập khẩu hoặc chế tạo trong nước, giúp "
        "nông dân bán rơm, làm thức ăn chăn nuôi, ủ phân, giảm đốt đồng; ví dụ Châu Thành (Sóc Trăng) có trên 46.000 ha "
        "lúa, sản lượng gần 287.000 tấn.",
    ),
    # B. oyster, wood-ear and lingzhi in bags; coconut substrates
    (
        "nOo023",
        "vi",
        "b_tt1262",
        "Quy trình trồng nấm bào ngư trên mạt cưa",
        "Mạt cưa làm ẩm bằng nước vôi 1%, ủ đống lên men 2-3 ngày, trộn đều cho vào túi PE hoặc PP 1-1,5 kg có cổ "
        "nhựa, miệng rộng 2,5 cm; hấp khử trùng khoảng 24 giờ, để nguội 24-28 giờ rồi cấy meo bằng dụng cụ đã khử "
        "trùng, nút bông; ủ 25-30 ngày. Treo xâu 5-7 túi, xâu cách xâu 25 cm, rạch dọc túi, phun sương cho nấm non; "
        "20-30°C, ẩm không khí 80-90%; sau 1 tuần nấm ra rộ, các đợt cách nhau 7-10 ngày.",
    ),
    (
        "nOo024",
        "en",
        "b_fungalpedia",
        "Bag cultivation of wood-decay mushrooms on rubber-tree sawdust",
        "Reference method: rubber-tree sawdust gives the highest biological efficiency for oyster mushrooms, and soft "
        "sawdusts (coconut, cashew, mango, rubber) suit better than hardwood. Per 1 kg of sawdust add 10 g calcium "
        "carbonate, 50 g rice bran, 10 g pumice, 10 ml molasses, 10 g flour and 10 g brewer's waste, wet to 65-70% "
        "water and pack 800 g into 25.8 cm polypropylene bags; used for oyster, ear, shiitake, Lentinus and Ganoderma "
        "species common in Southeast Asia.",
    ),
    (
        "nOo025",
        "vi",
        "b_kimthanh",
        "HTX hướng dẫn kỹ thuật trồng nấm bào ngư",
        "Giá thể từ phụ phẩm giàu cellulose: rơm rạ, mùn cưa gỗ mềm (cao su, so đũa, xoài), thân và cùi bắp; ủ hoai, "
        "trộn dinh dưỡng, đóng bịch, hấp khử trùng, cấy meo; 20-25 ngày tơ kín bịch. Nhà trồng khung tre phủ lưới, lá "
        "hoặc nylon, cao ráo, thoát nước; treo hoặc xếp giá kệ, dãy cách 20-30 cm, bịch cách 20-25 cm; khử trùng nền "
        "bằng vôi bột 100 g/m2; gỡ nút bông hoặc rạch 3-4 đường dài 3-4 cm, để 1 ngày mới tưới.",
    ),
    (
        "nOo026",
        "en",
        "b_meotips",
        "Oyster mushrooms on straw in layered bags",
        "Step-by-step method: soak straw, rice husk or sawdust in dilute lime water for 15-20 minutes; ferment in two "
        "phases (3-4 days with daily watering and turning, cut straw to 7-10 cm, then 2-3 days); steam at 100°C for "
        "3-4 hours. Pack four layers of 5-7 cm into plastic bags with about 50 g of spawn per bag pressed against the "
        "bag walls, plug with cotton; incubate in a cool dark room; substrate moisture 60-65%, air humidity 80-85%.",
    ),
    (
        "nOo027",
        "vi",
        "b_mushroomvn",
        "Cung cấp phôi nấm bào ngư ủ tơ sẵn kèm hướng dẫn chăm sóc",
        "Bán phôi bào ngư đã ủ tơ (mùn cưa, rơm, bã mía) và hướng dẫn trồng tại nhà: đặt nơi thoáng mát, tránh nắng "
        "gắt, gió lùa; 20-30°C, ẩm 85-95%; tơ chưa kín bịch thì để thêm 3-5 ngày; rạch 3-4 đường dài 3-4 cm hoặc tháo "
        "nút bông; xếp cách nhau 5-10 cm; sốc nhiệt bằng tưới phun đẫm 30 phút, sau 3-4 giờ mở hết nút bông, giữ ẩm.",
    ),
    (
        "nOo028",
        "en",
        "b_johnny",
        "Oyster sawdust spawn for logs, pillars, beds and containers",
        "Seed company supplies oyster sawdust spawn with growing guidance: unpack promptly and expose the filter patch; "
        "store in a fridge for up to 6 months (fresh is best) and do not open before inoculation day. Containers can "
        "fruit in 10 days to 3 weeks, spring-inoculated beds in 2-4 months, logs and stumps in 6-12 months.",
    ),
    (
        "nOo029",
        "vi",
        "b_coffee",
        "Quy trình trồng nấm bào ngư xám trên bã cà phê phối trộn mạt cưa",
        "Đồ án tốt nghiệp ngành Công nghệ sinh học, Trường ĐH Công nghệ TP.HCM (2015) xây dựng quy trình trồng nấm "
        "bào ngư xám trên cơ chất bã cà phê phối trộn mạt cưa; sẵn sàng chia sẻ quy trình và số liệu thí nghiệm.",
    ),
    (
        "nOo030",
        "vi",
        "b_nonghoc",
        "Tư vấn phát triển nghề trồng nấm ở ĐBSCL",
        "Chuyên gia (PGS.TS Nguyễn Bảo Vệ) phân tích lợi thế trồng nấm ở ĐBSCL: nhiệt độ gần như ổn định quanh năm, "
        "chênh lệch giữa tháng nóng nhất và lạnh nhất không quá 5°C nên trồng được quanh năm; ẩm độ không khí trung "
        "bình 80%, mùa mưa cao hơn, hợp giai đoạn ra nấm cần 80-95%; rơm rạ dồi dào. Tư vấn mở rộng từ nấm rơm, nấm "
        "mèo sang bào ngư, linh chi.",
    ),
    (
        "nOo031",
        "vi",
        "b_nammeolong",
        "Kỹ thuật trồng nấm mèo trên mùn cưa cao su",
        "Nấm mèo trồng được trên thân gỗ, bã mía, mùn cưa, phổ biến nhất là mùn cưa; năng suất cao nhất với mùn cưa "
        "cao su; không dùng mùn cưa mốc, gỗ có tinh dầu hay cây độc. Mùn cưa tươi cần ủ 30-45 ngày, mùn cưa cây già "
        "10-15 ngày. Nhiệt độ thích hợp 18-30°C; ở miền Nam nên trồng từ cuối tháng 5 đến tháng 1 năm sau.",
    ),
    (
        "nOo032",
        "en",
        "b_zenyr",
        "Wood-ear mushroom in bags: sawdust preparation and supplements",
        "Guide: rubber-tree sawdust is best, or mixed sawdust without essential oils. While ageing, supplement with "
        "4-5% horse, cow or poultry manure, or 1% ammonium sulphate, or 1% gypsum; pile moist under cover for about two "
        "weeks, turn, add 0.5% lime for softwood and pile another fortnight (hardwood needs 4-5 months). Before "
        "bagging add 3-5% rice bran, corn or corn-stalk powder.",
    ),
    (
        "nOo033",
        "vi",
        "b_2luameo",
        "Trồng nấm mèo trên mạt cưa và trên gỗ khúc",
        "Trên gỗ: gỗ lá rộng, gỗ mềm đốn lúc vừa rụng lá, cưa khúc 0,8-1,2 m, loại cây vỏ xù xì, dập, mốc; để 5-10 "
        "ngày ráo nhựa rồi cấy, gỗ quá khô ngâm nước 1-2 giờ. Trên mạt cưa: mạt cưa cao su hoặc cây không dầu, mạt "
        "cưa tươi làm ẩm bằng nước vôi 1,5% ủ qua đêm cho năng suất rất cao nếu thanh trùng đạt; mạt cưa dự trữ tưới "
        "nước vôi 1,5%. Nhà trồng bằng tre, lá, lưới, tốt nhất là nhà lưới ni lông.",
    ),
    (
        "nOo034",
        "en",
        "b_kisan",
        "Wood ear (Auricularia polytricha) growing parameters",
        "Cultivation data from the Indian Institute of Horticultural Research: substrate is supplemented sawdust or "
        "paddy straw (the paddy straw technology has been standardised). Spawn run 24-30°C, 90-95% RH, no light, 25-40 "
        "days; fruiting 20-30°C, 90-95% RH, 8-10 h diffused light, 5-8 air changes per hour, 5-10 days after slitting "
        "the bags; cropping cycle 8-10 weeks over 2-3 months.",
    ),
    (
        "nOo035",
        "vi",
        "b_speri",
        "Tài liệu tập huấn kỹ thuật nuôi trồng nấm",
        "Viện Nghiên cứu Sinh thái Chính sách Xã hội (SPERI) chia sẻ tài liệu tập huấn: mộc nhĩ trên gỗ và trên mùn "
        "cưa (bồ đề, mít, keo, cao su, không mốc, không tinh dầu). Khi tai 2-3 cm, mép xoăn thì ngừng tưới 4-5 giờ rồi "
        "hái; thu 6-8 tháng năm đầu, năng suất 20-25 kg mộc nhĩ khô/m3 gỗ; cắt gốc, rửa sạch, phơi hoặc sấy dưới 45°C, "
        "bảo quản trong túi nilon.",
    ),
    (
        "nOo036",
        "vi",
        "b_lc_tt",
        "Quy trình nuôi trồng nấm linh chi trên mùn cưa",
        "Thời vụ từ tháng 8 đến tháng 4 năm sau. Mùn cưa gỗ mềm không tinh dầu, tưới nước vôi trong (1 kg mùn cưa khô "
        "với 1,2 lít nước), đảo 3-4 lần, ủ 3-5 ngày. Công thức: mùn cưa 66% + bột ngô 5% + cám gạo 5% + đường 0,5% + "
        "CaCO3 1%, độ ẩm 60-65%, đóng túi 1,3-1,4 kg rồi hấp cách thủy ở 100°C để khử trùng.",
    ),
    (
        "nOo037",
        "en",
        "b_hoanghai",
        "Lingzhi production protocol from a cooperative",
        "Cooperative's detailed protocol for Ganoderma lucidum: spawn run at 20-30°C, fruiting at 22-28°C; substrate "
        "moisture 60-65%, air humidity 80-95%; good ventilation throughout; no light during spawn run, diffuse "
        "reading-level light evenly from all sides for fruiting; neutral to slightly acidic substrate. Training on request.",
    ),
    (
        "nOo038",
        "vi",
        "b_lc_san",
        "Công thức giá thể mùn cưa cao su phối trộn thân sắn cho nấm linh chi",
        "Kết quả nghiên cứu đăng Tạp chí KHCN Nông nghiệp Việt Nam (2019): 5 công thức phối mùn cưa cao su với thân "
        "sắn xay, bổ sung 10% cám gạo (50 g trên 500 g giá thể khô); công thức 75% mùn cưa cao su + 25% thân sắn cho "
        "năng suất 579 g/ô, quả thể đợt cao nhất 19,46 g, hiệu suất sinh học 17,51%. Sẵn sàng chuyển giao.",
    ),
    (
        "nOo039",
        "vi",
        "b_bentre_lc",
        "Gói hỗ trợ thí điểm trồng linh chi của Sở Khoa học và Công nghệ Bến Tre",
        "Mô hình thí điểm ở xã Sơn Định, Chợ Lách: hộ dân được hỗ trợ miễn phí 2.000 bịch phôi linh chi, hướng dẫn "
        "kỹ thuật và hệ thống lọc nước. Diện tích 6 x 12 m, giàn cao trên 0,5 m trong nhà lưới, hệ thống tưới phun "
        "theo thời tiết (tưới khi từ 35°C trở lên). Sau 2 tháng chăm sóc, đợt 1 thu 38 kg, đợt 2 thu 30 kg, giá "
        "380.000 đồng/kg, lãi gần 20 triệu đồng.",
    ),
    (
        "nOo040",
        "vi",
        "b_namviet",
        "HTX cung cấp phôi giống, kỹ thuật và bao tiêu linh chi",
        "HTX ở Củ Chi liên kết hơn 100 nông dân: phôi giống 12.000 đồng một lon (cấy được 50 bịch), hướng dẫn kỹ "
        "thuật và thu mua. Nhà trồng giữ 22-30°C, ẩm 70-90%, sạch sẽ; khoảng 4 tháng từ khi cấy; mỗi bịch cho "
        "15-25 g linh chi khô; giá khô tại trại 500.000-600.000 đồng/kg. Hai nhà 10.000 bịch đầu tư khoảng 80 "
        "triệu đồng, lãi 2,5-3,5 triệu đồng mỗi tháng.",
    ),
    (
        "nOo041",
        "en",
        "b_reishi_eq",
        "Reishi growing conditions and CO2 management",
        "Equipment supplier's growing notes: Ganoderma grows at 15-35°C, best at 25-30°C; primordia and fruit bodies "
        "at 25-28°C. Substrate water 55-60% and air RH 70-80% for mycelium, 90-95% for fruit bodies (below 80% the cap "
        "edge darkens). At 0.1% CO2 caps fail to open and grow antler-like; at 1% fruit bodies are deformed. Light "
        "slows mycelium (strongly at 3,000 lux) but is needed for fruiting.",
    ),
    (
        "nOo042",
        "vi",
        "b_lc_nls",
        "Báo cáo kỹ thuật trồng nấm linh chi trên mạt cưa (ĐH Nông Lâm TP.HCM)",
        "Báo cáo chuyên đề Công nghệ trồng nấm ăn và nấm dược liệu của Bộ môn Công nghệ sinh học (2013): tổng quan, "
        "phân loại, đặc điểm sinh trưởng, điều kiện sinh trưởng và quy trình trồng linh chi trên môi trường mạt cưa; "
        "dùng làm tài liệu tập huấn.",
    ),
    (
        "nOo043",
        "en",
        "b_avn",
        "Reishi consultancy: log and grow-bag methods",
        "Consultants grow reishi two ways. Logs: plug spawn, soak 12-24 hours, colonise 20-25 days under plastic, "
        "fruit in 6-12 months in a low greenhouse at about 80% shade and 80-85% RH, using CO2 to form antlers and then "
        "78-85°F, 85-95% RH and twice-daily ventilation to form conks. Bags: grain spawn in jars moved into autoclaved "
        "sawdust bags; antlers form inside, then the bag top is cut so fresh air makes them form conks.",
    ),
    (
        "nOo044",
        "vi",
        "b_lc_check",
        "Quy trình sản xuất nấm linh chi của hộ sản xuất",
        "Nguyên liệu mùn cưa gỗ không tinh dầu, bã mía, sàng trước. Nước vôi pH 13-14: 1 kg mùn cưa khô cần 1,2 lít, "
        "1 kg bã mía khô cần 2,2 lít; độ ẩm 60-65%, ủ 7-8 ngày (đống đạt 45-50°C), đảo, chỉnh ẩm, ủ tiếp 7-8 ngày. Phối "
        "trộn cho 100 kg: mùn cưa 83,5%, CaCO3 1,3%, cám gạo 5%, cám ngô 10%; đóng túi 2 lớp 25 x 35 cm cao 10-13 cm, "
        "1,1-1,3 kg mỗi bịch, cổ nhựa, nút bông rồi hấp.",
    ),
    (
        "nOo045",
        "en",
        "b_coir_global",
        "Coconut husk as a mushroom growing medium",
        "Supplier note: coir is renewable and widely available, holds and releases moisture well and is high in "
        "lignin, which supports beneficial microbes and suppresses pathogens. Oyster, straw, button and shiitake "
        "mushrooms can be grown on coconut husk once it has been properly prepared (cleaned, hydrated and treated).",
    ),
    (
        "nOo046",
        "en",
        "b_coir_mc",
        "Coco coir as mushroom substrate",
        "Guide for hobby and commercial growers: coco coir from coconut husks is porous for air and water exchange, "
        "holds water, has a pH around 6-6.5, resists harmful microbes, is chemically inert and rich in carbon; it is "
        "often sold pre-washed and sterilised and needs little maintenance.",
    ),
    (
        "nOo047",
        "en",
        "b_coir_cg",
        "Coco coir mushroom substrate recipe",
        "Coir producer's recipe: hydrate a 650 g compressed coir brick, mix with fine vermiculite and pasteurise so no "
        "organism competes with the mushroom, then inoculate; soil and perlite mixes are not recommended for the "
        "mushroom substrate itself.",
    ),
    (
        "nOo048",
        "en",
        "b_urbanspore",
        "Bucket-grown oyster mushrooms on pasteurised straw or cane mulch",
        "Urban grower's method for side-fruiting oysters: pack straw or sugar cane mulch into a bucket drilled with "
        "holes; mycelium runs through and fruits in clusters from each hole. Pasteurise the substrate by cold-water "
        "lime treatment or hot water; avoid straw full of viable seed.",
    ),
    (
        "nOo049",
        "vi",
        "b_thanhhoa",
        "Mô hình trại nấm sạch (Thanh Hóa): tham quan, học tập",
        "Chủ tịch Hội Nông dân xã Thế Thọ, Triệu Sơn (Thanh Hóa) làm trại nấm sạch 500 m2 trên kệ, bán 70-120 kg "
        "nấm mỗi ngày (bào ngư 25.000-27.000 đồng/kg, mộc nhĩ 120.000-150.000 đồng/kg), lãi khoảng 200 triệu đồng "
        "mỗi năm; đón nông dân đến tham quan, học mô hình.",
    ),
    (
        "nOo050",
        "en",
        "b_shroomery",
        "Auricularia polytricha growth parameters",
        "Reference data (after Stamets): agar media MYA or PDA; spawn on millet, rye, wheat or sorghum; fruits on "
        "hardwoods (Acacia widely used in Asia), and wheat straw also works with sawdust spawn; pH 6.5-7.0. Yield 1/4-1/2 "
        "lb per 5 lb of supplemented sawdust. Spawn run 24-30°C, 90-95% RH, 25-40 days; primordia 12-20°C, 90-100% RH, "
        "5-10 days, CO2 600-1,000 ppm, 5-8 fresh-air exchanges per hour.",
    ),
    (
        "nOo051",
        "en",
        "b_funbags",
        "All-in-one mushroom grow bags for families and schools",
        "Shop sells all-in-one 'fun bags' so families and classes can watch mushrooms grow indoors; the bags contain no "
        "spores or liquid culture and buyers inoculate them with their own; also explains why a laminar flow hood "
        "helps sterile work.",
    ),
    (
        "nOo052",
        "en",
        "b_cocogreen",
        "Coco peat and coir fibre supply for cage lining and horticulture",
        "Supplier of coco peat and coir fibre, raw or treated to order: absorbs 7-14 L of water per kg, keeps livestock "
        "cages dry and then becomes fertiliser; mixed with chicken manure and salt for coconut plantations; substrate "
        "for greenhouse vegetables, hydroponic strawberries and nurseries.",
    ),
    (
        "nOo053",
        "vi",
        "b_mundua",
        "Đánh giá hiệu quả kinh tế các cách sử dụng sản phẩm mụn xơ dừa tại Bến Tre",
        "Khóa luận ngành Kinh tế tài nguyên môi trường, ĐH Nông Lâm TP.HCM (2012) so sánh hiệu quả kinh tế các phương "
        "thức sử dụng sản phẩm làm từ mụn xơ dừa ở Bến Tre.",
    ),
    # C. spawn, culture media and sterilisation of substrate bags
    (
        "nOo054",
        "vi",
        "c_2luameo",
        "Quy trình làm meo nấm rơm từ phân lập mô",
        "Cơ sở chuyên làm meo ở TP.HCM chia sẻ quy trình: nguyên liệu rơm rạ, bột bắp, đường mía, agar, lúa. Chọn tai "
        "nấm không bệnh, không non không già, lau cồn hoặc HgCl2 0,2%, rửa nước cất, chẻ lấy mô cấy vào hộp lồng chứa "
        "bột bắp 40 g, đường 20 g, agar 20 g; chọn tơ thuần cấy chuyền sang ống nghiệm; nhân ra bịch hoặc chai trên rơm "
        "cắt 2-3 cm ngâm vôi 1-2 giờ, cứ 3,3 kg rơm trộn 300 g bắp xay và 100 g vôi. Meo đã bán đi Long Khánh, Bình "
        "Chánh, Sóc Trăng, Ninh Thuận, Huế.",
    ),
    (
        "nOo055",
        "vi",
        "c_hcmuaf",
        "Mô hình cơ sở sản xuất meo nấm rơm (từ khóa học ngắn hạn ĐH Nông Lâm TP.HCM)",
        "Cơ sở sản xuất meo ở Thạnh Mỹ Lợi (TP.HCM) thu trên 2 tỷ đồng mỗi năm từ bán meo nấm rơm. Rơm mới gặt "
        "phơi thật khô, máy cắt 3-5 cm, băng chuyền qua sàng lọc lúa và tạp chất rồi vào bể ngâm, ép bằng bơm thủy "
        "lực, đóng bịch; bịch meo hấp bằng lò điện và cấy mô lấy từ chính nấm của trại.",
    ),
    (
        "nOo056",
        "vi",
        "c_phuyen",
        "Cơ sở sản xuất meo nấm rơm 2.000-3.000 bịch mỗi ngày",
        "Cơ sở ở xã Hòa Trị, Phú Hòa (Phú Yên) sản xuất meo nấm rơm từ năm 2020, cung cấp 2-3 nghìn bịch meo mỗi ngày; "
        "đã đầu tư máy cắt rơm, máy đóng bao, lò hấp, hồ ngâm rơm, phòng nuôi cấy meo. Nhận bán meo và chia sẻ kinh "
        "nghiệm làm meo hợp khí hậu, thổ nhưỡng từng vùng.",
    ),
    (
        "nOo057",
        "en",
        "c_braimy",
        "Grain spawn preparation course",
        "Lesson: use clean, sorted grains (wheat, rye, millet) not treated with pesticide; boil in an equal volume of "
        "water until soft but not split; drain, cool on a plastic sheet and mix with CaCO3 at 8% and gypsum at 2% of "
        "grain weight; fill bottles or bags, plug and sterilise at 15 psi for 30 minutes on two consecutive days; "
        "inoculate with pure culture and incubate at 25 ± 1°C for 3 weeks until the grain is white with mycelium.",
    ),
    (
        "nOo058",
        "en",
        "c_livingweb",
        "Small-farm mushroom spawn lab workshop",
        "Workshop on setting up a low-cost spawn lab for a small farm, between a home grower and a dedicated business: "
        "making several dozen good-quality spawn bags at a time with supplies from mushroom suppliers or hardware "
        "stores; covers basic set-up and sterile skills for any species.",
    ),
    (
        "nOo059",
        "en",
        "c_mushworld",
        "Building a simple clean room for spawn production",
        "Handbook guide: build temporary panels from polythene sheet and sawn timber to form a clean room supplied with "
        "sterile air from a bench-mounted HEPA filter and fan (laminar flow bench), with room size matched to the "
        "bench's airflow; then make oyster grain spawn under sterile conditions to cut costs and improve quality.",
    ),
    (
        "nOo060",
        "en",
        "c_korea",
        "Cereal grain choice for spawn production",
        "Research from a provincial agricultural research station in Korea comparing wheat, millet, barley, sorghum, "
        "brown rice, rye and oat as spawn grains: wheat gave the fastest mycelial growth (8.4 cm), then rye (8.2), oat "
        "(7.5) and barley (7.3 cm); foxtail millet had the most fully colonised grains (5,123) ahead of proso millet "
        "(3,052) and wheat (914). Barley, foxtail millet and sorghum can replace wheat.",
    ),
    (
        "nOo061",
        "en",
        "c_bio_bags",
        "Sterilising supplemented sawdust grow bags",
        "Guide: polypropylene filter bags of hardwood sawdust with wheat or soy bran must be truly sterilised, since "
        "pasteurisation or boiling does not kill bacterial endospores or the Trichoderma spores that thrive on "
        "nutrient-rich substrate. Hydrate to field capacity (a squeezed handful releases one or two drops), load the "
        "bags correctly and sterilise with heat and pressure.",
    ),
    (
        "nOo062",
        "en",
        "c_junmumed",
        "Pressure-cooker sterilisation protocol for nutrient-rich substrates",
        "Method sheet: sterilisation needs 121°C at 15 PSI for at least 2 hours, which boiling or plain steam cannot "
        "reach; it is required for grain, soy hulls or master's mix, while low-nutrient straw, cardboard or coir can be "
        "pasteurised. Step-by-step use of a 15 PSI pressure cooker with a rack and about 2.8 L of water, checking "
        "seals, valves and gauges first.",
    ),
    (
        "nOo063",
        "en",
        "c_veshenka",
        "Oyster substrate: tunnel pasteurisation or sterilisation (consultancy)",
        "Consultant on oyster mushroom problems compares bulk pasteurisation in a tunnel (stable, predictable, "
        "scalable, flexible formulas) with sterilisation in an autoclave or an atmospheric steam chamber, which creates "
        "a 'biological vacuum' and allows richer nitrogen supplements such as alfalfa pellets, cotton husks or soy hulls.",
    ),
    (
        "nOo064",
        "en",
        "c_improve_nopc",
        "Substrate treatment without a pressure cooker",
        "Guide to alternatives when no autoclave is available: composting (phase I up to 80°C; phase II at 56-60°C for "
        "8 hours, then 45°C for up to 7 days), chemical treatment, cold-water pasteurisation, hot-water immersion, "
        "steam pasteurisation and tyndallisation.",
    ),
    (
        "nOo065",
        "en",
        "c_homeshroomer",
        "Steam pasteurisation of bulk substrate",
        "Method: steam the substrate in a covered, heat-resistant container at 70-82°C for 1-2 hours, then cool it in "
        "a clean place; leaves less waste water than hot-water or chemical methods, keeps sugars for higher yields and "
        "scales well for medium and large growers, though heating and cooling take longer.",
    ),
    (
        "nOo066",
        "en",
        "c_laminar",
        "Laminar flow hoods for inoculation and culture transfer",
        "Supplier guide: a laminar flow hood blows HEPA-filtered air in a steady stream over the work area so agar "
        "plates, culture transfers and grain or substrate inoculation stay free of airborne contaminants; desktop to "
        "larger models for hobby and commercial mycology labs.",
    ),
    (
        "nOo067",
        "en",
        "c_druglab",
        "Design guide for a mushroom culture laboratory",
        "Specification for the culture lab of a mushroom farm: a building well separated from the growing rooms "
        "(ideally uphill), kept at 21-27°C and 35-50% humidity with 500-1,000 lux of light and R16-R32 insulation, "
        "positively pressurised through HEPA filters, seams sealed and condensation surfaces minimised; used to isolate "
        "and develop pure cultures for spawn.",
    ),
    (
        "nOo068",
        "en",
        "c_strain",
        "Strain evaluation and test-tube slant storage",
        "Guidance on choosing and keeping strains: judge recovery after transfer (visible growth within two days is "
        "good, one day excellent), growth rate and yield; when a strain declines, production drops and disease rises, "
        "so keep multiple back-up test-tube slants in cold storage to slow mutation and senescence.",
    ),
    (
        "nOo069",
        "vi",
        "c_hoidap",
        "Sổ tay hỏi đáp kỹ thuật trồng nấm hộ gia đình: lò hấp, lò sấy, phòng cấy",
        "Tài liệu hỏi đáp hướng dẫn chuẩn bị cơ sở trồng nấm: lò hấp bịch, lò sấy (đặt sát lò hấp để đỡ một bức "
        "tường), tủ và phòng cấy giống cho nấm sò, mộc nhĩ mùn cưa, khuôn gỗ trồng nấm rơm, bể ngâm rơm, ô doa, bình "
        "phun sương. Nấm hái xong phải sấy khô dứt điểm trong 24 giờ, quá thì nấm thâm đen; nấm khô đựng túi nilon hai "
        "lớp, ngoài bao dứa, để nơi khô ráo.",
    ),
    (
        "nOo070",
        "vi",
        "c_drum",
        "Đóng bịch và hấp thanh trùng bằng thùng phuy hoặc lò hấp cách thủy",
        "Tưới nước vôi 1% (pH 12-13) lên mùn cưa, đảo đều, phủ bạt, sau 3 ngày đảo và kiểm tra nhiệt độ, độ ẩm. Phối "
        "trộn 3% cám bắp, 3% cám gạo, 0,5% CaCO3, chỉnh ẩm 65%, đóng túi PP 25 x 35 cm khoảng 1,5 kg. Hấp bằng thùng "
        "phuy mỗi lò 60 bịch, giữ từ 100°C trở lên trong 10-12 giờ; lò hấp cách thủy mỗi mẻ 500-1.500 bịch.",
    ),
    (
        "nOo071",
        "en",
        "c_airscience",
        "Laminar flow cabinets for mushroom and plant cultures",
        "Manufacturer of laminar flow hoods and biological safety cabinets for mycology and plant tissue culture: "
        "filtered, unidirectional air protects mushroom cultures on the work surface from mould and particles, giving "
        "controlled conditions for isolation, crossing and germination; safety cabinets also protect workers from spores.",
    ),
    (
        "nOo072",
        "vi",
        "c_kolhapur_lab",
        "Quy trình phòng thí nghiệm sản xuất meo giống",
        "Phòng thí nghiệm meo giống nấm (Kolhapur, Ấn Độ) giới thiệu quy trình: đặt sợi nấm từ giống thuần lên hạt "
        "ngũ cốc đã hấp tiệt trùng, để tơ ăn kín hạt; hỗn hợp hạt và tơ nấm là meo dùng cấy vào cơ chất.",
    ),
    (
        "nOo073",
        "vi",
        "c_autoclave",
        "Nồi hấp tiệt trùng tự động cho phòng thí nghiệm, y tế",
        "Cung cấp nồi hấp tiệt trùng (autoclave) dùng hơi nước bão hòa áp suất cao để tiệt trùng dụng cụ phẫu thuật, "
        "đồ vải y tế, chất thải lây nhiễm, ống nghiệm, môi trường nuôi cấy vi sinh và hộp đựng thực phẩm; nhiều dung "
        "tích cho bệnh viện, phòng thí nghiệm.",
    ),
    (
        "nOo074",
        "vi",
        "c_dongtrung",
        "Công nghệ nuôi cấy đông trùng hạ thảo",
        "Giới thiệu đông trùng hạ thảo (nấm Ophiocordyceps sinensis ký sinh ấu trùng bướm, mọc tự nhiên ở độ cao "
        "4.000-5.000 m) và công nghệ nuôi cấy nhân tạo, chế biến; tư vấn lập dự án đầu tư.",
    ),
    (
        "nOo075",
        "vi",
        "c_suadaunanh",
        "Thiết kế thiết bị tiệt trùng sữa đậu nành 1.000 lít/giờ",
        "Đồ án Kỹ thuật thực phẩm (Học viện Nông nghiệp Việt Nam, 2021): tổng quan đậu nành, sữa đậu nành và tính toán "
        "quá trình, thiết bị tiệt trùng năng suất 1.000 lít sản phẩm mỗi giờ.",
    ),
    (
        "nOo076",
        "en",
        "c_98905",
        "Home-scale spawn making with a pressure cooker and agar",
        "How-to: disinfect a closet-sized workspace with 1 part bleach to 9 parts water; sterilise jars, petri dishes, "
        "spawn mix and tools in a pressure cooker for 45 minutes; grow a piece of mushroom on agar for about two weeks, "
        "transfer the mycelium into grain jars, shake every two days and wait two more weeks; one jar of grain spawn "
        "can inoculate about 10 more.",
    ),
    # D. growing houses, misting, temperature and humidity control
    (
        "nOo077",
        "vi",
        "d_binhphuoc",
        "Hệ thống giám sát và tưới nước tự động cho nhà nấm, nhà lưới",
        "Sáng chế của chủ một trại nấm bào ngư xám ở Lộc Tấn, Lộc Ninh (Bình Phước), hoàn thành tháng 7/2014: hệ thống "
        "theo dõi nhiệt độ, độ ẩm không khí trong nhà nấm theo thời gian thực và tự động điều khiển tưới nước, khắc "
        "phục tình trạng phôi chết vì thiếu hoặc dư nước khi tưới tay, tiết kiệm chi phí, tăng hiệu quả.",
    ),
    (
        "nOo078",
        "vi",
        "d_nhanamrom",
        "Thiết kế nhà trồng nấm rơm đúng kỹ thuật",
        "Hướng dẫn thiết kế trại nấm rơm từ A đến Z: tạo môi trường tối ưu về nhiệt độ, độ ẩm, ánh sáng và thông gió "
        "cho loại nấm ưa nóng ẩm; tránh gió lùa lạnh, nhiệt độ quá cao hay quá thấp và độ ẩm dao động; bố trí không "
        "gian thuận tiện chăm sóc, thu hoạch, vệ sinh, giảm chi phí vận hành lâu dài.",
    ),
    (
        "nOo079",
        "en",
        "d_acute",
        "High-pressure misting systems for mushroom grow houses",
        "Supplier of misting systems: a high-pressure plunger pump forces treated water into a fine mist that "
        "humidifies according to crop growth and keeps humidity within a set range, replacing manual watering that "
        "is labour-intensive and uneven. Too little water stunts mycelium and dulls fruit bodies; too much causes red "
        "roots, rust spots and disease.",
    ),
    (
        "nOo080",
        "en",
        "d_smartfog",
        "Non-wetting humidification for mushroom fruiting rooms",
        "Engineered dry-fog humidity system holding 85-95% RH during fruiting (about 80-90% in colonisation, 60-70% "
        "for spawn run) without wetting substrate or mushrooms, compatible with 4-6 fresh-air changes per hour; avoids "
        "the mineral deposits of ultrasonic units and the surface wetting of conventional misting.",
    ),
    (
        "nOo081",
        "en",
        "d_moisturecure",
        "Commercial humidifier selection for mushroom rooms",
        "Humidifier supplier's guide: ultrasonic units for small rooms needing precise control, evaporative units for "
        "larger spaces without condensation, steam humidifiers for very large farms; size by room and species (oyster "
        "85-95% RH, shiitake lower) and choose adjustable settings with built-in hygrostats.",
    ),
    (
        "nOo082",
        "en",
        "d_zombie",
        "Fogger humidity control for mushroom fruiting",
        "Fogger kits and guidance: mushrooms need 85-95% humidity during fruiting; ultrasonic humidifiers suit small "
        "to medium indoor set-ups; balanced humidity with enough fresh air can raise harvests by up to 30%; routine "
        "cleaning prevents mould, clogs and bacteria.",
    ),
    (
        "nOo083",
        "vi",
        "d_th4temp",
        "Bộ điều khiển nhiệt độ cho phòng nấm kín",
        "Đề tài sinh viên: giữ nhiệt độ phòng nấm kín ổn định bằng bộ điều khiển bật đèn để sưởi và quạt để làm "
        "mát, chủ động cho nấm ra quả thể bất kể thời tiết bên ngoài.",
    ),
    (
        "nOo084",
        "vi",
        "d_greenfood",
        "Nhà lưới, nhà lạnh và hệ thống phun sương trồng nấm",
        "Doanh nghiệp đã đầu tư khoảng 4.000 m2 nhà lưới, nhà lạnh, nhà kho, hệ thống phun sương mù và giá đỡ với kinh "
        "phí trên 4 tỷ đồng để trồng nấm hương; cấy phôi tháng 11, chăm sóc 2 tháng thì thu, mỗi bịch cho 0,8-1 kg "
        "trong khoảng 2 tháng. Nhận tư vấn thiết kế nhà nấm kiểm soát nhiệt độ, độ ẩm.",
    ),
    (
        "nOo085",
        "vi",
        "d_bentrefarm",
        "Tư vấn làm kệ trồng nấm thay cho treo phôi",
        "Trang trại nấm ở An Khánh, Châu Thành (Bến Tre) có 6 nhà trồng, mỗi nhà 60-70 m2, trang bị máy móc; từng bị "
        "sập nhà khi treo 5.000 phôi nặng 7 tấn nên chuyển sang làm kệ. Chia sẻ kinh nghiệm thiết kế kệ và nhà trồng nấm.",
    ),
    (
        "nOo086",
        "vi",
        "d_iot",
        "Mô hình vườn cây thông minh theo hướng IoT",
        "Đồ án vườn cây thông minh: cảm biến nhiệt độ, độ ẩm DHT11, cảm biến ánh sáng BH1750, vi điều khiển PIC16F877A, "
        "module Wi-Fi ESP8266, màn LCD 1602, đồng hồ thời gian thực DS1307; tự điều chỉnh nhiệt độ không khí và gửi "
        "dữ liệu lên website, cơ sở dữ liệu MySQL.",
    ),
    (
        "nOo087",
        "vi",
        "d_khicanh",
        "Hệ thống khí canh trồng rau xanh",
        "Thiết lập hệ thống khí canh: thùng xốp 53 x 38 cm, bơm phun dung dịch dinh dưỡng dạng sương vào rễ, đầu phun "
        "1-2 mm, áp lực 25-40 kg/cm2, hẹn giờ bơm theo giai đoạn, ly nhựa giữ xơ dừa và thân cây.",
    ),
    (
        "nOo088",
        "vi",
        "d_plc",
        "Hệ thống tự động điều hòa nhiệt độ, độ ẩm dùng PLC cho nhà vườn",
        "Đồ án tốt nghiệp khoa Điện - Điện tử (Hưng Yên, 2020): thiết kế hệ thống PLC Mitsubishi FX3U tự động điều hòa "
        "nhiệt độ, độ ẩm và tưới cho nhà vườn.",
    ),
    (
        "nOo089",
        "en",
        "d_npust",
        "Open-top greenhouse control with icy micro-mist cooling",
        "University study: nozzles at 100 kgf/cm2 spray 10°C micro-mist into an open-roof greenhouse; at noon with "
        "28.2°C outside, an uncooled greenhouse reached 42.3°C while the cooled one stayed at 22.2°C and 72.8% "
        "humidity, a drop of more than 20°C.",
    ),
    (
        "nOo090",
        "en",
        "d_anspore_hum",
        "Humidifying a mushroom growing room",
        "Guide: mushrooms need 80-95% humidity; use ultrasonic or evaporative humidifiers for large areas, misting "
        "systems, evaporative coolers, or water reservoirs and wet surfaces; monitor with a hygrometer and keep "
        "ventilation to avoid mould and bacteria.",
    ),
    # E. drying, canning, salting, processing and storage
    (
        "nOo091",
        "vi",
        "e_phoi",
        "Giáo trình mô đun trồng nấm rơm: phơi, sấy nấm rơm",
        "Phơi sấy để hạ ẩm quả thể xuống dưới 12%, kéo dài thời gian sử dụng. Dụng cụ: thau, rổ, dao, bao bì 2 lớp PE "
        "và 1 lớp bao gai hoặc PP; giàn phơi tre, gỗ hoặc sắt cách đất ít nhất 0,5 m; vỉ tre hoặc lưới thép dài 1,2-1,5 "
        "m, rộng 0,5 m. Chọn nấm hình trứng chưa nở ô, cắt chân, rửa sạch, để ráo, bổ đôi rồi xếp một lớp trên vỉ.",
    ),
    (
        "nOo092",
        "vi",
        "e_mactech",
        "Máy sấy nấm và hướng dẫn kỹ thuật sấy nấm",
        "Doanh nghiệp sản xuất máy sấy chuyển giao kỹ thuật sấy nấm (mộc nhĩ, nấm hương, nấm dược liệu, nấm rơm, nấm "
        "mỡ, nấm sò): nấm tươi chỉ giữ tối đa 10 ngày ở 2-5°C; sấy không kiệt mà giữ ẩm 12-14%; hơi nóng phải đi qua "
        "nấm và lưu thông tốt; 1 m3 không khí ở 15°C khử được 12 g hơi nước, 20°C được 17 g, 40°C được 30 g, 50°C được "
        "95 g, làm cơ sở tính lưu lượng gió và dung tích máy.",
    ),
    (
        "nOo093",
        "en",
        "e_nasc",
        "Staged hot-air drying schedule for mushrooms",
        "Equipment maker's drying schedule: keep fresh mushrooms cool and thinly spread; start at 30-35°C and raise "
        "the temperature by no more than 5°C per hour so caps do not wrinkle or gills blacken; after 6-8 hours rotate "
        "trays and align vents; total about 10 hours, finishing at no more than 60°C to protect protein and aroma, down "
        "to about 13% moisture.",
    ),
    (
        "nOo094",
        "en",
        "e_oysterdry",
        "Drying and storing oyster mushrooms",
        "Guide: fresh oysters hold 80-85% moisture and keep 8-11 days at 0°C, 4-6 days at 5°C, 2-3 days at 10°C and "
        "1-2 days at 20°C; about a week in clean plastic bags in the fridge; surplus can be dried with or without a "
        "dehydrator.",
    ),
    (
        "nOo095",
        "en",
        "e_mysheen",
        "Processing straw mushrooms into dried and canned products",
        "Guide: straw mushrooms keep growing after harvest and must be processed fast. Trim mud and straw and grade; "
        "grade 1-2 buttons go to canning, grades 3-4 are sliced; bag and refrigerate for distant sale. About 10 kg "
        "fresh gives 1 kg dried: cut lengthwise, dry on bamboo or wire screens, preferably in sun first, then bake from "
        "40-45°C rising to no more than 55°C until crisp, and pack at once.",
    ),
    (
        "nOo096",
        "vi",
        "e_muoi",
        "Quy trình chế biến nấm rơm muối xuất khẩu",
        "Chần nấm trong nước sôi 5-7 phút, thả vào nước lạnh, để ráo; cho vào túi nylon, chum vại hoặc can nhựa, một "
        "lớp nấm một lớp muối theo tỷ lệ 1 kg nấm + 0,3 kg muối khô + 0,2 lít nước muối bão hòa, phủ muối mặt; muốn để "
        "1-2 tháng thì thêm 3-4 kg axit citric cho 1 tấn nấm. Sau 15 ngày nấm ổn định: không váng mốc, nồng độ muối "
        "23°Be, pH 4; tỷ lệ nấm muối so với nấm tươi 60-70%.",
    ),
    (
        "nOo097",
        "en",
        "e_yujung",
        "Salt-brine preservation of edible mushrooms",
        "Processing method: rinse, then boil in 10% brine in an aluminium pan (40 kg of mushrooms per 100 kg of brine) "
        "above 98°C for 5-12 minutes, skimming the foam; cool in water for 30 minutes; pickle in 15-16% brine for 3-4 "
        "days, then move to 23-25% saturated brine, keeping it above 20%; barrel in saturated brine for long-distance "
        "transport.",
    ),
    (
        "nOo098",
        "en",
        "e_nordik",
        "Salting and drying mushrooms for export",
        "Processing guide using Stropharia as the example: pick at bell-cap stage, clean, blanch in 5% salt water for "
        "8-12 minutes (done when they sink), cool fast; pickle in 40% saturated brine (40 kg salt per 100 L of boiling "
        "water) under bamboo weights with a salt layer on top until the brine is stable at 24°Bé, about 10 days; use "
        "non-iron pots; brine can be recycled.",
    ),
    (
        "nOo099",
        "en",
        "e_successcan",
        "Canned mushroom production process",
        "Manufacturer's process: select whole, unblemished mushrooms 20-40 mm across with stems cut to 8 mm or less; "
        "rinse 2 minutes in 0.03% sodium pyrosulfite, then running water; pre-cook in 0.1% citric acid for 5-8 minutes "
        "at a mushroom-to-liquid ratio of 1:1.5 and cool; grade and slice; exhaust, seal, sterilise and cool. Salted "
        "mushrooms can also be canned.",
    ),
    (
        "nOo100",
        "vi",
        "e_iasri",
        "Học phần trực tuyến: đóng hộp và chế biến sản phẩm từ nấm",
        "Khóa học chế biến nấm: nấm hư trong 24 giờ ở nhiệt độ thường. Đóng hộp: phân loại hạng A (mũ chắc, đến "
        "2,5 cm) và hạng B, rửa 3-4 lần bằng nước lạnh chảy, chần để diệt enzyme và đuổi khí, rót nước muối rồi "
        "thanh trùng; ngoài ra làm dưa, tương, súp nấm.",
    ),
    (
        "nOo101",
        "en",
        "e_vacfry",
        "Vacuum-fried seasoned oyster mushroom chips",
        "University research in Thailand: grey oyster mushroom chips vacuum-fried at 120°C for 15 minutes at -700 mmHg "
        "and spun at 1,200 rpm; 8% barbecue seasoning scored best. The chips had 25.62% fibre, 17.47% protein, 2.15% "
        "moisture, water activity 0.308 and low microbial counts. Process available for transfer.",
    ),
    (
        "nOo102",
        "en",
        "e_mpc",
        "Mushroom protein crisps as a healthy snack",
        "Research team's method for mushroom protein crisps, a high-protein, high-fibre alternative to starchy chips, "
        "with seasonings and hydrolysed protein; includes nutrient composition, consumer tests, shelf life after "
        "packing and market analysis.",
    ),
    (
        "nOo103",
        "vi",
        "e_baoquan",
        "Kinh nghiệm bảo quản nấm rơm và nấm bào ngư tươi",
        "Hái tránh dập, xây xát; đưa vào nơi thoáng mát phân loại; nấm sò bỏ chùm già, dập, sâu, cắt cuống dính mạt "
        "cưa; nấm rơm bỏ nụ ố vàng, úng, cắt chân dính rơm, đất. Giữ khối nấm ở 10-15°C để kìm hô hấp của nấm và vi "
        "sinh vật; nấm rơm tươi giữ được khoảng 4 ngày.",
    ),
    (
        "nOo104",
        "vi",
        "e_hoasen",
        "Cách bảo quản nấm bào ngư tươi sau thu hoạch",
        "Cơ sở trồng nấm hướng dẫn: để nấm nơi thoáng mát, cắt bỏ cuống, phần dính mùn cưa và phần hư; đóng túi PE giữ "
        "nồng độ CO2 cao (trên 25%) hoặc bảo quản khô lạnh để giảm hô hấp, hạn chế mất nước; làm đúng giữ được 5-7 "
        "ngày, trời nóng không làm lạnh chỉ khoảng 2 ngày.",
    ),
    (
        "nOo105",
        "vi",
        "e_lasen",
        "Nghiên cứu bao gói, nhiệt độ và thời gian bảo quản nấm lá sen",
        "Viện Vi sinh vật và Công nghệ sinh học (ĐH Quốc gia Hà Nội) nghiên cứu điều kiện bao gói, nhiệt độ và thời gian "
        "bảo quản quả thể nấm lá sen Pleurotus giganteus; kết quả công bố tại Hội nghị Nấm học toàn quốc lần thứ 4; tư "
        "vấn bảo quản nấm tươi.",
    ),
    (
        "nOo106",
        "en",
        "e_raysun",
        "Fresh mushroom storage and anti-browning treatment",
        "Supplier's notes: mushrooms keep respiring after harvest, opening, browning and losing quality. Store at 0°C "
        "and 95% relative humidity, with film packaging or humidity above 95% to cut water loss; a modified atmosphere "
        "of 2-4% oxygen and 5-10% CO2 keeps them white; salt water, citric or ascorbic acid or steam treatment blocks "
        "polyphenol oxidase; avoid metal containers.",
    ),
    (
        "nOo107",
        "vi",
        "e_hamdo",
        "Đồ án tính toán thiết kế máy sấy hầm cho nấm bào ngư",
        "Đồ án của sinh viên Trường ĐH Công nghiệp Thực phẩm TP.HCM (2019): tổng quan phương pháp sấy, các yếu tố ảnh "
        "hưởng, công nghệ sấy nấm bào ngư và tính toán thiết kế máy sấy hầm; dùng tham khảo để chế tạo.",
    ),
    (
        "nOo108",
        "en",
        "e_onforest",
        "Field mushroom dryers: chambers, heat and airflow",
        "Guide for harvesters and buyers: drying chambers range from open-air stacks of screens to trailer-mounted "
        "dryers with fans and stoves; size capacity to dry the busiest day's purchases before they spoil; cover from "
        "rain and dust; spread mushrooms on wire screens or racks with space and airflow around them.",
    ),
    (
        "nOo109",
        "vi",
        "e_kolsun",
        "Hướng dẫn phơi nắng nấm bào ngư",
        "Trung tâm dạy trồng nấm (Kolhapur) hướng dẫn: phơi nắng không tốn tiền, giữ hương vị nhưng cần chỗ nắng, "
        "khô, tránh côn trùng, có gió; thái lát dày khoảng 1/2 inch, xếp một lớp, kiểm tra vài lần trong ngày; "
        "phơi 1-2 ngày; nếu còn dai thì sấy nốt bằng lò hoặc máy sấy.",
    ),
    (
        "nOo110",
        "vi",
        "e_santavi",
        "Máy sấy nông sản bằng bơm nhiệt",
        "Doanh nghiệp máy nông nghiệp trong nước sản xuất thiết bị sấy nông sản bằng công nghệ bơm nhiệt, giá thấp hơn "
        "60% so với máy ngoại nhập, giữ màu và hương vị rau củ quả, thủy hải sản, trái cây; tư vấn chọn công nghệ sấy "
        "(thăng hoa, khí nóng đối lưu đến 150°C, năng lượng mặt trời, vỉ ngang, chân không).",
    ),
    (
        "nOo111",
        "vi",
        "e_saynongsan",
        "Phương pháp và thiết bị sấy nông sản",
        "Tài liệu tổng quan sấy tự nhiên và sấy nhân tạo (đối lưu, bức xạ, tiếp xúc, thăng hoa, cao tần); thiết bị sấy "
        "năng lượng mặt trời trực tiếp có tuần hoàn tự nhiên, có bộ thu riêng, hoặc gián tiếp đối lưu cưỡng bức; công "
        "nghệ đơn giản, chi phí đầu tư và vận hành thấp.",
    ),
    (
        "nOo112",
        "vi",
        "e_saylanh",
        "Máy sấy lạnh và sấy thăng hoa cho nông sản giá trị cao",
        "Kỹ sư thiết kế máy sấy công nghiệp tư vấn: sấy lạnh ở 10-50°C bằng không khí được tách ẩm qua dàn lạnh rồi "
        "làm ấm nhẹ, giữ màu, vitamin, hương cho đông trùng hạ thảo, tổ yến, sầu riêng, rau củ, trái cây xuất khẩu; "
        "sấy thăng hoa cho sản phẩm cao cấp.",
    ),
    (
        "nOo113",
        "en",
        "e_halamphong",
        "Dried shiitake from Sa Pa for export",
        "A company in Sa Pa (Lào Cai) exports over 100 t of dried shiitake a year to Japan and Taiwan, with revenue "
        "above 10 billion VND; shiitake is grown on ground Styrax (bồ đề) wood and forest residues, sterilised for "
        "36 hours and colonised for 50-60 days.",
    ),
    (
        "nOo114",
        "en",
        "e_saomai",
        "Fresh straw and button mushrooms from a clean-mushroom cooperative",
        "A cooperative in Hải Dương supplies 2-3 t of straw and button mushrooms a month to restaurants, hotels and "
        "pagodas in Hà Nội and still cannot meet demand; straw mushrooms take 30-35 days a batch; 11 members on 5,000 "
        "m2; products certified OCOP 3-star.",
    ),
    (
        "nOo115",
        "vi",
        "e_chan",
        "Tài liệu quá trình chần, thanh trùng trong sản xuất thực phẩm",
        "Tiểu luận của Trường ĐH Bà Rịa - Vũng Tàu: cơ sở khoa học của chần bằng nước nóng hoặc hơi nước trong chế biến "
        "rau quả (đình chỉ enzyme peroxidase, polyphenoloxidase, giữ màu), ba giai đoạn gia nhiệt, giữ nhiệt, làm nguội "
        "nhanh; và các phương pháp thanh trùng thực phẩm.",
    ),
    (
        "nOo116",
        "en",
        "e_patent",
        "Fried Pleurotus eryngii snack chips (patent)",
        "Published US patent application on meat-flavoured snack chips made from king oyster (Pleurotus eryngii) "
        "mushroom slices fried in oil, rich in umami, and methods of forming them; aims to overcome the poor texture, "
        "flavour and look of earlier mushroom chips.",
    ),
    # F. spent substrate reused as compost, feed or fuel
    (
        "nOo117",
        "vi",
        "f_cantho",
        "Phương pháp xử lý bã thải sau trồng nấm bào ngư, linh chi, nấm rơm",
        "Ở ĐBSCL bã thải nấm thường để hoai tự nhiên vài tháng đến vài năm rồi bón thẳng nên hiệu quả thấp, cơ sở lớn "
        "để tồn đọng gây ô nhiễm và mất mỹ quan. Khuyến nông Cần Thơ hướng dẫn các phương pháp xử lý: bã nấm rơm (rơm "
        "rạ, vỏ đậu, lục bình đã phân hủy một phần cellulose) làm phân hữu cơ vi sinh bón cây, cùng cách xử lý bã nấm "
        "bào ngư, linh chi.",
    ),
    (
        "nOo118",
        "en",
        "f_bioeng",
        "Spent mushroom substrate valorisation: review and advice",
        "Review (Bioengineered, 2023) of uses for spent mushroom substrate, the main by-product of mushroom growing, "
        "whose disposal is costly and polluting: plant and mushroom cultivation, animal husbandry and feed, "
        "biofertiliser and soil amendment, plant-disease control, and recovery of enzymes and bioactive compounds; "
        "substrate composition and mushroom species decide the best route.",
    ),
    (
        "nOo119",
        "en",
        "f_improve_reuse",
        "Reusing spent mushroom substrate to grow the next crop",
        "Guide: every kilogram of mushrooms leaves 5-6 kg of spent substrate. Uses include bioremediation, crop "
        "production, feed for animals and fish, disease management, renewable energy and enzyme recovery; the guide "
        "focuses on reusing it as casing or growing substrate for another mushroom crop, and warns about its high salt "
        "content.",
    ),
    (
        "nOo120",
        "en",
        "f_rinker",
        "Handling and using spent mushroom substrate",
        "Article by a University of Guelph researcher: each tonne of mushrooms leaves 1-2 t of dry spent residue. "
        "Spent Agaricus substrate already goes into potting soil mixes, farm and landscape soil improvement, casing for "
        "later crops, vermiculture, wetlands that clean contaminated water and stabilising disturbed soils; oyster "
        "mushroom spent substrate is covered as well.",
    ),
    (
        "nOo121",
        "en",
        "f_pellets",
        "Fuel pellets from spent mushroom substrate",
        "University research: spent substrates from oyster (paddy straw, achiote shells), shiitake (eucalyptus sawdust, "
        "grass straw) and Agaricus subrufescens composts were pelletised at 200 MPa and 125°C. Pellets met solid "
        "biofuel standards except ash (29.1-31.8%), showed low slagging, and emitted less CO2, NOx, SO2 and volatile "
        "organics than pinewood pellets, though giving less heat.",
    ),
    (
        "nOo122",
        "en",
        "f_bhsl",
        "Fluidised-bed combustion of spent mushroom compost",
        "Boiler maker: its fluidised-bed technology burns difficult biofuels such as spent mushroom compost to supply "
        "the heating and chilling that mushroom growing needs; the compost must first be dried from about 68% to 40% "
        "moisture with a low-energy dryer.",
    ),
    (
        "nOo123",
        "en",
        "f_crea",
        "Co-firing spent mushroom compost with woodchip",
        "Research (CREA and CNR, Italy): pine and oak woodchip mixed with spent mushroom compost were burned in a "
        "fluidised-bed biomass plant with emission abatement; fuel composition, energy content and gas and particle "
        "emissions were measured, with good combustion and oxidation of organic matter.",
    ),
    (
        "nOo124",
        "en",
        "f_ijepr",
        "Bio-oil from spent mushroom compost by pyrolysis",
        "University study: fast pyrolysis of spent mushroom compost gives low bio-oil yield and quality because of high "
        "moisture and ash; acid hydrolysis followed by torrefaction raises the bio-oil yield more than torrefaction alone.",
    ),
    (
        "nOo125",
        "en",
        "f_ukraine",
        "Reintroducing spent substrate into production: four-year study",
        "Research by Uzhhorod, Coimbra and Brașov teams over four years on recycling and reusing spent mushroom "
        "substrate, rich in organic matter and mineral micronutrients, back into primary production for waste-free "
        "mushroom growing.",
    ),
    (
        "nOo126",
        "vi",
        "f_echo",
        "Tập huấn sản xuất phân ủ Tricho",
        "Tài liệu của ECHO châu Á (phối hợp MCC Bangladesh và Viện Nghiên cứu Nông nghiệp Bangladesh): phân ủ Tricho là "
        "phân hữu cơ ủ có bổ sung bào tử nấm đối kháng Trichoderma, vừa cung cấp chất hữu cơ vừa chống nấm hại cây "
        "trồng; Trichoderma phân lập từ đất vùng rễ pha loãng 10^6, cấy trên môi trường PDA rồi nhân thuần.",
    ),
    (
        "nOo127",
        "vi",
        "f_trichohome",
        "Tự làm chế phẩm nấm Trichoderma tại nhà",
        "Hướng dẫn nhân nấm đối kháng Trichoderma cho hoa lan, hoa hồng, rau quả: 2 kg cám gạo, 500 g vỏ trấu (hoặc xơ "
        "dừa), 500 g thóc, 50 ml rỉ đường, 1 gói bào tử 200 g, hấp bằng nồi cơm điện rồi ủ; giảm chi phí dùng chế phẩm.",
    ),
    (
        "nOo128",
        "vi",
        "f_daunanh",
        "Ủ bã đậu nành với nấm Trichoderma làm phân bón",
        "Hướng dẫn ủ bã đậu nành giàu đạm với nấm Trichoderma để phân hủy nhanh, ít mùi, thành phân vi sinh sạch cho "
        "rau và cây ăn trái trong vườn nhà.",
    ),
    (
        "nOo129",
        "vi",
        "f_trunque",
        "Mô hình nuôi trùn quế xử lý chất thải chăn nuôi",
        "Trùn quế phân hủy nhanh phân gia súc và phụ phẩm nông nghiệp thành phân trùn; nuôi trên 500 m2 xử lý được 12 "
        "tấn rác thải nông nghiệp mỗi tháng; trùn chứa khoảng 70% protein, làm thức ăn cho gia súc, gia cầm, thủy sản.",
    ),
    (
        "nOo130",
        "en",
        "f_th4",
        "Spent mushroom substrate as soil amendment and feed ingredient",
        "Research note: mushroom substrates are recycled farm wastes (straw, hay, poultry litter, corn cobs, cottonseed "
        "meal); once spent, the material is high in organic matter and serves as soil amendment and conditioner, in "
        "land reclamation and as a favoured ingredient of commercial potting mixes; its use as a local ingredient in "
        "chicken feed is also studied.",
    ),
    (
        "nOo131",
        "en",
        "f_improve_more",
        "Income opportunities from spent substrate",
        "Guide on turning spent mushroom substrate from waste into income, mapping five fields of use across the "
        "production cycle and the obstacles: unsupervised disposal, plastic bags, incineration and shortage of land and "
        "landfill, with licensing as practised under Germany's biowaste rules.",
    ),
    (
        "nOo132",
        "vi",
        "f_viennen",
        "Công nghệ sản xuất viên nén mùn cưa đạt chuẩn quốc tế",
        "Quy trình 11 bước sản xuất viên nén gỗ từ gỗ vụn, mùn cưa: thu mua nguyên liệu tối thiểu 1 tấn mỗi đơn, băm "
        "mảnh 2,5 cm, nghiền còn 5 mm, sàng tạp chất, sấy (quy mô nhỏ phơi nắng 24 giờ), nén ép, đóng gói; đạt chứng "
        "nhận kiểm định SGS.",
    ),
    (
        "nOo133",
        "vi",
        "f_camnang",
        "Kỹ thuật làm phân ủ (phần 2)",
        "Hướng dẫn ủ phân hữu cơ: dùng chế phẩm thúc đẩy (phân giàu đạm, EM, vi sinh) hoặc nguyên liệu xanh, phân chuồng "
        "tươi để khởi động đống ủ; chế phẩm nhiều đạm không dùng cho cây trồng hữu cơ; các yếu tố ảnh hưởng như thông khí.",
    ),
    # F. pests and contamination
    (
        "nOo134",
        "vi",
        "p_chinthach",
        "Bệnh thường gặp trên nấm bào ngư và cách xử lý",
        "Trại nấm tổng hợp 16 bệnh trên bịch phôi và tai nấm bào ngư. Mốc xanh ở cổ hoặc thân phôi hay gặp từ lần thu "
        "thứ 2-3, do vệ sinh cổ phôi chưa kỹ còn gốc nấm, rút bông sớm, nước tưới làm tuột pH, tưới thẳng vào cổ phôi, "
        "nhà nóng hầm. Khắc phục: hái đúng cách, vệ sinh và để khô cổ phôi, rút bông đúng ngày, giữ pH nước tưới 7-8 "
        "(mốc phát triển mạnh ở pH 5-6,5), không tưới đẫm cổ bịch.",
    ),
    (
        "nOo135",
        "vi",
        "p_vbio",
        "Các bệnh thường gặp trong trồng nấm và cách phòng trừ",
        "Viện nghiên cứu sinh học ứng dụng hướng dẫn nhận biết, phòng trừ sâu bệnh trên nấm rơm và các loại nấm: khoảng "
        "6 loại virus làm thoái hóa sợi, quả thể mũ nhỏ cuống dài, chỉ phòng bằng khử trùng nhiệt; vi khuẩn làm nguyên "
        "liệu chua, ướt, bịch mộc nhĩ, linh chi có mùi hắc rồi thối, do khử trùng không triệt để, đóng bịch không chuẩn "
        "hoặc xếp bịch hấp quá chặt tạo áp suất giả.",
    ),
    (
        "nOo136",
        "vi",
        "p_nonglam",
        "Cách phòng trị nấm mốc xanh ở bịch phôi nấm",
        "Nguyên nhân mốc xanh trên phôi nấm sò, linh chi, mộc nhĩ: mùn cưa ủ chưa chín, nhiệt độ hấp chưa đạt, nhiệt độ "
        "môi trường, độ ẩm bịch chưa đạt, nhà ươm chưa khử trùng kỹ. Sau cấy 5-10 ngày thấy vệt xanh quanh bịch thì "
        "không chữa được: loại ngay bịch bệnh, chuyển bịch tốt sang nơi đã khử trùng, khử trùng nhà; bịch bệnh đem ủ "
        "lại rồi đóng bịch, hấp, cấy lại.",
    ),
    (
        "nOo137",
        "vi",
        "p_tailieu",
        "Bài giảng bệnh nấm và các biện pháp phòng trừ",
        "Bài giảng: điều kiện ấm, ẩm thuận lợi cho cả nấm trồng và bệnh hại. Nguyên tắc: vệ sinh là quan trọng nhất; "
        "đóng cửa khi nuôi sợi; lắp lưới che các cửa chống ruồi nấm; kiểm tra bịch thường xuyên; nhặt bỏ nấm rơi vãi, "
        "gốc nấm ngay sau thu hoạch; không để rác thải nấm gần nhà nấm; khử trùng compost thải trước khi chở ra; khử "
        "trùng nhà xưởng trước mỗi đợt nuôi trồng.",
    ),
    (
        "nOo138",
        "vi",
        "p_csdl",
        "Hỏi đáp phòng trừ côn trùng, chuột, nấm dại hại nấm",
        "Cơ sở dữ liệu hỏi đáp nông nghiệp: kiến, gián, chuột cắn rách túi nấm sò, ăn meo nấm rơm, mộc nhĩ ở giai đoạn "
        "ươm, tạo điểm nhiễm mốc; phòng bằng bẫy sập, bả sinh học, vệ sinh khử trùng trước và sau mỗi đợt, phun EM định "
        "kỳ 5-7 ngày với nồng độ 1/300-1/500. Nấm mực xuất hiện lúc ủ nguyên liệu, cấy giống do ẩm nguyên liệu quá cao.",
    ),
    (
        "nOo139",
        "vi",
        "p_namda",
        "Giáo trình mô đun trồng nấm sò: bệnh nhiễm nấm dại",
        "Nấm mực (nấm gió) mọc từ cơ chất, 2-3 ngày xòe ô rồi đen nhũn, tranh dinh dưỡng; do bào tử sẵn trong nguyên "
        "liệu, khử trùng chưa triệt để; cơ chất quá ẩm phải phơi lại và bổ sung nước vôi 1-2% hoặc vôi bột 0,3-0,5%. Nấm "
        "chân chim (nấm sò dại) mũ 1-3 cm phủ lông trắng, nhiễm khi cấy giống gần nguồn nấm dại: chọn chỗ cấy sạch, kín "
        "gió, nhặt nấm dại, tưới vôi, cách ly túi nhiễm.",
    ),
    (
        "nOo140",
        "vi",
        "p_virus",
        "Tài liệu bệnh do virus và bệnh sinh lý trên nấm",
        "Virus nhiễm nấm mỡ, nấm hương, bào ngư, ngân nhĩ làm cuống dài, tán nhỏ, quả thể mềm nhũn, lây qua côn trùng, "
        "dụng cụ, bào tử: khử trùng phòng và giá nuôi bằng formalin hoặc nhiệt độ cao, phân lập giống sạch bệnh, khử "
        "trùng dụng cụ hái. Bệnh sinh lý: sợi nấm mọc kéo dài không ra quả thể khi nhiệt độ trên 22°C, kém thông gió.",
    ),
    (
        "nOo141",
        "en",
        "p_infonet_green",
        "Green mould (Trichoderma) management guide",
        "Farmer information service: Trichoderma enters growing rooms on people and equipment, in poorly composted "
        "substrate or rooms not steamed enough; dense white growth turns into green patches; sticky spores spread by "
        "flies, mites and workers. Keep hygiene at every stage, pasteurise substrate and casing properly, remove "
        "contaminated substrate at least 100 m away, control flies and mites, sprinkle table salt on first patches, "
        "filter air and disinfect structures, equipment and clothing.",
    ),
    (
        "nOo142",
        "en",
        "p_foodaphone",
        "Green mould prevention programme for oyster mushroom houses",
        "Field-tested measures against Trichoderma in oyster mushroom: clean and seal walls, wash walls, ceilings and "
        "frames with 10% fresh lime water, spray lime and spread lime powder, then fumigate with a mushroom disinfectant "
        "at 3-4 g/m3; choose vigorous, clean strains; use fresh substrate with about 2% lime and 1% gypsum, or ferment "
        "mouldy material at high temperature first; keep air humidity near 70% early in cultivation.",
    ),
    (
        "nOo143",
        "en",
        "p_mushpeople",
        "Practical steps to limit green-mould losses",
        "Grower advice: most serious outbreaks come from cross-contamination on the farm; Trichoderma spores are slimy "
        "and travel on dust (dry mites, casing or compost particles), so outbreaks follow dry windy weather. Use "
        "washable concrete drives, avoid spilling compost, water spent bags lightly before emptying, keep drops short "
        "and press bags from outside when levelling.",
    ),
    (
        "nOo144",
        "en",
        "p_emr",
        "Research on Trichoderma green mould control",
        "Research centre identifying compost preparation conditions that eradicate green mould inoculum and comparing "
        "permitted disinfectants against a range of Trichoderma species, including T. aggressivum, for sanitising "
        "mushroom farms; green moulds also hit oyster and shiitake growing.",
    ),
    (
        "nOo145",
        "en",
        "p_pnw_green",
        "Green mould (Trichoderma) disease: handbook entry",
        "Extension handbook: Trichoderma harzianum causes pale brown spots on caps and white mould turning green on "
        "boxes, compost and cut stems; red pepper mites are often associated. Cultural control: disinfest structures, "
        "equipment and clothing used at spawning, filter air, control mites; chemical options with rates and re-entry "
        "intervals.",
    ),
    (
        "nOo146",
        "en",
        "p_ama",
        "Integrated pest management: Trichoderma",
        "Industry IPM sheet: Trichoderma mycelium starts grey, turns dense white, then dark green as it sporulates; "
        "spores arrive on staff, clothing, equipment, plastic, flies and mites; control is two-fold: proper phase I and "
        "II composting, and good hygiene and sanitation to cut spore loads and infection chances.",
    ),
    (
        "nOo147",
        "en",
        "p_flies",
        "Mushroom fly control without synthetic pesticides",
        "Farmer information service: sciarid and phorid flies enter through openings, each female lays up to 170 eggs "
        "and egg to adult takes about 21 days at 24.5°C; larvae damage mycelium, pins and caps, and flies spread diseases "
        "and mites. Cover windows and vents with insect net, monitor with yellow sticky traps (oil-coated yellow sheets; "
        "15 W yellow bulbs are used in India), remove spent substrate, disinfect rooms with bleach after each cycle and "
        "clear weeds and rotting material.",
    ),
    (
        "nOo148",
        "en",
        "p_mites",
        "Mushroom mite identification and control",
        "Farmer information: tarsonemid mushroom mites are invisible to the naked eye, shiny light brown, and gnaw stipe "
        "bases, which turn reddish-brown; damage depends on timing and numbers, worst when mites arrive at spawning. Red "
        "pepper mites (0.25 mm, yellowish-brown) feed on weed moulds, signal Trichoderma and poor compost, and carry "
        "spores from bag to bag.",
    ),
    (
        "nOo149",
        "en",
        "p_bugs",
        "Biological control for phorid and sciarid flies",
        "Biocontrol supplier: phorid larvae feed on mycelium and sciarids on compost, and both transmit disease. "
        "Research presented to Australian and New Zealand growers showed that combining biocontrol agents, soft "
        "chemistry and cultural practices greatly improves fly management; IPM guides available.",
    ),
    (
        "nOo150",
        "en",
        "p_pnw_fly",
        "Mushroom fly IPM handbook entry",
        "Extension handbook: sciarid flies (about 0.25 inch, long antennae) attack compost, spawn, pins and caps; "
        "phorids (0.125 inch, humpbacked) feed on mycelia; cecid 'mother larvae' give birth to 10-30 daughter larvae. "
        "Control rests on exclusion (sealed, screened rooms, doors, fans, drains), sanitation, pasteurisation, shorter "
        "crop cycles, post-harvest steam cleaning and light traps near doors.",
    ),
    (
        "nOo151",
        "en",
        "p_rg",
        "Insect, mite and nematode pests of commercial mushrooms (book chapter)",
        "Book chapter: mushroom farms can often control pests without chemicals because crops grow in protected rooms; "
        "covers sciarid, phorid and cecid flies, pyemotid (red pepper) mites, harmful and beneficial nematodes and minor "
        "pests, with recognition and management.",
    ),
    (
        "nOo152",
        "en",
        "p_phorid",
        "Mushroom phorid flies: review",
        "Review by Spanish mushroom research centres: the phorid Megaselia halterata, once a minor pest, now causes "
        "10-40% yield losses in India, the UK and the USA; updates its biology, damage and control options.",
    ),
    # further offers
    (
        "nOo153",
        "vi",
        "a_tt3456",
        "Hướng dẫn trồng nấm rơm: ngâm vôi, ủ rơm có vỉ lót và ống thông hơi",
        "Ngâm rơm trong nước vôi 4 kg/m3 khoảng 1 giờ để diệt nấm dại; chất rơm từng lớp, tưới nước, đến khi cao 1,5 m, "
        "ngang 2 m; mỗi tuần đảo từ trong ra ngoài; đặt vỉ dưới đáy tránh lớp rơm dưới cùng hư, cắm ống thông hơi cứ 2 m "
        "một ống cho rơm chín đều, dậm kỹ xung quanh, giữa dậm sơ; phủ ni lông hoặc lá chuối để giữ ẩm, giữ nhiệt.",
    ),
    (
        "nOo154",
        "vi",
        "a_nambonmua",
        "Quy trình trồng nấm rơm trên rơm 5 bước",
        "Cơ sở trồng và chế biến nấm (có nấm rơm sấy thăng hoa) hướng dẫn quy trình 5 bước trồng nấm rơm trên rơm năng "
        "suất cao, kèm video ủ rơm; chọn rơm khô ráo, sạch, vàng sáng, không nhiễm hóa chất, ưu tiên rơm nếp.",
    ),
    (
        "nOo155",
        "vi",
        "b_thungxop",
        "Hướng dẫn trồng nấm bào ngư trong thùng xốp",
        "Mô hình nhỏ cho sân thượng, ban công, góc bếp: chuẩn bị meo giống, giá thể sạch và thùng xốp đã xử lý, giữ "
        "môi trường kín, ẩm, thoáng khí; thu hoạch sau khoảng 20-25 ngày; tận dụng phế phẩm nông nghiệp; nấm bào ngư "
        "(Pleurotus spp.) có các chủng xám, trắng, xanh, hồng.",
    ),
    (
        "nOo156",
        "vi",
        "b_gocfarms",
        "Quy trình trồng mộc nhĩ trên thân cây gỗ",
        "Chọn gỗ mềm, xốp, không độc, có nhựa mủ trắng, đường kính 5-30 cm (tốt nhất 8-15 cm); cắt khúc, nhúng nước vôi "
        "đặc, để ráo nhựa 7-15 ngày; chuẩn bị dụng cụ và giống rồi cấy; ở Việt Nam trồng chủ yếu Auricularia auricula "
        "(cánh mỏng) và A. polytricha (cánh dày).",
    ),
    (
        "nOo157",
        "vi",
        "a_giaiphap",
        "Tài liệu giải pháp đẩy mạnh sản xuất và tiêu thụ nấm ăn, nấm dược liệu",
        "Nấm rơm hợp Nam Trung Bộ và Nam Bộ: nhiệt độ thích hợp 30-32°C, độ ẩm nguyên liệu 65-70%, ẩm không khí 80%, pH "
        "trung tính, ưa thoáng khí; năng suất khoảng 150 kg nấm tươi trên 1 tấn nguyên liệu khô; nấm mỡ nuôi sợi 24-25°C, "
        "ra nấm 15-17°C. Phân tích giải pháp sản xuất và tiêu thụ nấm ở Việt Nam.",
    ),
    (
        "nOo158",
        "vi",
        "b_lc_mdbs",
        "Hướng dẫn trồng nấm linh chi tại nhà từ bịch phôi",
        "Hướng dẫn chi tiết cho người mới, quy mô nhỏ: đặc điểm nấm linh chi Ganoderma lucidum, lợi ích của việc tự "
        "trồng và kỹ thuật chăm sóc để biến bịch phôi thành tai nấm linh chi.",
    ),
    (
        "nOo159",
        "vi",
        "b_lc_health",
        "Tác dụng dược lý của nấm linh chi",
        "Giới thiệu công dụng của linh chi theo y học cổ truyền và phân tích dược tính: điều hòa huyết áp, giảm "
        "cholesterol, bảo vệ gan, hỗ trợ tim mạch, hô hấp, giải độc.",
    ),
    (
        "nOo160",
        "vi",
        "d_nuoctuoi",
        "Chất lượng nước tưới trong nhà kính",
        "Tư vấn nguồn nước tưới cho cây trồng trong nhà kính: chất lượng nước thay đổi theo nguồn (sông, ao, nước ngầm, "
        "nước máy), ảnh hưởng pH, độ mặn và dinh dưỡng giá thể; sắt, bicacbonat làm tắc vòi phun; theo dõi EC, pH định kỳ.",
    ),
    (
        "nOo161",
        "en",
        "d_hfgreenhouse",
        "Six ways to cool flower greenhouses in summer",
        "Greenhouse maker's guide: shading, wet-curtain fan cooling, micro-fog cooling, natural ventilation, roof "
        "spraying and air conditioning; micro-fog evaporates fast and absorbs heat but raises humidity, so it suits "
        "poorly on muggy days.",
    ),
    (
        "nOo162",
        "vi",
        "e_thanghoa",
        "So sánh máy sấy lạnh và máy sấy thăng hoa",
        "Phân biệt hai dòng máy sấy nông sản: máy sấy lạnh là máy sấy nhiệt gắn thêm bộ hút ẩm, làm việc 15-60°C, thực "
        "tế 30-50°C; máy sấy thăng hoa cấp đông sản phẩm ở âm sâu khoảng -30°C và hút chân không, giá thành cao.",
    ),
]
