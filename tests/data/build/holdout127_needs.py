"""Needs for holdout127 (rural internet and telecommunications), set in Trà Vinh / Vĩnh Long:
(id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- fibre to villages ---
    (
        "mYn01",
        "vi",
        "vn_travinh_hatang",
        "Cần doanh nghiệp kéo cáp quang FTTH về ấp chưa có Internet cố định ở Cầu Ngang",
        "Hợp tác xã nông nghiệp ở xã Long Sơn, huyện Cầu Ngang: kế hoạch hạ tầng số của tỉnh đặt mục tiêu 100% ấp, khóm "
        "có cáp quang FTTH đến năm 2025 nhưng hai ấp phía trong của xã vẫn chưa có tuyến. Chúng tôi cần đơn vị khảo sát, "
        "kéo cáp quang tới văn phòng HTX và khoảng 150 hộ xã viên, lắp modem Wi-Fi.",
        {"mYo001": 2, "mYo009": 2, "mYo008": 1, "mYo002": 1, "mYo003": 1, "mYo005": 1},
    ),
    (
        "mYn02",
        "en",
        "en_fibrenews",
        "Fibre network design for scattered canal-side farmhouses in Càng Long",
        "Fruit-growing cooperative in Càng Long district. Our members' houses are strung out along canals and orchards, "
        "far apart, so providers say fibre to each house does not pay back. We want a fibre route and cost plan for "
        "these low-density hamlets, and an operator or contractor able to build it, so children can study online and "
        "members can sell produce.",
        {"mYo002": 2, "mYo003": 2, "mYo001": 2, "mYo006": 1, "mYo004": 1, "mYo009": 1, "mYo007": 1},
    ),
    (
        "mYn03",
        "vi",
        "vn_fpt_vungnui",
        "Ho can ngheo o Tra Cu muon lap mang cap quang ma khong du tien",
        "Nha em o ap xa trung tam xa Dai An, huyen Tra Cu, thuoc ho can ngheo. Nghe noi nha nuoc va nha mang co ho tro "
        "dien thoai, may tinh bang va cuoc vien thong cho ho ngheo, can ngheo. Em can ai ho tro keo day cap quang va lap "
        "modem wifi mien phi hoac gia re de con di hoc online va xem thoi tiet, gia lua.",
        {"mYo008": 2, "mYo001": 1, "mYo009": 1},
    ),
    (
        "mYn04",
        "en",
        "vn_travinh_hatang",
        "Share poles and ducts to cut the cost of new fibre routes in Tiểu Cần",
        "District infrastructure company in Tiểu Cần. The provincial digital-infrastructure plan asks that 30% of new "
        "cable routes along the same direction share poles, and 20% of new BTS be shared. Several operators want to run "
        "fibre along the same rural roads. We need advice and an agreement model for sharing poles, ducts and masts "
        "instead of each operator building its own.",
        {"mYo004": 2, "mYo010": 2, "mYo011": 2, "mYo039": 1, "mYo102": 1},
    ),
    (
        "mYn05",
        "en",
        "en_abc_trench",
        "Farmers ready to dig trenches themselves: need a partner to pull fibre in Cầu Kè",
        "Group of farm households on cù lao Tân Quy, Cầu Kè. We have our own small excavator and labour and can dig "
        "trenches and lay conduit to the network's specification across our land, to avoid the high cost of the last "
        "stretch. We need a provider or community model that will pull the fibre through our ducts, install equipment "
        "and run the service.",
        {"mYo005": 2, "mYo001": 2, "mYo004": 1, "mYo009": 1, "mYo006": 1, "mYo007": 1},
    ),
    # --- wireless broadband, satellite, coverage ---
    (
        "mYn06",
        "en",
        "en_benton_fwa",
        "Fixed wireless home internet for inner hamlets of Trà Cú where fibre is slow to arrive",
        "Commune people's committee in Trà Cú district. Fibre to the inner hamlets will take years, so we want a "
        "fixed wireless service from one or two towers to connect about 400 households quickly. We know the provider "
        "must deal with line of sight past coconut trees and houses, use suitable low- and mid-band spectrum and add "
        "sites as usage grows. Looking for a provider that can design, build and run it.",
        {"mYo012": 2, "mYo013": 2, "mYo015": 2, "mYo164": 2, "mYo016": 2, "mYo014": 1, "mYo159": 1},
    ),
    (
        "mYn07",
        "vi",
        "vn_baohaiduong_4g",
        "Bộ phát 4G ở nhà vườn cù lao Long Hòa nóng máy, chập chờn: cần Internet không dây cố định ổn định",
        "Gia đình làm vườn và homestay trên cù lao Long Hòa, Châu Thành, chưa có cáp quang. Đã mua bộ phát 4G rồi "
        "modem gắn sim gần 7 triệu đồng nhưng máy nóng, tốc độ không ổn định, ngày phải khởi động lại nhiều lần, sim "
        "dung lượng lớn lại đắt. Cần giải pháp Internet không dây cố định từ đất liền ra cù lao ổn định hơn.",
        {"mYo164": 2, "mYo013": 2, "mYo012": 1, "mYo028": 1, "mYo032": 1},
    ),
    (
        "mYn08",
        "en",
        "en_freedomworks_tvws",
        "Wireless broadband that gets through dense orchards in Cầu Kè",
        "Durian and rambutan farm cooperative in Cầu Kè. Laying cable between scattered orchard houses is too costly, "
        "and Wi-Fi or 4G links that need line of sight keep failing under the tall trees. We read that unused TV "
        "channels can carry internet from one tower over a radius of several miles through foliage and rough terrain "
        "without underground works. We want a pilot reaching about 30 farmhouses under the canopy.",
        {"mYo018": 2, "mYo159": 2, "mYo017": 2, "mYo014": 1, "mYo013": 1},
    ),
    (
        "mYn09",
        "en",
        "en_yj_community_wifi",
        "Low-cost community mesh network for an island hamlet on Hòa Minh",
        "Residents' association on Hòa Minh island, Châu Thành. One household has a fibre line at the ferry landing; "
        "we want to share it across the hamlet with a community-run mesh of cheap outdoor nodes on houses and poles, "
        "some on solar power, that keeps working if one node fails. Need a design and the equipment.",
        {"mYo019": 2, "mYo020": 2, "mYo021": 2, "mYo022": 2, "mYo074": 1, "mYo079": 1},
    ),
    (
        "mYn10",
        "vi",
        "en_yj_community_wifi",
        "Phủ Wi-Fi cả xóm bằng mạng lưới mesh do cộng đồng cùng góp, ở cù lao Long Hòa",
        "Chi hội du lịch cộng đồng trên cù lao Long Hòa, Châu Thành: giá kéo hạ tầng cao, dân thưa nên nhà mạng chưa đầu "
        "tư. Bà con và các quán muốn cùng góp tiền, góp chỗ đặt thiết bị để dựng mạng Wi-Fi dạng lưới (mesh) phủ cả xóm, "
        "miễn phí hoặc giá rẻ cho dân và khách, nút hỏng thì mạng tự đi đường khác. Cần đơn vị thiết kế, cung cấp thiết bị.",
        {"mYo019": 2, "mYo022": 2, "mYo020": 2, "mYo021": 2, "mYo074": 1, "mYo034": 1, "mYo079": 1},
    ),
    (
        "mYn11",
        "vi",
        "vn_vsta_vetinh",
        "Đường Internet dự phòng qua vệ tinh cho trạm điều hành trên cồn ở cửa Định An",
        "Doanh nghiệp nuôi trồng thủy sản có trạm điều hành trên cồn gần cửa Định An, Trà Cú. Đường cáp quang qua sông "
        "thỉnh thoảng bị đứt, mỗi lần mất liên lạc vài ngày, giống như những đợt cáp quang biển gặp sự cố làm cả nước "
        "chậm mạng. Cần một đường Internet qua vệ tinh làm dự phòng, có hỗ trợ lắp ăng ten, đi dây và vận hành với máy "
        "phát chạy theo giờ.",
        {"mYo030": 2, "mYo031": 2, "mYo024": 2, "mYo023": 1, "mYo036": 1},
    ),
    (
        "mYn12",
        "en",
        "en_teslarati_starlink",
        "Satellite internet kits for students' homes in a remote hamlet of Duyên Hải",
        "Secondary school in Duyên Hải district. About 60 of our students live in salt-field and shrimp-pond hamlets "
        "with no fibre and weak mobile data. Abroad, rural school districts and remote communities have received "
        "satellite internet kits for students' homes; we want the same: kits, installation and a funding model for "
        "the monthly service.",
        {"mYo023": 2, "mYo024": 2, "mYo080": 2, "mYo030": 1, "mYo077": 1},
    ),
    (
        "mYn13",
        "en",
        "en_kinetic_mw_rural",
        "Backhaul link for a new cell site on Long Hòa island across the river",
        "Telecom contractor building a new mobile site on Long Hòa island, Châu Thành. Trenching fibre across the "
        "river and through rice fields is costly and slow; the landscape is flat and open, so we want a point-to-point "
        "microwave backhaul between relay towers on the mainland and the island site, with rain fade taken into account.",
        {"mYo025": 2, "mYo026": 2, "mYo027": 2, "mYo038": 1, "mYo013": 1},
    ),
    (
        "mYn14",
        "vi",
        "en_illegal_boosters",
        "Nhà ở Tiểu Cần sóng điện thoại trong nhà rất yếu, muốn lắp kích sóng đúng quy định",
        "Cơ sở sản xuất bánh tét ở xã Hiếu Tử, Tiểu Cần: trong xưởng hầu như mất sóng di động, khách gọi không được. "
        "Nghe nói kích sóng tự mua lắp có thể gây nhiễu mạng của cả khu và bị phạt. Cần nhà mạng hoặc đơn vị được phép "
        "lắp thiết bị phát lặp hoặc tăng vùng phủ hợp pháp.",
        {"mYo032": 2, "mYo037": 2, "mYo028": 1, "mYo029": 1},
    ),
    (
        "mYn15",
        "vi",
        "vn_bacgiang_lom",
        "Song dien thoai o ap Con Co yeu qua, goi khong duoc",
        "Ap ven bien xa Dong Hai, huyen Duyen Hai co khoang 40 ho, la vung lom song, song di dong chap chon, muon goi phai chay ra bo de. "
        "Ba con can nha mang ve khao sat, dau tu them tram phat song 4G hoac thiet bi phat lap de goi dien, xem video, "
        "chuyen tien duoc.",
        {"mYo037": 2, "mYo032": 2, "mYo009": 2, "mYo039": 1},
    ),
    # --- towers ---
    (
        "mYn16",
        "en",
        "vn_travinh_hatang",
        "One shared tower for several operators in a Trà Vinh city ward",
        "Residential developer in ward 9, Trà Vinh city. Three mobile operators each want a mast on our new housing "
        "area; the province targets 20% of new BTS being shared. We want one shared, well-designed tower (antennas "
        "camouflaged if possible) and a rental model agreed by the operators.",
        {"mYo039": 2, "mYo010": 2, "mYo011": 2, "mYo004": 1},
    ),
    (
        "mYn17",
        "vi",
        "vn_bts_iot_aircon",
        "Trạm phát sóng trong ấp tốn điện điều hòa phòng máy: muốn chuyển sang trạm ngoài trời",
        "Đơn vị quản lý hạ tầng thuê trạm ở Càng Long: mỗi trạm có phòng máy và máy lạnh chạy suốt ngày, tiền điện và "
        "bảo trì máy lạnh rất lớn khi phải lắp thêm thiết bị 4G, 5G. Cần tư vấn chuyển trạm sang dạng outdoor, đưa khối "
        "vô tuyến lên cột, bỏ bớt phòng máy.",
        {"mYo038": 2, "mYo046": 1, "mYo051": 1},
    ),
]

NEEDS += [
    # --- backup power for towers and network equipment ---
    (
        "mYn18",
        "vi",
        "vn_condao_hybrid",
        "Trạm viễn thông ven biển Duyên Hải hay mất điện: cần nguồn mặt trời kết hợp ắc quy thay máy nổ",
        "Doanh nghiệp hạ tầng viễn thông quản lý 8 trạm phát sóng ở Long Vĩnh, Đông Hải (Duyên Hải) gần cuối tuyến điện, "
        "mùa mưa bão mất điện dài, phải chở dầu chạy máy phát diesel rất tốn kém. Cần giải pháp điện mặt trời kết hợp ắc "
        "quy (có thể giữ máy phát làm dự phòng) và bộ điều khiển tự chọn nguồn.",
        {"mYo041": 2, "mYo048": 2, "mYo053": 2, "mYo055": 2, "mYo040": 1, "mYo050": 1, "mYo052": 1, "mYo043": 1},
    ),
    (
        "mYn19",
        "en",
        "en_leoch_hybrid",
        "Wind-solar power for a coastal tower at Ba Động where the wind blows at night",
        "Tower company with a remote site near Ba Động beach, Duyên Hải. Diesel deliveries and generator servicing "
        "are our biggest site costs and the grid voltage swings. Sea wind is strong at night when solar gives nothing, "
        "so we want a hybrid of solar panels, a wind turbine and batteries with a smart controller.",
        {"mYo050": 2, "mYo043": 1, "mYo049": 1, "mYo052": 1, "mYo053": 1, "mYo054": 1, "mYo048": 1},
    ),
    (
        "mYn20",
        "en",
        "en_tycorun_guide",
        "Replace ageing lead-acid batteries at 12 tower sites in Càng Long with lithium",
        "Infrastructure operator with 12 sites in Càng Long whose lead-acid battery banks now last under two hours in "
        "outages and swell in the hot cabinets. We want lithium battery banks for the towers' -48 V plants, sized for "
        "at least 6 hours, with battery monitoring, and help setting the rectifiers; generators are not an option at "
        "most sites.",
        {"mYo056": 2, "mYo057": 2, "mYo059": 2, "mYo160": 2, "mYo058": 1, "mYo042": 1, "mYo051": 1},
    ),
    (
        "mYn21",
        "vi",
        "en_tycorun_guide",
        "Thay ắc quy chì trạm BTS bằng pin lithium, cần tính dung lượng cho 8 giờ mất điện",
        "Công ty dịch vụ kỹ thuật viễn thông ở Vĩnh Long nhận bảo trì 20 trạm. Ắc quy chì xuống cấp nhanh vì nóng, nặng "
        "và chiếm chỗ. Cần nhà cung cấp bộ pin lithium 48 V cho trạm, có BMS giao tiếp về trung tâm, và tư vấn tính dung "
        "lượng cho khoảng 8 giờ mất điện, cài lại thông số máy nắn.",
        {"mYo160": 2, "mYo056": 2, "mYo057": 2, "mYo059": 2, "mYo042": 1, "mYo058": 1},
    ),
    (
        "mYn22",
        "vi",
        "vn_bts_dieukhien_bk",
        "Can lap nguon DC -48V, may nan va ac quy du phong cho tram phat song rieng",
        "Cong ty minh dang xay tram phat song rieng cho cum cong nghiep o Binh Minh, Vinh Long. Can don vi thi cong tu "
        "nguon AC, may nan doi 220V sang 48V DC, dan ac quy du phong de khi mat dien thiet bi van chay vai gio, co tinh "
        "toan thoi gian luu dien.",
        {"mYo042": 2, "mYo058": 1, "mYo057": 1, "mYo160": 1},
    ),
    (
        "mYn23",
        "en",
        "en_mnara_towerco",
        "Generator fuel keeps disappearing at our tower sites in Trà Cú",
        "Tower operator in Trà Cú district. Diesel is one of our largest operating costs, fuel logistics are hard and "
        "refuelling invoices do not match what the backup generators should burn; twice a site went dark because the "
        "tank was empty. We need remote fuel-level monitoring with theft alarms and a way to check deliveries against "
        "invoices.",
        {"mYo060": 2, "mYo061": 2, "mYo161": 2, "mYo064": 2, "mYo063": 1, "mYo052": 1},
    ),
    (
        "mYn24",
        "vi",
        "vn_evn_sms_matdien",
        "Cần cảnh báo về điện thoại khi trạm mất điện lưới và ắc quy sắp cạn",
        "Hợp tác xã dịch vụ có 5 trạm lặp vô tuyến và tủ thiết bị mạng rải rác ở Tam Bình. Mỗi lần mất điện chúng tôi "
        "không biết, đến khi ắc quy cạn thì mạng sập. Cần thiết bị giám sát gửi cảnh báo (SMS hoặc ứng dụng) khi mất điện "
        "lưới, điện áp ắc quy thấp, nhiệt độ tủ cao.",
        {"mYo044": 2, "mYo062": 2, "mYo047": 2, "mYo046": 1, "mYo123": 1, "mYo063": 1},
    ),
    (
        "mYn25",
        "en",
        "en_dps_powerfail",
        "Remote alarms for air conditioning, temperature and doors in equipment shelters",
        "Telecom services company maintaining 15 unmanned shelters in Vũng Liêm. Air conditioners fail silently and "
        "equipment overheats; doors are left open. We want small monitoring units that read temperature, HVAC and "
        "generator status and door contacts and send alerts to our existing network management system.",
        {"mYo063": 2, "mYo046": 2, "mYo044": 2, "mYo045": 1, "mYo064": 1, "mYo062": 1},
    ),
    (
        "mYn26",
        "en",
        "en_pknb_hybrid",
        "Hybrid PV-battery retrofit for 20 towers without upfront capital",
        "Regional tower company with 20 diesel-backed sites across Trà Vinh and Vĩnh Long. We want to add solar and "
        "lithium storage to cut generator hours but cannot pay for it upfront; we are looking for a standard retrofit "
        "kit or an energy-as-a-service contract with monitoring and performance guarantees.",
        {"mYo052": 2, "mYo053": 2, "mYo048": 2, "mYo054": 1, "mYo041": 1, "mYo051": 1},
    ),
    (
        "mYn27",
        "vi",
        "vn_sgu_xanh_bts",
        "Cần đánh giá độc lập có nên lắp điện mặt trời cho trạm có tải ban đêm lớn, phòng máy nóng",
        "Doanh nghiệp viễn thông ở Trà Ôn được chào hệ điện mặt trời - ắc quy cho 6 trạm nhưng tải của trạm ban đêm gần "
        "bằng ban ngày và phòng máy thường trên 40 °C. Cần chuyên gia kiểm tra lại thiết kế, tính tuổi thọ pin theo nhiệt "
        "độ thực tế trước khi đầu tư.",
        {"mYo051": 2, "mYo054": 1, "mYo043": 1, "mYo057": 1, "mYo040": 1},
    ),
    (
        "mYn28",
        "vi",
        "vn_condao_hybrid",
        "Hệ điện mặt trời độc lập cho trạm phát sóng trên cù lao Hòa Minh xa lưới điện",
        "Nhà mạng cần dựng trạm phát sóng ở đầu cù lao Hòa Minh, Châu Thành, nơi kéo điện lưới rất tốn kém và chở dầu "
        "chạy máy phát diesel ngày càng đắt. Cần hệ pin mặt trời độc lập cấp điện một chiều cho thiết bị viễn thông, có "
        "ắc quy lưu trữ đủ qua đêm và mùa mưa, lắp đặt nhanh.",
        {"mYo041": 2, "mYo053": 2, "mYo048": 2, "mYo055": 2, "mYo050": 1, "mYo040": 1, "mYo043": 1},
    ),
    (
        "mYn29",
        "vi",
        "en_techterms_ups",
        "Mất điện là mất Wi-Fi: cần bộ lưu điện nhỏ cho modem ở nhà vườn Long Hồ",
        "Nhà vườn ở cù lao An Bình, Long Hồ bán hàng qua mạng và dùng camera trông vườn. Khu vực hay cắt điện vài giờ; "
        "modem và router Wi-Fi tốn rất ít điện nhưng vẫn tắt theo điện lưới nên mất mạng. Không cần lưu điện cho máy tính, "
        "chỉ cần bộ lưu điện nhỏ gọn giữ modem, router chạy ít nhất 3-4 giờ.",
        {"mYo066": 2, "mYo067": 2, "mYo065": 2, "mYo068": 1, "mYo154": 1},
    ),
    (
        "mYn30",
        "en",
        "en_techterms_ups",
        "Keep the farm office router and modem online during power cuts",
        "Coconut processing household business in Châu Thành district, Trà Vinh. Our orders come in through the "
        "internet, but power cuts of several hours take the modem and Wi-Fi router down. We need a simple battery "
        "backup for these two small devices only.",
        {"mYo066": 2, "mYo067": 2, "mYo065": 2, "mYo068": 1, "mYo154": 1},
    ),
    (
        "mYn31",
        "vi",
        "en_hackaday_tinyups",
        "Cup dien hoai, can UPS mini cho modem wifi",
        "Quan ca phe nho o Vung Liem, khu nay cup dien thuong xuyen, cup la khach khong vao mang duoc. Router va modem "
        "ton it dien nen minh muon mua bo luu dien mini hoac cach dung pin, sac du phong de chung chay them vai tieng.",
        {"mYo065": 2, "mYo066": 2, "mYo068": 2, "mYo067": 1, "mYo154": 1},
    ),
    # --- public Wi-Fi ---
    (
        "mYn32",
        "vi",
        "vn_ngoisao_wifi",
        "Phát Wi-Fi miễn phí ở khu du lịch Ao Bà Om dịp lễ hội Ok Om Bok",
        "Ban quản lý khu di tích Ao Bà Om, TP Trà Vinh: nhiều thành phố du lịch đã phủ Wi-Fi miễn phí để thu hút khách; "
        "dịp lễ hội Ok Om Bok và đua ghe ngo có hàng vạn khách, chúng tôi cần lắp các điểm phát Wi-Fi miễn phí quanh ao, "
        "khu ẩm thực, bãi xe để khách tra cứu thông tin, chia sẻ hình ảnh, đủ tải cho đông người cùng lúc.",
        {"mYo069": 2, "mYo070": 2, "mYo071": 2, "mYo072": 2, "mYo073": 2, "mYo162": 1},
    ),
    (
        "mYn33",
        "en",
        "vn_netgear_wifi_congcong",
        "Free public Wi-Fi at Trà Vinh central market and bus station",
        "Market management board in Trà Vinh city. Many cities offer free public Wi-Fi for tourism and community life, "
        "paid for by the local government or operators. Small traders and travellers here use costly mobile data, so "
        "we want free Wi-Fi covering the market halls and the nearby bus station, installed and operated by a provider "
        "with enough capacity for hundreds of users.",
        {"mYo069": 2, "mYo071": 2, "mYo072": 2, "mYo075": 2, "mYo074": 1, "mYo070": 1, "mYo035": 1},
    ),
    (
        "mYn34",
        "en",
        "en_tuoitre_tet_wifi",
        "Temporary Wi-Fi for the Tet flower street along the Vĩnh Long riverside",
        "Event organiser of the Tet flower street on the riverfront of Vĩnh Long city. Visitors want to share photos "
        "and videos while touring; for about 10 days we need free Wi-Fi hotspots along the flower street and the park, "
        "with unlimited bandwidth and simple login, installed before opening and removed afterwards.",
        {"mYo070": 2, "mYo069": 2, "mYo073": 2, "mYo072": 1, "mYo071": 1},
    ),
    (
        "mYn35",
        "vi",
        "en_solarkiosk",
        "Wi-Fi cho bến phà, điểm chờ không có điện lưới ổn định: dùng pin mặt trời",
        "Hợp tác xã vận tải thủy có bến phà nhỏ ở Trà Ôn, điện chập chờn. Muốn lắp điểm phát Wi-Fi cho khách chờ phà "
        "chạy bằng pin mặt trời và ắc quy, tự giảm tải khi trời âm u, kèm chỗ sạc điện thoại.",
        {"mYo162": 2, "mYo079": 2, "mYo144": 1, "mYo041": 1},
    ),
    (
        "mYn36",
        "en",
        "en_itu_giga_asia",
        "Connect 40 rural primary schools in Trà Cú and share the link with the community",
        "District education office in Trà Cú. About 40 primary schools and satellite classrooms have no usable "
        "internet. We want to map their connectivity, use public universal-service funding, bundle the schools into "
        "one procurement with a solution cheaper than 4G, and let the surrounding hamlet use the school link after hours.",
        {"mYo077": 2, "mYo078": 2, "mYo080": 1, "mYo023": 1, "mYo012": 1, "mYo035": 1},
    ),
    (
        "mYn37",
        "vi",
        "vn_vngeek_wifi",
        "Wi-Fi cho trường học nhiều dãy phòng ở Càng Long, phủ đều mà không nghẽn",
        "Trường THCS ở Càng Long có 3 dãy phòng học, thư viện và sân. Trường đã đề nghị nhà mạng lắp modem phát thật "
        "mạnh đặt ở văn phòng nhưng các dãy xa vẫn không có sóng, giờ tin học nhiều máy vào cùng lúc thì nghẽn. Cần đơn vị "
        "thiết kế và lắp hệ thống nhiều điểm truy cập có dây, chọn băng tần phù hợp.",
        {"mYo035": 2, "mYo033": 2, "mYo034": 1, "mYo077": 1},
    ),
    (
        "mYn38",
        "vi",
        "vn_khoahoc_mesh",
        "Wi-Fi phủ sân vườn và các phòng homestay ở cù lao An Bình",
        "Homestay ở cù lao An Bình, Long Hồ có nhà chính, 6 phòng nghỉ rải trong vườn và chòi ven sông; router nhà mạng "
        "chỉ phủ được nhà chính. Cần tư vấn và lắp hệ Wi-Fi gồm router chính và các bộ phát phụ cùng một tên mạng, phủ cả vườn, khách đi từ phòng ra chòi không phải kết nối lại.",
        {"mYo034": 2, "mYo033": 2, "mYo035": 2, "mYo019": 1},
    ),
    (
        "mYn39",
        "en",
        "en_worship_hub",
        "Community Wi-Fi hub at a Khmer pagoda serving the surrounding hamlet in Trà Cú",
        "Pagoda management committee in Trà Cú. Almost everyone in the hamlet visits the pagoda, which has the tallest "
        "roof around, while mobile coverage is patchy and few families can afford home broadband. We want the pagoda "
        "to become an internet hub, with wireless access radiating from its roof to nearby homes, low-cost or free.",
        {"mYo074": 1, "mYo019": 2, "mYo022": 2, "mYo076": 2, "mYo075": 1},
    ),
]

NEEDS += [
    # --- community internet and digital skills ---
    (
        "mYn40",
        "vi",
        "vn_kinhtedothi_tocns",
        "Ấp mới lập tổ công nghệ số cộng đồng, cần tập huấn và tài liệu hướng dẫn",
        "UBND xã Mỹ Long Bắc, Cầu Ngang vừa thành lập tổ công nghệ số cộng đồng ở 6 ấp, thành viên là đoàn viên, chi hội "
        "phụ nữ nhưng chưa được tập huấn. Cần đơn vị tập huấn nghiệp vụ, cách tổ chức hướng dẫn tận nhà, lập nhóm Zalo ấp "
        "để hỗ trợ bà con dùng dịch vụ công, thanh toán và bán hàng trên mạng.",
        {"mYo081": 2, "mYo084": 2, "mYo082": 2, "mYo083": 1, "mYo089": 1},
    ),
    (
        "mYn41",
        "en",
        "en_digifarmer",
        "Digital literacy training for 300 farmers of a rice cooperative in Cầu Ngang",
        "Rice and vegetable cooperative in Cầu Ngang. Most of our 300 members own smartphones but cannot search for "
        "prices and weather, use e-mail or online banking. We need a training course or centre with a curriculum "
        "adapted to farmers, and trainers who can come to the commune.",
        {"mYo088": 2, "mYo090": 2, "mYo089": 1, "mYo091": 1, "mYo084": 1, "mYo082": 1},
    ),
    (
        "mYn42",
        "vi",
        "vn_ictvn_tocns_thidiem",
        "Hướng dẫn người cao tuổi ở Tiểu Cần dùng định danh điện tử và dịch vụ công trực tuyến",
        "Hội người cao tuổi thị trấn Cầu Quan, Tiểu Cần: nhiều cụ có điện thoại thông minh nhưng không biết cài VNeID, "
        "nộp hồ sơ trực tuyến, nhận lương hưu qua tài khoản. Theo hướng dẫn thí điểm tổ công nghệ số cộng đồng, chúng tôi "
        "cần tổ hỗ trợ ở từng khóm, có doanh nghiệp bưu chính, viễn thông cùng tham gia, đến tận nhà hướng dẫn từng bước.",
        {"mYo084": 2, "mYo081": 2, "mYo082": 2, "mYo090": 1, "mYo092": 1},
    ),
    (
        "mYn43",
        "en",
        "en_tvu_khmer",
        "Digital skills for Khmer farming families through pagodas in Trà Cú",
        "Khmer community association in Trà Cú. Many older farmers speak mainly Khmer and are reached best through the "
        "pagoda and respected elders. We are looking for a programme that uses pagodas, monks and prestigious people to "
        "bring social media, online services and farming information to Khmer families.",
        {"mYo087": 2, "mYo089": 1, "mYo088": 1, "mYo081": 1},
    ),
    (
        "mYn44",
        "vi",
        "en_locallygrown",
        "Tập huấn xã viên bán nông sản trên sàn thương mại điện tử",
        "Hợp tác xã rau màu ở Càng Long muốn bán trực tiếp cho khách qua mạng: xã viên đăng hàng mỗi tuần, khách đặt "
        "trước, thu hoạch đúng số đã bán. Cần người hướng dẫn xã viên mở gian hàng trên sàn thương mại điện tử, đăng sản "
        "phẩm, nhận đơn và thanh toán trực tuyến.",
        {"mYo083": 2, "mYo081": 1, "mYo147": 1},
    ),
    (
        "mYn45",
        "vi",
        "vn_bdvhx_bachthong",
        "Điểm bưu điện văn hóa xã vắng người, muốn thành điểm truy cập Internet cộng đồng",
        "Xã Ngọc Biên, Trà Cú có điểm bưu điện văn hóa xã nhưng chỉ còn ít sách cũ, ít người đến vì nhà nào cũng có điện "
        "thoại. Xã muốn trang bị máy tính nối mạng, thêm dịch vụ (chuyển phát, hướng dẫn dịch vụ công) để điểm này thành "
        "nơi người dân, học sinh lên mạng và học kỹ năng số.",
        {"mYo085": 2, "mYo086": 2, "mYo092": 2, "mYo093": 1, "mYo081": 1},
    ),
    (
        "mYn46",
        "en",
        "en_telecentre_grok",
        "Set up a village telecentre with shared computers and an operator in Long Đức",
        "Women's union of Long Đức commune, Trà Vinh city outskirts. We want a small public centre with a few "
        "computers, internet, printing and a trained operator who helps women, youth and elderly people go online, "
        "with fees or partnerships to keep it running after the first year.",
        {"mYo092": 2, "mYo085": 2, "mYo086": 1, "mYo090": 1, "mYo088": 1},
    ),
    (
        "mYn47",
        "vi",
        "en_deccan_pmgdisha",
        "Can nguoi day nong dan dung dien thoai thong minh",
        "To khuyen nong xa Phuoc Hung, Tra Cu muon pho cap ky nang so cho ho nong dan de ba con tu tra gia, xem du bao "
        "thoi tiet, dung Zalo, chuyen khoan khong dung tien mat. Can tai lieu va nguoi tap huan cho can bo khuyen nong, "
        "can bo y te ap de ho ve day lai ba con.",
        {"mYo084": 2, "mYo082": 2, "mYo088": 2, "mYo089": 2, "mYo090": 1, "mYo091": 1},
    ),
    # --- network maintenance ---
    (
        "mYn48",
        "en",
        "en_fibernext_repair",
        "Maintenance contract for 60 km of rural fibre lines in Châu Thành",
        "Local internet provider in Châu Thành district with about 60 km of aerial and buried fibre to hamlets. We "
        "lack staff for route patrols and testing. We need a contractor for periodic inspection, OTDR testing to spot "
        "degradation, and emergency splicing when a line is cut.",
        {"mYo094": 2, "mYo163": 2, "mYo095": 1, "mYo096": 1, "mYo142": 1},
    ),
    (
        "mYn49",
        "vi",
        "vn_fptedu_ftth",
        "Tuyến cáp quang bị xe cẩu kéo đứt, cần định vị điểm đứt và hàn nối nhanh",
        "Khu công nghiệp Long Đức: trục cáp quang bị xe tải cẩu cây chạm vào cột làm đứt, toàn bộ các đường FTTH của "
        "doanh nghiệp mất tín hiệu, sau khi nối lại vẫn còn suy hao. Cần đơn vị định vị chính xác điểm lỗi bằng máy đo, "
        "hàn nối và đo kiểm lại toàn tuyến.",
        {"mYo163": 2, "mYo095": 2, "mYo096": 2, "mYo094": 2, "mYo142": 1},
    ),
    (
        "mYn50",
        "en",
        "vn_nguoiduatin_bao10",
        "Storm and flood response crew to keep coastal cell sites alive in Duyên Hải",
        "Infrastructure company with sites in low-lying coastal communes of Duyên Hải. When a storm hits, the power "
        "company cuts the grid to over half of the stations and many cable routes are cut. We want a mobile response "
        "team that runs and refuels generators, brings mobile base stations, rebuilds fallen poles and re-splices cut "
        "cables within a day or two.",
        {"mYo097": 2, "mYo098": 2, "mYo099": 2, "mYo100": 2, "mYo049": 1},
    ),
    (
        "mYn51",
        "vi",
        "vn_yagi_ungcuu",
        "Sau giông lốc, cột treo cáp ở ấp ngã đổ, tủ cáp ngập nước: cần khôi phục nhanh",
        "Nhà cung cấp Internet nhỏ ở Cầu Kè: trận giông lốc làm gãy, nghiêng hàng chục cột treo cáp, vài tủ cáp ngập "
        "bùn, nhiều thuê bao đứt dây do cây đổ. Cần đội thi công dựng lại cột, xử lý tủ cáp, củng cố đoạn cáp võng và "
        "khôi phục thuê bao trong vài ngày.",
        {"mYo099": 2, "mYo100": 2, "mYo097": 1, "mYo098": 1},
    ),
    (
        "mYn52",
        "vi",
        "vn_hcm_ngamhoa",
        "Day cap vien thong o cho Cau Ke chung vong, roi rac, can bo gon",
        "Ban quan ly cho thi tran Cau Ke: day cap quang, cap thue bao cua nhieu nha mang treo chang chit, chung thap qua "
        "dau xe tai, co doan bo hoang khong ai dung. Can don vi phoi hop nha mang thu hoi cap thua, bo gon cap chung vong.",
        {"mYo102": 2, "mYo103": 2, "mYo141": 1},
    ),
    (
        "mYn53",
        "en",
        "vn_laodong_capnhen",
        "Tidy up sagging telecom cables along the main street of Tiểu Cần town",
        "Town urban-management office in Tiểu Cần. Like the tangled 'spider webs' of power and telecom cables that "
        "remain in big cities even after undergrounding, cables of several operators hang low along our main street, "
        "some abandoned, a danger to people below. We need a contractor and a coordination plan with the operators to "
        "remove dead cables and bundle the rest safely, street by street.",
        {"mYo102": 2, "mYo103": 2, "mYo141": 1, "mYo010": 1},
    ),
    (
        "mYn54",
        "en",
        "en_sen_marine",
        "Salt corrosion of outdoor network cabinets near the sea at Duyên Hải",
        "Aquaculture company with network cabinets and radio boxes on poles along the sea dyke in Duyên Hải. Salt mist "
        "gets in through the vents, dries into crystals and corrodes terminals and hinges within a year. We need "
        "corrosion-resistant cabinets and a method to assess and protect equipment at coastal sites.",
        {"mYo104": 2, "mYo105": 2, "mYo153": 1},
    ),
    (
        "mYn55",
        "vi",
        "en_caltrans_enclosure",
        "Tủ cáp, hộp thiết bị mạng ven biển Ba Động gỉ sét do hơi muối, đọng nước",
        "Khu nghỉ dưỡng gần biển Ba Động, Duyên Hải có các tủ mạng, hộp điểm phát ngoài trời bị gỉ và đọng hơi nước bên "
        "trong chỉ sau một mùa. Cần tủ chống ăn mòn, đạt chuẩn kín nước, có thông gió chống ngưng tụ, và tư vấn kiểm tra "
        "mức ảnh hưởng của muối.",
        {"mYo104": 2, "mYo105": 2, "mYo153": 1, "mYo152": 1},
    ),
]

NEEDS += [
    # --- lightning protection of telecom equipment ---
    (
        "mYn56",
        "vi",
        "vn_dongset_dientro",
        "Trạm phát sóng ở Cầu Ngang bị sét đánh hỏng thiết bị: cần thiết kế lại chống sét và tiếp địa",
        "Doanh nghiệp hạ tầng có trạm BTS giữa cánh đồng ở xã Hiệp Mỹ Tây, Cầu Ngang, vùng dông sét dày và đất nhiễm mặn "
        "khó đạt điện trở tiếp địa: hai mùa mưa liền bị sét làm cháy khối vô tuyến trên cột, máy nắn và cổng mạng. Cần đơn "
        "vị đánh giá rủi ro, thiết kế lại kim thu sét, dây dẫn, hệ tiếp địa và chống sét lan truyền cho nguồn, cáp tín hiệu.",
        {
            "mYo106": 2,
            "mYo107": 2,
            "mYo110": 2,
            "mYo117": 2,
            "mYo165": 2,
            "mYo114": 2,
            "mYo115": 2,
            "mYo108": 1,
            "mYo111": 1,
            "mYo112": 2,
            "mYo109": 1,
            "mYo116": 2,
        },
    ),
    (
        "mYn57",
        "en",
        "vn_tt16_2020",
        "Lightning protection and earthing for a new 42 m tower on sandy coastal soil at Long Hữu",
        "Contractor building a 42 m self-supporting tower for 4G/5G on sandy ground in Long Hữu, Duyên Hải, a very "
        "lightning-prone area, which must meet the national regulation for telecom stations. We need the full system "
        "designed: air terminals, down conductors, an earthing system that reaches low resistance in sandy soil, "
        "supporting structure, and surge protection for the radio units and baseband equipment.",
        {
            "mYo116": 2,
            "mYo117": 2,
            "mYo114": 2,
            "mYo115": 2,
            "mYo107": 2,
            "mYo165": 2,
            "mYo111": 1,
            "mYo108": 1,
            "mYo112": 2,
            "mYo109": 1,
            "mYo106": 2,
        },
    ),
    (
        "mYn58",
        "vi",
        "vn_kth_kiemdinh",
        "Trạm phát sóng bị sét đánh, đo điện trở đất vẫn cao: cần cải tạo hệ tiếp địa",
        "Chủ trạm lặp vô tuyến ở đất giồng cát Trà Cú: đo điện trở tiếp địa vượt xa mức cho phép, sau mỗi trận giông lại "
        "hỏng thiết bị. Cần khảo sát điện trở suất đất, thiết kế thêm cọc, hóa chất giảm điện trở, nối đẳng thế các tủ "
        "thiết bị và nghiệm thu lại.",
        {"mYo107": 2, "mYo116": 2, "mYo111": 1, "mYo156": 1, "mYo109": 1, "mYo106": 2, "mYo117": 1, "mYo112": 1},
    ),
    (
        "mYn59",
        "en",
        "en_ndp_arrestor",
        "Surge protectors for outdoor Wi-Fi access points on market poles",
        "Trà Vinh market Wi-Fi operator: our access points have integrated antennas and are fed by long outdoor PoE "
        "cables back to a switch room, so there is no obvious place for an arrestor, and after storms we replace APs "
        "and switch ports. We need Ethernet/PoE surge protectors at both ends, properly grounded, and an installation "
        "standard so the crew really connects them.",
        {"mYo118": 2, "mYo119": 2, "mYo120": 2, "mYo122": 2, "mYo121": 1, "mYo113": 1},
    ),
    (
        "mYn60",
        "vi",
        "en_ndp_arrestor",
        "Chống sét lan truyền cho camera và điểm phát Wi-Fi dùng cáp PoE ngoài trời ở trang trại",
        "Trang trại nuôi bò ở Cầu Kè có 12 camera IP và 3 bộ phát Wi-Fi ngoài trời chạy cáp mạng PoE dài hàng trăm mét; "
        "thợ lắp trước đây không gắn bộ chống sét hoặc gắn mà không nối đất, sau giông thường cháy switch và camera. Cần "
        "thiết bị chống sét lan truyền cho đường mạng PoE, chịu được ngoài trời, và hướng dẫn tiếp đất.",
        {"mYo120": 2, "mYo121": 1, "mYo118": 2, "mYo122": 2, "mYo119": 2, "mYo106": 1, "mYo109": 1, "mYo113": 1},
    ),
    (
        "mYn61",
        "en",
        "vn_giaiphap_chongset_vt",
        "Bring our telecom stations and outside-plant cable in line with the national lightning code",
        "Small licensed telecom operator in Vĩnh Long with 9 stations and aerial cable routes in a humid, high "
        "lightning-density area. An inspection found our lightning protection does not follow the national technical "
        "regulation and code for telecom works. We need a consultant to assess the risk at each site, audit the "
        "installations and specify what to fix.",
        {"mYo108": 2, "mYo107": 2, "mYo110": 1, "mYo114": 1, "mYo112": 1},
    ),
    (
        "mYn62",
        "vi",
        "en_slashdot_protectors",
        "Bộ phát Internet không dây gắn trên cột của HTX hay hỏng sau mưa giông",
        "Hợp tác xã dịch vụ ở Tiểu Cần lắp các bộ phát Internet không dây trên cột sắt 12 m cấp cho hộ xã viên, cáp mạng và "
        "bộ cấp nguồn PoE đi từ cột vào nhà; mỗi mùa mưa hỏng vài bộ và cả switch trong nhà. Cần hướng dẫn vị trí gắn thiết "
        "bị, tiếp đất cột, bộ chống sét ở chỗ cáp vào nhà và bộ bảo vệ thứ cấp gần thiết bị.",
        {"mYo118": 2, "mYo119": 2, "mYo120": 2, "mYo121": 1, "mYo113": 2, "mYo116": 1, "mYo109": 1, "mYo106": 1},
    ),
    (
        "mYn63",
        "en",
        "en_headlight_pv",
        "Lightning protection for a solar-powered telecom hut on the shrimp-farm dyke",
        "Aquaculture cooperative in Cầu Ngang runs a small radio and internet hut powered by PV panels on an open "
        "dyke, the tallest object around. We need lightning protection for the mast, the PV array and the equipment "
        "inside, including surge suppression on power and data lines.",
        {"mYo115": 2, "mYo117": 2, "mYo114": 1, "mYo106": 1, "mYo151": 1, "mYo109": 1, "mYo116": 1, "mYo112": 1},
    ),
    # --- connectivity for farm sensors and boats ---
    (
        "mYn64",
        "vi",
        "vn_ctu_luatom_iot",
        "Ao tôm ở Duyên Hải không có sóng ổn định: cần mạng truyền dữ liệu cảm biến",
        "Hợp tác xã nuôi tôm ở Đông Hải, Duyên Hải đã có cảm biến đo độ mặn, pH, oxy nhưng ao xa nhà, sóng 4G yếu, Wi-Fi "
        "không tới nên dữ liệu không về được. Cần mạng tầm xa, tiết kiệm pin để gom dữ liệu từ khoảng 50 ao về một điểm có "
        "Internet.",
        {"mYo157": 2, "mYo158": 2, "mYo131": 1, "mYo132": 1, "mYo134": 1, "mYo036": 1, "mYo166": 2},
    ),
    (
        "mYn65",
        "en",
        "vn_ctu_iot_vinhlong",
        "Long-range network to bring pond sensor data across 3 km of shrimp farms",
        "Shrimp farm company in Cầu Ngang with pond sensors spread over about 3 km; only the office has internet. We "
        "need a low-power long-range wireless network (gateways and settings) to carry sensor readings from all ponds "
        "to the office so alerts reach farmers' phones.",
        {"mYo158": 2, "mYo157": 2, "mYo134": 1, "mYo131": 1, "mYo166": 2},
    ),
    (
        "mYn66",
        "vi",
        "vn_tienphong_vetinh_bentre",
        "Tàu cá ở cửa Định An cần liên lạc với bờ và báo cấp cứu khi ra khơi",
        "Tổ đội tàu cá ở xã Định An, Trà Cú: ra khơi nhiều ngày là mất sóng điện thoại, gia đình không liên lạc được, "
        "khi gặp nạn khó báo. Cần thiết bị trên tàu nhắn tin được về bờ, nhận tin thời tiết và có nút báo cấp cứu.",
        {"mYo136": 2, "mYo135": 1, "mYo031": 1},
    ),
    # --- further needs ---
    (
        "mYn67",
        "en",
        "vn_vinhlong_hatang",
        "Build telecom ducts and 5G-ready infrastructure into a new industrial cluster in Vĩnh Long",
        "Developer of an industrial cluster in Vĩnh Long province. The provincial plan calls for 5G and fibre "
        "coverage of all industrial zones and clusters. We want ducts, cable poles and a shared mast site designed "
        "into our roads from the start and rented to operators.",
        {"mYo011": 2, "mYo010": 1, "mYo009": 1, "mYo038": 1, "mYo039": 1, "mYo004": 1},
    ),
    (
        "mYn68",
        "en",
        "en_booster_survey",
        "Dead zones in a hamlet: operator-installed repeater or small site wanted",
        "Hamlet head in Vũng Liêm. At the far end of the hamlet phones lose signal inside houses; a shop sells "
        "boosters but we are told self-installed ones are illegal. We want an operator to assess the dead zone and "
        "install a legal repeater or a new small site.",
        {"mYo032": 2, "mYo037": 2, "mYo028": 1, "mYo029": 1},
    ),
    (
        "mYn69",
        "vi",
        "en_kinetic_mw_rural",
        "Nối mạng từ đất liền ra cù lao qua sông rộng, không kéo cáp được",
        "Doanh nghiệp du lịch trên cù lao ở Trà Ôn cần đường truyền dung lượng lớn từ đất liền ra cù lao cách hơn 1 km mặt "
        "sông; vùng quê bằng phẳng, trống trải nhưng kéo cáp quang qua sông quá tốn kém và lâu. Cần thiết kế, lắp đường "
        "truyền vô tuyến điểm - điểm giữa các cột có tầm nhìn thẳng, chịu được mưa lớn.",
        {"mYo025": 2, "mYo026": 2, "mYo027": 2, "mYo164": 1, "mYo013": 1},
    ),
    (
        "mYn70",
        "en",
        "vn_fptedu_ftth",
        "Backup internet for a seafood plant in Duyên Hải when the fibre is cut",
        "Seafood processing plant in Duyên Hải. Twice this year a truck snagged the aerial fibre and all our lines "
        "were down for a day, stopping orders and camera monitoring. We want a second, independent link (satellite or "
        "radio) that takes over when the fibre fails.",
        {"mYo030": 2, "mYo031": 2, "mYo023": 1, "mYo025": 1, "mYo024": 1},
    ),
    (
        "mYn71",
        "en",
        "vn_laodong_tocns",
        "Digital helpdesk at the commune one-stop office in Hòa Lợi",
        "People's committee of Hòa Lợi commune, Châu Thành. Following the national pilot of community digital "
        "technology teams, we want trained volunteers to help citizens who come to the one-stop office, and visit homes "
        "hamlet by hamlet, to use online public services, e-ID, QR health declarations and cashless payments.",
        {"mYo081": 2, "mYo082": 2, "mYo084": 2, "mYo075": 1},
    ),
    (
        "mYn72",
        "vi",
        "en_okra_cicada",
        "Cấp điện mặt trời cho cột phát Internet không dây của HTX ở nơi chưa có điện",
        "Hợp tác xã muối ở Duyên Hải muốn dựng cột phát Wi-Fi/Internet không dây giữa đồng muối, cách đường điện gần nhất "
        "2 km. Cần bộ nguồn pin mặt trời, ắc quy và bộ điều khiển sạc đủ nuôi thiết bị phát sóng ngày đêm.",
        {"mYo079": 2, "mYo162": 2, "mYo013": 1, "mYo041": 1, "mYo164": 1},
    ),
    (
        "mYn73",
        "en",
        "vn_bacgiang_lom",
        "Extend 4G coverage to a coastal hamlet of Long Vĩnh",
        "Hamlet of about 60 fishing households in Long Vĩnh, Duyên Hải, one of the last signal hollows of the district. "
        "Mobile data drops in and out and people walk to the dyke to call, so they cannot follow weather warnings or "
        "farming advice online. We want an operator to survey and extend 4G coverage, with fibre later.",
        {"mYo009": 2, "mYo037": 2, "mYo032": 1, "mYo039": 1, "mYo012": 1},
    ),
    (
        "mYn74",
        "vi",
        "vn_nguoiduatin_bao10",
        "Phương án ứng cứu thông tin mùa mưa bão cho các trạm ở Duyên Hải",
        "Chi nhánh viễn thông phụ trách vùng ven biển Duyên Hải cần xây dựng phương án trước mùa bão: khi bão vào, điện "
        "lực cắt điện cục bộ làm hơn một nửa số trạm mất điện và hàng trăm tuyến cáp có thể bị đứt. Cần đội cơ động, xe "
        "phát sóng lưu động, máy phát và nhiên liệu dự phòng, quy trình dựng lại cột, xử lý tủ ngập, nối cáp đứt.",
        {"mYo097": 2, "mYo098": 2, "mYo099": 2, "mYo100": 2, "mYo049": 1},
    ),
    (
        "mYn75",
        "en",
        "en_register_lidar",
        "Choose between fibre and fixed wireless for 200 households spread along canals",
        "Commune in Tam Bình, Vĩnh Long, with 200 households scattered along canals and a small public fund. Fibre to "
        "farmhouses kilometres from the centre may never pay back, while solar-powered wireless sites are cheap but "
        "need coverage prediction from good terrain and tree data. We need an engineering comparison of fibre and "
        "fixed wireless for our area before choosing a provider.",
        {"mYo014": 2, "mYo015": 2, "mYo006": 2, "mYo002": 1, "mYo003": 1, "mYo012": 1},
    ),
]
