"""Needs of the holdout55 set: (id, language, source key, title, description, {offer id: grade}).
Grades: 2 = would solve the need, 1 = partly relevant; unlisted = not relevant. Each need paraphrases one public page."""

NEEDS = [
    (
        "kEn01",
        "vi",
        "vtc_kholanh",
        "Cần kho lạnh nhỏ bảo quản rau củ cho HTX ở Cầu Ngang",
        "HTX rau màu ở Cầu Ngang (Trà Vinh) thu hoạch rộ thì rau héo, thối vì không có chỗ giữ lạnh, phải bán ngay giá thấp. "
        "Cần kho lạnh kiểm soát nhiệt độ, độ ẩm vừa túi tiền để làm chậm hô hấp, giữ màu, độ giòn và giảm hao hụt trọng lượng, "
        "chờ giao cho đầu mối.",
        {"kEo010": 2, "kEo001": 2, "kEo003": 2, "kEo004": 2, "kEo005": 1, "kEo007": 1},
    ),
    (
        "kEn02",
        "en",
        "krishi_hi",
        "Off-grid solar cold room for a vegetable cooperative in Trà Cú",
        "Our cooperative in Trà Cú loses a large share of its fruit and vegetables before they reach buyers because there are no "
        "refrigerated vans and the power supply is unreliable. We want a cold store powered by solar energy, sized for a few "
        "tonnes, to hold produce for one to three weeks.",
        {"kEo007": 2, "kEo008": 2, "kEo005": 2, "kEo006": 2, "kEo009": 2, "kEo015": 1},
    ),
    (
        "kEn03",
        "en",
        "coldhubs2",
        "Pay-per-use cold storage for vegetable traders at Trà Vinh market",
        "Traders at the central market of Trà Vinh city throw away unsold vegetables or sell them cheap the next day; they do not "
        "know how much is lost and cannot afford their own refrigeration. We look for a cold room operated as a shared service "
        "where each trader pays only for what is stored.",
        {"kEo005": 2, "kEo006": 2, "kEo008": 2, "kEo010": 1, "kEo007": 1},
    ),
    (
        "kEn04",
        "vi",
        "uonbi",
        "Can kho lanh gia re cho xoai o Tieu Can de khoi ban re mua ro",
        "To hop tac xoai o Tieu Can, mua ro gia tai vuon xuong rat thap, nong dan phai ban vi so hu, ton that sau thu hoach co "
        "luc tren 50%. Can giai phap kho lanh chi phi thap vua suc nong ho (khong mua noi kho lanh cong nghiep) de tru xoai vai "
        "tuan, cho gia tot roi ban.",
        {"kEo001": 2, "kEo002": 2, "kEo003": 2, "kEo004": 2, "kEo010": 2, "kEo011": 1},
    ),
    (
        "kEn05",
        "en",
        "ropan",
        "Low-electricity cooling to keep leafy vegetables 3–4 days at Châu Thành",
        "A farmer group in Châu Thành grows leafy vegetables, which have a very short shelf life, and loses 20–30 percent in "
        "the heat. We need a simple cool storage with low running cost, not a commercial cold store, to keep produce fresh for "
        "a few days between harvest and market.",
        {"kEo004": 2, "kEo009": 2, "kEo001": 2, "kEo011": 1, "kEo012": 1, "kEo013": 1, "kEo014": 1},
    ),
    (
        "kEn06",
        "en",
        "asme",
        "Pre-cooling line for a pomelo packhouse in Vĩnh Long",
        "Our packhouse in Vĩnh Long ships green-skin pomelos to distant markets. Fruit leaves the orchard warm and we load it "
        "straight onto trucks. We want rapid cooling right after packing to remove field heat, lower respiration and reduce the "
        "refrigeration load during transport.",
        {"kEo020": 2, "kEo021": 2, "kEo022": 2, "kEo023": 2, "kEo024": 2, "kEo039": 1},
    ),
    (
        "kEn07",
        "vi",
        "medicinal",
        "Quy trình làm mát nhanh và rửa rau ăn lá sau thu hoạch",
        "HTX rau an toàn ở Trà Vinh muốn hạ nhiệt rau cải, rau lá ngay sau khi cắt (hiện để ngoài nắng vài giờ), đồng thời xử "
        "lý rửa để giảm vi sinh trước khi giao siêu thị. Cần hướng dẫn chọn phương pháp làm mát (nước lạnh hay không khí lạnh) "
        "và chế độ bảo quản lạnh phù hợp.",
        {"kEo026": 2, "kEo025": 2, "kEo021": 2, "kEo020": 1, "kEo023": 1},
    ),
    (
        "kEn08",
        "vi",
        "thuviengiaoan",
        "Can tap huan ky thuat thu hoach bao quan cho nong dan trong ca chua Cang Long",
        "Nong dan trong ca chua, rau mau o Cang Long thu hoach chua dung luc, de dap, bao quan so sai nen hao hut nhieu. Can lop "
        "tap huan va tai lieu de hieu ve thu hoach dung cach, so che, dong goi, bao quan sau thu hoach quy mo nho.",
        {"kEo025": 2, "kEo027": 2, "kEo023": 1},
    ),
    (
        "kEn09",
        "en",
        "fedex",
        "Cold-chain logistics for fruit exports from Vĩnh Long to China",
        "We export dragon fruit and durian from Vĩnh Long; China demand is growing but fruit quality suffers on the road to the "
        "border and we compete with Thailand. We need temperature-controlled transport options to China that keep fruit in "
        "condition at a workable cost.",
        {"kEo030": 2, "kEo031": 2, "kEo028": 2, "kEo029": 1, "kEo034": 1},
    ),
    (
        "kEn10",
        "vi",
        "vtvgo",
        "Thiếu container lạnh để xuất trái cây tươi",
        "Doanh nghiệp xuất khẩu trái cây tươi ở Trà Vinh thường không đặt được container rỗng, nhất là container lạnh, khiến "
        "hàng chờ lâu giảm chất lượng và lỡ đơn. Cần đối tác logistics cung cấp container lạnh, tư vấn cài đặt nhiệt độ và báo "
        "giá cước nhanh.",
        {"kEo028": 2, "kEo029": 2, "kEo032": 2, "kEo030": 1},
    ),
    (
        "kEn11",
        "en",
        "seafoodtip",
        "Refrigerated trucking to Cát Lái and holding cold store for shrimp exports",
        "A shrimp processor in Trà Vinh ships master cartons to Ho Chi Minh City ports. Cartons are loaded and unloaded several "
        "times and wait in cold storage until health certificates are issued. We need temperature-controlled container "
        "transport from factory to port and a way to document temperatures on the way.",
        {"kEo028": 2, "kEo032": 2, "kEo034": 1, "kEo035": 1, "kEo139": 1},
    ),
    (
        "kEn12",
        "vi",
        "mekonglog",
        "Phương án vận chuyển lạnh chi phí thấp thay cho xe tải đường bộ",
        "Khoảng 70 % hàng xuất khẩu của đồng bằng sông Cửu Long vẫn phải chở bằng đường bộ về cảng TP.HCM và Cái Mép, chi phí "
        "cao. Công ty nông sản ở Vĩnh Long cần phương thức vận chuyển lạnh khối lượng lớn rẻ hơn xe tải cho trái cây tươi đi "
        "phía Bắc và biên giới.",
        {"kEo030": 2, "kEo031": 2, "kEo028": 1},
    ),
    (
        "kEn13",
        "en",
        "frozenfoodcourier",
        "Real-time temperature alerts for trucks and cold rooms",
        "A frozen seafood distributor in Trà Vinh city runs two cold rooms and three refrigerated trucks. Today we only read "
        "thermometers after delivery. We want connected sensors that report temperature, door status and location live and alert "
        "us before a problem spoils the load, with records for buyers.",
        {"kEo034": 2, "kEo035": 2, "kEo036": 2, "kEo037": 2, "kEo038": 2},
    ),
    (
        "kEn14",
        "vi",
        "thermod",
        "Thiết bị ghi nhiệt độ giá rẻ đặt trong thùng hàng gửi đi TP.HCM",
        "Cơ sở trái cây ở Càng Long cần thiết bị nhỏ, rẻ, ghi nhiệt độ (và va đập nếu được) suốt hành trình để đặt trong thùng "
        "hàng gửi đi TP.HCM, xuất dữ liệu ra máy tính để chứng minh với khách rằng hàng không bị nóng trên đường.",
        {"kEo035": 2, "kEo036": 2, "kEo037": 2, "kEo034": 1},
    ),
    (
        "kEn15",
        "vi",
        "th4_map",
        "Kéo dài thời gian bảo quản bưởi da xanh bằng bao màng",
        "HTX bưởi da xanh ở Trà Vinh muốn gửi bưởi đi xa và giữ vỏ xanh, múi mọng lâu hơn. Cần công nghệ bao gói khí quyển điều "
        "chỉnh (giảm O2, tăng CO2) với loại màng phù hợp, quy trình cụ thể cho bưởi.",
        {"kEo039": 2, "kEo045": 2, "kEo048": 2, "kEo040": 1, "kEo041": 1, "kEo042": 1, "kEo055": 1},
    ),
    (
        "kEn16",
        "en",
        "soltani",
        "Modified atmosphere trays for fresh-cut jackfruit",
        "A small processor in Trà Vinh sells peeled jackfruit bulbs and cut pineapple to supermarkets; the trays brown and "
        "ferment within days. We need modified atmosphere packaging for fresh-cut fruit, with the right film and gas levels "
        "and storage temperature.",
        {"kEo044": 2, "kEo046": 2, "kEo047": 2, "kEo043": 1, "kEo048": 1, "kEo049": 1},
    ),
    (
        "kEn17",
        "vi",
        "whizolosophy",
        "Chuoi gui ra Ha Noi bi chin nhanh, can cach lam cham chin khi van chuyen",
        "Vua chuoi o Tra Vinh gui chuoi xanh ra Ha Noi bang xe tai, toi noi nhieu nai da chin, rung cuong, phai ban re. Can cach "
        "lam cham chin trong luc luu kho va van chuyen, vi du goi hut khi ethylene hay bao goi phu hop.",
        {"kEo042": 2, "kEo050": 2, "kEo051": 2, "kEo052": 2, "kEo053": 2, "kEo039": 1},
    ),
    (
        "kEn18",
        "en",
        "th4_banana",
        "Slowing banana ripening in export cartons",
        "We pack bananas from Tiểu Cần in cartons for export by sea and keep them around 10 °C, but some hands ripen early in "
        "transit. We want to add ethylene removal inside polyethylene liners or cartons to gain extra days.",
        {"kEo051": 2, "kEo052": 2, "kEo053": 2, "kEo042": 2, "kEo050": 2, "kEo028": 1, "kEo045": 1},
    ),
    (
        "kEn19",
        "vi",
        "khoahockt",
        "Tôm khô, cá khô bị mốc, ỉu khi trời ẩm",
        "Cơ sở tôm khô, cá khô ở Duyên Hải đóng túi thường, mùa ẩm hàng bị mốc, mất giòn, khách trả lại. Cần túi và máy hút "
        "chân không phù hợp đồ khô để giữ mùi vị, không cần chất bảo quản.",
        {"kEo058": 2, "kEo059": 2, "kEo065": 2, "kEo057": 1},
    ),
    (
        "kEn20",
        "en",
        "fishingandfish",
        "Vacuum-packing chilled fish for home delivery",
        "A fish shop in Trà Vinh city wants to vacuum-pack fresh snakehead and sea fish for delivery in ice boxes. We need to "
        "know how long sealed fish stays good on ice or in a fridge and which bags and sealing practice to use safely.",
        {"kEo062": 2, "kEo063": 2, "kEo064": 2, "kEo057": 1, "kEo059": 1},
    ),
    (
        "kEn21",
        "vi",
        "maplefrp",
        "Máy hút chân không cho cơ sở làm lạp xưởng, chả cá",
        "Cơ sở lạp xưởng, chả cá ở Vĩnh Long muốn đóng gói hút chân không để kéo dài hạn dùng khi bán cho cửa hàng và gửi đi tỉnh "
        "khác, cần máy và quy trình (nhiệt độ, áp suất, loại túi) cho sản phẩm thịt, cá chế biến.",
        {"kEo060": 2, "kEo059": 2, "kEo065": 2, "kEo058": 1},
    ),
    (
        "kEn22",
        "vi",
        "gearsaudit",
        "Can bao bi hut chan khong cho ca loc mot nang ban online",
        "Ho lam ca loc mot nang o Tra Cu ban online di tinh xa, can tui hut chan khong va may dong goi gia vua phai de ca khong "
        "bi oi, chay nuoc khi gui, huong dan chon tui cho hai san.",
        {"kEo057": 2, "kEo058": 2, "kEo059": 2, "kEo062": 1, "kEo064": 1},
    ),
    (
        "kEn23",
        "en",
        "gulfood",
        "Shelf-stable pouches for Khmer noodle broth",
        "A women's cooperative in Trà Vinh makes bún nước lèo broth and fish soup base and wants to sell them in sealed flexible "
        "packs that keep for months without refrigeration, instead of chilled jars.",
        {"kEo067": 2, "kEo068": 2, "kEo069": 2, "kEo071": 2, "kEo070": 2, "kEo073": 1},
    ),
    (
        "kEn24",
        "vi",
        "friendori",
        "Chuyển cháo, lẩu mắm từ hũ thủy tinh sang túi tiệt trùng",
        "Cơ sở chế biến lẩu mắm, cháo ăn liền ở Vĩnh Long đang đóng hũ thủy tinh nặng, dễ vỡ, hạn dùng ngắn. Muốn chuyển sang túi "
        "nhiều lớp tiệt trùng áp suất để để nhiệt độ thường 1–2 năm, giảm chi phí vận chuyển.",
        {"kEo070": 2, "kEo067": 2, "kEo069": 2, "kEo068": 1, "kEo073": 1},
    ),
    (
        "kEn25",
        "en",
        "partnerslate",
        "Small retort for pouched ready meals",
        "A food company in Vĩnh Long wants to buy a small retort (steam sterilizer) and set up a line to sterilize sealed pouches "
        "of ready meals and sauces, and needs advice on equipment and process.",
        {"kEo068": 2, "kEo071": 2, "kEo067": 1, "kEo069": 1, "kEo070": 1},
    ),
    (
        "kEn26",
        "vi",
        "congbotc",
        "Đăng ký mã số mã vạch để đưa mắm, khô vào siêu thị",
        "HTX mắm và khô cá ở Cầu Ngang được siêu thị yêu cầu có mã vạch trên từng sản phẩm. Cần hướng dẫn hoặc dịch vụ làm hồ sơ "
        "đăng ký mã số mã vạch GS1 và gán mã cho các loại sản phẩm.",
        {"kEo074": 2, "kEo075": 2, "kEo076": 2, "kEo077": 2, "kEo078": 1},
    ),
    (
        "kEn27",
        "en",
        "luatbacninh",
        "Barcodes for retail packs and export cartons",
        "An OCOP producer in Trà Vinh needs retail barcodes for supermarket listing and logistics barcodes on export cartons that "
        "encode lot number and expiry date, and wants the registration done for us.",
        {"kEo076": 2, "kEo077": 2, "kEo078": 2, "kEo074": 2, "kEo075": 1},
    ),
    (
        "kEn28",
        "en",
        "auri",
        "Nutrition Facts panel for coconut candy sold in the US",
        "A coconut candy maker in Trà Vinh has a US importer who requires a compliant Nutrition Facts panel on each package. We "
        "need someone to calculate the nutrients from our recipe and prepare the label artwork.",
        {"kEo079": 2, "kEo082": 2, "kEo083": 2, "kEo080": 1, "kEo081": 1},
    ),
    (
        "kEn29",
        "vi",
        "ntro",
        "Nhãn dinh dưỡng theo FDA cho mứt dừa xuất khẩu Mỹ",
        "Doanh nghiệp mứt dừa sáp ở Cầu Kè chuẩn bị xuất lô đầu sang Mỹ, cần bảng thành phần dinh dưỡng đúng định dạng FDA (khẩu "
        "phần, calo, chất béo, đường bổ sung…) và biết mình có được miễn hay không.",
        {"kEo079": 2, "kEo082": 2, "kEo083": 2, "kEo080": 1, "kEo081": 1},
    ),
    (
        "kEn30",
        "vi",
        "quangtri",
        "Tem truy xuất nguồn gốc cho sản phẩm OCOP bán trên sàn",
        "HTX có sản phẩm OCOP bán trên sàn thương mại điện tử bị làm nhái bao bì. Muốn gắn tem truy xuất nguồn gốc để người mua "
        "quét kiểm tra, bảo vệ thương hiệu và tăng niềm tin trên kệ hàng số.",
        {"kEo084": 2, "kEo085": 2, "kEo086": 2, "kEo090": 2, "kEo087": 1, "kEo088": 1},
    ),
    (
        "kEn31",
        "en",
        "bibliotecacpi",
        "Lot-level traceability from farm to shipment for EU buyers",
        "A shrimp and rice exporter in Trà Vinh is asked by EU buyers to trace each lot from farm through processing to shipment "
        "and let them verify records. We want a digital traceability system with QR codes and tamper-resistant records.",
        {"kEo089": 2, "kEo090": 2, "kEo091": 2, "kEo086": 2, "kEo092": 1},
    ),
    (
        "kEn32",
        "vi",
        "thcl_qr",
        "Can lam tem QR truy xuat nguon goc cho dua sap Cau Ke",
        "Hop tac xa dua sap Cau Ke muon dan tem QR tren tung trai de nguoi mua quet biet vuon trong, ngay thu hoach, chong dua "
        "gia danh dua sap Tra Vinh, nang gia tri san pham OCOP.",
        {"kEo084": 2, "kEo085": 2, "kEo086": 2, "kEo087": 1},
    ),
    (
        "kEn33",
        "vi",
        "congthuong_ocop",
        "Thiết kế bao bì tôm cá khô mang bản sắc Trà Vinh",
        "Hộ kinh doanh tôm khô, cá khô ở Trà Vinh mua nguyên liệu trực tiếp từ ngư dân, muốn thiết kế lại bao bì và thông điệp "
        "thương hiệu thể hiện bản sắc vùng biển địa phương để nâng hạng sao OCOP và vào siêu thị.",
        {"kEo093": 2, "kEo094": 2, "kEo095": 2, "kEo097": 1},
    ),
    (
        "kEn34",
        "en",
        "vietnamvn_ocop",
        "Affordable packaging and label design for OCOP products",
        "Small OCOP producers in Vĩnh Long know that packaging and labels are the first contact with buyers, but designing logos, "
        "boxes and labels before and after certification costs more than many can afford. We look for design support or "
        "consulting that is within reach of a household business.",
        {"kEo093": 2, "kEo095": 2, "kEo094": 2, "kEo097": 1},
    ),
    (
        "kEn35",
        "vi",
        "baocamau",
        "Đổi bao bì thân thiện môi trường cho bánh phồng tôm",
        "HTX bánh phồng tôm và mắm ở Duyên Hải muốn cải tiến mẫu mã theo hướng thân thiện môi trường (giấy, thủy tinh), hình ảnh "
        "đặc trưng từng sản phẩm và tham gia hội thi mẫu mã bao bì, câu chuyện sản phẩm OCOP của tỉnh.",
        {"kEo093": 2, "kEo094": 2, "kEo096": 1, "kEo097": 1, "kEo095": 1},
    ),
    (
        "kEn36",
        "vi",
        "tv_dnktx",
        "Tập huấn bán hàng trên sàn, đóng gói và giao nhận cho hộ nông dân",
        "Tỉnh đặt mục tiêu 50 % hộ sản xuất nông nghiệp tham gia sàn thương mại điện tử (postmart, voso, sàn của tỉnh). HTX ở Châu "
        "Thành cần được tập huấn mở gian hàng, đóng gói, kết nối giao nhận và thanh toán điện tử.",
        {"kEo104": 2, "kEo105": 2, "kEo106": 2, "kEo103": 2, "kEo110": 1},
    ),
    (
        "kEn37",
        "en",
        "vnnet_5m",
        "Selling purple sweet potato online during the harvest glut",
        "Purple sweet potato growers in Bình Tân, Vĩnh Long struggle to sell when harvest peaks and transport is disrupted. We need "
        "a postal or e-commerce partner to list our produce online, collect orders and deliver to buyers in other provinces.",
        {"kEo104": 2, "kEo105": 2, "kEo108": 2, "kEo103": 2, "kEo107": 1},
    ),
    (
        "kEn38",
        "vi",
        "devdiscourse",
        "HTX trái cây Cầu Kè muốn học livestream bán hàng",
        "HTX trái cây ở Cầu Kè thấy nông dân nơi khác quay video, livestream bán thẳng cho người thành phố. Cần người hướng dẫn và "
        "hỗ trợ tổ chức livestream trên Facebook, TikTok để chốt đơn sầu riêng, chôm chôm mùa thu hoạch.",
        {"kEo099": 2, "kEo100": 2, "kEo101": 2, "kEo102": 2, "kEo107": 2, "kEo108": 2, "kEo109": 2, "kEo111": 1},
    ),
    (
        "kEn39",
        "en",
        "theweek",
        "TikTok Shop live sessions to sell pomelos direct",
        "A young pomelo grower in Vĩnh Long wants to run regular live sessions on TikTok Shop showing the orchard and selling "
        "with an in-app buy button, and needs training and a platform partner.",
        {"kEo107": 2, "kEo109": 2, "kEo108": 2, "kEo099": 1, "kEo111": 1},
    ),
    (
        "kEn40",
        "vi",
        "baotintuc_tv",
        "Can huong dan mo gian hang tren san thuong mai dien tu cua tinh",
        "Co so co san pham OCOP o Tra Vinh muon dua san pham len san thuong mai dien tu cua tinh va lien ket cac tinh, can duoc "
        "huong dan lap va cap nhat gian hang truc tuyen.",
        {"kEo103": 2, "kEo104": 1, "kEo106": 1},
    ),
    (
        "kEn41",
        "en",
        "vietnamplus_women",
        "Women-led cooperative lacks skills to sell online",
        "A Khmer women's weaving and food cooperative in Trà Cú wants to sell on e-commerce platforms but members lack IT skills "
        "and do not know how to set up online stores or link with delivery services.",
        {"kEo106": 2, "kEo104": 2, "kEo110": 2, "kEo103": 1},
    ),
    (
        "kEn42",
        "en",
        "winenfood_cold",
        "Frozen fish cakes arrive warm after parcel delivery",
        "A seafood shop in Duyên Hải ships frozen fish cakes and crab by parcel to Ho Chi Minh City; some boxes arrive soft and "
        "customers complain. We need insulated packaging and coolant packs sized for one- to two-day transit.",
        {"kEo112": 2, "kEo113": 2, "kEo114": 2, "kEo115": 2, "kEo062": 1},
    ),
    (
        "kEn43",
        "vi",
        "eatsip_gel",
        "Thùng xốp và đá gel gửi hàng đông lạnh đi Hà Nội",
        "HTX gửi chả cá, tôm đông lạnh qua bưu điện ra Hà Nội mất 2–3 ngày. Cần thùng cách nhiệt, đá gel và cách xếp hàng để giữ "
        "dưới 4 °C đến tay khách.",
        {"kEo112": 2, "kEo113": 2, "kEo114": 2, "kEo105": 1, "kEo115": 1},
    ),
    (
        "kEn44",
        "vi",
        "khoai_thcl",
        "Hồ sơ kiểm dịch thực vật xuất khẩu khoai lang chính ngạch",
        "Vùng trồng khoai lang Bình Tân (Vĩnh Long) đã có lô 84 tấn xuất chính ngạch sang Trung Quốc theo nghị định thư; các cơ "
        "sở đóng gói khác cần hướng dẫn hồ sơ kiểm dịch thực vật, xử lý và chứng thư để xuất lô tiếp theo.",
        {"kEo116": 2, "kEo121": 2, "kEo118": 1, "kEo119": 1},
    ),
    (
        "kEn45",
        "en",
        "khoai_vimoney",
        "Documentation for a first fresh produce export shipment",
        "A trading company in Trà Vinh is preparing its first official export of fresh coconuts and root crops and needs to "
        "understand the documents: phytosanitary certificate, export invoice, contract and payment terms, and how to avoid "
        "customs holds.",
        {"kEo116": 2, "kEo119": 2, "kEo120": 2, "kEo117": 2, "kEo121": 1, "kEo122": 1, "kEo033": 1},
    ),
    (
        "kEn46",
        "vi",
        "duasap_dantri",
        "Giao nhận hàng không cho dừa sáp xuất đi Úc",
        "Doanh nghiệp muốn xuất dừa sáp tươi Trà Vinh bằng đường hàng không sang Úc (lô đầu 2.000 trái bán khoảng 30–35 AUD/trái). "
        "Cần đơn vị giao nhận hàng dễ hỏng lo chứng từ, kiểm dịch và thông quan nhanh.",
        {"kEo117": 2, "kEo116": 2, "kEo028": 1, "kEo122": 1},
    ),
    (
        "kEn47",
        "en",
        "intracen",
        "Phytosanitary requirements for organic coconut exports",
        "An organic coconut grower group in Trà Vinh asks which phytosanitary import requirements apply in different destination "
        "countries and who issues the certificate for each shipment.",
        {"kEo116": 2, "kEo119": 2, "kEo121": 2, "kEo118": 1},
    ),
    (
        "kEn48",
        "vi",
        "duasap_vietnamvn",
        "Vận chuyển, đóng gói dừa sáp đi xa và xuất khẩu",
        "Dừa sáp Cầu Kè (hơn 1.270 ha) chủ yếu bán trái tươi qua thương lái nhỏ lẻ, giá không ổn định. Nhà vườn muốn tự đưa dừa đi "
        "các tỉnh và xuất khẩu, cần dịch vụ xe chở, đóng gói và bảo quản dừa trên đường.",
        {"kEo033": 2, "kEo010": 1, "kEo122": 1},
    ),
    (
        "kEn49",
        "en",
        "duasap_dear",
        "Shelf-stable processing of wax coconut flesh",
        "Wax coconut from Cầu Kè has a rich, sticky flesh that turns rancid quickly, so it cannot travel far as whole fruit. A "
        "processor wants to pack the flesh in sealed sterilised pouches that keep at room temperature.",
        {"kEo067": 2, "kEo069": 2, "kEo070": 2, "kEo059": 1, "kEo138": 1},
    ),
    (
        "kEn50",
        "vi",
        "vasep",
        "Tôm biển bị dập trên ghe giã cào",
        "Ghe giã cào 20 CV ở Cầu Ngang đi 3 ngày, tôm dồn trong khoang bị dập vỏ, gãy đầu, bán loại 2 khoảng 70.000 đ/kg thay vì "
        "100.000 đ/kg. Cần cách ướp đá, thùng cách nhiệt và xếp tôm trên ghe để giữ tươi, ít dập.",
        {"kEo129": 2, "kEo123": 2, "kEo124": 2, "kEo125": 1, "kEo126": 1},
    ),
    (
        "kEn51",
        "en",
        "salmontrolling",
        "Slush ice to chill the catch faster on small boats",
        "Fishermen from Định An stack fish on deck during a good bite and ice them hours later, and quality suffers. We want to "
        "chill fish immediately in slush or slurry ice and understand its pros and cons against layered ice.",
        {"kEo125": 2, "kEo126": 2, "kEo127": 2, "kEo128": 2, "kEo123": 1},
    ),
    (
        "kEn52",
        "vi",
        "nuocdaban",
        "Can may lam da sach dat ve sinh cho vua ca Dinh An",
        "Vua ca o Dinh An dang mua da cay ngoai, co dot bi kiem tra nuoc da khong dat vi sinh. Muon tu lam da vay sach khoang vai "
        "tan moi ngay de uop ca, can may va tu van cong suat.",
        {"kEo130": 2, "kEo131": 2, "kEo129": 1, "kEo132": 1},
    ),
    (
        "kEn53",
        "en",
        "ciudad",
        "Calculating ice needs and insulated holds for 12 m boats",
        "A fishing cooperative in Duyên Hải is refitting 12 m boats for longer trips. We need guidance on how much ice to load per "
        "trip, insulation materials, fish box and hold design.",
        {"kEo124": 2, "kEo123": 2, "kEo133": 1},
    ),
    (
        "kEn54",
        "vi",
        "tompto",
        "Tủ cấp đông nhanh và kho trữ đông cho cơ sở sơ chế tôm",
        "Cơ sở sơ chế tôm PTO ở Trà Vinh hiện ướp đá 5–15 °C trong thùng cách nhiệt rồi bán cho nhà máy. Muốn tự cấp đông nhanh "
        "và trữ đông để bán cho đơn hàng xuất khẩu, cần tư vấn thiết kế, lắp đặt hầm đông và kho lạnh.",
        {"kEo137": 2, "kEo138": 2, "kEo140": 2, "kEo139": 2},
    ),
    (
        "kEn55",
        "en",
        "memart_khodong",
        "Frozen storage room of about 50 tonnes for a seafood trader",
        "A seafood trader in Duyên Hải wants a frozen store at -18 to -25 °C holding about 50 tonnes of fish, squid and shrimp, "
        "with proper panels, refrigeration and a blast freezer.",
        {"kEo139": 2, "kEo140": 2, "kEo137": 2, "kEo138": 1},
    ),
    (
        "kEn56",
        "en",
        "rfc",
        "Crates instead of sacks and baskets for vegetable transport",
        "Vegetable collectors in Vĩnh Long move cucumbers, tomatoes and gourds in sacks and bamboo baskets; produce is crushed and "
        "bruised on trucks. We want sturdy vented stackable crates, and a way to run them as a shared pool.",
        {"kEo142": 2, "kEo143": 2, "kEo144": 2, "kEo145": 2, "kEo146": 2, "kEo147": 2},
    ),
    (
        "kEn57",
        "vi",
        "cardqld",
        "Thùng nhựa tái sử dụng và quy trình vệ sinh để giao siêu thị",
        "HTX rau an toàn ở Trà Vinh được siêu thị yêu cầu giao hàng trong thùng sạch và có quy trình bảo đảm an toàn thực phẩm tươi. "
        "Cần mô hình thùng nhựa luân chuyển, thu hồi và vệ sinh thùng.",
        {"kEo144": 2, "kEo146": 2, "kEo147": 2, "kEo142": 1, "kEo145": 1},
    ),
    (
        "kEn58",
        "en",
        "nhandan_log",
        "Inventory tracking for a collection point and warehouse",
        "The Mekong Delta lacks logistics centres and warehouses. A cooperative in Trà Cú is opening a collection point where "
        "members deliver produce; we need barcode-based stock tracking of goods in and out.",
        {"kEo148": 2, "kEo149": 2, "kEo150": 2, "kEo078": 1, "kEo005": 1},
    ),
    (
        "kEn59",
        "vi",
        "winenfood_barcode",
        "Phần mềm quản lý kho nhập xuất tồn bằng mã vạch",
        "Kho thu mua nông sản của công ty ở Vĩnh Long quản lý bằng sổ và Excel, thường lệch tồn, giao nhầm hàng. Cần phần mềm quét "
        "mã vạch quản lý nhập, xuất, tồn theo thời gian thực.",
        {"kEo148": 2, "kEo149": 2, "kEo150": 2, "kEo078": 1},
    ),
    (
        "kEn60",
        "en",
        "talkvn_bentre",
        "Trainers for e-commerce courses for farmers",
        "The agriculture office of a district in Vĩnh Long plans about 20 training courses for farm households, cooperatives and "
        "farmers' associations on selling via e-commerce platforms and online fairs, and looks for partners to deliver them.",
        {"kEo104": 2, "kEo106": 2, "kEo107": 2, "kEo099": 1, "kEo110": 1},
    ),
    (
        "kEn61",
        "en",
        "vietstock_tiktok",
        "TikTokers to promote provincial specialties before Tết",
        "The trade promotion centre of Trà Vinh wants well-known TikTokers to visit orchards and livestream specialties such as "
        "wax coconut and pomelo before Lunar New Year.",
        {"kEo108": 2, "kEo109": 2, "kEo101": 1, "kEo107": 1},
    ),
    (
        "kEn62",
        "vi",
        "duasap_baomoi",
        "HTX dừa sáp cần tem truy xuất và bán online dịp lễ hội",
        "HTX dừa sáp Hòa Tân (43 thành viên, 25 ha VietGAP, OCOP 4 sao) bán không đủ hàng dịp festival nhưng ngoài mùa lễ thì khó "
        "bán. Muốn gắn tem truy xuất nguồn gốc và mở gian hàng trực tuyến nhận đặt hàng quanh năm.",
        {"kEo084": 2, "kEo086": 2, "kEo103": 2, "kEo090": 1},
    ),
    (
        "kEn63",
        "vi",
        "duasap_lmhtx",
        "Giữ dừa sáp tươi lâu để bán đi xa",
        "Nhà vườn dừa sáp ở Hòa Tân, Cầu Kè thu hoạch 2 đợt mỗi tháng, giá 30.000–100.000 đ/trái. Trái hái xong nhanh hỏng, không "
        "gửi đi xa được. Cần kho mát nhỏ, chi phí thấp để giữ trái tươi lâu hơn trước khi giao.",
        {"kEo010": 2, "kEo004": 2, "kEo007": 2, "kEo033": 1},
    ),
    (
        "kEn64",
        "en",
        "nhandan_highland",
        "Long-term support for Khmer farmers selling online",
        "Khmer farmers in Trà Cú who tried livestream selling depend on a few enthusiastic individuals. The commune needs a "
        "support ecosystem of training, internet access, platform and logistics links that stays long enough for people to sell "
        "online on their own.",
        {"kEo104": 2, "kEo106": 2, "kEo110": 2, "kEo103": 1, "kEo100": 1},
    ),
    (
        "kEn65",
        "vi",
        "hoatieu_kdtv",
        "Hướng dẫn hồ sơ kiểm dịch thực vật cho lô bưởi xuất khẩu",
        "Công ty ở Vĩnh Long xuất lô bưởi đầu tiên, cần hướng dẫn hồ sơ nghiệp vụ kiểm dịch thực vật, xử lý khử trùng nếu nước "
        "nhập yêu cầu và xin chứng thư kiểm dịch.",
        {"kEo116": 2, "kEo121": 2, "kEo118": 1},
    ),
    (
        "kEn66",
        "vi",
        "lehigh",
        "Giữ rau mát 3–5 ngày ở ấp chưa có điện ổn định",
        "Ấp vùng sâu ở Trà Cú điện chập chờn, nông dân trồng rau không có chỗ giữ mát. Cần thiết bị hoặc buồng giữ rau mát 3–5 ngày "
        "không phụ thuộc điện lưới, chi phí thấp.",
        {"kEo009": 2, "kEo007": 2, "kEo008": 2, "kEo011": 1, "kEo012": 1, "kEo013": 1, "kEo014": 1},
    ),
    (
        "kEn67",
        "en",
        "duasap_vnplus",
        "Nutrition labels and barcodes for wax coconut products for export",
        "A processor in Cầu Kè makes many wax-coconut products (candy, jam, cakes) sold at home and abroad and wants nutrition "
        "facts labels and barcodes so importers and retailers accept them.",
        {"kEo079": 2, "kEo082": 2, "kEo076": 2, "kEo074": 1, "kEo083": 1},
    ),
    (
        "kEn68",
        "vi",
        "ecoli_tilapia",
        "Bảo quản lạnh cá rô phi phi lê, kiểm soát vi sinh",
        "Cơ sở bán cá rô phi phi lê ướp lạnh ở Vĩnh Long lo ngại E. coli phát triển khi bảo quản lạnh. Cần cách đóng gói và bảo "
        "quản lạnh phi lê cá an toàn, kéo dài thời gian bán.",
        {"kEo057": 2, "kEo062": 2, "kEo063": 2, "kEo129": 1, "kEo064": 1},
    ),
    (
        "kEn69",
        "en",
        "enviroliteracy",
        "Safe vacuum packing of fresh fish products in the fridge",
        "A home-based fish-cake maker in Trà Vinh wants to vacuum-pack products for the refrigerator and has heard of botulism "
        "risk in vacuum packs. We need safe storage limits and handling rules.",
        {"kEo064": 2, "kEo062": 2, "kEo060": 1, "kEo063": 1},
    ),
    (
        "kEn70",
        "vi",
        "memart_cachgiu",
        "Giữ cá biển tươi khi bày bán ở chợ",
        "Sạp cá ở chợ Trà Vinh đang đập đá cây phủ cá, cá nhanh mất tươi, đá làm trầy da cá. Muốn dùng loại đá bám lạnh tốt hơn "
        "cho quầy bày bán, có thể đặt máy làm đá nhỏ.",
        {"kEo129": 2, "kEo130": 2, "kEo131": 2, "kEo128": 1},
    ),
]
