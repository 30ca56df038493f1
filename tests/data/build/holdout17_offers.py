"""Technology offers of the holdout17 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- Shrimp and fish processing lines ---
    (
        "iSo001",
        "vi",
        "shrimp_plants_f17",
        "Dây chuyền cấp đông IQF băng chuyền xoắn cho tôm thẻ, công suất 500 kg/giờ",
        "Công ty cơ khí lạnh chế tạo trong nước cung cấp tủ cấp đông băng chuyền xoắn (spiral IQF) cho tôm nguyên con, tôm thịt và tôm tẩm bột. "
        "Thời gian cấp đông 25-35 phút, nhiệt độ tâm sản phẩm đạt -18°C, sản phẩm rời từng con, không dính khay. "
        "Gói chuyển giao gồm thiết kế, lắp đặt, chạy thử và đào tạo vận hành; bảo hành 24 tháng.",
    ),
    (
        "iSo002",
        "en",
        "shrimp_plants_f17",
        "Spiral IQF freezer with cascade NH3/CO2 refrigeration for seafood plants",
        "A European refrigeration manufacturer supplies self-stacking spiral freezers for individually quick frozen shrimp and fish portions, 300-1,500 kg/h. "
        "The cascade NH3/CO2 circuit shortens freezing time and lowers energy use per tonne compared with plate and blast freezers. "
        "Supply includes engineering, on-site commissioning, operator training and remote monitoring for the first year.",
    ),
    (
        "iSo003",
        "vi",
        "white_shrimp_plants",
        "Máy lột vỏ và rút chỉ tôm thẻ bán tự động chế tạo trong nước",
        "Máy do một trường đại học kỹ thuật phối hợp doanh nghiệp cơ khí chế tạo, lột vỏ chừa đuôi và rút chỉ lưng tôm cỡ 31-90 con/kg. "
        "Năng suất tương đương 15-20 công nhân, tỷ lệ đạt yêu cầu trên 92%. "
        "Chuyển giao bản vẽ, chế tạo theo đơn đặt hàng và hướng dẫn bảo trì.",
    ),
    (
        "iSo004",
        "en",
        "white_shrimp_plants",
        "Automatic shrimp peeling and deveining machine, up to 300 kg/h raw material",
        "Roller-type peeling machine from an Asian equipment maker that removes shell and vein from vannamei and black tiger shrimp in PD, PUD and PDTO cuts. "
        "One machine replaces the manual work of 30-40 peelers and gives a consistent yield. "
        "Delivered with spare rollers, installation and a technician visit every six months.",
    ),
    (
        "iSo005",
        "vi",
        "shrimp_plants_f17",
        "Máy phân cỡ tôm bằng camera, phân loại theo số con/kg và màu sắc",
        "Hệ thống camera và phần mềm nhận dạng ảnh chụp từng con tôm trên băng tải, tính khối lượng và phân vào 8-12 cỡ. "
        "Sai số cỡ dưới 3%, đồng thời loại tôm đốm đen, mềm vỏ, gãy đầu. "
        "Doanh nghiệp tự động hóa trong nước cung cấp, lắp đặt và cập nhật phần mềm.",
    ),
    (
        "iSo006",
        "en",
        "white_shrimp_plants",
        "Optical grading system for shrimp by count per pound",
        "Vision-based grader for raw and cooked shrimp that weighs each piece optically and sorts it into up to 16 counts. "
        "Grading accuracy reduces giveaway in packed cartons and buyer claims on count. "
        "Offered by a Nordic food equipment supplier with installation, training and service contract.",
    ),
    (
        "iSo007",
        "vi",
        "bentre_seafood",
        "Quy trình ngâm tôm không phosphate giữ ẩm bằng muối hữu cơ và sodium bicarbonate",
        "Viện nghiên cứu thủy sản chuyển giao công thức dung dịch ngâm thay thế sodium tripolyphosphate, giữ tỷ lệ tăng trọng 5-8% và độ dai của thịt tôm. "
        "Sản phẩm đạt yêu cầu ghi nhãn 'phosphate-free' của các nhà nhập khẩu EU và Nhật Bản. "
        "Chuyển giao gồm công thức, quy trình kiểm soát và thử nghiệm tại nhà máy.",
    ),
    (
        "iSo008",
        "en",
        "bentre_seafood",
        "Sulphite-free melanosis inhibitor for shrimp based on 4-hexylresorcinol",
        "Dip formulation that prevents black spot (melanosis) on raw shrimp during ice storage, transport and frozen shelf life without sodium metabisulphite. "
        "It is approved for use in the EU and USA and avoids allergen labelling for sulphites. "
        "The supplier provides dosing protocols and trial support at the plant.",
    ),
    (
        "iSo009",
        "vi",
        "shrimp_plants_f17",
        "Máy mạ băng tự động kiểm soát tỷ lệ băng cho hàng đông lạnh",
        "Máy phun nước lạnh 0-2°C lên sản phẩm IQF trên băng tải, điều chỉnh tỷ lệ mạ băng 5-30% bằng cân trước và sau mạ. "
        "Giúp tỷ lệ băng đồng đều, tránh bị khách hàng khiếu nại thiếu trọng lượng tịnh hoặc mạ băng quá mức. "
        "Doanh nghiệp cơ khí lạnh trong nước chế tạo và lắp nối vào tủ IQF có sẵn.",
    ),
    (
        "iSo010",
        "en",
        "shrimp_plants_f17",
        "Refrigeration plant retrofit with variable-speed screw compressors and heat recovery",
        "Energy service company retrofits ammonia and freon refrigeration plants in seafood factories with variable-speed compressors, floating head pressure and evaporative condensers. "
        "Typical savings are 20-35% of refrigeration electricity, with recovered heat used for hot water. "
        "Offered as turnkey project or shared-savings contract after a free site audit.",
    ),
    (
        "iSo011",
        "vi",
        "white_shrimp_plants",
        "Máy hấp tôm liên tục bằng hơi nước bão hòa cho sản phẩm tôm chín",
        "Băng tải inox hấp tôm bằng hơi nước, kiểm soát nhiệt độ tâm và thời gian hấp, công suất 300-800 kg/giờ. "
        "Phục vụ dòng sản phẩm tôm hấp đông lạnh, tôm sushi. "
        "Cơ sở cơ khí thực phẩm chế tạo, bảo hành 12 tháng.",
    ),
    (
        "iSo012",
        "vi",
        "pangasius_pollution",
        "Máy lạng da cá tra fillet tự động, 40-60 miếng/phút",
        "Máy lạng da dùng dao rung và trục kéo, điều chỉnh được độ dày lạng theo cỡ miếng fillet cá tra, cá basa. "
        "Giảm hao hụt thịt bám da và thay thế 10-12 công nhân lạng thủ công. "
        "Công ty cơ khí thủy sản ở Cần Thơ chế tạo, lắp đặt và bảo trì.",
    ),
    (
        "iSo013",
        "en",
        "pangasius_pollution",
        "X-ray bone detection and automatic trimming line for fish fillets",
        "Inline X-ray scanner detects residual pin bones and bone fragments in pangasius and white-fish fillets and flags or rejects the pieces. "
        "An optional water-jet trimmer cuts away fat and red meat following a vision map. "
        "Supplied by a foreign food-inspection company with validation and operator training.",
    ),
    (
        "iSo014",
        "vi",
        "bentre_seafood",
        "Hệ thống xử lý nước sông làm nước cấp cho nhà máy thủy sản",
        "Cụm keo tụ, lắng lamella, lọc cát áp lực, than hoạt tính và khử trùng UV/chlorine xử lý nước sông nhiễm phèn, đục thành nước đạt QCVN 01 dùng cho chế biến. "
        "Công suất 50-500 m3/giờ, có tủ điều khiển tự động theo độ đục. "
        "Doanh nghiệp môi trường trong tỉnh thiết kế, thi công và bảo trì.",
    ),
    (
        "iSo015",
        "en",
        "bentre_seafood",
        "Electrolysed water and ozone sanitation system for seafood processing lines",
        "On-site generator producing slightly acidic electrolysed water and ozonated water for washing raw material, conveyor belts, knives and tables. "
        "It cuts total plate count and Listeria on contact surfaces and reduces chlorine residues and chemical purchases. "
        "The supplier installs, validates microbial reduction and trains the sanitation team.",
    ),
    (
        "iSo016",
        "vi",
        "shrimp_plants_f17",
        "Phần mềm quản lý sản xuất và truy xuất lô cho nhà máy thủy sản",
        "Phần mềm theo dõi nguyên liệu đầu vào theo ao nuôi, định mức chế biến từng khâu, năng suất công nhân và tồn kho thành phẩm. "
        "In mã lô trên thùng carton, truy ngược từ thành phẩm về ao nuôi trong vài phút. "
        "Công ty phần mềm trong nước triển khai, đào tạo và hỗ trợ từ xa.",
    ),
    # --- Seafood by-products ---
    (
        "iSo017",
        "vi",
        "shrimp_byproducts",
        "Công nghệ thủy phân đầu tôm bằng enzyme thu dịch đạm và chitin",
        "Viện nghiên cứu chuyển giao quy trình thủy phân đầu, vỏ tôm bằng protease, tách dịch đạm (hydrolysate) làm thức ăn thủy sản, gia vị, và phần rắn làm chitin. "
        "Quy mô thử nghiệm 2 tấn nguyên liệu/ngày, giá trị tăng 5-10 lần so với bán đầu tôm tươi. "
        "Chuyển giao quy trình, thông số thiết bị và đào tạo kỹ thuật viên.",
    ),
    (
        "iSo018",
        "en",
        "vnf_shrimp_waste",
        "Shrimp head biorefinery: astaxanthin, chitosan and flavour extract",
        "Integrated biorefinery process that turns shrimp heads and shells into astaxanthin-rich oil, chitosan, protein peptides and shrimp flavour concentrate. "
        "Modules can be sized from 10 t/day of by-product and built next to a shrimp processing plant. "
        "Technology licence with engineering package, start-up support and offtake options.",
    ),
    (
        "iSo019",
        "vi",
        "shrimp_byproducts",
        "Sản xuất chitosan từ vỏ tôm quy mô 1 tấn nguyên liệu/ngày",
        "Quy trình khử khoáng, khử protein và deacetyl hóa vỏ tôm để sản xuất chitosan độ deacetyl trên 80%. "
        "Chitosan dùng trong bảo quản trái cây, xử lý nước và chế phẩm nông nghiệp. "
        "Trường đại học chuyển giao quy trình, danh mục thiết bị và kiểm nghiệm chất lượng.",
    ),
    (
        "iSo020",
        "en",
        "tra_fat_oil",
        "Fish oil refining from pangasius viscera fat: degumming, bleaching, deodorising",
        "Physical refining plant that converts crude pangasius fat into refined edible fish oil, shortening and omega-3 concentrate. "
        "Capacity modules of 20-100 t/day with fractionation to separate liquid and solid fractions. "
        "A Belgian engineering firm supplies the process, equipment and commissioning.",
    ),
    (
        "iSo021",
        "vi",
        "tra_fat_oil",
        "Sản xuất dầu diesel sinh học (biodiesel) từ mỡ cá tra",
        "Quy trình ester hóa mỡ cá tra với methanol và xúc tác kiềm thu biodiesel đạt tiêu chuẩn B100, phối trộn dùng cho máy phát điện, lò đốt. "
        "Phụ phẩm glycerin được tinh chế bán cho công nghiệp. "
        "Viện nghiên cứu chuyển giao công nghệ và hỗ trợ thủ tục chứng nhận chất lượng nhiên liệu.",
    ),
    (
        "iSo022",
        "vi",
        "tra_fat_oil",
        "Dây chuyền sản xuất bột cá và dầu cá thô từ phụ phẩm cá tra",
        "Dây chuyền nấu, ép trục vít, sấy đĩa và nghiền sàng sản xuất bột cá 55-60% đạm từ đầu, xương, da, nội tạng cá tra. "
        "Công suất 20-50 tấn nguyên liệu/ngày, thu hồi dầu cá thô qua ly tâm. "
        "Công ty cơ khí trong nước thiết kế, lắp đặt trọn gói.",
    ),
    (
        "iSo023",
        "en",
        "tra_fat_oil",
        "Collagen peptide and gelatin extraction from pangasius skin",
        "Process licence for extracting food-grade gelatin and hydrolysed collagen peptides from fresh or frozen fish skin. "
        "Includes liming-free pre-treatment, enzymatic hydrolysis, membrane concentration and spray drying. "
        "The licensor provides a pilot run on the client's skin, equipment specifications and market contacts in cosmetics and supplements.",
    ),
    (
        "iSo024",
        "en",
        "shrimp_byproducts",
        "Acid fish silage for small processors: preserving offal as liquid feed",
        "Low-cost method to preserve fish and shrimp offal with formic acid in plastic tanks, producing a stable liquid protein feed for pigs, ducks and fish within a week. "
        "No drying plant is needed and capital cost is below USD 5,000 for 1 t/day. "
        "An aquaculture NGO trains cooperatives and provides a dosing kit.",
    ),
    (
        "iSo025",
        "vi",
        "shrimp_byproducts",
        "Phân bón lá đạm cá từ dịch thủy phân phụ phẩm thủy sản",
        "Quy trình thủy phân đầu cá, ruột cá bằng enzyme và vi sinh, bổ sung vi lượng để sản xuất phân bón lá đạm cá cho rau màu và cây ăn trái. "
        "Sản phẩm đã được công nhận lưu hành, phù hợp cơ sở chế biến nhỏ. "
        "Trung tâm ứng dụng KHCN chuyển giao quy trình và hỗ trợ đăng ký sản phẩm.",
    ),
    (
        "iSo026",
        "en",
        "shrimp_byproducts",
        "Calcium powder from pangasius bones and fish heads for food supplements",
        "Process for cleaning, defatting, calcining and micronising fish bones into bio-calcium powder for fortified foods. "
        "Suitable for processors with 5-10 t/day of bone frames. "
        "Offered by a food technology institute with product testing and formulation support.",
    ),
    # --- Fish sauce ---
    (
        "iSo027",
        "vi",
        "phuquoc_fish_sauce",
        "Rút ngắn thời gian ủ chượp nước mắm bằng enzyme protease bổ sung",
        "Quy trình bổ sung chế phẩm protease và kiểm soát nhiệt độ bể chượp giúp rút thời gian thủy phân cá cơm từ 12 tháng xuống 4-6 tháng. "
        "Độ đạm và hương vị đạt tương đương nước mắm truyền thống. "
        "Viện nghiên cứu chuyển giao quy trình và hướng dẫn tại cơ sở.",
    ),
    (
        "iSo028",
        "en",
        "fish_sauce_villages",
        "Accelerated fish sauce fermentation with halophilic starter cultures",
        "Starter cultures of salt-tolerant bacteria selected from traditional fish sauce shorten fermentation to about six months and improve aroma consistency between batches. "
        "The method works with anchovy and freshwater fish at conventional salt ratios. "
        "A university food science group licenses the cultures and supports trials.",
    ),
    (
        "iSo029",
        "vi",
        "phuquoc_fish_sauce",
        "Giảm histamine trong nước mắm bằng chủng vi khuẩn phân giải histamine",
        "Chủng vi khuẩn chịu mặn có khả năng phân giải histamine được bổ sung vào chượp, giảm hàm lượng histamine 30-50% so với đối chứng. "
        "Giúp nước mắm đạt giới hạn histamine của thị trường Mỹ, EU. "
        "Trường đại học chuyển giao chủng giống và quy trình sử dụng.",
    ),
    (
        "iSo030",
        "en",
        "fish_sauce_villages",
        "Histamine removal from fish sauce with food-grade adsorbent treatment",
        "Post-fermentation treatment with a food-grade adsorbent and filtration that lowers histamine in finished fish sauce to below 200 ppm without changing nitrogen content. "
        "Suited to exporters whose lots fail buyer specifications. "
        "The supplier delivers adsorbent, a mixing and filter skid, and lab validation.",
    ),
    (
        "iSo031",
        "vi",
        "phuquoc_fish_sauce",
        "Bể chượp composite có hệ thống đảo trộn và rút nước mắm thay thùng gỗ",
        "Bể composite 10-20 m3 chống ăn mòn muối, dễ vệ sinh, có ống đảo chượp và van rút nước mắm, thay cho thùng gỗ mục. "
        "Tuổi thọ trên 20 năm, đạt yêu cầu an toàn thực phẩm. "
        "Doanh nghiệp composite chế tạo theo kích thước cơ sở và lắp đặt tại chỗ.",
    ),
    (
        "iSo032",
        "en",
        "fish_sauce_villages",
        "Fish sauce bottling line: rinsing, filling, capping and labelling 2,000 bottles/h",
        "Compact monoblock line for glass and PET bottles with gravity filling suited to salty liquids, screw capping, shrink sleeve and wrap-around labelling. "
        "Stainless contact parts resistant to brine corrosion. "
        "Supplied by an Asian packaging machinery maker with installation and spare parts.",
    ),
    (
        "iSo033",
        "vi",
        "phuquoc_fish_sauce",
        "Lọc vi lọc màng gốm làm trong và ổn định màu nước mắm",
        "Hệ thống lọc màng gốm loại bỏ cặn lơ lửng, vi sinh vật và tạp chất gây đục, giúp nước mắm trong, không lắng cặn và ít biến màu khi bày bán. "
        "Công suất 1.000-5.000 lít/ngày. "
        "Công ty thiết bị lọc trong nước lắp đặt và hướng dẫn vận hành, vệ sinh màng.",
    ),
    (
        "iSo034",
        "en",
        "fish_sauce_villages",
        "Rapid histamine test kit for fish, fish sauce and fishmeal",
        "Lateral-flow and ELISA test kits that measure histamine in raw fish and fish sauce in 10-30 minutes. "
        "Allows incoming raw material screening and lot release without sending samples to an outside lab. "
        "Distributor provides kits, reader and staff training.",
    ),
    (
        "iSo035",
        "vi",
        "fish_sauce_villages",
        "Quy trình sản xuất nước mắm từ cá nước ngọt (cá linh, cá sặc)",
        "Quy trình lên men cá nước ngọt với tỷ lệ muối phù hợp và bổ sung enzyme, cho nước mắm có độ đạm 15-20 g/l. "
        "Phù hợp làng nghề vùng lũ có nguồn cá đồng theo mùa. "
        "Trường đại học chuyển giao quy trình và hỗ trợ công bố chất lượng.",
    ),
    # --- Coconut food processing ---
    (
        "iSo036",
        "vi",
        "coconut_links",
        "Dây chuyền sản xuất cơm dừa nạo sấy 10.000-30.000 trái/ngày",
        "Dây chuyền gồm máy gọt vỏ nâu, rửa, nghiền, chần, sấy tầng sôi và sàng phân loại cơm dừa sấy dạng fine, medium, chips. "
        "Độ ẩm thành phẩm dưới 3%, đạt tiêu chuẩn xuất khẩu. "
        "Công ty cơ khí thực phẩm ở Bến Tre thiết kế, lắp đặt và đào tạo.",
    ),
    (
        "iSo037",
        "en",
        "coconut_diversification",
        "Desiccated coconut plant: paring, grinding, blanching and fluid-bed drying",
        "Turnkey desiccated coconut line from an Asian coconut machinery specialist, 20-60 t of kernel per day. "
        "Includes hygienic design for low microbial counts required by bakery and confectionery buyers. "
        "Package covers layout, equipment, commissioning and quality manual.",
    ),
    (
        "iSo038",
        "vi",
        "bentre_coconut_tech",
        "Công nghệ sản xuất dầu dừa tinh khiết (VCO) bằng ly tâm lạnh",
        "Quy trình ép nước cốt dừa tươi, ly tâm tách dầu ở nhiệt độ dưới 40°C, không qua tinh luyện, cho dầu dừa trong, mùi thơm tự nhiên. "
        "Chỉ số acid và peroxide đạt tiêu chuẩn Codex cho dầu dừa nguyên chất. "
        "Viện chuyển giao quy trình, thiết bị quy mô 300-1.000 lít/ngày.",
    ),
    (
        "iSo039",
        "en",
        "bentre_coconut_tech",
        "Cold-press and centrifuge virgin coconut oil system, 500 L/day",
        "Modular VCO unit with grater, screw press and three-phase decanter that extracts oil from fresh coconut milk without heat or chemicals. "
        "Produces water-clear oil with low free fatty acid and long shelf life. "
        "Supplied by a Philippine equipment maker with training and product testing.",
    ),
    (
        "iSo040",
        "vi",
        "bentre_coconut_tech",
        "Công thức chống tách lớp cho sữa dừa tiệt trùng UHT hộp giấy",
        "Công thức phối hợp chất nhũ hóa, chất ổn định và quy trình đồng hóa hai cấp giúp sữa dừa UHT không tách lớp trong 12 tháng. "
        "Phù hợp dây chuyền UHT và chiết rót vô trùng hộp giấy. "
        "Trường đại học chuyển giao công thức và hỗ trợ thử nghiệm tại nhà máy.",
    ),
    (
        "iSo041",
        "en",
        "bentre_coconut_tech",
        "Coconut milk emulsion stabilisation and retort canning process",
        "Process package for canned coconut milk and cream: homogenisation, stabiliser system, can seaming checks and validated retort schedules. "
        "Prevents creaming, curdling and swollen cans during shelf life. "
        "A food process authority provides the scheduled process, heat penetration tests and staff training.",
    ),
    (
        "iSo042",
        "vi",
        "coconut_diversification",
        "Dịch vụ gia công xử lý áp suất cao (HPP) cho nước dừa, nước ép",
        "Thiết bị HPP 350 lít xử lý nước dừa, nước ép trái cây đóng chai ở 600 MPa, giữ vị tươi và kéo dài hạn dùng lên 30-45 ngày bảo quản lạnh. "
        "Nhận gia công theo lô, doanh nghiệp không cần đầu tư máy. "
        "Trung tâm chế biến ở TP.HCM cung cấp dịch vụ và hỗ trợ thẩm định hạn sử dụng.",
    ),
    (
        "iSo043",
        "en",
        "coconut_diversification",
        "Coconut water microfiltration and aseptic filling line",
        "Cold microfiltration and aseptic filling of coconut water in PET or cartons, keeping fresh taste for 9-12 months at ambient temperature. "
        "Includes nut opening, water extraction and inline quality control. "
        "European supplier with process guarantee and commissioning.",
    ),
    (
        "iSo044",
        "vi",
        "coconut_links",
        "Máy gọt vỏ nâu cơm dừa và tách nước dừa tự động",
        "Máy gọt lớp vỏ nâu (testa) cơm dừa bằng dao quay và máy đục lấy nước dừa, năng suất 1.200 trái/giờ. "
        "Giảm lao động thủ công trong khâu sơ chế và giữ nước dừa sạch. "
        "Cơ sở cơ khí tại Trà Vinh chế tạo và bảo hành.",
    ),
    (
        "iSo045",
        "en",
        "coconut_links",
        "Coconut sap sugar evaporation and crystallisation system",
        "Stainless steel evaporator and crystalliser that turns fresh coconut sap into granulated sugar and syrup with controlled colour and moisture. "
        "Includes sap collection hygiene and preservation to prevent fermentation. "
        "An Indonesian supplier provides equipment and farmer training.",
    ),
    (
        "iSo046",
        "vi",
        "coconut_diversification",
        "Quy trình lên men thạch dừa ổn định với chủng Acetobacter xylinum tuyển chọn",
        "Chủng vi khuẩn tuyển chọn và quy trình chuẩn bị môi trường nước dừa, khay lên men, kiểm soát pH giúp thạch dừa dày đều 1-1,2 cm sau 7-8 ngày. "
        "Giảm tỷ lệ khay hỏng do nhiễm nấm men, nấm mốc. "
        "Trường đại học cung cấp giống gốc và đào tạo kỹ thuật.",
    ),
    (
        "iSo047",
        "en",
        "bentre_coconut_tech",
        "Spray-dried coconut milk powder production line",
        "Spray drying line that converts coconut cream into free-flowing powder with 60-70% fat using maltodextrin encapsulation. "
        "Capacity 200-500 kg/h powder, with packing in foil bags. "
        "Supplied by a foreign dryer manufacturer with pilot trials.",
    ),
    # --- Coconut shell, activated carbon, coir ---
    (
        "iSo048",
        "vi",
        "trabaco",
        "Lò than hóa gáo dừa liên tục không khói, thu hồi khí đốt",
        "Lò than hóa kiểu liên tục đốt lại khí nhiệt phân, loại bỏ khói đen đặc trưng của hầm đốt than thủ công. "
        "Hiệu suất thu than 28-32%, nhiệt thừa dùng để sấy nguyên liệu. "
        "Doanh nghiệp môi trường trong nước chế tạo, công suất 5-20 tấn gáo/ngày.",
    ),
    (
        "iSo049",
        "en",
        "trabaco",
        "Rotary kiln steam activation for coconut shell activated carbon, 3 t/day",
        "Rotary activation kiln with steam injection and afterburner that upgrades coconut shell charcoal into granular activated carbon with iodine number 900-1,150 mg/g. "
        "Includes crushing, screening and acid washing sections. "
        "Chinese equipment maker offers turnkey supply and process training.",
    ),
    (
        "iSo050",
        "vi",
        "trabaco",
        "Hoạt hóa than gáo dừa bằng hơi nước, chỉ số iod trên 1.000 mg/g",
        "Viện hóa học chuyển giao quy trình hoạt hóa than gáo dừa bằng hơi nước trong lò đứng, sản xuất than hoạt tính dạng hạt cho xử lý nước và khí. "
        "Quy mô 1-2 tấn sản phẩm/ngày, kèm quy trình kiểm nghiệm chỉ số iod, độ cứng. "
        "Chuyển giao công nghệ, thiết kế lò và đào tạo.",
    ),
    (
        "iSo051",
        "en",
        "trabaco",
        "Impregnated activated carbon grades for gold recovery and gas filtration",
        "Know-how for producing high-hardness coconut carbon for gold recovery and potassium-iodide or alkali impregnated carbon for odour and acid gas removal. "
        "Helps existing activated carbon producers enter higher-priced market segments. "
        "Offered by a carbon technology consultant with lab support.",
    ),
    (
        "iSo052",
        "vi",
        "coconut_links",
        "Máy tách xơ dừa và sàng mụn dừa công suất 2 tấn vỏ/giờ",
        "Cụm máy đập tơi vỏ dừa, tách xơ và sàng mụn (bụi xơ dừa) chế tạo trong nước, động cơ 30-45 kW. "
        "Xơ được đánh tơi, ép kiện; mụn dừa gom riêng làm giá thể. "
        "Cơ sở cơ khí ở Bến Tre chế tạo, lắp đặt và hướng dẫn vận hành.",
    ),
    (
        "iSo053",
        "en",
        "cocovina",
        "Coco peat washing, buffering and 5 kg block pressing line",
        "Line that washes coco peat to lower electrical conductivity, buffers it with calcium nitrate, dries it and presses 5 kg blocks or grow bags for greenhouse growers. "
        "Final EC below 0.5 mS/cm meeting horticultural buyers' specifications. "
        "An Indian machinery supplier provides equipment and quality procedure.",
    ),
    (
        "iSo054",
        "vi",
        "coconut_links",
        "Dây chuyền se chỉ xơ dừa và dệt lưới, thảm xơ dừa",
        "Máy se chỉ xơ dừa tự động và khung dệt lưới (geonet), thảm xơ dừa xuất khẩu. "
        "Một dây chuyền thay thế 20 lao động se tay, chỉ đều và chắc. "
        "Công ty cơ khí chế tạo, chuyển giao kèm đào tạo thợ dệt.",
    ),
    (
        "iSo055",
        "en",
        "coconut_links",
        "Coir geotextile mats and logs for riverbank and slope erosion control",
        "Biodegradable coir nets, mats and fibre logs that protect riverbanks and canal slopes while vegetation establishes, lasting 3-5 years. "
        "Design and installation guidance for low-cost bank protection in rural areas. "
        "Supplied by a coir products exporter with technical drawings.",
    ),
    (
        "iSo056",
        "vi",
        "cocovina",
        "Ép mụn dừa thành viên nén, bầu ươm và giá thể trồng rau",
        "Máy ép mụn dừa đã xử lý thành viên nén Jiffy, bầu ươm và khối giá thể cho nhà màng trồng rau, dưa lưới. "
        "Kèm quy trình xử lý chát bằng nước vôi và ủ vi sinh. "
        "Hợp tác xã cơ khí cung cấp máy và hướng dẫn.",
    ),
    (
        "iSo057",
        "en",
        "coconut_diversification",
        "Rubberised coir sheet and mattress production line",
        "Line that curls coir fibre, sprays natural latex and vulcanises sheets for mattresses and upholstery. "
        "Adds value to coir fibre compared with selling baled fibre. "
        "Supplied by a foreign machinery maker with latex compounding know-how.",
    ),
    (
        "iSo058",
        "vi",
        "trabaco",
        "Sản xuất than viên không khói (BBQ briquette) từ bột than gáo dừa",
        "Quy trình trộn bột than gáo dừa với chất kết dính tinh bột, ép viên lục giác và sấy, cho than cháy lâu, không khói dùng nướng BBQ. "
        "Tận dụng than vụn, bột than từ khâu sàng. "
        "Doanh nghiệp trong nước cung cấp máy ép và chuyển giao công thức.",
    ),
    # --- Rice milling, drying, storage, products ---
    (
        "iSo059",
        "vi",
        "loctroi_rice",
        "Máy sấy lúa tháp tuần hoàn đốt trấu 20-30 tấn/mẻ",
        "Máy sấy tuần hoàn kiểu tháp có lò đốt trấu gián tiếp, sấy lúa ướt từ 28% về 14% ẩm, hạt khô đều, ít nứt gãy. "
        "Phù hợp hợp tác xã, cơ sở xay xát vùng lúa. "
        "Trường đại học nông lâm thiết kế, doanh nghiệp cơ khí chế tạo và lắp đặt.",
    ),
    (
        "iSo060",
        "en",
        "hanhphuc_mill",
        "Recirculating batch paddy dryer with biomass furnace",
        "Imported recirculating dryer with automatic moisture meter and rice-husk furnace, 10-30 t per batch. "
        "Gentle drying keeps head rice yield high for export grades. "
        "Supplier provides installation, training and service network in the Mekong Delta.",
    ),
    (
        "iSo061",
        "vi",
        "loctroi_rice",
        "Máy tách màu gạo camera CCD loại hạt vàng, đen, bạc bụng và tạp chất",
        "Máy tách màu 4-6 máng dùng camera CCD độ phân giải cao, loại hạt vàng, hạt đen, hạt bạc bụng, sạn, hạt cỏ. "
        "Đạt độ sạch trên 99,9%, công suất 3-8 tấn/giờ. "
        "Nhà phân phối trong nước lắp đặt, bảo hành 2 năm.",
    ),
    (
        "iSo062",
        "en",
        "hanhphuc_mill",
        "Optical rice sorter removing discoloured, chalky kernels and foreign matter",
        "Full-colour optical sorter for milled rice with shape recognition that rejects yellow, chalky and damaged grains as well as stones and glass. "
        "Helps mills meet export specifications for yellow kernel and foreign matter limits. "
        "International manufacturer with local service engineers.",
    ),
    (
        "iSo063",
        "vi",
        "hanhphuc_mill",
        "Máy xát trắng và đánh bóng gạo giảm tỷ lệ tấm",
        "Cụm máy xát trắng đá-sắt và máy đánh bóng nước điều khiển áp lực, giảm tỷ lệ tấm 2-4% so với máy cũ. "
        "Gạo bóng đều, đạt yêu cầu gạo xuất khẩu 5% tấm. "
        "Doanh nghiệp cơ khí lúa gạo ở Long An chế tạo và bảo trì.",
    ),
    (
        "iSo064",
        "en",
        "rice_husk_power",
        "Rice bran stabilisation and rice bran oil extraction",
        "Extruder-based stabilisation of fresh rice bran to stop rancidity, followed by solvent or mechanical extraction of rice bran oil. "
        "Stabilised bran can be sold as feed or food ingredient; refined oil rich in oryzanol. "
        "Foreign engineering firm offers modular plants from 30 t/day of bran.",
    ),
    (
        "iSo065",
        "vi",
        "loctroi_rice",
        "Silo bảo quản lúa gạo có thông gió và kiểm soát nhiệt độ, độ ẩm",
        "Silo thép 500-2.000 tấn có quạt thông gió, cảm biến nhiệt độ nhiều tầng và hệ thống điều khiển, giữ lúa khô an toàn 6-12 tháng. "
        "Giảm hao hụt và côn trùng so với kho sàn truyền thống. "
        "Công ty cơ khí chế tạo, lắp đặt trọn gói.",
    ),
    (
        "iSo066",
        "en",
        "hanhphuc_mill",
        "Hermetic storage bags and cocoons for paddy and milled rice",
        "Gas-tight bags and 5-300 t cocoons that suffocate insects by low oxygen, keeping rice free of weevils without chemical fumigation. "
        "Seed germination and grain quality are maintained for up to 12 months. "
        "Distributed by an international post-harvest company with demonstration.",
    ),
    (
        "iSo067",
        "vi",
        "mylong_rice_paper",
        "Dây chuyền tráng, hấp và sấy bánh tráng tự động",
        "Máy tráng bánh tráng liên tục trên băng tải hấp hơi, sấy bằng khí nóng, năng suất 3.000-5.000 bánh/giờ, bánh mỏng đều. "
        "Phù hợp làng nghề bánh tráng, bánh phồng chuyển sang sản xuất công nghiệp. "
        "Cơ sở cơ khí chế tạo, lắp đặt và hướng dẫn công thức bột.",
    ),
    (
        "iSo068",
        "en",
        "mylong_rice_paper",
        "Rice noodle and vermicelli extrusion line",
        "Cooking extruder line producing fresh and dried rice noodles and vermicelli from rice flour at 200-500 kg/h. "
        "Consistent texture and lower labour than traditional sheet cutting. "
        "Supplied by a Taiwanese machinery maker.",
    ),
    (
        "iSo069",
        "vi",
        "loctroi_rice",
        "Máy đóng gói gạo hút chân không túi 1-5 kg tự động",
        "Máy định lượng, vào túi, hút chân không và tạo khối vuông cho túi gạo 1-5 kg, 10-15 túi/phút. "
        "Bao bì hút chân không giữ mùi thơm, chống mọt cho gạo đặc sản bán siêu thị. "
        "Doanh nghiệp thiết bị đóng gói trong nước cung cấp.",
    ),
    (
        "iSo070",
        "en",
        "loctroi_rice",
        "Germinated brown rice (GABA rice) production process",
        "Process for soaking, germinating and drying brown rice to raise its GABA content, producing a premium health rice. "
        "Includes controlled germination tanks and low-temperature drying. "
        "A Japanese-trained food engineering team licenses the process and equipment design.",
    ),
    # --- Fruit and vegetable processing ---
    (
        "iSo071",
        "vi",
        "quocthao_fruit",
        "Máy sấy lạnh bơm nhiệt cho trái cây, rau củ giữ màu và hương",
        "Máy sấy bơm nhiệt nhiệt độ 35-55°C, độ ẩm thấp, giữ màu tự nhiên và hương của xoài, mít, chuối, khổ qua. "
        "Tiết kiệm 40-60% điện năng so với sấy điện trở. "
        "Công ty trong nước sản xuất, mẻ 100-1.000 kg tươi, bảo hành 2 năm.",
    ),
    (
        "iSo072",
        "en",
        "quocthao_fruit",
        "Freeze-drying plant for fruit pieces and fruit powders",
        "Industrial freeze dryer with 10-100 m2 shelf area producing crispy fruit pieces and powders that keep original colour, aroma and vitamins. "
        "Premium product for export snack and ingredient markets. "
        "European manufacturer supplies equipment, recipes and commissioning.",
    ),
    (
        "iSo073",
        "vi",
        "quocthao_fruit",
        "Chiên chân không trái cây, khoai lang sấy giòn",
        "Thiết bị chiên chân không ở 85-95°C cho khoai lang, mít, chuối giòn, ít dầu và giữ màu. "
        "Kèm máy ly tâm tách dầu và quy trình xử lý nguyên liệu. "
        "Viện cơ điện nông nghiệp chuyển giao công nghệ, quy mô 50-200 kg/mẻ.",
    ),
    (
        "iSo074",
        "en",
        "quocthao_fruit",
        "Continuous vacuum fryer for low-oil fruit and vegetable chips",
        "Continuous vacuum frying system with de-oiling centrifuge for jackfruit, banana, sweet potato and okra chips at 100-300 kg/h. "
        "Oil content below 20% and bright colour. "
        "Supplied by a Taiwanese equipment maker with recipe development.",
    ),
    (
        "iSo075",
        "vi",
        "nam_roi_pomelo",
        "Màng phủ sinh học bảo quản bưởi tươi 2-3 tháng",
        "Chế phẩm màng phủ từ chitosan và sáp thực vật kết hợp xử lý nấm sau thu hoạch, giữ bưởi Năm Roi, bưởi da xanh tươi, không héo cuống 60-90 ngày. "
        "Phù hợp xuất khẩu đường biển. "
        "Trường đại học chuyển giao công thức và quy trình xử lý.",
    ),
    (
        "iSo076",
        "en",
        "vinhlong_fruit_zone",
        "Edible coating and controlled cold storage protocol for citrus exports",
        "Post-harvest protocol combining food-grade wax coating, fungicide-free washing and storage at 8-10°C to keep citrus for long sea shipments. "
        "Reduces weight loss, stem-end rot and peel pitting. "
        "Post-harvest consultancy provides coating, line design and training.",
    ),
    (
        "iSo077",
        "vi",
        "nam_roi_pomelo",
        "Chưng cất tinh dầu vỏ bưởi bằng hơi nước quy mô 200 kg vỏ/mẻ",
        "Thiết bị chưng cất hơi nước inox và quy trình thu tinh dầu vỏ bưởi dùng cho mỹ phẩm, dầu gội. "
        "Hiệu suất 0,8-1,2% theo vỏ tươi, tận dụng vỏ bưởi bỏ đi từ cơ sở chế biến, chợ đầu mối. "
        "Trung tâm ứng dụng KHCN chuyển giao thiết bị và quy trình.",
    ),
    (
        "iSo078",
        "en",
        "vinhlong_fruit_zone",
        "Fruit juice and puree line with evaporator and pasteurisation",
        "Line for washing, pulping, enzyme treatment, concentration and pasteurisation of tropical fruit juices and purees, 1-5 t/h. "
        "Aseptic bag-in-drum filling gives 12 months shelf life for industrial buyers. "
        "Italian fruit processing equipment supplier.",
    ),
    (
        "iSo079",
        "vi",
        "vinhlong_fruit_zone",
        "Máy rửa, gọt và cắt lát rau củ quả công nghiệp",
        "Máy rửa sục khí, máy gọt vỏ chà nhám và máy cắt lát, cắt sợi cho khoai, củ sắn, cà rốt, xoài. "
        "Năng suất 500-2.000 kg/giờ, inox 304. "
        "Công ty cơ khí thực phẩm trong nước.",
    ),
    (
        "iSo080",
        "en",
        "vinhlong_fruit_zone",
        "Sweet potato processing into puree, flour and frozen fries",
        "Process and equipment package to convert sweet potatoes into aseptic puree, dehydrated flour and par-fried frozen fries. "
        "Uses off-grade roots that cannot be exported fresh. "
        "Offered by a US food processing consultancy with market links.",
    ),
    (
        "iSo081",
        "vi",
        "vinhlong_fruit_zone",
        "Xử lý hơi nước nóng (VHT) diệt ruồi đục quả cho trái cây xuất khẩu",
        "Buồng xử lý hơi nước nóng đạt yêu cầu kiểm dịch thực vật của Nhật Bản, Hàn Quốc, Úc cho thanh long, xoài, nhãn. "
        "Doanh nghiệp nhận gia công xử lý hoặc chuyển giao buồng VHT 1-3 tấn/mẻ. "
        "Hỗ trợ hồ sơ đăng ký cơ sở xử lý với cơ quan kiểm dịch.",
    ),
    (
        "iSo082",
        "en",
        "delta_logistics",
        "Ripening rooms with ethylene control for mango and banana",
        "Insulated ripening chambers with ethylene dosing, temperature and humidity control for uniform ripening of mango, banana and papaya. "
        "Used by distributors to supply supermarkets with ready-to-eat fruit. "
        "Supplier designs, builds and commissions the rooms.",
    ),
    # --- Animal and aquatic feed ---
    (
        "iSo083",
        "vi",
        "vietgap_shrimp",
        "Dây chuyền ép đùn thức ăn cá viên nổi 2 tấn/giờ",
        "Máy ép đùn trục vít đơn có bộ điều hòa hơi, sấy và phủ dầu, sản xuất thức ăn viên nổi cho cá tra, cá rô phi, ếch. "
        "Viên nổi trên 95%, ít bụi, giảm thất thoát thức ăn. "
        "Doanh nghiệp cơ khí trong nước chế tạo, lắp đặt và đào tạo.",
    ),
    (
        "iSo084",
        "en",
        "wur_pangasius",
        "Twin-screw extruder for floating and sinking aquafeed",
        "Twin-screw extrusion line with preconditioner, vacuum coater and dryer, producing floating fish feed and sinking shrimp feed at 2-10 t/h. "
        "Precise density control and high water stability. "
        "European feed machinery supplier with formulation support.",
    ),
    (
        "iSo085",
        "vi",
        "vnf_shrimp_waste",
        "Nuôi ấu trùng ruồi lính đen trên phụ phẩm làm đạm thức ăn",
        "Mô hình nuôi ấu trùng ruồi lính đen trên bã đậu, phụ phẩm trái cây, phụ phẩm chế biến; ấu trùng sấy khô chứa 40-45% đạm thay bột cá. "
        "Quy mô 1-5 tấn phụ phẩm/ngày, kèm trại giống ruồi. "
        "Trường đại học chuyển giao quy trình và hỗ trợ vận hành.",
    ),
    (
        "iSo086",
        "en",
        "vnf_shrimp_waste",
        "Black soldier fly larvae meal and oil production module",
        "Containerised insect farming module that converts organic residues into defatted larvae meal (50% protein) and larvae oil for aquafeed and poultry feed. "
        "Includes breeding unit, rearing trays, drying and defatting press. "
        "A Singapore insect protein company licenses the system.",
    ),
    (
        "iSo087",
        "vi",
        "vietgap_shrimp",
        "Thức ăn tôm bổ sung men vi sinh và enzyme giảm hệ số thức ăn",
        "Công thức bổ sung probiotic Bacillus, enzyme tiêu hóa và acid hữu cơ cho thức ăn tôm thẻ, giảm FCR 0,1-0,2 và cải thiện sức khỏe đường ruột. "
        "Áp dụng tại nhà máy thức ăn hoặc trộn tại ao. "
        "Viện nuôi trồng thủy sản chuyển giao công thức và quy trình cho ăn.",
    ),
    (
        "iSo088",
        "en",
        "wur_pangasius",
        "Least-cost feed formulation software with nutrient database",
        "Feed formulation software that optimises rations for pigs, poultry, fish and shrimp at least cost using local ingredient prices. "
        "Includes Vietnamese ingredient database and nutrient requirements. "
        "Licence with online training and support.",
    ),
    (
        "iSo089",
        "vi",
        "tv_sme_support",
        "Ủ chua thân cây bắp, cỏ voi làm thức ăn dự trữ cho bò",
        "Quy trình ủ chua thức ăn thô xanh trong túi nilon hoặc hố ủ, bổ sung rỉ đường và men vi sinh, bảo quản 3-6 tháng. "
        "Giải quyết thiếu cỏ mùa khô cho bò thịt, bò sữa. "
        "Trung tâm khuyến nông tập huấn và hỗ trợ máy băm.",
    ),
    (
        "iSo090",
        "en",
        "wur_pangasius",
        "Small pellet mill and mixer line for on-farm pig and poultry feed",
        "Hammer mill, horizontal mixer, ring-die pellet mill and cooler for farms and cooperatives producing 1-3 t/h of their own complete feed. "
        "Lets farmers mix local rice bran, broken rice and cassava with concentrate to cut feed cost. "
        "Chinese machinery supplier with installation and formulation guidance.",
    ),
    (
        "iSo091",
        "vi",
        "coconut_diversification",
        "Thức ăn chăn nuôi từ khô dầu dừa và bã dừa lên men",
        "Quy trình lên men bã dừa, khô dầu dừa bằng vi sinh để tăng đạm tiêu hóa, phối trộn làm thức ăn cho heo, bò. "
        "Tận dụng phụ phẩm của cơ sở ép dầu, làm sữa dừa. "
        "Trường đại học chuyển giao quy trình lên men.",
    ),
    (
        "iSo092",
        "en",
        "wur_pangasius",
        "Rapid aflatoxin test and mycotoxin binder programme for feed mills",
        "Quantitative strip tests for aflatoxin, zearalenone and DON in corn, rice bran and meals, results in 10 minutes at receiving. "
        "Combined with clay-yeast mycotoxin binders for contaminated lots. "
        "Distributor offers kits, reader and a receiving-control procedure.",
    ),
    # --- Fertiliser and bio-products ---
    (
        "iSo093",
        "vi",
        "pond_sludge_fertiliser",
        "Chế phẩm Trichoderma ủ phân từ mụn dừa, rơm rạ, bã chế biến",
        "Chế phẩm nấm Trichoderma và vi khuẩn phân giải cellulose rút ngắn thời gian ủ phế phụ phẩm còn 30-45 ngày, không mùi hôi. "
        "Phân thành phẩm đạt tiêu chuẩn phân hữu cơ vi sinh. "
        "Viện sinh học cung cấp chế phẩm và hướng dẫn ủ đống.",
    ),
    (
        "iSo094",
        "en",
        "pond_sludge_fertiliser",
        "Aerated static pile composting with forced aeration and temperature control",
        "Composting system with perforated aeration floors, blowers and temperature probes for 10-100 t/day of agro-industrial residues. "
        "Composting time reduced to 4-6 weeks with pathogen kill above 55°C. "
        "European composting engineering firm.",
    ),
    (
        "iSo095",
        "vi",
        "pond_sludge_fertiliser",
        "Sản xuất phân hữu cơ từ bùn đáy ao cá tra phối trộn trấu",
        "Quy trình thu bùn ao nuôi cá tra, phối trộn vỏ trấu và chế phẩm vi sinh, ủ luống có đảo trộn, tạo phân hữu cơ đạt chỉ tiêu kim loại nặng và vi sinh. "
        "Giải quyết bùn thải ao nuôi, thay một phần phân vô cơ cho cây màu. "
        "Trường đại học chuyển giao quy trình và phân tích chất lượng.",
    ),
    (
        "iSo096",
        "en",
        "pond_sludge_fertiliser",
        "Self-propelled windrow compost turner, 1,000 m3/h",
        "Straddle-type windrow turner for mixing and aerating compost piles of manure, husks and processing residues. "
        "Speeds decomposition and keeps piles aerobic. "
        "Supplied by a Chinese manufacturer with operator training.",
    ),
    (
        "iSo097",
        "vi",
        "vermicompost",
        "Nuôi trùn quế xử lý phân bò, phân heo làm phân hữu cơ",
        "Mô hình nuôi trùn quế trên phân gia súc, xử lý nhanh phân chuồng, giảm mùi hôi, tạo phân trùn và sinh khối trùn làm thức ăn cho gà, cá. "
        "500 m2 luống xử lý khoảng 12 tấn phân/tháng. "
        "Hợp tác xã cung cấp trùn giống và hướng dẫn kỹ thuật.",
    ),
    (
        "iSo098",
        "en",
        "rice_husk_power",
        "Biochar production from rice husk and coconut shell for soil improvement",
        "Small pyrolysis kiln producing biochar from rice husk and coconut shell, with guidance on blending biochar into compost and saline soils. "
        "Improves water holding and nutrient retention. "
        "NGO and university partnership providing kiln design and field trials.",
    ),
    (
        "iSo099",
        "vi",
        "tv_sme_support",
        "Chế phẩm vi sinh cho lúa giảm 30% phân đạm, lân hóa học",
        "Chế phẩm vi khuẩn cố định đạm và phân giải lân dạng lỏng, phun hoặc trộn phân, giúp giảm 30% lượng phân đạm, lân vô cơ mà năng suất lúa không giảm. "
        "Đã thử nghiệm trên nhiều vụ tại Đồng bằng sông Cửu Long. "
        "Trường đại học chuyển giao chế phẩm và quy trình bón.",
    ),
    (
        "iSo100",
        "en",
        "tv_sme_support",
        "Liquid biofertiliser fermentation and formulation plant",
        "Turnkey bioreactor plant (500-5,000 L) for producing liquid biofertilisers and biopesticides with quality control lab. "
        "Includes strain maintenance, fermentation protocols and shelf-life formulation. "
        "Indian biotech engineering company.",
    ),
    (
        "iSo101",
        "vi",
        "pond_sludge_fertiliser",
        "Máy vê viên, sấy phân hữu cơ dạng hạt 1-2 tấn/giờ",
        "Dây chuyền nghiền, trộn, vê viên đĩa quay và sấy trống cho phân hữu cơ dạng hạt, dễ bón bằng máy và bảo quản. "
        "Phù hợp cơ sở đã có phân ủ bột muốn nâng giá trị. "
        "Doanh nghiệp cơ khí trong nước chế tạo.",
    ),
    (
        "iSo102",
        "en",
        "coconut_links",
        "Metarhizium and Beauveria biopesticides against coconut beetles and planthoppers",
        "Entomopathogenic fungi formulations that control coconut rhinoceros beetle, red palm weevil larvae and brown planthopper. "
        "Safe for pollinators and compatible with organic certification. "
        "Biocontrol company supplies products and field application training.",
    ),
    (
        "iSo103",
        "vi",
        "vermicompost",
        "Chế phẩm vi sinh khử mùi hôi chuồng trại và đệm lót sinh học",
        "Chế phẩm vi khuẩn và nấm men phun chuồng, trộn đệm lót trấu, mùn cưa giúp giảm mùi amoniac và ruồi nhặng trong trại heo, gà, bò. "
        "Giảm nước rửa chuồng và tranh chấp với dân cư xung quanh. "
        "Trung tâm ứng dụng tiến bộ KHCN cung cấp và hướng dẫn.",
    ),
    # --- Packaging, labelling, traceability ---
    (
        "iSo104",
        "vi",
        "ocop_traceability",
        "Tem QR truy xuất nguồn gốc cho sản phẩm OCOP và nông sản",
        "Nền tảng tạo tem QR cho từng lô sản phẩm, người tiêu dùng quét bằng điện thoại để xem thông tin cơ sở sản xuất, vùng nguyên liệu, chứng nhận. "
        "Tích hợp cổng truy xuất quốc gia, chống hàng giả. "
        "Doanh nghiệp công nghệ trong nước cung cấp, phí theo số tem.",
    ),
    (
        "iSo105",
        "en",
        "ocop_traceability",
        "GS1 EPCIS traceability platform for seafood exporters (FSMA 204 ready)",
        "Cloud platform recording critical tracking events from pond harvest to export container using GS1 identifiers and EPCIS messages. "
        "Generates the records US and EU importers require under FSMA 204 and catch documentation rules. "
        "SaaS subscription with onboarding and integration to ERP.",
    ),
    (
        "iSo106",
        "vi",
        "tv_sme_support",
        "Thiết kế bao bì, nhãn hàng hóa đúng quy định ghi nhãn",
        "Dịch vụ thiết kế bao bì và nhãn cho sản phẩm thực phẩm, đặc sản địa phương đúng quy định ghi nhãn hàng hóa Việt Nam. "
        "Kèm hồ sơ tự công bố sản phẩm và đăng ký nhãn hiệu. "
        "Công ty thiết kế - in ấn trong tỉnh.",
    ),
    (
        "iSo107",
        "en",
        "quocthao_fruit",
        "Retort pouch filling, sealing and sterilisation line",
        "Line for filling ready-to-eat curries, soups and fish dishes into retort pouches, sealing and sterilising for 12-24 months ambient shelf life. "
        "Lighter and cheaper to ship than cans. "
        "Japanese packaging equipment maker with process validation.",
    ),
    (
        "iSo108",
        "vi",
        "loctroi_rice",
        "Máy đóng gói định lượng cân điện tử cho hạt, bột và snack",
        "Máy cân tổ hợp 10-14 đầu kết hợp máy đóng gói đứng, túi gối hoặc túi đáy đứng, 30-60 túi/phút. "
        "Sai số định lượng ±1 g. "
        "Nhà phân phối trong nước lắp đặt và bảo hành.",
    ),
    (
        "iSo109",
        "en",
        "cold_chain_eria",
        "Modified atmosphere packaging tray sealer for fresh produce and seafood",
        "Tray sealer that flushes packs with a gas mix before sealing, extending chilled shelf life of cut fruit, vegetables and fish portions. "
        "Suitable for supermarket supply. "
        "European packaging machine supplier.",
    ),
    (
        "iSo110",
        "vi",
        "tv_sme_support",
        "Hộp và khay phân hủy sinh học từ bã mía, tinh bột thay hộp xốp",
        "Dây chuyền ép định hình bột giấy bã mía, sản xuất hộp, khay đựng thực phẩm phân hủy sinh học thay hộp xốp và nhựa dùng một lần. "
        "Có thể chịu dầu, nước nóng. "
        "Doanh nghiệp trong nước cung cấp sản phẩm hoặc chuyển giao dây chuyền.",
    ),
    (
        "iSo111",
        "en",
        "shrimp_plants_f17",
        "Inline checkweigher with metal detector and reject system",
        "Combined checkweigher and metal detector for cartons and packs that rejects underweight, overweight and contaminated packs automatically. "
        "Records data for HACCP verification. "
        "International inspection equipment supplier.",
    ),
    (
        "iSo112",
        "vi",
        "fish_sauce_villages",
        "Máy in phun date, mã lô trên chai, túi và thùng carton",
        "Máy in phun liên tục CIJ in ngày sản xuất, hạn dùng, mã lô lên chai nhựa, thủy tinh, túi và thùng. "
        "Tốc độ in cao, mực chịu ẩm. "
        "Nhà phân phối trong nước bán máy và mực.",
    ),
    (
        "iSo113",
        "en",
        "halal_cantho",
        "Export label compliance review: allergens, nutrition facts and language",
        "Regulatory service reviewing food labels for EU, US, Japan and Middle East markets: allergen declaration, nutrition panels, additives and language requirements. "
        "Avoids detentions and relabelling at destination ports. "
        "Food regulatory consultancy, per-label fee.",
    ),
    # --- Cold storage and logistics ---
    (
        "iSo114",
        "vi",
        "cold_storage_shortage",
        "Kho lạnh panel PU lắp ghép 50-500 tấn cho nông sản, thủy sản",
        "Thiết kế và thi công kho lạnh, kho mát panel PU, cửa kho, dàn lạnh và máy nén, nhiệt độ 0-5°C hoặc -18 đến -25°C. "
        "Lắp đặt nhanh 4-8 tuần, có thể mở rộng. "
        "Công ty điện lạnh công nghiệp trong nước.",
    ),
    (
        "iSo115",
        "en",
        "cold_chain_eria",
        "Solar-powered walk-in cold room for farm produce",
        "Off-grid cold room with solar panels, thermal storage and efficient compressor, keeping 2-5 t of vegetables and fruit at 4-8°C. "
        "Designed for cooperatives without reliable grid power. "
        "Pay-per-use or lease model from an Indian clean-tech company.",
    ),
    (
        "iSo116",
        "vi",
        "cold_chain_eria",
        "Cải hoán container lạnh cũ làm kho mát di động cho hợp tác xã",
        "Container lạnh 20-40 feet đã qua sử dụng được cải hoán, thay máy, đặt tại điểm thu mua làm kho mát 10-25 tấn rau, trái cây. "
        "Chi phí thấp, di chuyển được theo mùa vụ. "
        "Doanh nghiệp logistics lạnh cung cấp và bảo trì.",
    ),
    (
        "iSo117",
        "en",
        "delta_logistics",
        "IoT temperature loggers and alerts for cold chain shipments",
        "Wireless temperature and humidity loggers placed in reefer containers and trucks send real-time data and alarms to a web dashboard. "
        "Provides evidence for claims and helps catch temperature excursions before cargo is lost. "
        "Subscription service with reusable loggers.",
    ),
    (
        "iSo118",
        "vi",
        "cold_chain_eria",
        "Đóng thùng xe tải bảo ôn và xe tải lạnh",
        "Đóng thùng xe tải bảo ôn, lắp máy lạnh cho xe 1-8 tấn vận chuyển thủy sản, trái cây, rau. "
        "Giữ nhiệt độ ổn định trên tuyến đồng bằng - TP.HCM. "
        "Xưởng cơ khí ô tô trong nước.",
    ),
    (
        "iSo119",
        "en",
        "delta_logistics",
        "Forced-air pre-cooling tunnel for fresh fruit after harvest",
        "Forced-air precooling that removes field heat from packed fruit within hours, before cold storage or reefer loading. "
        "Cuts decay and weight loss for export fruit and vegetables. "
        "Post-harvest engineering company designs and installs.",
    ),
    (
        "iSo120",
        "vi",
        "cold_storage_shortage",
        "Phần mềm quản lý kho lạnh nhập trước xuất trước theo hạn dùng",
        "Phần mềm quản lý vị trí pallet, nhập xuất theo FIFO/FEFO, theo dõi nhiệt độ phòng và tính phí thuê kho lạnh. "
        "Dùng máy quét mã vạch cầm tay. "
        "Công ty phần mềm logistics trong nước.",
    ),
    (
        "iSo121",
        "en",
        "bentre_seafood",
        "Flake ice and ice slurry machines for fish landing sites and boats",
        "Flake ice and seawater ice slurry machines that chill fish quickly on boats and at landing sites, preventing spoilage. "
        "Capacity 1-20 t/day, containerised or boat-mounted versions. "
        "Supplier provides installation and cooperatives' operation training.",
    ),
    # --- Quality and standards ---
    (
        "iSo122",
        "vi",
        "tv_transfer_status",
        "Tư vấn xây dựng và chứng nhận HACCP, ISO 22000 cho cơ sở chế biến",
        "Tư vấn đánh giá hiện trạng, thiết kế lại mặt bằng một chiều, xây dựng chương trình tiên quyết, kế hoạch HACCP và hệ thống ISO 22000 đến khi được chứng nhận. "
        "Đào tạo đội an toàn thực phẩm của doanh nghiệp. "
        "Tổ chức tư vấn tiêu chuẩn đo lường chất lượng.",
    ),
    (
        "iSo123",
        "en",
        "tv_transfer_status",
        "BRCGS and IFS food safety certification consultancy",
        "Gap analysis, documentation and pre-audit support to reach BRCGS Food or IFS Food certification demanded by UK and EU retailers. "
        "Includes supplier approval, food defence and fraud vulnerability assessments. "
        "International consultancy with Vietnamese-speaking auditors.",
    ),
    (
        "iSo124",
        "vi",
        "globalgap_ifa",
        "Tư vấn chứng nhận GlobalGAP, VietGAP cho vùng trồng cây ăn trái",
        "Tư vấn xây dựng quy trình sản xuất, nhật ký canh tác, quản lý thuốc bảo vệ thực vật và đánh giá nội bộ cho nhóm hộ trồng bưởi, xoài, dừa. "
        "Hỗ trợ đến khi được cấp chứng nhận GlobalGAP nhóm (Option 2). "
        "Trung tâm tư vấn nông nghiệp.",
    ),
    (
        "iSo125",
        "en",
        "asc_smallscale",
        "ASC and BAP certification support for shrimp farms and farmer groups",
        "Programme guiding small shrimp farms and cooperatives through ASC Shrimp Standard or BAP requirements: environment, feed, disease and social criteria. "
        "Includes group internal control system, mock audit and link to certified processors. "
        "NGO-backed consultancy with fee subsidy for smallholders.",
    ),
    (
        "iSo126",
        "vi",
        "halcert",
        "Đào tạo và tư vấn chứng nhận Halal cho doanh nghiệp thực phẩm",
        "Tư vấn nguyên liệu, phụ gia, quy trình vệ sinh và tách biệt sản xuất đáp ứng tiêu chuẩn Halal, chuẩn bị hồ sơ đánh giá. "
        "Giúp sản phẩm thủy sản, trái cây sấy, gạo xuất sang Malaysia, Indonesia và Trung Đông. "
        "Trung tâm tư vấn phối hợp tổ chức chứng nhận Halal.",
    ),
    (
        "iSo127",
        "en",
        "halal_cantho",
        "Halal certification and audit services recognised in OIC markets",
        "Halal certification body audits food plants, ingredients and logistics and issues certificates accepted in Malaysia, Indonesia and Gulf countries. "
        "Provides pre-assessment and training for production staff. "
        "Malaysian-linked certification centre operating in the Mekong Delta.",
    ),
    (
        "iSo128",
        "vi",
        "tv_transfer_status",
        "Phòng thí nghiệm ISO/IEC 17025 kiểm nghiệm dư lượng kháng sinh, kim loại nặng",
        "Phòng thử nghiệm được công nhận phân tích dư lượng kháng sinh, thuốc bảo vệ thực vật, kim loại nặng, vi sinh trong thủy sản, nông sản bằng LC-MS/MS, ICP-MS. "
        "Trả kết quả 3-5 ngày, phục vụ xuất khẩu. "
        "Trung tâm kỹ thuật tiêu chuẩn đo lường chất lượng.",
    ),
    (
        "iSo129",
        "en",
        "asc_smallscale",
        "Rapid antibiotic residue test kits for shrimp and fish",
        "ELISA and strip tests for chloramphenicol, nitrofuran metabolites, enrofloxacin and trifluralin in shrimp and fish, usable at farm gate and plant receiving. "
        "Screens raw material before purchase to avoid rejected export lots. "
        "Distributor provides kits, equipment and training.",
    ),
    (
        "iSo130",
        "vi",
        "tv_sme_support",
        "Tư vấn áp dụng ISO 9001, 5S, Kaizen nâng cao năng suất",
        "Tư vấn và đào tạo áp dụng hệ thống quản lý chất lượng ISO 9001, công cụ 5S, Kaizen, Lean cho doanh nghiệp vừa và nhỏ. "
        "Thuộc chương trình hỗ trợ nâng cao năng suất chất lượng của tỉnh. "
        "Tổ chức tư vấn năng suất chất lượng.",
    ),
    (
        "iSo131",
        "en",
        "trabaco",
        "EU and USDA organic certification for coconut and rice growing areas",
        "Support for farmer groups and processors to convert to organic production and obtain EU organic and USDA NOP certification. "
        "Covers internal control system, input approval and conversion period planning. "
        "International certification consultancy.",
    ),
    (
        "iSo132",
        "vi",
        "tv_sme_support",
        "Mã số vùng trồng và nhật ký sản xuất điện tử cho hợp tác xã",
        "Ứng dụng nhật ký canh tác điện tử trên điện thoại, quản lý vùng trồng, vật tư đầu vào và hỗ trợ hồ sơ cấp mã số vùng trồng phục vụ xuất khẩu. "
        "Kết nối dữ liệu với tem truy xuất. "
        "Doanh nghiệp công nghệ nông nghiệp.",
    ),
    # --- Industrial wastewater and emissions ---
    (
        "iSo133",
        "vi",
        "pangasius_pollution",
        "Xử lý nước thải chế biến thủy sản bằng tuyển nổi DAF và sinh học",
        "Hệ thống tách mỡ, tuyển nổi khí hòa tan, bể thiếu khí - hiếu khí và lắng, xử lý nước thải nhà máy tôm, cá tra đạt QCVN 11-MT cột A. "
        "Công suất 200-2.000 m3/ngày. "
        "Công ty môi trường thiết kế, thi công và vận hành thử.",
    ),
    (
        "iSo134",
        "en",
        "pangasius_pollution",
        "Moving bed biofilm reactor (MBBR) upgrade for high-strength food effluent",
        "MBBR carriers retrofitted into existing aeration tanks raise treatment capacity for COD and ammonia without new tanks. "
        "Suited to seafood, dairy and starch plants facing stricter discharge limits. "
        "Scandinavian water technology company supplies media, design and start-up.",
    ),
    (
        "iSo135",
        "vi",
        "coconut_links",
        "Bể kỵ khí UASB thu biogas từ nước thải giàu hữu cơ",
        "Bể UASB xử lý nước thải có COD cao từ chế biến dừa, tinh bột, bún, giảm 70-85% COD và thu khí biogas dùng cho lò hơi. "
        "Giảm chi phí điện sục khí cho công đoạn sau. "
        "Viện môi trường chuyển giao thiết kế và vận hành.",
    ),
    (
        "iSo136",
        "en",
        "pangasius_pollution",
        "Anaerobic digestion and biogas CHP for food processing waste and effluent",
        "Covered lagoon or tank digester treating fish sludge, fat and wastewater, with biogas engine producing electricity and heat for the plant. "
        "Reduces sludge volume and energy bills. "
        "European biogas engineering company, BOO financing possible.",
    ),
    (
        "iSo137",
        "vi",
        "tra_fat_oil",
        "Khử mùi hôi nhà máy bột cá bằng tháp hấp thụ, lọc sinh học",
        "Hệ thống thu khí từ nồi nấu, máy sấy, ngưng tụ hơi, tháp rửa khí hóa chất và lọc sinh học giá thể xơ dừa để khử mùi amin, H2S. "
        "Giảm khiếu nại của khu dân cư lân cận. "
        "Công ty môi trường trong nước thiết kế và thi công.",
    ),
    (
        "iSo138",
        "en",
        "tra_fat_oil",
        "Thermal oxidiser and biofilter odour control for rendering and fishmeal plants",
        "Odour control combining condensation of cooker vapours, thermal oxidation of strong gases and biofilters for room air. "
        "Odour removal efficiency above 95%. "
        "International air pollution control supplier.",
    ),
    (
        "iSo139",
        "vi",
        "vinhlong_brick_kilns",
        "Chuyển đổi lò gạch thủ công sang lò tuynel, lò Hoffman cải tiến",
        "Thiết kế và xây dựng lò nung gạch liên tục kiểu tuynel, Hoffman đốt trấu, kèm buồng lắng bụi và xử lý khí thải. "
        "Giảm 40-50% nhiên liệu và phần lớn khói bụi so với lò vòng thủ công. "
        "Viện vật liệu xây dựng chuyển giao công nghệ.",
    ),
    (
        "iSo140",
        "en",
        "rice_husk_fuel",
        "Cyclone, bag filter and wet scrubber for biomass boiler flue gas",
        "Dust collection train for rice husk and wood boilers: multicyclone, pulse-jet bag filter or wet scrubber, reducing dust to below 50 mg/Nm3. "
        "Includes ash handling and continuous stack monitoring port. "
        "Air pollution control contractor.",
    ),
    (
        "iSo141",
        "vi",
        "pangasius_pollution",
        "Trạm quan trắc nước thải tự động truyền dữ liệu về cơ quan môi trường",
        "Trạm đo lưu lượng, pH, COD, TSS, amoni, nhiệt độ liên tục tại cửa xả, truyền dữ liệu theo quy định về cơ quan quản lý. "
        "Cảnh báo khi vượt ngưỡng. "
        "Doanh nghiệp thiết bị môi trường cung cấp, lắp đặt và kiểm định.",
    ),
    (
        "iSo142",
        "en",
        "pangasius_pollution",
        "Membrane bioreactor for water reuse in food factories",
        "MBR with ultrafiltration membranes produces clear effluent suitable for reuse in cleaning, cooling towers and gardens. "
        "Compact footprint for plants with no space for extension. "
        "Korean membrane supplier.",
    ),
    (
        "iSo143",
        "vi",
        "tv_aquaculture_pollution",
        "Xử lý nước thải ao tôm bằng ao lắng, rong cỏ và vi sinh",
        "Mô hình ao lắng - ao sinh học trồng rong, cỏ biển và nuôi sò, kết hợp chế phẩm vi sinh xử lý nước thải nuôi tôm thâm canh trước khi xả. "
        "Giảm amoni, COD và chất rắn lơ lửng. "
        "Trường đại học chuyển giao mô hình cho hộ và hợp tác xã.",
    ),
    # --- Renewable energy for factories ---
    (
        "iSo144",
        "vi",
        "brewery_rooftop",
        "Điện mặt trời áp mái nhà xưởng theo mô hình thuê mái, mua điện",
        "Nhà đầu tư lắp điện mặt trời trên mái nhà xưởng, doanh nghiệp mua điện với giá thấp hơn giá lưới 10-20% trong 15-20 năm, không bỏ vốn. "
        "Gia cố mái, bảo trì và bảo hiểm do nhà đầu tư chịu. "
        "Công ty năng lượng tái tạo trong nước.",
    ),
    (
        "iSo145",
        "en",
        "delta_rooftop_solar",
        "Rooftop solar EPC for factories with grid-tied inverters and monitoring",
        "Engineering, procurement and construction of 100 kWp-5 MWp rooftop PV on factory and warehouse roofs, with self-consumption design and remote monitoring. "
        "Payback typically 5-6 years. "
        "International solar EPC with local installation teams.",
    ),
    (
        "iSo146",
        "vi",
        "rice_husk_fuel",
        "Lò hơi đốt trấu, viên nén sinh khối thay dầu FO và than",
        "Lò hơi ghi xích hoặc tầng sôi đốt trấu, vỏ dừa, viên nén 1-10 tấn hơi/giờ, tự động cấp liệu. "
        "Giảm 30-50% chi phí nhiên liệu so với dầu FO. "
        "Doanh nghiệp chế tạo lò hơi trong nước, bảo hành 18 tháng.",
    ),
    (
        "iSo147",
        "en",
        "rice_husk_power",
        "Biomass steam boiler 2-10 t/h fired by rice husk and coconut shell",
        "Water-tube biomass boiler with moving grate, automatic feeding and ash removal, burning rice husk, coconut shell and wood chips. "
        "Replaces oil or coal firing with fuel available locally. "
        "Thai boiler manufacturer with service in southern Vietnam.",
    ),
    (
        "iSo148",
        "vi",
        "rice_husk_fuel",
        "Máy ép trấu thành củi trấu, viên nén nhiên liệu",
        "Máy ép trục vít nhiệt tạo củi trấu và máy ép viên nén trấu, nhiệt trị 3.600-4.200 kcal/kg, dễ vận chuyển và lưu trữ. "
        "Giải quyết trấu tồn đọng ở nhà máy xay xát. "
        "Cơ sở cơ khí chế tạo, công suất 1-2 tấn/giờ.",
    ),
    (
        "iSo149",
        "en",
        "delta_rooftop_solar",
        "Industrial heat pump for 60-90°C process hot water",
        "High-temperature heat pumps producing process water for cleaning, blanching and CIP, using 60-70% less energy than electric or oil heaters. "
        "Can also use waste heat from refrigeration condensers. "
        "Japanese manufacturer with local distributor.",
    ),
    (
        "iSo150",
        "vi",
        "tv_transfer_status",
        "Kiểm toán năng lượng, tiết kiệm điện cho hệ thống lạnh và khí nén",
        "Kiểm toán năng lượng theo quy định, đo đạc hệ thống lạnh, khí nén, bơm, quạt; đề xuất biến tần, thu hồi nhiệt, sửa rò rỉ. "
        "Tiết kiệm điển hình 10-25% điện năng. "
        "Trung tâm tiết kiệm năng lượng.",
    ),
    (
        "iSo151",
        "en",
        "tv_wind",
        "Battery energy storage for peak shaving in factories",
        "Lithium iron phosphate battery systems that store cheap off-peak or solar power and discharge in peak hours, lowering demand charges. "
        "Sizes 100 kWh-2 MWh with energy management software. "
        "Energy storage integrator.",
    ),
    (
        "iSo152",
        "vi",
        "vermicompost",
        "Hầm biogas composite cho trang trại chăn nuôi, chạy máy phát điện",
        "Hầm biogas composite 10-50 m3 xử lý phân heo, bò, khí dùng đun nấu và chạy máy phát điện cho trang trại. "
        "Giảm mùi hôi và nước thải chăn nuôi. "
        "Doanh nghiệp composite lắp đặt, bảo hành 5 năm.",
    ),
    (
        "iSo153",
        "en",
        "tv_salinity",
        "Solar-powered pumping for irrigation and pond water exchange",
        "Solar PV pumps with variable-frequency drive for irrigation and water exchange, no diesel or grid required. "
        "Sized 1-15 kW. "
        "Solar pump distributor with installation.",
    ),
    # --- Farming: seed, disease, irrigation ---
    (
        "iSo154",
        "vi",
        "tv_salinity",
        "Giống lúa chịu mặn 4-6‰ và quy trình canh tác vùng ven biển",
        "Bộ giống lúa chịu mặn, ngắn ngày, chất lượng gạo tốt cùng quy trình điều chỉnh lịch thời vụ né mặn cho vùng ven biển. "
        "Năng suất 5-6 tấn/ha trong điều kiện nhiễm mặn nhẹ. "
        "Viện lúa cung cấp giống xác nhận và tập huấn.",
    ),
    (
        "iSo155",
        "en",
        "vl_salinity",
        "Salinity sensor network with SMS alerts for sluice gates and farmers",
        "Automatic salinity and water level stations on canals, sending readings and SMS alerts so gates can be opened when water is fresh. "
        "Farmers know when to pump water for rice and orchards. "
        "Environmental monitoring company with data platform.",
    ),
    (
        "iSo156",
        "vi",
        "tv_salinity",
        "Tưới nhỏ giọt, tưới phun kết hợp bón phân cho rau màu vùng hạn mặn",
        "Hệ thống tưới nhỏ giọt, phun mưa cục bộ có bộ châm phân, hẹn giờ tưới, tiết kiệm 40-50% nước cho rau màu, cây ăn trái. "
        "Phù hợp vùng thiếu nước ngọt mùa khô. "
        "Công ty thiết bị tưới trong nước lắp đặt.",
    ),
    (
        "iSo157",
        "en",
        "vl_salinity",
        "Drip irrigation and fertigation kits for smallholder vegetable growers",
        "Low-pressure drip kits with filters and venturi injectors for 500-5,000 m2 plots, saving water and fertiliser. "
        "Easy to install by farmers; pays back in one to two seasons. "
        "International irrigation company with local dealers.",
    ),
    (
        "iSo158",
        "vi",
        "tv_transfer_workshop",
        "Cây giống dừa sáp nuôi cấy phôi tỷ lệ trái sáp cao",
        "Cây dừa sáp giống nhân bằng nuôi cấy phôi in vitro, tỷ lệ trái sáp đạt 70-100%, thay cho giống gieo hạt chỉ 20-25%. "
        "Cung cấp cây con và hướng dẫn trồng, chăm sóc. "
        "Trường đại học trong tỉnh cung cấp.",
    ),
    (
        "iSo159",
        "en",
        "lasan_aqua_centre",
        "PCR diagnostics for shrimp diseases: EHP, WSSV, AHPND and IHHNV",
        "Real-time PCR testing of postlarvae, pond water and sick shrimp for major pathogens, with results in 24 hours. "
        "Helps farmers decide on stocking, treatment or early harvest. "
        "Aquatic animal health lab network in the Mekong Delta.",
    ),
    (
        "iSo160",
        "vi",
        "vietgap_shrimp",
        "Quy trình nuôi tôm thẻ siêu thâm canh 2-3 giai đoạn ao lót bạt",
        "Quy trình ương giống trong ao nhỏ có mái che, chuyển ao nuôi lót bạt, xi phông đáy, quản lý nước và vi sinh, năng suất 20-40 tấn/ha/vụ. "
        "Giảm rủi ro dịch bệnh giai đoạn đầu. "
        "Doanh nghiệp giống thủy sản chuyển giao và hỗ trợ kỹ thuật.",
    ),
    (
        "iSo161",
        "en",
        "vietgap_shrimp",
        "Recirculating aquaculture system for shrimp nurseries",
        "Indoor RAS nursery with biofilters, drum filters and oxygen control to raise postlarvae to 1-2 g before stocking grow-out ponds. "
        "Reduces early mortality and shortens pond cycles. "
        "Dutch aquaculture engineering firm.",
    ),
    (
        "iSo162",
        "vi",
        "coconut_links",
        "Trị bọ cánh cứng, đuông dừa bằng ong ký sinh và bẫy pheromone",
        "Thả ong ký sinh Asecodes, Tetrastichus trị bọ cánh cứng hại đọt dừa, kết hợp bẫy pheromone bắt đuông dừa và kiến vàng. "
        "Giảm thuốc hóa học, phù hợp vùng dừa hữu cơ. "
        "Trung tâm bảo vệ thực vật cung cấp ong và tập huấn.",
    ),
    (
        "iSo163",
        "en",
        "tv_salinity",
        "Small-scale reverse osmosis units for brackish water",
        "Containerised RO units producing 5-50 m3/day of fresh water from brackish wells and canals, powered by grid or solar. "
        "Used for drinking water, hatcheries and high-value crops during saline intrusion. "
        "Water technology company with maintenance contracts.",
    ),
    # --- Automation and machinery ---
    (
        "iSo164",
        "vi",
        "tv_sme_support",
        "Hệ thống SCADA, PLC giám sát dây chuyền sản xuất và năng lượng",
        "Tích hợp PLC, cảm biến và phần mềm SCADA giám sát thông số dây chuyền, tiêu thụ điện, nước, hơi theo thời gian thực. "
        "Báo cáo năng suất ca, cảnh báo sự cố. "
        "Công ty tự động hóa trong nước.",
    ),
    (
        "iSo165",
        "en",
        "shrimp_plants_f17",
        "Vibration sensors and predictive maintenance for motors and compressors",
        "Wireless vibration and temperature sensors on motors, pumps and compressors feed an analytics platform that warns of failures weeks ahead. "
        "Avoids unplanned stops of freezing and milling lines. "
        "Industrial IoT company, subscription model.",
    ),
    (
        "iSo166",
        "vi",
        "loctroi_rice",
        "Robot xếp bao lên pallet cho nhà máy gạo, thức ăn chăn nuôi, phân bón",
        "Robot cánh tay xếp bao 25-50 kg lên pallet theo nhiều kiểu xếp, 600-1.000 bao/giờ, kèm băng tải và máy quấn màng. "
        "Thay thế lao động bốc xếp nặng nhọc. "
        "Công ty tự động hóa tích hợp robot nhập khẩu.",
    ),
    (
        "iSo167",
        "en",
        "shrimp_plants_f17",
        "Camera inspection for foreign matter and defects on processing conveyors",
        "Hyperspectral and colour camera system detects plastics, hair, shell fragments and defects on fruit, nuts and seafood on conveyors and triggers air-jet rejection. "
        "Reduces customer complaints about foreign bodies. "
        "European inspection technology company.",
    ),
    (
        "iSo168",
        "vi",
        "tv_sme_support",
        "Máy dựng thùng, đóng thùng và dán băng keo carton tự động",
        "Cụm máy dựng thùng, xếp sản phẩm vào thùng và dán băng keo carton tự động cho dây chuyền đóng gói 10-20 thùng/phút. "
        "Giảm lao động khâu cuối. "
        "Nhà cung cấp thiết bị đóng gói trong nước.",
    ),
    (
        "iSo169",
        "en",
        "vietgap_shrimp",
        "Dissolved oxygen sensors with automatic aerator control for ponds",
        "Optical DO probes in each pond switch paddlewheel aerators on and off automatically and send alarms to the farmer's phone when oxygen drops at night. "
        "Saves 20-30% aeration electricity and prevents mass mortality. "
        "Aquaculture technology start-up with local installers.",
    ),
    (
        "iSo170",
        "vi",
        "tv_transfer_workshop",
        "Thiết kế, chế tạo và cải tiến máy móc chế biến theo đặt hàng",
        "Xưởng cơ khí của trường cao đẳng kỹ thuật nhận thiết kế, chế tạo máy sơ chế nông sản, thủy sản theo yêu cầu riêng của doanh nghiệp nhỏ. "
        "Hỗ trợ cải tiến máy cũ, thay thế phụ tùng. "
        "Chi phí thấp hơn máy nhập khẩu.",
    ),
]
