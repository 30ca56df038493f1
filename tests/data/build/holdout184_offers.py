"""Offers of holdout184 (bakeries and traditional cakes in small workshops).

Rows: (id, language, source key, title, description). Rows marked "# D" are distractors: offers from
neighbouring fields that share words with the needs without solving them.
"""

OFFERS = [
    # --- bread ovens: deck, rotary, gas and electric ---
    (
        "pDo001",
        "vi",
        "iqlpro",
        "Tư vấn chọn lò sàn, lò đối lưu hay lò xoay cho bánh mì que và bánh mì gối",
        "Công ty thiết bị phân tích ba kiểu lò cho lò bánh mì: lò sàn (deck) truyền nhiệt từ mặt sàn nóng nên vỏ bánh mì que "
        "giòn nhờ phản ứng Maillard nhưng thợ phải chỉnh hơi nước, nhiệt và thời gian; lò đối lưu dùng quạt cho màu bánh đều, có "
        "loại phun hơi nước; lò xoay cho mẻ lớn đồng đều. Cung cấp thông số kỹ thuật và tư vấn chọn lò theo sản phẩm.",
    ),
    (
        "pDo002",
        "en",
        "yida_deck",
        "Deck or rotary oven: selection support for bakery owners",
        "Equipment supplier explaining the two professional oven families. Deck ovens bake on a hot stone or steel floor by "
        "conduction and radiant heat, with each deck controlled separately and loaded by peel, giving strong oven spring and a "
        "crisp bottom crust. Rotary (rack) ovens use fans and a turning rack for even convection baking at scale. Helps owners "
        "match the oven to their products, workflow and growth plans.",
    ),
    (
        "pDo003",
        "en",
        "yida_guide",
        "Matching commercial oven types to your menu",
        "Catering-equipment firm offering a guide and supply of deck, convection, rack/rotary and specialty ovens. Stone or "
        "ceramic decks give intense bottom heat for thick crisp crusts and flatbreads; convection and rack ovens circulate hot "
        "air for pastries and volume. Advice is organised by how each oven transfers heat, so a bakery can choose by product.",
    ),
    (
        "pDo004",
        "en",
        "empirebake",
        "Rack ovens and revolving ovens for small-footprint bakeries",
        "Bakery-equipment dealer supplying rack ovens, in which a loaded rack turns slowly in the chamber while fans move hot "
        "air, and revolving ovens. Double-rack models take two racks without much extra floor space; programmable touchscreens "
        "store recipes for repeat bakes. Suitable for bread rolls, pastries, cookies and cakes.",
    ),
    (
        "pDo005",
        "vi",
        "foodtech_deck",
        "Lò tầng (deck) chạy gas hoặc điện cho mẻ nhỏ, kèm số liệu công suất",
        "Giới thiệu lò tầng nhiều buồng nướng chồng lên nhau, mỗi buồng giữ nhiệt độ riêng nên nướng được nhiều loại bánh cùng "
        "lúc, ít chuyển động cơ khí nên hợp bánh ngọt mềm. Lò tầng tiêu thụ khoảng 20.000–120.000 Btu/giờ khi chạy gas hoặc "
        "6–12 kW khi chạy điện; lò xe đẩy lớn thường chạy gas, lò nhỏ có thể chạy điện, có đường hơi nước.",
    ),
    (
        "pDo006",
        "en",
        "foodtech_deck",
        "Gas and electric deck and rack ovens: energy data for process planning",
        "Process-technology sheet on batch bakery ovens. Deck ovens (peel ovens) suit smaller batches of specialty goods, run "
        "at about 20,000-120,000 Btu/h on gas or 6-12 kW electric. Rack and rotational ovens are rated around 500,000 Btu/h, "
        "mostly gas-fired when large; steam connections are used for proofing and moisture control.",
    ),
    (
        "pDo007",
        "en",
        "artisan",
        "Oven sourcing and trial bakes with an artisan-baking consultancy",
        "Consultancy with long experience of electric deck, large deck, rack and tunnel ovens helping bakers choose an oven "
        "for their style and capacity. Advises checking heat exchangers, insulation, heat recovery and steam recovery, and "
        "baking in a candidate oven before buying; explains why light-duty rack ovens made for in-store bake-off are weak for "
        "craft bakeries and why old carousel ovens are being replaced.",
    ),
    (
        "pDo008",
        "en",
        "yida_pro",
        "Deck, convection and rotary ovens as used by professional bakers",
        "Supplier overview of the three workhorse ovens. Deck ovens (stone or steel hearth) are the artisan choice for "
        "baguettes, sourdough and rustic loaves; rotary ovens are high-capacity convection ovens with a rotating rack for "
        "consistent volume production; convection ovens for general pastry. Supply and sizing support.",
    ),
    (
        "pDo009",
        "vi",
        "webtretho",
        "Tư vấn chọn lò nướng cho tiệm bánh nhỏ và người bán bánh online",
        "Chia sẻ kinh nghiệm chọn lò: lò quyết định phần lớn độ thành công của bánh; bánh mì, bánh trung thu hợp lò đối lưu; "
        "người bán online nên đầu tư lò dung tích 100–120 lít trở lên hoặc lò sàn công nghiệp. Lưu ý cùng dung tích nhưng công suất khác nhau "
        "(1.500 W đến 2.800 W) và không cắm lò chung ổ với bếp từ, ấm siêu tốc để tránh quá tải.",
    ),
    (
        "pDo010",
        "vi",
        "washer",
        "So sánh lò điện và lò gas: đấu nối, chi phí vận hành và an toàn",
        "Bài tư vấn chọn lò theo các tiêu chí đấu nối, chức năng, chi phí, hiệu quả và an toàn. Lò điện công suất 2–4 kW, "
        "tải kéo dài nên dây điện cũ có thể không chịu được, cần kiểm tra công suất được cấp; lò gas có thể chạy bình khí hóa "
        "lỏng nhưng chỉ hợp nhà riêng.",
    ),
    (
        "pDo011",
        "en",
        "smiletotalk",
        "Gas versus electric deck ovens: advisory for bakeries and pizzerias",
        "Comparison of deck ovens heated by natural gas or propane flames and by electric elements: heating power, running "
        "cost depending on local utility rates, installation needs (gas line and venting versus electrical supply) and "
        "maintenance; both types last 15-20 years with care. Recommends computing real running costs with the distributor.",
    ),
    (
        "pDo012",
        "en",
        "readingbakery",
        "Electric and gas industrial ovens for commercial bakeries",
        "Oven manufacturer comparing electric ovens (even heat from well-placed elements, good insulation, smart controls, "
        "simpler installation without gas lines or large vents) with gas ovens (usually cheaper fuel, higher set-up cost for "
        "gas supply and ventilation). Helps bakeries choose and programme ovens for bread and pastry lines.",
    ),
    (
        "pDo013",
        "en",
        "pmq_apples",
        "Operating-cost comparison of gas and electric deck ovens",
        "Worked comparison shared by bakers: a 120,000 Btu gas deck oven at perhaps 70% efficiency running 12 h a day, 25 days "
        "a month uses about 360 therms (about USD 540 at 1.5/therm), while a 17 kW electric deck at 0.15/kWh costs about USD "
        "765; gas ovens with more Btu recover faster under heavy load. Method to redo the sums with local prices.",
    ),
    (
        "pDo014",
        "vi",
        "yida_guide",
        "Cung cấp lò sàn đá cho bánh mì vỏ giòn và bánh nướng đế giòn",
        "Nhà cung cấp thiết bị bếp giới thiệu lò sàn (deck) có mặt sàn bằng đá hoặc gốm, truyền nhiệt trực tiếp lên đáy bánh "
        "kết hợp nhiệt bức xạ trong buồng, cho vỏ dày giòn và bánh nở tốt; so sánh với lò đối lưu, lò xe đẩy. Tư vấn chọn lò "
        "theo sản phẩm của tiệm.",
    ),
    (
        "pDo015",
        "vi",
        "empirebake",
        "Lò xoay (rack oven) một hoặc hai xe cho lò bánh mì diện tích nhỏ",
        "Đại lý thiết bị cung cấp lò xoay: xe khay bánh quay chậm trong buồng nướng, quạt thổi khí nóng nên bánh chín đều; "
        "loại hai xe tăng sản lượng mà ít tốn mặt bằng; màn hình cảm ứng lưu chương trình nướng. Hợp bánh mì, bánh ngọt, "
        "bánh quy.",
    ),
    (
        "pDo016",
        "vi",
        "dienmayhtech",
        "Lò nướng thùng và lò vi sóng cho gian bếp gia đình",  # D
        "Cửa hàng điện máy tư vấn hộ gia đình chọn giữa lò nướng thùng (đối lưu khí nóng, nướng thịt, cá, bánh) và lò vi "
        "sóng (hâm nóng, rã đông nhanh): cấu tạo, ưu nhược điểm và mức giá cho bếp nhà.",
    ),
    (
        "pDo017",
        "vi",
        "life123",
        "Tư vấn chọn lò thương mại chạy điện hay chạy gas",
        "Tư vấn cho cơ sở kinh doanh ăn uống: lò điện giữ nhiệt ổn định, nhiệt độ chính xác, làm nóng nhanh và lắp đặt đơn "
        "giản vì chỉ cần nguồn điện; lò gas cho nhiệt mạnh, rẻ hơn nơi giá gas thấp, tốt cho kiểm soát độ ẩm khi nướng bánh mì "
        "nhưng cần hệ thống thông gió. So sánh chi phí vận hành, lắp đặt, bảo trì.",
    ),
    # --- dough mixers and proofers ---
    (
        "pDo018",
        "en",
        "spiral_msc",
        "Spiral dough mixers that keep dough cool",
        "Supplier glossary and equipment line: spiral mixers turn a fixed spiral hook while the bowl rotates (often both ways) "
        "against a breaker bar, driven by two motors through belts. Less friction heat than planetary mixers keeps final dough "
        "below about 26 C, which protects fermentation timing; handles stiff bagel dough around 55% hydration up to wet "
        "sourdoughs. Recommends logging dough temperature.",
    ),
    (
        "pDo019",
        "en",
        "prestige",
        "Spiral mixers for bread and pizza dough",
        "Commercial kitchen supplier of spiral mixers: the hook kneads only part of the dough at a time, turning at about "
        "100 rpm while the bowl turns at about 10 rpm the other way, developing gluten gently without overworking or heating "
        "the dough.",
    ),
    (
        "pDo020",
        "en",
        "shinelong",
        "Spiral mixer with two motors and pulley drive",
        "Kitchen-equipment maker offering spiral mixers dedicated to bread and pizza dough: one motor turns the bowl and one "
        "the spiral arm, through pulleys rather than gears, for smooth quiet mixing that develops gluten without overworking.",
    ),
    (
        "pDo021",
        "en",
        "twothousand",
        "Complete small-bakery equipment: mixer, bench, proofer, oven",
        "Equipment dealer covering the four steps of a bakery: floor-standing dough mixers from 10 quarts to over 400 pounds "
        "of dough (choose by output, speeds, lock-outs), stainless or wooden benches for scaling, humidified proofers in which "
        "a heating element under a water tray makes steam, and wood, electric or gas ovens; safety switches and bars.",
    ),
    (
        "pDo022",
        "en",
        "wisegeek",
        "Choosing a dough proofer: capacity, mobile or fixed, oven combinations",
        "Guide and supply of proofers that hold temperature and humidity for the final rise. Choose by number of loaves and "
        "kitchen space; mobile units on casters or fixed refrigerator-like cabinets; combined units with an oven underneath "
        "sized to the same number of loaves.",
    ),
    (
        "pDo023",
        "en",
        "bakingbiz_proofer",
        "Final proofers, manual racks or continuous",
        "Baking-industry reference on final proofers: enclosures with controlled atmosphere in which shaped dough pieces "
        "ferment to volume before baking; loaded by hand on racks, or automated on racks, trays or conveyors, up to continuous "
        "proofers for lines.",
    ),
    (
        "pDo024",
        "vi",
        "prestige",
        "Máy nhào bột kiểu xoắn (spiral) cho lò bánh mì nhỏ",
        "Cung cấp máy nhào trục xoắn: móc xoắn quay khoảng 100 vòng/phút, cối quay ngược chiều khoảng 10 vòng/phút, mỗi lúc "
        "chỉ nhào một phần khối bột nên ít sinh nhiệt, gluten phát triển tốt mà bột không bị nhào quá.",
    ),
    (
        "pDo025",
        "vi",
        "spiral_msc",
        "Kiểm soát nhiệt độ bột khi nhào bằng máy trộn xoắn",
        "Hướng dẫn vận hành máy trộn xoắn hai động cơ: giữ nhiệt độ bột sau nhào dưới khoảng 26°C để men không lên quá nhanh, "
        "ghi sổ nhiệt độ bột mỗi mẻ; máy xử lý được từ bột cứng (khoảng 55% nước) đến bột nhiều nước.",
    ),
    (
        "pDo026",
        "vi",
        "wisegeek",
        "Tủ ủ bột kiểm soát nhiệt độ và độ ẩm",
        "Cung cấp tủ ủ bột (proofer) cho bánh mì, bánh cuộn: chọn theo số ổ ủ mỗi lần và diện tích bếp; loại có bánh xe di "
        "chuyển hoặc loại đặt cố định như tủ lạnh; loại tủ ủ liền lò nướng phía dưới để chuyển bánh thẳng vào nướng.",
    ),
    (
        "pDo027",
        "vi",
        "twothousand",
        "Trọn bộ thiết bị cho lò bánh: máy trộn, bàn chia bột, tủ ủ hơi nước, lò",
        "Tư vấn và cung cấp thiết bị theo bốn bước làm bánh: máy trộn đặt sàn từ 10 quart đến hơn 180 kg bột, bàn inox hoặc "
        "gỗ để cân chia bột, tủ ủ có điện trở đặt dưới khay nước tạo hơi ẩm, lò củi, lò điện hoặc lò gas có xe khay; chú ý "
        "công tắc dừng khẩn cấp.",
    ),
    (
        "pDo028",
        "vi",
        "shinelong",
        "Máy trộn bột trục xoắn hai động cơ, truyền động bằng puly",
        "Nhà sản xuất thiết bị bếp chào máy trộn xoắn chuyên cho bột bánh mì: một động cơ quay cối, một động cơ quay trục "
        "xoắn, truyền bằng puly thay bánh răng nên chạy êm, nhào nhẹ nhàng mà vẫn tạo mạng gluten.",
    ),
    # --- flour, dough and recipes for banh mi ---
    (
        "pDo029",
        "vi",
        "nawngthu",
        "Chuyển giao công thức bánh mì Việt Nam vỏ giòn, ruột xốp",
        "Công thức thử nghiệm cho mẻ 8 ổ: 300 g bột mì dai, 190–200 g nước ấm, 6 g men, muối, 10 g giấm (có thể thay bằng bia, "
        "nước mẻ hoặc sữa chua), 10 g đường, 10 g dầu; trộn máy tốc độ cao khoảng 10 phút, nghỉ, trộn thêm 5 phút rồi nhồi tay. "
        "Bánh rất nhẹ, vỏ giòn, ít ruột.",
    ),
    (
        "pDo030",
        "vi",
        "lienhoa",
        "Tư vấn chọn bột mì và men cho bánh mì Việt Nam",
        "Lò bánh mì chia sẻ kỹ thuật: dùng bột chuyên làm bánh mì có protein 11,5–12,5% để mạng gluten đủ dai xốp; bột thấp "
        "hơn khó đạt độ dai, bột quá cao làm bánh cứng khô. Men instant dùng trực tiếp, men khô kích hoạt bằng nước ấm "
        "38–40°C với đường; ưu tiên bột mới.",
    ),
    (
        "pDo031",
        "vi",
        "memart_botbm",
        "Cẩm nang bột bánh mì cho kinh doanh nhỏ: tỉ lệ, nhào, ủ",
        "Tài liệu hướng dẫn về bột làm bánh mì (gluten trung bình đến cao), cách chọn nguyên liệu, tỉ lệ pha trộn, kỹ thuật "
        "nhào, ủ bột và mẹo để bánh giòn vỏ mềm ruột, áp dụng cho làm tại nhà hoặc kinh doanh nhỏ.",
    ),
    (
        "pDo032",
        "en",
        "winenfood_secret",
        "Rice-flour blend for a thin, crackly banh mi crust",
        "Recipe development service: replacing part of the bread flour with rice flour weakens gluten just enough for a "
        "paper-thin shattering crust and an airy crumb. Base formula for 4 loaves: 420 g bread flour, 80 g (non-glutinous) "
        "rice flour, 7 g instant yeast, 12 g sugar, 9 g salt, 355 ml water at 40-46 C.",
    ),
    (
        "pDo033",
        "en",
        "eatsip",
        "Banh mi sandwich-roll formula with rice flour and oil",
        "Tested formula for Vietnamese baguettes that hold fillings: 420 g bread flour, 65 g white rice flour, 2 tsp instant "
        "yeast, sugar, salt, 2 tbsp neutral oil and 360 ml warm water (40-46 C). Rice flour gives the thin crackly crust that "
        "yields instead of shattering; high-protein flour gives chew.",
    ),
    (
        "pDo034",
        "en",
        "visualfoodie",
        "Steam-baking method for light Vietnamese baguettes",
        "Recipe and method for shatteringly crisp, feather-light loaves: 400 g bread flour with 40 g rice flour, 9 g salt, "
        "12 g sugar, 6 g instant yeast, 355 ml lukewarm water and 1 tsp rice vinegar or lemon juice; steam in the oven and "
        "careful proofing give the crackling crust and cloud-like crumb.",
    ),
    (
        "pDo035",
        "en",
        "busby",
        "Guide to bread improvers and dough conditioners",
        "Baking-school guide to what improvers do: oxidising agents strengthen the gluten matrix for quickly made dough, "
        "others speed production or extend shelf life; sold as single ingredients or blended sachets dosed per bag of flour.",
    ),
    (
        "pDo036",
        "en",
        "domson",
        "Bromate-free dough oxidants and reductants",
        "Bakery-ingredient distributor's technical dossier: ascorbic acid (E300) is the standard replacement for potassium "
        "bromate (E924), which is banned in the EU and UK; glucose oxidase and enzyme-active soya flour give enzymatic "
        "oxidation; L-cysteine (E920) relaxes over-strong dough. Includes a comparison of six improvers, fault diagnosis and "
        "formula cards.",
    ),
    (
        "pDo037",
        "en",
        "bakemag",
        "Enzyme-based dough conditioners for cleaner labels",
        "Ingredient company work presented at BakingTech 2016: enzymes can take over dough-conditioning tasks, cutting a 100% "
        "whole-wheat bread from 17 to 13 ingredients; protease can replace L-cysteine and lipase can replace DATEM with no "
        "loss of crumb quality.",
    ),
    (
        "pDo038",
        "en",
        "pakfan",
        "Ascorbic acid flour improver with controlled particle size",
        "Flour-improver supplier: ascorbic acid (vitamin C) strengthens gluten by oxidative cross-linking, increasing gas "
        "retention, loaf volume and tolerance to dough temperature; used with lipase, amylase and xylanase in chemical-free "
        "formulations as an alternative to bromate, ADA or calcium peroxide.",
    ),
    (
        "pDo039",
        "vi",
        "shuma",
        "Tư vấn vai trò phụ gia trong bánh mì",
        "Giải thích công dụng từng phụ gia: chất cải tạo bột, enzyme alpha-amylase, L-cystein làm mềm bột, acid ascorbic làm "
        "chắc gluten, kali bromat (chất oxy hóa mạnh), canxi propionat chống nấm và acid acetic hạ pH; liều dùng thay đổi theo "
        "mùa, tăng vào mùa mưa.",
    ),
    (
        "pDo040",
        "vi",
        "winenfood_regional",
        "Đào tạo làm bánh mì kiểu miền Bắc và miền Nam",
        "Khóa học công thức bánh mì Việt: thêm một ít bột gạo vào bột bánh mì để vỏ giòn mỏng, ruột nhẹ; phân biệt kiểu Hà Nội "
        "và kiểu Sài Gòn. Công thức 4 ổ: 420 g bột bánh mì, 35 g bột gạo tẻ, 8 g muối, 12 g đường, 7 g men, 355 ml nước ấm, "
        "14 g bơ hoặc dầu.",
    ),
    (
        "pDo041",
        "vi",
        "domson",
        "Thay kali bromat bằng acid ascorbic và enzyme trong bột bánh mì",
        "Hồ sơ kỹ thuật của nhà phân phối nguyên liệu: acid ascorbic (E300) là chất thay thế chuẩn cho kali bromat (E924) đã "
        "bị cấm ở EU và Anh; glucose oxidase, bột đậu nành hoạt tính enzyme cho oxy hóa bằng enzyme; L-cystein (E920) làm mềm "
        "bột quá dai; bảng so sánh sáu chất cải tạo bột.",
    ),
    (
        "pDo042",
        "vi",
        "bakemag",
        "Chất cải tạo bột gốc enzyme, nhãn thành phần ngắn gọn",
        "Giải pháp dùng enzyme thay phụ gia tổng hợp: protease thay L-cystein, lipase thay DATEM; thử nghiệm bánh mì nguyên "
        "cám giảm từ 17 xuống 13 thành phần mà ruột bánh không khác.",
    ),
    # --- traditional cakes and their mechanised making ---
    (
        "pDo043",
        "vi",
        "chimvenuinhan",
        "Dây chuyền gói và luộc bánh chưng, bánh tét bằng máy 2.500 bánh/ngày",
        "Mô hình dây chuyền đầu tư hơn 3 tỷ đồng, chạy từ 2018: máy đảm nhận chừng 90% khâu (ướp, cắt thịt; hấp "
        "đậu; ép nhân và khung; luộc); nồi luộc và nồi hấp nhân chỉnh được áp suất, nhiệt độ; máy móc nhập từ Đức, Bỉ, "
        "Nhật và được ghép nối thành dây chuyền. Sẵn sàng chia sẻ kinh nghiệm cho cơ sở làm bánh truyền thống.",
    ),
    (
        "pDo044",
        "vi",
        "vtc_banhchung",
        "Hệ thống hơn 10 máy cho từng công đoạn làm bánh lá",
        "Dây chuyền gồm các máy rửa lá, vo gạo, thái thịt định lượng, trộn và đóng khuôn nhân để mọi bánh có lượng nhân như "
        "nhau, máy dập khuôn gói bánh và buộc lạt; trung bình mỗi phút ra một bánh 1,5 kg, vẫn dùng nguyên liệu truyền thống; "
        "một số khâu như chọn lá vẫn làm tay.",
    ),
    (
        "pDo045",
        "en",
        "baomoi_banhchung",
        "Machine line for wrapping sticky-rice cakes with robotic tying",
        "Workshop owner in Thu Duc built a line that wraps leaf-wrapped rice cakes by machine: a robotic arm ties the strings, "
        "pork is salt-washed, rinsed and cut by machine for hygienic fillings, and the line turns out about one 1.5 kg cake per "
        "minute with the traditional shape and taste.",
    ),
    (
        "pDo046",
        "vi",
        "langnghe_pia",
        "Hỗ trợ khuyến công: lò nướng băng chuyền và máy bao nhân tự động cho bánh pía",
        "Trung tâm khuyến công lập đề án hỗ trợ ứng dụng máy móc tiên tiến trong sản xuất bánh pía; một doanh nghiệp bánh "
        "pía – lạp xưởng đã đầu tư lò nướng băng chuyền 50–100 cái/phút và máy gói, bao nhân tự động 50–100 cái/phút. Tư vấn "
        "lập hồ sơ xin hỗ trợ và chọn thiết bị.",
    ),
    (
        "pDo047",
        "vi",
        "tapchicongthuong_pia",
        "Máy cán vỏ bánh pía nhiều lớp",
        "Giới thiệu công nghiệp hóa bánh pía: khâu vất vả nhất là đánh bột làm vỏ; máy cán vỏ thay thao tác tay, cán bột thành "
        "nhiều lớp mỏng mềm dẻo ôm nhân; kèm kinh nghiệm làm nhân đậu xanh, khoai môn hấp xay với đường và mỡ, sầu riêng trữ "
        "đông.",
    ),
    (
        "pDo048",
        "en",
        "ulhom",
        "Automatic filling and encrusting machine for filled pastries",
        "Food-machinery maker offering a CNC multi-function filling (encrusting) machine that wraps dough around fillings such "
        "as bean paste, lotus paste or egg yolk and forms round cakes for pressing and baking, replacing hand wrapping while "
        "keeping the traditional look.",
    ),
    (
        "pDo049",
        "en",
        "aocno",
        "Industrial production line for filled festival cakes",
        "Manufacturer of cake and mooncake lines: dough kneading, filling preparation, wrapping the filling, mould pressing "
        "and oven baking in one line, including laminated (flaky) skins made by wrapping an oil dough in a water dough.",
    ),
    (
        "pDo050",
        "en",
        "y_tt_ricecake",
        "Mechanised rice-cake workshop: washing, soaking, milling, steaming, forming",
        "Case of a rice-cake processing workshop that replaced heavy manual steps (milling, sieving, steaming, pounding) with "
        "machines: rice washer with stone and float separators, controlled soaking (time and water temperature set the "
        "rice moisture and cake hardness), milling, steaming, forming, cutting, cooling, drying and packing, in clean rooms "
        "with disinfection area and air shower.",
    ),
    (
        "pDo051",
        "vi",
        "bachkhoa_banhtrang",
        "Thiết kế chế tạo thiết bị tự động sản xuất bánh tráng bò bía",  # D
        "Luận văn thạc sĩ ngành công nghệ chế tạo máy, Trường ĐH Bách khoa TP.HCM (2013): thiết kế và chế tạo thiết bị tráng "
        "và hấp bánh tráng mỏng cuốn bò bía tự động.",
    ),
    (
        "pDo052",
        "en",
        "veronteo",
        "Formula for steamed rice-flour honeycomb cake (banh bo)",
        "Recipe transfer for banh bo made with coconut milk: 500 g rice flour, 100 g tapioca flour, 7 g instant yeast, 400 ml "
        "coconut milk, 300 g sugar, 450 ml warm water; knead 10 minutes, rest at least 1.5 h until bubbly, steam in greased "
        "cups 10-15 minutes for a chewy honeycomb texture with a light fermented taste.",
    ),
    (
        "pDo053",
        "en",
        "annievang",
        "Fermentation protocol for reliable honeycomb banh bo",
        "Method developed after many failed batches: ferment rice flour, warm water, a little sugar and yeast in a closed "
        "airtight container for 5-10 hours (or about 1 hour with instant yeast), add cooled coconut-milk syrup, rest, then "
        "steam; patience and a sealed container give the honeycomb.",
    ),
    (
        "pDo054",
        "vi",
        "webmuasam_banhit",
        "Bánh ít lá gai cấp đông, hút chân không để gửi đi xa",
        "Cơ sở bánh ít lá gai chia sẻ quy trình: nếp ngâm khoảng 4 giờ rồi xay, treo túi vải cho ráo bột, quết với lá gai "
        "giã nhuyễn và đường; nhân đậu xanh, dừa; bánh gói lá chuối trực tiếp rồi cấp đông và hút chân không để vận chuyển, "
        "hạn dùng và cách bảo quản ghi trên bao bì.",
    ),
    (
        "pDo055",
        "en",
        "vietnamvn_cantho",
        "Natural colours for banh tet: perilla purple, pandan green, gac red",
        "Four-generation banh tet bakery in Can Tho making up to about 1,000 cakes a day before Tet shares its recipes for "
        "naturally coloured sticky rice: purple from perilla leaves, green from pandan, orange-red from gac fruit, with "
        "fillings of sweet bean, banana, dried shrimp or bean and pork fat.",
    ),
    (
        "pDo056",
        "vi",
        "dulichvn_thotnot",
        "Công thức bánh thốt nốt từ bột gạo lên men",
        "Quy trình bánh thốt nốt vùng Bảy Núi: gạo Nàng Nhen xay bột, ủ một đêm cho lên men (hoặc phơi khô cất một năm) để bánh "
        "không nhão, trộn cơm và nước thốt nốt, gói lá chuối, hấp khoảng một giờ cho bánh màu vàng sáp.",
    ),
    (
        "pDo057",
        "en",
        "bitlanders",
        "Scalded-flour method for soft steamed rice cakes",
        "Home-production method for white steamed rice cakes: scald about half the rice flour with boiling water, cool, add "
        "the rest and yeast dissolved at about 35 C, pour into oiled moulds 1/2 to 2/3 full, let rise to full, steam 15-20 "
        "minutes and wait 5 minutes before opening the lid.",
    ),
    (
        "pDo058",
        "vi",
        "thuonghieu_pia",
        "Tham quan học tập mô hình công nghệ hóa sản xuất bánh pía",
        "Chương trình kết nối cho cơ sở làm bánh đến các lò bánh pía dọc Quốc lộ 1A (Tân Huê Viên, Công Lập Thành, Quãng Trân) "
        "xem quy trình cán vỏ nhiều lớp, làm nhân đậu xanh, khoai môn, sầu riêng, trứng muối và bán hàng cho khách tham quan.",
    ),
    (
        "pDo059",
        "en",
        "tasteatlas",
        "Encyclopedia entry: banh tet, southern Vietnamese sticky rice cake",  # D
        "Food-atlas description of banh tet: glutinous rice with mung bean or pork filling wrapped in banana leaf, boiled or "
        "steamed, sliced into rounds, often wrapped in plastic with a red or gold ribbon for Tet.",
    ),
    (
        "pDo060",
        "vi",
        "sendidau",
        "Tour ẩm thực: 8 loại bánh đặc sản miền Tây",  # D
        "Bài giới thiệu du lịch các món bánh miền Tây như bánh đúc ngọt nước cốt dừa (bột gạo, bột năng, lá dứa), giá khoảng "
        "10.000–15.000 đồng một phần ở Cần Thơ, An Giang.",
    ),
    (
        "pDo061",
        "vi",
        "congthuong_mientay",
        "Giới thiệu các món bánh dân dã miền Tây Nam Bộ",  # D
        "Bài quảng bá ẩm thực: bánh katum của người Khmer, bánh bò nướng của người Chăm, bánh bột báng, bánh cống Sóc Trăng, "
        "bánh xèo; gợi ý điểm thưởng thức cho du khách.",
    ),
    (
        "pDo062",
        "en",
        "studymode",
        "Puffed rice-cake popping machines",  # D
        "Production overview of puffed rice cakes: soaked rice is heated under pressure in expensive popping machines until "
        "it expands to fill the mould; flavourings are sprayed on afterwards because additives raise breakage.",
    ),
    (
        "pDo063",
        "en",
        "fastfoodday",
        "Snow-cake (puffed rice cracker) production line",  # D
        "Equipment article on a 39-step rice cracker line in Heilongjiang: rice soaking, milling, blank making, puffing, "
        "baking and packing, with rice-washing machines that separate stones and floaters.",
    ),
    (
        "pDo064",
        "vi",
        "kemxop",
        "Thiết kế nhà máy bánh kem xốp 7.450 tấn/năm",  # D
        "Đồ án thiết kế nhà máy bánh kẹo 9.450 tấn sản phẩm/năm (bánh kem xốp vị chuối 7.450 tấn, kẹo cao su xylitol 2.000 "
        "tấn): chọn địa điểm, quy trình, cân bằng vật chất, chọn thiết bị, bản vẽ mặt bằng phân xưởng.",
    ),
    (
        "pDo065",
        "vi",
        "cookies",
        "Thiết kế nhà máy bánh cookies 7.840 tấn/năm",  # D
        "Đồ án thiết kế nhà máy sản xuất bánh cookies đậu gà nhân kem bơ sữa năng suất 7.840 tấn sản phẩm/năm: tổng quan bột "
        "nhào, tính toán dây chuyền công nghiệp.",
    ),
    (
        "pDo066",
        "en",
        "bestlester",
        "Edible-ink food printer for decorating mooncakes",  # D
        "Printer that prints artworks on mooncake tops with edible ink, one design or many at once; sold to a Beijing client.",
    ),
    (
        "pDo067",
        "vi",
        "nhantrung",
        "Phát triển sản phẩm bánh nhân trứng ít đường bổ sung mứt dâu tằm",  # D
        "Báo cáo môn phát triển sản phẩm mới: bánh dùng tinh bột mì, tinh bột trơ và chất tạo ngọt isomalt, aspartame, "
        "acesulfame K cho người ăn kiêng, tiểu đường.",
    ),
    (
        "pDo068",
        "vi",
        "dulichocean",
        "Thương hiệu bánh ít lá gai Bà Hoa: câu chuyện tên gọi",  # D
        "Trang bán hàng của một thương hiệu bánh ít lá gai kể sự tích chữ 'ít' từ chữ 'út ít' thời Hùng Vương và nét riêng của "
        "bánh ít vùng Bình Định.",
    ),
    (
        "pDo069",
        "en",
        "void_ai",
        "Wiki article on banh tet and Tet traditions",  # D
        "General article: banh tet is glutinous rice filled with mung beans and pork, wrapped in banana leaves and boiled for "
        "hours; making it together is a family tradition honouring ancestors.",
    ),
    # --- shelf life without banned preservatives, water activity, mould ---
    (
        "pDo070",
        "en",
        "encyclopedia_bread",
        "Alternatives to chemical preservatives for bread",
        "Review-based advisory on preserving bread without harmful chemical preservatives: microbial fermentation, plant and "
        "animal derivatives, nanofibres and other new technologies. Covers the main spoilage moulds (Penicillium, "
        "Aspergillus, Wallemia) and mycotoxin risk in packed bread.",
    ),
    (
        "pDo071",
        "en",
        "bakeryinfo_aw",
        "Water-activity assessment to extend mould-free shelf life",
        "Bakery specialists at a food research centre measure water activity (aw, 0 to 1) of bakery products, which for "
        "cakes and bread lies between about 0.70 and 0.98; lowering aw by adding sugar and salt, which bind water osmotically, "
        "lengthens mould-free shelf life, so richer cakes keep longer than bread.",
    ),
    (
        "pDo072",
        "en",
        "madsci",
        "Low water activity as a preservative-free mould control",
        "Microbiology advice: calcium propionate is the usual chemical anti-mould agent at bread pH; the alternative is to "
        "reduce water activity, since moulds cannot grow below aw 0.85, as long as the product is protected from taking up "
        "moisture; very low aw makes bread dry, cracker-like.",
    ),
    (
        "pDo073",
        "en",
        "encyc_sourdough",
        "Sourdough as a natural route to longer bread shelf life",
        "University researchers summarise how sourdough fermentation with yeast and lactic acid bacteria improves flavour "
        "and texture and slows both staling and surface mould, offering a natural replacement for synthetic anti-staling and "
        "antimicrobial additives.",
    ),
    (
        "pDo074",
        "en",
        "sourdoughschool",
        "Antimould lactic acid bacteria for sourdough",
        "Research summary: heterofermentative sourdough lactobacilli produce antimould compounds; Lactobacillus sanfrancisco "
        "CB1 inhibited Fusarium, Penicillium, Aspergillus and Monilia through a synergistic mix of acetic, caproic, formic, "
        "propionic, butyric and n-valeric acids, caproic acid playing the key role.",
    ),
    (
        "pDo075",
        "en",
        "cricut_foods",
        "Optimised lactic-acid-bacteria mixes for partially baked bread",
        "University study optimising proportions of lactic acid bacteria in sourdough with a simplex-lattice design to cut "
        "fungal growth, control acetic acid and the lactic-to-acetic ratio; the mixes were used in partially baked bread and "
        "mould growth and quality tracked in refrigerated storage.",
    ),
    (
        "pDo076",
        "en",
        "napstic",
        "Mechanisms of sourdough shelf-life extension: review",
        "Journal review: sourdough organic acids, exopolysaccharides and bacteriocins slow amylopectin retrogradation, "
        "reduce moisture loss and inhibit microbial spoilage, extending bread shelf life; reference for bakeries adopting "
        "sourdough.",
    ),
    (
        "pDo077",
        "vi",
        "khoahocnews",
        "Gói hút oxy (bột sắt) giữ bánh không mốc trong hạn dùng",
        "Chuyên gia an toàn thực phẩm giải thích: bánh nướng nhân thường có hạn 50–75 ngày và phải có gói hút oxy bằng bột sắt "
        "để giữ môi trường yếm khí; bao bì rách, nứt thì nấm mốc phát triển dù còn hạn. Tư vấn chọn gói hút oxy và bao bì kín.",
    ),
    (
        "pDo078",
        "vi",
        "memart_moc",
        "Chẩn đoán nguyên nhân bánh nướng nhân bị mốc",
        "Hướng dẫn tìm nguyên nhân mốc: bao bì hở hoặc thiếu gói hút oxy, nguyên liệu và dụng cụ không sạch, quá nhiều dầu "
        "làm ẩm bánh, quá ít đường làm giảm khả năng kháng khuẩn, bảo quản trên 25°C và độ ẩm cao; ngăn mát 2–4°C giữ lâu hơn.",
    ),
    (
        "pDo079",
        "vi",
        "banhthuanphong",
        "Giải pháp chống mốc cho bánh nướng nhân đậu, hạt sen",
        "Cơ sở bánh chia sẻ: mốc do nguyên liệu không tươi, công đoạn không sạch, bao bì dập rách, nhân quá nhạt đường, dầu "
        "trong nhân thấm ra vỏ làm ướt bánh; giải pháp là đúng hàm lượng đường, giảm dầu nhân, bao bì kín và chọn bánh mới.",
    ),
    (
        "pDo080",
        "vi",
        "thietbichuyendung",
        "Bí quyết làm bánh trung thu không bị mốc",
        "Doanh nghiệp thiết bị chuyên dụng hướng dẫn: vệ sinh dụng cụ, khuôn, khay, lò; dùng nguyên liệu tươi; không giảm "
        "đường trong nhân quá mức; kiểm soát dầu trong nhân đậu xanh, trà xanh, hạt sen để vỏ không bị ướt.",
    ),
    (
        "pDo081",
        "vi",
        "memart_banhtet_tl",
        "Quy trình bảo quản bánh tét theo nhiệt độ và hút chân không",
        "Bảng thời hạn bảo quản: ngăn mát 10–15 ngày (bánh cứng, hấp lại trước khi ăn), ngăn đá 15–20 ngày, hút chân không "
        "và ngăn mát 10–15 ngày, hút chân không và ngăn đá 20–30 ngày, hợp gửi đi xa; giữ nguyên lá gói, bọc kín phần đã cắt.",
    ),
    (
        "pDo082",
        "vi",
        "suckhoe_bq",
        "Hướng dẫn bảo quản bánh tét, bánh chưng không thiu mốc",
        "Để nơi khô thoáng, treo bánh: 2–3 ngày; rửa bánh sau khi luộc để trôi nhựa lá, hong khô, ép ráo nước thì để được "
        "7–10 ngày; tủ lạnh 10–15 ngày, hấp lại trước khi ăn; kiểm tra mốc thường xuyên.",
    ),
    (
        "pDo083",
        "vi",
        "thanhnien_test",
        "Test nhanh hàn the và kiểm nghiệm xác nhận mẫu thực phẩm",
        "Đoàn kiểm tra an toàn thực phẩm dùng test nhanh hàn the tại bếp ăn (chả lụa âm tính, mì sợi vàng nghi dương tính); vì "
        "test nhanh sai số lớn nên lấy mẫu về phòng kiểm nghiệm xác định hàn the hay hợp chất gốc tương tự. Dịch vụ test và "
        "kiểm nghiệm cho cơ sở.",
    ),
    (
        "pDo084",
        "en",
        "biogrowth",
        "Predictive model of microbial growth versus water activity (R package biogrowth)",
        "Open-source R package providing secondary growth models, including the Rosso model for water activity (Aryani et "
        "al. 2001), to predict how a microorganism's growth rate falls as aw approaches its minimum for growth.",
    ),
    (
        "pDo085",
        "en",
        "pupmsi",
        "Moisture sorption isotherm fitting for food products (R package PUPMSI)",
        "Open-source R tools fitting the Henderson and other sorption isotherms to adsorption and desorption data, to predict "
        "moisture content of a food at each water activity level and set safe storage moisture.",
    ),
    (
        "pDo086",
        "vi",
        "bakeryinfo_aw",
        "Đo hoạt độ nước (aw) và chỉnh công thức để bánh lâu mốc",
        "Dịch vụ đo aw cho sản phẩm bánh: bánh mì, bánh ngọt thường có aw từ 0,70 đến 0,98; giảm aw bằng cách tăng đường, "
        "muối để giữ nước liên kết, nhờ vậy kéo dài thời gian không mốc mà không cần chất bảo quản.",
    ),
    (
        "pDo087",
        "vi",
        "encyc_sourdough",
        "Ứng dụng bột chua (sourdough) thay chất bảo quản tổng hợp",
        "Nhóm nghiên cứu chuyển giao kỹ thuật lên men bột chua bằng nấm men và vi khuẩn lactic: cải thiện hương vị, kết cấu, "
        "làm chậm bánh cứng và mốc bề mặt, đáp ứng nhu cầu bánh không phụ gia tổng hợp.",
    ),
    (
        "pDo088",
        "vi",
        "answers",
        "Tư vấn nguyên liệu và cách bảo quản hạn chế mốc bánh mì",
        "Tổng hợp: chất bảo quản thường dùng là propionat, sorbat; về tự nhiên có giấm, mật ong, vitamin C; để bánh nguội hẳn "
        "trước khi cho vào túi để không đọng hơi nước, giữ kín, rửa tay khi thao tác; cấp đông làm chậm mốc.",
    ),
    (
        "pDo089",
        "en",
        "foodanalytics",
        "Lab-calculation software for food analyses",  # D
        "Open-source program for food-lab routines: ash, acidity, Kjeldahl protein, sugars in honey, milk fat and lactose, "
        "water hardness, chlorine, iodine and peroxide indices.",
    ),
    (
        "pDo090",
        "vi",
        "tauhuky",
        "Quy trình công nghệ bảo quản tàu hủ ky làng nghề Mỹ Hòa",  # D
        "Đề tài nghiên cứu bảo quản tàu hủ ky ở làng nghề xã Mỹ Hòa, thị xã Bình Minh (Vĩnh Long), hơn 20 lò, khoảng 2 tấn/ngày: "
        "quy trình ngâm đậu nành, xay, nấu lấy váng và bảo quản sản phẩm.",
    ),
    (
        "pDo091",
        "vi",
        "memart_bq_chung",
        "Phương pháp bảo quản bánh tét, bánh chưng theo từng điều kiện",
        "Bảng khuyến nghị: nhiệt độ phòng 2–3 ngày, ngăn mát 4°C 7–10 ngày bọc kín, ngăn đá 15–20 ngày, hút chân không ở nhiệt "
        "độ phòng 7–10 ngày, hút chân không và tủ lạnh 12–15 ngày.",
    ),
    # --- packaging, vacuum, oxygen absorbers, labelling ---
    (
        "pDo092",
        "en",
        "perishable_map",
        "Modified atmosphere packaging for bakery products",
        "Packaging firm offering MAP for bread and baked goods: the air in the pack is replaced by a mix of carbon dioxide, "
        "nitrogen and some oxygen; less oxygen and more CO2 slow microbial growth and oxidation, keeping freshness longer.",
    ),
    (
        "pDo093",
        "en",
        "spkx_map",
        "MAP, oxygen absorbers and ethanol emitters for bakery shelf life",
        "University review (Jiangnan University with partners) of shelf-life extension for bakery foods: changing the "
        "proportions of CO2, N2 and O2 in the pack, oxygen absorbents and ethanol vapour generators against aerobic spoilage "
        "and oxidation, and nanomaterials in MAP films.",
    ),
    (
        "pDo094",
        "en",
        "ift_pack",
        "Packaging solutions against staling, moisture change and mould in baked goods",
        "Food-packaging expertise: baked goods deteriorate by staling, water loss or gain, oxidation and microbial growth; "
        "packaging can slow each mode, alongside enzymes and dough strengtheners against staling.",
    ),
    (
        "pDo095",
        "en",
        "kotsianis",
        "Review of MAP technology for bakery products",
        "University laboratory review: bread's water activity allows yeasts and moulds after baking-time contamination, and "
        "staling changes texture and aroma; MAP offers a significant extension of shelf life, with attention to gas mixes and "
        "refrigerated pre-baked doughs.",
    ),
    (
        "pDo096",
        "vi",
        "scribd_ckk",
        "Tài liệu đào tạo nguyên lý đóng gói chân không",
        "Bài giảng của nhóm sinh viên công nghệ thực phẩm: hút chân không giảm oxy trong bao bì; khi oxy dưới 1% vi sinh vật "
        "phát triển chậm hẳn, dưới 0,5% phần lớn ngừng sinh sản; lợi ích, hạn chế (vi khuẩn kỵ khí), loại bao bì và máy.",
    ),
    (
        "pDo097",
        "vi",
        "khoahockt_ck",
        "Cung cấp bao bì hút chân không cho thực phẩm khô và bánh",
        "Doanh nghiệp bao bì giới thiệu túi hút chân không tạo môi trường yếm khí, làm chậm oxy hóa và vi khuẩn hiếu khí; một "
        "cửa hàng đồ khô dùng bao bì này giữ hàng giòn thơm gần gấp đôi, không mốc khi trời nồm, hầu như không bị trả hàng.",
    ),
    (
        "pDo098",
        "vi",
        "echopacker",
        "Máy đóng gói chân không tự động",
        "Nhà sản xuất máy đóng gói chân không tự động: loại bỏ khoảng 95 đến gần 100% oxy trong túi rồi hàn nhiệt; giữ oxy dư "
        "từ 0,5% trở xuống để ức chế vi khuẩn hiếu khí; có cảm biến độ ẩm chỉnh thông số hàn cho từng loại thực phẩm.",
    ),
    (
        "pDo099",
        "vi",
        "znews_ck",
        "Tư vấn dùng hút chân không đúng cách",
        "Hướng dẫn ưu và nhược điểm của hút chân không: kéo dài bảo quản đáng kể, giữ hương vị, màu sắc; nhưng không thay "
        "được bảo quản lạnh và cần hiểu từng loại thực phẩm, tuân thủ vệ sinh vì vi khuẩn kỵ khí vẫn phát triển.",
    ),
    (
        "pDo100",
        "en",
        "streampeak",
        "Oxygen absorbers for mooncakes and filled pastries",
        "Packaging supplier of oxygen absorbers (iron powder, salt, clay binder) that lower oxygen in sealed packs of "
        "mooncakes, preventing oxidative rancidity of fats and the growth of aerobic moulds, keeping texture and aroma.",
    ),
    (
        "pDo101",
        "en",
        "packingmaterial",
        "Oxygen absorber versus preservative-only mooncake packaging",
        "Supplier comparison: with an iron-based oxygen absorber the pack loses its oxygen, mould and rancidity of nut and "
        "meat fillings are slowed and shelf life is much longer; without one, the cake relies on high sugar and fat, low "
        "water activity, baking and preservatives. Absorbers must be marked not edible.",
    ),
    (
        "pDo102",
        "en",
        "stratotech",
        "Food-contact oxygen-absorber sachets",
        "Sachets that bring pack oxygen below 0.01% within about 24 hours at room temperature, FDA-compliant for direct food "
        "contact; shipped in airtight packs, and opened bags should be used within one hour.",
    ),
    (
        "pDo103",
        "en",
        "agri_food_label",
        "Vietnamese food-label compliance under Decree 43/2017",
        "Consultancy checking food labels for the items required in Vietnamese: product name, ingredients, quantity, "
        "production and expiry dates (DD-MM-YY), use and storage instructions, responsible organisation, origin, conformity "
        "declaration number, warnings; additives with class name and code.",
    ),
    (
        "pDo104",
        "en",
        "lawyer24h",
        "Legal advice on goods labels (Decree 43/2017/ND-CP)",
        "Law firm summary: from 1 June 2017 goods in Vietnam need labels with name, responsible entity and origin, and for food "
        "quantity, production date, expiry date and warnings; fresh or processed food without packaging sold directly to "
        "consumers is exempt; supplementary Vietnamese labels for imports.",
    ),
    (
        "pDo105",
        "vi",
        "slideshare_tt05",
        "Hướng dẫn Thông tư 05/2019/TT-BKHCN về nhãn hàng hóa",
        "Công ty tư vấn giới thiệu Thông tư 05/2019/TT-BKHCN quy định chi tiết Nghị định 43/2017/NĐ-CP: phân biệt bao bì tiêu "
        "dùng và bao bì ngoài, nội dung và cách trình bày nhãn; hỗ trợ doanh nghiệp làm nhãn đúng quy định.",
    ),
    (
        "pDo106",
        "en",
        "docslib_label",
        "Summary of Vietnam's labelling rules for pre-packed food",
        "USDA attaché report with unofficial translation of Circular 34/2014 on labelling pre-packed food, additives and "
        "processing aids, covering consumer-ready bakery goods; explains what is exempt, such as raw or fresh food sold "
        "directly.",
    ),
    (
        "pDo107",
        "en",
        "xuchangzx",
        "Packaging structure design for fresh-keeping of filled cakes",
        "Packaging-engineering note: filled festival cakes are rich in fat and nutrients and spoil through microbes and oil "
        "oxidation; gives barrier and structure solutions while avoiding over-packaging under new packaging standards.",
    ),
    (
        "pDo108",
        "vi",
        "phugia_ck",
        "Kỹ thuật hút chân không giò chả, xúc xích",  # D
        "Chuyên gia phụ gia hướng dẫn hút chân không cho giò chả, xúc xích: ức chế vi sinh hiếu khí, chống ôi khét chất béo, "
        "thông số nhiệt độ, áp suất và loại bao bì cho sản phẩm thịt.",
    ),
    (
        "pDo109",
        "en",
        "scribd_fruit",
        "MAP for fresh fruits and vegetables",  # D
        "University review of modified atmosphere packaging for respiring fresh produce: gas ratios that keep a basic "
        "metabolism, films and storage conditions for fruits and vegetables.",
    ),
    (
        "pDo110",
        "en",
        "feedytv",
        "Household uses of moisture-absorbing sachets",  # D
        "Tips on the sachets found in food boxes: silica-type moisture absorbers and deoxidisers, and reusing them in shoes, "
        "gym lockers and pockets against damp and odours.",
    ),
    (
        "pDo111",
        "vi",
        "agri_food_label",
        "Dịch vụ thiết kế và rà soát nhãn thực phẩm theo Nghị định 43/2017",
        "Rà soát nhãn bằng tiếng Việt: tên sản phẩm, thành phần, định lượng, ngày sản xuất và hạn dùng (ngày-tháng-năm), "
        "hướng dẫn sử dụng và bảo quản, tổ chức chịu trách nhiệm, xuất xứ, số công bố, cảnh báo; phụ gia ghi tên nhóm và mã số.",
    ),
    (
        "pDo112",
        "vi",
        "streampeak",
        "Cung cấp gói hút oxy cho bánh nướng, bánh pía",
        "Nhà cung cấp vật tư bao bì: gói hút oxy (bột sắt, muối, chất kết dính) đặt trong túi kín làm giảm oxy, chống ôi dầu "
        "mỡ trong nhân và nấm mốc hiếu khí, giữ bánh thơm mềm lâu hơn.",
    ),
    # --- food-safety certificates and hygiene of bakery workshops ---
    (
        "pDo113",
        "en",
        "cpdonline",
        "Food-safety training and guide for bakeries",
        "Online training provider with a bakery food-safety guide and courses: personal hygiene, correct storage, temperature "
        "control, cleaning and sanitation, cross-contamination and allergen cross-contact, pest avoidance; explains how "
        "inspections and hygiene ratings work for craft, in-store and plant bakeries.",
    ),
    (
        "pDo114",
        "en",
        "bakerpedia_haccp",
        "HACCP plan template for bakeries",
        "Baking knowledge platform offering a bakery HACCP plan model: trained team, product description, intended use, "
        "process flow diagrams, hazard analysis (principle 1), critical control points (principle 2) and control chart "
        "(principles 3-7).",
    ),
    (
        "pDo115",
        "en",
        "harvest",
        "Food-safety best practices for bakery businesses",
        "Bakery supplier's guidance on passing health inspections: staff personal hygiene (clean clothes, hair nets, gloves, "
        "frequent hand washing), washing utensils and surfaces, avoiding cross-contamination and storing ingredients safely.",
    ),
    (
        "pDo116",
        "en",
        "lumiform",
        "Bakery cleaning checklist app",
        "Digital checklist that organises bakery cleaning by frequency, area and responsibility, from mixer sanitising to "
        "floors and ventilation where flour dust builds up; cites Food Standards Agency studies that documented schedules "
        "make serious hygiene violations 60% less likely.",
    ),
    (
        "pDo117",
        "en",
        "fdocuments_hygiene",
        "Industry guide to good hygiene practice in baking",
        "Published guide from an environmental-health institute's company interpreting food hygiene and temperature control "
        "regulations for bakeries: premises, equipment, hazard analysis, temperature control, training and cleaning.",
    ),
    (
        "pDo118",
        "en",
        "smallthings",
        "Setting up a bakery for high food-safety standards",
        "Advice on layout and location to limit pests and contamination, daily disinfection of machinery and work areas, "
        "secure food-waste storage, and staff hygiene such as hand washing and limiting hand contact with food.",
    ),
    (
        "pDo119",
        "vi",
        "thatim_haccp",
        "Đào tạo phân tích mối nguy theo HACCP cho cơ sở chế biến",
        "Khóa học nguyên tắc 1 của HACCP: định nghĩa mối nguy sinh học, hóa học, vật lý; mối nguy khác nhau theo nguồn nguyên "
        "liệu, công thức, thiết bị, quy trình, thời gian và điều kiện bảo quản; sau phân tích mối nguy là xác định CCP.",
    ),
    (
        "pDo120",
        "vi",
        "congbo_nd15",
        "Dịch vụ tự công bố sản phẩm theo Nghị định 15/2018/NĐ-CP",
        "Đơn vị tư vấn thực hiện thủ tục công bố chất lượng sản phẩm thực phẩm theo Nghị định 15/2018/NĐ-CP cho cơ sở sản xuất.",
    ),
    (
        "pDo121",
        "vi",
        "chungchiiso",
        "Tư vấn xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Tổ chức chứng nhận giải thích giấy chứng nhận vệ sinh an toàn thực phẩm là gì và hướng dẫn thủ tục xin cấp cho cơ sở "
        "sản xuất, kinh doanh thực phẩm.",
    ),
    (
        "pDo122",
        "vi",
        "luatsuhp",
        "Tư vấn hiệu lực và cấp lại giấy chứng nhận cơ sở đủ điều kiện ATTP",
        "Văn phòng luật tư vấn thời hạn hiệu lực của giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm và trình tự cấp lại.",
    ),
    (
        "pDo123",
        "vi",
        "sampleexcel",
        "Mẫu bảng kiểm vệ sinh cho tiệm bánh",
        "Bảng kiểm vệ sinh soạn sẵn theo khu vực và tần suất giúp tiệm bánh giữ môi trường sạch, phòng vi khuẩn, nấm mốc, côn "
        "trùng và nhiễm chéo, đồng thời tạo ấn tượng tốt với khách.",
    ),
    (
        "pDo124",
        "vi",
        "hoatieu_phi",
        "Văn bản phí thẩm định cấp giấy chứng nhận an toàn thực phẩm",
        "Tải về Thông tư 75/2020/TT-BTC sửa đổi Thông tư 279/2016/TT-BTC về phí trong công tác an toàn, vệ sinh thực phẩm.",
    ),
    (
        "pDo125",
        "vi",
        "quangninhcdc",
        "Cảnh báo người tiêu dùng về bánh trung thu tái chế",  # D
        "Trung tâm kiểm soát bệnh tật cảnh báo các vụ tái chế bánh trung thu quá hạn 2–3 năm ở Trung Quốc và khuyên người dân "
        "cảnh giác khi mua.",
    ),
    (
        "pDo126",
        "vi",
        "cpdonline",
        "Khóa đào tạo an toàn thực phẩm cho nhân viên tiệm bánh",
        "Khóa học trực tuyến về vệ sinh cá nhân, bảo quản nguyên liệu, kiểm soát nhiệt độ, làm sạch và khử trùng, tránh nhiễm "
        "chéo và chất gây dị ứng, phòng côn trùng, chuẩn bị cho thanh tra vệ sinh của lò bánh.",
    ),
    # --- energy use of ovens ---
    (
        "pDo127",
        "en",
        "bakersa",
        "Bakery energy-saving measures from a low-carbon agency",
        "Carbon Trust findings shared by a bakers' association: ovens cause 35-45% of a bakery's carbon emissions, and in a "
        "direct-fired gas oven hot flue air takes about 20% of the gas without heating dough; recommended measures and "
        "examples of savings in bakeries.",
    ),
    (
        "pDo128",
        "en",
        "bakerpacific",
        "Oven performance and energy audit",
        "Oven engineers audit energy use per kg of product (0.404-0.492 kWh/kg measured on biscuit ovens) and break down "
        "losses: in one oven 56% went into the product, 18% out with extraction, 7% via burner flues, 7% on the return band, "
        "6% at the oven end; fuel is 95-96% of energy and electricity 4-5%.",
    ),
    (
        "pDo129",
        "en",
        "gigaom_miwe",
        "Flue-gas and steam heat recovery for bakery ovens",
        "Oven maker's heat-recovery system turns flue gas and steam from gas-fired ovens into hot water, recovering about 25% "
        "of oven energy (around 600 kWh a day); recommended for bakeries with more than four ovens and over 320 kW burner "
        "capacity; an organic bakery saved 47,500 kWh a year for EUR 33,000.",
    ),
    (
        "pDo130",
        "en",
        "processenergy",
        "Bread-oven optimisation and heat recovery",
        "Energy engineering firm: baking 8,000 loaves of 800 g an hour uses about 1,600 kWh; after an energy survey and tuning, "
        "flue heat preheats burner combustion air (about 7.5% gas saving), then about 350 kWh of waste heat is recovered as "
        "hot water for the site.",
    ),
    (
        "pDo131",
        "en",
        "bakingbiz_eff",
        "Newer oven technology for fuel savings",
        "Oven builders report 5-10% fuel savings for new ovens versus older ones, about 15% energy and bake-time savings from "
        "forced convection, and up to 15% more from heat recovery for process water or preheating baking air; dedicated "
        "burner air fans per section.",
    ),
    (
        "pDo132",
        "en",
        "campden",
        "Balancing oven gas flows to cut bread-baking energy",
        "Food research centre study on a 3-zone pilot oven: matching exhaust air to burner air with sensors, a ratio "
        "controller and a variable-speed fan saved 42% energy in the pilot and nearly 5% gas in typical commercial ovens; "
        "baking is 35-45% of site energy costs.",
    ),
    (
        "pDo133",
        "en",
        "bakeryinfo_green",
        "Low-carbon oven options and financing",
        "Trade article on greener ovens: baking needs 200-240 C, bread is 90% air and ovens are often under-filled; options "
        "include wood-pellet steam-tube deck ovens and 0% interest loans for energy-efficient ovens.",
    ),
    (
        "pDo134",
        "vi",
        "thanhnien_lo",
        "Số liệu tiêu thụ điện của lò nướng điện và cách giảm",
        "Lò nướng điện tiêu thụ khoảng 2,3 kWh mỗi giờ, tới 5 kW với món phức tạp; một giờ lò bằng lượng điện tủ lạnh dùng "
        "hai ngày; với giá khoảng 3.000 đồng/kWh, 15 giờ mỗi tháng tốn 103.500–225.000 đồng; lò đối lưu tiết kiệm hơn.",
    ),
    (
        "pDo135",
        "vi",
        "cafef_lo",
        "Thói quen vận hành lò nướng tiết kiệm điện",
        "Mỗi lần mở cửa lò làm thất thoát nhiệt, hạn chế mở cửa giúp tiết kiệm 5–10% điện mỗi lần nấu; dùng khay, khuôn kim "
        "loại mỏng dẫn nhiệt tốt để rút ngắn thời gian; rã đông trước khi nướng; tận dụng hẹn giờ.",
    ),
    (
        "pDo136",
        "vi",
        "cafef_bep",
        "So sánh bếp từ, bếp hồng ngoại, bếp gas cho gia đình",  # D
        "Bếp từ 1.800–2.200 W hiệu suất 90–95%, nấu 1 lít nước 5 phút khoảng 0,15 kWh; bếp hồng ngoại hiệu suất 60–70%; ưu "
        "nhược điểm từng loại bếp nấu trong gia đình.",
    ),
    (
        "pDo137",
        "vi",
        "bakerpacific",
        "Kiểm toán năng lượng lò nướng bánh",
        "Kỹ sư lò nướng đo năng lượng trên mỗi kg sản phẩm (0,404–0,492 kWh/kg ở lò bánh quy) và phân tích tổn thất: khoảng 56% "
        "vào sản phẩm, 18% theo khí hút ẩm, 7% qua ống khói đầu đốt, 7% qua băng tải hồi, 6% ở cửa ra; đề xuất cải tạo.",
    ),
    (
        "pDo138",
        "vi",
        "gigaom_miwe",
        "Thu hồi nhiệt khói thải và hơi nước lò nướng thành nước nóng",
        "Hệ thống thu hồi nhiệt từ khói thải và hơi nước của lò gas, thu lại khoảng 25% năng lượng lò (chừng 600 kWh/ngày) dưới "
        "dạng nước nóng; phù hợp lò bánh có hơn bốn lò và tổng công suất đầu đốt trên 320 kW.",
    ),
    (
        "pDo139",
        "vi",
        "campden",
        "Cân bằng khí cháy và khí thải để lò gas bớt tốn nhiên liệu",
        "Nghiên cứu trên lò thử ba vùng: dùng cảm biến, bộ điều khiển tỉ lệ và quạt biến tần để lượng khí thải khớp lượng khí "
        "đốt, tiết kiệm 42% năng lượng ở lò thử và gần 5% gas ở lò thương mại điển hình.",
    ),
    # --- selling online and delivering ---
    (
        "pDo140",
        "en",
        "whisk",
        "Setting up postal orders for a cake business",
        "Cake-business school course: trial-post a bake to a friend first to test the service, get photos and reviews; use "
        "food-grade packaging next to the bake and packing peanuts to stop movement; always use next-day delivery; postal "
        "bakes count as pre-packed food with the labelling that implies; pass postage cost to the customer.",
    ),
    (
        "pDo141",
        "en",
        "mailtw_ship",
        "Step-by-step guide to shipping cakes by mail",
        "Shipping guide: choose sturdy cakes without whipped cream or soft fillings, wrap in plastic or foil, use a strong box "
        "with bubble wrap or crumpled paper, freeze temperature-sensitive cakes, add cold packs, avoid heatwaves, track the "
        "parcel; carrier options compared.",
    ),
    (
        "pDo142",
        "en",
        "shipsmart",
        "Shipping frosted layer cakes and baked goods",
        "Method from a bakery that shipped nationwide: freeze the frosted cake, box it close to size, build bubble-wrap strips "
        "around and on top, add dry ice if weather is warm, and tell the recipient to refrigerate before unwrapping; mind "
        "shipping time and season.",
    ),
    (
        "pDo143",
        "vi",
        "vietnamnet_tiktok",
        "Tổ công nghệ số cộng đồng: livestream bán sản phẩm làng nghề",
        "Mô hình hội nông dân xã lập tổ công nghệ số, hướng dẫn hộ sản xuất quay video, livestream, kể chuyện sản phẩm trên "
        "TikTok Shop; có hộ bán được cả tấn miến một ngày so với 10–20 kg khi bán qua thương lái.",
    ),
    (
        "pDo144",
        "vi",
        "doanhnhanplus",
        "Ngày hội livestream đưa sản phẩm OCOP lên thương mại điện tử",
        "Chương trình ứng dụng chuyển đổi số, mời KOL, TikToker livestream giới thiệu sản phẩm OCOP trên mạng xã hội: trong 3 "
        "ngày thu hút 16 triệu lượt tiếp cận, hơn 350.000 người xem và doanh thu gần 1 tỷ đồng.",
    ),
    (
        "pDo145",
        "en",
        "linkknots",
        "Joining food-delivery platforms and own online ordering",
        "Market insight with cases: online food delivery kept growing after restrictions; chains doubled online sales to 40% "
        "of revenue; small eateries sell through Now and GrabFood and promote on social networks; advice on partnering with "
        "ordering platforms.",
    ),
    (
        "pDo146",
        "en",
        "vietreader",
        "Registering food stalls with delivery apps",
        "Report on HCMC food outlets: online orders rose 10-30% when dine-in was restricted; stalls registered as partners of "
        "GrabFood, Baemin, GoFood and Now; platforms manage drivers, contactless pickup and delivery times.",
    ),
    (
        "pDo147",
        "vi",
        "znews_chuyenphat",
        "Dịch vụ chuyển phát nhanh đồ ăn cho cửa hàng",
        "Đơn vị trung gian giao đồ ăn liên kết với cửa hàng, tự điều phối tài xế, thu phí từ hóa đơn: đơn tối thiểu từ 50.000 "
        "đồng, phí giao 5.000–60.000 đồng tùy món và khoảng cách, giao trong 30 phút đến 1 giờ.",
    ),
    (
        "pDo148",
        "en",
        "vir_delivery",
        "Report on plastic waste from food-delivery apps",  # D
        "Investment-review article on how GrabFood, Now and Baemin orders grew during the pandemic and add to plastic waste; "
        "drivers handle 30-40 deliveries at lunchtime.",
    ),
    (
        "pDo149",
        "vi",
        "vendor_123doc",
        "Ý tưởng ứng dụng kết nối người bán hàng rong",  # D
        "Bài tập nhóm đại học kinh tế về ứng dụng Vendor kết nối gánh hàng rong với khách, quay phim ngắn về ẩm thực vỉa hè.",
    ),
    (
        "pDo150",
        "vi",
        "deliverynow_123doc",
        "Báo cáo hoạt động doanh nghiệp DeliveryNow",  # D
        "Bài tập lớn học viện ngân hàng về lịch sử Foody, Now.vn, TableNow và phần mềm quản lý nhà hàng.",
    ),
    (
        "pDo151",
        "vi",
        "whisk",
        "Hướng dẫn nhận đơn và gửi bánh qua bưu điện",
        "Khóa học kinh doanh bánh: gửi thử cho người quen để kiểm tra dịch vụ, lấy ảnh và đánh giá; dùng bao bì tiếp xúc thực "
        "phẩm, chèn xốp chống xê dịch; luôn chọn giao hàng ngày hôm sau; bánh gửi bưu điện là thực phẩm bao gói sẵn nên phải "
        "ghi nhãn; tính phí gửi vào giá.",
    ),
    (
        "pDo152",
        "vi",
        "baodongkhoi_keo",
        "Dây chuyền kẹo dừa tự động và bán hàng online",  # D
        "Doanh nghiệp kẹo dừa ở Mỏ Cày Nam sản xuất khoảng 25 tấn kẹo mỗi tháng (kẹo dừa, kẹo chuối, bánh phồng sữa), dùng "
        "chuyền sản xuất kẹo tự động và thử bán online tại TP.HCM.",
    ),
    (
        "pDo153",
        "en",
        "feedipedia",
        "Bakery waste as livestock feed",  # D
        "Feed database entry: stale bread and bakery waste can be dried and fed to livestock, up to 30% of cattle rations, "
        "replacing grain for pigs, under 15% for poultry because of salt; supplement protein and vitamins.",
    ),
    (
        "pDo154",
        "en",
        "chemtrade",
        "Bakery meal from surplus baked goods",  # D
        "Feed-ingredient trader turning unsold bread and pastries into dried, ground bakery meal that can replace 30-40% of "
        "cereal grains in poultry, pig and ruminant diets.",
    ),
    (
        "pDo155",
        "vi",
        "laubong",
        "Quy trình lau bóng gạo xuất khẩu",  # D
        "Luận văn tốt nghiệp công nghệ thực phẩm Trường ĐH Cần Thơ khảo sát quy trình lau bóng gạo tại một công ty lương thực.",
    ),
    (
        "pDo156",
        "vi",
        "vnanet_keodua",
        "Cơ sở kẹo dừa thủ công kết hợp du lịch làng nghề",  # D
        "Cơ sở kẹo dừa ở xã Phú Túc (Vĩnh Long) hoạt động hơn 20 năm, làm kẹo, mứt dừa từ cơm dừa địa phương, đón khách tham "
        "quan làng nghề và du lịch sinh thái.",
    ),
    (
        "pDo157",
        "en",
        "bakeryandsnacks",
        "Recycling unsold bakery products into animal feed",  # D
        "US recycler processing over 83,000 tons of bakery waste a year into a feed meal sold to pork and poultry producers, "
        "saving bakeries about USD 3.3 million in disposal costs.",
    ),
    (
        "pDo158",
        "vi",
        "xusodua",
        "Trải nghiệm làm kẹo dừa thủ công cho du khách",  # D
        "Lò kẹo dừa truyền thống mở cho du khách xem nấu kẹo, cắt kẹo, tự gói kẹo; nhiều vị kẹo dừa sầu riêng, lá dứa, gừng.",
    ),
    (
        "pDo159",
        "en",
        "sweetdelights",
        "How puffed rice cakes are made",  # D
        "Bakery blog on puffed rice-cake snacks: rice soaked to the right moisture, expanded by heat and pressure; low-calorie, "
        "gluten-free snack.",
    ),
    (
        "pDo160",
        "vi",
        "shipsmart",
        "Đóng gói gửi bánh kem, bánh ngọt đi xa",
        "Kinh nghiệm của một lò bánh gửi hàng toàn quốc: cấp đông bánh trước, chọn hộp vừa khít, chèn xốp hơi quanh và trên "
        "mặt bánh, thêm đá khô khi trời nóng, dặn người nhận cho vào tủ lạnh trước khi gỡ; tính thời gian giao theo mùa.",
    ),
    (
        "pDo161",
        "vi",
        "linkknots",
        "Đưa tiệm bánh lên ứng dụng giao đồ ăn",
        "Tư vấn cho quán và tiệm nhỏ: đăng ký bán trên Now, GrabFood, Baemin và quảng bá trên mạng xã hội; kinh nghiệm các chuỗi "
        "có doanh thu online tăng gấp đôi, chiếm 40% doanh thu.",
    ),
]
