"""Offers of the holdout34 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- salinity monitoring and warning ---
    (
        "jJo001",
        "vi",
        "int_khpt",
        "Hệ thống quan trắc và cảnh báo xâm nhập mặn tự động",
        "Viện Công nghệ Nano (ĐHQG TP.HCM) chuyển giao trạm quan trắc mặn gắn đầu dò cảm biến chuyên dụng, đặt trên kênh rạch hoặc cửa sông, hoạt động 24/24. "
        "Số liệu độ mặn và nhiệt độ được truyền không dây liên tục, thay cho cách lấy mẫu nước thủ công từng giờ. "
        "Phù hợp cho ngành nông nghiệp huyện, công ty thủy lợi và hợp tác xã cần chủ động lấy nước tưới, nuôi trồng và sinh hoạt.",
    ),
    (
        "jJo002",
        "en",
        "int_vns",
        "Solar-powered river salinity alarm with automatic pump start",
        "A river station developed by the Institute for Nanotechnology (VNU-HCM) continuously measures salinity and temperature and sends alerts to agencies and farmers by mobile phone. "
        "It runs on integrated solar panels, so no grid connection is needed at the canal mouth. "
        "When salinity falls below 2 per mille the controller can switch on a pumping system to refill storage ponds automatically.",
    ),
    (
        "jJo003",
        "vi",
        "iu_citt",
        "Cảnh báo xâm nhập mặn trên nền tảng IoT cho vườn cây ăn trái",
        "Trung tâm nghiên cứu của Trường ĐH Quốc tế (ĐHQG TP.HCM) lắp thiết bị đo mặn IoT ngay tại nguồn nước cấp cho vườn sầu riêng, đã chạy thử ở Cai Lậy, Tiền Giang. "
        "Dữ liệu đo được gửi liên tục lên máy chủ; nhà vườn xem trực tiếp trên ứng dụng điện thoại hoặc website để quyết định lúc nào lấy nước tưới. "
        "Nhận lắp đặt, hướng dẫn vận hành cho hộ và tổ hợp tác.",
    ),
    (
        "jJo004",
        "vi",
        "baomoi_ks",
        "Mạng cảm biến đo mặn đặt tại cửa sông, số liệu gửi về điện thoại thông minh",
        "Giải pháp mạng cảm biến đặt tại các cửa sông, đo độ mặn liên tục và truyền số liệu đến điện thoại của cán bộ chuyên môn và người dân. "
        "Tại Kế Sách (Sóc Trăng), khi cửa sông có lúc lên tới 10‰, nhà vườn bưởi 1,5 ha theo dõi số liệu trên máy và kịp tích trữ thêm nước ngọt. "
        "Chuyển giao cho huyện, xã vùng ven biển muốn có cảnh báo mặn đến tận hộ.",
    ),
    (
        "jJo005",
        "en",
        "sggp_cms",
        "Hamlet-level salinity warning software with field measurement for sluice operation",
        "Provincial flood-and-disaster offices in Vinh Long run CMS alert software that pushes salinity warnings down to every hamlet, day and night. "
        "District agriculture offices measure salinity along the Co Chien and Mang Thit rivers and inside the fields and use the readings to decide when to open or close sluices. "
        "We configure the software, station list and alert thresholds for a new district and train staff.",
    ),
    (
        "jJo006",
        "en",
        "nhess",
        "Seasonal salinity intrusion forecast up to nine months ahead",
        "A statistical forecast model (logistic regression on the ENSO3.4 index or river discharge) predicts the severity of dry-season salinity intrusion in the Mekong Delta up to 9 months in advance, with ROC scores above 0.8. "
        "Provinces can use the outlook to plan winter-spring crop calendars, water storage and budgets well before the season. "
        "Offered as an annual outlook service with training for provincial planners.",
    ),
    (
        "jJo007",
        "vi",
        "quantrac",
        "Cung cấp máy đo độ mặn cầm tay chính hãng và hướng dẫn kiểm tra máy",
        "Nhiều nông dân miền Tây mua phải máy giá khoảng 450.000 đồng không rõ nguồn gốc, thực chất là bút đo chất rắn hòa tan (TDS) nên đọc sai độ mặn. "
        "Chúng tôi cung cấp máy đo mặn có bảo hành, hiệu chuẩn, và tập huấn cách kiểm tra máy bằng dung dịch chuẩn trước khi bơm nước vào vườn, ruộng. "
        "Tư vấn thêm trạm quan trắc độ mặn trên sông cho địa phương.",
    ),
    (
        "jJo008",
        "en",
        "meter_tt",
        "Bulk supply of handheld salinity meters for communes and irrigation companies",
        "In peak salinity years every province orders meters at once and suppliers run out for three weeks or more; Tien Giang's irrigation company had only 35 meters for all its communes. "
        "We keep stock of calibrated handheld meters (about 1 million VND each) and deliver kits to districts and communes before the dry season, so each commune can test farmers' water samples on the spot. "
        "Includes a simple sampling schedule for extension staff.",
    ),
    (
        "jJo009",
        "en",
        "pmc_probe",
        "Low-cost multiparameter probe for salinity and turbidity in coastal waters",
        "A microcontroller-based probe with home-made salinity and suspended-solids sensors logs data hourly to an SD card or sends it over a wireless sensor network, sleeping between readings to save battery. "
        "Calibration gave a mean absolute error of 0.74 g/L for salinity and about 12 mg/L for TSS with blue light. "
        "Suitable for research groups and local agencies that need many cheap monitoring points along canals and estuaries.",
    ),
    (
        "jJo010",
        "vi",
        "rs_salinity",
        "Dự báo phạm vi xâm nhập mặn bằng ảnh viễn thám cho vùng lúa ven biển",
        "Nhóm nghiên cứu dùng ảnh viễn thám kết hợp số liệu mặn đo tại 22 trạm thủy văn trên sông Tiền, sông Hậu (2014, 2016, 2020) để xây dựng mô hình hồi quy dự báo độ mặn tại các cửa sông. "
        "Kết quả cho thấy mặn vào sâu tới khoảng 80 km ở nhánh Hàm Luông và 56–61 km ở các nhánh khác, đạt đỉnh tháng 2–4. "
        "Cung cấp bản đồ vùng nguy cơ cho quy hoạch vùng lúa ven biển.",
    ),
    (
        "jJo011",
        "vi",
        "siwrr_report",
        "Bản tin dự báo xâm nhập mặn tại các cửa sông và đề xuất giải pháp chống hạn",
        "Viện Khoa học Thủy lợi miền Nam phát hành bản tin cập nhật dự báo mặn tại các cửa sông vùng ven biển ĐBSCL trong suốt mùa khô, dựa trên nguồn nước thượng lưu Mê Công (Biển Hồ, Kratie). "
        "Mỗi bản tin kèm khuyến cáo lịch lấy nước, vận hành cống và các giải pháp chống hạn cho từng tiểu vùng. "
        "Nhận cung cấp bản tin và tư vấn riêng cho tỉnh, huyện.",
    ),
    # --- freshwater storage ---
    (
        "jJo012",
        "vi",
        "tui_tdh",
        "Túi trữ nước ngọt 7–25 m³ cho mùa hạn mặn",
        "Túi trữ nước do Công ty CP Nhựa Tân Đại Hưng sản xuất theo chương trình KH&CN cấp Nhà nước: vỏ ngoài vải địa kỹ thuật dệt sợi PP, lớp trong nhựa PE ghép 3 lớp, đạt tiêu chuẩn ASTM. "
        "Kích thước 7–25 m³, túi 25 m³ giá khoảng 3,5 triệu đồng, đặt được trên nền đất bằng, trong ao hoặc rãnh nước. "
        "Dùng trữ nước mưa, nước ngọt cho hộ gia đình thay lu, bồn.",
    ),
    (
        "jJo013",
        "en",
        "tui_nn",
        "Plastic tube bags floated in ponds and canals for cheap freshwater storage",
        "Farmers in coastal Kien Giang tie off long nylon tubes, fill them with rain or fresh water and lay them in ponds, ditches or canals, where the surrounding water supports the bag. "
        "The method costs far less than buying rows of 1 m³ jars, which can cost tens of thousands of dong each to fill in the dry season. "
        "We supply tube rolls, tying kits and a how-to guide for households in saline areas.",
    ),
    (
        "jJo014",
        "vi",
        "tru_nuoc",
        "Công nghệ trữ nước sinh hoạt nông thôn cho vùng khan hiếm nước",
        "Viện Nước, Tưới tiêu và Môi trường tổng kết các công nghệ trữ nước sinh hoạt (bể xây, bể ferro-xi măng, lu, bồn, hồ treo) và khuyến nghị giải pháp trữ nước mới cho vùng khan hiếm nước. "
        "Cung cấp thiết kế mẫu bể chứa theo quy mô hộ, cụm hộ và hướng dẫn lựa chọn vật liệu, dung tích theo số người và số tháng khô. "
        "Phục vụ Chương trình nước sạch và vệ sinh môi trường nông thôn.",
    ),
    (
        "jJo015",
        "en",
        "hdpe_liner",
        "HDPE pond liner sheets for on-farm water storage ponds",
        "HDPE geomembrane sheets (IS 7903:2011) line farm ponds and water-harvesting tanks and cut seepage losses by up to 95%, which matters most on porous or sandy soils. "
        "Stored rain and canal water stays available for a longer dry season for irrigation, drinking water for animals or fish, and the liner also stops salts moving up into the stored water. "
        "Supplied in rolls with welding and anchor-trench installation.",
    ),
    (
        "jJo016",
        "vi",
        "silpaulin",
        "Lót ao trữ nước tưới bằng bạt sợi gia cường 200 g/m²",
        "Ao trữ nước tưới cho rau màu vùng thiếu nước được lót và làm kín bằng tấm bạt sợi gia cường 200 g/m² (loại Silpaulin), không thấm, chịu được đất lún nhẹ, giá vừa túi tiền nông hộ và dễ vá khi thủng nhỏ. "
        "Lưu ý bạt dễ giòn khi phơi nắng lúc ao cạn, cần che phủ mép ao. "
        "Nhận thi công ao 50–500 m³ cho hộ trồng rau, cây ăn trái.",
    ),
    (
        "jJo017",
        "en",
        "tg_orchard",
        "Orchard pond water storage and canal dredging programme for specialty fruit areas",
        "Tien Giang's approach to protecting durian, pomelo and milk-apple orchards: dredge irrigation canals before the season (61 km in Cai Lay district alone), upgrade and build salinity sluices, and have every farmer fill and keep clean the storage ponds in their orchards. "
        "Cai Lay town secured irrigation for nearly 15,000 ha of fruit this way. "
        "We advise districts and cooperatives on pond sizing, filling timing and canal works.",
    ),
    (
        "jJo018",
        "vi",
        "bt_program",
        "Hồ chứa nước ngọt tập trung và hệ thống cống ngăn mặn cấp huyện",
        "Mô hình của Bến Tre giai đoạn 2019–2023 (8.400 tỷ đồng): xây dựng hàng chục cống ngăn mặn dọc sông Tiền, sông Hàm Luông và hồ chứa nước ngọt Lạc Địa (Ba Tri) trữ 2,3 triệu m³ cho sản xuất và sinh hoạt. "
        "Kết hợp phong trào người dân tự trữ nước mưa, nước ngọt. "
        "Tư vấn lập dự án hồ trữ nước ngọt cộng đồng cho xã, huyện ven biển.",
    ),
    (
        "jJo019",
        "en",
        "bt_orchard",
        "Check-salinity-then-store protocol for durian and rambutan orchards",
        "When the Ham Luong river reaches 4 g/L salinity 50–60 km upstream, orchards must rely on stored water; most trees tolerate only about 1 g/L. "
        "The protocol: measure canal salinity daily, pump into the orchard pond only when readings are safe, and size the pond so flowering durian can be irrigated for several weeks without the canal. "
        "Training and field kits for orchard groups.",
    ),
    (
        "jJo020",
        "vi",
        "cholach",
        "Quy trình trữ nước và tưới tiết kiệm cho vườn ươm cây giống mùa mặn",
        "Ở Chợ Lách (Bến Tre), mặn 1–4‰ vào sâu 45–76 km ảnh hưởng tới 3/4 diện tích huyện, trong khi cây giống chịu mặn kém. "
        "Quy trình hướng dẫn nhà vườn ươm đo mặn kênh thường xuyên, lấy nước khi mặn thấp để trữ vào ao hoặc bồn, chuyển sang tưới phun tự động hoặc tưới gốc để tiết kiệm nước. "
        "Tập huấn cho hộ sản xuất cây giống.",
    ),
    # --- rainwater harvesting ---
    (
        "jJo021",
        "en",
        "camau_rain",
        "Household rainwater tank sizing and treatment for coastal communes",
        "Fifteen years of rainwater quality monitoring in Ca Mau (rainfall 1,772–2,500 mm/year, average pH 5.9) show roof rainwater meets raw-water standards. "
        "A 5-person household needs about 10 m³ of tank storage for a normal year and 18–20 m³ in dry years to cover drinking and cooking through the dry season. "
        "Stored water should be disinfected with chlorine or UV; we provide tank sizing and treatment guidance.",
    ),
    (
        "jJo022",
        "vi",
        "vinhchau",
        "Thiết kế hệ thống thu nước mưa cho hộ dân vùng ven biển",
        "Nghiên cứu của Khoa Môi trường và Viện Biến đổi khí hậu (ĐH Cần Thơ) tại Vĩnh Châu (Sóc Trăng, lượng mưa ~1.776 mm/năm): nước máy có nhôm, giá cao; nước ngầm, nước mặt nhiễm mặn. "
        "Người dân có hứng nước mưa nhưng sai kỹ thuật nên chất lượng không đạt; hệ thống thu nước mưa đúng cách rẻ hơn các nguồn nước khác. "
        "Nhận khảo sát và thiết kế hệ thống thu nước mưa cho hộ.",
    ),
    (
        "jJo023",
        "en",
        "crwh",
        "Community-scale rainwater harvesting for rural drinking water (150–1,000 users)",
        "A yield-after-spillage water balance model calculates reliability, annual drinking water production and benefit–cost ratio of a shared rainwater system for 150–1,000 users, 70–4,800 kL storage and 20–50 litres per person per day. "
        "Applied to rural Vietnam and Australia conditions. "
        "We size roofs and shared tanks for schools, health stations and village clusters.",
    ),
    (
        "jJo024",
        "vi",
        "vnn_rain",
        "Thu gom và xử lý nước mưa cho sinh hoạt, bỏ nước mưa đầu mùa",
        "Dự án của CSIRO (Úc) phối hợp Viện Nghiên cứu Biến đổi khí hậu ĐH Cần Thơ thí điểm thu gom, xử lý nước mưa cho sinh hoạt tại phường Châu Văn Liêm (Ô Môn). "
        "Nước mưa thô đục và coliform chưa đạt nên phải bỏ những trận mưa đầu, lọc và khử trùng; sau xử lý đạt tiêu chuẩn nước máy. "
        "Chuyển giao bộ tách nước đầu mưa và bộ lọc cho hộ gia đình.",
    ),
    (
        "jJo025",
        "en",
        "rwh_om",
        "Operation and maintenance guidance for household rainwater systems",
        "A survey of rural households using rainwater for drinking found that cleaning the storage tank significantly lowers dissolved solids and that strainers and cleaning roofs and gutters lower turbidity; most households boiled or membrane-filtered before drinking instead of disinfecting the tank. "
        "We give households a maintenance calendar: first-flush removal, gutter and roof cleaning, tank cleaning frequency and safe disinfection.",
    ),
    (
        "jJo026",
        "vi",
        "camau_rg",
        "Khai thác kết hợp nước mưa và nước ngầm để tự chủ nước sinh hoạt",
        "Nghiên cứu của Viện Địa lý Tài nguyên TP.HCM, Viện Khoa học Thủy lợi miền Nam và Sở TN&MT Cà Mau đề xuất chiến lược kết hợp nước mưa với nước ngầm cho hộ dân Cà Mau, giảm khai thác nước dưới đất quá mức. "
        "Tính toán dung tích bể chứa nước mưa theo lượng mưa từng vùng, phần thiếu hụt mùa khô mới bù bằng giếng. "
        "Tư vấn quy hoạch cấp nước kết hợp cho xã.",
    ),
    (
        "jJo027",
        "en",
        "rain_drink",
        "Rainwater-for-drinking demonstration models: lessons on technical and social barriers",
        "A review of Vietnamese rainwater-for-drinking demonstration projects identifies the technical, economic and social barriers that made many pilots underperform, and proposes strategies to overcome them. "
        "Useful for local governments and donors designing a new rainwater programme for schools or villages. "
        "Offered as a planning workshop with checklists.",
    ),
    # --- household, school and small desalination ---
    (
        "jJo028",
        "en",
        "still_ctu",
        "Low-cost solar still for household drinking water from brackish water",
        "Can Tho University students built a glass-covered softwood evaporation tank from recycled aluminium pipe, plastic and coconut husk insulation, tested in a Ben Tre household. "
        "Each square metre produces about 5.25 litres of fresh water per day, with coliform meeting Ministry of Health standards; works best 9am–3pm in the dry season. "
        "Cost around 400,000 VND per square metre.",
    ),
    (
        "jJo029",
        "vi",
        "still_pcm",
        "Thiết bị chưng cất nước biển bằng năng lượng mặt trời có vật liệu trữ nhiệt",
        "Nhóm PGS.TS Nguyễn Tiến Tài (Viện Hóa học, Viện Hàn lâm KH&CN VN) dùng vật liệu chuyển pha trữ nhiệt để bể chưng cất vẫn ra nước khi hết nắng. "
        "Năng suất tăng từ 2–3 lít lên 6–8 lít/m²/ngày; chi phí cho một hộ chỉ vài trăm nghìn đồng. "
        "Đã lắp thử ở Bến Tre, Thừa Thiên Huế; có thể làm bể lớn cho cụm dân cư hoặc đặt trên bè.",
    ),
    (
        "jJo030",
        "en",
        "still_bd",
        "Solar distillation units for fishing grounds and remote coastal households",
        "The Institute of Chemistry (VAST) installed a solar seawater still at the Binh Dai fishing ground (Ben Tre) supplying 120–150 litres of clean water a day to an 8-person team, where a 400 m borehole found no fresh water. "
        "Low investment, no electricity, simple to operate; reverse osmosis would have cost hundreds of millions of dong. "
        "Available in household and camp sizes.",
    ),
    (
        "jJo031",
        "vi",
        "nt30",
        "Máy lọc nước mặn thành nước ngọt chạy năng lượng mặt trời NT-30",
        "Kỹ sư Trần Vũ Thanh (CLB Trí thức trẻ Hà Nội) chế tạo máy lọc NT-30 chạy điện mặt trời, công suất 50 lít/giờ, nước đạt chuẩn Bộ Y tế, đã lắp ở Trường Sa. "
        "Phiên bản cho ĐBSCL được điều chỉnh theo nguồn nước địa phương, công suất trung bình 300 lít/giờ, cấp nước ngọt cho 100–150 hộ/ngày; hơn 40 máy đã lắp tại các vùng hạn mặn như Bến Tre. "
        "Lắp đặt tại trường học, trạm y tế, điểm dân cư.",
    ),
    (
        "jJo032",
        "en",
        "greenid",
        "Solar-powered reverse osmosis drinking-water kiosk for off-grid villages",
        "Green ID's 6.24 kWp solar system powers an RO filtration unit delivering 700–1,000 litres of clean water per day, using about four sun hours (10am–2pm), with surplus power stored in batteries for lighting. "
        "Investment about 500 million VND; villagers pay roughly 7,000–8,000 VND per 20-litre bottle, which covers operation and maintenance. "
        "Designed for a 20-year service life.",
    ),
    (
        "jJo033",
        "vi",
        "school_ro",
        "Hệ thống lọc nước RO uống trực tiếp cho trường học",
        "Lắp đặt hệ thống lọc RO uống trực tiếp cho trường học: lọc thô, than hoạt tính, màng RO loại bỏ vi khuẩn, kim loại nặng và muối, kèm vòi uống tập trung cho học sinh. "
        "Tính công suất theo sĩ số, bảo trì thay lõi định kỳ và kiểm tra chất lượng nước sau lọc. "
        "Giúp giảm bệnh tiêu chảy, nhiễm trùng đường ruột ở học sinh.",
    ),
    (
        "jJo034",
        "en",
        "ceramic_ide",
        "Ceramic pot water purifier made by local potters (7.50 USD)",
        "A low-tech filter made from a clay pot set in a plastic bin, painted with colloidal silver, removes microbial contamination from pond and well water at the point of use. "
        "It reduces diarrhoea, removes the need to boil water and saves firewood; a Kampong Chhnang women's pottery cooperative produces 2,000 filters a month selling at 7.50 USD. "
        "Technology transfer to local potteries available.",
    ),
    (
        "jJo035",
        "en",
        "ceramic_iwa",
        "Award-winning ceramic household water filters (E. coli reduced 99.99%)",
        "UNICEF and the Water and Sanitation Program rolled out porous fired-clay filters whose pore size removes virtually all bacteria and protozoa, giving 1–3 litres per hour by gravity. "
        "Tested to reduce E. coli by 99.99%, they were linked to a 50% drop in diarrhoeal illness; three factories produced 5,500 units a month. "
        "Winner of the IWA 2008 Project Innovation Award.",
    ),
    (
        "jJo036",
        "vi",
        "sand_eawag",
        "Bể lọc cát hộ gia đình khử asen và sắt trong nước giếng khoan",
        "EAWAG và các đối tác Việt Nam đánh giá bể lọc cát tại 43 hộ ở đồng bằng sông Hồng: hiệu suất khử asen trung bình 80% với nước giếng chứa 10–420 µg/L asen. "
        "Nước có nhiều sắt thì khử asen càng tốt; phốt phát trên 2 mg/L làm giảm hiệu quả. "
        "Dùng vật liệu địa phương, không hóa chất, dễ nhân rộng; kèm tờ rơi hướng dẫn xây và bảo dưỡng.",
    ),
    (
        "jJo037",
        "en",
        "sand_95",
        "Household sand filter removing 95% of arsenic regardless of usage pattern",
        "A household sand filter in northern Vietnam consistently lowered arsenic in groundwater by 95%, whether used intensively or left idle, and even right after sand replacement. "
        "It works where iron is at least 50 times arsenic and phosphate is below about 2.5 mg/L; coliform can grow during filtration and storage, so treated water should be kept clean or boiled. "
        "We test the well water first, then build the filter.",
    ),
    (
        "jJo038",
        "vi",
        "benquan",
        "Thiết bị xử lý nước sinh hoạt quy mô hộ gia đình cho vùng nông thôn",
        "Luận văn nghiên cứu công nghệ và thiết bị xử lý nước sinh hoạt phù hợp hộ gia đình tại thị trấn Bến Quan (Quảng Trị), nơi chỉ khoảng 60% hộ nông thôn có nước sạch. "
        "Thiết bị gồm các bước lắng, lọc và khử trùng gọn trong một cụm, lắp ngay tại nhà, xử lý được nước giếng hoặc nước mặt đục. "
        "Nhận chế tạo và lắp đặt theo chất lượng nguồn nước.",
    ),
    (
        "jJo039",
        "vi",
        "pac_membrane",
        "Xử lý nước cấp bằng than hoạt tính bột (PAC) kết hợp lọc màng",
        "Đề tài của Trường ĐH Lạc Hồng kết hợp than hoạt tính dạng bột với lọc màng để xử lý nước cấp: than hấp phụ chất hữu cơ, màu, mùi; màng giữ lại cặn và vi sinh. "
        "Phù hợp nâng cấp trạm cấp nước nhỏ hoặc cụm lọc cho trường, cơ sở có nguồn nước mặt nhiễm bẩn hữu cơ. "
        "Hỗ trợ thử nghiệm mẫu nước và tính liều PAC.",
    ),
    (
        "jJo040",
        "en",
        "ceramic_rdi",
        "Clay pot filters for schools and households (installment payment)",
        "Resource Development International distributes clay-pot filters that clean water as effectively as boiling, cutting the need for gas, wood or charcoal; the programme aimed at 35,000 filters for 200,000 people, mostly through schools. "
        "Teachers are shown how to use filters in classrooms and can resell them to neighbours; each pot costs about 8 USD and can be paid in instalments.",
    ),
    # --- rural piped water plants ---
    (
        "jJo041",
        "vi",
        "vinacee",
        "Bể lọc tự rửa cho trạm cấp nước nông thôn",
        "Công ty VINACEE và Trung tâm Quốc gia Nước sạch và VSMTNT giới thiệu bể lọc tự rửa: quá trình rửa lọc tự điều chỉnh, không cần công nhân hay thiết bị tự động phức tạp. "
        "Khắc phục tình trạng trạm cấp nước nông thôn tiết kiệm nước rửa nên vật liệu lọc bẩn, chu kỳ lọc ngắn, bể tắc và tràn, nước sau xử lý không đạt. "
        "Giảm chi phí vận hành, phù hợp nước giếng khoan và nước mặt.",
    ),
    (
        "jJo042",
        "vi",
        "ace_surface",
        "Dây chuyền xử lý nước mặt sông, kênh đạt chuẩn nước sinh hoạt",
        "Thiết kế, thi công quy trình xử lý nước mặt: song chắn rác, lắng sơ bộ, keo tụ bằng PAC hoặc phèn nhôm, tạo bông, lắng, lọc nhiều lớp (cát thạch anh, than hoạt tính), lọc màng UF/RO khi cần, khử trùng bằng clo, ozone hoặc UV. "
        "Kiểm soát độ đục, pH, clo dư, E. coli, asen trước khi bơm vào mạng lưới. "
        "Áp dụng cho nhà máy nước, trạm cấp nước xã.",
    ),
    (
        "jJo043",
        "en",
        "sws_dn",
        "Compact add-on filter unit (30 m³/day) to expand a rural water station",
        "A small SWS filtration unit made by VINA TAK, treating 30 m³ per day, was handed over to a commune water scheme in Vinh Cuu (Dong Nai) to serve the local primary school. "
        "Added beside the existing 210 m³/day conventional line, it raised station output to the 240 m³/day design target without rebuilding the plant. "
        "Suitable for stations that need quick extra capacity.",
    ),
    (
        "jJo044",
        "en",
        "solar_station",
        "Solar-powered pumping for rural water supply stations",
        "With Grundfos solar pumping, the Nhon Ai water supply station in Can Tho (design 50 m³/day) delivers about 46 m³/day on average: 54 m³/day in the sunny season and 38 m³/day in the rainy season. "
        "It removes the main cause of rural supply interruptions, power cuts that leave pumps idle, and lowers electricity bills. "
        "Design and installation for communal stations.",
    ),
    (
        "jJo045",
        "en",
        "oba",
        "Output-based aid scheme to connect poor households to piped water",
        "A GPOBA-funded model paid subsidies only after verified working connections: 35,065 households (about 180,000 people) were connected and connection fees fell from 47–117 USD to 14–38 USD per household. "
        "Private operators and communes built and run the systems. "
        "We help provinces design the subsidy rules, verification and operator contracts.",
    ),
    (
        "jJo046",
        "vi",
        "longson",
        "Nâng cấp, mở rộng trạm cấp nước xã vùng hạn mặn",
        "Trà Vinh đã nâng cấp, mở rộng trạm cấp nước xã Long Sơn (Cầu Ngang), cấp nước sạch cho 1.720 hộ dân thường xuyên bị ảnh hưởng hạn hán, xâm nhập mặn. "
        "Gói dịch vụ gồm khảo sát nguồn nước, mở rộng công suất xử lý, kéo mạng ống tới ấp xa và bàn giao vận hành. "
        "Dành cho xã ven biển đang thiếu nước máy mùa khô.",
    ),
    (
        "jJo047",
        "en",
        "hypo_wrc",
        "Flow-powered hypochlorite dosing for small water supplies",
        "WRc evaluated hypochlorite dosers that are powered and controlled by the flow of the water being treated, for supplies below about 1 Ml/day serving up to 5,000 people. "
        "Both tested systems met makers' specifications with accuracy and repeatability satisfactory for small supplies; work continues on a battery-operated chlorine residual monitor. "
        "No electricity or skilled operator needed for dosing.",
    ),
    (
        "jJo048",
        "en",
        "uv_village",
        "UV disinfection for village water networks",
        "UV disinfection suits rural drinking water because it reaches target disinfection with simple operation and maintenance. "
        "In eight villages with UV-treated networks, heterotrophic plate counts stayed below 500 CFU/mL and total bacteria below 100 CFU/mL; since UV leaves no residual, pipe condition and water temperature must be watched, and coliforms appeared at a few taps in two villages. "
        "Supply of UV reactors and network hygiene plan.",
    ),
    (
        "jJo049",
        "en",
        "disinf_note",
        "Disinfection options for rural community water systems",
        "Technical note comparing disinfection for small systems: hypochlorite feeding methods, effectiveness, costs and what made many small-system disinfection projects fail (no operator training, unreliable chemical supply, unsuitable technology). "
        "Used to choose and sustain chlorination at commune water stations. "
        "Offered with operator training.",
    ),
    (
        "jJo050",
        "en",
        "danish_pumps",
        "Wind- and solar-powered pumping for Mekong Delta water stations",
        "A Danish-funded programme converted 32 water supply stations in 13 Mekong Delta provinces, including Tra Vinh and Vinh Long, to solar and wind powered pumping, cutting electricity costs by 30–40% and keeping water flowing during grid outages. "
        "Total investment over 17 billion VND; a training centre at Can Tho water station teaches operation and maintenance.",
    ),
    (
        "jJo051",
        "vi",
        "taybac",
        "Giải pháp xử lý nước mưa và nước mặt cho hộ, tổ chức và cụm dân cư",
        "Nhóm tác giả Tạp chí KH&CN Thủy lợi đề xuất 3 giải pháp công nghệ xử lý nước mưa, nước mặt theo 3 quy mô (hộ gia đình, cơ quan tổ chức, cụm dân cư) để nước đạt QCVN 02:2009/BYT. "
        "Xuất phát từ thực tế nhiều công trình cấp nước nhỏ xuống cấp nhanh, nước không đạt chuẩn. "
        "Chuyển giao thiết kế và mô hình trình diễn.",
    ),
    # --- irrigation, sluices and water-saving ---
    (
        "jJo052",
        "vi",
        "scada_gate",
        "Cống ngăn triều vận hành tự động bằng SCADA theo mực nước",
        "Công trình ngăn triều tại Lái Thiêu (vốn gần 300 tỷ đồng): hai khoang cống 20 m, cửa van gần 57 tấn nâng hạ bằng xi lanh thủy lực, điều khiển qua SCADA. "
        "Hơn 8 điểm đo mực nước trên kênh rạch gửi số liệu tự động về trung tâm; khi mực nước chạm ngưỡng cảnh báo, cửa van tự đóng hoặc mở. "
        "Tư vấn tự động hóa cống cho công ty thủy lợi.",
    ),
    (
        "jJo053",
        "vi",
        "cong_man",
        "Chế tạo cửa van, cống ngăn mặn lắp ghép cho kênh nội đồng",
        "Công ty cơ khí nhận gia công cửa van thép, cống ngăn mặn cho các tỉnh ĐBSCL: ngăn triều cường đưa nước mặn vào và giữ nước ngọt trong kênh cho tưới và sinh hoạt. "
        "Thiết kế theo bề rộng kênh, cao trình, vật liệu chống ăn mòn nước mặn, lắp đặt nhanh trước mùa khô. "
        "Bảo trì, thay thế cửa van cũ bị rò.",
    ),
    (
        "jJo054",
        "en",
        "steel_dam",
        "Temporary steel sheet-pile dams closed when salinity peaks",
        "Tien Giang installed three temporary steel dams at the Tra Tan, Ba Rai and Phu An canal mouths (about 34 billion VND, of which 6 billion for piles) to protect over 15,000 ha of fruit, 10,000 ha of it durian. "
        "The dams close when salinity on the Ham Luong reaches 1.5–2 g/L; pumping points at neighbouring culverts supply water inside. "
        "Design and installation of temporary closures.",
    ),
    (
        "jJo055",
        "en",
        "awd_ag",
        "Alternate wetting and drying (AWD) irrigation for lowland rice",
        "With AWD, paddies are irrigated intermittently except during rooting and flowering, reducing water use by 15–40% without yield loss. "
        "A study in An Giang found farmers adapt AWD but often skip the plastic field tube that shows when to irrigate; we train cooperatives to use the standard method and record it for certification.",
    ),
    (
        "jJo056",
        "vi",
        "awd_wiki",
        "Kỹ thuật tưới ướt khô xen kẽ (AWD) có ống đo mực nước",
        "Tưới ướt khô xen kẽ cho lúa: để ruộng khô vài ngày rồi mới cho nước vào lại, theo dõi bằng ống nhựa PVC đục lỗ cắm trong ruộng; khi mực nước xuống 15 cm dưới mặt đất thì bơm lại. "
        "Giảm nhu cầu nước tưới và khí nhà kính mà không giảm năng suất, phù hợp vụ khô. "
        "IRRI đang phổ biến ở Việt Nam; nhận tập huấn HTX.",
    ),
    (
        "jJo057",
        "vi",
        "drip_oxi",
        "Hệ thống tưới nhỏ giọt tiết kiệm 30–60% nước",
        "Lắp hệ thống tưới nhỏ giọt: nguồn nước (bể, giếng), bộ lọc chống tắc, ống PE có đầu nhỏ giọt, bộ điều áp và bộ hẹn giờ. "
        "Nước đưa thẳng vào vùng rễ, giảm bay hơi và chảy tràn, tiết kiệm 30–60% so với tưới tay hoặc phun mưa. "
        "Phù hợp vườn cây ăn trái, rau màu khi nguồn nước ngọt hạn chế.",
    ),
    (
        "jJo058",
        "en",
        "drip_tv",
        "Drip versus seepage irrigation for watermelon: technical efficiency study in Tra Vinh",
        "A Tra Vinh University study of 160 watermelon households in Cau Ngang and Duyen Hai compared seepage (subsurface) irrigation with drip irrigation using stochastic frontier analysis and regression. "
        "It identifies which model gives the better technical efficiency under local sandy-soil and limited-water conditions. "
        "Extension advice for watermelon and vegetable groups.",
    ),
    (
        "jJo059",
        "vi",
        "drip_dn",
        "Hệ thống tưới tiết kiệm qua đường ống cho vườn cây ăn trái",
        "Ở Đồng Nai gần 1.500 ha cây trồng dùng tưới tiết kiệm; chi phí khoảng 15–20 triệu đồng/ha. "
        "Một hộ 6 ha quýt, chôm chôm, sầu riêng tăng sản lượng quýt từ 5 lên 10 tấn/400 gốc; sầu riêng đạt ổn định 10–15 tấn/ha. "
        "Nhận thiết kế hệ thống ống tưới cho vườn cây ăn trái vùng thiếu nước.",
    ),
    (
        "jJo060",
        "en",
        "tg_sluice",
        "Sluice servicing and canal dredging package before the dry season",
        "Tien Giang's irrigation company repaired and serviced more than 180 sluices (about 4 billion VND) so they store around 20 million m³ of fresh water for 22,000 ha of winter–spring rice plus vegetables and fruit. "
        "Package: inspection of gates and seals, repair of leaking culverts, dredging of main irrigation canals and an operating schedule for the season.",
    ),
    (
        "jJo061",
        "vi",
        "sms_pump",
        "Điều khiển máy bơm tưới từ xa bằng tin nhắn điện thoại",
        "Nông dân Bùi Ngọc Minh Tâm (Bình Tân, TP.HCM), kỹ sư tự động hóa, chế tạo hệ thống tưới điều khiển bằng điện thoại di động: chỉ một tin nhắn là tưới xong hơn 3.000 m² rau trong vài phút, dù ở xa hàng nghìn cây số. "
        "Tiết kiệm nhân công tưới. "
        "Nhận lắp bộ điều khiển bơm bằng SMS cho vườn, trại.",
    ),
    (
        "jJo062",
        "en",
        "solar_irr",
        "Large solar water pumps replacing diesel pumps for irrigation",
        "Solar pumps installed by People in Need, UNDP and two solar firms lift river water into canals that irrigate 590 ha of rice and vegetables in drought-prone districts, running automatically 8am–5pm. "
        "Each system delivers more than 20 horsepower equivalent and replaces costly diesel pumping; farmers do not need to stay at the pump. "
        "For cooperatives far from the grid.",
    ),
    # --- riverbank and coastal erosion ---
    (
        "jJo063",
        "en",
        "tfence",
        "T-shaped bamboo breakwater fences to stop coastal erosion and regrow mangroves",
        "GIZ-supported permeable bamboo T-fences filled with brushwood break wave energy so mud settles behind them; mangroves colonise the new mudflats within months. "
        "On 12 km of fences in Bac Lieu and Soc Trang, land loss of up to 50 m per year was reversed, with up to 120 cm of vertical sedimentation, and 99% of the coast is no longer directly threatened at the dyke. "
        "Planning, numerical modelling and construction supervision.",
    ),
    (
        "jJo064",
        "vi",
        "floodplain",
        "Bảo vệ bờ biển dựa vào hệ sinh thái: phục hồi bãi bồi để rừng ngập mặn tái sinh",
        "Giải pháp cho bờ biển bùn ĐBSCL: khi rừng ngập mặn mất, sóng bào mòn bãi bồi rồi tới chân đê; gia cố đê bằng bao cát, rọ đá chỉ là tạm thời. "
        "Hàng rào tre thấm hình chữ T chèn bó cành cây được dùng để nâng bãi bồi, tạo điều kiện cho rừng ngập mặn tự tái sinh hoặc trồng lại, bảo vệ người dân sống sau đê. "
        "Áp dụng ở Sóc Trăng, Bạc Liêu, Cà Mau.",
    ),
    (
        "jJo065",
        "en",
        "giz_ergo",
        "Mangrove reforestation with alternative livelihoods for coastal communities",
        "A GIZ programme with Munich Re and ERGO (since 2019) replants mangroves in the Mekong Delta behind bamboo breakwater fences while creating alternative income for fishing and farming households that depend on the forest. "
        "It addresses 'coastal squeeze', where the mangrove belt shrinks from both sea and land sides. "
        "Community planning, nurseries and livelihood packages.",
    ),
    (
        "jJo066",
        "vi",
        "detached",
        "Đánh giá hiệu quả đê giảm sóng xa bờ đối với phục hồi rừng ngập mặn",
        "Nhóm ĐH Tôn Đức Thắng và Viện Địa chất – Địa vật lý biển phân tích đường bờ 2000–2022 và chỉ số thực vật EVI tại Tiền Giang, kết hợp khảo sát thực địa. "
        "Kết quả: đê giảm sóng xa bờ bảo vệ được cây trồng mới nhưng chưa chứng minh làm tăng độ che phủ rừng; rừng đã tự phát triển từ trước khi có công trình. "
        "Nhận đánh giá trước khi đầu tư công trình mới.",
    ),
    (
        "jJo067",
        "vi",
        "ecobag",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông, bờ biển",
        "Trường ĐH Mỏ – Địa chất và Công ty Đại Viễn ứng dụng kè mềm từ bao sinh thái (bao địa kỹ thuật chứa đất, trồng cỏ, cây) để chống sạt lở bờ sông, hồ, biển. "
        "Kết cấu mềm theo biến dạng bờ, cây mọc xuyên bao giữ đất, chi phí thấp hơn kè bê tông; đã áp dụng thành công ở nhiều dự án. "
        "Thiết kế và cung cấp bao cho ĐBSCL.",
    ),
    (
        "jJo068",
        "en",
        "natural_emb",
        "Natural embankments of cajuput stakes and trees for eroding canal banks",
        "Hau Giang's irrigation office piloted 380 m of natural embankments: eroded banks are refilled with soil behind a barrier of cajuput trunks or bamboo, fabric or fine net holds the soil, and cajuput and crabapple mangrove are planted inside, with water hyacinth outside to soften waves. "
        "A household built 10 m for about 500,000 VND and later extended it past 100 m. "
        "Training for farmer associations.",
    ),
    (
        "jJo069",
        "en",
        "vetiver_mk",
        "Vetiver grass hedges against boat-wave erosion in the Mekong Delta",
        "Vetiver grass, a low-cost, labour-intensive bioengineering technique, was trialled for the first time in the delta to stabilise river and canal banks pounded by waves from motorised boats. "
        "Stage 1 set up a plant nursery, stage 2 built test sites; hundreds of hectares of land and thousands of km of dikes are lost yearly to this erosion. "
        "Nursery stock and planting guidance.",
    ),
    (
        "jJo070",
        "vi",
        "vetiver_c",
        "Cỏ vetiver kết hợp ráng biển bảo vệ bờ sông, kênh và đê",
        "Sau 10 năm ứng dụng ở miền Trung, cỏ vetiver được trồng đại trà bảo vệ bờ sông, đê và kênh tưới chống lũ và xâm nhập mặn (dự án AusAID tại Quảng Ngãi). "
        "Thiết kế điều chỉnh: hàng dưới cùng trồng ráng biển và cỏ chịu mặn để chịu nước mặn, bảo vệ chân kè. "
        "Tổng kết cả thành công và thất bại để áp dụng đúng chỗ.",
    ),
    (
        "jJo071",
        "vi",
        "gabion",
        "Kè rọ đá, thảm đá bảo vệ bờ sông khỏi sạt lở",
        "Công ty địa kỹ thuật cung cấp giải pháp chống sạt lở ven sông: rọ đá, thảm đá, vải địa kỹ thuật lót chân kè, kết hợp trồng cây. "
        "Phân tích nguyên nhân (đất phù sa rời, dòng chảy mạnh mùa lũ, sóng vỗ bào mòn chân bờ) để chọn kết cấu phù hợp. "
        "Thiết kế, cung cấp vật tư và thi công.",
    ),
    (
        "jJo072",
        "en",
        "erosion_cause",
        "Riverbank erosion cause analysis and hotspot identification",
        "The Southern Institute of Water Resources Research analysed erosion on the 7,700 km river and canal network of Bac Lieu and Ca Mau and ranked four erosion types: bank loading by houses built on the edge, river confluences, river bends and reaches near the sea with strong tides and fast boats. "
        "We survey a district's banks and map hotspots to prioritise works and relocation.",
    ),
    (
        "jJo073",
        "vi",
        "coast_trees",
        "Giải pháp trồng cây bảo vệ đê biển, bờ biển vùng bãi ngập mặn",
        "Tổng hợp kỹ thuật trồng đai cây chắn sóng, chắn cát bảo vệ đê biển từ Quảng Ngãi đến Kiên Giang ở nơi đất nghèo, gió to, sóng lớn: chọn loài, kỹ thuật trồng và bảo vệ cây con. "
        "Đai rừng giảm xói lở, tăng bồi tụ, hạn chế xâm nhập mặn; diện tích rừng phòng hộ ven biển mất gần 20%/năm do nuôi trồng thủy sản. "
        "Tư vấn cho ban quản lý rừng phòng hộ.",
    ),
    (
        "jJo074",
        "en",
        "mangrove_dyke",
        "Mangrove belts for sea-dyke protection: design guidance",
        "A Thuy Loi University review of mangrove distribution along Vietnam's coast and its role in damping waves in front of sea dykes, the causes of degradation, and measures to protect, restore and develop mangrove belts. "
        "Gives width and species guidance for combining green belts with dyke design. "
        "Consulting for provincial dyke departments.",
    ),
    (
        "jJo075",
        "vi",
        "bamboo_vl",
        "Đê giảm sóng bằng tre và hàng rào bẫy bùn, phục hồi rừng ngập mặn",
        "Công ty tư vấn Đức đã khảo sát chi tiết tại 5 tỉnh ĐBSCL và thiết kế đê giảm sóng bằng tre, hàng rào tre bẫy bùn (Lahnungen), sau đó phục hồi rừng ngập mặn trong vùng được che chắn. "
        "Hiệu quả được đánh giá bằng chương trình quan trắc dài hạn. "
        "Dành cho những đoạn bờ mà rừng ngập mặn một mình không còn đủ chống xói.",
    ),
    (
        "jJo076",
        "vi",
        "vl_erosion",
        "Hướng dẫn gia cố tạm mé sông bằng cây, cỏ trong mùa mưa lũ",
        "Chỉ một tháng đầu mùa mưa 2020, Vĩnh Long có 38 điểm sạt lở, mất 1.440 m bờ sông, kênh. "
        "Theo Viện Khoa học Thủy lợi miền Nam, triều lên làm đất mềm, lớp dưới bị xói trước nên bờ dốc rồi sụp từng đợt. "
        "Hướng dẫn người dân tấn cây, cỏ giữ mé, không chất tải sát mép bờ, theo dõi vết nứt và báo sớm cho xã.",
    ),
    # --- flood and tide warning ---
    (
        "jJo077",
        "vi",
        "watec",
        "Trạm đo mưa tự động và giám sát ngập lụt IoT",
        "Công ty WATEC phát triển hệ thống đo mưa tự động Vrain từ 2016, đã lắp trên 2.500 trạm ở 63 tỉnh (1.077 trạm thuộc mạng KTTV quốc gia) cùng trạm giám sát, cảnh báo ngập lụt tự động. "
        "Số liệu mưa và độ ngập theo thời gian thực giúp chính quyền và người dân chủ động ứng phó. "
        "Lắp đặt trạm cho huyện, xã vùng trũng.",
    ),
    (
        "jJo078",
        "en",
        "flood_tower",
        "Smart flood warning posts at flood-prone roads and riversides",
        "Da Nang installed smart warning towers at flooding hotspots: when water reaches 20 cm on the tower it reports to the monitoring system, and residents can see the level on the post; 17 flood towers were added in Hoa Vang where flooding can exceed 1 m. "
        "Warnings go to each hamlet and household by SMS, phone app, alarm stations or village loudspeakers. "
        "Supply and integration.",
    ),
    (
        "jJo079",
        "vi",
        "goodeye",
        "Hệ thống cảnh báo lũ, ngập tự động",
        "Hệ thống giám sát mưa lớn và mực nước dâng bất thường tại các vị trí nhạy cảm (đập tràn, vùng trũng, bờ sông), tự động phát còi, đèn và tin nhắn cảnh báo sớm để người dân kịp di dời tài sản. "
        "Bao gồm cảm biến mực nước, đo mưa, bộ truyền dữ liệu và phần mềm. "
        "Thiết kế theo địa hình từng xã.",
    ),
    (
        "jJo080",
        "en",
        "adb_sms",
        "Rain gauge network with SMS alerts to village and commune chiefs",
        "An ADB and JAXA project (2011–2014) in the Red and Thao river basins combined space-based monitoring with a rain-measuring station and an SMS system that alerts village and commune chiefs to disaster risk. "
        "Recorded water-level rises reached 60 cm per hour. "
        "We set up gauges, thresholds and SMS lists for district disaster committees.",
    ),
    (
        "jJo081",
        "en",
        "flashflood",
        "Threshold-based flood early warning software using weather station forecasts",
        "Open-source early warning software interpolates 1–6 day rainfall forecasts from automatic iMETOS stations and overlays them on risk maps weighted by the analytic hierarchy process. "
        "It flags locations and risk levels when rainfall exceeds thresholds (150 mm/day in the Son La pilot). "
        "Adaptable to other hazards and basins.",
    ),
    (
        "jJo082",
        "vi",
        "tide_bulletin",
        "Bản tin dự báo đỉnh triều cường theo đợt cho vùng hạ lưu sông Tiền, sông Hậu",
        "Đài Khí tượng Thủy văn Nam Bộ dự báo mực nước tại các trạm Mỹ Thuận, Cần Thơ và ven biển (ví dụ 1,9–2 m, trên báo động 3), thời điểm đỉnh triều và lịch các đợt triều cường trong mùa. "
        "Kèm cấp độ rủi ro thiên tai để xã chủ động gia cố bờ bao, đề phòng ngập vùng trũng. "
        "Cung cấp bản tin theo địa bàn cho huyện, xã.",
    ),
    # --- wastewater ---
    (
        "jJo083",
        "en",
        "bastaf",
        "Baffled septic tank with anaerobic filter (BASTAF) plus constructed wetland",
        "An improved septic tank developed at Hanoi University of Civil Engineering: at 2 days hydraulic retention the 3-chamber baffled tank with anaerobic filter removes 80–90% of BOD, COD and TSS, far better than a conventional septic tank of the same size. "
        "Post-treatment in a 2-stage vertical-flow wetland planted with local plants meets Vietnamese level A discharge limits. "
        "Already applied in several provinces.",
    ),
    (
        "jJo084",
        "vi",
        "dewats_hh",
        "Xử lý nước thải phân tán (DEWATS) cho từng hộ gia đình",
        "Mô hình trình diễn của ADB tại xã Hữu Hòa (Hà Nội): thay bể tự hoại không đáy, chưa từng hút bùn, bằng hệ thống xử lý nước thải phân tán cho hộ gia đình. "
        "Ngăn nước thải ngấm xuống làm ô nhiễm nước ngầm; một hộ ít ô nhiễm nhưng hàng nghìn hộ cộng lại thành vấn đề lớn. "
        "Thiết kế và thi công cho hộ, cụm hộ.",
    ),
    (
        "jJo085",
        "en",
        "ceetia",
        "Community wastewater management for dense villages: BASTAF clusters and wetlands",
        "In Lai Xa hamlet (900 households), CEETIA combined source separation of solid waste, a composting station, improved household sanitation with screens and grease traps, and community BASTAF tanks followed by constructed wetlands, built step by step with community activists. "
        "Suited to villages mixing homes, livestock, food processing and crafts.",
    ),
    (
        "jJo086",
        "vi",
        "stab_ponds",
        "Hồ ổn định nước thải cho thị trấn nhỏ",
        "Nghiên cứu (ĐH Tokyo) so sánh các phương án xử lý nước thải cho thị trấn Toàn Thắng khoảng 10.000 dân bằng phân tích đa tiêu chí và đánh giá vòng đời. "
        "Hồ ổn định nước thải xếp hạng ưu tiên số một: bền vững nhất, chi phí đầu tư và vận hành thấp. "
        "Tư vấn chọn phương án cho thị trấn, khu dân cư nông thôn.",
    ),
    (
        "jJo087",
        "vi",
        "aao_hosp",
        "Công nghệ AAO với đệm vi sinh hoặc màng MBR xử lý nước thải y tế",
        "Đồ án nghiên cứu ứng dụng công nghệ AAO (kỵ khí – thiếu khí – hiếu khí) cho nước thải bệnh viện, so sánh với các công nghệ V-69, CN-2000 và lọc sinh học nhỏ giọt. "
        "Hai phương án: AAO với giá thể vi sinh và AAO với màng lọc MBR, đã áp dụng ở trung tâm y tế tại TP.HCM. "
        "Lắp đặt dạng hợp khối cho bệnh viện huyện, trạm y tế, phòng khám.",
    ),
    (
        "jJo088",
        "en",
        "cuchi_hosp",
        "Design of a hospital wastewater treatment plant (case: 950 m³/day district hospital)",
        "Complete engineering design of the wastewater plant for Cu Chi district general hospital at 950 m³ per day: characterisation of hospital wastewater, selection of the treatment line, sizing of each tank and disinfection to meet discharge standards. "
        "The same method is used to design smaller plants for district hospitals and clinics.",
    ),
    (
        "jJo089",
        "en",
        "slaughter_guide",
        "Slaughterhouse wastewater: biogas digester plus post-treatment",
        "Guidance for livestock slaughter facilities: most rely on a biogas digester, but biogas only removes part of the organic matter and coarse solids, so effluent still needs treatment afterwards (septic and aerobic stages) before discharge. "
        "Covers wastewater characteristics, drainage separation and treatment options for small and communal slaughter points.",
    ),
    (
        "jJo090",
        "vi",
        "slaughter_gs",
        "Hệ thống xử lý nước thải giết mổ gia súc nhiều bậc",
        "Nước thải giết mổ chứa máu, mỡ, nội tạng với BOD, COD rất cao, nhiều chất rắn lơ lửng, nitơ, phốt pho và vi sinh gây bệnh, mùi hôi nặng. "
        "Quy trình nhiều bậc: lọc rác, tách mỡ, điều hòa, xử lý kỵ khí, thiếu khí – hiếu khí, lắng, khử trùng, đạt QCVN 40. "
        "Thiết kế cho cơ sở giết mổ tập trung cấp xã, huyện.",
    ),
    (
        "jJo091",
        "en",
        "seafood_uasb",
        "Seafood processing wastewater: characterisation and UASB-based treatment",
        "A Nha Trang University survey of 23 seafood processing enterprises found COD 800–3,000 mg/L, BOD5 600–2,400 mg/L and TSS 70–400 mg/L in raw wastewater. "
        "Most plants use physico-chemical plus biological treatment, often with UASB anaerobic tanks. "
        "We characterise a plant's effluent and size the treatment line.",
    ),
    (
        "jJo092",
        "vi",
        "surimi",
        "Hệ thống xử lý nước thải chế biến surimi công suất 300 m³/ngày",
        "Công trình cho nhà máy surimi ở Tắc Cậu (Kiên Giang): nước thải COD tới 36.000 mg/L, BOD5 4.000–15.000 mg/L, dầu mỡ 100–500 mg/L, mùi tanh; dây chuyền dùng 20–25 m³ nước/tấn sản phẩm. "
        "Quy trình 10 công đoạn từ bể gom, máy lọc rác tinh đến xử lý sinh học, đạt QCVN 11:2008 cột B. "
        "Nhận thiết kế cho cơ sở chế biến thủy sản.",
    ),
    (
        "jJo093",
        "en",
        "vetiver_cafatex",
        "Vetiver wetland polishing of seafood factory effluent",
        "Can Tho University trialled vetiver grass fields at the CAFATEX seafood factory: on about 800 m², total nitrogen in effluent fell by 88% after 48 hours and 91% after 72 hours, total phosphorus by 80–82%. "
        "A low-cost alternative to chemical and engineering polishing steps. "
        "Planting material and field layout.",
    ),
    (
        "jJo094",
        "vi",
        "pig_cw",
        "Đất ngập nước kiến tạo xử lý nước thải chăn nuôi heo sau biogas",
        "Mô hình đất ngập nước kiến tạo xử lý nước thải chăn nuôi heo sau hầm biogas: chất hữu cơ chủ yếu do vi sinh vật xử lý, cây trồng đóng góp rõ trong khử nitơ và phốt pho. "
        "Cân bằng nitơ cho thấy khoảng 75% chuyển hóa bay hơi, 18% cây hấp thu, 7% tích lũy trong vật liệu. "
        "Thiết kế cho trang trại quy mô hộ.",
    ),
    (
        "jJo095",
        "en",
        "epa_disinf",
        "Disinfection options for small wastewater systems",
        "US EPA fact sheet for small systems (3.8–76 m³/day), from septic and sand filters to systems serving groups of homes: chlorine, iodine and UV disinfection compared. "
        "Stresses that suspended solids and BOD must be reduced first, because solids shield microorganisms and absorb UV. "
        "Used to add a disinfection stage to clinic or village treatment units.",
    ),
    (
        "jJo096",
        "vi",
        "kieuky",
        "Giải pháp vệ sinh phân tán cho làng nghề ven đô",
        "Nghiên cứu của Chương trình Nước và Vệ sinh (WSP) tại xã làng nghề Kiêu Kỵ (Hà Nội), nơi trên 60% dân làm nghề và nước thải nghề xả thẳng ra ruộng qua kênh tưới, gây ô nhiễm nước uống, cá chết, dị ứng da. "
        "Thiết kế vệ sinh phân tán, đơn giản, chi phí đầu tư thấp để cộng đồng tham gia quản lý, vận hành. "
        "Tư vấn cho làng nghề.",
    ),
    # --- organic waste, plastic and solid waste ---
    (
        "jJo097",
        "vi",
        "tricho_kitchen",
        "Ủ rác nhà bếp thành phân hữu cơ bằng nấm Trichoderma",
        "Hướng dẫn phân loại rác nhà bếp (vỏ rau củ, trái cây, bã cà phê, bã trà) và ủ với chế phẩm Trichoderma thành phân hữu cơ sạch cho rau, cây cảnh. "
        "Cách ủ tránh mùi hôi, ruồi nhặng, phù hợp gia đình ở đô thị và nông thôn. "
        "Cung cấp chế phẩm và thùng ủ.",
    ),
    (
        "jJo098",
        "en",
        "hutech_compost",
        "Compost production from sorted municipal organic waste with Trichoderma",
        "HUTECH researchers composted sorted organic waste with Trichoderma inoculum at 20 g/m³: after 60 days the product had pH 7.93, moisture 34.2%, total carbon 15.18%, total nitrogen 1.52% and total phosphorus 2.65%. "
        "A full-scale batch of about 9 tonnes gave similar results, and a production procedure is proposed. "
        "Technology transfer for communes and cooperatives.",
    ),
    (
        "jJo099",
        "vi",
        "vacvina_bin",
        "Ủ phân hữu cơ compost tại nhà bằng thùng ủ",
        "Hội Làm vườn Việt Nam hướng dẫn hộ gia đình ủ rác sinh hoạt bằng thùng ủ hoặc hố ủ (vùng nông thôn): thùng nhựa PP 15 lít hoặc thùng HDPE 50 lít có lỗ thông khí, cửa lấy phân và vòi xả nước ủ. "
        "Phân dùng bón rau, hoa, cây ăn quả, giảm lượng rác phải chôn, đốt. "
        "Phù hợp phong trào phân loại rác tại nguồn.",
    ),
    (
        "jJo100",
        "en",
        "dry_anaerobic",
        "Dry anaerobic composting house for commune waste",
        "Transferred by the Vietnam Environment Administration to Hoi Ninh commune (Kim Son, Ninh Binh) in 2014: waste is sorted into organic and inorganic, collected twice a week to sorting-and-composting houses, and organic waste is composted into humus with bio-products sprayed daily. "
        "No bad odour, emissions or leachate; suited to villages where only 40–55% of waste is collected.",
    ),
    (
        "jJo101",
        "vi",
        "sandec",
        "Sổ tay ủ phân compost phân tán cho đô thị và thị trấn",
        "Sổ tay của EAWAG/Sandec và Waste Concern (Bangladesh) hướng dẫn mô hình ủ compost phân tán dựa trên hợp tác cộng đồng – chính quyền – tư nhân: thu gom rác hữu cơ tại nguồn, trạm ủ nhỏ gần khu dân cư, kiểm soát chất lượng và bán phân. "
        "Dựa trên kinh nghiệm thực tế nhiều dự án ở Dhaka và các thành phố châu Á. "
        "Tập huấn cho thị trấn, chợ.",
    ),
    (
        "jJo102",
        "en",
        "binhdinh_org",
        "Organic waste valorisation options: composting, animal feed and biogas",
        "Case studies for Binh Dinh province compare all organic waste treatment practices in Vietnam, from 0.6 to 150 tonnes/day plants, with and without source separation: composting, re-feeding kitchen waste to animals, worm raising and anaerobic digestion. "
        "Helps a town choose a scale and technology that works with unsorted Vietnamese waste.",
    ),
    (
        "jJo103",
        "en",
        "thienchi",
        "Low-cost compost plant and school plastic collection programme",
        "A rural NGO compost plant grew sales from 30 tonnes (2008) to 85 tonnes (2010), with farmers finding it cheaper than cow dung; costs are covered by sales. "
        "Farmers are trained to sort waste and make their own compost, and pupils of all primary schools collect about 100 tonnes of plastic a year for recycling, income for the schools.",
    ),
    (
        "jJo104",
        "vi",
        "wwf_longan",
        "Phân loại rác tại hộ, bán rác hữu cơ và nhựa để tự chủ chi phí thu gom",
        "Mô hình WWF – Kaldewei tại Long An: hơn 80% rác ở ĐBSCL là hữu cơ; phân loại ngay tại hộ để bán phần hữu cơ làm phân bón và nhựa làm nguyên liệu tái chế, tạo nguồn thu nuôi hệ thống thu gom. "
        "Mục tiêu gom 2.300 tấn nhựa/năm ở Long An, nhân rộng có thể đạt 60.000 tấn/năm. "
        "Hỗ trợ doanh nghiệp nhỏ địa phương.",
    ),
    (
        "jJo105",
        "en",
        "undp_iww",
        "Community domestic waste and plastic management models with informal waste workers",
        "UNDP and Norway replicated community waste and plastic models in five provinces: 35 training courses for more than 1,800 informal waste workers, mostly women, and five small credit funds that raised their income by at least 20%. "
        "Waste pickers are organised to recover cardboard, metal and plastic bottles; local rules support segregation and collection.",
    ),
    (
        "jJo106",
        "vi",
        "sgp_plastic",
        "Tổ thu gom, phân loại rác nhựa tự quản theo 3R do hội nông dân vận hành",
        "Dự án GEF-SGP (Hội Nông dân Quảng Ninh, 49.301 USD) lập các tổ thu gom rác nhựa và tổ tự quản phân loại tại nguồn theo tiêu chí giảm thiểu – tái sử dụng – tái chế ở vùng ven biển. "
        "Kèm tập huấn cán bộ, đoàn thể và kiến nghị chính sách quản lý rác nhựa. "
        "Mô hình phù hợp xã ven sông, ven biển.",
    ),
    (
        "jJo107",
        "en",
        "mini_incin",
        "Mini waste incinerator for rural households and hamlets (15 kg/h)",
        "Danang University of Technology designed a small incinerator with a drying chamber ahead of the combustion chamber, so wet rural waste is dried before burning. "
        "The 15 kg/h test unit reached 840 °C in the combustion chamber and cut waste moisture from 32% to 24% after 30 minutes of drying. "
        "For areas that collection trucks do not reach.",
    ),
    (
        "jJo108",
        "vi",
        "backan",
        "Bộ mô hình xử lý chất thải nông thôn cấp xã",
        "Dự án tại xã Khang Ninh (Ba Bể, Bắc Kạn) xây dựng đồng bộ: 'vòng tròn chuối' xử lý rác hữu cơ thành phân tại hộ, điểm thu gom bao bì thuốc bảo vệ thực vật ngoài đồng, xử lý chuồng trại, lò đốt rác mini và mô hình tự quản dựa vào cộng đồng. "
        "Góp phần hoàn thành tiêu chí môi trường nông thôn mới.",
    ),
    (
        "jJo109",
        "vi",
        "tambinh",
        "Mô hình thu gom rác hộ gia đình của xã nông thôn mới",
        "Một xã nông thôn mới ở huyện Tam Bình (Vĩnh Long) có cách làm linh hoạt để thu gom rác hộ gia đình tập trung dù bãi tập kết xa, thiếu nhân lực và phương tiện. "
        "Kết hợp vận động người dân bỏ rác đúng nơi, tổ thu gom và lịch thu cố định. "
        "Chia sẻ kinh nghiệm cho các xã muốn nhân rộng.",
    ),
    (
        "jJo110",
        "en",
        "sg_separation",
        "Community-based source separation into three waste groups",
        "Under the 2020 Environmental Protection Law households must separate waste into reusable/recyclable, food waste and other waste, but in most localities this is still only a campaign. "
        "Organic waste makes up 50–65% of household waste and causes odour and leachate when mixed. "
        "We set up community-managed separation, collection schedules and monitoring for wards and communes.",
    ),
    (
        "jJo111",
        "en",
        "autoclave",
        "Clinical waste autoclave for on-site treatment of infectious waste",
        "A clinical waste autoclave differs from a sterile-supply autoclave: it also makes sure residual air and waste liquids in the chamber are sterile before draining. "
        "It treats infectious solid waste on site, reducing environmental pollution without incineration. "
        "Selection, validation and maintenance guidance for hospitals and clinics.",
    ),
    (
        "jJo112",
        "vi",
        "clinic_waste",
        "Giải pháp xử lý rác thải y tế tại chỗ cho phòng khám nhỏ",
        "Phòng khám, nha khoa, thú y cũng phải xử lý chất thải lây nhiễm theo quy định, đặc biệt vật sắc nhọn. "
        "Thiết bị tiệt trùng – nghiền chất thải y tế cỡ nhỏ đặt ngay tại phòng khám, biến chất thải thành dạng không nhận dạng được và an toàn để thải bỏ như rác thường. "
        "Tư vấn quy trình phân loại, lưu giữ trước khi xử lý.",
    ),
    (
        "jJo113",
        "vi",
        "coir_pith",
        "Xử lý mụn dừa thải từ cơ sở sản xuất chỉ xơ dừa",
        "Theo Sở KH&CN Bến Tre, mỗi ngày hơn 1.000 tấn mụn dừa thải ra từ các cơ sở chỉ xơ dừa, nhiều nơi đổ xuống sông Thom làm nước đen, lòng sông cạn. "
        "Giải pháp: nén mụn dừa thành kiện xuất khẩu làm giá thể nông nghiệp và tận dụng làm phụ phẩm, thay vì đổ ra sông. "
        "Chuyển giao máy nén và kết nối đầu ra.",
    ),
    # --- air and noise in craft villages ---
    (
        "jJo114",
        "vi",
        "canhnau",
        "Đánh giá bụi, tiếng ồn và giải pháp cho làng nghề đồ gỗ",
        "Nghiên cứu tại làng nghề gỗ mỹ nghệ Canh Nậu (Hà Nội) lấy mẫu bụi bằng máy hút có giấy lọc và đo ồn tại hiện trường theo QCVN: công đoạn cưa xẻ, mài phẳng sinh bụi nhiều nhất. "
        "PM10 vượt 1,06 lần, bụi tổng vượt 1,085 lần, tiếng ồn vượt 1,19 lần. "
        "Đề xuất giải pháp giảm thiểu: bao che, hút bụi, bố trí giờ làm việc.",
    ),
    (
        "jJo115",
        "en",
        "vsk_kiln",
        "Vertical shaft continuous kilns to replace manual brick kilns",
        "Manual brick production in Pho Yen district dug up 114,000 m³ of farmland a year and released large amounts of CO2, harming crops and health. "
        "The study recommends demonstrating and switching to continuous vertical-shaft kilns, with zoning, capital support and technology training. "
        "Transfer package for brick-making households.",
    ),
    (
        "jJo116",
        "vi",
        "mangthit",
        "Chuyển đổi công nghệ nung gạch gốm cho làng nghề Mang Thít",
        "Mang Thít (Vĩnh Long) có nghề gạch gốm trăm năm; nhiều cơ sở đã chuyển sang công nghệ nung mới cho hiệu quả cao hơn, giúp nghề phục hồi. "
        "Hỗ trợ cơ sở lựa chọn lò nung mới, giảm khói, tiết kiệm nhiên liệu và kết nối chính sách hỗ trợ chuyển đổi. "
        "Chia sẻ kinh nghiệm từ các lò đã chuyển đổi.",
    ),
    (
        "jJo117",
        "en",
        "straw_burn",
        "Alternatives to burning rice straw in the field",
        "A school research project documented how straw burned on fields and roadsides fills classrooms with smoke, worsens respiratory illness and causes road accidents from poor visibility. "
        "It proposes ways to use straw after harvest instead of burning it, such as mushroom growing, composting and animal feed. "
        "Awareness material for communes.",
    ),
    (
        "jJo118",
        "vi",
        "nonnuoc",
        "Giải pháp giảm thiểu ô nhiễm môi trường làng nghề đá mỹ nghệ",
        "Luận văn (ĐH Đà Nẵng) đánh giá thực trạng ô nhiễm bụi, tiếng ồn, nước thải tại làng nghề đá mỹ nghệ Non Nước và đề xuất giải pháp giảm thiểu: quy hoạch khu sản xuất, che chắn, phun ẩm, thu gom bột đá. "
        "Áp dụng được cho làng nghề thủ công có công đoạn cắt, mài.",
    ),
    (
        "jJo119",
        "en",
        "noise_ear",
        "Noise pollution control measures for workshops and neighbourhoods",
        "Guide to noise control: noise is measured in decibels, with normal conversation about 60 dB and aircraft take-off up to 120 dB; WHO sets guideline levels for different settings. "
        "Measures include enclosing and damping machines, barriers, scheduling noisy work away from rest hours and hearing protection for workers. "
        "Assessment and acoustic treatment for small workshops.",
    ),
    # --- environmental monitoring and lab services ---
    (
        "jJo120",
        "vi",
        "vilas721",
        "Phòng thí nghiệm môi trường được công nhận VILAS 721",
        "Phòng công nghệ môi trường của Trung tâm Trắc địa và Quan trắc môi trường (Quảng Ngãi) được công nhận VILAS 721 về hóa và sinh. "
        "Thử nghiệm nước mặt, nước dưới đất, nước thải và nước sạch (clo, kim loại, chỉ tiêu vi sinh...). "
        "Nhận mẫu của doanh nghiệp, trạm cấp nước, cơ quan quản lý để quan trắc định kỳ.",
    ),
    (
        "jJo121",
        "en",
        "vilas766",
        "Accredited environmental monitoring and analysis laboratory (VILAS 766)",
        "The Department of Environmental Monitoring and Analysis of the Institute of Environmental Sciences and Public Health holds VILAS 766 accreditation for chemical tests and measurement–calibration. "
        "Sampling and analysis of water, wastewater and air for periodic environmental monitoring reports.",
    ),
    (
        "jJo122",
        "vi",
        "tsl_test",
        "Dịch vụ kiểm nghiệm nước sinh hoạt cho hộ gia đình và cơ sở kinh doanh",
        "Kiểm nghiệm nước giếng, nước máy theo quy chuẩn hiện hành: vi sinh (coliform, E. coli), asen, kim loại nặng, chỉ tiêu hóa lý. "
        "Khoảng 21% dân số dùng nước nhiễm asen; kiểm nghiệm giúp hộ gia đình biết nguồn nước có an toàn không và doanh nghiệp đủ điều kiện cấp phép. "
        "Lấy mẫu tận nơi.",
    ),
    (
        "jJo123",
        "en",
        "iot_rural",
        "Low-cost IoT water-quality kit for rural water sources",
        "An Arduino-based prototype with temperature, pH, TDS and turbidity sensors sends readings over Bluetooth to a mobile app; sensors were calibrated and tested on several rural water sources. "
        "TDS bands (below 300 ppm excellent, above 1,200 ppm inadmissible) give users an immediate verdict. "
        "Kits for water stations, schools and community groups.",
    ),
    (
        "jJo124",
        "en",
        "iot_river",
        "Real-time IoT monitoring of pH, TDS, temperature and turbidity",
        "An open-source IoT and cloud framework using commercially available sensors measures water quality continuously, with accuracies of 98.5% for temperature, 96.9% for pH and 98.1% for TDS. "
        "Field-tested on a river; data dashboards replace laborious sampling and lab analysis for routine checks.",
    ),
    (
        "jJo125",
        "vi",
        "vilas1504",
        "Phòng phân tích chất lượng nước (VILAS 1504)",
        "Phòng phân tích của Công ty CP Tư vấn và Xử lý Môi trường Việt Nam được công nhận VILAS 1504 (hóa, sinh). "
        "Phân tích nước sạch, nước thải (tổng chất rắn, kim loại, vi sinh...) phục vụ báo cáo quan trắc và kiểm tra hiệu quả hệ thống xử lý. "
        "Trả kết quả có chữ ký người có thẩm quyền.",
    ),
    (
        "jJo126",
        "en",
        "nioeh",
        "Occupational and environmental testing (VILAS 679)",
        "The testing and analysis department of the National Institute of Occupational and Environmental Health is accredited for chemical and biological tests. "
        "Workplace and environmental measurements such as dust, noise and chemical exposure, plus medical testing of workers. "
        "Service for workshops, factories and craft villages.",
    ),
    # --- neighbouring fields (aquaculture, energy, agriculture, food processing) ---
    (
        "jJo127",
        "en",
        "shrimp_res",
        "Reservoir water treatment before stocking shrimp ponds",
        "Shrimp farms keep reservoirs twice the size of grow-out ponds and 0.5–1 m deeper; water is filtered through fine mesh, settled 10–20 days with aeration and treated before being pumped through filter bags into ponds. "
        "Ideal pond depth 1.3–1.4 m; long settling reduces Early Mortality Syndrome risk.",
    ),
    (
        "jJo128",
        "en",
        "biofloc",
        "Biofloc technology for intensive white-leg shrimp",
        "Biofloc systems raise the carbon:nitrogen ratio with molasses or grain pellets, run aerators throughout the crop and use zero water exchange, cutting disease entry. "
        "Combined with lined ponds, reservoirs and biosecure modular design for higher stocking densities.",
    ),
    (
        "jJo129",
        "vi",
        "shrimp_wq",
        "Đánh giá chất lượng nước ao nuôi tôm siêu thâm canh",
        "Khoa Môi trường ĐH Cần Thơ phân tích 60 mẫu nước ao tôm siêu thâm canh ở Bạc Liêu (2019): BOD, TSS vượt QCVN 40 cột B ở một số điểm, coliform 1.300–95.000 MPN/100 mL. "
        "Khuyến nghị quản lý nước ao và nước thải nuôi tôm.",
    ),
    (
        "jJo130",
        "vi",
        "ctu_pond",
        "Hệ thống IoT giám sát chất lượng nước ao nuôi cá, tôm có cảnh báo SMS",
        "ĐH Cần Thơ triển khai hệ thống IoT giám sát nước ao nuôi ở Vĩnh Long và Bạc Liêu; người nuôi xem số liệu thời gian thực trên điện thoại và nhận SMS khi thông số vượt ngưỡng. "
        "Đầu dò oxy hòa tan có chế độ tự làm sạch, vẫn sạch sau 2 tuần.",
    ),
    (
        "jJo131",
        "en",
        "pangasius",
        "Pollution load analysis of pangasius farming and processing",
        "One tonne of frozen pangasius fillets releases about 740 kg BOD, 1,020 kg COD, 2,050 kg TSS, 106 kg nitrogen and 27 kg phosphorus; 60–90% comes from pond wastewater, the rest from sludge and processing. "
        "Options for control at farm and factory level.",
    ),
    (
        "jJo132",
        "vi",
        "om_salt",
        "Giống lúa chịu mặn 4–6‰ của Viện Lúa ĐBSCL",
        "Các giống OM5464, OM5166, OM9916, OM9921, OM9584, OM9577, OM9579 chịu mặn nhân tạo 4–6‰, thời gian sinh trưởng 85–110 ngày; OM8017 năng suất 7–9 tấn/ha, chịu mặn 3–4‰. "
        "Năng suất cao hơn giống chịu mặn cũ trung bình 0,4 tấn/ha.",
    ),
    (
        "jJo133",
        "en",
        "om11735",
        "Salt-tolerant rice variety OM11735 for coastal fields",
        "OM11735 stayed green in Tra Vinh and Soc Trang during the 2015–2016 drought and salinity while neighbouring IR50404 fields burned. "
        "Growth 90–100 days, yield 6–8 t/ha in winter–spring, tolerates 3–4 per mille salinity.",
    ),
    (
        "jJo134",
        "vi",
        "agridrone",
        "11 giống lúa chịu mặn 2–6‰ cho vùng ven biển",
        "Viện KHNN Việt Nam công bố 11 giống lúa chịu mặn 2–6‰ do Viện Lúa ĐBSCL lai tạo, như OM6976 (năng suất 6–9 tấn/ha, chịu mặn 3–4‰, chịu phèn tốt) và OM2517. "
        "Cung cấp giống xác nhận cho HTX.",
    ),
    (
        "jJo135",
        "vi",
        "biogas_ctu",
        "Nạp bổ sung lục bình và rơm cho hầm biogas khi thiếu phân heo",
        "ĐH Cần Thơ thử nghiệm ủ yếm khí phân heo phối trộn lục bình hoặc rơm đã trồng nấm trong 35 ngày. "
        "Nông dân ĐBSCL có thể dùng hai nguyên liệu này khi thiếu phân heo do dịch bệnh, giá heo bấp bênh.",
    ),
    (
        "jJo136",
        "en",
        "biogas_pigs",
        "Biogas digesters and 10 kW biogas generator for pig farms",
        "A 400-pig farm in Hoc Mon built three biogas digesters to treat manure and run a 10 kW generator powering pumps, lighting and barn cooling, saving 3–4 million VND a month. "
        "Closed barns with cooling pads and large fans.",
    ),
    (
        "jJo137",
        "vi",
        "biogas_bag",
        "Túi biogas HDPE giá rẻ cho hộ chăn nuôi",
        "Túi biogas bằng màng HDPE thay hầm xây, phù hợp hộ chăn nuôi vừa và nhỏ: phân hủy yếm khí phân và phụ phẩm tạo khí đốt CH4 cho nấu ăn, chạy máy phát. "
        "Lắp đặt nhanh, giá thành hợp lý.",
    ),
    (
        "jJo138",
        "en",
        "trabaco",
        "Coconut-shell activated carbon and coir products",
        "Tra Bac JSC (Trabaco) turns coconut shells into activated carbon (7,000 t/year) and BBQ charcoal (1,800 t/year) and processes 16,000 t/year of coir into mats, fibre and growing media. "
        "Activated carbon exported to over 30 countries for water and air filtration.",
    ),
    (
        "jJo139",
        "vi",
        "coir_fibre",
        "Sản xuất chỉ xơ dừa xuất khẩu cho hộ, cơ sở nhỏ",
        "Nghề làm chỉ xơ dừa ở An Thạnh (Mỏ Cày Nam) với hơn 50 cơ sở: thu mua vỏ dừa khô, đánh tơi, phơi chỉ trên sân rộng. "
        "Hướng dẫn quy trình, thiết bị đánh xơ và kỹ thuật phơi, bảo quản chỉ tránh mưa.",
    ),
    (
        "jJo140",
        "en",
        "solar_dryer",
        "Solar dryers for mushrooms and farm produce",
        "A 0.5 m high, 1.2 m wide three-deck solar dryer from the An Tiem project dries mushrooms and vegetables hygienically in a closed system, faster than sun-drying on nylon sheets or metal roofs. "
        "Farmers are trained to build their own.",
    ),
    (
        "jJo141",
        "vi",
        "ide_coconut",
        "Nhà máy cơm dừa sấy khô liên kết hộ trồng dừa",
        "IDE chuyển giao công nghệ sản xuất cơm dừa nạo sấy: nhà máy 80 lao động mua 1,65 triệu trái dừa/năm từ hơn 600 hộ, cung cấp 25 tấn/tháng cho ngành bánh kẹo và xuất khẩu 300.000 USD/năm.",
    ),
    (
        "jJo142",
        "en",
        "rooftop_tg",
        "Rooftop solar for orchards and farm households",
        "In My Tho 310 households have rooftop solar, many selling surplus to EVN; farmers use it for lighting and watering dragon-fruit orchards and for livestock. "
        "One 2 billion VND system earns 42–45 million VND a month.",
    ),
    (
        "jJo143",
        "vi",
        "tomlua",
        "Giải pháp kỹ thuật nuôi tôm trong mô hình luân canh tôm – lúa",
        "Đúc kết từ 170 hộ tôm – lúa bán đảo Cà Mau (2011–2013): mương chiếm 20–30% diện tích vuông, nước trên trảng 0,5–0,6 m, mương 1,2–1,4 m; thả tôm 2–3 lần/vụ, tổng mật độ 3–3,5 con/m².",
    ),
    (
        "jJo144",
        "en",
        "giarai",
        "Soil salinisation assessment in shrimp farming areas",
        "A study in Gia Rai (Bac Lieu) found saline soil area rose almost 20-fold in 2000–2004 as rice land was converted to shrimp; salinisation is highest under intensive and semi-intensive shrimp and lowest under rice–shrimp rotation. "
        "Recommendations on pond renovation and using rainwater to leach salt.",
    ),
    (
        "jJo145",
        "vi",
        "avrdc",
        "Máy sấy năng lượng mặt trời cho ớt, bắp cải",
        "Máy sấy mặt trời (loại tủ kính hoặc có buồng đốt phụ) rút ngắn thời gian sấy ớt, bắp cải còn 1/2–1/4 so với phơi nắng và vệ sinh hơn; ớt sấy bán giá cao hơn khoảng 1/3. "
        "Quy trình phân loại, cắt lát, sấy đến ẩm độ 10%.",
    ),
    (
        "jJo146",
        "en",
        "cholach",
        "Fruit-tree and ornamental seedlings from Cho Lach nurseries",
        "Cho Lach district (Ben Tre), the delta's main seedling area, supplies grafted fruit-tree and ornamental seedlings to orchards across the region. "
        "Growers know that young seedlings tolerate salt poorly and schedule production around the dry season, when salinity of 1–4 per mille reaches the district.",
    ),
    (
        "jJo147",
        "vi",
        "biogas_tp",
        "Khảo sát, đánh giá hầm ủ biogas hộ chăn nuôi",
        "Dịch vụ khảo sát hiện trạng xây dựng và sử dụng hầm ủ biogas ở xã (như Tri Phương, Bắc Ninh): hiệu suất sinh khí, rò rỉ, cách sử dụng khí và phụ phẩm. "
        "Đề xuất cải tạo hầm cho hộ chăn nuôi.",
    ),
    (
        "jJo148",
        "en",
        "om380",
        "Short-duration salt-tolerant rice OM380 and LP05",
        "Field days in Soc Trang showed OM380 (about 85 days) and LP05 (about 90 days) tolerate 2–3 per mille salinity, need 25–30% less fertiliser and resist blast better than IR50404. "
        "Suitable for three-crop areas facing dry-season salinity.",
    ),
    (
        "jJo149",
        "vi",
        "coconut_bt",
        "Chế biến than gáo dừa, cơm dừa, hàng mỹ nghệ từ thân dừa",
        "Bến Tre làm ra trên 25 triệu trái dừa/năm; sản phẩm từ dừa đất ngọt có phẩm cấp cao (nước cốt béo, dầu vàng trong). "
        "Hỗ trợ cơ sở sản xuất than gáo dừa, hàng mỹ nghệ từ thân dừa lão trên 25 năm tuổi.",
    ),
    (
        "jJo150",
        "en",
        "coconut_nzdl",
        "Coconut processing technologies for Mekong smallholders",
        "Ben Tre has 312,000 acres of small coconut plots; after losing export markets for coconut oil, the province needs modern in-country processing of coconut products to restore farm incomes. "
        "Processing lines for oil, desiccated coconut and by-products.",
    ),
    (
        "jJo151",
        "vi",
        "luatom_memart",
        "Mô hình canh tác lúa – tôm thích ứng mặn",
        "Mùa mưa trồng lúa rửa mặn, mùa khô chuyển ruộng thành ao nuôi tôm tận dụng nước mặn; nhiều HTX đạt chứng nhận hữu cơ ở Bạc Liêu, Cà Mau, Kiên Giang, Trà Vinh. "
        "Tư vấn chuyển đổi và liên kết tiêu thụ.",
    ),
    (
        "jJo152",
        "en",
        "tom_danviet",
        "Two-shrimp-one-rice rotation on coastal rice land",
        "A former teacher in An Bien (Kien Giang) moved from two rice crops to one shrimp–one rice and then two shrimp crops and one rice crop a year, with extension support from the farmers' union. "
        "Model shared with coastal households.",
    ),
    (
        "jJo153",
        "vi",
        "luatom_tcts",
        "Nuôi tôm trên ruộng lúa nhiễm mặn, nhiễm phèn",
        "Mô hình chuyển ruộng lúa nhiễm mặn, nhiễm phèn sang kết hợp lúa – tôm: lúa vụ mưa, tôm vụ khô, giữ đất sản xuất và tăng thu nhập (Quảng Điền, Bạc Liêu, Sóc Trăng, Cà Mau).",
    ),
    (
        "jJo154",
        "en",
        "oi_dryer",
        "Solar fruit and vegetable dryers for farm income",
        "An initiative helping farmers dry seasonal fruit gluts such as mango and plums in solar dryers instead of open sun, improving hygiene and selling dried fruit for extra income.",
    ),
    (
        "jJo155",
        "en",
        "biogas_pigs",
        "Cooling pads and fans for closed pig barns",
        "Closed pig barns with honeycomb evaporative cooling pads at the front and four large exhaust fans at the back keep 400 pigs healthy in hot weather; fans can run on biogas electricity.",
    ),
    (
        "jJo156",
        "vi",
        "pig_eco",
        "Ứng dụng công nghệ sinh thái trong trang trại chăn nuôi heo",
        "Giải pháp sinh thái cho trang trại heo: tận dụng chất thải làm phân, thức ăn cho cá, trồng cây xanh tạo cảnh quan, nâng năng suất và hiệu quả kinh tế; vận hành đơn giản, không cần kỹ thuật cao.",
    ),
    (
        "jJo157",
        "en",
        "greenid",
        "Solar power with battery storage for village lighting",
        "A 6.24 kWp solar system generating about 20 kWh a day meets the lighting demand of about 20 off-grid households; power is stored in batteries for night use and households pay about 2,000 VND per kWh.",
    ),
    (
        "jJo158",
        "vi",
        "shrimp_res",
        "Xử lý nước ao lắng trước khi thả tôm giống",
        "Ao lắng rộng gấp đôi ao nuôi, sâu hơn 0,5–1 m; nước lọc qua lưới mịn, lắng 10–20 ngày có sục khí, diệt tạp bằng saponin lúc 4–6 giờ sáng trước khi cấp qua túi lọc vào ao nuôi.",
    ),
    (
        "jJo159",
        "en",
        "copra_dryer",
        "Community solar copra dryer",
        "A 20 ft x 12 ft solar drier bed holds about 1,000 coconuts (240–320 kg copra) and replaces smoke and hot-air driers that burn mangrove wood; built by the community with training for caretakers.",
    ),
    (
        "jJo160",
        "vi",
        "biogas_td",
        "Hầm ủ biogas xử lý chất thải chăn nuôi hộ gia đình",
        "Khảo sát ở Thủ Đức cho thấy hơn 80% hộ chăn nuôi dùng biogas, xử lý khoảng 75–80% lượng chất thải sinh ra và thu khí đốt. "
        "Nhận xây hầm ủ biogas cho hộ chăn nuôi heo, bò.",
    ),
]
