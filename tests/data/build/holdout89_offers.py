"""Offers of the holdout89 labelled set (natural-fibre handicrafts). Rows: (id, language, source key, title,
description). Offers marked "# distractor" share words with the needs without solving them."""

OFFERS = [
    # --- sedge, mats, looms ---
    (
        "lMo001",
        "vi",
        "loom_phatminh",
        "Chuyển giao máy dệt chiếu cói chạy điện khổ 1,2 m",
        "Xưởng cơ khí nông thôn chế tạo máy dệt chiếu khung gỗ (giảm ồn, giảm rung), gồm lô lăn giữ đay, bàn răng "
        "ép cói, bàn dẹm; động cơ 1,1 kW. Một máy dệt 12–13 lá chiếu trong 8 giờ, gấp khoảng sáu lần dệt tay, dệt "
        "được khổ 1,2 m. Giá khoảng 20 triệu đồng/máy; đang phát triển khổ 1,5 m và cơ cấu tự cuốn, tự nhả.",
    ),
    (
        "lMo002",
        "en",
        "xuanduc_en",
        "Mechanised sedge-mat weaving machines with operator training",
        "A machinery supplier equips mat-weaving households with sedge weaving machines and trains operators, "
        "drawing on a Red River Delta village where some 900 households ran more than 400 machines and a household "
        "turned over 4 tonnes of sedge into about 2,000 mats a year. Includes maintenance and line layout advice.",
    ),
    (
        "lMo003",
        "en",
        "phutan_en",
        "Sedge processing line consulting: harvest, boiling dye bath, machine weaving, final inspection",
        "Consultants who have documented a centuries-old sedge mat village advise on the full chain: rafting "
        "harvested sedge home by water, dipping stems evenly in boiling dye water for long-lasting colour, moving "
        "from hand weaving to machines for productivity, and a final product inspection step.",
    ),
    (
        "lMo004",
        "vi",
        "dinhyen_vtv",
        "Tư vấn chọn lác, phơi lác và định mức nguyên liệu cho cơ sở dệt chiếu",
        "Chuyên gia làng nghề hướng dẫn chọn sợi lác dài đều, không quá to không quá nhỏ; sợi sáng màu để dệt chiếu "
        "trắng, còn lại đem nhuộm. Phơi từ lúc nắng lên và thu vào khi nắng gắt để lác không giòn gãy. Định mức: bó "
        "60–70 kg cho khoảng 25 chiếc; chiếu 1,2 m cần 1,5 kg lác thô; khung tay 2 người dệt 4 chiếc/ngày.",
    ),
    (
        "lMo005",
        "vi",
        "thanhthoi",
        "Mô hình liên kết vùng trồng lác 3 vụ/năm cung ứng làng dệt chiếu",
        "Tổ hợp tác chia sẻ mô hình trồng lác 3 vụ mỗi năm trên khoảng 50 ha, cho chừng 300 tấn lác nguyên liệu/năm, "
        "phục vụ hơn 500 hộ dệt. Hướng dẫn chọn lác thật già, cắt theo khổ chiếu, tổ chức thu mua và phân phối "
        "nguyên liệu cho hộ dệt.",
    ),
    (
        "lMo006",
        "en",
        "dinhyen_en",
        "Heritage mat patterns and sedge dyeing coaching",
        "Master weavers from a sedge mat village recognised as national intangible cultural heritage in 2013 offer "
        "coaching on traditional patterned mats, thread dyeing and colour layout, and on keeping moderate production "
        "going when the market stalls.",
    ),
    (
        "lMo007",
        "vi",
        "travinhtrade_lac",
        "Cung ứng lác nguyên liệu từ vùng trồng Càng Long",
        "Doanh nghiệp thương mại nhận cung ứng lác nguyên liệu theo đơn hàng từ vùng quy hoạch trồng lác của tỉnh, "
        "diện tích khoảng 2.500 ha, sản lượng trên 30.000 tấn/năm (30.254 tấn), tập trung ở huyện Càng Long; giao "
        "lác phơi khô theo bó, phân loại theo chiều dài.",
    ),
    (
        "lMo008",
        "en",
        "loom_binhdinh",
        "Foot-pedal mat loom with warp and cloth rollers (three-fold output)",
        "A farmer-inventor offers an improved pedal loom for doormats and rope mats: a warp roller holding more than "
        "20 m of strands replaces the 10 m stretched warp, a sturdy steel heddle and beater frame, a seat over the "
        "loom, and a lever that rolls finished mats onto a rear roller. Output about three times the old frame.",
    ),
    (
        "lMo009",
        "vi",
        "cobang_ntfp",
        "Kỹ thuật thu hái cỏ bàng bền vững và đan sản phẩm",
        "Tổ chức lâm sản ngoài gỗ hướng dẫn thu hái cỏ bàng đạt chuẩn cao 1,2–1,5 m bằng cách nhổ tay từng cọng, "
        "không cắt cả cụm; mùa thu hoạch rộ từ tháng 11 đến tháng 3; đan giỏ, nón, dép, túi xách, hàng lưu niệm; "
        "gắn với bảo tồn đồng cỏ bàng và đa dạng sinh học.",
    ),
    (
        "lMo010",
        "en",
        "greysedge_en",
        "Grey-sedge mats cut and sewn into bags and hats",
        "A Khmer women's craft group shares its method: grey-sedge leaves are sun-dried, pressed and sorted by "
        "length, woven into large mats, dried outdoors again, then cut and sewn into bags and hats. Products already "
        "sell in Japan, China and Europe; training and joint orders offered.",
    ),
    (
        "lMo011",
        "vi",
        "chieu_baoquan",
        "Hướng dẫn bảo quản và xử lý mốc trắng trên chiếu cói",
        "Cơ sở chiếu cói hướng dẫn: không ngâm chiếu lâu (sợi giòn gãy khi phơi), giặt nhanh với xà phòng pha 1/2 "
        "muỗng cà phê cho 10 lít nước, phơi mặt trái cả ngày nắng nhẹ; khi mốc thì phơi thật khô rồi mới chải, "
        "tuyệt đối không chải khi chiếu còn ẩm; cất nơi khô, không để sát nền, có thể bọc túi kín.",
    ),
    (
        "lMo012",
        "en",
        "tuoitrenews_sedge",
        "Photo series of sedge mat villages for media and exhibitions",
        "A photographer licenses an award-winning photo series on sedge harvesting, shaking and storing sedge and mat "
        "weaving lines in a northern craft village, for magazines and exhibitions.",
    ),  # distractor
    (
        "lMo013",
        "vi",
        "hamtan_logistics",
        "Dịch vụ logistics và tour tham quan làng nghề dệt chiếu",
        "Công ty logistics giới thiệu tour tham quan làng nghề dệt chiếu truyền thống, kết hợp dịch vụ vận chuyển "
        "hàng hóa và kho bãi trong tỉnh.",
    ),  # distractor
    (
        "lMo014",
        "en",
        "tvphapluat",
        "TV documentary production on a century-old mat village",
        "A television crew offers to produce reportage videos on traditional mat-weaving villages of the Mekong "
        "Delta for broadcast.",
    ),  # distractor
    (
        "lMo015",
        "vi",
        "xesoi",
        "Tài liệu công nghệ xe sợi dệt bằng cọc xe kép",
        "Báo cáo kỹ thuật ngành sợi dệt về hộp xe sợi, nguyên lý tạo săn hai lần của cọc xe kép, bộ giảm ba lông, "
        "dùng cho nhà máy kéo sợi bông, sợi tổng hợp.",
    ),  # distractor
    # --- water hyacinth ---
    (
        "lMo016",
        "vi",
        "lb_soctrang",
        "Thu mua lục bình khô đạt chuẩn và hướng dẫn sơ chế",
        "Cơ sở thu mua hướng dẫn hộ cắt lục bình chỉ lấy cọng, bẹ dài từ 5–6 tấc trở lên, phơi khô rồi bán; khoảng "
        "15 kg lục bình tươi cho 1 kg khô, giá thu mua trung bình 8.000 đồng/kg; nhận mua ổn định quanh năm.",
    ),
    (
        "lMo017",
        "en",
        "sourcebysuong",
        "Graded, split, air-dried water hyacinth and twisted hyacinth rope",
        "A Vietnam sourcing company supplies water hyacinth stems that are separated, graded, split and air-dried, "
        "and twists them into rope for weaving hats, shoes, handbags, placemats, baskets and rugs; harvest is daily "
        "since the plant regrows completely in about two weeks.",
    ),
    (
        "lMo018",
        "en",
        "marvella",
        "Sun-drying, pressing, melamine polishing and smoke protection for hyacinth crafts",
        "A craft enterprise shares its process: stems are sun-dried 7–8 days, compressed for weaving, coloured as "
        "needed, bags braided and stitched, furniture woven over bamboo or cane frames; products are polished with "
        "melamine for lustre and finally smoked to protect them against insects and fungus.",
    ),
    (
        "lMo019",
        "vi",
        "lb_tuoitre",
        "Đào tạo nghề đan lục bình cho lao động nông thôn",
        "Cơ sở dạy nghề mở lớp đan lục bình: thu hoạch cây khoảng ba tháng tuổi, thân dài chừng 60 cm, cắt sát gốc, "
        "bỏ lá, phơi vài nắng. Học viên đan 10–20 sản phẩm/ngày, thu nhập 55.000 đến trên 100.000 đồng/ngày, tự "
        "lấy lục bình ngoài sông có thể đạt 150.000 đồng/ngày.",
    ),
    (
        "lMo020",
        "en",
        "ecoville",
        "Water hyacinth harvesting, cleaning and drying protocol",
        "Technical guidance for processors: harvest mature plants of about 3–4 months, remove roots, clean "
        "thoroughly, then sun-dry the stems for several days until stiff and fibrous. Stalks that keep moisture "
        "spoil the finished product, so drying is checked before weaving.",
    ),
    (
        "lMo021",
        "en",
        "handicraftsite",
        "Bundled dry hyacinth fibre and glue-dip preparation before weaving",
        "A handicraft workshop offers stems of 60–90 cm from plants about three months old, pre-treated and "
        "sun-dried for 5–6 days, bundled for storage; before use the fibres are dipped in a drying glue, then woven "
        "and trimmed into carpets, baskets and bags.",
    ),
    (
        "lMo022",
        "vi",
        "hnlbasket",
        "Bộ mẫu hơn 10 kiểu đan lục bình cho giỏ, hộp đựng đồ",
        "Xưởng mẫu chuyển giao hơn 10 kiểu đan lục bình như đan xương cá, ô cờ, hoa văn, cách dựng đế và thành giỏ; "
        "nguyên liệu là cây trưởng thành 3–4 tháng, bỏ rễ, làm sạch, phơi nắng để dẻo và bền.",
    ),
    (
        "lMo023",
        "en",
        "ecoeisho",
        "Charcoal smoke treatment and size grading of water hyacinth stems",
        "A storage-basket maker offers its drying line: stems are flat-dried on racks for about two weeks, cleaned, "
        "then smoked with charcoal to kill bacteria; small stems go to cushions, medium to backpacks, the largest to "
        "carpets, before being twisted into rope for baskets.",
    ),
    (
        "lMo024",
        "en",
        "mekongwonders",
        "Water hyacinth processing coaching to export standard (Japanese method)",
        "A Cambodian artisan trained by Japanese partners coaches on choosing stems neither too young nor too old, "
        "and on timed drying, steaming, dyeing and assembly steps, so that products meet import requirements in "
        "Australia and Japan.",
    ),
    (
        "lMo025",
        "vi",
        "vamco_doc",
        "Mô hình xử lý bèo lục bình trên sông làm phân bón, biogas",
        "Viện kỹ thuật môi trường đề xuất mô hình vớt và tái sử dụng bèo lục bình đang phủ trên 70% mặt sông để làm "
        "phân compost, biogas, trồng nấm, giảm ô nhiễm và tắc nghẽn giao thông thủy.",
    ),  # distractor
    (
        "lMo026",
        "en",
        "harmonikreasi",
        "Knife separation of hyacinth stems and sun drying for dent-free wicker",
        "A wicker workshop explains its raw-material method: wash and sort, separate stems from leaves with a large "
        "knife or scissors rather than by hand to avoid dents, cracks and tears, then dry; sun drying gives better "
        "raw material than ovens or dryers.",
    ),
    (
        "lMo027",
        "vi",
        "afimex",
        "Cung cấp lục bình khô màu nâu vàng tự nhiên cho xưởng đan",
        "Doanh nghiệp thủ công cung cấp cọng lục bình 50–70 cm đã phơi nắng 2–3 ngày, mềm, bóng, màu nâu vàng tự "
        "nhiên, đóng bó theo đơn hàng cho xưởng đan giỏ, hộp và đồ gia dụng.",
    ),
    (
        "lMo028",
        "en",
        "wh_vnplus",
        "Export finishing: cleaning and re-drying woven hyacinth items",
        "An export workshop that has woven water hyacinth since 2005 offers finishing services: shaping checks, "
        "cleaning and re-drying completed mats, baskets and bags before shipment to Japan, the US, Germany and "
        "Denmark.",
    ),
    (
        "lMo029",
        "vi",
        "lb_dongthap",
        "Nhận gia công đan giỏ lục bình tại nhà",
        "Tổ gia công nhận đan giỏ lục bình theo mẫu của doanh nghiệp; mỗi giỏ cần khoảng 2,5 kg lục bình khô, mỗi "
        "người đan khoảng 1 giỏ/ngày; có nhóm hộ phơi lục bình cung cấp cho người đan.",
    ),
    (
        "lMo030",
        "en",
        "khcraft",
        "Water hyacinth and seagrass braid, rope and woven panels",
        "A handicraft manufacturer supplies dried water hyacinth processed into braid and rope, and seagrass split "
        "thin, dried and woven or mixed with larger fibres, for mats, furniture, bags, trunks and baskets.",
    ),
    (
        "lMo031",
        "vi",
        "hungmy",
        "Cung cấp dây nhựa màu, dây nhựa 3D giả mây để đan",
        "Cơ sở cung cấp dây nhựa màu và dây nhựa 3D giả mây cho làng nghề đan giỏ, chậu hoa, thảm; không mốc, "
        "không mọt.",
    ),  # distractor
    # --- rattan and bamboo treatment ---
    (
        "lMo032",
        "vi",
        "tamua",
        "Tư vấn chống mối mọt đồ mây tre bằng ngâm bùn và hun khói",
        "Cơ sở mây tre hướng dẫn hai cách dân gian: ngâm tre trúc dưới nước sình lầy một thời gian trước khi đan; "
        "hoặc hun khói sản phẩm trên giàn bếp, hay đốt rơm, gỗ vụn, mạt cưa còn ẩm để khói ám đều rồi chùi sạch.",
    ),
    (
        "lMo033",
        "vi",
        "sarugby",
        "Quy trình hun khói lá xoan cho hàng tre nứa mới đan",
        "Hướng dẫn kỹ thuật: đốt mùn rạ, phủ lá xoan tươi lên để tạo nhiều khói, treo hàng tre nứa mới đan lên trên "
        "cho ám khói khoảng 1 giờ; khói chứa crê-ô-dốt, an-đê-hít và a-xít hữu cơ có tác dụng sát trùng nên hàng "
        "không còn bị mốc, mọt. Thay cho luộc hoặc ngâm lâu khi cần hàng dùng ngay.",
    ),
    (
        "lMo034",
        "vi",
        "songmay_doc",
        "Tài liệu kỹ thuật khai thác, chế biến, bảo quản và tẩy trắng song mây",
        "Tài liệu 35 trang của đơn vị lâm nghiệp hướng dẫn khai thác, sơ chế, bảo quản chống mốc mọt và tẩy trắng "
        "song mây; Việt Nam có khoảng 30 loài mây thuộc 6 chi, 15 loài đã được khai thác, 7 loài dùng số lượng lớn "
        "như mây nếp, mây nước.",
    ),
    (
        "lMo035",
        "en",
        "bamboo_cca",
        "Preservative (CCA) treatment of green round bamboo",
        "A research note offered to processors compares bamboo preservation methods: traditional dipping of fresh "
        "poles in flowing water to leach starch, coatings of oil, paint or coal tar, and treatment of green round "
        "bamboo with copper-chrome-arsenic preservative against fungi, borers and termites.",
    ),
    (
        "lMo036",
        "en",
        "julybambu",
        "Anti-mould, anti-rot and anti-moth treatment of bamboo",
        "A bamboo manufacturer explains its three-defence treatment: bamboo holds 1.5–5% protein, about 2% sugar and "
        "2–6% starch that feed insects and fungi, so the process destroys these nutrients; mould lives only on the "
        "surface and is easier to stop than borers.",
    ),
    (
        "lMo037",
        "en",
        "bambosorus",
        "Borax coating and water immersion of bamboo against beetles and fungi",
        "Guidance on active preservation: harvest in the dry cool season, immerse fresh canes 4–12 weeks in flowing "
        "(not salt) water to remove starch and sugar, smoke or heat briefly to about 150 °C, and coat with borax, "
        "lime or cow-dung slurries instead of toxic insecticides.",
    ),
    (
        "lMo038",
        "en",
        "kfri",
        "Handbook: preservative treatment of bamboo and bamboo products",
        "A forest research institute offers its 2002 handbook, made for a national handicrafts programme with UNDP, "
        "on preservative chemicals and treatment methods for bamboo and woven bamboo products, plus training for "
        "craft units.",
    ),
    (
        "lMo039",
        "en",
        "bamboo_heat_kr",
        "Kiln heat treatment of bamboo poles at 140 °C",
        "A heat-treatment company offers staged kiln treatment: pre-treatment 6–8 h at 60 °C, cooking 8–10 h at "
        "100 °C, steaming 26–30 h at 120 °C, heating 4–6 h at 140 °C and cooling below 80 °C, giving poles with "
        "little splitting, moisture below 3% and specific gravity 1.05 for interior items and lighting.",
    ),
    (
        "lMo040",
        "vi",
        "bamboo_carb",
        "Cacbon hóa tre bằng xử lý nhiệt yếm khí chống côn trùng, nấm",
        "Đơn vị công nghệ chuyển giao quy trình cacbon hóa tre: chọn tre 3–5 tuổi, nung ở nhiệt độ cao trong môi "
        "trường ít oxy để phân hủy đường, tinh bột, giảm ẩm; tre chịu lực, ít hút nước, ít bị nấm và côn trùng, màu "
        "sẫm đẹp, không dùng hóa chất.",
    ),
    (
        "lMo041",
        "en",
        "bamboo_floor",
        "Carbonized bamboo flooring supply",
        "A flooring retailer sells caramel-coloured carbonized bamboo floor planks made by steam and heat in "
        "pressure ovens.",
    ),  # distractor
    (
        "lMo042",
        "vi",
        "phutan_gov",
        "Hướng dẫn gác bếp tăng độ bền cho hàng đan tre trúc",
        "Hội phụ nữ và tổ hợp tác đan đát của đồng bào Khmer chia sẻ cách làm: cưa tre trúc thành khúc, chẻ nan, "
        "bỏ ruột, chuốt bóng rồi đan; sản phẩm xong đem gác bếp để dẻo dai, dùng được vài năm; giá 20.000–100.000 "
        "đồng/sản phẩm.",
    ),
    (
        "lMo043",
        "en",
        "nellyani",
        "Boron and copper preservatives, drying and storage for bamboo",
        "A builder's guide offered as a service: harvest at the right age, dry by air or kiln to reduce moisture, "
        "apply boron- or copper-based preservatives or natural oils that penetrate the fibres, and store off the "
        "ground in dry, ventilated, covered space.",
    ),
    (
        "lMo044",
        "vi",
        "vungdecor",
        "Xây dựng quy trình sản xuất mây tre đan theo chuỗi giá trị xanh",
        "Doanh nghiệp mây tre hỗ trợ cơ sở xây dựng quy trình chi tiết từ thu gom nguyên liệu, chế biến, sản xuất "
        "đến vận chuyển theo hướng xanh và sạch, như 5 chuỗi giá trị xanh đã được hỗ trợ ở Việt Nam; chọn nguồn "
        "nguyên liệu uy tín trong nước.",
    ),
    (
        "lMo045",
        "en",
        "phuvinh",
        "Phú Vinh rattan techniques: material drying, splitting and fine weaving",
        "Artisans from a 400-year-old rattan village whose craft spread to more than 20 provinces teach material "
        "knowledge, sun-drying and splitting of rattan and fine weaving of bags and household items.",
    ),
    (
        "lMo046",
        "en",
        "vietcraft_rattan",
        "Rattan furniture combining rattan with wood, cane and wrought iron",
        "A craft association links buyers with central-Vietnam rattan workshops known for larger chairs, cabinets, "
        "shelves and blinds that combine rattan with wood frames, cane or wrought iron; ready-to-use rattan material "
        "is also supplied.",
    ),
    (
        "lMo047",
        "vi",
        "rattan_wiki",
        "Báo cáo thị trường xuất khẩu mây tre đan Việt Nam",
        "Đơn vị tư vấn cung cấp số liệu: 893 làng mây tre, cói, lục bình; sản phẩm có mặt ở 130 nước; xuất khẩu mây "
        "tre năm 2019 đạt 474 triệu USD (tăng 44,4%); EU chiếm 31,44%, Mỹ 19,5%, Nhật 9,3%; thị trường tiềm năng "
        "mới như Thái Lan, Ấn Độ, Nga, Chile, Na Uy.",
    ),
    (
        "lMo048",
        "en",
        "kfri_rr",
        "Review of treatment methods for green and dry bamboo",
        "A 2000 research report reviews bamboo treatment methods and suggests suitable ones by material (green or "
        "dry, round or split), end use (indoor, outdoor) and available infrastructure, with research gaps.",
    ),
    (
        "lMo049",
        "en",
        "rivercity",
        "Bamboo cabinetry and panelling",
        "A cabinet maker builds kitchen cabinets, countertops and panelling in natural or amber bamboo.",
    ),  # distractor
    (
        "lMo050",
        "en",
        "ideas4homes",
        "Carbonized bamboo furniture sets for homes",
        "A home-furnishing retailer sells dining sets and folding chairs of steam-darkened carbonized bamboo.",
    ),
    # (lMo050 is a distractor)
    (
        "lMo051",
        "vi",
        "phutan_vovworld",
        "HTX mây tre đan nhận đơn hàng và đón khách du lịch làng nghề",
        "Hợp tác xã mây tre đan của đồng bào Khmer nhận đặt hàng rổ, rá, thúng, xà ngom, xà neng, ghe ngo nhỏ, "
        "khay trầu từ tre trúc, nứa, mây; kết hợp tour làng nghề với chùa Khmer để giới thiệu sản phẩm.",
    ),
    # --- coconut leaf, straws and coconut by-products ---
    (
        "lMo052",
        "vi",
        "bentre_leaf",
        "Sản phẩm trang trí từ lá dừa: thiết kế và đào tạo thắt lá",
        "Dự án khởi nghiệp từ lá dừa (đạt giải cuộc thi khởi nghiệp 2018) nhận thiết kế và dạy thắt lá dừa làm đồ "
        "trang trí, cổng, vật dụng, quà lưu niệm; tận dụng lá dừa, lá dừa nước sẵn có trong vườn.",
    ),
    (
        "lMo053",
        "en",
        "cantho_leaf",
        "Coconut-leaf souvenir making workshops",
        "An artisan with 15 years of practice teaches making hats, handbags, roses, fish, crabs, birds and other "
        "souvenirs from discarded coconut leaves, learned by dismantling and rebuilding each part; sells daily to "
        "tourists on a riverside quay.",
    ),
    (
        "lMo054",
        "en",
        "hatho_leaf",
        "Coconut leaf weaving: leaf selection and a simple tool kit",
        "A coconut-leaf artisan offers classes: pick only uniform, good leaves; tools are just scissors, a craft "
        "knife and a stapler; products range from vases, baskets and handbags to wedding bouquets and animal figures "
        "for fairs and Tết.",
    ),
    (
        "lMo055",
        "vi",
        "coconut_wood",
        "Xử lý gỗ dừa chống mối mọt bằng ngâm nước 30 ngày",
        "Cơ sở mỹ nghệ gỗ dừa ngâm thân dừa già khoảng 30 ngày trong nước phù sa cho mối mọt bỏ đi, gỗ chắc và "
        "bóng, làm bàn ghế, đũa, muỗng, mô hình xích lô.",
    ),  # distractor
    (
        "lMo056",
        "en",
        "vcci_bentre",
        "Coconut handicraft catalogue, price benchmarks and coconut-blade baskets",
        "A provincial business network with 47 handicraft firms (37 working with coconut) shares designs and prices: "
        "coconut blades once used for brooms now become flower baskets, containers and lanterns; baskets sell at "
        "VND 50,000–60,000, a tea set about VND 160,000–170,000.",
    ),
    (
        "lMo057",
        "en",
        "straw_reed",
        "Reed drinking straws: selection, drying, cutting and home-built machines",
        "A young Mekong entrepreneur's workshop makes straws from wild reeds: straight, mature, lightly segmented "
        "stems are dried, cut into 15–21 cm pieces to order and cleaned with machines he built himself; supplies "
        "cafés and is preparing exports.",
    ),
    (
        "lMo058",
        "vi",
        "straw_cobang",
        "Ống hút cỏ bàng tươi và sấy khô",
        "Cơ sở sản xuất ống hút từ cỏ bàng (Lepironia articulata) thân rỗng tự nhiên: làm sạch, cắt theo chiều dài; "
        "dùng tươi giữ tủ lạnh khoảng một tuần hoặc phơi, sấy khô dùng đến 6 tháng; an toàn, không đổi vị đồ uống, "
        "phân hủy nhanh.",
    ),
    (
        "lMo059",
        "en",
        "straw_bamboo",
        "Bamboo and rattan straws dried at 120 °C, 3–5 million a month",
        "A bamboo straw maker with four workshops cuts bamboo and rattan tubes to 15–25 cm and dries them at "
        "120 °C; capacity 3–5 million straws a month per main workshop, reusable about six months with cleaning.",
    ),
    (
        "lMo060",
        "vi",
        "straw_takimex",
        "Ống hút cỏ năng thân rỗng cắt chuẩn 20 cm",
        "Doanh nghiệp cung cấp ống hút làm từ cỏ năng (cỏ bàng) trồng ở Đồng bằng sông Cửu Long, thân rỗng dài "
        "1,5–2 m nên ít công xử lý, cắt theo chiều dài chuẩn 20 cm; thay ống hút nhựa cho quán cà phê, nhà hàng.",
    ),
    (
        "lMo061",
        "en",
        "straw_rice",
        "Rice-flour edible straws, 5 tonnes a day",
        "A food company makes edible straws from rice flour of a Mekong flour village, five tonnes a day, for "
        "coffee chains and export.",
    ),  # distractor
    (
        "lMo062",
        "vi",
        "coconut_shell",
        "Gia công sản phẩm gáo dừa, vỏ dừa xuất khẩu",
        "Công ty nhận gia công chén, tô, đồ trang trí từ gáo dừa, vỏ dừa cho thị trường Âu, Mỹ, Hàn Quốc.",
    ),
    # (lMo062 is a distractor)
    (
        "lMo063",
        "vi",
        "gao_dua",
        "Gáo dừa trồng lan chạm khắc hoa văn",
        "Cơ sở khởi nghiệp bán gáo dừa đục lỗ, chạm hoa văn để trồng lan, đã đăng ký nhãn hiệu.",
    ),  # distractor
    (
        "lMo064",
        "en",
        "conphung",
        "Coconut-wood chopsticks, ladles and spoons from old trunks",
        "Island workshops turn fallen or old coconut trunks into chopsticks, spoons, rice paddles and soup "
        "ladles for tourists.",
    ),  # distractor
    (
        "lMo065",
        "vi",
        "xodua",
        "Dệt chỉ xơ dừa thủ công",
        "Nhóm phụ nữ ven sông nhận dệt chỉ xơ dừa (sợi từ vỏ trái dừa), thu nhập 200.000–250.000 đồng/ngày.",
    ),
    # (lMo065 is a distractor)
    (
        "lMo066",
        "en",
        "leaf_art",
        "Coconut leaf art for events: wedding arches and festival gates",
        "Coconut-leaf artists make decorative wedding arches, festival entrance decorations, flowers, animals, hats "
        "and Palm Sunday crosses from fresh leaves, and can train event teams.",
    ),
    (
        "lMo067",
        "en",
        "tipc_bentre",
        "More than 500 coconut souvenir articles for tourist shops",
        "A tourism centre lists more than 500 coconut articles — teapots, cups, lamps, models, dolls — from family "
        "makers for souvenir shops.",
    ),  # distractor
    (
        "lMo068",
        "vi",
        "mat_hoa_dua",
        "Mật hoa dừa OCOP 4 sao xuất khẩu",
        "Công ty nông sản cung cấp mật hoa dừa đạt OCOP 4 sao, đã xuất khẩu Nhật Bản, Hà Lan.",
    ),  # distractor
    (
        "lMo069",
        "vi",
        "straw_3t",
        "Ống hút cỏ tự nhiên cho quán dừa tươi",
        "Nhóm khởi nghiệp sản xuất ống hút từ cỏ mọc tự nhiên ở miền Tây, thay ống hút nhựa cho quán dừa tươi, "
        "sau khi thử nhiều vật liệu (rau muống hỏng nhanh, ống tre giá cao khoảng 6.000 đồng/cái).",
    ),
    (
        "lMo070",
        "vi",
        "straw_paper",
        "Ống hút giấy các loại",
        "Công ty cung cấp ống hút giấy, ống hút trà sữa đầu vát cho quán đồ uống.",
    ),  # distractor
    # --- banana fibre ---
    (
        "lMo071",
        "vi",
        "chuoi_kinhtedothi",
        "Dây chuyền xẻ, ép, phơi bẹ chuối và tuốt tơ chuối",
        "HTX nông nghiệp chia sẻ mô hình 13 nhân công với máy chuyên dụng: thân chuối xẻ làm bốn, tách bẹ, ép cho "
        "mềm, bớt nước, phơi khoảng 4 ngày làm dây đan; phần thân ép được tuốt bỏ bã lấy tơ trắng để dệt vải; bã và "
        "nước ép làm phân vi sinh.",
    ),
    (
        "lMo072",
        "vi",
        "chuoi_kiengiang",
        "Liên kết thu mua bẹ chuối khô bó 15 kg cho hàng thủ công",
        "HTX nhận liên kết với hộ trồng chuối: hướng dẫn chọn chuối xiêm, xẻ, ép, phơi bẹ đến khi dai; thu mua bẹ "
        "khô bó 15 kg để cung cấp theo hợp đồng cho doanh nghiệp đan giỏ, nón, rổ ở Kiên Giang.",
    ),
    (
        "lMo073",
        "vi",
        "chuoi_khaithai",
        "Rút tơ chuối và làm hàng mỹ nghệ từ tơ chuối",
        "HTX thương mại – dịch vụ nông nghiệp chuyển giao nghề rút sợi tơ từ thân chuối sau thu hoạch và làm hàng "
        "thủ công mỹ nghệ xuất khẩu, tận dụng vùng chuyên canh chuối hàng trăm héc ta.",
    ),
    (
        "lMo074",
        "en",
        "chuoi_dunghangviet",
        "Banana fibre stripping and product line: bags, baskets, rugs, lamps",
        "A craft brand turns banana pseudo-stems into fibre: stems are cut, separated into sheaths, edges trimmed "
        "and passed through a stripping machine; the fibre becomes handbags, baskets, vases, rugs and lampshades "
        "for domestic and export buyers.",
    ),
    (
        "lMo075",
        "en",
        "banana_machine",
        "Comb-carriage banana fibre extraction machine",
        "An engineering group offers a machine with two horizontal beams and a carriage carrying a special comb; "
        "the cleaned sheath is clamped by jaws so fibres do not break, then fibres are cleaned and dried in a chamber "
        "at 20 °C for three hours — less drudgery and damage than hand scraping.",
    ),
    (
        "lMo076",
        "en",
        "banana_manual",
        "Manual banana fibre extraction and dyeing recipe",
        "A training note: cut 2–3 ft sheath pieces, remove green layers, scrape white sheaths on a bench, sun-dry. "
        "Dyeing: boil 1 L water with two teaspoons of dye, add about 300 g fibre, then 1.5 teaspoons sodium "
        "bicarbonate and boil 20 minutes before drying.",
    ),
    (
        "lMo077",
        "en",
        "banana_friends",
        "Banana fibre extractor: 15 kg a day versus 1 kg by hand",
        "An NGO production centre uses stems within 5 days of harvest; hand extraction gives about 1 kg of fibre a "
        "day, the extractor machine about 15 kg; fibre is boiled in dye pots, sun-dried and plaited with a twisting "
        "machine into some 500 products.",
    ),
    (
        "lMo078",
        "vi",
        "banana_knot",
        "Nối sợi chuối thành sợi dài liên tục để dệt",
        "Xưởng sợi chuối hướng dẫn: bóc bỏ vỏ xanh nâu, tách sợi bằng dao có hoặc không răng cưa, phơi nắng cho trắng; "
        "kẹp bó sợi lên que, phân theo cỡ rồi nối từng sợi vào đầu sợi khác thành sợi dài liên tục dùng cho dệt.",
    ),
    (
        "lMo079",
        "en",
        "banana_khaithai_en",
        "Plaited banana-fibre products: bags, crates, carpets, lanterns",
        "A cooperative of more than ten workers makes shiny banana fibre from trunks and plaits it into bags, "
        "baskets, crates, trays, carpets, lanterns, flowers, tables, chairs and sandals; open to joint design.",
    ),
    (
        "lMo080",
        "en",
        "banana_uganda",
        "Hand extraction of banana fibre with a leaning board",
        "A farmer trainer shows manual extraction: a split piece of stem laid on a board leaned on a wall is "
        "squeezed with a small timber to push out water and pulp, fibres hung to dry; machines are faster.",
    ),
    (
        "lMo081",
        "en",
        "banana_training",
        "Banana fibre extraction and handicraft training for women",
        "An NGO trains rural women to extract fibre from waste banana trunks and make flower baskets, wall "
        "hangings, table mats, slippers and handbags, as an income source for banana farmers.",
    ),
    (
        "lMo082",
        "en",
        "banana_cambodia",
        "Banana pseudo-stem baskets and cup holders: pricing artisan work",
        "A Cambodian weaver sells banana pseudo-stem handbags, shopping baskets and coffee cup holders at USD 10 "
        "to over 20, and shares how she explains the labour behind them to customers.",
    ),
    (
        "lMo083",
        "vi",
        "banana_money",
        "Sợi chuối cho giấy in tiền và khẩu trang abaca",
        "Giới thiệu ứng dụng sợi chuối làm giấy tiền (Nhật Bản) và khẩu trang sợi abaca (Philippines).",
    ),
    # (lMo083 is a distractor)
    (
        "lMo084",
        "vi",
        "banana_clay",
        "Tượng cây chuối và rau quả bằng đất sét",
        "Nghệ nhân nặn đất sét làm mô hình cây chuối, buồng, lá, rau quả trang trí, giá tiền triệu.",
    ),  # distractor
    # --- natural dyes ---
    (
        "lMo085",
        "vi",
        "leafdye",
        "Nhuộm màu từ lá cây rụng, độ bền màu cấp 4–5",
        "Chuyên gia hóa nhuộm chuyển giao cách chiết màu từ lá chè già, lá bàng, xà cừ, xoài, vải, ổi, cà phê và "
        "hạt điều màu; nhờ xử lý sau nhuộm, độ bền màu đạt cấp 4–5/5, không dùng hóa chất độc hại.",
    ),
    (
        "lMo086",
        "vi",
        "leafdye_bk",
        "Công nghệ chiết chất màu thảo mộc để nhuộm",
        "Phòng hóa nhuộm của trường đại học kỹ thuật hoàn thiện quy trình tách chiết màu từ lá chè, bàng, bạch đàn, "
        "hồng xiêm, sắn dây, thiên lý, tre để nhuộm bông và tơ tằm: màu bền, kháng khuẩn, nước thải ít hại môi trường.",
    ),
    (
        "lMo087",
        "vi",
        "duanuoc_dye",
        "Dịch nhuộm tự nhiên từ trái dừa nước",
        "Quy trình chiết dịch nhuộm từ vỏ trái dừa nước bỏ đi: chặt nhỏ, tỉ lệ 1 kg trái với 10 lít nước, đun cô còn "
        "1/3 rồi lọc, lặp ba lần, gộp dịch và cô tiếp làm dịch nhuộm cho sợi tự nhiên; nguồn nguyên liệu lớn.",
    ),
    (
        "lMo088",
        "en",
        "jennydean",
        "Natural dye trials on basketry materials with alum mordant",
        "A natural-dye specialist runs trials on cane, willow, raffia and flax: pre-soak in 10% alum, simmer about "
        "30 minutes in indigo, madder or onion-skin baths, use iron and washing soda as modifiers; deep colours "
        "contrast with the natural brown of basketry fibres.",
    ),
    (
        "lMo089",
        "en",
        "basket_mordant",
        "Mordanting protocol for cellulose basket fibres",
        "Basket-dye guidance: pre-mordant plant fibres (they take more alum than wool), use alum with tannic acid for "
        "deeper shades, soak overnight or for days, add salt to the bath, rinse with water and vinegar to set, avoid "
        "strong acids; iron turns walnut dye charcoal.",
    ),
    (
        "lMo090",
        "en",
        "rattan_dye_recipes",
        "Rattan and raffia dye recipes: Indian red, green, olive",
        "Recipes for weavers: wash rattan and raffia in soap or soda; Indian red by boiling six hours in cutch "
        "extract with a little bluestone; green by alum mordant, indigo with copperas, then a fustic bath; slow "
        "boiling gives even, deep colour.",
    ),
    (
        "lMo091",
        "en",
        "fiveinthenest",
        "Tannin bath and alum mordant for dyeing raffia",
        "A basket maker's method: simmer willow bark an hour for a tannin bath, soak raffia overnight, dry, then "
        "simmer half an hour with alum and washing soda before dyeing; the tannin liquid can be reused.",
    ),
    (
        "lMo092",
        "vi",
        "phuyen_dye",
        "Quy trình nhuộm cói của làng chiếu truyền thống",
        "Làng chiếu giới thiệu các công đoạn: thu hoạch cói, phơi sau thu hoạch, nhuộm cói, phơi lại sau nhuộm, "
        "làm sợi đay rồi dệt chiếu; nhận hướng dẫn công đoạn nhuộm cho cơ sở mới.",
    ),
    (
        "lMo093",
        "vi",
        "dye_report",
        "Quy trình nhuộm màu tự nhiên chuyển giao cho làng nghề",
        "Đề tài hợp tác quốc tế (2010–2012) của trường đại học kỹ thuật xây dựng quy trình nhuộm bông và tơ tằm bằng "
        "màu từ lá chè, lá bàng, lá xà cừ, hạt điều màu; đánh giá độ bền màu, tận dụng bã sau chiết; triển khai cho "
        "cơ sở làng nghề.",
    ),
    (
        "lMo094",
        "en",
        "hmong_dye",
        "Highland indigo fabric dyeing retreats",
        "Young designers organise stays with Hmong families to learn de-sizing, indigo and plant dyeing of "
        "hand-woven fabric.",
    ),  # distractor
    (
        "lMo095",
        "en",
        "pandanus",
        "Pandanus fibre dyeing with roots, bulbs and berries",
        "An arts centre shares fibre practice: pandanus is soaked or scraped to soften, dye plants (roots, bulbs, "
        "berries, flowers, leaves) are pounded and boiled, and fibre is boiled in them for intense greens, "
        "yellows, reds and purples.",
    ),
    (
        "lMo096",
        "vi",
        "muong_dye",
        "Nhuộm vải thổ cẩm bằng lá chàm, củ nâu",
        "Tài liệu trang phục dân tộc mô tả cách ủ lá chàm ba ngày, nhuộm đen, nhuộm hoa trên vải thổ cẩm.",
    ),
    # (lMo096 is a distractor)
    # --- drying ---
    (
        "lMo097",
        "vi",
        "solar_dongnai",
        "Nhà sấy mặt trời 10 m² chi phí khoảng 5 triệu đồng",
        "Mô hình nhà sấy đơn giản khung sắt nhỏ, bọc nhựa trong giữ nhiệt, diện tích khoảng 10 m², chi phí chừng 5 "
        "triệu đồng; phù hợp hộ nhỏ, sản phẩm khô sạch, không bụi và côn trùng.",
    ),
    (
        "lMo098",
        "vi",
        "solar_setech",
        "Hệ thống sấy năng lượng mặt trời dạng mô-đun, chạy cả đêm và ngày mưa",
        "Công ty công nghệ năng lượng lắp buồng sấy mô-đun 2,5 × 4 × 2 m, 100–150 kg nguyên liệu tươi/mẻ, nhiệt "
        "30–65 °C; ban đêm hoặc trời mưa dùng điện bổ trợ; ghép nhiều mô-đun để tăng công suất; không phụ thuộc thời "
        "tiết, giảm hao hụt.",
    ),
    (
        "lMo099",
        "vi",
        "solar_santavi",
        "Nhà phơi sấy hiệu ứng nhà kính đối lưu ngày và đêm",
        "Công ty máy nông nghiệp thiết kế nhà phơi sấy hình vòm khung ống thép: ban ngày đối lưu tự nhiên, ban đêm "
        "hay ngày mưa đối lưu cưỡng bức bằng quạt; tư vấn chọn nơi đón nắng, tính diện tích theo sản lượng mỗi mẻ.",
    ),
    (
        "lMo100",
        "en",
        "solar_wecare",
        "Polycarbonate solar drying house for farm households",
        "A development project installs a drying house designed by a Thai university: UV-blocking polycarbonate "
        "roofing traps heat, a small solar panel runs the fans; no running cost after building and cleaner than "
        "open-air drying.",
    ),
    (
        "lMo101",
        "en",
        "solar_ictnews",
        "Solar dryers: 80% less energy than heat pumps, 40% shorter drying",
        "An energy-saving programme promotes greenhouse-effect solar dryers using natural or fan-forced convection: "
        "at least 80% energy saving versus heat-pump dryers of the same capacity and 40% shorter drying than static "
        "trays, independent of power costs.",
    ),
    (
        "lMo102",
        "vi",
        "solar_pepper",
        "Máy sấy tiêu năng lượng mặt trời 5 kg/mẻ",
        "Nghiên cứu máy sấy tiêu kết hợp điện trở, 5 kg/mẻ, sấy 7–9 giờ ở 60 °C.",
    ),  # distractor
    (
        "lMo103",
        "en",
        "solar_teacher",
        "Automatic solar food dryer for fish and vegetables",
        "A teacher-built dryer with glass collector and two cabinets dries snakehead fish, bananas and "
        "vegetables hygienically.",
    ),  # distractor
    (
        "lMo104",
        "vi",
        "solar_fish",
        "Sấy cá sặc bằng năng lượng mặt trời 500 kg/mẻ",
        "Hệ thống sấy điều chỉnh nhiệt, ẩm, gió cho HTX chế biến khô cá, 500 kg/mẻ.",
    ),  # distractor
    # --- mould and shipping ---
    (
        "lMo105",
        "vi",
        "mould_worldgts",
        "Giải pháp chống nấm mốc cho hàng mây tre đan, gỗ xuất khẩu",
        "Công ty giải pháp chống ẩm mốc tư vấn cho lô hàng mây tre đan, nội thất gỗ: mốc xuất hiện sau đóng gói, "
        "vận chuyển, lưu kho dài ngày có thể làm sản phẩm mất 70–100% giá trị và bị khách Nhật, Hàn, châu Âu từ "
        "chối; xử lý từ sản xuất đến đóng container.",
    ),
    (
        "lMo106",
        "en",
        "mould_absortech",
        "Container desiccants to keep humidity below 60% in monsoon shipping",
        "A desiccant maker's checklist for exporters: mould spores stay dormant below 60% relative humidity, grow "
        "slowly at 60–80% and fast above 80%; choose and size container desiccants and layer protection for "
        "monsoon-season loading.",
    ),
    (
        "lMo107",
        "en",
        "mould_newpages",
        "Five-step prevention of container rain and cargo sweat",
        "A logistics firm's service: high-quality desiccants (silica gel, clay, calcium chloride), unblocked "
        "container vents, cargo and pallets dried before loading, plastic liners or VCI film, and temperature and "
        "humidity data loggers.",
    ),
    (
        "lMo108",
        "en",
        "mould_palmetto",
        "Polypropylene container liners and container dehumidifiers",
        "A packaging company supplies moisture-resistant polypropylene liners installed before loading to seal "
        "cargo away from container walls, and dehumidifiers that extract moisture during transit and storage.",
    ),
    (
        "lMo109",
        "en",
        "mould_epgna",
        "Container desiccant packs and silica gel for export cargo",
        "A desiccant supplier provides container desiccants and silica gel to keep humidity low, prevent "
        "condensation and mould, and advises plastic pallets instead of wooden ones that absorb moisture.",
    ),
    (
        "lMo110",
        "en",
        "mould_56ok",
        "Anti-mould plan for cross-border e-commerce sea freight",
        "A cross-border logistics guide offered as a service: humidity control and container inspection before "
        "loading, loading and sealing practice, monitoring and route choice in transit, prompt pick-up and "
        "dehumidifying on arrival.",
    ),
    (
        "lMo111",
        "en",
        "mould_bozopac",
        "Desiccant packs for organic goods in storage and transit",
        "A desiccant manufacturer notes that mould grows most easily above 75% relative humidity at 20–30 °C, and "
        "supplies packs that lower the moisture content of organic goods and their packaging.",
    ),
    (
        "lMo112",
        "en",
        "mould_moveinterstate",
        "Mould risk assessment for international shipments",
        "A moving company explains mould causes on tropical routes (humidity, day–night condensation, poor "
        "ventilation, absorbent packing) and plans packing and ventilation for international moves.",
    ),
    # --- design, training, finishing for export ---
    (
        "lMo113",
        "vi",
        "training_dongthap",
        "Lớp nâng cao tay nghề, thẩm mỹ và tạo dáng sản phẩm đan",
        "Trung tâm giáo dục nghề nghiệp mỹ nghệ (nghệ nhân ưu tú làng mây tre Phú Vinh) mở lớp 5 ngày cho khoảng 30 "
        "thợ lành nghề: thẩm mỹ, thiết kế, tạo hình sản phẩm, hạch toán giá trị sản phẩm đan, thực hành mẫu kỹ xảo "
        "và kết hợp nhiều kiểu đan; áp dụng cho mây, tre, nứa, lục bình.",
    ),
    (
        "lMo114",
        "vi",
        "training_phuyen",
        "Đào tạo nghề đan mây tre lá gắn với bao tiêu việc làm",
        "Doanh nghiệp phối hợp trung tâm khuyến công đào tạo nghề đan mây tre lá (chọn nguyên liệu, kỹ thuật đan, "
        "hoàn thiện sản phẩm) cho 40 lao động nữ với hỗ trợ 24 triệu đồng mỗi lớp; học xong được nhận vào làm, thu "
        "nhập khoảng 1,5 triệu đồng/tháng.",
    ),
    (
        "lMo115",
        "vi",
        "cobang_hue",
        "Dự án nâng năng lực đan, nhuộm tự nhiên và kho bảo quản cỏ bàng",
        "Dự án do Luxembourg đồng tài trợ cùng một công ty thủ công: đào tạo đan cơ bản cho 30 phụ nữ, nâng cao cho "
        "10–15 người; đào tạo bán hàng, tiếp thị; hỗ trợ mở rộng vùng trồng cỏ bàng; xây kho đạt chuẩn chống côn "
        "trùng, gặm nhấm, kệ phân loại; đầu tư dụng cụ nhuộm tự nhiên để mở rộng bảng màu.",
    ),
    (
        "lMo116",
        "en",
        "vietnamgateway",
        "Pre-shipment quality control for natural-fibre handicrafts",
        "An export consultancy audits products before shipment, targeting the usual buyer complaints — harmful "
        "paints on lacquer items and sharp edges on bamboo — following the careful checks that let one Vietnamese "
        "exporter win an IKEA contract; also advises on pooling capacity for large orders.",
    ),
    (
        "lMo117",
        "en",
        "magnum",
        "Modern design adaptation of traditional woven baskets",
        "A basketry producer redesigns traditional baskets for modern customers: new patterns and colours, beads "
        "and trims, storage and decorative functions, durable and washable finishes; samples for buyers.",
    ),
    (
        "lMo118",
        "en",
        "viettrang",
        "Product diversification from mats to poufs, lampshades and handbags",
        "A natural-fibre export house helps former mat weavers move into homewares: baskets, poufs, handbags and "
        "lampshades from twisted seagrass, corn husk, water hyacinth and palm leaf, for export buyers.",
    ),
    (
        "lMo119",
        "vi",
        "quangbinh_contest",
        "Tổ chức thi và thiết kế mẫu quà lưu niệm mây tre đan du lịch",
        "Công ty tư vấn – đào tạo phối hợp dự án du lịch tổ chức hội thi sản xuất quà lưu niệm mây tre đan kết hợp "
        "hoa văn dân tộc với mẫu thiết kế mới, sau đó mở lớp tập huấn để đưa sản phẩm thành hàng hóa, hướng xuất khẩu.",
    ),
    (
        "lMo120",
        "en",
        "basketgem",
        "Choosing weaving techniques by material: diagonal for rattan, flat for bamboo",
        "A basket maker shares technique advice: diagonal weaving gives flexible lines with rattan, flat weaving a "
        "stable structure with hard bamboo strips; balancing looseness and tightness for storage and picnic baskets.",
    ),
    (
        "lMo121",
        "vi",
        "vinhlong_kst",
        "Không gian Thương hiệu và Công nghệ: bao bì, sở hữu trí tuệ, thương hiệu số",
        "Sở Khoa học và Công nghệ phối hợp một trường đại học hỗ trợ ứng dụng công nghệ, chuyển đổi số, bảo hộ sở "
        "hữu trí tuệ, bản đồ thương hiệu số cho sản phẩm OCOP (gần 1.140 sản phẩm); cuộc thi thiết kế giỏ quà, hộp "
        "quà bằng vật liệu thân thiện môi trường thu hút 44 mẫu.",
    ),
    # --- standards and certification ---
    (
        "lMo122",
        "vi",
        "ocop_hanoi",
        "Bộ tiêu chí xếp hạng sản phẩm thủ công mỹ nghệ 29 tiêu chí, 100 điểm",
        "Bộ tiêu chí 4 nhóm, 29 tiêu chí, tối đa 100 điểm để chọn và xếp hạng sản phẩm thủ công mỹ nghệ làng nghề, "
        "gồm các nhóm mây tre, cói và lục bình; yêu cầu đạt tiêu chuẩn chất lượng, rõ nguồn gốc, có tiềm năng xuất "
        "khẩu; hướng dẫn cơ sở tự đánh giá.",
    ),
    (
        "lMo123",
        "vi",
        "ocop_ucc",
        "Tư vấn hồ sơ chứng nhận OCOP cho sản phẩm địa phương",
        "Đơn vị tư vấn hướng dẫn toàn bộ quy trình đạt chứng nhận OCOP (Mỗi xã một sản phẩm): nhóm sản phẩm lưu "
        "niệm – nội thất – trang trí, chuẩn bị hồ sơ, hoàn thiện chất lượng, bao bì, truy xuất nguồn gốc.",
    ),
    (
        "lMo124",
        "vi",
        "ocop_baodautu",
        "Tư vấn nâng hạng OCOP 5 sao quốc gia nhóm tiểu thủ công nghiệp",
        "Chuyên gia am hiểu cách Hội đồng OCOP quốc gia (tổ tư vấn sản phẩm tiểu thủ công nghiệp) chấm điểm theo bộ "
        "tiêu chí tại Quyết định 1048/QĐ-TTg và 781/QĐ-TTg; hỗ trợ chủ thể chuẩn bị trình bày, làm rõ tiêu chí.",
    ),
    (
        "lMo125",
        "en",
        "fsc_laos_2013",
        "FSC-certified rattan supply model for EU buyers",
        "A conservation programme shares how the first FSC-certified rattan forest (1,142 ha in four villages, "
        "expanded to 4,585 ha) supplied green rattan baskets to Switzerland worth USD 46,600, earning villagers "
        "USD 150–200 a month during production; links producers to responsible buyers.",
    ),
    (
        "lMo126",
        "en",
        "fsc_coc",
        "FSC Chain-of-Custody certification support for rattan processors",
        "A sustainable rattan programme helps processing companies obtain FSC Chain-of-Custody certificates: "
        "documented in-flows and out-flows, traceability and legality of rattan products, and a shift to systematic, "
        "documented production for global market access.",
    ),
    (
        "lMo127",
        "en",
        "wfto_standard",
        "WFTO Fair Trade Standard compliance support",
        "Advisers prepare craft enterprises for the WFTO Fair Trade Standard: compliance criteria built on the 10 "
        "Principles of Fair Trade and ILO conventions, plus continuous-improvement requirements, leading to the "
        "'Guaranteed Fair Trade' designation.",
    ),
    (
        "lMo128",
        "en",
        "wfto_principles",
        "Fair trade principles training for handicraft producer groups",
        "A fair trade network trains producer groups on the WFTO principles — fair price, transparency, gender "
        "equality, no child labour, safe workplaces, environment, capacity building for product development and "
        "market access — for handicraft and interior products.",
    ),
    (
        "lMo129",
        "en",
        "reach_measurlabs",
        "Formaldehyde emission chamber testing for the EU REACH restriction",
        "A testing laboratory measures formaldehyde released from articles in a test chamber per REACH Annex XVII "
        "entry 77: from 6 August 2026 limits are 0.062 mg/m³ for furniture and wood-based articles and 0.080 mg/m³ "
        "for other articles; exemptions for outdoor-only and second-hand goods.",
    ),
    (
        "lMo130",
        "en",
        "reach_centexbel",
        "Advisory on the EU restriction of formaldehyde released from articles",
        "A technical centre advises manufacturers on the REACH restriction approved in February 2023 (36-month "
        "transition for articles), the 0.062 and 0.080 mg/m³ limits, exemptions and testing strategy for resins, "
        "adhesives and coated products.",
    ),
    (
        "lMo131",
        "vi",
        "fsc_bamboo",
        "Tư vấn chứng nhận FSC cho sản phẩm tre",
        "Nhà phân phối sản phẩm tre giải thích: FSC đưa tre vào phạm vi chứng nhận từ 2004, có sản phẩm tre và ván "
        "lạng tre được chứng nhận từ 2009; tư vấn nguồn nguyên liệu và hồ sơ để sản phẩm tre đáp ứng yêu cầu FSC "
        "của khách mua.",
    ),
    (
        "lMo132",
        "en",
        "wwf_vn_rattan",
        "Cleaner production and FSC forest management for rattan companies",
        "A regional rattan programme helps Vietnamese rattan companies apply cleaner production techniques and FSC "
        "forest certification, with study visits to certified rattan areas; notes that over 90% of processed "
        "rattan comes from natural forests.",
    ),
    (
        "lMo133",
        "vi",
        "ocop_sonmai",
        "Sản phẩm sơn mài OCOP xuất khẩu",
        "Công ty sơn mài làng nghề cung cấp tranh và đồ sơn mài đạt OCOP, đón khách tham quan.",
    ),  # distractor
    (
        "lMo134",
        "en",
        "blc_leather",
        "Leather and footwear chemical testing membership",
        "A leather technology centre offers members chemical testing of leather goods and footwear.",
    ),
    # (lMo134 is a distractor)
    (
        "lMo135",
        "vi",
        "ocop_list",
        "Danh sách 42 sản phẩm OCOP 5 sao quốc gia",
        "Trang bán buôn tổng hợp danh sách sản phẩm OCOP 5 sao năm 2023 để nhập hàng phân phối.",
    ),  # distractor
    (
        "lMo136",
        "en",
        "wfto_africa",
        "WFTO membership and Guarantee System onboarding",
        "A regional fair trade body guides organisations through WFTO membership: the WFTO Standard, the Code of "
        "Practice and the Guarantee System with continuous improvement, giving market recognition and the WFTO "
        "label to producers and traders.",
    ),
    (
        "lMo137",
        "en",
        "fsc_laos_2012",
        "Setting up FSC-certified rattan forests with communities",
        "A conservation partnership shares the first 1,200 ha of FSC-certified rattan forest, which raised community "
        "income by about 30%, and supports forest management plans with villages and processors.",
    ),
    (
        "lMo138",
        "vi",
        "ocop_battrang",
        "Gốm sứ OCOP 4 sao làng Bát Tràng",
        "Công ty gốm giới thiệu bộ bát đĩa, ấm chén đạt OCOP 4 sao và phòng trưng bày.",
    ),  # distractor
    # --- online marketing of craft villages ---
    (
        "lMo139",
        "vi",
        "ecom_khuyencong",
        "Tư vấn đưa sản phẩm làng nghề lên kênh bán hàng trực tuyến",
        "Trung tâm khuyến công tư vấn làng nghề bán hàng online: kể câu chuyện sản phẩm thủ công khó truyền tải qua "
        "màn hình, tìm đối tác, đào tạo nhân sự chuyên sâu cho xuất khẩu trực tuyến, giảm chi phí quảng bá.",
    ),
    (
        "lMo140",
        "vi",
        "ecom_livestream",
        "Huấn luyện livestream bán hàng mây tre đan trên Facebook, TikTok",
        "Chủ cơ sở mây tre đan ở làng nghề đã livestream ba năm chia sẻ cách bán trực tiếp trên hai điện thoại, "
        "không cần ê-kíp: tương tác giữ người xem, chốt khoảng 30 đơn trong chưa đầy một giờ, giữ khách sỉ qua tin "
        "nhắn riêng; nhận kèm cặp cơ sở mới.",
    ),
    (
        "lMo141",
        "vi",
        "ecom_training",
        "Khóa đào tạo thương mại điện tử cho phụ nữ làng nghề",
        "Chương trình doanh nghiệp – hội phụ nữ đào tạo 30 nghệ nhân qua ba buổi: chụp ảnh sản phẩm, xây dựng nội "
        "dung và thương hiệu cá nhân trên mạng xã hội, thực hành livestream bán hàng thủ công.",
    ),
    (
        "lMo142",
        "vi",
        "ecom_vneconomy",
        "Hội thảo ứng dụng công nghệ số vào kinh doanh trực tuyến cho cơ sở công nghiệp nông thôn",
        "Hiệp hội làng nghề và cơ quan khuyến công quốc gia tư vấn cho cơ sở làng nghề (cả nước trên 5.400 làng nghề) "
        "vượt rào cản hạ tầng, nhân lực, kỹ năng số để bán hàng qua thương mại điện tử trong và ngoài nước.",
    ),
    (
        "lMo143",
        "en",
        "travinh_ecom_en",
        "Provincial e-commerce floor listing and marketplace onboarding",
        "The provincial trade platform lists more than 150 businesses and 750 products, including hundreds of OCOP "
        "items, is linked with exchanges of 18 provinces, and helps firms and ethnic-minority producers onto Lazada, "
        "Tiki and TikTok Shop, with training on e-commerce.",
    ),
    (
        "lMo144",
        "en",
        "amazon_handmade",
        "Amazon Handmade onboarding for artisan sellers",
        "A marketplace consultant prepares artisans for Amazon Handmade, which bars factory-made or kit items, "
        "lists more than 80,000 handcrafted items and lets over 30% be personalised; covers the listing story and "
        "compliance with handmade rules.",
    ),
    (
        "lMo145",
        "en",
        "digital_renaissance",
        "Digital marketplace storytelling for traditional crafts",
        "A digital agency helps heritage craft communities reach global buyers online: telling the maker's story, "
        "cutting out middlemen, and building a lasting market for traditional skills.",
    ),
    (
        "lMo146",
        "vi",
        "omnichannel",
        "Chiến lược bán hàng đa kênh và kể chuyện thương hiệu cho làng nghề",
        "Đơn vị tư vấn xây dựng hệ sinh thái thương mại điện tử đa kênh cho làng nghề truyền thống, dùng "
        "storytelling (lịch sử nghề, người thợ, khách hàng) để tạo giá trị thương hiệu và mở thị trường quốc tế.",
    ),
    (
        "lMo147",
        "en",
        "artisan_alliance",
        "Linking artisan cooperatives with US retailers",
        "An artisan-enterprise alliance connects producer cooperatives that meet high ethical standards with U.S. "
        "retail partners, and shares best practice for selling handmade goods through online maker platforms.",
    ),
    (
        "lMo148",
        "vi",
        "vanphuc_online",
        "Kinh doanh lụa tơ tằm online",
        "Làng lụa giới thiệu gian hàng lụa tơ tằm trên sàn thương mại điện tử và mạng xã hội.",
    ),  # distractor
    (
        "lMo149",
        "en",
        "fujian_fair",
        "Booths at a cross-border e-commerce trade fair for bamboo crafts",
        "A bamboo products company that doubled to three booths at a cross-border e-commerce fair shares how it "
        "met European buyers for handmade bamboo flowerpots, woven artwork and kitchenware.",
    ),
    (
        "lMo150",
        "vi",
        "thanhhoa_cds",
        "Livestream bán nước mắm làng nghề",
        "Cơ sở nước mắm OCOP 5 sao livestream bán hàng trên mạng xã hội.",
    ),  # distractor
    (
        "lMo151",
        "en",
        "artisan_economy",
        "Market access events for women artisans",
        "An alliance of 60 non-profits and corporates, including retailers, runs events showing how handmade "
        "goods worth an estimated USD 32 billion a year reach consumers, and how to buy from artisan groups.",
    ),
    (
        "lMo152",
        "vi",
        "travinh_ecom_vi",
        "Sàn thương mại điện tử tỉnh hỗ trợ đưa sản phẩm lên Lazada, Tiki",
        "Sàn giao dịch thương mại điện tử của tỉnh cập nhật hơn 150 doanh nghiệp, hơn 750 sản phẩm, liên kết sàn 18 "
        "tỉnh; hỗ trợ cơ sở, đồng bào dân tộc thiểu số đưa sản phẩm lên Lazada, Tiki, TikTok Shop.",
    ),
    (
        "lMo153",
        "en",
        "amazon_definition",
        "Guide to what counts as handmade on online marketplaces",
        "An advisory note compares marketplace definitions of handmade — stricter on Amazon Handmade than on Etsy, "
        "which has allowed some manufactured goods since 2013 — so craft sellers can list correctly.",
    ),
    (
        "lMo154",
        "vi",
        "vinhlong_bonsai",
        "Tư vấn phát triển làng nghề sinh vật cảnh",
        "Báo cáo thực trạng làng nghề sinh vật cảnh, cây kiểng và giải pháp phát triển.",
    ),  # distractor
    (
        "lMo155",
        "en",
        "rattan_trade_report",
        "Global rattan trade analysis for sourcing decisions",
        "A 2011 report for a regional sustainable rattan programme analyses world rattan trade flows and the "
        "pressure on forest resources, useful for exporters planning legal, sustainable sourcing.",
    ),
    (
        "lMo156",
        "vi",
        "cobang_cantho",
        "Mẫu sản phẩm nội thất, thời trang từ cỏ bàng",
        "Cơ sở cỏ bàng giới thiệu mẫu ly đựng bút, rổ trái cây, giỏ bình giữ nhiệt, giỏ rác, khay quà, đèn trang trí, "
        "ví cầm tay; chiếu, đệm cỏ bàng chống ẩm, thông thoáng; nhận đặt mẫu theo yêu cầu.",
    ),
]
