"""Needs for holdout181: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = would solve the need, 1 = partly relevant / adjacent step; unlisted = not relevant.
Needs written from pages about other places are set in Tra Vinh / Vinh Long (see make_holdout181.py).
"""

NEEDS = [
    # --- 1. salt-tolerant and short-duration varieties ---
    (
        "pAn01",
        "vi",
        "vnews_travinh",
        "Cần giống lúa chịu mặn, ngắn ngày cho vụ Đông Xuân ở Cầu Ngang",
        "HTX chúng tôi ở Cầu Ngang (Trà Vinh) xuống giống Đông Xuân theo lịch né hạn mặn của ngành nông nghiệp, nhưng cuối vụ "
        "ruộng vẫn có thể gặp nước mặn. Cần giống lúa chịu mặn khoảng 3–4‰, thời gian sinh trưởng dưới 105 ngày, năng suất ổn "
        "định để xã viên yên tâm bán lúa cho HTX.",
        {
            "pAo001": 2,
            "pAo002": 2,
            "pAo003": 2,
            "pAo004": 2,
            "pAo014": 1,
            "pAo007": 1,
            "pAo005": 1,
            "pAo010": 1,
            "pAo015": 1,
        },
    ),
    (
        "pAn02",
        "en",
        "vnnews_shortage",
        "Saline-tolerant seed for rice–shrimp fields in Duyên Hải",
        "Our rice–shrimp households in Duyên Hải (Trà Vinh) often have to leave a deposit at seed shops to get saline-tolerant "
        "seed when the rainy-season rice crop starts. We want a regular supplier of short-term varieties that cope with 0.4–0.6% "
        "salinity left after the dry-season shrimp crop.",
        {"pAo009": 2, "pAo011": 2, "pAo006": 2, "pAo013": 1, "pAo008": 1, "pAo005": 1},
    ),
    (
        "pAn03",
        "vi",
        "vietmaz_kg",
        "Lúa mùa vùng tôm – lúa ở Trà Cú bị mặn gây hại, cần giống chịu mặn",
        "Năm mùa mưa kết thúc sớm, ruộng lúa mùa luân canh với tôm ở Trà Cú thiếu nước ngọt rửa mặn, nhiều diện tích bị hại "
        "30–70%, năng suất và chất lượng giảm. Nông dân cần giống lúa chịu mặn cao, hợp vùng tôm – lúa cho vụ lúa mùa mưa.",
        {"pAo011": 2, "pAo009": 2, "pAo006": 2, "pAo002": 1, "pAo007": 1},
    ),
    (
        "pAn04",
        "en",
        "upi",
        "Salt-tolerant breeding lines for low-lying fields in Châu Thành",
        "Sea water now reaches about 25 miles up the delta, against some 6 miles three decades ago, and our low fields in Châu "
        "Thành (Trà Vinh) take both salt and flooding. We would like to test salt-tolerant lines from international breeding "
        "programmes; tolerance to submergence would be a plus.",
        {"pAo013": 2, "pAo006": 2, "pAo005": 1, "pAo016": 1},
    ),
    (
        "pAn05",
        "vi",
        "rachlop",
        "Can khao nghiem giong lua moi chiu han man cho HTX o Tieu Can",
        "HTX o Tieu Can (Tra Vinh) trong lua la chinh, nang suat binh quan cua tinh khoang 5,6 tan/ha. Muon khao nghiem mot so "
        "giong lua moi nang suat, chat luong cao, chiu han man tot de khuyen cao xa vien dua vao san xuat va ban gao chat luong cao.",
        {"pAo018": 2, "pAo015": 2, "pAo001": 1, "pAo004": 1, "pAo014": 1, "pAo017": 1},
    ),
    (
        "pAn06",
        "en",
        "plos",
        "Salt-tolerant varieties that farmers actually adopt, Cầu Kè",
        "Our extension station in Cầu Kè (Trà Vinh) has seen salt-tolerant varieties dropped after one season. A survey of 800 "
        "households in salinity-prone delta areas found wide adoption of some programmes' varieties, so we want varieties with "
        "proven farmer acceptance and a way to let farmers choose them.",
        {"pAo013": 2, "pAo016": 2, "pAo015": 2, "pAo012": 1, "pAo005": 1},
    ),
    (
        "pAn07",
        "vi",
        "vtv_chuyendoi",
        "Giống ngắn ngày, năng suất cao cho ruộng lúa giữ lại ở Càng Long",
        "Tỉnh Trà Vinh chuyển hơn 12.000 ha lúa kém hiệu quả sang cây trồng khác và nuôi thủy sản; trên phần ruộng giữ lại ở "
        "Càng Long, HTX cần giống lúa ngắn ngày, năng suất cao, gạo đạt chuẩn xuất khẩu để nâng hiệu quả.",
        {"pAo014": 2, "pAo010": 2, "pAo003": 2, "pAo001": 2, "pAo002": 2, "pAo007": 1},
    ),
    (
        "pAn08",
        "en",
        "thvl_khcn",
        "Foundation seed of short-duration varieties for a seed group in Trà Ôn",
        "Vĩnh Long grows more than 160,000 ha of rice a year and wants more technology in production. Our seed group in Trà Ôn "
        "needs breeder or foundation seed of short-duration (90–100 day) high-yield varieties to multiply certified seed for "
        "local farmers.",
        {"pAo003": 2, "pAo002": 2, "pAo001": 2, "pAo014": 2, "pAo010": 1, "pAo018": 1},
    ),
    (
        "pAn09",
        "vi",
        "vnplus_saline",
        "Can giong lua chiu phen man cho dat phen man o Tra Cu",
        "Mot so ap o Tra Cu dat vua phen vua nhiem man, truoc day chi de dua nuoc, tram hoac nuoi tom. Nong dan muon chuyen sang "
        "trong lua, can giong chiu duoc phen va man, nang suat tu 4 tan/ha tro len.",
        {"pAo008": 2, "pAo010": 2, "pAo009": 1, "pAo011": 1, "pAo013": 1},
    ),
    (
        "pAn10",
        "en",
        "vnnews_shortage",
        "Fragrant salt-tolerant rice for rice–shrimp fields in Ba Tri",
        "Farmers in Ba Tri (former Bến Tre, now Vĩnh Long) grow rice in the rainy season on fields that hold shrimp in the dry "
        "season; some have already switched from six-month traditional rice to short-term fragrant strains. We want a fragrant, "
        "premium-grain variety that stands the residual salt of rice–shrimp fields.",
        {"pAo011": 2, "pAo009": 2, "pAo010": 1},
    ),
    (
        "pAn11",
        "vi",
        "hatinh",
        "Xác định giống lúa mới năng suất, chất lượng cao cho tổ sản xuất giống ở Mang Thít",
        "Tổ sản xuất giống của HTX ở Mang Thít (Vĩnh Long) muốn chọn vài giống lúa mới năng suất và chất lượng cao thích hợp địa "
        "phương để nhân giống, cần được khảo nghiệm so sánh với giống đang trồng trước khi đưa vào sản xuất.",
        {"pAo018": 2, "pAo014": 2, "pAo003": 1, "pAo001": 1},
    ),
    # --- 2. community seed groups and cooperatives ---
    (
        "pAn12",
        "en",
        "fedearroz",
        "Multiplying a promising salt-tolerant line from a few kilograms",
        "A saline-tolerant line gave its first 4 kg of seed, transplanted on 7,000 m² with an expected 4–5 t/ha, and the breeders "
        "aim at about 40 t of seed. We are a Trà Vinh group looking for cooperatives or companies able to multiply such a line "
        "through foundation and certified classes.",
        {"pAo019": 2, "pAo020": 2, "pAo024": 2, "pAo022": 1, "pAo021": 1},
    ),
    (
        "pAn13",
        "vi",
        "vnplus_brand",
        "HTX ở Vũng Liêm muốn liên kết sản xuất giống lúa xác nhận",
        "Khoảng 200 giống lúa đã được công nhận và sản lượng ĐBSCL tăng từ 16,7 lên 21,5 triệu tấn (2000–2010), nhưng phần lớn "
        "nông dân vẫn gieo giống không qua chứng nhận. HTX chúng tôi ở Vũng Liêm (Vĩnh Long) muốn liên kết với viện, doanh nghiệp "
        "để sản xuất và tiêu thụ giống xác nhận; khó khăn là thiếu vốn và chi phí cao.",
        {"pAo024": 2, "pAo019": 2, "pAo020": 2, "pAo021": 2, "pAo026": 1},
    ),
    (
        "pAn14",
        "en",
        "vnplus_brand",
        "Setting up a community seed club in Cầu Kè",
        "Most farmers around us in Cầu Kè (Trà Vinh) sow grain kept from their last crop. A group of farmers wants to set up a "
        "seed club that produces good seed of a few varieties for neighbours, with training in pure seed production.",
        {"pAo022": 2, "pAo021": 2, "pAo027": 2, "pAo030": 1, "pAo028": 1, "pAo019": 1},
    ),
    (
        "pAn15",
        "vi",
        "ctu_seedclubs",
        "Thành lập tổ nhân giống lúa cộng đồng ở Trà Cú",
        "Giống từ hệ thống chính quy chỉ đáp ứng vài phần trăm nhu cầu, phần lớn nông dân tự để giống. HTX ở Trà Cú muốn thành lập "
        "tổ nhân giống cộng đồng, cần mô hình tổ chức, kỹ thuật và cách tiêu thụ giống.",
        {"pAo022": 2, "pAo021": 2, "pAo019": 2, "pAo026": 1, "pAo023": 1},
    ),
    (
        "pAn16",
        "en",
        "glis",
        "Provincial programme for foundation and certified seed production",
        "Following the 2008 ministerial decision that encourages local support for community seed management, Trà Vinh "
        "agriculture services want an integrated programme: foundation seed production and sale, seed inspection and "
        "processing, farmer groups producing certified seed, model cooperatives and extension training.",
        {"pAo026": 2, "pAo024": 2, "pAo020": 2, "pAo031": 1, "pAo113": 1, "pAo022": 1},
    ),
    (
        "pAn17",
        "vi",
        "sahang_la",
        "Máy cấy cho ruộng giống của tổ hợp tác ở Càng Long",
        "Tổ hợp tác sản xuất lúa giống ở Càng Long đang sạ tay hoặc dùng dàn sạ hàng tự chế 4 trống (khoảng 40 lít giống), ruộng "
        "giống vẫn không đều, khó khử lẫn. Cần máy cấy hoặc máy gieo "
        "theo hàng phù hợp ruộng giống để kịp thời vụ và dễ chăm sóc.",
        {"pAo025": 2, "pAo138": 1, "pAo136": 1},
    ),
    (
        "pAn18",
        "en",
        "ati10",
        "Training seed growers in Vũng Liêm on pure seed production",
        "Our members in Vũng Liêm (Vĩnh Long) produce seed for the commune but off-types and mixed grains keep appearing. We "
        "need practical training on roguing, harvest timing, drying and labelling of seed.",
        {"pAo027": 2, "pAo030": 2, "pAo028": 2, "pAo029": 1, "pAo031": 1, "pAo032": 1},
    ),
    (
        "pAn19",
        "vi",
        "pakistan",
        "Tập huấn kỹ thuật sản xuất lúa giống cho xã viên HTX ở Cầu Kè",
        "HTX ở Cầu Kè chuẩn bị nhận sản xuất lúa giống, cần lớp tập huấn cho xã viên: chuẩn bị ruộng, mật độ, khử lẫn, thu hoạch, "
        "phơi sấy và ghi nhãn bao giống.",
        {"pAo027": 2, "pAo030": 2, "pAo028": 1, "pAo029": 1},
    ),
    (
        "pAn20",
        "en",
        "hocday_cracking",
        "Turning seed groups in Trà Ôn into a seed cooperative",
        "Several farmer seed groups in Trà Ôn (Vĩnh Long) sell seed separately, each paying for harvesting, drying, seed separation "
        "and quality checks; farmers capture little of the gain. We want a model for pooling them into a cooperative that owns "
        "the equipment and finds buyers.",
        {"pAo021": 2, "pAo026": 2, "pAo019": 2, "pAo020": 2, "pAo054": 1, "pAo034": 1},
    ),
    (
        "pAn21",
        "vi",
        "field_insp",
        "Đào tạo cán bộ kiểm định đồng ruộng cho vùng lúa giống",
        "Các xã sản xuất lúa giống ở Trà Vinh thiếu người kiểm định ruộng giống. Phòng nông nghiệp huyện cần khóa đào tạo cán bộ "
        "kiểm định: chính sách chứng nhận, kiểm tra ruộng, khử lẫn, nhận diện giống.",
        {"pAo031": 2, "pAo032": 2, "pAo125": 2, "pAo092": 1, "pAo123": 1, "pAo124": 1},
    ),
    (
        "pAn22",
        "vi",
        "vnnews_1m",
        "Can nguon giong lua xac nhan on dinh cho HTX tham gia de an 1 trieu ha",
        "HTX o Tra On tham gia de an lua chat luong cao, phat thai thap, can nguon lua giong cap xac nhan on dinh, dung giong, cho "
        "khoang 300 ha moi vu.",
        {"pAo024": 2, "pAo019": 2, "pAo010": 2, "pAo021": 1},
    ),
    # --- 3. drying, cleaning, grading and processing ---
    (
        "pAn23",
        "vi",
        "hocday_cracking",
        "HTX ở Tiểu Cần cần máy sấy lúa giống 4–8 tấn/mẻ",
        "Phần lớn máy sấy ở ĐBSCL đặt tại nhà nông hộ; HTX chúng tôi ở Tiểu Cần vẫn phơi sân lúa giống. Cần máy sấy vỉ ngang "
        "khoảng 4–8 tấn/mẻ, sấy đều, ít nứt hạt để giữ tỷ lệ nảy mầm.",
        {"pAo045": 2, "pAo046": 2, "pAo043": 1, "pAo044": 1, "pAo049": 1, "pAo054": 1},
    ),
    (
        "pAn24",
        "en",
        "irri_wonder",
        "Off-grid dryer for about one tonne of seed, Cầu Ngang",
        "Our small seed group in Cầu Ngang (Trà Vinh) has no reliable power at the drying site. We need a low-cost dryer for "
        "about 1 t of seed per batch that protects the seed from sudden rain and overheating.",
        {"pAo049": 2, "pAo050": 2, "pAo059": 2, "pAo043": 1, "pAo045": 1},
    ),
    (
        "pAn25",
        "vi",
        "scielo_cont",
        "Quy trình nhiệt độ sấy an toàn cho hạt giống ở Long Hồ",
        "Cơ sở giống ở Long Hồ sấy lúa giống bằng máy sấy nhiệt cao như sấy lúa thương phẩm, tỷ lệ hạt nguyên và nảy mầm giảm. "
        "Cần quy trình nhiệt độ, thời gian và ủ hạt khi sấy để giữ sức sống hạt giống.",
        {"pAo044": 2, "pAo051": 2, "pAo053": 2, "pAo043": 2, "pAo052": 1},
    ),
    (
        "pAn26",
        "en",
        "saythoc",
        "High-capacity continuous dryer for seed paddy, Bình Minh",
        "A seed enterprise in Bình Minh (Vĩnh Long) needs a continuous dryer of more than 1.5 t/h to bring freshly harvested "
        "seed paddy to a safe 12–14% moisture quickly in the wet season.",
        {"pAo047": 2, "pAo048": 2, "pAo046": 1, "pAo052": 1},
    ),
    (
        "pAn27",
        "vi",
        "vnkienthuc",
        "Can may say lua giong cho to hop tac o Cau Ke",
        "To hop tac san xuat lua giong o Cau Ke hien phoi san, gap mua la lua giong bi am, nay mam kem. Can may say phu hop quy mo "
        "nho den vua, de van hanh, giu duoc chat luong hat giong.",
        {"pAo045": 2, "pAo049": 2, "pAo050": 2, "pAo055": 1, "pAo043": 1},
    ),
    (
        "pAn28",
        "en",
        "hue_plant",
        "Contract seed processing for a cooperative in Trà Cú",
        "Our seed cooperative in Trà Cú (Trà Vinh) produces about 300 t of seed a season. Rather than build its own line, it "
        "wants to hire a plant to clean, grade and bag the seed each season.",
        {"pAo034": 2, "pAo036": 1, "pAo033": 1},
    ),
    (
        "pAn29",
        "vi",
        "biotecharticles",
        "Máy làm sạch và phân cỡ hạt giống cho HTX ở Mang Thít",
        "Lô lúa giống của HTX ở Mang Thít còn lẫn rác, hạt cỏ, hạt lép và hạt non. Cần máy làm sạch, phân cỡ, tách hạt nhẹ để nâng "
        "độ sạch và độ đồng đều của hạt giống.",
        {"pAo035": 2, "pAo036": 2, "pAo038": 2, "pAo039": 1, "pAo037": 1, "pAo057": 1, "pAo040": 1},
    ),
    (
        "pAn30",
        "en",
        "whotv",
        "Removing light and half-filled grains from seed lots",
        "A Vĩnh Long seed company finds immature and half-filled grains of the same size as good seed in its lots. It needs "
        "density-based separation equipment to keep the heavy, well-filled seed.",
        {"pAo038": 2, "pAo036": 2, "pAo041": 1, "pAo039": 1, "pAo042": 1},
    ),
    (
        "pAn31",
        "vi",
        "pedigogy",
        "Tách hạt khác chiều dài khỏi lô lúa giống ở Trà Ôn",
        "Lô giống ở Trà Ôn lẫn hạt cỏ và hạt lúa cỏ có chiều dài khác hạt giống mà máy sàng thường không tách được. Cần thiết bị "
        "phân loại theo chiều dài hoặc độ dày hạt.",
        {"pAo040": 2, "pAo039": 2, "pAo037": 1, "pAo038": 1},
    ),
    (
        "pAn32",
        "en",
        "seedplantation",
        "Planning a complete seed processing line for Trà Vinh",
        "A Trà Vinh seed centre is planning its first processing line: pre-cleaning, cleaning and grading, density separation, "
        "treating and bagging. It needs design and equipment advice.",
        {"pAo036": 2, "pAo033": 2, "pAo037": 2, "pAo034": 1, "pAo039": 1, "pAo058": 1},
    ),
    (
        "pAn33",
        "en",
        "saythoc",
        "Safe sun-drying and dryer choice for seed growers in Càng Long",
        "Seed growers in Càng Long (Trà Vinh) dry seed on concrete yards in hot sun and see cracked grains and weak "
        "germination. They want drying practice that avoids overheating and advice on which dryer to choose.",
        {"pAo043": 2, "pAo044": 2, "pAo051": 1, "pAo049": 1, "pAo055": 1},
    ),
    (
        "pAn34",
        "vi",
        "fluidbed_bd",
        "Quy trình sấy có ủ để tiết kiệm điện, giữ nảy mầm",
        "Cơ sở giống ở Bình Tân sấy liên tục nhiều giờ, tốn điện mà lúa giống nảy mầm không cao. Muốn áp dụng quy trình sấy kết "
        "hợp ủ (tempering) để rút ngắn thời gian máy chạy và giữ chất lượng hạt.",
        {"pAo051": 2, "pAo043": 2, "pAo044": 1, "pAo053": 1},
    ),
    (
        "pAn35",
        "en",
        "scielo_cont",
        "Recirculating dryer settings for seed paddy, Bình Tân",
        "Our seed plant in Bình Tân (Vĩnh Long) uses a recirculating batch dryer built for milling paddy. We need air "
        "temperature and final moisture settings that keep germination of seed lots high.",
        {"pAo053": 2, "pAo044": 2, "pAo051": 2, "pAo043": 1},
    ),
]

NEEDS += [
    # --- 4. seed storage ---
    (
        "pAn36",
        "vi",
        "baoquan_dbscl",
        "Bảo quản kín lúa giống qua mùa mưa, không xông thuốc",
        "Cơ sở giống ở Tam Bình (Vĩnh Long) giữ lúa giống rời, thông gió tự nhiên, ẩm khoảng 13%, nhưng qua mùa mưa vẫn bị mọt và giảm nảy mầm. Muốn chuyển sang "
        "bảo quản kín để hạ oxy, diệt mọt mà không dùng thuốc xông, giữ sức nảy mầm nhiều tháng.",
        {
            "pAo061": 2,
            "pAo062": 2,
            "pAo063": 2,
            "pAo064": 2,
            "pAo065": 2,
            "pAo066": 2,
            "pAo067": 2,
            "pAo080": 2,
            "pAo068": 1,
            "pAo069": 1,
            "pAo079": 1,
            "pAo083": 1,
        },
    ),
    (
        "pAn37",
        "en",
        "irri_storage_seed",
        "Airtight bags against rats and weevils for farm-saved seed, Cầu Kè",
        "Farmers in Cầu Kè (Trà Vinh) keep seed paddy from one harvest to the next in ordinary sacks at home; after some months "
        "rats and weevils have damaged it. Storage with no exchange of air or moisture is said to be ideal: we need affordable "
        "airtight bags for lots of about 50 kg.",
        {"pAo062": 2, "pAo063": 2, "pAo064": 2, "pAo065": 2, "pAo080": 2, "pAo066": 2, "pAo068": 1, "pAo079": 1},
    ),
    (
        "pAn38",
        "vi",
        "local_containers",
        "Túi bảo quản kín 50 kg giữ lúa giống 12 tháng",
        "Tổ giống ở Châu Thành đã thử giữ giống trong thùng, can tự bịt kín nhưng túi nilon thường không kín khí. Cần loại túi kín lót trong bao dệt, chứa khoảng 50 kg, giữ được sức nảy mầm lúa giống khoảng 12 "
        "tháng và kiểm soát côn trùng không cần hóa chất.",
        {"pAo063": 2, "pAo062": 2, "pAo064": 2, "pAo065": 2, "pAo061": 1, "pAo068": 1},
    ),
    (
        "pAn39",
        "en",
        "kholanh",
        "Small cold room for seed in Long Hồ without condensation",
        "A seed company in Long Hồ (Vĩnh Long) stores bagged seed at about 15% moisture, which keeps no more than six months in "
        "its ordinary warehouse. It wants a small cool room for seed, designed so that cooling does not bring condensation.",
        {"pAo070": 2, "pAo074": 2, "pAo072": 1, "pAo071": 1, "pAo081": 1, "pAo060": 1},
    ),
    (
        "pAn40",
        "vi",
        "kew_cold",
        "Thiết kế kho lạnh bảo quản hạt giống lúa lai",
        "Doanh nghiệp ở Vĩnh Long nhập hạt giống lúa lai F1 cần giữ qua vài vụ, không cần tới mức −20°C như ngân hàng gen. Cần tư vấn thiết kế kho lạnh: cách nhiệt, máy lạnh, "
        "chế độ nhiệt độ và độ ẩm phù hợp hạt giống.",
        {"pAo074": 2, "pAo070": 2, "pAo072": 1, "pAo060": 1},
    ),
    (
        "pAn41",
        "vi",
        "thoc_dutru",
        "Giảm ẩm không khí trong kho giống của HTX ở Trà Ôn",
        "Kho lúa giống của HTX ở Trà Ôn ẩm, hạt hút ẩm trở lại sau khi sấy, nảy mầm giảm nhanh. Cần thiết bị hút ẩm hoặc hệ thống "
        "kiểm soát độ ẩm không khí cho kho.",
        {"pAo071": 2, "pAo072": 2, "pAo073": 2, "pAo075": 1, "pAo081": 1, "pAo070": 1},
    ),
    (
        "pAn42",
        "en",
        "scribd_irri_storage",
        "Humidity control for storing breeder seed 2–3 years",
        "The Trà Vinh seed centre keeps small lots of breeder and foundation seed for two to three years. In our humid climate "
        "the equilibrium moisture of grain stays above safe levels, so we need store RH control equipment.",
        {"pAo071": 2, "pAo072": 2, "pAo073": 2, "pAo070": 1, "pAo074": 1},
    ),
    (
        "pAn43",
        "en",
        "bd_hermetic",
        "Keeping seed viable for more than a year without electricity",
        "Seed savers in Trà Cú (Trà Vinh) have no power for cooling and want to keep small seed lots viable for more than a year, "
        "ideally up to two, in sealed containers.",
        {"pAo069": 2, "pAo075": 2, "pAo085": 2, "pAo062": 1, "pAo063": 1, "pAo068": 1, "pAo080": 1},
    ),
    (
        "pAn44",
        "vi",
        "storedgrain",
        "Silo chứa lúa giống có thông gió làm mát ở Bình Minh",
        "Nhà máy ở Bình Minh muốn chứa lúa giống và lúa nguyên liệu trong silo, cần hệ thống quạt thông gió làm mát để giữ nhiệt "
        "độ hạt thấp, tránh mốc và mọt trong mùa nóng.",
        {"pAo076": 2, "pAo077": 2, "pAo078": 1, "pAo060": 1},
    ),
    (
        "pAn45",
        "en",
        "silograin",
        "Steel silo with temperature monitoring and fumigation, Tiểu Cần",
        "A cooperative in Tiểu Cần (Trà Vinh) plans steel silos for paddy and seed paddy and needs specifications: aeration "
        "floor, temperature monitoring and a fumigation system.",
        {"pAo077": 2, "pAo076": 2, "pAo078": 1},
    ),
    (
        "pAn46",
        "vi",
        "godown",
        "Độ ẩm an toàn để giữ lúa giống trong bao 6 tháng",
        "Kho của HTX ở Vũng Liêm xếp bao lúa giống thành lô có kê lót, lối đi khoảng 1 m, giữ đến vụ sau khoảng 6 tháng. Cần biết độ ẩm hạt tối đa, cách xếp bao, kê "
        "pallet và kiểm tra định kỳ để hạt không bốc nóng, mốc.",
        {"pAo060": 2, "pAo086": 2, "pAo083": 2, "pAo081": 1, "pAo082": 1, "pAo087": 1},
    ),
    (
        "pAn47",
        "en",
        "fao_storage",
        "Germination of stored seed falls below 80% in a warehouse",
        "A seed trader in Trà Vinh city finds germination of seed stored in sacks falls below 80% within about six months. "
        "He needs moisture and temperature rules and suitable packaging for stored seed.",
        {
            "pAo086": 2,
            "pAo084": 2,
            "pAo085": 2,
            "pAo081": 2,
            "pAo060": 2,
            "pAo072": 1,
            "pAo078": 1,
            "pAo083": 1,
            "pAo087": 1,
        },
    ),
    (
        "pAn48",
        "vi",
        "ecer",
        "Giữ nảy mầm hạt giống lúa lai F1 trên 85% trong 6 tháng",
        "Đại lý giống ở Cầu Ngang mua hạt lúa lai F1 về bán dần trong 6 tháng, để kho thường thì nảy mầm xuống dưới 85%. Cần cách "
        "bảo quản giữ nảy mầm mà không cần phòng lạnh lớn.",
        {"pAo067": 2, "pAo061": 2, "pAo074": 1, "pAo066": 1, "pAo086": 1},
    ),
    (
        "pAn49",
        "en",
        "taylor_vapor",
        "Tool to match seed moisture with store humidity",
        "The seed lab in Vĩnh Long sees that seed sealed at 13% moisture sits in air of about 65% RH inside the bag. It wants a "
        "simple computational tool that tells which relative humidity corresponds to a given seed moisture and temperature.",
        {"pAo087": 2, "pAo056": 1, "pAo085": 1},
    ),
    # --- 5. seed testing ---
    (
        "pAn50",
        "vi",
        "tcn322_2003",
        "Kiểm nghiệm độ sạch, nảy mầm, ẩm độ lô lúa giống ở Cầu Kè",
        "HTX ở Cầu Kè sản xuất lúa giống cần kiểm nghiệm độ sạch, hạt khác giống, tỷ lệ nảy mầm và độ ẩm từng lô trước khi bán "
        "cho nông dân, theo đúng phương pháp tiêu chuẩn.",
        {"pAo088": 2, "pAo089": 2, "pAo091": 2, "pAo093": 1, "pAo097": 1, "pAo095": 1, "pAo096": 1, "pAo092": 1},
    ),
    (
        "pAn51",
        "en",
        "seedanalysis",
        "Correct sampling of 200-bag seed lots before lab testing",
        "A seed producer in Mang Thít (Vĩnh Long) sends samples from lots of about 200 bags to the lab, but results differ from "
        "buyers' checks. The lab asks for samples of at least 250 g; the producer needs proper sampling of seed lots and sample preparation.",
        {"pAo090": 2, "pAo088": 2, "pAo089": 2, "pAo091": 2, "pAo093": 2, "pAo092": 1},
    ),
    (
        "pAn52",
        "vi",
        "rice_seed_health",
        "Can kiem tra benh truyen qua hat giong cho lo lua giong o Tra Cu",
        "Lo lua giong cua to giong o Tra Cu vu truoc co lua von va dao on. Can phong thi nghiem kiem tra nam, vi khuan, tuyen "
        "trung tren hat giong truoc khi gieo.",
        {"pAo099": 2, "pAo100": 2, "pAo102": 2, "pAo101": 1, "pAo112": 1, "pAo109": 1, "pAo111": 1, "pAo157": 1},
    ),
    (
        "pAn53",
        "en",
        "kingfarm",
        "Identifying fungi on dirty-panicle seed lots, Tam Bình",
        "Part of our seed crop in Tam Bình (Vĩnh Long) shows discoloured, spotted husks after rain at heading. Before using it "
        "as seed we need a lab to identify which fungi or bacteria are on the grain.",
        {"pAo099": 2, "pAo100": 2, "pAo109": 2, "pAo102": 1, "pAo108": 1, "pAo101": 1, "pAo111": 1},
    ),
    (
        "pAn54",
        "vi",
        "slideshare_health",
        "Xử lý hạt giống nhiễm nấm trước khi gieo",
        "Tổ giống ở Càng Long phát hiện hạt giống nhiễm nấm, muốn có biện pháp xử lý hạt (thuốc, nước nóng, nhiệt khô) để giảm "
        "bệnh truyền qua hạt trước khi gieo.",
        {"pAo112": 2, "pAo108": 1, "pAo099": 1},
    ),
    (
        "pAn55",
        "en",
        "tz_vigour",
        "Quick viability estimate on carry-over seed, Bình Minh",
        "A seed company in Bình Minh (Vĩnh Long) holds carry-over seed and must decide within days whether to sell it. It "
        "needs a viability estimate in one or two days rather than a full germination test.",
        {"pAo104": 2, "pAo105": 2, "pAo103": 2, "pAo097": 2, "pAo106": 1, "pAo093": 1},
    ),
    (
        "pAn56",
        "vi",
        "tz_vigour",
        "Phòng kiểm nghiệm tỉnh muốn áp dụng phép thử tetrazolium",
        "Phòng kiểm nghiệm giống của tỉnh muốn bổ sung phép thử nhanh sức sống hạt bằng tetrazolium để hỗ trợ khách hàng khi cần "
        "kết quả gấp, cần quy trình và hướng dẫn đọc kết quả.",
        {"pAo103": 2, "pAo093": 2, "pAo104": 1, "pAo105": 1, "pAo094": 1},
    ),
    (
        "pAn57",
        "en",
        "publix",
        "Simple home germination test before sowing saved seed",
        "Farmers in Càng Long (Trà Vinh) sow seed kept from their own crop and want a simple test they can do at home to check "
        "germination before sowing.",
        {"pAo095": 2, "pAo096": 2, "pAo098": 1},
    ),
    (
        "pAn58",
        "vi",
        "tcvn1700",
        "Chỉ tiêu chất lượng hạt giống lúa nếp cấp xác nhận",
        "HTX ở Trà Cú sản xuất giống nếp, mỗi lô không quá 30 tấn, cần biết các chỉ tiêu chất lượng hạt giống cấp nguyên chủng và xác nhận (độ sạch, hạt khác "
        "giống, hạt cỏ, nảy mầm, độ ẩm) để tự kiểm tra trước khi bán.",
        {"pAo107": 2, "pAo117": 1, "pAo091": 1},
    ),
    (
        "pAn59",
        "en",
        "daknong",
        "Quality limits for certified sticky rice seed, Tiểu Cần",
        "After local trials confirmed a few quality varieties, a seed grower group in Tiểu Cần (Trà Vinh) plans to produce "
        "glutinous rice seed and needs the quality limits for "
        "certified classes: purity, other varieties, weed seeds, germination and moisture.",
        {"pAo107": 2, "pAo118": 1},
    ),
    (
        "pAn60",
        "vi",
        "bigtree",
        "Lúa bị lùn xoắn lá ở Long Hồ có để làm giống được không",
        "Ruộng lúa của tôi ở Long Hồ vừa bị lùn xoắn lá vừa lem lép hạt (nghe nói do cả chục loài nấm và vi khuẩn gây ra, thiệt "
        "hại có thể tới 70%). Tôi muốn biết bệnh có truyền qua hạt không và có nên giữ lúa ruộng này làm giống cho vụ sau.",
        {"pAo110": 2, "pAo099": 1, "pAo111": 1, "pAo109": 1},
    ),
    (
        "pAn61",
        "en",
        "amc_seedborne",
        "Setting up seed health testing at the provincial lab",
        "The provincial seed lab wants to add seed health testing for rice (blotter, agar plate and seedling symptom tests) "
        "and needs protocols and staff training.",
        {"pAo101": 2, "pAo099": 2, "pAo094": 1, "pAo102": 1, "pAo100": 1},
    ),
    (
        "pAn62",
        "vi",
        "ista",
        "Thành lập phòng kiểm nghiệm hạt giống cho trung tâm giống tỉnh",
        "Trung tâm giống nông nghiệp tỉnh muốn thành lập phòng kiểm nghiệm hạt giống đạt chuẩn, cần tư vấn thiết kế phòng, thiết "
        "bị, quy trình và đào tạo kiểm nghiệm viên.",
        {"pAo094": 2, "pAo092": 2, "pAo093": 1},
    ),
    (
        "pAn63",
        "en",
        "tz_vigour",
        "Vigour ranking of seed lots at a Vĩnh Long lab",
        "A seed lab in Vĩnh Long wants to rank seed lots by vigour, not just germination, to advise which lots to sell first "
        "and which to keep.",
        {"pAo106": 2, "pAo093": 2, "pAo105": 1, "pAo104": 1},
    ),
]

NEEDS += [
    # --- 6. certification, labels and rules ---
    (
        "pAn64",
        "vi",
        "decree07",
        "Thủ tục chứng nhận lô lúa giống xác nhận cho HTX ở Châu Thành",
        "HTX ở Châu Thành (Trà Vinh) lần đầu sản xuất lúa giống cấp xác nhận, cần hướng dẫn trình tự đăng ký, kiểm định ruộng, "
        "lấy mẫu, kiểm nghiệm và cấp giấy chứng nhận lô giống.",
        {"pAo114": 2, "pAo113": 2, "pAo115": 2, "pAo122": 2, "pAo123": 1, "pAo088": 1},
    ),
    (
        "pAn65",
        "en",
        "congbo",
        "Conformity certification and declaration for rice seed, Bình Tân",
        "A seed producer in Bình Tân (Vĩnh Long) must certify conformity of its rice seed lots and file a conformity "
        "declaration before selling. It needs a certification body and guidance on the dossier.",
        {"pAo116": 2, "pAo115": 2, "pAo113": 2, "pAo114": 2, "pAo119": 1},
    ),
    (
        "pAn66",
        "vi",
        "agrochart",
        "Can huong dan ghi nhan bao lua giong dung quy dinh",
        "HTX o Cau Ngang chuan bi in bao lua giong, can biet nhan phai ghi nhung gi: ten giong, cap giong, dac tinh, chi tieu chat "
        "luong, huong dan bao quan va su dung.",
        {"pAo117": 2, "pAo118": 2, "pAo115": 1},
    ),
    (
        "pAn67",
        "en",
        "law31",
        "Rules for selling rice seed as a regulated product",
        "A seed company in Vĩnh Long asks which rules apply to rice seed as a major crop species under the Law on Crop "
        "Production: national technical regulation, declared standards, field evaluation and sampling.",
        {"pAo119": 2, "pAo116": 1, "pAo115": 1, "pAo120": 1},
    ),
    (
        "pAn68",
        "vi",
        "la_fieldinsp",
        "Kiểm định ruộng giống ở Cầu Kè để đủ điều kiện cấp xác nhận",
        "Ruộng giống của tổ sản xuất ở Cầu Kè cần được kiểm định đồng ruộng (đúng giống, độ thuần, cây khác dạng, cỏ dại) trước "
        "thu hoạch để lô giống đủ điều kiện chứng nhận.",
        {"pAo123": 2, "pAo124": 2, "pAo114": 1, "pAo113": 1, "pAo125": 1},
    ),
    (
        "pAn69",
        "en",
        "decree07",
        "Seed certification training for district staff in Trà Vinh",
        "The Trà Vinh agriculture office wants a training programme for district staff on rice seed certification: field "
        "inspection, roguing checks and accreditation of seed growers.",
        {"pAo031": 2, "pAo032": 2, "pAo125": 2, "pAo092": 1},
    ),
    (
        "pAn70",
        "vi",
        "hocday_tt",
        "Đăng ký công bố hợp quy giống lúa cho doanh nghiệp ở Long Hồ",
        "Doanh nghiệp giống ở Long Hồ bắt đầu kinh doanh lúa giống, cần làm chứng nhận hợp quy và công bố hợp quy theo đúng quy "
        "định hiện hành.",
        {"pAo115": 2, "pAo116": 2, "pAo122": 1, "pAo114": 1},
    ),
    (
        "pAn71",
        "en",
        "ordinance",
        "Seed classes and registration paperwork for a new seed maker",
        "A new seed maker in Vũng Liêm (Vĩnh Long) needs to know the seed classes (breeder, foundation, certified) and the "
        "forms to register its lots for quality certification.",
        {"pAo122": 2, "pAo113": 2, "pAo114": 2, "pAo121": 1},
    ),
    (
        "pAn72",
        "vi",
        "lawnet",
        "Bán lúa giống tự sản xuất có phải công bố hợp quy không",
        "Tổ giống ở Trà Ôn muốn bán lúa giống tự sản xuất cho nông dân ngoài xã, hỏi có bắt buộc chứng nhận và công bố hợp quy, "
        "và cần làm thủ tục gì.",
        {"pAo115": 2, "pAo116": 2, "pAo120": 1, "pAo122": 1},
    ),
    (
        "pAn73",
        "en",
        "tt46",
        "What must be printed on certified seed bags, Cầu Ngang",
        "Our cooperative in Cầu Ngang (Trà Vinh) is designing bags for its certified rice seed and needs to know the "
        "mandatory label content.",
        {"pAo117": 2, "pAo118": 2, "pAo116": 1},
    ),
    (
        "pAn74",
        "vi",
        "irri_qualityseed",
        "Tập huấn nông dân khử lẫn, chuẩn bị kiểm định ruộng giống",
        "Nông dân tổ giống ở Tam Bình cần được hướng dẫn tự khử lẫn ở các giai đoạn và hiểu yêu cầu kiểm định đồng ruộng để ruộng "
        "giống không bị loại khi kiểm định.",
        {"pAo027": 2, "pAo125": 2, "pAo030": 2, "pAo028": 1, "pAo123": 1},
    ),
    (
        "pAn75",
        "en",
        "ordinance",
        "Current seed law for a new seed business in Trà Vinh",
        "A new seed business in Trà Vinh wants a briefing on which law now governs seed production and trade after the 2004 "
        "seed ordinance, and what it requires of producers.",
        {"pAo120": 2, "pAo119": 2, "pAo121": 1, "pAo126": 1},
    ),
]
