"""Needs of holdout set 62 (fruit processing and beverages): (id, language, source key, title, description,
{offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long; many are written from pages about other places or countries (see
make_holdout62.py). kLn05, kLn17, kLn29, kLn43, kLn51 and kLn64 are Vietnamese typed without accents.
"""

NEEDS = [
    # --- juice pasteurisation and cold-pressed juice ---
    (
        "kLn01",
        "en",
        "wellgood_hpp",
        "Cheaper alternative to HPP for a small cold-pressed juice maker",
        "We make cold-pressed pineapple and green juices in Trà Vinh city and want to supply supermarkets, which need "
        "weeks of shelf life. Buying or renting HPP is too expensive for our volume and we do not want heat, which "
        "destroys vitamins and enzymes. Looking for a non-thermal, lower-cost way to extend shelf life safely.",
        {"kLo007": 2, "kLo011": 2, "kLo006": 1, "kLo003": 1, "kLo004": 1, "kLo005": 1, "kLo010": 1},
    ),
    (
        "kLn02",
        "vi",
        "defzone_nuocep",
        "Cần quy trình và thiết bị thanh trùng nước ép khóm, xoài đóng chai",
        "Hợp tác xã ở Càng Long (Trà Vinh) ép khoảng 200 lít nước khóm và nước xoài mỗi ngày, đóng chai thủy tinh bán "
        "trong tỉnh nhưng sau 2 ngày đã có mùi lên men. Cần tư vấn phương pháp và thiết bị thanh trùng phù hợp để kéo dài "
        "hạn dùng mà vẫn giữ hương vị, không dùng chất bảo quản.",
        {"kLo001": 2, "kLo002": 2, "kLo008": 1, "kLo003": 1, "kLo118": 1},
    ),
    (
        "kLn03",
        "en",
        "suja_cold",
        "Cold-pressure (HPP) processing for an organic juice start-up",
        "Organic juice start-up in Vĩnh Long making cold-pressed fruit juices and functional drinks. We want to preserve "
        "packaged bottles with high pressure instead of heat, with no preservatives, to keep nutrients and reach "
        "supermarkets in Ho Chi Minh City. Need access to HPP processing.",
        {"kLo003": 2, "kLo004": 2, "kLo005": 1, "kLo007": 1, "kLo011": 1},
    ),
    (
        "kLn04",
        "en",
        "techrepublic_juice",
        "Village-scale juice and pulp extraction package",
        "A women's group in Trà Cú wants to start processing mango, guava and soursop into juice and pulp. The fruit "
        "needs peeling, stoning and pulping through a perforated screen. We need affordable small equipment and guidance "
        "for extraction and keeping quality consistent from batch to batch.",
        {"kLo096": 2, "kLo093": 1, "kLo094": 1, "kLo095": 1, "kLo002": 1, "kLo001": 1},
    ),
    (
        "kLn05",
        "vi",
        "cntp_visinh",
        "Nuoc ep trai cay bi phong nap, len men sau vai ngay",
        "Co so nho o Long Ho (Vinh Long) lam nuoc ep trai cay dong chai, nhieu chai bi phong nap, chua va co mui men sau "
        "khoang mot tuan. Can tim nguyen nhan vi sinh gay hong va cach xu ly, thanh trung cho dung de het hu hong.",
        {"kLo010": 2, "kLo001": 2, "kLo002": 1, "kLo098": 1, "kLo097": 1},
    ),
    (
        "kLn06",
        "en",
        "hf_juicehaccp",
        "Written juice HACCP plan for export to the United States",
        "A juice processor in Vĩnh Long plans to export bottled fruit juice to the US. Importers ask for a written HACCP "
        "plan identifying hazards reasonably likely to occur, critical control points, controls and records, as juice "
        "HACCP rules require. Need a consultant to build and implement the plan.",
        {"kLo105": 2, "kLo111": 1, "kLo110": 1, "kLo107": 1, "kLo109": 1, "kLo010": 1, "kLo003": 1},
    ),
    # --- fruit wine ---
    (
        "kLn07",
        "vi",
        "zenyr_dragon",
        "Cần quy trình làm rượu vang thanh long ruột đỏ",
        "Hợp tác xã thanh long ruột đỏ ở Càng Long có nhiều trái loại 2 tiêu thụ chậm. Muốn làm rượu vang thanh long màu "
        "đỏ tự nhiên, thơm trái cây, cần quy trình lên men (chọn nấm men, xử lý dịch quả nhớt, chế độ lên men) để sản "
        "xuất thử.",
        {"kLo012": 2, "kLo013": 2, "kLo014": 2, "kLo015": 2, "kLo022": 2, "kLo021": 1, "kLo019": 1, "kLo024": 1},
    ),
    (
        "kLn08",
        "en",
        "avrotor_dragon",
        "Low-alcohol dragon fruit table wine with stable red colour",
        "Beverage company in Trà Vinh wants a light dragon fruit table wine for tourists and restaurants: lower alcohol, "
        "attractive red-purple colour that does not fade, and fruity aroma. Looking for a proven fermentation process or "
        "licence.",
        {"kLo015": 2, "kLo014": 2, "kLo013": 1, "kLo012": 1, "kLo021": 1},
    ),
    (
        "kLn09",
        "en",
        "majortests_mango",
        "Mango wine from surplus fruit",
        "Mango growers' cooperative in Vĩnh Long loses fruit every peak season. Mango has 16-18% sugar and good acidity, "
        "so we want to ferment surplus mangoes into wine. Need a tested process: juice extraction, must preparation, "
        "yeast and fermentation conditions.",
        {"kLo016": 2, "kLo017": 2, "kLo018": 2, "kLo019": 1, "kLo024": 1, "kLo020": 1},
    ),
    (
        "kLn10",
        "vi",
        "vdocument_mango",
        "Cần hướng dẫn làm rượu vang xoài từ xoài rớt giá",
        "Nhà vườn trồng xoài cát ở Trà Ôn (Vĩnh Long) gặp cảnh xoài rớt giá mỗi vụ. Muốn làm rượu vang xoài để tận dụng "
        "trái, cần hướng dẫn tỷ lệ pha loãng, độ đường, nấm men, thời gian và nhiệt độ lên men để rượu đạt độ cồn và "
        "hương vị ổn định.",
        {"kLo016": 2, "kLo017": 2, "kLo018": 2, "kLo019": 1, "kLo023": 1, "kLo024": 1, "kLo020": 1},
    ),
    (
        "kLn11",
        "vi",
        "scribd_dragonwine",
        "Rượu vang thanh long: lọc trong, ổn định và chuẩn hóa từng mẻ",
        "Cơ sở rượu ở Châu Thành (Trà Vinh) đã lên men thử vang thanh long nhưng mỗi mẻ độ ngọt, độ chua, độ cồn khác "
        "nhau, rượu còn đục. Cần cách đo và điều chỉnh đường, pH, độ chua, độ cồn theo chuẩn, cách lắng lọc, ủ và đóng "
        "chai.",
        {"kLo022": 2, "kLo012": 1, "kLo013": 1, "kLo014": 1, "kLo114": 1, "kLo113": 1, "kLo024": 1},
    ),
    (
        "kLn12",
        "en",
        "reddy_mangoreview",
        "Choosing wine yeast strains for mango wine aroma",
        "Winery in Vĩnh Long already makes a basic mango wine and wants to differentiate its aroma. Need data or trials "
        "comparing commercial Saccharomyces cerevisiae strains on ester and higher-alcohol profile.",
        {"kLo016": 2, "kLo018": 1, "kLo017": 1, "kLo012": 1},
    ),
    # --- fruit and coconut vinegar ---
    (
        "kLn13",
        "en",
        "philstar_cocovinegar",
        "Turn wasted coconut water into vinegar",
        "Copra and desiccated-coconut makers around Trà Vinh throw away the water of mature nuts. We want a simple, "
        "natural vinegar process (boil, add sugar and yeast, ferment a few weeks) that farm households can run.",
        {"kLo029": 2, "kLo028": 2, "kLo030": 2, "kLo033": 1, "kLo032": 1, "kLo026": 1, "kLo034": 1},
    ),
    (
        "kLn14",
        "vi",
        "marketscreener_vinegar",
        "Giấm nước dừa quy mô làng, cần thiết bị lên men nhanh",
        "Hợp tác xã dừa ở Châu Thành (Trà Vinh) muốn làm giấm tự nhiên từ nước dừa như một nguồn thu nhập phụ cho nông "
        "dân trồng dừa. Lên men truyền thống mất cả tháng; cần thiết bị và quy trình rút ngắn thời gian lên men giấm, "
        "phù hợp xưởng cấp xã.",
        {"kLo028": 2, "kLo029": 2, "kLo030": 2, "kLo031": 1, "kLo033": 1, "kLo034": 1},
    ),
    (
        "kLn15",
        "en",
        "encyclopedia_vinegar",
        "Vinegar from pineapple peels and low-grade fruit",
        "A fresh-cut pineapple business in Trà Vinh city discards peels, cores and misshapen fruit every day. We want to "
        "turn them into fruit vinegar instead of waste. Looking for a fermentation process with good acetic acid yield.",
        {"kLo025": 2, "kLo027": 2, "kLo026": 1, "kLo032": 1, "kLo034": 1},
    ),
    (
        "kLn16",
        "vi",
        "memart_giaman",
        "Sản xuất giấm lên men tự nhiên từ chuối, khóm",
        "Cơ sở nước chấm ở Cầu Ngang (Trà Vinh) muốn thay giấm pha axit bằng giấm lên men tự nhiên từ chuối và khóm (lên "
        "men rượu rồi lên men acetic, lọc, đóng chai). Cần quy trình và thiết bị quy mô vừa.",
        {"kLo032": 2, "kLo031": 2, "kLo026": 2, "kLo033": 1, "kLo025": 1, "kLo027": 1, "kLo034": 1},
    ),
    (
        "kLn17",
        "vi",
        "truonglang_giamtao",
        "Can hoc lam giam trai cay co con giam de ban",
        "Minh o Vung Liem (Vinh Long), muon lam giam trai cay (giam chuoi, giam tao) chua loc, con giu con giam de ban "
        "cho khach. Can nguoi huong dan cach tao giam cai, u va chiet giam, dung cu can mua.",
        {"kLo033": 2, "kLo031": 2, "kLo032": 1, "kLo034": 1, "kLo029": 1},
    ),
    (
        "kLn18",
        "en",
        "fermentfulness_vinegar",
        "Moving from slow surface fermentation to submerged acetification",
        "Vinegar maker in Vĩnh Long uses slow surface fermentation in jars. We want to switch to a faster submerged "
        "acetification system for fruit vinegars with consistent acidity.",
        {"kLo026": 2, "kLo028": 2, "kLo025": 1, "kLo027": 1, "kLo034": 1},
    ),
    # --- coconut water, nata de coco, makapuno ---
    (
        "kLn19",
        "vi",
        "tuoitre_nuocduakho",
        "Tận dụng nước dừa khô đang bị đổ bỏ",
        "Vựa dừa khô ở Châu Thành (Trà Vinh) mỗi ngày lột vỏ, cạy cơm hàng nghìn trái và đổ bỏ nước dừa xuống sông. Cần "
        "công nghệ biến nước dừa khô thành sản phẩm có giá trị như thạch dừa hoặc giấm dừa.",
        {"kLo039": 2, "kLo040": 2, "kLo043": 2, "kLo029": 2, "kLo028": 2, "kLo030": 2, "kLo042": 1},
    ),
    (
        "kLn20",
        "en",
        "nickle_nata",
        "Starting nata de coco production",
        "Coconut cooperative in Trà Vinh wants to produce nata de coco: extract coconut water, ferment with bacterial "
        "culture, separate and cut the mat, wash out the acid and pack. Need a reliable starter culture and process.",
        {"kLo039": 2, "kLo040": 2, "kLo043": 2, "kLo042": 1},
    ),
    (
        "kLn21",
        "en",
        "biofuels_cocowater",
        "Preservative-free bottled coconut water lasting weeks",
        "Coconut water bottler in Cầu Kè sells fresh young coconut water that spoils within a day or two. We want weeks "
        "of refrigerated shelf life without preservatives, keeping the natural taste.",
        {"kLo035": 2, "kLo037": 2, "kLo038": 2, "kLo036": 2, "kLo003": 1, "kLo007": 1},
    ),
    (
        "kLn22",
        "vi",
        "zaro_cocofilter",
        "Quy trình lọc và đóng chai nước dừa tươi bảo quản lạnh",
        "Hợp tác xã dừa xiêm ở Càng Long muốn đóng chai nước dừa tươi: rửa, khử trùng trái, lấy nước, làm lạnh dưới 5 °C, "
        "lọc bỏ xơ và mảnh vỏ rồi chiết chai. Cần quy trình vệ sinh và kỹ thuật lọc để giữ nước dừa được vài tuần.",
        {"kLo038": 2, "kLo037": 2, "kLo035": 2, "kLo036": 1, "kLo113": 1},
    ),
    (
        "kLn23",
        "vi",
        "tapchicongthuong_duasap",
        "Chế biến sâu dừa sáp Cầu Kè",
        "Cơ sở ở Cầu Kè chỉ bán dừa sáp trái tươi, mỗi buồng 12 trái chỉ 3-4 trái có sáp. Muốn chế biến cơm dừa sáp thành "
        "sản phẩm bảo quản lâu (sấy, kẹo, sữa chua) để tăng giá trị, cần đối tác công nghệ hoặc gia công.",
        {"kLo041": 2, "kLo047": 1, "kLo042": 1, "kLo049": 1, "kLo048": 1},
    ),
    (
        "kLn24",
        "vi",
        "rfa_bentre",
        "Nước dừa đóng lon, đóng chai tiệt trùng để bán xa",
        "Doanh nghiệp dừa ở Giồng Trôm (nay thuộc Vĩnh Long) muốn đưa nước dừa tươi đi các tỉnh xa và xuất khẩu, cần công "
        "nghệ xử lý nhiệt (UHT hoặc tiệt trùng sau đóng bao bì) để bảo quản ở nhiệt độ thường.",
        {"kLo036": 2, "kLo075": 2, "kLo038": 1, "kLo035": 1, "kLo080": 1, "kLo116": 1},
    ),
    # --- dried and candied fruit ---
    (
        "kLn25",
        "vi",
        "mango_drying_review",
        "Công nghệ sấy dẻo xoài xuất khẩu",
        "Hợp tác xã xoài ở Trà Ôn bị thương lái ép giá mùa thu hoạch rộ, muốn làm xoài sấy dẻo giữ màu vàng, không phơi "
        "nắng (dễ nhiễm bụi, côn trùng). Cần quy trình và thiết bị sấy đạt chuẩn xuất khẩu.",
        {"kLo045": 2, "kLo046": 2, "kLo047": 2, "kLo050": 2, "kLo044": 1, "kLo052": 1, "kLo054": 1, "kLo057": 1},
    ),
    (
        "kLn26",
        "en",
        "cookingdiff_candying",
        "Candied mango and pineapple with less sugar",
        "Confectioner in Vĩnh Long makes traditional candied fruit by soaking in heavy syrup for days. Customers want a "
        "lighter product with less sugar and more natural fruit flavour; we need an osmotic-dehydration process.",
        {"kLo052": 2, "kLo051": 2, "kLo050": 1, "kLo053": 1, "kLo045": 1},
    ),
    (
        "kLn27",
        "vi",
        "vitafruit",
        "Chuyển từ sấy nóng sang sấy lạnh hoặc sấy thăng hoa cho mít, chuối",
        "Cơ sở ở Cầu Kè làm mít và chuối sấy bằng lò sấy nóng, sản phẩm sậm màu, mất mùi. Muốn đầu tư sấy lạnh hoặc sấy "
        "thăng hoa để giữ màu, hương và vitamin, cần tư vấn chọn máy.",
        {"kLo047": 2, "kLo048": 2, "kLo065": 2, "kLo044": 1, "kLo056": 1, "kLo063": 1},
    ),
    (
        "kLn28",
        "en",
        "unimas_pineapple",
        "Uniform pineapple slices and a dryer schedule for dried pineapple",
        "Small processor in Trà Vinh dries pineapple slices cut by hand with knives; uneven thickness gives uneven drying "
        "and colour. Need a slicing/coring device for uniform slices and a suitable tray-dryer schedule.",
        {"kLo055": 2, "kLo092": 2, "kLo090": 1, "kLo047": 1, "kLo045": 1, "kLo058": 1},
    ),
    (
        "kLn29",
        "vi",
        "vitafruit",
        "Can may say thang hoa nho cho trai cay va mut",
        "Co so o TP Tra Vinh lam trai cay say va mut Tet, muon co may say thang hoa nho de san pham gion, giu mau va hinh "
        "dang. Can tu van chon may va quy trinh say.",
        {"kLo049": 2, "kLo048": 2, "kLo065": 2, "kLo063": 1, "kLo064": 1, "kLo047": 1},
    ),
    (
        "kLn30",
        "en",
        "mango_drying_review",
        "Comparing hot-air, solar and freeze drying for mango",
        "Mango processor in Vĩnh Long wants to compare drying options (sun, solar, hot air, freeze drying) for colour, "
        "vitamin and flavour retention before investing.",
        {"kLo054": 2, "kLo050": 1, "kLo048": 1, "kLo058": 1, "kLo063": 1},
    ),
    (
        "kLn31",
        "vi",
        "odffood_say",
        "Snack mít, chuối giòn ít dầu",
        "Cơ sở ở Tiểu Cần muốn làm snack mít và chuối giòn, ít dầu, giữ màu tự nhiên để bán siêu thị, cần công nghệ và "
        "thiết bị phù hợp.",
        {"kLo056": 2, "kLo048": 1, "kLo047": 1, "kLo065": 1, "kLo044": 1},
    ),
    # --- fruit powders ---
    (
        "kLn32",
        "en",
        "scribd_phunsay_herbal",
        "Spray-dried dragon fruit powder: carrier and temperature",
        "Company in Trà Vinh makes red dragon fruit powder by spray drying; powder sticks to the chamber and absorbs "
        "moisture. Need help choosing carrier (maltodextrin or other), ratio and inlet temperature for yield and "
        "flowability.",
        {"kLo059": 2, "kLo060": 2, "kLo061": 2, "kLo062": 1},
    ),
    (
        "kLn33",
        "vi",
        "scribd_phunsay_herbal",
        "Bột nước ép khóm hòa tan nhanh, không vón cục",
        "Doanh nghiệp ở Vĩnh Long muốn làm bột nước khóm hòa tan bằng sấy phun; mẫu thử hút ẩm, vón cục và tan chậm. Cần "
        "thông số chất mang, nhiệt độ và tốc độ phun để bột khô, tơi và tan nhanh.",
        {"kLo059": 2, "kLo060": 2, "kLo061": 1, "kLo062": 1},
    ),
    (
        "kLn34",
        "en",
        "handwiki_fd",
        "Selecting a freeze dryer for a fruit snack line",
        "Start-up in Vĩnh Long plans freeze-dried mango and jackfruit snacks. Need help choosing dryer size and "
        "supplier, estimating throughput per batch and developing drying cycles.",
        {"kLo064": 2, "kLo065": 2, "kLo063": 2, "kLo048": 1, "kLo049": 1},
    ),
    (
        "kLn35",
        "vi",
        "freezedryz_cost",
        "Tính chi phí đầu tư sấy thăng hoa làm bột trái cây",
        "Cơ sở ở Long Hồ muốn đầu tư máy sấy thăng hoa làm bột trái cây cao cấp nhưng chưa biết chi phí máy, điện năng và "
        "hiệu quả có xứng đáng không. Cần tư vấn công nghệ và tính toán đầu tư.",
        {"kLo048": 2, "kLo064": 2, "kLo063": 2, "kLo065": 1, "kLo049": 1},
    ),
    # --- jams and fruit fillings ---
    (
        "kLn36",
        "en",
        "webcasty_jam",
        "Bake-stable pineapple filling for bakeries",
        "Bakery supplier in Vĩnh Long makes pineapple jam for cakes but it boils out and runs in the oven. Need a "
        "bake-stable filling formulation and process.",
        {"kLo066": 2, "kLo068": 1, "kLo067": 1, "kLo070": 1, "kLo069": 1},
    ),
    (
        "kLn37",
        "vi",
        "releasewire_jam",
        "Chuẩn hóa độ Brix, pectin cho mứt khóm",
        "Cơ sở làm mứt khóm ở Tiểu Cần nấu theo kinh nghiệm nên mẻ đặc mẻ lỏng, có mẻ bị lên men. Cần chuẩn hóa tỷ lệ "
        "trái, đường, pectin, acid và độ khô để mứt đông đều và bảo quản được.",
        {"kLo069": 2, "kLo070": 2, "kLo071": 2, "kLo067": 2, "kLo068": 2, "kLo072": 1},
    ),
    (
        "kLn38",
        "en",
        "yf_pectin",
        "Pectin, acid and sugar balance for tropical fruit jams",
        "Jam maker in Trà Vinh wants to add mango and guava jams. Need formulation support on pectin, acid and sugar "
        "ratios for a spreadable gel and longer shelf life.",
        {"kLo067": 2, "kLo068": 2, "kLo066": 1, "kLo069": 1, "kLo071": 1, "kLo072": 1},
    ),
    (
        "kLn39",
        "vi",
        "natalie_jam",
        "Mứt dứa nhuyễn cô đặc và đóng hộp",
        "Hợp tác xã ở Cầu Ngang muốn sản xuất mứt dứa nhuyễn đóng hộp quy mô vài trăm kg mỗi mẻ, cần quy trình chà, cô "
        "đặc chân không, rót nóng và thanh trùng.",
        {"kLo070": 2, "kLo069": 1, "kLo071": 1, "kLo073": 1, "kLo074": 1},
    ),
    # --- canned fruit and retort processing ---
    (
        "kLn40",
        "en",
        "postmark_canned",
        "Canned pineapple chunks in syrup to quality specs",
        "Cooperative in Trà Vinh wants to can pineapple chunks in syrup with uniform pieces, firm texture and correct "
        "drained weight and labelling. Need a processing method or line.",
        {"kLo077": 2, "kLo076": 2, "kLo078": 2, "kLo074": 1, "kLo073": 1, "kLo090": 1},
    ),
    (
        "kLn41",
        "vi",
        "baobithuytinh",
        "Chôm chôm, nhãn nước đường đóng lọ thủy tinh",
        "Hợp tác xã chôm chôm ở Vĩnh Long muốn làm chôm chôm và nhãn nước đường đóng lọ thủy tinh bán quanh năm. Cần quy "
        "trình nấu nước đường, đóng nắp kín và thanh trùng lọ.",
        {"kLo073": 2, "kLo074": 2, "kLo078": 2, "kLo075": 1, "kLo080": 1},
    ),
    (
        "kLn42",
        "en",
        "ift_retort",
        "Shelf-stable fruit dessert in retort pouches",
        "Food company in Vĩnh Long wants to sell ready-to-eat sweet soups with fruit (chè) in retort pouches for export, "
        "stored at ambient temperature. Need retort equipment and thermal process design.",
        {"kLo079": 2, "kLo080": 2, "kLo075": 2, "kLo073": 1, "kLo102": 1},
    ),
    (
        "kLn43",
        "vi",
        "aajjo_retort",
        "Can noi hap tiet trung retort nho cho co so dong hu",
        "Co so o Binh Minh (Vinh Long) dong hu che va trai cay, hien hap bang noi thuong. Can noi hap tiet trung (retort) "
        "nho de dat tiet trung thuong mai, bao quan nhiet do thuong.",
        {"kLo075": 2, "kLo080": 1, "kLo073": 1, "kLo079": 1},
    ),
    (
        "kLn44",
        "en",
        "canning_manual",
        "Establishing a thermal process for canned jackfruit in syrup",
        "Canner in Vĩnh Long adds jackfruit in syrup and needs a scheduled thermal process: heat penetration, cold spot, "
        "F0 and cooling, validated for the can and jar sizes used.",
        {"kLo079": 2, "kLo080": 2, "kLo077": 1, "kLo102": 1, "kLo074": 1},
    ),
    # --- sorting and grading lines ---
    (
        "kLn45",
        "en",
        "aliexpress_orange",
        "Small grading machine for king oranges",
        "King orange (cam sành) cooperative in Tam Bình, Vĩnh Long, sorts fruit by hand with 4 workers, and grades are "
        "inconsistent. Need an affordable machine grading by size, colour and defects.",
        {"kLo082": 2, "kLo081": 2, "kLo083": 2, "kLo086": 2, "kLo085": 1, "kLo084": 1},
    ),
    (
        "kLn46",
        "vi",
        "xoai_tiengiang",
        "Dây chuyền phân loại xoài theo trọng lượng",
        "Nhà đóng gói xoài ở Trà Ôn phân loại bằng tay theo cảm quan, hàng xuất khẩu bị trả về vì không đồng cỡ. Cần máy "
        "phân loại xoài theo trọng lượng, kích thước, hạn chế dập trái.",
        {"kLo081": 2, "kLo082": 2, "kLo085": 2, "kLo084": 1, "kLo088": 1, "kLo083": 1},
    ),
    (
        "kLn47",
        "en",
        "asme_citrus",
        "Automatic grading of husked coconuts",
        "Coconut exporter in Trà Vinh grades husked coconuts manually for size and weight; the grading tables limit plant "
        "capacity. Need an automated grading system on the conveyor.",
        {"kLo087": 2, "kLo081": 1, "kLo082": 1, "kLo083": 1, "kLo089": 1},
    ),
    (
        "kLn48",
        "vi",
        "aliexpress_orange",
        "Máy phân loại trái cây nhỏ gọn, di chuyển được",
        "Nhà vườn ở Mang Thít muốn có máy rửa và phân loại trái cây nhỏ gọn, có thể đẩy di chuyển trong vườn, giá vừa "
        "phải thay cho máy nhập khẩu cồng kềnh.",
        {"kLo085": 2, "kLo086": 1, "kLo081": 1, "kLo084": 1},
    ),
    # --- peeling and pulping machines ---
    (
        "kLn49",
        "vi",
        "patent_trimmer",
        "Máy gọt vỏ, đột lõi khóm bán tự động",
        "Hợp tác xã khóm ở Trà Cú gọt vỏ và lấy lõi bằng dao, tốn nhân công và hao hụt nhiều. Cần máy gọt vỏ, cắt hai đầu "
        "và đột lõi khóm bán tự động cho cơ sở nhỏ.",
        {"kLo090": 2, "kLo091": 2, "kLo092": 2, "kLo129": 1, "kLo055": 1},
    ),
    (
        "kLn50",
        "en",
        "myscience_ginaca",
        "Continuous pineapple peeler of about 500 fruits per hour",
        "Fresh-cut fruit supplier in Trà Vinh city needs to peel and core several hundred pineapples per hour for "
        "supermarkets. Industrial Ginaca machines are too big; need a mid-size continuous peeler.",
        {"kLo091": 2, "kLo090": 1, "kLo092": 1, "kLo055": 1},
    ),
    (
        "kLn51",
        "vi",
        "dreamfoods_mango",
        "Can may cha lay thit xoai lam nuoc xoai",
        "Co so o Tra On muon lam nuoc xoai va pure xoai, hien lay thit bang tay. Can may tach vo hat, cha lay thit xoai "
        "qua luoi, nang suat vua phai.",
        {"kLo093": 2, "kLo094": 2, "kLo095": 2, "kLo096": 2},
    ),
    (
        "kLn52",
        "en",
        "dreamfoods_mango",
        "Mango purée for export: pulping, enzyme inactivation, sterile packing",
        "Company in Vĩnh Long wants to export mango purée to beverage makers. Need a processing line covering pulping, "
        "sieving, heat treatment to inactivate enzymes and sterile packaging.",
        {"kLo095": 2, "kLo093": 1, "kLo094": 1, "kLo002": 1, "kLo116": 1},
    ),
    (
        "kLn53",
        "vi",
        "spiderum_giam",
        "Thiết bị rửa, nghiền trái cây nhỏ cho làm giấm và rượu",
        "Cơ sở ở Càng Long làm giấm và rượu trái cây thủ công, rửa và nghiền trái bằng tay. Cần máy rửa, máy nghiền trái "
        "cây và thùng lên men inox cỡ nhỏ.",
        {"kLo031": 2, "kLo096": 1, "kLo094": 1},
    ),
    # --- shelf-life testing and food-safety certification ---
    (
        "kLn54",
        "en",
        "e3s_aslt",
        "Accelerated shelf-life test for a new functional drink",
        "Start-up in Trà Vinh launches a dragon fruit functional beverage and must print a use-by date soon. Need an "
        "accelerated shelf-life study to estimate it quickly.",
        {"kLo100": 2, "kLo099": 2, "kLo097": 2, "kLo102": 2, "kLo101": 2, "kLo103": 2, "kLo104": 2, "kLo098": 1},
    ),
    (
        "kLn55",
        "vi",
        "zaidap_hsd",
        "Xác định hạn sử dụng nước khóm đóng chai để ghi nhãn",
        "Cơ sở nước khóm đóng chai ở Trà Vinh phải ghi hạn sử dụng trên nhãn nhưng chưa biết để bao lâu: ngắn quá nhà "
        "phân phối trả hàng, dài quá sản phẩm hỏng. Cần dịch vụ xác định hạn sử dụng.",
        {"kLo101": 2, "kLo102": 2, "kLo103": 2, "kLo104": 2, "kLo097": 2, "kLo099": 1, "kLo100": 1},
    ),
    (
        "kLn56",
        "vi",
        "linhnam_hsd",
        "Kiểm nghiệm vi sinh và hạn sử dụng cho trái cây sấy dẻo",
        "Cơ sở trái cây sấy dẻo ở Cầu Kè cần kiểm nghiệm vi sinh, cảm quan và xác định hạn sử dụng để làm hồ sơ công bố "
        "sản phẩm và ghi nhãn.",
        {"kLo104": 2, "kLo101": 2, "kLo103": 2, "kLo102": 1, "kLo098": 1},
    ),
    (
        "kLn57",
        "en",
        "shelflifecalc",
        "Challenge testing for a preservative-free juice",
        "Juice maker in Vĩnh Long removed preservatives and needs challenge testing with pathogens and spoilage organisms "
        "to prove the product stays safe through its shelf life.",
        {"kLo098": 2, "kLo100": 1, "kLo097": 1, "kLo010": 1},
    ),
    (
        "kLn58",
        "vi",
        "thanhphat_haccp",
        "Xây dựng HACCP cho nhà máy nước giải khát",
        "Doanh nghiệp nước giải khát trái cây ở Bình Minh (Vĩnh Long) được đối tác nước ngoài yêu cầu có HACCP trước khi "
        "ký hợp đồng xuất khẩu. Cần tư vấn phân tích mối nguy, xác định điểm kiểm soát tới hạn và chứng nhận.",
        {"kLo105": 2, "kLo110": 1, "kLo111": 1, "kLo109": 1, "kLo107": 1},
    ),
    (
        "kLn59",
        "en",
        "visualfoodie_iso",
        "ISO 22000 for a small dried fruit processor",
        "Small dried fruit processor in Trà Vinh was turned down by a supermarket chain for lacking food-safety "
        "certification. Need step-by-step help to implement and certify ISO 22000.",
        {"kLo107": 2, "kLo109": 2, "kLo108": 1, "kLo106": 1, "kLo112": 1, "kLo105": 1},
    ),
    (
        "kLn60",
        "vi",
        "vstp_haccp",
        "Tư vấn HACCP, ISO 22000 chi phí thấp cho cơ sở làm mứt",
        "Cơ sở làm mứt nhỏ ở Càng Long muốn áp dụng HACCP hoặc ISO 22000 để vào siêu thị nhưng vốn ít. Cần tư vấn triển "
        "khai và chứng nhận với chi phí phù hợp cơ sở nhỏ.",
        {"kLo105": 2, "kLo107": 2, "kLo108": 1, "kLo112": 1, "kLo106": 1, "kLo111": 1},
    ),
    (
        "kLn61",
        "en",
        "eatsip_isoguide",
        "Budget for ISO 22000 certification",
        "Coconut water exporter in Cầu Kè received widely different quotes for ISO 22000 certification. Need an "
        "independent breakdown of realistic costs and how to reduce them.",
        {"kLo108": 2, "kLo107": 1, "kLo109": 1},
    ),
    # --- bottling lines for small beverage makers ---
    (
        "kLn62",
        "en",
        "xplayn_bottling",
        "Compact rinse-fill-cap line of about 2,000 bottles per hour",
        "Small juice and wine maker in Vĩnh Long fills bottles by hand. Need a compact, affordable rinse-fill-cap "
        "machine around 2,000 bottles per hour.",
        {"kLo113": 2, "kLo114": 2, "kLo115": 1, "kLo116": 1, "kLo117": 1, "kLo118": 1},
    ),
    (
        "kLn63",
        "vi",
        "millstream_bottling",
        "Dây chuyền chiết rót, đóng nắp nước dừa bán tự động",
        "Cơ sở nước dừa đóng chai ở Cầu Kè cần dây chuyền chiết rót, đóng nắp chai nhựa bán tự động khoảng 1.000 "
        "chai/giờ, công nhân nạp chai và dán nhãn.",
        {"kLo117": 2, "kLo113": 2, "kLo118": 1, "kLo114": 1, "kLo115": 1},
    ),
    (
        "kLn64",
        "vi",
        "helpleft_bottling",
        "Can may chiet rot dong nap chai ruou vang trai cay",
        "Co so ruou vang trai cay o Chau Thanh (Tra Vinh) chiet chai bang tay, nang suat vai tram chai moi ngay. Can may "
        "chiet rot va dong nap/nut chai nho, co the mua may cu.",
        {"kLo114": 2, "kLo113": 2, "kLo118": 1, "kLo117": 1},
    ),
    (
        "kLn65",
        "en",
        "coca_bottling",
        "Aseptic PET filling for low-acid coconut water",
        "Beverage company in Trà Vinh wants shelf-stable coconut water in PET without retorting. Need an aseptic filling "
        "line with container sterilisation and CIP.",
        {"kLo116": 2, "kLo035": 1, "kLo036": 1, "kLo113": 1, "kLo075": 1},
    ),
    (
        "kLn66",
        "vi",
        "xplayn_bottling",
        "Thiết kế bố trí dây chuyền đóng chai nước khóm",
        "Doanh nghiệp ở Vĩnh Long mở xưởng nước khóm đóng chai, cần thiết kế và cung cấp dây chuyền từ rửa chai, chiết "
        "rót, đóng nắp đến dán nhãn, đóng thùng.",
        {"kLo115": 2, "kLo118": 2, "kLo113": 2, "kLo117": 1},
    ),
    # --- broader processing projects ---
    (
        "kLn67",
        "vi",
        "thvl_vinhlong",
        "Dây chuyền chế biến purê và nước ép xoài",
        "Vĩnh Long có hơn 57.100 ha vườn cây ăn trái, hơn 83% đang cho trái. Doanh nghiệp muốn đầu tư xưởng chế biến purê "
        "và nước ép xoài để tiêu thụ cho nhà vườn, cần đối tác cung cấp dây chuyền.",
        {"kLo095": 2, "kLo093": 1, "kLo094": 1, "kLo002": 1, "kLo001": 1},
    ),
    (
        "kLn68",
        "en",
        "foodexpo_vn",
        "Drying stage for a multi-level fruit processing plant",
        "Fruit company in Vĩnh Long plans a plant with four levels - fresh packing, freezing, drying and juice - like "
        "recent investments in the region. We need equipment and process for the drying stage (mango, pineapple).",
        {"kLo055": 2, "kLo047": 2, "kLo044": 1, "kLo054": 1, "kLo065": 1, "kLo048": 1},
    ),
    (
        "kLn69",
        "vi",
        "baotintuc_ocop",
        "Nâng cấp an toàn thực phẩm cho sản phẩm OCOP",
        "Chủ thể OCOP 3 sao ở Trà Vinh làm mứt và nước ép muốn nâng lên 4 sao, cần áp dụng quy trình quản lý chất lượng, "
        "an toàn thực phẩm (GMP, SSOP, HACCP).",
        {"kLo105": 2, "kLo111": 2, "kLo106": 1, "kLo112": 1, "kLo141": 1, "kLo104": 1},
    ),
    (
        "kLn70",
        "en",
        "pinoyedmonton_vinegar",
        "Hands-on training in natural vinegar from coconut water and banana",
        "Women's group in Duyên Hải wants training to produce natural vinegar from coconut water and ripe bananas for "
        "household and local market use.",
        {"kLo029": 2, "kLo030": 2, "kLo033": 2, "kLo028": 1, "kLo026": 1},
    ),
    (
        "kLn71",
        "en",
        "zenyr_dragon",
        "Small batches of dragon fruit wine for a homestay",
        "Homestay in Cầu Kè wants to make small batches of dragon fruit wine for guests, with simple equipment, and keep "
        "each batch similar in sweetness and strength.",
        {"kLo022": 2, "kLo023": 2, "kLo019": 1, "kLo012": 1},
    ),
    (
        "kLn72",
        "vi",
        "fiiro_bushmango",
        "Chọn chủng nấm men cho rượu trái cây",
        "Cơ sở rượu trái cây ở Trà Vinh lên men tự nhiên nên độ cồn thấp, mùi lạ. Cần so sánh và chọn chủng nấm men phù "
        "hợp để rượu đạt độ cồn và hương ổn định.",
        {"kLo012": 2, "kLo016": 2, "kLo015": 1, "kLo024": 1},
    ),
    (
        "kLn73",
        "vi",
        "webtomap_retort",
        "Chọn loại nồi tiệt trùng cho hũ thủy tinh và túi",
        "Cơ sở chế biến ở Long Hồ chuẩn bị làm trái cây đóng hũ thủy tinh và túi, cần tư vấn chọn loại nồi tiệt trùng "
        "(retort) và bao bì chịu nhiệt phù hợp.",
        {"kLo075": 2, "kLo080": 2, "kLo079": 1},
    ),
    (
        "kLn74",
        "en",
        "thanhphat_haccp",
        "HACCP plan with drying CCPs for a dried mango exporter",
        "Dried mango exporter in Trà Ôn needs a HACCP plan covering raw fruit, sulphiting, drying and packing for an EU "
        "buyer's audit.",
        {"kLo105": 2, "kLo109": 1, "kLo107": 1, "kLo111": 1},
    ),
    (
        "kLn75",
        "vi",
        "wellgood_hpp",
        "Giữ nước ép lạnh tươi 3 ngày khi giao online",
        "Quán nước ép lạnh ở TP Trà Vinh muốn bán online, giao hàng trong 3 ngày mà nước ép không đổi màu, không chua. "
        "Cần tư vấn nguyên liệu, vệ sinh, nhiệt độ bảo quản hoặc công nghệ kéo dài hạn dùng.",
        {"kLo005": 2, "kLo003": 2, "kLo004": 1, "kLo001": 1, "kLo007": 1},
    ),
]
