"""Needs of the holdout82 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- digitisation of archives, Khmer palm-leaf manuscripts and old documents ---
    (
        "lFn01",
        "vi",
        "baodantoc_buong",
        "Số hóa và phiên âm sách lá buông tại chùa Kỳ Sơn, xã Ngãi Tứ",
        "Ban quản trị chùa Kỳ Sơn (xã Ngãi Tứ, tỉnh Vĩnh Long) giữ nhiều bộ sách lá buông - Sāstrā Sleuk Rith - khắc chữ Pali "
        "và Khmer cổ, phổ biến từ cuối thế kỷ XIX đến đầu thế kỷ XX. Người xưa khắc theo lối nghe sao khắc vậy, ngữ pháp chưa "
        "chuẩn hóa, nay trong vùng chỉ vài người như ông Kim Nghị đọc thông thạo. Chùa cần đơn vị chụp, quét từng lá đúng kỹ "
        "thuật, lập danh mục và hỗ trợ phiên âm để giữ lại nội dung trước khi lá mục nát.",
        {"lFo004": 2, "lFo001": 2, "lFo002": 2, "lFo003": 1, "lFo007": 1, "lFo005": 1, "lFo006": 1},
    ),
    (
        "lFn02",
        "en",
        "znews_buong",
        "Protecting and imaging the palm-leaf scriptures kept by Khmer monks in Trà Cú",
        "Khmer Theravada pagodas in Trà Cú keep palm-leaf scripture books as spiritual treasures. Each volume is about 5 cm "
        "wide and averages some 40 leaves, incised with a wooden-handled iron stylus and blackened with charcoal ground into "
        "oil; the young leaves were tied, cut, pressed and dried so termites would leave them alone. Damp and insects still get "
        "in. The pagodas want practical conservation of brittle volumes, protection against pests and a simple way to "
        "photograph every book.",
        {"lFo006": 2, "lFo005": 2, "lFo003": 2, "lFo002": 1, "lFo001": 1, "lFo055": 1},
    ),
    (
        "lFn03",
        "vi",
        "lhh_khmer_press",
        "Số hóa kho lưu Báo Trà Vinh chữ Khmer để tra cứu toàn văn",
        "Báo Trà Vinh chữ Khmer ra đời năm 1960, thời đầu viết trên giấy sáp quay rônêô phát hành trong vùng giải phóng, sau "
        "khi tái lập tỉnh năm 1992 vẫn xuất bản đều đặn. Tòa soạn muốn quét toàn bộ số cũ, nhận dạng chữ Khmer thành văn bản "
        "tìm kiếm được và chuyển các file dàn trang bằng font Khmer cũ không theo Unicode sang Unicode, để đưa lên website cho "
        "bạn đọc và nhà nghiên cứu.",
        {"lFo012": 2, "lFo011": 2, "lFo009": 2, "lFo013": 2, "lFo010": 1, "lFo022": 1, "lFo023": 1},
    ),
    (
        "lFn04",
        "vi",
        "tranvuthanhhuy",
        "Can so hoa ho so luu tru cua xa sau sap xep don vi hanh chinh",
        "Xa moi o tinh Vinh Long sau sap nhap con nhieu thung ho so giay cua cac xa cu can ban giao va tra cuu. Can don vi so "
        "hoa dung huong dan: chon ho so co gia tri lau dai, ho so hay khai thac va ho so de hu hong; lap bien ban giao nhan co "
        "danh muc; boc tach tung to, go ghim kep, lam phang giay o vang truoc khi quet; tao ban sao dien tu de tra cuu va bao "
        "hiem tai lieu goc. Tai lieu mat phai duoc cap tren duyet truoc.",
        {"lFo017": 2, "lFo018": 2, "lFo015": 2, "lFo019": 1},
    ),
    (
        "lFn05",
        "vi",
        "khuaxit",
        "Khử axit và tu bổ tài liệu lưu trữ giấy bị giòn, ố vàng",
        "Kho lưu trữ lịch sử tỉnh Vĩnh Long có nhiều phông tài liệu in trên giấy gỗ còn lignin, bột giấy tẩy clo chưa sạch, "
        "lại có tài liệu viết mực gallic sắt bị ăn thủng nét chữ. Giấy đã ố vàng, giòn, chạm nhẹ là gãy vụn. Chúng tôi cần "
        "giải pháp khử axit để trung hòa và tạo lớp kiềm dự trữ chống tái nhiễm, kèm tu bổ các tờ rách theo nguyên tắc không "
        "đổi giá trị gốc, làm lại được và có ghi chép, chụp ảnh.",
        {"lFo020": 2, "lFo021": 2, "lFo033": 2, "lFo006": 1},
    ),
    (
        "lFn06",
        "en",
        "hannom_inst",
        "Digitising Hán-Nôm books and rubbings held at a temple of literature in Vĩnh Long",
        "The board of a temple of literature in Vĩnh Long keeps Hán and Nôm books, rubbings of stone steles and bronze bells, "
        "and carved wooden boards. Nationally the Institute of Hán-Nôm Studies alone holds over 20,000 titles and more than "
        "48,000 inscription rubbings, yet few people can still read the script and local originals keep fading. We need a "
        "partner to image the books and rubbings, catalogue them properly and make them searchable for researchers.",
        {"lFo024": 2, "lFo025": 2, "lFo026": 1, "lFo022": 1},
    ),
    (
        "lFn07",
        "vi",
        "cand_hannom",
        "Mở hòm sắc phong và số hóa tư liệu Hán Nôm ở các đình làng Long Hồ",
        "Các đình làng ở Long Hồ còn giữ hòm sắc phong, văn bản địa chính, văn tế, văn cúng, hương ước. Theo mô hình đã làm ở "
        "Thừa Thiên Huế - sau 10 năm số hóa hơn 220.000 trang tại 105 làng, đền, nhà vườn của hơn 400 họ tộc và in thư mục đề "
        "yếu sắc phong triều Nguyễn - chúng tôi cần đơn vị cùng chính quyền mở hòm, số hóa, lập thư mục và tuyển dịch.",
        {"lFo025": 2, "lFo024": 2, "lFo028": 1},
    ),
    (
        "lFn08",
        "vi",
        "vinhphuctv",
        "Bảo quản và số hóa phim nhựa tư liệu của trung tâm văn hóa tỉnh",
        "Trung tâm Văn hóa - Nghệ thuật tỉnh Trà Vinh (cũ) còn giữ các cuộn phim nhựa 16 mm và 35 mm phóng sự, tư liệu về địa "
        "phương thời chiến tranh và sau giải phóng, đang để trong phòng thường. Tham chiếu Viện Phim Việt Nam với 80.000 cuốn "
        "phim, gần 20.000 tên phim, phải nhập hệ thống in chuyển kỹ thuật số mới chuyển được hơn 1.000 đầu phim, chúng tôi cần "
        "tư vấn điều kiện kho, lau rửa, phục chế và số hóa.",
        {"lFo029": 2, "lFo031": 2, "lFo032": 2, "lFo028": 1, "lFo027": 1},
    ),
    (
        "lFn09",
        "en",
        "unl_review",
        "Cataloguing, conserving and digitising a Khmer studies library's palm-leaf collection",
        "The library of the Khmer language and culture school at Trà Vinh University holds palm-leaf manuscripts donated by "
        "pagodas. We want a complete plan grounded in current practice: how the leaves were seasoned and written, the "
        "physical, chemical and biological causes of decay, classification and cataloguing, traditional and modern "
        "conservation, and realistic options for digital preservation drawn from other manuscript libraries.",
        {"lFo006": 2, "lFo001": 2, "lFo004": 2, "lFo005": 1, "lFo026": 1, "lFo027": 1},
    ),
    (
        "lFn10",
        "vi",
        "lontar_index",
        "Tìm kiếm từ khóa trong ảnh số kinh lá buông đã quét",
        "Ban Trị sự Phật giáo tỉnh Trà Vinh đã có ảnh quét nhiều bộ kinh lá buông, nhưng gần như chỉ các vị sư lớn tuổi đọc "
        "được chữ trên lá; tăng sinh, người trẻ không tìm nổi đoạn mình cần dù bản số đã có. Cần giải pháp tách vùng chữ trên "
        "ảnh lá, nhận dạng và chuyển tự để lập chỉ mục từ, cho phép gõ từ khóa rồi mở đúng lá có nội dung đó.",
        {"lFo007": 2, "lFo008": 1, "lFo009": 1, "lFo010": 1},
    ),
    (
        "lFn11",
        "en",
        "acharya",
        "High-resolution scans and durable storage for a pagoda school's leaf manuscripts",
        "A Pali school attached to a pagoda in Cầu Ngang wants to use computers to preserve its leaf manuscripts. The text "
        "runs on without breaks between words, so reading them takes trained people, but the first job is imaging: even "
        "fragile leaves, held between clear sheets, should be scanned at high resolution (around 600 dpi in colour, roughly "
        "1 MB per leaf) and the files kept safely for study and for copying onto newer media later.",
        {"lFo001": 2, "lFo002": 2, "lFo004": 2, "lFo003": 2, "lFo027": 1},
    ),
    (
        "lFn12",
        "vi",
        "collectionbuilder",
        "Dựng trang triển lãm số cho bộ sưu tập đã số hóa",
        "Bảo tàng tỉnh Vĩnh Long đã có kho ảnh hiện vật, tư liệu số hóa kèm dữ liệu mô tả, lưu trên một hệ thống kho số có "
        "giao diện khô khan, khó xem. Chúng tôi muốn một trang triển lãm số hấp dẫn dựng ngay trên dữ liệu mô tả sẵn có: duyệt "
        "theo bộ sưu tập, bản đồ, dòng thời gian, tìm kiếm, xem ảnh lớn, chi phí duy trì thấp.",
        {"lFo026": 2, "lFo072": 1, "lFo027": 1},
    ),
    (
        "lFn13",
        "en",
        "cern_oais",
        "Long-term preservation packages for the provincial archive's digitised files",
        "Digitised records of the Vĩnh Long provincial archive sit on loose hard drives without checksums or preservation "
        "metadata. We want a workflow that harvests files with their metadata into submission packages, ingests them into "
        "standard archival information packages, shows where each package is in the pipeline and exposes the records to an "
        "access system.",
        {"lFo027": 2, "lFo017": 1, "lFo018": 1},
    ),
]

NEEDS += [
    # --- 3D scanning and conservation of pagodas, monuments and artefacts ---
    (
        "lFn14",
        "vi",
        "myson_3d",
        "Quét 3D toàn bộ công trình và hiện vật tiêu biểu cụm di tích Ao Bà Om - chùa Âng",
        "Ban quản lý cụm Ao Bà Om - chùa Âng - Bảo tàng Văn hóa dân tộc Khmer muốn số hóa hiện trạng bằng quét 3D để lưu trữ "
        "dữ liệu, phục vụ tu bổ và quảng bá, đưa mô hình lên nền tảng web. Như Mỹ Sơn đang làm (60 phế tích, 3 vết tích kiến "
        "trúc, 2.278 hiện vật, chọn 200 hiện vật tiêu biểu), chúng tôi cần quét chánh điện, bảo tháp, cổng và khoảng 200 hiện "
        "vật.",
        {"lFo040": 2, "lFo042": 2, "lFo044": 2, "lFo046": 2, "lFo047": 2, "lFo041": 1, "lFo048": 1},
    ),
    (
        "lFn15",
        "en",
        "chua_ang_travinh",
        "Diagnosis and consolidation of the ceiling murals of Âng Pagoda",
        "Âng Pagoda in ward 8 of Trà Vinh city, founded in 990 and rebuilt in precious timber in 1842, has large paintings on "
        "the sanctuary ceiling and walls telling the Buddha's birth, renunciation, enlightenment and nirvana. After many "
        "renovations the paint and plaster are lifting in places. The pagoda needs a non-destructive condition survey and "
        "careful re-attachment of the detached paint layers.",
        {"lFo063": 2, "lFo064": 2, "lFo065": 1, "lFo066": 1},
    ),
    (
        "lFn16",
        "vi",
        "hanoi_sonthep",
        "Xử lý đồ gỗ sơn son thếp vàng bong tróc trong kho bảo tàng tỉnh",
        "Bảo tàng tỉnh Vĩnh Long có nhiều tượng Phật, hương án, khám thờ gỗ sơn son thếp vàng, trước kia không được bảo quản "
        "nên sơn tróc, gỗ mục ruỗng. Như Bảo tàng Lịch sử quốc gia với khoảng 1.000 hiện vật cùng loại, chúng tôi cần vừa kiểm "
        "soát nhiệt độ, độ ẩm, ánh sáng kho, vừa xử lý để đủ điều kiện trưng bày mà không làm mới quá mức, không xóa dấu vết "
        "thời gian.",
        {"lFo058": 2, "lFo059": 2, "lFo060": 2, "lFo061": 2, "lFo062": 1, "lFo055": 1},
    ),
    (
        "lFn17",
        "en",
        "plo_hoian",
        "Termite and beetle damage in wooden Khmer pagodas",
        "A survey of wooden pagodas and old houses in Trà Vinh found damage at 18 of 21 sites and eight wood-boring species "
        "(four termites, two longhorn beetles, two powder-post beetles). Even hard timbers are being eaten and recent repair "
        "timber was never impregnated. The provincial culture department has an annual budget line for this - the reference "
        "case spent nearly VND 15 billion - and seeks contractors for treatment and prevention.",
        {"lFo050": 2, "lFo051": 2, "lFo052": 2, "lFo070": 1},
    ),
    (
        "lFn18",
        "vi",
        "hpa_anoxia",
        "Xu ly mot trong tuong go va kinh sach khong dung hoa chat xong hoi",
        "Chua o Tieu Can co tuong go, tu kinh va kinh sach bi mot. Thuoc xong co the lam hong chat lieu, ton lai lau trong "
        "hien vat va doc cho nguoi, methyl bromide thi bi han che; say nong hay cap dong thi so hong lop son thep. Chung toi "
        "can cach bao kin hien vat trong moi truong khong co oxy de diet con trung an toan.",
        {"lFo055": 2, "lFo056": 2, "lFo057": 2},
    ),
    (
        "lFn19",
        "en",
        "bt_khmer_doankhoi",
        "Climate monitoring for the Trà Vinh Khmer ethnic culture museum",
        "The Khmer ethnic culture museum in ward 8 of Trà Vinh occupies a two-storey building of more than 1,700 m2 on a "
        "one-hectare site and keeps over 800 objects, images and documents, many of wood, cloth, leaves and paper. Readings are "
        "taken by hand, if at all. We need loggers or a networked system recording temperature and humidity in galleries, "
        "showcases and storage, with alarms and reports.",
        {"lFo067": 2, "lFo068": 2, "lFo069": 2, "lFo058": 1},
    ),
    (
        "lFn20",
        "vi",
        "bt_khmer_dulich",
        "Quét 3D và làm bản sao nông ngư cụ gỗ cổ để trưng bày",
        "Bảo tàng Văn hóa dân tộc Khmer Trà Vinh đã sưu tầm 326 hiện vật cổ, phần lớn là nông ngư cụ, đồ điêu khắc bằng gỗ quý "
        "hơn 100 năm tuổi (sa quạt nước, nọc cấy lúa, hái cắt lúa chạm đầu rồng Niêk) và đang được đầu tư hơn 4 tỷ đồng nâng "
        "cấp, chỉnh lý trưng bày. Cần quét 3D lưu hiện trạng, làm bản sao cho khách chạm thử và đưa mô hình lên web.",
        {"lFo043": 2, "lFo040": 2, "lFo041": 2, "lFo042": 2, "lFo046": 1},
    ),
    (
        "lFn21",
        "vi",
        "dietmoitangoc",
        "Khảo sát loài mối và xử lý mối gỗ tại chùa Hang",
        "Ban quản trị chùa Kompông Chrây (chùa Hang, Châu Thành) thấy cửa gỗ, bề mặt cột và hoa văn chạm khắc bị mối ăn. Mối "
        "gỗ khô ăn gỗ mềm và phần giác của gỗ lim, mối trồng nấm ăn lớp gỗ đã ải bên ngoài, còn mối gỗ ẩm ăn ngầm trong tường "
        "và gây hại nặng nhất. Chùa cần xác định đúng loài để chọn cách diệt và phòng lâu dài.",
        {"lFo050": 2, "lFo051": 2, "lFo052": 2, "lFo070": 1},
    ),
    (
        "lFn22",
        "en",
        "chroi_tansa",
        "Measured survey and 3D record of Chrôi Tansa pagoda before renovation",
        "Chrôi Tansa pagoda (Bãi Xào Giữa hamlet, Kim Sơn commune, Trà Cú), founded in 1847 and led by 16 generations of "
        "abbots, has the typical Southern Khmer ensemble of gate, sanctuary, monks' quarters, sala, school and stupas under old "
        "sao, dầu and palmyra trees. Before the next renovation the pagoda and the district want accurate plans, sections, "
        "elevations and a 3D record of the sanctuary and its roof.",
        {"lFo044": 2, "lFo047": 2, "lFo046": 2, "lFo048": 2, "lFo070": 1, "lFo040": 1, "lFo045": 1},
    ),
    (
        "lFn23",
        "vi",
        "drone_bolton",
        "Kiem tra mai ngoi, dau dao chanh dien bang flycam",
        "Chanh dien chua o Cau Ke co mai ba cap rat cao va doc, dau dao trang tri ran Naga, khong the leo len xem. Chung toi "
        "muon thue flycam chup anh, quay video do phan giai cao de xem tinh trang ngoi, vet nut tren cao truoc khi dung gian "
        "giao; biet rang anh chi la buoc dau, van can kiem tra tan tay cho nhung cho nghi van.",
        {"lFo048": 2, "lFo046": 1, "lFo049": 1},
    ),
    (
        "lFn24",
        "en",
        "vbgh_khmer",
        "A digital heritage database of Khmer Theravada pagodas",
        "The provincial Khmer monks' association in Vĩnh Long wants to document the heritage of Theravada Khmer Buddhism - "
        "pagoda grounds and architecture, sculpture, murals, palm-leaf books and festivals such as Ok Om Bok - in a shared "
        "digital database that monks, officials and the public can browse, starting with pagodas already listed as provincial "
        "or national relics.",
        {"lFo072": 2, "lFo026": 2, "lFo027": 1},
    ),
    (
        "lFn25",
        "vi",
        "thanhnien_sonthep",
        "Phục chế khoảng 70 hiện vật gỗ sơn son thếp vàng thế kỷ XVIII-XIX",
        "Bảo tàng tỉnh Vĩnh Long vừa sưu tầm khoảng 70 hiện vật gỗ sơn son thếp vàng thế kỷ XVIII-XIX: ngai thờ, bàn thờ, mâm "
        "thờ, khám thờ, sập, tủ thờ, đại tự, hoành phi, câu đối, nghi trượng, nhiều món cần tu sửa gấp trước khi trưng bày. Dự "
        "kiến xin tài trợ cỡ 21.000 USD như các dự án của quỹ bảo tồn văn hóa; cần đơn vị lập phương án và thực hiện phục chế, "
        "bảo quản.",
        {"lFo059": 2, "lFo060": 2, "lFo058": 2, "lFo061": 1},
    ),
]

NEEDS += [
    # --- museum and heritage-site visitor technology ---
    (
        "lFn26",
        "vi",
        "bt_khmer_vovworld",
        "Thuyết minh tự động đa ngữ cho Bảo tàng Văn hóa dân tộc Khmer Trà Vinh",
        "Dịp lễ hội Ok Om Bok bảo tàng đón gần 9.000 lượt khách, trong đó gần 500 lượt khách nước ngoài. Bảo tàng trưng bày "
        "gần 300 hiện vật gốc và gần 100 hiện vật phục chế, có bảo vật quốc gia ngẫu tượng Linga - Yoni, nhưng chỉ có vài "
        "thuyết minh viên. Cần hệ thống thuyết minh tự động tiếng Việt, Khmer, Anh trên điện thoại của khách hoặc thiết bị cầm "
        "tay.",
        {"lFo077": 2, "lFo075": 2, "lFo076": 2, "lFo079": 2, "lFo092": 2, "lFo074": 2, "lFo078": 1},
    ),
    (
        "lFn27",
        "en",
        "ocEo_qr",
        "QR codes on artefact labels at the provincial museum",
        "Viet Nam has more than 120 museums, and ours in Trà Vinh wants to go beyond short printed captions. We plan to design "
        "a QR code into each artefact's label so that visitors open detailed information, photos and audio about the object "
        "on their own phones, in Vietnamese and English.",
        {"lFo074": 2, "lFo077": 2, "lFo091": 2, "lFo076": 2, "lFo078": 2, "lFo093": 2, "lFo080": 1},
    ),
    (
        "lFn28",
        "vi",
        "hbt_360",
        "Lam tour 360 do cho chua Hang va chua Ang",
        "Phong Van hoa huyen Chau Thanh muon gioi thieu chua Hang, chua Ang len mang bang tour 360 do: nguoi xem di qua cong, "
        "chanh dien, ho nuoc, hang cay co thu va doc thong tin lich su, giong cac tour 360 cum di tich den, chua, dinh ma mot "
        "quan o Ha Noi da lam. Can don vi chup, dung tour va dua len website, mang xa hoi.",
        {"lFo082": 2, "lFo090": 2, "lFo084": 2, "lFo085": 2, "lFo083": 1},
    ),
    (
        "lFn29",
        "en",
        "rishandigital",
        "Augmented-reality reconstruction of the Bờ Lũy relic",
        "Little is visible above ground at the Bờ Lũy historic earthwork in Châu Thành, so visitors struggle to picture it. The "
        "district wants phones to overlay a digital reconstruction onto the real site, with narrated history and a then-and-now "
        "slider, working outdoors without special glasses and without damaging the site.",
        {"lFo086": 2, "lFo087": 2, "lFo042": 1, "lFo041": 1},
    ),
    (
        "lFn30",
        "vi",
        "vanmieu_baophapluat",
        "Chuyển từ vé giấy sang vé điện tử tại khu di tích Ao Bà Om",
        "Khu di tích danh thắng Ao Bà Om vẫn bán vé giấy cho các dịch vụ: tốn in ấn, phát sinh rác, cần nhiều người bán và soát "
        "vé, khách phải xếp hàng, không đặt trước hay mua trực tuyến được, không có dữ liệu về khách. Chúng tôi cần hệ thống vé "
        "điện tử minh bạch, soát vé bằng mã, phục vụ chuyển đổi số du lịch.",
        {"lFo088": 2, "lFo089": 2, "lFo127": 1, "lFo129": 1},
    ),
    (
        "lFn31",
        "en",
        "hoian_ve",
        "Digital ticketing for an open heritage area with many entrances",
        "Trà Vinh's heritage cluster around Ao Bà Om has open grounds and several entrances. Manual ticket booths need many "
        "staff, keep visitors waiting, and reconciling tickets with the tax office is slow and error-prone. The reference case, "
        "Hội An old town, earned VND 266 billion from tickets in 2018 yet still fought fare evasion. We want digitised tickets "
        "that cut losses and hassle.",
        {"lFo088": 2, "lFo089": 2, "lFo127": 1},
    ),
    (
        "lFn32",
        "vi",
        "boxhoidap",
        "Xây dựng bộ audio guide cho hiện vật tiêu biểu của bảo tàng tỉnh",
        "Bảo tàng tỉnh Vĩnh Long muốn thí điểm thuyết minh tự động thay cho việc chỉ phục vụ đoàn bằng hướng dẫn viên, trước "
        "mắt là 79 bài audio guide cho 79 hiện vật tiêu biểu. Cán bộ các phòng sẽ chọn hiện vật, tìm tư liệu, viết kịch bản; "
        "chúng tôi cần hỗ trợ thu âm, biên tập và đưa lên nền tảng cho khách nghe.",
        {"lFo092": 2, "lFo074": 2, "lFo078": 2, "lFo077": 1},
    ),
    (
        "lFn33",
        "en",
        "vnanet_tdt",
        "Group and self-guided QR interpretation at a memorial site in Long Hồ",
        "A memorial site of a national leader in Long Hồ wants visitors to scan a QR code and have his life story and the "
        "site's history open on their phones, while groups can still book a live guide. Visitors on spring trips increasingly "
        "prefer to explore on their own with technology rather than listen passively.",
        {"lFo077": 2, "lFo074": 2, "lFo093": 2, "lFo079": 1},
    ),
    (
        "lFn34",
        "vi",
        "soctrang_qr",
        "Gắn mã QR tra cứu di tích và địa chỉ đỏ của thị xã Duyên Hải",
        "Thị đoàn Duyên Hải muốn làm công trình thanh niên: gắn mã QR ở các di tích lịch sử, địa chỉ đỏ, điểm du lịch để người "
        "dân, du khách quét điện thoại là đọc ngay thông tin, như tuổi trẻ tỉnh bạn đã có 21 công trình với hơn 30 điểm. Nhiều "
        "điểm nằm ngoài trời, ven biển, sóng điện thoại yếu.",
        {"lFo091": 2, "lFo090": 2, "lFo081": 2, "lFo082": 1},
    ),
    (
        "lFn35",
        "en",
        "denthohcm",
        "Virtual tour and bilingual interpretation for the Hồ Chí Minh Temple in Long Đức",
        "The Hồ Chí Minh Temple in Long Đức commune, about 5 km north of Trà Vinh city, was built under fire from March 1970 "
        "and opened on 26 January 1971; over 10,000 people came in its first week. It now wants a 360° virtual tour and "
        "Vietnamese-English audio interpretation so schools and visitors from afar can explore it remotely and on site.",
        {"lFo082": 2, "lFo084": 2, "lFo077": 2, "lFo085": 2, "lFo090": 1},
    ),
    # --- library management and e-libraries for communes and schools ---
    (
        "lFn36",
        "vi",
        "thvl_khmer_kids",
        "Sách và điểm đọc cho trẻ em vùng đồng bào Khmer Trà Ôn, Tam Bình",
        "Các xã ở Trà Ôn, Tam Bình có đông đồng bào Khmer nhưng thiếu thư viện, trẻ em ít sách, văn hóa đọc chưa hình thành. "
        "Xã cần tủ sách đã xử lý nghiệp vụ đặt ở điểm sinh hoạt cộng đồng và chùa, được luân chuyển sách định kỳ, có thêm sách "
        "điện tử đọc được cả khi không có mạng.",
        {"lFo113": 2, "lFo114": 2, "lFo115": 2, "lFo107": 2, "lFo111": 1},
    ),
    (
        "lFn37",
        "en",
        "hoaninh_lib",
        "Catalogue and lending software for a community library on An Bình island",
        "A community library in Hòa Ninh commune (An Bình island, Long Hồ), founded by a local resident, now holds more than "
        "10,000 books donated by individuals, organisations and tourists and works closely with the local high school. Loans "
        "are still written on paper. We need free or low-cost software to catalogue donations and manage readers and loans.",
        {"lFo100": 2, "lFo101": 2, "lFo098": 2, "lFo097": 1, "lFo099": 1},
    ),
    (
        "lFn38",
        "vi",
        "tbt_elearning",
        "Truong THPT o Tra Cu can thu vien so cho hoc truc tuyen",
        "Truong can thu vien so chua giao trinh, sach, bao, tap chi, am thanh, hinh anh tinh va dong de giao vien, hoc sinh "
        "hoc E-Learning, truy cap ngoai gio hoc, chia se tai lieu so va cap nhat thuong xuyen theo yeu cau thuc te, thay vi chi "
        "co kho sach giay.",
        {"lFo097": 2, "lFo098": 2, "lFo117": 2, "lFo116": 1, "lFo107": 1},
    ),
]

NEEDS += [
    (
        "lFn39",
        "en",
        "nsulltc",
        "RFID self-checkout for a university learning resource centre",
        "Trà Vinh University's learning resource centre wants supermarket-style self-checkout: every item tagged so that "
        "checkout binds it to the reader's record, an exit gate that checks the database instead of magnetic strips, a way to "
        "find misshelved books on the shelves, and kiosks that handle loans and returns without staff.",
        {"lFo103": 2, "lFo104": 2, "lFo105": 1},
    ),
    (
        "lFn40",
        "vi",
        "cinet_buudien",
        "Biến điểm bưu điện văn hóa xã thành điểm thư viện",
        "Một xã ở Cầu Ngang muốn tận dụng điểm bưu điện văn hóa xã sẵn có để phục vụ sách báo cho bà con nông thôn theo mô "
        "hình thư viện - bưu điện: có kho sách được thư viện tỉnh luân chuyển, máy tính tra cứu thông tin, để người dân vừa "
        "dùng dịch vụ bưu chính vừa đọc sách.",
        {"lFo112": 2, "lFo111": 2, "lFo114": 1, "lFo105": 1},
    ),
    (
        "lFn41",
        "en",
        "tailieu_khxh",
        "Modernising the provincial library: web portal, bibliographic databases, digitisation",
        "The Vĩnh Long provincial library started computerising long ago but still lacks an integrated web interface to manage "
        "and serve its databases over the network. It wants to build and extend bibliographic databases for books and journal "
        "articles, put digitised documents online and plan the next phase of modernisation.",
        {"lFo110": 2, "lFo100": 2, "lFo102": 2, "lFo022": 1, "lFo026": 1},
    ),
    (
        "lFn42",
        "vi",
        "elib_binhduong",
        "Chia sẻ sách điện tử cho mạng lưới thư viện cấp xã",
        "Thư viện tỉnh Vĩnh Long muốn tập trung nguồn lực phát triển mạng lưới thư viện cấp xã (thư viện xã, điểm bưu điện văn "
        "hóa xã, tủ sách pháp luật) và đưa sách điện tử về đó: các thư viện xã dùng chung một kho ebook, bạn đọc tìm và mượn "
        "qua danh mục của thư viện mình.",
        {"lFo108": 2, "lFo109": 2, "lFo110": 2, "lFo097": 1},
    ),
    (
        "lFn43",
        "en",
        "sparrows",
        "Cheap catalogue terminals for a commune library in Càng Long",
        "A commune library in Càng Long has one ageing PC for its catalogue and no budget for more. Credit-card-sized Linux "
        "computers that can drive a screen and a browser look attractive for catalogue stations and notice screens, if they "
        "are reliable enough for the public.",
        {"lFo105": 2, "lFo106": 1, "lFo107": 1},
    ),
    (
        "lFn44",
        "vi",
        "baothanhhoa",
        "Phần mềm miễn phí quản lý thư viện gia đình phục vụ cả xã",
        "Một gia đình ở xã Hiếu Phụng (Vũng Liêm) mở thư viện tư nhân từ năm 2015, nay có 2.300 bản sách văn hóa, kỹ năng sống, "
        "khoa học thường thức, thiếu nhi, sản xuất nông nghiệp, mở cửa miễn phí hằng ngày nhờ con cháu và bà con góp sách. Cần "
        "phần mềm miễn phí để nhập sách, theo dõi mượn - trả và cho người dân tra cứu.",
        {"lFo098": 2, "lFo100": 2, "lFo099": 1},
    ),
    (
        "lFn45",
        "en",
        "vnexpress_thuvien",
        "Turning a surplus commune office into a community library",
        "After the merger of administrative units our commune in Vĩnh Long has an empty former office. We want to reuse it as "
        "a free community library with a children's corner (mats, picture books, parenting books within reach), stocked with "
        "classified, ready-to-lend books and run by staff who have been shown how to manage it.",
        {"lFo113": 2, "lFo114": 1, "lFo115": 1, "lFo112": 1},
    ),
    # --- performing arts and festivals ---
    (
        "lFn46",
        "vi",
        "ngaynay_tv_ghe",
        "Bấm giờ điện tử và ảnh về đích cho giải đua ghe Ngo trên sông Long Bình",
        "Giải đua ghe Ngo tỉnh Trà Vinh mở rộng mừng lễ hội Ok Om Bok diễn ra hai ngày 25-26/11 trên sông Long Bình. Trọng "
        "tài vẫn bấm đồng hồ tay, nhiều lượt về đích sát nút gây tranh cãi. Ban tổ chức cần hệ thống bấm giờ xuất phát - về "
        "đích, ảnh hoặc video về đích để phân xử và công bố kết quả nhanh.",
        {"lFo136": 2, "lFo137": 2, "lFo138": 2, "lFo135": 2, "lFo139": 1},
    ),
    (
        "lFn47",
        "en",
        "sggp_okombok",
        "Sound along the riverbank for a regional ghe Ngo festival",
        "Trà Vinh plans a week-long Ok Om Bok festival with a regional ghe Ngo race inviting seven Mekong provinces: 55-60 men's "
        "and women's teams, an opening ceremony, moon-worship rites, water-lantern contests and more than 100,000 spectators "
        "along the banks. Commentary and music must be heard clearly along the whole course.",
        {"lFo121": 2, "lFo122": 2, "lFo126": 2, "lFo123": 1, "lFo124": 1},
    ),
    (
        "lFn48",
        "vi",
        "baomoi_ngo",
        "Phát trực tiếp giải đua ghe Ngo lên nền tảng số",
        "Giải đua ghe Ngo tỉnh Trà Vinh năm nay dự kiến 60 đội (53 đội nam, 7 đội nữ) từ các tỉnh, thành. Nhiều bà con Khmer ở "
        "xa, kể cả ở nước ngoài, muốn xem trực tiếp. Ban tổ chức cần phát trực tiếp nhiều góc máy dọc đường đua, tiếng bình "
        "luận rõ, lên YouTube và Facebook.",
        {"lFo131": 2, "lFo132": 2, "lFo133": 2, "lFo134": 1},
    ),
    (
        "lFn49",
        "en",
        "duke_tourism_tv",
        "Portable sound and lighting for a Dù kê troupe performing for tourists",
        "Dù kê theatre, listed as national intangible heritage by Decision 2684/QĐ-BVHTTDL of 25 August 2014, is being built "
        "into Trà Vinh's cultural tourism. The provincial Khmer art troupe plays in pagoda yards and festival grounds and needs "
        "a compact sound and stage-lighting package it can set up quickly for evening shows.",
        {"lFo121": 2, "lFo124": 2, "lFo125": 2, "lFo122": 2, "lFo123": 1},
    ),
    (
        "lFn50",
        "vi",
        "duke_robam",
        "Số hóa băng ghi hình các vở Rô băm, Dù kê",
        "Rô băm - kịch múa cổ điển của người Khmer - nay không còn phát triển như nửa thế kỷ trước, cả vùng chỉ còn rất ít "
        "đoàn. Đoàn nghệ thuật Khmer tỉnh Trà Vinh giữ nhiều băng VHS, betacam, đĩa ghi hình các vở Rô băm, Dù kê đang xuống "
        "cấp. Cần chuyển sang định dạng số, phân loại và quản lý để tra cứu, truyền dạy.",
        {"lFo141": 2, "lFo029": 2, "lFo161": 1, "lFo027": 1},
    ),
    (
        "lFn51",
        "en",
        "amnhac_khmer_tvu",
        "Recording the ngũ âm repertoire of Khmer folk artisans for teaching",
        "A survey of Southern Khmer folk musicians found that 14.4% of artisans cannot read or write and 55.7% pass on their "
        "art only through personal experience. The Khmer language and culture school in Trà Vinh wants to record the ngũ âm "
        "(pinpeat) repertoire played by elderly artisans and turn old recordings into a searchable archive for teaching.",
        {"lFo141": 2, "lFo029": 1},
    ),
    (
        "lFn52",
        "vi",
        "hoahoctro",
        "Bán vé online và soát vé cho đêm nghệ thuật chào năm mới Chôl Chnăm Thmây",
        "Trung tâm Văn hóa tỉnh Trà Vinh tổ chức đêm nghệ thuật có bán vé. Năm trước nhiều người mua lại vé 'pass' trên mạng "
        "và bị lừa. Cần nền tảng bán vé trực tuyến giới hạn số vé mỗi giao dịch, đổi vé điện tử sang vòng tay tại cổng, soát "
        "vé nhanh và chống vé giả.",
        {"lFo127": 2, "lFo128": 2, "lFo129": 2, "lFo088": 1},
    ),
]

NEEDS += [
    (
        "lFn53",
        "en",
        "hearnow",
        "First multi-camera livestream of a Khmer New Year concert",
        "The Vĩnh Long culture centre wants to livestream a Chôl Chnăm Thmây concert from a reverberant hall, with several "
        "performers, sponsors to satisfy and a small team covering audio, camera direction, lighting, switching and the live "
        "chat. It has never produced a multi-camera stream.",
        {"lFo131": 2, "lFo132": 2, "lFo133": 2, "lFo134": 2},
    ),
    (
        "lFn54",
        "vi",
        "vietnammoi_okombok",
        "Âm thanh, ánh sáng cho chuỗi hoạt động lễ hội Ok Om Bok tại Ao Bà Om",
        "Lễ hội Ok Om Bok ở Trà Vinh kéo dài nhiều ngày: lễ cúng trăng, thả đèn nước, phục dựng ghe Cà Hâu, "
        "lễ hội đường phố, ca múa nhạc và sân khấu Dù kê tại Ao Bà Om và trung tâm văn hóa. Ban tổ chức cần thuê trọn gói âm "
        "thanh, ánh sáng sân khấu ngoài trời và màn hình, lắp nhanh, chịu được gió.",
        {"lFo122": 2, "lFo124": 2, "lFo121": 2, "lFo125": 2, "lFo126": 1},
    ),
    (
        "lFn55",
        "en",
        "thanhnien_nhieuloc",
        "Giant screens along the river for a ward ghe Ngo race",
        "At the first expanded ghe Ngo race in Trà Vinh ward, spectators packed both banks from 6 a.m., some families having "
        "woken their children at 3 a.m. to get a good spot; 18 teams took part. Next year the organisers want LED screens "
        "along the bank showing the race and replays so that people far from the finish line can follow it.",
        {"lFo122": 2, "lFo133": 1, "lFo131": 1},
    ),
    (
        "lFn56",
        "vi",
        "vov_soctrang_ghe",
        "Bấm giờ vòng đua cấp huyện chọn đội đua ghe Ngo",
        "Huyện Trà Cú tổ chức đua ghe Ngo cấp huyện mở màn mùa lễ hội để chọn đội dự giải tỉnh (giải tỉnh dự kiến khoảng 50 đội "
        "nam, nữ). Chúng tôi không có thiết bị chuyên dụng, chỉ có tình nguyện viên; cần cách tổ chức bấm giờ đơn giản ở xuất "
        "phát và về đích, có dự phòng, ra bảng xếp hạng ngay.",
        {"lFo139": 2, "lFo135": 2, "lFo138": 1, "lFo137": 1},
    ),
    # --- local radio, television and community media ---
    (
        "lFn57",
        "en",
        "vietnamvn_ttcs",
        "Replacing a commune's old wired and FM loudspeakers with smart ones",
        "Commune loudspeakers have long carried morning news and local notices, but the old wired and FM system in Cầu Kè is "
        "deteriorating and hard to maintain. The commune culture office wants a digitised system that officers can schedule "
        "and run remotely, linked to the information sources of higher levels.",
        {"lFo145": 2, "lFo146": 2, "lFo147": 2, "lFo148": 2, "lFo149": 1, "lFo150": 1},
    ),
    (
        "lFn58",
        "vi",
        "vov_khmer",
        "Đọc tự động bản tin tiếng Khmer trên loa truyền thanh xã",
        "Chương trình phát thanh tiếng Khmer của VOV khu vực ĐBSCL, phát từ năm 2003, được bà con như bà Thạch Thị Thiên ở "
        "phường Trà Vinh theo dõi nhiều năm. Một xã ở Trà Cú muốn tự phát thêm bản tin địa phương bằng tiếng Khmer trên loa "
        "nhưng thiếu người đọc; cần công cụ chuyển văn bản tiếng Khmer thành giọng đọc.",
        {"lFo158": 2, "lFo157": 1, "lFo145": 1},
    ),
    (
        "lFn59",
        "vi",
        "kg_khmer_tv",
        "Tăng thời lượng chương trình tiếng Khmer khi ít phóng viên",
        "Phòng biên tập tiếng Khmer của Đài Phát thanh - Truyền hình Vĩnh Long muốn nâng thời lượng từ 60 lên 180 phút/ngày với "
        "14 chuyên đề, chuyên mục như một đài bạn đã làm, trong khi phóng viên, biên dịch viên người Khmer ít. Cần đào tạo "
        "phóng viên tự quay, dựng tin bằng điện thoại để tăng sản lượng.",
        {"lFo153": 2, "lFo154": 2, "lFo155": 1, "lFo157": 1},
    ),
    (
        "lFn60",
        "en",
        "sonla_tns",
        "Media asset management for a provincial station's tape archive",
        "The Vĩnh Long radio-TV station moved to non-linear production years ago, but decades of material still sit on "
        "videotape and the digital files are scattered across machines in many formats. Searching takes hours and tapes "
        "degrade. We need an archive and asset-management system that ingests tapes and files, catalogues them and supports "
        "retrieval and reuse.",
        {"lFo159": 2, "lFo160": 2, "lFo161": 2, "lFo029": 1, "lFo027": 1},
    ),
    (
        "lFn61",
        "vi",
        "ourmediaproject",
        "Lap dai phat thanh cong dong FM cong suat nho cho cac ap Khmer",
        "Hoi nong dan mot xa o Tra Cu muon lap dai phat thanh cong dong cong suat nho cho cac ap Khmer: can khoang 1.000 feet "
        "vuong (khoang 90 m2) gom phong thu, phong phat song, phong ky thuat; uu tien dat anten tren cot co san gan phong thu "
        "de khoi phai mua duong truyen tu studio toi may phat.",
        {"lFo151": 2, "lFo152": 2, "lFo163": 1, "lFo145": 1},
    ),
    (
        "lFn62",
        "en",
        "vtv5_digital",
        "Publishing Khmer-language TV programmes on YouTube and TikTok",
        "Under Decision 2370/QĐ-TTg of 27 October 2025, ethnic-language television for 2026-2030 must also reach viewers on "
        "YouTube, Facebook, Instagram and TikTok. The Khmer desk of our provincial station in Vĩnh Long needs a practical "
        "workflow and training to cut, stream and post its programmes to these platforms.",
        {"lFo134": 2, "lFo154": 2, "lFo153": 2, "lFo132": 1},
    ),
    (
        "lFn63",
        "en",
        "ebnw_mojo",
        "Smartphone reporting for a three-person district culture and information centre",
        "The culture, information and sports centre of Duyên Hải has three staff and no camera crew. It wants to report local "
        "events quickly with smartphones - interviews, video, photos - and post them to its fanpage and website within "
        "minutes, at a fraction of the cost of broadcast equipment.",
        {"lFo153": 2, "lFo154": 2},
    ),
    (
        "lFn64",
        "vi",
        "hdvn_tns",
        "Quản lý thống nhất tài nguyên số của đài phát thanh - truyền hình",
        "Tài nguyên số của Đài Phát thanh - Truyền hình Vĩnh Long gồm video HD, SD, bản độ phân giải thấp, đồ họa, ảnh tĩnh, "
        "audio, lồng tiếng, phụ đề, kịch bản, tóm tắt nội dung, lịch phát sóng, nằm rải rác trên nhiều máy, nhiều mạng, phần "
        "lớn không đánh chỉ mục. Lãnh đạo, biên tập khó tìm, khó quản lý, khó bảo vệ. Cần giải pháp lưu trữ tập trung có phân "
        "loại và tìm kiếm.",
        {"lFo159": 2, "lFo160": 2, "lFo161": 2},
    ),
    (
        "lFn65",
        "en",
        "airwaves_studio",
        "A small pre-production studio for commune broadcasts",
        "The youth union in Càng Long wants a modest studio to pre-record programmes for commune loudspeakers: a mixer with "
        "several microphone inputs and clear level meters, decent vocal microphones with foam windscreens, playback sources "
        "and a computer, and a way to send finished bulletins out over the loudspeaker network.",
        {"lFo151": 2, "lFo147": 2, "lFo152": 1},
    ),
]

NEEDS += [
    # --- further needs across the sub-topics ---
    (
        "lFn66",
        "en",
        "tapchidongnama",
        "A province-wide programme to collect, digitise, conserve and restore Hán-Nôm papers",
        "Many Hán-Nôm documents in Vĩnh Long are still kept by families, clans, communal houses and temples, revered but lost "
        "bit by bit to war, floods and termites for lack of proper care. Following Thừa Thiên Huế's Decision 508/QĐ-UBND of "
        "21 February 2020 and its 2020-2024 plan, the provincial library wants a partner to survey, collect, digitise, conserve "
        "and restore these documents.",
        {"lFo025": 2, "lFo024": 2, "lFo020": 1, "lFo026": 1},
    ),
    (
        "lFn67",
        "vi",
        "tola_unicode",
        "Chuyển giáo trình gõ bằng font Khmer cũ sang Unicode",
        "Trường Bổ túc văn hóa Pali ở Trà Vinh có hàng nghìn trang giáo trình, đề thi gõ bằng font Khmer cũ; mở trên máy khác là "
        "ra ký tự lạ. Cán bộ còn nhầm giữa font và Unicode (mã Unicode như 1780 hệ 16 ứng với chữ ក là chuẩn chung, còn font "
        "chỉ là hình vẽ của chữ). Cần công cụ chuyển hàng loạt sang Khmer Unicode và hướng dẫn chuẩn hóa.",
        {"lFo013": 2, "lFo012": 1},
    ),
    (
        "lFn68",
        "en",
        "khmerocr_blog",
        "Full-text search over printed Khmer books in pagoda libraries",
        "Pagoda libraries in Trà Cú hold printed Khmer books, sermons and teaching materials that exist only on paper. We want "
        "to scan them and turn them into machine-readable Khmer text despite the missing word boundaries and the intricate "
        "stacked characters, so that monks and students can search and reuse the contents.",
        {"lFo009": 2, "lFo010": 2, "lFo011": 2, "lFo012": 2, "lFo022": 1},
    ),
    (
        "lFn69",
        "vi",
        "madgetech",
        "Theo dõi nhiệt độ, độ ẩm liên tục cho kho lưu trữ và phòng trưng bày",
        "Kho lưu trữ và phòng trưng bày của trung tâm văn hóa huyện Cầu Kè vẫn dùng máy tự ghi nhiệt ẩm bằng bút và giấy, mỗi "
        "tuần xem một lần, tốn giấy mực và phải hiệu chuẩn thường xuyên. Sau mùa mưa tài liệu, tranh bị ẩm, cong vênh, mốc. Cần "
        "thiết bị ghi dữ liệu nhiệt độ - độ ẩm tự động, cảnh báo khi vượt ngưỡng.",
        {"lFo069": 2, "lFo067": 2, "lFo068": 2},
    ),
    (
        "lFn70",
        "en",
        "khmer_tts_state",
        "Khmer-language narration for the museum's QR guide",
        "The Trà Vinh Khmer museum's new QR guide needs narration in Khmer as well as Vietnamese, but recording every text with "
        "a voice artist is slow. We would like natural-sounding Khmer text-to-speech that copes with text written without "
        "spaces between words and with stacked subscript consonants.",
        {"lFo158": 2, "lFo157": 1, "lFo079": 1},
    ),
    (
        "lFn71",
        "en",
        "koha_lj",
        "One shared catalogue for the school libraries of a district",
        "A district education office in Vĩnh Long wants all its school libraries on one web-based catalogue. A rural school "
        "district elsewhere solved the same problem by adopting a free, GPL-licensed library system rather than a costly "
        "proprietary one. We need installation, data migration and support.",
        {"lFo100": 2, "lFo101": 2, "lFo102": 2, "lFo098": 2},
    ),
    (
        "lFn72",
        "vi",
        "vietbao_nguam",
        "Thu âm bài bản nhạc ngũ âm làm học liệu cho lớp học ở chùa",
        "Một chùa ở Tiểu Cần mở lớp dạy nhạc ngũ âm miễn phí cho thanh thiếu niên vào buổi tối. Dàn nhạc gồm năm bộ nhạc cụ "
        "đồng, sắt, gỗ, hơi, da, mỗi nhạc cụ được định âm riêng. Nghệ nhân ưu tú đã lớn tuổi; chùa muốn thu âm, ghi hình các "
        "bài bản truyền thống, số hóa và lưu trữ để học viên tự luyện.",
        {"lFo141": 2},
    ),
    (
        "lFn73",
        "en",
        "exeunt",
        "Livestreaming a provincial art troupe's shows on a small budget",
        "The provincial cải lương and Khmer art troupe in Vĩnh Long wants to stream its shows online, starting with the phones "
        "and equipment it already owns, then adding cameras and a switcher, and keeping recordings of the streams for later "
        "viewing.",
        {"lFo134": 2, "lFo131": 2, "lFo132": 2, "lFo133": 1},
    ),
    (
        "lFn74",
        "vi",
        "chua_hang",
        "Số hóa 3D cổng hang và chánh điện chùa Hang",
        "Chùa Kompông Chrây (chùa Hang, khóm 3 thị trấn Châu Thành) lập năm 1637, trùng tu lớn năm 1977, có cổng phụ dạng hang "
        "độc nhất và chánh điện trên nền cao 3 m với nhiều bậc cấp. Chùa cần quét 3D cổng và chánh điện để lưu hồ sơ hiện "
        "trạng và làm mô hình giới thiệu.",
        {"lFo046": 2, "lFo044": 2, "lFo040": 2, "lFo048": 1, "lFo045": 1},
    ),
    (
        "lFn75",
        "en",
        "mysonticket",
        "Group tickets for school visits to a heritage site",
        "A heritage site in Trà Vinh receives many school and tour groups, and issuing one ticket per person is slow. We want "
        "group tickets: when a group buys several tickets of one type it gets a single QR code to pass the gate, with a "
        "separate code for each ticket type (for example Vietnamese and foreign visitors).",
        {"lFo088": 2, "lFo089": 1},
    ),
]
