"""Needs of the holdout232 set (bottled drinking water and ice plants), all set in Tra Vinh / Vinh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Needs written from a page about another place are set in the province all the same.
"""

NEEDS = [
    (
        "qZn01",
        "vi",
        "dantri_hanman",
        "HTX cần hệ lọc RO khử mặn để làm nước uống đóng bình",
        "Hợp tác xã ở xã Hiệp Mỹ, Cầu Ngang: mùa khô nước giếng và nước kênh bị lợ, người dân phải trữ nước mưa, "
        "mua nước bồn giá cao. HTX muốn đầu tư hệ lọc khử mặn khoảng 1 m³/giờ để đóng bình 20 lít bán trong xã.",
        {"qZo013": 2, "qZo016": 2, "qZo017": 2, "qZo014": 2, "qZo012": 2, "qZo015": 1, "qZo022": 1, "qZo164": 1},
    ),
    (
        "qZn02",
        "vi",
        "memart_gieng",
        "Xưởng nước đá cần khử sắt, mangan cho nước giếng khoan",
        "Xưởng đá ở Càng Long dùng giếng khoan, nước bơm lên trong nhưng để một lúc thì vàng, tanh, đóng cặn nâu trong "
        "bồn và khuôn đá. Cần lắp cột lọc khử sắt, mangan trước khi vào máy làm đá.",
        {"qZo019": 2, "qZo020": 2, "qZo018": 2, "qZo025": 2, "qZo008": 1, "qZo021": 1, "qZo121": 1},
    ),
    (
        "qZn03",
        "vi",
        "vkist",
        "Can he thong loc RO 2 m3/gio cho co so nuoc binh",
        "Co so nuoc uong dong binh o thi tran Tieu Can dung nuoc may, muon thay may loc cu bang he RO khoang 2 m3/gio "
        "co loc tho, than hoat tinh, lam mem de nuoc dat chuan ban cho truong hoc. Can bao gia va lap dat.",
        {"qZo007": 2, "qZo012": 2, "qZo001": 2, "qZo002": 2, "qZo008": 1, "qZo004": 1},
    ),
    (
        "qZn04",
        "vi",
        "simpure_tds",
        "Nước sau RO có TDS tăng, cần thay màng và lõi lọc",
        "Cơ sở nước tinh khiết ở phường 7, TP Trà Vinh: màng RO dùng hơn 3 năm, bút đo TDS cho thấy nước thành phẩm từ "
        "khoảng 10 lên 60 ppm. Cần đơn vị kiểm tra, súc rửa hoặc thay màng, thay lõi lọc theo lịch.",
        {"qZo004": 2, "qZo011": 2, "qZo007": 1, "qZo112": 1, "qZo111": 1},
    ),
    (
        "qZn05",
        "vi",
        "thienhaxanh_uv",
        "Lắp đèn UV khử trùng sau hệ RO",
        "Cơ sở đóng bình ở Châu Thành, hệ RO 2 m³/giờ chưa có bước khử trùng cuối. Cần mua, lắp đèn UV phù hợp lưu "
        "lượng, có hướng dẫn bảo trì.",
        {"qZo026": 2, "qZo027": 2, "qZo028": 2, "qZo029": 2, "qZo030": 2, "qZo031": 1},
    ),
    (
        "qZn06",
        "vi",
        "cnthucpham_vs",
        "Den UV 2 nam chua thay bong, nuoc binh bi coliform",
        "Co so nuoc binh o Cau Ke bi doan kiem tra lay mau phat hien coliform. Den UV lap 2 nam chua thay bong. Can ben "
        "kiem tra, thay bong UV va huong dan bao tri de khong tai nhiem.",
        {"qZo026": 2, "qZo027": 2, "qZo030": 2, "qZo028": 1, "qZo116": 1, "qZo117": 1},
    ),
    (
        "qZn07",
        "vi",
        "atica_qcvn",
        "Lắp máy ozone cho bồn nước thành phẩm nhưng lo vượt bromat",
        "Công ty nước uống ở Cầu Kè muốn sục ozone bồn chứa nước thành phẩm trước khi chiết bình, nhưng lo chỉ tiêu "
        "bromat (giới hạn 0,01 mg/l) khi kiểm nghiệm. Cần thiết bị ozone có điều khiển liều và đo nồng độ.",
        {"qZo040": 2, "qZo166": 2, "qZo034": 2, "qZo036": 2, "qZo035": 2, "qZo037": 1, "qZo039": 1},
    ),
    (
        "qZn08",
        "vi",
        "bollyky2",
        "Dùng ozone khử trùng nước, vỏ bình và nắp",
        "Cơ sở nước bình 20 lít ở Tiểu Cần: khách phản ánh bình để lâu có mùi lạ. Muốn dùng ozone để khử trùng cả nước, "
        "vỏ bình và nắp, cần được tư vấn liều và lắp đặt.",
        {"qZo036": 2, "qZo040": 2, "qZo034": 2, "qZo166": 2, "qZo039": 2, "qZo038": 1},
    ),
    (
        "qZn09",
        "vi",
        "mdpi_roc",
        "Xử lý nước xả đậm đặc của hệ RO",
        "Doanh nghiệp nước đóng chai ở thị xã Duyên Hải: hệ RO xả khoảng 30% lượng nước vào mương, nước xả mặn làm "
        "chết cỏ, hàng xóm phản ánh. Cần giải pháp xử lý hoặc thải bỏ nước xả RO hợp lý.",
        {"qZo022": 2, "qZo023": 2, "qZo159": 2, "qZo024": 1},
    ),
    (
        "qZn10",
        "vi",
        "eqs",
        "Can tinh cong suat may chiet binh 20 lit cho dai ly",
        "Dai ly nuoc o Vung Liem giao khoang 1.500 binh 20 lit moi ngay, lam 1 ca 8 tieng. Can nguoi tinh giup nen mua "
        "day chuyen bao nhieu binh/gio de kip giao hang, khong mua du cong suat.",
        {"qZo061": 2, "qZo070": 2, "qZo058": 2, "qZo065": 1, "qZo062": 1},
    ),
    (
        "qZn11",
        "vi",
        "levesque",
        "Cần máy rửa bình 20 lít tự động, bình quay về rất bẩn",
        "Cơ sở nước bình ở Trà Ôn thu hồi bình từ khách hàng nông thôn, nhiều bình đóng rêu, cặn, có bình dùng chứa "
        "nước mắm. Đang rửa tay bằng bàn chải, không đảm bảo. Cần máy rửa bình có nước nóng, sát khuẩn và tráng cuối.",
        {"qZo059": 2, "qZo067": 2, "qZo065": 2, "qZo066": 2, "qZo063": 2, "qZo060": 1},
    ),
    (
        "qZn12",
        "vi",
        "nepal_pmc",
        "Phát hiện bình 20 lít trả về bị nhiễm mùi xăng dầu, hóa chất",
        "Doanh nghiệp ở Duyên Hải nhận bình trả về từ ghe biển, có bình bị đựng dầu, hóa chất. Cần thiết bị kiểm tra "
        "tự động loại bình nhiễm mùi, nứt vỡ trước khâu rửa.",
        {"qZo060": 2, "qZo066": 1, "qZo059": 1},
    ),
    (
        "qZn13",
        "vi",
        "advancingne",
        "HTX cần dây chuyền chiết chai PET 500 ml",
        "Hợp tác xã ở Tiểu Cần muốn làm nước suối chai 500 ml bán cho quán ăn, đám tiệc, mục tiêu khoảng 1.000 chai/giờ. "
        "Cần dây chuyền súc rửa, chiết, đóng nắp, dán nhãn phù hợp vốn nhỏ.",
        {"qZo049": 2, "qZo050": 2, "qZo043": 2, "qZo044": 2, "qZo045": 2, "qZo048": 1, "qZo046": 1, "qZo047": 1},
    ),
    (
        "qZn14",
        "vi",
        "vinaenter_date",
        "Cần máy in ngày sản xuất, hạn dùng lên chai và nắp",
        "Cơ sở nước uống ở Càng Long đang ghi hạn dùng bằng tem dán tay, bị nhắc nhở khi kiểm tra. Cần máy in date in "
        "rõ NSX, HSD trên chai, nắp đúng quy định nhãn hàng hóa.",
        {"qZo051": 2, "qZo053": 1, "qZo052": 1, "qZo045": 1},
    ),
    (
        "qZn15",
        "vi",
        "preformmould",
        "Muốn tự thổi chai PET thay vì mua vỏ chai",
        "Công ty nước uống ở Bình Minh mua vỏ chai từ TP.HCM, chi phí vận chuyển cao và hay thiếu hàng. Muốn đầu tư máy "
        "thổi chai từ phôi PET tại xưởng, đổi được nhiều cỡ chai.",
        {"qZo054": 2, "qZo056": 2, "qZo045": 1, "qZo055": 1},
    ),
    (
        "qZn16",
        "vi",
        "lshp_hieuluc",
        "Xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho xưởng đá",
        "Xưởng nước đá viên ở Trà Cú mới mở, chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. Cần được "
        "hướng dẫn hồ sơ, điều kiện nhà xưởng và làm thủ tục.",
        {"qZo129": 2, "qZo130": 2, "qZo126": 2, "qZo127": 1, "qZo132": 1, "qZo134": 1},
    ),
    (
        "qZn17",
        "vi",
        "kienthucmoi",
        "Tự công bố sản phẩm nước uống đóng bình",
        "Cơ sở nước bình ở Long Hồ chuẩn bị đưa nhãn mới ra thị trường. Cần làm hồ sơ tự công bố sản phẩm và kiểm "
        "nghiệm mẫu theo QCVN 6-1:2010/BYT.",
        {"qZo128": 2, "qZo127": 2, "qZo116": 2, "qZo117": 2, "qZo122": 1, "qZo144": 1, "qZo131": 1},
    ),
    (
        "qZn18",
        "vi",
        "luatbacninh",
        "Xin giay phep san xuat nuoc dong chai can giay to gi",
        "Gia dinh o Mang Thit co gieng va nha xuong, muon mo co so nuoc dong chai. Chua biet can dang ky kinh doanh, giay "
        "an toan thuc pham, kiem nghiem gi. Can don vi tu van tron goi.",
        {"qZo126": 2, "qZo127": 2, "qZo129": 1, "qZo130": 1, "qZo128": 1, "qZo117": 1},
    ),
    (
        "qZn19",
        "vi",
        "harawa",
        "Kiểm nghiệm định kỳ 6 tháng nước bình ở phòng thí nghiệm đạt VILAS",
        "Công ty nước uống ở Vũng Liêm cần đơn vị nhận mẫu kiểm nghiệm định kỳ 6 tháng/lần đủ chỉ tiêu hóa lý, vi sinh "
        "theo QCVN 6-1:2010/BYT, kết quả do phòng thử nghiệm được công nhận.",
        {"qZo116": 2, "qZo117": 2, "qZo118": 2, "qZo119": 2, "qZo106": 1, "qZo122": 1, "qZo124": 1},
    ),
    (
        "qZn20",
        "vi",
        "foodservice_ice",
        "Nước đá viên bị phát hiện nhiễm coliform",
        "Cơ sở đá viên ở Châu Thành bị lấy mẫu, kết quả nhiễm coliform. Cần đơn vị đánh giá nguồn nhiễm trong dây "
        "chuyền, lấy mẫu lại và hướng dẫn vệ sinh máy, khử trùng để khắc phục.",
        {"qZo102": 2, "qZo103": 2, "qZo104": 2, "qZo098": 2, "qZo097": 1, "qZo116": 1, "qZo099": 1},
    ),
    (
        "qZn21",
        "vi",
        "smartinfosoft",
        "Cần máy đá ống 5 tấn/ngày cho cơ sở đá tinh khiết",
        "Cơ sở nước đá ở thị trấn Tiểu Cần đang mua đá cây về đập, khách quán cà phê chê đá đục. Muốn đầu tư máy đá ống "
        "khoảng 5 tấn/ngày, đá trong, ăn được.",
        {"qZo078": 2, "qZo073": 2, "qZo071": 2, "qZo072": 2, "qZo165": 2, "qZo075": 1, "qZo077": 1},
    ),
    (
        "qZn22",
        "vi",
        "thienbinh_nl",
        "May da vien ra da mong, khong dong deu",
        "Quan giai khat o phuong 1 TP Tra Vinh co may lam da vien cong nghiep, gan day ra da mong, vien dinh nhau, "
        "bom nuoc keu. Can tho sua may lam da tai cho, thay linh kien.",
        {"qZo077": 2, "qZo078": 1, "qZo075": 1, "qZo085": 1},
    ),
    (
        "qZn23",
        "vi",
        "memart_dacay",
        "Cải tạo hầm đá cây để đá trong, đỡ tốn điện",
        "Nhà máy đá cây ở Cầu Ngang làm khoảng 300 cây 50 kg mỗi ngày bằng khuôn ngâm nước muối, đá đục ở lõi, tốn nhiều "
        "nhân công. Muốn cải tạo để đá trong hơn hoặc chuyển sang công nghệ làm đá khối nhanh.",
        {"qZo087": 2, "qZo083": 2, "qZo082": 2, "qZo084": 1, "qZo088": 1, "qZo085": 1, "qZo086": 1},
    ),
    (
        "qZn24",
        "vi",
        "bboit",
        "Xây xưởng đá cây 15-20 tấn/ngày cho ghe cá",
        "Chủ vựa cá ở cửa Định An, Trà Cú muốn xây xưởng nước đá cây 15-20 tấn/ngày để cung cấp cho ghe đánh bắt và "
        "vựa thu mua. Cần thiết kế, máy nén, bể muối, khuôn.",
        {"qZo088": 2, "qZo084": 2, "qZo081": 2, "qZo073": 1, "qZo092": 1},
    ),
    (
        "qZn25",
        "vi",
        "fsn_ice",
        "Tập huấn công nhân xưởng đá về vệ sinh, xúc đá",
        "Xưởng đá ở Duyên Hải có công nhân xúc đá bằng tay, để xẻng trong thùng đá, dùng bao cũ. Cần lớp tập huấn an "
        "toàn thực phẩm cho công nhân và quy định thao tác.",
        {"qZo105": 2, "qZo099": 2, "qZo101": 2, "qZo097": 1, "qZo104": 1},
    ),
    (
        "qZn26",
        "vi",
        "hydrarinse_tag",
        "Thuê vệ sinh khử trùng máy làm đá định kỳ",
        "Chuỗi ba quán cà phê ở Bình Tân có máy làm đá viên, khay và thùng đá có nhớt, mốc đen. Cần dịch vụ vệ sinh, "
        "tẩy cặn, khử trùng máy định kỳ.",
        {"qZo104": 2, "qZo098": 2, "qZo097": 1, "qZo077": 1},
    ),
    (
        "qZn27",
        "vi",
        "maylocnuocviet",
        "Nước giếng nhiều phù sa, cần bể lắng lọc trước cho xưởng đá",
        "Xưởng đá ở Trà Ôn bơm nước giếng gần sông, nước đục nhiều phù sa, lõi lọc tắc chỉ sau vài ngày. Cần thiết kế "
        "bể lắng, cột lọc thô trước hệ lọc tinh.",
        {"qZo018": 2, "qZo008": 2, "qZo009": 1, "qZo025": 1, "qZo003": 1},
    ),
    (
        "qZn28",
        "vi",
        "zdnet_solar",
        "Máy lọc RO chạy pin mặt trời cho điểm bán nước ở cù lao",
        "Tổ hợp tác ở cù lao Long Hòa, Châu Thành: điện lưới chập chờn, nước uống phải chở từ đất liền. Muốn đặt máy lọc "
        "RO dùng pin mặt trời để đóng bình 20 lít bán cho bà con.",
        {"qZo013": 2, "qZo014": 2, "qZo015": 2, "qZo164": 2, "qZo016": 1},
    ),
    (
        "qZn29",
        "vi",
        "qammunity",
        "Lập kế hoạch HACCP cho cơ sở nước bình",
        "Cơ sở nước bình ở Càng Long muốn cung cấp cho bệnh viện, khách yêu cầu có kế hoạch HACCP. Cần chuyên gia xác "
        "định điểm kiểm soát tới hạn (nguồn nước, lọc, khử trùng, vệ sinh bình, đóng nắp) và viết hồ sơ.",
        {"qZo139": 2, "qZo140": 2, "qZo141": 1, "qZo142": 1, "qZo007": 1},
    ),
    (
        "qZn30",
        "vi",
        "findteams",
        "Đặt máy bán nước tự động ở chợ",
        "Doanh nghiệp nhỏ ở TP Vĩnh Long muốn đặt máy bán nước lọc tự động (ATM nước) ở chợ và siêu thị mini, người mua "
        "mang bình tới lấy. Cần thiết bị và mô hình vận hành.",
        {"qZo145": 2, "qZo146": 2, "qZo149": 2, "qZo147": 1, "qZo148": 1},
    ),
    (
        "qZn31",
        "vi",
        "askvity",
        "Dụng cụ đo nhanh TDS, pH tại xưởng mỗi ca",
        "Cơ sở nước tinh khiết ở Long Hồ muốn công nhân tự đo TDS, độ dẫn điện, pH nước sau RO mỗi ca để phát hiện sớm "
        "màng hỏng. Cần máy đo cầm tay, hướng dẫn hiệu chuẩn.",
        {"qZo110": 2, "qZo111": 2, "qZo112": 2},
    ),
    (
        "qZn32",
        "vi",
        "ibl_hpc",
        "Nước bình để lâu ở đại lý bị váng, cần nghiên cứu hạn dùng",
        "Công ty nước ở Tam Bình: bình để ở đại lý 2-3 tháng có váng, cặn. Cần đơn vị nghiên cứu vi sinh trong thời "
        "gian bảo quản, xác định tổng vi khuẩn hiếu khí để đặt hạn dùng hợp lý.",
        {"qZo113": 2, "qZo107": 2, "qZo106": 2, "qZo115": 1, "qZo116": 1},
    ),
    (
        "qZn33",
        "vi",
        "ace_gieng",
        "Can mua than hoat tinh de thay vat lieu cot loc",
        "Co so nuoc da o Cau Ke co 2 cot loc than dung 2 nam, nuoc bat dau co mui. Can mua than hoat tinh dang hat tot "
        "va tu van cach thay.",
        {"qZo009": 2, "qZo019": 1, "qZo008": 1, "qZo018": 1},
    ),
    (
        "qZn34",
        "vi",
        "sunswell",
        "Lắp dây chuyền bình 20 lít khoảng 100 bình/giờ",
        "Hộ kinh doanh ở Vũng Liêm đang chiết bình bằng vòi tay, muốn lên dây chuyền rửa, chiết, đóng nắp bình 20 lít "
        "khoảng 100 bình/giờ, ít nhân công.",
        {"qZo065": 2, "qZo058": 2, "qZo063": 2, "qZo064": 2, "qZo046": 1, "qZo062": 1},
    ),
    (
        "qZn35",
        "vi",
        "rachgia",
        "Xử lý nước lợ cho cơ sở nước đá vùng ven biển",
        "Cơ sở nước đá ở Long Hữu, thị xã Duyên Hải: mùa khô nước ngầm và nước kênh lên 3 phần nghìn, đá có vị mặn. Cần "
        "hệ khử mặn đủ cho khoảng 10 m³ nước mỗi ngày.",
        {"qZo016": 2, "qZo017": 2, "qZo013": 2, "qZo014": 2, "qZo005": 1, "qZo001": 1},
    ),
    (
        "qZn36",
        "vi",
        "quangbinh_ice",
        "Khử trùng nước làm đá không dùng clo",
        "Xưởng nước đá dùng liền ở TP Trà Vinh đang châm clo, khách chê đá có mùi. Muốn chuyển sang ozone hoặc dung dịch "
        "oxy hóa để khử trùng nước cấp, cần tư vấn và thiết bị.",
        {"qZo042": 2, "qZo040": 2, "qZo037": 2, "qZo166": 2, "qZo026": 1},
    ),
    (
        "qZn37",
        "vi",
        "gp_giayto",
        "Tư vấn lập dự án cơ sở nước đóng chai nhỏ",
        "Nhóm thanh niên khởi nghiệp ở Bình Minh muốn mở cơ sở nước đóng chai nhỏ. Cần tư vấn vốn, diện tích nhà xưởng, "
        "chi phí vận chuyển, kênh bán hàng và cấu hình thiết bị.",
        {"qZo156": 2, "qZo157": 2, "qZo047": 2, "qZo004": 1, "qZo127": 1},
    ),
    (
        "qZn38",
        "vi",
        "bentsai_date",
        "Ghi nhãn chai nước cho đúng quy định",
        "Cơ sở nước ở Trà Cú in nhãn mới, chưa rõ cách ghi ngày sản xuất, hạn sử dụng, ký hiệu NSX, HSD. Cần được hướng "
        "dẫn ghi nhãn đúng quy định.",
        {"qZo052": 2, "qZo051": 1, "qZo136": 1, "qZo128": 1},
    ),
    (
        "qZn39",
        "en",
        "bottlingindia",
        "RO skid of about 3 m3/h for a new bottling plant",
        "We are setting up a purified water bottling plant in Long Duc industrial park, Tra Vinh city, on municipal "
        "water. We need a complete RO system of about 3 m3/h with pre-treatment (sand, carbon, softener, cartridges).",
        {"qZo001": 2, "qZo002": 2, "qZo005": 2, "qZo007": 2, "qZo012": 2, "qZo003": 1, "qZo006": 1},
    ),
    (
        "qZn40",
        "en",
        "xtremetech",
        "Pre-treatment for turbid canal water before RO",
        "Our plant in Cang Long draws canal water that turns very turbid in the flood season and our RO cartridges clog "
        "within days. We need a pre-treatment stage that removes suspended solids before the membranes.",
        {"qZo003": 2, "qZo018": 2, "qZo008": 1, "qZo002": 1, "qZo010": 1},
    ),
    (
        "qZn41",
        "en",
        "kintls",
        "Temporary RO capacity while we expand",
        "Our water bottling company in Tieu Can is replacing its RO plant and cannot stop production for two months. "
        "We need rented or mobile RO capacity to bridge the changeover.",
        {"qZo003": 2, "qZo001": 1, "qZo004": 1},
    ),
    (
        "qZn42",
        "en",
        "ozonewatersystems",
        "Keep bromate within limits when ozonating",
        "Our groundwater near the coast in Cau Ngang contains bromide. We ozonate before bottling and fear bromate will "
        "exceed the limit. We need ozone dose control and monitoring.",
        {"qZo035": 2, "qZo034": 2, "qZo036": 1, "qZo122": 1, "qZo038": 1},
    ),
    (
        "qZn43",
        "en",
        "thienhaxanh_uv",
        "UV disinfection for a 5 m3/h purified water line",
        "Bottling enterprise in Vinh Long city looking for a UV steriliser sized for 5 m3/h after RO, with installation "
        "and a lamp replacement plan.",
        {"qZo026": 2, "qZo028": 2, "qZo030": 2, "qZo031": 2, "qZo027": 2, "qZo029": 1},
    ),
    (
        "qZn44",
        "en",
        "sunswell",
        "Rinse-fill-cap monoblock for 350 ml and 500 ml bottles",
        "Beverage firm in Long Ho wants an automatic line of about 2,000 bottles per hour for 350 ml and 500 ml PET "
        "bottled water, rinsing, filling and capping in one machine.",
        {"qZo044": 2, "qZo043": 2, "qZo049": 2, "qZo045": 2, "qZo047": 1, "qZo048": 1, "qZo050": 1},
    ),
    (
        "qZn45",
        "en",
        "maythucpham",
        "Date coding and shrink packing at the end of our line",
        "Small bottler in Tra Vinh city fills and caps automatically but codes dates and packs by hand. We need an "
        "inline date/batch coder and shrink or carton packing.",
        {"qZo045": 2, "qZo051": 2, "qZo043": 1, "qZo053": 1},
    ),
    (
        "qZn46",
        "en",
        "alps_gallon",
        "Washing returned 20-litre jugs properly",
        "Our jugs come back from rural customers in Tra Cu with algae and residues. We need a jug washer with hot "
        "rinse, detergent, sanitising and final rinse, ideally combined with filling.",
        {"qZo059": 2, "qZo063": 2, "qZo067": 2, "qZo065": 2, "qZo058": 2, "qZo060": 1},
    ),
    (
        "qZn47",
        "en",
        "hengyu",
        "Leaking caps on 20-litre jugs",
        "Distributors complain that some of our 20-litre jugs leak at the cap after delivery. We need leak testing of "
        "empty jugs and of sealed jugs, plus better decapping and brushing.",
        {"qZo062": 2, "qZo066": 2, "qZo058": 1, "qZo060": 1},
    ),
    (
        "qZn48",
        "en",
        "xmfiller",
        "Right-sizing a jug line for a delivery business",
        "Water delivery company in Tra Vinh city dispatching about 2,500 jugs a day on fixed morning routes. We need "
        "help deciding the bottles-per-hour capacity to buy.",
        {"qZo061": 2, "qZo070": 2, "qZo058": 2, "qZo064": 1},
    ),
    (
        "qZn49",
        "en",
        "specialtice",
        "Tube ice plant of about 10 tonnes per day",
        "Ice company in Vinh Long city plans a 10 t/day edible tube ice plant to supply restaurants and drink shops. "
        "We need the ice maker, refrigeration and cooling tower.",
        {"qZo073": 2, "qZo071": 2, "qZo072": 2, "qZo078": 2, "qZo165": 2, "qZo089": 1},
    ),
    (
        "qZn50",
        "en",
        "airplus",
        "Second-hand tube ice machine to cut investment",
        "Start-up in Cau Ke wants a used or reconditioned tube ice machine of 3-5 t/day to keep investment low.",
        {"qZo072": 2, "qZo081": 1, "qZo073": 1, "qZo077": 1},
    ),
    (
        "qZn51",
        "en",
        "tutotools",
        "Movable block ice plant at a seasonal fishing port",
        "Fish traders at Dinh An port, Tra Cu, need block ice only in the main fishing season and want a plant that "
        "can be moved between landing sites.",
        {"qZo081": 2, "qZo082": 1, "qZo084": 1, "qZo092": 1},
    ),
    (
        "qZn52",
        "en",
        "ptop_ice",
        "Clear block ice for drinks",
        "Ice plant in Chau Thanh sells block ice that is cloudy at the core; drink shops want clear ice they can crush "
        "for beverages. We need a way to make transparent blocks.",
        {"qZo083": 2, "qZo087": 2, "qZo082": 1, "qZo086": 1},
    ),
    (
        "qZn53",
        "en",
        "ques10",
        "Training for ice plant operators",
        "Our block ice plant in Tieu Can has new operators who do not understand the ammonia, cooling water and brine "
        "circuits. We need a practical training course.",
        {"qZo085": 2, "qZo084": 1, "qZo071": 1, "qZo083": 1},
    ),
    (
        "qZn54",
        "en",
        "fqs_ice",
        "Packaged ice quality standard for supermarket supply",
        "Ice company in Tra Vinh city wants to supply bagged ice to supermarkets, which ask for a recognised quality and "
        "HACCP programme for ice. We need a standard and audit support.",
        {"qZo100": 2, "qZo097": 2, "qZo102": 1, "qZo103": 1, "qZo141": 1},
    ),
    (
        "qZn55",
        "en",
        "fsn_ice",
        "Cleaning protocol for ice machines in our cafes",
        "Cafe chain in Vinh Long city with six ice machines; staff found slime in the bins. We need a cleaning and "
        "sanitising service and a written schedule.",
        {"qZo098": 2, "qZo104": 2, "qZo097": 1, "qZo077": 1},
    ),
    (
        "qZn56",
        "en",
        "eatsafe_ice",
        "Microbiological testing of our edible ice",
        "Ice producer in Duyen Hai needs regular testing of its ready-to-eat ice for coliforms, E. coli and other "
        "indicators, by a recognised laboratory, and advice if samples fail.",
        {"qZo103": 2, "qZo102": 2, "qZo118": 2, "qZo116": 1, "qZo106": 1},
    ),
    (
        "qZn57",
        "en",
        "healthywater",
        "Testing against the Vietnamese bottled water regulation",
        "Foreign-invested bottler in Long Duc industrial park needs product testing against QCVN 6-1:2010/BYT "
        "(chemical and microbiological) by an accredited laboratory for product registration.",
        {"qZo116": 2, "qZo117": 2, "qZo118": 2, "qZo119": 2, "qZo122": 1, "qZo106": 1},
    ),
    (
        "qZn58",
        "en",
        "profitable",
        "Food safety certificate and product declaration for a new bottler",
        "We are starting a bottled water company in Duyen Hai town and need help with the business registration, "
        "food-safety certificate for the premises and the product self-declaration.",
        {"qZo126": 2, "qZo127": 2, "qZo129": 2, "qZo130": 2, "qZo128": 2, "qZo138": 1, "qZo135": 1},
    ),
    (
        "qZn59",
        "en",
        "ldh_vending",
        "Equipment for a refill water store",
        "Shop owner in Tra Vinh city wants to open a refill water store where customers fill their own jugs. We need "
        "self-service refill machines and advice on operating rules.",
        {"qZo145": 2, "qZo146": 2, "qZo149": 2, "qZo127": 1, "qZo137": 1},
    ),
    (
        "qZn60",
        "en",
        "ifsqn_inhouse",
        "HACCP plan and CCP validation for our line",
        "Our 3,000 L/h line in Vinh Long has sand and carbon filters, RO, UV and ozone. We need help writing and "
        "validating a HACCP plan for certification.",
        {"qZo139": 2, "qZo140": 2, "qZo141": 2, "qZo142": 1},
    ),
    (
        "qZn61",
        "en",
        "baobi_xuhuong",
        "How to print dates on our labels legally",
        "Bottled water firm in Cau Ke is redesigning labels and needs to know how manufacture and expiry dates must be "
        "written under Vietnamese labelling rules.",
        {"qZo052": 2, "qZo051": 1, "qZo053": 1},
    ),
    (
        "qZn62",
        "en",
        "openfuture",
        "Solar desalination for an island commune",
        "Commune on an island in the Co Chien river (Long Hoa, Chau Thanh) has brackish wells and weak grid power. "
        "We want a solar-powered RO unit to produce bottled drinking water locally.",
        {"qZo014": 2, "qZo015": 2, "qZo013": 2, "qZo164": 2, "qZo016": 1},
    ),
    (
        "qZn63",
        "en",
        "memart_gieng",
        "Iron and manganese fouling our RO membranes",
        "Bottler in Tra Cu uses a deep well with iron and manganese; membranes foul with brown deposits every few "
        "weeks. We need iron and manganese removal ahead of RO.",
        {"qZo019": 2, "qZo020": 2, "qZo025": 2, "qZo037": 1, "qZo002": 1},
    ),
    (
        "qZn64",
        "en",
        "rao_reject",
        "What to do with RO reject water at an ice plant",
        "Ice plant in Cau Ngang runs RO on brackish water and discharges the reject into a canal. We need a disposal or "
        "recovery solution that neighbours and authorities accept.",
        {"qZo022": 2, "qZo023": 2, "qZo159": 2, "qZo024": 1},
    ),
    (
        "qZn65",
        "en",
        "ethiopia",
        "Heterotrophic plate count limits for internal QC",
        "Quality manager at a bottler in Vinh Long wants to add heterotrophic plate counts to in-house checks and needs "
        "guide values and a method.",
        {"qZo107": 2, "qZo106": 2, "qZo115": 2, "qZo113": 1, "qZo116": 1},
    ),
    (
        "qZn66",
        "en",
        "za_vending",
        "Hygiene programme for customers' water dispensers",
        "Our jug delivery business in Tra Vinh city also services customers' dispensers. We want a cleaning schedule and "
        "sampling protocol, since dirty dispensers spoil good water.",
        {"qZo068": 2, "qZo098": 1},
    ),
    (
        "qZn67",
        "en",
        "haiau_loc",
        "Replacement activated carbon for our filters",
        "Bottler in Vung Liem needs granular activated carbon to refill two carbon columns and a service to replace "
        "cartridges on schedule.",
        {"qZo009": 2, "qZo011": 2, "qZo001": 1},
    ),
    (
        "qZn68",
        "en",
        "toasttab",
        "Business plan and permits for a small water bottler",
        "Young entrepreneur in Mang Thit wants to start a small bottled water brand and needs a business plan, site "
        "requirements and a list of the permits to obtain.",
        {"qZo156": 2, "qZo157": 2, "qZo138": 2, "qZo127": 2},
    ),
    (
        "qZn69",
        "en",
        "coek_hpc",
        "Research partner for a survey of bottled water quality",
        "The provincial association of water producers wants a scientific survey of microbial quality of 20-litre jugs "
        "sold in Tra Vinh and of producers' sanitation practices.",
        {"qZo109": 2, "qZo114": 2, "qZo108": 2, "qZo102": 1},
    ),
    (
        "qZn70",
        "en",
        "norland",
        "Ozone contact tank and sensors",
        "Bottler in Binh Minh needs an ozone system on the product tank with injector, off-gas destruct and residual "
        "ozone sensors before the filler.",
        {"qZo034": 2, "qZo036": 2, "qZo040": 2, "qZo166": 2, "qZo035": 1},
    ),
    (
        "qZn71",
        "en",
        "socialweb_pet",
        "PET preforms and blowing for a 1.5 L bottle",
        "Water company in Long Ho wants to add a 1.5 L bottle and needs a preform supplier and a blowing machine that "
        "can switch between sizes.",
        {"qZo054": 2, "qZo055": 2, "qZo056": 2, "qZo045": 1},
    ),
    (
        "qZn72",
        "en",
        "indiastudy_ice",
        "Design of a 50 kg block ice plant",
        "Investor in Tam Binh wants a new block ice plant making 50 kg blocks for markets and fish traders and needs "
        "the design, can sizes, refrigeration and process.",
        {"qZo084": 2, "qZo081": 2, "qZo086": 2, "qZo088": 2, "qZo083": 1},
    ),
    (
        "qZn73",
        "en",
        "aquafrance",
        "Which ice type to produce for fish and drinks",
        "Ice company in Duyen Hai supplies both fish traders and drink shops and cannot decide between block, tube or "
        "flake ice. We need impartial advice on the type of plant.",
        {"qZo089": 2, "qZo073": 1, "qZo081": 1, "qZo082": 1, "qZo071": 1},
    ),
    (
        "qZn74",
        "en",
        "siphidaho",
        "Food safety certificate for an ice factory",
        "Ice factory in Cau Ngang must obtain the certificate of food-safety conditions for its premises and wants "
        "someone to prepare the dossier.",
        {"qZo129": 2, "qZo130": 2, "qZo126": 1, "qZo134": 1},
    ),
    (
        "qZn75",
        "en",
        "mandigram",
        "Online conductivity monitoring of RO permeate",
        "Bottler in Vinh Long city wants continuous conductivity, pH and temperature readings on RO permeate with alarms.",
        {"qZo110": 2, "qZo111": 2, "qZo112": 1},
    ),
]
