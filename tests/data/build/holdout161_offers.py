"""Offers of holdout161 (toys and children's products): (id, language, source key, title, description)."""

OFFERS = [
    (
        "oGo001",
        "vi",
        "issq_cr",
        "Chứng nhận hợp quy đồ chơi trẻ em theo QCVN 3:2019/BKHCN",
        "Viện nghiên cứu tiêu chuẩn chất lượng được chỉ định đánh giá và cấp giấy chứng nhận hợp quy cho đồ chơi dành cho trẻ dưới 16 tuổi "
        "theo QCVN 3:2019/BKHCN (ban hành kèm Thông tư 09/2019/TT-BKHCN). Quy trình 7 bước: nhận hồ sơ đăng ký, ký hợp đồng dịch vụ khoa học "
        "công nghệ, khảo sát và đánh giá thực tế tại cơ sở sản xuất, hoàn thiện hồ sơ, thẩm định và cấp giấy chứng nhận, sau đó giám sát "
        "định kỳ 12 tháng một lần. Áp dụng cho nhà sản xuất, nhà nhập khẩu, nhà phân phối và cửa hàng bán lẻ đồ chơi.",
    ),
    (
        "oGo002",
        "en",
        "issq_2009",
        "Toy conformity certification under scheme 5 (domestic) and scheme 7 (imported lots)",
        "A certification body designated by the Ministry of Science and Technology certifies children's toys against the national "
        "toy safety regulation. Toys made in Vietnam are certified under scheme 5 (type testing plus assessment of the production "
        "process and periodic surveillance); imported toys are certified lot by lot under scheme 7. Covered items include accessible "
        "parts of toys of 150 g or less for children under 3 (wood, paper), textile and leather parts for under-3s, mouth-actuated "
        "parts, masks worn over nose and mouth, marking materials, coloured liquids and modelling clays. Certification is mandatory "
        "before toys are put on the market.",
    ),
    (
        "oGo003",
        "vi",
        "issq_rules",
        "Tư vấn hồ sơ công bố hợp quy và gắn dấu CR cho đồ chơi",
        "Đơn vị tư vấn hướng dẫn doanh nghiệp và hộ sản xuất đồ chơi hoàn tất trình tự hợp quy theo QCVN 3:2019/BKHCN: đánh giá sản phẩm so "
        "với giới hạn đặc tính kỹ thuật trong quy chuẩn, lấy giấy chứng nhận hợp quy, lập hồ sơ công bố hợp quy nộp cơ quan quản lý tại địa "
        "phương và gắn dấu hợp quy CR lên sản phẩm, bao bì trước khi lưu thông. Giải thích rõ sự khác nhau giữa chứng nhận hợp quy (do tổ "
        "chức được chỉ định đánh giá) và công bố hợp quy (do doanh nghiệp tự công bố), giúp tránh bị xử phạt khi kiểm tra thị trường.",
    ),
    (
        "oGo004",
        "en",
        "plo_cr",
        "Sample dispatch and testing at Quatest 3 / Quacert for the CR mark",
        "We collect samples from domestic toy lots or import shipments and send them to the Technical Centre for Standards, Metrology "
        "and Quality 3 (Quatest 3) or the Quality Certification Centre (Quacert) for testing against the national toy safety "
        "regulation. Tests cover mechanical and physical properties, flammability, chemical requirements, limits on toxic organic "
        "compounds and formaldehyde content, in line with ISO and EN toy standards. Lots that pass receive a conformity certificate "
        "and may carry the CR mark; we also check the Vietnamese primary or secondary label on the package.",
    ),
    (
        "oGo005",
        "vi",
        "nd43",
        "Tư vấn ghi nhãn hàng hóa đồ chơi theo Nghị định 43/2017/NĐ-CP",
        "Dịch vụ rà soát và thiết kế nhãn cho đồ chơi sản xuất trong nước và nhãn phụ cho đồ chơi nhập khẩu theo Nghị định 43/2017/NĐ-CP về "
        "nhãn hàng hóa: tên hàng hóa, xuất xứ, tên và địa chỉ tổ chức chịu trách nhiệm, cùng các nội dung bắt buộc theo nhóm hàng như thông "
        "tin cảnh báo, hướng dẫn sử dụng, độ tuổi phù hợp. Hướng dẫn vị trí ghi nhãn trên bao bì thương phẩm, cách ghi ngày sản xuất theo "
        "thứ tự ngày, tháng, năm và trường hợp hàng đóng gói đơn giản.",
    ),
    (
        "oGo006",
        "en",
        "znews_phth",
        "Phthalate testing of PVC dolls and soft plastic toys",
        "Chemical laboratory testing of soft PVC toys, dolls and squeeze figures for restricted phthalate plasticisers. The service "
        "was used in a market-surveillance case in which fruit-head dolls imported from China were tested at Quatest 1 and found to "
        "exceed the permitted phthalate content, leading to a recall and wider sampling of other toys. We help importers and shops "
        "test before sale, interpret results against the national and EU limits and prepare recall or return plans if a lot fails.",
    ),
    (
        "oGo007",
        "vi",
        "stemviet_astm",
        "Đào tạo kiểm tra sơ bộ đồ chơi theo ASTM F963 tại xưởng",
        "Khóa huấn luyện giúp xưởng đồ chơi tự kiểm tra trước khi gửi mẫu đi thử nghiệm theo ASTM F963: thử rơi tự do từ độ cao 1,37 m lên "
        "bề mặt thép từ 4 đến 10 lần, thử kéo với lực khoảng 70 N giữ trong 10 giây lặp lại 10 lần, kiểm tra chi tiết nhỏ, mũi nhọn, cạnh "
        "sắc. Giới thiệu giới hạn kim loại nặng (chì 90 ppm, cadimi 75 ppm) và cách bố trí góc kiểm tra chất lượng trong xưởng nhỏ.",
    ),
    (
        "oGo008",
        "en",
        "stemviet_kl",
        "Heavy-metal screening of toys and toy paints",
        "Screening service for lead, cadmium, mercury and arsenic in toys and their surface coatings, aimed at small producers and "
        "shops. Results are compared with reference limits of 90 ppm lead, 75 ppm cadmium, 60 ppm mercury and 25 ppm arsenic; market "
        "samples have been found with lead up to 10,000 ppm. Brightly coloured paints and cheap pigments are prioritised, and "
        "failing items are referred for full laboratory confirmation.",
    ),
    (
        "oGo009",
        "en",
        "satra",
        "EN 71 toy testing and due-diligence assessment",
        "Independent test house offering the EN 71 series for toys: EN 71-1 mechanical and physical properties (sharp edges, sharp "
        "points, choking hazards), EN 71-2 flammability (costumes, soft filled toys, masks) and EN 71-3 migration of certain "
        "elements, now 19 elements and species after the 2013 revision, with new equipment for the revised method. We also run "
        "due-diligence assessments of products that are not strictly toys, and risk assessments for lead, chromium and mercury.",
    ),
    (
        "oGo010",
        "vi",
        "nth",
        "Thử nghiệm an toàn đồ chơi EN 71 phần 1, 2, 3 và chì theo CPSIA",
        "Phòng thử nghiệm được công nhận thực hiện EN 71-1 (tính chất cơ lý: mũi nhọn, cạnh sắc, chi tiết nhỏ, độ dày túi nhựa), EN 71-2 "
        "(tính cháy: tốc độ lan lửa với đồ chơi mềm, trang phục hóa trang, râu, tóc giả, đồ chơi trẻ có thể chui vào) và EN 71-3 (thôi nhiễm "
        "17 kim loại nặng, gồm cả crom VI và thiếc hữu cơ). Được chấp nhận để thử tổng hàm lượng chì theo CPSIA, thời gian trả kết quả "
        "nhanh, hỗ trợ đánh giá yêu cầu thiết yếu của Chỉ thị an toàn đồ chơi 2009/48/EC.",
    ),
    (
        "oGo011",
        "en",
        "centexbel",
        "Mechanical and physical toy tests: drop, soaking, compression, expanding materials",
        "Laboratory tests for toys to EN 71-1: drop test of 5 drops from 85 cm to check cracks or detached parts, compression test "
        "of surfaces not reached in the drop test, soaking test simulating saliva, leakage test for liquid-filled teethers, test "
        "for materials that expand when swallowed, and visual cleanliness checks of materials. Element analysis by inductively "
        "coupled plasma (ICP) spectrometry is available for chemical requirements.",
    ),
    (
        "oGo012",
        "vi",
        "atsf963",
        "Phòng thí nghiệm được CPSC chấp nhận thử đồ chơi theo ASTM F963",
        "Phòng thí nghiệm được CPSC chấp nhận và công nhận bởi A2LA thực hiện thử nghiệm và chứng nhận đồ chơi theo ASTM F963 cho sản phẩm "
        "dành cho trẻ từ 12 tuổi trở xuống bán tại Mỹ: phân tích kim loại hòa tan, chi tiết nhỏ, mũi nhọn, cạnh sắc, nam châm, nguy cơ "
        "thắt cổ, độ bền đường may, tính cháy và ghi nhãn. Các phép thử mô phỏng cách trẻ sử dụng và sử dụng sai đồ chơi theo độ tuổi.",
    ),
    (
        "oGo013",
        "en",
        "eulab",
        "Toy compliance testing for online sales, magnets, batteries and age grading",
        "Testing laboratory covering the compliance checks marketplaces and market-surveillance authorities ask for: age-grading "
        "evaluation, toys with magnets to EN 71-1, battery compartment security and electric toy safety to EN 62115, ASTM F963 "
        "mechanical tests, CPSIA lead in substrate and surface coating, BPA in plastic children's products, cadmium, toy jewellery "
        "to EN 71-3, tear strength of plush toys, age warning labels and traceability requirements for toys sold on online platforms.",
    ),
    (
        "oGo014",
        "vi",
        "apihk",
        "Kiểm định và cập nhật quy định EN 71, ASTM F963 cho nhà nhập khẩu đồ chơi",
        "Công ty kiểm định hỗ trợ nhà nhập khẩu, nhà phân phối đồ chơi kiểm tra nhà cung cấp và lô hàng trước khi xuất: đối chiếu tiêu chuẩn "
        "EN 71 và ASTM F963 mới nhất, lấy mẫu thử nghiệm, đánh giá nguy cơ thu hồi. Dữ liệu thu hồi tại châu Âu cho thấy 41% đồ chơi bị "
        "thu hồi do nguy cơ hóc nghẹt, nguyên nhân lớn thứ hai là thành phần hóa chất, nên chúng tôi ưu tiên kiểm tra chi tiết nhỏ và hóa chất.",
    ),
    (
        "oGo015",
        "en",
        "en713",
        "EN 71-3 migration testing of 19 elements in toy materials",
        "Testing of toy materials for migration of aluminium, antimony, arsenic, barium, boron, cadmium, chromium III and VI, cobalt, "
        "copper, lead, manganese, mercury, nickel, selenium, strontium, tin, organic tin and zinc to EN 71-3:2013. Limits are "
        "applied by category: dry, brittle or pliable materials; liquid or sticky materials; and scraped-off coatings. Applies to "
        "accessible parts of toys for children up to 6 years and to any toy meant to be put in the mouth; packaging is excluded "
        "unless it has play value.",
    ),
    (
        "oGo016",
        "vi",
        "cemark_tiny",
        "Hỗ trợ thử nghiệm và dấu CE cho đồ chơi thủ công cỡ nhỏ",
        "Nhóm hỗ trợ các xưởng đồ chơi thủ công tự thực hiện phép thử cơ lý EN 71-1: kiểm tra bằng ống thử chi tiết nhỏ (đồ chơi mềm nằm "
        "lọt ống sẽ không đạt vì có thể cho trẻ sơ sinh), thử đường may với kẹp đặt cách đường may khó nhất 30 mm mỗi bên, cách xử lý khi đồ "
        "chơi quá nhỏ để kẹp (thử trên chi, phóng to mẫu với cùng mật độ mũi may/cm). Hướng dẫn lập hồ sơ để gắn dấu CE.",
    ),
    (
        "oGo017",
        "en",
        "qp_cz",
        "Toy certification to EN 71 for textile toys, climbing triangles and teethers",
        "Certification support for toy makers through the EN 71 series: EN 71-1 mechanical, EN 71-2 flammability, EN 71-3 "
        "migration and EN 71-9/10/11 organic chemicals. Checks include phthalates in magnetic foils, the length of cords on textile "
        "toys, how animal eyes are sewn on, the spacing of slats on Pikler triangles and swings to avoid trapped heads or pinched "
        "fingers, and tear-off risk in teethers assembled from components (certified components alone are not enough).",
    ),
    (
        "oGo018",
        "vi",
        "atslab",
        "Thử nghiệm theo ASTM F963-11: kim loại nặng trong vật liệu nền và các yêu cầu mới",
        "Phòng thí nghiệm được A2LA và CPSC công nhận thử đồ chơi theo ASTM F963-11, bắt buộc từ 12/6/2012: kim loại nặng trong vật liệu nền "
        "(không chỉ trong sơn), thử mẫu ghép, phần nhô ra của đồ chơi nhà tắm, kẹt hàm, đồ chơi đầu cầu, độ ổn định của xe cho trẻ cưỡi, đồ "
        "chơi bóp gắn vòng, dây và dây thun, màng bao bì và yo-yo. Tư vấn cập nhật khi tiêu chuẩn thay đổi.",
    ),
    (
        "oGo019",
        "en",
        "leeline",
        "CNC production planning for wooden toys: throughput, tolerance and defect data",
        "Manufacturing consultancy comparing 5-axis CNC and manual lathe production of wooden toys on a 10,000-unit run of sorting "
        "blocks: 152 versus 8 units per hour, tolerance of about ±0.1 mm versus ±1.5 mm, defect rate 0.2% versus 4.5%, material "
        "yield 88% with nesting software versus 62%, cost falling about 60% at 10k MOQ, at the price of about 4 days of CAD and "
        "tooling set-up. Recommended route: CNC for the core geometry, hand finishing for the edges, checked with a choke-tube tester.",
    ),
    (
        "oGo020",
        "vi",
        "wzmagic",
        "Chuyển giao quy trình sản xuất đồ chơi gỗ từ phơi gỗ đến in và khắc",
        "Quy trình đầy đủ cho xưởng đồ chơi gỗ: phơi ván tự nhiên đến khi độ ẩm dưới 15% để chống mốc; tạo phôi bằng cưa dây, CNC, laser, "
        "dập, khoan; chà nhám thủ công hoặc bằng thùng quay để hết bavia; sơn lót rồi chà lại giữa mỗi lớp sơn (phun hoặc quay thùng); in "
        "hình bằng in lụa, chuyển nhiệt, in pad, chuyển nước; khắc logo bằng ép nóng hoặc laser; vẽ tay chi tiết. Kèm bố trí mặt bằng và định mức.",
    ),
    (
        "oGo021",
        "en",
        "gfwood",
        "OEM wooden toy factory: finished toys under your brand",
        "FSC-certified factory producing finished wooden toys (cars, animals, blocks, puzzles, kitchen sets) for brands and "
        "retailers. Beech, maple and rubberwood are cut with saws and laser cutters, shaped on CNC, sanded by hand or machine, "
        "assembled with safe glue and screws, spray-painted with non-toxic paint and sealed with water-based varnish before a "
        "final quality check. Orders are delivered packed and ready for retail.",
    ),
    (
        "oGo022",
        "vi",
        "wtm",
        "Đào tạo kỹ thuật viên sản xuất đồ chơi gỗ theo 8 công đoạn",
        "Khóa đào tạo thực hành cho thợ mộc chuyển sang làm đồ chơi: chọn gỗ cứng (phong, dẻ gai, bạch dương) từ rừng được quản lý bền vững, "
        "xẻ và sấy chống cong nứt, bào phẳng, cắt hình bằng cưa, laser hoặc CNC, bo tròn cạnh, chà nhám kỹ để không còn dằm, lắp ráp bằng keo, "
        "chốt gỗ hoặc vít và thử độ chắc mối nối, hoàn thiện bằng sơn, màu hoặc dầu tự nhiên an toàn khi trẻ ngậm, kiểm tra cạnh sắc và chi "
        "tiết lỏng trước khi đóng gói.",
    ),
    (
        "oGo023",
        "en",
        "toymakingtip",
        "Design workshop: combining hand carving with CNC for wooden toys",
        "Workshop for toy makers who want to keep a handmade look while using CNC: sketching which elements are hand-carved (faces, "
        "textures) and which are CNC-cut (interlocking brackets, joints), choosing species (basswood for carved details and "
        "prototypes, maple for CNC gears and load-bearing parts, cherry for both, walnut for contrast), and planning sub-millimetre "
        "fits so carved and machined parts assemble reliably.",
    ),
    (
        "oGo024",
        "vi",
        "lasercut_maniacs",
        "Chuyển giao công nghệ cắt laser đồ chơi gỗ dán",
        "Cung cấp và hướng dẫn vận hành máy cắt laser cho sản xuất đồ chơi gỗ dán: tàu hỏa, máy bay, ô tô, xếp hình 3D. Thông số mẫu cho ván "
        "ép 3 mm: tốc độ cắt khoảng 40 mm/s để mép cắt nhẵn không cháy, công suất 60–100 W (máy yếu hơn thì cắt nhiều lượt), đầu laser "
        "tiêu chuẩn, dùng khí thổi để đẩy mạt khỏi thấu kính. Hỗ trợ dựng bản vẽ vừa khổ bàn máy hoặc dùng mẫu thiết kế có sẵn.",
    ),
    (
        "oGo025",
        "en",
        "onelaser",
        "CO2 laser selection for puzzles and interlocking wooden parts",
        "Advisory and supply of CO2 laser cutters for makers of laser-cut and laser-engraved wooden puzzles, 3D wood puzzles and "
        "educational interlocking parts. Selection is based on kerf consistency, positional accuracy, stability over long jobs and "
        "repeatability between batches rather than raw wattage, because pieces that are too tight break and pieces that are too "
        "loose make the puzzle feel cheap. Engraving is set up to add artwork and value to each puzzle.",
    ),
    (
        "oGo026",
        "vi",
        "toymaking_puzzle",
        "Thiết kế mẫu xếp hình gỗ cắt laser theo yêu cầu",
        "Dịch vụ thiết kế mẫu (template) vector cho xếp hình gỗ cắt laser: ghép hình kiểu jigsaw, khối lồng nhau hoặc mô hình 3D, điều chỉnh "
        "hình dạng, kích thước, độ khó theo lứa tuổi và chủ đề. Vật liệu khuyến nghị là ván ép mỏng hoặc ván lạng gỗ cứng dày 3–6 mm; thiết "
        "kế trên Illustrator, Inkscape hoặc Fusion 360, kèm hướng dẫn chà nhám mép sau khi cắt và lớp hoàn thiện dầu, vecni hoặc sơn.",
    ),
    (
        "oGo027",
        "en",
        "lumberbylance",
        "Custom kiln drying of timber to 8–12% moisture",
        "Kiln-drying service for small wood users. Lumber is first left to cure for about three months to lose most of its water, "
        "then kiln-dried to 8–12% moisture, the range used for furniture and flooring. Softwoods such as pine take a little over a "
        "week in the kiln, hardwoods such as oak or cherry a little over two weeks. Dried stock can then be planed, moulded or used as is.",
    ),
    (
        "oGo028",
        "vi",
        "msd_kiln",
        "Tư vấn chế độ sấy gỗ có phun hơi cho lò sấy nhỏ",
        "Chuyên gia xây dựng chế độ sấy cho từng loại gỗ: gỗ xếp như khi phơi trong buồng kín, thổi khí nóng bằng quạt hoặc đối lưu tự nhiên, "
        "phun hơi nước để tốc độ bay hơi không quá nhanh, hạ dần độ ẩm không khí đến khi gỗ đạt độ ẩm yêu cầu. Để giảm cong vênh nên giữ nhiệt "
        "ban đầu thấp hoặc phơi gỗ đến khoảng 20% rồi mới sấy. Gỗ cứng tươi sấy xuống 10% mất 3–12 tuần tùy loại; gỗ đã phơi 20% thì nhanh hơn "
        "nhiều. Hỗ trợ chọn thông số theo độ dày, cách xẻ và mức khuyết tật chấp nhận.",
    ),
    (
        "oGo029",
        "en",
        "novadry",
        "Wood drying kilns for furniture and wood-product plants",
        "Supplier of dry kilns: oven-like systems with controlled heat, humidity and air circulation that dry timber for finished "
        "goods much faster than air drying. Kilns reach temperatures above 160 °F, which hardens softwood resin and kills fungi, "
        "mould, insects and larvae, give a lighter and more stable product and shorten finishing time. Installation and commissioning "
        "of the kiln chamber are included.",
    ),
    (
        "oGo030",
        "en",
        "bomebara",
        "Training: baby-safe beeswax and olive oil finish for wooden toys",
        "Hands-on session for wooden toy makers on an all-natural finish: 4 oz of olive oil and 1 oz of grated beeswax by weight, "
        "melted gently in a double boiler until clear, then stirred every ten minutes while cooling to get a creamy paste. The paste "
        "is rubbed into the wood by hand, needs no mask or special ventilation and leaves toys ready for use right away, safe for "
        "teething babies.",
    ),
    (
        "oGo031",
        "vi",
        "projectsbyzac",
        "Cung cấp sáp hoàn thiện sáp ong – dầu khoáng cho đồ chơi gỗ",
        "Sản xuất và cung cấp sáp hoàn thiện an toàn cho đồ chơi gỗ của trẻ nhỏ và trẻ mọc răng: bào mịn sáp ong, cho khoảng nửa cốc sáp ép "
        "chặt vào một pint (khoảng 0,47 lít) dầu khoáng, đun lửa nhỏ và khuấy liên tục đến khi sáp tan hết, dung dịch chuyển trong thì nhấc "
        "ra. Cả hai thành phần đều không độc nên trẻ gặm cũng không đáng lo. Kèm hướng dẫn lau phủ và đánh bóng.",
    ),
    (
        "oGo032",
        "en",
        "woodworking_news",
        "Advisory on non-toxic finishes for wooden toy cars and utensils",
        "Finishing advice for toy makers: avoid kitchen vegetable oils that go rancid; use cutting-board oil or salad-bowl finish; "
        "walnut oil as a true drying oil (check nut allergies); pure tung oil without driers or solvents; shellac, a traditional food "
        "glaze; water-based polyurethanes or latex paints only where the label confirms non-toxic when dry. Oil finishes are treated "
        "as safe for toys after about 30 days of curing; unfinished toys are also an option.",
    ),
    (
        "oGo033",
        "vi",
        "woodcrafters",
        "Hướng dẫn chất hoàn thiện tự nhiên cho đồ chơi và nội thất trẻ em",
        "Tài liệu và tư vấn chọn chất phủ, chất trám tự nhiên an toàn tiếp xúc thực phẩm cho thớt, mặt bếp, đồ chơi gỗ, nhà búp bê và nội thất "
        "phòng trẻ: sản phẩm dễ mua tại cửa hàng đồ mộc hoặc siêu thị, không dùng phụ gia làm khô chứa chì, cân nhắc độc tính của lớp phủ hiện "
        "đại với cả người thợ trong xưởng. Hướng dẫn cách thi công và bảo dưỡng lớp phủ.",
    ),
    (
        "oGo034",
        "vi",
        "langmoc",
        "Làng nghề mộc nhận đặt đồ nội thất gỗ bán buôn",
        "Các làng nghề mộc Hữu Bằng, Chàng Sơn, Canh Nậu, Liên Hà, Vạn Điểm và nhiều làng khác nhận đặt hàng đồ gỗ nội thất: sofa, bàn trà, "
        "giường, tủ, kệ tivi, bàn ghế ăn, đồ gỗ mỹ nghệ như tủ chè, tràng kỷ, sập, cầu thang, đồ thờ. Có cả hàng bình dân và hàng cao cấp, "
        "bán lẻ và bán buôn cho đại lý.",
    ),
    (
        "oGo035",
        "en",
        "sondong",
        "Carved wooden statues, lacquer and mother-of-pearl inlay for worship items",
        "Craft village workshops offering hand-carved wooden statues, altars, worship furniture and decorative carvings, with "
        "lacquerware, carving and mother-of-pearl inlay combined with high-end joinery. Products are shown at national craft "
        "fairs and sold to domestic and overseas customers.",
    ),
    (
        "oGo036",
        "vi",
        "iheir_box",
        "Quy trình chống mốc cho sản phẩm tre ghép và hộp tre",
        "Giải pháp chống mốc cho sản phẩm tre, vốn chứa nhiều tinh bột, đường và đạm hơn gỗ (ít hơn 30–50% ở gỗ cứng) nên dễ mốc khi độ ẩm "
        "trên 65% RH và nhiệt độ 25–35°C. Ba điểm kiểm soát: sau khi sấy, hấp hơi 100–105°C trong 30 phút để phân giải đường dư; dùng keo và "
        "lớp phủ trung tính hoặc hơi kiềm (pH 7,5–8,5) thay cho keo axit pH 4,5–5,5; hoặc rửa kiềm bề mặt tre bằng Na2CO3 0,5% ở nhiệt độ "
        "phòng 10 phút trước khi dán.",
    ),
    (
        "oGo037",
        "en",
        "bamboo_mold",
        "Anti-mould agent for bamboo products",
        "Supply of an anti-mould additive for bamboo goods such as chopsticks, skewers, steamers, mats, cutting boards, carvings and "
        "furniture, which are attacked by Penicillium, Aspergillus, black Rhizopus and other moulds feeding on bamboo sugars and "
        "starch. Dosage: 1% in pressure treatment, 2% in the soaking bath, or 1% added to the water-based surface paint. Dry "
        "storage away from rain and damp is also required.",
    ),
    (
        "oGo038",
        "vi",
        "bioresources",
        "Kết quả nghiên cứu xử lý áp lực kết hợp enzyme amylase tăng khả năng kháng mốc của tre",
        "Nhóm nghiên cứu chuyển giao phương pháp xử lý tre bằng áp lực kết hợp enzyme amylase: khi tăng áp lực từ 0 lên 100 psi, hàm lượng đường "
        "khử giảm từ 0,92 mg/L xuống 0,19 mg/L và tinh bột giảm từ 1,18% xuống 0,96%. Thử với ba loại mốc thường gặp trên tre (Aspergillus "
        "niger, Penicillium citrinum, Trichoderma viride) cho thấy khả năng kháng mốc tăng rõ khi tăng áp lực hoặc kéo dài thời gian xử lý.",
    ),
    (
        "oGo039",
        "en",
        "julybambu",
        "Three-proofing treatment of bamboo: mould, rot and insects",
        "Treatment know-how for bamboo against mould, decay and insect attack. Bamboo contains 1.5–5% protein, about 2% sugar, "
        "2–6% starch and 2–4% fat and wax, which feed insects and fungi in warm, humid, poorly ventilated conditions; untreated "
        "bamboo also ages poorly. The method removes or destroys these nutrients so that moulds and insect eggs cannot develop; "
        "mould, which lives only on the surface, is easier to prevent than insects.",
    ),
    (
        "oGo040",
        "vi",
        "iheir_scrimber",
        "Kiểm soát đường và tinh bột trong nan tre đầu vào",
        "Dịch vụ kiểm tra và hướng dẫn xử lý nan tre trước khi ép hoặc gia công: tre vẫn còn tinh bột, đường, đạm nên ở độ ẩm trên 85% và "
        "25–30°C có thể nổi mốc sau 72 giờ, trong khi mẫu được xử lý đúng giữ sạch hơn 30 ngày. Khuyến nghị luộc ở nhiệt độ cao hoặc ngâm kiềm "
        "để đưa đường hòa tan xuống dưới 0,5%; đo hàm lượng đường từng lô khi nhận, lô trên 1% thì trả lại hoặc xử lý riêng; chọn thời điểm "
        "và cách đưa chất chống mốc thấm vào trong sợi.",
    ),
    (
        "oGo041",
        "en",
        "fjlyiec",
        "Bamboo crack and insect prevention: culm age, resin, steaming and salt soak",
        "Guidance for bamboo product makers: use old bamboo of 8–10 years, especially for fine bamboo art; coat with natural resin "
        "to prevent cracking; store in a dry, ventilated place. New small and medium items such as baskets and mats are re-steamed "
        "in a sealed high-temperature steamer for 2–3 hours to kill insects and microorganisms, or soaked in boiling salted water "
        "for 1–2 days; varnish and cooked tung oil add insect resistance.",
    ),
    (
        "oGo042",
        "vi",
        "thanhhoa_tre",
        "Dây chuyền chế biến ống hút tre, thìa, bàn chải tre xuất khẩu",
        "Doanh nghiệp chế biến sâu tre, luồng giới thiệu dây chuyền cắt, chẻ, vót, bào, ép, hấp sấy và xử lý chống mối mọt để sản xuất ống "
        "hút tre, dao, muỗng, thìa, bàn chải tre, hộp đựng, khay trang trí và bàn ghế cho khách sạn, nhà hàng, resort. Sản phẩm tái sử dụng "
        "được, phân hủy sinh học, xuất khẩu sang nhiều thị trường.",
    ),
    (
        "oGo043",
        "en",
        "kinhtenet_tre",
        "Natural dyeing of bamboo and rattan strips with forest plants",
        "Craft cooperative technique for colouring bamboo and rattan strips without chemicals: natural materials collected from the "
        "forest are pounded and boiled, and the strips are dyed in several colours, then woven into patterns taken from local "
        "brocade. The coloured products (fruit plates, baskets, decor) have been sold to demanding markets such as the US, Japan "
        "and Korea, also through e-commerce platforms.",
    ),
    (
        "oGo044",
        "vi",
        "nld_tre",
        "Hợp tác xã cung ứng nguyên liệu tre và hàng mây tre đan xuất khẩu",
        "Hợp tác xã mây tre đan hồi sinh vùng nguyên liệu tre trúc, thu mua tre và gia công rổ, giỏ, sản phẩm thủ công mỹ nghệ của đồng bào "
        "Khmer để xuất khẩu sang nhiều thị trường. Nhận đặt hàng sản phẩm đan theo mẫu và cung cấp nan tre cho cơ sở khác.",
    ),
    (
        "oGo045",
        "en",
        "toothpick",
        "Bamboo toothpick manufacturing line",
        "Production line for bamboo toothpicks: culms of at least three years are cut into 1–2 m lengths, cleaned, split into thin "
        "strips of 1–2 mm, boiled to remove bacteria and treated with food-grade preservatives, dried, lightly polished to remove "
        "splinters and packed.",
    ),
    (
        "oGo046",
        "vi",
        "chome_plastic",
        "Tư vấn chọn nhựa an toàn cho đồ chơi giáo dục",
        "Tư vấn vật liệu cho xưởng đồ chơi nhựa: PP mềm dẻo, nhẹ, chịu nhiệt, không chứa BPA, giá hợp lý, dùng cho khối xây dựng, hộp đựng, "
        "bảng số; PE (HDPE, LDPE) chống thấm, an toàn thực phẩm, dễ tái chế, dùng cho đồ chơi ngoài trời và sản phẩm đúc khuôn lớn; ABS cứng, "
        "bóng, giữ màu, chịu va đập, dùng cho khối lắp ráp và chi tiết máy của đồ chơi STEM; PC trong suốt, bền. Kèm danh sách nhà cung cấp "
        "hạt nhựa nguyên sinh.",
    ),
    (
        "oGo047",
        "en",
        "rdplast",
        "Injection mould design and manufacture for plastic toy casings",
        "Toy mould maker designing and building injection moulds for toy car bodies and similar casings: material choice (ABS, "
        "polypropylene), core and cavity layout, parting-line placement to hide witness lines, ejection systems that release parts "
        "without damage, venting and cooling channels for consistent, defect-free parts in long runs.",
    ),
    (
        "oGo048",
        "vi",
        "yiwei_know",
        "Chế tạo khuôn đồ chơi nhựa: khuôn ép nhiều lòng, khuôn thổi, khuôn nén",
        "Xưởng khuôn nhận thiết kế và chế tạo khuôn cho đồ chơi nhựa: khuôn ép phun cho chi tiết nhiều đường nét, khuôn nhiều lòng tăng năng "
        "suất, khuôn thổi cho đồ chơi rỗng như bóng, búp bê, hộp; khuôn nén cho đồ chơi cao su. Thiết kế chốt đẩy, kênh làm mát, lòng khuôn "
        "chính xác cho chi tiết nhỏ như bánh răng; thép dụng cụ tôi cứng hoặc hợp kim nhôm tùy sản lượng; tránh cạnh sắc trên sản phẩm.",
    ),
    (
        "oGo049",
        "en",
        "yiwei_drawbacks",
        "Toy mould maintenance and moulding-defect troubleshooting",
        "Service for toy makers whose moulds wear or give defects: diagnosis of warping, flash and sink marks caused by material "
        "flow and shrinkage mismatches, cavity wear and loss of surface quality after many high-pressure cycles, and dimensional "
        "drift. We repair and polish cavities, rebalance runners, adjust machine settings and plan preventive maintenance; we also "
        "advise on design changes that can be made without full retooling.",
    ),
    (
        "oGo050",
        "vi",
        "swcpu",
        "Gia công ép phun đồ chơi nhựa ABS, PP theo đơn hàng",
        "Xưởng ép phun nhận gia công đồ chơi nhựa cho thương hiệu nhỏ: hạt nhựa nhiệt dẻo ABS, PP không BPA được nung chảy, phun áp lực cao vào "
        "khuôn kim loại, làm nguội và lấy sản phẩm. Có ép nhiều màu, sơn phun, in pad; kiểm soát chất lượng để đáp ứng ASTM F963 và EN 71; nhận "
        "cả đơn số lượng vừa.",
    ),
    (
        "oGo051",
        "en",
        "zhx",
        "Mould development with mould-flow analysis for new toy parts",
        "Engineering service opening new moulds for toy parts: from 3D or 2D drawings or a sample, we analyse material properties, "
        "wall thickness, deformation, mould flow, single or multi-cavity layout and gate positions to find problems before steel "
        "is cut, then choose the mould material (hardened or pre-hardened steel, aluminium or beryllium copper) and design the "
        "cooling, ejector and runner systems.",
    ),
    (
        "oGo052",
        "vi",
        "hcmute_mold",
        "Đào tạo thiết kế bộ khuôn ép nhựa cho kỹ thuật viên",
        "Trường đại học sư phạm kỹ thuật chuyển giao kết quả đề tài thiết kế bộ khuôn ép nhựa phục vụ đào tạo (mã số T2015-26): bộ khuôn mẫu, "
        "bản vẽ và giáo trình dùng để huấn luyện kỹ thuật viên thiết kế, lắp ráp và vận hành khuôn ép, có thể tổ chức lớp cho doanh nghiệp và "
        "trường nghề.",
    ),
    (
        "oGo053",
        "en",
        "preformmould",
        "Blow moulding machines and preform moulds for water bottles",
        "Supply of extrusion and injection blow moulding machines and multi-cavity (up to 48-cavity) preform moulds for PET, PE and "
        "PP beverage bottles: plastic pellets are melted into a parison, clamped in a metal mould and inflated with air into the "
        "bottle shape; neck and size can be customised.",
    ),
    (
        "oGo054",
        "vi",
        "ruiying",
        "Dây chuyền thổi chai PET tự động",
        "Cung cấp máy thổi chai PET tự động điều khiển bằng máy tính, năng suất hàng chục nghìn chai/giờ, gồm hệ thống cấp phôi, gia nhiệt, "
        "thổi và điều khiển. Phôi ép từ hạt PET có độ nhớt 0,78–0,85, tỷ lệ nhựa tái chế dưới 5% và không quá hai lần tái chế; phôi phải lưu "
        "24 giờ trước khi thổi và không để quá sáu tháng.",
    ),
    (
        "oGo055",
        "en",
        "weijun",
        "Plush toy production training: filling, sewing and packing",
        "Training for small plush workshops on the three core steps: filling with polyester fibrefill or cotton batting through "
        "openings left in the sewn skin and closing them; sewing with reinforced techniques such as backstitching so seams do not "
        "open, by machine or by hand depending on volume; and packing each toy individually in clear bags or boxes that protect it "
        "from dirt and transport damage.",
    ),
    (
        "oGo056",
        "vi",
        "szoneier",
        "Chuẩn hóa quy trình sản xuất thú nhồi bông để đặt hàng lại ổn định",
        "Tư vấn biến mẫu thú bông đẹp thành sản phẩm sản xuất hàng loạt ổn định: khóa chặt vật liệu, rập và dung sai kích thước, phương pháp "
        "cắt, may, nhồi, hoàn thiện, kiểm tra và an toàn để mỗi lô, mỗi người thợ đều cho ra cùng một sản phẩm. Giải quyết các lỗi thường gặp "
        "như lô sau lệch màu, đường may yếu, mặt lệch, đồ chơi bị nén không phục hồi sau vận chuyển.",
    ),
    (
        "oGo057",
        "en",
        "kenwang",
        "Plush stuffing specification and stuffing-machine selection",
        "Consultancy on the most under-specified step of soft-toy making: choice of primary fill (virgin PP cotton / polyester "
        "fibrefill for loft, consistent denier and moisture resistance, or recycled PET fibrefill) and secondary fill (pellet "
        "pouches, weighted bases, firm cores); fill weight and density control per body zone; blowing-machine selection; "
        "multi-zone stuffing; and post-stuffing inspection so toys keep their shape, survive washing and pass safety limits.",
    ),
    (
        "oGo058",
        "vi",
        "odm",
        "Chuyển giao khuôn cắt nhiệt cho vải lông, in lụa và thêu chi tiết thú bông",
        "Cung cấp khuôn dao cắt nhiệt theo rập cho xưởng thú bông: vải polyester trải thành lớp trên bàn dài, mặt lông úp xuống, đặt khuôn "
        "nhiệt lên mặt trái và cắt từng mảnh; mẫu thử vẫn cắt tay theo rập. Hướng dẫn in lụa nhiều màu (mỗi màu khô mới in màu tiếp) và thêu "
        "mặt, chi tiết sau khi cắt trước khi may ráp trên máy may.",
    ),
    (
        "oGo059",
        "en",
        "chinaplush",
        "Safety eyes with locking washers and mounting tools for plush toys",
        "Supply of plastic and glass safety eyes in many sizes, each with a childproof snap-on locking washer, plus mounting tools "
        "and training. Eyes are mounted immediately after the fabric pieces are cut, before sewing and stuffing, so the washer "
        "sits firmly behind the fabric; eye size and placement are chosen to give the toy its character.",
    ),
    (
        "oGo060",
        "vi",
        "earpcorp",
        "Thử lực xoắn, lực kéo cho mắt nhựa, nút và chi tiết gắn trên thú bông theo EN 71-1",
        "Phòng thử nghiệm đánh giá các chi tiết gắn trên thú bông cho trẻ dưới 36 tháng theo phép thử chi tiết nhỏ EN 71-1: mắt nhựa an toàn "
        "(hỏng vòng hãm, gãy chân), mắt vải may, nút mọi chất liệu, nơ và phụ kiện trang trí. Mẫu chịu thử xoắn và thử kéo; chi tiết nào bong "
        "ra hoặc lọt ống thử chi tiết nhỏ phải thiết kế lại hoặc gắn chắc hơn. Tư vấn cách may gia cố.",
    ),
    (
        "oGo061",
        "en",
        "tradeaiders",
        "Factory-floor pull-test training for plush seams and eyes",
        "Quality-control training for plush factories and buyers: a steady-load DIY pull test instead of a snap pull, with "
        "benchmarks from EN 71-1 (90 N tension on attachments, 70 N on seams, 0.34 N·m torque) and ASTM F963 (15 lb, about 67 N, "
        "tension and seam pull, 0.4 N·m torque), each held for 10 seconds. Covers how seams fail (thread breakage or fabric "
        "slippage) and how to catch weak eyes and noses before goods leave the factory.",
    ),
    (
        "oGo062",
        "vi",
        "skyline",
        "Thiết bị thử tính cháy đồ chơi và thú bông theo EN 71-2",
        "Hãng thiết bị thử nghiệm cung cấp máy thử tính cháy EN 71-2 (tham chiếu ISO 6941 cho vật liệu dệt) cho phòng thí nghiệm và nhà máy "
        "thú bông: kiểm tra đồ chơi không bắt cháy hoặc cháy chậm khi gặp ngọn lửa. Giới thiệu thêm các phép thử EN 71-1 cơ lý và EN 71-3 "
        "(19 nguyên tố), lưu ý nguy cơ formaldehyde trong vật liệu nhồi.",
    ),
    (
        "oGo063",
        "en",
        "rakshitam",
        "Recycled polyester staple fibre (RPSF) for stuffed toys and cushions",
        "Supply of recycled polyester staple fibre made from post-consumer PET bottles that are sorted (clear and light-blue "
        "preferred), stripped of labels and caps, hot and cold washed, shredded into flakes and re-spun. The fibre is used for "
        "stuffed toys, pillows, cushions, non-wovens and furniture fillings, and takes 45–60% less energy to produce than virgin "
        "polyester.",
    ),
    (
        "oGo064",
        "vi",
        "jbecotex",
        "Dây chuyền tái chế chai PET thành xơ polyester",
        "Cung cấp dây chuyền sản xuất xơ polyester từ chai PET thu gom: máy quay loại bỏ giấy và tạp chất nhẹ, rửa chai, băng tải phân loại "
        "theo màu và chất lượng, máy nghiền thành mảnh PET, nung chảy, kéo sợi, ghép và làm nguội thành xơ staple cho ngành dệt.",
    ),
    (
        "oGo065",
        "en",
        "ctiglobals",
        "Recycled polyester yarn and filament for textiles",
        "Producer of recycled polyester fibres from collected PET bottles: sorted by colour, cleaned, shredded, melted and extruded "
        "into filaments spun into yarn for apparel and home textiles, staple fibre for insulation, padding and filtration, and "
        "continuous filament for sewing thread, ropes and geotextiles.",
    ),
    (
        "oGo066",
        "en",
        "mouse_paint",
        "Toy paints and varnishes certified to EN 71-3",
        "Supplier of paints and varnishes for toy makers tested for migration of harmful elements under EN 71-3, using a method "
        "that simulates stomach acid on the dried coating. The original eight elements (antimony, arsenic, barium, cadmium, "
        "chromium III, lead, mercury, selenium) are covered, as well as the elements added in the 2013 revision (aluminium, boron, "
        "chromium VI, cobalt, copper, manganese, nickel, strontium, tin, zinc). Test reports from independent laboratories are "
        "supplied with each colour.",
    ),
    (
        "oGo067",
        "vi",
        "auroratic",
        "Thử chì trong sơn, lớp phủ và vật liệu nền của sản phẩm trẻ em",
        "Phòng thí nghiệm kiểm tra chì theo quy định của CPSC Hoa Kỳ: lớp phủ bề mặt (sơn, sơn mài, vecni, chất nhuộm) không vượt quá 90 ppm "
        "tính trên màng sơn khô (16 CFR 1303, giảm từ 600 ppm năm 2009), vật liệu nền không vượt quá 100 ppm. So sánh sàng lọc bằng XRF với "
        "phân tích ICP, hướng dẫn chuẩn bị mẫu đúng cách, chọn đúng bộ phận cần thử để tránh thu hồi và bị phạt.",
    ),
    (
        "oGo068",
        "en",
        "nist_xrf",
        "XRF reference panels for in-house lead-in-paint screening",
        "Reference materials for checking handheld X-ray fluorescence (XRF) analysers used to screen children's products against "
        "the 90 ppm lead-in-paint limit: three painted polyester panels, one lead-free, one at 85 mg/kg and one at 314 mg/kg. "
        "Factories and distributors use them to verify their screening; XRF results are for screening only and are not accepted "
        "as proof of compliance, which still needs an accredited laboratory.",
    ),
    (
        "oGo069",
        "vi",
        "afnor_finger",
        "Tư vấn công thức màu vẽ bằng ngón tay theo EN 71-7",
        "Chuyên gia tiêu chuẩn hóa hướng dẫn nhà sản xuất màu vẽ cho trẻ đáp ứng EN 71-7: danh mục chất và hỗn hợp được phép dùng, thực hành "
        "sản xuất tốt, phương pháp thử, yêu cầu cảnh báo, ghi nhãn và bao bì. Phù hợp với Chỉ thị 2009/48/EC cho trẻ 0–14 tuổi, có hạn chế bổ "
        "sung cho trẻ dưới 3 tuổi; cập nhật theo bản sửa đổi từ tháng 11/2017.",
    ),
    (
        "oGo070",
        "en",
        "intertek_finger",
        "Finger paint compliance testing to EN 71-7",
        "Testing of finger paints against the revised EN 71-7: aniline added to restricted aromatic amines; element migration "
        "cross-referenced to EN 71-3; impurity limits of 2 mg/kg PCBs and 5 mg/kg hexachlorobenzene for chlorinated colourants and "
        "0.02 mg/kg benzo(a)pyrene where carbon black is used; permitted preservatives cut to 16; pH between 4.0 and 10.0; "
        "N-nitrosamines to EN 71-12; and containers that must not look like food.",
    ),
    (
        "oGo071",
        "vi",
        "garmentstech",
        "Tư vấn phạm vi áp dụng lệnh cấm sơn chứa chì cho sản phẩm trẻ em",
        "Hướng dẫn doanh nghiệp xác định bộ phận nào thuộc diện 'lớp phủ bề mặt' theo 16 CFR 1303: vật liệu lỏng hoặc bán lỏng có hoặc không "
        "có bột màu, tạo màng rắn khi quét lên kim loại, gỗ, đá, giấy, da, vải, nhựa. Không thuộc phạm vi: mực in, bột màu trộn trong nhựa, "
        "lớp mạ điện, men gốm. Giải thích mục đích lệnh cấm: trẻ ăn phải vụn sơn hoặc liếm tay có thể nhiễm chì, gây rối loạn hành vi, khó "
        "khăn học tập và chậm lớn.",
    ),
    (
        "oGo072",
        "en",
        "gengreens",
        "Zero-VOC and low-VOC interior wall paints",
        "Interior wall paints with zero or low volatile organic compounds for healthier indoor air: water-based or plant- and "
        "mineral-based formulations without lead, mercury or formaldehyde, backed by LEED, GreenGuard or EU Ecolabel type "
        "certifications, with good coverage and durability for homes.",
    ),
    (
        "oGo073",
        "vi",
        "innopaints",
        "Sơn tường không mùi cho nhà ở",
        "Dòng sơn tường ít mùi, hàm lượng VOC cực thấp, phù hợp nhà có người già, trẻ nhỏ hoặc người nhạy cảm hóa chất: hầu như không có mùi "
        "hắc khi sơn và khi khô, bảo đảm không khí trong nhà trong lành. Tư vấn chọn màu và thi công.",
    ),
    (
        "oGo074",
        "en",
        "vnx_noithat",
        "E1-grade engineered boards for children's furniture",
        "Supply of MDF and particle boards meeting the E1 emission class (formaldehyde around 0.005%) recommended for children's "
        "furniture, instead of untraceable boards with excess formaldehyde that can irritate the airways and skin of children. "
        "Boards are supplied with origin papers and can be combined with safe coating systems.",
    ),
    (
        "oGo075",
        "vi",
        "iptc_stem",
        "Giải pháp dạy học STEM sử dụng công nghệ AI và in 3D",
        "Nhóm tác giả trường đại học bách khoa chuyển giao giải pháp phục vụ giảng dạy STEM: mô hình, học cụ được thiết kế và in 3D, kết hợp "
        "trí tuệ nhân tạo, giúp học sinh tích hợp kiến thức khoa học, công nghệ, kỹ thuật và toán học qua thực hành làm sản phẩm. Có thể "
        "hợp tác với doanh nghiệp thiết bị giáo dục để sản xuất bộ học cụ.",
    ),
    (
        "oGo076",
        "en",
        "diyode",
        "Affordable Arduino-based robot kit and coding curriculum for schools",
        "An educational coding company developed a robot built on Arduino for high schools and STEM clubs, after years of teaching "
        "students to code. The kit is designed to be affordable, buildable and codable by students, usable across the curriculum "
        "for problem-based learning, and comes with lessons and teacher support.",
    ),
    (
        "oGo077",
        "vi",
        "orientdeck",
        "Tư vấn chọn bộ kit robot mô-đun cho lớp học STEM",
        "Đánh giá 23 bộ kit robot tại 42 lớp học (2022–2024), chỉ 7 bộ cải thiện rõ hiểu biết, hợp tác và tự tin lập trình của học sinh 10–15 "
        "tuổi. Tiêu chí: chuyển từ lập trình khối sang Python, bám chương trình, tỷ lệ sửa chữa và tái dùng linh kiện, độ bền (hỏng động cơ, "
        "cảm biến dưới 0,8% đến trên 11% ở kit giá rẻ sau 18 tháng). Hệ thống mở, tương thích ngược giúp giảm 37% tổng chi phí 3 năm.",
    ),
    (
        "oGo078",
        "en",
        "instructables_mb",
        "Teacher training: low-cost micro:bit robotics and automation projects",
        "Classroom-tested workshop for teachers with only a basic micro:bit pack plus a few servos and wires: three robotics and "
        "automation projects built from cheap materials from local markets or school recycling, attached temporarily so parts are "
        "reused in the next lesson, instead of buying kits at 27–54 USD each for every two students.",
    ),
    (
        "oGo079",
        "vi",
        "teky",
        "Lớp học robotics sáng tạo cho học sinh",
        "Trung tâm dạy lập trình và robotics cho trẻ tổ chức lớp Khám phá Robotics: học sinh phân tích vấn đề, thiết kế, lắp ráp, lập trình và "
        "thử nghiệm các dự án như robot máy bắn đá dùng cơ chế truyền lực, theo tinh thần học qua làm.",
    ),
    (
        "oGo080",
        "en",
        "vnsea",
        "Primary-school STEM learning kits and teaching aids",
        "Supplier of STEM kits and teaching aids for primary schools, selected to move pupils from rote learning to hands-on "
        "projects: guidance on choosing among thousands of products, matching kits to lessons, and using STEM toys so that theory "
        "connects with real-world tasks.",
    ),
    (
        "oGo081",
        "vi",
        "intex",
        "Chương trình STEM và robotics cho trẻ mầm non",
        "Chương trình kết hợp STEM và robotics cho trẻ mầm non: khuyến khích trẻ đặt câu hỏi, thử nghiệm không sợ sai, học qua hành động với "
        "hoạt động đơn giản như làm cầu giấy thử độ bền, quan sát nổi chìm, đoán vật dẫn điện, núi lửa mini bằng baking soda, rồi làm quen "
        "robot. Cung cấp giáo án và tập huấn giáo viên.",
    ),
    (
        "oGo082",
        "en",
        "kitronik",
        "Design of micro:bit accessories and project resources",
        "Electronics company that worked with the BBC from 2015 on the micro:bit rollout, writing project resources and providing "
        "samples for activities in schools. We design add-on boards, accessories and lesson resources so that young people can "
        "get creative with code, and can co-develop products with other educational suppliers.",
    ),
    (
        "oGo083",
        "vi",
        "tt32",
        "Tư vấn lập danh mục thiết bị và đồ chơi ngoài trời cho trường mầm non",
        "Tư vấn trường mầm non và phòng giáo dục lập danh mục, dự toán mua sắm thiết bị và đồ chơi ngoài trời theo Thông tư 32/2012/TT-BGDĐT "
        "của Bộ Giáo dục và Đào tạo: phân nhóm cho nhà trẻ và mẫu giáo, mô tả yêu cầu kỹ thuật từng thiết bị (bập bênh, cầu trượt, đu quay, "
        "thang leo…), kiểm tra hồ sơ nhà cung cấp khi nghiệm thu.",
    ),
    (
        "oGo084",
        "en",
        "blogmamnon",
        "Animal-shaped seesaws for nursery classes to MoET codes MNNT1301/1302",
        "Manufacture of single and double seesaws for nursery-age children following the outdoor equipment list of Circular "
        "32/2012: durable outdoor materials, animal-shaped bodies with handles and footrests, seat height no more than 200 mm above "
        "the ground, curved base that is stable against sideways and lengthways tipping and designed not to trap feet.",
    ),
    (
        "oGo085",
        "vi",
        "tongyao_lldpe",
        "Linh kiện sân chơi LLDPE đúc quay có phụ gia chống tia UV",
        "Nhà sản xuất sân chơi cung cấp linh kiện nhựa đúc quay từ LLDPE: cầu trượt, khung leo, ống chui. LLDPE có độ bền va đập cao kể cả khi "
        "lạnh, chịu đâm thủng, kháng nứt do ứng suất môi trường; thêm chất ổn định ánh sáng HALS để không giòn, không phai màu dưới nắng. Quy "
        "trình kiểm soát chất lượng cho từng linh kiện.",
    ),
    (
        "oGo086",
        "en",
        "tongyao_slide",
        "Rotomoulded LLDPE slides and blow-moulded HDPE toddler slides",
        "Playground manufacturer producing large and complex children's slides by rotational moulding in LLDPE (crystallinity "
        "50–65%, elongation at break above 300%, flexible and impact resistant) and toddler slides in HDPE (crystallinity 70–85%, "
        "harder and more rigid) by blow or injection moulding. Rotomoulding gives uniform wall thickness in spiral and wave shapes "
        "and parts weighing hundreds of kilograms, with mould cost about one third of an injection mould.",
    ),
    (
        "oGo087",
        "vi",
        "gregstrom",
        "Gia công đúc quay nhựa cho xích đu, cầu trượt và thiết bị vui chơi",
        "Nhà sản xuất hơn 75 năm kinh nghiệm nhận đúc quay chi tiết rỗng cho thiết bị sân chơi và giải trí: polypropylene chịu thời tiết, chịu "
        "uốn, thêm chất ổn định UV; LLDPE, HDPE và PE chống tĩnh điện. Chi phí khuôn thấp hơn ép phun, phù hợp làm mẫu và sản lượng nhỏ nhưng "
        "vẫn đáp ứng sản lượng lớn; đã làm bộ 20 xích đu PP cỡ lớn có đèn LED năng lượng mặt trời, cảm biến gia tốc.",
    ),
    (
        "oGo088",
        "en",
        "modroto",
        "One-piece 360° spiral slide by rotational moulding",
        "Rotomoulding specialist that took a one-piece 360-degree spiral slide bedway from concept to shipping in 16 months for a "
        "playground brand, replacing sectionally assembled beds. The one-piece slide has greater integral strength, fewer assembly "
        "points, no dirt-collecting joints and a smoother, cooler ride than steel; medium-density polyethylene in seven "
        "UV-inhibited colours.",
    ),
    (
        "oGo089",
        "vi",
        "koochieplay",
        "Thi công sàn cao su an toàn EPDM cho sân chơi trẻ em",
        "Đơn vị thiết kế và thi công sàn cao su an toàn trên nền bê tông có rãnh và độ dốc thoát nước: lớp dưới hạt cao su SBR tái sinh từ lốp "
        "xe để tạo độ dày hấp thụ lực, lớp trên hạt EPDM màu cỡ 1–4 mm liên kết keo polyurethane. Độ dày xác định theo chiều cao rơi tự do "
        "(FFH) hoặc chiều cao rơi tới hạn (CFH) của thiết bị; chống trơn trượt, chịu thời tiết, tạo hình họa tiết theo yêu cầu.",
    ),
    (
        "oGo090",
        "en",
        "quanmach",
        "EPDM playground surfacing 20–50 mm thick",
        "Supply and installation of poured EPDM surfacing for outdoor play areas over concrete or asphalt: 10–40 mm of SBR crumb "
        "(1–5 mm, from scrap car tyres) as the cushioning layer and 10 mm of EPDM granules as the wearing layer, bound with PU "
        "binder mixed on site. SBR containing paraffin plasticising oil is never used because it blocks PU adhesion and cuts the "
        "bond strength by about half; EPDM granules are chosen for abrasion and weather resistance.",
    ),
    (
        "oGo091",
        "vi",
        "longlong",
        "Gạch cao su tái chế đạt chứng chỉ HIC cho sân chơi trẻ em",
        "Doanh nghiệp sản xuất gạch cao su và sàn EPDM từ hạt cao su tái chế, có chứng chỉ HIC (tiêu chí chấn thương đầu) cho sân chơi trẻ em. "
        "Sản phẩm được thiết kế theo yêu cầu hấp thụ va đập của EN 1177 cho bề mặt sân chơi, dùng cùng thiết bị đạt EN 1176 như xích đu, "
        "cầu trượt, để giảm chấn thương đầu khi trẻ ngã.",
    ),
    (
        "oGo092",
        "en",
        "safersurf",
        "Playground surfacing specification and test certification",
        "Independent advice for specifying play surfaces: matching the critical fall height of the tallest equipment (EN 1176 and "
        "EN 1177:2008), head injury criterion (HIC) at the chosen thickness, wet and dry slip resistance, resistance to "
        "indentation and ignition, and checking suppliers' test certificates for wet-pour surfacing before contracts are signed.",
    ),
    (
        "oGo093",
        "vi",
        "polytan",
        "Mặt sàn giảm chấn liền mạch EPDM và cỏ nhân tạo có lớp đệm cho sân chơi công cộng",
        "Nhà sản xuất mặt sàn thể thao cung cấp bề mặt giảm chấn cho sân chơi công cộng theo DIN EN 1176 và DIN EN 1177: sàn EPDM liền mạch, "
        "thảm cao su, và cỏ nhân tạo có lớp đệm giảm chấn, bắt buộc từ chiều cao rơi tự do 60 cm. So sánh ưu nhược điểm với vật liệu rời như "
        "cát, sỏi, dăm gỗ, vỏ cây để kiến trúc sư cảnh quan chọn phù hợp công trình.",
    ),
    (
        "oGo094",
        "en",
        "pl_fall",
        "Consultancy on choosing fall-protection surfacing for playgrounds",
        "Advice on fall-protection surfacing that conforms to EN 1176-1: impact-absorbing surfacing is required under all equipment "
        "with free fall height above 60 cm and equipment with forced movement. Materials are compared in three groups (grass and "
        "topsoil; natural loose fill such as sand, gravel and mulch; other materials such as matting, seamless plastic, artificial "
        "turf with or without infill and EPDM mulch) on purchase and maintenance cost, durability and environmental effects.",
    ),
    (
        "oGo095",
        "vi",
        "limegate",
        "Thiết kế sân chơi trẻ em theo EN 1176 và EN 1177",
        "Nhà thầu sân chơi thiết kế khu vui chơi ưu tiên an toàn: thiết bị theo EN 1176 (7 phần, từ yêu cầu chung đến xích đu, cầu trượt, đu "
        "quay, bập bênh và hướng dẫn lắp đặt, kiểm tra, bảo trì), mặt sàn giảm chấn theo EN 1177, bắt buộc khi chiều cao rơi tự do từ 60 cm "
        "hoặc có chuyển động cưỡng bức; đánh giá bề mặt qua chỉ số HIC.",
    ),
    (
        "oGo096",
        "en",
        "halongbay_turf",
        "Artificial turf football pitches",
        "Construction of five-a-side and full-size artificial turf football pitches with FIFA-tested grass and machine-spread sand "
        "and rubber infill, saving 90–130 million litres of water a year compared with natural grass and suited to hot, humid "
        "climates; correct infill keeps ball bounce and roll right and prevents a hard, injury-prone surface.",
    ),
    (
        "oGo097",
        "vi",
        "sukavn",
        "Sàn cao su chống trượt cho nhà xưởng và khu vực công cộng",
        "Cung cấp sàn cao su chống trượt có hệ số ma sát cao cho khu vực đi lại đông, môi trường ẩm hoặc dính dầu mỡ công nghiệp: giảm chấn, "
        "cách âm, bảo vệ nền, kháng UV và chịu nhiệt độ thay đổi.",
    ),
    (
        "oGo098",
        "en",
        "vgt",
        "Playground design and equipment supply for schools, parks and resorts",
        "Design-and-supply company for children's playgrounds: selection of equipment (slides, swings, seesaws, climbing frames, "
        "carousels, multi-function units) by age group, layout for safety zones, materials, and current design trends, for "
        "parents' groups, park managers, schools and developers.",
    ),
    (
        "oGo099",
        "vi",
        "bsi_716",
        "Thử nghiệm giường cũi trẻ em theo EN 716-1:2017",
        "Dịch vụ thử nghiệm và đánh giá giường cũi, cũi gấp dùng trong gia đình có chiều dài trong lớn hơn 900 mm và không quá 1.400 mm theo "
        "yêu cầu an toàn EN 716-1:2017 (thay thế bản 2008+A1:2013), trên cũi lắp hoàn chỉnh sẵn sàng sử dụng. Cũi chuyển đổi thành bàn thay tã, "
        "quây chơi được đánh giá thêm theo tiêu chuẩn tương ứng. Phục vụ nhà sản xuất cũi và nội thất trẻ em.",
    ),
    (
        "oGo100",
        "en",
        "en716_2",
        "Cot and folding-cot testing to EN 716-2 test methods",
        "Laboratory applying the EN 716-2:2017 test methods to children's cots and folding cots for domestic use with an internal "
        "length between 900 and 1,400 mm: test equipment, procedures and sequences used to verify the safety requirements of "
        "EN 716-1, with a report for the manufacturer or importer.",
    ),
    (
        "oGo101",
        "vi",
        "nen14988",
        "Thử nghiệm ghế ăn cao cho trẻ theo EN 14988",
        "Thử nghiệm ghế ăn cao đặt độc lập, nâng trẻ lên ngang bàn ăn để ăn uống, dùng cho trẻ đến 3 tuổi tự ngồi được, theo yêu cầu và phương "
        "pháp thử EN 14988:2017, áp dụng cho cả sử dụng trong gia đình và nơi công cộng (trừ ghế chuyên dụng y tế).",
    ),
    (
        "oGo102",
        "en",
        "f404",
        "High chair testing to ASTM F404",
        "Testing of high chairs and high-chair conversion kits to ASTM F404, which targets the incidents identified by the US CPSC: "
        "tray disengagement, falls when children stand up on the seat because the restraint was not used or failed, entrapment "
        "between tray and seat, and tip-over. Tests are run on a concrete floor with the chair fully assembled as instructed.",
    ),
    (
        "oGo103",
        "vi",
        "bumper",
        "Thử nghiệm quây cũi (cot bumper) theo EN 16780",
        "Đánh giá an toàn quây cũi dùng trong môi trường ngủ của trẻ không có người trông, khi trẻ nằm trong cũi, nôi hoặc giường tương tự, theo "
        "EN 16780:2018. Phần quây có thêm chức năng chơi được thử bổ sung theo tiêu chuẩn liên quan.",
    ),
    (
        "oGo104",
        "en",
        "hbzq_specs",
        "Crib design guidance: slat gaps, rail height, mattress fit and finishes",
        "Design service for baby cribs referencing ASTM F1169, EN 716 and AS/NZS 2172: mattress must fit the frame with no gap "
        "(two fingers means too small), adjustable rail height with at least 50 cm once the child stands, slat gaps under 6 cm, "
        "adjustable base height, hardwoods such as maple, ash, beech or oak, certified non-irritating paint, no carving, sharp "
        "edges or rough surfaces, and lockable castors.",
    ),
    (
        "oGo105",
        "vi",
        "interstellas",
        "Bán giường cũi trẻ em nhiều kích thước",
        "Cửa hàng nội thất trẻ em bán giường cũi tiêu chuẩn, cũi mini, nôi cũi đa năng, giường cũi chuyển đổi; tư vấn phụ huynh chọn kích "
        "thước phù hợp phòng ngủ và giai đoạn phát triển của bé.",
    ),
    (
        "oGo106",
        "en",
        "yjs_bottle",
        "Baby bottle testing to EN 14350 and US children's product rules",
        "Laboratory testing baby bottles on three layers: EN 14350:2020+A1:2023 for drinking equipment for 0–48 months (bottles, "
        "teats, cups, straws; mechanical and chemical-migration tests in one standard, replacing EN 14350-1 and -2 of 2004); "
        "food-contact migration limits; and US rules (BPA ban in 16 CFR 1170, CPSIA lead of 90 ppm in coatings and 100 ppm in "
        "substrates, phthalates).",
    ),
    (
        "oGo107",
        "vi",
        "cg_bottle",
        "Tư vấn tuân thủ EN 14350 và hồ sơ an toàn cho bình sữa xuất khẩu EU",
        "Tư vấn nhà sản xuất, nhà nhập khẩu bình sữa vào EU: phạm vi EN 14350 (bình dùng lại và dùng một lần, phụ kiện như núm, vòng khóa, ống "
        "hút, tay cầm, núm ti; trẻ 0–48 tháng), yêu cầu vật liệu, cấu tạo, tính năng, bao bì và ghi nhãn; các quy định hóa chất; hồ sơ theo Chỉ "
        "thị an toàn sản phẩm chung như báo cáo đánh giá rủi ro; sắp xếp thử nghiệm tại phòng thí nghiệm.",
    ),
    (
        "oGo108",
        "en",
        "tl_bpa",
        "BPA migration testing of baby bottles by GC-MS",
        "Laboratory service measuring bisphenol A migration from baby bottles: bottles and contents are exposed to high "
        "temperatures and conditions that simulate real use, then analysed for trace BPA by gas chromatography with mass "
        "spectrometry (GC-MS), and results are compared with food-contact limits and the US ban on BPA in infant products.",
    ),
    (
        "oGo109",
        "vi",
        "tl_14350",
        "Thử nghiệm an toàn bình sữa, núm ti theo EN 14350",
        "Thử nghiệm bình sữa, núm vú, núm ti và phụ kiện theo EN 14350: đánh giá nguy cơ hóc nghẹt và chi tiết nhỏ, độ bền và nguyên vẹn của "
        "núm ti, an toàn vật liệu (loại bỏ PC do nguy cơ thôi nhiễm BPA), độ dễ rót và đổ, độ ổn định khi dùng, khả năng vệ sinh và tiệt trùng; "
        "các phép thử cơ học mô phỏng điều kiện sử dụng thực tế như thử rơi.",
    ),
    (
        "oGo110",
        "en",
        "babi1",
        "Material guidance for baby bottle makers: PP, PPSU, Tritan, glass",
        "Advisory on feeding-bottle materials: PP (no. 5 plastic) is the most common, light, BPA-free and heat resistant up to "
        "130 °C, so it tolerates 100 °C steam sterilisers, but turns cloudy with use and should be replaced every 3–6 months; PA, "
        "PPSU and Tritan offer higher chemical and heat resistance; silicone and glass are other options. Includes the "
        "microplastics question raised for PP bottles.",
    ),
    (
        "oGo111",
        "vi",
        "platinumcat",
        "Cao su silicone xúc tác bạch kim cấp thực phẩm cho sản phẩm trẻ em",
        "Cung cấp silicone cấp thực phẩm lưu hóa xúc tác bạch kim cho núm ti, gặm nướu, túi đựng đồ ăn dặm, đồ ăn trẻ em: mạch Si–O trơ, không "
        "thôi BPA hay phthalate, chịu từ −40°C đến +230°C, mềm đàn hồi Shore A 30–60, không vỡ thành mảnh sắc. Hỗ trợ đáp ứng FDA 21 CFR "
        "177.2600 (tổng thôi nhiễm ≤0,5%), CPSIA (chì dưới 90 ppm) và LFGB.",
    ),
    (
        "oGo112",
        "en",
        "hbsilicone",
        "Silicone teether moulding, BPA-, PVC- and phthalate-free",
        "Silicone products manufacturer moulding teethers and teething toys from food-grade silicone rubber, which unlike plastic "
        "teethers contains no BPA, PVC or phthalates that could leach when babies chew. Silicone has been accepted for consumer "
        "cookware and medical use in the US since 1979; custom shapes and colours for baby brands.",
    ),
    (
        "oGo113",
        "vi",
        "louloulollipop",
        "Thẩm định tuyên bố 'không BPA, không phthalate' trên nhãn đồ gặm nướu",
        "Dịch vụ kiểm chứng trước khi bán đồ gặm nướu và đồ chơi cho trẻ ngậm: nhãn 'không độc hại', 'tự nhiên' không được định nghĩa nên "
        "không có giá trị; chỉ tin các tuyên bố cụ thể (không BPA, không phthalate, không PVC, không chì, không cadimi) có báo cáo thử nghiệm "
        "bên thứ ba. Nhiều sản phẩm ghi không BPA vẫn phát hiện chất gây rối loạn nội tiết; phthalate không liên kết với nhựa nên dễ thôi ra "
        "khi trẻ ngậm, bị nén hoặc hâm nóng.",
    ),
    (
        "oGo114",
        "en",
        "amz_us",
        "Amazon toy compliance documentation for US sellers",
        "Service preparing the documents Amazon may request at any time from sellers of toys for children 12 and under: company "
        "and seller details, ASIN list, product images showing safety information and small-parts/choking warnings, a Children's "
        "Product Certificate, and test reports from a CPSC-accepted laboratory showing compliance with ASTM F963-17 and CPSIA lead "
        "and phthalate limits, submitted to Amazon's child-safety team.",
    ),
    (
        "oGo115",
        "vi",
        "cg_amazon",
        "Tư vấn yêu cầu đối với đồ chơi và sản phẩm trẻ em bán trên Amazon",
        "Tư vấn nhà bán hàng đưa đồ chơi, sản phẩm cho trẻ dưới 12 tuổi lên Amazon Mỹ: tiêu chuẩn áp dụng (ASTM F963-16, F963-17, cảnh báo nam "
        "châm, giới hạn chì và phthalate theo CPSIA), chứng chỉ CPC, thử nghiệm tại phòng thí nghiệm, ghi nhãn, và danh sách tài liệu đội "
        "tuân thủ của Amazon hay yêu cầu (tên công ty, mã người bán, email, số điện thoại, danh sách ASIN).",
    ),
    (
        "oGo116",
        "en",
        "luistoys",
        "Drafting Children's Product Certificates and test plans for toys",
        "We draft the Children's Product Certificate (CPC) that the importer or US manufacturer must issue, and organise the "
        "third-party tests behind it: product name and description, every applicable CPSC rule (ASTM F963 physical and mechanical "
        "hazards such as small parts, sharp points and edges; CPSIA lead and phthalates), importer name and address, the custodian "
        "of test records, date and place of manufacture and testing, and the CPSC-accepted, ISO 17025 laboratory used.",
    ),
    (
        "oGo117",
        "vi",
        "borderworx",
        "Tư vấn bán đồ chơi mùa lễ trên Amazon: FBM, FBA và chỉ số hiệu suất",
        "Hướng dẫn người bán chuẩn bị mùa Giáng sinh: với hình thức tự giao hàng (FBM) phải có đơn bán đầu tiên trước hạn đầu tháng 9, tối "
        "thiểu 25 đơn FBM từ tháng 8 đến tháng 10, tỷ lệ đơn lỗi dưới 1%, tỷ lệ hủy trước giao dưới 1,75%, giao trễ dưới 4%; hình thức FBA "
        "thường được miễn. Chuẩn bị CPC, nhãn truy xuất với đồ chơi có chi tiết nhỏ, hóa đơn nhà cung cấp khi Amazon yêu cầu.",
    ),
    (
        "oGo118",
        "en",
        "amz_jp_pack",
        "FBA prep and bagging service for plush and irregular toys",
        "Prep centre packing toys for Amazon fulfilment centres: plush units (stuffed toys, animals, puppets) fully sealed in poly "
        "bags or shrink-wrap with no exposed surface and no more than 7.5 cm of film beyond the product; irregular toys bagged, "
        "open boxes covered; scannable barcode visible on the bag or item; child-appealing products with drawstrings over-bagged; "
        "packaging that is safe for children and compliant with suffocation-warning rules.",
    ),
    (
        "oGo119",
        "vi",
        "micom",
        "Thử nghiệm bao bì vận chuyển theo ISTA 3A cho hàng gửi chuyển phát",
        "Phòng thử nghiệm bao bì thực hiện ISTA 3A cho kiện hàng đơn lẻ gửi qua chuyển phát, nặng tối đa 68 kg (150 lb), hay được các nhà bán "
        "lẻ trực tuyến yêu cầu; phân loại kiện chuẩn, nhỏ, dẹt, dài; thử sản phẩm cùng bao bì như một hệ, có thể điều hòa ẩm, nhiệt độ thấp "
        "hoặc áp suất thấp. Tối thiểu 1 mẫu, khuyến nghị từ 5 mẫu khi thiết kế bao bì; có thể thay bằng ASTM D4169.",
    ),
    (
        "oGo120",
        "en",
        "jjrlab",
        "ISTA 3A parcel testing and package classification",
        "Testing service simulating parcel delivery hazards (vibration, shock, handling) for individual packages up to 70 kg. "
        "Packages are classed as small (under 13,000 cm³, longest edge up to 350 mm, up to 4.5 kg), flat (shortest edge up to "
        "200 mm, second edge at least four times longer, volume at least 13,000 cm³), elongated (longest edge at least 900 mm, "
        "other edges at most 20% of it) or standard; product and packaging are tested as one system.",
    ),
    (
        "oGo121",
        "vi",
        "gobox",
        "Dịch vụ đóng gói hàng thương mại điện tử đúng quy cách",
        "Đơn vị kho vận nhận đóng gói hàng cho người bán trên sàn thương mại điện tử: chọn vật liệu đóng gói phù hợp, kỹ thuật chèn lót chống va "
        "đập, rung lắc, niêm phong và dán nhãn thông tin, tối ưu kích thước kiện để giảm chi phí vận chuyển và hạn chế hàng vỡ, móp, thất lạc "
        "hoặc biến đổi do nhiệt độ, độ ẩm.",
    ),
    (
        "oGo122",
        "en",
        "vnexpress_tmdt",
        "E-commerce and livestream selling training for craft-village artisans",
        "Training programme run with the local Women's Union for artisans of craft villages: product photography, content and "
        "personal branding on social networks, and hands-on livestream selling. A recent third session trained 30 artisans from a "
        "conical-hat village and a lacquer village; the programme has run continuously for three years.",
    ),
    (
        "oGo123",
        "vi",
        "tienphong_live",
        "Tổ chức phiên chợ điện tử livestream cho sản phẩm làng nghề",
        "Đoàn thanh niên tổ chức phiên chợ điện tử: cán bộ đoàn, đoàn viên làm người phát trực tiếp, chuẩn bị điện thoại, dụng cụ ghi hình, bài "
        "trí sản phẩm và quà tặng, giới thiệu nguồn gốc, đặc điểm sản phẩm trên fanpage để bán sản phẩm OCOP và hàng làng nghề cho bà con.",
    ),
    (
        "oGo124",
        "en",
        "hbmedia",
        "TikTok Shop set-up and management service",
        "Agency that opens and manages TikTok Shop stores: account registration options, seller centre set-up, cart features, "
        "pinning products to livestreams and short videos, order status and settlement, payment by e-wallet or transfer, shipping "
        "arrangements and fixing image-upload errors.",
    ),
    (
        "oGo125",
        "vi",
        "carton_docz",
        "Sản xuất thùng carton sóng và in bao bì giấy",
        "Nhà máy sản xuất tấm sóng và thùng carton các loại sóng, định lượng giấy 125–150 gsm cho thùng thường và 300 gsm cho hàng xuất khẩu "
        "nặng; in offset, flexo, in lụa, ống đồng; quy trình từ bột giấy kraft, làm sóng đến tạo hộp.",
    ),
    (
        "oGo126",
        "en",
        "canpac",
        "Print quality control for metal cans to ISO 12647-9",
        "Graduation research with a can maker on building a print-standard control process for offset printing on metal packaging "
        "to ISO 12647-9: terminology, equipment operation and quality management of printed metal sheets.",
    ),
    (
        "oGo127",
        "vi",
        "baobi_giay",
        "Bao bì giấy cho thực phẩm",
        "Tài liệu và tư vấn vật liệu bao bì giấy cho thực phẩm lỏng, nước giải khát, sữa, rau quả, thịt cá và bao bì vận chuyển: đặc tính, "
        "nguyên liệu và phối liệu, quy trình sản xuất, đóng gói và kiểm tra chất lượng.",
    ),
    (
        "oGo128",
        "en",
        "usps_ista",
        "ISTA 1A pre-shipment performance testing of packaged products",
        "Pre-shipment test procedure for individual packaged products of 150 lb (68 kg) or less, used by manufacturers to predict "
        "safe arrival by simulating shocks and stresses of handling and transport; the packaged product is tested as a whole and "
        "test levels can be adapted to known distribution conditions.",
    ),
    (
        "oGo129",
        "vi",
        "langngheviet",
        "Đào tạo làm đồ chơi truyền thống: đèn kéo quân, đèn ông sao, diều sáo",
        "Nghệ nhân làng nghề truyền dạy cách làm đồ chơi truyền thống mùa Trung thu và Tết thiếu nhi: ông tiến sĩ giấy, thiên nga bằng bông, "
        "đèn kéo quân, diều sáo, đèn ông sao, mặt nạ giấy, đèn lồng tái chế từ vỏ lon, vỏ hộp, vỏ bưởi. Hỗ trợ cải tiến mẫu mã để cạnh tranh "
        "với đèn lồng nhựa nhập khẩu nhiều màu sắc.",
    ),
    (
        "oGo130",
        "en",
        "baotintuc",
        "Revival workshops for traditional dough figurines",
        "A young artisan who revived the almost-lost craft of moulded dough figurines (con giống), a favourite Mid-Autumn toy of "
        "past generations, runs workshops and demonstrations teaching the shaping and colouring of the figures for festivals and "
        "children's activities.",
    ),
    (
        "oGo131",
        "vi",
        "onghao",
        "Chuyển giao kỹ thuật làm trống, mặt nạ giấy bồi và đầu lân Trung thu",
        "Làng nghề đồ chơi Trung thu nổi tiếng với trống gỗ, mặt nạ giấy bồi và đầu lân, sau thời gian dài mai một đã hồi sinh, hàng có mặt từ "
        "Bắc vào Nam và mang lại thu nhập hàng trăm triệu đồng mỗi mùa cho hộ sản xuất. Nghệ nhân nhận truyền nghề, hướng dẫn quy trình và mẫu "
        "mã cho cơ sở mới.",
    ),
    (
        "oGo132",
        "en",
        "phunuvietnam",
        "Traditional lantern-making know-how from a lantern-making neighbourhood",
        "Lantern-making family workshops from a traditional lantern neighbourhood share techniques for bamboo-frame and paper or "
        "cellophane Mid-Autumn lanterns and new lantern designs, which consumers increasingly prefer to imported plastic lanterns; "
        "they also advise on producing to order in slow seasons.",
    ),
    (
        "oGo133",
        "en",
        "baocamau_gom",
        "Bricks, tiles and unglazed terracotta from the Mang Thít kilns",
        "Over 1,000 producers with about 3,000 kiln mouths along the Cổ Chiên river make bricks and roof tiles for houses and roads "
        "and unglazed pink terracotta handicrafts exported to Korea, Taiwan, Hong Kong, Japan, Europe, Australia and the Americas, "
        "using improved continuous kilns.",
    ),
    (
        "oGo134",
        "en",
        "homefixated",
        "Guidance on toy-safe wood finishes",
        "Finishing guidance for woodworkers and parents on what 'toy safe' really means: shellac-based sanding sealer topped with "
        "beeswax for turned rattles, flaxseed oil with beeswax for shape-sorting puzzles, how to read manufacturers' statements, "
        "and the confusion around labels, compiled from finish makers and toy-making woodworkers.",
    ),
    (
        "oGo135",
        "vi",
        "woodme",
        "Tư vấn dầu hoàn thiện gỗ cho đồ tiếp xúc thực phẩm và đồ chơi",
        "Tư vấn chọn lớp hoàn thiện không độc cho thớt, bát, thìa gỗ và đồ chơi: dầu ăn (ô liu, hướng dương, hạnh nhân, óc chó, mè) rẻ, dễ dùng "
        "nhưng bị ôi do chất béo oxy hóa nên phải làm lại thường xuyên, ít dùng cho đồ chơi; dầu lanh thấm và làm gỗ ngả màu hổ phách, bề mặt "
        "cứng hơn nhưng khô rất chậm.",
    ),
    (
        "oGo136",
        "en",
        "rebelpuzzles",
        "Laser-cut jigsaw puzzle production know-how",
        "Puzzle maker sharing production know-how for laser-cut puzzles of marketable quality: equipment choice from diode lasers "
        "to 100 W CO2 machines and high-end commercial lasers, machine set-up and use, materials, puzzle design, packaging and the "
        "overall production process, for hobbyists turning into small businesses.",
    ),
    (
        "oGo137",
        "vi",
        "algolaser",
        "Máy khắc laser gỗ cho xưởng làm xếp hình",
        "Cung cấp máy khắc laser gỗ để làm xếp hình cá nhân hóa: khắc ảnh gia đình, họa tiết lên miếng gỗ. Tư vấn chọn gỗ: gỗ cứng như phong, "
        "anh đào cho bề mặt mịn và chi tiết sắc nét; gỗ mềm như thông cần chỉnh thông số để không cháy quá mức.",
    ),
    (
        "oGo138",
        "en",
        "eurofins_finger",
        "EU finger paint compliance: legislation and testing",
        "Testing and regulatory support for finger paints sold in the EU, defined as aqueous semi-solid or liquid coloured mixtures "
        "designed for children under three to apply by hand: Toy Safety Directive 2009/48/EC, REACH, General Product Safety "
        "Directive, POP regulation and unfair commercial practices rules, with EN 71 testing.",
    ),
    (
        "oGo139",
        "vi",
        "cpsc_faqs",
        "Hướng dẫn tuân thủ giới hạn chì 90 ppm cho đồ chơi và nội thất có sơn",
        "Tư vấn theo hướng dẫn của CPSC: sản phẩm cho trẻ từ 12 tuổi trở xuống và một số đồ nội thất có sơn (giường, giá sách, ghế, tủ, bàn) "
        "không được có quá 0,009% (90 ppm) chì trong sơn và lớp phủ, tính trên phần không bay hơi của màng sơn khô; giới hạn hạ từ 600 ppm, "
        "hiệu lực từ 14/8/2009, không miễn trừ cho nhà sản xuất lô nhỏ. Áp dụng cả với sơn dùng ở trường học, công viên, sân chơi.",
    ),
    (
        "oGo140",
        "en",
        "typlayground",
        "Rotomoulded playground equipment: buyer checks and maintenance",
        "Playground equipment maker explaining rotational moulding in four stages (loading LLDPE or HDPE resin, biaxial heating, "
        "cooling while rotating, demoulding), the benefits for play structures (impact resistance, seamless build, UV stability, "
        "design freedom) and what buyers should check: material quality, design integrity, manufacturer expertise, plus "
        "maintenance tips.",
    ),
    (
        "oGo141",
        "vi",
        "kidditech",
        "Chế tạo khuôn đúc quay cho cầu trượt sân chơi",
        "Xưởng chế tạo khuôn đúc quay cho cầu trượt và thiết bị sân chơi: khuôn quay trên hai trục vuông góc cho thành sản phẩm đều, liền khối, "
        "không mối nối gây chấn thương; cho phép hình dạng lớn, phức tạp mà không tăng nhiều chi phí khuôn; dùng nhựa bền, kháng UV để kéo dài "
        "tuổi thọ.",
    ),
    (
        "oGo142",
        "en",
        "phongphu",
        "Installation of EPDM safety flooring for play and public areas",
        "Flooring contractor with more than 10 years in industrial and high-performance floors installing EPDM rubber surfaces: "
        "layer build-up, standard installation procedure, colour and pattern design, impact attenuation to reduce injuries, and "
        "the factors that drive the price of EPDM works.",
    ),
    (
        "oGo143",
        "vi",
        "legenday",
        "Sản xuất đồ gặm nướu silicone cho trẻ mọc răng",
        "Nhà sản xuất sản phẩm silicone cho trẻ nhận làm gặm nướu và ống hút gặm silicone theo yêu cầu thương hiệu, cho giai đoạn mọc răng bắt "
        "đầu khoảng 4 tháng (có khi 6–7 tháng) và kéo dài đến 3–4 tuổi, giúp trẻ bớt quấy khóc, chảy dãi, sưng nướu.",
    ),
    (
        "oGo144",
        "vi",
        "bongdanetco",
        "Thi công mặt sân bóng đá cỏ tự nhiên",
        "Thiết kế và thi công sân bóng đá cỏ tự nhiên nhiều lớp: lớp nền, lớp thoát nước, lớp gốc và mặt cỏ, chọn giống cỏ, bảo dưỡng theo tiêu "
        "chuẩn quốc tế để bóng lăn, nảy đúng và hạn chế chấn thương cầu thủ.",
    ),
    (
        "oGo145",
        "en",
        "cncnesting",
        "CNC wood routers and nesting machines for furniture plants",
        "Supplier of CNC woodworking machines for furniture production on MDF, HDF, plywood and solid wood: four-head routers, "
        "single-head automatic tool-change machines, 5-axis 3D machines, 2.5D centres and nesting lines for cutting, drilling, "
        "grooving and carving cabinet and furniture panels.",
    ),
    (
        "oGo146",
        "en",
        "szsoftgem",
        "Customised recycled-bottle-to-fibre production lines",
        "Engineering company building complete lines that turn waste PET bottles into fibre: collection and sorting, cleaning of "
        "labels and glue, flaking, extrusion into strands, cooling and cutting into fibre lengths for garments, furniture and car "
        "interiors.",
    ),
    (
        "oGo147",
        "vi",
        "bangemachine",
        "Máy thổi chai PET",
        "Cung cấp máy thổi chai PET theo công nghệ kéo thổi: nạp phôi, gia nhiệt trong lò, kéo và thổi khí áp cao trong khuôn, làm nguội và đẩy "
        "chai ra; nhiều mức công suất và mức tự động hóa cho chai nước giải khát, thực phẩm.",
    ),
    (
        "oGo148",
        "en",
        "znews_sonxanh",
        "Green certifications for wall paints",
        "Paint brand guidance on recognising genuinely healthy wall paints through green certifications and strict inspection, "
        "since paint covers 70–90% of a home's surfaces and affects indoor air quality for children, the elderly and sensitive people.",
    ),
    (
        "oGo149",
        "en",
        "mrtimbers",
        "Kiln drying of reclaimed barnwood for flooring and panelling",
        "Kiln drying of reclaimed barn timber to its equilibrium moisture content before it is used for flooring or wall "
        "panelling projects, to avoid movement after installation.",
    ),
    (
        "oGo150",
        "vi",
        "hspreform",
        "Phôi PET cho chai nước và chai mỹ phẩm",
        "Sản xuất phôi PET bằng máy ép phun: nhựa PET nóng chảy phun vào khuôn, làm nguội thành phôi, sau đó được gia nhiệt, kéo, thổi thành "
        "chai nước giải khát, nước khoáng, thuốc, mỹ phẩm.",
    ),
    (
        "oGo151",
        "en",
        "luanvan_baobi",
        "Plastic packaging production: films, bags and containers",
        "Plastic packaging plant producing packaging for consumer goods and construction for domestic and export markets, with "
        "internship-based know-how on production technique and workshop fire safety.",
    ),
    (
        "oGo152",
        "vi",
        "makerfocus",
        "Máy chơi game cầm tay dùng micro:bit",
        "Bán bộ máy chơi game cầm tay gắn bo mạch micro:bit: học sinh lập trình trò chơi, dùng micro:bit để điều khiển xe, làm robot, thu thập "
        "dữ liệu và làm sản phẩm truyền thông tương tác.",
    ),
    (
        "oGo153",
        "en",
        "toolsradar",
        "Choosing woods and settings for laser-engraved wooden toys and puzzles",
        "Guidance from a toy and puzzle maker with decades of workshop experience on the best woods for laser engraving, laser "
        "settings, workshop safety and child-safe, educational projects such as personalised toys and puzzles.",
    ),
    (
        "oGo154",
        "vi",
        "hahuy",
        "Nhà phân phối đồ chơi nhập khẩu an toàn",
        "Công ty phân phối đồ chơi giáo dục nhập khẩu cho trẻ em Việt Nam, giải thích nguồn gốc xuất xứ sản phẩm và cam kết hàng an toàn, chất "
        "lượng; bán lẻ và bán buôn đồ chơi, cầu trượt mini và sản phẩm ngoài trời cho bé.",
    ),
    (
        "oGo155",
        "en",
        "thoibaotc",
        "Handmade Vietnamese Mid-Autumn toys: lanterns, drums, masks",
        "Vietnamese toy company and craft-village suppliers producing Mid-Autumn toys from safe materials (paper, bamboo, wood): "
        "star lanterns from 10,000–15,000 VND for small sizes to 50,000–100,000 VND for large ones, leather drums at "
        "35,000–80,000 VND, papier-mâché masks and wooden revolving lanterns, supplied to retailers and gift-set buyers.",
    ),
    (
        "oGo156",
        "en",
        "nd43b",
        "Labelling compliance review under Decree 43/2017 on goods labels",
        "Review of product labels against Decree 43/2017/ND-CP: mandatory content by product group (quantity, manufacturing date, "
        "expiry, ingredients, warnings, instructions for use and storage where applicable), the required name, origin and "
        "responsible organisation, and secondary Vietnamese labels for imports; delivered as a marked-up label draft.",
    ),
]
