"""Offers of the holdout97 set (garments, textiles and footwear): (id, language, source key, title, description)."""

OFFERS = [
    # --- sewing lines, productivity, production software
    (
        "lUo001",
        "en",
        "sewline_ai",
        "AI-assisted line balancing for small garment factories",
        "Software that assigns sewing operations to operators and workstations in real time, using production "
        "data to spot bottlenecks before they form. Aimed at small factories that still balance lines by "
        "stopwatch and spreadsheet; goals are less idle time, an even workload and higher hourly output.",
    ),
    (
        "lUo002",
        "en",
        "abay_lb",
        "Simulation-based balancing of a polo-shirt sewing line",
        "Industrial engineers from the University of Gondar and NTUST time each operation, compute standard "
        "minutes and model the line in Arena simulation before regrouping tasks. In the reference study output "
        "rose from 288 to 381 pieces, line efficiency from 39.06% to 55.64%, labour productivity from 54.25% to "
        "66%, labour cost fell 15.63% and revenue grew about 30%.",
    ),
    (
        "lUo003",
        "en",
        "iris_mb",
        "Machine balancing and modular layout for T-shirt lines",
        "Researchers from BGMEA University of Fashion and Technology find the bottleneck operation by benchmark "
        "capacity, then combine a modular cell with the traditional progressive line and rebalance machines. "
        "The tested layout raised line efficiency by 9% and labour productivity by 6%.",
    ),
    (
        "lUo004",
        "vi",
        "lean_sg2",
        "Tư vấn áp dụng sản xuất tinh gọn (Lean) cho xí nghiệp may",
        "Nhóm giảng viên Trường Đại học Công nghiệp Thực phẩm TP.HCM đề xuất lộ trình Lean cho doanh nghiệp may, "
        "dựa trên trường hợp Công ty cổ phần May Sài Gòn 2: nhận diện lãng phí trên chuyền, cân đối công đoạn, "
        "giảm tồn bán thành phẩm và chi phí, kèm phân tích thuận lợi, khó khăn khi triển khai.",
    ),
    (
        "lUo005",
        "vi",
        "ftu_kaizen",
        "Mô hình tư vấn Kaizen cho doanh nghiệp làng nghề",
        "Trường Đại học Ngoại thương chuyển giao gói đào tạo và tư vấn công cụ cải tiến Kaizen (cải tiến liên "
        "tục từng bước nhỏ, phát huy người lao động) cho doanh nghiệp nhỏ ở làng nghề; mô hình đã thử nghiệm tại "
        "60 doanh nghiệp sản xuất thuộc ba nhóm làng nghề phía Bắc và cho thấy năng suất, chất lượng được cải thiện.",
    ),
    (
        "lUo006",
        "vi",
        "vns_dan",
        "Chương trình nâng cao năng suất bằng hệ thống quản lý và công cụ cải tiến",
        "Viện Năng suất Việt Nam hướng dẫn doanh nghiệp lựa chọn và áp dụng các mô hình quản lý, hệ thống và công "
        "cụ cải tiến chất lượng theo chương trình quốc gia nâng cao năng suất chất lượng, giúp doanh "
        "nghiệp vừa và nhỏ tăng năng suất và khả năng cạnh tranh.",
    ),
    (
        "lUo007",
        "vi",
        "gp_nangsuat_may",
        "Bộ giải pháp quản lý nâng cao năng suất cho doanh nghiệp may",
        "Nghiên cứu phân tích các yếu tố chính, phụ ảnh hưởng đến năng suất nhà máy may và đề xuất năm giải pháp "
        "quản lý chọn lọc từ các công cụ như ISO 9000, TQM, 5S, Kaizen, TPM, Lean; các giải pháp đã được chuyên "
        "gia đánh giá, có thể áp dụng làm khung cải tiến cho xưởng may.",
    ),
    (
        "lUo008",
        "vi",
        "vas_sw",
        "Phần mềm quản lý đơn hàng và tiến độ sản xuất may đo riêng",
        "Công ty gia công phần mềm VAS xây dựng hệ thống theo dõi đơn hàng, phân công và sản lượng đạt/lỗi cho "
        "xưởng sản xuất thay cho Excel. Dự án tham chiếu: khoảng 100 công nhân, 10 nhân viên văn phòng, trung "
        "bình 50 đơn hàng mỗi tháng, có báo cáo tiến độ cho lãnh đạo.",
    ),
    (
        "lUo009",
        "vi",
        "ocd_kpi",
        "Tư vấn xây dựng bộ chỉ số KPI hiệu suất sản xuất",
        "OCD hỗ trợ nhà máy thiết lập và theo dõi các chỉ số KPI về năng suất, chất lượng, chi phí và thời gian "
        "giao hàng, từ đó xác định khâu yếu và ưu tiên cải tiến quy trình sản xuất.",
    ),
    # --- cutting room, CAD, markers
    (
        "lUo010",
        "vi",
        "viettien_cad",
        "Hệ CAD/CAM giác sơ đồ Gerber Accumark và đào tạo sử dụng",
        "Cung cấp hệ Accumark gồm phần mềm, bảng số hóa và máy vẽ sơ đồ (khoảng 25.000-40.000 USD tùy cấu hình) "
        "để thiết kế mẫu, nhảy cỡ và giác sơ đồ tiết kiệm vải; khóa sử dụng cơ bản 7-10 ngày, một người vận "
        "hành, chạy liên tục hai ca mỗi ngày. Cả nước đã có trên 150 hệ.",
    ),
    (
        "lUo011",
        "vi",
        "designs_cat",
        "Máy cắt vải tự động dao CNC và cắt laser",
        "Giới thiệu và cung cấp giải pháp tự động hóa khâu cắt: máy cắt dao CNC cắt nhiều lớp vải nặng trên bàn "
        "phẳng có mặt lông giữ vải, đầu dao thay đổi theo mục đích cắt và đánh dấu; máy cắt laser là "
        "phương án thứ hai. Ứng dụng cho may mặc, bọc ghế, nội thất ô tô.",
    ),
    (
        "lUo012",
        "vi",
        "trai_cat_na",
        "Khóa đào tạo trải vải và cắt bán thành phẩm",
        "Trường Trung cấp nghề Kinh tế - Công nghiệp - Thủ công nghiệp Nghệ An dạy năm bài: trải vải đúng kỹ "
        "thuật, cắt bán thành phẩm an toàn, đánh số và phối kiện, hạch toán bàn cắt, điều hành quy trình cắt.",
    ),
    (
        "lUo013",
        "vi",
        "luanvan_tonthat",
        "Nghiên cứu tổn thất vải trong trải và cắt",
        "Đề tài luận văn phân tích các yếu tố gây tổn thất vải trong quá trình trải và cắt ở doanh nghiệp may, "
        "đánh giá ảnh hưởng đến hiệu suất sử dụng vải và đưa ra hướng giảm hao hụt.",
    ),
    (
        "lUo014",
        "vi",
        "cat_vai",
        "Thiết bị cắt vải và hướng dẫn quy trình cắt bốn bước",
        "Điện máy Tổng hợp Miền Nam cung cấp máy cắt vải cho xưởng may kèm hướng dẫn quy trình: trải vải thẳng "
        "mép, đánh dấu vị trí lỗi, trải và cố định sơ đồ trùng biên vải, rồi cắt chi tiết; lưu ý canh sọc với vải caro.",
    ),
    (
        "lUo015",
        "en",
        "coatsdig_marker",
        "Cut-plan tool using short markers to recover fabric end-bits",
        "Coats Digital shows cutting rooms how to mix long and short markers in the plan so that fabric "
        "end-bits left from long lays are used up by small markers, raising overall fabric utilisation.",
    ),
    (
        "lUo016",
        "en",
        "garmenta_marker",
        "Pattern grading and marker making service",
        "A garment development studio takes a graded digital pattern (.DXF with .RUL rules), the cuttable "
        "width of each fabric and the size ratio, and returns production markers laid out so that little fabric "
        "is wasted; one marker per fabric or print.",
    ),
    (
        "lUo017",
        "en",
        "tuka_marker",
        "Automatic marker making and cut planning service",
        "TUKAweb builds markers automatically from digital pattern data, respecting fabric width, table length, "
        "grain line, nap or print direction and spreading mode, and splits size ratios (for example 1-2-3-2-1) "
        "into several markers when the table limits the number of bundles.",
    ),
    (
        "lUo018",
        "en",
        "oshima_cut",
        "Automatic cutting machines and cutting-room readiness advice",
        "OSHIMA supplies automatic cutting machines and advises garment factories when they pay off: it depends "
        "on order type, cutting volume, fabric cost and manual cutting variation, and the machine needs stable "
        "spreading, inspected and relaxed fabric and accurate CAD markers to deliver its precision.",
    ),
    (
        "lUo019",
        "en",
        "fush_cut",
        "Contract cutting with CNC cutters and band-knife sampling",
        "FUSH, a custom clothing manufacturer with two factories, cuts samples on a band-knife and bulk "
        "multi-ply orders on automatic CNC cutters that optimise fabric use, typically 85-95% of the material; "
        "leftover trimmings go to a boxing-bag maker as filling.",
    ),
]

OFFERS += [
    # --- sewing machine maintenance
    (
        "lUo020",
        "en",
        "ukbc_downtime",
        "Preventive maintenance and fault-finding programme for sewing rooms",
        "A practical framework for industrial sewing machines: separate unplanned, planned and idle downtime, "
        "schedule preventive servicing, follow a disciplined fault-finding routine for broken needles, thread jams, "
        "timing and motor faults, and track repairs so small cut-and-sew shops lose fewer machine hours.",
    ),
    (
        "lUo021",
        "en",
        "castle_pm",
        "Industrial sewing machine servicing and care routines",
        "Castle Sewing services industrial machines and sets cleaning schedules for factories: lint and thread "
        "removed from bobbin and hook areas with a brush or compressed air, tension discs and guides cleaned, a "
        "daily wipe of spool stand and head and a brush on the hook twice a week; repairs booked before parts "
        "fail.",
    ),
    (
        "lUo022",
        "en",
        "needleseye",
        "Sewing mechanic support, spare parts and needle supply",
        "Needle's Eye helps plant mechanics with needle and thread problems, new fabrics and machine "
        "troubleshooting, and advises keeping a stock of needles, springs, screws and wear parts, since a "
        "missing part can cost half a day of a machine's output even when the supplier is in the same city.",
    ),
    (
        "lUo023",
        "en",
        "oga_pm",
        "Breakdown and preventive maintenance system for garment lines",
        "A maintenance policy for apparel factories: line mechanics on call through a traffic-light signal at "
        "each sewing line, breakdown time recorded to follow mechanic performance, and routine preventive "
        "maintenance planned so machines stay in condition and quality problems are avoided.",
    ),
    (
        "lUo024",
        "vi",
        "nsx_baotri",
        "Tư vấn chuyển đổi bảo trì từ sửa khi hỏng sang bảo trì phòng ngừa",
        "Năng Suất Xanh đánh giá hiện trạng bảo trì máy móc và giúp doanh nghiệp đi từ bảo trì 1.0 (hư đâu sửa "
        "đó) lên bảo trì phòng ngừa theo kế hoạch, giám sát tình trạng và bảo trì dự đoán với cảm biến, phần mềm "
        "quản lý bảo trì CMMS, giảm thiệt hại do ngừng máy.",
    ),
    # --- quality control and testing
    (
        "lUo025",
        "en",
        "sansan_aql",
        "AQL final inspection with accept/reject rules for garments",
        "A sportswear maker explains and applies AQL sampling for final goods inspection: 0 tolerance for "
        "critical defects, 2.5 for major and 4.0 for minor; with 125 garments sampled, up to 7 major or 10 minor "
        "defects are allowed before a lot is rejected.",
    ),
    (
        "lUo026",
        "en",
        "gocubic_qc",
        "Garment quality framework from pre-production to pre-shipment",
        "A quality programme for apparel: approved samples and tech packs, pre-production checks of materials "
        "and trims, during-production inspection when 20-30% of the order is done, and random pre-shipment "
        "inspection per AQL tables with measurement, packaging and labelling checks.",
    ),
    (
        "lUo027",
        "en",
        "osi_vn",
        "Third-party quality inspection services in Vietnam",
        "OSI Vietnam runs pre-shipment, during-production and container-loading inspections and laboratory "
        "testing against ISO, ASTM, JIS or Vietnamese standards, with an inspection plan, checks of size, colour, "
        "function and labelling, and a findings report with recommendations.",
    ),
    (
        "lUo028",
        "en",
        "vninsider_qc",
        "Garment QC in Vietnam using ISO 2859-1 AQL sampling",
        "A sourcing agent in Vietnam sets up AQL-based quality control with factories or third-party inspectors: "
        "for 5,000 pieces of a style a random sample of 200 is checked, and at AQL 1.5 no more than 7 pieces may "
        "be defective; checks cover raw materials, operations and finished garments.",
    ),
    (
        "lUo029",
        "vi",
        "ocd_qc",
        "Tư vấn hệ thống kiểm tra chất lượng sản phẩm và QC tự động",
        "OCD hướng dẫn doanh nghiệp xây dựng quy trình kiểm tra chất lượng: phương pháp đo lường, kiểm soát "
        "theo tiêu chuẩn, ngăn hàng lỗi đến tay khách; kết hợp công nghệ kiểm tra và tích hợp hệ thống MES để "
        "tự động hóa khâu QC.",
    ),
    (
        "lUo030",
        "vi",
        "garco10_lab",
        "Phòng thí nghiệm dệt may VILAS 1329 của May 10",
        "Trung tâm thử nghiệm dệt may thuộc Tổng công ty May 10 (Long Biên, Hà Nội) được công nhận VILAS 1329, "
        "hiệu lực đến 11/2026, nhận thử các chỉ tiêu cơ lý của vải và sản phẩm may cho doanh nghiệp.",
    ),
    (
        "lUo031",
        "en",
        "fiti_lab",
        "FITI accredited textile testing laboratory in Long An",
        "FITI Testing & Research Institute Vietnam, in Long Hau industrial park, Long An, holds VILAS 960 "
        "accreditation for chemical and mechanical tests of textiles and products and serves garment exporters "
        "in the south.",
    ),
    (
        "lUo032",
        "vi",
        "pv_detmay_lab",
        "Dịch vụ thử nghiệm vải của Phân viện Dệt may",
        "Trung tâm thí nghiệm nhận thử kiểu dệt, khổ vải, khối lượng, mật độ, độ dày, độ bền đứt băng vải và "
        "kéo giật, độ bền xé, nén thủng, lớp tráng phủ theo TCVN, ISO, ASTM, JIS; lượng mẫu từ 0,3 m đến 1 m "
        "nguyên khổ, trả kết quả trong 1-2 ngày.",
    ),
    (
        "lUo033",
        "vi",
        "kythuatdo",
        "Cung cấp máy kiểm tra vải và thiết bị thử nghiệm dệt",
        "Đơn vị bán thiết bị đo kiểm giới thiệu các dòng máy kiểm tra chất lượng vải theo tiêu chuẩn AATCC, "
        "ASTM để xưởng tự trang bị phòng thử; trình bày lịch sử máy đo sợi, vải từ thủ công đến điện tử.",
    ),
    # --- training of sewing workers
    (
        "lUo034",
        "vi",
        "kc_quangnam",
        "Đào tạo nghề may công nghiệp 3 tháng gắn với tuyển dụng",
        "Trung tâm khuyến công Quảng Nam mở lớp may công nghiệp cho 145 lao động nữ: học lý thuyết kết hợp thực "
        "hành cắt may, lắp ráp công đoạn trên chuyền; sau 3 tháng 100% đạt, được cấp chứng nhận sơ cấp và ký "
        "hợp đồng lao động với doanh nghiệp.",
    ),
    (
        "lUo035",
        "vi",
        "hoanghoa",
        "Lớp sơ cấp may công nghiệp cho lao động nông thôn",
        "Mô hình của huyện Hoằng Hóa: 3 lớp, 117 học viên chưa qua đào tạo, học 3 tháng về cắt, may và hoàn "
        "thành sản phẩm, an toàn vệ sinh lao động, tác phong công nghiệp; cuối khóa cấp chứng chỉ và giới thiệu "
        "việc làm tại doanh nghiệp.",
    ),
    (
        "lUo036",
        "vi",
        "doluong",
        "Đào tạo ngắn hạn may công nghiệp theo Đề án 1956",
        "Trung tâm công tác xã hội Nghệ An phối hợp Phòng LĐTBXH dạy may công nghiệp 3 tháng cho 70 lao động "
        "nông thôn: đường may cơ bản, bộ phận sản phẩm, vận hành máy may công nghiệp, lắp ráp trên dây chuyền; "
        "mỗi năm đào tạo 350-500 lao động và giới thiệu cho công ty may.",
    ),
    (
        "lUo037",
        "vi",
        "cdn_cantho",
        "Chương trình sơ cấp nghề may thiết kế thời trang theo nhu cầu doanh nghiệp",
        "Trường Cao đẳng nghề Cần Thơ xây dựng chương trình sơ cấp nghề may dựa trên khảo sát người học và "
        "doanh nghiệp may, hướng tới đào tạo thợ kỹ thuật đáp ứng thị trường lao động vùng đồng bằng sông Cửu Long.",
    ),
    (
        "lUo038",
        "en",
        "rezaselim",
        "Sewing operator training and development programme",
        "A step-by-step programme for apparel factories: skills-gap analysis, curriculum on sewing techniques, "
        "machine operation, quality and safety, onboarding with basic skills, then on-the-job mentoring, "
        "shadowing and supervised practice until operators reach target speed.",
    ),
    (
        "lUo039",
        "en",
        "collyer",
        "Systematic retraining of low-performing sewing operators",
        "Paul Collyer's method for garment factories with long training times, high labour turnover, rework and "
        "line inefficiency: a training section that works with existing operators who miss quality, quantity "
        "and time targets, integrated with production rather than run by HR.",
    ),
    (
        "lUo040",
        "en",
        "navttc_sup",
        "Six-month apparel supervisor certificate curriculum",
        "A competency curriculum for line supervisors: operating lockstitch, overlock and flatlock, button, "
        "bartack and buttonhole machines, supervising cutting, monitoring manufacturing, finishing, pressing, "
        "quality and packing, discipline, health and safety and communication.",
    ),
    (
        "lUo041",
        "en",
        "sunent",
        "Garment operator, supervisor and quality-controller training",
        "Sun Enterprises designed a USAID-funded programme in Pakistan covering basic operator training, advanced "
        "operator training and multi-skilling, supervisor and quality-controller courses, trainee selection by "
        "health, eyesight and skill potential, plus industrial literacy.",
    ),
]

OFFERS += [
    # --- embroidery
    (
        "lUo042",
        "en",
        "av_emb",
        "Logo embroidery with in-house digitizing",
        "A commercial embroidery shop turns a company logo and text into stitched decoration on shirts, caps and "
        "uniforms; a logo usually runs to several thousand stitches in several thread colours, and the quality "
        "depends on the digitizer who sets the stitch order and stitch types.",
    ),
    (
        "lUo043",
        "en",
        "payless_dig",
        "Embroidery digitizing (punching) service priced per 1,000 stitches",
        "Converts a bitmap logo (JPEG, BMP, GIF) into a machine-readable embroidery file, keeping colour changes "
        "and trims to a minimum; price USD 1.00 per 1,000 stitches, stock designs USD 15 each plus USD 5 for "
        "added text, quotation from the customer's logo.",
    ),
    (
        "lUo044",
        "en",
        "ly_dig",
        "Multi-needle computerized embroidery machines and design files",
        "Industrial embroidery machines with hoop frames read digitized files, trim and change colours "
        "automatically, with up to 15 or more needles per head and larger models sewing the same design on 20 "
        "or more heads at once; digitizing and file services are offered alongside.",
    ),
    (
        "lUo045",
        "en",
        "engravers_emb",
        "Starting garment embroidery as a personalisation service",
        "An industry journal guide for small decorators: why embroidery suits almost any fabric, is non-toxic, "
        "has a moderate learning curve and modest entry budget, compared with sublimation (polyester only), "
        "inkjet transfers that fade, screen printing for short runs and costly DTG.",
    ),
    (
        "lUo046",
        "en",
        "kimthanh_coop",
        "Handicraft cooperative model with hand embroidery and natural dyeing",
        "Kim Thanh Handicraft Cooperative in Hai Duong, set up in 2008 by GTV, the Vietnam Handicraft Research and "
        "Promotion Center and the provincial Women's Union, trains rural women in hand embroidery and natural "
        "dyeing and makes embroidered bags, hemp cushion covers and linen purses; 25 members.",
    ),
    (
        "lUo047",
        "vi",
        "phuongthao_theu",
        "Xưởng tranh thêu tay Phương Thảo nhận truyền nghề và gia công",
        "Nghệ nhân Nguyễn Thúy Đào (Thường Tín, Hà Nội) hơn 30 năm làm thêu tay, thành thạo 9 kỹ thuật thêu truyền "
        "thống (nối đầu, lướt vặn, đâm sô, sa hạt, khoắn vảy...), công ty tạo việc làm cho hàng trăm lao động, "
        "phù hợp phụ nữ và người khuyết tật.",
    ),
    (
        "lUo048",
        "vi",
        "hue_theu",
        "Đào tạo và hỗ trợ thiết bị cho cơ sở thêu xứ Huế",
        "Thừa Thiên Huế có khoảng 200 cơ sở thêu (tranh, áo dài, khăn, Kimono, Hanbok) như HTX Thêu Thuận Lộc, XQ; "
        "Sở Công thương tổ chức khóa đào tạo nghề thêu, hỗ trợ máy móc tiên tiến để đa dạng sản phẩm và mở rộng quy mô.",
    ),
    (
        "lUo049",
        "vi",
        "nghiaphat_theu",
        "Thêu vi tính logo cho đơn hàng đồng phục số lượng lớn",
        "Công ty may đồng phục Nghĩa Phát thêu logo bằng máy thêu vi tính điều khiển theo chương trình, thêu nhiều "
        "sản phẩm cùng lúc với độ chính xác gần như tuyệt đối, đáp ứng đơn vài nghìn đến vài trăm nghìn áo thun, "
        "sơ mi đồng phục trong 2-3 tuần.",
    ),
    (
        "lUo050",
        "vi",
        "soul_theu",
        "Số hóa mẫu thêu (digitizing) bằng Wilcom, Hatch, Tajima DG",
        "Xưởng thêu nhận hình của khách, đơn giản hóa chi tiết, vẽ lại thành file mũi kim: chọn đường đi của kim, "
        "loại mũi satin, fill, chạy viền, mật độ và hướng chỉ theo từng loại vải; file phức tạp mất vài giờ, "
        "sau đó chọn chỉ polyester hoặc cotton và thêu.",
    ),
    # --- knitting and crochet
    (
        "lUo051",
        "vi",
        "gt_detkim",
        "Giáo trình và khóa học công nghệ sản xuất sản phẩm dệt kim",
        "Trường Đại học Sư phạm Kỹ thuật TP.HCM (tác giả Trần Thanh Hương) biên soạn môn công nghệ sản xuất sản "
        "phẩm dệt kim: nguyên liệu, thiết bị, điều kiện kỹ thuật ảnh hưởng đến sản phẩm, bài tập kiểm nghiệm "
        "vật liệu và thiết kế; dùng đào tạo kỹ thuật viên ngành may.",
    ),
    (
        "lUo052",
        "vi",
        "hangvongxien",
        "Nghiên cứu hiện tượng hàng vòng xiên ở sản phẩm dệt kim",
        "Luận văn tại Viện Dệt May - Da Giầy và Thời trang, Đại học Bách khoa Hà Nội (hướng dẫn TS. Chu Diệu "
        "Hương) đánh giá ảnh hưởng của hàng vòng xiên đến chất lượng sản phẩm và hao phí nguyên liệu khi cắt may "
        "hàng dệt kim, khảo sát tại doanh nghiệp.",
    ),
    (
        "lUo053",
        "vi",
        "thun_tron",
        "Cung cấp vải thun trơn dệt kim cho áo đồng phục",
        "Xưởng vải cung cấp vải thun trơn dệt kim từ sợi cotton, len hoặc polyester, spandex, co giãn nhiều "
        "hướng, mềm, thấm hút; đã qua nhuộm, in, xử lý bề mặt; nhiều màu và độ dày cho áo thun cổ tròn, cổ bẻ, "
        "raglan đồng phục.",
    ),
    (
        "lUo054",
        "en",
        "elegant_knit",
        "Flatbed and circular knitting, including spirality control",
        "A knitwear maker explains which machine suits which product: circular machines fed with up to 32 yarns "
        "for cut-and-sew jersey, where single-twist unbalanced yarn causes spirality that puts garments off "
        "grain after cutting; flatbed hand-flat or computer jacquard machines for fully fashioned sweaters.",
    ),
    (
        "lUo055",
        "en",
        "elite_knit",
        "Machine knitting units and gauges for knitwear",
        "Elite Impex knits on standard-gauge 200-needle machines for fine to sport-weight yarns and on mid-gauge "
        "or bulky machines for heavier yarns, on flatbed (back-and-forth) and circular (in the round) machines; "
        "machine knitting gives more even fabric and saves time but needs trained operators.",
    ),
    (
        "lUo056",
        "vi",
        "mylen_camlam",
        "Dạy nghề móc len và nhận đơn sản phẩm len cho phụ nữ địa phương",
        "Hộ kinh doanh My Len (Cam Lâm, Khánh Hòa) từ 5/2018 dạy móc len cho phụ nữ, nhận đơn thú bông và sản "
        "phẩm len, xoay vốn bằng tiền cọc mua sợi và đã xây xưởng để chị em có chỗ làm ổn định.",
    ),
    (
        "lUo057",
        "en",
        "craftlink_crochet",
        "Product development and market access for crochet groups",
        "Craft Link, a fair-trade organisation in Hanoi, has since 1996 supported a crochet group formed in 1988 "
        "in Do Son, Hai Phong, with more than 20 women, mainly through product development and marketing so "
        "the members always have paid work.",
    ),
    # --- natural dyes
    (
        "lUo058",
        "vi",
        "linh_bk",
        "Công nghệ nhuộm vải bông, tơ tằm bằng chất màu chiết từ lá cây",
        "Phòng Hóa nhuộm và xử lý hoàn tất, Đại học Bách khoa Hà Nội hoàn thiện quy trình tách chiết màu từ lá "
        "chè, bàng, bạch đàn, hồng xiêm, sắn dây, thiên lý, tre để nhuộm cotton và tơ tằm; màu bền, ít nhàu, "
        "kháng khuẩn, nước thải không độc, dễ chuyển giao cho hộ dệt thủ công.",
    ),
    (
        "lUo059",
        "vi",
        "linh_ncdt",
        "Nhuộm vải bằng lá cây rụng với độ bền màu cấp 4-5",
        "PGS.TS Hoàng Thị Lĩnh đưa các loại lá phổ biến như chè già, bàng, xà cừ, xoài, vải, ổi, cà phê vào làm "
        "chất nhuộm; nhờ xử lý sau nhuộm theo công nghệ hiện đại, vải đạt độ bền màu khá (cấp 4-5/5) và an toàn "
        "cho người mặc.",
    ),
    (
        "lUo060",
        "vi",
        "ttk_trungthu",
        "Dự án thay thuốc nhuộm hóa học bằng chất màu tự nhiên",
        "Công ty TNHH dệt nhuộm Trung Thư (Hưng Yên) phối hợp TS. Hoàng Thị Lĩnh và Công ty GoldenDolphin thực "
        "hiện dự án sản xuất sạch hơn 2012-2013, nhuộm bông, lanh, tơ tằm bằng lá bàng, tre, thiên lý, xà cừ, "
        "ngải cứu, bạch đàn, chè, hồng xiêm và vỏ xà cừ.",
    ),
    (
        "lUo061",
        "vi",
        "duanuoc_wiki",
        "Quy trình chiết dịch nhuộm từ vỏ trái dừa nước",
        "Tận dụng vỏ và trái non dừa nước bỏ đi để nhuộm tơ tằm, cotton: chặt nhỏ, tỷ lệ 1 kg trái với 10 lít "
        "nước, đun sôi cô còn 1/3 rồi lọc, lặp lại ba lần lấy dịch; nguồn nguyên liệu lớn, có thể đáp ứng quy mô "
        "công nghiệp (Lê Võ Sơn Quân, rừng dừa Bảy Mẫu).",
    ),
    (
        "lUo062",
        "vi",
        "lacam_qn",
        "Chiết màu lá cẩm nhuộm vải tơ tằm và khảo sát chất cầm màu",
        "Nghiên cứu tại Quảng Nam chiết chất màu từ lá cẩm để nhuộm lụa tơ tằm, khảo sát ảnh hưởng của chất cầm "
        "màu; sản phẩm đáp ứng tiêu chí sinh thái không azo, không formaldehyde.",
    ),
    (
        "lUo063",
        "en",
        "mm_myanmar",
        "Natural mordants for dyeing cotton with plant dyes",
        "The Department of Textile Engineering, Yangon Technological University, applied natural dye with "
        "natural mordants on cotton and analysed the dyed fabric, aiming to replace synthetic dyes that release "
        "hazardous chemicals during production and use.",
    ),
    (
        "lUo064",
        "en",
        "paramparik",
        "Natural dye block printing by Aranya craftsmen",
        "Aranya (V. Vijaykumar) prints cloth with natural dyes such as indigo, cutch, madder, turmeric, "
        "safflower and fruit or vegetable skins; substantive dyes need no mordant, adjective dyes are fixed with alum, "
        "iron or tin salts or with lime, vinegar, wood ash and plant solutions.",
    ),
    (
        "lUo065",
        "en",
        "mango_silk",
        "Dyeing silk with extract of mango leaves",
        "A study optimised extraction of colour from crushed mango leaves: highest colour strength at pH 10, "
        "98 °C, 60 minutes and a 1:10 material-to-liquor ratio; dyeing mordanted and unmordanted silk gave "
        "different shades from the same extract; colour yield and fastness were measured.",
    ),
]

OFFERS += [
    # --- dyehouse water and energy, cleaner production
    (
        "lUo066",
        "vi",
        "sxsh_detnhuom",
        "Tài liệu và đánh giá sản xuất sạch hơn ngành dệt nhuộm",
        "Bộ hướng dẫn sản xuất sạch hơn cho dệt nhuộm (107 trang) mô tả quy trình kéo sợi, dệt, xử lý vải, "
        "hiện trạng nước thải, khí thải, chất thải rắn, phương pháp đánh giá SXSH và danh mục cơ hội giảm tiêu "
        "hao nước, hóa chất, năng lượng tại cơ sở nhuộm.",
    ),
    (
        "lUo067",
        "vi",
        "vncpc",
        "Tư vấn sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP)",
        "Trung tâm Sản xuất sạch hơn Việt Nam (VNCPC) khảo sát, phân tích số liệu sản xuất để tìm điểm nóng tiêu "
        "thụ điện, nước, hóa chất; ở một doanh nghiệp khu công nghiệp Khánh Phú đã chỉ ra khoảng 10% điện năng "
        "tổn hao do vệ sinh công nghiệp kém, bảo ôn kém, đèn 250 W, điều hòa đặt 18 °C.",
    ),
    (
        "lUo068",
        "vi",
        "khoaluan_ltmay",
        "Áp dụng sản xuất sạch hơn và sử dụng năng lượng hiệu quả cho công ty may",
        "Nghiên cứu của Khoa Môi trường, Đại học Tài nguyên và Môi trường TP.HCM cùng Trung tâm Tư vấn Dịch vụ "
        "Tài nguyên Môi trường đánh giá SXSH và sử dụng năng lượng hiệu quả tại một công ty may (Công ty TNHH MTV "
        "LT), đề xuất giải pháp giảm tiêu thụ và chất thải.",
    ),
    (
        "lUo069",
        "en",
        "coats_lr",
        "Lowering liquor ratio on existing dyeing machines",
        "Coats reports that new low-liquor dyeing machines run at 4.5:1 instead of 8:1 (44% less water); its "
        "Bangladesh dyehouse cut old machines from 8:1 to 6.5:1, a 19% water saving with matching energy savings, "
        "by maximising load, optimising water level, flow direction and pump speed without modifying machines.",
    ),
    (
        "lUo070",
        "en",
        "ecoinn_lt",
        "Separating dyehouse discharges for reuse and heat recovery",
        "A Lithuanian textile mill split its discharges: relatively clean rinse water is pumped back to processes "
        "and hot dyeing effluent passes two heat exchangers to warm soft water. Savings about 90,000 m3 of soft "
        "water and 3,400 Gcal a year, EUR 173,772 annually, payback within one year.",
    ),
    (
        "lUo071",
        "en",
        "jeetah_paint",
        "Insulating paint on dyeing machines to cut steam use",
        "University of Mauritius researchers coated a dyeing machine with one 200 µm layer of insulating paint: "
        "losses fell at least 15%, total energy 6.9%, steam from 1.06 to 0.98 kg per kg fabric; the paint, with "
        "a two-year life, paid back by the 11th month.",
    ),
    (
        "lUo072",
        "en",
        "ann_energy",
        "Energy-efficiency practices observed in apparel factories",
        "ANN INC.'s guide from factory visits in China, Hong Kong and Vietnam: steam after-use recycling for "
        "ironing or hot water (USD 6,500, 37% of waste steam recovered, 6-month payback), servo-motor sewing "
        "machines (USD 850 each, 67% less energy, 25-30% productivity, 1.5-year payback), biomass boilers.",
    ),
    (
        "lUo073",
        "en",
        "ordnur_energy",
        "Energy audit for garment factories with a 30% cost cut case",
        "An audit method applied in a Dhaka woven-shirt factory producing over 250,000 garments a month and "
        "using about 78,000 kWh a month (0.312 kWh per garment): lighting, steam and compressed air optimised, "
        "energy costs cut by 30%, with payback and steps to replicate.",
    ),
    # --- printing on fabric
    (
        "lUo074",
        "vi",
        "saodo_in",
        "Tư vấn chọn công nghệ in lưới, in chuyển nhiệt, in kỹ thuật số",
        "Khoa May thời trang, Trường Đại học Sao Đỏ phân tích ba công nghệ in trên vải trong may công nghiệp: in "
        "lưới (lụa), in chuyển nhiệt và in kỹ thuật số, với đặc điểm, ưu nhược điểm của từng phương pháp.",
    ),
    (
        "lUo075",
        "vi",
        "hoachatinvai",
        "Hóa chất, vật tư và hướng dẫn quy trình in lụa",
        "Nhà cung cấp hóa chất in vải hướng dẫn in lụa: tạo khuôn trên lưới bằng băng keo, vẽ keo cản sáng hoặc "
        "nhũ tương cảm quang rồi phơi sáng, mỗi màu một khuôn, ép mực qua lưới bằng dao gạt; so sánh với in "
        "kỹ thuật số và in nhiệt.",
    ),
    (
        "lUo076",
        "vi",
        "hict_dtg",
        "In phun kỹ thuật số trực tiếp lên vải cotton và PE/CO",
        "Khoa Thời trang, Trường Đại học Công nghiệp Dệt May Hà Nội nghiên cứu tối ưu thông số in phun trực tiếp "
        "trên sản phẩm: hình sắc nét, đổi mẫu linh hoạt theo từng khách, ít ô nhiễm; chất lượng in trên vải một "
        "thành phần (100% cotton hoặc 100% PET) cao hơn vải pha.",
    ),
    (
        "lUo077",
        "vi",
        "skprint",
        "Dịch vụ in áo thun từ in lụa đến công nghệ số",
        "SK Print nhận in áo thun theo yêu cầu và giới thiệu các kỹ thuật từ in lụa thủ công (mỗi màu một khuôn, "
        "hợp mẫu ít màu in lặp lại) đến các công nghệ in hiện đại cho đơn cá nhân hóa.",
    ),
    (
        "lUo078",
        "vi",
        "vephiminlua",
        "Làm phim và khuôn in lụa cho xưởng in",
        "Đơn vị chuyên ra phim in lụa phục vụ xưởng in trên vải và vật liệu khác; in lụa vào Việt Nam từ những "
        "năm 1950, nay dùng khuôn photopolymer, mực mới và máy in tự động.",
    ),
    (
        "lUo079",
        "en",
        "pigment_dtg",
        "Pigment direct-to-garment printing for short runs",
        "Pigment DTG is a one-step process with good wash fastness that prints cotton, poly-cotton and polyester "
        "garments, suited to print-on-demand; dye sublimation is cheaper to start but has higher cost per print, "
        "a narrow fabric range, washability limits and dye migration.",
    ),
    (
        "lUo080",
        "en",
        "sankalp",
        "Digital fabric printing in very small runs",
        "A designer's studio prints fabric digitally, without screens, in runs under one yard, using inks "
        "matched to cotton, silk, polyester or nylon and finished with heat or steam; rotary screen printing, "
        "by contrast, usually needs runs of several thousand yards per design.",
    ),
    (
        "lUo081",
        "en",
        "digout_fashion",
        "Dye-sublimation apparel fabrics for digital printing",
        "Fisher Textiles supplies apparel fabrics prepared for dye-sublimation printing, for athletic wear, "
        "garments, scarves and swimwear, some with moisture management; digital print avoids screen engraving "
        "costs and waits and allows one-off runs.",
    ),
    (
        "lUo082",
        "en",
        "sdg_fabric",
        "Short-run digital textile printing service for designers",
        "[TC]2's InkDrop Printing and wide-format printers from Roland and Mimaki let print providers offer "
        "direct and dye-sublimation fabric printing, such as acid dyes on silk for scarves and pillows, for "
        "short high-end fashion and décor runs.",
    ),
    (
        "lUo083",
        "en",
        "katoutten",
        "One-day beginners' screen-printing workshop",
        "3rd Rail Print Space runs one-day courses: artwork edited and printed to film, screens cleaned, coated "
        "and exposed, emulsion washed out, colours mixed, then printing on a carousel in pairs; each participant "
        "leaves with five screen-printed T-shirts.",
    ),
    # --- dye-house wastewater
    (
        "lUo084",
        "vi",
        "phen_alfe",
        "Xử lý nước thải dệt nhuộm bằng hỗn hợp phèn nhôm và phèn sắt(III)",
        "Viện Kỹ thuật nhiệt đới và Bảo vệ môi trường TP.HCM nghiên cứu keo tụ nước thải dệt nhuộm bằng hỗn hợp "
        "phèn nhôm và phèn sắt(III), chọn tỷ lệ phối trộn để giảm độ màu và chất lơ lửng trước xử lý tiếp theo.",
    ),
    (
        "lUo085",
        "vi",
        "safechem",
        "Quy trình và hóa chất xử lý nước thải dệt nhuộm",
        "Safechem cung cấp hóa chất và quy trình: tách rác thô (vải vụn, sợi), bể điều hòa, keo tụ tạo bông bằng "
        "phèn nhôm, PAC và polymer để khử màu, lắng bùn, rồi xử lý sinh học giảm COD, BOD.",
    ),
    (
        "lUo086",
        "vi",
        "vinabase",
        "Thiết kế hệ thống xử lý nước thải dệt may",
        "Vinabase thiết kế hệ thống cho nước thải nhuộm nhiệt độ, độ màu, COD cao: tháp giải nhiệt hoặc giàn làm "
        "mát trước tiên, keo tụ tạo bông trước sinh học với vải polyester và pha cotton/polyester, sau đó kỵ khí "
        "kết hợp hiếu khí; loại bỏ SS, màu, kim loại nặng.",
    ),
    (
        "lUo087",
        "vi",
        "dainam",
        "Hệ thống xử lý nước thải dệt nhuộm hiện đại, tiết kiệm",
        "Đại Nam Enviro tư vấn, thiết kế và thi công hệ thống xử lý nước thải từ hồ sợi, tẩy trắng, giặt, nhuộm, "
        "hoàn tất, xử lý màu khó phân hủy, COD, BOD cao, pH dao động và kim loại nặng để đạt quy chuẩn xả thải.",
    ),
    (
        "lUo088",
        "en",
        "ec_tehran",
        "Electrocoagulation of dyeing and washing effluent",
        "University of Tehran tested a reactor with 10 iron electrodes in monopolar mode on textile dyeing and "
        "washing effluent: at 120 minutes, 30 V and pH 7, COD fell 87%, TSS 91% and dye 98%; dyeing produces "
        "about 40-65 L of wastewater per kg of fabric.",
    ),
    (
        "lUo089",
        "en",
        "condor",
        "Choosing colour-removal technology for textile wastewater",
        "Condorchem Envitech compares coagulation-flocculation, adsorption, oxidation, membranes and other routes "
        "for decolourising textile effluent, noting that an urban treatment plant removes only 20-30% of colour "
        "and that water reuse requires very high removal.",
    ),
    (
        "lUo090",
        "en",
        "f2f_water",
        "Reducing water use in textile wet processing",
        "An article reviewing how mills can cut water and sewer costs: end-of-pipe options such as cationic "
        "polymer flocculation, membranes, oxidation and carbon adsorption can recycle part of the effluent but "
        "have high capital and operating costs, so process water reduction comes first.",
    ),
]

OFFERS += [
    # --- denim washing
    (
        "lUo091",
        "en",
        "id_ozone",
        "Laser finishing and ozone washing for jeans",
        "Indian Designs finishes denim with a VAV Wilma 7 laser (no water, no chemicals, remote-operated chamber) "
        "for whiskering, scraping and ripped effects, and ozone washing that saves about 45% water, 60% energy, "
        "90% chemicals and 40% floor space; a pair of jeans otherwise uses about 42 litres in finishing.",
    ),
    (
        "lUo092",
        "en",
        "denimstudent",
        "Sustainable industrial denim washing technologies",
        "Overview of laser finishing (replacing stone wash, bleaching, PP spray and sandblasting), ozone or "
        "ozonised water fading that can cut water use up to 80% and removes chlorine bleach, and nano finishes, "
        "with suppliers such as Jeanologia, Tonello and Raylase.",
    ),
    (
        "lUo093",
        "en",
        "presitex_ozone",
        "Ozone washing equipment for denim finishing",
        "Presitex describes ozone fading: generators turn oxygen into ozone by high-voltage discharge or UV, "
        "replacing bleach and detergents for faded and distressed effects with less water, energy and chemical "
        "waste; proper ventilation is needed for operator safety.",
    ),
    (
        "lUo094",
        "vi",
        "thanhnien_jeans",
        "Công nghệ laser kỹ thuật số và ozone cho sản xuất jeans xanh hơn",
        "Nhóm nghiên cứu làm việc tại Việt Nam, Australia và Ấn Độ cho thấy dùng laser kỹ thuật số và khí ozone "
        "trong hoàn tất denim giảm tiêu thụ nước, năng lượng, hóa chất và phát thải so với giặt truyền thống.",
    ),
    (
        "lUo095",
        "vi",
        "asmara_wash",
        "Quy trình wash denim bền vững",
        "Đồ án Công nghệ May, Đại học Sư phạm Kỹ thuật TP.HCM (2023) phân tích quy trình wash denim bền vững tại "
        "Văn phòng đại diện Asmara và các nhà máy của đơn vị: quy trình công nghệ tổng quát, "
        "khách hàng, sản phẩm chủ lực.",
    ),
    # --- textile waste
    (
        "lUo096",
        "vi",
        "hp_vaivun",
        "Giải pháp tái chế vải vụn thành trang phục và phụ kiện",
        "Nhóm Đại học Hàng hải Việt Nam đề xuất quy trình xử lý, tái chế vải vụn của xưởng may thành bộ trang "
        "phục và phụ kiện thời trang, tăng hiệu quả kinh tế, môi trường, xã hội; bối cảnh Hải Phòng có hơn 150 "
        "doanh nghiệp dệt may, xuất khẩu 7,7 tỷ USD năm 2023.",
    ),
    (
        "lUo097",
        "en",
        "jusst_vaivun",
        "Recycling fabric scraps into clothes and accessories",
        "Researchers at Vietnam Maritime University describe processing garment-factory fabric scraps into "
        "costumes and fashion accessories to improve economic efficiency; in Hai Phong, a textile centre with "
        "USD 7.7 billion exports, cutting waste is largely unmanaged.",
    ),
    (
        "lUo098",
        "vi",
        "markettimes_ac",
        "Thu gom và tái chế chất thải dệt may của Môi trường Á Châu",
        "Công ty Môi trường Á Châu nhận xử lý chất thải dệt may: loại vải tái sử dụng hoặc kéo sợi, kéo hạt được, "
        "loại không thể tái chế làm nhiên liệu cho lò nung xi măng; phân biệt chất thải tiền tiêu dùng, hậu công "
        "nghiệp và sau tiêu dùng.",
    ),
    (
        "lUo099",
        "en",
        "swam_recl",
        "Fibre reclamation and reuse of cutting-room offcuts",
        "Fibre reclamation mills grade waste by fibre and colour (no re-dyeing), shred it to shoddy, blend, card "
        "and spin yarn or compress fibres for mattresses; polyester is granulated into chips and re-spun; cut-outs "
        "go to carpet padding, mattress filling, firewalls and pet beds, with MSDS supplied.",
    ),
    (
        "lUo100",
        "en",
        "fiberrec",
        "Fabric waste cutting and shredding machines",
        "A textile recycling equipment maker sorts waste fabric by material and quality, then feeds it by "
        "conveyor into a fibre cutting machine that shreds it uniformly and quickly as the first step of "
        "reprocessing.",
    ),
    (
        "lUo101",
        "en",
        "galloway",
        "Routes for recycling fabric: wiping cloths, shoddy and insulation",
        "Cotton and silk cut into industrial wiping cloths for automotive and mining users or paper making; "
        "natural fibres graded by type and colour, shredded into shoddy, carded and re-spun; polyester turned into "
        "chips; old jeans made into insulation.",
    ),
    # --- fish leather and footwear
    (
        "lUo102",
        "en",
        "agcenture_fish",
        "Cottage-scale tanning of fish skins into exotic leather",
        "Kenyan innovators tan tilapia and Nile perch skins, which with heads and bones make up 30-70% of the fish: "
        "dry, lime, flesh, de-lime, degrease and pickle the skins to crust, then dye and finish. A manual tannery "
        "works in Kisumu; a more automated one in Kitale makes about 400 kg of leather a week; vegetable tanning "
        "with banana and pawpaw is possible.",
    ),
    (
        "lUo103",
        "en",
        "discardless_fish",
        "Fish leather from processing discards: product factsheet",
        "The DiscardLess project factsheet covers cured and tanned fish skins from carp, salmon, perch, tilapia, "
        "cod, sea bass, eel or shark, as strong as sheepskin thanks to collagen, used for bags, wallets, belts, "
        "shoes, bookbinding and upholstery.",
    ),
    (
        "lUo104",
        "en",
        "caitlin_fish",
        "Leaf and oil tanning of fish skins",
        "A material designer's method: remove fat, soak skins in salt water against bacteria, then leaf tan in "
        "a tannic bath for at least a week or oil tan with coconut oil left to oxidise in the sun, producing soft "
        "salmon and mahi-mahi leather.",
    ),
    (
        "lUo105",
        "en",
        "minardi_fish",
        "Fish leather sourcing for fashion accessories",
        "About 40 kg of skin is discarded per tonne of fish fillets; Icelandic Atlantic Leather, tanning fish "
        "skin for 20 years, supplies Prada, Dior, Nike and Puma. Fish leather costs about as much as regular "
        "leather but can be bought in small quantities, suiting small items.",
    ),
    (
        "lUo106",
        "vi",
        "hesperian_lap",
        "Hướng dẫn an toàn công đoạn dán đế và chuyển sang keo nước",
        "Tài liệu an toàn lao động ngành giày hướng dẫn thay keo dung môi và sơn lót bằng keo nước ít độc hơn "
        "(lưu ý isocyanate), dùng máy dán khép kín hoặc hộp dán có cửa thao tác nhỏ, bảo quản và pha trộn hóa chất "
        "an toàn, nhận biết dấu hiệu nhiễm độc.",
    ),
    (
        "lUo107",
        "vi",
        "hesperian_de",
        "Giảm phơi nhiễm khi trộn cao su, EVA làm đế giày",
        "Hướng dẫn cho công đoạn làm đế từ EVA, polyurethane, cao su: nhận diện bụi, hơi, khói khi cân trộn hóa "
        "chất, dùng hóa chất trộn sẵn dạng viên đóng gói (như cách NIKE áp dụng) để giảm tiếp xúc và chất thải.",
    ),
    (
        "lUo108",
        "en",
        "satra_wba",
        "Factory support to switch to water-based shoe adhesives",
        "SATRA's service helps footwear factories move from solvent-based to water-based adhesives on the "
        "production floor, cutting volatile organic compounds that are toxic to workers and form smog, while "
        "keeping the change cost-neutral.",
    ),
    (
        "lUo109",
        "en",
        "ec_voc_shoe",
        "VOC substitution and reduction guidance for footwear making",
        "European Commission guidance for shoe plants: process flow and VOC sources, solvent use and emissions, "
        "VOC-free adhesive systems, process improvements and abatement, good-practice cases from a Romanian "
        "ladies' shoe maker and a Bulgarian sports footwear plant.",
    ),
    (
        "lUo110",
        "en",
        "paiva_adh",
        "Testing adhesive joints in footwear",
        "A review of adhesives in shoemaking that sets out how bonded joints are evaluated: peel strength tests "
        "(peel being the most unfavourable stress), creep tests where heat resistance matters and ageing tests "
        "for durability, linked to surface treatment and adhesive formulation.",
    ),
    (
        "lUo111",
        "vi",
        "lidecovn_training",
        "Khóa đào tạo thiết kế mẫu giày dép thời trang",
        "Trung tâm Mẫu và Đào tạo, Viện Nghiên cứu Da Giầy Việt Nam tổ chức khóa thiết kế mẫu và phát triển sản "
        "phẩm giày dép cho doanh nghiệp và cá nhân, khắc phục điểm yếu thiết kế của ngành.",
    ),
    (
        "lUo112",
        "vi",
        "sonadezi",
        "Đào tạo công nghệ da giày và công nghệ may theo đơn đặt hàng",
        "Trường Cao đẳng Công nghệ và Quản trị Sonadezi (Đồng Nai) đào tạo ngành công nghệ da giày và công nghệ "
        "may theo đặt hàng của doanh nghiệp khu công nghiệp Biên Hòa 2; 80% trong hơn 300 sinh viên tốt nghiệp "
        "được tuyển ngay.",
    ),
    (
        "lUo113",
        "vi",
        "vnniosh_giay",
        "Thử nghiệm độ bền va đập của giầy an toàn",
        "Viện Bảo hộ lao động đã chế tạo thiết bị thử va đập cho giầy an toàn, có cơ cấu chống va đập hai lần, "
        "so sánh với thiết bị của Cơ quan An toàn và Vệ sinh lao động Hàn Quốc cho sai số nhỏ; lần đầu tiên ở "
        "Việt Nam nhận thử độ bền va đập giầy an toàn.",
    ),
    (
        "lUo114",
        "vi",
        "steel_mugiay",
        "Vật liệu sản xuất trong nước làm mũ giày bảo vệ",
        "Đề tài nghiên cứu sử dụng vật liệu sản xuất trong nước để làm mũ giày bảo vệ cho công nhân ngành thép, "
        "xuất phát từ yêu cầu của môi trường lao động ngành thép đối với giày bảo vệ.",
    ),
    (
        "lUo115",
        "en",
        "shoedesign_za",
        "Foundation course in footwear design and making",
        "A footwear school runs the course four times a year (January, April, August, October), weekdays 8:00-13:00: "
        "sketching, Italian-method pattern engineering and grading, hand cutting, lasting, machine skiving, "
        "stitching, roughing and sole attachment, materials and sourcing.",
    ),
    (
        "lUo116",
        "en",
        "arsutoria_school",
        "Shoe pattern making and prototyping course",
        "Arsutoria School in Italy offers a 15-week course for shoe factory workers and new brand owners: pattern "
        "drawing, 2D CAD, cutting, skiving and stitching uppers in its own sample room, classes of at most 20.",
    ),
]

OFFERS += [
    # --- tannery effluent and waste
    (
        "lUo117",
        "en",
        "jep_chrome",
        "Evaluation of chromium treatment and recovery options for tanneries",
        "Jimma University reviews treatment, recovery and recycling of chromium from tannery wastewater: no option "
        "removes all chrome, and each is judged on efficiency, complexity, energy, cost and skill needs, to help "
        "a tannery meet discharge limits.",
    ),
    (
        "lUo118",
        "en",
        "tannery_case",
        "Waste audit and waste reduction programme for a tannery",
        "A local consulting engineering firm worked with a south-east Asian tannery making shoe upper leather, "
        "which only had three settling lagoons, to audit soaking, liming, deliming, pickling and tanning streams "
        "and design the most cost-effective treatment to meet new discharge standards.",
    ),
    (
        "lUo119",
        "en",
        "tsw_clean",
        "Cleaner technology for chrome-bearing tannery solid waste",
        "Guidance on zero-waste leather processing: about 20% (w/w) of chrome-containing solid waste arises per "
        "tonne of raw hides and skins, and it can be minimised and used as a resource rather than dumped.",
    ),
    (
        "lUo120",
        "vi",
        "cnmtx_thuocda",
        "Tư vấn xử lý dòng thải ngành thuộc da",
        "Công ty Công nghệ Môi trường Xanh phân tích ba quy trình thuộc da đang có ở Việt Nam (miền Nam chủ yếu "
        "làm da phèn wet-blue), đặc điểm từng dòng thải: nước muối, máu, vôi, Na2S, crôm, tanin, bùn chứa crôm, "
        "làm cơ sở thiết kế xử lý theo tài liệu sản xuất sạch hơn ngành thuộc da của Bộ Công Thương.",
    ),
    # --- workwear and uniforms
    (
        "lUo121",
        "vi",
        "zeta_bh",
        "May quần áo bảo hộ đạt tiêu chuẩn vải chống cháy, chống hóa chất",
        "Đồng phục Zeta may quần áo bảo hộ theo yêu cầu ngành: vải kaki cotton cho cơ khí, vải chống cháy đạt ISO "
        "11612 hoặc NFPA 2112 cho thợ hàn và ngành điện, vải chống hóa chất đạt EN 13034, có phản quang, đường may "
        "chắc, tuân thủ TCVN 2603:1987.",
    ),
    (
        "lUo122",
        "vi",
        "tueman_bh",
        "Tư vấn chọn vải may đồng phục bảo hộ lao động",
        "Xưởng đồng phục Tuệ Mẫn giới thiệu vải cho bảo hộ: kaki 65/35 (65% cotton) dày, bền khoảng 2 năm; kaki "
        "Thành Công 83% cotton, 17% PE thấm hút tốt; vải xi 65% PE rẻ, dễ xù lông; đối chiếu nhu cầu xăng dầu, "
        "kỹ thuật, nhà xưởng.",
    ),
    (
        "lUo123",
        "vi",
        "kct_phanquang",
        "Áo bảo hộ phản quang theo ba cấp độ bảo vệ",
        "KCT cung cấp giải pháp áo phản quang với vải huỳnh quang và dải phản quang, phân ba cấp độ nhận diện "
        "từ mức thấp nhất (kỹ sư, kỹ thuật, làm trong nhà thiếu sáng) đến mức cao hơn; khách hàng gồm dịch vụ "
        "khẩn cấp, đường sắt, công trường, môi trường.",
    ),
    (
        "lUo124",
        "en",
        "silverline",
        "Reflective materials and hi-vis standards for workwear",
        "Silverline supplies retroreflective materials and guides makers on EN ISO 20471 and ANSI/ISEA 107 for "
        "high visibility, EN 469 and NFPA 2112 for flame-resistant reflective trim, and care standards ISO 6330, "
        "ISO 15797 for industrial laundry; chlorine bleach or peroxide can strip treated FR properties.",
    ),
    (
        "lUo125",
        "en",
        "nbchao_hv",
        "EN ISO 20471 testing of high-visibility clothing",
        "Testing to UNE EN ISO 20471 covers background, fluorescent and retroreflective materials: colour "
        "coordinates and luminance, colour after xenon exposure, fastness to rubbing, perspiration and washing, "
        "photometric performance after physical exposure, minimum areas and layout.",
    ),
    (
        "lUo126",
        "en",
        "dubai_uni",
        "Industrial uniforms with flame-retardant and anti-static fabrics",
        "An industrial uniform supplier selects fabrics by hazard: resistant over-garments for chemicals, no "
        "melting synthetics where sparks occur, flame-retardant fabrics meeting EN 470, EN 531 and EN 533 that "
        "withstand industrial cleaning, anti-static textiles for chemical and electronics plants.",
    ),
    (
        "lUo127",
        "en",
        "phs_fr",
        "Flame-retardant workwear: inherent and treated fabrics",
        "phs Besafe explains and supplies FR workwear for welding, metalworking, utilities, petrochemical and "
        "electrical work, made either from inherently flame-retardant fibres or from fabrics treated with "
        "flame-retardant finishes, with the regulations that apply.",
    ),
    (
        "lUo128",
        "en",
        "intech_uniform",
        "Evaluating antimicrobial finishes on medical uniforms",
        "Researchers tested fabric finished with silane quaternary ammonium (Si-QAC) to ATCC 100: effective "
        "against Enterococcus faecalis, Staphylococcus aureus and Klebsiella, not against E. coli and Pseudomonas; "
        "in a hospital ward treated and normal uniforms carried similar counts (1.3 vs 1.4 x 10^9 cfu/mL).",
    ),
    (
        "lUo129",
        "en",
        "silvershell",
        "Wash-durable antibacterial coating for healthcare textiles",
        "The University of Georgia team developed Silver Shell, a gel-like finish of chitosan-bound silver chloride "
        "microparticles for hospital textiles, studied its structure by TEM and EDX and its durability over "
        "repeated washing, environmental impact and health risks.",
    ),
    (
        "lUo130",
        "vi",
        "khanh_bk",
        "Quy trình sản xuất vải kháng khuẩn chống thấm cho trang phục y tế",
        "Đề tài của PGS.TS Vũ Thị Hồng Khanh, Đại học Bách khoa Hà Nội (2007-2009) chọn vải bông pha polyester "
        "xử lý kháng khuẩn, chống thấm, thiết kế áo phẫu thuật hai lớp; 26 bác sĩ, y tá phòng mổ Quân y viện 103 "
        "đã đánh giá sản phẩm.",
    ),
    (
        "lUo131",
        "vi",
        "bk_aggo",
        "Vải cotton kháng khuẩn phủ nano bạc trên graphene oxit",
        "Nhóm PGS.TS Nguyễn Hữu Hiếu, Đại học Bách khoa TP.HCM dùng graphene oxit liên kết nano bạc với vải cotton "
        "để lớp bạc không bị rửa trôi và phân bố đều; lớp vải Ag/GO giặt và tái sử dụng được 5 lần.",
    ),
    (
        "lUo132",
        "vi",
        "bk_dongphuc_th",
        "Đánh giá tính chất cơ lý vải áo sơ mi đồng phục học sinh tiểu học",
        "Luận văn Viện Dệt may - Da giầy và Thời trang, Đại học Bách khoa Hà Nội (2019) xác định thông số và tính "
        "chất cơ lý của vải áo đồng phục mùa hè ở 3 trường tiểu học theo ISO/TR 11827, ISO 9073-1, từ đó đánh giá "
        "mức phù hợp.",
    ),
    (
        "lUo133",
        "vi",
        "hict_dongphuc",
        "Tiêu chí lựa chọn vải đồng phục mùa hè cho học sinh tiểu học",
        "Trung tâm Thực hành may, Trường Đại học Công nghiệp Dệt May Hà Nội đưa ra tiêu chí chọn vải cho học sinh "
        "hiếu động, nhiều mồ hôi, da nhạy cảm: thấm hút, thoáng, bền, phù hợp khí hậu và kinh tế gia đình.",
    ),
    # --- cooperative support
    (
        "lUo134",
        "en",
        "unwomen_hoatien",
        "Value-chain support for ethnic women's weaving cooperatives",
        "An MDG-F joint programme (ITC, FAO, ILO, UNCTAD, UNIDO, VIETRADE, VIETCRAFT) strengthened the sericulture "
        "value chain in Quy Chau, Nghe An, and the Hoa Tien textile cooperative of Thai weavers: managerial, "
        "organisational, technical and marketing skills, local raw materials and support services.",
    ),
]

OFFERS += [
    # --- distractors: neighbouring fields that share words with the needs
    (
        "lUo135",
        "vi",
        "d_thuysan_pac",
        "Keo tụ nước thải chế biến thủy sản bằng PAC và tinh bột biến tính",
        "Đại học Bách khoa - ĐHQG TP.HCM và Đại học Nguyễn Tất Thành phối trộn PAC với tinh bột biến tính "
        "cationic để keo tụ nước thải thủy sản: 300 mg/l PAC cùng 300 mg/l tinh bột đạt 50,21% COD và 97,49% độ "
        "màu ở pH 6,78, giảm bùn hóa học.",
    ),
    (
        "lUo136",
        "vi",
        "d_mucin",
        "Xử lý nước thải mực in bao bì giấy bằng keo tụ và Fenton",
        "Đề tài môn học (hướng dẫn PGS.TS Nguyễn Văn Phước) xử lý nước thải mực in của công ty giấy bao bì Việt "
        "Trung bằng keo tụ kết hợp oxy hóa Fenton; ngành in offset, flexo, ống đồng thải chất phức tạp.",
    ),
    (
        "lUo137",
        "vi",
        "d_catra_gelatin",
        "Trích ly gelatin từ da cá tra bằng siêu âm",
        "Trường Đại học Công nghiệp Thực phẩm TP.HCM trích ly gelatin từ da cá tra của Công ty CP Thủy sản Sông "
        "Tiền có hỗ trợ siêu âm: ở 45 °C, 150 W trong 2 giờ hiệu suất thu hồi cao hơn 33,58% so với không siêu âm.",
    ),
    (
        "lUo138",
        "vi",
        "d_collagen_bk",
        "Tách chiết collagen từ da cá tra cho mỹ phẩm, dược phẩm",
        "PGS.TS Phan Đình Tuấn, Đại học Bách khoa TP.HCM tách chiết và tinh chế collagen từ da cá tra qua ba bước "
        "xử lý da, chiết, tinh chế; collagen phân tử lượng cao, không màu, không mùi, ít béo, trong khi phụ phẩm "
        "chiếm 70% thân cá, bán 6.000-8.000 đồng/kg.",
    ),
    (
        "lUo139",
        "vi",
        "d_collagen_vh",
        "Xưởng chiết xuất collagen từ da cá tra quy mô 7,2 tấn/năm",
        "Công ty CP Vĩnh Hoàn (Đồng Tháp) vận hành xưởng chiết xuất collagen từ da cá tra tại cụm công nghiệp "
        "Bình Thành, vốn trên 9 tỷ đồng, công suất 7,2 tấn bột mỗi năm, giá trị cao gấp 10 lần phụ phẩm thô.",
    ),
    (
        "lUo140",
        "en",
        "d_coir_anthanh",
        "Coconut fibre supply from An Thanh craft village",
        "An Thanh coir village in Mo Cay Nam, Ben Tre, more than 70 years old, processes coconut husks into fibre "
        "sold to export processors; products go to Korea, India, Malaysia and China.",
    ),
    (
        "lUo141",
        "en",
        "d_coir_songthom",
        "Coconut fibre spinning and twine along the Thom river",
        "The coir village by the Thom river in Ben Tre, grown from 2 units in the 1980s to 43 facilities and 6 "
        "companies, buys coconuts from Tra Vinh, Vinh Long and Tien Giang and spins and weaves coconut fibre.",
    ),
    (
        "lUo142",
        "vi",
        "d_coir_pith",
        "Hiệu quả kinh tế các sản phẩm từ mụn xơ dừa",
        "Khóa luận Đại học Nông Lâm TP.HCM (2012) so sánh hiệu quả kinh tế của các phương thức sử dụng sản phẩm "
        "làm từ mụn xơ dừa tại Bến Tre.",
    ),
    (
        "lUo143",
        "vi",
        "d_chieu_duyxuyen",
        "Máy dệt chiếu cói cho hộ làng nghề",
        "Kinh nghiệm đưa máy dệt chiếu vào nghề truyền thống ở Duy Xuyên: đầu tư hàng trăm triệu đồng, mỗi ngày "
        "dệt 5-6 đôi chiếu đều màu, đáp ứng đơn lớn; cần chọn cói không sâu, đủ dài, xử lý mép biên gọn.",
    ),
    (
        "lUo144",
        "vi",
        "d_chieu_quangxuong",
        "Dây chuyền dệt chiếu cói bằng máy",
        "Làng nghề Quảng Xương (Thanh Hóa) dệt chiếu bằng máy theo dây chuyền, mỗi chiếc khoảng 20 phút, từ lác "
        "(cói) và sợi đay qua thu hoạch, phơi, phân loại, nhuộm màu rồi vào máy dệt.",
    ),
    (
        "lUo145",
        "vi",
        "d_danluoi",
        "Nghề đan lưới đánh cá truyền thống",
        "Mục từ Bách khoa toàn thư về nghề đan lưới phục vụ đánh bắt cá ở các làng Trần Phú (Hà Nội), Vân Trình "
        "(Huế), Thơm Rơm (Cần Thơ) và ven biển miền Trung, Cà Mau, có lịch sử hàng trăm năm.",
    ),
    (
        "lUo146",
        "vi",
        "d_luoikeo",
        "Tài liệu kỹ thuật nghề lưới kéo khai thác hải sản",
        "Trung tâm Khuyến ngư Quốc gia giới thiệu nghề lưới kéo: lưới hình túi, thon dần từ miệng đến đụt, do "
        "một hoặc hai tàu kéo; chiếm khoảng 27,18% tàu lắp máy và 40% sản lượng cá biển.",
    ),
    (
        "lUo147",
        "en",
        "d_hyacinth",
        "Business training for a Khmer women's water-hyacinth cooperative",
        "Co Do Craft Village Cooperative near Can Tho, founded in 2019, weaves water hyacinth into bags and "
        "baskets; in 2023 its director joined an ADB business training programme (WAVES, We-Fi, WISE) to run the "
        "cooperative and create jobs for Khmer women.",
    ),
    (
        "lUo148",
        "en",
        "d_bamboo_khmer",
        "Reviving a Khmer bamboo basket-weaving village",
        "In Thuan Hoa commune, Khmer women weave bamboo baskets and trays (about 25 pairs a month, 150,000 VND "
        "a pair); a cooperative and company warehouses now buy in the commune so weavers no longer carry goods "
        "to distant markets.",
    ),
    (
        "lUo149",
        "vi",
        "d_giayvai",
        "Bán giày vải bảo hộ lao động",
        "Cửa hàng giới thiệu giày vải bảo hộ: thân vải canvas, lót chống sốc, đế cao su chống trơn, mũi bảo vệ, "
        "nhẹ, thoáng, giá phải chăng, nhưng kém bền hơn giày da hoặc nhựa.",
    ),
]

OFFERS += [
    (
        "lUo150",
        "vi",
        "d_cam_food",
        "Chiết tách phẩm màu thực phẩm từ cây cẩm",
        "Viện Hóa học (Viện KH&CN Việt Nam) và Đại học Kỹ thuật Công nghiệp Thái Nguyên chiết màu từ thân, lá cẩm "
        "tím để nhuộm màu thực phẩm; cây cẩm có bốn dạng cho màu đỏ, vàng cam, tím Huế, tím đậm, màu bền, cường "
        "độ mạnh, chưa thấy độc.",
    ),
    (
        "lUo151",
        "vi",
        "d_color_food",
        "Chất nhuộm màu thực phẩm từ tri thức dân tộc thiểu số",
        "Viện Sinh thái và Tài nguyên sinh vật điều tra cây nhuộm màu truyền thống ở các tỉnh miền núi phía Bắc "
        "để tách chiết phụ gia màu thực phẩm, vì Việt Nam đang nhập khẩu toàn bộ chất màu thực phẩm.",
    ),
    (
        "lUo152",
        "vi",
        "d_label",
        "In tem nhãn decal cho bao bì sản phẩm",
        "Cơ sở in tem nhãn mác trên decal giấy, decal trong, decal nhựa, nhũ bạc, hologram 7 màu chống hàng giả, "
        "tem UV; nhãn ba lớp đế, keo và bề mặt, nội dung theo quy định ghi nhãn hàng hóa.",
    ),
    (
        "lUo153",
        "vi",
        "d_tam_ac",
        "Nuôi tằm trong phòng điều hòa theo quy mô công nghiệp",
        "HTX nông nghiệp dâu tằm Đồng Tiến (Nam Đàn, Nghệ An) nuôi tằm trong phòng điều hòa, không dùng nong: mỗi "
        "lứa 19 ngày so với 20-22 ngày nuôi truyền thống, ít bệnh; thay dâu bản địa bằng giống của Viện Tơ tằm "
        "Trung ương.",
    ),
    (
        "lUo154",
        "vi",
        "d_tam_kt",
        "Kỹ thuật trồng dâu nuôi tằm năng suất cao",
        "Hướng dẫn thời vụ nuôi tằm ở phía Bắc (vụ xuân, hè, thu, tổng 7-8 lứa mỗi năm), cơ cấu giống tằm kén "
        "trắng TN1827, GQ2218 và giống kén vàng cho vụ nóng ẩm.",
    ),
    (
        "lUo155",
        "en",
        "d_crownlinen",
        "Hotel linen service with tunnel washers",
        "Crown Linen runs Jensen tunnel washers with 14 chambers handling up to 265 pounds per load, washing "
        "hotel and restaurant linen continuously against counter-flowing water, versus about 250 pounds an "
        "hour for operator-loaded washers.",
    ),
    (
        "lUo156",
        "en",
        "d_brightwater",
        "Outsourced hotel laundry and linen service",
        "A commercial laundry for hotels with matched tunnel washers, dryers, sheet ironers and towel folders; "
        "three tunnels can process up to five tonnes an hour, with collection and delivery fitted to check-out "
        "and check-in times.",
    ),
    (
        "lUo157",
        "en",
        "d_leatherhero",
        "Restoration of leather sofas and upholstery",
        "Leather Hero repairs and recolours leather furniture, car and boat upholstery, handbags and apparel: "
        "delamination, colour wear, scuffs, stains, UV fading, pet damage and tears in non-load-bearing areas.",
    ),
    (
        "lUo158",
        "en",
        "d_ida_seat",
        "Professional restoration of automotive leather seats",
        "Colourlock explains how to restore car seats: modern seat leather has dye, a pigment layer and a clear "
        "top coat; worn areas are cleaned, degreased, sanded, filled and recoloured, then protected; training for "
        "detailers is offered.",
    ),
    (
        "lUo159",
        "en",
        "d_engineerfix",
        "Mobile technicians and upholstery shops for leather car seats",
        "Guide to who repairs leather car seats: mobile repair technicians for scratches, small tears and colour "
        "matching on site; upholstery shops for panel replacement and re-stitching; detailers for cleaning and "
        "conditioning.",
    ),
    (
        "lUo160",
        "en",
        "d_coircraft",
        "Coir geotextiles for erosion control",
        "Coir geotextiles woven on handlooms (two-shaft mesh mattings in 10 grades under Bureau of Indian "
        "Standards specifications, loop fabrics, latex-backed coir bags) and non-woven coco logs, fibre beds and "
        "needle felts for slopes and embankments.",
    ),
    (
        "lUo161",
        "en",
        "d_altoprani",
        "Woven coir mesh mattings and nettings",
        "Al Toprani supplies woven coir geotextiles from 400 to 1,400 g/m2, rolls 50 m long and 1-4 m wide, "
        "tensile strength 10-30 kN/m, plus non-woven erosion control blankets, coir beds and geo rolls.",
    ),
    (
        "lUo162",
        "en",
        "d_coirgreen",
        "CoirGreen geotextiles for soil erosion prevention",
        "CoirGreen coir netting protects slopes until vegetation covers them, lasts two to five years, holds "
        "three times its weight in water and resists salt water, then decomposes into humus.",
    ),
    (
        "lUo163",
        "vi",
        "d_chieu_phutan",
        "Chiếu gấp dệt máy từ cói địa phương",
        "Làng nghề chiếu cói Phú Tân (Tuy An, Phú Yên) làm chiếu gấp từ cói: dệt máy khổ lớn, cắt miếng, may bìa "
        "ghép viền, gấp ba; một thợ dệt 14 chiếc chiếu thường hoặc 10 chiếc chiếu gấp mỗi ngày, giá bằng 1/3 hàng "
        "nhập khẩu.",
    ),
]

OFFERS += [
    # --- quality control tool found through the docs corpus
    (
        "lUo164",
        "en",
        "aql_calc",
        "Open AQL sampling calculator for garment QC software",
        "A package built by Scan ERP, a garment ERP used in a CMT factory of 100+ machines in Nepal, computes "
        "ISO 2859-1 sample size code letters and accept/reject numbers (for example a lot of 2,400 at general "
        "level II and AQL 2.5 gives code K, 125 samples, accept 7, reject 8) for critical, major and minor defects.",
    ),
]
