"""Needs of the holdout175 labelled set (canals, dredging and river-bank protection), set in Tra Vinh / Vinh Long.

Rows: (id, language, source key, title, description, {offer id: grade}). Written blind; see make_holdout175.py.
"""

NEEDS = [
    # dredging canals and small rivers
    (
        "oUn01",
        "vi",
        "baotintuc_khai_thong",
        "Cần đơn vị nạo vét khoảng 40 tuyến kênh nội đồng trước mùa khô ở Cầu Ngang",
        "Phòng Nông nghiệp huyện Cầu Ngang (Trà Vinh) cần thuê đơn vị nạo vét khoảng 40 tuyến kênh nội đồng trước mùa khô hạn, "
        "mặn. Cả tỉnh năm 2023 đã nạo vét, đào mới 380 công trình thủy lợi nội đồng và vớt hơn 85.140 m2 lục bình trên kênh "
        "đầu mối, nhưng nhiều kênh nhánh chỉ rộng 4–6 m, máy đào thường khó vào. Cần thiết bị nhỏ, thi công nhanh, báo giá theo "
        "mét dài.",
        {"oUo007": 2, "oUo005": 2, "oUo004": 2, "oUo003": 2, "oUo006": 1, "oUo012": 1, "oUo011": 1},
    ),
    (
        "oUn02",
        "en",
        "vnn_mekong_silted",
        "Silted canals choked with water hyacinth in Tieu Can: boats cannot pass",
        "Our farming cooperative in Tieu Can district, Tra Vinh, relies on a network of canals that have not been dredged "
        "for years. Silt has built up, houses and boat docks narrow the banks, and dense water hyacinth blocks the flow, so "
        "loaded boats can no longer reach the fields. We need a contractor who can dredge narrow canals and clear the "
        "hyacinth in one campaign.",
        {"oUo003": 2, "oUo004": 2, "oUo005": 2, "oUo012": 2, "oUo001": 1, "oUo007": 1},
    ),
    (
        "oUn03",
        "vi",
        "thvl_don_dong",
        "Can thiet bi vot luc binh, nao vet kenh Don Dong o Binh Tan",
        "Xa Tan Hung, huyen Binh Tan (Vinh Long): sau Tet dan trong xa phai ra kenh Don Dong vot luc binh, luom chai nhua, bao "
        "bi thuoc BVTV bang tay de khoi thong dong chay, co nuoc tuoi mua kho. Lam tay cuc qua, kenh lai can. Can mua hoac thue "
        "may vot luc binh va may nao vet nho cho kenh hep, gia vua phai.",
        {"oUo012": 2, "oUo005": 2, "oUo007": 1, "oUo003": 1},
    ),
    (
        "oUn04",
        "en",
        "baclieu_dredge",
        "Dredging contractor and equipment for about 60 irrigation canals in Duyen Hai",
        "The irrigation works company serving Duyen Hai (Tra Vinh) plans to dredge about 60 irrigation canals and branches "
        "that feed rice fields and shrimp farms, many not dredged for years, which causes water shortage in the dry "
        "season. As a reference, a neighbouring delta province dredged 230 canals (805,000 m2 of surface, about 10 million "
        "m3 of sludge, VND 162 billion). We need dredgers suited to small canals and help sizing volumes and equipment.",
        {"oUo006": 2, "oUo001": 2, "oUo003": 2, "oUo007": 2, "oUo009": 1, "oUo011": 1, "oUo021": 1},
    ),
    (
        "oUn05",
        "vi",
        "nhandan_tam_phuong",
        "Tập huấn tổ thủy lợi duy tu kênh cấp III và cống cấp III ở Châu Thành",
        "HTX nông nghiệp ở xã Thanh Mỹ, huyện Châu Thành (Trà Vinh) nằm trong vùng dự án thủy lợi Tầm Phương (4 kênh cấp I dài "
        "gần 25 km, 49 kênh cấp II, 354 kênh cấp III và 354 cống cấp III) tiếp ngọt cho 7.000 ha lúa ba vụ. Kênh cấp III và "
        "cống nhỏ nay do tổ thủy lợi cơ sở quản lý nhưng thành viên chưa được đào tạo. Cần lớp tập huấn về duy tu, bảo dưỡng "
        "kênh nội đồng và điều tiết nước.",
        {"oUo011": 2, "oUo007": 1, "oUo106": 1},
    ),
    (
        "oUn06",
        "en",
        "dredgingtoday_hcmc",
        "Mechanized dredging of silted drainage canals in Tra Vinh city",
        "The urban works company of Tra Vinh city wants to cut tidal and rain flooding in several wards by dredging small "
        "drainage canals and the sewers that feed them, following the example of a big city that stopped flooding in eight "
        "areas after dredging 1,261 km of sewers and 57 canals. The canals are narrow and lined with houses, so we need "
        "compact or amphibious dredging equipment or a contractor who has it.",
        {"oUo001": 2, "oUo004": 2, "oUo003": 2, "oUo005": 2, "oUo008": 1},
    ),
    (
        "oUn07",
        "vi",
        "vnplus_cua_dai",
        "Nạo vét luồng cho tàu cá ra vào cửa Định An",
        "Nghiệp đoàn nghề cá ở thị trấn Định An (Trà Cú, Trà Vinh): luồng ra vào bến bị bồi sau mùa mưa bão, lúc triều thấp "
        "chỉ sâu khoảng 1,2 m, tàu trên 30 CV mắc cạn. Cần đơn vị nạo vét đoạn luồng dài khoảng 2 km, rộng 30 m, sâu 4 m, khối "
        "lượng khoảng 100.000 m3, thi công được cả khi sóng lớn, trước Tết để tàu ra khơi.",
        {"oUo008": 2, "oUo006": 2, "oUo007": 2, "oUo013": 1, "oUo055": 1},
    ),
    (
        "oUn08",
        "en",
        "nhandan_chinh_tri",
        "Dredging to push the current away from an eroding bank in Tra On, with a study residents trust",
        "A commune in Tra On district (Vinh Long) has a licence to dredge a 1.4 km stretch of a river branch to re-train "
        "the flow away from a collapsing bank. Work stopped twice because residents on the opposite bank fear the dredging "
        "will cause new erosion there. We need a dredging contractor and an independent flow and morphology study that "
        "shows where the current will go after dredging.",
        {"oUo008": 2, "oUo039": 2, "oUo037": 1, "oUo040": 1, "oUo002": 1},
    ),
    # dredger upkeep
    (
        "oUn09",
        "vi",
        "cronache_dredger",
        "Bảo dưỡng bơm hút bùn cho 3 tàu hút xén thổi ở Trà Cú",
        "Doanh nghiệp nạo vét ở huyện Trà Cú (Trà Vinh) có 3 tàu hút xén thổi. Bơm hút bùn là tim của tàu nhưng ổ đỡ hay nóng "
        "do thiếu bôi trơn, vỏ bơm bị bùn nước bắn lâu ngày bong sơn, gỉ sét, cánh bơm mòn làm công suất giảm rõ. Cần đơn vị "
        "bảo dưỡng định kỳ, thay cánh bơm và lập kế hoạch bảo trì cho cả tàu.",
        {"oUo015": 2, "oUo014": 2, "oUo016": 2, "oUo018": 1, "oUo017": 1, "oUo020": 1, "oUo019": 1},
    ),
    (
        "oUn10",
        "en",
        "chinadredging_wear",
        "Pumps and discharge pipes wear out too fast pumping sandy mud",
        "Our dredging team in Vinh Long pumps sandy silt from river branches to fill sites. Pump impellers and casings "
        "wear out within a season, and the discharge pipeline wears fastest at elbows, welds and bends. We want wear-resistant "
        "parts and advice on pump material and operating conditions for our soil type, to stop replacing parts so often.",
        {"oUo017": 2, "oUo018": 2, "oUo016": 1, "oUo014": 1, "oUo020": 1},
    ),
    (
        "oUn11",
        "vi",
        "bbpmfg_pump",
        "Cần thay cánh bơm, tấm lót bơm cát bằng vật liệu chịu mòn",
        "Chủ ghe bơm cát san lấp ở Cầu Kè (Trà Vinh): bơm ly tâm hút hỗn hợp cát, bùn, đôi khi có sỏi đá với nồng độ cao nên "
        "cánh bơm và tấm lót bằng gang thường mòn thủng rất nhanh, phải dừng máy. Muốn thay cánh bơm, tấm lót bằng vật liệu "
        "chịu mòn (như gang trắng crôm cao) và được tư vấn chọn vật liệu.",
        {"oUo017": 2, "oUo018": 1, "oUo020": 1, "oUo015": 1},
    ),
    # where dredged mud goes
    (
        "oUn12",
        "vi",
        "baovinhphuc_bun",
        "Quản lý đất bùn nạo vét kênh cho minh bạch, tránh tranh chấp với dân ở Càng Long",
        "HTX ở huyện Càng Long (Trà Vinh) được giao nạo vét, cải tạo tuyến mương nội đồng sau dồn điền đổi thửa. Dân nghi đơn vị "
        "thi công vét sâu, lấn bờ ruộng để lấy đất đi bán nên chặn máy, đòi trả lại hiện trạng. Cần mô hình quản lý, lưu giữ "
        "và sử dụng đất bùn nạo vét công khai (ghi khối lượng, nơi đổ, ai được dùng) để công trình làm tiếp được.",
        {"oUo021": 2, "oUo033": 2, "oUo022": 1, "oUo026": 1, "oUo002": 1, "oUo010": 1, "oUo023": 1},
    ),
    (
        "oUn13",
        "en",
        "tuoitre_thi_vai",
        "Testing and safe disposal of dredged sediment after farmers report pollution",
        "A company dredging a river channel near Duyen Hai (Tra Vinh) has suspended work after downstream farmers blamed "
        "it for polluted water and losses. We need sampling and chemical analysis of the dredged sediment and a plan for "
        "where and how the spoil can be disposed of or reused safely, so compensation and restart decisions rest on data.",
        {"oUo030": 2, "oUo035": 2, "oUo034": 2, "oUo031": 1, "oUo024": 1, "oUo025": 1},
    ),
    (
        "oUn14",
        "vi",
        "aijr_reuse",
        "Thiếu đất đắp nền đường, muốn dùng bùn nạo vét kênh gia cố xi măng",
        "Ban quản lý dự án giao thông huyện Cầu Kè (Trà Vinh) cần lượng lớn đất đắp nền đường và bờ bao, trong khi đất đồi, cát "
        "sông ngày càng khan. Bùn nạo vét kênh có sẵn nhưng yếu, nhiều nước. Cần công nghệ làm khô và gia cố bùn nạo vét bằng "
        "xi măng hoặc chất kết dính để đạt cường độ đắp nền, kèm thí nghiệm kiểm chứng.",
        {"oUo022": 2, "oUo028": 2, "oUo026": 2, "oUo126": 2, "oUo029": 1, "oUo027": 1, "oUo032": 1, "oUo023": 1},
    ),
    # river-bank erosion: assessment
    (
        "oUn15",
        "vi",
        "ktmt_long_tri",
        "Đánh giá nguyên nhân và diễn biến sạt lở cù lao Long Trị",
        "UBND xã Long Đức (TP Trà Vinh): tỉnh đã công bố tình huống khẩn cấp sạt lở bờ sông khu vực cù lao ấp Long Trị, tổng "
        "chiều dài 4,7 km, nhiều đoạn ăn sâu 20–30 m. Xã cần đơn vị khảo sát dòng chảy, đánh giá nguyên nhân, dự báo diễn biến "
        "lòng sông Cổ Chiên quanh cù lao để đề xuất giải pháp bảo vệ phù hợp kinh phí.",
        {"oUo039": 2, "oUo037": 2, "oUo038": 2, "oUo036": 2, "oUo041": 2, "oUo040": 1, "oUo054": 1},
    ),
    (
        "oUn16",
        "en",
        "vnn_landslides_alarming",
        "Province-wide inventory and cause analysis of riverbank landslide spots",
        "The disaster prevention committee of Vinh Long wants an inventory of landslide spots along rivers and canals and "
        "an analysis of why they are multiplying. Regional figures show 99 spots in 2010 growing to 681 in 2019, blamed on "
        "weak young alluvial ground, houses and infrastructure on the banks, uncontrolled sand mining and less sediment "
        "from upstream. We need mapping and cause ranking to prioritise investment.",
        {"oUo036": 2, "oUo037": 2, "oUo040": 2, "oUo041": 2, "oUo042": 1},
    ),
    (
        "oUn17",
        "vi",
        "thvl_133_diem",
        "Xếp hạng nguy cơ 133 điểm sạt lở trước mùa lũ ở Vĩnh Long",
        "Ban chỉ huy phòng chống thiên tai tỉnh Vĩnh Long: từ đầu năm đã xảy ra 133 điểm sạt lở trong nội đồng và trên sông "
        "chính, mùa lũ diễn biến càng phức tạp, dân vùng nguy cơ rất lo. Cần công cụ theo dõi biến động bờ định kỳ và xếp hạng "
        "nguy cơ từng điểm để ưu tiên di dời, gia cố.",
        {"oUo041": 2, "oUo037": 2, "oUo043": 2, "oUo045": 1, "oUo036": 1},
    ),
    (
        "oUn18",
        "en",
        "odm_land_erosion",
        "How much do sand mining and sediment loss drive erosion on the Co Chien?",
        "The agriculture department of Tra Vinh needs evidence for the province's erosion plan: experts say the delta loses "
        "about 50 m of land a year in places, and that since 2005 erosion has outpaced accretion because of sand shortage, "
        "sediment trapped by dams and mass sand mining. We want a study quantifying sand extraction and the sediment "
        "budget on the Co Chien and Hau branches and their link to bank erosion.",
        {"oUo042": 2, "oUo112": 2, "oUo039": 1, "oUo113": 2, "oUo036": 1},
    ),
    (
        "oUn19",
        "vi",
        "thvl_tra_ngoa",
        "Đê bao kết hợp đường ven sông Trà Ngoa sạt nhiều đoạn",
        "UBND xã Trà Côn, huyện Trà Ôn (Vĩnh Long): hơn một tháng qua tuyến đê bao kết hợp đường giao thông nông thôn cặp sông "
        "Trà Ngoa sạt lở nhiều đoạn, ảnh hưởng đi lại và sản xuất. Cần đơn vị khảo sát xác định nguyên nhân (dòng chảy, tải "
        "trọng, nền đất) để chọn cách xử lý cho từng đoạn.",
        {"oUo037": 2, "oUo038": 2, "oUo070": 1, "oUo069": 1, "oUo060": 1},
    ),
    # monitoring erosion and subsidence
    (
        "oUn20",
        "vi",
        "znews_thanh_long",
        "Quan trắc đê bao cồn Thanh Long bằng flycam để cảnh báo sớm",
        "UBND xã Quới Thiện (Vũng Liêm, Vĩnh Long): khoảng 1 giờ sáng 5/12 đê bao cồn Thanh Long ở ấp Phước Lý Nhì sạt khoảng "
        "20 m, cách điểm sạt trước 50 m, nằm trong đoạn 225 m đã công bố khẩn cấp; nước tràn cuốn nhà dưới một hộ, ảnh hưởng "
        "khoảng 15 ha cây ăn trái. Cần dịch vụ bay chụp, đo bờ định kỳ để phát hiện sớm vết nứt, đoạn có nguy cơ tiếp theo.",
        {"oUo044": 2, "oUo043": 2, "oUo045": 2, "oUo047": 1, "oUo046": 1, "oUo055": 1},
    ),
    (
        "oUn21",
        "en",
        "vov_vl_satlo",
        "Drone-based periodic surveys of river banks with known accuracy",
        "The irrigation sub-department of Vinh Long reports that within about a month at the start of the rainy season "
        "many landslides damaged houses and property across the province, and expects worse. It wants a contractor to fly "
        "repeat drone surveys of priority river and canal banks, produce elevation models with stated accuracy and "
        "measure bank retreat between flights.",
        {"oUo043": 2, "oUo046": 2, "oUo047": 2, "oUo044": 2, "oUo059": 1, "oUo045": 1},
    ),
    (
        "oUn22",
        "vi",
        "tintuc_sutlun",
        "Bản đồ sụt lún để quy hoạch khai thác nước ngầm ở Trà Vinh",
        "Công ty cấp thoát nước Trà Vinh cần số liệu sụt lún đất theo khu vực: toàn ĐBSCL được cho là đang lún gần 2,5 cm mỗi "
        "năm, chủ yếu do khai thác nước ngầm. Công ty muốn bản đồ tốc độ lún quanh các giếng khai thác và khu đô thị để điều "
        "chỉnh lưu lượng bơm, chọn vị trí giếng mới.",
        {"oUo048": 2, "oUo049": 2, "oUo050": 2, "oUo053": 2, "oUo052": 1},
    ),
    (
        "oUn23",
        "en",
        "ktmt_sutlun",
        "Differential subsidence map for Tra Vinh city infrastructure",
        "The urban planning office of Tra Vinh city sees cracks in roads, drains and buildings and suspects uneven "
        "subsidence; experts warn that over-pumping groundwater lowers pore pressure and speeds subsidence to several "
        "centimetres a year. We need satellite-based subsidence mapping combined with field checks to locate the areas and "
        "structures most at risk.",
        {"oUo050": 2, "oUo048": 2, "oUo049": 2, "oUo052": 1, "oUo053": 1},
    ),
    (
        "oUn24",
        "vi",
        "baoanhdatmui_sutlun",
        "Duong ven kenh lun nut khi kenh kho nuoc o Cau Ngang",
        "Ap o xa Hiep Hoa, huyen Cau Ngang (Tra Vinh): mua kho nuoc duoi cac tuyen kenh kho kiet, duong nong thon doc kenh bi lun, "
        "nut, co doan sup xuong kenh. Can don vi do dac, theo doi lun cua duong va bo kenh de biet toc do lun, doan nao nguy "
        "hiem, va nen nang cao trinh bao nhieu.",
        {"oUo053": 2, "oUo048": 2, "oUo052": 1, "oUo044": 1},
    ),
    (
        "oUn25",
        "en",
        "saigon247_thuong_thoi",
        "Underwater scour survey at the toe of a failing embankment on the Mang Thit",
        "A section of the Mang Thit river embankment in Vung Liem (Vinh Long) keeps collapsing even after repair, "
        "threatening the road and houses behind it. Before designing a fix, the owner needs a bathymetric survey of the "
        "river bed along the toe to find scour holes, with repeat surveys to see whether they deepen.",
        {"oUo054": 2, "oUo057": 2, "oUo058": 2, "oUo056": 2, "oUo055": 2, "oUo043": 1},
    ),
    (
        "oUn26",
        "vi",
        "dathop_2ky",
        "Can may do sau hoi am do long kenh truoc va sau nao vet",
        "Cong ty thuy loi o Tra Vinh can do do sau long kenh truoc va sau khi nao vet de nghiem thu khoi luong. Muon mua hoac "
        "thue may do sau hoi am (don tia hoac da tia) gan tren ghe, co dinh vi de ve mat cat va binh do day kenh, va duoc huong "
        "dan cach do.",
        {"oUo055": 2, "oUo056": 2, "oUo057": 1, "oUo058": 1, "oUo054": 1},
    ),
    # embankments and revetments
    (
        "oUn27",
        "vi",
        "vnexpress_tra_on_ke",
        "Kè sông Măng Thít sạt khi bơm cát sau lưng kè: cần tư vấn nguyên nhân và gia cố",
        "Ban quản lý dự án (Trà Ôn, Vĩnh Long): đoạn kè chống sạt lở bờ sông Măng Thít dài 900 m, cao 3 m, cách chân cầu Trà Ôn "
        "khoảng 200 m sạt ăn sâu 15 m khi vừa xong tường kè và bơm cát vào phía trong, làm sập một căn nhà, ảnh hưởng 14 hộ. "
        "Dự án đê bao dọc sông dài hơn 47 km, vốn hơn 1.450 tỷ đồng. Cần tư vấn độc lập xác định nguyên nhân và giải pháp gia cố "
        "chân kè, ổn định khối đắp.",
        {"oUo037": 2, "oUo067": 2, "oUo029": 2, "oUo064": 1, "oUo061": 1, "oUo054": 1},
    ),
    (
        "oUn28",
        "en",
        "mtdl_lang_the",
        "Cost-effective revetment for 1.1 km of the Lang The River road",
        "Cang Long district (Tra Vinh) will protect a 1.1 km stretch along the Lang The River in Dai Phuoc commune where "
        "the district road runs on the bank; the budget is about VND 60 billion for 2020-2022. We are looking for "
        "revetment systems such as concrete block mattresses that are durable, flexible on soft soil and cheaper than a "
        "full retaining wall.",
        {"oUo061": 2, "oUo063": 2, "oUo064": 2, "oUo062": 2, "oUo065": 2, "oUo060": 1, "oUo071": 1},
    ),
    (
        "oUn29",
        "vi",
        "vnplus_tv_phase3",
        "Giải pháp rẻ hơn cho 300 m kè còn lại ở thị trấn Định An",
        "Thị trấn Định An (Trà Cú, Trà Vinh) có tuyến kè bờ sông dài 910 m, tổng vốn 190 tỷ đồng, còn khoảng 300 m chưa làm "
        "(giai đoạn 3 khoảng 30 tỷ). Người dân ven sông vẫn lo sạt lở và mặn. Cần giải pháp chi phí thấp hơn tường kè, ví dụ kè "
        "mỏ hàn gây bồi, đẩy dòng chảy ra xa bờ.",
        {"oUo060": 2, "oUo123": 2, "oUo067": 1, "oUo061": 1},
    ),
    (
        "oUn30",
        "en",
        "vnplus_co_chien_p2",
        "Vegetated revetment for 760 m of Co Chien bank at Long Tri islet",
        "The second phase of the Long Tri embankment (Long Duc commune, Tra Vinh city) covers 760 m along the Co Chien "
        "River, with VND 88 billion; the first 717 m are done. The bank protects fruit gardens and an eco-tourism area, so "
        "we prefer a revetment that lets grass and plants grow through it rather than bare concrete.",
        {"oUo063": 2, "oUo061": 2, "oUo062": 2, "oUo089": 1, "oUo085": 1},
    ),
    (
        "oUn31",
        "en",
        "irrawaddy_bentre",
        "Affordable protection under a riverside shop-house in Chau Thanh",
        "A shopkeeper on the Co Chien bank in Chau Thanh district (Tra Vinh) lost the back half of her house into the "
        "river one night: kitchen, laundry and two bedrooms. She has stuffed coconut husks and old tyres under the rest "
        "of the house. She needs a sturdier, affordable way to hold the bank under the house that a small crew can build.",
        {"oUo069": 2, "oUo094": 2, "oUo066": 2, "oUo072": 2, "oUo073": 2, "oUo068": 1},
    ),
    (
        "oUn32",
        "vi",
        "coastalcare_sand",
        "Bờ ao cá tra sát sông Hậu bị sụt vì hút cát gần bờ",
        "Hộ nuôi cá tra ở xã An Phú Tân (Cầu Kè, Trà Vinh): tường bờ ao giáp sông Hậu đổ sụp xuống sông, theo hộ dân là do ghe "
        "hút cát vào sát bờ làm lòng sông ngày càng sâu, đuổi đi ban ngày thì ban đêm quay lại. Cần gia cố gấp bờ ao bằng giải "
        "pháp nhanh, giá vừa phải.",
        {"oUo072": 2, "oUo070": 2, "oUo069": 1, "oUo111": 1, "oUo113": 1},
    ),
    (
        "oUn33",
        "vi",
        "thvl_con_giong_ke",
        "Kè kiên cố 170 m đê bao Cồn Giông còn lại",
        "Phường Tân Hội (TP Vĩnh Long): tuyến đường đan kết hợp đê bao Cồn Giông khóm Tân Thạnh từng sạt khoảng 500 m; 300 m đã "
        "được kè kiên cố năm 2019, còn 170 m đang chuẩn bị đầu tư. Cần nhà cung cấp giải pháp kè lát mái bằng khối bê tông hoặc "
        "thảm bê tông bền, thi công được trên nền đất yếu.",
        {"oUo062": 2, "oUo065": 2, "oUo061": 2, "oUo060": 1, "oUo067": 1},
    ),
    (
        "oUn34",
        "en",
        "baomoi_tich_thien",
        "Emergency works for an 80 m bank collapse by Tich Thien market",
        "Vinh Long province has declared an emergency for an 80 m landslide on the Tra On river bank in Tich Loc hamlet, "
        "Tich Thien commune (Tra On district), between the market and the secondary school. The commune needs materials and "
        "a method it can deploy in days to stop the slip from spreading before permanent works.",
        {"oUo073": 2, "oUo071": 2, "oUo074": 2, "oUo072": 2, "oUo069": 1, "oUo080": 1},
    ),
    # geotextile bags and soft embankments
    (
        "oUn35",
        "vi",
        "bvl_ke_mem",
        "Làm kè mềm bao cát vải địa kỹ thuật 60 m bờ sông Long Hồ",
        "Nhóm hộ dân ấp Long Thuận B, xã Long Phước (Long Hồ, Vĩnh Long) muốn làm kè mềm cho khoảng 60 m bờ sông Long Hồ, sau "
        "khi thấy mô hình thí điểm 50 m gần đó (kinh phí 500 triệu đồng, thi công 22 ngày, chỉ cần một xe cuốc và vài nhân "
        "công): đóng cừ tràm, trải vải địa kỹ thuật, xếp bao cát giật cấp. Cần nơi cung cấp bao, vải và hướng dẫn thi công.",
        {"oUo070": 2, "oUo072": 2, "oUo076": 2, "oUo071": 2, "oUo073": 2, "oUo078": 1, "oUo080": 1, "oUo079": 1},
    ),
    (
        "oUn36",
        "en",
        "odm_can_tho_erosion",
        "Rice mill yard slid into the canal: quick bank stabilization needed",
        "Our rice mill in Tieu Can (Tra Vinh) lost part of its yard and the back of the mill when a 31 m wide, 5 m deep "
        "stretch of bank slid into the canal, as has happened elsewhere in the delta this rainy season. Landslides now come "
        "earlier than the August to November flood months. We need a fast, temporary-to-permanent bank stabilization "
        "system before the floods.",
        {"oUo073": 2, "oUo074": 2, "oUo071": 2, "oUo072": 2, "oUo077": 1, "oUo080": 1},
    ),
    (
        "oUn37",
        "en",
        "odm_kandal_geobag",
        "Geotech bag wall with sand infill for an eroding village bank in Tra Cu",
        "A commune in Tra Cu district (Tra Vinh) plans to shore up a stretch of river bank where dozens of families live: "
        "stack sand-filled geotech bags along the bank, then pump sand into the space behind them to stop further "
        "collapse. It needs bag suppliers and a design check of the bag wall.",
        {"oUo071": 2, "oUo073": 2, "oUo077": 2, "oUo072": 2, "oUo075": 1, "oUo078": 1},
    ),
    (
        "oUn38",
        "vi",
        "viettopreview_vai",
        "Can don vi trai vai dia ky thuat duoi nuoc lam ke bo kenh",
        "Cong trinh ke bo kenh o Vung Liem (Vinh Long) phai trai vai dia ky thuat duoi nuoc truoc khi do da. Chu dau tu can "
        "don vi tu van ky thuat trai vai dung tieu chuan: chon loai vai, kiem tra chung chi chat luong, dinh vi, chong chong "
        "mi, nghiem thu.",
        {"oUo078": 2, "oUo067": 1, "oUo074": 1, "oUo080": 1, "oUo070": 1},
    ),
    (
        "oUn39",
        "en",
        "wwwiso_kenh_xang",
        "Interim protection for Kenh Xang banks eroding after channel works in Duyen Hai",
        "Households in Dan Thanh and Long Toan communes (Duyen Hai, Tra Vinh) say the Kenh Xang banks have been eroding "
        "since works for the deep-water navigation channel into the Hau River, and compensation for lost land is still "
        "disputed. Until permanent works come, they need a cheap interim bank protection they can install themselves.",
        {"oUo071": 2, "oUo073": 2, "oUo070": 2, "oUo124": 2, "oUo094": 1, "oUo069": 1},
    ),
    # plant-based bank protection
    (
        "oUn40",
        "vi",
        "bvl_co_chien_man",
        "Cây chịu lợ giữ bờ đê bao liên hộ ở cù lao Hòa Minh",
        "Các hộ ở cù lao Hòa Minh (Châu Thành, Trà Vinh) nương theo con nước 'mặn nuôi tôm, ngọt trồng lúa'; đê bao liên hộ và "
        "bờ vườn ven sông Cổ Chiên bị sóng đánh lở dần, mùa khô độ mặn lên 3–4‰. Cần tư vấn và cây giống chịu lợ (dừa nước, "
        "bần…) để trồng giữ bờ, kết hợp cách làm rẻ tiền.",
        {"oUo086": 2, "oUo087": 2, "oUo093": 2, "oUo088": 2, "oUo081": 1},
    ),
    (
        "oUn41",
        "en",
        "vnplus_tv_11mln",
        "Bank-stabilizing planting programme for Tra Vinh communes",
        "Tra Vinh has earmarked VND 260 billion for river and sea embankments to 2023, and the province's agriculture "
        "department must also plant trees to protect river banks and coastlines. We need suppliers of bank-stabilizing "
        "plant systems and training so commune staff can plant and maintain them along eroding river banks.",
        {"oUo082": 2, "oUo088": 2, "oUo086": 2, "oUo081": 2, "oUo089": 1, "oUo090": 1},
    ),
    (
        "oUn42",
        "vi",
        "hawaii_vetiver",
        "Can giong co vetiver trong giu bo muong vuon o Tam Binh",
        "Nha vuon o Tam Binh (Vinh Long): sau mua nuoc lon bo muong vuon bi lo, mat nhieu dat. Nghe noi co vetiver re sau giu "
        "dat tot, lai khong lan thanh co dai. Can mua giong va duoc chi cach trong thanh hang sat mep bo muong.",
        {"oUo084": 2, "oUo081": 2, "oUo085": 1, "oUo082": 1, "oUo092": 1},
    ),
    (
        "oUn43",
        "en",
        "evn_nipa",
        "Nipa palm belt to shield an estuary hamlet from storms and bank erosion",
        "A hamlet on an estuary canal in Long Hoa commune (Chau Thanh, Tra Vinh) wants to plant a nipa palm belt along its "
        "banks, following the example of a central-coast village that grew its nipa forest from 3.5 ha to 120 ha; nipa "
        "roots reach about 1.5 m into the mud and the leaves can be sold for thatch. We need seedlings and planting "
        "guidance that follows the tides.",
        {"oUo088": 2, "oUo093": 2, "oUo086": 2, "oUo087": 1, "oUo082": 1},
    ),
    # sluice gates and small locks
    (
        "oUn44",
        "vi",
        "thvl_tra_on_man",
        "Cống đóng mở theo độ mặn, có quan trắc tự động ở Trà Ôn",
        "Nông dân huyện Trà Ôn (Vĩnh Long): độ mặn ngoài sông liên tục cao nên cống ngăn mặn không mở được, phần lớn nước trữ "
        "trên kênh nội đồng đã cạn. Xã cần giải pháp đo mặn liên tục và đóng mở cống kịp lúc nước ngọt về, thay cho việc canh "
        "thủ công.",
        {"oUo051": 2, "oUo105": 2, "oUo095": 1, "oUo096": 1, "oUo134": 1, "oUo098": 1},
    ),
    (
        "oUn45",
        "en",
        "saigontimes_kg_sluice",
        "Navigation lock and signalling at a salinity sluice on a busy canal",
        "When salinity sluices close in the dry season on our route in Tra Vinh, cargo boats must wait or queue at the only "
        "lock, and the waterway authority restricts traffic for days. Our transport cooperative asks for a lock with "
        "automated control and signalling so boats can pass safely while the sluice keeps salt water out.",
        {"oUo099": 2, "oUo097": 2, "oUo098": 2, "oUo105": 1, "oUo100": 1},
    ),
    (
        "oUn46",
        "vi",
        "baomoi_cong_ngan_lu",
        "Cống chắn vàm rạch làm ghe xuồng không qua được ở Long Hồ",
        "Nhà vườn ở Long Hồ (Vĩnh Long) kêu khổ vì cống chắn ngang vàm rạch, ghe xuồng chở trái cây không ra vào được khi cống "
        "đóng. Cần kiểu cống có âu thuyền nhỏ hoặc cửa van mở nhanh để vừa ngăn mặn, ngăn triều vừa giữ được giao thông thủy.",
        {"oUo098": 2, "oUo099": 2, "oUo097": 2, "oUo096": 1},
    ),
    (
        "oUn47",
        "en",
        "thvl_cong_cao",
        "Drainage culvert sill above water level blocks outflow from shrimp ponds",
        "In a shrimp area of Duyen Hai (Tra Vinh) a newly built drainage culvert on the canal was set so high that its "
        "sill sits above the water, so instead of draining it blocks the flow and ponds cannot discharge. The cooperative "
        "needs a redesigned tidal gate with the right sill level and opening size for supply and drainage.",
        {"oUo102": 2, "oUo096": 2, "oUo101": 2, "oUo095": 1, "oUo104": 1},
    ),
    (
        "oUn48",
        "vi",
        "fao_sluice",
        "Cong dau ruong bi hu, nuoc man tran vao ruong",
        "To hop tac o xa Ngu Lac (Duyen Hai, Tra Vinh): cong nho dau ruong bi hu cua, nuoc man tran vao, nuoc ngot trong ruong "
        "chay ra, ruong lai thap de ngap. Can tho gia cong cua cong thep moi va lap dat lai cho kin.",
        {"oUo103": 2, "oUo104": 2, "oUo096": 1, "oUo101": 1},
    ),
    (
        "oUn49",
        "en",
        "vnews_tv_han_man",
        "Remote operation of salinity-control sluices in Tra Vinh",
        "Tra Vinh's irrigation company runs the salinity-control and freshwater-storage sluices that kept water for all "
        "planned rice land through the last peak of drought and salt intrusion, but gates are still operated on site by "
        "hand. It wants automatic water-level and salinity stations and remote gate control under an approved operating "
        "procedure.",
        {"oUo051": 2, "oUo125": 2, "oUo106": 2, "oUo097": 1, "oUo095": 1},
    ),
    (
        "oUn50",
        "vi",
        "moitruong_tv_man",
        "Lập quy trình vận hành cống đầu mối theo ngưỡng mặn",
        "Sở Nông nghiệp Trà Vinh: tỉnh nằm cuối nguồn tiếp ngọt sông Hậu và giáp biển nên xâm nhập mặn, khô hạn tác động rất "
        "lớn. Cần đơn vị tư vấn lập quy trình vận hành các cống đầu mối theo ngưỡng độ mặn, mực nước, phân rõ trách nhiệm đóng "
        "mở giữa tỉnh, huyện và xã.",
        {"oUo106": 2, "oUo105": 2, "oUo051": 2, "oUo134": 1},
    ),
    (
        "oUn51",
        "vi",
        "phunu_binh_thanh",
        "Thay đập tạm ngăn mặn hằng năm bằng cống kiên cố ở Trà Cú",
        "Xã ven kênh ở Trà Cú (Trà Vinh): mùa khô triều cường, gió chướng đẩy mặn vào sâu, năm nào xã cũng phải đắp đập dã chiến "
        "đầu kênh rồi phá đi khi mưa về. Một cống kiên cố được báo giá trên 11 tỷ đồng, vượt sức địa phương. Cần thiết kế cống "
        "ngăn mặn kiên cố giá hợp lý, vận hành được quanh năm.",
        {"oUo107": 2, "oUo095": 2, "oUo096": 2, "oUo100": 1},
    ),
    # sand mining rules
    (
        "oUn52",
        "vi",
        "thanhnien_cat_co_chien",
        "Phát hiện, xử lý hút cát trộm trên sông Cổ Chiên ở Hưng Mỹ",
        "Công an xã Hưng Mỹ (Châu Thành, Trà Vinh): tuần tra ban đêm bắt được ghe gỗ khoảng 35 tấn gắn máy bơm hút gần 20 m3 "
        "cát trái phép trên sông Cổ Chiên, chủ ghe bị phạt 40 triệu đồng và buộc bơm trả lại cát. Xã cần cách theo dõi khu vực và "
        "khối lượng cát bị hút trộm theo thời gian; có thêm tài liệu phổ biến mức phạt cho dân thì càng tốt.",
        {"oUo113": 2, "oUo112": 2, "oUo115": 2, "oUo110": 1, "oUo109": 1},
    ),
    (
        "oUn53",
        "en",
        "thvl_khai_thac_cat",
        "Residents fear losing homes to nearby sand mining: legal check needed",
        "Riverside households in Cau Ke (Tra Vinh) say banks near their homes collapse faster since sand extraction "
        "intensified on the Hau River. Their association wants a legal check of whether nearby extraction respects the "
        "safe distance from the bank, permitted depth and area, and how to file a complaint and request suspension.",
        {"oUo111": 2, "oUo108": 2, "oUo110": 2, "oUo114": 1, "oUo042": 1},
    ),
    (
        "oUn54",
        "vi",
        "nghean24h_bom_cat",
        "Bến cát bơm cát đè lên đất sản xuất của dân ở Trà Cú",
        "Hàng chục hộ ở một ấp ven sông thuộc huyện Trà Cú (Trà Vinh) có đất canh tác trên bãi bồi: một doanh nghiệp mở bến tập "
        "kết cát không phép gần đó tự ý bơm cát đè lên ruộng, lấn cả sân bóng của xã. Các hộ cần tư vấn pháp lý về quy định khai "
        "thác, kinh doanh cát và mức xử phạt để gửi đơn đúng nơi.",
        {"oUo108": 2, "oUo109": 2, "oUo110": 1, "oUo111": 1},
    ),
    (
        "oUn55",
        "en",
        "quochoi_cat",
        "Licence and compliant extraction plan for river sand in Tra Vinh",
        "A construction materials company in Tra Vinh wants to mine river sand legally. Illegal sand mining has caused bank "
        "collapses and changed river flows across the country and was raised in parliament, so the province scrutinises "
        "applications. We need help with the licence file and an extraction plan that keeps safe distance from the banks.",
        {"oUo111": 2, "oUo108": 2, "oUo042": 1, "oUo112": 1},
    ),
    (
        "oUn56",
        "vi",
        "gdla_cat",
        "Quy định khai thác cát ở đoạn sông giáp ranh Trà Vinh và Bến Tre",
        "Tổ hợp tác vận tải cát ở Càng Long (Trà Vinh) hoạt động trên đoạn sông Cổ Chiên giáp ranh Bến Tre, nơi hay có cảnh 'bắt "
        "cóc bỏ đĩa' giữa hai tỉnh. Cần tư vấn quy định quản lý cát sỏi lòng sông hiện hành và thủ tục để mua bán, khai thác đúng "
        "luật.",
        {"oUo108": 2, "oUo111": 2, "oUo109": 1},
    ),
    # boats on canals
    (
        "oUn57",
        "vi",
        "cand_tau_cao_toc",
        "Sóng tàu cao tốc làm sạt chân đê cù lao: cần đo đạc để kiến nghị giới hạn tốc độ",
        "UBND xã cù lao Hòa Minh (Châu Thành, Trà Vinh): từ khi có tuyến tàu cao tốc chạy qua, sóng đã làm sạt 37 đoạn chân đê "
        "dài 1.500 m, chìm 34 xuồng ghe, cuốn trôi lưới 11 lần; một hộ bỏ hơn 1 tỷ đồng làm kè bê tông vẫn bị đánh bay, mất "
        "khoảng 3.000 m2 đất. Xã cần đơn vị đo đạc tác động của sóng tàu lên bờ để có số liệu kiến nghị giới hạn tốc độ.",
        {"oUo117": 2, "oUo116": 2, "oUo120": 2, "oUo122": 2, "oUo118": 1, "oUo083": 1},
    ),
    (
        "oUn58",
        "en",
        "thanhnien_ca_vinh",
        "Tour boats to a pagoda erode the canal road: speed zoning and operator training",
        "In a commune of Chau Thanh district (Tra Vinh), boats carrying visitors to a pagoda run day and night along a "
        "canal; their waves have undercut the rural road and vegetable plots, and one resident fell into the canal when "
        "the bank gave way. The commune wants speed rules for the canal and training for boat operators.",
        {"oUo118": 2, "oUo119": 2, "oUo120": 2, "oUo121": 1, "oUo116": 1},
    ),
    (
        "oUn59",
        "vi",
        "baotintuc_tau_cao_toc",
        "Giảm sóng tàu đánh vào chân đê cồn bằng cây, lục bình",
        "Nhà vườn trên cồn ở xã An Phú Tân (Cầu Kè, Trà Vinh): tàu chạy nhanh qua sông Hậu tạo sóng làm vỡ nhiều đoạn kè chân đê, "
        "nhà sát chân đê có nguy cơ hư khi triều cường; người trồng vườn phải canh giờ tàu qua mới dám chở trái cây bằng xuồng. "
        "Cần giải pháp giảm sóng rẻ tiền ở chân đê như trồng cây, thả lục bình.",
        {"oUo091": 2, "oUo083": 2, "oUo087": 2, "oUo122": 1},
    ),
    (
        "oUn60",
        "en",
        "vietbao_song",
        "Speedboat waves at the Tra On floating market: wake rules for traders' safety",
        "Traders at the floating market on the Hau River near Tra On (Vinh Long) say passenger speedboats pass at full "
        "throttle, rocking 150 to 200 anchored cargo boats, bruising fruit and throwing buyers into the water. The market "
        "board wants wake-limiting speed rules for the market reach and awareness material for boat operators.",
        {"oUo118": 2, "oUo119": 2, "oUo120": 2, "oUo121": 1},
    ),
    # more erosion, protection and dredging needs
    (
        "oUn61",
        "en",
        "vnplus_tv_embank",
        "Prioritising more than 100 erosion sites in Tra Vinh",
        "Tra Vinh has more than 100 coastal and river bank erosion sites, including Long Hoa, Hoa Minh and Hung My in Chau "
        "Thanh and An Phu Tan and Ninh Thoi in Cau Ke; over VND 1 trillion has been spent on dykes and embankments without "
        "solving the problem. The province wants a map-based assessment that ranks river sites by erosion rate to target "
        "limited funds.",
        {"oUo036": 2, "oUo041": 2, "oUo037": 1, "oUo043": 1, "oUo070": 1},
    ),
    (
        "oUn62",
        "vi",
        "vnplus_vl_satlo",
        "Gia cố bờ kênh quanh cống thủy lợi bị sạt ở Vĩnh Long",
        "Công ty khai thác công trình thủy lợi Vĩnh Long: sạt lở lan rộng do dòng chảy thay đổi, triều cường làm nhiều công "
        "trình thủy lợi hư hại, đặc biệt bờ kênh hai bên mang cống bị khoét. Cần giải pháp gia cố mái bờ quanh cống (bao cát, "
        "khối bê tông, đá) thi công được khi cống vẫn vận hành.",
        {"oUo070": 2, "oUo065": 2, "oUo067": 2, "oUo096": 1},
    ),
    (
        "oUn63",
        "en",
        "thvl_cu_lao",
        "Early warning and low-cost measures for islet communes during flood season",
        "Islet communes on the Tien and Co Chien rivers in Long Ho (Vinh Long) suffer frequent landslides in the flood "
        "months, with heavy losses to orchards and homes. The district wants an early-warning service that spots bank "
        "cracks and retreat before collapse, so households can be moved in time.",
        {"oUo045": 2, "oUo043": 2, "oUo069": 1, "oUo086": 1},
    ),
    (
        "oUn64",
        "vi",
        "baomoi_tv_satlo",
        "Thi công khẩn cấp các điểm sạt lở bờ sông ở Trà Vinh",
        "Sở Nông nghiệp Trà Vinh: sạt lở bờ sông, bờ biển diễn ra nghiêm trọng, nhiều khu dân cư mất an toàn, công trình hạ tầng "
        "hư hại. Cần nhà thầu và vật liệu xử lý khẩn cấp các điểm sạt bờ sông trong mùa mưa (kè mềm bao cát, đá đổ) trước khi "
        "có vốn làm kè kiên cố.",
        {"oUo070": 2, "oUo072": 2, "oUo076": 2, "oUo067": 2, "oUo071": 1},
    ),
    (
        "oUn65",
        "en",
        "thvl_khac_phuc",
        "Low-cost materials and training for commune teams repairing small bank slips",
        "By end-September Vinh Long had 69 river bank landslides over more than 2,200 m, directly affecting 65 households; "
        "most were fixed by the 'four on-the-spot' local forces. Communes want cheap materials and a simple method their "
        "teams can use to repair small slips quickly.",
        {"oUo069": 2, "oUo094": 2, "oUo073": 2, "oUo072": 2, "oUo087": 1},
    ),
    (
        "oUn66",
        "vi",
        "vdocuments_kien_giang",
        "Nạo vét, mở rộng kênh dẫn nước ngọt về trạm bơm ở Duyên Hải",
        "Trạm cấp nước ở Duyên Hải (Trà Vinh): nhu cầu dùng nước tăng nhanh nhưng kênh dẫn nước ngọt về trạm bị bồi lắng, hẹp "
        "dần; mỗi năm có vài tuần cuối mùa khô nước ngọt không đủ. Cần đơn vị nạo vét, mở rộng đoạn kênh dẫn khoảng 3 km.",
        {"oUo007": 2, "oUo005": 2, "oUo006": 1, "oUo003": 1, "oUo070": 1},
    ),
    (
        "oUn67",
        "en",
        "cambodiadaily_dredging",
        "Independent study of a bank collapse blamed on nearby dredging",
        "In a hamlet of Vung Liem (Vinh Long) a 200 m by 20 m piece of bank collapsed just after seven or eight dredging "
        "vessels began working nearby; 15 families dismantled their homes and moved inland. The commune wants an "
        "independent study of whether the dredging caused the collapse.",
        {"oUo042": 2, "oUo039": 2, "oUo038": 2, "oUo040": 1, "oUo112": 1},
    ),
    (
        "oUn68",
        "vi",
        "thanhnien_828",
        "Luồng cửa sông bồi lại sau nạo vét: cần khảo sát độ sâu định kỳ",
        "Ngư dân cửa Cung Hầu (Duyên Hải, Trà Vinh): dù đã đầu tư 828 tỷ đồng nạo vét sông, tàu vẫn lo mắc cạn vì "
        "luồng bồi lại nhanh. Nghiệp đoàn cần đơn vị khảo sát độ sâu luồng định kỳ, công bố kết quả và nạo vét duy tu các đoạn "
        "cạn.",
        {"oUo054": 2, "oUo057": 2, "oUo055": 2, "oUo007": 2, "oUo008": 1},
    ),
    (
        "oUn69",
        "en",
        "viipip_cho_gao",
        "Dredging and bank protection on a congested inter-provincial canal",
        "The transport department of Tra Vinh wants to dredge a congested canal route linking Tra Vinh and Vinh Long and "
        "protect its banks from landslides, similar to the 28.5 km, 80 m wide Cho Gao canal where about 1,800 vessels of up "
        "to 1,000 DWT pass daily and the upgrade is costed at about VND 2 trillion. It needs dredging contractors with "
        "equipment for a busy channel.",
        {"oUo006": 2, "oUo008": 2, "oUo007": 2, "oUo061": 1, "oUo117": 1},
    ),
    (
        "oUn70",
        "en",
        "mekongfish_camau",
        "Canal banks crack and slump when canals dry out in drought",
        "In Cau Ngang (Tra Vinh) many canals nearly dried up in the hot season and their banks cracked and slumped into "
        "the bed along roads and fields, as happened at about 1,000 canal sites in Ca Mau. The commune wants cheap ways to "
        "hold canal banks along the roads before the next dry season.",
        {"oUo069": 2, "oUo087": 2, "oUo053": 1, "oUo044": 1, "oUo070": 1},
    ),
    (
        "oUn71",
        "vi",
        "thvl_con_giong",
        "Đánh giá dòng chảy uy hiếp hơn 100 hộ ven sông Tiền ở Cồn Giông",
        "Xã Tân Hội (TP Vĩnh Long): tuyến đê bao kết hợp đường giao thông ở Cồn Giông chịu triều cường dâng cao và dòng chảy thay "
        "đổi, sạt lở ngày càng nặng, đe dọa hơn 100 hộ ven sông Tiền. Cần đo đạc dòng chảy, đánh giá xu thế xói bồi và theo dõi "
        "bờ để chọn vị trí ưu tiên gia cố.",
        {"oUo038": 2, "oUo039": 2, "oUo044": 2, "oUo045": 1},
    ),
    (
        "oUn72",
        "en",
        "vnplus_tra_noc",
        "Two-kilometre urban river embankment for Tra Vinh city",
        "Tra Vinh city plans a 2 km embankment along an eroding urban river where more than 120 households are "
        "threatened and illegal encroachment on the bank must stop; a comparable project cost VND 270 billion. We seek "
        "durable block or mattress revetment systems and design support.",
        {"oUo061": 2, "oUo063": 2, "oUo064": 2, "oUo062": 2, "oUo066": 1},
    ),
    (
        "oUn73",
        "vi",
        "danviet_de_lun",
        "Đê bao ven sông lún nứt nhiều điểm ở Duyên Hải",
        "Ban quản lý đê ở Duyên Hải (Trà Vinh): tuyến đê bao ven sông trị giá hàng trăm tỷ liên tục sụt lún, nứt toác nhiều "
        "điểm, có đoạn đã tràn khi triều cường kết hợp sóng. Cần quan trắc lún để biết tốc độ và nguyên nhân, từ đó chọn cách "
        "gia cố.",
        {"oUo053": 2, "oUo048": 2, "oUo029": 1, "oUo044": 1},
    ),
    (
        "oUn74",
        "en",
        "straitstimes_sand",
        "Bathymetric evidence of riverbed hollowing by sand dredgers",
        "A fishermen's cooperative in Tra Cu (Tra Vinh) says sand dredgers are hollowing out the river bed, turning gentle "
        "slopes into steep banks and making it harder to take water for crops. It wants an independent bathymetric survey "
        "and an estimate of extracted volumes to bring to the authorities.",
        {"oUo054": 2, "oUo057": 2, "oUo056": 2, "oUo112": 2, "oUo113": 1},
    ),
    (
        "oUn75",
        "vi",
        "vtv8_tau_be",
        "Tập huấn tài công giảm sóng để tránh gây sạt lở, bồi thường",
        "HTX vận tải thủy ở Trà Vinh: dân ven sông phản ánh mỗi khi tàu của HTX chạy qua là sóng đánh sạt đất, chìm xuồng; ở vùng lân cận "
        "sóng tàu đã làm sạt 37 đoạn chân đê. HTX muốn tập huấn tài công về trách nhiệm với sóng tàu, cách giảm tốc ở đoạn nhạy cảm để tránh bị "
        "khiếu nại, bồi thường.",
        {"oUo119": 2, "oUo118": 2, "oUo120": 1, "oUo121": 1},
    ),
]
