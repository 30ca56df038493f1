"""Offers of the holdout147 set: (id, language, source key, title, description)."""

OFFERS = [
    # ---------------- (A) coconut candy and other candies ----------------
    (
        "nSo001",
        "en",
        "primidi",
        "Motor-driven stirring woks and kettles for coconut candy cooking",
        "Our workshop retrofits the large woks used for coconut candy with electric motors driving stirring blades, replacing "
        "the wooden paddles turned by hand. The mix of coconut milk, coconut cream, malt syrup and sugar is kept moving while "
        "it is heated until it caramelises and thickens, so heat is spread evenly and batches come out alike. Sized for "
        "family and cooperative workshops; installation and operator training included.",
    ),
    (
        "nSo002",
        "vi",
        "wiki_cc",
        "Chuyển giao quy trình chuẩn sản xuất kẹo dừa truyền thống",
        "Chuyển giao quy trình kẹo dừa kiểu Bến Tre: nạo cơm dừa tươi, ép lấy nước cốt và kem dừa, phối trộn với mạch nha và "
        "đường theo tỷ lệ xác định, nấu ở nhiệt độ cao và khuấy liên tục đến khi kẹo sánh lại, kéo thành dây đổ khuôn khi còn nóng, "
        "để nguội rồi cắt viên chữ nhật, gói hai lớp (bánh tráng gạo ăn được bên trong, giấy bên ngoài). Kèm phiếu ghi chép mẻ nấu "
        "để ổn định chất lượng.",
    ),
    (
        "nSo003",
        "en",
        "candycritic",
        "Layout and equipment for a compact whole-coconut candy workshop",
        "Design service for small candy workshops that start from whole coconuts and end with packed candy under one roof: "
        "husking, a grating-and-pressing machine that delivers grated meat at one end and coconut milk at the other, cooking "
        "with malt over a fire fed by the husks, spreading the taffy-like mass on tables, slitting into strips and cutting "
        "into squares before wrapping. We plan the flow, the stations and the staffing.",
    ),
    (
        "nSo004",
        "vi",
        "primidi",
        "Giấy nhôm hàn nhiệt gói kẹo dừa không dính",
        "Cung cấp giấy phức hợp nhôm hàn nhiệt dùng làm lớp gói ngoài cho kẹo dừa, thay cho giấy tẩm dầu thực vật truyền thống. "
        "Vật liệu không dính vào viên kẹo, dùng được với lớp bánh tráng bên trong hoặc gói trực tiếp; hỗ trợ chọn khổ cuộn theo "
        "máy gói và in thương hiệu.",
    ),
    (
        "nSo005",
        "en",
        "speflex",
        "Non-stick, high-gloss twist-grade wax paper for candy wrappers",
        "Converter of flexible packaging offering a twist-grade wax paper for toffees and candies: a strong, glossy chromo "
        "base paper chosen so the neck does not tear when twisted at speed, waxed so it does not stick to the candy. Suited to "
        "brands that prefer the feel of paper to plastic film; samples shipped for machine trials.",
    ),
    (
        "nSo006",
        "en",
        "atoz_twist",
        "Selecting twist-wrap films for candies: trials and cost analysis",
        "Technical service comparing twist-wrap films for individually wrapped toffees and hard sweets: coated cellophane, "
        "cast polypropylene, PVC, HDPE and renewable PLA film. We assess film yield and cost per kilo, thickness, wrap "
        "efficiency (film used minus miswraps), machinability, coefficient of friction, water vapour and oxygen transmission "
        "and appearance, and run trials on the client's wrapper.",
    ),
    (
        "nSo007",
        "en",
        "profood_wrap",
        "High-speed forming, cutting and wrapping machines for chewy sweets",
        "Supply of forming, cutting and wrapping systems for cut-and-wrap products such as soft caramels and chewy candies: "
        "the candy rope is formed, cut into pieces and wrapped in double-twist or fold wrap in one machine. Reference "
        "installations reach about 1,980 chewy sweets per minute in double twist and 1,100 pieces per minute in side-fold "
        "wrap; smaller models and used machines are available for growing confectioners.",
    ),
    (
        "nSo008",
        "vi",
        "formost",
        "Dây chuyền nấu và định hình kẹo quy mô nhỏ",
        "Cung cấp và lắp đặt dây chuyền kẹo: bồn hòa tan đường với nước, nồi nấu siro đến nhiệt độ theo từng loại kẹo, làm nguội "
        "nhanh và bổ sung nguyên liệu, máy kéo – đánh khí cho kẹo dẻo, nougat; định hình bằng rót khuôn hoặc ép, băng làm nguội và "
        "đóng gói (gói từng viên, thanh, túi). Có cấu hình nhỏ cho hợp tác xã, kèm đào tạo vận hành.",
    ),
    (
        "nSo009",
        "en",
        "aqualab",
        "Water activity specifications and testing for candies",
        "Laboratory and instrument service that measures water activity in confectionery and helps set specifications tied "
        "to texture. Candies with moisture out of range stick together and turn mealy or become rock hard; a reference soft "
        "candy must stay between 4.4% and 6.3% moisture, a window too narrow for ordinary moisture meters, whereas water "
        "activity readings change clearly. We define the target range and train QC staff.",
    ),
    (
        "nSo010",
        "vi",
        "foresight",
        "Xây dựng đường đẳng nhiệt hút ẩm và dự báo hạn dùng cho kẹo",
        "Dịch vụ phòng thí nghiệm dựng đường đẳng nhiệt hút ẩm và dự báo thời hạn sử dụng cho kẹo, bánh khô theo phương pháp gia tốc. "
        "Vùng hoạt độ nước 0,2–0,3 là vùng ổn định nhất, phản ứng enzyme, oxy hóa, sẫm màu chậm nhất và vi sinh không phát triển; "
        "từ đó đề xuất độ ẩm mục tiêu, bao bì và ngày in trên nhãn.",
    ),
    (
        "nSo011",
        "en",
        "fontana",
        "Confectionery water-activity consultancy: migration, crystallisation, shelf life",
        "Consulting based on research on water activity in confections: it drives moisture migration between layers and "
        "components, affects texture, sugar crystallisation and powder flow, and changes chemical reaction rates. We help "
        "confectioners, including sugar-free and low-calorie lines, measure and control water activity to keep products safe, "
        "stable and of high quality.",
    ),
    (
        "nSo012",
        "vi",
        "dehumid",
        "Máy hút ẩm công nghiệp cho kho và phòng đóng gói kẹo",
        "Cung cấp, lắp đặt máy hút ẩm công nghiệp cho xưởng kẹo: độ ẩm cao làm đường trong kẹo hút nước gây dính, kẹo cứng mềm đi "
        "hoặc sượng, kẹo áo đường vón cục và rút ngắn hạn dùng. Khảo sát mặt bằng, tính công suất hút ẩm cho phòng đóng gói và kho "
        "thành phẩm, bảo trì định kỳ.",
    ),
    (
        "nSo013",
        "vi",
        "machnha_memart",
        "Chuyển giao quy trình nấu mạch nha từ gạo nếp và mộng lúa",
        "Chuyển giao quy trình sản xuất mạch nha (đường mạch nha) cho cơ sở bánh kẹo: ủ thóc nảy mầm lấy mộng, nấu chín gạo nếp, "
        "trộn với bột mầm để đường hóa tinh bột thành maltose, lọc lấy dịch và cô đặc đến độ dẻo mong muốn. Sản phẩm màu vàng sậm, "
        "ngọt thanh, dẻo nhưng không dai, dùng làm kẹo, bánh, mứt.",
    ),
    (
        "nSo014",
        "en",
        "ergun",
        "Moisture and shelf-life advisory for sugar confections",
        "University food science group offering advice drawn from its review of moisture and shelf life in sugar "
        "confections: how moisture gain or loss drives stickiness, graining (sugar recrystallisation), hardening and loss of "
        "chew, the role of glass transition and of ingredients such as glucose syrup, and how packaging limits these "
        "changes. We diagnose failures and propose reformulation.",
    ),
    (
        "nSo015",
        "en",
        "automate_twiz",
        "Robotic pick-and-place of soft, sticky candy onto flow-wrapper film",
        "Automation integrator installing robots that take soft, sticky extruded candy from a discharge belt and place it "
        "precisely on the film feeding a flow wrapper, replacing up to eight operators per line who pulled strands from "
        "boards by hand. Reduces repetitive strain jobs and handles pliable product without damage.",
    ),
    (
        "nSo016",
        "en",
        "epo_lolli",
        "Licence for a lollipop wrapping machine with stick orientation",
        "Patent licence for a wrapping machine for lollipops: a feed disc with pockets, a mechanism that traps and orients "
        "the sticks, and a wrapping head that seals heat-sealable film around the candy head with single- or double-end "
        "crimps. Designed for stick confectionery only.",
    ),
    (
        "nSo017",
        "vi",
        "machnha_tlx",
        "Quy trình làm mầm thóc và cô mạch nha kiểu truyền thống",
        "Hướng dẫn kỹ thuật làm mạch nha theo kinh nghiệm các vùng nghề (Quảng Ngãi, Hà Nội): ngâm ủ thóc tẻ hoặc thóc nếp trong "
        "thùng kín, tưới hằng ngày cho nảy mầm, cho mầm thóc tác dụng lên gạo đã nấu chín rồi bắc lên lửa cô đặc thành đường mạch "
        "nha. Phù hợp cơ sở kẹo muốn tự chủ nguyên liệu.",
    ),
    (
        "nSo018",
        "vi",
        "wiki_cc",
        "Máy cán tấm và cắt viên kẹo dừa",
        "Thiết kế, chế tạo máy cán kẹo dừa còn dẻo thành tấm hoặc dây đều, dao cắt quay cắt viên chữ nhật theo kích thước đặt "
        "trước, thay khâu kéo dây, đổ khuôn và cắt tay. Viên đều giúp đóng gói theo trọng lượng; máy bằng inox, tháo rửa nhanh.",
    ),
    (
        "nSo019",
        "vi",
        "candycritic",
        "Tận dụng vỏ, xơ dừa làm chất đốt cho lò",
        "Tư vấn tận dụng vỏ, xơ dừa phế phẩm làm chất đốt cho lò nấu, giảm chi phí củi; hướng dẫn phơi, bảo quản vỏ dừa khô. "
        "Không bao gồm thiết bị nấu hay quy trình kẹo.",
    ),
    (
        "nSo020",
        "en",
        "agrotechno",
        "Desiccated coconut processing plant",
        "Turnkey plant for desiccated coconut for biscuit and confectionery manufacturers: conveyors and sheller stations, "
        "paring, continuous steam blanching, drying and grading of the shredded meat, with staff hygiene procedures. A "
        "single large plant processes up to 12 million pounds of coconuts a year.",
    ),
    (
        "nSo021",
        "vi",
        "daudua",
        "Chiết xuất dầu dừa thủ công đóng chai",
        "Hướng dẫn chiết xuất dầu dừa nguyên chất thủ công, đóng chai 100–200 ml bán cho spa, thẩm mỹ viện và khách lẻ; giá bán "
        "thường gấp đôi chi phí. Sản phẩm dùng cho da, tóc.",
    ),
    (
        "nSo022",
        "vi",
        "okfood_duasap",
        "Cung ứng dừa sáp Cầu Kè loại 1, loại 2",
        "Cung cấp trái dừa sáp đặc sản Cầu Kè: cơm dày, dẻo như sáp, nước ít và sánh; phân loại 1 và 2 theo độ dày cơm, giao sỉ "
        "và lẻ toàn quốc từ 5 trái.",
    ),
    (
        "nSo023",
        "vi",
        "hiephoidua",
        "Tư vấn danh mục sản phẩm chế biến từ dừa",
        "Tổng quan hơn 20 nhóm sản phẩm dừa đã xuất khẩu của Việt Nam (cơm dừa nạo sấy, chỉ xơ dừa, than hoạt tính từ gáo, "
        "thạch dừa, nước dừa…) do viện nghiên cứu dầu và cây có dầu biên soạn, phục vụ doanh nghiệp muốn đầu tư chế biến dừa.",
    ),
    (
        "nSo024",
        "en",
        "packworld_carton",
        "Combination weighers, twin-tube baggers and vertical cartoners for pouched snacks",
        "Integration of a large pouching and cartoning hall: combination scales making 320 weighments a minute each, "
        "vertical form-fill-seal twin-tube baggers with metal detectors and vertical cartoners, sized for about 24,000 lb "
        "of pouched fruit snacks per hour in a multinational plant.",
    ),
    (
        "nSo025",
        "vi",
        "machnha_kinhdo",
        "Công thức làm kẹo mạch nha tại nhà",
        "Bài hướng dẫn bốn cách làm kẹo mạch nha đơn giản trong bếp gia đình, dùng làm quà vặt hay làm bánh; giới thiệu mạch nha "
        "làm từ mầm đại mạch, lúa mì và đặc sản kẹo mạch nha Thi Phổ (Quảng Ngãi).",
    ),
    (
        "nSo026",
        "en",
        "machnha_vinshop",
        "Rice-based malt syrup supply for candy and cake makers",
        "Supplier of traditional malt syrup (maltose) made from glutinous rice saccharified with sprouted paddy, then "
        "filtered and concentrated to a thick, golden syrup. Mild sweetness and strong binding make it suited to coconut "
        "candy, mooncake syrup and sweet soups; steady specification from lot to lot.",
    ),
    # ---------------- (B) rice cakes: shelf life, vacuum and retort packing ----------------
    (
        "nSo027",
        "en",
        "pubmed_songpyeon",
        "Retort sterilisation protocol for filled rice cakes",
        "Food science laboratory offering a validated retort process for filled rice cakes, whose recommended shelf life at "
        "room temperature is otherwise one day. Sterilising at 121°C for 15 to 19 minutes eliminated Bacillus cereus and B. "
        "subtilis, with total plate count, yeasts, moulds and coliforms below detection; 17 minutes gave the best colour, "
        "texture and sensory scores. We adapt the schedule to the client's cake and pouch and test the result.",
    ),
    (
        "nSo028",
        "en",
        "foodpro_retort",
        "Retort pouches for rice-based foods",
        "Manufacturer of three-layer retort pouches (polyester outer layer, aluminium foil barrier, polypropylene sealing "
        "layer) that withstand 116–121°C pressure processing of rice and other low-acid foods. The flexible, heat-sealable "
        "pouch replaces cans, blocks light, water and oxygen, and is lighter and cheaper to ship.",
    ),
    (
        "nSo029",
        "vi",
        "ilove_rte",
        "Nghiên cứu bao bì túi retort cho sản phẩm gạo ăn liền",
        "Nhóm nghiên cứu bao bì thực phẩm nhận đánh giá túi tiệt trùng (retort) cho sản phẩm từ gạo ăn liền: khả năng chịu nhiệt, "
        "độ kín mối hàn, biến đổi chất lượng trong bảo quản; tham khảo thị trường cơm ăn liền Hàn Quốc, Nhật Bản vốn dùng tiệt trùng "
        "retort hoặc chiếu xạ.",
    ),
    (
        "nSo030",
        "en",
        "ilove_rc",
        "Microbial shelf-life studies for high-moisture rice cakes",
        "Testing service for rice cakes sold at room temperature and eaten without further cooking. Their high water content "
        "favours microbes, and the usual recommended shelf life is only 24 hours; we run storage trials and challenge tests "
        "to measure microbial growth, including the effect of warmer climates, and recommend a safe shelf life.",
    ),
    (
        "nSo031",
        "vi",
        "memart_vac",
        "Quy trình hút chân không bảo quản bánh tét, bánh chưng",
        "Hướng dẫn cơ sở làm bánh áp dụng hút chân không: bánh hút chân không để nhiệt độ phòng giữ được 7–10 ngày, kết hợp ngăn "
        "mát 12–15 ngày, trong khi để thường chỉ 2–3 ngày và ngăn mát 4°C bọc màng khoảng 7–10 ngày. Kèm cách bọc, kiểm tra mốc "
        "và hâm lại trước khi dùng.",
    ),
    (
        "nSo032",
        "vi",
        "memart_tl",
        "Hút chân không kết hợp cấp đông cho bánh tét gửi đi xa",
        "Tư vấn bảo quản bánh tét theo từng phương án: ngăn mát 10–15 ngày (bánh hơi cứng, cần hấp lại), ngăn đá 15–20 ngày, hút chân "
        "không kết hợp ngăn mát 10–15 ngày, hút chân không kết hợp ngăn đá 20–30 ngày – phù hợp gửi đi xa. Giữ nguyên lá gói, bọc kín "
        "phần đã cắt để chống ẩm, mốc.",
    ),
    (
        "nSo033",
        "vi",
        "tiki_banh",
        "Quy trình cấp đông bánh tét, bánh chưng 3–6 tháng",
        "Hướng dẫn quy trình cấp đông bánh còn nguyên lá: sau khi luộc rửa bánh bằng nước sôi để nguội cho sạch nhớt, treo nơi "
        "thoáng cho ráo, rồi cho vào ngăn đông; bánh giữ được 3–6 tháng, khi dùng rã đông rồi hấp hoặc chiên. Ngăn mát chỉ giữ "
        "15–20 ngày, nhiệt độ phòng 2–3 ngày.",
    ),
    (
        "nSo034",
        "vi",
        "skds_banh",
        "Xử lý bánh tét sau khi luộc để hạn chế thiu, mốc",
        "Hướng dẫn kỹ thuật sau luộc cho cơ sở bánh: rửa sơ bánh với nước sạch để loại nhựa lá, hong khô bề mặt lá, dùng tấm gỗ ép "
        "cho ráo nước để bánh không ẩm, treo nơi khô thoáng tránh nắng và côn trùng; bánh giữ 7–10 ngày ở điều kiện thường, 10–15 "
        "ngày trong tủ lạnh, kiểm tra mốc thường xuyên.",
    ),
    (
        "nSo035",
        "vi",
        "znews_vac",
        "Tư vấn chọn máy hút chân không và giới hạn an toàn",
        "Tư vấn chọn máy và túi hút chân không cho cơ sở thực phẩm: loại bỏ oxy làm chậm oxy hóa và vi sinh hiếu khí, thực phẩm "
        "tươi giữ lâu hơn 3–5 lần trong tủ lạnh, đồ khô giữ nhiều tháng. Lưu ý rủi ro vi khuẩn kỵ khí phát triển trong túi kín, "
        "không thay thế được bảo quản lạnh với thực phẩm ẩm.",
    ),
    (
        "nSo036",
        "vi",
        "firstfood_vac",
        "Máy hút chân không buồng cho cơ sở thực phẩm nhỏ",
        "Cung cấp máy hút chân không dạng buồng và dạng hút ngoài: buồng kín, bơm cánh quay rút khí, thanh nhiệt hàn miệng túi; "
        "một chu kỳ 20–45 giây tùy lượng khí cần rút. Xếp nhiều túi trên thanh hàn để tăng năng suất; tư vấn chọn loại túi.",
    ),
    (
        "nSo037",
        "en",
        "multivac_nxt",
        "Chamber vacuum packaging machines",
        "Supplier of chamber vacuum machines, a technology it has built since 1961: the product is placed in a pouch in the "
        "chamber, the lid closes, a pump evacuates air from chamber, pouch and product to the set vacuum, the pouch is sealed "
        "and the chamber vented. Versatile, flexible and a modest investment compared with other packaging lines.",
    ),
    (
        "nSo038",
        "en",
        "gardenguides",
        "Vacuum sealers from countertop to industrial, with usage guidance",
        "Guidance and supply of vacuum packing equipment: countertop consumer sealers from about 50 dollars, industrial "
        "countertop machines from about 3,000 dollars, plus matching bags. Vacuum packing extends storage of dried, frozen "
        "and chilled foods but does not replace refrigeration, and some pathogens thrive without oxygen.",
    ),
    (
        "nSo039",
        "vi",
        "baobd_banhit",
        "Máy xay lá gai và bí quyết nhân bánh ít",
        "Chuyển giao kinh nghiệm cơ sở bánh ít lá gai làm 2.000–3.000 cái mỗi ngày (15.000 cái dịp Tết Đoan Ngọ): dùng máy xay thay "
        "khâu quết lá gai nặng nhọc; trộn bột nếp với bột lá gai rồi hấp; nhân đậu tạo hương bằng dầu cam, nhân dừa bằng vỏ quýt, "
        "thêm vani, gừng xay cùng lá gai cho bánh dẻo thơm.",
    ),
    (
        "nSo040",
        "vi",
        "doc_banhit",
        "Quy trình làm vỏ bánh ít lá gai",
        "Hướng dẫn công đoạn làm vỏ bánh ít lá gai: chọn lá gai, bỏ cuống và gân, xé nhỏ, rửa, luộc chín, xắt rồi giã nhuyễn; gạo nếp "
        "mới ngâm vài giờ, xay nhuyễn, ép bỏ nước, trộn với bột lá gai cho mịn dẻo; chọn đỗ, nếp kỹ để bánh thơm vị đường, gừng.",
    ),
    (
        "nSo041",
        "vi",
        "crystalbay_banhto",
        "Chuyển giao quy trình nấu bánh tổ",
        "Quy trình bánh tổ: chọn nếp dẻo thơm hạt mẩy, đường bát hoặc đường vàng cho màu hổ phách; nếp ngâm, xay mịn, trộn đường và "
        "gừng giã, nấu lửa liu riu và khuấy đều liên tục nhiều giờ đến khi sánh mịn rồi đổ khuôn.",
    ),
    (
        "nSo042",
        "en",
        "saostar_banhto",
        "Steaming process for bánh tổ in bamboo moulds",
        "Technical guide for bánh tổ (sticky rice cake with palm sugar, ginger and sesame): glutinous rice flour mixed with "
        "sugar syrup and ginger to a batter neither too thick nor too thin, poured into round woven bamboo moulds lined with "
        "two layers of banana leaf, and steamed about 4 hours over a strong, even fire so the cake cooks through.",
    ),
    (
        "nSo043",
        "vi",
        "ubmttq_banhto",
        "Giải pháp hạn chế mốc bề mặt bánh tổ để lâu",
        "Tư vấn cho cơ sở bánh tổ: bánh để được cả tháng nhưng lớp lá chuối hút ẩm làm mặt ngoài bánh lên mốc. Đề xuất xử lý lá, "
        "làm khô bề mặt sau hấp, bảo quản nơi khô thoáng, và khi cần thì gọt bỏ lớp ngoài, cắt lát chiên lại như cách người Quảng "
        "vẫn dùng.",
    ),
    (
        "nSo044",
        "en",
        "baotintuc_banhgai",
        "Ramie-leaf cake (bánh gai) from a heritage craft village",
        "A northern craft village that has made bánh gai since the 15th century offers its ramie-leaf cakes with cane "
        "molasses, mung bean and glutinous rice, steamed in wood-fired steamers, for Tết orders across the country.",
    ),
    (
        "nSo045",
        "en",
        "lifesci_rc",
        "Storage tips for puffed rice cake snacks",
        "Guide for consumers of puffed rice cake crackers: keep them airtight, away from sunlight and strong odours; "
        "unopened packs last months to a year, opened ones one to three months; watch for off-odours and mould.",
    ),
    (
        "nSo046",
        "en",
        "yum_rc",
        "Why puffed rice cakes expire",
        "Explainer on the expiry of airy puffed rice crackers: airtight packaging, cool dry storage and simple ingredients "
        "extend freshness, while high-temperature baking gives a longer shelf life than low-temperature drying.",
    ),
    (
        "nSo047",
        "en",
        "eatwithus_rc",
        "Shelf life and freezing of packaged rice crackers",
        "Consumer advice: unopened packaged rice crackers can last up to two years, opened ones should be eaten within days "
        "or kept airtight; they can be frozen for up to two months.",
    ),
    (
        "nSo048",
        "vi",
        "hoatt_xucxich",
        "Vì sao xúc xích, đồ hộp không cần bảo quản lạnh",
        "Bài phổ biến kiến thức giải thích xúc xích tiệt trùng và đồ hộp thịt giữ được ở nhiệt độ thường nhờ xử lý nhiệt trong bao bì "
        "kín và phụ gia, dành cho người tiêu dùng.",
    ),
    (
        "nSo049",
        "vi",
        "travinhtrade",
        "Tạo màu tự nhiên cho nếp bánh tét từ lá cẩm, gấc, bồ ngót",
        "Chuyển giao cách tạo màu tự nhiên cho bánh tét nhiều màu: nước lá cẩm cho màu tím, nước cốt gấc cho màu đỏ, nước cốt lá bồ "
        "ngót già cho màu xanh, trộn với nếp sáp trước khi gói; màu tươi, có mùi thơm đặc trưng, không dùng phẩm màu tổng hợp.",
    ),
    (
        "nSo050",
        "vi",
        "pubmed_songpyeon",
        "Tiệt trùng bánh nếp có nhân trong túi ở 121°C",
        "Phòng thí nghiệm công nghệ thực phẩm nhận chuyển giao chế độ tiệt trùng retort cho bánh làm từ bột nếp có nhân: 121°C trong "
        "15–19 phút tiêu diệt Bacillus cereus và B. subtilis, 17 phút cho màu, cấu trúc và điểm cảm quan tốt nhất. Bánh trở nên bảo "
        "quản được ở nhiệt độ thường thay vì chỉ một ngày.",
    ),
    (
        "nSo051",
        "en",
        "yennhaphuc",
        "Vacuum-bag method that keeps bánh tét over 10 days",
        "Practical method for leaf-wrapped sticky rice cakes, which usually mould within 2–3 days: hang the cakes in a cool "
        "airy place, or vacuum-bag them and keep them chilled or frozen; in the freezer compartment they keep 15–20 days "
        "and are best steamed or fried before eating.",
    ),
    # ---------------- (C) mooncakes and bánh pía ----------------
    (
        "nSo052",
        "en",
        "antlerium",
        "Moisture control and preservative formulation for mooncakes",
        "Bakery technologists advising on mooncake shelf life: a well-packaged mooncake keeps about one to two months "
        "(some labels claim six), an unpacked one about two days. We balance flour, sugar and oil in the crust to control "
        "moisture and advise on controlled use of preservatives such as sorbic acid.",
    ),
    (
        "nSo053",
        "vi",
        "cz_djm",
        "Thử nghiệm xác định hạn dùng bánh trung thu khi giảm phụ gia",
        "Dịch vụ sản xuất thử và theo dõi khả năng phát triển của vi sinh, thời điểm hư hỏng thực tế để xác định hạn dùng bánh trung "
        "thu. Khi hạn chế phụ gia, hạn dùng thường rút từ 60–90 ngày xuống 30–60 ngày; nhân nhiều nước, ít dầu như nhân đậu giữ ngắn "
        "hơn, nhân nhiều đường, bánh nhiều dầu giữ lâu hơn.",
    ),
    (
        "nSo054",
        "vi",
        "cz_uum",
        "Hướng dẫn bảo quản bánh trung thu theo nhiệt độ",
        "Tài liệu hướng dẫn bảo quản cho cơ sở và đại lý: ở 25°C bánh nhân hạnh nhân, chanh dây giữ khoảng 15 ngày, nhân đậu, hạt "
        "sen, táo đỏ không quá 10 ngày; trên 30°C rút xuống dưới 7 ngày; bánh nhân thịt tươi nên bán ngay. Để nơi mát, thông gió, "
        "tách riêng khỏi hàng khác, lấy khỏi tủ lạnh trước một giờ.",
    ),
    (
        "nSo055",
        "vi",
        "cz_xkg",
        "Tư vấn hạn dùng theo loại nhân và tránh cứng bánh khi để lạnh",
        "Nhân mềm nhiều nước chỉ giữ 7–10 ngày, nhân cứng khoảng một tháng; bánh nhiều chất béo phải tránh ánh sáng để chống ôi dầu. "
        "Để tủ lạnh làm tinh bột chín thoái hóa, bánh cứng và kém ngon, nên chọn điều kiện bảo quản theo từng loại bánh.",
    ),
    (
        "nSo056",
        "en",
        "cz_lrl",
        "Clean-room production and packaging to extend mooncake shelf life",
        "Consultancy on hygienic production of packaged mooncakes: shelf life depends on raw materials, production "
        "environment, equipment and packaging. Factories working under near-aseptic conditions achieve longer shelf lives "
        "than hand production, which meets hygiene rules but picks up some contamination; we help set up zoning, "
        "packaging and validation trials.",
    ),
    (
        "nSo057",
        "vi",
        "yunduba",
        "Hướng dẫn bảo quản bánh trung thu và bánh dẻo",
        "Bánh trung thu chưa mở giữ được 20–90 ngày tùy nhân và bao bì: nhân trái cây khoảng một tháng, nhân đậu đỏ, táo lâu hơn; bánh "
        "dẻo ngắn nhất, 15–20 ngày và phải giữ lạnh. Bánh đã mở chỉ giữ vài giờ ở nhiệt độ phòng, khoảng hai ngày trong tủ lạnh; "
        "bọc màng để cách ẩm, tách riêng từng loại.",
    ),
    (
        "nSo058",
        "en",
        "streampeak",
        "Iron-based oxygen absorbers for mooncakes",
        "Supplier of oxygen absorber sachets (iron powder, salt and a natural clay binder) that lower oxygen inside sealed "
        "mooncake packs, slowing oxidative rancidity, staling and aerobic microbial growth so cakes keep their texture and "
        "flavour for longer, including when given as gifts weeks after baking.",
    ),
    (
        "nSo059",
        "vi",
        "packmat_cn",
        "Gói khử oxy cho bánh trung thu",
        "Cung cấp gói khử oxy gốc sắt cho bánh trung thu: loại bỏ oxy trong bao bì để ức chế nấm mốc, vi khuẩn hiếu khí, chậm ôi dầu "
        "và biến đổi màu, mùi nhân hạt, nhân thịt; kéo dài hạn dùng rõ rệt so với chỉ dựa vào đường, dầu cao và chất bảo quản. Gói "
        "không di chuyển vào thực phẩm, phải in rõ “không ăn được”.",
    ),
    (
        "nSo060",
        "en",
        "ageless",
        "Oxygen absorber sachets to cut preservative use",
        "Oxygen absorbers are small sachets that take the oxygen out of a sealed package to protect products from mould and "
        "extend shelf life, keeping foods fresh without relying on preservatives. Supply of sachet sizes matched to pack "
        "volume, with technical support.",
    ),
    (
        "nSo061",
        "en",
        "xuchang",
        "Barrier packaging structure design for mooncakes",
        "Packaging engineers design fresh-keeping structures for mooncakes, which are rich in oil and nutrients and spoil if "
        "poorly packed: analysis of microbial and oil-oxidation deterioration, choice of barrier films and sealing, and "
        "moderate outer packaging in line with rules against over-packaging.",
    ),
    (
        "nSo062",
        "en",
        "stratotech",
        "Oxygen absorbers reaching below 0.01% oxygen in 24 hours",
        "Food-contact approved iron-based oxygen absorber sachets that bring residual oxygen in a sealed pack below 0.01% "
        "within 24 hours at room temperature and hold it through shelf life. Shipped in airtight packs; sachets from an "
        "opened pack must be used within one hour.",
    ),
    (
        "nSo063",
        "vi",
        "feedytv",
        "Gói hút ẩm và chất khử oxy cho hộp bánh kẹo",
        "Cung cấp gói hút ẩm và gói khử oxy đặt trong hộp bánh, hộp ngũ cốc, trà: tạo môi trường gần như không oxy, hạn chế nấm mốc, "
        "men, côn trùng, giữ màu và mùi. Hướng dẫn sử dụng an toàn, cảnh báo không ăn.",
    ),
    (
        "nSo064",
        "en",
        "papafood",
        "Mechanised mooncake production: encrusting and forming",
        "Food machinery maker supplying filled-food machines for mooncakes: encrusting of dough around filling and automatic "
        "forming, built from food-safe materials with tight sealing and a process layout that preserves taste, to cut the "
        "labour costs that drive mooncake prices up.",
    ),
    (
        "nSo065",
        "en",
        "ulhom",
        "Multi-function CNC filling and encrusting machine",
        "A fully automatic, numerically controlled filling machine that wraps fillings such as lotus paste, bean paste and "
        "five-kernel mixes in dough and shapes mooncakes with an even crust, matching hand-made appearance. Suitable for "
        "bakeries moving from manual wrapping.",
    ),
    (
        "nSo066",
        "vi",
        "aocno",
        "Dây chuyền công nghiệp sản xuất bánh trung thu",
        "Nhà sản xuất thiết bị cung cấp dây chuyền bánh trung thu và bánh ngọt công nghiệp: nhào vỏ, chuẩn bị nhân (đậu, thập cẩm, "
        "trứng muối…), bọc nhân, ép khuôn, chuyển vào lò nướng; có cấu hình cho bánh vỏ ngàn lớp cần cán bột nước bọc bột dầu.",
    ),
    (
        "nSo067",
        "en",
        "minewe",
        "Advice on choosing rotary or deck ovens",
        "Oven supplier advising bakeries: rotary ovens give high capacity, even baking and energy efficiency for large "
        "batches but are harder to clean; deck ovens bake on stone or ceramic decks, allow different temperatures per deck "
        "and are easier to maintain, suiting smaller or specialised bakeries.",
    ),
    (
        "nSo068",
        "vi",
        "empirebake",
        "Lò nướng xe đẩy xoay đối lưu cho cơ sở bánh",
        "Cung cấp lò nướng rack: đẩy cả xe khay vào buồng, xe quay chậm trong khi quạt thổi khí nóng đều, nướng đồng đều bánh ngọt, "
        "bánh quy, bánh mì; bản đôi chứa hai xe tiết kiệm mặt bằng; bảng điều khiển cảm ứng lưu chương trình nướng.",
    ),
    (
        "nSo069",
        "vi",
        "foodtech_deck",
        "Lò sàn (deck) nhiều buồng cho bánh ngọt đặc sản",
        "Lò deck gồm nhiều buồng nướng độc lập chồng lên nhau, mỗi buồng đặt nhiệt độ riêng nên nướng được nhiều loại bánh cùng lúc; "
        "ít chuyển động cơ khí nên hợp bánh mỏng manh. Công suất điện 6–12 kW hoặc gas 20.000–120.000 Btu/h, phù hợp lượng nhỏ.",
    ),
    (
        "nSo070",
        "vi",
        "yida_deck",
        "Tư vấn lò deck và lò xoay theo cách truyền nhiệt",
        "So sánh lò deck (truyền nhiệt dẫn từ mặt đá, thép và bức xạ, cho đáy bánh giòn vàng, điều khiển từng tầng, nạp bằng xẻng) "
        "với lò xoay đối lưu (quạt khí nóng, công suất lớn, đồng đều), giúp cơ sở chọn lò theo sản phẩm và quy mô.",
    ),
    (
        "nSo071",
        "en",
        "eastgate",
        "Deck versus rack ovens: pros and cons",
        "Bakery equipment factory comparing ovens: deck ovens store heat in the hearth, have no moving air, hold "
        "temperature well, control each deck and top and bottom elements separately, are easy to clean and low-maintenance, "
        "but are heavy and labour-intensive; rack ovens use fan convection and load many pans at once.",
    ),
    (
        "nSo072",
        "vi",
        "chonngoc_pia",
        "Chuyển giao quy trình bánh pía vỏ nhiều lớp",
        "Quy trình bánh pía: nhân khoai môn, đậu xanh, trứng muối xào với đường, thêm sầu riêng theo tỷ lệ, để nguội rồi bọc lòng đỏ "
        "trứng muối, có thể thêm mỡ; vỏ bột mì cán, cuộn, gấp nhiều lần tạo các lớp bột nước và bột dầu chồng lên nhau; nướng "
        "nhiệt độ cao trong vài phút đến khi vỏ vàng.",
    ),
    (
        "nSo073",
        "vi",
        "thcl_pia",
        "Mô hình công nghệ hóa sản xuất bánh pía",
        "Giới thiệu mô hình công nghệ hóa sản xuất bánh pía của các cơ sở lớn ở Vũng Thơm (Tân Huê Viên, Công Lập Thành…): đầu tư "
        "thiết bị cán bột, định hình, lò nướng hiện đại, đa dạng nhân sầu riêng, khoai môn, chay; kết nối tham quan cho cơ sở muốn "
        "nâng cấp.",
    ),
    (
        "nSo074",
        "en",
        "congthuong_pia",
        "Commercialisation and export support for bánh pía",
        "Provincial trade programme helping bánh pía makers commercialise: modern production replacing manual work, trade "
        "promotion, OCOP ranking and export to many countries, building on the craft's recognition as a cultural symbol of "
        "the Mekong Delta.",
    ),
    (
        "nSo075",
        "en",
        "cz_oop",
        "Standards for lotus seed paste fillings",
        "Reference specifications for lotus paste fillings: lotus paste is lotus seed, oil, sugar and flavourings; a "
        "'pure lotus' filling must use 100% lotus seed besides sugar and oil, a 'lotus' filling more than 60%; covers single "
        "to four-yolk variants.",
    ),
    (
        "nSo076",
        "vi",
        "dantri_nhan",
        "Công thức nhân sen trứng muối cho bánh dẻo, bánh nướng",
        "Công thức chuẩn cho 9 bánh 200 g: 25 lòng đỏ trứng muối (rửa bằng rượu trắng, thấm khô, nướng 160°C trong 7–10 phút), 250 g "
        "hạt sen tươi bỏ tâm, hấp chín, xay nhỏ, sên cùng bột bánh dẻo, bột bắp, sữa, đường bột, syrup ngô, whipping cream rồi vo "
        "viên; có thể nhân rộng theo tỷ lệ.",
    ),
    (
        "nSo077",
        "en",
        "redhouse",
        "Cantonese mooncake process: lotus paste, salted yolk, syrup dough",
        "Process training for Cantonese-style mooncakes: making lotus paste from dried lotus seeds, boiling or baking salted "
        "yolks, mixing syrup, lye water, oil and flour into a thin dough, wrapping yolk in paste and dough, pressing in "
        "patterned moulds and baking with an egg wash.",
    ),
    (
        "nSo078",
        "vi",
        "doc_nhantrung",
        "Phát triển bánh nhân ít đường cho người tiểu đường",
        "Đề tài phát triển sản phẩm bánh nhân trứng ít ngọt, năng lượng thấp: thay một phần tinh bột mì bằng tinh bột trơ, dùng đường "
        "ăn kiêng isomalt, aspartame, acesulfame K phối với glucose; hướng tới người ăn kiêng, béo phì, tiểu đường. Nhận chuyển giao "
        "công thức cho cơ sở bánh.",
    ),
    (
        "nSo079",
        "en",
        "bestlester",
        "Edible-ink printer for decorating mooncake tops",
        "Food decorating printer that prints artworks on mooncakes with edible ink, several designs or the same one at a "
        "time, for novelty and corporate orders.",
    ),
    (
        "nSo080",
        "vi",
        "langnghe_pia",
        "Tham quan di sản nghề làm bánh pía",
        "Giới thiệu nghề làm bánh pía được công nhận di sản văn hóa phi vật thể quốc gia năm 2020 và các lò bánh lâu đời, phục vụ "
        "tour tham quan làng nghề.",
    ),
    (
        "nSo081",
        "en",
        "dishitup",
        "Home mooncake recipe",
        "Home recipe for a small batch of mooncakes: golden syrup, lye water, oil and cake flour dough, lotus paste around a "
        "salted yolk, baked at 350°F for 20–25 minutes.",
    ),
    (
        "nSo082",
        "vi",
        "tmbg_pia",
        "Phát triển thị trường bánh pía gắn với du lịch",
        "Chương trình xúc tiến thương mại hỗ trợ cơ sở bánh pía mở rộng thị trường thông qua du lịch: đưa bánh vào điểm dừng chân, "
        "lễ hội, quà đặc sản; đa dạng hương vị sầu riêng, khoai môn, đậu xanh, trứng muối.",
    ),
    (
        "nSo083",
        "en",
        "peopledaily",
        "Guide to traditional mooncake fillings",
        "Cultural explainer on mooncake fillings: lotus seed paste, sweet bean pastes, five-kernel, salted egg yolk and "
        "jujube paste.",
    ),
    # ---------------- (D) sugar, syrups and sweeteners ----------------
    (
        "nSo084",
        "vi",
        "tcct_thotnot",
        "Hỗ trợ xây dựng thương hiệu đường thốt nốt",
        "Chương trình hỗ trợ xây dựng và bảo hộ thương hiệu tập thể cho đường thốt nốt của đồng bào Khmer: chuẩn hóa quy trình nấu "
        "từ mật hoa (mỗi cây cái cho 30–40 nhụy hoa), bao bì, nhãn hiệu, quảng bá tại điểm du lịch và hội chợ.",
    ),
    (
        "nSo085",
        "vi",
        "dhv_thotnot",
        "Quy trình đường thốt nốt sệt sạch, không chất bảo quản",
        "Chuyển giao quy trình của cơ sở đạt OCOP 4 sao: lấy nước từ cuống hoa thốt nốt vào sáng sớm để không chua, dùng ống hứng "
        "và que gỗ sến có vị đắng để hạn chế lên men, nấu 100% nước thốt nốt không pha trộn, không chất bảo quản, đóng hũ thủy "
        "tinh và bao bì thân thiện môi trường.",
    ),
    (
        "nSo086",
        "vi",
        "vov_thotnot",
        "Quầy giải khát nước thốt nốt và trái thốt nốt",
        "Mô hình quầy giải khát ven đường bán nước thốt nốt tươi và cùi trái thốt nốt cho khách du lịch trong mùa thu hoạch từ "
        "tháng 10 âm lịch đến tháng 4 năm sau.",
    ),
    (
        "nSo087",
        "vi",
        "tcct_thotnot",
        "Đan lát thủ công từ lá và thân cây thốt nốt",
        "Hướng dẫn tận dụng lá thốt nốt để lợp nhà, đan thảm, rổ rá, quạt và dùng thân cây làm vật dụng, tạo thêm thu nhập cho hộ "
        "có cây thốt nốt.",
    ),
    (
        "nSo088",
        "en",
        "ppp_palm",
        "Producer association model that buys all members' palm sugar",
        "Model from a palm sugar promotion association that acts as sole buyer of its members' sugar at a guaranteed price: "
        "before joining, producers sold at 4,000–5,000 riel per kilo; a family tapping 25 trees makes about 20 kg of sugar, "
        "and collectors earn 4,000 to nearly 6,000 dollars a season. We help set up the association and its buying rules.",
    ),
    (
        "nSo089",
        "en",
        "sovannak",
        "Improved stoves and hygiene training for palm sugar producers",
        "Social enterprise working with about 20,000 palm sugar families whose paste sugar comes from inefficient stoves and "
        "is of low quality. Producers are trained and supported until their production meets international hygiene and "
        "environmental standards, and receive a fair, steady price through the December–May season.",
    ),
    (
        "nSo090",
        "en",
        "kspa_news",
        "Geographical-indication quality scheme and producer traceability books",
        "Palm sugar GI association enrolling producers into a quality scheme: 83 new members in three months brought the total "
        "to 150 producers tapping 3,637 trees with a potential of about 250 tonnes a year. Training on the book of "
        "specifications, plus a producer book recording each member's production and sales for traceability.",
    ),
    (
        "nSo091",
        "en",
        "tasteatlas_palm",
        "Processing palm sugar into granules, paste, blocks and syrup",
        "Know-how for palm sugar made from palmyra sap collected December to May in bamboo containers and cooked in pans with "
        "no additives: producers finish it in four forms, granulated sugar, paste, block sugar or syrup, with a rich flavour "
        "and light brown colour.",
    ),
    (
        "nSo092",
        "vi",
        "thalias_palm",
        "Tour ẩm thực bánh Khmer dùng đường thốt nốt",
        "Tour trải nghiệm ẩm thực nông thôn Campuchia, thưởng thức bánh trôi nước đường thốt nốt và các món dân gian, tìm hiểu cây "
        "thốt nốt trên đồng lúa.",
    ),
    (
        "nSo093",
        "en",
        "cocentral",
        "Low-GI coconut blossom sugar supply",
        "Supply of coconut sugar made from the sap of the unopened coconut flower, sliced and collected in bamboo or shell "
        "containers, then boiled and concentrated into granules. Glycaemic index about 35 against about 68 for cane sugar; "
        "rich in magnesium, potassium, iron, zinc and B vitamins.",
    ),
    (
        "nSo094",
        "vi",
        "catmontree",
        "Quy trình nấu đường dừa dạng hạt từ nhựa hoa dừa",
        "Quy trình: thu nhựa hoa dừa, lọc, đun vừa lửa và khuấy đến khi đặc lại ở khoảng 115°C, nhấc khỏi bếp khi bắt đầu rất dính, "
        "tiếp tục đảo đến khi tạo hạt, để khô tự nhiên rồi đóng lọ, túi. Thành phần: sucrose khoảng 85,7%, đường khử 7,5%; GI 36.",
    ),
    (
        "nSo095",
        "vi",
        "philstar",
        "Kết quả nghiên cứu đường mật hoa dừa cho người tiểu đường",
        "Chia sẻ kết quả đo chỉ số đường huyết của đường từ nhựa hoa dừa là 35 (viện dinh dưỡng thuộc bộ khoa học công nghệ "
        "Philippines); đường thu được bằng cách cô đặc nhựa ngọt trong chảo hở rồi để nguội đông đặc; lưu ý chi phí sản xuất còn "
        "cao hơn các sản phẩm dừa khác.",
    ),
    (
        "nSo096",
        "en",
        "tawid",
        "Glycaemic index testing of coconut sugar",
        "Nutrition research institute offering glycaemic index testing on volunteers: its study on ten healthy adults found "
        "coconut sap sugar released glucose slowly, GI 35 ± 5, classed as low GI (below 55). Harvest time and processing "
        "method can change the GI, so each product should be tested.",
    ),
    (
        "nSo097",
        "vi",
        "indococo",
        "Cung cấp đường dừa chỉ số đường huyết thấp",
        "Cung cấp đường dừa sơ chế tối thiểu, màu caramel, vị như đường nâu; GI 35–54 nhờ chất xơ hòa tan inulin làm chậm hấp thu, "
        "so với đường kính 65–75; giữ khoáng sắt, kẽm, canxi, kali. Dùng được thay đường trong bánh, kẹo, đồ uống.",
    ),
    (
        "nSo098",
        "en",
        "benevelle",
        "Coconut nectar syrup and coco sugar from toddy",
        "Producer of coconut nectar and coco sugar derived from coconut toddy, with a glycaemic index of 35 compared with "
        "63–73 for cane sugar and 64 for honey; natural taste for diabetics and weight management.",
    ),
    (
        "nSo099",
        "en",
        "coconutsecret",
        "Low-temperature evaporated coconut nectar and crystals",
        "Coconut nectar and crystals made from fresh coconut sap by low-temperature evaporation only, with no further "
        "processing; very low natural glucose and fructose plus inulin keep the glycaemic index between 35 and 40 depending "
        "on batch, season, location and soil.",
    ),
    (
        "nSo100",
        "vi",
        "wiki_mhd",
        "Chuyển giao kỹ thuật khai thác mật hoa dừa",
        "Kỹ thuật khai thác mật hoa dừa: chọn cây từ 6 năm tuổi đang cho trái, ưu tiên dừa lai và dừa lấy dầu; mật chứa sucrose "
        "14,8–16,6%, nhiều kali, magiê, kẽm, sắt, vitamin nhóm B, GI khoảng 35. Hướng tới sản phẩm đường, mật thay thế đường truyền "
        "thống, góp phần thích ứng hạn mặn.",
    ),
    (
        "nSo101",
        "vi",
        "nglpg",
        "Cung cấp đường ăn kiêng cho sản xuất thực phẩm",
        "Nhà cung cấp nguyên liệu phân phối các loại đường ăn kiêng ít hoặc không calo cho thực phẩm, dược, mỹ phẩm: so sánh ưu "
        "nhược điểm, liều dùng, phụ gia đi kèm, hỗ trợ kiểm soát cân nặng, đường huyết, không gây sâu răng.",
    ),
    (
        "nSo102",
        "vi",
        "maydecor",
        "Tư vấn chất ngọt GI thấp cho bếp bánh",
        "Giới thiệu 5 chất ngọt phù hợp người tiểu đường cho bếp gia đình và mô hình F&B: stevia GI 0, không calo, bền nhiệt; "
        "chiết xuất la hán; lưu ý hậu vị đắng khi quá liều và cách phối trộn.",
    ),
    (
        "nSo103",
        "vi",
        "nsca_stevia",
        "Cung cấp chất tạo ngọt stevia (Reb A)",
        "Phân phối stevia chiết xuất từ lá cỏ ngọt, ngọt gấp 200–300 lần đường, không calo, không tăng đường huyết; thành phần "
        "Rebaudioside A ít đắng, được FDA, EFSA, JECFA công nhận an toàn. Hướng dẫn liều dùng trong bánh, đồ uống.",
    ),
    (
        "nSo104",
        "vi",
        "nsca_ctn",
        "Chất tạo ngọt chịu nhiệt cho bánh kẹo: isomalt, erythritol, sucralose",
        "Cung cấp và tư vấn phối chất tạo ngọt cho bánh kẹo: isomalt từ củ cải đường ổn định nhiệt, độ ngọt thấp hơn đường, hợp kẹo "
        "cứng; erythritol, xylitol không gây sâu răng; sucralose (E955) ngọt khoảng 600 lần, bền nhiệt; acesulfame K phối cùng. "
        "Kèm bảng ưu nhược điểm và mức an toàn.",
    ),
    (
        "nSo105",
        "vi",
        "kienthuc_ctn",
        "Tư vấn lựa chọn chất tạo ngọt an toàn và ghi nhãn",
        "Tư vấn phân biệt chất tạo ngọt tự nhiên (stevia, la hán, đường dừa, đường thốt nốt) và nhân tạo (aspartame, sucralose, "
        "saccharin, acesulfame K, cyclamate), cách ghi mã phụ gia E951, E955, E960 trên bao bì và mức dùng hợp lý.",
    ),
    (
        "nSo106",
        "vi",
        "h2chem",
        "Phân phối chất tạo ngọt có calo và không calo",
        "Công ty hóa chất thực phẩm phân phối chất tạo ngọt: nhóm có calo (đường tinh luyện, polyol như xylitol, sorbitol, 2–4 "
        "kcal/g) và nhóm không calo ngọt gấp hàng trăm lần; hướng dẫn nhận biết trên bao bì.",
    ),
    (
        "nSo107",
        "en",
        "fbn_rare",
        "Rare sugars and the added-sugar labelling exemption",
        "Regulatory and formulation advice on rare sugars: since 2019 the US FDA lets allulose be left out of carbohydrate, "
        "sugar and added-sugar declarations on the Nutrition Facts label, and other non-traditional sugars may follow. "
        "Review of their slower absorption, lower calories and glycaemic response.",
    ),
    (
        "nSo108",
        "en",
        "tate",
        "Allulose ingredient for sugar-reduced treats",
        "Ingredient company supplying allulose, a rare sugar found in figs and raisins and made from corn, beet or cane "
        "carbohydrates, giving sugar's taste and texture with few calories; exempt from total and added sugars on US and "
        "Mexican labels. Application support for sweets.",
    ),
    (
        "nSo109",
        "en",
        "sfi_polyol",
        "Polyols for one-to-one sugar replacement in confectionery",
        "Supply of bulk sweeteners (sorbitol, mannitol, maltitol, isomalt, lactitol, xylitol, erythritol) that replace sucrose "
        "at a 1:1 ratio with about 2.4 kcal/g (erythritol 0), much less prone to cause tooth decay, and also act as bulking "
        "agents, humectants and texturisers.",
    ),
    (
        "nSo110",
        "en",
        "calorie_allulose",
        "Allulose for hard and soft candies",
        "Allulose, a low-calorie sugar with about 90% fewer calories than sugar and GRAS status, may be used in hard and soft "
        "candies, chewing gum, cakes, pastries, fillings and sweet sauces; it is absorbed but not metabolised and does not "
        "raise blood glucose or insulin.",
    ),
    (
        "nSo111",
        "en",
        "toothfriendly",
        "Tooth-friendly sugar-free sweets with polyols",
        "Tooth-friendly certification and advice for sugar-free sweets using polyols (erythritol, isomalt, lactitol, "
        "maltitol, mannitol, sorbitol, xylitol): fewer calories, low glycaemic response, no tooth damage; a laxative warning "
        "is advised as intakes of about 50 g a day can cause effects.",
    ),
    (
        "nSo112",
        "en",
        "fbn_opp",
        "Formulating 'no added sugar' confectionery and baked goods",
        "Formulation service for no-added-sugar claims in indulgent categories such as confectionery and sweet baked goods, "
        "combining allulose, stevia and monk fruit, inulin and erythritol, in view of the mandatory US added-sugar labelling "
        "from 2020.",
    ),
    (
        "nSo113",
        "en",
        "visualfoodie",
        "Reformulating cakes with stevia blends",
        "Recipe development for stevia-sweetened cakes: stevia brings sweetness but not bulk, moisture or caramelisation, so "
        "we pair a high-purity Reb A blend with suitable fat and flour (for example almond flour and avocado oil) to restore "
        "crumb and moisture.",
    ),
    (
        "nSo114",
        "en",
        "info2health",
        "Stevia baking conversion and bulking guide",
        "Practical guide: 1 cup of sugar equals about 1 teaspoon of stevia powder or half a teaspoon of liquid; use baking "
        "blends with erythritol for 1:1 use; restore bulk with fruit purée, yoghurt or pumpkin; combine with allulose for "
        "browning; test small batches.",
    ),
    (
        "nSo115",
        "en",
        "acd_stevia",
        "Test baking of sugar substitutes in cake batter",
        "Cake science test service: a cake made with 8 oz of a granulated stevia product in place of sugar was dense, hard, "
        "gummy and bitter; we run side-by-side bakes to show how far a recipe must be revised beyond a straight swap.",
    ),
    (
        "nSo116",
        "vi",
        "eatsip",
        "Kỹ thuật làm bánh bông lan stevia mềm ẩm",
        "Chuyển giao kỹ thuật bánh ngọt dùng stevia: không thể thay đường 1:1 vì đường giữ ẩm, tạo độ xốp và màu; bổ sung táo nghiền "
        "không đường và thêm một lòng đỏ trứng để bù ẩm, chất béo và lecithin, giúp ruột bánh mềm, không khô đặc.",
    ),
    (
        "nSo117",
        "en",
        "doc_aspartame",
        "Aspartame stability in soft drinks",
        "Technical note on aspartame in beverages: solubility about 60 g per litre at 20°C, most stable near pH 4.3 with a "
        "half-life of nearly 300 days, only days at pH 7; often blended with saccharin in long-life drinks.",
    ),
    (
        "nSo118",
        "vi",
        "utemshop",
        "Kiến thức dinh dưỡng về đường cho người tập luyện",
        "Bài dinh dưỡng cơ bản cho người tập thể hình: phân biệt đường tự nhiên và đường bổ sung, glucose, fructose, sucrose, siro, "
        "mật ong và lời khuyên hạn chế đường.",
    ),
    # ---------------- (E) hygiene, mould, certificates and labelling ----------------
    (
        "nSo119",
        "en",
        "bulka",
        "Mould-free bakery practices: humidity, UV and FIFO",
        "Advisory on keeping bakeries mould-free: dry tools and baskets thoroughly (ideally with residual oven heat), clean "
        "equipment and storage regularly and sanitise air handling, keep humidity below 50% with dehumidifiers and "
        "ventilation, inspect for mould, install UV lamps in high-volume plants and rotate ingredients first in, first out.",
    ),
    (
        "nSo120",
        "en",
        "bakingbiz",
        "Mould control programme with HVAC sanitation",
        "Sanitation consultancy building a mould control programme that cuts consumer complaints: self-inspections for mould "
        "sources (HVAC drain pans, ductwork, ceiling tiles, damp walls, cooling tunnels); washing and sanitising air intake "
        "and exhaust units, the main source of spores; finest-porosity filters; no moving air aimed at product.",
    ),
    (
        "nSo121",
        "vi",
        "moeheat",
        "Vệ sinh hệ thống thông gió, điều hòa chống mốc cho xưởng bánh",
        "Dịch vụ kiểm tra và vệ sinh hệ thống thông gió, điều hòa cho xưởng bánh: bào tử mốc theo không khí, nước rò rỉ và hoạt "
        "động của công nhân; kiểm soát ẩm, bảo trì thiết bị làm lạnh, vệ sinh ống gió, khay nước ngưng để ngăn mốc và tránh bị "
        "thu hồi sản phẩm.",
    ),
    (
        "nSo122",
        "en",
        "eska",
        "Hygiene practices for bakery staff and visitors",
        "Training on hygiene in bakery production: regular cleaning and disinfection of areas and equipment, dedicated "
        "production clothing not worn in break areas, hand washing, controlled visitor entry with protective measures, and "
        "clean, dry, tightly closed storage.",
    ),
    (
        "nSo123",
        "vi",
        "adfca",
        "Nguyên tắc chống mốc cho bánh nướng",
        "Hướng dẫn của cơ quan kiểm soát thực phẩm: dọn sạch bề mặt và vụn bánh, thông gió tốt để chống ngưng tụ và ẩm, không gói "
        "bánh khi còn nóng vì hơi nước ngưng đẩy nhanh mốc, đông lạnh nếu cần giữ lâu; nhận biết mốc theo màu (xanh Penicillium, "
        "đen Aspergillus, Rhizopus, hồng Monilia).",
    ),
    (
        "nSo124",
        "en",
        "ilove_mould",
        "Preventing post-bake mould contamination during cooling and wrapping",
        "Research-based service for bakeries: the main spoilage moulds (Penicillium, Aspergillus, Eurotium, Cladosporium) "
        "reach bakery products during post-baking cooling, finishing and wrapping in plastic bags. We audit these steps and "
        "design clean cooling and packing areas.",
    ),
    (
        "nSo125",
        "vi",
        "bakeryacad",
        "Đào tạo về các dạng hư hỏng do nấm mốc ở bánh",
        "Khóa học trực tuyến cho cơ sở bánh về các kiểu hư hỏng làm giảm hạn dùng: nấm mốc là vấn đề lớn nhất, gây tổn thất nguyên "
        "liệu và thành phẩm, ưa sản phẩm có hoạt độ nước cao như bánh mì, bánh ngọt, kem.",
    ),
    (
        "nSo126",
        "en",
        "bakerpedia",
        "HACCP plan template and technical paper for bakeries",
        "Downloadable technical paper and template for a bakery HACCP plan: trained HACCP team, product description "
        "(allergens, water activity, pH, preservatives, processing technology), intended use, process flow diagrams, hazard "
        "analysis chart, CCP identification and a HACCP control chart covering principles 3 to 7.",
    ),
    (
        "nSo127",
        "vi",
        "asbe",
        "Hướng dẫn xây dựng kế hoạch HACCP cho lò bánh",
        "Hướng dẫn của hiệp hội kỹ thuật làm bánh: kế hoạch HACCP gắn với từng sản phẩm và dây chuyền, tập trung vào mối nguy mà "
        "chương trình tiên quyết và GMP không kiểm soát được; ví dụ nhóm HACCP gồm quản lý chất lượng, sản xuất, bảo trì và cố vấn.",
    ),
    (
        "nSo128",
        "vi",
        "template_haccp",
        "Mẫu kế hoạch HACCP cho cơ sở bánh",
        "Mẫu kế hoạch HACCP chỉnh sửa trực tuyến: phạm vi từ nhận nguyên liệu, trộn, nướng, làm nguội, đóng gói đến phân phối; "
        "phân tích mối nguy sinh học (vi khuẩn từ trứng, sữa, bột; mốc), hóa học, vật lý; điểm kiểm soát tới hạn tại khâu nhận "
        "nguyên liệu, nướng và làm nguội; thủ tục giám sát.",
    ),
    (
        "nSo129",
        "en",
        "eastafrica",
        "Plain-language HACCP coaching for small bakeries",
        "Coaching that makes HACCP practical for small bakeries: spotting risks such as metal shavings, salmonella in eggs or "
        "nut cross-contact, stopping them at baking, cooling and packing, with the seven principles explained simply; notes "
        "that most food recalls stem from undeclared allergens or contamination.",
    ),
    (
        "nSo130",
        "en",
        "gain_43",
        "English summary of Vietnam's goods labelling decree",
        "Unofficial English summary and translation of Decree 43/2017/ND-CP on goods labelling, covering food, beverages and "
        "agricultural inputs produced or imported in Vietnam; in force from 1 June 2017, replacing Decree 89/2006.",
    ),
    (
        "nSo131",
        "vi",
        "lawyer24h",
        "Tư vấn nội dung nhãn bắt buộc theo Nghị định 43/2017",
        "Dịch vụ pháp lý hướng dẫn ghi nhãn: tên hàng, tổ chức chịu trách nhiệm, xuất xứ; với thực phẩm phải có định lượng, ngày "
        "sản xuất, hạn sử dụng, cảnh báo; quy định nhãn phụ và thời hạn dùng tiếp nhãn in trước ngày 1/6/2017 đến 1/6/2019.",
    ),
    (
        "nSo132",
        "en",
        "agrifood_label",
        "Food label checklist for Vietnam",
        "Checklist of mandatory Vietnamese label items: product name, ingredients, quantity, production and expiry dates in "
        "DD-MM-YY, use and storage instructions, responsible organisation, origin, certificate or declaration number, safety "
        "warnings; additives with class name, international code and 'for food use'.",
    ),
    (
        "nSo133",
        "vi",
        "prodcomp",
        "Cập nhật nghị định sửa đổi về nhãn hàng hóa",
        "Cập nhật cho doanh nghiệp về nghị định sửa đổi, bổ sung Nghị định 43/2017: nội dung nhãn bắt buộc bằng tiếng Việt gồm tên "
        "hàng, tổ chức chịu trách nhiệm, xuất xứ và các nội dung riêng theo loại hàng; quy định nhãn cho hàng nhập khẩu.",
    ),
    (
        "nSo134",
        "en",
        "medibase",
        "Food labelling and self-declaration guidance",
        "Regulatory guide to food labels in Vietnam: Decree 43/2017 framework plus food-specific items under the Food Safety "
        "Law and Decree 15/2018; ingredient list with additives by function and INS number, net content, dates, storage, "
        "producer, origin, lot, self-declaration number, and declaration of major allergens such as egg, milk, peanut and gluten.",
    ),
    (
        "nSo135",
        "vi",
        "docslib_34",
        "Hướng dẫn ghi nhãn thực phẩm bao gói sẵn và phụ gia",
        "Tóm tắt Thông tư liên tịch 34/2014 hướng dẫn ghi nhãn thực phẩm bao gói sẵn, phụ gia và chất hỗ trợ chế biến, áp dụng cho "
        "bánh kẹo, đồ ăn vặt, siro và chất tạo ngọt…; không áp dụng cho thực phẩm tươi sống bán trực tiếp.",
    ),
    (
        "nSo136",
        "en",
        "mondaq",
        "Overview of Vietnamese food law for food businesses",
        "Law firm guide to Vietnam's food regulation: no single food law, two overlapping sets of rules under the Law on "
        "Product and Goods Quality and the Law on Food Safety, the ministries involved (health, agriculture, industry and "
        "trade), national standards (TCVN), voluntary standards (TCCS), GMP and HACCP.",
    ),
    (
        "nSo137",
        "vi",
        "congbo15",
        "Dịch vụ tự công bố sản phẩm thực phẩm theo Nghị định 15/2018",
        "Đơn vị tư vấn nhận làm thủ tục tự công bố chất lượng sản phẩm thực phẩm theo Nghị định 15/2018/NĐ-CP: chuẩn bị hồ sơ, "
        "kiểm nghiệm chỉ tiêu, đăng tải bản tự công bố.",
    ),
    (
        "nSo138",
        "vi",
        "chungchi_attp",
        "Dịch vụ xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Tư vấn giấy chứng nhận vệ sinh an toàn thực phẩm cho cơ sở sản xuất: giải thích loại giấy, hồ sơ, trình tự xin cấp và chuẩn "
        "bị cơ sở đạt điều kiện trước khi thẩm định.",
    ),
    (
        "nSo139",
        "vi",
        "congbo_pg",
        "Thủ tục công bố phụ gia, hương liệu thực phẩm",
        "Hướng dẫn thủ tục công bố sản phẩm phụ gia, hương liệu thực phẩm theo Nghị định 15/2018 dành cho đơn vị sản xuất, nhập khẩu "
        "phụ gia.",
    ),
    (
        "nSo140",
        "vi",
        "hoatieu75",
        "Văn bản phí thẩm định an toàn thực phẩm",
        "Tải văn bản Thông tư 75/2020/TT-BTC sửa đổi Thông tư 279/2016 về phí trong công tác an toàn vệ sinh thực phẩm.",
    ),
    # ---------------- (F) packaging, gift boxes, selling online and to supermarkets ----------------
    (
        "nSo141",
        "en",
        "wfsun",
        "Retail confectionery packaging for hot and humid supply chains",
        "Packaging maker for confectionery brands and private-label buyers: candy packs designed against moisture pick-up, "
        "sticking and deformation in hot climates, separation of mixed products in the box, impact during transport and "
        "visibility on crowded supermarket shelves.",
    ),
    (
        "nSo142",
        "en",
        "davpack",
        "Protective confectionery packaging: boxes, inserts, jars and wraps",
        "Packaging supplier for new bakeries and confectionery businesses: cardboard containers and inserts, glass jars, "
        "plastic tubs, waxed paper, foil, twist and roll wrappers, chosen so products arrive intact, look appealing and "
        "open easily.",
    ),
    (
        "nSo143",
        "vi",
        "tcsn",
        "Thiết kế bao bì quà tặng cao cấp cho bánh kẹo",
        "Dịch vụ thiết kế bao bì bánh kẹo cao cấp: phân rõ bao bì trực tiếp (bảo vệ) và bao bì ngoài (kể chuyện thương hiệu, quà tặng); "
        "màu đỏ, vàng cho thị trường châu Á; phiên bản giới hạn theo mùa với ép kim, dập nổi; hệ thống thiết kế dễ bản địa hóa.",
    ),
    (
        "nSo144",
        "vi",
        "americanpack",
        "Hộp carton, hộp bonbonniere cho kẹo",
        "Sản xuất bao bì kẹo theo yêu cầu: túi giấy kraft hình phễu, hộp bonbonniere đựng kẹo, hộp carton giá hợp lý, đa năng; nhận "
        "đơn nhỏ cho cơ sở nhỏ.",
    ),
    (
        "nSo145",
        "en",
        "legend11",
        "Eco-friendly materials for confectionery packaging",
        "Packaging consultancy on sustainable confectionery packs that still protect against moisture, oxygen and damage: "
        "recyclable and paper-based materials, e-commerce suitability, and balancing cost, compliance and shelf appeal.",
    ),
    (
        "nSo146",
        "en",
        "confnews",
        "Stand-up pouches and contract packing for candy retailers",
        "Retail packaging service: stand-up pouches, which work like a small billboard on the shelf and are among the fastest "
        "growing pack types, and links to contract packers for makers who cannot invest in their own line.",
    ),
    (
        "nSo147",
        "vi",
        "allcontract",
        "Đóng gói gia công bánh kẹo",
        "Dịch vụ đóng gói gia công bánh kẹo: túi nhựa, hộp, giấy gói bảo vệ và giữ độ tươi; ghi nhãn dinh dưỡng, thành phần, cảnh "
        "báo dị ứng; có lựa chọn vật liệu phân hủy sinh học, giấy.",
    ),
    (
        "nSo148",
        "vi",
        "intot",
        "Thiết kế và in hộp giấy",
        "Xưởng in nhận thiết kế và sản xuất hộp giấy cho sản phẩm: mẫu mã bắt mắt, sáng tạo để thu hút người mua, chi phí thấp; "
        "phù hợp hộp quà, hộp bánh kẹo.",
    ),
    (
        "nSo149",
        "en",
        "vnvn_ocop",
        "Bringing OCOP products into the Co.opmart supermarket system",
        "Connection programme between the provincial OCOP scheme and Co.opmart: the chain sells over 25,000 products, about "
        "95% Vietnamese, and already carries nearly 30 OCOP products of one province in three stores; support for producers "
        "to meet listing requirements and join promotions.",
    ),
    (
        "nSo150",
        "vi",
        "thsp_retail",
        "Kết nối sản phẩm địa phương với chuỗi bán lẻ hiện đại",
        "Chương trình kết nối cung cầu giữa doanh nghiệp địa phương và các chuỗi Co.opmart, Co.op Food, Bách Hóa Xanh, MM Mega "
        "Market, Central Retail; ví dụ 56 sản phẩm OCOP của 22 chủ thể ở một tỉnh đã được phân phối qua siêu thị và cửa hàng.",
    ),
    (
        "nSo151",
        "vi",
        "nhandan_ocop",
        "Tổ chức chợ phiên OCOP trên TikTok",
        "Tổ chức chợ phiên livestream đưa đặc sản, sản phẩm OCOP lên sàn thương mại điện tử qua TikTok: một phiên bốn giờ với hơn 20 "
        "sản phẩm thu hút 20,7 triệu lượt tiếp cận, hơn 578 nghìn người xem trực tiếp, doanh thu hơn 750 triệu đồng.",
    ),
    (
        "nSo152",
        "en",
        "tienphong_live",
        "Livestream selling training for local producers",
        "Youth union programme training local officers and young people as streamers who present and sell OCOP and craft "
        "village products live on social media: preparing phones and props, scripts on origin and nutrition, and closing "
        "orders.",
    ),
    (
        "nSo153",
        "vi",
        "shopadf",
        "Ngày hội chuyển đổi số bán sản phẩm OCOP qua mạng xã hội",
        "Tổ chức ngày hội ứng dụng chuyển đổi số, quảng bá sản phẩm OCOP qua thương mại điện tử và mạng xã hội, với hơn 80 KOC, KOL, "
        "TikToker trải nghiệm và bán 66 sản phẩm OCOP.",
    ),
    (
        "nSo154",
        "en",
        "baoth_ocop",
        "OCOP producers joining forces for team livestreams and fairs",
        "Support for OCOP producers to sell together: joint livestreams on digital platforms, shared trade fair booths and "
        "mutual learning on packaging and labels, for small subjects with limited capital and staff.",
    ),
    (
        "nSo155",
        "vi",
        "viettimes_live",
        "Livestream bán hải sản đặc sản biển đảo",
        "Phiên livestream bán hải sản khô, tươi của ngư dân đảo tại hội chợ OCOP, phát trên Facebook, chốt đơn trực tiếp và giao "
        "hàng ướp lạnh.",
    ),
    (
        "nSo156",
        "vi",
        "xanhmarket",
        "Hỗ trợ tham gia chương trình OCOP",
        "Giới thiệu chương trình mỗi xã một sản phẩm (OCOP), tiêu chí đánh giá xếp hạng sao và lợi ích khi tham gia; hỗ trợ chủ thể "
        "chuẩn bị hồ sơ sản phẩm.",
    ),
    (
        "nSo157",
        "en",
        "packworld_shrink",
        "Shrink-wrap bundling system for 48-count candy bar retail packs",
        "Shrink wrapper that bundles two 24-count trays of large candy bars into one 48-count retail pack, with ink-jet "
        "coding and metal detection, built for a multinational confectioner supplying national retailers.",
    ),
    # ---------------- further distractors ----------------
    (
        "nSo158",
        "en",
        "doc_chaca",
        "Fish cake processing from freshwater reservoir fish",
        "University thesis process for fish cake (chả cá) from freshwater fish: raw material handling, forming, frying and "
        "quality factors, with reference to national standards.",
    ),
    (
        "nSo159",
        "en",
        "justpaste",
        "Home-baker's blog on lotus paste mooncakes",
        "Blog recipe for lotus paste and salted yolk mooncakes with tips, warning that some commercial pastes contain cheap "
        "white beans and that shop mooncakes were baked months earlier.",
    ),
    (
        "nSo160",
        "en",
        "yida_ultimate",
        "Tandoor and pizza ovens for restaurants",
        "Restaurant equipment supplier offering clay tandoor ovens for naan and grilled meats and stone-deck pizza ovens for "
        "Neapolitan pizza and flatbreads.",
    ),
    (
        "nSo161",
        "vi",
        "phunu_tantru",
        "Cơ sở bánh tét gia truyền nhận đặt bánh",
        "Cơ sở bánh tét gia truyền hàng chục năm ở Long An nhận đặt bánh tét các loại dịp Tết, giao tận nơi.",
    ),
    (
        "nSo162",
        "en",
        "hoatieu01",
        "List of goods liable to cause unsafety under labour regulations",
        "Download of the 2021 labour ministry circular listing products and goods liable to cause unsafety, such as "
        "machinery and protective equipment subject to inspection.",
    ),
]
