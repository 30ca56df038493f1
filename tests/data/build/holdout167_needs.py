"""Needs for the holdout167 labelled set (beekeeping and honey, Trà Vinh / Vĩnh Long).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
"""

NEEDS = [
    (
        "oMn01",
        "vi",
        "cholach",
        "Cần kỹ thuật nuôi ong lấy mật trong vườn dừa xen cây ăn trái",
        "Hợp tác xã dừa ở Càng Long có vườn dừa xen cây ăn trái. Chúng tôi muốn học theo mô hình những hộ "
        "đã nuôi ong 17 năm trong vùng cây trái để có thêm nguồn mật và giúp vườn đậu trái. Cần người chuyển giao "
        "cách bố trí thùng trong vườn dừa, nên nuôi ong nội hay ong ngoại, lịch chia đàn và thu mật theo mùa "
        "hoa dừa.",
        {"oMo116": 2, "oMo080": 1, "oMo012": 1, "oMo007": 1, "oMo006": 1},
    ),
    (
        "oMn02",
        "vi",
        "vov",
        "Ong chết hàng loạt mùa hoa nhãn do phun thuốc, cần cách xử lý",
        "Tổ hợp tác nuôi ong ở Cầu Kè mỗi mùa nhãn đưa hơn 100 đàn vào vườn, mỗi lần quay được khoảng 1 tấn mật. "
        "Mùa vừa rồi sản lượng chỉ còn một nửa và khoảng 1/3 số đàn chết vì ong đi lấy mật trên hoa nhãn vừa phun "
        "thuốc. Chúng tôi cần biện pháp cứu đàn bị ngộ độc và cách thỏa thuận với chủ vườn về thời điểm, loại "
        "thuốc phun.",
        {"oMo082": 2, "oMo085": 2, "oMo086": 2, "oMo087": 1, "oMo083": 1, "oMo088": 1},
    ),
    (
        "oMn03",
        "vi",
        "hoabinh",
        "Cần cơ chế phối hợp lịch phun thuốc giữa người trồng lúa và người nuôi ong",
        "Hội Nông dân một xã ở Châu Thành: hơn 230 tổ ong của hàng chục hộ chết la liệt chỉ sau 2 ngày, cơ quan "
        "thú y kết luận do ong kiếm ăn trên ruộng vừa phun thuốc. Có hộ nuôi gần 20 năm mất trắng hơn 30 tổ, vốn "
        "40–50 triệu đồng. Chúng tôi cần giải pháp phối hợp: thông báo lịch phun, chọn thuốc ít độc với ong, phun "
        "lúc chiều tối và tập huấn cho người đi phun.",
        {"oMo085": 2, "oMo088": 2, "oMo086": 2, "oMo087": 1, "oMo082": 1},
    ),
    (
        "oMn04",
        "vi",
        "nn_nhan",
        "Cần hạ thủy phần mật ong hoa nhãn mà giữ được hương",
        "Cơ sở thu mua mật ong hoa nhãn ở Long Hồ (Vĩnh Long) lấy mật từ các trại ong đặt trong vườn nhãn ven sông "
        "mỗi mùa hoa. Mật nhãn thơm nhưng loãng, một số lô để vài tuần bị chua. Chúng tôi cần thiết bị và quy "
        "trình hạ thủy phần trước khi đóng chai, không làm mất hương nhãn.",
        {"oMo028": 2, "oMo024": 2, "oMo025": 2, "oMo027": 1, "oMo030": 1, "oMo029": 1, "oMo026": 1},
    ),
    (
        "oMn05",
        "vi",
        "zbook",
        "Trại ong Ý bị ve ký sinh sau vụ mật, cần phác đồ trị",
        "Trại ong Ý (giống nhập nội) ở Tiểu Cần sau vụ mật thấy ong non xoăn cánh, nhộng thủng, đàn giảm quân "
        "nhanh; nghi nhiễm ve Varroa và Tropilaelaps. Chúng tôi cần cách đánh giá mức độ nhiễm và phác đồ trị "
        "ve không để tồn dư trong mật, sáp.",
        {"oMo090": 2, "oMo092": 2, "oMo093": 2, "oMo096": 2, "oMo095": 1, "oMo094": 1},
    ),
    (
        "oMn06",
        "vi",
        "wiki_sac",
        "Đàn ong nội mắc bệnh ấu trùng túi, mật giảm mạnh",
        "Hợp tác xã ong nội ở Trà Cú có nhiều đàn ấu trùng chết ở giai đoạn mới vít nắp, đầu nhọn nhô lên, cuối "
        "bụng có túi nước, nắp vít lõm có lỗ châm kim; sản lượng mật giảm. Nghe nói bệnh làm giảm 20–80% mật và "
        "một ấu trùng bệnh có thể lây cho 3.000 ấu trùng khỏe. Cần biện pháp phòng bệnh và nguồn chúa kháng bệnh.",
        {"oMo097": 2, "oMo101": 2, "oMo102": 1, "oMo100": 1, "oMo099": 1},
    ),
    (
        "oMn07",
        "vi",
        "mths",
        "Ấu trùng ong nội chết, thùng có mùi chua, cần cách trị",
        "Hộ nuôi ong nội ở Châu Thành (Trà Vinh): ấu trùng nhỏ chết, mềm nhũn, đổi màu, mở thùng có mùi "
        "chua, đàn yếu dần. Chúng tôi cần chẩn đoán đúng bệnh thối ấu trùng và phác đồ điều trị cụ thể.",
        {"oMo098": 2, "oMo099": 2, "oMo100": 1, "oMo097": 1},
    ),
    (
        "oMn08",
        "vi",
        "sassafras",
        "Kho cầu bánh tổ dự trữ bị sâu ăn sáp phá",
        "Hộ nuôi ong Ý ở Tiểu Cần cất cầu bánh tổ sau vụ mật để mùa sau dùng lại, vì bánh tổ đã xây rất quý. Cầu "
        "cũ từng nuôi ấu trùng bị sâu sáp đục, giăng tơ. Nhà có tủ đông nhưng không rõ cần để bao lâu. Cần cách "
        "xử lý và bảo quản cầu không dùng hóa chất.",
        {"oMo104": 2, "oMo105": 2, "oMo106": 2, "oMo107": 2, "oMo108": 1},
    ),
    (
        "oMn09",
        "vi",
        "bxp_ongdu",
        "Can huong dan nuoi ong du trong hop go",
        "Nha toi o Cau Ke bat duoc to ong du trong bong cay, to khoang 20-25 x 30-40 cm, lay duoc chung 0,4-0,7 lit "
        "mat. Nghe noi moi bat ve thuan hoa phai 5-6 nam ong moi tach dan. Can nguoi huong dan chuyen ong vao hop "
        "go, cham soc va lay mat ma khong hai dan.",
        {"oMo109": 2, "oMo115": 2, "oMo113": 1, "oMo110": 1, "oMo111": 1},
    ),
    (
        "oMn10",
        "vi",
        "gmmiko",
        "Đặt thùng ong trong rừng ngập mặn ven biển Duyên Hải",
        "Hợp tác xã nhận khoán bảo vệ rừng đước, bần, mắm ở Duyên Hải muốn đặt khoảng 300 thùng ong trong rừng "
        "ngập mặn, kỳ vọng 10 kg mật mỗi thùng mỗi năm, vừa có thu nhập vừa cắm biển nhắc người dân không đi tắt "
        "qua rừng. Cần kỹ thuật nuôi ong dưới tán rừng ngập mặn và mô hình kết hợp bảo vệ rừng.",
        {"oMo119": 2, "oMo120": 2, "oMo121": 2, "oMo122": 2, "oMo123": 1, "oMo125": 1},
    ),
    (
        "oMn11",
        "vi",
        "kyluc",
        "Cần kỹ thuật gác kèo ong trong rừng tràm",
        "Hộ nhận khoán rừng tràm ở Trà Cú thấy ong mật hoang chỉ làm tổ trên cành nghiêng như kèo nhà vào tháng "
        "11, 12 khi tràm nở hoa. Chúng tôi muốn học nghề gác kèo ong cho bài bản, biết khi nào lấy mật để mật "
        "đặc, không đổi màu, không bị đọng đường.",
        {"oMo117": 2, "oMo118": 2, "oMo027": 1},
    ),
    (
        "oMn12",
        "vi",
        "trove",
        "Cần kiểm nghiệm mật ong để công bố sản phẩm",
        "Cơ sở ở Tiểu Cần bán mật ong nuôi 200–400 nghìn đồng/lít, khách hay nghi mật giả, mật do ong ăn đường. "
        "Chúng tôi muốn gửi mẫu kiểm nghiệm đủ chỉ tiêu và làm hồ sơ tự công bố sản phẩm để đưa vào siêu thị, "
        "cửa hàng đặc sản Trà Vinh.",
        {"oMo034": 2, "oMo043": 2, "oMo035": 2, "oMo039": 2, "oMo037": 1, "oMo036": 1},
    ),
    (
        "oMn13",
        "vi",
        "amatures",
        "Can xet nghiem mat ong co pha duong, si ro hay khong",
        "Toi thu gom mat ong o Tra On de ban si. Co lo mat nghi bi pha si ro duong mia, duong bap hoac do ong an "
        "duong, nhin bang mat khong phan biet duoc. Can phong thi nghiem phan tich duong C4, dong vi carbon hoac "
        "cach nao re ma tin cay de loai lo mat pha.",
        {"oMo036": 2, "oMo038": 2, "oMo041": 2, "oMo040": 2, "oMo039": 1},
    ),
    (
        "oMn14",
        "vi",
        "nhanong",
        "Cần mua ong chúa giống tốt có kiểm định",
        "Trại ong ở Vũng Liêm đang mở rộng để khai thác mật, phấn, sữa chúa và sáp. Ong chúa mua trôi nổi đẻ kém, "
        "đàn hay bệnh. Chúng tôi cần nguồn ong chúa đã giao phối, đẻ tốt, có kết quả kiểm định giống rõ ràng.",
        {"oMo005": 2, "oMo002": 2, "oMo009": 2, "oMo004": 1, "oMo001": 1},
    ),
    (
        "oMn15",
        "vi",
        "docz_dn",
        "Hợp tác xã muốn tự tạo ong chúa bằng phương pháp di trùng",
        "Hợp tác xã nuôi ong ở Tiểu Cần hiểu rằng đàn ong mạnh hay yếu phụ thuộc chất lượng ong chúa. Chúng tôi "
        "muốn tự tạo chúa từ đàn tốt nhất bằng cách di trùng vào mũ chúa, cần dụng cụ và người hướng dẫn tận "
        "nơi.",
        {"oMo001": 2, "oMo003": 2, "oMo004": 2, "oMo050": 1, "oMo009": 1},
    ),
    (
        "oMn16",
        "vi",
        "rodney",
        "Can mua thung nuoi ong noi va khung cau chuan",
        "Toi o Cang Long muon chuyen dan ong noi tu do sang thung cai tien co cau di dong, nap mo phia tren, "
        "day thung, cua to thu hep duoc, chua khe ho vua loi ong di. Can noi dong thung va khung cau dung kich "
        "thuoc cho ong noi.",
        {"oMo011": 2, "oMo012": 2, "oMo013": 2, "oMo014": 1, "oMo016": 1},
    ),
    (
        "oMn17",
        "vi",
        "grokip",
        "Cần máy quay mật ly tâm inox thay cho vắt bánh tổ",
        "Doanh nghiệp nuôi ong Ý ở Vĩnh Long vẫn cắt và vắt bánh tổ nên ong phải xây lại tổ, tốn mật. "
        "Chúng tôi cần máy quay mật ly tâm inox công suất phù hợp để giữ nguyên bánh tổ trả lại cho ong.",
        {"oMo018": 2, "oMo019": 2, "oMo023": 2, "oMo020": 1, "oMo021": 1},
    ),
    (
        "oMn18",
        "vi",
        "suckhoe",
        "Cần tập huấn thu hoạch, sơ chế và bảo quản mật ong",
        "Tổ hợp tác nuôi ong ở Càng Long cần lớp tập huấn cho thành viên về thu hoạch, sơ chế và bảo quản mật sao "
        "cho mật giữ khoảng 18% nước, 75% đường như mật tự nhiên, không pha thêm gì và không hâm nóng làm biến "
        "chất.",
        {"oMo022": 2, "oMo021": 2, "oMo023": 1, "oMo030": 1, "oMo032": 1},
    ),
    (
        "oMn19",
        "vi",
        "memart_rj",
        "Muốn khai thác sữa ong chúa từ đàn ong Ý",
        "Cơ sở nuôi ong Ý ở Mang Thít muốn chuyển sang khai thác sữa ong chúa. Cần chuyển giao đủ quy trình: "
        "chuẩn bị đàn, làm mũ chúa nhân tạo, di ấu trùng, nuôi dưỡng, thu hoạch và bảo quản sữa.",
        {"oMo050": 2, "oMo051": 2, "oMo053": 2, "oMo054": 1, "oMo055": 1, "oMo052": 1},
    ),
    (
        "oMn20",
        "vi",
        "infomory",
        "Cần bảo quản lạnh sữa ong chúa tươi trước khi bán",
        "Cơ sở thu gom sữa ong chúa tươi bán ở thành phố Trà Vinh. Sữa rất dễ hỏng nên phải đông lạnh ngay, nhưng "
        "chúng tôi chưa có quy trình và thiết bị chuẩn từ trại tới cửa hàng. Cần tư vấn chuỗi lạnh và đóng gói.",
        {"oMo052": 2, "oMo053": 2, "oMo054": 1, "oMo056": 1},
    ),
    (
        "oMn21",
        "vi",
        "bi_pollen2",
        "Muốn thu phấn hoa ong và sấy đóng gói",
        "Hợp tác xã ở Cầu Ngang muốn tận dụng mùa dừa và lúa trổ nhiều phấn để thu phấn hoa từ các đàn ong của thành viên. Cần "
        "máng lấy phấn gắn cửa tổ lấy đi một phần phấn mà đàn vẫn đủ ăn, và cách sấy khô, đóng gói.",
        {"oMo061": 2, "oMo062": 2, "oMo057": 2, "oMo058": 2, "oMo063": 1, "oMo059": 1},
    ),
    (
        "oMn22",
        "vi",
        "askthecat",
        "Can lo say phan hoa, phan thu ve hay bi moc",
        "Co so o Tra Vinh thu phan hoa bang mang cua to, moi lan lay duoc khoang mot nua so vien phan ong mang "
        "ve. Phan tuoi de vai ngay la moc. Can may say phan hoa va huong dan say, bao quan dung cach.",
        {"oMo063": 2, "oMo061": 2, "oMo058": 2, "oMo059": 1},
    ),
    (
        "oMn23",
        "vi",
        "greengarden",
        "Cần quy trình tinh chế sáp ong thô đạt chuẩn làm nến, mỹ phẩm",
        "Cơ sở thu mua sáp ong thô ở Trà Vinh bán cho xưởng nến và mỹ phẩm. Sáp thô nấu qua loa còn lẫn cặn, mật "
        "và xác ong nên bị chê. Cần quy trình và thiết bị nấu, lọc, đổ khuôn sáp sạch.",
        {"oMo068": 2, "oMo065": 2, "oMo064": 2, "oMo066": 1, "oMo067": 1, "oMo070": 1, "oMo069": 1},
    ),
    (
        "oMn24",
        "vi",
        "vuonvai",
        "Muốn đặt ong trong vườn nhãn, chôm chôm để tăng đậu trái",
        "Hợp tác xã trồng nhãn, chôm chôm ở Cầu Kè thấy các nơi nuôi ong lấy mật trong vườn vải, nhãn vừa có "
        "mật vừa được mùa. Chúng tôi cần người nuôi ong hoặc dịch vụ đặt ong thụ phấn trong mùa hoa và hướng dẫn "
        "bố trí số đàn.",
        {"oMo079": 2, "oMo078": 2, "oMo071": 2, "oMo080": 1, "oMo072": 1, "oMo077": 1},
    ),
    (
        "oMn25",
        "vi",
        "gaeblini",
        "Cần ghi nhãn mật ong đóng chai đúng quy định nước nhập khẩu",
        "Công ty ở Trà Vinh chuẩn bị xuất lô mật ong đóng chai đầu tiên, có cả dòng mật ong pha gừng, pha chanh. "
        "Nhãn phải ghi đúng xuất xứ, thông tin trung thực, không mơ hồ và kiểm chứng được. Cần tư vấn quy định "
        "ghi nhãn mật ong của thị trường nhập khẩu.",
        {"oMo048": 2, "oMo044": 1, "oMo045": 1, "oMo046": 1, "oMo049": 1},
    ),
    (
        "oMn26",
        "vi",
        "dcno_ret",
        "Giữ đàn ong nội qua mùa mưa thiếu hoa, chống bốc bay",
        "Hộ nuôi ong nội ở Trà Cú: mùa mưa thiếu hoa, chúa già đẻ kém, đàn thưa quân rồi bỏ tổ bay đi. Nghe nói "
        "đàn mạnh tiêu hao mật trên mỗi kg ong ít hơn đàn yếu tới 5 lần. Cần hướng dẫn thay chúa, nhập đàn yếu, "
        "cho ăn bổ sung và nhận biết sớm dấu hiệu bốc bay.",
        {"oMo007": 2, "oMo008": 2, "oMo010": 2, "oMo006": 1},
    ),
    (
        "oMn27",
        "vi",
        "hoabinh",
        "Ong chet day cua to sau khi ruong lua phun thuoc, can cach cuu dan",
        "Nha toi o Cau Ngang nuoi hon 30 to ong, chi sau 2 ngay ruong lua xung quanh phun thuoc thi ong chet kin "
        "cua to va day thung, con song thi bo lay lat, khong don ve sinh to. Can biet cach cuu dan bi ngo doc va "
        "phong lan sau.",
        {"oMo082": 2, "oMo086": 1, "oMo085": 1, "oMo083": 1},
    ),
    (
        "oMn28",
        "vi",
        "md06",
        "Cần công cụ ghi chép trại ong và truy xuất lô mật khi bán",
        "Hợp tác xã nuôi ong ở Trà Vinh đã học xong lớp thu hoạch, sơ chế, bảo quản và tiêu thụ sản phẩm ong. Nay "
        "cần công cụ ghi chép từng thùng ong, ngày quay mật, sản lượng và bán hàng để truy xuất được lô mật khi "
        "khách hàng hoặc siêu thị yêu cầu.",
        {"oMo128": 2, "oMo127": 1, "oMo126": 1},
    ),
    (
        "oMn29",
        "vi",
        "erct",
        "Nông dân mới muốn chọn loài ong để nuôi",
        "Tôi ở Cầu Kè mới vào nghề, đọc thấy có nhiều loài ong cho mật như ong ý, ong nội, ong khoái, ong ruồi và "
        "cả ong không ngòi. Cần được tư vấn nên nuôi loài nào cho hợp vườn nhà, tính hiền dữ, năng suất và loại "
        "thùng.",
        {"oMo017": 2, "oMo004": 1, "oMo006": 1, "oMo115": 1},
    ),
    (
        "oMn30",
        "vi",
        "experts_cry",
        "Mật đóng chai bị tách lớp, phần trên lên men",
        "Cơ sở đóng chai mật ong ở Bình Minh: chai mật để trên kệ một thời gian thì kết tinh không đều, tách "
        "thành lớp lỏng phía trên và lớp đặc bên dưới, lớp lỏng sủi bọt, có mùi men. Cần thiết bị và quy trình xử "
        "lý mật trước khi đóng chai để chống kết tinh và lên men.",
        {"oMo031": 2, "oMo030": 2, "oMo033": 2, "oMo032": 1, "oMo024": 1},
    ),
    (
        "oMn31",
        "vi",
        "matongdu",
        "Mật ong dú loãng và chua, cần phân tích chất lượng",
        "Hộ nuôi ong dú ở Cầu Kè: ong nhỏ chỉ bằng nửa đến hai phần ba ong mật, làm tổ trong bọng cây, tre; mật "
        "có vị ngọt chua, loãng hơn mật ong thường nên khách sợ mật hỏng. Cần đơn vị phân tích thành phần và tư "
        "vấn độ ẩm, cách bảo quản đặc thù của mật ong dú.",
        {"oMo111": 2, "oMo114": 2, "oMo027": 1, "oMo115": 1},
    ),
    (
        "oMn32",
        "vi",
        "mths",
        "Nghi đàn ong Ý nhiễm ve Tropilaelaps",
        "Trại ong Ý ở Mang Thít: trên bánh tổ nhiều ấu trùng chết, nhộng bị đốt, đàn giảm quân nhanh dù ong "
        "trưởng thành ít thấy ve bám. Cần xác định có phải ve Tropilaelaps và biện pháp phòng trị.",
        {"oMo091": 2, "oMo090": 2, "oMo093": 1, "oMo094": 1},
    ),
    (
        "oMn33",
        "vi",
        "docz_bvtv_mat",
        "Kiểm soát dư lượng kháng sinh và thuốc BVTV trong mật xuất khẩu",
        "Doanh nghiệp mật ong ở Vĩnh Long thu mua mật từ các trại đặt ở vườn nhãn, xoài, cam và ruộng lúa, nơi "
        "nhiều hộ phun thuốc cả khi cây đang nở hoa. Khách nhập khẩu yêu cầu chứng minh mật không tồn dư kháng "
        "sinh và thuốc BVTV. Cần chương trình giám sát và phân tích dư lượng.",
        {"oMo042": 2, "oMo039": 2, "oMo034": 1, "oMo083": 1, "oMo084": 1},
    ),
    (
        "oMn34",
        "vi",
        "docz_dn",
        "Trung tâm khuyến nông cần tập huấn nuôi ong cho đồng bào Khmer",
        "Trạm khuyến nông ở Trà Cú muốn mở lớp nuôi ong mật cho nông dân Khmer: đặc tính đàn ong, vai trò ong "
        "chúa, ong đực, ong thợ, cách chăm đàn 'như chăm trẻ con'. Cần giáo trình và giảng viên có kinh nghiệm.",
        {"oMo004": 2, "oMo022": 2, "oMo001": 1},
    ),
    (
        "oMn35",
        "vi",
        "taiwan_sbv",
        "Cần xét nghiệm xác định nguyên nhân đàn ong suy yếu",
        "Hợp tác xã ở Cầu Ngang nuôi chung ong nội và ong Ý; trong vài tháng tỷ lệ đàn có triệu chứng ấu trùng "
        "chết tăng rất nhanh ở cả hai giống. Chúng tôi không biết do virus, vi khuẩn hay thuốc trừ sâu, cần phòng "
        "thí nghiệm xét nghiệm phân tử để xác định.",
        {"oMo100": 2, "oMo082": 1, "oMo102": 1},
    ),
    (
        "oMn36",
        "vi",
        "phuyen",
        "Một số tổ ong dú yếu, nghi bị bệnh",
        "Hộ nuôi ong dú ở Trà Cú bắt tổ từ rừng về nuôi, mỗi tổ chỉ cho 200–500 ml mật mỗi năm nên mất tổ nào là "
        "tiếc tổ đó. Gần đây vài tổ ít ong ra vào, ấu trùng đổi màu, có mùi. Cần hướng dẫn nhận biết bệnh và cách "
        "xử lý cho ong dú.",
        {"oMo112": 2, "oMo115": 1, "oMo113": 1},
    ),
    (
        "oMn37",
        "vi",
        "uncwiki",
        "Can may quay mat loai nho 2-4 cau",
        "Toi nuoi ong y o Vung Liem, quy mo nho nen muon mua may quay mat quay tay loai 2-4 cau, quay xong banh to "
        "van nguyen de tra lai cho ong. Can noi ban may va huong dan chon loai may.",
        {"oMo019": 2, "oMo020": 2, "oMo023": 2, "oMo018": 1},
    ),
    (
        "oMn38",
        "vi",
        "docz_dn",
        "Cần kỹ thuật chia đàn ong nội trước mùa hoa dừa",
        "Hợp tác xã ở Càng Long muốn tăng số đàn ong nội trước mùa hoa dừa để đón vụ mật. Cần hướng dẫn thời điểm "
        "và cách chia đàn, chăm đàn mới chia cho kịp đông quân trước khi thu mật.",
        {"oMo007": 2, "oMo116": 2, "oMo004": 1, "oMo008": 1},
    ),
    (
        "oMn39",
        "en",
        "hb_humid",
        "Honey too wet after rainy-season harvest: need a drying solution",
        "We are a honey packer in Vĩnh Long. Honey bought from beekeepers in the rainy season is often too thin "
        "and starts to ferment. Honey absorbs moisture from the air, so we want a gentle way to bring it down to "
        "17-18% without overheating: a sealed room with a dehumidifier or similar equipment, plus refractometer "
        "checks.",
        {"oMo024": 2, "oMo025": 2, "oMo026": 2, "oMo028": 2, "oMo027": 1, "oMo029": 1},
    ),
    (
        "oMn40",
        "en",
        "amatures",
        "EU buyer requires C4 sugar adulteration test",
        "Our company in Trà Vinh exports honey. A European buyer asks for proof that lots contain no cane or corn "
        "syrup; such syrups have sugar profiles close to real honey and are hard to detect. We need a laboratory "
        "that runs carbon isotope (C4 sugar) tests and issues certificates.",
        {"oMo038": 2, "oMo036": 2, "oMo041": 2, "oMo040": 1, "oMo043": 1},
    ),
    (
        "oMn41",
        "en",
        "decisionaid",
        "Renting hives to pomelo and mango growers: stocking and placement",
        "Our beekeeping cooperative in Vĩnh Long is asked by pomelo and mango growers to provide colonies during "
        "bloom. We need guidance on how many hives per hectare, when to bring them in and take them out, where "
        "to place them, and how weather and colony strength affect foraging; we know only about a third of a "
        "colony forages at a time.",
        {"oMo072": 2, "oMo074": 2, "oMo071": 2, "oMo075": 2, "oMo081": 1, "oMo073": 1, "oMo079": 1},
    ),
    (
        "oMn42",
        "en",
        "vuonvai",
        "Evidence that bees raise longan fruit set",
        "Longan growers in Long Hồ are unsure whether letting beekeepers place hives in their orchards is worth "
        "it. We would like data or a demonstration showing how much honey bee colonies raise fruit set and "
        "yield, so growers and beekeepers can agree on terms.",
        {"oMo076": 2, "oMo079": 2, "oMo073": 1, "oMo071": 1},
    ),
    (
        "oMn43",
        "en",
        "memart_rj",
        "Process for high-grade fresh royal jelly",
        "A buyer of fresh royal jelly checks freshness and 10-HDA content. Our farm in Vũng Liêm harvests jelly "
        "but quality varies from batch to batch. We need a production process (larval age, harvest timing, "
        "filtering, tools) and cold storage practice that gives consistent, high-grade jelly.",
        {"oMo054": 2, "oMo052": 2, "oMo053": 1, "oMo055": 1},
    ),
    (
        "oMn44",
        "en",
        "bi_pollen2",
        "Pollen traps for our apiary",
        "We want to start collecting bee pollen during the coconut and rice flowering season. We are looking for "
        "pollen traps (entrance or bottom-board type) that take only part of the pollen so colonies stay "
        "healthy, and advice on installing them without stressing the bees.",
        {"oMo057": 2, "oMo062": 2, "oMo060": 1, "oMo059": 1},
    ),
    (
        "oMn45",
        "en",
        "sassafras",
        "Protecting stored drawn comb from wax moth without chemicals",
        "After the honey season our cooperative stores its drawn combs in a hot, humid shed, and "
        "older brood combs are ruined by wax moth larvae every year. We have access to a freezer container. We "
        "need a chemical-free treatment and storage method that keeps combs usable for the next season.",
        {"oMo105": 2, "oMo106": 2, "oMo107": 2, "oMo108": 1, "oMo104": 1},
    ),
    (
        "oMn46",
        "en",
        "baltimore",
        "Safe spraying times to agree with neighbouring rice farmers",
        "Our apiary in Cầu Ngang sits beside rice fields and fruit gardens. We want to agree with neighbours on "
        "which products are low-risk to bees (neem, Bt) and which are very toxic (pyrethrins), when to spray "
        "(early morning or evening, not on open flowers), and whether fungicides are also a risk.",
        {"oMo085": 2, "oMo087": 2, "oMo086": 1, "oMo088": 1, "oMo082": 1, "oMo089": 1},
    ),
    (
        "oMn47",
        "en",
        "wikitox",
        "Neonicotinoid residues found in honey: find the source and monitor",
        "A test on one of our export lots found neonicotinoid residues. Systemic insecticides move into pollen "
        "and nectar of treated crops, and contaminated food brought back to the hive can spread through the "
        "colony. We need residue monitoring and help tracing which crops around our apiaries are the source.",
        {"oMo039": 2, "oMo084": 2, "oMo089": 1, "oMo083": 1, "oMo042": 1},
    ),
    (
        "oMn48",
        "en",
        "gartenhonig",
        "Gentler varroa control than formic acid",
        "We keep Italian bees in Tam Bình and have used formic acid against varroa after the honey harvest, but "
        "it is harsh: much of the brood dies and some bees and even queens are burned. We want a varroa "
        "programme without hard synthetics that is gentler on colonies.",
        {"oMo093": 2, "oMo096": 2, "oMo094": 2, "oMo095": 1, "oMo090": 1},
    ),
    (
        "oMn49",
        "en",
        "gartenhonig",
        "When to treat varroa in colonies that rear brood all year",
        "In the Mekong Delta our colonies rear brood almost all year, so there is no winter break as in the "
        "manuals. We need help deciding how many mite treatments a year are needed and when to schedule them "
        "after harvests.",
        {"oMo094": 2, "oMo095": 1, "oMo093": 1},
    ),
    (
        "oMn50",
        "en",
        "taiwan_sbv",
        "Asian honey bee colonies hit by sacbrood",
        "Prevalence of sacbrood in our Apis cerana apiaries in Trà Cú rose quickly over four months and some "
        "Italian colonies kept alongside also show it. We need resistant queen stock or a prevention programme "
        "to stop the losses.",
        {"oMo101": 2, "oMo097": 2, "oMo102": 1, "oMo009": 1},
    ),
    (
        "oMn51",
        "en",
        "mdpi_sbv",
        "Laboratory confirmation of what is killing our brood",
        "Brood in our apiary in Châu Thành is dying and we cannot tell from symptoms alone whether it is "
        "sacbrood virus, another virus or a bacterial disease; the same viruses may also pass to wild "
        "pollinators. We need a laboratory that can identify the pathogen from samples.",
        {"oMo100": 2, "oMo102": 1, "oMo103": 1},
    ),
    (
        "oMn52",
        "en",
        "kenya_kwetu",
        "Characterise and market our mangrove honey",
        "Our coastal group in Duyên Hải harvests honey from hives near mangroves; it is smooth, slightly bitter "
        "and salty, unlike ordinary honey. We want its composition documented to support a distinct product and "
        "help with hygienic bottling and selling it under our own label.",
        {"oMo124": 2, "oMo123": 2, "oMo039": 1, "oMo034": 1, "oMo119": 1},
    ),
    (
        "oMn53",
        "en",
        "gmmiko",
        "Beekeeping as a livelihood for mangrove protection",
        "The forest management board in Duyên Hải wants households that protect mangroves to earn from honey, "
        "with hives placed so that people stop cutting paths through the forest and new mangroves regrow. We "
        "need a proven model and technical support for mangrove beekeeping.",
        {"oMo121": 2, "oMo120": 2, "oMo125": 2, "oMo119": 2, "oMo122": 1},
    ),
    (
        "oMn54",
        "en",
        "maduk",
        "Multiply stingless bee colonies without cutting trees",
        "Stingless bees around Cầu Kè nest in hollow trunks, and so far we get new colonies by cutting the logs. "
        "We want to move colonies into wooden boxes and multiply them by splitting, so honey pots are easier to "
        "harvest and no trees are felled.",
        {"oMo113": 2, "oMo109": 2, "oMo115": 1, "oMo110": 1},
    ),
    (
        "oMn55",
        "en",
        "matongdu",
        "Composition data for stingless bee honey",
        "We sell stingless bee honey from Trà Cú. Customers ask why it is sour and thinner than ordinary honey. We "
        "need a laboratory analysis of moisture, sugars, acidity and antioxidants, and reference information to "
        "explain these properties on our labels.",
        {"oMo114": 2, "oMo111": 2, "oMo115": 1},
    ),
    (
        "oMn56",
        "en",
        "grokip",
        "Radial extractor for a growing honey house",
        "Our honey house in Vĩnh Long wants to stop crushing combs and reuse them, so the bees save the energy of "
        "rebuilding. We need a motorised radial extractor for about 20 frames per load and advice on the frames "
        "it requires.",
        {"oMo019": 2, "oMo020": 2, "oMo018": 1, "oMo023": 1},
    ),
    (
        "oMn57",
        "en",
        "gaeblini",
        "Label review for supermarket honey",
        "We are launching jars of coconut blossom honey in supermarkets in Trà Vinh and Vĩnh Long. We need our "
        "label checked: which items are mandatory, whether we can name the flower, and which claims are "
        "misleading or not verifiable.",
        {"oMo044": 2, "oMo045": 2, "oMo046": 2, "oMo047": 1, "oMo048": 1},
    ),
    (
        "oMn58",
        "en",
        "elbka",
        "Can we still call finely filtered honey simply 'honey'?",
        "Our packing line filters honey under pressure to make it clear. A foreign buyer says new honey "
        "regulations limit what can be written on the label and that enforcement can bring fines. We need advice "
        "on when filtered honey must be labelled as such and what else the label must show.",
        {"oMo045": 2, "oMo044": 1, "oMo049": 1},
    ),
    (
        "oMn59",
        "en",
        "permies",
        "Fuel-free way to clean cappings wax",
        "We melt cappings with water in an old pot, let the disc of wax set overnight, scrape off the dirt and "
        "repeat several times. It is slow and uses a lot of gas. We want a simple, fuel-free method to get clean "
        "wax from cappings.",
        {"oMo064": 2, "oMo065": 1, "oMo068": 1, "oMo066": 1},
    ),
    (
        "oMn60",
        "en",
        "glenn",
        "Standard Langstroth hive boxes for Italian bees",
        "We are expanding our Italian bee apiary in Càng Long and want standard, interchangeable Langstroth "
        "equipment: bottom boards, brood boxes and supers of one footprint, ten frames per box, so every part "
        "fits every hive.",
        {"oMo014": 2, "oMo015": 2, "oMo012": 1, "oMo013": 1, "oMo016": 1},
    ),
    (
        "oMn61",
        "en",
        "sticky",
        "Training in grafting and queen rearing",
        "Our cooperative wants to raise its own queens: selecting day-old larvae from a breeder queen, grafting "
        "into primed cups, using a queenless starter and a cell builder, and moving ripe cells to mating nucs "
        "about ten days later. We need hands-on training and the tools.",
        {"oMo001": 2, "oMo003": 2, "oMo004": 2, "oMo002": 1, "oMo009": 1},
    ),
    (
        "oMn62",
        "en",
        "hbsuite",
        "Checking moisture before buying honey from farmers",
        "We buy honey from many small beekeepers and some lots later ferment. We know honey above about 18.6% "
        "water is at risk. We need a quick way to measure moisture at the point of purchase and training for our "
        "buyers.",
        {"oMo027": 2, "oMo035": 1, "oMo034": 1, "oMo029": 1},
    ),
    (
        "oMn63",
        "en",
        "dutchmans",
        "Managed bees to replace hand pollination in greenhouse melons",
        "We grow melons in net houses in Càng Long. Wild pollinators are too few and unreliable, so workers "
        "pollinate by hand, which is costly. We want managed honey bee colonies placed in the houses during "
        "flowering.",
        {"oMo077": 2, "oMo071": 1, "oMo078": 1, "oMo073": 1},
    ),
    (
        "oMn64",
        "en",
        "scilit",
        "Checking whether our processing overheats honey",
        "We warm and fill honey hot to prevent fermentation, but the honey darkens if held too long at high "
        "temperature. Buyers now ask for HMF and related freshness results. We need testing that shows whether "
        "our heat treatment damages the honey.",
        {"oMo039": 2, "oMo034": 2, "oMo037": 1, "oMo031": 1, "oMo033": 1},
    ),
    (
        "oMn65",
        "en",
        "saveourbees",
        "Starting commercial royal jelly production",
        "Our apiary in Long Hồ keeps Italian bees in movable-frame hives and wants to add royal jelly: "
        "stimulating colonies to build queen cells, collecting at about day four, and keeping the jelly cold. We "
        "need equipment, stock and training.",
        {"oMo053": 2, "oMo050": 2, "oMo051": 2, "oMo055": 1, "oMo054": 1, "oMo056": 1},
    ),
    (
        "oMn66",
        "en",
        "dcno_ret",
        "Feeding colonies through the lean rainy season",
        "During the rainy months our Apis cerana colonies in Tiểu Cần run short of food, the queens slow down and "
        "colonies dwindle. We need a feeding plan (what syrup, how much, how often) to keep colonies strong until "
        "flowers return.",
        {"oMo008": 2, "oMo006": 1, "oMo007": 1},
    ),
    (
        "oMn67",
        "en",
        "nmntq",
        "Stop our Asian honey bee colonies from absconding",
        "Several of our Apis cerana colonies in Cầu Kè have left their hives, especially colonies that lost "
        "their queen or were out of balance between eggs, larvae and pupae. We need advice to spot the warning "
        "signs and keep colonies in place.",
        {"oMo010": 2, "oMo007": 2, "oMo008": 1},
    ),
    (
        "oMn68",
        "en",
        "kyluc",
        "Learning rafter beekeeping in melaleuca forest",
        "Families holding melaleuca forest plots in Trà Cú see wild honey bees settle on slanted branches when "
        "the melaleuca flowers in November and December. We want to learn the traditional technique of setting "
        "rafters for the bees and how to harvest honey that stays thick and does not crystallise.",
        {"oMo117": 2, "oMo118": 2, "oMo027": 1},
    ),
    (
        "oMn69",
        "en",
        "cholach",
        "Adding beekeeping to coconut plantations",
        "Coconut growers in Càng Long earn little from nuts. Fruit-and-flower areas nearby show that beekeeping "
        "can add income and help pollination. We want a proven way to keep honey bees in coconut gardens.",
        {"oMo116": 2, "oMo080": 1, "oMo006": 1, "oMo078": 1},
    ),
    (
        "oMn70",
        "en",
        "nhanong",
        "Basic beekeeping curriculum for the provincial extension service",
        "The provincial extension centre wants to train farmers in Apis cerana beekeeping as a low-cost "
        "side business that yields honey, pollen, royal jelly, brood and wax. We need a tested curriculum and "
        "trainers.",
        {"oMo004": 2, "oMo022": 2, "oMo006": 1},
    ),
    (
        "oMn71",
        "en",
        "experts_cry",
        "Stop bottled honey crystallising and fermenting in a warm shop",
        "Our honey shop in Trà Vinh city keeps jars on open shelves. Some jars turn cloudy, separate into a solid "
        "layer and a liquid layer, and the liquid starts to ferment. We need storage and processing advice to "
        "keep jars stable.",
        {"oMo030": 2, "oMo032": 2, "oMo033": 2, "oMo031": 1},
    ),
    (
        "oMn72",
        "en",
        "askthecat",
        "Our trapped pollen goes mouldy",
        "We trap pollen at the hive entrance and collect about half of the pellets the foragers bring, but "
        "pellets left a few days turn mouldy. We need a drying method or dryer and a harvest routine.",
        {"oMo058": 2, "oMo059": 2, "oMo061": 2, "oMo063": 1},
    ),
    (
        "oMn73",
        "en",
        "bkforum",
        "Rendering dirty old brood comb into clean wax",
        "We have boxes of old dark brood comb full of cocoons and debris. Filtering through cloth loses wax and "
        "clogs. We want a method to render it in one or two passes into clean wax, with plenty of water and a way "
        "to skim off the debris.",
        {"oMo066": 2, "oMo065": 2, "oMo068": 2, "oMo067": 1, "oMo064": 1},
    ),
    (
        "oMn74",
        "en",
        "wikitox",
        "Which pesticides are most dangerous to our bees?",
        "Farmers around our apiary in Trà Cú use dusts, sprays and treated seed. We need clear information on "
        "which products and formulations are most toxic to bees, including systemic neonicotinoids, so we can "
        "advise neighbours.",
        {"oMo089": 2, "oMo085": 2, "oMo086": 1, "oMo087": 1},
    ),
    (
        "oMn75",
        "en",
        "softbee",
        "Traceability records across supplier apiaries",
        "Our honey trading company buys from many beekeepers with several apiaries each. We need software to "
        "register apiaries, hive counts and treatments, and to exchange records so every honey lot can be traced "
        "back to its apiary.",
        {"oMo127": 2, "oMo128": 2, "oMo126": 1},
    ),
]
