"""Offers of the holdout40 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- rooftop and ground solar ---
    (
        "jPo001",
        "vi",
        "tv134",
        "Tư vấn thủ tục và lắp đặt điện mặt trời áp mái hòa lưới cho hộ gia đình, cơ quan",
        "Đơn vị điện lực tỉnh hỗ trợ khách hàng từ khảo sát mái, tư vấn công suất đến thủ tục đấu nối và lắp công tơ hai chiều cho hệ thống điện mặt trời áp mái. "
        "Đến cuối tháng 7/2019 trên địa bàn Trà Vinh đã có 134 công trình với tổng công suất 1.712,98 kWp, 116 công trình phát lên lưới hơn 124.000 kWh; riêng trụ sở điện lực lắp 94,6 kWp. "
        "Cán bộ kỹ thuật xuống tận hộ để giải thích chính sách giá mua điện, lợi ích và cách vận hành an toàn.",
    ),
    (
        "jPo002",
        "en",
        "trungnam",
        "Ground-mounted solar EPC and O&M for coastal sand-dune sites",
        "A renewable-energy group offers design, construction and operation of large ground-mounted PV plants on coastal land, based on its 165 MWp plant on 171 ha in Duyên Hải (32 inverter stations, 2x90 MVA substation, over 440,000 panels). "
        "Site assessment uses the coastal irradiation of 1,700-1,900 kWh/m2 per year (above 4.9 kWh/m2 per day) and evacuation through the 500/220 kV station. "
        "Suitable for investors and provinces planning utility-scale projects, not for single households.",
    ),
    (
        "jPo003",
        "vi",
        "trithuc_tn",
        "Mô hình nhà máy điện mặt trời kết hợp nông nghiệp công nghệ cao",
        "Giới thiệu cách bố trí dàn pin mặt trời trên giá đỡ cao kết hợp canh tác nông nghiệp bên dưới trên cùng một diện tích đất ven biển. "
        "Dự án mẫu tại xã Dân Thành có quy mô 171 ha, công suất 165 MWp, vốn hơn 3.500 tỷ đồng, hơn 440 nghìn tấm pin lắp trên 7.000 giá đỡ. "
        "Chia sẻ kinh nghiệm quy hoạch, đấu nối và phối hợp với địa phương cho nhà đầu tư quy mô lớn.",
    ),
    (
        "jPo004",
        "vi",
        "evncpc_std",
        "Bộ tiêu chuẩn kỹ thuật đấu nối điện mặt trời lắp mái vào lưới điện",
        "Tài liệu tiêu chuẩn do nhóm tư vấn ICASEA, EVNCPC và DECC xây dựng, quy định yêu cầu kỹ thuật khi đấu nối hệ thống điện mặt trời lắp mái vào lưới phân phối và quy định trao đổi điện hai chiều. "
        "Dùng để kiểm tra thiết kế, chọn biến tần, bảo vệ chống phát ngược khi mất lưới và thủ tục nghiệm thu. "
        "Phù hợp cho đơn vị lắp đặt, cơ quan quản lý và doanh nghiệp muốn tự kiểm tra hồ sơ trước khi đấu nối.",
    ),
    (
        "jPo005",
        "vi",
        "vuphong_cost",
        "Gói điện mặt trời hộ gia đình chi phí thấp",
        "Doanh nghiệp lắp đặt giới thiệu các gói điện mặt trời áp mái công suất nhỏ cho hộ gia đình, tính toán chi phí đầu tư tối thiểu theo diện tích mái và mức tiêu thụ điện hằng tháng. "
        "Bao gồm khảo sát, chọn tấm pin và biến tần hòa lưới, lắp đặt và hướng dẫn theo dõi sản lượng. "
        "Thích hợp cho hộ dân, tiệm kinh doanh nhỏ muốn giảm tiền điện ban ngày.",
    ),
    (
        "jPo006",
        "vi",
        "wenergy",
        "Thiết kế điện mặt trời hòa lưới hoặc hybrid có lưu trữ cho nhà ở và cơ sở nhỏ",
        "Tư vấn lựa chọn giữa hệ hòa lưới (chi phí thấp, đơn giản, ngừng khi mất điện lưới) và hệ hybrid có pin lưu trữ (giữ điện khi cúp điện, dùng được ban đêm). "
        "Đơn vị khảo sát phụ tải, thiết kế, lắp đặt và bảo trì trọn gói. "
        "Khuyến nghị hybrid cho nơi lưới điện chập chờn hoặc cần tự chủ điện.",
    ),
    # --- solar for aquaculture ---
    (
        "jPo007",
        "vi",
        "qngai_shrimp",
        "Hệ thống điện mặt trời cấp điện cho quạt nước và thiết bị ao nuôi tôm",
        "Mô hình tiên phong tại vùng nuôi tôm trên cát 3 ha gồm 22 hồ: hệ thống điện mặt trời chạy quạt oxy, giúp không còn cảnh quá tải, điện chập chờn giờ cao điểm. "
        "Chi phí tiền điện giảm khoảng 60% so với trước. "
        "Kết cấu giá đỡ được gia cố để chịu gió bão và triều cường vùng ven biển; có thể chuyển giao thiết kế cho các hộ nuôi khác.",
    ),
    (
        "jPo008",
        "vi",
        "nhabe_aqua",
        "Giải pháp điện mặt trời cho trại nuôi thủy sản: sục khí, bơm nước, chiếu sáng",
        "Tư vấn và lắp đặt hệ thống điện mặt trời để chạy máy sục khí, máy bơm cấp thoát nước và chiếu sáng trong trang trại nuôi thủy sản, kể cả vùng xa lưới điện. "
        "Giúp duy trì oxy hòa tan ổn định khi mất điện, giảm chi phí điện khi giá điện tăng. "
        "Có phương án kết hợp bơm năng lượng mặt trời cho cấp thoát nước tuần hoàn.",
    ),
    (
        "jPo009",
        "vi",
        "solarspc",
        "Thiết kế điện mặt trời lắp nổi trên mặt ao và trên mái nhà kho trại thủy sản",
        "Đơn vị thiết kế hệ thống năng lượng mặt trời cho trang trại nuôi trồng thủy sản: tấm pin đơn tinh thể hiệu suất 18-22%, tuổi thọ 25-30 năm, biến tần string, micro hoặc hybrid. "
        "Vị trí lắp linh hoạt: mái kho, nhà xưởng, trụ quanh ao hoặc hệ phao nổi trên mặt nước để tận dụng diện tích ao. "
        "Tính toán phụ tải bơm, sục khí, chiếu sáng và làm lạnh để chọn công suất phù hợp.",
    ),
    (
        "jPo010",
        "vi",
        "camau_shrimp",
        "Mô hình thí điểm điện mặt trời trên vùng nuôi tôm quảng canh",
        "Công ty năng lượng tái tạo phối hợp đơn vị tư vấn nuôi tôm thực hiện thí điểm lắp pin mặt trời phía trên ao tôm quảng canh tại xã Tân Thuận (Đầm Dơi, Cà Mau). "
        "Mô hình theo dõi ảnh hưởng đến môi trường nước, tăng trưởng và sản lượng tôm để làm cơ sở nhân rộng. "
        "Kết quả tổng kết được chia sẻ cho địa phương và hộ nuôi quan tâm.",
    ),
    (
        "jPo011",
        "en",
        "shrimps_nhandan",
        "SHRIMPS: PV modules on shrimp greenhouse roofs - pilot and transfer to SMEs",
        "A Vietnamese-German research consortium (Fraunhofer ISE, Thünen Institute, Nong Lam University, Institute of Energy, Bạc Liêu agriculture department) pilots solar modules on the roofs of shrimp-rearing greenhouses. "
        "The system aims to use the same land for food and power, cut freshwater use, wastewater and CO2, and keep pond water temperature stable. "
        "After the pilot, the technology is to be transferred to small and medium aquaculture businesses in other provinces.",
    ),
    (
        "jPo012",
        "en",
        "actusolaire",
        "Solar-roofed ponds for shrimp and pangasius: feasibility and pilot design",
        "Feasibility studies for covering land-based shrimp ponds with PV roofs, which also shade the water and keep birds out. "
        "For a 1 MW installation in Bạc Liêu the estimate is about 15,000 t CO2 avoided per year and 75% less water use than a conventional farm; a second study covers 400 kW of solar roofs over a pangasius farm. "
        "Offered to fish and shrimp farms that want to evaluate dual land use.",
    ),
    (
        "jPo013",
        "vi",
        "susv_handbook",
        "Sổ tay và tập huấn sử dụng điện an toàn, tiết kiệm trong nuôi tôm",
        "Tài liệu và khóa tập huấn do dự án chuỗi giá trị tôm bền vững (OXFAM, ICAFIS, tài trợ EU) biên soạn cho người nuôi tôm siêu thâm canh. "
        "Hướng dẫn thiết kế, lắp đặt và vận hành an toàn hệ thống điện cho quạt nước, máy bơm, cách giảm tiêu hao điện trong ao nuôi. "
        "Phù hợp cho tổ hợp tác, hợp tác xã nuôi tôm muốn giảm tai nạn điện và tiền điện.",
    ),
    (
        "jPo014",
        "en",
        "shrimps_infostreet",
        "Aquavoltaic greenhouse design for intensive biofloc shrimp farms",
        "Design of closed shrimp greenhouses with integrated solar modules for biofloc farms, tested at a leading shrimp company's farm in the Mekong Delta. "
        "The cover keeps out birds and pathogens, shades workers and ponds, and reduces water exchange and antibiotic use, while the modules produce electricity for aerators and pumps. "
        "Technical and economic feasibility study available for farms planning new greenhouses.",
    ),
    # --- solar pumping ---
    (
        "jPo015",
        "en",
        "undp_kh",
        "Large solar water-pump systems for community irrigation (over 20 hp)",
        "Development partners and an NGO deploy solar pumping systems of more than 20 horsepower that draw water from ponds, canals or rivers for irrigation and household use. "
        "Each system irrigates 80-250 ha of fields in the dry season in drought-prone communities, replacing diesel pumps. "
        "The package includes site selection, installation and a community management model.",
    ),
    (
        "jPo016",
        "en",
        "ppp_solar",
        "Turnkey solar irrigation pumps with automatic daytime operation",
        "Two solar companies install and maintain solar pumps that run automatically from 8 am to 5 pm, so farmers no longer need to stand by the pump. "
        "Water lifted from the river feeds canals serving 590 ha of rice and plantations. "
        "Offered as an affordable alternative to diesel-powered pumps for farmer groups.",
    ),
    (
        "jPo017",
        "en",
        "rural21_kh",
        "Market and financing assessment for solar irrigation",
        "Research team analyses how farmers use diesel pumps for paddy and cash crops and what blocks uptake of solar irrigation (few suppliers, limited product choice, financing). "
        "Provides evidence-based targeting, supply-demand linkage and financing options for solar pumps. "
        "Useful for agencies and cooperatives preparing a solar irrigation programme.",
    ),
    (
        "jPo018",
        "en",
        "vnn_cantho_water",
        "Solar-powered pumping for rural water supply stations",
        "A pump manufacturer and provincial agriculture department equip rural water-supply stations with solar pumping so water reaches households during grid outages. "
        "At the Nhơn Ái station (Cần Thơ) designed for 50 m3/day, the solar system delivers about 46 m3/day on average (54 in the sunny season, 38 in the rainy season). "
        "Suitable where pumps stand idle because of power cuts.",
    ),
    (
        "jPo019",
        "vi",
        "tkn_thanhlong",
        "Hệ thống tưới nhỏ giọt chạy bằng điện mặt trời cho vườn cây",
        "Hệ thống khép kín: tấm pin mặt trời dài 1,5 m tạo nguồn 24 V chạy trực tiếp mô-tơ bơm 375 W, hút nước từ mương vườn qua lưới lọc rác và đẩy vào ống nhựa chôn dưới đất. "
        "Mỗi gốc cây có 2 van nhỏ giọt; vườn thanh long ở Chợ Gạo dùng 8 tháng không bị tắc ống, trái lớn và đều hơn. "
        "Không cần điện lưới, không tốn dầu chạy máy.",
    ),
    (
        "jPo020",
        "vi",
        "2lua_thanhlong",
        "Tưới nhỏ giọt năng lượng mặt trời: giảm chi phí tưới cho vườn cây ăn trái",
        "Hệ thống gồm panel pin, hộp điều khiển chọn mức điện áp, bơm và ống nhỏ giọt đến từng gốc. "
        "Sau 3 năm vận hành ở vườn thanh long Chợ Gạo: tiết kiệm khoảng 70 triệu đồng/năm (tiền điện và nhân công khoảng 6 triệu đồng/tháng), năng suất tăng 10%, tiết kiệm nước tưới. "
        "Doanh nghiệp hỗ trợ lắp đặt và hướng dẫn vận hành.",
    ),
    (
        "jPo021",
        "vi",
        "dairy_ninhthuan",
        "Công nghệ tưới phun mưa dùng năng lượng mặt trời",
        "Hệ thống gồm pin mặt trời, bộ sạc, ắc quy và bộ chuyển đổi cấp điện cho mô-tơ bơm tưới phun mưa, thiết kế cho vùng thiếu mưa thừa nắng, chưa có điện lưới. "
        "Tiết kiệm 30-50% nước so với tưới thông thường, giảm công vận hành, có thể kết hợp bón phân qua nước tưới. "
        "Nhóm nghiên cứu sẵn sàng chuyển giao cho hộ nông dân.",
    ),
    (
        "jPo022",
        "vi",
        "binhthuan_drip",
        "Chuyển giao mô hình tưới nhỏ giọt thanh long bằng năng lượng mặt trời",
        "Trung tâm ứng dụng tiến bộ khoa học công nghệ tỉnh chủ trì lắp đặt hệ thống điện mặt trời, máy bơm và tưới nhỏ giọt cho vườn 400 trụ thanh long. "
        "Hộ dân được hướng dẫn vận hành và bảo trì hệ thống. "
        "Mô hình tận dụng khoảng 2.000 giờ nắng mỗi năm.",
    ),
    # --- solar dryers ---
    (
        "jPo023",
        "vi",
        "setech_dnkx",
        "Máy sấy nông sản năng lượng mặt trời dạng mô-đun",
        "Công ty công nghệ năng lượng bền vững cung cấp hệ thống sấy dùng năng lượng mặt trời từ quy mô hộ gia đình đến công nghiệp. "
        "Mô-đun nhỏ có buồng sấy 2,5 x 4 x 2 m, năng suất 100-150 kg nguyên liệu tươi/mẻ, nhiệt độ sấy 30-65 độ C, có bổ sung điện khi trời mưa hoặc ban đêm. "
        "Ghép nhiều mô-đun để tăng công suất; dùng cho cá, tôm, rau củ, lúa.",
    ),
    (
        "jPo024",
        "vi",
        "setech_bavutex",
        "Hệ thống sấy cá năng lượng mặt trời 500 kg/mẻ cho hợp tác xã",
        "Hệ thống sấy có mô-đun điều chỉnh nhiệt độ, độ ẩm, tốc độ gió, đã lắp cho hợp tác xã làm khô cá sặc ở Hậu Giang với công suất 500 kg/mẻ, thay cho phơi thủ công. "
        "Sản phẩm không bụi, không ruồi, không phụ thuộc nắng mưa. "
        "Chuyển giao kèm hướng dẫn quy trình sấy cho từng loại sản phẩm.",
    ),
    (
        "jPo025",
        "vi",
        "wecare",
        "Nhà sấy năng lượng mặt trời kiểu nhà kính tấm polycarbonate",
        "Nhà sấy dùng tấm lợp polycarbonate trong suốt chống tia UV để bẫy nhiệt, quạt thông gió chạy bằng một tấm pin nhỏ; công nghệ phát triển từ Đại học Silpakorn (Thái Lan). "
        "Chỉ tốn chi phí xây dựng ban đầu, gần như không có chi phí vận hành; phù hợp một hoặc nhiều nông hộ. "
        "Giúp giảm thất thoát sau thu hoạch nông sản (khoảng 20-25%).",
    ),
    (
        "jPo026",
        "vi",
        "kiengiang_dryer",
        "Máy sấy tự động năng lượng mặt trời cho khô cá, chuối, rau củ",
        "Thiết bị gồm bộ thu nhiệt (khung sắt, ống lấy nhiệt, kính trong) và buồng sấy hai tủ có khay, bộ thu nước và đồng hồ nhiệt độ. "
        "Không khí nóng đối lưu qua khay, sản phẩm không bị ruồi, bụi bám; nắng càng to sấy càng nhanh. "
        "Do giáo viên vật lý ở Tân Hiệp (Kiên Giang) chế tạo, phù hợp cơ sở làm khô cá lóc, chuối quy mô nhỏ.",
    ),
    (
        "jPo027",
        "vi",
        "dongnai_dryer",
        "Nhà sấy mặt trời 10 m2 chi phí khoảng 5 triệu đồng",
        "Nhà sấy khung sắt nhỏ bọc nhựa trong giữ nhiệt, diện tích khoảng 10 m2, chi phí khoảng 5 triệu đồng. "
        "Hộ sản xuất nhỏ đặt rau củ quả vào sấy bằng nhiệt mặt trời, tránh bụi và côn trùng. "
        "Hướng dẫn tự dựng cho nông hộ.",
    ),
    (
        "jPo028",
        "vi",
        "pepper_dryer",
        "Máy sấy năng lượng mặt trời kết hợp điện trở cho hạt tiêu và nông sản dạng hạt",
        "Mô hình máy sấy kết hợp gia nhiệt điện trở, năng suất 5 kg/mẻ. "
        "Sấy tiêu từ độ ẩm 64% xuống 13% trong 7-9 giờ ở 60 độ C, vận tốc gió 1-1,5 m/s; sản phẩm đen đều, không nhiễm E. coli. "
        "Thông số thiết kế có thể nâng quy mô.",
    ),
    (
        "jPo029",
        "en",
        "janjai",
        "Greenhouse-type solar dryer for small dried-food industries",
        "Parabolic-roof dryer covered with polycarbonate on a concrete floor, 8 m x 20 m x 3.5 m, holding about 1,000 kg of fruit or vegetables. "
        "Nine 15 W DC fans powered by three 50 W PV modules ventilate it; a 100 kW LPG burner keeps drying going on cloudy or rainy days. "
        "Drying takes 2-3 days less than open sun drying with better quality; design and dissemination support available.",
    ),
    (
        "jPo030",
        "en",
        "danang_dryer",
        "Do-it-yourself solar dryer kits and training for cooperatives",
        "A social enterprise trains farmers and cooperatives to build and use small solar dryers (0.5 m high, 1.2 m wide, three drying decks) for mushrooms and other produce. "
        "Products dry in a closed system, cleaner and faster than on nylon sheets or metal roofs. "
        "Seminars at farmers' houses; designs can be adapted to each product.",
    ),
    (
        "jPo031",
        "en",
        "pum_dryer",
        "Expert design of low-cost greenhouse solar dryers for herbs and fruit",
        "Senior energy expert designs simple solar dryers with a metal frame, plastic foil, fans, thermostat and measuring equipment, tested on herbs for tea and pharma. "
        "A mini prototype dried fruit about twice as fast as open-air drying; the foil can be removed in storm season so the bare frame survives typhoons. "
        "Advisory mission for family businesses that still cover produce with sheets every night.",
    ),
    # --- small wind ---
    (
        "jPo032",
        "en",
        "wind_vgbc",
        "Low-cost micro wind turbines for households on rivers and islets",
        "Architect-led project builds micro wind turbines from reused parts (plastic bowl blades, aluminium pole, printer motor) for low-income households. "
        "Each turbine is about 20 W, starts at low wind, charges a battery and lights lamps for 3-4 hours a day; 10 units were installed free for floating-village households. "
        "Design can be replicated where average wind is around 3 m/s.",
    ),
    (
        "jPo033",
        "en",
        "wind_vns",
        "Vertical wind generator for remote houses",
        "Self-taught engineer builds a wind generator with blades in an 8 m cylindrical frame of corrugated iron that catches weak breezes; units have been built in Bạc Liêu and elsewhere. "
        "It powers lights and a TV for households where grid power is costly or often cut. "
        "The most expensive part is a dynamo of about VND1.5 million; installation on request.",
    ),
    (
        "jPo034",
        "en",
        "wind_studylib",
        "GIS wind resource assessment and cost screening",
        "Energy institute method to map technical wind potential with GIS and compute levelized generation cost. "
        "The national study found about 31,000 km2 usable, with 3,572 MW below 6 US cents/kWh, and wind as an option for about 300,000 rural non-electrified households. "
        "Available as a consultancy for provinces and investors.",
    ),
    (
        "jPo035",
        "vi",
        "wind_thietbi",
        "Tư vấn khảo sát chế độ gió và máy phát điện gió cỡ nhỏ",
        "Đơn vị thiết bị điện giới thiệu máy phát điện gió nhỏ cho thắp sáng ở vùng ven biển, ít dân. "
        "Nhấn mạnh khảo sát kỹ chế độ gió, địa hình và vật cản trước khi lắp vì điện gió phụ thuộc thời tiết; vùng gió tốt có tốc độ trung bình 6-7 m/s trong mùa gió. "
        "Có thể kết hợp với nguồn khác để cấp điện ổn định.",
    ),
    # --- biogas ---
    (
        "jPo036",
        "vi",
        "biogas_thuduc",
        "Tư vấn xây hầm ủ biogas cho hộ chăn nuôi heo",
        "Nhóm nghiên cứu khảo sát và tư vấn xây dựng hầm ủ biogas cho hộ chăn nuôi, giúp giảm mùi hôi, hạn chế dịch bệnh quanh chuồng và tạo khí đốt nấu ăn. "
        "Các hộ đã dùng biogas xử lý được khoảng 75-80% lượng chất thải phát sinh. "
        "Hướng dẫn chọn kiểu hầm, thể tích theo số đầu heo và cách vận hành.",
    ),
    (
        "jPo037",
        "vi",
        "biogas_ctu_hyacinth",
        "Quy trình nạp lục bình và rơm bổ sung cho hầm biogas khi thiếu phân heo",
        "Kết quả nghiên cứu của Trường Đại học Cần Thơ: ủ phối trộn phân heo với lục bình hoặc rơm đã trồng nấm theo các tỷ lệ khác nhau trong 35 ngày. "
        "Nông dân có thể dùng hai nguyên liệu này nạp thêm cho hầm biogas khi thiếu phân heo do dịch bệnh, giá heo bấp bênh, thậm chí khi không có phân heo. "
        "Chuyển giao tỷ lệ phối trộn và cách nạp.",
    ),
    (
        "jPo038",
        "vi",
        "biogas_gen_hcm",
        "Hầm biogas kết hợp máy phát điện cho trang trại heo",
        "Mô hình trang trại 400 con heo trên 700 m2: chuồng kín, quạt làm mát, 3 hầm biogas xử lý chất thải và chạy máy phát điện 10 kW. "
        "Điện từ biogas dùng cho bơm nước, quạt, đèn, đun nấu; gia đình tiết kiệm 3-4 triệu đồng mỗi tháng và đàn heo ít bệnh. "
        "Chia sẻ thiết kế và kinh nghiệm vận hành.",
    ),
    (
        "jPo039",
        "en",
        "biogas_rural21",
        "Household fixed-dome biogas digester with loan model",
        "Brick-and-cement fermenter set in the ground, fed directly from the cowshed or pigsty, with a simple water-tube pressure gauge and a gas line to the kitchen. "
        "A family in An Giang with 4 zebu and 20 pigs (about 75 kg dung a day) runs an almost 10 m3 plant costing about 400 euros and saves about 150 euros of gas a year, repaying 40 euros a year. "
        "Programme support covers design, masons and credit.",
    ),
    (
        "jPo040",
        "en",
        "biogas_hanoitimes",
        "Biogas-to-electricity generators for medium and large pig farms",
        "Biogas association partners supply generators that burn methane captured from closed anaerobic digesters to produce farm electricity. "
        "A 10,000-pig farm cut its monthly power bill and stopped environmental violations after installing one. "
        "Services cover digester upgrade, generator installation and methane accounting.",
    ),
    (
        "jPo041",
        "en",
        "biogas_sgt",
        "ESCO-model biogas generators for commercial pig farms",
        "A partnership of technology companies, SNV and a bank installs biogas generators on pig farms under an energy-service model, so farms do not pay up front for machinery. "
        "120 generators on farms treating over 3.2 million tons of manure a year have produced more than 16,800 MWh and cut about 12,000 t CO2 a year. "
        "Maintenance is done by a dedicated technology partner.",
    ),
    (
        "jPo042",
        "en",
        "biogas_review_ctu",
        "Guidance on choosing a digester model for Mekong Delta farms",
        "Can Tho University review of the biogas plant models used in the delta over 30 years (fixed dome, floating drum, plastic bag and others), with strengths and weaknesses of each. "
        "Helps organisations and households pick a model suited to their space, budget and VACB farming system. "
        "Consultation available from the environmental engineering department.",
    ),
    (
        "jPo043",
        "en",
        "biogas_fao_tube",
        "Low-cost polyethylene tube biodigester for small farms",
        "Installation method for tubular plastic biodigesters made from polyethylene film, with low installation and gas production cost. "
        "Suitable for rural and peri-urban small farms; reduces pollution and turns manure into cooking gas and fertiliser effluent. "
        "Training covers site choice, installation and care.",
    ),
    (
        "jPo044",
        "vi",
        "biogas_hoabinh",
        "Đánh giá hiệu quả mô hình khí sinh học xử lý chất thải heo ở nông hộ",
        "Nghiên cứu đánh giá các công trình khí sinh học tại một xã: lượng khí tạo ra, mức giảm ô nhiễm, chất lượng nước sau hầm và mức hài lòng của hộ. "
        "Đưa ra khuyến nghị về bảo dưỡng, nạp liệu và xử lý nước thải sau hầm. "
        "Phù hợp cho địa phương muốn rà soát chương trình biogas đã triển khai.",
    ),
    (
        "jPo045",
        "en",
        "lagoon_cover",
        "Floating covers for anaerobic lagoons to capture biogas",
        "Supply and installation of pond surface covers made of HDPE or reinforced polypropylene, anchored in a perimeter trench or concrete curb, to collect biogas from manure or wastewater lagoons. "
        "Cover materials last more than 20 years and are easy to repair. "
        "Suitable for farms with large effluent ponds.",
    ),
    # --- biomass ---
    (
        "jPo046",
        "vi",
        "cuitrau_blog",
        "Cung cấp củi trấu ép thay than đá cho lò hơi và lò sấy",
        "Cơ sở sản xuất củi trấu từ trấu của nhà máy xay xát vùng đồng bằng sông Cửu Long, dùng thay than đá, củi trong lò hơi công nghiệp. "
        "Củi trấu chi phí thấp, ít khói, giảm chi phí xử lý môi trường và tăng tuổi thọ lò. "
        "Tư vấn cải tạo buồng đốt lò hơi khi chuyển từ than, củi sang củi trấu.",
    ),
    (
        "jPo047",
        "vi",
        "cuitrau_hue",
        "Máy ép trấu thành củi chế tạo trong nước",
        "Thợ cơ khí chế tạo máy ép trấu thành thanh củi nén, khắc phục nhược điểm trấu rời chiếm chỗ và tốn chi phí vận chuyển. "
        "Củi trấu ít khói, dễ bảo quản, dùng cho bếp, lò sấy, lò gạch. "
        "Nhận chế tạo, lắp đặt và hướng dẫn vận hành máy cho hộ và cơ sở xay xát.",
    ),
    (
        "jPo048",
        "vi",
        "cuitrau_angiang",
        "Nghiên cứu thị trường củi trấu ép cho lò nung gạch",
        "Luận văn Đại học Cần Thơ phân tích mức độ chấp nhận sử dụng củi trấu ép của các cơ sở sản xuất gạch nung tại Chợ Mới (An Giang). "
        "Xác định yếu tố giá, nguồn cung, thói quen đốt ảnh hưởng quyết định chuyển đổi nhiên liệu. "
        "Tài liệu tham khảo cho cơ sở muốn mở xưởng củi trấu.",
    ),
    (
        "jPo049",
        "en",
        "cuitrau_vns",
        "Rice-husk firewood rods: pressing machines and fuel supply",
        "Producers in Hậu Giang turn rice husk, once dumped into rivers, into compressed husk firewood rods sold at about VND1,000/kg to flour mills, pottery and brick kilns. "
        "The fuel lights easily, gives almost no smoke and burns longer than coal. "
        "Machines and regular supply of several tonnes a day available.",
    ),
    (
        "jPo050",
        "en",
        "husk_gasifier_ph",
        "Updraft rice-husk gasifier to power a village rice mill",
        "Rice research institute system that gasifies rice husk to run a typical single-pass rice mill of 1 t/h needing about 30 kW. "
        "It solves husk disposal and replaces purchased electricity or diesel; performance data from an installed unit. "
        "Design and operating guidelines for millers.",
    ),
    (
        "jPo051",
        "en",
        "husk_enerteam",
        "Rice-husk gasification for brick kilns under an energy-service model",
        "Energy-conservation centre integrates rice-husk gasification with a continuous four-compartment kiln so traditional brick and pottery makers can keep burning husk while controlling smoke. "
        "Offered with an energy-service business model so owners need not finance the whole conversion. "
        "Targets kilns facing closure under the ban on traditional kilns.",
    ),
    (
        "jPo052",
        "en",
        "husk_usth",
        "Sustainability check of rice-husk gasifiers at rice mills",
        "University energy research group audits rice-husk gasifier-generator sets at rice mills, including the handling of husk ash or biochar and the black water from gas cleaning. "
        "Recommends waste-handling practices and conditions for wider uptake. "
        "Useful for mills running or buying gasifiers.",
    ),
    (
        "jPo053",
        "vi",
        "stove_tranbinh",
        "Lò gas trấu và bếp khí hóa sinh khối không khói",
        "Hệ thống bếp theo nguyên lý nhiệt phân và khí hóa dùng củi, trấu, than; đã đăng ký sáng chế. "
        "Lò gas trấu công suất tối đa 3 kW, nhóm lửa 5-10 giây, mỗi giờ đun chỉ cần 1-1,25 kg trấu khô, gần như không khói, tạo thêm than sinh học bón ruộng. "
        "Bếp đun củi giảm hơn 85% khói, tiết kiệm hơn 50% nhiên liệu.",
    ),
    (
        "jPo054",
        "vi",
        "stove_dkt",
        "Bếp đun cải tiến DKT dùng trấu, lõi ngô, mùn cưa",
        "Dòng bếp lò xách tay 5 loại không dùng điện, đun bằng vỏ trấu, lõi ngô, mùn cưa, vỏ lạc, vỏ cà phê. "
        "Giảm chất đốt 40-60%, rút ngắn thời gian đun 30-40%, giảm 30-70% khói bụi và tạo 0,4-0,5 kg than sinh học mỗi lần đun. "
        "Trung tâm phát triển cung cấp và hướng dẫn sử dụng.",
    ),
    (
        "jPo055",
        "en",
        "charcoal_ctu",
        "Air-pollution control system for traditional charcoal kilns",
        "University and policy-institute team measured emissions at a charcoal-making village in the Mekong Delta and developed an air-pollution control device fitted to the kiln. "
        "The device reduces smoke and products of incomplete combustion that affect workers, neighbours and fruit gardens. "
        "Recommended as an urgent retrofit for existing kilns.",
    ),
    (
        "jPo056",
        "vi",
        "boiler_wood",
        "Lò hơi ghi tĩnh đốt củi, củi trấu cho nhà máy chế biến",
        "Nhà sản xuất cung cấp lò hơi ghi tĩnh đốt được nhiều loại nhiên liệu cùng lúc như củi, than cục, củi trấu; hiệu suất công bố đến 90%. "
        "Buồng đốt lớn cháy kiệt, hơi bão hòa khô ổn định theo tải, thân lò bọc bông thủy tinh. "
        "Thiết kế, lắp đặt và bảo dưỡng định kỳ.",
    ),
    # --- energy audits and efficiency ---
    (
        "jPo057",
        "vi",
        "audit_cpc",
        "Thiết lập bảng kiểm soát năng lượng và kiểm toán sơ bộ cho nhà máy",
        "Nhóm giảng viên, sinh viên Khoa Công nghệ Trường Đại học Cần Thơ lập bảng kiểm soát điện năng 3 năm, phân tích hệ thống năng lượng từng khu vực sản xuất. "
        "Chỉ ra bộ phận gây hao phí và đề xuất giải pháp tối ưu về kinh tế, kỹ thuật. "
        "Áp dụng cho nhà máy vừa và nhỏ trong vùng.",
    ),
    (
        "jPo058",
        "vi",
        "vncpc_recp",
        "Tư vấn sử dụng hiệu quả tài nguyên và sản xuất sạch hơn",
        "Chuyên gia Trung tâm Sản xuất sạch hơn cùng đội của doanh nghiệp khảo sát, phân tích số liệu để tìm điểm nóng tiêu thụ điện, nước, nguyên liệu. "
        "Ở một nhà máy, vệ sinh động cơ kém, thiếu bảo dưỡng, bảo ôn kém, đèn 250 W, điều hòa đặt 18 độ C đã làm tăng khoảng 10% điện năng. "
        "Đưa ra giải pháp ít chi phí và lộ trình đầu tư.",
    ),
    (
        "jPo059",
        "vi",
        "hpe_anhminh",
        "Giải pháp tiết kiệm năng lượng cho xưởng sản xuất: đo đếm từng khâu, chuyển phụ tải giờ thấp điểm",
        "Trung tâm tiết kiệm năng lượng tư vấn doanh nghiệp chuyển vận hành thiết bị lớn sang giờ bình thường và thấp điểm, lắp đồng hồ đo điện, khí nén tại các hộ tiêu thụ chính. "
        "Xây dựng quy trình quản lý năng lượng và suất tiêu hao cho từng khâu. "
        "Phù hợp cơ sở chưa có số liệu đo đếm chi tiết.",
    ),
    (
        "jPo060",
        "vi",
        "ktnl_vn",
        "Dịch vụ kiểm toán năng lượng theo Luật sử dụng năng lượng tiết kiệm",
        "Đo lường, phân tích tiêu thụ năng lượng và đề xuất giải pháp tiết kiệm cho cơ sở sản xuất, tòa nhà theo Luật số 50/2010/QH12. "
        "Lợi ích: giảm chi phí vận hành, tăng hiệu suất thiết bị, tuân thủ quy định và giảm phát thải. "
        "Báo cáo kiểm toán kèm danh mục giải pháp và thời gian hoàn vốn.",
    ),
    (
        "jPo061",
        "vi",
        "vinacontrol",
        "Kiểm toán năng lượng 10 bước cho cơ sở sử dụng năng lượng trọng điểm",
        "Tổ chức giám định thực hiện kiểm toán năng lượng bắt buộc cho cơ sở công nghiệp, nông nghiệp tiêu thụ từ 1.000 TOE/năm trở lên theo Thông tư 25/2020/TT-BCT. "
        "Quy trình 10 bước từ lập kế hoạch, chuẩn bị thiết bị đo, khảo sát sơ bộ dây chuyền đến báo cáo giải pháp. "
        "Có chuyên gia và thiết bị đo kiểm riêng.",
    ),
    (
        "jPo062",
        "en",
        "ifc_seafood",
        "Energy management systems for shrimp and pangasius processors",
        "Energy-conservation centre that surveyed 11 shrimp and 10 tra fish plants in the delta (196,000 t processed, VND212 billion energy bill) helps plants set up an energy management system on top of their ISO, GMP and HACCP systems. "
        "Focus on measuring demand precisely, turning off idle machines, and cutting refrigeration, steam and ice use. "
        "Training for energy managers included.",
    ),
    (
        "jPo063",
        "vi",
        "shrimp_ghg",
        "Kiểm kê điện năng và phát thải cho nhà máy chế biến tôm đông lạnh",
        "Chuyên gia ngành thủy sản hướng dẫn thu thập số liệu hoạt động và hệ số phát thải để tính tiêu thụ điện, nhiên liệu, môi chất lạnh của nhà máy tôm. "
        "Khảo sát 48 cơ sở ở Cà Mau, Sóc Trăng, Bạc Liêu, Trà Vinh cho thấy bình quân 4,11 triệu kWh/năm mỗi cơ sở, chủ yếu cho sản xuất đá, điều hòa và hệ thống lạnh. "
        "Làm cơ sở xác định khâu cần giảm điện.",
    ),
    (
        "jPo064",
        "en",
        "vasep_energy",
        "Energy audits for rice and seafood processing SMEs",
        "Programme that establishes energy management and power-saving measures in rice mills and seafood plants, where energy use was measured at 2.4 times the world average. "
        "Enterprises in Vĩnh Long that carried out audits and streamlined equipment saved nearly 9.7 million kWh in 2011 and more than 11 million kWh in 2012. "
        "Includes operator awareness training.",
    ),
    (
        "jPo065",
        "en",
        "fishmeal_whr",
        "Waste-heat recovery for fishmeal and fish-processing plants",
        "University researchers assess and design waste-heat recovery technologies for fishmeal production plants, with energy-efficiency and environmental benefits quantified in a Vietnamese case study. "
        "Recovered heat from dryers and cookers preheats process water and air. "
        "Feasibility and design consultancy offered.",
    ),
    (
        "jPo066",
        "vi",
        "kimchung_ice",
        "Giải pháp tiết kiệm điện cho nhà máy nước đá cây",
        "Kinh nghiệm từ nhà máy nước đá ở Định An (Trà Cú) sản xuất khoảng 2.000 cây/ngày (53 kg/cây): làm lạnh sơ bộ nước trước khi bơm vào khuôn, loại bỏ phần lõi chưa đông hoặc nhiều muối, thay máy lạnh công nghệ cao hơn. "
        "Thời gian sản xuất mẻ đá rút ngắn 40-50%; tiền điện giảm từ 200 xuống 180 triệu đồng/tháng. "
        "Điện lực hướng dẫn dùng điện an toàn, tiết kiệm.",
    ),
    (
        "jPo067",
        "vi",
        "ice_hydro",
        "Hệ thống sản xuất nước đá dùng guồng sức nước thay mô-tơ điện",
        "Đề tài trọng điểm cấp bộ: guồng nước quay máy nén lạnh, làm lạnh bể nước muối đến âm 10 độ C; thiết bị thử nghiệm cho gần 200 kg đá sau khoảng 5 giờ. "
        "Điện năng thường chiếm khoảng 70% giá thành nước đá; chi phí giảm từ 150 nghìn xuống 50 nghìn đồng/tấn. "
        "Phù hợp nơi có nguồn nước chảy liên tục.",
    ),
    (
        "jPo068",
        "en",
        "heatpump_hust",
        "Modular heat pump for dehumidification and low-temperature drying",
        "Thermal engineering institute has built a domestic modular heat pump that both dehumidifies storage rooms and dries agricultural products at low temperature. "
        "It keeps working on very humid days where imported dehumidifiers fail, protecting fruit, seeds and medicines from mould. "
        "Cheaper than imported units; supply and installation available.",
    ),
    (
        "jPo069",
        "en",
        "steam_seafood",
        "Closed steam-heated drying room for seafood",
        "Seafood exporter's technology: a furnace-boiler supplies steam to heat exchangers in a sealed drying room, so smoke and fuel never touch the product and residual heat can be recovered. "
        "Drying a tonne of seafood costs about VND300,000 instead of VND3 million with gas. "
        "Design of heat generation, transfer and distribution parts offered to processors.",
    ),
    (
        "jPo070",
        "en",
        "vsd_eep",
        "Variable speed drive retrofits for pumps, fans and compressors",
        "Engineering service replacing damper or throttle control with variable speed drives on fans, pumps and air compressors. "
        "Because fan and pump power falls roughly with the cube of speed, modest speed reductions give large savings; VSDs also reduce noise and vibration. "
        "Includes load survey and payback calculation.",
    ),
    (
        "jPo071",
        "en",
        "vsd_controleng",
        "Financed VSD and efficient-motor projects",
        "Drive manufacturer offers VSD systems that typically reduce motor energy use by up to 70% on pumps, fans and centrifugal compressors, plus soft start and better power factor. "
        "Projects can be paid through alternative financing or savings-based contracts, since energy is over 95% of a motor's life-cycle cost. "
        "Can be combined with high-efficiency motor replacement.",
    ),
    (
        "jPo072",
        "en",
        "hr_resource",
        "Refrigeration heat recovery (desuperheater) for hot water",
        "Heat exchanger fitted between compressor and condenser recovers 60-90 °C heat from refrigeration plant for cleaning water or space heating. "
        "A small project saving about 8,333 kWh a year pays back in about 4 years; a 200 kW chiller installation can pay back in under 2 years. "
        "For food processors using both cooling and hot water.",
    ),
    (
        "jPo073",
        "en",
        "hr_studylib",
        "Potable hot water from refrigeration waste heat",
        "Specialist supplier intercepts hot refrigerant gas before the condenser to heat water to 45-60 °C or more, compliant with potable-water norms. "
        "Saves the fuel or electricity otherwise used to heat wash water in food plants. "
        "Site survey of hot-water demand and refrigeration load included.",
    ),
    (
        "jPo074",
        "en",
        "led_undp",
        "LED lighting technology and local manufacturing support",
        "National project with the academy of science promotes locally developed LED luminaires for general lighting. "
        "LED uses 50-80% less energy than fluorescent, HID and incandescent lamps; lighting is about 25% of national electricity use. "
        "Offers product testing, design support and demonstration to factories and public buildings.",
    ),
    (
        "jPo075",
        "en",
        "led_vnplus",
        "Assessment of LED retrofits for public and yard lighting",
        "Energy conservation centre assesses replacing high-pressure mercury and sodium lamps with 65-200 W LEDs; for the city's 102,500 lamps the saving was estimated at 55 million kWh a year. "
        "Advises on product choice, spare parts and pole compatibility before buying. "
        "Applicable to factory yards, ports and commune roads.",
    ),
    (
        "jPo076",
        "en",
        "ricemill_vinafood",
        "Cleaner-production package for rice mills",
        "Cleaner-production centre and a state food corporation apply energy-efficiency solutions in hulling and polishing lines, switch dryers from oil or coal to rice husk, and turn husk into briquettes or extract silica from husk ash. "
        "One affiliate mill saved 980,000 kWh since 2013. "
        "Audit, equipment modification and training offered to private rice mills.",
    ),
    # --- boats ---
    (
        "jPo077",
        "en",
        "boat_tuoitre",
        "Solar-powered passenger boat built by delta farmers",
        "Four farmers in Tháp Mười built a boat with two solar panels, two batteries and a geared electric drive that runs at 20 km/h without noise or smoke. "
        "A national park ordered more units to carry tourists without disturbing birds. "
        "Orders for tourism operators and for river transport in flooded areas.",
    ),
    (
        "jPo078",
        "en",
        "boat_baird",
        "Fully electric 9 m passenger excursion boats",
        "Shipyard in Nha Trang delivered a fleet of 15 FRP electric boats, 8.7 m long, 2.9 m beam, 35 cm draught, 24 passengers and 3 crew. "
        "Each has a 60 kW inboard electric motor with lithium batteries and cruises quietly at 3.8 knots. "
        "Built to order for resorts and river tourism.",
    ),
    (
        "jPo079",
        "vi",
        "boat_tinmoitruong",
        "Xuồng chạy năng lượng mặt trời cải tiến cho du lịch sinh thái",
        "Phiên bản cải tiến của xuồng năng lượng mặt trời do nông dân Đồng Tháp chế tạo: chở 9 người, tốc độ 25-30 km/h, chạy thêm được 8 giờ sau khi tắt nắng. "
        "Chân vịt có bộ bảo vệ chống rác quấn; không ồn, không khói, phù hợp khu có nhiều chim. "
        "Nhận đóng theo đơn hàng cho khu du lịch.",
    ),
    # --- storage ---
    (
        "jPo080",
        "vi",
        "hanogen",
        "Pin lưu trữ cho hệ điện mặt trời: dùng điện mặt trời cả ban đêm và khi mất điện",
        "Lắp pin lưu trữ để sạc điện dư ban ngày và xả vào buổi tối, nâng tỷ lệ tự dùng điện mặt trời từ 30-40% lên 80-95%. "
        "Khi mất điện lưới, biến tần hybrid tự tách lưới và cấp điện cho tải quan trọng như đèn, camera, tủ lạnh, bơm nước. "
        "Có thể sạc giờ thấp điểm, xả giờ cao điểm.",
    ),
    (
        "jPo081",
        "vi",
        "nuevopacks",
        "Giải pháp hệ thống lưu trữ năng lượng cho hộ gia đình",
        "Tư vấn chọn hệ thống lưu trữ đi kèm tấm pin mặt trời: cách hoạt động, so sánh các loại hệ thống, tiềm năng tiết kiệm chi phí. "
        "Giúp hộ gia đình duy trì điện khi lưới gián đoạn và giảm phụ thuộc lưới. "
        "Cung cấp và lắp đặt trọn bộ.",
    ),
    (
        "jPo082",
        "vi",
        "amiba",
        "Pin lithium lưu trữ 51,2 V 100 Ah (5,12 kWh) có BMS",
        "Bộ pin lithium cho hệ lưu trữ gia đình, kèm hệ thống quản lý pin (BMS) giám sát điện áp, nhiệt độ, chống sạc quá mức. "
        "Số chu kỳ sạc xả cao hơn 3-5 lần so với ắc quy chì-axit, chiếm ít chỗ hơn. "
        "Ghép nhiều bộ để tăng dung lượng.",
    ),
    (
        "jPo083",
        "vi",
        "vuphong_hybrid",
        "Biến tần hybrid cho hệ điện mặt trời có lưu trữ",
        "Giới thiệu và cung cấp biến tần hybrid, so sánh với biến tần hòa lưới và độc lập. "
        "Biến tần hybrid vừa hòa lưới vừa quản lý sạc xả pin, chuyển nguồn khi mất điện. "
        "Tư vấn chọn công suất theo tải.",
    ),
    # --- off-grid and islands ---
    (
        "jPo084",
        "en",
        "island_mdpi",
        "Integration study of renewables into isolated island grids",
        "Energy science institute and university partners assess how much solar and wind an isolated island diesel grid can take, using the An Bình island grid as a case. "
        "Covers reliability, static and dynamic security and operational limits of variable renewables. "
        "Planning support for island communes and utilities.",
    ),
    (
        "jPo085",
        "en",
        "island_cleaned",
        "Review and planning support for off-grid island power",
        "University energy group follows off-grid supply projects on Vietnamese islands (Côn Đảo, Phú Quý, Bạch Long Vĩ, Cù Lao Chàm) mixing diesel, solar, wind and submarine cable. "
        "Gives lessons on which projects reached completion and why. "
        "Advice for island authorities planning hybrid mini-grids.",
    ),
    (
        "jPo086",
        "en",
        "offgrid_evn",
        "Off-grid solar mini-grid for remote hamlets",
        "Environmental NGO designs and installs off-grid solar mini-grids for villages far from the national grid; one system supplies 23 households, a church and a drinking-water unit. "
        "It also built a 100% solar hamlet model in An Giang. "
        "Covers community management of the system.",
    ),
    (
        "jPo087",
        "vi",
        "offgrid_snv",
        "Khảo sát cộng đồng chưa có điện lưới và tiềm năng năng lượng tái tạo",
        "Tổ chức phát triển khảo sát các cộng đồng ngoài lưới điện (khoảng 550.000 hộ năm 2012, chủ yếu vùng núi và hải đảo) và đánh giá nguồn năng lượng tái tạo, công nghệ, nguồn vốn. "
        "Báo cáo sàng lọc địa điểm, đề xuất giải pháp điện mặt trời, gió, thủy điện nhỏ. "
        "Phục vụ địa phương lập đề án cấp điện.",
    ),
    (
        "jPo088",
        "en",
        "coldhubs",
        "Solar-powered walk-in cold rooms rented per crate",
        "Modular walk-in cold rooms with 120 mm insulated panels, rooftop solar panels, batteries and inverter provide 24/7 cooling off-grid. "
        "Farmers and traders pay a small daily fee per crate instead of buying equipment; the operator maintains the unit. "
        "Designed to cut post-harvest losses of fruit, vegetables and fish.",
    ),
    # --- combine harvesters ---
    (
        "jPo089",
        "en",
        "combine_loans",
        "Credit package for buying combine harvesters",
        "Provincial credit programme lends the full value of combines with over 60% domestic components, with full interest subsidy for two years and 50% in the third. "
        "A combine harvests at least 3 ha a day, the work of 30 labourers, at about VND2 million/ha, VND1 million less than hand labour; investment is recovered in about 2.5 years. "
        "Training courses on operation and maintenance included.",
    ),
    (
        "jPo090",
        "vi",
        "tv_320",
        "Chương trình hỗ trợ lãi suất mua máy gặt đập liên hợp và lò sấy lúa",
        "Sở Nông nghiệp tỉnh hỗ trợ lãi suất cho nông dân vay mua máy gặt đập liên hợp, lò sấy; sau 3 năm hỗ trợ được 240 máy gặt và 103 lò sấy, cùng 180 máy gặt, 40 lò sấy từ dự án khuyến nông. "
        "Nhờ đó 60% diện tích lúa thu hoạch bằng máy, 30% sản lượng hè thu được sấy, thất thoát khi thu hoạch giảm dưới 10%. "
        "Hướng dẫn hồ sơ vay và điều kiện hỗ trợ.",
    ),
    (
        "jPo091",
        "vi",
        "tv_htx",
        "Dịch vụ cơ giới hóa đồng bộ trọn gói của hợp tác xã nông nghiệp",
        "Hợp tác xã sở hữu lò sấy lúa, máy bay phun thuốc, máy sạ hàng, máy cuộn rơm, máy xay xát, nhận làm dịch vụ từ làm đất, sạ, phun thuốc, thu hoạch đến đưa rơm ra khỏi ruộng. "
        "Tỷ lệ thu hoạch bằng máy gặt đập liên hợp trong tỉnh đạt 98%. "
        "Nhận ký hợp đồng dịch vụ với thành viên và nông dân lân cận.",
    ),
    (
        "jPo092",
        "en",
        "combine_contest",
        "Independent field testing of combine harvesters",
        "Annual national combine-harvester contest where domestic and foreign models are judged by a 9-member panel on capacity, stability, shattering losses, paddy purity, fuel consumption and manoeuvrability. "
        "Results help buyers compare models before investing. "
        "Test protocol and results available to cooperatives.",
    ),
    (
        "jPo093",
        "en",
        "combine_hoangthang",
        "Small combine harvester for small fields and seed rice",
        "Private workshop in Cần Thơ, guided by the rice research institute, builds a small combine that harvests 1-2 ha a day, is easy to manoeuvre so 2-3 machines can work one field. "
        "An extra unit re-cleans unclean grain to meet seed-rice standards, with lower losses than many machines. "
        "Machines built to order.",
    ),
    (
        "jPo094",
        "en",
        "minicombine",
        "Lightweight mini-combine for soft delta soils",
        "University agricultural machinery centre improved a lightweight mini-combine for soft or seemingly dry Mekong Delta soils and lodged crops, where conventional combines over 1.2 t get stuck and break down. "
        "Research results and an automation concept available for local manufacturers. "
        "Suitable for small plots and wet-season harvest.",
    ),
    (
        "jPo095",
        "en",
        "hien_ishs",
        "Advisory on rice mechanisation and post-harvest chain",
        "Agricultural engineering expert reviews mechanisation patterns from land preparation and laser levelling to combines, flat-bed dryers, column and fluidised-bed drying plants, storage and milling. "
        "Helps cooperatives and mills plan investments so milled rice quality is not lost to mixed cultivars or improper drying. "
        "Consulting and training.",
    ),
    # --- transplanters ---
    (
        "jPo096",
        "vi",
        "tv_canglong_transplant",
        "Máy cấy lúa 8 hàng cho tổ hợp tác sản xuất lúa giống",
        "Trình diễn và chuyển giao máy cấy 8 hàng, khoảng cách hàng 22 cm cho tổ hợp tác sản xuất lúa giống ở Huyền Hội (Càng Long). "
        "Máy cấy giúp cây lúa đều khoảng cách, giảm lượng giống và công cấy. "
        "Hướng dẫn làm mạ khay và vận hành máy.",
    ),
    (
        "jPo097",
        "vi",
        "transplant_thanhhoa",
        "Dịch vụ mạ khay và cấy máy trọn gói cho hợp tác xã",
        "Hợp tác xã dịch vụ nông nghiệp xây dựng cơ sở làm mạ khay tập trung, cung ứng giá thể và dịch vụ cấy máy trọn gói, phục vụ khoảng 80% diện tích gieo trồng của xã. "
        "Giảm chi phí, xuống giống đồng loạt đúng lịch thời vụ, giải phóng lao động. "
        "Chia sẻ mô hình tổ chức tổ gieo mạ, chăm mạ, cấy.",
    ),
    (
        "jPo098",
        "vi",
        "transplant_6hang",
        "Máy cấy lúa 6 hàng chế tạo trong nước",
        "Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch cùng công ty máy kéo và máy nông nghiệp nghiên cứu mẫu máy cấy Nhật Bản, Trung Quốc và chế tạo máy cấy 6 hàng phù hợp điều kiện Việt Nam. "
        "Giá thấp hơn máy nhập khẩu, dễ sửa chữa. "
        "Cung cấp máy và phụ tùng.",
    ),
    (
        "jPo099",
        "vi",
        "transplant_kc07",
        "Máy gieo hàng và máy cấy phù hợp canh tác lúa Việt Nam",
        "Kết quả đề tài cấp nhà nước KC-07-25 (Viện Cơ điện NN & CNSTH): thiết kế, chế tạo một số loại máy gieo hàng và máy cấy cho lúa gieo thẳng và lúa cấy. "
        "Ở miền Nam thời tiết thuận lợi cho gieo thẳng, máy gieo hàng giúp cơ giới hóa khâu gieo. "
        "Chuyển giao bản vẽ và mẫu máy.",
    ),
    (
        "jPo100",
        "vi",
        "transplant_thesis",
        "Cải tiến máy cấy mạ thảm theo yêu cầu nông học",
        "Luận văn thạc sĩ kỹ thuật cơ khí nghiên cứu cải tiến máy cấy mạ thảm để đạt yêu cầu nông học và điều kiện canh tác ở Việt Nam. "
        "Nội dung gồm bộ phận cấy, điều chỉnh số dảnh và độ sâu cấy. "
        "Tham khảo cho xưởng cơ khí muốn chế tạo máy cấy.",
    ),
    # --- laser land levelling ---
    (
        "jPo101",
        "en",
        "lll_gu",
        "Laser land levelling service with farmer subsidy",
        "Research network links farmers with laser land levelling providers from other provinces, repairs idle machines and helps secure government support of up to USD450 per household for up to 5 ha. "
        "In Giang Thành over 1,000 ha were levelled in three years, cutting irrigation cost 15-17% and fertiliser cost 15-20%; one farmer reported 20% higher yield. "
        "Workshops and on-field advice included.",
    ),
    (
        "jPo102",
        "en",
        "lll_ricetoday",
        "Precision land levelling training and service business model",
        "International rice institute programme demonstrates laser levelling, trains operators and managers, and helps service providers depreciate equipment over 5 years. "
        "Levelling raises water, seed and fertiliser use efficiency by at least 12, 27 and 10%. "
        "For cooperatives and contractors starting a levelling service.",
    ),
    (
        "jPo103",
        "en",
        "lll_longan",
        "Laser-controlled field levelling for wet rice",
        "Provincial programme brings laser levelling equipment that brings field height differences from 30-35 cm down to 3 cm. "
        "Seed use falls by 10-30 kg/ha, fertiliser by 5-10%, pumping time by 30-50%; one farmer's yield rose from 5.5 to 7.6 t/ha. "
        "Levelling costs about VND4 million/ha.",
    ),
    (
        "jPo104",
        "vi",
        "lll_clrri",
        "San phẳng mặt ruộng bằng tia laser",
        "Viện Lúa ĐBSCL giới thiệu kỹ thuật san ruộng điều khiển bằng tia laser, độ chênh cao trình dưới 2 cm. "
        "Mặt ruộng phẳng giúp cấp thoát nước đều, dễ quản lý cỏ và ốc bươu vàng, thuận tiện cho máy gieo hàng, máy cấy, máy gặt; năng suất cao hơn 5-10%. "
        "Tư vấn và trình diễn cho hợp tác xã.",
    ),
    (
        "jPo105",
        "en",
        "lll_irri_ghg",
        "Laser land levelling for emission cuts and alternate wetting and drying",
        "Technology sheet and advisory: laser levelling moves soil from high to low points so water spreads evenly, crops mature uniformly and yields rise (8% in India, 24% in Cambodia). "
        "Saves pumping energy and makes alternate wetting and drying possible without drying out high spots. "
        "Supports low-emission rice programmes.",
    ),
    # --- drones ---
    (
        "jPo106",
        "en",
        "drone_dongthap",
        "Drone spraying service for rice and lotus",
        "Farmer-run drone service sprays 7-10 ha a day for about VND140,000-160,000 per hectare; the owner sprayed nearly 1,000 ha in two months. "
        "Drone spraying is 20-30% more efficient than manual work, halves pesticide use and keeps workers away from chemicals. "
        "Booking through the local agriculture service centre.",
    ),
    (
        "jPo107",
        "en",
        "drone_dronedj",
        "Agricultural drones for spraying, fertilising and direct seeding",
        "Drone maker and local distributor supply drones and pilot teams for crop spraying, fertiliser spreading and direct seeding of rice. "
        "Drones work about four times faster than manual labour and the distributor reports 14% higher yield; one 7 ha farmer replaced four workers for a tonne of fertiliser. "
        "Sales, pilot training and service.",
    ),
    (
        "jPo108",
        "vi",
        "drone_daidoanket",
        "Dịch vụ thiết bị bay không người lái phun thuốc, bón phân",
        "Nông dân đầu tư drone hơn 200 triệu đồng để làm dịch vụ phun thuốc trừ sâu, bón phân đạm cho bà con trong vùng. "
        "Người không phải tiếp xúc thuốc độc, thời gian phun rút ngắn, thuốc phủ đều hơn phun tay. "
        "Nhận đặt lịch theo cánh đồng.",
    ),
    (
        "jPo109",
        "vi",
        "drone_vnexpress",
        "Phun thuốc bảo vệ thực vật bằng drone cho vùng nguyên liệu lúa",
        "Doanh nghiệp nông nghiệp thử nghiệm drone phun thuốc trên 10.000 ha lúa ở nhiều tỉnh miền Tây. "
        "Mỗi ha chỉ cần khoảng 10 lít nước thay vì tới 200 lít khi phun thủ công; nông dân tham gia giảm 20% lượng thuốc, năng suất tăng 10-15%. "
        "Cung cấp dịch vụ trọn vụ cho vùng liên kết.",
    ),
    (
        "jPo110",
        "vi",
        "drone_tuoitre",
        "Tổ phi công drone phun thuốc thuê 20-30 mẫu/ngày",
        "Tổ dịch vụ drone ở Long An phun một mẫu (1 ha) trong 10-15 phút, mỗi ngày 20-30 mẫu, trong khi thợ phun giỏi chỉ được khoảng 4 mẫu. "
        "Thuốc trừ sâu giảm khoảng 20%, thuốc dưỡng 30%, có loại giảm 50%. "
        "Có kinh nghiệm sửa môtơ, thay pin khi drone gặp sự cố ngoài đồng.",
    ),
    (
        "jPo111",
        "vi",
        "drone_hue",
        "Trình diễn và tập huấn drone phun thuốc cho hợp tác xã",
        "Công ty drone nông nghiệp phối hợp trung tâm dịch vụ nông nghiệp phun thử trên ruộng hợp tác xã, để xã viên đánh giá kỹ thuật và hiệu quả kinh tế. "
        "Drone phun đều, giảm công và lượng thuốc, bảo vệ sức khỏe người phun. "
        "Tập huấn vận hành cho cán bộ hợp tác xã.",
    ),
    # --- straw balers ---
    (
        "jPo112",
        "vi",
        "straw_phantan",
        "Máy cuộn rơm tự hành bánh xích cao su",
        "Công ty cơ khí nông nghiệp chế tạo máy cuộn rơm dựa trên nền máy gặt đập liên hợp, bộ phận cuộn phía trước, cuộn xong tự đưa vào thùng chứa phía sau nên rơm sạch. "
        "Bánh xích cao su chạy được trên mọi loại ruộng ĐBSCL; năng suất 80-100 cuộn/giờ. "
        "Bán máy và bảo hành.",
    ),
    (
        "jPo113",
        "vi",
        "straw_techmart",
        "Máy cuốn rơm PT.CR57 thùng chứa 30 cuộn",
        "Máy dài 4,2 m, rộng 2,2 m, động cơ diesel, năng suất 80-120 cuộn/giờ, chọn kích thước cuộn theo đường kính hoặc khối lượng. "
        "Thùng chứa chở tối đa 30 cuộn hoặc 1 tấn nông sản ra bờ; bánh xích cao su đi được ruộng khô, ướt, lầy. "
        "Khắc phục hạn chế máy nhập chỉ chạy tốt trên ruộng khô.",
    ),
    (
        "jPo114",
        "vi",
        "straw_nongnghiep",
        "Máy cuốn rơm bánh xích miệng cuốn phía trước",
        "Cơ sở cơ khí ở Chợ Gạo chế tạo máy cuốn rơm bánh xích, miệng cuốn đặt phía trước nên rơm không rối, không dính đất. "
        "Mỗi ngày cuốn rơm trên 2 ha, cuộn tròn chắc khoảng 20 kg; rơm bán được khoảng 1.000 đồng/kg cho trồng nấm, nuôi bò. "
        "Nhận đặt máy.",
    ),
    (
        "jPo115",
        "vi",
        "straw_hue",
        "Máy cuốn rơm gắn máy kéo, hỗ trợ 50% qua khuyến nông",
        "Máy cuốn rơm MRB 0850B lắp vào máy kéo có sẵn, hoạt động được trên ruộng khô và ẩm. "
        "Mỗi cuộn hoàn thành trong 35-45 giây, 50-80 cuộn/giờ, khoảng 4 ha/ngày (600 cuộn); tự báo còi, tự buộc dây và nhả cuộn bằng thủy lực. "
        "Trung tâm khuyến nông hỗ trợ 50% giá máy theo quy định.",
    ),
    (
        "jPo116",
        "vi",
        "straw_soctrang",
        "Máy cuốn rơm - giải pháp sau cơ giới hóa thu hoạch lúa",
        "Giới thiệu máy cuốn rơm nhập khẩu và trong nước phù hợp đồng ruộng ĐBSCL, giúp thu gom rơm do máy gặt đập liên hợp thải ra ruộng. "
        "Rơm cuộn dùng làm thức ăn chăn nuôi, trồng nấm, ủ phân, hạn chế đốt đồng gây ô nhiễm. "
        "Mô hình trình diễn tại Châu Thành (Sóc Trăng).",
    ),
    # --- paddy drying ---
    (
        "jPo117",
        "en",
        "flatbed_irri",
        "SGH4 and SGH8 flat-bed paddy dryers",
        "Flat-bed dryers of 4 and 8 t/batch force heated air from a rice-husk furnace through a stationary grain bed; drying takes about 7 hours, so an 8 t dryer handles 20 t/day or 800 t per 40-day season. "
        "Simple design for local fabrication and easy repair; can run on an engine where electricity is scarce. "
        "Operating guide and sizing (3-10 t/batch) provided.",
    ),
    (
        "jPo118",
        "en",
        "flatbed_ricetoday",
        "Flat-bed dryer design and manufacturer training",
        "University agricultural engineering centre and the rice research institute train manufacturers to build husk-fired flat-bed dryers of 4-8 t capacity; around 4,000 units were installed in the Mekong Delta by 2005. "
        "Trained manufacturers abroad installed hundreds of dryers at mills and farmer groups. "
        "Design drawings and hands-on training.",
    ),
    (
        "jPo119",
        "en",
        "flatbed_study",
        "Reversible-airflow flat-bed dryer with solar collector",
        "Study and design of flat-bed dryers with air reversal, which narrows final moisture differences, and a 4 t dryer in Long An with a solar collector as supplementary heat. "
        "Mechanical drying cracked fewer grains than sun drying, and the solar-assisted unit gave good grain quality with good economic potential. "
        "Survey findings on dryer use in 7 provinces included.",
    ),
    (
        "jPo120",
        "vi",
        "dryer_mobile",
        "Thiết bị sấy lúa di động không dùng điện",
        "Bồn sấy ngang 1,62 m, dài 3 m, cao 1,2 m, mỗi mẻ 2 tấn lúa, đốt trấu khoảng 15.000 đồng/mẻ, thời gian sấy trung bình 6 giờ, sấy được cả lúa ướt đã mọng mầm. "
        "Không dùng quạt điện, không cần người xúc lúa vào bao, chỉ cần một người vận hành; làm từ tre, gỗ, khung sắt rẻ tiền và dễ di chuyển đến ruộng. "
        "Nhận chế tạo theo đơn.",
    ),
    (
        "jPo121",
        "vi",
        "dryer_chaylu",
        "Lò sấy lúa cơ động loại 2-4 tấn/mẻ cho vùng ngập lũ",
        "Lò sấy không cần bể chứa, không cần nhiều mặt bằng, đổ lúa vào sấy không phải đảo trộn, khô thì mở cửa xả lúa vào bao. "
        "Có loại 2 tấn và 4 tấn/mẻ, chở đi sấy thuê ở vùng khác được; trung tâm giống cũng dùng để sấy lúa giống ngày mưa dầm. "
        "Giảm hao hụt, ít công so với phơi.",
    ),
    (
        "jPo122",
        "vi",
        "dryer_soctrang",
        "Hệ thống sấy lúa công suất 30-50 tấn/mẻ",
        "Dự án xây dựng mô hình hệ thống sấy lúa 30-50 tấn/mẻ cho vùng lúa hè thu, thay các lò nhỏ vài tấn/mẻ không đáp ứng nhu cầu. "
        "Thương lái không phải chở lúa tươi đi nơi khác sấy nên giá mua tại ruộng cao hơn, chất lượng hạt giữ được. "
        "Tư vấn thiết kế, lắp đặt cho doanh nghiệp, hợp tác xã.",
    ),
    (
        "jPo123",
        "en",
        "aciar_dryer",
        "Two-stage paddy drying for peak harvest",
        "Research project develops a fast first-stage dryer that takes wet-season paddy from over 30% down to 18% moisture, followed by slower in-store drying to 14%. "
        "Removes free water quickly during peak harvest without damaging colour or texture; in-store dryers of 80-400 t were tested, now with 4 m grain depth. "
        "Design support for mills and drying centres.",
    ),
    # --- repair and maintenance ---
    (
        "jPo124",
        "en",
        "repair_austro",
        "Tractor rehabilitation, spare parts and mechanic training",
        "Development project rehabilitated a fleet of imported tractors with original and locally produced spare parts and trained mechanics, owners and drivers in repair, maintenance and proper use. "
        "400 tractors were rehabilitated and the workshop also served other brands; a village-level tractor renting scheme followed. "
        "Experience offered for setting up machinery workshops and rental points.",
    ),
    (
        "jPo125",
        "en",
        "repair_center",
        "Regional agricultural mechanisation centre: service technician training",
        "Planned regional centre in Cần Thơ to train mechanisation operators and service technicians, support research and recommend policy. "
        "Addresses the lack of skilled repair services for modern equipment, which is hard to service when it breaks down. "
        "Short courses for cooperative machine teams.",
    ),
    # --- meters and monitoring ---
    (
        "jPo126",
        "vi",
        "meter_dongthap",
        "Công tơ điện tử đo xa và ứng dụng theo dõi điện năng",
        "Ngành điện thay công tơ cơ bằng công tơ điện tử đo xa (hơn 1,38 triệu công tơ ở một tỉnh), chỉ số tự động truyền về trung tâm, mã hóa dữ liệu. "
        "Khách hàng tra cứu sản lượng theo ngày, so sánh và thanh toán qua ứng dụng chăm sóc khách hàng. "
        "Hỗ trợ doanh nghiệp, hộ dân theo dõi điện tiêu thụ.",
    ),
    (
        "jPo127",
        "vi",
        "meter_blynk_ctu",
        "Thiết bị giám sát phụ tải điện từ xa qua điện thoại",
        "Mô hình của Bộ môn Kỹ thuật Điện, Trường Đại học Cần Thơ dùng ESP8266 NodeMCU, cảm biến PZEM004T và ứng dụng Blynk để theo dõi điện áp, dòng, công suất, điện năng qua wifi. "
        "So với số liệu ứng dụng của điện lực, sai lệch 0,98-5,21% theo ngày và 0,4-0,98% theo tháng. "
        "Có thể lắp cho từng nhánh tải của hộ, cơ sở nhỏ.",
    ),
    (
        "jPo128",
        "en",
        "submeter_digilogic",
        "Plant-level IoT energy submetering and dashboards",
        "Integrator installs current-transformer submeters on major loads (compressors, chillers, refrigeration, production lines) and links them to a real-time dashboard. "
        "Allocation by line and shift, anomaly alarms (equipment running at night or weekends) and targeted projects; typical payback within about 12 months. "
        "Supports ISO 50001 energy management.",
    ),
    # --- neighbouring fields ---
    (
        "jPo129",
        "vi",
        "biogas_ww_plants",
        "Xử lý nước thải chăn nuôi sau biogas bằng thực vật thủy sinh",
        "Khóa luận đánh giá hiệu quả dùng bèo, rau muống và thực vật thủy sinh khác để xử lý nước thải chăn nuôi sau hầm biogas. "
        "Các chỉ tiêu BOD, COD, nitơ, phốt pho giảm theo thời gian lưu. "
        "Tham khảo cho trại heo cần xử lý nước thải đạt chuẩn xả.",
    ),
    (
        "jPo130",
        "vi",
        "pig_ecology",
        "Ứng dụng công nghệ sinh thái trong trang trại chăn nuôi heo",
        "Báo cáo của Khoa Môi trường, Đại học Nông Lâm TP.HCM về thiết kế trang trại heo theo hướng sinh thái: bố trí chuồng, cây xanh, ao lắng, tái sử dụng chất thải. "
        "Công nghệ đơn giản, không đòi hỏi trình độ vận hành cao. "
        "Giúp trang trại có cảnh quan xanh, sạch.",
    ),
    (
        "jPo131",
        "vi",
        "surimi_ww",
        "Hệ thống xử lý nước thải chế biến surimi 300 m3/ngày",
        "Công ty môi trường thiết kế hệ thống 10 công đoạn xử lý nước thải surimi có COD tới 36.000 mg/l, dầu mỡ 100-500 mg/l, đạt QCVN 11:2008/BTNMT cột B. "
        "Gồm lọc rác tinh, tuyển nổi, xử lý sinh học và khử mùi. "
        "Tư vấn, thi công cho nhà máy chế biến thủy sản.",
    ),
    (
        "jPo132",
        "vi",
        "seafood_ww_thesis",
        "Bùn hoạt tính xử lý nước thải thủy sản có độ mặn cao",
        "Luận văn nghiên cứu ứng dụng bùn hoạt tính thích nghi độ mặn để xử lý nước thải chế biến thủy sản. "
        "Xác định tải trọng, thời gian lưu và hiệu quả khử COD, nitơ. "
        "Tham khảo cho nhà máy ven biển.",
    ),
    (
        "jPo133",
        "vi",
        "shrimp_ww_fish",
        "Xử lý nước thải ao nuôi tôm chân trắng bằng cá rô phi, cá đối, ốc đinh",
        "Nghiên cứu của Đại học Nông Lâm Huế: mật độ tối ưu cá đối 50 con/m3, cá rô phi 5 con/m3, ốc đinh 250 con/m3. "
        "Sau 8 ngày BOD5, COD, TSS đạt tiêu chuẩn thải, coliform giảm mạnh. "
        "Mô hình xử lý sinh học cho vùng nuôi tôm thâm canh.",
    ),
    (
        "jPo134",
        "vi",
        "ro_solar",
        "Hệ thống lọc nước RO cho vùng hạn mặn",
        "Mô hình lọc nước màng thẩm thấu ngược cấp nước uống cho vùng hạn mặn Bến Tre, Trà Vinh, Sóc Trăng, có cụm tấm pin cấp điện cho bơm và cụm lọc ở nơi lưới điện chưa ổn định. "
        "Vận hành đơn giản, chi phí thấp, tạo nước sạch sinh hoạt. "
        "Lắp đặt cho trường học, trạm y tế, cụm dân cư.",
    ),
    (
        "jPo135",
        "vi",
        "selfwash_filter",
        "Bể lọc tự rửa cho trạm cấp nước nông thôn",
        "Công nghệ bể lọc tự điều chỉnh quá trình rửa lọc không cần công nhân hay thiết bị tự động phức tạp, giữ chất lượng nước và công suất trạm. "
        "Giảm chi phí quản lý vận hành cho công trình cấp nước tự chảy, giếng khoan. "
        "Tư vấn thiết kế, cải tạo bể lọc cũ.",
    ),
    (
        "jPo136",
        "vi",
        "trichoderma",
        "Quy trình xử lý rơm rạ bằng nấm Trichoderma làm phân hữu cơ",
        "Hướng dẫn ủ rơm rạ sau thu hoạch với chế phẩm Trichoderma để phân giải cellulose, lignin thành phân hữu cơ thay vì đốt đồng. "
        "Trichoderma còn ức chế nấm bệnh trong đất như Fusarium, Pythium. "
        "Cung cấp chế phẩm và quy trình.",
    ),
    (
        "jPo137",
        "vi",
        "vermi",
        "Mô hình nuôi trùn quế xử lý chất thải chăn nuôi",
        "Nuôi trùn quế trên phân gia súc để phân hủy nhanh chất thải, giảm mùi hôi và thu phân trùn quế giàu dinh dưỡng. "
        "500 m2 nuôi trùn có thể xử lý 12 tấn chất thải mỗi tháng; trùn có khoảng 70% protein làm thức ăn chăn nuôi. "
        "Chuyển giao kỹ thuật cho trang trại.",
    ),
    (
        "jPo138",
        "vi",
        "mushroom_soctrang",
        "Kỹ thuật trồng nấm rơm tận dụng rơm sau vụ đông xuân",
        "Hướng dẫn trồng nấm rơm ngoài trời từ rơm rạ: chọn đất thấp có bóng mát, ủ rơm, chất vồng, khoảng 40 ngày bắt đầu thu hoạch. "
        "Mỗi ha rơm lãi gần 8 triệu đồng/vụ; thu hoạch ban đêm bán giá cao hơn 10-15 nghìn đồng/kg. "
        "Tập huấn cho nông dân vùng lúa.",
    ),
    (
        "jPo139",
        "vi",
        "mushroom_kg",
        "Ủ nấm rơm tăng thu nhập nông hộ vùng lúa",
        "Kỹ thuật ủ rơm, chất meo nấm rơm phổ biến ở vùng trồng lúa; rơm mua 150.000-200.000 đồng/công. "
        "Thời gian thu hoạch 15-20 ngày, lãi khoảng 500-600 nghìn đồng/công rơm; nấm sơ chế bán cho cơ sở xuất khẩu khoảng 60.000 đồng/kg. "
        "Hướng dẫn cho hộ có sân vườn rộng.",
    ),
    (
        "jPo140",
        "vi",
        "motor_design",
        "Tài liệu thiết kế động cơ không đồng bộ 3 pha rotor lồng sóc",
        "Giáo trình, đồ án thiết kế và tính toán động cơ không đồng bộ ba pha rotor lồng sóc: kích thước chủ yếu, dây quấn stato, khe hở không khí, tham số khởi động. "
        "Dùng cho đào tạo kỹ thuật viên điện và xưởng quấn động cơ. "
        "Có bảng tính mẫu.",
    ),
    (
        "jPo141",
        "vi",
        "nuocda_ban",
        "Kiểm nghiệm vi sinh nước đá dùng cho thực phẩm",
        "Trung tâm nghiên cứu thực phẩm nhận kiểm nghiệm chỉ tiêu vi sinh nước đá dùng ướp cá, chế biến và giải khát, hỗ trợ cơ sở đáp ứng đợt kiểm tra xử phạt nước đá bẩn. "
        "Tư vấn điều kiện vệ sinh nguồn nước và khuôn đá. "
        "Trả kết quả nhanh.",
    ),
    (
        "jPo142",
        "vi",
        "gachkhongnung",
        "Gạch không nung cho công trình xây dựng",
        "Giới thiệu sản phẩm gạch không nung và các vấn đề khi đưa vào công trình: tiêu chuẩn thiết kế, kỹ thuật thi công, sự cố nứt tường. "
        "Tư vấn lựa chọn loại gạch và vữa phù hợp. "
        "Dành cho chủ đầu tư, nhà thầu.",
    ),
    (
        "jPo143",
        "vi",
        "sieve",
        "Máy sàng rung phân loại hạt",
        "Giới thiệu nguyên lý hoạt động máy sàng rung phân loại vật liệu dạng hạt theo kích cỡ, dùng cho hạt nông sản, phân bón, vật liệu. "
        "Cung cấp máy theo công suất yêu cầu. "
        "Lắp đặt và hướng dẫn vận hành.",
    ),
    (
        "jPo144",
        "vi",
        "crack_hocday",
        "Điều tra và kiểm soát nứt hạt lúa, mô hình quản lý chuỗi lúa gạo",
        "Đề án nghiên cứu sự nứt hạt lúa trên đồng và sau thu hoạch ở ĐBSCL, đề xuất mô hình hợp tác xã nông hộ góp vốn quản lý chuỗi sau thu hoạch. "
        "Phân tích lợi ích tài chính giữa thu hoạch, sấy và xay xát. "
        "Tài liệu tham khảo cho liên minh hợp tác xã.",
    ),
    (
        "jPo145",
        "vi",
        "trabac",
        "Liên kết vùng nguyên liệu dừa và tiêu thụ sản phẩm từ gáo dừa",
        "Doanh nghiệp dừa Trà Vinh sản xuất than hoạt tính từ than gáo dừa, than BBQ, nước cốt dừa đông lạnh, cơm dừa sấy, thảm xơ dừa, mụn dừa. "
        "Liên kết thu mua nguyên liệu dừa và sản phẩm sơ chế của nông dân, cơ sở trong tỉnh. "
        "Mở rộng đa dạng sản phẩm dừa.",
    ),
    (
        "jPo146",
        "vi",
        "coconut_hunglong",
        "Công nghệ chế biến sâu sản phẩm dừa",
        "Ứng dụng công nghệ mới chế biến nước cốt dừa, kem dừa, dầu dừa tinh khiết và sản phẩm từ dầu dừa đạt chuẩn xuất khẩu. "
        "Giá trị sản xuất công nghiệp dừa của Bến Tre đạt khoảng 5.880 tỷ đồng năm 2020. "
        "Tư vấn dây chuyền cho doanh nghiệp chế biến.",
    ),
    (
        "jPo147",
        "en",
        "charcoal_study",
        "Survey of social and environmental impacts of charcoal production",
        "Study interviewing 284 charcoal producers, 160 workers and 160 neighbours in Hậu Giang and measuring CO, NO2, SO2 and dust around traditional kilns. "
        "Kilns average about 59 m3 and 80 t charcoal per kiln a year; emissions exceed national standards and neighbours report respiratory problems. "
        "Baseline data for local environmental management.",
    ),
    (
        "jPo148",
        "en",
        "dongthap_irrig",
        "Drip and spray irrigation in net houses",
        "Provincial agriculture department subsidises net houses with automatic drip and spray irrigation for fruit and vegetables; nearly 25,000 ha use efficient irrigation. "
        "Yields rise about 25% and water use falls 45%; fruit farmers save VND25.8 million/ha a year. "
        "Design and subsidy guidance for growers.",
    ),
    (
        "jPo149",
        "en",
        "digital_rice",
        "Review of digital advisory tools for rice farmers",
        "Research alliance surveyed digital tools in the Mekong Delta rice chain: few apps are used, but 75% of farmers are willing to use mobile apps. "
        "Gives guidance for inclusive digital extension tools that complement field agents. "
        "For developers and extension services.",
    ),
    (
        "jPo150",
        "en",
        "traceability_coop",
        "Digital traceability for agricultural cooperatives",
        "Institute study of 50 cooperatives: only 26% apply digital traceability; rice cooperatives average 453 ha and 1,064 members. "
        "Recommends traceability solutions and support to overcome outdated equipment. "
        "Consulting for cooperatives seeking traceable product chains.",
    ),
    (
        "jPo151",
        "en",
        "autoagri",
        "Crop-monitoring app with QR-code digital farm diary",
        "App developed by a young farmer monitors crops via smart devices and controls irrigation remotely; each tree has a QR code linking to fertiliser, harvest and transport records. "
        "Also used for automated feeding and water treatment on digitised shrimp ponds. "
        "Licences for farms and cooperatives.",
    ),
    (
        "jPo152",
        "en",
        "nextfarm",
        "4G fertigation controller with farm-management app",
        "Automatic irrigation and fertilisation system tailoring water and nutrients to crops, with a web and mobile app for traceability and recording of farm operations. "
        "Used by a vegetable cooperative to keep humidity even and reduce pests. "
        "Supply, installation and training.",
    ),
    (
        "jPo153",
        "en",
        "iot_pond_vnua",
        "IoT water-quality monitoring for aquaculture ponds",
        "University system with Arduino, Raspberry Pi server and sensors for temperature, pH and dissolved oxygen sends readings to phones and alerts when DO falls below a set level. "
        "Relative errors below 5% against reference meters. "
        "Kits and installation for fish and shrimp farmers.",
    ),
    (
        "jPo154",
        "en",
        "iot_pond_wsn",
        "Wireless sensor network for shrimp-pond water quality",
        "Low-power nodes measure DO, pH, temperature and salinity with cloud dashboard; field trial over eight weeks in three ponds gave 96.7% packet delivery and over 30 days of solar-assisted autonomy. "
        "Helps time aeration during pre-dawn oxygen drops. "
        "Pilot deployment for shrimp farms.",
    ),
    (
        "jPo155",
        "en",
        "ricemill_ait",
        "Milling quality study of rice mills",
        "Thesis evaluating six rice mills and eight processing units in Cần Thơ: two-stage milling, low milling cost (about USD7/t), and head rice yield falling from 51.3% to 45.3% when paddy moisture rises from 13.5% to 18.1%. "
        "Recommendations on moisture control and whiteness. "
        "Reference for millers on grain quality.",
    ),
    (
        "jPo156",
        "en",
        "ricemill_nardt",
        "Regional rice value-chain report: mills and post-harvest losses",
        "Think-tank report comparing rice mill numbers, running hours, paddy-to-rice ratio (66%) and capacity use (71%) in Vietnam, Laos, Cambodia and Thailand. "
        "Discusses post-harvest losses of 15-25% and cross-border paddy trade. "
        "Policy reference.",
    ),
    (
        "jPo157",
        "en",
        "rha_concrete",
        "Fine-grained concrete with rice husk ash",
        "Research on high-performance fine-grained concrete where rice husk ash replaces part of the cement: 10-15% RHA gives chloride resistance comparable to silica fume and higher strength. "
        "Suitable for sand concrete in regions lacking coarse aggregate. "
        "Mix designs available to precast producers.",
    ),
    (
        "jPo158",
        "en",
        "cocovina",
        "Coir fibre and cocopeat processing plant",
        "Coconut processing facility in Bến Tre producing over 4,000 t of long coir fibre and 8,000 t of cocopeat a month, pressed into 5 kg blocks. "
        "Designed for 24/7 production through the rainy season, with by-products fuelling most of its energy needs. "
        "Buys coconut husks from growers.",
    ),
    (
        "jPo159",
        "en",
        "irice_compost",
        "Mechanised composting of rice straw into organic fertiliser",
        "Rice institute module on making compost from rice straw with animal manure or soil and nitrogen, using a windrow turner that mixes in microbes. "
        "Windrows 1.2 m wide and 0.7 m high, C/N 25-30, 50-70 °C; compost is ready in about 45 days. "
        "Training for cooperatives.",
    ),
    (
        "jPo160",
        "en",
        "ricemill_chapter",
        "Study of private rice mills and investment uncertainty",
        "Dissertation chapter describing paddy grain, the milling process and milling losses, and the rise of private rice mills in the Mekong Delta after doi moi. "
        "Analyses uncertainty, access to finance and market information facing millers. "
        "Background for investors in milling.",
    ),
]
