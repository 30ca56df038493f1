"""Needs of the holdout36 labelled set: (id, language, source key, title, description, {offer id: grade}).

Written the way farmers, cooperatives and small firms of Tra Vinh and Vinh Long post them; grades:
2 = the offer would solve the need, 1 = partly relevant, unlisted = not relevant. Written blind.
"""

NEEDS = [
    (
        "jLn01",
        "vi",
        "s_greenhouse",
        "Muốn làm ao tôm có mái che để thả dày hơn",
        "Nhà tôi ở Hiệp Thạnh, Duyên Hải có 5.000 m2 ao tôm thẻ. Mùa mưa nước lạnh đột ngột, thả 100 con/m2 là tôm rớt đáy, vụ nào cũng hao. "
        "Muốn làm ao tròn có mái che kín để thả 200-300 con/m2 như mấy trại ở Bạc Liêu, cần người thiết kế và tính giúp tiền đầu tư, bao lâu thì huề vốn.",
        {"jLo001": 2, "jLo123": 2, "jLo005": 1, "jLo107": 1},
    ),
    (
        "jLn02",
        "en",
        "s_uong_tepbac",
        "Young shrimp vanish in the first weeks after stocking",
        "We are a family farm in Cau Ngang and stock PL12 straight into 3,000 m2 earthen ponds. By day 20 the cast net shows fewer than half of what we put in. "
        "We want a small protected pond or tank near the big ponds to keep the babies safe for two or three weeks first, and need the layout and how to run it.",
        {"jLo004": 2, "jLo107": 2, "jLo005": 2, "jLo108": 2},
    ),
    (
        "jLn03",
        "vi",
        "s_biosipec",
        "Ương tôm giống mà nước kênh bẩn, không dám thay nước",
        "Tổ hợp tác ở Mỹ Long Bắc, Cầu Ngang muốn ương tôm giống tập trung rồi chia cho các hộ. Nước kênh chung nhiều mầm bệnh, mùa mưa đục, thay nước là tôm bệnh. "
        "Cần cách ương 3-4 tuần gần như không lấy nước ngoài, nước dùng lại được mà vẫn sạch khí độc.",
        {"jLo005": 2, "jLo108": 2, "jLo004": 1, "jLo107": 1, "jLo094": 1},
    ),
    (
        "jLn04",
        "en",
        "s_vietgap",
        "Processing plant wants a certificate before buying our shrimp",
        "Our cooperative of 30 households in Long Huu, Duyen Hai sells whiteleg shrimp to traders at a low price. A seafood plant in Soc Trang would pay more but asks for good-practice certification. "
        "We need someone to guide us on what to build and record, and how long it takes.",
        {"jLo105": 2, "jLo003": 2, "jLo044": 1},
    ),
    (
        "jLn05",
        "vi",
        "s_tiengiang",
        "Ao nuôi tôm thẻ năng suất lên xuống thất thường",
        "Tôi nuôi 4 ao ở Cầu Ngang, mỗi ao khoảng 2.500 m2, thả 70-80 con/m2. Có vụ thu 60 con/kg, có vụ chết giữa chừng. "
        "Chưa có ao lắng riêng, nước bơm từ kênh vào xử lý sơ sơ rồi thả. Cần một quy trình nuôi bài bản từ lấy nước, thả giống đến cho ăn.",
        {"jLo106": 2, "jLo002": 2, "jLo003": 1, "jLo105": 1},
    ),
    (
        "jLn06",
        "vi",
        "s_biofloc_bt",
        "Muốn nuôi tôm ít thay nước vì nước ngoài kênh hay có dịch",
        "Ấp Cồn Cù, Cầu Ngang mấy năm nay nước kênh hay có dịch, ai thay nước là dính bệnh. "
        "Nghe nói có cách cho mật đường vào ao để nuôi gần như không thay nước mà nước vẫn sạch, tôm còn ăn được chất thải. Cần người hướng dẫn cụ thể và so sánh lời lỗ với cách nuôi cũ.",
        {"jLo006": 2, "jLo093": 2, "jLo094": 1, "jLo007": 1},
    ),
    (
        "jLn07",
        "en",
        "s_ctu_ras",
        "Not enough good water in the dry season",
        "Our 2 ha farm in Duyen Hai depends on one canal; from February to May salinity swings and the water carries disease. "
        "We want to keep and reuse the same water across several crops, with ponds set aside to clean it, and only top up what evaporates.",
        {"jLo007": 2, "jLo094": 2, "jLo008": 2, "jLo009": 2, "jLo006": 1, "jLo093": 1},
    ),
    (
        "jLn08",
        "vi",
        "s_giz_ras",
        "Trai tom 1,5 ha muon nuoi tuan hoan nuoc",
        "Trai minh o Tra Cu 1,5 ha, khong lon khong nho. Thay nuoc nhieu qua ton dien ma benh van vo theo nuoc. "
        "Muon lam he thong xu ly roi bom nuoc quay lai ao, co mo hinh nao lam thu roi cho di xem va ho tro ky thuat khong.",
        {"jLo008": 2, "jLo094": 2, "jLo007": 2, "jLo009": 1},
    ),
    (
        "jLn09",
        "vi",
        "s_quat_tsvn",
        "Tiền điện chạy quạt cao mà đáy ao vẫn dơ",
        "Nhà có 4 ao tôm lót bạt ở Châu Thành, mỗi ao 2.000 m2, tháng nào tiền điện quạt cũng vài chục triệu. "
        "Xi phông mà chất thải không gom vào giữa ao, nằm rải rác khắp đáy. Cần người xuống xem cách đặt dàn quạt, chạy giờ nào cho đỡ tốn điện.",
        {"jLo010": 2, "jLo095": 2, "jLo012": 1, "jLo011": 1},
    ),
    (
        "jLn10",
        "en",
        "s_aeration_energy",
        "How many aerators do we really need?",
        "We are expanding a 1 ha pond in Tra Cu and aim to harvest about 12 t. Neighbours run 16 to 24 paddlewheels and the electricity bill scares us. "
        "We want a calculation of how much aeration power matches our target and how many hours to run it each day.",
        {"jLo012": 2, "jLo011": 2, "jLo095": 1, "jLo010": 1},
    ),
    (
        "jLn11",
        "vi",
        "s_blower",
        "Tôm nổi đầu lúc 3-4 giờ sáng",
        "Ao lót bạt sâu 1,6 m ở Cầu Ngang, quạt chạy suốt đêm mà gần sáng tôm vẫn nổi đầu, tấp bờ, có bữa chết rải rác. "
        "Hình như dưới đáy thiếu oxy vì quạt chỉ đánh trên mặt. Cần thiết bị đưa khí xuống đáy ao cho đủ.",
        {"jLo013": 2, "jLo010": 2, "jLo016": 1, "jLo017": 1},
    ),
    (
        "jLn12",
        "en",
        "s_solar_attra",
        "Power cuts leave our pond pumps and aerators dead",
        "Our ponds in Long Vinh are far from the main line and the grid cuts out in storms; we keep two diesel generators that cost a lot to run. "
        "We want our own power from sunlight with batteries for the pumps and aerators at night.",
        {"jLo014": 2, "jLo113": 2, "jLo015": 1},
    ),
    (
        "jLn13",
        "vi",
        "s_quat_anbinh",
        "Muon giam tien dien ao tom",
        "Nha nuoi tom the o Duyen Hai, 3 ao, dien chiem phan lon chi phi, chu yeu la quat. "
        "Ao ban tham canh nhung chay quat ca ngay lan dem cho chac. Can nguoi tinh xem that su can chay quat bao nhieu va luc nao de giam tien dien.",
        {"jLo095": 2, "jLo012": 2, "jLo010": 1, "jLo014": 1, "jLo113": 1},
    ),
    (
        "jLn14",
        "en",
        "s_sensor_pppii",
        "Nobody can check oxygen in six ponds at night",
        "Our farm in Cau Ngang has six ponds and one night worker with a hand meter; by the time he reaches the last pond the shrimp are already gasping. "
        "We want something left in each pond that reads oxygen and sends an alarm to the phone before dawn.",
        {"jLo016": 2, "jLo017": 2, "jLo018": 1, "jLo124": 1, "jLo013": 1},
    ),
    (
        "jLn15",
        "vi",
        "s_sensor_pppii",
        "Muốn coi pH, oxy, độ mặn ao trên điện thoại",
        "Tôi làm ở thị xã, ao tôm ở Trà Cú giao cho người làm. Muốn mỗi ngày mở điện thoại là thấy nước ao pH bao nhiêu, oxy, độ mặn ra sao, lỡ có chuyện thì gọi người bật quạt. "
        "Cần thiết bị đo đặt trong ao và phần mềm đi kèm.",
        {"jLo017": 2, "jLo016": 2, "jLo124": 1, "jLo018": 1},
    ),
    (
        "jLn16",
        "en",
        "s_sensor_review",
        "Which water probes should a small hatchery buy?",
        "We run a small fish and shrimp seed hatchery in Chau Thanh and want to stop guessing water quality with test kits. "
        "Suppliers offer many probes; we need advice on which parameters and sensors make sense for our budget and how to log the data.",
        {"jLo018": 2, "jLo124": 2, "jLo016": 1},
    ),
    (
        "jLn17",
        "en",
        "s_probio_evonik",
        "Ammonia keeps climbing after day 60",
        "Earthen ponds in Duyen Hai at about 80 shrimp/m2: after two months the ammonia and nitrite test kits turn dark and shrimp eat less. "
        "We already change water but want a bacterial product that really breaks these down, with a dosing plan for the whole crop.",
        {"jLo019": 2, "jLo021": 2, "jLo020": 2, "jLo082": 1, "jLo114": 1},
    ),
    (
        "jLn18",
        "vi",
        "s_probio_yucca",
        "Nước ao nồng mùi, vi khuẩn phát sáng nhiều",
        "Ao tôm thẻ 45 ngày ở Long Toàn, Duyên Hải, nước nồng mùi, đo khí độc cao, đem mẫu đi kiểm thấy Vibrio nhiều. "
        "Không muốn dùng hóa chất diệt khuẩn vì sợ sốc tôm, cần sản phẩm sinh học giảm được cả khí độc lẫn vi khuẩn.",
        {"jLo020": 2, "jLo021": 2, "jLo019": 1},
    ),
    (
        "jLn19",
        "vi",
        "s_taolam_vft",
        "Nước ao xanh đậm như sơn, có váng trên mặt",
        "Ao tôm ở Cầu Ngang mấy bữa nay nước xanh lè đặc, có lớp váng mùi tanh, sáng sớm tôm nổi đầu, pH chiều sáng chênh nhiều. "
        "Nghe nói là tảo độc, cần cách xử lý cho sạch mà không làm tôm sốc.",
        {"jLo022": 2, "jLo109": 2, "jLo023": 2},
    ),
    (
        "jLn20",
        "en",
        "s_taolam_biogency",
        "Why does the same bad algae keep coming back?",
        "Every crop, around day 40, our ponds in Tra Cu turn thick green with scum. We kill it with chemicals and it returns two weeks later. "
        "We want someone to identify what is growing and tell us what in our feeding and water is causing it.",
        {"jLo023": 2, "jLo022": 1, "jLo109": 1},
    ),
    (
        "jLn21",
        "vi",
        "s_mrprobio",
        "Ấu trùng tôm càng xanh chết nhiều trong bể ương",
        "Trại giống tôm càng nhỏ ở Trà Ôn, mỗi đợt ương tôm bột chỉ còn chừng 30-40%, bể hay bị khuẩn. "
        "Muốn dùng men vi sinh cho bể ương để nâng tỷ lệ sống, cần loại đã thử nghiệm và cách dùng.",
        {"jLo024": 2, "jLo051": 1, "jLo050": 1},
    ),
    (
        "jLn22",
        "vi",
        "s_rpa_duplex",
        "Cần thử nhanh tại ao cả bệnh gan tụy lẫn bệnh tôm chậm lớn",
        "Hợp tác xã ở Trường Long Hòa, Duyên Hải muốn tự thử tôm ngay tại ao, không phải gửi mẫu lên Cần Thơ chờ mấy ngày. "
        "Cần một bộ thử ra kết quả trong vòng một giờ cho cả bệnh chết sớm do gan tụy và bệnh vi bào tử làm tôm còi.",
        {"jLo026": 2, "jLo025": 1, "jLo110": 1, "jLo118": 1},
    ),
    (
        "jLn23",
        "en",
        "s_ehp_th",
        "Shrimp stop growing and sizes are all over the place",
        "At 40 days our shrimp in Cau Ngang range from tiny to normal, some with white strings of faeces, yet few die. "
        "Feed keeps going in but growth has stalled. We need to know what is happening and how to prevent it next crop.",
        {"jLo029": 2, "jLo121": 2, "jLo025": 1, "jLo097": 1, "jLo096": 1},
    ),
    (
        "jLn24",
        "vi",
        "s_ehp_jala",
        "Tom nuoi 2 thang chua lon, muon xet nghiem",
        "Ao o Cau Ke tom tha 2 thang ma con nho, co con lon con be chenh lech qua troi, phan trang lai rai. "
        "Nghi bi vi bao tu trung, can cho nhan mau xet nghiem nhanh hoac bo thu ve tu lam.",
        {"jLo097": 2, "jLo110": 2, "jLo025": 2, "jLo026": 2},
    ),
    (
        "jLn25",
        "en",
        "s_ehp_ras",
        "Our hatchery seed keeps testing positive for the slow-growth parasite",
        "Farmers complain that post-larvae from our hatchery near Ba Dong later show the growth-stunting parasite. "
        "We need a hatchery protocol covering broodstock, live feeds and equipment cleaning to get rid of it.",
        {"jLo096": 2, "jLo030": 2, "jLo028": 1},
    ),
    (
        "jLn26",
        "vi",
        "s_ahpnd_tateh",
        "Tôm chết sớm trong tháng đầu, ruột rỗng gan teo",
        "Thả tôm 25 ngày ở Hiệp Thạnh thì tôm chết rải rác rồi tăng dần, bắt lên ruột trống, gan nhạt màu teo lại. "
        "Ba vụ liền bị vậy, cần cách phòng từ khâu chọn giống đến chăm sóc.",
        {"jLo031": 2, "jLo127": 2, "jLo032": 2, "jLo118": 1, "jLo026": 1},
    ),
    (
        "jLn27",
        "en",
        "s_ahpnd_fao",
        "Need a very sensitive lab test for early mortality bacteria in water and feeds",
        "Our broodstock centre in Duyen Hai feeds live polychaetes and clams; ordinary tests say negative but outbreaks still happen. "
        "We need a laboratory able to find very low levels of the bacteria in feeds, water and sediment.",
        {"jLo033": 2, "jLo118": 1, "jLo026": 1},
    ),
    (
        "jLn28",
        "en",
        "s_lamp_ust",
        "Cheap white spot test without expensive lab machines",
        "Our farmer group in Cau Ngang cannot afford a PCR machine, but we want to test shrimp for white spot before and during the crop. "
        "A method that runs on a simple heater and is sensitive enough would help us a lot.",
        {"jLo035": 2, "jLo027": 1, "jLo034": 1},
    ),
    (
        "jLn29",
        "vi",
        "s_wssv_apfa",
        "Tôm có đốm trắng trên vỏ, chết ào ạt trong vài ngày",
        "Vụ rồi ở Long Khánh, Duyên Hải ao bên cạnh tôm đốm trắng chết sạch trong 5 ngày. "
        "Vụ này muốn kiểm tra tôm giống trước khi thả và kiểm tra tôm trong ao khi thấy giảm ăn, cần nơi làm xét nghiệm hoặc bộ kit.",
        {"jLo034": 2, "jLo027": 2, "jLo028": 1, "jLo035": 2},
    ),
    (
        "jLn30",
        "vi",
        "s_spf_pcr_thesis",
        "Trại giống muốn kiểm tra tôm mẹ sạch bệnh trước khi cho đẻ",
        "Trại giống tôm thẻ ở Ba Động, Duyên Hải nhập tôm bố mẹ nhưng không chắc con nào mang bệnh. "
        "Cần dịch vụ lấy mẫu, xét nghiệm và loại tôm mẹ nhiễm trước khi cho đẻ để tôm post không bị lây.",
        {"jLo028": 2, "jLo036": 1, "jLo027": 1, "jLo096": 1},
    ),
    (
        "jLn31",
        "en",
        "s_spf_vpas",
        "Where to buy clean broodstock for a new hatchery",
        "We are opening a whiteleg hatchery in Tra Vinh and want broodstock that is guaranteed free of the main diseases. "
        "We need a supplier and advice on the different types of broodstock lines.",
        {"jLo037": 2, "jLo036": 2, "jLo028": 1},
    ),
    (
        "jLn32",
        "vi",
        "s_huythuan",
        "Ấu trùng tôm thẻ hao nhiều ở giai đoạn đầu",
        "Trại giống mới ở Duyên Hải, mỗi đợt ấu trùng chết nhiều khi chuyển từ Zoea sang Mysis, nhất là lúc mưa trời lạnh. "
        "Cần người có kinh nghiệm chuyển giao quy trình từng giai đoạn, cách cho ăn và giữ nhiệt.",
        {"jLo038": 2, "jLo039": 1},
    ),
    (
        "jLn33",
        "vi",
        "s_artemia_was",
        "Cần nguồn trứng Artemia ổn định cho trại giống",
        "Trại giống tôm, cua ở Duyên Hải toàn mua trứng Artemia nhập, giá lên xuống thất thường, có lô nở kém. "
        "Muốn tìm nơi cung cấp trứng và sinh khối Artemia trong vùng, chất lượng đều, số lượng đủ.",
        {"jLo039": 2, "jLo040": 1, "jLo069": 1},
    ),
    (
        "jLn34",
        "en",
        "s_artemia_vcci",
        "Salt making no longer pays; what else can our salt fields grow?",
        "Our family has 2 ha of salt fields in Long Vinh, Duyen Hai and salt prices are too low. We heard tiny brine creatures can be raised for eggs that hatcheries buy, alongside salt making. "
        "We need technical guidance and a buyer.",
        {"jLo040": 2, "jLo039": 1},
    ),
    (
        "jLn35",
        "vi",
        "s_tomlua_tracu",
        "Đất trồng mía lỗ, muốn nuôi tôm kết hợp trồng lúa",
        "Nhà có 1 ha đất mía ở Hàm Giang, Trà Cú, mía mất giá mấy năm liền. Muốn đào mương nuôi tôm càng và trồng lúa không xịt thuốc. "
        "Cần hướng dẫn cách làm, thả giống bao nhiêu và dự tính lời.",
        {"jLo041": 2, "jLo122": 2, "jLo048": 1, "jLo119": 1},
    ),
    (
        "jLn36",
        "en",
        "s_minhphu_riceshrimp",
        "A guaranteed buyer for shrimp from our rice-shrimp fields",
        "About 40 households in Tra Cu grow rice in the rainy season and shrimp in the dry season. Traders pay whatever they like at harvest. "
        "We want a processor partnership with technical support and assured offtake.",
        {"jLo042": 2, "jLo045": 1, "jLo098": 1},
    ),
    (
        "jLn37",
        "vi",
        "s_rungtom_tv",
        "Nuôi tôm dưới rừng đước mà tôm chậm lớn, thu ít",
        "Gia đình ở Hiệp Thạnh, Duyên Hải có 3 ha vừa rừng vừa ao tôm sú theo kiểu tự nhiên hơn chục năm, nay tôm chậm lớn, hay chết. "
        "Muốn cải tạo cho năng suất ổn định mà vẫn giữ rừng.",
        {"jLo043": 2, "jLo046": 1, "jLo044": 1, "jLo045": 1, "jLo098": 1},
    ),
    (
        "jLn38",
        "en",
        "s_organic_shrimpnews",
        "Getting an organic label for our mangrove shrimp",
        "Our group farms shrimp under mangroves in Dong Hai, Duyen Hai without feed or chemicals, but we sell at the same price as pond shrimp. "
        "We want certification and a buyer that pays a premium.",
        {"jLo044": 2, "jLo045": 2, "jLo098": 2, "jLo043": 1},
    ),
    (
        "jLn39",
        "en",
        "s_riceshrimp_ctu",
        "Our rice-shrimp rotation is not paying off",
        "In Tap Son, Tra Cu the rice crop after shrimp often fails and the shrimp seed is poor; canals do not bring enough fresh water. "
        "We want an expert diagnosis of the whole system and a plan to fix it.",
        {"jLo047": 2, "jLo042": 1, "jLo046": 1},
    ),
    (
        "jLn40",
        "vi",
        "s_tcx_nguoinuoitom",
        "Muốn nuôi tôm càng toàn con đực cho to con, đều cỡ",
        "Ao 3.000 m2 ở Vũng Liêm nuôi tôm càng xanh, thu hoạch tôm cái nhiều, nhỏ con bán rẻ. "
        "Muốn mua giống toàn đực và cách nuôi để tôm lớn đều, bán được giá cao.",
        {"jLo048": 2, "jLo052": 2, "jLo049": 1, "jLo119": 1},
    ),
    (
        "jLn41",
        "en",
        "s_tcx_ctu",
        "Prawns in our rice field come out small and mixed sizes",
        "We grow rice and giant freshwater prawn in Tra On; at harvest many prawns are small females. "
        "We cannot get all-male seed, so we want a practical way to keep mostly big males in the field.",
        {"jLo049": 2, "jLo119": 2, "jLo048": 1, "jLo052": 1},
    ),
    (
        "jLn42",
        "en",
        "s_tcx_review",
        "Setting up a low-cost prawn seed hatchery",
        "Rice-prawn farmers around Cau Ke buy seed from far away and it often arrives weak. "
        "Our cooperative wants a simple, proven hatchery method for giant freshwater prawn that local staff can run.",
        {"jLo050": 2, "jLo051": 1, "jLo024": 1},
    ),
    (
        "jLn43",
        "vi",
        "s_tcx_ras_thesis",
        "Trại giống tôm càng xa biển, chở nước mặn tốn kém",
        "Trại giống tôm càng xanh ở Bình Minh phải chở nước ót, nước lợ từ xa về cho ấu trùng, mỗi đợt tốn bộn tiền. "
        "Muốn hệ thống lọc để dùng lại nước trong trại.",
        {"jLo051": 2, "jLo050": 1, "jLo024": 1},
    ),
    (
        "jLn44",
        "vi",
        "s_ganthan_anhsao",
        "Cá tra chết mùa nước nổi, gan thận có đốm trắng",
        "Ao cá tra 1 ha ở Bình Minh, tháng 7-8 cá chết lai rai, mổ ra gan thận lấm tấm đốm trắng. "
        "Cho uống kháng sinh không còn ăn thua như trước, cần cách phòng bệnh tận gốc.",
        {"jLo053": 2, "jLo099": 2, "jLo055": 2, "jLo054": 1},
    ),
    (
        "jLn45",
        "en",
        "s_hoangky",
        "Antibiotic-free feed additive for catfish fingerlings",
        "Our catfish nursery in Tam Binh loses many fingerlings to liver white-spot disease in the flood season and antibiotics no longer work. "
        "We want something natural to mix in the feed rather than drugs or injections.",
        {"jLo054": 2, "jLo053": 1, "jLo099": 1, "jLo055": 1},
    ),
    (
        "jLn46",
        "vi",
        "s_ganthan_anhsao",
        "Ca tra bi benh gan, can xac dinh dung benh",
        "Ao ca tra o Tra On ca chet, gan nhot, co dom trang, khong biet benh gi, mua thuoc dai ve xai khong het. "
        "Can phong thi nghiem lay mau, xac dinh dung vi khuan va chi thuoc nao con tac dung.",
        {"jLo055": 2, "jLo053": 1, "jLo099": 1},
    ),
    (
        "jLn47",
        "en",
        "s_pangasius_digest",
        "Better feed conversion and fillet yield in tra catfish",
        "Our farm in Vung Liem supplies a processing plant that pays by fillet yield; feed is our biggest cost and FCR is drifting up. "
        "We want feed-side solutions that improve conversion and fillet yield, tested on commercial farms.",
        {"jLo058": 2, "jLo056": 2, "jLo102": 1, "jLo057": 1},
    ),
    (
        "jLn48",
        "vi",
        "s_pangasius_localfeed",
        "Muốn tự trộn thức ăn cá tra bằng đồ sẵn có ở địa phương",
        "Nuôi cá tra ở Càng Long, thức ăn công nghiệp lên giá hoài. Ở quê có ốc bươu vàng, đầu tôm từ vựa, lá khoai mì. "
        "Cần công thức tự phối thay bột cá mà cá vẫn lớn.",
        {"jLo057": 2, "jLo056": 1, "jLo102": 1, "jLo078": 1},
    ),
    (
        "jLn49",
        "vi",
        "s_catra_wetland",
        "Nước thải ao cá tra bị nhắc nhở, cần xử lý trước khi xả",
        "Trại cá tra 3 ha ven sông Hậu ở Trà Ôn bị xã nhắc vì nước xả ra kênh hôi và đục. "
        "Cần cách xử lý rẻ, ít tốn điện để nước xả đạt quy chuẩn.",
        {"jLo059": 2, "jLo120": 2, "jLo092": 1, "jLo104": 1},
    ),
    (
        "jLn50",
        "en",
        "s_catra_agiang",
        "Heavy losses when nursing catfish fry to fingerlings",
        "We nurse tra catfish fry in Binh Minh and only a small share survive to fingerling size; we also dump pond mud into the canal. "
        "We need advice on stocking density, settling ponds and sludge handling.",
        {"jLo060": 2, "jLo061": 1},
    ),
    (
        "jLn51",
        "en",
        "s_catra_lai",
        "Breeding our own tra catfish fry",
        "Our nursery in Vung Liem buys all its catfish fry; when supply is short prices jump and quality is uncertain. "
        "We want the procedure for keeping broodfish and spawning them ourselves.",
        {"jLo061": 2, "jLo060": 1},
    ),
    (
        "jLn52",
        "en",
        "s_bun_catra",
        "What to do with mud from our catfish ponds",
        "Each crop we dredge tons of bottom mud from our catfish ponds in Tam Binh and pile it on the dikes. "
        "Maize farmers nearby might use it if it were turned into a proper fertiliser; we need a method.",
        {"jLo062": 2, "jLo083": 1, "jLo084": 1, "jLo086": 1},
    ),
    (
        "jLn53",
        "vi",
        "s_calob_ninhthuan",
        "Nhà đất chật, muốn nuôi cá lóc trong bồn",
        "Nhà ở thị trấn Cầu Kè chỉ có khoảng sân 100 m2, muốn làm bồn lót bạt nuôi cá lóc bán chợ. "
        "Cần biết thả bao nhiêu con, bơm nước cỡ nào, chăm sóc ra sao để khỏi chết.",
        {"jLo063": 2, "jLo125": 2, "jLo064": 2},
    ),
    (
        "jLn54",
        "en",
        "s_calob_thesis",
        "Getting snakehead fingerlings to eat pellets",
        "Trash fish for our snakehead in Cau Ke is getting scarce and expensive. "
        "We want to train young snakehead to accept pellet feed early without heavy losses.",
        {"jLo065": 2, "jLo064": 1},
    ),
    (
        "jLn55",
        "en",
        "s_rodau_hg",
        "A climbing perch that grows faster than our local one",
        "We raise climbing perch in Tieu Can and it takes too long to reach market size and eats a lot. "
        "We heard of a larger strain from Hau Giang; we want its growth and feed figures and where to get it.",
        {"jLo066": 2, "jLo067": 1, "jLo116": 1},
    ),
    (
        "jLn56",
        "vi",
        "s_rodau_thesis",
        "Muốn tự sản xuất giống cá rô đầu vuông",
        "Tổ hợp tác ở Tiểu Cần nuôi cá rô đầu vuông, giống mua trôi nổi bị lai tạp, cá không lớn như quảng cáo. "
        "Cần kỹ thuật cho đẻ và ương giống để tự chủ.",
        {"jLo067": 2, "jLo116": 2, "jLo066": 1},
    ),
    (
        "jLn57",
        "vi",
        "s_cua_tsvn",
        "Cua giống bắt ngoài tự nhiên ngày càng ít",
        "Bà con nuôi cua ở Dân Thành, Duyên Hải phụ thuộc cua giống vớt ngoài sông, lúc có lúc không, con lớn con nhỏ. "
        "Muốn mở trại sản xuất cua giống tại chỗ, cần quy trình và người chuyển giao.",
        {"jLo068": 2, "jLo126": 2, "jLo072": 2, "jLo117": 1, "jLo069": 1},
    ),
    (
        "jLn58",
        "en",
        "s_mudcrab_was",
        "Stocking hatchery crabs in our shrimp-mangrove ponds",
        "We farm tiger shrimp under mangroves in Duyen Hai and want to add mud crabs from hatcheries. "
        "We need to know how many to stock, how often and what yield to expect.",
        {"jLo069": 2, "jLo117": 2, "jLo072": 1},
    ),
    (
        "jLn59",
        "en",
        "s_softshell_seafdec",
        "Producing soft-shell crab for restaurants",
        "A restaurant chain in Can Tho asked our cooperative in Duyen Hai for regular soft-shell crab. "
        "We need a method to hold crabs individually and catch them right at moulting.",
        {"jLo070": 2, "jLo071": 2, "jLo100": 2},
    ),
    (
        "jLn60",
        "vi",
        "s_crab_box_tv",
        "Nuôi cua trong hộp nhựa mà cua chết hoài",
        "Tôi ở Long Hữu, Duyên Hải mới làm 100 hộp nuôi cua, nước thay tay, cua chết gần phân nửa. "
        "Cần người chỉ cách làm hệ thống lọc cho nước chạy vòng, chọn cua giống và giữ nước ổn định.",
        {"jLo071": 2, "jLo100": 2, "jLo070": 1},
    ),
    (
        "jLn61",
        "vi",
        "s_ngheu_bentre",
        "Nghêu chết trắng bãi sau mấy trận mưa lớn",
        "HTX nuôi nghêu ở Hiệp Thạnh, Duyên Hải có năm nghêu chết cả trăm tấn sau đợt mưa dầm, có năm lại chết lúc nắng gắt. "
        "Muốn biết trước khi nào nước thay đổi để thu hoạch sớm hay dời nghêu.",
        {"jLo073": 2, "jLo112": 2, "jLo074": 1},
    ),
    (
        "jLn62",
        "vi",
        "s_ngheu_baclieu",
        "Bãi nghêu bị bùn non phủ từ khi làm công trình gần bờ",
        "Từ khi đóng trụ công trình ven biển gần bãi nghêu ở Đông Hải, Duyên Hải, nước chảy xoáy khác trước, bùn non tràn lên một phần bãi, nghêu chỗ đó chết. "
        "Cần khảo sát xem chỗ nào còn nuôi được và cách bảo vệ bãi.",
        {"jLo074": 2, "jLo073": 1, "jLo112": 1},
    ),
    (
        "jLn63",
        "vi",
        "s_hau_ctu",
        "Nuôi hàu cửa sông, giống bám ít",
        "Mấy hộ ở Long Hòa, Châu Thành nuôi hàu ở cửa sông, mấy năm nay thả vật bám mà hàu con bám ít, thương lái lại ép giá. "
        "Cần cách thu giống hiệu quả và nuôi bền vững.",
        {"jLo075": 2, "jLo111": 2, "jLo101": 1, "jLo076": 1},
    ),
    (
        "jLn64",
        "en",
        "s_hau_chet",
        "Oysters die in masses in the dry season",
        "Oyster farmers along the Co Chien mouth in Duyen Hai lost most of their stock last dry season, as in Binh Dai a few years ago. "
        "We want to understand the risky months and places before we restock.",
        {"jLo077": 2, "jLo076": 1, "jLo075": 1, "jLo111": 1},
    ),
    (
        "jLn65",
        "vi",
        "s_hau_vungtau",
        "Muốn mua giống hàu bám sẵn để khỏi chờ giống tự nhiên",
        "Chờ hàu con bám tự nhiên mất cả năm mới thu, lại thất thường. Nhóm hộ ở Long Toàn muốn mua giống hàu đã cấy sẵn trên vỏ, nuôi nhanh thu hoạch. "
        "Cần nơi cung cấp và cách nuôi.",
        {"jLo101": 2, "jLo076": 2, "jLo075": 1},
    ),
    (
        "jLn66",
        "en",
        "s_bsf_eel",
        "Cutting fishmeal in our home-made fish feed",
        "Our small feed mill in Cang Long makes pellets for local fish farms, and fishmeal prices keep rising. "
        "We want a tested insect-based protein to replace part of the fishmeal and the inclusion level.",
        {"jLo078": 2, "jLo079": 2, "jLo146": 1},
    ),
    (
        "jLn67",
        "vi",
        "s_feeder_tepbac",
        "Cho tom an bang tay met, thuc an du nhieu",
        "Trai tom o Cau Ngang 5 ao, 2 nguoi cho an bang tay ngay 4-5 cu, thuc an thua lang day ao. "
        "Muon may cho an tu dong hen gio, can tu van chon may va cach lap.",
        {"jLo080": 2, "jLo081": 2},
    ),
    (
        "jLn68",
        "en",
        "s_phantom",
        "Where to put the waste we siphon out every day",
        "We siphon our lined ponds in Tra Cu daily and just pump the dirty water into the canal; neighbours complain. "
        "We want a simple way to settle and collect the waste, reuse the clear water and make use of the solids.",
        {"jLo114": 2, "jLo082": 2, "jLo080": 1, "jLo081": 1},
    ),
    (
        "jLn69",
        "en",
        "s_bun_hutech",
        "Turning shrimp pond sludge into fertiliser",
        "After each crop our intensive ponds in Cau Ngang leave tons of bottom sludge that we pile by the pond and rain washes back in. "
        "We want a composting method that makes it usable for crops.",
        {"jLo083": 2, "jLo128": 2, "jLo084": 2, "jLo086": 2, "jLo085": 2},
    ),
    (
        "jLn70",
        "vi",
        "s_bun_binhdinh",
        "Bùn ao tôm mặn quá, đem bón cây thì cháy lá",
        "Nhà nuôi tôm ở Trường Long Hòa vét bùn ao đem bón vườn thì cây bị cháy lá vì mặn. "
        "Muốn xử lý bùn phối với mụn dừa, rơm cho bớt mặn, thành phân bón được.",
        {"jLo084": 2, "jLo085": 2, "jLo128": 2, "jLo083": 2, "jLo086": 2},
    ),
    (
        "jLn71",
        "vi",
        "s_harvest_tsvn",
        "Thu tôm bị dập, lẫn bùn, bị trừ giá",
        "Mỗi lần thu tôm ở Cầu Ngang kéo lưới khuấy bùn lên, tôm lẫn bùn, nhiều con dập, vựa trừ giá. "
        "Cần hướng dẫn thu hoạch đúng cách và giữ tôm tươi tới khi giao.",
        {"jLo087": 2, "jLo103": 2, "jLo089": 1, "jLo088": 1},
    ),
    (
        "jLn72",
        "en",
        "s_harvest_ice",
        "Shrimp go soft and spoil before reaching the buyer",
        "We harvest whiteleg shrimp in Duyen Hai and truck them two hours to Soc Trang; by arrival some are soft and heads darken. "
        "We want a proper chilling routine right at the pond.",
        {"jLo088": 2, "jLo089": 2, "jLo087": 1, "jLo103": 1},
    ),
    (
        "jLn73",
        "vi",
        "s_harvest_2lua",
        "Tôm thu xong bị đen đầu, cần cách ướp đá cho đúng",
        "Tôm sú thu ở Long Vĩnh đổ vô thùng đá mà vài tiếng sau đen đầu, tróc vỏ. "
        "Cần tỷ lệ tôm, đá, nước cho đúng và cách làm lạnh tôm ngay sau khi thu.",
        {"jLo089": 2, "jLo088": 2, "jLo087": 1},
    ),
    (
        "jLn74",
        "en",
        "s_liquidice",
        "Fish lose quality on our long fishing trips",
        "Our offshore boats from Dinh An, Tra Cu stay out 20-25 days; crushed ice from shore melts and fish caught in the first week sell cheap. "
        "We want a way to make ice at sea that keeps fish fresh for the whole trip.",
        {"jLo090": 2, "jLo115": 2, "jLo091": 1},
    ),
    (
        "jLn75",
        "vi",
        "s_fao_ice",
        "Da tren ghe mau tan, ca ve bo bi uon",
        "Ghe danh ca gan bo o Dinh An, Tra Cu di 3-4 ngay, thung da bang mut xop hu het, da tan nhanh, ca ve ben bi uon. "
        "Can thiet ke thung, ham giu lanh tot va tinh moi chuyen can bao nhieu da.",
        {"jLo091": 2, "jLo090": 1, "jLo115": 1},
    ),
    (
        "jLn76",
        "en",
        "s_hyacinth",
        "Cleaning shrimp pond water before we drain it",
        "When we drain ponds at harvest in Cau Ngang the water is full of ammonia and sludge and the commune warned us. "
        "We want a cheap natural way to clean it for a few days before release.",
        {"jLo092": 2, "jLo104": 2, "jLo059": 1, "jLo120": 1},
    ),
    (
        "jLn77",
        "en",
        "s_pangasius_crsp",
        "Home-made feed or pellets for our catfish cages?",
        "We keep tra catfish in cages on the Co Chien river near Vung Liem and cook our own feed from rice bran and trash fish; feed is most of our costs. "
        "We want a comparison with commercial pellets and a feeding plan.",
        {"jLo102": 2, "jLo056": 2, "jLo057": 1, "jLo058": 1},
    ),
    (
        "jLn78",
        "en",
        "s_asme",
        "Mixing a small fish pond with no electricity",
        "Our family fish pond in Cau Ke has no power line nearby; fish gasp on still hot days although the top water looks fine. "
        "We want a cheap device that stirs the pond without electricity or fuel.",
        {"jLo015": 2, "jLo014": 1, "jLo113": 1},
    ),
    (
        "jLn79",
        "vi",
        "s_extensive_caimuoc",
        "Nuôi tôm sú quảng canh, tôm chết lai rai không rõ lý do",
        "Ao quảng canh 2 ha ở Đông Hải, Duyên Hải thả tôm sú chung với cá, lấy nước theo con nước, năng suất thấp và tôm hay chết. "
        "Cần chuyên gia xem đáy ao, nước và giống để cải thiện.",
        {"jLo046": 2, "jLo043": 1, "jLo028": 1, "jLo047": 1},
    ),
    (
        "jLn80",
        "vi",
        "s_calob_thesis",
        "Cá lóc con chỉ chịu ăn cá tạp",
        "Ương cá lóc ở Tam Bình, cá tạp khan mà đắt, tập cho ăn cám viên thì cá bỏ ăn, hao nhiều. "
        "Cần cách tập cho cá con quen thức ăn viên.",
        {"jLo065": 2, "jLo064": 1, "jLo063": 1},
    ),
    (
        "jLn81",
        "en",
        "s_probio_gsa",
        "Bacterial products seem to do nothing in our ponds",
        "We pour probiotic products into our shrimp ponds in Tra Cu every week but ammonia hardly changes. "
        "We suspect the bacteria are not waking up; we want a proven way to activate them and a product that works with little water exchange.",
        {"jLo021": 2, "jLo019": 1, "jLo020": 1},
    ),
    (
        "jLn82",
        "en",
        "s_f1vn",
        "Locally bred broodstock instead of imported",
        "Imported whiteleg broodstock is costly and deliveries are irregular for our hatchery in Duyen Hai. "
        "We want broodstock bred in Vietnam with grow-out results to prove their quality.",
        {"jLo037": 2, "jLo036": 1},
    ),
    (
        "jLn83",
        "en",
        "s_sensor_pppii",
        "Pond monitors that run without mains power",
        "Our ponds in Dong Hai, Duyen Hai have no power points along the dikes. "
        "We want oxygen and salinity monitors that power themselves and send readings wirelessly for weeks without maintenance.",
        {"jLo016": 2, "jLo017": 1, "jLo018": 1},
    ),
    (
        "jLn84",
        "vi",
        "s_probio_yucca",
        "Muốn xài đồ thảo dược trộn vi sinh cho bớt khí độc",
        "Ao tôm thẻ ở Cầu Ngang 50 ngày, NH3 và NO2 cao, tôm ăn yếu. Nghe nói có loại làm từ cây thảo dược trộn với vi sinh, vừa hút khí độc vừa giảm khuẩn. "
        "Cần sản phẩm có thử nghiệm rõ ràng và liều dùng.",
        {"jLo020": 2, "jLo019": 1, "jLo021": 1},
    ),
    (
        "jLn85",
        "vi",
        "s_ahpnd_was",
        "Tôm chết dưới đáy có nên vớt, xử lý sao?",
        "Ao tôm ở Long Khánh mỗi sáng thấy tôm chết chìm đáy, tôm khác rỉa xác. Không biết để vậy có lây không, nên vớt và xử lý thế nào, có cần cho ăn men gì thêm. "
        "Cần hướng dẫn cụ thể.",
        {"jLo032": 2, "jLo031": 1, "jLo127": 1},
    ),
    (
        "jLn86",
        "vi",
        "s_water_camau",
        "Muốn biết ao tôm hao bao nhiêu nước và có đáng làm hệ thống tái sử dụng không",
        "Trại tôm thẻ 3 ha ở Ngũ Lạc, Duyên Hải bơm nước liên tục, không biết mỗi vụ mất bao nhiêu nước và tốn bao nhiêu tiền. "
        "Cần người tính toán, thiết kế phương án xử lý rồi bơm nước lại ao và cho biết có đáng đầu tư không.",
        {"jLo009": 2, "jLo007": 1, "jLo094": 1},
    ),
    (
        "jLn87",
        "vi",
        "s_tcx_tsvn",
        "Ruộng nhiễm mặn nhẹ, muốn nuôi ghép tôm càng với tôm sú",
        "Ruộng ở Tập Sơn, Trà Cú mùa khô nhiễm mặn nhẹ, trồng lúa không ăn. Muốn thả tôm càng xanh chung với tôm sú để tăng thu nhập. "
        "Cần nguồn giống phù hợp và cách nuôi ghép.",
        {"jLo052": 2, "jLo048": 1, "jLo041": 1},
    ),
    (
        "jLn88",
        "en",
        "s_harvest_tsvn",
        "Keeping shrimp alive for live-seafood buyers",
        "A restaurant buyer in Vinh Long pays more for live shrimp from our farm in Cau Ngang. "
        "We need to know how to harvest without injuring them and how long and how densely we can hold them alive before delivery.",
        {"jLo087": 2, "jLo103": 2},
    ),
    (
        "jLn89",
        "vi",
        "s_spf_vpas",
        "Không biết nên mua tôm bố mẹ sạch bệnh hay kháng bệnh",
        "Trại giống nhỏ ở Ba Động chuẩn bị nhập tôm bố mẹ, người bán nói có loại sạch bệnh, có loại kháng bệnh. "
        "Cần giải thích khác nhau chỗ nào và loại nào hợp vùng nuôi ao đất ở Trà Vinh.",
        {"jLo036": 2, "jLo037": 1},
    ),
    (
        "jLn90",
        "en",
        "s_minhphu_forest",
        "A company to buy our mangrove shrimp at a fair price",
        "Around 60 households keep shrimp under mangroves in Truong Long Hoa and sell to small traders. "
        "We want a company that certifies and buys the shrimp at a premium while we keep the forest.",
        {"jLo045": 2, "jLo044": 2, "jLo098": 2},
    ),
]
