"""Offers of the holdout95 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- label printing, barcodes, traceability stamps ---
    (
        "lSo001",
        "vi",
        "innhanhasia",
        "In tem nhãn phụ và tem decal số lượng nhỏ",
        "Xưởng in nhận in tem nhãn phụ cho hàng hóa (mỹ phẩm, thực phẩm, đồ điện tử) trên decal giấy, decal nhựa "
        "PP/PVC hoặc xi bạc. Giá tính theo kích thước và số lượng: tem decal giấy 2×3 cm khoảng 420 đ/tem khi in "
        "500 tem, giảm còn 150 đ/tem khi in 5.000 tem; decal nhựa cùng cỡ từ 600 đ xuống 240 đ/tem.",
    ),
    (
        "lSo002",
        "vi",
        "insacmau",
        "In tem chống hàng giả decal vỡ, hologram, QR",
        "Thiết kế và in tem chống giả dùng một lần trên decal vỡ, decal hologram hoặc decal tổ ong, kết hợp hoa văn "
        "guilloche siêu nhỏ, logo và màu nhận diện của doanh nghiệp. Có thể tích hợp mã QR, số seri nhảy hoặc mực "
        "phát sáng để người mua kiểm tra hàng thật.",
    ),
    (
        "lSo003",
        "en",
        "customlabel",
        "Short-run digital label printing for start-ups",
        "A label printer with a digital press serves start-ups that need their first small runs, from a single label "
        "upward. Set-up (art preparation, proof approval, press calibration, die-cutting, lamination) dominates the "
        "cost: an example label costs about $360 for 100, $375 for 500 and $650 for 5,000 on rolls.",
    ),
    (
        "lSo004",
        "en",
        "customlogo",
        "Custom printed roll labels with the right stock and adhesive",
        "Pressure-sensitive product labels made for a specific jar, bottle or pouch: face stocks in paper, BOPP, "
        "polyester or vinyl, permanent or removable adhesives, finishes chosen to resist scuffing, haze in cold "
        "storage and lifting on curved containers. Quotes cover material, print method, roll specifications, "
        "lead time and inspection.",
    ),
    (
        "lSo005",
        "vi",
        "labelking",
        "In tem mã vạch sắc nét cho sản phẩm",
        "Nhận in tem mã vạch dán trên từng sản phẩm, thể hiện mã nước đăng ký, doanh nghiệp, lô hàng và thông tin "
        "chất lượng. Bản in mã vạch rõ nét, đúng chuẩn để máy quét ở quầy thu ngân đọc được ngay.",
    ),
    (
        "lSo006",
        "en",
        "nasadv",
        "Product and packaging label printing",
        "Print shop producing adhesive labels for product packaging, shipping and inventory: vivid retail labels "
        "with branding elements, barcodes and product details, printed with attention to precision so the "
        "information stays legible and the label still looks good on the shelf.",
    ),
    (
        "lSo007",
        "en",
        "startnews",
        "Labelling programme set-up for product distribution",
        "Consultants help producers plan their labels before printing: map every hand-off from filling line to "
        "shelf, define label families and a master list of required fields (name, net contents, ingredients, "
        "dates, lot codes, barcodes or QR codes), test templates on the real containers and photograph them after "
        "application to catch lifting corners.",
    ),
    (
        "lSo008",
        "vi",
        "myanphu",
        "In tem mã vạch bằng công nghệ in truyền nhiệt",
        "Cung cấp dịch vụ in tem nhãn mã vạch bằng in truyền nhiệt (dùng ruy băng mực) cho nhãn bền, không phai khi "
        "gặp nhiệt độ, ánh sáng mạnh hay ẩm ướt, in trên decal giấy, nhựa PVC hoặc vật liệu chịu nhiệt, chống nước; "
        "in nhiệt trực tiếp giá rẻ hơn cho nhãn vận chuyển, hóa đơn ngắn hạn.",
    ),
    (
        "lSo009",
        "vi",
        "mavach_printer",
        "Bán máy in mã vạch truyền nhiệt",
        "Phân phối máy in nhãn mã vạch loại trung, kích thước khoảng 26×38×32 cm, in theo công nghệ truyền nhiệt: "
        "đầu in cố định nhiều điểm nóng làm chảy mực trên lớp phim nền lên vật liệu in. Dùng cho bán lẻ và sản "
        "xuất công nghiệp, kèm máy quét mã vạch.",
    ),
    (
        "lSo010",
        "vi",
        "temrfid",
        "Cung cấp giấy decal in mã vạch dạng cuộn",
        "Bán giấy in mã vạch (decal giấy, decal cảm nhiệt, decal xi bạc) dạng cuộn có lõi, gồm lớp mặt, lớp keo, "
        "lớp chống dính và lớp đế, dùng cho máy in tem nhãn trong bán lẻ, kho vận, thư viện, bệnh viện.",
    ),
    (
        "lSo011",
        "vi",
        "mavach_faq",
        "Tư vấn đăng ký mã số mã vạch GS1 cho doanh nghiệp",
        "Giải đáp và hỗ trợ thủ tục xin cấp mã số doanh nghiệp từ Tổ chức mã số mã vạch Việt Nam (thành viên "
        "EAN/GS1), phân biệt mã số doanh nghiệp có giá trị pháp lý với mã số nội bộ, và hướng dẫn doanh nghiệp tự "
        "chuyển mã số được cấp thành ký hiệu mã vạch đúng chuẩn.",
    ),
    (
        "lSo012",
        "vi",
        "laodong_qr",
        "Tem QR truy xuất nguồn gốc cho nông sản",
        "Cung cấp tem QR code truy xuất nguồn gốc dán trên từng sản phẩm cho hợp tác xã và hộ kinh doanh; người mua "
        "quét bằng ứng dụng như VietCheck để xem nơi trồng, quy trình, lô hàng. Giúp chống hàng giả, hàng nhái và "
        "tạo niềm tin khi vào siêu thị.",
    ),
    (
        "lSo013",
        "vi",
        "tv_txng",
        "Nền tảng quản lý chuỗi cung ứng và truy xuất nguồn gốc",
        "Công ty công nghệ triển khai ứng dụng quản lý chuỗi cung ứng, truy xuất nguồn gốc (nguyên liệu, chế biến, "
        "vận chuyển, phân phối) cho sản phẩm chủ lực và OCOP, kèm sàn giao dịch nông sản sạch trực tuyến; đã thí "
        "điểm với Sở Nông nghiệp tỉnh Trà Vinh giai đoạn 2021–2022.",
    ),
    (
        "lSo014",
        "vi",
        "anphat",
        "In offset bao bì, hộp giấy sản phẩm",
        "Nhận in offset bao bì trong (tiếp xúc trực tiếp, bán kèm sản phẩm) và bao bì ngoài để vận chuyển, bảo quản: "
        "hộp giấy cứng, bán cứng, túi mềm. Tư vấn chọn loại bao bì phù hợp cách bảo quản, trưng bày và hình ảnh "
        "thương hiệu.",
    ),
    # --- packaging and brand design for OCOP products ---
    (
        "lSo015",
        "vi",
        "stilldesign",
        "Thiết kế bao bì đạt tiêu chí chấm điểm OCOP",
        "Đơn vị thiết kế rà soát và làm mới bao bì, nhãn mác theo khung tiêu chí mà hội đồng OCOP thường chấm: đủ "
        "nội dung ghi nhãn bắt buộc, mã GTIN hoặc QR truy xuất, ký hiệu tái chế, chữ pháp lý tối thiểu 6–7 pt; "
        "logo, màu, kiểu chữ và key visual nhất quán, kể câu chuyện địa phương; bản song ngữ cho kênh du lịch, "
        "xuất khẩu.",
    ),
    (
        "lSo016",
        "vi",
        "mic_ocop",
        "Tư vấn thiết kế mẫu mã bao bì sản phẩm OCOP và làng nghề",
        "Trung tâm Xúc tiến thương mại Nông nghiệp cùng các chuyên gia và nhà bán lẻ tổ chức hội nghị tư vấn thiết "
        "kế mẫu mã, bao bì cho chủ thể OCOP và làng nghề, giúp sản phẩm 2–3 sao vượt khỏi bao bì truyền thống, "
        "đáp ứng yêu cầu siêu thị và tiêu chuẩn thương mại quốc tế.",
    ),
    (
        "lSo017",
        "en",
        "cpc537",
        "Trademark and packaging redesign consulting for young farmers",
        "Consultants of a productivity centre work with farmers on brand positioning, product range, origin, "
        "capacity, certification and sales channels, then turn these into a product name, graphic design, "
        "materials, shapes and colours for a new trademark and packaging, as in the redesign done for a mango and "
        "rice farm.",
    ),
    (
        "lSo018",
        "en",
        "cpc321",
        "Packaging development for farm produce",
        "Advisory service that helps growers turn raw produce into a branded commodity: naming, standardised "
        "pack sizes, pricing units and packaging that carries the directions and product information shoppers "
        "read on supermarket and convenience-store shelves or in online stores.",
    ),
    (
        "lSo019",
        "vi",
        "nttu_gift",
        "Thiết kế giỏ quà, hộp quà đặc sản chứa sản phẩm OCOP",
        "Trường đại học cùng Sở Nông nghiệp và Sở Khoa học và Công nghệ tỉnh Vĩnh Long hỗ trợ cơ sở, hợp tác xã "
        "thiết kế giỏ quà, hộp quà Tết và quà lễ hội chứa sản phẩm OCOP; cuộc thi năm 2025 đã có 44 mẫu dự thi, "
        "ưu tiên vật liệu thân thiện môi trường và nét mộc mạc miền Tây.",
    ),
    (
        "lSo020",
        "vi",
        "vnanet_vl",
        "Không gian Thương hiệu và Công nghệ hỗ trợ sản phẩm OCOP",
        "Không gian do Sở Khoa học và Công nghệ tỉnh Vĩnh Long và Trường Đại học Nguyễn Tất Thành vận hành từ "
        "tháng 1/2026: hỗ trợ ứng dụng khoa học công nghệ, chuyển đổi số, bảo hộ sở hữu trí tuệ và xây dựng bản "
        "đồ thương hiệu số cho sản phẩm chủ lực, OCOP của tỉnh.",
    ),
    (
        "lSo021",
        "vi",
        "dma",
        "Đánh giá bao bì nông sản tươi theo định vị thương hiệu",
        "Chuyên gia thương hiệu nông sản rà soát bao bì rau quả tươi: bao bì có thể hiện lời hứa thương hiệu, nguồn "
        "gốc, độ tươi không; có cửa sổ nhìn sản phẩm, túi dễ mở, khóa kéo đóng lại được, không thừa bao bì; từ đó "
        "đề xuất chỉnh sửa để sản phẩm không bị xếp vào nhóm hàng đại trà.",
    ),
    (
        "lSo022",
        "en",
        "kaleido",
        "Brand strategy and packaging design rooted in real origin",
        "Branding agency designing packaging for farm and food brands that want to show where they come from "
        "without the usual farm clichés: research into the real place and producers, brand strategy, then "
        "packaging graphics that earn their claim of local authenticity.",
    ),
    (
        "lSo023",
        "vi",
        "trendhunter",
        "Thiết kế nhãn bao bì giấy nhấn mạnh nông trại và ngày thu hoạch",
        "Nhà thiết kế làm bao bì giấy màu xanh đơn giản cho nông sản hữu cơ: mặt trước nổi bật chữ “vừa thu hoạch” "
        "và chứng nhận hữu cơ, mặt sau ghi nông trại, ngày thu hoạch, hạn dùng và cách canh tác bền vững; ít vật "
        "liệu, giảm rác thải.",
    ),
    (
        "lSo024",
        "vi",
        "gol_label",
        "Hướng dẫn nội dung ghi nhãn thực phẩm bắt buộc",
        "Công ty tư vấn giải thích các thông tin bắt buộc phải có trên nhãn thực phẩm thường khi lưu thông tại Việt "
        "Nam và cách đưa thông tin quảng bá lên nhãn đúng quy định về nội dung, hình thức, ngôn ngữ, vị trí, không "
        "so sánh trực tiếp với hàng cùng loại.",
    ),
    (
        "lSo025",
        "en",
        "lecourrier_tv",
        "Provincial grant for OCOP packaging, labels and product story",
        "Trà Vinh province's 2025 OCOP support plan pays 100% of the cost of designing packaging, labels and the "
        "product story for seven selected products, capped at 10 million VND each, and subsidises 50% of equipment "
        "for certified rural craft units up to 300 million VND.",
    ),
    (
        "lSo026",
        "en",
        "lenis",
        "Food packaging machines for start-ups and small producers",
        "A machinery maker supplies compact food production and packaging machines sized for food start-ups, "
        "cottage-food makers and small plants with limited budgets and little automation know-how.",
    ),
    (
        "lSo027",
        "en",
        "globalfb",
        "Form-fill-seal, vacuum and MAP packaging machinery",
        "Supply of food packaging lines: form-fill-seal machines for powders, liquids and granules, vacuum packers "
        "and modified-atmosphere packaging for perishables, filling and capping for bottles and jars, shrink and "
        "flow wrappers, cartoning machines.",
    ),
    (
        "lSo028",
        "en",
        "packstrat",
        "Flat-bottom pouch making machine",
        "Converting-equipment suppliers offer a flat-bottom pouch maker running up to 150 pouches per minute on one "
        "or two lanes with a short film path, and a spout insertion and sealing machine with robotic pick-and-place "
        "and vision inspection.",
    ),
    (
        "lSo029",
        "en",
        "gsm_scribd",
        "Paper and board packaging materials by GSM grade",
        "Guidance and supply of packaging papers by grams per square metre: 70–90 GSM light wrapping papers, "
        "100–150 GSM for boxes, cartons and inserts, heavier boards for sturdier packs, with the GSM formula used to "
        "compare strength and cost.",
    ),
    (
        "lSo030",
        "en",
        "philiprahm",
        "Automatic bag filling, check-weighing and sealing lines",
        "Bagging equipment that picks empty bags from a stack, opens and fills them from a spout, settles the "
        "product, check-weighs each bag in line with rejection, then sews or heat-seals and palletises; suited to "
        "powders, grains and feed.",
    ),
    (
        "lSo031",
        "vi",
        "vinhtien_keo",
        "Cung cấp kẹo dừa xuất khẩu số lượng lớn",
        "Công ty sản xuất kẹo dừa với các vị sữa dừa, sầu riêng, ca cao, chuối, đậu phộng dưới ba thương hiệu, cung "
        "cấp trên 100 tấn thành phẩm mỗi tháng cho thị trường Lào, Campuchia, Hồng Kông, Trung Quốc; dây chuyền "
        "khuấy và gói tự động.",
    ),
    (
        "lSo032",
        "vi",
        "duasap_fest",
        "Bán trái dừa sáp và cây giống dừa sáp cấy phôi",
        "Hợp tác xã dừa sáp ở Cầu Kè với 43 thành viên, 32 ha (hơn 25 ha theo VietGAP, OCOP 4 sao) bán trái dừa "
        "sáp 120.000–180.000 đ/trái, cây giống cấy phôi 0,9–1,2 triệu đồng/cây và cây giống truyền thống "
        "60.000–70.000 đ/cây.",
    ),
    # --- product photography ---
    (
        "lSo033",
        "vi",
        "photovn",
        "Chụp ảnh sản phẩm theo gói cho shop online",
        "Studio chụp ảnh sản phẩm cho shop online và doanh nghiệp nhỏ: gói cơ bản 50–150 nghìn đồng/ảnh nền trắng, "
        "1–3 góc, giao sau 1–2 ngày; gói tiêu chuẩn 150–300 nghìn, 3–5 góc, có styling; gói cao cấp 300–800 nghìn "
        "với concept riêng; lookbook, catalogue 0,8–3 triệu đồng/ảnh.",
    ),
    (
        "lSo034",
        "vi",
        "pixelz",
        "Chụp ảnh sản phẩm nền trắng giá trọn gói cho người bán nhỏ",
        "Studio chuyên ảnh nền trắng cho sàn thương mại điện tử áp dụng giá cố định theo sản phẩm thay vì tính theo "
        "ngày 1.500–3.000 USD như studio quảng cáo, để cá nhân và doanh nghiệp nhỏ có ảnh đạt chuẩn bán trên Amazon "
        "và website riêng.",
    ),
    (
        "lSo035",
        "en",
        "lettstudio",
        "Packshot photography on white background",
        "Commercial studio producing packshots: products shot on pure white, evenly lit, without stray shadows, "
        "dust or background clutter, ready for online shops and auctions, where photos matter to 77% of shoppers "
        "and one professional photo was found to lift sales.",
    ),
    (
        "lSo036",
        "en",
        "dreamshot",
        "AI-assisted e-commerce product imagery",
        "Product image production for online stores covering white-background catalogue shots, lifestyle scenes, "
        "flat-lays for food and cosmetics, and macro detail shots, using AI generation alongside photography to "
        "cut cost; listings with professional images are reported to get twice the clicks.",
    ),
    (
        "lSo037",
        "vi",
        "amazonphoto",
        "Dịch vụ chụp ảnh sản phẩm của Amazon cho người bán",
        "Người bán trên Amazon (Mỹ) chọn dịch vụ chụp ảnh: hàng được chuyển từ trung tâm hoàn thiện đơn hàng tới "
        "phòng chụp của Amazon, chụp theo quy cách của sàn, tối thiểu hai ảnh được tải lên Seller Central; phí trừ "
        "vào doanh thu bán hàng.",
    ),
    (
        "lSo038",
        "en",
        "weaponize",
        "Food photography for restaurant menus and websites",
        "Photographer shooting whole menus in bulk: fastest option is plated dishes on a fixed white set for "
        "cut-outs composited into the menu (a few minutes per plate), or styled table scenes with drinks and props "
        "that show the restaurant's atmosphere; quotes depend on dishes and style.",
    ),
    (
        "lSo039",
        "en",
        "mktminds",
        "Food stylist and food photographer team for restaurants",
        "A food stylist, often a chef, prepares dishes to look appetising on camera while a food photographer "
        "lights and frames them in the studio or in natural light, producing images that help guests choose from "
        "menus, ads and websites.",
    ),
    (
        "lSo040",
        "en",
        "acquire",
        "Product photography strategy for online stores",
        "Advisers set up a product photography system that fits the catalogue and margins: shot list by style "
        "(white background, lifestyle, detail), in-house versus studio versus AI sourcing, consistent framing and "
        "a file-delivery checklist ready for Shopify product pages, ads and marketplaces.",
    ),
    (
        "lSo041",
        "en",
        "elenavels",
        "E-commerce product photography studio",
        "Studio handling the whole photo workflow for online sellers: shoot planning, lighting design, angle "
        "selection, high-resolution detail capture, editing and export optimised for web speed and each platform's "
        "image requirements, plus guidance on preparing products before the shoot.",
    ),
    (
        "lSo042",
        "en",
        "jerryphoto",
        "Local food photographer with stylist for menus and ads",
        "Professional food photography for restaurants renewing menus, websites, flyers and ads: dishes prepared "
        "for the camera with a food stylist and shot with studio lighting so they look fresh and appetising, "
        "replacing faded stock or point-and-shoot photos.",
    ),
    (
        "lSo043",
        "vi",
        "phunu_hoa",
        "Cánh đồng hoa cho thuê chụp hình, cho thuê áo dài",
        "Nhà vườn 4 ha trồng hướng dương, sen, mồng gà luân phiên mở cửa cho khách chụp ảnh, vé 40.000 đồng/người, "
        "kèm cho thuê áo dài, áo bà ba, yếm làm trang phục chụp.",
    ),
    # --- video, livestream, TV ---
    (
        "lSo044",
        "vi",
        "lamvideo",
        "Sản xuất video quảng cáo ngắn cho TikTok, Reels, Shorts",
        "Lên chiến lược và sản xuất video quảng cáo dạng ngắn dưới 60–90 giây theo từng nền tảng (YouTube Shorts "
        "tối đa 60 giây, Instagram/Facebook Reels 90 giây, TikTok), từ kịch bản, quay dựng đến tối ưu cho thuật toán.",
    ),
    (
        "lSo045",
        "vi",
        "smartads",
        "Video quảng cáo và livestream bán hàng trên mạng xã hội",
        "Thực hiện video ads trên Facebook, YouTube, Instagram, TikTok theo mục tiêu nhận diện, tương tác hoặc bán "
        "hàng: video ngắn, video dài, livestream quảng bá trực tiếp, video có nút kêu gọi hành động; nhắm đúng đối "
        "tượng để giảm lãng phí ngân sách.",
    ),
    (
        "lSo046",
        "en",
        "profilm",
        "Corporate and promotional video production",
        "Video producer making company histories, product introductions, training and promotional programmes; "
        "typical budgets run $3,000–30,000, with guide rates of $200–350 per script page, $1,000–3,000 per crew day "
        "and $120–350 per editing hour.",
    ),
    (
        "lSo047",
        "vi",
        "imagelab",
        "Quay video quảng bá chi phí thấp cho doanh nghiệp nhỏ",
        "Nhóm làm phim đề xuất gói video quảng bá cho doanh nghiệp nhỏ và khởi nghiệp doanh thu vừa phải: quay bằng "
        "điện thoại thông minh có camera tốt, tận dụng kỹ năng quay dựng để vượt giới hạn thiết bị, có bản so sánh "
        "với quay bằng máy chuyên nghiệp để khách chọn mức chất lượng.",
    ),
    (
        "lSo048",
        "en",
        "richmedia",
        "Freelance videographer for small-business marketing videos",
        "Freelance camera operator and editor producing short marketing videos for YouTube and company sites: "
        "script development in pre-production, shooting charged by the day, half day or hour (usually on the "
        "client's premises), then editing, music and titles in post-production.",
    ),
    (
        "lSo049",
        "en",
        "spacerock",
        "Budget-conscious video production for small businesses",
        "Video studio that scopes small-business projects line by line: brainstorming, scripting and location "
        "scouting, camera, lighting and sound, crew and presenters, studio or location costs, editing, voice-over, "
        "colour, music licensing, and promotion of the finished video on social media.",
    ),
    (
        "lSo050",
        "vi",
        "hcm_ocop",
        "Mạng lưới KOC, KOL, TikToker livestream bán sản phẩm OCOP",
        "Ngày hội chuyển đổi số do TP.HCM tổ chức kết nối hơn 80 KOC, KOL và TikToker livestream giới thiệu, bán 66 "
        "sản phẩm OCOP như yến sào, cà phê, bánh tráng, mật dừa nước; mô hình có thể mời chủ thể OCOP cùng bán "
        "hàng trực tiếp trên mạng xã hội.",
    ),
    (
        "lSo051",
        "en",
        "vnnews_tiktok",
        "TikTok livestream programme for OCOP products",
        "A city coordination office, TikTok Vietnam, Yeah1 Group and KYC Solutions run livestream sessions on TikTok "
        "where OCOP owners present their products, telling the cultural story behind them and taking orders "
        "online.",
    ),
    (
        "lSo052",
        "vi",
        "dcmedia_hp",
        "Streamer TikTok bán hàng tại chợ phiên OCOP",
        "Đơn vị truyền thông số phối hợp tổ chức chợ phiên OCOP trên TikTok, huy động các streamer nổi tiếng quay "
        "video ngắn, livestream giới thiệu nông sản cho nông dân, đồng thời hướng dẫn dùng công cụ tạo và chỉnh sửa "
        "video của TikTok.",
    ),
    (
        "lSo053",
        "en",
        "vl_98ocop",
        "Provincial TV features and e-commerce listing for OCOP products",
        "Vĩnh Long's agriculture department works with the provincial radio and TV station to film and broadcast "
        "reports on 3- to 5-star OCOP products (Bình Minh pomelo, Ba Khanh vermicelli, sweet-potato chips...) and "
        "lists certified products on postmart, ketnoiocop, voso and the provincial trading floor.",
    ),
    (
        "lSo054",
        "vi",
        "ct_genz",
        "Đào tạo đội ngũ làm nội dung trẻ tại hợp tác xã OCOP",
        "Chương trình hỗ trợ hợp tác xã, cơ sở OCOP xây dựng đội ngũ nội dung Gen Z ngay tại chỗ: kể câu chuyện bản "
        "địa theo nhịp hiện đại bằng video ngắn, livestream, nội dung gốc trên nền tảng mua sắm xã hội, kích hoạt "
        "mua ngay trên nền tảng.",
    ),
    # --- websites ---
    (
        "lSo055",
        "vi",
        "duonggiaphat",
        "Thiết kế website thương mại điện tử",
        "Thiết kế website bán hàng trực tuyến: trưng bày và bán sản phẩm, giỏ hàng, thanh toán, quản lý đơn, tối ưu "
        "trải nghiệm người dùng, giúp doanh nghiệp tiếp cận khách mọi lúc trong bối cảnh 2,71 tỷ người mua sắm "
        "trực tuyến toàn cầu.",
    ),
    (
        "lSo056",
        "vi",
        "antuong",
        "Bảo hành và nâng cấp website",
        "Đơn vị làm web cam kết bảo hành trọn đời các lỗi phát sinh do code, xử lý trong 48 giờ từ khi nhận yêu cầu "
        "(không bảo hành khi hosting tự thuê bị hack hoặc khách tự sửa mã nguồn); nâng cấp tính năng, giao diện theo "
        "yêu cầu với chi phí thỏa thuận.",
    ),
    (
        "lSo057",
        "vi",
        "lightvn",
        "Website chuẩn SEO giá thấp cho doanh nghiệp địa phương",
        "Gói website chi phí thấp cho cá nhân kinh doanh, khởi nghiệp và doanh nghiệp địa phương cần hiện diện "
        "online: URL thân thiện, sitemap, robots.txt, tốc độ tải ổn định, hiển thị tốt trên điện thoại, danh mục "
        "rõ ràng, liên kết nội bộ và schema cơ bản.",
    ),
    (
        "lSo058",
        "vi",
        "mino",
        "Thiết kế website kèm tên miền và hosting",
        "Quy trình làm web: nhận yêu cầu, báo giá, ký hợp đồng, duyệt giao diện mẫu, lập trình, duyệt bản demo, bàn "
        "giao code và cơ sở dữ liệu, hỗ trợ đưa lên hosting; hosting cho dùng thử 7 ngày, hoàn tiền trong 30 ngày; "
        "đăng ký tên miền; hỗ trợ sau hợp đồng.",
    ),
    (
        "lSo059",
        "en",
        "3it",
        "Custom small-business website built for local search",
        "Web studio building custom sites for local businesses: own design, mobile optimisation, local SEO and "
        "structured data, fast loading and lead-capture forms, typically $2,500–10,000, as an alternative to $0–500 "
        "DIY builders and $500–2,500 template sites.",
    ),
    (
        "lSo060",
        "en",
        "mainsail",
        "Lean web studio with monthly care plans",
        "Small studio offering a landing page at $97 a month and a full site on a $400 monthly retainer: custom "
        "design and copy, real SEO and schema, ongoing care included, instead of one-off builds that leave owners "
        "paying later for fixes, content and photography.",
    ),
    (
        "lSo061",
        "en",
        "a2z",
        "SME website build and hosting advice",
        "Advisers guide small firms through website planning with the 'seven Cs' (context, content, community, "
        "customisation, communication, connection, commerce), SEO, build options (DIY builders £10–30 a month or "
        "developers £1,500–6,000+) and hosting (shared, VPS or managed).",
    ),
    (
        "lSo062",
        "en",
        "easyweb",
        "Website budget planning for small businesses",
        "Web consultants estimate the full cost of a small-business site in three buckets: one-time set-up (design, "
        "template, initial content), recurring costs (domain, hosting, SSL, e-mail, plugins) and change costs for "
        "updates, backups, security and fixes after launch.",
    ),
    (
        "lSo063",
        "en",
        "craftify",
        "Domain name registration and web hosting",
        "Provider of domain names and hosting plans for small businesses: choosing an extension, registering the "
        "name, and shared or other hosting types that keep the site's text, images and product pages online 24/7.",
    ),
    (
        "lSo064",
        "en",
        "24web",
        "Website design with hosting, e-mail and maintenance plans",
        "Web company that charges the design once, then annual domain renewal, monthly website and e-mail hosting "
        "and an optional maintenance plan, with a discounted yearly 'revamp' to refresh the look of the site.",
    ),
    (
        "lSo065",
        "en",
        "xpeartz",
        "Conversion-focused small-business websites",
        "Digital agency building small-business websites meant to turn visitors into customers rather than rented "
        "$20–150-a-month DIY sites, with a breakdown of where the budget goes and the maintenance costs to expect.",
    ),
    (
        "lSo066",
        "en",
        "cwd",
        "Web design and development with in-house copywriters",
        "Studio that designs, codes and maintains small-business websites, helps register the domain and hosting, "
        "promotes the site, and provides copywriters when owners cannot prepare their own web content.",
    ),
    # --- social media, e-commerce onboarding ---
    (
        "lSo067",
        "vi",
        "shopone",
        "Quản trị fanpage Facebook chuyên nghiệp",
        "Nhận quản lý trang Facebook cho cửa hàng: phân quyền quản trị, nghiên cứu đối tượng, lập kế hoạch đăng bài, "
        "trả lời tin nhắn và bình luận nhanh, xử lý phản hồi tiêu cực, đo lường tiếp cận và tương tác bằng "
        "Insights, bảo mật trang.",
    ),
    (
        "lSo068",
        "vi",
        "hapo",
        "Thiết lập Business Manager và chạy quảng cáo Facebook",
        "Agency dựng tài khoản Facebook Business Manager (trang, tài khoản quảng cáo, thành viên và phân quyền hai "
        "lớp) để doanh nghiệp chạy quảng cáo hiệu quả, tránh mất tài sản và quản lý nhân sự làm quảng cáo.",
    ),
    (
        "lSo069",
        "en",
        "apaya",
        "Managed monthly social media package",
        "Monthly service that writes posts, designs graphics, schedules and publishes them on Instagram, Facebook, "
        "LinkedIn and X, with a defined content volume, an approval step before publishing and regular reporting; "
        "the provider published over 6,000 posts in a month for clients.",
    ),
    (
        "lSo070",
        "en",
        "likeable",
        "Social media set-up and management for local businesses",
        "Onboarding specialists set up a small business's social accounts (one to four hours for four networks), "
        "build the first follower base from the customer list and in-store signage, then keep posting engaging "
        "content; logo, photos and bio can be produced if missing.",
    ),
    (
        "lSo071",
        "en",
        "designodin",
        "Monthly social content calendar for small businesses",
        "Designers help owners plan a month of posts in one 2–3-hour session: 12–16 rows with caption, photo or "
        "graphic, platform and date, content types suited to their business category and tools that halve the "
        "time; planned posting is about 40% more consistent.",
    ),
    (
        "lSo072",
        "en",
        "twine",
        "Freelance social media managers",
        "Marketplace of freelance social media managers who create posts, images and videos, reply to comments and "
        "messages, and report analytics for small businesses on Facebook, Instagram or Twitter, priced by scope.",
    ),
    (
        "lSo073",
        "en",
        "ebiztalk",
        "Community management and social response service",
        "Social media support for small businesses without a marketing team: consistent publishing, replies to "
        "comments and messages within 24 hours (three in four consumers expect it) and monthly performance review "
        "to adjust what is posted.",
    ),
    (
        "lSo074",
        "vi",
        "hoabinh_htx",
        "Cầm tay chỉ việc đưa sản phẩm hợp tác xã lên sàn thương mại điện tử",
        "Liên minh Hợp tác xã và Hội Nông dân tỉnh phối hợp các sàn voso.vn, postmart.vn, sendo.vn hướng dẫn hợp tác "
        "xã, tổ hợp tác định danh người bán, chuẩn hóa sản phẩm, đăng bán và giao hàng; hai năm đã đưa hơn 30 nghìn "
        "tấn cam, bưởi, măng, thịt, trứng tới người mua.",
    ),
    (
        "lSo075",
        "vi",
        "baotintuc_tv",
        "Hỗ trợ chủ thể OCOP Trà Vinh: nhãn hiệu, mã vạch, gian hàng online",
        "Tỉnh Trà Vinh hỗ trợ cơ sở có sản phẩm OCOP tư vấn đăng ký nhãn hiệu, mã vạch; hướng dẫn xây dựng và cập "
        "nhật gian hàng trên sàn thương mại điện tử trong và ngoài tỉnh; đưa sản phẩm vào cửa hàng trưng bày và "
        "hội chợ xúc tiến thương mại.",
    ),
    (
        "lSo076",
        "en",
        "dbp_ocop",
        "Training OCOP producers to sell on e-commerce platforms",
        "Provincial agencies run awareness sessions and training on technology and online selling skills for OCOP "
        "producers, build an OCOP product database and connect producers with platform companies that list their "
        "products, to make up for weak branding and marketing.",
    ),
    (
        "lSo077",
        "vi",
        "sharesach",
        "Sách Facebook Marketing 5.0",
        "Sách hướng dẫn tiếp thị trên Facebook bản có chỉnh sửa, bổ sung năm 2021: tổng quan mạng xã hội, số liệu "
        "người dùng, cách quảng cáo tiếp cận khách hàng tiềm năng theo đặc điểm, hành vi và đọc báo cáo chiến dịch.",
    ),
    (
        "lSo078",
        "vi",
        "fbads_book",
        "Bản thảo sách Facebook Ads",
        "Tài liệu tự học quảng cáo Facebook khoảng 240 trang: hình thức quảng cáo, Ads Manager, đọc báo cáo, Power "
        "Editor, retargeting, Audience Insights, kinh nghiệm và cách xử lý tài khoản bị khóa.",
    ),
    # --- events, openings, conferences, AV ---
    (
        "lSo079",
        "vi",
        "tcsknt",
        "Tổ chức sự kiện trọn gói",
        "Công ty tổ chức sự kiện nhận từ lên ý tưởng đến khi khách ra về: xác định mục tiêu, khách mời, ngân sách "
        "chi tiết, chọn và chuẩn bị địa điểm, thiết kế chương trình, thuê MC, nghệ sĩ, nhân sự phục vụ, truyền "
        "thông và bảo đảm an ninh, y tế; từ tiệc, hội thảo đến lễ kỷ niệm công ty.",
    ),
    (
        "lSo080",
        "vi",
        "quadaihoi",
        "Tổ chức đại hội, hội nghị và quà tặng đại biểu",
        "Nhận tổ chức đại hội cho doanh nghiệp, hợp tác xã, công đoàn theo quy trình: lập kế hoạch tổng thể, chọn "
        "chủ đề, chuẩn bị trước sự kiện, điều hành và tổng kết; kèm thiết kế, sản xuất quà tặng đại hội tri ân đại "
        "biểu, khách mời.",
    ),
    (
        "lSo081",
        "vi",
        "mekongintl",
        "Tổ chức tiệc tất niên, tân niên, gala dinner",
        "Nhận tổ chức tiệc tất niên cuối năm, tân niên và gala dinner cho công ty, doanh nghiệp, đoàn thể: tổng kết "
        "năm, vinh danh, văn nghệ, tiệc mừng thành công và đón năm mới.",
    ),
    (
        "lSo082",
        "vi",
        "cvt_hd",
        "Tư vấn soạn hợp đồng dịch vụ tổ chức sự kiện",
        "Hướng dẫn doanh nghiệp rà soát hợp đồng thuê đơn vị tổ chức sự kiện để tránh rủi ro pháp lý: thông tin các "
        "bên, loại hình sự kiện, kịch bản, địa điểm, hạng mục, chi phí, thanh toán, trách nhiệm và phạt vi phạm.",
    ),
    (
        "lSo083",
        "vi",
        "xuongevent",
        "Cho thuê thiết bị sự kiện: âm thanh, ánh sáng, màn hình LED",
        "Xưởng cung cấp thiết bị sự kiện cho hội nghị, hội thảo, chương trình biểu diễn: loa, micro, mixer, đèn "
        "sân khấu và hiệu ứng, màn hình LED, máy chiếu, máy quay, bộ xử lý hình ảnh và hạng mục sân khấu; tư vấn "
        "chọn theo quy mô và ngân sách.",
    ),
    (
        "lSo084",
        "vi",
        "truyenthongav",
        "Âm thanh, ánh sáng, màn hình và dàn dựng sự kiện",
        "Cung cấp trọn phần kỹ thuật cho sự kiện: thiết bị trình chiếu, âm thanh, ánh sáng (audio–visual) và dàn "
        "dựng, trang trí, setup không gian địa điểm tổ chức.",
    ),
    (
        "lSo085",
        "vi",
        "phuongnam_backdrop",
        "Thiết kế và in backdrop sự kiện",
        "Thiết kế, in và lắp backdrop cho sân khấu, khu check-in của sự kiện với tên chương trình, thời gian, logo "
        "chủ đầu tư và nhà tài trợ, nhiều chất liệu và kích thước lớn, tạo điểm nhấn và truyền tải thông điệp.",
    ),
    (
        "lSo086",
        "vi",
        "cophuon",
        "In cờ phướn và băng rôn quảng cáo",
        "In cờ phướn dọc (0,6×2 m, 0,8×2,5 m, 1×3 m) treo dọc đường và băng rôn ngang (3×1 m, 5×1,5 m đến 10×2 m) "
        "có lỗ khuyên, dây căng, dùng cho khai trương, lễ hội, tuyên truyền.",
    ),
    (
        "lSo087",
        "vi",
        "dientu48",
        "Bán và lắp đặt hệ thống âm thanh, ánh sáng cố định",
        "Cửa hàng điện tử cung cấp loa toàn dải, loa siêu trầm, loa monitor, loa âm trần, mixer, micro, amply, bộ "
        "xử lý và đèn PAR LED, moving head để lắp đặt cố định cho hội trường, quán bar, nhà hàng.",
    ),
    (
        "lSo088",
        "en",
        "fabevents",
        "Product launch event management",
        "Event company organising product launches for investors, customers and the media: reserving space, "
        "building displays and hiring staff, arranging room and sight lines for photographers and videographers, "
        "and preparing press kits about the product and company.",
    ),
    (
        "lSo089",
        "en",
        "accn",
        "Celebration and business event planning agency",
        "Planners take over business celebrations such as a product launch, a new location opening or a milestone "
        "anniversary: after a short consultation on date, time, guest numbers and budget they propose ideas and a "
        "costed plan and then run the day.",
    ),
    (
        "lSo090",
        "en",
        "gfstudio",
        "Jubilee and gala event organisation",
        "Agency organising anniversaries and galas: objectives, date, venue and budget, booking caterers, technical "
        "crew and florists, programme with speeches and performances, invitations, on-site coordination and "
        "thank-you follow-up.",
    ),
    (
        "lSo091",
        "en",
        "bullet",
        "Corporate conference planning consultancy",
        "Consultants plan large corporate conferences over a 12-month cycle: venue and hotel contracts, logistics, "
        "catering, audio-visual and staging, registration, website and marketing, sponsorship, exhibitor "
        "management and on-site meeting management.",
    ),
    # --- weddings ---
    (
        "lSo092",
        "vi",
        "weddingdecor",
        "Trang trí nhà ngày cưới, lễ đính hôn và lễ rước dâu",
        "Trang trí tư gia nhà gái, nhà trai cho lễ đính hôn và lễ đón dâu: phông màn với chữ viết tắt tên cô dâu chú "
        "rể kết bằng lá và hoa tươi, bàn ghế hai họ thắt nơ, hoa lan hồ điệp, bàn thờ gia tiên.",
    ),
    (
        "lSo093",
        "vi",
        "philinh",
        "Dịch vụ cưới hỏi: tráp lễ, lễ phục, trang trí cưới",
        "Cung cấp các dịch vụ cho đám cưới Việt: tráp dạm ngõ, ăn hỏi, xin dâu kèm đội bê tráp; lễ phục áo dài, váy "
        "cưới, vest; trang trí cưới từ tư vấn, thiết kế, sản xuất đến dựng phông, cổng, bàn tiệc trong ngày cưới.",
    ),
    (
        "lSo094",
        "vi",
        "baophapluat_wed",
        "Gói trang trí tiệc cưới tại nhà và khách sạn",
        "Dịch vụ trang trí cưới theo gói: tại nhà với bàn ghế, phông ăn hỏi, hoa, đèn từ 6 triệu (gói thường), 10 "
        "triệu (cao cấp), 14 triệu (VIP), 20 triệu (5 sao); tại khách sạn từ 10 triệu đến trên 200 triệu đồng tùy "
        "vật liệu và quy mô.",
    ),
    (
        "lSo095",
        "en",
        "vovwed",
        "Boutique wedding planner",
        "A planner trained with an international wedding company coordinates the whole wedding after agreeing the "
        "concept and budget with the couple: make-up artists, photographers, venue, decorators and florists, so "
        "every part fits together on the day.",
    ),
    (
        "lSo096",
        "en",
        "theplanners",
        "Themed garden wedding planning",
        "Wedding company designing a themed celebration for about 100 guests, such as a pastel garden wedding in "
        "Saigon: colour palette, watercolour invitations, backdrop and menu design, floral styling and ceremony and "
        "reception set-up.",
    ),
    (
        "lSo097",
        "en",
        "olwen",
        "Wedding consulting and organisation since 2010",
        "A Vietnamese wedding company founded in 2010, led by a planner with an executive certificate in wedding "
        "organisation from France, consults couples and organises professional weddings that carry personal "
        "meaning.",
    ),
    (
        "lSo098",
        "vi",
        "thiepcuoi",
        "In thiệp cưới theo mẫu hoặc theo thiết kế riêng",
        "Nhận in thiệp cưới từ 100 chiếc, mỗi nội dung tối thiểu 50 chiếc, in thêm tối thiểu 50 chiếc; vẽ sơ đồ "
        "đường đi 30.000 đ/bản; được đổi maquette nội dung 2 lần; đổi giấy, màu, thiết kế theo yêu cầu từ 200 chiếc.",
    ),
    (
        "lSo099",
        "en",
        "wdshop",
        "Wedding planning team with rehearsal and on-site crew",
        "Planning team that agrees the ceremony plan with the couple, buys props, lays out the venue, schedules "
        "on-site staff, runs a rehearsal and handles emergencies on the day.",
    ),
    (
        "lSo100",
        "vi",
        "philinh_en",
        "Quay chụp, hoa, ánh sáng, âm nhạc và xe cưới",
        "Đơn vị cưới giới thiệu và điều phối các dịch vụ đám cưới theo nhóm: trang điểm, làm đẹp, cho thuê đồ, hoa, "
        "lễ đường, tiệc, bánh cưới, quay phim chụp ảnh cưới, ánh sáng, âm nhạc, ban nhạc/DJ, thiệp, quà cưới và xe "
        "đưa đón.",
    ),
    # --- trade-fair stands ---
    (
        "lSo101",
        "en",
        "tsn",
        "Custom and rental trade-show booths",
        "Exhibit company offering custom and rental booth designs from 10×10 ft inline to island stands, logistics "
        "planning and budget control; they read the exhibitor services manual with the client and order services "
        "before early-bird deadlines, often saving 10–25%.",
    ),
    (
        "lSo102",
        "vi",
        "trucolour",
        "Gian hàng hội chợ di động, mô-đun, thiết kế riêng (bán hoặc cho thuê)",
        "Cung cấp kết cấu gian hàng cho mọi loại ô triển lãm (để bàn, ô tiêu chuẩn 3×3 m, đảo, bán đảo): quầy di "
        "động pop-up, banner đứng xách tay; hệ mô-đun lắp ghép; hoặc gian đóng mới thiết kế riêng; có thể mua hoặc "
        "thuê.",
    ),
    (
        "lSo103",
        "en",
        "kingstand",
        "Exhibition stand builder for bare-space plots",
        "Stand builder that supplies and installs walls, carpet, lighting and electricity on an empty-space plot; "
        "they advise booking bare space rather than the organiser's minimal shell scheme when using an external "
        "builder, to avoid paying twice.",
    ),
    (
        "lSo104",
        "en",
        "scandisplay",
        "Rental and purchase exhibition displays",
        "Exhibit supplier renting stock displays in standard or modified configurations, or building purchased "
        "custom exhibits with hard-wall rooms, stages and workstations, set up by approved on-site labour.",
    ),
    (
        "lSo105",
        "vi",
        "compex",
        "Tư vấn chuẩn bị gian hàng cho doanh nghiệp lần đầu dự hội chợ",
        "Đơn vị làm gian hàng hướng dẫn doanh nghiệp mới tham gia hội chợ đọc kỹ quy định của ban tổ chức, lập kế "
        "hoạch trước khoảng 9 tháng, trả lời các câu hỏi về kết cấu, chiều cao, sàn thảm, điện nước, an ninh, lắp "
        "đặt, tháo dỡ, vận chuyển để lập ngân sách rồi thiết kế bố trí gian hàng.",
    ),
    (
        "lSo106",
        "en",
        "mc_checklist",
        "Trade-show booth project management",
        "An independent exhibit project manager handles the whole booth cycle: show research and budget, space "
        "contract, services-manual deadlines, goals and lead qualification, signage and supplies, staffing and "
        "badges, approved installation contractor, shipping and lead follow-up.",
    ),
    (
        "lSo107",
        "vi",
        "wireexpo",
        "Ban tổ chức dàn dựng gian hàng triển lãm theo yêu cầu",
        "Ban tổ chức triển lãm nhận dàn dựng gian hàng theo yêu cầu của đơn vị tham gia và bố trí vị trí từng gian; "
        "lệ phí thanh toán trong 7 ngày kể từ khi đăng ký, không hoàn lại nếu hủy.",
    ),
    (
        "lSo108",
        "vi",
        "baotravinh_ho_tro",
        "Hỗ trợ kinh phí trưng bày hội chợ và cửa hàng cho chủ thể OCOP",
        "Tỉnh Trà Vinh hỗ trợ 100% chi phí trưng bày, giới thiệu sản phẩm OCOP tại hội chợ triển lãm trong và ngoài "
        "nước, 50 triệu đồng/cửa hàng OCOP từ 20 m², 100% chi phí thiết kế bao bì nhãn mác tối đa 10 triệu "
        "đồng/sản phẩm và 50% chi phí máy móc tối đa 500 triệu.",
    ),
    (
        "lSo109",
        "en",
        "sggp_st",
        "Booth space at a regional OCOP and specialties fair",
        "A trade promotion fair for OCOP products and local specialties held in Sóc Trăng during the Ok Om Bok "
        "festival rents about 400 display booths to businesses from across the country, with supply-demand "
        "meetings with supermarkets and distributors; over 100,000 visitors are expected.",
    ),
    (
        "lSo110",
        "en",
        "ag_promo",
        "Trade and investment promotion centre showcase events",
        "A provincial trade and investment promotion centre hosts two-day showcases where local firms display and "
        "sell OCOP, potential-OCOP and start-up products (teas, syrups, dried fish, honey, rice, bird's nest) to "
        "residents and tourists.",
    ),
    (
        "lSo111",
        "en",
        "ct_ocopweek",
        "OCOP week booths in a shopping mall",
        "A city department of industry and trade and a retail group hold an OCOP week in a shopping centre, with 19 "
        "booths showing over 150 products from 13 Mekong provinces so producers meet supermarket buyers and traders.",
    ),
    # --- signage and LED advertising ---
    (
        "lSo112",
        "en",
        "competitive",
        "Business signs of every type, designed and installed",
        "Sign company producing storefront signs, window graphics and illuminated channel letters (front-lit, "
        "halo-lit, combined or open-face), from about $200 per foot of lettering and $3,800–10,200 for a complete "
        "set, noting that about 76% of shoppers enter a new store because of its sign.",
    ),
    (
        "lSo113",
        "vi",
        "signstation",
        "Làm bảng hiệu chữ nổi hộp đèn LED",
        "Gia công chữ nổi hộp (channel letters) vỏ nhôm, mặt mica màu, chiếu sáng bằng LED thay neon, gồm chữ sáng "
        "mặt, chữ hắt sáng sau; lắp trên khung hộp điện (raceway) dễ bảo trì hoặc bắt trực tiếp lên tường cho vẻ "
        "gọn đẹp; chịu gió và thời tiết.",
    ),
    (
        "lSo114",
        "vi",
        "locisland",
        "Thay mặt bảng hộp đèn cũ và chuyển sang đèn LED",
        "Nhận làm bảng hộp đèn (lightbox) hoặc tận dụng hộp đèn có sẵn của mặt bằng cũ, chỉ thay tấm mặt in thông "
        "điệp mới (khoảng 150 USD cho tấm 0,6×2,4 m), thay bóng huỳnh quang bằng dải LED tuổi thọ trên 100.000 "
        "giờ, tiết kiệm điện.",
    ),
    (
        "lSo115",
        "en",
        "lightupatl",
        "Channel letter signs with permits",
        "Sign maker fabricating lit or unlit channel letters, usually pre-mounted on an LED wireway, from the "
        "client's vector file and an approval proof; the firm handles the sign permit, and fabrication (about 30 "
        "days) starts once city approval is final.",
    ),
    (
        "lSo116",
        "en",
        "adpro",
        "Affordable business signs with channel-letter guidance",
        "Sign shop guiding owners through channel-letter purchases: size and letter count drive cost, the "
        "allowed area is usually a ratio of storefront frontage set by the landlord or city, raceway versus direct "
        "mounting, then design, permit and fabrication.",
    ),
    (
        "lSo117",
        "en",
        "ledleader",
        "Outdoor LED billboards for roadside advertising",
        "Manufacturer supplying digital billboards for media operators: P8–P10 and coarser pitches for roadside "
        "and highway viewing, remote content management to rotate local, national and seasonal ads without "
        "reprinting, and structural design for wind load.",
    ),
    (
        "lSo118",
        "en",
        "kawden",
        "Weatherproof outdoor LED display screens",
        "Supplier of outdoor LED screens for advertising with high nit ratings against sunlight, IP-rated sealing "
        "against dust and rain, good contrast for daytime legibility and configurations for roadsides, facades and "
        "public squares.",
    ),
    (
        "lSo119",
        "vi",
        "luxwave",
        "Màn hình LED quảng cáo ngoài trời",
        "Cung cấp màn LED quảng cáo ngoài trời cho mặt tiền tòa nhà, pano ven đường: chọn bước điểm ảnh P6–P20 theo "
        "khoảng cách nhìn gần nhất để không tốn tiền vô ích, độ sáng tối thiểu 5.000 nit, tới khoảng 10.000 nit "
        "cho mặt hướng đông hoặc tây nắng gắt.",
    ),
    (
        "lSo120",
        "en",
        "tdcpolska",
        "Large outdoor LED screens with DIP or SMD modules",
        "Installation of large outdoor screens on roadsides and facades built from LED modules: DIP LEDs with "
        "110°×50° viewing angle or SMD LEDs with 110°×110° and finer resolution, about 100,000 hours of life, pitch "
        "such as PH10, and outdoor-level brightness.",
    ),
    (
        "lSo121",
        "en",
        "cogoled",
        "High-brightness LED billboard signs",
        "Factory producing high-brightness LED display billboards of 5,000–8,000 nits or more for outdoor "
        "advertising and public information, able to show videos, animations and several rotating messages.",
    ),
    (
        "lSo122",
        "vi",
        "lca_qc",
        "Tư vấn pháp lý quảng cáo ngoài trời và biển hiệu",
        "Công ty luật tư vấn theo Luật Quảng cáo: điều kiện đặt bảng quảng cáo, băng rôn, màn hình chuyên quảng cáo, "
        "hồ sơ và trình tự thông báo sản phẩm quảng cáo, cấp giấy phép xây dựng công trình quảng cáo và quy định về "
        "biển hiệu của cơ sở kinh doanh.",
    ),
    (
        "lSo123",
        "vi",
        "rangdong_tl",
        "Đèn LED chiếu sáng kích thích thanh long ra hoa",
        "Doanh nghiệp chiếu sáng cùng các viện, trường nghiên cứu hệ thống đèn LED thông minh phát đúng phổ để "
        "thanh long ra hoa trái vụ, thay bóng sợi đốt 60 W hoặc halogen 42 W tốn điện.",
    ),
    (
        "lSo124",
        "vi",
        "xaydung_led",
        "Đèn LED chiếu sáng bổ sung cho hoa cúc",
        "Giải pháp đèn LED chiếu sáng quang chu kỳ cho vườn hoa cúc thay bóng sợi đốt và compact; mỗi ha dùng "
        "khoảng 1.600 bóng trong 30–35 ngày, lợi nhuận tăng hơn 20%.",
    ),
    (
        "lSo125",
        "vi",
        "triiuh",
        "Mạch quét LED ma trận 8×32 kèm mã nguồn",
        "Tài liệu kỹ thuật và mã nguồn vi điều khiển quét LED ma trận 8×32 hiển thị chữ font 5×7 theo bảng mã "
        "ASCII, có sơ đồ nguyên lý, sơ đồ khối điều khiển và hiển thị.",
    ),
    (
        "lSo126",
        "vi",
        "evn_led",
        "Tư vấn chọn đèn LED hay đèn compact cho sản xuất nông nghiệp",
        "Chuyên gia chiếu sáng so sánh đèn compact và đèn LED nông nghiệp cho trang trại thanh long, hoa, nuôi cấy "
        "mô: đèn LED có phổ phù hợp quang hợp, chiếu đều, tiết kiệm điện hơn.",
    ),
    (
        "lSo127",
        "vi",
        "nlsach_led",
        "Nghiên cứu đèn LED nông nghiệp bước sóng 380–750 nm",
        "Viện nghiên cứu ứng dụng đèn LED chuyên dụng bước sóng 380–750 nm cho cây trồng trong nhà kính, như ba "
        "giống cúc, giúp quang hợp tốt, ít sinh nhiệt, giảm phân bón và thuốc bảo vệ thực vật.",
    ),
    # --- translation and interpreting ---
    (
        "lSo128",
        "vi",
        "thaonco",
        "Dịch thuật và công chứng bản dịch tại TP.HCM",
        "Dịch tài liệu sang ngôn ngữ khác giữ nguyên nghĩa, sau đó công chứng viên hoặc phòng tư pháp xác minh và "
        "chứng thực chữ ký biên dịch viên; phục vụ giao thương quốc tế, hợp pháp hóa lãnh sự; tư vấn quy trình và "
        "chi phí.",
    ),
    (
        "lSo129",
        "vi",
        "pnvt",
        "Dịch thuật công chứng tiếng Anh lấy trong ngày",
        "Nhận dịch công chứng tiếng Anh nhanh trong ngày khi hồ sơ đủ điều kiện: bản gốc hoặc bản sao chứng thực có "
        "chữ ký, con dấu sống; tài liệu nước ngoài phải hợp pháp hóa lãnh sự trừ bằng cấp, chứng chỉ quốc tế và "
        "nước được miễn.",
    ),
    (
        "lSo130",
        "vi",
        "dichthuatso1",
        "Dịch thuật công chứng hồ sơ xuất nhập khẩu",
        "Dịch công chứng từ tiếng Việt sang nhiều ngôn ngữ và ngược lại cho hồ sơ du học, visa, giấy phép lao động "
        "và thủ tục xuất nhập khẩu hàng hóa; bản dịch được phòng tư pháp hoặc văn phòng công chứng chứng nhận, có "
        "giá trị trên toàn quốc.",
    ),
    (
        "lSo131",
        "vi",
        "vtlocalize",
        "Cung cấp phiên dịch viên hội chợ, triển lãm",
        "Công ty dịch thuật lọc và gửi 2–3 hồ sơ phiên dịch viên hội chợ phù hợp theo yêu cầu về ngôn ngữ, giới "
        "tính, độ tuổi, số năm kinh nghiệm, hiểu biết chuyên ngành và ngân sách; khách phỏng vấn để chọn người có "
        "giọng nói và phản xạ tốt.",
    ),
    (
        "lSo132",
        "vi",
        "nguoiphiendich",
        "Phiên dịch tiếng Hàn cho doanh nghiệp",
        "Cung cấp phiên dịch viên tiếng Hàn có kinh nghiệm thực tế và kiến thức chuyên ngành, dùng kính ngữ phù hợp, "
        "phục vụ đàm phán, hợp tác giữa doanh nghiệp Việt và đối tác Hàn Quốc tại TP.HCM và các tỉnh.",
    ),
    (
        "lSo133",
        "vi",
        "freelensia",
        "Nền tảng kết nối phiên dịch viên theo từng loại hình",
        "Nền tảng kết nối khách hàng với phiên dịch viên tự do, tư vấn chọn đúng loại hình (dịch đuổi, dịch cabin, "
        "dịch tháp tùng, dịch thì thầm...) cho cuộc họp, đàm phán, làm việc với chính quyền để tránh trả quá cao "
        "hoặc làm hỏng buổi đàm phán.",
    ),
    (
        "lSo134",
        "en",
        "chtrad",
        "Business and conference interpreters at a daily rate",
        "Interpreting agency charging by the day, not the hour, because of preparation and the need to stay until "
        "the end of a meeting; travel half-days or days and a per diem are added for events in the countryside, at "
        "industrial sites or abroad, and transport and hotel can be booked.",
    ),
    (
        "lSo135",
        "en",
        "connect",
        "Interpreters and interpreting equipment",
        "Agency supplying consecutive and simultaneous interpreters at half-day (four hours) or full-day (eight "
        "hours) rates with surcharges for evenings and weekends, choosing interpreters near the venue to cut "
        "travel, and renting interpreting booths and receivers.",
    ),
    (
        "lSo136",
        "en",
        "simcon",
        "Conference interpreting and written translation",
        "Interpreters paid by daily fees that include subject and terminology preparation; translations priced per "
        "word, standard line or hour depending on complexity, formatting and express needs, always proofread by a "
        "native speaker of the target language.",
    ),
    (
        "lSo137",
        "en",
        "traxlate",
        "E-commerce localisation of listings, legal pages and support",
        "Localisation service for online sellers entering new markets: product titles, descriptions, keywords and "
        "attributes, category pages and banners, terms, privacy and return policies, checkout messages and help "
        "articles, kept consistent through a glossary and repeatable update pipeline.",
    ),
    (
        "lSo138",
        "en",
        "ciklopea",
        "Online store localisation",
        "Language company adapting web shops for foreign buyers beyond translation: prices in local currency and "
        "decimal format, preferred payment methods, polite forms of address, address formats and tailored "
        "e-mails and screen messages.",
    ),
    (
        "lSo139",
        "en",
        "schreiber",
        "Multilingual website globalisation",
        "Translation firm taking websites multilingual: visible language or country gateway on the home page, "
        "correct encoding for accented, Cyrillic and double-byte Chinese and Japanese scripts, and localisation "
        "of content for each market.",
    ),
    (
        "lSo140",
        "vi",
        "baocantho_tvu",
        "Trường ngôn ngữ, văn hóa Khmer và nhân văn: tiếng Anh, Trung, Khmer",
        "Trường thuộc Đại học Trà Vinh với hơn 2.500 sinh viên các ngành Ngôn ngữ Anh, Ngôn ngữ Trung Quốc, Ngôn ngữ "
        "Khmer (đạt kiểm định AUN-QA), văn hóa học, du lịch; đội ngũ giảng viên có thể hỗ trợ biên dịch, phiên dịch "
        "Việt–Khmer, Việt–Anh, Việt–Trung cho doanh nghiệp và cơ quan trong vùng.",
    ),
    (
        "lSo141",
        "en",
        "tvu_khmer",
        "Khmer language courses for officials and teachers",
        "Tra Vinh University and its partners run regular and supplementary Khmer language training for officials, "
        "civil servants and teachers, including an interpretation class for students of a Pali cultural school.",
    ),
    (
        "lSo142",
        "vi",
        "khmer_chua",
        "Lớp học tiếng Khmer miễn phí",
        "Trung tâm Ngoại ngữ tiếng Khmer mở lớp tiếng Khmer nâng cao miễn phí tại các chùa ở TP.HCM và lớp online "
        "có lưu học sinh Campuchia, cộng tác viên bản xứ tham gia.",
    ),
    (
        "lSo143",
        "en",
        "tensorone",
        "Neural machine translation API",
        "Developer API translating up to 50,000 characters per request between more than 100 languages, with "
        "automatic language detection, domain models, tone settings, custom terminology and confidence scores.",
    ),
    (
        "lSo144",
        "en",
        "modernmt",
        "Adaptive machine translation for professional translators",
        "Enterprise edition of an open-source adaptive neural MT engine, accessed through a REST API with an API "
        "key, letting translators request translations and manage their translation memories.",
    ),
    (
        "lSo145",
        "vi",
        "han_training",
        "Nghiên cứu đào tạo biên phiên dịch tiếng Hàn",
        "Nhóm giảng viên trường đại học ngoại ngữ khảo sát cơ sở đào tạo, người học, chương trình biên phiên dịch "
        "tiếng Hàn tại Việt Nam và đề xuất cách nâng chất lượng theo kinh nghiệm Hàn Quốc.",
    ),
    (
        "lSo146",
        "en",
        "signewords",
        "Localising e-commerce texts",
        "Translators localise online shop content so foreign shoppers understand it at once: measurements converted "
        "(centimetres to inches), clothing and shoe sizes mapped, prices shown in the buyer's currency.",
    ),
    (
        "lSo147",
        "en",
        "interTrans",
        "Conference interpreting teams",
        "Interpreters engaged by the day in pairs, or teams of three beyond eight hours, taking turns every 20–30 "
        "minutes for simultaneous work; a lower rate can be agreed for half a day or a couple of hours.",
    ),
    # --- copywriting, SEO content, company profiles, e-catalogues ---
    (
        "lSo148",
        "vi",
        "phoseo",
        "Viết bài chuẩn SEO cho website doanh nghiệp",
        "Nhận viết bài chuẩn SEO: nghiên cứu từ khóa người dùng thực sự tìm, dựng cấu trúc H1–H3, hoàn thiện thẻ "
        "meta, alt ảnh, liên kết nội bộ và liên kết ngoài, đưa số liệu và ví dụ thực tế để bài vừa lên top Google "
        "vừa được đọc và chia sẻ.",
    ),
    (
        "lSo149",
        "vi",
        "peak",
        "Dịch vụ nội dung chuẩn SEO theo ý định tìm kiếm",
        "Agency viết nội dung đáp ứng đúng ý định tìm kiếm, có chiều sâu, văn phong mạch lạc, thông tin chính xác và "
        "cập nhật, dùng từ khóa chính phụ hợp lý, tối ưu hình ảnh, liên kết và độ dài để đạt thứ hạng cao.",
    ),
    (
        "lSo150",
        "vi",
        "seocenter",
        "Content SEO lấy người đọc làm trung tâm, có ứng dụng AI",
        "Lập kế hoạch nội dung, viết và tối ưu bài theo hướng hữu ích, đáng tin cậy, đặt người đọc lên đầu như "
        "Google ưu tiên, giải đáp đúng search intent; có quy trình ứng dụng AI hỗ trợ viết bài chuẩn SEO.",
    ),
    (
        "lSo151",
        "en",
        "robpalmer",
        "E-commerce copywriting for online stores",
        "Copywriter for direct-to-consumer brands writing product descriptions that tie features to benefits, "
        "category page intros, homepage copy and abandoned-cart e-mail sequences (which recover 5–15% of lost "
        "revenue), replacing manufacturer copy shared with every competitor and A/B testing key pages.",
    ),
    (
        "lSo152",
        "vi",
        "digitalheroes",
        "Viết mô tả sản phẩm và nội dung cho cửa hàng online",
        "Đội viết nội dung cho cửa hàng trực tuyến: mô tả sản phẩm nêu lợi ích trước tính năng, nội dung trang chủ, "
        "trang giới thiệu kể câu chuyện thương hiệu, mô tả danh mục hỗ trợ SEO, trang chính sách giao hàng, đổi "
        "trả; một serum viết lại mô tả đã tăng tỷ lệ chuyển đổi từ 1,2% lên 3,8%.",
    ),
    (
        "lSo153",
        "en",
        "copywiser",
        "Freelance copywriter for online retailers",
        "Copywriter who works daily with online retailers to rewrite thin product listings, adding the practical "
        "details shoppers look for (care instructions, dimensions, fit) so buyers stop leaving for other sites.",
    ),
    (
        "lSo154",
        "en",
        "bradley",
        "Product description writing to search-quality standards",
        "Writer producing e-commerce product descriptions after studying the usual length and topics in the "
        "category, gathering specifications, features and customer information, and answering who, what, where, "
        "when, why and how, in line with Google's quality guidelines.",
    ),
    (
        "lSo155",
        "vi",
        "tuhocdohoa",
        "Thiết kế hồ sơ năng lực (company profile) doanh nghiệp",
        "Nhận biên soạn và thiết kế profile doanh nghiệp, hồ sơ năng lực tóm tắt năng lực, kinh nghiệm, sản phẩm, "
        "khách hàng tiêu biểu để gửi đối tác, dự thầu, giới thiệu công ty; phân biệt với sơ yếu lý lịch cá nhân.",
    ),
    (
        "lSo156",
        "en",
        "itedo",
        "Electronic product catalogues for e-commerce and e-procurement",
        "Company building electronic catalogues that buyers can search and order from: product and service "
        "descriptions, differentiated and customer-specific prices, links to videos, PDF data sheets and CAD "
        "files, with marketing-style content for web shops or leaner data for procurement systems.",
    ),
    (
        "lSo157",
        "en",
        "b2be",
        "Client-branded e-catalogue and punch-out portals",
        "Provider of online catalogues with built-in rate-card pricing and dynamic artwork templates, punch-out "
        "catalogues linked to buyers' ERP or e-procurement systems, and Catalogue Interchange Format (CIF) files for "
        "publishing products and prices to buyers.",
    ),
    (
        "lSo158",
        "en",
        "wego",
        "Customer-specific catalogues in several languages",
        "B2B ordering platform where a supplier creates catalogues with validity dates, names and descriptions in "
        "as many languages as needed, and minimum or maximum order amounts and quantities, to show different "
        "products and prices to different customers.",
    ),
    (
        "lSo159",
        "en",
        "unleashed",
        "B2B store catalogues per customer group",
        "Inventory software whose B2B store lets a wholesaler assign curated catalogues to customers and mark each "
        "product sellable, visible or hidden, overriding a base catalogue so each buyer sees only the relevant "
        "range.",
    ),
    (
        "lSo160",
        "en",
        "planetb2b",
        "Multi-channel product catalogue system",
        "Catalogue software storing supplier, inventory and marketplace products with names, brands, images, HTML "
        "descriptions, specifications, prices and stock; imports from XML or XLSX, unlimited category trees and "
        "product variants with their own prices and photos.",
    ),
    # --- three more neighbouring-field offers ---
    (
        "lSo161",
        "en",
        "flyriver",
        "Translation API integration for apps and websites",
        "Developers integrate a cloud machine-translation API into applications, websites and chat tools: the "
        "client sends text with source and target languages over HTTP with credentials and receives the machine "
        "translation back, without building its own engine.",
    ),
    (
        "lSo162",
        "vi",
        "bangdatally",
        "Bán chậu gốm, gốm trang trí và quà lưu niệm gốm đỏ",
        "Làng gốm đỏ bên sông Cổ Chiên làm từ đất sét phù sa, ngoài gạch và lu truyền thống nay bán chậu gốm nhiều "
        "hình dáng, gốm trang trí và quà lưu niệm cho khách tham quan.",
    ),
    (
        "lSo163",
        "vi",
        "myaivn",
        "Hệ thống âm thanh sân khấu, sự kiện (PA) chuyên nghiệp",
        "Cẩm nang và giải pháp hệ thống âm thanh PA cho hòa nhạc, hội nghị, lễ cưới, lễ hội đường phố: thành phần "
        "loa, mixer, micro, amply, các loại hệ thống phổ biến, cách thiết lập, vận hành và tối ưu phủ âm.",
    ),
]
