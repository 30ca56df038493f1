"""Needs of the holdout237 labelled set (craft villages): (id, language, source key, title, description, {offer: grade})."""

NEEDS = [
    (
        "rEn01",
        "vi",
        "kyyeu_tv",
        "Cần máy dệt chiếu có động cơ cho tổ hợp tác chiếu Cà Hom",
        "Tổ hợp tác dệt chiếu ở Cà Hom, xã Hàm Tân (Trà Cú) vẫn dệt bằng khung tay hai người kéo đẩy. Mùa lễ hội, khách du "
        "lịch theo tour làng nghề ghé nhiều nhưng không đủ hàng bán. Cần máy dệt chiếu chạy điện hợp với hộ gia đình, vẫn "
        "giữ được hoa văn chiếu bông, có người hướng dẫn vận hành.",
        {"rEo001": 2, "rEo002": 2, "rEo009": 1, "rEo010": 1},
    ),
    (
        "rEn02",
        "en",
        "vungliem",
        "Raising sedge yields on our Vũng Liêm fields",
        "We are farmers in Vũng Liêm district growing sedge (lác) next to our coconut gardens on low land near the Cổ Chiên "
        "river. After a few seasons the stands thin out and yields fall. We need advice on fertilising, cutting and "
        "replanting sedge so the fields stay productive and keep supplying mat weavers.",
        {"rEo004": 2, "rEo005": 2},
    ),
    (
        "rEn03",
        "vi",
        "vietmaz",
        "Can quy trinh phoi va nhuom soi lac truoc khi det chieu",
        "Nhom ho det chieu o Ham Tan, Tra Cu: soi lac nhuom xong mau khong deu, phoi xong hay gay khi len khung. Can nguoi "
        "chi cach chon soi, phoi bao lau truoc khi nhuom, nhuom nuoc soi the nao va phoi lai ra sao cho chieu dep.",
        {"rEo003": 2, "rEo153": 2, "rEo006": 1, "rEo095": 1, "rEo143": 1},
    ),
    (
        "rEn04",
        "en",
        "hungmy",
        "Finished sedge mats going mouldy in storage",
        "Our craft group in Hưng Mỹ commune (Châu Thành, Trà Vinh) weaves sedge mats and carpets. In the rainy season "
        "stored mats grow white mould, strands turn brittle after washing, and shops send them back. We need a practical "
        "drying, storage and anti-mould routine for finished mats and other woven goods.",
        {"rEo007": 2, "rEo019": 2, "rEo151": 2},
    ),
    (
        "rEn05",
        "en",
        "xuanduc",
        "Moving from sedge mats into bags and hats",
        "Demand for our sleeping mats in Trà Cú keeps falling as buyers switch to synthetic mats, and a weaver earns very "
        "little per mat. We want to use the same sedge and skills to make handbags and hats for export buyers, and need the "
        "cutting and sewing technique and contacts with buyers.",
        {"rEo008": 2, "rEo089": 1, "rEo011": 1},
    ),
    (
        "rEn06",
        "vi",
        "dinhyen_qdnd",
        "Chiếu dệt tay bị trả vì mặt chiếu không khít",
        "Cơ sở gom chiếu ở Cầu Ngang nhận chiếu của các hộ dệt tay để xuất khẩu, nhưng nhiều lô bị khách trả vì mặt chiếu "
        "thưa, ép sợi không đều. Cần thiết bị dệt ép sợi đều để chiếu đạt độ khít theo yêu cầu xuất khẩu, kèm đào tạo thợ.",
        {"rEo002": 2, "rEo001": 2, "rEo009": 1},
    ),
    (
        "rEn07",
        "en",
        "hamgiang",
        "Beetle damage in Hàm Giang bamboo baskets",
        "Our craft group in Hàm Giang commune (Trà Cú) weaves baskets and furniture from local bamboo and tầm vong. Within "
        "months many pieces show small holes and powder from borer beetles, and some get mould. We need a preservation "
        "treatment for cut bamboo that households can run themselves.",
        {"rEo015": 2, "rEo150": 2, "rEo016": 2, "rEo033": 2, "rEo017": 2, "rEo018": 2},
    ),
    (
        "rEn08",
        "vi",
        "bamboo_nellyani",
        "Can cach ngam tam tam vong lam ban ghe cho ben",
        "Co so lam ban ghe tam vong o Dai An (Tra Cu): ban ghe ban ra khoang 2 nam la bi mot, nut. Can quy trinh ngam tam "
        "hoa chat an toan, lam duoc tai xuong, va huong dan can nhung thiet bi gi.",
        {"rEo150": 2, "rEo015": 2, "rEo033": 2, "rEo016": 1, "rEo018": 1, "rEo017": 1},
    ),
    (
        "rEn09",
        "en",
        "vl_langnghe_tour",
        "Hyacinth stems rotting during drying in Tam Bình",
        "Our women's weaving group in Tam Bình district (Vĩnh Long) harvests water hyacinth from the canals. In cloudy weeks "
        "the stems dry unevenly, then rot or snap when we split and twist them. We need a reliable way to dry and store "
        "hyacinth before weaving.",
        {"rEo020": 2, "rEo152": 2, "rEo019": 1, "rEo151": 1},
    ),
    (
        "rEn10",
        "vi",
        "hyac_vnp",
        "Mở lớp dạy đan lục bình và tìm đầu ra cho hội viên",
        "Hội phụ nữ xã Long Đức (TP Trà Vinh) muốn tạo việc làm lúc nông nhàn bằng nghề đan lục bình. Cần đơn vị mở lớp dạy "
        "đan ngắn ngày và nhận bao tiêu hoặc giao hàng gia công tại nhà cho chị em.",
        {"rEo021": 2, "rEo022": 1},
    ),
    (
        "rEn11",
        "en",
        "wiki_rattan",
        "Uniform metal frames for hyacinth basket orders",
        "We are a small exporter in Vĩnh Long city assembling water hyacinth storage baskets for European buyers. Baskets "
        "woven freehand vary in size and lose their shape in containers. We need a supplier of rust-proof frames made to "
        "our designs, sizes and handle positions.",
        {"rEo022": 2},
    ),
    (
        "rEn12",
        "vi",
        "coco_2010",
        "Làm hàng mỹ nghệ từ gáo dừa và gỗ dừa",
        "Cơ sở nhỏ ở huyện Châu Thành (Trà Vinh) muốn tận dụng gáo dừa và thân dừa già trong vườn để làm giỏ xách, muỗng, "
        "đũa, đồ lưu niệm. Cần người chuyển giao kỹ thuật chế tác và cách xử lý gỗ dừa chống mối mọt.",
        {"rEo027": 2, "rEo028": 2, "rEo086": 1},
    ),
    (
        "rEn13",
        "en",
        "coir_eco",
        "Turning coconut husks into coir sheets",
        "We are a coconut cooperative in Càng Long district. Husks pile up after we sell the nuts and end up burnt or "
        "dumped. We want a simple line to separate fibre from pith and press the fibre into sheets or mats we can sell to "
        "fruit growers.",
        {"rEo029": 2, "rEo036": 1},
    ),
    (
        "rEn14",
        "vi",
        "vns_export",
        "Hoàn thiện bề mặt và nhuộm màu giỏ mây xuất khẩu",
        "Doanh nghiệp đan giỏ mây, giỏ lác ở Càng Long có đơn hàng đi Mỹ, Anh; khách phàn nàn giỏ còn xơ, sợi thô, màu không "
        "đều. Cần quy trình hoàn thiện bề mặt sau khi đan và cách nhuộm màu sợi mây.",
        {"rEo024": 2, "rEo025": 2, "rEo026": 2, "rEo095": 1},
    ),
    (
        "rEn15",
        "en",
        "phutan_vns",
        "Colourfast dyes for rattan and sedge strips",
        "Our basketry workshop in Cầu Kè district colours rattan and sedge strips with cheap market dyes that fade within "
        "months in shop windows. We want a dyeing method for these plant strips that holds colour and does not weaken them.",
        {"rEo025": 2, "rEo026": 2, "rEo092": 1, "rEo095": 1, "rEo003": 1},
    ),
    (
        "rEn16",
        "vi",
        "hyac_mekongwonders",
        "Tận dụng lục bình trôi trên kênh ở Trà Ôn làm nguyên liệu đan",
        "Tổ hợp tác ở huyện Trà Ôn (Vĩnh Long): lục bình phủ kín kênh rạch, cản ghe xuồng. Muốn tổ chức vớt lục bình thường "
        "xuyên, chọn cọng đạt chuẩn để đan, phần còn lại xử lý hợp lý.",
        {"rEo030": 2, "rEo020": 1, "rEo152": 1, "rEo035": 1},
    ),
    (
        "rEn17",
        "vi",
        "vinhlongtourism",
        "Chuyển lò gạch truyền thống sang lò tiết kiệm nhiên liệu, ít khói",
        "Chủ lò gạch ở xã Nhơn Phú (Mang Thít): lò tròn đốt trấu mất cả tháng mới ra một mẻ, tốn trấu, khói nhiều, hàng xóm "
        "phản ánh. Cần công nghệ lò nung liên tục hoặc cải tạo lò hiện có để giảm nhiên liệu và khói, có hướng dẫn vận hành.",
        {"rEo041": 2, "rEo042": 2, "rEo049": 2, "rEo044": 2, "rEo135": 2, "rEo134": 2, "rEo043": 1},
    ),
    (
        "rEn18",
        "en",
        "dtinews_poll",
        "Pottery kiln facing closure over smoke",
        "Our family pottery in Long Hồ district fires wood and husk in an old kiln close to houses. The commune has warned "
        "that kilns without smoke treatment may be shut. We want to move our jar and vase production to a gas-fired kiln "
        "and need technical help to choose and run it.",
        {"rEo039": 2, "rEo040": 2, "rEo044": 1, "rEo135": 1},
    ),
    (
        "rEn19",
        "vi",
        "thuonghieu_gomdo",
        "Gia trau tang, lo gom hao hut nhieu, can cai tien lo nung",
        "Xuong gom do o xa Thanh Duc (Long Ho): gia trau tang manh, moi me nung hong nhieu san pham. Can cach cai tien lo tron "
        "dot trau de giam hao hut va tiet kiem chat dot.",
        {"rEo045": 2, "rEo044": 2, "rEo135": 2, "rEo059": 1, "rEo043": 1, "rEo056": 1},
    ),
    (
        "rEn20",
        "en",
        "rha_neutron",
        "What to do with husk ash from our brick kilns",
        "Our brick kilns along the Thầy Cai canal (Mang Thít) burn rice husk and leave heaps of ash that blow onto houses and "
        "into the canal. We want to turn the ash into a product, for example an ingredient for bricks or concrete, and need "
        "mix designs and testing.",
        {"rEo046": 2, "rEo047": 2, "rEo048": 2},
    ),
    (
        "rEn21",
        "vi",
        "baocamau",
        "Cần men không chì cho đồ gốm đỏ đựng thực phẩm",
        "Doanh nghiệp gốm đỏ ở Long Hồ chủ yếu làm gốm đất nung không men; khách muốn chén, đĩa, bình đựng thức ăn có tráng "
        "men. Cần công thức men nung nhiệt độ thấp, không chì, an toàn khi tiếp xúc thực phẩm.",
        {"rEo050": 2},
    ),
    (
        "rEn22",
        "en",
        "sggp_vc",
        "Cutting firing losses and standardising forming in red clay ware",
        "Our red clay ceramics firm in Mang Thít loses many pieces in firing, and sizes vary from batch to batch, which "
        "export buyers reject. We need help with kiln practice to reduce losses and with standard clay preparation and "
        "shaping.",
        {"rEo045": 2, "rEo051": 2, "rEo055": 1, "rEo056": 1},
    ),
    (
        "rEn23",
        "vi",
        "danvan",
        "Giảm bụi đất sét, bụi silic cho công nhân xưởng gốm",
        "Xưởng gốm mỹ nghệ ở TP Vĩnh Long có vài chục công nhân nhào đất, chà nhám, quét dọn; nhiều người ho kéo dài. Cần đánh "
        "giá bụi và giải pháp giảm bụi silic trong xưởng.",
        {"rEo053": 2, "rEo054": 2, "rEo121": 1, "rEo147": 1, "rEo120": 1, "rEo148": 1},
    ),
    (
        "rEn24",
        "en",
        "phoyen",
        "Kiln energy and emissions audit to qualify for support",
        "We run husk-fired brick kilns in Mỹ An commune (Mang Thít). Support for cleaner kilns requires measured fuel use "
        "and emissions. We need a team to audit our kilns' energy consumption and flue gases and recommend improvements.",
        {"rEo043": 2, "rEo126": 1, "rEo044": 1},
    ),
    (
        "rEn25",
        "vi",
        "danghungphuoc",
        "Lưỡi dao rèn hay mẻ, quằn; cần kỹ thuật tôi, ram",
        "Lò rèn gia đình ở thị trấn Tiểu Cần làm dao phay, dao chặt, lưỡi liềm; khách phản ánh lưỡi mau mẻ hoặc quằn. Cần "
        "người hướng dẫn kỹ thuật tôi và ram lưỡi cho đều, chọn nước tôi phù hợp.",
        {"rEo061": 2, "rEo136": 2, "rEo062": 2, "rEo063": 2, "rEo070": 1, "rEo069": 1},
    ),
    (
        "rEn26",
        "en",
        "xomloren",
        "Stamping and grinding machines for a small forge",
        "Our forge in Càng Long makes plane blades and small knives by hand; carpenters' demand is steady but output is low "
        "and the work is heavy. We want die-stamping and grinding machines sized for a family forge, with installation.",
        {"rEo064": 2, "rEo137": 2, "rEo065": 2},
    ),
    (
        "rEn27",
        "vi",
        "ngandua",
        "Lo ren gan khu dan cu, khoi than nhieu, can cach hut khoi",
        "Lo ren o Cau Ke dot than da, khoi va bui bay vao nha hang xom, tho ren cung bi rat hong. Can thiet ke chup hut, ong "
        "khoi hoac cach xu ly khoi cho lo ren.",
        {"rEo066": 2, "rEo138": 2, "rEo067": 2, "rEo068": 1},
    ),
    (
        "rEn28",
        "en",
        "kimma",
        "Relocating our blacksmith hamlet and cleaning up production",
        "Many forges in a hamlet of Tiểu Cần town work inside houses, with noise, smoke and scale. The commune proposes a "
        "small production cluster outside the hamlet. We need help planning the move and adopting cleaner, mechanised "
        "production.",
        {"rEo068": 2, "rEo065": 2, "rEo128": 1},
    ),
    (
        "rEn29",
        "en",
        "banmach",
        "Consistent steel stock for forged knives",
        "We forge kitchen and garden knives in Trà Cú from scrap steel of mixed origin, and hardness varies from knife to "
        "knife. We need guidance on selecting and sorting blade stock, such as vehicle leaf springs, for consistent quality.",
        {"rEo069": 2, "rEo062": 1, "rEo136": 1},
    ),
    (
        "rEn30",
        "en",
        "teruyasu",
        "Uniform edge hardening with induction heating",
        "Our knife workshop in Trà Vinh city hardens edges over a coal fire, and the result depends on the smith's eye. We "
        "want an induction heating set-up that hardens only the edge at a repeatable temperature.",
        {"rEo070": 2, "rEo062": 1, "rEo136": 1},
    ),
    (
        "rEn31",
        "en",
        "dtinews_design",
        "New mat designs for city and export buyers",
        "Our Khmer mat cooperative in Trà Cú still weaves the patterns of decades ago, and city shops and exporters say the "
        "products look dated. We need designers to work with our weavers on new patterns, colours and products that keep "
        "our identity.",
        {"rEo077": 2, "rEo078": 2, "rEo140": 2, "rEo079": 2, "rEo082": 2, "rEo083": 1, "rEo010": 1},
    ),
    (
        "rEn32",
        "vi",
        "thpl_design",
        "Mẫu giỏ đan bị làm nhái, cần bảo hộ",
        "HTX đan lát ở Cầu Ngang vừa đầu tư mẫu giỏ mới thì vài tháng sau các cơ sở khác làm nhái, bán rẻ hơn. Cần hỗ trợ đăng "
        "ký bảo hộ kiểu dáng cho sản phẩm.",
        {"rEo080": 2, "rEo139": 2, "rEo085": 1},
    ),
    (
        "rEn33",
        "vi",
        "vietcraft_design",
        "Can thiet ke bao bi, nhan mac cho gio lac ban sieu thi",
        "To hop tac dan gio lac o Hung My (Chau Thanh) duoc sieu thi o TP Tra Vinh moi dua hang vao ban nhung can bao bi, "
        "nhan mac dep va dung quy dinh. Can don vi thiet ke bao bi, nhan.",
        {"rEo081": 2, "rEo141": 2, "rEo090": 1, "rEo107": 1},
    ),
    (
        "rEn34",
        "en",
        "ven_design",
        "Redesigning traditional red clay items",
        "Our pottery in Long Hồ makes traditional red clay jars and pots whose shapes have not changed for years. We want "
        "to redesign them into functional modern pieces while keeping their heritage look.",
        {"rEo084": 2, "rEo078": 2, "rEo140": 2, "rEo052": 2, "rEo083": 1},
    ),
    (
        "rEn35",
        "vi",
        "nhandan_gomdo",
        "Làm dòng gốm quà lưu niệm cho du khách",
        "Làng gạch gốm ven kênh Thầy Cai (Mang Thít) đón nhiều khách hơn sau Festival gạch gốm đỏ, nhưng sản phẩm chủ yếu to, "
        "nặng, khó mang theo. Cần thiết kế dòng gốm nhỏ gọn làm quà lưu niệm.",
        {"rEo086": 2, "rEo052": 2, "rEo027": 1},
    ),
    (
        "rEn36",
        "en",
        "hieploi",
        "Collective mark for our village mats",
        "Cà Hom mats from Hàm Tân commune (Trà Cú) are known across the region, but traders sell other mats under our "
        "name. The cooperative wants to register a collective mark or similar protection for the village's mats.",
        {"rEo085": 2, "rEo139": 1, "rEo080": 1},
    ),
    (
        "rEn37",
        "en",
        "sedge_solent",
        "Natural, non-toxic colours for sedge mats",
        "Sedge mat households in Trà Cú dye strands with bright chemical dyes from the market; the dye water goes into the "
        "ditch and buyers ask for safer mats. We want natural dyes from local plants that give lasting colour on sedge.",
        {"rEo092": 2, "rEo093": 2, "rEo094": 2, "rEo142": 2, "rEo098": 2, "rEo095": 1, "rEo143": 1},
    ),
    (
        "rEn38",
        "vi",
        "iucn",
        "Nước thải nhuộm lác chảy ra kênh, cần xử lý",
        "Các hộ nhuộm lác ở Hàm Tân (Trà Cú) đổ nước nhuộm thẳng ra kênh; nước kênh đổi màu, người dân phản ánh. Cần hệ thống "
        "xử lý nước thải nhuộm đơn giản cho hộ hoặc nhóm hộ.",
        {"rEo096": 2, "rEo129": 2, "rEo097": 1, "rEo122": 1},
    ),
    (
        "rEn39",
        "vi",
        "silky",
        "Tận dụng trái dừa nước làm thuốc nhuộm",
        "Ở Duyên Hải có nhiều dừa nước; vỏ trái sau khi lấy cơm bị bỏ đi. Hộ dệt chiếu muốn biết có chiết được màu nhuộm từ vỏ "
        "trái dừa nước không và quy trình ra sao.",
        {"rEo094": 2, "rEo142": 2, "rEo092": 1},
    ),
    (
        "rEn40",
        "en",
        "pico",
        "Cutting water and chemical use in our dye workshop",
        "Our small workshop in Trà Cú dyes sedge and cotton yarn for mats. Every batch uses fresh water and fresh mordant, "
        "and both the bills and the waste keep growing. We want ways to reuse mordant and dye baths.",
        {"rEo097": 2, "rEo096": 1, "rEo129": 1},
    ),
    (
        "rEn41",
        "vi",
        "coco_my",
        "Bán hàng mỹ nghệ dừa ra nước ngoài qua mạng",
        "Cơ sở làm chén, muỗng, đồ trang trí từ gáo dừa ở Châu Thành (Trà Vinh) bán cho điểm du lịch được ít. Muốn mở gian "
        "hàng trên sàn quốc tế bán cho khách Âu Mỹ, cần người hướng dẫn.",
        {"rEo106": 2, "rEo103": 1, "rEo112": 1, "rEo116": 1},
    ),
    (
        "rEn42",
        "en",
        "danviet_live",
        "Starting livestream sales for our mats",
        "Our mat cooperative in Trà Cú sells through traders at low prices. Younger members want to sell directly through "
        "livestreams but do not know how to run a session.",
        {"rEo104": 2, "rEo144": 2, "rEo105": 2},
    ),
    (
        "rEn43",
        "vi",
        "kyyeu_tv",
        "Can lam diem trai nghiem cho khach du lich o lang nghe dan lat",
        "Lang nghe dan lat Dai An (Tra Cu) co khach ghe theo tour nhung khong co cho cho khach xem, lam thu va mua hang. Can "
        "tu van xay khu trinh dien, trai nghiem.",
        {"rEo109": 2, "rEo146": 2, "rEo110": 1, "rEo111": 1},
    ),
    (
        "rEn44",
        "en",
        "vinhlongtourism",
        "Turning idle kilns into a pottery stop for visitors",
        "Several of our family's old kilns along the Thầy Cai canal (Mang Thít) stand idle. Tour boats pass by and visitors "
        "ask how pottery is made. We want to set up a pottery workshop and classes for visitors.",
        {"rEo111": 2, "rEo109": 2, "rEo146": 2, "rEo110": 1},
    ),
    (
        "rEn45",
        "vi",
        "dtinews_design",
        "Gắn mã QR truy xuất cho chiếu, giỏ bán siêu thị",
        "HTX ở Trà Cú đưa chiếu, giỏ lác vào siêu thị và cửa hàng đặc sản; nhà phân phối đề nghị có tem truy xuất, mã QR giới "
        "thiệu sản phẩm và nơi sản xuất.",
        {"rEo107": 2, "rEo145": 2, "rEo108": 2},
    ),
    (
        "rEn46",
        "en",
        "ezbook",
        "Getting travel agencies to bring groups to our craft shop",
        "We run a sedge and coconut craft shop near Ao Bà Om in Trà Vinh city, but few tour groups stop. We want "
        "partnerships with travel companies and a place on regional tour routes.",
        {"rEo113": 2, "rEo110": 2, "rEo109": 1, "rEo118": 1},
    ),
    (
        "rEn47",
        "vi",
        "dtinews_poll",
        "Bụi mù mịt khi chà nhám đồ tre, mài dao",
        "Xưởng ở Cầu Kè vừa làm đồ tre (chà nhám) vừa mài dao; bụi bay khắp xưởng và sang nhà bên. Cần hệ thống hút và lọc "
        "bụi phù hợp xưởng nhỏ.",
        {"rEo121": 2, "rEo148": 2, "rEo120": 2, "rEo147": 2},
    ),
    (
        "rEn48",
        "en",
        "vacne",
        "Collective treatment for craft village wastewater",
        "Households in our craft village in Trà Cú dye strands and boil materials, and all the wastewater runs into one "
        "canal. The commune wants a shared treatment system and a fair way to fund it.",
        {"rEo122": 2, "rEo096": 2, "rEo129": 2, "rEo124": 1, "rEo149": 1},
    ),
    (
        "rEn49",
        "vi",
        "quyetthanh",
        "Gốm vỡ, phế phẩm lò nung nhiều, cần cách tái sử dụng",
        "Cơ sở gốm ở Long Hồ mỗi mẻ thải ra nhiều sản phẩm nứt, vỡ, hiện đổ thành đống ven sông. Cần phương án tái sử dụng "
        "phế phẩm trước và sau nung.",
        {"rEo125": 2, "rEo046": 1},
    ),
    (
        "rEn50",
        "en",
        "phoyen",
        "Monitoring air quality around brick kilns",
        "Residents near the brick kilns of Nhơn Phú (Mang Thít) complain about dust and smoke. The commune wants "
        "measurements of dust and flue gases around the kilns before deciding what to do.",
        {"rEo126": 2, "rEo043": 2},
    ),
    (
        "rEn51",
        "vi",
        "iucn",
        "Hướng dẫn hồ sơ, thủ tục môi trường cho cơ sở làng nghề",
        "Các cơ sở nhỏ ở làng nghề Hưng Mỹ (Châu Thành) được yêu cầu lập hồ sơ bảo vệ môi trường nhưng không biết phải làm gì. "
        "Cần đơn vị hướng dẫn thủ tục và biện pháp giảm thiểu phù hợp.",
        {"rEo127": 2, "rEo124": 1},
    ),
    (
        "rEn52",
        "en",
        "monre2008",
        "Solid waste from sedge and hyacinth weaving",
        "Our weaving village in Châu Thành (Trà Vinh) produces heaps of sedge offcuts, hyacinth scraps and broken strands "
        "that are burnt in the open. We need a collection and handling plan for this waste.",
        {"rEo123": 2, "rEo149": 2, "rEo035": 1},
    ),
    (
        "rEn53",
        "vi",
        "phutan_lnv",
        "Cần máy ép và phân loại lá lác",
        "Tổ dệt ở Cầu Ngang phơi lác xong phải vuốt tay, lựa cọng dài ngắn tốn nhiều công, tấm dệt không đều. Cần thiết bị ép "
        "phẳng và phân loại lá lác theo chiều dài.",
        {"rEo011": 2, "rEo003": 1},
    ),
    (
        "rEn54",
        "en",
        "hyac_mekocraft",
        "Combining plastic ribbon with hyacinth for tougher baskets",
        "Our workshop in Châu Thành (Trà Vinh) weaves hyacinth baskets; buyers want brighter, harder-wearing colours. We "
        "want to learn to combine coloured plastic ribbon with hyacinth and sedge.",
        {"rEo031": 2, "rEo022": 1},
    ),
    (
        "rEn55",
        "vi",
        "wiki_rattan",
        "Cần nguồn tre, tầm vong ổn định cho cơ sở đan",
        "Cơ sở đan lát ở Tiểu Cần thiếu tre, tầm vong đạt chuẩn vào mùa cao điểm. Cần nhà cung cấp nguyên liệu ổn định, cắt "
        "theo kích thước.",
        {"rEo032": 2, "rEo038": 1},
    ),
    (
        "rEn56",
        "vi",
        "vovworld",
        "Rút ngắn chu kỳ lò tròn đốt trấu",
        "Lò gạch gia đình ở xã Mỹ An (Mang Thít) mất hơn một tháng mỗi mẻ từ xếp gạch đến dỡ lò; gạch non, gạch cháy nhiều. "
        "Cần tư vấn vận hành để rút ngắn chu kỳ và ổn định chất lượng.",
        {"rEo056": 2, "rEo045": 1, "rEo044": 1, "rEo135": 1},
    ),
    (
        "rEn57",
        "en",
        "ninebegin",
        "Red clay ware cracking and warping",
        "Our pottery in Long Hồ sees cracks and warping after firing, especially in large pots. We suspect the clay body "
        "and the firing temperature and need our local clay tested and a suitable firing curve.",
        {"rEo055": 2, "rEo045": 1},
    ),
    (
        "rEn58",
        "vi",
        "xomloren",
        "Chương trình truyền nghề rèn cho thanh niên",
        "Các lò rèn ở Càng Long thiếu thợ trẻ, thợ giỏi đã lớn tuổi. Cần chương trình dạy nghề rèn nông cụ, dao có thực hành "
        "tại lò.",
        {"rEo071": 2},
    ),
    (
        "rEn59",
        "en",
        "jenatimes",
        "Better handles and finishing for our knives",
        "Our forge in Cầu Ngang wants to sell knives to tourists and city buyers, but handles are rough and fittings "
        "loose. We need training in traditional handle making and finishing.",
        {"rEo072": 2},
    ),
    (
        "rEn60",
        "en",
        "vietexplorer_crea",
        "Supplying hotels and cafés with woven items",
        "Our bamboo weaving cooperative in Hàm Giang wants to sell lamps, trays and vases to hotels and cafés in the Mekong "
        "Delta and needs product lines designed for this market.",
        {"rEo087": 2, "rEo023": 1},
    ),
    (
        "rEn61",
        "vi",
        "dtinews_design",
        "Gia công theo thiết kế của thương hiệu nước ngoài",
        "Doanh nghiệp mỹ nghệ dừa ở Trà Vinh muốn nhận đơn gia công cao cấp theo mẫu của thương hiệu nước ngoài thay vì bán "
        "hàng giá rẻ. Cần đơn vị kết nối và hướng dẫn đáp ứng yêu cầu.",
        {"rEo088": 2, "rEo082": 1},
    ),
    (
        "rEn62",
        "vi",
        "vns_export",
        "Bộ sưu tập túi cói mang thương hiệu riêng",
        "Hộ dệt ở Hàm Tân (Trà Cú) muốn làm túi xách từ cói bán ở TP.HCM dưới thương hiệu riêng; cần thiết kế bộ sưu tập có "
        "câu chuyện, kiểu dáng, quai, lót.",
        {"rEo089": 2, "rEo008": 1},
    ),
    (
        "rEn63",
        "en",
        "tula",
        "Which local plants give which colours?",
        "Our dye group in Duyên Hải wants to move to natural dyes but does not know which local leaves and barks give which "
        "colours or how to fix them on fibre.",
        {"rEo099": 2, "rEo093": 2, "rEo092": 1, "rEo095": 1},
    ),
    (
        "rEn64",
        "vi",
        "bkhn_dye",
        "Kiểm định độ bền màu sợi lác nhuộm tự nhiên",
        "HTX ở Trà Cú nhuộm lác bằng màu tự nhiên; khách nước ngoài yêu cầu kết quả đánh giá độ bền màu. Cần đơn vị kiểm tra "
        "độ bền màu.",
        {"rEo100": 2},
    ),
    (
        "rEn65",
        "en",
        "innoviet",
        "Digital catalogue of our ceramic designs",
        "Our red clay ceramics firm in Mang Thít keeps hundreds of designs on paper and in the showroom; buyers ask for a "
        "digital catalogue. We need help digitising our product ranges.",
        {"rEo114": 2},
    ),
    (
        "rEn66",
        "vi",
        "thoibao_design",
        "Tham gia hội chợ chuyên ngành tìm khách sỉ",
        "HTX đan lát ở Trà Vinh muốn tìm khách sỉ, khách xuất khẩu qua hội chợ chuyên ngành thủ công mỹ nghệ.",
        {"rEo115": 2, "rEo119": 1},
    ),
    (
        "rEn67",
        "en",
        "wiki_rattan",
        "Market access advice for US and UK buyers",
        "Our rattan and sedge exporter in Vĩnh Long wants to sell more to the US and UK and needs advice on market "
        "requirements and trade agreements.",
        {"rEo116": 2},
    ),
    (
        "rEn68",
        "vi",
        "hanoimoi_live",
        "Bán gốm trên Shopee, Lazada, Facebook",
        "Cơ sở gốm đỏ ở Long Hồ muốn mở gian hàng trực tuyến, làm trang Facebook và website để bán lẻ.",
        {"rEo103": 2, "rEo112": 2, "rEo104": 1, "rEo144": 1},
    ),
    (
        "rEn69",
        "en",
        "rha_field",
        "Rice husk ash for concrete blocks",
        "A concrete block maker in Bình Minh wants to replace part of the cement with rice husk ash from local kilns and "
        "needs testing and mix advice.",
        {"rEo047": 2, "rEo048": 2, "rEo046": 1},
    ),
    (
        "rEn70",
        "vi",
        "iforge_gas",
        "Lò rèn gas trong xưởng kín, lo ngộ độc khí",
        "Lò rèn ở Tiểu Cần mới chuyển sang đốt gas trong xưởng kín, thợ hay nhức đầu. Cần giải pháp thông gió, hút khí thải và "
        "cảnh báo khí CO.",
        {"rEo067": 2, "rEo066": 2, "rEo138": 2},
    ),
    (
        "rEn71",
        "vi",
        "dulichvn_nghe",
        "Mẫu đèn, khay mây tre cho resort ven biển",
        "Cơ sở đan lát ở Duyên Hải muốn bán đèn, khay, bình mây tre cho các resort gần biển Ba Động; cần hợp tác phát triển mẫu "
        "và nâng tay nghề thợ.",
        {"rEo023": 2, "rEo087": 2, "rEo084": 1},
    ),
    (
        "rEn72",
        "vi",
        "vn24h_kiln",
        "Đầu tư lò nung liên hoàn kiểu Hoffman",
        "Doanh nghiệp gạch ở Long Hồ muốn đầu tư lò nung liên hoàn kiểu Hoffman để cạnh tranh về giá với gạch miền Đông.",
        {"rEo049": 2, "rEo041": 1, "rEo042": 1, "rEo134": 1},
    ),
    (
        "rEn73",
        "vi",
        "mongabay",
        "Nhuộm lác bằng lá bàng, lá chè",
        "Hộ dệt chiếu ở Cầu Ngang muốn thay thuốc nhuộm hóa học bằng màu từ lá cây sẵn có trong vườn.",
        {"rEo092": 2, "rEo093": 2, "rEo098": 2, "rEo095": 1},
    ),
    (
        "rEn74",
        "en",
        "dulichvn_nghe",
        "Coconut-shell souvenirs for Ba Động beach visitors",
        "Our family in Trường Long Hòa (Duyên Hải) wants to make small coconut-shell souvenirs such as key rings and bowls "
        "to sell to visitors at Ba Động beach, and needs product ideas and technique.",
        {"rEo027": 2, "rEo086": 2, "rEo028": 1},
    ),
    (
        "rEn75",
        "en",
        "prestigo",
        "Pottery classes for tourists at our home workshop",
        "Our family pottery in Long Hồ wants to offer hands-on pottery classes for visitors.",
        {"rEo111": 2, "rEo109": 1},
    ),
]
