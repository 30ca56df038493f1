"""Needs of holdout129 (bottled drinking water and ice plants): (id, language, source key, title, description,
{offer id: grade}). All needs are set in Trà Vinh / Vĩnh Long; several paraphrase pages about other places."""

NEEDS = [
    # ---------------- Vietnamese needs ----------------
    (
        "nAn01",
        "vi",
        "vts_hoithao",
        "Cần hệ thống khử mặn nước giếng để sản xuất nước uống đóng bình ở Cầu Ngang",
        "Cơ sở nước đóng bình của chúng tôi ở xã Hiệp Mỹ (Cầu Ngang) dùng nước giếng, mùa khô hạn mặn nước bị lợ rõ, "
        "khách chê vị mặn. Năm 2016 hạn mặn làm mỗi tỉnh ĐBSCL thiệt hại không dưới 100 tỷ đồng, nay tình trạng lặp lại. "
        "Cần đơn vị thiết kế, lắp hệ RO khử mặn nước lợ cho khoảng 1–2 m³/giờ, có tiền xử lý phù hợp.",
        {"nAo004": 2, "nAo005": 2, "nAo006": 2, "nAo007": 2, "nAo014": 1, "nAo001": 1, "nAo002": 1, "nAo061": 1},
    ),
    (
        "nAn02",
        "vi",
        "alps_process",
        "Nước giếng khoan nhiễm phèn sắt, cần xử lý trước khi vào máy lọc RO (Càng Long)",
        "Hộ sản xuất nước bình ở Càng Long bơm nước giếng lên thấy trong nhưng để một lúc có váng vàng, mùi tanh, lõi lọc "
        "và màng RO nhanh nghẹt. Theo hướng dẫn thiết kế, nước giếng thường phải khử sắt, kiểm soát độ cứng trước màng. Cần "
        "giải pháp khử phèn sắt (bể lọc hoặc cột lọc áp lực) công suất vài m³/giờ, chi phí vừa phải.",
        {"nAo009": 2, "nAo010": 2, "nAo011": 2, "nAo001": 1, "nAo002": 1, "nAo016": 1},
    ),
    (
        "nAn03",
        "vi",
        "cesti_lamngot",
        "Đầu tư dây chuyền trọn bộ nước tinh khiết đóng chai 500 ml và bình 20 lít tại TP. Trà Vinh",
        "Công ty chúng tôi định mở xưởng nước tinh khiết: chai 500 ml giá bán lẻ 4.300–6.000 đồng và bình 20 lít "
        "12.000–15.000 đồng như các cơ sở nhỏ. Cần nhà cung cấp trọn gói từ xử lý nước (lọc, RO, khử trùng) tới chiết rót, "
        "đóng nắp, để sản phẩm cạnh tranh được với nhãn lớn 38.000–45.000 đồng/bình.",
        {
            "nAo001": 1,
            "nAo047": 2,
            "nAo003": 2,
            "nAo015": 2,
            "nAo013": 2,
            "nAo012": 1,
            "nAo044": 1,
            "nAo046": 1,
            "nAo042": 1,
        },
    ),
    (
        "nAn04",
        "vi",
        "thietbiloc_uv",
        "Can mua den UV diet khuan cho he loc nuoc binh 20 lit o Tieu Can",
        "Co so nuoc binh o thi tran Tieu Can can mua va lap den UV (tia cuc tim) dat cuoi he loc de diet vi khuan, virus "
        "trong nuoc thanh pham. Nghe noi tia UV dung tan so diet duoc 99,99% vi khuan nhung khong loc duoc tap chat, nen can "
        "tu van chon den phu hop luu luong va lich thay bong.",
        {"nAo024": 2, "nAo025": 2, "nAo026": 2, "nAo028": 2, "nAo027": 1, "nAo029": 1},
    ),
    (
        "nAn05",
        "vi",
        "health222_ozone",
        "Tư vấn sục ozone cho nước đóng bình mà không để lại mùi, bảo đảm an toàn",
        "Xưởng nước ở Châu Thành muốn thêm máy ozone khử trùng nước trước khi chiết. Ozone có chu kỳ bán rã khoảng 22 phút, "
        "oxy hóa vi khuẩn và kim loại tốt hơn clo, nhưng chúng tôi lo mùi ozone còn trong bình và sản phẩm phụ có hại. Cần "
        "đơn vị cung cấp hệ thống ozone có kiểm soát liều và hướng dẫn vận hành.",
        {"nAo031": 2, "nAo032": 2, "nAo033": 2, "nAo034": 2, "nAo035": 2, "nAo027": 1},
    ),
    (
        "nAn06",
        "vi",
        "ngaymoi_thaibinh",
        "Máy rửa – chiết – đóng nắp bình 20 lít bán tự động cho cơ sở 50–150 bình/ngày",
        "Cơ sở nước bình ở Châu Thành hiện làm 50–70 bình 20 lít mỗi ngày, rửa bình bằng tay và khử khuẩn bằng đèn UV, "
        "công nhân đeo găng. Đoàn kiểm tra an toàn thực phẩm yêu cầu cải thiện điều kiện. Cần máy rửa, chiết, đóng nắp bình "
        "20 lít bán tự động hoặc tự động, công suất tới khoảng 150 bình/ngày, giá phù hợp cơ sở nhỏ.",
        {"nAo042": 2, "nAo043": 2, "nAo044": 2, "nAo040": 2, "nAo036": 1, "nAo039": 1, "nAo041": 1, "nAo159": 1},
    ),
    (
        "nAn07",
        "vi",
        "gfm_fits_plant",
        "Tính công suất dây chuyền chiết bình cho đại lý giao khoảng 2.000 bình/ngày ở TP. Vĩnh Long",
        "Đại lý nước bình ở phường 1, TP. Vĩnh Long đang giao khoảng 2.000 bình 20 lít mỗi ngày và muốn tự sản xuất. Chúng "
        "tôi cần được tư vấn chọn công suất máy rửa – chiết – đóng nắp (bình/giờ) theo ca làm việc, hiệu suất thực tế và mùa "
        "cao điểm, để máy chiết không thành nút thắt của cả xưởng.",
        {"nAo037": 2, "nAo041": 2, "nAo159": 2, "nAo045": 1, "nAo040": 1},
    ),
    (
        "nAn08",
        "vi",
        "scribd_qcvn_en",
        "Kiểm nghiệm nước uống đóng chai theo QCVN 6-1:2010/BYT để tự công bố sản phẩm (Trà Cú)",
        "Cơ sở mới ở thị trấn Trà Cú sản xuất nước uống đóng chai, phải chứng minh sản phẩm đạt quy chuẩn kỹ thuật quốc gia "
        "ban hành kèm Thông tư 34/2010/TT-BYT. Cần phòng thử nghiệm được công nhận nhận mẫu, phân tích đủ chỉ tiêu hóa lý và "
        "vi sinh, trả kết quả để làm hồ sơ.",
        {"nAo083": 2, "nAo085": 2, "nAo086": 2, "nAo160": 2, "nAo084": 1, "nAo087": 1, "nAo089": 1, "nAo093": 1},
    ),
    (
        "nAn09",
        "vi",
        "tinkinhte_nuocda",
        "Xin giấy chứng nhận đủ điều kiện an toàn thực phẩm cho xưởng nước đá ở Duyên Hải",
        "Báo chí nêu có tới 80% cơ sở sản xuất nước đá không bảo đảm điều kiện vệ sinh an toàn thực phẩm. Xưởng đá của chúng "
        "tôi ở thị xã Duyên Hải chuẩn bị làm hồ sơ giấy chứng nhận cơ sở đủ điều kiện ATTP, cần đơn vị kiểm nghiệm nước dùng "
        "sản xuất đá và hướng dẫn hồ sơ.",
        {"nAo094": 2, "nAo083": 1, "nAo099": 1, "nAo101": 1},
    ),
    (
        "nAn10",
        "vi",
        "docstoc_ibwa",
        "Xây dựng hệ thống HACCP cho nhà máy nước đóng chai ở Vũng Liêm để vào siêu thị",
        "Nhà máy nước đóng chai ở Vũng Liêm được một chuỗi siêu thị yêu cầu có HACCP. Theo tài liệu ngành, cần phân tích "
        "mối nguy, xác định điểm kiểm soát tới hạn và lập đủ 7 bước. Chúng tôi cần đơn vị tư vấn xác định CCP (lọc, khử trùng, "
        "vệ sinh chai, đóng nắp) và hướng dẫn đến khi được chứng nhận.",
        {"nAo099": 2, "nAo096": 2, "nAo097": 2, "nAo098": 1, "nAo100": 1},
    ),
    (
        "nAn11",
        "vi",
        "airplus_iceenergy",
        "Máy làm đá viên tinh khiết khoảng 1 tấn/ngày cho đại lý nước đá ở Cầu Kè",
        "Đại lý ở thị trấn Cầu Kè muốn tự làm đá viên tinh khiết bán cho quán cà phê, quán ăn. Máy đá viên thương mại thường "
        "có công suất từ 50 đến 2.500 pound (khoảng 1,1 tấn) mỗi 24 giờ. Cần máy khoảng 1 tấn/ngày kèm hệ lọc nước đầu vào.",
        {"nAo053": 2, "nAo055": 2, "nAo057": 1, "nAo072": 1, "nAo152": 1, "nAo151": 1},
    ),
    (
        "nAn12",
        "vi",
        "memart_dacay",
        "Nâng cấp xưởng nước đá cây 20 tấn/ngày phục vụ ghe biển ở Duyên Hải",
        "Xưởng đá cây ở xã Long Toàn làm cây đá 50 kg bán cho ghe biển và vựa thủy sản, bể nước muối đã cũ, tốn điện. Cần "
        "đơn vị thiết kế lại hoặc thay thiết bị làm đá cây khoảng 20 tấn/ngày (bể muối, khuôn, máy nén, dàn ngưng), tính "
        "toán lại quy trình.",
        {"nAo056": 2, "nAo059": 2, "nAo154": 2, "nAo054": 1, "nAo155": 1, "nAo070": 1},
    ),
    (
        "nAn13",
        "vi",
        "icesource_fish",
        "Máy làm đá ống khoảng 5 tấn/ngày cho vựa cá ở Long Toàn",
        "Vựa cá ở Long Toàn (Duyên Hải) đang mua đá cây về xay trộn cá, đá xay cứng làm trầy cá. Chúng tôi muốn tự làm đá ống "
        "(đá rỗng ruột, khó tan) khoảng 5 tấn/ngày để ướp cá và bán cho ghe nhỏ.",
        {"nAo054": 2, "nAo055": 2, "nAo157": 2, "nAo156": 1, "nAo057": 1},
    ),
    (
        "nAn14",
        "vi",
        "fao_smallvessels",
        "Ngư dân cần máy làm đá trên tàu cá đi biển dài ngày (Định An, Trà Cú)",
        "Tổ hợp tác khai thác hải sản ở Định An có tàu đi biển dài ngày, mang đá cây từ bờ không đủ, cá về bị giảm chất "
        "lượng. Cần máy làm đá (đá tuyết, đá vảy từ nước biển hoặc nước ngọt) lắp được trên tàu, dùng điện máy phát.",
        {"nAo064": 2, "nAo065": 2, "nAo066": 2, "nAo068": 2, "nAo067": 1, "nAo116": 1, "nAo141": 1},
    ),
    (
        "nAn15",
        "vi",
        "quangbinh_nuocda",
        "Xuong nuoc da bi kiem tra vi sinh khong dat, can quy trinh ve sinh may da (Cau Ngang)",
        "Xuong da vien o Cau Ngang bi lay mau, ket qua co Coliform va Streptococci faecal vuot muc. Khao sat o noi khac cho "
        "thay 30% mau nuoc da dung lien khong dat vi sinh. Can don vi huong dan quy trinh ve sinh, khu trung may da, thung "
        "chua va dich vu ve sinh dinh ky.",
        {"nAo078": 2, "nAo080": 2, "nAo117": 2, "nAo077": 1, "nAo079": 1, "nAo081": 1, "nAo082": 1, "nAo118": 1},
    ),
    (
        "nAn16",
        "vi",
        "ifinance_hoadon",
        "Phần mềm quản lý giao nước bình và vỏ bình cho đại lý ở TP. Trà Vinh",
        "Đại lý nước bình có 4 xe giao, hơn 600 khách hộ gia đình và văn phòng, đang ghi sổ tay nên hay sai số vỏ bình, giao "
        "trễ. Cần phần mềm quản lý tuyến giao, ghi nhận bình đầy giao và vỏ thu về, công nợ vỏ từng khách, dùng trên điện "
        "thoại của tài xế.",
        {
            "nAo102": 2,
            "nAo103": 2,
            "nAo104": 2,
            "nAo105": 2,
            "nAo112": 1,
            "nAo106": 1,
            "nAo107": 1,
            "nAo113": 1,
            "nAo114": 1,
            "nAo115": 1,
        },
    ),
    (
        "nAn17",
        "vi",
        "rfidj_innovation",
        "Gắn mã RFID hoặc QR cho từng vỏ bình để chống thất thoát và hàng giả",
        "Doanh nghiệp nước bình ở Trà Vinh mất nhiều vỏ mỗi tháng và bị làm giả nhãn. Thấy mô hình ở Bắc Mỹ gắn thẻ RFID "
        "dưới đáy bình 5 gallon để nhận trả vỏ tự động, chúng tôi cần giải pháp gắn mã định danh bền khi rửa nóng cho từng vỏ "
        "bình, đọc khi xuất và khi thu hồi.",
        {"nAo109": 2, "nAo110": 2, "nAo108": 2, "nAo119": 1, "nAo111": 1, "nAo104": 1},
    ),
    (
        "nAn18",
        "vi",
        "visualfoodie_bpa",
        "Khách lo BPA trong vỏ bình polycarbonate, cần tư vấn chuyển sang vỏ PET",
        "Cơ sở nước bình ở Bình Minh dùng vỏ polycarbonate ký hiệu số 7; khách hàng hỏi về BPA. Cần thông tin kỹ thuật về "
        "mức thôi nhiễm BPA, cách bảo quản vỏ, và phương án chuyển sang vỏ PET số 1 không BPA cho bình 20 lít.",
        {"nAo148": 2, "nAo149": 2, "nAo150": 2, "nAo038": 1},
    ),
    (
        "nAn19",
        "vi",
        "packobserver_sleeve",
        "Màng co niêm phong nắp và nhãn co cho bình 20 lít",
        "Cơ sở ở Tam Bình muốn dùng màng co PETG bọc cổ và nhãn co thân bình 20 lít để chống mở nắp và làm đẹp sản phẩm; "
        "nhãn co bám 360 độ, không cần keo. Cần tư vấn chọn màng, kích thước và hầm co nhiệt nhỏ.",
        {"nAo147": 2, "nAo044": 1, "nAo039": 1},
    ),
]

NEEDS += [
    (
        "nAn20",
        "vi",
        "cafethaomoc_ro",
        "Màng RO giảm sản lượng, TDS nước thành phẩm tăng – cần vệ sinh hoặc thay màng",
        "Hệ RO của cơ sở nước bình ở Mang Thít dùng màng Filmtec đã hơn một năm, lượng nước ra giảm, TDS cao hơn trước. Cần "
        "đơn vị kiểm tra, súc rửa hóa chất màng hoặc thay màng đúng loại, và lập lịch bảo trì lõi lọc định kỳ.",
        {"nAo019": 2, "nAo017": 2, "nAo018": 2, "nAo016": 1, "nAo023": 1},
    ),
    (
        "nAn21",
        "vi",
        "pulse_icefilter",
        "Nước đá viên bị đục và có mùi, cần bộ lọc nước đầu vào cho máy đá",
        "Cơ sở đá viên ở Trà Ôn dùng nước máy cấp thẳng vào máy, viên đá đục, có mùi clo, máy nhanh đóng cặn. Cần hệ lọc nhiều "
        "cấp (lọc cặn, than hoạt tính, có thể RO hoặc UV) riêng cho máy đá để đá trong và máy bền.",
        {"nAo151": 2, "nAo152": 2, "nAo153": 1, "nAo053": 1, "nAo012": 1},
    ),
    (
        "nAn22",
        "vi",
        "hpe_anhminh",
        "Can tu van tiet kiem dien cho nha may nuoc da dung may nen amoniac",
        "Nha may nuoc da o Tra Vinh chay may nen NH3 ca ngay, tien dien chiem phan lon chi phi. Chua co dong ho do dien rieng "
        "cho tung khau nen khong biet hao phi o dau. Can don vi kiem toan nang luong, de xuat chinh nhiet do, bien tan quat dan "
        "ngung, sap xep may nen.",
        {"nAo069": 2, "nAo070": 2, "nAo071": 2, "nAo072": 1},
    ),
    (
        "nAn23",
        "vi",
        "docstoc_bagging",
        "Máy đóng bao đá viên tự động để bán cho tiệm tạp hóa",
        "Chúng tôi ở Tiểu Cần muốn đóng đá viên vào bao 2–5 kg bán cho tiệm tạp hóa. Đóng tay thì lượng đá mỗi bao không đều, "
        "đá chảy nước dính cục. Cần máy định lượng, đóng và hàn miệng bao tự động, có ngăn trữ đông.",
        {"nAo073": 2, "nAo075": 2, "nAo074": 1},
    ),
    (
        "nAn24",
        "vi",
        "memart_gieng",
        "Khảo sát chất lượng nước giếng khoan trước khi đầu tư cơ sở nước đóng bình",
        "Hợp tác xã ở Tiểu Cần định dùng giếng khoan sâu để làm nước đóng bình. Nước giếng có thể chứa sắt, mangan, asen, "
        "khí H₂S tùy địa chất. Trước khi mua máy, cần phân tích đầy đủ nguồn nước để biết có dùng được không và cần xử lý gì.",
        {"nAo090": 2, "nAo083": 2, "nAo093": 2, "nAo089": 1, "nAo094": 1, "nAo002": 1, "nAo022": 1},
    ),
    (
        "nAn25",
        "vi",
        "atuna_iceplant",
        "Trạm cấp đá đặt tại cảng cá để đưa đá thẳng xuống tàu (Định An)",
        "Cảng cá ở Định An mùa cao điểm có hàng chục tàu chờ lấy đá, phải chở đá cây từ xưởng xa. Một cảng ở nước ngoài bán "
        "886 tấn đá trong vài tháng, phục vụ 15 tàu mỗi ngày, trữ 120 tấn. Chúng tôi cần mô hình trạm đá lắp nhanh tại cầu "
        "cảng, cấp đá trực tiếp xuống tàu.",
        {"nAo158": 2, "nAo055": 1, "nAo054": 1},
    ),
    (
        "nAn26",
        "vi",
        "wired_solarice",
        "Máy làm đá dùng năng lượng mặt trời cho ấp ven biển chưa có điện ổn định",
        "Ấp ven biển ở cù lao Long Hòa (Châu Thành) điện lưới chập chờn, ngư dân và người buôn cá thiếu đá để giữ cá. Cần "
        "máy làm đá chạy bằng năng lượng mặt trời, không cần ắc quy lớn, công suất khoảng 1 tấn/ngày, có thể do tổ hợp tác "
        "quản lý.",
        {"nAo060": 2, "nAo061": 2, "nAo062": 2, "nAo063": 2, "nAo144": 1},
    ),
    (
        "nAn27",
        "vi",
        "packinsights_earth20",
        "Tim may chiet chai 500ml tu dong cho co so nuoc tinh khiet o Tra Vinh",
        "Co so nuoc tinh khiet o TP Tra Vinh dang chiet chai 500 ml bang tay, muon mua may suc rua – chiet – dong nap tu dong "
        "khoang 1.000–2.000 chai/gio, mua chai san khong tu thoi. Can bao gia va tu van lap dat.",
        {"nAo047": 2, "nAo046": 2, "nAo049": 1, "nAo050": 1, "nAo048": 1},
    ),
    (
        "nAn28",
        "vi",
        "tarsil_offline",
        "Hợp tác xã mở điểm bán nước bình: cần mô hình đặt cọc vỏ và giao theo tuyến",
        "Hợp tác xã nông nghiệp ở Trà Ôn muốn kinh doanh nước bình cho xã viên, nhiều nơi sóng điện thoại yếu. Cần mô hình "
        "thu cọc vỏ bình, đổi vỏ lấy bình đầy, lịch giao theo tuyến và ngày cố định để tổ chức phân phối.",
        {"nAo106": 2, "nAo107": 2, "nAo113": 2, "nAo104": 1, "nAo105": 1},
    ),
    (
        "nAn29",
        "vi",
        "healthywater_qcvn",
        'Nước RO đóng bình bị chê "lạt", cần bổ sung khoáng hoặc làm ngọt vị',
        "Nước sau RO của cơ sở ở Vũng Liêm có TDS rất thấp, khách nói uống lạt. Quy chuẩn không giới hạn TDS nên có thể bổ "
        "sung khoáng. Cần thiết bị và công thức bổ sung khoáng hoặc làm ngọt nước sau RO, vẫn bảo đảm an toàn.",
        {"nAo020": 2, "nAo003": 2, "nAo015": 1, "nAo087": 1},
    ),
    (
        "nAn30",
        "vi",
        "hanoi_nuocda2015",
        "Kiểm nghiệm định kỳ nước đá dùng liền theo QCVN 10:2011/BYT",
        "Một nghiên cứu ở Hà Nội lấy 70 mẫu nước đá thấy 75,71% nhiễm vi sinh. Cơ sở đá viên của chúng tôi ở Càng Long muốn "
        "kiểm nghiệm định kỳ 5 chỉ tiêu vi sinh và clo dư theo quy chuẩn nước đá dùng liền để chủ động kiểm soát.",
        {"nAo083": 2, "nAo081": 2, "nAo094": 1, "nAo160": 1, "nAo086": 1},
    ),
    (
        "nAn31",
        "vi",
        "hengyu_capacity",
        "Co so nuoc binh o Long Ho can may rua binh 20 lit tu dong co chai trong ngoai",
        "Co so o huyen Long Ho dang rua binh bang tay, vo binh tra ve ban, rua khong sach ren co va tay cam. Can may rua "
        "binh tu dong co thao nap, chai trong ngoai, suc bang nuoc nong va chat khu trung, noi voi may chiet khoang 300 binh/gio.",
        {"nAo042": 2, "nAo036": 2, "nAo039": 2, "nAo040": 2, "nAo038": 1, "nAo043": 1},
    ),
    (
        "nAn32",
        "vi",
        "boa_saigon",
        "Tự lập phòng kiểm nghiệm nội bộ đếm Coliform, E. coli hằng ngày",
        "Nhà máy nước đóng chai ở Bình Minh gửi mẫu đi phòng thử nghiệm VILAS ở TP.HCM mất nhiều ngày. Chúng tôi muốn tự "
        "kiểm tra nhanh Coliform và E. coli mỗi ca bằng phương pháp màng lọc, cần hướng dẫn phương pháp, dụng cụ và đào tạo.",
        {"nAo095": 2, "nAo092": 1, "nAo084": 1},
    ),
    (
        "nAn33",
        "vi",
        "luatgiadang_congbo",
        "Làm thủ tục công bố sản phẩm nước uống đóng chai trước khi bán",
        "Mọi cơ sở sản xuất thực phẩm bao gói sẵn phải tự công bố sản phẩm trước khi đưa ra thị trường. Cơ sở nước đóng chai "
        "ở Càng Long cần hướng dẫn hồ sơ, trình tự công bố và các giấy tờ kèm theo.",
        {"nAo101": 2, "nAo087": 1, "nAo085": 1, "nAo088": 1},
    ),
    (
        "nAn34",
        "vi",
        "foodsafetynews_ice",
        "Khu du lịch biển Ba Động cần máy đá viên và dịch vụ vệ sinh máy định kỳ",
        "Nhà hàng ở khu du lịch Ba Động dùng nhiều đá cho đồ uống, hải sản. Đá là thực phẩm nên máy đá phải sạch, bảo trì "
        "thường xuyên. Cần máy làm đá viên kèm dịch vụ vệ sinh, bảo dưỡng định kỳ trọn gói.",
        {"nAo053": 2, "nAo118": 2, "nAo072": 1, "nAo080": 1, "nAo079": 1},
    ),
    (
        "nAn35",
        "vi",
        "eatsip_jug",
        "Vỏ bình khách trả về có mùi lạ, cần kiểm tra loại bỏ trước khi rửa",
        "Cơ sở nước bình ở Cầu Kè gặp vỏ bình khách dùng đựng dầu, xăng, hóa chất rồi trả lại; rửa xong vẫn còn mùi. Cần thiết "
        "bị kiểm tra từng vỏ trả về (ngửi mùi, soi vết nứt) để loại vỏ hỏng trước khi vào máy rửa.",
        {"nAo038": 2, "nAo036": 1, "nAo039": 1, "nAo149": 1},
    ),
    (
        "nAn36",
        "vi",
        "acorn_softening",
        "Can lap he thong lam mem nuoc truoc mang RO vi nuoc gieng cung",
        "Nuoc gieng o xa cua co so (Tra Cu) co do cung cao, canxi magie bam can len mang RO va binh dun. Can cot lam mem "
        "trao doi ion tu hoan nguyen bang muoi dat truoc RO.",
        {"nAo023": 2, "nAo011": 2, "nAo001": 1, "nAo016": 1},
    ),
    (
        "nAn37",
        "vi",
        "bluebird_opt",
        "Tối ưu tuyến giao nước bình cho 3 xe ba gác, khoảng 150 điểm mỗi ngày",
        "Đại lý ở Tiểu Cần giao bình 20 lít bằng 3 xe ba gác, mỗi xe chở tối đa 30 bình và phải thu vỏ về. Cần công cụ tự "
        "động sắp tuyến theo sức chở, khung giờ khách và điểm lấy – trả vỏ.",
        {"nAo114": 2, "nAo115": 2, "nAo102": 2, "nAo103": 1},
    ),
    (
        "nAn38",
        "vi",
        "toankhang_bentre",
        "Hợp tác xã muốn đầu tư trạm nước đóng bình nhỏ, vốn thấp",
        "Hợp tác xã ở Tam Bình muốn làm nước đóng bình phục vụ trong xã, quy mô nhỏ, vốn ít, có thể làm tay một số khâu. Cần "
        "cấu hình trạm tối thiểu: hệ lọc khoảng 1.000 lít/giờ, máy chiết bình đơn giản, co màng nắp.",
        {"nAo044": 2, "nAo043": 2, "nAo042": 1, "nAo021": 1, "nAo001": 1, "nAo020": 1, "nAo045": 1},
    ),
]

NEEDS += [
    # ---------------- English needs ----------------
    (
        "nAn39",
        "en",
        "jiskha_ro",
        "Treatment train design for a new purified-water bottling unit in Trà Vinh city",
        "We are a small company in Trà Vinh city starting purified drinking water from the municipal supply. We "
        "understand reverse osmosis pushes water through a semi-permeable membrane under pump pressure, with "
        "pre-filters to protect it, but we need a supplier to design the whole train (pre-treatment, RO, disinfection) "
        "from an analysis of our water.",
        {"nAo002": 2, "nAo003": 2, "nAo012": 2, "nAo015": 2, "nAo001": 2, "nAo013": 1, "nAo014": 1},
    ),
    (
        "nAn40",
        "en",
        "vts_hoithao",
        "Brackish well water in Duyên Hải: RO desalination for a drinking-water plant",
        "Our bottling workshop in Duyên Hải town draws groundwater that turns brackish in the dry season as saline "
        "intrusion advances. We need a reverse-osmosis system sized for brackish water (a few grams of salt per litre) "
        "with suitable pre-treatment, to keep producing drinking water year-round.",
        {"nAo004": 2, "nAo005": 2, "nAo006": 2, "nAo007": 2, "nAo014": 1, "nAo061": 1, "nAo002": 1},
    ),
    (
        "nAn41",
        "en",
        "memart_gieng",
        "Iron and manganese in well water clogging our filters (Càng Long)",
        "Our drilled well in Càng Long gives clear water that turns yellow-brown after standing, with a metallic smell; "
        "cartridges and the RO membrane foul within weeks. We need an iron and manganese removal stage (aeration, "
        "settling, pressure filters) ahead of our purification line.",
        {"nAo009": 2, "nAo010": 2, "nAo011": 2, "nAo002": 1, "nAo016": 1},
    ),
    (
        "nAn42",
        "en",
        "spads_uv",
        "Correct UV sizing for a 10 m³/h bottled-water line",
        "The UV unit on our line in Vĩnh Long was bought by lamp wattage. We now know the kill dose is intensity times "
        "exposure time, so we need someone to size a UV reactor for 10 m³/h that still delivers the required dose at "
        "end of lamp life and with our real UV transmittance.",
        {"nAo027": 2, "nAo029": 2, "nAo028": 2, "nAo025": 1, "nAo026": 1, "nAo030": 1},
    ),
    (
        "nAn43",
        "en",
        "times_bromate",
        "Controlling bromate from ozonation of coastal well water",
        "We ozonate bottled water at our plant in Cầu Ngang. Our coastal well water contains bromide, and ozone can turn "
        "it into bromate, a possible carcinogen. We need ozone dosing and monitoring equipment and advice to keep "
        "disinfection effective while keeping bromate below the limit.",
        {"nAo031": 2, "nAo033": 2, "nAo034": 1, "nAo032": 1, "nAo035": 1},
    ),
    (
        "nAn44",
        "en",
        "gfm_rinse_refill",
        "Multi-stage washer for returned 19-litre jugs",
        "Customers of our jug-water business in Trà Vinh complain about smells and residues in refilled jugs. We wash "
        "manually. We need a jug washer with hot pre-rinse, detergent, sanitiser and final rinse stages that can feed "
        "our filler.",
        {"nAo036": 2, "nAo039": 2, "nAo040": 2, "nAo042": 2, "nAo038": 1, "nAo043": 1},
    ),
    (
        "nAn45",
        "en",
        "wqp_fillitup",
        "Sizing a jug filling line around our morning loading window (Vĩnh Long)",
        "We distribute about 1,500 jugs a day from Vĩnh Long and all trucks must be loaded by 8 a.m. Choosing a filler "
        "that is too small or too large would be costly. We need help converting dispatch volume into bottles per hour "
        "and choosing the washer–filler–capper capacity.",
        {"nAo037": 2, "nAo041": 2, "nAo159": 2, "nAo045": 1, "nAo043": 1},
    ),
    (
        "nAn46",
        "en",
        "kyfilling_mech",
        "Simple low-cost 5-gallon filler for a start-up in Cầu Kè",
        "We are two young people starting a jug-water business in Cầu Kè with little capital. We only need a simple "
        "manual or semi-automatic filler for a few dozen jugs an hour and a small treatment unit, and will upgrade later.",
        {"nAo043": 2, "nAo044": 2, "nAo042": 1, "nAo040": 1},
    ),
    (
        "nAn47",
        "en",
        "fillingm_machines",
        "Rinse–fill–cap line for 500 ml PET water bottles, about 2,000 bottles per hour",
        "Our bottled-water company in Trà Vinh buys ready-made PET bottles and caps. We need an automatic rinsing, "
        "filling and capping machine for 330–500 ml bottles at around 2,000 bottles per hour, with installation.",
        {"nAo046": 2, "nAo047": 2, "nAo049": 1, "nAo050": 1, "nAo048": 1},
    ),
    (
        "nAn48",
        "en",
        "kulleborn_sbm",
        "Blowing our own PET bottles from preforms",
        "Buying empty bottles is a large share of our cost in Vĩnh Long. We want to buy preforms and stretch-blow our own "
        "500 ml and 1.5 l bottles next to the filling line. We need a blow-moulding machine and technical support.",
        {"nAo051": 2, "nAo052": 2, "nAo046": 1},
    ),
    (
        "nAn49",
        "en",
        "fao_icemakers",
        "Tube ice plant of about 20 t/day for the Định An fish landing",
        "Our company wants to supply ice to boats and traders at Định An. We prefer tube ice, which is made inside "
        "vertical tubes and harvested by defrost, for its slow melting. We need a tube ice plant of around 20 tonnes a "
        "day with storage.",
        {"nAo054": 2, "nAo055": 2, "nAo157": 2, "nAo057": 1, "nAo059": 1, "nAo154": 1, "nAo074": 1},
    ),
    (
        "nAn50",
        "en",
        "semco_blockice",
        "Replacing an old brine-tank block ice plant supplying fishing boats",
        "Our block ice plant in Duyên Hải supplies small fishing boats, which prefer block ice because it packs the most "
        "ice into little space. The brine tank and cans are corroded. We need a modern block ice machine or a redesigned "
        "plant of similar capacity.",
        {"nAo154": 2, "nAo059": 2, "nAo056": 1, "nAo054": 1},
    ),
    (
        "nAn51",
        "en",
        "solarice_blog",
        "Solar-powered ice for an off-grid fishing hamlet",
        "A fishing hamlet in Trà Cú has frequent power cuts; a household solar kit with batteries is not enough. Our "
        "cooperative needs a solar ice-making unit producing block ice for the community, about a tonne a day, with "
        "little or no battery storage.",
        {"nAo060": 2, "nAo061": 2, "nAo062": 2, "nAo063": 2, "nAo144": 1},
    ),
    (
        "nAn52",
        "en",
        "pmy_icemaker",
        "Ice making on board offshore fishing boats from Trà Cú",
        "Our offshore boats from Trà Cú stay out 10–15 days and the shore ice runs out. Small yacht ice makers are too "
        "small. We need onboard ice machines making several hundred kilograms to a few tonnes a day, from seawater or RO "
        "fresh water.",
        {"nAo064": 2, "nAo065": 2, "nAo066": 2, "nAo068": 2, "nAo067": 1, "nAo116": 1, "nAo141": 1},
    ),
    (
        "nAn53",
        "en",
        "airplus_iceenergy",
        "Cutting the electricity bill of an ammonia ice plant",
        "Electricity is the biggest cost at our ammonia ice plant in Trà Vinh. Efficient ice machines can save energy, "
        "but we want to upgrade the existing plant. We need an energy audit, set-point and compressor sequencing changes "
        "and condenser fan drives.",
        {"nAo069": 2, "nAo070": 2, "nAo071": 2, "nAo072": 1},
    ),
    (
        "nAn54",
        "en",
        "reddy_stack",
        "Bagging line for packaged ice sold to shops",
        "We want to sell bagged ice to shops and fuel stations in Vĩnh Long. We need equipment to size the ice, fill bags "
        "by weight or volume, seal them and stack them into the freezer.",
        {"nAo073": 2, "nAo075": 2, "nAo074": 1},
    ),
    (
        "nAn55",
        "en",
        "foodsafety_icesan",
        "Coliforms found in our ice: cleaning and sanitising procedures",
        "Tests of ice from our cube ice plant in Tiểu Cần found coliforms. We need written cleaning and disinfection "
        "procedures for the ice machines and bins, and possibly a contractor for periodic professional sanitation.",
        {"nAo078": 2, "nAo080": 2, "nAo117": 2, "nAo118": 1, "nAo079": 1, "nAo077": 1, "nAo081": 1},
    ),
    (
        "nAn56",
        "en",
        "hanoi_nuocda2015",
        "Testing our edible ice against the national ice standard",
        "Our ice plant in Càng Long must show its edible ice meets Vietnam's national regulation for ice (five "
        "microbiological indicators and residual chlorine). We need a laboratory or team to sample and test regularly.",
        {"nAo083": 2, "nAo081": 2, "nAo094": 1, "nAo160": 1, "nAo086": 1},
    ),
    (
        "nAn57",
        "en",
        "scribd_qcvn_en",
        "Full QCVN 6-1:2010/BYT testing for our bottled water",
        "We are a foreign-invested bottler in Trà Vinh. Before launch, our bottled drinking water must be tested "
        "against QCVN 6-1:2010/BYT, chemical and microbiological criteria. We need an accredited Vietnamese laboratory.",
        {"nAo083": 2, "nAo085": 2, "nAo086": 2, "nAo160": 2, "nAo088": 1, "nAo089": 1, "nAo091": 1, "nAo093": 1},
    ),
    (
        "nAn58",
        "en",
        "wtlabs_certified",
        "Screening a new well before investing in a bottling plant",
        "A cooperative in Tiểu Cần plans a bottled-water plant on a new deep well. Before investing, we need a certified "
        "laboratory to analyse the raw water (minerals, metals such as arsenic and iron, nitrate, bacteria) and say "
        "whether it suits bottling.",
        {"nAo090": 2, "nAo093": 2, "nAo083": 2, "nAo091": 1, "nAo089": 1},
    ),
    (
        "nAn59",
        "en",
        "ifsqn_7000",
        "HACCP plan for a small bottled water plant",
        "Our plant in Vĩnh Long fills about 7,000 bottles of 500 ml per hour: sand and carbon filters, softener, RO, "
        "UV, ozone, then washing, filling and capping. We need help writing and validating a HACCP plan and choosing "
        "the critical control points.",
        {"nAo096": 2, "nAo097": 2, "nAo099": 2, "nAo098": 1, "nAo100": 1},
    ),
    (
        "nAn60",
        "en",
        "trungtam_dabam",
        "Food-safety certificate for a new ice plant",
        "Provincial authorities are inspecting ice producers and penalising dirty ice. Our new ice plant in Cầu Ngang "
        "must obtain the certificate of eligibility for food safety, which requires test results for the production "
        "water. We need the testing and guidance on the file.",
        {"nAo094": 2, "nAo099": 1, "nAo101": 1, "nAo083": 1},
    ),
    (
        "nAn61",
        "en",
        "pgrouting_vrp",
        "Route optimisation for jug delivery with empty-bottle pick-ups",
        "We deliver jugs in Trà Vinh city with five small trucks. Each truck has limited capacity, customers have time "
        "windows, and empties must be collected on the same visit. We need route optimisation software or an API that "
        "handles capacity and pick-ups.",
        {"nAo102": 2, "nAo114": 2, "nAo115": 2, "nAo103": 2, "nAo105": 1, "nAo104": 1},
    ),
    (
        "nAn62",
        "en",
        "glacier_howitworks",
        "Tracking jug balances and deposits per customer",
        "We deliver to homes and offices around Vĩnh Long on a fixed schedule and swap empties for full jugs. We lose "
        "track of how many jugs each customer holds and of deposits. We need a system where drivers log full and empty "
        "jugs at each stop and the office sees each customer's balance.",
        {"nAo104": 2, "nAo105": 2, "nAo106": 2, "nAo102": 1, "nAo107": 1},
    ),
]

NEEDS += [
    (
        "nAn63",
        "en",
        "rfidj_evive",
        "RFID tags on returnable jugs to cut losses and automate returns",
        "Our jug-water company in Trà Vinh loses hundreds of jugs a year and cannot prove which customer holds which. "
        "We would like each jug to carry a tag that survives washing, read at dispatch and return, with deposit "
        "refunds handled automatically.",
        {"nAo108": 2, "nAo119": 2, "nAo109": 2, "nAo110": 2, "nAo111": 1},
    ),
    (
        "nAn64",
        "en",
        "tarsil_offline",
        "Customer app for ordering jug water with e-wallet and referral points",
        "We want customers in Vĩnh Long to order jug water from their phones, pay by wallet or cash, earn reward points "
        "and refer neighbours so we can open new delivery areas. We need someone to specify or build the app.",
        {"nAo112": 2, "nAo105": 1, "nAo113": 1},
    ),
    (
        "nAn65",
        "en",
        "bdb_membrane",
        "RO membranes fouling quickly with river water",
        "Our plant in Trà Ôn treats river water with high silt. The RO membranes lose flux within weeks and we keep "
        "raising feed pressure. We need diagnosis of the foulant (possibly clay), suitable cleaning chemicals and a "
        "cleaning-in-place routine.",
        {"nAo017": 2, "nAo018": 2, "nAo019": 1, "nAo016": 1, "nAo006": 1},
    ),
    (
        "nAn66",
        "en",
        "20q_bottling",
        "Improving the taste of RO water by remineralisation",
        "Our RO water in Trà Vinh tastes flat and customers compare it with brands that add minerals. We need a "
        "remineralisation or taste-improvement step after RO, with equipment and dosing guidance.",
        {"nAo003": 2, "nAo020": 2, "nAo015": 1},
    ),
    (
        "nAn67",
        "en",
        "kitchencuisinart_jug",
        "Choosing between polycarbonate and PET for our 19-litre jugs",
        "Customers in Trà Vinh ask whether our polycarbonate jugs leach BPA. We are considering PET jugs but worry about "
        "durability over many refills. We need technical advice and suppliers for BPA-free jugs and on how to care for "
        "the jugs we have.",
        {"nAo148": 2, "nAo149": 2, "nAo150": 2},
    ),
    (
        "nAn68",
        "en",
        "esathi_sleeve",
        "Tamper-evident neck sleeves and shrink labels for 19-litre jugs",
        "We want a printed shrink sleeve on the neck and cap of our jugs in Cầu Kè as a tamper seal, plus a body label, "
        "applied and shrunk with a small tunnel. We need advice on film, sizing and the equipment.",
        {"nAo147": 2, "nAo044": 1, "nAo039": 1},
    ),
    (
        "nAn69",
        "en",
        "watertech_ice",
        "Feed-water treatment to stop scale in our ice machines",
        "Hard well water is scaling the evaporators of our ice machines in Mang Thít, the ice is cloudy and harvest "
        "takes longer. We need a feed-water filtration or treatment package for the ice plant.",
        {"nAo151": 2, "nAo152": 2, "nAo023": 1, "nAo153": 1},
    ),
    (
        "nAn70",
        "en",
        "yuanwei_fishice",
        "Which ice to use for chilling fish at our landing: crushed block or flake",
        "Our fish-trading cooperative in Duyên Hải buys block ice and crushes it, but the sharp pieces damage fish "
        "skin. We need technical advice on the right ice type (crushed block, flake, tube) and how to handle it for "
        "chilling fish.",
        {"nAo156": 2, "nAo155": 2, "nAo157": 1, "nAo065": 1},
    ),
    (
        "nAn71",
        "en",
        "gfm_match_demand",
        "Turnkey small plant for 19-litre jugs in Cầu Kè, including labelling",
        "We want a complete small jug-water plant in Cầu Kè: empty-jug handling, washing, filling, capping, shrink "
        "labelling and the floor layout from purification to dispatch, around 100–200 jugs per hour.",
        {"nAo039": 2, "nAo045": 2, "nAo044": 2, "nAo042": 2, "nAo040": 1, "nAo041": 1},
    ),
    (
        "nAn72",
        "en",
        "soundml_dw",
        "Setting up an in-house lab for daily coliform checks",
        "Sending samples to outside labs takes days. Our bottling plant in Bình Minh wants its own small lab to check "
        "total coliforms and E. coli every shift by membrane filtration. We need the method and training.",
        {"nAo095": 2, "nAo092": 1, "nAo091": 1},
    ),
    (
        "nAn73",
        "en",
        "ifsqn_inhouse",
        "In-house bottling of drinking water for a hotel in Trà Vinh",
        "Our hotel in Trà Vinh city wants to bottle its own still water for rooms and functions, running a few hours a "
        "day from mains water. We need a small filling machine suited to water and advice on treatment.",
        {"nAo049": 2, "nAo046": 1, "nAo012": 1, "nAo100": 1, "nAo096": 1},
    ),
    (
        "nAn74",
        "en",
        "movatter_bin",
        "Storing about 50 tonnes of tube ice with automatic handling",
        "Our tube ice plant in Duyên Hải produces more at night than we sell. We need a large insulated ice storage bin "
        "with automatic raking or discharge so ice stays loose and can be loaded quickly to trucks.",
        {"nAo074": 2, "nAo073": 1},
    ),
    (
        "nAn75",
        "en",
        "cebuhouse_uv",
        "UV disinfection for a cooperative drinking-water refill station",
        "Our cooperative in Mang Thít runs a refill station selling filtered well water. We need UV disinfection sized for "
        "the flow, with lamp replacement, to make sure the water is microbiologically safe.",
        {"nAo024": 2, "nAo025": 2, "nAo028": 2, "nAo029": 1},
    ),
    (
        "nAn76",
        "en",
        "redwood_iceplant",
        "Food-safety plan for an ice plant supplying the fishing fleet",
        "We are reopening an ice plant at the river port in Trà Cú that supplies crab and fish boats; authorities raised "
        "environmental and hygiene questions. We need a hazard analysis for ice manufacture, storage and handling.",
        {"nAo077": 2, "nAo096": 1, "nAo099": 1, "nAo079": 1},
    ),
]
