"""Needs for holdout186: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "pFn01",
        "vi",
        "tg_sa",
        "Cần quy trình và thiết bị chưng cất tinh dầu sả cho HTX vùng mặn Cầu Ngang",
        "Vùng ven biển Cầu Ngang có gần 2.000 ha sả trên đất nhiễm mặn, sả cây chỉ bán 3.500-4.200 đồng/kg cho thương "
        "lái nên giá bấp bênh. Chúng tôi muốn tự chưng cất tinh dầu sả tại chỗ, cần quy trình và nồi cất phù hợp.",
        {"pFo003": 2, "pFo005": 2, "pFo011": 2, "pFo001": 1, "pFo002": 1, "pFo007": 1},
    ),
    (
        "pFn02",
        "en",
        "thanhhoa_sa",
        "Turning burnt lemongrass leaves into oil in Trà Cú",
        "Our group in Trà Cú grows lemongrass on poor land and only sells the bulbs; the leaves are left on the field or "
        "burnt, which wastes them and degrades the soil. We want a way to distil the leaves into essential oil.",
        {"pFo011": 2, "pFo005": 2, "pFo013": 2, "pFo003": 1, "pFo002": 1},
    ),
    (
        "pFn03",
        "vi",
        "kobi_sa",
        "Can mua noi chung cat tinh dau sa loai nho cho ho gia dinh",
        "Nha toi o Cau Ke trong sa chanh, muon tu lam tinh dau sa chanh tai nha de ban va lam xa phong, dau goi. Can mua "
        "noi chung cat hoi nuoc loai nho khoang 50-100 lit, de dung, co huong dan.",
        {"pFo003": 2, "pFo009": 1, "pFo017": 1, "pFo007": 1},
    ),
    (
        "pFn04",
        "en",
        "farmtech_sa",
        "Adding an oil line to contract-grown lemongrass in Tiểu Cần",
        "Farmers in Tiểu Cần grow white lemongrass under contract at 4,500 VND/kg, about 3 tonnes per công, earning "
        "around 90 million VND a crop. We want to add value with oil: when to cut for oil and how to distil.",
        {"pFo012": 2, "pFo011": 2, "pFo004": 1, "pFo006": 1, "pFo005": 1, "pFo010": 1},
    ),
    (
        "pFn05",
        "en",
        "ampr_lg",
        "Boiler-fed 500 L steam distillation unit for a Càng Long cooperative",
        "Our cooperative in Càng Long has about 8 ha (20 acres) of lemongrass, enough to run a 500 L still. We distil in "
        "a direct-fired pot today and want a steam unit with an external boiler for better oil quality.",
        {"pFo008": 2, "pFo014": 1, "pFo007": 1, "pFo002": 1, "pFo003": 1},
    ),
    (
        "pFn06",
        "vi",
        "yaris_sa",
        "Kiểm nghiệm thành phần tinh dầu sả chanh trước khi bán cho công ty mỹ phẩm",
        "Cơ sở ở TP Trà Vinh chưng cất tinh dầu sả chanh dùng khuếch tán, khử mùi, đuổi muỗi. Một công ty mỹ phẩm yêu cầu "
        "kết quả phân tích thành phần (citral, geraniol, limonene) cho từng lô; cần nơi phân tích.",
        {"pFo015": 2, "pFo107": 2, "pFo100": 2, "pFo101": 2, "pFo004": 1, "pFo102": 1},
    ),
    (
        "pFn07",
        "en",
        "ref_citro",
        "Citronella oil that meets the export standard on geraniol",
        "A trader in Vĩnh Long buys Java citronella oil (citronellal, geraniol) for export to fragrance and repellent "
        "makers, but local lots fall short on geraniol. We need a distillation process that reliably meets the "
        "international specification.",
        {"pFo001": 2, "pFo004": 1, "pFo100": 1},
    ),
    (
        "pFn08",
        "vi",
        "hoibacsy",
        "Tinh dầu sả bị đục, lẫn nước, mau mất mùi",
        "Tinh dầu là hỗn hợp dễ bay hơi, không tan trong nước. HTX ở Long Hồ cất sả xong thấy dầu đục, lắng nước dưới đáy "
        "chai và mùi giảm nhanh. Cần cách tách nước, làm khan và bao gói, bảo quản đúng.",
        {"pFo016": 2, "pFo005": 2, "pFo097": 2, "pFo028": 1},
    ),
    (
        "pFn09",
        "en",
        "clyx_still",
        "Toll distillation for a grower who cannot afford a still",
        "A basil and lemongrass grower in Trà Ôn: setting up a boiler, retort and condenser costs from a small sum to "
        "thousands of dollars, too much for us now. We look for someone who distils our herb for a fee.",
        {"pFo013": 2, "pFo014": 2, "pFo022": 1, "pFo011": 1, "pFo007": 1},
    ),
    (
        "pFn10",
        "vi",
        "olfactory",
        "Tự chế nồi cất tinh dầu mini cho nông hộ Duyên Hải",
        "Tôi ở Duyên Hải muốn tự chế nồi cất nhỏ từ nồi áp suất cũ hoặc thùng phuy, mỗi mẻ vài chục ký lá. Cần bản thiết "
        "kế nồi, ống ngưng tụ làm mát và bình hứng tách dầu.",
        {"pFo009": 2, "pFo018": 2, "pFo003": 1, "pFo019": 1},
    ),
]

NEEDS += [
    (
        "pFn11",
        "en",
        "approp",
        "Training to start small-scale essential oil production in Châu Thành",
        "Smallholders in Châu Thành want to start small-scale oil production: plants hold only 1-3% oil, so it is a "
        "low-volume, high-value product we could sell despite transport costs. We need training on stills and help "
        "reaching buyers.",
        {"pFo007": 2, "pFo006": 2, "pFo005": 1, "pFo003": 1, "pFo009": 1},
    ),
    (
        "pFn12",
        "vi",
        "kag_mohinh",
        "Can ky thuat trong sa lay dau, cat may lua mot nam",
        "Toi muon trong sa Java va sa chanh tren dat giong cat nhiem man o Cau Ngang de cat la chung dau, trong mot lan "
        "thu 3-4 nam. Can biet bao lau thi cat lua dau, may ngay cat mot lan, tuoi nuoc sao cho nhieu dau.",
        {"pFo012": 2, "pFo011": 1, "pFo004": 1},
    ),
    (
        "pFn13",
        "vi",
        "ngocanh_tram",
        "Nâng cấp rừng tràm gió Trà Cú để chưng cất tinh dầu",
        "HTX ở Trà Cú có diện tích tràm gió mọc tự nhiên, trước đây chỉ hái lá phơi làm nước uống. Muốn chưng cất tinh "
        "dầu tràm nhưng tràm gió ít dầu; cần giống tràm năm gân cineole cao và kỹ thuật nấu dầu.",
        {"pFo020": 2, "pFo021": 2, "pFo022": 1, "pFo023": 1},
    ),
    (
        "pFn14",
        "en",
        "sansach_tram",
        "More efficient cajeput distillation than the traditional pot",
        "Cajeput leaf distillers in Duyên Hải cook leaves in 100-200 L pots for 5-7 hours over a wood fire and get about "
        "1 litre of oil from 150 kg of leaves. We want steam distillation equipment that saves fuel and time.",
        {"pFo008": 2, "pFo003": 1, "pFo022": 1, "pFo006": 1, "pFo020": 1},
    ),
    (
        "pFn15",
        "vi",
        "tdt_blog",
        "Chứng minh dầu tràm nguyên chất không pha nhựa thông",
        "Cơ sở ở TP Trà Vinh bán dầu tràm 10 ml giá 120.000 đồng; khách lo dầu tràm bị pha nhựa thông. Cần kiểm nghiệm "
        "thành phần và độ tinh khiết từng lô để in lên nhãn.",
        {"pFo102": 2, "pFo107": 2, "pFo100": 2, "pFo101": 2, "pFo022": 1},
    ),
    (
        "pFn16",
        "en",
        "laque_tram",
        "Exporting cajeput oil to Europe as a flammable good",
        "A cajeput oil maker in Cầu Ngang (1,8-cineole above 60%) has a European buyer for drums of oil. The oil is "
        "flammable and we do not know the packaging, labelling, safety data sheet and shipping documents required.",
        {"pFo024": 2, "pFo098": 2, "pFo099": 2, "pFo097": 1, "pFo108": 1, "pFo110": 1, "pFo109": 1},
    ),
    (
        "pFn17",
        "vi",
        "tdt_giong",
        "Quy trình thu hoạch và sấy lá tràm năm gân làm dược liệu",
        "Chúng tôi ở Châu Thành trồng tràm năm gân (cineole trên 60%) làm dược liệu và nguyên liệu cất dầu. Cần quy trình "
        "thu hoạch thân lá, sơ chế và sấy khô đạt độ ẩm bảo quản.",
        {"pFo023": 2, "pFo089": 1, "pFo088": 1},
    ),
    (
        "pFn18",
        "vi",
        "topcargo_buoi",
        "Công nghệ chưng cất tinh dầu từ vỏ bưởi da xanh thải bỏ",
        "Doanh nghiệp ở Bình Minh sơ chế bưởi da xanh cho xuất khẩu (hơn 25 triệu USD toàn ngành), mỗi tuần thải vài tấn "
        "vỏ. Cần công nghệ chưng cất tinh dầu vỏ bưởi quy mô xưởng.",
        {"pFo028": 2, "pFo025": 2, "pFo026": 2, "pFo029": 2, "pFo032": 1, "pFo030": 1, "pFo150": 1, "pFo151": 1},
    ),
    (
        "pFn19",
        "en",
        "dongnai_buoi",
        "Oil from thinned young pomelos in Vũng Liêm",
        "Our pomelo cooperative in Vũng Liêm thins young fruit twice, two weeks after fruit set and two weeks later, and "
        "throws the fruit away. We want a simple process to distil oil from the thinned or storm-dropped fruit.",
        {"pFo029": 2, "pFo028": 2, "pFo033": 1, "pFo025": 1, "pFo003": 1},
    ),
    (
        "pFn20",
        "en",
        "ttud_buoi",
        "Specification and limonene assay for pomelo peel oil",
        "We distil pomelo peel in Vĩnh Long (peel ground 1:3 with water, dried over Na2SO4). A shampoo maker wants a "
        "written specification and a validated limonene test for every lot.",
        {"pFo025": 2, "pFo027": 2, "pFo100": 1, "pFo026": 1},
    ),
]

NEEDS += [
    (
        "pFn21",
        "vi",
        "cholai_buoi",
        "Muon hoc nau tinh dau vo buoi quy mo nho",
        "Toi o Tra On, nha co vuon buoi, muon tu nau tinh dau vo buoi de ban o cho va cho khach du lich. Can quy trinh "
        "lay vo xanh, chung cat va tach dau de lam cho dung, dau nhieu va thom.",
        {"pFo028": 2, "pFo029": 2, "pFo003": 1, "pFo030": 1},
    ),
    (
        "pFn22",
        "en",
        "ctu_buoi",
        "Scaling pomelo peel distillation from lab to a 100 kg still",
        "Our lab trials distil ground pomelo peel at 120°C and 5 mL water per g for 105 min. We now want to predict "
        "yield and distillation time in a 100 kg steam still before buying it for a plant in Vĩnh Long.",
        {"pFo032": 2, "pFo025": 1, "pFo008": 1, "pFo002": 1},
    ),
    (
        "pFn23",
        "vi",
        "ngocanh_buoi",
        "Chiết tinh dầu hoa bưởi giữ hương thơm",
        "Vườn bưởi ở Tam Bình ra hoa vào cuối tháng 2, đầu tháng 3. Muốn chiết tinh dầu hoa bưởi có mùi thơm đặc trưng "
        "để làm nước hoa, cần phương pháp cho hiệu suất và mùi tốt hơn cất hơi nước.",
        {"pFo031": 2, "pFo028": 1},
    ),
    (
        "pFn24",
        "en",
        "lush_basil",
        "Distilling sweet basil oil on a Long Hồ herb farm",
        "Our herb farm in Long Hồ grows sweet basil (Ocimum basilicum) for fresh markets. We want to distil basil oil "
        "for cosmetic buyers and need advice on harvest stage and on steam versus water distillation.",
        {"pFo035": 2, "pFo034": 2, "pFo036": 1, "pFo003": 1, "pFo009": 1},
    ),
    (
        "pFn25",
        "vi",
        "huongnhu",
        "Chọn giống hương nhu tía nhiều tinh dầu và eugenol",
        "Nông dân Càng Long trồng hương nhu tía (Ocimum tenuiflorum) làm thuốc nam. Muốn chuyển sang cất tinh dầu nên cần "
        "biết giống nào cho năng suất thân lá, hàm lượng dầu và eugenol cao nhất.",
        {"pFo037": 2, "pFo036": 2, "pFo038": 1},
    ),
    (
        "pFn26",
        "en",
        "horse_basil",
        "Chemotype analysis of basil oil for a perfume buyer",
        "We distil basil in Trà Vinh. A perfume buyer asks for the oil's profile: linalool, methyl chavicol, eugenol, "
        "beta-caryophyllene and camphor levels per lot, to decide which chemotype we produce.",
        {"pFo034": 2, "pFo100": 2, "pFo107": 2, "pFo038": 1, "pFo101": 1},
    ),
    (
        "pFn27",
        "vi",
        "tasty_basil",
        "Thu hoạch húng quế lúc nào để cất được nhiều tinh dầu",
        "Tổ hợp tác ở Vũng Liêm trồng húng quế, muốn cất tinh dầu. Sản lượng dầu phụ thuộc giống, giai đoạn thu và cách "
        "cất; cần biết nên cắt khi nào, cắt cả bông hay chỉ lá, cất bằng hơi hay bằng nước.",
        {"pFo035": 2, "pFo036": 2, "pFo034": 2},
    ),
    (
        "pFn28",
        "vi",
        "hoacuc_gung",
        "Kỹ thuật trồng gừng trong bao xi măng cho hộ ít đất",
        "Hộ nghèo ở Tiểu Cần ít đất muốn trồng gừng trong bao xi măng quanh nhà. Cần hướng dẫn chọn gừng giống 50-100 g "
        "nhiều mắt mầm, trộn đất phân, tưới và thu hoạch.",
        {"pFo039": 2, "pFo040": 2, "pFo041": 2, "pFo046": 1, "pFo043": 1, "pFo045": 1},
    ),
    (
        "pFn29",
        "en",
        "nhanguyen_gung",
        "Container and bag ginger scheme for households in Mang Thít",
        "The women's union in Mang Thít wants members to grow ginger in pots and bags in small yards. We need bag size, "
        "soil mix, watering and feeding so the crop does not dry out or rot.",
        {"pFo043": 2, "pFo044": 2, "pFo045": 2, "pFo039": 2, "pFo047": 1, "pFo046": 1},
    ),
    (
        "pFn30",
        "vi",
        "wikifarm_gung",
        "Trong gung thung xop bi thoi cu",
        "Toi trong gung trong thung xop tren san thuong o TP Vinh Long, cay cao gan 1,5 m nhung cu bi thoi do dong nuoc. "
        "Can cach tron dat tham nuoc, thoat nuoc va tuoi dung.",
        {"pFo045": 2, "pFo044": 2, "pFo039": 2, "pFo040": 1},
    ),
]

NEEDS += [
    (
        "pFn31",
        "en",
        "zac_ginger",
        "Fertiliser schedule and harvest time for ginger in pails",
        "A farm in Càng Long planted ginger in pails with garden soil and half a kilo of organic fertiliser each; the "
        "three-month plants look healthy. We need a feeding schedule and the right harvest time for a good yield.",
        {"pFo039": 2, "pFo044": 2, "pFo043": 1, "pFo041": 1},
    ),
    (
        "pFn32",
        "vi",
        "hatgiong_nghe",
        "Chuyển 3 ha đất màu sang trồng nghệ vàng ở Trà Cú",
        "HTX ở Trà Cú muốn chuyển 3 ha đất màu sang nghệ vàng làm gia vị và dược liệu, trồng bằng củ vào đầu mùa mưa "
        "tháng 11-12 hoặc 2-4. Cần nguồn củ giống tốt và quy trình trồng, chăm sóc.",
        {"pFo048": 2, "pFo049": 2, "pFo053": 1, "pFo054": 1, "pFo051": 1, "pFo052": 1},
    ),
    (
        "pFn33",
        "en",
        "nguyenlieu_nghe",
        "Turmeric intercropped under coconut in Châu Thành",
        "Coconut growers in Châu Thành want to plant turmeric under their trees in loose, rich soil. We need a "
        "high-curcumin variety that tolerates partial shade and advice on spacing and care as an intercrop.",
        {"pFo054": 2, "pFo050": 2, "pFo052": 1},
    ),
    (
        "pFn34",
        "vi",
        "krishi_turmeric",
        "Khoảng cách trồng và phân bón cho 5 công nghệ ruộng",
        "Tôi ở Vũng Liêm trồng 5 công nghệ ruộng, khí hậu nóng ẩm 20-30°C, có tưới. Cần biết lên luống, khoảng cách hốc, "
        "lượng phân chuồng và phủ gốc để đạt năng suất cao, tránh úng.",
        {"pFo052": 2, "pFo055": 2, "pFo049": 1, "pFo053": 1},
    ),
    (
        "pFn35",
        "en",
        "curcuminoids_sus",
        "Seed rhizomes for 2 ha of turmeric in Tiểu Cần",
        "We plan 2 ha of turmeric in Tiểu Cần. At 2,500 kg of seed rhizomes per hectare we need about 5 tonnes of healthy, "
        "disease-free mother and finger rhizomes of a good variety.",
        {"pFo053": 2, "pFo048": 2, "pFo051": 1},
    ),
    (
        "pFn36",
        "vi",
        "agrifarm_turm",
        "Trồng nghệ trên đất cát giồng Cầu Ngang",
        "HTX ở Cầu Ngang muốn trồng nghệ trên đất cát pha giồng, tơi xốp, có tưới. Cần quy trình chọn củ mẹ, củ nhánh làm "
        "giống, mật độ hốc và chăm sóc cho vùng đất này.",
        {"pFo049": 2, "pFo048": 2, "pFo051": 1, "pFo052": 1},
    ),
    (
        "pFn37",
        "vi",
        "kynuoi_nghe",
        "Dây chuyền làm tinh bột nghệ cho cơ sở ở Trà Ôn",
        "Cơ sở ở Trà Ôn thu mua nghệ tươi để làm tinh bột nghệ, hiện xay và lắng thủ công, 10 tấn nghệ tươi ra khoảng 6 "
        "tạ bột. Cần dây chuyền xay, ép, lọc lắng và sấy để tăng năng suất, bột mịn và sạch.",
        {"pFo059": 2, "pFo061": 1},
    ),
    (
        "pFn38",
        "en",
        "ntro_best",
        "Curcumin extract for supplements from local turmeric",
        "A start-up in Trà Vinh city wants to make a concentrated curcumin extract for supplements. We need the "
        "extraction technology (solvent, time, temperature, particle size) and a purification step.",
        {"pFo058": 2, "pFo057": 2, "pFo056": 2, "pFo063": 1, "pFo061": 1},
    ),
    (
        "pFn39",
        "vi",
        "ntro_curc2",
        "Can chiet curcumin tu bot nghe bang con quy mo nho",
        "Co so o Vinh Long da say va xay nghe thanh bot min. Muon chiet curcumin bang con (ethanol) quy mo nho, co the dung "
        "may sieu am cho nhanh; can thong so va cach kiem tra ham luong.",
        {"pFo056": 2, "pFo064": 2, "pFo057": 1, "pFo058": 1},
    ),
    (
        "pFn40",
        "en",
        "turm_skin",
        "Screening turmeric lots for curcumin content",
        "A cosmetics firm in Vĩnh Long makes turmeric creams for acne and skin care. We buy turmeric from farmers and "
        "want to screen lots and varieties for curcumin and oil content before buying.",
        {"pFo062": 2, "pFo056": 1, "pFo054": 1},
    ),
]

NEEDS += [
    (
        "pFn41",
        "vi",
        "ind_turmeric",
        "Nghệ phơi khô màu không đều, cần luộc và sấy đúng cách",
        "Nông dân Càng Long phơi củ nghệ đã luộc trên sân thành lớp mỏng nên màu không đều, lâu khô. Cần cách luộc hoặc "
        "hấp củ, độ dày lớp phơi và máy sấy để làm bột nghệ đẹp màu.",
        {"pFo061": 2, "pFo065": 1, "pFo060": 1, "pFo052": 1},
    ),
    (
        "pFn42",
        "vi",
        "pa_chilli",
        "Ớt phơi nắng bị mốc, cần máy sấy ớt",
        "Hộ trồng ớt ở Trà Cú phơi ớt trên sân, mùa mưa ớt khô chậm, bị mốc và mất màu, ớt mốc bán mất hơn nửa giá. Cần "
        "máy sấy ớt hoặc máy sấy năng lượng mặt trời phù hợp nông hộ.",
        {"pFo066": 2, "pFo068": 2, "pFo069": 2, "pFo074": 1, "pFo071": 1},
    ),
    (
        "pFn43",
        "en",
        "chili_mdpi",
        "Off-grid solar dryer for a chilli cooperative in Cầu Kè",
        "Chilli deteriorates within days of harvest and our cooperative in Cầu Kè still dries on the ground. Fields have "
        "no grid power; we need a solar dryer that shortens drying and keeps shelf life.",
        {"pFo068": 2, "pFo069": 2, "pFo070": 2},
    ),
    (
        "pFn44",
        "vi",
        "afla_chili",
        "Ớt khô bị trả hàng vì aflatoxin",
        "Công ty thu mua ớt khô ở Vĩnh Long bị trả hàng do aflatoxin; ớt phơi nắng từ độ ẩm khoảng 70% xuống 10% mất nhiều "
        "ngày. Cần quy trình và thiết bị sấy nhanh để hạn chế độc tố nấm mốc.",
        {"pFo066": 2, "pFo068": 2, "pFo070": 1, "pFo076": 1},
    ),
    (
        "pFn45",
        "en",
        "leafcon_codex",
        "Making white pepper and recovering pepper oil in Tiểu Cần",
        "Pepper growers in Tiểu Cần sell whole black pepper. We want to soak and decorticate berries into white pepper "
        "and, if possible, recover pepper essential oil during processing.",
        {"pFo067": 2, "pFo104": 1},
    ),
    (
        "pFn46",
        "vi",
        "gingembre",
        "Muon lam bot gung say kho de ban",
        "Toi o Cang Long co nhieu gung tuoi, muon got vo, thai lat mong roi phoi hoac say kho, xay thanh bot de ban. Can "
        "biet cach thai, nhiet do say, bao nhieu ky tuoi ra mot ky kho va cach bao quan.",
        {"pFo072": 2, "pFo073": 2, "pFo065": 2, "pFo075": 2},
    ),
    (
        "pFn47",
        "en",
        "palat_ginger",
        "Low-temperature ginger drying that keeps the aroma",
        "A spice processor in Bình Minh dries peeled ginger, but the aroma, which sits just under the skin, is lost in "
        "our hot dryer. We need a drying process and equipment that keep the essential oil.",
        {"pFo073": 2, "pFo072": 2, "pFo065": 2, "pFo089": 1},
    ),
    (
        "pFn48",
        "vi",
        "tieuso",
        "Bột tiêu đạt tiêu chuẩn châu Âu",
        "Cơ sở ở TP Trà Vinh xay bột tiêu đen từ hạt phơi đến độ ẩm 12%. Nhà nhập khẩu châu Âu yêu cầu đạt tiêu chuẩn chất "
        "lượng tối thiểu của Hiệp hội Gia vị châu Âu và ISO; cần tư vấn các chỉ tiêu.",
        {"pFo103": 2, "pFo105": 2, "pFo104": 2, "pFo081": 1, "pFo111": 1},
    ),
    (
        "pFn49",
        "en",
        "japan_spice",
        "High bacterial counts in turmeric and chilli powder for export",
        "Our exporter in Vĩnh Long had turmeric and chilli powder lots rejected for aerobic counts above 5 log CFU/g and "
        "a Salmonella finding. We need testing and a way to cut the microbial load.",
        {"pFo076": 2, "pFo078": 2, "pFo080": 2, "pFo079": 1, "pFo084": 1, "pFo083": 1},
    ),
    (
        "pFn50",
        "vi",
        "scilit_spice",
        "Kiểm nghiệm vi sinh bột gia vị trước khi vào siêu thị",
        "Cơ sở bột gia vị ở Càng Long (bột nghệ, bột ớt, bột tiêu) được siêu thị yêu cầu phiếu kiểm nghiệm vi sinh: tổng "
        "vi khuẩn, coliform, nấm men mốc, Salmonella. Cần phòng kiểm nghiệm.",
        {"pFo076": 2, "pFo085": 1, "pFo079": 1},
    ),
]

NEEDS += [
    (
        "pFn51",
        "vi",
        "vnbiz_tieu",
        "Hồ tiêu xuất khẩu bị cảnh báo dư lượng thuốc diệt nấm",
        "Tổ hợp tác tiêu ở Tiểu Cần có lô hàng bị đối tác Tây Ban Nha và EU cảnh báo dư lượng chất diệt nấm. Cần tư vấn "
        "giảm dư lượng thuốc bảo vệ thực vật trong canh tác và kho.",
        {"pFo081": 2, "pFo105": 1, "pFo082": 1},
    ),
    (
        "pFn52",
        "en",
        "esa_qmd",
        "Comparing Vietnamese and EU pesticide limits for herbal tea",
        "We export lemongrass and herbal tea from Vĩnh Long to Europe. Before planning our spraying programme we need a "
        "comparison of Vietnamese and EU maximum residue limits for tea-type products.",
        {"pFo082": 2, "pFo081": 1},
    ),
    (
        "pFn53",
        "en",
        "afdo_micro",
        "Steam pasteurisation of whole black pepper",
        "Contaminated spices are often destroyed or sent to commercial sterilisers. Our pepper plant in Trà Vinh wants "
        "its own validated steam treatment for whole peppercorns to reach a 5-log Salmonella reduction.",
        {"pFo078": 2, "pFo080": 1, "pFo079": 1},
    ),
    (
        "pFn54",
        "vi",
        "mcs_spice",
        "Kế hoạch kiểm soát vi sinh cho gia vị và rau thơm sấy",
        "Công ty gia vị ở Vĩnh Long sản xuất ớt, tiêu, rau thơm sấy khô; khách hàng lo Salmonella, Bacillus cereus. Cần "
        "tư vấn chương trình kiểm nghiệm và kiểm soát vi sinh theo thông lệ ngành gia vị.",
        {"pFo079": 2, "pFo078": 1, "pFo085": 1, "pFo076": 1, "pFo077": 1},
    ),
    (
        "pFn55",
        "vi",
        "bodcare_tra",
        "Làm trà túi lọc sả, gừng, tía tô cho HTX Cầu Kè",
        "HTX ở Cầu Kè có sả, gừng, tía tô, muốn làm trà túi lọc giữ ấm để bán siêu thị thay vì bán tươi. Cần quy trình "
        "sấy, nghiền, phối trộn và máy đóng túi lọc.",
        {"pFo086": 2, "pFo087": 2, "pFo091": 2, "pFo094": 1},
    ),
    (
        "pFn56",
        "en",
        "experts_tea",
        "Drying lemongrass and mint for tea without losing aroma",
        "Our herbal tea workshop in Trà Vinh dries lemongrass and mint in an oven; too much heat destroys the oils and "
        "the tea tastes flat. We need drying temperatures and equipment that keep the aroma.",
        {"pFo089": 2, "pFo090": 2, "pFo092": 1, "pFo088": 1, "pFo095": 1},
    ),
    (
        "pFn57",
        "vi",
        "dinhlang",
        "Máy sấy dược liệu nhiệt thấp cho đinh lăng, rau má",
        "Tổ hợp tác trồng dược liệu ở Châu Thành (đinh lăng, rau má) cung cấp cho các phòng chẩn trị đông y; mùa mưa phơi "
        "không khô, bị mốc. Cần máy sấy hoặc phòng sấy nhiệt thấp.",
        {"pFo088": 2, "pFo090": 2, "pFo089": 1, "pFo023": 1},
    ),
    (
        "pFn58",
        "en",
        "nonglam_tea",
        "Full herbal tea process from harvest to packing",
        "A tea start-up in Vĩnh Long wants to make herbal tea bags from local herbs. We need the whole process: harvest, "
        "cleaning, cutting, drying, blending and packing to quality standards.",
        {"pFo087": 2, "pFo086": 2, "pFo095": 1},
    ),
    (
        "pFn59",
        "vi",
        "thuocchuabenh_tra",
        "Làm trà thuốc dạng hạt từ dược liệu",
        "Cơ sở đông y ở Trà Ôn đang làm trà thuốc dạng bột giã thô đóng túi. Muốn làm thêm trà dạng hạt (cốm) hòa tan "
        "nhanh, cần quy trình tạo hạt, sấy và đóng gói.",
        {"pFo093": 2, "pFo086": 1},
    ),
    (
        "pFn60",
        "en",
        "askvity_tea",
        "Dehydrator routine for lemon basil and lemongrass tea",
        "Our small herb farm in Long Hồ dries lemon basil and lemongrass leaves for tea. We want a simple dehydrator "
        "routine, the right temperature for each herb and airtight storage.",
        {"pFo092": 2, "pFo089": 2, "pFo096": 1},
    ),
]

NEEDS += [
    (
        "pFn61",
        "vi",
        "tcvn11883",
        "Tiêu chuẩn bao gói và bảo quản tinh dầu sả chanh xuất khẩu",
        "Doanh nghiệp ở Vĩnh Long chuẩn bị xuất khẩu tinh dầu sả chanh, đã biết có tiêu chuẩn quốc gia riêng cho từng loại "
        "tinh dầu. Cần tiêu chuẩn về bao bì, đóng gói và bảo quản để thùng hàng không làm biến đổi tinh dầu.",
        {"pFo097": 2, "pFo108": 1, "pFo098": 1},
    ),
    (
        "pFn62",
        "en",
        "elevating_ship",
        "Shipping 10 ml essential oil bottles abroad",
        "An online shop in Trà Vinh sells 10 ml lemongrass and cajeput oils abroad; carriers returned parcels as "
        "hazardous. We need the flash-point classification, UN packaging and declarations to ship legally.",
        {"pFo099": 2, "pFo098": 2, "pFo108": 2, "pFo110": 2, "pFo109": 1},
    ),
    (
        "pFn63",
        "vi",
        "essenceauth_ship",
        "Bao bì UN và phiếu an toàn khi gửi tinh dầu tràm ra nước ngoài",
        "HTX ở Duyên Hải gửi mẫu tinh dầu tràm cho khách nước ngoài qua đường bay nhưng bị từ chối vì thiếu bao bì đạt "
        "chuẩn và phiếu an toàn hóa chất. Cần bao bì phù hợp và hướng dẫn làm SDS, khai báo.",
        {"pFo098": 2, "pFo108": 2, "pFo110": 2, "pFo024": 1},
    ),
    (
        "pFn64",
        "en",
        "slbs_iso",
        "Meeting the ISO specification for black pepper",
        "A pepper exporter in Vĩnh Long needs to meet the ISO specification for whole and ground black pepper, including "
        "sampling, test methods, packing and marking, for new buyers.",
        {"pFo104": 2, "pFo103": 2, "pFo105": 2, "pFo106": 1},
    ),
    (
        "pFn65",
        "vi",
        "codex_spice",
        "Tiêu chuẩn châu Âu cho bột ớt, bột nghệ xuất khẩu",
        "Cơ sở ở Cầu Kè làm bột ớt, bột nghệ muốn xuất sang châu Âu. Cần biết các yêu cầu chất lượng tối thiểu, giới hạn "
        "tạp chất, dư lượng và phương pháp phân tích mà nhà nhập khẩu châu Âu áp dụng.",
        {"pFo105": 2, "pFo106": 1, "pFo103": 1},
    ),
    (
        "pFn66",
        "en",
        "wnm_gcms",
        "Lot-specific GC-MS reports for our lemongrass oil",
        "A cosmetics buyer will only take our lemongrass oil with a GC-MS report for each lot from an accredited lab. We "
        "are in Càng Long and need a lab that tests and explains the report.",
        {"pFo100": 2, "pFo101": 2, "pFo102": 1},
    ),
    (
        "pFn67",
        "vi",
        "congbomp_xp",
        "Công thức xà phòng dầu dừa với tinh dầu sả",
        "Nhóm phụ nữ ở Cầu Ngang làm xà phòng handmade từ dầu dừa, dầu thực vật và tinh dầu sả tự cất. Cần công thức, "
        "cách tính xút và tỷ lệ tinh dầu an toàn cho da.",
        {"pFo114": 2, "pFo112": 2, "pFo113": 2, "pFo115": 1},
    ),
    (
        "pFn68",
        "en",
        "xp101",
        "Registering handmade soap as a cosmetic product",
        "A soap maker in Trà Vinh city makes cold process bars with coconut oil and essential oils. To sell in shops we "
        "must declare the product as a cosmetic and need help with the dossier.",
        {"pFo116": 2},
    ),
    (
        "pFn69",
        "en",
        "anveya_citro",
        "Longer-lasting citronella mosquito repellent lotion",
        "A company in Vĩnh Long wants a natural mosquito repellent lotion based on local citronella oil. Plain citronella "
        "wears off fast; we need a formulation that protects for several hours.",
        {"pFo118": 2, "pFo117": 2, "pFo127": 1, "pFo121": 1},
    ),
    (
        "pFn70",
        "vi",
        "tiphay_muoi",
        "Làm xịt đuổi muỗi từ tinh dầu sả và tràm",
        "HTX sả ở Trà Cú muốn làm sản phẩm xịt, tinh dầu đuổi muỗi từ sả citronella (citronellal, geraniol) và tràm để bán "
        "mùa sốt xuất huyết. Cần công thức phối trộn và nồng độ an toàn.",
        {"pFo121": 2, "pFo122": 2, "pFo119": 2, "pFo118": 1, "pFo147": 1},
    ),
]

NEEDS += [
    (
        "pFn71",
        "en",
        "bettio_muoi",
        "Safe dilution of repellent oils for children",
        "We sell plant-based mosquito repellent oils (lemongrass, citronella, mint) in Trà Vinh. Parents ask about skin "
        "irritation and use on children; we need dilution rates and a skin test procedure.",
        {"pFo117": 2, "pFo119": 1, "pFo121": 1},
    ),
    (
        "pFn72",
        "vi",
        "bestnat_hyd",
        "Tận dụng nước cất sau chưng cất sả làm toner",
        "Cơ sở chưng cất sả ở Long Hồ mỗi mẻ thải hàng trăm lít nước cất có mùi sả. Muốn tận dụng làm nước hoa, toner, "
        "xịt khoáng hoặc thay nước trong kem dưỡng.",
        {"pFo126": 2, "pFo124": 2, "pFo125": 2},
    ),
    (
        "pFn73",
        "en",
        "dietmuoi",
        "Bulk citronella oil for a pharmacy chain's repellent line",
        "A pharmacy chain in Vĩnh Long is launching natural mosquito repellents that mask human scent. We want a steady "
        "bulk supply of pure citronella oil with documents on its safety status.",
        {"pFo120": 2, "pFo127": 1, "pFo123": 1, "pFo159": 1},
    ),
    (
        "pFn74",
        "vi",
        "twentygen",
        "Tỷ lệ tinh dầu vỏ bưởi trong dầu gội và xà phòng",
        "Cơ sở ở Vũng Liêm cất được tinh dầu vỏ bưởi giàu limonene, muốn cho vào xà phòng và dầu gội. Cần biết tỷ lệ tinh "
        "dầu tối đa để an toàn, không kích ứng da.",
        {"pFo112": 2, "pFo113": 2, "pFo114": 1},
    ),
    (
        "pFn75",
        "en",
        "wikihow_citro",
        "Ready-made natural repellent oils to distribute",
        "A distributor in Trà Vinh wants skin-applied natural repellent oils made in Vietnam, to sell beside citronella "
        "candles. We look for manufacturers of lemongrass or cajeput based repellent oils.",
        {"pFo123": 2, "pFo122": 2, "pFo120": 1, "pFo140": 1},
    ),
]

NEEDS += [
    (
        "pFn76",
        "vi",
        "nhanguyen_gung",
        "Trồng gừng ngoài ruộng 1 ha ở Trà Cú",
        "Tổ hợp tác ở Trà Cú muốn trồng 1 ha gừng ngoài ruộng bên cạnh gừng trong chậu, bao. Thời điểm trồng tùy khí hậu "
        "từng vùng; cần biết thời vụ miền Nam, cách lên luống, mật độ và phòng thối củ trên đất thịt pha.",
        {"pFo042": 2, "pFo039": 1, "pFo041": 1},
    ),
]
