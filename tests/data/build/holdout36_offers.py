"""Offers of the holdout36 labelled set: (id, language, source key, title, description).

Technology offers in aquaculture and fisheries of the Mekong Delta coast, written the way institutes,
universities, firms and technology exchanges post them; jLo129-jLo160 come from neighbouring fields
(rice, fruit, livestock, energy, food processing) and are distractors. Written blind.
"""

OFFERS = [
    # --- super-intensive, intensive, certification, nursery ---
    (
        "jLo001",
        "vi",
        "s_greenhouse",
        "Chuyển giao mô hình nuôi tôm thẻ chân trắng siêu thâm canh trong nhà kính",
        "Thiết kế và hướng dẫn vận hành ao nuôi tôm thẻ trong nhà kính có mái che, thả mật độ tới 290 con/m2, năng suất đã đạt khoảng 90 tấn/ha tại Bạc Liêu. "
        "Nhà kính giữ nhiệt độ nước ổn định mùa mưa, hạn chế mầm bệnh theo nước mưa và chim. Tư vấn dự toán chi phí ban đầu (khá cao) và phương án hoàn vốn.",
    ),
    (
        "jLo002",
        "en",
        "s_tiengiang",
        "Technical package for intensive whiteleg shrimp in earthen ponds",
        "Extension package benchmarked on intensive farms in Go Cong Tay (Tien Giang): ponds of about 0.26 ha, stocking near 79 PL/m2, survival around 85% and harvest size of 58 shrimp/kg. "
        "The package corrects the weakest points found in the survey, namely incomplete settling and treatment of intake water, and gives a stocking, feeding and water-treatment calendar.",
    ),
    (
        "jLo003",
        "vi",
        "s_vietgap",
        "Tư vấn chứng nhận VietGAP cho hộ và tổ hợp tác nuôi tôm thẻ thâm canh",
        "Hướng dẫn xây ao lắng, kiểm dịch tôm giống, thả mật độ hợp lý khoảng 40 con/m2, ghi chép nhật ký và không dùng chất cấm để đạt VietGAP. "
        "Khảo sát 105 hộ ở Sóc Trăng cho thấy năng suất 2,7-5,6 tấn/ha/vụ, lợi nhuận 324 triệu đồng/ha khi không bệnh, 98% lô hàng đạt chuẩn xuất khẩu và giá bán cao hơn 2.000-5.000 đ/kg.",
    ),
    (
        "jLo004",
        "en",
        "s_uong_tepbac",
        "Lined nursery pond design for the first 15-20 days after stocking",
        "Post-larvae (PL12-PL15) are held in a raised, plastic-lined nursery pond of 50-100 m2 (0.5-1% of grow-out area) with 0.7-0.9 m of water before release. "
        "Feeding, siphoning and water treatment are tightly controlled, then shrimp are transferred after 15-20 days when they are robust, giving clearly higher survival than direct stocking.",
    ),
    (
        "jLo005",
        "vi",
        "s_biosipec",
        "Hệ thống ương tôm giống tuần hoàn nước qua ao lọc sinh học",
        "Bể ương mật độ cao nối với ao tuần hoàn đóng vai trò bộ lọc sinh học lớn và ao chứa nước thải lắng chất lơ lửng, giảm NH3, NO2 và vi khuẩn Vibrio. "
        "Tôm được ương 3-4 tuần trong điều kiện tốt nhất trước khi chuyển ra ao nuôi, giảm lượng nước thay và hạn chế mầm bệnh từ nguồn nước bên ngoài.",
    ),
    # --- biofloc and recirculation ---
    (
        "jLo006",
        "vi",
        "s_biofloc_bt",
        "Quy trình nuôi tôm thẻ chân trắng theo công nghệ biofloc",
        "Quy trình biofloc đã thử nghiệm trên 6 ao tại xã An Nhơn, huyện Thạnh Phú (Bến Tre) và so sánh với 15 hộ nuôi truyền thống xung quanh. "
        "Bổ sung nguồn carbon để vi khuẩn có lợi tạo hạt floc, tận dụng chất thải làm thức ăn, giảm thay nước và ổn định chất lượng nước; kèm phân tích hiệu quả kinh tế - kỹ thuật.",
    ),
    (
        "jLo007",
        "en",
        "s_ctu_ras",
        "CTU-RAS closed recirculating shrimp farming model",
        "Fully closed pond system developed with Can Tho University: only 10-20% make-up water per cycle and the same water reused for up to three crops a year. "
        "70-75% of the area is culture ponds and 25-30% biological filtration; tilapia and seaweed act as living filters that remove weak shrimp and absorb ammonia, nitrite, nitrate and phosphate. Indoor or outdoor layouts available.",
    ),
    (
        "jLo008",
        "en",
        "s_giz_ras",
        "Improved recirculatory aquaculture system (RAS) for medium-sized shrimp farms",
        "A RAS adapted to Mekong Delta conditions and piloted on medium-sized farms by GIZ with Can Tho University and the Soc Trang agriculture department. "
        "Water is recirculated instead of exchanged, cutting water use by about 90% in the pilots, limiting disease entry and reducing discharge; training in farm management and business planning included.",
    ),
    (
        "jLo009",
        "vi",
        "s_water_camau",
        "Thiết kế hệ thống xử lý và tuần hoàn nước cho trại tôm thâm canh",
        "Dựa trên cân bằng nước của trại tôm thẻ thâm canh ở Cà Mau: hệ thống hiện tại thất thoát tới khoảng 1.000 m3 nước (hơn 20% lượng dùng), phương án tuần hoàn chỉ còn khoảng 33 m3 (3%). "
        "Nước sau xử lý được bơm trở lại ao, tiết kiệm khoảng 20% nước cấp; có tính giá trị kinh tế của nước (khoảng 6.000 đ/m3) để quyết định đầu tư.",
    ),
    # --- aeration and energy ---
    (
        "jLo010",
        "vi",
        "s_quat_tsvn",
        "Hướng dẫn lắp đặt và vận hành quạt nước ao tôm tiết kiệm điện",
        "Đặt dàn quạt cách bờ 3-5 m, cánh so le cách nhau 60-80 cm để tạo dòng chảy gom chất thải vào giữa ao cho dễ xi phông. Quạt quay 75-80 vòng/phút, cánh ngập 9-12 cm cho hiệu suất cao. "
        "Ao sâu trên 1,4 m đáy bạt hoặc đáy cát nên lắp xen quạt lông nhím để đưa oxy xuống đáy.",
    ),
    (
        "jLo011",
        "en",
        "s_aerator_tepbac",
        "Aerator selection and benchmarking for intensive shrimp ponds",
        "We compare paddlewheel, long-arm and other aerators on oxygen transfer and mixing, following the device comparison of Jayanthi et al. (2020) for intensive whiteleg ponds. "
        "Recommendation covers aerator type and number for your stocking density, salinity and depth, so that night-time oxygen never drops below safe levels while power use stays reasonable.",
    ),
    (
        "jLo012",
        "en",
        "s_aeration_energy",
        "Aeration sizing and energy use calculation for shrimp farms",
        "Sizing service using field rules of thumb: about 1 hp of aeration per 300-500 kg of planned shrimp harvest, with up to 1.5 t/ha achievable without aeration. "
        "Small electric motors use about 1 kWh per horsepower-hour; we combine this with dissolved-oxygen monitoring to set installed power and daily operating schedules and estimate the electricity bill.",
    ),
    (
        "jLo013",
        "vi",
        "s_blower",
        "Máy thổi khí con sò và ống sục đáy chống thiếu oxy ban đêm cho ao tôm",
        "Giải pháp cấp khí đáy cho ao tôm hay xuống oxy trong khung 3-5 giờ sáng, khi tảo ngừng quang hợp mà tôm, tảo và vi sinh vẫn hô hấp. "
        "Máy thổi khí con sò đẩy khí qua ống phân phối đặt sát đáy, bổ sung oxy cho tầng đáy nơi quạt mặt khó tới; tư vấn công suất máy theo diện tích và độ sâu ao.",
    ),
    (
        "jLo014",
        "en",
        "s_solar_attra",
        "Solar photovoltaic power for aquaculture pumps and aerators",
        "Design of PV arrays, batteries and pumps to run aerators, circulation pumps and water treatment on closed or remote aquaculture systems. "
        "The guide covers the key sizing questions (daily load, battery autonomy, pump choice) and a worked example of a fish farm already running on PV power.",
    ),
    (
        "jLo015",
        "en",
        "s_asme",
        "Passive solar updraft aerator for small fish ponds",
        "A low-cost device from the University of Toronto that mixes the oxygen-rich surface layer with the oxygen-poor bottom layer using only heat from the sun. "
        "No electricity and no moving parts; it can be built and maintained locally from common parts, suited to family ponds where electric aerators are too costly.",
    ),
    # --- sensors ---
    (
        "jLo016",
        "en",
        "s_sensor_pppii",
        "Wireless sensor network for real-time shrimp pond water quality",
        "Low-power nodes measure dissolved oxygen, pH, temperature and salinity and send data to a cloud dashboard; nodes are solar-assisted and ran more than 30 days without interruption. "
        "Validated accuracy: RMSE 0.18 mg/L for DO, 0.08 for pH, 0.42 ppt for salinity; 96.7% packet delivery with 2.3 s median latency. Alerts let farmers switch on aeration before pre-dawn oxygen crashes.",
    ),
    (
        "jLo017",
        "vi",
        "s_sensor_pppii",
        "Trạm quan trắc tự động oxy hòa tan, pH, nhiệt độ, độ mặn cho ao tôm",
        "Cảm biến đặt trong ao đo liên tục DO, pH, nhiệt độ và độ mặn, truyền không dây về bảng theo dõi trên điện thoại. "
        "Thử nghiệm thực địa 8 tuần trên 3 ao với hơn 190.000 số đo, sai lệch rất nhỏ so với máy đo chuẩn; hệ thống báo động khi oxy xuống thấp để bật quạt kịp thời.",
    ),
    (
        "jLo018",
        "en",
        "s_sensor_review",
        "Consulting on sensor selection for smart aquaculture monitoring",
        "Review-based advice on which sensors to use for temperature, pH, nitrate, phosphate, calcium, magnesium and dissolved oxygen in fish and shrimp farming. "
        "We match sensor technologies to budget and maintenance capacity and propose an IoT architecture for data collection and decisions in hatcheries and farms.",
    ),
    # --- probiotics, algae ---
    (
        "jLo019",
        "en",
        "s_probio_evonik",
        "Multi-strain Bacillus subtilis pond probiotic for ammonia and nitrite control",
        "Three B. subtilis strains selected for ammonia and nitrite removal over a wide salinity range. Tested in commercial earthen ponds at about 80 shrimp/m2: 0.25 ppm (2.5 kg/ha) per application, about 11 applications over a 108-day crop. "
        "Nitrogen wastes were kept lower than in control ponds treated with four commercial products.",
    ),
    (
        "jLo020",
        "vi",
        "s_probio_yucca",
        "Chế phẩm kết hợp chiết xuất Yucca và Bacillus giảm khí độc và Vibrio ao tôm",
        "Sản phẩm của nhóm công nghệ sinh học (Công ty Liên Hiệp Phát và ĐH Bách khoa TP.HCM) phối hợp chiết xuất Yucca schidigera với chủng Bacillus đơn hoặc tổ hợp. "
        "Thử nghiệm trên tôm thẻ PL12 cho thấy giảm tổng đạm amoni (TAN), nitrite và mật độ Vibrio sau 24-168 giờ, đồng thời cải thiện tăng trưởng tôm.",
    ),
    (
        "jLo021",
        "en",
        "s_probio_gsa",
        "Probiotics for ammonia degradation in minimum-water-exchange shrimp ponds",
        "Single and multi-species Bacillus probiotics applied as water additives lowered ammonia and total Vibrio counts in intensive Pacific white shrimp earthen ponds with minimal water exchange. "
        "A magnetic field treatment (21.56 mT) improved germination and growth of Bacillus spores before application, raising product efficacy.",
    ),
    (
        "jLo022",
        "vi",
        "s_taolam_vft",
        "Quy trình cắt tảo lam ao tôm bằng vôi nóng, dolomite và vi sinh",
        "Buổi tối (18-21 giờ) thay khoảng 30% nước, rải khô vôi nóng CaO 25-30 kg cho 1.500-2.000 m3 nước để diệt phần lớn tế bào tảo, sau đó rải dolomite ổn định pH. "
        "Sau 2-3 giờ đánh vi sinh liều gấp đôi để phân hủy xác tảo, bơm nước từ ao xử lý vào từ từ đến sáng; lặp lại theo mức độ tảo.",
    ),
    (
        "jLo023",
        "en",
        "s_taolam_biogency",
        "Blue-green algae (cyanobacteria) diagnosis and prevention for shrimp ponds",
        "Microscope identification of filamentous (Anabaena, Oscillatoria, Nostoc) and colonial (Microcystis) cyanobacteria and assessment of why they bloom. "
        "Blooms are favoured when the N/P ratio sits around 3-5:1 from uneaten feed and faeces; we give a nutrient-reduction and water-colour plan to keep toxins and oxygen crashes away.",
    ),
    (
        "jLo024",
        "vi",
        "s_mrprobio",
        "Chế phẩm sinh học cho ương ấu trùng tôm càng xanh theo quy trình nước trong",
        "Kết quả nghiên cứu của Khoa Thủy sản, Trường Đại học Cần Thơ: kết hợp hai loại chế phẩm sinh học trong bể ương cho tỷ lệ sống đến tôm bột 10 ngày tuổi trung bình 75,3%. "
        "Chế phẩm làm giảm mật độ Vibrio, ổn định môi trường bể ương, ấu trùng phát triển nhanh hơn so với không dùng chế phẩm.",
    ),
    # --- disease diagnosis and control ---
    (
        "jLo025",
        "en",
        "s_lamp_ciba",
        "Closed-tube colorimetric LAMP test for EHP",
        "Visual LAMP assay targeting the EHP spore wall protein gene; results read by colour change (HNB or phenol red) without opening the tube. "
        "Works on hepatopancreas, faeces, pond water, soil and FTA cards, runs in about 40 minutes on a simple dry bath, 100% diagnostic sensitivity and specificity in clinical evaluation; can be used at the farm.",
    ),
    (
        "jLo026",
        "vi",
        "s_rpa_duplex",
        "Bộ xét nghiệm nhanh RPA-que thử phát hiện đồng thời AHPND và EHP tại ao",
        "Khuếch đại đẳng nhiệt ở 37°C kết hợp que thử dòng chảy bên, cho kết quả đồng thời bệnh hoại tử gan tụy cấp (AHPND) và vi bào tử trùng EHP trong 35 phút. "
        "Độ nhạy 10-100 bản sao gen mỗi phản ứng, khớp 100% với PCR lồng tiêu chuẩn ngành; đọc bằng mắt, gần như không cần thiết bị.",
    ),
    (
        "jLo027",
        "en",
        "s_wssv_mylab",
        "White spot syndrome virus PCR detection kit",
        "PCR kit for definitive diagnosis and certification of WSSV status in broodstock and fry, as recommended for white spot disease. "
        "Intended for hatchery and farm laboratories that need to screen batches before sale or stocking, since outbreaks progress from feeding stop to mass mortality within days.",
    ),
    (
        "jLo028",
        "vi",
        "s_spf_pcr_thesis",
        "Dịch vụ sàng lọc tôm bố mẹ sạch bệnh bằng kỹ thuật PCR",
        "Quy trình lấy mẫu và chẩn đoán PCR để chọn tôm thẻ chân trắng bố mẹ không mang mầm bệnh trước khi đưa vào cho đẻ, do Khoa Thủy sản Trường ĐH Nông Lâm TP.HCM thực hiện cùng doanh nghiệp. "
        "Giúp trại giống loại bỏ cá thể nhiễm, giảm nguy cơ truyền bệnh dọc sang ấu trùng và tôm post.",
    ),
    (
        "jLo029",
        "en",
        "s_ehp_th",
        "EHP prevention programme for grow-out ponds",
        "EHP spores have a hard chitin wall and stay infective in water for 6-12 months; one spore can multiply to about 1,000 in a week. "
        "Our programme covers early signs (5-7 size classes in the same pond after about 25 days, empty guts, soft shells), pond preparation, PCR-checked seed and feeding hygiene to limit spread, since there is no cure.",
    ),
    (
        "jLo030",
        "vi",
        "s_ehp_ras",
        "Giải pháp phòng vi bào tử trùng EHP cho trại sản xuất tôm giống",
        "EHP lây từ tôm bố mẹ sang nauplius và tôm post, và qua thức ăn tươi sống. Quy trình gồm sàng lọc thức ăn tươi sống (artemia, nghêu...) và thanh trùng trước khi cho ăn. "
        "Vệ sinh bể, đường ống, vợt bằng NaOH 2,5% để ít nhất một tuần; phối hợp xét nghiệm để kiểm soát lây lan quốc tế của EHP.",
    ),
    (
        "jLo031",
        "en",
        "s_ahpnd_tateh",
        "AHPND (early mortality syndrome) biosecurity package for shrimp farms",
        "AHPND is caused by Vibrio parahaemolyticus strains carrying toxin genes and kills shrimp in the first 35 days with empty guts and pale, shrunken hepatopancreas. "
        "Protocol covers seed sourcing, live feeds (polychaetes, clams) as risk factors, salinity and oxygen management and biosecurity steps that also help against other diseases.",
    ),
    (
        "jLo032",
        "vi",
        "s_ahpnd_was",
        "Kiểm soát Vibrio gây hoại tử gan tụy cấp: vớt tôm chết và vi sinh đường ruột",
        "Thí nghiệm cho thấy Vibrio gây bệnh ở mức 10^6 cfu/ml làm chết 60% tôm trong một tuần, còn tôm ăn xác tôm nhiễm bệnh phát bệnh trong 24 giờ. "
        "Quy trình: thu gom xác tôm chết kịp thời để tôm khỏe không ăn phải, giảm mật độ Vibrio trong nước và bổ sung định kỳ men vi sinh đường ruột.",
    ),
    (
        "jLo033",
        "en",
        "s_ahpnd_fao",
        "Nested PCR (AP4) testing for low-level AHPND bacteria",
        "Laboratory service using the AP4 nested PCR, about 100 times more sensitive than single-step PCR, to detect low levels of AHPND-causing Vibrio in shrimp and environmental samples. "
        "Follows the FAO shrimp AHPND strategy manual; suitable for screening broodstock, live feeds, pond water and sediment.",
    ),
    (
        "jLo034",
        "vi",
        "s_wssv_apfa",
        "Dịch vụ chẩn đoán bệnh đốm trắng (WSSV) trên tôm bằng PCR và qPCR",
        "Virus đốm trắng có thể gây chết 100% trong 3-10 ngày và lây sang nhiều loài giáp xác. Phòng thí nghiệm nhận mẫu tôm giống, tôm nuôi và giáp xác trong ao để xét nghiệm PCR, định lượng qPCR. "
        "Kết quả giúp quyết định thả nuôi, thu hoạch sớm hoặc xử lý ao.",
    ),
    (
        "jLo035",
        "en",
        "s_lamp_ust",
        "Low-cost LAMP detection of white spot virus and Vibrio",
        "Developed by the University of Santo Tomas with DOST funding: loop-mediated isothermal amplification replaces costly PCR thermal cyclers with a simple heat block. "
        "About 10 times more sensitive than conventional PCR and faster than plate methods for Vibrio; closed-tube reading prevents contamination, suited to on-site testing.",
    ),
    (
        "jLo036",
        "vi",
        "s_spf_vpas",
        "Cung cấp tôm thẻ bố mẹ sạch bệnh SPF và kháng bệnh SPR",
        "Tôm thẻ bố mẹ được tuyển chọn và gia hóa qua nhiều thế hệ trong điều kiện nghiêm ngặt để tạo dòng sạch bệnh (SPF) hoặc kháng bệnh (SPR). "
        "Tư vấn trại giống chọn loại bố mẹ phù hợp với điều kiện nuôi và giải thích khác biệt giữa SPF và SPR.",
    ),
    (
        "jLo037",
        "en",
        "s_f1vn",
        "Domesticated F1 whiteleg shrimp broodstock produced in Vietnam",
        "Locally produced F1 broodstock (F1-VN) evaluated through growth, survival and yield of their post-larvae in grow-out trials at Dong Bo (Nha Trang) and Van Ninh. "
        "Ponds kept DO at or above 5 mg/L and NH3 below 0.1 mg/L; the line is offered to hatcheries wanting less dependence on imported broodstock.",
    ),
    (
        "jLo038",
        "vi",
        "s_huythuan",
        "Chuyển giao quy trình sản xuất giống tôm thẻ chân trắng cho trại giống",
        "Quy trình áp dụng tại Trung tâm sản xuất giống Huy Thuận (Bình Đại, Bến Tre), gồm theo dõi từng giai đoạn Nauplius, Zoea, Mysis, Postlarvae. "
        "Lưu ý ấu trùng hao hụt nhiều khi chuyển từ Zoea 2 sang Zoea 3 và khi mưa làm nhiệt độ giảm; hướng dẫn điều chỉnh thức ăn và môi trường từng giai đoạn.",
    ),
    (
        "jLo039",
        "en",
        "s_artemia_was",
        "Vinh Chau Artemia cysts and biomass for hatcheries",
        "Artemia farmed in solar saltworks of Soc Trang and Bac Lieu since the Ghent University - Can Tho University collaboration; about 800 ha now produce 40-60 t of cysts and 300-400 t of wet biomass a year. "
        "Well-managed ponds yield up to 200 kg wet cysts/ha per season. Supply of cysts and biomass as live feed for shrimp, crab and fish hatcheries.",
    ),
    (
        "jLo040",
        "vi",
        "s_artemia_vcci",
        "Chuyển giao kỹ thuật nuôi Artemia trên ruộng muối",
        "Mô hình của HTX Artemia Vĩnh Châu - Bạc Liêu trên 200 ha: nuôi Artemia ở độ mặn cao kết hợp nghề muối, mỗi hecta cho 70-80 kg trứng, lợi nhuận 30-40 triệu đồng. "
        "HTX hướng dẫn kỹ thuật, cung cấp giống và bao tiêu hơn 10 tấn Artemia mỗi năm từ diêm dân.",
    ),
    # --- rice-shrimp, mangrove-shrimp, extensive ---
    (
        "jLo041",
        "vi",
        "s_tomlua_tracu",
        "Mô hình luân canh lúa hữu cơ - tôm càng xanh cho đất kém hiệu quả",
        "Nhân rộng từ xã Hàm Tân, huyện Trà Cú (Trà Vinh): đào ao nuôi tôm càng xanh kết hợp trồng lúa, không dùng thuốc hóa học, tôm ăn vi sinh vật từ cây lúa. "
        "Lợi nhuận trung bình 70-80 triệu đồng/ha/năm, cao gấp 2-3 lần trồng mía; tôm dưới ruộng lúa bán 150.000-250.000 đ/kg.",
    ),
    (
        "jLo042",
        "en",
        "s_minhphu_riceshrimp",
        "Rice-shrimp farming model with processor partnership",
        "Model run by Minh Phu Seafood with about 2,000 farmers: rice in the rainy season and shrimp in the saline dry season on the same plot, optimising land use and inputs. "
        "Farmers get technical support and an offtake partner, reducing operational risk as seawater now reaches over 70 km inland.",
    ),
    (
        "jLo043",
        "vi",
        "s_rungtom_tv",
        "Mô hình rừng - tôm sú 'xanh - sạch' cho vùng rừng ngập mặn",
        "Giữ tỷ lệ 60% rừng, 40% ao; làm cống cấp và thoát nước riêng, túi lọc khi cấp nước, bón phân gây màu nước tạo thức ăn cho tôm trong 30 ngày đầu, tỉa cành rừng cho đủ ánh sáng. "
        "Tại Hiệp Thạnh, Duyên Hải (Trà Vinh): 3 ha rừng - tôm thả 100.000-120.000 tôm sú cho lợi nhuận khoảng 100 triệu đồng, thêm khoảng 50 triệu từ cá, cua nuôi kết hợp.",
    ),
    (
        "jLo044",
        "en",
        "s_organic_shrimpnews",
        "Organic certification support for mangrove-shrimp farmers",
        "Project approach from IUCN and SNV in Ca Mau: integrated mangrove-shrimp farms keep about 60% of land under mangroves and farm without feed or chemicals, so shrimp can be certified organic. "
        "Certified shrimp sell at around 10% higher prices with assured buyers; we guide households through certification requirements and group organisation.",
    ),
    (
        "jLo045",
        "en",
        "s_minhphu_forest",
        "Certified ecological forest-shrimp supply chain",
        "Social enterprise model in Ngoc Hien (Ca Mau): 11,400 ha of mangrove shrimp farms and more than 2,300 households certified Naturland, EU Organic, ASC, BAP and Selva Shrimp. "
        "The company buys the shrimp at premium prices and supports farmers in protecting the forest canopy.",
    ),
    (
        "jLo046",
        "vi",
        "s_extensive_caimuoc",
        "Cải tiến mô hình nuôi tôm quảng canh cải tiến vùng ven biển",
        "Khảo sát ao quảng canh cải tiến ở Cái Nước (Cà Mau) thấy đáy ao nghèo sinh vật đáy, có vi khuẩn lam sinh độc tố và mật độ Vibrio cao trong nước và bùn. "
        "Khuyến cáo: xét nghiệm mầm bệnh tôm giống, không thả cá chung ao tôm, có thời gian cắt vụ và diệt mầm bệnh giữa các đợt thả để năng suất ổn định.",
    ),
    (
        "jLo047",
        "en",
        "s_riceshrimp_ctu",
        "Assessment and improvement plan for rice-shrimp farming systems",
        "Can Tho University study with 80 households in Ca Mau: the rice-shrimp rotation uses fewer fertilisers and pesticides but suffers from poor irrigation, freshwater shortage for rice, low-quality shrimp seed and rice that fails at high salinity. "
        "We offer a farm-level diagnosis and improvement plan for these constraints.",
    ),
    # --- giant freshwater prawn ---
    (
        "jLo048",
        "vi",
        "s_tcx_nguoinuoitom",
        "Kỹ thuật nuôi tôm càng xanh toàn đực năng suất cao",
        "Tôm đực và cái lớn như nhau đến cỡ 35-40 g, sau đó tôm đực lớn nhanh, đạt trọng lượng gấp đôi tôm cái trong cùng thời gian. Nuôi toàn đực cho cỡ đồng đều, giá 200.000-400.000 đ/kg. "
        "Tôm càng xanh chịu được nước lợ dưới 10‰, phù hợp vùng chuyển đổi và luân canh.",
    ),
    (
        "jLo049",
        "en",
        "s_tcx_ctu",
        "Male selection technique for giant freshwater prawn in rotational rice fields",
        "Can Tho University method tested in Thoai Son (An Giang): PL15 stocked at 50/m2 in the pond attached to the rice field, then after 2.5 months only males are selected and restocked into the field. "
        "After 6 months males averaged 69.4 g versus 54.4 g in mixed-sex culture, with similar survival and better profit.",
    ),
    (
        "jLo050",
        "en",
        "s_tcx_review",
        "Modified stagnant green-water hatchery technology for freshwater prawn seed",
        "Larval rearing system developed by Can Tho University with JIRCAS that made prawn seed supply reliable in the Mekong Delta. "
        "After dissemination more than 90 hatcheries produced 76.5 million postlarvae in 2003, supporting expansion of rice-prawn farming. Training and transfer available.",
    ),
    (
        "jLo051",
        "vi",
        "s_tcx_ras_thesis",
        "Hệ thống lọc tuần hoàn cho sản xuất giống tôm càng xanh toàn đực",
        "Đánh giá và chuyển giao hệ thống lọc tuần hoàn cho trại giống tôm càng xanh toàn đực, dựa trên nền quy trình sản xuất giống của Viện Nghiên cứu Nuôi trồng Thủy sản II. "
        "Tái sử dụng nước lợ, ổn định môi trường bể ương ấu trùng và tiết kiệm nước mặn vận chuyển vào trại.",
    ),
    (
        "jLo052",
        "vi",
        "s_tcx_tsvn",
        "Giống tôm càng xanh toàn đực của Viện Nghiên cứu NTTS II",
        "Sản xuất thử nghiệm giống tôm càng xanh toàn đực (ThS Bùi Thị Liên Hà, ThS Trần Nguyễn Ái Hằng, 2017). Tôm ít nhạy cảm bệnh, chịu mặn rộng, có thể nuôi ghép với tôm sú, tôm thẻ và lúa. "
        "Phù hợp vùng xâm nhập mặn nhẹ, đất phèn như Trà Vinh, Kiên Giang, Cà Mau.",
    ),
    # --- pangasius ---
    (
        "jLo053",
        "vi",
        "s_ganthan_vaccine",
        "Vắc xin tiêm phòng bệnh gan thận mủ cho cá tra",
        "Vắc xin ALPHAJECT Panga 1 tiêm xoang bụng kích thích miễn dịch đặc hiệu chống vi khuẩn Edwardsiella ictaluri, an toàn và không ảnh hưởng sinh trưởng của cá. "
        "Giải pháp thay thế kháng sinh khi hơn 70% chủng E. ictaluri đã kháng trimethoprim, oxytetracycline, streptomycin và nhóm quinolon giảm tác dụng.",
    ),
    (
        "jLo054",
        "en",
        "s_hoangky",
        "Astragalus herbal extract feed additive against Edwardsiella in catfish",
        "Feed-mixed extract of Astragalus membranaceus to prevent bacillary necrosis (white spots on liver and kidney) caused by Edwardsiella ictaluri in striped catfish. "
        "The disease peaks in the flood season (July-August) and can kill 10-90% of fingerlings; the additive reduces reliance on antibiotics that the bacterium already resists.",
    ),
    (
        "jLo055",
        "vi",
        "s_ganthan_anhsao",
        "Chẩn đoán và phác đồ phòng trị bệnh mủ gan trên cá tra",
        "Bệnh mủ gan (trắng gan, gan thận mủ) do Edwardsiella ictaluri, xuất hiện mạnh mùa lũ và đã lan tới vùng nuôi mới như Trà Vinh, Bến Tre, Sóc Trăng. "
        "Dịch vụ phân lập vi khuẩn, phân biệt với E. tarda (E. ictaluri phát triển tốt ở 28°C, yếu ở 37°C), làm kháng sinh đồ và hướng dẫn quản lý ao để giảm hao hụt.",
    ),
    (
        "jLo056",
        "en",
        "s_pangasius_feed_fao",
        "On-farm feed management for striped catfish",
        "Can Tho University guidance based on the FAO review of Mekong Delta catfish feeding: choice between farm-made and manufactured pellet feed, feeding rates and feed handling across ponds and cages. "
        "Better feed management lowers feed conversion and cost in an industry that reached over 1.1 million tonnes a year.",
    ),
    (
        "jLo057",
        "vi",
        "s_pangasius_localfeed",
        "Công thức thức ăn cá tra từ nguyên liệu địa phương thay bột cá",
        "Thử nghiệm nuôi cá tra trong giai trên ao 4 tháng, thay 20-100% đạm bột cá bằng bánh dầu đậu phộng, bột lá khoai mì, bột lá khoai lang, bột đậu nành, bột ốc bươu vàng và bột đầu tôm. "
        "Hệ số thức ăn và tỷ lệ sống không khác khẩu phần bột cá; khẩu phần đầu tôm cho tăng trọng cao nhất.",
    ),
    (
        "jLo058",
        "en",
        "s_pangasius_digest",
        "Digestibility enhancer for extruded pangasius feed",
        "Field-proven feed additive program evaluated at Hung Vuong farms, including a Tra Vinh site with 5,000-6,000 m2 ponds stocked with 15 g juveniles at 45-50 fish/m2. "
        "Different inclusion levels and application periods were compared to improve feed conversion and fillet yield under standard production protocols.",
    ),
    (
        "jLo059",
        "vi",
        "s_catra_wetland",
        "Đất ngập nước kiến tạo trồng cỏ vetiver xử lý nước thải ao cá tra",
        "Mô hình đất ngập nước dòng chảy ngầm ngang trồng cỏ vetiver (Đại học Đồng Tháp). Sau 12 tuần, nước thải ao cá tra đạt cột A QCVN 40:2011/BTNMT, có thể xả ra nguồn hoặc tái sử dụng. "
        "Hiệu suất xử lý: BOD5 93,2%, COD 92,3%, tổng N 78,9%, tổng P 86,8%, TSS 93,4%, Coliform 98,3%.",
    ),
    (
        "jLo060",
        "en",
        "s_catra_agiang",
        "Technical advisory to reduce losses in catfish fingerling nursing",
        "Based on a survey of tra catfish nursing in An Giang (Nha Trang University): nursing density trials to raise fingerling survival, settling and filtering ponds, and proper handling of bottom sludge and effluent instead of direct discharge. "
        "Also covers pond water supply and drainage layout required by planning rules.",
    ),
    (
        "jLo061",
        "vi",
        "s_catra_lai",
        "Quy trình sản xuất giống cá tra và cá tra lai",
        "Tổng hợp quy trình sản xuất giống cá tra thường và cá tra lai tại trại giống ở Ô Môn và Thốt Nốt (Cần Thơ): nuôi vỗ bố mẹ, kích thích sinh sản, ấp trứng và ương cá bột. "
        "Phù hợp cơ sở muốn chủ động nguồn cá bột, cá hương chất lượng.",
    ),
    (
        "jLo062",
        "en",
        "s_bun_catra",
        "Organic fertiliser from catfish pond bottom sludge",
        "Pond sludge is mixed with rice husk and composted in turned open windrows. The product met Vietnamese organic fertiliser standards for N, P, K, micronutrients, heavy metals and pathogens. "
        "On maize, 20 t/ha combined with the recommended mineral fertiliser gave the best growth and yield and improved soil structure.",
    ),
    # --- snakehead, climbing perch ---
    (
        "jLo063",
        "vi",
        "s_calob_ninhthuan",
        "Kỹ thuật nuôi cá lóc mật độ cao trong bể lót bạt",
        "Nuôi trong bể lót bạt tận dụng diện tích nhỏ, mật độ 60-100 con/m3, cần mô tơ bơm 0,5-2 CV để thay nước thường xuyên. "
        "Hướng dẫn chuẩn bị bể, xử lý nước trước thả 3-4 ngày, cho ăn và quan sát cá để phát hiện sớm ký sinh trùng hoặc nước dơ.",
    ),
    (
        "jLo064",
        "en",
        "s_calob_tepbac",
        "Snakehead grow-out package in plastic-lined tanks",
        "Package derived from a farmer group that built four 100 m2 lined cement tanks for about 200 million VND: after losing a first batch of 40,000 fingerlings, extension-guided stocking and care brought fish to 0.5-0.6 kg in 6 months. "
        "Two tanks yielded 3.5 t. Includes seed checks, stocking, feeding and disease prevention.",
    ),
    (
        "jLo065",
        "vi",
        "s_calob_thesis",
        "Ương cá lóc giống và tập cho ăn thức ăn công nghiệp",
        "Kết quả thử nghiệm ương cá lóc với các loại thức ăn khác nhau tại Trại thực nghiệm Khoa Thủy sản, ĐH Nông Lâm TP.HCM. "
        "Hướng dẫn chuyển cá từ thức ăn tươi sống, cá tạp sang thức ăn viên để giảm chi phí và chủ động nguồn thức ăn.",
    ),
    (
        "jLo066",
        "en",
        "s_rodau_hg",
        "Square-head climbing perch (ca ro dau vuong) fast-growing strain",
        "Selected climbing perch strain from Hau Giang that grows much faster than common climbing perch: about 6 fish/kg after 4 months and 500-800 g after 7 months. "
        "Feed conversion about 1.4 kg feed per kg fish versus 2 kg for ordinary perch; males and females grow at the same rate.",
    ),
    (
        "jLo067",
        "vi",
        "s_rodau_thesis",
        "Sản xuất giống và ương cá rô đầu vuông",
        "Kết quả khảo sát hiện trạng sản xuất giống, ương và nuôi cá rô đầu vuông ở Long Mỹ và Vị Thủy (Hậu Giang) của Khoa Thủy sản, Trường ĐH Cần Thơ. "
        "Chuyển giao kỹ thuật cho đẻ, ương cá bột lên cá giống và các lưu ý giữ chất lượng đàn bố mẹ.",
    ),
    # --- crab ---
    (
        "jLo068",
        "vi",
        "s_cua_seaneu",
        "Quy trình kỹ thuật sản xuất giống cua biển",
        "Nước có độ mặn từ 25‰, xử lý bể lắng bằng thuốc tím 1,5-2 ppm và vôi 50 g/m3. Bể nuôi vỗ có ngăn cát dày 5-7 cm, ngói làm chỗ trú, độ mặn 30-32‰. "
        "Chọn cua mẹ 450-600 g, đầy gạch, thả 2 con/m2, cho ăn cá, vọp, hầu, sò huyết hai lần mỗi ngày và xi phông chất thải.",
    ),
    (
        "jLo069",
        "en",
        "s_mudcrab_was",
        "Mud crab seed production with umbrella-stage Artemia",
        "Replacing rotifers with umbrella-stage Artemia as starter feed enabled mass seed production of Scylla paramamosain; the Mekong Delta now has over 600 hatcheries producing about 1.5 billion crablets a year. "
        "Grow-out guidance for mangrove-shrimp and improved-extensive systems: 500-1,000 crabs/ha per month, partial harvest, 50-150 kg/ha per year.",
    ),
    (
        "jLo070",
        "en",
        "s_softshell_seafdec",
        "Soft-shell mud crab farming in individual boxes",
        "SEAFDEC manual based on experience in Ranong, Thailand: crabs reared individually in boxes, using moulting, autotomy and regeneration biology to produce soft-shell crabs. "
        "Covers farm setup, daily management, harvest at moult and a cost-and-return template; hatchery-reared crabs are encouraged instead of wild stock.",
    ),
    (
        "jLo071",
        "vi",
        "s_crab_box_tv",
        "Mô hình nuôi cua trong hộp nhựa bằng hệ thống lọc tuần hoàn",
        "Mô hình tại xã Long Khánh, huyện Duyên Hải (Trà Vinh): đầu tư ban đầu 50 hộp kèm bể lọc thô, lọc vi sinh và đèn UV khoảng 15 triệu đồng, nay mở rộng lên 1.000 hộp. "
        "Giữ độ mặn tự nhiên, pH 7,5-8,5, bổ sung vi sinh định kỳ, chọn cua giống chắc, không xây xát; sản phẩm cua lột đóng gói hút chân không.",
    ),
    (
        "jLo072",
        "vi",
        "s_cua_tsvn",
        "Công nghệ sản xuất giống cua xanh chủ động con giống tại chỗ",
        "Tiến bộ kỹ thuật từ chương trình KC.06 giúp các địa phương chủ động một phần cua giống chất lượng, đáp ứng kịp mùa vụ thay vì khai thác tự nhiên. "
        "Nuôi quảng canh truyền thống chỉ đạt khoảng 137 kg/ha; có giống nhân tạo giúp tăng năng suất. Thịt cua xanh giàu đạm (26,8%), ít mỡ (1,4%).",
    ),
    # --- clam, oyster ---
    (
        "jLo073",
        "vi",
        "s_ngheu_bentre",
        "Quan trắc độ mặn, thời tiết và cảnh báo sớm cho bãi nuôi nghêu",
        "Từ bài học nghêu chết hàng loạt ở Ba Tri và Bình Đại (Bến Tre) với 218 tấn, thiệt hại hơn 5,6 tỷ đồng do mưa nhiều làm độ mặn thay đổi đột ngột, và nghêu chết vì mặn cao mùa nắng nóng. "
        "Dịch vụ theo dõi độ mặn, nhiệt độ vùng nuôi, bản tin cảnh báo để HTX chủ động thu hoạch sớm, san thưa hoặc di dời nghêu.",
    ),
    (
        "jLo074",
        "en",
        "s_ngheu_baclieu",
        "Hydrodynamic and sediment survey for clam farming cooperatives",
        "Survey of current scouring and mud deposition on clam beds, after more than 300 t of clams died at Dong Tien cooperative (Bac Lieu) over about 150 ha when bridge piers of a wind farm created eddies and soft mud covered the beds. "
        "Maps risk zones and proposes bed relocation and protection measures.",
    ),
    (
        "jLo075",
        "vi",
        "s_hau_ctu",
        "Mô hình nuôi hàu Crassostrea belcheri và thu giống tự nhiên ở cửa sông",
        "Nghiên cứu của Khoa Thủy sản, Trường ĐH Cần Thơ về hình thái hàu và mô hình nuôi tại Bến Tre. "
        "Đề xuất loại giá thể thu giống hiệu quả, nuôi thương phẩm không gây hại môi trường, theo dõi yếu tố môi trường vùng nuôi và liên kết tiêu thụ để tránh bị ép giá.",
    ),
    (
        "jLo076",
        "en",
        "s_hau_vungtau",
        "Hatchery-produced Pacific oyster spat for estuarine raft culture",
        "Pacific oyster spat pre-set on shell cultch by hatcheries in Vung Tau, replacing unreliable wild spat collection on fibro-cement sheets and tyres. "
        "Oysters reach harvest in 5-6 months at 8-15 cm, survive well because they close during polluted water, and have a high meat-to-shell ratio; demonstrated with 2,000 seed ropes in Long Son.",
    ),
    (
        "jLo077",
        "en",
        "s_hau_chet",
        "Risk mapping of salinity and pollution for estuarine oyster farms",
        "After oyster die-offs above 90% in Thua Duc and Thoi Thuan (Binh Dai, Ben Tre), where 150 households lost about 66 ha and an estimated 47 billion VND, we map salinity, heat and pollution risk in oyster areas. "
        "Output is a seasonal calendar for stocking and harvest and site recommendations.",
    ),
    # --- feed and feeding ---
    (
        "jLo078",
        "en",
        "s_bsf_eel",
        "Black soldier fly larvae meal to replace fishmeal in fish diets",
        "An Giang University feeding trial: fishmeal protein replaced at 0, 25 and 50% with black soldier fly larvae meal at equal protein and energy. "
        "The 50% replacement gave the best daily weight gain (0.10 g/day) in fingerlings over 90 days without hurting survival; formulation support for local feed mills.",
    ),
    (
        "jLo079",
        "vi",
        "s_bsf_feed",
        "Bột ấu trùng ruồi lính đen làm nguyên liệu thức ăn thủy sản",
        "Bột ruồi lính đen đưa vào thức ăn thủy sản ở mức 5-10% cho kết quả tốt về tăng trưởng, hệ số thức ăn và nhất là tỷ lệ sống, kể cả trên tôm thẻ chân trắng. "
        "Nguồn đạm tuần hoàn từ phụ phẩm nông nghiệp, giảm phụ thuộc bột cá và bột đậu nành.",
    ),
    (
        "jLo080",
        "vi",
        "s_feeder_tepbac",
        "Máy cho tôm ăn tự động và hướng dẫn sử dụng",
        "Máy gồm thùng chứa, bộ điều khiển và bộ phát tán hình chữ thập; nên dùng từ ngày 15-25 sau thả, chỉ chạy ban ngày. "
        "Khi tôm không đều cỡ cần cho ăn tay, kiểm tra nhá trước khi chuyển sang máy; bố trí số máy theo số lượng tôm và kích thước ao để tránh chồng chéo vùng rải.",
    ),
    (
        "jLo081",
        "en",
        "s_feeder_hatinh",
        "Automatic shrimp feeder program to cut FCR and labour",
        "Motor-driven feeders (about 0.5 HP) spread pellets in a 4-15 m radius from a hopper, programmed by feeding time and interval. "
        "Frequent small meals improve growth and size uniformity, reduce uneaten feed and FCR, and let one worker manage 2-3 ponds while watching shrimp health.",
    ),
    (
        "jLo082",
        "vi",
        "s_phantom",
        "Thu gom phân tôm bằng bể phễu lắng và tái sử dụng nước",
        "Mỗi lần xi phông 1-2 m3 được gom vào bể thu phân 2-10 m3 dạng phễu lót bạt, lắng 15-30 phút rồi bơm bỏ lớp nước trong, giữ lại phần đáy chứa phân tôm. "
        "Nước tách có thể bơm tuần hoàn lại; phân tôm phối trộn làm phân hữu cơ hoặc thức ăn cho cá rô phi, Artemia, trùn chỉ, giảm ô nhiễm và phát thải.",
    ),
    # --- sludge ---
    (
        "jLo083",
        "en",
        "s_bun_hutech",
        "Composting intensive shrimp pond sludge with rice straw",
        "Process tested on bottom sludge from intensive ponds in Binh Dai (Ben Tre): aerobic composting with rice straw as bulking agent for 52 days. "
        "The compost reached 15.6% organic matter, 2.2% total N and 1.8% total P with heavy metals below soil thresholds, meeting organic fertiliser requirements.",
    ),
    (
        "jLo084",
        "vi",
        "s_bun_coir",
        "Ủ bùn ao tôm siêu thâm canh với mụn dừa thành phân hữu cơ",
        "Ủ hiếu khí bùn ao tôm phối trộn mụn dừa trong 65 ngày: đạm tổng đạt 7,51 g/kg, chất hữu cơ 18,8%, kali dễ tiêu 7,2 g/kg, C/N 19,7. "
        "Đã bón thử cho xà lách cho kết quả tốt; cần chú ý liều bón do độ mặn cao (EC 12 mS/cm). Quy trình đơn giản, chi phí thấp.",
    ),
    (
        "jLo085",
        "vi",
        "s_bun_binhdinh",
        "Xử lý bùn thải ao tôm làm phân hữu cơ giá rẻ",
        "Đề tài của Trung tâm Ứng dụng tiến bộ KH-CN Bình Định: bùn thải ao tôm có hữu cơ thấp hơn phân chuồng nhưng nhiều muối, nên được bổ sung mụn dừa và phân hữu cơ khác tùy cây trồng. "
        "Kết hợp chế phẩm vi sinh để xử lý, tránh đổ bùn lên bờ hoặc ven biển làm mầm bệnh quay lại ao.",
    ),
    (
        "jLo086",
        "en",
        "s_bun_camau",
        "Treatment of intensive shrimp pond sludge into organic fertiliser (Dam Doi)",
        "Doctoral research at Can Tho University (2012-2015) on recovering sludge from intensive shrimp ponds in Dam Doi, Ca Mau and converting it into organic fertiliser. "
        "Provides the full treatment procedure, desalting steps and field evaluation for reuse instead of dumping.",
    ),
    # --- harvest and post-harvest ---
    (
        "jLo087",
        "vi",
        "s_harvest_tsvn",
        "Quy trình thu hoạch và bảo quản sống, bảo quản tươi tôm tại ao",
        "Chọn thời điểm tôm cứng vỏ, đạt cỡ (tôm thẻ 60-80 con/kg, tôm sú 35-50 con/kg); tháo 30% nước, dùng lưới vét kéo từng phần rồi bơm cạn. "
        "Bảo quản sống: thả tôm vào giai nước sạch 300-400 con/m3 có sục khí, không quá 5 giờ; bảo quản tươi bằng nước đá sạch, thùng cách nhiệt.",
    ),
    (
        "jLo088",
        "en",
        "s_harvest_ice",
        "Ice-slurry rapid chilling protocol for freshly harvested shrimp",
        "Immediately after sorting, shrimp go into an ice-water slurry pre-cooled to 0-2°C (water/ice/shrimp about 0.5/1/1) until the core reaches 0-2°C for 15-30 minutes, with excess ice always floating. "
        "Rapid cooling stops enzymes and spoilage bacteria, then layered icing keeps freshness through the supply chain.",
    ),
    (
        "jLo089",
        "vi",
        "s_harvest_2lua",
        "Gây chết và ướp tôm bằng nước đá đúng tỷ lệ sau thu hoạch",
        "Chỉ thu khi tỷ lệ tôm mềm vỏ dưới 1%. Pha 10 kg đá xay với 10 lít nước trong thùng cách nhiệt đến 0°C rồi cho 20 kg tôm (2 phần tôm, 1 phần đá, 1 phần nước), đậy nắp khoảng 30 phút. "
        "Rửa và lựa tôm nơi thoáng mát trên bạt hoặc rổ nhựa, không để tôm tiếp xúc đất hay sàn xi măng.",
    ),
    (
        "jLo090",
        "en",
        "s_liquidice",
        "Liquid (slurry) ice generators for offshore fishing vessels",
        "Slurry ice made from seawater at sea, at -2 to -4°C, cools fish very fast without bruising and keeps catches for 25-30 days. "
        "Vessels carrying crushed ice from shore see fish quality drop after about 10 days on trips over 20 days; the system reduces post-harvest losses and helps boats supply export chains.",
    ),
    (
        "jLo091",
        "vi",
        "s_fao_ice",
        "Thiết kế thùng cách nhiệt, hầm cá và tính lượng đá cho tàu cá nhỏ",
        "Hướng dẫn theo tài liệu FAO về dùng đá trên tàu cá nhỏ: chọn vật liệu cách nhiệt, thiết kế thùng và hầm bảo quản cho ghe, xuồng và tàu nhỏ. "
        "Có bảng tính lượng đá cần cho một chuyến biển và thể tích hầm, giúp giảm hao hụt giữa lúc đánh bắt và lúc bán lần đầu.",
    ),
    (
        "jLo092",
        "en",
        "s_hyacinth",
        "Water hyacinth treatment of shrimp pond effluent",
        "Short-term treatment of effluent from a freshly harvested shrimp pond in tanks fully covered with water hyacinth: ammonia fell from 1.8 to 0.2 mg/L within 46 hours. "
        "Reductions of 52.5-100% were obtained for nitrate, nitrite, phosphorus, total N, suspended solids, BOD and COD, far better than uncovered tanks.",
    ),
    # --- second-language postings of the same technologies ---
    (
        "jLo093",
        "en",
        "s_biofloc_bt",
        "Biofloc grow-out protocol for whiteleg shrimp (Thanh Phu trial)",
        "Protocol trialled in six ponds at An Nhon commune, Thanh Phu (Ben Tre) and compared with neighbouring conventional farms of similar size and density. "
        "Carbon is added to grow bacterial flocs that recycle waste into feed, so water exchange is reduced; includes a technical and economic comparison.",
    ),
    (
        "jLo094",
        "vi",
        "s_ctu_ras",
        "Mô hình nuôi tôm tuần hoàn khép kín CTU-RAS",
        "Hệ thống tuần hoàn gần như không xả thải của Trường ĐH Cần Thơ: mỗi vụ chỉ bổ sung 10-20% nước do bốc hơi, nước dùng lại tới 3 vụ/năm. "
        "Bố trí 70-75% diện tích ao nuôi, 25-30% ao lọc sinh học; nuôi kèm cá rô phi và rong biển làm bộ lọc sống; có thể làm trong nhà hoặc ngoài trời.",
    ),
    (
        "jLo095",
        "vi",
        "s_quat_anbinh",
        "Tư vấn giảm chi phí điện cho hệ thống quạt nước ao tôm",
        "Trong nuôi tôm, quạt nước chiếm hơn 80% tổng điện năng, máy bơm khoảng 10%. Nuôi bán thâm canh chỉ cần chạy quạt khi oxy hòa tan dưới 3 mg/l, còn thâm canh phải chạy nhiều cả ngày đêm. "
        "Khảo sát ao và đề xuất bố trí, lịch chạy quạt hợp lý để giảm tiền điện mà vẫn đủ oxy đáy.",
    ),
    (
        "jLo096",
        "en",
        "s_ehp_aquaconnect",
        "Hatchery-level EHP control protocol",
        "Test broodstock faecal samples for EHP, check live feeds and pasteurise them at 72°C for 10 minutes, and wash eggs and nauplii with formalin and iodine. "
        "For farms: stock PCR-tested EHP-free seed, disinfect and dry ponds thoroughly, as EHP spores resist chlorine and a few spores can infect a whole system.",
    ),
    (
        "jLo097",
        "vi",
        "s_ehp_jala",
        "Dịch vụ chẩn đoán vi bào tử trùng EHP trên tôm nuôi",
        "Tôm nhiễm EHP chậm lớn, chênh lệch kích cỡ trong ao có thể hơn 5 lần, đôi khi kèm phân trắng. "
        "Phòng xét nghiệm nhận mẫu gan tụy tôm để chẩn đoán bằng real-time PCR, LAMP và mô bệnh học, phát hiện sớm để điều chỉnh kế hoạch nuôi.",
    ),
    (
        "jLo098",
        "vi",
        "s_minhphu_forest",
        "Chuỗi liên kết tôm rừng sinh thái có chứng nhận quốc tế",
        "Mô hình tại Ngọc Hiển (Cà Mau): 11.400 ha tôm rừng với hơn 2.300 hộ đạt chứng nhận Naturland, EU Organic, ASC, BAP, Selva Shrimp. "
        "Doanh nghiệp bao tiêu tôm giá cao, hỗ trợ hộ nuôi giữ rừng và tuân thủ tiêu chuẩn.",
    ),
    (
        "jLo099",
        "en",
        "s_ganthan_vaccine",
        "Injectable vaccine against bacillary necrosis (BNP) in tra catfish",
        "ALPHAJECT Panga 1, injected into the body cavity, induces specific immunity against Edwardsiella ictaluri and was shown safe with no effect on growth in commercial fish. "
        "An alternative to antibiotics, as over 70% of E. ictaluri strains resist trimethoprim, oxytetracycline and streptomycin.",
    ),
    (
        "jLo100",
        "en",
        "s_crab_box_tv",
        "Recirculating box system for mud crab and soft-shell crab",
        "Plastic-box crab farming with coarse filtration, biological filter and UV from a Duyen Hai (Tra Vinh) farm: started with 50 boxes for about 15 million VND and scaled to 1,000 boxes. "
        "Natural salinity, pH 7.5-8.5, regular microbial dosing and careful selection of healthy juveniles keep mortality low; vacuum-packed soft-shell crab is sold.",
    ),
    (
        "jLo101",
        "vi",
        "s_hau_vungtau",
        "Cung cấp hàu Thái Bình Dương giống nhân tạo bám sẵn trên vỏ",
        "Giống hàu Thái Bình Dương sản xuất nhân tạo, cấy sẵn lên giá thể vỏ hàu, không phụ thuộc giống tự nhiên bám tấm fibro xi măng, lốp xe. "
        "Nuôi 5-6 tháng đạt cỡ 8-15 cm, tỷ lệ thịt cao, ít chết hàng loạt khi nước ô nhiễm vì hàu ngậm vỏ; mô hình 2.000 dây giống ở Long Sơn (Vũng Tàu).",
    ),
    (
        "jLo102",
        "en",
        "s_pangasius_crsp",
        "Pellet versus farm-made feed advisory for pangasius cages and ponds",
        "Aquaculture CRSP and Can Tho University work: feed is 65-70% of operating cost in pangasius culture, and 95-97% of cages in An Giang, Dong Thap and Vinh Long still used home-made feed. "
        "We compare home-made and commercial pellets by growth, water quality and cost and design a feeding plan per farm.",
    ),
    (
        "jLo103",
        "en",
        "s_harvest_tsvn",
        "On-pond shrimp harvesting and live holding method",
        "Harvest when shells are hard and size is reached (whiteleg 60-80/kg, tiger 35-50/kg): drain 30% of the water and seine part of the pond at a time before pumping dry. "
        "Live shrimp are kept in net cages in clean aerated water at 300-400 per m3 for no more than 5 hours before delivery.",
    ),
    (
        "jLo104",
        "vi",
        "s_hyacinth",
        "Dùng lục bình xử lý nhanh nước thải ao tôm sau thu hoạch",
        "Nước thải ao tôm vừa thu hoạch được chứa trong bể phủ kín lục bình 76 giờ: amoni giảm từ 1,8 xuống 0,2 mg/L sau 46 giờ. "
        "Nitrate, nitrite, phospho, chất rắn lơ lửng, BOD, COD giảm 52,5-100%, hiệu quả hơn hẳn bể không có lục bình; giải pháp rẻ trước khi xả ra kênh.",
    ),
    (
        "jLo105",
        "en",
        "s_vietgap",
        "VietGAP certification support for intensive whiteleg shrimp farmers",
        "Settling ponds, seed quarantine, stocking around 40 PL/m2, water management and banned-substance control, following a survey of 105 certified farms in Soc Trang. "
        "Certified farms yielded 2.7-5.6 t/ha per crop, 98% of lots passed export tests, and farmers earned 2,000-5,000 VND/kg more selling directly to processors.",
    ),
    (
        "jLo106",
        "vi",
        "s_tiengiang",
        "Gói kỹ thuật nuôi tôm thẻ chân trắng thâm canh ao đất",
        "Xây dựng từ khảo sát các trại nuôi thâm canh ở Gò Công Tây (Tiền Giang): ao khoảng 0,26 ha, mật độ gần 79 con/m2, tỷ lệ sống khoảng 85%, cỡ thu 58 con/kg. "
        "Khắc phục khâu yếu là lắng và xử lý nước cấp chưa triệt để; kèm lịch thả, cho ăn và xử lý nước.",
    ),
    (
        "jLo107",
        "vi",
        "s_uong_tepbac",
        "Ương tôm giống giai đoạn đầu trong ao nổi lót bạt",
        "Ao ương chiếm 0,5-1% diện tích nuôi (50-100 m2), bờ cao 1,0-1,2 m, mực nước 0,7-0,9 m, đáy phẳng nghiêng về cống để xi phông và rút cạn. "
        "Tôm post 12-15 được ương 15-20 ngày, cho ăn thức ăn tự nhiên và công nghiệp, sau đó san ra ao nuôi, tỷ lệ sống cao hơn hẳn thả thẳng.",
    ),
    (
        "jLo108",
        "en",
        "s_biosipec",
        "BIOSIPEC biosecure shrimp nursery with recirculation pond",
        "Biosecurity Intensive Production Environmental Control model: nursery tanks, a large recirculation pond acting as biofilter and a wastewater pond that settles solids and lowers NH3, NO2 and Vibrio. "
        "Post-larvae are nursed 3-4 weeks under optimal conditions with little water exchange before transfer to grow-out.",
    ),
    (
        "jLo109",
        "en",
        "s_taolam_vft",
        "Blue-green algae knock-down protocol with quicklime, dolomite and bacteria",
        "Evening water exchange of about 30%, then 25-30 kg quicklime spread dry per 1,500-2,000 m3 to kill most algal cells, followed by dolomite to buffer pH. "
        "Two to three hours later a double dose of bacteria digests dead algae; treated water is pumped in slowly overnight and the cycle repeated as needed.",
    ),
    (
        "jLo110",
        "vi",
        "s_lamp_ciba",
        "Xét nghiệm LAMP đổi màu phát hiện EHP tại trại nuôi",
        "Phản ứng LAMP ống kín nhắm gen protein vách bào tử EHP, đọc kết quả bằng mắt qua đổi màu, không cần máy đắt tiền. "
        "Dùng được với mẫu gan tụy, phân tôm, nước ao, đất đáy; chạy khoảng 40 phút trên bể ủ nhiệt đơn giản, người nuôi có thể tự làm tại trại.",
    ),
    (
        "jLo111",
        "en",
        "s_hau_ctu",
        "Estuarine oyster (Crassostrea belcheri) culture model and spat collection",
        "Can Tho University work on oyster morphology and farming in Ben Tre: better spat collectors and grow-out methods that avoid harming the environment. "
        "Includes monitoring of environmental factors in farming areas, farmer training and market linkage to avoid price squeezes.",
    ),
    (
        "jLo112",
        "en",
        "s_ngheu_bentre",
        "Salinity and weather early warning for clam cooperatives",
        "Monitoring and alert service built from die-off cases in Ba Tri and Binh Dai (Ben Tre), where 218 t of clams worth over 5.6 billion VND died after heavy rain changed salinity suddenly, and from heat-season high-salinity deaths. "
        "Alerts help cooperatives harvest early, thin or move stock.",
    ),
    (
        "jLo113",
        "vi",
        "s_solar_attra",
        "Hệ thống điện mặt trời cho máy bơm và quạt nước ao nuôi",
        "Thiết kế dàn pin quang điện, ắc quy và máy bơm để chạy quạt nước, bơm tuần hoàn và xử lý nước cho ao nuôi ở nơi xa lưới điện hoặc hệ thống nuôi khép kín. "
        "Hướng dẫn tính tải hằng ngày, dung lượng ắc quy dự phòng và chọn bơm, kèm ví dụ trại cá đang vận hành bằng điện mặt trời.",
    ),
    (
        "jLo114",
        "en",
        "s_phantom",
        "Funnel settling tank for shrimp waste collection and water reuse",
        "Siphoned sludge (1-2 m3 per flush) is collected in a 2-10 m3 lined funnel tank, settled 15-30 minutes, and the clear top water pumped out or recirculated. "
        "The concentrated shrimp faeces is used for organic fertiliser or as feed for tilapia, Artemia and tubifex worms, lowering pollution and emissions.",
    ),
    (
        "jLo115",
        "vi",
        "s_liquidice",
        "Công nghệ đá lỏng (đá sệt) bảo quản hải sản trên tàu khai thác xa bờ",
        "Đá lỏng sản xuất từ nước biển ngay trên tàu, nhiệt độ -2 đến -4°C, làm lạnh nhanh, không làm dập cá, bảo quản được 25-30 ngày. "
        "Thay đá cây mang từ bờ vốn làm cá xuống chất lượng sau khoảng 10 ngày, giúp giảm tổn thất sau thu hoạch cho chuyến biển trên 20 ngày.",
    ),
    (
        "jLo116",
        "en",
        "s_rodau_thesis",
        "Seed production and nursing of square-head climbing perch",
        "Can Tho University survey of seed production, nursing and grow-out of square-head climbing perch in Long My and Vi Thuy (Hau Giang). "
        "Transfer of spawning, fry-to-fingerling nursing and broodstock quality practices for hatcheries and farmers.",
    ),
    (
        "jLo117",
        "vi",
        "s_mudcrab_was",
        "Sản xuất cua giống bằng Artemia bung dù thay luân trùng",
        "Dùng Artemia giai đoạn bung dù thay luân trùng làm thức ăn khởi đầu đã giúp sản xuất đại trà giống cua Scylla paramamosain; ĐBSCL hiện có hơn 600 trại, khoảng 1,5 tỷ cua giống mỗi năm. "
        "Nuôi thương phẩm trong rừng - tôm và quảng canh cải tiến thả 500-1.000 con/ha mỗi tháng, thu tỉa quanh năm.",
    ),
    (
        "jLo118",
        "en",
        "s_lfia",
        "Rapid lateral flow strip for AHPND toxins",
        "Colloidal-gold strip test detecting both PirA and PirB toxins of AHPND Vibrio at the same time; result visible by eye within 15 minutes. "
        "Sensitivity 94% and specificity 98%, no cross-reaction with non-AHPND V. parahaemolyticus; designed for early, in-situ diagnosis without a laboratory.",
    ),
    (
        "jLo119",
        "vi",
        "s_tcx_ctu",
        "Kỹ thuật tuyển chọn tôm càng xanh đực nuôi trong ruộng lúa luân canh",
        "Quy trình của Trường ĐH Cần Thơ thử tại Thoại Sơn (An Giang): ương tôm post 15 ngày tuổi 50 con/m2 trong mương, sau 2,5 tháng chọn riêng tôm đực thả ra ruộng lúa. "
        "Sau 6 tháng tôm đực đạt bình quân 69,4 g/con, so với 54,4 g/con khi nuôi lẫn đực cái; tỷ lệ sống tương đương, lợi nhuận cao hơn.",
    ),
    (
        "jLo120",
        "en",
        "s_catra_wetland",
        "Vetiver constructed wetland for catfish pond wastewater",
        "Horizontal subsurface-flow wetland planted with vetiver grass, tested by Dong Thap University on striped catfish pond effluent. "
        "After 12 weeks all indicators met column A of QCVN 40:2011/BTNMT: removal of BOD5 93.2%, COD 92.3%, total N 78.9%, total P 86.8%, TSS 93.4% and coliforms 98.3%.",
    ),
    (
        "jLo121",
        "vi",
        "s_ehp_th",
        "Chương trình phòng bệnh vi bào tử trùng EHP cho ao nuôi thương phẩm",
        "Bào tử EHP vỏ kitin cứng, tồn tại trong nước 6-12 tháng, một bào tử có thể nhân lên khoảng 1.000 trong một tuần. "
        "Hướng dẫn nhận biết sớm (sau khoảng 25 ngày tôm phân 5-7 cỡ, ruột rỗng, vỏ mềm), cải tạo ao, dùng giống xét nghiệm PCR và vệ sinh thức ăn để hạn chế lây lan vì chưa có thuốc đặc trị.",
    ),
    (
        "jLo122",
        "en",
        "s_tomlua_tracu",
        "Organic rice-freshwater prawn rotation for low-value land",
        "Model scaled up in Ham Tan commune, Tra Cu district (Tra Vinh): farmers dig a pond for giant freshwater prawn and grow rice without chemicals, prawns feeding on organisms from the rice field. "
        "Average profit of 70-80 million VND/ha/year, two to three times sugarcane; prawns from rice fields sell at 150,000-250,000 VND/kg.",
    ),
    (
        "jLo123",
        "en",
        "s_greenhouse",
        "Greenhouse-covered super-intensive whiteleg shrimp system",
        "Covered-pond design and operating protocol for super-intensive vannamei at up to 290 PL/m2, with yields of about 90 t/ha reported by a Bac Lieu farm. "
        "The greenhouse stabilises water temperature in the rainy season and keeps out rain-borne and bird-borne pathogens; investment is high, so we provide cost and payback planning.",
    ),
    (
        "jLo124",
        "vi",
        "s_sensor_review",
        "Tư vấn lựa chọn cảm biến cho hệ thống giám sát nuôi thủy sản thông minh",
        "Tư vấn chọn cảm biến đo nhiệt độ, pH, nitrate, phosphate, canxi, magie và oxy hòa tan cho trại giống và ao nuôi cá, tôm. "
        "Đề xuất kiến trúc IoT thu thập dữ liệu và ra quyết định phù hợp ngân sách và khả năng bảo trì của cơ sở.",
    ),
    (
        "jLo125",
        "en",
        "s_calob_ninhthuan",
        "High-density snakehead culture in lined tanks",
        "Extension technique for households with little land: snakehead stocked at 60-100 fish/m3 in plastic-lined tanks, with a 0.5-2 HP pump for frequent water exchange. "
        "Includes tank preparation, water disinfection 3-4 days before stocking, feeding and behaviour checks to spot parasites or fouled water early.",
    ),
    (
        "jLo126",
        "en",
        "s_cua_seaneu",
        "Mud crab hatchery technical procedure",
        "Hatchery seawater of at least 25 ppt, settled and treated with 1.5-2 ppm potassium permanganate and 50 g/m3 lime; broodstock tanks with a 5-7 cm sand area and tile shelters at 30-32 ppt. "
        "Select berried females of 450-600 g, stock 2 per m2, feed twice daily with fish and bivalves and siphon waste.",
    ),
    (
        "jLo127",
        "vi",
        "s_ahpnd_tateh",
        "Gói an toàn sinh học phòng bệnh hoại tử gan tụy cấp (AHPND/EMS)",
        "AHPND do chủng Vibrio parahaemolyticus mang gen độc tố gây chết hàng loạt trong 35 ngày đầu, tôm rỗng ruột, gan tụy teo nhạt màu. "
        "Quy trình kiểm soát nguồn giống, thức ăn tươi sống (giun nhiều tơ, nghêu) là yếu tố nguy cơ, quản lý độ mặn, oxy và các biện pháp an toàn sinh học.",
    ),
    (
        "jLo128",
        "en",
        "s_bun_coir",
        "Composting super-intensive shrimp pond sludge with coconut coir pith",
        "Aerobic composting of shrimp pond sludge with coir pith for 65 days reached 7.51 g/kg total N, 18.8% organic matter, 7.2 g/kg available K and a C/N of 19.7. "
        "Lettuce trials showed good growth, but application rates must respect the high salinity of the compost (EC 12 mS/cm).",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "jLo129",
        "vi",
        "d_lua_chiuman",
        "Giống lúa chịu mặn OM5166, OM5464 cho vùng ven biển",
        "OM5166 chịu mặn 4-6‰, thời gian sinh trưởng 90-95 ngày, năng suất 6,5-8 tấn/ha; OM5464 chịu mặn 3-4‰, 86-94 ngày, cây cứng ít đổ ngã. "
        "Phù hợp ruộng bị xâm nhập mặn ở Trà Vinh, Sóc Trăng, Bạc Liêu; cung cấp giống xác nhận và quy trình canh tác.",
    ),
    (
        "jLo130",
        "en",
        "d_lua_st25",
        "ST24 and ST25 fragrant rice varieties for saline coastal land",
        "Rice varieties bred over almost 30 years in Soc Trang, adapted to drought and salinity and now grown from the Ca Mau peninsula rice-shrimp areas to double-rice zones. "
        "Long grain, fragrant rice that has won world rice contests; seed supply and cultivation guidance.",
    ),
    (
        "jLo131",
        "en",
        "d_dat_man",
        "Rehabilitation package for salt-degraded paddy soils",
        "Integrated practices (slow-release fertiliser, soil amendments, organic residues) tested in Mekong Delta paddies degraded by salinisation. "
        "Soil organic carbon rose 5.4-13.1%, Na+ fell 5.4-8.1% and total soluble salts 3.6-16.1%, with 22.4% higher profit than conventional rice.",
    ),
    (
        "jLo132",
        "vi",
        "d_biogas_rural21",
        "Hầm biogas cho hộ chăn nuôi heo, bò",
        "Hầm ủ xây gạch tô xi măng khoảng 10 m3 cho hộ có 4 con bò và 20 con heo (khoảng 75 kg phân mỗi ngày) ở An Giang, khí dẫn thẳng vào bếp. "
        "Hộ không phải mua gas, tiết kiệm khoảng 150 euro/năm, khoản vay 400 euro trả dần 40 euro/năm.",
    ),
    (
        "jLo133",
        "en",
        "d_biogas_ashden",
        "Household biogas programme for pig farmers",
        "MARD-SNV programme that trained masons and installed over 78,000 biogas systems (2003-2009) benefiting more than 390,000 people. "
        "Each digester saves about 2.14 t CO2 per year, removes manure smell and gives slurry as fertiliser.",
    ),
    (
        "jLo134",
        "vi",
        "d_biogas_ctu",
        "Mô hình VACB: vườn - ao - chuồng - biogas cho nông hộ",
        "Trung tâm Năng lượng tái tạo, Trường ĐH Cần Thơ xây dựng khoảng 20 mô hình VACB, bổ sung hầm biogas vào mô hình vườn - ao - chuồng để xử lý chất thải chăn nuôi. "
        "Khí sinh học dùng đun nấu, thắp sáng; phù hợp hộ nuôi tới khoảng 20 con heo.",
    ),
    (
        "jLo135",
        "en",
        "d_biogas_bmp",
        "Biochemical methane potential testing of manures and crop residues",
        "Laboratory BMP testing to size biogas plants: piglet manure gave 443 NL CH4/kg VS, cow 222, sow 177, buffalo 153; duckweed 340 and water spinach 110.6. "
        "A model predicts methane yield from biomass composition.",
    ),
    (
        "jLo136",
        "vi",
        "d_say_setech",
        "Thiết bị sấy nông sản bằng năng lượng mặt trời SETECH",
        "Hệ thống sấy mô-đun dùng nhiệt mặt trời theo hiệu ứng nhà kính, nhiệt độ sấy 30-65°C, loại nhỏ 100-150 kg tươi/mẻ, có thể ghép nhiều mô-đun. "
        "HTX Kỳ Như (Hậu Giang) dùng sấy 500 kg/mẻ thay phơi thủ công, sạch bụi, côn trùng.",
    ),
    (
        "jLo137",
        "en",
        "d_say_wecare",
        "Solar greenhouse dryer for fruits and farm produce",
        "Dryer developed by Silpakorn University and introduced by the WeCare project: UV-blocking polycarbonate roof traps heat, with a small PV panel for the fans. "
        "Reduces post-harvest losses of fruit (20-25% in Vietnam) with no running fuel cost.",
    ),
    (
        "jLo138",
        "vi",
        "d_say_kiengiang",
        "Máy sấy nông sản tự động dùng năng lượng mặt trời",
        "Sáng chế của cô giáo Trường THPT Cây Dương (Tân Hiệp, Kiên Giang): bộ thu nhiệt có kính và vật đen bẫy nhiệt, buồng sấy 2 tủ có khay và đồng hồ nhiệt. "
        "Dùng sấy khô cá, chuối và rau củ, tránh ruồi nhặng, bụi so với phơi ngoài trời.",
    ),
    (
        "jLo139",
        "en",
        "d_mango_unido",
        "Centre of excellence for mango harvesting, packing, storage and transport",
        "UNIDO-supported model for the Mekong Delta where 43,000 ha of mango produce 500,000 t a year but post-harvest losses average 27%. "
        "Packing-house operations, storage and cold transport for Cat Hoa Loc and Cat Chu mango to reach Korea, Japan and China.",
    ),
    (
        "jLo140",
        "vi",
        "d_mango_review",
        "Giải pháp bảo quản xoài sau thu hoạch theo chuỗi cung ứng",
        "Tổng hợp công nghệ sau thu hoạch xoài: thu đúng độ chín, xử lý trước bảo quản, đóng gói, nhiệt độ bảo quản và vận chuyển phù hợp. "
        "Giảm hư hỏng cơ học, chảy nhựa, thối và tổn thương lạnh, giữ chất lượng trái đến thị trường.",
    ),
    (
        "jLo141",
        "en",
        "d_mango_kenya",
        "Low-cost cold room and cold-chain practices for fruit farmers",
        "Harvest before 8 am, transport in crates lined with damp paper, precool in an evaporative charcoal cooler and store in a CoolBot cold room at about 10°C. "
        "Fruit pulp stayed near 11°C versus 25°C under usual practice, extending mango shelf life by 18 days.",
    ),
    (
        "jLo142",
        "vi",
        "d_rom_vinhlong",
        "Mô hình ủ rơm với urê làm thức ăn cho bò",
        "Nhân rộng tại Trà Ôn (Vĩnh Long): ủ nguyên cuộn rơm với urê, rỉ mật và muối, có thể ủ khi rơm còn tươi, rơm vàng, mềm, mùi dễ chịu. "
        "Tăng đạm và tỷ lệ tiêu hóa, bò ăn nhiều hơn, chủ động thức ăn mùa mưa và giảm đốt rơm.",
    ),
    (
        "jLo143",
        "en",
        "d_rom_diemuyen",
        "Urea-treated straw formulas for cattle and buffalo",
        "Formulas: 100 kg dry straw with 4 kg urea and 70-100 L water, or with 2.5 kg urea plus 2-3 kg slaked lime when urea is expensive. "
        "Layer 20 cm of straw, sprinkle, compact and cover in pits or bags; good silage is golden, soft and smells of urea.",
    ),
    (
        "jLo144",
        "vi",
        "d_bo_vobeo",
        "Kỹ thuật vỗ béo bò thịt",
        "Chọn bò không dùng cày kéo hay sinh sản, ưu tiên bò lai, bò đực, bò gầy khỏe mạnh; ước khối lượng bằng vòng ngực và dài thân chéo. "
        "Tẩy nội, ngoại ký sinh trùng trước khi vỗ béo và xây khẩu phần tăng trọng.",
    ),
    (
        "jLo145",
        "vi",
        "d_nuocmam",
        "Quy trình chế biến nước mắm cá cơm truyền thống",
        "Cá cơm rửa sạch ngay trên tàu, ướp muối tỷ lệ 3 cá : 1 muối (hoặc 3,5 : 1), cho vào thùng gỗ, rút nước bổi sau 2-6 ngày rồi bổ sung cá, nén chặt, phủ muối mặt. "
        "Ủ chượp nhiều tháng để cho nước mắm cốt màu cánh gián.",
    ),
    (
        "jLo146",
        "en",
        "d_bsf_general",
        "Black soldier fly larvae as feed for poultry and pigs",
        "Larvae raised on organic waste are processed into defatted insect meal and oil to replace fishmeal and soybean in compound feeds for poultry, pigs and some fish. "
        "Live, dried or paste forms for on-farm use; supply and processing advice.",
    ),
    (
        "jLo147",
        "en",
        "d_soil_bentre",
        "Soil and water quality indicators for diversified farms in saline areas",
        "Can Tho University study in Thanh Phu (Ben Tre) measuring soil and water indicators of rotations and intercropping adopted against saltwater intrusion. "
        "Helps crop farmers choose cropping patterns suited to salinity.",
    ),
    (
        "jLo148",
        "vi",
        "d_mango_cold",
        "Kho lạnh bảo quản xoài",
        "Kho lạnh giữ xoài ở 8-14°C được 3-4 tuần tùy giống; kết hợp bao bì khí quyển điều chỉnh và 1-MCP, hoặc kho khí quyển kiểm soát (ULO) kéo dài 6-7 tuần. "
        "Thiết kế và lắp đặt trọn gói.",
    ),
    (
        "jLo149",
        "vi",
        "d_solar_rooftop",
        "Điện mặt trời áp mái cho hộ gia đình",
        "Hệ hòa lưới 3 kWp chi phí khoảng 15-20 triệu đồng, giảm 50-90% hóa đơn tiền điện, tuổi thọ tấm pin 25-30 năm; hệ hybrid có pin lưu trữ 5 kWh thêm 30-50 triệu. "
        "Theo dõi sản lượng qua điện thoại.",
    ),
    (
        "jLo150",
        "en",
        "d_coconut_ide",
        "Desiccated coconut processing factory model",
        "IDE adapted desiccated coconut technology to Vietnam: the enterprise employs 80 people, buys over 1.65 million coconuts a year from 600 farming families and ships 25 t per month. "
        "Processing methods are public to stimulate new producers.",
    ),
    (
        "jLo151",
        "vi",
        "d_coconut_bentre",
        "Công nghệ chế biến sâu sản phẩm dừa Bến Tre",
        "Dây chuyền sản xuất sữa dừa, kem dừa, dầu dừa tinh khiết và máy se chỉ xơ dừa; Bến Tre có gần 74.000 ha dừa, giá trị công nghiệp dừa 5.880 tỷ đồng năm 2020. "
        "Chuyển giao thiết bị cho doanh nghiệp và HTX.",
    ),
    (
        "jLo152",
        "en",
        "d_cocovina",
        "Coco fibre and cocopeat processing plant",
        "Ben Tre facility able to process over 4,000 t of long coconut fibre and 8,000 t of cocopeat a month, pressed into 5 kg blocks, running 24/7 in the rainy season. "
        "By-products fuel over 90% of its energy needs.",
    ),
    (
        "jLo153",
        "vi",
        "d_drone_vnexpress",
        "Dịch vụ drone phun thuốc bảo vệ thực vật cho lúa",
        "Thiết bị bay không người lái phun thuốc trên 10.000 ha lúa thử nghiệm ở Long An, An Giang, Đồng Tháp, Vĩnh Long: chỉ khoảng 10 lít nước thay vì 200 lít. "
        "Giảm 20% lượng thuốc, năng suất tăng 10-15%, người phun không tiếp xúc hóa chất.",
    ),
    (
        "jLo154",
        "en",
        "d_drone_angiang",
        "Three-in-one drones for rice sowing, fertilising and spraying",
        "Drone services in Chau Phu (An Giang): 37 units, 13 of them combining seeding, fertiliser spreading and pesticide spraying, covering 16,740 ha in the district. "
        "Pre-programmed flight paths avoid overlap and reduce water and chemical use.",
    ),
    (
        "jLo155",
        "vi",
        "d_drone_coconut",
        "Drone phun thuốc dập dịch sâu đầu đen hại dừa",
        "Công ty Quản Nông Xanh (Tập đoàn Lộc Trời) thử nghiệm drone thế hệ mới tại Chợ Lách (Bến Tre) để xử lý sâu đầu đen hại dừa. "
        "Phun trên tán cao, nhanh, an toàn cho người.",
    ),
    (
        "jLo156",
        "en",
        "d_duck_wattagnet",
        "Housed duck production and biosafety to prevent avian influenza",
        "Guidance for moving from free-range to housed ducks as urged by the government after repeated H5N1 outbreaks in the Mekong Delta. "
        "Covers biosafety measures, vaccination schedules and water access for ducks in confinement.",
    ),
    (
        "jLo157",
        "vi",
        "d_duck_survey",
        "Quản lý đàn vịt chạy đồng và tiêm phòng cúm gia cầm",
        "Khảo sát ở Cần Thơ và Bạc Liêu: hơn 80% vịt được tiêm phòng H5N1 nhưng 59% chủ đàn di chuyển vịt ra khỏi xã, đàn trên 800 con đi xa gấp 7 lần. "
        "Tư vấn giám sát dịch bệnh, ghi chép di chuyển và tiêm phòng cho đàn vịt đẻ, vịt thịt.",
    ),
    (
        "jLo158",
        "en",
        "d_biogas_ctu",
        "VACB integrated garden-pond-livestock-biogas model",
        "Can Tho University Renewable Energy Centre built about 20 VACB models adding a digester to the garden-fish pond-pig system to treat manure. "
        "Biogas covers cooking and lighting for households of up to about 20 pigs; larger farms need uses for surplus gas.",
    ),
    (
        "jLo159",
        "vi",
        "d_dat_man",
        "Phục hồi đất lúa bị suy thoái do nhiễm mặn",
        "Kỹ thuật canh tác tổng hợp dùng phân chậm tan, chất cải tạo đất và phụ phẩm hữu cơ trên ruộng lúa nhiễm mặn ở ĐBSCL. "
        "Carbon hữu cơ đất tăng 5,4-13,1%, Na+ giảm 5,4-8,1%, lợi nhuận tăng 22,4% so với canh tác truyền thống.",
    ),
    (
        "jLo160",
        "en",
        "d_say_setech",
        "Modular solar dryer for agricultural and fishery products",
        "Greenhouse-effect solar drying modules at 30-65°C, 100-150 kg fresh product per batch for the small unit, expandable by joining modules. "
        "A Hau Giang cooperative dries 500 kg per batch of snakeskin gourami instead of sun-drying on the ground.",
    ),
]
