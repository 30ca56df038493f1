"""Offers of the holdout220 labelled set (garment and textile workshops).

Rows: (id, language, source key, title, description). Offers marked "distractor" in a comment share words with
the needs without solving them.
"""

OFFERS = [
    # --- industrial sewing machines, motors, maintenance
    (
        "qNo001",
        "en",
        "dd",
        "Direct-drive servo retrofit for lockstitch machines",
        "We replace belt-driven clutch motors on lockstitch machines with a compact servomotor mounted straight on the "
        "main shaft, as on the Juki DDL-9000B. With no V-belt losses the machines draw noticeably less power and run "
        "without the vibration and noise that wear operators down on long shifts.",
    ),
    (
        "qNo002",
        "vi",
        "servo",
        "Thay motor ly hợp bằng motor servo cho máy may công nghiệp",
        "Motor servo điều khiển vòng kín chỉ ăn điện khi kim đang chạy, dừng và khởi động tức thì nên mũi may chính xác, "
        "máy êm, ít rung và cài sẵn được tốc độ cho từng công đoạn. Chúng tôi tháo motor ly hợp quay liên tục, lắp servo "
        "và cài đặt cho từng máy tại xưởng.",
    ),
    (
        "qNo003",
        "vi",
        "ddtop",
        "Cung cấp máy may truyền động trực tiếp mũi thắt nút và mũi xích",
        "Tư vấn chọn máy một kim có motor gắn liền trục theo loại mũi: mũi thắt nút cho cotton, len, da ít co giãn; mũi "
        "xích cho đường may cần độ đàn hồi. Giao máy, lắp đặt và hướng dẫn vận hành tại xưởng.",
    ),
    (
        "qNo004",
        "en",
        "types",
        "Machine mix planning for a ready-to-wear sewing line",
        "We help workshops pick the set of electrically driven industrial machines for each seam and stitch type "
        "(lockstitch, overlock, coverstitch, buttonhole, bartack) and size the line to the garments and volumes planned.",
    ),
    (
        "qNo005",
        "vi",
        "dutchi",
        "Khắc phục lỗi đứt chỉ trên máy may công nghiệp",
        "Một khảo sát được VITAS dẫn cho thấy khoảng 78% xưởng coi đứt chỉ là nguyên nhân chính làm ngưng sản xuất, "
        "chiếm 15–20% thời gian chết. Kỹ thuật viên kiểm tra ống chỉ mục, đồng tiền và độ căng chỉ, cách lắp kim, độ lệch "
        "trục chân vịt, hiệu chỉnh và chỉ cho thợ cách tự xử lý.",
    ),
    (
        "qNo006",
        "vi",
        "maint",
        "Quy trình bảo trì, bảo dưỡng định kỳ máy may công nghiệp",
        "Nhóm thuộc khoa Cơ khí Động lực, ĐH Sư phạm Kỹ thuật TP.HCM, lập kế hoạch bảo dưỡng cho từng máy: làm sạch bụi "
        "vải, tra dầu, kiểm tra ổ chao và bàn lừa, thay chi tiết mòn, ghi sổ theo dõi.",
    ),
    (
        "qNo007",
        "en",
        "hict",
        "Hands-on course: single-needle lockstitch parts and stitch defects",
        "Staff of the sewing practice centre at Hanoi Industrial Textile Garment University teach the main parts of the "
        "single-needle machine and how to correct skipped stitches, uneven or loose stitches and puckered seams.",
    ),
    (
        "qNo008",
        "vi",
        "vatso",
        "Hiệu chỉnh máy vắt sổ 3, 4, 5 chỉ Juki MO-2304/2314/2316",
        "Cân chỉnh bộ tạo mũi theo quy trình của hãng: tốc độ 5.000–7.000 mũi/phút, kim DC×27, mũi dài tối đa 4 mm; "
        "đặt đầu kim cách mặt tấm kim 10 mm khi kim lên cao nhất, chỉnh móc và răng cưa để hết bỏ mũi.",
    ),
    (
        "qNo009",
        "en",
        "songhong",
        "Operator manual and training for industrial sewing machines",
        "Course built on the 2013 in-house manual of the engineering department of Song Hong Garment JSC: fabric, needle "
        "and thread basics, running single- and twin-needle lockstitch and overlock machines, and common folders and guides.",
    ),
    (
        "qNo010",
        "vi",
        "thietbi",
        "Tập huấn sử dụng thiết bị và cữ gá may công nghiệp",
        "Khoa Công nghệ May – Thời trang – Da giày, ĐH Công nghiệp Thực phẩm TP.HCM, hướng dẫn sử dụng các loại máy may "
        "công nghiệp và dụng cụ hỗ trợ, giúp phát hiện sớm sai sót của thiết bị trước khi gây thiệt hại.",
    ),
    (
        "qNo011",
        "en",
        "rocchi",
        "Troubleshooting bobbin-thread tangling (bird-nesting)",
        "Technician visit to trace why thread bunches under the fabric: threading and bobbin seating, needle condition and "
        "worn or mis-set mechanical parts; includes a routine check list for periodic maintenance.",
    ),
    (
        "qNo012",
        "vi",
        "hongba",
        "Hướng dẫn xử lý đường may không đều, bỏ mũi, nhăn",
        "Kiểm tra lực căng chỉ trên và dưới, kim, chỉ, chân vịt; may thử trên vải vụn cho đến khi mũi chỉ trên và dưới gặp "
        "nhau giữa hai lớp vải, hết thưa, hết rút.",
    ),
    # distractors
    (
        "qNo013",
        "en",
        "servo",
        "Universal motors and foot pedals for home sewing machines",
        "Brushed universal motors that run on AC or DC, with rheostat foot controls, for household sewing machines used "
        "for mending and hobby work.",
    ),
    (
        "qNo014",
        "vi",
        "motor3p",
        "Tài liệu thiết kế động cơ không đồng bộ 3 pha rotor lồng sóc",
        "Bộ tài liệu 103 trang về tính toán stato, rotor, dây quấn, khe hở không khí và tiêu chuẩn chế tạo động cơ điện "
        "không đồng bộ, dùng cho sinh viên ngành điện.",
    ),
    (
        "qNo015",
        "vi",
        "tailieuthi",
        "Máy may gia đình đa năng",
        "Máy may nhỏ gọn cho hộ gia đình: may thẳng, vắt sổ, thêu trang trí đơn giản, dễ mang theo, hợp để sửa quần áo "
        "tại nhà.",
    ),
    (
        "qNo016",
        "vi",
        "abcenergy",
        "Kiểm toán năng lượng cho nhà máy chế biến thủy sản",
        "Chương trình đánh giá sử dụng năng lượng tiết kiệm và hiệu quả tại doanh nghiệp thực phẩm đông lạnh, đề xuất "
        "giải pháp cho kho lạnh và dây chuyền chế biến.",
    ),
    # --- cutting
    (
        "qNo017",
        "vi",
        "catrap",
        "Máy cắt vải tự động CNC dao cắt nhiều lớp",
        "Cung cấp máy cắt CNC đầu dao cho vải nặng, cắt nhiều lớp trên bàn phẳng tĩnh phủ lông, chính xác hơn bàn băng "
        "tải; nhiều loại đầu dao để cắt và đánh dấu, thay thế cắt tay ở khâu cắt.",
    ),
    (
        "qNo018",
        "en",
        "catrap",
        "Laser fabric cutting for single and thin layers",
        "Laser cutters for garment and upholstery parts where few plies are cut at once: no blade wear, clean contours and "
        "sealed edges on synthetics.",
    ),
    (
        "qNo019",
        "vi",
        "catvai",
        "Tập huấn kỹ thuật cắt vải cho thợ cắt",
        "Khóa ngắn theo quy trình bốn bước: trải vải cho mép đều, đánh dấu vị trí lỗi bằng cách chèn giấy, trải sơ đồ "
        "trùng biên vải, cắt chi tiết; chú ý kẻ sọc caro phải thẳng hàng.",
    ),
    (
        "qNo020",
        "vi",
        "traivai",
        "Đào tạo công nghệ trải vải và cắt bán thành phẩm",
        "Bài giảng của Trường Trung cấp nghề Kinh tế – Công nghiệp – Thủ công nghiệp Nghệ An: trải vải đúng nguyên tắc, "
        "cắt bán thành phẩm an toàn, đánh số và phối kiện, hạch toán bàn cắt, điều hành quy trình cắt.",
    ),
    (
        "qNo021",
        "en",
        "cutroom",
        "Cut-order planning to save fabric",
        "We plan markers and cut orders so that each size mix is cut in the fewest lays while staying inside the 5% "
        "over-delivery buyers accept, and we analyse fabric losses against costed values.",
    ),
    (
        "qNo022",
        "en",
        "oshima",
        "Cutting-room readiness check before buying an automatic cutter",
        "An assessment of whether a factory needs automatic cutting yet: order types, cutting volume, fabric cost, manual "
        "variation, fabric inspection and relaxation, spreading stability and CAD marker accuracy.",
    ),
    (
        "qNo023",
        "en",
        "aicut",
        "AI and computer vision for the cutting room",
        "Cameras scan incoming rolls into a defect map, nesting algorithms place pieces around flaws, and middleware sends "
        "the plan to spreaders and CNC cutters; we start with a pilot on one product line.",
    ),
    (
        "qNo024",
        "vi",
        "ruizhou",
        "Máy cắt vải CNC cho xưởng may đơn hàng nhỏ",
        "Cung cấp máy cắt CNC và tính thời gian hoàn vốn theo quy mô xưởng, giúp giảm phụ thuộc thợ cắt tay, cắt đồng "
        "đều hơn và đáp ứng lô nhỏ, mẫu nhanh.",
    ),
    (
        "qNo025",
        "vi",
        "cutroom",
        "Phần mềm quản lý phòng cắt",
        "Thay sổ ghi tay bằng phần mềm: lệnh cấp vải từ kho, theo dõi trải vải, cắt, bó hàng, thống kê hao hụt và tra cứu "
        "nhanh hồ sơ cũ của từng mã hàng.",
    ),
    (
        "qNo026",
        "en",
        "mtm",
        "Single-ply automatic cutter for made-to-measure garments",
        "Style and body measurements go into the computer; the cloth lies on a vacuum table under film and a small knife "
        "on a moving beam cuts each piece, matching checks accurately and wasting less cloth.",
    ),
    (
        "qNo027",
        "en",
        "laserfin",
        "Laser finishing of textiles: cutting, kiss-cutting, engraving",
        "Research group offering laser through-cutting of shapes, kiss-cutting of the top layer for appliqués and labels, "
        "engraving of low-pile fabrics and denim marking; synthetic edges melt closed and do not fray.",
    ),
    (
        "qNo028",
        "vi",
        "felt",
        "Gia công cắt laser nỉ polyester và nỉ len",
        "Nhận cắt laser theo đơn: nỉ polyester được mép hàn kín gần cùng màu, nỉ len mép hơi cháy nâu và có mùi nên cần "
        "để thoáng sau khi cắt.",
    ),
    (
        "qNo029",
        "en",
        "textileschool",
        "Cutting-room training: lays, markers and cutting",
        "Training on building lays of many plies, planning which sizes go in each lay, using paper markers or computer "
        "data for automatic cutters, and why cutting mistakes can hardly be repaired later.",
    ),
    (
        "qNo030",
        "vi",
        "luanvancat",
        "Đề tài thiết kế máy cắt vải tự động",
        "Nhóm nghiên cứu đại học chuyển giao kết quả đồ án thiết kế máy cắt vải tự động cho doanh nghiệp may trong nước, "
        "gồm bản vẽ và mô hình thử nghiệm.",
    ),
    # distractors
    (
        "qNo031",
        "vi",
        "maycatkl",
        "Giáo trình máy cắt kim loại",
        "Giáo trình 260 trang của ĐH Sư phạm Kỹ thuật về máy tiện, phay, bào cắt gọt kim loại, dùng cho sinh viên cơ "
        "khí chế tạo máy.",
    ),
    (
        "qNo032",
        "en",
        "lasersafety",
        "Safety gear for laser cutter operators",
        "Filter masks with exhalation valves and activated-carbon elements, and hearing protection, for people running "
        "laser cutters that give off fumes and dust.",
    ),
    (
        "qNo033",
        "vi",
        "miet",
        "Máy miết chuyên dụng điều khiển tự động",
        "Thiết kế máy miết nóng tạo miệng và bịt đáy bình khí công nghiệp, có cụm con lăn và bộ điều khiển tự động.",
    ),
    # --- patterns, CAD, markers
    (
        "qNo034",
        "vi",
        "accumark",
        "Hệ CAD giác sơ đồ Accumark",
        "Trọn bộ gồm phần mềm Accumark, bảng số hóa và máy vẽ sơ đồ, giá khoảng 25.000–40.000 USD tùy cấu hình; học sử "
        "dụng cơ bản 7–10 ngày, một người vận hành, chạy liên tục 2 ca mỗi ngày.",
    ),
    (
        "qNo035",
        "vi",
        "cadhe",
        "Tư vấn chọn hệ CAD cho doanh nghiệp may",
        "So sánh các hệ CAD đang dùng trong ngành may cho từng khâu thiết kế mẫu, nhảy mẫu, giác sơ đồ và giúp doanh "
        "nghiệp chọn hệ phù hợp quy mô.",
    ),
    (
        "qNo036",
        "en",
        "gerber",
        "Pattern-room service on Gerber CAD",
        "We draft patterns from the buyer's measurement spec sheet, grade them to all sizes and make digitized markers "
        "that use the fabric width and grain to cut waste, then file and plot them for cutting and sewing.",
    ),
    (
        "qNo037",
        "en",
        "marker",
        "Marker planning and marker-efficiency improvement",
        "Computer marker making that places pieces for a given style and size mix, reports marker efficiency and respects "
        "grain line and fabric constraints; we also coach planners on lay length and table size.",
    ),
    (
        "qNo038",
        "en",
        "seamly",
        "Training on Seamly2D open-source pattern software",
        "Free GPLv3 pattern design software for Windows, macOS and Linux: parametric patterns, multi-size tables for "
        "standard sizing and individual measurement files for custom fit. We run workshops for pattern makers.",
    ),
    (
        "qNo039",
        "vi",
        "freesew",
        "Nền tảng rập may đo mã nguồn mở FreeSewing",
        "Thiết kế rập theo tham số từ số đo từng người, tự xếp chi tiết, tự thêm đường may chừa, xuất SVG; chạy trên "
        "trình duyệt hoặc máy chủ Node.js.",
    ),
    (
        "qNo040",
        "vi",
        "lisp",
        "Chuyển giao phần mềm thiết kế rập viết bằng LISP",
        "Kết quả luận văn tại Bộ môn Kỹ thuật Dệt May, ĐH Bách Khoa TP.HCM: phần mềm dựng rập tiếng Việt chạy trên nền "
        "CAD, có phân tích thiết kế hệ thống; nhận chuyển giao và hướng dẫn.",
    ),
    (
        "qNo041",
        "en",
        "nhaymau",
        "Pattern grading service for jackets",
        "Grading of jacket patterns across the size range before production, a step that decides product quality and the "
        "efficiency of later stages; we return graded sets ready for marker making.",
    ),
    (
        "qNo042",
        "vi",
        "trienkhai",
        "Xây dựng tài liệu kỹ thuật triển khai đơn hàng may",
        "Theo đề tài tại ĐH Sư phạm Kỹ thuật Hưng Yên: soạn bộ tài liệu hướng dẫn triển khai đơn hàng trong may công "
        "nghiệp, từ mẫu, định mức, quy cách đến hướng dẫn chuyền.",
    ),
    (
        "qNo043",
        "en",
        "patver7",
        "PatternMaker software with Marker Studio",
        "Pattern drafting program with a version range from a basic viewer up to Marker Studio, with a 250-page user "
        "manual; we help small workshops set it up.",
    ),
    (
        "qNo044",
        "vi",
        "tktp5",
        "Tập huấn xây dựng mẫu sản xuất từ mẫu cơ bản",
        "Theo giáo trình Thiết kế trang phục 5 (ĐH Sư phạm Kỹ thuật TP.HCM): chọn nguyên liệu, chuyển đổi mẫu từ mẫu cơ "
        "bản, lập tài liệu kỹ thuật và các loại mẫu dùng cho may công nghiệp.",
    ),
    (
        "qNo045",
        "en",
        "scribdmarker",
        "Computer marker making and plotting",
        "Markers made on computer instead of by hand: more accurate, reusable, consistent grain lines, built from graded "
        "patterns and plotted on multi-head jet plotters; the number of markers follows the cut-order plan.",
    ),
    # --- embroidery
    (
        "qNo046",
        "vi",
        "theuvt",
        "Thêu vi tính logo cho đơn đồng phục lớn",
        "Nhận thêu logo áo thun, sơ mi đồng phục từ vài nghìn đến vài trăm nghìn chiếc, hoàn thành trong khoảng 2–3 tuần "
        "nhờ máy thêu điều khiển bằng máy tính.",
    ),
    (
        "qNo047",
        "vi",
        "xuongtheu",
        "Chuyển giao máy thêu vi tính CAD/CAM",
        "Máy thêu tự động chạy theo chương trình, khung dịch chuyển theo hai trục x, y, kèm phần mềm thiết kế mẫu thêu; "
        "thêu nhiều mẫu cùng lúc, chính xác cao. Lắp đặt và hướng dẫn tại cơ sở.",
    ),
    (
        "qNo048",
        "vi",
        "digit",
        "Dịch vụ số hóa file thêu (digitizing)",
        "Vẽ lại hình khách gửi thành bản đồ mũi kim trên Wilcom, Hatch hoặc Tajima DG: chọn mũi satin, fill, chạy viền, "
        "mật độ và hướng chỉ theo từng loại vải; file phức tạp mất vài giờ.",
    ),
    (
        "qNo049",
        "en",
        "lydig",
        "Multi-head industrial embroidery machines",
        "Supply of industrial embroidery machines with up to 15 or more needles per head and up to 20 heads sewing the "
        "same design at once; automatic trimming and colour changes.",
    ),
    (
        "qNo050",
        "en",
        "xpose",
        "Embroidered patches, appliqué and cutwork",
        "Production of patches and badges on multi-needle machines: satin and chain stitch, sequins, appliqué and "
        "cutwork for caps, jackets, uniforms and shirts.",
    ),
    (
        "qNo051",
        "en",
        "printwear",
        "Embroidery digitizing tuned for fabric and machine efficiency",
        "Digitizing that sets underlay, pull compensation and density for each material and routes the design to keep "
        "trims and colour changes low, reducing distortion and registration problems.",
    ),
    (
        "qNo052",
        "en",
        "eagle",
        "Embroidery file conversion for any machine",
        "We export digitized designs into the formats your machines read, with the stitch order, stops, trims and colour "
        "changes coded correctly.",
    ),
    (
        "qNo053",
        "vi",
        "aplus",
        "Máy thêu vi tính cho cơ sở nhỏ",
        "Gói máy thêu vi tính kèm phần mềm đọc mẫu, tự đổi màu chỉ, cho cơ sở gia đình muốn thay thêu tay bằng thêu máy "
        "cho kết quả giống nhau, số lượng lớn, nhanh.",
    ),
    # distractors
    (
        "qNo054",
        "en",
        "homeemb",
        "Home embroidery machines for hobby sewing",
        "Portable home sewing-and-embroidery machines with USB ports, built-in designs and a standard 4 by 5 inch hoop, "
        "for personal craft projects.",
    ),
    (
        "qNo055",
        "en",
        "handemb",
        "Hand-embroidered heirloom pieces",
        "Artisans make one-off, heavily hand-embroidered gifts and wall pieces with cross-stitch and freestyle work.",
    ),
    # --- printing
    (
        "qNo056",
        "en",
        "printful",
        "Choosing a print method for a new apparel line",
        "Advisory on DTG, screen printing and sublimation: screen is cheap in volume but costly for many colours, DTG "
        "suits small detailed batches with little upfront cost, sublimation prints seam to seam on suitable garments.",
    ),
    (
        "qNo057",
        "en",
        "aktechy",
        "Screen printing for runs of 24 pieces and more",
        "Bold designs of one to six colours printed through mesh screens, durable through many washes, on cotton, "
        "polyester and blends, with special inks such as metallic, puff, glow-in-the-dark and discharge.",
    ),
    (
        "qNo058",
        "vi",
        "dtg",
        "Máy in DTG in trực tiếp lên áo cotton",
        "Cung cấp máy in phun DTG dùng mực gốc nước: áo tối màu được phun dung dịch tiền xử lý, in xong ép nhiệt để mực "
        "bám bền; in ảnh chi tiết, nhiều màu, hợp đơn nhỏ.",
    ),
    (
        "qNo059",
        "vi",
        "inao",
        "Chuyển giao kỹ thuật in lụa cho xưởng áo thun",
        "Làm khuôn lưới, mỗi màu một khuôn, gạt mực bằng dao cao su; khuôn dùng lại nhiều lần nên hợp đơn lớn. Tư vấn "
        "bố trí phòng in sạch bụi và luyện tay nghề thợ.",
    ),
    (
        "qNo060",
        "en",
        "sublcal",
        "Roll sublimation with calender press before cutting",
        "Designs are printed on transfer paper and run with pre-shrunk polyester rolls through a heated calender; the "
        "fabric is then cut and sewn, the usual route for team uniforms with logos, names and numbers.",
    ),
    (
        "qNo061",
        "vi",
        "sublstar",
        "In chuyển nhiệt thăng hoa trên vải polyester 100%",
        "Hướng dẫn in thăng hoa: mực trên giấy chuyển hóa thành khí dưới nhiệt và áp lực rồi thấm vào sợi polyester, bền "
        "màu, giặt không phai; dùng giấy bảo vệ khi chạy máy ép trục calender.",
    ),
    (
        "qNo062",
        "vi",
        "ilogo",
        "In decal cắt tên, số áo thể thao",
        "Cắt decal nhiệt bằng máy plotter rồi ép lên áo thể thao hoặc áo cotton; có decal phản quang, dạ quang, nhũ kim "
        "tuyến, hợp in chữ và logo nhỏ.",
    ),
    (
        "qNo063",
        "en",
        "dyemig",
        "Heat transfers on sublimated polyester without dye migration",
        "Low-temperature transfer films and silicone application pads that stop sublimated dyes bleeding into names and "
        "numbers and prevent scorch marks on polyester jerseys.",
    ),
    (
        "qNo064",
        "en",
        "palmgear",
        "Sublimation workflow for polyester shirts",
        "Studio-tested workflow from choosing polyester blends to press settings of about 375–400 °F and colour "
        "management; our team recently ran 200 cycling-club jerseys with photo-quality prints.",
    ),
    (
        "qNo065",
        "vi",
        "wholesale",
        "Tư vấn chọn in DTG, in lụa hay in thăng hoa",
        "So sánh cách làm, chi phí đầu tư và số lượng phù hợp của từng phương pháp in áo để xưởng chọn đúng cho đơn hàng "
        "của mình.",
    ),
    (
        "qNo066",
        "en",
        "lemura",
        "Print technique selection by order size and fabric",
        "Knitwear maker advising brands: screen printing is cheapest per unit above about 100 units, DTG has no minimums "
        "and unlimited colours, sublimation fits polyester all-over designs.",
    ),
    (
        "qNo067",
        "vi",
        "impressions",
        "In thăng hoa toàn thân áo đội thể thao",
        "In phủ kín áo polyester trắng đã may sẵn theo mẫu khách chọn, phù hợp đơn ngắn, làm nhanh, cá nhân hóa từng "
        "chiếc, tồn kho ít.",
    ),
    (
        "qNo068",
        "en",
        "heattr",
        "Heat transfer printing on mugs and phone cases",
        "Heat-press transfer printing for promotional items such as cups, mugs and phone cases, from artwork to finished "
        "product.",
    ),  # distractor
    (
        "qNo069",
        "en",
        "georgesupply",
        "Market report on the custom T-shirt business",
        "Figures on the custom T-shirt market, worth 3.8 billion USD in 2020 and forecast at 8 billion by 2028, with "
        "screen printing at half of output.",
    ),  # distractor
    (
        "qNo070",
        "vi",
        "familyfit",
        "In thăng hoa đồ thể thao giữ độ thoáng khí",
        "In thăng hoa áo thun, áo bơi, đồ tập: mực nằm trong sợi nên không bong nứt, không bít lỗ thoáng của vải thấm hút "
        "nhanh khô; không tính thêm tiền theo số màu.",
    ),
    # --- quality control, needle detection
    (
        "qNo071",
        "vi",
        "fourpt",
        "Kiểm tra vải đầu vào theo hệ 4 điểm",
        "Kiểm tối thiểu 10% số cây vải nhận về, mỗi màu ít nhất một cây; lỗi dài đến 3 inch tính 1 điểm, 3–6 inch 2 điểm, "
        "6–9 inch 3 điểm, trên 9 inch 4 điểm, rồi quy về điểm trên 100 yard vuông.",
    ),
    (
        "qNo072",
        "en",
        "lihai",
        "Fabric inspection reports on the four-point system",
        "We inspect at least 10% of rolls, mark major defects on the selvage and compute points per 100 square yards; "
        "many buyers accept 40, e.g. 150 points over 675 square yards gives 22.22 and passes a 35-point limit.",
    ),
    (
        "qNo073",
        "en",
        "winsome",
        "Incoming fabric and trim inspection programme",
        "Four-point inspection of all incoming fabric plus 40% random sampling of zippers, buttons and threads: button "
        "pull of at least 30 N, full inspection if more than 5% fail, batch rejected above 15%.",
    ),
    (
        "qNo074",
        "vi",
        "flow4",
        "Quy trình kiểm tra thành phẩm may mặc",
        "Thiết lập các bước kiểm: xác nhận số lượng, kiểm phụ liệu theo yêu cầu khách, đo thông số so với bảng size, "
        "kiểm mặt trong, mặt ngoài (hở đường may, lỗ kim) và kiểm cuối.",
    ),
    (
        "qNo075",
        "vi",
        "kiemhang",
        "Dịch vụ kiểm hàng may mặc chuẩn xưởng",
        "Cử nhân viên kiểm đường may, chất liệu, form dáng, tem mác, màu sắc trước khi giao để giảm hàng trả lại và chi "
        "phí đổi trả.",
    ),
    (
        "qNo076",
        "vi",
        "qcvn",
        "Tư vấn xây dựng hệ thống kiểm tra chất lượng (QC)",
        "Thiết kế quy trình đánh giá, đo lường, kiểm soát chất lượng tại xưởng để chặn hàng không đạt trước khi đến tay "
        "khách, kèm biểu mẫu và đào tạo nhân viên QC.",
    ),
    (
        "qNo077",
        "en",
        "fabdef",
        "Training inspectors to recognise fabric defects",
        "Course with real samples and photographs of major and minor defects, so inspectors decide consistently which "
        "flaw makes a garment a second; before cutting, doubtful flaws are rated major.",
    ),
    (
        "qNo078",
        "en",
        "needle",
        "Needle detection inspection of finished garments",
        "Conveyor tunnel detectors tuned to a 1.0–1.2 mm steel ball, plus X-ray inspection for goods with zippers or metal "
        "buttons; reports that North American and European buyers ask for, especially for babywear and underwear.",
    ),
    (
        "qNo079",
        "vi",
        "bvmetal",
        "Dịch vụ dò kim gãy trước khi xuất hàng",
        "Kiểm tra kim loại bằng máy dò băng tải, hiệu chuẩn theo 9 vị trí với bi sắt 1,2 mm; máy kêu là dừng kiểm, tìm "
        "đến khi thấy mảnh kim và đánh giá lô không đạt.",
    ),
    (
        "qNo080",
        "vi",
        "metalproc",
        "Lắp đặt máy dò kim băng tải cho xưởng may",
        "Cung cấp máy dò kim loại từ tính dạng băng tải, có còi và tự dừng băng; thử bằng thẻ bi 1,2 mm lúc đầu ca, cuối "
        "ca và ít nhất 3 giờ một lần; đào tạo người vận hành.",
    ),
    (
        "qNo081",
        "en",
        "costco",
        "Needle-control policy audit",
        "Checklist review of metal detector type, calibration frequency, needle guards on every machine and a broken "
        "needle replacement policy, as large retailers require for children's and adult garments.",
    ),
    (
        "qNo082",
        "vi",
        "syndar",
        "Tư vấn quản lý kim gãy cho hàng xuất Nhật",
        "Từ khi Luật trách nhiệm sản phẩm của Nhật có hiệu lực ngày 1/7/1995, hàng sót kim có thể bị bồi thường tới 1 "
        "triệu yên; chúng tôi xây quy trình cấp – thu kim và dò kim.",
    ),
    (
        "qNo083",
        "en",
        "sop4pt",
        "Standard procedure for fabric inspection",
        "SOP that inspects 10% of rolls by order, colour and lot, moves to 20% if the lot fails and to 100% on a second "
        "failure, with penalty-point formulas and reports sent to the supplier.",
    ),
    (
        "qNo084",
        "vi",
        "textilecalc",
        "Tập huấn tính điểm lỗi vải hệ 4 điểm",
        "Dạy cách cộng điểm phạt theo chiều dài lỗi và lỗ thủng, quy đổi ra điểm trên 100 yard vuông theo khổ vải; vải "
        "trên 40 điểm bị loại, mỗi yard không quá 4 điểm.",
    ),
    (
        "qNo085",
        "en",
        "chinadet",
        "Needle detector machines for garment factories",
        "Conveyor needle detectors for finishing lines, used by exporters to Japan where importers require every garment "
        "and metal trim to pass needle checking.",
    ),
    # distractors
    (
        "qNo086",
        "vi",
        "boxhoidap",
        "Cẩm nang chọn vải áo thun cho người mua",
        "Hướng dẫn người tiêu dùng chọn áo thun trơn: chất liệu cotton thoáng, thấm hút, kiểu dáng cổ tròn, cổ bẻ, form "
        "rộng.",
    ),
    (
        "qNo087",
        "vi",
        "dbcl",
        "Khóa giới thiệu khái niệm đảm bảo chất lượng",
        "Bài giảng nhập môn về đảm bảo chất lượng là gì và các quy trình đảm bảo chất lượng nói chung, cho mọi ngành.",
    ),
    (
        "qNo088",
        "en",
        "lihai",
        "Silk piece goods supply",
        "Mill supplying silk fabrics by the roll, each shipment checked before dispatch.",
    ),
    # --- workers' safety, heat, ventilation, dust
    (
        "qNo089",
        "vi",
        "hesperian",
        "Tài liệu tập huấn thông gió nơi làm việc cho người lao động",
        "Bộ tài liệu Hesperian bằng tiếng Việt: trách nhiệm chủ xưởng cấp khí sạch, giảm hóa chất, đổi quy trình cho ít "
        "bụi, không để bụi và nhiệt tích tụ, giữ nhiệt độ hợp lý, cho nghỉ và uống nước sạch.",
    ),
    (
        "qNo090",
        "vi",
        "atvs",
        "Giáo trình an toàn, vệ sinh lao động ngành may thời trang",
        "Môn học 30 giờ (22 lý thuyết, 6 thực hành) cho hệ cao đẳng, trung cấp may: vi khí hậu, bụi, tiếng ồn, rung, ánh "
        "sáng, an toàn điện, phòng chống cháy nổ, sơ cứu nạn nhân.",
    ),
    (
        "qNo091",
        "vi",
        "plo",
        "Làm mát xưởng bằng quạt hút và tấm trao đổi nhiệt tưới nước",
        "Quạt hút lưu lượng lớn đẩy khí nóng ra, khí ngoài trời vào qua tấm giấy tưới nước: xưởng giảm 4–7 °C, còn "
        "khoảng 29–32 °C, thay khí khoảng 40 lần mỗi giờ; vốn đầu tư chỉ bằng 20% và tiền điện 15% so với điều hòa trung tâm.",
    ),
    (
        "qNo092",
        "vi",
        "coolpad",
        "Lắp đặt hệ thống cooling pad cho nhà xưởng",
        "Tấm làm mát dạng tổ ong bằng sợi xenlulo được bơm nước liên tục, quạt hút không khí nóng qua tấm cho nước bay hơi "
        "rồi thổi khí mát vào xưởng; thiết kế, lắp đặt, bảo trì.",
    ),
    (
        "qNo093",
        "vi",
        "nakofan",
        "Quạt hút, quạt thông gió công nghiệp cho nhà xưởng",
        "Nhà xưởng đông người, máy chạy liên tục có thể nóng hơn ngoài trời 5–10 °C; cung cấp quạt hút, quạt thổi, hệ "
        "thông gió giúp giảm nóng bức, ngột ngạt.",
    ),
    (
        "qNo094",
        "en",
        "heatbd",
        "Low-cost heat-stress measures for garment floors",
        "Based on a University of Sydney trial at 40 °C and 38% humidity (247 trials, 42 people): fans plus drinking water "
        "won back part of productivity losses of up to 15%, an insulated reflective roof cut indoor heat by 2.5 °C.",
    ),
    (
        "qNo095",
        "en",
        "ghhin",
        "Modelling cooling options for garment factories",
        "Griffith University team comparing green or white roofs and fan-assisted cross-ventilation with doing nothing "
        "and with air-conditioning, using climate chambers, building models and worker interviews.",
    ),
    (
        "qNo096",
        "en",
        "iloacc",
        "Machine guarding and fire-safety review for clothing workrooms",
        "Review of band-knife and round-knife guards, finger guards on sewing needles, enclosure of under-bench shafting, "
        "press controls, escape routes, extinguishers and housekeeping of combustible waste.",
    ),
    (
        "qNo097",
        "en",
        "iloproc",
        "Ergonomic sewing workstation redesign",
        "Adjustable sewing tables and chairs and better placement of tools to cut musculoskeletal injuries linked to "
        "piece-rate work and the progressive bundle system.",
    ),
    (
        "qNo098",
        "en",
        "ergo",
        "Ergonomics of spreading and cutting",
        "Advice on loading heavy fabric bolts (two-person lifts, spreader turntable, bolt stands), on cutting-table height "
        "and reach, and on vibration and wrist posture with electric cutting knives.",
    ),
    (
        "qNo099",
        "vi",
        "safetyscribd",
        "Đánh giá nguy cơ cháy và chấn thương cơ xương cho xưởng may",
        "Rà soát dây điện, vật liệu dễ cháy, lối thoát và sắp xếp nhà xưởng; nhắc lại các vụ cháy xưởng may năm 2012 ở "
        "Karachi (hơn 250 người chết) và Dhaka (112 người) để lập phương án.",
    ),
    (
        "qNo100",
        "en",
        "nimi",
        "Safety signs and workplace layout module for garment units",
        "Lesson material on duties and rights in apparel safety, workspace sizing against overcrowding, lighting, "
        "ventilation, emergency exits and reading safety signs at a glance.",
    ),
    (
        "qNo101",
        "en",
        "lammat",
        "Cooling and fresh-air package for sewing halls",
        "Cooling systems for garment plants where heat from machines, lamps and irons, stale air and dense fabric dust "
        "wear workers down and even deform fabric during pressing.",
    ),
    (
        "qNo102",
        "vi",
        "cottondust",
        "Đo bụi bông, nội độc tố và chức năng hô hấp công nhân",
        "Quan trắc nồng độ bụi hô hấp và endotoxin, đo chức năng hô hấp trong ca (FEV1) cho lao động tiếp xúc bụi sợi "
        "bông, lanh, gai, làm cơ sở giảm phơi nhiễm.",
    ),
    (
        "qNo103",
        "en",
        "chongnong",
        "Heat-protection assessment for workplaces in southern Vietnam",
        "The southern branch of the labour protection institute measures the workplace microclimate and proposes cooling "
        "that balances dust and fume removal against energy saving.",
    ),
    (
        "qNo104",
        "en",
        "truongphat",
        "Comparing six ways to cool a factory",
        "From natural ventilation through roof and wall openings to exhaust fans, evaporative pads and air-conditioning: "
        "we choose and install the system that fits the building and budget.",
    ),
    (
        "qNo105",
        "vi",
        "dienmayelc",
        "Hệ thống làm mát nhà xưởng chi phí thấp",
        "Hai cách: điều hòa kèm quạt hút tuần hoàn hoặc khung màng nước bay hơi; khảo sát diện tích, ngành nghề, vốn đầu "
        "tư rồi tính số quạt, số tấm cần lắp.",
    ),
    (
        "qNo106",
        "en",
        "textilestudent",
        "Factory safety provisions checklist",
        "Checklist of provisions for garment plants: ventilation, removal of dust and fumes, drinking water, seating, "
        "lighting, first aid, fire precautions, safe exits and signage.",
    ),
    (
        "qNo107",
        "vi",
        "lammat",
        "Thông gió cấp khí tươi, hút bụi vải cho xưởng may",
        "Thiết kế hệ hút bụi vải tại bàn cắt, máy vắt sổ và hệ cấp khí tươi cho xưởng may kín, giảm bụi vải và không khí "
        "tù, bảo vệ phổi công nhân.",
    ),
    # distractors
    (
        "qNo108",
        "en",
        "pcg",
        "Personal cooling garments for construction workers",
        "Cooling vests tested on 29 construction workers in Indian summer heat lowered skin temperature, sweat loss and "
        "heart rate.",
    ),
    (
        "qNo109",
        "en",
        "spinheat",
        "Thermal sensation index for cotton spinning workshops",
        "A predicted thermal sensation index built from a month of measurements in spinning halls kept above 32 °C.",
    ),
    (
        "qNo110",
        "vi",
        "vesinh",
        "Dịch vụ vệ sinh công nghiệp nhà xưởng",
        "Làm sạch sàn, máy móc, trần tôn bám bẩn, mạng nhện trong nhà xưởng sau thời gian hoạt động.",
    ),
    (
        "qNo111",
        "en",
        "byss",
        "Information service on byssinosis (brown lung)",
        "Medical reference pages on brown lung disease in yarn and fabric mills and its course.",
    ),
    (
        "qNo112",
        "en",
        "hungnghiep",
        "Natural-cooling design for new factory buildings",
        "Design of new factories to stay cool: orientation, shape, insulated materials, high sloping roofs with vents, "
        "insulated windows and use of natural wind.",
    ),
    (
        "qNo113",
        "en",
        "cottonmill",
        "Spirometry study of cotton mill workers",
        "Research paper comparing lung function of 100 spinning and weaving workers with 100 residents in Ahmedabad.",
    ),
    # --- fabric waste
    (
        "qNo114",
        "vi",
        "haiphongvi",
        "Quy trình tái chế vải vụn thành trang phục và phụ kiện",
        "Mô hình đề xuất cho các xưởng may ở Hải Phòng: phân loại vải vụn, phối mảnh, thiết kế và may thành bộ trang phục, "
        "túi, phụ kiện thời trang để tăng hiệu quả kinh tế.",
    ),
    (
        "qNo115",
        "en",
        "ltp",
        "Sorting and recycling of pre-consumer cutting waste",
        "Garment maker's programme sorting pure cotton and wool cutting scraps by customer; about 930 kg was recycled in "
        "2021 into new fabric used again in garments. We help other factories set up the same loop.",
    ),
    (
        "qNo116",
        "en",
        "shoddy",
        "Mechanical recycling of cutting scraps into yarn",
        "Cutting scraps and waste fibre go through five stripping machines from coarse to fine, are pressed and sent to "
        "spinning mills to become recycled 'colored cotton' yarn.",
    ),
    (
        "qNo117",
        "vi",
        "achau",
        "Thu gom, phân loại và tái chế chất thải dệt may",
        "Doanh nghiệp môi trường nhận chất thải dệt may tiền tiêu dùng và hậu công nghiệp, kéo sợi, kéo hạt; phần không "
        "tái chế được dùng làm nhiên liệu lò nung xi măng.",
    ),
    (
        "qNo118",
        "vi",
        "taiche",
        "Báo cáo kỹ thuật thu gom, tái chế vải sợi",
        "Báo cáo của nhóm sinh viên ĐH Công nghiệp TP.HCM về vòng đời sản phẩm vải sợi, tình hình phát thải ở Việt Nam "
        "và thế giới, các kỹ thuật thu gom, tái chế.",
    ),
    (
        "qNo119",
        "en",
        "vaivun",
        "Upcycling fabric offcuts into new products",
        "We take offcuts of cotton, polyester, wool or silk from cutting, sewing and finishing and turn them into bags, "
        "patchwork goods and stuffing instead of treating them as scrap.",
    ),
    (
        "qNo120",
        "vi",
        "quanaocu",
        "Tái chế vải theo ba cấp: nâng cấp, ngang cấp, hạ cấp",
        "Phân loại theo chất liệu jeans, cotton, polyester, vải pha; may thành túi, balo hoặc cắt nhỏ, kéo sợi, làm vật "
        "liệu nhồi thú bông, sofa; nhận cả vải vụn từ doanh nghiệp may.",
    ),
    (
        "qNo121",
        "en",
        "wordstanza",
        "Textile scrap collection and sorting by fibre",
        "Collection of leftover offcuts from clothing factories, sorting by cotton, wool and polyester and passing each "
        "stream to the matching recycling route.",
    ),
    (
        "qNo122",
        "en",
        "recyclechal",
        "Research on recycling blended fabrics",
        "Lab work on separating polyester-cotton blends, dyes and prints, the main reason many textiles cannot be "
        "recycled today.",
    ),
    (
        "qNo123",
        "en",
        "matbank",
        "Fabrics with post-industrial recycled content",
        "Sourcing of fabrics made from post-industrial waste such as short fibres, yarn waste and cut-and-sew trimmings; "
        "the US alone produces 120,000 tons of such waste a year.",
    ),
    # distractors
    (
        "qNo124",
        "vi",
        "reshare",
        "Trạm thu gom quần áo cũ tại cửa hàng thời trang",
        "Khách mang quần áo cũ đến cửa hàng để nhận ưu đãi; đồ được phân loại, quyên góp hoặc làm đồ thủ công.",
    ),
    (
        "qNo125",
        "vi",
        "dyewater",
        "Hệ thống xử lý nước thải dệt nhuộm",
        "Tháp giải nhiệt, keo tụ tạo bông, xử lý sinh học kỵ khí – hiếu khí để giảm độ màu, COD, BOD và kim loại nặng "
        "trong nước thải nhuộm.",
    ),
    (
        "qNo126",
        "en",
        "dyewater2",
        "Dyeing wastewater treatment plants",
        "Design and build of treatment systems for coloured, high-COD wastewater from sizing, bleaching and dyeing.",
    ),
    (
        "qNo127",
        "vi",
        "greenstar",
        "Xử lý nước thải tập trung khu công nghiệp",
        "Giải pháp và quy trình xử lý nước thải cho khu công nghiệp trước khi xả ra nguồn tiếp nhận.",
    ),
    # --- export orders and compliance
    (
        "qNo128",
        "vi",
        "wrap",
        "Tư vấn chứng nhận WRAP cho doanh nghiệp may",
        "Hướng dẫn đáp ứng 12 nguyên tắc WRAP: tuân thủ luật, cấm lao động cưỡng bức và trẻ em, giờ làm, lương và phúc "
        "lợi, an toàn sức khỏe, môi trường, hải quan; chuẩn bị hồ sơ đến khi được chứng nhận.",
    ),
    (
        "qNo129",
        "vi",
        "evfta",
        "Tư vấn quy tắc xuất xứ EVFTA cho hàng dệt may",
        "Giải thích tiêu chí hai công đoạn “từ vải trở đi” và cách chứng minh xuất xứ khi phần lớn vải nhập từ Trung Quốc, "
        "để hàng may vào EU được hưởng thuế ưu đãi.",
    ),
    (
        "qNo130",
        "vi",
        "xuatxu",
        "Kết nối nguồn vải, nguyên phụ liệu trong nước",
        "Giới thiệu nhà cung cấp sợi, vải trong nước và các nước thành viên FTA để đáp ứng quy tắc “từ sợi trở đi” của "
        "CPTPP và “từ vải trở đi” của EVFTA; tỷ lệ nội địa hóa ngành hiện chỉ khoảng 45%.",
    ),
    (
        "qNo131",
        "en",
        "audit",
        "Factory audits and pre-shipment inspection in Vietnam",
        "Quality, social and technical audits at 400–1,200 USD per audit day, recommended before first orders above "
        "50,000 USD; pre-shipment inspections on repeat orders, with BV, SGS, Intertek or QIMA.",
    ),
    (
        "qNo132",
        "en",
        "jinfeng",
        "Audit-ready compliance documentation package",
        "We organise certificates (BSCI, SEDEX, WRAP), business licences, social responsibility records and ESG reports "
        "so a garment factory passes overseas buyers' qualification audits.",
    ),
    (
        "qNo133",
        "en",
        "shanghai",
        "Social compliance audit preparation for garment factories",
        "Gap review against ILO standards and Fair Labor Association guidance on hours, wages and safety, then support "
        "through Sedex or WRAP audits demanded by US and EU buyers.",
    ),
    (
        "qNo134",
        "en",
        "joininflow",
        "Inspection and audit programmes for brands sourcing in Vietnam",
        "Scheduled or surprise inspections, checklists and auditor selection covering ISO standards, SA8000 and ISO 14001, "
        "with supplier briefing beforehand.",
    ),
    (
        "qNo135",
        "vi",
        "tieuchi86",
        "Tư vấn đáp ứng tiêu chí xanh của nhà mua hàng dệt may",
        "Theo Hiệp hội Dệt may Việt Nam, một đơn hàng có thể kèm 86 chỉ tiêu đánh giá; chúng tôi rà soát và lập lộ trình "
        "đáp ứng cho doanh nghiệp.",
    ),
    (
        "qNo136",
        "en",
        "fash455",
        "Full-package and CMT export production set-up",
        "Advice drawn from a 500-worker ODM factory in central Vietnam exporting to the US, EU and Brazil: when to offer "
        "cut-make-trim or full package, certifications (WRAP, BSCI, ISO 9000) and Oeko-Tex fabrics.",
    ),
    (
        "qNo137",
        "vi",
        "roodn",
        "Nghiên cứu quy tắc xuất xứ tại các thị trường xuất khẩu dệt may",
        "Nhóm ĐH Kinh tế – ĐH Đà Nẵng phân tích quy tắc xuất xứ trong các FTA với thị trường chính và đề xuất cách doanh "
        "nghiệp tận dụng ưu đãi thuế.",
    ),
    # distractors
    (
        "qNo138",
        "vi",
        "xkld",
        "Vay vốn đi làm việc ở nước ngoài theo hợp đồng",
        "Ngân hàng Chính sách xã hội tỉnh Trà Vinh đã giải ngân gần 120 tỉ đồng cho hơn 1.400 người đi xuất khẩu lao "
        "động trong 2012–2022.",
    ),
    (
        "qNo139",
        "vi",
        "chuoicungung",
        "Nghiên cứu chuỗi cung ứng linh hoạt ngành dệt may châu Á",
        "Bài nghiên cứu bài học từ Ấn Độ, Trung Quốc, Bangladesh về khả năng chống chịu đứt gãy chuỗi cung ứng.",
    ),
    (
        "qNo140",
        "en",
        "csrwb",
        "Policy report on government roles in corporate social responsibility",
        "World Bank 2003 technical assistance report on CSR in Vietnam's textile and footwear sectors.",
    ),
    (
        "qNo141",
        "en",
        "gpm",
        "Advice for foreign buyers auditing Vietnamese suppliers",
        "Article for importers on checking suppliers when shifting supply chains to Vietnam, with past audit failures.",
    ),
    (
        "qNo142",
        "vi",
        "detnhuom",
        "Đầu tư nhà máy dệt nhuộm",
        "Thông tin xu hướng doanh nghiệp nước ngoài xây nhà máy sợi, dệt nhuộm hàng triệu USD tại Việt Nam.",
    ),
    # --- productivity, production management, workforce
    (
        "qNo143",
        "en",
        "leanfib",
        "Lean tools for the sewing section",
        "Implementation of 5S, value stream mapping and line balancing in garment sewing sections to cut work in progress, "
        "raise line efficiency and free floor space, as tested in an Indian factory.",
    ),
    (
        "qNo144",
        "en",
        "leaneth",
        "Lean flow improvement for garment lines",
        "Industrial engineers from Mekelle University map the current state, then reduce work in process, lead time, "
        "dirt and delays on components, and rework, pacing the line to customer demand.",
    ),
    (
        "qNo145",
        "en",
        "sam",
        "SAM analysis and work measurement for sewing assembly lines",
        "Method study, time study and standard allowed minutes to balance an assembly line, shown on a pillow and sheet "
        "set line.",
    ),
    (
        "qNo146",
        "vi",
        "kpi",
        "Xây dựng bộ chỉ số KPI hiệu suất sản xuất",
        "Thiết lập các chỉ số đo năng suất, chất lượng, chi phí và giao hàng theo thời gian để thấy điểm yếu và điều chỉnh "
        "kịp thời.",
    ),
    (
        "qNo147",
        "vi",
        "mes",
        "Phần mềm quản lý sản xuất MES/ERP",
        "Giám sát tiến độ theo thời gian thực, kết nối kế toán – kho – mua hàng – sản xuất; tư vấn chọn giữa các giải pháp "
        "trong nước và quốc tế cho doanh nghiệp vừa và nhỏ.",
    ),
    (
        "qNo148",
        "en",
        "rasteredge",
        "Operation breakdown study to cut sewing operations",
        "By combining sleeve tacking with sleeve attaching and reshaping fused parts to drop collar-peak ironing, a shirt "
        "went from 44 to 36 operations; we run the same review on your styles.",
    ),
    (
        "qNo149",
        "vi",
        "daffodil",
        "Áp dụng sản xuất tinh gọn cho chuyền may",
        "Theo luận văn ngành Kỹ thuật Dệt, ĐH Quốc tế Daffodil: khảo sát chuyền may, loại bỏ lãng phí, cân bằng chuyền "
        "để tăng năng suất.",
    ),
    (
        "qNo150",
        "vi",
        "migor",
        "Mô-đun sản xuất trong hệ ERP đa ngành",
        "Giới thiệu mô-đun sản xuất ERP cho nhà máy cơ khí, điện tử, thực phẩm: BOM, nguyên liệu, kế hoạch chất lượng.",
    ),  # distractor
    (
        "qNo151",
        "vi",
        "odclick",
        "Tư vấn động lực và gắn kết người lao động ngành may",
        "Phân tích nguyên nhân công nhân may thiếu gắn kết, nghỉ việc và đề xuất chính sách giữ người cho doanh nghiệp; "
        "ngành dệt may đang dùng khoảng 3 triệu lao động.",
    ),
    (
        "qNo152",
        "vi",
        "daotaoqn",
        "Đào tạo sơ cấp nghề may công nghiệp cho lao động nữ",
        "Lớp 3 tháng học lý thuyết kết hợp thực hành cắt may, lắp ráp trên dây chuyền; khóa trước 145 học viên, 100% đạt "
        "và được ký hợp đồng lao động với doanh nghiệp.",
    ),
    (
        "qNo153",
        "vi",
        "daotaoth",
        "Lớp dạy nghề may công nghiệp cho lao động nông thôn",
        "Khóa 3 tháng: kỹ năng cắt, may, hoàn thiện sản phẩm, an toàn vệ sinh lao động và tác phong công nghiệp; cấp "
        "chứng chỉ và giới thiệu việc làm.",
    ),
    (
        "qNo154",
        "en",
        "daotaona",
        "Short industrial sewing course for rural workers",
        "Three-month vocational course run with the district labour office: straight seams, main garment parts, operating "
        "industrial machines for line assembly; a recent class took 70 trainees.",
    ),
    (
        "qNo155",
        "en",
        "daotaobq",
        "On-site sewing classes ahead of a new garment plant",
        "Commune-level industrial sewing class for 200 people, timed to supply workers to a factory opening nearby.",
    ),
    (
        "qNo156",
        "vi",
        "solar",
        "Bộ điều khiển thu năng lượng mặt trời tự xoay",
        "Khóa luận chế tạo bộ điều khiển máng thu nhiệt tự quay theo hướng Mặt Trời dùng cảm biến ánh sáng và động cơ DC.",
    ),  # distractor
]
