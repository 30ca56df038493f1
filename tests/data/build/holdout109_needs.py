"""Needs of the holdout109 labelled set, set in Trà Vinh / Vĩnh Long; rows as labelled_set.py says."""

NEEDS = [
    # --- cocoa: fermentation ---
    (
        "mGn01",
        "vi",
        "dtmn_tv_cocoa",
        "HTX ca cao xen dừa cần quy trình và thùng ủ lên men hạt",
        "Hợp tác xã ở Càng Long (Trà Vinh) có hàng trăm nhà vườn trồng ca cao xen trong vườn dừa; từ đầu năm đã có doanh nghiệp trong tỉnh thu mua trái ổn định. "
        "Nay HTX muốn tự tách hạt và lên men để bán hạt khô giá cao hơn bán trái, cần thiết kế thùng ủ và quy trình ủ, đảo trộn cho mẻ vài chục kg, có người hướng dẫn tại chỗ.",
        {
            "mGo001": 2,
            "mGo002": 2,
            "mGo006": 2,
            "mGo003": 2,
            "mGo004": 1,
            "mGo005": 1,
            "mGo007": 1,
            "mGo011": 1,
            "mGo019": 1,
        },
    ),
    (
        "mGn02",
        "en",
        "peace_ferment",
        "Start-up needs help controlling cocoa fermentation for less bitter beans",
        "We are a small drinking-chocolate start-up in Duyên Hải (Trà Vinh) buying wet beans from growers in Cầu Kè. We know the sweet pulp feeds yeasts, then lactic and acetic bacteria, "
        "producing heat and the flavour precursors that cut bitterness and astringency, but our lots come out harsh and uneven. We need someone to set up and check the fermentation with us.",
        {"mGo004": 2, "mGo003": 2, "mGo001": 2, "mGo002": 2, "mGo007": 1, "mGo005": 1, "mGo019": 1},
    ),
    (
        "mGn03",
        "vi",
        "khcnn_harvest",
        "Can cach u len men ca cao cho me nho 15-20 kg",
        "Nha vuon o Cau Ke (Tra Vinh) hai trai ca cao 2 tuan/lan, chon trai chin khoang 75%, bo trai bang dao cun, bo hat bi cat. "
        "Moi lan chi duoc it hat tuoi, u trong sot lot la chuoi day khoang 1/3 thi hat len men khong deu, co hat con tim. Can huong dan cach u, dao tron cho me nho tai nha.",
        {"mGo001": 2, "mGo002": 2, "mGo006": 2, "mGo003": 2, "mGo005": 1, "mGo007": 1},
    ),
    (
        "mGn64",
        "en",
        "uwi_tray",
        "Fermenting very small cocoa lots: are trays an option?",
        "Our cocoa cooperative in Tiểu Cần (Trà Vinh) collects only small amounts of wet beans each week from members' coconut gardens. We read about tray fermentation of cocoa "
        "and want advice on whether trays, small boxes or baskets would give even fermentation for our lot size, with a written procedure.",
        {"mGo001": 2, "mGo006": 2, "mGo003": 2, "mGo002": 2, "mGo005": 1},
    ),
    # --- cocoa: drying and quality ---
    (
        "mGn04",
        "en",
        "sggp_bentre",
        "Low-cost solar dryer for cocoa beans in the rainy season",
        "I farm in Châu Thành (Trà Vinh) with 900 five-year-old cocoa trees grown under coconut and fruit trees, which keep the garden moist; last year cocoa brought me about 150 million VND. "
        "Fermented beans spoil when rain interrupts sun drying. I want a simple solar dryer I can build at home for batches of about 100 kg.",
        {"mGo009": 2, "mGo010": 2, "mGo012": 2, "mGo013": 2, "mGo014": 2, "mGo015": 2, "mGo011": 1, "mGo016": 1},
    ),
    (
        "mGn05",
        "en",
        "tf_drying",
        "Checking moisture and quality of dried cocoa lots before sale",
        "A buyer returned part of our cocoa from Tiểu Cần as mouldy. We learned beans must go from about 60% to 7% moisture: above 8% moulds grow, below 5% beans turn brittle, "
        "and drying continues the flavour changes of fermentation. We need a way to measure moisture and grade each lot (mould, colour, acidity) before selling.",
        {"mGo016": 2, "mGo004": 2, "mGo011": 1, "mGo019": 1},
    ),
    (
        "mGn73",
        "en",
        "mdpi_forced",
        "Solar cocoa dryer that keeps working in cloudy spells",
        "Our cooperative in Trà Cú dries fermented cocoa on a simple solar rack, but in the monsoon months cloud and night stop drying and beans turn sour. "
        "We want a solar dryer with forced air or heat storage that keeps going when the sun is weak, designed for a hot, humid climate.",
        {"mGo015": 2, "mGo014": 1, "mGo066": 1, "mGo009": 1},
    ),
    (
        "mGn06",
        "en",
        "ctu_bentre_cocoa",
        "Cocoa club seeks certification and a steady buyer",
        "Our cocoa club in Trà Cú (Trà Vinh) grows cocoa under coconut. Fresh pods fetch about 4,500 VND/kg and dry beans about 55,000 VND/kg, and cocoa adds roughly 1.4 million VND per 1,000 m² a year; "
        "salt intrusion and pests are our main problems. We want a certification scheme and a buyer that pays more for quality.",
        {"mGo017": 2, "mGo018": 2, "mGo019": 1, "mGo011": 1, "mGo132": 1},
    ),
    (
        "mGn71",
        "vi",
        "giacaphe_bentre",
        "Nhà vườn muốn liên kết bán hạt ca cao lên men cho nhà làm chocolate",
        "Tôi trồng ca cao xen 1,2 ha dừa ở Châu Thành (Trà Vinh), bán trái tươi 5.000–6.000 đồng/kg, mỗi năm thêm hơn 150 triệu đồng. "
        "Thấy nhiều công ty liên kết bao tiêu trái, tôi muốn tiến thêm một bước: bán hạt đã lên men, phơi đúng chuẩn cho một đơn vị làm chocolate và được hướng dẫn quy trình của họ.",
        {"mGo019": 2, "mGo017": 1, "mGo018": 1, "mGo001": 1},
    ),
    # --- cocoa: roasting, chocolate, powder ---
    (
        "mGn07",
        "vi",
        "vovworld_marou",
        "Quán cà phê muốn mở xưởng chocolate nhỏ từ hạt ca cao địa phương",
        "Chúng tôi có quán cà phê ở TP Trà Vinh và muốn làm theo kiểu vừa là quán vừa là xưởng bean-to-bar như Maison Marou, dùng hạt ca cao của nông dân trong tỉnh. "
        "Cần tư vấn máy rang, máy nghiền vỡ và tách vỏ, máy nghiền mịn và cách tôi chocolate ở quy mô nhỏ.",
        {"mGo020": 2, "mGo021": 2, "mGo022": 2, "mGo023": 2, "mGo027": 2, "mGo026": 1, "mGo024": 1},
    ),
    (
        "mGn08",
        "en",
        "hsw_kitchen",
        "Micro chocolate maker needs roasting, cracking and winnowing tools",
        "We make chocolate in a home kitchen in Long Hồ (Vĩnh Long): beans are roasted in the oven, which gives uneven batches, and cracked and peeled by hand, which is slow. "
        "We want affordable options — a roasting drum, a cracking mill and a winnowing set-up — for batches of a few kilograms.",
        {"mGo022": 2, "mGo021": 2, "mGo024": 2, "mGo023": 1, "mGo020": 1},
    ),
    (
        "mGn65",
        "vi",
        "intrigue_mill",
        "Xưởng chocolate nhỏ cần máy nghiền vỡ hạt và thổi tách vỏ",
        "Xưởng chúng tôi ở TP Vĩnh Long rang hạt ca cao rồi bóc vỏ bằng tay nên rất chậm. Cần một máy nghiền vỡ hạt (kiểu trục cán, quay tay hoặc gắn mô-tơ) để ra mảnh nibs "
        "và cách thổi gió tách vỏ lụa, trước khi đưa nibs vào máy nghiền.",
        {"mGo022": 2, "mGo024": 2, "mGo021": 2, "mGo020": 1},
    ),
    (
        "mGn09",
        "vi",
        "memart_powder2",
        "HTX muốn sản xuất bột ca cao nguyên chất đóng gói",
        "HTX ở Châu Thành (Trà Vinh) có hạt ca cao của xã viên và muốn làm bột ca cao nguyên chất: lên men, phơi khô, rang, xay thành ca cao lỏng, ép lấy bơ, sấy và nghiền phần bã thành bột mịn, đóng gói. "
        "Cần quy trình và thiết bị ép bơ, nghiền bột phù hợp quy mô nhỏ.",
        {"mGo028": 2, "mGo029": 2, "mGo020": 1, "mGo025": 1, "mGo030": 1},
    ),
    (
        "mGn10",
        "en",
        "cardoza_choc",
        "Chocolate bars lose gloss: need refining and tempering know-how",
        "Our workshop in Trà Vinh city makes bars from beans fermented 5–7 days and dried 5–7 days. Flavour is fine, but bars come out dull, streaky and soft. "
        "We understand refining, deacidifying and tempering decide quality and want training on heating, cooling and holding chocolate at the right temperatures before moulding.",
        {"mGo026": 2, "mGo023": 1, "mGo156": 1, "mGo030": 1},
    ),
    # --- cocoa: by-products ---
    (
        "mGn11",
        "en",
        "ogidiolu_byprod",
        "Uses for cocoa sweatings and pod husks at our fermentation point",
        "Our collection and fermentation point in Cầu Kè piles up pod husks and lets the sweet sweatings drain away. We hear sweatings can be sterilised and bottled as soft drinks or fermented and distilled, "
        "and dried husks burnt in a kiln for potash. We want practical processes for these by-products.",
        {"mGo031": 2, "mGo036": 2, "mGo037": 2, "mGo032": 1, "mGo033": 1},
    ),
    (
        "mGn12",
        "vi",
        "intech_feed",
        "Trại heo muốn dùng vỏ trái ca cao làm thức ăn",
        "Trại heo ở Tiểu Cần gần vùng ca cao xen dừa, chi phí thức ăn chiếm hơn nửa giá thành. Vỏ trái, vỏ hạt ca cao có thể thay một phần thức ăn nhưng chứa theobromine độc cho vật nuôi. "
        "Cần quy trình xử lý và tỷ lệ phối trộn an toàn.",
        {"mGo032": 2, "mGo034": 2, "mGo031": 2, "mGo035": 1},
    ),
    (
        "mGn13",
        "vi",
        "researchgate_crig",
        "Muốn làm xà phòng, phân kali từ tro vỏ trái ca cao",
        "Vỏ trái ca cao bỏ đầy vườn ở Càng Long. Nghe nói tro vỏ phơi khô đốt có khoảng 40% kali, làm được xà phòng mềm, xà phòng nước hoặc trộn tinh bột ép viên làm phân kali. "
        "Tổ hợp tác cần quy trình đốt tro và chế biến.",
        {"mGo031": 2, "mGo032": 1},
    ),
    # --- coffee: roasting ---
    (
        "mGn14",
        "vi",
        "coffeefans",
        "Quán cà phê muốn tự rang: chọn máy trống hay khí nóng, điện hay gas",
        "Quán ở TP Vĩnh Long muốn tự rang cà phê. Đọc thấy rang nhạt ở 196–205°C, vừa khoảng 220°C, đậm 225–240°C, có máy rang trống, rang khí nóng…, dùng điện hoặc gas. "
        "Cần tư vấn chọn loại và cỡ máy vài kg mỗi mẻ phù hợp lượng bán của quán.",
        {"mGo042": 2, "mGo043": 2, "mGo044": 1, "mGo038": 1},
    ),
    (
        "mGn15",
        "en",
        "chemvn_coffee",
        "Moving from butter-roasted robusta to clean specialty roasting",
        "Like most shops in Trà Vinh city we roast robusta very dark, sometimes adding butter during roasting. We want to learn to roast clean robusta and arabica with consistent profiles "
        "that show origin flavour, and to judge the result by cupping.",
        {"mGo040": 2, "mGo041": 2, "mGo039": 2, "mGo038": 2, "mGo045": 1, "mGo044": 1},
    ),
    (
        "mGn16",
        "vi",
        "scribd_rangxay",
        "Cơ sở rang xay muốn chuẩn hóa chế độ rang cà phê vối",
        "Cơ sở cà phê rang xay ở Càng Long làm từ cà phê vối; mỗi mẻ màu và vị khác nhau vì rang theo kinh nghiệm. Cần xác định nhiệt độ, thời gian rang, cách làm nguội và phối trộn "
        "để các mẻ đều nhau.",
        {"mGo045": 2, "mGo044": 2, "mGo041": 1, "mGo040": 1},
    ),
    (
        "mGn17",
        "en",
        "icup_roast",
        "New roastery needs a structured roasting course for staff",
        "Our new roastery in Vĩnh Long city hired staff who treat roasting like roasting peanuts in a pan. We want a proper course: fire and airflow control, first crack, when to drop, "
        "and cupping to check each roast.",
        {"mGo039": 2, "mGo041": 2, "mGo038": 2, "mGo030": 1, "mGo044": 1},
    ),
    (
        "mGn18",
        "vi",
        "revitcafe",
        "May rang 15kg rang day me thi ca phe khong deu",
        "Co so o Tra On mua may rang 15 kg/me, rang day may thi hat chin khong deu, lau no lan 1. Nghe noi nen rang khoang 50-70% hoac toi da 80% cong suat ghi tren may. "
        "Can tu van khoi luong me va cach tinh nang suat thuc te.",
        {"mGo042": 2, "mGo038": 1, "mGo045": 1},
    ),
    (
        "mGn66",
        "en",
        "coffeetruther",
        "Café owner wants to start roasting fresh coffee",
        "My café in Trà Vinh city serves phin coffee with condensed milk like everyone else, and customers rarely know they drink robusta or that freshness matters. "
        "I want to roast fresh beans myself and need hands-on training, from first roasts to profiles for robusta and arabica.",
        {"mGo039": 2, "mGo041": 2, "mGo038": 2, "mGo040": 2, "mGo043": 1, "mGo044": 1},
    ),
    # --- coffee: packaging, safety, storage ---
    (
        "mGn19",
        "en",
        "regal_pack",
        "Valve bags and nitrogen flushing for freshly roasted coffee",
        "We roast in Vĩnh Long and ship beans to Ho Chi Minh City. If we pack straight after roasting the bags balloon; if we wait, coffee stales. "
        "We want moisture-resistant, nitrogen-flushed bags with one-way valves so we can pack right after roasting.",
        {"mGo047": 2, "mGo048": 2, "mGo050": 2, "mGo049": 1},
    ),
    (
        "mGn20",
        "vi",
        "wojin_never",
        "Cà phê bột đóng túi nhôm mất mùi sau hai tháng",
        "Cơ sở ở Trà Ôn đóng cà phê bột trong túi nhôm; hàng rang tháng trước còn thơm nhưng hàng để hai tháng uống khác hẳn, khách phàn nàn. "
        "Cần loại túi có van một chiều và cách đóng gói giữ mùi, tránh không khí, ẩm, ánh sáng và nhiệt.",
        {"mGo047": 2, "mGo050": 2, "mGo048": 2, "mGo049": 1},
    ),
    (
        "mGn21",
        "vi",
        "fakecoffee_essay",
        "Cà phê nguyên chất cần chứng nhận HACCP để vào siêu thị",
        "Cơ sở cà phê rang xay nguyên chất ở Cầu Kè bị lẫn lộn với hàng trộn bắp, đậu nành, hương liệu trên thị trường. "
        "Muốn có chứng nhận HACCP hoặc ISO 22000 để chứng minh quy trình sạch khi chào hàng siêu thị.",
        {"mGo046": 2, "mGo129": 2, "mGo130": 2, "mGo131": 2, "mGo132": 2, "mGo133": 1},
    ),
    (
        "mGn22",
        "en",
        "booksci_ota",
        "Storing green coffee safely through the rainy season",
        "We roast in Trà Vinh and keep green robusta bought from the Central Highlands for months in a humid store. OTA-forming moulds need a water activity of about 0.80 (around 14% moisture), "
        "and poor transport and storage can add risk. We want guidance on moisture checks, storage and handling.",
        {"mGo051": 2, "mGo053": 2, "mGo052": 2, "mGo038": 1},
    ),
    (
        "mGn23",
        "vi",
        "ico_storage",
        "Kho cà phê nhân bị ẩm mốc mùa mưa",
        "Cơ sở rang ở Vũng Liêm trữ cà phê nhân nhiều tháng; nhiệt độ và độ ẩm cao làm hạt hút ẩm, có bao bị mốc. "
        "Cần hướng dẫn bảo quản: kiểm tra ẩm, kê bao, thông gió và thời gian lưu kho.",
        {"mGo053": 2, "mGo051": 2, "mGo052": 1},
    ),
    # --- pepper ---
    (
        "mGn24",
        "vi",
        "phunu_white",
        "Hộ trồng tiêu muốn làm tiêu trắng từ quả chín",
        "Gia đình ở Cầu Kè trồng tiêu, lâu nay hái lúc quả còn xanh để phơi tiêu đen. Muốn để chín hẳn, ngâm cho mềm vỏ, chà lấy lõi rồi phơi làm tiêu trắng cay hơn và bán giá cao, "
        "nhưng biết tiêu trắng dễ đắng nếu bảo quản lâu. Cần quy trình và thiết bị phù hợp hộ gia đình.",
        {"mGo054": 2, "mGo055": 2, "mGo065": 2, "mGo057": 2, "mGo056": 1, "mGo059": 1, "mGo058": 1, "mGo071": 1},
    ),
    (
        "mGn25",
        "en",
        "hindu_uas",
        "Machine to make white pepper at farm level",
        "Our pepper group in Trà Cú sells only black pepper; white pepper fetches several times more, and world demand is over 40,000 tonnes a year, but traditional methods take too long for us. "
        "We want a machine that makes white peppercorns from pre-treated, freshly harvested pepper on the farm.",
        {"mGo058": 2, "mGo057": 2, "mGo059": 2, "mGo054": 2, "mGo060": 1, "mGo056": 1},
    ),
    (
        "mGn26",
        "vi",
        "docstoc_white",
        "Ngam tieu lam tieu so bi hoi, muon dung vi sinh",
        "Co so o Tieu Can ngam tieu 7-15 ngay trong nuoc de bong vo lam tieu so, nuoc hoi, hat xam mau. "
        "Nghe noi vi khuan ky khi tiet pectinase lam tach vo nhanh hon; can quy trinh dung vi sinh hoac enzyme cho sach va nhanh.",
        {"mGo060": 2, "mGo057": 2, "mGo054": 1},
    ),
    (
        "mGn27",
        "en",
        "medworm_wild",
        "Blanch-then-dry process for cleaner black pepper",
        "Pepper farmers in Tiểu Cần heap fresh spikes to 'sweat' before sun drying for 5–6 days. We learned sweating lets microbes multiply by up to 5 log, while blanching then drying lowers all counts. "
        "We need a practical blanching and drying process with uniform colour.",
        {"mGo061": 2, "mGo062": 2, "mGo064": 2, "mGo063": 2, "mGo066": 1, "mGo065": 1, "mGo070": 1},
    ),
    (
        "mGn28",
        "vi",
        "ictnews_solar",
        "Cơ sở sơ chế tiêu cần máy sấy năng lượng mặt trời",
        "Cơ sở ở Châu Thành (Trà Vinh) phơi tiêu trên sân nên phụ thuộc trời mưa. Đọc thấy nhà sấy năng lượng mặt trời tiết kiệm ít nhất 80% điện so với sấy bơm nhiệt cùng công suất "
        "và rút ngắn 40% thời gian so với sấy tĩnh vỉ ngang. Cần máy sấy mặt trời cho hạt tiêu, có phương án khi trời âm u.",
        {"mGo066": 2, "mGo062": 1, "mGo070": 1, "mGo009": 1, "mGo010": 1, "mGo150": 1},
    ),
    (
        "mGn67",
        "vi",
        "hoachat_pepper",
        "Cần máy tuốt hạt tiêu khỏi gié",
        "Nhà vườn ở Cầu Kè tách quả tiêu khỏi gié sau 1–2 nắng bằng cách đạp chân, vừa chậm vừa lẫn đất cát. Cần máy tuốt hạt tiêu công suất nhỏ, dễ vệ sinh.",
        {"mGo061": 2},
    ),
    (
        "mGn29",
        "en",
        "wallys_micro",
        "Ground black pepper rejected for high microbial counts",
        "A buyer rejected our ground black pepper from Trà Vinh for high total plate counts. Traditional preparation of black and white pepper leaves some of the highest microbial loads among spices, "
        "and washing and re-drying only helps partly. We need a decontamination step before grinding and packing.",
        {"mGo067": 2, "mGo068": 2, "mGo069": 2, "mGo061": 1, "mGo063": 1},
    ),
    (
        "mGn74",
        "vi",
        "isc_microbial",
        "Tiêu phơi vẫn ẩm, vi khuẩn không giảm trước khi xay",
        "Cơ sở xay tiêu ở Trà Ôn thấy tiêu phơi 3 ngày vẫn còn khoảng 15% ẩm, mật số vi khuẩn gần như không giảm, có lô nhiễm nấm mốc. "
        "Cần công đoạn xử lý diệt khuẩn hạt tiêu trước khi xay và đóng gói mà không mất mùi.",
        {"mGo068": 2, "mGo067": 2, "mGo062": 1, "mGo061": 1, "mGo069": 1},
    ),
]

NEEDS += [
    # --- chilli: drying, powder, safety ---
    (
        "mGn30",
        "vi",
        "baotintuc_tv_ot",
        "Nông dân trồng ớt chỉ thiên muốn sấy ớt để trữ bán",
        "Tôi trồng 3 công ớt chỉ thiên ở Hiệp Hòa (Cầu Ngang). Có lúc thương lái mua tại ruộng 60.000–70.000 đồng/kg loại I, loại II–III 35.000–45.000 đồng/kg, nhưng giá lên xuống thất thường; "
        "cây cho thu nhiều đợt sau khoảng 2,5 tháng. Muốn sấy khô ớt giữ màu đỏ để trữ bán khi giá tốt, cần quy trình và máy sấy.",
        {"mGo072": 2, "mGo073": 2, "mGo074": 2, "mGo075": 1, "mGo076": 1, "mGo077": 1},
    ),
    (
        "mGn31",
        "en",
        "sggp_tv_ot",
        "Chilli group wants to make bright red chilli powder",
        "Our cooperation group in Mỹ Chánh (Châu Thành, Trà Vinh) grows bird's-eye chilli, which has few pests and tolerates drought; this season fresh chilli sold at the field for 19,000 VND/kg to traders from Ho Chi Minh City. "
        "We want to add value by drying and grinding chilli powder that keeps a bright colour and heat.",
        {"mGo074": 2, "mGo072": 2, "mGo073": 2, "mGo075": 1, "mGo076": 1},
    ),
    (
        "mGn32",
        "vi",
        "baomoi_ot",
        "Ot kho bi moc, thuong lai tru gia, can kiem tra do am va doc to",
        "To hop tac o Duyen Hai phoi ot trai ban khoang 40.000-42.000 d/kg, gap hon 4 lan ot tuoi 9.000-10.000 d/kg. "
        "Nhung co lo ot kho bi moc, thuong lai tru gia. Can noi do do am va aflatoxin va huong dan phoi say den muc an toan.",
        {"mGo076": 2, "mGo073": 1, "mGo072": 1},
    ),
    (
        "mGn33",
        "en",
        "vov_ot",
        "Drying chilli faster without losing pungency",
        "Chilli in Trà Vinh yields around 25 tonnes per hectare and sells at 30,000–35,000 VND/kg in the main season, but gluts come quickly. "
        "We want to dry surplus chilli at higher temperature and air speed to save time while keeping capsaicin and phenolics, and need tested settings.",
        {"mGo077": 2, "mGo075": 1, "mGo074": 1, "mGo072": 1, "mGo073": 1},
    ),
    (
        "mGn68",
        "en",
        "scite_coldstore",
        "Keeping aflatoxin out of cold-stored dried chilli",
        "A trader in Cầu Ngang keeps dried chillies in cold storage for months to sell at a better price. Studies of chillies stored 6–30 months found Aspergillus flavus and aflatoxin B1, "
        "often from poor drying before storage. We need testing and a drying standard before chillies go into store.",
        {"mGo076": 2, "mGo073": 1, "mGo072": 1},
    ),
    # --- chilli: sauce ---
    (
        "mGn34",
        "en",
        "lifeimp_pasteur",
        "Pasteurising a fermented chilli–lemongrass sauce",
        "We make a small lacto-fermented chilli and lemongrass sauce in Trà Vinh city and the bottles keep fermenting on the shelf. "
        "We want a pasteurisation step that stops fermentation and, with the right acidity (pH 4.6 or below), makes the sauce shelf-stable, using simple kitchen equipment.",
        {"mGo080": 2, "mGo081": 2, "mGo082": 1, "mGo083": 1, "mGo079": 1},
    ),
    (
        "mGn35",
        "vi",
        "hotpepper_101",
        "Tương ớt gia đình muốn vào siêu thị: chai phồng nắp, cần quy trình an toàn",
        "Cơ sở tương ớt ở Duyên Hải làm theo công thức gia đình, nay muốn bán siêu thị. Có chai bị phồng nắp; biết vi khuẩn như E. coli, Salmonella, Clostridium botulinum có thể có trên nguyên liệu, tay, dụng cụ. "
        "Cần quy trình vệ sinh chai, đo pH, nấu và rót nóng, và biết phải làm việc với cơ quan y tế thế nào.",
        {"mGo081": 2, "mGo080": 2, "mGo082": 2, "mGo079": 1, "mGo078": 1, "mGo084": 1},
    ),
    (
        "mGn36",
        "vi",
        "hotpepper_preserv",
        "Tương ớt tỏi không chất bảo quản, dùng giấm và chanh",
        "Muốn làm tương ớt tỏi bán ở chợ TP Trà Vinh mà không dùng chất bảo quản, chỉ dùng giấm, chanh, muối, đường; nghe nói pH phải dưới 4 thì vi khuẩn không phát triển, "
        "hoặc ủ lên men với muối như tương Tabasco. Cần công thức và quy trình kiểm pH.",
        {"mGo078": 2, "mGo079": 2, "mGo081": 2, "mGo080": 1, "mGo082": 1},
    ),
    (
        "mGn72",
        "en",
        "memart_tuongot",
        "Mechanising a family chilli sauce line",
        "Our family in Duyên Hải makes chilli sauce by hand from ripe red chilli, tomato, garlic, salt, sugar and vinegar: grinding, mixing, cooking and bottling. "
        "Orders have grown and we want machines for grinding, mixing, filling and capping bottles.",
        {"mGo084": 2, "mGo079": 1},
    ),
    # --- lemongrass ---
    (
        "mGn37",
        "vi",
        "ladyfirst_sa",
        "HTX trồng sả chanh muốn đầu tư lò chưng cất tinh dầu",
        "HTX ở Trà Cú trồng sả chanh trên đất giồng cát nhiễm mặn; sả trồng một lần thu 3–4 năm, lợi nhuận từ lá và củ khoảng 90–110 triệu đồng/ha. "
        "Muốn đầu tư lò chưng cất tinh dầu tại chỗ thay vì bán sả tươi, cần quy trình và thiết bị.",
        {"mGo086": 2, "mGo087": 2, "mGo088": 2, "mGo090": 2, "mGo095": 2, "mGo089": 1, "mGo096": 1, "mGo091": 1},
    ),
    (
        "mGn41",
        "vi",
        "ladyfirst_sa",
        "Tận dụng bã sả sau chưng cất",
        "Cơ sở chưng cất tinh dầu sả ở Cầu Ngang thải ra nhiều bã mỗi ngày. Đọc về mô hình khép kín trồng sả – thu tinh dầu – tận thu phế phẩm mang lại thêm thu nhập, "
        "chúng tôi muốn dùng bã sả làm phân, đệm lót chuồng hoặc trồng nấm.",
        {"mGo088": 2, "mGo096": 1},
    ),
    (
        "mGn38",
        "en",
        "agrifarming_sa",
        "Lemongrass grower wants on-farm oil distillation",
        "I grow lemongrass in Cầu Ngang; the first cut comes 4–6 months after planting and then every 60–70 days. Instead of selling fresh grass I want to distil oil on the farm: "
        "what still to buy, what yield to expect per tonne, and what quality (citral) buyers require.",
        {"mGo090": 2, "mGo091": 2, "mGo087": 2, "mGo086": 2, "mGo095": 2, "mGo093": 1, "mGo092": 1},
    ),
    (
        "mGn39",
        "vi",
        "danviet_sa",
        "Nồi nấu tinh dầu sả Java mất cả ngày, muốn thiết bị tốt hơn",
        "Tôi trồng gần 1.000 m² sả Java ở Tiểu Cần, cứ khoảng 1,5 tháng cắt lá một lần, mỗi năm 5–6 lượt; nấu nồi tự chế mất khoảng một ngày mới được chừng 6 lít tinh dầu. "
        "Cần nồi chưng cất nhanh hơn, thu được nhiều dầu hơn.",
        {"mGo088": 2, "mGo089": 2, "mGo095": 2, "mGo090": 2, "mGo086": 1, "mGo087": 1},
    ),
    (
        "mGn40",
        "en",
        "flavor_citral",
        "Our lemongrass oil is low in citral",
        "A buyer in Ho Chi Minh City paid a low price for our oil from Càng Long, saying citral was under the usual 65–85%. Citral depends on temperature, light, soil moisture, fertiliser and maturity, "
        "and on how the oil is extracted. We need the oil tested and advice on distillation and storage.",
        {"mGo093": 2, "mGo092": 2, "mGo090": 1, "mGo091": 1, "mGo086": 1},
    ),
    (
        "mGn69",
        "vi",
        "globaleo_sa",
        "Hiệu suất tinh dầu sả thấp, muốn tối ưu chưng cất",
        "Cơ sở ở Trà Cú chưng cất lá sả tươi được khoảng 0,2% tinh dầu, tức cần chừng 500 kg sả cho 1 kg dầu, thời gian nấu 1,5–3 giờ. "
        "Muốn tăng hiệu suất: nên cắt lá cỡ nào, tỷ lệ nước, thời gian bao lâu.",
        {"mGo090": 2, "mGo086": 1, "mGo094": 1},
    ),
    # --- ginger ---
    (
        "mGn42",
        "en",
        "agriinfo_dried",
        "Setting up a small ginger dryer",
        "Our farmer group in Càng Long wants a small plant to dry ginger. We need to know which dried forms sell, how drying is best done, whether our fibrous ginger is suitable, "
        "who buys dried ginger and for what, and roughly what a dryer costs.",
        {"mGo105": 2, "mGo101": 2, "mGo103": 2, "mGo104": 1, "mGo097": 1},
    ),
    (
        "mGn43",
        "vi",
        "gingergrowers",
        "Cơ sở muốn sản xuất trà gừng, bột gừng hòa tan đóng gói",
        "Cơ sở ở Tiểu Cần thu mua gừng của nông dân; nhu cầu gừng cho đồ uống, bánh kẹo và dược ngày càng lớn, bán sản phẩm chế biến có lãi hơn củ tươi. "
        "Muốn sản xuất trà gừng và bột gừng hòa tan đóng gói, cần quy trình và thiết bị.",
        {"mGo097": 2, "mGo098": 1, "mGo162": 1, "mGo101": 1},
    ),
    (
        "mGn44",
        "en",
        "bucksspices",
        "Turning ginger into a drink product",
        "Our women's group in Trà Vinh city sells fresh ginger, which is usually scalded or washed and scraped before use. We would like a ready-to-drink or ready-to-mix ginger product "
        "(ginger tea concentrate or syrup, possibly with other spices) instead of selling raw roots.",
        {"mGo098": 2, "mGo102": 2, "mGo097": 1},
    ),
    (
        "mGn45",
        "vi",
        "mdpi_ginger",
        "Gung say o 70 do nhanh nhung mat mui cay",
        "Co so o Cang Long say gung lat bang khi nong; o 70 do thi kho nhanh hon 50-60 do nhung gung mat mui cay va thom. "
        "Can che do say hoac cong nghe say giu gingerol, mau va mui.",
        {"mGo104": 2, "mGo105": 2, "mGo101": 1},
    ),
    (
        "mGn46",
        "vi",
        "hue_mutgung",
        "Cơ sở mứt Tết muốn làm mứt gừng sấy dẻo bán quanh năm",
        "Cơ sở mứt ở Cầu Kè chỉ làm mứt gừng dịp Tết. Muốn làm phiên bản mứt gừng sấy dẻo, giữ vị cay nồng, thơm dịu, đóng gói đẹp để bán quanh năm; cần quy trình ngâm đường, sấy và quy mô xưởng.",
        {"mGo100": 2, "mGo103": 1},
    ),
    (
        "mGn70",
        "en",
        "hna_ginger",
        "Export-grade ginger powder from mature ginger",
        "A processor in Càng Long buys mature ginger harvested at 8–10 months when the leaves yellow. We want to turn it into export-grade ginger powder with long shelf life: "
        "cleaning, slicing, drying, grinding, sieving and packing.",
        {"mGo101": 2, "mGo105": 2, "mGo097": 1, "mGo104": 1},
    ),
    # --- turmeric ---
    (
        "mGn47",
        "vi",
        "baocamau_nghe",
        "Hộ trồng nghệ muốn làm tinh bột nghệ đạt OCOP",
        "Chúng tôi ở Trà Cú thu mua nghệ củ tươi bán chợ đầu mối, củ gãy khi thu hoạch, vận chuyển bị ép giá. Thấy ở Cà Mau có hộ làm tinh bột nghệ đỏ hơn 8 năm rồi lập HTX 8 thành viên, sản phẩm đạt OCOP 3 sao. "
        "Muốn học quy trình làm tinh bột nghệ và đầu tư máy phù hợp.",
        {"mGo106": 2, "mGo107": 2, "mGo108": 2, "mGo109": 1, "mGo110": 1},
    ),
    (
        "mGn48",
        "en",
        "pnvn_backan",
        "Wet-extraction line for turmeric starch",
        "Our cooperative in Châu Thành (Trà Vinh) grows black and red turmeric. Like a Bắc Kạn cooperative that now earns billions of VND from turmeric starch, we no longer want to depend on traders and weather; "
        "capital is tight. We need a small line to wash, grind, settle, filter and dry turmeric starch.",
        {"mGo106": 2, "mGo107": 2, "mGo109": 1, "mGo108": 1},
    ),
    (
        "mGn49",
        "vi",
        "agritechnepal",
        "Nghệ củ khô bị xỉn màu, giòn gãy",
        "HTX ở Cầu Ngang luộc nghệ bằng nồi rồi phơi; lúc luộc quá thì màu xỉn, luộc non thì củ khô giòn gãy, phơi 10–15 ngày mới khô. "
        "Cần quy trình luộc (hoặc hấp), phơi sấy và đánh bóng nghệ củ khô để bán cho cơ sở xay bột.",
        {"mGo111": 2, "mGo112": 2, "mGo113": 2, "mGo114": 2, "mGo115": 1},
    ),
    (
        "mGn50",
        "en",
        "turmericworld",
        "Curing, drying and polishing turmeric in-house",
        "Our spice firm in Vĩnh Long buys fresh turmeric and sends it out for processing. We want to cure it ourselves — boil until froth and fumes appear, dry 10–15 days until fingers snap with a metallic sound, "
        "then polish in a drum and grind — and need equipment and a process.",
        {"mGo112": 2, "mGo114": 2, "mGo115": 2, "mGo111": 2, "mGo113": 1},
    ),
    (
        "mGn51",
        "en",
        "curcumintimes",
        "Turmeric powder with weak colour: keeping curcumin",
        "Our turmeric powder from Trà Cú looks pale compared with competitors'. We boil 45–60 minutes and sun-dry in layers 5–7 cm thick. "
        "We want to know which curing and drying methods (and what maximum temperature for artificial drying) keep colour and curcumin.",
        {"mGo113": 2, "mGo111": 1, "mGo112": 1, "mGo107": 1},
    ),
    # --- herbal tea ---
    (
        "mGn52",
        "vi",
        "danviet_mangcau",
        "Trà mãng cầu xiêm muốn đóng túi lọc",
        "Gia đình ở Càng Long trồng mãng cầu xiêm và đã làm trà mãng cầu thủ công từ trái trong vườn hơn 2 năm, khách ưa chuộng. "
        "Muốn chuyển sang dạng túi lọc tiện dùng: quy trình nghiền, định lượng, đóng túi và máy phù hợp, hoặc thuê gia công.",
        {"mGo119": 2, "mGo120": 2, "mGo122": 2, "mGo121": 1, "mGo125": 1},
    ),
    (
        "mGn53",
        "en",
        "duyendang_tuiloc",
        "Bagging a lemongrass–ginger–pandan herbal blend",
        "Our herbal tea start-up in Vĩnh Long blends dried lemongrass, ginger and pandan. Ingredients have to be mixed in exact ratios, dried and cut, but our pieces are too large for standard filter bags. "
        "We need blend processing and a bag format that suits coarse herbs.",
        {"mGo126": 2, "mGo121": 2, "mGo125": 2, "mGo120": 2, "mGo123": 1, "mGo119": 1},
    ),
    (
        "mGn54",
        "vi",
        "woodenedu_tea",
        "Cơ sở trà muốn làm dòng trà ướp hương đặc sản",
        "Cơ sở trà ở TP Trà Vinh mua trà xanh và muốn phát triển dòng trà ướp hương đặc sản (hoa tươi, thảo mộc) mang dấu ấn địa phương, như các dòng trà đặc sản đang phát triển. "
        "Cần quy trình ướp và tách hoa, sao tẩm hương thảo mộc.",
        {"mGo124": 2, "mGo123": 1},
    ),
    (
        "mGn55",
        "en",
        "vcr_tusay",
        "Drying cabinet for butterfly-pea and chrysanthemum flowers",
        "We make butterfly-pea and chrysanthemum teas in Cầu Kè and lose colour and aroma when drying flowers in the sun. "
        "We want a drying cabinet with trays and circulating warm air that dries evenly, is easy to clean and saves energy.",
        {"mGo127": 2, "mGo128": 2},
    ),
    (
        "mGn56",
        "vi",
        "agricfarming_teabag",
        "Thuê gia công trà thảo mộc túi lọc đạt GMP, in nhãn riêng",
        "Nhóm phụ nữ ở Cầu Kè làm trà thảo mộc từ cây nhà; muốn bán rộng cần sản phẩm túi lọc đạt chuẩn, có chứng nhận và giấy phép. "
        "Tìm đơn vị gia công đóng túi lọc theo GMP và in nhãn thương hiệu riêng.",
        {"mGo122": 2, "mGo125": 1, "mGo120": 1, "mGo134": 1},
    ),
    (
        "mGn57",
        "en",
        "blogequip_teabag",
        "Planning a small tea-bag line",
        "We plan a small tea-bag line at Long Đức (Trà Vinh city) for local herbal teas. The business needs mainly tea and filter paper, plus branding and distribution to hotels and shops. "
        "We need machine choice, capacity and a production process.",
        {"mGo119": 2, "mGo121": 2, "mGo125": 2, "mGo120": 2},
    ),
    (
        "mGn75",
        "en",
        "balcony_herbs",
        "Drying and blending home-grown herbs into tea",
        "We grow lemongrass, pandan and butterfly pea in Cầu Kè for herbal tea. Growing is going well; now we need to dry the herbs properly and blend them into tea bags.",
        {"mGo120": 2, "mGo128": 2, "mGo119": 1, "mGo127": 1},
    ),
    # --- food safety, declaration, traceability ---
    (
        "mGn58",
        "vi",
        "tuvancongbo_phugia",
        "Cơ sở trà sả gừng cần tự công bố sản phẩm",
        "Cơ sở ở Trà Vinh làm trà sả gừng túi lọc, muốn đưa vào siêu thị nên phải tự công bố sản phẩm; nghe nói cần kết quả kiểm nghiệm trong vòng 12 tháng. "
        "Cần hướng dẫn hồ sơ và nơi làm thủ tục.",
        {"mGo134": 2, "mGo135": 2},
    ),
    (
        "mGn59",
        "en",
        "congbo_hotro",
        "Self-declaration for packaged ground pepper and chilli",
        "We are a small spice maker in Vĩnh Long packing ground pepper and chilli. Retailers ask for our product self-declaration. "
        "We need the procedure and documents under Vietnam's food safety rules, or a service that prepares them.",
        {"mGo134": 2, "mGo135": 2},
    ),
    (
        "mGn60",
        "en",
        "iqcs_iso",
        "ISO 22000 / HACCP certification for a spice exporter",
        "Our pepper and chilli powder company in Trà Vinh wants to export. Buyers ask for a certified food safety management system combining ISO 9001 structure and HACCP principles "
        "(hazard analysis, CCPs, monitoring, corrective action, records, verification).",
        {"mGo129": 2, "mGo130": 2, "mGo131": 2, "mGo132": 2, "mGo133": 1, "mGo069": 1},
    ),
    (
        "mGn61",
        "vi",
        "dynamicsafety_iso",
        "DN trà thảo mộc cần áp dụng HACCP, ISO 22000",
        "Doanh nghiệp trà thảo mộc ở Vĩnh Long muốn khách hàng tin tưởng hơn: cần xây dựng hệ thống quản lý an toàn thực phẩm theo HACCP/ISO 22000, "
        "nhận diện và kiểm soát mối nguy sinh học, hóa học, vật lý, giám sát điểm kiểm soát tới hạn và được chứng nhận.",
        {"mGo132": 2, "mGo133": 2, "mGo130": 2, "mGo131": 2, "mGo129": 1},
    ),
    (
        "mGn62",
        "vi",
        "baomoi_txng",
        "Muon dan tem truy xuat nguon goc cho bot nghe, tra sa",
        "HTX o Tra Cu co bot nghe, tra sa dang ban sieu thi; nghe tinh ban tap huan truy xuat nguon goc va gan tem cho nong san. "
        "Can tap huan va giai phap tem QR truy xuat cho san pham cua HTX.",
        {"mGo136": 2, "mGo137": 2},
    ),
    (
        "mGn63",
        "en",
        "baomoi_qr",
        "QR traceability for a chocolate brand",
        "Our chocolate brand in Trà Vinh wants buyers to scan a QR code and see where the beans were grown, how they were fermented and when the bars were made. "
        "We need a traceability system and training to set it up.",
        {"mGo136": 2, "mGo137": 2},
    ),
]
