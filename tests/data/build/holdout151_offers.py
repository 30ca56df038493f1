"""Offers of holdout151 (libraries, archives and document digitisation); rows (id, language, source key, title, description)."""

OFFERS = [
    # --- digitisation and scanning services ---
    (
        "nWo001",
        "vi",
        "iscan_quytrinh",
        "Dịch vụ số hóa hồ sơ lưu trữ trọn gói, chuẩn PDF/A và OCR tiếng Việt",
        "Doanh nghiệp số hóa nhận hồ sơ về xưởng, phân loại, tháo ghim kẹp và bìa, làm phẳng, biên mục từng văn bản rồi "
        "chuyển tới các trạm quét. Ảnh quét mặc định 200 dpi (có thể cao hơn), xuất PDF hoặc TIF/JPG, hỗ trợ PDF/A, PDF "
        "có lớp chữ tìm kiếm và OCR tiếng Việt; tên file đặt theo chuẩn thông tin đầu vào của Cục Văn thư và Lưu trữ.",
    ),
    (
        "nWo002",
        "vi",
        "vienhc_sohoa",
        "Tư vấn, phần mềm và dịch vụ số hóa tạo lập cơ sở dữ liệu tài liệu lưu trữ",
        "Viện ứng dụng khoa học công nghệ nhận tư vấn phương án số hóa đúng quy trình, tiêu chuẩn cho cơ quan nhà nước: "
        "số hóa tài liệu giấy, ảnh, phim, ghi âm; cung cấp phần mềm quản lý và dịch vụ chuyển đổi để hình thành cơ sở dữ "
        "liệu tài liệu lưu trữ khai thác được, tránh số hóa đại trà, chồng chéo chi phí bảo quản.",
    ),
    (
        "nWo003",
        "vi",
        "daiviet_sohoa",
        "Số hóa tài liệu lưu trữ cho cơ quan nhà nước theo quy chuẩn",
        "Đơn vị chuyên số hóa triển khai dự án chuyển tài liệu giấy, ảnh, phim, âm thanh của cơ quan nhà nước sang dạng số "
        "theo Luật Lưu trữ và các quy chuẩn hiện hành, giúp giảm diện tích kho, tăng bảo mật và rút ngắn thời gian tra tìm; "
        "có quy trình khảo sát, quét, kiểm tra chất lượng và bàn giao dữ liệu.",
    ),
    (
        "nWo004",
        "vi",
        "gpdt_sohoa",
        "Hệ thống số hóa tài liệu cho doanh nghiệp: máy quét, lưu trữ và tìm kiếm",
        "Công ty giải pháp điện tử cung cấp trọn bộ hệ thống số hóa cho doanh nghiệp: chuyển hồ sơ trong kho, tủ sang dạng "
        "số trên máy chủ, quản lý vĩnh viễn, tìm kiếm và chia sẻ nhanh, phân quyền bảo mật, thống kê báo cáo; giảm chi "
        "phí mặt bằng, phục chế và nhân sự quản lý kho giấy.",
    ),
    (
        "nWo005",
        "en",
        "mmg_sohoa",
        "Document digitisation plus data extraction for businesses",
        "A Vietnamese consultancy helps firms drowning in paper move from simple scanning (contracts and invoices turned "
        "into image or PDF files) to true data digitisation, where the fields are extracted into Excel or management "
        "software so the computer can use them; it walks clients through a step-by-step 2025 workflow.",
    ),
    (
        "nWo006",
        "vi",
        "tt05_sohoa",
        "Lập kế hoạch và thực hiện số hóa tài liệu lưu trữ theo Thông tư 05/2025/TT-BNV",
        "Nhóm tư vấn lưu trữ hỗ trợ cơ quan lập kế hoạch số hóa đúng Thông tư 05/2025/TT-BNV: xác định mục đích, chọn tài "
        "liệu được số hóa theo Luật Lưu trữ, áp dụng thể thức và kỹ thuật trình bày cho tài liệu giấy, ảnh, phim âm bản, "
        "ghi âm, ghi hình, tạo bản dự phòng và cơ sở dữ liệu, hạn chế tiếp xúc với bản gốc.",
    ),
    (
        "nWo007",
        "en",
        "wiki_bookscan",
        "Non-destructive book scanning with V-cradle capture and OCR",
        "Book digitisation service that avoids cutting bindings: volumes sit in a V-shaped cradle and are photographed "
        "so the gutter curve is minimal, pages are turned by hand or automatically, then images are aligned, cropped, "
        "OCR-converted and proofread, and delivered as PDF, DjVu or TIFF and as searchable e-text.",
    ),
    (
        "nWo008",
        "en",
        "tabletlib_scan",
        "Robotic high-speed book scanner, over 250 pages per minute",
        "Supplier of automated book scanners of the BSF type that capture more than 250 pages a minute, for libraries "
        "that want to digitise their own holdings in-house or scan on demand when a reader requests a title that is not "
        "yet available in digital form.",
    ),
    (
        "nWo009",
        "en",
        "jharris_scanner",
        "Self-service book scanner station for library users",
        "Integrator of walk-up book scanning stations for academic libraries: readers copy a chapter or a few journal "
        "pages to a USB drive or e-mail instead of photocopying; the offer stresses built-in lighting for image quality "
        "and stable software, the two weak points of older kiosks.",
    ),
    (
        "nWo010",
        "vi",
        "idt_selfscan",
        "Mô hình máy scanner tự phục vụ cho phòng đọc thư viện",
        "Công ty công nghệ thư viện giới thiệu mô hình máy quét tự phục vụ (self-service scanner) đặt tại phòng đọc để bạn "
        "đọc tự sao chép phần tài liệu cần thiết ra file, thay cho dịch vụ photocopy, đồng thời phân tích thực trạng nhu "
        "cầu sao chép tại các thư viện Việt Nam.",
    ),
    (
        "nWo011",
        "en",
        "newspaper_grok",
        "Newspaper digitisation from paper and microfilm with OCR and metadata",
        "Digitisation bureau converting bound newspaper volumes, microfilm and microfiche into page images, OCR text and "
        "metadata for keyword search, following the model of programmes such as Chronicling America (over 21 million "
        "pages) and Trove.",
    ),
    (
        "nWo012",
        "en",
        "plesums_film",
        "Conversion of microfilm rolls and microfiche to digital images",
        "Imaging consultant that costs and manages the conversion of legacy office microfilm (roll and fiche) to "
        "electronic images; it notes that finding and mounting a roll costs several dollars while each captured image "
        "costs only cents, and helps decide whether to convert whole rolls or on demand.",
    ),
    (
        "nWo013",
        "en",
        "mesltd_film",
        "Microfilm and microfiche scanners for legacy archives",
        "Vendor of microfilm scanners that turn reels and fiche, used by libraries, law firms and agencies since the "
        "1970s, into digital files, replacing ageing readers and converting negative images to positive on screen.",
    ),
    (
        "nWo014",
        "en",
        "ilm_fiche",
        "Microfiche and microfilm document conversion service",
        "Document management firm that converts microfiche and microfilm, which hold images at about one twenty-fifth "
        "of page size and need scarce readers, into shareable digital files, in the same workflow it uses for paper.",
    ),
    (
        "nWo015",
        "vi",
        "microfilm_ld",
        "Lập bản sao microfilm bảo hiểm tài liệu lưu trữ đạt chuẩn",
        "Nhóm nghiên cứu ngành lưu trữ chuyển giao giải pháp chụp microfilm bảo hiểm cho tài liệu lưu trữ quý, kiểm soát "
        "các chỉ tiêu chất lượng bản sao: độ phân giải, mật độ quang học, chất lượng hình ảnh và mức dư thừa hóa chất sau "
        "tráng rửa.",
    ),
    (
        "nWo016",
        "en",
        "microcom_large",
        "Large-format drawings and maps to 35 mm microfilm and back to digital",
        "Micrographics bureau that photographs maps, blueprints and other oversized documents onto 16 mm or 35 mm film "
        "with overhead or back-lit cameras, and later scans film to digital files for online access.",
    ),
    (
        "nWo017",
        "vi",
        "nomnaocr",
        "Công cụ OCR nhận dạng văn bản Hán-Nôm",
        "Nhóm nghiên cứu trường đại học (ĐHQG TP.HCM) phát triển bộ dữ liệu và mô hình NomNaOCR nhận dạng văn bản chữ "
        "Hán-Nôm trên ảnh, có bản demo trực tuyến, giúp số hóa và chuyển các thư tịch cổ sang chữ Quốc ngữ nhanh hơn.",
    ),
    (
        "nWo018",
        "vi",
        "ocr_vi_office",
        "Dịch vụ chuyển ảnh, PDF scan tiếng Việt thành văn bản tìm kiếm được",
        "Đơn vị hỗ trợ văn phòng nhận OCR tiếng Việt có dấu cho hợp đồng, biểu mẫu, tài liệu scan: tiền xử lý ảnh, chọn "
        "công cụ trực tuyến hoặc ngoại tuyến phù hợp, xử lý bảng và nhiều cột, xuất PDF có lớp chữ để tra cứu theo từ "
        "khóa và đưa vào hệ thống quản lý hồ sơ.",
    ),
    (
        "nWo019",
        "en",
        "hou_ocr",
        "Tested OCR pipeline for Vietnamese certificates and diplomas",
        "Researchers at a Hanoi open university compared DeepSeek, LLaMA-3.2 Vision, EasyOCR and the Gemini API on "
        "Vietnamese diplomas, including handwritten fields, and offer the open-source LLaMA-based set-up as the most "
        "practical in time and cost for institutions.",
    ),
    (
        "nWo020",
        "vi",
        "labuong_bt",
        "Tư vấn bảo tồn kinh lá buông kết hợp truyền thống và số hóa",
        "Nhà nghiên cứu Phật giáo Nam tông Khmer đề xuất và hỗ trợ các chùa bảo tồn kinh lá buông: duy trì cách bảo quản "
        "truyền thống, chống ẩm và côn trùng, đồng thời chụp số hóa, lập môi trường truy cập số để gìn giữ tri thức trong "
        "các bản kinh chỉ còn hai, ba thế kỷ tuổi.",
    ),
    (
        "nWo021",
        "vi",
        "labuong_ag",
        "Khảo sát, kiểm kê và lập kế hoạch bảo tồn kinh lá buông tại chùa Khmer",
        "Nhóm tiến sĩ, thạc sĩ văn hóa đã khảo sát kinh lá buông tại 29 chùa Khmer ở An Giang, nhận làm khảo sát hiện "
        "trạng, phân loại, đánh giá nguy cơ hư hỏng và lập phương án bảo tồn, phát huy giá trị cho các chùa có kinh đang "
        "bảo quản tự nhiên.",
    ),
    (
        "nWo022",
        "en",
        "eap1217",
        "Palm-leaf manuscript digitisation, cataloguing and preservation",
        "University manuscript team in South India, funded through an endangered archives programme, digitises, "
        "catalogues and conserves palm-leaf manuscripts damaged by heat and humidity, so scholars use the images "
        "instead of handling the leaves.",
    ),
    (
        "nWo023",
        "en",
        "pondicherry_palm",
        "Low-cost camera rig for imaging palm-leaf bundles",
        "Volunteer imaging project that built a copy stand from PVC pipe and street-lamp lights and a plain digital "
        "camera; it has taken about 775,000 photographs of some 8,000 palm-leaf bundles in 2.5 years and archives them "
        "as PDFs for online access.",
    ),
    # --- storage climate ---
    (
        "nWo024",
        "vi",
        "hzflair_archive",
        "Điều hòa nhiệt độ, độ ẩm không đổi cho phòng lưu trữ",
        "Nhà sản xuất thiết bị điều hòa cung cấp máy điều hòa nhiệt ẩm không đổi cho phòng lưu trữ: giữ nhiệt độ 14–24 °C, "
        "dao động trong ngày không quá 2 °C, độ ẩm tương đối 45–60 % (sai lệch ±5 %), kết hợp máy tạo ẩm, chất hút ẩm và "
        "thông gió; khuyến nghị không đặt kho ở tầng trệt.",
    ),
    (
        "nWo025",
        "en",
        "humiscope_paper",
        "Dehumidification and climate control for paper document stores",
        "Australian climate-control firm supplying dehumidifiers and humidity control for organisations storing paper "
        "records: keep stores below 22 °C and relative humidity below 55 % to stop mould and insects, avoid very dry "
        "air, and fix causes such as poor ventilation or unsealed walls.",
    ),
    (
        "nWo026",
        "en",
        "humiscope_optimal",
        "Automated archive climate systems with deviation alarms",
        "Installer of HVAC and dehumidifier systems that hold archival stores at 18–22 °C and 40–55 % RH, with "
        "continuous monitoring and alerts when conditions drift, plus advice on ventilation and acid-free containers.",
    ),
    (
        "nWo027",
        "en",
        "rotronic_logging",
        "Wireless temperature and humidity logging for record offices",
        "Measurement company that sets up wireless temperature and humidity data-logging networks in archives, as it did "
        "for a record office fighting mould on records up to a thousand years old, so conditions can be closely "
        "controlled.",
    ),
    (
        "nWo028",
        "en",
        "calibre_archive",
        "Archive storage environment design to PD 5454",
        "Building-services consultancy designing archive stores to PD 5454:2012: air at 16–20 °C and 40–55 % RH for most "
        "archival materials, slow seasonal drift only, free air circulation and filtration of dust, NOx, ozone, "
        "formaldehyde and VOCs, with separate conditions for photographic media.",
    ),
    (
        "nWo029",
        "en",
        "nsw_storage",
        "Records storage conditions matched to retention period",
        "Records advisory service applying a state-archives standard: records kept 30 years or less go to good "
        "storage, long-term records and archives to the best achievable environment; records are sentenced for disposal "
        "before transfer so only what must be kept is stored.",
    ),
    (
        "nWo030",
        "vi",
        "doc_moitruong",
        "Giải pháp hạ nhiệt, hạ ẩm cho kho lưu trữ vùng nhiệt đới",
        "Nhóm nghiên cứu bảo quản tài liệu giấy tư vấn điều chỉnh nhiệt độ, độ ẩm kho ở khí hậu nóng ẩm: trọng tâm là hạ "
        "nhiệt và hạ ẩm, dùng thông gió tự nhiên có tính toán theo chu kỳ ngày đêm và mùa, kết hợp máy hút ẩm, điều hòa khi "
        "không khí ngoài ẩm hơn trong kho.",
    ),
    (
        "nWo031",
        "vi",
        "ttl_theodoi",
        "Chương trình theo dõi nhiệt độ và độ ẩm tương đối cho kho sách",
        "Tài liệu hướng dẫn của chuyên gia bảo tồn được chuyển thành gói tập huấn: lập chương trình theo dõi nhiệt độ, "
        "độ ẩm có hệ thống, chọn thiết bị đo, ghi số liệu và dùng số liệu để hoạch định cải thiện môi trường bảo quản "
        "sách báo, tranh ảnh.",
    ),
    (
        "nWo032",
        "en",
        "homestore_paper",
        "Climate-controlled self-storage for paper archives",
        "Storage company renting units for archived business papers held at 16–19 °C (±1 °C) and 45–60 % RH (±5 %), with "
        "24-hour access, racking, and advice to use alkaline-buffered boxes and folders.",
    ),
    # --- shelving ---
    (
        "nWo033",
        "vi",
        "doc_trangthietbi",
        "Giá di động, giá kim loại lắp ghép và hộp carton chuẩn cho kho lưu trữ",
        "Nhà cung cấp thiết bị kho lưu trữ: giá cố định kim loại lắp ghép theo tiêu chuẩn ngành (TCN-06-1997), giá di "
        "động quay tay hoặc mô tơ tiết kiệm diện tích và điện điều hòa, tủ riêng cho bản đồ, bản vẽ và phim ảnh, hộp carton "
        "cứng chống bụi, ánh sáng; không dùng giá gỗ vì dễ mối mọt và cháy.",
    ),
    (
        "nWo034",
        "en",
        "nysa_shelving",
        "Steel shelving sized for standard record cartons",
        "Records-storage outfitter following state-archives advice: store inactive records in cubic-foot boxes on steel "
        "shelving built to fit them (common 18x24 or 24x36 inch office shelves waste space), never on wood or particle "
        "board, which sags and emits gases that degrade paper.",
    ),
    (
        "nWo035",
        "vi",
        "ora_mobile",
        "Giá di động mật độ cao: quay tay, trợ lực cơ khí, điện",
        "Nhà cung cấp giá sách di động trên ray: các dãy giá đặt trên xe chạy trên ray, dồn sát nhau và chỉ mở lối đi khi "
        "cần, tăng sức chứa trên cùng diện tích; có loại đẩy tay cho kho nhỏ, loại tay quay truyền xích và loại chạy "
        "điện cho kho lớn.",
    ),
    (
        "nWo036",
        "en",
        "etf_compact",
        "Movable compact shelving supply and installation",
        "Manufacturer of compact shelving on wheeled carriages and floor tracks, manual, mechanical-assist or electric, "
        "cantilever or four-post, steel or wood; as a rule of thumb it costs three to four times the same shelving "
        "fixed, repaid by savings on building space, cooling and lighting.",
    ),
    (
        "nWo037",
        "en",
        "shelving_guy",
        "Library movable shelving raising capacity 30–50 percent",
        "Shelving dealer fitting movable library stacks that close the 3-foot aisles of fixed shelving and add 30–50 % "
        "capacity; it checks floor loading first and recommends basements or ground floors for the heavier load.",
    ),
    # --- boxes and enclosures ---
    (
        "nWo038",
        "vi",
        "wright_boxes",
        "Hộp, bìa, túi lưu trữ không axit, không lignin có đệm kiềm",
        "Nhà cung cấp vật tư lưu trữ chuẩn bảo tồn: hộp, bìa, phong bì bằng giấy không axit (pH trên 7), không lignin, "
        "loại có đệm kiềm 3 % (pH khoảng 8,5); túi nhựa polyester, polypropylene, polyethylene không phủ, tuyệt đối không "
        "PVC; bao bì đựng ảnh đạt phép thử PAT (ISO 18916).",
    ),
    (
        "nWo039",
        "en",
        "westtexas_boxes",
        "Double-walled archival record cartons, 12x15x10 inches",
        "Archival supply advice turned into a stock list: the standard 12x15x10-inch record carton with lift-off lid, "
        "B- or C-flute corrugated board with double or triple walls on sides and bottom, buffered or unbuffered, in "
        "blue-grey, white, yellow or tan.",
    ),
    (
        "nWo040",
        "en",
        "memoryboxes",
        "Archival enclosures: folders, polyester sleeves and interleaving",
        "UK supplier of primary enclosures for documents (archival folders, envelopes, manuscript folders, polyester and "
        "polypropylene sleeves and binder pages), interleaving bond sheets, storage boxes, and a deacidification spray "
        "recommended for newspapers and poor paper before storage.",
    ),
    (
        "nWo041",
        "vi",
        "tnus_vatlieu",
        "Vật liệu bảo quản không axit cho sách và tài liệu giấy",
        "Trường đại học hướng dẫn và giới thiệu vật liệu bảo quản đạt chuẩn cho sách và đồ giấy: bìa kẹp, phong bì, cặp hồ "
        "sơ, hộp và giấy bồi không axit, tránh lây axit làm ố vàng, giòn tài liệu và hiện tượng cháy viền do khung, tấm bọc "
        "kém chất lượng.",
    ),
    # --- de-acidification ---
    (
        "nWo042",
        "vi",
        "doc_khuaxit",
        "Khử axit tài liệu lưu trữ giấy và tạo lớp kiềm đệm",
        "Nhóm nghiên cứu bảo quản tại các trung tâm lưu trữ quốc gia chuyển giao quy trình khử axit: trung hòa axit trong "
        "giấy (do lignin, clo tẩy trắng, mực gallic sắt), chuyển tài liệu sang trạng thái kiềm và để lại lớp kiềm dự trữ "
        "chống tái nhiễm axit, kéo dài tuổi thọ giấy ố vàng, giòn.",
    ),
    (
        "nWo043",
        "vi",
        "pta_baoquangiay",
        "Máy khử axit ướt, máy khử axit khô và tủ hút khí",
        "Bộ thiết bị khử axit cho phòng bảo quản: máy nhúng tài liệu vào dung dịch kiềm nhẹ và bổ sung sợi xenlulo, tăng "
        "tuổi thọ 3–4 lần; máy phun kiềm khô cho tài liệu khổ lớn, yếu, đóng quyển; tủ hút khí giúp khô nhanh và an toàn "
        "cho người vận hành.",
    ),
    (
        "nWo044",
        "vi",
        "massdeacid_wiki",
        "Dịch vụ khử axit hàng loạt cho sách và tài liệu",
        "Đầu mối giới thiệu các công nghệ khử axit hàng loạt thương mại: BookKeeper (magie oxit, không dùng nước), CSC "
        "Book Saver, Papersave và Wei T'o; các thử nghiệm đạt pH khoảng 7,5–10,5 nhưng có thể để lại cặn trắng, vết kẹp, "
        "thay đổi màu mực, nên cần thử trước trên mẫu.",
    ),
    (
        "nWo045",
        "en",
        "yale_massdeacid",
        "Selecting and preparing collections for mass deacidification vendors",
        "University library preservation consultants explain the physical selection criteria used by US institutions "
        "before sending acidic volumes to commercial mass-deacidification vendors, where in a large collection to start, "
        "and the workflow to plan around shipments.",
    ),
    (
        "nWo046",
        "en",
        "bioresources_deacid",
        "Completing neutralisation after non-aqueous deacidification",
        "Paper-science researchers (NC State and partners) review how MgO particle treatments often leave acid "
        "incompletely neutralised and propose finishing steps: partial moistening, high humidity and pressure, "
        "condensation, optional strengthening and final drying.",
    ),
    # --- repair and restoration ---
    (
        "nWo047",
        "vi",
        "doc_tubo",
        "Bồi nền thủ công và bằng máy, khử axit, khử trùng tài liệu",
        "Trung tâm tu bổ, phục chế tài liệu lưu trữ nhận bồi nền tài liệu giấy bằng phương pháp thủ công và bằng máy, khử "
        "axit, khử trùng tài liệu, với hệ thống kho và trang thiết bị chuyên dùng cho bảo quản và phục chế.",
    ),
    (
        "nWo048",
        "vi",
        "tvpl_phucche",
        "Phục chế tài liệu in và viết tay trên giấy",
        "Dịch vụ phục chế tài liệu giấy theo Thông tư 02/2020/TT-BVHTTDL: sửa chữa, bồi vá, dán phủ gia cố; làm khô tài "
        "liệu ẩm ướt (sấy không khí, làm lạnh chân không, sấy nhiệt chân không); xử lý ghim gỉ; cách ly và diệt nấm mốc; "
        "xử lý côn trùng bằng hóa chất hoặc làm lạnh, thay đổi thành phần khí.",
    ),
    (
        "nWo049",
        "en",
        "bookrepair_tears",
        "Mending torn pages: archival tape and Japanese tissue",
        "Book-repair trainer and supplier teaching librarians to mend tears with document repair tape (cut to narrower "
        "strips, offset on both sides) for ordinary stock, and with pasted Japanese tissue, laid in short overlapping "
        "pieces under wax paper, for tears that need strength.",
    ),
    (
        "nWo050",
        "en",
        "philarchives_bookcare",
        "Book care, repair and conservation workshop",
        "Two-day training run by the preservation chief of a national archives for a university library: causes of "
        "deterioration (acid, climate, pests, handling) and hands-on book repair for paper, boards, thread, adhesives "
        "and leather.",
    ),
    (
        "nWo051",
        "en",
        "preserving_future",
        "Book conservation studio: washing, tissue repair at folds, resewing",
        "Conservation studio that treats old books in full: aqueous washing and strengthening of leaves, repairs of "
        "split folds with colour-matched Japanese tissue strips, pressing and resewing of the sections.",
    ),
    (
        "nWo052",
        "en",
        "pac_washi",
        "Washi (kozo) repair paper for library conservation",
        "Preservation programme centre supplying and advising on Japanese kozo paper made by traditional methods: "
        "neutral or alkaline, slow to deteriorate, with long fibres of about 1 cm that give thin but strong repairs.",
    ),
    (
        "nWo053",
        "en",
        "amol_repair",
        "Conservator advice on reversible small book repairs",
        "Conservation advisers guide collection keepers on when to mend in situ and when to call a conservator: no "
        "pressure-sensitive tape, reversible treatments, materials matched to the damage and documented steps with "
        "photographs.",
    ),
    # --- water damage ---
    (
        "nWo054",
        "vi",
        "steamatic_freeze",
        "Sấy thăng hoa chân không cho tài liệu bị ngập nước",
        "Công ty khắc phục thiệt hại do nước xử lý sách, hồ sơ ướt bằng sấy đông khô: tách trang, cấp đông, rồi hạ áp "
        "suất và gia nhiệt nhẹ để nước thăng hoa, tài liệu khô mà không cong vênh; cần thiết bị chuyên dụng nên nhận làm "
        "theo hợp đồng.",
    ),
    (
        "nWo055",
        "en",
        "restorationmate_flood",
        "Salvage of flood-damaged documents and books",
        "Restoration company that lifts wet papers out of flood water, rinses items from dirty water in clean cold "
        "water, lays them flat on plain towels, interleaves sodden books every 25–40 pages with blotting paper, dries "
        "them with fans away from sun, and seals and freezes what cannot be dried at once.",
    ),
    (
        "nWo056",
        "en",
        "ccaha_books",
        "Disaster recovery guidance for wet books",
        "Conservation centre bulletin and advisory service on drying wet books after leaks or floods: inventory and "
        "off-site records of key items beforehand, fast response, and choice of drying option, with a book conservator "
        "for rare or large collections.",
    ),
    (
        "nWo057",
        "en",
        "uiowa_flood",
        "Five ways to dry wet books and records",
        "Disaster-recovery specialists compare air drying, dehumidification, freezing, vacuum freeze-drying and vacuum "
        "thermal drying by damage, volume, rarity, staff and budget, and advise freezing first when decisions take time.",
    ),
    (
        "nWo058",
        "vi",
        "hoso_uot",
        "Xử lý hồ sơ, chứng từ bị ướt không biến dạng",
        "Công ty lưu hồ sơ hướng dẫn và nhận khôi phục giấy tờ bị ướt: phun sương nước cất cho mềm sợi giấy rồi ép phẳng, "
        "làm khô từng tờ, giữ nguyên chữ in; áp dụng cho hợp đồng, biên bản, hồ sơ doanh nghiệp bị ướt do mưa, dột.",
    ),
    # --- pests ---
    (
        "nWo059",
        "vi",
        "nedcc_ipm",
        "Quản lý dịch hại tổng hợp (IPM) cho thư viện và kho lưu trữ",
        "Trung tâm bảo tồn tài liệu hướng dẫn chương trình IPM cho sưu tập giấy: kiểm soát khí hậu, nguồn thức ăn và lối "
        "xâm nhập, vệ sinh và theo dõi định kỳ; xử lý ổ dịch bằng cấp đông có kiểm soát hoặc loại bỏ oxy, chỉ dùng thuốc "
        "hóa học khi khẩn cấp.",
    ),
    (
        "nWo060",
        "en",
        "calpres_pests",
        "IPM specialist support for library and archive collections",
        "Preservation programme connecting collections with an IPM specialist to replace routine fumigation: identify "
        "cockroaches, termites, silverfish, beetles and rodents, correct the conditions that allow infestation, and "
        "involve facilities staff and collection managers.",
    ),
    (
        "nWo061",
        "en",
        "silverfish_meyer",
        "Silverfish abatement programme for a library building",
        "Library preservation team offering its silverfish programme: search and sightings map, freeze-killing "
        "infested materials, clean-up and carpet cleaning, baseboard treatment each quarter, door and patio seals, "
        "stepped-up housekeeping and routine pest monitoring.",
    ),
    (
        "nWo062",
        "vi",
        "pcs_moi",
        "Đánh giá và phòng chống mối cho công trình có kho lưu trữ, thư viện",
        "Công ty kiểm soát côn trùng chấm điểm nguy cơ mối cho công trình (loài mối, kết cấu gỗ, hiện vật và tài liệu lưu "
        "trữ chứa xenlulo, hệ thống cáp) và thi công phòng, chống mối phù hợp; kho lưu trữ, thư viện được xếp mức điểm cao "
        "nhất.",
    ),
    (
        "nWo063",
        "vi",
        "trumoi_th",
        "Chương trình kiểm soát mối và côn trùng cho kho, văn phòng",
        "Doanh nghiệp trừ mối nhận diệt mối đất, mối gỗ khô, mối gỗ ẩm cho nhà kho, văn phòng đã đưa vào sử dụng và phòng "
        "mối cho công trình mới; bảo vệ giấy tờ, tài liệu, đồ gỗ và hệ thống điện khỏi đường mui của mối.",
    ),
    (
        "nWo064",
        "vi",
        "doc_sinhvat",
        "Tập huấn phòng, chống côn trùng và nấm mốc hại tài liệu",
        "Cơ sở đào tạo nghiệp vụ lưu trữ mở lớp ngắn hạn về phòng chống sinh vật hại tài liệu: nhận biết nhậy bạc, gián, "
        "mối, mọt, sâu non ở bìa hộp; kiểm tra, vệ sinh, khử trùng kho; ngăn mối đất và mối khô xâm nhập.",
    ),
    # --- records management software and services ---
    (
        "nWo065",
        "vi",
        "luutruvn_pm",
        "Phần mềm quản lý văn bản đi–đến và hồ sơ công việc",
        "Công ty lưu trữ cung cấp phần mềm chạy trên nền web (ASP.NET) quản lý văn bản từ tiếp nhận, phân công, theo dõi "
        "xử lý đến lập và lưu hồ sơ công việc; lãnh đạo theo dõi tiến độ, phân cấp xử lý theo đơn vị.",
    ),
    (
        "nWo066",
        "vi",
        "codx_qltl",
        "Hệ thống quản lý tài liệu điện tử theo Thông tư 01/2019/TT-BNV",
        "Nhà phát triển phần mềm triển khai hệ thống quản lý tài liệu điện tử cho tổ chức, doanh nghiệp: lưu trữ, phân "
        "phối tài liệu an toàn, phân quyền truy cập theo cá nhân, bảo đảm tính xác thực và độ tin cậy của dữ liệu theo "
        "nguyên tắc của Thông tư 01/2019/TT-BNV.",
    ),
    (
        "nWo067",
        "en",
        "onec_qltl",
        "Electronic document management system for enterprises",
        "Vendor of business software offering an electronic document management system that handles documents, "
        "records and files across departments, with access rights, authenticity and reliability of data, built on the "
        "principles of Vietnam's Circular 01/2019 on electronic records.",
    ),
    (
        "nWo068",
        "vi",
        "luutruvn_dn",
        "Dịch vụ lưu trữ tài liệu điện tử cho doanh nghiệp",
        "Công ty lưu trữ tư vấn doanh nghiệp tổ chức lưu trữ tài liệu điện tử, gồm file tạo lập trên máy tính và bản số "
        "hóa từ tài liệu giấy, điều chỉnh quy trình văn thư lưu trữ truyền thống cho phù hợp với chuyển đổi số.",
    ),
    (
        "nWo069",
        "en",
        "armacanada",
        "Software-ready retention schedule for EDRMS projects",
        "Records-governance consultant rebuilding retention schedules for electronic document and records management "
        "systems: several retention rules per category, triggers driven by metadata, automatic record declaration and "
        "explicit handling of case files.",
    ),
    (
        "nWo070",
        "en",
        "ohioerc",
        "Retention schedule gap review using IT inventories",
        "Records-management educators show how to find record series missing from retention schedules by joining "
        "software procurement and using the privacy officer's threshold and impact analyses of systems.",
    ),
    (
        "nWo071",
        "vi",
        "luutru_chinhly",
        "Chỉnh lý tài liệu nền giấy theo định mức Thông tư 16/2023/TT-BNV",
        "Đơn vị dịch vụ lưu trữ nhận chỉnh lý trọn gói tài liệu nền giấy theo quy trình 21 bước và định mức lao động, máy "
        "móc, vật tư của Thông tư 16/2023/TT-BNV: giao nhận, vệ sinh, phân loại, lập hồ sơ, biên mục, loại tài liệu hết "
        "giá trị, đóng hộp và bàn giao.",
    ),
    (
        "nWo072",
        "vi",
        "luutruvietnam_nghenhin",
        "Chuyển đổi tài liệu lưu trữ nghe nhìn thành tài liệu số",
        "Công ty cổ phần lưu trữ nhận chuyển băng, đĩa ghi âm, ghi hình trong kho lưu trữ sang tài liệu số hóa, dựa trên "
        "kinh nghiệm của một kho lưu trữ thành phố ở Vân Nam (Trung Quốc), trước khi thiết bị đọc băng bị đào thải.",
    ),
    (
        "nWo073",
        "en",
        "vanguard_storage",
        "Offsite records storage in purpose-built facilities",
        "Records-storage company with over a century in the business: modern buildings configured for records, no "
        "external windows, no shared tenants, pest-free, fire and security protection, and secure vehicles for "
        "moving boxes to and from client offices.",
    ),
    (
        "nWo074",
        "en",
        "contalents_storage",
        "Managed records storage: indexing, retrieval and certified destruction",
        "Records-management provider taking physical records through their life cycle: off-site storage with "
        "environmental control, inventory and indexing, logged access and retrieval, retention management and certified "
        "destruction with chain of custody.",
    ),
    (
        "nWo075",
        "en",
        "pennrecords_boxes",
        "Barcoded box intake and transmittal lists for records storage",
        "Records-storage firm taking in client boxes that arrive bar-coded with a transmittal list (paper or Excel) for "
        "its database; it advises lids deeper than an inch, binders laid flat and no overhanging file metal.",
    ),
    (
        "nWo076",
        "vi",
        "koha_assam",
        "Cài đặt phần mềm thư viện Koha và tùy biến OPAC",
        "Nhóm cán bộ thư viện đại học hướng dẫn cài đặt từng bước phần mềm thư viện tích hợp mã nguồn mở Koha, tùy biến "
        "WebOPAC và các tính năng bổ sung, giúp thư viện tự động hóa mà không tốn chi phí bản quyền; máy cấu hình thấp "
        "đủ cho thư viện nhỏ.",
    ),
    (
        "nWo077",
        "en",
        "koha_malaysia",
        "Koha post-implementation support",
        "University information-management lecturers support libraries after moving to Koha: MARC records, Z39.50 "
        "copy cataloguing, Zebra-indexed OPAC, features users often miss, and managerial issues of running open-source "
        "software.",
    ),
    (
        "nWo078",
        "en",
        "koha_panjab",
        "Koha for a school library with a small budget",
        "University team that automated a school library with Koha despite limited funding and staff, and offers the "
        "requirements list and implementation steps to other schools.",
    ),
    (
        "nWo079",
        "en",
        "koha_imsc",
        "Migration from a legacy library system to Koha, with RFID and LDAP",
        "Institute library officer offering Koha planning and migration: data migration from a legacy ILS, "
        "customisation, RFID integration, LDAP log-in, custom reports, backup, restore and upgrades.",
    ),
    # --- library management, digital library, repositories ---
    (
        "nWo080",
        "vi",
        "openlib",
        "Phần mềm quản lý thư viện mã nguồn mở Open Library",
        "Giải pháp tin học hóa thư viện dựa trên mã nguồn mở, phù hợp trường học: biên mục, lưu thông, quản lý bạn đọc "
        "trong một hệ thống tích hợp, không mất phí bản quyền, tùy chỉnh được theo nhu cầu và là bước đầu xây dựng thư "
        "viện số.",
    ),
    (
        "nWo081",
        "vi",
        "phx_tvso",
        "Phần mềm thư viện số cho trường học",
        "Nhà cung cấp giải pháp trường học thông minh triển khai phần mềm thư viện số trên nền điện toán đám mây: biên mục, "
        "phân loại tài liệu số, tìm kiếm, hỗ trợ PDF, DOC, PPT, liên kết thư viện số bên ngoài, phân quyền theo nhóm người "
        "dùng và thống kê truy cập; chạy độc lập với hệ thống sẵn có.",
    ),
    (
        "nWo082",
        "vi",
        "libol",
        "Hệ quản trị thư viện tích hợp Libol",
        "Phần mềm thư viện tích hợp thương mại dùng tại nhiều viện, trường: phân hệ bổ sung, biên mục theo MARC, phục vụ bạn "
        "đọc, tra cứu trực tuyến (OPAC) và lưu thông tài liệu.",
    ),
    (
        "nWo083",
        "vi",
        "giaiphapthuvien_cds",
        "Giải pháp chuyển đổi số cho thư viện công cộng",
        "Công ty công nghệ thư viện đề xuất gói giải pháp cho thư viện công cộng thực hiện Quyết định 206/QĐ-TTg về chuyển "
        "đổi số ngành thư viện đến 2025, định hướng 2030: trang thông tin cung cấp dịch vụ trực tuyến, dữ liệu mở, tài "
        "nguyên số và liên thông mạng lưới.",
    ),
    (
        "nWo084",
        "en",
        "dspace_flyriver",
        "DSpace institutional repository set-up",
        "Integrator installing DSpace, the open-source repository platform, for universities and institutes: "
        "configurable submission workflow, Dublin Core metadata, access control and embargoes, search, and long-term "
        "preservation of theses and research output.",
    ),
    (
        "nWo085",
        "en",
        "lto_henryrosen",
        "LTO tape storage for digital preservation",
        "Digital-preservation engineer deploying LTO tape for large collections: LTO-9 holds 18 TB native per "
        "cartridge, shelf life over 30 years in proper storage, low cost per terabyte, with best practices for "
        "verification and migration between generations.",
    ),
    (
        "nWo086",
        "en",
        "grotabyte_fixity",
        "Long-term digital preservation: formats, fixity and bit rot",
        "Archiving-software firm setting up preservation for decades: open formats (PDF/A, TIFF, PNG, WAV, XML), SHA-256 "
        "hashes at ingest and periodic fixity checks with alerts, redundant copies in separate places and scheduled "
        "media refresh.",
    ),
    (
        "nWo087",
        "en",
        "ifla_ltp",
        "Low-cost long-term preservation system on LTO, LTFS and METS",
        "National-library engineers share a long-term preservation system built on standard tape libraries, LTO with "
        "the LTFS (ISO/IEC) file system and METS packages; after 10 months it held almost a petabyte in three copies at "
        "a cost per byte over ten times lower than before.",
    ),
    (
        "nWo088",
        "en",
        "iasa_storage",
        "Mass storage for digitised audiovisual archives",
        "Audiovisual archiving association guidance on storing digitised sound and video for the long term: automated "
        "integrity checking and media and format migration from 16 TB systems to petabyte repositories, or manual "
        "checks on data tapes and hard drives, following OAIS (ISO 14721) and ISO 16363.",
    ),
    # --- barcodes and RFID ---
    (
        "nWo089",
        "vi",
        "rfid301",
        "Tư vấn chọn tem RFID cho thư viện",
        "Nhóm biên tập bản tin thư viện lược dịch tài liệu của 3M để tư vấn chọn tem RFID: tem thụ động không pin, rẻ, "
        "mỏng, bền hơn tem chủ động (đọc xa 30 m nhưng đắt); so sánh tần số thấp, cao và siêu cao cho sách.",
    ),
    (
        "nWo090",
        "vi",
        "rfid_haui",
        "Ứng dụng RFID trong quản lý thư viện trường đại học",
        "Nhóm sinh viên, giảng viên khoa CNTT của một trường đại học công nghiệp khảo sát trung tâm thông tin thư viện và "
        "thiết kế ứng dụng RFID cho mượn trả, an ninh và kiểm kê, sẵn sàng chia sẻ mô hình cho thư viện khác.",
    ),
    (
        "nWo091",
        "vi",
        "tdtu_muontra",
        "Trạm mượn–trả sách tự động RFID và phân loại sách sau khi trả",
        "Mô hình đang vận hành ở một thư viện đại học: máy mượn tự động đọc thẻ và chip RFID trên sách, bạn đọc tự mượn "
        "không cần thủ thư; máy trả sách phục vụ 24/7, in biên nhận và tự phân loại sách trả theo chip RFID.",
    ),
    (
        "nWo092",
        "vi",
        "phx_thietbi",
        "Thiết bị thư viện thông minh theo Thông tư 16/2022 và 14/2023",
        "Nhà cung cấp giới thiệu 12 loại thiết bị thư viện thông minh cho trường phổ thông và đại học, bám theo danh mục "
        "thiết bị thư viện mức 1, mức 2 của Thông tư 16/2022/TT-BGDĐT và tiêu chuẩn thư viện đại học của Thông tư "
        "14/2023/TT-BGDĐT.",
    ),
    (
        "nWo093",
        "vi",
        "rfid_365",
        "Hệ thống RFID thư viện: tem, đầu đọc, cổng an ninh, kiosk tự mượn",
        "Nhà cung cấp RFID lắp trọn hệ thống cho thư viện: dán tem chứa mã định danh hoặc ISBN lên sách, báo, DVD; đầu đọc "
        "tại cổng ra vào, quầy lưu thông và kiosk tự mượn trả; cổng báo động khi sách chưa mượn bị mang ra; kiểm kê, tìm "
        "sách xếp sai giá và tích hợp phần mềm thư viện.",
    ),
    (
        "nWo094",
        "en",
        "rfid_wallingford",
        "Full RFID conversion for a public library",
        "Library RFID vendor offering self-checkout, automated check-in and sorting, misshelved-item location and theft "
        "deterrence; a reference public library paid about USD 300,000, half from grants, and volunteers tagged its "
        "more than 250,000 items over months.",
    ),
    (
        "nWo095",
        "en",
        "rfid_charusat",
        "RFID for an academic library with limited funds",
        "Academic librarian's implementation guide for RFID where funds and staff are scarce: basic and optional "
        "components, shelf charging and discharging, high-speed inventory, automated materials handling, and the "
        "problems met in practice.",
    ),
    (
        "nWo096",
        "vi",
        "barcode_sarjiwan",
        "Hệ thống lưu thông sách bằng mã vạch và in nhãn mã vạch",
        "Chuyên gia thư viện tư vấn triển khai mã vạch cho lưu thông: chọn chuẩn mã, máy đọc, vật tư in nhãn, quy trình "
        "mượn trả bằng mã vạch thay cho nhập tay, kèm các ứng dụng ngoài lưu thông; nhanh, chính xác và rẻ.",
    ),
    (
        "nWo097",
        "en",
        "barcode_chanda",
        "Barcode technology for library circulation and stock verification",
        "University librarian's package on barcoding a collection: how symbologies and scanners work, barcoded "
        "accession numbers and member cards, and portable data capture for stock verification without closing the "
        "library.",
    ),
    (
        "nWo098",
        "en",
        "patshuff_labels",
        "Do-it-yourself barcode labels for a small school library",
        "Volunteer-built set-up for a school library: catalogue books in LibraryThing, print unique barcode labels with "
        "title, author and Dewey number using USD 25 label software on standard labels, and check out with a USD 250 "
        "hand scanner that also reads ISBN barcodes.",
    ),
    # --- mobile, community and accessible reading ---
    (
        "nWo099",
        "en",
        "bookaid_mobile",
        "Books for mobile library services in hard-to-reach areas",
        "International book charity supplying books to mobile library partners: donkey-cart libraries, a bicycle book-box "
        "service rotating fresh collections to rural libraries each month, camel and horseback libraries, and school "
        "library boxes.",
    ),
    (
        "nWo100",
        "en",
        "libraries_move",
        "Advisory on mobile and digital mobile libraries for schools",
        "Library-science researchers advise on mobile library services by land and water for schools without "
        "libraries, following IFLA guidance, and on digital mobile libraries that carry e-resources to rural schools.",
    ),
    (
        "nWo101",
        "vi",
        "vnn_xeluudong",
        "Xe ô tô thư viện lưu động đa phương tiện",
        "Mô hình xe thư viện lưu động (có từ 2011 với Quỹ Quốc tế Singapore và Thư viện Hà Nội): giá sách trên xe chứa "
        "3.000–4.000 bản, kèm máy tính, máy chủ, máy chiếu, máy phát điện, phần mềm quản trị tài liệu, thiết bị và sách nói "
        "cho người khiếm thị, luân chuyển sách tới nông thôn, miền núi.",
    ),
    (
        "nWo102",
        "en",
        "vn_laocai",
        "Mobile library van visits to schools",
        "Provincial library service running a mobile library van to primary schools: books and newspapers matched to "
        "age, librarians guiding students on how to read effectively, and interactive activities during each visit.",
    ),
    (
        "nWo103",
        "en",
        "vn_dienbien",
        "Mobile multimedia library trips to boarding schools",
        "Provincial library programme sending mobile multimedia cars to ethnic-minority boarding schools, seven trips in "
        "one week bringing thousands of books to students with little access to reading.",
    ),
    (
        "nWo104",
        "vi",
        "lacviet_sachnoi",
        "Giải pháp thư viện sách nói cho người khiếm thị",
        "Công ty phần mềm thư viện giới thiệu mô hình thư viện sách nói: sách, báo, chương trình học được thu âm bởi người "
        "đọc chuyên nghiệp, phục vụ người mù và người nhược thị qua máy tính, điện thoại; nêu các thư viện sách nói ở TP.HCM, "
        "Quảng Ninh và nước ngoài.",
    ),
    (
        "nWo105",
        "vi",
        "baovanhoa_huongduong",
        "Kho sách nói miễn phí cho người khiếm thị",
        "Thư viện sách nói dành cho người mù đầu tiên ở Việt Nam (TP.HCM) cung cấp miễn phí sách giáo khoa và sách văn học "
        "thu âm, nghe trên mạng và qua radio; nhận đề nghị thu âm đầu sách cho hội, trường người khiếm thị.",
    ),
    (
        "nWo106",
        "vi",
        "tuoitre_khiemthi",
        "Sản xuất sách minh họa nổi và sách nói cho người khiếm thị",
        "Phòng sản xuất tài liệu cho người khiếm thị của một thư viện khoa học tổng hợp làm sách chữ nổi Braille, sách "
        "minh họa nổi và xử lý sách nói bằng phần mềm chuyên dụng; nhận đặt làm tài liệu học tập cho học sinh khiếm thị.",
    ),
    # --- e-books ---
    (
        "nWo107",
        "en",
        "libby_grok",
        "Libby/OverDrive e-book and audiobook lending for libraries",
        "Digital lending platform used by over 60,000 libraries: patrons sign in with a library card, borrow e-books "
        "(EPUB, PDF) and streaming audiobooks in a phone app, with synced reading progress and automatic returns.",
    ),
    (
        "nWo108",
        "en",
        "libby_nexttools",
        "E-book licensing models for library lending",
        "Explainer and advisory on how libraries license rather than own digital titles through OverDrive: perpetual "
        "access with simultaneous-user limits and time- or checkout-limited licences, and what that means for holds "
        "and budgets.",
    ),
    (
        "nWo109",
        "en",
        "cpl_20yrs",
        "Library e-book and audiobook lending service, 20 years on",
        "E-lending provider that built the first library e-book service with Cleveland Public Library in 2003; today it "
        "serves e-books, audiobooks, magazines and video to 88,000 public, school and academic libraries in 109 "
        "countries with the same card as print loans.",
    ),
    # --- audiovisual ---
    (
        "nWo110",
        "vi",
        "digitalnz_cassette",
        "Chuyển băng cassette ghi âm lịch sử truyền miệng sang file số",
        "Dịch vụ tư vấn số hóa âm thanh: dùng đầu băng tốt đã vệ sinh, khử từ đầu từ, tắt Dolby, nối RCA qua card âm thanh "
        "hoặc thiết bị chuyển, ghi bằng phần mềm Audacity trên máy tính để bàn, lưu file không nén rồi mới lọc tiếng rè.",
    ),
    (
        "nWo111",
        "en",
        "dlib_oralhistory",
        "Large-scale oral history digitisation with web access",
        "University library digital programmes offer the workflow from a two-year pilot: master files from cassette "
        "interviews (of a centre holding 6,500 interviews and 12,000 hours), automation for volume, and a search "
        "interface serving audio segments on the web, with cost figures.",
    ),
    (
        "nWo112",
        "en",
        "meridian_oral",
        "In-house pilot for digitising oral history cassettes",
        "Digital projects librarian shares a low-cost in-house pilot that digitised 21 oral history cassettes from "
        "1978–1980 with their transcripts, including original cataloguing, without student workers or outside vendors.",
    ),
    (
        "nWo113",
        "vi",
        "cand_nghenhin",
        "Số hóa phim lưu trữ và tư liệu nghe nhìn",
        "Trung tâm giải pháp và dịch vụ số của một tập đoàn viễn thông nhận số hóa phim nhựa, ảnh, băng ghi âm, ghi hình: "
        "một bộ phim 90 phút cần 9–10 cuộn phim nhựa nay nằm gọn trên ổ cứng, nhân bản và phục chế bằng phần mềm.",
    ),
    (
        "nWo114",
        "vi",
        "vannghehue_phim",
        "Quét phim nhựa sang file độ phân giải 2K",
        "Viện lưu trữ phim quốc gia trang bị từ 2015 hệ thống máy quét phim sang file 2K, đã số hóa khoảng 4.000 cuốn "
        "phim, có kinh nghiệm phục hồi phim xước, mờ; nhận hợp tác số hóa phim tư liệu.",
    ),
    # --- fire protection ---
    (
        "nWo115",
        "vi",
        "chuachaykhi_fm200",
        "Hệ thống chữa cháy khí FM-200 cho thư viện sách quý, phòng máy",
        "Nhà phân phối hệ thống chữa cháy khí sạch FM-200 (HFC-227ea) của Airfire, Kidde, Masteco: khí không màu, không "
        "mùi, không hại tầng ozon, chữa đám cháy loại A, B, C, dùng cho trung tâm dữ liệu, phòng điều khiển và thư viện "
        "sách quý hiếm.",
    ),
    (
        "nWo116",
        "vi",
        "sonbang_fm200",
        "Thiết kế, lắp đặt hệ thống chữa cháy khí sạch FM-200",
        "Nhà thầu phòng cháy chữa cháy thiết kế và lắp đặt hệ thống FM-200 theo NFPA-2001, TCVN 7161-9, TCVN 5738 về báo "
        "cháy tự động, kèm thuyết minh kỹ thuật cho từng công trình.",
    ),
    (
        "nWo117",
        "vi",
        "daphuc_khi",
        "Hệ thống chữa cháy bằng khí cho kho tài liệu và phòng server",
        "Công ty PCCC cung cấp hệ thống chữa cháy bằng khí cho phòng server, kho tài liệu, phòng thí nghiệm: dập lửa không "
        "làm hư thiết bị và tài liệu, không để lại cặn; nêu tỷ lệ thành công trên 98 % khi bảo trì đúng và giảm thiệt hại "
        "khoảng 85 % so với hệ nước.",
    ),
    (
        "nWo118",
        "en",
        "vinhkhanh_fm200",
        "FM200 automatic fire alarm and extinguishing",
        "Fire-protection contractor installing FM200 systems that discharge within 10 seconds of detection, leave no "
        "residue and keep enough oxygen for people in the room, with gas cylinders, control cabinet, smoke detectors and "
        "nozzles.",
    ),
    (
        "nWo119",
        "en",
        "canoncity_oral",
        "Care and digitisation of an oral-history cassette collection",
        "Museum archives team sharing how it preserves oral-history cassettes from the 1960s on: clean handling, "
        "individual cases, cool dry dark storage against mould and binder breakdown, and digitising before tapes pass "
        "their 30–50-year life.",
    ),
    (
        "nWo120",
        "en",
        "ucdavis_boxes",
        "Document storage service with box preparation rules",
        "University distribution service storing departmental records: standard 12x10x15-inch record boxes, one record "
        "series and one retention period per box, no box over 50 pounds, labelled with title and department, with a "
        "shredding service for records past retention.",
    ),
    (
        "nWo121",
        "en",
        "filingnz_boxes",
        "Records consultants sorting badly packed storage boxes",
        "Records-management consultancy that re-files boxes before retention and disposal work; in one job 35 % of boxes "
        "held clipped loose papers and 50 % had file numbers without titles, so it files documents and describes files "
        "before transfer to an archive.",
    ),
    (
        "nWo122",
        "vi",
        "vdanang_giatri",
        "Tư vấn xác định giá trị và thời hạn bảo quản tài liệu",
        "Chuyên viên lưu trữ tư vấn xác định giá trị tài liệu theo ba nguyên tắc (chính trị, lịch sử, toàn diện), áp bảng "
        "thời hạn bảo quản vĩnh viễn, lâu dài (10 năm trở lên), tạm thời (5 năm trở xuống) và phương án xử lý tài liệu "
        "không thuộc diện nộp lưu trữ lịch sử.",
    ),
    (
        "nWo123",
        "vi",
        "chinhly_cntt",
        "Ứng dụng công nghệ thông tin trong chỉnh lý tài liệu",
        "Nghiên cứu thạc sĩ ngành lưu trữ được chuyển thành giải pháp phần mềm hỗ trợ chỉnh lý tài liệu tại lưu trữ cơ "
        "quan: nhập và biên mục hồ sơ trên máy, sắp xếp, in mục lục, thống kê, giảm công thủ công.",
    ),
    (
        "nWo124",
        "vi",
        "labuong_tg",
        "Nhận diện và bảo tồn chữ Khmer và kinh lá buông",
        "Nhà nghiên cứu Viện Nghiên cứu Tôn giáo đề xuất biện pháp nhận diện, bảo tồn các bộ kinh lá buông đang lưu giữ "
        "tại gần 30 chùa Nam tông Khmer và giúp tín đồ tiếp cận nội dung, dựa trên khảo sát liên ngành văn hóa, lịch sử.",
    ),
    (
        "nWo125",
        "vi",
        "baoangiang_labuong",
        "Truyền dạy kỹ thuật chế tác và viết chữ trên lá buông",
        "Các chùa Khmer vùng Bảy Núi, nơi lưu hơn 179 bộ (trên 924 quyển) kinh lá buông và kỹ thuật viết chữ trên lá buông "
        "được công nhận di sản phi vật thể quốc gia năm 2017, nhận truyền dạy cách chọn, xử lý lá, khắc chữ và bảo quản.",
    ),
    (
        "nWo126",
        "en",
        "acharya_manuscripts",
        "Software to transcribe manuscripts while keeping the original script",
        "IIT Madras language tools for manuscript collections: enter texts in their original script, display in the "
        "most suitable form and index them directly, a searchable alternative to earlier microfilm copies.",
    ),
    (
        "nWo127",
        "vi",
        "luminpdf_ocr",
        "Công cụ OCR cho PDF và ảnh chụp tài liệu",
        "Bộ công cụ PDF trực tuyến có chức năng nhận diện ký tự quang học: biến trang quét, ảnh chụp hoặc ghi chú viết tay "
        "thành văn bản tìm kiếm, chỉnh sửa, lưu trữ được ngay trong trình soạn thảo PDF.",
    ),
    (
        "nWo128",
        "vi",
        "dhsg_baoquan",
        "Bồi dưỡng nghiệp vụ bảo quản tài liệu lưu trữ",
        "Khoa Thư viện – Văn phòng của một trường đại học mở lớp bồi dưỡng bảo quản tài liệu lưu trữ: khái niệm, nội dung "
        "bảo quản, xây dựng và bố trí kho, xử lý tác hại của khí hậu nhiệt đới nóng ẩm, vi sinh vật, nấm mốc, côn trùng.",
    ),
    # --- distractors: neighbouring fields sharing words with the needs ---
    (
        "nWo129",
        "vi",
        "scp_giayrom",
        "Công nghệ sản xuất bột giấy và giấy từ rơm rạ",
        "Giải pháp tận dụng rơm rạ, phụ phẩm lúa (ước 76 triệu tấn thải ra mỗi năm) làm nguyên liệu bột giấy thay gỗ, giảm "
        "đốt đồng và ô nhiễm; chuyển giao quy trình nấu, nghiền bột cho cơ sở sản xuất giấy.",
    ),
    (
        "nWo130",
        "vi",
        "coplus_giayxanh",
        "Giấy Xanh làm từ lá cây và phế phẩm nông nghiệp",
        "Dự án khởi nghiệp sản xuất giấy từ lá cây, rơm rạ, bã mía, bã dừa không dùng gỗ: giấy in, giấy viết, giấy thủ công "
        "mỹ nghệ, giấy dán tường cách âm, giấy hút ẩm; đạt nhiều giải thưởng sáng tạo.",
    ),
    (
        "nWo131",
        "vi",
        "nnmt_maysay",
        "Hệ thống sấy lúa tự động đốt trấu 18 tấn/mẻ",
        "Nhà phân phối tháp sấy nông sản tự động chạy nhiên liệu trấu, công suất 18 tấn mỗi mẻ, giúp cơ sở xay xát thu mua "
        "lúa tươi, lúa ướt ngay mùa mưa mà không cần sân phơi.",
    ),
    (
        "nWo132",
        "vi",
        "saythoc_doc",
        "Thiết kế quy trình và thiết bị sấy thóc",
        "Đồ án thiết kế quy trình công nghệ sấy thóc: thành phần hạt lúa, chế độ nhiệt, độ ẩm tác nhân sấy, tính toán thiết "
        "bị để bảo quản thóc sau thu hoạch.",
    ),
    (
        "nWo133",
        "vi",
        "h24_sayngo",
        "Máy sấy ngô tự chế giá rẻ cứu nông sản mùa mưa",
        "Mô hình máy sấy nông sản tự chế khoảng 11 triệu đồng: quạt gió nối lò củi và kho chứa, thổi khí nóng khử ẩm cho "
        "100 tấn ngô bị ngâm mưa, tránh mốc và nảy mầm.",
    ),
    (
        "nWo134",
        "vi",
        "dizai_offset",
        "In offset sách, tạp chí, tờ rơi và bao bì",
        "Nhà in nhận in offset các ấn phẩm giấy thông thường như sách báo, tạp chí, tờ rơi, brochure, hộp giấy; phân biệt với "
        "in ống đồng cho bao bì màng nhựa.",
    ),
    (
        "nWo135",
        "vi",
        "rao365_catalogue",
        "Báo giá in catalogue A4, A5",
        "Công cụ và dịch vụ tính giá in catalogue khổ A4, A5 theo số trang, định lượng giấy bìa và ruột, cho doanh nghiệp "
        "cần ấn phẩm quảng cáo.",
    ),
    (
        "nWo136",
        "vi",
        "laodong_qr",
        "Tem QR truy xuất nguồn gốc nông sản cho hợp tác xã",
        "Dịch vụ dán tem QR truy xuất nguồn gốc cho nông sản của hợp tác xã và hộ kinh doanh: người mua quét mã bằng ứng "
        "dụng để xem xuất xứ, chống hàng giả, hàng nhái.",
    ),
    (
        "nWo137",
        "vi",
        "vietpro_qr",
        "Xây dựng hệ thống truy xuất nguồn gốc theo chuỗi",
        "Đơn vị tư vấn xây dựng tem và cơ sở dữ liệu truy xuất nguồn gốc thực phẩm theo chuỗi (theo văn bản hợp nhất của Bộ "
        "NN&PTNT năm 2018): truy vết từng công đoạn, đơn vị cung cấp giống, vật tư, chế biến, phân phối.",
    ),
    (
        "nWo138",
        "vi",
        "vtc_qr",
        "Mã QR cho cơ sở kinh doanh thực phẩm sạch",
        "Giải pháp gắn mã QR lên bao bì thực phẩm, nông lâm thủy sản để quản lý dòng hàng, xây dựng thương hiệu và cho "
        "người tiêu dùng kiểm tra quy trình sản xuất bằng điện thoại.",
    ),
    (
        "nWo139",
        "vi",
        "ducnghiep_mayhuy",
        "Máy hủy tài liệu văn phòng các công suất",
        "Nhà cung cấp máy hủy giấy văn phòng nhiều công suất, tư vấn chọn máy và lưu ý hủy tài liệu hết thời hạn lưu trữ "
        "theo quy định của Cục Văn thư và Lưu trữ.",
    ),
    (
        "nWo140",
        "vi",
        "ducthinhphat_huy",
        "Tư vấn tránh sai lầm khi tiêu hủy tài liệu giấy",
        "Doanh nghiệp dịch vụ văn phòng chỉ ra các sai lầm thường gặp khi hủy tài liệu hết giá trị để giải phóng văn phòng, "
        "kho, bảo mật thông tin theo Luật Lưu trữ và Nghị định 174/2016/NĐ-CP về kế toán.",
    ),
    (
        "nWo141",
        "vi",
        "baolong_tieuhuy",
        "Dịch vụ tiêu hủy tài liệu hết giá trị",
        "Công ty thu mua phế liệu nhận tiêu hủy tài liệu hết giá trị: phân loại, chọn phương pháp (thủ công, máy cắt, dịch "
        "vụ chuyên nghiệp), thực hiện hủy và lưu hồ sơ sau tiêu hủy, bảo vệ thông tin và giải phóng kho.",
    ),
    (
        "nWo142",
        "vi",
        "dietmoi_nha",
        "Diệt mối tại nhà cho đồ gỗ nội thất",
        "Dịch vụ diệt côn trùng hướng dẫn và nhận diệt mối trong nhà ở: đánh giá mức độ, dùng giấm, muối, phơi nắng cho ổ "
        "nhỏ, hộp nhử PMC90 hoặc thuốc Agenda 25EC cho ổ lớn, lộ trình 7–30 ngày, bảo vệ đồ gỗ.",
    ),
    (
        "nWo143",
        "vi",
        "qdnd_moi",
        "Phòng chống và diệt mối cho công trình doanh trại",
        "Biện pháp phòng chống mối cho doanh trại quân đội: phát hiện sớm dấu vết đường mui, phân mối, vết gặm, nhử và diệt "
        "mối, tính phòng mối ngay từ khi thiết kế công trình.",
    ),
    (
        "nWo144",
        "vi",
        "viettop_tusach",
        "Tủ sách, kệ sách gỗ cho thư viện",
        "Đơn vị nội thất giới thiệu các loại tủ sách thư viện bằng gỗ tự nhiên, gỗ công nghiệp, kim loại: kiểu dáng, khả "
        "năng chịu tải và cách chọn tủ theo không gian, đối tượng người dùng.",
    ),
    (
        "nWo145",
        "vi",
        "mamnon_thietke",
        "Thiết kế nội thất thư viện trường học",
        "Đơn vị thiết kế nội thất trường học lên ý tưởng không gian thư viện: quy mô, bố trí chỗ ngồi xen kẽ giá sách, màu "
        "sắc và đồ nội thất hài hòa với kiến trúc trường.",
    ),
    (
        "nWo146",
        "vi",
        "ducxinh_ocr",
        "AI OCR trích xuất dữ liệu hóa đơn, CMND, bảng điểm",
        "Lập trình viên AI nhận xây dựng OCR bằng OpenCV và mô hình học sâu để trích xuất tên công ty, tổng tiền, ngày phát "
        "hành từ hóa đơn, thông tin CMND, bảng điểm chụp bằng điện thoại.",
    ),
    (
        "nWo147",
        "vi",
        "pc17_homestay",
        "Lập phương án chữa cháy mẫu PC17 cho homestay",
        "Dịch vụ lập hồ sơ phương án chữa cháy cơ sở theo mẫu PC17 cho homestay, khách sạn nhỏ: đặc điểm cơ sở, giao thông, "
        "nguồn nước chữa cháy, phân công lực lượng tại chỗ.",
    ),
    (
        "nWo148",
        "en",
        "thenowair_precision",
        "Precision air conditioning for computer rooms",
        "Maker of computer-room precision air conditioners built for high sensible heat (over 90 % of load) from IT "
        "equipment: large air volume, evaporator kept above dew point so cooling is not wasted on dehumidifying, and "
        "humidity held to avoid static discharge.",
    ),
    (
        "nWo149",
        "en",
        "decisioninsights_cooling",
        "Precision cooling for data centres and network rooms",
        "Data-centre cooling supplier: room-, row- and rack-based precision units, hot- and cold-aisle containment, "
        "redundant components and integration with DCIM monitoring for IT heat loads.",
    ),
    (
        "nWo150",
        "en",
        "srm_pac",
        "Peripheral precision AC units for server and UPS rooms",
        "Installer of peripheral precision air-conditioning units for server rooms with 3–5 kW per rack: chilled-water, "
        "DX refrigerant or dual-fluid, bottom discharge through raised-floor grilles.",
    ),
    (
        "nWo151",
        "en",
        "cattle_rfid",
        "RFID ear tags for beef cattle identification",
        "Extension service advice on low-frequency 134.2 kHz RFID ear tags carrying a 15-digit animal identification "
        "number, with fixed panel readers in alleys and handheld stick readers.",
    ),
    (
        "nWo152",
        "en",
        "cybortra_eartag",
        "Electronic ear tags for livestock to ISO 11784/11785",
        "Animal-identification company making visual and electronic ear tags for cattle, sheep and goats that meet ISO "
        "11784 and 11785, with applicator pliers and support for national livestock tracing schemes.",
    ),
    (
        "nWo153",
        "en",
        "rfidjournal_cattle",
        "RFID transponders for cattle tracking",
        "Supplier of ear-tag, injectable and rumen-bolus RFID transponders at 125–134.2 kHz for ranchers, with fixed "
        "chute readers (about 1 m range) and handheld readers.",
    ),
    (
        "nWo154",
        "en",
        "acom_ap",
        "Accounts payable OCR software for invoices",
        "AP automation vendor capturing invoice data from scanned paper, e-mailed PDFs and attachments with OCR and "
        "routing invoices through approval, coding and validation into the ERP.",
    ),
    (
        "nWo155",
        "en",
        "medius_capture",
        "Invoice data capture for AP automation",
        "Finance software company offering invoice capture in four steps: OCR and extraction, document classification, "
        "validation and quality control, reporting; handles paper, PDF and XML e-invoices.",
    ),
    (
        "nWo156",
        "en",
        "onvision_invoice",
        "Machine-learning invoice automation",
        "Invoice automation software that reads unfamiliar invoice layouts with OCR and machine learning, cutting "
        "invoice processing time up to eight times before ERP entry and approval.",
    ),
    (
        "nWo157",
        "en",
        "softworks_invoice",
        "Invoice processing tool with data-field recognition",
        "Document-automation firm's invoice processing tool: scan paper invoices, recognise text and separate data "
        "fields into a database, verify incoming data and handle imperfect images.",
    ),
    (
        "nWo158",
        "en",
        "popcorn_furniture",
        "School library furniture refresh",
        "Furniture company redecorating school libraries with modern tables, folding meeting-room tables for group "
        "study and space-saving pieces to make the room inviting again.",
    ),
    (
        "nWo159",
        "en",
        "killerplr_storage",
        "Storage units and warehouse space for business records",
        "Self-storage and warehouse operator renting units to businesses that keep tax forms for seven years and "
        "personnel files indefinitely, as an alternative to basements and garages.",
    ),
    (
        "nWo160",
        "en",
        "plantengineering_pac",
        "Installing precision air conditioning for sensitive electronics",
        "Equipment maker's installation guidance for precision air conditioning around computers and industrial "
        "controllers: 45–50 % RH with a swing of at most 3 % an hour, prioritising critical operations and matching "
        "units to space and tolerances.",
    ),
]
