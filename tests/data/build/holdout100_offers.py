"""Offers of the holdout100 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- point of sale, electronic invoices, payments ---
    (
        "lXo001",
        "vi",
        "sbh",
        "Máy tính tiền siêu thị tích hợp phát hành hóa đơn điện tử",
        "Cung cấp trọn bộ máy tính tiền cho siêu thị mini và cửa hàng bán lẻ có chức năng lập hóa đơn điện tử khởi tạo "
        "từ máy tính tiền, gửi dữ liệu cho cơ quan thuế theo Nghị định 123/2020 và 15/2022. Giúp chủ cửa hàng tránh "
        "mức phạt tới 50 triệu đồng theo Nghị định 125/2020; có hướng dẫn cài đặt và đào tạo thu ngân.",
    ),
    (
        "lXo002",
        "vi",
        "sbh",
        "Dịch vụ chuyển đổi sang hóa đơn điện tử từ máy tính tiền cho hộ kinh doanh",
        "Tư vấn hộ kinh doanh tạp hóa xác định có thuộc diện bắt buộc dùng hóa đơn điện tử từ máy tính tiền hay không, "
        "đăng ký với cơ quan thuế, kết nối phần mềm bán hàng đang dùng và kiểm tra việc xuất hóa đơn cho từng lần bán.",
    ),
    (
        "lXo003",
        "en",
        "genio",
        "POS invoicing module linked to stock and customer records",
        "Point-of-sale software that issues an itemised invoice for each sale with quantities, prices, taxes and "
        "discounts, deducts the items from stock in real time so that best-sellers do not run out, and keeps each "
        "customer's purchase history for loyalty campaigns.",
    ),
    (
        "lXo004",
        "en",
        "zawara",
        "Complete grocery POS terminal package",
        "Supply and set-up of a grocery checkout: display for the order total, touchscreen or keyboard, barcode reader, "
        "receipt printer, cash drawer and card reader, with POS software that holds the product list and prices and "
        "processes each order at the counter.",
    ),
    (
        "lXo005",
        "en",
        "a4f",
        "Web point-of-sale with automatic tax and card payments",
        "Invoice-screen POS where staff add or remove items, taxable items get sales tax computed automatically, card "
        "payments go through a PCI-compliant merchant account and tracked inventory is updated when the invoice closes; "
        "earlier invoices can be searched, reprinted and followed up for balances.",
    ),
    (
        "lXo006",
        "en",
        "nickel",
        "Retail POS issuing receipts, credit memos and electronic invoices",
        "Point-of-sale program that prints or skips a receipt at the time of sale, issues credit memos when goods are "
        "returned and sends invoices electronically instead of on paper, keeping numbered and dated records.",
    ),
    (
        "lXo007",
        "en",
        "escpos",
        "Receipt-printer integration for web-based POS (ESC/POS)",
        "Open-source driver work that adds receipt printing to any PHP point-of-sale: text formatting, paper cut and "
        "printed barcodes on ESC/POS thermal printers connected over Ethernet, USB, serial or a shared printer; tested "
        "with dozens of common Epson, Bixolon and Citizen models.",
    ),
    (
        "lXo008",
        "en",
        "ocaml",
        "Cash-drawer kick and printer status monitoring",
        "Library and command-line tool that opens the cash drawer through the receipt printer's kick-out connector and "
        "reads the printer's real-time status (paper out, cover open, errors, drawer switch) over TCP port 9100 or USB, "
        "so the till can warn the cashier before a receipt fails.",
    ),
    (
        "lXo009",
        "vi",
        "absoft",
        "Màn hình hiển thị phía khách hàng cho quầy thu ngân",
        "Cung cấp màn hình nhỏ gắn tại quầy thu ngân hiển thị tên hàng, đơn giá và số lượng cho khách xem ngay khi thu "
        "ngân quét hàng; dùng cho cửa hàng, siêu thị, shop và nhà hàng, kết nối với máy bán hàng cảm ứng.",
    ),
    (
        "lXo010",
        "vi",
        "d123pos",
        "Đề tài tích hợp website thương mại điện tử với hệ thống bán hàng POS",
        "Nhóm sinh viên xây dựng website bán hàng kết nối hệ thống POS tại quầy, dùng chung dữ liệu sản phẩm và đơn "
        "hàng; mật khẩu người dùng được mã hóa, xác thực và phân quyền bằng token JWT để khắc phục lỗ hổng của các đề "
        "tài trước.",
    ),
    (
        "lXo011",
        "vi",
        "d123lk",
        "Phần mềm quản lý bán hàng cho cửa hàng nhỏ thay sổ tay và hóa đơn viết tay",
        "Hệ thống do Viện Điện tử Viễn thông ĐH Bách khoa Hà Nội phân tích, thiết kế: quản lý nhà cung cấp, mặt hàng, "
        "nhân viên, khách hàng, hàng xuất và báo cáo thống kê, tự tính tiền và in hóa đơn thay cho việc nhân viên phải "
        "nhớ giá và cộng tay.",
    ),
    (
        "lXo012",
        "vi",
        "bla",
        "Triển khai thanh toán quét mã QR tại quầy cho cửa hàng tạp hóa",
        "Hỗ trợ cửa hàng gạo, tạp hóa mở tài khoản, in và dán mã QR tại quầy để khách chuyển khoản khi mua hàng, theo mô "
        "hình tuyến phố thanh toán không dùng tiền mặt đã triển khai ở TP. Tân An từ tháng 10/2023.",
    ),
    (
        "lXo013",
        "vi",
        "vsir",
        "Cổng thanh toán QR liên ngân hàng có đối soát cuối ngày",
        "Giải pháp QR chuẩn hóa dùng được cho mọi ngân hàng và ví, cửa hàng nhỏ không cần nhiều máy POS; có bảng điều "
        "khiển đối soát cuối ngày, cảnh báo giao dịch bất thường và quy trình hoàn tiền, xử lý tranh chấp rõ ràng.",
    ),
    (
        "lXo014",
        "vi",
        "danviet",
        "Hướng dẫn tiểu thương dùng mã QR tĩnh bọc nhựa tại sạp",
        "Tập huấn tiểu thương chợ và tạp hóa tạo mã QR từ ứng dụng ngân hàng, in và bọc nhựa đặt tại sạp; khách mua "
        "món 3.000–5.000 đồng cũng trả được, người bán bớt cầm tiền mặt, tránh tiền giả và nhầm lẫn tiền thối.",
    ),
    (
        "lXo015",
        "en",
        "sco",
        "Self-service checkout kiosks for supermarkets",
        "Integration of self-checkout stations: built-in barcode scanner, bagging area, payment terminal for cash, "
        "cards and contactless, and receipt or e-receipt printing, linked to the store's POS so shoppers with few items "
        "skip the queue at peak hours.",
    ),
    (
        "lXo016",
        "vi",
        "vnn",
        "Chương trình số hóa thanh toán và quản lý doanh thu cho tiểu thương",
        "Hỗ trợ người bán mở tài khoản số, nhận tiền qua QR, ví điện tử 24/7 và theo dõi doanh thu, thu chi ngay trên "
        "điện thoại thông minh, giao dịch hoàn tất trong vài giây thay cho tiền mặt và tiền lẻ.",
    ),
    (
        "lXo017",
        "en",
        "cashdr",
        "Node.js library to open a POS cash drawer through the printer",
        "Small software component for point-of-sale developers: sends the standard drawer-open command to the named "
        "receipt printer, lists the printers available on the machine and returns error codes when the drawer fails.",
    ),
    (
        "lXo018",
        "vi",
        "taxkey",
        "Dịch vụ làm thủ tục mua hóa đơn giấy lẻ của cơ quan thuế",
        "Làm hồ sơ cho hộ kinh doanh đề nghị cơ quan thuế bán hóa đơn giấy lẻ theo từng lần phát sinh, nộp tờ khai và "
        "nhận hóa đơn tại chi cục thuế.",
    ),
    (
        "lXo019",
        "en",
        "nickel",
        "Timesheet-based invoicing for hourly professional services",
        "Billing tool for consultants and lawyers that builds invoices from timesheets of hours worked, tracks "
        "self-billing and debit memos for short payments and late fees.",
    ),
    (
        "lXo020",
        "vi",
        "vendor",
        "Ứng dụng kết nối người bán hàng rong với khách hàng",
        "Dự án sinh viên ĐH Kinh tế (ĐHQG Hà Nội) xây dựng ứng dụng giới thiệu ẩm thực đường phố, cho khách tìm và đặt "
        "món của gánh hàng rong gần mình, kèm video ngắn về món ăn.",
    ),
]
OFFERS += [
    # --- barcodes, inventory, shelf labels ---
    (
        "lXo021",
        "vi",
        "vinpos",
        "Tư vấn chọn máy quét mã vạch theo loại mã (1D, 2D, QR)",
        "Khảo sát các loại mã cửa hàng cần đọc (EAN, UPC trên hàng đóng gói, QR trên điện thoại, mã mờ trong kho) rồi "
        "đề xuất máy quét laser, CCD hay imager phù hợp, giải thích thông số để tránh mua sai gây gián đoạn tính tiền.",
    ),
    (
        "lXo022",
        "vi",
        "tn24",
        "Cung cấp giấy in tem mã vạch cho siêu thị",
        "Cung cấp decal nhiệt và decal giấy in mã vạch, giá, hạn sử dụng dán lên hàng; tư vấn kích thước, keo dán và "
        "công nghệ in để tem không mờ, không rách, máy quét đọc được ngay, tránh ùn tắc ở quầy.",
    ),
    (
        "lXo023",
        "vi",
        "vayo",
        "Giải pháp mã vạch và máy quét cho quản lý bán hàng, tồn kho",
        "Triển khai mã vạch cho hàng hóa cùng máy quét cầm tay hoặc gắn ngăn kéo tiền, giúp kiểm tra hàng khi bán, theo "
        "dõi doanh số và số lượng tồn, nhanh hơn và ít lỗi hơn so với gõ mã bằng bàn phím.",
    ),
    (
        "lXo024",
        "vi",
        "htsoft",
        "Phần mềm bán hàng đọc mã vạch in từ cân điện tử",
        "Phần mềm BizMan đọc mã vạch do cân điện tử in: đầu mã 26, mã hàng 5 ký tự, khối lượng tính bằng gam và số "
        "kiểm tra; thu ngân chỉ quét tem là ra mã hàng, khối lượng và thành tiền cho rau, thịt, thực phẩm sạch.",
    ),
    (
        "lXo025",
        "vi",
        "sysid",
        "Máy quét mã vạch tính tiền cho siêu thị",
        "Phân phối máy quét công nghệ laser, CCD, imager loại 1D và 2D, dạng cầm tay, để quầy, không dây và cố định; "
        "kèm bộ giải mã và cáp USB nối máy tính hoặc máy bán hàng để hiển thị giá và tồn kho.",
    ),
    (
        "lXo026",
        "vi",
        "labk",
        "In tem nhãn barcode và QR code",
        "Nhận in tem barcode và tem QR dán trên bao bì hàng hóa, chứa thông tin xuất xứ, lô, tiêu chuẩn, kích thước; "
        "phục vụ quản lý hàng và cho khách quét bằng điện thoại.",
    ),
    (
        "lXo027",
        "vi",
        "fefo",
        "Quản lý tồn kho theo lô và hạn sử dụng (FEFO), tự giảm giá hàng sắp hết hạn",
        "Tích hợp theo dõi từng lô (ngày sản xuất, hạn dùng, vị trí) và nguyên tắc hết hạn trước xuất trước vào phần "
        "mềm bán hàng; lô sắp hết hạn được tự động giảm giá và quảng bá. Mục tiêu đưa tỷ lệ hủy hàng từ khoảng 1,8% "
        "xuống dưới 0,8%.",
    ),
    (
        "lXo028",
        "vi",
        "erpx",
        "Mô-đun theo dõi ngày hết hạn của sản phẩm và lô hàng",
        "Phân hệ ERP ghi nhận ngày kết thúc vòng đời, ngày dùng tốt nhất, ngày loại bỏ và ngày cảnh báo cho từng lô; "
        "áp dụng chiến lược xuất theo ngày hết hạn sớm nhất, thích hợp ngành thực phẩm.",
    ),
    (
        "lXo029",
        "en",
        "c2c",
        "Barcode scanning for receiving and stock entry",
        "Set-up of barcode-based receiving and inventory entry for shops: each scan looks up the UPC or EAN-13, updates "
        "the count and triggers reorder alerts; retailers typically save 3–5 hours per week per location.",
    ),
    (
        "lXo030",
        "en",
        "elo",
        "Cloud ERP and POS with barcode stocktaking",
        "All-in-one cloud ERP and POS for retail and pharmacies: a scanner under USD 50 and about 30 minutes of set-up "
        "let each sale decrement stock, each goods receipt increment it and stocktakes confirm it, with time-stamped "
        "records.",
    ),
    (
        "lXo031",
        "en",
        "bizbro",
        "Barcode billing and inventory for small shops, step by step",
        "Billing software and coaching for shop owners: clean item codes, prices and tax rates first, create stable "
        "codes for 20 high-volume products, test on one real sale, then extend labels to the whole range.",
    ),
    (
        "lXo032",
        "en",
        "tex",
        "Barcode labels, thermal printers and scanners for retail",
        "Supplier of barcode scanners, thermal label printers and labels, integrated with POS and inventory software so "
        "product ID, price, stock and batch are captured automatically in shops, supermarkets and warehouses.",
    ),
    (
        "lXo033",
        "en",
        "smartbiz",
        "Barcode inventory system for small businesses",
        "Barcode tracking package for small firms: scanner or smartphone reads each item and records quantity, "
        "location and price in a digital database, giving real-time stock levels and avoiding stockouts and overstock.",
    ),
    (
        "lXo034",
        "en",
        "rfid",
        "Item-level RFID for retail inventory accuracy",
        "Passive UHF RFID tags and readers that count stock without line of sight; reported inventory accuracy rises "
        "from 60–75% with barcodes to above 98% in full deployments, cutting out-of-stocks and manual counting.",
    ),
    (
        "lXo035",
        "en",
        "wild",
        "Advisory: RFID, computer vision or smart carts for in-store inventory",
        "Independent comparison of item-level RFID, fixed cameras with AI and sensor-equipped smart carts on total cost, "
        "set-up effort and accuracy, to build a 12–24 month in-store inventory roadmap.",
    ),
    (
        "lXo036",
        "en",
        "idiom",
        "Automated continuous inventory tracking",
        "Replaces periodic cycle counts with a running record updated at every sale, return and receipt, so replenishment "
        "triggers are reliable and stockouts and overstock show up early.",
    ),
    (
        "lXo037",
        "en",
        "esl1",
        "Electronic shelf labels with central price management",
        "E-paper shelf labels linked wirelessly to back-office software: a price changed centrally appears on every "
        "label in seconds, along with product name, barcode, stock status, promotions and QR codes; no paper tags and "
        "no shelf–till mismatches.",
    ),
    (
        "lXo038",
        "en",
        "esl3",
        "ESL rollout tied into POS, inventory and planograms",
        "Phased electronic-shelf-label deployment for grocers: labels connected to existing POS and inventory, staff "
        "change management; paper-tag labour falls 60–90% and pilots usually pay back in 12–24 months.",
    ),
    (
        "lXo039",
        "en",
        "eslcsc",
        "Consumer-behaviour review of digital price displays",
        "Research consultancy assessing how e-paper price tags (two-colour formats, product info, discount display) "
        "are perceived by shoppers and the risks of frequent price changes.",
    ),
    (
        "lXo040",
        "en",
        "rfj",
        "Item-level RFID for apparel brands and distribution centres",
        "RFID programme for clothing and footwear supply chains: carton verification against 2–10% mispack rates and "
        "item-level accuracy in stores that today sit at 55–80%.",
    ),
    (
        "lXo041",
        "vi",
        "ichk",
        "Ứng dụng kiểm tra hàng thật bằng mã vạch",
        "Ứng dụng điện thoại cho người tiêu dùng quét mã số mã vạch trên bao bì để truy xuất nguồn gốc, phân biệt hàng "
        "thật và hàng giả trước khi mua.",
    ),
    (
        "lXo042",
        "vi",
        "congbo",
        "Tư vấn đăng ký mã số mã vạch cho sản phẩm của doanh nghiệp, hợp tác xã",
        "Giải đáp khi nào phải đăng ký mã số mã vạch, làm hồ sơ cấp mã doanh nghiệp GS1 để in lên bao bì sản phẩm, đáp "
        "ứng yêu cầu của siêu thị và hệ thống phân phối.",
    ),
    (
        "lXo043",
        "vi",
        "scanlb",
        "Máy quét mã vạch kết nối mạng máy tính quản lý tồn kho",
        "Thiết bị quét đọc mã vạch hàng hóa khi thanh toán, đưa thông tin bán hàng vào mạng máy tính để người quản lý "
        "nắm kịp thời lượng tồn từng mặt hàng.",
    ),
    (
        "lXo044",
        "en",
        "s2c",
        "Starter barcode inventory kit for growing businesses",
        "Basic package of a couple of scanners and a small label printer, with software that tallies sales at the till "
        "and tracks product movement so owners can forecast what to reorder.",
    ),
    (
        "lXo045",
        "en",
        "poscb",
        "Guide and supply of POS and handheld barcode scanners",
        "Advice and devices for small retailers choosing a counter scanner or a portable handheld scanner for stock "
        "checks: faster checkout, fewer entry errors and accurate stock records.",
    ),
]
OFFERS += [
    # --- display refrigeration, freezers, temperature monitoring ---
    (
        "lXo046",
        "en",
        "waypt",
        "Retrofitting doors on open refrigerated cases in grocery stores",
        "Energy service that adds doors to open display cases: refrigeration can take up to 50% of a grocery store's "
        "electricity and open cases chill the aisles; doors cut the load at once, keep product temperatures steadier "
        "and make aisles more comfortable for shoppers and staff.",
    ),
    (
        "lXo047",
        "en",
        "sev",
        "High-performance upgrade package for refrigerated display cases",
        "Retrofit measures for display cases, walk-in coolers and freezers: LED case lighting, electronically commutated "
        "fan motors, anti-sweat heater controls, permanent doors on dairy, deli and beverage cases and night curtains on "
        "open meat and produce cases; savings largest on low-temperature cases.",
    ),
    (
        "lXo048",
        "en",
        "csa",
        "Doors on medium-temperature coolers: energy management advice",
        "Consulting for supermarkets: an open display case uses about 30% more energy than a doored one; adding doors "
        "to dairy, beer and deli coolers lowers energy bills, protects product and does not need a refrigerant "
        "overhaul.",
    ),
    (
        "lXo049",
        "en",
        "ecoact",
        "Transparent-door retrofit for open display cases",
        "Retrofit of glass doors and optional LED lighting on open refrigerated cases for convenience stores and "
        "supermarkets: cheaper than buying new cases, keeps food fresh longer, cuts spoilage and lets condensers and "
        "fans run less.",
    ),
    (
        "lXo050",
        "en",
        "rdt",
        "Testing and sealing retrofit doors on chilled cabinets",
        "Research and test service on door integrity: a 7 mm gap between doors of a three-door chilled cabinet was "
        "found responsible for 23% of overnight heat extraction, so fitting and sealing decide the real savings; "
        "sliding versus hinged doors compared.",
    ),
    (
        "lXo051",
        "en",
        "hpt",
        "Study results: glass-doored versus open vertical display cases",
        "Field comparison showing that an open case line-up used about 1.3 times the energy of a glass-doored line-up "
        "per unit length, with no measurable effect on product sales.",
    ),
    (
        "lXo052",
        "en",
        "bizen",
        "Low-cost design tweaks for open display cases",
        "University engineering team's modifications to the air curtain of open refrigerated cases for cafés and delis, "
        "reducing warm-air infiltration by about 10% without adding doors.",
    ),
    (
        "lXo053",
        "en",
        "abw",
        "Supervised temperature monitoring for freezers and coolers",
        "Monitoring platform with sensors in refrigerators, freezers and cold rooms, sensor-health checks, stored history "
        "and escalating alerts to the right person before product is lost; built for grocery stores and ice cream "
        "shops.",
    ),
    (
        "lXo054",
        "en",
        "cord",
        "Low-cost IoT temperature monitoring for retail refrigerated cabinets",
        "University of Córdoba solution using ESP8266 Wi-Fi microcontrollers and DS18B20 sensors with the ThingSpeak "
        "cloud platform, built on open-source hardware and software; extensible to lighting, energy and customer "
        "presence.",
    ),
    (
        "lXo055",
        "en",
        "fqs",
        "Remote temperature alarms for commercial refrigerators and freezers",
        "Remote monitoring units that call, text or e-mail designated staff when a unit leaves its preset range or "
        "power fails, and keep records for food-safety inspections.",
    ),
    (
        "lXo056",
        "en",
        "afstc",
        "Refrigerator monitoring system with compliance records",
        "Digital sensors in fridges, freezers and cool rooms report to a central platform with alarm thresholds, showing "
        "units running warm, doors left open or defrost problems, and keeping an evidence trail for audits.",
    ),
    (
        "lXo057",
        "vi",
        "sumi",
        "Tư vấn chọn tủ đông theo công suất tiêu thụ điện",
        "Hướng dẫn cửa hàng thực phẩm đọc tem thông số (150 W, 200 W, 300 W…), lập dự toán tiền điện hàng tháng và so "
        "sánh hiệu quả năng lượng giữa các dòng tủ đông để chọn tủ ít tốn điện, bền máy nén.",
    ),
    (
        "lXo058",
        "vi",
        "tvnd",
        "Tiêu chí chọn tủ mát và tủ đông tiết kiệm điện",
        "Tư vấn phân loại tủ mát (30–70 lít, 5–8°C), tủ lạnh trữ đông và tủ đông theo mục đích; ưu tiên vật liệu cách "
        "nhiệt tốt và máy nén biến tần để giảm điện năng cho thiết bị chạy 24/24.",
    ),
    (
        "lXo059",
        "vi",
        "nenw",
        "Tủ trưng bày đồ uống cửa kính tiết kiệm 30% điện",
        "Tủ trưng bày nước giải khát cửa kính Low-E phủ nano, gioăng kín ba lớp cho cửa hàng tiện lợi, siêu thị; giảm "
        "trên 30% so với tủ thường tiêu thụ khoảng 1.800 kWh/năm và bố trí trưng bày giúp tăng 25–30% doanh số đồ uống.",
    ),
    (
        "lXo060",
        "vi",
        "gcsi",
        "Tủ nửa đông nửa mát inox cho cửa hàng thực phẩm",
        "Cung cấp, lắp đặt tủ hai ngăn: ngăn đông khoảng 0 đến -18°C và ngăn mát 0–10°C, vỏ inox, gas R600A/R134a, "
        "quạt gió tuần hoàn, tự xả đá, dung tích 200 đến trên 500 lít; bảo hành trọn gói.",
    ),
    (
        "lXo061",
        "vi",
        "cafef",
        "Hướng dẫn sắp xếp hàng trong tủ lạnh để giảm tiền điện",
        "Khuyến nghị giữ mức chứa 70–85% dung tích, xếp theo vùng nhiệt độ, bọc kín thực phẩm để khí lạnh lưu thông "
        "và máy nén bớt chạy, kéo dài tuổi thọ tủ.",
    ),
    (
        "lXo062",
        "vi",
        "hvn",
        "Đầu tư kho lạnh bảo quản nông thủy sản xuất khẩu",
        "Tư vấn quy hoạch và xây dựng kho lạnh lớn tại vùng nguyên liệu, cảng và cửa khẩu cho nông sản, thủy sản xuất "
        "khẩu, khi cả nước mới có khoảng 80 kho lạnh làm dịch vụ.",
    ),
    (
        "lXo063",
        "vi",
        "vietbao",
        "Điều hòa không khí công nghệ inverter",
        "Phân phối và lắp điều hòa inverter cho nhà ở và cửa hàng; kỹ sư điện lạnh lưu ý mức tiết kiệm chỉ khoảng "
        "10–20% khi trời dưới 36–38°C.",
    ),
    (
        "lXo064",
        "vi",
        "vnnfr",
        "Tủ lạnh gia đình dung tích lớn side-by-side",
        "Bán tủ lạnh 450–650 lít side-by-side và nhiều cửa cho gia đình 5–7 người, máy nén inverter, gas R600a, điều "
        "khiển qua ứng dụng, giá 10–30 triệu đồng.",
    ),
    (
        "lXo065",
        "vi",
        "bepkit",
        "Hướng dẫn đọc nhãn năng lượng khi mua tủ lạnh gia đình",
        "Giải thích cách nhận biết tủ lạnh tiết kiệm điện qua nhãn năng lượng và số sao để hộ gia đình giảm hóa đơn "
        "điện hàng tháng.",
    ),
    (
        "lXo066",
        "en",
        "cky",
        "Cold-storage temperature monitoring design under HACCP",
        "Engineering of monitoring systems for cold and frozen warehouses: HACCP and Codex requirements, sensor "
        "selection, alarm logic, data management and cloud dashboards for cold-chain operators.",
    ),
    (
        "lXo067",
        "en",
        "fermag",
        "Kitchen temperature monitors and walk-in door alarms",
        "Monitors for restaurant kitchens: probe thermometers, walk-in temperature alarms and door-ajar alarms that "
        "document HACCP records for the health inspector.",
    ),
    (
        "lXo068",
        "vi",
        "megasun",
        "Máy bơm nhiệt nước nóng tiết kiệm điện",
        "Lắp máy bơm nhiệt (heat pump) đun nước nóng cho gia đình, khách sạn thay bình nóng lạnh, tiết kiệm điện so "
        "với gia nhiệt bằng điện trở.",
    ),
    (
        "lXo069",
        "en",
        "smn",
        "Independent-grocer trial of doored dairy and beer cases",
        "University of Missouri–Kansas City team with ASHRAE funding measured doored versus open cases in two "
        "independent grocery stores: open cases used about 1.3 times the energy, sales of dairy and beer did not change "
        "and product temperatures varied less.",
    ),
    (
        "lXo070",
        "en",
        "tmx",
        "Last-mile cold chain operations for online grocery",
        "Logistics provider helping grocers extend cold-chain control to delivery and curbside pickup as online grocery "
        "grows faster than in-store sales.",
    ),
]
OFFERS += [
    # --- store layout, lighting, customer counting ---
    (
        "lXo071",
        "vi",
        "sts",
        "Thiết kế mặt bằng siêu thị mini theo dòng di chuyển của khách",
        "Tư vấn bố cục cho minimart 25–40 m²: lối đi rõ ràng, kệ thấp vừa tầm mắt, ánh sáng đủ, nhóm hàng dễ nhận "
        "diện để khách ở lâu hơn và mua thêm mà không cần giảm giá.",
    ),
    (
        "lXo072",
        "vi",
        "skgd",
        "Thiết kế cửa hàng tạp hóa nhỏ tiết kiệm chi phí",
        "Lập mặt bằng phân vùng lối vào, trưng bày, thanh toán, kho và lối thoát hiểm; dùng kệ mô-đun đổi được bố cục, "
        "đèn LED tiết kiệm điện, vật liệu dễ thi công và tận dụng đồ cũ tái thiết kế.",
    ),
    (
        "lXo073",
        "vi",
        "flip",
        "Tư vấn chọn kiểu bố trí quầy sạp theo ngành hàng",
        "Hướng dẫn ba cách bố trí quầy: chủ hàng đứng trong quầy, chủ hàng đứng cùng phía khách, hoặc quầy sạp mở để "
        "khách tự chọn hàng, tùy mặt hàng kinh doanh.",
    ),
    (
        "lXo074",
        "vi",
        "acs",
        "Giải pháp đếm người 3D và AI cho chuỗi bán lẻ",
        "Thiết bị đếm người bằng camera 3D stereo phân biệt người lớn, trẻ em, xe đẩy, chính xác tới 99%, lưu dữ liệu "
        "90 ngày tại thiết bị; kèm xử lý video AI để phân tích hành vi, tối ưu bố trí cửa hàng.",
    ),
    (
        "lXo075",
        "vi",
        "viws",
        "Hệ thống đếm khách vào cửa hàng bằng hồng ngoại, cảm biến nhiệt, video",
        "Tư vấn chọn bộ đếm khách một chiều hoặc hai chiều, chạy pin hoặc điện lưới, lắp ngang hoặc dọc, để tính tỷ lệ "
        "khách vào cửa hàng chuyển thành người mua.",
    ),
    (
        "lXo076",
        "en",
        "upsh",
        "Supermarket lighting design by zone",
        "Lighting design that is bright enough to make products stand out without glare, brighter over produce and "
        "bakery, softer where customers browse, angled to avoid shadows and adjustable to layout changes, with "
        "energy-efficient fixtures.",
    ),
    (
        "lXo077",
        "en",
        "hill",
        "LED lighting for refrigerated perishable cases",
        "Display-case lighting specialists: LEDs suited to the refrigerated environment, with attention to glare, "
        "shadows, ultraviolet and heat that shorten the life of meat and produce; more light is not always better.",
    ),
    (
        "lXo078",
        "en",
        "shook",
        "Grocery lighting concept with colour temperatures by department",
        "Store-design firm rethinking overhead lighting schemes: red meat under about 2,500 K to keep its colour, fruit "
        "and vegetables around 3,000 K, and layered light to replace the flat, artificial supermarket glow.",
    ),
    (
        "lXo079",
        "en",
        "sylv",
        "Layered retail lighting design",
        "Lighting designs that guide customers through the store, give visual comfort and highlight merchandise, "
        "combining general, accent and decorative light while balancing ownership, energy and sustainability costs.",
    ),
    (
        "lXo080",
        "en",
        "bhdp",
        "Layered lighting and spotlighting for grocers",
        "Retail architects adding spot lighting to produce displays and key messages on top of a base lumen level, "
        "planning darker zones for contrast and using daylight to lengthen shopper visits.",
    ),
    (
        "lXo081",
        "en",
        "ledm",
        "Replacing T8 fluorescent fixtures with LED luminaires in a grocery",
        "Retrofit project approach proven in a 13,700 ft² co-operative grocery: 34 six-lamp T8 fixtures replaced by 38 "
        "LED luminaires, 57% projected energy saving and no lamp or maintenance cost over 50,000 hours.",
    ),
    (
        "lXo082",
        "en",
        "lancs",
        "LED retrofit contracting for retail premises",
        "Electrical contractor planning LED retrofits with little disruption to trading: up to 60% less electricity "
        "than fluorescent tubes, longer life, no mercury, instant full brightness and dimming.",
    ),
    (
        "lXo083",
        "en",
        "pge",
        "LED lighting upgrades for retail displays and security",
        "Utility programme advice on LEDs for displays, back rooms and outdoor areas: 25–75% less energy, less heat to "
        "cool, longer life; brighter light also supports loss prevention.",
    ),
    (
        "lXo084",
        "en",
        "rrfb",
        "Entrance and shelf LED lighting for shops",
        "LED lighting plans from the storefront entrance to shelves and checkout, flicker-free and inviting, to help "
        "physical stores win shoppers back from online retail.",
    ),
    (
        "lXo085",
        "en",
        "ineco",
        "Video analytics of visitors, paths and dwell time",
        "Software that reuses existing surveillance cameras to count visitors, track walking direction and measure "
        "dwell time so managers can adjust staffing and product positions.",
    ),
    (
        "lXo086",
        "en",
        "csal",
        "Chain-wide LED programmes for non-food retailers",
        "Programme support for retail chains joining the US Department of Energy interior lighting campaign: colour "
        "tuning and smart lighting where lighting is half of non-food energy costs.",
    ),
    (
        "lXo087",
        "vi",
        "thietkedep",
        "Thiết kế kiến trúc công trình siêu thị và trung tâm thương mại",
        "Công ty thiết kế nhận thiết kế siêu thị quy mô vài trăm đến vài nghìn m² với khu tươi sống, chế biến sẵn, gia "
        "dụng, bãi đỗ xe và khu thanh toán tự động.",
    ),
    (
        "lXo088",
        "en",
        "bs4",
        "Facial-recognition customer profiling in shopping malls",
        "CCTV with facial recognition at mall entrances and corridors feeding a big-data system that profiles groups "
        "and returning customers and draws heatmaps for mall marketing.",
    ),
]
OFFERS += [
    # --- loss prevention ---
    (
        "lXo089",
        "vi",
        "sky",
        "Lắp đặt camera CCTV chống trộm và gian lận cho khu bán lẻ",
        "Thiết kế hệ thống camera giám sát 24/7 lối ra vào, quầy thanh toán, hành lang, kho; ngăn trộm hàng, tráo đổi "
        "sản phẩm, giám sát quy trình thu ngân hạn chế gian lận nội bộ và lưu bằng chứng khi có tranh chấp.",
    ),
    (
        "lXo090",
        "vi",
        "ths",
        "Camera IP không dây cho cửa hàng nhỏ",
        "Lắp hệ camera IP Wi-Fi 1–2 mắt cho cửa hàng nhỏ: camera, thẻ nhớ, bộ nguồn, cắm dây mạng LAN khi Wi-Fi "
        "chập chờn; hệ camera IP chuyên nghiệp với đầu ghi cho kho bãi cần lưu trữ dài.",
    ),
    (
        "lXo091",
        "vi",
        "kth",
        "Tư vấn chọn và thi công hệ thống camera giám sát",
        "Kỹ sư điện nhẹ 20 năm kinh nghiệm tư vấn chọn camera IP, analog, dome, bullet, PTZ, PoE; tránh nghẽn băng "
        "thông, camera Wi-Fi mất kết nối và thẻ nhớ hỏng đúng lúc xảy ra mất trộm.",
    ),
    (
        "lXo092",
        "vi",
        "xemtv",
        "Camera giám sát có tính năng thông minh",
        "Camera hai ống kính độ phân giải cao, nhận biết người lạ và cảnh báo, đếm người ra vào, gọi video từ xa, giá "
        "từ vài trăm nghìn đồng mỗi mắt.",
    ),
    (
        "lXo093",
        "en",
        "stags",
        "Five-layer retail loss prevention programme",
        "Loss-prevention consultancy and supply: EAS tags, labels and antennas on theft-prone items, lockable displays, "
        "well-lit layout with line of sight from the till, tidy shelves, plus periodic checks of tag strength.",
    ),
    (
        "lXo094",
        "en",
        "goodsec",
        "Anti-shoplifting devices: surveillance, fixtures and EAS tags",
        "Security supplier covering the three ways to slow shoplifters: guards and video surveillance, cables and locked "
        "cases for valuable goods, and tags that sound an alarm at the exit.",
    ),
    (
        "lXo095",
        "en",
        "ezd",
        "CCTV, EAS and security staff for retail theft",
        "Installation of CCTV that records incidents for police, tamper-proof EAS tags deactivated at the till and "
        "advice on uniformed and plain-clothes guards.",
    ),
    (
        "lXo096",
        "en",
        "sirix",
        "Behaviour-AI remote anti-theft monitoring for stores",
        "Remote monitoring service whose behaviour AI watches camera feeds for shoplifting gestures and alerts staff in "
        "real time, without relying on facial recognition and its privacy concerns.",
    ),
    (
        "lXo097",
        "en",
        "lps",
        "Exception-based reporting to detect employee theft",
        "Loss-prevention investigators who configure and read POS exception reports, such as a no-sale following a "
        "voided transaction, to expose cashiers pocketing cash when inventory, not cash, comes up short.",
    ),
    (
        "lXo098",
        "en",
        "dpos",
        "POS settings and theft-watch reports against cashier fraud",
        "POS vendor help desk: forbid or manager-lock the no-sale key, block sales with the drawer open, force receipt "
        "printing, review weekly theft-watch reports and request a free transaction audit.",
    ),
    (
        "lXo099",
        "en",
        "posd",
        "POS theft detection analytics for retailers",
        "Analytics that flag cash skimming, no-sale abuse, fake refunds, voids and discount overrides; US shrink was "
        "1.6% of sales in 2022 and about 29% of it came from employees.",
    ),
    (
        "lXo100",
        "en",
        "simp",
        "Video analysis to catch unrecorded cash sales",
        "Camera-based detection of transactions that take place at the counter but are never entered in the POS "
        "(skimming), matching video activity against sales records.",
    ),
    (
        "lXo101",
        "en",
        "brisb",
        "Training on point-of-sale fraud: voids and false returns",
        "Fraud-examiner course explaining how staff steal through void sales, false returns and sales processing, and "
        "the prevention and detection controls that match each scheme.",
    ),
    (
        "lXo102",
        "en",
        "kpm",
        "Cash register fraud review by accountants",
        "CPA firm review of register red flags (gross–net sales gaps, rising refunds and voids, refunds just under the "
        "review limit) and set-up of anti-fraud policies and staff training.",
    ),
    (
        "lXo103",
        "en",
        "nrei",
        "Shrink reduction through staffing and customer service",
        "Security consultants combining CCTV over the doorway and cash areas, EAS and guards with staffing and "
        "customer-service training, since attentive staff deter shoplifters.",
    ),
    (
        "lXo104",
        "en",
        "psl",
        "Shoplifting prevention training for store employees",
        "Short, repeated training modules: phone-use policy, greeting every customer, common shoplifting tactics and "
        "regular reminders of high-risk corners and merchandise.",
    ),
    (
        "lXo105",
        "vi",
        "tntp",
        "Thiết bị báo động chống trộm cướp cho tiệm vàng",
        "Cung cấp camera, thiết bị báo động và chống trộm cho tiệm vàng, tiệm kim hoàn nhỏ ở vùng ven vốn lơ là bảo vệ "
        "trong mùa cao điểm cuối năm.",
    ),
    (
        "lXo106",
        "vi",
        "thanhnien",
        "Camera an ninh gia đình và chuông cửa video",
        "Tư vấn chọn camera an ninh Wi-Fi trong nhà, ngoài trời, chuông cửa có hình và camera đèn pha để theo dõi nhà "
        "khi đi vắng dịp Tết.",
    ),
]
OFFERS += [
    # --- home delivery, online orders, omnichannel ---
    (
        "lXo107",
        "vi",
        "home",
        "Thiết kế ứng dụng đặt và giao hàng tạp hóa",
        "Phát triển app giao hàng tạp hóa theo nhu cầu cho cửa hàng nhỏ và chuỗi siêu thị: phân tích tính năng cho "
        "khách, shipper và quản trị, mô hình doanh thu, quy trình lập kế hoạch, thiết kế, kiểm thử và triển khai.",
    ),
    (
        "lXo108",
        "vi",
        "sieunam",
        "Mô hình giao hàng nhanh theo bán kính từ siêu thị gần nhất",
        "Xây dựng quy trình giao hàng: đơn đặt 8h30–17h30 giao trong 30 phút trong bán kính 5 km, 1 giờ trong 10 km, "
        "2 giờ trong 10–20 km; đơn đặt ngoài giờ giao trước 9 giờ sáng hôm sau.",
    ),
    (
        "lXo109",
        "vi",
        "tuha",
        "Phần mềm quản lý bán hàng đa kênh",
        "Chuẩn hóa mã SKU, giá, mô tả, hình ảnh và tồn kho tập trung cho cửa hàng bán trên Shopee, TikTok Shop, "
        "Facebook và website, tránh hết hàng kênh này dư hàng kênh khác.",
    ),
    (
        "lXo110",
        "vi",
        "sapo",
        "Kết nối kênh bán hàng website với kho của cửa hàng",
        "Cài đặt kênh website đồng bộ với phần mềm bán hàng tại quầy theo mã SKU duy nhất: sản phẩm phải bật quản lý "
        "kho, không tồn âm trước khi đồng bộ; hỗ trợ qua tổng đài 7:00–22:00.",
    ),
    (
        "lXo111",
        "vi",
        "alii",
        "Tư vấn chiến lược bán hàng đa kênh hợp nhất (omnichannel)",
        "Giúp chủ cửa hàng hợp nhất dữ liệu khách hàng, lịch sử mua và điểm thưởng giữa cửa hàng, website, sàn TMĐT, "
        "livestream để tránh tồn kho lệch và phản hồi khách chậm.",
    ),
    (
        "lXo112",
        "en",
        "bado",
        "Omnichannel sales management with e-invoices for SMEs",
        "Platform for stores and household businesses selling through Facebook, Zalo, TikTok, websites, marketplaces "
        "and the shop: one place for orders, synchronised inventory, revenue, customers, staff permissions, e-invoices "
        "and reports.",
    ),
    (
        "lXo113",
        "en",
        "pkf",
        "Freezable totes for chilled grocery delivery",
        "Reusable EcoFreeze delivery totes that keep perishables food-safe for up to 15 hours from picking to doorstep, "
        "so chilled and frozen items can be packed together without refrigerated vans.",
    ),
    (
        "lXo114",
        "en",
        "tmp",
        "Temperature-controlled packaging designed around last-mile grocery",
        "Packaging and handling design for mixed fresh, chilled, frozen and ambient baskets: fewer reopenings, "
        "controlled staging and handovers, not just insulation hours in a lab test.",
    ),
    (
        "lXo115",
        "en",
        "zevo",
        "Refrigerated electric last-mile delivery service",
        "Refrigerated last-mile fleet keeping meat, poultry and seafood at 0–4°C and dairy near 4°C from store or "
        "dark store to customer, reducing spoilage in transport.",
    ),
    (
        "lXo116",
        "en",
        "gold",
        "Online grocery models: local delivery or in-store pickup",
        "Advisory on launching online grocery for a physical store: delivery within a set radius, outsourced shoppers, "
        "or click-and-collect, ordering through a website or app and fees.",
    ),
    (
        "lXo117",
        "en",
        "hillhd",
        "Scheduled weekly home delivery by postcode zone",
        "Home-delivery service design: customers order online by card, orders received 24 hours before the zone's "
        "delivery day go out that week, goods left in a cooler box at the door, missing items refunded.",
    ),
    (
        "lXo118",
        "en",
        "boof",
        "Partner-driver delivery for online grocery orders",
        "Online ordering where a delivery partner picks and drives the order to the doorstep, with alerts when the order "
        "is on its way and payment online; bulky dry goods shipped in 1–3 days.",
    ),
    (
        "lXo119",
        "en",
        "frb",
        "Direct-to-consumer shipping of frozen food in dry-ice boxes",
        "3PL fulfilment of long-distance subscription food shipments in insulated boxes with dry ice or gel packs; "
        "about 5% of such shipments go out of temperature range.",
    ),
    (
        "lXo120",
        "vi",
        "tnc",
        "Dịch vụ vận chuyển hàng tươi sống Bắc – Nam bằng xe lạnh",
        "Vận chuyển hàng tươi sống đường dài từ Bắc vào Nam và xuất khẩu bằng xe tải lạnh, container lạnh, kiểm soát "
        "nhiệt độ suốt hành trình.",
    ),
    (
        "lXo121",
        "en",
        "wfm",
        "Click-and-collect and local delivery for independent grocers",
        "Support for independent grocers to let local customers shop online and pick up at the store or receive staple "
        "deliveries; a Food Marketing Institute survey found 32% of shoppers used a local store offering online "
        "ordering.",
    ),
    (
        "lXo122",
        "vi",
        "home",
        "Gói phát triển tính năng theo dõi đơn và shipper cho app tạp hóa",
        "Xây dựng phân hệ cho shipper nhận đơn, định vị và cập nhật trạng thái giao, khách theo dõi đơn trên bản đồ, "
        "phù hợp mô hình giao nhanh trong khu vực gần cửa hàng.",
    ),
    (
        "lXo123",
        "vi",
        "alii",
        "Đồng bộ điểm thưởng thành viên giữa cửa hàng và kênh online",
        "Thiết lập chương trình khách hàng thân thiết dùng chung cho mua tại quầy và đặt hàng qua Facebook, website, "
        "sàn: tích điểm, lịch sử mua và ưu đãi theo thời gian thực.",
    ),
    (
        "lXo124",
        "en",
        "hook",
        "Phone and web ordering with grocery home delivery for seniors",
        "Turnkey online service for local supermarkets holding the catalogue of perishable and non-perishable items, so "
        "older customers or relatives can order by phone or web and get home delivery for a surcharge of about USD 10.",
    ),
]
OFFERS += [
    # --- further offers, mostly Vietnamese, across the sub-topics ---
    (
        "lXo125",
        "vi",
        "waypt",
        "Lắp cửa kính cho tủ mát trưng bày hở trong cửa hàng",
        "Dịch vụ cải tạo tủ mát hở thành tủ có cửa: làm lạnh có thể chiếm tới một nửa điện năng của cửa hàng thực phẩm, "
        "tủ hở làm lạnh cả lối đi; lắp cửa giảm ngay tải lạnh, giữ nhiệt độ hàng ổn định hơn.",
    ),
    (
        "lXo126",
        "vi",
        "sev",
        "Gói nâng cấp tiết kiệm điện cho tủ trưng bày lạnh",
        "Thay đèn LED trong tủ, quạt động cơ EC, điều khiển sưởi chống đọng sương, rèm đêm cho tủ hở bán thịt và rau, "
        "cửa cố định cho tủ sữa, đồ uống; áp dụng được cho kho mát và kho đông nhỏ.",
    ),
    (
        "lXo127",
        "vi",
        "cord",
        "Hệ thống giám sát nhiệt độ tủ lạnh bán lẻ giá rẻ dùng IoT",
        "Bộ giám sát dùng vi điều khiển ESP8266 và cảm biến DS18B20 gửi số liệu lên nền tảng đám mây ThingSpeak, phần "
        "cứng và phần mềm mã nguồn mở, có thể mở rộng theo dõi đèn, điện năng; chuyển giao từ nghiên cứu của ĐH Córdoba.",
    ),
    (
        "lXo128",
        "vi",
        "fqs",
        "Thiết bị cảnh báo nhiệt độ tủ đông, tủ mát từ xa qua điện thoại",
        "Bộ cảm biến và trạm gốc gọi điện, nhắn tin hoặc gửi email cho người phụ trách khi tủ vượt ngưỡng nhiệt hoặc mất "
        "điện, lưu hồ sơ phục vụ kiểm tra an toàn thực phẩm.",
    ),
    (
        "lXo129",
        "vi",
        "afstc",
        "Giải pháp ghi nhận nhiệt độ tự động thay sổ ghi tay",
        "Cảm biến số trong tủ lạnh, tủ đông, kho mát gửi dữ liệu về nền tảng trung tâm, có ngưỡng cảnh báo, phát hiện tủ "
        "chạy ấm, cửa quên đóng hoặc xả đá bất thường, lưu vết cho thanh tra.",
    ),
    (
        "lXo130",
        "vi",
        "ledm",
        "Thay đèn huỳnh quang T8 bằng đèn LED cho siêu thị",
        "Khảo sát và thay bộ đèn T8 bằng đèn LED, tính chi phí vòng đời 50.000 giờ gồm đầu tư, điện, thay bóng, bảo "
        "trì; công trình tham chiếu tiết kiệm 57% điện chiếu sáng.",
    ),
    (
        "lXo131",
        "vi",
        "shook",
        "Tư vấn nhiệt độ màu đèn cho quầy thịt, rau quả",
        "Thiết kế chiếu sáng theo khu: quầy thịt đỏ khoảng 2.500 K để giữ màu tự nhiên, rau quả khoảng 3.000 K, kết "
        "hợp chiếu sáng nhiều lớp thay cho ánh đèn trần đơn điệu.",
    ),
    (
        "lXo132",
        "vi",
        "upsh",
        "Thiết kế chiếu sáng siêu thị theo từng khu vực",
        "Bố trí đèn đủ sáng làm nổi bật hàng mà không chói, sáng hơn ở khu rau quả, bánh mì, dịu hơn ở khu khách xem "
        "lâu, góc chiếu tránh bóng đổ, dễ điều chỉnh khi thay đổi kệ.",
    ),
    (
        "lXo133",
        "vi",
        "stags",
        "Tem từ, ăng-ten cổng từ và tủ khóa chống trộm cho cửa hàng",
        "Cung cấp hệ thống EAS gồm tem, nhãn, cổng ăng-ten ở lối ra, tủ trưng bày có khóa cho hàng dễ mất; tư vấn bố trí "
        "đủ sáng, tầm nhìn từ quầy thu ngân bao quát cửa hàng.",
    ),
    (
        "lXo134",
        "vi",
        "dpos",
        "Cấu hình phần mềm bán hàng chống gian lận thu ngân",
        "Khóa nút mở két không bán hàng, chỉ quản lý được dùng; cấm bán khi ngăn kéo mở; bắt buộc in hóa đơn; gửi báo "
        "cáo giao dịch đáng ngờ hằng tuần (hủy, sửa phiếu) cho chủ cửa hàng.",
    ),
    (
        "lXo135",
        "vi",
        "lps",
        "Báo cáo ngoại lệ từ máy bán hàng phát hiện nhân viên lấy tiền",
        "Thiết lập báo cáo các giao dịch bất thường như hủy hóa đơn rồi mở két không bán hàng, đối chiếu khi hàng hao "
        "hụt mà tiền trong két vẫn khớp.",
    ),
    (
        "lXo136",
        "vi",
        "sirix",
        "Giám sát camera từ xa bằng AI nhận diện hành vi trộm cắp",
        "Dịch vụ trung tâm giám sát phân tích hình ảnh camera cửa hàng bằng AI hành vi, báo ngay cho nhân viên khi có "
        "cử chỉ giấu hàng, không dùng nhận diện khuôn mặt.",
    ),
    (
        "lXo137",
        "vi",
        "c2c",
        "Quét mã vạch khi nhập hàng và kiểm kho",
        "Triển khai quy trình nhập kho bằng máy quét: quét mã EAN-13 là cộng tồn, cảnh báo đặt hàng lại; cửa hàng tiết "
        "kiệm 3–5 giờ mỗi tuần so với đếm tay.",
    ),
    (
        "lXo138",
        "vi",
        "esl1",
        "Nhãn giá điện tử trên kệ cập nhật từ phần mềm",
        "Lắp nhãn giá giấy điện tử không dây trên cạnh kệ, đổi giá trên phần mềm là tất cả nhãn cập nhật trong vài giây, "
        "giá trên kệ luôn khớp giá tại quầy; hiển thị thêm khuyến mãi, mã QR.",
    ),
    (
        "lXo139",
        "vi",
        "pkf",
        "Thùng giữ lạnh đông đá tái sử dụng cho giao hàng thực phẩm",
        "Cung cấp thùng giữ lạnh có thể cấp đông, giữ hàng tươi, đông lạnh an toàn tới 15 giờ, đóng chung hàng mát và "
        "hàng đông trong một thùng khi giao không cần xe lạnh.",
    ),
    (
        "lXo140",
        "vi",
        "gold",
        "Tư vấn mô hình bán tạp hóa online: giao tận nhà hay nhận tại cửa hàng",
        "Giúp cửa hàng có mặt bằng chọn giữa giao trong bán kính nhất định, thuê người mua hộ, hoặc khách đặt online rồi "
        "tới lấy; đặt qua website hoặc ứng dụng, tính phí giao.",
    ),
    (
        "lXo141",
        "vi",
        "zawara",
        "Trọn bộ thiết bị quầy thu ngân cho cửa hàng tạp hóa",
        "Lắp đặt màn hình, bàn phím hoặc cảm ứng, đầu đọc mã vạch, máy in hóa đơn, két đựng tiền, đầu đọc thẻ cùng phần "
        "mềm tính tiền cho cửa hàng tạp hóa.",
    ),
    (
        "lXo142",
        "vi",
        "sco",
        "Quầy tự thanh toán cho siêu thị",
        "Tích hợp quầy tự quét mã vạch, khu đặt túi, máy thanh toán thẻ, không tiếp xúc và tiền mặt, in hóa đơn; kết nối "
        "phần mềm bán hàng để giảm xếp hàng giờ cao điểm.",
    ),
    (
        "lXo143",
        "vi",
        "sumi",
        "Tủ đông công nghiệp cho cửa hàng thực phẩm đông lạnh",
        "Cung cấp tủ đông nắp dỡ, tủ đông đứng cho cửa hàng bán hàng đông lạnh, kem, kèm bảng công suất điện và dự toán "
        "tiền điện để chủ cửa hàng so sánh.",
    ),
    (
        "lXo144",
        "vi",
        "hvn",
        "Hệ thống kho lạnh tại cảng, cửa khẩu cho doanh nghiệp xuất khẩu",
        "Thiết kế và thi công kho lạnh dung tích lớn cho doanh nghiệp thu mua trái cây, thủy sản chờ xuất khẩu tại cảng "
        "và cửa khẩu.",
    ),
    (
        "lXo145",
        "vi",
        "vietbao",
        "Bảo dưỡng, vệ sinh điều hòa cho cửa hàng",
        "Dịch vụ vệ sinh, nạp gas, bảo dưỡng điều hòa thường và inverter cho cửa hàng, văn phòng.",
    ),
    (
        "lXo146",
        "vi",
        "d123lk",
        "Đồ án phân tích thiết kế hệ thống quản lý cửa hàng linh kiện điện tử",
        "Tài liệu phân tích, mô hình hóa chức năng và cơ sở dữ liệu quan hệ cho cửa hàng linh kiện điện tử có 3 nhân "
        "viên, dùng làm mẫu học tập cho sinh viên.",
    ),
    (
        "lXo147",
        "vi",
        "ichk",
        "Tem chống hàng giả có mã QR cho nhà sản xuất",
        "Cung cấp tem chống giả in mã QR để doanh nghiệp dán lên sản phẩm, người mua quét kiểm tra chính hãng.",
    ),
    (
        "lXo148",
        "vi",
        "megasun",
        "Lắp điện mặt trời và bơm nhiệt cho hộ gia đình",
        "Tư vấn so sánh máy bơm nhiệt với bình nóng lạnh và lắp kèm hệ điện mặt trời mái nhà cho hộ gia đình.",
    ),
    (
        "lXo149",
        "en",
        "esl2",
        "Electronic shelf labels: cost and return study",
        "Market analysis of ESL deployments in US supermarkets: labels averaged USD 6–8 each (USD 5 for newer models) "
        "and whole-store costs often exceed USD 100,000, so payback depends on redeploying labour.",
    ),
    (
        "lXo150",
        "en",
        "eslpg",
        "Electronic shelf labels for expiry, out-of-stock and planogram alerts",
        "ESL system beyond pricing: labels flag products nearing their date for markdown, show empty shelves and guide "
        "staff to misplaced items; deployed in over 15,000 stores in 50 countries by the leading vendor.",
    ),
    (
        "lXo151",
        "en",
        "hpt",
        "Consumer testing of doored cases for retailers afraid of lost sales",
        "Research group offering in-store trials to prove to a retailer that glass doors on vertical cases do not cut "
        "sales, reusing its protocol that found 1.3 times lower energy with doors.",
    ),
    (
        "lXo152",
        "en",
        "kth",
        "CCTV selection and installation advice (IP, analog, PoE)",
        "Low-voltage engineering firm advising shops and warehouses on IP versus analog cameras, PoE wiring and recorder "
        "sizing, warning against cheap Wi-Fi cameras that go offline during a theft.",
    ),
    (
        "lXo153",
        "en",
        "acs",
        "3D stereo people counters for store traffic and conversion",
        "People counters with two cameras that tell adults from children and trolleys at up to 99% accuracy with 200 "
        "people at once, storing 90 days of data on the device for conversion analysis.",
    ),
    (
        "lXo154",
        "en",
        "fefo",
        "Batch and expiry tracking with automatic markdowns",
        "E-commerce and retail inventory module recording batch, production date, expiry and location for each SKU, "
        "picking first-expired-first-out and pushing discounts on batches close to expiry.",
    ),
    (
        "lXo155",
        "en",
        "htsoft",
        "Weighing-scale barcode support in retail POS",
        "POS configuration that parses price-embedded barcodes printed by label scales (prefix 26, five-digit item code, "
        "weight in grams, check digit) so fresh produce and meat ring up with one scan.",
    ),
    (
        "lXo156",
        "en",
        "tvnd",
        "Selecting energy-efficient fridges and freezers",
        "Guidance classifying beverage coolers (30–70 l at 5–8°C), fridge-freezers and chest freezers by use, with "
        "better insulation and inverter compressors for units that run around the clock.",
    ),
    (
        "lXo157",
        "en",
        "tnc",
        "Long-haul refrigerated trucking for fresh produce",
        "Reefer truck and container transport of fresh goods over long routes and for export, with temperature control "
        "throughout the trip.",
    ),
    (
        "lXo158",
        "en",
        "gcsi",
        "Dual-zone stainless freezer-chiller cabinets",
        "Supply of two-compartment commercial cabinets, freezer to about -18°C and chiller 0–10°C, 200–500 l, R600a "
        "refrigerant, fan circulation and auto-defrost, for kitchens and food shops.",
    ),
]
