"""Needs for holdout150 (ice cream, yoghurt and small dairy processing), set in Trà Vinh / Vĩnh Long:
(id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "nVn01",
        "vi",
        "soctrang_htx_bosua",
        "Cần thiết kế điểm thu mua sữa bò có bồn làm lạnh cho hợp tác xã ở Trà Cú",
        "Hợp tác xã bò sữa của bà con Khmer ở xã Ngãi Xuyên, huyện Trà Cú có nhiều hộ nuôi 3–5 con, mỗi ngày giao sữa hai "
        "lượt sáng và chiều bằng bình 20 kg, giá khoảng 12.500 đồng/kg. Hiện nhân viên chỉ lấy mẫu thử cồn 75 độ, sữa kết tủa "
        "thì từ chối. Chúng tôi cần thiết kế điểm thu mua ngay tại chợ: bàn kiểm tra nhanh, lọc hai lần, bồn làm lạnh hạ sữa "
        "từ khoảng 26°C xuống 2°C để giữ tới khi xe nhà máy tới lấy, và quy trình rửa bình cho hộ sau khi giao.",
        {
            "nVo001": 2,
            "nVo002": 2,
            "nVo003": 2,
            "nVo051": 1,
            "nVo084": 1,
            "nVo141": 1,
            "nVo085": 1,
            "nVo142": 1,
            "nVo004": 1,
            "nVo143": 1,
        },
    ),
    (
        "nVn02",
        "en",
        "bentre_bosua_covid",
        "Farm-level milk cooling so households can hold milk between deliveries",
        "Dairy households in Càng Long district milk their cows and carry the milk to the buyer twice a day, every day, "
        "warm, on motorbikes. Some families have a dozen or more cows. We would like a small cooling set-up on each farm or "
        "for a group of neighbours so that milk is chilled right after milking and evening milk can be held until the "
        "morning trip, cutting transport and rejections.",
        {
            "nVo004": 2,
            "nVo005": 2,
            "nVo006": 2,
            "nVo007": 2,
            "nVo011": 1,
            "nVo009": 1,
            "nVo010": 1,
            "nVo015": 1,
            "nVo016": 1,
            "nVo003": 1,
        },
    ),
    (
        "nVn03",
        "vi",
        "goat_longan",
        "Trại dê sữa ở Tiểu Cần cần quy trình và thiết bị làm sữa chua dê",
        "Trang trại ở Tiểu Cần cải tạo chuồng bò thành nhà sàn nuôi dê, nay có khoảng 200 con, phần lớn là dê Saanen đang "
        "vắt sữa và dê hậu bị, thu hoạch trên 50 lít sữa mỗi ngày. Bán sữa tươi không hết, chúng tôi muốn chế biến sữa chua dê "
        "đóng hũ bán tại chỗ và cho cửa hàng trong tỉnh; cần quy trình thanh trùng, cấy men, ủ và thiết bị phù hợp quy mô "
        "50 lít/ngày.",
        {
            "nVo032": 2,
            "nVo033": 2,
            "nVo147": 2,
            "nVo145": 2,
            "nVo144": 2,
            "nVo028": 1,
            "nVo020": 1,
            "nVo019": 1,
            "nVo030": 1,
            "nVo041": 1,
            "nVo031": 1,
            "nVo029": 1,
        },
    ),
    (
        "nVn04",
        "en",
        "goat_haugiang_ocop",
        "Dried goat-milk products flavoured with local jackfruit and durian",
        "A goat-keeping and goat-milk processing household in Châu Thành district feeds its goats on banana, jackfruit and "
        "maize by-products from the gardens around. We started with 12 milking does and 3 bucks bought from a national goat "
        "research centre and already sell goat milk products. We want to add shelf-stable dried goat milk or yoghurt "
        "flavoured with jackfruit and durian, which grow everywhere here, and need the drying technology and process.",
        {"nVo032": 2, "nVo033": 2, "nVo156": 2, "nVo157": 2, "nVo028": 1},
    ),
    (
        "nVn05",
        "vi",
        "goat_tiengiang_ocop",
        "Sữa dê của hợp tác xã bị chê nặng mùi, cần cách khử mùi",
        "Hợp tác xã dê sữa ở Châu Thành nuôi dê Saanen lẫn dê lai của thành viên. Nhiều khách chê sữa dê và sữa chua dê có "
        "mùi hôi, nặng mùi, nhất là sữa thu từ các hộ nuôi dê lai tạp. Chúng tôi cần chuyên gia chỉ ra nguyên nhân (thức ăn, "
        "vệ sinh vắt, bảo quản, dê đực nuôi chung…) và quy trình để sữa dê thơm, sạch trước khi chế biến.",
        {"nVo095": 2, "nVo096": 2, "nVo097": 2, "nVo093": 1, "nVo004": 1, "nVo018": 1},
    ),
    (
        "nVn06",
        "en",
        "goat_lamnong",
        "Portable milking machine for a goat farm in Cầu Ngang",
        "Our farm in Cầu Ngang switched from pigs to goats after African swine fever. Goats eat the leaves of almost "
        "anything and thrive here, and we now milk about 60 does by hand, which takes hours each morning and the milk is "
        "not always clean. We are looking for a small portable goat milking machine with a closed bucket and supply of "
        "spare liners.",
        {"nVo017": 2, "nVo018": 1},
    ),
    (
        "nVn07",
        "vi",
        "countrysmallholder_taste",
        "Hộ nuôi dê ở Vũng Liêm cần thiết bị thanh trùng nhỏ để bán sữa dê tươi",
        "Gia đình tôi ở Vũng Liêm nuôi dê sữa, khách quen muốn mua sữa dê tươi uống hằng ngày nhưng sợ sữa sống. Sữa là môi "
        "trường vi khuẩn sinh sôi rất nhanh khi để ấm và dễ hút mùi, nên tôi cần một bộ thanh trùng nhỏ từng mẻ vài chục lít, "
        "có điều khiển nhiệt độ, làm nguội nhanh sau thanh trùng, rồi đóng chai bán trong ngày.",
        {
            "nVo020": 2,
            "nVo019": 2,
            "nVo021": 2,
            "nVo026": 2,
            "nVo024": 1,
            "nVo027": 1,
            "nVo025": 1,
            "nVo011": 1,
            "nVo004": 1,
            "nVo097": 1,
        },
    ),
    (
        "nVn08",
        "vi",
        "india_mini_dairy",
        "Công ty sữa cần định cỡ trạm làm lạnh sữa ở các xã Tam Bình, Trà Ôn",
        "Công ty chế biến sữa ở Vĩnh Long muốn mở thu mua ở vùng xa như Tam Bình, Trà Ôn, nơi lượng sữa mỗi xã còn ít, đường "
        "xa nên chi phí chở cao. Chúng tôi đang cân nhắc đặt một bồn làm lạnh lớn khoảng 5.000 lít hay nhiều bồn nhỏ ở từng "
        "ấp; điện lưới ở đây yếu nên có lẽ phải đầu tư máy phát. Cần đơn vị tư vấn định cỡ và cung cấp trạm làm lạnh.",
        {"nVo001": 2, "nVo003": 1, "nVo142": 1, "nVo002": 1, "nVo051": 1, "nVo008": 1, "nVo009": 1},
    ),
    (
        "nVn09",
        "en",
        "wur_solar_milk",
        "Solar-powered milk cooling for households without reliable power",
        "Members of our dairy group live on river islets in Long Hồ and Cầu Kè where the grid is weak and outages are "
        "frequent. Keeping milk cool until the buyer collects it matters to our income. Each household has only 5 to 20 "
        "litres a day. We want small-scale milk cooling using solar energy, simple enough for farmers to run.",
        {"nVo005": 2, "nVo006": 2, "nVo007": 2, "nVo008": 1, "nVo015": 1, "nVo016": 1, "nVo011": 1},
    ),
    (
        "nVn10",
        "vi",
        "uwex_milkcooling",
        "Trại bò Mang Thít cần bồn làm lạnh sữa chạy bằng điện giá thấp ban đêm",
        "Trại bò sữa của chúng tôi ở Mang Thít có điện ba pha yếu, giờ vắt sữa trùng giờ cao điểm nên máy nén lớn hay nhảy "
        "aptomat và tiền điện cao. Cần loại bồn làm lạnh tích lạnh sẵn (đóng đá) bằng điện giá rẻ ban đêm rồi dùng để hạ nhiệt "
        "sữa khi vắt, không làm đông sữa khi bồn còn ít.",
        {"nVo009": 2, "nVo010": 2, "nVo014": 1, "nVo012": 1, "nVo003": 1},
    ),
    (
        "nVn11",
        "en",
        "etscheid_precool",
        "Plate pre-cooler installed but milk still reaches the tank warm",
        "We run a dairy farm in Long Hồ and fitted a plate pre-cooler between the milk pump and the bulk tank to save "
        "electricity, using well water. Milk still arrives in the tank far warmer than the water, and the refrigeration "
        "unit runs as long as before. We need someone to check the plate pack, water flow and valve set-up and tune it.",
        {"nVo140": 2, "nVo013": 2, "nVo012": 1, "nVo014": 1},
    ),
    (
        "nVn12",
        "en",
        "fao_mcc_guidelines",
        "Holding raw milk for several hours without a cooler during collection",
        "We are collectors buying cow and goat milk from scattered households in Trà Cú and Cầu Ngang. Some milk takes 4 to "
        "6 hours to reach a cooling tank and much of it sours on the way. Until a cooling centre is built, we need an "
        "approved, safe method to keep raw milk fresh for those hours without refrigeration.",
        {"nVo015": 2, "nVo016": 2, "nVo006": 1, "nVo007": 1, "nVo005": 1, "nVo011": 1},
    ),
    (
        "nVn13",
        "vi",
        "rocketsciences_plastic",
        "Can mua can inox dung sua thay can nhua cho ho nuoi bo",
        "Hop tac xa bo sua o Cang Long: nhieu ho van dung can nhua 20 lit va khan lau dung chung cho nhieu con, sua giao toi "
        "diem thu hay bi tra ve vi nhiem vi sinh. Chung toi can mua so luong lon can inox dung va cho sua, kem huong dan ve "
        "sinh can va khan lau bau vu de giam ty le sua bi tra.",
        {"nVo159": 2, "nVo160": 1, "nVo158": 1, "nVo094": 1, "nVo093": 1},
    ),
    (
        "nVn14",
        "en",
        "nation_plastic_cans",
        "Replacing plastic jerrycans used for milk by smallholders",
        "Milk traders in Vũng Liêm see that most smallholders milk into and carry milk in ordinary 20-litre plastic "
        "jerrycans. Farmers say they wash them daily, but scratched walls keep a sticky film that hot water does not remove, "
        "and this milk spoils first. We want affordable hygienic milk containers for members and training to convince "
        "farmers to switch.",
        {"nVo160": 2, "nVo159": 2, "nVo158": 2, "nVo094": 1, "nVo093": 1},
    ),
    (
        "nVn15",
        "en",
        "alvecote_house_milk",
        "Small vat pasteuriser that can also serve as a cheese vat",
        "A small goat and cow cheese maker in Cầu Kè processes 15–20 litres per batch. Heating milk in a pot on a gas stove "
        "scorches it and the temperature is hard to hold for half an hour. We need a small double-jacketed vat that "
        "pasteurises, holds and cools the milk and can be used straight away for setting and cutting curd.",
        {"nVo020": 2, "nVo019": 2, "nVo021": 2, "nVo026": 1, "nVo025": 1, "nVo027": 1, "nVo044": 1},
    ),
    (
        "nVn16",
        "vi",
        "goat_giaotrinh_chebien",
        "Cách khử trùng sữa dê đơn giản tại nhà, không cần máy",
        "Hộ nuôi khoảng 15 dê ở Trà Ôn bán sữa dê tươi cho các gia đình có trẻ nhỏ trong xóm. Chúng tôi chưa đủ vốn mua máy "
        "thanh trùng, cần hướng dẫn cách khử trùng sữa bằng dụng cụ sẵn có trong bếp (nồi, nhiệt kế), đúng nhiệt độ và thời "
        "gian, làm nguội nhanh và đựng sữa sao cho an toàn.",
        {"nVo024": 2, "nVo027": 2, "nVo026": 1, "nVo020": 1},
    ),
    (
        "nVn17",
        "vi",
        "hamby_icechest",
        "Cần hệ làm nguội nhanh bằng nước đá sau thanh trùng mẻ",
        "Cơ sở sữa tươi đóng chai ở Long Hồ thanh trùng mẻ 100 lít bằng nồi hai vỏ, giữ 30 phút đạt yêu cầu, nhưng làm nguội "
        "bằng nước máy mất 2–3 giờ mới xuống dưới 10°C nên sữa mau hỏng và tốn thời gian. Chúng tôi cần giải pháp làm nguội "
        "nhanh bằng nước đá hay bể tích lạnh, chi phí thấp, lắp vào thiết bị hiện có.",
        {"nVo025": 2, "nVo009": 1, "nVo010": 1, "nVo011": 1, "nVo012": 1, "nVo013": 1},
    ),
    (
        "nVn18",
        "en",
        "luanvan_suatuoi_40t",
        "Process design for a 5,000-litre-a-day pasteurised milk line",
        "A dairy company in Vĩnh Long plans a pasteurised fresh milk line of about 5,000 litres a day from local farms. We "
        "need a proven process: raw milk quality criteria, heating, standardisation, deaeration, homogenisation, "
        "pasteurisation in a plate heat exchanger, cooling and filling, with recommended temperatures and holding times.",
        {"nVo022": 2, "nVo021": 1, "nVo019": 1, "nVo088": 1, "nVo023": 1, "nVo106": 1},
    ),
    (
        "nVn19",
        "vi",
        "savourydays_suachua_nhot",
        "Sữa chua bị nhớt, lúc không đông, cần chuyển giao quy trình ổn định",
        "Cơ sở sữa chua hũ ở thành phố Trà Vinh làm khoảng 300 hũ mỗi ngày. Nhiều mẻ sữa chua bị nhớt, dẻo như lòng trắng "
        "trứng, có mẻ không đông hoặc tách nước, dù đã đổi mấy loại men. Chúng tôi cần chuyên gia chuyển giao quy trình ủ, "
        "nhiệt độ, thời gian và nguồn men giống ổn định.",
        {"nVo028": 2, "nVo030": 2, "nVo031": 2, "nVo147": 2, "nVo029": 1, "nVo145": 1, "nVo144": 1},
    ),
    (
        "nVn20",
        "en",
        "theblog_yogurt_machines",
        "Thermostatic incubator cabinet for 300–500 yoghurt cups",
        "A women's group in Tiểu Cần makes about 250 cups of yoghurt a day and incubates them in foam boxes with hot water, "
        "so the set is uneven between batches. We want an affordable incubator cabinet with thermostat, holding 300 to 500 "
        "cups per batch, easy to clean.",
        {"nVo144": 2, "nVo145": 2, "nVo041": 1, "nVo028": 1, "nVo146": 1, "nVo031": 1},
    ),
    (
        "nVn21",
        "vi",
        "yogurt_shelf_4_7wk",
        "Cần nguồn men giống sữa chua thuần thay cho làm cái bằng hũ mua ngoài",
        "Cơ sở sữa chua ở Càng Long đang dùng hũ sữa chua mua ngoài chợ làm cái nên mẻ được mẻ hỏng, vị chua không đều. Chúng "
        "tôi cần nhà cung cấp men giống vi khuẩn lactic thuần (Streptococcus thermophilus, Lactobacillus bulgaricus) và hướng "
        "dẫn tỷ lệ cấy, nhiệt độ ủ, thời gian.",
        {"nVo030": 2, "nVo029": 2, "nVo147": 1, "nVo028": 1},
    ),
    (
        "nVn22",
        "en",
        "therio_cold_chain",
        "Validated shelf life for yoghurt sold through supermarkets",
        "A yoghurt maker in Bình Minh wants to supply supermarkets in Cần Thơ and Vĩnh Long. Buyers ask for a stated shelf "
        "life and storage temperature on each cup. We need a shelf-life study and guidance on the cold chain so our plain "
        "and fruit yoghurts stay acceptable for about three weeks.",
        {"nVo037": 2, "nVo038": 2, "nVo039": 2, "nVo104": 1, "nVo035": 1},
    ),
    (
        "nVn23",
        "vi",
        "yogurt_haccp_abstract",
        "Xây dựng HACCP cho cơ sở sữa chua để vào siêu thị",
        "Cơ sở sản xuất sữa chua ở thành phố Vĩnh Long muốn đưa sản phẩm vào siêu thị nên phải có hệ thống an toàn thực phẩm. "
        "Chất lượng sữa chua phụ thuộc nguyên liệu, quy trình, thiết bị, người làm và môi trường sản xuất. Chúng tôi cần đơn "
        "vị hướng dẫn áp dụng GMP, SSOP và xây dựng kế hoạch HACCP với các điểm kiểm soát tới hạn.",
        {"nVo035": 2, "nVo036": 2, "nVo089": 1, "nVo091": 1, "nVo086": 1},
    ),
    (
        "nVn24",
        "en",
        "kefir_backyardgoats",
        "Kefir grains and training to make goat-milk kefir",
        "Our goat farm in Càng Long sells fresh goat milk and yoghurt. Customers ask for kefir, the thin, tangy fermented "
        "milk drink. We understand it needs real kefir grains, which cannot be caught from the air. We need a source of "
        "grains and training on fermentation and bottling.",
        {"nVo042": 2, "nVo043": 1},
    ),
    (
        "nVn25",
        "vi",
        "kalstein_lyophilizer",
        "Cần máy sấy thăng hoa cỡ nhỏ để làm sữa chua dê sấy",
        "Hợp tác xã dê sữa ở Càng Long muốn làm sữa chua dê sấy thăng hoa để bán xa, không cần chuỗi lạnh. Sấy thăng hoa loại "
        "được khoảng 99% nước mà vẫn giữ vi khuẩn lactic sống. Chúng tôi cần máy sấy thăng hoa loại nhỏ 5–10 kg mỗi mẻ và "
        "quy trình cấp đông, sấy, đóng gói.",
        {"nVo156": 2, "nVo157": 2, "nVo032": 2, "nVo033": 1},
    ),
    (
        "nVn26",
        "en",
        "sunflower_chevre",
        "Training to make fresh goat cheese for restaurants",
        "We keep a small herd of dairy goats in Long Hồ and want to sell fresh goat cheese to restaurants and cafés in "
        "Vĩnh Long city. Pre-packed starter and rennet kits work for a start, but the details (milk, temperature, draining) "
        "change the result a lot. We need hands-on training and a reliable recipe for a soft fresh goat cheese.",
        {"nVo045": 2, "nVo046": 2, "nVo050": 2, "nVo044": 1, "nVo047": 1},
    ),
    (
        "nVn27",
        "vi",
        "storeys_cheesemaking",
        "Trại dê ở Cầu Kè muốn làm phô mai dê ủ chín",
        "Chúng tôi đã làm được phô mai tươi từ sữa dê, nay muốn làm phô mai ủ chín để bán lâu hơn và giá cao hơn. Cần quy "
        "trình đầy đủ từ thanh trùng sữa, cấy men, đông tụ bằng rennet, cắt và nấu khối đông, cho vào khuôn, ép, phơi khô, "
        "ướp muối tới ủ chín, cùng thiết bị tối thiểu cho quy mô trang trại.",
        {"nVo044": 2, "nVo050": 1, "nVo047": 1, "nVo045": 1, "nVo046": 1, "nVo020": 1},
    ),
    (
        "nVn28",
        "vi",
        "india_paneer_profile",
        "Tính năng suất và chi phí làm phô mai tươi kiểu paneer từ sữa bò",
        "Cơ sở ở Bình Tân muốn làm phô mai tươi ép khối kiểu paneer (làm đông bằng axit, không dùng rennet) từ sữa bò mua "
        "của hộ nuôi để bán cho quán ăn chay. Trước khi đầu tư, chúng tôi cần biết cần bao nhiêu lít sữa cho 1 kg thành phẩm, "
        "năng suất phụ thuộc những yếu tố nào để tính giá thành.",
        {"nVo049": 2, "nVo048": 1, "nVo045": 1},
    ),
    (
        "nVn29",
        "en",
        "ecosnippets_whey",
        "What to do with 200 litres of whey a day",
        "Our small cheese workshop in Trà Ôn now produces around 200 litres of whey a day, both sweet whey from pressed "
        "cheese and acid whey from fresh cheese and strained yoghurt. It currently goes into the canal behind the workshop. "
        "We need safe uses or disposal: food products, feed for nearby pig or cattle farms, or other options.",
        {"nVo052": 2, "nVo053": 2, "nVo126": 1},
    ),
    (
        "nVn30",
        "en",
        "bergader_centrifugation",
        "Cream separator for a dairy household making butter",
        "A dairy household in Mang Thít milks about 60 litres a day and wants to make butter and low-fat yoghurt. Letting "
        "cream rise overnight is slow and the milk sours. We need a small centrifugal separator that splits whole milk into "
        "cream and skim quickly and hygienically.",
        {"nVo054": 2},
    ),
    (
        "nVn31",
        "vi",
        "phunu_maykem_giadinh",
        "Quán kem cần máy kem tươi công suất lớn thay máy gia đình",
        "Quán kem ở thành phố Trà Vinh mua thử máy làm kem gia đình: tô phải để ngăn đá cả ngày, mỗi mẻ chạy 20–30 phút mà "
        "chỉ được ít kem, không kịp bán buổi tối. Chúng tôi cần máy kem tươi (soft serve) rót thẳng ra ốc quế, ly, khoảng "
        "100 phần mỗi giờ hoặc hơn, có thể làm hai vị.",
        {"nVo055": 2, "nVo056": 2, "nVo067": 2, "nVo064": 1},
    ),
    (
        "nVn32",
        "vi",
        "fesmag_spec_check",
        "Kem tươi ra đặc, nặng, tốn hỗn hợp: cần chỉnh độ nở",
        "Cửa hàng kem tươi ở thành phố Vĩnh Long dùng máy cấp liệu trọng lực. Kem ra đặc, nặng, mỗi lít hỗn hợp được ít phần "
        "nên lãi thấp. Chúng tôi cần tư vấn về độ nở (lượng khí đưa vào kem), cách chỉnh máy hay đổi sang máy bơm áp, và mức "
        "độ nở hợp lý.",
        {"nVo056": 2, "nVo067": 2, "nVo055": 1, "nVo057": 1},
    ),
    (
        "nVn33",
        "en",
        "alcremista_equipment",
        "Batch freezer for an artisan ice cream and gelato shop",
        "We plan an artisan ice cream and gelato shop in Long Hồ using fresh milk and local fruit. The freezing-churning "
        "step must cool the mix to about −7°C while moving it to whip in fine air. We need a commercial batch freezer making "
        "10–20 litres per batch, and advice on hardening after extraction.",
        {"nVo057": 2, "nVo058": 2, "nVo063": 1, "nVo059": 1, "nVo061": 1, "nVo064": 1},
    ),
    (
        "nVn34",
        "vi",
        "nenwell_gelato",
        "Cần công thức kem theo mức béo: loại thường, loại cao cấp, gelato",
        "Cơ sở kem ở Tiểu Cần muốn làm ba dòng: kem sữa bình dân, kem cao cấp và gelato ít béo, đặc. Chúng tôi chưa biết mỗi "
        "dòng nên có bao nhiêu phần trăm chất béo, vì sao kem làm từ kem tươi đánh bông với sữa đặc rồi để đông không ra kem "
        "đúng nghĩa. Cần chuyên gia xây dựng công thức.",
        {"nVo065": 2, "nVo060": 1, "nVo061": 1},
    ),
    (
        "nVn35",
        "en",
        "foodmate_icecream",
        "Process transfer for packaged ice cream from local fresh milk",
        "A start-up in Vũng Liêm wants to produce packaged ice cream from fresh milk bought in the district, about 200 "
        "litres of mix a day. We know the mix must be homogenised, aged so the fat crystallises and proteins hydrate, then "
        "frozen with air whipped in, but need the full process with temperatures, times and equipment list.",
        {"nVo060": 2, "nVo061": 2, "nVo062": 2, "nVo059": 1, "nVo057": 1, "nVo063": 1, "nVo065": 1},
    ),
    (
        "nVn36",
        "vi",
        "studylib_icecream_storage",
        "Xưởng kem cần phòng làm cứng nhanh sau khi rót hộp",
        "Xưởng kem ở Châu Thành (Trà Vinh) rót kem mềm vào hộp rồi cho vào tủ đông thường để cứng dần; kem bị sạn đá, mất "
        "mịn. Chúng tôi cần thiết kế phòng hoặc tủ làm cứng nhiệt độ rất thấp và kho trữ kem sau đó, cùng thời gian làm cứng "
        "khuyến nghị.",
        {"nVo063": 2, "nVo099": 1, "nVo098": 1, "nVo102": 1, "nVo101": 1},
    ),
    (
        "nVn37",
        "en",
        "capteurio_monitoring",
        "Customers complain of icy, shrunken ice cream from shop freezers",
        "Our ice cream brand in Trà Vinh city supplies grocery freezers in Cầu Ngang and Duyên Hải. Customers complain the "
        "ice cream is icy, gritty and shrunken in the tub. Freezers break down, doors are left open and seals leak. We "
        "need help keeping quality along the chain: storage temperatures, handling and a more heat-shock resistant recipe.",
        {"nVo100": 2, "nVo101": 2, "nVo102": 2, "nVo099": 1, "nVo103": 1, "nVo104": 1, "nVo063": 1},
    ),
    (
        "nVn38",
        "en",
        "dataloggerinc_coldchain",
        "Temperature records for refrigerated delivery vans",
        "We distribute ice cream and yoghurt from Vĩnh Long city with two refrigerated vans. Supermarket buyers now want "
        "proof that products stayed in range during transport, and a power failure or open door can cost a whole load. We "
        "need temperature data loggers with alarms and a way to download records.",
        {"nVo103": 2, "nVo104": 1},
    ),
    (
        "nVn39",
        "vi",
        "euroglaces_storage",
        "Đại lý kem cần kho trữ đông khoảng −25°C",
        "Đại lý phân phối kem ở Càng Long nhập kem từ nhà máy, cần kho trữ đông nhiệt độ khoảng −25°C, dung tích chừng 20 "
        "m³, giữ nhiệt ổn định để kem không bị sạn đá trước khi giao cho các tiệm tạp hóa. Cần đơn vị thiết kế và lắp đặt.",
        {"nVo098": 2, "nVo099": 2, "nVo105": 1, "nVo101": 1},
    ),
    (
        "nVn40",
        "vi",
        "longer_sticks",
        "Cơ sở kem que Trà Cú muốn nâng công suất lên 2.000 que/ngày",
        "Cơ sở kem que truyền thống ở Trà Cú làm kem que đá và kem que sữa, đổ khuôn và cắm que gỗ bằng tay, đông trong tủ "
        "đông thường nên mỗi ngày được vài trăm que. Chúng tôi muốn nâng lên khoảng 2.000 que/ngày, cần tư vấn thiết bị: máy "
        "trộn, khuôn, thiết bị đông nhanh, tách khuôn, đóng gói.",
        {"nVo069": 2, "nVo068": 2, "nVo152": 2, "nVo070": 2, "nVo071": 1, "nVo153": 1, "nVo162": 1},
    ),
    (
        "nVn41",
        "en",
        "epo_lolly_machine",
        "Ice lollies break or lose their sticks at demoulding",
        "Our ice lolly workshop in Tiểu Cần freezes lollies in metal mould trays. At demoulding many bars crack or the stick "
        "pulls out, and thawing the moulds in warm water wastes time and drips product everywhere. We are looking for an "
        "improved demoulding method that cuts losses.",
        {"nVo071": 2, "nVo070": 1, "nVo152": 1},
    ),
    (
        "nVn42",
        "en",
        "finans_icecream_packaging",
        "Bulk supply of wooden popsicle sticks",
        "A popsicle workshop in Duyên Hải makes fruit and milk lollies for schools and beach kiosks, and must keep them "
        "frozen and well packed for sale. We need a steady bulk supplier of plain wooden sticks about 10 cm long, and "
        "possibly twin sticks.",
        {"nVo153": 2},
    ),
    (
        "nVn43",
        "vi",
        "icecream_mix_steps",
        "Co so kem que muon lam kem que sua dua thay kem que da",
        "Co so kem que o Cau Ke lau nay chi lam kem que da nuoc duong. Nay muon lam kem que co sua va nuoc cot dua cho beo, "
        "nhung hon hop co sua phai thanh trung va tron deu. Can tu van quy trinh pha tron, thanh trung, lam nguoi hon hop va "
        "may tron, may thanh trung phu hop xuong nho.",
        {"nVo068": 2, "nVo069": 2, "nVo152": 2, "nVo060": 1, "nVo072": 1, "nVo075": 1},
    ),
    (
        "nVn44",
        "vi",
        "duasap_festival_travinh",
        "Hợp tác xã dừa sáp Cầu Kè muốn làm kem dừa sáp đóng hộp",
        "Dừa sáp là đặc sản của Cầu Kè, cơm dày, dẻo, béo; lâu nay chủ yếu bán trái hoặc xay cơm dừa với đường, sữa, sầu "
        "riêng. Hợp tác xã muốn làm kem dừa sáp đóng hộp bán cho khách du lịch và siêu thị, nhưng thử làm thì kem bị đá, tách "
        "béo. Cần công thức (chất ổn định, tỷ lệ béo) và quy trình sản xuất.",
        {"nVo072": 2, "nVo073": 2, "nVo075": 2, "nVo074": 1, "nVo076": 1, "nVo060": 1, "nVo154": 1, "nVo155": 1},
    ),
    (
        "nVn45",
        "en",
        "duasap_danviet",
        "Machine to grate and press coconut cream for ice cream",
        "A grower in Cầu Kè who switched from rice to wax coconut (dừa sáp) on 4,000 m² twenty years ago now wants to sell "
        "coconut cream to local ice cream makers. Grating and squeezing by hand is slow and leaves much cream behind. We "
        "need a grater and press line with better yield, plus how to keep the cream safe.",
        {"nVo155": 2, "nVo154": 2},
    ),
    (
        "nVn46",
        "en",
        "ntro_nondairy",
        "Correct non-dairy claims for coconut ice cream",
        "Our vegan café in Vĩnh Long city sells coconut-milk ice cream to lactose-intolerant and vegan customers. We also "
        "make a dairy ice cream on the same machine. We need advice on how to label the coconut product honestly, which "
        "base ingredients to use, and how to prevent milk cross-contact.",
        {"nVo076": 2, "nVo074": 2, "nVo073": 1},
    ),
    (
        "nVn47",
        "vi",
        "ntro_coconut_dairyfree",
        "Kem nuoc cot dua bi dong da cung va tach lop dau",
        "Co so kem o thanh pho Tra Vinh lam kem tu nuoc cot dua, khong dung sua. Sau vai ngay trong tu dong kem cung nhu da, "
        "co tinh the da lon va lop dau dua tach ra. Can tu van cong thuc: ty le nuoc cot dua, kem dua, chat on dinh, cach dong "
        "hoa va u de kem min.",
        {"nVo072": 2, "nVo073": 2, "nVo075": 1, "nVo100": 1, "nVo076": 1, "nVo074": 1},
    ),
    (
        "nVn48",
        "en",
        "agrotrest_analyzers",
        "Fast milk analyser to pay members by fat and protein",
        "Our dairy cooperative in Vũng Liêm wants to pay members according to milk quality, with bonuses and deductions for "
        "each 0.1% of fat and protein above or below the base. We need a fast analyser at the collection point that works for "
        "both cow and goat milk and shows fat, protein and added water.",
        {"nVo078": 2, "nVo079": 2, "nVo080": 1, "nVo051": 1},
    ),
    (
        "nVn49",
        "vi",
        "mzfoodtest_betalactam",
        "Cần que thử nhanh kháng sinh trong sữa trước khi làm sữa chua",
        "Cơ sở sữa chua ở thành phố Trà Vinh mua sữa bò của nhiều hộ; có mẻ sữa không lên men được, nghi do sữa của bò đang "
        "điều trị kháng sinh nhóm penicillin. Chúng tôi cần bộ thử nhanh tại chỗ phát hiện tồn dư kháng sinh beta-lactam, "
        "tetracycline trước khi nhận sữa.",
        {"nVo081": 2, "nVo082": 2, "nVo083": 1},
    ),
    (
        "nVn50",
        "en",
        "antibiotics_screening_review",
        "Antibiotic screening at collection points without electricity",
        "Several of our milk collection points in Cầu Ngang have no reliable electricity. We need a simple screening test "
        "for antibiotic residues in raw milk that needs no incubator or reader, cheap enough to use on every delivery, and "
        "advice on how it compares with standard kits.",
        {"nVo082": 2, "nVo081": 1},
    ),
    (
        "nVn51",
        "vi",
        "askext_alcohol",
        "Sữa thường bị kết tủa khi thử cồn, cần chuẩn hóa phép thử",
        "Điểm thu mua sữa ở Long Hồ thử cồn mỗi lần nhận sữa, nhưng nhiều lần sữa vừa vắt cũng bị vón thành cục lớn, hộ nuôi "
        "và nhà máy cãi nhau. Chúng tôi cần hướng dẫn chuẩn: nồng độ cồn, tỷ lệ pha, cách đọc kết quả, nguyên nhân sữa kết tủa "
        "(axit, sữa đầu, viêm vú, khoáng) và các phép thử nhanh bổ sung tại bàn nhận sữa.",
        {"nVo084": 2, "nVo141": 2, "nVo085": 2, "nVo087": 1, "nVo080": 1},
    ),
    (
        "nVn52",
        "en",
        "manualshive_mia",
        "Reference checks to calibrate our milk analyser",
        "The ultrasonic analyser at our cooperative in Tam Bình gives fat and SNF readings that drift from the dairy's "
        "laboratory. To recalibrate it we need reference methods at our level: Gerber fat, lactometer density and the "
        "formulas to derive SNF, with training for our staff.",
        {"nVo080": 2, "nVo078": 1, "nVo079": 1},
    ),
    (
        "nVn53",
        "vi",
        "suatuoi_tieuchuan",
        "Cơ sở sữa dê thanh trùng cần kiểm nghiệm và tự công bố sản phẩm",
        "Cơ sở sữa dê thanh trùng đóng chai ở Càng Long chuẩn bị bán vào cửa hàng tiện lợi nên phải tự công bố sản phẩm và có "
        "phiếu kiểm nghiệm đạt quy chuẩn kỹ thuật quốc gia về sữa dạng lỏng. Chúng tôi cần đơn vị lấy mẫu, kiểm nghiệm các chỉ "
        "tiêu an toàn và hướng dẫn hồ sơ.",
        {"nVo086": 2, "nVo035": 1, "nVo085": 1},
    ),
    (
        "nVn54",
        "vi",
        "tailieuxanh_viemvu",
        "Sua bo hay bi tua, nghi viem vu, can cach kiem tra va vat sua sach",
        "Ho nuoi bo sua o Tra On: sua cua vai con hay co cuc tua, diem thu mua tru gia. Nghi la viem vu do vi khuan xam nhap "
        "bau vu. Can huong dan cach kiem tra som viem vu tai trai (thu CMT, tia sua dau) va quy trinh ve sinh vat sua de phong "
        "benh.",
        {"nVo087": 2, "nVo093": 2, "nVo094": 2, "nVo079": 1, "nVo084": 1, "nVo141": 1},
    ),
    (
        "nVn55",
        "en",
        "dairyknowledge_cleaning",
        "CIP procedure and training for a new small dairy plant",
        "Our new dairy plant in Bình Minh has a vat pasteuriser, two storage tanks, a homogeniser and a cup filler. We need "
        "a documented cleaning-in-place procedure (rinses, caustic and acid washes, temperatures, concentrations, "
        "sanitising), the right chemicals and training for operators.",
        {"nVo088": 2, "nVo089": 2, "nVo092": 2, "nVo090": 1, "nVo091": 1},
    ),
    (
        "nVn56",
        "vi",
        "pmg_cip_protocols",
        "Kiểm chứng dụng cụ, thiết bị đã sạch sau vệ sinh",
        "Cơ sở sữa chua ở Càng Long đã có lịch vệ sinh thiết bị nhưng đoàn kiểm tra an toàn thực phẩm yêu cầu bằng chứng bề "
        "mặt tiếp xúc sản phẩm thật sự sạch. Chúng tôi cần phương pháp kiểm chứng nhanh như que thử ATP, tăm bông vi sinh và "
        "hướng dẫn tần suất, ngưỡng đạt.",
        {"nVo091": 2, "nVo090": 1, "nVo089": 1},
    ),
    (
        "nVn57",
        "en",
        "th4_cip_sequence",
        "Cutting caustic soda use in our CIP",
        "A dairy plant in Long Hồ runs the usual CIP sequence of cold pre-rinse, alkali wash, intermediate rinse, acid rinse, "
        "final rinse and sanitiser. Caustic soda is a large cost and a burden on our effluent. We want to optimise the "
        "concentration, recover and reuse the caustic and verify that cleaning stays effective.",
        {"nVo090": 2, "nVo092": 2, "nVo089": 1, "nVo088": 1},
    ),
    (
        "nVn58",
        "vi",
        "vatsua_thucong",
        "Sữa của hộ thành viên nhiễm vi sinh cao, cần tập huấn vắt sữa sạch",
        "Hợp tác xã bò sữa ở Trà Cú: nhiều hộ chưa cố định đuôi bò, ít khi lau khô bầu vú, vắt tia đầu xuống nền chuồng nên sữa "
        "nhiễm vi sinh cao, bị trừ giá. Chúng tôi cần tập huấn quy trình vắt sữa thủ công sạch: chuẩn bị chuồng, vệ sinh bầu "
        "vú, kiểm tra tia sữa đầu, phương pháp vắt, sát trùng núm vú.",
        {"nVo093": 2, "nVo094": 2, "nVo087": 2, "nVo158": 1},
    ),
    (
        "nVn59",
        "en",
        "adams_goaty_milk",
        "Goaty taste in our goat milk: is it the buck?",
        "Customers in Vĩnh Long say our goat milk tastes 'goaty'. Our buck often runs with the does because we cannot keep "
        "him out, and we read conflicting opinions on whether that taints the milk. We need an expert to find the real cause "
        "and tell us what to change.",
        {"nVo096": 2, "nVo095": 2, "nVo097": 2},
    ),
    (
        "nVn60",
        "en",
        "chism_goat_milk",
        "Goat milk sours within hours: milking hygiene and fast chilling",
        "On our small goat farm in Duyên Hải the milk often tastes off or sours within a few hours in the heat. We suspect "
        "udder washing, buckets and slow cooling. We need practical training on clean milking of goats and a cheap way to "
        "chill small amounts of milk fast.",
        {"nVo097": 2, "nVo018": 2, "nVo011": 1, "nVo004": 1, "nVo096": 1, "nVo093": 1},
    ),
    (
        "nVn61",
        "en",
        "esl_researcher",
        "Extending refrigerated shelf life of our milk to 30 days or more",
        "We bottle pasteurised milk in Vĩnh Long city and want to reach Ho Chi Minh City shops, which need a much longer "
        "chilled shelf life than our current one but without the cooked taste of UHT milk. We are looking for an extended "
        "shelf-life process and the hygienic filling it requires.",
        {"nVo106": 2, "nVo108": 2, "nVo107": 1},
    ),
    (
        "nVn62",
        "vi",
        "typeclips_shelf",
        "Sữa tươi thanh trùng chỉ để được 5–7 ngày, muốn kéo dài",
        "Cơ sở sữa tươi thanh trùng đóng chai ở Long Hồ: sữa chỉ để được 5–7 ngày trong tủ lạnh cửa hàng là có vị lạ. Nhiệt độ "
        "bảo quản, nhiễm chéo từ dụng cụ, ánh sáng và loại chai đều có thể ảnh hưởng. Chúng tôi cần tư vấn để đạt thời hạn "
        "khoảng hai tuần với thiết bị hiện có.",
        {"nVo107": 2, "nVo108": 1, "nVo091": 1, "nVo088": 1, "nVo106": 1},
    ),
    (
        "nVn63",
        "en",
        "lstindia_packaging",
        "Carton packaging for shelf-stable UHT goat milk",
        "Our goat milk cooperative in Càng Long wants to sell UHT goat milk that keeps at room temperature for months in "
        "shops far from the farm. We need the packaging specification: which multilayer carton protects the milk from "
        "light, oxygen and moisture and how it differs from packs for pasteurised milk.",
        {"nVo109": 2, "nVo148": 1, "nVo107": 1},
    ),
    (
        "nVn64",
        "en",
        "urlclick_sachet",
        "Pouch packing machine for pasteurised milk",
        "A dairy in Trà Ôn wants to pack pasteurised milk in small pouches for school milk programmes and local shops. We "
        "need a pouch form-fill-seal machine and advice on film (PE, PP or foil laminates) that seals reliably and protects "
        "the milk.",
        {"nVo149": 2, "nVo148": 1},
    ),
    (
        "nVn65",
        "en",
        "fusenglass_bottles",
        "Returnable glass bottles for our farm milk",
        "Our farm dairy in Long Hồ sells milk in single-use plastic bottles. We want to move to returnable glass bottles "
        "with a deposit, for cleaner taste and a local, sustainable image, and need advice on running the return loop and "
        "washing.",
        {"nVo150": 2, "nVo151": 1, "nVo148": 1},
    ),
    (
        "nVn66",
        "vi",
        "wikimili_glass_bottle",
        "Cần máy rửa, khử trùng chai thủy tinh đựng sữa",
        "Cơ sở sữa giao tận nhà ở thành phố Trà Vinh dùng chai thủy tinh tái sử dụng; khách tráng chai để trước cửa, chúng tôi "
        "thu về rửa bằng tay rất mất công và khó bảo đảm sạch. Cần máy rửa và khử trùng chai công suất vài trăm tới một nghìn "
        "chai mỗi giờ.",
        {"nVo151": 2, "nVo150": 1},
    ),
    (
        "nVn67",
        "vi",
        "bigfinish_goat_milking",
        "Can may vat sua de loai di dong",
        "Trai de o Long Ho co khoang 40 de cai dang cho sua, vat tay moi sang mat nhieu gio va de bi ban sua. Can mua may vat "
        "sua de loai di dong co bo tao nhip, coc vat, binh chua kin, kem huong dan ve sinh may.",
        {"nVo017": 2, "nVo018": 1},
    ),
    (
        "nVn68",
        "vi",
        "dairyfoods_pint_automation",
        "Xưởng kem tăng trưởng nhanh cần dây chuyền rót hộp bán tự động",
        "Xưởng kem thủ công ở thành phố Vĩnh Long tăng doanh số khoảng 30% mỗi năm, hiện múc kem vào hộp và dán nắp bằng tay "
        "không kịp đơn hàng. Chúng tôi cần dây chuyền rót hộp, ly kem bán tự động hoặc tự động, vốn vừa phải, có thể nâng cấp "
        "sau.",
        {"nVo161": 2, "nVo162": 2, "nVo040": 1, "nVo068": 1},
    ),
    (
        "nVn69",
        "vi",
        "khaitam_suachua_de",
        "Nhom phu nu lam sua chua de can tu u thay thung xop",
        "Nhom phu nu o Cau Ngang lam sua chua tu sua de va sua bo, chia hu thuy tinh roi u trong thung xop do nuoc nong, nhiet "
        "do khong giu duoc nen sua chua luc dong luc khong. Can tu u co dieu nhiet chua 300-500 hu moi me.",
        {"nVo145": 2, "nVo144": 2, "nVo028": 1},
    ),
    (
        "nVn70",
        "en",
        "divyom_milk_unit",
        "Small village plant for pasteurised milk, yoghurt and fresh cheese",
        "A commune cooperative in Cầu Kè collects several hundred litres of milk a day but sells only raw milk to traders. We "
        "want a small, hygienic processing unit near the farms: milk reception with testing and payment, pasteurised and "
        "homogenised milk, curd-type yoghurt and paneer-style fresh cheese, packed for local shops, at low investment.",
        {"nVo048": 2, "nVo051": 1, "nVo022": 1, "nVo021": 1, "nVo019": 1, "nVo049": 1},
    ),
    (
        "nVn71",
        "vi",
        "goat_mangden",
        "Trang trại dê lớn cần bồn làm lạnh và quy trình giao sữa cho xe bồn",
        "Trang trại dê sữa ở Duyên Hải đang mở rộng lên hàng trăm con nhập giống cao sản. Sữa cần được làm lạnh nhanh trong "
        "bồn lớn tại trại, chờ xe bồn nhà máy tới lấy theo lịch, và kiểm tra nhiệt độ, mùi, màu, lấy mẫu mỗi lần giao.",
        {"nVo143": 2, "nVo003": 2, "nVo004": 1, "nVo002": 1},
    ),
    (
        "nVn72",
        "vi",
        "ruralnews_platecooler",
        "Tiền điện làm lạnh sữa quá cao, cần giải pháp tiết kiệm",
        "Trại bò sữa ở Vũng Liêm có bồn làm lạnh trực tiếp, mỗi tháng tiền điện làm lạnh sữa rất lớn. Chúng tôi có giếng "
        "khoan và muốn dùng nước giếng làm lạnh sơ bộ sữa bằng tấm trao đổi nhiệt trước khi vào bồn, tận dụng nước đó cho bò "
        "uống, và xem xét thay máy nén hiệu suất cao.",
        {"nVo012": 2, "nVo013": 2, "nVo014": 2, "nVo140": 1, "nVo009": 1},
    ),
    (
        "nVn73",
        "en",
        "th4_homogenization",
        "Proper ageing vat for ice cream mix",
        "We make ice cream in Bình Minh and homogenise the mix, but then age it in buckets in a household fridge, so "
        "temperature varies and the texture and overrun change from batch to batch. We need a 100–200 litre ageing vat that "
        "holds the mix at about 4°C with gentle stirring.",
        {"nVo059": 2, "nVo060": 1},
    ),
    (
        "nVn74",
        "vi",
        "reload_solar_cooler",
        "Tủ làm lạnh sữa chạy năng lượng mặt trời cho hộ ở cù lao",
        "Các hộ nuôi bò, dê ở cù lao An Bình (Long Hồ) điện lưới chập chờn, sữa không được làm lạnh về 4°C sau khi vắt nên "
        "chất lượng kém, hay bị hư. Mỗi hộ khoảng 20 lít sáng và 20 lít chiều. Cần thiết bị làm lạnh sữa chạy điện mặt trời, "
        "không phụ thuộc lưới điện, có nước nóng rửa dụng cụ càng tốt.",
        {"nVo005": 2, "nVo006": 2, "nVo007": 2, "nVo008": 1, "nVo015": 1, "nVo016": 1},
    ),
    (
        "nVn75",
        "vi",
        "cardozapub_yogurt",
        "Sữa chua bán căng tin trường bị chua gắt sau vài ngày",
        "Cơ sở sữa chua hũ ở Vũng Liêm giao cho căng tin các trường. Sau 5–7 ngày sữa chua chua gắt, khách chê, nhất là khi "
        "căng tin để ngoài tủ lạnh vài giờ. Chúng tôi cần hướng dẫn bảo quản lạnh, làm lạnh nhanh sau ủ và xác định hạn dùng "
        "ghi trên hũ.",
        {"nVo038": 2, "nVo037": 2, "nVo039": 2, "nVo104": 1},
    ),
]
