"""Offers of the holdout111 set (printing, packaging printing, labels, signage and advertising for small businesses).

Rows: (id, language, source key, title, description). Source keys resolve in holdout111_sources.py.
"""

OFFERS = [
    # --- offset printing of boxes and gift boxes -------------------------------------------------
    (
        "mIo001",
        "vi",
        "anphat",
        "In offset bao bì hộp giấy cho sản phẩm tiêu dùng",
        "Nhà in nhận in offset bao bì hộp giấy: tư vấn phân loại bao bì trong (tiếp xúc, bán kèm sản phẩm) và bao bì ngoài "
        "(vận chuyển), bao bì cứng, nửa cứng và mềm để chọn kiểu hộp phù hợp với cách bảo quản, trưng bày và chuyên chở "
        "hàng; thiết kế hộp theo thương hiệu của khách.",
    ),
    (
        "mIo002",
        "vi",
        "maydanhbongsan",
        "Tư vấn chọn giấy và tính giấy cho in offset hộp, tờ rơi, catalogue",
        "Dịch vụ in offset giúp khách dự trù chi phí: tính số tờ giấy theo khổ ấn phẩm, số trang, loại giấy và định lượng. "
        "Giấy Couche 90–210 gsm cho tờ rơi, brochure, poster; giấy Bristol 200–350 gsm bám mực tốt cho hộp mỹ phẩm, dược "
        "phẩm, thực phẩm; giấy Ford 70–90 gsm cho tiêu đề thư, hóa đơn.",
    ),
    (
        "mIo003",
        "en",
        "soopak",
        "Folding carton manufacturing from dieline to glued box",
        "Carton converter producing folding cartons through dieline design, prepress, die making, printing, cutting and "
        "creasing, waste stripping and gluing. Prints on solid bleached board (SBS) from virgin fibre for bright, stiff "
        "retail boxes, in CMYK process colour or Pantone (PMS) spot colours mixed from 14 base inks.",
    ),
    (
        "mIo004",
        "en",
        "jldppcmyk",
        "Rigid gift box production with foil stamping and embossing",
        "Factory for premium gift boxes: printing, surface finishing (gloss, matte or soft-touch lamination, gold, silver or "
        "holographic foil stamping, spot UV, embossing), die-cutting of the wrap and of recycled greyboard, V-grooving the "
        "greyboard 1–4 mm deep leaving about 0.25 mm so corners fold at exactly 90 or 120 degrees, then mounting, assembly "
        "and inspection.",
    ),
    (
        "mIo005",
        "vi",
        "fullu",
        "Thiết kế và sản xuất hộp quà giấy bồi cao cấp",
        "Xưởng hộp quà nhận thiết kế và sản xuất: in 4 màu cơ bản kèm màu pha nhũ vàng, bạc; giấy bồi ngoài thường dùng "
        "couche hai mặt hoặc mờ 105, 128, 157 g (ít khi trên 200 g để hộp không bị phồng); lõi bìa xám; cán bóng, cán mờ, "
        "phủ UV; bế trước rồi bồi tay để giữ thẩm mỹ; kiểm tra, lau keo trước khi giao.",
    ),
    (
        "mIo006",
        "en",
        "innovepackage",
        "Hand-made rigid paper boxes for wine, liquor and gifts",
        "Box maker offering design, film, sampling and production of hand-made rigid boxes on 3–6 mm paperboard for high-end "
        "wine, liquor and gift sets. Printing by offset, gravure, letterpress or screen with CMYK plus gold and silver "
        "spot colours, laminating and UV finishing, die-cutting and assembly, with quality checks after every step.",
    ),
    (
        "mIo007",
        "en",
        "packolaus",
        "Digital or flexo printing of custom boxes for bakery and beverage brands",
        "Packaging printer advising brands with many SKUs: digital printing changes over in about 5–15 minutes with 92–97% "
        "first-pass yield, colour variance ΔE 1.5–3 and 2–5% waste, suited to short and test runs without plates; flexo "
        "needs 30–60 minute changeovers and 5–10% waste but wins on long runs. Foil, spot UV and soft-touch run offline "
        "for digital jobs.",
    ),
    (
        "mIo008",
        "vi",
        "box_tailor",
        "Gia công hộp giấy in: từ chế bản đến thành phẩm",
        "Xưởng bao bì nhận trọn gói hộp in: khâu trước in gồm thiết kế đồ họa, phát triển kiểu hộp, in thử kỹ thuật số và "
        "cắt mẫu bằng máy; ra bản CTP và in; khâu sau in gồm phủ dầu, phủ UV, cán màng, ép kim vàng bạc, dập nổi, bồi "
        "sóng nhỏ, bế thành hình và dán hộp. Phù hợp hộp giấy và hộp sóng nhỏ cho hàng tiêu dùng, mỹ phẩm.",
    ),
    (
        "mIo009",
        "vi",
        "dizai",
        "Tư vấn chọn công nghệ in cho từng loại bao bì",
        "Chuyên gia ngành in hướng dẫn doanh nghiệp nhận biết công nghệ in phù hợp: sách, tờ rơi, brochure, hộp giấy và các "
        "ấn phẩm giấy thông thường in offset; bao bì màng nhựa như túi bánh kẹo, mì gói, xà bông in ống đồng hoặc flexo. "
        "Giúp chọn đúng nhà in trước khi đặt hàng.",
    ),
    (
        "mIo010",
        "vi",
        "scribd_coca",
        "Tài liệu phân tích bao bì chai thủy tinh của một thương hiệu nước ngọt",
        "Tiểu luận môn bao gói thực phẩm (Học viện Nông nghiệp Việt Nam, 2021) phân tích bao bì chai thủy tinh của "
        "Coca-Cola: lịch sử nhãn hiệu từ 1886–1893, vai trò hình dáng chai trong nhận diện, có mặt tại hơn 200 quốc gia; "
        "dùng làm tài liệu tham khảo giảng dạy.",
    ),
    # --- corrugated cartons ----------------------------------------------------------------------
    (
        "mIo011",
        "vi",
        "hoangmynam",
        "Sản xuất thùng carton 3, 5, 7 lớp theo yêu cầu",
        "Nhà máy bao bì sản xuất thùng carton: lớp mặt giấy trắng, vàng hoặc nâu bám mực tốt, lớp sóng làm đệm, lớp đáy giấy "
        "xeo. Có 6 loại sóng, ví dụ sóng A cao 4,7 mm (33±3 sóng/30 cm) chịu nén và xếp chồng tốt cho hàng dễ vỡ, sóng B "
        "cao 2,5 mm (47 sóng/30 cm); kiểm tra chất lượng thùng trước khi giao.",
    ),
    (
        "mIo012",
        "vi",
        "abox",
        "Thùng carton đóng trái cây xuất khẩu có lỗ thoáng khí",
        "Doanh nghiệp hộp giấy cung cấp thùng đạt chuẩn cho trái cây xuất khẩu (chuối đi Hàn Quốc, Nhật Bản, Dubai, châu Âu): "
        "thùng 5 hoặc 7 lớp chịu 10–15 kg, khô sạch, không mốc mọt, bế lỗ thoáng khí chống ẩm, có thể bọc màng chống thấm "
        "trong và ngoài; in thông tin hàng hóa theo yêu cầu.",
    ),
    (
        "mIo013",
        "en",
        "corrugatednews",
        "Flexographic and digital printing on corrugated board",
        "Corrugated printing service with both processes: flexo with photopolymer plates, anilox rollers and water-based "
        "inks, 1–6 colours (most presses 3–4) at 100–175 LPI for long runs; digital inkjet without plates for short runs, "
        "many versions and photographic graphics. Advice on when to use each or combine them.",
    ),
    (
        "mIo014",
        "en",
        "upsstore_flexo",
        "Corrugated boxes and shipping labels: flexo or digital with variable codes",
        "Converter printing corrugated shippers and labels: flexo post-print at 150–250 m/min for long runs, digital at "
        "30–75 m/min for short, regional or promotional runs with variable data such as room codes and QR codes that must "
        "scan. Digital now holds about 15–20% of corrugated graphics, up from 5–10% five years ago.",
    ),
    (
        "mIo015",
        "en",
        "upsstore_digital",
        "On-demand digital printing of e-commerce and mailer boxes",
        "Single-pass inkjet and hybrid lines for micro-batches of e-commerce boxes: changeovers of 5–10 minutes against "
        "30–40 for offset or flexo, so a last-minute order of 500 city-specific boxes is feasible; water-based and "
        "low-migration inks, LED-UV curing to cut energy per pack, on-press colour control.",
    ),
    (
        "mIo016",
        "vi",
        "cl_corrugated",
        "Tư vấn thông số thùng carton in cho vận chuyển và trưng bày",
        "Dịch vụ tư vấn cho người mua bao bì: chọn đồng thời kết cấu và hình in của thùng carton in — loại sóng, cấp giấy, "
        "phương pháp in, lớp hoàn thiện — theo sản phẩm, tuyến vận chuyển và kênh bán, để thùng vừa chịu nén, chống trầy "
        "vừa đọc rõ thương hiệu, mã vạch trên kệ và khi mở hộp.",
    ),
    (
        "mIo017",
        "vi",
        "scribd_packinghouse",
        "Thiết kế nhà đóng gói rau quả sau thu hoạch",
        "Tài liệu kỹ thuật sau thu hoạch về nhà đóng gói: bốn khâu chuẩn bị hàng ra thị trường gồm loại bỏ trái không bán "
        "được, phân loại theo màu và kích cỡ, phân hạng và đóng gói; khi nào sơ chế ngay trên đồng, khi nào đưa về nhà "
        "đóng gói để rửa, đánh bóng, làm lạnh, ủ chín có kiểm soát.",
    ),
    (
        "mIo018",
        "en",
        "wenzhoubojing",
        "Blown-film extrusion machines for plastic bag production",
        "Machine builder supplying blown-film extrusion lines that turn HDPE, LDPE and LLDPE pellets into film for "
        "single-use and reusable shopping bags, trash bags, zip bags and freezer bags: hopper feeding, heated barrel and "
        "screw, die, air cooling and winding, followed by bag converting.",
    ),
    # --- labels and stickers ---------------------------------------------------------------------
    (
        "mIo019",
        "vi",
        "innhanhasia",
        "In tem nhãn phụ decal số lượng từ 500 tem",
        "Xưởng in nhanh nhận in tem phụ cho hàng nhập khẩu, mỹ phẩm, thực phẩm chức năng với hơn 40 mẫu. Giá tham khảo tem "
        "2×3 cm decal giấy 420 đ/tem khi in 500 tem, 300 đ (1.000), 210 đ (2.000), 150 đ (5.000); decal nhựa PP/PVC cùng cỡ "
        "600 đ xuống 240 đ; có tem xi bạc.",
    ),
    (
        "mIo020",
        "vi",
        "ngocphuoc",
        "In decal tem nhãn giấy, nhựa, xi bạc",
        "Công ty in nhận in tem nhãn trên decal 4 lớp (bề mặt, keo, lớp chống dính silicon, đế kraft hoặc glassine) bằng in "
        "offset 4 màu, metalize, in lụa. Decal giấy rẻ, nhanh khô nhưng dễ ướt; decal nhựa bền, không thấm nước; decal xi "
        "bạc phản quang cho một số ngành hàng.",
    ),
    (
        "mIo021",
        "vi",
        "tanhoamai_nhan",
        "Thiết kế và in tem nhãn sản phẩm cho thực phẩm, mỹ phẩm",
        "Nhà in nhận thiết kế và in tem nhãn: nhãn dán decal, nhãn giấy in màu, nhãn vải, tem decal chống giả; tư vấn tiêu "
        "chí thiết kế để nhãn vừa mang đủ thông tin (thành phần, nguồn gốc, hướng dẫn, cảnh báo) vừa tạo nhận diện thương "
        "hiệu và cảm nhận chất lượng trên kệ.",
    ),
    (
        "mIo022",
        "vi",
        "intemnhanmac",
        "In nhãn bao bì sản phẩm và tem phụ tiếng Việt",
        "Dịch vụ in tem nhãn trên decal 3 lớp: decal trong, decal giấy, nhựa, gương, nhũ bạc mờ, decal 7 màu, decal vỡ, "
        "hologram 7 màu chống hàng giả, decal UV. Nội dung nhãn gồm tên hàng, địa chỉ sản xuất, định lượng, ngày sản xuất, "
        "hạn dùng bằng tiếng Việt; in nhãn phụ tiếng Việt đủ nội dung bắt buộc của nhãn gốc cho hàng nhập khẩu.",
    ),
    (
        "mIo023",
        "vi",
        "temnhanbaobi",
        "Tư vấn chọn tem nhãn theo chất liệu bao bì, kể cả hàng đông lạnh",
        "Đơn vị tem nhãn mã vạch (Đồng Nai) tư vấn: bao nhựa, nilon, PE, PVC dùng decal nhựa PP, PET, PVC keo bám tốt, chịu "
        "ẩm; thùng carton dùng decal giấy rẻ, dễ in; hàng đông lạnh, kho lạnh dùng tem chịu nhiệt độ thấp, kháng nước, "
        "không bong (decal PVC hoặc bạc); xác định kích thước, vị trí tem để mã vạch quét được.",
    ),
    (
        "mIo024",
        "en",
        "arrsys",
        "Short-run digital label printing from a single label",
        "Label converter printing 1 to about 1,000 labels per job digitally, with a practical minimum of 25–50 labels, no "
        "plates and no setup waste. Every label can carry a different barcode, batch number or name at no extra cost; for "
        "5,000–10,000 labels and more, flexo becomes cheaper per label.",
    ),
    (
        "mIo025",
        "en",
        "printrunner",
        "Food and beverage labels: digital for 500–10,000 per SKU, film for chilled drinks",
        "Label plant running digital presses with UV or water-based inks for 500–10,000 labels per SKU (changeover 5–15 min, "
        "ΔE 2–4, waste 2–4%) and flexo above 20,000–30,000. Polypropylene or PET film with freezer-grade adhesive working "
        "from about −20 °C to 10 °C for chilled beverages; paper stock 10–30% cheaper for dry goods.",
    ),
    (
        "mIo026",
        "en",
        "codepenters",
        "Multi-SKU label programmes with variable data and barcode checks",
        "Design-and-print service for brands juggling many label sizes and finishes: digital inkjet or toner at about "
        "20–50 m/min, variable lot codes and promotions in batches of 100–2,000 labels without plates, 600–1,200 dpi for "
        "fine lines, LED-UV inks on PP film, and barcode grade verification before each run.",
    ),
    (
        "mIo027",
        "vi",
        "asaslabel",
        "Chuyển giao công nghệ in nhãn kỹ thuật số cho xưởng in",
        "Tư vấn đầu tư máy in nhãn kỹ thuật số cho nhà in: công nghệ điện tử chụp ảnh dùng mực lỏng (kiểu HP Indigo) và in "
        "phun UV với hàng nghìn vòi phun, đèn LED sấy ngay; không cần bản in, file đi thẳng vào bộ xử lý trước in, canh "
        "chồng màu bằng cảm biến.",
    ),
    (
        "mIo028",
        "en",
        "cl_foodlabels",
        "Durable printed food labels for cold, wet and oily conditions",
        "Label supplier matching face stock, adhesive and finish to the real environment: condensation in chillers, "
        "brittleness in freezers, oil and sauce on jars, scuffing in cartons. Keeps ingredient lists, allergens, net "
        "quantity, lot codes and barcodes readable and attached on glass, plastic, film or coated board.",
    ),
    (
        "mIo029",
        "en",
        "mllpaattinen",
        "Sustainable short-run label workflow with low-migration inks",
        "Label printer setting up short-run jobs around sustainability: low-migration UV-LED inks (about 5–15% cost premium) "
        "or water-based inks with controlled drying, colour targets to ISO 12647 / Fogra, varnish, lamination and die-cutting "
        "inline or hybrid, and tracking of energy per pack, colour ΔE and waste.",
    ),
    (
        "mIo030",
        "en",
        "primeflex",
        "Freezer-grade labels with all-temperature adhesive",
        "Label company for frozen-food plants: polypropylene film labels and all-temperature adhesives that stay tacky down "
        "to about −20 °F, whereas common adhesives need 40–50 °F to apply; pre-labelled packaging or print-and-apply "
        "labels that resist frost, condensation and washdown and keep traceability information legible.",
    ),
    (
        "mIo031",
        "en",
        "bluelabel",
        "Labels that stay on in the refrigerator",
        "Packaging printer preventing label peel in chilled products: welded paper stock with a BOPP core, BOPP and MDO "
        "films, polyester and vinyl for squeeze bottles; adhesives chosen for cold, damp surfaces; advice on surface "
        "preparation and applying labels before temperature swings.",
    ),
    (
        "mIo032",
        "vi",
        "trunglanauto",
        "Dịch vụ dán decal trang trí xe ô tô",
        "Garage nhận dán decal đổi màu và tem xe ô tô: decal trong bảo vệ sơn, decal sữa in tem tự thiết kế, decal lưới "
        "in hình sắc nét; tư vấn quy định đổi màu quá 50% diện tích phải đăng ký lại màu sơn (phạt theo Nghị định 46/2016).",
    ),
    # --- shrink sleeves -----------------------------------------------------------------------------
    (
        "mIo033",
        "en",
        "hiraprint",
        "Shrink sleeve labels for bottles and jars",
        "Printer of 360-degree shrink sleeves: artwork printed on flat film by gravure, flexo or digital, seamed into a tube, "
        "cut, placed over the container and shrunk 40–78% in a steam or hot-air tunnel so it hugs curves from cap to base. "
        "Gives full-body branding and tamper evidence on bottles, jars and containers.",
    ),
    (
        "mIo034",
        "en",
        "plasticpack",
        "PETG, OPS, PVC and PLA shrink sleeve films",
        "Supplier of shrink sleeve labels in four films: PETG (clear, strong, recyclable, good for beverages), OPS (glossy, "
        "cost-effective), PVC (easy shrink but poor environmental profile) and PLA made from corn starch or sugarcane, "
        "compostable but with lower heat resistance.",
    ),
    (
        "mIo035",
        "vi",
        "prakash",
        "In nhãn màng co 360° cho chai thủy tinh và chai nhựa",
        "Xưởng in màng co: nhãn co nhiệt ôm sát chai 360°, in hình nổi bật, không sợ dầu, ẩm, nước. Năm loại màng, trong đó "
        "PETG độ bền cao, trong, bóng, tỉ lệ co lớn, chịu nhiệt và chống trầy tốt nhất, thường dùng cho thực phẩm, đồ uống; "
        "áp dụng cho lon, chai thủy tinh, chai nhựa.",
    ),
    (
        "mIo036",
        "vi",
        "bevindustry",
        "Nhãn co nhẹ, nổi được để tách khỏi chai PET khi tái chế",
        "Giải pháp giảm khối lượng nhãn cho chai đồ uống: màng co nhiều lớp và nhãn co giãn có tỉ trọng dưới 1 g/cm³ nên "
        "nổi lên và tách khỏi mảnh PET trong dây chuyền tái chế; có thêm dạng nhãn đục lỗ dễ xé bỏ.",
    ),
    # --- barcodes and GS1 ------------------------------------------------------------------------
    (
        "mIo037",
        "vi",
        "thegioimavach",
        "Dịch vụ đăng ký mã số mã vạch cho doanh nghiệp",
        "Đơn vị dịch vụ hỗ trợ đăng ký mã số mã vạch theo 7 bước: chuẩn bị hồ sơ (bản đăng ký, giấy phép kinh doanh, danh "
        "mục sản phẩm), đăng ký trực tuyến với Trung tâm Mã số Mã vạch Quốc gia, nộp hồ sơ, nộp phí, nhận mã. Bắt buộc khi "
        "đưa hàng vào siêu thị, chuỗi cung ứng lớn, xuất khẩu; in mã chưa đăng ký bị phạt theo Nghị định 119/2017.",
    ),
    (
        "mIo038",
        "vi",
        "dnphuyen",
        "Hướng dẫn cấu trúc mã GTIN-13 và cấp mã số mã vạch",
        "Tư vấn doanh nghiệp về mã số mã vạch theo quy định của Bộ KH&CN (15/VBHN-BKHCN): mã GTIN-13 gồm 3 số đầu 893 là "
        "mã quốc gia Việt Nam, 4–7 số phân định doanh nghiệp do GS1 Việt Nam cấp, các số phân định vật phẩm và số kiểm "
        "tra; mỗi sản phẩm một mã duy nhất không đổi.",
    ),
    (
        "mIo039",
        "vi",
        "huynhlong",
        "Mã hóa sản phẩm theo chuẩn GS1 và quy định Việt Nam",
        "Công ty tư vấn áp dụng mã số mã vạch GS1: gán mã định danh cho từng sản phẩm hoặc lô, tự động hóa nhập xuất tồn kho, "
        "truy xuất nguồn gốc, hỗ trợ chống hàng giả và kết nối đối tác trong, ngoài nước.",
    ),
    (
        "mIo040",
        "vi",
        "thiendi",
        "Luật sư làm thủ tục đăng ký mã số mã vạch sản phẩm",
        "Công ty luật tại TP.HCM nhận làm trọn gói thủ tục đăng ký mã số mã vạch: giải thích mã số GS1 và mã vạch GS1, chuẩn "
        "bị hồ sơ, nộp và theo dõi đến khi doanh nghiệp được cấp mã để in lên bao bì.",
    ),
    (
        "mIo041",
        "en",
        "stackedpixels",
        "GS1-compliant food label and case label design",
        "Label design service producing GS1-compliant barcodes: EAN-13 / UPC-A carrying the GTIN on consumer units, GS1-128 "
        "with Application Identifiers for batch/lot, expiry date, serial number and net weight on cartons and pallets, and "
        "compact GS1 DataBar for fresh produce and variable-weight items.",
    ),
    (
        "mIo042",
        "en",
        "winenfood_barcode",
        "Barcode compliance advice for food start-ups",
        "Food-business adviser explaining the legal side of packaging barcodes: buy a genuine GS1 Company Prefix instead of "
        "cheap random codes, understand GTIN, UPC and EAN, and assign numbers so each product is uniquely tied to its maker "
        "before approaching retail buyers.",
    ),
    (
        "mIo043",
        "vi",
        "vsolutions",
        "Cung cấp decal và máy in tem mã vạch nhiệt",
        "Nhà phân phối thiết bị mã vạch: decal cảm nhiệt trực tiếp không cần mực, rẻ nhưng chữ dễ mờ, tuổi thọ dưới 1 năm; "
        "decal chuyển nhiệt in bằng ribbon mực, đầu in không chạm giấy, bền hơn. Cung cấp máy in tem, giấy in và ribbon.",
    ),
    (
        "mIo044",
        "vi",
        "temnhan24h",
        "Giấy in mã vạch cho siêu thị và cửa hàng bán lẻ",
        "Cung cấp giấy in mã vạch để in barcode, giá, tên sản phẩm, ngày sản xuất, hạn sử dụng dán lên hàng; tư vấn chọn "
        "loại giấy, keo, kích thước và công nghệ in để tem không mờ, không rách, máy quét đọc được ở quầy thu ngân.",
    ),
    (
        "mIo045",
        "vi",
        "absoft",
        "Màn hình hiển thị khách hàng cho quầy thu ngân",
        "Thiết bị bán hàng: màn hình hiển thị 10,4 inch gắn máy POS cho khách xem tên hàng, giá, số lượng khi thu ngân tính "
        "tiền, dùng cho cửa hàng, nhà hàng, shop.",
    ),
    # --- QR traceability -------------------------------------------------------------------------
    (
        "mIo046",
        "vi",
        "gpsco",
        "Giải pháp truy xuất nguồn gốc bằng tem QR code",
        "Công ty công nghệ cung cấp hệ thống truy xuất: gán mỗi sản phẩm hoặc đơn vị hàng một mã QR duy nhất in hoặc dán lên "
        "bao bì, nhãn; người mua, nhà phân phối quét bằng điện thoại để xem nhà sản xuất, quy trình, thành phần, nguồn "
        "nguyên liệu, hạn dùng; doanh nghiệp theo dõi chuỗi cung ứng.",
    ),
    (
        "mIo047",
        "vi",
        "vtcnews",
        "Tem QR code truy xuất cho thực phẩm và nông thủy sản",
        "Dịch vụ thiết kế và in tem QR truy xuất cho cơ sở sản xuất, kinh doanh thực phẩm, nông lâm thủy sản: quản lý dòng "
        "hàng, bảo vệ thương hiệu, chứng minh xuất xứ; mã chứa đường dẫn, thông tin sản phẩm, quy trình sản xuất, quét "
        "bằng smartphone.",
    ),
    (
        "mIo048",
        "vi",
        "kontum",
        "Khóa đào tạo truy xuất nguồn gốc cho doanh nghiệp và hợp tác xã",
        "Tài liệu và lớp tập huấn (79 trang, Kon Tum 12/2021) về truy xuất nguồn gốc: Quyết định 100/QĐ-TTg và định hướng "
        "nhà nước, tổng quan truy xuất, mã số mã vạch GS1, QR code, thực trạng trong nông nghiệp, thực phẩm, xử phạt vi "
        "phạm hành chính và công nghệ cao.",
    ),
    (
        "mIo049",
        "en",
        "worldbank",
        "Digital traceability options for fruit and vegetable value chains",
        "World Bank study (December 2022) on digital technology for traceability in Vietnam's fruit and vegetable chains, "
        "offered as guidance for provinces, cooperatives and exporters choosing traceability tools and data systems.",
    ),
    (
        "mIo050",
        "en",
        "reajetus",
        "Date, lot and batch coding linked to food traceability",
        "Coding-equipment supplier helping food manufacturers print expiration, best-before, use-by and production dates and "
        "lot numbers directly on packaging with line-integrated printers, so each pack can be traced and recalled quickly "
        "and retailers can rotate stock.",
    ),
    (
        "mIo051",
        "en",
        "fasiculus",
        "Unique, non-clonable QR labels for every pack",
        "F-Label: each pack gets its own QR code with production information, applied with a permanent adhesive so it cannot "
        "be re-stuck after removal; a patented high-density code loses quality when copied and a variable guilloche pattern "
        "linked to the QR is checked by smartphone app, so counterfeit labels are detected in the field.",
    ),
    (
        "mIo052",
        "vi",
        "cafef",
        "Tư vấn phân biệt QR chuyển tiền và QR thanh toán cho hộ kinh doanh",
        "Hướng dẫn hộ kinh doanh chọn loại mã QR nhận tiền: QR chuyển tiền tĩnh chỉ chứa số tài khoản, tên, ngân hàng, tự in "
        "không tốn phí nhưng phải đối chiếu thủ công; QR thanh toán gắn với đơn hàng, hóa đơn, cần tích hợp với nhà cung cấp.",
    ),
    (
        "mIo053",
        "vi",
        "vtvgo",
        "Chuẩn mã VietQR thanh toán liên ngân hàng",
        "Giới thiệu chuẩn VietQR: mã QR chứa số tài khoản dùng liên thông giữa các ngân hàng, người bán nhỏ, gánh hàng rong "
        "chỉ cần in mã cho khách quét chuyển tiền.",
    ),
    (
        "mIo054",
        "vi",
        "vneconomy",
        "Triển khai thanh toán QR chuẩn quốc gia cho cửa hàng nhỏ",
        "Chương trình thúc đẩy thanh toán không tiền mặt bằng mã QR chuẩn (VietQR, VietQRPay) cho quán cà phê, tiệm bánh: "
        "chi phí đầu tư thấp, chỉ cần in mã tại quầy, hạn chế chuyển nhầm tài khoản; gắn với Đề án 319 (2023) về thương mại "
        "điện tử.",
    ),
    # --- anti-counterfeit and tamper-evident -------------------------------------------------------
    (
        "mIo055",
        "vi",
        "tanhoamai_chonggia",
        "In tem chống hàng giả đạt chuẩn",
        "Nhà in hơn 10 năm in tem chống hàng giả tại Sài Gòn: máy móc hiện đại đạt quy định, chất liệu in đặc biệt, bản in "
        "sắc nét không nhòe; hướng dẫn doanh nghiệp và người tiêu dùng phân biệt tem thật, tem giả.",
    ),
    (
        "mIo056",
        "vi",
        "labelking_holo",
        "Tem hologram 2D, 3D chống giả",
        "Sản xuất tem an ninh hologram: loại 2D phổ biến và loại 3D hiện 2–3 hình ảnh khác nhau theo góc nhìn, phức tạp và "
        "khó làm giả hơn, là dòng chống giả mạnh nhất trong tem hologram truyền thống.",
    ),
    (
        "mIo057",
        "vi",
        "trinhvantuyen",
        "In tem vỡ niêm phong, bảo hành, chống giả",
        "In tem vỡ trên decal vỡ 4 lớp (mặt, keo, chống dính, đế): tự dính chắc, mặt giấy mỏng nên vỡ vụn khi cố bóc và không "
        "dán lại được; dùng niêm phong miệng hộp, nắp chai, bảo hành, chống hàng giả.",
    ),
    (
        "mIo058",
        "vi",
        "dangkybanquyen",
        "Tư vấn thủ tục làm tem chống hàng giả",
        "Dịch vụ pháp lý hướng dẫn thủ tục đặt làm tem chống hàng giả hợp pháp và các mức phạt khi buôn bán tem, nhãn, bao bì "
        "giả theo Nghị định 98/2020 sửa bởi Nghị định 17/2022: từ 300.000–500.000 đ khi dưới 100 đơn vị đến 5–10 triệu đồng "
        "khi số lượng lớn hơn.",
    ),
    (
        "mIo059",
        "en",
        "labelpod",
        "Tamper-evident and security labels",
        "Label printer offering tamper evidence: security slits that tear on removal, fragile ultra-destruct vinyl, paper, "
        "PE or PP constructions that split, and polyester VOID materials that leave a chequerboard or VOID message on the "
        "surface, with or without residue.",
    ),
    (
        "mIo060",
        "en",
        "qrs",
        "Anti-counterfeit labels with overt, covert and digital features",
        "Vietnamese QR company supplying anti-counterfeit labels: holograms, colour-shifting and UV-fluorescent inks, "
        "micro-printing, unique serial numbers, hidden QR codes and NFC tags, plus an authentication database behind QR "
        "scans. Counterfeits are about 3.3% of world trade.",
    ),
    (
        "mIo061",
        "en",
        "relyon",
        "Paper-based security, tamper-evident and QR authentication labels",
        "Security-label maker: paper tamper-evident seals that tear when a deli container is opened, serialized labels for "
        "regulated products, holographic labels for gourmet food and drinks, tamper-proof shipping labels and QR labels "
        "consumers scan to verify authenticity.",
    ),
    (
        "mIo062",
        "vi",
        "packagetheworld",
        "Bao bì chống giả nhiều lớp: hologram, QR định danh, NFC",
        "Tư vấn xây dựng bao bì chống giả kết hợp 2–3 lớp: dấu hiệu nhìn thấy (hologram, mực đổi màu), dấu hiệu ẩn (mực UV, "
        "chữ siêu nhỏ) và lớp số (QR định danh từng sản phẩm, chip NFC, blockchain). Hàng giả gây thiệt hại ước 467 tỉ USD, "
        "khoảng 2,5% thương mại thế giới (OECD).",
    ),
    # --- date and batch coding -------------------------------------------------------------------
    (
        "mIo063",
        "en",
        "matthews_sol",
        "Coding equipment for use-by, best-before dates and batch numbers",
        "Integrator of coding equipment: continuous inkjet (indelible on all substrates at line speed), thermal transfer "
        "overprinting, laser coders with low consumables, and label printer-applicators; code-management software so the "
        "right date prints on the right product, with vision inspection of code presence.",
    ),
    (
        "mIo064",
        "en",
        "sprinter",
        "Contact date coders for short, readable expiry codes",
        "Maker of compact contact reciprocating coders that stamp quick-drying ink date and lot marks on curved and flat "
        "packs; helps design short codes (e.g. YYMMDD plus shift letter), character height, placement and timing near "
        "fillers, with cold-start reliability and quick ink changes.",
    ),
    (
        "mIo065",
        "en",
        "rotech",
        "Date and batch coding machines for manufacturers",
        "Coding-machine supplier guiding manufacturers on best-before, use-by and display-until dates, seven-digit Julian "
        "dates (the first three digits are the day of the year, 001–365), batch and lot numbers, and how to choose coding "
        "technology for their packaging.",
    ),
    (
        "mIo066",
        "en",
        "toshiba",
        "Date-code label printing for food producers",
        "Label-printer specialist (GALA Solutions) for food makers: barcodes can be pre-printed but use-by and best-before "
        "dates only after production, so date labels are printed on demand and applied consistently to primary, secondary "
        "and shipping packaging.",
    ),
    (
        "mIo067",
        "vi",
        "sneed",
        "Tư vấn nội dung mã in trên bao bì: hạn dùng, ngày đóng gói, số lô",
        "Chuyên gia in phun mã hướng dẫn doanh nghiệp chọn nội dung mã in: hạn sử dụng (best by, use by, sell by), ngày "
        "đóng gói, số mẻ và số lô (gồm giờ, ngày sản xuất, mã nhận diện) để phục vụ kiểm soát chất lượng, quay vòng tồn kho "
        "và thu hồi.",
    ),
    (
        "mIo068",
        "vi",
        "nghitin",
        "Dây chuyền sản xuất đồ uống tự động",
        "Cung cấp dây chuyền sản xuất đồ uống: chuỗi công đoạn liên tục từ nguyên liệu đến thành phẩm, máy móc hiện đại và "
        "tự động hóa giúp tăng năng suất, giảm chi phí, đồng đều chất lượng.",
    ),
    # --- flexible pouches ----------------------------------------------------------------------------
    (
        "mIo069",
        "en",
        "paperbagpack",
        "Zipper stand-up pouches for dried fruit, nuts, coffee and tea",
        "Flexible-packaging maker producing stand-up pouches with a gusseted bottom that opens into a stable base so the "
        "pack stands on the shelf and shows its front panel; resealable zipper under the heat seal for dry foods such as "
        "nuts, granola, dried fruit, coffee beans and tea; lighter than rigid packs and suited to automatic filling.",
    ),
    (
        "mIo070",
        "en",
        "scpacking",
        "Coffee bags with one-way degassing valve",
        "Supplier of coffee packaging: stand-up and flat-bottom pouches with one-way valves that let roasting CO2 out while "
        "keeping oxygen out, multilayer barriers against oxygen, moisture, UV light and aroma loss, and closures chosen "
        "for retail display and storage.",
    ),
    (
        "mIo071",
        "en",
        "stylview",
        "Recyclable mono-material stand-up pouches",
        "Pouch manufacturer offering PET/PE laminates, kraft/PET/PP kraft-look pouches (not officially recyclable), "
        "recyclable mono-material PE/EVOH/PE or mono-PP with matching zippers, and plastic-free or industrially compostable "
        "pouches with thinner barrier and lower stability.",
    ),
    (
        "mIo072",
        "vi",
        "pwarehouse",
        "In túi đứng (doypack) theo kích thước tùy chọn",
        "Xưởng túi đứng in theo yêu cầu cho thực phẩm, thức ăn thú cưng, thực phẩm bổ sung: túi khổ cố định dùng đáy Doyen "
        "cần khuôn riêng từng cỡ; túi kích thước tùy ý dùng đáy K-seal làm bằng một bộ khuôn chung; chất liệu PET/PE hoặc "
        "giấy kraft/PET/PP.",
    ),
    (
        "mIo073",
        "en",
        "fastbags",
        "Stand-up pouch formats: standard, spouted, flat-bottom, retort",
        "Pouch supplier briefing brands on formats (Doyen/K-seal for snacks and powders, spouted for sauces and purees, "
        "flat-bottom box pouches for coffee and pet food, retort for heat sterilisation), high-barrier films, zips, "
        "degassing valves, matte or gloss varnish and high-resolution printing.",
    ),
    (
        "mIo074",
        "vi",
        "standuppouches",
        "Sản xuất túi đứng in ống đồng, ghép màng, có khóa zip",
        "Nhà máy túi đứng đựng thực phẩm: túi khoảng 5 lớp, lớp ngoài chịu lực, lớp trong giữ độ tươi và hàn nhiệt, lớp giữa "
        "mang hình in; khắc trục in theo maket của khách, duyệt mẫu, kiểm tra chồng màu rồi ghép khô các lớp, gắn zip và "
        "xé khía ở công đoạn cuối.",
    ),
    (
        "mIo075",
        "vi",
        "kolysen",
        "Túi hút chân không cho thực phẩm",
        "Cung cấp túi và bao bì hút chân không: rút không khí trong túi rồi hàn kín, môi trường thiếu oxy hạn chế vi sinh "
        "vật, giữ thực phẩm lâu hỏng; có túi nhựa, túi nhôm, hộp thủy tinh; không khuyến khích cho trái cây tươi còn hô hấp.",
    ),
    (
        "mIo076",
        "vi",
        "saynongsan",
        "Thiết bị sấy nông sản bằng năng lượng mặt trời",
        "Tài liệu và thiết kế thiết bị sấy nông sản: phơi tự nhiên, sấy năng lượng mặt trời trực tiếp tuần hoàn tự nhiên, có "
        "bộ thu riêng hoặc gián tiếp đối lưu cưỡng bức; công nghệ đơn giản, chi phí đầu tư và vận hành thấp.",
    ),
    # --- paper bags, cloth bags, totes -----------------------------------------------------------------
    (
        "mIo077",
        "vi",
        "aegplus",
        "In túi giấy kraft đựng bánh mì giá rẻ",
        "Xưởng túi giấy nhận in túi bánh mì dán đáy: giấy kraft nhập khẩu đạt chuẩn thực phẩm, thấm dầu tốt, dai (giấy Ốp "
        "rẻ hơn nhưng không thuộc danh mục giấy thực phẩm); in 1–2 màu nổi trên nền nâu, 280 đ/túi cỡ 13×25 cm in một màu, "
        "thêm 40 đ cho mỗi màu.",
    ),
    (
        "mIo078",
        "vi",
        "intmt",
        "In túi giấy kraft in logo thương hiệu",
        "Nhà in nhận sản xuất túi giấy mua sắm từ giấy kraft, đáy vuông, có quai, in logo, tên thương hiệu để quảng bá hình "
        "ảnh cửa hàng, tăng giá trị hàng hóa và thay túi nhựa dùng một lần.",
    ),
    (
        "mIo079",
        "vi",
        "tuivai",
        "Túi vải không dệt in logo thay túi nilon",
        "Xưởng túi môi trường sản xuất túi vải không dệt từ sợi PP, in logo doanh nghiệp, dùng nhiều lần thay túi nilon; giá "
        "khoảng một nửa so với túi nilon khi đặt số lượng lớn; đã làm túi cho nhiều thương hiệu lớn và chương trình khuyến mãi.",
    ),
    (
        "mIo080",
        "en",
        "lianpack",
        "Printed paper shopping bags for retailers",
        "Paper-bag manufacturer supplying branded shopping bags that help shops cut single-use polyethylene bags and their "
        "carbon footprint, with bag design and production innovations for retail use.",
    ),
    (
        "mIo081",
        "en",
        "cl_totes",
        "Screen printed tote bags for promotions and retail",
        "Screen printer of cotton and canvas totes: ink pushed through a mesh stencil one colour at a time and cured into "
        "the fabric; best for bold logos, solid spot colours, repeat orders and larger quantities where consistency counts, "
        "for conference kits, retail merchandise and packaging add-ons.",
    ),
    (
        "mIo082",
        "en",
        "szoneier",
        "Bag decoration: screen, DTG, sublimation, hot stamping, embroidery",
        "Bag factory matching printing method to material and volume: screen printing for bold solids on cotton and canvas "
        "(80–160 TPI mesh, plastisol, water-based or discharge inks), below $0.50 per unit above 1,000 bags; DTG and UV for "
        "photo prints; sublimation for polyester all-over designs; foil and embroidery for premium looks.",
    ),
    (
        "mIo083",
        "en",
        "envirotote",
        "Custom tote printing: screen, heat transfer and direct-to-garment",
        "Tote maker printing canvas bags by screen printing for vector art (lines at least 1.5 pt, 2 pt on 15 oz canvas, "
        "print area up to 15×16 in or jumbo 16×19 in), heat transfers for multicolour pixel images (5×8 to 10.5×16.5 in) "
        "and direct-to-garment CMYK; Pantone colour matching.",
    ),
    (
        "mIo084",
        "vi",
        "tbfbags",
        "In túi vải cotton, túi cói đay, túi tái chế",
        "Xưởng túi in theo chất liệu: túi cotton in lụa (số lượng lớn, màu bền) hoặc in kỹ thuật số trực tiếp (nhiều màu, "
        "chi tiết) với mực gốc nước; túi đay, cói thô in lụa mực plastisol dày, mực chống tia UV để đỡ phai; túi tái chế từ "
        "chai nhựa và túi polyester in chuyển nhiệt.",
    ),
    (
        "mIo085",
        "en",
        "astra",
        "Blown and cast film extrusion lines for packaging film",
        "Polymer processing know-how for blown-film extrusion of garbage, bread and grocery bags (circular die at 180–210 °C, "
        "bubble blown and collapsed, in-line bag making) and cast film through flat dies above 1 tonne per hour with 3-, 5- "
        "or 7-layer co-extrusion.",
    ),
    # --- inks ------------------------------------------------------------------------------------------
    (
        "mIo086",
        "vi",
        "asianink",
        "Mực in xanh: gốc nước, UV, gốc cồn cho bao bì",
        "Nhà cung cấp mực in giới thiệu ba dòng mực thân thiện môi trường: mực gốc nước dùng rộng rãi cho in flexo bao bì "
        "thực phẩm, dược phẩm; mực UV; mực gốc cồn. Ngành in bao bì Việt Nam tăng trên 20%/năm; thế giới tiêu tốn hơn 550 "
        "triệu lít dầu mỗi năm cho mực.",
    ),
    (
        "mIo087",
        "vi",
        "tptn_ink",
        "Tư vấn mực in an toàn cho bao bì thực phẩm theo TCVN 13928:2023",
        "Chuyên gia ngành in tư vấn chọn mực đáp ứng tiêu chuẩn quốc gia về mực in bao bì tiếp xúc thực phẩm: hiện tượng mực "
        "dịch chuyển vào thực phẩm, vật liệu thấm cao như carton, bìa so với thủy tinh, kiểm soát chất lượng để bảo vệ người "
        "dùng và công nhân.",
    ),
    (
        "mIo088",
        "en",
        "kustomise",
        "Soybean-based inks for offset and flexo food packaging",
        "Packaging printer switching presses to soybean-oil ink carriers: same offset or flexo process, lower VOC emissions, "
        "brighter colours and sharper dots, easier de-inking when the paper is recycled, and a renewable raw material.",
    ),
    (
        "mIo089",
        "en",
        "baide",
        "Food-safe soy and water-based inks for paper food packaging",
        "Paper food-packaging maker explaining ink safety: migration rises with heat, oil, moisture and contact time; "
        "soy-based and water-based inks are the practical food-safe options when formulation, unprinted food-contact side "
        "and migration limits (FDA, EU rules) are respected.",
    ),
    (
        "mIo090",
        "en",
        "pi_soy",
        "Advice on soy ink and UV ink for printing inside food boxes",
        "Printing consultant's advice: most soy inks contain petroleum to dry faster, so printing the inside of a box that "
        "touches chocolate or other food is risky; UV-cured packaging inks are solvent-free and scuff resistant, and a "
        "functional barrier is still expected.",
    ),
    (
        "mIo091",
        "en",
        "lumiglows",
        "Using less and safer ink on packaging",
        "Sustainable packaging studio advising on ink: choose a positive print instead of a reverse flood coat to cut ink use "
        "by over 75%, avoid VOC solvents and heavy-metal pigments, and check how ink and coatings affect recyclability and "
        "compostability; beware greenwashing as ink has few certifications.",
    ),
    (
        "mIo092",
        "en",
        "kaocollins",
        "Eco-friendly inkjet inks beyond soy for packaging",
        "Ink maker offering eco-friendly inkjet inks as alternatives to soy-based formulations: soy inkjet inks print well "
        "on porous substrates and corrugated packaging but are not food grade.",
    ),
    (
        "mIo093",
        "en",
        "millionpack_soy",
        "Soy ink printing for takeaway food packaging",
        "Takeaway-packaging producer printing with soy ink (soybean oil about 20–40% of the formula) instead of petroleum "
        "inks with heavy metals and VOCs, to keep boxes safer when exposed to heat, grease and moisture and to avoid "
        "contaminating recycling.",
    ),
    (
        "mIo094",
        "vi",
        "viteko",
        "Xử lý nước thải nhà máy giấy và bột giấy",
        "Thiết kế hệ thống xử lý nước thải ngành giấy: song chắn rác, lắng cát, tuyển nổi DAF, keo tụ tạo bông, kỵ khí "
        "UASB/EGSB kết hợp hiếu khí Aerotank/SBR, xử lý COD trên 1.000 mg/L để đạt QCVN 12-MT:2015/BTNMT.",
    ),
    (
        "mIo095",
        "vi",
        "rippi",
        "Xử lý bùn thải sản xuất giấy thành phân bón",
        "Viện nghiên cứu chuyển giao quy trình xử lý bùn thải giấy (PMS) thành phân bón: kiểm soát tỉ lệ C/N, nhiệt độ, pH, "
        "vi sinh vật, oxy và độ ẩm; giảm chôn lấp, đốt bùn.",
    ),
    # --- molded pulp and paper alternatives ---------------------------------------------------------
    (
        "mIo096",
        "en",
        "accum",
        "Bagasse molded-fibre food containers and clamshells",
        "Molded-fibre producer making clamshells and food containers from sugarcane bagasse: water and grease resistance "
        "from fibre selection and dense pressing rather than plastic coatings, holding hot food up to 100 °C, safe for "
        "microwave reheating and deep freezing.",
    ),
    (
        "mIo097",
        "en",
        "biopak",
        "Compostable plant-fibre trays for fresh produce with free custom tooling",
        "Produce-packaging company making compostable trays and containers from palm, corn, sugarcane, tapioca starch and "
        "bamboo fibre, heat resistant to 176 °C, to replace Styrofoam trays; free custom tooling for farmers and packers "
        "of peppers, beans, okra, berries, mushrooms, asparagus and apples.",
    ),
    (
        "mIo098",
        "en",
        "listeneco",
        "Molded pulp protective packaging, trays and end caps",
        "Manufacturer of molded pulp from recycled paperboard, newsprint or bagasse for protective packaging, end caps, "
        "trays, food-service plates, bowls, clamshells and beverage carriers; often cheaper than EPS, PET, PVC or foam, "
        "recyclable, and waterproofed by wax spray or dip when needed.",
    ),
    (
        "mIo099",
        "vi",
        "warmpack",
        "Bát, khay bã mía có hoặc không lớp lót cho suất ăn",
        "Nhà sản xuất bao bì sợi bã mía: bột sợi tạo hình chân không rồi ép nóng trong khuôn để thành cứng, vành phẳng hàn "
        "màng được; loại không lót cho đa số món, loại lót màng PLA/PBS/PE chống dầu nước cho món nhiều dầu, giao xa, tủ "
        "lạnh đọng hơi hoặc máy đóng nắp tự động.",
    ),
    (
        "mIo100",
        "vi",
        "logicagency",
        "Bao bì bột giấy bã mía ép khuôn theo thiết kế",
        "Đơn vị bao bì giới thiệu bao bì bột giấy ép khuôn từ bã mía: trộn bã mía với nước và chất kết dính thành bột, đổ "
        "khuôn, ép nhiệt, sấy; sản phẩm nhẹ, bền, phân hủy sinh học, làm được khay, hộp, lót định hình theo sản phẩm.",
    ),
    (
        "mIo101",
        "vi",
        "nld",
        "Kết nối doanh nghiệp chuyển sang bao bì xanh",
        "Chương trình kết nối cung cầu bao bì xanh: thị trường bao bì giấy Việt Nam khoảng 2,6 tỉ USD năm 2024, dự kiến 4,14 "
        "tỉ USD năm 2029 (tăng 9,73%/năm); hỗ trợ doanh nghiệp thực phẩm, bán lẻ, đồ uống tìm nhà cung cấp hộp giấy, tre, gỗ, "
        "ống bìa phân hủy sinh học, ly giấy và tiếp cận người mua quốc tế.",
    ),
    (
        "mIo102",
        "vi",
        "iuh_paper",
        "Chuyên đề vật liệu bao bì giấy cho thực phẩm",
        "Nhóm giảng dạy bao gói thực phẩm (Viện Công nghệ Sinh học – Thực phẩm, ĐH Công nghiệp TP.HCM, 2024) cung cấp chuyên "
        "đề về bao bì giấy: đặc tính, nhóm sản phẩm dùng bao bì giấy (đồ uống, sữa, rau quả, thịt cá, bao bì vận chuyển), "
        "quy trình sản xuất, đóng gói và kiểm tra chất lượng.",
    ),
    (
        "mIo103",
        "vi",
        "hhgiay",
        "Báo cáo nguyên liệu giấy thu hồi cho ngành giấy",
        "Hiệp hội Giấy và Bột giấy Việt Nam trình bày xu hướng nguyên liệu: bột sợi dài, sợi ngắn, bột phi gỗ (tre nứa, rơm "
        "rạ, bã mía), bột tái chế từ giấy thu hồi OCC, ONP; tiêu chuẩn phân loại giấy thu hồi của Mỹ, Nhật, châu Âu.",
    ),
    (
        "mIo104",
        "vi",
        "viettuong",
        "Dự án sản xuất giấy từ bột nguyên liệu phi gỗ",
        "Hồ sơ dự án đầu tư của một công ty tại khu công nghiệp Tân Đức (Đức Hòa, Long An) sản xuất giấy và sản phẩm giấy từ "
        "bột nguyên liệu phi gỗ thân thiện môi trường.",
    ),
    (
        "mIo105",
        "en",
        "npcs_coir",
        "Coir geotextiles and nettings from coconut husk",
        "Project consultancy for starting a coir geotextile business: woven and non-woven mats, nettings, logs and blankets "
        "from coconut husk fibre for erosion control, slope stabilisation and revegetation; biodegradable in 2–5 years.",
    ),
    (
        "mIo106",
        "en",
        "tinfs_coir",
        "Coir fibre for mats, brushes, ropes and upholstery",
        "Supplier of brown and white coir fibre (up to 35 cm long, 12–25 µm diameter, rich in lignin) for doormats, brushes, "
        "ropes, mattresses, car upholstery with latex, geotextiles and peat-free growing media.",
    ),
    (
        "mIo107",
        "vi",
        "bentre_dua",
        "Giải pháp phát triển công nghiệp chế biến dừa",
        "Nghiên cứu của Trường ĐH Nam Cần Thơ đề xuất phát triển công nghiệp chế biến dừa ở Bến Tre: đa dạng hóa sản phẩm "
        "từ cây dừa, xây dựng thương hiệu và mở rộng thị trường, dựa trên đánh giá ưu nhược điểm khai thác hiện nay.",
    ),
    (
        "mIo108",
        "en",
        "cocopeat",
        "Coir pith (cocopeat) growing media from coconut husk",
        "Processor turning the coir-pith dust left after extracting husk fibre, once dumped as waste heaps, into cocopeat "
        "growing media for horticulture, alongside fibre for ropes, mats, mattresses and brushes.",
    ),
    # --- shop signs --------------------------------------------------------------------------------------
    (
        "mIo109",
        "vi",
        "stbh",
        "Thiết kế, thi công bảng hiệu alu, mica, hộp đèn LED, chữ nổi inox",
        "Đơn vị quảng cáo tại TP.HCM nhận thiết kế và thi công bảng hiệu quảng cáo: bảng hiệu alu, bảng hiệu mica, hộp đèn "
        "LED, chữ nổi inox và backdrop sự kiện cho cửa hàng, văn phòng.",
    ),
    (
        "mIo110",
        "vi",
        "logoadv",
        "Gia công bảng hiệu LED, chữ nổi, hộp đèn và màn hình LED",
        "Công ty quảng cáo ở Đà Nẵng thiết kế, gia công và thi công bảng hiệu: bảng hiệu LED, chữ nổi, alu, inox, hộp đèn, "
        "màn hình LED và biển quảng cáo theo yêu cầu để doanh nghiệp tăng nhận diện.",
    ),
    (
        "mIo111",
        "vi",
        "quangcaox",
        "Làm biển hiệu, chữ nổi mica, hộp đèn, backdrop, standee",
        "Đơn vị thiết kế, chế tạo và thi công bảng hiệu: biển alu, chữ nổi mica, hộp đèn, backdrop, standee và in ấn kỹ thuật "
        "số cho mọi nhu cầu truyền thông của cửa hàng và sự kiện.",
    ),
    (
        "mIo112",
        "vi",
        "thanhthinhphat",
        "Thi công bảng hiệu giá rẻ cho TP.HCM và các tỉnh lân cận",
        "Công ty quảng cáo (Quận 11, TP.HCM) nhận thi công bảng hiệu quảng cáo giá rẻ tại TP.HCM và tỉnh lân cận: bảng hiệu "
        "alu chữ nổi, chữ nổi mica.",
    ),
    (
        "mIo113",
        "en",
        "highflyer",
        "Aluminium LED sign boards",
        "Sign manufacturer (Bangalore) making aluminium LED sign boards that withstand rain, wind and strong sun, with "
        "energy-saving LEDs and custom lighting for storefronts, directional and promotional signs indoors or outdoors.",
    ),
    (
        "mIo114",
        "en",
        "diysign",
        "Outdoor lighted sign boxes for storefronts",
        "Supplier of outdoor lighted cabinet signs for shops: translucent face carrying the graphics, lighting source, power "
        "supply, cabinet and back, with the most common options pre-selected to simplify ordering.",
    ),
    (
        "mIo115",
        "en",
        "bwoaa",
        "Printing and cutting acrylic (plexiglass) signs and letterboards",
        "Sign workshop screen-printing and engraving PMMA acrylic signs, letterboards and display shelves: high-gloss, "
        "rub-resistant acrylic inks, sun-fast imported inks for outdoor light boxes, professional film positives with "
        "registration crosshairs, high-resolution emulsion and high-tension mesh.",
    ),
    (
        "mIo116",
        "vi",
        "jinxi",
        "Gia công CNC đa trục chi tiết kim loại chính xác",
        "Xưởng cơ khí chính xác dùng máy CNC 4–9 trục gia công chi tiết hình học phức tạp trong ít lần gá, độ chính xác và "
        "chất lượng bề mặt cao cho các ngành công nghiệp.",
    ),
    # --- LED boards and screens ------------------------------------------------------------------------
    (
        "mIo117",
        "vi",
        "mhledgiare",
        "Module LED P2–P5 và linh kiện làm bảng LED",
        "Cửa hàng linh kiện bán module LED: mỗi điểm ảnh gồm 3 màu đỏ, lục, lam cho 16,7 triệu màu; kích thước module theo "
        "bước điểm ảnh, ví dụ P5 320×160 mm hoặc 160×160 mm, P4 256×128 mm, P3 192×192 mm, P2,5 và P2 320×160 mm.",
    ),
    (
        "mIo118",
        "vi",
        "tamitop",
        "Màn hình LED quảng cáo ngoài trời độ sáng cao",
        "Nhà cung cấp màn hình LED tư vấn khác biệt trong nhà và ngoài trời: trong nhà 800–1.500 nit, góc nhìn 160–178°; "
        "ngoài trời 5.000–10.000 nit trở lên để rõ dưới nắng, chống nước, bền và tản nhiệt tốt cho biển quảng cáo mặt tiền.",
    ),
    (
        "mIo119",
        "vi",
        "hoanglongled",
        "Tư vấn chọn màn hình LED P2, P2.5, P3, P4, P5",
        "Đơn vị lắp đặt màn hình LED tư vấn chọn bước điểm ảnh theo khoảng cách xem và ngân sách; màn LED có tuổi thọ trên "
        "100.000 giờ, kích thước không giới hạn như TV hay máy chiếu, dùng cho quảng cáo, sự kiện, hội trường.",
    ),
    (
        "mIo120",
        "vi",
        "maxhub",
        "Các loại màn hình LED cho quảng cáo cửa hàng và sự kiện",
        "Nhà phân phối giới thiệu các loại màn hình LED: cấu tạo module, điểm ảnh RGB, độ sáng cao dùng được ngoài trời, "
        "phù hợp biển quảng cáo cửa hàng, bảng quảng cáo, sự kiện, giáo dục, hội họp.",
    ),
    (
        "mIo121",
        "en",
        "idealed",
        "Programmable LED message boards",
        "Maker of LED message boards: a grid of LEDs driven by a controller, power supply and communication interface so "
        "text, alerts and simple graphics can be updated by USB, Wi-Fi, Bluetooth, Ethernet or cloud software, for shops, "
        "public and industrial sites.",
    ),
    (
        "mIo122",
        "en",
        "lostlucky",
        "Custom LED logo signs built on Raspberry Pi",
        "Maker studio building custom LED storefront signs: a Raspberry Pi drives a 24×55 LED matrix shaped as the client's "
        "logo and plays any uploaded GIF only inside the letters; earlier Arduino prototypes reacted to sound and music.",
    ),
    (
        "mIo123",
        "en",
        "ledsigns_wp",
        "Getting results from LED signs under local display rules",
        "LED sign dealer advising owners where towns restrict animation, flashing and scrolling (e.g. 5 seconds minimum per "
        "frame, still 12 messages a minute): plan lines and characters per frame and mix time, temperature, community and "
        "sales messages so passing drivers keep reading.",
    ),
    (
        "mIo124",
        "vi",
        "triiuh",
        "Mã nguồn quét LED ma trận 8×32 cho vi điều khiển",
        "Bài hướng dẫn sinh viên điện tử: sơ đồ nguyên lý, sơ đồ khối điều khiển và hiển thị, mã nguồn quét LED ma trận 8×32 "
        "với bảng font ASCII 5×7 cho 96 ký tự in được.",
    ),
    (
        "mIo125",
        "en",
        "recolux",
        "Horticultural LED lighting for greenhouses",
        "Lighting firm designing greenhouse LED retrofits: peaks at 450 nm and 660 nm with optional 730 nm far-red, 40–60% "
        "less energy than HPS, layouts by PPFD and daily light integral (12–17 mol/m²/day for leafy greens) with ±10% "
        "uniformity.",
    ),
    (
        "mIo126",
        "en",
        "ledinside",
        "LED grow lights for greenhouse crops",
        "Research results (Purdue University, reported by USDA) showing LED arrays give greenhouse plants a more useful light "
        "spectrum than conventional lamps while using 75% less electricity.",
    ),
    (
        "mIo127",
        "en",
        "lumistrips",
        "LED module design for vertical farms",
        "Horticultural LED maker designing modules for multi-tier vertical farms where lighting is 25–30% of operating cost: "
        "spectrum, efficacy, lifetime, mounting distance and controls; vertical farms use 70–95% less water than fields.",
    ),
    # --- large format and banners -----------------------------------------------------------------------
    (
        "mIo128",
        "vi",
        "signlab",
        "In bạt PVC khổ lớn, bạt lưới cho biển ngoài trời",
        "Xưởng in bạt quảng cáo: bạt PVC định lượng 9–22 oz/yd² một hoặc hai mặt, đóng khoen treo, bạt lưới cho gió xuyên "
        "qua khi treo mặt tòa nhà; máy in khổ lớn tới khoảng 150 m²/giờ với mực gốc nước, bán dung môi, dung môi hoặc UV "
        "chịu thời tiết; làm pano, băng rôn, biển hội chợ.",
    ),
    (
        "mIo129",
        "en",
        "amprinter",
        "Recyclable polyethylene billboard posters printed with UV inks",
        "Outdoor print producer replacing short-lived paper posters with one-piece woven polyethylene billboard skins printed "
        "with zero-VOC UV-curable inks: standard posters warranted 60 days, heavier vinyl-free skins last a year through "
        "monthly moves, then recycled into decking, rail ties or garden pots.",
    ),
    (
        "mIo130",
        "en",
        "bergen",
        "Choosing durable substrates and laminates for outdoor prints",
        "Large-format printer advising on lifespan: outdoor prints typically last 3–5 years depending on ink, UV exposure and "
        "coatings; laminates add up to 50%; cast vinyl or aluminium composite for long-term signs; south-facing graphics "
        "fade faster; paper or foamcore for short indoor use.",
    ),
    (
        "mIo131",
        "en",
        "signwarehouse",
        "Vinyl sign films rated for outdoor durability",
        "Sign supply house explaining outdoor life of self-adhesive vinyl: calendered PVC films (economy and intermediate) "
        "last about 3–6 years depending on colour, cast PVC lasts longer; metallic colours fade fastest, black, white and "
        "clear last longest; printed vinyl differs from cut vinyl.",
    ),
    (
        "mIo132",
        "vi",
        "do_banners",
        "Vật liệu băng rôn, bạt lưới, vải in và bọc mặt tòa nhà",
        "Nhà phân phối vật liệu in khổ lớn: bạt lưới nhẹ cho gió xuyên qua, vải in nhẹ, thân thiện môi trường, dễ vận chuyển "
        "và cất trữ, vinyl bền cho bọc tòa nhà; chọn theo độ bền, thời gian treo và điều kiện gió, nắng tại công trình.",
    ),
    (
        "mIo133",
        "vi",
        "decal_site123",
        "In decal dán kính, tường, xe, ly, laptop",
        "Xưởng in decal: miếng dán 3 lớp gồm mặt in (nhựa mỏng, vinyl hoặc giấy) in kỹ thuật số, offset hoặc flexo, lớp keo "
        "acrylic hoặc cao su bám chắc không bong, giấy đế kraft hoặc glassine; dùng trang trí mặt kính cửa hàng, tường, xe, "
        "ly, laptop.",
    ),
    # --- promotional print and trade shows --------------------------------------------------------------
    (
        "mIo134",
        "vi",
        "rao365",
        "Tính giá và in catalogue A4, A5",
        "Công cụ và dịch vụ báo giá in catalogue khổ A4, A5: catalogue 8 trang, 16 trang với bìa và ruột cùng hoặc khác định "
        "lượng giấy, quy đổi số trang ra số tờ để tính tiền giấy và tiền in.",
    ),
    (
        "mIo135",
        "vi",
        "inhocmon",
        "In ghép bài hoặc in riêng danh thiếp, tờ rơi",
        "Nhà in offset tư vấn hai cách in: in ghép bài nhiều khách trên cùng khổ giấy để chia nhỏ chi phí, màu đạt khoảng "
        "80–90% so với file; in riêng cho màu chính xác trên 90% nhưng giá cao hơn; thường áp dụng cho danh thiếp, tờ rơi.",
    ),
    (
        "mIo136",
        "en",
        "arrowhead",
        "Trade show printing from file preparation to on-site setup",
        "Sign company handling trade show graphics end to end: RGB-to-CMYK conversion with ICC profiles, 100–150 PPI at "
        "viewing distance instead of 300, lightweight fabric displays to cut drayage and speed assembly, a production "
        "timeline to avoid rush fees, and single-source printing, kitting and logistics.",
    ),
    (
        "mIo137",
        "en",
        "sdgmag",
        "Graphics for 10x10 trade show booths and pop-up frames",
        "Graphics shop producing booth graphics: flexible panels for curved pop-up frames (panels about 29 in wide with hook "
        "fasteners and magnetic strips), mounted prints on PVC foam board, pipe-and-drape backdrops 8 ft high, and custom "
        "exhibit systems for larger spaces.",
    ),
    (
        "mIo138",
        "en",
        "spmag",
        "Wide-format inkjet and screen printing for booth displays",
        "Screen and digital print shop producing trade-show booth graphics in limited quantities on aqueous and solvent "
        "wide-format inkjets, with substrates and finishing chosen for displays that are updated and used for less than a "
        "year.",
    ),
    (
        "mIo139",
        "en",
        "skyline",
        "Why keep advertising and exhibiting in a slow economy",
        "Marketing agency note arguing that companies which maintain advertising and trade show programmes during downturns "
        "get a head start, because buyers keep researching even when they delay purchases.",
    ),
    # --- design, identity and labelling compliance ------------------------------------------------------
    (
        "mIo140",
        "vi",
        "stilldesign",
        "Thiết kế bao bì, nhãn đạt tiêu chí chấm điểm OCOP",
        "Studio thiết kế tư vấn bao bì OCOP theo bộ tiêu chí: đủ nội dung ghi nhãn bắt buộc (tên hàng, khối lượng tịnh, thành "
        "phần, NSX, HSD, bảo quản, tổ chức chịu trách nhiệm), mã GTIN và QR truy xuất, ký hiệu tái chế, chữ pháp lý tối "
        "thiểu 6–7 pt, song ngữ cho kênh du lịch, xuất khẩu; logo, màu, key visual và câu chuyện địa phương.",
    ),
    (
        "mIo141",
        "en",
        "ezq",
        "Complete brand identity package for local businesses",
        "Marketing agency delivering a full identity system rather than a single logo: primary and secondary logos, icon and "
        "wordmark, a 3–5 colour palette with hex, RGB and CMYK values, typography rules, a brand guide and application "
        "examples across signs, cards, web and social media.",
    ),
    (
        "mIo142",
        "vi",
        "growdient",
        "Xây dựng hệ thống nhận diện thương hiệu áp dụng cho bao bì",
        "Studio thương hiệu thiết kế hệ thống nhận diện 5 lớp: chiến lược, hệ thống hình ảnh (logo, màu, chữ, họa tiết, "
        "phong cách ảnh), ứng dụng thử trên bao bì, website, mạng xã hội, bộ quy chuẩn và bàn giao; chi phí dao động rất "
        "rộng, từ khoảng 4 nghìn đến 400 nghìn USD tùy phạm vi.",
    ),
    (
        "mIo143",
        "vi",
        "nd111",
        "Tư vấn ghi nhãn hàng hóa theo Nghị định 43/2017 và 111/2021",
        "Dịch vụ pháp lý hướng dẫn nội dung và cách ghi nhãn hàng hóa lưu thông tại Việt Nam, hàng xuất khẩu, nhập khẩu theo "
        "Nghị định 43/2017/NĐ-CP được sửa đổi bởi Nghị định 111/2021/NĐ-CP (9/12/2021): phạm vi áp dụng, nội dung bắt buộc, "
        "nhãn phụ.",
    ),
    # --- smart and indicator labels ---------------------------------------------------------------------
    (
        "mIo144",
        "vi",
        "vnnet_film",
        "Màng cảm biến đổi màu báo thịt, cá hư hỏng",
        "Kết quả nghiên cứu (Viện Fraunhofer, Munich) có thể chuyển giao: tấm màng đặt trong bao bì phản ứng với amin hữu "
        "cơ sinh ra khi thịt, cá phân hủy và đổi màu từ vàng sang xanh, cho biết trạng thái thật của thực phẩm thay vì chỉ "
        "dựa vào hạn dùng; đang phát triển bản có đầu đo gắn kèm.",
    ),
    (
        "mIo145",
        "vi",
        "sciviet_sticker",
        "Miếng dán cảnh báo đứt chuỗi lạnh cho thực phẩm",
        "Nhãn dùng một lần do Viện Nghiên cứu Công nghệ Hóa học Hàn Quốc (KRICT) phát triển: lớp màng sợi nano polymer mờ đục "
        "khi lạnh, khi nhiệt độ đạt từ 10 °C trong một thời gian thì sợi chảy, màng trong suốt để lộ hình cảnh báo và không "
        "trở lại dù làm lạnh lại; dán cho thịt, cá, rau quả, thuốc.",
    ),
    (
        "mIo146",
        "en",
        "springer_antho",
        "Anthocyanin indicator labels for monitoring food freshness",
        "Research group (CACPP 2023 proceedings on printing and packaging) offering know-how on preparing anthocyanin "
        "indicator labels: pH-responsive colour change, antioxidant and antibacterial effects, composite film preparation "
        "and how hydrogen bonding affects label strength, for freshness monitoring.",
    ),
    (
        "mIo147",
        "en",
        "ouci_antho",
        "Colour-response anthocyanin labels for shrimp and meat freshness",
        "Academic team (Trends in Food Science & Technology, 2026) reviewing anthocyanin-based indicator labels for intelligent "
        "packaging: mechanisms, multiscale regulation to sharpen colour response, co-pigmentation films for shrimp "
        "freshness, available for collaborative development.",
    ),
    (
        "mIo148",
        "vi",
        "dep2_sharif",
        "Bao bì cảm biến nano báo thực phẩm ôi thiu theo thời gian thực",
        "Nghiên cứu (Viện Công nghệ Lausanne, Thụy Sĩ) dùng ống carbon nano làm cảm biến đo pH, phát hiện thực phẩm hỏng theo "
        "thời gian thực và cảnh báo nhà phân phối; cùng hướng bao bì 'đèn giao thông' xanh – đỏ của Đại học Basel. Đang ở "
        "giai đoạn xây phòng thí nghiệm đầu tiên.",
    ),
    (
        "mIo149",
        "en",
        "vitsab",
        "Time-temperature indicator labels for seafood shipments",
        "Vitsab supplies time-temperature indicator (TTI) labels that record the full temperature history of each product: "
        "the L5-8 seafood label (since 2001) is formulated for Clostridium botulinum risk between +1 and 25 °C per FDA "
        "requirements; more than 1.2 billion fish portions checked.",
    ),
    (
        "mIo150",
        "vi",
        "luanvan_nano",
        "Đề tài ứng dụng công nghệ nano trong công nghiệp thực phẩm",
        "Luận văn 34 trang tổng quan ứng dụng công nghệ nano tạo thực phẩm giàu dinh dưỡng, an toàn, và định hướng phát "
        "triển ngành thực phẩm nano tại Việt Nam.",
    ),
    # --- UV printing and laser engraving ----------------------------------------------------------------
    (
        "mIo151",
        "en",
        "do_wood",
        "UV printing directly on wood for signs, decor and keepsakes",
        "Print provider using UV flatbed printers (e.g. Roland VersaUV) whose photo-initiator inks cure instantly on wood: "
        "custom signs, directional signage, keepsakes and game boards, white ink under colour to control how the grain shows, "
        "gloss ink for raised effects, with pre- or post-treatment when needed.",
    ),
    (
        "mIo152",
        "en",
        "pi_wood",
        "Inkjet printing on wood, one piece or one thousand",
        "Digital decorator printing directly on wood panels, fixtures and point-of-purchase displays: almost no make-ready, "
        "economical one-off and mass-customised pieces, faster to market than screen printing which needed costly setups and "
        "long runs.",
    ),
    (
        "mIo153",
        "vi",
        "inknova",
        "Khắc, đánh dấu laser công nghiệp lên nhiều vật liệu",
        "Dịch vụ khắc laser: laser fiber cho kim loại, laser CO2 cho gỗ, giấy, vải, da và một số nhựa, laser UV cho nhựa mỏng, "
        "thủy tinh, linh kiện nhạy nhiệt, laser xanh 532 nm cho thủy tinh; khắc logo, mã vạch, QR, số seri bằng gương quét "
        "galvo hoặc bàn XY.",
    ),
    (
        "mIo154",
        "vi",
        "dongA_cnc",
        "Máy CNC khắc laser phục vụ sản phẩm du lịch",
        "Sản phẩm của sinh viên Đại học Đông Á (Đà Nẵng), giải nhất hội nghị khoa học 2016: máy CNC khắc hình bằng laser lên "
        "gỗ, giấy, vải, da, nhựa để làm quà lưu niệm du lịch; lắp ráp trong hơn 4 tháng, sẵn sàng hợp tác hoàn thiện.",
    ),
    (
        "mIo155",
        "vi",
        "laserdiode",
        "Mô hình máy khắc laser diode 2 W",
        "Đồ án sinh viên điện tử công nghiệp: máy khắc khung nhôm, laser diode 2 W khắc nhanh trên gỗ, bìa carton, giả da, "
        "cắt được bìa giấy và decal; mica phải chọn màu đen, kim loại chỉ khắc lớp sơn phủ.",
    ),
    (
        "mIo156",
        "en",
        "printwear",
        "Direct printing on wood, metal and glass with inkjet-receptive coatings",
        "Direct-to-substrate printing service: surfaces are primed with clear or matte-white inkjet-receptive coating, "
        "printed with adjustable ink flow, then sealed with a UV-protective clear coat, so garment-style printers can "
        "decorate wooden boxes, metal and glass items.",
    ),
    (
        "mIo157",
        "en",
        "questt",
        "Fiber laser metal cutting and marking machines",
        "Machine manufacturer selling metal laser cutting and marking machines: non-contact processing with a small heat-"
        "affected zone, no mechanical stress on parts and long continuous operation.",
    ),
    (
        "mIo158",
        "en",
        "funofdiy",
        "DIY mini laser engraver from old DVD drives",
        "Hobby project plans for a mini CNC laser engraver built from two salvaged DVD drives and under $10 of parts, "
        "controlled by a Raspberry Pi running a Python G-code interpreter; engraves coin-size images on plastic.",
    ),
    (
        "mIo159",
        "en",
        "laseruser",
        "RF laser source upgrade for fast photo engraving",
        "Video series on replacing the glass tube of a 500×300 mm, 50 W CO2 machine with an RF laser source and testing dot "
        "formation for dithered photo engraving.",
    ),
    (
        "mIo160",
        "en",
        "classb_dtf",
        "Direct-to-film transfers for sports uniforms and T-shirts",
        "Apparel decorator printing CMYK plus white onto film, adding adhesive powder, curing and heat pressing onto wicking "
        "and cotton shirts; tested for about 8 months and 40 washes without lifting; less suited to large solid areas or "
        "very thin lines.",
    ),
    (
        "mIo161",
        "en",
        "asi_dtf",
        "On-demand direct-to-film apparel decoration",
        "Apparel shops using direct-to-film printing to fill online orders of full-colour, many-colour shirt designs that "
        "would be impossible to screen print, turning around small orders quickly.",
    ),
    (
        "mIo162",
        "en",
        "nbm_dtf",
        "Desktop direct-to-film system for dark T-shirts",
        "Starter package for direct-to-film printing of heat transfers: converted Epson desktop printer (e.g. L1800), RIP "
        "software, DTF ink, PET film, adhesive powder, heat press and oven, for one-off or low-volume prints on light and "
        "dark garments.",
    ),
]
