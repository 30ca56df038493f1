"""Needs of holdout151 (libraries, archives and document digitisation, Tra Vinh / Vinh Long); rows
(id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "nWn01",
        "vi",
        "baotravinh_sohoa",
        "Thư viện huyện cần số hóa sách địa chí đóng gáy mà không tháo gáy",
        "Thư viện huyện Trà Cú muốn làm như thư viện tỉnh đã làm từ 2011 (hơn 1.000 bản, 411 nhan đề địa chí, bộ sưu tập số "
        "về văn hóa Khmer Nam Bộ 29 nhan đề): số hóa khoảng 600 cuốn sách địa chí, tư liệu Khmer đóng gáy, nhiều cuốn là bản "
        "duy nhất nên không được cắt gáy. Cần đơn vị quét sách giữ nguyên cuốn, có OCR để bạn đọc tra cứu mọi lúc, mọi nơi.",
        {"nWo007": 2, "nWo008": 1, "nWo001": 1, "nWo081": 1},
    ),
    (
        "nWn02",
        "en",
        "caungang_library",
        "District library needs an online platform for its scanned books",
        "Our library in Cầu Ngang received scanners and a server worth about VND 500 million and already digitises local "
        "materials, but readers still have to come in. We want a digital library platform where students and the "
        "public read the scanned books on computers and phones as if turning pages, with free access shared with the "
        "university learning resource centre.",
        {"nWo081": 2, "nWo083": 2, "nWo084": 2, "nWo080": 1, "nWo082": 1, "nWo107": 1},
    ),
    (
        "nWn03",
        "vi",
        "sohoatl_quydinh",
        "Công ty cấp nước cần số hóa 30.000 hồ sơ hợp đồng khách hàng",
        "Công ty TNHH cấp nước ở Càng Long lưu khoảng 30.000 hồ sơ hợp đồng, bản vẽ đấu nối, hóa đơn giấy trong kho; tìm một "
        "bộ mất cả buổi, chi phí bảo quản chồng chéo. Cần chuyển sang PDF, JPG tra cứu được trên máy tính, đạt tiêu chuẩn dữ "
        "liệu đầu vào theo quy định về lưu trữ điện tử, có thể thuê làm trọn gói hoặc mua hệ thống tự làm.",
        {"nWo001": 2, "nWo004": 2, "nWo005": 2, "nWo002": 1, "nWo003": 1, "nWo018": 1, "nWo068": 1},
    ),
    (
        "nWn04",
        "en",
        "phx_thietbi",
        "High school wants a self-service scanner in its library reading room",
        "A high school in Vĩnh Long is upgrading its library to the equipment list of Circular 16/2022 and sees long "
        "queues at the photocopier. We want a walk-up scanner where students copy a few pages of a reference book to a "
        "USB stick or e-mail themselves, with good lighting and simple software that does not crash.",
        {"nWo009": 2, "nWo010": 2, "nWo092": 1, "nWo007": 1},
    ),
    (
        "nWn05",
        "vi",
        "techspherex_ocr",
        "Can scan va nhan dang chu tieng Viet cho so sach HTX",
        "HTX nong nghiep o Tieu Can co 5 thung so sach, bien ban hop, hop dong viet tay va danh may tu nam 2008. Can quet "
        "va OCR ra van ban tieng Viet co dau de tim theo ten xa vien, so tien, ngay thang; anh bi mo, bang nhieu cot, can "
        "xu ly anh truoc cho dung dau. Ai lam dich vu bao gia giup.",
        {"nWo001": 2, "nWo018": 2, "nWo127": 1, "nWo004": 1, "nWo005": 1},
    ),
    (
        "nWn06",
        "en",
        "omnifile_ocr",
        "Cooperative alliance needs searchable text from scanned Vietnamese minutes",
        "The provincial cooperative alliance in Trà Vinh has years of board minutes and member lists scanned only as "
        "images, so staff cannot search them. We need OCR that segments lines and characters correctly for accented "
        "Vietnamese, handles varied fonts and layouts, and gives editable, searchable PDFs.",
        {"nWo018": 2, "nWo001": 2, "nWo019": 1, "nWo127": 1, "nWo005": 1},
    ),
    (
        "nWn07",
        "vi",
        "sonoivu_tuyenquang",
        "UBND xã cần số hóa tài liệu trước khi nộp lưu theo Luật Lưu trữ 2024",
        "UBND xã Long Đức đang rà soát thành phần hồ sơ, thời hạn giao nộp vào lưu trữ lịch sử theo Luật Lưu trữ năm 2024 "
        "(thay thuật ngữ lưu trữ cơ quan bằng lưu trữ hiện hành). Xã cần đơn vị lập kế hoạch và số hóa tài liệu giấy, ảnh "
        "đúng quy định mới, tạo bản dự phòng và cơ sở dữ liệu trước khi giao nộp.",
        {"nWo006": 2, "nWo003": 2, "nWo002": 2, "nWo071": 1, "nWo001": 1, "nWo122": 1},
    ),
    (
        "nWn08",
        "en",
        "halfpence_news",
        "Provincial newspaper wants its back issues searchable online",
        "A newspaper in Vĩnh Long keeps bound back issues since the 1990s, some on acidic, fragile paper. We want them "
        "scanned, converted with OCR and proofread where the old fonts fail, so readers and researchers can search "
        "names, dates and events online without handling the originals.",
        {"nWo011": 2, "nWo012": 1, "nWo013": 1, "nWo014": 1, "nWo007": 1, "nWo001": 1},
    ),
    (
        "nWn09",
        "vi",
        "questionai_microform",
        "Kho lưu trữ có hàng trăm cuộn microfilm, máy đọc đã hỏng",
        "Kho lưu trữ của một công ty điện ở Trà Ôn còn khoảng 300 cuộn microfilm và hộp microfiche, ảnh thu nhỏ khoảng 1/25 "
        "trang gốc, máy đọc đã hỏng và không mua được linh kiện. Cần chuyển toàn bộ phim sang file ảnh số xem trên máy tính, "
        "hoặc mua máy quét phim phù hợp.",
        {"nWo012": 2, "nWo013": 2, "nWo014": 2, "nWo015": 1, "nWo016": 1, "nWo011": 1},
    ),
    (
        "nWn10",
        "en",
        "goodnames_microform",
        "Land office wants security microfilm of cadastral books and maps",
        "The land registration branch in Vĩnh Long wants a security copy of its cadastral registers and large-format "
        "maps on microfilm, reduced to about 1/25 of page size and stored away from the originals, with images that "
        "can later be scanned to digital files.",
        {"nWo015": 2, "nWo016": 2, "nWo012": 1},
    ),
    (
        "nWn11",
        "vi",
        "webtailieu_nom",
        "Đình làng cần số hóa và phiên âm sắc phong, văn tế chữ Hán-Nôm",
        "Ban quý tế một đình làng ở Vũng Liêm giữ sắc phong, văn tế, gia phả viết chữ Hán-Nôm; trong làng không còn ai đọc "
        "được. Cần chụp, số hóa và nhận dạng chữ Hán-Nôm (đã có trong bộ mã Unicode) để phiên âm ra chữ Quốc ngữ cho con "
        "cháu đọc.",
        {"nWo017": 2, "nWo001": 1, "nWo126": 1},
    ),
    (
        "nWn12",
        "en",
        "nom_ocr_skel",
        "Museum needs OCR for Nôm manuscripts",
        "The provincial museum in Trà Vinh holds Nôm manuscripts that few visitors or staff can read. We want an optical "
        "character recognition tool for Nôm script, light enough to run on ordinary computers or phones, to speed "
        "up transcription into modern Vietnamese.",
        {"nWo017": 2, "nWo126": 1, "nWo007": 1},
    ),
    (
        "nWn13",
        "vi",
        "labuong_vl",
        "Chùa Khmer cần số hóa và bảo quản sách lá buông",
        "Chùa Kỳ Son ở xã Ngãi Tứ còn nhiều bộ sách lá buông (Sāstrā Sleuk Rith) khắc chữ Pali và Khmer cổ từ cuối thế kỷ "
        "XIX, chỉ vài người như ông phó ban quản trị còn đọc thông thạo. Chùa cần giúp chụp số hóa, lập danh mục, bảo quản "
        "chống ẩm và côn trùng để giữ di sản cho thế hệ sau.",
        {"nWo020": 2, "nWo021": 2, "nWo022": 2, "nWo023": 2, "nWo124": 1, "nWo125": 1, "nWo126": 1, "nWo059": 1},
    ),
    (
        "nWn14",
        "en",
        "phatgiaobaclieu",
        "Khmer pagoda needs its palm-leaf scriptures catalogued and imaged",
        "A Theravada Khmer pagoda in Châu Thành keeps a set of palm-leaf scriptures (satra) with sermons, poems and "
        "epics, opened only at major festivals; some bundles show insect damage. It wants them catalogued, photographed "
        "leaf by leaf and stored safely, so monks and researchers can read the images.",
        {"nWo022": 2, "nWo023": 2, "nWo020": 2, "nWo021": 2, "nWo124": 1, "nWo059": 1},
    ),
    (
        "nWn15",
        "vi",
        "znews_labuong",
        "Chua can nguoi day cac su tre khac chu tren la buong",
        "Chua Khmer o Tra Cu muon giu nghe viet kinh la buong: chon la buong non, phoi, ep, khac chu bang but dau sat, pha "
        "muc tu than cui va dau. Cac su gia khong con suc, can nghe nhan hoac chua khac den day cac su tre vai thang.",
        {"nWo125": 2, "nWo020": 1, "nWo124": 1},
    ),
    (
        "nWn16",
        "vi",
        "dbscl_baoquan",
        "Kho sách thư viện xã ẩm mốc mùa mưa, cần hạ ẩm",
        "Thư viện xã ở Cầu Kè có kho sách nhỏ, mùa mưa độ ẩm trong kho thường trên 80 %, sách ố, mốc, giấy mềm. Khí hậu "
        "nóng ẩm quanh năm nên cần giải pháp hạ nhiệt, hạ ẩm vừa túi tiền: máy hút ẩm, điều hòa hay thông gió hợp lý, kèm "
        "hướng dẫn ngưỡng nhiệt độ, độ ẩm cần giữ.",
        {"nWo024": 2, "nWo025": 2, "nWo030": 2, "nWo026": 2, "nWo027": 1, "nWo031": 1, "nWo028": 1},
    ),
    (
        "nWn17",
        "en",
        "ehow_paper",
        "Notary office wants target conditions and a monitor for its deed room",
        "A notary office in Vĩnh Long keeps original deeds in a back room. We need clear targets (we read 18–22 °C and "
        "45–60 % RH) and a device or programme to monitor temperature and humidity continuously, instead of checking a "
        "hand-held hygrometer now and then.",
        {"nWo027": 2, "nWo031": 2, "nWo028": 2, "nWo025": 1, "nWo026": 1, "nWo029": 1},
    ),
    (
        "nWn18",
        "en",
        "veryfocus_paper",
        "Bank branch needs a low-cost way to keep loan files dry",
        "A cooperative bank branch in Trà Ôn keeps loan files in a hot upstairs room that swings between day and night; "
        "we see curling and mould. A full HVAC plant is beyond budget; we want dehumidifiers or ventilation advice that "
        "keeps the room cool and dry and stable.",
        {"nWo025": 2, "nWo030": 2, "nWo032": 1, "nWo024": 1},
    ),
    (
        "nWn19",
        "vi",
        "cn_dehum",
        "Kho lưu trữ mới cần điều hòa giữ nhiệt ẩm ổn định 24/7 có cảnh báo",
        "Kho lưu trữ mới xây ở Long Hồ chứa hồ sơ giấy và bản vẽ; mùa mưa hơi ẩm làm giấy hút nước, mực nhòe, sinh mốc, mọt. "
        "Cần hệ thống điều hòa và hút ẩm tự động giữ nhiệt độ, độ ẩm trong chuẩn suốt ngày đêm, có cảm biến và báo động khi "
        "vượt ngưỡng; không đo hiệu quả bằng lượng nước máy hút ra.",
        {"nWo024": 2, "nWo026": 2, "nWo025": 1, "nWo027": 1, "nWo028": 1, "nWo148": 1, "nWo160": 1},
    ),
    (
        "nWn20",
        "en",
        "sequenxa_storage",
        "Rice exporter wants its paper records in climate-controlled offsite storage",
        "A family rice-export company in Vĩnh Long has 20 years of contracts and customs files in its office. We want "
        "them in a secure, climate-controlled offsite store with access logs, retention tracking and retrieval when "
        "auditors ask.",
        {"nWo032": 2, "nWo073": 2, "nWo074": 2, "nWo075": 1, "nWo120": 1, "nWo159": 1},
    ),
    (
        "nWn21",
        "vi",
        "expertsmind_compact",
        "Phòng lưu trữ huyện chật, cần giá di động tăng sức chứa",
        "Phòng lưu trữ UBND huyện Mang Thít đã kín giá cố định, mỗi năm nhận thêm khoảng 20 mét giá hồ sơ. Giá cố định chỉ "
        "dùng khoảng 30 % diện tích sàn; cần lắp giá di động trên ray để tăng 50–65 % sức chứa trên cùng diện tích, có tính "
        "tải trọng sàn.",
        {"nWo033": 2, "nWo035": 2, "nWo036": 2, "nWo037": 2, "nWo034": 1},
    ),
    (
        "nWn22",
        "en",
        "homedeskpro_boxes",
        "Historical association needs proper archival boxes for deeds and photos",
        "A local history association in Vĩnh Long keeps land deeds, handwritten letters and old photographs in ordinary "
        "cardboard boxes, and the paper is yellowing. We want genuinely acid-free, lignin-free boxes, folders and "
        "sleeves, not products merely labelled archival.",
        {"nWo038": 2, "nWo039": 2, "nWo040": 2, "nWo041": 2, "nWo120": 1, "nWo032": 1},
    ),
    (
        "nWn23",
        "vi",
        "bookshopblog_boxes",
        "Truong can thay ke go bi moi bang gia sat va hop dung ho so",
        "Truong THCS o Tieu Can de ho so hoc ba, so diem tren ke go, nay ke bi moi an va ho so de tran. Can gia kim loai "
        "chiu tai va hop dung ho so chac, xep chong duoc, co nhan ghi ben ngoai de khong phai mo hop.",
        {"nWo033": 2, "nWo034": 2, "nWo039": 1, "nWo038": 1, "nWo062": 1},
    ),
    (
        "nWn24",
        "vi",
        "kenh14_giayvang",
        "Kho báo cũ ngả vàng, giòn gãy cần khử axit",
        "Thư viện ở Vĩnh Long giữ kho báo, tạp chí 1960–1990 in trên giấy bột gỗ; lignin bị oxy hóa dưới ánh sáng làm giấy "
        "ngả vàng nâu, giòn, chạm nhẹ là gãy. Cần công nghệ hoặc dịch vụ khử axit để làm chậm quá trình lão hóa trước khi "
        "số hóa.",
        {"nWo042": 2, "nWo043": 2, "nWo044": 2, "nWo045": 1, "nWo047": 1, "nWo040": 1},
    ),
    (
        "nWn25",
        "en",
        "wiki2web_deacid",
        "University archive wants to mass-deacidify about 5,000 acidic volumes",
        "A university archive in Trà Vinh holds about 5,000 theses and books printed on acidic paper since the 1970s, "
        "yellowing and brittle. Studies say few books of 1900–1949 survive fifty years; we need a mass deacidification "
        "treatment and advice on which volumes to send first.",
        {"nWo044": 2, "nWo045": 2, "nWo046": 1, "nWo042": 1},
    ),
    (
        "nWn26",
        "en",
        "questionai_deacid",
        "Museum wants small in-house deacidification equipment",
        "The provincial museum in Vĩnh Long wants to treat single documents and a few bound volumes itself rather than "
        "ship them abroad: equipment to neutralise acid and leave an alkaline reserve, usable for large or weak "
        "sheets, safe for staff.",
        {"nWo043": 2, "nWo044": 1, "nWo042": 1, "nWo047": 1, "nWo040": 1},
    ),
    (
        "nWn27",
        "vi",
        "vh2_baigiang",
        "Lưu trữ tỉnh có tài liệu cũ rách, giòn cần bồi nền, tu bổ",
        "Kho lưu trữ lịch sử ở Trà Vinh có khoảng 3 mét giá tài liệu giấy cũ bị rách, giòn, thủng do côn trùng và khí hậu "
        "nóng ẩm nhiều mưa. Cần đơn vị tu bổ, bồi nền, gia cố và xử lý nấm mốc để tài liệu tiếp tục được khai thác.",
        {"nWo047": 2, "nWo048": 2, "nWo051": 1, "nWo052": 1, "nWo050": 1, "nWo042": 1},
    ),
    (
        "nWn28",
        "en",
        "monument_pin",
        "School library wants staff trained to mend torn books",
        "A secondary school library in Càng Long has hundreds of torn textbooks, some patched with pins or office tape "
        "that stains. We want our two librarians trained in simple, reversible repairs and told which materials to buy.",
        {"nWo049": 2, "nWo050": 2, "nWo052": 1, "nWo053": 1, "nWo051": 1},
    ),
    (
        "nWn29",
        "en",
        "samquell_hinge",
        "Parish needs conservation of old registers with broken bindings",
        "A parish in Vĩnh Long holds 19th-century registers whose leather hinges and joints have cracked and whose "
        "covers are loose. We need a conservator to repair the hinges with suitable tissue and adhesive, inside first, "
        "and return the books usable.",
        {"nWo051": 2, "nWo047": 1, "nWo048": 1, "nWo052": 1, "nWo053": 1},
    ),
    (
        "nWn30",
        "vi",
        "captiva_water",
        "Kho hồ sơ HTX bị ngập sau triều cường, giấy tờ ướt",
        "Đợt triều cường vừa rồi làm ngập kho hồ sơ của HTX ở Thạnh Phú; sổ sách, hợp đồng, sổ cái ướt sũng. Đọc thấy phải "
        "cấp đông ngay để chặn nhăn, cong, rồi làm khô dần; HTX cần đơn vị xử lý nhanh hoặc hướng dẫn cụ thể để cứu được "
        "nhiều nhất.",
        {"nWo058": 2, "nWo054": 2, "nWo055": 2, "nWo057": 2, "nWo048": 2, "nWo056": 1},
    ),
    (
        "nWn31",
        "en",
        "cheapadv_water",
        "School library has 300 wet books after a roof leak",
        "After a roof leak, a secondary school in Trà Vinh has about 300 soaked books, some stuck together, including "
        "coated-paper atlases. We need advice on which to air-dry, dehumidify or freeze, and a vacuum freeze-drying "
        "service for the valuable ones.",
        {"nWo054": 2, "nWo056": 2, "nWo057": 2, "nWo055": 2, "nWo058": 1, "nWo048": 1},
    ),
    (
        "nWn32",
        "vi",
        "floodauckland",
        "Giay to nha dat bi uot nuoc lu, can lam kho khong bi nhan",
        "Nha o Binh Dai bi nuoc lu vao, so do, giay khai sinh, hop dong mua ban bi uot. Can cach hoac dich vu lam kho giay "
        "to ma khong bi nhan, dinh trang, mat chu.",
        {"nWo058": 2, "nWo054": 2, "nWo057": 1, "nWo055": 1, "nWo048": 1},
    ),
    (
        "nWn33",
        "vi",
        "mekhampha_moi",
        "Thư viện trường bị mối đất tấn công kệ gỗ và sách",
        "Thư viện trường tiểu học ở Châu Thành phát hiện đường mui đất từ nền lên kệ gỗ, nhiều sách bị ăn rỗng gáy; kệ "
        "làm bằng gỗ tạp. Cần đơn vị xử lý mối tận gốc và phòng mối lâu dài cho phòng thư viện.",
        {"nWo062": 2, "nWo063": 2, "nWo064": 1, "nWo142": 1, "nWo059": 1},
    ),
    (
        "nWn34",
        "en",
        "cool_silverfish",
        "Donated books arrived with silverfish; need non-chemical treatment",
        "Trà Vinh University library accepted about 16 shoebox-sized boxes of donated programmes and books infested "
        "with silverfish. We have no freezer or anoxic set-up and must not spread them to the collection; we need "
        "treatment (freezing at -20 °C, anoxia or heat) and follow-up monitoring.",
        {"nWo059": 2, "nWo061": 2, "nWo060": 2, "nWo064": 1},
    ),
    (
        "nWn35",
        "en",
        "scribd_ipm",
        "Provincial office archive wants an IPM programme instead of yearly spraying",
        "The archive of a provincial department in Vĩnh Long sprays pesticide every year, yet cockroaches and booklice "
        "return. We want a long-term integrated pest management plan (monitoring traps, housekeeping, building "
        "repairs, staff roles) with lower chemical use.",
        {"nWo059": 2, "nWo060": 2, "nWo061": 1, "nWo064": 1, "nWo063": 1},
    ),
    (
        "nWn36",
        "vi",
        "docstoc_silverfish",
        "Thư viện xã cần tập huấn phòng trừ nhậy bạc, gián",
        "Sách ở thư viện xã Hiếu Tử bị nhậy bạc, gián cắn gáy và bìa; nhân viên không biết nhận diện côn trùng hay chỗ "
        "chúng trú ẩn (khe nứt, chỗ ẩm). Cần lớp tập huấn ngắn cho cán bộ thư viện về phòng trừ côn trùng hại sách.",
        {"nWo064": 2, "nWo059": 1, "nWo062": 1, "nWo128": 1},
    ),
    (
        "nWn37",
        "vi",
        "caobang_ioffice",
        "UBND xã cần phần mềm quản lý văn bản và điều hành",
        "Văn phòng UBND xã ở Duyên Hải vẫn vào sổ văn bản đến, đi bằng tay và chuyển giấy cho lãnh đạo. Cần phần mềm quản lý "
        "văn bản và điều hành chạy trên web: tiếp nhận, phân công, theo dõi xử lý, lập hồ sơ công việc, có quy chế sử dụng.",
        {"nWo065": 2, "nWo066": 2, "nWo067": 2, "nWo068": 1},
    ),
    (
        "nWn38",
        "en",
        "slideshare_erm",
        "Agricultural company needs a retention schedule for its new EDRMS",
        "An agricultural joint-stock company in Vĩnh Long is moving to electronic records. Its paper retention "
        "schedule does not fit the new system; it needs approved schedules, disposal rules for temporary and permanent "
        "records, and roles and standards across the records life cycle.",
        {"nWo069": 2, "nWo070": 2, "nWo066": 1, "nWo067": 1},
    ),
    (
        "nWn39",
        "vi",
        "anlao_baocao",
        "Lưu trữ huyện tồn đọng 120 mét giá tài liệu chưa chỉnh lý",
        "Kho lưu trữ UBND huyện Cầu Kè tồn khoảng 120 mét giá tài liệu rời lẻ của HĐND, UBND và các phòng ban qua nhiều năm, "
        "chưa lập phông, chưa có mục lục hồ sơ. Cần đơn vị chỉnh lý: viết lịch sử phông, phương án phân loại, lập hồ sơ, "
        "mục lục và bảng kê tài liệu loại.",
        {"nWo071": 2, "nWo122": 1, "nWo123": 1, "nWo141": 1, "nWo006": 1, "nWo121": 1},
    ),
    (
        "nWn40",
        "en",
        "seongay_tieuhuy",
        "Hospital needs appraisal and lawful disposal of expired records",
        "A district hospital in Trà Vinh has rooms of records past their retention period. It needs help to list "
        "expired files, write the explanatory note, set up the appraisal council and obtain approval, then destroy "
        "them properly, keeping the records worth keeping in order.",
        {"nWo122": 2, "nWo071": 2, "nWo141": 1, "nWo140": 1, "nWo139": 1, "nWo074": 1, "nWo120": 1},
    ),
    (
        "nWn41",
        "vi",
        "killerplr_storage",
        "Doanh nghiệp cần thuê kho ngoài lưu hồ sơ kế toán nhiều năm",
        "Công ty chế biến thủy sản ở Duyên Hải phải giữ chứng từ thuế, kế toán nhiều năm và hồ sơ nhân sự lâu dài; tầng trệt "
        "và nhà kho hiện tại ẩm, không an toàn. Cần thuê kho ngoài chuyên lưu hồ sơ có kiểm soát nhiệt ẩm, bảo vệ, và "
        "dịch vụ lấy hồ sơ khi cần.",
        {"nWo073": 2, "nWo074": 2, "nWo032": 2, "nWo075": 1, "nWo068": 1, "nWo159": 1},
    ),
    (
        "nWn42",
        "en",
        "fsrao_retention",
        "Firm wants a barcoded box inventory for its records",
        "An electronics assembly company in Vĩnh Long keeps maintenance and retention records in hundreds of unlabelled "
        "boxes. It wants every box barcoded and listed in a database by content and retention date, so boxes can be "
        "found, retrieved and disposed of on time.",
        {"nWo075": 2, "nWo074": 2, "nWo120": 1, "nWo121": 1, "nWo097": 1},
    ),
    (
        "nWn43",
        "vi",
        "luanvan_qltv",
        "Trường THPT cần phần mềm quản lý thư viện miễn phí",
        "Thư viện trường THPT ở Tiểu Cần quản lý sách, thẻ bạn đọc, mượn trả bằng sổ tay; học sinh muốn biết sách có trên "
        "kệ nào. Cần phần mềm quản lý thư viện không tốn tiền bản quyền: biên mục, lưu thông, quản lý bạn đọc, tra cứu.",
        {"nWo080": 2, "nWo076": 2, "nWo078": 2, "nWo082": 1, "nWo081": 1, "nWo098": 1},
    ),
    (
        "nWn44",
        "en",
        "slideshare_koha",
        "College library migrating to open-source Koha with RFID",
        "A college library in Trà Vinh wants to leave an ageing commercial system for Koha without licence fees. It "
        "needs its catalogue and loan data migrated, the RFID gates and kiosks integrated, staff log-in through the "
        "campus directory and ongoing support.",
        {"nWo079": 2, "nWo077": 2, "nWo076": 1, "nWo082": 1, "nWo093": 1},
    ),
    (
        "nWn45",
        "en",
        "thuvienbentre",
        "Provincial library wants a digital transformation package",
        "A public library in the Bến Tre area of Vĩnh Long wants to bring books closer to readers through digital "
        "technology, in line with the national library digital transformation programme to 2025 and 2030: an online "
        "service site, digital resources and links with other libraries.",
        {"nWo083": 2, "nWo081": 1, "nWo084": 1, "nWo107": 1},
    ),
    (
        "nWn46",
        "vi",
        "cumlisc_ir",
        "Trường đại học cần kho tài liệu nội sinh truy cập mở",
        "Trường đại học ở Vĩnh Long muốn thu thập, lưu giữ và phổ biến dạng số luận văn, bài báo, giáo trình do giảng viên, "
        "sinh viên tạo ra, cả bản trước và sau phản biện. Cần nền tảng kho tài liệu nội sinh truy cập mở, dễ nộp bài, bảo "
        "quản lâu dài.",
        {"nWo084": 2, "nWo081": 1, "nWo083": 1},
    ),
    (
        "nWn47",
        "en",
        "recompiler_lto",
        "Archive holds 40 TB of scans on external drives",
        "The provincial archive in Trà Vinh has about 40 TB of scanned images on external hard drives, one of which "
        "already failed. It needs durable long-term storage with regular integrity checks and a plan to migrate to "
        "newer media every few years.",
        {"nWo085": 2, "nWo086": 2, "nWo087": 2, "nWo088": 1},
    ),
    (
        "nWn48",
        "vi",
        "opengloss_lts",
        "Can luu tru lau dai vai chuc TB anh scan, o cung da hong",
        "Trung tam van hoa huyen Cau Ngang co vai chuc TB anh scan tai lieu, anh cu luu tren o cung roi, mot o da hong. Can "
        "giai phap luu tru lau dai: bang tu hay he thong luu tru, kiem tra checksum dinh ky, dinh dang chuan, sao luu nhieu "
        "ban.",
        {"nWo085": 2, "nWo086": 2, "nWo087": 2, "nWo068": 1, "nWo088": 1},
    ),
    (
        "nWn49",
        "vi",
        "rfid_doan",
        "Thư viện đại học cần hệ thống RFID mượn trả, an ninh, kiểm kê",
        "Thư viện trường đại học ở Vĩnh Long bị cắt giảm nhân sự trong khi lượng sách và lượt mượn tăng. Cần hệ thống RFID "
        '"3 trong 1": lưu thông, an ninh, kiểm kê; bạn đọc tự mượn trả, cổng báo động, kiểm kê nhanh.',
        {"nWo093": 2, "nWo091": 2, "nWo094": 2, "nWo089": 1, "nWo090": 1, "nWo092": 1, "nWo095": 1},
    ),
    (
        "nWn50",
        "en",
        "nsulltc_rfid",
        "Small library weighing RFID against barcodes on a tight budget",
        "A small public library in Trà Ôn uses security strips and barcodes and wonders whether RFID, with "
        "self-checkout and finding misshelved books, is worth it on a tight budget and with few staff.",
        {"nWo095": 2, "nWo089": 1, "nWo096": 1, "nWo094": 1, "nWo097": 1},
    ),
    (
        "nWn51",
        "vi",
        "scribd_barcode",
        "Thu vien xa can may quet va in nhan ma vach cho 3.000 cuon sach",
        "Thu vien xa o Cang Long co khoang 3.000 cuon sach, muon chuyen muon tra tu so tay sang quet ma vach cho nhanh, it "
        "sai. Can may doc ma vach, phan mem va cach in nhan dan len sach, ca the ban doc.",
        {"nWo096": 2, "nWo098": 2, "nWo097": 2, "nWo080": 1, "nWo076": 1},
    ),
    (
        "nWn52",
        "en",
        "rfidlagi",
        "High school library wants smart equipment meeting Circular 16/2022",
        "A high school in Trà Vinh must equip its library to the level set for general schools (Circular 16/2022) and "
        "wants smart devices: security gates, self-service borrowing kiosks and RFID tagging of books.",
        {"nWo092": 2, "nWo091": 1, "nWo093": 1, "nWo094": 1},
    ),
    (
        "nWn53",
        "vi",
        "thvl_luudong",
        "Cần xe thư viện lưu động đến các điểm trường vùng sâu",
        "Phòng giáo dục huyện Duyên Hải muốn đưa sách đến học sinh và người dân ở các điểm trường xa, ven biển, nơi không có "
        "thư viện; thư viện tỉnh đã chạy hàng trăm chuyến xe lưu động. Cần mô hình xe thư viện lưu động ghé trường định kỳ.",
        {"nWo101": 2, "nWo102": 2, "nWo103": 2, "nWo099": 1, "nWo100": 1},
    ),
    (
        "nWn54",
        "en",
        "hanoi_thondd",
        "Hamlet library needs a simple cataloguing and loan system for donated books",
        "Residents of a hamlet in Long Hồ donated money and about 2,800 books to open a free village library three days "
        "a week. Volunteers need a simple, cheap way to catalogue the books and track loans to children and elderly "
        "readers.",
        {"nWo098": 2, "nWo080": 2, "nWo076": 1, "nWo096": 1, "nWo078": 1},
    ),
    (
        "nWn55",
        "en",
        "danviet_quangxa",
        "Farmers' reading club wants books delivered on rotation",
        "Farmers in a village of Cầu Kè have kept a reading club going for years and want fresh books on crops, "
        "livestock and law brought regularly, rotated between hamlets instead of the same shelf of old titles.",
        {"nWo099": 2, "nWo101": 2, "nWo100": 1, "nWo102": 1},
    ),
    (
        "nWn56",
        "vi",
        "hatinh_sach",
        "Nhóm thanh niên mở thư viện cho trẻ nghèo cần tư vấn mô hình",
        "Nhóm thanh niên ở Vũng Liêm đã gom vài nghìn đầu sách mở thư viện miễn phí cho trẻ em nghèo, nhưng nhiều em ở xa "
        "không đến được và cha mẹ chưa quen cho con đọc sách. Cần tư vấn mô hình thư viện lưu động, có thể kết hợp tài nguyên "
        "số, cho trường không có thư viện.",
        {"nWo100": 2, "nWo101": 1, "nWo099": 1},
    ),
    (
        "nWn57",
        "vi",
        "huengaynay_khiemthi",
        "Hội người mù cần sách nói và sách chữ nổi",
        "Hội Người mù huyện Cầu Kè có nhiều hội viên và học sinh khiếm thị muốn đọc sách giáo khoa, truyện, sách khoa học "
        "nhưng chỉ có vài cuốn chữ nổi. Cần nguồn sách nói nghe trên điện thoại và sách chữ nổi Braille cho phòng đọc của hội.",
        {"nWo104": 2, "nWo105": 2, "nWo106": 2, "nWo107": 1, "nWo101": 1},
    ),
    (
        "nWn58",
        "en",
        "dantri_sachnoi",
        "Blind students need Vietnamese audiobooks on their phones",
        "Visually impaired students at a special school in Trà Vinh rely on classmates reading aloud. They need "
        "Vietnamese audiobooks, textbooks and literature recorded with good voices, free to stream or download on phones.",
        {"nWo105": 2, "nWo104": 2, "nWo107": 1, "nWo106": 1},
    ),
    (
        "nWn59",
        "en",
        "checkitout_libby",
        "Provincial library wants app-based e-book and audiobook lending",
        "The provincial library in Vĩnh Long wants readers to borrow e-books and audiobooks with their library card "
        "from a phone app, adjust narration and return titles automatically, 24 hours a day.",
        {"nWo107": 2, "nWo109": 2, "nWo108": 1, "nWo081": 1},
    ),
    (
        "nWn60",
        "vi",
        "falomix_libby",
        "Thư viện trường cần hiểu mô hình bản quyền sách điện tử khi cho mượn",
        "Thư viện trường đại học ở Trà Vinh định cho mượn sách điện tử nhưng lo chi phí: số lượt mượn tăng nhanh, sách điện "
        "tử phải xếp hàng chờ dù sách giấy còn trên kệ. Cần tư vấn các mô hình cấp phép (vĩnh viễn, giới hạn lượt, giới hạn "
        "thời gian) để lập ngân sách.",
        {"nWo108": 2, "nWo107": 1, "nWo109": 1},
    ),
    (
        "nWn61",
        "en",
        "nattaylor_cassette",
        "Khmer cultural association needs 150 cassettes of folk songs digitised",
        "A Khmer cultural association in Trà Vinh has about 150 cassette tapes of dù kê theatre and folk songs recorded "
        "in the 1980s–90s. It wants them captured to lossless files, noise reduced carefully, described and stored "
        "safely, and a few shared online.",
        {"nWo110": 2, "nWo111": 2, "nWo112": 2, "nWo119": 2, "nWo072": 2, "nWo113": 2, "nWo088": 1},
    ),
    (
        "nWn62",
        "vi",
        "daidoanket_phim",
        "Đài phát thanh - truyền hình cần số hóa kho phim nhựa và băng từ",
        "Đài phát thanh - truyền hình tỉnh giữ hàng nghìn cuộn phim nhựa 16 mm và băng từ cũ ghi phóng sự địa phương, nhiều "
        "cuộn bị xước, âm thanh rè. Cần đơn vị quét phim, chuyển băng sang file số, phục chế và lưu trữ lâu dài.",
        {"nWo113": 2, "nWo114": 2, "nWo072": 2, "nWo110": 1, "nWo088": 1},
    ),
    (
        "nWn63",
        "vi",
        "vietan_co2",
        "Kho lưu trữ mới cần hệ thống chữa cháy không dùng nước",
        "Kho lưu trữ hồ sơ mới của một sở ở Trà Vinh có phòng tài liệu giấy và phòng máy chủ. Phun nước sẽ hủy tài liệu, "
        "còn khí CO2 gây ngạt, bỏng lạnh nếu có người bên trong. Cần hệ thống chữa cháy bằng khí sạch, tự động báo và xả.",
        {"nWo115": 2, "nWo116": 2, "nWo117": 2, "nWo118": 2},
    ),
    (
        "nWn64",
        "en",
        "scribd_fm200",
        "Rare-book room needs clean-agent fire suppression safe for staff",
        "A college in Vĩnh Long is fitting out a rare-book and special-collections room. Water sprinklers and ABC "
        "powder would ruin the books; we need an automatic clean-agent system that leaves no residue and is safe if "
        "staff are inside.",
        {"nWo118": 2, "nWo115": 2, "nWo116": 2, "nWo117": 2},
    ),
    (
        "nWn65",
        "vi",
        "ducxinh_ocr",
        "HTX cần số hóa sổ sách thành viên và đưa dữ liệu vào phần mềm",
        "HTX nông nghiệp ở Tiểu Cần có sổ thành viên, sổ góp vốn, phiếu thu viết tay. Không chỉ cần ảnh scan mà cần bóc tách "
        "tên, số tiền, ngày tháng vào Excel hoặc phần mềm quản lý HTX để máy tính xử lý được.",
        {"nWo005": 2, "nWo001": 1, "nWo004": 1, "nWo018": 1},
    ),
    (
        "nWn66",
        "en",
        "tieuluan_sohoa",
        "Land office wants digitisation that follows the archival digitisation rules",
        "A land registration office in Vĩnh Long must digitise its archival files in the state-prescribed way: "
        "selection of records, format and presentation of digitised records, resolution, naming and digital "
        "signatures, so the copies count as digitised archival records.",
        {"nWo006": 2, "nWo003": 2, "nWo001": 2, "nWo002": 2, "nWo005": 1},
    ),
    (
        "nWn67",
        "vi",
        "hongzhou_kiosk",
        "Thư viện cần trạm trả sách 24/7 và kiosk tự mượn",
        "Thư viện trường cao đẳng ở Vĩnh Long muốn sinh viên tự mượn, tự trả sách kể cả ngoài giờ: kiosk màn hình cảm ứng "
        "đọc tem RFID, in phiếu, nhắc hạn trả qua email, và cổng báo khi sách chưa mượn bị mang ra.",
        {"nWo091": 2, "nWo093": 2, "nWo094": 1, "nWo092": 1, "nWo095": 1},
    ),
    (
        "nWn68",
        "en",
        "documentspub_palm",
        "Pagoda school wants a script-aware digital archive of Khmer manuscripts",
        "A pagoda school in Trà Cú keeps handwritten Khmer textbooks and palm-leaf texts. It wants them imaged and "
        "kept in a digital archive that stores the text in the original script, indexed for search, not only as images.",
        {"nWo126": 2, "nWo022": 2, "nWo020": 1, "nWo023": 1, "nWo124": 1},
    ),
    (
        "nWn69",
        "en",
        "globalvoices_mobile",
        "Youth union wants a motorbike book service for remote hamlets",
        "The youth union of a coastal commune in Trà Cú wants to bring books by motorbike to hamlets where roads are "
        "too narrow for a library van, following examples of donkey, train and motorcycle libraries elsewhere.",
        {"nWo100": 2, "nWo099": 1, "nWo101": 1, "nWo102": 1},
    ),
    (
        "nWn70",
        "vi",
        "diginet_pm",
        "Doanh nghiệp dược cần hệ thống quản lý tài liệu điện tử phân quyền",
        "Công ty dược ở Vĩnh Long có quy trình, hồ sơ lô, tài liệu chất lượng dùng chung giữa nhiều phòng ban. Cần hệ thống "
        "quản lý tài liệu điện tử dùng chung, phân quyền truy cập theo người, bảo đảm tính xác thực và không sửa lén.",
        {"nWo066": 2, "nWo067": 2, "nWo065": 1, "nWo068": 1},
    ),
    (
        "nWn71",
        "vi",
        "luanvan_dat",
        "Nhà thờ họ cần tu bổ gia phả, văn tự giấy cũ bị rách",
        "Một dòng họ ở Chợ Lách giữ gia phả và văn tự mua bán đất viết tay trên giấy cũ, nay rách mép, thủng lỗ, giòn, "
        "loang ố do ẩm. Cần tu bổ, bồi nền gia cố để giữ được bản gốc lâu dài.",
        {"nWo048": 2, "nWo047": 2, "nWo052": 1, "nWo001": 1, "nWo017": 1},
    ),
    (
        "nWn72",
        "vi",
        "zxc_lta",
        "Trung tâm CNTT tỉnh cần chính sách định dạng và kiểm tra toàn vẹn kho số",
        "Trung tâm CNTT tỉnh giữ kho tài liệu số hóa của nhiều sở; lo rằng sau mười năm phần mềm đổi phiên bản, file hỏng "
        "mà không ai biết. Cần chính sách định dạng lưu trữ lâu dài, kiểm tra tính toàn vẹn định kỳ và kế hoạch chuyển đổi "
        "định dạng.",
        {"nWo086": 2, "nWo088": 2, "nWo085": 1, "nWo087": 1},
    ),
    (
        "nWn73",
        "en",
        "jharris_scanner",
        "Learning centre needs reliable high-volume book digitisation",
        "The learning resource centre of a university in Trà Vinh has an old integrated book scanner without its own "
        "light that crashes about once a day. It wants to digitise out-of-print agricultural textbooks at volume, "
        "either with a fast reliable scanner or a scanning service.",
        {"nWo007": 2, "nWo008": 2, "nWo009": 1, "nWo010": 1},
    ),
    (
        "nWn74",
        "en",
        "bizkit_split",
        "Archive stack room on household split ACs cannot hold humidity",
        "A provincial archive in Vĩnh Long cools its stack room with household split air conditioners; temperature is "
        "fine by day but relative humidity swings widely and they stop at night. It wants equipment that holds "
        "temperature and humidity steady around the clock.",
        {"nWo024": 2, "nWo026": 2, "nWo148": 1, "nWo160": 1, "nWo027": 1, "nWo025": 1},
    ),
    (
        "nWn75",
        "vi",
        "hzflair_archive",
        "Kho lưu trữ huyện cần đo nhiệt độ, độ ẩm không dây báo qua điện thoại",
        "Kho lưu trữ ở tầng trệt của UBND huyện Tiểu Cần dễ ẩm và bụi; cán bộ chỉ ghi nhiệt kế, ẩm kế mỗi sáng. Cần hệ "
        "thống cảm biến không dây ghi liên tục nhiệt độ, độ ẩm và gửi cảnh báo khi vượt ngưỡng.",
        {"nWo027": 2, "nWo026": 2, "nWo031": 1, "nWo024": 1},
    ),
    (
        "nWn76",
        "vi",
        "libcryptos_news",
        "Báo tỉnh muốn số hóa kho báo in để tra cứu trực tuyến",
        "Tòa soạn báo ở Trà Vinh giữ báo in đóng tập từ năm 1992, giấy đã giòn; bạn đọc, nhà nghiên cứu phải đến tận nơi lật "
        "từng trang. Cần số hóa, nhận dạng chữ và đưa lên cổng tra cứu theo từ khóa, tên người, sự kiện.",
        {"nWo011": 2, "nWo001": 1, "nWo007": 1, "nWo012": 1},
    ),
]
