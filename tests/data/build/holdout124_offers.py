"""Offers of the holdout124 labelled set (street food, food carts and small eateries).

Rows: (id, language, source key, title, description). Each row paraphrases the page behind its source key.
"""

OFFERS = [
    # --- cart and kiosk design ---
    (
        "mVo001",
        "en",
        "cart_visualfoodie",
        "Stainless steel food cart layout design with separated hot and cold stations",
        "Design consultancy for vendors planning a stainless cart. We lay out the work zones so the grill never sits "
        "beside the cold prep area without a barrier, specify non-porous food-grade steel that is easy to sanitise, and "
        "draw a workflow that speeds up service and is ready for a health inspection. Based on twenty years of "
        "commercial kitchen consulting.",
    ),
    (
        "mVo002",
        "en",
        "cart_eatsip",
        "Custom-built stainless carts sized to your menu and workflow",
        "Fabrication service that designs each cart around the vendor's own menu rather than selling a standard "
        "hot-dog cart. Counter heights are set so the operator does not stoop, containers are placed within reach, and "
        "storage follows the order of preparation; a well planned custom layout can roughly double output at rush hour. "
        "All food-contact and prep surfaces are stainless steel.",
    ),
    (
        "mVo003",
        "vi",
        "cart_reltix",
        "Thiết kế, chế tạo xe đẩy bán thức ăn khung ống kim loại nhẹ, tấm hông in logo",
        "Xưởng nhận đóng xe đẩy bán hàng rong có khung ống kim loại chắc nhưng đủ nhẹ để kéo đi hằng ngày, cửa tủ chịu "
        "đóng mở liên tục, sàn đứng chịu được người đứng bán nhiều giờ. Tấm hông có nhiều màu và gắn được logo, hình sản "
        "phẩm; mái che làm theo yêu cầu để thu hút khách. Thiết kế tính trước yêu cầu điện, phòng cháy và vệ sinh nếu chế "
        "biến tại chỗ.",
    ),
    (
        "mVo004",
        "vi",
        "cart_ckauto",
        "Xe đẩy inox chống gỉ dùng cho chế biến và phục vụ tại chỗ",
        "Cung cấp xe đẩy bán thức ăn làm hoàn toàn bằng thép không gỉ: khung, mặt bàn, kệ và cả khu nấu. Vật liệu chống "
        "ăn mòn, dễ lau rửa, giữ vẻ chuyên nghiệp lâu năm. Xe dùng được để sơ chế, nấu (vỉ nướng, bếp chiên, lò), bày "
        "bán và làm luôn điểm thu tiền di động.",
    ),
    (
        "mVo005",
        "en",
        "cart_wikimili",
        "Advice on kiosk-window versus side-serve cart configuration",
        "Configuration advice for new vendors choosing a cart body. There are two basic styles: one where the seller "
        "sits or stands inside and serves through a window, and one where the seller stands beside the cart and the "
        "whole body holds storage and the cooking equipment, usually a griddle. We help pick the style from the dishes "
        "you sell; carts differ from food trucks in having no engine and being pushed or towed.",
    ),
    (
        "mVo006",
        "vi",
        "cart_booth",
        "Thiết kế ki-ốt, booth bán hàng di động và quầy container",
        "Nhận thiết kế booth bán bỏng ngô, kẹo bông, gà rán, quầy trong trung tâm thương mại, booth hội chợ lắp ráp "
        "nhanh và quán cà phê container. Có mẫu ki-ốt người bán đứng bên trong phục vụ qua cửa sổ và mẫu toàn bộ thân "
        "quầy dùng làm kho, đặt bếp nướng; có phương án gắn với xe đạp.",
    ),
    (
        "mVo007",
        "vi",
        "cart_banhxe",
        "Cung cấp bánh xe đẩy các cỡ cho xe bán hàng",
        "Cửa hàng bánh xe đẩy ở khu Chợ Lớn có đủ loại: cỡ nhỏ 5–6 cm cho chân bàn tủ, cỡ trung 8–10 cm cho xe chở "
        "khoảng 50–60 kg, cỡ lớn 15–20 cm cho xe trên dưới 100 kg, và loại cao su đặc dày 60 mm, đường kính 325 mm chịu "
        "tới 200 kg. Vòng bánh bằng cao su đặc đen, nhựa PA trắng vàng hoặc nhựa PP xanh; hàng Việt Nam và Trung Quốc giá "
        "phải chăng.",
    ),
    (
        "mVo008",
        "en",
        "cart_nycip",
        "Solar-hybrid vending cart with onboard kitchen, leased to vendors",
        "A cart maker offers fully equipped sidewalk carts whose kitchen and ventilation run on rooftop solar panels and "
        "a rechargeable battery, with a natural-gas generator as backup; a card-payment terminal is built in. In a city "
        "pilot 500 such carts were leased at no cost for five years, the first 100 to disabled veterans. Claimed cuts: "
        "60 % of greenhouse gas and 95 % of nitrous oxide versus conventional carts.",
    ),
    (
        "mVo009",
        "vi",
        "cart_fastco",
        "Xe bán hàng lai năng lượng mặt trời, pin lithium, giảm khói máy phát",
        "Mẫu xe bán hàng thu điện từ tấm pin mặt trời trên mái, trữ vào pin lithium; khi điện áp pin xuống thấp thì máy "
        "phát chạy khí tự động bật. Nhờ có điện ổn định, tủ lạnh trên xe được chạy đủ lâu, tránh tình trạng người bán tắt "
        "tủ để tiết kiệm nhiên liệu. Một khảo sát xe bán rong cho thấy xe dùng máy phát, bình khí thải CO cao gấp 42 lần "
        "chuẩn.",
    ),
    (
        "mVo010",
        "en",
        "cart_festibio",
        "Starter solar kit for carts and mobile food units",
        "Supply and fitting of a basic solar set for mobile food vendors: two 100 W panels, an inverter, a charge "
        "controller and batteries for under 1,000 USD. It runs lights and refrigeration that would otherwise need a "
        "diesel generator; it does not remove all fuel use, but the set usually pays back in about 4–5 months.",
    ),
    (
        "mVo011",
        "vi",
        "cart_psfk",
        "Quầy hàng rong nấu bằng năng lượng mặt trời",
        "Nhóm chuyên gia về nấu ăn bằng năng lượng mặt trời phát triển quầy bán thức ăn đường phố có tấm pin trên mái để "
        "làm nóng món ăn, thay cho than hoặc gas. Giải pháp dùng nắng sẵn có ở các khu ăn uống ngoài trời, giảm chi phí "
        "và bớt rủi ro chở nhiên liệu dễ cháy.",
    ),
    (
        "mVo012",
        "en",
        "cart_marketguide",
        "Solar power systems replacing generators on food trucks",
        "Solar installations sized for food trucks: panels, storage and inverters able to run fridges and even full "
        "cooking equipment silently. The pitch: a generator-run truck emits about 9.1 t of CO2 a year, spends around "
        "50 USD a day on fuel and 1,200 USD a year on maintenance, and can exceed 80 dB of noise.",
    ),
    # --- hygiene: hand washing ---
    (
        "mVo013",
        "en",
        "hyg_swireinn",
        "Portable hand-washing sinks for food carts",
        "Range of compact hand sinks for carts and food trucks, built in 22-gauge stainless steel (type 430 or 304) with "
        "standard 10 x 14 x 5 in or space-saving 9 x 9 x 5 in bowls and their own water management. Units are chosen to "
        "meet health-department rules such as one hand sink per five workers and dedicated sinks near prep areas.",
    ),
    (
        "mVo014",
        "vi",
        "hyg_winenfood",
        "Trạm rửa tay di động đạp chân, bồn nước sạch 19–95 lít",
        "Cung cấp trạm rửa tay di động có bơm đạp chân, không phải chạm tay vào vòi nên tránh nhiễm chéo. Bồn nước sạch "
        "có cỡ nhỏ 5–10 gallon (khoảng 19–38 lít) cho sạp nhỏ và cỡ vừa 15–25 gallon (khoảng 57–95 lít) cho quầy ở chợ, "
        "hội chợ; kèm bình chứa nước thải để không tràn ra nền.",
    ),
    (
        "mVo015",
        "en",
        "hyg_baltporta",
        "Portable hand-wash station rental for outdoor food events",
        "Rental of wheeled plastic hand-wash stations for events where food is served and no plumbing exists. Each unit "
        "has a fresh-water tank, a removable grey-water tank, a foot pump for the tap, a soap dispenser and paper towels; "
        "most need no electricity. Delivered, refilled and emptied by our crew.",
    ),
    (
        "mVo016",
        "vi",
        "hyg_jamaica",
        "Hướng dẫn tự làm điểm rửa tay từ xô có vòi gắn vào xe bán hàng",
        "Chương trình y tế cộng đồng hướng dẫn người bán hàng rong cách rẻ nhất để có chỗ rửa tay: gắn vòi vào xô hoặc "
        "thùng chứa, treo lên xe. Kèm kiến thức cơ bản về giữ lạnh sốt mayonnaise, thẻ người chế biến thực phẩm và lưu ý "
        "khi không có nước sạch tại điểm bán.",
    ),
    # --- hygiene: training and management ---
    (
        "mVo017",
        "en",
        "hyg_fao_module3",
        "Training module on hygiene of street-food preparation premises and equipment",
        "A training module for street food operators, following the FAO street-vendor curriculum: choosing and "
        "organising a clean work site, pest control, waste and wastewater management, the equipment and utensils "
        "needed, and how to clean, sanitise and store them. Trainees learn why equipment and hygiene rules protect food "
        "safety.",
    ),
    (
        "mVo018",
        "vi",
        "hyg_tastyigniter",
        "Tư vấn kiểm soát bốn nhóm rủi ro an toàn thực phẩm cho quầy thức ăn đường phố",
        "Tài liệu và tư vấn giúp người bán thức ăn đường phố kiểm soát bốn điểm nguy cơ chính: thao tác chế biến, kiểm "
        "soát nhiệt độ, nguồn nước bẩn và vệ sinh cá nhân. Kèm số liệu: khoảng 2,5 tỷ người ăn thức ăn đường phố mỗi ngày, "
        "bệnh do thực phẩm tốn khoảng 15 tỷ USD chi phí điều trị mỗi năm.",
    ),
    (
        "mVo019",
        "en",
        "hyg_brainmelted",
        "Hand hygiene coaching for vendors, including after handling money",
        "Short coaching session for stall staff on when to wash hands (before preparing food, after raw food, after the "
        "toilet, after touching face or hair, after handling money) and how: soap and clean running water, at least 20 "
        "seconds of scrubbing, rinse and dry with a clean towel. Where water is short, sanitiser of at least 60 % "
        "alcohol; gloves never replace washing.",
    ),
    # --- hygiene: cold holding ---
    (
        "mVo020",
        "en",
        "hyg_exaros_cooler",
        "Cooler management plan for carts with little or no refrigeration",
        "Guidance service for mobile vendors relying on coolers: sort perishables by spoilage risk, use gasketed coolers "
        "with reflective lids, pre-chill stock before loading, keep 0.5–4 °C, and log readings from a calibrated "
        "thermometer at the start, middle and end of each shift. Raw and ready-to-eat items are kept apart; phase-change "
        "packs or dry ice cover long gaps between restocks.",
    ),
    (
        "mVo021",
        "vi",
        "hyg_streetfoodblog",
        "Tập huấn thói quen giữ lạnh tại quầy: thùng đá, chậu đá, đóng mở nắp",
        "Buổi hướng dẫn ngắn giúp người bán nhận biết cách giữ lạnh đúng: thực phẩm phải nằm trong đá chứ không đặt trên "
        "miệng thùng, đá tan thành nước phải bổ sung, không mở nắp lục tìm lâu, tách đồ sống khỏi đồ ăn ngay, có nhiệt kế "
        "que rẻ tiền để kiểm tra. Thông điệp chính: giữ lạnh là thói quen, không chỉ là thiết bị.",
    ),
    # --- hygiene: ice and water ---
    (
        "mVo022",
        "vi",
        "hyg_phatanhtien",
        "Cung cấp nước đá tinh khiết đạt QCVN 10:2011/BYT cho quán ăn, quán nước",
        "Cơ sở sản xuất nước đá viên và đá ống từ nước đã lọc tinh khiết, dùng liền không cần xử lý thêm. Sản phẩm kiểm "
        "soát theo 5 chỉ tiêu vi sinh của QCVN 10:2011/BYT: E. coli hoặc coliform chịu nhiệt không phát hiện, coliform "
        "tổng số, liên cầu phân, Pseudomonas aeruginosa và bào tử vi khuẩn kỵ khí khử sulfit.",
    ),
    (
        "mVo023",
        "en",
        "hyg_ice_quangbinh",
        "Microbial testing of ready-to-use ice for food businesses",
        "A public-health team that surveyed ready-to-use ice makers in Quảng Bình offers sampling and testing of ice. "
        "In its survey all plants held food-safety certificates and filtered their water (65 % also used ozone, 10 % "
        "chlorine), yet 6 of 20 samples (30 %) failed: 20 % for E. coli and 30 % for coliforms and faecal streptococci.",
    ),
    (
        "mVo024",
        "vi",
        "hyg_ice_hanoi",
        "Đánh giá chất lượng nước đá dùng liền và các yếu tố ảnh hưởng",
        "Nhóm nghiên cứu y tế công cộng nhận lấy mẫu, xét nghiệm nước đá theo QCVN 10-1:2011/BYT và chỉ ra khâu gây "
        "nhiễm. Trong khảo sát 70 cơ sở tại Hà Nội, 75,71 % mẫu nhiễm vi sinh; liên cầu phân gặp nhiều nhất (54,29 %), "
        "E. coli ít nhất (4,29 %); không mẫu nào vượt ngưỡng clo dư.",
    ),
    (
        "mVo025",
        "en",
        "hyg_ro_enterbuy",
        "Reverse-osmosis water purifier installation for small eateries",
        "Supply and installation of RO purifiers: a 5 µm PP pre-filter for rust, mud and suspended matter, carbon stages, "
        "and an RO membrane with 0.0001 µm pores that removes most heavy metals, chemicals and microbes. Standard units "
        "have five stages, more depending on the source water; we explain the wiring and which cartridges to change.",
    ),
    (
        "mVo026",
        "vi",
        "hyg_ro_cafethaomoc",
        "Tư vấn chọn máy lọc nước RO và màng lọc chính hãng",
        "Trung tâm kỹ thuật tư vấn cấu tạo máy lọc RO, bộ phận nào cần thay định kỳ và cách nhận biết màng lọc thật: màng "
        "Filmtec của DOW (Mỹ) dùng trong nhiều máy lắp ráp trong nước, màng Vortex của Kangaroo, màng Toray cho Jenpec, màng "
        "side-stream cho AO Smith.",
    ),
    # --- hygiene: dishwashing ---
    (
        "mVo027",
        "en",
        "hyg_hotel_sinks",
        "Industrial three-compartment sinks for 3–5 star hotel kitchens",
        "Stainless 304 industrial sinks for hotel kitchens run under one-way flow and HACCP: single bowls for staff and "
        "tools, double bowls for wash and rinse, and three-bowl units (rough wash, wash, sanitise) that are mandatory in "
        "4–5 star kitchens, plus drainboard models.",
    ),
    (
        "mVo028",
        "vi",
        "hyg_giacong_sinks",
        "Gia công chậu rửa inox 304 theo kích thước bếp",
        "Xưởng cơ khí gia công chậu rửa inox 304 dày từ khoảng 1,2 mm, lòng sâu 12–14 inch, đáy dốc thoát nước nhanh, loại "
        "1, 2 hoặc 3 hộc theo đúng mặt bằng bếp. Miễn phí bản vẽ 2D/3D, báo giá tại xưởng, nhận lắp đặt tại công trình.",
    ),
    (
        "mVo029",
        "vi",
        "hyg_cafef_dish",
        "Hướng dẫn quy trình rửa chén bát hợp vệ sinh cho quán ăn",
        "Hướng dẫn thói quen rửa chén an toàn: thay miếng bọt biển 1–2 tuần một lần hoặc dùng bàn chải, khăn dùng một lần; "
        "pha loãng nước rửa chén thay vì đổ thẳng lên bát; cạo sạch vụn thức ăn; không chồng bát khi còn ướt mà dựng đứng "
        "cho khô ở nơi thoáng.",
    ),
    # --- hygiene: standards and programmes ---
    (
        "mVo030",
        "en",
        "hyg_saigoneer",
        "Ten-criterion food safety self-check and sticker scheme for street stalls",
        "Package modelled on the Ho Chi Minh City food safety authority's plan: ten criteria for stalls (clean site away "
        "from pollution, food at least 60 cm above the ground, covered storage, raw and cooked kept apart, clean "
        "utensils, enough clean water and ice, medical checks and food-safety training for vendors, traceable "
        "ingredients, hygienic rubbish bags) and a certification sticker for stalls that meet them.",
    ),
    (
        "mVo031",
        "vi",
        "hyg_who",
        "Hướng dẫn năm điều kiện của Luật An toàn thực phẩm cho quầy thức ăn đường phố",
        "Tư vấn áp dụng năm điều kiện mà luật an toàn thực phẩm sửa đổi năm 2011 đặt ra cho thức ăn đường phố: quầy cách "
        "xa nơi ô nhiễm, dùng nước sạch để nấu và rửa dụng cụ, nguyên liệu rõ nguồn gốc, có hệ thống thu gom rác, chỉ dùng "
        "phụ gia trong danh mục cho phép. Kèm tài liệu truyền thông để người mua nhận biết quầy sạch.",
    ),
    (
        "mVo032",
        "en",
        "hyg_mekong",
        "Food safety management training and safe street-food models",
        "Hands-on food safety management courses (PROSAFE, New Zealand-funded) for Cambodia, Laos, Myanmar and Viet Nam; "
        "more than 500 trained, a quarter from Viet Nam. Alumni at the HCMC food safety authority trained over 2,000 "
        "caterers and street vendors and, with district and ward officials, built a control model that produced 36 "
        "safe-food streets.",
    ),
    (
        "mVo033",
        "vi",
        "hyg_fao_bp",
        "Khảo sát ngành thức ăn đường phố và thí điểm hạ tầng vệ sinh cho điểm bán",
        "Chương trình hỗ trợ kỹ thuật theo mô hình FAO: điều tra hồ sơ người bán và người mua, quan sát vệ sinh khi chế "
        "biến, xét nghiệm mẫu, đánh giá hạ tầng (nước sạch, thoát nước, điện) ở các khu bán tập trung và khung pháp lý; "
        "sau đó tập huấn người bán, thanh tra viên, truyền thông người tiêu dùng và xây thử các điểm bán mẫu.",
    ),
    (
        "mVo034",
        "en",
        "hyg_infosan",
        "WHO Five Keys to Safer Food adapted for street vendors",
        "Training materials based on the INFOSAN note on street-vended food: the WHO Five Keys to Safer Food adapted for "
        "vendors, addressing poor environmental sanitation, weak infrastructure and improper handling. Raising vendors' "
        "awareness of basic food safety is presented as one of the most cost-effective ways to cut health risks.",
    ),
    (
        "mVo035",
        "vi",
        "hyg_123docz",
        "Bài giảng 10 tiêu chuẩn cơ sở đạt vệ sinh an toàn thức ăn đường phố",
        "Học phần do giảng viên y tế công cộng biên soạn: ý nghĩa kinh tế xã hội của thức ăn đường phố theo định nghĩa "
        "FAO, 10 tiêu chuẩn cơ sở đạt vệ sinh an toàn ban hành kèm quyết định 3199/2000/QĐ-BYT, và các yếu tố ảnh hưởng tới "
        "chất lượng vệ sinh. Dùng được để tập huấn cho người bán cơm, xôi, bún, phở, hủ tiếu, bánh cuốn.",
    ),
    # --- frying oil and grease ---
    (
        "mVo036",
        "en",
        "oil_vito",
        "Digital frying-oil tester with traffic-light display",
        "Handheld tester that measures the polarity of frying oil and shows total polar material (TPM) with green, yellow "
        "or red lights, so any cook can tell when to discard oil instead of judging by colour, which mostly reflects "
        "caramelisation from the food. Affordable enough for independent restaurants, not only fast-food chains.",
    ),
    (
        "mVo037",
        "vi",
        "oil_testo",
        "Máy đo chất phân cực tổng (TPM) của dầu chiên",
        "Thiết bị cầm tay đo tổng chất phân cực trong dầu chiên – thước đo độ xuống cấp do oxy hóa nhiệt. Dầu càng nhiều "
        "chất phân cực thì càng cũ; món chiên sẫm màu, vỏ kém giòn, ngấm dầu và có vị đắng. Giúp cơ sở thay dầu đúng lúc, "
        "không thay quá sớm gây lãng phí cũng không dùng dầu quá hạn.",
    ),
    (
        "mVo038",
        "en",
        "oil_purimax",
        "TPM-based oil-change protocol for fryers",
        "Consulting on a simple, data-driven fryer oil routine: measure TPM instead of reading colour, because clear oil "
        "can already exceed European discard limits while dark oil may still be usable. TPM is the share of oil that has "
        "broken down from triglycerides into free fatty acids, polymers and other polar compounds; the protocol cuts both "
        "waste and liability.",
    ),
    (
        "mVo039",
        "vi",
        "oil_nemnuong",
        "Hướng dẫn lọc, bảo quản và giới hạn số lần dùng lại dầu chiên cho chủ quán",
        "Hướng dẫn cho chủ quán các bước lọc cặn, bảo quản dầu và biết giới hạn số lần dùng lại: quan sát màu, mùi, khói để "
        "dừng đúng lúc, vì dầu cháy, nhiều cặn sẽ làm món ăn kém ngon và sinh chất có hại. Mục tiêu vừa tiết kiệm dầu vừa "
        "giữ uy tín quán.",
    ),
    (
        "mVo040",
        "en",
        "oil_leaf",
        "Frying-oil test strips and devices (TPC and FFA)",
        "Supply of test strips and meters that measure total polar compounds (TPC) or free fatty acids (FFA) in deep-fryer "
        "oil, the most accurate way to know when oil is past its prime. Observational cues (smell, off-colour food, "
        "foaming, smoke) remain the fallback for home cooks for whom the tests are costly.",
    ),
    (
        "mVo041",
        "en",
        "oil_p2ad",
        "Fats, oils and grease (FOG) management for food businesses",
        "Pollution-prevention advice on keeping fats, oils and grease out of drains: never pour fryer oil down the sink, "
        "collect used oil for recycling into feed, fuels and chemicals through a reputable collector, install grease "
        "traps as building codes require, filter fryer oil and control its temperature to extend its life, and cover "
        "outdoor grease containers against rain.",
    ),
    (
        "mVo042",
        "vi",
        "oil_thiennhien",
        "Sản xuất biodiesel từ dầu ăn phế thải, quy mô 2 tấn/ngày",
        "Dự án của Trung tâm Công nghệ lọc hóa dầu (ĐH Bách khoa TP HCM) được Sở KH&CN cấp kinh phí sản xuất thử biodiesel "
        "từ dầu ăn thải công suất 2 tấn/ngày; 2 tấn dầu thải cho khoảng 1,8 tấn biodiesel dùng cho xe buýt, xe tải, tàu "
        "thủy. Toàn thành phố thải khoảng 4–5 tấn dầu ăn mỗi ngày.",
    ),
    (
        "mVo043",
        "en",
        "oil_nwbiofuel",
        "Used cooking oil collection from restaurants for biofuel",
        "Collection service for waste cooking oil from restaurant kitchens: we supply containers, pick up on schedule and "
        "turn the oil into biodiesel and some animal feed. Staff no longer dispose of oil themselves, grease traps and "
        "sewer lines stay clear, and the programme pays the business for its oil.",
    ),
    (
        "mVo044",
        "en",
        "oil_albania",
        "Waste vegetable oil collection network and biodiesel pilot (Tirana–Durrës)",
        "University-led study of a private company that built a collection network for frying oil from restaurants, "
        "caterers and fast-food chains: about 400 t in the first year, roughly 100 t a month, with a five-year target of "
        "6,000–8,000 t a year and pilot biodiesel production. Contracts are bilateral with each kitchen.",
    ),
    (
        "mVo045",
        "en",
        "grease_articlegoal",
        "Grease trap installation and pump-out service",
        "Installation of in-line grease traps for small kitchens and tank-type interceptors for larger flows, plus "
        "scheduled pumping of the trapped 'brown grease'. Where facilities exist the pumped grease is recycled rather "
        "than landfilled; roll-off dewatering containers are offered for very large volumes.",
    ),
    (
        "mVo046",
        "vi",
        "grease_findwords",
        "Lắp đặt bẫy mỡ cho bếp quán ăn",
        "Cung cấp bẫy mỡ (hộp tách mỡ) đặt giữa chậu rửa và cống, giữ lại dầu mỡ và cặn rắn trước khi nước thải ra hệ "
        "thống chung, tránh nghẹt ống khi mỡ đông lại. Có loại inox, nhựa, bê tông, gang; dung tích từ 35 lít đến hàng "
        "chục nghìn lít, đặt nổi, chìm, trong hay ngoài bếp.",
    ),
]

OFFERS += [
    # --- cooking gas safety ---
    (
        "mVo047",
        "vi",
        "gas_viettel",
        "Tập huấn phòng cháy, an toàn sử dụng gas cho bếp ăn và quán",
        "Khóa tập huấn PCCC về gas: khí gas nặng hơn không khí, rất dễ bắt lửa; chọn bình, bếp, ống dẫn đạt chuẩn; kiểm "
        "tra khu đặt bình thường xuyên. Bếp ăn đông người cần trang bị bình bột hoặc bình khí chữa cháy và treo cầu chữa "
        "cháy tự động tại chỗ đặt bình. Khi rò rỉ: tắt bếp, dùng nước xà phòng tìm chỗ xì, mang bình ra xa nguồn lửa.",
    ),
    (
        "mVo048",
        "vi",
        "gas_vnexpress",
        "Kiểm tra vỏ bình, van, dây dẫn gas và chọn đại lý uy tín",
        "Dịch vụ tư vấn an toàn gas cho hộ kinh doanh: nhận biết bình kém chất lượng, hết hạn kiểm định, bị cắt tai, mài "
        "vỏ hoặc sang chiết trái phép; vỏ bình chuẩn nguyên vẹn, có chữ nổi thương hiệu; vệ sinh van và dây dẫn định kỳ. "
        "Khi phát hiện rò rỉ: tắt nguồn nhiệt, sơ tán, không bật công tắc, diêm, bật lửa và gọi lực lượng chữa cháy.",
    ),
    (
        "mVo049",
        "vi",
        "gas_vatgia",
        "Dịch vụ kiểm tra hệ thống gas: hạn kiểm định, khối lượng nạp, phụ kiện chuyên dùng",
        "Đại lý gas chuyên nghiệp kiểm tra hệ thống gas của quán: bình còn hạn kiểm định, không móp méo, han gỉ; bình mới "
        "nạp đúng 12 hoặc 13 kg, sai lệch không quá 0,1 kg; dây dẫn còn hạn dùng, van điều áp tốt, mối nối kín tuyệt đối. "
        "Nhân viên được đào tạo để bảo dưỡng và tư vấn dùng gas tiết kiệm, an toàn.",
    ),
    (
        "mVo050",
        "vi",
        "gas_plo",
        "Tư vấn nhận biết bình gas giả và thời hạn kiểm định in trên quai bình",
        "Doanh nghiệp gas lớn hướng dẫn người dùng tránh bình gas nhái thương hiệu, nạp thiếu, vỏ cũ nát; chỉ mua qua công "
        "ty hoặc đại lý chính thức, cảnh giác với tờ rơi không rõ nguồn, giá rẻ bất thường, quà khuyến mãi lớn. Thời hạn "
        "kiểm định vỏ bình (thường 5 năm) in trên quai xách.",
    ),
    (
        "mVo051",
        "en",
        "gas_bankbazaar",
        "LPG installation design and periodic safety training for restaurant kitchens",
        "Technical service that designs the LPG storage and supply for a restaurant or hotel kitchen (flow rate, peak "
        "load, safety devices), chooses robust, easy-to-maintain materials, maintains the system and trains staff "
        "periodically. Includes do's and don'ts: restrict the cylinder area, turn cylinders off after use, keep them "
        "upright, never heat them, check for leaks regularly.",
    ),
    (
        "mVo052",
        "en",
        "gas_supergas",
        "LPG leak emergency procedure training for homes and restaurants",
        "Training on what to do when LPG is smelled: close the cylinder valve or regulator, put out all flames, touch no "
        "electrical switch or plug, open doors and windows because LPG settles low, evacuate if the smell persists. For "
        "restaurants: shut the main valve of manifold systems and leave exhaust hoods in their current state.",
    ),
    (
        "mVo053",
        "en",
        "gas_safework",
        "Advisory on keeping LPG cylinders out of commercial kitchens",
        "Workplace safety advisory following serious burns: do not store or use portable LPG cylinders inside commercial "
        "kitchens, use 'outdoor use only' appliances only outdoors to avoid carbon monoxide build-up, use certified "
        "appliances with the right gas type, and have appliances installed and maintained by a competent, licensed gas "
        "fitter.",
    ),
    (
        "mVo054",
        "en",
        "gas_naija",
        "Cooking-gas cylinder handling rules for kitchens",
        "Checklist from an LPG distributor: keep the cylinder upright, set the stove at least 15 cm above the cylinder on "
        "a stable surface, avoid strong wind, switch the regulator off when not cooking, replace the safety hose every 5 "
        "years, never use a defective hose, regulator or valve, and store cylinders ventilated, away from heat, sparks "
        "and exit routes.",
    ),
    (
        "mVo055",
        "en",
        "gas_flogas",
        "LPG leak response: isolate, move the cylinder outside, keep ignition away",
        "Supplier guidance for leaks: turn off gas at the tank or cylinder; for indoor cylinders or small yards, "
        "disconnect and carry the cylinder to open air; ventilate and avoid any ignition source; for larger outdoor leaks "
        "keep people and vehicles away and cordon the area; call the fire brigade in case of fire.",
    ),
    (
        "mVo056",
        "vi",
        "gas_diyfixit",
        "Cách tự kiểm tra rò rỉ gas bằng nước xà phòng và thay dây dẫn",
        "Hướng dẫn tự kiểm tra hằng ngày: quét nước xà phòng lên các mối nối, chỗ nào sủi bọt là chỗ rò; thay dây dẫn "
        "ngay khi thấy nứt; thay bình ở nơi thoáng, không hút thuốc hay để lửa gần; gas nặng hơn không khí nên dễ đọng ở "
        "chỗ kín; bình dự trữ cất ngoài trời nhưng không đặt dưới mặt đất.",
    ),
    (
        "mVo057",
        "vi",
        "gas_nld_detector",
        "Hệ thống cảnh báo rò rỉ gas có van ngắt tự động cho nhà hàng",
        "Cung cấp và lắp bộ cảnh báo rò rỉ gas gồm đầu dò, bộ điều khiển trung tâm và van ngắt an toàn: khi phát hiện gas "
        "xì, máy kêu liên tục và ra lệnh đóng van. Giá bộ từ 2–4 triệu đồng; loại báo động đơn khoảng 400.000 đồng. Đầu dò "
        "phải nhạy, lắp cách sàn 20–30 cm vì gas đi sát mặt đất.",
    ),
    (
        "mVo058",
        "vi",
        "gas_anhtiep",
        "Van gas tự ngắt khi rò rỉ, đứt ống hoặc quá nhiệt",
        "Đại lý gas cung cấp và lắp van tự ngắt cho bếp gas âm, bếp đôi, bếp mini: van giữ áp suất ổn định trong dây dẫn và "
        "tự đóng ngay khi có rò rỉ, đứt ống hoặc nhiệt độ bình tăng bất thường, giảm nguy cơ cháy nổ.",
    ),
    (
        "mVo059",
        "en",
        "gas_poscom",
        "Gas sensors for fire-protection and industrial safety systems",
        "Electronic gas sensors that detect and measure flammable or toxic gases and trigger alarms above safe limits, "
        "supplied as components of fire-protection, industrial safety and environmental monitoring systems for factories, "
        "warehouses and commercial buildings; includes guidance on mounting positions.",
    ),
    (
        "mVo060",
        "en",
        "gas_dfrobot",
        "MQ-2 analog gas sensor module (LPG, propane, methane, smoke)",
        "Electronics component for makers: an MQ-2 analog gas sensor board, 5 V supply, analog output, sensitive to LPG, "
        "i-butane, propane, methane, alcohol, hydrogen and smoke, with sensitivity set by a potentiometer; 36.4 x 26.6 mm. "
        "Sold as a bare module with sample Arduino code.",
    ),
    (
        "mVo061",
        "en",
        "gas_mq2_github",
        "LPG leak alarm prototype with buzzer and phone notifications",
        "Prototype gas leak detector built on an MQ-2 sensor: an LCD shows the gas level and a 'safe' status, and above "
        "the threshold a buzzer and LED go off while notifications are pushed to a web page and to WhatsApp. Developed "
        "with a prototyping method (data collection, rapid planning, design, testing) to cut fire and explosion risk in "
        "cooking.",
    ),
    (
        "mVo062",
        "vi",
        "gas_saigonhoreca",
        "Thiết kế và bảo trì hệ thống gas bếp công nghiệp",
        "Đơn vị thiết kế, bảo trì bếp công nghiệp cho nhà hàng, khách sạn cao cấp chẩn đoán các sự cố thường gặp của hệ "
        "thống gas: lửa đỏ do thiếu oxy, rò rỉ nhẹ trên đường ống, bếp ngưng làm đơn hàng ùn ứ; hướng dẫn khi nào tự xử lý, "
        "khi nào gọi kỹ thuật.",
    ),
    (
        "mVo063",
        "vi",
        "gas_dichvugas",
        "Thiết kế, lắp đặt và kiểm định bồn chứa LPG",
        "Nhận thiết kế, lắp đặt, bảo trì và kiểm định bồn chứa khí dầu mỏ hóa lỏng cho khu công nghiệp, trạm cấp LPG, nhà "
        "máy: bồn đặt nổi dễ bảo trì, bồn đặt chìm hạn chế cháy nổ, bồn đắp đất; tuân thủ quy chuẩn kỹ thuật về thiết bị "
        "áp lực.",
    ),
    (
        "mVo064",
        "en",
        "gas_minicanister",
        "Regulatory note on mini LPG canisters",
        "Legal information service explaining that, under Decree 87/2018 on gas trading, a mini LPG canister is a "
        "pressure vessel built to the national technical regulation and holding at most 1,000 ml; the note sets out what "
        "the rules mean for sellers and users of portable mini stoves.",
    ),
    (
        "mVo065",
        "en",
        "gas_induction_hn",
        "Induction cooking conversion for small restaurant kitchens",
        "Advice and equipment for moving from gas burners to induction: chefs who switched report more precise heat, "
        "water for noodles boiling in minutes, cooler kitchens and fewer burns; wok stations can keep a cylinder. Single "
        "induction hot plates cost about 30 EUR; check that wall outlets can supply the load.",
    ),
    (
        "mVo066",
        "vi",
        "gas_ikea",
        "Bếp từ đơn giá rẻ cho quầy bán nhỏ",
        "Bếp từ một vùng nấu, cỡ bằng hai máy tính xách tay chồng lên nhau, mặt kính đen, giá khoảng 70 USD, phù hợp cho "
        "quầy nhỏ muốn bỏ bếp gas mini; cần nồi chảo đáy từ và ổ điện đủ tải.",
    ),
    (
        "mVo067",
        "vi",
        "gas_liveandlearn",
        "Chương trình chuyển đổi bếp than tổ ong sang bếp sạch",
        "Tổ chức Live & Learn thí điểm chuyển đổi bếp than tổ ong của hàng quán, quán nước vỉa hè và hộ nghèo sang bếp gas, "
        "bếp cải tiến, bếp điện, bếp từ, giảm mạnh CO, CO2, SO2, NO2 gây bệnh hô hấp. Hà Nội năm 2018 còn khoảng 55.000 bếp "
        "than; khuyến cáo: đun bếp than một lần bằng hút 40 điếu thuốc.",
    ),
    (
        "mVo068",
        "en",
        "gas_cleancoal",
        "Clean coal briquettes to replace dirty honeycomb coal",
        "Product for households and eateries that still cook on honeycomb coal stoves: cleaner coal briquettes, which "
        "Hà Nội regards as the most effective fix while some 55,000 coal stoves remain in use, cutting smoke and toxic "
        "gas while keeping the low fuel cost that makes coal attractive.",
    ),
    (
        "mVo069",
        "vi",
        "gas_kenh14_co",
        "Tư vấn an toàn phụ kiện bếp gas, cảnh báo vòng tụ nhiệt gây ngộ độc CO",
        "Khuyến cáo từ công ty gas: không gắn thêm vòng tụ năng, vòng chắn gió, nắp gom lửa không tương thích lên bếp gas. "
        "Chúng làm tắc đường cấp khí, gas cháy không hết, hiệu suất chỉ còn khoảng 60 % và sinh nhiều khí CO không màu không "
        "mùi; nấu trong phòng kín có thể ngộ độc cả nhà.",
    ),
    (
        "mVo070",
        "en",
        "gas_123doc",
        "Pressure-vessel safety course on LPG cylinders",
        "Course material on safety of pressure equipment applied to gas cylinders: definitions (equipment working above "
        "0.7 at), classification of boilers and vessels, the properties of LPG (propane–butane mixture) and safety "
        "measures when using cylinders in production and daily life.",
    ),
]

OFFERS += [
    # --- disposable and reusable packaging ---
    (
        "mVo071",
        "en",
        "pack_jdb",
        "Bagasse clamshell food containers",
        "Manufacturer of clamshell boxes pulped and moulded from sugarcane bagasse, a by-product of sugar processing. "
        "The boxes are light but sturdy, close securely, resist grease and moisture, keep hot food warm and cold food "
        "chilled, come in several sizes and compost within months instead of persisting like plastic or foam.",
    ),
    (
        "mVo072",
        "vi",
        "pack_vnp",
        "Hộp bã mía phân hủy trong 60–90 ngày, chịu nhiệt tới 200 °C",
        "Cung cấp hộp đựng thức ăn làm từ bã mía, phân hủy trong 60–90 ngày ở điều kiện ủ, không vi nhựa, chịu nhiệt tới "
        "200 °C, tự kháng dầu mỡ và nước, có loại không PFAS. Theo một đánh giá vòng đời, hộp bã mía phát thải khí nhà kính "
        "ít hơn 48 % so với nhựa và 65 % so với xốp.",
    ),
    (
        "mVo073",
        "en",
        "pack_directpack",
        "Compost-tested bagasse tableware",
        "Bagasse bowls and containers made from sugarcane or sorghum fibre, validated in a 2009 compost test at a "
        "municipal facility using California's protocol. Making a foam bowl produces three times the CO2 and uses thirty "
        "times the water of a bagasse bowl.",
    ),
    (
        "mVo074",
        "vi",
        "pack_oosh",
        "Tư vấn chọn bao bì không phủ PFAS thay cho hộp bã mía phủ chống thấm",
        "Nhà cung cấp bao bì cảnh báo: nhiều hộp bã mía giữ được món ướt, nhiều dầu nhờ lớp phủ chứa PFAS; lớp này không "
        "phân hủy, không ủ được và làm đất, phân ủ bị nhiễm độc. Chúng tôi tư vấn vật liệu thay thế và mẫu mã in ấn theo "
        "thương hiệu quán.",
    ),
    (
        "mVo075",
        "vi",
        "pack_danviet",
        "Ống hút cỏ bàng tự nhiên từ Đồng bằng sông Cửu Long",
        "Cửa hàng 3T (nhóm bạn trẻ Long An) sản xuất ống hút từ cỏ bàng mọc tự nhiên ở ĐBSCL, ra đời khi tìm ống hút cho "
        "dừa tươi: cọng rau muống mau hư và có thể nhiễm thuốc bảo vệ thực vật, ống tre quá đắt (khoảng 6.000 đồng/cái). "
        "Cung cấp cho quán nước, quán cà phê.",
    ),
    (
        "mVo076",
        "en",
        "pack_tinhbot",
        "Grass (Lepironia) straws, handmade and biodegradable",
        "Single-use straws cut from Lepironia sedge that grows wild along the Mekong Delta: stems are washed, cut to size "
        "and cleared inside with a metal rod, then shipped. The hollow wide stem is a natural straw; production is still "
        "manual and the straws break down quickly after use.",
    ),
    (
        "mVo077",
        "vi",
        "pack_onggao",
        "Ống hút gạo nhiều màu từ bột gạo và màu rau củ",
        "Ống hút làm từ khoảng 80 % bột gạo, còn lại bột mì, bột năng; màu lấy từ mè đen, củ dền, lá mồng tơi. Ống giữ "
        "nguyên dạng 30–120 phút trong nước thường và nước lạnh, bảo quản khoảng 18 tháng, phân hủy trong 3 tháng. Giá lẻ "
        "khoảng 50.000 đồng một bịch 80 ống; có cỡ lớn cho sinh tố, trà sữa.",
    ),
    (
        "mVo078",
        "en",
        "pack_cogi",
        "Sugarcane bagasse drinking straws",
        "Straws made from 100 % sugarcane bagasse left after juice extraction, free of BPA and phthalates, breaking down "
        "fully in a few months in the environment. Offered to cafés and juice bars that want to drop plastic straws.",
    ),
    (
        "mVo079",
        "vi",
        "pack_vneconomy_straw",
        "Ống hút tre dùng nhiều lần và các loại ống hút tự nhiên",
        "Cung cấp ống hút tre dùng lại được 5–6 tháng, có khi tới 1 năm nếu còn giữ màu, cùng ống hút cỏ, sậy, giấy, inox, "
        "thủy tinh. Tre mọc nhanh, nguyên liệu rẻ và tốn ít năng lượng sản xuất hơn ống giấy hay inox; nhiều cơ sở đã xuất "
        "khẩu.",
    ),
    (
        "mVo080",
        "en",
        "pack_viendong",
        "Banana-leaf wrapping instead of plastic trays and film",
        "Consulting based on a Chiang Mai grocer that wraps vegetables and snacks in banana leaves instead of plastic "
        "boxes and cling film: customers carry the bundles straight to the till without extra bags, and foam trays that "
        "cannot be recycled are avoided. We advise on leaf sourcing, folding and display.",
    ),
    (
        "mVo081",
        "en",
        "pack_spm_deposit",
        "Setting up a deposit-based reusable takeaway box system",
        "Step-by-step tool for caterers and public kitchens replacing foil, foam and plastic bags with robust reusable "
        "boxes on deposit: name a person in charge, size and number the boxes (dishwasher, freezer, microwave safe), "
        "choose suppliers, set the deposit, adapt kitchen workflow, promote, pilot and monitor, within hygiene and "
        "labelling rules.",
    ),
    (
        "mVo082",
        "vi",
        "pack_ecolife",
        "Hệ thống ly, hộp hoàn trả có đặt cọc theo mô hình RECUP",
        "Tư vấn triển khai ly tái sử dụng có đặt cọc theo kinh nghiệm châu Âu: ở Đức mạng RECUP gồm khoảng 2.700 quán tại "
        "hơn 450 thành phố, khách đặt cọc 1 € cho ly polypropylene 200, 300 hoặc 400 ml và nhận lại khi trả ly ở bất kỳ quán "
        "nào; ứng dụng chỉ điểm trả. Áp dụng được cho giao đồ ăn và mang đi.",
    ),
    (
        "mVo083",
        "vi",
        "pack_exaros",
        "Hệ thống hộp mang đi tái sử dụng với trạm rửa và tiền cọc",
        "Hướng dẫn cộng đồng, hàng quán chuyển sang hộp mang đi dùng nhiều lần: cam kết giảm đồ dùng một lần theo mốc thời "
        "gian, chọn hộp an toàn thực phẩm chịu nhiệt, nắp chung một chuẩn, cỡ hộp theo khẩu phần; nhãn theo dõi trả hộp và "
        "lịch sử rửa; giá để, thùng màu; hợp tác với trạm rửa chung hoặc dịch vụ của địa phương.",
    ),
    (
        "mVo084",
        "en",
        "pack_reducereuse",
        "Bring-your-own-container scheme for takeaways",
        "Guide for takeaways that let customers return a container for a refund or bring their own: the container cost "
        "is passed to the customer, who chooses whether to pay for disposable convenience; deposit-refund creates the "
        "financial incentive to reuse.",
    ),
    (
        "mVo085",
        "vi",
        "pack_eatsip_sugarcane",
        "Hộp bã mía cứng cho món nhiều nước sốt",
        "Đầu bếp thử nghiệm nhiều loại hộp thân thiện môi trường (tre, lá cọ, giấy tái chế, nhựa PLA) và chọn hộp bã mía: "
        "đựng thịt kéo sốt nhiều giờ vẫn cứng, khô mặt ngoài, không móp. Bã mía được nghiền thành bột với nước rồi ép khuôn "
        "ở áp suất và nhiệt độ cao thành đĩa, tô, hộp vỏ sò.",
    ),
    (
        "mVo086",
        "en",
        "pack_fpa",
        "Deposit return scheme design for beverage containers",
        "Evidence from a foodservice packaging association on a national deposit return scheme: include bottles, cans, "
        "cartons, pouches and sachets but exclude paper cups (fraud risk) and milk drinks (hygiene); develop reverse "
        "vending machines that accept pouches; keep bioplastics separate from conventional plastics.",
    ),
    (
        "mVo087",
        "vi",
        "pack_nghitin",
        "Dây chuyền sản xuất đồ uống hiện đại",
        "Cung cấp dây chuyền sản xuất đồ uống cho nhà máy: chuỗi công đoạn liên tục kết nối máy móc tự động để chuyển nguyên "
        "liệu thành thành phẩm đóng chai số lượng lớn, tăng năng suất, giảm chi phí và giữ chất lượng đồng nhất.",
    ),
    (
        "mVo088",
        "en",
        "pack_moitruong",
        "Briefing on the plastic-waste roadmap under Decree 08/2022",
        "Policy briefing for businesses on Viet Nam's roadmap to reduce plastic waste under Decree 08/2022/ND-CP: first "
        "restrict use and charge fees, then ban; production and import of single-use plastic products stop after 31 "
        "December 2030, and hard-to-degrade plastic bags face earlier limits in retail.",
    ),
    (
        "mVo089",
        "vi",
        "pack_intinhte",
        "In túi giấy in logo cho cửa hàng, quán ăn",
        "Xưởng in nhận in túi giấy đựng hàng, đựng đồ ăn mang đi có logo theo yêu cầu, thay cho túi ni lông; giải thích vì "
        "sao túi giấy in thương hiệu ngày càng được các cửa hàng dùng nhiều.",
    ),
    # --- mobile payment ---
    (
        "mVo090",
        "vi",
        "pay_vietqr_api",
        "API tạo mã VietQR động, tĩnh, bán động kèm số tiền",
        "Dịch vụ cho đối tác gọi API tạo mã VietQR để khách quét trả tiền: mã tĩnh, mã bán động (kèm số tiền và mã dịch vụ) "
        "hoặc mã động (kèm số tiền, mã đơn hàng). Nội dung chuyển tối đa 19 ký tự không dấu; có mã cửa hàng, điểm bán, chữ "
        "ký số, và callback báo biến động số dư khớp với đơn.",
    ),
    (
        "mVo091",
        "en",
        "pay_vietqr_npm",
        "VietQR data-string library following the NAPAS October 2022 specification",
        "Open-source JavaScript library that builds VietQR payment strings: static or dynamic QR, merchant category, "
        "currency 704, country VN, amount including tip, acquirer bank code, service codes for QR payment or 24/7 "
        "interbank transfer to card or account, plus optional bill number, terminal and store labels.",
    ),
    (
        "mVo092",
        "en",
        "pay_vnqrpay",
        "Library to encode and decode VietQR, VNPay, MoMo and ZaloPay codes",
        "Developer library (version 1.5.1) that reads and writes Vietnam-specific payment QR codes: static and dynamic "
        "VietQR bank-transfer codes, VNPay merchant codes, MoMo and ZaloPay, with metadata on bank BINs and app deep "
        "links for building ordering or checkout apps.",
    ),
    (
        "mVo093",
        "vi",
        "pay_vn168",
        "Tạo mã QR có sẵn số tiền cho cửa hàng, quán ăn",
        "Tư vấn và triển khai mã QR thanh toán nhúng sẵn số tiền, nội dung, tài khoản nhận theo chuẩn VietQR/EMVCo: khách "
        "quét là đủ thông tin, không nhập tay. Theo các báo cáo được dẫn, cách này giảm khoảng 78 % lỗi nhập sai số tiền và "
        "tăng tốc thanh toán 200–300 % ở quầy F&B đông khách; đã làm cho chuỗi 312 cửa hàng.",
    ),
    (
        "mVo094",
        "vi",
        "pay_cafef",
        "Chuyển từ QR chuyển tiền sang QR thanh toán gắn hóa đơn",
        "Tư vấn cho hộ kinh doanh phân biệt hai loại mã: QR chuyển tiền (chỉ chứa số tài khoản, tên, ngân hàng, người bán "
        "phải tự đối chiếu thông báo, dễ nhầm) và QR thanh toán gắn với hóa đơn, mã đơn hàng qua nhà cung cấp dịch vụ, đối "
        "soát tự động và bảo vệ quyền lợi cả hai bên.",
    ),
    (
        "mVo095",
        "en",
        "pay_vietnamsir",
        "Interbank QR acceptance with reconciliation dashboard for small shops",
        "Payment provider offering standardised interbank QR to small shops: one code accepted by every bank and wallet "
        "instead of several POS devices, instant confirmation, clear end-of-day reconciliation, refund and dispute "
        "handling, and alerts on unusual transactions; standardised payment data also opens access to micro-credit.",
    ),
    (
        "mVo096",
        "en",
        "pay_techintarget",
        "Free QR payment onboarding for roadside vendors",
        "Onboarding programme that gets tea, vegetable and snack sellers accepting QR payments: a short registration in "
        "a payment app gives a free QR code that needs no power or network device at the stall, unlike a card machine, "
        "and lets customers without cash pay instantly.",
    ),
    (
        "mVo097",
        "en",
        "pay_billcut",
        "Portable QR stands, instant alerts and daily income summaries for hawkers",
        "Fintech kit for hawkers who move street to street: a portable QR stand, dynamic QR codes that carry the amount, "
        "instant payment alerts, daily income summaries and low-data operation that works on weak networks. Tip: keep "
        "the code visible from every angle so the queue keeps moving.",
    ),
    (
        "mVo098",
        "vi",
        "pay_apiscript",
        "Giải pháp thanh toán di động và máy POS giá rẻ cho người bán hàng rong",
        "Cung cấp giải pháp cho người bán hàng rong nhận thanh toán qua điện thoại: mã QR, ví điện tử, đầu đọc thẻ và phần "
        "mềm POS giá rẻ, giao diện dễ dùng không cần đào tạo nhiều; giảm tiền mặt cầm theo, đơn giản hóa sổ sách, thu hút "
        "khách trẻ.",
    ),
    (
        "mVo099",
        "en",
        "pay_cityu",
        "Senior-friendly payment confirmation design for street vendors",
        "Human-computer interaction researchers who studied 33 senior street vendors (interviews with 15, aged 53–78) "
        "offer design support for mobile money collection: many older vendors use family members' QR codes and struggle "
        "to confirm payments in noisy streets or with reduced hearing; we design clearer confirmation for them.",
    ),
    (
        "mVo100",
        "vi",
        "pay_emerald",
        "Tập huấn hiểu biết tài chính số cho người bán hàng rong",
        "Nhóm nghiên cứu quản trị (khảo sát 320 người bán hàng rong dùng QR theo mô hình UTAUT mở rộng) đề xuất chương trình "
        "nâng cao hiểu biết tài chính số, tính đổi mới cá nhân và niềm tin – ba yếu tố quyết định ý định dùng thanh toán QR "
        "của nhóm tiểu thương yếu thế.",
    ),
    (
        "mVo101",
        "vi",
        "pay_khonguyenlieu",
        "Phần mềm bán hàng POS cho quán nhỏ",
        "Tư vấn chọn POS cho quán nhỏ: phần mềm kèm máy tính bảng, máy in hóa đơn, máy in tem, két tiền, QR thanh toán, màn "
        "hình bếp. Mục tiêu order đến thanh toán dưới 60 giây, chính xác trên 98 %, quản lý menu size, topping, tồn kho định "
        "mức và báo cáo ca; chi phí tham khảo 500 nghìn – 2 triệu đồng mỗi tháng một điểm.",
    ),
    (
        "mVo102",
        "en",
        "pay_cukcuk",
        "Point-of-sale app set up for small eateries",
        "Restaurant POS app with guided setup: choose table service (order first, pay later) or quick service (pay at "
        "order), enable takeaway orders, record promotions per dish or per bill, turn on 10 % VAT if you issue VAT "
        "invoices, record cash received and show change due, and back data up automatically.",
    ),
    (
        "mVo103",
        "en",
        "pay_cachquanly",
        "Full restaurant management software with table zones and VAT invoices",
        "Management software for full-service restaurants: floor plans by zone, table booking, moving and merging "
        "tables, orders sent to kitchen and bar from tablets, prices by time or zone, customer debt, payment in VND, USD "
        "or EUR and by card, VAT invoices, stock deducted by recipe and a wide range of reports.",
    ),
    (
        "mVo104",
        "vi",
        "pay_sharecode",
        "Mã nguồn đồ án web quản lý quán bida, quán bia (Node.js, SQLite)",
        "Bán mã nguồn đồ án fullstack quản lý quán bida, quán bia: trạng thái bàn, tính giờ chơi, thêm món, giảm giá, chuyển "
        "bàn, thanh toán tiền mặt hoặc QR ngân hàng, kho nguyên liệu theo định lượng, khách hàng thành viên, đặt bàn, thu "
        "chi, chấm công và báo cáo.",
    ),
    (
        "mVo105",
        "en",
        "pay_vneconomy",
        "Separating business and personal money flows for household businesses",
        "Advisory for household businesses on splitting payment flows: many still collect sales into personal accounts, "
        "mixing personal transfers with commercial income and complicating tax and risk control. Context: non-cash "
        "payments in 2024 reached 295.3 million billion VND, 26 times GDP, and QR payments grew 66.73 % in number and "
        "159.58 % in value in the first seven months of 2025.",
    ),
    (
        "mVo106",
        "vi",
        "pay_linkbank",
        "Tư vấn dùng mã QR chuẩn EMV để thu tiền và chuyển khoản",
        "Giải thích và triển khai mã QR thanh toán theo đặc tả chung EMV QRCPS với 18 trường thông tin (phiên bản, đơn vị "
        "chấp nhận, loại hình kinh doanh, tiền tệ, số tiền, phí, mã thành phố...). Cửa hàng có thể dùng một mã chung (khách "
        "nhập số tiền) hoặc mã riêng cho từng sản phẩm.",
    ),
    (
        "mVo107",
        "vi",
        "pay_qrchina",
        "Tiểu luận về thanh toán bằng mã QR ở Trung Quốc",
        "Tài liệu tiểu luận phân tích vì sao thanh toán quét mã QR phổ biến ở Trung Quốc: doanh nghiệp cắt giảm chi phí, "
        "không cần đầu tư hạ tầng lớn, dùng được trên hóa đơn, website, Facebook, tờ rơi, biển quảng cáo.",
    ),
]

OFFERS += [
    # --- delivery apps ---
    (
        "mVo108",
        "en",
        "del_vf_fees",
        "Delivery-platform fee audit for small restaurants",
        "Consultant who walks owners through their delivery-app statements line by line: commission, payment "
        "processing, marketing and 'other' fees. Example case: 10,000 USD of monthly delivery sales paid out less than "
        "7,000 USD. The aim is not to drop the apps but to understand the money flow and keep more of each order.",
    ),
    (
        "mVo109",
        "vi",
        "del_citeables",
        "Tư vấn chọn gói hoa hồng trên ứng dụng giao đồ ăn",
        "Hướng dẫn cấu trúc hoa hồng của các nền tảng giao đồ ăn: tính theo phần trăm giá trị đơn, thường 15–35 %; gói cơ "
        "bản khoảng 10–15 % (ít quảng bá, thường tự giao hoặc khách tự lấy), gói tiêu chuẩn 20–25 %, gói cao hơn kèm quảng "
        "cáo và phạm vi giao rộng. Ví dụ đơn 40 USD, hoa hồng 25 % thì quán nhận 30 USD trước các phí khác.",
    ),
    (
        "mVo110",
        "en",
        "del_vf_deal",
        "Contract review before signing a food-delivery deal",
        "Review of delivery platform agreements for new restaurants: the advertised 15 % commission can hide payment "
        "processing (2.5–3.5 %), marketing contributions and tablet or technology fees that bring the real cost near "
        "28 %. We flag red flags and help negotiate terms.",
    ),
    (
        "mVo111",
        "vi",
        "del_town",
        "Xây kênh đặt món trực tiếp cho quán, tránh phí trung gian",
        "Nền tảng giúp quán địa phương nhận đơn trực tiếp: ứng dụng trung gian vừa lấy của quán 20–30 % hoa hồng vừa thu của "
        "khách phí dịch vụ, phí giao, phí đơn nhỏ. Quán được hướng dẫn minh bạch so sánh hóa đơn app và hóa đơn đặt trực tiếp "
        "để kéo khách về kênh riêng.",
    ),
    (
        "mVo112",
        "en",
        "del_eatos",
        "Own online ordering website to reduce reliance on third-party delivery",
        "Online ordering and POS provider helping restaurants move customers from third-party apps to their own website, "
        "with the example of a Brooklyn Greek restaurant that got about 90 % of online orders through one app and began "
        "slipping notes into each bag asking customers to order direct; app commissions reach 30 %.",
    ),
    (
        "mVo113",
        "vi",
        "del_vendorapp",
        "Ứng dụng Vendor kết nối người bán hàng rong với khách",
        "Dự án khởi nghiệp của sinh viên ĐH Kinh tế (ĐHQG Hà Nội) xây ứng dụng cho khách tìm và đặt món từ gánh hàng rong, xe "
        "đẩy gần mình; kèm video ngắn giới thiệu ẩm thực vỉa hè trên trang chủ. Có kế hoạch hoạt động ngắn hạn và dài hạn.",
    ),
    (
        "mVo114",
        "en",
        "del_deliverynow",
        "Briefing on how food-ordering platforms partner with eateries",
        "Business-school case study of the Foody/Now platform (founded August 2012; delivery service launched 2015, "
        "renamed Now.vn in 2016, backed by Sea) describing how eateries are listed, how orders and delivery flow, and the "
        "FoodyPOS restaurant software later merged into Ocha.",
    ),
    (
        "mVo115",
        "vi",
        "del_softwareexplore",
        "Định giá thực đơn trên ứng dụng giao hàng để bù phí nền tảng",
        "Tư vấn cho quán tính giá món trên app: hoa hồng cơ bản từ 15 %, gói hiển thị cao tới 30 %, cộng phí xử lý thanh toán "
        "2,5–2,9 % và phí marketing, tổng có thể tới 40 % giá trị đơn. Nhiều quán nâng giá món trên app 15–25 % so với tại "
        "quầy; cần giải thích cho khách để giữ lòng tin.",
    ),
    (
        "mVo116",
        "en",
        "del_thanhnien",
        "Consumer research on young office workers' food-ordering habits",
        "Market research on why young office workers and students now order meals through apps daily: time saved on "
        "cooking, shopping and cleaning (one respondent saves an hour of cooking, 30 minutes of cleaning and 15 minutes "
        "of shopping a day) and the features they weigh when choosing an order.",
    ),
    (
        "mVo117",
        "vi",
        "del_grab_fare",
        "Cập nhật cách tính cước giao đồ ăn cho tài xế",
        "Thông báo của nền tảng gửi đối tác tài xế giao đồ ăn tại Đà Nẵng về cách tính giá cước mới áp dụng từ 12/8/2019.",
    ),
    # --- training and licensing ---
    (
        "mVo118",
        "en",
        "lic_ehow",
        "Walkthrough of food vending licences: business licence, food handler permit, vending permit",
        "Guide service for new vendors: register a business licence at city hall and pay sales tax; obtain a food "
        "handler's permit, usually a short class and exam at county level; file paperwork with the health department; "
        "then apply for the street vending licence that cities issue for specific zones. Rules vary by place but these "
        "steps are nearly universal.",
    ),
    (
        "mVo119",
        "vi",
        "lic_legalclarity",
        "Hướng dẫn hồ sơ xin phép bán thức ăn đường phố",
        "Dịch vụ tư vấn pháp lý cho người bán thức ăn rong: giấy phép kinh doanh chung (khoảng 50–500 USD tùy nơi), giấy "
        "phép y tế chứng nhận xe và quy trình chế biến đạt quy định, giấy phép bán hàng ở nơi công cộng (có nơi giới hạn số "
        "lượng, bốc thăm), và thẻ người chế biến thực phẩm; nơi bán phải luôn có ít nhất một người có thẻ.",
    ),
    (
        "mVo120",
        "en",
        "lic_slocounty",
        "Commissary agreement and written operating procedures for mobile food units",
        "Permitting support for mobile food facilities: all food and equipment must be stored and prepared in a "
        "permitted commissary, units report there daily for cleaning and servicing, a commissary form signed by both "
        "permit holders goes with the application, written procedures describe menu, preparation and sanitising, and "
        "units stopping an hour or more must secure staff restrooms.",
    ),
    (
        "mVo121",
        "vi",
        "lic_santaclara",
        "Bếp trung tâm phục vụ xe bán thức ăn lưu động",
        "Bếp trung tâm (commissary) cho xe bán hàng lưu động báo về hằng ngày: kho và bổ sung thực phẩm, bao bì; sơ chế, đóng "
        "gói; khu rửa và khử trùng dụng cụ; đổ rác, nước thải lỏng và rắn; nước nóng lạnh có áp; bãi rửa xe có độ dốc thoát "
        "nước; chỗ đậu xe sạch và ổ điện cho thiết bị.",
    ),
    (
        "mVo122",
        "en",
        "lic_placer",
        "Pre-inspection readiness check for food trucks and carts",
        "Mock inspection before the annual permit inspection of a mobile unit: hot water at least 120 °F (49 °C), hot "
        "holding at or above 135 °F (57 °C), refrigerators at or below 41 °F (5 °C), hand-wash supplies stocked and "
        "reachable, and the vehicle in full operating condition; commissary arranged before purchase.",
    ),
    (
        "mVo123",
        "en",
        "lic_phila",
        "Plan review and food safety certification for mobile vending units",
        "Licensing support for trucks, trailer units, pushcarts, stands and foot peddlers: new units go through plan "
        "review of their design and construction, units that prepare food need food safety certification for staff, and "
        "every operation needs an approved servicing area; annual inspection for licence approval.",
    ),
    (
        "mVo124",
        "vi",
        "lic_initiatives",
        "Khóa học chứng nhận người xử lý thực phẩm trực tuyến",
        "Khóa học người xử lý thực phẩm theo chuẩn ANSI (kiểu ServSafe Food Handler) học trong khoảng 90 phút, cấp chứng nhận "
        "cho thấy nhân viên biết phòng bệnh do thực phẩm; kèm thông tin phí giấy phép bán hàng rong (ví dụ Vancouver: phí hồ "
        "sơ 53,06 USD, phí giấy phép 879,71–1.173,37 USD) và thủ tục tái kiểm tra, gia hạn.",
    ),
    (
        "mVo125",
        "en",
        "lic_cookieguy",
        "Street food licence guide for first-time vendors",
        "Comprehensive guide to obtaining a street food licence for carts, stands and trucks in sidewalks, parks and "
        "vending areas: which licences apply, the application process, essential regulations and tips; operating "
        "without permits risks fines and closure.",
    ),
    (
        "mVo126",
        "vi",
        "lic_vanderburgh",
        "Phân loại giấy phép thực phẩm: lưu động, tạm thời, theo mùa",
        "Hướng dẫn chọn đúng loại giấy phép: đơn vị lưu động (xe, xe đẩy phải về bếp chính để vệ sinh, trữ hàng sau mỗi "
        "ngày), cơ sở tạm thời hoạt động tối đa 14 ngày gắn với lễ hội, hội chợ, sự kiện thể thao; loại theo mùa cho đá bào, "
        "chợ nông sản; máy bán hàng tự động có thực phẩm cần làm lạnh.",
    ),
    (
        "mVo127",
        "vi",
        "tr_vietgiao",
        "Khóa học nghề chế biến món ăn và mở quán ăn",
        "Trường trung cấp Việt Giao đào tạo chế biến món ăn, ví dụ gà rán: làm ngon, bài bản không dễ và mở quán còn phức "
        "tạp hơn. Trường so sánh học qua mạng xã hội (linh hoạt, rẻ nhưng không có người sửa), học người thân và học ở trường "
        "nghề có giáo viên hướng dẫn, thực hành và định hướng khởi nghiệp.",
    ),
    (
        "mVo128",
        "en",
        "tr_vietgiao_chay",
        "Short vegetarian cooking course for aspiring stall owners",
        "Short-term vegetarian kitchen course at Việt Giao vocational school in Ho Chi Minh City, with afternoon classes "
        "suited to adult learners, such as a 49-year-old trainee commuting from Đồng Nai who plans a small vegetarian "
        "kitchen; graduates can continue to a head-chef course.",
    ),
    (
        "mVo129",
        "vi",
        "tr_caodang",
        "Tuyển sinh cao đẳng nấu ăn đào tạo đầu bếp",
        "Trường cao đẳng tuyển sinh ngành nấu ăn, đào tạo phụ bếp, đầu bếp, bếp trưởng cho ngành dịch vụ du lịch đang tăng "
        "trưởng, nơi nhu cầu tuyển đầu bếp chuyên môn cao ngày càng lớn.",
    ),
    (
        "mVo130",
        "en",
        "tr_giaotrinh",
        "College textbook on culinary culture for cooking diplomas",
        "Textbook for a college-level culinary programme: Vietnamese and world food culture, history and the geographic, "
        "economic and religious influences on eating habits, taught alongside menu planning and cooking theory for "
        "hotel and restaurant careers.",
    ),
    (
        "mVo131",
        "en",
        "tr_fao_iec",
        "Food safety information, education and communication curriculum",
        "FAO project in Viet Nam building a common food safety curriculum by translating and distributing guidelines, "
        "manuals and training materials from FAO, WHO and others, after a needs assessment and a database of existing "
        "materials, to support training programmes for food safety control.",
    ),
    (
        "mVo132",
        "vi",
        "tr_docslib",
        "Lộ trình quốc gia thúc đẩy thức ăn đường phố an toàn",
        "Báo cáo hội thảo khu vực về thức ăn đường phố an toàn (Bangkok, 20–23/6/2011, WHO, FAO và ĐH Mahidol): định nghĩa, "
        "quản lý, giám sát, nguyên tắc thực hành và lộ trình quốc gia của các nước châu Á; cần phối hợp liên ngành và cách "
        "tiếp cận sát thực tế.",
    ),
    (
        "mVo133",
        "en",
        "lic_davidortiz",
        "Street vending compliance checklist (California model)",
        "Checklist of what street vending compliance officers look for: potable water for hand and utensil washing, food "
        "from approved sources, equipment that holds required temperatures, sanitary work area, protection from "
        "contamination, restroom access for handlers, approved equipment, and a visible licence sticker with owner "
        "contact and business name.",
    ),
    (
        "mVo134",
        "vi",
        "lic_hoatieu",
        "Tư vấn phí thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Cung cấp văn bản và giải thích Thông tư 75/2020/TT-BTC sửa đổi Thông tư 279/2016/TT-BTC về mức phí trong công tác an "
        "toàn vệ sinh thực phẩm, trong đó có phí thẩm định cấp giấy chứng nhận cho cơ sở kinh doanh dịch vụ ăn uống.",
    ),
    (
        "mVo135",
        "vi",
        "lic_chungchiiso",
        "Dịch vụ xin giấy chứng nhận vệ sinh an toàn thực phẩm",
        "Đơn vị tư vấn giải thích giấy chứng nhận vệ sinh an toàn thực phẩm là gì và làm trọn gói thủ tục xin cấp cho cơ sở "
        "sản xuất, kinh doanh, quán ăn.",
    ),
    (
        "mVo136",
        "en",
        "lic_foodsguider",
        "Health permits for organised street food tours",
        "Guide for tour operators organising street food tours: which health permits the tour and the visited vendors "
        "need, the application process and best practices so that tastings in public spaces are safe and legal.",
    ),
    (
        "mVo137",
        "vi",
        "lic_atpacademy",
        "Điều kiện đối với cơ sở kinh doanh dịch vụ ăn uống",
        "Khóa học, tài liệu tổng hợp các nhóm điều kiện mà cơ sở kinh doanh dịch vụ ăn uống phải đáp ứng (cơ sở vật chất, "
        "trang thiết bị, con người) để được kinh doanh hợp pháp.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "mVo138",
        "en",
        "dist_ecc",
        "Custom food truck build-out factory",
        "Factory that frames, insulates and air-conditions step vans into food trucks. Build-out is the largest start-up "
        "cost for mobile vendors, usually 40,000–65,000 USD, and takes three to seven months or more depending on "
        "equipment; exterior design is left to graphic designers.",
    ),
    (
        "mVo139",
        "vi",
        "dist_concession",
        "Chuyển đổi xe tải, xe van thành xe bán đồ ăn (food truck)",
        "Xưởng ở Fort Lauderdale tìm xe van, xe tải giao hàng, xe cứu hỏa cũ và lắp bếp chiên, tủ lạnh, mặt inox thành nhà "
        "hàng lưu động; năm 2012 hoàn thành 126 xe, tăng 34 % so với năm trước.",
    ),
    (
        "mVo140",
        "en",
        "dist_aacater",
        "Catering truck manufacturing with specialised kitchen equipment",
        "Large catering-truck manufacturer selling trucks fitted with anything from pizza ovens to industrial baking "
        "ovens; a standard truck costs about 124,000 USD new and up to 250,000 USD with specialised equipment, still far "
        "below the 850,000–1.5 million USD of opening a restaurant.",
    ),
    (
        "mVo141",
        "en",
        "dist_lpg_floating",
        "Refrigerated LPG import and floating storage",
        "Gas trading company receiving refrigerated LPG cargoes into a floating storage unit at an offshore anchorage "
        "in northern Viet Nam for wholesale distribution.",
    ),
    (
        "mVo142",
        "vi",
        "dist_pac_water",
        "Nghiên cứu xử lý nước cấp bằng than hoạt tính bột kết hợp lọc màng",
        "Đề tài của khoa Công nghệ sinh học – Môi trường, ĐH Lạc Hồng (2013) nghiên cứu xử lý nước cấp sinh hoạt bằng than "
        "hoạt tính dạng bột (PAC) kết hợp lọc màng cho nhà máy nước.",
    ),
    (
        "mVo143",
        "en",
        "dist_amoni",
        "Study of ammonium effects on disinfection by oxidising solutions",
        "Graduation thesis (Thái Nguyên University of Agriculture and Forestry, with the Institute of Environmental "
        "Technology) on how ammonium content in water reduces the disinfecting power of oxidising solutions.",
    ),
    (
        "mVo144",
        "vi",
        "dist_biodiesel_cao",
        "Tổng hợp biodiesel với xúc tác CaO nung từ vỏ trứng, vỏ sò",
        "Báo cáo nghiên cứu tổng hợp nhiên liệu sinh học từ dầu ăn phế thải với xúc tác rắn CaO nung từ vỏ trứng, vỏ sò, dùng "
        "lại được nhiều lần; khảo sát điều kiện để sản xuất quy mô công nghiệp hiệu suất cao.",
    ),
    (
        "mVo145",
        "en",
        "dist_jetfuel",
        "Refining restaurant waste oil into aviation fuel feedstock",
        "Chengdu company that collects 300–400 t of waste oil a day from hot-pot restaurants (the city discards about "
        "150,000 t a year), refines it and exports it to Europe, the US and Singapore for sustainable aviation fuel.",
    ),
    (
        "mVo146",
        "en",
        "dist_partswash",
        "Parts-washing sinks for school workshops",
        "Workshop equipment reference: bench sinks with hot and cold mixer taps, drain trays, soap and brush dispensers "
        "and grease traps for washing degreased parts, brushes and etched circuit boards in D&T classrooms; never pour "
        "solvents down the drain.",
    ),
    (
        "mVo147",
        "vi",
        "dist_camping",
        "Bộ rửa tay phun sương đạp chân cho cắm trại gia đình",
        "Dụng cụ rửa tay mang theo khi cắm trại, tự chứa nước sạch và nước thải, đạp chân là phun nước, vòi chỉnh được; phun "
        "tiết kiệm nước hơn vòi chảy, đặt ngay cạnh bàn ăn và bếp dã ngoại.",
    ),
    (
        "mVo148",
        "en",
        "dist_trailer",
        "Electric mobile hand-wash trailers for large events",
        "Rental of electric-powered hand-wash trailers for festivals and job sites, promoted as replacing foot-pump "
        "stations whose tanks, pumps and accessories can breed bacteria and algae.",
    ),
    (
        "mVo149",
        "vi",
        "dist_xebon",
        "Vận chuyển xăng dầu, khí bằng xe bồn và xuất nhập kho",
        "Tiểu luận của sinh viên hóa dầu giới thiệu phương tiện vận chuyển xăng dầu, khí đốt bằng xe bồn theo QCVN 09:2012/BCT "
        "và phương pháp xuất nhập tại kho, ưu nhược điểm về an toàn, hao hụt và chi phí.",
    ),
    (
        "mVo150",
        "en",
        "dist_khodau",
        "Design standard for petroleum depots (TCVN 5307:2009)",
        "Download and explanation of the Vietnamese standard TCVN 5307:2009 setting design requirements for depots "
        "storing petroleum and petroleum products.",
    ),
    (
        "mVo151",
        "vi",
        "dist_nhahangso",
        "Tư vấn mô hình kinh doanh nhà hàng",
        "Giới thiệu khái niệm nhà hàng, đặc điểm và cách phân loại mô hình kinh doanh nhà hàng trong ngành F&B, quy trình vận "
        "hành thống nhất từ quản lý, giám sát tới bếp, phục vụ, lễ tân.",
    ),
    (
        "mVo152",
        "en",
        "hyg_towamix",
        "Portable hand-washing station rental where plumbing isn't available",
        "Rental of self-contained sinks with water reservoir, drain reservoir, foot lever, soap and paper-towel "
        "dispensers, sized by expected uses (from a few hundred washes to several hundred with multiple taps); heated "
        "units available where codes require warm water.",
    ),
    (
        "mVo153",
        "vi",
        "dist_solar_container",
        "Ý tưởng container chợ thực phẩm chạy năng lượng mặt trời",
        "Đề xuất ý tưởng một container chợ thực phẩm ngoài trời có tủ lạnh chạy điện mặt trời, giống các container trường "
        "học dùng pin mặt trời, như một phần của gói chống chịu khí hậu.",
    ),
]

OFFERS += [
    (
        "mVo154",
        "vi",
        "hyg_eatsip_handwash",
        "Tư vấn chọn trạm rửa tay theo lưu lượng khách và loại sự kiện",
        "Chuyên gia phục vụ tiệc ngoài trời tư vấn chọn trạm rửa tay: khớp thiết kế trạm với luồng khách thực tế, lễ hội đông "
        "người cần trạm nhiều bồn, dung tích lớn để tránh ùn và đạt quy định; so sánh các loại trạm và những tính năng thật sự "
        "cần, rút từ 20 năm kinh nghiệm.",
    ),
    (
        "mVo155",
        "vi",
        "oil_cateringinsight",
        "Trang bị máy đo dầu chiên kèm khi lắp bếp chiên cho quán",
        "Nhà phân phối thiết bị bếp khuyến nghị lắp kèm máy đo chất lượng dầu khi trang bị bếp chiên: quán nhỏ thường thay dầu "
        "theo ngày cố định trong tuần, hoặc thay quá sớm gây tốn tiền, hoặc dùng dầu quá hạn làm món ngấm dầu, thậm chí chín "
        "không đều. Đo dầu giúp món chiên đồng đều mỗi ngày.",
    ),
    (
        "mVo156",
        "vi",
        "oil_memart",
        "Hướng dẫn số lần dùng lại dầu chiên an toàn và tái chế dầu thải",
        "Tài liệu hướng dẫn: dầu ăn gia đình chỉ nên dùng lại 2–3 lần, dầu chịu nhiệt cao ở quán ăn nhanh có thể 6–8 lần nếu "
        "được lọc và bảo quản đúng; dấu hiệu dầu hỏng là màu tối, mùi khét, bọt, cặn; lọc sạch, đậy kín, để nơi khô mát; dầu "
        "thải nên đem tái chế.",
    ),
]
