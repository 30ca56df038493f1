"""Needs of holdout212: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step; unlisted offers are not relevant.
Every need paraphrases one public page (holdout212_sources.py) and is set in Tra Vinh / Vinh Long. Only the
needs written from the pages tuongloc, culaomay, mylong_ct, mylong_sggp, xudua and dantoc describe places
inside the (merged) province; all the others were written from pages about other places (Sa Dec, My Tho,
Dai Loc, Cu Chi, Trang Bang, Ha Noi, Ho Chi Minh City) or about no place, and were moved into the province.
The My Long pages describe Giong Trom, Ben Tre, which is now part of Vinh Long.
"""

NEEDS = [
    # --- fresh and dried noodle lines ---
    (
        "qFn01",
        "vi",
        "kitchen57",
        "Cần dây chuyền bún tươi tự động thay ép tay cho lò bún ở Càng Long",
        "Lò bún nhà tôi ở Càng Long vẫn ngâm, xay rồi ép sợi bằng máy thô, nhào bột và luộc bằng tay. Cần một "
        "dây chuyền nhào – cấp liệu – ép – luộc tự động năng suất vài trăm kg/giờ, tốn ít điện và ít công.",
        {"qFo001": 2, "qFo002": 2, "qFo003": 2, "qFo004": 2, "qFo005": 1, "qFo011": 1, "qFo012": 1},
    ),
    (
        "qFn02",
        "en",
        "kitchen57",
        "Line for dried rice vermicelli for supermarkets in Tieu Can",
        "Our family business in Tieu Can makes fresh vermicelli by hand and wants to sell dried vermicelli to "
        "supermarkets. We look for a line that mixes flour and water, extrudes strands, cooks them and dries them "
        "with hot air before packing.",
        {
            "qFo005": 2,
            "qFo006": 2,
            "qFo009": 2,
            "qFo010": 2,
            "qFo024": 1,
            "qFo025": 1,
            "qFo027": 1,
            "qFo011": 1,
            "qFo007": 1,
            "qFo008": 1,
        },
    ),
    (
        "qFn03",
        "vi",
        "sadec_env",
        "Làm bún từ bột gạo khô để bớt nước thải xay ướt – HTX ở Trà Ôn",
        "Hợp tác xã chúng tôi ở Trà Ôn ngâm, xay ướt gạo nên nước thải rất nhiều. Muốn chuyển sang ép đùn sợi bún "
        "trực tiếp từ bột gạo khô, cần thông số máy đùn và chế độ sấy.",
        {"qFo007": 2, "qFo008": 2, "qFo009": 1, "qFo069": 1, "qFo070": 1},
    ),
    (
        "qFn04",
        "vi",
        "kitchen57",
        "Can may ep bun nho cho lo gia dinh o Cau Ke",
        "Nha toi lam bun tuoi o Cau Ke, moi ngay vai tram kg, ep bang tay rat cuc. Can mua may ep bun co nho, "
        "ep soi deu, de ve sinh, gia vua phai.",
        {"qFo001": 2, "qFo002": 2, "qFo012": 2, "qFo004": 1, "qFo003": 1, "qFo009": 1, "qFo010": 1},
    ),
    (
        "qFn05",
        "en",
        "kitchen57",
        "Automation and quality checks for an existing noodle line in Tra Vinh city",
        "We already run a semi-automatic rice vermicelli line in Tra Vinh city. We want to automate the stages "
        "between soaking and drying, cut labour and add quality checks from milling to packing.",
        {"qFo011": 2, "qFo001": 1, "qFo002": 1, "qFo103": 1, "qFo104": 1},
    ),
    # --- sheet noodles ---
    (
        "qFn06",
        "en",
        "tapchidulich",
        "Continuous steaming and cutting of hu tieu sheets in Tra Vinh city",
        "Our hu tieu kiln in Tra Vinh city still spreads batter by hand over steam, dries the sheets on bamboo racks "
        "and cuts them by hand. We need a line that steams the batter into sheets, dries and cuts them continuously.",
        {"qFo016": 2, "qFo017": 2, "qFo018": 2, "qFo019": 2, "qFo020": 2, "qFo021": 2, "qFo024": 1},
    ),
    (
        "qFn07",
        "vi",
        "sadecquetoi",
        "Cần quy trình làm sợi hủ tiếu dai, không chua cho lò ở Long Hồ",
        "Lò hủ tiếu của tôi ở Long Hồ làm ra sợi hay bở, có mùi chua, bán không lại hàng Mỹ Tho, Sa Đéc. Cần "
        "người hướng dẫn cách chọn gạo, ngâm, pha bột, tráng và phơi để sợi mềm mà dai.",
        {"qFo022": 2, "qFo023": 2, "qFo156": 2, "qFo064": 1, "qFo065": 1},
    ),
    (
        "qFn08",
        "vi",
        "sadecquetoi",
        "Tim day chuyen lam banh pho soi det cho co so o Vung Liem",
        "Co so toi o Vung Liem can tay, cat dao banh pho, soi khong deu, lam khong kip hang. Can day chuyen trang, "
        "hap va cat banh pho soi det nang suat cao.",
        {"qFo020": 2, "qFo021": 2, "qFo018": 2, "qFo019": 2, "qFo016": 1, "qFo017": 1},
    ),
    (
        "qFn09",
        "en",
        "sadecquetoi",
        "Training for soft but not crumbly dried hu tieu from local fragrant rice",
        "A producer group in Binh Minh wants its dried hu tieu to be soft yet elastic, not sour and not falling "
        "apart when blanched. We seek training from experienced craft villages on flour, spreading and sun drying.",
        {"qFo023": 2, "qFo156": 2, "qFo022": 2, "qFo105": 1},
    ),
    # --- drying of noodles ---
    (
        "qFn10",
        "vi",
        "memart2",
        "Máy sấy bún khô thay phơi nắng cho cơ sở ở Mang Thít",
        "Cơ sở bún khô ở Mang Thít phơi sợi ngoài trời, mùa mưa bún chua, mốc, không đảm bảo vệ sinh. Cần máy "
        "hoặc phòng sấy chủ động, sợi khô đều, không gãy.",
        {"qFo027": 2, "qFo028": 2, "qFo030": 2, "qFo153": 2, "qFo031": 2, "qFo024": 1, "qFo029": 1, "qFo035": 1},
    ),
    (
        "qFn11",
        "en",
        "memart2",
        "Heat-pump drying room with controlled curve for dried vermicelli (Binh Tan)",
        "We export dried rice vermicelli from Binh Tan. Our hot-air dryer makes strands brittle and broken. We want "
        "a heat-pump drying room with staged temperature and humidity control.",
        {"qFo027": 2, "qFo028": 2, "qFo034": 2, "qFo031": 1, "qFo153": 1, "qFo032": 1, "qFo033": 1},
    ),
    (
        "qFn12",
        "vi",
        "preservemania",
        "Sản xuất bún gạo ăn liền ở TP Vĩnh Long",
        "Doanh nghiệp ở TP Vĩnh Long muốn làm bún gạo ăn liền, chế nước sôi vài phút là ăn được, để được lâu. Cần "
        "quy trình hấp, ép sợi, sấy hoặc dây chuyền trọn gói.",
        {"qFo026": 2, "qFo149": 2, "qFo024": 2, "qFo025": 2, "qFo101": 1, "qFo102": 1},
    ),
    (
        "qFn13",
        "en",
        "preservemania",
        "Cheaper drying of rice noodles than our oil-fired dryer (Tra Cu)",
        "A cooperative in Tra Cu dries rice noodles with an oil burner and the fuel bill is high. We want to compare "
        "running costs and move to an efficient electric heat-pump dryer.",
        {"qFo032": 2, "qFo031": 2, "qFo153": 2, "qFo034": 2, "qFo033": 1, "qFo027": 1, "qFo028": 1},
    ),
    (
        "qFn14",
        "vi",
        "memart2",
        "Tư vấn lập dự án bún khô xuất khẩu",
        "Chúng tôi ở Vũng Liêm định lập cơ sở bún khô bán cho Việt kiều. Cần tư vấn mô hình, quy trình từ chọn "
        "gạo, ngâm, xay đến tạo sợi, sấy, và nên làm thủ công hay đầu tư dây chuyền.",
        {"qFo029": 2, "qFo030": 2, "qFo024": 1, "qFo025": 1, "qFo006": 1, "qFo005": 1},
    ),
    (
        "qFn15",
        "vi",
        "memart2",
        "Can quy trinh lam bun kho, nen chon gao gi",
        "Toi o Tam Binh muon lam bun kho ban cho, khong biet chon gao nao cho soi dai, ngam bao lau, xay may gi, "
        "say the nao. Xin huong dan quy trinh.",
        {"qFo030": 2, "qFo029": 2, "qFo010": 1, "qFo072": 1},
    ),
    (
        "qFn16",
        "en",
        "memart2",
        "Step-by-step guide for dried rice vermicelli: rice choice, soaking, drying",
        "A women's group in Cau Ngang wants to start dried vermicelli. We need practical guidance on which rice to "
        "buy, how long to soak, milling and how to dry indoors instead of in the sun.",
        {"qFo030": 2, "qFo029": 2, "qFo010": 1},
    ),
    # --- rice paper drying ---
    (
        "qFn17",
        "vi",
        "tuongloc",
        "Cần máy sấy bánh tráng giấy cho làng nghề Tường Lộc",
        "Làng bánh tráng giấy ấp Nhà Thờ, xã Tường Lộc (Tam Bình) làm khoảng 139 tấn/năm, hơn 400 lao động, "
        "nhưng phơi bánh phụ thuộc trời; mưa là bánh hư. Cần máy sấy chủ động, chi phí thấp.",
        {
            "qFo040": 2,
            "qFo041": 2,
            "qFo044": 2,
            "qFo045": 2,
            "qFo042": 2,
            "qFo158": 2,
            "qFo043": 2,
            "qFo047": 1,
            "qFo046": 1,
            "qFo031": 1,
            "qFo153": 1,
        },
    ),
    (
        "qFn18",
        "en",
        "dnsg",
        "Recover chimney heat of rice paper kilns to dry sheets (My Long)",
        "Rice paper kilns in My Long burn wood and husk; the flue gas leaves very hot. In the rainy months we dry "
        "sheets over smoky charcoal. We want to use the kiln exhaust heat to dry the sheets instead.",
        {"qFo042": 2, "qFo158": 2, "qFo043": 2, "qFo047": 1, "qFo137": 1, "qFo138": 1},
    ),
    (
        "qFn19",
        "en",
        "doyouwant",
        "Low-cost solar dryer for a rice paper household on Cu lao May",
        "Our household on Cu lao May makes about 2,000 sheets a day and dries them on bamboo racks in the sun. We "
        "want a cheap solar dryer we can build locally that shortens drying and keeps dust off.",
        {"qFo040": 2, "qFo041": 2, "qFo044": 2, "qFo045": 2, "qFo035": 1},
    ),
    (
        "qFn20",
        "vi",
        "culaomay",
        "Sấy bánh tráng nem bằng máy bơm nhiệt – HTX cù lao Mây",
        "HTX Bánh tráng Cù lao Mây (Lục Sỹ Thành, Trà Ôn) có 14 hộ thành viên làm bánh tráng nem quanh năm. Muốn "
        "sấy bằng máy bơm nhiệt để bánh đều màu, không phụ thuộc nắng.",
        {"qFo031": 2, "qFo153": 2, "qFo034": 2, "qFo032": 1, "qFo033": 1, "qFo027": 1, "qFo028": 1},
    ),
    (
        "qFn21",
        "en",
        "doyouwant",
        "Smoke-free hot air for drying rice paper (Giong Trom)",
        "We dry rice paper with direct fire and the sheets smell of smoke. We need a husk or biomass heater whose "
        "flue gas never touches the product, with steady temperature.",
        {"qFo047": 2, "qFo042": 1, "qFo158": 1, "qFo043": 1, "qFo137": 1, "qFo139": 1, "qFo140": 1},
    ),
    (
        "qFn22",
        "vi",
        "dnsg",
        "Lò cấp khí nóng sạch gián tiếp để sấy bánh tráng ở Ba Tri",
        "Cơ sở bánh tráng ở Ba Tri sấy bằng than, trấu đốt trực tiếp nên bánh ám khói, mất vệ sinh. Cần lò đốt "
        "trấu có bộ trao đổi nhiệt, khí nóng sạch, nhiệt độ ổn định.",
        {"qFo047": 2, "qFo137": 1, "qFo138": 1, "qFo042": 1, "qFo158": 1, "qFo139": 1, "qFo140": 1, "qFo043": 1},
    ),
    # --- rice paper making ---
    (
        "qFn23",
        "vi",
        "dantoc",
        "Dây chuyền tráng bánh tráng tự động cho cơ sở ở Châu Thành (Trà Vinh)",
        "Cơ sở bánh tráng ở Châu Thành đăng ký hỗ trợ khuyến công để mua máy. Hiện tráng tay trên lò củi; cần dây "
        "chuyền xay – trộn bột, tráng, hấp chín và sấy bánh tự động.",
        {"qFo051": 2, "qFo052": 2, "qFo046": 2, "qFo016": 1, "qFo018": 1, "qFo019": 1},
    ),
    (
        "qFn24",
        "en",
        "cuocthianh",
        "Automatic machine for bo bia spring-roll wrappers (Cang Long)",
        "Our workshop in Cang Long makes thin wrappers for bo bia rolls by hand. Industrial kilns are replacing hand "
        "kilns around us; we need a machine that spreads and cooks the thin sheets automatically.",
        {"qFo052": 2, "qFo051": 2, "qFo046": 1},
    ),
    (
        "qFn25",
        "vi",
        "mylong_ct",
        "Giữ và chuẩn hóa công thức bánh tráng dừa Mỹ Lồng",
        "Làng nghề bánh tráng Mỹ Lồng (Giồng Trôm cũ) vừa được công nhận di sản; chúng tôi muốn chuẩn hóa công "
        "thức bánh tráng dừa – mè, loại gạo và cách xay để bánh giữ hương vị truyền thống.",
        {"qFo058": 2, "qFo059": 2, "qFo054": 1},
    ),
    (
        "qFn26",
        "en",
        "mylong_sggp",
        "Faster batter milling, spreading and drying for My Long rice crackers at Tet",
        "In the weeks before Tet each household in My Long (Luong Phu commune) spreads about 1,000 sheets a day by "
        "hand and races the sun to dry them. We want mechanised milling, mixing and sheet spreading plus a dryer.",
        {"qFo046": 2, "qFo051": 1, "qFo052": 1, "qFo040": 1, "qFo041": 1, "qFo042": 1, "qFo158": 1},
    ),
    (
        "qFn27",
        "vi",
        "xudua",
        "Bánh tráng mỏng, dẻo, không co rút – cải tiến phối trộn bột",
        "Bánh tráng của cơ sở chúng tôi ở Mỏ Cày hay co rúm khi phơi, bánh giòn dễ rách khi cuốn. Muốn cải tiến "
        "công thức bột (bột năng, muối) để bánh mỏng, dẻo, mịn.",
        {"qFo053": 2, "qFo054": 2, "qFo058": 1, "qFo057": 1},
    ),
    (
        "qFn28",
        "en",
        "tinbaihay",
        "Making dew-softened rice paper (phoi suong) in Tieu Can",
        "Restaurants in Tra Vinh ask for dew-softened rice paper that needs no dipping. Our kiln in Tieu Can wants "
        "to learn the two-layer sheet, toasting and night-dew process.",
        {"qFo055": 2, "qFo056": 2},
    ),
    (
        "qFn29",
        "en",
        "cuocthianh",
        "Training new cooperative members to make thin, tough rice paper (Cau Ke)",
        "A new rice paper cooperative in Cau Ke groups many beginners. We need hands-on training from master makers "
        "on milling, spreading over steam and drying so sheets are thin but do not tear.",
        {"qFo057": 2, "qFo055": 1, "qFo056": 1},
    ),
    (
        "qFn30",
        "vi",
        "culaomay",
        "Đăng ký nhãn hiệu tập thể, chỉ dẫn địa lý cho bánh tráng cù lao Mây",
        "Làng nghề bánh tráng cù lao Mây (Trà Ôn) được công nhận từ 2009, thực hiện mô hình Mỗi làng một sản phẩm; "
        "cần tư vấn xây dựng nhãn hiệu tập thể, chỉ dẫn địa lý để mở rộng thị trường.",
        {"qFo060": 2, "qFo061": 2, "qFo150": 1, "qFo074": 1},
    ),
    (
        "qFn31",
        "en",
        "vietnamplus",
        "Moisture-proof packaging to export rice paper for Tet (Tra Vinh)",
        "A Tra Vinh food company wants to ship rice paper with other Tet specialties to overseas Vietnamese in the US. "
        "Sheets soften and crack in transit; we need barrier packaging.",
        {"qFo090": 2, "qFo091": 1, "qFo081": 1},
    ),
    # --- soaking and milling ---
    (
        "qFn32",
        "vi",
        "tintuc_gocat",
        "Chế độ ngâm gạo cho bột mịn, ít tổn thương tinh bột – xưởng ở Bình Minh",
        "Xưởng bột gạo ở Bình Minh ngâm gạo theo kinh nghiệm, bột lúc mịn lúc thô. Cần xác định thời gian, nhiệt "
        "độ ngâm phù hợp trước khi xay ướt.",
        {"qFo064": 2, "qFo065": 2, "qFo066": 2, "qFo072": 1, "qFo075": 1},
    ),
    (
        "qFn33",
        "en",
        "tintuc_gocat",
        "Less energy-hungry alternative to wet grinding of rice (Tieu Can)",
        "Wet grinding with many pumps and mills uses a lot of power in our flour workshop in Tieu Can. We want another "
        "grinding route that still gives fine flour with low starch damage.",
        {"qFo067": 2, "qFo068": 2, "qFo069": 1, "qFo070": 1, "qFo071": 1},
    ),
    (
        "qFn34",
        "vi",
        "tapchidulich",
        "Can may xay bot gao kho min cho lo banh o Tra Cu",
        "Lo banh o Tra Cu muon tu xay bot gao kho thay vi mua bot. Can may nghien bot kho min, nang suat vua, "
        "thu hoi cao.",
        {"qFo069": 2, "qFo070": 2, "qFo071": 2, "qFo067": 1, "qFo068": 1, "qFo075": 1},
    ),
    (
        "qFn35",
        "en",
        "tintuc_gocat",
        "Steady supply of good rice flour for a hu tieu kiln (Vinh Long city)",
        "Our hu tieu kiln in Vinh Long city wants to stop milling and buy white, fine, chewy rice flour from a craft "
        "village in steady volumes.",
        {"qFo073": 2, "qFo155": 2, "qFo079": 1},
    ),
    (
        "qFn36",
        "vi",
        "sadec_env",
        "Hướng phát triển bền vững cho làng xay bột gạo ở Trà Ôn",
        "Các hộ xay bột gạo ở Trà Ôn làm thủ công, ít áp dụng công nghệ, chưa có nhãn hiệu, bao bì, lại gây ô nhiễm. "
        "Cần đơn vị tư vấn giải pháp phát triển làng nghề bền vững.",
        {"qFo074": 2, "qFo150": 2, "qFo125": 1, "qFo126": 1, "qFo121": 1, "qFo122": 1},
    ),
    (
        "qFn37",
        "en",
        "tintuc_gocat",
        "Wet or dry milling? Supplier of rice-flour mills (Long Ho)",
        "Dry-milled flour we bought discoloured our noodles, and wet milling is slow. A workshop in Long Ho wants a "
        "supplier that can offer both wet and dry milling systems and advise which gives finer flour.",
        {"qFo071": 2, "qFo070": 1, "qFo069": 1, "qFo066": 1, "qFo067": 1, "qFo068": 1},
    ),
    (
        "qFn38",
        "vi",
        "kitchen57",
        "Quy trình làm sạch, ngâm, xay, rây bột gạo cho cơ sở mới",
        "Chúng tôi mới mở cơ sở làm bột gạo ở Duyên Hải, chưa có kinh nghiệm. Cần hướng dẫn quy trình làm sạch, "
        "ngâm bao lâu, xay và rây để bột mịn, không bị nhão.",
        {"qFo072": 2, "qFo065": 2, "qFo064": 2, "qFo075": 1, "qFo030": 1},
    ),
    # --- food safety, packaging model, special requests ---
    (
        "qFn39",
        "vi",
        "bun24h",
        "Xây dựng HACCP cho xưởng bún tươi ở TP Trà Vinh",
        "Xưởng bún tươi của chúng tôi cung cấp cho bếp ăn trường học, được yêu cầu áp dụng HACCP. Cần tư vấn "
        "phân tích mối nguy và các điểm kiểm soát.",
        {"qFo108": 2, "qFo106": 1, "qFo024": 1},
    ),
    (
        "qFn40",
        "vi",
        "vietbao",
        "Bộ test nhanh hàn the cho HTX bún và chợ đầu mối",
        "HTX bún ở Tiểu Cần muốn tự kiểm tra và chứng minh sản phẩm không có hàn the; cần bộ test nhanh và nơi "
        "kiểm nghiệm khẳng định.",
        {"qFo107": 2, "qFo106": 1},
    ),
    (
        "qFn41",
        "vi",
        "bun24h",
        "Đóng gói khí điều biến cho bánh phở tươi",
        "Cơ sở bánh phở tươi ở Cầu Kè giao hàng cho siêu thị, bánh chỉ để được 1 – 2 ngày. Muốn đóng gói khí "
        "điều biến (CO2, N2) để kéo dài hạn dùng.",
        {"qFo088": 2, "qFo087": 2, "qFo091": 2, "qFo086": 1, "qFo085": 1, "qFo081": 1, "qFo082": 1},
    ),
    (
        "qFn42",
        "vi",
        "vacne",
        "Tư vấn xử lý nước thải cho hộ làm bún nhỏ ở Càng Long",
        "Hộ làm bún của tôi ở Càng Long xả nước ngâm gạo, rửa bún ra mương, hàng xóm phản ánh mùi hôi. Cần đơn vị "
        "khảo sát và tư vấn công nghệ xử lý phù hợp.",
        {"qFo128": 2, "qFo124": 2, "qFo113": 1, "qFo114": 1, "qFo115": 1, "qFo152": 1},
    ),
    (
        "qFn43",
        "vi",
        "vacne",
        "Tập huấn làm và vận hành hầm biogas cho hộ làm bột nuôi heo",
        "Tổ hợp tác làm bột gạo kết hợp nuôi heo ở Trà Ôn muốn được tập huấn về hầm biogas: thiết kế, nạp liệu, "
        "sử dụng khí đốt.",
        {"qFo133": 2, "qFo131": 1, "qFo132": 1},
    ),
    (
        "qFn44",
        "vi",
        "preservemania",
        "Mô hình bún đóng gói kèm gia vị để bán đi xa",
        "Doanh nghiệp ở TP Trà Vinh muốn biến bún nước lèo thành sản phẩm đóng gói kèm gói gia vị, có tiêu chuẩn, "
        "bán siêu thị và online. Cần kinh nghiệm mô hình công nghiệp hóa.",
        {"qFo148": 2, "qFo024": 1, "qFo025": 1, "qFo081": 1, "qFo082": 1},
    ),
    (
        "qFn45",
        "vi",
        "tapchidulich",
        "Quy trình hủ tiếu dai kiểu Mỹ Tho cho lò ở Châu Thành",
        "Lò hủ tiếu ở Châu Thành (Trà Vinh) muốn học quy trình làm bánh hủ tiếu khô dai kiểu Mỹ Tho: chọn gạo, "
        "ngâm, xay lắng, hấp, phơi.",
        {"qFo022": 2, "qFo023": 1, "qFo156": 1},
    ),
    (
        "qFn46",
        "en",
        "preservemania",
        "Formulation and process advice for better rice noodles",
        "Our rice noodles from Duyen Hai are dull, break in cooking and go rancid in storage. We want expert advice on "
        "flour properties, amylose, steaming and formulation.",
        {"qFo105": 2, "qFo103": 1, "qFo104": 1},
    ),
    (
        "qFn47",
        "en",
        "memart2",
        "Heat-pump dryer with heat recovery and preset drying programs",
        "A noodle maker in Binh Tan wants a heat-pump dryer with heat recovery, high efficiency and built-in "
        "drying programs that workers can select without tuning.",
        {"qFo034": 2, "qFo032": 2, "qFo033": 1, "qFo031": 1, "qFo153": 1, "qFo027": 1, "qFo028": 1},
    ),
    (
        "qFn48",
        "en",
        "sadec_env",
        "Independent assessment of existing noodle-village wastewater systems",
        "Noodle households in a Long Ho commune have built several small treatment tanks that do not meet "
        "standards. We want an independent evaluation of the technologies in use and proposals to improve them.",
        {"qFo123": 2, "qFo111": 1, "qFo112": 1},
    ),
    (
        "qFn49",
        "en",
        "tintuc_gocat",
        "Characterise our water-milled rice flour against dry-milled flour",
        "We sell water-milled rice flour from Tra On and want a lab study of how soaking conditions affect the flour, "
        "compared with dry jet-milled flour, to support product claims.",
        {"qFo066": 2, "qFo064": 1, "qFo065": 1},
    ),
    (
        "qFn50",
        "en",
        "tapchidulich",
        "Learn the chewy My Tho-style hu tieu process (Tra Vinh)",
        "A family kiln in Tra Vinh wants its dried hu tieu to match the My Tho style: fragrant local rice, a full day of "
        "soaking, settled flour, short steaming and bamboo-rack drying. Who can teach us?",
        {"qFo022": 2, "qFo023": 1, "qFo156": 1},
    ),
    (
        "qFn51",
        "en",
        "vietbao",
        "Hazard analysis (HACCP) for a fresh noodle workshop",
        "Our fresh bun workshop in Cang Long must prepare a HACCP plan for a supermarket buyer. We need help with "
        "identifying biological, chemical and physical hazards.",
        {"qFo108": 2, "qFo106": 1, "qFo024": 1, "qFo025": 1},
    ),
    (
        "qFn52",
        "en",
        "bun24h",
        "Rapid borax test for our noodles and market stalls",
        "Buyers in Tra Vinh city worry about borax in fresh noodles. Our producer group wants quick on-site tests "
        "and a lab that confirms positive samples.",
        {"qFo107": 2, "qFo106": 1},
    ),
    (
        "qFn53",
        "en",
        "vacne",
        "Wastewater advice for a small bun household (Chau Thanh)",
        "A small bun household in Chau Thanh discharges rice-soaking and rinsing water into the canal; neighbours "
        "complain of odour. We need a consultant to choose an affordable treatment.",
        {"qFo128": 2, "qFo124": 2, "qFo113": 1, "qFo114": 1},
    ),
    (
        "qFn54",
        "vi",
        "preservemania",
        "Thuê chuyên gia góp ý công thức và quy trình sợi bún",
        "Sợi bún khô của chúng tôi ở Tiểu Cần kém trắng, dễ đứt khi nấu, để lâu có mùi. Muốn thuê chuyên gia "
        "đánh giá nguyên liệu, hàm lượng amylose, công đoạn hấp và công thức.",
        {"qFo105": 2, "qFo103": 1, "qFo104": 1},
    ),
    (
        "qFn55",
        "vi",
        "memart2",
        "So sánh chi phí vận hành máy sấy bơm nhiệt với lò dầu, lò than",
        "Cơ sở bún khô ở Trà Ôn đang sấy bằng lò than. Trước khi đầu tư muốn biết chi phí vận hành của máy sấy "
        "bơm nhiệt so với lò dầu, lò than, lò điện.",
        {"qFo032": 2, "qFo034": 1, "qFo031": 1, "qFo153": 1},
    ),
    (
        "qFn56",
        "vi",
        "sadec_env",
        "Đánh giá hiệu quả các hệ thống xử lý nước thải hiện có của làng bún",
        "Xã có làng bún ở Long Hồ đã có một số bể xử lý nhưng nước xả vẫn vượt chuẩn. Cần đơn vị đánh giá công "
        "nghệ đang dùng và đề xuất cải thiện.",
        {"qFo123": 2, "qFo111": 1, "qFo112": 1},
    ),
    (
        "qFn57",
        "vi",
        "mylong_sggp",
        "Cơ giới hóa xay, trộn, tráng và sấy bánh tráng mè ở Mỹ Lồng",
        "Dịp Tết mỗi hộ ở Mỹ Lồng (xã Lương Phú) tráng khoảng 1.000 bánh/ngày bằng tay. Muốn dây chuyền xay – trộn "
        "bột – tráng bánh tự động và máy sấy thay phơi.",
        {"qFo046": 2, "qFo051": 1, "qFo052": 1},
    ),
    # --- shelf life ---
    (
        "qFn58",
        "vi",
        "bun24h",
        "Kéo dài hạn dùng bún tươi 3 – 7 ngày mà không dùng hàn the",
        "Bún của cơ sở chúng tôi ở Bình Minh để qua đêm là chua do tiếp tục lên men. Cần giải pháp bao gói, bảo "
        "quản an toàn để giữ được 3 – 7 ngày.",
        {
            "qFo081": 2,
            "qFo082": 2,
            "qFo085": 2,
            "qFo086": 2,
            "qFo087": 2,
            "qFo088": 2,
            "qFo091": 2,
            "qFo095": 1,
            "qFo096": 1,
        },
    ),
    (
        "qFn59",
        "en",
        "fmxtng",
        "Vacuum packaging for fresh rice noodles to last two weeks chilled (Duyen Hai)",
        "We distribute fresh rice noodles from Duyen Hai to shops in other districts. Unpacked they keep about a "
        "week in the fridge; we want vacuum packs that last two to three weeks chilled.",
        {"qFo081": 2, "qFo082": 2, "qFo091": 2, "qFo090": 1, "qFo083": 1, "qFo084": 1},
    ),
    (
        "qFn60",
        "en",
        "bun24h",
        "Setting the use-by date of fresh pho noodles at different temperatures",
        "Supermarkets ask our Cau Ke workshop to print a use-by date on fresh pho noodles stored at 4, 10 or 25 °C. "
        "We need tests or a model to set it.",
        {"qFo083": 2, "qFo084": 2, "qFo089": 1, "qFo157": 1},
    ),
    (
        "qFn61",
        "en",
        "fmxtng",
        "Semi-dried hu tieu hardens and spoils at room temperature",
        "Our semi-dried hu tieu from Tra Vinh city hardens and grows mould within days at room temperature. We want "
        "to understand why and how to extend storage.",
        {"qFo089": 2, "qFo157": 2, "qFo095": 1, "qFo096": 1, "qFo085": 1, "qFo086": 1},
    ),
    (
        "qFn62",
        "vi",
        "vietbao",
        "Bun tuoi chi de duoc 1 ngay, muon bao quan lau hon ma khong dung han the",
        "Co so bun o Cau Ngang, bun de 1 ngay la chua. Nghe noi bun co han the de 2 - 3 ngay, nhung minh khong "
        "muon dung. Can cach bao quan an toan.",
        {"qFo085": 2, "qFo086": 2, "qFo087": 2, "qFo081": 2, "qFo082": 2, "qFo088": 2, "qFo091": 2, "qFo107": 1},
    ),
    (
        "qFn63",
        "en",
        "fmxtng",
        "Modified-atmosphere packing or low-dose irradiation for fresh noodles",
        "A Vinh Long noodle company wants a service to extend fresh noodle shelf life by modified-atmosphere packing "
        "or low-dose irradiation, without hurting texture.",
        {"qFo087": 2, "qFo085": 2, "qFo086": 2, "qFo088": 2, "qFo091": 2, "qFo081": 1, "qFo082": 1},
    ),
    # --- texture and additives ---
    (
        "qFn64",
        "en",
        "vietbao",
        "Borax-free noodles crumble: need a safe additive for elasticity",
        "Since we stopped using borax, our fresh noodles in Tra Cu break and feel mushy. We need a permitted additive "
        "or hydrocolloid that keeps strands elastic and lowers cooking loss.",
        {"qFo097": 2, "qFo098": 2, "qFo099": 2, "qFo100": 2, "qFo095": 1, "qFo096": 1, "qFo106": 1, "qFo105": 1},
    ),
    (
        "qFn65",
        "en",
        "bun24h",
        "Chilled fresh pho noodles turn hard and brittle",
        "Fresh pho noodles we keep in the cold room in Vinh Long city harden and break after a few days. We need a "
        "way to slow this starch hardening during storage.",
        {"qFo095": 2, "qFo096": 2, "qFo097": 1, "qFo098": 1, "qFo081": 1, "qFo082": 1, "qFo089": 1, "qFo157": 1},
    ),
    (
        "qFn66",
        "en",
        "preservemania",
        "Gluten-free instant noodles from rice and mung bean for export",
        "A Vung Liem company wants to export gluten-free instant noodles made from rice flour and mung bean starch. "
        "We need a formulation with good texture and low oil uptake.",
        {"qFo101": 2, "qFo102": 2, "qFo026": 1, "qFo149": 1},
    ),
    (
        "qFn67",
        "vi",
        "vietbao",
        "Bún gạo màu (gạo lứt, gạo đỏ) bở, cần phụ gia tạo độ dai",
        "HTX ở Tiểu Cần làm bún từ gạo đỏ, gạo lứt nhưng sợi bở, hao hụt nhiều khi nấu. Cần phụ gia an toàn để "
        "sợi dai mà vẫn giữ chất chống oxy hóa.",
        {"qFo099": 2, "qFo100": 2, "qFo101": 1, "qFo102": 1},
    ),
    # --- wastewater ---
    (
        "qFn68",
        "vi",
        "sadec_env",
        "Xử lý nước thải theo cụm cho làng xay bột gạo ở Trà Ôn",
        "Làng xay bột gạo ở Trà Ôn có hàng trăm hộ vừa làm bột vừa nuôi heo, nước thải xả thẳng ra kênh gây hôi "
        "thối. Cần phương án thu gom, xử lý tập trung theo cụm hộ.",
        {"qFo125": 2, "qFo126": 2, "qFo124": 1, "qFo111": 1, "qFo113": 1},
    ),
    (
        "qFn69",
        "en",
        "vacne",
        "Wastewater plant for a bun factory of about 150 m³ per day (Tra Vinh city)",
        "Our bun factory in Tra Vinh city discharges about 150 m³ a day of starch-rich water with BOD near "
        "1,000 mg/L. We need design and construction of a treatment plant that meets standards.",
        {
            "qFo109": 2,
            "qFo110": 2,
            "qFo116": 2,
            "qFo117": 2,
            "qFo115": 1,
            "qFo152": 1,
            "qFo111": 1,
            "qFo112": 1,
            "qFo113": 2,
            "qFo114": 2,
            "qFo128": 1,
            "qFo124": 1,
        },
    ),
    (
        "qFn70",
        "vi",
        "vacne",
        "Tách dòng và tiền xử lý nước thải cơ sở bún, phở",
        "Cơ sở bún phở ở Vũng Liêm muốn tách riêng nước vo gạo, nước rửa bún, nước vệ sinh máy và có bước lọc rác, "
        "tách mỡ, lắng cặn trước khi xử lý tiếp.",
        {"qFo113": 2, "qFo114": 2, "qFo115": 2, "qFo152": 2, "qFo116": 1, "qFo117": 1},
    ),
    (
        "qFn71",
        "en",
        "sadec_env",
        "Biological treatment of very strong vermicelli wastewater",
        "Settling water from our vermicelli plant in Binh Minh has COD of tens of thousands of mg/L. We look for a "
        "biological process able to take such starch and protein loads.",
        {"qFo118": 2, "qFo119": 2, "qFo120": 2, "qFo154": 2, "qFo127": 1, "qFo121": 1, "qFo116": 1, "qFo117": 1},
    ),
    (
        "qFn72",
        "en",
        "vacne",
        "UASB reactor for noodle wastewater with biogas recovery",
        "A noodle cooperative in Long Ho wants an anaerobic UASB stage for its starch-rich wastewater and to use "
        "the gas.",
        {"qFo116": 2, "qFo117": 2, "qFo111": 2, "qFo112": 2, "qFo121": 1, "qFo122": 1, "qFo131": 1},
    ),
    (
        "qFn73",
        "en",
        "sadec_env",
        "Cleaner production for a rice-flour plant: water reuse, starch loss, biogas",
        "Our rice-flour plant in Tra On wants to cut water use and starch losses and to turn wastewater into biogas "
        "for the boiler.",
        {"qFo121": 2, "qFo122": 2, "qFo074": 1, "qFo150": 1},
    ),
    (
        "qFn74",
        "vi",
        "vacne",
        "Nuoc thai lo bun hoi qua, xin cong nghe xu ly re tien cho ho gia dinh o Tieu Can",
        "Lo bun nha toi o Tieu Can xa nuoc ra muong, hoi thoi, bi nhac nho. Xin cong nghe xu ly nuoc thai don gian, "
        "re tien cho ho gia dinh.",
        {"qFo124": 2, "qFo128": 2, "qFo113": 2, "qFo114": 2, "qFo115": 1, "qFo152": 1, "qFo133": 1},
    ),
    # --- by-products and heat ---
    (
        "qFn75",
        "vi",
        "vacne",
        "Hầm biogas cho hộ làm bột gạo nuôi heo ở Trà Ôn",
        "Hộ làm bột ở Trà Ôn tận dụng bột cặn nuôi heo, phân và nước thải chuồng trại nhiều. Muốn làm hầm biogas "
        "lấy khí đun nấu, giảm ô nhiễm.",
        {"qFo131": 2, "qFo132": 2, "qFo133": 2, "qFo125": 1, "qFo126": 1},
    ),
    (
        "qFn76",
        "en",
        "dnsg",
        "Rice husk heat for hu tieu steaming kilns instead of firewood",
        "Hu tieu kilns in Cau Ngang burn firewood for the steamers. Husk is cheap from the local mills; we want a "
        "husk furnace or gasifier that gives steady, clean heat.",
        {"qFo137": 2, "qFo138": 2, "qFo139": 2, "qFo140": 2, "qFo047": 1, "qFo141": 1},
    ),
    (
        "qFn77",
        "vi",
        "dnsg",
        "Thay gas LPG bằng khí hóa trấu cho lò tráng bánh",
        "Lò tráng bánh ở Trà Cú dùng gas LPG, tiền gas mỗi năm rất lớn. Muốn dùng lò khí hóa trấu cho đầu đốt, "
        "chạy liên tục.",
        {"qFo139": 2, "qFo140": 2, "qFo137": 1, "qFo138": 1},
    ),
    (
        "qFn78",
        "en",
        "vietnamplus",
        "Dried rice-noodle plant meeting export moisture and food-safety rules",
        "A Tra Vinh exporter of dried rice noodles needs a line that keeps moisture under 12% and is built for HACCP "
        "or ISO 22000 certification.",
        {"qFo024": 2, "qFo025": 2, "qFo108": 1, "qFo103": 1, "qFo104": 1},
    ),
]
