"""Needs of the holdout79 set: (id, language, source key, title, description, {offer id: grade}).

Needs written from pages about other places are set in Trà Vinh / Vĩnh Long (see make_holdout79.py).
"""

NEEDS = [
    (
        "lCn01",
        "vi",
        "koi_wirral",
        "Cần quy trình cho cá Koi đẻ và ương cá bột tại Càng Long",
        "Hợp tác xã cá cảnh ở xã Phương Thạnh, Càng Long (Trà Vinh) đang nuôi khoảng 40 cá Koi 2–3 tuổi trong ao lót bạt. "
        "Mùa khô nước ấm 20–23 °C cá rượt nhau nhưng trứng bị ăn hết hoặc nấm trắng, chưa thu được cá bột. Cần quy trình "
        "chọn cặp, đặt giá thể đẻ, ấp trứng (4–7 ngày) và cho cá bột ăn sau khi tiêu hết noãn hoàng.",
        {"lCo001": 2, "lCo002": 2, "lCo003": 2, "lCo004": 1, "lCo005": 1, "lCo006": 1},
    ),
    (
        "lCn02",
        "en",
        "koi_8m",
        "Koi hobby farm in Long Hồ wants to produce its own fry",
        "We run a small koi farm in Long Hồ district (Vĩnh Long) with fish over 25 cm. Each spring they spawn in the main "
        "pond but the adults eat the eggs and the rest go white with fungus. We want to use spawning ropes, a 2:1 "
        "male–female ratio, move eggs to an incubation tank at 20–22 °C with aeration, and learn how to raise the fry.",
        {"lCo002": 2, "lCo003": 2, "lCo001": 2, "lCo006": 1},
    ),
    (
        "lCn03",
        "vi",
        "koi_askoi",
        "Cần tư vấn chọn cá Koi bố mẹ cho sinh sản nhân tạo ở Vũng Liêm",
        "Trại cá Koi ở Vũng Liêm (Vĩnh Long) muốn chủ động nhân giống thay vì để cá đẻ tự nhiên ít trứng, chất lượng kém. "
        "Cần người tư vấn chọn cá bố mẹ đúng tuổi, đúng cỡ, phân biệt đực cái và hướng dẫn cho đẻ nhân tạo để có cá con "
        "đẹp bán dịp Tết.",
        {"lCo004": 2, "lCo001": 2, "lCo005": 1},
    ),
    (
        "lCn04",
        "en",
        "koi_lovepets",
        "Koi breeder in Trà Vinh city needs a fry grading and culling method",
        "A koi breeder in Ward 7, Trà Vinh city, gets thousands of fry per spawn but sells them ungraded at low prices. "
        "We need a practical method to cull and grade fry by colour, pattern and body shape over the first months, so "
        "we keep only saleable fish and know which parents to keep breeding.",
        {"lCo006": 2, "lCo005": 1, "lCo001": 1},
    ),
    (
        "lCn05",
        "vi",
        "guppy_vuanem",
        "Hộ nông dân Tiểu Cần muốn nuôi cá bảy màu bán cho tiệm cá",
        "Gia đình tôi ở xã Hiếu Tử, Tiểu Cần (Trà Vinh) có sẵn mấy bể xi măng và thùng xốp, muốn nuôi cá bảy màu sinh "
        "sản để bán sỉ cho các tiệm cá kiểng trong tỉnh. Cần hướng dẫn nhiệt độ, nước, thức ăn, cách cho đẻ và tách cá "
        "con để cá khỏe, lên màu đẹp.",
        {"lCo008": 2, "lCo009": 2, "lCo010": 1, "lCo011": 1},
    ),
    (
        "lCn06",
        "en",
        "guppy_diendan",
        "Guppy breeder in Trà Vinh city wants to fix fancy tail strains",
        "Our shop in Trà Vinh city breeds guppies but offspring come out with mixed tail shapes and colours. We want "
        "help selecting and line-breeding true strains by tail and fin type (swordtail, delta, fan, veil) so we can sell "
        "higher-value fancy guppies to Cần Thơ and Ho Chi Minh City.",
        {"lCo010": 2, "lCo008": 1, "lCo009": 1},
    ),
    (
        "lCn07",
        "vi",
        "betta_zen",
        "Cơ sở cá xiêm ở Trà Ôn cần kỹ thuật cho đẻ và nuôi cá bột",
        "Cơ sở nuôi cá betta ở thị trấn Trà Ôn (Vĩnh Long) thấy cá đực làm tổ bọt nhưng ghép cặp thường bị cắn nhau, "
        "trứng rơi, cá bột chết nhiều sau khi nở. Cần quy trình bể đẻ, nhiệt độ, thời điểm tách cá mái, cá trống và thức "
        "ăn cho cá bột.",
        {"lCo012": 2, "lCo013": 2, "lCo014": 1, "lCo015": 1},
    ),
    (
        "lCn08",
        "en",
        "artemia_diendan",
        "Steady live-feed supply for betta and guppy fry in Trà Ôn",
        "Several small betta and guppy hatcheries around Trà Ôn and Tam Bình (Vĩnh Long) buy artemia eggs irregularly "
        "and often run out during peak spawning. We want to produce our own live artemia (nauplii or biomass) indoors "
        "all year to feed fry, at low cost for water and salt.",
        {"lCo014": 2, "lCo015": 2, "lCo074": 1},
    ),
    (
        "lCn09",
        "en",
        "arow_wikithuysinh",
        "Arowana keeper in Vĩnh Long city wants to pair and breed",
        "An arowana hobbyist-dealer in Vĩnh Long city keeps eight young arowanas in a large tank and wants them to pair "
        "and breed. The fish are aggressive and territorial. We need guidance on forming pairs, recognising courtship "
        "and spawning signs, and caring for the female during breeding.",
        {"lCo016": 2, "lCo018": 1, "lCo017": 1},
    ),
    (
        "lCn10",
        "vi",
        "arow_fishkeeper",
        "Doanh nghiệp ở TP Trà Vinh cần giấy tờ, chip cho cá rồng châu Á",
        "Công ty kinh doanh cá cảnh ở TP Trà Vinh muốn nhập và bán lại cá rồng châu Á hợp pháp. Cá rồng là loài được "
        "bảo vệ nên cần biết điều kiện trại nhân giống, giấy chứng nhận, gắn vi mạch cho từng con và cách kiểm tra chip "
        "khớp với danh sách khi lô hàng qua cửa khẩu.",
        {"lCo017": 2, "lCo019": 2, "lCo016": 1},
    ),
    (
        "lCn11",
        "en",
        "khv_fishsite",
        "Sudden koi deaths in a Càng Long pond — need KHV diagnosis",
        "A koi pond at a garden café in Càng Long (Trà Vinh) lost fish within days after new koi were added: pale and "
        "mottled gills, sunken eyes, excess mucus, fish gasping at the inlet, water around 24 °C. We need testing to "
        "confirm or rule out koi herpesvirus and advice on what to do with the remaining fish.",
        {"lCo021": 2, "lCo023": 2, "lCo022": 1, "lCo030": 1},
    ),
    (
        "lCn12",
        "vi",
        "khv_biologyinsights",
        "HTX cá Koi Long Hồ cần chương trình giám sát KHV trước khi bán",
        "Hợp tác xã cá Koi ở Long Hồ (Vĩnh Long) muốn bán cá sang các tỉnh khác và cần chứng minh đàn cá không nhiễm virus "
        "herpes Koi (KHV). Cần đơn vị xây dựng kế hoạch lấy mẫu giám sát, xét nghiệm chẩn đoán và xác nhận tình trạng an "
        "toàn dịch bệnh cho trại.",
        {"lCo022": 2, "lCo021": 2, "lCo023": 1},
    ),
    (
        "lCn13",
        "vi",
        "ich_hoanglam",
        "Cá kiểng bị đốm trắng li ti, cọ mình ở Châu Thành",
        "Trại cá kiểng nhỏ ở xã Hòa Lợi, Châu Thành (Trà Vinh) sau đợt trời trở lạnh thấy cá nổi đốm trắng như hạt muối "
        "trên thân, vây, mang, cá cọ vào thành bể, bỏ ăn, chết rải rác và lây sang các bể khác. Cần thuốc và phác đồ điều "
        "trị cùng cách phòng tái phát.",
        {"lCo024": 2, "lCo025": 2, "lCo029": 1},
    ),
    (
        "lCn14",
        "en",
        "ich_nuoicacanh",
        "White spot outbreak in guppy tanks at Cầu Kè",
        "A guppy and platy grower in Cầu Kè (Trà Vinh) has tiny white dots about 1 mm across on fish in many tanks after "
        "buying new stock. Fish flash against surfaces and some die. We need a treatment plan that takes the parasite's "
        "life cycle into account and steps to stop it spreading between tanks.",
        {"lCo024": 2, "lCo025": 2, "lCo029": 1},
    ),
    (
        "lCn15",
        "en",
        "col_allpets",
        "Betta farm in Trà Ôn losing fish to cotton-wool disease",
        "Our betta farm in Trà Ôn (Vĩnh Long) keeps hundreds of males in jars. Recently many show white cottony tufts on "
        "the mouth and back, frayed fins and ulcers, and die within days. We need a diagnosis and a treatment and "
        "prevention protocol we can apply across the farm.",
        {"lCo026": 2, "lCo027": 2, "lCo028": 2},
    ),
    (
        "lCn16",
        "vi",
        "col_lowyat",
        "Ca kieng bi nam mieng, thoi vay o Cau Ngang",
        "Trai ca betta va ca bay mau o xa Hiep Hoa, Cau Ngang (Tra Vinh) may tuan nay ca bi mang trang nhu bong gon o "
        "mieng, lung, vay rach dan, co con chet trong 1-2 ngay. Can nguoi chan doan benh va huong dan thuoc, cach xu ly "
        "nuoc de cuu dan ca.",
        {"lCo026": 2, "lCo027": 2, "lCo028": 2, "lCo029": 1},
    ),
    (
        "lCn17",
        "en",
        "ich_vienthucung",
        "Pet shop in Trà Vinh city wants health checks on incoming fish",
        "An aquarium shop in Trà Vinh city buys fish batches from farms in Tiền Giang and Ho Chi Minh City, and "
        "diseases such as white spot arrive with them. We need a fish-health service that can examine incoming batches "
        "(gill and skin checks for parasites) and advise on holding and quarantine before fish go on sale.",
        {"lCo030": 2, "lCo025": 1, "lCo024": 1, "lCo023": 1},
    ),
    (
        "lCn18",
        "vi",
        "loc_thegioi",
        "Quán cà phê sân vườn ở TP Trà Vinh cần hệ thống lọc hồ Koi",
        "Quán cà phê sân vườn ở phường 9, TP Trà Vinh có hồ Koi khoảng 20 m³ đáy bê tông, chưa có lọc, nước nhanh đục, "
        "có mùi và rêu, khách phàn nàn. Cần đơn vị thiết kế và lắp hệ lọc (hút đáy, lọc cơ học, lọc vi sinh, có thể thêm "
        "đèn UV) phù hợp, dễ vệ sinh.",
        {"lCo033": 2, "lCo038": 2, "lCo035": 2, "lCo034": 1, "lCo036": 1, "lCo039": 1},
    ),
    (
        "lCn19",
        "en",
        "filt_esearing",
        "Choosing a filter for a 2,000-gallon koi pond in Vũng Liêm",
        "A homestay in Vũng Liêm (Vĩnh Long) is building a koi pond of about 2,000 gallons and has been offered cheap "
        "barrel filters with a 9 W UV lamp. We want independent advice on sizing mechanical and biological filtration, "
        "whether bead filters suit a pond, and a proper design for the flow.",
        {"lCo035": 2, "lCo036": 2, "lCo033": 2, "lCo037": 1, "lCo039": 1},
    ),
    (
        "lCn20",
        "vi",
        "loc_cancauca",
        "Tiệm cá cảnh ở Cầu Kè cần nguồn vật liệu lọc",
        "Tiệm cá cảnh ở thị trấn Cầu Kè (Trà Vinh) bán bể và nhận vệ sinh hồ cho khách; nhiều hồ nước đục, hôi, cá hay "
        "bệnh do lọc kém. Tiệm cần nhà cung cấp vật liệu lọc (bông, chổi lọc, sứ, bi vi sinh) và hướng dẫn sắp xếp các "
        "lớp vật liệu cho đúng.",
        {"lCo034": 2, "lCo037": 1, "lCo038": 1},
    ),
    (
        "lCn21",
        "en",
        "air_usakoi",
        "Koi gasping at dawn in summer — Bình Minh pond needs aeration",
        "A koi keeper in Bình Minh (Vĩnh Long) sees fish gasping at the surface early in the morning during the hot "
        "months, when the pond is heavily fed and the water warm. We need an aeration system (air pump and bottom "
        "diffusers) sized for a pond of about 4,000 gallons, 1.5 m deep, that keeps running if the water pump stops.",
        {"lCo040": 2, "lCo041": 2, "lCo044": 2, "lCo042": 2, "lCo045": 1},
    ),
    (
        "lCn22",
        "vi",
        "air_xetai",
        "Cửa hàng cá kiểng Trà Cú cần máy sục khí chạy nhiều bể",
        "Cửa hàng cá kiểng ở thị trấn Trà Cú (Trà Vinh) có khoảng 30 bể kính thả dày để bán, trời nóng cá hay ngoi đầu. "
        "Cần tư vấn chọn máy sủi khí, dây dẫn, quả sủi chia cho nhiều bể, công suất bao nhiêu lít/phút là đủ và tránh sủi "
        "quá mạnh.",
        {"lCo043": 2, "lCo042": 2, "lCo040": 1, "lCo041": 1},
    ),
    (
        "lCn23",
        "en",
        "air_majestic",
        "Checking dissolved oxygen in koi ponds at Mang Thít",
        "A koi farm with several earthen ponds in Mang Thít (Vĩnh Long) suspects oxygen drops at night and on cloudy "
        "days. We want a practical way to measure dissolved oxygen, know the safe level for koi, and decide when to add "
        "aeration.",
        {"lCo045": 2, "lCo040": 1, "lCo044": 1},
    ),
    (
        "lCn24",
        "vi",
        "light_prettyfins",
        "Bể thủy sinh ở shop TP Vĩnh Long bị rêu sau khi đổi đèn LED",
        "Cửa hàng thủy sinh ở phường 1, TP Vĩnh Long thay đèn LED công suất lớn cho các bể trưng bày thì vài tuần sau "
        "rêu tảo mọc kín kính và cây. Cần tư vấn chọn đèn, cường độ, số giờ chiếu sáng và cách cân bằng để cây phát triển "
        "mà không bùng rêu.",
        {"lCo048": 2, "lCo049": 2, "lCo050": 2},
    ),
    (
        "lCn25",
        "en",
        "test_allabout",
        "New shop tanks in Duyên Hải keep losing fish in the first month",
        "A new aquarium shop in Duyên Hải town (Trà Vinh) keeps losing fish in freshly set-up display tanks. We suspect "
        "ammonia and nitrite spikes. We need test kits for ammonia, nitrite, nitrate and pH, and training for staff on "
        "reading them and cycling tanks before stocking.",
        {"lCo051": 2, "lCo052": 2, "lCo037": 1},
    ),
    (
        "lCn26",
        "vi",
        "light_gadomo",
        "Can den LED cho ho thuy sinh ban cho khach",
        "Tiem thuy sinh o TP Tra Vinh lam ho cay thuy sinh de ban cho khach nhung den kem theo ho qua yeu, cay coi, co "
        "ho lai bi chay la. Can nguon den LED chuyen cho cay thuy sinh va huong dan chinh do sang, gio bat tat phu hop tung loai cay.",
        {"lCo048": 2, "lCo049": 1, "lCo050": 1},
    ),
    (
        "lCn27",
        "vi",
        "food_ouci",
        "Nhà máy cá tra ở Vĩnh Long muốn làm thức ăn chó mèo từ đầu, xương, nội tạng",
        "Một nhà máy phi lê cá tra ở Bình Minh (Vĩnh Long) thải ra hàng chục tấn đầu, xương, da, nội tạng mỗi ngày, hiện "
        "chỉ bán rẻ làm bột cá chăn nuôi. Muốn tìm công nghệ thủy phân, làm bột và dầu cá chất lượng cao để làm nguyên "
        "liệu thức ăn, bánh thưởng cho chó mèo.",
        {"lCo055": 2, "lCo056": 2, "lCo057": 2, "lCo059": 2, "lCo058": 1, "lCo075": 1},
    ),
    (
        "lCn28",
        "en",
        "food_dogsloveusmore",
        "Fish frames and viscera into pet-food palatants, Trà Ôn",
        "A tilapia and snakehead fillet plant in Trà Ôn (Vĩnh Long) wants to turn heads, frames and viscera into "
        "higher-value ingredients for kibble makers, mainly a palatability coating and a digestible protein. We need "
        "the processing route, quality specifications and evidence that dogs accept such ingredients.",
        {"lCo057": 2, "lCo055": 2, "lCo056": 2, "lCo059": 1, "lCo058": 1, "lCo075": 1},
    ),
    (
        "lCn29",
        "en",
        "bsf_blacksoldierflies",
        "Cooperative in Cầu Ngang wants insect protein for pet food",
        "A cooperative in Cầu Ngang (Trà Vinh) collects several tonnes a week of fruit, vegetable and market waste. We "
        "want to rear black soldier fly larvae on it and process them into a protein meal for dog and cat food or treats, "
        "and need the rearing process and product specifications.",
        {"lCo060": 2, "lCo061": 2, "lCo062": 2, "lCo063": 1, "lCo073": 1},
    ),
    (
        "lCn30",
        "vi",
        "bsf_phuankhanh",
        "Nuoi ruoi linh den lam thuc an cho ca canh, ga da",
        "Ho nuoi ca canh va ga da o xa Luong Hoa, Chau Thanh (Tra Vinh) muon tu nuoi ruoi linh den tren ba dau, phan "
        "chuong, rau cu hu de lay au trung cho ca va ga an, giam tien cam. Can huong dan chuong nuoi ruoi de trung, cach "
        "nuoi au trung va thu hoach.",
        {"lCo061": 2, "lCo062": 2, "lCo060": 1, "lCo073": 1},
    ),
    (
        "lCn31",
        "en",
        "jerky_kinship",
        "Chicken processor in Bình Tân wants to make dried chicken treats for dogs",
        "A small poultry slaughterhouse in Bình Tân (Vĩnh Long) has breast trimmings and other cuts it sells cheaply. "
        "Pet owners worry about imported jerky treats after recalls, so we want a safe drying process for chicken jerky "
        "dog treats made locally, with temperatures, times and storage advice.",
        {"lCo064": 2, "lCo065": 2, "lCo066": 2},
    ),
    (
        "lCn32",
        "vi",
        "jerky_workingmom",
        "Cơ sở giết mổ gà ở Mang Thít muốn làm snack chân gà, ức gà sấy cho chó",
        "Cơ sở giết mổ gia cầm ở Mang Thít (Vĩnh Long) dư nhiều chân gà và thịt vụn. Muốn sấy thành snack cho chó bán "
        "cho các pet shop trong tỉnh, cần quy trình cắt lát, nhiệt độ và thời gian sấy, cách bảo quản để không mốc, không "
        "nhiễm khuẩn.",
        {"lCo065": 2, "lCo064": 2, "lCo066": 2},
    ),
    (
        "lCn33",
        "en",
        "litter_compbile",
        "Tofu makers in Trà Vinh city want to turn okara into cat litter",
        "A group of tofu and soy-milk makers in Ward 4, Trà Vinh city, throws away okara (soy pulp) every day. We want "
        "to dry and pelletise it into clumping, flushable cat litter and need the formulation (binders), process and "
        "equipment.",
        {"lCo067": 2, "lCo068": 2},
    ),
    (
        "lCn34",
        "vi",
        "litter_metro",
        "Cơ sở làm đậu hũ ở Tiểu Cần muốn làm cát vệ sinh cho mèo từ bã đậu",
        "Cơ sở sản xuất đậu hũ ở thị trấn Tiểu Cần (Trà Vinh) mỗi ngày dư vài trăm ký bã đậu nành, chỉ bán rẻ cho người "
        "nuôi heo. Muốn làm cát vệ sinh cho mèo vón cục, ít bụi, khử mùi để bán cho các tiệm thú cưng; cần công thức và "
        "quy trình ép viên, sấy.",
        {"lCo067": 2, "lCo068": 2},
    ),
    (
        "lCn35",
        "vi",
        "feed_enviro",
        "HTX ở Càng Long muốn tự làm thức ăn viên nổi cho cá cảnh",
        "Hợp tác xã cá kiểng ở xã An Trường, Càng Long (Trà Vinh) tốn nhiều tiền mua cám viên cho cá Koi, cá vàng. Có sẵn "
        "cám gạo, tấm, bột cá địa phương, muốn đầu tư máy ép đùn nhỏ để làm viên nổi cỡ 1–5 mm; cần máy phù hợp và quy "
        "trình phối trộn, ép, sấy.",
        {"lCo069": 2, "lCo070": 2, "lCo072": 1, "lCo059": 1},
    ),
    (
        "lCn36",
        "en",
        "feed_feedpellet",
        "Small floating pellet line for koi and goldfish feed in Long Hồ",
        "A feed shop in Long Hồ (Vĩnh Long) wants to produce its own floating pellets for koi and goldfish, a few hundred "
        "kilos a day, so customers can see how much fish eat and water stays clean. We need a small extruder and the "
        "process know-how for pellets that float for hours.",
        {"lCo069": 2, "lCo070": 2, "lCo072": 1},
    ),
    (
        "lCn37",
        "en",
        "rabies_thvl",
        "Commune in Cầu Kè needs a dog rabies vaccination campaign",
        "The people's committee of a commune in Cầu Kè (Trà Vinh) reports that fewer than half of local dogs are "
        "vaccinated against rabies, while the national average is only about 40% and a neighbouring province reached "
        "85% of its plan. We need an organised campaign (vaccine supply, vaccination points, mobile teams, certificates) "
        "to raise coverage above 70%.",
        {"lCo080": 2, "lCo081": 2, "lCo082": 2},
    ),
    (
        "lCn38",
        "vi",
        "rabies_daklak",
        "Xã ở Trà Cú nhiều chó thả rông, cần tiêm phòng dại",
        "Xã Ngãi Xuyên, Trà Cú (Trà Vinh) có nhiều chó thả rông, đã xảy ra vài vụ chó cắn người, nhiều hộ chưa từng tiêm "
        "phòng dại cho chó. Xã cần đơn vị thú y tổ chức tiêm phòng dại tận ấp, hỗ trợ vắc xin cho hộ khó khăn và cấp giấy "
        "chứng nhận tiêm.",
        {"lCo081": 2, "lCo082": 2, "lCo080": 2},
    ),
    (
        "lCn39",
        "vi",
        "vac_thegioiloaicho",
        "Phòng khám thú y mới ở Vũng Liêm cần phác đồ tiêm cho chó con, mèo con",
        "Phòng khám thú y mới mở ở thị trấn Vũng Liêm (Vĩnh Long) cần xây dựng lịch tiêm chuẩn cho chó con từ 6 tuần "
        "tuổi (vắc xin tổng hợp, nhắc lại, dại) và mèo con, nhắc lại hằng năm cho thú trưởng thành, để tư vấn thống nhất "
        "cho khách.",
        {"lCo076": 2, "lCo077": 2, "lCo078": 2, "lCo079": 2},
    ),
    (
        "lCn40",
        "en",
        "vac_asklyer",
        "Pet shop selling puppies in Trà Vinh city needs a vaccination programme",
        "A pet shop in Trà Vinh city sells puppies and kittens bought from local breeders, and some have died of parvo "
        "soon after sale. We need a vet partner and a core-vaccine schedule (first shots at 6–8 weeks, boosters, rabies) "
        "so animals are protected before they go to new owners.",
        {"lCo078": 2, "lCo079": 2, "lCo076": 2, "lCo077": 1},
    ),
    (
        "lCn41",
        "vi",
        "vac_memart7",
        "Lich tiem vaccine 7 benh cho cho o Cang Long",
        "Trai cho giong o thi tran Cang Long (Tra Vinh) nuoi Phoc, Poodle, chua ro tiem vaccine 7 benh luc may tuan tuoi, "
        "tiem may mui, khi nao tiem dai va nhac lai hang nam. Can bac si thu y len lich tiem cho ca dan.",
        {"lCo076": 2, "lCo077": 2, "lCo078": 1},
    ),
    (
        "lCn42",
        "en",
        "spay_vienthucung",
        "Animal-welfare group in Vĩnh Long wants low-cost spay and neuter",
        "A volunteer animal-welfare group in Vĩnh Long city feeds stray cats and dogs at markets and pagodas, and their "
        "numbers keep growing. We need a veterinary partner that can spay and neuter animals quickly and at low cost in "
        "scheduled sessions.",
        {"lCo084": 2, "lCo083": 2, "lCo085": 1, "lCo088": 1},
    ),
    (
        "lCn43",
        "vi",
        "spay_vnexpress",
        "Hộ nuôi chó kiểng ở Tam Bình muốn ngừa chó cái mang thai ngoài ý muốn",
        "Gia đình ở Tam Bình (Vĩnh Long) nuôi năm chó Bắc Kinh, trong đó hai chó cái hay động dục, bỏ nhà đi và mang thai "
        "ngoài ý muốn. Cần phòng khám tư vấn các cách kiểm soát sinh sản cho chó cái (triệt sản hoặc thuốc), ưu nhược "
        "điểm và chăm sóc sau đó.",
        {"lCo083": 2, "lCo085": 2, "lCo088": 2, "lCo084": 1},
    ),
    (
        "lCn44",
        "en",
        "vac_maowsy",
        "Cat café in Vĩnh Long city needs a vaccination plan for resident cats",
        "A cat café in Ward 2, Vĩnh Long city, keeps 15 cats that meet many visitors. We need a vet to set a core "
        "vaccination and booster schedule for the cats (panleukopenia, herpesvirus, calicivirus, rabies) and advise "
        "on vaccinating new kittens before they join.",
        {"lCo078": 2, "lCo079": 2, "lCo076": 2, "lCo077": 1},
    ),
    (
        "lCn45",
        "vi",
        "groom_angiang",
        "Tiệm thú cưng TP Trà Vinh mở thêm dịch vụ spa, cần đào tạo thợ",
        "Tiệm bán thức ăn và phụ kiện thú cưng ở phường 1, TP Trà Vinh muốn mở thêm dịch vụ tắm, cắt tỉa lông, cắt móng, "
        "vệ sinh tai cho chó mèo vì khách hỏi nhiều trước Tết. Cần chương trình đào tạo thợ grooming và quy trình làm "
        "việc an toàn.",
        {"lCo090": 2, "lCo089": 2, "lCo091": 2, "lCo093": 2, "lCo092": 1, "lCo104": 1},
    ),
    (
        "lCn46",
        "en",
        "groom_vnexpress",
        "Grooming salon in Vĩnh Long overloaded before Tết",
        "Our grooming salon in Vĩnh Long city takes 30–40 dogs and cats a day in the weeks before Tết and staff work "
        "late into the night. We need a standard workflow (intake health check, bathing, drying, clipping) to speed up "
        "service safely, and training for new assistants.",
        {"lCo089": 2, "lCo091": 1, "lCo093": 1, "lCo101": 1},
    ),
    (
        "lCn47",
        "en",
        "groom_becomecareer",
        "Vocational school in Trà Vinh wants a short pet-grooming course",
        "A vocational training centre in Trà Vinh city wants to add a short course in pet grooming for young people. "
        "We are looking for a curriculum (handling, bathing, clipping, nails, ears, hygiene), trainers and a recognised "
        "certificate or apprenticeship route.",
        {"lCo091": 2, "lCo093": 2, "lCo092": 2, "lCo090": 2, "lCo104": 2},
    ),
    (
        "lCn48",
        "vi",
        "board_documentspub",
        "Mở khách sạn chó mèo ở Càng Long, cần tiêu chuẩn chuồng trại, vệ sinh",
        "Chủ một trại chó ở Càng Long (Trà Vinh) muốn cải tạo dãy chuồng để nhận giữ chó mèo khi chủ đi xa dịp Tết. Cần "
        "tiêu chuẩn xây chuồng (vật liệu dễ rửa, vách ngăn, nhiệt độ), quy trình vệ sinh khử trùng, yêu cầu tiêm phòng "
        "và mô hình dịch vụ, giá phòng tham khảo.",
        {"lCo096": 2, "lCo097": 2, "lCo098": 2, "lCo094": 2, "lCo095": 1},
    ),
    (
        "lCn49",
        "en",
        "board_justhappydog",
        "Boarding facility in Long Hồ wants to stop parvo spreading",
        "A dog boarding and day-care facility in Long Hồ (Vĩnh Long) had parvovirus cases among boarders last season. "
        "We need infection-control protocols: vaccination checks at intake, disinfection routines, isolation and staff "
        "training.",
        {"lCo098": 2, "lCo096": 2, "lCo097": 1, "lCo076": 1},
    ),
    (
        "lCn50",
        "vi",
        "pos_visualfoodie",
        "Chuỗi 3 cửa hàng thú cưng ở Vĩnh Long cần phần mềm quản lý",
        "Chuỗi ba cửa hàng thú cưng ở TP Vĩnh Long và Bình Minh đang ghi sổ tay, thường hết hàng hoặc để thức ăn quá "
        "hạn, không quản lý được lịch spa và hồ sơ thú cưng bán ra. Cần phần mềm bán hàng, kho, hạn sử dụng, đặt lịch dịch vụ.",
        {"lCo099": 2, "lCo100": 2, "lCo101": 2},
    ),
    (
        "lCn51",
        "vi",
        "groom_nld",
        "Tiệm chăm sóc chó mèo ở TP Vĩnh Long muốn thêm dịch vụ giữ thú cưng",
        "Tiệm tắm, cắt tỉa lông chó mèo ở phường 3, TP Vĩnh Long có nhiều khách hỏi gửi thú cưng vài ngày khi đi công tác "
        "hoặc về quê. Cần mô hình dịch vụ lưu trú (chuồng, camera, đưa đón, giá theo cân nặng) và lưu ý vệ sinh, an toàn.",
        {"lCo094": 2, "lCo095": 2, "lCo096": 1, "lCo098": 1},
    ),
    (
        "lCn52",
        "en",
        "groom_pettracted",
        "Cat groomer in Trà Vinh city seeks professional certification",
        "A groomer in Trà Vinh city who specialises in Persian and British Shorthair cats wants a recognised cat-grooming "
        "certification to build trust with owners and train staff. We need information on certifying bodies and how to "
        "prepare for the exams.",
        {"lCo092": 2, "lCo104": 1, "lCo091": 1},
    ),
    (
        "lCn53",
        "vi",
        "bird_chimcanhvn",
        "Nghệ nhân chim ở Cầu Kè muốn cho chào mào sinh sản trong lồng",
        "Câu lạc bộ chim cảnh ở Cầu Kè (Trà Vinh) muốn nhân giống chào mào thay vì mua chim bẫy ngoài tự nhiên. Mùa sinh "
        "sản khoảng tháng 8 đến tháng 4, chim đã trên 12 tháng tuổi; cần hướng dẫn kích thước lồng ghép đôi, khẩu phần "
        "chim trống, chim mái và cách chăm chim non.",
        {"lCo105": 2, "lCo106": 2, "lCo108": 2, "lCo107": 1},
    ),
    (
        "lCn54",
        "en",
        "bird_wikifarm",
        "Songbird club in Trà Vinh city wants captive-bred bulbuls",
        "A red-whiskered bulbul club in Trà Vinh city wants members to stop buying wild-caught birds and start a "
        "captive-breeding programme, including rare colour forms. We need breeding stock and know-how on cages, diet "
        "and raising chicks.",
        {"lCo108": 2, "lCo105": 2, "lCo106": 2, "lCo107": 1},
    ),
    (
        "lCn55",
        "vi",
        "bird_petshopio",
        "Chim chao mao bi tieu chay, xu long, bo hot",
        "Tiem chim canh o thi tran Chau Thanh (Tra Vinh) co nhieu chim chao mao bong dung bo an, phan long, xu long, ngu "
        "nhieu, khong hot, vai con chet. Can cach nhan biet benh va thuoc dieu tri, cach ve sinh long.",
        {"lCo109": 2, "lCo111": 1, "lCo110": 1},
    ),
    (
        "lCn56",
        "en",
        "bird_quytran_nhanbiet",
        "Bird shop in Tiểu Cần with sick songbirds",
        "A songbird shop in Tiểu Cần (Trà Vinh) has laughingthrushes and bulbuls with swollen scaly feet, mites and "
        "diarrhoea, some with ruffled feathers and breathing trouble. We need help recognising these diseases early and "
        "treating them, and advice on cage hygiene.",
        {"lCo110": 2, "lCo109": 2, "lCo111": 2},
    ),
    (
        "lCn57",
        "en",
        "bird_contentzza",
        "Family in Mang Thít breeding lovebirds for pet shops",
        "A family in Mang Thít (Vĩnh Long) wants to breed lovebirds in cages to sell to pet shops in the Mekong Delta. "
        "We need cage sizes, nest boxes, nesting material and practical advice on egg laying, hatching and chick care.",
        {"lCo112": 2, "lCo113": 2, "lCo114": 1, "lCo115": 1},
    ),
    (
        "lCn58",
        "vi",
        "bird_theeuthymic",
        "Trại chim cảnh ở Bình Minh cần lồng đẻ, ổ đẻ cho vẹt uyên ương",
        "Trại chim cảnh ở Bình Minh (Vĩnh Long) nuôi vẹt uyên ương và yến phụng theo đàn, chim đánh nhau, trứng vỡ, khó "
        "kiểm soát ghép cặp. Muốn chuyển sang nuôi từng cặp trong lồng đẻ riêng; cần thiết kế lồng, hộp tổ dễ kiểm tra "
        "trứng và cách bố trí.",
        {"lCo112": 2, "lCo113": 2, "lCo114": 2, "lCo115": 1},
    ),
    (
        "lCn59",
        "en",
        "bird_weddings",
        "Canary breeding set-up for a pet shop in Vĩnh Long city",
        "A pet shop in Vĩnh Long city wants to breed canaries itself rather than import them. We need a method for "
        "pairing the birds safely (cocks can injure hens), nest and nesting-material set-up, and suitable breeding cages.",
        {"lCo115": 2, "lCo114": 2, "lCo112": 1},
    ),
    (
        "lCn60",
        "vi",
        "exp_soha",
        "Trại cá kiểng Càng Long muốn xuất khẩu, cần kiểm dịch và chứng nhận",
        "Trại cá kiểng ở Càng Long (Trà Vinh) nuôi cá bảy màu, cá dĩa, cá vàng và được một công ty ở TP.HCM hỏi mua để "
        "xuất sang châu Âu. Cần hướng dẫn thủ tục giấy chứng nhận kiểm dịch, điều kiện an toàn dịch bệnh cơ sở mà thị "
        "trường nhập khẩu yêu cầu.",
        {"lCo118": 2, "lCo126": 2, "lCo030": 1, "lCo125": 1},
    ),
    (
        "lCn61",
        "en",
        "ship_watergarden",
        "Koi dealer in Trà Vinh loses fish when shipping by coach to Ho Chi Minh City",
        "A koi dealer in Trà Vinh city sends fish by passenger coach to buyers in Ho Chi Minh City and Cần Thơ, a trip of "
        "4–6 hours in the heat, and some koi arrive dead or stressed. We need proper packing: bag size and layers, water "
        "to oxygen ratio, cooling, boxes and preparation of the fish before packing.",
        {"lCo123": 2, "lCo119": 2, "lCo121": 2, "lCo122": 2, "lCo128": 2, "lCo129": 2, "lCo155": 1},
    ),
    (
        "lCn62",
        "vi",
        "ship_azponds",
        "Can dong goi ca canh gui di xa bang xe khach",
        "Co so ca canh o Tra Cu (Tra Vinh) hay gui ca Koi, ca vang cho khach o cac tinh bang xe khach, ca hay chet trong "
        "tui. Can huong dan nhin an truoc khi gui, dong tui oxy, thung xop, tui tho va cach giu nhiet trong luc van chuyen.",
        {"lCo123": 2, "lCo122": 2, "lCo128": 2, "lCo129": 1, "lCo155": 1},
    ),
    (
        "lCn63",
        "en",
        "fishmarket_vietnamdaily",
        "Ornamental-fish cooperative in Càng Long seeks export buyers",
        "An ornamental-fish cooperative in Càng Long (Trà Vinh) sells mostly to wholesale shops in Ho Chi Minh City at "
        "low prices. We want to reach foreign buyers directly: trade fairs, export partners and examples of cooperatives "
        "that already pack fish for overseas orders.",
        {"lCo125": 2, "lCo124": 2, "lCo127": 1, "lCo126": 1},
    ),
    (
        "lCn64",
        "vi",
        "ship_readkong",
        "Cần quy trình chuẩn bị cá trước khi vận chuyển, hạn chế chết sau khi nhận",
        "Trại cá Koi ở Long Hồ (Vĩnh Long) thấy cá gửi đi sống khi nhận nhưng chết rải rác vài ngày sau. Cần quy trình "
        "chuẩn bị cá trước khi gửi: bể giữ, nhịn ăn, kiểm tra ký sinh và sức khỏe, giảm stress, đóng gói phù hợp.",
        {"lCo030": 2, "lCo122": 2, "lCo120": 1, "lCo121": 1, "lCo155": 1},
    ),
    (
        "lCn65",
        "en",
        "ship_readkong",
        "How many fish per bag on long truck trips from Long Hồ",
        "A koi and goldfish farm in Long Hồ (Vĩnh Long) trucks fish to provinces up to 12 hours away. We need guidance on "
        "stocking density per bag by fish size and species, water volume, pure oxygen, temperature and what to do with "
        "water chemistry on arrival.",
        {"lCo130": 2, "lCo119": 2, "lCo121": 2, "lCo128": 1},
    ),
    (
        "lCn66",
        "vi",
        "online_baybridge",
        "Shop cá cảnh online ở TP Trà Vinh bị khiếu nại cá chết khi giao",
        "Shop bán cá betta, cá bảy màu qua Facebook ở TP Trà Vinh gửi cá toàn quốc, thường bị khách báo cá chết, đòi hoàn "
        "tiền mà không có bằng chứng. Cần xây dựng chính sách đảm bảo cá sống khi giao: thời hạn báo, ảnh hoặc video túi "
        "chưa mở, hoàn tiền hay đổi cá, lịch gửi hàng.",
        {"lCo135": 2, "lCo136": 2, "lCo137": 2, "lCo138": 2, "lCo139": 2},
    ),
    (
        "lCn67",
        "en",
        "online_jjcorals",
        "Betta seller in Trà Ôn wants a fair dead-on-arrival policy",
        "A betta breeder in Trà Ôn (Vĩnh Long) ships orders nationwide and abroad through couriers and air cargo. We want "
        "a fair dead-on-arrival and live-arrival guarantee that protects both us and buyers: claim deadlines, evidence, "
        "credit or refund rules and shipping days.",
        {"lCo138": 2, "lCo139": 2, "lCo136": 2, "lCo137": 1},
    ),
    (
        "lCn68",
        "en",
        "pos_algoindia",
        "Pet-supply store in Vĩnh Long wants online ordering and loyalty points",
        "A pet-supply store in Vĩnh Long city wants customers to order food and accessories online, keep their pets' "
        "details and earn loyalty points, with billing and stock linked to the shop counter.",
        {"lCo102": 2, "lCo101": 2, "lCo099": 1, "lCo100": 1},
    ),
    (
        "lCn69",
        "vi",
        "online_cachep",
        "Tiệm cá kiểng TP Trà Vinh muốn bán hàng qua Facebook, TikTok",
        "Tiệm cá kiểng và phụ kiện thú cưng ở TP Trà Vinh bán chậm tại cửa hàng; thấy nhiều người bán cá, thú cưng qua "
        "mạng rất đắt hàng dịp lễ Tết. Cần tư vấn xây kênh Facebook, TikTok, livestream, hợp tác với người có ảnh hưởng để "
        "tăng đơn hàng.",
        {"lCo140": 2, "lCo143": 2, "lCo144": 1, "lCo141": 1, "lCo156": 1},
    ),
    (
        "lCn70",
        "en",
        "social_highpaw",
        "Pet shop and vet clinic in Vĩnh Long want a social-media plan",
        "A pet shop with a small vet clinic in Vĩnh Long city has a Facebook page it rarely updates. We want a "
        "social-media strategy: what to post, how to use photos and videos of customers' pets, paid boosting, and "
        "events that bring pet owners together.",
        {"lCo143": 2, "lCo140": 2, "lCo144": 2, "lCo156": 2, "lCo141": 1, "lCo142": 1},
    ),
    (
        "lCn71",
        "vi",
        "exp_soha",
        "Nông dân Cầu Ngang muốn chuyển ruộng sang nuôi nhiều loài cá kiểng",
        "Nhóm nông dân ở Cầu Ngang (Trà Vinh) có ruộng lúa kém hiệu quả, muốn chuyển sang nuôi cá kiểng nhiều loài (ông "
        "tiên, bảy màu, trân châu, tai tượng...) trong bể bạt, ao đất để bán quanh năm. Cần mô hình trại mẫu, cách bố trí "
        "bể, vốn đầu tư và đầu ra.",
        {"lCo151": 2, "lCo011": 2, "lCo150": 1, "lCo008": 1, "lCo029": 1},
    ),
    (
        "lCn72",
        "vi",
        "bird_vipetlovers",
        "Tiệm chim cảnh Duyên Hải lo bệnh sốt vẹt lây sang người",
        "Tiệm bán vẹt, yến phụng, vẹt uyên ương ở thị xã Duyên Hải (Trà Vinh) có vài con khó thở, chảy nước mũi, mắt, "
        "lờ đờ; chủ tiệm lo bệnh lây sang người. Cần đơn vị nhận biết, xét nghiệm bệnh ở chim cảnh và hướng dẫn phòng ngừa.",
        {"lCo111": 2, "lCo109": 1},
    ),
    (
        "lCn73",
        "en",
        "guppy_cacanhguppy",
        "Guppy tanks in Tiểu Cần need water and light settings",
        "A guppy grower in Tiểu Cần (Trà Vinh) keeps fish in an open shed where temperature swings and fish colour "
        "poorly. We need recommended temperature, pH, hardness, ammonia and daily lighting hours for guppies, and a "
        "basic care routine.",
        {"lCo008": 2, "lCo049": 1, "lCo048": 1},
    ),
    (
        "lCn74",
        "vi",
        "bsf_petgood",
        "Cửa hàng thú cưng Vĩnh Long cần thức ăn chó từ đạm côn trùng cho chó dị ứng",
        "Cửa hàng thú cưng ở TP Vĩnh Long có nhiều khách nuôi chó bị dị ứng thức ăn (ngứa, tiêu chảy) với đạm gà, bò. "
        "Muốn tìm nguồn nguyên liệu hoặc thức ăn dùng đạm ấu trùng ruồi lính đen làm nguồn đạm mới, có dữ liệu tiêu hóa "
        "và an toàn cho chó.",
        {"lCo060": 2, "lCo063": 1, "lCo061": 1},
    ),
    (
        "lCn75",
        "vi",
        "test_reefnation",
        "HTX Duyên Hải cần kiểm tra nước bể cá định kỳ",
        "Hợp tác xã nuôi cá cảnh ở Duyên Hải (Trà Vinh) lập thêm nhiều bể mới, cá thả vào hay chết. Cần bộ dụng cụ kiểm "
        "tra amoniac, nitrit, nitrat, pH và hướng dẫn đọc kết quả, lịch đo hằng tuần, khi nào mới được thả cá.",
        {"lCo052": 2, "lCo051": 2},
    ),
]
