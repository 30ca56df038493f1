"""Offers of holdout66: (id, language, source key, title, description). Distractors are marked in comments."""

OFFERS = [
    # ---------------- sweet potato: planting material ----------------
    (
        "kPo001",
        "en",
        "ncpn",
        "Virus elimination and indexing of sweetpotato foundation plants",
        "A clean-plant centre takes a grower's own sweetpotato variety through meristem-tip therapy: tips of 0.1 to under "
        "0.5 mm are cut under a dissecting microscope in a sterile hood and grown on nutrient medium, moved to fresh medium "
        "every 3-4 weeks, until a rooted plantlet of about 6 cm forms after 5-9 months. Each regenerated plant is then "
        "checked for viruses by graft indexing on Ipomoea setosa, qPCR and high-throughput sequencing before it is "
        "multiplied in a protected greenhouse as foundation stock.",
    ),
    (
        "kPo002",
        "vi",
        "wasi",
        "Chuyển giao quy trình nhân nhanh in vitro giống khoai lang",
        "Phòng thí nghiệm sinh hóa và công nghệ sinh học của một viện khoa học nông lâm nghiệp đã nhân in vitro thành công "
        "giống khoai lang cao sản HNV1 và nhận chuyển giao quy trình: vào mẫu sạch, nhân chồi trên môi trường nuôi cấy, tạo "
        "rễ, huấn luyện và đưa cây ra vườn ươm. Cây con đồng đều, sạch bệnh, dùng làm nguồn giống gốc cho vùng trồng "
        "khoai lang thương phẩm.",
    ),
    (
        "kPo003",
        "en",
        "meristem",
        "Meristem culture protocol with ten-virus screening for local cultivars",
        "A plant biotechnology group transfers a worked protocol for producing virus-free planting material from "
        "infected field cultivars: meristems without leaf primordia are started on MS medium with 2 mg/L BAP, 0.01 mg/L NAA "
        "and 1 mg/L GA3, shoots are multiplied on MS with 0.5 mg/L BAP plus 0.5 mg/L kinetin and rooted on a medium without "
        "IBA. Plantlets are screened by NCM-ELISA for ten viruses including SPFMV, SPCSV, SPMMV, SPCFV and CMV.",
    ),
    (
        "kPo004",
        "en",
        "lowcost_tc",
        "Low-cost culture medium for sweet potato micropropagation",
        "University tissue-culture laboratory offers a cheap medium for multiplying sweet potato in vitro: the MS salts are "
        "replaced by 2 g/L of a commercial vegetative fertiliser with 30 g/L table sugar and 9 g/L agar, which cut the "
        "nutrient cost of media by 96.9%. Tested on two farmer-preferred varieties, plantlets grew nodes, leaves and roots "
        "comparably to conventional MS with sucrose and gelrite.",
    ),
    (
        "kPo005",
        "vi",
        "scirp_vf",
        "Đánh giá sức khỏe nguồn hom giống khoai lang bằng NCM-ELISA",
        "Nhóm nghiên cứu cung cấp dịch vụ so sánh ba nguồn vật liệu trồng: cây in vitro, hom lấy từ ruộng không triệu chứng "
        "và hom nông dân tự để. Triệu chứng virus được chấm điểm hai đợt (4-7 và 8-11 tuần sau trồng), đồng thời dùng bộ kit "
        "NCM-ELISA phát hiện SPFMV, SPMMV, SPMSV, SPCFV, SPCSV và CMV; kết quả cho thấy cây in vitro ít triệu chứng nhất.",
    ),
    (
        "kPo006",
        "en",
        "mdpi_vf",
        "Advisory on building a virus-free sweet potato seed industry",
        "A horticulture research institute that reviewed the development of the virus-free sweet potato industry offers "
        "advice on organising it: why continuous vegetative propagation accumulates viruses and cuts yield, how detoxified "
        "plantlets are bulked through protected nurseries into certified field seed, and which production practices keep "
        "re-infection down.",
    ),
    (
        "kPo007",
        "vi",
        "bp_klnhat",
        "Cung cấp dây giống khoai lang Nhật và hướng dẫn kỹ thuật trồng",
        "Đơn vị khuyến nông cung cấp dây giống khoai lang Nhật đạt chuẩn: dây bánh tẻ 45-75 ngày tuổi, không sâu bệnh, chưa "
        "ra rễ và hoa, chỉ lấy đoạn 1 và 2 tính từ ngọn, dài 25-30 cm. Kèm hướng dẫn lên luống rộng 1,2-1,5 m, cao 35-40 cm "
        "theo hướng Đông-Tây; giống cho 9-15 tấn/ha, chất khô 27-33%, thời gian sinh trưởng 105-120 ngày.",
    ),
    (
        "kPo008",
        "en",
        "aciar",
        "Training on best practices for producing healthy sweetpotato vines",
        "Agricultural research agencies offer training based on a practical manual for producing planting material: "
        "keeping pathogen-tested plants, multiplying vines under insect-proof conditions, step-by-step NCM-ELISA testing "
        "and long-term maintenance of sweetpotato plants so that healthy vines reach growers.",
    ),
    # distractor: potato, not sweet potato
    (
        "kPo009",
        "vi",
        "baomoi_kt",
        "Quy trình sản xuất giống khoai tây sạch bệnh từ nuôi cấy mô",
        "Viện Sinh học nông nghiệp chuyển giao quy trình làm giống khoai tây sạch bệnh cho miền Bắc: phối hợp xử lý nhiệt "
        "với nuôi cấy meristem để tẩy virus, tạo cây có lá lớn để ra cây và tạo củ in vitro, chọn vật liệu đóng gói bảo quản "
        "củ in vitro. Củ giống sản xuất trong nước có giá thành chỉ bằng một nửa giá nhập khẩu.",
    ),
    # distractor: passion fruit micrografting
    (
        "kPo010",
        "vi",
        "chanhday",
        "Kỹ thuật vi ghép đỉnh sinh trưởng làm sạch virus cho chanh dây",
        "Nhóm nghiên cứu giới thiệu kỹ thuật vi ghép: ghép đỉnh sinh trưởng 0,2-0,5 mm tách từ chồi nuôi cấy lên gốc ghép để "
        "loại virus ở cây ăn quả, cây thân gỗ như chanh dây, kết hợp kiểm tra bằng ELISA và RT-PCR.",
    ),
    # ---------------- sweet potato: storage and curing ----------------
    (
        "kPo011",
        "en",
        "ncsp_cure",
        "Curing and long-term storage protocol for sweetpotato roots",
        "Extension specialists set up curing and storage for packers: curing begins within 1-2 hours of digging and runs "
        "4-7 days at 80-85 F and 90-95% relative humidity with ventilation; storage rooms are then held at 55-60 F and 85% "
        "RH with a full air change each day. Properly cured roots keep up to 12 months with 1-2% shrinkage per month "
        "(2-5% if uncured); above 60 F roots sprout and break down, below 55 F hardcore develops.",
    ),
    (
        "kPo012",
        "vi",
        "smf_cure",
        "Thiết kế phòng ủ lành vết thương (curing) cho khoai lang sau thu hoạch",
        "Tư vấn thiết kế phòng curing: trong 1-2 giờ sau thu hoạch đưa khoai vào buồng ấm ẩm 29-32°C, độ ẩm 80-95% trong "
        "4-7 ngày để vết xước lành, vỏ dày lên, hình thành lớp bần và suberin chống nấm bệnh, đồng thời một phần tinh bột "
        "chuyển thành đường. Nếu độ ẩm dưới 66% vết thương không lành kịp và khoai khó bảo quản.",
    ),
    (
        "kPo013",
        "vi",
        "lua_bq",
        "Tư vấn bảo quản khoai lang tươi quy mô nông hộ",
        "Hướng dẫn ba cách trữ khoai lang tươi vốn chứa khoảng 80% nước, vỏ mỏng dễ thối và bị hà: hầm đào sâu kiểu lòng "
        "chum có nắp và rãnh thoát nước, hầm bán lộ thiên sâu trên 1 m có tường đất và mái che, hoặc ủ cát khô. Khoai nhập "
        "hầm phải lành lặn, ít đất, không có củ hà; tháng đầu mở nắp 1-2 lần cho thoát nhiệt và dùng chất hút ẩm khi hầm "
        "quá ẩm.",
    ),
    (
        "kPo014",
        "vi",
        "kholanh",
        "Thi công kho lạnh và quy trình bảo quản khoai lang sau thu hoạch",
        "Công ty kho lạnh thiết kế, lắp đặt kho bảo quản khoai lang kèm quy trình: để củ nơi khô thoáng, tránh nắng, che "
        "rơm hoặc bạt; rũ đất nhẹ, không rửa nước; phân loại theo kích cỡ và chất lượng, ưu tiên bán củ trầy xước trước, "
        "củ đạt chuẩn đưa vào kho lạnh giữ nhiệt độ, độ ẩm phù hợp; xử lý kỹ theo tiêu chuẩn nếu xuất khẩu.",
    ),
    (
        "kPo015",
        "en",
        "asahi_jp",
        "Export storage and long-voyage shipping know-how for fresh sweet potatoes",
        "A Japanese farm corporation holding a fifth of its country's sweet potato exports shares its practice: a 1,450-tonne "
        "storage facility handling 10,000 t a year from its own fields and 280 partner farms, container shipping of about "
        "1,000 t to 11 markets (1-2 weeks to nearby Asia, over a month to Europe, the US and the Middle East), and natural "
        "healing of harvest scratches before dispatch to stop rot in transit.",
    ),
    (
        "kPo016",
        "vi",
        "freshplaza_jp",
        "Khử trùng củ khoai lang bằng axit peracetic chống thối gốc khi xuất khẩu",
        "Doanh nghiệp nông nghiệp Nhật Bản áp dụng axit peracetic khử trùng củ khoai lang sau đợt bùng phát bệnh thối gốc "
        "năm 2018; biện pháp này tỏ ra hiệu quả cho khoai xuất khẩu, kết hợp làm lành vết xước tự nhiên để hạn chế hư hỏng "
        "trên hành trình dài ngày.",
    ),
    # ---------------- sweet potato: weevil ----------------
    (
        "kPo017",
        "en",
        "pher_guam",
        "Pheromone mass-trapping programme against sweetpotato weevil",
        "Entomologists set up sex-pheromone mass trapping of Cylas formicarius based on field trials in Guam: traps attract "
        "males from up to 80 m and recapture well within 60 m; lures stay attractive after up to 98 days in storage but "
        "catch best when 0-28 days old, and 100 microgram lures outcatch 10 microgram ones. Trapped plots showed significantly "
        "less feeding damage.",
    ),
    (
        "kPo018",
        "en",
        "pher_my",
        "Low-cost plastic pole trap for sweetpotato weevil",
        "An agricultural research institute licenses a simple trap built from recycled PET bottles: four entry windows, "
        "detergent water as the killing agent and placement 0-40 cm above the crop canopy. In seven field trials (2013-2015) "
        "it caught 60-78% more weevils than commercial delta, wing or unitraps baited with the same sex pheromone.",
    ),
    (
        "kPo019",
        "vi",
        "pher_ars",
        "Đánh giá và lựa chọn bẫy pheromone giám sát bọ hà",
        "Phòng thí nghiệm rau màu so sánh 10 kiểu bẫy pheromone theo dõi bọ hà khoai lang: bẫy phễu, bẫy khay nước cải tiến "
        "và bẫy dính bắt nhiều con đực nhất; bẫy làm từ can sữa, chai nước ngọt tái chế cũng dùng được; nước xà phòng diệt "
        "bọ tốt ngang dải thuốc trừ sâu. Bẫy dùng để giám sát mật độ, cao điểm thường từ giữa tháng 9 đến giữa tháng 10.",
    ),
    (
        "kPo020",
        "vi",
        "canhdieu",
        "Gói giải pháp quản lý tổng hợp sâu bệnh hại khoai lang",
        "Doanh nghiệp vật tư nông nghiệp tư vấn nhận diện và xử lý bọ hà, sâu khoang, sâu đục dây, thối nhũn, thối gốc, héo "
        "vàng trên khoai lang cho các vùng chuyên canh như Vĩnh Long. Với bọ hà (có thể làm giảm 30-70% năng suất), gói giải "
        "pháp gồm chọn hom sạch, ngâm hom trong chế phẩm nấm Beauveria, vệ sinh đồng ruộng và theo dõi dấu hiệu củ có lỗ li ti, "
        "phân đen ở gốc.",
    ),
    (
        "kPo021",
        "vi",
        "nnavn_boha",
        "Tập huấn sinh học bọ hà và thời điểm phòng trừ",
        "Lớp tập huấn giúp nông dân nắm vòng đời bọ hà (Cylas formicarius): vòng đời khoảng 33 ngày, thành trùng sống tới 3 "
        "tháng, mỗi con cái đẻ 100-250 trứng vào thân, dây, củ qua khe nứt đất; bọ phát triển mạnh khi khô nóng, đất nứt nẻ "
        "và tiếp tục phá hại trong kho. Từ đó xác định thời điểm vun lấp, tưới giữ ẩm và xử lý.",
    ),
    # distractor: whitefly, not weevil
    (
        "kPo022",
        "vi",
        "n2agro",
        "Phòng trừ bọ phấn trắng hại khoai lang",
        "Công ty nông nghiệp hướng dẫn nhận biết và phòng trừ bọ phấn trắng Bemisia tabaci trên lá khoai lang: trứng 0,2-0,3 "
        "mm dưới mặt lá, vòng đời 15-30 ngày, 10-15 lứa mỗi năm trong mùa khô ấm, hút nhựa và truyền virus.",
    ),
    # distractor: white grubs in soil
    (
        "kPo023",
        "vi",
        "giathe",
        "Diệt bọ hung (sùng đất) hại rễ cây trồng",
        "Cửa hàng vật tư tư vấn nhận biết ba loại bọ hung đen, nâu, xanh và cách diệt ấu trùng bọ hung trong đất trồng, loài "
        "gây hại cho mía, gừng và nhiều cây khác.",
    ),
    # ---------------- sweet potato: washing, grading, export, harvest ----------------
    (
        "kPo024",
        "en",
        "grading",
        "Washing, sizing and sorting line for sweetpotatoes before storage",
        "Agricultural engineers supply the design of a grading line tested over a full harvest season: roots are cleaned "
        "by high-pressure water without brushes (which injure skin), a dump washer is chlorinated at 75-100 ppm, and roots "
        "are sized and sorted so that at least 87% of stored roots meet No. 1 grade, saving 17-36% of storage space for "
        "field-graded and 45% for field-run roots. Washed roots keep as well as unwashed ones only if curing conditions "
        "are good.",
    ),
    (
        "kPo025",
        "vi",
        "spconsult",
        "Thiết kế nhà đóng gói khoai lang xuất khẩu thị trường châu Âu",
        "Chuyên gia tư vấn bố trí khâu sau thu hoạch cho khoai xuất khẩu: rửa sơ sọt ngay ngoài ruộng, ủ lành vết thương rồi "
        "bảo quản trong sọt ở 12°C và độ ẩm cao; dây chuyền phân loại có rửa, làm khô, cân định cỡ tự động và bàn phân hạng "
        "thủ công; đóng thùng carton 6 kg, mỗi cỡ một thùng theo yêu cầu thị trường châu Âu.",
    ),
    (
        "kPo026",
        "en",
        "jcsort",
        "Sweet potato sorting equipment and grading training",
        "A sorting-equipment maker supplies electronic scales, size-grading screens, washing machines and packaging for "
        "sweet potato growers and traders, and trains sorting staff on size, shape, colour and pest-damage criteria so that "
        "roots are graded consistently for different buyers.",
    ),
    (
        "kPo027",
        "vi",
        "vietone70",
        "Tư vấn mã số vùng trồng và cơ sở đóng gói khoai lang xuất khẩu chính ngạch",
        "Đơn vị tư vấn hỗ trợ hồ sơ, kiểm tra trước cho vùng trồng và cơ sở đóng gói theo Nghị định thư kiểm dịch thực vật "
        "khoai lang xuất khẩu sang Trung Quốc ký ngày 9/11/2022. Trong đợt kiểm tra trực tuyến, 13/23 cơ sở đóng gói đạt, 10 "
        "cơ sở còn lỗi về hệ thống quản lý, thiết bị chưa hoàn chỉnh, thông số kỹ thuật và cơ sở vật chất; tư vấn tập trung "
        "khắc phục các lỗi này.",
    ),
    # distractor: potato washer with brushes
    (
        "kPo028",
        "en",
        "cankey",
        "Potato washing machine for chip and fries factories",
        "An equipment firm sells conveyor-type potato washers that spray water at high pressure and scrub with brushes to "
        "remove soil and stones before peeling in crisp and French-fry plants; sizes range from small units to lines "
        "handling several tonnes.",
    ),
    (
        "kPo029",
        "en",
        "lsu_harv",
        "Chain-digger and shaker-digger harvesting systems for sweet potatoes",
        "A sweet potato research station advises on mechanised digging: two-row chain diggers expose the roots and carry "
        "them on a chain where 10-12 workers grade them, covering 2-4 acres a day; four-row shaker diggers lay the roots on "
        "the soil for hand collection, about 20 acres a day with 20-25 pickers, and suit lighter soils and smaller fields.",
    ),
    (
        "kPo030",
        "vi",
        "prcrtc",
        "Máy cắt dây và máy đào khoai lang kéo theo máy kéo",
        "Trung tâm nghiên cứu cây có củ chuyển giao bộ máy thu hoạch khoai lang kéo theo máy kéo: bộ cắt dây một hàng quay "
        "1.300 vòng/phút loại bỏ dây lá, chỉ để lại gốc sát củ, năng suất 1,33 ha/ngày ở tốc độ 2 km/giờ; bộ đào một hàng "
        "thu 1,08 ha/ngày, củ ít bị trầy.",
    ),
    # distractor: walk-behind potato digger
    (
        "kPo031",
        "en",
        "potdigger",
        "Potato digger attachment for walk-behind tractors",
        "A farm-machinery dealer sells plough-type potato diggers for walk-behind tractors on small plots and shows how to "
        "set the share angle and depth so that tubers are lifted without being cut.",
    ),
    # distractor: coconut value chain
    (
        "kPo032",
        "en",
        "coco_chain",
        "Coconut value chain development with planting-area codes",
        "A provincial agriculture department and business partners organise a sustainable coconut value chain: over "
        "23,700 ha linked to companies, organic certification for the US, Japan and EU, packaging facilities and planting "
        "area codes for fresh coconut water exports.",
    ),
    # ---------------- sweet potato: processed products ----------------
    (
        "kPo033",
        "vi",
        "savitour",
        "Chuyển giao quy trình sản xuất khoai lang sấy dẻo",
        "Cơ sở chế biến chuyển giao quy trình khoai lang sấy dẻo: rửa sạch, phân loại củ đều cỡ, gọt vỏ, ngâm dung dịch "
        "K2S2O5 3 g/L và acid ascorbic 0,15% chống thâm, hấp chín, cắt miếng tạo hình, sấy, làm nguội và đóng gói. Nguyên liệu "
        "chọn củ vỏ trơn, không trầy xước, không sâu bệnh, chưa mọc mầm.",
    ),
    (
        "kPo034",
        "vi",
        "harvestright",
        "Máy sấy thăng hoa và quy trình làm khoai lang sấy giòn",
        "Nhà phân phối máy sấy thăng hoa hướng dẫn làm khoai lang sấy giòn không dùng đường hóa học: chọn khoai vàng hoặc "
        "tím tươi, thái lát đều 1-2 mm bằng dao bào, ngâm nước muối pha chanh 15-20 phút để khử nhựa chống thâm, chần 1 phút "
        "rồi ngâm nước đá, để ráo và sấy.",
    ),
    (
        "kPo035",
        "en",
        "potatopro",
        "Dehydrated sweet potato: air-dried, drum-dried flakes and freeze-dried",
        "Processing know-how for shelf-stable sweet potato ingredients: air-dried slices or dices are blanched and dried at "
        "52-57 C for 8-24 h; cooked puree is spread on a heated drum to give flakes for instant mash and bakery; freeze-dried "
        "pieces are blanched, soaked in erythorbate/citric acid, frozen to -28 to -33 C and dried under vacuum at 35-80 Pa.",
    ),
    (
        "kPo036",
        "en",
        "asabe_barn",
        "Bulk drying of sweet potato chips in idle curing barns",
        "Agricultural engineers demonstrated drying sweetpotato slices in bulk barns that otherwise sit idle most of the "
        "year: roots cut lengthways into about 6.3 mm slices in mesh boxes and forced-air dried at about 66 C dry bulb, "
        "giving dried chips and meal used, for example, as a gluten-free carbohydrate in pet food.",
    ),
    (
        "kPo037",
        "en",
        "patent_frz",
        "Patented process for frozen sweet potato slice products",
        "Licensing of a US patent (US 4,632,834) covering a process for producing frozen sweet potato products from sweet "
        "potato slices, useful as a starting process for a frozen line.",
    ),
    (
        "kPo038",
        "en",
        "hoshiimo",
        "Hoshi-imo (soft dried sweet potato) production know-how",
        "A Japanese dried-sweet-potato company shares its method: harvested roots are aged for over a month to sweeten, "
        "then steamed, sliced, dried mechanically and finished with two days of sun drying, which gives a brighter colour "
        "and more fragrance without added sugar.",
    ),
    (
        "kPo039",
        "en",
        "chilled_imo",
        "Chilled and frozen baked sweet potato snack process",
        "A sweet potato shop and food companies offer the process for chilled or frozen baked sweet potatoes: moist "
        "varieties such as silk sweet or Beniharuka are oven-baked, rested overnight to concentrate sweetness and then "
        "frozen, to be eaten cold like ice cream or sold refrigerated in individual packs.",
    ),
    (
        "kPo040",
        "vi",
        "puree_pow",
        "Công nghệ puree và bột khoai lang làm nguyên liệu thực phẩm",
        "Nhóm chuyên gia thực phẩm chuyển giao công nghệ chế biến khoai lang thành puree và bột: gọt vỏ, cắt hoặc nghiền, "
        "hấp sơ bộ rồi hấp hoàn tất theo chế độ nhiệt độ-thời gian để enzyme amylase nội sinh chuyển tinh bột thành maltose "
        "đạt độ nhớt mong muốn; puree bảo quản lạnh, cấp đông, đóng hộp hoặc đóng gói vô trùng, còn bột thu bằng sấy.",
    ),
    (
        "kPo041",
        "en",
        "bfias",
        "Purple sweet potato colour extract and powder",
        "A natural-colour supplier produces anthocyanin colour from purple-fleshed sweet potatoes: roots are steamed or "
        "blanched to stop enzymes, sliced and extracted with water, filtered, concentrated and spray-dried or standardised "
        "as liquid. The colour is red in acid and purple-blue at neutral pH, moderately stable to light and heat, and is used "
        "in drinks, dairy, bakery and confectionery.",
    ),
    (
        "kPo042",
        "vi",
        "hcmiu_psp",
        "Chiết anthocyanin khoai lang tím hỗ trợ siêu âm cho mỹ phẩm",
        "Nhóm nghiên cứu đại học tối ưu chiết sắc tố anthocyanin từ khoai lang tím bằng sóng siêu âm: 60°C, ethanol 60%, tỉ "
        "lệ nguyên liệu/dung môi 1:20 trong 25 phút cho hàm lượng anthocyanin cao nhất; dịch chiết bền nhiệt khi phối chế, "
        "khả năng bắt gốc tự do DPPH có IC50 52,88 µg/mL. Nhận chuyển giao cho mỹ phẩm và màu tự nhiên.",
    ),
    (
        "kPo043",
        "en",
        "sxyasw",
        "Purple sweet potato powder with retained anthocyanins",
        "An ingredient maker supplies purple sweet potato powder and advice on keeping its colour: steaming for 0.5 h raised "
        "anthocyanin from 42 to 60 mg/100 g fresh weight and deepened the purple, while longer steaming lowered it; "
        "dehydration at 55 C preserved the pigments at neutral pH, but the acylated anthocyanins fade under light, so acid "
        "products must be kept dark.",
    ),
    (
        "kPo044",
        "en",
        "limult",
        "Sweet potato starch factory know-how",
        "A processing-equipment firm supplies sweet potato starch plants: high-dry-matter varieties (35-41% dry matter, "
        "25-27% starch, 20-23% extractable starch) are ground in lime water at pH 8.6-9.2 to prevent browning, dissolve "
        "pigments and flocculate impurities, and the starch is separated from the pulp by washing and sieving.",
    ),
    # distractor: frozen peas tunnel freezer
    (
        "kPo045",
        "en",
        "iqf_peas",
        "IQF tunnel freezer with sequential defrost",
        "A freezer manufacturer supplies IQF tunnel freezers whose chambers defrost one at a time so production never "
        "stops; installed at a Swedish frozen-pea processor, it lifted throughput beyond the 130 t a day the plant managed "
        "with a freezer that had to stop every 12 hours.",
    ),
    # ---------------- cassava and taro starch ----------------
    (
        "kPo046",
        "vi",
        "ccb_sx",
        "Tư vấn dây chuyền sản xuất tinh bột sắn công nghiệp",
        "Doanh nghiệp tinh bột tư vấn quy trình công nghiệp từ củ sắn chứa 25-30% tinh bột: rửa trong bể liên tục loại bùn "
        "đất, mài nhuyễn, tách bã, lọc và ly tâm thu sữa tinh bột, tách nước và sấy, đóng bao; hướng dẫn chọn nguyên liệu từ "
        "vùng đạt chuẩn để giữ màu trắng và chất lượng.",
    ),
    (
        "kPo047",
        "vi",
        "dai_vn",
        "Tư vấn nâng cấp xưởng tinh bột sắn quy mô nhỏ",
        "Nhóm nghiên cứu từng khảo sát các làng nghề tinh bột sắn phía Bắc (tới 430 tấn tinh bột ướt/ngày) tư vấn chọn một "
        "trong ba cấp thiết bị: máy mài trụ với sàng tay, máy mài với máy khuấy-lọc, hoặc cơ giới toàn bộ. Cả ba thu hồi "
        "khoảng 75% tinh bột có trong củ; cấp cao nhất đạt 0,9 tấn củ bóc vỏ/giờ và hiệu suất trích ly 93% nhưng tốn tới 21 m3 "
        "nước, 55 kWh mỗi tấn tinh bột và thải nhiều chất rắn hơn.",
    ),
    (
        "kPo048",
        "vi",
        "rasper",
        "Thiết bị băm, mài răng cưa và máy tách bã sàng côn",
        "Nhà cung cấp thiết bị lắp cụm băm-mài-tách cho xưởng tinh bột: củ rửa sạch được dao băm thành miếng, rơi vào máy mài "
        "răng cưa phá vách tế bào giải phóng hạt tinh bột; dịch bột bơm lên máy chiết sàng côn có vòi phun nước, lực ly tâm "
        "đẩy tinh bột qua lưới, bã giữ lại; tách hai cấp sàng thô (80-90 mesh) và sàng tinh.",
    ),
    (
        "kPo049",
        "en",
        "fao_flour",
        "Rural-scale cassava starch processing with clean water only",
        "An international agricultural agency's guidance, offered as training, splits starch making into four stages: "
        "preparation and extraction (washing, peeling, rasping, straining with water), purification (replacing the juice "
        "around the granules by settling and washing in tanks or on flour tables, or centrifuging), water removal and "
        "drying, and finishing by grinding and bolting. Because cassava has few secondary substances, first-rate flour can "
        "be made without chemicals, which suits rural industries.",
    ),
    (
        "kPo050",
        "en",
        "taro_starch",
        "Taro starch and flour separation process",
        "A food science group offers a simple way to separate taro starch: corms (70-80% starch on a dry basis, granules of "
        "only 2-5 microns) are ground, wet-milled through a 0.069 cm screen, filtered under pressure through nylon bags and "
        "centrifuged, and the starch is dried at 45 C, recovering about 40% of the starch. The residue becomes a flour with "
        "60-70% starch that can replace part of the wheat flour in noodles, cookies and muffins.",
    ),
    (
        "kPo051",
        "vi",
        "taro_flour",
        "Quy trình sản xuất bột khoai môn",
        "Đơn vị chế biến chuyển giao quy trình làm bột khoai môn để giảm hao hụt do củ tươi nhiều nước khó bảo quản: chọn và "
        "phân loại củ theo kích cỡ, chất lượng; gọt, thái lát; chần bằng nước nóng hoặc hơi nước để bất hoạt enzyme "
        "polyphenol oxidase tránh nâu hóa; sấy khô và nghiền thành bột cung cấp quanh năm.",
    ),
    (
        "kPo052",
        "en",
        "taro_prod",
        "Taro product development: poi, flour, chips and drum-dried flakes",
        "Food technologists review and develop taro products and their storage: fresh, canned, acidified and freeze-dried "
        "poi, flour, cereal base, beverage powders, chips, sun-dried slices and drum-dried flakes, with attention to economic "
        "feasibility and consumer acceptance.",
    ),
    (
        "kPo053",
        "vi",
        "sxsh_san",
        "Hướng dẫn sản xuất sạch hơn cho cơ sở tinh bột sắn",
        "Trung tâm sản xuất sạch thuộc một trường đại học kỹ thuật cung cấp tài liệu và đánh giá sản xuất sạch hơn cho ngành "
        "tinh bột sắn (biên soạn trong chương trình hợp tác môi trường Việt Nam - Đan Mạch): giảm ô nhiễm tại nguồn bằng "
        "dùng nguyên liệu, nước và năng lượng hiệu quả hơn, cắt giảm chi phí sản xuất và chi phí xử lý môi trường.",
    ),
    # distractor: fresh roots and chips, not starch process
    (
        "kPo054",
        "en",
        "cassava_exp",
        "Fresh cassava roots and tapioca chips for export",
        "A Vietnamese trader supplies fresh cassava roots in Extra, Class I and Class II grades (at least 300 g a root, "
        "limits on bruising and scraped area), dried tapioca chips and cassava starch in bulk.",
    ),
    # distractor: genetic transformation
    (
        "kPo055",
        "en",
        "cassava_gm",
        "Cassava genetic transformation service",
        "A plant biotechnology laboratory offers Agrobacterium-mediated transformation of cassava from embryogenic "
        "cultures to create improved lines, noting low regeneration frequencies and the need for trained tissue-culture "
        "staff.",
    ),
    # distractor: dessert recipe
    (
        "kPo056",
        "en",
        "taro_balls",
        "Taro ball dessert recipe training",
        "A dessert shop teaches making taro balls: steamed taro and purple potato mashed with sugar, kneaded with cassava "
        "flour, cut, boiled until they float and chilled in ice water.",
    ),
    # ---------------- starch wastewater ----------------
    (
        "kPo057",
        "vi",
        "tuvanmt",
        "Xử lý nước thải chế biến bột mì (tinh bột sắn)",
        "Công ty tư vấn môi trường thiết kế hệ thống xử lý nước thải cho xưởng bột mì: tách riêng nước rửa củ (chiếm khoảng "
        "42% tổng lượng nước thải, chủ yếu chứa đất cát) để xử lý đơn giản và quay lại rửa củ; dòng nước thải chế biến từ "
        "mài, tách bã, lọc có pH thấp, SS, BOD, COD, N, P rất cao được đưa vào hệ thống xử lý riêng.",
    ),
    (
        "kPo058",
        "vi",
        "nuocthai",
        "Giải pháp vi sinh xử lý nước thải tinh bột sắn",
        "Nhà cung cấp chế phẩm vi sinh cho hệ thống xử lý nước thải tinh bột sắn, ngành thải ra khoảng 240-300 triệu m3 nước "
        "thải mỗi năm với tinh bột, protein, xenluloza, pectin, đường; giúp giảm chất hữu cơ, cặn lơ lửng, N, P và amoni "
        "(chỉ 1,2-3 mg/L đã làm chết tôm cá) trước khi xả.",
    ),
    (
        "kPo059",
        "vi",
        "ww_design",
        "Tính toán thiết kế hệ thống xử lý nước thải nhà máy tinh bột",
        "Nhóm kỹ sư môi trường nhận tính toán thiết kế trạm xử lý nước thải cho nhà máy tinh bột công suất cỡ 50.000 tấn/năm: "
        "khảo sát đặc trưng nước thải, đề xuất và so sánh hai phương án công nghệ, tính các công trình đơn vị, chọn bơm, máy "
        "thổi khí và khái toán chi phí.",
    ),
    (
        "kPo060",
        "vi",
        "hoaiduc",
        "Công nghệ lên men metan nước thải tinh bột sắn làng nghề",
        "Nhóm nghiên cứu khoa học môi trường chuyển giao công nghệ lên men metan (kỵ khí) cho nước thải chế biến tinh bột sắn "
        "ở làng nghề, đã khảo sát hiện trạng ô nhiễm và quản lý nước thải tại các xã Minh Khai, Dương Liễu, Cát Quế; thu khí "
        "sinh học đồng thời giảm ô nhiễm hữu cơ cao.",
    ),
    (
        "kPo061",
        "vi",
        "ponds",
        "Hệ hồ kỵ khí nối tiếp xử lý nước thải tinh bột",
        "Nhóm kỹ thuật môi trường thiết kế chuỗi hồ kỵ khí cho nước thải nhà máy tinh bột: COD vào 13.941 mg/L giảm còn dưới "
        "700 mg/L, TSS từ khoảng 9.130 xuống dưới 600 mg/L (trên 90%), cyanide giảm 51% từ 17,5 xuống 8,5 mg/L; lắng khoảng "
        "120 phút loại 90-95% cặn. Nước ra vẫn cần xử lý tiếp trước khi xả.",
    ),
    (
        "kPo062",
        "en",
        "iwa_egsb",
        "DAF + EGSB + constructed wetland train for tapioca starch wastewater",
        "Engineers offer a treatment concept proven in a pilot plant for more than 2.25 years: dissolved air flotation, "
        "anaerobic digestion in an expanded granular sludge bed reactor and aerobic polishing in a vertical-flow constructed "
        "wetland removed over 98% of COD, over 90% of Kjeldahl nitrogen and over 99% of total cyanide (phosphorus about "
        "50%), producing energy on site with few chemicals; suited to small and medium plants.",
    ),
    (
        "kPo063",
        "en",
        "hff_bamboo",
        "Anaerobic horizontal-flow filter packed with bamboo for starch wastewater",
        "A university environmental biotechnology lab offers a low-cost anaerobic filter packed with bamboo pieces for "
        "small starch processors: at up to 11.8 g COD/L per day without dilution it removed 87% of COD and 67% of suspended "
        "solids, producing 3.7 L of biogas per litre of reactor per day with 69-81% methane; cyanide at 3-5 mg/L caused no "
        "upset.",
    ),
    (
        "kPo064",
        "vi",
        "cn_culture",
        "Vi sinh phân hủy cyanide trong bể axit hóa nước thải sắn",
        "Nhóm vi sinh môi trường cung cấp tập đoàn vi khuẩn làm giàu từ đất và vỏ sắn, phân hủy cyanide (nước thải tinh bột "
        "sắn có thể tới 200 mg/L) trong bể axit hóa sơ bộ: xử lý tới 4 g KCN/L ở thời gian lưu 4 ngày, cyanide còn 0,2-0,5 "
        "mg/L; pH tối ưu 6-7,5, nhiệt độ 25-37°C, thời gian lưu tối thiểu 1,5 ngày.",
    ),
    (
        "kPo065",
        "en",
        "clean_thai",
        "Clean-technology audit for tapioca starch plants",
        "Environmental engineers who studied eight tapioca starch plants offer clean-technology audits: reuse and recycling "
        "of process water, process modifications that cut starch loss, energy conservation and use of biogas from the "
        "wastewater to replace fuel oil in burners, with documented savings in starch, water and fuel.",
    ),
    (
        "kPo066",
        "en",
        "pulp_codig",
        "Co-digestion of cassava pulp with pig manure for biogas",
        "A research group offers anaerobic co-digestion of cassava pulp (about 0.33 t per tonne of roots processed, 20-30% "
        "starch, 60-70% moisture) with pig manure, using cyanide-acclimatised sludge that degrades cyanide (1.5-10 mg/L) "
        "after a lag of under three days with a first-order rate of 0.094 per day.",
    ),
    (
        "kPo067",
        "en",
        "fao_pollut",
        "Advisory on pollution control options and costs for cassava processors",
        "An international agency offers policy and technical advice on cassava processing waste: dispersed small units "
        "have little impact, large factories can afford treatment, while clusters of medium-scale processors are the hard "
        "case; pollution-control installations can reach 20-50% of a large factory's investment, so phased measures are "
        "recommended.",
    ),
    # ---------------- cassava by-products as feed ----------------
    (
        "kPo068",
        "en",
        "peel_silage",
        "Cassava peel drying and drum silage for livestock",
        "An extension programme trains processors to use peels: 100 kg of roots gives 10-15 kg of peel, roughly 6% protein, "
        "4% fat and 6% minerals; sun drying lowers cyanide; pigs and poultry take at most 2 kg of peel meal in a 10 kg "
        "ration; peel silage is made in a polythene-lined oil drum after a day's wilting and is ready in four weeks with far "
        "less cyanide.",
    ),
    (
        "kPo069",
        "vi",
        "feedipedia",
        "Dùng vỏ sắn làm thức ăn thô và năng lượng cho gia súc nhai lại",
        "Cơ sở dữ liệu thức ăn chăn nuôi tư vấn dùng vỏ sắn cho trâu bò, cừu: phơi nắng, ủ chua hoặc lên men để tránh ngộ độc "
        "HCN với giống sắn đắng; không cho ăn riêng mà bổ sung đạm dễ lên men, đạm thoát qua, lưu huỳnh, photpho, vitamin B. "
        "Tỉ lệ tiêu hóa chất khô khoảng 78%; vỏ sắn có thể thay 30% thức ăn tinh trong khẩu phần mà không giảm hiệu quả.",
    ),
    (
        "kPo070",
        "en",
        "pulp_ensile",
        "Ensiling fresh cassava root pulp with rice bran and molasses",
        "Animal nutrition researchers offer a recipe for preserving wet cassava root pulp: ensiled for 7-14 days with 5% "
        "sugarcane molasses and 0-20% rice bran; pH fell steadily with time, rice bran raised dry matter and crude protein of "
        "the pulp silage, giving a storable feed for pigs.",
    ),
    # distractor: cassava leaves, not pulp
    (
        "kPo071",
        "en",
        "leaf_silage",
        "Cassava leaf silage with molasses or kefir",
        "A rural development agency tested silage of bitter cassava leaves: 5% molasses gave the best physical quality and "
        "nutrients, 5% kefir improved digestibility, and all additives lowered HCN and tannins for ruminant feeding.",
    ),
    # ---------------- sugarcane: varieties and seed cane ----------------
    (
        "kPo072",
        "vi",
        "mia_dbscl",
        "Bộ giống mía khuyến cáo cho Đồng bằng sông Cửu Long",
        "Trung tâm nghiên cứu và phát triển mía đường giới thiệu giống đã khảo nghiệm 2006-2008 ở ĐBSCL: nhóm Việt Nam "
        "(VN84-4137, VN85-1427, VN85-1859) và Thái Lan (K84-200, KK2, K88-65, K93-236, K95-156, KU60-1, Suphanburi 7). Giống "
        "K95-156 mọc mầm khỏe, chịu hạn, ít đổ, lưu gốc tốt, đạt 121-162 tấn/ha với chữ đường 11,53-12,73 CCS tại Long An, "
        "Sóc Trăng, Hậu Giang.",
    ),
    (
        "kPo073",
        "vi",
        "mia_vusta",
        "Giới thiệu giống mía C819-67, Comus, F134",
        "Viện nghiên cứu mía đường giới thiệu giống C819-67 (nhập từ Cu Ba): năng suất trên 50 tấn/ha, thâm canh 80-100 "
        "tấn/ha, Pol trên 13,5%, kháng bệnh than và sâu đục thân, phổ biến ở Đông Nam Bộ; giống Comus (Úc) trồng nhiều ở miền "
        "Tây, hợp đất thấp có tưới mùa khô nhưng chịu hạn kém và dễ nhiễm sâu bệnh.",
    ),
    (
        "kPo074",
        "vi",
        "vn84422",
        "Giống mía VN84-422 triển vọng",
        "Trung tâm nghiên cứu và phát triển mía đường chuyển giao giống VN84-422, trong bối cảnh năng suất mía trong nước "
        "chỉ khoảng 50-52 tấn/ha và 10 CCS so với 100-120 tấn/ha ở vùng trồng tiên tiến; giống được chọn để nâng năng suất, "
        "chữ đường và thay thế giống cũ theo chu kỳ.",
    ),
    (
        "kPo075",
        "vi",
        "tnau_nursery",
        "Quản lý ruộng nhân giống mía (vườn ươm hom)",
        "Trường đại học nông nghiệp hướng dẫn lập ruộng giống mía: chọn đất không mặn, phèn, úng, có tưới, gần đường; bón "
        "25-30 tấn phân chuồng hoặc bùn lọc; hàng cách 75 cm; lấy hom từ cây 6-7 tháng không sâu bệnh, chặt trước một ngày, "
        "bóc lá bằng tay, tránh giập mắt; ngâm hom 15 phút trong dịch Azospirillum (2 kg/ha) và xử lý thuốc nấm; thay giống "
        "sau 2-3 vụ.",
    ),
    (
        "kPo076",
        "vi",
        "nau_seed",
        "Xử lý hom mía trước khi trồng",
        "Trạm khuyến nông hướng dẫn lượng giống 30.000-35.000 hom 3 mắt hoặc 50.000 hom 2 mắt/ha (5-6 tấn) và các cách xử lý "
        "hom: nhúng thuốc trừ rệp sáp, thuốc nấm; xử lý nước nóng 56°C trong 2 giờ; ngâm nước vôi (0,5 kg vôi sống/200 lít) "
        "12 giờ làm mềm mắt và diệt trứng sâu; ngâm NAA, IAA hoặc GA 10 ppm cho mầm khỏe; ngọn mía chứa ít đường, nảy mầm nhanh.",
    ),
    (
        "kPo077",
        "en",
        "polybag",
        "Polybag single-bud sugarcane settlings",
        "An agro nursery supplies sugarcane settlings raised in 10 x 15 cm polybags of soil and compost (1:1): scooped buds "
        "set 1-2 cm deep or single-bud pieces inserted to the node, irrigated twice a week and ready to transplant in 30 days, "
        "useful when water is short or the field is still occupied.",
    ),
    (
        "kPo078",
        "en",
        "cane_setts",
        "Guidance on sugarcane planting material: setts, settlings and bud chips",
        "A sugarcane agronomy portal advises on planting material: use fresh, genetically pure, pest- and disease-free "
        "setts; three-bud setts germinate best, with the middle bud strongest, while single-bud setts dry out at both cut "
        "ends, germinate poorly and give weaker plants; settlings and bud chips are alternatives.",
    ),
    # ---------------- sugarcane: mechanisation ----------------
    (
        "kPo079",
        "vi",
        "mtm2d",
        "Máy trồng mía hai hàng đơn từ cây hom MTM-2Đ",
        "Khoa cơ khí của một trường đại học nông lâm đã thiết kế, chế tạo và khảo nghiệm máy trồng mía hai hàng đơn dùng "
        "cây mía nguyên (tự chặt hom), thử tại vùng mía Phú Yên với công ty mía đường; nhận chuyển giao và chế tạo theo đặt hàng.",
    ),
    (
        "kPo080",
        "vi",
        "nld_trong",
        "Máy trồng mía 0,3-0,5 ha/giờ",
        "Nhóm nghiên cứu cơ khí trong nước chế tạo máy trồng mía tự động trồng theo hàng kết hợp bón phân, năng suất 0,3-0,5 "
        "ha/giờ tương đương 30.000-45.000 hom/giờ, thay 25 nhân công và giảm một nửa chi phí trồng; chất lượng tương đương máy "
        "ngoại nhưng giá chỉ bằng 1/4.",
    ),
    (
        "kPo081",
        "vi",
        "ninhhoa",
        "Dịch vụ thu hoạch mía bằng máy",
        "Nhà máy đường cung cấp dịch vụ chặt mía bằng máy thu hoạch nhập khẩu (đầu tư 8,5 tỷ đồng): trên 3 ha, khoảng 200 tấn "
        "mỗi ngày, thay gần 180 công; chặt sát gốc, băm lá tại ruộng, cắt khúc dễ vận chuyển. Chủ ruộng trả 165.000 đồng/tấn, "
        "rẻ gần một nửa so với thuê người, giảm khoảng 10 triệu đồng/ha.",
    ),
    (
        "kPo082",
        "vi",
        "sggp_cgh",
        "Bố trí mật độ, khoảng cách trồng mía phục vụ cơ giới hóa",
        "Nhóm chuyên gia cây trồng và cơ khí chuyển giao kết quả thử nghiệm ở Tây Ninh, Đồng Nai, Phú Yên: trồng hàng kép "
        "0,3 m x 1,2 m x 0,3 m cho năng suất cao hơn khoảng 22%, giảm 19,25% chi phí cho mỗi tấn mía so với hàng đơn thủ công, "
        "chữ đường không đổi, và tạo khoảng cách cho máy trồng, máy thu hoạch hoạt động.",
    ),
    (
        "kPo083",
        "vi",
        "vtv_boc",
        "Máy bốc mía lên xe",
        "Dịch vụ máy bốc mía ('bàn tay siêu to') bốc bó mía lên xe tải nhanh, thay cho 7-10 lao động bốc thủ công mất 2-3 "
        "giờ một xe, hoạt động được mọi giờ giấc, giảm áp lực thiếu lao động mùa thu hoạch.",
    ),
    (
        "kPo084",
        "en",
        "songcon",
        "Demonstration of a 174 hp cane harvester and long-boom field sprayer",
        "A sugar company demonstrates equipment for growers: an Indian-built harvester with a 6-cylinder, 174 hp engine "
        "cutting 15-20 t of cane an hour close to the ground, cutting field losses by about 20% and delivering cane to the "
        "mill within 2-3 hours; and a sprayer reaching 150 m that treats 18-20 ha an hour.",
    ),
    (
        "kPo085",
        "en",
        "samart",
        "Tractor-mounted cane cutter-layer for growers without full harvesters",
        "A Thai machinery maker offers the Grasshopper, a tractor-based cutter that holds and guides each stalk into the "
        "blade for a clean cut and better ratoon, then lays the whole stalks neatly in a row for a grab loader - an "
        "affordable step for farmers who cannot buy 200-300 hp harvesters or wait for contractors.",
    ),
    (
        "kPo086",
        "en",
        "mechday",
        "Feasibility check for chopper-harvester operations",
        "Sugar industry advisers assess whether mechanical chopper harvesting will pay: the harvester can cut 400-600 t a "
        "day but needs at least 200 t a day at 30-60 t an hour; fields need straight, uniform 1.8 m rows free of stumps and "
        "slopes under 8-10%; billets deteriorate faster than whole stalks, so kill-to-mill time and truck queues must be "
        "short.",
    ),
    (
        "kPo087",
        "en",
        "loading",
        "Cane loading system options and costs",
        "A sugar industry advisory compares loading options and their costs: cut-and-stack with bundle cranes and "
        "weighbridges, cut-and-windrow with slewing or non-slewing grab loaders, and mechanical harvesting, each judged as "
        "part of the whole haulage operation.",
    ),
    # distractor: harvester tyres / Brazil
    (
        "kPo088",
        "en",
        "tyres_br",
        "Tyres for large cane harvesters and haulage",
        "A tyre maker supplies flotation tyres for sugarcane harvesters and haul-outs in Brazil, where burning bans push "
        "the industry to fully mechanised green-cane harvesting.",
    ),
    # distractor: juice press for drink stalls
    (
        "kPo089",
        "vi",
        "epmia",
        "Máy ép nước mía siêu sạch cho quán nước",
        "Cửa hàng bán máy ép nước mía siêu sạch và máy cũ cho quán nước mía, tư vấn kiểm tra rulo cán, khe hở trục, công tắc "
        "hai chiều để nước mía ít lẫn xác và an toàn khi vận hành.",
    ),
    # ---------------- small sugar mills, block sugar, jaggery ----------------
    (
        "kPo090",
        "en",
        "openpan",
        "Open-pan boiling plant for small sugar mills",
        "An equipment maker supplies open-pan (khandsari) plants: tandems of two or three horizontal three-roller mills "
        "extract 55-65% juice; acidic juice (pH 5.2-5.4) is limed to pH 10, sulphited back to pH 6.8-7.0, heated to 100 C "
        "and settled for about 45 minutes, muds go to filter presses, and the clear juice is concentrated in open pans to "
        "massecuite.",
    ),
    (
        "kPo091",
        "en",
        "khandsari_iit",
        "Process improvements for cottage (khandsari) sugar units",
        "A technology institute and sugar institute offer process upgrades for cottage sugar units (which use 45-50% of "
        "India's cane and employ 2.5 million people): better roller crushing, juice concentration, crystallisation, "
        "centrifuging and drying, with bagasse-fired furnaces, to raise sugar recovery and cut pollution.",
    ),
    (
        "kPo092",
        "vi",
        "khandsari_rep",
        "Mô hình dự án lò đường thủ công và phòng kiểm nghiệm đường",
        "Cơ quan phát triển công nghiệp nhỏ cung cấp mô hình dự án mẫu cho cơ sở đường khandsari có lò hơi và cơ sở đường "
        "thủ công (jaggery), kèm thiết kế phòng kiểm nghiệm mẫu (mặt bằng, thiết bị, chỉ tiêu chất lượng, chi phí) để kiểm "
        "tra sản phẩm đường, cùng các chính sách hỗ trợ tài chính, đổi mới công nghệ và tiếp thị.",
    ),
    (
        "kPo093",
        "vi",
        "multipan",
        "Lò nấu nhiều chảo cho cơ sở nấu đường thủ công",
        "Nhóm kỹ thuật nông nghiệp chuyển giao lò nấu ba chảo thay lò một hoặc hai chảo truyền thống: khảo sát hơn 3.000 cơ "
        "sở nấu đường cho thấy lò ba chảo cho sản lượng gấp đôi, tiết kiệm thời gian, công lao động và nhiên liệu, hiệu quả "
        "kinh tế cao hơn.",
    ),
    (
        "kPo094",
        "vi",
        "jag_energy",
        "Nồi cô đặc áo hơi giảm tổn thất năng lượng khi nấu đường",
        "Nhóm nghiên cứu đề xuất thay chảo hở bằng nồi cô đặc áo hơi và tận dụng nước nóng từ khâu làm nguội, đổ khuôn để "
        "làm nóng sơ bộ và tăng hiệu suất ép; trong lò truyền thống, hiệu suất ép chỉ khoảng 60% và hiệu suất cô đặc 14,75%.",
    ),
    (
        "kPo095",
        "en",
        "arcc_jag",
        "Improving fuel efficiency of jaggery furnaces",
        "Agricultural engineers review jaggery making and offer furnace improvements: heat utilisation is only about 15% "
        "with one pan, 30% with two and 50-60% with four pans, so units burn wood, crop residues or even tyres besides "
        "bagasse; better pan number, size and furnace design cut extra fuel and harsh working conditions.",
    ),
    (
        "kPo096",
        "en",
        "jag_store",
        "Jaggery packaging and storage technologies",
        "Mechanical engineering researchers review upgrades for jaggery plants and preservation: flue-gas losses and "
        "poor furnace design lower efficiency, and because invert sugars and mineral salts are hygroscopic, solid jaggery "
        "(5-7% moisture) needs suitable packaging and storage methods to keep its shape and quality.",
    ),
    (
        "kPo097",
        "vi",
        "lo_duong",
        "Lò đường thủ công nhận truyền nghề nấu đường bát, đường thẻ",
        "Lò đường thủ công ở Đà Nẵng nhận đào tạo, chuyển giao nghề: nấu nước mía đã lọc trong chảo lớn, đổ đường vào bát "
        "hoặc khuôn làm đường bát, đường thẻ; đảo đường trong thùng gỗ cho nguội rồi chà thành đường cát; làm kẹo đậu phộng "
        "với chút chanh chống lại đường, bánh tráng nhúng đường; kết hợp đón khách tham quan.",
    ),
    (
        "kPo098",
        "vi",
        "duongphen",
        "Kỹ thuật sản xuất đường thẻ, đường phèn, đường phổi, mạch nha",
        "Nhóm giảng viên công nghệ thực phẩm tổng hợp và hướng dẫn kỹ thuật làm các loại đường thủ công: đường cát thủ công, "
        "đường thẻ, đường phèn, đường phổi, mạch nha; nghề đường mật từng tập trung ở Tây Ninh, Phú Yên, Quảng Nam, Quảng "
        "Ngãi và chiếm hơn 2/3 sản lượng đường giai đoạn 1939-1941.",
    ),
    (
        "kPo099",
        "en",
        "kamkav",
        "Mini factory model for dry palm blossom sugar",
        "An organic farm company is building a mini factory where families only collect nectar and the company cooks it: "
        "electric stirring and more efficient wood-fired ovens save at least 50% of wood, turning the sap into dry powder "
        "sugar rather than the usual paste with about 30% water; nectar must reach the factory within about 30 minutes and be "
        "processed within hours.",
    ),
    (
        "kPo100",
        "en",
        "palm_forms",
        "Palm sugar product forms: cakes, bricks, syrup and granulated",
        "Palm sugar producers near Siem Reap show how boiled sap is poured into small moulds for cakes and bricks, kept as "
        "syrup, or worked into granulated sugar that looks like brown sugar; raw palm sugar sells for 5,000-8,000 riel a kilo "
        "and processing demonstrations draw visitors.",
    ),
    (
        "kPo101",
        "en",
        "muscovado",
        "Specification benchmark for premium brown cane sugar",
        "A cane sugar refiner's product specification usable as a quality benchmark for small producers: total sugars "
        "93-97%, non-sugars 2-3%, water at most 3%, colour L* 51.5-60, SO2 below 10 mg/kg, mesophilic bacteria, yeasts and "
        "moulds at most 500/100/100 cfu per g, and no Salmonella, E. coli or Staph aureus.",
    ),
    # distractor: large plantation white sugar process
    (
        "kPo102",
        "en",
        "kmsugar",
        "Double-sulphitation plantation white sugar process",
        "A large sugar factory describes its process: cane cutters and shredders, milling tandems, juice heating to 70 C, "
        "liming and sulphitation, flashing at 102-103 C, continuous clarifiers and vacuum filters, 4-5 effect evaporators to "
        "58-63 Brix syrup and vacuum pan crystallisation.",
    ),
    # distractor: large mill setup
    (
        "kPo103",
        "en",
        "millsetup",
        "Sugar mill plant setup consultancy",
        "A consultancy sets up industrial sugar mills with automated crushing, clarification, evaporation, crystallisation, "
        "centrifuging and packing, plus by-products such as molasses, bagasse power and ethanol.",
    ),
    # distractor: coconut candy
    (
        "kPo104",
        "en",
        "coco_candy",
        "Coconut candy workshop visits",
        "A coconut candy workshop in the coconut province shows how coconut milk is cooked with malt, dried on a hot pan for "
        "45 minutes, moulded and hand-wrapped, and sells crafts from coconut wood and shell.",
    ),
    # distractor: mill expansion
    (
        "kPo105",
        "en",
        "tcd_expand",
        "Expanding sugar mill crushing capacity from 1,250 to 2,500 TCD",
        "A state sugar corporation explains why mills built at 1,250 tonnes of cane per day became unviable with rising "
        "costs and were expanded to 2,500 TCD according to cane availability.",
    ),
    # ---------------- molasses and bagasse ----------------
    (
        "kPo106",
        "en",
        "molasses_md",
        "Molasses for yeast plants and livestock feed",
        "A sugar producer supplies molasses and application advice: baker's yeast needs about 1.5 t of molasses per tonne of "
        "yeast; molasses dry matter holds up to 58% sugar, and 100 kg provide 77 feed units and 4.5 kg digestible protein, so "
        "it is mixed with straw and other feeds to improve taste, milk yield and fat, and as a pellet binder.",
    ),
    (
        "kPo107",
        "vi",
        "molasses_eth",
        "Công nghệ lên men rỉ đường sản xuất cồn",
        "Nhà cung cấp enzyme và dinh dưỡng cho nhà máy cồn tư vấn quy trình: dùng rỉ đường (chứa sucrose, glucose, fructose) "
        "làm nguyên liệu lên men bằng nấm men, chưng cất thu cồn, tách nước bằng rây phân tử hoặc chưng cất đẳng phí để được "
        "cồn khan, biến tính nếu dùng làm nhiên liệu, và xử lý, tận dụng bã rượu (vinasse).",
    ),
    (
        "kPo108",
        "vi",
        "bamia_feed",
        "Tận dụng bã mía và rỉ mật làm thức ăn chăn nuôi",
        "Công ty máy nông nghiệp hướng dẫn băm bã mía làm lót chuồng hoặc thức ăn thô: có thể chiếm tới 25% khẩu phần bò sữa; "
        "vỗ béo bò vàng bằng khẩu phần 35-41% bã mía, 5% rỉ mật cùng cám, bắp cho tăng trọng 866-921 g/ngày sau 100 ngày; ủ với "
        "urê để tăng giá trị. Cả nước thải khoảng 4,5 triệu tấn bã mía mỗi năm.",
    ),
    (
        "kPo109",
        "vi",
        "bamia_phan",
        "Quy trình sản xuất phân vi sinh từ bã mía",
        "Đơn vị bán thiết bị chăn nuôi chuyển giao kỹ thuật làm phân vi sinh từ bã mía và bùn lọc: ngành đường có khoảng 41 "
        "nhà máy ép 15,76 triệu tấn mía/năm, sinh khoảng 500.000 tấn bùn và 500.000 tấn rỉ mật; trước đây 80% bã mía đốt lò "
        "hơi, 20% làm ván ép, còn tro và bùn thải ra bãi rác.",
    ),
    (
        "kPo110",
        "en",
        "parason",
        "Bagasse plate and bowl making machinery",
        "A machinery maker supplies bagasse tableware lines: a pulping system turning moulded-fibre pulp sheets into slurry "
        "at 0.3-0.5% consistency with water- and oil-resistant additives, automatic forming machines, edge trimmers and "
        "moulds; one forming machine makes about 0.5 t a day, six machines about 3 t a day.",
    ),
    (
        "kPo111",
        "vi",
        "laurel",
        "Quy trình ép khuôn bộ đồ ăn từ bột bã mía",
        "Nhà sản xuất bao bì sinh học hướng dẫn quy trình: bã mía về xưởng ở dạng bột ướt, được ép trong bể nghiền thành tấm "
        "bột khô để loại tạp chất; tấm bột trộn chất chống thấm dầu và nước trong máy nghiền thủy lực, bơm sang bể chuẩn bị rồi "
        "vào máy ép khuôn, mỗi lần ép tối đa 6 đĩa hoặc 9 bát; thành phẩm được thử chống dầu, chống nước trước khi đóng gói.",
    ),
    (
        "kPo112",
        "en",
        "birla",
        "Bagasse cogeneration for large sugar groups",
        "A sugar group with five bagasse cogeneration plants totalling 102 MW explains the model: each 10 t of cane crushed "
        "gives nearly 3 t of wet bagasse, burned for steam and power for the mill with surplus exported to the state grid.",
    ),
    (
        "kPo113",
        "en",
        "rigasugar",
        "Bagasse-fired boiler and 11 MW cogeneration at a sugar mill",
        "A sugar company uses bagasse as boiler fuel to raise process steam and run a turbine-alternator: 11 MW capacity, "
        "3 MW sold to the grid and the rest used in the sugar plant and distillery, making the factory self-sufficient.",
    ),
    # distractor: brewer's yeast by-product
    (
        "kPo114",
        "vi",
        "menbia",
        "Tận dụng bã men bia sản xuất dịch chiết nấm men",
        "Khoa công nghệ thực phẩm nghiên cứu tận dụng bã men bia (phế phẩm nhà máy bia) thủy phân thành dịch chiết nấm men "
        "dùng bổ sung vào môi trường nuôi cấy vi sinh.",
    ),
    # ---------------- rice paper and drying ----------------
    (
        "kPo115",
        "vi",
        "bobia",
        "Thiết bị sản xuất tự động bánh tráng",
        "Nhóm nghiên cứu chế tạo máy của một trường đại học bách khoa đã thiết kế, chế tạo thiết bị sản xuất tự động bánh "
        "tráng (bánh tráng bò bía): tráng bột, hấp chín, bóc bánh tự động; nhận chuyển giao và điều chỉnh cho cơ sở làm bánh.",
    ),
    (
        "kPo116",
        "vi",
        "memart_bt",
        "Tư vấn công nghệ làm bánh tráng từ truyền thống đến dây chuyền",
        "Đơn vị tư vấn chế biến hướng dẫn quy trình bánh tráng từ gạo tẻ (có thể thêm bột năng, bột sắn tăng độ dai) và muối: "
        "ngâm, xay, tráng, hấp, phơi hoặc sấy; ứng dụng dây chuyền tự động để bánh đồng đều, vệ sinh và tăng năng suất mà "
        "vẫn giữ hương vị.",
    ),
    (
        "kPo117",
        "en",
        "sesame_rp",
        "Automated sesame rice paper line with in-house dryer",
        "A young rice paper company that replaced clay ovens and firewood with a line built by local mechanics (milling, "
        "batter mixing and coating automated) offers its design; the team spent over half a year perfecting the dryer, the "
        "step that makes the paper fragrant and crispy, and now exports to Japan.",
    ),
    (
        "kPo118",
        "vi",
        "macaroni",
        "Máy sấy năng lượng mặt trời đảo chiều gió cho thực phẩm sợi",
        "Nhóm kỹ thuật sấy thiết kế máy sấy mẻ 500 kg cho một công ty nui ở TP.HCM theo nguyên lý đảo chiều gió vốn dùng rộng "
        "rãi để sấy lúa ở ĐBSCL: quạt hướng trục hai tầng, thùng sấy thổi gió lên hoặc xuống, bộ thu nhiệt là hai ống màng PE "
        "đường kính 1 m dài 25 m thay lò than (trước đây tốn 6 kg than/giờ, mỗi mẻ 5 giờ).",
    ),
    (
        "kPo119",
        "en",
        "ait_tunnel",
        "Solar-biomass hybrid tunnel dryer: design and construction manual",
        "An Asian technology institute offers a do-it-yourself manual and training to build its solar tunnel dryer with a "
        "biomass back-up burner, so farm products can be dried hygienically and continue drying when the sun is weak.",
    ),
    (
        "kPo120",
        "vi",
        "hp_noodle",
        "Máy sấy bơm nhiệt cho bún, hủ tiếu",
        "Nhà sản xuất máy sấy bơm nhiệt cung cấp chế độ sấy bún, hủ tiếu theo giai đoạn: định hình bằng gió mát 25-30°C, độ "
        "ẩm 55-65% trong 1 giờ; giữ ẩm, nâng dần nhiệt 35-45°C với độ ẩm 50-75% cho nước bên trong di chuyển ra; sau đó tăng "
        "nhiệt, giảm ẩm để thoát nước mạnh mà sợi không gãy.",
    ),
    # distractor: paddy dryer
    (
        "kPo121",
        "en",
        "flatbed",
        "Flat-bed paddy dryers with air reversal",
        "Agricultural engineers supply flat-bed dryers for paddy (8-t production and 4-t solar-assisted units) with air "
        "reversal to even out final moisture and reduce grain cracking compared with sun drying.",
    ),
    # distractor: grain bubble dryer
    (
        "kPo122",
        "en",
        "bubble",
        "Solar bubble dryer for rice grain",
        "A rice research institute trains users on the solar bubble dryer, a zipped plastic tunnel inflated by a small "
        "ventilator that protects grain from rain and dries paddy to 10-13% moisture, stirred with a roller.",
    ),
    # distractor: household solar cabinet dryer
    (
        "kPo123",
        "en",
        "nepal_dryer",
        "Household solar cabinet dryer",
        "A rural energy company builds solar dryers with black-painted trays facing south at an angle equal to the "
        "latitude, with lower inlets and upper outlets, to dry vegetables and fruit for household use faster and cleaner "
        "than open sun.",
    ),
    # distractor: mooncake mould
    (
        "kPo124",
        "vi",
        "mooncake",
        "Tư vấn chống mốc bánh trung thu",
        "Chuyên trang thực phẩm hướng dẫn chống mốc bánh trung thu: bao bì kín có gói hút oxy, nguyên liệu và xưởng vệ sinh, "
        "cân đối dầu và đường, bảo quản dưới 25°C hoặc ngăn mát 2-4°C.",
    ),
    # ---------------- noodles: bún, hủ tiếu, bánh canh, miến ----------------
    (
        "kPo125",
        "vi",
        "bun_auto",
        "Hệ thống sản xuất bún tươi tự động 200 kg/giờ",
        "Trường cao đẳng kỹ thuật phối hợp đại học nông lâm chuyển giao dây chuyền ép bún tươi 200 kg/giờ: máy nhào trộn bột, "
        "thiết bị chứa và cấp liệu tự động vào khuôn ép, máy ép trục vít, thiết bị làm chín sợi sau ép và hệ điều khiển tự "
        "động; sợi láng mịn, dai, không dính; điện năng 0,584 kWh/kg bún từ khâu trộn đến luộc.",
    ),
    (
        "kPo126",
        "vi",
        "nlu_bun",
        "Công nghệ và thiết bị sản xuất bún tươi 500 kg/giờ",
        "Khoa cơ khí của một đại học nông lâm chuyển giao công nghệ và hệ thống thiết bị sản xuất bún tươi năng suất 500 "
        "kg/giờ (đề tài cấp bộ mã B2007-12-37), đã áp dụng ở nhiều cơ sở, giúp đáp ứng nhu cầu tăng gấp 2-3 lần dịp cuối tuần, "
        "lễ tết mà không phải làm thủ công vất vả.",
    ),
    (
        "kPo127",
        "vi",
        "etek",
        "Dây chuyền chế biến mì ăn liền, bún, phở khô",
        "Công ty thiết bị cung cấp dây chuyền bún, phở khô và mì ăn liền công suất 50.000-600.000 gói/ngày: phối trộn, cán "
        "sợi, hấp chín, cắt định hình, sấy hoặc chiên, đóng gói, điều khiển PLC/SCADA; sản phẩm đạt độ ẩm dưới 12%, đáp ứng "
        "HACCP, ISO 22000 cho nhà máy xuất khẩu.",
    ),
    (
        "kPo128",
        "en",
        "cmu_noodle",
        "Vacuum packaging and chilled storage for fresh rice noodles",
        "A packaging technology division tested fresh rice noodles vacuum-packed in HDPE wrap, HDPE, PET and nylon pouches: "
        "nylon pouches gave the longest shelf life at 25 C (13 days), and storage at 4 C slowed microbes and pH drop, "
        "reaching 29 days, when retrogradation (hardening) rather than spoilage became the limit.",
    ),
    (
        "kPo129",
        "en",
        "aw_noodle",
        "Water-activity control to extend fresh noodle shelf life",
        "A food science laboratory offers a low-cost formulation for fresh noodles: 3% glycerol, 2% propylene glycol, 0.4% "
        "compound phosphate and 3% salt lower water activity from 0.979 to 0.900 and extend shelf life more than sevenfold at "
        "37 C; combined with irradiation of 4 kGy or more, bacterial growth practically stops.",
    ),
    (
        "kPo130",
        "vi",
        "milling",
        "Lựa chọn phương pháp xay bột gạo: ướt, bán khô, khô, xay phản lực",
        "Viện khoa học công nghệ thực phẩm so sánh bột gạo xay ướt, bán khô, khô và xay phản lực: bột xay bán khô và xay ướt "
        "có tinh bột tổn thương thấp, nhiệt độ hồ hóa cao hơn và chỉ số đường huyết thấp hơn (eGI 89,97 và 85,30 so với 94,47 "
        "và 99,27); đo độ nhớt hồ hóa RVA, cấu trúc tinh thể XRD để chọn cách xay phù hợp cho sản phẩm.",
    ),
    (
        "kPo131",
        "vi",
        "soaking",
        "Tối ưu ngâm gạo cho xay ướt bột gạo",
        "Viện khoa học thực phẩm nghiên cứu ảnh hưởng thời gian và nhiệt độ ngâm (5 và 25°C) tới bột gạo xay ướt: gạo hút "
        "nước tới mức ổn định 30-35%, protein, chất béo, tro thôi ra trong khi ngâm; độ ẩm sau ngâm quyết định độ tơi hạt, "
        "cho bột mịn ít tổn thương tinh bột, độ nhớt đỉnh cao hơn.",
    ),
    (
        "kPo132",
        "en",
        "thai_noodle",
        "Quality testing of dried rice noodles",
        "A university food packaging unit characterises dried rice noodles: proximate composition, amylose, colour, RVA "
        "pasting, cooking loss (as low as 0.11% for the best white noodle), tensile strength, extensibility and sensory "
        "acceptability, showing that higher setback, final viscosity and tensile properties go with better acceptance.",
    ),
    (
        "kPo133",
        "vi",
        "mien_db",
        "Chuyển giao quy trình làm miến dong thủ công",
        "Cơ sở miến dong truyền thống hơn 40 năm ở Điện Biên chuyển giao quy trình: ngâm bột dong ướt để lọc sạn, làm sạch "
        "nhựa, hồ hóa, tráng mỏng và hấp chín bánh miến, phơi sơ giữ độ ẩm nhất định, cắt sợi và phơi khô; quy mô hộ gia đình "
        "1,2-1,5 tạ miến/ngày.",
    ),
    (
        "kPo134",
        "en",
        "starch_noodle",
        "Formulation know-how for starch noodles and vermicelli",
        "A food science author's guide to clear starch noodles, offered as training: firm noodles need high-amylose starch "
        "(special noodle rices 30-36%, mung bean 35-40%, versus 21-23% for ordinary long-grain rice); a little starch is "
        "first cooked into a binding paste, mixed with the rest to a dough of 35-45% moisture, extruded and immediately boiled "
        "to gelatinise the whole strand.",
    ),
    # distractor: rice polishing
    (
        "kPo135",
        "vi",
        "laubong",
        "Quy trình lau bóng gạo xuất khẩu",
        "Khảo sát và hướng dẫn quy trình lau bóng gạo tại nhà máy chế biến lương thực: xát trắng, lau bóng, phân loại, đóng "
        "bao gạo thành phẩm.",
    ),
    # distractor: parboiled rice
    (
        "kPo136",
        "vi",
        "gaodo",
        "Công nghệ sản xuất gạo đồ",
        "Tài liệu kỹ thuật về gạo đồ: ngâm, hấp, sấy thóc trước khi xay để cải thiện tính năng công nghệ và giá trị dinh dưỡng "
        "của gạo.",
    ),
    # distractor: rice vacuum packing
    (
        "kPo137",
        "en",
        "rice_vac",
        "Vacuum packaging machine for rice in humid climates",
        "A packaging machine maker supplies rice vacuum packers with a double-circulation dehumidification module and a "
        "vacuum chamber that adjusts exhaust to grain moisture, for export shipments from the Mekong Delta.",
    ),
    # ---------------- tapioca pearls ----------------
    (
        "kPo138",
        "en",
        "boba_line",
        "Automated tapioca pearl (boba) production line",
        "A food machinery maker supplies pearl lines: tapioca starch mixed with water to a dough, cooked to gelatinise, "
        "shaped into uniform balls by multi-nozzle extruders, steamed to set the texture, cooled on belts or fluid beds and "
        "dried with circulating hot air before packing.",
    ),
    (
        "kPo139",
        "vi",
        "exportvn",
        "Sản xuất và xuất khẩu trân châu bột năng",
        "Doanh nghiệp xuất khẩu giới thiệu quy trình và cung cấp trân châu từ tinh bột khoai mì: hạt đường kính 5-10 mm; bột "
        "trộn nước sôi đến dẻo, vo tròn bằng túi vải lắc qua lại hoặc chảo quay, phân cỡ; gia nhiệt vừa phải chỉ hồ hóa lớp "
        "ngoài; có trân châu đen, trắng, vị trái cây.",
    ),
    (
        "kPo140",
        "vi",
        "tranchau",
        "Quy trình 8 bước sản xuất trân châu với tinh bột biến tính",
        "Doanh nghiệp tinh bột cung cấp nguyên liệu và quy trình công nghiệp làm trân châu: phối tinh bột khoai mì với tinh "
        "bột biến tính E1414, E1420, E1442 cho hạt dai dẻo, chịu nhiệt và giữ cấu trúc ổn định sau bảo quản; các khâu trộn "
        "bột, tạo hình, nấu chín, sấy khô, đóng gói được kiểm soát chặt.",
    ),
    (
        "kPo141",
        "en",
        "fao_pearls",
        "Baked tapioca products: flakes, seeds and pearls",
        "An agricultural agency's processing guide, offered as training, explains how factories make tapioca flakes, "
        "seeds, pearls and grist from moist first-quality starch heated in shallow pans so the granules partly gelatinise "
        "and stick; sulfurous acid used to whiten the flour must be washed out by a second settling, since residues spoil "
        "the product.",
    ),
    # ---------------- starch modification ----------------
    (
        "kPo142",
        "vi",
        "ccb_btt",
        "Tư vấn tinh bột biến tính và các phương pháp biến tính",
        "Doanh nghiệp tinh bột tư vấn chọn tinh bột biến tính bằng phương pháp vật lý, hóa học hoặc enzyme để cải thiện độ "
        "hòa tan, độ nhớt, khả năng tạo gel, độ bền nhiệt và khả năng chống đông đá, giúp sản phẩm ổn định kết cấu, kéo dài hạn "
        "dùng và tối ưu chi phí.",
    ),
    (
        "kPo143",
        "vi",
        "hmt_klt",
        "Biến tính tinh bột khoai lang tím và khoai mỡ bằng xử lý nhiệt ẩm",
        "Nhóm nghiên cứu công nghệ thực phẩm của một trường đại học bách khoa chuyển giao quy trình biến tính tinh bột khoai "
        "lang tím và khoai mỡ bằng phương pháp nhiệt ẩm (không dùng hóa chất), đánh giá thay đổi tính chất hồ hóa, độ nhớt và "
        "khả năng tiêu hóa.",
    ),
    (
        "kPo144",
        "vi",
        "ultrasound",
        "Xử lý siêu âm huyền phù tinh bột khoai mì",
        "Nhóm nghiên cứu chuyển giao kỹ thuật siêu âm huyền phù tinh bột khoai mì (65°C, 3 W/g tinh bột, 10 phút rồi ủ 90°C) "
        "để tăng độ hòa tan tinh bột khi hồ hóa, dựa trên khảo sát hàm lượng tinh bột ban đầu từ 5 đến 40%.",
    ),
    (
        "kPo145",
        "vi",
        "phys_mod",
        "Tinh bột biến tính vật lý theo xu hướng nhãn sạch",
        "Nhóm khoa học thực phẩm tư vấn các phương pháp biến tính tinh bột bằng vật lý, không hóa chất: hồ hóa sơ bộ, xử lý "
        "nhiệt ẩm, ủ nhiệt (annealing), áp suất thủy tĩnh cao, siêu âm, nghiền và lạnh đông, cùng đặc tính của từng loại, "
        "đáp ứng nhu cầu nhãn sạch của người tiêu dùng.",
    ),
    (
        "kPo146",
        "en",
        "clean_label",
        "Clean-label starch production by physical and enzymatic methods",
        "Food science researchers offer methods for clean-label starch free of chemical modification: blending; physical "
        "treatments (ultrasound, heat-moisture treatment and annealing, pre-gelatinisation by drum or roll drying, spray "
        "cooking or extrusion, high hydrostatic pressure, pulsed electric fields); and enzyme treatment, which changes "
        "properties most dramatically, with examples of industrial use.",
    ),
    (
        "kPo147",
        "en",
        "hmt_tf",
        "Heat-moisture-treated starch as a replacement for chemically modified starch",
        "Starch scientists develop heat-moisture treatment, in which water acts as a plasticiser that lets amylose and "
        "amylopectin chains rearrange, raising thermal stability and shear resistance so HMT starch can replace chemically "
        "modified starch in retort foods, confections, salad dressings and batters.",
    ),
    (
        "kPo148",
        "en",
        "acetyl_mw",
        "Microwave-assisted acetylation of cassava starch",
        "A chemical engineering group offers microwave-assisted acetylation of cassava starch in a very short reaction "
        "time (highest degree of substitution 0.045); acetylation lowered gel hardening and retrogradation during storage "
        "and reduced the glass transition temperature.",
    ),
    (
        "kPo149",
        "en",
        "ccfra",
        "Comparative testing of native, physically and chemically modified starches",
        "A food research association helps manufacturers choose and label starches: native, physically modified and "
        "chemically modified starches are compared in model microwaveable sauces (low-pH tomato, high-fat cheese, "
        "high-sugar toffee) by rapid visco analysis and differential scanning calorimetry.",
    ),
    # ---------------- food-grade testing ----------------
    (
        "kPo150",
        "vi",
        "spec_tapioca",
        "Bộ chỉ tiêu và phương pháp kiểm tinh bột sắn thực phẩm",
        "Doanh nghiệp tinh bột cung cấp bộ tiêu chuẩn kiểm soát tinh bột sắn nguyên: tinh bột ≥ 85% (AOAC 945.37), pH 5-7, xơ "
        "≤ 0,05%, SO2 ≤ 30 ppm (AOAC 962.16), ẩm ≤ 13%, độ mịn qua rây 140 mesh ≥ 99%, độ nhớt ≥ 700 BU, tro ≤ 0,2%, độ trắng "
        "≥ 90%, Hg và Pb ≤ 0,2 ppm, Cd và As ≤ 0,1 ppm, aflatoxin, tổng vi khuẩn hiếu khí ≤ 10^6 CFU/g, coliform, E. coli, B. "
        "cereus, nấm men nấm mốc.",
    ),
    (
        "kPo151",
        "vi",
        "kimvuong",
        "Kiểm nghiệm tinh bột khoai mì và hạt tinh bột theo TCVN, QCVN",
        "Doanh nghiệp tinh bột công bố kết quả kiểm nghiệm và nhận hỗ trợ lập hồ sơ: cảm quan TCVN 5604:1990, độ chua, protein "
        "TCVN 7598:2007, ẩm, aflatoxin tổng TCVN 7596:2007 (giới hạn QCVN 8-1), dư lượng Aldrin-Dieldrin, Cd và Pb TCVN "
        "7929:2008 (giới hạn QCVN 8-2 ≤ 0,1 mg/kg); với hạt tinh bột kiểm cỡ hạt qua rây, chấm đen < 3/cm2, độ trắng > 92%, pH "
        "5-7.",
    ),
    (
        "kPo152",
        "vi",
        "hanthe_tcvn",
        "Kiểm tra hàn the (borat) trong thực phẩm theo TCVN 8895:2012",
        "Nhóm sinh viên - giảng viên công nghệ thực phẩm hướng dẫn áp dụng phương pháp kiểm tra hàn the theo TCVN 8895:2012 "
        "cho giò chả và các sản phẩm tinh bột dai giòn, giúp cơ sở và cơ quan quản lý ngăn sản phẩm chứa chất cấm ra thị "
        "trường; hàn the từ 5 g trở lên gây ngộ độc cấp.",
    ),
    (
        "kPo153",
        "vi",
        "kit_hanthe",
        "Bộ kit thử nhanh hàn the trong thực phẩm",
        "Viện công nghệ hóa học cung cấp bộ kit phát hiện nhanh hàn the (đề tài được Sở KH&CN TP.HCM nghiệm thu): giá rẻ, dễ "
        "dùng, thử ngay tại chợ, cơ sở sản xuất hoặc gia đình, không cần phòng thí nghiệm.",
    ),
    (
        "kPo154",
        "en",
        "ifct_methods",
        "Reference analytical methods for proximate food composition",
        "A food composition database publishes the reference methods it uses, applicable for setting up an in-house lab: "
        "moisture by vacuum or hot-air oven (AOAC 934.01), protein by Kjeldahl (AOAC 2001.11), ash by muffle furnace "
        "(AOAC 942.05), fat by Soxhlet (AOAC 963.15), dietary fibre enzymatic-gravimetric (AOAC 991.43).",
    ),
    (
        "kPo155",
        "en",
        "cassava_traits",
        "Cassava starch quality trait methods: amylose, gel clarity, pasting",
        "A crop ontology consortium used by cassava breeding programmes defines standard measurements for starch quality: "
        "amylose content by spectrophotometry at 620 nm, starch gel clarity as % transmittance at 650 nm, and RVA pasting "
        "traits such as peak viscosity, peak time and pasting time.",
    ),
    (
        "kPo156",
        "vi",
        "bun_uv",
        "Hướng dẫn nhận biết bún chứa huỳnh quang và hàn the",
        "Chuyên trang tiêu dùng hướng dẫn nhận biết bún có chất tẩy trắng quang học Tinopal (phát sáng dưới đèn tia cực tím) và "
        "hàn the (natri borat, làm sợi dai giòn, khó thiu), hai chất bị cấm trong thực phẩm.",
    ),
    # distractor: corn starch supply
    (
        "kPo157",
        "en",
        "corn_spec",
        "Corn starch supply with grade specifications",
        "A trader supplies corn starch in top, first and qualified grades: moisture at most 14%, fineness 98.5-99.5%, "
        "specks, acidity, ash, protein and fat limits on a dry basis.",
    ),
    # distractor: potato starch supply
    (
        "kPo158",
        "en",
        "potato_spec",
        "Potato starch supply with grade specifications",
        "A trader supplies potato starch in superior, first and qualified grades: moisture 18-20%, whiteness 88-92%, "
        "viscosity 900-1,300 BU, SO2 10-20 mg/kg, arsenic and lead limits.",
    ),
    # distractor: paper moisture standard
    (
        "kPo159",
        "vi",
        "tcvn1867",
        "Xác định hàm lượng ẩm của lô giấy và cáctông (TCVN 1867:2010)",
        "Tiêu chuẩn quốc gia hướng dẫn xác định hàm lượng ẩm trung bình và biến động ẩm của một lô giấy, cáctông bằng phương "
        "pháp sấy khô, tương đương ISO 287:2009.",
    ),
    # distractor: beer plant HACCP
    (
        "kPo160",
        "vi",
        "haccp_bia",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Nhóm sinh viên công nghệ thực phẩm xây dựng kế hoạch HACCP 12 bước cho nhà máy sản xuất bia chai, kèm các chương "
        "trình tiên quyết GMP, SSOP.",
    ),
]
