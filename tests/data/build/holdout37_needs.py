"""Needs of the holdout37 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "jMn01",
        "vi",
        "dsap_khpt",
        "Trồng dừa sáp mà buồng chỉ ra 2–3 trái sáp",
        "Nhà tôi ở Hòa Ân, Cầu Kè có 1,2 ha dừa sáp trồng bằng trái dừa thường lấy từ buồng dừa sáp, mỗi buồng 10–12 trái chỉ được 2–3 trái đặc ruột, còn lại bán giá dừa thường. "
        "Muốn trồng lại 300 cây mà cây nào cũng ra nhiều trái sáp, xin chỉ chỗ mua giống và cách làm.",
        {"jMo001": 2, "jMo002": 2, "jMo003": 2, "jMo005": 2, "jMo006": 1, "jMo004": 1},
    ),
    (
        "jMn02",
        "vi",
        "dsap_nhandan",
        "HTX cần nguồn cây dừa sáp giống ổn định mỗi năm",
        "Hợp tác xã ở Tiểu Cần dự kiến mở rộng 15 ha dừa sáp cho xã viên, cần khoảng 2.000 cây giống/năm trong 3 năm, có cam kết tỷ lệ trái sáp. "
        "Tìm đơn vị cung ứng số lượng lớn hoặc chuyển giao cách nhân giống để tự làm.",
        {"jMo002": 2, "jMo005": 2, "jMo001": 2, "jMo006": 1, "jMo003": 1},
    ),
    (
        "jMn03",
        "vi",
        "bhc_laodong",
        "vuon dua bi sau an la chay xam",
        "vuon dua xiem 2 ha o Cang Long may thang nay la dua kho chay mau xam, lat la thay nhieu con sau nho nam trong ong to duoi la, an ca trai non. "
        "xit thuoc 2 lan khong het, xin cach tri ma khong ton kem.",
        {"jMo010": 2, "jMo011": 2, "jMo013": 2, "jMo014": 2, "jMo015": 1, "jMo012": 1},
    ),
    (
        "jMn04",
        "vi",
        "bhc_bf",
        "Dừa cao quá, xịt thuốc không tới ổ sâu",
        "Vườn dừa ta 20 năm tuổi ở Châu Thành (Trà Vinh) cao 12–15 m, sâu làm tổ dưới tàu lá, bình xịt tay chỉ lên được vài mét. "
        "Cần cách xử lý cho cả xóm khoảng 40 ha mà không phải leo từng cây.",
        {"jMo014": 2, "jMo013": 2, "jMo010": 1, "jMo070": 1, "jMo011": 1},
    ),
    (
        "jMn05",
        "vi",
        "bro_profesfar",
        "Dừa con 2 năm bị khô đọt non, có con bọ nhỏ trong kẽ lá",
        "Tôi trồng 600 cây dừa ở Trà Cú được 2 năm, nhiều cây lá đọt chưa bung đã khô nâu, bóc ra có con bọ nhỏ màu cam đen và bột như cám. "
        "Sợ lan hết vườn, cần cách nhận biết và diệt.",
        {"jMo016": 2, "jMo017": 2, "jMo018": 1},
    ),
    (
        "jMn06",
        "vi",
        "kv_tst",
        "Ngọn dừa bị đục lỗ, lá ra bị cắt hình chữ V, có cây chết đọt",
        "Vườn 800 cây dừa ở Vũng Liêm có nhiều cây bị con gì đục ở kẽ bẹ, lá mới ra bị cụt như cắt kéo, vài cây thối ngọn chết luôn. "
        "Trong vườn có đống phân bò và thân dừa mục. Xin hướng dẫn trị tận gốc.",
        {
            "jMo020": 2,
            "jMo021": 2,
            "jMo022": 2,
            "jMo023": 2,
            "jMo024": 1,
            "jMo025": 1,
            "jMo159": 1,
            "jMo027": 1,
            "jMo026": 1,
        },
    ),
    (
        "jMn07",
        "vi",
        "crb_cocopest",
        "Muốn bẫy bắt con kiến vương thay vì xịt thuốc",
        "Hộ tôi có 3 ha dừa xiêm ở Cầu Ngang bán trái uống, không muốn xịt thuốc lên ngọn vì lo dư lượng. "
        "Nghe nói có loại bẫy dụ con kiến vương tới bắt, xin thông tin bẫy, cách đặt và số lượng bẫy cho 3 ha.",
        {"jMo023": 2, "jMo024": 2, "jMo025": 2, "jMo026": 1, "jMo021": 1},
    ),
    (
        "jMn08",
        "vi",
        "cacao_gcp",
        "Giá dừa rớt, muốn trồng thêm cây dưới tán dừa",
        "Vườn dừa 1 ha ở Càng Long, giá dừa khô còn vài ngàn một trái, đất dưới tán bỏ trống. "
        "Muốn trồng thêm cây chịu bóng để có thêm thu nhập, có người bao tiêu càng tốt.",
        {"jMo028": 2, "jMo029": 2, "jMo030": 2, "jMo031": 2, "jMo157": 1},
    ),
    (
        "jMn09",
        "vi",
        "weevil_viettags",
        "Dừa non rụng nhiều, cuống trái chảy mủ",
        "Mấy tháng nay dừa ở Tam Bình rụng trái non rất nhiều, quanh cuống trái có nhựa trong chảy ra rồi khô vàng, có chỗ như lỗ kim. "
        "Trái còn lại thì méo, nhỏ. Không biết con gì gây ra và trị thế nào.",
        {"jMo019": 2, "jMo018": 1},
    ),
    (
        "jMn10",
        "vi",
        "hlb_bd",
        "Bưởi lá vàng lốm đốm, gân lá còn xanh, trái nhỏ méo",
        "Vườn bưởi da xanh 6 năm ở Bình Minh có khoảng 30 cây lá vàng loang lổ nhưng gân còn xanh, lá nhỏ lại, trái nhỏ và méo, bổ ra hạt lép. "
        "Bón phân vi lượng không hết. Cần biết bệnh gì và có xét nghiệm được không.",
        {"jMo049": 2, "jMo050": 2, "jMo051": 1, "jMo045": 1, "jMo043": 1, "jMo046": 1, "jMo048": 1, "jMo158": 1},
    ),
    (
        "jMn11",
        "vi",
        "hlb_pestnet",
        "trong buoi moi, so bi vang la greening",
        "minh sap trong moi 2 ha buoi o Tra On, vuon cu truoc day chet vi vang la gan xanh. "
        "nghe noi trong xen cay oi trong vuon buoi thi it bi, xin tai lieu cach bo tri va ket qua thu nghiem.",
        {"jMo043": 2, "jMo044": 2, "jMo047": 2, "jMo158": 1, "jMo049": 1, "jMo046": 1},
    ),
    (
        "jMn12",
        "vi",
        "rs_sci",
        "Cam sành trên đất phèn mặn mau suy",
        "Vườn cam sành 1 ha ở Tam Bình, đất phèn và mùa khô nước hơi mặn, cây 3 năm đã vàng, rễ yếu, trái ít. "
        "Muốn trồng lại bằng cây ghép trên gốc chịu được phèn, mặn; xin chỉ gốc ghép nào phù hợp.",
        {"jMo053": 2, "jMo054": 2, "jMo055": 1, "jMo133": 1},
    ),
    (
        "jMn13",
        "vi",
        "pom_he",
        "Bưởi ăn bị đắng, không ngọt",
        "Bưởi năm roi nhà tôi ở Vũng Liêm trái to mọng nước mà ăn bị he đắng, thương lái chê. "
        "Cây 7 năm, bón phân theo kinh nghiệm. Hỏi nguyên nhân và cách bón cho trái ngọt lại.",
        {"jMo058": 2, "jMo060": 1, "jMo049": 1},
    ),
    (
        "jMn14",
        "vi",
        "pom_borer",
        "Trái bưởi bị sâu đục, thối rồi rụng",
        "Vườn bưởi da xanh 4 năm ở Châu Thành (Trà Vinh), trái cỡ nắm tay có lỗ đục, bên trong có sâu, trái thối rồi rụng, mất khoảng 20% trái. "
        "Cần cách phát hiện sớm và phòng.",
        {"jMo059": 2, "jMo089": 1, "jMo099": 1},
    ),
    (
        "jMn15",
        "vi",
        "pom_insider",
        "HTX bưởi muốn bán sang Mỹ cần làm giấy tờ gì",
        "Hợp tác xã 25 ha bưởi da xanh ở Bình Minh được một công ty hỏi mua đi Mỹ nhưng yêu cầu có mã số vùng trồng và sản xuất theo chuẩn. "
        "Cần người hướng dẫn thủ tục và sửa quy trình sản xuất.",
        {"jMo056": 2, "jMo087": 1, "jMo088": 1, "jMo139": 1, "jMo057": 1},
    ),
    (
        "jMn16",
        "vi",
        "dur_n2",
        "Muốn sầu riêng cho trái lúc giá cao cuối năm",
        "Vườn sầu riêng Ri6 7 năm tuổi, 2,5 ha ở Tam Bình, năm nào cũng thu rộ tháng 6–7 giá thấp. "
        "Muốn cây ra bông sớm để bán dịp cuối năm, Tết; cần quy trình từng bước.",
        {"jMo061": 2, "jMo062": 2, "jMo063": 1, "jMo064": 1},
    ),
    (
        "jMn17",
        "vi",
        "dur_phunong",
        "Thân sầu riêng nứt, chảy nhựa, vỏ thâm đen",
        "Sau mùa mưa, 40 cây sầu riêng ở Cầu Kè bị nứt vỏ thân, chảy nhựa màu nâu đỏ, cạo ra thấy thâm đen, lá vàng rụng dần. "
        "Đã quét thuốc nhưng tái lại. Cần cách trị dứt điểm.",
        {"jMo065": 2, "jMo066": 2, "jMo069": 1, "jMo067": 1, "jMo068": 1},
    ),
    (
        "jMn18",
        "vi",
        "dur_htx",
        "Sầu riêng rụng trái non nhiều, trái bị sượng cơm",
        "Vườn 300 cây ở Long Hồ ra bông nhiều nhưng rụng trái non hàng loạt, trái còn lại khi chín bị sượng, bán bị trừ giá. "
        "Hỏi cách chăm từ lúc ra bông tới thu hoạch.",
        {"jMo064": 2, "jMo062": 1, "jMo111": 1},
    ),
    (
        "jMn19",
        "vi",
        "lon_choi",
        "Nhãn ra đọt chùm xoắn, bông không đậu trái",
        "Vườn nhãn tiêu da bò 1 ha ở Vũng Liêm, nhiều đọt non mọc chùm xoắn tít, chùm bông ngắn rồi khô, năm nay gần như mất mùa. "
        "Xin cách xử lý và có giống nào ít bị không.",
        {"jMo075": 2, "jMo076": 2},
    ),
    (
        "jMn20",
        "vi",
        "ram_vinasa",
        "Chôm chôm thu cùng lúc với cả vùng, giá rẻ",
        "Vườn chôm chôm 8 công ở Bình Minh năm nào cũng chín cùng lúc với các tỉnh nên bị ép giá. "
        "Muốn làm cho cây ra bông trái mùa, vườn có mương liếp, nhưng chưa biết cách che đậy gốc mùa mưa.",
        {"jMo078": 2, "jMo079": 2, "jMo080": 2, "jMo081": 2},
    ),
    (
        "jMn21",
        "vi",
        "df_cart",
        "Thắp đèn thanh long tốn tiền điện quá",
        "Tôi có 1.500 trụ thanh long ở Trà Cú, thắp bóng sợi đốt 60 W để cho ra trái vụ nghịch, mỗi đợt tiền điện mấy chục triệu. "
        "Muốn đổi sang loại đèn tiết kiệm mà cây vẫn ra bông đều.",
        {"jMo082": 2, "jMo083": 2, "jMo084": 2, "jMo155": 2},
    ),
    (
        "jMn22",
        "vi",
        "df_brown",
        "thanh long bi dom trang nhu da tac ke",
        "vuon thanh long 500 tru o Cau Ngang mua mua nay canh va trai noi dom trang roi thanh dom nau san sui, trai thoi ban re. "
        "xin quy trinh phong tri.",
        {"jMo085": 2, "jMo086": 1},
    ),
    (
        "jMn23",
        "vi",
        "man_bag",
        "Xoài cát bị sẹo, đốm, thương lái trả rẻ",
        "Vườn xoài cát Hòa Lộc 1 ha ở Trà Ôn, trái nhiều vết sẹo đen và đốm, chỉ bán được loại 2, loại 3. "
        "Muốn trái láng đẹp để bán cho công ty xuất khẩu.",
        {"jMo089": 2, "jMo090": 1, "jMo088": 1, "jMo094": 1, "jMo099": 1},
    ),
    (
        "jMn24",
        "vi",
        "ff_sci",
        "Ruồi chích trái xoài, ổi làm dòi",
        "Vườn 2 ha xoài xen ổi ở Tiểu Cần, trái gần chín bị ruồi chích, bổ ra có dòi, rụng đầy gốc; các vườn xung quanh cũng bị. "
        "Cần cách diệt ruồi rẻ, làm chung cả ấp được.",
        {"jMo098": 2, "jMo095": 2, "jMo096": 2, "jMo097": 2, "jMo099": 1, "jMo100": 1},
    ),
    (
        "jMn25",
        "vi",
        "sal_baotintuc",
        "Mùa khô nước mặn, vườn sầu riêng vàng lá rụng trái",
        "Nhà có 5 công sầu riêng ở Cầu Kè, nước sông Cổ Chiên lên mặn, mương vườn gần cạn, cây vàng lá, rụng trái non. "
        "Cần cách cứu cây qua mùa khô với lượng nước ngọt ít ỏi.",
        {"jMo102": 2, "jMo101": 2, "jMo104": 2, "jMo160": 2, "jMo108": 1, "jMo103": 1, "jMo109": 1},
    ),
    (
        "jMn26",
        "vi",
        "sal_vnmha",
        "Không biết lúc nào nước sông đủ ngọt để bơm vô vườn",
        "Vườn cây ăn trái ở Trà Ôn lấy nước sông Hậu, mùa khô có bữa bơm nhầm nước mặn làm cây héo. "
        "Cần cách biết trước con nước nào ngọt và dụng cụ đo tại vườn.",
        {"jMo109": 2, "jMo104": 2, "jMo101": 1},
    ),
    (
        "jMn27",
        "vi",
        "sal_vwp",
        "Vườn chôm chôm chết sau mùa mặn, muốn phục hồi",
        "Đợt mặn vừa rồi vườn chôm chôm 6 công ở Châu Thành chết khoảng một nửa, số còn lại trụi lá. "
        "Xin hướng dẫn cứu cây còn sống, cải tạo đất và trồng lại.",
        {"jMo106": 2, "jMo101": 1, "jMo103": 1},
    ),
    (
        "jMn28",
        "vi",
        "irr_sggp",
        "Tưới bằng vòi tốn công, muốn tưới tự động kèm bón phân",
        "Vườn quýt đường và sầu riêng 3 ha ở Tam Bình, mỗi lần tưới phải 2 người kéo vòi cả ngày, bón phân thì rải gốc bị trôi. "
        "Muốn lắp hệ thống ống tưới tới từng gốc, hòa phân theo nước.",
        {"jMo111": 2, "jMo113": 2, "jMo115": 2, "jMo114": 1},
    ),
    (
        "jMn29",
        "vi",
        "irr_tvu",
        "trong dua hau tren dat giong cat, tuoi kieu nao do ton nuoc",
        "nha trong 5 cong dua hau tren dat giong cat o Cau Ngang, mua kho gieng bom yeu. "
        "nen tuoi tham hay nho giot, kieu nao loi hon.",
        {"jMo112": 2, "jMo113": 1, "jMo114": 1},
    ),
    (
        "jMn30",
        "vi",
        "hyd_ag",
        "Muốn làm nhà lưới trồng rau không dùng đất bán siêu thị",
        "Tôi có 500 m2 ở ven TP Trà Vinh, muốn làm nhà lưới trồng xà lách, cải bằng nước dinh dưỡng, bán cho siêu thị và trường học. "
        "Cần người thiết kế, tính vốn và hướng dẫn pha dinh dưỡng.",
        {"jMo116": 2, "jMo117": 2, "jMo118": 2, "jMo119": 1, "jMo121": 1, "jMo040": 1, "jMo120": 1},
    ),
    (
        "jMn31",
        "vi",
        "hyd_kn",
        "Thanh niên muốn học nghề trồng rau thủy canh có thực hành",
        "Nhóm 12 đoàn viên ở Duyên Hải muốn khởi nghiệp trồng rau sạch không dùng đất, cần khóa học có thực hành và đi tham quan mô hình thật.",
        {"jMo120": 2, "jMo116": 1, "jMo117": 1},
    ),
    (
        "jMn32",
        "vi",
        "mus_nn",
        "Có sẵn rơm, muốn trồng nấm quanh năm trong nhà",
        "Sau gặt 2 ha lúa ở Trà Cú nhà có nhiều rơm, muốn làm trại trồng nấm rơm trong nhà để làm quanh năm, khỏi lo mưa nắng. "
        "Cần kích thước trại, cách chất rơm và năng suất dự kiến.",
        {"jMo122": 2, "jMo124": 2, "jMo123": 1, "jMo125": 1, "jMo126": 1},
    ),
    (
        "jMn33",
        "vi",
        "mus_gl",
        "Giá rơm tăng, trồng nấm rơm bị lỗ",
        "Tổ hợp tác trồng nấm ở Tiểu Cần phải mua rơm giá cao, có mùa không có rơm. "
        "Muốn tìm nguyên liệu khác thay rơm mà năng suất không giảm.",
        {"jMo125": 2, "jMo126": 1},
    ),
    (
        "jMn34",
        "vi",
        "bee_sggp",
        "Nhãn, chôm chôm đậu trái ít, muốn mướn ong về vườn",
        "Vườn nhãn và chôm chôm 2 ha ở cù lao Long Hồ bông nhiều mà đậu trái ít. "
        "Muốn mướn người nuôi ong đặt thùng trong vườn mùa bông, cần biết điều kiện và cách phối hợp phun thuốc.",
        {"jMo127": 2, "jMo128": 2, "jMo130": 2, "jMo129": 1},
    ),
    (
        "jMn35",
        "vi",
        "nur_sggp",
        "Cần mua 3.000 cây sầu riêng Ri6 ghép giống tốt",
        "Tổ hợp tác ở Tam Bình chuyển 8 ha lúa lên liếp trồng sầu riêng, cần 3.000 cây Ri6 ghép đúng giống, giao trong tháng 10.",
        {"jMo132": 2, "jMo134": 1, "jMo158": 1},
    ),
    (
        "jMn36",
        "vi",
        "nur_graft",
        "Tự ghép nhân giống cây có múi nhưng tỷ lệ sống thấp",
        "Tôi ở Càng Long tự ghép bưởi, cam từ cây mẹ tốt để trồng dặm, ghép 100 cây chỉ sống chừng 40. "
        "Muốn học lại cách chọn gốc, chọn cành, thời điểm ghép.",
        {"jMo133": 2, "jMo134": 2, "jMo158": 1},
    ),
    (
        "jMn37",
        "vi",
        "orn_tp",
        "Trồng cúc mâm xôi bán Tết mà sợ nở sớm, nở trễ",
        "Cơ sở hoa kiểng ở Châu Thành (Trà Vinh) lần đầu trồng 3.000 chậu cúc mâm xôi bán Tết, năm ngoái thử vài chục chậu nở trước Tết cả tuần. "
        "Cần lịch xuống giống, bấm ngọn và chăm để nở đúng ngày.",
        {"jMo136": 2, "jMo138": 2, "jMo135": 1},
    ),
    (
        "jMn38",
        "vi",
        "dur_drone",
        "Xịt thuốc sầu riêng bằng bình đeo vai độc, thiếu người làm",
        "Vườn sầu riêng 4 ha ở Cầu Kè cây cao 8–10 m, mỗi lần xịt phải thuê 4 người 2 ngày, thuốc bay vô mặt. "
        "Muốn dùng thiết bị bay phun cho vườn cây ăn trái, cần biết hiệu quả và chi phí.",
        {"jMo070": 2, "jMo071": 2, "jMo072": 1, "jMo073": 1, "jMo074": 1},
    ),
    (
        "jMn39",
        "vi",
        "gap_tv",
        "HTX quýt muốn có chứng nhận để vào siêu thị",
        "Hợp tác xã quýt đường 20 ha ở Cầu Kè được siêu thị đặt hàng nhưng đòi giấy chứng nhận sản xuất an toàn. "
        "Cần đơn vị đánh giá, cấp chứng nhận và hướng dẫn ghi chép nhật ký.",
        {"jMo139": 2, "jMo087": 1, "jMo088": 1, "jMo056": 1},
    ),
    (
        "jMn40",
        "vi",
        "xiem_dost",
        "Muốn trồng giống dừa thấp cây, dễ hái, nước ngọt",
        "Tôi ở Cầu Ngang muốn chuyển 1 ha đất màu sang trồng dừa bán trái uống nước, cần giống thấp cây hái không phải leo, nước ngọt, sớm cho trái.",
        {"jMo007": 2, "jMo008": 2, "jMo009": 1},
    ),
    (
        "jMn41",
        "vi",
        "dsap_thesis",
        "muon lam my pham tu com dua sap",
        "co so chung toi o Cau Ke lam keo mut dua sap, muon lam them kem duong da tu com dua sap. "
        "can quy trinh tach chat deo trong com dua va don vi ho tro cong nghe.",
        {"jMo038": 2, "jMo004": 1, "jMo006": 1},
    ),
    (
        "jMn42",
        "vi",
        "man_cc",
        "Vườn xoài hay bị hạn, mặn, cần cách canh tác thích ứng",
        "Vườn xoài 1,5 ha ở Trà Ôn mấy năm nay mùa khô kéo dài, có lúc nước nhiễm mặn, trái ít và nhỏ. "
        "Cần tài liệu hướng dẫn tưới, bón, giữ nước cho xoài trong điều kiện thời tiết thất thường.",
        {"jMo092": 2, "jMo093": 1, "jMo101": 1},
    ),
    (
        "jMn43",
        "vi",
        "canker_vi",
        "Chanh, bưởi con trong vườn ươm bị loét sần trên lá",
        "Vườn ươm 5.000 cây chanh, bưởi ở Càng Long, lá và cành non nổi vết loét sần vàng viền, vài cây con chết. "
        "Cần cách xử lý để cây giống bán được.",
        {"jMo052": 2},
    ),
    (
        "jMn44",
        "vi",
        "dur_sitto",
        "Sầu riêng khỏe mà ra bông lai rai, không đồng loạt",
        "Cây sầu riêng 6 năm ở Long Hồ lá xanh tốt nhưng ra bông rải rác nhiều đợt, khó chăm và trái chín không đều. "
        "Muốn hiểu vì sao và cách làm cho ra bông đồng loạt.",
        {"jMo063": 2, "jMo062": 2, "jMo061": 1, "jMo064": 1},
    ),
    (
        "jMn45",
        "vi",
        "dsap_thesis",
        "Đã trồng dừa sáp cấy phôi, muốn tăng thêm tỷ lệ trái sáp",
        "Vườn dừa sáp cấy phôi 4 năm ở Cầu Kè cho khoảng 60–70% trái sáp, có cây thấp hơn. "
        "Muốn biết có biện pháp chăm sóc, thụ phấn nào để nâng tỷ lệ trái sáp.",
        {"jMo004": 2, "jMo006": 1, "jMo002": 1, "jMo003": 1},
    ),
    # --- English needs ---
    (
        "jMn46",
        "en",
        "dsap_danviet",
        "Cooperative needs wax coconut seedlings that really give wax nuts",
        "Our cooperative in Cau Ke sells makapuno coconut to Ho Chi Minh City shops, but palms raised from our own nuts give only one or two wax nuts per bunch. "
        "We want to buy about 500 seedlings a year that give a high share of wax nuts.",
        {"jMo001": 2, "jMo002": 2, "jMo003": 2, "jMo005": 2, "jMo006": 1},
    ),
    (
        "jMn47",
        "en",
        "bhc_frontiers",
        "Coconut fronds turning grey and dry, caterpillars in silk tunnels",
        "Four hectares of coconut in Chau Thanh (Tra Vinh) have fronds drying from the tips, grey and papery, with small caterpillars in silk galleries under the leaflets. "
        "Neighbours sprayed but it came back. We want a control that lasts.",
        {"jMo011": 2, "jMo013": 2, "jMo015": 2, "jMo010": 2, "jMo012": 1, "jMo014": 1},
    ),
    (
        "jMn48",
        "en",
        "bhc_thai",
        "Cooperative wants to rear natural enemies of the coconut leaf caterpillar",
        "Our coconut cooperative in Tieu Can has a small room and two technicians and would like to breed beneficial wasps ourselves instead of buying pesticide. "
        "We need a rearing method and how many to release per hectare.",
        {"jMo015": 2, "jMo010": 2, "jMo012": 1, "jMo011": 1, "jMo013": 1},
    ),
    (
        "jMn49",
        "en",
        "crb_ijterm",
        "Young coconut crowns bored, manure heaps nearby",
        "Young palms on our 2 ha farm near a cattle shed have holes bored into the crown and fronds opening with V-shaped cuts. "
        "We keep manure and rotting trunks in the garden. Looking for a cheap way to cut the beetle numbers.",
        {"jMo023": 2, "jMo024": 2, "jMo025": 2, "jMo026": 2, "jMo020": 1, "jMo022": 1, "jMo021": 1},
    ),
    (
        "jMn50",
        "en",
        "rpw_issuhub",
        "Coconut heart rotting, fat grubs inside, palms dying",
        "Several palms in Tieu Can suddenly wilted; when we cut one open the heart was rotten and full of large grubs. "
        "Some had been damaged by beetles before. How do we stop more palms dying?",
        {"jMo027": 2, "jMo159": 2, "jMo020": 2, "jMo021": 1, "jMo018": 1},
    ),
    (
        "jMn51",
        "en",
        "bro_2lua",
        "Coconut nursery seedlings with brown spear leaves",
        "We raise 5,000 coconut seedlings in Cang Long. Unopened spear leaves turn brown and when opened there are small orange-and-black beetles and a dusty brown powder. "
        "Need to identify and control it before selling the seedlings.",
        {"jMo016": 2, "jMo017": 2, "jMo018": 1},
    ),
    (
        "jMn52",
        "en",
        "cacao_ctu",
        "Extra income from shade under coconut palms",
        "I have 0.8 ha of coconut in Mo Cay-style raised beds in Cang Long; coconut prices are low and the ground under the palms is empty. "
        "Which shade-loving crop pays, and is there a buyer?",
        {"jMo030": 2, "jMo031": 2, "jMo028": 2, "jMo029": 1},
    ),
    (
        "jMn53",
        "en",
        "hlb_ars",
        "New pomelo orchard: avoid greening from day one",
        "We are planting 1.5 ha of green-skin pomelo in Binh Minh after the old trees died of greening. "
        "What can we do from planting to keep the disease out for as long as possible?",
        {
            "jMo043": 2,
            "jMo044": 2,
            "jMo046": 2,
            "jMo158": 2,
            "jMo045": 1,
            "jMo049": 1,
            "jMo047": 2,
            "jMo050": 1,
            "jMo051": 1,
        },
    ),
    (
        "jMn54",
        "en",
        "hlb_hmo",
        "Spraying every two weeks does not stop the citrus psyllids",
        "Our 3 ha orange and pomelo farm sprays insecticide every fortnight but yellow-mottled trees keep appearing. "
        "Looking for a better programme against the psyllids that spread the disease.",
        {"jMo045": 2, "jMo046": 2, "jMo048": 1, "jMo051": 1, "jMo043": 1, "jMo044": 1},
    ),
    (
        "jMn55",
        "en",
        "rs_vjs",
        "Oranges on saline coastal land need tougher roots",
        "We want to plant oranges and pomelo on raised beds in Duyen Hai where the ditch water turns brackish in the dry season. "
        "Are there rootstocks that tolerate salt?",
        {"jMo053": 2, "jMo054": 2, "jMo055": 1},
    ),
    (
        "jMn56",
        "en",
        "pom_qdnd",
        "Need grading and packing for our pomelo",
        "A supermarket chain will take 3 tonnes of pomelo a week from our group in Vung Liem if the fruit is graded, cleaned and packed to a standard. "
        "We have no packing house; looking for a service or equipment.",
        {"jMo057": 2, "jMo091": 1},
    ),
    (
        "jMn57",
        "en",
        "pom_thin",
        "Pomelo fruits too many and too small",
        "Our pomelo trees in Tra On set 60–80 fruits each but most are small and not very sweet, so traders pay little. "
        "How should we manage fruit load and feeding to get bigger, sweeter fruit?",
        {"jMo060": 2, "jMo058": 1},
    ),
    (
        "jMn58",
        "en",
        "dur_phos",
        "Durian trunks ooze reddish sap after the rainy season",
        "In our 3 ha durian orchard in Long Ho the bark cracks and oozes reddish-brown sap, leaves yellow and some trees die. "
        "Painting fungicide on the wounds did not last. Looking for a longer-lasting treatment.",
        {"jMo065": 2, "jMo066": 2, "jMo069": 1, "jMo067": 1, "jMo068": 1},
    ),
    (
        "jMn59",
        "en",
        "dur_agribest",
        "Planting durian on low wet land without root rot",
        "We are converting 2 ha of low rice land in Tam Binh to durian. Neighbours lost trees to root rot in the rainy season. "
        "What should we do before and at planting?",
        {"jMo067": 2, "jMo066": 1, "jMo069": 1},
    ),
    (
        "jMn60",
        "en",
        "dur_nhatnong",
        "Durian harvest outside the main season",
        "All durian in our commune in Tra On ripens in June–July when prices are lowest. "
        "We want our 400 trees to flower earlier so fruit is sold late in the year.",
        {"jMo061": 2, "jMo062": 2, "jMo064": 1, "jMo063": 1},
    ),
    (
        "jMn61",
        "en",
        "dur_drone",
        "Spraying a mixed orchard by boat is exhausting",
        "We spray 4 ha of durian and coconut by rowing between rows with a long hose; coverage at the top is poor and chemicals blow onto us. "
        "Looking for a faster, safer spraying method.",
        {"jMo070": 2, "jMo071": 2, "jMo073": 1, "jMo074": 1, "jMo072": 1},
    ),
    (
        "jMn62",
        "en",
        "lon_bnn",
        "Longan shoots and flowers deformed like brooms",
        "On our longan trees in Vung Liem new shoots stay short with curled leaves and flower panicles form tight clusters that dry up. "
        "Nearly no fruit this year. What is it and how to manage it?",
        {"jMo075": 2, "jMo076": 2},
    ),
    (
        "jMn63",
        "en",
        "ram_tlc",
        "Rambutan prices crash at harvest",
        "Our rambutan in Long Ho ripens with everyone else's and sells for very little. "
        "We would like to induce flowering in the off season; the orchard has ditches and raised beds.",
        {"jMo081": 2, "jMo078": 2, "jMo079": 2, "jMo080": 1},
    ),
    (
        "jMn64",
        "en",
        "df_pcaarrd",
        "Cheaper lamps for off-season dragon fruit",
        "We have 2,000 dragon fruit posts in Cau Ngang and light them at night in the short-day months; the electricity bill eats the profit. "
        "Which lamps and lighting hours give flowers at lower cost?",
        {"jMo082": 2, "jMo084": 2, "jMo155": 2, "jMo083": 2},
    ),
    (
        "jMn65",
        "en",
        "df_bt",
        "Dragon fruit stems with sunken white spots turning brown",
        "In the rainy season our dragon fruit stems show small sunken white spots that become raised brown scabs; fruit skin gets scarred and rots. "
        "Need a management plan.",
        {"jMo085": 2, "jMo086": 1},
    ),
    (
        "jMn66",
        "en",
        "df_gap",
        "Dragon fruit group wants certification for EU exports",
        "Our group of 30 dragon fruit farmers and a small packing shed want to sell to Europe; the buyer asks for farm and packhouse certification. "
        "Looking for a programme to train and get certified.",
        {"jMo087": 2, "jMo139": 1, "jMo088": 1},
    ),
    (
        "jMn67",
        "en",
        "man_cmu",
        "Mango skins blemished and spotted",
        "Our 2 ha of mango in Tra On give fruit with dark spots and scratches; exporters reject most of them. "
        "We heard of covering fruit on the tree and want to know which cover works best.",
        {"jMo089": 2, "jMo090": 2, "jMo099": 1, "jMo088": 1, "jMo094": 1},
    ),
    (
        "jMn68",
        "en",
        "man_post",
        "Mangoes rot soon after harvest",
        "Mangoes we send to Ho Chi Minh City arrive with black stem ends and soft spots after three days. "
        "Need help with harvest and post-harvest handling.",
        {"jMo091": 2, "jMo090": 1},
    ),
    (
        "jMn69",
        "en",
        "ff_griffith",
        "Fruit flies in guava and mango across several farms",
        "Maggots ruin up to half our guava and mango in Cau Ke, and the neighbours have the same problem. "
        "We want a cheap bait method that the whole hamlet can use together.",
        {"jMo095": 2, "jMo097": 2, "jMo096": 2, "jMo098": 2, "jMo100": 1},
    ),
    (
        "jMn70",
        "en",
        "ff_me",
        "Traps to watch fruit fly numbers in a mango orchard",
        "We want to know when fruit flies build up in our mango orchard so we spray only when needed. "
        "Which traps and lures should we hang?",
        {"jMo100": 2, "jMo096": 1, "jMo098": 1},
    ),
    (
        "jMn71",
        "en",
        "sal_pah",
        "How much salt can durian and rambutan take?",
        "River water near our orchard in Cau Ke turns salty in March–April. "
        "Before irrigating we need to know the salt level durian and rambutan tolerate.",
        {"jMo103": 2, "jMo101": 2, "jMo104": 1},
    ),
    (
        "jMn72",
        "en",
        "sal_vne2016",
        "Saline water enters the orchard through the canal",
        "Every dry season saline water comes into our Tra On orchard area through the shared canal and kills trees. "
        "The hamlet wants an embankment and gate around the orchards.",
        {"jMo107": 2, "jMo108": 1, "jMo110": 1},
    ),
    (
        "jMn73",
        "en",
        "sal_odm",
        "Storing fresh water in orchard ditches for the dry season",
        "Our durian garden on an islet of the Co Chien river runs out of fresh water in February. "
        "How should we size and fill ditches to hold water for three months?",
        {"jMo108": 2, "jMo104": 2, "jMo102": 2, "jMo101": 1, "jMo160": 1},
    ),
    (
        "jMn74",
        "en",
        "irr_gofarms",
        "Fertigation for 2 ha of pomelo",
        "We want to put fertiliser through the irrigation water for 2 ha of pomelo in Binh Minh instead of spreading it by hand. "
        "Need design and installation.",
        {"jMo115": 2, "jMo114": 2, "jMo113": 2, "jMo111": 1},
    ),
    (
        "jMn75",
        "en",
        "hyd_memart",
        "Automated hydroponic vegetables on a rooftop",
        "I have 40 m2 of flat roof in Vinh Long city and want an automated soilless vegetable system with sensors so it runs while I work. "
        "Looking for a supplier.",
        {"jMo119": 2, "jMo118": 1, "jMo116": 1, "jMo114": 1, "jMo117": 1},
    ),
    (
        "jMn76",
        "en",
        "coir_kla",
        "Clean, salt-free growing medium for seedlings",
        "Our nursery raises vegetable and fruit-tree seedlings; the local coconut dust we used burnt the roots. "
        "Need a washed, consistent growing medium in bulk.",
        {"jMo040": 2, "jMo042": 2, "jMo041": 2},
    ),
    (
        "jMn77",
        "en",
        "bee_ld",
        "Hand-pollinating net-house melons costs too much",
        "We grow melons in 3,000 m2 of net houses and pay workers to pollinate every flower. "
        "Is there a cheaper way to get good fruit set?",
        {"jMo129": 2, "jMo127": 1},
    ),
    (
        "jMn78",
        "en",
        "mus_nonghoc",
        "Landless youth want to start growing mushrooms",
        "A youth group in Tra Cu with little land and capital wants to grow mushrooms for the market. "
        "Which kinds and methods suit beginners, and where can they train?",
        {"jMo126": 2, "jMo122": 2, "jMo124": 2, "jMo123": 1},
    ),
    (
        "jMn79",
        "en",
        "orn_dantri",
        "Flower grower wants paying visitors",
        "Our 2 ha flower nursery near Vinh Long city gets many people taking photos at Tet. "
        "We want to turn it into a paid visiting garden without hurting production.",
        {"jMo135": 2, "jMo137": 1},
    ),
    (
        "jMn80",
        "en",
        "orn_qsti",
        "Landscape contractor needs 5,000 foliage pots",
        "We landscape a new public park in Tra Vinh and need about 5,000 pots of coloured-leaf and flowering shrubs from delta nurseries.",
        {"jMo137": 2, "jMo135": 1},
    ),
    (
        "jMn81",
        "en",
        "xiem_bentre",
        "Selling drinking coconuts to an export buyer",
        "An importer asks our coconut group in Cau Ngang for fresh drinking coconuts with uniform sweet water and little meat. "
        "What standards must we meet and who can help set up the growing area?",
        {"jMo009": 2, "jMo008": 1, "jMo037": 1, "jMo034": 1},
    ),
    (
        "jMn82",
        "en",
        "cacao_tnn",
        "Cocoa beans under coconut fetch a low price",
        "We harvest cocoa pods under our coconut palms in Cang Long, but traders pay little because the beans are poorly fermented and dried. "
        "Looking for processing help.",
        {"jMo157": 2, "jMo029": 1, "jMo030": 1},
    ),
    (
        "jMn83",
        "en",
        "bee_hy",
        "Longan flowers a lot but sets little fruit",
        "Our longan trees in Vung Liem bloom heavily yet few fruits set. "
        "Would bringing beehives help, and how do we arrange it with a beekeeper?",
        {"jMo130": 2, "jMo127": 2, "jMo128": 1, "jMo129": 1},
    ),
    (
        "jMn84",
        "en",
        "rs_ijaseit",
        "Mandarin trees weak on acid sulphate soil",
        "Our mandarin trees in Tra On grow poorly on acid soil and yield little by year three. "
        "Would a different rootstock help?",
        {"jMo055": 2, "jMo054": 2, "jMo053": 1},
    ),
    (
        "jMn85",
        "en",
        "hlb_encyc",
        "Need disease-free pomelo planting material",
        "We lost pomelo trees to greening that seemed to come with the seedlings. "
        "Where can we get tested, disease-free nursery trees or budwood for 1,000 trees?",
        {"jMo158": 2, "jMo049": 1, "jMo132": 1, "jMo050": 1},
    ),
    (
        "jMn86",
        "en",
        "dur_htx",
        "Durian fruit drop and uneven fruit",
        "Our durian in Tam Binh flowers well, but many young fruits drop and the rest are crowded and uneven. "
        "Need a care schedule from flowering to harvest, including thinning.",
        {"jMo064": 2, "jMo063": 1},
    ),
    (
        "jMn87",
        "en",
        "xiem_cgct",
        "Dwarf coconut seedlings for a new orchard",
        "We will plant 2 ha of drinking coconut in Cau Ngang and want short palms that bear early and are easy to harvest. "
        "Looking for seedlings of the right variety.",
        {"jMo008": 2, "jMo007": 2, "jMo009": 1},
    ),
    (
        "jMn88",
        "en",
        "kv_ancot",
        "Beetles breeding in our manure pile near the coconut garden",
        "We found many big white C-shaped grubs in the cattle manure pile beside our coconut garden in Cang Long, and the palms have bored crowns. "
        "How should we handle the breeding sites and when to act?",
        {"jMo025": 2, "jMo021": 2, "jMo020": 1, "jMo024": 1, "jMo022": 1, "jMo026": 1},
    ),
    (
        "jMn89",
        "en",
        "man_vnp",
        "Mango cooperative needs planting-area codes for China",
        "Our mango cooperative in Tra On wants to export to China; the buyer says we need registered planting-area codes and GAP records. "
        "Need guidance.",
        {"jMo088": 2, "jMo094": 1, "jMo156": 1, "jMo139": 1, "jMo056": 1},
    ),
    (
        "jMn90",
        "en",
        "bio_ctu",
        "What to do with spent straw after mushroom harvests",
        "After each straw mushroom cycle our group in Tieu Can has about 3 tonnes of spent straw piling up. "
        "Could it feed a biogas digester or be reused on the farm?",
        {"jMo153": 2, "jMo154": 2},
    ),
]
