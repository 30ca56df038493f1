"""Offers of the holdout2 labelled set: (id, language, source key, title, description).

Written as an institute, university or firm would post them on a technology exchange, paraphrased from the
pages in holdout2_sources.py. About a sixth are neighbours that answer no need.
"""

OFFERS = [
    # --- coconut ---
    (
        "h6o001",
        "vi",
        "ong_ky_sinh",
        "Nhân nuôi và thả ong ký sinh Asecodes phòng trừ bọ cánh cứng hại dừa",
        "Chi cục Bảo vệ thực vật chuyển giao quy trình nhân nuôi ong ký sinh Asecodes hispinarum trên ấu trùng bọ dừa "
        "(Brontispa longissima) trong hộp nhựa với lá dừa non. Xác ấu trùng đã bị ký sinh được cho vào chai khoét lỗ treo "
        "trên ngọn, ong nở ra tự tìm và tiêu diệt bọ. Không phải phun thuốc lên cây dừa cao, vườn giảm mật độ bọ rõ rệt "
        "sau vài tháng.",
    ),
    (
        "h6o002",
        "en",
        "ong_ky_sinh",
        "Parasitoid wasp rearing for control of the coconut leaf beetle",
        "Our plant protection station supplies and trains growers to rear the parasitoid Asecodes hispinarum on larvae "
        "of Brontispa longissima, the beetle that scorches young coconut fronds. Parasitised larvae ('mummies') are hung "
        "in perforated bottles in the crown so the wasps disperse through the garden. No spraying of tall palms is needed.",
    ),
    (
        "h6o003",
        "vi",
        "tst_kienvuong",
        "Bẫy pheromone và biện pháp canh tác phòng kiến vương, đuông hại dừa",
        "Gói kỹ thuật gồm bẫy pheromone dẫn dụ kiến vương (Oryctes rhinoceros) trưởng thành, dọn các đống rác, thân dừa "
        "mục là nơi chúng đẻ trứng và quét vôi gốc dừa tơ để đuông không đẻ vào vết nứt. Phát hiện sớm vết đục ở kẽ bẹ "
        "giúp cứu cây trước khi đuông ăn vào củ hủ.",
    ),
    (
        "h6o004",
        "vi",
        "tst_kienvuong",
        "Chế phẩm nấm xanh Metarhizium diệt ấu trùng kiến vương trong đống ủ",
        "Viện cung cấp chế phẩm nấm xanh Metarhizium anisopliae rắc vào các hố ủ phân, đống xơ dừa mục làm bẫy để ấu trùng "
        "kiến vương nhiễm nấm và chết. Biện pháp sinh học, an toàn cho người và ong, kết hợp được với bẫy pheromone.",
    ),
    (
        "h6o005",
        "en",
        "bt_coco_tech",
        "Cold-process virgin coconut oil by centrifugation",
        "Turnkey small line that grates fresh kernel, presses coconut milk and separates the oil by chilling and "
        "centrifugation, with no heating or refining step. The oil keeps its natural aroma and low free fatty acids, meeting "
        "buyers of cosmetic and food-grade VCO. Capacity from 5,000 nuts a day.",
    ),
    (
        "h6o006",
        "vi",
        "van_coco",
        "Dây chuyền sữa dừa, kem dừa tiệt trùng UHT đóng hộp giấy",
        "Công ty thiết bị chào bán dây chuyền ép cơm dừa tươi, đồng hóa và tiệt trùng UHT sữa dừa, kem dừa, rót vô trùng "
        "vào hộp giấy hoặc lon. Sản phẩm bảo quản 12 tháng ở nhiệt độ thường, phù hợp xuất khẩu.",
    ),
    (
        "h6o007",
        "vi",
        "van_coco",
        "Máy se chỉ và bện thừng xơ dừa bán tự động",
        "Cơ sở cơ khí ở Bến Tre chế tạo máy se chỉ xơ dừa và bện thừng nhiều tao, một công nhân đứng được hai máy. Thừng "
        "dùng để đan lưới, làm dây buộc, thảm xơ dừa; năng suất gấp nhiều lần se tay.",
    ),
    (
        "h6o008",
        "en",
        "sggp_coco",
        "Low-EC coco peat: washing and calcium buffering line",
        "We supply a washing and buffering line that lowers the salt (EC) of coco peat from coconut husk to below 0.5 mS/cm "
        "and replaces sodium and potassium with calcium. The peat is then dried and pressed into blocks that meet the "
        "specifications of greenhouse growers in Europe, Japan and Korea.",
    ),
    (
        "h6o009",
        "vi",
        "hl_coco_tv",
        "Lò than hóa gáo dừa liên tục có thu hồi khí đốt",
        "Lò than hóa gáo dừa kiểu đứng, nạp liệu liên tục, đốt lại khí bốc ra để cấp nhiệt cho quá trình nên ít khói. Than "
        "gáo dừa đồng đều, độ cứng cao, là nguyên liệu đầu vào cho sản xuất than hoạt tính.",
    ),
    (
        "h6o010",
        "vi",
        "vinanet_coco",
        "Công nghệ sản xuất than hoạt tính từ than gáo dừa bằng hoạt hóa hơi nước",
        "Chuyển giao lò quay hoạt hóa than gáo dừa bằng hơi nước ở 850–950 °C, kèm sàng phân loại, rửa axit. Than hoạt tính "
        "có chỉ số iốt trên 1.000 mg/g, dùng cho lọc nước, xử lý khí, thu hồi vàng. Giá trị gấp nhiều lần bán gáo thô.",
    ),
    (
        "h6o011",
        "vi",
        "vinanet_coco",
        "Quy trình sản xuất thạch dừa (nata de coco) từ nước dừa già",
        "Viện chuyển giao giống vi khuẩn Acetobacter xylinum và quy trình lên men nước dừa già thành thạch dừa, gồm khâu "
        "thanh trùng, lên men khay, cắt hạt lựu và tẩy chua. Tận dụng nguồn nước dừa bị bỏ đi ở các cơ sở làm cơm dừa.",
    ),
    (
        "h6o012",
        "vi",
        "hhd_products",
        "Nước dừa đóng chai: lọc vi sinh và chiết rót lạnh",
        "Hệ thống thu gom nước dừa khi tách cơm, lọc màng vi lọc để loại vi sinh mà không gia nhiệt, rồi chiết rót lạnh vào "
        "chai PET. Nước dừa giữ hương vị tươi, hạn dùng vài tuần trong chuỗi lạnh; có thể cô đặc làm nguyên liệu đồ uống.",
    ),
    (
        "h6o013",
        "vi",
        "dua_sap",
        "Nhân giống dừa sáp bằng kỹ thuật nuôi cấy phôi",
        "Phòng thí nghiệm trường đại học tách phôi từ trái dừa sáp, nuôi cấy trong môi trường vô trùng để tạo cây con. Cây "
        "trồng từ phôi cho tỷ lệ trái sáp cao hơn hẳn cây trồng từ trái thường. Nhận đặt hàng cây giống cho hợp tác xã.",
    ),
    (
        "h6o014",
        "en",
        "dua_sap",
        "Embryo-culture seedlings of the waxy (makapuno) coconut",
        "Our tissue-culture laboratory rescues embryos from waxy-kernel coconuts, which cannot germinate naturally, and "
        "grows them into seedlings in vitro before hardening in the nursery. Palms raised this way bear a far higher share "
        "of waxy nuts than those grown from ordinary seed.",
    ),
    (
        "h6o015",
        "vi",
        "hl_coco_tv",
        "Dây chuyền cơm dừa nạo sấy (desiccated coconut) sấy băng tải",
        "Dây chuyền gồm máy gọt vỏ nâu, rửa, chần, xay cơm dừa và máy sấy băng tải nhiều tầng gia nhiệt gián tiếp, đưa độ ẩm "
        "về dưới 3% với màu trắng đều. Sản phẩm đạt yêu cầu xuất khẩu cho ngành bánh kẹo.",
    ),
    (
        "h6o016",
        "vi",
        "hhd_products",
        "Nồi nấu kẹo dừa cô đặc chân không",
        "Nồi cô đặc chân không nhiệt độ thấp cho cơ sở làm kẹo dừa, giảm cháy đường và rút ngắn thời gian nấu, màu kẹo sáng, "
        "ít tốn củi. Có bộ khuấy và xả đáy, công suất 50–200 kg mỗi mẻ.",
    ),
    (
        "h6o017",
        "en",
        "sggp_coco",
        "Coir geotextile nets for riverbank and dyke protection",
        "Woven coir nets and coir logs made from coconut husk fiber are pegged on eroding banks so that grass and mangrove "
        "can root through them; the net biodegrades after a few years once vegetation holds the soil. Cheaper than concrete "
        "revetments for canals and low dykes.",
    ),
    (
        "h6o018",
        "en",
        "sggp_coco",
        "Coconut husk decorticator separating fiber and coco dust",
        "A hammer-type decorticator that crushes whole husks and separates long coir fiber from coco dust (peat) with a "
        "rotary screen. Throughput 1–2 tonnes of husk per hour; both streams can be sold or processed further.",
    ),
    (
        "h6o019",
        "vi",
        "hl_coco_tv",
        "Ủ mụn dừa với nấm Trichoderma làm phân hữu cơ",
        "Quy trình ủ mụn dừa (bụi xơ dừa) với chế phẩm Trichoderma và phân chuồng trong 30–45 ngày, phân giải chất chát và "
        "tạo phân hữu cơ vi sinh bón cho cây ăn trái, rau màu. Giảm ô nhiễm do mụn dừa đổ xuống kênh rạch.",
    ),
    (
        "h6o020",
        "en",
        "snv_coco",
        "Fresh young coconut trimming and anti-browning treatment for export",
        "Packing-house method for young drinking coconuts: machine trimming to a diamond or polished shape, a food-grade "
        "dip that stops the white husk from browning, shrink wrapping and cold storage at 3–5 °C. Keeps nuts white for five "
        "to six weeks of sea freight.",
    ),
    (
        "h6o021",
        "vi",
        "hhd_products",
        "Dầu dừa tinh luyện (RBD) từ cơm dừa khô",
        "Dây chuyền ép cơm dừa khô (copra) và tinh luyện, tẩy màu, khử mùi dầu dừa cho công nghiệp thực phẩm và xà phòng. "
        "Dầu không màu, không mùi, ổn định khi chiên.",
    ),
    (
        "h6o022",
        "vi",
        "bt_coco_tech",
        "Dầu dừa tinh khiết (VCO) ép lạnh, tách ly tâm",
        "Doanh nghiệp chuyển giao quy trình làm dầu dừa tinh khiết từ cơm dừa tươi: ép lấy nước cốt, làm lạnh cho tách lớp "
        "và ly tâm thu dầu, hoàn toàn không đun nấu. Dầu trong, thơm tự nhiên, dùng cho mỹ phẩm và thực phẩm.",
    ),
    (
        "h6o023",
        "en",
        "hl_coco_tv",
        "Coconut shell charcoal briquettes for barbecue",
        "Shell charcoal fines are mixed with a starch binder, extruded into hexagonal briquettes and dried. The briquettes "
        "burn long with little smoke and are exported for barbecue and hookah use.",
    ),
    (
        "h6o024",
        "en",
        "hhd_products",
        "Coconut sap sugar from inflorescence nectar",
        "Tapping coconut flower spathes for sap and evaporating it in open pans into a low-glycaemic granulated sugar. The "
        "package covers tapping hygiene, evaporation and drying.",
    ),
    (
        "h6o025",
        "en",
        "snv_coco",
        "Automatic fresh coconut peeling and easy-open machine",
        "A bench machine that peels the green husk of young coconuts down to a smooth shape and scores an easy-open ring on "
        "the shell in under 20 seconds per nut. Replaces skilled knife work in export packing houses.",
    ),
    (
        "h6o026",
        "en",
        "sggp_coco",
        "Coconut husk chips as an orchid and anthurium substrate",
        "Husk is cut into 1–2 cm chips, soaked and dried to provide an airy substrate for orchids, anthurium and "
        "hydroponic crops, sold in compressed bales.",
    ),
    (
        "h6o027",
        "vi",
        "dost_bt_pest",
        "Treo tinh dầu sả xua đuổi sâu đục trái dừa",
        "Giải pháp lý học – sinh học: treo chai tinh dầu sả nhỏ giọt trên buồng dừa để xua bướm sâu đục trái (Tirathaba) "
        "đẻ trứng, giảm trái non bị đục và rụng. Không dùng thuốc hóa học trên cây cao.",
    ),
    # --- rice ---
    (
        "h6o028",
        "en",
        "hatri200",
        "HATRI 200 salt-tolerant rice seed",
        "The High Agricultural Technology Research Institute offers certified seed of HATRI 200, which tolerated about 5 "
        "parts per thousand of salinity in trials in Ben Tre and Tra Vinh, against roughly 2 ppt for common varieties. "
        "Yields of 6.5–7 t/ha with good grain quality.",
    ),
    (
        "h6o029",
        "vi",
        "hatri200",
        "Giống lúa chịu mặn HATRI 200",
        "Viện Nghiên cứu Nông nghiệp Công nghệ cao ĐBSCL cung ứng hạt giống HATRI 200, chịu được độ mặn khoảng 5‰ và chịu "
        "hạn khá, năng suất 6,5–7 tấn/ha. Đã trồng thử tại Bến Tre, Trà Vinh.",
    ),
    (
        "h6o030",
        "vi",
        "vnplus_saline",
        "Bộ giống lúa chịu mặn và quy trình canh tác vùng ven biển",
        "Trung tâm khuyến nông giới thiệu các giống lúa chịu mặn 4–6‰ (dòng OM, ST) kèm lịch thời vụ né mặn, bón vôi và "
        "quản lý nước cho ruộng ven biển Sóc Trăng, Trà Vinh, Bạc Liêu.",
    ),
    (
        "h6o031",
        "en",
        "vnplus_saline",
        "Fragrant salt-tolerant rice for rice–shrimp rotation fields",
        "An aromatic long-grain variety selected for fields where shrimp are raised in the dry season and rice in the "
        "rainy season. It establishes in residual salinity after the shrimp crop and fetches a premium price.",
    ),
    (
        "h6o032",
        "vi",
        "shrimp_rice_vn",
        "Quy trình rửa mặn ruộng lúa – tôm trước khi xuống giống lúa",
        "Hướng dẫn tháo nước tôm, trữ nước mưa đầu mùa trong mương, rửa mặn nhiều lần và đo độ mặn đất trước khi sạ, kèm bón "
        "vôi, lân để hạ mặn. Giúp vụ lúa sau tôm không chết cây con.",
    ),
    (
        "h6o033",
        "en",
        "ctu_rs",
        "Rice–shrimp farm layout: raised dykes and freshwater storage ditch",
        "Design service for rice–shrimp farms: higher perimeter dykes, an internal ditch sized to store rainwater for the "
        "rice crop, and a small sluice to keep saline canal water out in drought years.",
    ),
    (
        "h6o034",
        "vi",
        "irri_flatbed",
        "Máy sấy lúa tĩnh vỉ ngang đảo chiều gió, lò đốt trấu",
        "Máy sấy vỉ ngang 8–30 tấn/mẻ dùng lò đốt trấu cấp nhiệt, có đảo chiều gió để ẩm độ hạt đều, sấy lúa mùa mưa từ 25–28% "
        "xuống 14% trong 8–10 giờ. Chi phí sấy thấp, dễ vận hành, đã lắp hàng nghìn máy ở ĐBSCL.",
    ),
    (
        "h6o035",
        "en",
        "nlu_sra",
        "Reversible-airflow batch dryer (SRA) for paddy and other crops",
        "University-designed batch dryer of 2–12 tonnes per batch with periodic reversal of the air flow, giving uniform "
        "final moisture without manual mixing. It saves floor space and also dries maize, coffee, sliced cassava and longan.",
    ),
    (
        "h6o036",
        "en",
        "flatbed_study",
        "Solar collector as supplementary heat for paddy dryers",
        "A roof-type solar air collector feeding pre-heated air into the fan inlet of a flat-bed dryer cuts husk or fuel use "
        "on sunny days while keeping grain quality. Retrofit for 4–8 tonne dryers.",
    ),
    (
        "h6o037",
        "vi",
        "two_stage",
        "Sấy lúa hai giai đoạn: sấy nhanh và kho thông gió",
        "Lúa ướt được sấy nhanh xuống khoảng 18% ẩm ở giai đoạn một, sau đó đưa vào kho thông gió sấy chậm xuống 14%. Cách làm "
        "tăng công suất sấy mùa thu hoạch rộ và giữ chất lượng hạt, ít nứt gãy.",
    ),
    (
        "h6o038",
        "vi",
        "rice_crack",
        "Giảm nứt hạt, tăng tỷ lệ gạo nguyên: thu hoạch đúng độ chín và sấy ngay",
        "Gói kỹ thuật xác định thời điểm gặt theo ngày sau trổ và ẩm độ, không để lúa ướt qua đêm, sấy trong 24 giờ và tránh "
        "phơi nắng gắt trên sân. Tỷ lệ gạo nguyên khi xay xát tăng rõ.",
    ),
    (
        "h6o039",
        "en",
        "awd_gemmes",
        "Alternate wetting and drying (AWD) with field water tubes",
        "Training package for AWD irrigation in rice: a perforated tube in the field shows the water table, and fields are "
        "re-flooded only when water drops 15 cm below the surface. Saves irrigation water and pumping cost and cuts methane "
        "emissions without yield loss.",
    ),
    (
        "h6o040",
        "en",
        "awd_angiang",
        "Field water-level sensors with phone alerts for water-saving rice",
        "Low-power water-level sensors placed in paddy fields send readings to a phone app and alert the farmer when to "
        "irrigate under AWD. Cooperatives can manage many plots and pumping schedules centrally.",
    ),
    (
        "h6o041",
        "en",
        "awd_angiang",
        "Greenhouse-gas measurement and reporting for low-emission rice",
        "Closed-chamber methane measurement, remote sensing of flooding and a reporting tool that documents emission "
        "reductions from water-saving and straw removal, for cooperatives joining low-emission rice or carbon credit schemes.",
    ),
    (
        "h6o042",
        "vi",
        "drone_dt",
        "Dịch vụ drone phun thuốc bảo vệ thực vật cho lúa",
        "Tổ dịch vụ sở hữu drone nông nghiệp phun thuốc cho lúa, sen, cây màu; một máy phun 7–10 ha mỗi ngày, lượng thuốc "
        "giảm khoảng một nửa so với bình đeo vai và người dân không phải tiếp xúc thuốc.",
    ),
    (
        "h6o043",
        "vi",
        "drone_bureau",
        "Drone gieo sạ và rải phân bón cho ruộng lúa",
        "Drone cấu hình bộ rải hạt để gieo sạ lúa và rải phân đều theo bản đồ ruộng lập trên điện thoại, giảm công lao động "
        "lúc thời vụ gấp và lượng giống, phân.",
    ),
    (
        "h6o044",
        "en",
        "drone_bureau",
        "Multispectral drone mapping of crop vigour",
        "Survey drones with multispectral cameras map crop vigour and nitrogen status across fields, producing maps for "
        "variable-rate fertiliser planning.",
    ),
    (
        "h6o045",
        "vi",
        "ctu_mushroom_vi",
        "Trồng nấm rơm trong nhà từ rơm rạ",
        "Trường đại học chuyển giao mô hình trồng nấm rơm trong nhà có mái che, xử lý rơm bằng vôi và ủ, xếp kệ nhiều tầng, "
        "kiểm soát nhiệt độ và ẩm độ. Năng suất cao và ổn định hơn trồng ngoài trời, không bị mưa nắng làm hư mô.",
    ),
    (
        "h6o046",
        "vi",
        "ctu_mushroom_vi",
        "Meo giống nấm rơm chất lượng cao",
        "Phòng thí nghiệm sản xuất meo giống nấm rơm thuần, không nhiễm tạp, cho tỷ lệ ra nấm đều. Hướng dẫn cấy meo và "
        "chăm sóc mô nấm cho nông hộ.",
    ),
    (
        "h6o047",
        "en",
        "straw_mushroom",
        "Oyster mushroom grown in bags of rice straw",
        "Chopped, pasteurised rice straw is packed into bags and spawned with oyster mushroom, giving several flushes "
        "indoors. A way to earn income from straw that would otherwise be burned.",
    ),
    (
        "h6o048",
        "en",
        "rikolto_mushroom",
        "Composting spent mushroom substrate back to the rice field",
        "After mushroom harvest, the spent straw is composted with a microbial starter and returned to rice fields as "
        "organic fertiliser, closing the loop and reducing straw burning.",
    ),
    (
        "h6o049",
        "vi",
        "rikolto_mushroom",
        "Máy cuộn rơm tại ruộng",
        "Máy cuộn rơm kéo theo máy cày, cuộn rơm sau máy gặt đập liên hợp thành cuộn 15–20 kg để bán làm nấm, thức ăn gia "
        "súc, thay cho đốt rơm.",
    ),
    (
        "h6o050",
        "en",
        "rikolto_mushroom",
        "Straw baling and collection service",
        "A cooperative service that bales and collects rice straw after combine harvesting and sells it to mushroom growers "
        "and cattle farms, so that farmers stop burning straw in the field.",
    ),
    (
        "h6o051",
        "vi",
        "husk_briquette",
        "Máy ép củi trấu",
        "Máy ép trục vít nung nóng ép trấu thành thanh củi trấu rỗng ruột, cháy lâu, ít khói, dùng thay than đá cho lò sấy, "
        "lò nấu. Công suất 300–500 kg/giờ.",
    ),
    (
        "h6o052",
        "en",
        "husk_briquette",
        "Rice-husk briquette fuel rods",
        "Heated screw-press that compacts loose rice husk into dense hollow rods, easy to store and transport and burning "
        "with little smoke. Used by flour mills, potteries and dryers instead of coal.",
    ),
    (
        "h6o053",
        "en",
        "husk_gasif",
        "Rice husk gasifier for brick and pottery kilns",
        "Replaces direct husk firing in traditional kilns with a husk gasifier feeding clean producer gas to a continuous "
        "multi-chamber kiln. Smoke emissions drop to meet the ban on traditional kilns while husk remains the fuel.",
    ),
    (
        "h6o054",
        "en",
        "husk_power",
        "Rice-husk power and heat plant for rice mills",
        "A husk-fired boiler and steam turbine or gasifier-engine set sized for a rice milling cluster supplies electricity "
        "to the mills and heat to their dryers; surplus power can be sold to the grid.",
    ),
    (
        "h6o055",
        "vi",
        "husk_power",
        "Sản xuất silica vô định hình từ tro trấu",
        "Quy trình đốt trấu có kiểm soát và xử lý tro để thu silica vô định hình độ tinh khiết cao dùng cho cao su, xi măng, "
        "mỹ phẩm.",
    ),
    # --- shrimp and fish ---
    (
        "h6o056",
        "vi",
        "shrimp_ww_biogency",
        "Hệ thống lọc sinh học xử lý nước thải ao nuôi tôm",
        "Hệ thống gồm ao lắng, bể lọc sinh học với giá thể và chế phẩm vi sinh phân hủy chất hữu cơ, NH3, NO2 trong nước thải "
        "ao tôm trước khi xả ra kênh hoặc tái sử dụng. Chi phí vận hành thấp, phù hợp trang trại.",
    ),
    (
        "h6o057",
        "vi",
        "shrimp_ww_review",
        "Ao lắng kết hợp bãi lọc thực vật cho nước thải nuôi tôm",
        "Mô hình ao lắng thu bùn đáy, sau đó dẫn nước qua bãi lọc trồng cây ngập mặn, rong câu, sò huyết hấp thụ dinh dưỡng. "
        "Nước sau xử lý đạt quy chuẩn xả thải, bùn thu gom làm phân.",
    ),
    (
        "h6o058",
        "vi",
        "tomkim_ras",
        "Nuôi ghép cá rô phi trong ao xử lý để giảm chất thải ao tôm",
        "Thả cá rô phi trong ao chứa nước thải và ao lắng để cá ăn thức ăn thừa, phân tôm và tảo, giảm chất hữu cơ và khí độc "
        "trước khi tái sử dụng nước.",
    ),
    (
        "h6o059",
        "vi",
        "tomkim_ras",
        "Nuôi tôm tuần hoàn khép kín (RAS) trong nhà màng",
        "Thiết kế và lắp đặt hệ thống nuôi tôm tuần hoàn: lọc cơ học, lọc sinh học, khử trùng UV và ozone, nước được tái sử "
        "dụng gần như hoàn toàn, không xả thải ra môi trường. Mật độ nuôi cao và an toàn sinh học.",
    ),
    (
        "h6o060",
        "vi",
        "tomkim_ras",
        "Công nghệ biofloc cho nuôi tôm thẻ chân trắng",
        "Bổ sung nguồn carbon (rỉ đường) để vi khuẩn dị dưỡng chuyển đạm thải thành hạt floc làm thức ăn cho tôm, hạn chế thay "
        "nước và lượng nước thải. Cần sục khí mạnh, điện dự phòng và người vận hành có kinh nghiệm.",
    ),
    (
        "h6o061",
        "vi",
        "ahpnd",
        "Bộ kit PCR phát hiện Vibrio gây hoại tử gan tụy cấp và EHP",
        "Phòng xét nghiệm cung cấp kit và dịch vụ PCR phát hiện chủng Vibrio parahaemolyticus mang gen độc gây bệnh hoại tử "
        "gan tụy cấp (AHPND) và vi bào tử trùng EHP trong tôm giống, tôm nuôi, nước ao. Trả kết quả trong ngày.",
    ),
    (
        "h6o062",
        "en",
        "ahpnd",
        "Pond-side LAMP test for AHPND and EHP",
        "Isothermal (LAMP) test kit that farmers or hatchery staff can run at the pond with a small heater, showing by colour "
        "change whether postlarvae or pond shrimp carry AHPND-causing Vibrio or EHP within an hour.",
    ),
    (
        "h6o063",
        "vi",
        "agu_herb",
        "Chế phẩm thảo dược từ tỏi phòng bệnh gan tụy trên tôm thẻ",
        "Trường đại học chuyển giao công thức dịch chiết tỏi và thảo dược trộn thức ăn, ức chế Vibrio parahaemolyticus và "
        "giảm tỷ lệ chết do bệnh gan tụy cấp ở tôm thẻ chân trắng. Giảm phụ thuộc kháng sinh.",
    ),
    (
        "h6o064",
        "vi",
        "ahpnd",
        "Men vi sinh Bacillus bổ sung thức ăn cho tôm",
        "Chế phẩm chứa nhiều chủng Bacillus trộn thức ăn, giúp cân bằng hệ vi sinh đường ruột tôm, cạnh tranh với Vibrio và "
        "tăng tiêu hóa. Dùng định kỳ suốt vụ nuôi thay cho kháng sinh phòng bệnh.",
    ),
    (
        "h6o065",
        "en",
        "ahpnd",
        "Specific-pathogen-free broodstock and hatchery biosecurity",
        "Hatchery package combining imported SPF broodstock, disinfected water, zoning and PCR screening of every batch so "
        "that postlarvae are sold with a disease-free certificate.",
    ),
    (
        "h6o066",
        "en",
        "iot_pond",
        "IoT pond water-quality monitoring with alarm messages",
        "Floating sensor buoy measuring dissolved oxygen, pH, temperature and salinity every few minutes, sending data over "
        "the mobile network to a phone app. The farmer gets an alarm when oxygen falls below the set level, typically "
        "before dawn.",
    ),
    (
        "h6o067",
        "vi",
        "iot_pond",
        "Hệ thống quan trắc ao nuôi tự động, cảnh báo qua điện thoại",
        "Cảm biến oxy hòa tan, pH, nhiệt độ đặt trong ao gửi số liệu liên tục lên ứng dụng điện thoại; khi oxy xuống thấp hệ "
        "thống nhắn tin cảnh báo và có thể tự bật quạt nước.",
    ),
    (
        "h6o068",
        "vi",
        "iot_pond",
        "Máy cho tôm ăn tự động hẹn giờ",
        "Máy rải thức ăn tự động theo lịch và lượng cài đặt, chia nhỏ nhiều cữ trong ngày, giảm thức ăn thừa và công lao "
        "động. Điều khiển qua điện thoại.",
    ),
    (
        "h6o069",
        "en",
        "pangasius_wq",
        "Inverter-driven paddlewheel aerators for ponds",
        "Paddlewheel aerators with variable-speed drives that run at low speed during the day and full speed at night, "
        "linked to an oxygen probe. Electricity use for aeration falls by 30–40 percent.",
    ),
    (
        "h6o070",
        "vi",
        "shrimp_ww_biogency",
        "Chế phẩm vi sinh xử lý bùn đáy ao tôm",
        "Chế phẩm vi sinh phân hủy bùn hữu cơ đáy ao, giảm khí độc H2S, NH3 trong vụ nuôi, dùng định kỳ 7–10 ngày một lần.",
    ),
    (
        "h6o071",
        "en",
        "pangasius_wq",
        "Biosecurity and water management protocol for pangasius ponds",
        "Farm protocol covering pond disinfection between crops, intake water treatment, controlled water exchange and "
        "monitoring of oxygen and ammonia to reduce disease outbreaks in striped catfish.",
    ),
    (
        "h6o072",
        "vi",
        "fao_catfish",
        "Quy trình nuôi cá tra thâm canh đạt chứng nhận ASC",
        "Tư vấn quy trình nuôi cá tra ao sâu theo tiêu chuẩn ASC: hồ sơ truy xuất, quản lý thức ăn, thuốc thú y, nước thải "
        "và an toàn lao động để bán cho nhà máy xuất khẩu.",
    ),
    (
        "h6o073",
        "en",
        "fao_catfish",
        "Injectable vaccine against bacillary necrosis in striped catfish",
        "Vaccine against Edwardsiella ictaluri, the cause of white-spot liver (bacillary necrosis) in striped catfish, given "
        "to fingerlings before stocking. Cuts mortality and antibiotic use in grow-out ponds.",
    ),
    (
        "h6o074",
        "vi",
        "pangasius_overview",
        "Cá tra giống chọn lọc tăng trưởng nhanh",
        "Trung tâm giống cung cấp cá tra bột và cá giống từ đàn bố mẹ chọn lọc nhiều thế hệ, tăng trưởng nhanh, tỷ lệ phi lê "
        "cao.",
    ),
    (
        "h6o075",
        "en",
        "vnplus_byprod",
        "Collagen and gelatin extraction from pangasius skin",
        "Process line that cleans and defats catfish skin from filleting plants, hydrolyses it and spray-dries collagen "
        "peptides and gelatin for food, pharmaceutical and cosmetic buyers.",
    ),
    (
        "h6o076",
        "vi",
        "potech_collagen",
        "Công nghệ tách chiết collagen từ da cá tra",
        "Nhóm nghiên cứu đại học chuyển giao quy trình khử béo da cá tra bằng dung môi, thủy phân và tinh sạch collagen với "
        "hàm lượng béo còn rất thấp, đạt yêu cầu thị trường. Biến da cá bán rẻ thành nguyên liệu giá trị cao.",
    ),
    (
        "h6o077",
        "en",
        "vnplus_byprod",
        "Refining pangasius fat into cooking oil and shortening",
        "Crude fish fat from by-product rendering is degummed, neutralised, bleached, deodorised and fractionated into "
        "cooking oil, shortening and margarine, worth several times the crude fat.",
    ),
    (
        "h6o078",
        "en",
        "vnplus_byprod",
        "Biodiesel from pangasius fat",
        "Transesterification unit converting catfish fat into biodiesel for boilers and vehicles at the processing plant.",
    ),
    (
        "h6o079",
        "vi",
        "vasep_byprod",
        "Bột cá và dịch đạm thủy phân từ đầu, xương cá tra",
        "Dây chuyền hấp, ép, sấy đầu xương cá tra thành bột cá đạm cao, và thủy phân bằng enzyme thành dịch đạm dùng làm thức "
        "ăn thủy sản, phân bón lá.",
    ),
    (
        "h6o080",
        "vi",
        "vnplus_byprod",
        "Sản xuất chitosan từ vỏ và đầu tôm",
        "Quy trình khử khoáng, khử protein và deacetyl hóa vỏ đầu tôm thành chitin, chitosan dùng trong dược phẩm, bảo quản "
        "thực phẩm và xử lý nước.",
    ),
    (
        "h6o081",
        "vi",
        "vnplus_byprod",
        "Dịch thủy phân đầu tôm làm thức ăn và phân bón",
        "Thủy phân đầu tôm bằng enzyme thu dịch đạm, astaxanthin và bã khoáng; dịch đạm bổ sung thức ăn chăn nuôi, thủy sản "
        "hoặc làm phân bón hữu cơ.",
    ),
    (
        "h6o082",
        "vi",
        "catfish_ww",
        "Xử lý nước thải nhà máy chế biến cá tra",
        "Hệ thống gồm song chắn rác, bể tách mỡ, tuyển nổi, bể kỵ khí và bể hiếu khí, xử lý nước thải giàu mỡ, đạm từ khâu cắt "
        "tiết, fillet đạt QCVN trước khi xả ra sông.",
    ),
    (
        "h6o083",
        "vi",
        "catfish_ww",
        "Bể tách và thu hồi mỡ cá từ nước thải khâu cắt tiết",
        "Bể tách mỡ nhiều ngăn kết hợp gạt váng tự động thu mỡ cá từ nước thải cắt tiết, giảm tải cho hệ xử lý phía sau và bán "
        "được mỡ thu hồi.",
    ),
    (
        "h6o084",
        "vi",
        "surimi_ww",
        "Xử lý nước thải chế biến surimi độ mặn cao",
        "Công nghệ cho nước thải surimi COD rất cao và có muối: lọc rác tinh, tuyển nổi DAF, bể sinh học thích nghi mặn và lắng "
        "bùn, đạt quy chuẩn xả thải cột B.",
    ),
    (
        "h6o085",
        "vi",
        "catfish_ww",
        "Bể kỵ khí UASB thu biogas từ nước thải chế biến thủy sản",
        "Bể UASB xử lý phần lớn chất hữu cơ của nước thải chế biến thủy sản và thu khí sinh học dùng cho lò hơi, giảm chi phí "
        "năng lượng cho nhà máy.",
    ),
    (
        "h6o086",
        "en",
        "fishsite_rs",
        "Intermediate shrimp nursery before stocking rice–shrimp fields",
        "Small lined nursery ponds where postlarvae are raised for three to four weeks to a larger size before release into "
        "rice–shrimp fields, raising survival in the extensive system.",
    ),
    (
        "h6o087",
        "vi",
        "ctu_rs",
        "Tôm sú giống sạch bệnh cho vùng nuôi lúa – tôm",
        "Trại giống cung cấp tôm sú giống đã xét nghiệm PCR sạch bệnh, thuần hóa độ mặn phù hợp ruộng lúa – tôm, kèm hướng dẫn "
        "thả giống.",
    ),
    (
        "h6o088",
        "en",
        "fishsite_rs",
        "Organic certification package for mangrove–shrimp farms",
        "Support for extensive mangrove–shrimp farmers to obtain organic certification, including mangrove cover "
        "requirements and internal control systems.",
    ),
    # --- fruit and food processing ---
    (
        "h6o089",
        "vi",
        "fruit_postharvest",
        "Kho lạnh điều chỉnh khí quyển (CA) quy mô hợp tác xã",
        "Kho lạnh có kiểm soát nhiệt độ, ẩm độ và nồng độ O2, CO2, kéo dài thời gian bảo quản trái cây tươi như bưởi, xoài, "
        "sầu riêng để chờ giá hoặc chuyển đi xa.",
    ),
    (
        "h6o090",
        "en",
        "dragon_cold",
        "Pre-cooling and cold-chain protocol for dragon fruit export",
        "Protocol from a fruit research institute: harvest at 30–32 days after flowering, forced-air pre-cooling, low "
        "temperature conditioning and sea shipment at about 5 °C. Fruit keeps quality for four weeks or more with little rot.",
    ),
    (
        "h6o091",
        "en",
        "vht_mango",
        "Vapour heat treatment unit for fruit-fly quarantine",
        "Vapour heat treatment chamber that raises fruit core temperature to a set level with saturated air to kill fruit-fly "
        "eggs and larvae, meeting quarantine rules of the US, Japan and Korea for mango and dragon fruit.",
    ),
    (
        "h6o092",
        "vi",
        "vht_mango",
        "Xử lý hơi nước nóng (VHT) diệt ruồi đục quả cho xoài, thanh long xuất khẩu",
        "Buồng xử lý hơi nước nóng đưa nhiệt độ tâm trái lên mức quy định để diệt trứng và dòi ruồi đục quả, đáp ứng yêu cầu "
        "kiểm dịch của các thị trường khó tính.",
    ),
    (
        "h6o093",
        "vi",
        "mango_ctu",
        "Xử lý nước nóng và phủ sáp cho xoài sau thu hoạch",
        "Nhúng xoài trong nước nóng khoảng 52–55 °C vài phút để diệt nấm thán thư, thối cuống, sau đó phủ sáp và làm lạnh. "
        "Giảm hư hỏng trong bảo quản và vận chuyển.",
    ),
    (
        "h6o094",
        "vi",
        "mango_ctu",
        "Màng bao chitosan kéo dài thời gian bảo quản trái cây",
        "Dung dịch chitosan phủ lên vỏ trái tạo màng mỏng hạn chế mất nước và nấm bệnh, kéo dài thời gian bảo quản xoài, "
        "bưởi, thanh long thêm 1–2 tuần.",
    ),
    (
        "h6o095",
        "vi",
        "fruit_postharvest",
        "Buồng ủ chín chuối, xoài bằng ethylene có kiểm soát",
        "Buồng ủ chín điều khiển nhiệt độ và nồng độ ethylene để trái chín đồng loạt, màu đẹp, thay cho ủ bằng đất đèn.",
    ),
    (
        "h6o096",
        "vi",
        "solar_dryer_setech",
        "Hệ thống sấy năng lượng mặt trời dạng mô-đun cho nông thủy sản",
        "Buồng sấy ghép mô-đun dùng nhiệt mặt trời, có quạt và điều khiển nhiệt độ, ẩm độ, sấy cá khô, chuối, rau củ 100–500 "
        "kg mỗi mẻ. Sản phẩm sạch, không bụi và côn trùng, không phụ thuộc thời tiết như phơi sân.",
    ),
    (
        "h6o097",
        "en",
        "solar_dryer_wecare",
        "Greenhouse-type solar dryer for farm households",
        "A polycarbonate-covered drying house with a small solar-powered fan, developed with a Thai university. It dries "
        "fruit, fish and herbs hygienically with no fuel cost after construction.",
    ),
    (
        "h6o098",
        "en",
        "solar_dryer_ict",
        "Heat-pump dryer for fruit and vegetables",
        "Closed-loop heat-pump dryer drying fruit slices at 40–60 °C with good colour retention and lower energy use than "
        "electric resistance dryers.",
    ),
    (
        "h6o099",
        "vi",
        "khoai_lang",
        "Quy trình và thiết bị sản xuất khoai lang sấy dẻo",
        "Chuyển giao quy trình hấp, tẩm đường, sấy dẻo khoai lang và đóng gói, dùng được khoai nhỏ, khoai dạt. Tăng giá trị "
        "khi giá khoai tươi xuống thấp.",
    ),
    (
        "h6o100",
        "vi",
        "khoai_lang2",
        "Sản xuất bột khoai lang tím",
        "Dây chuyền rửa, cắt lát, sấy và nghiền khoai lang tím thành bột giữ màu anthocyanin, làm nguyên liệu bánh, đồ uống.",
    ),
    (
        "h6o101",
        "en",
        "khoai_lang",
        "Sweet potato curing and ventilated storage",
        "Curing freshly harvested sweet potatoes at warm temperature and high humidity to heal skin wounds, then storing "
        "them in ventilated rooms at 13–15 °C. Rot and weight loss during storage and export transport fall sharply.",
    ),
    (
        "h6o102",
        "vi",
        "khoai_lang",
        "Xử lý lành vết thương và kho bảo quản khoai lang thông gió",
        "Khoai sau thu hoạch được ủ ấm, ẩm vài ngày cho lành vết xây xát, rồi trữ trong kho thông gió 13–15 °C, giảm thối và "
        "hao hụt khi chờ xuất khẩu.",
    ),
    (
        "h6o103",
        "en",
        "fruit_postharvest",
        "Pomelo peel essential oil by steam distillation",
        "Small steam distillation unit extracting essential oil from pomelo and citrus peel for cosmetics and hair care.",
    ),
    (
        "h6o104",
        "vi",
        "dragon_cold",
        "Rượu vang và nước ép thanh long",
        "Quy trình lên men rượu vang thanh long ruột đỏ và sản xuất nước ép thanh trùng, tận dụng trái không đạt chuẩn.",
    ),
    (
        "h6o105",
        "vi",
        "mango_ctu",
        "Dây chuyền puree xoài vô trùng",
        "Dây chuyền rửa, bóc vỏ, tách hạt, chà puree xoài, thanh trùng và đóng túi vô trùng trong thùng phuy, làm nguyên liệu "
        "cho nhà máy nước giải khát.",
    ),
    (
        "h6o106",
        "vi",
        "vht_mango",
        "Bao trái xoài chống ruồi đục quả và nấm bệnh",
        "Túi bao trái chuyên dụng bao xoài từ giai đoạn trái non giúp hạn chế ruồi đục quả, thán thư và vết xước, vỏ trái đẹp.",
    ),
    (
        "h6o107",
        "en",
        "dragon_cold",
        "LED lighting for off-season flowering of dragon fruit",
        "Energy-saving LED lamps hung in dragon fruit orchards to extend day length and induce flowering in the off season, "
        "giving better prices.",
    ),
    (
        "h6o108",
        "vi",
        "dragon_cold",
        "Đèn LED kích thích thanh long ra hoa trái vụ",
        "Đèn LED tiết kiệm điện chiếu sáng ban đêm cho vườn thanh long để cây ra hoa nghịch vụ, bán được giá cao.",
    ),
    (
        "h6o109",
        "en",
        "fruit_postharvest",
        "Fruit washing, brushing and grading line for packing houses",
        "Modular packing-house line with washing, brushing, drying tunnel and weight grading for export fruit, sized for "
        "cooperatives.",
    ),
    (
        "h6o110",
        "vi",
        "fruit_postharvest",
        "Nhà sơ chế, đóng gói trái cây đạt chuẩn xuất khẩu",
        "Thiết kế nhà sơ chế với dây chuyền rửa, chải, làm khô và phân loại theo khối lượng, đáp ứng yêu cầu vệ sinh của thị "
        "trường xuất khẩu.",
    ),
    (
        "h6o111",
        "vi",
        "fruit_postharvest",
        "Dây chuyền nước ép bưởi thanh trùng đóng chai",
        "Dây chuyền bóc múi, ép, lọc, khử đắng, thanh trùng và chiết chai nước ép bưởi, phù hợp hợp tác xã bưởi Năm Roi, da "
        "xanh.",
    ),
    (
        "h6o112",
        "vi",
        "khoai_lang2",
        "Giống khoai lang sạch bệnh nuôi cấy mô",
        "Cung cấp hom khoai lang tím Nhật sạch bệnh từ nuôi cấy mô, phục hồi năng suất cho vùng trồng bị thoái hóa giống.",
    ),
    (
        "h6o113",
        "en",
        "solar_dryer_setech",
        "Solar drying house for salted dried fish",
        "A cooperative-scale solar dryer with controlled temperature, humidity and air speed for snakeskin gourami and "
        "other dried fish, 500 kg per batch, replacing open-air drying on the ground.",
    ),
    # --- water ---
    (
        "h6o114",
        "vi",
        "ro_tiengiang",
        "Máy lọc nước lợ RO 500 lít/giờ cho tưới vườn",
        "Máy lọc thẩm thấu ngược lấy nước sông, giếng nhiễm mặn đến khoảng 5‰ qua lọc thô, lọc tinh và màng RO, cho 300–500 "
        "lít nước ngọt mỗi giờ để tưới sầu riêng, cây ăn trái trong mùa hạn mặn.",
    ),
    (
        "h6o115",
        "en",
        "greenwater_ro",
        "Solar-powered brackish water RO unit for schools and clinics",
        "Reverse-osmosis unit powered by solar panels and batteries producing safe drinking water from brackish wells or "
        "canals, with UV disinfection. Sized for a school or commune clinic.",
    ),
    (
        "h6o116",
        "vi",
        "greenwater_ro",
        "Hệ lọc RO dùng điện mặt trời cấp nước uống cho trường học vùng mặn",
        "Hệ thống lọc RO chạy bằng pin mặt trời và ắc quy, lọc nước lợ thành nước uống đạt chuẩn, có khử trùng UV, lắp cho "
        "trường học, trạm y tế xã ven biển.",
    ),
    (
        "h6o117",
        "vi",
        "dantri_hanman",
        "Túi trữ nước ngọt HDPE 7–30 m³",
        "Túi nhựa HDPE chuyên dụng trữ nước ngọt cho sinh hoạt hoặc tưới vườn trong mùa mặn, rẻ hơn bể xi măng, gấp gọn "
        "dùng nhiều năm.",
    ),
    (
        "h6o118",
        "en",
        "rain_camau",
        "Household rainwater tank with first-flush diverter and UV",
        "Roof rainwater harvesting kit: gutter screen, first-flush diverter discarding the dirty first rain, sealed storage "
        "tank sized for the dry season and a UV lamp or chlorine doser before drinking.",
    ),
    (
        "h6o119",
        "vi",
        "rain_vinhchau",
        "Hệ thu gom nước mưa hộ gia đình có lọc",
        "Máng xối, bộ tách nước mưa đầu, lọc cát than và bồn trữ kín, giúp nước mưa đạt chất lượng dùng ăn uống suốt mùa khô "
        "cho hộ dân vùng ven biển.",
    ),
    (
        "h6o120",
        "en",
        "rain_cantho",
        "Ferrocement rainwater jars of 2–4 m³",
        "Training for local masons to build ferrocement rainwater jars with tight lids and taps, cheaper than stainless "
        "tanks.",
    ),
    (
        "h6o121",
        "en",
        "piped_water",
        "Compact treatment plant for rural piped water stations",
        "Packaged plant with aeration, pressure filters for iron and manganese, biological removal of ammonium and "
        "chlorination, upgrading small commune water stations that fail drinking water standards.",
    ),
    (
        "h6o122",
        "vi",
        "piped_water",
        "Khử sắt, amoni trong nước giếng khoan bằng làm thoáng và lọc",
        "Giàn mưa làm thoáng, bể lọc cát mangan và lọc sinh học khử sắt, amoni cho trạm cấp nước nông thôn dùng nước ngầm.",
    ),
    (
        "h6o123",
        "en",
        "danish_solarpump",
        "Solar and wind water pumping for rural water schemes",
        "Replaces grid-powered pumps at rural piped water schemes with solar and wind-powered pumps, cutting electricity "
        "bills and keeping water flowing during outages.",
    ),
    (
        "h6o124",
        "en",
        "dongthap_drip",
        "Drip irrigation and fertigation kit for net houses",
        "Timer-controlled drip irrigation with fertiliser injection for melons and vegetables in net houses; saves about "
        "45 percent of water and raises yields.",
    ),
    (
        "h6o125",
        "vi",
        "dongthap_drip",
        "Tưới nhỏ giọt, phun mưa tiết kiệm nước cho cây ăn trái",
        "Thiết kế hệ thống tưới nhỏ giọt và phun mưa gốc cho vườn cây ăn trái, tiết kiệm nước và phân, thích hợp mùa khô khi "
        "nước ngọt khan hiếm.",
    ),
    (
        "h6o126",
        "vi",
        "cnc_salinity",
        "Trạm đo độ mặn tự động trên kênh, báo về điện thoại",
        "Trạm đo độ dẫn điện đặt tại cửa cống, kênh nội đồng, gửi độ mặn theo giờ về điện thoại để người dân và hợp tác xã "
        "biết lúc nào lấy nước an toàn.",
    ),
    (
        "h6o127",
        "en",
        "cnc_salinity",
        "Low-cost salinity logger for canal intakes with SMS alerts",
        "Battery-powered conductivity logger installed at canal intakes or sluices, sending salinity readings and SMS "
        "alerts when a threshold is crossed.",
    ),
    (
        "h6o128",
        "vi",
        "post_biogas_wetland",
        "Bãi lọc trồng cây xử lý nước thải chăn nuôi sau biogas",
        "Đất ngập nước kiến tạo trồng sậy, cỏ vetiver xử lý tiếp nước thải sau hầm biogas, giảm BOD, đạm, lân trước khi xả "
        "hoặc tưới.",
    ),
    (
        "h6o129",
        "en",
        "post_biogas_wetland",
        "Constructed wetland polishing of piggery effluent after biogas",
        "A planted gravel-bed wetland that removes remaining organic matter, nitrogen and phosphorus from digester effluent "
        "so that the water meets discharge limits.",
    ),
    (
        "h6o130",
        "vi",
        "lucbinh",
        "Máy vớt và băm lục bình trên kênh rạch",
        "Xuồng máy gắn băng tải vớt lục bình và bộ băm, giải phóng dòng chảy kênh rạch; lục bình băm dùng ủ phân hoặc nạp "
        "hầm biogas.",
    ),
    (
        "h6o131",
        "vi",
        "lucbinh_craft",
        "Nhà màng và máy sấy nguyên liệu lục bình đan thủ công",
        "Nhà màng phơi và máy sấy cọng lục bình giúp cơ sở đan lát chủ động nguyên liệu khô, không mốc khi trời mưa.",
    ),
    (
        "h6o132",
        "vi",
        "greenwater_ro",
        "Chưng cất nước biển bằng năng lượng mặt trời quy mô hộ",
        "Thiết bị chưng cất nhiều tầng dùng nhiệt mặt trời làm bay hơi nước mặn và ngưng tụ thành nước ngọt, vài chục lít "
        "mỗi ngày cho hộ gia đình vùng đảo.",
    ),
    (
        "h6o133",
        "en",
        "piped_water",
        "Automatic chlorine dosing for small water stations",
        "Flow-proportional chlorine dosing pump with residual monitoring for small water stations and school water "
        "systems.",
    ),
    (
        "h6o134",
        "en",
        "shrimp_rice_vn",
        "Automated sluice gates for salinity control",
        "Solar-powered sluice gate actuators linked to salinity sensors close automatically when saline water approaches and "
        "open to take in fresh water.",
    ),
    (
        "h6o135",
        "en",
        "dongthap_drip",
        "Net-house melon production package",
        "Net-house design, hydroponic substrate and crop calendar for honeydew melon with four crops a year.",
    ),
    # --- energy ---
    (
        "h6o136",
        "vi",
        "biogas_tg",
        "Hầm biogas composite cho hộ chăn nuôi heo",
        "Hầm ủ biogas composite lắp ghép, kín khí, xử lý phân và nước thải chuồng heo, giảm mùi hôi và ruồi, khí dùng nấu ăn. "
        "Lắp đặt trong một ngày.",
    ),
    (
        "h6o137",
        "en",
        "biogas_ctu",
        "Co-digestion of water hyacinth and rice straw in household digesters",
        "University-tested feeding recipes that mix chopped water hyacinth or used mushroom straw with pig manure, keeping "
        "household biogas digesters producing gas when manure is short.",
    ),
    (
        "h6o138",
        "vi",
        "biogas_ctu",
        "Nạp lục bình, rơm cho hầm biogas khi thiếu phân heo",
        "Hướng dẫn tỷ lệ phối trộn lục bình băm, rơm sau trồng nấm với phân heo để hầm biogas vẫn sinh khí khi đàn heo giảm.",
    ),
    (
        "h6o139",
        "en",
        "biogas_tg",
        "Biogas generator sets for farms",
        "Gas engines converted to run on biogas, with H2S scrubber, producing electricity for pumps, lighting and fans on "
        "pig farms.",
    ),
    (
        "h6o140",
        "vi",
        "biogas_tg",
        "Máy phát điện chạy khí sinh học",
        "Máy phát điện cải tiến chạy bằng biogas, kèm bộ lọc H2S, cấp điện cho bơm, quạt, chiếu sáng trang trại.",
    ),
    (
        "h6o141",
        "vi",
        "pig_ww",
        "Đệm lót sinh học trong chăn nuôi heo",
        "Chuồng nuôi trên đệm lót trấu, mùn cưa với men vi sinh phân giải phân tại chỗ, gần như không có nước thải.",
    ),
    (
        "h6o142",
        "vi",
        "pig_ww",
        "Máy ép tách phân heo rắn – lỏng",
        "Máy ép trục vít tách phân heo thành phần rắn làm phân bón và phần lỏng đưa vào hầm biogas, giảm đầy hầm và mùi.",
    ),
    (
        "h6o143",
        "en",
        "pig_ww",
        "Screw-press manure separator",
        "Screw press separating solids from pig slurry before the digester; solids are sold as compost material.",
    ),
    (
        "h6o144",
        "en",
        "danish_solarpump",
        "Solar PV with batteries for pond aerators",
        "Off-grid or hybrid solar system with batteries sized to run aerators in remote aquaculture areas.",
    ),
    (
        "h6o145",
        "vi",
        "solar_dryer_ict",
        "Điện mặt trời áp mái cho nhà xưởng chế biến",
        "Thiết kế, lắp đặt hệ thống điện mặt trời áp mái hòa lưới cho xưởng chế biến nông sản, tự dùng ban ngày cho máy sấy, "
        "kho lạnh, giảm hóa đơn điện.",
    ),
    # --- agri-digital ---
    (
        "h6o146",
        "vi",
        "qr_trace",
        "Phần mềm truy xuất nguồn gốc bằng tem QR cho hợp tác xã",
        "Phần mềm nhật ký sản xuất điện tử và in tem QR; người mua quét mã thấy vùng trồng, ngày thu hoạch, sơ chế, đóng gói. "
        "Giúp sản phẩm hợp tác xã vào siêu thị, sàn thương mại điện tử.",
    ),
    (
        "h6o147",
        "en",
        "qr_hn",
        "QR-code traceability platform with farm diary app",
        "Farm diary app for growers and a QR label system so that supermarkets and consumers can trace produce to the farm "
        "and its cultivation records.",
    ),
    (
        "h6o148",
        "vi",
        "qr_trace",
        "Nhật ký sản xuất trên nền tảng blockchain",
        "Ghi nhật ký canh tác lên blockchain để dữ liệu không bị sửa, phục vụ chứng nhận và minh bạch thông tin.",
    ),
    (
        "h6o149",
        "en",
        "techmart_mekong",
        "Livestream selling training for cooperatives",
        "Courses on selling farm products via livestreams and social commerce platforms.",
    ),
    (
        "h6o150",
        "vi",
        "techmart_mekong",
        "Sàn thương mại điện tử nông sản kết nối hợp tác xã",
        "Sàn giao dịch trực tuyến đưa sản phẩm hợp tác xã tới người mua sỉ, hỗ trợ thanh toán và vận chuyển.",
    ),
    (
        "h6o151",
        "en",
        "awd_angiang",
        "Weather station and rice blast forecasting app",
        "Field weather stations feeding a disease model that forecasts rice blast risk and advises farmers by app when to "
        "scout and spray.",
    ),
    (
        "h6o152",
        "vi",
        "techmart_mekong",
        "Ứng dụng sổ tay ghi chép chi phí nông hộ",
        "Ứng dụng điện thoại ghi chi phí vật tư, công lao động, doanh thu từng vụ để nông hộ tính lời lỗ.",
    ),
    # --- more ---
    (
        "h6o153",
        "en",
        "sggp_coco",
        "Coir pots for nursery seedlings",
        "Biodegradable pots moulded from coir fiber and latex for nursery seedlings, planted directly with the plant.",
    ),
    (
        "h6o154",
        "vi",
        "hl_coco_tv",
        "Máy tách cơm dừa khỏi gáo",
        "Máy tách nguyên miếng cơm dừa khỏi gáo sau khi bổ trái, thay thao tác cạy bằng tay, tăng năng suất cho cơ sở sơ chế.",
    ),
    (
        "h6o155",
        "en",
        "fruit_postharvest",
        "Vacuum-fried jackfruit and fruit chips",
        "Low-temperature vacuum frying line for jackfruit, banana and taro chips with de-oiling centrifuge.",
    ),
    (
        "h6o156",
        "en",
        "mobile_dryer",
        "Mobile biomass-fired grain dryer",
        "Trailer-mounted tower dryer with a biomass furnace (husk, wood, corn cobs) that moves between villages to dry rice, "
        "maize and beans in the rainy season when sun drying fails.",
    ),
    (
        "h6o157",
        "vi",
        "two_stage",
        "Kho lúa thông gió cưỡng bức giữ ẩm an toàn",
        "Kho silo có quạt thông gió cưỡng bức và cảm biến nhiệt độ, ẩm độ, giữ lúa đã sấy sơ bộ không nóng, không mốc trong "
        "thời gian chờ xay.",
    ),
    (
        "h6o158",
        "en",
        "vht_mango",
        "Protein bait and traps for fruit-fly management in orchards",
        "Area-wide fruit-fly management using protein bait spots and male-annihilation traps in mango and citrus orchards.",
    ),
    (
        "h6o159",
        "vi",
        "mango_ctu",
        "Xử lý ra hoa xoài trái vụ",
        "Quy trình dùng paclobutrazol và quản lý nước để xoài cát Hòa Lộc ra hoa nghịch vụ.",
    ),
    (
        "h6o160",
        "en",
        "pangasius_overview",
        "Salinity-tolerant tilapia strain for brackish ponds",
        "Selected red tilapia strain that grows in brackish water up to 15 ppt, for ponds affected by saltwater intrusion.",
    ),
]
