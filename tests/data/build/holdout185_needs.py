"""Needs of the holdout185 set, posted by firms, household businesses, cooperatives and farmers of Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant or an adjacent step, absent = not relevant. Each need paraphrases the page its source key names; where that
page is about another place, the need is set in the province.
"""

NEEDS = [
    # --- electronic invoices and cash-register invoices ---
    (
        "pEn01",
        "vi",
        "hoadonnews",
        "Tạp hóa cần hóa đơn điện tử từ máy tính tiền, dùng trên điện thoại",
        "Hộ kinh doanh tạp hóa ở phường 7, TP Trà Vinh, doanh thu khoảng 1,3 tỷ đồng/năm, bán lẻ trực tiếp cho người "
        "dân. Nghe nói hộ có doanh thu từ 1 tỷ phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền kết nối với cơ quan "
        "thuế. Cần đơn vị tư vấn có phải dùng không và cung cấp phần mềm rẻ, chạy trên điện thoại, dễ dùng cho người lớn tuổi.",
        {"pEo001": 2, "pEo002": 2, "pEo003": 2, "pEo010": 1, "pEo015": 1, "pEo063": 1, "pEo060": 1, "pEo121": 1},
    ),
    (
        "pEn02",
        "en",
        "tvlkt_vn",
        "Rice mill must replace paper invoices with e-invoices",
        "Our small rice-milling company in Cầu Kè district, Trà Vinh, still writes paper invoices to traders. We are "
        "told e-invoices are now compulsory for every enterprise. We need a provider that issues e-invoices with the tax "
        "authority's code, signs them digitally and archives them, and helps us register.",
        {"pEo003": 2, "pEo010": 2, "pEo009": 1, "pEo006": 1, "pEo014": 1, "pEo011": 1, "pEo084": 1},
    ),
    (
        "pEn03",
        "vi",
        "tvlkt_com",
        "Quan lau can phan mem tinh tien xuat hoa don dien tu",
        "Quan lau nuong o TP Vinh Long, doanh thu tren 1 ty/nam. Theo quy dinh moi phai xuat hoa don dien tu tu may tinh "
        "tien gui du lieu ve co quan thue. Can phan mem tinh tien order tai ban, in hoa don cho khach va tu dong day "
        "hoa don len thue, chi phi vua phai.",
        {"pEo001": 2, "pEo002": 2, "pEo003": 2, "pEo066": 1, "pEo065": 1, "pEo121": 1},
    ),
    (
        "pEn04",
        "en",
        "hoatieu",
        "Coconut cooperative needs simple e-invoices under Decree 123",
        "A coconut cooperative in Tiểu Cần, Trà Vinh, sells husked coconuts to processing companies, which now ask for "
        "e-invoices under Decree 123/2020 that replaced the old invoice decree. We have no IT staff. We look for a simple "
        "e-invoice service and someone to set it up and show our bookkeeper how to issue invoices.",
        {"pEo003": 2, "pEo010": 2, "pEo009": 1, "pEo006": 1},
    ),
    (
        "pEn05",
        "vi",
        "taxkey_mua",
        "Hộ bán vật tư nông nghiệp muốn xin hóa đơn điện tử từng lần thay hóa đơn giấy",
        "Hộ kinh doanh phân bón, thuốc bảo vệ thực vật ở xã Đại Phước, huyện Càng Long, doanh thu khoảng 700 triệu/năm. "
        "Trước đây khi khách là công ty cần hóa đơn thì lên Chi cục Thuế mua hóa đơn giấy lẻ. Nay muốn được cấp hóa đơn "
        "điện tử có mã theo từng lần phát sinh, cần người hướng dẫn thủ tục.",
        {"pEo013": 2, "pEo015": 2, "pEo002": 1, "pEo001": 1, "pEo028": 1},
    ),
    (
        "pEn06",
        "en",
        "odoo_vninv",
        "Online specialty shop on Odoo needs an e-invoice for every order",
        "We sell Trà Vinh specialties (bánh tét, dried fish, coconut candy) through our own website, running on Odoo. "
        "Each paid order should produce a legal e-invoice, with lines summarised, sent to the tax authority and emailed "
        "to the buyer automatically instead of being typed by hand.",
        {"pEo004": 2, "pEo005": 2, "pEo014": 2, "pEo016": 1, "pEo003": 1},
    ),
    (
        "pEn07",
        "vi",
        "aaou",
        "Công ty thủy sản cần tích hợp hóa đơn điện tử vào phần mềm sẵn có",
        "Công ty TNHH chế biến thủy sản ở thị xã Duyên Hải đang dùng phần mềm bán hàng – kế toán tự xây dựng. Muốn hóa "
        "đơn điện tử được lập và phát hành thẳng từ hệ thống này (không nhập lại trên cổng nhà cung cấp), theo dõi trạng "
        "thái cơ quan thuế và lưu file PDF, XML.",
        {"pEo004": 2, "pEo014": 2, "pEo005": 1, "pEo008": 1, "pEo006": 1},
    ),
    (
        "pEn08",
        "en",
        "doan",
        "Workshop for 200 household businesses on coded e-invoices",
        "The household-business association of Cầu Ngang district, Trà Vinh, wants to organise practical sessions for "
        "about 200 members who must move to e-invoices carrying the tax authority's authentication code: registration, "
        "issuing on a phone, and what changes for their costs.",
        {"pEo002": 2, "pEo007": 1, "pEo015": 1, "pEo006": 1, "pEo110": 1},
    ),
    (
        "pEn09",
        "vi",
        "luatsuthanhhoa",
        "Doanh nghiệp nhỏ mới thành lập cần hóa đơn điện tử có mã, chi phí thấp",
        "Công ty TNHH thương mại mới thành lập ở huyện Tam Bình, Vĩnh Long. Được biết doanh nghiệp nhỏ và vừa có thể được "
        "hỗ trợ dùng hóa đơn điện tử có mã miễn phí một thời gian. Cần đơn vị hướng dẫn đăng ký và cung cấp hóa đơn điện "
        "tử có mã với chi phí thấp nhất.",
        {"pEo010": 2, "pEo003": 2, "pEo006": 1, "pEo001": 1, "pEo011": 1, "pEo031": 1},
    ),
    (
        "pEn10",
        "en",
        "hoadonnews",
        "Khmer handicraft household: do we need e-invoices, and how to get one on request?",
        "Our family weaves Khmer mats and baskets in Trà Cú district, Trà Vinh, selling mostly to visitors, and "
        "occasionally to a company that asks for an invoice. Revenue is small. We want to know whether we must use "
        "e-invoices and how to get a single e-invoice each time a buyer requests one.",
        {"pEo013": 2, "pEo015": 2, "pEo002": 1, "pEo028": 1},
    ),
]

NEEDS += [
    # --- tax declaration and tax filing for household businesses ---
    (
        "pEn11",
        "en",
        "newssum",
        "Hardware store leaving lump-sum tax needs help to self-declare",
        "We are a household hardware store in Vũng Liêm, Vĩnh Long, with about VND 2 billion revenue a year. The "
        "lump-sum tax regime is being abolished by 2026 and households above VND 500 million must declare. We need "
        "someone to help us choose the tax calculation method (kept for two years) and either file for us or teach us to "
        "declare ourselves.",
        {"pEo017": 2, "pEo019": 2, "pEo110": 2, "pEo018": 1, "pEo029": 1, "pEo002": 1},
    ),
    (
        "pEn12",
        "vi",
        "vnnet",
        "Hộ kinh doanh vật liệu xây dựng lo thuế tăng khi chuyển từ khoán sang kê khai",
        "Cửa hàng vật liệu xây dựng ở thị xã Bình Minh, Vĩnh Long. Luật Quản lý thuế sửa đổi bỏ thuế khoán, phần khai "
        "thuế của hộ kinh doanh áp dụng từ 01/01/2026; doanh thu khai theo hóa đơn sẽ cao hơn mức khoán. Cần tư vấn ước "
        "tính trước thuế GTGT, TNCN phải nộp và làm hồ sơ khai thuế cho đúng.",
        {"pEo017": 2, "pEo019": 2, "pEo110": 1, "pEo029": 1},
    ),
    (
        "pEn13",
        "en",
        "laodong152",
        "Bakery needs the right ledger under Circular 152 and help opening it",
        "Household bakery in Long Hồ, Vĩnh Long. The provincial tax office explained that from 1 January 2026 Circular "
        "152/2025 replaces Circular 88 and that households paying VAT and PIT as a percentage of revenue keep the sales "
        "book S2a-HKD by industry group. We need someone to set up this ledger, ideally on a phone or computer, and check "
        "it each month.",
        {"pEo018": 2, "pEo019": 2, "pEo110": 1, "pEo020": 1, "pEo021": 1, "pEo024": 1, "pEo031": 1},
    ),
    (
        "pEn14",
        "vi",
        "vnnow",
        "Chủ tiệm sửa xe muốn vợ làm kế toán hộ kinh doanh, cần người hướng dẫn",
        "Tiệm sửa xe máy ở thị trấn Tiểu Cần. Từ 2026 bỏ thuế khoán, hộ kinh doanh phải ghi sổ; Thông tư 152 cho phép cử "
        "vợ, chồng, cha mẹ, anh chị em làm kế toán. Tôi muốn giao vợ làm, cần khóa học hoặc người kèm cặp để vợ ghi sổ "
        "doanh thu, chi phí, hàng hóa đúng mẫu.",
        {"pEo110": 2, "pEo018": 2, "pEo019": 2, "pEo114": 1, "pEo112": 1},
    ),
    (
        "pEn15",
        "en",
        "fat",
        "Family shrimp-feed shop needs ready ledger templates or software",
        "A family shop selling shrimp feed and pond chemicals in Duyên Hải town, Trà Vinh, pays tax by declaration. The "
        "household owner appointed a daughter as accountant. We need ready-made books (sales, goods in and out, business "
        "expenses, tax paid, cash and bank) in a spreadsheet or simple software.",
        {"pEo018": 2, "pEo031": 2, "pEo020": 1, "pEo024": 1, "pEo019": 1},
    ),
    (
        "pEn16",
        "vi",
        "nvdd_nopthue",
        "Quan com nho khong biet co phai nop thue khi bo thue khoan",
        "Quan com binh dan o thi tran Cau Ke, doanh thu chung 400 trieu mot nam. Nghe noi tu 2026 bo thue khoan, ho kinh "
        "doanh phai tu khai. Khong biet doanh thu vay co phai nop thue khong, phai ghi so gi, can nguoi tu van hoac lop "
        "hoc ngan.",
        {"pEo110": 2, "pEo018": 2, "pEo029": 1, "pEo017": 1, "pEo019": 1},
    ),
    (
        "pEn17",
        "en",
        "which",
        "Freelance photographer wants a phone app to log income and expenses for tax",
        "I am a self-employed wedding photographer in Trà Vinh city. I need a phone app that records each job's income "
        "and each expense with a photo of the receipt, totals them by period and keeps the records for several years, so "
        "that declaring tax is not a scramble.",
        {"pEo023": 2, "pEo024": 2, "pEo022": 1, "pEo025": 1, "pEo026": 1},
    ),
    (
        "pEn18",
        "vi",
        "vnba_ocb",
        "Người bán mỹ phẩm online cần ghi thu chi đơn giản, tách tiền nhà và tiền hàng",
        "Tôi bán mỹ phẩm online tại TP Vĩnh Long, tiền hàng và tiền gia đình lẫn lộn trong một tài khoản. Cần cách ghi "
        "chép thu chi đơn giản hằng tuần hoặc ứng dụng trên điện thoại, tách tiền rút tiêu riêng, để biết lời thật và có "
        "số liệu khi phải kê khai thuế.",
        {"pEo024": 2, "pEo023": 2, "pEo025": 2, "pEo146": 1, "pEo018": 1, "pEo110": 1},
    ),
    (
        "pEn19",
        "en",
        "abimlaw",
        "Seasonal mango trader needs to declare tax per transaction",
        "I buy and resell mangoes in Trà Ôn, Vĩnh Long, only a few lots a year during the season. I need to know how tax "
        "is calculated and declared for each lot, or someone to file it for me each time.",
        {"pEo028": 2, "pEo017": 2, "pEo013": 1, "pEo029": 1},
    ),
    (
        "pEn20",
        "vi",
        "ytho_org",
        "Hộ kinh doanh karaoke cần người làm sổ sách và khai thuế hằng quý",
        "Quán karaoke ở thị trấn Cầu Ngang, hộ kinh doanh cá thể, không ai biết kế toán. Cần dịch vụ nhận ghi sổ, tính "
        "thuế và nộp tờ khai hằng quý thay cho chủ hộ, chi phí hợp lý.",
        {"pEo017": 2, "pEo019": 2, "pEo018": 2, "pEo033": 1, "pEo029": 1},
    ),
    # --- small-firm accounting software and cloud accounting ---
    (
        "pEn21",
        "vi",
        "vietbooks_cntt",
        "Công ty xây dựng nhỏ cần phần mềm kế toán online để bớt sai sót, bị phạt",
        "Công ty TNHH xây dựng ở huyện Càng Long, kế toán làm trên Excel hay tẩy xóa, sai chứng từ, lần kiểm tra thuế "
        "vừa rồi bị phạt. Muốn chuyển sang phần mềm kế toán online có kiểm tra tự động, làm được từ xa.",
        {"pEo030": 2, "pEo032": 2, "pEo035": 2, "pEo037": 2, "pEo034": 2, "pEo033": 1, "pEo036": 1},
    ),
    (
        "pEn22",
        "en",
        "advizora",
        "Fish-sauce maker wants cloud books shared with its part-time bookkeeper",
        "A small fish-sauce producer in Cầu Ngang, Trà Vinh. Our part-time bookkeeper comes twice a month to enter "
        "invoices on a desktop program. We want the books online so the owner and the bookkeeper both see them remotely "
        "and the data is backed up.",
        {"pEo034": 2, "pEo035": 2, "pEo032": 2, "pEo037": 2, "pEo030": 2, "pEo033": 1, "pEo038": 1, "pEo036": 1},
    ),
    (
        "pEn23",
        "vi",
        "booktech",
        "Doanh nghiệp lắp điện mặt trời cần theo dõi chi phí, lãi lỗ từng đội thi công",
        "Công ty lắp đặt điện mặt trời áp mái ở TP Vĩnh Long có 3 đội thi công; hóa đơn vật tư, biên lai, giao dịch "
        "ngân hàng nằm rải rác, cuối tháng mới biết lời lỗ. Cần phần mềm kế toán gom tất cả một chỗ và tách được chi phí, "
        "doanh thu theo từng công trình, từng đội.",
        {"pEo016": 2, "pEo035": 1, "pEo037": 1, "pEo030": 1, "pEo032": 1, "pEo036": 1},
    ),
    (
        "pEn24",
        "en",
        "ias41",
        "Farm company needs accounting suited to crops and seasons",
        "A company farming rice and coconut in Châu Thành, Trà Vinh, keeps very little bookkeeping because general "
        "accounting tools do not fit seasonal crops, inputs and harvest sales. We want accounting software made for farm "
        "businesses that our office and our adviser can use together.",
        {"pEo038": 2, "pEo035": 1, "pEo034": 1, "pEo037": 1, "pEo115": 1},
    ),
    (
        "pEn25",
        "vi",
        "vnba_doanhthu",
        "Shop bán trên sàn cần tư vấn chọn phần mềm kế toán khớp doanh thu sàn",
        "Hộ kinh doanh bán đặc sản Trà Vinh trên Shopee, TikTok Shop và Facebook. Doanh thu, phí sàn, hoàn tiền, tiền "
        "về ngân hàng không khớp nhau. Cần người tư vấn chọn phần mềm kế toán đám mây phù hợp cách bán đa kênh, không mua thừa.",
        {"pEo036": 2, "pEo035": 1, "pEo037": 1, "pEo034": 1, "pEo059": 1},
    ),
    (
        "pEn26",
        "en",
        "amis2012",
        "Pharmacy chain with unstable internet needs accounting that works offline",
        "Three drugstores in Vĩnh Long city share one accountant. The internet drops often, especially in the rainy "
        "season. We need accounting software with online data that still lets us enter receipts and payments offline and "
        "syncs when the connection returns.",
        {"pEo032": 2, "pEo035": 1, "pEo034": 1, "pEo030": 1, "pEo037": 1},
    ),
    (
        "pEn27",
        "vi",
        "misacdn_kho",
        "Công ty thức ăn chăn nuôi cần hạch toán kho đúng Thông tư 99/2025",
        "Công ty TNHH sản xuất thức ăn chăn nuôi ở huyện Long Hồ. Kế toán hay sai giá vốn và hàng tồn kho (nguyên liệu, "
        "thành phẩm, hàng gửi bán). Cần phần mềm kế toán cập nhật hệ thống tài khoản theo Thông tư 99/2025 để hạch toán "
        "kho đúng.",
        {"pEo016": 2, "pEo069": 1, "pEo030": 1, "pEo032": 1, "pEo068": 1},
    ),
    (
        "pEn28",
        "en",
        "hcrural",
        "Tour company wants its books reachable from anywhere",
        "A small tour operator near Ao Bà Om in Trà Vinh city. The director travels with groups and the accountant works "
        "part-time from home; both need to see invoices, receivables and reports online at any time.",
        {"pEo035": 2, "pEo034": 2, "pEo032": 2, "pEo037": 2, "pEo030": 2, "pEo038": 1},
    ),
    (
        "pEn29",
        "vi",
        "odoo_vninv",
        "Công ty dùng Odoo cần module kế toán theo chuẩn Việt Nam",
        "Công ty nhỏ ở huyện Vũng Liêm đã dùng Odoo để bán hàng. Cần thêm phần kế toán theo chế độ Việt Nam: hệ thống "
        "tài khoản, sổ quỹ tiền mặt, sổ cái, bảng kê hóa đơn mua vào bán ra, đọc số tiền bằng chữ.",
        {"pEo016": 2, "pEo005": 2, "pEo030": 1},
    ),
]

NEEDS += [
    # --- payroll, social insurance and timekeeping ---
    (
        "pEn30",
        "vi",
        "tranglinh",
        "Xưởng may 60 công nhân cần máy chấm công vân tay nối với tính lương",
        "Xưởng may gia công ở huyện Trà Cú có 60 công nhân, đang chấm công bằng thẻ giấy ký tên nên hay sai và tranh cãi "
        "cuối tháng. Cần lắp máy chấm công vân tay, dữ liệu tự chuyển sang bảng lương và tăng ca.",
        {"pEo039": 2, "pEo040": 2, "pEo041": 2, "pEo043": 2, "pEo042": 1, "pEo045": 1, "pEo051": 1},
    ),
    (
        "pEn31",
        "en",
        "downtool",
        "Milk-tea chain wants phone check-in and automatic timesheets",
        "Four milk-tea shops in Vĩnh Long city with mostly part-time staff on rotating shifts. Timesheets are compiled "
        "in Excel and often wrong. We want staff to clock in on their phones at the shop, with shifts, leave and "
        "overtime totalled automatically for payroll.",
        {"pEo044": 2, "pEo045": 2, "pEo046": 2, "pEo047": 2, "pEo048": 2, "pEo043": 1, "pEo051": 1},
    ),
    (
        "pEn32",
        "vi",
        "bnb",
        "Công ty vệ sinh công nghiệp cần chấm công GPS tại công trình",
        "Công ty dịch vụ vệ sinh công nghiệp ở TP Trà Vinh có khoảng 20 nhân viên làm rải rác ở nhiều công trình, mỗi nơi "
        "vài giờ. Cần ứng dụng chấm công có định vị GPS tại điểm làm, báo cho chủ khi nhân viên không đến và tổng giờ "
        "theo từng công trình.",
        {"pEo044": 2, "pEo045": 2, "pEo048": 2, "pEo047": 2, "pEo043": 2, "pEo046": 1},
    ),
    (
        "pEn33",
        "en",
        "bulkarticle",
        "Rice exporter with 35 staff wants payroll software instead of Excel",
        "A rice export company in Châu Thành, Trà Vinh, calculates wages for 35 staff in spreadsheets: salaries, "
        "overtime, bonuses, social insurance and personal income tax deductions. Errors and late payslips are common. We "
        "need payroll software that does this automatically each month.",
        {"pEo049": 2, "pEo050": 2, "pEo051": 2, "pEo052": 2, "pEo054": 2, "pEo053": 2, "pEo045": 1, "pEo055": 1},
    ),
    (
        "pEn34",
        "vi",
        "giadinhplus",
        "Hợp tác xã cần kê khai, nộp hồ sơ bảo hiểm xã hội điện tử hằng tháng",
        "Hợp tác xã dịch vụ nông nghiệp ở huyện Cầu Kè có 12 lao động hợp đồng. Mỗi tháng phải báo tăng, giảm lao động, "
        "điều chỉnh mức đóng bảo hiểm xã hội bắt buộc. Cần phần mềm và người hướng dẫn lập, ký và nộp hồ sơ BHXH điện tử.",
        {"pEo055": 2, "pEo056": 1, "pEo084": 1, "pEo073": 1, "pEo052": 1},
    ),
    (
        "pEn35",
        "en",
        "bpg12001",
        "Kindergarten wants simple payroll with payslips on teachers' phones",
        "A private kindergarten in Trà Vinh city with 15 teachers and staff. We need simple payroll that applies "
        "insurance and tax deductions and lets each teacher see her payslip and update her details on her phone.",
        {"pEo050": 2, "pEo049": 1, "pEo051": 1, "pEo052": 1, "pEo054": 1},
    ),
    (
        "pEn36",
        "vi",
        "tranglinh",
        "Nhà máy thủy sản 3 ca cần chấm công khuôn mặt đồng bộ tính lương",
        "Nhà máy chế biến thủy sản ở thị xã Duyên Hải có 150 công nhân làm 3 ca, giờ vào ca dồn cục. Cần hệ thống chấm "
        "công nhận diện khuôn mặt nhanh, xếp ca, tính tăng ca và đồng bộ dữ liệu sang phần mềm tính lương.",
        {"pEo040": 2, "pEo043": 2, "pEo045": 2, "pEo039": 1, "pEo042": 1, "pEo041": 1, "pEo044": 1},
    ),
    (
        "pEn37",
        "en",
        "vnba_chiluong",
        "Brick kiln wants to stop paying 40 workers in cash",
        "A brick and pottery kiln in Mang Thít, Vĩnh Long, pays 40 workers in cash every week from a handwritten "
        "sheet. We want software that calculates wages and deductions and pays them straight into workers' bank accounts, "
        "with a pay statement for each worker.",
        {"pEo049": 2, "pEo052": 1, "pEo051": 1, "pEo054": 1, "pEo050": 1, "pEo139": 1},
    ),
    (
        "pEn38",
        "en",
        "humanize",
        "Supermarket wants attendance tied to shift schedules",
        "A supermarket in Bình Minh, Vĩnh Long, runs two shifts with 25 staff. Schedules are drawn up on paper and hours "
        "are argued over each month. We want time and attendance linked to shift scheduling so that payroll gets "
        "correct hours, lateness and overtime.",
        {"pEo045": 2, "pEo046": 2, "pEo047": 2, "pEo043": 2, "pEo044": 1, "pEo048": 1, "pEo051": 1, "pEo053": 1},
    ),
    (
        "pEn39",
        "vi",
        "alzone",
        "Tiem vang can may cham cong khuon mat cho 8 nhan vien",
        "Tiem vang o thi tran Tra On co 8 nhan vien, muon gan may cham cong nhan dien khuon mat tai cua, lay du lieu gio "
        "vao ra de tinh luong cuoi thang, khong can he thong lon.",
        {"pEo040": 2, "pEo042": 2, "pEo041": 1, "pEo039": 1, "pEo043": 1},
    ),
    # --- inventory and point-of-sale software for shops ---
    (
        "pEn40",
        "vi",
        "martech",
        "Tạp hóa muốn bỏ sổ ghi tay, dùng phần mềm tính tiền quét mã vạch",
        "Tiệm tạp hóa ở thị trấn Càng Long đang ghi sổ tay và bấm máy tính, cuối tháng không biết còn bao nhiêu hàng. "
        "Cần phần mềm tính tiền dùng máy quét mã vạch, bán xong tự trừ tồn kho, xem báo cáo hàng bán.",
        {"pEo060": 2, "pEo057": 2, "pEo058": 2, "pEo063": 2, "pEo061": 2, "pEo062": 2, "pEo123": 1, "pEo121": 1},
    ),
    (
        "pEn41",
        "en",
        "raovat",
        "Elderly couple's grocery needs a very simple Vietnamese POS",
        "A grocery in Tiểu Cần, Trà Vinh, run by a couple in their sixties. They want a very simple sales program with a "
        "Vietnamese interface and big icons that updates stock after each sale and prints a bill in seconds.",
        {"pEo063": 2, "pEo060": 1, "pEo057": 1, "pEo071": 1, "pEo121": 1},
    ),
    (
        "pEn42",
        "vi",
        "irishiop",
        "Cửa hàng đặc sản bán tại quầy và trên web bị lệch tồn kho",
        "Cửa hàng đặc sản Trà Vinh (bánh tét, mắm, kẹo dừa) ở TP Trà Vinh vừa bán tại quầy vừa bán trên website, tồn "
        "kho trên web và trên kệ không khớp, khách đặt online thì hết hàng. Cần hệ thống quản lý bán hàng một nguồn tồn "
        "kho cho cả hai kênh.",
        {"pEo059": 2, "pEo067": 2, "pEo058": 1, "pEo061": 1},
    ),
    (
        "pEn43",
        "en",
        "martech",
        "Coffee and milk-tea shop wants a POS with toppings and QR payment",
        "A coffee and milk-tea shop in Vĩnh Long city. We need a POS that handles sizes, sugar, ice and toppings, prints "
        "cup labels for the bar, deducts ingredients by recipe and accepts QR payment, at a modest monthly fee.",
        {"pEo065": 2, "pEo066": 1, "pEo060": 1, "pEo129": 1, "pEo121": 1},
    ),
    (
        "pEn44",
        "vi",
        "hoangsoft",
        "Nhà hàng tiệc cưới cần phần mềm order tại bàn, trừ kho theo định lượng",
        "Nhà hàng tiệc cưới ở huyện Châu Thành, Trà Vinh. Cần phần mềm cho phục vụ gọi món bằng điện thoại tại bàn, "
        "tách gộp hóa đơn, chuyển bàn, tự trừ kho bếp theo định lượng món và theo dõi khách nợ.",
        {"pEo066": 2, "pEo065": 1, "pEo070": 1},
    ),
    (
        "pEn45",
        "en",
        "systemid",
        "Fertiliser dealer needs barcode goods receipt, issue and stocktake",
        "An agricultural input dealer in Cầu Kè, Trà Vinh, stocks hundreds of fertiliser and pesticide items. We need "
        "simple software to record goods received and issued with barcodes and run periodic stocktakes, usable by "
        "staff with no accounting training.",
        {"pEo068": 2, "pEo067": 2, "pEo057": 2, "pEo069": 1, "pEo058": 1, "pEo123": 1},
    ),
    (
        "pEn46",
        "vi",
        "docz123",
        "Cua hang dien thoai may tinh can phan mem quan ly bao hanh",
        "Cua hang dien thoai, may tinh o thi xa Duyen Hai, can phan mem ban hang quan ly kho linh kien, khach hang va "
        "bao hanh, sua chua, doi tra; xem doanh thu loi nhuan tung thang.",
        {"pEo064": 2, "pEo062": 1, "pEo060": 1, "pEo067": 1},
    ),
    (
        "pEn47",
        "en",
        "doc123",
        "Electronics-parts shop where staff hand-write invoices and memorise prices",
        "An electronic-components shop in Vĩnh Long city with three staff. They hand-write invoices, remember prices and "
        "where items sit, and add up totals by hand. We want a POS with item lookup, printed receipts and stock "
        "that updates with each sale.",
        {"pEo060": 2, "pEo057": 2, "pEo061": 2, "pEo063": 2, "pEo067": 1, "pEo068": 1, "pEo121": 1},
    ),
    (
        "pEn48",
        "vi",
        "code123",
        "Siêu thị mini cần phần mềm bán hàng, kho, khách hàng thân thiết",
        "Siêu thị mini ở thị trấn Cái Nhum, huyện Mang Thít. Cần phần mềm quản lý bán hàng tại quầy, nhập xuất kho, tích "
        "điểm khách hàng thân thiết và báo cáo doanh thu, lợi nhuận.",
        {"pEo062": 2, "pEo063": 2, "pEo060": 1, "pEo061": 1, "pEo057": 1, "pEo067": 1},
    ),
    (
        "pEn49",
        "en",
        "hoangsoft",
        "Hardware store wants slow-seller warnings and suggested reorders",
        "A hardware store in Trà Ôn, Vĩnh Long, has cash tied up in goods that do not sell while popular items run out. "
        "We want POS software that flags slow movers and proposes purchase orders from sales history, including "
        "seasonal items.",
        {"pEo058": 2, "pEo059": 2, "pEo061": 1, "pEo060": 1, "pEo070": 1},
    ),
]

NEEDS += [
    # --- digital signatures and signing contracts online ---
    (
        "pEn50",
        "vi",
        "vnba_cks",
        "Công ty mới thành lập cần chữ ký số để nộp thuế, ký hóa đơn, BHXH",
        "Công ty TNHH mới thành lập ở huyện Long Hồ, Vĩnh Long. Cần mua chữ ký số (token) để kê khai, nộp thuế điện tử, "
        "ký hóa đơn điện tử và nộp hồ sơ bảo hiểm xã hội; cần báo giá gói 1–3 năm và hỗ trợ cài đặt.",
        {"pEo084": 2, "pEo085": 2, "pEo090": 2, "pEo073": 1},
    ),
    (
        "pEn51",
        "en",
        "acclime",
        "Coconut exporter needs legally valid e-signatures with foreign buyers",
        "A coconut-products exporter in Chợ Lách, Vĩnh Long, signs sales contracts with buyers abroad by courier, which "
        "takes weeks. We need an e-contract platform whose signatures are legally recognised and accepted by foreign "
        "counterparties.",
        {
            "pEo079": 2,
            "pEo083": 2,
            "pEo089": 2,
            "pEo078": 2,
            "pEo081": 2,
            "pEo091": 2,
            "pEo072": 1,
            "pEo074": 1,
            "pEo084": 1,
        },
    ),
    (
        "pEn52",
        "vi",
        "savis",
        "Công ty phân phối nước mắm cần nền tảng hợp đồng điện tử cho hàng trăm đại lý",
        "Doanh nghiệp phân phối nước mắm ở huyện Cầu Ngang ký hàng trăm hợp đồng đại lý, biên bản đối soát mỗi năm, gửi "
        "bưu điện qua lại rất lâu. Cần nền tảng hợp đồng điện tử ký online, lưu trữ, tra cứu.",
        {"pEo078": 2, "pEo080": 2, "pEo079": 2, "pEo083": 2, "pEo081": 2, "pEo091": 2, "pEo076": 1, "pEo082": 1},
    ),
    (
        "pEn53",
        "en",
        "mobifone_tag",
        "Garment workshop wants to sign labour contracts electronically",
        "A garment workshop in Trà Vinh city hires about 80 workers on seasonal contracts. Most workers have no digital "
        "certificate. We want to send labour contracts to their phones and have them signed electronically, legally.",
        {"pEo079": 2, "pEo080": 2, "pEo083": 2, "pEo078": 2, "pEo081": 1},
    ),
    (
        "pEn54",
        "vi",
        "savis",
        "Công ty xây dựng cần tư vấn quy trình nội bộ khi chuyển sang hợp đồng điện tử",
        "Công ty xây dựng ở TP Vĩnh Long muốn bỏ hợp đồng giấy. Cần đơn vị tư vấn quy trình nội bộ: mẫu hợp đồng, ai soạn, "
        "ai duyệt, ai ký số, lưu trữ ra sao, và chọn nền tảng phù hợp.",
        {"pEo082": 2, "pEo088": 2, "pEo086": 1, "pEo076": 1, "pEo083": 1},
    ),
    (
        "pEn55",
        "en",
        "cybersign",
        "Training centre wants multi-step approval and signing of documents",
        "A vocational training centre in Vĩnh Long routes internal papers through several approvers before the director "
        "signs and stamps them. We want an online signing flow with preset approvers, image of signature and seal, and a "
        "digital signature for the final step.",
        {"pEo083": 2, "pEo088": 1, "pEo091": 1, "pEo089": 1, "pEo079": 1},
    ),
    (
        "pEn56",
        "vi",
        "frtmic",
        "Hộ kinh doanh chốt đơn qua Zalo hỏi giá trị pháp lý và cách ký đúng luật",
        "Hộ kinh doanh đồ mỹ nghệ ở huyện Trà Cú thường chốt đơn và gửi hợp đồng qua Zalo, email. Muốn biết hợp đồng như "
        "vậy có giá trị pháp lý không và cách ký điện tử đúng Luật Giao dịch điện tử.",
        {"pEo075": 2, "pEo081": 1, "pEo077": 1, "pEo072": 1},
    ),
    (
        "pEn57",
        "en",
        "formfast",
        "Real-estate broker needs e-signatures with a full audit trail",
        "A real-estate brokerage in Trà Vinh city takes deposits and signs brokerage agreements online. When a client "
        "disputes a signature we need timestamps, IP addresses and device information for each step.",
        {"pEo089": 2, "pEo091": 2, "pEo087": 1, "pEo083": 1, "pEo079": 1},
    ),
    (
        "pEn58",
        "vi",
        "bolo",
        "Can luu vet ai sua dieu khoan, ai duyet khi ky hop dong online",
        "Cong ty dich vu viec lam o TP Vinh Long ky hop dong voi khach qua mang. Co luc khach noi khong dong y ban cuoi, "
        "khong ai biet ai da sua dieu khoan thanh toan. Can cong cu ky dien tu luu lai lich su tung buoc, tung phien ban.",
        {"pEo089": 2, "pEo091": 2, "pEo088": 2, "pEo087": 1},
    ),
    (
        "pEn59",
        "en",
        "digibank",
        "Seafood exporter preparing for EU buyers wants to sign contracts digitally",
        "A seafood exporter in Trà Vinh preparing for European buyers under EVFTA still signs on paper. We want to sign "
        "export contracts electronically with digital signatures that are valid in Vietnam and accepted in the EU.",
        {
            "pEo079": 2,
            "pEo083": 2,
            "pEo089": 2,
            "pEo078": 2,
            "pEo081": 2,
            "pEo091": 1,
            "pEo072": 1,
            "pEo074": 1,
            "pEo084": 1,
        },
    ),
    # --- data backup and basic cybersecurity for small offices ---
    (
        "pEn60",
        "vi",
        "baotintuc",
        "Văn phòng dịch vụ kế toán sợ mã độc tống tiền khóa dữ liệu khách hàng",
        "Văn phòng dịch vụ kế toán 6 người ở TP Trà Vinh giữ sổ sách của gần 100 hộ kinh doanh. Máy tính dễ nhiễm mã độc, "
        "nếu bị mã hóa dữ liệu thì mất hết. Cần giải pháp bảo vệ máy và sao lưu dữ liệu khôi phục được.",
        {
            "pEo092": 2,
            "pEo093": 2,
            "pEo095": 2,
            "pEo096": 2,
            "pEo098": 2,
            "pEo099": 2,
            "pEo097": 2,
            "pEo102": 1,
            "pEo094": 1,
            "pEo109": 1,
        },
    ),
    (
        "pEn61",
        "en",
        "gaditi",
        "Dental clinic wants automatic backup to a drive and the cloud",
        "A dental clinic in Vĩnh Long city keeps patient records and accounts on one PC. We want automatic backups to an "
        "external drive and to the cloud, so that ransomware or a broken disk does not wipe everything out.",
        {"pEo096": 2, "pEo097": 2, "pEo099": 2, "pEo094": 1, "pEo100": 1, "pEo098": 1},
    ),
    (
        "pEn62",
        "vi",
        "cystack_r",
        "Công ty để hết dữ liệu trên OneDrive, cần sao lưu thật",
        "Công ty thương mại ở thị xã Bình Minh lưu toàn bộ chứng từ, hợp đồng trên OneDrive và nghĩ vậy là đã sao lưu. "
        "Được cảnh báo mã độc mã hóa file thì bản trên đám mây cũng bị ghi đè. Cần giải pháp sao lưu riêng, có bản không "
        "bị sửa xóa.",
        {"pEo100": 2, "pEo096": 2, "pEo099": 1, "pEo097": 1},
    ),
    (
        "pEn63",
        "en",
        "gumi",
        "Supply company with 15 PCs and no IT staff wants a security check-up",
        "An agricultural supply company in Càng Long, Trà Vinh, has 15 computers, shared passwords and no IT staff or "
        "incident plan. We want a cybersecurity check-up and a basic protection package we can afford.",
        {"pEo098": 2, "pEo092": 2, "pEo093": 1, "pEo101": 1, "pEo102": 1, "pEo095": 1},
    ),
    (
        "pEn64",
        "vi",
        "we25",
        "Quỹ tín dụng cần đào tạo nhận thức an toàn thông tin cho 25 nhân viên",
        "Quỹ tín dụng nhân dân ở huyện Cầu Kè có 25 nhân viên dùng email, phần mềm nghiệp vụ. Muốn tổ chức đào tạo nhận "
        "thức an toàn thông tin thực tế, phù hợp với đơn vị nhỏ, có kiểm tra sau đào tạo.",
        {"pEo104": 2, "pEo103": 2, "pEo105": 2, "pEo106": 2, "pEo108": 1},
    ),
    (
        "pEn65",
        "en",
        "azweb",
        "Hotel hit by fake-invoice emails needs staff anti-phishing training",
        "A hotel in Trà Vinh city received emails impersonating a supplier with a new bank account, and nearly paid. We "
        "want our reception and accounts staff trained to recognise phishing and social-engineering tricks.",
        {"pEo103": 2, "pEo105": 2, "pEo104": 2, "pEo106": 2, "pEo107": 1},
    ),
    (
        "pEn66",
        "vi",
        "iqpeople",
        "Chuỗi điện máy cần tách mạng và sẵn sàng khôi phục khi bị ransomware",
        "Chuỗi 3 cửa hàng điện máy ở Vĩnh Long: máy bán hàng, máy kế toán và wifi cho khách dùng chung một mạng. Cần tư "
        "vấn phân tách mạng, sao lưu ngoại tuyến và kịch bản để hoạt động lại trong vài ngày nếu bị mã độc tống tiền.",
        {"pEo102": 2, "pEo098": 2, "pEo093": 1, "pEo101": 1},
    ),
    (
        "pEn67",
        "en",
        "eraone",
        "Small law office wants the cheap security basics done right",
        "A small law office in Vĩnh Long city uses the same password everywhere and has no real backup. We want quick, "
        "cheap basics: password management, two-factor authentication and backups that are tested.",
        {"pEo098": 2, "pEo096": 1, "pEo092": 1, "pEo099": 1},
    ),
    (
        "pEn68",
        "vi",
        "vithongthai",
        "Shop online can day nhan vien nhan biet link, tin nhan lua dao",
        "Shop ban hang online o TP Tra Vinh, nhan vien bi gui link gia mao don vi van chuyen, ngan hang, suyt mat tai "
        "khoan. Can khoa huong dan nhan vien nhan biet email, tin nhan lua dao va cach xu ly.",
        {"pEo104": 2, "pEo106": 2, "pEo103": 2, "pEo105": 2, "pEo107": 1},
    ),
    # --- training bookkeepers ---
    (
        "pEn69",
        "vi",
        "dvkt247",
        "Hội phụ nữ xã muốn mở lớp kế toán cho chị em hộ kinh doanh",
        "Hội Liên hiệp phụ nữ một xã ở huyện Cầu Ngang muốn mở lớp cho khoảng 30 chị em buôn bán nhỏ: tự ghi sổ theo mẫu "
        "mới, tự kê khai thuế khi bỏ thuế khoán từ năm 2026. Cần đơn vị đào tạo có giáo trình dễ hiểu.",
        {"pEo110": 2, "pEo018": 1, "pEo112": 1, "pEo114": 1, "pEo111": 1},
    ),
    (
        "pEn70",
        "en",
        "rfilc",
        "Coconut cooperative union wants trainers for farmers' cash books",
        "A coconut cooperative union in Châu Thành, Trà Vinh, wants to train some members as trainers who will teach "
        "other farmers to record costs and income in a cash book and see whether each season made a profit.",
        {"pEo117": 2, "pEo115": 2, "pEo116": 2, "pEo147": 1},
    ),
    (
        "pEn71",
        "vi",
        "vietbooks_tmdv",
        "Trung tâm giáo dục nghề nghiệp cần chương trình đào tạo kế toán sổ sách",
        "Trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên huyện Trà Cú muốn mở lớp kế toán sổ sách căn bản cho học "
        "viên thất nghiệp, cần chương trình, tài liệu và giảng viên.",
        {"pEo112": 2, "pEo114": 2, "pEo111": 2, "pEo113": 1, "pEo119": 1, "pEo120": 1},
    ),
    (
        "pEn72",
        "en",
        "myinfinity",
        "New bookkeeper needs a short course on bookkeeping basics",
        "A trading company in Vĩnh Long city hired a bookkeeper with little experience. She needs a short course on cash "
        "versus accrual accounting, the chart of accounts, journal entries and closing the books.",
        {"pEo111": 2, "pEo112": 2, "pEo114": 2, "pEo113": 1, "pEo118": 1},
    ),
    (
        "pEn73",
        "vi",
        "gap",
        "Hợp tác xã lúa muốn tập huấn xã viên ghi chép chi phí từng vụ",
        "Hợp tác xã lúa chất lượng cao ở huyện Tiểu Cần muốn xã viên ghi chép công việc, vật tư, công lao động và chi phí "
        "từng vụ để tính lời lỗ, đáp ứng yêu cầu sản xuất theo quy trình tốt. Cần tập huấn thực hành.",
        {"pEo116": 2, "pEo115": 2, "pEo117": 2, "pEo147": 1},
    ),
    (
        "pEn74",
        "en",
        "vdoc",
        "Women farmers' group wants business-skills training",
        "A women farmers' group in Trà Cú, Trà Vinh, grows vegetables and raises cattle but keeps no records. We want "
        "training on farming as a business: recording costs and sales and working out profit for each crop.",
        {"pEo115": 2, "pEo116": 2, "pEo117": 2, "pEo147": 1},
    ),
    (
        "pEn75",
        "vi",
        "tuvanqm",
        "Doanh nghiệp cần bồi dưỡng nguyên lý kế toán cho kế toán mới ra trường",
        "Doanh nghiệp tư nhân ở huyện Tam Bình tuyển kế toán mới ra trường, còn yếu nguyên lý: định khoản, sơ đồ chữ T, "
        "tính số dư tài khoản. Cần khóa bồi dưỡng ngắn, có bài tập thực hành.",
        {"pEo112": 2, "pEo111": 2, "pEo114": 2, "pEo118": 1, "pEo113": 1, "pEo120": 1},
    ),
]
