"""Needs of holdout184 (bakeries and traditional cakes in small workshops), set in Tra Vinh / Vinh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant. Needs written from a page about another place (Soc Trang, Can Tho, Kien Giang, Quang Tri, Long An, Ha Noi,
Ho Chi Minh City, abroad) are set in the province.
"""

NEEDS = [
    # --- ovens ---
    (
        "pDn01",
        "vi",
        "wikibooks",
        "Cần chọn lò nướng công nghiệp thay bếp than cho lò bánh mì ở TP Trà Vinh",
        "Lò bánh mì gia đình ở phường 1, TP Trà Vinh vẫn nướng bằng bếp than nên nhiệt không ổn định, bánh chín không đều, mẻ "
        "vàng mẻ cháy. Chúng tôi muốn chuyển sang lò công nghiệp, phân vân giữa lò điện và lò gas, giữa lò tầng và lò xoay, "
        "để nướng bánh mì que và một ít bánh ngọt. Cần đơn vị tư vấn và cung cấp lò phù hợp.",
        {"pDo001": 2, "pDo014": 2, "pDo003": 2, "pDo010": 2, "pDo017": 2, "pDo002": 2, "pDo005": 1, "pDo006": 1},
    ),
    (
        "pDn02",
        "en",
        "trademartes",
        "Equipment for mixing, scaling, proofing and baking in a new bakery in Vinh Long city",
        "We are opening a small bread and pastry bakery in Vinh Long city and need the whole line for the four steps: a floor "
        "mixer sized to our output (somewhere between 10 quarts and a few hundred pounds of dough), a bench for dividing and "
        "scaling, a humidified proofer and an oven. Looking for a supplier who can size and install the set.",
        {"pDo021": 2, "pDo027": 2, "pDo022": 1, "pDo026": 1, "pDo019": 1, "pDo024": 1},
    ),
    (
        "pDn03",
        "en",
        "chefsicon",
        "Gas or electric oven for our bakery in Vung Liem?",
        "Our family bakery in Vung Liem district must replace its oven and the partners disagree: gas or electric. The choice "
        "affects the start-up budget, monthly energy bills, kitchen workflow and the crust on our bread. We want someone to "
        "compare both options with our local electricity and LPG prices, installation and maintenance.",
        {"pDo011": 2, "pDo012": 2, "pDo013": 2, "pDo017": 2, "pDo010": 1, "pDo005": 1, "pDo006": 1},
    ),
    (
        "pDn04",
        "vi",
        "warm_techinfus",
        "Can lo nuong banh mi nhieu tang hoac lo xoay cho co so o Tieu Can",
        "Co so banh mi o thi tran Tieu Can moi ngay nuong khoang 2.000 o, hien lo cu nhiet khong deu. Nghe noi co lo tang, lo "
        "doi luu, lo xoay, lo dien la tiet kiem nhat. Can tu van chon lo nhieu tang hay lo xoay cho banh mi que va don vi cung "
        "cap, lap dat.",
        {"pDo001": 2, "pDo014": 2, "pDo003": 2, "pDo015": 2, "pDo004": 2, "pDo009": 1},
    ),
    (
        "pDn05",
        "en",
        "jingyao",
        "Which oven should a new bakery in Tra Vinh city buy first?",
        "We are starting a bakery in Tra Vinh city making bread, croissants and some cakes. Suppliers offer convection, deck "
        "and rotary ovens and each has pros and cons; deck for crusty bread, rotary for volume. We need advice on which oven "
        "to buy first for our product mix and a supplier.",
        {"pDo002": 2, "pDo003": 2, "pDo014": 2, "pDo008": 2, "pDo004": 2, "pDo015": 2, "pDo001": 2, "pDo007": 1},
    ),
    (
        "pDn06",
        "vi",
        "icon_bami",
        "Cơ sở bánh mì ở Châu Thành cần giảm điện năng của hai lò nướng điện",
        "Cơ sở bánh mì của chúng tôi ở huyện Châu Thành (Trà Vinh) trước đây nướng bằng trấu, nay dùng 2 lò điện inox, mỗi mẻ "
        "khoảng 15 phút ra 200 ổ, tiêu thụ khoảng 20.000 kWh mỗi quý. Cần đơn vị đo đạc, đánh giá lò và đề xuất cách giảm điện "
        "năng trên mỗi ổ bánh.",
        {"pDo137": 2, "pDo128": 2, "pDo134": 1, "pDo135": 1, "pDo131": 1, "pDo127": 1},
    ),
    (
        "pDn07",
        "vi",
        "thanhnien_lo",
        "Tiệm bánh tại nhà ở Trà Ôn muốn mua lò điện lớn nhưng lo quá tải và tiền điện",
        "Tôi làm bánh bán tại nhà ở thị trấn Trà Ôn, lò điện hiện tại khoảng 2,3 kWh mỗi giờ, làm món nhiều thì tới 5 kW. Muốn "
        "mua thêm lò lớn hơn để nhận đơn nhưng sợ dây điện nhà không chịu nổi, cắm chung ổ với bếp, và hóa đơn tăng. Cần tư vấn "
        "chọn lò có công suất, dung tích phù hợp.",
        {"pDo009": 2, "pDo010": 2, "pDo017": 1, "pDo134": 1, "pDo135": 1},
    ),
    # --- mixers and proofers ---
    (
        "pDn08",
        "vi",
        "nawngthu",
        "Cơ sở bánh mì ở Cầu Kè cần máy nhào bột thay máy trộn cầm tay",
        "Chúng tôi làm bánh mì ở thị trấn Cầu Kè, đang trộn bột bằng máy trộn cầm tay tốc độ cao khoảng 10 phút, nghỉ rồi trộn "
        "thêm 5 phút, sau đó đập tay 5 phút mỗi mẻ nhỏ khoảng 300 g bột. Làm vậy không kịp đơn. Cần máy nhào bột bánh mì cho "
        "mẻ vài chục kg, bột đạt gluten tốt.",
        {"pDo024": 2, "pDo019": 2, "pDo028": 2, "pDo020": 2, "pDo027": 2, "pDo021": 2, "pDo018": 1, "pDo025": 1},
    ),
    (
        "pDn09",
        "en",
        "trademartes",
        "Controlled proofer for a bakery in Tam Binh, humid weather ruins the rise",
        "Our bakery in Tam Binh district lets shaped dough rise on open racks; in the humid heat the rise is uneven and the "
        "surface dries or gets sticky. We need a proofer cabinet that controls temperature, humidity and time, ideally with "
        "steam from a water tray, sized for about 200 loaves a batch.",
        {"pDo022": 2, "pDo026": 2, "pDo021": 2, "pDo027": 2, "pDo023": 1},
    ),
    (
        "pDn10",
        "vi",
        "paticusi",
        "Can tu u bot cho lo banh mi o Duyen Hai",
        "Lo banh mi o thi xa Duyen Hai u bot ngoai troi, nong am luc thi bot no qua, luc thi khong no, banh lung ruot. Chu "
        "nghe noi bi quyet banh mi ngon nam o nguyen lieu va cach u. Can tu u bot dieu chinh nhiet do, do am, co the ket hop "
        "lo nuong.",
        {"pDo026": 2, "pDo022": 2, "pDo027": 2, "pDo021": 2, "pDo023": 1},
    ),
    (
        "pDn11",
        "en",
        "ckbk",
        "Dough mixer for 20-30 kg batches at a bakery cooperative in Cang Long",
        "Our cooperative bakery in Cang Long mixes bread dough in a planetary mixer with interchangeable bowl; at 20-30 kg "
        "batches the dough overheats and ferments too fast. Spiral mixers are said to range from small 2.3-14 kg machines to "
        "over 230 kg. We need a spiral mixer of the right size that keeps dough cool.",
        {"pDo018": 2, "pDo025": 2, "pDo019": 2, "pDo024": 2, "pDo020": 2, "pDo028": 2},
    ),
    # --- banh mi flour, dough, recipes ---
    (
        "pDn12",
        "vi",
        "paticusi",
        "Lò bánh mì ở Long Hồ bị rỗng ruột, vỏ rụng, cần công thức bánh mì chuẩn",
        "Bánh mì của lò chúng tôi ở huyện Long Hồ hoặc rỗng ruột, ăn xong khé cổ, vỏ rụng lả tả, hoặc đặc ruột dai như bánh "
        "mì hoa cúc. Khách muốn vỏ mỏng giòn, chỉ nứt nhẹ, ruột vừa phải, nhẹ, tơi và thơm mùi bánh. Cần chuyển giao công thức, "
        "nguyên liệu và cách ủ.",
        {"pDo029": 2, "pDo030": 2, "pDo032": 2, "pDo033": 2, "pDo034": 2, "pDo040": 2, "pDo031": 1, "pDo035": 1},
    ),
    (
        "pDn13",
        "en",
        "pixelation",
        "Our banh mi in Tra Vinh city is dense and the crust shatters into shards",
        "Our bakery in Tra Vinh city makes banh mi that is too dense inside while the crust breaks into sharp shards. We read "
        "that the answer is less about rice flour and more about a wet dough, a flour around 11.5-12% protein, proofing and "
        "steam in the oven. We need a baker or lab to fix our flour choice, hydration and baking.",
        {"pDo030": 2, "pDo034": 2, "pDo029": 1, "pDo032": 1, "pDo033": 1, "pDo001": 1},
    ),
    (
        "pDn14",
        "en",
        "chezthao",
        "Trial of local rice flour in banh mi dough",
        "Rice flour is said to make Vietnamese baguettes lighter than French ones. Our bakery in Vinh Long wants to replace "
        "part of the wheat flour with rice flour from a local mill and needs tested proportions and a method that keep the "
        "crust thin and the loaf from collapsing.",
        {"pDo032": 2, "pDo033": 2, "pDo034": 2, "pDo040": 2, "pDo029": 1},
    ),
    (
        "pDn15",
        "en",
        "winenfood_kind",
        "Sandwich rolls that stay crisp and do not go soggy",
        "Our banh mi sandwich shops in Vinh Long city get complaints: the bread is either dense and chewy, hurting the mouth, "
        "or goes soggy minutes after filling. We want rolls with an eggshell-thin crackly crust and a cotton-light crumb that "
        "still holds pate and pickles, and a recipe our bakers can repeat.",
        {"pDo032": 2, "pDo033": 2, "pDo034": 2, "pDo040": 2, "pDo029": 2, "pDo030": 1},
    ),
    (
        "pDn16",
        "vi",
        "busby",
        "Thay 'bột nở' không rõ thành phần bằng chất cải tạo bột được phép",
        "Lò bánh mì ở thị xã Bình Minh đang dùng gói phụ gia 'bột nở' mua chợ, không rõ thành phần, lo có chất oxy hóa bị cấm. "
        "Muốn thay bằng chất cải tạo bột được phép như vitamin C, enzyme, pha theo bao bột mà bánh vẫn nở, ruột đều.",
        {"pDo041": 2, "pDo036": 2, "pDo042": 2, "pDo037": 2, "pDo038": 2, "pDo039": 1, "pDo035": 1},
    ),
    (
        "pDn17",
        "vi",
        "selgitatud",
        "Can cong thuc banh mi o nho, nhe, gion cho xe banh mi o Vung Liem",
        "Xe banh mi cua toi o cho Vung Liem ban o nho ngan hon banh mi Phap, giu nong bang lo than nho. Nghe noi banh mi Viet "
        "tron bot gao voi bot mi, men, muoi, duong, nuoc nen nhe va gion hon. Can cong thuc va cach lam o nho gion lau.",
        {"pDo029": 2, "pDo040": 2, "pDo032": 2, "pDo033": 2, "pDo030": 1, "pDo034": 1},
    ),
    # --- traditional cakes and their mechanised making ---
    (
        "pDn18",
        "vi",
        "tuilanguoi",
        "Cơ sở bánh tét Trà Cuôn cần cơ giới hóa khâu gói, buộc và luộc bánh",
        "Cơ sở bánh tét ở ấp Trà Cuôn, xã Kim Hòa, huyện Cầu Ngang, cách TP Trà Vinh khoảng 12 km theo quốc lộ 53. Công đoạn làm "
        "bánh kỳ công, phức tạp, người trẻ ít mặn mà nên thiếu thợ gói. Cần máy hoặc dây chuyền hỗ trợ gói, buộc, luộc bánh mà "
        "vẫn giữ hương vị truyền thống.",
        {"pDo043": 2, "pDo044": 2, "pDo045": 2, "pDo050": 1},
    ),
    (
        "pDn19",
        "vi",
        "vntourism",
        "Cần máy sơ chế nguyên liệu bánh tét: vo nếp, hấp đậu, rửa lá",
        "Cơ sở bánh tét Trà Cuôn ở Cầu Ngang chọn nguyên liệu loại ngon nhất: nếp dẻo, đậu xanh nguyên hạt, trứng vịt muối, "
        "thịt nạc lưng, mỡ lưng; làng nghề cung ứng hàng chục triệu đòn bánh mỗi năm. Khâu vo nếp, hấp đậu, rửa lá, cắt thịt "
        "làm tay tốn nhiều công. Cần thiết bị sơ chế nguyên liệu phù hợp cơ sở nhỏ.",
        {"pDo044": 2, "pDo043": 2, "pDo045": 1, "pDo050": 1},
    ),
    (
        "pDn20",
        "en",
        "quangtri_tet",
        "Shared semi-mechanised line for a 23-household cake-making group in Cau Ngang",
        "Our banh tet and banh chung group of 23 households in Cau Ngang district sells about 600 cakes a day per household, "
        "and at Tet receives orders for some 100,000 cakes that we cannot keep up with. We want a shared semi-mechanised "
        "line for wrapping, tying and boiling that keeps the traditional cake.",
        {"pDo043": 2, "pDo044": 2, "pDo045": 2, "pDo050": 1},
    ),
    (
        "pDn21",
        "en",
        "vnplus_en_tet",
        "Temperature-controlled boiling of banh tet for a village in Chau Thanh",
        "About 25 households in a village of Chau Thanh district make banh tet for sale, bringing each 300-400 USD at Tet. "
        "Boiling the banana-leaf cakes for hours over firewood is the most time-consuming step. We look for cooking pots or "
        "boilers with controlled pressure and temperature suited to household workshops.",
        {"pDo043": 2, "pDo044": 1, "pDo045": 1},
    ),
    (
        "pDn22",
        "en",
        "mekongfood",
        "Longer shelf life for Tra Cuon banh tet sold to travellers",
        "Our Tra Cuon-style banh tet (pandan-green rice, mung bean, pork belly, salted yolk) is boiled 6-8 hours and sold all "
        "year to travellers as a souvenir that keeps several days without refrigeration. Buyers from far away ask for longer "
        "keeping. We need storage and packing methods to extend shelf life without banned preservatives.",
        {"pDo081": 2, "pDo091": 2, "pDo082": 2, "pDo054": 1, "pDo096": 1, "pDo098": 1},
    ),
    (
        "pDn23",
        "vi",
        "mytour",
        "Bánh tét gói lá chuối để không lâu, cần cách bảo quản dài ngày",
        "Bánh tét của cơ sở chúng tôi ở Trà Cuôn hình trụ, gói lá chuối, nấu xong không ép bớt nước được nên để không được lâu; "
        "bánh có nhân thịt càng mau hư. Cần quy trình sau khi nấu và cách bảo quản để bánh giữ được lâu hơn mà không dùng chất "
        "bảo quản cấm.",
        {"pDo081": 2, "pDo082": 2, "pDo091": 2, "pDo054": 1, "pDo098": 1},
    ),
    (
        "pDn24",
        "vi",
        "itaexpress",
        "Cần định lượng nhân và khuôn để bánh tét đều cỡ 900 g, 1,2 kg",
        "Các lò bánh tét Trà Cuôn ở Cầu Ngang thống nhất ba cỡ bánh (nhỏ khoảng 900 g, trung 1,2 kg và loại lớn) để giữ uy "
        "tín thương hiệu, nhưng gói tay nên trọng lượng và lượng nhân chênh lệch. Cần thiết bị chia nhân định lượng và khuôn "
        "ép để mỗi đòn bánh đều nhau.",
        {"pDo044": 2, "pDo043": 2, "pDo045": 1},
    ),
    (
        "pDn25",
        "vi",
        "dulichmp",
        "Bao bì và nhãn đạt chuẩn cho bánh tét OCOP vào siêu thị",
        "Làng nghề bánh tét Trà Cuôn có khoảng 30 cơ sở, mỗi cơ sở 200–300 đòn/ngày, dịp Tết 10.000–12.000 đòn/ngày; sản phẩm "
        "bánh tét ba màu, bồ ngót, tứ quý đạt OCOP 3–4 sao, giá 50.000–150.000 đồng/đòn. Cần thiết kế bao bì và nhãn đúng quy "
        "định để đưa vào siêu thị.",
        {"pDo111": 2, "pDo103": 2, "pDo105": 2, "pDo104": 1, "pDo106": 1, "pDo097": 1, "pDo098": 1},
    ),
    (
        "pDn26",
        "vi",
        "banhtettc",
        "Gửi bánh tét lên TP.HCM, Bình Dương, Đồng Nai mà bánh vẫn ngon",
        "Cơ sở bánh tét ở Trà Cuôn, Cầu Ngang bán bánh tét nhân thịt, đậu xanh, trứng muối, lạp xưởng cho khách ở TP.HCM, Bình "
        "Dương, Đồng Nai. Khách đặt qua điện thoại, mạng xã hội; bánh gửi đi hay bị dập, đổ nước. Cần cách đóng gói và gửi hàng "
        "đường dài.",
        {"pDo151": 2, "pDo140": 2, "pDo160": 2, "pDo142": 2, "pDo141": 2, "pDo081": 1},
    ),
    (
        "pDn27",
        "vi",
        "vietmania_pia",
        "Cần máy cán vỏ bánh pía nhiều lớp",
        "Cơ sở bánh pía ở TP Trà Vinh làm 3.000–4.000 cây mỗi ngày mùa Trung thu (mỗi cây 4 bánh), qua hơn 10 công đoạn, nướng "
        "trên 200°C. Khâu cán bột vỏ là quan trọng nhất: cán càng nhiều, vỏ càng nhiều lớp, hiện được 3–4 lớp và rất tốn công. "
        "Cần máy cán vỏ bánh nhiều lớp.",
        {"pDo047": 2, "pDo046": 1, "pDo048": 1, "pDo049": 1, "pDo058": 1},
    ),
    (
        "pDn28",
        "en",
        "phunucuocsong_pia",
        "Hygiene standards for a banh pia shop receiving tourists and aiming to export",
        "Our banh pia and Chinese sausage workshop in Vinh Long wants to become a certified shopping stop for tourists (few of "
        "some 40 such workshops in the region qualify) and to export, as larger firms do to over 20 countries. We need help "
        "with food-safety systems, hygiene, staff training and certification.",
        {"pDo113": 2, "pDo126": 2, "pDo114": 2, "pDo117": 2, "pDo119": 2, "pDo121": 1},
    ),
    (
        "pDn29",
        "en",
        "thuongmai_pia",
        "Machine wrapping of durian, mung bean and salted-yolk fillings for banh pia",
        "Our bakery in Tra Vinh makes banh pia with thin layered skin and fillings of durian, taro or mung bean with salted "
        "duck yolk. Demand for gifts is growing but wrapping each filling by hand limits output. We need a filling or "
        "encrusting machine, or a small line, that keeps the flaky skin.",
        {"pDo048": 2, "pDo049": 2, "pDo046": 2, "pDo047": 1, "pDo058": 1},
    ),
    (
        "pDn30",
        "vi",
        "anvat_banhit",
        "Co so banh it la gai o Tra On can cach bao quan de gui banh di xa",
        "Co so banh it la gai cua chung toi o Tra On nhan don dat hang trong va ngoai tinh, moi ngay hon 2.000 banh, cao diem "
        "lam khong kip. Banh de ngoai mau hu nen khong gui di xa duoc. Can quy trinh lam va bao quan (cap dong, hut chan khong) "
        "de giao banh cho khach o xa.",
        {"pDo054": 2, "pDo098": 1, "pDo081": 1, "pDo043": 1},
    ),
    (
        "pDn31",
        "en",
        "theleader",
        "Mechanising a folk-cake workshop: steaming and forming rice-flour cakes",
        "Our workshop in Tra Vinh city makes folk cakes from rice and glutinous rice (banh it, banh bo, banh da lon, banh u) "
        "by hand every morning for schools and markets. Milling, steaming and forming are heavy manual work. We want to "
        "mechanise soaking, milling, steaming and forming with hygienic equipment for a small workshop.",
        {"pDo050": 2, "pDo052": 1, "pDo053": 1, "pDo057": 1, "pDo051": 1},
    ),
    (
        "pDn32",
        "vi",
        "kenh14_hanthe",
        "Bánh bột gạo dẻo tự nhiên không hàn the và có kết quả kiểm nghiệm",
        "Cơ sở bánh bò, bánh da lợn ở Vũng Liêm bị khách nghi dùng hàn the vì có nơi đã bị phát hiện trộn hàn the vào bột gạo "
        "(32,7 mg/kg) cho bánh dẻo hơn. Bánh của chúng tôi mau cứng. Cần công thức để bánh dẻo tự nhiên và dịch vụ xét nghiệm "
        "chứng minh không có hàn the.",
        {"pDo083": 2, "pDo052": 2, "pDo057": 2, "pDo053": 1, "pDo056": 1},
    ),
    (
        "pDn33",
        "en",
        "theworldsfood",
        "Consistent honeycomb texture in steamed banh bo",
        "Our banh bo (rice flour, water, sugar, yeast and coconut milk) made in Cau Ke comes out uneven: some batches show "
        "the honeycomb 'bamboo roots' inside, others are flat and dense. We need a standard formula and fermentation "
        "protocol for repeatable batches.",
        {"pDo052": 2, "pDo053": 2, "pDo057": 2, "pDo056": 1},
    ),
    (
        "pDn34",
        "vi",
        "phunuvietnam",
        "Làm bánh tét nhiều màu bằng nguyên liệu tự nhiên",
        "Cơ sở bánh tét gia truyền hàng chục năm ở Càng Long muốn làm thêm bánh tét nhiều màu nhưng không dùng phẩm màu tổng "
        "hợp. Cần công thức nhuộm nếp bằng lá, quả tự nhiên giữ màu sau khi luộc.",
        {"pDo055": 2},
    ),
    # --- shelf life without banned preservatives, water activity, mould ---
    (
        "pDn35",
        "en",
        "baohaiduong_en",
        "Banh tet going mouldy after Tet at our workshop in Tieu Can",
        "Our banh tet keeps 2-3 days in a cool dry place, but in the hot humid weather after Tet cakes mould quickly and "
        "customers worry about aflatoxin. Fridge storage at 5-10 C hardens them. We need a tested storage and packing method "
        "that extends keeping time safely.",
        {"pDo081": 2, "pDo082": 2, "pDo091": 2, "pDo077": 1, "pDo100": 1, "pDo112": 1},
    ),
    (
        "pDn36",
        "en",
        "ponderflow",
        "Sliced bread moulding in the humid season without calcium propionate",
        "Our packaged sliced bread from Vinh Long city moulds fast in the rainy season; bread holds 35-40% moisture and "
        "propionate would add only 7-10 days while customers want no chemical preservatives. We need natural ways to slow "
        "mould growth.",
        {"pDo070": 2, "pDo073": 2, "pDo087": 2, "pDo074": 2, "pDo075": 2, "pDo072": 1, "pDo071": 1, "pDo086": 1},
    ),
    (
        "pDn37",
        "en",
        "th4",
        "Unpreserved cakes last only 3-4 days: water activity help",
        "Our unpreserved cakes and buns in Tra Vinh city show visible mould after 3-4 days. We understand that water activity "
        "decides how fast moulds grow and want our products measured and the recipes adjusted to keep longer without "
        "chemical preservatives.",
        {"pDo071": 2, "pDo086": 2, "pDo072": 2, "pDo084": 1, "pDo085": 1},
    ),
    (
        "pDn38",
        "en",
        "faqs_tips",
        "Can bread in Vinh Long keep for a month?",
        "A supermarket buyer asks our bakery in Vinh Long for bread with about one month shelf life. Bread is an intermediate "
        "moisture food prone to mould and staling, and customers want additive-free products. We need realistic, "
        "cost-aware options (packaging atmosphere, natural preservation) and trials.",
        {"pDo070": 2, "pDo092": 2, "pDo093": 2, "pDo095": 2, "pDo094": 1, "pDo073": 1, "pDo087": 1},
    ),
    (
        "pDn39",
        "vi",
        "thietbichuyendung",
        "Bánh nướng nhân đậu ở Trà Vinh bị mốc khi còn hạn",
        "Cơ sở bánh nướng, bánh pía ở TP Trà Vinh có nhiều hộp bánh bị mốc dù còn hạn sử dụng, khách trả lại. Chúng tôi nghi "
        "bao bì không kín và chưa có gói hút oxy. Cần tư vấn bao bì kín và gói hút oxy phù hợp, kèm cách kiểm soát để bánh không "
        "mốc trước hạn.",
        {"pDo077": 2, "pDo078": 2, "pDo100": 2, "pDo112": 2, "pDo101": 2, "pDo102": 2, "pDo079": 1, "pDo080": 1},
    ),
    (
        "pDn40",
        "vi",
        "memart_banhbimoc",
        "Banh bong lan o Mang Thit bi moc sau 3 ngay",
        "Co so banh bong lan, banh cuon o Mang Thit: banh de vai ngay la len moc, nhat la mua mua am. Khong muon dung chat bao "
        "quan bi cam. Can tim nguyen nhan (do am, bao quan, ve sinh) va cach sua cong thuc, bao quan.",
        {"pDo078": 2, "pDo079": 2, "pDo080": 2, "pDo086": 2, "pDo071": 2, "pDo088": 1},
    ),
    (
        "pDn41",
        "en",
        "biologynews",
        "Antimould sourdough cultures for a bakery in Binh Minh",
        "Sourdough bread stays fresh longer partly because some starter bacteria make mould-killing compounds. Our bakery in "
        "Binh Minh wants a defined lactic-acid-bacteria culture with proven antifungal action and guidance on using it in "
        "our bread instead of chemical preservatives.",
        {"pDo074": 2, "pDo075": 2, "pDo076": 1, "pDo073": 1, "pDo087": 1},
    ),
    (
        "pDn42",
        "vi",
        "sfoodfarm",
        "Nhân đậu trứng muối chảy dầu, mốc nhanh: cần đo hoạt độ nước",
        "Cơ sở bánh in, bánh pía ở Trà Cú: bánh nhân đậu, trứng muối, mè đen để nơi nóng ẩm bị chảy dầu, tách lớp, đổi màu và "
        "mốc chỉ sau 1–2 ngày. Cần đo hoạt độ nước của nhân và vỏ, điều chỉnh công thức (đường, dầu) để bánh bền hơn.",
        {"pDo086": 2, "pDo071": 2, "pDo072": 2, "pDo079": 2, "pDo085": 1, "pDo084": 1},
    ),
    (
        "pDn43",
        "vi",
        "cafef_hanthe",
        "Kiểm tra hàn the trong bột gạo mua về làm bánh",
        "Hộ làm bánh canh, bánh lọt, bánh da lợn ở Trà Cú mua bột gạo ướt ngoài chợ; nghe tin có cơ sở bị bắt vì trộn hàn the "
        "(chất cấm) vào thực phẩm. Cần test nhanh hàn the tại chỗ và nơi kiểm nghiệm xác nhận để kiểm tra nguyên liệu.",
        {"pDo083": 2, "pDo119": 1},
    ),
    # --- packaging, vacuum, oxygen absorbers, labelling ---
    (
        "pDn44",
        "en",
        "wattpad",
        "Oxygen absorbers and barrier packs for banh pia to be exported",
        "Our banh pia in Tra Vinh contains salted yolk, lard and durian; in storage the fat oxidises and moulds appear. For "
        "export orders we need oxygen absorbers and barrier packaging that keep oxygen near zero and extend shelf life.",
        {"pDo100": 2, "pDo112": 2, "pDo101": 2, "pDo102": 2, "pDo107": 2, "pDo077": 2},
    ),
    (
        "pDn45",
        "en",
        "wwl_map",
        "Small-scale modified atmosphere packing for sliced cakes",
        "Modified atmosphere packaging is described as a flexible, small-scale way to slow mould in bakery products. Our "
        "cake shop in Vinh Long wants to try MAP for sliced sponge and butter cakes and needs gas mixes, films and affordable "
        "equipment advice.",
        {"pDo092": 2, "pDo093": 2, "pDo095": 2, "pDo094": 1, "pDo098": 1, "pDo096": 1},
    ),
    (
        "pDn46",
        "vi",
        "khangthanh",
        "Cần bao bì mới bảo vệ và giữ bánh in lâu hơn",
        "Cơ sở bánh in, bánh ít ở Cầu Kè đang gói bánh bằng túi ni lông mỏng, bánh bị hút ẩm, mềm, mốc và trông không đẹp để làm "
        "quà. Cần bao bì phù hợp bảo vệ bánh, kéo dài thời gian dùng và nâng hình ảnh sản phẩm.",
        {"pDo097": 2, "pDo107": 1, "pDo111": 1, "pDo103": 1},
    ),
    (
        "pDn47",
        "vi",
        "phugia_ck",
        "Can may hut chan khong dong goi banh tet, banh u o Cau Ngang",
        "Co so banh tet, banh u o Cau Ngang muon hut chan khong banh de giam oxy trong tui, han che moc, giu banh lau hon khi "
        "gui di xa. Can may hut chan khong vua suc co so nho va huong dan chon tui, thong so han.",
        {"pDo098": 2, "pDo097": 2, "pDo096": 1, "pDo099": 1, "pDo081": 1},
    ),
    (
        "pDn48",
        "en",
        "vdocument_label",
        "Decree 43 labels for packaged banh pia and banh in",
        "Our bakery in Tra Vinh is starting to sell packaged banh pia and banh in through shops. Under Decree 43/2017 on "
        "goods labelling (in force since 1 June 2017) the labels must carry specific items in Vietnamese. We need a compliant "
        "label design and checking.",
        {"pDo103": 2, "pDo111": 2, "pDo104": 2, "pDo106": 2, "pDo105": 2},
    ),
    (
        "pDn49",
        "vi",
        "congbo_phugia",
        "Làm nhãn và tự công bố cho bánh pía chay",
        "Cơ sở ở TP Trà Vinh ra sản phẩm bánh pía chay đóng hộp, có dùng phụ gia tạo màu và hương liệu. Cần hướng dẫn thủ tục "
        "tự công bố sản phẩm và làm nhãn ghi đúng thành phần, phụ gia theo quy định.",
        {"pDo111": 2, "pDo103": 2, "pDo105": 2, "pDo120": 2, "pDo104": 1},
    ),
    # --- food-safety certificates and hygiene ---
    (
        "pDn50",
        "vi",
        "quangtri_attp",
        "Cơ sở bánh nướng, bánh pía ở Tiểu Cần cần giấy chứng nhận đủ điều kiện ATTP",
        "Mùa Trung thu báo chí nói nhiều về bánh bẩn, người mua e ngại. Cơ sở bánh nướng, bánh pía của chúng tôi ở Tiểu Cần muốn "
        "làm bài bản: xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, xây quy trình vệ sinh và đào tạo nhân viên.",
        {"pDo121": 2, "pDo119": 2, "pDo126": 2, "pDo113": 2, "pDo122": 1, "pDo124": 1},
    ),
    (
        "pDn51",
        "vi",
        "tuvanphapluat",
        "Hộ làm bánh ở Mang Thít có cần giấy chứng nhận đủ điều kiện ATTP không?",
        "Hộ gia đình làm bánh bò, bánh da lợn ở Mang Thít bỏ mối cho quán và chợ. Chưa rõ có phải xin giấy chứng nhận cơ sở đủ "
        "điều kiện an toàn thực phẩm hay chỉ ký cam kết, hồ sơ và thủ tục thế nào. Cần tư vấn.",
        {"pDo121": 2, "pDo120": 2, "pDo122": 1, "pDo124": 1},
    ),
    (
        "pDn52",
        "en",
        "barbarteee",
        "Hygiene checklist for a bakery cooperative in Vinh Long",
        "Our bakery cooperative in Vinh Long needs a practical hygiene checklist covering ingredient storage and expiry, "
        "cleaning and sanitising of equipment, pest control and hand washing, so members keep the same standard.",
        {"pDo116": 2, "pDo115": 2, "pDo118": 2, "pDo123": 2, "pDo117": 1},
    ),
    (
        "pDn53",
        "en",
        "sampleexcel",
        "HACCP plan for a banh pia workshop supplying an export buyer",
        "An export buyer asks our banh pia workshop in Tra Vinh for a HACCP plan. We have cleaning checklists but no hazard "
        "analysis, critical control points or monitoring records. We need help to write and run the plan.",
        {"pDo114": 2, "pDo117": 2, "pDo119": 2, "pDo113": 1, "pDo126": 1, "pDo123": 1},
    ),
    (
        "pDn54",
        "vi",
        "luatbacninh",
        "Lò bánh mì nhỏ ở Trà Cú có phải xin giấy phép ATTP?",
        "Tôi mở lò bánh mì nhỏ ở thị trấn Trà Cú, bán sỉ cho xe bánh mì. Xin hỏi khi nào phải xin giấy chứng nhận vệ sinh an "
        "toàn thực phẩm, giấy có thời hạn bao lâu và hồ sơ cần gì.",
        {"pDo121": 2, "pDo122": 1, "pDo120": 1, "pDo124": 1},
    ),
    (
        "pDn55",
        "en",
        "barbarteee",
        "Food-hygiene training for new bakery staff in Cang Long",
        "Our new bakery in Cang Long hired eight workers without food-handling experience. We need training on personal "
        "hygiene (clean clothes, hair nets, gloves, hand washing), safe storage and cross-contamination.",
        {"pDo113": 2, "pDo126": 2, "pDo115": 2, "pDo118": 1},
    ),
    # --- energy use of ovens ---
    (
        "pDn56",
        "vi",
        "vietnamnet_gas",
        "Lò bánh pía dùng gas tốn kém khi giá gas tăng",
        "Lò bánh pía, bánh in của chúng tôi ở TP Trà Vinh nướng bằng lò gas; giá gas đã lên hơn 500.000 đồng/bình 12 kg nên "
        "chi phí nhiên liệu tăng mạnh. Cần đánh giá hiệu suất lò và giải pháp giảm lượng gas tiêu thụ mỗi mẻ.",
        {"pDo137": 2, "pDo128": 2, "pDo139": 2, "pDo132": 2, "pDo138": 1, "pDo129": 1},
    ),
    (
        "pDn57",
        "en",
        "carbontrust_guide",
        "Benchmarking oven energy at a bread factory in Vinh Long",
        "Our bread factory in Vinh Long wants to benchmark its specific energy consumption against industry practice, as "
        "energy-efficiency guides for the bakery sector suggest, and cut the losses of its gas-fired ovens, especially flue "
        "and extraction losses.",
        {"pDo127": 2, "pDo128": 2, "pDo137": 2, "pDo130": 2, "pDo132": 2, "pDo139": 2, "pDo131": 1},
    ),
    (
        "pDn58",
        "en",
        "thanhnien_lo",
        "Cutting electricity of convection ovens in a cake shop",
        "Our cake shop in Tra Vinh city runs electric convection ovens for long hours; an electric oven draws about 2.3 kWh "
        "an hour and up to 5 kW for demanding bakes. We want an assessment of how much energy goes into each batch and "
        "practical ways to cut it without hurting quality.",
        {"pDo128": 2, "pDo137": 2, "pDo135": 2, "pDo134": 1, "pDo131": 1},
    ),
    (
        "pDn59",
        "vi",
        "icon_bami",
        "Lò bánh mì ở Càng Long muốn chuyển từ lò trấu sang lò điện tiết kiệm",
        "Lò bánh mì của chúng tôi ở Càng Long vẫn nướng bằng trấu, khói bụi và nhiệt không đều. Muốn chuyển sang lò điện và "
        "tổ chức nướng vào khung giờ thấp điểm ban đêm để giảm tiền điện, giữ lò luôn nóng giữa các mẻ. Cần tư vấn chọn lò và "
        "đánh giá điện năng.",
        {"pDo137": 2, "pDo128": 2, "pDo017": 1, "pDo010": 1, "pDo134": 1, "pDo135": 1},
    ),
    # --- selling online and delivering ---
    (
        "pDn60",
        "en",
        "littlez",
        "Shipping brownies and cakes from a home bakery in Vinh Long",
        "I run a small home bakery in Vinh Long and customers in other provinces want my brownies and layer cakes for "
        "birthdays. I am unsure what rules apply to shipping baked goods and how to pack them so they arrive fresh.",
        {"pDo140": 2, "pDo151": 2, "pDo141": 2, "pDo142": 2, "pDo160": 2},
    ),
    (
        "pDn61",
        "vi",
        "vnplus_tracuon",
        "Sạp bánh tét Trà Cuôn muốn bán online, livestream cho khách ngoài tỉnh",
        "Chúng tôi là một trong 14 sạp bánh tét ở ngã ba Trà Cuôn, bán từ sáng sớm đến 9 giờ tối, khách chủ yếu là người đi đường ghé mua. "
        "Chúng tôi muốn bán thêm qua mạng, livestream cho khách ngoài tỉnh nhưng chưa biết cách làm.",
        {"pDo143": 2, "pDo144": 2, "pDo147": 1, "pDo161": 1, "pDo145": 1},
    ),
    (
        "pDn62",
        "en",
        "vietnamnet_vendors",
        "Banh mi stall in Vinh Long city wants to join delivery apps",
        "Our banh mi stall in Vinh Long city serves workers and students; many customers now want takeaway and delivery. We "
        "want to register with food-delivery apps and organise orders and pickups.",
        {"pDo145": 2, "pDo161": 2, "pDo146": 2, "pDo147": 2},
    ),
    (
        "pDn63",
        "vi",
        "danviet",
        "HTX bánh ở Tam Bình cần kênh thương mại điện tử",
        "Hợp tác xã làm bánh ở Tam Bình bán chủ yếu qua thương lái, giá bị ép. Cần đưa sản phẩm đến thẳng người tiêu dùng qua "
        "thương mại điện tử và mạng xã hội, được hướng dẫn làm nội dung, bán hàng trực tuyến.",
        {"pDo143": 2, "pDo144": 2, "pDo147": 1},
    ),
    (
        "pDn64",
        "vi",
        "briardforce",
        "Tiệm bánh ở Trà Vinh muốn nhận đơn giao bánh tét, bánh in qua ứng dụng dịp Tết",
        "Nhiều gia đình trẻ nay quen đặt đồ ăn qua ứng dụng cả mấy ngày Tết. Tiệm bánh của chúng tôi ở TP Trà Vinh muốn bán bánh "
        "tét, bánh in, bánh mì qua các ứng dụng giao đồ ăn và tổ chức giao hàng trong dịp Tết.",
        {"pDo161": 2, "pDo145": 2, "pDo147": 2, "pDo146": 2},
    ),
    (
        "pDn65",
        "en",
        "mailtw_canmail",
        "Mailing whole birthday cakes from Cang Long to Ho Chi Minh City",
        "Our cooperative in Cang Long gets orders for whole birthday cakes to be sent to relatives in Ho Chi Minh City. We "
        "need to know which cakes travel, how to wrap and box them, keep them cool and choose a tracked service.",
        {"pDo141": 2, "pDo142": 2, "pDo160": 2, "pDo140": 2, "pDo151": 2},
    ),
    # --- needs answered only in the other language, and a few more ---
    (
        "pDn66",
        "vi",
        "wwl_map",
        "Thử đóng gói khí điều biến (MAP) cho bánh bông lan cắt lát",
        "Cơ sở bánh ngọt ở TP Vĩnh Long muốn thử đóng gói khí điều biến (thay không khí trong túi bằng hỗn hợp CO2, N2) cho "
        "bánh bông lan cắt lát để chậm mốc mà không thêm chất bảo quản. Cần tư vấn tỉ lệ khí, màng bao và thiết bị quy mô nhỏ.",
        {"pDo092": 2, "pDo093": 2, "pDo095": 2, "pDo094": 1, "pDo096": 1, "pDo098": 1},
    ),
    (
        "pDn67",
        "en",
        "tuvanphapluat",
        "Which food-safety certificate does our bakery need in Vietnam?",
        "We are opening a bakery in Vinh Long city with a foreign partner and do not know which food-safety certificate "
        "(certificate of eligible establishment or commitment) applies to us, how long it is valid and how to apply.",
        {"pDo121": 2, "pDo120": 2, "pDo122": 1, "pDo113": 1, "pDo126": 1},
    ),
    (
        "pDn68",
        "en",
        "kenh14_hanthe",
        "Testing rice flour for borax before making cakes",
        "Borax has been found mixed into rice flour (32.7 mg/kg in one case) to make rice noodles and cakes chewier. Our "
        "rice-cake workshop in Tra Vinh buys wet rice flour and wants rapid borax tests and a lab to confirm results.",
        {"pDo083": 2, "pDo119": 1},
    ),
    (
        "pDn69",
        "en",
        "langnghe_pia",
        "Multi-layer sheeting machine for banh pia skins",
        "Making the layered skin is the hardest step in our banh pia production in Tra Vinh; beating and rolling the dough "
        "by hand limits output. We look for a sheeting or rolling machine that makes thin multi-layer skins.",
        {"pDo047": 2, "pDo048": 1, "pDo049": 1, "pDo046": 1},
    ),
    (
        "pDn70",
        "en",
        "danviet",
        "Livestream selling for a rural cake cooperative",
        "Our cake cooperative in Tam Binh sells through traders at low prices. We want to sell directly to consumers by "
        "livestreaming on social-commerce platforms and need training for members.",
        {"pDo143": 2, "pDo144": 2, "pDo145": 1, "pDo161": 1},
    ),
    (
        "pDn71",
        "en",
        "tasteatlas",
        "Vacuum packing festive banh tet packs",
        "We wrap our banh tet in plastic with a red or gold ribbon for Tet gifts. Cakes sweat and mould in the plastic. Our "
        "workshop in Cau Ngang needs a vacuum packing machine and bags suitable for cylinder cakes.",
        {"pDo098": 2, "pDo097": 2, "pDo096": 1, "pDo081": 1, "pDo103": 1, "pDo111": 1},
    ),
    (
        "pDn72",
        "en",
        "shipton",
        "Clean-label dough conditioners for our bread in Tra On",
        "Dough conditioners (enzymes, oxidising and reducing agents, emulsifiers) improve how dough behaves. Our bakery in "
        "Tra On wants to replace the conditioner blend it uses with ingredients customers accept on the label while keeping "
        "volume and crumb.",
        {"pDo037": 2, "pDo042": 2, "pDo036": 2, "pDo041": 2, "pDo038": 2, "pDo035": 1},
    ),
    (
        "pDn73",
        "vi",
        "thuonghieu_pia",
        "Lò nướng băng chuyền và máy bao nhân cho cơ sở bánh pía ở Trà Vinh",
        "Cơ sở bánh pía ở TP Trà Vinh muốn công nghệ hóa sản xuất như các lò bánh pía lớn: nhân đậu xanh, khoai môn, sầu riêng, "
        "trứng muối bao tay rất chậm. Cần máy bao nhân tự động và lò nướng liên tục công suất vài chục cái mỗi phút.",
        {"pDo046": 2, "pDo049": 2, "pDo048": 2, "pDo004": 1, "pDo015": 1},
    ),
    (
        "pDn74",
        "en",
        "phoenix",
        "Rotary rack oven for a school-supply bakery in Cang Long",
        "Our bakery cooperative in Cang Long supplies bread rolls and sweet buns to schools and needs large batches baked "
        "evenly. A rotary oven with rotating racks and circulating hot air seems right; we need a supplier and sizing.",
        {"pDo004": 2, "pDo015": 2, "pDo008": 2, "pDo002": 2, "pDo003": 1, "pDo014": 1},
    ),
    (
        "pDn75",
        "vi",
        "sendidau",
        "Hấp bánh bột gạo bằng tủ hấp thay xửng ở Bình Minh",
        "Hộ làm bánh đúc, bánh da lợn, bánh bò ở Bình Minh hấp bằng xửng trên bếp củi, mỗi mẻ ít và hơi nước không đều. Cần "
        "thiết bị hấp, xay bột và tạo hình cho bánh bột gạo, vệ sinh hơn, phù hợp xưởng nhỏ.",
        {"pDo050": 2, "pDo052": 1, "pDo057": 1, "pDo043": 1},
    ),
]
