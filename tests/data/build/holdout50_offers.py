"""Offers of the holdout50 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- quality management systems (ISO 9001) ---
    (
        "jZo001",
        "vi",
        "iso9001_tanquang",
        "Tư vấn xây dựng hệ thống quản lý chất lượng ISO 9001 cho doanh nghiệp sản xuất nhỏ",
        "Chúng tôi giải thích ISO 9001 là gì, vì sao khách hàng và đối tác ngày càng yêu cầu, và cùng doanh nghiệp "
        "xây dựng hệ thống quản lý chất lượng vận hành thực chất chứ không chỉ để treo giấy chứng nhận. Dịch vụ gồm "
        "khảo sát hiện trạng, soạn chính sách, quy trình, đào tạo nhân viên và đồng hành đến khi đánh giá chứng nhận.",
    ),
    (
        "jZo002",
        "en",
        "iso9001_9001council",
        "Low-budget ISO 9001 implementation package for SMEs (about three months)",
        "Small firms can run the ISO 9001 project mostly in-house with our templates and coaching instead of paying "
        "large consultant fees. Our records show SMEs typically reach certification in about three months, roughly "
        "three and a half months in Southeast Asia. We provide the implementation roadmap, document kit and readiness "
        "check before the certification audit.",
    ),
    (
        "jZo003",
        "vi",
        "iso9001_itc",
        "Hướng dẫn tự áp dụng ISO 9001 cho doanh nghiệp nhỏ theo sổ tay của ISO và ITC",
        "Chuyển giao bộ tài liệu hướng dẫn 'ISO 9001 cho doanh nghiệp nhỏ – Cần làm gì' do ban kỹ thuật ISO/TC 176 và "
        "Trung tâm Thương mại Quốc tế biên soạn. Chúng tôi tổ chức lớp tập huấn ngắn giúp chủ cơ sở tự đọc yêu cầu "
        "tiêu chuẩn, xác định quá trình, lập hồ sơ tối thiểu và tự đánh giá trước khi mời tổ chức chứng nhận.",
    ),
    (
        "jZo004",
        "vi",
        "iso9000_zun",
        "Khóa đào tạo tám nguyên tắc quản lý chất lượng và cấu trúc bộ tiêu chuẩn ISO 9000",
        "Khóa học một ngày cho cán bộ quản lý: lịch sử tổ chức ISO, cấu trúc bộ ISO 9000 và tám nguyên tắc như định "
        "hướng khách hàng, tiếp cận theo quá trình, cải tiến liên tục, quyết định dựa trên dữ liệu. Học viên được "
        "phát tài liệu và bài tập áp dụng vào hệ thống quản lý chất lượng của đơn vị mình.",
    ),
    (
        "jZo005",
        "en",
        "iso9001_ciiicle",
        "Continuous-improvement route to ISO 9000 certification instead of a fast-track certificate",
        "We advise small business owners who want a quality system that staff actually use. Rather than a pre-packaged "
        "fast track that adds pure overhead, we build documentation around how the business really runs, counting an "
        "automated system as documentation where it forces one way of working. External advice covers what auditors "
        "will and will not accept.",
    ),
    (
        "jZo006",
        "en",
        "iso9001_letitbe",
        "Three-stage ISO 9001 certification support for micro businesses with fewer than ten staff",
        "Stage one is a one-day pre-certification audit with a written report the next day; stage two is a consultant-"
        "guided period to close the gaps; stage three is the certification audit, usually two days, with the "
        "certificate issued within a month. We also help owners weigh the costs against the benefits for their sector.",
    ),
    (
        "jZo007",
        "vi",
        "ns_vinhlong",
        "Dự án hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa tỉnh Vĩnh Long",
        "Dự án do tỉnh phê duyệt ngày 3/8/2016 hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công cụ cải "
        "tiến năng suất và đổi mới công nghệ ở các ngành then chốt. Doanh nghiệp được hỗ trợ một phần kinh phí tư "
        "vấn, đào tạo và chứng nhận để nâng năng lực cạnh tranh.",
    ),
    (
        "jZo008",
        "en",
        "iso9001_eatsip_right",
        "Decision coaching: is ISO 9001 the right move for your workshop?",
        "Many small machine shops lose bids to certified competitors even when their quality is excellent. Our coaching "
        "session walks owners through what ISO 9001 really is (a framework for consistent processes, not a rulebook), "
        "who benefits, the real costs, and whether certification pays off for their customers and tenders.",
    ),
    (
        "jZo009",
        "vi",
        "vnpi_vuhongdan",
        "Nâng cao năng suất doanh nghiệp bằng mô hình hệ thống quản lý và công cụ cải tiến (Viện Năng suất Việt Nam)",
        "Chuyên gia Viện Năng suất Việt Nam tư vấn lựa chọn và kết hợp các hệ thống quản lý (ISO 9001, ISO 14001...) "
        "với công cụ cải tiến như 5S, Kaizen, Lean, TPM phù hợp quy mô doanh nghiệp. Gói hỗ trợ gồm đánh giá hiện "
        "trạng năng suất, đào tạo và triển khai thí điểm theo chương trình quốc gia về năng suất chất lượng.",
    ),
    # --- food safety systems (HACCP, ISO 22000, GMP) ---
    (
        "jZo010",
        "en",
        "haccp_vintecom",
        "HACCP consulting and training built on TCVN 5603:2023 and prerequisite programmes",
        "We set up HACCP plans for food manufacturers on a foundation of prerequisite programmes: GMP, SSOP, "
        "sanitation, personnel hygiene and environmental control. Services cover hazard analysis, critical control "
        "points, validation and verification, corrective actions and traceability records, plus in-house HACCP "
        "training courses for QA staff.",
    ),
    (
        "jZo011",
        "en",
        "haccp_aaron",
        "HACCP certification pathway for Vietnamese food processors: from gap analysis to audit",
        "Our team starts with a gap analysis of current food safety practice, then develops and implements the HACCP "
        "plan, trains staff and keeps records ready for an accredited certification body. Suitable for seafood, meat, "
        "dairy and processed food plants seeking local compliance or export markets.",
    ),
    (
        "jZo012",
        "en",
        "haccp_thiendi",
        "HACCP certification dossier service under TCVN 5603 / Codex",
        "Law firm service that prepares the HACCP study and certification dossier for food businesses: hazard "
        "analysis, identification of CCPs, monitoring, corrective actions and documentation. We liaise with the "
        "certification body and keep the HACCP study updated when processes change.",
    ),
    (
        "jZo013",
        "vi",
        "haccp_bepvesinh",
        "Thiết kế, thi công bếp và khu chế biến đạt yêu cầu HACCP, GMP, SSOP",
        "Đơn vị chuyên bếp công nghiệp nhận khảo sát, thiết kế mặt bằng một chiều, lựa chọn thiết bị inox và bố trí "
        "khu sơ chế, chế biến, đóng gói sao cho kiểm soát được mối nguy từ nguyên liệu đến phân phối. Bàn giao kèm "
        "hướng dẫn quy phạm vệ sinh (SSOP) và thực hành sản xuất tốt (GMP) để cơ sở đi tiếp chứng nhận HACCP.",
    ),
    (
        "jZo014",
        "vi",
        "iso22000_tdc",
        "Đào tạo hệ thống quản lý an toàn thực phẩm ISO 22000:2018 cho cán bộ cơ sở chế biến",
        "Khóa học giới thiệu yêu cầu ISO 22000, điểm khác biệt so với HACCP, cách kiểm soát vệ sinh an toàn suốt quá "
        "trình sản xuất, chế biến. Học viên thực hành xây dựng chương trình tiên quyết, kế hoạch HACCP và đánh giá "
        "nội bộ; được cấp chứng chỉ sau khóa học.",
    ),
    (
        "jZo015",
        "en",
        "gmp_freshield",
        "GMP prerequisite programme set-up for small food plants",
        "We define the basic operating conditions and minimum hygiene requirements a small plant needs before HACCP: "
        "premises, equipment, cleaning, pest control and staff practices. Written GMP programmes help prevent "
        "foodborne illness, injuries and recalls and keep the plant compliant with food safety law.",
    ),
    (
        "jZo016",
        "en",
        "gmp_foodsconnected",
        "GMP documentation, supplier control and internal audit software for food manufacturers",
        "Cloud toolkit that turns GMP rules into procedures, checklists and records: equipment, production controls, "
        "supplier approval, labelling checks and internal audits. It helps small manufacturers show consistent "
        "quality, avoid failed audits and reduce recall losses.",
    ),
    (
        "jZo017",
        "vi",
        "gmp_slideshare",
        "Mô-đun đào tạo thực hành sản xuất tốt (GMP) trong chế biến thực phẩm",
        "Bộ bài giảng chuyển giao cho cơ sở: yêu cầu nhà xưởng và khu vực xung quanh, kết cấu nhà máy, thao tác vệ "
        "sinh, tiện nghi vệ sinh; kiểm soát mối nguy vi sinh, hóa học, vật lý qua vệ sinh, giám sát môi trường, kiểm "
        "soát nhà cung cấp và quy trình thu hồi sản phẩm.",
    ),
    (
        "jZo018",
        "en",
        "gmp_myfoodsafety",
        "GMP how-to programme: foreign body prevention, colour coding and allergen management",
        "Practical GMP package for processors covering good housekeeping and hygiene, foreign-body prevention, "
        "cross-contamination control, personal hygiene, colour-coded utensils and allergen management. Delivered as "
        "templates and an on-site coaching day.",
    ),
    (
        "jZo019",
        "vi",
        "ssop_chungnhan",
        "Hướng dẫn phân biệt và áp dụng SSOP, GMP, HACCP cho cơ sở thực phẩm",
        "Tổ chức chứng nhận hướng dẫn cơ sở hiểu đúng quy phạm vệ sinh chuẩn (SSOP), thực hành sản xuất tốt (GMP) và "
        "hệ thống HACCP, nên làm phần nào trước, phần nào sau. Nhận đánh giá, cấp giấy chứng nhận khi cơ sở đáp ứng.",
    ),
    (
        "jZo020",
        "en",
        "haccp_essential",
        "HACCP system development for Vietnamese food exporters",
        "For processors selling seafood, rice, fruit and processed foods abroad, we build HACCP systems step by step: "
        "hazard analysis, CCPs, critical limits, monitoring, corrective actions, verification and documentation. We "
        "train staff and prepare the plant for certification bodies accredited internationally, as demanded by EU, "
        "US and Japanese buyers.",
    ),
    # --- traceability, QR stamps ---
    (
        "jZo021",
        "vi",
        "qr_xaydungtoday",
        "Giải pháp tem truy xuất nguồn gốc QR-Code chống hàng giả cho sản phẩm OCOP",
        "Cung cấp tem QR gắn với hồ sơ điện tử của từng lô hàng theo tinh thần Đề án 100/QĐ-TTg về truy xuất nguồn "
        "gốc. Người mua quét mã để xem cơ sở sản xuất, vùng nguyên liệu, ngày đóng gói; doanh nghiệp được hướng dẫn "
        "quy trình cập nhật dữ liệu và áp dụng tiêu chuẩn quốc gia về hệ thống truy xuất.",
    ),
    (
        "jZo022",
        "en",
        "tv_114ocop",
        "Provincial traceability e-data platform with stamp supply and training for cooperatives",
        "Tra Vinh's OCOP and traceability steering committee offers consulting to bring key products onto a shared "
        "electronic traceability platform. Cooperatives receive training on using traceability stamps (four courses "
        "held for rice, green-skin pomelo, melon and organic rice co-ops) and subsidised stamps; about 50,000 stamps "
        "were supplied in one year.",
    ),
    (
        "jZo023",
        "vi",
        "tv_sohuutritue",
        "Thí điểm quản lý truy xuất nguồn gốc gắn với sàn thương mại điện tử tỉnh",
        "Mô hình do ngành nông nghiệp Trà Vinh triển khai giai đoạn 2021-2022 với kinh phí gần 1,3 tỷ đồng: xây dựng "
        "hồ sơ truy xuất cho 8 công ty và cơ sở, đồng thời đưa sản phẩm lên giao dịch trên sàn điện tử của tỉnh. "
        "Sẵn sàng nhân rộng cho doanh nghiệp, hợp tác xã có nhu cầu.",
    ),
    (
        "jZo024",
        "en",
        "qr_vietmaz_hanoi",
        "Government traceability portal accounts (check.gov.vn model) for producers and fruit shops",
        "The agro-forestry-fisheries quality agency opens accounts on the traceability portal for co-ops, processors, "
        "packers and retailers and issues QR code sets linked to each product. In Hanoi the system already covers "
        "766 fruit shops and 2,854 producers with almost 10,000 code sets. We provide onboarding and data-entry support.",
    ),
    (
        "jZo025",
        "en",
        "qr_worldbank",
        "Advisory on digital traceability for fruit and vegetable value chains",
        "Drawing on the World Bank's 2022 study of digital traceability in Vietnam's fruit and vegetable chains, we "
        "help provinces and cooperatives choose traceability technology, decide which data to record at farm, packing "
        "and trading stages, and link it to export market requirements.",
    ),
    (
        "jZo026",
        "en",
        "qr_hindawi",
        "Blockchain-based traceability framework linking cooperatives, farmers and consumers",
        "University research team transfers a blockchain traceability design in which production and distribution "
        "records cannot be altered once written, so consumers and buyers can verify origin. The framework aims to "
        "raise prices and protect agricultural brands; we offer a pilot deployment with one cooperative.",
    ),
    (
        "jZo027",
        "en",
        "qr_fftc_dragon",
        "Blockchain proof-of-provenance platform tracing a single fruit back to its farmer",
        "Platform first piloted with two dragon-fruit exporters to meet Australian import conditions: every fruit can be "
        "traced to the individual farm with data attached along the export journey. We transfer the set-up, "
        "operating procedures and lessons on exporter-led adoption.",
    ),
    (
        "jZo028",
        "vi",
        "qr_quangnam",
        "Hỗ trợ định danh sản phẩm OCOP: công bố chất lượng, truy xuất nguồn gốc, trang thiết bị",
        "Theo mô hình đã làm ở Quảng Nam, chúng tôi hỗ trợ chủ thể OCOP từ công bố, chứng nhận chất lượng đến xây "
        "dựng hệ thống truy xuất nguồn gốc; giai đoạn 2018-2020 đã hỗ trợ máy móc cho 177 sản phẩm. Áp dụng công "
        "nghệ blockchain để dữ liệu vùng trồng không bị sửa đổi, chống hàng giả.",
    ),
    (
        "jZo029",
        "en",
        "qr_tuoitre",
        "One-time QR labels for packaged vegetables and pork with a free scanning app",
        "Programme model from Ho Chi Minh City: each package carries a single-use QR label; any smartphone scanner shows "
        "the product name, where and when it was grown, packing and distribution dates and the pesticides and "
        "fertilisers used. We help VietGAP cooperatives join and supply supermarkets.",
    ),
    (
        "jZo030",
        "vi",
        "qr_quangtri",
        "Đưa sản phẩm OCOP lên 'kệ hàng số' gắn với truy xuất nguồn gốc",
        "Gói hỗ trợ mở gian hàng trên sàn thương mại điện tử kèm mã truy xuất nguồn gốc cho từng sản phẩm, giúp người "
        "mua phân biệt hàng thật với hàng giả, hàng nhái khi mua trực tuyến. Doanh nghiệp được tập huấn cập nhật "
        "thông tin và quảng bá thương hiệu địa phương.",
    ),
    # --- barcodes ---
    (
        "jZo031",
        "en",
        "bc_ivory",
        "GS1 barcode licensing guide: single GTIN or company prefix",
        "We explain when internal barcodes are enough and when a GS1-authorised number is required, then walk you "
        "through licensing: a single GTIN (about USD 30 in the US, no annual fee) for a few products, or a GS1 company "
        "prefix for growing product lines, cases and pallets.",
    ),
    (
        "jZo032",
        "en",
        "bc_shoppingfeedback",
        "Barcode registration service for entrepreneurs: UPC/EAN planning per product variant",
        "We count your product variants (a shirt in three sizes and three colours needs nine codes), obtain the GS1 "
        "company prefix from your local member organisation and produce print-ready UPC or EAN symbols for retail and "
        "online marketplaces.",
    ),
    (
        "jZo033",
        "en",
        "bc_kabbage",
        "Barcode-based inventory and checkout system for small sellers",
        "Set-up of barcode scanning for stock control and faster checkout: fewer manual errors, real-time stock "
        "levels, less staff time and easier detection of theft. Includes scanners, labels and software configuration.",
    ),
    (
        "jZo034",
        "en",
        "bc_india",
        "Barcode assignment records and retailer product-data sheets",
        "Barcodes carry only a number; retailers must load your product details into their POS. We keep an assignment "
        "register so numbers are never duplicated and prepare spreadsheets and product information sheets for each "
        "retailer or online platform.",
    ),
    (
        "jZo035",
        "vi",
        "bc_huynhlong",
        "Tư vấn mã hóa sản phẩm theo chuẩn GS1 và quy định Việt Nam",
        "Hướng dẫn doanh nghiệp gán mã định danh duy nhất cho từng sản phẩm, lô hàng theo hệ thống GS1, kết nối với "
        "quản lý kho, truy xuất nguồn gốc và chống hàng giả. Tư vấn lựa chọn loại mã, in ấn và tuân thủ quy định "
        "về mã số mã vạch tại Việt Nam.",
    ),
    (
        "jZo036",
        "vi",
        "bc_azlaw",
        "Dịch vụ lập hồ sơ đăng ký mã số mã vạch tại Văn phòng GS1 Việt Nam",
        "Chúng tôi chuẩn bị bản đăng ký sử dụng mã số mã vạch, bảng danh mục GTIN, bản sao đăng ký kinh doanh và nộp "
        "hồ sơ thay doanh nghiệp, theo dõi đến khi được cấp mã doanh nghiệp phù hợp số lượng sản phẩm.",
    ),
    (
        "jZo037",
        "vi",
        "bc_phuyen",
        "Hướng dẫn cấu trúc mã GTIN-13 (đầu 893) và gán số cho từng mặt hàng",
        "Tập huấn ngắn giải thích mã quốc gia 893, số phân định doanh nghiệp, số phân định vật phẩm và số kiểm tra; "
        "cách gán số cho từng loại, quy cách sản phẩm, in mã vạch đúng kích thước để máy quét đọc được.",
    ),
    # --- labelling and packaging ---
    (
        "jZo038",
        "vi",
        "lbl_khpt",
        "Rà soát nhãn hàng hóa theo Nghị định 43/2017: nội dung bắt buộc và nhãn phụ",
        "Chuyên viên kiểm tra nhãn của bạn: tên hàng, tên và địa chỉ tổ chức chịu trách nhiệm, xuất xứ và các nội dung "
        "theo nhóm hàng như định lượng, ngày sản xuất, hạn sử dụng, cảnh báo. Hướng dẫn làm nhãn phụ tiếng Việt cho "
        "hàng nhập khẩu và các trường hợp được miễn ghi nhãn như thực phẩm tươi sống bán trực tiếp.",
    ),
    (
        "jZo039",
        "en",
        "lbl_apolat",
        "Label origin statement review under Decree 111/2021",
        "Legal review of how your labels state origin: self-determined by the producer or importer and written as "
        "'made in', 'manufactured by' or, when origin cannot be determined, 'packed at', 'bottled at' or 'assembled at' "
        "the place of the final stage. We also check the name and address of responsible parties.",
    ),
    (
        "jZo040",
        "en",
        "lbl_pci",
        "Vietnamese-language label compliance service for goods circulating in Vietnam",
        "We check that labels show in Vietnamese the goods name, responsible organisation and address, origin and the "
        "other mandatory items for the product type. For imports we arrange Vietnamese supplementary labels applied "
        "after customs clearance, before goods leave the warehouse.",
    ),
    (
        "jZo041",
        "en",
        "lbl_lawnet",
        "Checklist of mandatory label items by goods group (Appendix I of Decree 111/2021)",
        "Compact checklist and review service matching each product group (foods, beverages, cosmetics, agricultural "
        "inputs and more) to the label items required by Appendix I, with an explanation of what changed from 15 "
        "February 2022.",
    ),
    (
        "jZo042",
        "en",
        "lbl_111_scribd",
        "English text and briefing of Decree 111/2021 amending Vietnam's goods-label rules",
        "Bilingual briefing for exporters and importers based on the full English text of the decree: scope, goods "
        "exempted (fresh food sold unpackaged, bulk materials, used goods), Vietnamese-language requirement and "
        "labelling of imported goods.",
    ),
    (
        "jZo043",
        "vi",
        "pkg_stilldesign",
        "Thiết kế bao bì, nhãn mác sản phẩm OCOP theo tiêu chí chấm điểm",
        "Nhóm thiết kế rà soát tính pháp lý của nhãn (khối lượng tịnh, thành phần, ngày sản xuất, hạn dùng, mã vạch, "
        "QR truy xuất; cỡ chữ tối thiểu 6-7 pt) rồi xây dựng nhận diện thương hiệu, câu chuyện địa phương và bao bì "
        "song ngữ cho kênh du lịch, xuất khẩu. Bàn giao file in và mẫu thử.",
    ),
    (
        "jZo044",
        "vi",
        "pkg_binhthuan",
        "Hỗ trợ thiết kế bộ nhận diện, tem nhãn, bao bì cho hợp tác xã có nhãn hiệu tập thể",
        "Trung tâm ứng dụng tiến bộ khoa học công nghệ đã hỗ trợ 7 hợp tác xã phát triển nhãn hiệu tập thể và thiết kế "
        "bộ nhận diện tích hợp logo, tem nhãn, bao bì (thanh long, sầu riêng, táo...). Nhận tiếp hồ sơ các HTX, tổ hợp "
        "tác có sản phẩm đặc sản cần làm mẫu tem nhãn và bao bì.",
    ),
    (
        "jZo045",
        "vi",
        "pkg_mic",
        "Tư vấn thiết kế mẫu mã bao bì sản phẩm OCOP phù hợp yêu cầu siêu thị",
        "Chuyên gia thiết kế và đại diện hệ thống siêu thị góp ý trực tiếp cho chủ thể OCOP 1-3 sao: bao bì đang dùng "
        "túi, chai thông thường, thiếu nét riêng, chưa thể hiện tiêu chuẩn. Cơ sở được hướng dẫn nâng cấp mẫu mã để "
        "đủ điều kiện lên kệ siêu thị.",
    ),
    (
        "jZo046",
        "vi",
        "lbl_thutucxnk",
        "Tra cứu và giải thích Nghị định 111/2021 sửa đổi quy định về nhãn hàng hóa",
        "Dịch vụ thủ tục xuất nhập khẩu cung cấp văn bản Nghị định 111/2021/NĐ-CP, giải thích phạm vi áp dụng, hàng "
        "hóa không phải ghi nhãn và nghĩa vụ ghi nhãn của nhà sản xuất, nhà nhập khẩu; hỗ trợ làm nhãn phụ cho lô hàng.",
    ),
    # --- self-declaration of conformity and testing laboratories ---
    (
        "jZo047",
        "vi",
        "sd_luatvn",
        "Dịch vụ tự công bố sản phẩm thực phẩm theo Nghị định 15/2018",
        "Xác định sản phẩm thuộc diện tự công bố (thực phẩm chế biến bao gói sẵn, phụ gia, dụng cụ, bao bì tiếp xúc "
        "thực phẩm) hay phải đăng ký bản công bố (thực phẩm bảo vệ sức khỏe, dinh dưỡng y học, sản phẩm cho trẻ dưới "
        "36 tháng). Chúng tôi lấy mẫu kiểm nghiệm, soạn bản tự công bố và nộp cơ quan tiếp nhận.",
    ),
    (
        "jZo048",
        "en",
        "sd_tin",
        "Product self-declaration package: Form 01 plus ISO 17025 test report within 12 months",
        "We prepare the self-declaration on Form 01 of Annex I, arrange a food safety test report issued by a designated "
        "or ISO 17025 laboratory within 12 months, publish the declaration and file one copy with the provincial "
        "authority. Advice on choosing where to file when you have several factories.",
    ),
    (
        "jZo049",
        "en",
        "sd_vnthings",
        "Step-by-step self-declaration for pre-packaged foods, additives and food-contact packaging",
        "Guide and filing support: documents in Vietnamese, posting the declaration on media, your website or at the "
        "premises, and submitting it to the receiving authority, after which you may produce and sell immediately "
        "and bear full responsibility for safety.",
    ),
    (
        "jZo050",
        "en",
        "sd_vietlabo",
        "Free indicator consulting and food safety testing for self-declaration",
        "Eurofins Sac Ky Hai Dang advises free of charge which safety indicators your product must be tested for, then "
        "tests it in its accredited laboratory and issues the result sheet needed for self-declaration under Decree 15.",
    ),
    (
        "jZo051",
        "en",
        "sd_chemlinked",
        "Regulatory watch service: 2025 draft amendment to Decree 15/2018 on product declarations",
        "Briefings for food firms on the Ministry of Health's March 2025 draft: who may declare (manufacturer, product "
        "owner or authorised agent), which products must be declared and revised dossier requirements, with comment "
        "deadlines and practical impact.",
    ),
    (
        "jZo052",
        "vi",
        "lab_biotrax",
        "Kiểm nghiệm vi sinh thực phẩm tại phòng thử nghiệm được công nhận ISO/IEC 17025",
        "Phòng thử nghiệm vi sinh được đánh giá hằng năm theo ISO 17025, kiểm soát độ không đảm bảo đo và truy xuất "
        "được từng thuốc thử, thiết bị, số đọc. Nhận mẫu thành phẩm, nguyên liệu, nước và mẫu môi trường; kết quả "
        "dùng được cho kế hoạch an toàn thực phẩm và hồ sơ công bố.",
    ),
    (
        "jZo053",
        "en",
        "lab_eurofins",
        "Shelf-life testing to set best-before dates",
        "We store your product for an agreed period and follow the growth of microorganisms such as total counts, "
        "yeasts and moulds, lactic acid bacteria and enterobacteria. The results define the best-before date printed "
        "on the label.",
    ),
    (
        "jZo054",
        "en",
        "lab_haccpmentor",
        "Advice on choosing an external food testing laboratory",
        "Independent advice for food businesses: check ISO/IEC 17025:2017 accreditation and its scope for the tests "
        "you need, ask about proficiency testing of analysts, and whether the lab subcontracts. We help you draw up a "
        "testing plan for products, raw materials, water and environment.",
    ),
    (
        "jZo055",
        "vi",
        "lab_dalat",
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh: thử nghiệm, kiểm định, chứng nhận",
        "Đơn vị sự nghiệp thuộc Sở Khoa học và Công nghệ với phòng thí nghiệm đầu tư đồng bộ, 26 cán bộ (7 thạc sĩ) "
        "nhận thử nghiệm chất lượng sản phẩm, kiểm định và hiệu chuẩn phương tiện đo, tư vấn năng suất chất lượng "
        "cho doanh nghiệp và người dân theo yêu cầu.",
    ),
    (
        "jZo056",
        "en",
        "lab_quatest2",
        "Accredited mechanical and physico-chemical metrology laboratory (VILAS 024)",
        "QUATEST 2's technical division offers accredited tests and calibrations in the mechanical field and for "
        "physico-chemical and environmental measuring instruments, with certificates recognised under the national "
        "accreditation scheme.",
    ),
    (
        "jZo158",
        "en",
        "lab_eulab",
        "Shelf-life testing of canned foods by ISO 21326 microbial methods",
        "Laboratory service that applies the ISO 21326 microbial methods to confirm the shelf life of canned products: "
        "sampling, incubation under defined conditions and detection of spoilage organisms, with a report suitable "
        "for buyers and regulators.",
    ),
    # --- metrology: scales, fuel dispensers, meters ---
    (
        "jZo057",
        "vi",
        "met_2234",
        "Kiểm định cột đo xăng dầu theo quy trình kiểm định đồng hồ xăng dầu, dầu mỏ",
        "Kiểm định viên thực hiện kiểm định ban đầu, định kỳ và sau sửa chữa cột đo xăng dầu theo quy trình do Tổng "
        "cục Tiêu chuẩn Đo lường Chất lượng ban hành (Quyết định 2234/QĐ-TĐC). Sau khi đạt, cột đo được niêm phong, "
        "dán tem và cấp giấy chứng nhận kiểm định.",
    ),
    (
        "jZo058",
        "vi",
        "met_candientu",
        "Kiểm định trạm cân ô tô điện tử theo ĐLVN 13:2019",
        "Kiểm định trạm cân từ 40 đến 150 tấn khi lắp mới, định kỳ mỗi năm một lần và sau sự cố, sửa chữa. Chúng tôi "
        "hướng dẫn hồ sơ (đơn đề nghị, giấy phép kinh doanh, biên bản hiệu chuẩn thiết bị) và thực hiện kiểm tra bàn "
        "cân, bộ chỉ thị, phần mềm.",
    ),
    (
        "jZo059",
        "en",
        "met_nsai",
        "Fuel dispenser verification and in-service inspection to legal tolerances",
        "Authorised verifiers check that retail petrol and diesel pumps deliver within legal tolerances (between -0.5% "
        "and +1% in service) and that all adjustable parts are sealed; temperature-compensated displays are verified "
        "as installed.",
    ),
    (
        "jZo060",
        "en",
        "met_justervesenet",
        "Self-check programme for fuel dispensers with reference containers",
        "Guidance and training for station owners on periodic self-checks: choosing a suitable reference container or "
        "calibrated volume prover, avoiding trapped air and static, and spotting damaged nozzles, leaks and worn belts "
        "before an inspector does.",
    ),
    (
        "jZo061",
        "en",
        "met_nml",
        "Verification and in-service inspection guidance for fuel dispensers (national metrology laboratory)",
        "Guidance document and training for regulators and station operators on internationally accepted tests of "
        "type-approved fuel dispensers with digital displays, protecting both consumers and retailers from unfair trade.",
    ),
    (
        "jZo062",
        "en",
        "met_bullseye",
        "Semi-annual fuel meter calibration programme",
        "Twice-yearly calibration visits verify, adjust and re-verify meters, check slow-flow blends for over-delivery, "
        "replace faulty meters, record flow rates and keep station data on file so you stay inside weights-and-measures "
        "tolerances between official inspections.",
    ),
    (
        "jZo063",
        "vi",
        "met_walz",
        "Hiệu chuẩn cân điện tử, cân cơ bằng quả cân chuẩn do kỹ thuật viên có chứng chỉ thực hiện",
        "Kỹ thuật viên dùng quả cân chuẩn đã được chứng nhận để kiểm tra điểm không, độ đúng ở các mức tải và hiệu "
        "chỉnh cân bán hàng, cân bàn, cân sàn. Kèm dịch vụ sửa chữa, bảo trì và nhắc lịch hiệu chuẩn định kỳ.",
    ),
    (
        "jZo064",
        "en",
        "met_winenfood",
        "Weight and scale calibration certificates with traceable masses",
        "An accredited technician checks your scale or balance across its range with certified test masses and issues a "
        "certificate stating readings versus true values and their traceability to national standards: proof of "
        "accuracy for audits, buyers and regulators.",
    ),
    (
        "jZo065",
        "vi",
        "met_dlvn07",
        "Kiểm định công tơ điện xoay chiều kiểu cảm ứng theo ĐLVN 07:2012",
        "Kiểm định ban đầu, định kỳ và sau sửa chữa công tơ cảm ứng cấp chính xác 0,5; 1; 2 (điện năng tác dụng) và "
        "2; 3 (phản kháng), lưới 50/60 Hz, điện áp đến 600 V. Phù hợp cho cơ sở muốn kiểm tra công tơ tổng, công tơ "
        "phụ trong xưởng.",
    ),
    (
        "jZo066",
        "vi",
        "met_tapchinuoc",
        "Kiểm định đồng hồ nước lạnh cơ khí và điện tử theo ĐLVN 17:2017",
        "Thực hiện kiểm định đồng hồ nước theo chu kỳ quy định: 60 tháng với đồng hồ cơ khí, 36 tháng với đồng hồ có "
        "cơ cấu điện tử (điện từ, siêu âm...). Phù hợp cho trạm cấp nước nông thôn và doanh nghiệp tự quản lý "
        "mạng đồng hồ.",
    ),
    (
        "jZo067",
        "vi",
        "met_tuanhungphat",
        "Dịch vụ kiểm định, kẹp chì niêm phong và cấp giấy chứng nhận cho đồng hồ nước",
        "Kiểm định độ chính xác đồng hồ nước trước lắp đặt và định kỳ; đồng hồ đạt được kẹp chì, dán tem và cấp giấy "
        "chứng nhận, chống tháo lắp trái phép và gian lận. Tư vấn thời điểm cần kiểm định lại và thay thế.",
    ),
    (
        "jZo068",
        "en",
        "met_quatest1",
        "Electrical measurement calibration laboratory (VILAS 216, QUATEST 1)",
        "Accredited calibration of electrical measuring instruments (meters, clamp meters, power analysers and "
        "references) by QUATEST 1's electrical measurement laboratory in Hanoi, with approved signatories for all "
        "accredited calibrations.",
    ),
    # --- trademarks, geographical indications, collective marks ---
    (
        "jZo069",
        "vi",
        "gi_congthuong",
        "Đăng ký bảo hộ chỉ dẫn địa lý cho đặc sản: khảo sát, lập hồ sơ, mô hình quản lý",
        "Đơn vị tư vấn sở hữu trí tuệ nhận chủ trì nhiệm vụ đăng ký chỉ dẫn địa lý trọn gói khoảng 24 tháng, như đã "
        "làm cho dừa sáp Trà Vinh (750 ha, kinh phí gần 1,6 tỷ đồng): khảo sát vùng trồng, chất lượng đặc thù, lập hồ "
        "sơ, theo đuổi đơn và xây dựng mô hình quản lý sau khi được cấp.",
    ),
    (
        "jZo070",
        "vi",
        "gi_mard_tom",
        "Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận cho nông thủy sản",
        "Theo mô hình 'Tôm Trà Vinh': khảo sát, đánh giá sản phẩm; lập và nộp hồ sơ nhãn hiệu chứng nhận; xây dựng "
        "công cụ quản lý, hệ thống nhận diện, quảng bá; áp dụng thí điểm hai mô hình sử dụng nhãn hiệu trên thực tế.",
    ),
    (
        "jZo071",
        "vi",
        "gi_bentre_xoai",
        "Nghiên cứu cơ sở khoa học để xây dựng chỉ dẫn địa lý cho trái cây đặc sản",
        "Nhóm nghiên cứu điều tra vùng sản xuất và thị trường, phân tích chỉ tiêu cảm quan, lý hóa đối chứng với "
        "tỉnh khác, làm rõ danh tiếng, chất lượng đặc thù, yếu tố địa lý và khoanh vùng sản xuất. Kết quả đã giúp xoài "
        "tứ quý Bến Tre được bảo hộ năm 2022; nhận thực hiện cho sản phẩm khác.",
    ),
    (
        "jZo072",
        "en",
        "gi_fftc",
        "Advisory on the role of collective organisations in managing geographical indications",
        "Researchers from the Vietnam Academy of Agricultural Sciences help associations and cooperatives define their "
        "responsibilities in building, managing and developing a GI alongside state agencies and authorised users, "
        "moving beyond mere participation to real management.",
    ),
    (
        "jZo073",
        "en",
        "gi_ipright",
        "Geographical indication registration service",
        "Under Article 88 of the IP Law the right to register a Vietnamese GI belongs to the State, which may allow "
        "producers, their collective organisations or the local administration to file. We advise who should file "
        "and prepare the application; filers do not become owners of the GI.",
    ),
    (
        "jZo074",
        "en",
        "gi_inhouse",
        "GI protection strategy and enforcement advice",
        "IP law firm advice on the benefits and limits of GI registration in Vietnam, using GIs to enforce product "
        "quality and production standards, and acting against unauthorised use of protected names in domestic and "
        "foreign markets.",
    ),
    (
        "jZo075",
        "vi",
        "tm_guocai",
        "Đăng ký nhãn hiệu tại Cục Sở hữu trí tuệ: hồ sơ, nhóm hàng hóa, lệ phí",
        "Chuẩn bị tờ khai, mẫu nhãn (thường 80 x 80 mm), danh mục hàng hóa theo bảng phân loại Nice. Lệ phí nhà nước "
        "tham khảo: nộp đơn 1-2 triệu đồng cho một nhóm, thêm 0,3-0,5 triệu mỗi nhóm, thẩm định nội dung 0,7-1 triệu, "
        "cấp bằng và công bố khoảng 0,7 triệu; thời gian thường 12-18 tháng.",
    ),
    (
        "jZo076",
        "en",
        "tm_vietan",
        "Trademark search in 1-3 days and first-to-file registration service",
        "Vietnam registers trademarks on a first-to-file basis, so we search the mark in the relevant Nice classes "
        "before filing (service fee USD 35 per mark per class), then file with the IP Office and send you the filing "
        "number and date the next day.",
    ),
    (
        "jZo077",
        "en",
        "tm_vnc",
        "Trademark application preparation (Form 04-NH) and prosecution",
        "We complete the declaration form, explain any foreign wording, list goods and services codes, provide mark "
        "samples and pay fees. Statutory time is about 13 months, in practice 18-20 months; we handle amendment notices, "
        "oppositions and refusals, and advise adding a logo when the word is too generic.",
    ),
    (
        "jZo078",
        "en",
        "tm_minhkhue",
        "Guided self-filing for exclusive trademark protection",
        "Lawyers guide business owners to file their own exclusive trademark applications simply and quickly, explain "
        "why registration, though not compulsory, is the only basis for acting against counterfeit and copied goods, "
        "and review the file before submission.",
    ),
    (
        "jZo079",
        "vi",
        "nhtt_tuvan",
        "Tư vấn đăng ký nhãn hiệu tập thể cho hội, hiệp hội, hợp tác xã",
        "Giải thích nhãn hiệu tập thể khác nhãn hiệu thông thường thế nào, soạn quy chế sử dụng nhãn hiệu, danh sách "
        "thành viên được dùng, mẫu nhãn và nộp đơn tại Cục Sở hữu trí tuệ; hướng dẫn quản lý việc cấp quyền sử dụng "
        "cho hội viên sau khi có văn bằng.",
    ),
    (
        "jZo080",
        "en",
        "gi_ven",
        "Support to protect Vietnamese GIs and trademarks in foreign markets",
        "Following cases such as Phu Quoc fish sauce (protected in all EU states, prices up 30-50%) and Luc Ngan lychee "
        "(GI granted in Japan), we help producer groups file GI and trademark protection abroad to enter EVFTA and "
        "other demanding markets.",
    ),
    # --- patents and utility solutions ---
    (
        "jZo081",
        "en",
        "pat_kenfox",
        "Invention and utility solution application filing in Vietnam",
        "IP office prepares and files patent and utility solution applications: applicant and inventor data, "
        "specification with drawings, claims, power of attorney and priority documents. A utility solution needs "
        "novelty and industrial applicability but no inventive step, and must not be common knowledge.",
    ),
    (
        "jZo082",
        "vi",
        "pat_investone",
        "Đánh giá khả năng bảo hộ: tính mới, trình độ sáng tạo, khả năng áp dụng công nghiệp",
        "Chúng tôi tra cứu và đánh giá giải pháp kỹ thuật của bạn theo ba tiêu chí sáng chế, hoặc hai tiêu chí nếu "
        "chỉ xin bằng giải pháp hữu ích; lưu ý các trường hợp bộc lộ không làm mất tính mới như trưng bày tại triển "
        "lãm trong vòng 6 tháng trước khi nộp đơn.",
    ),
    (
        "jZo083",
        "en",
        "pat_kass",
        "Utility solution (petty patent) filing when the inventive step is weak",
        "If your invention is a minor improvement to an existing product or your patent application was refused for "
        "lack of inventive step, we convert or file it as a utility solution, which protects small technical "
        "improvements with easier criteria.",
    ),
    (
        "jZo084",
        "en",
        "pat_tra",
        "Patent and utility solution prosecution: examination timelines and terms",
        "Full prosecution service: formality examination within one month, publication, request for substantive "
        "examination within 42 months (invention) or 36 months (utility solution). Protection lasts 20 years for "
        "inventions and 10 years for utility solutions from filing.",
    ),
    (
        "jZo085",
        "en",
        "pat_citilaw",
        "IP strategy and patent protection for start-ups",
        "Law firm programme helping start-ups and SMEs identify inventions in their products and processes, decide "
        "what to patent, keep secret or publish, and use patents to attract investors and stand out from competitors.",
    ),
    (
        "jZo086",
        "vi",
        "pat_dkbq",
        "Dịch vụ đăng ký bằng độc quyền sáng chế, giải pháp hữu ích",
        "Giải thích thế nào là sáng chế, giải pháp hữu ích được bảo hộ; soạn bản mô tả, yêu cầu bảo hộ, nộp đơn tại "
        "Cục Sở hữu trí tuệ và theo dõi thẩm định cho cá nhân, nông dân, doanh nghiệp nhỏ.",
    ),
    (
        "jZo087",
        "vi",
        "pat_2306",
        "Hướng dẫn thủ tục hành chính lĩnh vực sở hữu công nghiệp theo Quyết định 2306/QĐ-BKHCN",
        "Tổng hợp và hướng dẫn các thủ tục hành chính về sở hữu trí tuệ: nộp đơn, sửa đổi, cấp, duy trì văn bằng, "
        "khiếu nại; kèm mẫu tờ khai và mức phí, lệ phí để tổ chức, cá nhân tự thực hiện.",
    ),
    # --- productivity tools (5S, Kaizen, lean, KPI) ---
    (
        "jZo088",
        "vi",
        "p_base5s",
        "Triển khai mô hình 5S tại văn phòng và nhà xưởng",
        "Hướng dẫn từng bước Sàng lọc, Sắp xếp, Sạch sẽ, Săn sóc, Sẵn sàng: bỏ vật dụng thừa, cố định vị trí dụng cụ, "
        "vệ sinh máy móc, chuẩn hóa và duy trì hằng ngày. Gói tư vấn gồm đào tạo, ảnh trước-sau và bảng kiểm.",
    ),
    (
        "jZo089",
        "vi",
        "p_5s_danhgia",
        "Bộ tiêu chí và hướng dẫn đánh giá 5S định kỳ",
        "Chuyển giao bảng tiêu chí chấm điểm 5S (thang 0-4 cho từng mục) và hướng dẫn đánh giá viên nội bộ tổ chức "
        "đánh giá định kỳ, giúp duy trì 5S lâu dài, loại bỏ lãng phí, nâng an toàn với chi phí thấp.",
    ),
    (
        "jZo090",
        "vi",
        "p_kpi_bizfly",
        "Tư vấn xây dựng, triển khai và đánh giá KPI cho doanh nghiệp",
        "Thiết lập KPI cấp công ty (doanh thu, dự án) và cấp bộ phận, cá nhân (khách hàng tiềm năng mỗi tháng, tuyển "
        "dụng mỗi tuần), cách đo lường, theo dõi và điều chỉnh. Có phần mềm quản trị hỗ trợ theo dõi tiến độ.",
    ),
    (
        "jZo091",
        "vi",
        "p_kaizen",
        "Khóa học kỹ năng thực hành Kaizen – cải tiến liên tục",
        "Đào tạo triết lý Kaizen ('thay đổi để tốt hơn') và cách tổ chức nhóm cải tiến nhỏ với sự tham gia của mọi "
        "người từ lãnh đạo đến công nhân, áp dụng được cả trong sản xuất, dịch vụ, bán lẻ.",
    ),
    (
        "jZo092",
        "en",
        "p_5s_plastic",
        "5S programme to cut waiting and motion waste on the shop floor",
        "Case-based 5S implementation: record all activities, separate value-adding from non-value-adding steps, then "
        "apply 5S to stop operators searching for tools. In a plastic-bag factory this reduced operation time by 8% in "
        "blowing and 18% in printing.",
    ),
    (
        "jZo093",
        "en",
        "p_5s_gupta",
        "5S rollout with weekly audits and score tracking",
        "We form a 5S team, collect data three ways and run weekly 5S audits, using the scores to predict progress. In "
        "a scientific-equipment workshop the audit score rose from 6 in week 1 to 72 in week 24, tool search time fell "
        "and safety improved.",
    ),
    (
        "jZo094",
        "en",
        "p_lean_corelogs",
        "Value stream mapping as the first lean step for SMEs",
        "Lean is a way of thinking, not a step-by-step kit. We start with a current-state value stream map of your "
        "process, then work with workers, foremen and managers to remove waste and shorten lead time.",
    ),
    (
        "jZo095",
        "en",
        "p_lean_belhadi",
        "Lean production framework tailored to small and medium enterprises",
        "A framework drawn from four successful SME cases, listing the process, tools and success factors needed to "
        "implement lean properly in small firms; delivered through a diagnostic and a phased roadmap.",
    ),
    (
        "jZo096",
        "en",
        "p_lean_zuliot",
        "Lean waste identification for small manufacturers (seven wastes)",
        "Coaching that teaches teams to spot overproduction, waiting, transport, over-processing, inventory, motion and "
        "defects in small plants with tight budgets and staff, and to build a culture of ongoing improvement.",
    ),
    (
        "jZo097",
        "vi",
        "p_kpi_vioffice",
        "Hướng dẫn xây dựng KPI đơn giản cho doanh nghiệp vừa và nhỏ",
        "Quy trình rõ ràng, không cần công cụ phức tạp: xác định mục tiêu, chọn ít chỉ số cho từng bộ phận khi nhân "
        "viên kiêm nhiệm, đo bằng bảng tính sẵn có. Kèm mẫu KPI và buổi hướng dẫn trực tuyến.",
    ),
    (
        "jZo098",
        "vi",
        "p_kpi_tacasoft",
        "Phần mềm đánh giá KPI gắn với mục tiêu và lĩnh vực kết quả chính (KRA)",
        "Phần mềm giúp liên kết từng KPI với mục tiêu kinh doanh qua các KRA, đặt tần suất đánh giá, theo dõi số liệu "
        "tự động và cảnh báo sớm khi chỉ tiêu lệch hướng; hỗ trợ triển khai và đào tạo.",
    ),
    # --- energy audits and energy efficiency ---
    (
        "jZo099",
        "vi",
        "e_vets",
        "Dịch vụ kiểm toán năng lượng theo Luật Sử dụng năng lượng tiết kiệm và TCVN 50002",
        "Đo lường, phân tích dòng năng lượng theo từng thiết bị, hệ thống, quá trình để xác định mức tiêu thụ và tiềm "
        "năng tiết kiệm; đề xuất giải pháp kỹ thuật giảm chi phí vận hành. Báo cáo dùng được để xây dựng chương trình "
        "quản lý năng lượng.",
    ),
    (
        "jZo100",
        "vi",
        "e_vinacontrol",
        "Kiểm toán năng lượng 10 bước cho cơ sở sản xuất, tòa nhà",
        "Từ lập kế hoạch, chọn đội kiểm toán, chuẩn bị thiết bị đo, khảo sát sơ bộ dây chuyền đến thu thập số liệu, "
        "đo kiểm, phân tích và báo cáo giải pháp. Áp dụng cho cả cơ sở bắt buộc (từ 1.000 TOE/năm) và cơ sở nhỏ tự "
        "nguyện muốn giảm chi phí điện.",
    ),
    (
        "jZo101",
        "vi",
        "e_vncpc",
        "Tư vấn sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP)",
        "Chuyên gia Trung tâm Sản xuất sạch hơn cùng đội RECP của doanh nghiệp tìm 'điểm nóng' tiêu thụ điện, nước, "
        "hóa chất. Ví dụ tại một nhà máy mạ, khoảng 10% điện năng hao phí do vệ sinh kém, thiếu bảo dưỡng động cơ, "
        "băng chuyền chạy 30-50% tải, đèn 250 W, điều hòa đặt 18°C.",
    ),
    (
        "jZo102",
        "en",
        "e_bee",
        "Energy conservation measures manual and audit for rice mill clusters",
        "Cluster programme developed for small rice mills: baseline energy use per tonne, measures on motors, "
        "huskers, polishers, boilers and parboiling, with cost and payback for each. We transfer the manual and run "
        "walk-through audits for mills.",
    ),
    (
        "jZo103",
        "en",
        "e_portebrown",
        "Walk-through energy audit to find your plant's power hogs",
        "We estimate each machine's consumption from your bill and equipment ratings (a 100 kW kiln running 2,000 hours "
        "a year at USD 0.10/kWh costs USD 20,000), then walk the plant checking compressed air, motors and drives, "
        "lighting, pumps, fans, dryers and refrigeration, and help staff teams act on savings.",
    ),
    (
        "jZo104",
        "vi",
        "e_pecsme_unido",
        "Kiểm toán năng lượng và đào tạo tư vấn viên cho doanh nghiệp nhỏ và vừa (mô hình PECSME)",
        "Theo chương trình thúc đẩy tiết kiệm năng lượng trong DNVVN (PECSME) của Bộ KH&CN và UNDP, chúng tôi kiểm "
        "toán năng lượng cho cơ sở gạch, gốm, dệt, giấy, chế biến thực phẩm và đào tạo cán bộ kỹ thuật vận hành "
        "thiết bị tiết kiệm năng lượng; một đơn vị đã kiểm toán cho 69 công ty.",
    ),
    (
        "jZo105",
        "en",
        "e_vir",
        "Energy efficiency loans and audit support for food processing firms",
        "Under the Vietnam Energy Efficiency for Industrial Enterprises project, food processors, including SMEs, get "
        "technical help with energy audits and feasibility studies and can borrow from a World Bank-backed line of up "
        "to USD 200 million for energy-saving subprojects.",
    ),
    (
        "jZo106",
        "en",
        "e_moit",
        "Energy management system (EnMS) capacity building for industry",
        "Ministry of Industry and Trade–UNIDO programme (2023-2027) that trains enterprises in energy management "
        "systems and system optimisation in food and seafood processing, beverages, plastics, rubber, textiles and "
        "other sectors.",
    ),
    (
        "jZo107",
        "vi",
        "e_anhminh",
        "Giải pháp sử dụng năng lượng tiết kiệm: lắp công tơ khu vực, dời phụ tải sang giờ thấp điểm",
        "Từ kinh nghiệm tại một xưởng đúc gang: vận hành lò trung tần ban đêm để tránh giá điện cao điểm, lắp đồng hồ "
        "đo điện năng và khí nén tại các hộ tiêu thụ chính, xây dựng quy trình quản lý năng lượng. Nhận khảo sát và "
        "lập phương án cho xưởng nhỏ.",
    ),
    (
        "jZo108",
        "en",
        "e_sggp",
        "Vertical shaft brick kilns and LPG pottery kilns replacing coal and wood kilns",
        "Energy-saving kiln technologies promoted by the PECSME project, which trained 25 consultancies and over "
        "1,500 SME managers and technicians and backed 521 projects saving 180,000 tonnes of oil. We supply designs, "
        "training and loan-guarantee contacts.",
    ),
    (
        "jZo142",
        "en",
        "e_hp_kerone",
        "Heat pump dryers for fruits and vegetables",
        "Low-temperature heat pump drying reuses the heat in a closed loop, using far less energy than electric hot-air "
        "dryers while keeping colour, nutrients and texture. We size, supply and commission dryers for small "
        "processors.",
    ),
    (
        "jZo143",
        "en",
        "e_hp_tranp",
        "Heat pump drying equipment for dried fruit",
        "Manufacturer of heat pump fruit dryers: moist air is cooled over a heat exchanger, the water condenses and the "
        "recovered heat warms the drying air, making the process energy-efficient and preserving flavour and aroma. "
        "Supply, installation and operator training.",
    ),
    # --- e-commerce and digital transformation ---
    (
        "jZo109",
        "vi",
        "d_tv_vietnamnet",
        "Sàn thương mại điện tử Trà Vinh (travinhtrade.com.vn): mở gian hàng cho doanh nghiệp, sản phẩm OCOP",
        "Sàn đã cập nhật hơn 150 doanh nghiệp và trên 750 sản phẩm, gồm hàng trăm sản phẩm OCOP, và liên kết với sàn "
        "của 18 tỉnh để kết nối cung cầu. Cơ sở được hỗ trợ tạo gian hàng, đưa sản phẩm lên sàn miễn phí.",
    ),
    (
        "jZo110",
        "en",
        "d_smedx",
        "SMEdx programme: explore and trial Make-in-Vietnam digital platforms",
        "Ministry programme that lets small firms learn about digital transformation on smedx.vn, compare and try "
        "domestic digital platforms for sales, accounting, HR and management, and get consultation to pick the one "
        "that fits.",
    ),
    (
        "jZo111",
        "en",
        "d_smedx_net",
        "Commune-level digital economy consulting network for SMEs",
        "Consultants at commune level help small businesses assess readiness and choose from 23+ Make-in-Vietnam "
        "platforms connected to the SMEdx portal; the programme aimed to reach 150,000 firms and give 15,000 detailed "
        "consultations in one year.",
    ),
    (
        "jZo112",
        "en",
        "d_voucher",
        "Digital transformation vouchers covering up to 100% of basic solution rental",
        "Under the draft decree implementing the Digital Transformation Law, micro-enterprises, micro-cooperatives and "
        "business households may have the full cost of renting sales management, e-invoice, e-signature and e-commerce "
        "tools covered, plus free readiness assessment and training fees.",
    ),
    (
        "jZo113",
        "vi",
        "d_tmdt_2025",
        "Đào tạo nâng cao năng lực ứng dụng và phát triển thương mại điện tử cho doanh nghiệp, hộ kinh doanh",
        "Hội nghị đào tạo của Cục Thương mại điện tử và Kinh tế số cùng Hiệp hội TMĐT Việt Nam: xu hướng thị trường "
        "tăng 20-25%/năm, kỹ năng bán trên sàn, mạng xã hội, quản lý đơn hàng; đã thu hút hơn 300 doanh nghiệp, hộ "
        "kinh doanh tham dự.",
    ),
    (
        "jZo114",
        "vi",
        "d_lacthuy",
        "Tập huấn tại vườn mở gian hàng trên Postmart.vn và Voso.vn cho hộ nông dân, hợp tác xã",
        "Bưu điện phối hợp huyện mở 7 lớp cho 350 học viên, nhân viên xuống tận vườn chụp ảnh, lập gian hàng, hướng "
        "dẫn nhận đơn và giao hàng. Một HTX thanh long ruột đỏ 3 sao OCOP đã bán khoảng 3 tấn qua sàn, giá cao hơn bán "
        "thương lái 3.000-5.000 đồng/kg.",
    ),
    (
        "jZo115",
        "en",
        "d_livestream",
        "Livestream selling training for farm produce",
        "Training by a live-streaming skills institute with e-commerce partners (Shopee Farm, Sendo): filming harvests, "
        "hosting sessions, handling orders live. Lychee farmers in Bac Giang received many orders after each stream.",
    ),
    (
        "jZo116",
        "en",
        "d_mic_farmers",
        "Digital and business skills for farm households selling on e-commerce floors",
        "National plan to bring farm households onto Postmart and Voso, list every 3-star OCOP product online and train "
        "all participating households in digital and e-commerce business skills, with market, weather and input "
        "information on the platforms.",
    ),
    (
        "jZo117",
        "vi",
        "d_dx82",
        "Lộ trình chuyển đổi số cho doanh nghiệp vừa và nhỏ theo 26 ngành nghề",
        "Đơn vị tư vấn xây dựng lộ trình chuyển đổi số theo đặc thù ngành: đánh giá hiện trạng, chọn phần mềm bán "
        "hàng, kế toán, quản lý kho, nhân sự và triển khai theo từng giai đoạn phù hợp ngân sách.",
    ),
    (
        "jZo118",
        "en",
        "d_bentre",
        "Training courses and buyer connection on e-commerce platforms for farm cooperatives",
        "Provincial plan model: 20 courses for farming households, cooperatives, farmers' associations and firms on "
        "selling via Postmart, Voso, Sendo and the provincial trade site, plus online fairs and supplier-customer "
        "matching for key products such as coconut, pomelo and rambutan.",
    ),
    (
        "jZo119",
        "vi",
        "d_vl_space",
        "Không gian Thương hiệu và Công nghệ tỉnh Vĩnh Long: chuyển đổi số, sở hữu trí tuệ, bản đồ thương hiệu số",
        "Mô hình của Sở KH&CN và Trường Đại học Nguyễn Tất Thành (ra mắt 1/2026) hỗ trợ gần 1.140 sản phẩm OCOP ứng "
        "dụng công nghệ, chuyển đổi số, bảo hộ sở hữu trí tuệ và đưa lên bản đồ thương hiệu số; kèm cuộc thi thiết kế "
        "hộp quà đặc sản.",
    ),
    # --- start-up incubation ---
    (
        "jZo120",
        "en",
        "s_tvu2025",
        "Tra Vinh Provincial Business Incubator: 2025 start-up support programme",
        "Run by Tra Vinh University's Center for Innovation and Entrepreneurship: start-up, online business and AI "
        "clubs, training for lecturers and founders, competitions (students won over 20 awards in 2024) and "
        "incubation support for projects from the province's start-up scheme.",
    ),
    (
        "jZo121",
        "en",
        "s_tvu_net",
        "Innovation and Entrepreneurship Center: facilities, funding and mentoring for young founders",
        "As chair of the Mekong Delta network of university innovation centres, Tra Vinh University offers space, "
        "entrepreneurship training, funding for start-up activities and connections to investors and partners for "
        "students and young people starting a business.",
    ),
    (
        "jZo122",
        "en",
        "s_innobe",
        "INNOBE start-up idea competition and Creative Student Village Hub",
        "Annual Mekong Delta student start-up competition with mentoring rounds and a finals; the Creative Student "
        "Village Hub gives teams a place to keep developing ideas with support from the regional start-up network.",
    ),
    (
        "jZo123",
        "vi",
        "s_ueh_vl",
        "Trung tâm Đổi mới sáng tạo và Khởi nghiệp ĐBSCL (UEH Vĩnh Long): cố vấn, ươm tạo, thương mại hóa",
        "Trung tâm tại Phân hiệu Vĩnh Long nghiên cứu, cố vấn, đào tạo về đổi mới sáng tạo, ứng dụng công nghệ và "
        "thương mại hóa sản phẩm đặc thù của địa phương, ươm tạo dự án khởi nghiệp tiềm năng trong vùng.",
    ),
    (
        "jZo124",
        "vi",
        "s_ftu",
        "Mô hình vườn ươm doanh nghiệp trong trường đại học",
        "Chia sẻ kinh nghiệm vận hành Trung tâm Sáng tạo và Ươm tạo FTU (thành lập 4/2017): kết nối các thành phần hệ "
        "sinh thái khởi nghiệp trong trường, mạng lưới giữa các trường; tư vấn thành lập vườn ươm cho đơn vị khác.",
    ),
    (
        "jZo125",
        "en",
        "s_oecd",
        "Incubation programme design: services, types and public support",
        "OECD-based guidance for agencies setting up incubators: definitions, the typical support offer (space, "
        "training, mentoring, finance links), university, corporate and public models, and which activities public "
        "funding should back.",
    ),
    (
        "jZo126",
        "en",
        "s_casa",
        "Evidence and models for agri-business incubation in emerging markets",
        "Study by the UK-funded CASA programme on what makes agri-business incubators effective for firms trading with "
        "smallholders; we use it to help design incubation support for agribusinesses.",
    ),
    (
        "jZo127",
        "en",
        "s_xconomy",
        "Ag-tech incubator with revenue-share financing instead of equity",
        "Incubator for farmers and entrepreneurs: a 3-4 month product review with farmer testing and market analysis, "
        "then prototyping, patent filings, permits and business plans. It takes a percentage of sales rather than "
        "equity; sponsors provide services free or discounted.",
    ),
    (
        "jZo128",
        "vi",
        "s_nghean",
        "Trung tâm đổi mới sáng tạo cấp tỉnh làm bước đệm cho startup khoa học công nghệ",
        "Kết nối startup với chuyên gia, đối tác trong hệ sinh thái đổi mới sáng tạo, hỗ trợ ứng dụng khoa học công "
        "nghệ, thử nghiệm sản phẩm và tiếp cận chính sách hỗ trợ của nhà nước.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "jZo129",
        "vi",
        "x_husker_tvu",
        "Máy tách vỏ dừa khô tự động 500-700 trái/giờ (Trường Đại học Trà Vinh)",
        "Chuyển giao máy tách vỏ dừa chạy điện 1 pha 220 V, tách sạch 98% vỏ, tơ xơ dừa tương đương làm tay; giá "
        "khoảng 100 triệu đồng/máy, đã bàn giao cho doanh nghiệp chế biến dừa ở Bến Tre.",
    ),
    (
        "jZo130",
        "vi",
        "x_peeler",
        "Máy gọt vỏ dừa tươi 30 giây một trái",
        "Máy đứng dùng mô-tơ 1,5 HP, dao hình bầu dục chỉnh được độ dày, tăng năng suất gấp 2-3 lần so với gọt tay "
        "(khoảng 300 trái/người/ngày). Nhận chế tạo cho hợp tác xã, cơ sở cung cấp dừa tươi cho siêu thị.",
    ),
    (
        "jZo131",
        "vi",
        "x_leafgrinder",
        "Máy xay tàu lá dừa cải tiến công suất 4 tấn/ngày",
        "Máy băm bằng 8 lưỡi dao bố trí đối xứng quanh trục, nâng công suất từ 1,2 lên 4 tấn/ngày để làm mụn dừa cho "
        "nông nghiệp; đạt giải ba hội thi sáng tạo kỹ thuật Bến Tre 2020-2021.",
    ),
    (
        "jZo132",
        "vi",
        "mut_duasap_baotravinh",
        "Quy trình 11 công đoạn làm mứt, kẹo dừa sáp",
        "Chuyển giao công thức và quy trình chế biến mứt dừa sáp, kẹo dừa sáp giữ được vị béo, mùi thơm đặc trưng "
        "của cơm dừa sáp, giúp tiêu thụ trái mùa rớt giá (50.000-100.000 đồng/trái).",
    ),
    (
        "jZo133",
        "vi",
        "x_keodua_vnanet",
        "Nghề làm kẹo dừa thủ công kết hợp du lịch làng nghề",
        "Cơ sở hơn 20 năm làm kẹo, mứt dừa nhận đào tạo nghề và hướng dẫn mô hình cho khách tham quan trải nghiệm; "
        "ngày thường dùng khoảng 90 kg cơm dừa, cao điểm Tết 120 kg/ngày.",
    ),
    (
        "jZo134",
        "vi",
        "x_coco_products",
        "Danh mục sản phẩm chế biến từ dừa và công nghệ (Viện Nghiên cứu Dầu và Cây có dầu)",
        "Giới thiệu hơn 20 sản phẩm dừa đang sản xuất tại Việt Nam (cơm dừa nạo sấy, sữa dừa, dầu dừa, thạch dừa, "
        "than gáo dừa, chỉ xơ dừa...) và tư vấn công nghệ chế biến cho doanh nghiệp.",
    ),
    (
        "jZo135",
        "vi",
        "duasap_dangcongsan",
        "Kỹ thuật thụ phấn trợ lực tăng tỷ lệ trái sáp trên buồng dừa",
        "Kết quả phối hợp với Trung tâm thực nghiệm Đồng Gò: thụ phấn bổ sung giúp nâng tỷ lệ trái sáp vốn chỉ tối đa "
        "khoảng 30% khi nông dân tự nhân giống. Tập huấn cho nhà vườn trồng dừa sáp.",
    ),
    (
        "jZo136",
        "en",
        "x_awd",
        "Alternate wetting and drying (AWD) water-saving irrigation for paddy rice",
        "Knowledge-intensive irrigation technique that saves water without extra machinery; adoption depends on paddy "
        "elevation and canal density. Training for rice farmers and irrigation groups.",
    ),
    (
        "jZo137",
        "en",
        "x_shrimprice",
        "Shrimp–rice rotation farming model for saline coastal areas",
        "Grow rice with rainwater in the wet season and let brackish water in to raise shrimp in the dry season; few "
        "chemicals are needed. The delta has over 220,700 ha; extension centres provide cultivation techniques.",
    ),
    (
        "jZo138",
        "en",
        "x_shrimprice_unsw",
        "Improved rice–shrimp farm design with salt-tolerant rice varieties",
        "ACIAR-funded project tested salt-tolerant rice varieties, soil remediation and a Bayesian belief network linking "
        "farm practice to production outcomes; results available to farmers and planners.",
    ),
    (
        "jZo139",
        "vi",
        "x_ww_seafood",
        "Công nghệ bùn hoạt tính xử lý nước thải chế biến thủy sản có độ mặn cao",
        "Chuyển giao quy trình xử lý sinh học nước thải thủy sản nhiễm mặn, thiết kế bể hiếu khí và thông số vận hành "
        "đạt quy chuẩn xả thải.",
    ),
    (
        "jZo140",
        "vi",
        "x_biogas_wetland",
        "Xử lý nước thải chăn nuôi heo sau biogas bằng đất ngập nước kiến tạo",
        "Mô hình đất ngập nước trồng cây xử lý BOD, nitơ, phốt pho trong nước thải sau hầm biogas; cây tích lũy khoảng "
        "18% nitơ trong mô hình thí nghiệm.",
    ),
    (
        "jZo141",
        "vi",
        "x_biogas_thuduc",
        "Tư vấn xây dựng hầm ủ biogas cho hộ chăn nuôi",
        "Thiết kế, thi công hầm biogas xử lý 75-80% chất thải chăn nuôi, giảm mùi, tạo khí đốt và phân bón cho "
        "trồng trọt.",
    ),
    (
        "jZo144",
        "vi",
        "x_solar_baomoi",
        "Lắp điện mặt trời mái nhà tự sản tự tiêu cho hộ kinh doanh",
        "Hệ 5 kWp khoảng 100 triệu đồng, tiết kiệm 1,3-1,5 triệu đồng tiền điện mỗi tháng, hoàn vốn hơn 5 năm. Khảo "
        "sát mái, thiết kế, lắp đặt và bảo hành.",
    ),
    (
        "jZo145",
        "vi",
        "x_solar_etek",
        "Điện năng lượng mặt trời áp mái cho nhà xưởng",
        "Tận dụng mái nhà xưởng lắp tấm pin, biến tần, hệ giám sát để tự chủ một phần điện sản xuất, quy mô từ vài "
        "chục kWp đến hàng MWp; trọn gói thiết kế, thi công, vận hành.",
    ),
    (
        "jZo146",
        "vi",
        "x_fuel_tiengiang",
        "Thử nghiệm chất lượng xăng dầu theo quy chuẩn kỹ thuật",
        "Phòng thử nghiệm nhận mẫu xăng, dầu để kiểm chỉ số octan, tạp chất và các chỉ tiêu theo quy chuẩn, phục vụ cơ "
        "quan quản lý thị trường và doanh nghiệp kinh doanh xăng dầu.",
    ),
    (
        "jZo147",
        "vi",
        "s_vl_vuonuom",
        "Công nghệ sấy thăng hoa sữa chua (sản phẩm Yobite)",
        "Sữa chua sấy đông khô loại bỏ 98% nước, bảo quản ở nhiệt độ thường, nhẹ, tiện mang theo. Nhóm khởi nghiệp "
        "sẵn sàng chuyển giao quy trình sấy thăng hoa cho cơ sở chế biến sữa.",
    ),
    (
        "jZo148",
        "vi",
        "s_tvu_green",
        "Quy trình thu và chế biến mật dừa nước",
        "Dự án sinh viên Trường Đại học Trà Vinh nghiên cứu cách lấy mật từ buồng dừa nước, cô đặc, đóng chai; dự án "
        "đạt giải nhất cuộc thi khởi nghiệp của trường.",
    ),
    (
        "jZo149",
        "vi",
        "x_mine",
        "Điều khiển truyền động điện tiết kiệm năng lượng cho máy nén khí và tời trục mỏ than hầm lò",
        "Giải pháp biến tần và điều khiển truyền động cho máy nén khí, tời trục trong môi trường mỏ có khí, bụi nổ, "
        "ẩm ướt của Viện Khoa học Công nghệ Mỏ.",
    ),
    (
        "jZo150",
        "vi",
        "x_brand_mebo",
        "Thiết kế bộ nhận diện thương hiệu: logo, màu sắc, ấn phẩm",
        "Báo giá thiết kế bộ nhận diện tùy số hạng mục (logo, danh thiếp, bảng hiệu, bao bì), kinh nghiệm nhà thiết "
        "kế và thời gian thực hiện.",
    ),
    (
        "jZo151",
        "vi",
        "x_orivi",
        "Xây dựng thương hiệu gạo hữu cơ: định vị, nhận diện, truyền thông",
        "Bài học xây dựng thương hiệu gạo hữu cơ ORIVI: phân tích môi trường, thiết kế hệ thống nhận diện, truyền "
        "thông nội bộ và bên ngoài, tự bảo vệ thương hiệu.",
    ),
    (
        "jZo152",
        "vi",
        "cema_china",
        "Bản tin thị trường nông sản xuất khẩu sang Trung Quốc",
        "Cập nhật giá cả và xu hướng thị trường Trung Quốc, nơi nhận khoảng 81% sản lượng nông sản xuất khẩu của Việt "
        "Nam; phân tích thay đổi chính sách nhập khẩu từ 1/1/2019.",
    ),
    (
        "jZo153",
        "vi",
        "x_tire",
        "Giải pháp tiết kiệm năng lượng trong ngành sản xuất săm lốp cao su",
        "Nghiên cứu của Trường Đại học Công nghiệp Việt Trì phân tích tiêu thụ năng lượng ở nhà máy săm lốp, nơi động "
        "cơ điện chiếm phần lớn điện năng, và đề xuất giải pháp cho các công ty cao su.",
    ),
    (
        "jZo154",
        "vi",
        "x_manure",
        "Quản lý chất thải trại chăn nuôi để giảm lây truyền mầm bệnh",
        "Hướng dẫn các phương pháp xử lý chất thải rắn và lỏng (bể khí sinh học, ủ phân có chất độn, compost) và chiến "
        "lược giảm mầm bệnh cho nông hộ chăn nuôi.",
    ),
    (
        "jZo155",
        "vi",
        "x_drycoconut",
        "Sơ chế dừa khô: tách vỏ, bổ, cạy cơm cung cấp nhà máy",
        "Mô hình xưởng sơ chế dừa khô: xơ dừa làm lưới, thảm; nước dừa cho nhà máy nước giải khát, thạch dừa; cơm dừa "
        "rửa sạch đóng thùng cho nhà máy sữa dừa, dầu dừa, kẹo dừa.",
    ),
    (
        "jZo156",
        "vi",
        "x_keodua_tools",
        "Bộ dụng cụ lò nấu kẹo dừa truyền thống",
        "Cung cấp trọn bộ: máy bào cơm dừa, bàn ép vít-me lấy nước cốt, chảo gang, bàn cán, khuôn định hình, bàn gói "
        "kẹo, cân treo, cân đĩa; hướng dẫn quy trình nấu kẹo.",
    ),
    (
        "jZo157",
        "en",
        "x_diy_scale",
        "DIY calibration tips for kitchen and bathroom scales",
        "Home tips: check zero, use dumbbells or a gallon of water as a known weight, use the calibration mode on digital "
        "scales or the zeroing screw on beam balances; analog scales may need a repair shop.",
    ),
    (
        "jZo159",
        "vi",
        "x_solar_ttc",
        "Gói điện mặt trời đầu tư đối ứng cho doanh nghiệp",
        "Doanh nghiệp góp vốn theo khả năng, không phí vận hành, mua điện giá thấp hơn EVN 10% và sở hữu hệ thống từ "
        "năm thứ 16.",
    ),
    (
        "jZo160",
        "en",
        "x_camau",
        "Converting unproductive rice paddies to rice–aquatic rotation or fruit trees",
        "Provincial restructuring model: farmers switch from two or three rice crops to rotating rice with shrimp, "
        "intercropping, or orchards and aquaculture; 24,000 ha restructured in three years in Kien Giang.",
    ),
]
