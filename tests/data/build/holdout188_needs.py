"""Needs of holdout188 (sugarcane growing and small sugar mills), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Each need paraphrases the page under its source key in holdout188_sources.py. Many of those pages are about other
places (Sóc Trăng, Hậu Giang, Tây Ninh, Quảng Ngãi, Nghệ An, Thanh Hóa, Khánh Hòa, India, Brazil, Australia, Malaysia,
Pakistan, Bangladesh, Kenya...): the need keeps the page's problem and figures but is set in the province (Trà Cú, Cầu Kè,
Tiểu Cần, Cầu Ngang, Càng Long, Châu Thành, Duyên Hải, Vũng Liêm, Trà Ôn, Tam Bình, Long Hồ, Bình Minh...).
Six Vietnamese needs are typed without accents, as on a phone.
"""

NEEDS = [
    (
        "pHn01",
        "vi",
        "travinhmia",
        "Cần giống mía chịu mặn cho vùng mía Trà Cú",
        "Hợp tác xã mía ở Trà Cú: vùng nguyên liệu quy hoạch 5.800 ha, năng suất bình quân 129 tấn/ha, 10,5 CCS, nhưng mùa khô nước "
        "mặn vào ruộng ngoài đê bao, nhiều hộ đã bỏ mía sang lúa – tôm. Cần giống mía chịu mặn, giữ được chữ đường, để trồng lại "
        "khoảng 40 ha và hướng tới 130 tấn/ha, 11 CCS.",
        {"pHo010": 2, "pHo008": 2, "pHo009": 1, "pHo007": 1, "pHo011": 1, "pHo001": 1, "pHo002": 1, "pHo003": 1},
    ),
    (
        "pHn02",
        "en",
        "vungliem",
        "Salinity screening of our cane varieties before replanting (Vũng Liêm)",
        "Cooperative in Vũng Liêm: a study of the district showed salt intrusion now drives land-use change on farm land. Before "
        "replanting 30 ha of cane we want our current varieties screened under irrigation water of about 4–8 dS/m, to know "
        "which ones tolerate it.",
        {"pHo007": 2, "pHo008": 2, "pHo009": 2, "pHo011": 2, "pHo010": 1},
    ),
    (
        "pHn03",
        "vi",
        "soctrang",
        "Quy trình trồng mía trên đất phèn ở Cầu Kè",
        "Tổ hợp tác trồng mía ở Cầu Kè: giống như vùng Cù Lao Dung, Mỹ Tú, cây mía ở đây mấy năm nay không còn hiệu quả, đất nhiễm "
        "phèn, mía còi, năng suất thấp. Cần quy trình canh tác mía trên đất phèn và giống phù hợp để giữ người trồng mía.",
        {"pHo005": 2, "pHo006": 2, "pHo001": 1, "pHo002": 1, "pHo003": 1},
    ),
    (
        "pHn04",
        "en",
        "caycn",
        "Certified clean seed cane of Thai varieties for Tiểu Cần",
        "Grower group in Tiểu Cần wants to plant high-sugar Thai varieties such as K95-156 and Suphanburi 7 that did well in "
        "variety trials, but only from certified seed cane: purity over 95%, free of smut and other seed-borne disease.",
        {"pHo004": 2, "pHo012": 2, "pHo013": 2, "pHo001": 1, "pHo015": 1, "pHo016": 1},
    ),
    (
        "pHn05",
        "vi",
        "nuoitrong",
        "Can hom giong mia sach benh, mia goc bi than roi ngua",
        "Nha em o Cau Ngang trong 3 ha mia, mia goc bi benh than (roi den o ngon), luu goc may nam thanh bui nho um tum, mia ma. "
        "Can mua hom giong sach benh va cach xu ly hom truoc khi trong lai cho vu toi.",
        {"pHo004": 2, "pHo013": 2, "pHo017": 2, "pHo012": 1, "pHo015": 1, "pHo016": 1, "pHo056": 1},
    ),
    (
        "pHn06",
        "en",
        "jameshwt",
        "Hot water treatment plant for seed cane against ratoon stunting",
        "Sugar company in Trà Vinh: ratoon stunting is suspected in uneven fields. We plan a hot-water treatment unit for seed "
        "cane (50–50.5 °C for 2 h, cane of 11–12 months, planted within 2 days), about 20 t of setts a day; need equipment "
        "and protocol.",
        {"pHo014": 2, "pHo013": 2, "pHo017": 2, "pHo016": 2, "pHo012": 1},
    ),
    (
        "pHn07",
        "vi",
        "tracu",
        "Xây vườn nhân giống mía đạt TCVN 12369:2018 cho Trà Cú",
        "Doanh nghiệp thu mua mía ở Trà Cú: niên vụ 2024–2025 nông dân xuống giống 1.232 ha, năng suất 105–110 tấn/ha, đang ngâm hom "
        "trồng dặm. Cần xây vườn nhân giống các cấp để có hom đạt chuẩn TCVN 12369:2018, sạch bệnh cho hộ trồng mới.",
        {"pHo004": 2, "pHo012": 2, "pHo016": 2, "pHo013": 1, "pHo015": 1},
    ),
    (
        "pHn08",
        "en",
        "faqs",
        "Pot test of salt-tolerance traits in local cane clones",
        "Research unit in Vĩnh Long: our field EC and drainage data show salt build-up in cane plots. We want a partner to test "
        "local clones in pots or micro plots at several salt levels and score tolerance traits before field trials.",
        {"pHo011": 2, "pHo007": 2, "pHo009": 2, "pHo008": 1},
    ),
    (
        "pHn09",
        "en",
        "hai5",
        "Borer-resistant cane variety for Cầu Kè",
        "Grower in Cầu Kè: several stem borer species damage our cane from shoot to stalk and control is hard because larvae "
        "hide inside. We want to switch to varieties that are less attacked by borers, with seed available.",
        {"pHo045": 2, "pHo046": 2, "pHo001": 2, "pHo004": 2, "pHo002": 2, "pHo022": 1, "pHo048": 1},
    ),
    (
        "pHn10",
        "en",
        "caycn",
        "Cane variety for low-lying fields with dry-season irrigation (Càng Long)",
        "Farmer in Càng Long with low-lying fields near a canal that can be irrigated in the dry season wants a cane variety "
        "suited to low, moist land with good stalk size and yield.",
        {"pHo002": 2, "pHo003": 1, "pHo001": 1},
    ),
    (
        "pHn11",
        "vi",
        "vtv",
        "Thuê dịch vụ thu hoạch mía bằng máy cho 120 ha ở Kim Sơn",
        "HTX mía Kim Sơn (Trà Cú): vào vụ phải thuê 7–8 người mới bốc xong một xe, lao động trẻ đi làm xa nên thiếu công chặt và bốc "
        "mía. Cần dịch vụ thu hoạch bằng máy cho khoảng 120 ha, ruộng nhỏ trồng hàng đơn.",
        {"pHo026": 2, "pHo027": 2, "pHo028": 2, "pHo029": 1, "pHo039": 1, "pHo037": 1},
    ),
    (
        "pHn12",
        "en",
        "karolin",
        "Moving 500 ha from burnt to green mechanical harvest",
        "Sugar company in Trà Vinh: most outgrower cane is still burnt and cut by hand. We want to move 500 ha to green "
        "chopper harvesting that leaves the trash as mulch to keep moisture and weeds down for the ratoon crop.",
        {"pHo038": 2, "pHo027": 2, "pHo028": 2, "pHo037": 1, "pHo026": 1, "pHo031": 1},
    ),
    (
        "pHn13",
        "vi",
        "okinawa",
        "Can may trong mia co bon phan luon",
        "Nha minh o Tieu Can trong 15 ha mia, thieu cong trong, trong tay cham. Can may trong mia theo hang co bon phan luon, "
        "cong suat vai ha moi ngay, gia vua phai, keo bang may keo nho.",
        {"pHo025": 2, "pHo024": 1, "pHo036": 1, "pHo035": 1},
    ),
    (
        "pHn14",
        "en",
        "mtm2d",
        "Billet planter and seed-rate advice for a cane cooperative",
        "Cooperative in Châu Thành trialled a two-row whole-stalk planter; we now want a billet planter and advice on seed "
        "rate, since we fear mechanical planting will eat far more seed cane than hand planting.",
        {"pHo035": 2, "pHo036": 2, "pHo025": 1, "pHo024": 1},
    ),
    (
        "pHn15",
        "vi",
        "agriviet",
        "Muốn nâng năng suất mía từ 70 lên trên 100 tấn/ha",
        "Nông dân ở Long Hiệp (Trà Cú) dự định trồng 10 ha mía; mấy vụ trước chỉ đạt 60–70 tấn/ha trong khi câu lạc bộ 200 tấn ở "
        "Hậu Giang đạt rất cao. Cần hướng dẫn bón phân, tưới, chăm sóc để lên trên 100 tấn/ha.",
        {"pHo032": 2, "pHo033": 2, "pHo030": 1, "pHo031": 1, "pHo001": 1},
    ),
    (
        "pHn16",
        "en",
        "hindawi",
        "Fertiliser plan for ratoon cane that keeps the trash",
        "Outgrower group in Cầu Kè: machine harvest now leaves 6–24 t/ha of leaves on our fields and ratoons fall fast. We want "
        "a fertiliser plan for ratoon cane that keeps that trash in the field and cuts urea cost.",
        {"pHo031": 2, "pHo030": 2, "pHo032": 2, "pHo141": 1, "pHo142": 1, "pHo067": 1},
    ),
    (
        "pHn17",
        "vi",
        "songcon1",
        "Cần máy bốc mía lên xe tại ruộng",
        "Nhà máy đường ở Trà Vinh vừa trình diễn máy phun và máy thu hoạch; khâu còn thiếu là bốc mía bó lên xe tải ở ruộng xa, "
        "đang tốn nhiều công. Cần thiết bị bốc xếp mía cơ động.",
        {"pHo029": 2, "pHo026": 1, "pHo027": 1},
    ),
    (
        "pHn18",
        "en",
        "thccs",
        "Harvest scheduling by cane maturity to protect CCS",
        "Mill in Trà Vinh: we pay on provisional price and CCS, and stale or badly cut cane loses sugar. We need a way to "
        "decide when each field is ripe and how to cut and haul so CCS is not lost.",
        {"pHo034": 2, "pHo037": 1, "pHo055": 1, "pHo164": 1},
    ),
    (
        "pHn19",
        "vi",
        "ninhhoa",
        "Đào tạo lái máy thu hoạch mía giảm thất thoát",
        "Đơn vị dịch vụ ở Duyên Hải vừa đầu tư máy thu hoạch mía (máy nhập khoảng 8,5 tỷ đồng, 3 ha/ngày). Cần tài liệu và đào tạo "
        "thợ lái để giảm mía rơi vãi, tạp chất và hư gốc.",
        {"pHo037": 2, "pHo027": 1, "pHo038": 1, "pHo026": 1},
    ),
    (
        "pHn20",
        "en",
        "dantoc",
        "Ratoon care after machine harvest",
        "Cane farmers in Trà Cú: of our fields, many have been ratooned over four years and must be replanted, the rest are "
        "one–two years old. For these we need ratoon care after machine harvest: trash, stubble shaving, loosening, fertiliser.",
        {"pHo030": 2, "pHo031": 2, "pHo027": 1, "pHo067": 1},
    ),
    (
        "pHn21",
        "vi",
        "phuyen",
        "Quy trình IPM sâu đục thân bốn vạch ở Cầu Kè",
        "Nông dân Cầu Kè: sâu đục thân bốn vạch gây hại nặng, có ruộng trên 10% lóng bị đục, ngọn héo, thân gãy. Cần quy trình quản "
        "lý tổng hợp: giống, vệ sinh ruộng, thời điểm dùng thuốc.",
        {"pHo045": 2, "pHo046": 2, "pHo047": 2, "pHo048": 2, "pHo050": 1, "pHo059": 1, "pHo051": 1},
    ),
    (
        "pHn22",
        "en",
        "agrostar",
        "Biological control of stem borers for an organic brown-sugar chain",
        "Brown-sugar maker in Tiểu Cần sources cane for an organic line: borers cause dead hearts and granule insecticides are "
        "not allowed. We need biological control of stem borers (predators, fungi) we can apply on contract farms.",
        {"pHo050": 2, "pHo059": 2, "pHo045": 1, "pHo046": 1, "pHo057": 1},
    ),
    (
        "pHn23",
        "vi",
        "miagoc",
        "Sung trang can goc mia tren dat giong cat",
        "Ruong mia nha toi o Tra Cu (dat giong cat) bi sung trang can re, cay heo, mia goc mat bui nhieu. Can cach tri sung va bo "
        "hung, co thuoc sinh hoc thi cang tot.",
        {
            "pHo052": 2,
            "pHo053": 2,
            "pHo054": 2,
            "pHo058": 2,
            "pHo061": 2,
            "pHo060": 1,
            "pHo057": 1,
            "pHo062": 1,
            "pHo055": 1,
        },
    ),
    (
        "pHn24",
        "en",
        "pestsdis",
        "Metarhizium for white grubs on sandy ridge soils",
        "Cooperative in Trà Cú: Holotrichia-type white grubs feed on roots for months on our sandy ridges. We want a "
        "Metarhizium product or strain with dose and application method for cane rows.",
        {"pHo057": 2, "pHo058": 2, "pHo060": 1, "pHo061": 1, "pHo059": 1, "pHo062": 1},
    ),
    (
        "pHn25",
        "vi",
        "agribotgrub",
        "Hệ thống theo dõi mật độ sùng trắng, bọ hung cho 300 ha",
        "HTX 300 ha mía ở Cầu Ngang: sùng trắng làm cây vàng, héo, rễ hư; phát hiện trễ nên thiệt hại lớn. Cần cách theo dõi bọ trưởng "
        "thành và sâu non (bẫy, đào kiểm tra) để cảnh báo sớm cho xã viên.",
        {"pHo060": 2, "pHo062": 2, "pHo061": 1, "pHo052": 1, "pHo053": 1},
    ),
    (
        "pHn26",
        "vi",
        "weedsart",
        "Diệt cỏ tiền nảy mầm cho mía mới trồng ở Tiểu Cần",
        "Mía mới trồng ở Tiểu Cần bị cỏ lấn mạnh vì hàng rộng, mía lên chậm, làm cỏ tay không xuể. Cần quy trình thuốc trừ cỏ tiền "
        "nảy mầm an toàn cho mía và cách xới giữa hàng.",
        {"pHo064": 2, "pHo065": 2, "pHo066": 2, "pHo067": 2},
    ),
    (
        "pHn27",
        "en",
        "weedsmgmt",
        "Cutting herbicide use in ratoon cane with mulch and intercrops",
        "Cane cooperative in Càng Long wants to cut herbicide use: ideas such as trash mulch, intercropping and timely hand or "
        "mechanical weeding, with a few herbicides kept for emergencies.",
        {"pHo067": 2, "pHo065": 1, "pHo031": 1, "pHo064": 1},
    ),
    (
        "pHn28",
        "vi",
        "nuoitrong",
        "Mía bị nõn héo, lỗ đục có phân sâu ướt",
        "Ruộng mía ở Châu Thành: cây con bị héo nõn, cây lớn khô ngọn, lỗ đục có bã phân ướt chảy xuống, bẹ lá thối. Cần chẩn đoán "
        "đúng loại sâu và cách phòng trị.",
        {"pHo049": 2, "pHo048": 2, "pHo051": 2, "pHo047": 1, "pHo063": 1, "pHo056": 1},
    ),
    (
        "pHn29",
        "en",
        "phuyen",
        "Dead hearts in young plant cane: soil-applied control",
        "Grower in Duyên Hải: young plant cane shows dead hearts from shoot borers at 1–2 internodes. Spraying tall cane is "
        "impractical; we want soil-applied granule recommendations and timing.",
        {"pHo063": 2, "pHo048": 2, "pHo049": 1, "pHo054": 1, "pHo051": 1},
    ),
    (
        "pHn30",
        "vi",
        "saumia",
        "Mối phá hom mía trên đất mới khai hoang",
        "Hộ trồng mía ở Duyên Hải mới khai hoang đất giồng: mối ăn hom ngay sau khi đặt, mầm mọc kém. Cần cách xử lý đất và hom để "
        "trừ mối.",
        {"pHo055": 2, "pHo054": 1},
    ),
    (
        "pHn31",
        "vi",
        "dantrimat",
        "Cải tiến lò nấu mật mía ở Trà Ôn",
        "Cơ sở nấu mật ở Trà Ôn mỗi vụ ép khoảng 200 tấn mía, bán mật 18.000 đồng/kg. Mật hay bị đục, lại đường. Cần cách lọc, vớt bọt, "
        "canh độ sánh và bảo quản để mật trong, không kết tinh.",
        {"pHo075": 2, "pHo076": 2, "pHo071": 1, "pHo083": 1, "pHo077": 1},
    ),
    (
        "pHn32",
        "en",
        "ardaily",
        "Small hygienic jaggery unit for a women's cooperative",
        "Women's cooperative in Cầu Kè still crushes cane with a small engine crusher, strains through cloth and boils over "
        "firewood in an open iron pan. We want a small, cleaner jaggery (brown sugar block) unit for about 2 t of cane a day.",
        {"pHo079": 2, "pHo080": 2, "pHo082": 2, "pHo081": 2, "pHo071": 1, "pHo070": 1},
    ),
    (
        "pHn33",
        "vi",
        "binhtrung",
        "Làm đường phên, đường bát đạt OCOP bán Tết",
        "Lò ép mía truyền thống ở Cầu Ngang chỉ còn vài hộ giữ nghề, đường sệt bán khó. HTX muốn làm đường phên, đường bát đạt chuẩn "
        "OCOP để bán dịp Tết.",
        {"pHo072": 2, "pHo070": 2, "pHo071": 2, "pHo073": 1, "pHo074": 1},
    ),
    (
        "pHn34",
        "vi",
        "tienphong",
        "Cần quy trình nấu đường phèn từ nước mía",
        "Cơ sở nấu đường bát ở Tiểu Cần muốn làm thêm đường phèn: cần quy trình nấu, kết tinh, sấy và thiết bị cho xưởng nhỏ.",
        {"pHo073": 2, "pHo074": 2, "pHo072": 1, "pHo071": 1},
    ),
    (
        "pHn35",
        "en",
        "ardaily",
        "Liquid jaggery / cane syrup with longer shelf life",
        "Village sugar maker in Mang Thít boils juice in an iron pan and skims it into blocks; we now want a liquid jaggery "
        "(cane syrup) line with a longer shelf life for city shops.",
        {"pHo083": 2, "pHo076": 2, "pHo075": 2, "pHo081": 1},
    ),
    (
        "pHn36",
        "en",
        "jsml",
        "Firing jaggery pans with our own bagasse",
        "Small jaggery mill in Tam Bình buys firewood while its bagasse piles up. We want a furnace and pan layout fired with our "
        "own dried bagasse, using less fuel per batch.",
        {"pHo082": 2, "pHo080": 2, "pHo109": 1, "pHo118": 1, "pHo117": 1},
    ),
    (
        "pHn37",
        "vi",
        "cayhoala",
        "Nâng tỷ lệ thu hồi đường ở lò đường thủ công",
        "Lò đường thủ công ở Cầu Ngang (trước nấu cả đường thốt nốt) nay nấu đường mía, tỷ lệ thu hồi thấp, sản phẩm lúc cứng lúc "
        "mềm. Cần quy trình chuẩn từ ép, lọc, nấu đến đổ khuôn, thu hồi khoảng 10%.",
        {"pHo079": 2, "pHo078": 1, "pHo071": 1},
    ),
    (
        "pHn38",
        "vi",
        "quangngai",
        "Bỏ hóa chất tẩy màu khi nấu đường đen",
        "Lò nấu đường đen kiểu đường muỗng ở Trà Ôn đang dùng hóa chất cho đường sáng màu. Muốn chuyển sang chất làm trong tự nhiên và "
        "quy trình sạch hơn.",
        {"pHo079": 2, "pHo080": 2},
    ),
    (
        "pHn39",
        "vi",
        "binhtrung",
        "Tính hiệu quả chuyển sang nấu mật mía",
        "Hộ ở Vũng Liêm có lò ép cũ, muốn chuyển sang nấu mật mía bán quanh năm. Cần mô hình tham khảo: bao nhiêu tấn mía ra bao "
        "nhiêu mật, giá bán, công lao động, lãi.",
        {"pHo077": 2, "pHo075": 1, "pHo072": 1},
    ),
    (
        "pHn40",
        "vi",
        "malaysia",
        "Đạt chuẩn an toàn thực phẩm cho 5 xe nước mía",
        "Chủ 5 xe nước mía ở TP Trà Vinh: mía cạo để đứng dưới nền ướt qua đêm, khách phàn nàn vệ sinh. Cần quy trình sơ chế, máy ép dễ "
        "vệ sinh, kiểm nghiệm vi sinh nước mía và đá để đạt chuẩn an toàn thực phẩm.",
        {"pHo088": 2, "pHo091": 2, "pHo098": 2, "pHo099": 2, "pHo086": 1, "pHo087": 1, "pHo097": 1},
    ),
    (
        "pHn41",
        "en",
        "malaysia",
        "Microbiological survey of 40 cane juice stalls",
        "City health office in Trà Vinh: inspectors found cane juice among the most contaminated street drinks and canes stored "
        "on wet floors. We need a partner to sample juice, ice and surfaces at 40 stalls.",
        {"pHo097": 2, "pHo091": 2, "pHo098": 2, "pHo099": 2, "pHo100": 2},
    ),
    (
        "pHn42",
        "en",
        "springrev",
        "Bottled cane juice with at least 30 days chilled shelf life",
        "Start-up in Long Hồ wants to bottle fresh cane juice for supermarkets with at least 30 days refrigerated shelf life, "
        "ideally without preservatives and with little loss of flavour and colour.",
        {"pHo092": 2, "pHo093": 2, "pHo094": 2, "pHo090": 2, "pHo095": 1, "pHo089": 1, "pHo096": 1},
    ),
    (
        "pHn43",
        "vi",
        "longchau",
        "Nước mía đóng chai giữ màu 1–2 tháng",
        "Cơ sở ở Bình Minh muốn bán nước mía đóng chai cho siêu thị: hiện để 1–2 giờ đã thâm đen, chua. Cần quy trình thanh trùng, "
        "chiết rót để giữ màu và vị trong 1–2 tháng.",
        {"pHo090": 2, "pHo092": 2, "pHo093": 2, "pHo095": 1, "pHo089": 1, "pHo086": 1, "pHo087": 1},
    ),
    (
        "pHn44",
        "vi",
        "starters",
        "Nuoc mia de lau bi chua, bi den",
        "Quan nuoc mia o Tra On, ep san de ban ca ngay thi chieu bi chua, bi den. Can cach giu nuoc mia tuoi lau hon, nen de tu "
        "mat hay tu da, dung chai gi.",
        {"pHo087": 2, "pHo086": 2},
    ),
    (
        "pHn45",
        "vi",
        "sciforum",
        "Xử lý nước mía không dùng nhiệt để giữ vị tươi",
        "Doanh nghiệp đồ uống ở Vĩnh Long đã thử thanh trùng và chất bảo quản cho nước mía chai PET nhưng vị bị nấu chín. Muốn công "
        "nghệ không dùng nhiệt (áp suất cao hoặc tương tự) giữ vị tươi.",
        {"pHo094": 2, "pHo095": 2, "pHo096": 1, "pHo093": 1},
    ),
    (
        "pHn46",
        "en",
        "atiso",
        "Filling and pasteurising line for 1,000 bottles an hour",
        "Beverage company in Vĩnh Long that already bottles a herbal drink (extraction, syrup, citric acid) now needs a filling "
        "and heat-treatment line for cane juice, about 1,000 bottles an hour, with chilled distribution.",
        {"pHo089": 2, "pHo090": 1, "pHo092": 1, "pHo101": 1},
    ),
    (
        "pHn47",
        "en",
        "jeli",
        "Cleanable juice extractor and sanitation routine for stalls",
        "Juice stall chain in Trà Vinh city: tests show the extractor and aprons carry the most bacteria. We need a press that "
        "is easy to clean and a daily sanitation routine for staff.",
        {"pHo088": 2, "pHo098": 1, "pHo097": 1, "pHo099": 1},
    ),
    (
        "pHn48",
        "en",
        "bangla",
        "Good hygiene training for 60 cane juice vendors",
        "Vendors' association in Vĩnh Long: juice quality varies widely from stall to stall. We want good-hygiene training and "
        "checks for 60 vendors.",
        {"pHo098": 2, "pHo099": 2, "pHo088": 1, "pHo097": 1, "pHo100": 1},
    ),
    (
        "pHn49",
        "vi",
        "rvc",
        "Đầu tư dây chuyền hộp, đĩa bã mía 2–3 tấn/ngày",
        "Công ty ở Trà Vinh muốn tận dụng bã mía làm hộp, đĩa, tô thay hộp xốp cho quán ăn. Cần dây chuyền nghiền bột, định hình, ép "
        "nóng công suất khoảng 2–3 tấn/ngày.",
        {
            "pHo110": 2,
            "pHo111": 2,
            "pHo114": 2,
            "pHo108": 2,
            "pHo112": 1,
            "pHo113": 1,
            "pHo105": 1,
            "pHo106": 1,
            "pHo107": 1,
        },
    ),
    (
        "pHn50",
        "en",
        "joyfood",
        "Supplier of compostable bagasse clamshells and bowls",
        "Restaurant chain in Vĩnh Long replacing plastic boxes and bowls wants a steady supplier of compostable bagasse "
        "clamshells, plates and bowls for hot and oily food.",
        {"pHo116": 2, "pHo106": 2, "pHo112": 2, "pHo113": 2, "pHo115": 1, "pHo105": 1},
    ),
    (
        "pHn51",
        "en",
        "fineshine",
        "Test specification for bagasse tableware",
        "Investor in Trà Vinh planning bagasse tableware needs the quality tests to run: heat and cold resistance, oil and "
        "water resistance, strength, degradation time.",
        {"pHo113": 2, "pHo108": 2, "pHo112": 1, "pHo114": 1, "pHo115": 1},
    ),
    (
        "pHn52",
        "vi",
        "newtech",
        "Cải tạo lò hơi đốt bã mía ẩm cho nhà máy đường nhỏ",
        "Nhà máy đường nhỏ ở Trà Cú đốt bã mía cho lò hơi nhưng bã ẩm khoảng 50%, cháy kém, khói nhiều. Cần tư vấn cải tạo lò và quản lý "
        "độ ẩm bã.",
        {"pHo109": 2, "pHo118": 2, "pHo119": 2, "pHo117": 1, "pHo120": 1, "pHo107": 1},
    ),
    (
        "pHn53",
        "en",
        "wilmar",
        "Cogeneration study to sell surplus power",
        "Sugar mill in Trà Vinh burns bagasse for steam and power and has surplus. We want a cogeneration study: steam balance, "
        "power export, storing bagasse for off-season running.",
        {"pHo120": 2, "pHo118": 1, "pHo126": 1, "pHo125": 1, "pHo127": 1},
    ),
    (
        "pHn54",
        "vi",
        "blurtit",
        "Ba mia du thua muon lam bot giay",
        "Lo duong o Cau Ngang du nhieu ba mia, dot khong het. Muon lam bot giay hoac giay tu ba mia, can tu van cong nghe va quy "
        "mo nho.",
        {"pHo121": 2, "pHo122": 2, "pHo106": 1, "pHo117": 1, "pHo123": 1},
    ),
    (
        "pHn55",
        "en",
        "baobigiay",
        "Bagasse pulp for paper packaging",
        "Packaging firm in Vĩnh Long making paper food packaging wants to replace part of its pulp with bagasse pulp from "
        "local mills: pulping route and achievable strength.",
        {"pHo121": 2, "pHo122": 2, "pHo123": 1},
    ),
    (
        "pHn56",
        "en",
        "joyfood",
        "Small-scale bagasse straws and cups",
        "Cooperative in Châu Thành wants to start small with bagasse drinking straws and cups for cafés, not a full tableware "
        "factory.",
        {"pHo106": 2, "pHo110": 1, "pHo108": 1, "pHo105": 1},
    ),
    (
        "pHn57",
        "vi",
        "jsml",
        "Phơi bã mía giảm ẩm để đốt chảo nấu đường",
        "Lò đường thủ công ở Tam Bình dùng bã mía đốt chảo, bã ướt cháy kém phải thêm củi. Cần biết độ ẩm bã bao nhiêu thì cháy tốt và "
        "cách phơi, trữ bã.",
        {"pHo109": 2, "pHo118": 2, "pHo082": 1, "pHo117": 1},
    ),
    (
        "pHn58",
        "vi",
        "hindawi",
        "Ủ bùn lọc nhà máy đường thành phân hữu cơ vi sinh",
        "Nhà máy đường ở Trà Vinh thải khoảng 20 tấn bùn lọc mỗi ngày vụ ép; bùn giàu lân, chất hữu cơ nhưng rất ẩm, đổ bãi bốc mùi. "
        "Muốn ủ thành phân hữu cơ vi sinh bán lại cho nông dân trồng mía.",
        {
            "pHo128": 2,
            "pHo131": 2,
            "pHo130": 2,
            "pHo146": 2,
            "pHo132": 2,
            "pHo129": 2,
            "pHo152": 1,
            "pHo141": 1,
            "pHo142": 1,
        },
    ),
    (
        "pHn59",
        "en",
        "papermart",
        "Filter cake and boiler ash as phosphorus fertiliser for cane",
        "Mill in Trà Vinh composts little of its mud and ash. We want rates for applying filter cake (with ash) to cane fields "
        "and how much mineral N and P can then be cut.",
        {"pHo141": 2, "pHo142": 2, "pHo143": 2, "pHo131": 1, "pHo146": 1},
    ),
    (
        "pHn60",
        "vi",
        "frontiers",
        "Tưới vinasse cho mía thay một phần phân bón",
        "Cơ sở nấu rượu ở Càng Long thải nước sau chưng cất (vinasse) khá nhiều. Muốn tưới cho ruộng mía lân cận thay một phần phân kali, "
        "cần liều lượng và cách tưới an toàn.",
        {"pHo138": 2, "pHo140": 2, "pHo145": 2, "pHo139": 2, "pHo136": 1, "pHo151": 1, "pHo144": 1},
    ),
    (
        "pHn61",
        "en",
        "gyori",
        "Soil monitoring for long-term vinasse application",
        "Distillery near Vĩnh Long sprays vinasse on neighbouring cane at a few tonnes per hectare a year and wants to know what "
        "years of application do to soil structure and porosity, with a monitoring plan.",
        {"pHo139": 2, "pHo140": 1, "pHo142": 1, "pHo145": 1},
    ),
    (
        "pHn62",
        "vi",
        "channuoinha",
        "Dùng rỉ mật trộn rơm, cỏ cho bò ở Trà Cú",
        "HTX nuôi bò sinh sản trên đất mía chuyển đổi ở Trà Cú muốn dùng rỉ mật (phụ phẩm đường, chủ yếu sucroza) trộn rơm, cỏ cho bò. "
        "Cần nguồn rỉ mật ổn định và công thức phối trộn.",
        {"pHo133": 2, "pHo135": 2, "pHo134": 2, "pHo153": 1},
    ),
    (
        "pHn63",
        "en",
        "rimat",
        "Molasses as a soil biostimulant",
        "Vegetable and cane farmers' group in Tiểu Cần hears molasses can feed soil microbes. We want evidence and a source "
        "of molasses for soil use, with doses.",
        {"pHo144": 2, "pHo135": 2},
    ),
    (
        "pHn64",
        "vi",
        "camnang",
        "Lam phan vi sinh tu ba bun mia",
        "Nha may duong ho tro ba bun cho ba con o Tieu Can, tu u dong thi nong khong deu, boc mui, khong biet bo sung dam, che pham "
        "hay dao tron the nao. Can cach u ba bun thanh phan vi sinh bon cho mia.",
        {"pHo131": 2, "pHo132": 2, "pHo129": 2, "pHo130": 2, "pHo128": 2, "pHo152": 1},
    ),
    (
        "pHn65",
        "en",
        "unica",
        "Fertigation system for vinasse and filter cake on 1,000 ha",
        "Sugar and ethanol project in Trà Vinh plans to return vinasse and filter cake to about 1,000 ha of cane instead of "
        "buying potash and phosphate. We need design and dosing for vinasse fertigation.",
        {"pHo145": 2, "pHo140": 2, "pHo138": 2, "pHo141": 1, "pHo143": 1},
    ),
    (
        "pHn66",
        "vi",
        "brewery",
        "Biến nước thải sau chưng cất cồn thành chế phẩm có ích",
        "Nhà máy cồn ở Bình Minh có bùn và nước thải sau chưng cất, xử lý tốn kém. Muốn dùng làm môi trường nuôi vi sinh tạo chế phẩm "
        "bán cho chăn nuôi.",
        {"pHo136": 2, "pHo138": 1},
    ),
    (
        "pHn67",
        "vi",
        "camnang",
        "Phân sinh học cố định đạm cho mía ở Cầu Kè",
        "Nông dân Cầu Kè muốn giảm phân đạm hóa học cho mía, đang tự ủ phân nhưng chưa có chế phẩm vi sinh cố định đạm. Cần phân sinh "
        "học đa chủng phù hợp cây mía ĐBSCL.",
        {"pHo137": 2, "pHo131": 1},
    ),
    (
        "pHn68",
        "vi",
        "baotayninh",
        "Hợp đồng bao tiêu mía có giá sàn theo chữ đường",
        "HTX mía Trà Cú từng ký hợp đồng bao giá thấp nhất 900.000 đồng/tấn ở 10 chữ đường nhưng bên mua không thực hiện. Cần đối tác "
        "bao tiêu có giá sàn theo CCS, ứng vốn, vật tư và cam kết thực hiện.",
        {"pHo154": 2, "pHo156": 2, "pHo158": 2, "pHo155": 2, "pHo157": 2, "pHo160": 1, "pHo161": 1},
    ),
    (
        "pHn69",
        "en",
        "dapper",
        "CCS-based payment formula and independent testing",
        "Cane growers' cooperative in Trà Vinh wants a supply agreement that spells out a sugar-content payment formula and "
        "independent CCS testing, instead of ambiguous clauses on when we get paid.",
        {"pHo161": 2, "pHo160": 2, "pHo162": 2, "pHo164": 1, "pHo158": 1},
    ),
    (
        "pHn70",
        "en",
        "vnbiz",
        "Designing an outgrower scheme for Khmer cane farmers",
        "Provincial programme: when mills paid 700,000 VND/t many households left cane. For Khmer farmers in Trà Cú we want an "
        "outgrower scheme that shares ownership, tasks and risk fairly between farmers and the mill.",
        {"pHo163": 2, "pHo157": 2, "pHo156": 2, "pHo155": 2, "pHo039": 1},
    ),
    (
        "pHn71",
        "vi",
        "ktdt",
        "Mía chờ lâu bị trừ tạp chất và giảm chữ đường",
        "Nông dân Tiểu Cần bán cho thương lái vì nhà máy chậm, mía chặt xong chờ lâu bị trừ tạp chất, chữ đường chỉ 8,5–9 CCS. Cần dịch "
        "vụ thu hoạch – vận chuyển kịp thời và cách tính giá công bằng.",
        {"pHo164": 2, "pHo028": 2, "pHo027": 2, "pHo162": 1, "pHo026": 1, "pHo039": 1, "pHo158": 1},
    ),
    (
        "pHn72",
        "en",
        "isjgrowers",
        "Contractor bundle tied to a cane supply contract",
        "Small growers in Tiểu Cần rely on hired crews for planting, ratoon work, cutting and haulage, and quality suffers. We "
        "want a supply contract that bundles those services from land preparation to transport.",
        {"pHo154": 2, "pHo026": 1, "pHo028": 1, "pHo157": 1, "pHo156": 1, "pHo039": 1},
    ),
    (
        "pHn73",
        "vi",
        "danviet",
        "Xây vùng nguyên liệu mía ổn định cho nhà máy",
        "Nhà máy đường ở Trà Vinh: như Tây Ninh, diện tích mía giảm vì giá bấp bênh, người trồng lo bị bỏ rơi. Cần mô hình quản lý, "
        "liên kết để giữ vùng nguyên liệu ổn định theo công suất nhà máy.",
        {"pHo159": 2, "pHo156": 2, "pHo155": 2, "pHo157": 2, "pHo163": 1},
    ),
    (
        "pHn74",
        "en",
        "baotayninh",
        "Quality-based cane payment and grower training",
        "Mill in Trà Vinh after price disputes with growers wants to move to quality-based payment with its lab, and train "
        "growers so they accept it.",
        {"pHo162": 2, "pHo161": 2, "pHo164": 1, "pHo158": 1, "pHo160": 1},
    ),
    (
        "pHn75",
        "en",
        "agriviet",
        "Irrigation methods for cane in the dry season",
        "Grower in Cầu Kè aiming at 100 t/ha: cane wilts in the dry season on raised beds. We need irrigation methods and "
        "timing by growth stage.",
        {"pHo033": 2, "pHo032": 1},
    ),
    (
        "pHn76",
        "en",
        "vungliem",
        "Salt-affected fields lowering juice quality",
        "Mill buying cane in Vũng Liêm sees lower brix and purity from fields hit by salt intrusion. We want varieties that keep "
        "juice quality under salinity.",
        {"pHo010": 2, "pHo008": 1, "pHo011": 1},
    ),
]
