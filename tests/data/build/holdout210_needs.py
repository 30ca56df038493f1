"""Needs for the holdout210 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "qDn01",
        "vi",
        "foodandwine",
        "Chuẩn hóa tỷ lệ cá – muối và thời gian ủ chượp cá cơm",
        "Cơ sở gia đình ở Ba Động (Trường Long Hòa, Duyên Hải) làm nước mắm theo kiểu xếp cá cơm với muối trong khạp, đè đá rồi chờ khoảng một năm mới rút. "
        "Mỗi mẻ một khác vì trộn muối theo cảm tính. Cần quy trình chuẩn về tỷ lệ cá – muối, cách nén và thời gian ủ để mẻ nào cũng đạt.",
        {"qDo001": 2, "qDo002": 2, "qDo004": 2, "qDo005": 2, "qDo003": 1, "qDo006": 1, "qDo009": 1},
    ),
    (
        "qDn02",
        "en",
        "sggp",
        "Chượp turns off in the first weeks: how to manage salt and drained brine",
        "Our household in Cầu Ngang salts anchovies in big pots in the peak season, but part of each batch goes soft and smells bad in the first weeks because the salt does not spread evenly. "
        "We need practical guidance on mixing, pressing and what to do with the brine that drains off early on.",
        {"qDo002": 2, "qDo004": 2, "qDo001": 1, "qDo006": 1},
    ),
    (
        "qDn03",
        "vi",
        "flickr",
        "Can tu van dong thung go u chuop",
        "Nha toi o Long Hoa (Chau Thanh, Tra Vinh) muon chuyen tu khap sanh sang thung go lon de u ca com lam nuoc mam. Khong biet dung go gi, kich thuoc, so van, dai may ra sao "
        "cho ben va nuoc mam dep mau. Can noi tu van hoac dong thung theo dung kieu truyen thong.",
        {"qDo007": 2, "qDo001": 1, "qDo005": 1},
    ),
    (
        "qDn04",
        "en",
        "vietmaz",
        "Our vats take too long to ripen: what controls ripening speed",
        "A fish sauce cooperative in Trà Cú keeps anchovy mash in large vats for about 18 months before the first draw, which ties up capital. We do not want to add enzymes. "
        "We want to understand how vat size, season and the kind of fish affect how fast the mash ripens so we can plan batches better.",
        {"qDo003": 2, "qDo008": 1, "qDo006": 1, "qDo002": 1},
    ),
    (
        "qDn05",
        "vi",
        "ven",
        "Nâng độ đạm nước mắm lên 60 độ",
        "Cơ sở nước mắm ở thị xã Duyên Hải đang có nước mắm nhỉ khoảng 40 độ đạm, muốn làm thêm dòng cao cấp 60 độ đạm để bán quà biếu và xuất khẩu. "
        "Cần công nghệ và thiết bị nâng độ đạm mà vẫn giữ hương vị nước mắm truyền thống.",
        {"qDo006": 2, "qDo010": 1, "qDo019": 1},
    ),
    (
        "qDn06",
        "en",
        "baomoi",
        "Grading our first-draw sauce by colour and smell",
        "A small brewer in Long Toàn (Duyên Hải) sells first and later draws at different prices but the staff grade them by guesswork. "
        "We want a simple way to judge colour, clarity, smell and taste so that each grade is consistent, and training for two workers.",
        {"qDo014": 2, "qDo086": 1, "qDo012": 1},
    ),
    (
        "qDn07",
        "vi",
        "cacom",
        "Chọn nguồn cá cơm và mùa vụ cho xưởng nước mắm mới",
        "Tổ hợp tác ở Long Toàn (Duyên Hải) chuẩn bị mở xưởng nước mắm cá cơm nhưng chưa rõ nên mua loại cá cơm nào, vào tháng nào, xử lý trên ghe ra sao cho cá tươi. "
        "Cần tư vấn chọn nguyên liệu và lịch thu mua theo mùa.",
        {"qDo009": 2, "qDo004": 2, "qDo030": 1},
    ),
    (
        "qDn08",
        "en",
        "vnanet",
        "Clean coarse salt supply for our chượp",
        "Our fish sauce workshop in Hiệp Thạnh (Duyên Hải) buys cheap field salt that is grey and full of sand, and we suspect it hurts colour and taste. "
        "We are looking for a supplier of clean crystal salt or a simple way to clean and dry salt before mixing with fish.",
        {"qDo111": 2, "qDo005": 2, "qDo112": 1, "qDo113": 1},
    ),
    (
        "qDn09",
        "vi",
        "haui",
        "Rút ngắn thời gian ủ chượp xuống dưới 6 tháng",
        "Doanh nghiệp chế biến thủy sản ở Cầu Ngang muốn rút thời gian ủ chượp từ 12 tháng xuống dưới 6 tháng để quay vòng vốn, chấp nhận dùng enzyme hoặc vi sinh vật an toàn. "
        "Cần đơn vị chuyển giao quy trình, liều dùng và cách kiểm soát chất lượng.",
        {"qDo016": 2, "qDo143": 2, "qDo017": 2, "qDo018": 2, "qDo021": 2, "qDo019": 1, "qDo020": 1, "qDo026": 1},
    ),
    (
        "qDn10",
        "en",
        "bctk",
        "Enzyme-made sauce lacks the traditional aroma",
        "We trialled a protease to speed up hydrolysis at our plant in Vĩnh Long and got plenty of liquid quickly, but tasters say it lacks the aroma and colour of barrel sauce. "
        "We need a way to recover traditional flavour, for example by blending or by a different starter.",
        {"qDo020": 2, "qDo022": 2, "qDo025": 1, "qDo027": 1, "qDo024": 1},
    ),
    (
        "qDn11",
        "en",
        "kiwix",
        "Starter culture for sauce from freshwater fish",
        "A cooperative in Trà Ôn (Vĩnh Long) wants to make a fish sauce from cheap freshwater fish such as small carp and cá linh in the flood season. "
        "Plain salting gives a weak, slow ferment. We are looking for a starter or koji method proven on freshwater fish.",
        {"qDo022": 2, "qDo023": 1, "qDo021": 1, "qDo029": 1, "qDo026": 1},
    ),
    (
        "qDn12",
        "vi",
        "siasat",
        "Lam nuoc mam it muoi",
        "Co so o Tieu Can muon lam dong nuoc mam giam muoi cho nguoi cao huyet ap ma khong bi hu, khong bi thoi. Hien nuoc mam truyen thong rat man. "
        "Can quy trinh len men nuoc mam o nong do muoi thap va cach giu an toan.",
        {"qDo024": 2, "qDo058": 1, "qDo060": 1, "qDo144": 1},
    ),
    (
        "qDn13",
        "en",
        "qualicours",
        "Turning by-catch and small trash fish into sauce",
        "Trawlers landing at Định An (Trà Cú) bring mixed small fish that sell for very little. A local firm wants to turn them into a seasoning sauce with a short, controlled fermentation, "
        "for example with koji and salt-tolerant microbes, rather than selling them for feed.",
        {"qDo025": 2, "qDo023": 2, "qDo022": 1, "qDo118": 1},
    ),
    (
        "qDn14",
        "vi",
        "koreasci",
        "Vi sinh vật chịu mặn làm chủng khởi động cho chượp",
        "Hợp tác xã ở Mỹ Long (Cầu Ngang) muốn bổ sung chủng vi sinh vật chịu mặn vào chượp cá cơm để chượp chín đều và nhanh hơn, giảm hư hỏng. "
        "Cần tư vấn chọn chủng, nguồn cung và cách dùng ở nồng độ muối cao.",
        {"qDo021": 2, "qDo029": 2, "qDo026": 2, "qDo016": 1, "qDo143": 1, "qDo017": 1},
    ),
    (
        "qDn15",
        "vi",
        "vuthethanh",
        "Nước mắm bị trả về vì histamine vượt ngưỡng",
        "Lô nước mắm cá cơm của cơ sở ở Duyên Hải gửi cho đối tác xuất khẩu bị trả về vì histamine cao hơn ngưỡng cho phép. "
        "Cần giải pháp giảm histamine từ khâu nguyên liệu đến khi ủ chượp mà vẫn giữ độ đạm và hương vị.",
        {"qDo028": 2, "qDo029": 2, "qDo031": 2, "qDo030": 2, "qDo032": 1, "qDo033": 1, "qDo026": 1},
    ),
    (
        "qDn16",
        "en",
        "reatimes",
        "Quick histamine check for anchovy at our buying yard",
        "We buy anchovy from boats at Long Hòa every morning and cannot wait for a city laboratory. We need a rapid histamine test that workers can run on site "
        "to reject bad loads before salting, with a clear cut-off.",
        {"qDo036": 2, "qDo037": 2, "qDo038": 2, "qDo041": 2, "qDo039": 1, "qDo040": 1, "qDo043": 1},
    ),
    (
        "qDn17",
        "vi",
        "fica",
        "Can dich vu kiem nghiem histamine nuoc mam",
        "Co so nuoc mam o Cau Ke can noi kiem nghiem histamine dinh ky cho nuoc mam va ca nguyen lieu de lam ho so chat luong. "
        "Xin gioi thieu phong thi nghiem hoac bo kit phu hop voi nuoc mam len men truyen thong.",
        {"qDo040": 2, "qDo037": 2, "qDo038": 1, "qDo043": 1, "qDo041": 1},
    ),
    (
        "qDn18",
        "en",
        "soha",
        "Which histamine limit applies to our export fish sauce",
        "An enterprise in Trà Vinh city is preparing to export traditional fish sauce to Europe and the United States. We are confused by different histamine figures (40 mg/100 g, 400 ppm, 50 ppm). "
        "We need clear advice on the limits and sampling rules in each market.",
        {"qDo032": 2, "qDo033": 2, "qDo034": 2, "qDo072": 1, "qDo043": 1, "qDo042": 1},
    ),
    (
        "qDn19",
        "vi",
        "intech",
        "Chủng khởi động không sinh histamine cho chượp",
        "Công ty nước mắm ở Châu Thành (Trà Vinh) muốn thử chủng vi khuẩn khởi động không có khả năng sinh histamine để giữ histamine thấp trong suốt quá trình ủ. "
        "Cần đơn vị nghiên cứu hợp tác thử nghiệm và chuyển giao.",
        {"qDo029": 2, "qDo028": 2, "qDo026": 1, "qDo035": 1},
    ),
    (
        "qDn20",
        "en",
        "nguyenthao",
        "Anchovy arrives warm from the boats: handling before salting",
        "Boats from Mỹ Long land anchovy several hours after the catch, often warm and without ice, and we think this is where our histamine comes from. "
        "We need a handling and hygiene programme for fishers and the landing point so the fish stay cold and clean until salting.",
        {"qDo030": 2, "qDo031": 2, "qDo109": 2, "qDo100": 1, "qDo148": 1, "qDo107": 1},
    ),
    (
        "qDn21",
        "vi",
        "memarthist",
        "Phòng QC cần phương pháp phòng ngừa và phát hiện histamine",
        "Nhà máy nước mắm ở Bình Minh (Vĩnh Long) mới lập phòng kiểm soát chất lượng, cần tài liệu tổng hợp về cách histamine hình thành, biện pháp hạn chế và các kỹ thuật phát hiện "
        "để xây dựng kế hoạch kiểm soát.",
        {"qDo035": 2, "qDo034": 1, "qDo036": 1, "qDo040": 1},
    ),
    (
        "qDn22",
        "en",
        "rmd",
        "Our histamine kit and the lab's HPLC disagree",
        "Our quality staff in Trà Vinh city use a rapid kit on fish sauce, but results differ a lot from the accredited laboratory's HPLC numbers. "
        "We need a kit that has been validated on fermented fish products, or guidance on which kits agree with HPLC.",
        {"qDo037": 2, "qDo036": 2, "qDo038": 1, "qDo040": 1},
    ),
    (
        "qDn23",
        "vi",
        "xenforo",
        "Chuẩn hóa mắm bò hóc của hộ Khmer để bán ra thị trường",
        "Tổ hợp tác của đồng bào Khmer ở Trà Cú làm mắm bò hóc (prohoc) từ cá đồng, cơm nguội và muối theo kinh nghiệm mỗi nhà một kiểu. "
        "Muốn có công thức, tỷ lệ và thời gian ủ thống nhất để mắm đều chất lượng, đóng hũ bán ở chợ và cửa hàng đặc sản.",
        {"qDo045": 2, "qDo047": 2, "qDo046": 1, "qDo048": 1, "qDo049": 1},
    ),
    (
        "qDn24",
        "en",
        "laodong",
        "Safety and salt testing for our prahok",
        "A Khmer women's group in Châu Thành (Trà Vinh) sells mắm bò hóc to restaurants that now ask for food-safety evidence. "
        "We need someone to test sodium, pathogens and parasites in our product and tell us what to change.",
        {"qDo048": 2, "qDo057": 1, "qDo049": 1, "qDo145": 1},
    ),
    (
        "qDn25",
        "vi",
        "tadiha",
        "Thiếu cá trê đồng, dùng cá nuôi làm mắm bò hóc bị hư",
        "Hộ làm mắm bò hóc ở Cầu Ngang thiếu cá trê đồng nên thử dùng cá trê nuôi, nhưng mắm bị hư, mềm nhũn. Cần tư vấn chọn cá thay thế và cách xử lý nguyên liệu.",
        {"qDo046": 2, "qDo045": 1},
    ),
    (
        "qDn26",
        "en",
        "camnang",
        "Keeping flies off and sweetening our mắm cá lóc",
        "Our family in Vũng Liêm (Vĩnh Long) makes whole snakehead mắm, but flies gather during curing and buyers want a rounder, sweeter taste like the Châu Đốc style. "
        "We need a tested recipe and curing steps.",
        {"qDo052": 2, "qDo053": 2, "qDo050": 1},
    ),
    (
        "qDn27",
        "vi",
        "vnnet",
        "Quy trinh lam mam ca loc de ban",
        "Nha toi o Tra On (Vinh Long) mua nuoc noi bat duoc nhieu ca loc, muon lam mam ca loc ban quanh nam. Can quy trinh uop muoi, tron thinh, u bao lau va dong hu.",
        {"qDo053": 2, "qDo052": 1, "qDo049": 1, "qDo145": 1},
    ),
    (
        "qDn28",
        "en",
        "osmarks",
        "Standards and labels to sell packed fermented fish in supermarkets",
        "A cooperative in Tiểu Cần wants to supply jars of fermented fish (padaek-style) to supermarkets, which ask for a product standard and a compliant label. "
        "We need guidance on salt level, safety criteria, containers and label content.",
        {"qDo049": 2, "qDo050": 2, "qDo145": 2, "qDo076": 1, "qDo048": 1},
    ),
    (
        "qDn29",
        "vi",
        "tintucmt",
        "Làm mắm tép từ tép rong ở mương vườn",
        "Nông dân ở Càng Long vớt được nhiều tép rong trong mương vườn, muốn làm mắm tép đóng hũ bán. Cần kỹ thuật chọn tép, ướp và giữ mắm không bị hư.",
        {"qDo054": 2, "qDo066": 1, "qDo069": 1},
    ),
    (
        "qDn30",
        "en",
        "baost",
        "Parasite risk in raw freshwater mắm eaten uncooked",
        "Customers of our eat-raw mắm from field fish in Trà Cú worry about liver flukes and worms. We need to know what salt level and controls keep freshwater fermented fish "
        "parasite-free and how to prove it.",
        {"qDo049": 2, "qDo145": 2, "qDo048": 2, "qDo109": 1},
    ),
    (
        "qDn31",
        "vi",
        "baovemt",
        "Mắm ruốc phồng hộp, chảy dịch khi bày bán",
        "Cơ sở mắm ruốc ở Đông Hải (Duyên Hải) đóng hộp nhựa mỏng, bày bán vài tháng thì hộp phồng, chảy nước, mùi thay đổi. "
        "Cần chọn bao bì phù hợp giữ được chất lượng mắm ruốc lâu ở nhiệt độ phòng.",
        {"qDo056": 2, "qDo069": 1, "qDo060": 1, "qDo141": 1},
    ),
    (
        "qDn32",
        "en",
        "ntro",
        "High bacterial counts in our mắm tôm",
        "Lab tests on the shrimp paste made by our group in Cầu Ngang found E. coli and high total counts. We salt lightly because customers dislike very salty paste. "
        "We need an audit of our process and hygiene practices suited to small shrimp paste makers.",
        {"qDo057": 2, "qDo106": 2, "qDo064": 1, "qDo063": 1},
    ),
    (
        "qDn33",
        "vi",
        "scribdpaste",
        "Giảm muối trong mắm ruốc mà không hư",
        "Doanh nghiệp ở Vĩnh Long muốn ra mắm ruốc giảm muối cho khách thành phố, nhưng lo giảm muối thì mắm dễ hư và nhiễm khuẩn. "
        "Cần quy trình lên men mắm ruốc, mắm tôm ít muối đã được kiểm chứng.",
        {"qDo058": 2, "qDo060": 2, "qDo144": 2, "qDo024": 1},
    ),
    (
        "qDn34",
        "en",
        "merritt",
        "Mechanising grinding, squeezing and drying of shrimp paste",
        "Our shrimp paste workshop in Trường Long Hòa still pounds and spreads paste by hand. We want machines to grind and squeeze the salted shrimp and a better way to dry it "
        "into blocks of fixed weight.",
        {"qDo061": 2, "qDo114": 1, "qDo115": 1, "qDo065": 1},
    ),
    (
        "qDn35",
        "vi",
        "tintuconl",
        "Chuyển giao quy trình làm mắm ruốc cho tổ hợp tác",
        "Tổ hợp tác phụ nữ ở Đông Hải (Duyên Hải) có nguồn ruốc biển theo mùa, muốn học làm mắm ruốc đóng hộp: tỷ lệ muối, phơi, xay, thời gian ủ. "
        "Cần cơ sở hoặc đơn vị đào tạo chuyển giao quy trình.",
        {"qDo065": 2, "qDo066": 2, "qDo063": 2, "qDo059": 1, "qDo067": 1},
    ),
    (
        "qDn36",
        "en",
        "swprov",
        "Shrimp paste ferments too slowly in the rainy season",
        "In the rainy months our jars of shrimp paste in Duyên Hải take many months to mature and some batches sour. "
        "We need a stirring and covering routine or a controlled-temperature fermentation so the paste ripens on time all year.",
        {"qDo059": 2, "qDo060": 2, "qDo144": 2, "qDo062": 1},
    ),
    (
        "qDn37",
        "vi",
        "dconnect",
        "Đào tạo nghề làm mắm tôm chua cho hội phụ nữ",
        "Hội Liên hiệp Phụ nữ xã ở Cầu Ngang muốn mở lớp dạy làm mắm tôm chua bán Tết cho chị em, cần giáo trình hoặc đơn vị có chương trình đào tạo sơ cấp bài bản, "
        "có phần an toàn thực phẩm.",
        {"qDo064": 2, "qDo063": 2, "qDo106": 1},
    ),
    (
        "qDn38",
        "en",
        "appliance",
        "Extracting liquid shrimp sauce as a second product",
        "Besides shrimp paste, our cooperative in Long Hòa wants to draw off a clear shrimp sauce from the fermenting jars and sell it bottled. "
        "We need a process for extracting, cleaning and stabilising the liquid.",
        {"qDo062": 2, "qDo060": 2, "qDo059": 1},
    ),
    (
        "qDn39",
        "vi",
        "laitimes",
        "Thay phơi nắng ruốc bằng máy sấy",
        "Cơ sở mắm ruốc ở Hiệp Thạnh phơi ruốc ngoài sân, mùa mưa không phơi được và dễ dính bụi, ruồi. Cần máy sấy thủy sản tiết kiệm điện, "
        "sấy nhiệt độ vừa phải để giữ màu và mùi ruốc.",
        {"qDo114": 2, "qDo115": 2, "qDo116": 2, "qDo147": 2, "qDo061": 1},
    ),
    (
        "qDn40",
        "vi",
        "txdh",
        "Quy trình nấu, lọc, đóng chai nước mắm rươi để bán quanh năm",
        "Hộ dân ở Trường Long Hòa (Duyên Hải) làm nước mắm rươi mỗi mùa rươi nhưng chỉ để ăn và biếu, để lâu dễ đổi mùi. "
        "Muốn làm hàng hóa bán quanh năm, cần quy trình ướp, phơi, nấu, lọc và đóng chai an toàn.",
        {"qDo070": 2, "qDo071": 2, "qDo086": 1, "qDo082": 1, "qDo151": 1},
    ),
    (
        "qDn41",
        "en",
        "bvpl",
        "Bottled raw ragworm sauce keeps fermenting",
        "We bottle ragworm sauce in Duyên Hải town without cooking, and some bottles swell and leak on the shelf. "
        "We need to know whether and how to heat-treat and filter it before bottling, keeping the taste.",
        {"qDo071": 2, "qDo070": 2, "qDo084": 1},
    ),
    (
        "qDn42",
        "vi",
        "nisava",
        "Nuoc mam ruoi can nhan mac va chung nhan OCOP",
        "Co so nuoc mam ruoi o Duyen Hai muon lam nhan dung quy dinh va dang ky san pham OCOP de vao sieu thi, cua hang dac san. "
        "Can tu van ho so OCOP va noi dung nhan bat buoc.",
        {"qDo142": 2, "qDo076": 2, "qDo077": 1, "qDo078": 1},
    ),
    (
        "qDn43",
        "vi",
        "millstream",
        "Máy chiết rót bán tự động cho cơ sở khoảng 2.000 chai mỗi ngày",
        "Cơ sở nước mắm ở Long Hồ (Vĩnh Long) đang chiết chai bằng tay, mỗi ngày khoảng 2.000 chai thủy tinh và PET, hay rớt nước, thiếu dung tích. "
        "Cần dây chuyền hoặc máy chiết rót, đóng nắp phù hợp quy mô nhỏ.",
        {"qDo081": 2, "qDo082": 2, "qDo083": 2, "qDo084": 1, "qDo090": 1},
    ),
    (
        "qDn44",
        "en",
        "sitesg",
        "Fish sauce turns cloudy with sediment after bottling",
        "Bottles from our brewery in Cầu Ngang develop haze and sediment a few weeks after filling. We need a filtration step, equipment or method "
        "that gives clear sauce without spoiling the colour.",
        {"qDo085": 2, "qDo086": 2, "qDo008": 1, "qDo084": 1},
    ),
    (
        "qDn45",
        "en",
        "zdwords",
        "Label requirements for shipping fish sauce to the US",
        "A company in Trà Vinh city has a US importer for its fish sauce and shrimp paste and needs a label that satisfies FDA rules, "
        "including ingredients, nutrition panel and allergen statement for fish and shellfish.",
        {"qDo075": 2, "qDo072": 1, "qDo033": 1},
    ),
    (
        "qDn46",
        "vi",
        "cbquychuan",
        "Ghi nhãn nước mắm đúng quy định trong nước",
        "Cơ sở ở Mang Thít (Vĩnh Long) bị nhắc nhở vì nhãn nước mắm thiếu thông tin. Cần hướng dẫn ghi đủ tên sản phẩm, thành phần, độ đạm, "
        "đơn vị chịu trách nhiệm, ngày sản xuất, hạn dùng theo quy định nhãn hàng hóa.",
        {"qDo076": 2, "qDo077": 2, "qDo087": 1, "qDo072": 1},
    ),
    (
        "qDn47",
        "en",
        "mandala",
        "Showing buyers our sauce is traditional, not an industrial blend",
        "Our cooperative in Duyên Hải makes barrel-fermented sauce, but on shelves it sits next to cheap diluted and flavoured sauces with similar labels. "
        "We need recognised categories, certification or logos that let us claim genuine traditional fish sauce.",
        {"qDo078": 2, "qDo073": 2, "qDo074": 2, "qDo079": 1, "qDo072": 1},
    ),
    (
        "qDn48",
        "vi",
        "kude",
        "Xây dựng chỉ dẫn địa lý cho nước mắm vùng biển Trà Vinh",
        "Các cơ sở nước mắm ở Duyên Hải và Cầu Ngang muốn cùng xây dựng chỉ dẫn địa lý hoặc nhãn hiệu tập thể để bảo vệ tên gọi. "
        "Cần kinh nghiệm lập hồ sơ, quy chế quản lý và kiểm soát chất lượng.",
        {"qDo079": 2, "qDo146": 2, "qDo080": 1, "qDo142": 1, "qDo078": 1},
    ),
    (
        "qDn49",
        "en",
        "tradebar",
        "Meeting the Codex fish sauce standard before exporting",
        "An exporter in Trà Vinh has been told that buyers in Africa and Europe expect compliance with the Codex fish sauce standard. "
        "We need a clear reading of what it requires for fermentation, appearance and labelling.",
        {"qDo072": 2, "qDo073": 1, "qDo074": 1, "qDo032": 1},
    ),
    (
        "qDn50",
        "vi",
        "gmu",
        "Chọn chai thủy tinh hay chai nhựa cho nước mắm",
        "Cơ sở nước mắm ở Châu Thành (Trà Vinh) đang phân vân giữa chai thủy tinh và chai nhựa PET cho dòng nước mắm nhỉ: loại nào giữ mùi vị tốt hơn, chi phí ra sao. Cần tư vấn bao bì.",
        {"qDo090": 2, "qDo005": 1, "qDo056": 1},
    ),
    (
        "qDn51",
        "en",
        "ibottling",
        "Cleaning and sanitising bottles and the filler",
        "We reuse glass bottles and fill by hand at our workshop in Tiểu Cần; an inspector told us our bottle washing and equipment cleaning are not adequate. "
        "We need a simple rinsing and clean-in-place routine with suitable sanitisers.",
        {"qDo084": 2, "qDo083": 2, "qDo106": 1, "qDo110": 1},
    ),
    (
        "qDn52",
        "vi",
        "luatbn",
        "Công bố tiêu chuẩn cơ sở và xin giấy chứng nhận an toàn thực phẩm",
        "Hộ làm nước mắm ở Càng Long muốn đưa sản phẩm vào cửa hàng tiện lợi, được yêu cầu có bản tự công bố sản phẩm và giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. "
        "Cần đơn vị hướng dẫn thủ tục và soạn hồ sơ.",
        {"qDo087": 2, "qDo088": 2, "qDo110": 1},
    ),
    (
        "qDn53",
        "vi",
        "ganhdo",
        "Dân phản ánh mùi hôi từ xưởng nước mắm",
        "Xưởng nước mắm ở Hiệp Thạnh (Duyên Hải) nằm gần khu dân cư, bà con phản ánh mùi hôi từ khu ủ chượp và hố nước thải, nhất là lúc nắng nóng. "
        "Cần giải pháp khử mùi khả thi với chi phí vừa phải.",
        {"qDo093": 2, "qDo101": 2, "qDo102": 2, "qDo104": 1, "qDo100": 1, "qDo103": 1},
    ),
    (
        "qDn54",
        "en",
        "cricut",
        "Salty wash water is killing our biological treatment",
        "Water from washing vats, barrels and floors at our fish sauce plant in Trà Vinh is very salty and full of protein. Our small biological tank stops working "
        "after a few weeks. We need a treatment approach that copes with high salinity.",
        {"qDo094": 2, "qDo097": 2, "qDo096": 2, "qDo095": 1, "qDo099": 1, "qDo098": 1},
    ),
    (
        "qDn55",
        "vi",
        "vesaco1",
        "Cần hệ thống xử lý nước thải nhỏ cho cơ sở nước mắm",
        "Cơ sở nước mắm ở Trà Cú mỗi ngày thải vài khối nước rửa thùng chượp, nước muối và nước vệ sinh, hiện xả thẳng ra kênh. "
        "Cần tư vấn đặc tính nước thải và hệ thống xử lý phù hợp quy mô nhỏ.",
        {"qDo095": 2, "qDo094": 2, "qDo092": 1, "qDo098": 1, "qDo105": 1},
    ),
    (
        "qDn56",
        "en",
        "studylib",
        "Treating odorous exhaust air from our enclosed fermentation house",
        "We moved our vats into a closed shed in Long Đức (Trà Vinh city) and installed exhaust fans, but the exhaust now carries the smell straight to neighbours. "
        "We need an odour treatment unit for the exhaust air.",
        {"qDo101": 2, "qDo102": 2, "qDo104": 2, "qDo103": 1, "qDo093": 1},
    ),
    (
        "qDn57",
        "vi",
        "thaifs",
        "Tan dung ba chuop sau khi rut nuoc mam",
        "Co so nuoc mam o Cau Ngang sau moi lan rut nuoc mam nhi con nhieu ba chuop, dang do bo gay hoi. Muon tan dung ba chuop de lay them nuoc mam hoac lam san pham khac.",
        {"qDo072": 2, "qDo073": 1, "qDo118": 1, "qDo125": 1},
    ),
    (
        "qDn58",
        "vi",
        "vsattp2",
        "Hướng dẫn vệ sinh cho hộ làm nước mắm nhỏ",
        "Hộ làm nước mắm ở Hiệp Thạnh (Duyên Hải) sản xuất trong sân nhà, dụng cụ và khu ủ chưa tách biệt, chưa có quy định vệ sinh cho người làm. "
        "Cần hướng dẫn thực hành vệ sinh tốt, bố trí khu sản xuất đơn giản để đạt yêu cầu an toàn thực phẩm.",
        {"qDo106": 2, "qDo108": 2, "qDo109": 2, "qDo110": 2, "qDo088": 1, "qDo064": 1},
    ),
    (
        "qDn59",
        "en",
        "leavefree",
        "GMP coaching for a women's fish sauce group",
        "A women's fish sauce group in Càng Long wants to sell beyond the village market. We need step-by-step coaching towards good manufacturing practice, "
        "with an assessment of where we stand and a plan to close the gaps.",
        {"qDo110": 2, "qDo106": 2, "qDo107": 2},
    ),
    (
        "qDn60",
        "vi",
        "thaiwce",
        "Trang bị bảo hộ, chỗ rửa tay và khu phơi có che cho xưởng mắm",
        "Xưởng mắm ở Long Toàn (Duyên Hải) có 8 lao động, chưa có đồng phục, chỗ rửa tay, khu phơi để ngoài trời nên ruồi nhiều và mưa làm hư hàng. "
        "Cần mô hình cải tạo vệ sinh chi phí thấp.",
        {"qDo108": 2, "qDo106": 2, "qDo109": 1, "qDo064": 1},
    ),
    (
        "qDn61",
        "en",
        "th4eqa",
        "Flies and insects around open vats",
        "Our open salting vats in Đông Hải (Duyên Hải) attract swarms of flies, and maggots sometimes appear at the surface. "
        "We need practical ways to cover and manage vats and jars so insects stay out while the mash still breathes.",
        {"qDo004": 2, "qDo059": 2, "qDo002": 1, "qDo052": 1, "qDo108": 1},
    ),
    (
        "qDn62",
        "en",
        "kienthuc",
        "Process for a freshwater fish sauce from Vĩnh Long fish",
        "A farmer group in Tam Bình (Vĩnh Long) has plenty of small freshwater fish from rice fields and canals and wants to make a liquid fish sauce, not whole-fish mắm. "
        "We need a tested process adapted to freshwater species.",
        {"qDo022": 2, "qDo001": 1, "qDo051": 1, "qDo047": 1},
    ),
    (
        "qDn63",
        "vi",
        "flickr",
        "Phơi chượp mùa mưa, chượp chậm chín",
        "Cơ sở ở Cầu Ngang ủ chượp trong lu sành ngoài trời, mùa mưa ít nắng chượp chậm chín và có mùi lạ. Cần cách bố trí lu, phơi nắng, che đậy để chượp chín đều quanh năm.",
        {"qDo003": 2, "qDo008": 2, "qDo002": 1},
    ),
    (
        "qDn64",
        "en",
        "cafebm",
        "Reducing the harsh fishy odour of finished sauce",
        "Buyers in Ho Chi Minh City say our sauce from Trà Cú smells too sharp when the bottle is opened. "
        "We want a step between extraction and bottling that softens the strongest odours without additives.",
        {"qDo008": 2, "qDo025": 1, "qDo086": 1},
    ),
    (
        "qDn65",
        "vi",
        "canuc",
        "Phân tích độ mặn và độ đạm từng lô nước mắm",
        "Cơ sở nước mắm ở Tiểu Cần muốn tự kiểm tra nồng độ muối của nước bổi, chượp và thành phẩm trước khi pha đấu, đóng chai. "
        "Cần phương pháp phân tích NaCl đơn giản làm được tại xưởng.",
        {"qDo113": 2, "qDo012": 1, "qDo040": 1},
    ),
    (
        "qDn66",
        "en",
        "th4qjc",
        "HACCP histamine monitoring at raw-material receiving",
        "Our new export-oriented plant in Trà Vinh needs a histamine critical control point at fish receiving: a test method accepted for monitoring, "
        "a cut-off value and a sampling routine.",
        {"qDo037": 2, "qDo038": 2, "qDo034": 1, "qDo041": 1, "qDo109": 1},
    ),
    (
        "qDn67",
        "vi",
        "cardoza",
        "Tận dụng đầu tôm làm mắm",
        "Nhà máy chế biến tôm đông lạnh ở Trà Vinh thải nhiều đầu tôm mỗi ngày, muốn tận dụng làm mắm tôm hoặc mắm ruốc giảm muối để tăng giá trị. Cần quy trình đã thử nghiệm.",
        {"qDo058": 2, "qDo125": 1, "qDo060": 1},
    ),
    (
        "qDn68",
        "vi",
        "ibottling",
        "Máy chiết rót và đóng nắp chai nước mắm",
        "Hợp tác xã ở Cầu Kè cần máy chiết rót định lượng và đóng nắp cho chai nước mắm 500 ml, có thể làm cả chai thủy tinh lẫn PET, vệ sinh dễ.",
        {"qDo081": 2, "qDo082": 2, "qDo083": 2, "qDo084": 1},
    ),
    (
        "qDn69",
        "en",
        "merritt",
        "Drying shrimp paste hygienically despite rain and dust",
        "We sun-dry shrimp paste on mats in Long Hòa; rain ruins batches and dust and flies get in. "
        "We need covered racks or a dryer and hygiene practices so the product stays clean.",
        {"qDo108": 2, "qDo114": 2, "qDo116": 2, "qDo147": 1, "qDo061": 1},
    ),
    (
        "qDn70",
        "vi",
        "haithang",
        "Nước mắm bị thâm đen sau khi lọc",
        "Nước mắm nhỉ của cơ sở ở Mỹ Long lúc mới rút có màu cánh gián đẹp, nhưng sau khâu lọc và chứa trong can thì sẫm đen, khách chê. Cần cách lọc, chứa để giữ màu.",
        {"qDo086": 2, "qDo003": 1},
    ),
    (
        "qDn71",
        "en",
        "th4pqg",
        "Identifying the salt-tolerant bacteria in our mash",
        "Our quality lab in Trà Vinh wants to know which salt-tolerant bacteria dominate our anchovy and shrimp mashes over the months, "
        "to understand spoilage and flavour. We need a culture-based profiling service for high-salt fermented seafood.",
        {"qDo068": 2, "qDo021": 1, "qDo026": 1, "qDo067": 1},
    ),
    (
        "qDn72",
        "vi",
        "appliance",
        "Hạn sử dụng và bảo quản mắm ruốc sau khi mở nắp",
        "Cơ sở mắm ruốc ở Duyên Hải cần ghi hạn sử dụng và hướng dẫn bảo quản trên hộp: chưa mở để được bao lâu, mở rồi giữ thế nào. Cần tư vấn dựa trên số liệu.",
        {"qDo141": 2, "qDo069": 2, "qDo056": 1},
    ),
    (
        "qDn73",
        "en",
        "reatimes",
        "Scad and mackerel mixed into the anchovy catch",
        "The anchovy loads we buy in Cầu Ngang often contain scad and small mackerel, and batches with more of them test higher in histamine. "
        "We need advice on handling and temperature control of mixed catch before salting.",
        {"qDo031": 2, "qDo030": 2, "qDo035": 1, "qDo029": 1},
    ),
    (
        "qDn74",
        "en",
        "canning",
        "Turning salty fish wastewater into liquid fertiliser",
        "A fish sauce plant in Trà Cú would like to treat its salty, protein-rich wastewater biologically and reuse it as liquid fertiliser for nearby coconut gardens instead of discharging it.",
        {"qDo096": 2, "qDo097": 1, "qDo094": 1},
    ),
    (
        "qDn75",
        "vi",
        "vnpluspq",
        "Chuẩn bị chỉ tiêu histamine để xuất khẩu nước mắm sang EU",
        "Doanh nghiệp nước mắm ở Duyên Hải nhận đơn hàng từ châu Âu, cần biết ngưỡng histamine và cách lấy mẫu theo quy định EU cùng các thị trường khác để chuẩn bị hồ sơ.",
        {"qDo032": 2, "qDo033": 2, "qDo043": 1, "qDo079": 1},
    ),
]
