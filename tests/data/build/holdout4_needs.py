"""Needs of the fourth held-out set (holdout4): (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer solves the need, 1 = related or partial answer; unlisted offers are not relevant.
"""

NEEDS = [
    (
        "h8n01",
        "vi",
        "coir_hx",
        "Vỏ dừa tươi chất đống, cần máy tách xơ và mụn",
        "HTX dừa ở Cầu Kè mỗi ngày lột vài nghìn trái dừa uống nước, vỏ chất đống bốc mùi và phải thuê chở đi đổ. "
        "Chúng tôi cần thiết bị xử lý vỏ để thu xơ và mụn đem bán.",
        {"h8o001": 2, "h8o006": 1, "h8o002": 1},
    ),
    (
        "h8n02",
        "en",
        "coir_apcc",
        "Low-salt coir substrate for export greenhouses",
        "We export growing media to greenhouse growers in Korea and Japan. Raw coir pith from Tra Vinh fails their tests because "
        "conductivity, sodium and tannin are too high. We look for a treatment line or partner.",
        {"h8o003": 2, "h8o005": 2, "h8o001": 1},
    ),
    (
        "h8n03",
        "vi",
        "coir_mat",
        "Vật liệu phủ gốc bưởi giữ ẩm thay rơm, nilon",
        "Nhà vườn bưởi da xanh mùa khô phải tưới nhiều, phủ rơm thì nhanh mục còn phủ nilon thì nóng gốc và rác thải nhựa. "
        "Cần loại vật liệu phủ gốc bền, tự hủy, giá hợp lý.",
        {"h8o002": 2, "h8o001": 1},
    ),
    (
        "h8n04",
        "en",
        "coir_asia",
        "Biodegradable protection for eroding canal banks",
        "The district irrigation office must protect several kilometres of eroding earthen canal banks until grass and trees establish. "
        "Concrete is too costly and plastic mats are not wanted.",
        {"h8o004": 2},
    ),
    (
        "h8n05",
        "vi",
        "coco_sap",
        "Nhựa hoa dừa bị lên men chua trước khi thu",
        "Công ty muốn làm mật hoa dừa xuất khẩu nhưng nhựa hứng trên cây qua đêm đã lên men, có mùi chua và không nấu thành mật được. "
        "Cần cách thu nhựa giữ được ngọt và sạch.",
        {"h8o011": 2, "h8o013": 1, "h8o012": 1},
    ),
    (
        "h8n06",
        "en",
        "coco_sap_ph",
        "Starting granulated coconut sugar production",
        "A farmer group with 2,000 tall palms wants to make granulated coconut sugar for organic shops. "
        "We need the full process from tapping to dry sugar.",
        {"h8o012": 2, "h8o011": 1, "h8o013": 1},
    ),
    (
        "h8n07",
        "vi",
        "dua_sap",
        "Vườn dừa sáp tỷ lệ trái sáp thấp",
        "Chúng tôi trồng 3 ha dừa sáp bằng cây con tự ươm, mỗi buồng chỉ vài trái có sáp nên lỗ. "
        "Cần nguồn cây giống cho tỷ lệ trái sáp cao và ổn định.",
        {"h8o014": 2, "h8o015": 2, "h8o017": 1},
    ),
    (
        "h8n08",
        "vi",
        "kien_vuong",
        "Kiến vương đục ngọn dừa gây chết cây",
        "Vườn dừa ở Châu Thành nhiều cây bị đục nát đọt, lá gãy gập, có cây chết ngọn. "
        "Cán bộ xác định là kiến vương. Cần biện pháp phòng trừ hiệu quả, ít dùng thuốc.",
        {"h8o022": 2, "h8o025": 2},
    ),
    (
        "h8n09",
        "vi",
        "bracon",
        "Lá dừa cháy khô từng mảng, có sâu đầu đen",
        "Nhiều vườn dừa ở Bến Tre và Trà Vinh có lá chét khô xám như bị cháy, dưới lá có sâu non đầu đen làm tổ. "
        "Diện tích nhiễm tăng nhanh, cây không phun thuốc được vì quá cao.",
        {"h8o024": 2},
    ),
    (
        "h8n10",
        "vi",
        "lua_man",
        "Lúa ven biển chết do mặn đầu mùa khô",
        "HTX ở Duyên Hải gieo lúa đông xuân nhưng tháng 2 nước kênh lên 3-4 ‰, lúa cháy lá, năm rồi mất trắng 40 ha. "
        "Cần giống lúa và cách canh tác để giữ được vụ.",
        {"h8o026": 2, "h8o029": 1, "h8o093": 1},
    ),
    (
        "h8n11",
        "vi",
        "say_sra",
        "HTX cần máy sấy lúa khoảng 10 tấn mỗi mẻ",
        "Vụ hè thu thu hoạch giữa mùa mưa, lúa không phơi được, thương lái ép giá lúa ướt. "
        "HTX muốn đầu tư máy sấy khoảng 10 tấn/mẻ, sấy đều, ít gãy hạt.",
        {"h8o030": 2, "h8o031": 2, "h8o033": 1, "h8o032": 1, "h8o035": 1},
    ),
    (
        "h8n12",
        "vi",
        "say_di_dong",
        "Can thiet bi say lua tai ruong, khong co dien",
        "Ruong o xa, khong co dien luoi, lua cat xong phai cho ve nha phoi tren duong. "
        "Can thiet bi say nho, di chuyen duoc, dung trau lam chat dot, khong can dien.",
        {"h8o032": 2},
    ),
    (
        "h8n13",
        "en",
        "phoi_say",
        "Paddy in cooperative warehouse damaged by insects and mould",
        "Our cooperative keeps dried paddy in bags for several months before selling. In the rainy season weevils and mould appear "
        "and seed lots lose germination. We do not want to fumigate.",
        {"h8o034": 2},
    ),
    (
        "h8n14",
        "vi",
        "rsm_irri",
        "Trồng nấm rơm quanh năm, tránh phụ thuộc thời tiết",
        "Tổ hợp tác có nhiều rơm sau máy gặt đập liên hợp, trồng nấm ngoài đồng thì mưa nhiều hư mô, nắng gắt thì nấm teo. "
        "Muốn trồng ổn định quanh năm để giao cho chợ đầu mối.",
        {"h8o036": 2, "h8o038": 2, "h8o143": 2, "h8o037": 2, "h8o142": 1, "h8o040": 1},
    ),
    (
        "h8n15",
        "vi",
        "trun_que",
        "Phân bò tồn đọng, muốn làm thành phân bán",
        "Hộ nuôi 20 con bò, phân thải ra mỗi ngày chất sau chuồng, mùa mưa chảy ra mương, hàng xóm phàn nàn. "
        "Muốn xử lý phân thành sản phẩm bán được cho nhà vườn.",
        {"h8o048": 2, "h8o054": 1, "h8o046": 1, "h8o042": 1},
    ),
    (
        "h8n16",
        "en",
        "biogas_bd",
        "Biogas generator corroding within months",
        "Our 2,000-pig farm runs a biogas generator, but engine parts and the gas burner corrode within months and the gas smells of rotten eggs. "
        "We need a fix for the gas quality.",
        {"h8o047": 2, "h8o043": 1},
    ),
    (
        "h8n17",
        "vi",
        "sau_biogas",
        "Nước thải sau hầm biogas vẫn bị phạt vì đạm cao",
        "Trại heo đã có hầm biogas nhưng nước ra khỏi hầm vẫn đen, amoni cao, đoàn kiểm tra môi trường lập biên bản. "
        "Cần giải pháp xử lý tiếp chi phí thấp.",
        {"h8o044": 2, "h8o045": 2},
    ),
    (
        "h8n18",
        "en",
        "biogas_ctu",
        "Household digesters idle after pig herds were lost",
        "Many households in our commune lost their pigs to disease and their biogas digesters stopped producing gas. "
        "We look for other local materials to keep digesters running.",
        {"h8o141": 2, "h8o041": 2},
    ),
    (
        "h8n19",
        "en",
        "bsf_iwmi",
        "Town market organic waste: treatment with a sellable product",
        "Our town market produces about two tonnes of vegetable and fruit waste a day, now dumped at the landfill. "
        "The town wants a treatment that also earns income, for example animal feed.",
        {"h8o051": 2, "h8o053": 2, "h8o052": 2, "h8o054": 1},
    ),
    (
        "h8n20",
        "vi",
        "plastic_ct",
        "Cơ sở ve chai muốn tái chế bao nilon thành nguyên liệu",
        "Cơ sở thu mua phế liệu gom được nhiều bao nilon, màng phủ nông nghiệp nhưng giá bán rất thấp. "
        "Muốn đầu tư máy để tự làm ra nguyên liệu nhựa bán cho xưởng.",
        {"h8o058": 2},
    ),
    (
        "h8n21",
        "en",
        "plastic_giz",
        "Provincial pilot to raise plastic packaging recycling",
        "The provincial environment department must cut plastic leaking into rivers and wants a pilot in two districts "
        "to improve collection and recycling of plastic packaging with households and scrap dealers.",
        {"h8o056": 2, "h8o055": 2, "h8o057": 1, "h8o058": 1},
    ),
    (
        "h8n22",
        "vi",
        "ehp",
        "Cần xét nghiệm tôm giống trước khi thả",
        "Mấy vụ gần đây tôm thẻ chậm lớn, phân trắng, nghi giống nhiễm bệnh từ trại. "
        "Tổ hợp tác muốn có nơi kiểm tra bệnh tôm giống nhanh trước mỗi đợt thả.",
        {"h8o063": 2},
    ),
    (
        "h8n23",
        "en",
        "ehp",
        "Hatchery postlarvae keep testing positive for EHP",
        "Our shrimp hatchery disinfects tanks and broodstock, yet postlarvae still test positive for EHP. "
        "We suspect the live feed and need a way to stop the infection route.",
        {"h8o064": 2, "h8o063": 1},
    ),
    (
        "h8n24",
        "vi",
        "do_sensor_ag",
        "Không phải thức canh oxy ao tôm ban đêm",
        "Trại có 6 ao tôm, đêm nào cũng phải thức đi đo oxy vì sợ tôm nổi đầu, có lần cúp điện quạt dừng mà không ai biết. "
        "Cần thiết bị theo dõi và báo về điện thoại.",
        {"h8o065": 2, "h8o067": 2, "h8o066": 2, "h8o072": 1},
    ),
    (
        "h8n25",
        "en",
        "biofloc",
        "Shrimp farm with limited clean water intake",
        "The canal next to our farm is often polluted by neighbouring ponds, so we want to farm whiteleg shrimp with almost no water exchange "
        "while keeping ammonia under control.",
        {"h8o061": 2, "h8o062": 2, "h8o144": 1, "h8o071": 1},
    ),
    (
        "h8n26",
        "vi",
        "tom_lua",
        "Ruộng tôm-lúa năng suất thấp, cần thiết kế lại",
        "HTX có 120 ha luân canh tôm-lúa, mương nhỏ, nước trên trảng cạn, tôm hao hụt nhiều và lúa vụ sau yếu. "
        "Cần tư vấn cải tạo ruộng và cách thả nuôi.",
        {"h8o068": 2, "h8o029": 2, "h8o026": 1},
    ),
    (
        "h8n27",
        "vi",
        "catfish_byp",
        "Phụ phẩm cá tra bán rẻ, cần sản phẩm giá trị cao",
        "Nhà máy phi lê mỗi ngày thải ra hơn 100 tấn đầu, xương, da, mỡ, hiện bán cho cơ sở làm bột cá giá thấp. "
        "Muốn chuyển sang sản phẩm giá trị gia tăng cao hơn.",
        {"h8o074": 2, "h8o075": 2, "h8o073": 2, "h8o077": 1, "h8o076": 1},
    ),
    (
        "h8n28",
        "en",
        "pangasius_vcci",
        "Turning surplus fish fat into fuel for our boilers",
        "Our catfish plant renders a lot of crude fat that sells cheaply, while we buy diesel for boilers and forklifts. "
        "We want to use the fat as fuel in our own plant.",
        {"h8o076": 2},
    ),
    (
        "h8n29",
        "en",
        "seafood_ww",
        "Low-cost nature-based polishing of seafood effluent",
        "Our shrimp processing plant meets COD limits after treatment but nitrogen and phosphorus are still high. "
        "We have spare land and prefer a low-cost, nature-based step.",
        {"h8o079": 2, "h8o083": 2},
    ),
    (
        "h8n30",
        "vi",
        "han_man",
        "Hộ dân ven biển thiếu nước ngọt sinh hoạt mùa khô",
        "Mùa khô nước kênh mặn, nước máy không tới, nhiều hộ phải mua nước bồn giá cao. "
        "Xã muốn hỗ trợ hộ dân trữ nước ngọt, nước mưa cho mấy tháng khô.",
        {"h8o084": 2, "h8o149": 2, "h8o085": 2, "h8o148": 2, "h8o086": 1},
    ),
    (
        "h8n31",
        "en",
        "water_store",
        "Real-time salinity data for sluice operation",
        "The irrigation management company operates sluices on a coastal canal system and decides by hand samples when to close them. "
        "We need continuous salinity readings at many points.",
        {"h8o091": 2, "h8o153": 1, "h8o093": 1},
    ),
    (
        "h8n32",
        "vi",
        "dua_hau_tv",
        "Dưa hấu trên đất giồng cát thiếu nước tưới",
        "Nông dân trồng dưa hấu trên giồng cát ở Cầu Ngang, mùa khô giếng yếu, tưới rãnh tốn nước mà cây vẫn héo. "
        "Cần cách tưới tiết kiệm nước phù hợp.",
        {"h8o097": 2, "h8o095": 1},
    ),
    (
        "h8n33",
        "en",
        "solar_pump_irri",
        "Off-grid irrigation for a vegetable group",
        "Our women's vegetable group farms plots far from the power line and spends much of its income on diesel for pumping. "
        "We want a cleaner, cheaper way to pump water.",
        {"h8o098": 2, "h8o099": 2},
    ),
    (
        "h8n34",
        "vi",
        "xoai_sth",
        "Xoài xuất khẩu bị trả về vì thán thư và ruồi đục trái",
        "Công ty thu mua xoài cát Hòa Lộc để xuất khẩu, vài lô bị đốm thán thư khi tới nơi, đối tác yêu cầu xử lý kiểm dịch ruồi đục trái. "
        "Cần công nghệ xử lý sau thu hoạch.",
        {"h8o102": 2, "h8o103": 2, "h8o104": 1, "h8o105": 1},
    ),
    (
        "h8n35",
        "en",
        "xoai_dt",
        "Mangoes arrive green and ripen unevenly after sea freight",
        "Our importer in Australia complains that our mangoes arrive hard and green after 30 days in reefer containers "
        "and then ripen unevenly on the shelf.",
        {"h8o106": 2, "h8o103": 1, "h8o105": 1},
    ),
    (
        "h8n36",
        "vi",
        "khoai_tour",
        "Khoai lang bán thô bị ép giá, muốn chế biến",
        "HTX khoai lang ở Bình Tân bán củ tươi cho thương lái, chính vụ giá xuống rất thấp. "
        "HTX muốn làm ra sản phẩm chế biến từ khoai để bán quanh năm.",
        {"h8o112": 2, "h8o113": 1},
    ),
    (
        "h8n37",
        "vi",
        "gach_mt",
        "Lò gạch thủ công bị yêu cầu chuyển đổi",
        "Cơ sở gạch gốm ở Mang Thít dùng lò đốt trấu truyền thống, khói bụi ảnh hưởng dân cư, địa phương yêu cầu chuyển đổi. "
        "Chúng tôi muốn công nghệ nung sạch hơn mà chi phí chịu được.",
        {"h8o121": 2, "h8o120": 2, "h8o122": 1, "h8o123": 1},
    ),
    (
        "h8n38",
        "en",
        "husk_power",
        "Rice mill with husk piling up",
        "Our rice mill in An Giang produces about 100 tonnes of husk a day and pays to get rid of it, while our electricity bill keeps rising. "
        "We want to turn the husk into power.",
        {"h8o124": 2, "h8o120": 1, "h8o123": 1},
    ),
    (
        "h8n39",
        "vi",
        "qr_ld",
        "Đặc sản bị làm nhái nhãn mác",
        "Sản phẩm kẹo dừa và bánh tét của cơ sở bị làm nhái bao bì bán ở chợ, khách mua phải hàng kém chất lượng. "
        "Cần giải pháp cho khách phân biệt hàng thật.",
        {"h8o137": 2, "h8o133": 1, "h8o134": 1, "h8o136": 1},
    ),
    (
        "h8n40",
        "en",
        "drone_dt",
        "Training our members to fly spraying drones",
        "The cooperative has bought two spraying drones but none of the members can fly them safely or set up spraying missions. "
        "We need a course for four young members.",
        {"h8o132": 2, "h8o130": 1},
    ),
    (
        "h8n41",
        "en",
        "coco_pest",
        "Labour shortage for coconut harvesting",
        "Our coconut estate cannot find enough climbers; nuts are harvested late and crowns are not checked for pests. "
        "We look for a safe way for ordinary workers to climb palms.",
        {"h8o154": 2},
    ),
    (
        "h8n42",
        "en",
        "coco_products",
        "Improving acid sandy soil with coconut residues",
        "A fruit farm on acid sulphate and sandy soils has mountains of coconut husk and shell from a nearby processor. "
        "We want to turn them into a soil amendment that raises pH and holds water.",
        {"h8o151": 2, "h8o139": 1},
    ),
    (
        "h8n43",
        "vi",
        "say_tang_soi",
        "Nhà máy cần sấy cơm dừa nạo công suất lớn",
        "Nhà máy chế biến dừa muốn xuất khẩu cơm dừa nạo sấy nhưng sấy khay hiện tại chậm, cơm dừa bị vàng, độ ẩm không đều. "
        "Cần thiết bị sấy công suất vài tấn mỗi giờ.",
        {"h8o019": 2, "h8o033": 1},
    ),
    (
        "h8n44",
        "vi",
        "coco_products",
        "Tận dụng nước dừa già thải ra",
        "Cơ sở lấy cơm dừa làm kẹo mỗi ngày đổ bỏ vài nghìn lít nước dừa già ra cống, gây mùi chua. "
        "Muốn biết có sản phẩm gì làm được từ nguồn nước này.",
        {"h8o008": 2},
    ),
    (
        "h8n45",
        "vi",
        "shrimp_dbscl",
        "Tiền điện chạy quạt ao tôm quá cao",
        "Trại tôm thẻ 4 ha chạy quạt nước gần như suốt ngày đêm, tiền điện chiếm phần lớn chi phí. "
        "Cần giải pháp giảm điện năng mà vẫn đủ oxy cho tôm.",
        {"h8o072": 2, "h8o128": 1},
    ),
    (
        "h8n46",
        "vi",
        "coir_hx",
        "Lột vỏ dừa khô bằng tay chậm và nguy hiểm",
        "Vựa dừa khô thuê nhân công lột vỏ bằng dao, năng suất thấp, hay bị thương và khó tìm người làm. "
        "Cần máy lột vỏ dừa khô.",
        {"h8o138": 2},
    ),
    (
        "h8n47",
        "vi",
        "solar_dry_oi",
        "Sấy trái cây giữ màu, không phụ thuộc nắng",
        "Cơ sở làm mít sấy, chuối sấy hiện phơi nắng, mùa mưa phải ngưng, sản phẩm sậm màu. "
        "Cần máy sấy chạy liên tục, giữ màu đẹp, chi phí điện vừa phải.",
        {"h8o109": 2, "h8o107": 1, "h8o150": 1},
    ),
    (
        "h8n48",
        "vi",
        "u_chua",
        "Máy băm cỏ cho đàn bò 50 con",
        "HTX chăn nuôi bò thịt hiện băm cỏ voi bằng tay mất nhiều công, muốn ủ chua dự trữ nhưng không kịp chuẩn bị. "
        "Cần máy băm cỏ phù hợp.",
        {"h8o117": 2, "h8o115": 1},
    ),
    (
        "h8n49",
        "en",
        "nha_mang",
        "Greenhouse too hot for melons in the dry season",
        "Our melon greenhouse reaches over 40 C at noon in March and April, flowers drop and fruit set fails. "
        "We need automatic control of temperature and humidity.",
        {"h8o152": 2},
    ),
    (
        "h8n50",
        "vi",
        "trichoderma",
        "Rơm sau khi thu nấm bỏ đầy bờ ruộng",
        "Tổ trồng nấm rơm mỗi đợt thải ra hàng chục tấn rơm đã thu nấm, để lâu thối rữa hoặc phải đốt. "
        "Muốn xử lý thành phân bón dùng lại cho ruộng rau.",
        {"h8o040": 2, "h8o049": 1, "h8o054": 1},
    ),
    (
        "h8n51",
        "en",
        "coco_products",
        "Bottled coconut water that tastes fresh",
        "Our beverage start-up sells coconut water in cafes, but heat-pasteurised juice tastes cooked and customers complain. "
        "We need a way to extend shelf life without heating.",
        {"h8o018": 2},
    ),
    (
        "h8n52",
        "vi",
        "khoai_bt",
        "Khoai lang cần đạt chứng nhận để xuất đi thị trường khó tính",
        "Doanh nghiệp muốn thu mua khoai lang Bình Tân xuất sang châu Âu nhưng đối tác yêu cầu vùng trồng có chứng nhận và ghi chép đầy đủ. "
        "Cần quy trình canh tác đạt chuẩn cho nông dân liên kết.",
        {"h8o114": 2, "h8o113": 1},
    ),
]
