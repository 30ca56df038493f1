"""Needs for the holdout204 labelled set (irrigation pumps and small pumping stations).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Each need paraphrases the page behind its source key; needs written from pages about other places are set in Tra Vinh / Vinh Long.
"""

NEEDS = [
    (
        "pXn01",
        "vi",
        "recerd",
        "Cần hệ thống tưới nhỏ giọt chạy điện mặt trời cho vườn thanh long",
        "Tổ hợp tác thanh long ở Cầu Ngang (Trà Vinh): mỗi héc ta tốn trên 20 triệu đồng/năm tiền điện và thuê người tưới, tưới bằng máy bơm chỉ ướt mặt đất. "
        "Cần lắp hệ tưới nhỏ giọt dùng bơm chạy pin mặt trời lấy nước mương, tưới chậm để nước thấm sâu, cây đủ ẩm, bớt rụng trái non.",
        {
            "pXo001": 2,
            "pXo002": 2,
            "pXo003": 2,
            "pXo006": 2,
            "pXo140": 2,
            "pXo004": 1,
            "pXo007": 1,
            "pXo005": 1,
            "pXo157": 1,
        },
    ),
    (
        "pXn02",
        "vi",
        "vneec_dragon",
        "Can bom nang luong mat troi gia re tuoi vuon buoi",
        "Nha minh o Cang Long co vuon buoi gan muong, chua keo dien ra vuon. Nghe noi co may tuoi nho giot chay 1 tam pin mat troi, moi thang bot 3-4 trieu "
        "tien dien va cong tuoi, nhung hang nhap ve thi dat qua. Can noi lam bo bom mat troi va ong tuoi gia vua tui nong dan, phu tung co san trong nuoc.",
        {
            "pXo007": 2,
            "pXo001": 2,
            "pXo003": 2,
            "pXo002": 2,
            "pXo140": 2,
            "pXo006": 2,
            "pXo005": 1,
            "pXo004": 1,
            "pXo157": 1,
        },
    ),
    (
        "pXn03",
        "vi",
        "rural21",
        "HTX cần trạm bơm năng lượng mặt trời công suất lớn thay máy bơm dầu",
        "Hợp tác xã lúa ở Trà Cú hiện dùng hàng chục máy bơm dầu để bơm vào và rút nước khỏi ruộng, chi phí nhiên liệu cao. Muốn đầu tư hệ bơm chạy điện mặt trời "
        "đủ lớn lấy nước từ kênh tưới cho khoảng 100-200 ha vụ khô, cần đơn vị thiết kế, lắp đặt và cách tổ chức vận hành chung.",
        {"pXo011": 2, "pXo012": 2, "pXo014": 2, "pXo141": 2, "pXo013": 1, "pXo008": 1, "pXo009": 1},
    ),
    (
        "pXn04",
        "vi",
        "hoidulich_cauke",
        "Không muốn thức đêm canh nước lớn để bơm ruộng",
        "Tôi làm 3,5 công lúa ở ấp Thông Thảo, xã Hòa Ân, Cầu Kè; lúa sắp trổ đòng, năm nay hạn mặn nên tối nào cũng phải chạy xe 5 km ra ruộng chờ nước lớn "
        "khoảng 18 giờ để nổ máy bơm, có hôm tới khuya. Muốn chuyển qua bơm điện bật tắt từ xa bằng điện thoại hoặc tự bơm theo mực nước ruộng.",
        {"pXo052": 2, "pXo053": 2, "pXo055": 2, "pXo056": 2, "pXo061": 2, "pXo062": 2, "pXo054": 2, "pXo057": 2},
    ),
    (
        "pXn05",
        "vi",
        "evn_dienradong",
        "Điện ngoài đồng yếu, vài nhà bơm cùng lúc là sập nguồn",
        "Ấp chúng tôi ở Tam Bình phải kéo điện từ ấp khác cách khoảng 4 km, mua giá cao mà điện rất yếu; mỗi khi 2-3 nhà cùng bật máy bơm tưới thì sập nguồn nên "
        "phải quay lại máy dầu. Cần giải pháp đưa điện ổn định ra khu sản xuất để chạy máy bơm điện.",
        {"pXo076": 2, "pXo077": 2, "pXo071": 2, "pXo072": 2, "pXo074": 1, "pXo075": 1, "pXo143": 1},
    ),
    (
        "pXn06",
        "vi",
        "danviet_dau",
        "Máy bơm dầu 24 ngựa tốn 2,4-3 lít/giờ, cần tính chuyển sang bơm điện",
        "Vườn cây ăn trái của tôi ở Trà Ôn tưới bằng máy bơm dầu 24 ngựa, mỗi giờ hao 2,4-3 lít dầu, mỗi đợt tưới mua vài trăm lít; giá dầu tăng phải cắt bớt "
        "phân bón, nhân công. Cần người tính giúp chi phí bơm dầu so với bơm điện (hoặc mặt trời) để quyết định đổi máy.",
        {"pXo078": 2, "pXo079": 2, "pXo081": 2, "pXo040": 2, "pXo041": 2, "pXo148": 1, "pXo076": 1, "pXo080": 1},
    ),
    (
        "pXn07",
        "vi",
        "congthuong_tv",
        "Cần cảnh báo độ mặn tự động và tự bơm khi nước ngọt",
        "Năm 2016 mặn vào làm thiệt hại lúa, hoa màu và ao cá ở các huyện ven biển Trà Vinh. HTX ở Duyên Hải cần thiết bị đo độ mặn trên kênh, báo qua điện thoại "
        "cho xã viên và tự khởi động máy bơm lấy nước khi độ mặn xuống dưới ngưỡng cho phép.",
        {"pXo117": 2, "pXo118": 2, "pXo119": 1, "pXo120": 1},
    ),
    (
        "pXn08",
        "vi",
        "vnanet_vinhlong",
        "Cần bơm lưu lượng lớn cột nước thấp để lấy nước nhanh khi cống mở",
        "Tổ hợp tác ở xã Long Hiệp: độ mặn trên sông dao động 0,8-5,3‰, cống chỉ mở 1-2 ngày mỗi đợt để lấy ngọt. Cần máy bơm lưu lượng lớn, cột nước thấp "
        "đặt ở kênh nội đồng để đưa nước vào ruộng thật nhanh trong lúc cống mở.",
        {"pXo023": 2, "pXo024": 2, "pXo025": 2, "pXo154": 2, "pXo030": 2, "pXo022": 1, "pXo120": 1, "pXo028": 2},
    ),
]

NEEDS += [
    (
        "pXn09",
        "vi",
        "nhandan_mangthit",
        "Thiết kế trạm bơm điện vừa và nhỏ tưới tiêu kết hợp cho 300 ha lúa",
        "Sau khi các cống đầu mối như Láng Thé, Cái Hóp hoạt động, xã chúng tôi ở Càng Long quy hoạch vùng lúa chủ động nước. Cần đơn vị tư vấn thiết kế "
        "trạm bơm điện vừa và nhỏ vừa tưới vừa tiêu úng, xổ phèn cho khoảng 300 ha, chọn loại bơm và bố trí nhà trạm.",
        {"pXo031": 2, "pXo032": 2, "pXo033": 2, "pXo034": 2, "pXo030": 2, "pXo022": 1, "pXo138": 1},
    ),
    (
        "pXn10",
        "vi",
        "nn_bongbot",
        "Chọn máy bơm giếng khoan cho vườn sầu riêng mới chuyển từ ruộng lúa",
        "Từ khi có cống ngăn mặn, nhiều hộ ở xã Tam Ngãi, Cầu Kè chuyển từ lúa sang sầu riêng, măng cụt, chanh không hạt. Mùa khô tháng 3-4 âm lịch nước "
        "kênh vẫn có lúc nhiễm mặn nên muốn khoan giếng dự phòng; cần tư vấn chọn công suất bơm hỏa tiễn cho 1 ha vườn.",
        {"pXo039": 2, "pXo156": 2, "pXo036": 1, "pXo149": 1, "pXo043": 1},
    ),
    (
        "pXn11",
        "vi",
        "minhmotor",
        "Can tho sua may bom hoa tien gieng khoan",
        "Vuon cam o Tieu Can dung may bom hoa tien gieng khoan, gan day mo to keu on, nong, nuoc len yeu roi co luc khong len. "
        "Can tho co kinh nghiem keo bom len kiem tra, sua chua tan noi, bao gia truoc.",
        {"pXo097": 2, "pXo096": 1, "pXo095": 1, "pXo098": 1, "pXo150": 1, "pXo091": 1},
    ),
    (
        "pXn12",
        "vi",
        "cand_phone",
        "Muốn bật tắt máy bơm tưới vườn quýt bằng điện thoại",
        "Tôi trồng quýt đường ở Bình Minh, thuê nhân công tưới và phun thuốc thì tốn mà hay bị bỏ ngang. Cần bộ điều khiển để bật tắt máy bơm tưới từ xa "
        "bằng điện thoại, đi vắng vẫn tưới được; nếu làm thêm được phần phun thuốc tự động thì càng tốt.",
        {"pXo052": 2, "pXo053": 2, "pXo055": 2, "pXo056": 2, "pXo054": 2, "pXo057": 2},
    ),
    (
        "pXn13",
        "vi",
        "colorado_rewind",
        "Động cơ bơm 15 kW của trạm bơm HTX bị cháy, cần đo kiểm và báo giá",
        "Trạm bơm tưới của HTX ở Vũng Liêm có động cơ 15 kW ngừng chạy, nghi cháy cuộn dây. Cần đơn vị đo cách điện, điện trở từng pha, tháo kiểm tra rồi "
        "tư vấn nên quấn lại hay thay động cơ mới, làm nhanh cho kịp vụ.",
        {"pXo098": 2, "pXo099": 2, "pXo101": 2, "pXo096": 2, "pXo100": 1},
    ),
    (
        "pXn14",
        "vi",
        "thosaigon_tangap",
        "Máy bơm 1 pha kêu ù không chạy, có mùi khét",
        "Nhà tôi ở Mang Thít có máy bơm điện 1 pha tưới rau; mấy hôm nay bật lên chỉ nghe ù ù, máy không quay, có lúc nhảy cầu dao và có mùi khét. "
        "Cần hướng dẫn kiểm tra hoặc thợ tới sửa, không muốn phải mua máy mới.",
        {"pXo095": 2, "pXo093": 2, "pXo096": 2, "pXo101": 1},
    ),
    (
        "pXn15",
        "vi",
        "vinhlong_mit",
        "Nhân rộng tưới phun tự động qua ứng dụng điện thoại cho vườn mít",
        "Ấp 7, xã Hậu Lộc, Tam Bình đang xây dựng ấp thông minh: vườn mít mẫu đã tưới phun bằng ứng dụng điện thoại, vốn khoảng 12 triệu đồng/công. "
        "Các hộ khác muốn lắp cho khoảng 20 công mít, cần đơn vị cung cấp bộ điều khiển máy bơm qua điện thoại, giá hợp lý.",
        {"pXo052": 2, "pXo055": 2, "pXo053": 2, "pXo056": 2, "pXo054": 2, "pXo057": 2, "pXo066": 1, "pXo067": 1},
    ),
    (
        "pXn16",
        "vi",
        "vietfish",
        "Trại tôm muốn lắp điện mặt trời cho máy bơm và quạt nước",
        "Trại tôm thâm canh ở Cầu Ngang: tiền điện cho máy bơm, quạt tăng mạnh, lưới điện khu nuôi hay quá tải. Muốn tận dụng bờ ao và mặt nước để lắp "
        "điện mặt trời cấp cho máy bơm, quạt của trại, cần đơn vị thiết kế, lắp đặt có bảo hành.",
        {"pXo016": 2, "pXo017": 2, "pXo018": 2, "pXo155": 2, "pXo020": 2},
    ),
]

NEEDS += [
    (
        "pXn17",
        "vi",
        "calpoly_vfd",
        "Có nên lắp biến tần cho máy bơm 30 kW của trạm bơm HTX",
        "Trạm bơm HTX ở Càng Long có máy bơm 30 kW chạy tốc độ cố định; khi chỉ tưới vài thửa nhỏ phải khép van bớt nước nên vẫn tốn điện. Muốn biết lắp biến tần "
        "giảm tốc độ có tiết kiệm thật không, bao lâu hoàn vốn, cần đơn vị tính toán và lắp đặt.",
        {"pXo046": 2, "pXo048": 2, "pXo049": 2, "pXo047": 1, "pXo050": 1},
    ),
    (
        "pXn18",
        "vi",
        "songhong_community",
        "HTX cần mô hình quản lý trạm bơm do cộng đồng vận hành",
        "Trạm bơm điện của ấp ở Tiểu Cần do bà con góp vốn, nay giao HTX quản lý nhưng chưa rõ cách thu thủy lợi phí, trả công người vận hành và chia việc "
        "bảo dưỡng. Cần học mô hình tổ chức HTX dịch vụ thủy lợi đã làm tốt.",
        {"pXo068": 2, "pXo070": 2, "pXo069": 1, "pXo071": 1},
    ),
    (
        "pXn19",
        "vi",
        "namdinh_thuynong",
        "Can cach chia lich bom nuoc cho tung loai cay trong",
        "HTX o Tra Cu co canh dong vua lua vua bap vua rau mau, moi loai can nuoc khac nhau, bom theo kieu cu thi nguoi du nguoi thieu, ba con buc xuc. "
        "Can mo hinh dieu tiet nuoc noi dong, chia gio mo nuoc theo ho va theo cay.",
        {"pXo069": 2, "pXo068": 2, "pXo070": 1},
    ),
    (
        "pXn20",
        "vi",
        "evn_spc",
        "Cần kéo điện 3 pha và trạm biến áp tới trạm bơm của HTX",
        "HTX lúa ở Bình Tân (Vĩnh Long) có trạm bơm nằm giữa đồng, chưa có đường dây hạ thế nên vẫn chạy máy dầu rất tốn. Cần hỗ trợ đầu tư đường dây và "
        "trạm biến áp đủ tải cho tưới tiêu, hoặc cách để nông dân góp vốn làm chung.",
        {"pXo071": 2, "pXo072": 2, "pXo076": 2, "pXo077": 2, "pXo074": 1, "pXo075": 1},
    ),
    (
        "pXn21",
        "vi",
        "thtg_dtm",
        "Huyện cần lộ trình chuyển các trạm bơm dầu sang trạm bơm điện",
        "Huyện Trà Ôn còn nhiều trạm bơm chạy dầu; lưới điện nông thôn đã phủ rộng nên muốn lập kế hoạch chuyển dần sang bơm điện cho vùng lúa 3 vụ, "
        "cần kinh nghiệm các nơi đã làm về quy hoạch trạm, nguồn vốn và tổ chức vận hành.",
        {"pXo074": 2, "pXo075": 2, "pXo082": 2, "pXo071": 1, "pXo078": 1},
    ),
    (
        "pXn22",
        "vi",
        "tailieuhoc_binhdinh",
        "Ao tom tren cat can he thong bom cap nuoc man, nuoc ngot",
        "Vung nuoi tom tren cat ven bien Duyen Hai: nen ao cao hon muc nuoc bien, bo ao toan cat, nguon nuoc ngot o xa. Can thiet ke he thong bom cap nuoc man, "
        "nuoc ngot va thoat nuoc thai cho khu ao, phu hop dieu kien dia phuong.",
        {"pXo125": 2, "pXo126": 2, "pXo124": 1},
    ),
    (
        "pXn23",
        "vi",
        "tailieuhoc_binhdinh",
        "Cần hệ thống rút nước tầng mặt cho ao tôm khi mưa lớn",
        "Ao tôm của tôi ở Cầu Ngang mỗi khi mưa lớn kéo dài thì nước ngọt nổi lớp trên, ao gần tràn và phân tầng làm tôm yếu. Cần lắp ống và bơm rút "
        "lớp nước mặt ra ao lắng, có người hướng dẫn thiết kế.",
        {"pXo124": 2, "pXo125": 1},
    ),
    (
        "pXn24",
        "vi",
        "health222",
        "Máy bơm ở trạm bơm ven biển bị nước mặn làm gỉ sét",
        "Trạm bơm tiêu gần cống ven biển ở Duyên Hải: khi triều cường nước mặn tràn vào bể hút, máy bơm gang và ống bị ăn mòn rất nhanh. Cần giải pháp "
        "chống ăn mòn như sơn phủ, anode hy sinh hoặc đổi bơm vật liệu chịu nước mặn.",
        {"pXo105": 2, "pXo106": 2, "pXo107": 2, "pXo153": 2, "pXo108": 2, "pXo109": 2, "pXo113": 1, "pXo152": 1},
    ),
]

NEEDS += [
    (
        "pXn25",
        "vi",
        "wateronline_drypit",
        "Trạm bơm tiêu bị ngập khi lũ, động cơ ướt không khởi động được",
        "Trạm bơm tiêu của HTX ở Long Hồ đặt động cơ trong hố thấp; mùa lũ kết hợp triều cường, hố bị ngập làm ướt động cơ, còn máy để lâu không chạy "
        "thì lúc cần lại khó khởi động. Cần bơm chịu ngập hoặc cách bố trí để động cơ không bị ngập.",
        {"pXo111": 2, "pXo112": 2, "pXo113": 2, "pXo152": 2, "pXo110": 2},
    ),
    (
        "pXn26",
        "vi",
        "mindli_cav",
        "Bơm ly tâm ở trạm bơm kêu như có sỏi, rung và rỗ cánh",
        "Máy bơm ly tâm của trạm bơm HTX ở Càng Long khi mực nước sông xuống thấp thì kêu lạo xạo như sỏi chạy trong ống, rung mạnh, lưu lượng giảm; "
        "tháo ra thấy cánh bị rỗ. Cần chuyên gia tìm nguyên nhân phía ống hút và cách khắc phục.",
        {"pXo102": 2, "pXo103": 2, "pXo085": 1, "pXo086": 1},
    ),
    (
        "pXn27",
        "vi",
        "flowersqld",
        "HTX muốn đo kiểm hiệu suất máy bơm định kỳ",
        "Các máy bơm tưới của HTX ở Châu Thành (Trà Vinh) yếu dần theo năm mà nhìn bằng mắt không thấy, tới khi hỏng thì mất mùa. Cần dịch vụ đo kiểm hiệu suất "
        "bơm định kỳ để biết khi nào phải sửa hay thay.",
        {"pXo085": 2, "pXo086": 2, "pXo087": 2, "pXo151": 2, "pXo090": 2},
    ),
    (
        "pXn28",
        "vi",
        "topcargo",
        "Can chon may bom dien cho ruong lua 2 ha",
        "Nha toi o Cang Long lam 2 ha lua, van dung may bom dau cu. Nay muon doi qua may bom dien cho ruong, nhung khong biet chon luu luong, cot ap, "
        "cong suat bao nhieu cho vua, dien 1 pha hay 3 pha. Can nguoi tu van chon may.",
        {"pXo037": 2, "pXo038": 2, "pXo036": 2, "pXo149": 2, "pXo022": 1, "pXo042": 2},
    ),
    (
        "pXn29",
        "vi",
        "nhabe_calc",
        "Tính lưu lượng, cột áp máy bơm cho tưới phun mưa vườn bưởi 3 ha",
        "Vườn bưởi 3 ha ở Vũng Liêm muốn làm tưới phun mưa béc xoay lấy nước từ mương. Cần người tính tổng lưu lượng các béc, cột áp cần thiết, "
        "tổn thất đường ống để chọn đúng máy bơm, không mua dư công suất.",
        {"pXo037": 2, "pXo038": 2, "pXo042": 2, "pXo036": 2, "pXo149": 2},
    ),
    (
        "pXn30",
        "vi",
        "villagesquare",
        "Cần máy bơm nhỏ dưới 2 ngựa cho hộ trồng rau màu",
        "Các hộ trồng rau màu sau nhà ở Trà Cú có ruộng nhỏ gần rạch, muốn máy bơm nhỏ dưới 2 ngựa giá rẻ, nhẹ, xách đi nhiều thửa được, "
        "chạy điện nhà 1 pha hoặc máy nổ nhỏ.",
        {"pXo143": 2, "pXo144": 2, "pXo027": 1},
    ),
    (
        "pXn31",
        "vi",
        "fao_intro",
        "So sánh các phương án bơm nước tưới cho nông hộ nhỏ",
        "Tổ hợp tác ở Châu Thành (Trà Vinh) có các thửa từ 0,25 đến vài chục ha, đang phân vân giữa máy dầu, bơm điện và bơm mặt trời. Cần đơn vị so sánh "
        "chi phí và hiệu quả của từng phương án nâng nước để chọn cho phù hợp.",
        {"pXo040": 2, "pXo041": 2, "pXo005": 2, "pXo157": 2, "pXo079": 1},
    ),
    (
        "pXn32",
        "vi",
        "bentre_5text",
        "Tự động bơm nước ngọt vào mương trữ khi độ mặn xuống thấp",
        "Mùa khô mặn vào sâu và kéo dài hơn trung bình nhiều năm, tổ hợp tác vườn cây ở Càng Long thiếu nước ngọt. Cần thiết bị đo mặn trên rạch và tự bật "
        "bơm đưa nước vào mương trữ khi độ mặn dưới ngưỡng an toàn.",
        {"pXo117": 2, "pXo118": 2, "pXo132": 1, "pXo119": 1},
    ),
]

NEEDS += [
    (
        "pXn33",
        "vi",
        "vnexpress_sluice",
        "Cần bơm lưu lượng lớn, lắp nhanh để chuyển nước qua đập tạm",
        "Mùa khô năm nào xã ở Càng Long cũng phải đắp đập tạm ngăn mặn trữ ngọt rồi tháo đi sau 3 tháng. Cần máy bơm lưu lượng lớn, cột nước thấp, lắp đặt "
        "nhanh và tháo dời được để chuyển nước qua đập và tiêu nước khi mưa.",
        {"pXo026": 2, "pXo114": 2, "pXo023": 1, "pXo024": 1, "pXo027": 1, "pXo028": 1},
    ),
    (
        "pXn34",
        "vi",
        "thvl_vinhlong",
        "Cần quy trình bảo dưỡng định kỳ cho các trạm bơm cũ của HTX",
        "Hệ thống thủy lợi ở Mang Thít xây từ lâu, nhiều trạm bơm của HTX đã cũ, chỉ sửa khi hỏng. HTX muốn có quy trình kiểm tra trước vụ, bảo dưỡng định kỳ "
        "và lịch đo kiểm để máy chạy bền, ít hư giữa vụ.",
        {"pXo089": 2, "pXo151": 2, "pXo088": 2, "pXo090": 2, "pXo093": 1, "pXo092": 1, "pXo150": 1},
    ),
    (
        "pXn35",
        "vi",
        "iita_lift",
        "HTX muốn bơm tự động theo mực nước ruộng đã san phẳng",
        "HTX ở Tiểu Cần đã san phẳng ruộng bằng laser để nước phân bố đều; nay muốn đo mực nước ruộng từ xa và bơm nước lên ruộng đúng lúc theo cách tưới "
        "ngập khô xen kẽ, không phải đi thăm đồng mỗi ngày.",
        {"pXo061": 2, "pXo062": 2, "pXo063": 2, "pXo064": 2, "pXo065": 2, "pXo142": 1},
    ),
    (
        "pXn36",
        "vi",
        "studylib_smart",
        "Cần bộ điều khiển bơm tự động theo độ ẩm đất, chống chạy khô",
        "HTX rau an toàn ở Châu Thành (Trà Vinh) muốn máy bơm tự bật khi đất khô, tự tắt khi đủ ẩm, đo thêm nhiệt độ, mưa; đồng thời ngắt bơm khi "
        "hết nước để không cháy máy. Cần đơn vị cung cấp bộ cảm biến và điều khiển.",
        {"pXo059": 2, "pXo054": 1, "pXo057": 1, "pXo058": 1, "pXo066": 1, "pXo067": 1},
    ),
    (
        "pXn37",
        "vi",
        "lachong",
        "Cần bơm hút sâu, đẩy cao lên bồn trên gò",
        "Vườn trên gò ở Trà Cú phải hút nước từ ao sâu khoảng 7-8 m rồi đẩy lên bồn chứa cao để tưới tự chảy, nước ao có bùn. Cần tư vấn loại bơm, "
        "kiểu cánh và công suất phù hợp.",
        {"pXo043": 2, "pXo037": 2, "pXo044": 1, "pXo022": 1, "pXo145": 1},
    ),
    (
        "pXn38",
        "vi",
        "danviet_bongbot",
        "Bom hai chieu dat o dau cong, khong xay nha tram",
        "Xa o Cau Ke co cong ngan man dong mo theo con nuoc. HTX muon dat may bom tuoi tieu hai chieu ngay dau cong de vua bom vao vua bom ra, "
        "khong phai xay nha tram, be hut, be xa cho do ton.",
        {"pXo030": 2, "pXo031": 1, "pXo024": 1, "pXo120": 1},
    ),
    (
        "pXn39",
        "en",
        "vneec_dragon",
        "Solar drip kit for a longan orchard without grid power",
        "Our 1 ha longan orchard in Long Ho (Vinh Long) sits by a ditch far from the power line. We want a small solar-powered pump driving drip lines so we "
        "stop paying for labour and fuel, as dragon-fruit growers saving VND 3-4 million a month have done.",
        {"pXo001": 2, "pXo002": 2, "pXo003": 2, "pXo006": 2, "pXo140": 2, "pXo004": 1, "pXo008": 1, "pXo005": 1},
    ),
    (
        "pXn40",
        "en",
        "wfo",
        "Solar pumping for a drought-prone cooperative",
        "A farming co-op in Duyen Hai faces longer droughts and erratic rain; diesel pumps are costly to run. It wants solar pumping able to lift canal water "
        "for its members' fields through the dry season, and help to organise shared use.",
        {"pXo011": 2, "pXo012": 2, "pXo014": 2, "pXo141": 2, "pXo013": 1, "pXo147": 1},
    ),
]

NEEDS += [
    (
        "pXn41",
        "en",
        "studylib_smart",
        "IoT pump controller driven by soil moisture, with dry-run cut-out",
        "An agri-tech start-up in Tra Vinh city wants to offer farms a controller that reads soil moisture, temperature and rain at several points and "
        "switches the irrigation pump automatically, stopping it when the source runs dry. Looking for a proven design to license or co-develop.",
        {"pXo059": 2, "pXo057": 1, "pXo054": 1, "pXo058": 1, "pXo066": 1},
    ),
    (
        "pXn42",
        "en",
        "iita_lift",
        "Remote water-level sensing for alternate wetting and drying",
        "A rice co-op in Cau Ke has levelled its paddies and wants to adopt alternate wetting and drying. It needs low-cost field water-level sensors that "
        "report to phones so pumping starts only when the water drops below the threshold.",
        {"pXo063": 2, "pXo064": 2, "pXo065": 2, "pXo061": 2, "pXo062": 2, "pXo142": 1},
    ),
    (
        "pXn43",
        "en",
        "evn_vinhlong",
        "Newly electrified hamlet wants to move rice pumps from diesel to grid",
        "Trung Dien hamlet in Trung Hieu commune, Vung Liem, has just been connected to the grid. Farmers still lift water with diesel pumps and want "
        "a transformer and low-voltage line out to the fields plus advice on electric motors to replace the engines.",
        {"pXo071": 2, "pXo072": 2, "pXo076": 2, "pXo077": 2, "pXo074": 1, "pXo075": 1, "pXo078": 1},
    ),
    (
        "pXn44",
        "en",
        "danviet_dau",
        "Compare pumping cost per cubic metre: diesel against electric",
        "An orchard in Cau Ke runs a 24 hp diesel pump burning 2.4-3 litres an hour, five hours per watering. With fuel prices up, the owner wants an "
        "independent comparison of cost per volume pumped on diesel and on grid power before buying an electric pump.",
        {"pXo079": 2, "pXo078": 2, "pXo081": 2, "pXo080": 1, "pXo148": 1, "pXo040": 1},
    ),
    (
        "pXn45",
        "en",
        "calpoly_vfd",
        "Will a variable-frequency drive save energy on our station pump?",
        "Our co-op's 30 kW station pump in Tieu Can serves fields of very different sizes, so operators throttle the outlet valve most of the season. "
        "We want an engineer to assess and fit a VFD and estimate real power use and payback under field conditions.",
        {"pXo046": 2, "pXo048": 2, "pXo049": 2, "pXo047": 1, "pXo050": 1},
    ),
    (
        "pXn46",
        "en",
        "unl_vfd",
        "Speed control for a sprinkler pump feeding zones at different heights",
        "An orchard company in Cau Ke has sprinkler blocks on raised beds at different elevations; the pump was sized for the highest block, so the "
        "low blocks get too much pressure. It wants pump speed control that matches pressure and flow to each block and soft-starts the motor.",
        {"pXo046": 2, "pXo047": 2, "pXo049": 2, "pXo048": 1},
    ),
    (
        "pXn47",
        "en",
        "colorado_rewind",
        "Rewind shop needed for a failed 22 kW canal pump motor",
        "The 22 kW motor of a canal pumping station in Cang Long failed its insulation test and one phase reads low resistance. We need a shop that "
        "documents the motor, diagnoses it properly and quotes a rewind or a replacement quickly.",
        {"pXo098": 2, "pXo099": 2, "pXo101": 2, "pXo096": 2, "pXo100": 1},
    ),
    (
        "pXn48",
        "en",
        "mindli_cav",
        "Station pump cavitates when the river level falls",
        "A centrifugal pump at a co-op station in Tieu Can rattles and vibrates and loses flow whenever the river drops in the dry season; impeller vanes "
        "are pitting. We need a specialist to diagnose suction conditions and fix the cause.",
        {"pXo102": 2, "pXo103": 2, "pXo085": 1, "pXo086": 1},
    ),
]

NEEDS += [
    (
        "pXn49",
        "en",
        "slideshare_cav",
        "NPSH assessment for a noisy intake pump",
        "The intake pump of our cooperative's irrigation station in Chau Thanh (Tra Vinh) is noisy, vibrates and its impeller and casing show pitting. "
        "We want someone to compare available against required NPSH and propose suction-side changes.",
        {"pXo103": 2, "pXo102": 2, "pXo085": 1},
    ),
    (
        "pXn50",
        "en",
        "empowering_cav",
        "Repeated seal failures on a shrimp farm intake pump",
        "A shrimp farm in Duyen Hai keeps replacing mechanical seals on its centrifugal intake pump; the piping shakes and operators hear gravel-like noise. "
        "We suspect cavitation and need help correcting the suction design.",
        {"pXo102": 2, "pXo103": 2},
    ),
    (
        "pXn51",
        "en",
        "flowersqld",
        "Regular pump performance testing for a cooperative",
        "Our co-op in Tra Cu runs several irrigation pumps whose efficiency seems to slip year by year, which we cannot see by eye until a pump fails. "
        "We want periodic on-site pump tests with a report telling us when to repair or replace.",
        {"pXo087": 2, "pXo085": 2, "pXo086": 2, "pXo090": 2, "pXo151": 2},
    ),
    (
        "pXn52",
        "en",
        "canvas_pumpspec",
        "Check pumps against their original flow and pressure",
        "An orchard cooperative in Tieu Can recorded flow and pressure when its pumps were new. Pressure at the sprinklers has fallen and we do not know "
        "whether pumps, nozzles or wells are to blame; we need the pumps measured against their original specification.",
        {"pXo087": 2, "pXo085": 2, "pXo086": 2, "pXo091": 1, "pXo088": 1, "pXo150": 1},
    ),
    (
        "pXn53",
        "en",
        "health222",
        "Seawater corroding pumps at a coastal pumping station",
        "During high tides and storms seawater enters the sump of a drainage station in Duyen Hai and the cast-iron pumps and pipes rust fast. "
        "We need corrosion protection or salt-resistant pumps.",
        {"pXo105": 2, "pXo107": 2, "pXo108": 2, "pXo106": 2, "pXo109": 2, "pXo153": 2, "pXo113": 1, "pXo152": 1},
    ),
    (
        "pXn54",
        "en",
        "wateronline_drypit",
        "Drainage station pumps that survive flooding and start after long idle spells",
        "A drainage pumping station in Mang Thit has its motors in a low dry pit that floods when river floods meet high tides; pumps also sit idle for months "
        "and sometimes fail to start. We need equipment or a layout that keeps working when submerged.",
        {"pXo110": 2, "pXo111": 2, "pXo112": 2, "pXo113": 2, "pXo152": 2},
    ),
    (
        "pXn55",
        "en",
        "vnexpress_sluice",
        "Mobile high-flow pumps to move water across temporary dams",
        "Each dry season our district in Cang Long builds temporary earth dams to keep salt out and store fresh water, then removes them after three months. "
        "We need high-capacity, low-head pumps that can be set up and moved quickly.",
        {"pXo026": 2, "pXo114": 2, "pXo023": 1, "pXo024": 1, "pXo027": 1, "pXo028": 1},
    ),
    (
        "pXn56",
        "en",
        "nhandan_mangthit",
        "Design of a combined irrigation and drainage pumping station",
        "A commune in Cang Long wants a new electric pumping station to irrigate, drain and flush acid water from about 400 ha of rice now that the main "
        "sluices work. We need the station designed: duty flows, design water levels, pump choice and layout.",
        {"pXo033": 2, "pXo034": 2, "pXo031": 2, "pXo032": 2, "pXo030": 2, "pXo036": 1, "pXo138": 1},
    ),
]

NEEDS += [
    (
        "pXn57",
        "en",
        "vnanet_vinhlong",
        "Vertical axial-flow pump units at a new regulating sluice",
        "Long Hiep commune is getting a new water-regulating sluice; salinity on the river swings between 0.8 and 5.3 per mille, so intake windows are short. "
        "We want vertical axial-flow pump units at the sluice to lift large volumes at low head when gravity intake is not enough.",
        {"pXo024": 2, "pXo025": 2, "pXo023": 2, "pXo154": 2, "pXo030": 2, "pXo029": 1, "pXo146": 1, "pXo028": 1},
    ),
    (
        "pXn58",
        "en",
        "thvl_vinhlong",
        "Medium-head pump to lift canal water to raised orchard beds",
        "Orchards in Vinh Long built on raised beds need water lifted 5-10 m from the canal into a high distribution channel. We are unsure whether a "
        "centrifugal, mixed-flow or axial pump fits this head and want supply and advice.",
        {"pXo145": 2, "pXo022": 2, "pXo023": 2, "pXo154": 2, "pXo146": 1, "pXo024": 1},
    ),
    (
        "pXn59",
        "en",
        "tailieu_duahau",
        "Pump and drip sizing for coastal watermelon growers",
        "Watermelon growers in Cau Ngang and Duyen Hai are moving from seepage irrigation to drip. They need the pump sized (flow, head, power source) "
        "for typical 0.5-1 ha plots drawing from ponds.",
        {"pXo042": 2, "pXo037": 2, "pXo038": 2, "pXo036": 2, "pXo134": 1, "pXo149": 2},
    ),
    (
        "pXn60",
        "en",
        "villagesquare",
        "Affordable small pumps for smallholder vegetable plots",
        "Smallholders in Chau Thanh (Tra Vinh) growing vegetables next to a creek want pumps under 2 hp that are cheap, light enough to carry between "
        "plots and able to run on a household single-phase connection.",
        {"pXo144": 2, "pXo143": 2, "pXo027": 1},
    ),
    (
        "pXn61",
        "en",
        "vietfish",
        "Grid-connected solar for a shrimp company's pumps",
        "A shrimp company in Duyen Hai faces rising power prices and an overloaded local grid during peak stocking. It wants solar panels on pond banks "
        "and water surfaces, tied to the grid, to supply its own pumps and aerators.",
        {"pXo020": 2, "pXo016": 2, "pXo017": 2, "pXo018": 2, "pXo155": 2},
    ),
    (
        "pXn62",
        "en",
        "tailieuhoc_binhdinh",
        "Salt and fresh water supply for sand-based shrimp ponds",
        "An aquaculture firm in Duyen Hai is building ponds on coastal sand: pond floors sit above sea level and fresh water is far away. It needs the "
        "seawater and freshwater supply pumping and drainage system designed.",
        {"pXo126": 2, "pXo125": 2, "pXo124": 1},
    ),
    (
        "pXn63",
        "en",
        "bentre_5text",
        "Salinity-triggered intake pumping for an aquaculture cooperative",
        "Saline intrusion now lasts longer than the 40-year average. An aquaculture and farming co-op in Cau Ngang wants continuous salinity monitoring "
        "on the canal that starts its intake pumps only when salinity is low enough.",
        {"pXo117": 2, "pXo118": 2, "pXo119": 1, "pXo120": 1},
    ),
    (
        "pXn64",
        "en",
        "songhong_community",
        "Community management model for village pumping stations",
        "Village pumping stations in Tieu Can were built with farmers' money and are run informally. The commune wants a co-op model covering who operates "
        "the pumps, how fees are collected and how repairs are funded.",
        {"pXo068": 2, "pXo070": 2, "pXo069": 1},
    ),
]

NEEDS += [
    (
        "pXn65",
        "en",
        "namdinh_thuynong",
        "Pumping schedules per crop for a mixed-crop cooperative",
        "A co-op in Tra Cu irrigates rice, maize and vegetables from the same pumping station; without a plan some members get too much water and others "
        "too little. It needs a way to allocate pumping hours by household and crop.",
        {"pXo069": 2, "pXo068": 2, "pXo070": 1},
    ),
    (
        "pXn66",
        "en",
        "hoabinh_thuyloi",
        "Preventive maintenance and testing programme for an irrigation company's stations",
        "The provincial irrigation works company runs dozens of electric pumping stations and repairs them only after breakdowns. It wants a preventive "
        "maintenance schedule and periodic testing to forecast failures.",
        {"pXo090": 2, "pXo151": 2, "pXo087": 2, "pXo088": 1, "pXo089": 1},
    ),
    (
        "pXn67",
        "en",
        "cand_phone",
        "Switch an orchard irrigation pump from a mobile phone",
        "A mandarin grower in Binh Minh spends too much on hired labour for watering and spraying and wants to start and stop the irrigation pump remotely "
        "from a phone, even when away from the farm.",
        {"pXo052": 2, "pXo053": 2, "pXo055": 2, "pXo056": 2, "pXo054": 2, "pXo057": 2},
    ),
    (
        "pXn68",
        "en",
        "hoidulich_cauke",
        "Automatic tide- and level-based pumping for rice fields",
        "Rice farmers in Hoa An, Cau Ke stay in the fields at night waiting for high tide to pump water in, as the crop heads during drought and salinity. "
        "They want field water level sensed and pumps switched automatically or by phone.",
        {"pXo061": 2, "pXo062": 2, "pXo057": 2, "pXo054": 2, "pXo053": 2, "pXo052": 2, "pXo064": 1, "pXo117": 1},
    ),
    (
        "pXn69",
        "en",
        "evn_dienradong",
        "Stable power supply for pumps on a weak rural line",
        "Dragon-fruit growers in Cang Long share a long, weak low-voltage line bought from a neighbouring hamlet; when two or three farms pump at once "
        "the supply collapses and they fall back on diesel. They need a reliable supply for electric pumps.",
        {"pXo076": 2, "pXo077": 2, "pXo071": 2, "pXo072": 2, "pXo144": 1, "pXo074": 1, "pXo075": 1},
    ),
    (
        "pXn70",
        "en",
        "thosaigon_tangap",
        "Single-phase pump hums but will not start",
        "A household pump used for vegetables in Tra On hums without turning, trips the breaker and smells burnt. The owner needs a diagnosis and repair "
        "rather than a new pump.",
        {"pXo095": 2, "pXo093": 2, "pXo096": 2, "pXo101": 1},
    ),
    (
        "pXn71",
        "en",
        "minhmotor",
        "Repair of a borehole submersible pump that no longer lifts water",
        "An orchard in Tieu Can relies on a borehole submersible pump whose motor has become noisy and hot and now delivers little or no water. "
        "We need a technician to pull and repair it on site.",
        {"pXo097": 2, "pXo096": 1, "pXo098": 1, "pXo150": 1, "pXo091": 1},
    ),
    (
        "pXn72",
        "en",
        "professor_small",
        "Sizing a small solar array for a low-discharge orchard pump",
        "A pump dealer in Vinh Long wants to sell low-discharge solar pumps to smallholders and needs a method to size the PV array for a given head and "
        "daily water volume at local irradiance.",
        {"pXo008": 2, "pXo009": 2, "pXo005": 1, "pXo144": 1},
    ),
    (
        "pXn73",
        "en",
        "hoodu_vfd",
        "Constant pressure at a drip manifold using a variable-speed pump",
        "A net-house farm in Long Ho wants its drip manifold held at constant pressure as zones open and close, with a drive on the pump motor instead of "
        "a pressure tank, saving energy.",
        {"pXo047": 2, "pXo046": 2, "pXo051": 1, "pXo066": 1, "pXo067": 1},
    ),
    (
        "pXn74",
        "en",
        "canvas_pumpspec",
        "Real-time water level and volume monitoring for an irrigation pond",
        "A co-op in Cau Ngang stores fresh water in a large pond and shallow wells for the dry season; levels drop quickly during drought. It wants "
        "real-time level and stored-volume readings on phones, with alerts.",
        {"pXo058": 2, "pXo054": 1, "pXo057": 1, "pXo064": 1},
    ),
    (
        "pXn75",
        "en",
        "northend_rewind",
        "Assurance that rewound pump motors perform like new",
        "The irrigation company has several pump motors rewound each year and suspects some come back less efficient. It wants a procedure to qualify "
        "rewind shops and test rewound motors to manufacturer specification before reinstalling.",
        {"pXo100": 2, "pXo098": 1, "pXo099": 1, "pXo101": 1, "pXo096": 1},
    ),
]
