"""Needs for holdout157: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- coir mattresses ---
    (
        "oCn01",
        "vi",
        "tv_utmung",
        "Mở dòng tấm xơ dừa tráng cao su làm lõi nệm từ xưởng dệt thảm",
        "Công ty chúng tôi ở ấp Đại Đức, xã Đức Mỹ (Càng Long) thành lập năm 2005, đang dệt thảm xơ dừa đạt OCOP 3 sao "
        "và xuất sang Nhật Bản, Hàn Quốc, Đài Loan. Xơ ngắn còn dư nhiều nên muốn làm thêm tấm xơ dừa tráng cao su để bán "
        "cho xưởng nệm. Cần quy trình uốn xoăn xơ, phun mủ cao su, lưu hóa, ép tấm và cách phân hạng độ cứng sản phẩm.",
        {"oCo001": 2, "oCo004": 2, "oCo002": 1, "oCo003": 1, "oCo005": 1, "oCo010": 1},
    ),
    (
        "oCn02",
        "en",
        "nn_utmung",
        "Firmness grading of rubberised coir sheets for export buyers",
        "Our coir workshop in Càng Long takes in about 36,000 coconuts a day and ships close to 300 tonnes of brown coir "
        "mats a month to Japan, China, Korea, Taiwan and Malaysia. Some buyers now want rubberised coir sheets for "
        "mattresses and ask for a firmness grade and density on each lot. We need a laboratory that can measure "
        "indentation hardness and sort our sheets into soft, medium, firm and extra-firm grades.",
        {"oCo002": 2, "oCo001": 1, "oCo003": 1, "oCo057": 1, "oCo058": 1, "oCo059": 1, "oCo060": 1},
    ),
    (
        "oCn03",
        "vi",
        "pozv",
        "Can tu van lam nem xo dua cho tre so sinh",
        "Co so may nem nho o Tra Cu muon lam nem cho em be co lop xo dua. Nghe noi lop xo dua cang day thi nem cang cung, "
        "ket hop voi vat lieu khac de ra do cung vua, cao, rat cao. Khong biet nen lam lop xo dua day bao nhieu, co nen "
        "tron cao su khong de nem vua cung vua thoang, be nam khong bi nong, khong am moc. Xin tu van thiet ke.",
        {"oCo006": 2, "oCo007": 2, "oCo003": 1, "oCo005": 1},
    ),
    (
        "oCn04",
        "en",
        "realapex",
        "Switch from pressed coir to latex-bonded coir mattresses",
        "Our cooperative in Tiểu Cần makes low-priced mattresses from pressed coir. They are stiff, wear out quickly and "
        "customers compare them badly with latexed coir, which smells of rubber but keeps its shape. We want to move to "
        "coir impregnated with natural latex, perhaps 50/50, or 70/30 for the stiffer models, and need the process, the "
        "equipment and advice on how much latex to use.",
        {"oCo001": 2, "oCo004": 2, "oCo003": 2, "oCo005": 1, "oCo002": 1},
    ),
    (
        "oCn05",
        "vi",
        "niko",
        "Xơ dừa ngâm nước lợ bị nhiễm mặn, cần khử mặn trước khi ép tấm nệm",
        "HTX ở Cầu Ngang ngâm vỏ dừa trong kênh nước lợ rất lâu, có mẻ tới 10 tháng, rồi tước xơ và phơi. Xơ ngắn xoăn "
        "dùng làm tấm đệm nhưng còn nhiều muối nên khó khô, tấm đệm hút ẩm và có mùi. Cần quy trình rửa khử mặn, sấy và "
        "phân loại xơ trước khi đưa vào ép tấm và phun mủ.",
        {"oCo008": 2, "oCo010": 1, "oCo004": 1},
    ),
    (
        "oCn06",
        "en",
        "indochina",
        "Add value to baled coir fibre by making mattress pads",
        "Our husk-processing yard in Châu Thành separates about 7 tonnes of coir pith and 2 tonnes of fibre a day. Pith "
        "sells in 10 kg bags, but baled fibre only brings 2.5 to 3 million VND a tonne for export. Instead of selling "
        "bales we would like to curl, felt and latex-bond the fibre into mattress pads ourselves.",
        {"oCo004": 2, "oCo001": 2, "oCo005": 1, "oCo003": 1},
    ),
    (
        "oCn07",
        "vi",
        "kadolis",
        "Tấm lót xơ dừa thoáng khí đặt dưới nệm nằm sát nền nhà",
        "Nhà tôi ở Trà Cú, nền lát gạch, cả nhà ngủ nệm bông đặt thẳng xuống sàn nên mặt dưới nệm hay ẩm và lên mốc. "
        "Nghe nói xơ dừa không giữ ẩm, thông khí tốt nên hạn chế nấm mốc. Muốn tìm loại tấm xơ dừa cao su lót dưới nệm "
        "cho thoáng, biết cách đặt và có cần lót vải giữa hai lớp không.",
        {"oCo009": 2, "oCo103": 1},
    ),
    (
        "oCn08",
        "vi",
        "geiworks",
        "Tận dụng xơ dừa ngắn ('xơ nệm') của nhà vườn làm tấm đệm",
        "HTX trồng dừa ở Cầu Kè có nhiều vỏ dừa. Được biết vỏ được ngâm cho mềm rồi tách xơ; xơ dài cứng dùng làm lưới, "
        "thảm, còn xơ ngắn thường gọi là xơ nệm chỉ dùng để nhồi. Chúng tôi muốn chế biến phần xơ ngắn này thành tấm đệm "
        "xơ dừa cho nệm: tách xơ bằng máy, uốn xoăn, ép tấm, phủ cao su.",
        {"oCo001": 2, "oCo004": 2, "oCo010": 1, "oCo008": 1, "oCo005": 1},
    ),
    # --- latex mattresses and pillows ---
    (
        "oCn09",
        "vi",
        "chuthapdo",
        "Sản xuất thử nệm, gối cao su thiên nhiên quy mô nhỏ",
        "Cơ sở ở Tam Bình muốn làm nệm và gối 100% cao su thiên nhiên dạng bọt, có cấu trúc bọt hở thoáng khí, không pha "
        "phụ gia độn, để khác hàng nệm cao su nhân tạo đang bán tràn lan. Cần quy trình đánh bọt mủ, đổ khuôn, lưu hóa, "
        "rửa, sấy và kiểm tra chất lượng phù hợp quy mô nhỏ.",
        {"oCo018": 2, "oCo019": 2, "oCo024": 1, "oCo021": 1, "oCo020": 1},
    ),
    (
        "oCn10",
        "en",
        "plushbeds",
        "Dunlop or Talalay for a new latex topper line",
        "A furniture maker in Vĩnh Long city is planning latex toppers. Buyers ask whether the latex is Dunlop or Talalay "
        "and whether it carries GOLS organic certification. We understand Dunlop is poured into the mould in one go and "
        "ends up denser at the bottom. We need to know which process we could run locally and how to produce soft and "
        "firm grades consistently.",
        {"oCo019": 2, "oCo020": 2, "oCo021": 1, "oCo022": 1, "oCo018": 1},
    ),
    (
        "oCn11",
        "vi",
        "giacnguemai",
        "Phân biệt nệm cao su thiên nhiên với nệm cao su nhân tạo (PU)",
        "Đại lý nệm ở Bình Minh bị khách phàn nàn vì mua nệm gọi là cao su thiên nhiên nhưng thực ra là PU pha phụ gia, "
        "giá rẻ hơn nhiều. Chúng tôi cần cách kiểm tra khi nhập hàng: nhận biết cấu trúc bọt hở, độ đàn hồi, và có đơn vị "
        "xác định tỷ lệ cao su thiên nhiên trong nệm hay không.",
        {"oCo023": 2, "oCo020": 2, "oCo021": 1},
    ),
    (
        "oCn12",
        "en",
        "hoachat",
        "Steady supply of centrifuged latex concentrate for foam",
        "A latex-foam start-up in Trà Vinh city needs concentrated latex made by disc centrifuge, either high-ammonia or "
        "low-ammonia, with certified total solids, dry rubber content, mechanical stability and volatile fatty acid "
        "values, so that every foam batch behaves the same.",
        {"oCo024": 2, "oCo018": 1},
    ),
    (
        "oCn13",
        "vi",
        "ef_compress",
        "Dong goi nem cuon hut chan khong ban online",
        "Xuong nem o Long Ho muon ban nem qua mang, nen can nen, hut chan khong roi cuon nem cho gon de gui xe. So nen qua "
        "muc lam nem bi xep vinh vien, mat do phong, nhat la nem cao su va nem co lo xo. Can may cuon nem va thong so nen "
        "toi da cho tung loai nem.",
        {"oCo027": 2, "oCo028": 2, "oCo029": 2},
    ),
    (
        "oCn14",
        "en",
        "organicmp",
        "Zoned latex mattresses for a boutique hotel",
        "A boutique hotel in Trà Vinh city wants latex mattresses made to order: a dense Dunlop layer for guests with back "
        "pain and a softer Talalay layer for side sleepers, with the option of swapping a layer later instead of "
        "replacing the whole mattress.",
        {"oCo022": 2, "oCo019": 2, "oCo020": 1, "oCo021": 1},
    ),
    # --- polyurethane foam ---
    (
        "oCn15",
        "vi",
        "muazi",
        "Đầu tư dây chuyền mút xốp PU cho xưởng nệm và sofa",
        "DN ở TP Vĩnh Long muốn sản xuất mút xốp PU (phản ứng polyol với isocyanate) để cung cấp cho các xưởng nệm và ghế "
        "sofa trong tỉnh thay vì mua từ TP.HCM. Cần công nghệ tạo khối bọt liên tục, cách chỉnh công thức để ra các tỷ "
        "trọng và độ cứng khác nhau.",
        {"oCo031": 2, "oCo030": 2, "oCo032": 1, "oCo035": 1},
    ),
    (
        "oCn16",
        "en",
        "vn_pufoam",
        "Foam mattresses sagging: density and hardness specifications",
        "We make polyurethane foam mattresses in Vũng Liêm, some with a memory-foam top layer. Customers complain of "
        "sagging and body impressions. We want a written specification for minimum foam density and hardness, and a "
        "simple way to check incoming foam blocks.",
        {"oCo030": 2, "oCo034": 2, "oCo032": 2, "oCo057": 1, "oCo058": 1, "oCo059": 1, "oCo060": 1},
    ),
    (
        "oCn17",
        "en",
        "allinfo",
        "Cutting foam blocks into mattress layers and toppers",
        "A small workshop in Cầu Kè buys cured foam blocks and builds mattresses from a base, a support and a comfort "
        "layer glued together. Hand cutting is wasteful and uneven. We want to slice and contour blocks accurately, "
        "including egg-crate toppers.",
        {"oCo035": 2, "oCo032": 2, "oCo038": 1, "oCo036": 1},
    ),
    (
        "oCn18",
        "vi",
        "pokerowned",
        "Cơ giới hóa khâu chần gòn và may viền nệm",
        "Cơ sở may nệm bông ở Trà Ôn vẫn làm tay mọi khâu: may vỏ, chần gòn, may viền, nên chậm và mỗi tấm mỗi khác. "
        "Muốn đầu tư máy chần nhiều kim và máy may viền (tape edge) phù hợp vải dày, cần tư vấn chọn máy.",
        {"oCo036": 2, "oCo037": 2, "oCo038": 1},
    ),
    (
        "oCn19",
        "en",
        "shreehari",
        "Fire-retardant, disinfectable foam mattresses for hospital wards",
        "A provincial hospital in Trà Vinh needs ward mattresses made of flexible polyurethane foam that keep their "
        "shape, can be disinfected between patients and are made with fire-retardant, low-smoke foam.",
        {"oCo030": 2, "oCo119": 1, "oCo114": 1, "oCo065": 1},
    ),
    (
        "oCn20",
        "vi",
        "vn_sosanh",
        "Tư vấn khách chọn nệm lò xo hay nệm foam",
        "Cửa hàng nệm ở huyện Bình Tân cần tài liệu để giải thích cho khách: nệm lò xo (lò xo bên dưới, lớp đệm mỏng bên "
        "trên) khác nệm foam, memory foam thế nào về độ nảy, độ thoáng, nâng đỡ theo tư thế ngủ và giá.",
        {"oCo050": 2, "oCo033": 2, "oCo045": 1},
    ),
    # --- spring mattresses ---
    (
        "oCn21",
        "en",
        "bt2013",
        "Make our own pocket-spring units instead of importing them",
        "A mattress workshop in Vĩnh Long city buys encased coil units. Demand for pocket-spring beds keeps growing, so "
        "we would like to coil, pocket and assemble our own spring units.",
        {"oCo044": 2, "oCo043": 2, "oCo047": 2, "oCo046": 1, "oCo049": 1, "oCo048": 1},
    ),
    (
        "oCn22",
        "vi",
        "zl_spring",
        "Chuyển từ lò xo liên kết Bonnell sang lò xo túi độc lập",
        "Xưởng ở Mang Thít làm nệm lò xo liên kết: lò xo hình đồng hồ cát nối với nhau bằng dây xoắn, nên người nằm cạnh "
        "trở mình là cả nệm rung. Muốn chuyển sang lò xo túi độc lập, cần máy và quy trình.",
        {"oCo044": 2, "oCo043": 2, "oCo047": 2, "oCo045": 1, "oCo049": 1, "oCo046": 1},
    ),
    (
        "oCn23",
        "en",
        "ef_rolled",
        "Ship hybrid pocket-spring mattresses rolled in a box",
        "A maker of hybrid pocket-spring mattresses in Trà Cú wants to ship them compressed and rolled in boxes to buyers "
        "in Hồ Chí Minh City. We understand our older Bonnell-coil models cannot be rolled without bending the wire.",
        {"oCo028": 2, "oCo029": 2, "oCo027": 1},
    ),
    (
        "oCn24",
        "vi",
        "spare_mach",
        "Tư vấn trọn gói máy móc cho xưởng nệm mới",
        "DN ở TP Vĩnh Long định xây xưởng nệm foam, lò xo túi và hybrid. Cần tư vấn chọn máy: máy may công nghiệp (mũi "
        "thắt, móc xích, vắt sổ), máy cắt vải, máy chần, máy lò xo, và bố trí dây chuyền từ nguyên liệu tới thành phẩm.",
        {"oCo046": 2, "oCo038": 2, "oCo036": 2, "oCo043": 1, "oCo035": 1, "oCo037": 1, "oCo047": 1},
    ),
    (
        "oCn25",
        "en",
        "bt2013",
        "Microcoil comfort layers for our innerspring line",
        "A bedding firm in Long Hồ wants to add layers of microcoils above its innerspring units, as recent industry "
        "reports describe, to improve comfort and airflow.",
        {"oCo048": 2, "oCo044": 1, "oCo043": 1},
    ),
    # --- mattress testing and fire safety ---
    (
        "oCn26",
        "en",
        "cpsc_fr06",
        "Meeting the US open-flame standard for mattress sets",
        "A mattress exporter in Trà Vinh is preparing its first order for the United States. Every mattress set must "
        "meet the federal open-flame rule, which the regulator expects to prevent about 240 to 270 deaths and 1,150 to "
        "1,330 injuries a year by keeping mattress fires small and slow. We need prototype testing and help with "
        "records, labels and quality assurance before shipping.",
        {"oCo051": 2, "oCo052": 2, "oCo053": 1},
    ),
    (
        "oCn27",
        "vi",
        "satra451",
        "Nệm cho khách sạn ở Anh phải đạt BS 7177 mức nguy cơ trung bình",
        "Xưởng nệm ở Càng Long nhận đơn hàng nệm cho một chuỗi khách sạn ở Anh. Bên mua yêu cầu ruột nệm phải theo quy "
        "định về an toàn cháy đồ nội thất năm 1988 và cả tấm nệm đạt mức nguy cơ phù hợp của BS 7177 cho khu vực phi gia "
        "dụng như khách sạn, bệnh viện. Cần đơn vị thử nghiệm và tư vấn vải, lớp chống cháy.",
        {"oCo054": 2, "oCo056": 2, "oCo062": 2, "oCo055": 1},
    ),
    (
        "oCn28",
        "en",
        "fr_en597",
        "Cigarette and match-flame ignitability tests for mattresses and bed bases",
        "We make mattresses and upholstered bed bases in Vĩnh Long for a European retailer, who asks for proof that they "
        "do not ignite, flame or smoulder progressively when exposed to a smouldering cigarette and to a gas flame "
        "equivalent to a match.",
        {"oCo055": 2, "oCo054": 2, "oCo062": 1, "oCo056": 1},
    ),
    (
        "oCn29",
        "vi",
        "mindthebed",
        "Thử nghiệm độ cứng, độ bền nệm theo tiêu chuẩn châu Âu",
        "Cơ sở sản xuất nệm ở Vĩnh Long muốn ghi thông số độ cứng và độ bền trên nhãn để cạnh tranh với nệm nhập khẩu, "
        "vì các tổ chức tiêu dùng châu Âu thử nệm theo EN 1957 và DIN SPEC 68200. Cần đơn vị thử nghiệm mô phỏng nhiều "
        "năm sử dụng và đo độ cứng trước, sau khi thử.",
        {"oCo057": 2, "oCo058": 2, "oCo059": 2, "oCo060": 2},
    ),
    (
        "oCn30",
        "en",
        "stdie",
        "Firmness rating on coir-latex mattress labels",
        "A cooperative in Tiểu Cần making coir-latex mattresses wants to print a firmness rating on its labels, using "
        "the method in EN 1957 that correlates with how people judge firmness, together with a durability result.",
        {"oCo057": 2, "oCo058": 2, "oCo059": 2, "oCo060": 2, "oCo002": 1},
    ),
    (
        "oCn31",
        "vi",
        "crown",
        "Thử bắt cháy vải bọc ghế bằng thuốc lá và que diêm",
        "Xưởng bọc ghế văn phòng ở TP Trà Vinh dùng vải 100% polypropylene 240 g/m², khổ 150 cm. Khách nước ngoài yêu cầu "
        "vải và mút đạt thử nghiệm bắt cháy bằng điếu thuốc lá và ngọn lửa tương đương que diêm, kèm số vòng mài mòn "
        "Martindale. Cần nơi thử nghiệm và tư vấn.",
        {"oCo061": 2, "oCo065": 1, "oCo088": 1, "oCo089": 1},
    ),
    (
        "oCn32",
        "en",
        "csdn117",
        "TB 117-2013 compliance and labels for upholstered seating sold in the US",
        "A sofa maker in Vĩnh Long exports upholstered chairs to the United States. Since 25 June 2021 the Californian "
        "bulletin TB 117 is a federal requirement and each piece needs a permanent compliance label. We need testing of "
        "our cover and filling combinations and the correct label.",
        {"oCo063": 2, "oCo065": 1, "oCo061": 1},
    ),
    (
        "oCn33",
        "vi",
        "csdnmsc",
        "Chăn, nệm, gối cabin tàu phải đạt thử nghiệm cháy IMO",
        "Nhà máy đóng tàu ở Trà Vinh cần nệm, chăn, gối cho cabin thuyền viên đạt thử nghiệm cháy cho đồ giường theo Phần "
        "9 của Bộ luật quy trình thử lửa (IMO) để làm chứng nhận Wheelmark cho tàu đăng ký ở châu Âu.",
        {"oCo064": 2, "oCo055": 1, "oCo054": 1},
    ),
    (
        "oCn34",
        "en",
        "cpsc_fr06",
        "Passing the open-flame rule without chemical flame retardants",
        "A bedding firm in Cầu Ngang wants to meet the US open-flame rule for mattress sets, which was built on NIST "
        "research to limit fire size and growth, but its customers do not want chemical flame retardants in the foam. "
        "We need advice on barrier fabrics, inherently fire-resistant fibres and closing thread.",
        {"oCo053": 2, "oCo051": 1, "oCo052": 1},
    ),
    # --- pillow and blanket filling ---
    (
        "oCn35",
        "vi",
        "wikisum",
        "Chế biến bông gòn từ cây gòn của nhà vườn",
        "HTX ở Cầu Kè có nhiều cây gòn trồng ven bờ ruộng, trái chín rụng bỏ phí. Sợi gòn rỗng, nhẹ, chứa tới 80% không "
        "khí, dùng nhồi gối, mền, nệm. Muốn thu hái, tách hạt, làm sạch và đóng kiện khoảng 100 kg, nén nhẹ để khỏi bị "
        "dẽ, bán cho cơ sở làm gối nệm.",
        {"oCo072": 2, "oCo070": 2, "oCo069": 1, "oCo071": 1},
    ),
    (
        "oCn36",
        "en",
        "dmkapok",
        "Using kapok seeds left after removing the floss",
        "Kapok collectors in Trà Cú sell the light, water-resistant floss to pillow makers but throw away the seeds. We "
        "read that oil pressed from the seeds is used for soap and the rest as fertiliser, and want a simple way to "
        "process them.",
        {"oCo071": 2, "oCo072": 1},
    ),
    (
        "oCn37",
        "vi",
        "infilex",
        "Lam goi bong gon: nhoi bao nhieu va cat giu the nao",
        "Toi lam goi bong gon ban o cho Tra Vinh. Trai gon chin thi tach vo, lay hat ra roi nhoi. Muon biet moi cai goi "
        "nen nhoi bao nhieu gam bong, cach tach hat cho sach, va cat tru bong gon the nao cho khoi bi chay, khoi bi nen "
        "chat mat do phong.",
        {"oCo070": 2, "oCo069": 2, "oCo072": 1, "oCo078": 1},
    ),
    (
        "oCn38",
        "en",
        "hestinn",
        "Polyester fibre specification so pillows do not go flat",
        "A pillow workshop in Vĩnh Long buys polyester staple fibre from traders. Some lots make pillows that flatten "
        "within months, since polyester compresses more over time than down. We need a clear purchasing specification: "
        "hollow or solid, denier, cut length, crimp and silicone finish.",
        {"oCo074": 2, "oCo073": 2, "oCo075": 1, "oCo076": 1, "oCo077": 1},
    ),
    (
        "oCn39",
        "vi",
        "fabfurnish",
        "Gối ruột bông bi giặt được cho người dị ứng",
        "Cơ sở may chăn gối ở Long Hồ muốn làm dòng gối cho người dị ứng thay cho gối lông vũ: ruột bằng sợi polyester "
        "rẻ, bền, giặt được để loại bỏ mùi và chất gây dị ứng. Cần nguồn bông và hướng dẫn phối trộn.",
        {"oCo076": 2, "oCo073": 2, "oCo075": 1, "oCo107": 1, "oCo077": 1, "oCo074": 1},
    ),
    (
        "oCn40",
        "en",
        "fcomp",
        "Turning foam offcuts and fibre waste into stuffing",
        "Sofa and mattress workshops around Trà Vinh city produce a lot of foam offcuts (up to 30 percent of foam can "
        "end up as scrap) and polyester fibre waste. We want to mix them into stuffing for cushions, pillows and toys "
        "instead of paying for disposal.",
        {"oCo075": 2, "oCo074": 1, "oCo151": 1, "oCo152": 1},
    ),
    (
        "oCn41",
        "vi",
        "hestinn",
        "Mền nhẹ thay lông vũ, không vón cục",
        "Cơ sở may mền ở Vũng Liêm muốn làm mền, chăn nhẹ bằng sợi polyester thay cho lông vũ. Sợi polyester trơn, rẻ "
        "nhưng hay xẹp và vón sau thời gian dùng. Cần loại bông tấm hoặc bông bi và cách làm cho mền phồng, ấm và đều.",
        {"oCo077": 2, "oCo073": 2, "oCo076": 1},
    ),
    (
        "oCn42",
        "en",
        "bsamply",
        "Natural pillow fillings for a guesthouse",
        "A guesthouse in Duyên Hải wants natural pillow fillings instead of polyester. Kapok is very light, rarely spun "
        "and resists humidity, which suits our coastal climate, but we want to compare it with other natural fillings "
        "for allergy-prone guests.",
        {"oCo078": 2, "oCo070": 2, "oCo079": 2, "oCo069": 1},
    ),
    # --- upholstery of sofas and chairs ---
    (
        "oCn43",
        "vi",
        "viwiki_sofa",
        "Xưởng mộc chuyển sang làm ghế sofa bọc nệm",
        "Xưởng mộc ở Mang Thít quen làm đồ gỗ, muốn chuyển sang làm ghế sofa: khung gỗ hoặc thép, đệm mút, lò xo dưới mặt "
        "ngồi, bọc da hoặc vải nhung, vải lanh. Cần biết đủ vật tư cấu tạo và quy trình làm một bộ sofa hoàn chỉnh.",
        {"oCo081": 2, "oCo083": 2, "oCo082": 1, "oCo092": 1},
    ),
    (
        "oCn44",
        "en",
        "amiasofa",
        "Vocational training in sofa upholstery for young people",
        "The Youth Union in Trà Vinh city wants a training course for unemployed young people on making and upholstering "
        "sofas: frames, springs and elastic straps, foam, and fabric or leather covers.",
        {"oCo083": 2, "oCo084": 2, "oCo087": 2, "oCo085": 1, "oCo086": 1},
    ),
    (
        "oCn45",
        "vi",
        "spraypaint",
        "Tu boc lai bo ghe cu, buoc lo xo bang tay",
        "Nha toi o Vinh Long co bo ghe cu, tiem bao boc lai gia cao qua. Muon tu hoc: thao het vai, dinh, lop don cu; "
        "cang dai moi; buoc lai lo xo bang tay (ghe toi co 9 con lo xo); phu bo len lo xo roi them mut va vai.",
        {"oCo086": 2, "oCo087": 2, "oCo084": 1, "oCo085": 1},
    ),
    (
        "oCn46",
        "en",
        "accidental",
        "Traditional re-upholstery of old sprung chairs",
        "An upholsterer in Tam Bình restores old sprung chairs and prefers traditional methods without staple guns. "
        "Springs are often rusty and webbing has to be replaced; we need guidance on springing, webbing and safe working.",
        {"oCo086": 2, "oCo084": 1, "oCo085": 1, "oCo087": 1},
    ),
    (
        "oCn47",
        "vi",
        "amleather",
        "Chọn vải bọc sofa chịu mài mòn cho khách sạn",
        "Khách sạn ở TP Trà Vinh chuẩn bị bọc lại sofa sảnh và ghế nhà hàng. Cần chọn vải có số vòng thử mài mòn đủ cho "
        "khu vực công cộng (thử Martindale hoặc Wyzenbeek) và biết con số đó có nói hết độ bền thực tế hay không.",
        {"oCo088": 2, "oCo089": 2, "oCo090": 2, "oCo091": 2},
    ),
    (
        "oCn48",
        "en",
        "experts123",
        "Durability category on every upholstery fabric we sell",
        "A furniture cooperative in Bình Minh wants to label each upholstery fabric with a durability category, from "
        "decorative use up to heavy commercial use, so that buyers know which fabrics suit everyday sofas.",
        {"oCo088": 2, "oCo089": 1, "oCo091": 1},
    ),
    (
        "oCn49",
        "vi",
        "amiasofa",
        "Thay khung sofa gỗ tạp bằng khung bền hơn",
        "DN ở TP Vĩnh Long làm sofa khung gỗ tạp, hàng bán ra bị mọt, khung lỏng và cong. Đang cân nhắc khung sắt hoặc "
        "inox sơn chống gỉ, hoặc gỗ tự nhiên đã xử lý. Cần so sánh các loại khung về độ bền, trọng lượng và giá.",
        {"oCo082": 2, "oCo092": 2, "oCo081": 1},
    ),
    (
        "oCn50",
        "en",
        "eatsip",
        "Webbing and foam choice for dining-chair seats",
        "A seat-cushion maker in Vũng Liêm upholsters dining chairs. We want to learn how to read a chair before "
        "stripping it, which elastic webbing and foam grade to use for seats, and the right order of work.",
        {"oCo085": 2, "oCo084": 1, "oCo034": 1},
    ),
    # --- dust mites and mould in bedding ---
    (
        "oCn51",
        "vi",
        "iliveok",
        "Giảm mạt bụi trong chăn nệm cho trẻ bị hen",
        "Gia đình ở TP Trà Vinh có con nhỏ bị hen, bác sĩ nói do dị ứng bụi nhà. Bụi trong nhà có sợi vải, bào tử nấm mốc, "
        "tế bào da chết và chất thải của côn trùng nhỏ, dọn kỹ mấy cũng không hết. Cần cách xử lý nệm, gối, chăn để giảm "
        "mạt bụi: bọc chống mạt, giặt nóng, hút bụi, thay ga.",
        {
            "oCo094": 2,
            "oCo095": 2,
            "oCo096": 2,
            "oCo097": 2,
            "oCo098": 2,
            "oCo107": 2,
            "oCo101": 1,
            "oCo099": 1,
            "oCo100": 1,
        },
    ),
    (
        "oCn52",
        "en",
        "healthtap",
        "Mite-avoidance package for allergy patients",
        "An allergy clinic in Vĩnh Long city wants to give patients a practical package: allergen-impermeable covers for "
        "mattress and pillows, weekly washing of sheets at about 130°F (55°C), and instructions that do not ruin the "
        "covers through harsh washing.",
        {"oCo094": 2, "oCo095": 2, "oCo096": 2, "oCo107": 2, "oCo097": 1, "oCo099": 1},
    ),
    (
        "oCn53",
        "vi",
        "health911",
        "Tiem giat nhan giat chan men diet mat bui",
        "Tiem giat say o Tra On muon nhan giat chan, men, ga, goi diet mat bui cho khach. Nghe noi mat khong song noi "
        "trong nuoc tren 130 do F. Can biet giat nuoc nong bao nhieu do, bao lau, say the nao de diet ca mat, trung va "
        "phan cua chung.",
        {"oCo097": 2, "oCo095": 2, "oCo094": 1},
    ),
    (
        "oCn54",
        "en",
        "vnnet_hutam",
        "Musty, spotted mattresses in a homestay during the humid season",
        "A homestay in Cầu Kè sees indoor humidity above 90 percent in the rainy months. Mattresses smell musty and show "
        "spots, and guests complain. We need a way to clean the mattresses we have and to stop the problem returning "
        "each season.",
        {"oCo102": 2, "oCo103": 2, "oCo105": 2, "oCo111": 1, "oCo095": 1, "oCo106": 1, "oCo104": 1},
    ),
    (
        "oCn55",
        "vi",
        "hoanmy_book",
        "Nệm bông ép tồn kho lên đốm mốc",
        "Cửa hàng nệm ở Tiểu Cần để nệm bông ép tồn kho sát nền, kho kín gió. Nay nhiều tấm lên đốm đen, đốm hồng lan rộng, "
        "lau khô rồi lại mọc, có mùi mốc; vài tấm còn dính nước từ lúc vận chuyển. Cần cách xử lý số nệm này và cách bảo "
        "quản kho.",
        {"oCo104": 2, "oCo105": 2, "oCo102": 1, "oCo103": 1},
    ),
    (
        "oCn56",
        "en",
        "vesinhhoanmy",
        "Mould on latex mattresses kept in a closed warehouse",
        "A dealer in Vĩnh Long city keeps mostly latex mattresses in a closed, humid warehouse, some lying directly on the "
        "floor. Small black dots and a bad smell have appeared and are hard to clean off. We need a treatment that does "
        "not damage the latex and advice on storage.",
        {"oCo106": 2, "oCo105": 1, "oCo103": 1, "oCo102": 1},
    ),
    (
        "oCn57",
        "vi",
        "iliveok",
        "Quy trình vệ sinh nệm, gối định kỳ cho khách sạn",
        "Khách sạn ở TP Trà Vinh muốn lập quy trình vệ sinh nệm, gối định kỳ vì bụi trong phòng chứa sợi vải, bào tử nấm "
        "mốc, da chết, dọn hằng ngày vẫn không hết. Cần biết chu kỳ hút bụi, bọc chống thấm, khi nào phải thay nệm.",
        {"oCo100": 2, "oCo098": 2, "oCo096": 1, "oCo094": 1, "oCo108": 1},
    ),
    (
        "oCn58",
        "en",
        "medline",
        "Dust-mite control in a kindergarten nap room",
        "A kindergarten in Vĩnh Long city has nap mattresses, pillows, carpets and soft toys. Several children have "
        "allergies. We want to apply the usual measures: mite-proof covers, weekly hot washing, damp dusting and "
        "vacuuming with a HEPA filter, and a way to treat soft toys.",
        {"oCo095": 2, "oCo094": 2, "oCo096": 2, "oCo107": 1},
    ),
    (
        "oCn59",
        "vi",
        "tony_dong",
        "Nem bi moc den sau mua mua, xu ly tai nha",
        "Nem nha toi o Vung Liem bi moc den sau mua mua am. Muon tu xu ly tai nha: can deo khau trang, gang tay khong; "
        "dung giam, xa phong hay con; hut bui roi phoi, say kho the nao cho nem khong hu.",
        {"oCo102": 2, "oCo105": 2, "oCo103": 1, "oCo106": 1, "oCo104": 1},
    ),
    # --- hospital and hotel bedding ---
    (
        "oCn60",
        "en",
        "hcft",
        "Inspection and replacement programme for damaged hospital mattresses",
        "The provincial general hospital in Trà Vinh found mattress covers with cracks patched with tape and dressings. "
        "Fluid can leak through cracks to the core and reach the next patient. We want a routine inspection, leak test "
        "and replacement programme.",
        {"oCo114": 2, "oCo115": 2, "oCo116": 2, "oCo117": 1, "oCo118": 1},
    ),
    (
        "oCn61",
        "vi",
        "ecri",
        "Kiểm tra dịch cơ thể thấm vào lõi nệm giường bệnh",
        "Trung tâm y tế huyện Cầu Ngang lo máu, dịch cơ thể và vi sinh vật vẫn còn trên hoặc trong nệm giường bệnh, cáng "
        "sau khi lau dọn giữa hai bệnh nhân, vì vỏ bọc có thể đã hở. Cần quy trình kiểm tra, thử rò rỉ và thay vỏ bọc.",
        {"oCo114": 2, "oCo115": 2, "oCo116": 2, "oCo117": 1, "oCo118": 1},
    ),
    (
        "oCn62",
        "en",
        "paperexp",
        "Pressure-relieving mattresses for bedridden elderly residents",
        "A nursing home in Vĩnh Long city cares for many bedridden residents. Standard mattresses are not suitable for "
        "those at risk of pressure ulcers, and we need to choose mattresses or overlays according to each resident's "
        "risk and history.",
        {"oCo119": 2, "oCo120": 2, "oCo121": 2, "oCo122": 2, "oCo030": 1},
    ),
    (
        "oCn63",
        "vi",
        "pmc_pressure",
        "Chọn nệm hơi luân phiên hay nệm foam cao cấp chống loét",
        "Khoa hồi sức bệnh viện ở Vĩnh Long có nhiều bệnh nhân nằm lâu, bất động, nguy cơ loét cao, cân nặng từ 45 đến "
        "180 kg, nằm giường điện. Cần so sánh và chọn giữa nệm foam cao cấp và nệm hơi áp lực luân phiên.",
        {"oCo122": 2, "oCo120": 2, "oCo121": 2, "oCo119": 2},
    ),
    (
        "oCn64",
        "vi",
        "agedcare",
        "Thuê ngoài giặt khử khuẩn đồ vải bệnh viện",
        "Bệnh viện ở Trà Vinh muốn thuê ngoài giặt drap, áo gối, quần áo bệnh nhân. Đơn vị nhận giặt phải có khu bẩn và "
        "khu sạch tách riêng, hai cửa riêng, và giặt khử khuẩn bằng nhiệt hoặc hóa chất.",
        {"oCo129": 2, "oCo125": 2, "oCo123": 1, "oCo130": 1, "oCo140": 1, "oCo128": 1},
    ),
    (
        "oCn65",
        "en",
        "tbgcn",
        "Separating and disinfecting infectious hospital linen",
        "The district hospital laundry in Tiểu Cần handles sheets, blankets, pillowcases, gowns, towels and patient "
        "clothing. Some comes from ordinary wards, some from infectious-disease rooms and operating theatres, stained "
        "with blood or body fluids. We need a procedure to keep the two streams apart, bag and move them safely, and "
        "disinfect the contaminated linen so that it cannot spread infection between patients and staff.",
        {"oCo123": 2, "oCo128": 2, "oCo124": 2, "oCo131": 1, "oCo127": 1},
    ),
    (
        "oCn66",
        "en",
        "info5y1",
        "Disinfecting linen when hot water cannot reach 70–80°C",
        "A care home and a small hotel in Vĩnh Long wash their own linen. Guidance asks for hot water of 70–80°C with "
        "detergent or, failing that, a sanitiser. Our water heaters cannot reach that, so we need a validated "
        "lower-temperature disinfection process.",
        {"oCo126": 2, "oCo127": 2, "oCo140": 1, "oCo123": 1, "oCo124": 1},
    ),
    (
        "oCn67",
        "vi",
        "mgvip",
        "Thiết kế nhà giặt bệnh viện theo một chiều",
        "Bệnh viện ở Vĩnh Long xây khu giặt mới. Đồ vải dơ từ khoa phòng được cho vào xe hoặc túi riêng, đồ thấm máu "
        "đóng hai lớp túi; tại nhà giặt có thùng hóa chất khử khuẩn, máy giặt, máy sấy. Cần thiết kế mặt bằng theo một "
        "chiều từ nhận đồ bẩn tới kho đồ sạch.",
        {"oCo130": 2, "oCo131": 1, "oCo128": 1, "oCo125": 1},
    ),
    (
        "oCn68",
        "en",
        "leagueslider",
        "How long hotel sheets last and how many sets to stock",
        "A hotel in Trà Vinh city is budgeting linen. Sheets are changed at every checkout and duvets about four times a "
        "year. We need to know how many wash cycles sheets and pillowcases last, how many sets per bed to keep, and how "
        "to make them last longer.",
        {"oCo132": 2, "oCo133": 2, "oCo134": 2, "oCo135": 2},
    ),
    (
        "oCn69",
        "vi",
        "changagoi",
        "Chọn chăn ga gối cotton thật cho khách sạn 3 sao",
        "Khách sạn 3 sao ở TP Vĩnh Long cần chọn chăn ga gối cotton: sợi bông Ai Cập, Pima hay bông vùng cao, dệt bao "
        "nhiêu sợi, dễ giặt, thoáng; và cách tránh mua phải vải pha polyester ghi là cotton.",
        {"oCo136": 2, "oCo137": 2, "oCo139": 2, "oCo133": 1},
    ),
    (
        "oCn70",
        "en",
        "h4h",
        "Hotel-grade bedding that stays soft and lasts",
        "A resort in Duyên Hải wants sheets and pillowcases that keep their soft feel after repeated washing, ideally "
        "lasting five years or more. We need guidance on cotton quality, thread count, white versus coloured sheets and "
        "how to dress the beds.",
        {"oCo134": 2, "oCo136": 2, "oCo133": 1, "oCo135": 1, "oCo138": 1, "oCo132": 1},
    ),
    # --- recycling old mattresses ---
    (
        "oCn71",
        "vi",
        "cuoituan",
        "Tháo dỡ, tái chế nệm cũ thay vì chôn lấp",
        "Bãi rác ở Trà Vinh nhận ngày càng nhiều nệm cũ cồng kềnh, khó nén, lò xo làm kẹt máy; người dân thay nệm khoảng 8 "
        "đến 10 năm một lần và nay mua nệm online nhiều hơn. Muốn có mô hình tháo dỡ nệm, tách foam, bông, lò xo thép, gỗ "
        "để tái chế.",
        {"oCo143": 2, "oCo147": 2, "oCo148": 2, "oCo146": 1, "oCo144": 1},
    ),
    (
        "oCn72",
        "en",
        "junk",
        "Start a mattress and box-spring dismantling line",
        "A waste company in Vĩnh Long wants to stop taking mattresses and box springs to landfill, where they are bulky "
        "and often dumped illegally on roadsides. Recyclers say 75 to 90 percent of the materials can be recovered; we "
        "need the process and equipment.",
        {"oCo143": 2, "oCo147": 2, "oCo146": 2, "oCo148": 1, "oCo155": 1},
    ),
    (
        "oCn73",
        "vi",
        "floorbiz",
        "Làm mút ép (rebond) từ mút vụn",
        "Xưởng mút ở Long Hồ thải nhiều mút vụn từ khâu cắt và thu gom được mút cũ. Được biết mút vụn có thể băm nhỏ, "
        "trộn chất kết dính, ép thành mút ép làm lót thảm, chiếm phần lớn lượng lót thảm bán ra. Muốn làm mút ép để bán "
        "làm lót sàn, thảm tập, đệm.",
        {"oCo149": 2, "oCo150": 2, "oCo154": 2, "oCo151": 1, "oCo153": 1},
    ),
    (
        "oCn74",
        "en",
        "floorbiz",
        "Baling foam scrap for sale",
        "A sofa factory in Trà Vinh city sells foam scrap to traders loose in sacks, which is bulky and cheap. Padding "
        "recyclers are known to collect, bale and ship used padding to rebond factories. We want to compress and bale our scrap "
        "and find buyers.",
        {"oCo152": 2, "oCo151": 2, "oCo149": 1},
    ),
    (
        "oCn75",
        "en",
        "cuoituan",
        "Collection scheme for old mattresses in a district",
        "The authorities in Cầu Ngang want a scheme to keep old mattresses out of landfill, for example a ban on "
        "landfilling mattresses or a fee charged per unit. We need examples of how such programmes are organised and financed.",
        {"oCo144": 2, "oCo145": 2, "oCo143": 1, "oCo146": 1},
    ),
]
