"""Needs of the holdout107 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = would solve the need, 1 = partly relevant (partial answer or adjacent step); unlisted = not relevant.
"""

NEEDS = [
    (
        "mEn01",
        "vi",
        "n_gacp_laocai",
        "HTX cần đạt chứng nhận GACP-WHO cho vùng trồng đinh lăng ở Cầu Kè",
        "Hợp tác xã dược liệu ở huyện Cầu Kè có khoảng 15 ha đinh lăng, muốn được chứng nhận thực hành tốt trồng trọt và thu hái cây thuốc "
        "(GACP-WHO) như các vùng trồng ở Lào Cai đã có 13 loài đạt chuẩn. Lợi ích mong đợi: chủ động nguồn nguyên liệu, tránh rủi ro pháp lý, "
        "kiểm soát chất lượng và truy xuất nguồn gốc để bán cho nhà máy. Cần tập huấn quy trình, đánh giá vùng trồng và hỗ trợ làm hồ sơ.",
        {"mEo001": 2, "mEo002": 2, "mEo004": 2, "mEo003": 1, "mEo006": 1, "mEo005": 1},
    ),
    (
        "mEn02",
        "en",
        "n_herb_import",
        "Tieu Can cooperative wants to export dried herbs under EU GACP",
        "Our cooperative in Tieu Can district dries medicinal herbs for domestic buyers. Vietnam still imports about 50,000 tonnes of "
        "herbs a year, most of what it uses, partly because small producers lack quality control and struggle to link with pharmaceutical "
        "firms. We want to sell to European buyers and need help aligning our growing, collection and primary processing with EU GACP "
        "requirements and getting an independent certificate.",
        {"mEo005": 2, "mEo004": 2, "mEo002": 1, "mEo001": 1, "mEo006": 1},
    ),
    (
        "mEn03",
        "vi",
        "n_dl_gia",
        "Can tim doanh nghiep bao tieu cu dinh lang trong o Chau Thanh",
        "Nha toi o xa Hoa Thuan, huyen Chau Thanh (Tra Vinh) trong 1,5 ha dinh lang nep, sap du 3 nam de thu cu. Thuong lai mua than la "
        "khoang 30.000 d/kg, cu tren 3 nam gia toi 200.000 d/kg nhung dau ra khong on dinh. Can cong ty duoc lien ket bao tieu dai han, "
        "huong dan trong va so che dung chuan de ban vao nha may.",
        {"mEo003": 2, "mEo001": 1},
    ),
    (
        "mEn04",
        "en",
        "n_dl_farmtech",
        "Seedlings and planting density for 2 ha of Polyscias (dinh lang) in Tra Cu",
        "A farmer group in Tra Cu district will convert 2 ha of sandy upland to dinh lang (Polyscias fruticosa) for leaves, stems and "
        "roots. We know the 'nep' type with small curly leaves and big roots yields better than the 'te' type, and that cuttings of "
        "25-30 cm should be neither too old nor too young. We need a supplier of rooted seedlings plus advice on spacing, bed preparation "
        "and fertiliser.",
        {"mEo009": 2, "mEo010": 2, "mEo011": 2},
    ),
    (
        "mEn05",
        "vi",
        "n_cgl_quangtri",
        "HTX Càng Long muốn chuyển 5 ha đất màu sang trồng cà gai leo",
        "Hợp tác xã ở huyện Càng Long muốn trồng cà gai leo làm nguyên liệu trà hỗ trợ gan, học theo các tỉnh đã phát triển cây dược liệu "
        "(như Quảng Trị có 30 ha cà gai leo bên cạnh nghệ 399 ha, sả 143 ha, gừng 89 ha). Cần nguồn giống đúng loài, quy trình gieo ươm, làm "
        "đất, chăm sóc, thời điểm thu hái để đạt hoạt chất cao, và nếu được thì đầu mối thu mua.",
        {"mEo013": 2, "mEo012": 2, "mEo014": 1, "mEo015": 1},
    ),
    (
        "mEn06",
        "vi",
        "n_khmer_survey",
        "Phòng thuốc nam chùa Khmer ở Trà Cú cần nhân giống cây xương khỉ số lượng lớn",
        "Người Khmer ở Trà Vinh dùng y học cổ truyền khá phổ biến, với hơn 200 loài cây thuốc, phần lớn là cây thảo được trồng. Phòng thuốc nam "
        "của một chùa ở Trà Cú dùng nhiều cây xương khỉ (bìm bịp) nhưng giâm cành chậm, cây giống lẫn bệnh. Chùa cần quy trình nhân giống "
        "sạch bệnh số lượng lớn để phát cho bà con trồng.",
        {"mEo016": 2, "mEo017": 1, "mEo018": 1},
    ),
    (
        "mEn07",
        "en",
        "n_organic_hcm",
        "Biological control of root rot in an organic herb garden in Long Ho",
        "A family farm in Long Ho district grows native herbs on about 3,000 m2 (dinh lang, Ocimum, mugwort, liquorice, zedoary, perilla, "
        "lemongrass) with organic-oriented methods and supplies local pharmacies. In the rainy season seedlings damp off and older plants "
        "get root and stem rot. We cannot use chemical fungicides if we want to keep buyers, so we need a biological product and how to "
        "apply it in soil, compost and nursery.",
        {"mEo021": 2, "mEo022": 2, "mEo023": 2},
    ),
    (
        "mEn08",
        "vi",
        "n_drying_methods",
        "HTX Châu Thành cần máy sấy nhiệt độ thấp cho lá dược liệu mùa mưa",
        "Hợp tác xã ở huyện Châu Thành (Trà Vinh) thu lá cà gai leo, đinh lăng khoảng 200 kg tươi mỗi mẻ. Phơi nắng thì bị động vì mưa, lẫn "
        "bụi, ruồi nhặng, tia tử ngoại làm biến đổi hoạt chất; phơi râm thì quá chậm nên lá dễ mốc. Cần thiết bị sấy nhiệt độ thấp, đều, tiết "
        "kiệm điện, giữ màu và tinh dầu, phù hợp quy mô hợp tác xã.",
        {"mEo027": 2, "mEo032": 2, "mEo029": 2, "mEo028": 1, "mEo030": 1, "mEo034": 1},
    ),
    (
        "mEn09",
        "en",
        "n_solar_air",
        "Solar drying for a herb farm in Mang Thit with a weak power supply",
        "Our herb farm in Mang Thit district dries leaves and roots on mats. Options range from ambient air and passive solar sheds to "
        "solar-heated air, electric or heat-pump heaters, burners, freeze drying and dehumidifiers. The power line at the drying yard is "
        "weak and fuel is expensive, so we want a solar-heated, insect-proof drying house sized for a few hundred kilograms of fresh herbs, "
        "ideally one that can keep working after sunset.",
        {"mEo033": 2, "mEo034": 2, "mEo039": 2, "mEo035": 2, "mEo032": 1, "mEo138": 1},
    ),
    (
        "mEn10",
        "en",
        "n_fd_heart",
        "Freeze-dried pennywort powder for a health-food start-up in Vinh Long city",
        "We are a start-up in Vinh Long city making drinks from centella (rau ma) and dinh lang leaves. Hot-air drying dulls the colour "
        "and aroma. We want freeze-drying: freezing, sublimation under vacuum removing about 95% of the water, then secondary drying to "
        "below 2% moisture, and need a partner who can toll-process trial batches or supply a small freeze dryer.",
        {"mEo036": 2, "mEo037": 1},
    ),
    (
        "mEn11",
        "vi",
        "n_phoisay",
        "Can tu say duoc lieu nho cho phong kham dong y o TP Tra Vinh",
        "Phong kham dong y cua chung toi o thanh pho Tra Vinh tu phoi thuoc nam tren nia, phoi ngoai troi phu thuoc thoi tiet, bi bui, ruoi, "
        "phoi trong bong ram thi lau kho. Can tu say hoac may say duoc lieu loai nho, moi me vai chuc kg, nhiet do on dinh, de ve sinh, dat "
        "gon trong phong.",
        {"mEo027": 2, "mEo028": 2, "mEo031": 1},
    ),
    (
        "mEn12",
        "vi",
        "n_spray_xtract",
        "Công ty dược ở Long Hồ cần chuyển cao lỏng cà gai leo thành bột sấy phun",
        "Chúng tôi sản xuất cao lỏng cà gai leo và muốn làm viên nang nên cần bột cao khô. Sấy phun cho bột bền, ít ẩm trong một bước, nhưng "
        "chọn tá dược sấy (loại, lượng) ảnh hưởng hiệu suất, độ dính thành, tính chất bột và hạn dùng. Cần đối tác chuyển giao quy trình hoặc "
        "gia công sấy phun, kèm thiết bị quy mô thử nghiệm.",
        {"mEo040": 2, "mEo041": 2, "mEo043": 2, "mEo044": 2, "mEo049": 2, "mEo046": 1, "mEo045": 1},
    ),
    (
        "mEn13",
        "en",
        "n_sfe_pmc",
        "Solvent-free CO2 extraction trial for ginger and lemongrass in Binh Minh",
        "A food-ingredient company in Binh Minh town wants solvent-free extracts of ginger and lemongrass for health drinks. Supercritical "
        "CO2, sometimes with a co-solvent, is a greener option for bioactive compounds of herbs and spices, but we do not know the right "
        "pressure and temperature. We are looking for toll extraction of pilot batches and advice before buying equipment.",
        {"mEo047": 2, "mEo048": 2, "mEo041": 1},
    ),
    (
        "mEn14",
        "vi",
        "n_sa_daklak",
        "HTX Duyên Hải cần lò chưng cất tinh dầu sả 1 tấn lá mỗi ngày",
        "Hợp tác xã ở thị xã Duyên Hải có khoảng 30 ha sả trên đất cát. Ở các vùng khác, một tấn lá sả cho 1,8-2 lít tinh dầu, bán khoảng 1 triệu "
        "đồng/lít và cơ sở nấu tinh dầu mua lá 500 đồng/kg, mỗi ngày nấu 5-7 tấn. Chúng tôi cần hệ thống chưng cất hơi nước khoảng 1 tấn lá/ngày, "
        "ít người vận hành, tinh dầu trong, và mô hình khép kín với vùng trồng.",
        {"mEo051": 2, "mEo052": 2, "mEo025": 2, "mEo050": 1, "mEo053": 1, "mEo026": 1},
    ),
    (
        "mEn15",
        "en",
        "n_lemongrass_leftover",
        "Uses for spent lemongrass after distillation on a farm in Ba Tri",
        "Our farm in Ba Tri (former Ben Tre, now Vinh Long province) distils lemongrass: leaves are wilted about 24 hours, cut and "
        "distilled for about three hours. That leaves around two tonnes of spent leaves a day, which we now just pile for compost. We want "
        "better outlets for this by-product, such as livestock bedding, fertiliser or mushroom substrate, with the processing steps.",
        {"mEo056": 2, "mEo057": 1, "mEo058": 1},
    ),
    (
        "mEn16",
        "vi",
        "n_decoct_hn",
        "Bệnh viện y dược cổ truyền cần máy sắc và đóng túi thuốc tự động",
        "Bệnh viện y dược cổ truyền ở TP Vĩnh Long kê nhiều thuốc thang; theo hướng dẫn mỗi thang ngâm 30-60 phút, sắc 3 lần, mỗi lần 3 bát "
        "còn 1 bát, chỉnh lửa to nhỏ theo loại thuốc, nên nhiều bệnh nhân khó tự sắc đúng. Bệnh viện muốn đầu tư máy sắc thuốc có đóng túi "
        "vô trùng để giao thuốc sắc sẵn cho người bệnh nội và ngoại trú.",
        {"mEo059": 2, "mEo060": 2, "mEo061": 2, "mEo063": 1, "mEo065": 1, "mEo062": 1},
    ),
    (
        "mEn17",
        "en",
        "n_granules_choose",
        "Traditional-medicine clinic in Tra Vinh city wants to offer herbal granules",
        "Our clinic prescribes raw herbs that patients cook into a decoction over one to six days; it is effective and lets us tailor "
        "each formula, but busy patients find cooking and taste hard. We want to offer concentrated granules that still allow a "
        "customised formula, and need a supplier or dispensary service that converts raw-herb doses into granule doses.",
        {"mEo063": 2, "mEo064": 2, "mEo066": 1},
    ),
    (
        "mEn18",
        "vi",
        "n_dienham_bv",
        "Khoa y học cổ truyền cần máy điện châm bền, sửa chữa được trong nước",
        "Khoa y học cổ truyền của trung tâm y tế huyện Tiểu Cần dùng điện châm hằng ngày: sau khi châm kim, nối kim với máy để đưa dòng điện "
        "tần số thấp kích thích huyệt liên tục, đều đặn. Máy nhập khẩu cũ hay hỏng, khó thay linh kiện. Cần đơn vị cung cấp hoặc chế tạo máy "
        "điện châm kỹ thuật số, bảo hành, sửa chữa tại chỗ.",
        {"mEo067": 2, "mEo159": 1},
    ),
    (
        "mEn19",
        "vi",
        "n_his_baichay",
        "Bệnh viện y học cổ truyền cần phần mềm kê đơn thuốc thang và thanh toán BHYT",
        "Bệnh viện y học cổ truyền tỉnh cần phần mềm quản lý từ đón tiếp, phân phòng khám, khám, kê đơn, xét nghiệm đến nhập viện và thanh toán. "
        "Đặc thù là kê thuốc thang theo bài thuốc với nhiều vị, châm cứu, xoa bóp, phải thanh toán bảo hiểm y tế. Phần mềm chung cho bệnh viện "
        "đa khoa không đáp ứng, cần đơn vị tùy biến.",
        {"mEo068": 2, "mEo069": 1},
    ),
    (
        "mEn20",
        "en",
        "n_charity_clinic",
        "Khmer pagoda charity clinic wants its herbal garden documented",
        "A charity herbal clinic at a Khmer pagoda in Tra Cu has treated people for free for decades with remedies from its own garden, "
        "like the charity clinics that spend 250-300 million VND a month on medicine and give thousands of doses. The monks want the "
        "garden plants identified scientifically, herbarium specimens and a record of the remedies, so the knowledge is kept and "
        "volunteers can be trained.",
        {"mEo070": 2, "mEo008": 2, "mEo078": 1, "mEo080": 1},
    ),
]

NEEDS += [
    (
        "mEn21",
        "vi",
        "n_d5_oriental",
        "Nhà thuốc đông y cần hệ thống bốc thuốc tự động giảm sai sót",
        "Nhà thuốc đông y của chúng tôi ở TP Vĩnh Long cung cấp vị thuốc cho các phòng chẩn trị trong vùng, mỗi ngày bốc hàng trăm thang theo đơn, "
        "nhiều vị thuốc nhập khẩu. Bốc tay bằng cân dễ nhầm vị, sai liều, tốn người. Cần giải pháp tự động hoặc bán tự động: nhập đơn trên máy, "
        "hệ thống gắp, cân và chia gói.",
        {"mEo062": 2, "mEo066": 1},
    ),
    (
        "mEn22",
        "vi",
        "n_test_quality",
        "HTX dược liệu Càng Long cần kiểm nghiệm kim loại nặng, dư lượng thuốc BVTV",
        "Công ty dược thu mua dược liệu khô của hợp tác xã yêu cầu hồ sơ chất lượng theo từng lô: định danh, độ ẩm, tro, nhiễm vi sinh, kim loại "
        "nặng, dư lượng thuốc bảo vệ thực vật, aflatoxin và hàm lượng hoạt chất. Hợp tác xã ở huyện Càng Long cần phòng thí nghiệm được công nhận "
        "để gửi mẫu định kỳ, giá hợp lý, trả kết quả nhanh.",
        {"mEo071": 2, "mEo072": 2, "mEo073": 2, "mEo076": 2, "mEo075": 2, "mEo082": 1, "mEo074": 1},
    ),
    (
        "mEn23",
        "en",
        "n_barcoding_online",
        "Herbal tea maker in Vung Liem wants DNA authentication of powdered herbs",
        "We blend teas in Vung Liem district from bought-in powders of xuyen tam lien (Andrographis) and diep ha chau (chanca piedra). A "
        "study that barcoded 20 single-herb products sold online found four, including chanca piedra and ginseng, did not match the "
        "label. Powders cannot be checked by eye, so we need a laboratory that can authenticate species in processed material.",
        {"mEo079": 2, "mEo078": 2, "mEo080": 2, "mEo081": 1},
    ),
    (
        "mEn24",
        "vi",
        "n_curcumin_thy",
        "Cơ sở tinh bột nghệ ở Tiểu Cần cần chứng minh curcumin tự nhiên",
        "Cơ sở chúng tôi ở huyện Tiểu Cần thu mua hơn 70 tấn nghệ tươi mỗi năm, làm khoảng 10 kg tinh bột nghệ/ngày và đã công bố chất lượng. "
        "Khách sỉ nghi ngờ sản phẩm trên thị trường trộn curcumin tổng hợp. Cần phương pháp phân tích xác định curcuminoid có nguồn gốc tự "
        "nhiên và hàm lượng để in trên nhãn.",
        {"mEo084": 2, "mEo071": 1},
    ),
    (
        "mEn25",
        "en",
        "n_turmeric_village",
        "Turmeric-starch makers in Tam Binh want to recover curcumin from their residue",
        "About 120 households with more than 10 ha of turmeric in Tam Binh district make turmeric starch the traditional way: grind, settle in water and keep the starch. "
        "Prices of fresh turmeric swing every season, and the pulp we throw away still holds curcuminoids and turmeric oil that do not "
        "dissolve in water. We want a process to extract curcumin and oil from this residue to add income and cut pollution.",
        {"mEo085": 2, "mEo084": 1, "mEo007": 1},
    ),
    (
        "mEn26",
        "vi",
        "n_phano_report",
        "Quầy thuốc ở Trà Ôn cần phần mềm bán lẻ liên thông, theo dõi hạn dùng",
        "Quầy thuốc của tôi ở huyện Trà Ôn bán lẻ và tư vấn dùng thuốc, đang ghi sổ tay nên khó kiểm kê, hay sót thuốc cận hạn. Cần phần mềm quản lý "
        "nhập - xuất - tồn theo số lô, hạn dùng, cảnh báo thuốc sắp hết hạn, in hóa đơn và xuất dữ liệu liên thông với hệ thống quản lý dược "
        "theo quy định.",
        {"mEo087": 2, "mEo089": 1, "mEo090": 1, "mEo088": 1, "mEo091": 1, "mEo096": 1},
    ),
    (
        "mEn27",
        "en",
        "n_ihi_ddi",
        "Pharmacy chain in Vinh Long wants interaction alerts that include herbal products",
        "Our five pharmacies in Vinh Long city dispense prescriptions from several clinics while customers also buy herbal and "
        "traditional products. Pharmacists should review every order for harmful interactions, and software can flag conflicts the moment "
        "a name is entered, if it is kept up to date and overrides are monitored. We need an interaction-checking tool that plugs into "
        "our dispensing and covers herbs and supplements.",
        {"mEo092": 2, "mEo093": 2, "mEo094": 2, "mEo090": 1},
    ),
    (
        "mEn28",
        "vi",
        "n_gpp_thaibinh",
        "Nha thuoc GPP o Cau Ngang can phan mem canh bao thuoc sap het han",
        "Nha thuoc dat GPP cua toi o huyen Cau Ngang ban kha nhieu mat hang, kiem tra han dung bang tay moi thang van de sot thuoc het han tren "
        "ke. Can phan mem quan ly theo lo, tu chon lo het han truoc khi ban, bao cao thuoc sap het han, ban hang va ket noi du lieu theo quy dinh.",
        {"mEo087": 2, "mEo098": 1, "mEo096": 1, "mEo095": 1, "mEo090": 1},
    ),
    (
        "mEn29",
        "vi",
        "n_bqt_book",
        "Công ty phân phối thuốc ở Long Hồ cần kho lạnh 2-8 độ C đạt GSP",
        "Công ty phân phối thuốc ở huyện Long Hồ bắt đầu nhận vắc xin, sinh phẩm cần bảo quản 2-8 độ C. Không khí ẩm của vùng sông nước dễ làm nước "
        "ngưng tụ trong bao bì khi nhiệt độ xuống dưới điểm sương. Cần kho lạnh hoặc chỗ thuê kho đạt GSP, có đo phân bố nhiệt độ và hệ thống "
        "theo dõi nhiệt độ, độ ẩm liên tục để qua thẩm định.",
        {"mEo099": 2, "mEo105": 2, "mEo101": 2, "mEo102": 2, "mEo103": 1, "mEo158": 1, "mEo100": 1},
    ),
    (
        "mEn30",
        "en",
        "n_glnlw_sms",
        "District health centre in Cau Ngang wants SMS alarms for commune vaccine fridges",
        "Commune health stations in Cau Ngang keep vaccines at 2-8 C and some at -20 C, but doors left ajar, power cuts and compressor "
        "failures are only noticed when a nurse reads the thermometer. Simply uploading readings is not enough because nobody watches them "
        "all day. We need monitoring that sends SMS or phone alerts to the station and the district as soon as a fridge goes out of range.",
        {"mEo108": 2, "mEo102": 2, "mEo103": 2, "mEo107": 1, "mEo106": 1},
    ),
    (
        "mEn31",
        "vi",
        "n_malawi_sdd",
        "Trạm y tế xã cù lao cần tủ bảo quản vắc xin chạy năng lượng mặt trời",
        "Các trạm y tế xã trên cù lao ở huyện Châu Thành (Trà Vinh) và Long Hồ thường mất điện, tủ lạnh vắc xin không giữ được 2-8 độ C. Một số "
        "nước đã trang bị tủ vắc xin năng lượng mặt trời cho toàn bộ kho tuyến huyện, điện dư còn thắp sáng và chạy máy nghe tim thai. Chúng tôi "
        "cần tủ vắc xin năng lượng mặt trời không dùng ắc quy, được WHO tiền thẩm định, và tư vấn chọn loại.",
        {"mEo109": 2, "mEo110": 2, "mEo111": 2, "mEo112": 2},
    ),
    (
        "mEn32",
        "en",
        "n_gpp_temp",
        "Pharmacy in Binh Minh needs automatic temperature and humidity records",
        "GPP requires our pharmacy in Binh Minh town to keep medicines below 30 C and 75% relative humidity, cool items at 8-15 C and cold "
        "items at 2-8 C, because heat and damp spoil tablets, powders, syrups and enzymes. We fill paper logs by hand and miss nights and "
        "weekends. We want an affordable logger or monitoring system that records automatically, alarms on excursions and prints reports "
        "for inspection.",
        {"mEo107": 2, "mEo103": 2, "mEo102": 2, "mEo105": 1},
    ),
    (
        "mEn33",
        "vi",
        "n_vega_guide",
        "Công ty dược ở TP Trà Vinh cần mapping nhiệt độ kho mới trước thẩm định GSP",
        "Chúng tôi vừa xây kho thuốc mới ở thành phố Trà Vinh. Đoàn thẩm định không chỉ hỏi có bao nhiêu thiết bị đo mà yêu cầu chứng minh kiểm "
        "soát được nhiệt độ bằng dữ liệu: đề cương đo phân bố nhiệt, thời gian đo, tiêu chí chấp nhận và chọn điểm theo dõi cố định. Cần đơn vị "
        "làm nghiên cứu mapping và báo cáo.",
        {"mEo100": 2, "mEo105": 2, "mEo101": 2, "mEo104": 1, "mEo107": 1},
    ),
    (
        "mEn34",
        "vi",
        "n_tea_lecture",
        "Cơ sở trà thảo mộc ở Mang Thít cần máy đóng gói trà túi lọc tự động",
        "Cơ sở sản xuất trà túi lọc cà gai leo, lá sen, đinh lăng (sản phẩm OCOP) ở huyện Mang Thít đang cân và hàn túi bằng tay, năng suất thấp, "
        "định lượng không đều. Cần máy tự động định lượng, tạo túi giấy lọc, gắn dây và nhãn, hàn kín, phù hợp nguyên liệu dạng vụn và bột.",
        {"mEo114": 2, "mEo115": 2},
    ),
    (
        "mEn35",
        "en",
        "n_capsule_types",
        "Start-up in Giong Trom needs a capsule filler for about 3,000 capsules a day",
        "We make herbal capsules in Giong Trom (former Ben Tre, now Vinh Long province) and fill them by hand. Output is about 3,000 "
        "capsules a day and growing. Fillers range from manual and semi-automatic to fully automatic and specialty machines for liquids "
        "or pellets. We need advice and a supplier for the right size of machine for herbal powder.",
        {"mEo116": 2, "mEo117": 2, "mEo118": 1},
    ),
    (
        "mEn36",
        "vi",
        "n_xochau",
        "Cơ sở thực phẩm chức năng ở Vũng Liêm cần nâng cấp GMP hoặc thuê gia công",
        "Cả nước có hơn 10.000 sản phẩm thực phẩm chức năng của hơn 4.000 cơ sở, nhưng khoảng 90% cơ sở chưa đạt GMP. Cơ sở nhỏ của chúng tôi ở "
        "huyện Vũng Liêm làm viên nang, bột từ dược liệu bằng thiết bị đơn giản. Cần tư vấn lộ trình đạt GMP hoặc nhà máy đạt GMP nhận gia công "
        "theo công thức của mình.",
        {"mEo120": 2, "mEo121": 2, "mEo122": 2, "mEo123": 1, "mEo124": 1},
    ),
    (
        "mEn37",
        "vi",
        "n_nd15_gmp",
        "HTX ở Chợ Lách cần công bố và thuê sản xuất bột hòa tan từ dược liệu",
        "Hợp tác xã ở Chợ Lách (Bến Tre cũ, nay thuộc Vĩnh Long) có công thức bột hòa tan từ dược liệu. Từ 1/7/2019 mọi cơ sở sản xuất thực phẩm "
        "bảo vệ sức khỏe phải đạt GMP nên hợp tác xã không tự sản xuất được. Cần đơn vị làm hồ sơ công bố sản phẩm và nhà máy GMP nhận gia công.",
        {"mEo119": 2, "mEo120": 2, "mEo121": 1},
    ),
    (
        "mEn38",
        "en",
        "n_tvpharm_sggp",
        "Pharmaceutical plant in Chau Thanh needs EU-GMP design consultants",
        "A drug manufacturer is building a hi-tech pharmaceutical complex of nearly 10 ha in Chau Thanh district, Tra Vinh, costing about "
        "650 billion VND and employing over 2,000 people. Domestic production meets about half of demand and only 10 of 220 plants in "
        "Vietnam meet EU-GMP or equivalent. We need engineering consultants to design and build the plant to EU-GMP.",
        {"mEo124": 2, "mEo123": 1},
    ),
    (
        "mEn39",
        "en",
        "n_linhchi_thanhhoa",
        "Cooperative in Vung Liem wants to grow lingzhi for an OCOP tea",
        "Our cooperative in Vung Liem district wants to grow lingzhi (Ganoderma) for a sliced and tea product to enter the OCOP programme. "
        "Elsewhere a family farm built 2,500 m2 of workshops with sterilising, drying, slicing and vacuum-packing lines; each crop takes "
        "3-6 months and each substrate bag gives 2-3 flushes. We need a cultivation protocol and hands-on technical support.",
        {"mEo125": 2, "mEo126": 2, "mEo127": 1},
    ),
    (
        "mEn40",
        "vi",
        "n_qr_lacduong",
        "HTX dược liệu Cầu Kè muốn gắn mã QR truy xuất trên túi dược liệu khô",
        "Hợp tác xã ở huyện Cầu Kè bán đinh lăng, cà gai leo sấy khô đóng túi. Như mô hình gắn mã QR cho sản phẩm hữu cơ ở nơi khác, chúng tôi muốn "
        "người mua quét mã để biết vùng trồng, quy trình, ngày thu hái và đóng gói. Cần đơn vị cung cấp hệ thống tem QR và hướng dẫn nhập liệu.",
        {"mEo128": 2, "mEo129": 2, "mEo132": 2, "mEo130": 1, "mEo131": 1},
    ),
]

NEEDS += [
    (
        "mEn41",
        "en",
        "n_cm_qualify",
        "Herbal capsule brand in Vinh Long needs batch traceability from farm to capsule",
        "We sell herbal capsules made from our own growers' dinh lang and ca gai leo, packed under our brand. Even a company that only "
        "packages, labels or distributes must be able to trace materials back through a compliant process to reliable sources. We need a "
        "system linking each capsule batch to raw-material lots, farms, test results and processing records.",
        {"mEo123": 2, "mEo083": 2, "mEo132": 2, "mEo128": 1},
    ),
    (
        "mEn42",
        "vi",
        "n_binhminh_road",
        "Hội Đông y Bình Minh cần định danh và bảng tên cho tuyến cây thuốc nam ven đường",
        "Hội Đông y thị xã Bình Minh đã trồng xen cây thuốc nam trên hơn 3.000 m2 đất trống ven đường tỉnh 908 và muốn mở rộng thành tuyến cây "
        "thuốc có hoa tạo cảnh quan nông thôn mới. Cần chuyên gia khảo sát, định danh khoa học từng loài, làm bảng tên, lập danh mục cây nên "
        "trồng và hướng dẫn nhân giống.",
        {"mEo070": 2, "mEo008": 2, "mEo009": 1},
    ),
    (
        "mEn43",
        "en",
        "n_enzyme_textbook",
        "Hospital pharmacy in Tra Vinh wants electric equipment to roast and process herbs",
        "Our traditional-medicine pharmacy processes herbs by hand in pans over charcoal: quick heating kills enzymes but can form a dry "
        "crust, coagulate proteins, drive off essential oil or caramelise sugars if uneven. Several remedies must be stir-roasted until "
        "yellow or charred, or roasted with wine, ginger or salt. We need electric roasting pans or machines with even heat and mixing.",
        {"mEo038": 2, "mEo027": 1},
    ),
    (
        "mEn44",
        "vi",
        "n_tansao",
        "Doanh nghiệp trà hoa, lá ở Long Hồ cần sấy lạnh giữ màu và hương",
        "Doanh nghiệp chúng tôi ở huyện Long Hồ làm trà từ hoa, lá dược liệu. Phơi nắng, sấy máy hay sấy lò đều làm mất màu, hương và hoạt chất "
        "nhạy nhiệt; sấy lạnh giữ được nhưng cần thiết bị chuyên dụng, chi phí cao. Cần đơn vị gia công hoặc bán thiết bị sấy lạnh, sấy thăng "
        "hoa cho dược liệu, có số liệu so sánh chất lượng.",
        {"mEo036": 2, "mEo027": 1, "mEo030": 1, "mEo037": 1},
    ),
    (
        "mEn45",
        "vi",
        "n_ethanol_spray",
        "Cơ sở chiết cao bằng cồn ở Bình Tân cần sấy phun an toàn, thu hồi dung môi",
        "Cơ sở chiết cao dược liệu bằng ethanol ở huyện Bình Tân muốn chuyển sang sấy phun: dịch được phun sương vào khí nóng, bay hơi gần như tức "
        "thì nên hoạt chất ít bị nhiệt phá hủy, bột dễ tan, dễ chảy. Nhưng phun dịch cồn trong không khí nóng có nguy cơ cháy nổ. Cần hệ thống sấy "
        "phun dùng khí trơ, tuần hoàn kín, thu hồi ethanol.",
        {"mEo045": 2, "mEo044": 1, "mEo041": 1},
    ),
    (
        "mEn46",
        "en",
        "n_jpps_dc",
        "Herbal tablet maker in Vinh Long wants dry extracts for direct compression",
        "We press herbal tablets by wet granulation, which is slow. Spray drying can give stable herbal powders with good flow that could "
        "be compressed directly, but our extracts are sticky and hygroscopic. We look for a research partner who can set spray-drying "
        "conditions and excipients so our dry extracts compress directly into tablets.",
        {"mEo046": 2, "mEo043": 1, "mEo040": 1},
    ),
    (
        "mEn47",
        "en",
        "n_mvec_transport",
        "Distributor in Tra Vinh needs temperature records on vaccine and insulin delivery trips",
        "We deliver vaccines, insulin and other 2-8 C products by van and motorbike from Tra Vinh city to district pharmacies and clinics. "
        "The cold chain must hold +2 to +8 C from the manufacturer to the point of use, ideally around +5 C. We need a way to monitor and "
        "record temperature (and humidity) on every trip, with procedures that satisfy inspectors.",
        {"mEo113": 2, "mEo104": 2, "mEo107": 2, "mEo102": 2, "mEo103": 2, "mEo148": 1},
    ),
    (
        "mEn48",
        "en",
        "n_saline_cangio",
        "Cooperative in Duyen Hai seeks herb and aromatic crops for salt-affected sandy land",
        "Our cooperative in Duyen Hai town farms coastal sandy land that is salt-affected in the dry season. Mangrove studies list many "
        "medicinal species, but we need field crops we can sell: aromatic or medicinal plants that tolerate salinity and drought, a "
        "planting model and a way to process them locally, for example by distilling essential oil.",
        {"mEo026": 2, "mEo025": 2},
    ),
    (
        "mEn49",
        "vi",
        "n_distill_all4export",
        "Cơ sở tinh dầu tràm, sả ở Cầu Ngang cần tinh chế tinh dầu thô",
        "Cơ sở chưng cất hơi nước của chúng tôi ở huyện Cầu Ngang cho tinh dầu thô còn lẫn nước, hơi đục, sậm màu do nhiệt, khó bán cho khách mua mỹ "
        "phẩm. Nghe nói chưng cất chân không ở nhiệt độ thấp giúp tinh dầu sạch hơn. Cần thiết bị hoặc quy trình tinh chế lần hai.",
        {"mEo054": 2, "mEo053": 1, "mEo051": 1},
    ),
    (
        "mEn50",
        "en",
        "n_pieces_jxxfw",
        "Traditional-medicine hospital in Vinh Long wants hygienic packs for decoction pieces",
        "Our hospital receives and stores herbal decoction pieces in sacks and bags from many suppliers. Dust, fibres, insects and mould "
        "get in, and similar-looking pieces are sometimes mixed up. Processing of herbs should move towards mechanisation while keeping "
        "their traditional properties. We need a packaging solution with small fixed-weight packs and labels.",
        {"mEo065": 2, "mEo059": 1},
    ),
    (
        "mEn51",
        "en",
        "n_clinic_doan",
        "Private clinics in Tra Vinh city want electronic prescriptions sent to pharmacies",
        "A group of private clinics in Tra Vinh city manages patients and examinations on separate software, and patients carry "
        "handwritten prescriptions to nearby pharmacies. We want prescriptions to be sent electronically and securely to partner "
        "pharmacies, to avoid misreading and to link prescribing with dispensing.",
        {"mEo069": 2, "mEo068": 1},
    ),
    (
        "mEn52",
        "vi",
        "n_turmeric_vinh",
        "Hộ làm tinh bột nghệ ở Trà Cú muốn tăng hiệu suất và chất lượng",
        "Các hộ ở huyện Trà Cú làm tinh bột nghệ thủ công, hiệu suất thấp, tinh bột còn lẫn bã, màu không đều. Khách hàng hỏi về độ ẩm, tro, kim "
        "loại nặng và hàm lượng curcuminoid. Cần quy trình chuẩn từ rửa, xay, vắt bã, lọc, lắng, làm sạch đến sấy, nghiền cho tinh bột nghệ chất "
        "lượng cao.",
        {"mEo086": 2, "mEo024": 1, "mEo085": 1},
    ),
    (
        "mEn53",
        "vi",
        "n_cdspkt_dl",
        "Can mua 20.000 cay giong dinh lang nep cho 0,5 ha o Tieu Can",
        "Toi o huyen Tieu Can muon trong 0,5 ha dinh lang vao dau mua mua (thang 4-5 cho do tuoi). Can mua khoang 20.000 cay giong dinh lang nep "
        "(la nho xoan, cu to, vo day), khong lay dinh lang te, kem huong dan giam hom, lam bau va trong.",
        {"mEo009": 2, "mEo011": 2, "mEo010": 1},
    ),
    (
        "mEn54",
        "vi",
        "n_vaccine_brvt",
        "Can thiet bi ghi nhiet do va canh bao cho tu vac xin phong tiem dich vu",
        "Phong tiem chung dich vu cua chung toi o TP Vinh Long co 3 tu vac xin, hien ghi nhiet do bang tay 2 lan/ngay. Can thiet bi ghi nhiet do "
        "tu dong lien tuc, bao dong khi ra ngoai 2-8 do C, luu du lieu de trinh khi kiem tra ve bao quan vac xin.",
        {"mEo102": 2, "mEo103": 2, "mEo107": 2, "mEo106": 1, "mEo108": 1},
    ),
    (
        "mEn55",
        "vi",
        "n_ladyfirst_still",
        "Can noi chung cat tinh dau sa mini cho ho gia dinh o Giong Trom",
        "Nha toi o Giong Trom (Ben Tre cu, nay thuoc Vinh Long) trong vai cong sa chanh. Ban la sa tuoi gia thap nen muon tu nau tinh dau ban "
        "le. Can noi chung cat loai nho bang inox, de van hanh, kem cach chung cat cho ra nhieu tinh dau.",
        {"mEo050": 2, "mEo051": 2, "mEo052": 1, "mEo053": 1},
    ),
    (
        "mEn56",
        "en",
        "n_tissue_lab",
        "Nursery in Cang Long wants to set up a tissue-culture lab for medicinal plants",
        "Our seedling nursery in Cang Long district wants to produce clean planting stock of medicinal plants and, later, biomass rich in "
        "active compounds, which in whole plants are often only 0.1-5% of dry weight. We need protocols, media and training to set up "
        "in vitro multiplication, and advice on keeping the cost per plantlet low.",
        {"mEo017": 2, "mEo018": 2, "mEo016": 1, "mEo019": 1, "mEo020": 1},
    ),
    (
        "mEn57",
        "vi",
        "n_clinic_his",
        "Phòng khám y học cổ truyền tư nhân ở Cầu Kè cần phần mềm quản lý",
        "Phòng khám y học cổ truyền của chúng tôi ở huyện Cầu Kè quản lý bệnh nhân, đơn thuốc, viện phí bằng sổ và Excel, mất thời gian thống kê, "
        "báo cáo theo mẫu của Sở Y tế. Cần phần mềm quản lý khám chữa bệnh, kê đơn thuốc thang, thu phí, báo cáo, bảo mật dữ liệu.",
        {"mEo068": 2, "mEo069": 1, "mEo090": 1},
    ),
    (
        "mEn58",
        "vi",
        "n_hue_ethnic",
        "Doanh nghiệp dược liệu Trà Vinh cần hợp tác khảo sát bài thuốc dân tộc Khmer",
        "Doanh nghiệp chúng tôi muốn phát triển sản phẩm từ cây thuốc dân gian của người Khmer ở Trà Vinh, như các nhà khoa học ở nơi khác đã "
        "nghiên cứu 30 loài cây thuốc của đồng bào thiểu số và tìm ra loài chống oxy hóa, chống ung thư. Cần nhóm nghiên cứu khảo sát, định danh "
        "loài, thu thập bài thuốc và đánh giá hoạt tính.",
        {"mEo070": 2, "mEo008": 2, "mEo019": 1},
    ),
    (
        "mEn59",
        "en",
        "n_benisuef",
        "Herbal medicine maker in Giong Trom wants fast heavy-metal screening at receiving",
        "Heavy metals and pesticide residues are the main chemical contaminants of herbal medicines and we test only a few lots a year at "
        "outside laboratories. Our factory in Giong Trom (former Ben Tre, now Vinh Long province) receives herbs almost daily and wants a "
        "rapid on-site screening method for lead, cadmium, arsenic and mercury, with laboratory confirmation when a lot looks doubtful.",
        {"mEo074": 2, "mEo073": 1, "mEo076": 1},
    ),
    (
        "mEn60",
        "vi",
        "n_poison_pesticide",
        "Công ty thu mua rau má, diệp hạ châu ở Trà Ôn cần kiểm tra dư lượng thuốc trừ sâu",
        "Năm 1995 đồng bằng sông Cửu Long có 13.000 người ngộ độc, 354 người chết do dư lượng thuốc trừ sâu trên rau quả. Công ty chúng tôi ở "
        "huyện Trà Ôn thu mua rau má, diệp hạ châu của nông dân để làm trà và bột. Cần phòng thí nghiệm phân tích dư lượng thuốc bảo vệ thực vật "
        "nhiều hoạt chất trước khi nhập lô.",
        {"mEo075": 2, "mEo071": 2, "mEo072": 2, "mEo076": 2, "mEo082": 1},
    ),
]

NEEDS += [
    (
        "mEn61",
        "en",
        "n_afribary_pms",
        "Pharmacy in Tam Binh wants barcode sales, supplier invoices and expiry entry",
        "Our pharmacy in Tam Binh district records stock in exercise books. We want software in which staff enter manufacturing and expiry "
        "dates when opening stock and on each purchase, sell by scanning barcodes, match supplier invoices and see what is running low "
        "or about to expire, so that expired medicines never reach customers.",
        {"mEo089": 2, "mEo097": 2, "mEo090": 2, "mEo087": 1, "mEo098": 1, "mEo096": 1},
    ),
    (
        "mEn62",
        "vi",
        "n_compost_essay",
        "Xưởng chiết cao ở Long Hồ cần quy trình ủ bã dược liệu thành phân hữu cơ",
        "Xưởng chiết cao dược liệu của chúng tôi ở huyện Long Hồ thải vài tấn bã mỗi tháng sau khi chiết. Muốn ủ thành phân hữu cơ bán cho vườn "
        "cây ăn trái: thu gom, phân loại, phân giải, lên men. Cần quy trình ủ nhanh, chế phẩm vi sinh phù hợp và cách phối trộn để đạt chất lượng "
        "phân bón.",
        {"mEo057": 2, "mEo058": 2},
    ),
    (
        "mEn63",
        "en",
        "n_blbiolab",
        "Small supplement maker in Binh Minh wants electronic batch records",
        "We make herbal supplements in Binh Minh town on paper batch sheets. GMP expects each product to meet standards of identity, "
        "purity, strength and consistency, and inspectors want batch histories from materials to finished goods. We need software for "
        "master and batch manufacturing records that tracks materials, operators and conditions.",
        {"mEo123": 2, "mEo121": 1},
    ),
    (
        "mEn64",
        "vi",
        "n_socialcompare",
        "Chuỗi 4 nhà thuốc ở TP Vĩnh Long cần phần mềm quản lý tồn kho liên chi nhánh",
        "Chuỗi bốn nhà thuốc ở thành phố Vĩnh Long mỗi ngày nhập hàng, bán theo đơn, đặt hàng nhà cung cấp, thay thuốc hết hạn, thu tiền và báo cáo "
        "tài chính, mỗi điểm làm riêng. Cần một hệ thống chung xem tồn kho theo lô và hạn dùng ở từng chi nhánh, chuyển hàng giữa các điểm, đặt "
        "hàng tự động và báo cáo tập trung.",
        {"mEo089": 2, "mEo090": 2, "mEo091": 2, "mEo096": 2, "mEo087": 1, "mEo098": 1, "mEo097": 1},
    ),
    (
        "mEn65",
        "vi",
        "n_tcmland_forms",
        "Bệnh viện y học cổ truyền Trà Vinh muốn chuyển bài thuốc nội viện sang dạng cao",
        "Bệnh viện có nhiều bài thuốc sắc dùng lâu năm hiệu quả. Thuốc sắc tác dụng nhanh nhưng bất tiện, khó bảo quản; dạng cao và cốm tiện dùng, "
        "ổn định hơn. Cần đối tác chiết, cô thành cao lỏng, cao đặc hoặc cao khô theo đúng bài thuốc, đủ chất lượng để bào chế tiếp thành viên, "
        "cốm dùng trong bệnh viện.",
        {"mEo041": 2, "mEo042": 2, "mEo043": 2, "mEo040": 1, "mEo044": 1},
    ),
    (
        "mEn66",
        "en",
        "n_darrenirvine",
        "Farmer in Cho Lach wants a proper low-cost herb dryer instead of makeshift sun drying",
        "I grow herbs in Cho Lach (former Ben Tre, now Vinh Long province) and dry them in the sun under plastic sheets with reflectors, "
        "even inside a parked car. It works on sunny days but is slow and uneven. I want to convert an existing shed into a proper dryer "
        "with heater and fan, and need a design and temperature guide.",
        {"mEo029": 2, "mEo031": 2, "mEo030": 1},
    ),
    (
        "mEn67",
        "en",
        "n_duoclieu_harvest",
        "Cooperative in Tam Binh wants optimal drying temperatures for dinh lang roots and leaves",
        "The active content of a herb depends on cultivation, harvest, drying and storage. Our cooperative in Tam Binh district dries "
        "dinh lang roots and leaves in a hot-air dryer at one fixed setting, wasting energy and risking saponin loss. We want to know the "
        "best temperature and time for each plant part, to save energy without hurting quality.",
        {"mEo030": 2, "mEo029": 1, "mEo027": 1},
    ),
    (
        "mEn68",
        "en",
        "n_vinakitchen",
        "Health-food brand in Vinh Long wants to buy standardised herbal extract powder",
        "We sell herbal drinks and capsules and do not want to run our own extraction. Herbal extracts come as liquid, soft or dry "
        "extracts, made by soaking, simmering, decoction or percolation. We need a supplier of standardised dry extract powders (low "
        "moisture, uniform) of local herbs, or contract spray drying of our own extracts.",
        {"mEo042": 2, "mEo041": 2, "mEo049": 2, "mEo040": 1},
    ),
    (
        "mEn69",
        "en",
        "n_sggp_vaccine",
        "Health centre in Duyen Hai needs heat and freeze indicators for outreach vaccination",
        "Vaccines have saved millions of children, but only if they are stored safely; expired or badly stored vaccines have harmed "
        "patients. Our health centre in Duyen Hai takes vaccines by boat and motorbike to outreach sessions. We need indicators that show "
        "whether each vial has seen too much heat, and a way to monitor and document temperature during transport.",
        {"mEo106": 2, "mEo113": 2, "mEo148": 1, "mEo107": 1},
    ),
    (
        "mEn70",
        "en",
        "n_tvo_strategy",
        "Investor in Tra Vinh seeks a pharmaceutical partner for a native-herb raw-material zone",
        "Growing imported 'northern' herbs for traditional medicine has cost some Vietnamese firms tens to hundreds of billions of VND in "
        "competition with China. We plan a raw-material zone of native herbs in Tra Vinh and want a pharmaceutical company that will "
        "co-develop GACP growing areas with farmers and buy the harvest.",
        {"mEo003": 2, "mEo001": 1, "mEo002": 1, "mEo015": 1},
    ),
    (
        "mEn71",
        "en",
        "n_blockchain_3063",
        "Dinh lang tea start-up in Cang Long wants QR labels with farm and lab data per batch",
        "Over 70% of herbal supplements worldwide lack verifiable origin data, and buyers increasingly scan codes. Our start-up in Cang "
        "Long district sells dinh lang leaf tea from three partner farms. We want each pack to carry a QR code showing farm, harvest date, "
        "drying and lab results for its batch, starting small with one herb.",
        {"mEo128": 2, "mEo131": 2, "mEo132": 2, "mEo129": 1},
    ),
    (
        "mEn72",
        "en",
        "n_bamuoi_garden",
        "Commune in Tra Cu wants seedlings and guidance for a community herb garden",
        "Inspired by a woman who has kept a free herb garden of 3,000 m2 for twenty years in another province, our commune in Tra Cu "
        "district wants a 2,000 m2 community garden of medicinal plants for the health station and the poor. We need seedlings of dinh "
        "lang and ca gai leo and simple growing instructions for volunteers.",
        {"mEo009": 2, "mEo013": 2, "mEo010": 1, "mEo012": 1},
    ),
    (
        "mEn73",
        "en",
        "n_eurycoma_review",
        "Nursery in Chau Thanh wants in vitro propagation of Eurycoma longifolia",
        "Eurycoma longifolia (ba benh, mat nhan) is in demand but seeds are scarce and wild plants are over-harvested. Many medicinal plants "
        "regenerate in vitro on Murashige and Skoog media with auxins and cytokinins, yet few are mass-produced. Our nursery in Chau Thanh "
        "district wants a tissue-culture protocol for this species.",
        {"mEo019": 2, "mEo017": 1, "mEo018": 1},
    ),
    (
        "mEn74",
        "en",
        "n_pharmacog_slide",
        "Herbal capsule maker in Vinh Long needs reference standards for in-house QC",
        "Our quality lab checks identity and purity of herbal raw materials by macroscopy, microscopy and thin-layer chromatography, and "
        "sends heavy-metal tests out. To assay marker compounds in each batch ourselves we need reference standards isolated from the "
        "plants we use, and help setting up the assay.",
        {"mEo077": 2, "mEo072": 1, "mEo073": 1, "mEo071": 1},
    ),
    (
        "mEn75",
        "en",
        "n_lavender_farm",
        "Cooperative in Cau Ngang wants a small farm still to trial lemongrass oil",
        "Lavender farms abroad run small stills with a burner, a water reservoir, a herb basket and a swan neck to the condenser, distilling "
        "for up to 12 hours. Our cooperative in Cau Ngang district wants a similar small still to trial lemongrass and measure how much oil "
        "each batch gives before investing in a larger plant.",
        {"mEo050": 2, "mEo051": 2, "mEo055": 2, "mEo053": 1},
    ),
]
