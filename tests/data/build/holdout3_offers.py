"""Offers of the third held-out set (holdout3): (id, language, source key, title, description).

Written from public pages on Mekong Delta technologies, paraphrased, one technology per offer, as an institute or a firm
would post it on a provincial technology exchange.
"""

OFFERS = [
    (
        "h7o001",
        "vi",
        "cua_tv",
        "Quy trình nuôi cua biển thương phẩm trong vuông tôm quảng canh",
        "Trung tâm Khuyến ngư chuyển giao quy trình nuôi cua xanh trong ao đất và vuông tôm kém hiệu quả vùng ven biển: "
        "cải tạo ao, làm bờ và rào lưới chống cua bò đi, mật độ thả 0,5–1 con/m². Cua được cho ăn cá tạp, ốc và thu tỉa "
        "theo con nước, thời gian nuôi ngắn hơn hẳn cách nuôi quảng canh truyền thống.",
    ),
    (
        "h7o002",
        "vi",
        "cua_ky",
        "Vỗ béo cua ốp thành cua chắc thịt, cua gạch trong ô lồng",
        "Cua mới lột (cua ốp, ít thịt) được thả riêng từng con vào ô lồng đặt trong ao hoặc kênh nước lợ, cho ăn thức ăn "
        "tươi giàu đạm trong 15–25 ngày. Cua lên thịt, lên gạch, bán được giá cua chắc cao gấp nhiều lần; tỷ lệ sống trên 85% "
        "nhờ không còn cắn nhau.",
    ),
    (
        "h7o003",
        "en",
        "cua_giong",
        "Hatchery-produced mud crab seed with hapa nursery protocol",
        "Our hatchery produces Scylla paramamosain crablets from selected broodstock and nurses them in net hapas to an "
        "even C5–C6 size before delivery. Uniform, disease-screened seed reduces cannibalism and losses compared with "
        "wild-caught juveniles; we also train co-operatives to run their own nursery ponds.",
    ),
    (
        "h7o004",
        "en",
        "cua_ky",
        "Soft-shell crab production in individual floating boxes",
        "Small crabs are stocked one per plastic box floating in a pond and checked several times a day; crabs that have "
        "just moulted are lifted out within hours, graded and frozen as soft-shell crab for restaurants and export. The "
        "package covers box rafts, moult checking and the freezing line.",
    ),
    (
        "h7o005",
        "vi",
        "cua_ky",
        "Thức ăn viên chìm cho cua biển thay thế cá tạp",
        "Thức ăn viên công thức riêng cho cua, chìm nhanh và bền trong nước trên 4 giờ, hàm lượng đạm 40%. Thay cá tạp giúp "
        "chủ động nguồn thức ăn, giảm ô nhiễm đáy ao và giảm bệnh; có hướng dẫn lượng cho ăn theo cỡ cua.",
    ),
    (
        "h7o006",
        "vi",
        "ngheu_seminar",
        "Quy trình ương nghêu cám thành nghêu giống trong ao đất",
        "Nghêu cám cỡ nhỏ được ương trong ao đất có lớp đáy cát bùn, thay nước theo thủy triều và kiểm soát mật độ đến cỡ "
        "thả bãi 300–500 con/kg. Quy trình giúp hợp tác xã chủ động con giống và giảm hao hụt khi thả ra bãi triều.",
    ),
    (
        "h7o007",
        "en",
        "clam_iucn",
        "Tidal-flat temperature and salinity warning for clam co-operatives",
        "Loggers on the clam grounds record water temperature and salinity and send alerts by SMS when values approach the "
        "lethal range for Meretrix clams. The service comes with guidance on lowering stocking density and moving clams to "
        "cooler, deeper beds before the hot months.",
    ),
    (
        "h7o008",
        "vi",
        "nhuyenthe",
        "Sản xuất giống sò huyết nhân tạo",
        "Viện chuyển giao quy trình cho sò huyết bố mẹ sinh sản, nuôi ấu trùng bằng tảo và ương sò con trong bể đến cỡ thả "
        "nuôi. Người nuôi chủ động được con giống sạch, không còn phụ thuộc giống khai thác tự nhiên hay nhập từ nước ngoài.",
    ),
    (
        "h7o009",
        "vi",
        "hau_tv",
        "Nuôi hàu Thái Bình Dương bằng rổ nhựa treo bè vùng cửa sông",
        "Mô hình đã thử nghiệm trên sông Long Toàn: hàu giống nhân tạo được nuôi trong rổ nhựa treo dưới bè phao, tỷ lệ sống "
        "50–70%, sau khoảng 10 tháng đạt cỡ thương phẩm. Nuôi rổ hạn chế địch hại và cho hàu đều cỡ hơn nuôi dây treo.",
    ),
    (
        "h7o010",
        "vi",
        "hau_bt",
        "Thu giống hàu bản địa trên tấm xi măng và lốp xe cũ",
        "Hướng dẫn chọn thời điểm và vị trí thả vật bám (tấm fibro xi măng, lốp xe, dây treo) để thu hàu con tự nhiên ở vùng "
        "nước lợ, sau đó nuôi trên giàn đến cỡ bán. Chi phí thấp, phù hợp hộ nghèo ven biển.",
    ),
    (
        "h7o011",
        "en",
        "clam_msc",
        "Clam depuration with filtered, UV-treated seawater before export",
        "Harvested clams are held 24–48 hours in tanks of settled, filtered and UV-sterilised seawater so they purge sand "
        "and bacteria. The system lowers E. coli counts to export limits and fits co-operatives selling to EU buyers.",
    ),
    (
        "h7o012",
        "vi",
        "clam_msc",
        "Hệ thống tịnh hóa nghêu bằng nước biển lọc và khử trùng UV",
        "Bể tịnh hóa dùng nước biển đã lắng, lọc và chiếu tia cực tím để nghêu nhả cát, thải vi sinh trong 1–2 ngày trước "
        "khi đóng gói. Đáp ứng chỉ tiêu vi sinh của thị trường nhập khẩu, công suất từ 2 tấn/ngày.",
    ),
    (
        "h7o013",
        "vi",
        "buoi_hoa",
        "Xử lý ra hoa rải vụ, nghịch vụ cho bưởi da xanh",
        "Quy trình siết nước, bón phân cân đối và phun dinh dưỡng kích thích giúp vườn bưởi ra hoa tập trung theo thời điểm "
        "chủ động, chia vườn thành nhiều đợt để thu hoạch rải rác trong năm và đón thị trường Tết.",
    ),
    (
        "h7o014",
        "vi",
        "greening",
        "Quản lý tổng hợp bệnh vàng lá gân xanh trên cây có múi",
        "Gói kỹ thuật gồm trồng cây giống sạch bệnh, phun diệt rầy chổng cánh vào các đợt lộc non, nhổ bỏ cây bệnh và trồng "
        "cây chắn gió quanh vườn. Áp dụng đồng loạt theo vùng giúp kéo dài tuổi thọ vườn cam, quýt, bưởi.",
    ),
    (
        "h7o015",
        "en",
        "greening",
        "Certified disease-free citrus planting material",
        "Grafted citrus seedlings produced in insect-proof net houses from mother trees tested free of the greening "
        "bacterium and tristeza virus. Each batch carries a test certificate, giving growers a clean start when replanting.",
    ),
    (
        "h7o016",
        "vi",
        "tinhdau_buoi",
        "Dây chuyền chưng cất tinh dầu từ vỏ bưởi",
        "Thiết bị chưng cất lôi cuốn hơi nước bằng inox, công suất 100–300 kg vỏ/mẻ, thu tinh dầu bưởi và nước cất hoa bưởi "
        "dùng cho mỹ phẩm, dầu gội. Tận dụng vỏ bưởi loại bỏ từ các cơ sở sơ chế, bán múi.",
    ),
    (
        "h7o017",
        "en",
        "irradiation",
        "Irradiation phytosanitary treatment service for fresh fruit exports",
        "Gamma and X-ray irradiation at approved doses kills or sterilises fruit flies and other quarantine pests in "
        "packed fruit without heat. The service handles mango, dragon fruit, longan and pomelo lots for markets that "
        "accept irradiation, including the United States.",
    ),
    (
        "h7o018",
        "vi",
        "camsanh",
        "Bao trái bưởi da xanh bằng túi chuyên dụng",
        "Túi bao trái giúp bưởi da xanh hạn chế sâu đục trái, nhện gây da lu và giữ màu vỏ xanh đẹp khi thu hoạch. Kèm "
        "hướng dẫn thời điểm bao và tháo túi theo tuổi trái.",
    ),
    (
        "h7o019",
        "vi",
        "sr_phyto",
        "Chế phẩm Trichoderma và quy trình phòng bệnh xì mủ trên sầu riêng",
        "Chế phẩm nấm đối kháng Trichoderma kết hợp phân hữu cơ vi sinh, quét vôi gốc và tỉa cành thông thoáng để hạn chế "
        "nấm Phytophthora gây nứt thân, chảy mủ và thối rễ. Quy trình do viện cây ăn quả thử nghiệm trên vườn sầu riêng ĐBSCL.",
    ),
    (
        "h7o020",
        "en",
        "sr_ximu",
        "Phosphonate trunk injection kit for durian Phytophthora canker",
        "Low-pressure syringes deliver phosphonate directly into the trunk of durian trees with gummosis and root rot, "
        "stopping lesion spread within weeks. The kit includes lesion scraping, dosing by trunk diameter and a follow-up "
        "soil treatment calendar.",
    ),
    (
        "h7o021",
        "vi",
        "sr_phyto",
        "Cây giống sầu riêng ghép trên gốc ghép chống chịu Phytophthora",
        "Vườn ươm cung cấp cây sầu riêng Ri6, Monthong ghép trên gốc ghép có khả năng chống chịu nấm Phytophthora, bầu đất "
        "sạch bệnh. Phù hợp trồng mới và trồng dặm ở vùng đất thấp hay bị úng.",
    ),
    (
        "h7o022",
        "vi",
        "durian_salt",
        "Bút đo độ mặn cầm tay và bản tin mặn qua tin nhắn cho nhà vườn",
        "Bút đo độ mặn giá rẻ kèm dịch vụ tin nhắn báo độ mặn trên sông theo giờ, giúp nhà vườn chỉ bơm nước vào mương khi "
        "độ mặn dưới ngưỡng an toàn cho cây ăn trái (khoảng 0,2‰ với sầu riêng).",
    ),
    (
        "h7o023",
        "vi",
        "durian_revive",
        "Quy trình phục hồi vườn sầu riêng sau hạn mặn",
        "Hướng dẫn rửa mặn bằng nước ngọt, bón vôi và phân hữu cơ, tưới chế phẩm kích rễ, tỉa bỏ trái và cành khô để cây "
        "sầu riêng bị ngộ độc mặn ra rễ và lộc mới. Chuyên gia viện cây ăn quả khảo sát vườn và đo mặn đất trước khi xử lý.",
    ),
    (
        "h7o024",
        "en",
        "durian_revive",
        "Recovery protocol for durian orchards damaged by saltwater",
        "Field protocol for salt-injured durian: leaching the root zone with fresh water, lime and organic matter, "
        "root-stimulant drenches and removal of fruit and dead wood until new flushes appear. Orchard survey and soil "
        "salinity tests are included.",
    ),
    (
        "h7o025",
        "vi",
        "durian_salt",
        "Ao trữ nước ngọt lót bạt HDPE cho vườn cây ăn trái",
        "Thiết kế và thi công ao, mương trữ nước lót bạt HDPE chống thấm, dung tích tính theo diện tích vườn và số ngày mặn "
        "dự báo. Nhà vườn tích nước ngọt đầu mùa khô để tưới trong các đợt sông nhiễm mặn kéo dài.",
    ),
    (
        "h7o026",
        "vi",
        "durian_salt",
        "Hệ thống tưới nhỏ giọt kết hợp bón phân cho sầu riêng",
        "Tưới nhỏ giọt quanh tán kết hợp châm phân qua đường ống, tiết kiệm 40–50% lượng nước so với tưới tràn bằng vòi. "
        "Phù hợp vườn có nguồn nước ngọt hạn chế trong mùa khô.",
    ),
    (
        "h7o027",
        "en",
        "df_canker",
        "Integrated management of dragon fruit stem canker",
        "Programme against Neoscytalidium canker, which starts as whitish-yellow spots on stems and fruit that turn into "
        "brown scabs and holes: winter pruning and removal of infected stems, sanitation, and a rotation of effective "
        "fungicides. Trials showed strong reductions of stem and fruit canker.",
    ),
    (
        "h7o028",
        "vi",
        "df_thai",
        "Phòng trừ thán thư và thối trái thanh long sau thu hoạch",
        "Quy trình nhúng trái trong nước nóng, xử lý chế phẩm sinh học và bảo quản lạnh để hạn chế thán thư, thối đầu trái "
        "khi vận chuyển đi xa. Kéo dài thời gian bày bán thanh long thêm 2–3 tuần.",
    ),
    (
        "h7o029",
        "en",
        "df_thai",
        "Trellis and canopy system for high-density dragon fruit",
        "Concrete post and ring trellis design with canopy shaping so dragon fruit stems hang evenly and receive light. "
        "Makes pruning, bagging and harvest faster and raises yield per hectare.",
    ),
    (
        "h7o030",
        "en",
        "vht",
        "Vapour heat treatment facility for dragon fruit and mango exports",
        "Vapour heat treatment raises the fruit core to a set temperature with saturated hot air and holds it, killing "
        "fruit fly eggs and larvae while keeping fruit quality. Our accredited chambers treat export lots for Japan, Korea "
        "and other markets that require VHT.",
    ),
    (
        "h7o031",
        "vi",
        "irradiation",
        "Dịch vụ chiếu xạ kiểm dịch trái cây xuất khẩu sang Mỹ",
        "Chiếu xạ tia gamma hoặc tia X với liều quy định để diệt, làm bất dục côn trùng kiểm dịch trong thanh long, xoài, "
        "nhãn, vải đã đóng thùng. Đáp ứng yêu cầu kiểm dịch của thị trường Hoa Kỳ.",
    ),
    (
        "h7o032",
        "en",
        "mango_bag",
        "Pre-harvest fruit bagging for export-grade mango",
        "Paper or coated bags are put on young mangoes so the skin stays smooth, free of scratches, sap burn and insect "
        "stings until harvest. Bagged fruit fetch clearly higher prices and meet the appearance standards of Japanese and "
        "Korean importers.",
    ),
    (
        "h7o033",
        "vi",
        "mango_ff",
        "Bả protein phun điểm diệt ruồi đục trái xoài",
        "Bả protein thủy phân trộn thuốc liều thấp, phun thành từng điểm trên tán cây mỗi tuần từ lúc trái non, thu hút và "
        "diệt ruồi đục trái cả con cái. Giảm mạnh lượng thuốc phun so với phun toàn tán.",
    ),
    (
        "h7o034",
        "en",
        "fruitfly_sofri",
        "Area-wide fruit fly control with protein bait and male-lure traps",
        "Developed with the southern fruit research institute: protein bait spot sprays combined with methyl eugenol "
        "traps and orchard sanitation applied by a whole district at once. Brings Bactrocera damage on mango, guava and "
        "other fruit down to acceptable levels.",
    ),
    (
        "h7o035",
        "vi",
        "mango_bag",
        "Túi bao trái xoài hai lớp chống trầy và chống ruồi",
        "Túi giấy hai lớp chuyên dụng bao xoài từ 45 ngày tuổi, giữ vỏ trái láng mịn, không trầy xước, không bị ruồi chích "
        "và hạn chế thán thư. Trái đạt chuẩn xuất khẩu tăng rõ rệt.",
    ),
    (
        "h7o036",
        "vi",
        "vht",
        "Xử lý hơi nước nóng (VHT) cho xoài xuất khẩu",
        "Buồng xử lý nhiệt hơi nước nóng nâng nhiệt độ tâm trái xoài lên mức quy định để tiêu diệt trứng và ấu trùng ruồi "
        "đục trái, đáp ứng yêu cầu kiểm dịch của Nhật Bản, Hàn Quốc.",
    ),
    (
        "h7o037",
        "vi",
        "nhan_sotay",
        "Quy trình phòng trừ nhện lông nhung truyền bệnh chổi rồng trên nhãn",
        "Cắt tỉa, tiêu hủy chồi bệnh, phun thuốc trừ nhện vào các đợt ra đọt non và bón phân phục hồi theo hướng dẫn của "
        "Cục Bảo vệ thực vật và viện cây ăn quả. Áp dụng đồng loạt giúp vườn nhãn ra hoa, đậu trái bình thường trở lại.",
    ),
    (
        "h7o038",
        "en",
        "nhan_vl",
        "Rehabilitation protocol for longan orchards hit by witches' broom",
        "Heavy pruning of broom-infected shoots, timed miticide sprays against the erineum mite that spreads the disease, "
        "and fertiliser to push healthy flushes. Orchards in Vinh Long that applied it in full recovered a large share of "
        "their yield.",
    ),
    (
        "h7o039",
        "vi",
        "nhan_baovl",
        "Ghép cải tạo vườn nhãn bằng giống chống chịu bệnh chổi rồng",
        "Cưa đốn và ghép chồi giống nhãn ít nhiễm chổi rồng lên gốc nhãn tiêu da bò cũ, giữ bộ rễ sẵn có nên cho trái lại "
        "sau 18–24 tháng. Có cung cấp chồi ghép và thợ ghép.",
    ),
    (
        "h7o040",
        "vi",
        "nhan_vl",
        "Xử lý ra hoa nhãn tiêu da bò bằng KClO3",
        "Quy trình tưới KClO3 vào gốc với liều theo tuổi cây để nhãn ra hoa đồng loạt, chủ động thời điểm thu hoạch trái "
        "vụ. Có hướng dẫn phục hồi cây sau xử lý.",
    ),
    (
        "h7o041",
        "en",
        "spw_avrdc",
        "Integrated pest management against sweet potato weevil",
        "Package from the vegetable research centre: clean cuttings, crop rotation, hilling up to close soil cracks, "
        "timely harvest, removal of crop residues and pheromone traps. The weevil larvae tunnel inside roots and make them "
        "bitter, so prevention in the field is the only effective control.",
    ),
    (
        "h7o042",
        "vi",
        "spw_kau",
        "Bẫy pheromone giới tính bắt bọ hà (sùng) khoai lang",
        "Bẫy chứa mồi pheromone dẫn dụ con đực bọ hà, đặt 20–25 bẫy/ha từ sau trồng một tháng, vừa theo dõi mật số vừa "
        "giảm giao phối. Kết hợp vun gốc kín để giảm củ bị sùng.",
    ),
    (
        "h7o043",
        "vi",
        "khoai_bt",
        "Chế biến khoai lang sấy dẻo và bột khoai lang tím",
        "Quy trình và thiết bị hấp, cắt lát, sấy dẻo khoai lang và nghiền bột khoai lang tím làm bánh, đồ uống. Tận dụng "
        "củ nhỏ, củ xấu không đạt chuẩn bán tươi.",
    ),
    (
        "h7o044",
        "vi",
        "khoai_bt",
        "Xử lý lành vết thương và kho thông gió bảo quản khoai lang",
        "Củ sau thu hoạch được ủ ở nhiệt độ, độ ẩm cao vài ngày cho lành vết trầy rồi chuyển vào kho thông gió, kiểm soát "
        "nhiệt độ. Giảm thối củ và mọc mầm, giữ khoai được 2–3 tháng chờ giá.",
    ),
    (
        "h7o045",
        "vi",
        "khoai_bt",
        "Máy rửa và phân loại củ khoai lang theo kích cỡ",
        "Dây chuyền băng tải rửa bằng chổi mềm, hong khô và phân loại củ theo đường kính, khối lượng, công suất 2–3 tấn/giờ. "
        "Thay cho việc lựa tay tại các vựa khoai xuất khẩu.",
    ),
    (
        "h7o046",
        "en",
        "awd_jircas",
        "Field water-level sensors for alternate wetting and drying in rice",
        "Solar-powered sensors in the paddy send water depth readings to a phone app, telling farmers when the field has "
        "dried to the AWD threshold and needs re-flooding. Tested in An Giang with lower pumping and lower methane "
        "emissions at equal yield.",
    ),
    (
        "h7o047",
        "vi",
        "awd_uptake",
        "Ống quan trắc mực nước và quy trình tưới ướt khô xen kẽ cho lúa",
        "Ống nhựa đục lỗ cắm xuống ruộng để theo dõi mực nước dưới mặt đất; chỉ bơm lại khi nước rút xuống khoảng 15 cm, "
        "giữ ngập ở giai đoạn trổ bông. Tiết kiệm 20–30% nước và số lần bơm mà không giảm năng suất.",
    ),
    (
        "h7o048",
        "en",
        "awd_bsb",
        "Carbon credit programme for rice grown with alternate wetting and drying",
        "We enrol rice co-operatives in AWD, measure and verify the methane reduction, and sell the resulting carbon "
        "credits to international buyers, sharing revenue with farmers. Includes training, field monitoring and reporting.",
    ),
    (
        "h7o049",
        "en",
        "rice_shrimp",
        "Rice–shrimp rotation package for saline coastal fields",
        "A seafood processor's model: shrimp in the dry saline season, then salt-tolerant rice in the rainy season after "
        "flushing salt from the field. Covers pond-to-field layout, timing of the switch, rice varieties and shrimp "
        "stocking, with buy-back of the shrimp.",
    ),
    (
        "h7o050",
        "vi",
        "tomlua_cm",
        "Thiết kế mương bao và ao ương cho mô hình luân canh tôm – lúa",
        "Khuyến cáo mở rộng mương bao chiếm 20–30% diện tích, đào ao ương bán thâm canh, giữ độ sâu nước trên trảng hợp lý "
        "và lịch rửa mặn trước khi cấy lúa. Giúp cân bằng vụ tôm mùa nắng và vụ lúa mùa mưa, giảm rủi ro lúa chết mặn.",
    ),
    (
        "h7o051",
        "vi",
        "tcx_lua",
        "Nuôi tôm càng xanh kết hợp trên ruộng lúa",
        "Quy trình làm bờ bao, mương vườn, ương giống và thả tôm càng xanh sau vụ lúa hè thu hoặc trong mùa lũ, tận dụng "
        "thức ăn tự nhiên trên ruộng. Tăng thêm thu nhập mà không giảm năng suất lúa vụ sau.",
    ),
    (
        "h7o052",
        "en",
        "tcx_lua",
        "Giant freshwater prawn in rice fields",
        "Farming Macrobrachium rosenbergii in rice fields during the flood season: dike and trench layout, a nursery "
        "corner, stocking density and supplementary feeding. Farmers gain a second income from the same land.",
    ),
    (
        "h7o053",
        "en",
        "nutrient_mgr",
        "Nutrient Manager for Rice: phone app for field-specific fertiliser advice",
        "Developed by the international rice research institute: the farmer or extension worker answers a few questions "
        "about the field and gets nitrogen, phosphorus and potassium rates and timing for that field. Works on phones and "
        "by text message.",
    ),
    (
        "h7o054",
        "vi",
        "rice_shrimp_vd",
        "Cống điều tiết và bờ bao giữ ngọt cho vùng tôm – lúa",
        "Thiết kế cống nhỏ đóng mở theo lịch và nâng cấp bờ bao để lấy nước mặn nuôi tôm mùa khô, giữ nước mưa ngọt cho vụ "
        "lúa mùa mưa. Phù hợp tiểu vùng thủy lợi của hợp tác xã.",
    ),
    (
        "h7o055",
        "en",
        "bsf_echo",
        "Black soldier fly larvae unit fed on market and food-processing waste",
        "Modular breeding cages, egg traps and larvae trays that turn vegetable, fruit and food-processing waste into "
        "protein-rich larvae and a compost residue. One unit handles around one tonne of waste per day.",
    ),
    (
        "h7o056",
        "en",
        "bsf_snakehead",
        "Black soldier fly larvae meal in snakehead fish feed",
        "University trials replaced up to 30% of fishmeal protein with larvae meal in pelleted snakehead diets without "
        "loss of growth or fillet quality. We supply the meal and the feed formula.",
    ),
    (
        "h7o057",
        "en",
        "bsf_seabass",
        "Defatted black soldier fly meal for brackish-water seabass diets",
        "Digestibility trials with Asian seabass fingerlings at 10‰ salinity give the digestible protein, amino acid and "
        "energy values of full-fat and defatted larvae meal, so feed mills can substitute part of the fishmeal.",
    ),
    (
        "h7o058",
        "en",
        "snakehead_ctu",
        "Weaning snakehead fish from trash fish onto pellets",
        "A step-by-step protocol from the aquaculture college to move snakehead fingerlings from minced trash fish to "
        "commercial pellets, with feeding rates by size. Cuts feed cost and dependence on wild trash fish, whose price "
        "keeps rising.",
    ),
    (
        "h7o059",
        "en",
        "snakehead_ctu",
        "Snakehead grow-out in lined tanks on pellet feed",
        "High-density snakehead culture in tarpaulin-lined tanks with daily water exchange and pellet feed only. Easier "
        "disease control and harvest than earthen ponds.",
    ),
    (
        "h7o060",
        "en",
        "catfish_feed",
        "Farm-scale feed pellet mill for fish farmers",
        "A grinder, mixer and pellet press of 300–500 kg per hour let farms make their own floating or sinking feed from "
        "rice bran, broken rice and fish meal. Suits co-operatives that want to control feed cost.",
    ),
    (
        "h7o061",
        "en",
        "catfish_feed",
        "Feeding tables and feed-management software for pangasius ponds",
        "Daily feed is calculated from fish biomass, water temperature and appetite checks, and logged per pond so the "
        "feed conversion ratio is tracked each week. Helps farms stop overfeeding and bring FCR back down.",
    ),
    (
        "h7o062",
        "vi",
        "luon_qsti",
        "Nuôi lươn không bùn trong bể xi măng hoặc bể lót bạt",
        "Bể 6–20 m² có giá thể tre và dây nylon cho lươn trú, đáy dốc về cống thoát để thay nước hằng ngày, che lưới giảm "
        "nắng. Nuôi mật độ cao, ít tốn diện tích, thu hoạch dễ.",
    ),
    (
        "h7o063",
        "vi",
        "luon_bat",
        "Sản xuất lươn giống nhân tạo và nuôi thương phẩm bằng nước ngầm",
        "Quy trình cho lươn đẻ, ương lươn bột và tập ăn thức ăn công nghiệp; lươn giống đồng cỡ, sạch bệnh hơn lươn bắt "
        "ngoài tự nhiên. Kèm thiết kế bể bạt khung sắt dùng nước giếng đã lọc.",
    ),
    (
        "h7o064",
        "en",
        "luon_bat",
        "Recirculating tarpaulin-tank system for rice-field eel",
        "Steel-frame tarpaulin tanks with a gravel and sand biofilter, settling tank and effluent tank, running on treated "
        "well water. Designed for intensive eel farms that must keep water quality stable and discharge clean water.",
    ),
    (
        "h7o065",
        "vi",
        "bo_phupham",
        "Khẩu phần vỗ béo bò lai tận dụng phụ phẩm địa phương",
        "Công thức phối trộn rơm, bã mì, cám, phụ phẩm rau quả sẵn có tại địa phương thành khẩu phần vỗ béo 90 ngày cho bò "
        "lai, giảm chi phí thức ăn tinh.",
    ),
    (
        "h7o066",
        "vi",
        "bo_lac_uchua",
        "Ủ chua thân lá đậu phộng làm thức ăn cho bò",
        "Thân lá đậu phộng sau thu hoạch được băm, trộn muối và bột bắp rồi ủ yếm khí 3–4 tuần, dùng nuôi bò thịt suốt mùa "
        "khô. Bò tăng trọng tốt, tận dụng phụ phẩm trước đây bỏ ngoài đồng.",
    ),
    (
        "h7o067",
        "vi",
        "bo_lac_uchua",
        "Túi ủ chua và men vi sinh cho ủ phụ phẩm trồng trọt",
        "Túi nhựa nhiều lớp loại lớn và chế phẩm vi sinh lên men giúp nông hộ ủ cỏ, thân bắp, dây đậu phộng giữ được 3–6 "
        "tháng làm thức ăn dự trữ cho trâu bò.",
    ),
    (
        "h7o068",
        "vi",
        "bacomdua",
        "Chế phẩm prebiotic từ bã cơm dừa bổ sung thức ăn chăn nuôi",
        "Bã cơm dừa sau ép sữa dừa được thủy phân bằng enzyme thành chế phẩm prebiotic bổ sung vào thức ăn gà, heo, giúp "
        "cải thiện tiêu hóa. Nâng giá trị phụ phẩm của cơ sở chế biến dừa.",
    ),
    (
        "h7o069",
        "en",
        "bacomdua",
        "Upgrading coconut meal residue into a feed ingredient",
        "Residue left after pressing coconut milk is dried, fermented and milled into a feed ingredient with better "
        "digestibility for pigs and poultry. A small line fits coconut-processing plants with a few tonnes of residue a day.",
    ),
    (
        "h7o070",
        "vi",
        "demlot_tn",
        "Đệm lót sinh học nuôi heo không mùi hôi",
        "Nền chuồng phủ lớp trấu, mùn cưa trộn men vi sinh dày 60 cm để phân hủy phân và nước tiểu ngay tại chỗ, không tắm "
        "heo, không xả nước thải. Chuồng hết mùi hôi, đệm dùng 10–12 lứa rồi làm phân bón.",
    ),
    (
        "h7o071",
        "vi",
        "demlot_ga",
        "Nuôi gà trên đệm lót sinh học dày",
        "Rải trấu và men vi sinh trên nền chuồng gà, đảo trộn định kỳ để phân gà được phân hủy, chuồng khô ráo và giảm mùi. "
        "Sau mỗi lứa, đệm lót được ủ thành phân hữu cơ bán cho nhà vườn.",
    ),
    (
        "h7o072",
        "en",
        "demlot_ga",
        "Deep-litter bedding with microbial inoculant for poultry houses",
        "Rice husk or sawdust bedding inoculated with beneficial microbes breaks down droppings, keeps litter dry and cuts "
        "ammonia in broiler and layer houses. Spent litter becomes organic fertiliser.",
    ),
    (
        "h7o073",
        "vi",
        "dauphong_tv",
        "Sản xuất hạt giống đậu phộng chất lượng tại chỗ cho vùng giồng cát",
        "Chuyển giao quy trình nhân giống đậu phộng cấp xác nhận ngay tại địa phương: chọn ruộng giống, khử lẫn, thu hoạch "
        "và phơi sấy, bảo quản hạt giống. Giảm phụ thuộc giống mua từ tỉnh khác, khó kiểm soát chất lượng.",
    ),
    (
        "h7o074",
        "vi",
        "may_tuot_dp",
        "Máy tuốt đậu phộng tươi sau thu hoạch",
        "Máy tuốt trái đậu phộng tươi khỏi dây ngay tại ruộng, trống tuốt mềm không làm nứt vỏ, năng suất bằng hàng chục "
        "lao động lặt tay. Giải quyết thiếu nhân công lúc thu hoạch rộ.",
    ),
    (
        "h7o075",
        "en",
        "may_tuot_dp_kh",
        "Peanut picker for smallholder farmers",
        "A low-cost machine that strips fresh pods from freshly pulled peanut plants, powered by a small engine or electric "
        "motor and built by a local workshop. Replaces slow hand picking at harvest peaks.",
    ),
    (
        "h7o076",
        "en",
        "dauphong_cn",
        "Sprinkler irrigation for peanut on sandy ridges",
        "Movable low-pressure sprinkler lines sized for peanut and vegetables on sandy soils, with a watering schedule by "
        "growth stage. Saves labour compared with hand watering and keeps pod filling even.",
    ),
    (
        "h7o077",
        "en",
        "may_tuot_dp_kh",
        "Peanut pod dryer and sheller",
        "A batch dryer brings freshly harvested pods to safe moisture within a day, followed by a sheller that separates "
        "kernels with little breakage. Avoids mould when harvest meets rain.",
    ),
    (
        "h7o078",
        "vi",
        "say_setech",
        "Hệ thống sấy năng lượng mặt trời dạng mô-đun cho nông thủy sản",
        "Buồng sấy hiệu ứng nhà kính kèm quạt và điện trở dự phòng khi mưa, ghép nhiều mô-đun đến 500 kg/mẻ, điều khiển nhiệt "
        "độ, độ ẩm. Dùng sấy cá khô, trái cây, nông sản sạch bụi, không phụ thuộc thời tiết.",
    ),
    (
        "h7o079",
        "en",
        "say_cadua",
        "Solar–electric hybrid dryer for one-sun salted fish",
        "A dryer with a solar collector, backup electric heater and air-reversing fans, 50–100 kg per batch at 40–50 °C, "
        "developed for dried fish processors. Product is whiter and cleaner than sun-dried fish and needs no drying yard.",
    ),
    (
        "h7o080",
        "vi",
        "say_ag",
        "Nhà phơi sấy hiệu ứng nhà kính cho khô cá, ớt, bánh phồng",
        "Nhà phơi mái nhựa trong 48 m² giữ nhiệt từ nắng, che chắn bụi, ruồi và mưa, rút ngắn 30–50% thời gian phơi khô cá "
        "lóc, ớt, bánh phồng so với phơi ngoài trời.",
    ),
    (
        "h7o081",
        "vi",
        "say_cadua",
        "Máy sấy cá dứa một nắng 100 kg/mẻ",
        "Máy sấy kết hợp bộ thu năng lượng mặt trời và điện trở, có đảo chiều gió nên không phải trở cá, sấy ở 40–50 °C. "
        "Cá khô trắng đẹp, đạt vi sinh, thay cho sân phơi lớn.",
    ),
    (
        "h7o082",
        "en",
        "say_ict",
        "Solar dryer with electric backup for dried fruit",
        "Greenhouse-type solar dryer for mango, banana and jackfruit slices that uses far less electricity than a heat-pump "
        "dryer of the same capacity and shortens drying time compared with static tray drying.",
    ),
    (
        "h7o083",
        "vi",
        "bun_auto",
        "Dây chuyền ép bún tươi tự động 200 kg/giờ",
        "Hệ thống gồm máy nhào bột, cấp liệu tự động, ép trục vít và luộc chín bún liên tục, điều khiển tự động toàn dây "
        "chuyền. Sợi bún láng, dai, không dính; tiêu hao điện khoảng 0,6 kWh/kg bún.",
    ),
    (
        "h7o084",
        "en",
        "bun_auto",
        "Automatic fresh rice noodle extrusion line",
        "Flour mixer, automatic feeder, screw extruder and continuous cooker under one control system, 200 kg of fresh "
        "noodles per hour. Replaces manual pressing in small noodle workshops and improves hygiene.",
    ),
    (
        "h7o085",
        "vi",
        "hutieu",
        "Hệ thống thiết bị chế biến hủ tiếu quy mô 1 tấn/ngày",
        "Dây chuyền xay bột, tráng hấp, cắt sợi và sấy hủ tiếu do trường đại học và Sở Công Thương chuyển giao, thay tráng "
        "tay và phơi nắng. Sợi đều, sạch, năng suất cao và ổn định.",
    ),
    (
        "h7o086",
        "vi",
        "hutieu",
        "Máy tráng hấp bánh liên tục và sấy bằng khí nóng cho cơ sở hủ tiếu",
        "Máy tráng bánh trên băng tải inox, hấp bằng hơi và đưa qua buồng sấy khí nóng, phù hợp cơ sở hủ tiếu, bánh tráng quy "
        "mô hộ. Không phụ thuộc nắng, giảm bụi bẩn.",
    ),
    (
        "h7o087",
        "vi",
        "bun_memart",
        "Xử lý nước thải làng nghề bún bằng bể kỵ khí và hồ sinh học",
        "Nước thải ngâm gạo, luộc bún giàu tinh bột được qua bể lắng, bể kỵ khí có thu khí và hồ thực vật thủy sinh trước "
        "khi xả ra kênh. Chi phí vận hành thấp, phù hợp cụm cơ sở làng nghề.",
    ),
    (
        "h7o088",
        "vi",
        "keodua",
        "Nồi nấu kẹo dừa có cánh khuấy, gia nhiệt gián tiếp",
        "Nồi hai vỏ gia nhiệt bằng dầu tải nhiệt, cánh khuấy tự động, kiểm soát nhiệt độ để nấu nước cốt dừa, mạch nha và "
        "đường đến độ sệt đồng đều, không cháy khét. Giảm công khuấy tay và mẻ kẹo đều màu.",
    ),
    (
        "h7o089",
        "vi",
        "keodua_dl",
        "Máy cắt và gói kẹo dừa tự động",
        "Máy cán tấm, cắt viên kích thước đều và gói giấy gạo, giấy bóng, thay cho khâu cắt gói thủ công cần nhiều lao động.",
    ),
    (
        "h7o090",
        "vi",
        "keodua",
        "Kéo dài hạn sử dụng kẹo dừa bằng kiểm soát ẩm và bao gói",
        "Điều chỉnh công thức và độ ẩm kẹo, đóng gói màng ngăn ẩm kèm gói hút ẩm để kẹo không chảy nước, không mốc khi vận "
        "chuyển xa và xuất khẩu; hạn dùng đạt 9–12 tháng.",
    ),
    (
        "h7o091",
        "en",
        "fishsauce_vnua",
        "Protease starter to shorten anchovy fish sauce fermentation",
        "Adding a commercial protease starter to the anchovy–salt mix speeds up protein breakdown, so fish sauce of "
        "standard protein degree is drawn in a few months instead of a year. Trialled by an agricultural university.",
    ),
    (
        "h7o092",
        "vi",
        "fishsauce_vnua",
        "Chế phẩm enzyme rút ngắn thời gian ủ chượp nước mắm",
        "Bổ sung enzyme protease vào chượp cá cơm để thủy phân đạm nhanh hơn, rút ngắn thời gian ủ từ 12 tháng xuống vài "
        "tháng mà vẫn đạt độ đạm. Giảm vốn và diện tích thùng ủ.",
    ),
    (
        "h7o093",
        "en",
        "fishsauce_pq",
        "Traditional wooden-barrel fish sauce with batch records",
        "Barrel fermentation of fresh anchovy and salt for 12 months with every batch numbered and logged from landing to "
        "bottling. The records let brands prove origin and ageing to importers and protect a geographical indication.",
    ),
    (
        "h7o094",
        "vi",
        "hpp",
        "Dịch vụ xử lý áp suất cao (HPP) cho nước ép trái cây",
        "Xử lý chai nước ép đã đóng ở áp suất 400–600 MPa, nhiệt độ lạnh, diệt vi sinh vật gây bệnh mà vẫn giữ hương vị, "
        "vitamin như nước ép tươi; hạn dùng kéo dài nhiều tuần, không dùng chất bảo quản.",
    ),
    (
        "h7o095",
        "en",
        "hpp",
        "High-pressure processing of cold-pressed juices",
        "Toll HPP service: bottled juices are held at very high water pressure at chilled temperature, which inactivates "
        "pathogens and spoilage microbes without heat. Fresh taste is kept and shelf life rises to 30–45 days.",
    ),
    (
        "h7o096",
        "vi",
        "hpp",
        "Thanh trùng nhiệt và chiết rót nóng nước ép bưởi, cam",
        "Thiết bị thanh trùng dạng tấm và chiết rót nóng cho nước ép đóng chai thủy tinh, bảo quản ở nhiệt độ thường 6–12 "
        "tháng. Chi phí đầu tư thấp hơn xử lý áp suất cao.",
    ),
    (
        "h7o097",
        "en",
        "rain_vinhchau",
        "Household rainwater harvesting system with first-flush diverter",
        "Gutters, a first-flush diverter, a mesh strainer and a closed tank sized to a five-person household's dry-season "
        "needs, designed for coastal towns where groundwater is salty and tap water costly.",
    ),
    (
        "h7o098",
        "vi",
        "rain_camau",
        "Bồn trữ nước mưa 10 m³ kèm khử trùng UV cho hộ gia đình ven biển",
        "Bồn chứa kín dung tích 10 m³ đủ cho hộ 5 người uống và nấu ăn cả năm, kèm đèn UV khử trùng trước khi dùng. Phù hợp "
        "vùng nước ngầm nhiễm mặn, chưa có nước máy.",
    ),
    (
        "h7o099",
        "en",
        "rain_om",
        "Operation and maintenance plan for rainwater tanks",
        "A cleaning calendar for roofs, gutters and tanks, first-flush removal and simple water tests, with training for "
        "households. Regular cleaning measurably improves the quality of stored rainwater.",
    ),
    (
        "h7o100",
        "vi",
        "rain_vinhchau",
        "Hệ thống thu nước mưa mái tôn cho trường học",
        "Thu nước mưa từ mái tôn trường học qua máng, bộ tách nước đầu mưa và lọc, chứa vào bể lớn để học sinh dùng uống "
        "sau khi lọc và khử trùng trong mùa khô.",
    ),
    (
        "h7o101",
        "en",
        "solar_pump_undp",
        "Solar-powered pumping from canals for dry-season irrigation",
        "Large solar pump systems of over 20 hp draw water from canals, ponds or wells to irrigate 80–250 ha in the dry "
        "season without diesel. Installed for farmer groups, with water sharing rules.",
    ),
    (
        "h7o102",
        "vi",
        "solar_pump_irri",
        "Máy bơm nước năng lượng mặt trời cho ruộng rau màu",
        "Bộ bơm chìm hoặc bơm mặt chạy pin mặt trời, không cần điện lưới hay dầu, tưới cho 0,5–2 ha rau màu, đậu phộng. Chi "
        "phí vận hành gần như bằng không.",
    ),
    (
        "h7o103",
        "vi",
        "man_vungliem",
        "Bản đồ và bản tin độ mặn theo xã phục vụ lịch thời vụ",
        "Bản đồ nguy cơ xâm nhập mặn theo xã và bản tin định kỳ mùa khô giúp huyện bố trí lịch xuống giống, chuyển đổi cây "
        "trồng phù hợp.",
    ),
    (
        "h7o104",
        "vi",
        "thuycanh",
        "Trồng rau ăn lá thủy canh hồi lưu trong nhà màng",
        "Hệ thống máng NFT, bể dung dịch và bơm tuần hoàn trong nhà màng, trồng xà lách, cải, rau muống 14–16 vụ/năm không "
        "cần đất, không dùng nước ngầm nhiễm mặn. Rau sạch đạt chuẩn cung cấp siêu thị.",
    ),
    (
        "h7o105",
        "en",
        "thuycanh",
        "NFT hydroponic kits for leafy greens under net houses",
        "Nutrient film technique channels, tanks and pumps for lettuce and Asian greens, with nutrient recipes and EC/pH "
        "control. Soil-free growing avoids salty or poor soils and gives clean vegetables for modern retail.",
    ),
    (
        "h7o106",
        "vi",
        "nam_vl",
        "Trồng nấm rơm trong nhà kín có kệ nhiều tầng",
        "Nhà trồng nấm 15–20 m² che bạt, kệ tre nhiều tầng, bánh rơm ủ chín cấy meo, điều chỉnh nhiệt độ và độ ẩm bằng tưới "
        "nền và đèn sưởi. Năng suất cao và ổn định hơn trồng ngoài trời, ít phụ thuộc mưa nắng.",
    ),
    (
        "h7o107",
        "en",
        "nam_ctu",
        "Oyster mushroom cultivation on bagged substrate",
        "Sawdust or bagasse substrate is pasteurised, bagged and inoculated with oyster mushroom spawn, then fruited on "
        "racks in a shaded house. Needs little space and supplies restaurants year-round.",
    ),
    (
        "h7o108",
        "vi",
        "nam_ctu",
        "Sản xuất meo giống nấm rơm chất lượng",
        "Phòng nuôi cấy chọn dòng nấm rơm năng suất cao, sản xuất meo cấp 1, cấp 2 trên giá thể tiệt trùng, kiểm tra tạp "
        "nhiễm trước khi xuất. Meo khỏe giúp nấm mọc dày, ít nấm dại.",
    ),
    (
        "h7o109",
        "vi",
        "nhatky_mic",
        "Nhật ký sản xuất điện tử trên điện thoại",
        "Ứng dụng cho nông dân ghi chép phân bón, thuốc bảo vệ thực vật, thu hoạch ngay trên điện thoại; dữ liệu gom về "
        "hợp tác xã để lập hồ sơ mã số vùng trồng, VietGAP và truy xuất nguồn gốc.",
    ),
    (
        "h7o110",
        "vi",
        "nhatky_dn",
        "Nền tảng truy xuất nguồn gốc bằng mã QR cho hợp tác xã",
        "Mỗi lô hàng được gắn mã QR liên kết với nhật ký canh tác, vùng trồng và ngày thu hoạch; người mua quét mã để xem "
        "thông tin. Có bản dành cho xoài, bưởi, sầu riêng.",
    ),
    (
        "h7o111",
        "vi",
        "nutrient_mgr",
        "Phần mềm khuyến cáo phân bón cho lúa theo từng thửa ruộng",
        "Cán bộ khuyến nông nhập vài thông tin về thửa ruộng, giống và mùa vụ, phần mềm trả về lượng đạm, lân, kali và thời "
        "điểm bón cho thửa đó. Chạy trên điện thoại và qua tin nhắn.",
    ),
    (
        "h7o112",
        "vi",
        "cua_tv",
        "Mô hình nuôi cua dưới tán rừng ngập mặn",
        "Nuôi cua xanh trong mương, đầm dưới tán rừng đước, mắm, rào quanh bằng lưới và lá dừa nước, cua tận dụng thức ăn tự "
        "nhiên, bổ sung thêm cá tạp. Vừa giữ rừng vừa có thu nhập, rủi ro thấp hơn nuôi tôm.",
    ),
    (
        "h7o113",
        "vi",
        "ngheu_seminar",
        "Cào khai thác nghêu cải tiến giảm vỡ vỏ",
        "Cào tay có răng và lưới cải tiến giúp thu nghêu nhanh, ít làm vỡ vỏ và không bắt nghêu nhỏ, phù hợp tổ hợp tác khai "
        "thác bãi nghêu.",
    ),
    (
        "h7o114",
        "en",
        "nhuyenthe",
        "Hatchery seed of blood cockle (Anadara granosa)",
        "Broodstock conditioning, larval rearing on cultured algae and nursery of spat in tanks give a reliable supply of "
        "blood cockle seed for coastal farms that now rely on wild or imported seed.",
    ),
    (
        "h7o115",
        "vi",
        "sr_ximu",
        "Lên liếp, đắp mô cao và rãnh thoát nước cho vườn sầu riêng đất trũng",
        "Thiết kế lại vườn trên đất thấp: mô cao, liếp hẹp, rãnh thoát nước nhanh sau mưa để rễ sầu riêng không bị úng. Hạn "
        "chế điều kiện cho nấm bệnh trong đất phát triển.",
    ),
    (
        "h7o116",
        "en",
        "df_canker",
        "Dragon fruit varieties tolerant to canker, with winter pruning schedule",
        "Planting material of dragon fruit varieties that showed low susceptibility to Neoscytalidium canker in field "
        "screening, plus a pruning calendar that removes diseased stems in the cool season.",
    ),
    (
        "h7o117",
        "vi",
        "mango_ff",
        "Phòng trừ rệp sáp và bọ trĩ trên xoài",
        "Lịch phun luân phiên thuốc sinh học và hóa học theo giai đoạn ra hoa, đậu trái để trừ bọ trĩ gây ghẻ da trái và rệp "
        "sáp gây muội đen.",
    ),
    (
        "h7o118",
        "en",
        "mango_bag",
        "GAP certification support for mango co-operatives",
        "Consultants guide mango co-operatives through VietGAP or GlobalGAP: farm records, spray logs, harvest hygiene "
        "and audits, so that fruit can enter export chains.",
    ),
    (
        "h7o119",
        "vi",
        "khoai_bt",
        "Cây giống khoai lang tím Nhật sạch virus từ nuôi cấy mô",
        "Phòng nuôi cấy mô nhân giống khoai lang tím Nhật sạch virus, ra ngôi trong nhà lưới rồi cung cấp dây giống cho vùng "
        "trồng, giúp củ đều, năng suất ổn định.",
    ),
    (
        "h7o120",
        "en",
        "khoai_bt",
        "Natural purple colorant from purple sweet potato",
        "Extraction and spray-drying of anthocyanin pigment from purple sweet potato to supply a natural colour for "
        "drinks, cakes and noodles.",
    ),
    (
        "h7o121",
        "vi",
        "awd_jircas",
        "Cảm biến mực nước ruộng lúa gửi dữ liệu qua mạng di động",
        "Thiết bị đo mực nước chạy pin mặt trời đặt trên ruộng, báo lên điện thoại khi nước rút đến ngưỡng cần bơm, hỗ trợ "
        "tưới ướt khô xen kẽ trên cánh đồng lớn.",
    ),
    (
        "h7o122",
        "en",
        "tomlua_cm",
        "Pond-bottom sludge removal and liming between shrimp crops",
        "Contract service with pumps and excavators to remove sludge from shrimp ponds and trenches, lime and dry the "
        "bottom before the next crop.",
    ),
    (
        "h7o123",
        "vi",
        "bsf_echo",
        "Nuôi ấu trùng ruồi lính đen làm thức ăn tươi cho gà thả vườn",
        "Mô hình nông hộ nuôi ấu trùng ruồi lính đen trên phụ phẩm rau quả, cho gà ăn trực tiếp thay một phần cám công "
        "nghiệp, giảm chi phí thức ăn.",
    ),
    (
        "h7o124",
        "en",
        "say_ag",
        "Dried snakehead fish processing line",
        "Filleting, salting and marinating tables, cold holding and a packaging station for dried and one-sun snakehead "
        "products sold as regional specialities.",
    ),
    (
        "h7o125",
        "vi",
        "luon_qsti",
        "Thức ăn công nghiệp cho lươn và quy trình tập ăn",
        "Thức ăn viên đạm cao dành riêng cho lươn kèm quy trình tập lươn chuyển từ thức ăn tươi sang thức ăn viên trong 10–15 "
        "ngày, giảm hao hụt và ô nhiễm bể.",
    ),
    (
        "h7o126",
        "en",
        "bo_phupham",
        "Heat-treated total mixed ration for crossbred beef cattle",
        "Local by-products are mixed into a total ration and heat-treated before feeding, which improved daily gain and "
        "digestive health of BBB crossbred bulls in university trials.",
    ),
    (
        "h7o127",
        "vi",
        "chat_thai",
        "Hầm biogas composite cho trại heo nông hộ",
        "Hầm ủ biogas bằng vật liệu composite lắp đặt nhanh, xử lý phân và nước thải chuồng heo, thu khí đun nấu, giảm mùi "
        "và ô nhiễm nguồn nước.",
    ),
    (
        "h7o128",
        "vi",
        "chat_thai",
        "Xử lý nước thải chăn nuôi bằng hồ phủ bạt và đất ngập nước",
        "Nước thải trại heo qua hồ kỵ khí phủ bạt HDPE thu khí, sau đó qua bãi lọc trồng cây thủy sinh trước khi xả. Đáp ứng "
        "quy chuẩn xả thải, hết mùi hôi lan ra khu dân cư.",
    ),
    (
        "h7o129",
        "vi",
        "dauphong_tv",
        "Quy trình canh tác đậu phộng theo VietGAP trên đất giồng cát",
        "Hướng dẫn làm đất, mật độ gieo, bón vôi, thạch cao, tưới và phòng trừ sâu bệnh cho đậu phộng trên giồng cát, ghi "
        "chép theo VietGAP để bán cho doanh nghiệp chế biến.",
    ),
    (
        "h7o130",
        "en",
        "dauphong_tv",
        "Aflatoxin-safe drying and hermetic storage of peanut kernels",
        "Rapid drying to safe moisture, sorting out damaged kernels and storage in hermetic bags that stop mould growth "
        "and insects, with quick aflatoxin test kits for buyers.",
    ),
    (
        "h7o131",
        "vi",
        "say_ict",
        "Máy sấy bơm nhiệt cho trái cây sấy dẻo",
        "Máy sấy bơm nhiệt nhiệt độ thấp 40–55 °C giữ màu và hương trái cây, dùng cho xoài, mít, chuối sấy dẻo; tiết kiệm "
        "điện hơn sấy điện trở.",
    ),
    (
        "h7o132",
        "en",
        "say_ag",
        "Greenhouse-effect solar drying house for chilli, dried fish and rice crackers",
        "A 48 m² drying house with a clear plastic roof traps solar heat and keeps out dust, insects and rain, cutting "
        "drying time by a third to a half compared with open-air drying.",
    ),
    (
        "h7o133",
        "vi",
        "keodua_dl",
        "Thiết kế bao bì và tem truy xuất cho kẹo dừa đạt OCOP",
        "Thiết kế hộp, túi, nhãn song ngữ và tem truy xuất nguồn gốc cho kẹo dừa, hỗ trợ hồ sơ sản phẩm OCOP và bán hàng "
        "trên sàn thương mại điện tử.",
    ),
    (
        "h7o134",
        "en",
        "fishsauce_pq",
        "On-board chilling of anchovy for fish sauce raw material",
        "Ice-slurry tanks on fishing boats keep anchovy cold from catch to landing, limiting histamine formation in the "
        "fish used for fish sauce.",
    ),
    (
        "h7o135",
        "vi",
        "fishsauce_pq",
        "Lọc và thanh trùng nước mắm trước khi đóng chai",
        "Hệ thống lọc nhiều cấp và thanh trùng nhiệt nhẹ giúp nước mắm trong, không lắng cặn, không bị váng sau khi đóng "
        "chai, giữ được hương vị.",
    ),
    (
        "h7o136",
        "en",
        "rain_camau",
        "Community rainwater reservoir with chlorination for coastal villages",
        "A covered village-scale rainwater store filled in the rainy season, with chlorine dosing before distribution, "
        "for hamlets where groundwater is salty and over-pumped.",
    ),
    (
        "h7o137",
        "vi",
        "rain_om",
        "Dịch vụ vệ sinh và bảo dưỡng lu, bồn chứa nước mưa",
        "Tổ dịch vụ định kỳ súc rửa lu bồn, vệ sinh máng xối, thay lưới lọc và kiểm tra nhanh chất lượng nước mưa cho hộ "
        "gia đình.",
    ),
    (
        "h7o138",
        "en",
        "solar_pump_irri",
        "Pay-as-you-go financing for solar irrigation pumps",
        "Farmers get a solar pump with a small deposit and pay in instalments per season through mobile money, with "
        "maintenance included until the pump is paid off.",
    ),
    (
        "h7o139",
        "vi",
        "thuycanh",
        "Trồng dưa lưới trên giá thể xơ dừa tưới nhỏ giọt trong nhà màng",
        "Dưa lưới trồng trong túi giá thể xơ dừa, tưới nhỏ giọt dinh dưỡng tự động trong nhà màng, thu hoạch 3 vụ/năm.",
    ),
    (
        "h7o140",
        "en",
        "nam_indoor",
        "Composting spent mushroom substrate for vegetable beds",
        "Spent straw and sawdust from mushroom houses is composted with a microbial starter into an organic soil "
        "amendment for vegetables.",
    ),
    (
        "h7o141",
        "vi",
        "nhatky_dn",
        "Phần mềm quản lý hợp tác xã nông nghiệp",
        "Quản lý danh sách thành viên, diện tích, cung ứng vật tư, công nợ và sản lượng thu mua của hợp tác xã trên một phần "
        "mềm, có báo cáo cho ban giám đốc.",
    ),
    (
        "h7o142",
        "en",
        "irradiation",
        "Irradiation of frozen shrimp and seafood",
        "Low-dose gamma or electron-beam treatment of frozen shrimp and oysters reduces pathogenic bacteria and extends "
        "shelf life for export.",
    ),
    (
        "h7o143",
        "vi",
        "vht",
        "Kho lạnh bảo quản xoài, thanh long sau thu hoạch",
        "Kho lạnh lắp ghép panel cách nhiệt cho hợp tác xã, giữ trái cây ở nhiệt độ phù hợp từng loại, kéo dài thời gian chờ "
        "xuất hàng.",
    ),
    (
        "h7o144",
        "en",
        "greening",
        "Asian citrus psyllid monitoring with yellow sticky traps",
        "Yellow sticky traps and flush inspections track psyllid numbers so orchards spray only when the vector of "
        "citrus greening is present.",
    ),
    (
        "h7o145",
        "vi",
        "camsanh",
        "Canh tác cam sành trên mô cao hạn chế ngập úng",
        "Đắp mô cao, làm mương thoát nước và bồi bùn hợp lý cho vườn cam sành trên đất thấp, giúp rễ không bị úng, thối "
        "trong mùa mưa, cây khỏe và ít vàng lá.",
    ),
    (
        "h7o146",
        "en",
        "buoi_hoa",
        "Flower induction for off-season green-skin pomelo",
        "Water stress, balanced fertiliser and flowering sprays time the blooming of pomelo orchards so that blocks of trees "
        "are harvested in turns and for the Tet market.",
    ),
    (
        "h7o147",
        "vi",
        "tinhdau_buoi",
        "Sản xuất pectin từ cùi bưởi",
        "Quy trình chiết pectin từ phần cùi trắng của vỏ bưởi bằng acid nhẹ, kết tủa cồn và sấy, cung cấp cho sản xuất mứt, "
        "thạch.",
    ),
    (
        "h7o148",
        "vi",
        "hau_tv",
        "Sản xuất giống hàu Thái Bình Dương nhân tạo",
        "Trại giống cho hàu bố mẹ sinh sản, ương ấu trùng bám vào vỏ hàu nghiền hoặc tấm bám, cung cấp hàu giống đồng cỡ cho "
        "vùng nuôi cửa sông ven biển.",
    ),
    (
        "h7o149",
        "vi",
        "clam_iucn",
        "San thưa và di dời nghêu khi bãi triều nóng lên",
        "Hướng dẫn hợp tác xã theo dõi nhiệt độ nước, độ mặn bãi nuôi và san thưa, di dời nghêu xuống vùng sâu, mát trước "
        "các tháng nắng nóng để giảm nghêu chết hàng loạt.",
    ),
    (
        "h7o150",
        "en",
        "luon_qsti",
        "Eel grading and live transport in oxygenated bags",
        "Grading tables and oxygen-filled bags with cooled water keep live eels healthy during long transport to city "
        "markets and border buyers.",
    ),
    (
        "h7o151",
        "vi",
        "cua_giong",
        "Trại sản xuất cua giống nhân tạo cung cấp cho vùng ven biển",
        "Trại giống cho cua mẹ đẻ, nuôi ấu trùng và ương cua con đến cỡ cua bột đồng đều, sạch bệnh, cung cấp theo đơn cho "
        "hộ nuôi. Hỗ trợ kỹ thuật ương tiếp trong ao trước khi thả nuôi.",
    ),
    (
        "h7o152",
        "en",
        "sr_phyto",
        "Durian trees grafted on Phytophthora-tolerant rootstock",
        "Nursery trees of popular durian varieties grafted on rootstocks that tolerate Phytophthora root and collar rot, "
        "for replanting low-lying orchards.",
    ),
    (
        "h7o153",
        "vi",
        "df_thai",
        "Bón phân và tỉa cành tạo tán thanh long sau thu hoạch",
        "Lịch bón phân hữu cơ, phân khoáng và tỉa bỏ cành già, cành vượt sau mỗi vụ để thanh long ra cành mới đồng loạt, "
        "chuẩn bị cho đợt ra hoa kế tiếp.",
    ),
    (
        "h7o154",
        "en",
        "bo_phupham",
        "Mineral lick blocks for cattle",
        "Molasses–urea–mineral blocks that cattle lick freely, supplying minerals and non-protein nitrogen to animals kept "
        "on roughage.",
    ),
    (
        "h7o155",
        "vi",
        "awd_bsb",
        "Chứng nhận và bán tín chỉ carbon cho lúa tưới ướt khô xen kẽ",
        "Doanh nghiệp hướng dẫn hợp tác xã áp dụng tưới ướt khô xen kẽ, đo đạc, thẩm định lượng khí mê-tan giảm được và bán "
        "tín chỉ carbon, chia lại doanh thu cho nông dân.",
    ),
    (
        "h7o156",
        "en",
        "spw_kau",
        "Weevil-free sweet potato cutting nursery",
        "Cuttings taken from young, clean vine tips in an isolated nursery, dipped before planting, so new fields start "
        "free of sweet potato weevil.",
    ),
]
