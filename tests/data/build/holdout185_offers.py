"""Offers of the holdout185 set (accounting, e-invoices and business-management software for small firms).

Rows: (id, language, source key, title, description). Each offer paraphrases the page its source key names.
"""

OFFERS = [
    # --- electronic invoices and cash-register invoices ---
    (
        "pEo001",
        "vi",
        "laodong70",
        "Ứng dụng lập hóa đơn điện tử khởi tạo từ máy tính tiền trên điện thoại, máy tính bảng",
        "Phần mềm cho hộ và cá nhân kinh doanh có doanh thu từ 1 tỷ đồng/năm bán lẻ, ăn uống, cà phê, tạp hóa: lập hóa đơn "
        "từ máy tính tiền ngay trên điện thoại, máy tính bảng hoặc máy tính, không bắt buộc mua máy POS đắt tiền. Dữ liệu "
        "hóa đơn được truyền cho cơ quan thuế theo thời gian thực. Có gói miễn phí hoặc phí chỉ vài trăm nghìn đồng mỗi năm.",
    ),
    (
        "pEo002",
        "en",
        "laodong1ty",
        "Onboarding household businesses onto coded and cash-register e-invoices",
        "Registration and onboarding service for household and individual businesses with annual revenue of VND 1 billion "
        "or more, which under Decree 70/2025 (in force from 1 June 2025) must use e-invoices carrying a tax-authority code "
        "or generated from cash registers linked to the tax authority. Covers retail, food and drink, restaurants, hotels, "
        "passenger transport, entertainment and other personal services; includes the registration forms and usage training.",
    ),
    (
        "pEo003",
        "en",
        "luatmk",
        "E-invoicing compliance service: XML, digital signature, 10-year archive",
        "We set businesses up for mandatory e-invoicing: registration with the tax department, invoices issued in XML and "
        "signed digitally, secure archiving for at least ten years, and data transmitted to the tax authority directly or "
        "through an authorised provider. For point-of-sale B2C sales we configure invoices generated from the cash register, "
        "for which a digital signature is optional.",
    ),
    (
        "pEo004",
        "en",
        "sepay",
        "E-invoice API: one integration, any configured provider",
        "A RESTful integration layer between your sales, ERP or e-commerce system and the tax authority, compliant with "
        "Decree 123/2020/ND-CP and Circular 78/2021/TT-BTC. Create drafts, issue to the tax authority, follow status in real "
        "time, download PDF and XML files and manage invoice quotas; suited to issuing one invoice per completed online order.",
    ),
    (
        "pEo005",
        "en",
        "odoo_vn",
        "Vietnamese accounting localisation with Viettel SInvoice connector for Odoo",
        "The Vietnam localisation of the Odoo ERP installs the Vietnamese accounting package and an e-invoicing module that "
        "submits invoices created in Odoo to SInvoice, Viettel's e-invoice platform. Setup covers the SInvoice account, the "
        "invoice template and the company tax ID and address fields.",
    ),
    (
        "pEo006",
        "vi",
        "aaou",
        "Tư vấn mô hình phần mềm quản lý hóa đơn điện tử và các bước đăng ký triển khai",
        "Nhóm giảng viên Khoa Kế toán – Kiểm toán (ĐH Mở TP.HCM) giới thiệu khung pháp lý hóa đơn điện tử theo Nghị định "
        "119/2018, giải thích mô hình ứng dụng phần mềm quản lý hóa đơn và hướng dẫn từng bước đăng ký triển khai trên phần "
        "mềm, kèm số liệu từ các nhà cung cấp giải pháp để doanh nghiệp chuyển từ hóa đơn giấy sang hóa đơn điện tử.",
    ),
    (
        "pEo007",
        "vi",
        "doan",
        "Chuyên đề kinh nghiệm quốc tế về hóa đơn điện tử cho hộ kinh doanh",
        "Chuyên đề bồi dưỡng của Trường Bồi dưỡng cán bộ tài chính tổng hợp kinh nghiệm các nước khi đưa hộ, cá nhân kinh "
        "doanh vào dùng hóa đơn điện tử có mã xác thực của cơ quan thuế: lợi ích giảm thời gian, chi phí, hạn chế gian lận "
        "hóa đơn, và những trở ngại cần rút kinh nghiệm.",
    ),
    (
        "pEo008",
        "en",
        "infor",
        "ERP connector to the VNI e-invoicing gateway",
        "For companies running Infor ERP: a web-service connection to the VNI e-invoice provider for registering invoices "
        "with or without a tax verification code under Circular 68/2019 and Decree 119. Customers arrange their own VNI "
        "account; other providers on request.",
    ),
    (
        "pEo009",
        "en",
        "vncos",
        "E-invoice adoption consulting for SMEs with little IT capacity",
        "Consultancy that helps small and medium enterprises replace paper invoices with electronic ones: explains how "
        "e-invoices are created, issued and stored on computers under the legal framework, and supports firms that hesitate "
        "because of limited information-technology skills.",
    ),
    (
        "pEo010",
        "vi",
        "vitinh",
        "Đại lý hóa đơn điện tử Bkav eHoadon, VNPT, Viettel giá rẻ",
        "Cung cấp và báo giá dịch vụ hóa đơn điện tử của các nhà cung cấp Bkav (eHoadon), VNPT và Viettel với chi phí "
        "thấp; hỗ trợ doanh nghiệp chọn gói, đăng ký và bắt đầu phát hành hóa đơn.",
    ),
    (
        "pEo011",
        "vi",
        "taxkey_khongma",
        "Làm thủ tục đăng ký sử dụng hóa đơn điện tử không có mã của cơ quan thuế",
        "Dịch vụ tư vấn và làm hồ sơ đăng ký sử dụng hóa đơn điện tử không có mã của cơ quan thuế cho doanh nghiệp đủ "
        "điều kiện, từ khâu lập tờ khai đăng ký đến khi được chấp nhận.",
    ),
    (
        "pEo012",
        "vi",
        "uynhiem",
        "Hướng dẫn ủy nhiệm lập hóa đơn điện tử theo Thông tư 78",
        "Hướng dẫn doanh nghiệp ủy nhiệm cho bên thứ ba (đại lý, đối tác) lập hóa đơn điện tử thay mình theo Thông tư 78: "
        "nội dung văn bản ủy nhiệm, thông báo với cơ quan thuế và cách thể hiện trên hóa đơn.",
    ),
    (
        "pEo013",
        "vi",
        "minvoice",
        "Hóa đơn điện tử cấp theo từng lần phát sinh",
        "Giải pháp M-invoice hỗ trợ hộ, cá nhân kinh doanh không thường xuyên đề nghị cấp hóa đơn điện tử có mã của cơ "
        "quan thuế theo từng lần phát sinh khi có khách cần hóa đơn.",
    ),
    (
        "pEo014",
        "en",
        "glama_misa",
        "MISA meInvoice connector for creating and publishing e-invoices from software",
        "A remote connector that lets business software or AI agents create, publish and query Vietnamese e-invoices "
        "through MISA meInvoice, a provider connected to the tax department; e-invoices have been mandatory nationwide since "
        "1 July 2022. Credentials travel per request and are not stored; it can also be self-hosted.",
    ),
    (
        "pEo015",
        "vi",
        "hoadonnews2",
        "Tư vấn các trường hợp hộ, cá nhân kinh doanh phải dùng hóa đơn điện tử",
        "Giải đáp cho hộ và cá nhân kinh doanh: khi nào phải dùng hóa đơn điện tử, khi nào được cấp lẻ, dùng loại có mã "
        "hay khởi tạo từ máy tính tiền, và thủ tục tương ứng.",
    ),
    (
        "pEo016",
        "en",
        "odoo_apps",
        "Vietnamese accounting add-ons for Odoo",
        "A set of Odoo modules following Vietnamese rules: chart of accounts per Circular 99/2025/TT-BTC and Circular "
        "133/2016/TT-BTC, cash and bank books (S07-DN, S08-DN), general ledger S03a-DN, VAT invoice lists 01-1/GTGT and "
        "01-2/GTGT, detailed or aggregated e-invoice issuing, amounts written in Vietnamese words and analytic accounting.",
    ),
]

OFFERS += [
    # --- tax declaration, tax filing and books of household businesses ---
    (
        "pEo017",
        "vi",
        "quangminh",
        "Dịch vụ kế toán hộ kinh doanh trọn gói và kê khai thuế GTGT trên HTKK",
        "Công ty tư vấn nhận làm kế toán trọn gói cho hộ kinh doanh và hướng dẫn kê khai thuế giá trị gia tăng theo 3 "
        "bước trên phần mềm HTKK: đăng nhập, nhập liệu hóa đơn, kết xuất và nộp tờ khai trực tuyến; nhắc thời hạn nộp "
        "để tránh phạt chậm nộp, phân biệt thuế khoán và phương pháp kê khai (bài viết cho hộ kinh doanh ở Đắk Lắk).",
    ),
    (
        "pEo018",
        "vi",
        "dvkt247",
        "Hướng dẫn và nhận ghi sổ kế toán hộ kinh doanh năm 2026 theo Thông tư 152",
        "Từ 01/01/2026 mọi hộ, cá nhân kinh doanh đều phải ghi sổ theo Thông tư 152/2025/TT-BTC. Dịch vụ kế toán giúp "
        "hộ tạp hóa, quán ăn, hiệu thuốc, cửa hàng bán lẻ xác định mình thuộc trường hợp nào, chọn đúng mẫu sổ, ghi từng "
        "dòng và ghi theo ngày hay theo tháng.",
    ),
    (
        "pEo019",
        "en",
        "thueman",
        "Outsourced accountant for household businesses under Circular 152/2025",
        "Accounting service for household and individual businesses as Circular 152/2025/TT-BTC takes effect on 1 January "
        "2026: we keep the books, choose paper or electronic storage and keep the owner up to date on e-invoicing and "
        "online tax filing. We also coach family members (spouse, parents, children, siblings) whom the owner appoints as "
        "accountant.",
    ),
    (
        "pEo020",
        "en",
        "lawnet",
        "Legal advice on ledger forms S1-HKD to S7-HKD for household businesses",
        "Legal Q&A service explaining the accounting books required of household businesses that pay tax by declaration "
        "under Circular 88/2021: sales book, goods and materials book, business expenses, tax payment, wages and "
        "contributions, cash fund and bank deposit books, and how to keep them on electronic devices.",
    ),
    (
        "pEo021",
        "vi",
        "lawnet2",
        "Tư vấn thời điểm mở sổ kế toán và căn cứ ghi sổ cho hộ kinh doanh",
        "Giải đáp pháp lý: sổ kế toán phải mở từ đầu kỳ kế toán năm hoặc từ ngày thành lập, chứng từ kế toán là căn cứ ghi "
        "sổ, sổ phải ghi rõ ràng, đầy đủ, kịp thời; kèm các trường hợp hộ kinh doanh không phải đăng ký.",
    ),
    (
        "pEo022",
        "en",
        "mtd_gov",
        "Digital record-keeping software that files quarterly updates",
        "Record-keeping software that creates and stores digital records of self-employment income and expenses and "
        "submits quarterly updates and the tax return to the tax authority, or bridging software that connects an existing "
        "spreadsheet; original receipts and supporting documents are still kept.",
    ),
    (
        "pEo023",
        "en",
        "i24_q",
        "Free mobile invoicing app that keeps income and expenses ready for quarterly tax updates",
        "Invoice in seconds from your phone, track payments and categorise income and spending through the year, so that a "
        "sole trader can submit a summary each quarter instead of a year-end scramble over bank statements and receipts.",
    ),
    (
        "pEo024",
        "vi",
        "i24_t",
        "Ứng dụng hóa đơn miễn phí giúp người tự kinh doanh theo dõi thu chi để khai thuế",
        "Ứng dụng lập hóa đơn trên điện thoại giúp người kinh doanh cá thể ghi nhận mọi khoản thu, chi phí được trừ, giữ "
        "chứng từ gọn gàng quanh năm, biết lợi nhuận thật và sẵn số liệu khi khai thuế hoặc khi cơ quan thuế hỏi.",
    ),
    (
        "pEo025",
        "en",
        "taxguideuk",
        "Simple account-keeping routine for the self-employed",
        "Coaching on a few minutes-a-week routine: log every sale and payment date, log each cost with supplier and receipt, "
        "flag long-term equipment separately and track owner drawings apart from expenses, so profit and tax are clear.",
    ),
    (
        "pEo026",
        "en",
        "simplytax",
        "Online tax help for sole traders: what records to keep and how",
        "Guidance and support for sole traders and freelancers on keeping income records, expense records and equipment "
        "records, including the fields every invoice must carry (name, address, unique number, date, customer, description, "
        "price, payment terms).",
    ),
    (
        "pEo027",
        "en",
        "tr_mtd",
        "Tax software module for sole-trade data entry and quarterly imports",
        "Professional tax software screens for each sole-trade business: registered details, cash or accruals basis, "
        "simplified three-line accounts below a turnover threshold, consolidated expenses and import of quarterly data "
        "before annual submission.",
    ),
    (
        "pEo028",
        "vi",
        "ketoansaokim",
        "Tư vấn phương pháp tính thuế theo từng lần phát sinh cho hộ kinh doanh",
        "Kế toán Sao Kim hướng dẫn hộ, cá nhân kinh doanh không thường xuyên cách khai và tính thuế GTGT, thuế TNCN theo "
        "từng lần phát sinh doanh thu.",
    ),
    (
        "pEo029",
        "vi",
        "ytho_org",
        "Hướng dẫn cách tính thuế cho hộ kinh doanh cá thể",
        "Tài liệu hướng dẫn hộ kinh doanh cá thể cách xác định doanh thu tính thuế, tỷ lệ thuế GTGT và thuế TNCN theo "
        "ngành nghề.",
    ),
    # --- small-firm accounting software and cloud accounting ---
    (
        "pEo030",
        "vi",
        "misa_penalty",
        "Phần mềm kế toán online MISA AMIS giảm sai sót và rủi ro bị phạt",
        "MISA AMIS tổng hợp các lỗi kế toán hay gặp (tẩy xóa chứng từ, ký sai thẩm quyền, lập và in sổ sai, không cung "
        "cấp hồ sơ khi kiểm tra thuế) cùng mức phạt, và cung cấp phần mềm kế toán online với nhiều tính năng tự động giúp "
        "hạn chế tối đa sai sót khi ghi nhận thủ công.",
    ),
    (
        "pEo031",
        "vi",
        "misa_free",
        "AMIS Kế toán miễn phí 1 năm tài chính cho doanh nghiệp, hộ kinh doanh",
        "Đơn vị kế toán dịch vụ đăng ký giúp khách hàng là doanh nghiệp hoặc hộ kinh doanh dùng miễn phí phần mềm AMIS "
        "Kế toán trong một năm tài chính: khai báo thông tin đơn vị, người đại diện, email và số điện thoại; MISA gửi tài "
        "khoản đăng nhập qua email.",
    ),
    (
        "pEo032",
        "en",
        "amis2015",
        "Online accounting with offline entry, sync and vendor-managed backup",
        "AMIS.VN accounting works online and still lets you enter receipts, payments and stock vouchers when the connection "
        "drops, syncing them once back online. Data is backed up on MISA's servers, reports can be viewed anywhere, and the "
        "software follows Circular 133/2016 and fixed-asset rules of Circular 147/2016.",
    ),
    (
        "pEo033",
        "en",
        "owler",
        "Online bookkeeping service replacing the part-time bookkeeper",
        "Instead of a part-time bookkeeper coming to the office to key in invoices, receipts and bank statements on desktop "
        "software, we keep small-business books online at a cost small firms can afford.",
    ),
    (
        "pEo034",
        "vi",
        "cba",
        "Triển khai kế toán đám mây cho doanh nghiệp nhỏ",
        "Đưa sổ sách kế toán lên máy chủ trực tuyến: truy cập mọi nơi, nhà cung cấp tự nâng cấp phần mềm, tự cập nhật "
        "bảng thuế tính lương và sao lưu dữ liệu từ xa tự động, chủ doanh nghiệp khỏi mất hàng giờ cài đặt, cập nhật.",
    ),
    (
        "pEo035",
        "en",
        "kingdee",
        "Cloud accounting software for small finance teams",
        "Financial management software hosted on remote servers and used through a browser or app: record transactions, "
        "produce reports, manage invoices and close the books from anywhere, with automatic updates, real-time "
        "collaboration and data backups.",
    ),
    (
        "pEo036",
        "vi",
        "makebiz_acc",
        "Tư vấn chọn phần mềm kế toán đám mây theo quy trình tài chính",
        "Tư vấn cho chủ doanh nghiệp nhỏ, người bán hàng đa kênh chọn phần mềm kế toán đám mây theo quy trình thực tế: "
        "đối soát ngân hàng, phí cổng thanh toán và sàn, hoàn tiền, chi phí quảng cáo, giá vốn tồn kho, quyền truy cập "
        "của kế toán, tránh mua thừa tính năng.",
    ),
    (
        "pEo037",
        "vi",
        "visblues",
        "Kế toán trực tuyến cho doanh nghiệp nhỏ và vừa",
        "Phần mềm kế toán trên đám mây theo dõi công nợ phải thu, phải trả, lợi nhuận và chuẩn bị mùa thuế, dùng ngay "
        "không cần tùy biến nhiều; khi doanh nghiệp lớn lên có thể chuyển sang hệ thống ERP.",
    ),
    (
        "pEo038",
        "en",
        "hcrural",
        "Cloud accounting software for rural and farm businesses",
        "Cloud accounting set up for the rural sector, so that farm businesses and their advisers work in the same online "
        "books.",
    ),
]

OFFERS += [
    # --- payroll, social insurance and timekeeping ---
    (
        "pEo039",
        "vi",
        "tk_misa",
        "Hệ thống chấm công vân tay nối với tính lương",
        "Lắp đặt hệ thống chấm công sinh trắc vân tay đơn điểm hoặc đa điểm: đầu đọc vân tay đặt tại cửa, chốt điện, nút "
        "exit, dây mạng nối về máy tính phòng nhân sự; kiểm soát danh tính người chấm công, giờ giấc và tính lương công "
        "bằng, minh bạch.",
    ),
    (
        "pEo040",
        "en",
        "xcyber",
        "Biometric and card time clocks feeding payroll",
        "Time-attendance terminals that identify staff by fingerprint, face or card, record each arrival, break and "
        "departure, and pass the data to payroll, overtime and leave statistics; the same terminals can drive an "
        "electromagnetic door lock for access control.",
    ),
    (
        "pEo041",
        "vi",
        "tintuc",
        "Cung cấp máy chấm công giá rẻ vân tay, thẻ từ",
        "Nam Nguyễn Infotech phân phối máy chấm công vân tay và thẻ từ giá rẻ giúp tính lương, quản lý ca và giờ ra vào "
        "của nhân viên nhanh, chính xác, minh bạch; đồng thời cung cấp máy in, máy quét và máy in mã vạch, ngăn kéo đựng tiền.",
    ),
    (
        "pEo042",
        "en",
        "tranglinh",
        "Time-clock devices: card, fingerprint and face recognition",
        "Supply of electronic time clocks for companies and shops, from card readers to fingerprint and face-recognition "
        "models, with internal memory and software that connects to the machine to pull attendance records.",
    ),
    (
        "pEo043",
        "vi",
        "alzone",
        "Triển khai hệ thống chấm công tích hợp HRM và tính lương cho doanh nghiệp 20–200 người",
        "ALZONE khảo sát nghiệp vụ (số điểm chấm công, giờ cao điểm, ca gối ca, tăng ca, nhân sự làm từ xa), chọn công "
        "nghệ thẻ từ, vân tay, FaceID hay GPS/Wi-Fi, rồi đồng bộ dữ liệu chấm công với HRM và payroll cho doanh nghiệp "
        "SMB từ 20 đến 200 nhân sự.",
    ),
    (
        "pEo044",
        "en",
        "vietbill",
        "Attendance software with GPS radius, location QR and selfie check",
        "Time-attendance software reviewed for real deployments: GPS radius or location QR check-in, selfie with face "
        "matching or fixed fingerprint terminals, anti buddy-punching, device limits, late and missing-shift reports, "
        "employee adjustment requests and clean data to close timesheets and payroll, across several branches.",
    ),
    (
        "pEo045",
        "vi",
        "mewayz",
        "Module chấm công và ca làm việc chuyển thẳng sang bảng lương",
        "Theo dõi ai có mặt, đi muộn, vắng: chấm công trên web, trên ứng dụng di động có giới hạn vùng địa lý hoặc qua "
        "máy vân tay, khuôn mặt. Khai báo mẫu ca ngày, ca đêm, ca gãy, thời gian ân hạn và quy tắc tăng ca (1,5 lần sau 8 "
        "giờ, 2 lần ngày lễ); dữ liệu đi muộn, vắng, tăng ca tự chuyển vào kỳ lương.",
    ),
    (
        "pEo046",
        "en",
        "busypaws",
        "Phone clock-in with automatic hours and one-click payroll export",
        "Staff clock in and out on their phones or a shared workstation; hours worked are calculated by comparing "
        "schedules, assigned bookings and clocked time, managers adjust and approve, and the approved hours export in one "
        "click to most payroll systems.",
    ),
    (
        "pEo047",
        "vi",
        "myshyft",
        "Công cụ chấm công số tích hợp xếp ca",
        "Chấm công và theo dõi chuyên cần gắn với lịch ca trên điện thoại: khoanh vùng địa lý, xác thực sinh trắc, kiểm "
        "tra tuân thủ tự động; các doanh nghiệp áp dụng báo cáo giảm 3–5% lỗi bảng lương và tiết kiệm tới 4% chi phí lao động.",
    ),
    (
        "pEo048",
        "en",
        "engfix",
        "Time-clock app with kiosk mode, geofencing and break tracking",
        "A time-clock app for multiple employees: clock in by phone, browser or a shared tablet kiosk with PIN or face "
        "scan, GPS stamps and geofences around job sites, photo verification, and automatic deduction of paid and unpaid breaks.",
    ),
    (
        "pEo049",
        "en",
        "arcade",
        "Payroll software for small businesses",
        "Automates wage calculation from hours, salary rates, overtime, commissions and bonuses; computes deductions and "
        "withholding tax, prepares tax forms, stores employee data, integrates time and attendance, pays by direct deposit "
        "and issues pay statements.",
    ),
    (
        "pEo050",
        "vi",
        "bpg",
        "Phần mềm quản trị tiền lương có cổng tự phục vụ cho nhân viên",
        "Tự động tính lương, khấu trừ và tuân thủ quy định: hồ sơ nhân viên tập trung, quy trình tiếp nhận người mới, cổng "
        "tự phục vụ để nhân viên xem phiếu lương, cập nhật thông tin; giảm công sức và sai sót so với bảng tính.",
    ),
    (
        "pEo051",
        "en",
        "bpg12004",
        "Combined payroll and time-tracking software",
        "One system that records accurate work hours and turns them into wages, deductions and tax withholding, produces "
        "pay stubs and payroll cost reports, reducing manual errors and the hours spent each pay cycle.",
    ),
    (
        "pEo052",
        "vi",
        "blogcontent",
        "Chương trình tính lương tự động cho doanh nghiệp nhỏ",
        "Phần mềm tính lương xử lý giờ công, mức lương, khấu trừ thuế, phúc lợi và các khoản bảo hiểm, cập nhật thay "
        "đổi quy định lao động, bảo mật dữ liệu nhân viên, rút thời gian làm lương hằng tháng từ nhiều giờ xuống vài phút.",
    ),
    (
        "pEo053",
        "en",
        "humanize",
        "Payroll software with interest-free financing options",
        "Payroll software that calculates gross pay, overtime, commissions and bonuses, withholds taxes and deductions and "
        "issues net pay, with any employee loan or advance features structured without interest.",
    ),
    (
        "pEo054",
        "vi",
        "bestfree",
        "Ứng dụng tính lương: hồ sơ nhân viên, thuế, phúc lợi",
        "Ứng dụng tính lương lưu hồ sơ cá nhân, hợp đồng, tài khoản ngân hàng của nhân viên, tự tính lương, khấu trừ thuế, "
        "quản lý phúc lợi, trả lương đúng hạn và cho nhân viên mới tự nhập dữ liệu khi tiếp nhận.",
    ),
    (
        "pEo055",
        "vi",
        "ebh",
        "Lập và nộp hồ sơ bảo hiểm xã hội điện tử bằng phần mềm eBH",
        "Hướng dẫn và hỗ trợ đơn vị sử dụng lao động lập, ký số và nộp hồ sơ bảo hiểm xã hội điện tử qua phần mềm eBH: "
        "báo tăng, giảm lao động, điều chỉnh mức đóng, theo dõi kết quả.",
    ),
    (
        "pEo056",
        "en",
        "giadinhplus",
        "Advice on compulsory social insurance contribution rates",
        "Explains the compulsory social insurance contribution rates paid by employers and employees and how to apply them "
        "to the wage fund.",
    ),
    # --- inventory and point-of-sale software for shops ---
    (
        "pEo057",
        "en",
        "posres",
        "Point-of-sale inventory software for small shops",
        "Replace the cash register with a computer and printer running POS inventory software: every sale scanned from a "
        "barcode updates the stock database instantly; a checkout computer with cash drawer and a back-room computer for "
        "inventory reports, at a fraction of the old US$25,000 systems.",
    ),
    (
        "pEo058",
        "vi",
        "poshw",
        "Phần mềm POS quản lý tồn kho thời gian thực, cảnh báo hàng bán chậm",
        "Mỗi lần bán hàng phần mềm POS tự cập nhật tồn kho, không cần người ghi tay; báo cho chủ cửa hàng khi một mặt hàng "
        "bán chậm và tự lập đơn đặt hàng dựa trên lịch sử bán, hữu ích với hàng theo mùa.",
    ),
    (
        "pEo059",
        "en",
        "makebiz_pos",
        "POS advisory for small retailers selling in-store and online",
        "We help small retailers make the POS the single source of truth for stock and sales: counts, reorder alerts, "
        "supplier reorders, slow movers and matching webshop stock with the shelf, or linking POS to dedicated inventory "
        "software when there are several locations or wholesale orders.",
    ),
    (
        "pEo060",
        "vi",
        "easytech",
        "Phần mềm bán hàng POS cho cửa hàng bán lẻ",
        "Phần mềm tính tiền: cộng tổng, tính thuế, tiền thối, tự trừ tồn kho, chạy máy quét mã vạch, tra hàng theo mã, "
        "nhóm, nhà cung cấp và từ khóa; lưu ngày giờ mọi giao dịch để phân tích hàng bán theo mùa.",
    ),
    (
        "pEo061",
        "en",
        "jobiba",
        "Retail POS and store management system",
        "Pre-configured POS systems: computer with cash drawer, receipt printer, barcode scanner and card reader; items are "
        "deducted from stock at each sale, low-stock alerts are raised, and exact transaction times help pinpoint theft, "
        "for shops with thousands of SKUs.",
    ),
    (
        "pEo062",
        "vi",
        "sieuthimini",
        "Phần mềm quản lý siêu thị mini, cửa hàng tiện lợi",
        "Giải pháp quản lý cửa hàng toàn diện phát triển từ đồ án Phần mềm Quản lý Siêu thị Mini (ĐH Công nghệ TP.HCM): "
        "bán hàng, quản lý kho, chăm sóc khách hàng và báo cáo tài chính trong một hệ thống, giảm sai sót con người.",
    ),
    (
        "pEo063",
        "vi",
        "taphoa",
        "Phần mềm quản lý cửa hàng tạp hóa dễ dùng cho người lớn tuổi",
        "Thay sổ sách bằng phần mềm cập nhật tồn kho ngay sau mỗi giao dịch, in bill trong vài giây, báo cáo phát hiện "
        "chênh lệch hàng tồn và hàng bán, phân quyền nhân viên; giao diện tiếng Việt tối giản, biểu tượng rõ, hợp với "
        "người lớn tuổi, mở rộng được từ tiệm nhỏ đến siêu thị mini.",
    ),
    (
        "pEo064",
        "en",
        "cuahangmt",
        "Retail management software for computer and electronics stores",
        "An integrated system for computer shops: goods receipt, warehouse, point-of-sale, customer care (CRM), warranty "
        "management and detailed revenue reports, usually cloud-based for access anywhere.",
    ),
    (
        "pEo065",
        "vi",
        "khonguyenlieu",
        "Phần mềm bán hàng cho quán cà phê, trà sữa nhỏ",
        "POS cho quán nhỏ: order đến thanh toán dưới 60 giây, menu size, đá, đường, topping, in tem pha chế, trừ kho theo "
        "định lượng ml/g, cảnh báo FIFO/FEFO, thanh toán QR và ví, báo cáo cuối ca; chi phí tham khảo 500 nghìn–2 triệu "
        "đồng/tháng/điểm, hỗ trợ làm quen 1–3 ngày.",
    ),
    (
        "pEo066",
        "en",
        "qlks",
        "Restaurant POS with recipe-based stock deduction",
        "Point-of-sale module for restaurants: kitchen stock deducted automatically by recipe, receipts and debit/credit "
        "entries generated, customer debts tracked, orders taken on smartphones, bills split or merged and dishes moved "
        "between tables, flexible discounts and deposits.",
    ),
    (
        "pEo067",
        "vi",
        "haravan",
        "Hệ thống quản trị bán hàng Haravan: sản phẩm, mã vạch, tồn kho, đơn hàng",
        "Quản lý sản phẩm (SKU, giá vốn, nhập từ file), tạo và in barcode, tồn kho cơ bản và nâng cao, phiếu mua hàng, "
        "phiếu điều chuyển, phiếu điều chỉnh, xử lý và lọc đơn hàng, cho phép hay chặn đặt hàng khi hết hàng.",
    ),
    (
        "pEo068",
        "en",
        "itopx",
        "ITOPX POS inventory: receipts, issues and stocktakes",
        "Inventory screens of the ITOPX POS: goods-receipt, goods-issue and stocktake tabs listing every slip with code, "
        "partner, quantities and value by day, week, month or year; simple enough for owners with no accounting or IT background.",
    ),
    (
        "pEo069",
        "vi",
        "onesimply",
        "Phần mềm quản lý kho Simply Stock Management",
        "Phân hệ kho của bộ OneSimply ERP: quản lý đơn mua theo nhà cung cấp và mặt hàng, phân bổ chi phí mua (bảo hiểm, "
        "thuế nhập khẩu, vận chuyển), hàng trả lại nhà cung cấp, phân quyền người dùng, lịch sử cập nhật dữ liệu.",
    ),
    (
        "pEo070",
        "en",
        "hoangsoft",
        "Point-of-sale apps, software and devices for shops",
        "Point-of-sale applications, software and devices for selling at the counter of a shop.",
    ),
    (
        "pEo071",
        "vi",
        "raovat",
        "Phần mềm quản lý bán hàng cho nhiều loại cửa hàng",
        "Giới thiệu phần mềm quản lý bán hàng và các loại cửa hàng nên dùng: tạp hóa, thời trang, mỹ phẩm, vật liệu, nhà thuốc.",
    ),
]

OFFERS += [
    # --- digital signatures and signing contracts online ---
    (
        "pEo072",
        "en",
        "digibank",
        "Advisory on e-contracts and digital signatures for exporters",
        "Guidance for Vietnamese firms still signing on paper: the three ways to conclude e-contracts (scanned copies, "
        "fax/email with codes, digital signatures under the Law on E-Transactions and Decree 130/2018), how digital "
        "signatures cut admin time and cost, and how they help seize EVFTA export opportunities.",
    ),
    (
        "pEo073",
        "vi",
        "vnbriefing",
        "Tư vấn chữ ký số cho doanh nghiệp theo Nghị định 130",
        "Tư vấn doanh nghiệp dùng chữ ký số hợp lệ: chỉ chữ ký được tổ chức chứng thực cấp phép mới có giá trị; 16 nhà "
        "cung cấp công cộng như Viettel, VNPT, FPT, CMC, MISA; chữ ký số thường dùng cho tờ khai hải quan, kê khai bảo hiểm "
        "xã hội, hóa đơn điện tử, nộp thuế; các ngoại lệ như văn bản phải công chứng.",
    ),
    (
        "pEo074",
        "en",
        "acclime",
        "Practical advisory on using e-signatures in Vietnam",
        "Explains the difference between simple e-signatures and certificate-based digital signatures, which transactions "
        "accept them, the 16 licensed public certification providers at the end of 2021 and the gaps that still make "
        "commercial counterparties hesitate.",
    ),
    (
        "pEo075",
        "vi",
        "plf",
        "Tư vấn pháp lý bốn cách ký hợp đồng điện tử",
        "Công ty luật tư vấn doanh nghiệp ký hợp đồng điện tử đúng Luật Giao dịch điện tử 2023: hợp đồng là thông điệp dữ "
        "liệu (Word, PDF gửi qua email, Zalo, Teams…), yêu cầu về toàn vẹn, lưu trữ và nhận dạng nguồn gốc, và bốn cách ký.",
    ),
    (
        "pEo076",
        "vi",
        "savis",
        "Tư vấn 4 tiêu chí chọn giải pháp hợp đồng điện tử",
        "Savis tư vấn chọn nền tảng hợp đồng điện tử theo 4 tiêu chí: tuân thủ pháp luật về lưu trữ và ký số (Nghị định "
        "130/2018, Thông tư 16/2019, 22/2020), năng lực và uy tín nhà cung cấp, chất lượng phần mềm, phù hợp quy mô.",
    ),
    (
        "pEo077",
        "en",
        "cloudca_law",
        "Legal summary of Vietnamese e-contract rules",
        "CloudCA summarises the rules a business should know before contracting electronically: definition and legal "
        "validity of e-contracts, required content under the Civil Code, conclusion, confidentiality and dispute resolution "
        "under the Law on E-Transactions.",
    ),
    (
        "pEo078",
        "vi",
        "cloudca_price",
        "Hợp đồng điện tử eContract ICORP, ký online không cần cài đặt",
        "Phần mềm hợp đồng điện tử cho doanh nghiệp ký với doanh nghiệp và với cá nhân, cả biên bản đối soát; dùng hoàn toàn "
        "online, tiết kiệm 90% thời gian và chi phí ký kết; quản lý tạo, sửa, duyệt, lưu trữ hợp đồng; có bảng giá theo gói.",
    ),
    (
        "pEo079",
        "en",
        "vnpthcm",
        "VNPT eContract electronic contract service",
        "Sign any type of contract online: eKYC verification of the counterparty, online negotiation, signing with any "
        "digital signature or a one-time signature, e-signatures for individuals who have no certificate, issuing the "
        "e-invoice from the contract, and integration into the SME's own management system.",
    ),
    (
        "pEo080",
        "vi",
        "vnpttp",
        "VNPT eContract: tạo từ mẫu, mời ký qua email, hợp đồng lao động điện tử",
        "Quy trình ký trên VNPT eContract: tạo hợp đồng từ mẫu có sẵn hoặc tải file lên, gửi lời mời ký cho các bên qua "
        "email, quy định hình thức ký; phù hợp cả hợp đồng lao động điện tử theo Bộ luật Lao động 2019 và giao dịch điện "
        "tử BHXH theo Nghị định 166/2016.",
    ),
    (
        "pEo081",
        "en",
        "misa_econtract",
        "MISA AMIS e-contract platform",
        "Electronic contracts (eContract) with the same legal value as paper under the 2023 Law on E-Transactions, signed "
        "and stored online; a 2021 e-commerce survey found 33% of enterprises already used them.",
    ),
    (
        "pEo082",
        "vi",
        "itcom",
        "Triển khai hợp đồng điện tử và chữ ký số 5 bước kèm SOP mẫu",
        "ITCOM tư vấn doanh nghiệp chuyển từ hợp đồng giấy sang hợp đồng điện tử: giải thích bản chất, khung pháp lý, "
        "nên tự làm hay dùng nền tảng, mô hình triển khai 5 bước và quy trình vận hành (SOP) mẫu để áp dụng ngay.",
    ),
    (
        "pEo083",
        "en",
        "vcontract",
        "Viettel vContract electronic contracts",
        "Create, sign and look up contracts and documents anywhere, send and receive instantly, sign by CA certificate, "
        "OTP, automatic or batch signing, and reproduce the company's real approval and signing flow online.",
    ),
    (
        "pEo084",
        "vi",
        "viettelca",
        "Chữ ký số Viettel-CA cho doanh nghiệp",
        "Cung cấp chứng thư chữ ký số Viettel-CA (USB token) cho doanh nghiệp, hộ kinh doanh: dùng kê khai, nộp thuế điện "
        "tử, ký hóa đơn điện tử, BHXH, hải quan; báo giá theo thời hạn 1–3 năm.",
    ),
    (
        "pEo085",
        "en",
        "vnptqt",
        "VNPT-CA public digital signature certificates: price list",
        "Price table for VNPT-CA public digital signature certification services for organisations and individuals, by "
        "term of the certificate.",
    ),
    (
        "pEo086",
        "vi",
        "vouch",
        "Hướng dẫn thiết lập quy trình ký điện tử cho doanh nghiệp nhỏ",
        "Hướng dẫn doanh nghiệp nhỏ gửi 5–20 hợp đồng mỗi tháng (hợp đồng dịch vụ, đặt cọc, thuê, cộng tác viên) thiết lập "
        "quy trình ký điện tử trong khoảng một giờ: ghi nhận đồng ý giao dịch điện tử, nhật ký kiểm tra cần lưu (theo luật Mỹ).",
    ),
    (
        "pEo087",
        "en",
        "simplyfile",
        "Checklist to make an SMB e-signature audit trail defensible",
        "A monthly or quarterly checklist for small and midsize firms: which signing records must exist, how to prove who "
        "signed what and when, tamper evidence, retrieval, and when to tighten controls.",
    ),
    (
        "pEo088",
        "vi",
        "filed",
        "Thiết kế quy trình ký điện tử cho doanh nghiệp nhỏ",
        "Xây dựng quy trình ký điện tử ưu tiên tuân thủ: chuẩn hóa mẫu hợp đồng có quản lý phiên bản (NDA, hợp đồng bán, "
        "biểu mẫu nhân sự), xác thực người ký, nhật ký chống sửa, lưu trữ an toàn; rút chu trình ký từ nhiều ngày còn vài phút.",
    ),
    (
        "pEo089",
        "en",
        "docesign",
        "E-signatures with full audit trail and certificate of completion",
        "Every signing event (sent, viewed, consent, identity check, signed, sealed) is recorded on an append-only trail "
        "with IP, device and location; a tamper-evident certificate with SHA-256 hash and PAdES-B seal is attached; "
        "recognised under ESIGN, UETA and eIDAS.",
    ),
    (
        "pEo090",
        "vi",
        "luatsukg",
        "Dịch vụ chứng thực chữ ký số và tư vấn quy định",
        "Văn phòng luật tư vấn quy định về chữ ký số và hỗ trợ đăng ký dịch vụ chứng thực chữ ký số cho doanh nghiệp.",
    ),
    (
        "pEo091",
        "en",
        "signnow",
        "Compliant eSignature workflow with audit logs, templates and API",
        "Electronic signing with logs of signer identity, timestamps, IP and document versions, reusable templates filled "
        "from CRM data, email or SMS verification, role-based permissions and a REST API to send documents and retrieve "
        "signed files.",
    ),
]

OFFERS += [
    # --- data backup and basic cybersecurity for small offices ---
    (
        "pEo092",
        "vi",
        "vietbao",
        "Giải pháp chống mã độc tống tiền cho hộ kinh doanh và doanh nghiệp dưới 10 người",
        "NTS Security cùng Kaspersky đề xuất bộ bảo vệ toàn diện cho doanh nghiệp nhỏ, hộ kinh doanh không có nhân sự IT: "
        "phần mềm bảo mật, chính sách quản lý tập trung và đào tạo nhân viên thường xuyên; năm 2024 ghi nhận 29.282 vụ "
        "ransomware nhắm vào doanh nghiệp Việt, khoảng 80 vụ mỗi ngày.",
    ),
    (
        "pEo093",
        "en",
        "cyberjutsu",
        "Ransomware prevention and response programme",
        "Seven strategies for businesses: 3-2-1 backups, timely patching, staff security awareness, layered defences, an "
        "incident-response procedure, guidance on whether to pay, crisis communication and long-term resilience.",
    ),
    (
        "pEo094",
        "vi",
        "phamhp",
        "Tư vấn sao lưu dữ liệu phòng tin tặc",
        "Hướng dẫn sao lưu dữ liệu sang ổ lưu trữ khác hoặc dịch vụ đám mây để giảm tổn thất khi bị tấn công; bài học từ "
        "WannaCry năm 2017 làm nhiễm hơn 230.000 máy ở hơn 150 nước, dữ liệu bị mã hóa gần như không thể phục hồi.",
    ),
    (
        "pEo095",
        "vi",
        "antoan360",
        "Bảo vệ dữ liệu doanh nghiệp trước ransomware",
        "Phân tích tình hình tấn công mã độc tống tiền (hơn 500 doanh nghiệp bị tấn công trong quý I/2025; 155.640 máy "
        "tính bị ransomware năm 2024 theo Bkav) và tư vấn biện pháp phòng chống, chiến lược bảo vệ dữ liệu quan trọng.",
    ),
    (
        "pEo096",
        "en",
        "technet",
        "Backup and recovery service for small businesses",
        "3-2-1 backups plus one immutable or air-gapped copy, recovery time and recovery point objectives set with the "
        "owner, and regular test restores; we explain why cloud sync and occasional manual copies are not backups.",
    ),
    (
        "pEo097",
        "en",
        "worldwise",
        "Managed data backup for small businesses",
        "Automated business data backup so that ransomware, a failed disk or an accidental deletion does not stop the "
        "company; downtime for small firms costs around US$427 a minute.",
    ),
    (
        "pEo098",
        "vi",
        "lasetech",
        "Tư vấn an ninh mạng cơ bản cho doanh nghiệp nhỏ",
        "Các bước thiết yếu: mật khẩu mạnh, xác thực đa yếu tố, sao lưu định kỳ lưu tách riêng và bất biến, cập nhật hệ "
        "thống, lọc email lừa đảo, phần mềm bảo vệ điểm cuối, phân đoạn mạng, giới hạn quyền người dùng và nâng nhận "
        "thức nhân viên.",
    ),
    (
        "pEo099",
        "en",
        "amelia",
        "Ransomware-proof backup setup for small businesses",
        "Setting up 3-2-1 backups (three copies, two media, one offsite) so that a ransomware attack is answered by restoring "
        "a clean copy rather than paying; 75% of small businesses hit by ransomware cannot keep operating.",
    ),
    (
        "pEo100",
        "vi",
        "insidesb",
        "Sao lưu dữ liệu đám mây cho doanh nghiệp nhỏ dùng OneDrive",
        "Giải pháp sao lưu và bảo vệ dữ liệu riêng cho doanh nghiệp nhỏ để dữ liệu trên OneDrive hay dịch vụ đám mây "
        "tương tự: nhà cung cấp chỉ bảo đảm truy cập dịch vụ, không bảo vệ dữ liệu của bạn; kết hợp bảo vệ thiết bị "
        "đầu cuối và đào tạo nhận biết lừa đảo.",
    ),
    (
        "pEo101",
        "en",
        "iqpeople",
        "30-day SME cyber security series: ransomware recovery readiness",
        "A guided programme for small firms asking whether they could be running again within days without paying a "
        "ransom: plain-English ransomware explainer, real examples of silent infection and failed backups, and the 3-2-1 "
        "rule with one offline copy.",
    ),
    (
        "pEo102",
        "vi",
        "devto",
        "Sẵn sàng ứng phó ransomware cho công ty khoảng 30 người",
        "Ba việc cơ bản cho công ty nhỏ không có nhân sự bảo mật: sao lưu 3-2-1 có bản ngoại tuyến, kiểm tra khôi phục mỗi "
        "quý; phân đoạn mạng tách máy bán hàng, máy văn phòng, máy chủ và wifi khách; diễn tập kịch bản ứng phó.",
    ),
    (
        "pEo103",
        "en",
        "vncs",
        "Employee email-security training programme",
        "Training content for staff: why email security matters, phishing, spoofing, ransomware and business email "
        "compromise, signs of a suspicious message, verifying senders, checking URLs and attachments, reporting incidents, "
        "and an introduction to S/MIME, PGP and DMARC.",
    ),
    (
        "pEo104",
        "vi",
        "mi2",
        "Đào tạo nhận thức an toàn thông tin cho nhân viên doanh nghiệp vừa và nhỏ",
        "Chương trình đào tạo giúp nhân viên, nhân viên thử việc, nhà thầu hiểu chính sách bảo mật của công ty và nhận "
        "biết lừa đảo qua email, chiếm quyền tài khoản, giảm rủi ro và tổn thất cho SME.",
    ),
    (
        "pEo105",
        "en",
        "cystack_p",
        "Phishing simulation and targeted security-awareness training",
        "Realistic phishing simulations in a controlled setting, tracking who opens, clicks or enters credentials, risk "
        "measured by person and department, followed by just-in-time training for those who need it.",
    ),
    (
        "pEo106",
        "vi",
        "i2fb",
        "Chương trình xây dựng nhận thức bảo mật trong doanh nghiệp",
        "8 chiến lược: khảo sát mức nhận thức hiện tại, gửi email lừa đảo giả để kiểm tra (một công ty có 35% nhân viên "
        "bấm link), xây dựng chính sách mật khẩu và dữ liệu, đào tạo định kỳ; 95% vụ rò rỉ dữ liệu do lỗi con người.",
    ),
    (
        "pEo107",
        "en",
        "antoan360_p",
        "Phishing detection tools and awareness",
        "Up-to-date briefing on phishing trends such as phishing-as-a-service (over 85% of 2024 attacks aimed at stealing "
        "credentials) and tools to check suspicious emails and websites before clicking.",
    ),
    (
        "pEo108",
        "vi",
        "we25",
        "Tư vấn tránh 5 sai lầm khi đào tạo an ninh mạng cho nhân viên",
        "Theo chuyên gia Kaspersky, doanh nghiệp thường chọn mô hình đào tạo không phù hợp; tư vấn chọn hình thức (chia sẻ "
        "nội bộ, khóa trực tuyến, diễn giả) và nội dung để đào tạo kỹ năng, nhận thức bảo mật thật sự hiệu quả.",
    ),
    (
        "pEo109",
        "en",
        "cystack_r",
        "Ransomware explainer and protection advice",
        "CyStack explains what ransomware is, how it takes over a computer and holds data for ransom, and how to prevent it.",
    ),
    # --- training bookkeepers ---
    (
        "pEo110",
        "vi",
        "amatax",
        "Khóa học kế toán hộ kinh doanh và cá nhân kinh doanh 3T",
        "Khóa học “tự kê khai – tự hạch toán – tự quản lý” theo Thông tư 152/2025: hộ doanh thu dưới 500 triệu đồng/năm "
        "không chịu GTGT, TNCN; nhóm 500 triệu–3 tỷ không xác định được chi phí nộp GTGT 1–5% và TNCN 0,5–5% trên doanh "
        "thu; học viên tự làm sổ sách và kê khai đúng, tránh bị tính thuế sai.",
    ),
    (
        "pEo111",
        "en",
        "accordemy",
        "Basic Bookkeeping course",
        "A course for entrepreneurs, small business owners and future finance staff: recording every sale, purchase and "
        "payment, categorising into assets, liabilities, income and expenses, balancing debits and credits, reading the main "
        "financial statements and preparing for tax season.",
    ),
    (
        "pEo112",
        "vi",
        "yourcar",
        "Khóa nhập môn ghi sổ và kế toán (Open University)",
        "Khóa học miễn phí và chứng chỉ ghi sổ: phân biệt kế toán tiền mặt và dồn tích, 5 nhóm tài khoản (tài sản, nợ "
        "phải trả, thu nhập, chi phí, vốn chủ), sổ nhật ký, hệ thống tài khoản, khóa sổ và lập báo cáo tài chính.",
    ),
    (
        "pEo113",
        "en",
        "sahin",
        "Beginner's guide to bookkeeping",
        "Step-by-step tutorial for small-business owners: set up and edit a chart of accounts, categorise transactions into "
        "the five account types with examples, and record what is happening with the money; explains bookkeeper versus accountant.",
    ),
    (
        "pEo114",
        "vi",
        "acg",
        "Khóa học kế toán ghi sổ kèm thực hành phần mềm",
        "Khóa học ghi sổ gồm: nợ – có, bút toán nhật ký, trả hóa đơn, ghi nhận thanh toán, thuế bán hàng, ghi lương và "
        "các nghiệp vụ cơ bản, cùng thực hành các phần mềm kế toán phổ biến và cách phần mềm tự hạch toán để tránh nhập sai.",
    ),
    (
        "pEo115",
        "en",
        "novascotia",
        "Agri-entrepreneurship record-keeping training manual and workshops",
        "A facilitator manual from Nova Scotia Agricultural College with fact sheets and workshops on why to keep records, "
        "the cash book, inventory records, the credit book for sales and purchases on credit, and cost-of-production records.",
    ),
    (
        "pEo116",
        "vi",
        "fenton",
        "Tập huấn ghi chép sổ sách sản xuất cho nông dân theo phương pháp tham gia",
        "Chuyên gia khuyến nông Đại học Wisconsin hướng dẫn nông dân cách ghi chép đơn giản các hoạt động và vật tư trong "
        "từng vụ: chọn cây trồng mẫu, liệt kê công việc, lập sổ ghi chi phí, đơn vị vật chất và công lao động; học qua "
        "đối thoại và thực hành.",
    ),
    (
        "pEo117",
        "en",
        "sbn",
        "Training of trainers on cash-book record keeping for farmer cooperatives",
        "Working with cooperative unions, the programme trained 220 farmers as trainers who then trained over 7,000 farmers "
        "to record costs and income in cash books and work out profit or loss; 7,750 manuals and 15,500 recording books "
        "were printed in local languages.",
    ),
    (
        "pEo118",
        "en",
        "hocexcel",
        "Tutorial: T-accounts and account balances",
        "An Excel-based tutorial showing how to draw T-accounts and compute the closing balance of each ledger account.",
    ),
    (
        "pEo119",
        "en",
        "wisestart",
        "Lesson: basics of accounting and bookkeeping",
        "An introductory online lesson on the basics of accounting and bookkeeping.",
    ),
    (
        "pEo120",
        "vi",
        "myinfinity",
        "Kiến thức ghi sổ cơ bản cho doanh nghiệp nhỏ",
        "Loạt bài về các khái niệm và nguyên tắc ghi sổ kế toán nền tảng cho doanh nghiệp nhỏ.",
    ),
]

OFFERS += [
    # --- offers from neighbouring fields (distractors) ---
    (
        "pEo121",
        "en",
        "congnghe_mv",
        "Thermal receipt printers and barcode label printers",
        "Explains and supplies the two kinds of thermal printer used in shops: receipt (bill) printers and barcode label "
        "printers, both available with thermal or dot-matrix heads, and how to tell them apart.",
    ),
    (
        "pEo122",
        "vi",
        "vnuni",
        "Két đựng tiền kết nối máy in hóa đơn",
        "Ngăn kéo đựng tiền nhiều ngăn cho tiền giấy và tiền xu, nối trực tiếp với máy in hóa đơn, tự bật mở trước hoặc "
        "sau khi in hoặc mở bằng khóa; kèm máy in hóa đơn nhiệt cho cửa hàng bán lẻ.",
    ),
    (
        "pEo123",
        "en",
        "systemid",
        "Barcode scanners for supermarket checkouts",
        "Supply of checkout barcode scanners (laser, CCD, imager; 1D and 2D; handheld, countertop, wireless, fixed) that "
        "read product codes and pass them to the store's sales software.",
    ),
    (
        "pEo124",
        "vi",
        "absoft",
        "Màn hình hiển thị thông tin cho khách tại quầy thu ngân",
        "Màn hình hiển thị 10,4 inch đặt tại quầy, cho khách xem tên hàng, giá, số lượng khi thu ngân tính tiền; dùng cho "
        "cửa hàng, nhà hàng, shop.",
    ),
    (
        "pEo125",
        "vi",
        "ldtd_trace",
        "Tem truy xuất nguồn gốc QR cho hợp tác xã, hộ sản xuất nông sản",
        "Cung cấp tem truy xuất nguồn gốc mã QR dán trên nông sản để người tiêu dùng quét kiểm tra bằng ứng dụng như "
        "VietCheck, chống hàng giả, hàng nhái và giúp hợp tác xã mở rộng thị trường.",
    ),
    (
        "pEo126",
        "en",
        "vnnet_qr",
        "QR codes for GlobalGAP orchards and farm diaries",
        "Assigning QR codes to orchards farmed to GlobalGAP, with extension staff coaching growers on correct pesticide "
        "use and recording, so that the fruit is traceable on e-commerce platforms and for export.",
    ),
    (
        "pEo127",
        "vi",
        "ttv_trace",
        "Ứng dụng khoa học công nghệ truy xuất nguồn gốc sản phẩm OCOP",
        "Hỗ trợ doanh nghiệp, hợp tác xã, hộ sản xuất áp dụng hệ thống truy xuất nguồn gốc theo Đề án 100 của Thủ tướng: "
        "truy ngược sản phẩm từ kệ hàng về nơi sản xuất qua từng công đoạn chế biến, phân phối.",
    ),
    (
        "pEo128",
        "en",
        "vietpro_trace",
        "Full-chain traceability system rather than a product-information stamp",
        "An accounting-services firm that also builds traceability: records each stage of production and distribution in a "
        "real-time database, links suppliers of seed, inputs and processing, shows the product's legal announcement "
        "and geographical indication.",
    ),
    (
        "pEo129",
        "en",
        "cafef_qr",
        "Payment QR linked to the order instead of a plain transfer QR",
        "Explains and provides payment QR codes that are tied to an invoice or order number and confirmed by the payment "
        "provider, unlike static transfer QR codes that only pre-fill the seller's bank account and force manual matching.",
    ),
    (
        "pEo130",
        "vi",
        "vietnamsir",
        "Thanh toán QR liên ngân hàng cho cửa hàng nhỏ",
        "QR chuẩn hóa liên thông giúp cửa hàng nhỏ nhận tiền từ mọi ngân hàng, ví mà không cần nhiều máy POS; bảng điều "
        "khiển minh bạch, đối soát cuối ngày, cảnh báo giao dịch bất thường.",
    ),
    (
        "pEo131",
        "en",
        "linkbank",
        "EMV QR payment codes for shops",
        "Generating QR payment codes to the EMV QRCPS standard shared by banks, with merchant, currency, amount and fee "
        "fields, either one code per product or one per store.",
    ),
    (
        "pEo132",
        "vi",
        "nld_qr",
        "Tư vấn phòng tránh lừa đảo khi nhận tiền bằng mã QR cho tiểu thương",
        "Hướng dẫn tiểu thương nhận diện chiêu trò dán đè mã QR giả, khách đưa màn hình chuyển khoản giả lúc đông khách, "
        "và cách kiểm tra tiền đã về tài khoản.",
    ),
    (
        "pEo133",
        "vi",
        "vnuf",
        "Nghiên cứu thanh toán bằng ví điện tử tại Việt Nam",
        "Đề tài nghiên cứu của Đại học Lâm nghiệp về thực trạng và giải pháp phát triển thanh toán qua ví điện tử.",
    ),
    (
        "pEo134",
        "en",
        "gap",
        "Good Agricultural Practices and farm management training manual",
        "A training manual by the Caribbean Agricultural Research and Development Institute helping farmers manage their "
        "operations to Good Agricultural Practice standards, environmentally sustainable and acceptable to buyers.",
    ),
    (
        "pEo135",
        "en",
        "ias41",
        "Study of farm accounting and the IAS 41 agriculture standard",
        "A research project on the gap between the importance of accounting and the low level of bookkeeping on farms, "
        "reviewing IAS 41 on agriculture and proposing detailed farm accounting procedures.",
    ),
    (
        "pEo136",
        "vi",
        "sharecode",
        "Mã nguồn đồ án web quản lý quán bi-a, quán bia",
        "Bán mã nguồn đồ án fullstack (HTML/CSS/JS, NodeJS/Express, SQLite): quản lý bàn và tính giờ, thêm đồ uống, thanh "
        "toán QR, kho và định lượng, khách hàng, đặt bàn, thu chi, chấm công nhân viên, báo cáo.",
    ),
    (
        "pEo137",
        "en",
        "doc123",
        "Student thesis: management system for an electronic-components shop",
        "A Hanoi University of Science and Technology student project analysing and designing a management system for an "
        "electronic-components shop where staff hand-wrote invoices and memorised prices.",
    ),
    (
        "pEo138",
        "vi",
        "vietbooks_tmdv",
        "Ebook giáo trình kế toán hoạt động thương mại và dịch vụ",
        "Thư viện chia sẻ ebook PDF giáo trình kế toán hoạt động thương mại và dịch vụ.",
    ),
    (
        "pEo139",
        "vi",
        "vnba_chiluong",
        "Dịch vụ chi lương doanh nghiệp qua ngân hàng không mất phí",
        "Ngân hàng chi lương cho nhân viên doanh nghiệp qua tài khoản, miễn phí giao dịch chi lương.",
    ),
    (
        "pEo140",
        "en",
        "glama_data",
        "Public-tender search and e-invoice XML normaliser for AI agents",
        "A pay-per-use connector that lets AI agents search Vietnamese public tenders and normalise e-invoice XML files "
        "received from suppliers.",
    ),
    (
        "pEo141",
        "vi",
        "congnghe247",
        "Hướng dẫn tính và rút bảo hiểm xã hội một lần trên VssID",
        "Hướng dẫn người lao động tự tính số tiền bảo hiểm xã hội một lần trên ứng dụng VssID online.",
    ),
    (
        "pEo142",
        "vi",
        "tvpl_vsattp",
        "Dịch vụ xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Tư vấn và làm hồ sơ xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho cơ sở sản xuất, kinh "
        "doanh ăn uống.",
    ),
    (
        "pEo143",
        "en",
        "ecpvn",
        "Specialised government digital signatures for official documents",
        "Deployment of the government's specialised digital signatures so that state agencies send and receive official "
        "documents electronically.",
    ),
    (
        "pEo144",
        "vi",
        "frtmic",
        "Tra cứu pháp điển: giá trị pháp lý của chữ ký điện tử",
        "Trang tra cứu Bộ pháp điển, điều về giá trị pháp lý của chữ ký điện tử, bản in.",
    ),
    (
        "pEo145",
        "en",
        "hoatieu",
        "Legal document lookup: Decree 123/2020 on invoices replacing Decree 51/2010",
        "A legal forms and documents site answering whether Decree 123/2020 on invoices and records has replaced Decree "
        "51/2010, with downloadable texts.",
    ),
    (
        "pEo146",
        "en",
        "vnba_ocb",
        "Bank household-business finance management with OCB",
        "A bank's digital package for household businesses to manage their finances, accounts and sales receipts.",
    ),
    (
        "pEo147",
        "vi",
        "rfilc",
        "Bộ tài liệu giáo dục tài chính cho nông dân",
        "Bộ sách hướng dẫn “Nói chuyện về tiền” dùng cho nhóm thảo luận, lớp học hiện trường của nông dân nhỏ: quản lý dòng "
        "tiền, tiết kiệm, đánh giá rủi ro trước khi vay, theo dõi tiến độ, tiếp cận dịch vụ tài chính.",
    ),
    (
        "pEo148",
        "en",
        "taxkey_mua",
        "Procedure for household businesses buying paper invoices from the tax office",
        "Service handling the file for a household business to buy retail (paper) invoices issued by the tax authority.",
    ),
    (
        "pEo149",
        "en",
        "vtc_qr",
        "Consumer tips: QR codes to trace clean food",
        "Explains what QR codes are and how shoppers scan traceability stamps to check where food comes from, while "
        "producers use them to manage product flows and brands.",
    ),
    (
        "pEo150",
        "vi",
        "vietbooks_cntt",
        "Ebook ứng dụng công nghệ thông tin cho doanh nghiệp nhỏ và vừa",
        "Thư viện chia sẻ ebook PDF về ứng dụng công nghệ thông tin cho doanh nghiệp nhỏ và vừa.",
    ),
    (
        "pEo151",
        "en",
        "docz123",
        "Student coursework: software for a computer store",
        "End-of-course project specifying a computer-store management program: stock in/out, orders, invoices and "
        "receipts, customer list, warranty, statistics and staff hours.",
    ),
]
