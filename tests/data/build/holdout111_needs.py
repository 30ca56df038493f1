"""Needs of the holdout111 set, with graded offers (2 = would solve, 1 = partly relevant).

Rows: (id, language, source key, title, description, {offer id: grade}). Needs written from pages about
other places are set in Trà Vinh / Vĩnh Long (see make_holdout111.py).
"""

NEEDS = [
    (
        "mIn01",
        "vi",
        "baonghean",
        "Cần hộp giấy và thùng chống vỡ khi chuyển nước tương sang chai thủy tinh",
        "Cơ sở nước tương đạt OCOP 3 sao ở Cầu Ngang (Trà Vinh) đang đóng chai nhựa 1 lít cho dễ chở và rẻ nhưng nhìn chưa "
        "đẹp. Mỗi ngày bán được 1–2 triệu đồng, lãi khoảng 50%. Muốn chuyển sang chai thủy tinh cho sang và vệ sinh hơn, "
        "nhưng chai thủy tinh đắt hơn và phải làm thêm hộp để khỏi vỡ khi gửi đi xa. Cần đơn vị làm hộp giấy in thương hiệu "
        "và thùng đóng hàng chống vỡ phù hợp.",
        {
            "mIo001": 2,
            "mIo008": 2,
            "mIo011": 2,
            "mIo016": 2,
            "mIo098": 2,
            "mIo003": 1,
            "mIo005": 1,
            "mIo006": 1,
            "mIo012": 1,
            "mIo035": 1,
        },
    ),
    (
        "mIn02",
        "vi",
        "langngheviet",
        "Chuyển thạch dừa từ bán ký sang hộp giấy in thương hiệu",
        "Hộ làm thạch dừa ở Trà Cú (Trà Vinh) sản xuất từ năm 2010, trước giờ đựng xô chậu mang ra chợ bán ký. Nay muốn làm "
        "sản phẩm OCOP nên cần thuê thiết kế bao bì, đổi hộp nhựa sang hộp giấy đẹp, có nét riêng; đang thử đựng thạch trong "
        "ống tre. Cần đơn vị thiết kế và in hộp giấy đựng thực phẩm với số lượng vừa phải.",
        {
            "mIo001": 2,
            "mIo003": 2,
            "mIo007": 2,
            "mIo008": 2,
            "mIo140": 2,
            "mIo005": 1,
            "mIo021": 1,
            "mIo089": 1,
            "mIo096": 1,
            "mIo100": 1,
        },
    ),
    (
        "mIn03",
        "vi",
        "thegiftstore",
        "Can tem vo niem phong hop qua dac san",
        "Cua hang qua tang dac san o TP Tra Vinh muon dan tem niem phong len mieng hop, nap hu mut de khach biet hang con "
        "nguyen, chua bi danh trao. Can loai tem boc ra la vo vun, khong dan lai duoc, co in logo cua hang, so luong vai "
        "nghin tem moi dot.",
        {
            "mIo057": 2,
            "mIo022": 2,
            "mIo059": 2,
            "mIo061": 2,
            "mIo055": 1,
            "mIo056": 1,
            "mIo060": 1,
            "mIo062": 1,
            "mIo033": 1,
        },
    ),
    (
        "mIn04",
        "vi",
        "thuonghieusanpham",
        "Thay khay, túi nhựa bằng bao bì giấy cho kẹo dừa xuất khẩu",
        "Cơ sở kẹo dừa ở Mỏ Cày (nay thuộc tỉnh Vĩnh Long) đang dùng khay và túi nhựa. Người mua nước ngoài và chuỗi bán lẻ "
        "yêu cầu bao bì xanh; Luật Bảo vệ môi trường 2020 cũng hướng tới bỏ bao bì nhựa dùng một lần, và thị trường bao bì "
        "giấy được dự báo đạt 4,14 tỉ USD năm 2029. Cần nhà cung cấp hộp giấy in thay cho khay nhựa và tư vấn vật liệu giấy, "
        "tre phù hợp hàng xuất khẩu.",
        {
            "mIo001": 2,
            "mIo003": 2,
            "mIo101": 2,
            "mIo071": 1,
            "mIo089": 1,
            "mIo096": 1,
            "mIo098": 1,
            "mIo100": 1,
            "mIo102": 1,
            "mIo140": 1,
        },
    ),
    (
        "mIn05",
        "vi",
        "travinh_dua",
        "Túi hút chân không in thương hiệu và tem không bong cho dừa sáp sợi trữ đông",
        "Cơ sở chế biến dừa sáp sợi ở Cầu Kè (Trà Vinh). Huyện có hơn 1.000 ha dừa sáp với khoảng 45.000 cây, tỉ lệ trái "
        "sáp 20–40%. Sợi dừa sáp phải trữ lạnh, trữ đông để gửi đi các tỉnh. Cần túi hút chân không in thương hiệu và tem "
        "nhãn không bong, không nhòe khi để trong tủ đông.",
        {
            "mIo075": 2,
            "mIo074": 2,
            "mIo023": 2,
            "mIo025": 2,
            "mIo028": 2,
            "mIo030": 2,
            "mIo031": 1,
            "mIo069": 1,
            "mIo073": 1,
        },
    ),
    (
        "mIn06",
        "vi",
        "baotravinh",
        "In nhãn ngày sản xuất, hạn dùng cho hơn 1.000 bánh bao mỗi ngày",
        "Cơ sở bánh bao ở thị xã Duyên Hải (Trà Vinh), OCOP 3 sao, làm bình quân hơn 1.000 cái/ngày, mỗi cái 420 g giá "
        "70.000 đồng, hơn 10 lao động. Bánh bán đi nhiều tỉnh nên mỗi túi cần nhãn ghi rõ ngày sản xuất, hạn dùng, số mẻ. "
        "Cần máy hoặc giải pháp in nhãn ngày theo từng mẻ, chi phí vừa với cơ sở nhỏ.",
        {
            "mIo043": 2,
            "mIo044": 2,
            "mIo064": 2,
            "mIo066": 2,
            "mIo024": 1,
            "mIo050": 1,
            "mIo063": 1,
            "mIo065": 1,
            "mIo067": 1,
        },
    ),
    (
        "mIn07",
        "vi",
        "agrimate",
        "In tem logo OCOP và số sao dán lên bao bì đang dùng",
        "Cơ sở chả hoa ở Châu Thành (Trà Vinh) vừa được công nhận OCOP 3 sao, giấy chứng nhận có giá trị 3 năm và được in, "
        "dán nhãn OCOP kèm số sao lên bao bì. Bao bì cũ còn nhiều nên muốn in tem dán có logo OCOP, số sao và mã QR để dán "
        "bổ sung, vài nghìn tem mỗi đợt.",
        {"mIo019": 2, "mIo020": 2, "mIo021": 2, "mIo022": 2, "mIo024": 2, "mIo046": 1, "mIo047": 1, "mIo140": 1},
    ),
    (
        "mIn08",
        "vi",
        "vn_tv114",
        "Tem QR truy xuất nguồn gốc dán từng trái dưa lưới",
        "Hợp tác xã dưa lưới ở Tiểu Cần (Trà Vinh) muốn dán tem QR truy xuất lên từng trái, khoảng 50.000 tem/năm, để siêu "
        "thị và khách quét xem vùng trồng, ngày thu hoạch, quy trình chăm sóc. Tỉnh đã tập huấn dùng tem cho một số HTX gạo, "
        "bưởi, dưa lưới; nay HTX cần đơn vị cung cấp tem và phần mềm quản lý.",
        {"mIo046": 2, "mIo047": 2, "mIo051": 2, "mIo014": 1, "mIo048": 1, "mIo049": 1, "mIo050": 1},
    ),
    (
        "mIn09",
        "vi",
        "baotintuc",
        "Can dang ky ma vach cho banh tet OCOP de vao sieu thi",
        "Co so banh tet o Cang Long (Tra Vinh) dat OCOP, tinh co ho tro tu van nhan hieu, ma vach va gian hang thuong mai "
        "dien tu. Sieu thi doi phai co ma so ma vach hop le moi nhan hang. Can don vi lam giup thu tuc dang ky ma vach va "
        "huong dan gan ma cho tung loai banh.",
        {"mIo037": 2, "mIo038": 2, "mIo039": 2, "mIo040": 2, "mIo041": 1, "mIo042": 1, "mIo043": 1},
    ),
    (
        "mIn10",
        "vi",
        "ttvmedia",
        "Áp dụng tem truy xuất nguồn gốc cho gạo theo Quyết định 100",
        "Hợp tác xã lúa gạo ở Tiểu Cần (Trà Vinh) muốn áp dụng hệ thống truy xuất nguồn gốc theo Quyết định 100/QĐ-TTg: dán "
        "tem lên bao gạo để người mua truy ngược từ kệ hàng về ruộng, soát từng công đoạn sơ chế, chế biến, phân phối. Cần "
        "đơn vị cung cấp tem, nền tảng dữ liệu và tập huấn cho xã viên.",
        {"mIo046": 2, "mIo047": 2, "mIo048": 2, "mIo039": 1, "mIo049": 1, "mIo050": 1, "mIo051": 1},
    ),
    (
        "mIn11",
        "vi",
        "cnnd",
        "Can tui giay hoac tui vai in ten tiem thay tui nilon",
        "Tiem tap hoa o Vung Liem (Vinh Long). Nghe noi tu nam 2026 sieu thi, nha ban le dua tui nilon dung mot lan cho "
        "khach se bi xu phat. Can dat tui giay hoac tui vai co quai, in ten tiem, gia re, vai nghin cai moi thang.",
        {"mIo078": 2, "mIo079": 2, "mIo080": 2, "mIo077": 1, "mIo081": 1, "mIo082": 1, "mIo083": 1, "mIo084": 1},
    ),
    (
        "mIn12",
        "vi",
        "uongbi",
        "Thiết kế nhãn, bao bì, giỏ quà OCOP dự thi đúng Nghị định 111",
        "Hợp tác xã ở Càng Long (Trà Vinh) chuẩn bị dự cuộc thi sáng tạo bao bì, nhãn hàng hóa, giỏ quà và câu chuyện sản "
        "phẩm OCOP của tỉnh. Nhãn phải có đủ nội dung bắt buộc theo Nghị định 111/2021/NĐ-CP sửa Nghị định 43/2017, bao bì "
        "nên dùng vật liệu thân thiện môi trường. Cần đơn vị tư vấn thiết kế nhãn đúng quy định và bao bì mang nét văn hóa "
        "địa phương.",
        {"mIo140": 2, "mIo143": 2, "mIo005": 1, "mIo022": 1, "mIo101": 1, "mIo141": 1, "mIo142": 1},
    ),
    (
        "mIn13",
        "vi",
        "mic",
        "Nâng cấp bao bì sản phẩm OCOP 3 sao để vào siêu thị",
        "Cơ sở mật ong ở Châu Thành (Trà Vinh) có sản phẩm OCOP 3 sao. Bao bì, nhãn hiện chỉ đủ thông tin, chưa có nét riêng, "
        "chưa thể hiện tiêu chuẩn nên khó vào hệ thống siêu thị; bên thu mua cho biết chất lượng đạt nhưng mẫu mã cần chuyên "
        "nghiệp hơn. Cần đơn vị thiết kế lại bao bì và nhận diện sản phẩm.",
        {"mIo140": 2, "mIo142": 2, "mIo001": 1, "mIo021": 1, "mIo141": 1},
    ),
    (
        "mIn14",
        "vi",
        "vn_suanh",
        "Túi hút chân không 100 g đựng trà bên trong hộp ống tre",
        "Hợp tác xã trà ở Càng Long (Trà Vinh) đã làm hộp ống tre hình trụ màu vàng cát đựng 100 g trà làm quà du lịch. Bên "
        "trong cần túi hút chân không vừa khít, dễ phân hủy nếu có, để trà giữ hương lâu. Trước khi có bao bì, doanh thu chỉ "
        "0,8–1 tỉ đồng/năm; kỳ vọng tăng khi bao bì đẹp và đồng bộ.",
        {"mIo075": 2, "mIo069": 1, "mIo071": 1, "mIo072": 1, "mIo074": 1},
    ),
    (
        "mIn15",
        "vi",
        "baocamau",
        "Bao bì giấy thân thiện môi trường cho bánh phồng tôm dự thi OCOP",
        "Hợp tác xã ở Duyên Hải (Trà Vinh) làm bánh phồng tôm và mắm tôm chua; mắm đã đựng hũ thủy tinh. Muốn đổi bao bì "
        "bánh phồng sang giấy, hình ảnh mang đặc trưng biển Trà Vinh để dự hội thi mẫu mã bao bì và câu chuyện sản phẩm OCOP. "
        "Cần đơn vị thiết kế và in hộp giấy đựng thực phẩm.",
        {"mIo001": 2, "mIo003": 2, "mIo008": 2, "mIo140": 2, "mIo007": 2, "mIo078": 1, "mIo089": 1, "mIo101": 1},
    ),
    (
        "mIn16",
        "vi",
        "vinatt",
        "Truy xuất nguồn gốc và nhãn thùng cho chôm chôm xuất khẩu Mỹ",
        "Hợp tác xã chôm chôm, nhãn ở 4 xã huyện Long Hồ (Vĩnh Long) liên kết với doanh nghiệp xuất khẩu sang Mỹ. Đối tác yêu "
        "cầu mỗi thùng truy xuất được vườn, ngày thu hoạch và không tồn dư thuốc. Cần tem truy xuất và nhãn thùng có mã lô "
        "cho hàng xuất khẩu.",
        {"mIo041": 2, "mIo046": 2, "mIo047": 2, "mIo051": 2, "mIo012": 1, "mIo014": 1, "mIo049": 1, "mIo050": 1},
    ),
    (
        "mIn17",
        "vi",
        "hoanngoc",
        "Hộp quà cứng và nhãn chai cao cấp cho rượu Xuân Thạnh",
        "Cơ sở rượu Xuân Thạnh (Châu Thành, Trà Vinh) muốn nâng cấp chai, hộp quà và nhãn cho thanh lịch, thể hiện nguyên "
        "liệu, nhà sản xuất để bán ra Hà Nội, Hải Phòng. Chi phí thiết kế, bao bì trước và sau khi đạt OCOP khá lớn nên cần "
        "báo giá hộp cứng cao cấp với số lượng vừa.",
        {
            "mIo004": 2,
            "mIo005": 2,
            "mIo006": 2,
            "mIo008": 2,
            "mIo020": 1,
            "mIo021": 1,
            "mIo033": 1,
            "mIo035": 1,
            "mIo140": 1,
        },
    ),
    (
        "mIn18",
        "vi",
        "eatsip_led",
        "Bảng LED đổi nội dung khuyến mãi cho quán ăn ven quốc lộ",
        "Quán ăn ven quốc lộ 53 ở Long Đức (TP Trà Vinh) muốn thay biển tĩnh bằng bảng LED lập trình được, chạy chữ và hình "
        "món ăn, đổi chương trình khuyến mãi hằng ngày từ điện thoại, nhìn rõ cả ban ngày.",
        {
            "mIo110": 2,
            "mIo118": 2,
            "mIo119": 2,
            "mIo120": 2,
            "mIo121": 2,
            "mIo109": 1,
            "mIo117": 1,
            "mIo122": 1,
            "mIo123": 1,
        },
    ),
    (
        "mIn19",
        "vi",
        "nguyenlong_gia",
        "Can lam bang hieu quan ca phe: alu, chu noi mica, hop den",
        "Quan ca phe moi mo o Vung Liem (Vinh Long) can lam bang hieu mat tien: nen alu, chu noi mica, hop den de ban dem noi "
        "bat. Muon biet gia lam bien tinh theo nhung tieu chi nao (chat lieu, kich thuoc, den, thi cong) va can don vi nhan "
        "thi cong tai tinh.",
        {"mIo109": 2, "mIo110": 2, "mIo111": 2, "mIo112": 2, "mIo113": 1, "mIo114": 1, "mIo115": 1},
    ),
    (
        "mIn20",
        "vi",
        "nguyenlong_dep",
        "Bảng hiệu chữ nổi inox có đèn LED cho showroom",
        "Showroom xe máy ở TP Vĩnh Long cần làm lại bảng hiệu cho đẹp và bền: chữ nổi inox, đèn LED hắt sáng, bố cục dễ đọc "
        "từ xa, màu đúng nhận diện hãng. Cần đơn vị khảo sát, thiết kế và thi công trọn gói.",
        {"mIo109": 2, "mIo110": 2, "mIo111": 1, "mIo112": 1, "mIo113": 1, "mIo114": 1, "mIo115": 1},
    ),
    (
        "mIn21",
        "vi",
        "manhinhledviet",
        "Mua module LED và mạch điều khiển để tự lắp bảng chạy chữ",
        "Tiệm sửa điện tử ở Trà Ôn (Vĩnh Long) nhận làm bảng LED chạy chữ cho các cửa hàng trong huyện. Cần nguồn module LED "
        "(loại một màu và loại RGB, bước điểm ảnh phù hợp khoảng cách xem), mạch điều khiển và tài liệu lập trình để tự lắp "
        "ráp với chi phí thấp.",
        {"mIo117": 2, "mIo119": 1, "mIo120": 1, "mIo121": 1, "mIo122": 1, "mIo124": 1},
    ),
    (
        "mIn22",
        "vi",
        "wtt_flyer",
        "In 5.000 tờ rơi A5 khuyến mãi phát ở chợ",
        "Cửa hàng điện máy ở Tam Bình (Vĩnh Long) cần in 5.000 tờ rơi A5 hai mặt giới thiệu chương trình khuyến mãi, phát ở "
        "chợ và bến xe. Người nhận chỉ liếc qua trong tích tắc nên cần màu bắt mắt, giá in rẻ, giao trong tuần.",
        {"mIo002": 2, "mIo135": 2, "mIo009": 1, "mIo134": 1},
    ),
    (
        "mIn23",
        "vi",
        "thiepcuoi",
        "In khoảng 200 thiệp mời khai trương, chia hai nội dung",
        "Nhà hàng tiệc cưới ở Cầu Kè (Trà Vinh) cần in khoảng 200 thiệp mời khai trương, chia hai nội dung (khách hàng và "
        "đối tác), mỗi nội dung ít nhất 50–100 cái, có sơ đồ đường đi; muốn được sửa maket hai lần trước khi in.",
        {"mIo135": 2, "mIo002": 1, "mIo134": 1},
    ),
    (
        "mIn24",
        "vi",
        "scandisplay",
        "Thiết kế, in và dựng gian hàng hội chợ OCOP trọn gói",
        "Hợp tác xã ở Tiểu Cần (Trà Vinh) lần đầu tham gia hội chợ OCOP và xúc tiến thương mại tại TP Trà Vinh. Ngoài tiền "
        "thuê gian hàng còn phải lo thiết kế dựng gian, backdrop, standee, tờ rơi, quà tặng nên chưa biết dự trù chi phí. Cần "
        "đơn vị thiết kế, in và lắp dựng trọn gói gian hàng 3×3 m.",
        {"mIo109": 1, "mIo111": 2, "mIo136": 2, "mIo137": 2, "mIo138": 2, "mIo110": 1, "mIo128": 1, "mIo135": 1},
    ),
    (
        "mIn25",
        "vi",
        "milano",
        "Vật liệu pano quảng cáo ngoài trời bền qua mùa mưa nắng",
        "Doanh nghiệp vật tư nông nghiệp ở Trà Cú (Trà Vinh) có 3 pano quảng cáo ven quốc lộ 54; tranh in giấy hay bạt thường "
        "bạc màu, rách sau một mùa mưa gió. Cần vật liệu và cách in bền hơn (bạt, vải, lưới, lớp phủ bảo vệ) để treo được ít "
        "nhất một năm.",
        {"mIo128": 2, "mIo129": 2, "mIo130": 2, "mIo132": 2, "mIo131": 1, "mIo133": 1},
    ),
    (
        "mIn26",
        "vi",
        "wtt_large",
        "In tranh che công trình khổ lớn bằng vinyl lưới",
        "Công ty xây dựng ở TP Vĩnh Long muốn che mặt tòa nhà đang cải tạo bằng tranh in khổ lớn thể hiện hình ảnh công trình "
        "khi hoàn thành, kiêm quảng cáo. Cần in 4 màu trên vinyl lưới, in thành nhiều dải rồi ghép kín mặt tiền, treo chắc "
        "trong gió.",
        {"mIo128": 2, "mIo132": 2, "mIo129": 1, "mIo130": 1},
    ),
    (
        "mIn27",
        "vi",
        "taylor",
        "Nhãn màng co phân hủy sinh học cho chai nước mắm rươi",
        "Cơ sở nước mắm rươi ở Cầu Ngang (Trà Vinh) muốn dùng nhãn màng co ôm trọn chai 360° để in đủ thông tin và chống ẩm, "
        "nhưng khách xuất khẩu hỏi về vật liệu thân thiện môi trường. Cần màng co làm từ nguyên liệu sinh học, phân hủy được, "
        "và cách tính kích thước màng theo dáng chai.",
        {"mIo034": 2, "mIo033": 1, "mIo035": 1, "mIo036": 1},
    ),
    (
        "mIn28",
        "vi",
        "reddot",
        "Túi đứng có van một chiều và zip cho cà phê rang",
        "Cơ sở rang xay cà phê ở Bình Minh (Vĩnh Long) cần túi đứng có zip và van thoát khí một chiều, in thương hiệu, loại "
        "250 g và 500 g, để cà phê mới rang thoát CO2 mà không phồng túi, giữ mùi thơm khi bán online.",
        {"mIo070": 2, "mIo073": 2, "mIo069": 1, "mIo072": 1, "mIo074": 1},
    ),
    (
        "mIn29",
        "vi",
        "labelandnarrow",
        "In nhãn số lượng ít cho nhiều mã sản phẩm, mỗi đợt đổi số lô",
        "Cơ sở mỹ phẩm dầu dừa ở Càng Long (Trà Vinh) có hơn 30 mã sản phẩm (dầu dừa, son, xà bông, tinh dầu), mỗi mã chỉ cần "
        "vài trăm nhãn mỗi đợt và muốn giữ tồn kho nhãn thấp. Mỗi đợt phải in số lô, hạn dùng, mã vạch khác nhau. Cần nhà in "
        "nhãn nhận đơn nhỏ, in dữ liệu biến đổi, giao nhanh.",
        {"mIo024": 2, "mIo026": 2, "mIo019": 1, "mIo020": 1, "mIo025": 1, "mIo027": 1, "mIo029": 1},
    ),
    (
        "mIn30",
        "vi",
        "doa_mm",
        "Nhãn thùng GS1-128 có số lô, hạn dùng cho bưởi da xanh xuất khẩu",
        "Cơ sở đóng gói bưởi da xanh ở Chợ Lách (nay thuộc tỉnh Vĩnh Long) đã được cấp mã số vùng trồng và mã cơ sở đóng gói. "
        "Nhà nhập khẩu yêu cầu nhãn thùng có mã vạch chứa mã sản phẩm, số lô, ngày đóng gói, hạn dùng theo chuẩn quốc tế để "
        "quét tự động ở kho. Cần thiết kế và in nhãn thùng đúng chuẩn.",
        {
            "mIo041": 2,
            "mIo012": 1,
            "mIo014": 1,
            "mIo037": 1,
            "mIo038": 1,
            "mIo039": 1,
            "mIo043": 1,
            "mIo046": 1,
            "mIo050": 1,
        },
    ),
    (
        "mIn31",
        "vi",
        "matthews_blog",
        "In hạn dùng, số lô không phai lên túi lạp xưởng hút chân không",
        "Cơ sở lạp xưởng ở TP Trà Vinh đóng túi hút chân không. Hạn dùng đóng dấu mực bằng tay hay nhòe, mờ, có lúc in nhầm "
        "ngày. Cần máy in ngày, số lô trực tiếp lên màng túi, mực bền, chữ rõ, có phần mềm tránh in sai ngày và in được nhiều "
        "loại bao bì khi mở thêm dòng sản phẩm.",
        {"mIo050": 2, "mIo063": 2, "mIo064": 2, "mIo065": 2, "mIo043": 1, "mIo066": 1, "mIo067": 1},
    ),
    (
        "mIn32",
        "vi",
        "kdpl_sharif",
        "Can nhan doi mau bao cha gio tom dong lanh bi hu",
        "Co so cha gio tom dong lanh o Duyen Hai (Tra Vinh) ban cho sieu thi va cua hang. Han dung in tren bao bi chi la uoc "
        "tinh: co luc hang con tot da bi bo, co luc hang hu truoc han. Muon gan nhan hoac mang cam bien doi mau theo tinh "
        "trang thuc pham (do pH, khi sinh ra khi hu) de canh bao cho cua hang va nguoi mua.",
        {"mIo144": 2, "mIo146": 2, "mIo147": 2, "mIo145": 1, "mIo148": 1, "mIo149": 1},
    ),
    (
        "mIn33",
        "vi",
        "icheck",
        "Can ma vach chuan va tem QR de khach quet kiem tra hang that",
        "Co so dau dua o Cau Ke (Tra Vinh) ban qua cua hang va ban online. Khach hay dung app quet ma vach de kiem tra nguon "
        "goc, phan biet hang that gia, nhung co so chua co ma vach dang ky va chua co tem QR. Can lam ma vach hop le va tem QR "
        "hien thong tin co so, lo hang khi quet.",
        {
            "mIo037": 2,
            "mIo038": 2,
            "mIo039": 2,
            "mIo040": 2,
            "mIo046": 2,
            "mIo047": 2,
            "mIo051": 2,
            "mIo060": 2,
            "mIo055": 1,
            "mIo062": 1,
        },
    ),
    (
        "mIn34",
        "vi",
        "tvpl",
        "Tem chống giả có dấu mã chìm cho dầu dừa nguyên chất",
        "Doanh nghiệp dầu dừa nguyên chất ở Càng Long (Trà Vinh) bị làm nhái bao bì trên thị trường. Muốn dùng tem nhãn chống "
        "giả có dấu mã chìm hiện lên khi nghiêng hoặc chiếu sáng, sợi bảo vệ, sao cho chi phí chỉ tăng chút ít so với nhãn "
        "thường.",
        {
            "mIo055": 2,
            "mIo056": 2,
            "mIo060": 2,
            "mIo062": 2,
            "mIo022": 1,
            "mIo051": 1,
            "mIo057": 1,
            "mIo058": 1,
            "mIo061": 1,
        },
    ),
    (
        "mIn35",
        "vi",
        "labelking_mavach",
        "Tự in tem mã vạch, giá, hạn dùng cho hàng đóng gói cân ký",
        "Siêu thị mini ở Tiểu Cần (Trà Vinh) tự đóng gói rau, thịt, hàng khô cân ký. Cần máy in tem mã vạch và giấy in để in "
        "mã, giá, ngày đóng gói, hạn dùng dán lên từng gói, in rõ nét để máy quét ở quầy tính tiền đọc được.",
        {"mIo043": 2, "mIo044": 2, "mIo019": 1, "mIo041": 1, "mIo066": 1},
    ),
    (
        "mIn36",
        "vi",
        "doc123_xuhuong",
        "Chuyển sang mực gốc nước an toàn cho bao bì thực phẩm",
        "Xưởng in hộp giấy và túi nhỏ ở TP Vĩnh Long đang dùng mực dung môi. Khách làm bánh kẹo lo mực lem tay, thấm vào thực "
        "phẩm. Muốn chuyển sang mực gốc nước hoặc mực đạt tiêu chuẩn cho bao bì thực phẩm, cần tư vấn quy trình và kiểm soát "
        "chất lượng.",
        {
            "mIo086": 2,
            "mIo087": 2,
            "mIo089": 2,
            "mIo029": 1,
            "mIo088": 1,
            "mIo090": 1,
            "mIo091": 1,
            "mIo092": 1,
            "mIo093": 1,
        },
    ),
    (
        "mIn37",
        "vi",
        "sumkoka",
        "Khay bột giấy thay khay xốp đựng rau an toàn",
        "Hợp tác xã rau an toàn ở Long Hồ (Vĩnh Long) đang dùng khay xốp bọc màng để giao siêu thị, nay siêu thị muốn bỏ khay "
        "xốp. Cần khay bột giấy hoặc bã mía ép khuôn đúng cỡ rau củ, cứng, chịu ẩm, giá hợp lý, làm khuôn theo mẫu riêng.",
        {"mIo097": 2, "mIo098": 2, "mIo100": 2, "mIo096": 1, "mIo099": 1, "mIo101": 1},
    ),
    (
        "mIn38",
        "vi",
        "tritonstore",
        "Nhãn màng co 360° chống mở nắp cho chai nước mắm",
        "Cơ sở nước mắm ở Duyên Hải (Trà Vinh) đóng chai thủy tinh và chai nhựa. Muốn dùng nhãn màng co trùm thân và nắp chai "
        "để in đủ thông tin, chống trầy, chống ẩm và nhận biết ngay nếu chai đã bị mở. Cần báo giá in màng co và cách co nhiệt.",
        {"mIo033": 2, "mIo034": 2, "mIo035": 2, "mIo036": 1, "mIo057": 1, "mIo059": 1, "mIo061": 1},
    ),
    (
        "mIn39",
        "en",
        "eatsip_barcode",
        "Our cheap barcode was rejected by the supermarket",
        "Chili sauce workshop in Châu Thành (Trà Vinh). We bought a low-cost barcode from an online generator for our first "
        "supermarket listing; the retailer's system rejected it because the number was recycled and already assigned to "
        "another product, and we had to relabel. We need properly assigned barcodes for 6 products, compliant label artwork "
        "and a check that the codes scan before we reprint.",
        {"mIo037": 2, "mIo038": 2, "mIo039": 2, "mIo040": 2, "mIo041": 2, "mIo042": 2, "mIo043": 1},
    ),
    (
        "mIn40",
        "en",
        "visualfoodie_barcode",
        "Register our first product with GS1 Vietnam",
        "Family business in Tiểu Cần (Trà Vinh) launching its first packaged product, a shrimp-and-chilli salt. The back of "
        "the bag has a blank space for the barcode. We understand the numbers cannot be invented and must be officially "
        "assigned; we need someone to handle registration with the national barcode centre (893 prefix), explain fees and "
        "documents under Vietnamese rules and give us the number for the print file.",
        {"mIo037": 2, "mIo038": 2, "mIo039": 2, "mIo040": 2, "mIo041": 1, "mIo042": 1},
    ),
    (
        "mIn41",
        "en",
        "tuoitrenews",
        "One-time QR labels on our vegetable packs",
        "VietGAP vegetable cooperative in Long Hồ (Vĩnh Long) supplying supermarkets. Buyers want each pack to carry a "
        "one-time QR label that any phone camera can scan to show the vegetable, where and when it was grown, when it was "
        "packed and distributed, and the pesticides and fertilisers used. We need the labels and the data system behind them.",
        {"mIo046": 2, "mIo047": 2, "mIo051": 2, "mIo048": 1, "mIo049": 1},
    ),
    (
        "mIn42",
        "en",
        "tridge",
        "Traceable carton labelling for export fruit from many small gardens",
        "Fruit cooperative in Bình Minh (Vĩnh Long) with registered growing area codes, working with exporters under VietGAP. "
        "Production is fragmented across many small gardens, so we need carton labels and traceability codes that link each "
        "box to its garden and packing date and that importers can scan.",
        {
            "mIo041": 2,
            "mIo046": 2,
            "mIo047": 2,
            "mIo051": 2,
            "mIo012": 1,
            "mIo014": 1,
            "mIo017": 1,
            "mIo049": 1,
            "mIo050": 1,
        },
    ),
    (
        "mIn43",
        "en",
        "headquest",
        "Switching our grocery store from plastic to paper bags",
        "Grocery store in Trà Ôn (Vĩnh Long). Plastic carry-out bags end up in canals and customers increasingly ask about "
        "sustainability. We want to switch to sturdy brown kraft paper bags, biodegradable and compostable, printed with our "
        "name, and need a supplier for a few thousand bags a month.",
        {"mIo078": 2, "mIo080": 2, "mIo077": 1, "mIo079": 1, "mIo081": 1},
    ),
    (
        "mIn44",
        "en",
        "surlescircuits",
        "Custom printed paper carrier bags for a boutique",
        "Fashion boutique in Trà Vinh city. We want custom-printed paper carrier bags showing our logo and eco-credentials, "
        "since many customers say they will pay more for sustainable packaging. Looking for design and printing of branded "
        "paper bags in two sizes.",
        {"mIo078": 2, "mIo080": 2, "mIo079": 1, "mIo081": 1, "mIo141": 1},
    ),
    (
        "mIn45",
        "en",
        "cl_totespec",
        "500 printed canvas totes for the Ok Om Bok festival",
        "Tourism office in Trà Vinh needs about 500 tote bags with a one-colour logo for the Ok Om Bok festival. Bags will "
        "hold brochures and souvenirs and should be reused afterwards, so a sturdy 10 oz cotton canvas is preferred over thin "
        "nonwoven. Please quote bag, printing and delivery.",
        {"mIo081": 2, "mIo082": 2, "mIo083": 2, "mIo084": 2, "mIo079": 1},
    ),
    (
        "mIn46",
        "en",
        "visualfoodie_bag",
        "Recycled canvas totes with a detailed multicolour logo",
        "Conference organiser in Vĩnh Long ordering 1,000 recycled canvas totes. Our logo has fine lines and many colours; a "
        "previous supplier screen printed it and it came out fuzzy and cracked. We need a printing method that reproduces "
        "intricate multicolour artwork cleanly on canvas.",
        {"mIo082": 2, "mIo083": 2, "mIo084": 2, "mIo081": 1, "mIo160": 1},
    ),
    (
        "mIn47",
        "en",
        "printplanet",
        "Which printing standard for our folding cartons?",
        "Coconut candy factory in Mỏ Cày (now in Vĩnh Long province) planning small retail folding cartons, with brown "
        "corrugated cases for shipping. We want to know the right board and process for the cartons — offset or UV inks on "
        "solid bleached board — and which colour standard to specify, and we need a printer able to deliver to it.",
        {"mIo001": 2, "mIo003": 2, "mIo008": 2, "mIo002": 1, "mIo009": 1, "mIo013": 1},
    ),
    (
        "mIn48",
        "en",
        "cl_compare",
        "Digital or flexo for our corrugated shippers with four SKUs?",
        "Coconut candy company in the former Bến Tre area (now Vĩnh Long) ordering corrugated shipping boxes. The order is "
        "split across four SKUs with three seasonal graphics and must survive pallet wrap, forklifts and long truck transit. "
        "Suppliers disagree on digital versus flexographic printing; we need a printer who compares plate cost, make-ready "
        "waste and speed for our actual volumes and then prints it.",
        {"mIo013": 2, "mIo014": 2, "mIo015": 2, "mIo016": 2, "mIo007": 1, "mIo011": 1},
    ),
    (
        "mIn49",
        "en",
        "th3box",
        "Stock boxes with labels or fully printed boxes for a new snack brand?",
        "New dried-banana snack brand in Càng Long (Trà Vinh) with three flavours and uncertain demand. We cannot afford large "
        "minimum orders or obsolete printed packaging if a flavour changes. We need either short-run printed boxes or plain "
        "stock boxes with printed labels, in small batches we can reorder quickly.",
        {"mIo007": 2, "mIo015": 2, "mIo019": 2, "mIo024": 2, "mIo025": 2, "mIo013": 1, "mIo016": 1, "mIo020": 1},
    ),
    (
        "mIn50",
        "en",
        "winenfood_frozen",
        "Labels peeling and smudging on frozen fish balls",
        "Frozen fish-ball producer in Duyên Hải (Trà Vinh). Weeks after shipping to a grocer, our paper labels were peeling "
        "at the corners, soggy and smudged in the freezer, making a good product look cheap. We need label stock and "
        "adhesive made for humid freezer conditions that keep the print crisp.",
        {"mIo023": 2, "mIo025": 2, "mIo028": 2, "mIo030": 2, "mIo020": 1, "mIo031": 1},
    ),
    (
        "mIn51",
        "en",
        "freezerlabels",
        "Labels that stick when applied to already-frozen packs",
        "Shrimp processor in Trà Vinh labels cartons and bags after they leave the blast freezer. Even freezer-grade labels "
        "wrinkle and fall off because they are applied to frosty, already-frozen surfaces, and the label shape we chose suits "
        "the pack poorly. We need a material and adhesive rated for application at low temperature, plus advice on shape and "
        "lamination.",
        {"mIo028": 2, "mIo030": 2, "mIo023": 1, "mIo025": 1, "mIo031": 1},
    ),
    (
        "mIn52",
        "en",
        "halfbakery",
        "A 'too warm' sticker to show if frozen goods thawed in the shop",
        "We deliver ice cream and frozen snacks to small shops in Trà Cú (Trà Vinh). We suspect some shop owners switch off "
        "their freezers at night to save electricity and the product refreezes by morning. We want a cheap sticker added at "
        "packing that changes colour permanently if the product gets warmer than a safe limit, so shops and customers can see it.",
        {"mIo145": 2, "mIo149": 2, "mIo144": 1, "mIo146": 1, "mIo147": 1},
    ),
    (
        "mIn53",
        "en",
        "vt_edu",
        "Time-temperature monitoring for clam shipments",
        "Clam cooperative in Duyên Hải (Trà Vinh) ships live and chilled clams to processors. Time and temperature abuse during "
        "harvest, transport and retail lets spoilage bacteria and pathogens grow, and our HACCP plan needs proof of "
        "temperature control. We need time-temperature indicators or data loggers for each shipment.",
        {"mIo149": 2, "mIo144": 1, "mIo145": 1},
    ),
    (
        "mIn54",
        "en",
        "proquest",
        "pH colour indicator label to show shrimp freshness",
        "Shrimp processor in Trà Vinh interested in intelligent packaging: a label or film that changes colour with the pH "
        "shift as shrimp spoils, made with natural pigments, so retail buyers see freshness directly. We want to partner with "
        "researchers to test it on our packs.",
        {"mIo144": 2, "mIo146": 2, "mIo147": 2, "mIo148": 1, "mIo149": 1},
    ),
    (
        "mIn55",
        "en",
        "swansea",
        "Switching our offset presses to soy-based inks",
        "Printing house in Trà Vinh city printing food boxes and leaflets. Customers ask for greener print, and petroleum inks "
        "release VOCs such as toluene. We want to move our offset presses to soy-based inks and need a supplier and trial "
        "support.",
        {"mIo088": 2, "mIo089": 2, "mIo093": 2, "mIo086": 1, "mIo090": 1, "mIo091": 1, "mIo092": 1},
    ),
    (
        "mIn56",
        "en",
        "packworld",
        "Recyclable pouches with enough barrier for dried mango exports",
        "Dried mango processor in Tam Bình (Vĩnh Long) packing in stand-up pouches. EU buyers ask for recyclable packaging, "
        "but we still need enough barrier against moisture and oxygen at a sensible cost — stock pouches if possible, custom "
        "only if needed.",
        {"mIo071": 2, "mIo069": 1, "mIo072": 1, "mIo073": 1, "mIo074": 1},
    ),
    (
        "mIn57",
        "en",
        "entplanet",
        "Cheap flyers to promote events at our homestay",
        "Eco-homestay on Cù Lao Mây islet (Trà Ôn, Vĩnh Long) running weekend music and cooking events. We want cheap printed "
        "flyers to hand out at the ferry and in cafés in the week before each event, with a tear-off contact strip. Need a "
        "printer for a few thousand A5 or A6 flyers per event.",
        {"mIo002": 2, "mIo135": 2, "mIo134": 1},
    ),
    (
        "mIn58",
        "en",
        "entrepbusiness",
        "Budgeting a rebrand for our bakery",
        "Family bakery in Vĩnh Long city rebranding after 20 years. A new logo also means a new shop sign, paper bags, labels "
        "and boxes, and we fear hidden costs will blow the budget. We want an identity system with clear rules and a plan to "
        "roll it out in stages.",
        {"mIo141": 2, "mIo142": 2, "mIo021": 1, "mIo078": 1, "mIo109": 1, "mIo140": 1},
    ),
    (
        "mIn59",
        "en",
        "designing_top",
        "Branding budget by stage for a coconut water start-up",
        "Start-up bottling fresh coconut water in Cầu Kè (Trà Vinh). We need a logo now and a fuller identity and packaging "
        "later once sales grow. We want a designer who prices deliverables separately (logo, identity, packaging, launch "
        "assets) so we can plan a realistic budget.",
        {"mIo141": 2, "mIo142": 2, "mIo140": 1},
    ),
    (
        "mIn60",
        "en",
        "businesssuccesstips",
        "Bright full-colour outdoor LED screen visible from the road",
        "Pharmacy on the main road of Càng Long town (Trà Vinh). Most customers live within a few kilometres and many say they "
        "found a business through its sign. We want a full-colour outdoor LED screen on the façade, bright enough to read in "
        "midday sun, to show health messages and promotions.",
        {"mIo110": 2, "mIo118": 2, "mIo119": 2, "mIo120": 2, "mIo117": 1, "mIo121": 1, "mIo123": 1},
    ),
    (
        "mIn61",
        "en",
        "ifttt",
        "LED notice board fed from our database with a manual override",
        "Management board of a market in Trà Vinh city wants an LED display board that shows stall notices and prices pulled "
        "from our database, normally updated overnight, but with a manual override so staff can type an urgent message "
        "(flood, fire, lost child) that replaces the current display immediately.",
        {"mIo121": 2, "mIo118": 1, "mIo120": 1, "mIo122": 1, "mIo123": 1},
    ),
    (
        "mIn62",
        "en",
        "allaboutcircuits",
        "Portable flashing LED letter sign for a night-market stall",
        "Food vendor at the Trà Vinh night market wants a portable sign spelling one or two words in bright LED letters about "
        "8 cm high, readable from 20 metres, briefly flashing every second to catch attention, battery-powered for 2–4 hours.",
        {"mIo122": 2, "mIo117": 1, "mIo121": 1, "mIo124": 1},
    ),
    (
        "mIn63",
        "en",
        "catkissfish",
        "Printing logos and images directly on wooden signs and gift boxes",
        "Souvenir shop in Trà Vinh selling wooden signs, gift boxes and coconut-shell bowls. We want our logo and full-colour "
        "images printed directly on the wood (birch, pine or local timber) rather than on stickers, in short runs, with the "
        "surface prepared beforehand and a protective coat so the print does not scratch or fade.",
        {"mIo151": 2, "mIo152": 2, "mIo156": 2, "mIo153": 1, "mIo154": 1, "mIo155": 1},
    ),
    (
        "mIn64",
        "en",
        "baileyline",
        "Laser-engraved names and logos on wooden signs and souvenirs",
        "Craft workshop in Mang Thít (Vĩnh Long) making wooden signs, cutting boards and coconut-shell souvenirs for tourists. "
        "We want names, logos and photos laser-engraved (burned into the wood, not printed) with fine detail. Abroad this costs "
        "about 70–90 US cents per square inch plus a $15–25 setup fee; we want a local engraving service or a machine we can "
        "run ourselves, and advice on which woods engrave well.",
        {"mIo153": 2, "mIo154": 2, "mIo151": 1, "mIo152": 1, "mIo155": 1},
    ),
    (
        "mIn65",
        "en",
        "zeroonezero",
        "Pop-up and roll-up banners for our trade fair booth",
        "Group of OCOP producers from Trà Vinh exhibiting at a regional trade fair in Cần Thơ. We need pop-up and roll-up "
        "banners whose main message sits at the top (the lower part is hidden by tables and visitors), readable from the "
        "aisle, plus a backdrop, all easy to carry and set up.",
        {"mIo111": 2, "mIo136": 2, "mIo137": 2, "mIo138": 2, "mIo109": 1, "mIo128": 1},
    ),
    (
        "mIn66",
        "en",
        "goodpackage",
        "Tết gift box without excessive packaging",
        "Coconut candy maker in the former Bến Tre area (now Vĩnh Long) selling Tết gift boxes. Buyers criticise oversized "
        "boxes with small products inside. We want a smaller, well-made rigid gift box from recycled greyboard with a nice "
        "finish that fits the product closely.",
        {"mIo004": 2, "mIo005": 2, "mIo006": 2, "mIo008": 2, "mIo003": 1, "mIo101": 1},
    ),
    (
        "mIn67",
        "en",
        "millionpack_molded",
        "Molded-fibre takeaway boxes to replace foam",
        "Restaurant chain with three outlets in Vĩnh Long replacing foam takeaway boxes. We need molded-fibre boxes and bowls "
        "that hold hot, oily food, survive delivery and can be reheated, ideally with our logo on a paper sleeve or sticker.",
        {"mIo096": 2, "mIo099": 2, "mIo100": 2, "mIo089": 1, "mIo093": 1, "mIo097": 1, "mIo098": 1},
    ),
    (
        "mIn68",
        "en",
        "frozenet",
        "Case and pallet labels that still scan after frost",
        "Frozen seafood exporter in Trà Vinh. Our cartons carry GTIN, lot, date and pallet SSCC labels, but at the receiving "
        "dock frost, pallet wrap and scuffs make labels lift and codes fail to scan. We need freezer-proof case and pallet "
        "labels with GS1 barcodes that read reliably.",
        {"mIo030": 2, "mIo041": 2, "mIo014": 1, "mIo023": 1, "mIo028": 1, "mIo050": 1},
    ),
    (
        "mIn69",
        "en",
        "bentsaishop",
        "Date and lot codes on every rice-paper pack",
        "Rice-paper (bánh tráng) maker in Trà Vinh selling to supermarkets. Each pack and carton must show manufacturing date, "
        "expiry date and lot number for quality control, stock rotation and recalls. We need a coding machine that prints "
        "these on our film packs and cartons.",
        {"mIo050": 2, "mIo063": 2, "mIo064": 2, "mIo065": 2, "mIo066": 1, "mIo067": 1},
    ),
    (
        "mIn70",
        "en",
        "onpack",
        "Labels curling on chilled coconut water bottles",
        "Coconut water producer in Cầu Kè (Trà Vinh) sells chilled bottles. Labels curl and lift after the bottles move from "
        "the warm filling room into the fridge and sweat. We need a label material and adhesive that stay put on cold, wet "
        "plastic bottles.",
        {"mIo023": 2, "mIo025": 2, "mIo028": 2, "mIo031": 2, "mIo030": 2, "mIo033": 1, "mIo035": 1},
    ),
    (
        "mIn71",
        "en",
        "hfoods",
        "Traceability stamps for green-skin pomelo",
        "Pomelo cooperative in Châu Thành (Trà Vinh). Importers and supermarkets treat growing area codes and traceability "
        "stamps as the passport for our fruit. We want stamps on each fruit or box linking to our growing area, harvest and "
        "packing data.",
        {"mIo046": 2, "mIo047": 2, "mIo051": 2, "mIo041": 1, "mIo048": 1, "mIo049": 1},
    ),
    (
        "mIn72",
        "en",
        "maxway",
        "Compliant Vietnamese sub-labels for imported snacks",
        "Importer in Vĩnh Long city bringing in Thai and Korean snacks. Missing or wrong labels on imports can be fined from "
        "500,000 to 60,000,000 VND and the goods sent back, so every product needs a Vietnamese sub-label carrying all "
        "mandatory content of the original label under Decree 43/2017 as amended by Decree 111/2021. We need a service that "
        "prepares compliant Vietnamese text and prints sub-labels in small batches per product.",
        {"mIo019": 2, "mIo022": 2, "mIo143": 2, "mIo020": 1, "mIo021": 1, "mIo024": 1},
    ),
    (
        "mIn73",
        "en",
        "pakingduck",
        "Tamper-evident seals for chili sauce jars",
        "Chili sauce producer in Châu Thành (Trà Vinh) selling jars in supermarkets. Buyers want visible evidence that a jar "
        "has not been opened. We need tamper-evident labels or seals across the lid (VOID, destructible or similar) printed "
        "with our logo.",
        {"mIo022": 2, "mIo033": 2, "mIo057": 2, "mIo059": 2, "mIo061": 2, "mIo035": 1, "mIo055": 1},
    ),
    (
        "mIn74",
        "en",
        "vinaips",
        "Print a 16-page catalogue for an export fair",
        "Coconut products company in Giồng Trôm (now in Vĩnh Long province) preparing a 16-page A4 catalogue for buyers at an "
        "export fair. We need pricing by page count and paper weight, and offset printing of about 1,000 copies.",
        {"mIo002": 2, "mIo134": 2, "mIo135": 1},
    ),
    (
        "mIn75",
        "en",
        "ulineboxes",
        "Small batches of printed mailer boxes with QR codes",
        "Online shop selling Trà Vinh specialities through e-commerce platforms. We want printed mailer boxes in small, "
        "frequently changing promotional batches, with QR codes for reorders and recall information, without paying for "
        "plates each time.",
        {"mIo007": 2, "mIo014": 2, "mIo015": 2, "mIo013": 1, "mIo016": 1},
    ),
]
