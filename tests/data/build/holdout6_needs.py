"""Needs of the sixth held-out set: (id, language, source key, title, description, {offer id: grade}).

Grade 2: the offer answers the need directly; 1: partly or usefully related; unlisted: not relevant.
"""

NEEDS = [
    # --- coconut ---
    (
        "hAn01",
        "vi",
        "rpw",
        "Cây dừa chết đứng, thân có lỗ chảy nhựa nâu",
        "HTX dừa ở Càng Long có khoảng 300 cây dừa 10–15 năm tuổi bị héo đọt rồi gãy ngọn. Gốc tàu và thân có lỗ nhỏ rỉ nhựa nâu, mùn "
        "xơ đùn ra, bổ cây ra thấy ruột bị ăn rỗng, có con sâu trắng to. Cần cách phát hiện sớm và diệt để không lan sang vườn khác.",
        {"hAo002": 2, "hAo003": 1},
    ),
    (
        "hAn02",
        "en",
        "bhc",
        "Young coconut fronds turning brown and papery – no chemicals allowed",
        "Our 120 ha certified-organic coconut group sees the unopened spear leaves and the youngest fronds go brown and dry as if burnt; "
        "from the road the crowns look grey. Small flat beetles hide inside the folded leaflets. We cannot spray insecticides because of "
        "the organic certificate. Looking for a practical control we can run ourselves.",
        {"hAo001": 2, "hAo004": 1},
    ),
    (
        "hAn03",
        "vi",
        "bhc",
        "Sâu ăn lá dừa lan nhanh, lá khô từ tầng dưới lên",
        "Vườn dừa xiêm của chúng tôi ở Châu Thành bị sâu đầu đen làm tổ trong ống tơ dưới mặt lá, ăn trụi lá già và gặm cả vỏ trái non, "
        "trái bị sẹo bán không được. Cây cao 12–15 m, phun bằng bình đeo vai không tới. Cần giải pháp hiệu quả và an toàn.",
        {"hAo004": 2, "hAo005": 1},
    ),
    (
        "hAn04",
        "en",
        "crb",
        "Rhinoceros beetle damage on coconut",
        "V-shaped cuts in fronds and holes in the crown of young palms. Need control measures.",
        {"hAo003": 2, "hAo002": 1},
    ),
    (
        "hAn05",
        "vi",
        "munxo",
        "Cần thiết bị xử lý 20 tấn vỏ dừa mỗi ngày",
        "Công ty thu mua vỏ dừa khô từ các cơ sở làm cơm dừa, mỗi ngày khoảng 20 tấn, hiện chỉ bán thô cho lò đốt. Muốn đầu tư máy để "
        "tách riêng phần sợi bán cho xưởng đánh dây và phần bột mịn bán làm giá thể ươm cây.",
        {"hAo008": 2, "hAo010": 2, "hAo009": 1},
    ),
    (
        "hAn06",
        "en",
        "munxo",
        "Coco peat blocks rejected by greenhouse buyer for high salt",
        "A Korean greenhouse importer rejected two containers of our coir pith blocks: conductivity measured 1.8–2.2 mS/cm and seedlings "
        "burned. Our pith comes from husks soaked near the river mouth. What process brings the product to buyer specification?",
        {"hAo009": 2},
    ),
    (
        "hAn07",
        "vi",
        "trabaco",
        "Gáo dừa tồn kho nhiều, chỉ bán làm chất đốt giá rẻ",
        "Cơ sở chúng tôi làm cơm dừa nạo, thải ra 3–4 tấn gáo mỗi ngày, hiện bán cho lò gạch với giá rất thấp. Muốn biết có công nghệ "
        "nào biến gáo dừa thành sản phẩm có giá trị cao hơn, vốn đầu tư dưới 10 tỷ đồng.",
        {"hAo011": 2, "hAo012": 2, "hAo138": 1},
    ),
    (
        "hAn08",
        "en",
        "trabaco",
        "Natural material to protect canal banks until vegetation establishes",
        "The commune is rebuilding 6 km of earthen canal banks that collapse every rainy season. Concrete is too expensive. We want a "
        "biodegradable cover that holds the soil for a few years while grass roots take over.",
        {"hAo013": 2},
    ),
    (
        "hAn09",
        "vi",
        "vco_india",
        "Dầu dừa nấu truyền thống bị khét, vàng, nhanh ôi",
        "Nhà tôi nấu dầu dừa theo cách truyền thống, dầu có màu vàng sậm, mùi khét, để 2–3 tháng là hôi. Các công ty mỹ phẩm chỉ mua "
        "dầu trong, giữ mùi dừa tươi. Muốn đổi cách làm, quy mô khoảng 1.000 trái/ngày.",
        {"hAo016": 2, "hAo015": 2, "hAo023": 1},
    ),
    (
        "hAn10",
        "en",
        "thachdua",
        "8,000 litres a day of mature coconut water going down the drain",
        "Our desiccated coconut plant opens about 40,000 mature nuts a day and the water is simply discharged, which also loads our "
        "wastewater plant. We would like to turn this water into a saleable product.",
        {"hAo017": 2, "hAo025": 2, "hAo020": 1},
    ),
    (
        "hAn11",
        "vi",
        "mathoa",
        "Nhựa hoa dừa lên men chua chỉ sau vài giờ",
        "Tổ hợp tác khai thác nhựa hoa dừa ở Trà Vinh muốn làm nước uống đóng chai bán siêu thị và xuất khẩu, nhưng nhựa lấy về buổi "
        "sáng đến trưa đã chua, sủi bọt. Cần quy trình thu và xử lý để nước giữ được vị ngọt tự nhiên và bảo quản lâu.",
        {"hAo018": 2, "hAo019": 1, "hAo164": 1},
    ),
    (
        "hAn12",
        "en",
        "coco_prod",
        "Trimmed young coconuts brown during sea shipment; buyer wants sulfite-free",
        "We export diamond-cut young coconuts to the EU. After 20–25 days in reefer containers the white husk turns brown and some "
        "importers complain. Today we dip in sodium metabisulfite, but a new retailer requires sulfite-free fruit.",
        {"hAo021": 2},
    ),
    (
        "hAn13",
        "vi",
        "duasap",
        "Dừa sáp để vài ngày là hư, mùa rộ bị ép giá",
        "Nhà vườn ở Cầu Kè chỉ bán được trái dừa sáp tươi; bổ ra phải ăn ngay, trái nguyên để quá một tuần thì cơm bị chua. Vào mùa rộ "
        "thương lái ép giá. Muốn có cách kéo dài thời gian bán và đưa dừa sáp đi xa.",
        {"hAo024": 2, "hAo087": 1},
    ),
    (
        "hAn14",
        "vi",
        "tvu_vtc",
        "Can mua cay giong dua sap ty le trai sap cao",
        "Toi trong dua sap bang trai giong mua o cho, moi buong chi duoc vai trai sap, con lai la dua thuong. Muon mua cay giong dam "
        "bao ty le sap cao de trong moi 2 ha.",
        {"hAo006": 2, "hAo092": 1},
    ),
    (
        "hAn15",
        "en",
        "coco_org",
        "How do we get our coconut farms certified so we can sell to Europe?",
        "We are a group of about 90 coconut households in the delta, most with 0.5–2 ha. A trading company told us European buyers pay "
        "more but only for certified organic nuts, and that we would need records for every farm, some kind of internal inspection and "
        "an auditor from abroad. Nobody in our group has done this, we do not know how long it takes or what it costs, and some members "
        "also ask whether we can keep growing other crops between the palms. We need someone to guide us from the beginning.",
        {"hAo007": 2, "hAo155": 1, "hAo080": 1},
    ),
    # --- rice ---
    (
        "hAn16",
        "vi",
        "om9577",
        "Lúa cuối vụ Đông Xuân bị mặn làm cháy lá, lép hạt",
        "HTX ở Trà Cú có 250 ha lúa; hai năm gần đây nước mặn vào kênh sớm, lúa đang trổ bị cháy đầu lá, lép hạt, có ruộng mất trắng. "
        "Cần giải pháp để vẫn làm được vụ Đông Xuân trên vùng đất này.",
        {"hAo026": 2, "hAo027": 2, "hAo123": 1, "hAo124": 1, "hAo127": 1},
    ),
    (
        "hAn17",
        "en",
        "maysay_lua",
        "Wet paddy in the rainy season: 200 tonnes a day and only sun-drying yards",
        "Our cooperative buys paddy from members at harvest. In the summer–autumn crop it rains almost every afternoon and paddy comes in "
        "at 25–28% moisture; traders cut the price or refuse it, and some heaps start to heat and turn yellow. We need drying capacity "
        "quickly.",
        {"hAo035": 2, "hAo036": 2, "hAo037": 2},
    ),
    (
        "hAn18",
        "vi",
        "maysay_lua",
        "Máy sấy lúa cho tổ hợp tác",
        "Tổ hợp tác 40 hộ cần máy sấy lúa, vốn khoảng 300 triệu.",
        {"hAo035": 2, "hAo036": 2, "hAo037": 2},
    ),
    (
        "hAn19",
        "en",
        "straw30",
        "Commune bans straw burning – what to do with straw from 500 ha?",
        "After harvest by combine the straw lies scattered in wet fields. Farmers used to burn it, but the commune now fines burning "
        "because of smoke on the highway. Ploughing it in delays the next crop. We want options that are cheap or even bring some income.",
        {"hAo034": 2, "hAo041": 2, "hAo042": 1, "hAo151": 1, "hAo137": 1, "hAo030": 1},
    ),
    (
        "hAn20",
        "vi",
        "saykhom",
        "Thiếu lao động cấy, sạ lan tốn giống",
        "Thanh niên trong ấp đi làm công ty hết, thuê người cấy không được. Bà con sạ lan 150–200 kg giống/ha, lúa mọc dày, sâu bệnh "
        "nhiều. HTX muốn cơ giới hóa khâu gieo cấy cho 120 ha.",
        {"hAo031": 2, "hAo032": 2, "hAo033": 1},
    ),
    (
        "hAn21",
        "en",
        "maysay_lua",
        "Stored rice seed loses germination after four months",
        "Our seed cooperative stores certified seed in woven bags in a warehouse near the river. After about four months germination "
        "falls below 70% and weevils appear, so we cannot sell it for the next season. We want to avoid chemical fumigation.",
        {"hAo038": 2},
    ),
    (
        "hAn22",
        "en",
        "rice_polish",
        "Too many broken and yellow kernels – export buyer rejects our rice",
        "Small rice mill, 5 t/h. Our white rice has 8–10% yellow and chalky grains and low gloss, and the exporter we supply has rejected "
        "three lots this year. We need to upgrade the finishing section of the mill.",
        {"hAo039": 2, "hAo037": 1},
    ),
    (
        "hAn23",
        "vi",
        "husk_pellet",
        "Nhà máy xay xát dư trấu, đổ ra sông bị phạt",
        "Mỗi ngày nhà máy xay ra khoảng 15 tấn trấu, lò sấy dùng không hết, trước đây đổ xuống sông nay bị xử phạt. Muốn tìm cách tận "
        "dụng hoặc bán trấu có lời.",
        {"hAo043": 2, "hAo044": 2, "hAo045": 1, "hAo136": 1, "hAo152": 1, "hAo138": 1},
    ),
    (
        "hAn24",
        "en",
        "husk_power",
        "Boiler running on fuel oil is eating our margin",
        "Seafood factory with a 4 t/h steam boiler burning FO. Fuel is now our second cost after raw material. Rice husk is plentiful in "
        "the district. We want to cut steam cost without stopping production for long.",
        {"hAo152": 2, "hAo045": 2, "hAo132": 2, "hAo128": 1, "hAo043": 1, "hAo044": 1},
    ),
    (
        "hAn25",
        "vi",
        "om_hanman",
        "Rầy nâu bùng phát trên ruộng lúa – tôm, không dám xịt thuốc hóa học",
        "Ruộng luân canh lúa – tôm của tôi bị rầy nâu chích hút làm lúa cháy từng chòm. Xịt thuốc hóa học thì sợ chết tôm càng thả "
        "trong mương. Cần loại thuốc sinh học trừ rầy an toàn cho tôm.",
        {"hAo029": 2},
    ),
    (
        "hAn26",
        "en",
        "cgiar_straw",
        "Cooperative wants to earn carbon income from rice",
        "We heard that rice farmers can sell emission reductions. Our 300 ha cooperative wants to know what practices are required, how "
        "the reductions are measured and verified, and who buys them.",
        {"hAo030": 2, "hAo034": 1},
    ),
    # --- shrimp and aquaculture ---
    (
        "hAn27",
        "vi",
        "tom_benh",
        "Tôm thẻ chết rải rác rồi chết hàng loạt 20–30 ngày sau thả",
        "Ba ao tôm thẻ của tôi ở Duyên Hải, thả được khoảng 25 ngày thì tôm bỏ ăn, ruột trống, phần gan tụy teo lại và nhạt màu trắng, "
        "sau đó chết đáy hàng loạt. Vụ trước cũng vậy. Cần biết chính xác bệnh gì và cách phòng cho vụ tới.",
        {"hAo046": 2, "hAo048": 2, "hAo047": 1, "hAo049": 1, "hAo160": 1},
    ),
    (
        "hAn28",
        "en",
        "ehp",
        "Shrimp stop growing – 8 g at 60 days and huge size variation",
        "Whiteleg shrimp in our ponds eat but hardly grow; at day 60 the average is 8 g and sizes range from 3 to 12 g. We see white "
        "faecal strings floating. No mass mortality, but the crop is not profitable. We need to find the cause and fix it before "
        "restocking.",
        {"hAo051": 2, "hAo046": 1, "hAo047": 1},
    ),
    (
        "hAn29",
        "en",
        "tpd",
        "Hatchery losing whole tanks of post-larvae within two days",
        "In our shrimp hatchery, PL5–PL7 suddenly die in whole tanks within 48 hours. The larvae look glassy and the gut area seems "
        "empty. We have changed broodstock supplier but it continues.",
        {"hAo050": 2, "hAo047": 1},
    ),
    (
        "hAn30",
        "vi",
        "iot_pond",
        "Ao tôm thiếu oxy ban đêm, tôm nổi đầu lúc rạng sáng",
        "Trại 6 ao tôm thẻ, đêm trời âm u thường bị thiếu oxy, 4–5 giờ sáng tôm nổi đầu, tháng trước mất trắng 2 ao vì người trực ngủ "
        "quên. Cần thiết bị theo dõi liên tục và báo động về điện thoại.",
        {"hAo054": 2, "hAo055": 2, "hAo131": 1},
    ),
    (
        "hAn31",
        "en",
        "wsn_shrimp",
        "Water quality sensors for ponds",
        "Looking for sensors to measure pond water continuously.",
        {"hAo054": 2, "hAo055": 2, "hAo160": 1},
    ),
    (
        "hAn32",
        "vi",
        "vietgap_shrimp",
        "Chuyển ao đất sang nuôi tôm công nghệ cao, vốn 5 tỷ",
        "Gia đình có 1 ha ao đất nuôi tôm thẻ truyền thống, năm nào cũng dịch bệnh, năng suất chỉ 5–6 tấn/ha. Muốn đầu tư khoảng 5 tỷ "
        "đồng để chuyển sang mô hình nuôi mật độ cao, kiểm soát được môi trường, ít phụ thuộc thời tiết. Cần đơn vị tư vấn thiết kế và "
        "chuyển giao quy trình.",
        {"hAo052": 2, "hAo053": 2, "hAo054": 1, "hAo055": 1, "hAo056": 1, "hAo057": 1},
    ),
    (
        "hAn33",
        "en",
        "chitosan_rev",
        "15 tonnes of shrimp heads and shells a day – smell and complaints",
        "Our shrimp processing plant peels and beheads about 40 t of raw shrimp a day. The heads and shells are sold cheaply to a "
        "collector but often pile up for days, the smell brings complaints from the residential area. We want a processing route that "
        "turns them into products.",
        {"hAo068": 2, "hAo069": 2},
    ),
    (
        "hAn34",
        "vi",
        "ww_salt",
        "Hệ thống xử lý nước thải vi sinh bị chết vì nước quá mặn",
        "Nhà máy chế biến tôm đông lạnh, nước thải khâu rã đông và luộc có muối cao, bể vi sinh hiếu khí liên tục bị chết bùn, COD đầu "
        "ra vượt quy chuẩn, đã bị Sở Tài nguyên nhắc nhở. Cần công nghệ xử lý phù hợp nước thải nhiễm mặn.",
        {"hAo073": 2, "hAo072": 1},
    ),
    (
        "hAn35",
        "en",
        "ww_shrimpfarm",
        "Low-cost treatment of intensive shrimp pond discharge",
        "The district now requires intensive shrimp farms to treat pond water before releasing it into the shared canal. We have 4 ha of "
        "ponds and little money for concrete tanks or chemicals. What simple treatment works?",
        {"hAo074": 2, "hAo053": 1},
    ),
    (
        "hAn36",
        "vi",
        "cua_giong",
        "Cua giống khan hiếm, mua từ Cà Mau về chết nhiều",
        "HTX nuôi cua ở Cầu Ngang thả hơn 2 triệu con cua giống mỗi năm nhưng giống tự nhiên ngày càng ít, phải mua cua hạt tiêu chở "
        "từ Cà Mau, vận chuyển xa hao hụt 20–30%. HTX muốn tự làm ra con giống tại chỗ.",
        {"hAo058": 2},
    ),
    (
        "hAn37",
        "en",
        "ngheu_300",
        "Clams dying before harvest for the third time",
        "Our clam cooperative manages 200 ha of tidal flats. For the third crop in a row, clams close to market size gape and die in "
        "large patches; we lost about half the stock. We need to understand the cause and change how we manage the beds.",
        {"hAo064": 2},
    ),
    (
        "hAn38",
        "vi",
        "prawn_ctu",
        "Thả tôm càng xanh trong ruộng lúa nhưng tôm lớn không đều",
        "Nhà có 3 ha ruộng lúa, mùa mưa thả tôm càng xanh trong mương bao, nhưng tôm lớn không đều, con cái nhỏ, bán giá thấp. Muốn cải "
        "tiến để lời hơn.",
        {"hAo062": 2, "hAo063": 2, "hAo158": 2, "hAo061": 1},
    ),
    (
        "hAn39",
        "en",
        "catfish_feed",
        "Feed is 70% of our catfish cost and margins are negative",
        "We grow striped catfish in 5 ha of ponds. With current pellet prices we lose money on every tonne sold to the processor. We "
        "want to reduce feed cost per kilo of fish without slowing growth.",
        {"hAo067": 2, "hAo066": 1, "hAo108": 1},
    ),
    (
        "hAn40",
        "vi",
        "cua_duyenhai",
        "Ao tôm quảng canh dưới rừng năng suất thấp, muốn giảm rủi ro",
        "Hộ nuôi tôm sú quảng canh trong rừng đước ở Duyên Hải, năng suất chỉ 150–200 kg/ha/năm, vụ nào tôm chết là mất trắng. Muốn "
        "nuôi kết hợp thêm đối tượng khác trên cùng diện tích để có thu nhập ổn định.",
        {"hAo060": 2, "hAo058": 1},
    ),
    # --- fruit ---
    (
        "hAn41",
        "vi",
        "choirong_vl",
        "Nhãn ra đọt chùm như cái chổi, không ra hoa",
        "Vườn nhãn 2 ha ở Vũng Liêm, nhiều cành ra chồi non chùm lại thành búi, lá nhỏ xoăn, chùm hoa cũng bị biến dạng không đậu trái. "
        "Năng suất năm nay chỉ còn phân nửa. Xin hướng dẫn xử lý.",
        {"hAo075": 2, "hAo159": 1},
    ),
    (
        "hAn42",
        "en",
        "greening",
        "Pomelo trees yellowing with green veins, fruit small and lopsided",
        "In our 5 ha pomelo orchard more trees each year show yellow mottled leaves with green veins on some branches, small lopsided "
        "fruit and slow decline. We replanted part of the orchard with seedlings from a local nursery and the young trees showed the "
        "same signs within two years.",
        {"hAo076": 2, "hAo077": 2},
    ),
    (
        "hAn43",
        "vi",
        "buoi_namroi",
        "Chứng nhận GlobalGAP bưởi Năm Roi hết hạn, xuất khẩu giảm mạnh",
        "HTX bưởi ở Bình Minh có vùng trồng đạt GlobalGAP từ trước nhưng giấy chứng nhận đã hết hạn, không có kinh phí thuê tư vấn làm "
        "lại. Năm trước xuất được 10 container, năm nay chỉ 2. Cần hỗ trợ để xuất khẩu trở lại.",
        {"hAo080": 2, "hAo079": 1, "hAo116": 1},
    ),
    (
        "hAn44",
        "en",
        "sth_fruit",
        "Longan turns brown within five days – need longer shelf life for sea freight",
        "We ship longan and rambutan to the Middle East. The peel browns and the fruit dries out within 4–5 days, so we must use air "
        "freight. The buyer does not accept sulphur-treated fruit. We need a way to keep fruit fresh for about three weeks.",
        {"hAo086": 2, "hAo087": 1, "hAo088": 1},
    ),
    (
        "hAn45",
        "vi",
        "chomchom",
        "Chôm chôm vào mùa rộ chỉ còn 3.000 đồng/kg",
        "Vùng chôm chôm ven sông Cổ Chiên năm nào cũng rớt giá khi vào mùa rộ, nhà vườn bỏ không thu hoạch. HTX muốn đầu tư chế biến để "
        "bán được quanh năm, khoảng 2 tấn trái/ngày.",
        {"hAo085": 2, "hAo084": 2, "hAo083": 1, "hAo082": 1, "hAo086": 1, "hAo162": 1},
    ),
    (
        "hAn46",
        "en",
        "heatpump_vn",
        "Dried mango and jackfruit come out dark and lose aroma",
        "Our small factory dries mango and jackfruit slices in an electric hot-air cabinet at 70°C. The product darkens, tastes cooked "
        "and the aroma is weak, and the electricity bill is high. We want better quality dried fruit.",
        {"hAo082": 2, "hAo083": 2, "hAo084": 1},
    ),
    (
        "hAn47",
        "vi",
        "khoailang",
        "Khoai lang bị sùng đục củ, xuất khẩu bị trả hàng",
        "Ruộng khoai lang tím ở Bình Tân bị con sùng đục bên trong củ, vỏ ngoài nhìn bình thường nhưng cắt ra có đường hầm, đắng. "
        "Thương lái trả giá thấp và lô xuất đi bị trả về. Cần biện pháp phòng trừ cho cả vùng.",
        {"hAo094": 2, "hAo095": 1},
    ),
    (
        "hAn48",
        "en",
        "khoailang",
        "Traders stopped buying sweet potato – 4,000 ha unharvested",
        "Sweet potato prices in our district collapsed because border trade stopped; farmers leave roots in the ground since the price "
        "does not cover harvest labour. The district wants local processing so that farmers are not dependent on fresh exports.",
        {"hAo093": 2},
    ),
    # --- livestock and waste ---
    (
        "hAn49",
        "vi",
        "biogas_ctu",
        "Trại heo 300 con bị hàng xóm khiếu nại mùi hôi",
        "Trại heo thịt 300 con, phân và nước rửa chuồng chảy ra mương rồi ra kênh, mùi hôi nồng, hàng xóm làm đơn khiếu nại lên xã. "
        "Cần giải pháp xử lý chất thải dứt điểm, chi phí vừa phải.",
        {"hAo103": 2, "hAo105": 2, "hAo104": 1, "hAo107": 1},
    ),
    (
        "hAn50",
        "en",
        "bo_sind",
        "Beef cattle lose weight in the dry, salty season",
        "About 60 households in our commune raise 3–10 Lai Sind cattle each. From February to May grass is scarce and canal water is "
        "salty, cattle lose weight and we sell them thin at low prices. We need ways to feed them through these months.",
        {"hAo101": 2, "hAo100": 2, "hAo099": 1, "hAo151": 1},
    ),
    (
        "hAn51",
        "en",
        "asf_cull",
        "Restocking a sow farm after African swine fever",
        "Our 400-sow farm lost most of the herd to ASF last year. Before restocking we want to close the gaps that let the virus in and "
        "be able to detect and isolate sick pigs quickly if it returns.",
        {"hAo106": 2},
    ),
    (
        "hAn52",
        "vi",
        "bsf_binhdinh",
        "Chợ xã mỗi ngày 2 tấn rác hữu cơ, bãi rác quá tải",
        "Chợ xã và các hộ quanh chợ thải ra khoảng 2 tấn rau, trái cây hư, đầu cá mỗi ngày, xe thu gom không kịp, bãi rác của huyện đã "
        "quá tải. UBND xã muốn mô hình xử lý tại chỗ, có thể tạo ra sản phẩm có ích.",
        {"hAo109": 2, "hAo108": 2, "hAo137": 1},
    ),
    # --- food processing, safety, ICT ---
    (
        "hAn53",
        "vi",
        "haccp_ph",
        "Siêu thị yêu cầu chứng nhận an toàn thực phẩm cho cơ sở nhỏ",
        "Cơ sở gia đình làm bánh tét, bánh ít và mắm tôm chua, 12 lao động. Hệ thống siêu thị đồng ý nhận hàng nếu có chứng nhận về an "
        "toàn thực phẩm và kết quả kiểm nghiệm định kỳ. Cần được hướng dẫn từ đầu với chi phí thấp.",
        {"hAo110": 2, "hAo111": 2},
    ),
    (
        "hAn54",
        "en",
        "nuocmam_std",
        "Fish sauce shipment rejected for histamine",
        "A container of our fish sauce was rejected by an importer because histamine exceeded the limit. We ferment anchovy in wooden "
        "vats for 12 months. We need to control histamine from raw fish to bottling and to check each batch before shipping.",
        {"hAo112": 2, "hAo113": 2},
    ),
    (
        "hAn55",
        "vi",
        "qr_htx",
        "HTX muốn người mua quét mã là biết nguồn gốc sản phẩm",
        "HTX chúng tôi có sản phẩm OCOP 4 sao là gạo và mật ong; các chuỗi cửa hàng ở TP.HCM đòi hỏi sản phẩm phải có thông tin vùng "
        "nuôi trồng, quy trình, ngày thu hoạch để khách hàng tự kiểm tra bằng điện thoại. Nhân viên HTX không rành máy tính nên cần "
        "cái gì đơn giản, rẻ, và chống làm giả nhãn.",
        {"hAo116": 2, "hAo117": 2},
    ),
    (
        "hAn56",
        "en",
        "tvu_conf",
        "Technology solution to improve production quality and reduce cost",
        "We are a small beverage company looking for a technology system to improve our production process, quality and costs. Today "
        "mixing, cooking and filling are controlled by hand, so batches are not consistent and we have no production records for the "
        "quality audits.",
        {"hAo141": 2},
    ),
    # --- water ---
    (
        "hAn57",
        "vi",
        "nuocngot_cafef",
        "Xã ven biển thiếu nước uống mùa khô cho 200 hộ",
        "Ấp ven biển ở Duyên Hải, mùa khô nước giếng và nước kênh đều mặn, 200 hộ phải mua nước chở bằng ghe giá 150.000–200.000 đồng/m³. "
        "Xã muốn đầu tư một trạm xử lý nước uống tại chỗ cho cả ấp.",
        {"hAo120": 2, "hAo121": 1, "hAo125": 1},
    ),
    (
        "hAn58",
        "vi",
        "vl_man",
        "Không biết lúc nào nước kênh an toàn để bơm tưới vườn",
        "Năm rồi tôi bơm nước kênh tưới vườn sầu riêng và chôm chôm, vài ngày sau lá cháy mép, rụng trái vì nước đã bị mặn mà không hay. "
        "Cần biết trước khi nào mặn lên và đo nhanh tại chỗ trước khi bơm.",
        {"hAo127": 2, "hAo123": 2, "hAo124": 1, "hAo122": 1},
    ),
    # --- energy ---
    (
        "hAn59",
        "en",
        "solar_roof",
        "Electricity bill of 300 million VND a month",
        "Our coconut processing factory in the industrial zone pays about 300 million VND per month for electricity, mostly daytime. We "
        "have 8,000 m² of metal roof. Management wants a plan to cut the bill, preferably without a big upfront investment.",
        {"hAo129": 2, "hAo130": 2, "hAo128": 2, "hAo131": 1},
    ),
    (
        "hAn60",
        "vi",
        "mangthit",
        "Lò gạch tròn thủ công tốn trấu, ra lò cả tháng, bị yêu cầu tháo dỡ",
        "Gia đình có 3 lò gạch tròn ở Mang Thít, mỗi lò đốt gần một tháng mới ra gạch, tốn trấu, khói làm hàng xóm phàn nàn, huyện yêu "
        "cầu chuyển đổi. Muốn tiếp tục làm nghề nhưng theo công nghệ mới.",
        {"hAo133": 2, "hAo135": 1, "hAo134": 1},
    ),
    (
        "hAn61",
        "en",
        "mangthit_thvl",
        "Too many cracked pieces and rising fuel cost in our pottery kiln",
        "We make decorative terracotta pots for export in two intermittent kilns. About 12% of pieces crack or have uneven colour, and "
        "each firing burns more fuel than it should. Looking for a kiln upgrade.",
        {"hAo134": 2, "hAo133": 1},
    ),
    (
        "hAn62",
        "vi",
        "tv_ecom",
        "Cơ sở OCOP muốn bán hàng trên mạng nhưng không biết bắt đầu",
        "Cơ sở làm bánh tráng và chuối sấy của tôi có sản phẩm OCOP 3 sao nhưng chỉ bán ở chợ và đại lý. Con cái khuyên đưa lên các sàn "
        "và bán qua livestream nhưng tôi không biết quản lý đơn hàng, kho, giao hàng ra sao.",
        {"hAo139": 2, "hAo140": 2},
    ),
    (
        "hAn63",
        "en",
        "herb_instant",
        "Instant herbal tea sachets from local medicinal plants",
        "Start-up in Tra Vinh growing Gynostemma and lemongrass. We want to sell instant herbal drinks in small sachets rather than dried "
        "leaves, keeping the active compounds. Looking for process and equipment.",
        {"hAo147": 2, "hAo146": 1, "hAo082": 1, "hAo083": 1},
    ),
    (
        "hAn64",
        "vi",
        "mia_tv",
        "Trồng mía thua lỗ, nhà máy đường chậm thu mua",
        "Hộ tôi ở Trà Cú trồng 3 ha mía, hai vụ liền lỗ vì giá thấp, nhà máy mở ép trễ, mía già khô. Muốn tìm hướng đi khác hoặc cách "
        "tăng giá trị cây mía.",
        {"hAo144": 2, "hAo145": 2, "hAo143": 1},
    ),
    # --- further English-only and Vietnamese-only needs ---
    (
        "hAn65",
        "en",
        "cua_tv",
        "Higher-value product from thin mud crabs",
        "Up to a third of the crabs we harvest are thin, 'empty' crabs that sell at half price. We would like to hold and grow them to "
        "full meat, or to produce a premium product for restaurants and export.",
        {"hAo059": 2},
    ),
    (
        "hAn66",
        "en",
        "ngheu_tv",
        "EU importer requires depuration and processing of our clams",
        "We sell live clams locally; an EU importer wants cooked frozen clam meat and half-shell clams, with sand removed and with a "
        "documented purification step. We need to set up a processing line.",
        {"hAo157": 2},
    ),
    (
        "hAn67",
        "en",
        "biogas_bpp",
        "Biogas flared at our 2,000-sow farm – want electricity without capital",
        "Our covered lagoon produces much more gas than the farm kitchen uses; most is flared or leaks. At the same time the farm pays a "
        "large electricity bill for ventilation. We do not want to invest our own money in generators.",
        {"hAo104": 2, "hAo105": 1},
    ),
    (
        "hAn68",
        "en",
        "wsn_shrimp",
        "Arguments with hatcheries over how many post-larvae were delivered",
        "Every time we buy post-larvae we argue with the hatchery about the count; hand counting a few bowls is slow and inaccurate. We "
        "want a quick, objective way to count and size PL at delivery.",
        {"hAo142": 2},
    ),
    (
        "hAn69",
        "en",
        "khoailang",
        "Sweet potatoes rot in containers on the way to Japan",
        "Our sweet potato shipments arrive with 10–15% soft rot and shrivelled roots; the importer deducts heavily. Roots are harvested, "
        "washed roughly by hand and packed the same day.",
        {"hAo095": 2, "hAo094": 1},
    ),
    (
        "hAn70",
        "en",
        "rice_polish",
        "Rice bran goes rancid before we can sell it",
        "Our mill produces 20 t of bran a day; within a day it smells rancid and feed mills pay little. We would like to earn more from "
        "the bran.",
        {"hAo040": 2},
    ),
    (
        "hAn71",
        "en",
        "coco_prod",
        "Salmonella found in our desiccated coconut",
        "A buyer's lab found Salmonella in one lot of our desiccated coconut and has suspended orders until we show corrective actions. "
        "We need to redesign hygiene in the process and set up regular testing.",
        {"hAo022": 2, "hAo111": 1, "hAo110": 1},
    ),
    (
        "hAn72",
        "vi",
        "maycay_hg",
        "HTX muốn tự sản xuất lúa giống cho xã viên",
        "Mỗi vụ xã viên HTX mua lúa giống hết gần 1 tỷ đồng, chất lượng không đồng đều. HTX muốn tự nhân giống đạt chuẩn để cung cấp "
        "cho xã viên và bán ra ngoài.",
        {"hAo028": 2},
    ),
    (
        "hAn73",
        "vi",
        "coco_prod",
        "Cơ sở kẹo dừa làm tay năng suất thấp",
        "Cơ sở kẹo dừa gia đình 15 công nhân, nấu bằng chảo và cắt, gói kẹo hoàn toàn bằng tay, mỗi ngày chỉ được 200 kg, viên không đều, "
        "khó đạt yêu cầu vệ sinh của nhà phân phối. Muốn cơ giới hóa.",
        {"hAo154": 2},
    ),
    (
        "hAn74",
        "vi",
        "duasap",
        "Phân biệt trái dừa sáp mà không phải bổ ra",
        "Thương lái mua dừa sáp theo trái, nhưng không biết trái nào sáp, trái nào thường nếu không bổ thử, mà bổ rồi thì hư. Cần dụng cụ "
        "phân loại nhanh tại vườn.",
        {"hAo156": 2},
    ),
    (
        "hAn75",
        "vi",
        "tvu_nckh",
        "Vườn bưởi vàng lá, thối rễ sau mùa nước ngập",
        "Sau đợt triều cường ngập vườn, nhiều cây bưởi da xanh vàng lá, rụng lá, nhổ lên thấy rễ tơ thối đen, vỏ rễ tuột. Cần cách cứu "
        "vườn.",
        {"hAo078": 2},
    ),
    (
        "hAn76",
        "vi",
        "capnuoc",
        "Nuoc gieng khoan co mui tanh, mau vang, dong can",
        "Nha toi o Tra On khoan gieng 80 m, nuoc bom len trong nhung de mot luc thi vang, co mui tanh, dong can do trong lu va lam o ao "
        "quan. Can bo loc cho gia dinh 6 nguoi.",
        {"hAo126": 2},
    ),
    (
        "hAn77",
        "vi",
        "biogas_ctu",
        "Lò mổ heo của xã xả nước thải ra kênh",
        "Lò giết mổ tập trung của xã mỗi đêm mổ 40–50 con heo, nước thải có máu, mỡ chảy thẳng ra kênh, người dân phản ánh. Cần hệ "
        "thống xử lý đơn giản, chi phí vận hành thấp.",
        {"hAo161": 2, "hAo103": 1},
    ),
    (
        "hAn78",
        "vi",
        "tvu_green",
        "Tận dụng cây dừa nước ven sông làm sản phẩm",
        "Ấp tôi có nhiều dừa nước mọc dọc sông, hiện chỉ lấy lá lợp nhà và bán trái. Nghe nói có thể lấy nhựa buồng làm sản phẩm ngọt. "
        "Tổ hợp tác phụ nữ muốn học làm.",
        {"hAo149": 2, "hAo019": 1},
    ),
    (
        "hAn79",
        "vi",
        "mangthit",
        "Chuyển sang sản xuất gạch không cần nung",
        "Doanh nghiệp vật liệu xây dựng ở Vĩnh Long muốn bỏ hẳn lò nung vì quy định hạn chế gạch đất sét nung, chuyển sang làm gạch xây "
        "từ nguyên liệu sẵn có ở địa phương.",
        {"hAo135": 2, "hAo133": 1},
    ),
    (
        "hAn80",
        "vi",
        "coco_cosm",
        "Làm chả cá dai mà không dùng hàn the",
        "Cơ sở làm chả cá thác lác và chả hoa ở Trà Vinh bán chợ, muốn vào siêu thị nhưng bị nghi dùng hàn the vì chả dai. Cần quy "
        "trình và máy móc để chả dai tự nhiên, đồng đều.",
        {"hAo115": 2},
    ),
    (
        "hAn81",
        "vi",
        "hanman_dt",
        "Trữ nước ngọt tưới vườn mùa khô",
        "Vườn 1 ha cây ăn trái, mùa khô nước sông mặn 2–3 tháng, ao trong vườn không đủ chứa. Cần cách trữ nước ngọt rẻ tiền.",
        {"hAo122": 2, "hAo124": 1},
    ),
    (
        "hAn82",
        "vi",
        "drip_dt",
        "HTX đầu tư nhà màng trồng dưa lưới",
        "HTX thanh niên muốn xây 3.000 m² nhà màng trồng dưa lưới và rau sạch, tưới và bón phân tự động để giảm công, bán cho siêu thị.",
        {"hAo096": 2, "hAo153": 1},
    ),
    (
        "hAn83",
        "vi",
        "viaep",
        "Phân loại bưởi bằng tay chậm và không đều",
        "Nhà đóng gói bưởi của HTX mỗi ngày phân loại 10 tấn trái bằng mắt và tay, 20 công nhân, khách nước ngoài phàn nàn trái trong "
        "cùng thùng không đều cỡ, lẫn trái sẹo. Muốn tự động hóa khâu này.",
        {"hAo089": 2},
    ),
    (
        "hAn84",
        "vi",
        "solardry_htx",
        "Khô cá sặc phơi nắng bị ruồi bu, mưa là hư",
        "Cơ sở làm khô cá sặc, cá lóc phơi trên giàn ngoài trời, ruồi nhặng bu, gặp mưa vài ngày là cá bị mốc, màu xấu. Muốn có cách làm "
        "khô sạch hơn, ít phụ thuộc thời tiết mà chi phí không cao.",
        {"hAo118": 2, "hAo119": 1, "hAo083": 1, "hAo082": 1},
    ),
    (
        "hAn85",
        "en",
        "bo_tv",
        "Heavier beef calves from our local cows",
        "Our cattle group keeps Lai Sind cows; calves reach only 250–300 kg at slaughter. Buyers pay more for heavier, meatier animals. We "
        "want to improve the genetics of the next calf crops.",
        {"hAo102": 2},
    ),
    (
        "hAn86",
        "en",
        "pangasius_fillet",
        "Fillet plant by-products sold for almost nothing",
        "Our pangasius fillet plant generates heads, frames, skin and belly fat, about 60% of the raw fish weight, sold cheaply to "
        "traders. We want to process them ourselves into higher-value products.",
        {"hAo070": 2},
    ),
    (
        "hAn87",
        "vi",
        "pangasius_fillet",
        "Cần tăng công suất cấp đông cho nhà máy tôm",
        "Nhà máy đang dùng tủ đông tiếp xúc, công suất không theo kịp đơn hàng tôm PTO, sản phẩm dính khối, khách yêu cầu hàng rời từng "
        "con. Cần thiết bị cấp đông nhanh 1 tấn/giờ.",
        {"hAo071": 2},
    ),
    (
        "hAn88",
        "en",
        "seafood_comp",
        "Ready meals that keep without refrigeration",
        "We want to export regional fish and curry dishes to overseas Vietnamese shops; frozen shipping is too costly. Looking for a way "
        "to make them shelf-stable for a year.",
        {"hAo114": 2},
    ),
    (
        "hAn89",
        "vi",
        "herb_tea",
        "Trồng sả 5 ha, muốn tự làm tinh dầu",
        "Tổ hợp tác trồng 5 ha sả, bán cây tươi giá thấp. Muốn đầu tư thiết bị để tự làm tinh dầu sả bán cho cơ sở mỹ phẩm.",
        {"hAo148": 2, "hAo090": 1},
    ),
    (
        "hAn90",
        "en",
        "solar_drip",
        "Diesel pumping for orchard irrigation is too expensive",
        "Our 4 ha fruit orchard on sandy soil is watered with a diesel pump and hoses; fuel and labour cost rise every year and the grid "
        "line is far away. We want a cheaper irrigation setup.",
        {"hAo097": 2, "hAo098": 2},
    ),
    (
        "hAn91",
        "vi",
        "munxo",
        "Mụn dừa tồn đọng thành đống, muốn ủ làm phân bón",
        "Xưởng đánh chỉ xơ dừa thải ra mỗi ngày vài tấn mụn dừa, để thành đống bay bụi, mưa xuống chảy nước đỏ ra kênh. Muốn ủ thành "
        "phân bón để bán cho nhà vườn.",
        {"hAo014": 2, "hAo137": 1},
    ),
    (
        "hAn92",
        "vi",
        "ngheu_tv",
        "Nghêu giống tự nhiên ngày càng khan hiếm",
        "HTX nuôi nghêu ven biển phải mua nghêu giống trôi dạt tự nhiên, năm có năm không, giá cao. Muốn có nguồn giống chủ động.",
        {"hAo065": 2},
    ),
]
