"""Offers of the holdout102 set: (id, language, source key, title, description)."""

OFFERS = [
    # herbal shampoo, saponin, pomelo, head spa, henna
    (
        "lZo001",
        "vi",
        "saponin_thoibao",
        "Tinh chế saponin bồ kết, bồ hòn tăng hạn dùng cho mỹ phẩm hữu cơ",
        "Viện Đào tạo và Phát triển Công nghệ Hoá dược chuyển giao quy trình tinh chế saponin từ dịch chiết thô bồ "
        "kết và bồ hòn. Saponin tinh chế là chất hoạt động bề mặt không ion, dễ phân hủy sinh học, có hoạt tính kháng "
        "nấm, kháng khuẩn; thay cho dược liệu thô vốn tạo bọt kém và làm dầu gội, sữa tắm mau hỏng.",
    ),
    (
        "lZo002",
        "vi",
        "saponin_scp",
        "Công nghệ sản xuất saponin 70–90% từ trái bồ kết và bồ hòn",
        "Nhóm nghiên cứu Trường Cao đẳng Bách khoa Sài Gòn làm chủ công nghệ sản xuất saponin độ tinh khiết 70–90% "
        "từ trái bồ kết (hàm lượng saponin trên 10%) và bồ hòn, dùng thay hóa chất tạo bọt trong dược mỹ phẩm. Sẵn "
        "sàng hội thảo, tư vấn và chuyển giao cho cơ sở sản xuất dầu gội, sữa tắm.",
    ),
    (
        "lZo003",
        "vi",
        "saponin_khpt",
        "Quy trình tinh chế saponin đạt chuẩn xuất khẩu cho dầu gội, sữa tắm",
        "TS. Lưu Xuân Cường và cộng sự giới thiệu quy trình tinh chế hoạt chất saponin từ bồ kết, bồ hòn nâng khả năng "
        "kháng nấm, kháng viêm, kháng khuẩn của sản phẩm; hướng tới nguyên liệu saponin đáp ứng tiêu chuẩn khắt khe "
        "để xuất khẩu, thay chất tẩy rửa hóa học trong dầu gội, sữa tắm và chất tẩy rửa thân thiện môi trường.",
    ),
    (
        "lZo004",
        "en",
        "albadi",
        "Formulation and physicochemical evaluation of pure herbal shampoo",
        "A pharmacy department (Oman Medical College) formulated a herbal shampoo from Acacia concinna, Sapindus "
        "mukorossi, amla, Ziziphus and lime extracts in a 10% gelatin base with methyl paraben and citric-acid pH "
        "control, and benchmarks products on pH, wetting time, solids, foam volume and stability, surface tension, "
        "detergency and dirt dispersion, plus a blind conditioning test with 20 volunteers (score 3.0 of 4).",
    ),
    (
        "lZo005",
        "en",
        "ijps_shampoo",
        "Developing a chemical-free herbal shampoo to replace risky ingredients",
        "Formulation study offering a pure herbal shampoo built from amla, bhringraj, curry leaves, reetha and "
        "shikakai extracts in water, with a small amount of methylparaben and citric acid for pH. Prototypes are "
        "checked for appearance, pH, wetting time, solids, foam, surface tension, detergency and dirt dispersion "
        "against marketed synthetic and herbal shampoos.",
    ),
    (
        "lZo006",
        "en",
        "ijps_shampoo2",
        "Herbal shampoo with amla, neem, shikakai, reetha and aloe vera",
        "Laboratory formulation of a herbal shampoo for cleansing, conditioning and dandruff control using "
        "Phyllanthus emblica, Azadirachta indica, Acacia concinna, Sapindus and Aloe barbadensis, with evaluation "
        "of the finished product for further optimisation; aimed at makers wanting a non-toxic, low-allergy "
        "shampoo based on traditional herbs.",
    ),
    (
        "lZo007",
        "en",
        "rjtcs_shampoo",
        "Herbal shampoo powder: shikakai, ritha, amla, fenugreek and tulsi",
        "A pharmacy faculty in Satara (India) formulated a dry herbal shampoo powder from shikakai, ritha, amla, "
        "fenugreek and tulsi powders, chosen on traditional and scientific grounds to clear sebum, dirt and dandruff "
        "and condition hair; the powder format avoids the chemical ingredients and water phase of liquid shampoos.",
    ),
    (
        "lZo008",
        "en",
        "joanmorais",
        "Course: formulating and making natural shampoo (surfactant choice)",
        "An online course series on natural shampoo: types of shampoo, then the surfactants (anionic, nonionic, "
        "cationic, amphoteric), why sulfate cleansers such as SLS and ALS irritate, which sulfate-free cleansers "
        "are milder, and how foaming, viscosity and conditioning are built before formulating and making a batch.",
    ),
    (
        "lZo009",
        "vi",
        "kag_goi",
        "Thiết bị chiết xuất và sản xuất dầu gội dược liệu cho cơ sở địa phương",
        "KAG Việt Nam cung cấp thiết bị và tư vấn công nghệ cho cơ sở sản xuất dầu gội dược liệu (bồ kết, hương nhu, "
        "sả, chanh, gừng, cỏ mần trầu, lá dâu tằm): chiết xuất lạnh, dùng enzym sinh học giữ hoạt chất, từ quy mô "
        "thủ công địa phương đến dây chuyền như các thương hiệu lớn.",
    ),
    (
        "lZo010",
        "vi",
        "hoanen_buoi",
        "Cung cấp tinh dầu vỏ bưởi chưng cất hơi nước cho chăm sóc tóc",
        "Tinh dầu Hoa Nén chưng cất tinh dầu bưởi từ vỏ quả: vỏ rửa sạch, cắt nhỏ, xay với nước, đun để hơi nước "
        "cuốn tinh dầu qua hệ ngưng tụ rồi tách lớp. Cung cấp tinh dầu nguyên chất kèm hướng dẫn dùng cho tóc rụng, "
        "da đầu dầu nhờn, ủ và massage da đầu.",
    ),
    (
        "lZo011",
        "vi",
        "kkn_buoi",
        "Tinh dầu bưởi cho công thức chăm sóc tóc, có số liệu thành phần",
        "Nguyên liệu tinh dầu bưởi cho nhà sản xuất sản phẩm tóc, kèm thông số thành phần: monoterpen 96,93%, trong "
        "đó limonen 93,33%, beta-myrcen 1,88%, alpha-pinen 0,86%, sabinen 0,60%, monoterpen oxy hóa 1,62%. Tận dụng "
        "vỏ bưởi phụ phẩm; đặc tính chống oxy hóa, kháng khuẩn, giảm bã nhờn và gàu.",
    ),
    (
        "lZo012",
        "vi",
        "clair_buoi",
        "Hướng dẫn chưng cất tinh dầu bưởi xịt tóc đậm đặc",
        "Hướng dẫn kỹ thuật chưng cất hơi nước tinh dầu bưởi làm xịt tóc: chỉ lấy phần vỏ xanh ngoài, bỏ cùi trắng "
        "vì chứa pectin gây đục; hoạt chất chính limonen (thường 90–97%) và naringin; kèm cách bảo quản và lưu ý an "
        "toàn để có tinh chất kích thích mọc tóc ổn định.",
    ),
    (
        "lZo013",
        "vi",
        "kenh14_goidau",
        "Đào tạo quy trình gội đầu dưỡng sinh chuyên nghiệp",
        "Salon 22hairlab (Hà Nội) chia sẻ cách vận hành dịch vụ gội đầu: kiểm tra da đầu, tóc, tư vấn dầu gội và "
        "liệu trình, hai lần gội kết hợp massage da đầu, cổ, vai, gáy; chuẩn hóa khâu đào tạo thợ và tiêu chuẩn sản "
        "phẩm cho tiệm gội muốn làm bài bản.",
    ),
    (
        "lZo014",
        "vi",
        "gony_henna",
        "Tư liệu kỹ thuật cây lá móng (henna) làm nguyên liệu nhuộm",
        "Thông tin về cây henna (lá móng, Lawsonia inermis, họ tử vi): cây cao 3–4 m, lá đơn mọc đối 2–3 cm, hoa "
        "chùm trắng chuyển đỏ, quả cầu nhiều hạt, nhân giống bằng hạt; ưa đất màu mỡ, khí hậu nóng ẩm; lá dùng "
        "làm bột nhuộm tóc, móng theo lối tự nhiên.",
    ),
    (
        "lZo015",
        "vi",
        "docz_ramanano",
        "Luận văn: tạo hệ nano chứa saponin từ rau má",
        "Luận văn thạc sĩ Đại học Bách khoa TP.HCM (2019) nghiên cứu tách saponin từ rau má và tạo hệ nano, định "
        "hướng ứng dụng trong sản phẩm chăm sóc cá nhân; kết quả ở mức phòng thí nghiệm.",
    ),
    (
        "lZo016",
        "vi",
        "docz_saponin2",
        "Báo cáo môn học: saponin trong hóa mỹ phẩm và chất tẩy rửa",
        "Báo cáo môn Chất hoạt động bề mặt (Đại học Nông Lâm TP.HCM, 2022) tổng quan cấu trúc saponin triterpenoid "
        "và steroid, cách nhận biết dược liệu chứa saponin (tạo bọt, phá huyết, sắc ký lớp mỏng) và các ứng dụng "
        "trong mỹ phẩm, chất tẩy rửa.",
    ),
    (
        "lZo017",
        "vi",
        "docz_huongnhu",
        "Khóa luận: thành phần hóa học tinh dầu hương nhu tía ở Huế",
        "Khóa luận tốt nghiệp Đại học Sư phạm Huế (2014) phân tích thành phần hóa học tinh dầu cây hương nhu tía "
        "(Ocimum tenuiflorum) trồng ở Thừa Thiên Huế.",
    ),
    # coconut oil and coconut cosmetics
    (
        "lZo018",
        "vi",
        "vtld_dua",
        "Công nghệ tách dầu dừa bằng máy ly tâm không gia nhiệt",
        "Công ty Mê Kông giới thiệu công nghệ sản xuất dầu dừa tách bằng máy ly tâm thay cho nấu nước cốt: không "
        "đun nên giữ vitamin, không lẫn keo dầu và hơi nước, dầu thấm tốt vào da tóc và không nhanh hư như dầu nấu "
        "thủ công phải cất tủ lạnh.",
    ),
    (
        "lZo019",
        "en",
        "fao_vco",
        "Virgin coconut oil production manual for micro- and village-scale units",
        "FAO Regional Office for Asia and the Pacific manual (Bawalan and Chapman, 2006) covering virgin coconut oil "
        "processing at micro and village scale: choice of wet and dry methods, equipment, hygiene and quality, for "
        "training groups and small enterprises that want to make VCO.",
    ),
    (
        "lZo020",
        "en",
        "ust_vco",
        "Integrated VCO process design for a small-medium coconut community",
        "Chemical engineers at the University of Santo Tomas designed a VCO plant combining fresh-dry and fresh-wet "
        "lines for 5,000–10,000 nuts per day, with weights of recovered waste, VCO recovery per line, and uses of "
        "coconut wastes for value-added by-products, earning more than selling copra.",
    ),
    (
        "lZo021",
        "vi",
        "parachute_vco",
        "Tư vấn ba phương pháp sản xuất dầu dừa tinh khiết (VCO)",
        "Tư vấn chọn phương pháp làm VCO theo quy mô, mức cơ giới hóa và vốn: nấu nóng cải tiến kiểm soát nhiệt để "
        "dầu không ngả vàng và độ ẩm dưới 0,2% giúp bảo quản lâu; lên men tự nhiên bằng dụng cụ bếp; ly tâm tách "
        "dầu khỏi nước và cặn. VCO đạt axit béo tự do khoảng 0,1%, giữ vitamin E tự nhiên.",
    ),
    (
        "lZo022",
        "en",
        "coconutoil_online",
        "Centrifuged virgin coconut oil with moisture at or below 0.1%",
        "Supplier of centrifuge-process coconut oil: fresh coconut milk is separated by density so the oil reaches "
        "0.1% moisture or less without any heating step, unlike fermentation or expeller oils that are heated to "
        "drive off water and avoid rancidity. Suitable as a mild raw material for skin and hair products.",
    ),
    (
        "lZo023",
        "vi",
        "virgicoconut",
        "Hướng dẫn làm dầu dừa ép lạnh quy mô nhỏ",
        "Quy trình ép lạnh: chọn dừa đã hái khoảng 3 tuần, nạo lấy cơm không lẫn vỏ lụa, sấy hoặc phơi 1–2 giờ rồi "
        "đưa độ ẩm cơm dừa về 8–10% (đo bằng ẩm kế), ép bằng máy, lọc qua giấy lọc hoặc vải sạch. Khoảng 300 ml "
        "dầu từ 1 kg dừa, độ ẩm thấp nên không mau ôi như dầu lên men.",
    ),
    (
        "lZo024",
        "en",
        "theyora",
        "Centrifuge (cold-processed) VCO kept below 38 °C",
        "Producer of centrifuged virgin coconut oil: coconut meat is spun so milk and oil separate, with several "
        "passes and process temperature held under 38 °C, giving a mild aroma; contrasted with cold-pressed expeller "
        "oil, where grated meat is dried up to 80 °C and pressed near 48 °C, giving a stronger coconut smell.",
    ),
    (
        "lZo025",
        "vi",
        "wiki_dua",
        "So sánh bốn phương pháp chiết dầu dừa: lên men, ép nóng, ép lạnh, ly tâm",
        "Tài liệu tư vấn chọn phương pháp chiết dầu dừa: lên men sữa dừa tách 3 lớp đạm, nước, dầu rồi phải đun "
        "đuổi nước (mất dưỡng chất, khó bảo quản); ép nóng; ép lạnh; chiết ly tâm. Nêu ưu nhược điểm từng cách cho "
        "hộ gia đình và cơ sở muốn làm dầu dừa tinh khiết tươi lạnh.",
    ),
    (
        "lZo026",
        "vi",
        "hiephoidua",
        "Viện nghiên cứu Dầu và Cây có Dầu: danh mục sản phẩm chế biến từ dừa",
        "ThS. Ngô Thị Kiều Dương và cộng sự (Viện nghiên cứu Dầu và Cây có Dầu) tổng hợp các sản phẩm dừa tại Việt "
        "Nam: từ cây dừa có thể chế biến hơn 1.000 sản phẩm, Việt Nam đã có hơn 20 sản phẩm xuất khẩu; hỗ trợ doanh "
        "nghiệp đa dạng hóa mặt hàng chế biến.",
    ),
    (
        "lZo027",
        "vi",
        "sgtt_duaphulong",
        "Mỹ phẩm thiên nhiên từ dầu dừa và nông sản địa phương (Dừa Phú Long)",
        "Công ty CP Mỹ phẩm Dừa Phú Long có trên 20 loại mỹ phẩm theo liệu pháp truyền thống từ dầu dừa, hoa bưởi, "
        "gừng, nghệ, sả, hoa hồng, trái chúc; 60–70% hàm lượng là nông sản địa phương, dùng lao động tại chỗ. Nhận "
        "hợp tác phát triển sản phẩm và sản xuất cho đối tác.",
    ),
    (
        "lZo028",
        "vi",
        "dost_mask",
        "Công nghệ mặt nạ dưỡng da từ thạch dừa dát mỏng 2 mm",
        "Bà Trương Thị Cẩm Hồng (HTX Tiểu thủ công nghiệp Cửu Long, Bến Tre) sau 13 năm nghiên cứu đã thương mại hóa "
        "mặt nạ dưỡng da từ thạch dừa, giải bài toán dát khối thạch thành lát dày 2 mm bằng thiết bị cơ khí tự đặt; "
        "chia sẻ kinh nghiệm chuyển thạch dừa sang sản phẩm làm đẹp.",
    ),
    (
        "lZo029",
        "vi",
        "hvnclc_dua",
        "Giấy thấm dầu và mặt nạ từ nước dừa lên men",
        "Công ty chế biến sản phẩm dừa Cửu Long sản xuất giấy thấm dầu từ nước dừa lên men theo công nghệ sinh học, "
        'hút nhờn trên da mặt, và mặt nạ "Mask from Coconut" kết hợp nước dừa và dầu dừa; sản phẩm đã vào thị '
        "trường Hàn Quốc, đang phát triển vật liệu gói thực phẩm từ dừa.",
    ),
    (
        "lZo030",
        "vi",
        "scribd_daudua",
        "Phân tích thị trường dầu dừa thế giới (số liệu APCC)",
        "Tài liệu phân tích thị trường dầu dừa: Philippines xuất khẩu 0,91 triệu tấn năm 2014, giảm 17,2% so với 1,1 "
        "triệu tấn năm 2013 do bão và sâu hại; sản lượng dự kiến từ 1,492 xuống 1,168 triệu tấn; Indonesia tăng xuất "
        "khẩu. Dùng cho nhà buôn theo dõi giá dầu dừa.",
    ),
    (
        "lZo031",
        "vi",
        "namcantho_dua",
        "Giải pháp phát triển sản phẩm từ dừa ở Bến Tre (nghiên cứu kinh tế)",
        "Nghiên cứu của Trường Đại học Nam Cần Thơ đề xuất giải pháp phát triển sản phẩm dừa Bến Tre: phát triển "
        "công nghiệp chế biến, đa dạng hóa sản phẩm, xây dựng thương hiệu và mở rộng thị trường; mang tính chiến "
        "lược, không kèm quy trình công nghệ.",
    ),
    (
        "lZo032",
        "en",
        "kompas_vco",
        "Virgin coconut oil as edible oil and health food",
        "Overview of coconut oils used for cooking, margarine and white butter: traditional oil (yellow-brown, "
        "strong aroma), industrial oil and VCO, which keeps medium-chain fats, vitamin E and enzymes; lists health "
        "benefits of consuming VCO, aimed at food buyers.",
    ),
    # soap
    (
        "lZo033",
        "en",
        "winenfood_coconut",
        "Gentle 100% coconut oil cold-process soap formula",
        "Tested formula for a single-oil coconut bar that is cleansing but not stripping: 794 g refined coconut oil, "
        "116 g sodium hydroxide, 302 g distilled water, 20% superfat, digital scale only, about 30 days of curing, "
        "10 bars per batch; explains why high superfat tames coconut oil's harshness.",
    ),
    (
        "lZo034",
        "vi",
        "annas_soap",
        "Lớp thực hành xà phòng phương pháp lạnh",
        "Lớp hướng dẫn nấu xà phòng phương pháp lạnh từ dầu thực vật như dầu dừa: lập công thức bằng công cụ tính "
        "xút, cho xút vào nước (không làm ngược lại), trộn dầu đến vết vệt (trace), thêm bột yến mạch, tinh dầu; đổ "
        "khuôn ủ 12–24 giờ, cắt bánh và để khô 4–6 tuần.",
    ),
    (
        "lZo035",
        "en",
        "eatsip_soap",
        "Beginner-safe coconut oil soap with lye-safety and temperature control",
        "Training recipe for a first cold-process batch: 936 g coconut oil, 137 g sodium hydroxide, 356 g cold "
        "distilled water, gloves and exact weighing; key step is holding both the lye solution and the oils in a "
        "narrow temperature range so the batch behaves predictably; 8 bars per batch.",
    ),
    (
        "lZo036",
        "en",
        "tiwetal_soap",
        "Slow-cooker hot-process soap and lye handling",
        "Guide to a basic slow-cooker (hot process) soap: why lye is dangerous pure but leaves no residue in a "
        "properly made bar, mixing a measured lye-water solution into oils, and using a soap calculator for the "
        "lye/water/oil ratio; 12–18 bars for under 10 dollars of bulk ingredients.",
    ),
    (
        "lZo037",
        "vi",
        "youthsoap",
        "Hướng dẫn 5 cách làm xà phòng thủ công, ưu tiên phương pháp lạnh",
        "Chia sẻ năm phương pháp làm xà phòng handmade tại nhà với ưu nhược điểm từng cách; phương pháp lạnh kết hợp "
        "dầu cọ, dầu dừa, dầu ô liu với dung dịch NaOH ở nhiệt độ thấp, tự chủ thành phần thảo mộc, màu tự nhiên, "
        "xà phòng hóa hoàn tất sau 4–6 tuần.",
    ),
    (
        "lZo038",
        "vi",
        "znews_khoahoc",
        "Khóa học làm mỹ phẩm handmade ngắn hạn (TP.HCM)",
        "Trung tâm ở Bình Thạnh dạy làm mỹ phẩm handmade: học phí 250.000 đồng đến 8 triệu đồng tùy số sản phẩm, lớp "
        "3–10 học viên, khóa cấp tốc 2–3 tuần; dạy nguyên liệu cơ bản, pha chế, bảo quản, cấu trúc da; ví dụ khóa 4 "
        "triệu cho son môi, sữa dưỡng, dầu gội, sữa tắm, nước hoa sáp.",
    ),
    (
        "lZo039",
        "vi",
        "znews_khoahoc2",
        "Lớp tự làm son, phấn, kem dưỡng (Hà Nội)",
        "Các cơ sở ở Hà Nội nhận dạy tự làm mỹ phẩm thủ công, thời lượng vài ngày đến 2–3 tháng, 150.000–1,5 triệu "
        "đồng mỗi buổi; ví dụ khóa 3 buổi 4 triệu đồng; nhấn mạnh dụng cụ phải khử trùng để sản phẩm an toàn.",
    ),
    (
        "lZo040",
        "vi",
        "caythuoc_xaphong",
        "Làm xà phòng từ phôi có sẵn (nấu chảy, đổ khuôn)",
        "Hướng dẫn làm xà phòng từ phôi xà phòng mua sẵn, phôi trong hoặc phôi đục giá 130–200 nghìn đồng/kg: nấu "
        "chảy, thêm màu, hương, đổ khuôn; tránh tự pha NaOH nên không tự làm phản ứng xà phòng hóa.",
    ),
    (
        "lZo041",
        "vi",
        "congbomp_xaphong",
        "Dịch vụ công bố mỹ phẩm cho xà phòng handmade",
        "Đơn vị dịch vụ công bố mỹ phẩm hỗ trợ cơ sở làm xà phòng handmade và xà phòng thiên nhiên (khoảng 80% là "
        "dầu, bơ thực vật như dầu dừa, dầu cọ, ô liu, bơ hạt mỡ, ca cao cùng tinh dầu, xút) hoàn thiện hồ sơ để bán "
        "hợp pháp.",
    ),
    (
        "lZo042",
        "en",
        "artisansoapery",
        "True-soap bars for sensitive skin instead of synthetic shampoo bars",
        "An artisan soapery making natural bath products for sensitive skin explains that many shampoo bars are "
        "really SLS or sodium coco sulfate needles (alkyl sulfates, strong irritants, over 100 trade names) and "
        "supplies saponified-oil soap bars and label-reading advice instead.",
    ),
    # coconut-derived surfactants
    (
        "lZo043",
        "en",
        "incibeauty_sci",
        "Sodium cocoyl isethionate (SCI): mild coconut-derived surfactant",
        "Ingredient profile and supply of SCI, a sulphate-free, mild anionic surfactant from coconut fatty acids "
        "and isethionic acid with very good foaming power, typical of solid shampoos; note that it is made by "
        "ethoxylation and is not allowed under the COSMOS standard.",
    ),
    (
        "lZo044",
        "en",
        "hairlust_glucoside",
        "Coco-glucoside: gentle biodegradable non-ionic cleanser",
        "Coco-glucoside, made from coconut-oil fatty acids and glucose from corn or other starch, is a mild, "
        "biodegradable naturally derived surfactant for natural and organic hair and skin cleansers that cleans "
        "without irritation.",
    ),
    (
        "lZo045",
        "en",
        "ew_sci",
        "SCI formulation library: foaming face wash and bubble bath",
        "Formulator's library showing how sodium cocoyl isethionate, a gentle coconut-derived surfactant whose "
        "micelles rinse off before penetrating the stratum corneum, gives dense lather even in hard water; recipes "
        "for foaming face wash and a bath soak with baking soda and citric acid, mild enough for baby products.",
    ),
    (
        "lZo046",
        "en",
        "puracy_sci",
        "SCI ingredient dossier and safety data",
        "Dossier on sodium cocoyl isethionate: fine white powder made by reacting sodium isethionate with coconut "
        "fatty acid, heating off water and distilling excess acids; used in shampoos, cleansers, bar soaps and "
        "conditioners; judged safe when formulated to be non-irritating, generally not a skin sensitiser.",
    ),
    (
        "lZo047",
        "vi",
        "congthuc_nuocgiat",
        "Công thức và quy trình sản xuất nước giặt đậm đặc",
        "Chia sẻ 12 công thức nước giặt đậm đặc cùng các bước quy trình, nguyên liệu và hóa chất sản xuất; dành cho "
        "cơ sở làm chất tẩy rửa gia dụng.",
    ),
    # regulation, registration, GMP, labelling
    (
        "lZo048",
        "vi",
        "dongthap_syt",
        "Thủ tục hành chính lĩnh vực mỹ phẩm tại Sở Y tế",
        "Danh mục thủ tục Sở Y tế giải quyết: cấp số tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước, "
        "cấp, cấp lại, điều chỉnh Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm, cấp giấy lưu hành tự do (CFS) để "
        "xuất khẩu, xác nhận nội dung quảng cáo mỹ phẩm; có hướng dẫn chi tiết từng thủ tục.",
    ),
    (
        "lZo049",
        "vi",
        "thanhlapdn_congbo",
        "Dịch vụ công bố lưu hành mỹ phẩm",
        "Hỗ trợ tổ chức, cá nhân làm thủ tục công bố lưu hành mỹ phẩm để có số tiếp nhận Phiếu công bố trước khi "
        "đưa sản phẩm ra thị trường, đồng thời tư vấn trách nhiệm về an toàn, hiệu quả của sản phẩm.",
    ),
    (
        "lZo050",
        "vi",
        "tuvan_nhapkhau",
        "Tư vấn công bố mỹ phẩm nhập khẩu",
        "Tư vấn thủ tục bắt buộc khi đưa mỹ phẩm nhập khẩu ra thị trường Việt Nam: hồ sơ công bố cho hàng nhập, "
        "giấy tờ từ nhà sản xuất nước ngoài.",
    ),
    (
        "lZo051",
        "vi",
        "tuvan_vsattp",
        "Xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm",
        "Dịch vụ tư vấn hồ sơ cấp giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho cơ sở sản xuất, "
        "kinh doanh thực phẩm.",
    ),
    (
        "lZo052",
        "vi",
        "medgate_cgmp",
        "Hỗ trợ cấp giấy chứng nhận CGMP-ASEAN cho nhà máy mỹ phẩm",
        "Medgate hướng dẫn quy trình xin chứng nhận CGMP-ASEAN tại Cục Quản lý Dược: căn cứ Nghị định 155/2018, "
        "Thông tư 06/2011, Thông tư 277/2016; nộp hồ sơ, tiếp nhận trong 1 ngày làm việc, nộp phí thẩm định, lập kế "
        "hoạch kiểm tra nhà xưởng; giúp doanh nghiệp chuẩn bị tài liệu và điều kiện.",
    ),
    (
        "lZo053",
        "vi",
        "cgmpconsulting",
        "Tư vấn điều kiện sản xuất mỹ phẩm và CGMP-ASEAN",
        "So sánh và tư vấn hai cấp: điều kiện sản xuất theo Thông tư 06/2011 do Sở Y tế cấp (vốn 3–10 tỷ đồng, chưa "
        "bắt buộc phòng sạch, chỉ kiểm soát nhiệt độ, thông gió, khoảng 3 tháng) và CGMP-ASEAN do Cục Quản lý Dược "
        "cấp (trên 10 tỷ, phòng sạch 5 thông số, phòng vi sinh, hiệu lực 3 năm, khoảng 5 tháng).",
    ),
    (
        "lZo054",
        "vi",
        "gmpgroups",
        "Thiết kế, thi công phòng sạch sản xuất mỹ phẩm",
        "GMP Groups thiết kế phòng sạch cho xưởng mỹ phẩm đáp ứng Nghị định 93/2016, 155/2018 và CGMP-ASEAN; thường "
        "áp dụng cấp sạch D (tương đương ISO 8 theo ISO 14644-1:2015), có thể nâng cấp theo yêu cầu kiểm soát chất "
        "lượng của nhà sản xuất.",
    ),
    (
        "lZo055",
        "en",
        "tuvnord_gmp",
        "ASEAN Cosmetic GMP guideline certification and training",
        "TÜV NORD certifies and trains against the ASEAN Guidelines for Cosmetic Good Manufacturing Practice, "
        "covering manufacture, storage, shipment and transport of cosmetics, helping producers build their own "
        "quality management system under the ASEAN Cosmetic Directive.",
    ),
    (
        "lZo056",
        "en",
        "chemlinked_vn",
        "Regulatory consultancy: Vietnam cosmetic manufacturer requirements",
        "ChemLinked explains Decree 93/2016/ND-CP, in force since 1 July 2016: production manager trained in "
        "chemistry, biology or pharmacy; site, workshop and equipment matched to product types; a quality control "
        "unit and written process per product; offers registration, filing and market-entry services.",
    ),
    (
        "lZo057",
        "en",
        "ages_label",
        "Cosmetic labelling checklist under EU Regulation 1223/2009",
        "The Austrian agency AGES lists mandatory label items: responsible person's name and address (country of "
        "origin for imports), nominal content, date of minimum durability or storage conditions, precautions, "
        "batch number, function, and the ingredient list using the common glossary, with rules for each item.",
    ),
    (
        "lZo058",
        "en",
        "stickythings",
        "Printed cosmetic labels with compliant content",
        "Label printer for cosmetic makers: permanent, readable labels (no tiny 3 pt text) carrying ingredients "
        "headed 'Ingredients' in INCI and descending weight order, maker's address, best-before or period after "
        "opening, warnings, batch code, function and net contents.",
    ),
    (
        "lZo059",
        "en",
        "whitelabel",
        "White-label skincare with safety assessment and compliant labelling",
        "UK/EU white-label beauty lab: ready formulas that are safety assessed and registered, labels with "
        "responsible person, INCI list, batch code from the invoice, PAO of 12 months (closed) or 6 months (jar), "
        "warnings and volume; unopened products keep 3 years.",
    ),
    (
        "lZo060",
        "en",
        "cosmeticslabels",
        "Guidance on INCI ingredient lists and responsible person on labels",
        "Cosmetic label specialists explain the responsible-person address, INCI naming used across Europe and "
        "most countries, descending weight order, 'Aroma' for flavours and Colour Index numbers, helping small "
        "brands design labels that consumers with allergies can read.",
    ),
    # testing: challenge, stability, heavy metals
    (
        "lZo061",
        "en",
        "microchemlab",
        "Preservative challenge testing of cosmetics",
        "Microchem Laboratory runs industry-standard and custom preservative challenge tests on complete "
        "formulations to show the preservative system protects against microbial growth during consumer use, as "
        "part of a stability programme; scientists help pick the most cost-effective method.",
    ),
    (
        "lZo062",
        "en",
        "mecoslab",
        "ISO 11930 challenge test, TAF-accredited",
        "ME-COS LAB tests water-based lotions, creams, gels and toners by inoculating Aspergillus brasiliensis, "
        "Candida albicans, E. coli, Staphylococcus aureus and Pseudomonas aeruginosa and counting at set time "
        "points; for new products, reformulations and registration dossiers.",
    ),
    (
        "lZo063",
        "en",
        "intertek_pet",
        "Cosmetic preservative efficacy (challenge) testing",
        "Intertek challenges cosmetics for typically 28 days at 32.5 °C to mirror shelf life and time in use, "
        "with microorganisms introduced under control and counted at defined intervals; methods USP, ISO 11930, "
        "European Pharmacopoeia and CTFA; ISO 11930 work done at its LaCoMed centre in France.",
    ),
    (
        "lZo064",
        "en",
        "advena",
        "Cosmetic stability studies and preservative efficacy testing",
        "Stability programme covering physical and chemical behaviour under light, heat, cold and mechanical "
        "shock, microbiological stability over shelf life, and packaging compatibility, plus PET by European "
        "Pharmacopoeia methods to fix the minimum preservative level, through qualified partner labs.",
    ),
    (
        "lZo065",
        "en",
        "bav_pet",
        "Advice: when a preservation challenge test is required or exempt",
        "BAV Institut advises that EU safety assessment requires a challenge test, but products may be exempt "
        "when pH is below 3 or above 10, water-free, over 20% alcohol, filled above 65 °C, water activity under "
        "0.75, solvent-based, oxidising or over 25% aluminium chlorohydrate.",
    ),
    (
        "lZo066",
        "en",
        "qalitex",
        "Preservative efficacy testing before your product ships",
        "Qalitex Laboratories run PET per USP <51> and ISO 11930 with pass/fail criteria, noting that clean-beauty "
        "formulas fail more often and that Pseudomonas can bloom within 28 days of use if the preservative system "
        "does not work; a test worth doing even for a small first run.",
    ),
    (
        "lZo067",
        "vi",
        "hoclammypham",
        "Đào tạo về chất bảo quản trong mỹ phẩm tự làm",
        "Chuyên đề đào tạo: chất bảo quản tự nhiên và tổng hợp là gì, vì sao mỹ phẩm cần chúng để ngăn hoặc làm chậm "
        "hư hỏng do vi sinh vật và biến đổi không mong muốn, cách chọn chất bảo quản cho sản phẩm tự làm.",
    ),
    (
        "lZo068",
        "vi",
        "docz_kiemnghiem",
        "Chuyên đề đào tạo kiểm nghiệm mỹ phẩm",
        "Bài giảng kiểm nghiệm mỹ phẩm: phân biệt thuốc và mỹ phẩm, dạng bào chế phải đăng ký chất lượng, các chỉ "
        "tiêu kiểm nghiệm chung và tiêu chuẩn mỹ phẩm dùng trên da, vai trò thanh tra của Cục Quản lý Dược.",
    ),
    (
        "lZo069",
        "vi",
        "skds_kimloai",
        "Kiểm tra giới hạn kim loại nặng chì, thủy ngân, asen trong mỹ phẩm",
        "Phân tích và tư vấn theo Phụ lục 06-MP của Thông tư 06/2011/TT-BYT: ba kim loại nặng bị giới hạn trong mỹ "
        "phẩm là chì, thủy ngân và asen; giúp cơ sở kiểm tra sản phẩm trước khi lưu thông.",
    ),
    (
        "lZo070",
        "vi",
        "myphamnp_meo",
        "Cảnh báo mẹo thử chì, thủy ngân trong mỹ phẩm tại nhà",
        "Bài tư vấn dẫn ý kiến PGS.TS Trần Hồng Côn: mẹo thả mỹ phẩm vào cốc nước hay chà vàng tây lên son để đoán "
        "chì, thủy ngân đều không chính xác vì paraffin, vaseline cũng nổi, bám; cần xét nghiệm thực sự.",
    ),
    (
        "lZo071",
        "vi",
        "skinaz",
        "Danh sách các chất có hại trong mỹ phẩm người mua cần tránh",
        "Cửa hàng mỹ phẩm chia sẻ danh sách thành phần nên tránh khi chọn mua như dầu khoáng (petrolatum, paraffin) "
        "và các loại paraben, kèm tác hại được nêu; dành cho người tiêu dùng đọc nhãn.",
    ),
    (
        "lZo072",
        "vi",
        "cuchoachat",
        "Phòng ngừa, ứng phó sự cố hóa chất tại nhà máy",
        "Cục Hóa chất (Bộ Công Thương) khuyến nghị nhà máy, khu công nghiệp xây dựng kế hoạch phòng ngừa, ứng phó "
        "sự cố hóa chất theo hệ thống văn bản hiện hành để giảm rủi ro sản xuất.",
    ),
    # sterilisation and salon hygiene
    (
        "lZo073",
        "vi",
        "vory_autoclave",
        "Nồi hấp tiệt trùng (autoclave) cho thẩm mỹ viện, tiệm nail",
        "Nhà sản xuất autoclave cung cấp nồi hấp hơi nước áp lực dùng trong bệnh viện, phòng thí nghiệm và salon làm "
        "đẹp: tiệt trùng nhờ áp suất, nhiệt độ và thời gian, diệt toàn bộ vi sinh vật kể cả bào tử, khác với khử "
        "khuẩn chỉ diệt dạng sinh dưỡng; có dòng autoclave mỹ phẩm cỡ nhỏ.",
    ),
    (
        "lZo074",
        "en",
        "mmoww_guide",
        "Salon equipment sterilisation guide and self-assessment",
        "Diagnostic guide for salons on the processing hierarchy: cleaning removes debris, disinfection kills most "
        "pathogens but not spores, sterilisation kills all life and is needed for tools that touch blood or pierce "
        "skin; helps owners rate current practice and pick the right level for every tool.",
    ),
    (
        "lZo075",
        "en",
        "mmoww_card",
        "Hygiene logging app for salons: sterilisation, UV-C and chemical contact",
        "MmowW Shamp SaaS logs disinfection, equipment checks and chemical safety in one tap, with targets such as "
        "100% sterilisation between clients, weekly autoclave spore tests, UV-C timer logs, tagged tool inventory "
        "and contact times per safety data sheet; from 29.99 USD a month, 14-day free trial.",
    ),
    (
        "lZo076",
        "en",
        "mmoww_barber",
        "Barbershop tool sterilisation protocol",
        "Protocol for clippers, scissors, combs and razors: clean visible debris, immerse in hospital-grade "
        "disinfectant at the right concentration and time, options of UV sterilisers and autoclaves, compliance "
        "records and staff training, supervised by a licensed Japanese administrative scrivener.",
    ),
    (
        "lZo077",
        "vi",
        "ysu_safety",
        "Tập huấn an toàn vệ sinh tiệm làm đẹp: 3 bước chống lây nhiễm",
        "Nội dung tập huấn cho kỹ thuật viên: làm sạch bằng xà phòng và nước; khử khuẩn bề mặt không xốp bằng hóa "
        "chất đăng ký với cơ quan môi trường; tiệt trùng bằng autoclave diệt mọi vi sinh vật kể cả bào tử. Dụng cụ "
        "kim loại dùng lại phải khử khuẩn, dũa và miếng đánh bóng dùng một lần phải bỏ sau mỗi khách.",
    ),
    (
        "lZo078",
        "en",
        "soakoff",
        "Choosing sterilisers for manicure tools: dry heat, autoclave, UV, glass bead",
        "Advice on sterilising manicure tools of surgical steel and cotton towels: dry-heat cabinets at 260–280 "
        "degrees with timer, steam autoclaves, UV cabinets (storage only, they do not sterilise), and glass-bead "
        "units (30–60 s but incomplete immersion and blunting); use disposables where possible.",
    ),
    (
        "lZo079",
        "vi",
        "kakprosto",
        "Hướng dẫn khử khuẩn dụng cụ làm móng",
        "Hướng dẫn khử khuẩn bộ dụng cụ làm móng: rửa xà phòng, luộc 15–20 phút hoặc sấy lò 200 °C trong 15 phút với "
        "dụng cụ kim loại; ở salon dùng dung dịch khử khuẩn phổ rộng có chất chống gỉ, ngâm ngập trong hộp có nắp ghi "
        "tên, nồng độ, ngày pha; đeo găng khi thao tác.",
    ),
    (
        "lZo080",
        "vi",
        "scribd_nail_vi",
        "Tài liệu tiếng Việt hướng dẫn vệ sinh và khử trùng thiết bị làm móng",
        "Hướng dẫn vệ sinh, khử trùng mọi thiết bị chăm sóc móng: chậu ngâm, cây đẩy da, kềm, bấm móng, dũa, đồ chà "
        "bóng; phân biệt đồ dùng một lần (bông gòn, que gỗ, khăn giấy, tách ngón, ống bọc dũa) phải vứt sau mỗi khách "
        "với đồ dùng lại phải làm sạch và khử trùng; dùng để đào tạo thợ nail.",
    ),
    (
        "lZo081",
        "vi",
        "hoanphi_uv",
        "Tủ tiệt trùng UV chuẩn y tế cho dụng cụ spa",
        "Hoàn Phi cung cấp tủ tiệt trùng tia UV chuẩn y tế cho dụng cụ spa (kềm, cây nặn mụn, đầu máy chăm sóc da), "
        "giảm nguy cơ lây nấm, herpes, viêm nang lông, viêm gan B, C, HIV qua dụng cụ dùng chung; giúp spa giữ uy tín "
        "về vệ sinh.",
    ),
    (
        "lZo082",
        "en",
        "excel_ultra1",
        "Ultrasonic cleaner plus Class B autoclave workflow",
        "Excel Healthcare supplies ultrasonic cleaners and Class B autoclaves and explains the workflow: "
        "ultrasonic cavitation removes debris from hinges and crevices, tools are rinsed, dried and pouched, then "
        "steam-sterilised; an ultrasonic cleaner alone does not kill bacteria, viruses or spores.",
    ),
    (
        "lZo083",
        "vi",
        "excel_ultra2",
        "Máy rửa siêu âm cho dụng cụ salon: rửa được gì, không rửa được gì",
        "Tư vấn chọn và dùng máy rửa siêu âm: hợp với kéo, kềm cắt da, nhíp, dụng cụ móng, mi, mày, dụng cụ xăm; "
        "không cho gỗ, vải, giấy, đá quý mềm, đồ điện tử, nhựa không chịu siêu âm, chi tiết dán keo vào bể; dùng sai "
        "làm hỏng dụng cụ và giảm vệ sinh.",
    ),
    (
        "lZo084",
        "en",
        "altrasonic",
        "Ultrasonic cleaners for pre-sterilisation cleaning",
        "Altrasonic makes ultrasonic cleaners for dental, surgical and manicure/pedicure instruments, since soil "
        "shields microbes from the steriliser; recommends neutral-pH solutions (low pH corrodes), hand rinsing "
        "first and an aluminium-foil test to check the bath works.",
    ),
    (
        "lZo085",
        "en",
        "biologyinsights",
        "Ultrasonic cleaning for laboratory glassware and jewellery",
        "Explainer on cavitation cleaning and compatible items: stainless steel, titanium, brass, gold and silver, "
        "glass and hard plastics; examples are laboratory beakers and test tubes and jewellery with fine settings.",
    ),
    (
        "lZo086",
        "en",
        "ask_uv",
        "UV light cabinets for hands and small implements",
        "Q&A on UV cabinets seen in cosmetology salons: germicidal light on hands placed inside or on sponges, "
        "orange sticks and cuticle clippers; the cabinets themselves can harbour pathogens if not cleaned.",
    ),
    # towels and laundry
    (
        "lZo087",
        "en",
        "mmoww_towel",
        "Salon towel laundry compliance FAQ",
        "Answers to what inspectors ask: wash towels at 71 °C (160 °F) for 25 minutes or add a registered laundry "
        "sanitiser, never reuse a towel that looks clean, separate clean and dirty piles, handle blood-soiled "
        "towels, commercial laundry options and how to document compliance.",
    ),
    (
        "lZo088",
        "en",
        "hdsecotowels",
        "Disposable eco towels to end cotton-towel cross-infection",
        "HD eco towels replace cotton salon towels, which stay dark, warm and damp when folded and breed bacteria, "
        "viruses and parasites; cotton towels must be washed after every client at over 90 degrees or risk head "
        "lice, ringworm, skin lesions and hepatitis C.",
    ),
    (
        "lZo089",
        "en",
        "verylovebeauty",
        "Hair salon towel handling protocol",
        "Step-by-step protocol: labelled separate bins, separate colour-service towels, cold rinse before washing, "
        "bleach soak for stained towels, hottest compatible wash with commercial detergent, no fabric softener, "
        "high-heat drying, clean dry storage and rotation.",
    ),
    (
        "lZo090",
        "en",
        "tasalon",
        "Cutting salon water use: aerators, shorter rinses and disposable towels",
        "Tips from a salon supplier: low-flow aerators on faucets and shower heads, turning water off between "
        "washes, a single shampoo followed by conditioner, and biodegradable disposable towels of wood or bamboo "
        "pulp to avoid washing towels after every client.",
    ),
    (
        "lZo091",
        "en",
        "mmoww_laundry",
        "Towel and linen hygiene for hair salons",
        "Guidance noting a salon uses 40–80 towels a day, each to be laundered at 60 °C minimum to kill "
        "dermatophyte spores and biofilm, with detergent and storage separation per health authority, plus hazard "
        "tables by salon type.",
    ),
    # nail salon air, dust, lamps
    (
        "lZo092",
        "en",
        "turi_vent",
        "Ventilation guidance for nail salons (general and local exhaust)",
        "Toxics Use Reduction Institute guidance: natural versus mechanical ventilation, why office-grade systems "
        "do not keep nail-salon vapours and dusts low, symptoms of poor indoor air, and how to combine general "
        "dilution with local exhaust at each station.",
    ),
    (
        "lZo093",
        "vi",
        "eltafans",
        "Quạt hút cục bộ và hệ thông gió cho tiệm nail",
        "Elta Fans cung cấp quạt, ống gió hút hơi hóa chất và bụi ngay tại nguồn trước khi tới vùng thở của thợ và "
        "khách, thải ra ngoài xa cửa lấy gió, kèm cấp khí bù qua hệ điều hòa; kết hợp với thông gió chung để giảm "
        "phơi nhiễm hóa chất trong tiệm.",
    ),
    (
        "lZo094",
        "en",
        "tomesphere_voc",
        "Study data: dilution ventilation and VOC exposure of nail technicians",
        "Chamber study with a MultiRae Lite meter: breathing-zone VOC averaged 8.3 ppm for polish, 116.2 ppm for "
        "extension removal and 29.73 ppm for extension application; 10 air changes per hour cut removal emissions "
        "by over 65%, yet levels stayed above limits even at 100 ACH, so dilution alone is not enough.",
    ),
    (
        "lZo095",
        "en",
        "readkong_nyc",
        "Indoor air quality measurement in nail salons (TVOC and CO2)",
        "CUNY public-health researchers measured total VOC and carbon dioxide in ten New York City nail salons to "
        "set baseline metrics and track time and location trends, supporting rules on outdoor air and source "
        "capture; method usable to audit a salon before and after ventilation work.",
    ),
    (
        "lZo096",
        "en",
        "irsst_table",
        "Evaluation of downdraft vented nail tables",
        "Evaluation of vented nail tables that pull dust and vapour down and away before they cross the "
        "technician's breathing zone, which sits directly above the table; context of 365,000 US nail and "
        "personal-care workers, 75% women, many Asian immigrants.",
    ),
    (
        "lZo097",
        "vi",
        "azureglam",
        "Máy hút bụi móng cho bàn nail, bàn chân",
        "Máy hút bụi móng có quạt 2.500–3.000 vòng/phút, công suất 20–200 W, túi chứa bụi thay, êm và nhẹ hơn máy hút "
        "bụi gia đình; loại âm bàn, loại để bàn di động và loại mạnh cho bàn chân; giảm kích ứng hô hấp, mắt do bụi "
        "dũa móng, sơn gel.",
    ),
    (
        "lZo098",
        "en",
        "inform_hoods",
        "Manicure hoods: table, built-in and portable",
        "Manicure extraction hoods that suck up dust while removing acrylic or gel coatings: professional units "
        "venting outside with traction control, portable units of about 1.5 kg for home visits, and built-in "
        "table fans; more coolers mean more suction and more noise.",
    ),
    (
        "lZo099",
        "en",
        "nailknowledge",
        "Nail dust hazards and controls",
        "Reference on nail dust (nail, polish, acrylic and gel particles plus fungal elements from pedicures) and "
        "how to cut exposure with dust extractors, local exhaust, housekeeping, gloves, goggles and face shields.",
    ),
    (
        "lZo100",
        "en",
        "nailsmag_fresh",
        "Local exhaust for nail technicians with asthma-like symptoms",
        "NAILS magazine advice: local exhaust removes monomer vapour, filing dust, primers and removers at the "
        "dappen dish or file; going beyond ASHRAE minimums can improve air by a factor of 10; example salon with an "
        "adjustable ceiling fan and air cleaners on each table.",
    ),
    (
        "lZo101",
        "en",
        "naillamp",
        "UV and LED nail curing lamps, wholesale",
        "Wholesaler of table-top UV and LED lamps that dry or cure acrylic, gel nails and gel polish for salons "
        "and online sale.",
    ),
    (
        "lZo102",
        "en",
        "samuelnovarro",
        "LED nail lamp for fast gel polish curing",
        "LED nail lamp that hardens gel polish in seconds; works only with LED-curable gels; suggests UV-protection "
        "gloves or sunscreen on hands.",
    ),
    (
        "lZo103",
        "en",
        "c2uor8_uv",
        "Research summary on UV nail dryers and skin risk",
        "Summary of research on UVA from nail dryers damaging DNA in human cells, LED versus UV lamp curing speed "
        "and lifespan, and usage statistics (over 87% of salons using UV lamps in 2010–2011, sessions 1–4 times a "
        "month for 6–10 minutes).",
    ),
    # salon wastewater and chemical waste
    (
        "lZo104",
        "en",
        "envirotech",
        "Salon chemical waste collection and disposal",
        "Envirotech Hygiene Services collects salon chemical waste and advises: identify each waste type, "
        "absorb oil-based colour with litter or grounds in a sealed container for a chemical waste facility, and "
        "send hair straighteners and perm solutions to licensed disposal.",
    ),
    (
        "lZo105",
        "en",
        "necole_dye",
        "Compliance guide for hair dye disposal in salons",
        "Guide to disposing of salon hair dye: pigments, solvents, developers and rare heavy metals can leach into "
        "soil and groundwater; how federal RCRA generator classes, state and local rules apply, and how to avoid "
        "fines and reputational damage.",
    ),
    (
        "lZo106",
        "en",
        "umn_salon",
        "Onsite wastewater options for beauty salons on septic systems",
        "University of Minnesota recommendations (Sara Heger): salon chemicals upset septic bacteria and shorten "
        "soil treatment life; option 1 all wastewater to a holding tank for land application or a treatment "
        "plant, option 2 soil treatment with a holding tank; install a flow meter and sample busy days.",
    ),
    (
        "lZo107",
        "en",
        "nj_salon",
        "Characterisation of beauty salon wastewater and sludge",
        "New Jersey DEP study (2002) sampled septic tanks of eight salons for chemical parameters using certified "
        "labs and standard EPA methods, finding effluent and sludge generally within groundwater standards; "
        "basis for a regulatory policy and a template for sampling other salons.",
    ),
    (
        "lZo108",
        "vi",
        "moitruonganhduong",
        "Thu gom, xử lý chất thải nguy hại cho hộ kinh doanh nhỏ, spa",
        "Môi Trường Anh Dương nhận thu gom, vận chuyển, xử lý chất thải nguy hại phát sinh từ spa, tiệm rửa xe, cửa "
        "hàng điện tử, hộ kinh doanh nhỏ theo Thông tư 02/2022/TT-BTNMT: phân định mã CTNH, đóng gói, dán nhãn, lưu "
        "giữ, chuyển giao hợp pháp và lập chứng từ Mẫu số 04.",
    ),
    (
        "lZo109",
        "vi",
        "hitechdn",
        "Thiết kế hệ thống xử lý nước thải sinh hoạt đạt QCVN 14:2008",
        "Thiết kế, thi công hệ xử lý nước thải sinh hoạt (BOD5 thường 150–300 mg/L, N, P, TSS, coliform, chất tẩy "
        "rửa): tiền xử lý tách rác, dầu mỡ, điều hòa; xử lý sinh học kỵ khí, thiếu khí, hiếu khí; lắng bùn; đạt cột "
        "A hoặc B của QCVN 14:2008/BTNMT.",
    ),
    (
        "lZo110",
        "vi",
        "tanphu_nuocthai",
        "Hệ thống, hóa chất xử lý nước thải sinh hoạt",
        "Công Nghệ Tân Phú cung cấp hệ thống xử lý nước thải sinh hoạt kết hợp công nghệ và hóa chất, xử lý chất "
        "hữu cơ 150–450 mg/L, chất tẩy rửa, dầu mỡ, vi sinh vật để nước sau xử lý đạt chuẩn xả hoặc tái sử dụng.",
    ),
    (
        "lZo111",
        "vi",
        "greenstar_uasb",
        "Bể UASB xử lý nước thải kỵ khí",
        "Giới thiệu công nghệ bể UASB (dòng chảy ngược qua lớp bùn kỵ khí, phát triển từ thập niên 1970): cấu tạo, "
        "nguyên lý, yếu tố vận hành để khử chất hữu cơ trong nước thải sinh hoạt và công nghiệp quy mô lớn.",
    ),
    (
        "lZo112",
        "vi",
        "thuanphu_loc",
        "Lọc sinh học nhỏ giọt xử lý nước thải chăn nuôi",
        "Thuận Phú Group nghiên cứu mô hình lọc sinh học nhỏ giọt với vật liệu Bio-ball và xốp đen để xử lý nước "
        "thải chăn nuôi.",
    ),
    (
        "lZo113",
        "en",
        "castlewater",
        "Water retail and smart meters for hairdressing salons",
        "Castle Water (UK) notes that salon effluent counts as ordinary sewage needing no trade-effluent consent, "
        "then helps salons cut bills: a running tap uses about 6 litres a minute, so turning taps off and fitting "
        "a smart meter to track use and spot leaks saves money.",
    ),
    # hair dye allergy
    (
        "lZo114",
        "en",
        "mmoww_color",
        "Hair colour allergy management procedures for salons",
        "Procedure pack on PPD allergy, which affects about 2–5% of people: patch test 48 hours before every "
        "colour service even for regulars, correct reading, stock of PPD-free and low-PPD colours, signs of "
        "reaction during application and an emergency plan for severe cases.",
    ),
    (
        "lZo115",
        "en",
        "lww_aat",
        "Validated allergy alert test protocol for PPD-allergic hair dye users",
        "Dermatology study (Dermatitis, 2018) of a self-test: open application for 45 minutes after mixing with "
        "developer, on forearm and behind the ear, with 0.05–2% PPD; reactions noticed by 90.5% (forearm) and 93% "
        "(ear) of PPD-positive subjects and by none of 48 controls.",
    ),
    (
        "lZo116",
        "vi",
        "miyu_patch",
        "Quy trình thử dị ứng thuốc nhuộm sau tai trước khi nhuộm",
        "Salon hướng dẫn test da trước khi nhuộm: chấm một điểm thuốc sau tai, lau sau 40–45 phút, không rửa, không "
        "che trong 48 giờ; nếu rát, phồng rộp, khó thở thì lau sạch bằng nước và đi khám. PPD có thể gây dị ứng bất "
        "cứ lúc nào và mỗi hãng pha thêm thành phần khác nhau.",
    ),
    (
        "lZo117",
        "en",
        "hatstand_patch",
        "Allergy alert test 2–5 days before colour",
        "Salon policy: an allergy alert test 2–5 days before any colour if none in the last 12 months or on a "
        "first visit; warns that PPD in illegal black-henna tattoos and some permanent make-up raises the risk of "
        "reacting to hair colour.",
    ),
    # hair and salon waste recycling
    (
        "lZo118",
        "en",
        "greengrommers",
        "Hair and metal recycling service for salons (Green Salon Collective)",
        "Green Salon Collective collects separated hair, metals and recyclables from salons and reuses hair in "
        "over 10 ways: industrial and local composting with farmers and gardeners, hair booms and mats for "
        "waterway clean-ups; starter kits for hair and metals.",
    ),
    (
        "lZo119",
        "en",
        "cumeu_ssa",
        "Sustainable Salons: resource recovery for hair, foils and chemicals",
        "Sustainable Salons Australia collects hair, paper, plastics, aluminium foil, colour tubes, chemicals, "
        "razors and tools from more than 450 member salons; aluminium is recycled indefinitely and clippings are "
        "packed into booms that soak up oil spills.",
    ),
    (
        "lZo120",
        "en",
        "gardenbotany",
        "Composting hair and nail waste from salons",
        "Guide to composting salon hair and nail clippings: keratin breaks down slowly but adds nitrogen and trace "
        "elements, aerobic composting avoids the methane produced in landfills, and finished compost improves soil "
        "structure and water retention.",
    ),
    (
        "lZo121",
        "en",
        "thecooldown",
        "Hair booms that absorb oil spills",
        "Hair recycling explained: booms are cotton or nylon tubes packed with hair that float and soak up oil "
        "(hair holds up to five times its weight), a renewable alternative to polypropylene sorbents; Green Salon "
        "Collective says 99% of trimmings go to landfill in plastic bags.",
    ),
    (
        "lZo122",
        "en",
        "anthroevolve",
        "Using salon hair as compost and oil sponge, with caution on treated hair",
        "Cooperative brief: North American salons discard about 63,000 pounds of hair a day; hair is a slow-release "
        "nitrogen source for compost and an oil sorbent, but bleached, permed or vividly dyed hair may carry "
        "chemicals and metals and is best kept out of food-garden compost.",
    ),
    (
        "lZo123",
        "vi",
        "docz_kcn",
        "Thiết kế hệ thống xử lý nước thải khu công nghiệp 5.000 m3/ngày",
        "Đồ án tốt nghiệp (ĐH Sư phạm Kỹ thuật Hưng Yên) thiết kế công nghệ xử lý nước thải khu công nghiệp tập "
        "trung công suất 5.000 m3/ngày đêm.",
    ),
    (
        "lZo124",
        "vi",
        "docz_dulich",
        "Thiết kế hệ thống xử lý nước thải khu du lịch 1.500 m3/ngày",
        "Khóa luận kỹ thuật môi trường (ĐH Nông Lâm TP.HCM, 2023) đề xuất hai phương án, tính toán công trình, dự "
        "toán và bản vẽ hệ xử lý nước thải cho khu du lịch sinh thái Bãi Lữ công suất 1.500 m3/ngày đêm.",
    ),
    (
        "lZo125",
        "vi",
        "ctnh_hientrang",
        "Tiểu luận: hiện trạng quản lý chất thải nguy hại ở Việt Nam",
        "Tiểu luận (ĐH Công nghiệp TP.HCM, 2011) tổng quan vấn đề chung và hiện trạng thu gom chất thải rắn, chất "
        "thải nguy hại ở Việt Nam.",
    ),
    (
        "lZo126",
        "en",
        "bistrolafolie",
        "Rules for disposing of chemicals into laboratory drains",
        "University appendix on laboratory drain disposal: limits set by the local wastewater treatment "
        "facility, chemical surplus recycling, bans on storm-sewer disposal and who to ask before pouring lab "
        "chemicals down campus drains.",
    ),
    (
        "lZo127",
        "vi",
        "sieuthipdf_asen",
        "Đánh giá rủi ro ô nhiễm asen trong nước ngầm",
        "Luận văn thạc sĩ (ĐH Công nghiệp TP.HCM, 2019) đánh giá rủi ro môi trường và sức khỏe do asen trong nước "
        "tại huyện Krông Nô, Đắk Nông.",
    ),
    # booking and management software
    (
        "lZo128",
        "en",
        "easyappointments",
        "Easy!Appointments: free self-hosted booking system",
        "Open-source appointment scheduler installed on your own server: customer and appointment management, "
        "services and providers, working plans and booking rules, Google Calendar sync, email notifications and a "
        "translated multi-language interface; free for commercial use, Docker setup available.",
    ),
    (
        "lZo129",
        "en",
        "openreserve",
        "OpenReserve: single-host Calendly alternative",
        "Self-hosted scheduling tool on Next.js and SQLite: set weekly hours, share one booking URL, visitors pick "
        "a slot in their time zone; slot generator with buffer minutes and a database-level check so nothing is "
        "double-booked; running in about 60 seconds, single host, no login.",
    ),
    (
        "lZo130",
        "en",
        "stylera",
        "Scheduling and reminder software to cut salon no-shows",
        "Stylera shows salons lose 10–20% of booked revenue to no-shows (e.g. about 36,400 USD a year for a "
        "4-chair salon) and that automated reminders cut no-show rates from 10–15% to 3–5%; reminder cadences, "
        "scheduling features and waitlist refill of freed slots.",
    ),
    (
        "lZo131",
        "en",
        "salon360",
        "Salon software with smart reminders, deposits and cancellation policy",
        "Salon360 uses automated confirmations and reminders, deposits and clear cancellation policies to reduce "
        "no-shows caused by forgetting, early bookings, lack of commitment or confirmation, improving retention and "
        "protecting revenue.",
    ),
    (
        "lZo132",
        "en",
        "ailivefeed",
        "SMS appointment reminders for salons",
        "Reminder tool sending SMS (98% open rate against about 20% for email) 48 hours and 2–3 hours before the "
        "appointment, with two-way replies to confirm or cancel; one 48-hour reminder cuts no-shows by 20–30%; "
        "salons without reminders see 10–20% no-shows.",
    ),
    (
        "lZo133",
        "vi",
        "koder_chinhanh",
        "Xây dựng ứng dụng web quản lý salon nhiều chi nhánh",
        "Tư vấn lập kế hoạch và xây dựng web app cho chuỗi salon: đặt 3–5 mục tiêu đo được, vai trò từng người, dữ "
        "liệu chi nhánh, nhân viên, dịch vụ, khách; mô hình hóa tài nguyên (ghế, phòng nhuộm) để tránh đặt trùng, "
        "luân phiên nhân viên, phân quyền và báo cáo doanh thu theo chi nhánh.",
    ),
    (
        "lZo134",
        "vi",
        "koder_nail",
        "Ứng dụng web đặt lịch cho salon móng địa phương",
        "Thiết kế ứng dụng web cho tiệm nail: đặt lịch và lịch làm việc chống đặt trùng, tính thời lượng dịch vụ và "
        "thời gian đệm dọn dẹp, thanh toán và biên lai, lịch sử khách hàng; tối ưu cho lúc bận nhất có khách vãng "
        "lai, hai cuộc gọi và thanh toán cùng lúc.",
    ),
    (
        "lZo135",
        "vi",
        "ezs",
        "Phần mềm EZS quản lý spa, salon: hoa hồng, kho, app khách hàng",
        "EZS cấu hình thương hiệu, nhiều cơ sở, cấp bậc nhân viên hưởng lương và hoa hồng khác nhau, phân loại thu "
        "chi, đơn vị nhập kho sản phẩm và nguyên vật liệu, thanh toán chuyển khoản, app khách hàng trên App Store và "
        "Google Play, thông báo Firebase, kết nối camera AI Hanet nhận diện khách.",
    ),
    (
        "lZo136",
        "vi",
        "oneoffice_hrm",
        "Phần mềm nhân sự (HRM) cho spa, thẩm mỹ viện",
        "1Office so sánh 8 phần mềm HRM cho ngành spa; giải pháp 1HRM tính lương, hoa hồng theo KPI, doanh số, chấm "
        "công GPS/FaceID, quản lý ca kíp, đánh giá năng lực và đào tạo, tuyển dụng có AI, cho chuỗi thẩm mỹ viện.",
    ),
    (
        "lZo137",
        "vi",
        "misa_spa",
        "Phần mềm kế toán MISA cho hộ kinh doanh spa",
        "MISA giúp hộ kinh doanh spa 3–5 giường theo dõi doanh thu, chi phí, dòng tiền, nghĩa vụ thuế và kê khai "
        "đúng quy định, đồng thời quản lý dịch vụ, liệu trình, khách hàng; giảm sai sót ghi chép thủ công.",
    ),
    (
        "lZo138",
        "en",
        "webchewy",
        "Reminder systems for dog grooming appointments",
        "Guide for dog-grooming salons on reminder sequences: confirmation right after booking, 48-hour and "
        "same-morning reminders, SMS versus email versus app push, and timing gaps that avoid irritating pet "
        "owners.",
    ),
    (
        "lZo139",
        "en",
        "groomer_io",
        "Groomer.io no-show flag for pet groomers",
        "Pet-grooming software feature that shows, while booking, whether the customer missed the last "
        "appointment, so the groomer can add a no-show fee or offer less desirable times.",
    ),
    (
        "lZo140",
        "vi",
        "myspa_doc",
        "MySpa: phần mềm thay sổ tay, Excel trong vận hành spa, salon",
        "MySpa xử lý các điểm yếu của spa, salon nhỏ: đặt lịch tự động cảnh báo trùng giờ kỹ thuật viên và báo slot "
        "trống, tự nhắc lịch khách để giảm no-show, cập nhật tồn kho mỹ phẩm khi nhập và khi dùng trong liệu trình, "
        "cảnh báo tồn kho thấp.",
    ),
    # training
    (
        "lZo141",
        "vi",
        "baohanam_salon",
        "Salon nhận đào tạo nghề cắt tóc tại cơ sở",
        "Salon tóc Anh Cường (Phủ Lý, Hà Nam) vừa phục vụ khách vừa dạy nghề tóc: có phòng học riêng với bàn ghế, "
        "bảng, học cụ, quy trình bài bản như trường nghề, dạy cả đạo đức nghề; mỗi năm đào tạo khoảng 10 người thành "
        "nghề.",
    ),
    (
        "lZo142",
        "vi",
        "thanhhoa_lamdep",
        "Mô hình lớp dạy nghề làm đẹp miễn phí cho phụ nữ",
        'Trung tâm Hỗ trợ và phát triển phụ nữ tỉnh Thanh Hóa tổ chức dự án "Làm đẹp để sống – Sống để làm đẹp": '
        "dạy miễn phí làm tóc, móng, trang điểm, tuyển qua phỏng vấn, học hơn 3 tháng; học viên 40 tuổi đã tự mở "
        "tiệm tóc, móng đông khách.",
    ),
    (
        "lZo143",
        "vi",
        "sggp_sacdep",
        "Đào tạo chăm sóc sắc đẹp trung cấp và sơ cấp",
        "Trường Trung cấp quốc tế Khôi Việt (TP.HCM) đào tạo chăm sóc sắc đẹp hệ trung cấp 1,5 năm; hệ sơ cấp, ngắn "
        "hạn 3–6 tháng chia thành nghề phun thêu xăm, chăm sóc da, vẽ móng nghệ thuật, trang điểm, thiết kế và tạo "
        "mẫu tóc; học viên có thể tự mở cơ sở.",
    ),
    (
        "lZo144",
        "vi",
        "giaoduc_massage",
        "Chương trình cao đẳng chăm sóc sức khỏe, thẩm mỹ, massage trị liệu",
        "Trường CĐ Kỹ nghệ 2 mở bộ môn chăm sóc sức khỏe và thẩm mỹ: chăm sóc da, móng, tóc, massage trị liệu, phun "
        "xăm, trang điểm; tuyển sơ cấp, trung cấp, cao đẳng, chính quy 2 năm, vừa học vừa làm 2,5 năm; xây chương "
        "trình cùng doanh nghiệp và tham khảo Mỹ, Nhật, Hàn.",
    ),
    (
        "lZo145",
        "vi",
        "nld_sacdep",
        "Ngành chăm sóc sắc đẹp cao đẳng, có cơ sở tại Cần Thơ",
        "Trường CĐ Công nghệ Sài Gòn tuyển sinh ngành chăm sóc sắc đẹp từ 2024, cơ sở TP Cần Thơ được quan tâm nhiều "
        "hơn TP.HCM; chương trình da, tóc, thẩm mỹ; hợp tác với Hiệp hội Thẩm mỹ Toàn diện Nhật Bản và doanh nghiệp "
        "Nhật; có cả lớp ngắn hạn.",
    ),
    (
        "lZo146",
        "vi",
        "hoanmy",
        "Đào tạo kỹ thuật viên chăm sóc da",
        "Hoàn Mỹ Academy đào tạo kỹ thuật viên chăm sóc da: phân tích da, làm sạch, tẩy tế bào chết, xông hơi, hút bã "
        "nhờn, massage, đắp mặt nạ, kỹ thuật chuyên sâu như lăn kim, điện di, phi kim, laser, ánh sáng sinh học; hướng "
        "dẫn khách chăm sóc tại nhà.",
    ),
    (
        "lZo147",
        "vi",
        "danviet_sacdep",
        "Khoa chăm sóc sắc đẹp trường cao đẳng nghề",
        "Trường CĐ nghề Công nghệ cao Hà Nội đào tạo chăm sóc da 2–3 năm, kèm kỹ năng tư vấn, ứng xử với khách, cập "
        "nhật xu hướng làm đẹp, giảng viên từ các nước có thương hiệu làm đẹp.",
    ),
    (
        "lZo148",
        "vi",
        "job3s_spa",
        "Sàn tuyển dụng việc làm kỹ thuật viên spa",
        "Job3s đăng tin tuyển kỹ thuật viên spa (chăm sóc da, nail, phun xăm, nối mi, massage), lương 5–60 triệu "
        "đồng/tháng tùy kinh nghiệm; dự báo gần 10.000 thẩm mỹ viện, spa vào năm 2025.",
    ),
    # equipment, water, hot water, production lines
    (
        "lZo149",
        "vi",
        "minhthi_ghe",
        "Ghế cắt tóc, nội thất salon và hướng dẫn bảo quản",
        "Nội Thất Minh Thi cung cấp ghế cắt tóc cho salon, spa và hướng dẫn kéo dài tuổi thọ: lau khô hằng ngày, "
        "tránh chất tẩy mạnh làm hỏng da, simili, tránh nơi ẩm và nắng trực tiếp, xử lý khi ghế hư hỏng.",
    ),
    (
        "lZo150",
        "vi",
        "greenheat",
        "Máy nước nóng bơm nhiệt (heat pump) tiết kiệm 60–70% điện",
        "Green Heat cung cấp hệ nước nóng heat pump hút nhiệt từ không khí, COP 3,5–4,2; hệ 300 lít giá 25–40 triệu "
        "đồng so với bình nóng lạnh 100 lít 5–8 triệu, phục vụ liên tục 4–6 điểm dùng, tiết kiệm 60–70% điện, ít hỏng "
        "vặt; kèm bài toán hoàn vốn.",
    ),
    (
        "lZo151",
        "vi",
        "megasun_dacdiem",
        "Tư vấn bơm nhiệt so với bình nóng lạnh",
        "Megasun giới thiệu đặc điểm máy bơm nhiệt và so sánh với bình nóng lạnh điện trở về chi phí đầu tư, điện "
        "năng, độ bền, giúp cơ sở dùng nhiều nước nóng chọn phương án đun nước.",
    ),
    (
        "lZo152",
        "vi",
        "nailsmag_water",
        "Giải pháp tiết kiệm nước cho salon: đầu vòi sục khí lưu lượng thấp",
        "Gắn đầu vòi sục khí lưu lượng thấp giảm đến 50% lưu lượng mà dòng vẫn mạnh, giá rẻ, mua ở cửa hàng điện "
        "nước; đặt chai nước vào két toilet tiết kiệm 1–2 gallon mỗi lần xả (két cũ dùng 7 gallon); chương trình "
        "tiết kiệm nước làm khách quý salon xanh.",
    ),
    (
        "lZo153",
        "en",
        "hji_water",
        "Salon water-saving checklist",
        "Hairdressing guidance: read and understand the water meter, fix dripping taps (up to four litres a day), "
        "keep water off between shampoo and conditioner (five litres a minute wasted), fit a restrictor valve on "
        "high-pressure backwash units, cistern displacement devices and dry floor cleaning first.",
    ),
    (
        "lZo154",
        "en",
        "econologic",
        "Efficient shower heads and faucet restrictors",
        "Supplier of efficient shower heads and faucet restrictors: showers are the largest water outlet, so "
        "efficient heads cut water bills and the energy and sewage costs of heating water, with worked savings "
        "examples that show payback.",
    ),
    (
        "lZo155",
        "en",
        "spfinance",
        "Green tip: turn off the shower while you lather",
        "Personal-finance blog tip: turn the tap off while lathering shampoo at home, and consider a low-flow "
        "showerhead.",
    ),
    (
        "lZo156",
        "en",
        "yuxiang",
        "Liquid soap mixing: formulation, mixing, QC and packaging",
        "Machinery maker describing liquid soap production: formulate surfactants, thickeners and fragrance for "
        "pH, foam and skin compatibility; blend in vessels with high-speed mixers under controlled time and "
        "temperature; sample for pH, viscosity and purity; fill bottles, pumps or dispensers.",
    ),
    (
        "lZo157",
        "en",
        "genemco",
        "Shampoo manufacturing equipment: tanks, reactors, filters, fillers",
        "Genemco supplies processing equipment for shampoo: stainless mixing tanks and reactors with metered "
        "addition of surfactants, preservatives and fragrance, filters for refining, filling, capping and labelling "
        "machines, with quality checks along the line.",
    ),
    (
        "lZo158",
        "en",
        "jinzong",
        "Agitators and mixers for cosmetic creams and syrups",
        "Industrial mixer maker: top, side and bottom-entry agitators with motor, gears, seals and impellers for "
        "emulsification, blending and slurries; examples are cosmetic creams (oils, emollients, waxes, butters, "
        "clay) and pharmaceutical syrups of about 85% sugar.",
    ),
    (
        "lZo159",
        "vi",
        "acemixing",
        "Bồn khuấy nhũ hóa chân không cho lotion, kem dưỡng",
        "Thiết bị pha lotion: nồi hai vỏ gia nhiệt, cánh khuấy neo, máy cắt cao tốc rotor-stator và hút chân không; "
        "phân tán bột không vón, nhũ hóa pha dầu và nước ổn định, kiểm soát nhiệt khi đun và làm nguội, khử bọt khí; "
        "chọn theo công thức, cỡ mẻ và cửa sổ công nghệ.",
    ),
    (
        "lZo160",
        "en",
        "wahal",
        "Compounding equipment and process for shampoos and body washes",
        "Wahal Engineers outline shampoo making: about 80% water, 10–15% detergents, 5–10% foam boosters plus "
        "thickeners, conditioners and preservatives; compounding in stainless tanks of 3,000 litres or more with "
        "computer-controlled mixing, QC for pH, viscosity, colour and odour, then holding tank and filling.",
    ),
    # essential oil distillation
    (
        "lZo161",
        "vi",
        "kag_noi100",
        "Nồi chưng cất tinh dầu 50–100 lít bằng inox 304",
        "KAG Việt Nam bán nồi chưng cất tinh dầu 50–100 lít, điện 220/380 V, điện trở 4–7 kW, inox SUS304 ba lớp, bảo "
        "hành 1 năm; hướng dẫn chưng sả 180–200 kg nguyên liệu cho 1.000 lít nồi, 3–4 giờ/mẻ, 70–75 °C rồi 80–85 °C, "
        "nước ngưng 30–40 °C.",
    ),
    (
        "lZo162",
        "vi",
        "xuyena_sa",
        "Quy trình chưng cất tinh dầu sả hiệu suất cao",
        "Hướng dẫn chưng cất sả: lá sả thu 40–45 ngày một lứa, năng suất 50 tấn lá/ha, hàm lượng tinh dầu 0,7–1,5% "
        "(geraniol 23%, citronellal 32–35%); phơi héo còn 50% ẩm giảm 35% nhiên liệu và 27% thời gian; 180–200 kg "
        "cho nồi 1.000 lít, 2,5–3 giờ/mẻ.",
    ),
    (
        "lZo163",
        "vi",
        "kag_sa",
        "Mô hình khởi nghiệp trồng sả, chưng cất tinh dầu, tận dụng bã",
        "Mô hình khép kín trồng sả chanh, chưng cất tinh dầu, phơi bã còn 20% ẩm làm đệm lót sinh học, phân hữu cơ, "
        "giá thể nấm rơm; sả chịu được đất nhiễm mặn ở Tiền Giang, Vĩnh Long; KAG cung cấp thiết bị chưng cất.",
    ),
    (
        "lZo164",
        "vi",
        "hutech_sa",
        "Thông số chưng cất tinh dầu sả đạt geraniol theo ISO 3848",
        "Nghiên cứu tối ưu chưng cất lôi cuốn hơi nước trực tiếp sả hương Tây Giang: 116±1 °C, 1,2±0,05 atm, 126±1 "
        "phút cho hàm lượng tinh dầu 0,94% và geraniol 20,17%, đạt TCVN 11426:2016 (ISO 3848:2016) với citronellal "
        "31–40%, geraniol 20–25%; làm cơ sở sản xuất quy mô công nghiệp xuất khẩu.",
    ),
    (
        "lZo165",
        "vi",
        "docz_sachanh",
        "Khóa luận: thành phần hóa học tinh dầu sả chanh ở Cẩm Lệ",
        "Khóa luận cử nhân (ĐH Sư phạm Đà Nẵng) chiết tách và xác định thành phần hóa học tinh dầu sả chanh trồng ở "
        "quận Cẩm Lệ, Đà Nẵng; nêu công dụng tinh dầu sả trong xà phòng, dầu gội, thuốc diệt côn trùng.",
    ),
]
