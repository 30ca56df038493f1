"""Offers for the holdout160 labelled set (bookshops, stationery and school-supplies shops and their makers)."""

OFFERS = [
    # --- shop inventory and bookshop software ---
    (
        "oFo001",
        "vi",
        "hutech_nhasach",
        "Phần mềm quản lý nhà sách hai phân quyền Quản lý – Thu ngân",
        "Nhóm phát triển của khoa Công nghệ thông tin một trường đại học chuyển giao phần mềm quản lý nhà sách đã vận hành "
        "thử tại nhà sách trong khuôn viên trường. Phần mềm bao quát nhập sách, giáo trình và văn phòng phẩm, quản lý kho, "
        "bán hàng tại quầy và lập báo cáo doanh thu. Vai trò Quản lý giữ danh mục, giá, phiếu nhập và báo cáo; vai trò Thu "
        "ngân chỉ lập hóa đơn. Được thiết kế cho mùa cao điểm đầu năm học với hàng nghìn đầu sách, giúp giảm sai sót kiểm kê "
        "và thất thoát hàng hóa so với ghi chép thủ công.",
    ),
    (
        "oFo002",
        "en",
        "xavier_system",
        "Integrated point-of-sale and inventory control for bookstores, tailored per store",
        "A bookstore operator with years of retail experience sets up a combined point-of-sale and stock-control database "
        "for independent bookshops and small regional chains, customising it to each shop during rollout rather than "
        "forcing a generic template. The system records what titles customers ask for so that buying follows local demand "
        "(students, townspeople, local trades) instead of guesswork, and can link several shops in one area. Staff training "
        "is included, since the software only works when the floor team uses it consistently.",
    ),
    (
        "oFo003",
        "en",
        "winen_cycle",
        "Cycle-counting programme to stop stock losses in bookshops",
        "A retail inventory consultant installs a cycle-counting routine for bookshops whose records show books that are "
        "not on the shelves. Instead of one painful annual stocktake, the shop counts a few high-value sections each week, "
        "reconciles them against the system and investigates gaps while they are small. In a documented case an "
        "independent bookshop cut its shrinkage by more than 70% within three months. The service covers the count "
        "schedule, discrepancy log and how to tackle out-of-stocks, dead stock and theft.",
    ),
    (
        "oFo004",
        "vi",
        "winen_dots",
        "Tư vấn tổ chức lại kho sách theo tốc độ bán – hệ nhãn chấm bốn màu",
        "Chuyên gia tư vấn bán lẻ hỗ trợ tiệm sách đang quá tải hàng tồn: tổ chức một đợt kiểm kê toàn bộ làm mốc (ghi từng "
        "mã ISBN vào bảng tính hoặc máy POS), sau đó dán nhãn chấm bốn màu theo quý nhập hàng để nhìn vào kệ là biết cuốn "
        "nào bán chậm. Kèm quy trình đặt hàng lại, trả hàng và xả hàng tồn chết để giải phóng vốn và chỗ kệ. Phương pháp "
        "đơn giản, không đòi hỏi máy quét đắt tiền, phù hợp cửa hàng nhỏ.",
    ),
    (
        "oFo005",
        "en",
        "unicorn_programs",
        "Bookseller inventory database with automatic change flags and listing updates",
        "A used-book dealer shares and configures inventory programs built for booksellers rather than libraries: each "
        "time a book is sold, repriced, corrected or added, the record is flagged automatically and collected in an update "
        "list that can be uploaded to online marketplaces in one go. Options include invoicing and e-mail functions, a "
        "lending log for books loaned out, or a do-it-yourself database in a spreadsheet or desktop database program for "
        "shops that want full control of their data.",
    ),
    (
        "oFo006",
        "vi",
        "trithuc_quytrinh",
        "Mô hình hóa quy trình bán sách và đặt sách nhà cung cấp cho nhà sách",
        "Nhóm giảng viên và sinh viên ngành Quản lý thông tin của một trường đại học nhận khảo sát và mô hình hóa hai quy "
        "trình cốt lõi của nhà sách: bán sách cho khách và mua sách từ nhà cung cấp. Khi có đơn, hệ thống kiểm tra số lượng "
        "còn trong kho để xác nhận; khi thiếu, nhân viên lập đơn đặt hàng gửi nhà cung cấp với đầy đủ đầu sách, số lượng. "
        "Sản phẩm gồm đặc tả yêu cầu, lưu đồ và bộ hồ sơ quản lý chứng từ mua bán.",
    ),
    (
        "oFo007",
        "vi",
        "bk_linhkien",
        "Hệ thống quản lý cửa hàng bán lẻ nhỏ thay hóa đơn viết tay",
        "Viện Điện tử – Viễn thông một trường đại học kỹ thuật chuyển giao phần mềm quản lý cho cửa hàng bán lẻ đông khách "
        "nhưng vẫn viết tay hóa đơn, nhớ giá và vị trí hàng bằng trí nhớ. Phần mềm quản lý nhà cung cấp, mặt hàng, nhân viên, "
        "khách hàng, phiếu xuất và báo cáo thống kê; nhân viên tra giá, vị trí để hàng và tính tiền tự động, chủ cửa hàng "
        "không phải trực tiếp thu tiền. Mẫu đã áp dụng cho một cửa hàng linh kiện với 3 nhân viên, có thể điều chỉnh cho "
        "cửa hàng văn phòng phẩm.",
    ),
    (
        "oFo008",
        "en",
        "web_pos",
        "Online store integrated with an in-store POS, with token-based security",
        "A university software team builds an e-commerce website tied to a point-of-sale system so that the web shop and "
        "the counter share one product and stock database. Logins use JSON Web Tokens with role-based permissions, and "
        "customer passwords are stored encrypted, addressing weaknesses found in earlier student shop projects. Suitable "
        "for a retailer that wants to open online ordering without running two separate stock lists.",
    ),
    (
        "oFo009",
        "vi",
        "xavier_software",
        "Bộ công cụ văn phòng cho tiệm sách nhỏ: dự toán nhập hàng và in nhãn giá",
        "Chủ một tiệm sách nhiều năm kinh nghiệm hướng dẫn tiệm nhỏ dùng phần mềm văn phòng sẵn có: bảng tính dự toán đơn "
        "nhập sách với các cột số thứ tự, tên sách, giá bìa, giá chiết khấu của nhà phát hành, số lượng và tổng tiền gồm phí "
        "vận chuyển; dùng trộn thư (mail merge) để in nhãn giá và biển danh mục trên kệ; chạy một phần mềm POS và tồn kho "
        "dành cho bán lẻ nhỏ trên một máy tính để bàn.",
    ),
    (
        "oFo010",
        "vi",
        "hoangsoft_pos",
        "Giải pháp điểm bán hàng (POS) cho cửa hàng bán lẻ",
        "Công ty phần mềm cung cấp ứng dụng và thiết bị điểm bán hàng (POS) dùng tại quầy: lập hóa đơn, thu tiền, in phiếu "
        "và ghi nhận giao dịch cho cửa hàng, shop và nhà hàng. Có thể kết hợp máy tính tiền, máy in hóa đơn và ngăn kéo "
        "tiền. Triển khai và hướng dẫn sử dụng tại chỗ.",
    ),
    # --- barcode and point of sale ---
    (
        "oFo011",
        "en",
        "isle_scanner",
        "Plug-and-scan barcode support for a retail POS",
        "A retail POS vendor supports any standard USB or Bluetooth barcode scanner, which acts like a keyboard so nothing "
        "needs installing. On the sales screen the cashier simply scans: the system looks the code up first in the product "
        "barcode field, then in the variant SKU, then in the product SKU, adds the match to the cart and increases the "
        "quantity on repeat scans. Unknown codes raise a clear warning so mislabelled items are not sold wrongly. Products "
        "keep the maker's printed barcode where one exists; otherwise the shop prints its own labels. Scans also work in "
        "purchase and stock screens.",
    ),
    (
        "oFo012",
        "en",
        "bookmine_ean",
        "ISBN/EAN validation and in-house EAN labels for book stock",
        "Bookshop software that accepts scanned EAN and UPC codes in any field and rejects invalid ones. Many ISBNs printed "
        "on books carry a wrong check digit; the software tries to convert them to a valid code and, where that is "
        "impossible, generates an in-house EAN that can be printed on a label and scanned without ambiguity. The product "
        "code field can be labelled ISBN, EAN or UPC, partial codes return all matches, and codes can appear on invoices "
        "and purchase orders.",
    ),
    (
        "oFo013",
        "vi",
        "ioba_barcodes",
        "Gói mã vạch cho tiệm sách cũ: phần mềm tồn kho, máy quét và máy in nhãn nhiệt",
        "Một hiệp hội người bán sách trực tuyến chia sẻ và tư vấn gói giải pháp mã vạch cho tiệm sách cũ: phần mềm tồn kho "
        "in nhãn chỉ chứa mã số kho của từng cuốn, máy quét cầm tay cắm giữa bàn phím và máy tính, và máy in nhãn nhiệt "
        "chạy êm, nhanh (máy mới khoảng 750 USD, máy cũ rẻ hơn nhiều). Với sách mới dùng mã Bookland EAN in sẵn trên bìa. "
        "Giúp nhân viên trẻ tính tiền nhanh, đóng gói đơn gửi đi không mất thời gian tra cứu.",
    ),
    (
        "oFo014",
        "en",
        "isbn_review",
        "ISBN barcode (EAN-13) generation for publications",
        "A barcode service produces ISBN barcodes in the EAN-13 symbology with the check digit verified, ready to print on "
        "book covers so that bookstores, libraries and distributors can scan them. Intended for publishers and self-"
        "publishers; printing the codes needs a suitable label or cover printer, and damaged or old codes may be hard to "
        "read. The code identifies the book only; it does not carry price or stock data.",
    ),
    (
        "oFo015",
        "vi",
        "isbn_app",
        "Ứng dụng quét mã ISBN bằng camera điện thoại",
        "Nhà cung cấp phần mềm giới thiệu ứng dụng quét mã vạch ISBN-13 trên điện thoại Android và iOS: mở ứng dụng, đưa mã "
        "vào khung ngắm hình chữ nhật, ứng dụng tự đọc và hiện số ISBN để tra cứu, nhập kho hay tìm sách. Thay được máy quét "
        "chuyên dụng khi cửa hàng nhỏ chưa muốn đầu tư; máy tính để bàn cần thêm máy quét hoặc webcam.",
    ),
    (
        "oFo016",
        "en",
        "poscentral",
        "POS hardware supply: barcode scanners and thermal receipt printers",
        "A POS equipment supplier sells and sets up handheld and counter barcode scanners together with receipt printers "
        "(thermal, dot-matrix/impact) for small retail shops. Scanners read product codes into the billing software to speed "
        "checkout and keep stock records accurate; receipts give the shop and customer a record for returns, accounts and "
        "tax filing. Advice on matching device type to budget and volume is included.",
    ),
    (
        "oFo017",
        "vi",
        "absoft_display",
        "Màn hình hiển thị khách hàng cho quầy thu ngân",
        "Nhà phân phối thiết bị bán hàng cung cấp màn hình hiển thị phía khách hàng (10,4 inch) gắn với máy tính tiền: khi "
        "thu ngân quét hàng, màn hình hiện tên sản phẩm, đơn giá và số lượng cho khách đối chiếu. Dùng cho cửa hàng, shop, "
        "nhà hàng.",
    ),
    (
        "oFo018",
        "vi",
        "vov_sgk_gia",
        "Tập huấn nhận diện sách giáo khoa và đồ dùng học tập giả cho nhà sách",
        "Lực lượng quản lý thị trường phối hợp tổ chức phòng trưng bày và tập huấn cho chủ nhà sách, cửa hàng văn phòng "
        "phẩm về cách nhận diện sách giáo khoa, đồ dùng học tập giả và kém chất lượng trước mỗi mùa khai giảng: đối chiếu "
        "tem, nhãn, hóa đơn chứng từ nguồn gốc, dấu hiệu in lậu. Các đợt kiểm tra gần đây phát hiện hàng vạn sản phẩm vi "
        "phạm với nhiều chủng loại.",
    ),
    (
        "oFo019",
        "vi",
        "travinh_txng",
        "Ứng dụng truy xuất nguồn gốc và quản lý chuỗi cung ứng cho nông sản OCOP",
        "Công ty công nghệ phối hợp Sở Nông nghiệp triển khai ứng dụng truy xuất nguồn gốc gắn tem mã cho sản phẩm chủ lực "
        "và sản phẩm OCOP của tỉnh, kèm sàn giao dịch nông sản sạch: ghi nhận thông tin từ khâu nguyên liệu, chế biến, vận "
        "chuyển đến phân phối để người mua quét mã kiểm tra.",
    ),
    (
        "oFo020",
        "en",
        "vtc_qr",
        "QR-code traceability stamps for food and farm products",
        "A traceability provider issues QR-code stamps for food, agricultural, forestry and fishery products. Scanning the "
        "code with a barcode reader or phone camera shows the production site, process and distribution steps, helping "
        "producers protect their brand and prove origin to buyers.",
    ),
    # --- notebook and exercise-book making: ruling, binding, cutting, paper ---
    (
        "oFo021",
        "en",
        "wiki_saddle",
        "Gathering-and-stitching line for booklets and exercise books",
        "A post-press equipment supplier installs gathering and saddle-stitching machines that collate several folded "
        "signatures, staple them through the spine fold and trim the stapled stack so the booklets open cleanly. Machines "
        "from major makers are available in manual-feed and automatic versions, suited to school exercise books, "
        "workbooks and thin booklets.",
    ),
    (
        "oFo022",
        "vi",
        "dingbang_saddle",
        "Máy đóng ghim lồng tự cắt ghim từ dây thép cuộn, xén ba mặt",
        "Nhà sản xuất máy thành phẩm in cung cấp máy đóng ghim lồng (ghim giữa gáy) cho vở và tập mỏng: máy cắt từng đoạn từ "
        "cuộn dây thép, đóng xuyên qua gáy rồi bẻ ghim ở mặt trong, sau đó xén ba mặt thành cuốn hoàn chỉnh. Chu kỳ đóng "
        "ngắn, chi phí thấp nhưng độ bền gáy hạn chế; không phù hợp cuốn quá 32 tờ (64 trang) và số trang phải là bội số "
        "của 4 để không có trang trắng thừa.",
    ),
    (
        "oFo023",
        "en",
        "longsew_saddle",
        "Saddle stitch machines for booklets, with automatic stapling and trimming",
        "A binding-equipment maker supplies saddle stitch machines: collated sheets are folded by hand or by the machine, "
        "laid on the saddle, stapled along the crease with automatic staple heads and optionally trimmed to a clean edge. "
        "Handles a range of sheet sizes from small pamphlets to magazines; emphasises accurate collation and folding as the "
        "basis of a neat booklet.",
    ),
    (
        "oFo024",
        "en",
        "spiral_notebook",
        "Guide to preparing spiral-bound notebook interiors: cutting and punching",
        "An open documentation project explains how to prepare the inside pages of spiral notebooks in a small workshop: "
        "imposing several small pages on one sheet so they are big enough for the binding machine, choosing paper specs, "
        "cutting with a stack cutter or ordinary paper cutter using guides and shock sheets, punching with the spiral "
        "binder set to the right pitch, and the maximum number of sheets to cut or punch at once.",
    ),
    (
        "oFo025",
        "vi",
        "comb_binding",
        "Đóng gáy lò xo nhựa (comb) cho tập, sổ, tài liệu",
        "Nhà cung cấp thiết bị văn phòng cung cấp máy bấm lỗ và đóng gáy lò xo nhựa: đục lỗ vài tờ một lần (khối lượng lớn "
        "dùng máy khoan giấy), chọn gáy theo độ dày từ 3/16 inch (khoảng 10 tờ) đến 2 inch (khoảng 425 tờ), gáy dài 11 inch "
        "theo khổ giấy letter; bìa cứng cũng phải đục lỗ. Gáy có thể mở ra để thêm, bớt trang.",
    ),
    (
        "oFo026",
        "en",
        "graf_glossary",
        "Guillotine cutters and collation for paper products",
        "A print-finishing firm supplies manual and automatic guillotine cutters for trimming printed and ruled stock, and "
        "advises on gathering sections in the right order before binding and on reading grain direction (the alignment of "
        "fibres set during papermaking) so that sheets fold and bind properly.",
    ),
    (
        "oFo027",
        "vi",
        "nicholson_ruling",
        "Máy kẻ dòng giấy cho sổ sách và vở",
        "Tài liệu kỹ thuật đóng sách và thiết bị kẻ dòng: giấy được đặt trên bàn nạp, trục quay kéo tờ giấy qua dãy bút kẻ "
        "đã canh chỉnh, băng vải và dây đưa tờ đã kẻ ra khay. Máy kẻ được các mẫu dòng phức tạp (dòng xanh, dòng đỏ, cột) "
        "thay cho kẻ tay; kèm hướng dẫn gấp, ép và đánh dấu khi cần kẻ dòng đỏ bằng tay cho sổ kế toán.",
    ),
    (
        "oFo028",
        "en",
        "paper_uses_grain",
        "Advice on ruling and cutting along the paper grain",
        "A paper-technology reference service advises converters that ruled or printed lines should run in the machine "
        "direction of the paper when the sheets will later be bound, so stitching holds; otherwise leaves break away from "
        "the binding. It also covers keeping circular and straight knives sharp, why soft stock is harder to cut cleanly in "
        "a guillotine, and using a rotary cutter for cards that must be trimmed to identical size.",
    ),
    (
        "oFo029",
        "vi",
        "tcvn1867",
        "Xác định hàm lượng ẩm của lô giấy theo TCVN 1867:2010 (ISO 287)",
        "Phòng thử nghiệm giấy nhận xác định hàm lượng ẩm trung bình và dao động ẩm (giá trị lớn nhất, nhỏ nhất) của một lô "
        "giấy và cáctông bằng phương pháp sấy khô theo TCVN 1867:2010, tương đương ISO 287:2009. Độ ẩm ảnh hưởng đến in, "
        "photocopy, việc cuộn giấy và độ ổn định kích thước, nên là căn cứ khi mua bán giấy theo lô.",
    ),
    (
        "oFo030",
        "en",
        "cpb_staple",
        "Wire-stitch binding with three-side trimming for thin books",
        "A printing company offers saddle (wire-stitch) binding: wire is cut from a roll, driven through the fold and "
        "clinched, then the book is trimmed on three sides. Fast and cheap but less durable; not for books over 32 sheets "
        "(64 pages). Because inner pages creep outward in thick books, the trimmed inner pages come out narrower than the "
        "cover, which the company allows for in layout.",
    ),
    (
        "oFo031",
        "vi",
        "inlongan_brightness",
        "Giấy in vở độ trắng 73–75% ISO chống lóa mắt cho học sinh",
        "Doanh nghiệp in cung cấp giấy in sách, vở có độ trắng 73–75% ISO thay cho loại 80–82% ISO. Mức này được chọn từ "
        "nghiên cứu của nhà xuất bản giáo dục cùng các bác sĩ quân y, dùng camera độ phân giải cao theo dõi mắt và đồng tử "
        "của 102 học sinh khi đọc: giấy quá trắng gây chói, mỏi mắt, dễ cận thị. Giấy đặt sản xuất tại các nhà máy giấy lớn, "
        "chống lóa, tăng độ xốp và không bị in hằn mặt sau; dùng được cho sách, vở và giấy photocopy.",
    ),
    (
        "oFo032",
        "en",
        "tank007_fluor",
        "UV torch screening of exercise books for fluorescent whitening agents",
        "A maker of UV flashlights offers a simple check for optical brighteners in students' notebooks: under UV light "
        "paper treated with fluorescent agents glows bluish. In a TV test, five of six ordinary notebooks bought on the "
        "market showed fluorescent agents. The company supplies torches and a buying guide that favours slightly yellow "
        "paper, while noting that 'eye-care' notebooks do not prevent short-sightedness.",
    ),
    (
        "oFo033",
        "en",
        "lepusheng_books",
        "Beige 'eye-care' exercise books with whiteness below 85%",
        "A stationery manufacturer produces exercise books on beige paper with whiteness under 85%, avoiding overly bright "
        "paper that may contain fluorescent agents and whose high contrast and glare tire children's eyes when they write "
        "close to the page. The firm also advises schools and parents not to judge stationery quality by bright colours.",
    ),
    # --- neighbouring fields: paper, packaging and printing plants (distractors) ---
    (
        "oFo034",
        "vi",
        "apmp_day",
        "Công nghệ sản xuất bột giấy APMP từ cây đay",
        "Viện Công nghiệp Giấy và Xenluylô chuyển giao kết quả đề tài cấp Bộ về sản xuất bột cơ học peroxyt – kiềm (APMP) từ "
        "cây đay trồng trong nước, gồm bảo quản nguyên liệu, xông hơi dăm mảnh, nghiền sơ bộ và nghiền nhiều cấp, tẩy trắng. "
        "Hướng tới cung cấp bột giấy cho nhà máy giấy quy mô công nghiệp, có tính đến vùng nguyên liệu Đồng bằng sông Cửu Long.",
    ),
    (
        "oFo035",
        "vi",
        "phigo_giay",
        "Dự án nhà máy sản xuất giấy từ bột nguyên liệu phi gỗ",
        "Hồ sơ dự án đầu tư nhà máy giấy dùng bột từ nguyên liệu phi gỗ tại một khu công nghiệp ở Long An: tổng quan chủ đầu "
        "tư, địa điểm, công suất, phân tích tài chính và thị trường cho giấy và sản phẩm giấy thân thiện môi trường. Dành cho "
        "nhà đầu tư muốn xây dựng nhà máy giấy.",
    ),
    (
        "oFo036",
        "en",
        "dip_pulp",
        "Deinked pulp (DIP) production from recovered paper",
        "A university pulp and paper department documents and transfers the deinking pulp process used at an industrial "
        "tissue and paper mill: pulping recovered paper, screening, cleaning, flotation deinking, washing and bleaching to "
        "make recycled pulp for paper machines.",
    ),
    (
        "oFo037",
        "en",
        "testliner_occ",
        "Production planning for coloured testliner board from old corrugated containers",
        "A forestry university's paper technology graduates offer a production-planning method for a mill making coloured "
        "testliner carton board from old corrugated containers (OCC), built around make-to-order runs on the paper machine.",
    ),
    (
        "oFo038",
        "vi",
        "jingou_carton",
        "Dây chuyền sản xuất thùng carton sóng",
        "Nhà sản xuất máy bao bì cung cấp dây chuyền từ cuộn giấy đến thùng carton: máy tạo sóng và dán lớp, máy xẻ rãnh – cán "
        "lằn điều khiển servo chính xác ±0,5 mm, máy in, bế, gấp dán. Chọn giấy mặt và giấy sóng theo định lượng (gsm) và "
        "độ ẩm để thùng đủ cứng.",
    ),
    (
        "oFo039",
        "en",
        "patent_casing",
        "Hardcover bookbinding: spine notching and casing-in machinery",
        "Patent-based bookbinding equipment for hardcover books: a disc-and-blade unit notches or roughens the back of "
        "gathered signatures so adhesive penetrates, and a casing-in station applies the case cover. Aimed at bookbinderies "
        "producing cased books.",
    ),
    (
        "oFo040",
        "en",
        "netread_offset",
        "Offset book printing: sheetfed, web and belt presses",
        "A book-printing broker explains and places offset print runs. Sheetfed presses give the best quality for 2,000–"
        "3,000 copies with colour; web presses suit one-colour runs above 5,000 and deliver 32-page signatures; belt "
        "presses print and bind paperbacks in one pass. Offset is generally cheaper than digital above about 1,000 copies; "
        "gravure pays off only from around 200,000.",
    ),
    (
        "oFo041",
        "vi",
        "gsm_prepress",
        "Dịch vụ chế bản, bình trang và ra bản cho in offset",
        "Xưởng in nhận khâu trước in: kiểm tra file (PDF độ phân giải cao, đúng khổ xén, có dấu cắt và tràn lề, đủ phông, ảnh "
        "tối thiểu 300 ppi, màu CMYK hoặc màu pha), ghép nhiều con trên một tờ in lớn, bình trang và làm bản kẽm. Không nhận "
        "soát lỗi chính tả nội dung.",
    ),
    (
        "oFo042",
        "en",
        "banhtrang_may",
        "Automatic rice-paper (banh trang) sheet production equipment",
        "A technical university's machine-design group offers an automated line for thin rice-paper wrappers used for "
        "spring rolls: batter spreading, steaming, peeling and drying in continuous operation, replacing hand spreading over "
        "a steaming pot.",
    ),
    (
        "oFo043",
        "vi",
        "saintytec_bag",
        "Máy làm túi giấy tự động",
        "Nhà sản xuất thiết bị cung cấp máy làm túi giấy tự động: cấp giấy cuộn, gấp, dán đáy, in logo và gắn quai, cho túi "
        "đựng hàng của cửa hàng bán lẻ, tiệm bánh và nhà thuốc, thay túi nhựa. Có nhiều cấu hình theo kiểu túi.",
    ),
    (
        "oFo044",
        "en",
        "wsecopack_kraft",
        "Kraft paper bag manufacturing: structure and methods",
        "A packaging firm makes white and brown kraft paper bags in one to six plies, optionally coated with PP for water "
        "resistance, with printing and bag forming integrated; closures by heat seal, paper seal or pasted bottom. Small "
        "bags are machine-made with attached rope handles; large bags are partly hand-made.",
    ),
    # --- pens, crayons, erasers and school glue: safety and labelling ---
    (
        "oFo045",
        "en",
        "finescale_astm",
        "Toxicologist review and chronic-hazard labelling of art materials (ASTM D-4236, LHAMA)",
        "A product-compliance adviser has art and school materials reviewed by a qualified toxicologist and, where "
        "needed, gives them chronic-hazard labels following ASTM D 4236 — a condition for selling them in the United "
        "States under the hazardous art materials labelling law that took effect in November 1990. The label states whether the product contains toxic "
        "substances; products carrying 'warning' or 'caution' are unsuitable for children, while those rated non-toxic with "
        "no warning may be used by them. Acute toxicity labelling under the Federal Hazardous Substances Act is also covered.",
    ),
    (
        "oFo046",
        "vi",
        "jjr_astm",
        "Hỗ trợ ghi nhãn “Conforms to ASTM D-4236” cho bút màu, sáp màu, hồ dán",
        "Phòng thử nghiệm hàng tiêu dùng hỗ trợ nhà sản xuất văn phòng phẩm, họa cụ hoàn thiện hồ sơ và nhãn theo ASTM D-4236: "
        "liệt kê rõ mọi thành phần có thể gây hại trên bao bì, câu cảnh báo và hướng dẫn dùng an toàn. Áp dụng cho hồ dán, keo, "
        "băng dính, các loại màu nước, màu dầu, màu bột, màu acrylic, sáp màu, bút lông, bút chì màu, đất nặn và men gốm, là "
        "điều kiện để xuất khẩu họa cụ sang Hoa Kỳ.",
    ),
    (
        "oFo047",
        "en",
        "customs_crayon",
        "Laboratory testing for lead in crayons and chalk",
        "A government customs laboratory that first detected lead in imported crayons and chalk offers analytical testing "
        "of crayon and chalk samples for lead, independent of what the label says. Its experience: the ASTM D-4236 statement "
        "only means the listed ingredients were reviewed, not that the product was tested, and lead has been found in "
        "samples carrying the statement. Recommended for importers and retailers who want proof rather than a label.",
    ),
    (
        "oFo048",
        "vi",
        "crayonsafe",
        "Sàng lọc chì, amiăng và sợi talc trong bút sáp màu trẻ em",
        "Dịch vụ tư vấn an toàn sản phẩm trẻ em hỗ trợ nhà nhập khẩu, cửa hàng kiểm tra lô bút sáp màu trước khi bán: gửi mẫu "
        "phân tích chì (màu vàng và cam thường cao nhất trong các đợt thu hồi), kiểm tra sợi amiăng, talc và sợi chuyển tiếp; "
        "đối chiếu nhãn tuân thủ ASTM D-4236. Chì gây tổn thương não không hồi phục, giảm khả năng tập trung ở trẻ nhỏ nhai, "
        "ngậm bút sáp.",
    ),
    (
        "oFo049",
        "en",
        "papaslist_crayons",
        "Screening crayons for EN 71-3 migratable metals, PAHs and lead limits",
        "A children's product guide service screens crayon ranges against recognised safety marks — EN 71-3 (EU toy safety, "
        "migratable heavy metals) and ASTM D-4236 (US) — and checks heavy metals such as lead and cadmium and polycyclic "
        "aromatic hydrocarbons. Reference limit used: the US CPSC cap of 100 ppm lead in children's products. Output: a "
        "shelf list of compliant products and wording for 'lead-free' claims.",
    ),
    (
        "oFo050",
        "vi",
        "cchk_art",
        "Thử nghiệm so sánh bút sáp và màu vẽ bằng ngón tay cho trẻ",
        "Tổ chức bảo vệ người tiêu dùng cung cấp quy trình thử nghiệm đã áp dụng cho 12 mẫu bút sáp và 7 mẫu màu vẽ ngón tay "
        "(giá mỗi bộ sáp 10–59, màu ngón tay 42–148 đô la Hồng Kông): đo nhôm và kim loại thôi nhiễm theo chuẩn đồ chơi châu "
        "Âu, đo hydrocacbon thơm đa vòng (PAH) trong sáp, kiểm tra chất tạo đắng chống nuốt và nhãn cảnh báo. Kết quả cho thấy "
        "giá không quyết định chất lượng; hơn một nửa mẫu có chất đáng lo ngại.",
    ),
    (
        "oFo051",
        "en",
        "astm_d4236",
        "Drafting precautionary labels for art materials under ASTM D4236",
        "A standards consultant helps manufacturers develop precautionary labels for art materials following ASTM "
        "D4236-94 (reapproved 2011): a toxicologist determines whether any customary or reasonably foreseeable use could "
        "cause a chronic hazard given the form, volume and concentration of each component, and the label then carries the "
        "matching hazard and precaution statements, consistent with acute-hazard labelling rules.",
    ),
    (
        "oFo052",
        "vi",
        "eatsip_glue",
        "Hướng dẫn chọn keo dán cho trẻ theo độ tuổi và dấu chứng nhận ACMI AP",
        "Chuyên gia thủ công cho trẻ em tư vấn nhà trường, nhà trẻ cách chọn keo: dấu AP của Viện Vật liệu Nghệ thuật và Sáng "
        "tạo (ACMI) nghĩa là sản phẩm đã được chuyên gia độc chất đánh giá an toàn cho mọi lứa tuổi; “không độc” không đồng "
        "nghĩa “ăn được”. Trẻ nhỏ nhất dùng hồ bột mì và nước, trẻ lớn dùng keo sữa PVA, keo kim tuyến chỉ dùng có người lớn "
        "theo dõi.",
    ),
    (
        "oFo053",
        "en",
        "bioins_pva",
        "PVA school-glue formulation know-how",
        "A chemistry adviser explains and helps small makers formulate white school glue: a water-based emulsion of "
        "polyvinyl acetate particles with thickeners to control viscosity and preservatives for shelf life. As water "
        "evaporates or soaks into paper, the particles fuse into a flexible film that bonds well to cellulose; the polymer's "
        "glass transition temperature of about 30–45 °C keeps the dried glue line flexible rather than brittle.",
    ),
    (
        "oFo054",
        "vi",
        "flour_paste",
        "Công thức hồ dán bột mì an toàn, ăn được cho trẻ nhỏ",
        "Hướng dẫn làm hồ dán hoàn toàn từ nguyên liệu thực phẩm: trộn 1 cốc bột mì với 1,5 cốc nước và 1/3 cốc đường cho "
        "tan hết vón, thêm 1 thìa canh giấm, đun lửa vừa đến khi sánh thành hồ rồi để nguội, đóng hũ. Có thể dùng bột năng, "
        "thêm màu thực phẩm. Hồ dán giấy tốt, dùng được cho giấy bồi.",
    ),
    (
        "oFo055",
        "en",
        "rice_glue",
        "Cooked-rice glue from ordinary rice",
        "A craft guide describes traditional rice glue: boil one cup of rice with three to four cups of water for about 45 "
        "minutes until it becomes a sticky starch paste, used in Asia for fabric flowers and paper work; also a flour, "
        "sugar, water and vinegar variant. Offered as a cheap, non-toxic paste from locally available ingredients.",
    ),
    (
        "oFo056",
        "vi",
        "wiki_paste",
        "Hồ dán tinh bột dùng trong trường học",
        "Cung cấp hồ dán dạng bột nhão cho hoạt động mỹ thuật, thủ công ở trường: thường là hồ tinh bột không độc (hồ bột mì "
        "và nước), bên cạnh keo PVA. Tham khảo các nhãn hồ học đường phổ biến ở Úc và Mỹ.",
    ),
    (
        "oFo057",
        "en",
        "eatsip_pva",
        "Guidance on 'non-toxic' versus 'food-safe' for PVA glues",
        "A maker-educator explains to parents, schools and craft shops what polyvinyl acetate glue is (a water-based "
        "synthetic polymer that cures as water evaporates), what a non-toxic label does and does not promise, and why "
        "non-toxic is not the same as food-safe — relevant when children put glue-covered fingers in their mouths or when "
        "PVA is used near food items.",
    ),
    (
        "oFo058",
        "vi",
        "powder_pva",
        "Keo PVA dạng bột và lưu ý an toàn khi cho trẻ sử dụng",
        "Nhà cung cấp PVA dạng bột (pha với nước thành keo trong) tư vấn dùng cho thủ công trẻ em: keo đã pha và khô thì không "
        "độc nhưng bột khô có thể gây kích ứng hô hấp nếu hít phải, nên người lớn pha ở nơi thoáng, trẻ rửa tay sau khi làm; "
        "bột PVA được coi là ít hại môi trường hơn keo dung môi.",
    ),
    (
        "oFo059",
        "en",
        "sgs_pens",
        "Chemical and mechanical safety testing for ballpoint and rollerball pens",
        "A testing and certification company runs the tests pens need for EU and US buyers: cadmium, organotin compounds, "
        "dimethyl fumarate and short-chain chlorinated paraffins, plus performance checks. It notes the choking risk from "
        "pen parts — more than 20,000 choking incidents a year, over 100 on average fatal — which drives cap ventilation "
        "requirements.",
    ),
    (
        "oFo060",
        "vi",
        "tnlab_gel",
        "Thử nghiệm bút bi mực gel theo ISO 27668-1",
        "Phòng thử nghiệm đánh giá bút bi mực gel và ruột bút dùng chung theo ISO 27668-1:2017: phân loại ngòi theo đường kính "
        "bi (siêu mảnh dưới 0,40 mm đến nét đậm từ 1,00 mm), kích thước các kiểu ruột (kiểu J, K, L dài 111 ± 1,0 mm), hiệu "
        "năng viết, độ bền và kiểm soát chất lượng lô hàng; phục vụ nhà sản xuất, nhãn riêng và mua sắm của cơ quan.",
    ),
    (
        "oFo061",
        "en",
        "iso12757_list",
        "Standards guidance for ballpoint and rollerball pens",
        "A standards information service helps pen makers and importers identify and apply the ISO standards for writing "
        "instruments: ISO 12756 vocabulary, ISO 12757-1 ballpoint pens for general use, ISO 12757-2 for documentary use, and "
        "ISO 14145-1/-2 for rollerball pens, including which refills qualify for documentary use.",
    ),
    (
        "oFo062",
        "en",
        "ipen_eraser",
        "Market survey and testing of erasers for toxic plasticisers",
        "An environmental NGO offers its eraser survey method: 86 eraser products from 33 stationery brands bought online "
        "and in shops, materials screened with an XRF analyser, and 62 samples sent to an accredited laboratory for six "
        "phthalate esters. The approach can be reused by retailers or regulators to screen school erasers.",
    ),
    (
        "oFo063",
        "vi",
        "mst_erasers",
        "Đánh giá hóa chất trong cặp sách, hộp bút và tẩy của học sinh",
        "Cơ quan môi trường công bố phương pháp khảo sát và đánh giá sức khỏe với cặp sách, túi đồ chơi, hộp bút và 26 mẫu "
        "tẩy: 9 mẫu tẩy làm bằng PVC hóa dẻo phthalate, 3 mẫu chứa DEHP; cặp sách chủ yếu vải polyester có chi tiết PVC chứa "
        "phthalate; 4 sản phẩm vượt giới hạn chì và cadimi. Ngậm hoặc nuốt hằng ngày một mẩu tẩy cỡ 4 mm chứa DEHP trong thời "
        "gian dài có thể gây rủi ro. Dùng làm căn cứ cho chương trình kiểm tra của nhà bán lẻ.",
    ),
    (
        "oFo064",
        "en",
        "toxicsfree_eraser",
        "Phthalate testing of erasers against the stationery association standard",
        "A Shenzhen NGO reports and offers its testing approach: of 62 erasers tested, 21 contained phthalate esters and 18 "
        "exceeded the voluntary standard of the national stationery and sporting goods association, one by 913 times. "
        "Paediatric advice on liver, kidney and hormonal effects is included for parent and school communication.",
    ),
    (
        "oFo065",
        "vi",
        "candle_business",
        "Đào tạo khởi nghiệp làm nến thơm: sáp paraffin hay sáp đậu nành",
        "Chủ chuỗi cửa hàng nến hướng dẫn mở cơ sở làm nến: so sánh sáp paraffin và sáp đậu nành về độ tỏa hương khi đốt, "
        "chọn bấc và tỷ lệ tinh dầu, danh mục vật tư ban đầu, thời gian ủ nến trước khi bán hoặc gửi đi, kiểm soát chất lượng, "
        "đóng gói và mở rộng sang bán sỉ.",
    ),
    # --- school-bag and uniform-label printing ---
    (
        "oFo066",
        "en",
        "szoneier_htv",
        "Heat-transfer name printing on school backpacks",
        "A backpack manufacturer adds children's names (optionally class, icon or small logo) to school bags by heat "
        "transfer: a printed vinyl or transfer film is bonded to polyester or nylon fabric with controlled heat, pressure "
        "and dwell time. The result is crisp lettering without the bulk of embroidery, quick to produce, and lasts through "
        "daily use with the right film, placement and care. Makes bags easier to spot and to return from lost-and-found.",
    ),
    (
        "oFo067",
        "vi",
        "labelname_tags",
        "Tem tên học sinh bền, thân thiện môi trường cho đồng phục và đồ dùng",
        "Đơn vị sản xuất nhãn tên cung cấp tem tên học sinh in sắc nét, bám chắc, không dùng PVC (vật liệu bền nhưng có hại "
        "cho môi trường và sức khỏe), giữ được sau giặt công nghiệp. Tem ghi họ tên, lớp, tên trường, dán lên đồng phục, ba "
        "lô, hộp cơm, dụng cụ thể thao; in theo mẫu chuẩn của trường hoặc theo thiết kế riêng, đặt trực tuyến hoặc tại cửa hàng.",
    ),
    (
        "oFo068",
        "en",
        "stickymonkey_uniform",
        "Uniform name labels matched to each garment: iron-on or stick-on",
        "A children's label company supplies and advises on labelling school uniforms piece by piece: which items take "
        "iron-on labels and which take stick-on care-tag labels, placement that survives weekly washing, how fabrics react "
        "to heat, sensory-safe options for children who cannot bear scratchy tags, and planning for hand-me-downs. Fifteen "
        "years in business; back-to-school labelling is its peak season.",
    ),
    (
        "oFo069",
        "vi",
        "peaklearn_labels",
        "Nhãn ủi và nhãn may cho đồng phục học sinh",
        "Cơ sở cung cấp nhãn tên in sẵn dạng ủi nhiệt (dán nhanh nhưng cần kiểm tra độ bám sau vài lần giặt) và nhãn may (bền "
        "lâu, tốn công hơn, có thể khâu kiểu móc để nhanh). Tư vấn dán kín đáo ở cổ áo, bên trong ba lô thay vì in tên to bên "
        "ngoài để tránh người lạ gọi tên trẻ, không dán lên phần tháo rời được như nắp bình nước; có thể dùng ký hiệu, chữ "
        "viết tắt, mã màu.",
    ),
    (
        "oFo070",
        "en",
        "curious_bags",
        "School-bag personalisation: embroidery, patches and fabric paint",
        "A craft educator runs workshops and supplies for personalising school bags: hand or machine embroidery, iron-on "
        "or sew-on patches (sewn ones last longer), fabric paints and markers, chosen by bag material, child's age and how "
        "permanent the result should be. Personalised bags are less often swapped or lost.",
    ),
    (
        "oFo071",
        "vi",
        "verylainie_diy",
        "Chữ tên cắt từ miếng vải ủi cho ba lô, khâu viền chống bong",
        "Hướng dẫn làm nhãn tên ba lô không dùng bút lông dễ lem: cắt chữ từ miếng vải ủi (mua ở cửa hàng đồng giá), xếp canh "
        "giữa, lót miếng nhấc nồi bên dưới và khăn mỏng bên trên rồi ủi để không làm chảy vải ba lô, sau đó khâu vài mũi quanh "
        "mỗi chữ để không bong trong năm học.",
    ),
    (
        "oFo072",
        "en",
        "nametags_history",
        "Iron-on name labels for clothing",
        "A UK name-label company supplies printed iron-on labels for school clothes and linen, with background on how "
        "ironing and iron-on labels developed and advice on heat settings for modern non-iron fabrics.",
    ),
    (
        "oFo073",
        "vi",
        "szoneier_htv",
        "Quy trình in chuyển nhiệt tên lên ba lô: màng, nhiệt độ, lực ép, thời gian",
        "Nhà sản xuất ba lô học sinh chuyển giao quy trình cá nhân hóa bằng in chuyển nhiệt: chọn màng decal nhiệt (HTV) hoặc "
        "màng in sẵn có keo, cắt chữ, định vị, ép với nhiệt độ – lực – thời gian phù hợp vải polyester, nylon, kiểm tra độ sắc "
        "nét cạnh chữ nhỏ và độ bền màu; hướng dẫn bảo quản để tên không bong khi dùng hằng ngày.",
    ),
    # --- neighbouring fields: garments, embroidery, backpacks (distractors) ---
    (
        "oFo074",
        "en",
        "graphicspro_embroidery",
        "Entering the embroidered uniform and workwear market",
        "A trade magazine guide for embroidery shops: most uniform and workwear orders are left-chest logos that a "
        "commercial machine stitches in seven to ten minutes depending on stitch count; hoop the next garment while the "
        "current one runs, keep spare hoops, master polos and button-ups, and win repeat orders from schools and firms.",
    ),
    (
        "oFo075",
        "vi",
        "gsmahal_embroidery",
        "Thêu logo lên đồng phục, tính giá theo số mũi thêu",
        "Cơ sở thêu vi tính nhận số hóa logo và thêu lên áo đồng phục công ty: giá theo số mũi thêu (logo càng to càng đắt), "
        "phần lớn đặt ở ngực trái; thiết kế quá chi tiết khó thêu; vải dày như nỉ, áo polo cho đường thêu đẹp, áo thun mỏng "
        "dễ bị nhăn.",
    ),
    (
        "oFo076",
        "vi",
        "vai_dongphuc",
        "Đánh giá tính chất cơ lý vải sơ mi đồng phục học sinh tiểu học",
        "Nhóm nghiên cứu dệt may của một trường đại học kỹ thuật nhận đánh giá vải áo sơ mi mùa hè làm đồng phục tiểu học: "
        "thành phần xơ (ISO/TR 11827:2012), khối lượng vải, độ dày và các tính chất cơ lý khác, so sánh mẫu vải của ba "
        "trường tiểu học.",
    ),
    (
        "oFo077",
        "en",
        "brvt_dongphuc",
        "Tailored and ready-made school uniforms",
        "A tailoring workshop and uniform shops supply school uniforms for the new school year: made-to-measure ao dai for "
        "upper-secondary girls at about 480,000 VND a set and ready-made skirt-and-shirt sets for primary pupils at about "
        "170,000 VND, in cool, sweat-absorbing kate silk.",
    ),
    (
        "oFo078",
        "en",
        "az_screen",
        "Screen printing on garments",
        "A custom print shop screen-prints designs on shirts and garments: ink is pushed through a mesh stencil with a "
        "squeegee, one screen per colour, so set-up time and cost rise with every colour and are the same for 1 or 1,000 "
        "shirts.",
    ),
    (
        "oFo079",
        "en",
        "sensorprod_backpack",
        "Backpack design to reduce lumbar spine load in students",
        "A student research project, supported by a pressure-sensor firm, offers a backpack prototype with external support "
        "that, in 3DSSPP biomechanical simulation, cut compression forces on lumbar discs by about 44–67% and shear forces "
        "by 25–38%, confirmed with 12 high-school students.",
    ),
    (
        "oFo080",
        "vi",
        "schoolbag_weight",
        "Nghiên cứu khối lượng cặp sách học sinh so với cân nặng cơ thể",
        "Nhóm nghiên cứu khoa học thể thao chia sẻ phương pháp cân cặp sách học sinh lớp 5 và lớp 9 bằng cân hành lý mọi ngày "
        "trong tuần (680 lượt đo) và phân tích yếu tố ảnh hưởng (thời khóa biểu, nơi ăn trưa, giờ thể dục, chỉ số BMI); mốc "
        "khuyến cáo không quá 10% trọng lượng cơ thể.",
    ),
    # --- used-textbook exchanges and library-style lending ---
    (
        "oFo081",
        "en",
        "chronicle_exchange",
        "Student-run used-textbook exchange model",
        "A student-government team shares its textbook-exchange model: sellers contact the organisers to list used books "
        "with an asking price on a public spreadsheet, buyers browse it, and volunteers run a physical exchange point in the "
        "first weeks of term where the deals are completed. Built because buying every textbook new from the campus store "
        "was unaffordable for many students.",
    ),
    (
        "oFo082",
        "en",
        "tradein_credit",
        "Textbook trade-in for store credit at the bookstore",
        "A bookstore trade-in scheme: students bring back textbooks from finished courses, staff assess condition and "
        "current demand and issue store credit (for example 25 dollars) usable at once on new or used books. Students "
        "recover part of their outlay, and the store gains a supply of used books to resell at lower prices.",
    ),
    (
        "oFo083",
        "vi",
        "mydegrees_buyback",
        "Chương trình mua lại sách giáo khoa đã dùng vào cuối học kỳ",
        "Mô hình mua lại sách của nhà sách trường: cuối kỳ nhà sách mua lại sách còn tốt và sẽ được dùng tiếp ở kỳ sau với "
        "khoảng 50% giá gốc; sách không dùng lại được bán cho nhà bán sỉ bên ngoài với 5–35% giá mới rồi phân phối sang nhà "
        "sách khác. Giá mua lại phụ thuộc quyết định chọn sách của giảng viên; sinh viên cũng có thể bán cho bạn học hoặc qua "
        "trang trao đổi.",
    ),
    (
        "oFo084",
        "en",
        "uconn_ten",
        "Free software for a campus textbook exchange network",
        "A student-founded non-profit (started 2016) provides free software and know-how for running a textbook exchange "
        "on any campus: students list and buy used books through a secure platform that handles buyer-seller communication, "
        "replacing ad-hoc social-media groups. The average undergraduate budgets about 1,300 dollars a year for books and "
        "supplies.",
    ),
    (
        "oFo085",
        "vi",
        "rubic_reuse",
        "Website và kệ sách trao đổi sách giáo khoa cũ theo tổ bộ môn",
        "Đề xuất mô hình tái sử dụng sách trong trường: một trang web để học sinh đăng sách muốn bán hoặc tặng, tình trạng và "
        "giá; kệ sách đặt ở mỗi tổ bộ môn để học sinh gửi sách tặng, cũng dùng cho bạn quên sách; mở rộng cho dụng cụ các môn "
        "mỹ thuật, nhiếp ảnh. Lưu ý sách kèm mã truy cập trực tuyến khó dùng lại.",
    ),
    (
        "oFo086",
        "vi",
        "tufts_exchange",
        "Điểm ký gửi sách cũ có bảng danh mục cập nhật",
        "Nhóm sinh viên vận hành điểm ký gửi sách: người bán mang sách đến và tự đặt giá, nhóm nhận sách, bày bán và cập nhật "
        "danh sách trên bảng tính chia sẻ qua mạng xã hội; người mua đến xem trực tiếp hoặc so sánh giá, tình trạng trên bảng "
        "tính. Đóng vai trò bên bán trung gian, tránh khoản chênh lệch lớn khi mua qua nhà sách.",
    ),
    (
        "oFo087",
        "en",
        "callahan_donate",
        "Donating unsellable textbooks to local libraries",
        "A student initiative routes textbooks that the bookstore will not buy back to good use: keep the ones useful for "
        "your future field, offer others to fellow students for a small sum, and donate the rest in good condition to local "
        "libraries or donation centres, where younger pupils writing reports can use them.",
    ),
    (
        "oFo088",
        "vi",
        "nhandan_doisach",
        "Tổ chức ngày hội đổi sách cũ",
        "Câu lạc bộ tình nguyện của một trường đại học kinh tế chia sẻ cách tự tổ chức ngày hội đổi sách không cần nhà tài trợ: "
        "phối hợp bốn câu lạc bộ, chia quầy theo thể loại (sách giáo khoa, giáo trình, tiểu thuyết, truyện tranh…), kèm quầy "
        "ẩm thực, đồ thủ công gây quỹ. Một mùa đã thu gần 12.000 cuốn, 3.000 lượt người đến đổi và 3.000 cuốn tặng trẻ em vùng "
        "khó khăn.",
    ),
    (
        "oFo089",
        "vi",
        "tvlophoc",
        "Mô hình thư viện lớp học",
        "Sáng kiến kinh nghiệm của giáo viên về xây dựng và nâng cao chất lượng thư viện lớp học: góc sách ngay trong lớp, "
        "học sinh góp sách, phân công quản lý mượn trả, khuyến khích tự học và đổi mới phương pháp dạy; thư viện hoạt động tốt "
        "thì chất lượng học tập cũng tốt hơn.",
    ),
    (
        "oFo090",
        "vi",
        "bluxblog_thanthien",
        "Mô hình thư viện trường học thân thiện, thư viện xanh",
        "Kinh nghiệm của một trường trung học cơ sở biến kho sách thành thư viện thân thiện: không gian thoáng, đủ sáng, hơn "
        "5.300 đầu sách, trong đó hơn 300 đầu sách kỹ năng sống, các tủ sách chủ đề, hoạt động khuyến đọc; dựa trên ngân sách "
        "nhà trường, đóng góp của giáo viên, học sinh và một cán bộ thư viện tâm huyết.",
    ),
    (
        "oFo091",
        "vi",
        "tandan_library",
        "Kinh nghiệm tổ chức phục vụ bạn đọc ở thư viện trường THPT",
        "Cán bộ thư viện một trường trung học phổ thông chia sẻ các hình thức phục vụ phù hợp với bạn đọc chủ yếu là giáo "
        "viên và học sinh: cho mượn sách giáo khoa, sách tham khảo, sách nghiệp vụ, phục vụ đọc tại chỗ, định hướng đọc và "
        "tạo hứng thú đọc.",
    ),
    (
        "oFo092",
        "en",
        "moam_koha",
        "Koha open-source library system installation and OPAC customisation",
        "A university library team documents and offers step-by-step installation of Koha, the open-source integrated "
        "library system, with customised web OPAC and added features, so libraries can automate cataloguing, circulation "
        "and searching with zero spending on library software; a simple PC is enough for small collections.",
    ),
    (
        "oFo093",
        "en",
        "digitcog_koha",
        "Library management software for cataloguing, circulation and members",
        "An IT services firm deploys library management software such as Koha for schools and public libraries: catalogue "
        "and classification, member registration, check-in and check-out, stock tracking, automatic fines, reports, an "
        "online catalogue and barcode integration, replacing paper registers.",
    ),
    (
        "oFo094",
        "en",
        "docslib_compare",
        "Comparing free library systems: Koha, NewGenLib, e-Granthalaya",
        "A college librarian's comparative study helps libraries choose free/open-source library software: Koha and "
        "NewGenLib offer richer features, e-Granthalaya a simpler interface that is easy to install and use, with "
        "NewGenLib recommended overall; cloud hosting is discussed as a way around limited technical support.",
    ),
    (
        "oFo095",
        "en",
        "ankur_koha",
        "Implementing Koha in a school library with limited funds and staff",
        "A university team describes how it brought the open-source Koha library system into a school library despite "
        "limited funding and a staff shortage: requirements, data entry, circulation setup and the practical steps that "
        "made it work, offered as a template for other schools.",
    ),
    (
        "oFo096",
        "vi",
        "hutech_thuvien",
        "Hệ thống quản lý thông tin sách thư viện có đặt mượn từ xa",
        "Nhóm sinh viên một trường đại học công nghệ xây dựng hệ thống quản lý thư viện gồm các phân hệ danh mục sách, độc "
        "giả và mượn trả dùng chung một cơ sở dữ liệu; độc giả tra cứu sách trực tuyến, xem tình trạng còn hay hết và đặt "
        "mượn từ xa; thủ thư giảm thao tác thủ công và sai sót.",
    ),
    (
        "oFo097",
        "vi",
        "ptit_muonsach",
        "Module quản lý mượn sách trong hệ thống thư viện",
        "Nhóm sinh viên công nghệ thông tin một học viện bưu chính viễn thông thiết kế module mượn sách: xác định tác nhân, "
        "yêu cầu chức năng và phi chức năng, mô hình hóa bằng UML, có thể ghép vào hệ quản lý thư viện sẵn có.",
    ),
    (
        "oFo098",
        "vi",
        "phieu_muon",
        "Mẫu phiếu mượn sách và quy trình mượn trả cho thư viện",
        "Bộ mẫu phiếu mượn sách kèm hướng dẫn ghi thông tin người mượn, đầu sách, ngày mượn, hạn trả; theo số liệu được dẫn, "
        "dùng phiếu mượn giúp giảm khoảng 30% sách thất lạc hoặc quá hạn và nâng ý thức trách nhiệm người mượn.",
    ),
    (
        "oFo099",
        "en",
        "hiephoa_thuvien",
        "Library management software for an upper-secondary school (C#)",
        "An IT university student team builds desktop library software in C# for a high school, developed with the "
        "school's librarians: book records, readers, lending and returns, and reports.",
    ),
    (
        "oFo100",
        "en",
        "oprfid_library",
        "RFID for library circulation, self-service and theft detection",
        "An RFID supplier equips libraries with tags and readers: conversion stations write data to tags, staff stations "
        "charge and discharge items, self check-out and check-in kiosks serve readers without staff, exit gates up to four "
        "feet wide read tags at about two feet, book-drop readers discharge returns, and hand-held readers check shelf order.",
    ),
    (
        "oFo101",
        "vi",
        "elibrary_rfid",
        "Hệ thống RFID cho thư viện: trạm gắn thẻ, ki-ốt tự mượn trả, cổng chống trộm",
        "Nhà cung cấp phần mềm thư viện tích hợp RFID: mỗi cuốn sách gắn thẻ đăng ký tại trạm gắn thẻ, học sinh tự mượn trả ở "
        "ki-ốt và nhận biên nhận, sách trả vào thùng được ghi nhận tự động, kiểm kê ngay tại kệ, cổng báo động khi sách chưa "
        "mượn bị mang ra.",
    ),
    (
        "oFo102",
        "en",
        "cornerstone_laminate",
        "Covering paperbacks with laminate for high-use lending",
        "A community lending library trains volunteers to cover paperbacks with 4.5-mil gloss vinyl laminate rolls so they "
        "survive heavy circulation: clean the book and remove stickers, cut laminate with about one grid square of overhang, "
        "peel the backing in stages, smooth out bubbles with a bone folder. Children's books come first.",
    ),
    (
        "oFo103",
        "vi",
        "craft_bookfilm",
        "Bọc sách bằng màng nhựa trong có keo",
        "Hướng dẫn bọc bìa sách mềm bằng màng nhựa trong không axit: cắt màng rộng hơn bìa 5 cm mỗi phía, gấp đôi lấy nếp "
        "giữa, cắt đôi lớp giấy đế, dán gáy trước, miết từ gáy ra ngoài để không bọt khí, gấp mép vào trong. Giữ sách bền nhiều "
        "năm.",
    ),
    # --- photocopy and print corners ---
    (
        "oFo104",
        "en",
        "lancaster_rates",
        "Per-page charging and a self-sustaining copier fund",
        "A school technology department shares its print-cost recovery model: copiers run under PaperCut accounting and "
        "each department is charged per page — typically 0.05 dollars a page or 0.04 a side for duplex, and 0.08 on compact "
        "desktop printers, which are issued only when essential. The charges feed a copier fund covering lease or purchase, "
        "service contracts, toner, staples and paper, and nudge users towards double-sided printing.",
    ),
    (
        "oFo105",
        "en",
        "printerbase_mps",
        "Managed print service with a guaranteed cost per page",
        "A printer dealer offers managed print services that fix the cost of every page printed, for customers who need a "
        "guaranteed price rather than estimates. Where customers buy consumables themselves, running costs are compared "
        "using ISO cartridge yields, since actual coverage can range from 1% to over 150%.",
    ),
    (
        "oFo106",
        "vi",
        "copiermy_factors",
        "Tư vấn giảm chi phí in ấn cho văn phòng và cửa hàng",
        "Đơn vị cung cấp máy photocopy tư vấn các yếu tố đẩy chi phí in lên xuống: máy laser đắt lúc đầu nhưng rẻ mỗi trang hơn "
        "máy phun; hộp mực dung lượng cao giảm chi phí/trang; giấy tốt đỡ tốn mực; in khối lượng lớn thì rẻ hơn; in thưa khiến "
        "mực khô, phí vật tư; bảo trì định kỳ giúp máy bền và tránh hỏng nặng.",
    ),
    (
        "oFo107",
        "en",
        "ecopier_coverage",
        "Copier leasing at a fixed price per page, consumables and service included",
        "A copier leasing firm explains why quoted page yields, based on 5% coverage, overstate what a real office gets, and "
        "offers multifunction copier leases with a fixed price per page that includes all imaging supplies and repairs, so "
        "the customer pays for what is printed and can budget accordingly; full-page text jobs are cheaper on a copier than "
        "on a desktop printer.",
    ),
    (
        "oFo108",
        "vi",
        "dnts_toner",
        "Cách tính chi phí mực trên mỗi trang khi chọn máy in, máy photo",
        "Công ty dịch vụ văn phòng hướng dẫn tính chi phí mực mỗi trang bằng giá hộp mực chia cho số trang in được (công bố "
        "trên trang của hãng). Mức tham khảo: máy LED in chữ đen 1–2,5 xu/trang, trang màu đơn giản 12–15 xu; máy phun chữ đen "
        "4–5 xu, trang màu 12–14 xu. Cảnh báo máy bán rẻ để bán mực đắt và số trang chuẩn không phản ánh sử dụng thật.",
    ),
    (
        "oFo109",
        "en",
        "kc_coverage",
        "Print-coverage cost analysis before buying a copier",
        "A copier dealer analyses customers' typical documents before recommending a machine, using a printer-maker's cost "
        "calculator: toner alone costs about 6–7 cents a page at 10% coverage, 15 cents at 30% and 29 cents at 60%, before "
        "labour, service and parts. A multifunction copier often works out around three times cheaper per page.",
    ),
    (
        "oFo110",
        "vi",
        "fes_maintenance",
        "Bảo trì định kỳ máy photocopy theo số bản chụp",
        "Dịch vụ bảo trì máy photocopy thương mại theo lịch định kỳ vài tháng một lần hoặc khi đạt số bản chụp nhất định: kiểm "
        "tra, thay trống, trục, hộp mực mòn hỏng, canh chỉnh máy, dùng chức năng tự chẩn đoán để phát hiện lỗi sớm. Giảm thời "
        "gian máy chết (ước tính thiệt hại 5.000–6.000 USD mỗi giờ với doanh nghiệp lớn) và phát hiện chỗ tốn mực, tốn giấy.",
    ),
    (
        "oFo111",
        "vi",
        "huynhgia_mini",
        "Tư vấn chọn máy in hay máy photocopy mini cho văn phòng nhỏ",
        "Công ty máy photocopy phân tích khác biệt giữa máy in và máy photocopy mini về chức năng, hiệu suất, chi phí và độ "
        "bền để văn phòng nhỏ, hộ kinh doanh chọn đúng thiết bị; theo hiệp hội in, khoảng 80% người dùng nhầm lẫn hai loại, "
        "dẫn đến đầu tư máy đắt mà không đáp ứng khối lượng hoặc ngược lại mua máy cồng kềnh dùng không hết.",
    ),
    (
        "oFo112",
        "en",
        "ndt_photocu",
        "Refurbished second-hand photocopiers",
        "An office-equipment importer supplies refurbished second-hand photocopiers, arguing that requiring brand-new "
        "machines would raise users' costs six to ten times and push up copying prices for millions of students, teachers "
        "and engineers; proposes a phased approach to import rules.",
    ),
    (
        "oFo113",
        "vi",
        "toannhan_baotri",
        "Bảng giá và dịch vụ bảo trì máy in màu, cách giảm 50% chi phí",
        "Công ty máy in cung cấp dịch vụ bảo trì định kỳ và sửa chữa đột xuất máy in phun và laser màu, bảng giá theo hãng; "
        "lưu ý đầu phun chiếm tới 50% giá trị máy in phun. Khảo sát hơn 500 khách hàng cho thấy 78% doanh nghiệp nhỏ dự trù "
        "sai chi phí bảo trì, vượt ngân sách 30–50%/năm; kèm 7 cách giảm một nửa chi phí.",
    ),
    (
        "oFo114",
        "vi",
        "thue_photo",
        "Cho thuê máy photocopy trọn gói theo số bản chụp",
        "Dịch vụ cho thuê máy photocopy: miễn phí 10.000 bản chụp mỗi máy mỗi tháng, vượt định mức tính 100 đồng/bản (chưa "
        "VAT); bên cho thuê lo bảo trì, vật tư.",
    ),
    (
        "oFo115",
        "en",
        "bcavn_smarttank",
        "Ink-tank printers with very low cost per page",
        "A printer reseller supplies ink-tank printers and shows the per-page cost: a black bottle at 300,000 VND prints "
        "about 6,000 pages and a set of three colour bottles (150,000 VND each) about 8,000 pages at 5% coverage, giving "
        "roughly 50 VND per black page and 100–110 VND per colour page; image-heavy pages cost more.",
    ),
    (
        "oFo116",
        "en",
        "wiki_toner",
        "Toner cartridge refilling service",
        "A refill service tops up empty laser toner cartridges with new toner, resetting chips where needed, cheaper than "
        "buying new cartridges and with less waste; refilling without full remanufacturing can leave waste toner and paper "
        "debris that cause background marks.",
    ),
    (
        "oFo117",
        "vi",
        "wisebizz_reman",
        "Hộp mực in laser tái sản xuất tiết kiệm đến 60%",
        "Đơn vị tái sản xuất hộp mực: tháo rời, làm sạch, thay linh kiện mòn, nạp mực, in thử chất lượng rồi đóng gói; giá rẻ "
        "hơn hộp mực chính hãng đến 60%, kéo dài tuổi thọ vỏ hộp gấp nhiều lần và giảm rác thải.",
    ),
    (
        "oFo118",
        "en",
        "kairos_riso",
        "Digital duplicators and short-run printing for course readers and worksheets",
        "An education-capacity adviser recommends Risograph-type digital duplicators (tabletop models about 1,500–2,000 "
        "dollars, 300–600 dpi) for short runs of 50 to 10,000 copies: 60–150+ pages a minute on letter or legal paper or "
        "thin card, black or sepia plus an optional highlight colour; suited to course readers, manuals, exam papers and "
        "worksheets.",
    ),
    (
        "oFo119",
        "vi",
        "opentext_printshop",
        "Dịch vụ in theo yêu cầu tại xưởng in trong trường",
        "Hướng dẫn thiết lập dịch vụ in theo yêu cầu cho giáo trình mở tại xưởng in của trường: nhân viên xưởng in nắm thiết "
        "bị, quy trình và nhu cầu giảng viên, sinh viên; in phiên bản riêng của môn học với giá hợp lý, in vài chương theo nhu "
        "cầu, đóng cuốn chắc hơn cho sách dùng nhiều; cần xác định giới hạn dịch vụ và công suất.",
    ),
    (
        "oFo120",
        "en",
        "pub310_digital",
        "Print-on-demand and short-run digital printing",
        "A publishing programme explains print-on-demand and short-run digital printing: toner or inkjet presses image "
        "each page directly without plates, so set-up costs are low and the cost per copy is fixed regardless of run "
        "length; a single copy can be produced at a reasonable price, and variable data can be printed.",
    ),
    (
        "oFo121",
        "en",
        "eatsip_eduprint",
        "Educational printing consultancy: paper finish and binding for workbooks",
        "A printing consultant with two decades in educational printing advises schools on workbooks and classroom "
        "materials: uncoated matte paper that takes pencil and ink without glare instead of glossy stock, binding chosen for "
        "the year-long use, and budgeting by durability and learning value rather than lowest unit cost.",
    ),
    # --- online ordering and delivery for schools ---
    (
        "oFo122",
        "en",
        "ssp_guide",
        "Implementing a school supply-kit ordering programme",
        "A school-supply kit company sets up ordering programmes for schools, districts and parent organisations: collect "
        "final lists from teachers or grade teams early, decide whether all sections of a grade share one list, publish "
        "clear ordering instructions and deadlines for families, then pack teacher-approved kits and deliver them on time. "
        "Designed so administrators are not buried in logistics and front-office staff stop answering the same questions.",
    ),
    (
        "oFo123",
        "vi",
        "gainesville_toolbox",
        "Bộ đồ dùng học tập đóng gói sẵn theo danh sách giáo viên, giao tận lớp",
        "Một công ty cung ứng toàn quốc nhận danh sách đồ dùng do giáo viên lập trước khi kết thúc năm học, nhà trường gửi phiếu "
        "đặt hàng cho phụ huynh; học sinh đặt trước sẽ có sẵn hộp đồ dùng tại lớp vào ngày hội mở cửa đầu năm. Ở một trường "
        "khoảng 25% gia đình đặt trước; tiết kiệm thời gian và tiền cho phụ huynh ở nơi không có cửa hàng văn phòng phẩm, phải "
        "đi sang thị trấn khác mua.",
    ),
    (
        "oFo124",
        "en",
        "ssp_why",
        "School-approved supply packs built per grade, labelled and delivered",
        "A supply-pack provider turns each school's required lists into prepackaged kits by grade, classroom or programme, "
        "labels them and delivers them so distribution is easy for staff; families place one accurate order instead of "
        "matching a list across several stores, and children arrive on the first day with exactly the items requested.",
    ),
    (
        "oFo125",
        "vi",
        "pac_monk",
        "Đặt bộ đồ dùng học tập trực tuyến qua ban đại diện cha mẹ học sinh",
        "Mô hình hội phụ huynh phối hợp nhà cung cấp văn phòng phẩm: danh sách chia hai phần bắt buộc và tùy chọn; phụ huynh đặt "
        "trực tuyến theo hướng dẫn; đặt trước 15/7 thì bộ đồ dùng được giao thẳng đến trường vào tháng 9, đặt sau thì giao về "
        "nhà hoặc nhận tại cửa hàng; bộ đồ dùng được chia về từng lớp khi có danh sách lớp chính thức. Nhắc đặt cho lớp sắp "
        "học, không phải lớp vừa xong.",
    ),
    (
        "oFo126",
        "en",
        "kcsd96_bulk",
        "District-level bulk purchasing of classroom supplies",
        "A school district model: instead of families buying individual supply lists, the district buys classroom supplies "
        "in bulk, funded partly from annual student fees, giving lower cost, consistency and equity; families supply only "
        "a backpack, PE shoes, lunchbox and wired USB-C headphones.",
    ),
    (
        "oFo127",
        "vi",
        "talented_bulk",
        "Cung ứng ba lô và đồ dùng học tập số lượng lớn cho trường",
        "Nhà cung cấp sỉ giao ba lô và đồ dùng cơ bản theo đơn lớn cho các trường, giúp trường phát đồ dùng cho mọi học sinh "
        "ngay đầu năm thay vì yêu cầu phụ huynh tự mua; giá rẻ hơn khi mua lẻ, giáo viên không phải tự bỏ tiền bù chỗ thiếu.",
    ),
    (
        "oFo128",
        "en",
        "saspta_backpackmail",
        "School online store with 'backpack mail' delivery to the classroom",
        "A parent-teacher association's online shop delivers orders through 'backpack mail': volunteers take each order to "
        "the grade-level office, where primary orders go to the teacher's mailbox and the assistant hands them to the "
        "pupil, while older students collect from the office. Name, grade and teacher are required at checkout; orders over "
        "100 dollars ship free; fulfilment takes two to three school days, Monday to Friday.",
    ),
    (
        "oFo129",
        "vi",
        "columbus_packs",
        "Chương trình đặt bộ đồ dùng học tập trực tuyến cho khối mầm non đến lớp 8",
        "Mô hình hợp tác giữa sở giáo dục địa phương và nhà bán lẻ đồ dùng học tập: giáo viên lập danh sách, sở chuẩn hóa rồi "
        "gửi nhà bán lẻ báo giá; phụ huynh đặt trực tuyến bộ đồ dùng giá khoảng 26–54 USD tùy khối lớp, có thể mua thêm tai "
        "nghe, máy tính đồ thị; hạn đặt cuối tháng 7, nhận tại ngày hội mở cửa. Ở nơi áp dụng trước, năm thứ hai đa số học sinh "
        "tham gia.",
    ),
    (
        "oFo130",
        "en",
        "ezlunch",
        "Online school lunch ordering and payment platform",
        "A digital lunch-ordering platform lets parents order and pay for school lunches online the night before or the "
        "same morning; orders arrive labelled and sorted by class, schools stop handling cash and some report 60–70% less "
        "admin time; a helpdesk handles problems.",
    ),
    (
        "oFo131",
        "vi",
        "payschoolfees",
        "Hệ thống đặt suất ăn trường học kèm phiếu đặt hàng nhà cung cấp",
        "Phần mềm cho nhóm phụ trách bán trú: nhập lớp, giáo viên, nhà cung cấp và sản phẩm; lập lịch thực đơn theo ngày; phụ "
        "huynh tự đăng ký, đặt món cho từng con, in phiếu, trả bằng séc hoặc trực tuyến; hệ thống tự tổng hợp phiếu đặt hàng "
        "gửi từng nhà cung cấp. Cũng dùng bán hàng gây quỹ.",
    ),
    (
        "oFo132",
        "vi",
        "ssp_why",
        "Bộ đồ dùng học tập theo danh sách nhà trường, dán nhãn theo lớp",
        "Đơn vị cung ứng chuyển danh sách đồ dùng bắt buộc của từng trường thành bộ đóng gói sẵn theo khối, lớp hoặc chương "
        "trình, dán nhãn và giao đến trường để phát; phụ huynh chỉ đặt một đơn đúng danh sách thay vì đi nhiều cửa hàng đối "
        "chiếu; mọi lớp cùng khối có đồ dùng thống nhất.",
    ),
    # --- further offers ---
    (
        "oFo133",
        "en",
        "dingbang_saddle",
        "Saddle-stitch booklet maker for exercise books up to 32 sheets",
        "A finishing-machine maker supplies saddle-stitch booklet machines that cut each staple from coiled wire, stitch "
        "through the spine fold and trim three sides in one line. The cover and body are stitched together, giving a short "
        "cycle and low cost; recommended for books of at most 32 sheets (64 pages) with page counts in multiples of four.",
    ),
    (
        "oFo134",
        "vi",
        "isle_scanner",
        "Máy quét mã vạch cắm là dùng và in nhãn mã riêng cho hàng không có mã",
        "Nhà cung cấp phần mềm bán hàng hỗ trợ mọi máy quét USB hoặc Bluetooth, không cần cài đặt: quét thẳng trên màn hình bán "
        "hàng, hàng được thêm vào giỏ, quét lại thì tăng số lượng, mã lạ thì cảnh báo. Mỗi sản phẩm có trường mã vạch riêng, "
        "tách khỏi mã SKU; hàng có mã của nhà sản xuất thì nhập để quét ngay, hàng không có mã thì in nhãn mã vạch của cửa hàng. "
        "Quét được cả ở màn hình nhập hàng và kiểm kho.",
    ),
    (
        "oFo135",
        "en",
        "ioba_barcodes",
        "Barcode workflow for an online used-book business",
        "An online booksellers' association shares how barcodes cut the handling cost of cheap used books: inventory "
        "software prints stock-number labels, a hand-held scanner rings up sales and picks orders, and a fast, quiet "
        "thermal label printer (about 750 dollars new, far less second-hand) does the labels, so a ten-dollar book is not "
        "eaten up by fifteen minutes of staff time per order.",
    ),
    (
        "oFo136",
        "vi",
        "poscentral",
        "Máy in hóa đơn nhiệt và máy quét mã vạch cho cửa hàng nhỏ",
        "Nhà cung cấp thiết bị bán hàng tư vấn chọn máy in hóa đơn (in nhiệt, in kim) và máy quét cầm tay hoặc đặt bàn theo ngân "
        "sách và lượng khách: quét mã giúp tính tiền nhanh, giảm sai sót, dữ liệu dùng để báo cáo và đặt hàng lại; hóa đơn cần "
        "cho kế toán, khai thuế và đổi trả.",
    ),
    (
        "oFo137",
        "en",
        "suckhoe_gia_re",
        "Price-stabilisation programme for back-to-school goods",
        "A trade-promotion programme brings participating manufacturers into a back-to-school price-stabilisation scheme "
        "covering four product groups — exercise books, school bags and backpacks, uniforms and shoes — with nearly 450 "
        "product lines and shop discounts of 5–30%, favouring Vietnamese-made goods of known origin.",
    ),
    (
        "oFo138",
        "vi",
        "kairos_riso",
        "Máy in siêu tốc (Riso) cho đề kiểm tra, phiếu bài tập số lượng vừa",
        "Tư vấn đầu tư máy in kỹ thuật số kiểu Riso để bàn (khoảng 1.500–2.000 USD, 300–600 dpi) cho in ngắn hạn 50–10.000 bản: "
        "60–150 trang/phút trên khổ letter, legal hoặc bìa mỏng, mực đen hoặc nâu và một màu nhấn; phù hợp tài liệu ôn tập, đề "
        "thi, phiếu bài tập, rẻ hơn photocopy khi in nhiều bản từ một bản gốc.",
    ),
    (
        "oFo139",
        "vi",
        "stickymonkey_uniform",
        "Chọn nhãn ủi hay nhãn dán cho từng món đồng phục",
        "Doanh nghiệp nhãn tên trẻ em tư vấn và cung cấp nhãn cho đồng phục theo từng món: áo có nhãn giặt thì dùng nhãn dán "
        "vào nhãn giặt, áo không nhãn dùng nhãn ủi; vị trí dán để bền qua giặt hằng tuần; chú ý vải chịu nhiệt kém; nhãn mềm "
        "không gây cộm cho trẻ nhạy cảm; cách dán để đồ còn truyền lại cho em.",
    ),
    (
        "oFo140",
        "en",
        "tvlophoc",
        "Classroom library model for schools",
        "A teacher's good-practice report on building and improving a classroom library: a book corner in each classroom "
        "stocked partly by pupils, pupil monitors for lending and returns, and activities that build independent study "
        "habits and support new teaching methods.",
    ),
    (
        "oFo141",
        "vi",
        "moam_koha",
        "Cài đặt phần mềm thư viện mã nguồn mở Koha",
        "Nhóm cán bộ thư viện đại học hướng dẫn cài đặt Koha từng bước, tùy biến giao diện tra cứu trực tuyến (OPAC), nhập liệu "
        "theo biểu mẫu để tăng tốc; thư viện nhỏ chỉ cần một máy tính thông thường, không tốn tiền bản quyền phần mềm.",
    ),
    (
        "oFo142",
        "vi",
        "winen_cycle",
        "Kiểm kê cuốn chiếu hằng tuần chống thất thoát sách",
        "Chuyên gia quản lý tồn kho bán lẻ thiết lập quy trình kiểm kê cuốn chiếu cho nhà sách: mỗi tuần đếm vài khu vực giá trị "
        "cao, đối chiếu với phần mềm và truy nguyên chênh lệch khi còn nhỏ, thay cho một đợt kiểm kê lớn cuối năm. Một nhà sách "
        "độc lập áp dụng đã giảm hơn 70% hao hụt trong ba tháng; kèm cách xử lý hết hàng, tồn chết và mất cắp.",
    ),
    (
        "oFo143",
        "vi",
        "customs_crayon",
        "Phân tích chì trong bút sáp màu và phấn viết",
        "Phòng thí nghiệm hải quan đã từng phát hiện chì trong bút sáp và phấn nhập khẩu nhận phân tích mẫu, không phụ thuộc "
        "vào nhãn: câu “phù hợp ASTM D-4236” chỉ có nghĩa thành phần khai báo đã được xem xét tài liệu, không phải đã thử "
        "nghiệm, và đã có mẫu mang câu này vẫn chứa chì.",
    ),
    (
        "oFo144",
        "vi",
        "sgs_pens",
        "Thử nghiệm an toàn hóa học và cơ học cho bút bi, bút dạ bi",
        "Tổ chức thử nghiệm chứng nhận kiểm tra bút bi và bút dạ bi theo yêu cầu khách hàng EU, Mỹ: cadimi, hợp chất thiếc hữu "
        "cơ, dimethyl fumarate, parafin clo hóa mạch ngắn, cùng thử tính năng viết; lưu ý nguy cơ hóc nắp bút (hơn 20.000 ca "
        "mỗi năm, trung bình trên 100 ca tử vong).",
    ),
    (
        "oFo145",
        "vi",
        "tank007_fluor",
        "Đèn pin UV kiểm tra chất tăng trắng huỳnh quang trong vở",
        "Nhà sản xuất đèn UV cung cấp cách thử nhanh vở học sinh: giấy có chất tăng trắng huỳnh quang phát sáng xanh dưới tia UV. "
        "Trong một phóng sự, 5/6 loại vở mua ngoài thị trường có chất huỳnh quang. Kèm hướng dẫn chọn giấy hơi ngả vàng; vở "
        "“chống cận” chỉ dịu mắt hơn, không ngăn được cận thị.",
    ),
    (
        "oFo146",
        "vi",
        "netread_offset",
        "In offset sách số lượng lớn",
        "Đơn vị môi giới in sách nhận in offset: máy tờ rời cho chất lượng cao, hợp 2.000–3.000 bản nhiều màu; máy cuộn cho sách "
        "một màu từ 5.000 bản, ra tay sách 32 trang; máy in liền đóng cho sách bìa mềm. Offset rẻ hơn in kỹ thuật số khi trên "
        "khoảng 1.000 bản.",
    ),
    (
        "oFo147",
        "vi",
        "az_screen",
        "In lụa lên áo thun, áo đồng phục",
        "Xưởng in nhận in lụa hình, chữ lên áo: đẩy mực qua khung lưới bằng dao gạt, mỗi màu một khung, nên chi phí và thời gian "
        "chuẩn bị tăng theo số màu và như nhau dù in 1 hay 1.000 áo.",
    ),
    (
        "oFo148",
        "vi",
        "ezlunch",
        "Nền tảng đặt và thanh toán suất ăn bán trú trực tuyến",
        "Nền tảng số cho phụ huynh đặt và trả tiền suất ăn trưa của con qua mạng từ tối hôm trước hoặc sáng cùng ngày; suất ăn "
        "dán nhãn, phân theo lớp; nhà trường không phải thu tiền mặt, có trường giảm 60–70% thời gian hành chính.",
    ),
    (
        "oFo149",
        "en",
        "travinh_txng",
        "Supply-chain and traceability app for a province's key farm products",
        "A technology company working with the provincial agriculture department rolls out a traceability and supply-chain "
        "app for key agricultural and OCOP products, with a clean-produce trading platform, so buyers can scan a product and "
        "see who held it and how it was processed at each stage.",
    ),
    (
        "oFo150",
        "vi",
        "brvt_dongphuc",
        "Xưởng may áo dài và đồng phục học sinh may sẵn",
        "Xưởng may nhận may áo dài học sinh đo theo người (khoảng 480.000 đồng/bộ) và cung cấp đồng phục may sẵn váy xanh áo "
        "trắng cho tiểu học (khoảng 170.000 đồng/bộ) bằng vải kate silk mát, thấm mồ hôi.",
    ),
    (
        "oFo151",
        "vi",
        "wiki_toner",
        "Dịch vụ nạp mực hộp mực máy in laser",
        "Cửa hàng nạp mực cho hộp mực laser đã hết, thay chip khi cần, rẻ hơn mua hộp mới và giảm rác thải; lưu ý nạp mà không tái "
        "sản xuất đầy đủ có thể còn mực thải và bụi giấy gây bẩn nền bản in.",
    ),
    (
        "oFo152",
        "vi",
        "pub310_digital",
        "In kỹ thuật số số lượng ít và in theo yêu cầu",
        "Xưởng in kỹ thuật số nhận in theo yêu cầu và in số lượng ít: máy in dùng mực bột hoặc mực nước in trực tiếp không cần "
        "bản kẽm nên chi phí chuẩn bị thấp, giá mỗi cuốn cố định dù in 1 hay 100 cuốn, in được dữ liệu thay đổi (tên, mã) trên "
        "từng bản.",
    ),
    (
        "oFo153",
        "vi",
        "uconn_ten",
        "Phần mềm miễn phí vận hành mạng trao đổi giáo trình cũ",
        "Tổ chức phi lợi nhuận do sinh viên thành lập năm 2016 cung cấp phần mềm miễn phí và kinh nghiệm vận hành chợ giáo trình "
        "cũ trong trường: đăng bán, mua qua nền tảng an toàn có kênh liên lạc người mua – người bán, thay cho nhóm mạng xã hội tự "
        "phát.",
    ),
    (
        "oFo154",
        "vi",
        "spiral_notebook",
        "Chuẩn bị ruột sổ lò xo: bình trang, cắt xấp và đục lỗ",
        "Tài liệu hướng dẫn mở làm sổ lò xo quy mô xưởng nhỏ: ghép nhiều trang nhỏ trên một tờ để đủ khổ cho máy đóng, chọn "
        "giấy, cắt xấp bằng máy cắt có cữ chặn và tấm lót, đục lỗ bằng máy đóng lò xo đặt đúng bước lỗ, số tờ tối đa mỗi lần "
        "cắt hoặc đục.",
    ),
    (
        "oFo155",
        "en",
        "comb_binding",
        "Comb binding: punching and plastic spines from 10 to 425 sheets",
        "An office-equipment supplier provides comb binding: pages are punched a few at a time (a paper drill for bulk), a "
        "spine is chosen to match thickness — from 3/16 inch for about 10 sheets up to 2 inches for about 425 — and the "
        "rings are opened to insert the pages; covers must be punched too, and books can be reopened to add pages.",
    ),
    (
        "oFo156",
        "en",
        "jingou_carton",
        "Corrugated carton production line from reel to box",
        "A packaging-machinery maker supplies complete corrugated box lines: corrugator and laminator, servo-driven "
        "thin-blade slitter-scorer with ±0.5 mm precision, printer, die-cutter and folder-gluer, with guidance on liner and "
        "fluting paper weight and moisture for box strength.",
    ),
    (
        "oFo157",
        "vi",
        "testliner_occ",
        "Lập kế hoạch sản xuất giấy testliner màu từ thùng carton cũ",
        "Kỹ sư công nghệ giấy và bột giấy đưa ra phương pháp lập kế hoạch sản xuất cho nhà máy làm giấy testliner màu từ "
        "thùng carton cũ (OCC), sản xuất theo đơn đặt hàng trên máy xeo.",
    ),
    (
        "oFo158",
        "vi",
        "banhtrang_may",
        "Thiết bị tự động sản xuất bánh tráng bò bía",
        "Đề tài thạc sĩ công nghệ chế tạo máy của một trường đại học bách khoa: thiết kế, chế tạo thiết bị tự động tráng, hấp, "
        "gỡ và sấy bánh tráng mỏng dùng cuốn bò bía, thay cho tráng tay trên nồi hơi.",
    ),
]
