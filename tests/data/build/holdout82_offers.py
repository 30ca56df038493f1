"""Offers of the holdout82 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- digitisation of archives, Khmer palm-leaf manuscripts and old documents ---
    (
        "lFo001",
        "en",
        "cornell_palm",
        "Scanning protocol and benchmarking for palm-leaf manuscripts",
        "We set up capture workflows for incised palm-leaf texts from benchmarked settings: 8-bit greyscale at 100 dpi already "
        "makes the text legible, 150 dpi puts about 1.2 pixels across the finest stroke (roughly 0.45 MB per leaf before LZW "
        "compression) and archival 24-bit colour at 150 dpi gives files of about 3 MB. One master scan per leaf is kept as "
        "losslessly compressed TIFF and all derivatives come from it; a 17-inch flatbed is advised for long leaves.",
    ),
    (
        "lFo002",
        "en",
        "kauai_palm",
        "Low-cost camera and copy-stand kit for photographing palm-leaf manuscripts",
        "A camera-based alternative to microfilm and to slow flatbed scanning of brittle leaves: a mid-range 6.1-megapixel "
        "DSLR (about US$450), a 50 mm f/1.8 lens (about US$125) and a second-hand copy stand (about US$115), with lighting and "
        "a shooting routine. Far cheaper and simpler than microfilming, and the pictures can be published online directly.",
    ),
    (
        "lFo003",
        "en",
        "srilanka_ola",
        "Copy-table digitisation and reader database for oversized, brittle leaf manuscripts",
        "The conservation division of a national library shares its method for uneven, fragile leaf manuscripts damaged by "
        "tropical heat and humidity in temples: a camera with a 50 mm lens over a copy table, which proved the most economical "
        "option, and a purpose-built database for readers. The team has also tested a herbal extract to protect leaf "
        "manuscripts and wooden objects.",
    ),
    (
        "lFo004",
        "vi",
        "tvu_buong",
        "Khảo sát, biên mục và số hóa sách lá buông tại chùa Khmer",
        "Nhóm nghiên cứu Trường Đại học Trà Vinh nhận làm trọn gói: khảo sát kho sách lá buông của chùa, phân loại, lập danh "
        "mục, quét ảnh và xây kho lưu trữ số để tra cứu. Ở chùa Samrong-Ek (phường Nguyệt Hóa) nhóm đã ghi nhận 1.327 quyển, "
        "biên mục và quét 90 bộ gồm 239 quyển trong thời gian dự án, có tổ chức đối thoại chuyên môn với hơn 80 nhà nghiên cứu, "
        "quản lý từ nhiều tỉnh.",
    ),
    (
        "lFo005",
        "vi",
        "tapchi_klb",
        "Tư vấn bảo quản kinh lá buông kết hợp phương pháp truyền thống và lưu trữ số",
        "Khảo sát cách các chùa Nam tông Khmer đang cất giữ kinh lá buông, đánh giá nguy cơ do khí hậu, thời tiết và nhất là "
        "côn trùng, rồi đề xuất bảo quản song song: biện pháp truyền thống ngay tại chùa và số hóa để lưu giữ lâu dài. Phù hợp "
        "cho các chùa có kinh lá buông chỉ còn tuổi đời khoảng hai, ba thế kỷ.",
    ),
    (
        "lFo006",
        "en",
        "syr_palm",
        "Conservation and stabilisation of palm-leaf manuscripts",
        "Advice and treatment for decaying palm-leaf manuscripts held by temples, libraries and families: loss compensation, "
        "consolidation, protection against insects and fungi, and options ranging from traditional herbs and oils to chemical "
        "treatment, vapour humidification and leaf casting. We help decide which manuscripts to digitise first and which to "
        "stabilise physically, and advise on metadata and OCR for the digital copies.",
    ),
    (
        "lFo007",
        "en",
        "palmleaf_dia",
        "Document image analysis for Southeast Asian palm-leaf manuscripts, Khmer included",
        "A tested processing chain for digitised palm-leaf images: binarisation, text-line segmentation (seam carving and a "
        "newer method designed for leaves), isolated glyph recognition, word recognition and transliteration. Benchmarked on a "
        "complete palm-leaf dataset in three scripts, including Khmer manuscripts from Cambodia as well as Balinese and "
        "Sundanese ones.",
    ),
    (
        "lFo008",
        "en",
        "lontar_unet",
        "Deep-learning binarisation of degraded palm-leaf images",
        "Separates written strokes from stains, damage and leaf texture before reading or indexing. A U-Net with a ResNet34 "
        "encoder trained on 256x256 blocks beat ten classic thresholding methods such as Otsu, Niblack, Sauvola and ISODATA on "
        "two collections (19 images from a national library and the 100-image AMADI Lontarset).",
    ),
    (
        "lFo009",
        "en",
        "khmerocr_rupp",
        "End-to-end Khmer OCR with a sequence-to-sequence attention model",
        "A Khmer text-line recogniser built by a startup centre with the Royal University of Phnom Penh that copes with "
        "stacked subscript consonants and with words written without spaces. It turns scanned or photographed printed Khmer "
        "into editable, searchable Unicode text.",
    ),
    (
        "lFo010",
        "en",
        "ukte",
        "Universal Khmer text recognition for printed, handwritten and scene text",
        "One recognition model for several kinds of Khmer text image instead of one model per kind: a modality-aware feature "
        "selection step lets handwriting and photographed signs benefit from the plentiful printed-text training data. "
        "Reported state-of-the-art accuracy and a public benchmark.",
    ),
    (
        "lFo011",
        "vi",
        "tess_khm",
        "Cài đặt OCR mã nguồn mở Tesseract với dữ liệu nhận dạng tiếng Khmer",
        "Triển khai Tesseract - bộ nhận dạng ký tự quang học mã nguồn mở - cùng gói ngôn ngữ Khmer (khoảng 1 MB) và gói chữ "
        "viết Khmer (khoảng 1,6 MB) có sẵn trong kho phần mềm Debian, Fedora. Chạy bằng dòng lệnh hoặc gọi qua API để lấy văn "
        "bản từ ảnh quét sách, báo in chữ Khmer; hướng dẫn cán bộ tự vận hành.",
    ),
    (
        "lFo012",
        "en",
        "pan_khmer",
        "Khmer OCR engine for printed documents with Word and text output",
        "Developed since July 2008 by a localisation team in Cambodia: two trained engines read good-quality scans of plain "
        "printed Khmer (no tables, columns, pictures or bold and italic) set in the legacy Limon S1 or R1 fonts at size 22. "
        "The ASCII output is turned into Khmer Unicode by a conversion library and saved as .doc or .txt, sparing the typing "
        "needed to build an e-library.",
    ),
    (
        "lFo013",
        "en",
        "limon_conv",
        "Legacy Khmer font (Limon, KHEK) to Unicode conversion utility",
        "Converts documents typed in non-Unicode Khmer fonts, where the same code stands for different letters in different "
        "fonts, into standard Khmer Unicode. Each legacy font's mapping is analysed and characters are reordered to follow "
        "Khmer syllable spelling order, so old files become searchable and portable across computers.",
    ),
    (
        "lFo014",
        "vi",
        "lacviet_ocr",
        "Công nghệ OCR trích xuất dữ liệu hóa đơn, hợp đồng cho doanh nghiệp",
        "Biến ảnh chụp, file PDF, ảnh điện thoại của hóa đơn, hợp đồng thành dữ liệu chỉnh sửa được và đẩy thẳng vào phần mềm "
        "kế toán, CRM, ERP. Ví dụ với 500 hóa đơn khách hàng, hệ thống tự lấy tên công ty, số tiền, ngày phát hành để đối "
        "chiếu thay cho nhập tay.",
    ),
    (
        "lFo015",
        "vi",
        "viettel_ocr",
        "Số hóa giấy tờ cơ quan bằng máy quét và nhận dạng ký tự OCR",
        "Giải pháp số hóa hồ sơ giấy: quét thành file điện tử, nhận dạng chữ để tìm kiếm, lưu tập trung trên ổ cứng, mạng nội "
        "bộ cho người được phân quyền tra cứu, giải phóng phòng kho. Độ chính xác OCR với ngôn ngữ ngoài tiếng Anh còn hạn chế "
        "nên có khâu hiệu đính.",
    ),
    (
        "lFo016",
        "vi",
        "hou_ocr",
        "Đánh giá giải pháp OCR nhận dạng văn bằng, chứng chỉ tiếng Việt",
        "So sánh bốn cách nhận dạng văn bằng tiếng Việt (DeepSeek, LLaMA-3.2-11B-Vision, EasyOCR, API Gemini) theo độ chính "
        "xác, độ ổn định và tính thực tiễn; khuyến nghị LLaMA mã nguồn mở cho văn bằng có chữ viết tay, trong khi DeepSeek "
        "không hỗ trợ tiếng Việt và EasyOCR cần khai báo tọa độ thủ công.",
    ),
    (
        "lFo017",
        "vi",
        "vienhc_sohoa",
        "Tư vấn, phần mềm và dịch vụ số hóa tài liệu lưu trữ, tạo lập cơ sở dữ liệu",
        "Viện ứng dụng khoa học công nghệ tư vấn quy trình số hóa đúng chuẩn cho cơ quan nhà nước, cung cấp phần mềm và nhân "
        "lực số hóa tài liệu nền giấy, ảnh, phim, âm thanh, tạo lập cơ sở dữ liệu tài liệu số hóa được ký số theo Luật Lưu "
        "trữ, tránh số hóa đại trà rồi không khai thác được.",
    ),
    (
        "lFo018",
        "vi",
        "vinaaspire",
        "Giải pháp số hóa tài liệu theo Quyết định 176 và Thông tư 02/2019/TT-BNV",
        "Chuyển chữ viết tay, bản in, hình ảnh sang định dạng máy tính đọc được, lưu trên máy chủ riêng hoặc đám mây. Quy trình "
        "bám Quyết định 176/QĐ-VTLTNN về bản sao bảo hiểm và bản sao sử dụng, Thông tư 02/2019/TT-BNV về dữ liệu đầu vào và "
        "Thông tư 04/2014/TT-BNV về định mức kinh tế kỹ thuật.",
    ),
    (
        "lFo019",
        "en",
        "hcmiu_admin",
        "Web application for digitising administrative documents in public bodies",
        "A web system from a university school of computer science that converts written and printed administrative papers "
        "into digital files for storing, searching, mining and managing, framed as the first step of digital transformation "
        "in public organisations.",
    ),
    (
        "lFo020",
        "vi",
        "nlv_phucche",
        "Quy trình bảo quản, phục chế tài liệu giấy hư hỏng",
        "Làm theo quy trình của thư viện quốc gia: lập báo cáo tình trạng, đo pH và độ hòa tan của mực; tháo ghim, bóc băng "
        "dính, làm sạch bề mặt, tẩy vết ố, khử axit, bồi nền bằng leafcasting, tôn nền, sửa thủ công và ép phẳng bằng hơi nóng "
        "hoặc tấm thấm. Sau đó số hóa để phục vụ bạn đọc và đóng hộp bảo quản bản gốc.",
    ),
    (
        "lFo021",
        "vi",
        "maykhuaxit",
        "Thiết bị khử axit và tủ hút khí cho kho tài liệu giấy",
        "Cung cấp máy khử axit ướt (nhúng tài liệu vào dung dịch kiềm nhẹ, bù thêm sợi cellulose), máy khử axit khô phun hóa "
        "chất kiềm nhẹ dành cho tài liệu khổ lớn, yếu hoặc đóng quyển, và tủ hút khí đi kèm. Tuổi thọ tài liệu sau xử lý tăng "
        "khoảng 3-4 lần.",
    ),
]

OFFERS += [
    (
        "lFo022",
        "en",
        "bookscan_wiki",
        "Book scanning stations, from DIY V-cradle rigs to production scanners",
        "We build and run book digitisation set-ups: a V-shaped cradle photographed from above so bound volumes need not be "
        "flattened or cut, glass plates to hold pages flat, then software for deskewing, cropping and OCR with human "
        "proofreading. 300 dpi is enough for text conversion; manual do-it-yourself rigs reach about 1,200 pages an hour for "
        "around US$300.",
    ),
    (
        "lFo023",
        "en",
        "czur",
        "Overhead book scanners and careful unbinding for large batches",
        "Overhead scanners for books and bound documents, plus guidance on the low-budget route of unbinding volumes by hand "
        "or with tools and running the loose pages through an automatic feeder - not advised for rare books, but effective "
        "for thousands of brittle pages.",
    ),
    (
        "lFo024",
        "vi",
        "chuasui_hannom",
        "Số hóa, phân loại và đưa tư liệu Hán Nôm lên đám mây",
        "Văn phòng bảo tồn di sản theo mô hình xã hội hóa tại một ngôi chùa, có chuyên gia Hán Nôm và công nghệ, đã số hóa gần "
        "8.000 đầu tư liệu Hán Nôm (kinh sách, sắc phong, minh văn, bi ký, khoa cúng), phân loại, đưa lên đám mây và cấp mã "
        "truy cập cho nhà nghiên cứu; phối hợp chủ sở hữu phục chế giấy cũ nát, dựng mô hình 3D, gắn chip NFC.",
    ),
    (
        "lFo025",
        "vi",
        "hue_hannom",
        "Điền dã sưu tầm và số hóa sắc phong, gia phả, hương ước tại làng, họ tộc",
        "Thư viện tổng hợp cấp tỉnh cùng Thư viện Khoa học Tổng hợp TP.HCM làm từ năm 2009: khảo sát, mở hòm sắc phong và số "
        "hóa gần 500.000 trang tư liệu Hán Nôm ở 199 làng, 967 họ tộc và 19 phủ đệ, tư gia - sắc phong, gia phả, văn tế, bằng "
        "cấp, địa bạ, hương ước, văn bản hành chính, văn cúng.",
    ),
    (
        "lFo026",
        "en",
        "omeka_hilt",
        "Omeka online collection and exhibit sites with Dublin Core metadata",
        "Set-up and training for Omeka (Classic, S or the hosted service), the open web-publishing platform for library, "
        "museum and archive collections: items described with the Dublin Core schema, grouped into collections and "
        "exhibits, with tagging, data migration, timeline and map plugins.",
    ),
    (
        "lFo027",
        "en",
        "archivematica_adr",
        "Digital preservation with Archivematica and OAIS archival packages",
        "Open-source, standards-based preservation pipeline that turns digitised or born-digital files into self-documenting "
        "Archival Information Packages following the OAIS reference model (ISO 14721), readable without the software itself, "
        "and connects to the AtoM system for archival description and public access.",
    ),
    (
        "lFo028",
        "vi",
        "luutru_anh",
        "Quy trình số hóa ảnh lưu trữ, phim âm bản và slide",
        "Phân loại ảnh theo chất liệu (ảnh giấy, ảnh bóng, phim âm bản, slide), kích thước, chủ đề, thời gian; làm sạch bằng "
        "chổi lông mềm, khăn microfiber, dung dịch đệm pH trung tính. Máy quét phẳng cho ảnh đến khổ A4, máy ảnh full-frame "
        "với hộp sáng cho ảnh lớn, album; bản gốc 600 dpi TIFF không nén, bản khai thác 300 dpi JPEG, màu 24-bit.",
    ),
    (
        "lFo029",
        "vi",
        "cand_nghenhin",
        "Số hóa phim, ảnh, băng ghi âm, ghi hình lưu trữ",
        "Trung tâm giải pháp số của một tập đoàn viễn thông số hóa kho tư liệu nghe nhìn: một phim 90 phút chiếm 9-10 cuộn "
        "phim nhựa nay cùng hàng trăm phim khác nằm gọn trên một ổ cứng; nhân bản nhanh, khai thác dễ và phục chế hình ảnh "
        "bằng phần mềm.",
    ),
    (
        "lFo030",
        "vi",
        "hoivdap",
        "Cách cứu hồ sơ, chứng từ văn phòng bị ướt",
        "Hướng dẫn doanh nghiệp làm khô, phục hồi giấy tờ bị ướt mưa: phun sương nước cất cho sợi giấy mềm lại, ép phẳng, "
        "giữ chữ in trên hợp đồng, biên bản không bị nhòe.",
    ),
    (
        "lFo031",
        "vi",
        "vienphim_4k",
        "Phục chế và số hóa 4K phim nhựa 35 mm",
        "Hợp tác xã hội hóa để phục chế và số hóa 4K các phim 35 mm chọn lọc, dùng trí tuệ nhân tạo tu sửa hình ảnh, song "
        "song duy trì bảo quản phim nhựa truyền thống; kinh nghiệm đúc kết từ hội thảo lưu trữ - bảo quản - số hóa phim.",
    ),
    (
        "lFo032",
        "vi",
        "vienphim_kho",
        "Thiết kế, nâng cấp kho lạnh bảo quản phim nhựa và băng đĩa",
        "Tư vấn, lắp dàn lạnh giữ kho phim ổn định 10 ± 2 °C và độ ẩm 30 ± 5 %RH, sắp xếp lại hộp phim, kiểm tra định kỳ - "
        "theo mô hình kho đang lưu gần 80.000 cuốn phim nhựa cùng lượng lớn băng đĩa.",
    ),
    (
        "lFo033",
        "vi",
        "btls_sachyhoc",
        "Bảo quản cấp thiết sách cổ, tài liệu giấy xuống cấp trong kho",
        "Phòng bảo quản của một bảo tàng quốc gia nhận khảo sát và bảo quản chủ động hiện vật giấy hư hại (như một cuốn sách "
        "y học cổ): đánh giá tình trạng, xử lý, gia cố kéo dài tuổi thọ để phục vụ nghiên cứu và trưng bày.",
    ),
    (
        "lFo034",
        "vi",
        "handwriting_ocr",
        "Báo cáo đồ án nhận dạng chữ viết tay bằng OCR",
        "Đồ án sinh viên tổng quan về nhận dạng ký tự viết tay (dùng trong ngân hàng, y tế) và thử OCR lấy các trường thông "
        "tin từ ảnh chụp hoặc PDF.",
    ),
    (
        "lFo035",
        "en",
        "shikha_ocr",
        "Deep-learning recognition of ancient Devanagari text characters",
        "Research model that binarises degraded scans of Vedic texts with a selectional auto-encoder (about 74% binarisation "
        "accuracy), segments characters by seam carving and recognises them for later translation.",
    ),
    (
        "lFo036",
        "vi",
        "phanmemfree_ocr",
        "Hướng dẫn OCR tiếng Việt cho dân văn phòng",
        "Mẹo chụp ảnh, tiền xử lý và chọn công cụ OCR miễn phí hay trả phí, trên điện thoại hay máy tính, để chữ tiếng Việt "
        "không mất dấu, dính chữ; tạo PDF có lớp chữ từ ảnh nhận qua Zalo, email.",
    ),
    (
        "lFo037",
        "en",
        "khmerst",
        "KhmerST: Khmer scene-text detection and recognition dataset",
        "First Khmer scene-text benchmark: 1,544 expert-annotated photos (997 indoor, 547 outdoor) of signs and other text in "
        "natural scenes, with line-level transcriptions and polygon boxes, plus baseline detection and recognition models.",
    ),
    (
        "lFo038",
        "vi",
        "folklore_khmer",
        "Sưu tầm, nghiên cứu văn học dân gian Khmer",
        "Đề tài điền dã tại 7 huyện, 1 thị xã, 1 thành phố ghi chép truyện kể, lời ngâm, lời hát của người Khmer và hệ thống "
        "lại các thể loại văn học dân gian hiện còn.",
    ),
    (
        "lFo039",
        "vi",
        "ttlt3_essay",
        "Tiểu luận khảo sát quy trình số hóa tại trung tâm lưu trữ quốc gia",
        "Bài tiểu luận môn Số hóa tài liệu lưu trữ mô tả và đánh giá quy trình số hóa tài liệu tại Trung tâm Lưu trữ Quốc "
        "gia III, có tìm hiểu phòng tài liệu nghe nhìn.",
    ),
    # --- 3D scanning and conservation of pagodas, monuments and artefacts ---
    (
        "lFo040",
        "vi",
        "scantech_mt",
        "Quét 3D số hóa bảo vật, hiện vật bảo tàng",
        "Đơn vị công nghệ đã quét 3D bảo vật tại Bảo tàng Mỹ thuật Việt Nam (gần 20.000 hiện vật, tác phẩm), tạo mô hình số "
        "để lưu hiện trạng, trưng bày ảo và làm bảo tàng số trên mạng; phù hợp hệ thống 147 bảo tàng trong nước, trong đó 83 "
        "bảo tàng cấp tỉnh.",
    ),
    (
        "lFo041",
        "en",
        "ctu_lidar",
        "Smartphone LiDAR 3D scanning of artefacts with web and AR display",
        "A Can Tho University team models museum artefacts with the LiDAR sensor of mobile devices, shows them on websites "
        "and phones through Vuforia augmented reality, and shrinks models by 60-80% with Error Quadrics simplification while "
        "keeping display quality; includes guidance on how artefact materials affect scanning.",
    ),
    (
        "lFo042",
        "vi",
        "vr360_3d",
        "Số hóa bảo vật 3D, nội dung VR/AR và mã QR cho bảo tàng",
        "Dựng mô hình 3D hiện vật cho khách xem trực tuyến, trưng bày mô hình 3D, làm ứng dụng thực tế ảo (VR), thực tế tăng "
        "cường (AR) và thuyết minh quét mã QR tại bảo tàng, nhà trưng bày, như các mô hình đã làm ở Đà Nẵng và các bảo tàng "
        "quốc gia.",
    ),
    (
        "lFo043",
        "vi",
        "mms_3dmaster",
        "Scan 3D và gia công CNC bản sao hiện vật",
        "Làm sạch mẫu, quét 3D, chia mô hình thành phần nhỏ trên phần mềm rồi gia công CNC ra bản sao sát bản gốc, thay cho "
        "cách đắp silicone làm khuôn dễ gây bong tróc (đã làm với tiêu bản rùa hóa thạch khoảng 300 năm tuổi).",
    ),
]

OFFERS += [
    (
        "lFo044",
        "en",
        "utm_tls",
        "Terrestrial laser scanning with colourised point clouds for monuments",
        "3D documentation of historic facades with a FARO Photon 120/20 scanner paired with a Nikon DSLR: colour from the "
        "high-resolution photos is attached to the registered point clouds in FARO Scene to give photorealistic 3D models, as "
        "done for a UNESCO World Heritage fortress gate in Melaka.",
    ),
    (
        "lFo045",
        "en",
        "nepal_lowcost",
        "Low-cost image-based 3D documentation of heritage sites",
        "A full photogrammetry pipeline for heritage documentation and conservation - capture, reconstruction, visualisation "
        "and structural analysis - using consumer cameras and photos gathered from the public, evaluated after the 2015 "
        "magnitude-7.8 earthquake in Nepal.",
    ),
    (
        "lFo046",
        "en",
        "toa_photogram",
        "Photogrammetry and LiDAR documentation of heritage structures",
        "Millimetre-level 3D records of buildings, objects and landscapes: structure-from-motion photogrammetry (Agisoft "
        "Metashape, RealityCapture, COLMAP) from hand-held cameras, drones or phones, and terrestrial laser scanning that "
        "captures millions of points per second, delivered as point clouds, textured meshes and digital twins that can be "
        "compared over time.",
    ),
    (
        "lFo047",
        "en",
        "cyprus_tls",
        "Combined laser scanning and photogrammetry for orthophotos, sections and 3D models",
        "Documentation of a UNESCO-listed church with both a Leica ScanStation 2 and image-based capture (Menci ZScan), choosing "
        "the right technique for each part; deliverables are orthophotos, sections, plots and a complete, accurate 3D model "
        "within the required scale tolerances.",
    ),
    (
        "lFo048",
        "en",
        "drone_he",
        "Drone survey and inspection of heritage buildings",
        "A heritage drone team flying DJI M300-class aircraft with satellite positioning, inertial sensors and collision "
        "avoidance, carrying cameras, thermal cameras or laser and lidar scanners for low-level aerial photography, survey "
        "and close inspection of roofs, towers and high walls.",
    ),
    (
        "lFo049",
        "en",
        "roofwaterproofing",
        "Drone roof inspection for homes before waterproofing",
        "Drone flights replace walking on house roofs: geotagged photos in 24-72 hours with a DJI Mavic 3 Enterprise, or an "
        "orthomosaic from a Matrice 300 RTK in 2-5 days, optional thermal imaging, FAA Part 107 pilot and insurance checks; "
        "the findings feed a roof rejuvenation quote.",
    ),
    (
        "lFo050",
        "vi",
        "dietmoi_dinh",
        "Phòng trừ mối bảo vệ đình, chùa, lăng tẩm và cổ vật bằng gỗ",
        "Công ty phòng chống mối chuyên xử lý công trình văn hóa lịch sử hàng trăm năm tuổi, gần ao hồ, cây cổ thụ, kín và ít "
        "thông gió; xử lý cả hiện tượng cột gỗ lim bị rỗng ruột ('tiêu tâm') do mối vào qua lõi mềm 8-10 mm và khe hở giữa "
        "chân cột với đá tảng.",
    ),
    (
        "lFo051",
        "vi",
        "dietmoi726",
        "Phòng mối toàn diện cho công trình di tích đang sử dụng",
        "Ngoài xử lý mạch lún, chân khuôn cửa, tạo hàng rào hóa chất quanh công trình: đào hào sâu 80 cm, rộng 40 cm sát chân "
        "tường ngoài, trộn thuốc phòng mối vào đất rồi lấp nện; xử lý chân tường theo phương pháp mao dẫn không cần khoan, "
        "chặn mối từ nhà lân cận và bọng mối ở gốc cây cổ thụ.",
    ),
    (
        "lFo052",
        "vi",
        "hoian_moi",
        "Lắp hộp nhử và diệt mối cho di tích gỗ",
        "Đơn vị quản lý bảo tồn di sản hỗ trợ gắn thiết bị nhử mối tại chùa, nhà cổ có cột, cửa gỗ bị mối từ lòng đất đục ăn "
        "sâu bên trong khó phát hiện; kết hợp kiểm tra sau mỗi mùa lũ, ẩm mốc.",
    ),
    (
        "lFo053",
        "vi",
        "thuocchuot",
        "Xử lý gỗ mới chống mối mọt bằng cách ngâm dân gian",
        "Ngâm tre, gỗ vừa khai thác xuống ao bùn ít nhất một năm cho tinh bột, đường phân hủy, không dùng hóa chất; nhược điểm "
        "là mất nhiều thời gian và làm ô nhiễm nguồn nước.",
    ),
    (
        "lFo054",
        "vi",
        "dietmoi_nhamoi",
        "Phòng chống mối cho nhà gỗ, nhà thờ họ xây mới kiểu nhà cổ",
        "Khảo sát mối ở khu đất trước khi xây, dọn sạch tàn dư thực vật, phun thuốc Agenda 25EC pha đúng tỷ lệ vào đất nền có "
        "mối trước khi đổ nền cho nhà gỗ dựng mới.",
    ),
    (
        "lFo055",
        "en",
        "museumpests_anoxia",
        "Oxygen-scavenger anoxic treatment to eradicate insect pests in objects",
        "Objects are sealed in low-permeability barrier film (Marvelseal 360, Escal or similar) with iron-based oxygen "
        "scavengers so that oxygen stays below 0.5% for 21 days, killing every insect life stage without fumigants. Suits "
        "most materials except those containing Prussian blue; we size the enclosures and scavenger quantities.",
    ),
    (
        "lFo056",
        "en",
        "stickstoff",
        "Nitrogen controlled-atmosphere disinfestation of museum artefacts",
        "Infested objects are enclosed airtight and flushed with nitrogen from cylinders, or treated with oxygen absorbers, "
        "down to 0.1-0.3% oxygen; insects die within 2-8 weeks without the heating or freezing used by other methods. "
        "Bioassays verify the treatment regime.",
    ),
    (
        "lFo057",
        "en",
        "quaibranly_anoxia",
        "Optimised anoxia schedules for treating large collections",
        "Experience from treating over 100,000 objects for a new Paris museum: at 25 °C exposure can drop from the standard "
        "21 days to 10-15 days for common museum insects, with oxygen falling in 1-2 days depending on material porosity, "
        "i.e. about 15-16 days per treatment cycle.",
    ),
    (
        "lFo058",
        "vi",
        "nguyendu_sonthep",
        "Bảo quản phòng ngừa đồ gỗ sơn son thếp vàng",
        "Giữ hiện vật gỗ sơn thếp trong môi trường ổn định quanh năm 22-25 °C, độ ẩm 58-63 %, kèm chế độ quang dầu (toát) "
        "định kỳ bằng sơn giọt pha dầu hỏa cho cốt gỗ khỏi cong vênh, co ngót, nứt nẻ; phòng mối mọt cho cổ vật gỗ trong khí "
        "hậu nóng ẩm.",
    ),
    (
        "lFo059",
        "vi",
        "cand_18tuong",
        "Phục hồi sơn son thếp vàng tượng Phật gỗ cổ bằng vàng thật",
        "Nghệ nhân sơn mài chuyên trùng tu hiện vật cung đình Huế phục hồi tượng gỗ bong tróc, sứt mẻ, phai màu; đã phục hồi "
        "18 pho tượng Phật thế kỷ XVIII-XIX cho một bảo tàng lịch sử đang giữ khoảng 40.000 hiện vật, trong đó 200 tiêu bản "
        "tượng Phật.",
    ),
    (
        "lFo060",
        "vi",
        "btls_amida",
        "Bảo quản, tu bổ tượng gỗ sơn thếp cùng chuyên gia quốc tế",
        "Khảo sát, lập phương án và tu bổ tượng gỗ sơn thếp vàng theo kỹ thuật chế tác cổ, giữ tối đa tính nguyên gốc - như "
        "pho tượng A Di Đà cao 116,5 cm, ghép khối gỗ, thế kỷ XIII, được chuyên gia Viện Mỹ thuật Nhật Bản xử lý với tài trợ "
        "của quỹ Sumitomo.",
    ),
    (
        "lFo061",
        "en",
        "wiki_lacquer",
        "Conservation of Asian lacquerware: cleaning, consolidation and loss filling",
        "Treatment of lacquered objects harmed by age, light, water, temperature or a failing wooden core: dry and wet "
        "cleaning, consolidation of lifting lacquer and filling of losses, either with Asian lacquer in the traditional way "
        "or with reversible modern materials.",
    ),
    (
        "lFo062",
        "en",
        "swanson_lacquer",
        "Analysis and treatment planning for cracked and flaking lacquer",
        "Lacquer species and additives identified by pyrolysis GC-MS to judge solvent sensitivity, then treatment of "
        "splitting, spalling and planar deformation: mechanical cleaning, humidification alternatives where staining is a "
        "risk, consolidation, loss compensation and varnish removal, with preventive storage advice.",
    ),
    (
        "lFo063",
        "en",
        "nepal_mural",
        "Consolidation of detached temple wall paintings by injection grouting",
        "Wall-painting conservators re-attach paint and plaster separated from temple walls: 1-2 mm holes, dust removal, a "
        "surfactant pre-injection, then acrylic binder for slight detachment or acrylic mixed with local clays for deep voids; "
        "large detached areas are propped with polycarbonate sheets and eased back a fraction of a millimetre a day.",
    ),
    (
        "lFo064",
        "en",
        "bagan_mural",
        "Non-destructive condition diagnosis of temple murals",
        "Survey of delamination, flaking, contamination, cracks and hidden gaps behind painted plaster using ultrasonic "
        "testing and moisture mapping across each wall, pinpointing the most vulnerable zones so reinforcement can be "
        "targeted with objective data.",
    ),
    (
        "lFo065",
        "en",
        "tobunken_bagan",
        "Repair of outer brick walls to keep rain off interior murals, with training",
        "Restoration of the outer walls of brick temples mainly to stop rain leaks reaching the murals inside, plus workshops "
        "with local conservators and engineers on repair strategy and sustainable methods, and studies of painting technique "
        "and iconography.",
    ),
    (
        "lFo066",
        "en",
        "ceramica_mural",
        "Virtual records and full-size ceramic replicas of deteriorating murals",
        "For murals suffering from humidity, rising damp, roof leaks and subsidence cracks: digital records and same-size "
        "duplicates fired onto ceramic for exhibition, teaching and reference where restoring the original may not be "
        "possible.",
    ),
]

OFFERS += [
    (
        "lFo067",
        "en",
        "conserv_logger",
        "Wireless temperature and humidity loggers for small museums",
        "Helps small, short-staffed museums pick data loggers by accuracy, memory, battery life, connectivity (Wi-Fi, "
        "Bluetooth or LoRaWAN), software and cost, weighing the price of hardware against the staff time saved by automatic "
        "data collection.",
    ),
    (
        "lFo068",
        "en",
        "dataloggerinc",
        "Environmental monitoring systems for galleries and collection stores",
        "Continuous logging and alarms for temperature, relative humidity, visible light and UV, with the reports lenders ask "
        "for before agreeing to loans; typical targets 68-72 °F and 50% RH within ±5%. Replaces slow manual readings across "
        "many rooms.",
    ),
    (
        "lFo069",
        "vi",
        "loggershop",
        "Thiết bị ghi nhiệt độ, độ ẩm cho kho lưu trữ, bảo tàng, thư viện",
        "Cung cấp bộ ghi dữ liệu nhiệt độ - độ ẩm chạy pin, nhỏ gọn, đặt kín trong tủ trưng bày, kho bản thảo, phòng triển "
        "lãm; ghi liên tục, phân tích xu hướng để giữ độ ẩm khoảng 45-55 % và nhiệt độ 18-22 °C, tránh nấm mốc, giấy giòn, "
        "sơn nứt.",
    ),
    (
        "lFo070",
        "vi",
        "hatvan_icomos",
        "Tư vấn tu bổ kiến trúc gỗ truyền thống theo nguyên tắc ICOMOS",
        "Áp dụng Nguyên tắc bảo tồn kiến trúc lịch sử bằng gỗ do ICOMOS thông qua tại Mexico tháng 10/1999 khi tu bổ, tôn tạo "
        "công trình tôn giáo - tín ngưỡng: tôn trọng ý nghĩa văn hóa, chú ý chủng loại và chất lượng gỗ, tính dễ tổn thương "
        "do dao động độ ẩm, ánh sáng, nấm mốc, côn trùng.",
    ),
    (
        "lFo071",
        "vi",
        "dua_sap",
        "Đầu tư xây bảo tàng tư nhân gắn du lịch",
        "Mô hình bảo tàng chuyên đề do tư nhân bỏ vốn khoảng 20 tỷ đồng, rộng gần 1.500 m2, trưng bày tranh vẽ tay của nghệ "
        "nhân, giới thiệu giao thoa văn hóa Kinh - Khmer - Hoa và bảo tồn giống dừa sáp.",
    ),
    (
        "lFo072",
        "vi",
        "phathoc_csdl",
        "Phần mềm cơ sở dữ liệu số di sản kiến trúc và nghệ thuật Phật giáo",
        "Giải pháp xây dựng cơ sở dữ liệu số về công trình kiến trúc và tác phẩm nghệ thuật Phật giáo, cho công chúng trong "
        "và ngoài nước kết nối, tra cứu, chiêm ngưỡng di tích trên mạng không bị giới hạn không gian, thời gian (tham luận hội "
        "thảo tại Bảo tàng Lịch sử quốc gia ngày 15/4/2023).",
    ),
    (
        "lFo073",
        "vi",
        "chuakhmer_essay",
        "Tiểu luận quản lý di sản kiến trúc đô thị: chùa Khmer",
        "Bài tiểu luận 21 trang giới thiệu đặc trưng văn hóa, chức năng của chùa Khmer và sơ lược quá trình trùng tu.",
    ),
    # --- museum and heritage-site visitor technology ---
    (
        "lFo074",
        "vi",
        "hcmc_qr",
        "Ứng dụng thuyết minh tự động quét mã QR cho bảo tàng",
        "Xây dựng ứng dụng di động (như ứng dụng 'TDT Museum' dùng từ năm 2018) gồm các mục tiểu sử, chủ đề, giới thiệu và "
        "quét QR: khách đi một mình vẫn nghe thuyết minh từng hiện vật, không phải chờ ghép đoàn có hướng dẫn viên; hỗ trợ "
        "khách trong nước và quốc tế.",
    ),
    (
        "lFo075",
        "vi",
        "danang_museum_vi",
        "Hệ thống thuyết minh đa ngữ qua thiết bị di động cho bảo tàng",
        "Nhóm nghiên cứu Đại học Đà Nẵng cùng bảo tàng thực hiện đề tài cấp thành phố (10/2016-9/2018): gắn mã QR cho hiện vật "
        "trưng bày, khách quét bằng điện thoại thông minh để đọc, nghe nội dung thuyết minh bằng nhiều thứ tiếng, chủ động "
        "chọn thông tin.",
    ),
    (
        "lFo076",
        "en",
        "danang_qr_en",
        "Multilingual QR interpretation system with a translated content warehouse",
        "A university team built a content warehouse of commentaries on 18 historical periods and 600 artefacts, translated "
        "from Vietnamese into English, French and other languages; visitors scan QR codes on labels to see text, photos, "
        "video or hear audio with any free QR app and an internet connection.",
    ),
    (
        "lFo077",
        "vi",
        "hue_hcm_qr",
        "Triển khai thuyết minh tự động qua mã QR, song ngữ Việt - Anh",
        "Lắp 43 điểm thuyết minh tự động tại nhà trưng bày và hai di tích lưu niệm; khách quét bằng bất kỳ ứng dụng quét mã "
        "nào, nghe thuyết minh kèm chữ và ảnh; nội dung chia cấp độ (giới thiệu chung, chủ đề, sưu tập, hiện vật tiêu biểu) "
        "theo thời gian tham quan và tích hợp lên website.",
    ),
    (
        "lFo078",
        "en",
        "driftscape",
        "Label, QR and audio-guide content design for museums",
        "A layered interpretation approach: a clear high-contrast label for immediate context, a QR code large enough to scan "
        "from a comfortable distance, and audio tracks kept under 90 seconds so visitors keep their eyes on the objects. "
        "Works on small budgets without extra floor staff.",
    ),
    (
        "lFo079",
        "en",
        "albaola",
        "Multilingual QR reader app with machine translation and text-to-speech",
        "A museum QR app opens content in the language the visitor picked: human-written texts in four languages plus machine "
        "translations for 16 more (20 in all), with synthetic speech for most of them so content can be heard as well as "
        "read.",
    ),
    (
        "lFo080",
        "en",
        "qr_access",
        "Accessible QR trails with symbol labels for visitors with learning disabilities",
        "Movable, symbolised object labels with QR codes that open a mobile page offering text, pictures, video and audio; "
        "trialled with visitors on iPads and smartphones. Equipment costs are low, though the content behind the labels needs "
        "ongoing upkeep.",
    ),
    (
        "lFo081",
        "en",
        "qr_trail",
        "Outdoor QR heritage trails for sites with weak mobile coverage",
        "Design of QR tours along outdoor paths where streamed audio fails: lightweight web pages that load over slow "
        "connections, Wi-Fi where it can be installed, and a maintenance plan for the signs - a cheaper alternative to "
        "audio-guide hardware for small museums.",
    ),
    (
        "lFo082",
        "vi",
        "phuyen_vr",
        "Dựng tour thực tế ảo 360° cho di tích, danh thắng",
        "Dùng camera 360 độ, gậy chụp và flycam ghi ảnh góc rộng rồi ghép trên phần mềm chuyên dụng thành website du lịch ảo "
        "có bản đồ chia khu; đã dựng gần 200 điểm di tích, danh thắng, làng nghề, có chế độ xem chuyển từ ngày sang đêm.",
    ),
    (
        "lFo083",
        "en",
        "calderdale_mp",
        "Matterport digital twin of multi-floor museum interiors",
        "Scanning of a four-floor industrial museum with Matterport, comparing an iPhone 13 Pro LiDAR, the Matterport "
        "motorised mount and a Ricoh Theta 4K 360 camera for continuity and ease of navigation; the model is published as an "
        "online walk-through.",
    ),
    (
        "lFo084",
        "en",
        "gcu_marzipano",
        "Low-cost, accessible web 360° virtual tours with Marzipano",
        "A 360° tour pipeline for organisations with little money or coding skill: a 360 camera, the open-source Marzipano "
        "viewer and a documented framework that meets WCAG accessibility guidelines, validated with a user study.",
    ),
    (
        "lFo085",
        "en",
        "subiaco_360",
        "Interpretive 360° panorama tours with historic photos, drawings and narration",
        "360° tours built in Google Street View or 3DVista that add historical photographs, architectural drawings and "
        "narrated audio at hotspots, giving remote visitors a layered, accessible way to explore built heritage without VR "
        "headsets.",
    ),
    (
        "lFo086",
        "en",
        "chania_ar",
        "Outdoor mobile augmented-reality guide showing monuments in their past state",
        "A location-aware phone app overlays geo-located 3D reconstructions of historic buildings onto the real street using "
        "GPS and inertial sensors, without markers, and awards points for unlocking history at each monument; tested in "
        "bright outdoor conditions.",
    ),
    (
        "lFo087",
        "en",
        "seenmag_ar",
        "WebAR reconstructions and storytelling for ruined or vanished sites",
        "Narrative-led digital reconstruction delivered as WebAR, so visitors need no dedicated app; aims to lengthen dwell "
        "time at ruins, spread visitors to secondary or vanished sites and keep reconstructions historically honest.",
    ),
    (
        "lFo088",
        "vi",
        "vanmieu_kinhte",
        "Hệ thống vé điện tử cho khu di tích, điểm tham quan",
        "Khách mua vé trực tuyến, đặt trước và quét mã QR qua cổng soát vé; cả đoàn chỉ cần một vé, một mã; tra cứu lịch sử "
        "mua vé, lịch sử tham quan, hóa đơn, lưu vé ở nhiều dạng - đã vận hành ở một di tích quốc gia từ ngày 13/5, dịp SEA "
        "Games 31.",
    ),
    (
        "lFo089",
        "vi",
        "hoian_kiosk",
        "Kiosk bán vé tự động, thanh toán điện tử tại điểm tham quan",
        "Đặt kiosk để khách tự chọn loại vé (tham quan, thuyết minh tự động, tour xe điện...) và trả tiền qua cổng Payoo, bên "
        "cạnh quầy vé có nhân viên theo ca; mô hình tham khảo gồm 12 kiosk ở 12 quầy vé và 1 kiosk ở trung tâm hỗ trợ du "
        "khách.",
    ),
]

OFFERS += [
    (
        "lFo090",
        "vi",
        "aobaom_sohoa",
        "Số hóa di tích bằng ảnh 360°, flycam, thuyết minh và mã QR",
        "Đội thanh niên số hóa di tích: chụp ảnh 360 độ, quay flycam góc cao, dựng video có giọng thuyết minh, gắn mã QR tại "
        "điểm và đưa lên mini app Zalo; đã làm 5 công trình cấp tỉnh (Ao Bà Om, Đền thờ Bác, chùa Giác Linh, Bờ Lũy, Bến Cồn "
        "Tàu) và 31 điểm di tích, bảo tàng cấp huyện.",
    ),
    (
        "lFo091",
        "vi",
        "tayninh_qr",
        "Gắn mã QR tra cứu tại di tích lịch sử - văn hóa",
        "Mã QR gắn cố định ở từng di tích dẫn tới lịch sử hình thành, kiến trúc, truyền thuyết, ảnh tư liệu và sơ đồ di "
        "chuyển, thay bảng thuyết minh tĩnh; đã thí điểm tại 5 di tích (đình, căn cứ, mộ) từ giữa năm 2025.",
    ),
    (
        "lFo092",
        "vi",
        "baomoi_audioguide",
        "Thiết bị thuyết minh cầm tay (audio guide) cho bảo tàng",
        "Cung cấp và vận hành máy thuyết minh cầm tay như bảo tàng quốc gia đi tiên phong: khách tự nghe giới thiệu 18 bảo vật "
        "quốc gia và các hiện vật chính mà không cần hướng dẫn viên đi kèm.",
    ),
    (
        "lFo093",
        "en",
        "rattenberg",
        "Visitors' own phones as audio guide via QR codes and free Wi-Fi",
        "No app to install: QR codes on objects (33 in the pilot museum) play audio stored on the museum server through any "
        "QR reader, and free in-house Wi-Fi spares foreign visitors data and roaming charges; a printed guide runs in "
        "parallel.",
    ),
    (
        "lFo094",
        "vi",
        "vrxl_blog",
        "Trải nghiệm du lịch thực tế ảo tại nhà bằng kính VR",
        "Bài giới thiệu xu hướng du lịch VR cho người dùng: đeo kính để 'đi' Vịnh Hạ Long, Hội An, hang Sơn Đoòng ngay trong "
        "phòng khách, metaverse và du lịch ảo cá nhân hóa.",
    ),
    (
        "lFo095",
        "en",
        "vimm_tours",
        "Guide to ten virtual museum tours for classrooms",
        "A teacher's pick of existing online museum tours (Web VR, panoramic walk-throughs, 3D scan galleries) for pupils who "
        "cannot visit, such as the Smithsonian natural history tour.",
    ),
    (
        "lFo096",
        "vi",
        "thuonghieu_vrar",
        "Hỏi đáp: thực tế ảo VR và thực tế tăng cường AR khác nhau thế nào",
        "Bài phổ biến kiến thức: VR mô phỏng thế giới 3D qua kính chuyên dụng, AR hiển thị nội dung số lên môi trường thật qua "
        "điện thoại; vai trò của hai công nghệ trong phát triển du lịch.",
    ),
    # --- library management and e-libraries for communes and schools ---
    (
        "lFo097",
        "vi",
        "phx_tvso",
        "Phần mềm thư viện số cho nhà trường",
        "Nền tảng thư viện số trên điện toán đám mây: biên mục, phân loại tài liệu số; tìm kiếm thông minh; hỗ trợ PDF, DOC, "
        "PPT; liên kết thư viện số bên ngoài; phân quyền truy cập theo nhóm người dùng; thống kê lượt truy cập. Triển khai "
        "độc lập, không phụ thuộc hệ thống sẵn có.",
    ),
    (
        "lFo098",
        "vi",
        "openlib_vn",
        "Phần mềm quản lý thư viện mã nguồn mở cho trường học",
        "Hệ thống quản lý thư viện tích hợp (biên mục, lưu thông, quản lý bạn đọc) trên nền mã nguồn mở, không tốn phí bản "
        "quyền, tùy chỉnh theo nhu cầu đơn vị giáo dục để chuyển thư viện truyền thống sang thư viện số.",
    ),
    (
        "lFo099",
        "vi",
        "hutech_lms",
        "Ứng dụng quản lý thông tin sách thư viện",
        "Nhóm sinh viên xây dựng ứng dụng gồm quản lý danh mục sách, quản lý độc giả và mượn - trả trên một cơ sở dữ liệu "
        "thống nhất; độc giả tìm sách trực tuyến, xem tình trạng và đặt mượn từ xa.",
    ),
    (
        "lFo100",
        "en",
        "koha_assam",
        "Koha library system installation and WebOPAC customisation",
        "Step-by-step installation of Koha, the open-source library management system, on a simple PC for small holdings, "
        "with data-entry worksheets and a customised web catalogue - automation at zero licence cost, as done for a "
        "university central library.",
    ),
    (
        "lFo101",
        "en",
        "koha_meadville",
        "Open-source Koha for small and rural library systems",
        "Lessons from a public library that has run Koha for 13 years: selection, migration, pitfalls and fixing problems in "
        "house, showing small libraries can adopt an open-source library system without vendor lock-in.",
    ),
    (
        "lFo102",
        "en",
        "koha_malaysia",
        "Koha post-implementation support: MARC, Z39.50 and search indexing",
        "Support for libraries running Koha (web-based, SQL back end, bibliographic records in MARC, copy cataloguing over "
        "Z39.50, Zebra-powered catalogue search): configuration, overlooked features and the management side of open-source "
        "software.",
    ),
    (
        "lFo103",
        "en",
        "elibcloud_rfid",
        "RFID library kit: tagging station, self-service kiosk, drop box and security gate",
        "Books are tagged and registered at a tagging station; members borrow and return at a self-service kiosk or a drop "
        "box that logs the return and prints a receipt; stock is checked on the shelf with a reader; an anti-theft gate alarms "
        "on items not borrowed.",
    ),
    (
        "lFo104",
        "en",
        "rfidjournal_uk",
        "Self-service RFID kiosks integrated with the library management system",
        "13.56 MHz kiosks read every item placed in the tray at once, record loans against the member card, disable the tags "
        "for the exit gate and direct returns to carts or bins; one to four kiosks per branch free staff from the counter to "
        "help readers.",
    ),
    (
        "lFo105",
        "en",
        "hackaday_pi",
        "Raspberry Pi catalogue terminals for public libraries",
        "Ageing catalogue-only PCs replaced by Raspberry Pis running a locked-down browser that starts clean, reboots after 5 "
        "idle minutes to wipe logins, uses a dedicated Wi-Fi with whitelisted sites and switches monitors off at night to save "
        "power.",
    ),
    (
        "lFo106",
        "en",
        "dlib_pi",
        "Raspberry Pi digital signs for library room bookings and PC availability",
        "Tested by a university library: as catalogue terminals the Pis met most requirements but were sometimes slow to "
        "respond, while as digital signs showing room bookings and free PCs in IT labs they were ideal.",
    ),
    (
        "lFo107",
        "en",
        "libeverywhere",
        "Offline digital library for remote schools: one PC and a set of e-readers",
        "Thousands of e-books for communities with unreliable power and no internet: a PC, a number of e-readers and one "
        "trained person to run lending; the collection is updated by connecting to the project server. Installed in two "
        "schools in Kerala in June 2016.",
    ),
    (
        "lFo108",
        "en",
        "paliberty",
        "Shared e-book lending server for a library consortium",
        "A central e-book system hosted for member libraries: public-domain and licensed titles lent like print (one copy, "
        "one reader at a time), integrated with the Koha library system and a DRM server, on redundant virtual machines, so "
        "small libraries share content costs.",
    ),
    (
        "lFo109",
        "en",
        "lenny",
        "Self-hosted open-source e-book lending shelf",
        "Lenny, built with the Open Library team, lets a library or an individual store and lend the digital books it owns "
        "rather than renting access from platforms.",
    ),
    (
        "lFo110",
        "vi",
        "idt_cds",
        "Giải pháp chuyển đổi số thư viện công cộng theo Quyết định 206/QĐ-TTg",
        "Công ty công nghệ thư viện đề xuất lộ trình cho thư viện tỉnh, huyện: trang thông tin điện tử có dịch vụ trực tuyến, "
        "tích hợp dữ liệu mở của Hệ tri thức Việt số hóa, số hóa tài liệu, hình thành mạng lưới thư viện hiện đại theo mục "
        "tiêu đến 2025, định hướng 2030.",
    ),
    (
        "lFo111",
        "vi",
        "ninhhoa_qr",
        "Thư viện số quét mã QR đặt tại nhà văn hóa thôn",
        "Đặt mã QR ở nhà văn hóa, người dân dùng điện thoại quét để vào thư viện số đọc sách, báo, tải truyện cho con em ngay "
        "tại sân nhà văn hóa hay ở nhà; thôn thí điểm có khoảng 90 % người dân dùng smartphone.",
    ),
    (
        "lFo112",
        "vi",
        "tanthonghoi",
        "Mô hình thư viện tại bưu điện văn hóa xã",
        "Nâng cấp bưu điện văn hóa xã thành thư viện: hơn 800 quyển sách, báo chuyển đến hằng ngày, máy tính nối Internet, "
        "wifi miễn phí, TV có dịch vụ MyTV và kiosk thông tin nông thôn mới tự cập nhật kiến thức sản xuất nông nghiệp.",
    ),
]

OFFERS += [
    (
        "lFo113",
        "vi",
        "phutho_tusach",
        "Xây dựng tủ sách cộng đồng đã xử lý nghiệp vụ cho xã vùng đồng bào dân tộc",
        "Thư viện cấp tỉnh bàn giao tủ sách cộng đồng: 11 xã mỗi xã một tủ 233 bản, 13 xã được bổ sung 299 bản cho tủ sẵn có; "
        "sách đã phân loại, xử lý nghiệp vụ và cán bộ xã được hướng dẫn quản lý, vận hành, khai thác tủ sách.",
    ),
    (
        "lFo114",
        "vi",
        "tvtv_luanchuyen",
        "Luân chuyển sách về điểm đọc, phòng đọc và tủ sách chùa Khmer",
        "Thư viện tỉnh Trà Vinh định kỳ cùng trung tâm văn hóa huyện luân chuyển sách về cơ sở (đợt 2/2022 đưa 1.800 bản về "
        "huyện Cầu Ngang) gồm văn hóa, chính trị, pháp luật, kỹ thuật, đời sống cho điểm thư viện, phòng đọc và tủ sách chùa "
        "Khmer vùng sâu, vùng xa; duy trì và xây mới tủ sách ở cơ sở thờ tự.",
    ),
    (
        "lFo115",
        "vi",
        "thvl_luudong",
        "Xe ô tô thư viện lưu động phục vụ học sinh, người dân nông thôn",
        "Thư viện tỉnh Vĩnh Long tổ chức hàng trăm chuyến xe thư viện lưu động đưa sách về trường học và các xã nông thôn, "
        "phục vụ đọc tại chỗ, góp phần lan tỏa văn hóa đọc.",
    ),
    (
        "lFo116",
        "vi",
        "canbo_tv_cds",
        "Bồi dưỡng năng lực số cho cán bộ thư viện trường phổ thông",
        "Chương trình xác định các năng lực cán bộ thư viện trường phổ thông cần có trong chuyển đổi số và đề xuất cách phát "
        "huy đội ngũ này, gắn với Luật Giáo dục số 43/2019/QH14.",
    ),
    (
        "lFo117",
        "vi",
        "skkn_tvdt",
        "Kinh nghiệm xây dựng thư viện điện tử cho trường THPT",
        "Sáng kiến năm 2022 của nhân viên thư viện một trường THPT: ứng dụng công nghệ xây dựng mô hình thư viện hiện đại và "
        "thư viện điện tử để giáo viên, học sinh tiếp cận, khai thác tài liệu hiệu quả; có thể chia sẻ cách làm cho trường "
        "khác.",
    ),
    (
        "lFo118",
        "vi",
        "ptit_loan",
        "Bài tập thiết kế module quản lý mượn sách (UML)",
        "Báo cáo môn Kiến trúc và thiết kế phần mềm: xác định tác nhân, yêu cầu chức năng, phi chức năng và mô hình hóa UML "
        "cho module mượn sách trong một hệ quản lý thư viện.",
    ),
    (
        "lFo119",
        "vi",
        "tvu_bookstreet",
        "Tổ chức gian trưng bày sách tại đường sách, ngày sách",
        "Trung tâm văn hóa của trường đại học tham gia đường sách với hơn 500 đầu sách từ điển, chuyên khảo về ngôn ngữ, văn "
        "hóa, nghệ thuật, du lịch; sự kiện có 23 gian, hơn 10.000 bản sách và tọa đàm phát triển văn hóa đọc.",
    ),
    (
        "lFo120",
        "en",
        "updategadh",
        "Library management system student project with HTML source code",
        "Downloadable academic project: a library management web application in HTML with source code and a PDF report, for "
        "students to hand in as coursework.",
    ),
    # --- performing arts and festivals ---
    (
        "lFo121",
        "vi",
        "amthanh_ngoaitroi",
        "Thiết kế, cho thuê âm thanh sân khấu ngoài trời",
        "Loa line array treo truss hai bên sân khấu phủ âm xa và đều, loa sub tăng trầm, loa monitor cho nghệ sĩ; mixer kỹ "
        "thuật số (Digico, Allen & Heath), DSP, equalizer, limiter chống hú, méo; micro không dây chống nhiễu (Shure ULXD, "
        "Sennheiser); kỹ thuật viên xử lý gió, tiếng ồn, mặt bằng không đều.",
    ),
    (
        "lFo122",
        "vi",
        "xuongevent",
        "Cho thuê trọn gói thiết bị sự kiện: âm thanh, ánh sáng, màn LED, sân khấu",
        "Cung cấp loa, micro, mixer, đèn sân khấu, đèn hiệu ứng, màn hình LED, máy chiếu, máy quay, bộ xử lý tín hiệu hình "
        "ảnh, hạng mục sân khấu, khán đài và trang trí; tư vấn chọn thiết bị theo quy mô, mục đích, chất lượng và ngân sách "
        "từng chương trình.",
    ),
    (
        "lFo123",
        "vi",
        "chothueamthanh",
        "Dịch vụ cho thuê âm thanh sự kiện có cam kết xử lý sự cố",
        "Cho thuê hệ thống âm thanh cho hội nghị, lễ hội âm nhạc, chương trình ngoài trời thay vì ban tổ chức tự mua; giúp "
        "tránh chi phí phát sinh, chọn thiết bị đúng công suất và ràng buộc trách nhiệm khi rè, hú, mất tiếng.",
    ),
    (
        "lFo124",
        "vi",
        "dientu48",
        "Lắp đặt hệ thống âm thanh, ánh sáng cho sân khấu biểu diễn",
        "Thiết kế trọn bộ: loa toàn dải, sub, monitor; mixer analog hoặc digital; micro có dây, không dây; amply, cục đẩy; bộ "
        "xử lý EQ, compressor, reverb; đèn PAR LED chiếu nền, đèn moving head tạo hiệu ứng xoay, đổi màu và bàn điều khiển "
        "ánh sáng.",
    ),
    (
        "lFo125",
        "en",
        "nashville_light",
        "Festival and outdoor stage lighting design and rental",
        "Outdoor rigs planned structure first (ground-support towers or roof systems) and built from front wash so faces read "
        "from the back of the field and on camera, back light, moving heads and spots, beams through haze and audience "
        "blinders, all able to survive sun and wind with a load-in of hours.",
    ),
    (
        "lFo126",
        "en",
        "piratswapr",
        "Sound equipment for outdoor music festivals",
        "Main PA built on line arrays (d&b J-Series, L-Acoustics K1/K2 or Meyer LEO class) for controlled long-throw coverage "
        "scaled to the audience, with subwoofer stacks or arrays for even bass across the field.",
    ),
    (
        "lFo127",
        "vi",
        "bigtime_checkin",
        "Bán vé điện tử và ứng dụng soát vé cho ban tổ chức sự kiện",
        "Khách thanh toán trực tuyến nhận vé điện tử qua email, in ra hoặc mở trên điện thoại; ban tổ chức dùng ứng dụng "
        "check-in kiểm tra vé hợp lệ, mỗi vé chỉ dùng được một lần.",
    ),
    (
        "lFo128",
        "vi",
        "eventista_1zone",
        "Nền tảng vé sự kiện cho phép tặng, chuyển nhượng vé an toàn",
        "Vé điện tử quản lý theo vòng đời: người mua tặng hoặc chuyển nhượng ngay trên ứng dụng, vé cũ tự vô hiệu, tránh cảnh "
        "một vé bán cho nhiều người; tăng trải nghiệm sau mua cho khán giả.",
    ),
    (
        "lFo129",
        "vi",
        "u23_fake",
        "Vé chống giả nhiều lớp và kiểm soát ra vào bằng đầu đọc",
        "Vé gồm phần giấy (mẫu số, serial, loại vé, chỗ ngồi) và thẻ nhựa không tách rời; mã QR in trên cả hai để khán giả tự "
        "kiểm tra bằng ứng dụng; chip Mifare Classic 1K cá thể hóa là lớp bảo mật cao nhất; đầu đọc chuyên dụng kiểm soát "
        "khán giả vào, ra.",
    ),
    (
        "lFo130",
        "vi",
        "vff_ticket",
        "Cổng bán vé bóng đá trực tuyến chịu tải cao",
        "Hệ thống bán vé online cho trận đấu lớn phải chịu khoảng 2,7 triệu lượt truy cập, 130.000 lượt cùng lúc; bài học về "
        "hàng đợi, xác thực chống robot và giới hạn tối đa 4 vé mỗi người.",
    ),
    (
        "lFo131",
        "en",
        "mikeshenry_atem",
        "Budget multi-camera live-streaming kit and set-up",
        "A switcher-based kit for streaming events: Blackmagic ATEM Mini (about US$300) into a laptop, two camcorders, Rode "
        "on-camera and wireless lapel microphones and a Stream Deck controller - more than 95% cheaper than a traditional "
        "multi-camera studio.",
    ),
    (
        "lFo132",
        "en",
        "livebroadcast_in",
        "Live streaming of music festivals and cultural programmes",
        "Production crew for streaming cultural events: a dedicated engineer makes a separate streaming mix instead of "
        "tapping the PA feed, camera operators work in manual exposure through sunset and stage lighting, and several cameras "
        "cover ensembles and dance troupes.",
    ),
    (
        "lFo133",
        "en",
        "diginov_multicam",
        "Multi-camera live video streaming production",
        "Two to eight or more cameras switched live into a produced web broadcast, with three or more hours of set-up and "
        "testing, camera platforms where needed, and optional lighting and audio from the same crew.",
    ),
    (
        "lFo134",
        "en",
        "obs_course",
        "OBS Studio training for live streaming to YouTube",
        "Two 3.5-hour sessions on the free OBS Studio: scenes and sources, streaming to YouTube Live, streaming hardware, "
        "multi-camera set-ups, transitions and overlays, with practice homework and troubleshooting.",
    ),
]

OFFERS += [
    (
        "lFo135",
        "en",
        "regattamaster",
        "Regatta timing software with tablets, split timing and GPS trackers",
        "RM Timer on tablets with mobile internet records start, finish and 500 m split times; used at a national rowing "
        "championship over 3 days with 3 timing teams of 2 people per shift, and a GPS tracker option removes the need for "
        "staffed intermediate stations.",
    ),
    (
        "lFo136",
        "en",
        "hoc_photofinish",
        "Photo-finish line-scan camera timing for boat races",
        "A high-speed camera records a 1-pixel-wide strip across the line continuously; operators zoom in and pick the pixel "
        "where each bow crosses to assign official times, backed by redundant timing systems.",
    ),
    (
        "lFo137",
        "en",
        "rowtime_gps",
        "GPS-synchronised timing boxes for boat races",
        "Boxes take time from GPS satellites to microsecond accuracy; a button press logs each crew at start and finish, crew "
        "numbers can be keyed in afterwards, entries are imported from and results exported to race software, and crew number "
        "labels are printed from the system.",
    ),
    (
        "lFo138",
        "en",
        "horr_timing",
        "Tablet timing network with video cross-check and fast online results",
        "Timing at start, finish and two intermediate points on 10-inch Android tablets with a large keypad; four independent "
        "time streams are e-mailed over 3G every tenth crew, reconciled in a spreadsheet and checked against finish video; "
        "provisional results go online within minutes.",
    ),
    (
        "lFo139",
        "en",
        "nerowing_timing",
        "Volunteer timing team set-up for long-distance races",
        "Start and finish teams of four (laptop operator, stopwatch operator, sequence recorder, starter or spotter) log each "
        "crew on a laptop with a stopwatch and paper back-up; start and finish times are subtracted and ranked automatically.",
    ),
    (
        "lFo140",
        "vi",
        "tinkinhte_ghe",
        "Xây khán đài có mái che cho giải đua ghe",
        "Thi công khán đài kiên cố có mái che ven sông phục vụ lễ hội đua ghe (công trình tham khảo hơn 70 tỷ đồng), kèm "
        "phương án huy động hơn 100 xe khách chạy đêm đưa người xem.",
    ),
    (
        "lFo141",
        "vi",
        "vtv_sohoa_amnhac",
        "Số hóa tư liệu âm nhạc dân tộc vào thư viện số có tra cứu",
        "Viện nghiên cứu âm nhạc sao lưu băng cối, cassette, betacam, đĩa CD, DVD ghi âm, ghi hình diễn xướng dân gian của các "
        "dân tộc sang định dạng số đồng bộ, phân loại rồi đưa vào phần mềm quản lý để tìm theo từ khóa, phục vụ nghiên cứu, "
        "phục dựng, quảng bá và truyền dạy.",
    ),
    (
        "lFo142",
        "vi",
        "ngu_am_vl",
        "Trang bị dàn nhạc ngũ âm cho chùa Khmer",
        "Ngành văn hóa đầu tư cấp bộ nhạc cụ ngũ âm cho 13 chùa Khmer, hình thành dàn nhạc ngũ âm thiếu nhi biểu diễn trong "
        "các lễ hội.",
    ),
    (
        "lFo143",
        "en",
        "instoreport",
        "Outdoor music festival organising checklist",
        "Planning list for promoters: enough lead time, securing brand partners, a safe venue with room for stages and "
        "trailers, food vendors, booking artists months ahead and hiring photographers for golden-hour and night shots.",
    ),
    (
        "lFo144",
        "vi",
        "vietteam",
        "Tổ chức sự kiện doanh nghiệp trọn gói",
        "Đơn vị tổ chức hội nghị, khai trương, sự kiện ngoài trời cho doanh nghiệp, chú trọng âm thanh ánh sáng để truyền tải "
        "thông điệp thương hiệu và cảm xúc người tham dự.",
    ),
    # --- local radio, television and community media ---
    (
        "lFo145",
        "vi",
        "tayninh_loa",
        "Cụm loa truyền thanh thông minh dùng 3G/4G và trí tuệ nhân tạo",
        "Lắp đặt, vận hành cụm loa thông minh cho xã (đã làm 200 cụm tại 19 xã, trong đó 13 xã biên giới): phát qua mạng "
        "3G/4G, dùng AI đọc tin, không cần máy phát, cột ăng ten hay giấy phép tần số, giảm chi phí bảo trì mà vẫn giữ chất "
        "lượng âm thanh.",
    ),
    (
        "lFo146",
        "vi",
        "vnpt_ics",
        "Hệ thống truyền thông thông minh cho thông tin cơ sở ba cấp",
        "Nền tảng sản xuất, biên tập nội dung, nhận tin từ hệ thống thông tin nguồn trung ương và đưa tới người dân qua loa "
        "truyền thanh, bảng tin điện tử công cộng; quản lý tập trung, báo cáo tình trạng, đáp ứng Thông tư 39/2020/TT-BTTTT; "
        "người dân gửi phản hồi tới cơ quan chức năng.",
    ),
    (
        "lFo147",
        "vi",
        "thanhhoa_ttm",
        "Phần mềm truyền thanh thông minh phát tin từ máy tính qua Internet",
        "Thay truyền thanh sóng FM bằng loa IP nhận bản tin qua Internet, 3G/4G; cán bộ văn hóa xã chỉ cần máy tính cài phần "
        "mềm là phát ngay chỉ đạo khẩn từ bất cứ đâu, lên lịch phát, không phải lên phòng máy của xã.",
    ),
    (
        "lFo148",
        "vi",
        "saigonet_ip4g",
        "Tích hợp loa truyền thanh IP 4G cấp xã với hệ thống thông tin nguồn cấp tỉnh",
        "Kết nối hệ thống loa IP 4G xã, phường vào hệ thống thông tin nguồn tỉnh và trung ương theo hướng dẫn phiên bản 2.0 "
        "(văn bản 2455/BTTTT-TTCS ngày 27/6/2023); phát theo lịch, theo vùng, tích hợp cổng thông tin, mạng xã hội, ứng dụng "
        "di động.",
    ),
    (
        "lFo149",
        "vi",
        "ip_pa_sip",
        "Hệ thống âm thanh thông báo công cộng IP chuẩn SIP",
        "Phần mềm trung tâm trên máy tính điều khiển loa IP chuẩn SIP qua mạng LAN, WAN, Internet sẵn có: phát thông báo, nhạc, "
        "cảnh báo khẩn và đàm thoại hai chiều không giới hạn khoảng cách, tiết kiệm dây cáp so với hệ analog.",
    ),
    (
        "lFo150",
        "vi",
        "mobifone_loa_ai",
        "Loa thông minh tích hợp AI tuyên truyền pháp luật trong trường học",
        "Công trình thanh niên lắp loa thông minh tại một trường THCS, cập nhật nội dung và lịch phát từ xa bằng một cú nhấp "
        "chuột, AI tự cập nhật nội dung an toàn giao thông, pháp luật theo yêu cầu; dự kiến mở rộng ra 10 trường.",
    ),
    (
        "lFo151",
        "en",
        "prometheus_lpfm",
        "Studio building for low-power community FM stations",
        "Help to find a space and to choose, wire and test studio gear, including the items low-power FM stations must have "
        "by law, plus an automation computer for overnight programmes, reruns and station IDs; many stations get on air for "
        "under US$15,000.",
    ),
    (
        "lFo152",
        "en",
        "radioactive_faq",
        "Community radio transmitter and coverage planning",
        "Matching coverage to the audience: antenna height and line of sight, interference from stations on the same "
        "frequency, and transmitter power (about 1 W ERP reaches roughly a mile, 50 W ERP about 20 miles), with "
        "studio-to-transmitter links for sites up to 20 km from the studio.",
    ),
    (
        "lFo153",
        "en",
        "mojo_local",
        "Mobile journalism coaching for small local newsrooms",
        "Trainer-led workflows for shooting, editing and filing video from a smartphone on deadline: one fixed set of apps, a "
        "tripod or gimbal for steady shots, portable lights for low light, 'zoom with your feet', and back-up storage and "
        "data.",
    ),
    (
        "lFo154",
        "en",
        "mojo_ejo",
        "12-week mobile journalism course for reporters",
        "Covers mobile photography, video shooting, TV and social package editing, podcasts and live streaming with "
        "professional apps such as FiLMiC Pro, LumaFusion and Ferrite, kept current with input from newsrooms worldwide.",
    ),
    (
        "lFo155",
        "en",
        "flemish_asr",
        "Speech recognition and automatic subtitling trained on broadcast subtitles",
        "End-to-end models that use a broadcaster's existing TV subtitles as weak supervision to produce both verbatim "
        "transcripts and readable subtitles for a low-resource language variety; scaled to 14,000 hours and competitive with "
        "Whisper using far fewer parameters.",
    ),
    (
        "lFo156",
        "en",
        "jat_asr",
        "Evaluation of ASR-generated subtitles for broadcasting",
        "Accuracy and readability audit of automatic subtitling tools (error models by severity, segmentation and timing "
        "review) for a broadcaster; ASR output fell short of the 98% industry threshold, so we design the customisation and "
        "human post-editing steps needed.",
    ),
    (
        "lFo157",
        "en",
        "khmer_tts_review",
        "Khmer speech technology (text-to-speech and recognition) consulting",
        "Review and system design for Khmer text-to-speech and speech-to-text: word segmentation for text written without "
        "spaces, grapheme-to-phoneme handling of stacked consonants, datasets and benchmarks, building on work since the first "
        "Khmer broadcast-news transcription system (LREC 2008).",
    ),
    (
        "lFo158",
        "en",
        "khmer_tts_festival",
        "Khmer text-to-speech application with browser plug-in",
        "A Khmer TTS system built on the Festival framework with a cleaned diphone database and Khmer word segmentation, "
        "running on Windows and Unix, plus a plug-in that reads Khmer text aloud in web browsers and web mail.",
    ),
    (
        "lFo159",
        "vi",
        "mam_vn",
        "Hệ thống quản lý tài sản truyền thông (MAM) cho đài truyền hình",
        "Đưa file vào MAM kèm thông tin chỉ mục (nội dung hình ảnh, người thực hiện, ngày, quyền truy cập, chất lượng, định "
        "dạng, ghi chú đạo diễn); chuyển mã, tìm kiếm như công cụ tìm kiếm, chỉnh sửa, sao lưu, duyệt xem; phủ cả khâu sản "
        "xuất và phân phối, chuyển lưu trữ sâu hoặc khai thác dịch vụ.",
    ),
    (
        "lFo160",
        "en",
        "cdv_mam",
        "Enterprise multimedia content management platform for broadcasters",
        "Service-oriented platform for collecting, editing, cataloguing, indexing and storing large volumes of programme "
        "material, with acquisition hardware to rescue ageing tapes whose format conversions lose quality; authorised users "
        "retrieve content anywhere over the network.",
    ),
    (
        "lFo161",
        "en",
        "mam_tape",
        "Media asset management with tape ingest and dual-resolution storage",
        "Ingest from satellite feeds and videotape through capture cards, keeping high-bit-rate masters (e.g. MPEG-2 at "
        "50 Mbps) for editing and playout alongside low-bit-rate MPEG-4 or WMV proxies for online preview and on-demand "
        "viewing.",
    ),
    (
        "lFo162",
        "vi",
        "tv_khmer_press",
        "In và phát hành báo tiếng Khmer",
        "Tòa soạn 36 cán bộ, phóng viên phát hành báo in hai thứ tiếng: 3 kỳ/tuần tiếng Việt và 2 kỳ/tuần tiếng Khmer cho cán "
        "bộ, sư sãi, học sinh Khmer.",
    ),
    (
        "lFo163",
        "vi",
        "vietnamplus_fm",
        "Thi công lắp đặt đài phát thanh FM công suất lớn",
        "Đầu mối thi công, lắp đặt đài phát thanh quốc gia FM (như đài tần số 94 MHz) phủ sóng vùng sâu, vùng xa; đã lắp 12 "
        "đài trên khắp lãnh thổ nước bạn từ năm 2008.",
    ),
    (
        "lFo164",
        "en",
        "thinkandsave_lpfm",
        "History and licensing of US low-power FM radio",
        "Explainer on how low-power FM was suppressed and then restored through the Low Power FM Act of 2000 and the Local "
        "Community Radio Act of 2010, its noncommercial rules and underwriting, and the factors behind FM coverage.",
    ),
    (
        "lFo165",
        "vi",
        "svayrieng_tv",
        "Lắp đặt đài phát sóng truyền hình cấp tỉnh",
        "Thi công trạm phát sóng truyền hình mặt đất cho một tỉnh của nước bạn (công trình quà tặng); từ năm 2008 đã lắp 19 "
        "đài phát thanh và 2 đài phát sóng truyền hình.",
    ),
]
