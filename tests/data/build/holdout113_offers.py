"""Offers of the holdout113 set (rice paper, noodles, bakeries, rice cakes): (id, language, source key, title, description)."""

OFFERS = [
    # --- rice paper making ---
    (
        "mKo001",
        "vi",
        "bk_bobia",
        "Thiết bị tự động sản xuất bánh tráng mỏng (bánh tráng bò bía)",
        "Nhóm nghiên cứu cơ khí chế tạo máy của Trường ĐH Bách khoa (ĐHQG TP.HCM) đã tính toán, thiết kế và chế tạo thiết bị "
        "tráng bánh tráng bò bía tự động trong khuôn khổ luận văn thạc sĩ (2013). Thiết bị thay khâu tráng, hấp và gỡ bánh thủ công; "
        "sẵn sàng chuyển giao bản vẽ và hỗ trợ chế tạo cho cơ sở sản xuất bánh tráng mỏng.",
    ),
    (
        "mKo002",
        "en",
        "nghean_sesame",
        "Automated rice-paper line: milling, batter mixing, spreading and drying",
        "A rice-paper workshop in Nghe An replaced its clay, wood-fired kiln with a line designed together with local mechanics in 2018: "
        "rice milling, batter mixing and sheet making run automatically, and the drying unit, which took more than six months to tune, "
        "gives a fragrant, crisp sheet. The team offers the design and commissioning know-how to other rice-paper makers.",
    ),
    (
        "mKo003",
        "vi",
        "xuanloc_ocop",
        "Mô hình xưởng bánh tráng máy 5.000 bánh/ngày đạt OCOP 3 sao",
        "Chia sẻ mô hình khởi nghiệp từ nghề bánh tráng gia truyền ở Hà Tĩnh: đầu tư hơn nửa tỷ đồng cho xưởng 120 m² và sân phơi hơn 300 m², "
        "chuyển từ xay cối đá, tráng tay sang tráng bằng máy, sản xuất khoảng 5.000 bánh mỗi ngày. Sau khi đạt OCOP 3 sao, sức tiêu thụ tăng gấp đôi; "
        "hỗ trợ tư vấn bố trí xưởng, thủ tục thuê đất và hồ sơ OCOP.",
    ),
    (
        "mKo004",
        "en",
        "eabar",
        "Machinery upgrade for household rice-paper kilns",
        "Experience package from the Ea Bar rice-paper village (Dak Lak), where more than 80 households make large square, black-sesame and "
        "wrapping sheets. Hand production from 3 a.m. to 5 p.m. handled only 30-40 kg of rice flour a day; households that bought machines "
        "scaled up to 200-300 kg of rice a day in the Tet peak. Advice on choosing and installing such equipment is offered.",
    ),
    # --- drying rice paper and noodles ---
    (
        "mKo005",
        "vi",
        "hutech_solar",
        "Hệ thống sấy bánh tráng năng lượng mặt trời kiểu hỗn hợp đối lưu tự nhiên",
        "Kết quả thiết kế, chế tạo và thử nghiệm máy sấy bánh tráng dùng năng lượng mặt trời, năng suất 25 kg bánh tươi mỗi mẻ (100 bánh). "
        "Buồng sấy kiểu hỗn hợp đối lưu tự nhiên đạt 65°C khi trời 36°C, chênh nhiệt trong buồng chỉ 1-3°C; thời gian khô 2 giờ so với 3 giờ "
        "của sấy trực tiếp và 4 giờ phơi nắng. Vật liệu sẵn có, dễ gia công, không cần nguồn điện ngoài.",
    ),
    (
        "mKo006",
        "en",
        "vanhien_solar",
        "Solar rice-paper dryer with vertical rotating racks",
        "A lecturer of the engineering faculty at Van Hien University (HCMC) built a solar rice-paper dryer with a vertical rotating rack. "
        "Solid polycarbonate panels create a greenhouse effect and a corrugated black heat trap warms filtered air blown into the chamber; "
        "a batch dries evenly in about 50 minutes at 35-40°C, and a cover slides over the chamber automatically when it overheats, rains or at night.",
    ),
    (
        "mKo007",
        "vi",
        "dut_wasteheat",
        "Thiết bị sấy bánh tráng tận dụng nhiệt khói thải của lò tráng",
        "Nhóm sinh viên ĐH Bách khoa Đà Nẵng chế tạo thiết bị sấy bánh tráng bằng không khí nóng lấy từ khói thải lò tráng bánh, vốn có nhiệt độ "
        "250-350°C. Giải pháp giúp cơ sở không phụ thuộc thời tiết, tránh bụi mùa nắng và mốc mùa mưa, giảm đốt trấu, củi, than trực tiếp "
        "và giảm chi phí nhiên liệu.",
    ),
    (
        "mKo008",
        "en",
        "setech",
        "Modular solar-assisted dryer for farm and food products",
        "SETECH (Vietnam Sustainable Energy Technology JSC) supplies greenhouse-type solar dryers for households and industry. The small module "
        "has a 2.5 x 4 x 2 m chamber and dries 100-150 kg of fresh product per batch at 30-65°C; it uses about 1.7 units of power by day "
        "and 3.2 at night or in rain, and modules can be joined in series to raise capacity.",
    ),
    (
        "mKo009",
        "en",
        "hp_noodle",
        "Staged drying programme for rice noodles in heat-pump drying rooms",
        "Drying-room supplier offering a three-stage schedule for rice noodles: a setting stage at 25-30°C and 55-65% relative humidity for about "
        "one hour, a moisture-holding 'sweating' stage at 35-45°C and 50-75% humidity, then a peak dehydration stage with higher heat and lower "
        "humidity. Raising temperature too early opens a gap between the core and surface and makes strands brittle.",
    ),
    (
        "mKo010",
        "vi",
        "hust_hp",
        "Máy bơm nhiệt hút ẩm và sấy lạnh dạng mô-đun chế tạo trong nước",
        "Viện Khoa học và Công nghệ Nhiệt Lạnh (ĐH Bách khoa Hà Nội) chế tạo thành công bơm nhiệt mô-đun vừa hút ẩm vừa sấy lạnh, thay thiết bị "
        "nhập khẩu đắt tiền hay mất ổn định khi độ ẩm ngoài trời 80-90%. Sấy nóng truyền thống dùng không khí 60-120°C; thiết bị sấy ở nhiệt độ "
        "thấp, phù hợp bảo quản nông sản, thực phẩm trong khí hậu nóng ẩm.",
    ),
    (
        "mKo011",
        "en",
        "ictnews_solar",
        "Solar drying houses for food processors",
        "Solar drying houses for small food-drying businesses: the greenhouse principle traps heat, and air moved by natural or fan convection "
        "carries off the moisture. Compared with a heat-pump dryer of the same capacity they save at least 80% of energy, and they shorten drying "
        "time by 40% compared with static tray drying, independent of rain.",
    ),
    # --- fresh rice noodle (bun) lines ---
    (
        "mKo012",
        "vi",
        "caothang_bun",
        "Hệ thống sản xuất bún tươi tự động 200 kg/giờ",
        "Trường CĐ Kỹ thuật Cao Thắng và ĐH Nông Lâm TP.HCM thiết kế, chế tạo dây chuyền ép bún tươi gồm máy nhào trộn bột, bộ chứa và cấp liệu tự "
        "động vào khuôn, máy ép trục vít xoắn, thiết bị làm chín sợi sau ép và tủ điều khiển giám sát toàn dây chuyền. Năng suất đạt thiết kế "
        "200 kg/giờ, điện năng từ trộn đến ép, luộc 0,584 kWh/kg; sợi láng, dai, trong, không dính bết.",
    ),
    (
        "mKo013",
        "en",
        "nlu_bun500",
        "Fresh rice noodle technology and equipment, 500 kg per hour",
        "Nong Lam University (HCMC) engineering faculty offers the technology and machine set for fresh rice noodles developed under Ministry "
        "project B2007-12-37, led by Assoc. Prof. Tran Thi Thanh. The system has been applied in many places in Vietnam at 500 kg per hour, "
        "relieving workers during weekends and holidays when demand doubles or triples.",
    ),
    (
        "mKo014",
        "en",
        "heshan",
        "Rice vermicelli production line: mixing, extrusion, cooking and hot-air drying",
        "Machinery maker supplying complete rice vermicelli lines: rice flour is mixed with water to a dough, forced through an extruder into thin "
        "strands, steamed or boiled to set the texture, then dried with hot air so the noodles keep their shape and flavour. Lines are sized "
        "to the customer's output.",
    ),
    (
        "mKo015",
        "vi",
        "memart_bun",
        "Tư vấn chuyển từ làm bún thủ công sang dây chuyền công nghiệp",
        "Tài liệu và tư vấn quy trình sản xuất bún tươi từ gạo tẻ: chọn gạo ít tạp chất, không sâu mọt, vo ngâm, xay, ủ, ép, luộc; so sánh bún làm "
        "thủ công ở làng nghề với bún công nghiệp dùng máy tự động; kiểm soát vệ sinh an toàn thực phẩm và xử lý nước thải làng nghề.",
    ),
    (
        "mKo016",
        "en",
        "noodle_extrusion",
        "Noodle extrusion process parameters",
        "Know-how note on cold extrusion of noodle dough: about 28% dough moisture, barrel held near 54°C by a water-cooling jacket so the product "
        "is not cooked in the barrel, strands dropped into a hot-water bath at 90-95°C. Lower-moisture extrudates need shorter drying; starch "
        "gelatinisation at the die governs structure.",
    ),
    (
        "mKo017",
        "en",
        "phudo",
        "Shared steam boilers for vermicelli households",
        "The Institute of Energy Science (Vietnam Academy of Science and Technology) proposes household-group production for vermicelli villages: "
        "3-5 households share a boiler giving the right pressure, steam and temperature, for 200-400 kg of noodles an hour, 2.5 times the old "
        "output. Production takes five hours a day and uses 71% less coal; tested in Phu Do village, Hanoi.",
    ),
    (
        "mKo018",
        "vi",
        "phudo",
        "Lò than cải tiến có ống khói và thu hồi nhiệt cho hộ làm bún",
        "Viện Khoa học Năng lượng (Viện Hàn lâm KH&CN Việt Nam) chuyển giao mẫu lò đun bún cải tiến có ống thải khói, bảo ôn và thu hồi nhiệt, "
        "hiệu suất khoảng 30%, gấp đôi lò cũ; nhiệt dư dùng cho sinh hoạt. Khảo sát hơn 500 hộ ở làng Phú Đô cho thấy mỗi hộ dùng bình quân "
        "19-22 kg than, lò cũ gây ô nhiễm và ảnh hưởng sức khỏe.",
    ),
    # --- hu tieu, pho and dried noodles ---
    (
        "mKo019",
        "vi",
        "diepky",
        "Dây chuyền máy làm hủ tiếu quy mô vừa và nhỏ 1 tấn/ngày",
        "Cung cấp máy làm hủ tiếu tự động quy mô vừa và nhỏ, ứng dụng kết quả đề tài của ĐH Nông Lâm TP.HCM phối hợp Sở Công Thương Tiền Giang "
        "(từ năm 2006) về hệ thống thiết bị chế biến hủ tiếu công suất 1 tấn/ngày; hợp tác xã ở xã Mỹ Phong (Mỹ Tho) có khoảng 10 cơ sở đang dùng. "
        "Thay khâu tráng, cắt, phơi thủ công, sản phẩm đẹp, ổn định, vệ sinh hơn.",
    ),
    (
        "mKo020",
        "en",
        "etek",
        "Processing line for instant noodles, dried vermicelli and dried pho",
        "ETEK designs lines for continuous 24/7 production of instant noodles, dry bun and dry pho at 50,000-600,000 packs a day: flour mixing, "
        "sheeting, steaming, cutting, drying or frying, packing and storage under PLC/SCADA control. Products are held to moisture below 12%, "
        "and the plants are laid out for HACCP, ISO 22000 and FDA requirements of export buyers.",
    ),
    (
        "mKo021",
        "en",
        "sovillage",
        "Energy-saving vermicelli line with industry-promotion co-funding",
        "A Hanoi vermicelli producer in So village (Quoc Oai) bought a vermicelli line worth almost VND650 million in 2020, of which VND300 million "
        "came from the city's industry-promotion programme. The line saves energy and raw material, lowers product cost and pollution; all steps "
        "except drying, which stays with sun and wind, are mechanised. Experience and supplier contacts are shared.",
    ),
    (
        "mKo022",
        "vi",
        "sovillage",
        "Kinh nghiệm đầu tư dây chuyền miến, bún có hỗ trợ khuyến công",
        "Doanh nghiệp làng So (Quốc Oai, Hà Nội) chia sẻ kinh nghiệm đầu tư dây chuyền sản xuất miến gần 650 triệu đồng, trong đó 300 triệu đồng "
        "do chương trình khuyến công của Sở Công Thương hỗ trợ. Nguyên liệu dong riềng hữu cơ, không phẩm màu, không chất bảo quản; dây chuyền "
        "tiết kiệm năng lượng, cơ giới hoá mọi khâu trừ phơi, sản phẩm đã xuất sang Malaysia, Nhật, Đức.",
    ),
    (
        "mKo023",
        "en",
        "cardoza_flow",
        "Small-scale rice noodle process flow for rural workshops",
        "Process package for making rice noodles from cheap early indica rice on downsized equipment: washing in a jet washer, soaking about "
        "0.5 hour and tempering 1-2 hours, hammer milling through a 0.6-0.8 mm screen, mixing, extruding, ageing, re-steaming, loosening, "
        "drying and cutting. Suited to self-employed producers in villages and small towns.",
    ),
    (
        "mKo024",
        "vi",
        "vietcuong",
        "Giải pháp sấy miến tự động không phụ thuộc thời tiết",
        "Kinh nghiệm của làng miến dong Việt Cường (Thái Nguyên): chuyển từ làm theo mùa, phơi nắng sang sấy tự động để sản xuất quanh năm, "
        "giữ sợi dai, không nát; sản phẩm được chọn là một trong 20 sản phẩm OCOP 5 sao cấp quốc gia và hoàn thiện chứng nhận để xuất khẩu.",
    ),
    # --- rice flour milling and fermentation ---
    (
        "mKo025",
        "en",
        "semidry",
        "Semi-dry milling of rice flour on a roller mill",
        "Research results on semi-dry milling of early indica rice: particle size, tempering, milling steps and drying temperature were set for a "
        "roller mill. Compared with wet milling it uses little water and produces no wastewater, while flour and noodle quality beat dry milling; "
        "below about 124 µm further fineness no longer changes pasting viscosity.",
    ),
    (
        "mKo026",
        "vi",
        "milling_review",
        "Tư vấn chọn công nghệ nghiền bột gạo (ướt, khô, bán khô)",
        "Tổng quan của Viện KH&CN Thực phẩm (Viện Hàn lâm KHNN Trung Quốc) về ảnh hưởng của phương pháp nghiền đến bột gạo và sản phẩm: nghiền ướt cho "
        "chất lượng tốt nhưng năng suất thấp và thải nước; nghiền khô tiết kiệm nước nhưng sinh nhiệt làm hỏng tinh bột; nghiền bán khô dùng khí "
        "nóng rút ngắn thời gian ngâm, giảm năng lượng cơ học. Kèm các chỉ tiêu kiểm soát thiết bị và quy trình.",
    ),
    (
        "mKo027",
        "en",
        "caas_mill",
        "Comparison of wet, dry, semi-dry and jet-milled rice flour",
        "Laboratory study offered as a reference service: flours from wet, dry, semi-dry and jet milling were compared for particle size, damaged "
        "starch, pasting, gel and digestibility. Semi-dry and wet-milled flours behaved alike and better than dry and jet milling; the extended "
        "glycaemic index was 85.30 (wet), 89.97 (semi-dry), 94.47 (dry) and 99.27 (jet).",
    ),
    (
        "mKo028",
        "vi",
        "grind_types",
        "Phân biệt bột xay khô, xay ướt và bột nước cho các loại bánh",
        "Hướng dẫn kỹ thuật: bột xay khô từ gạo không ngâm, ít ẩm, dễ bảo quản nhưng thô, kém mịn; bột xay ướt qua vo, ngâm tới khi hạt nở "
        "mềm, mịn và dẻo hơn nhưng ẩm cao, khó bảo quản; bột nước xay cả nước rồi ép ráo, thường 80-90% nếp và 10-20% tẻ, mịn nhất, dùng "
        "cho bánh đặc biệt.",
    ),
    (
        "mKo029",
        "en",
        "starter_ifoodmm",
        "Starter cultures for fermented rice noodles",
        "Researchers isolated 41 yeasts and 60 lactic acid bacteria from traditional rice-noodle fermentation and screened them for enzymes, "
        "acidification and growth. Noodles fermented with Lactobacillus plantarum CSL23 had higher tensile strength, hardness and cohesiveness "
        "with lower stickiness and cooking loss; Saccharomyces cerevisiae CSY13 was the best yeast. Both are proposed as starters for consistent "
        "large-scale production.",
    ),
    (
        "mKo030",
        "vi",
        "spkx_pure",
        "Lên men thuần chủng gạo làm bún, cải thiện độ dai",
        "Kết quả so sánh lên men tự nhiên với lên men thuần chủng hai chủng vi khuẩn lactic và hai chủng nấm men: lên men 36-48 giờ bằng "
        "Lactobacillus plantarum CSL23 cho sợi bún có ứng suất kéo, độ cứng, độ đàn hồi, độ nhai cao nhất và hao hụt khi nấu thấp nhất; lên men "
        "tự nhiên 60 giờ ở mức trung bình. Sẵn sàng chuyển giao quy trình lên men có kiểm soát.",
    ),
    (
        "mKo031",
        "en",
        "maxtex",
        "Wet milling equipment for fine rice flour",
        "Equipment firm supplying wet-milling systems for rice flour: the rice is ground dispersed in water, the slurry is decanted to wet flour, "
        "dried with hot air and sieved to the target particle size. Wet milling reaches finer particles than dry milling and improves the "
        "physical properties of the end product; dry milling lines are also available.",
    ),
    (
        "mKo032",
        "vi",
        "omero",
        "Điều kiện ngâm gạo khi xay bột với nước",
        "Nghiên cứu (Nhật Bản) về bột gạo xay có nước và ảnh hưởng của điều kiện ngâm: ngâm làm hạt hút nước, mềm, dễ nghiền; xay khô bằng nghiền "
        "phản lực cho bột mịn nhưng tăng tinh bột tổn thương, kém nở khi làm bánh. Cung cấp thông số ngâm phù hợp để xay bột gạo mịn, ít hỏng tinh bột.",
    ),
    # --- distractors: paddy milling and drying ---
    (
        "mKo033",
        "en",
        "irri_compact",
        "Compact two-stage rubber-roll rice mill",
        "IRRI promotes a compact rice mill with two-stage rubber rollers to replace old Engelberg hullers: at least 5% higher milling recovery, "
        "fewer broken grains (down 62% on average for local varieties), and bran separated from husk so it can be sold; the husk can fuel "
        "dryers or furnaces.",
    ),
    (
        "mKo034",
        "vi",
        "mini_rice_mill",
        "Nhà máy xay xát lúa mini 500 kg thóc/giờ",
        "Mô hình nhà máy xay xát mini do CFTRI (Ấn Độ) phát triển: máy bóc vỏ phân loại theo tỷ trọng tách riêng với máy đánh bóng, tăng 1-4% "
        "gạo nguyên, thu cám sạch không lẫn trấu, kiểm soát độ xát; công suất thấp nhất 500 kg thóc/giờ, có thể làm dịch vụ xay thuê.",
    ),
    (
        "mKo035",
        "en",
        "aciar",
        "Two-stage paddy drying for wet-season harvests",
        "ACIAR grain-drying project in Vietnam: paddy above 30% moisture is dried quickly to 18% in a first stage, then slowly to the safe 14% "
        "for storage. Earlier warehouse dryers of 80-400 t were trialled; the new work designs an economic first-stage dryer and a grain depth "
        "of 4 m instead of 2 m.",
    ),
    # --- shelf life of fresh noodles without borax ---
    (
        "mKo036",
        "en",
        "chitosan_fc",
        "Mould-free shelf-life extension of fresh rice noodles with chitosan",
        "Kasetsart University researchers combined chitosan with common permitted food preservatives to keep fresh rice noodles free of mould "
        "for longer (Food Control, 2022). The work targets the very short shelf life of wet rice noodles and the contamination risks of "
        "spoiled noodles; formulation support is available.",
    ),
    (
        "mKo037",
        "vi",
        "chitosan_lwt",
        "Bổ sung chitosan làm chất bảo quản tự nhiên cho bánh phở, hủ tiếu dẹt",
        "Nghiên cứu của ĐH Kasetsart và ĐH Khoa học Hải dương Tokyo: thêm dung dịch chitosan 0,33-0,5 g/100 mL axit axetic vào bột làm sợi gạo dẹt. "
        "Chitosan không đổi độ ẩm, chỉ giảm nhẹ pH và độ trắng; khi bảo quản 5 ngày ở 30°C nó làm chậm sợi cứng lại và mất đàn hồi. "
        "Là chất bảo quản tự nhiên thay thế hoá chất cấm.",
    ),
    (
        "mKo038",
        "en",
        "cmu_vacuum",
        "Vacuum nylon-pouch packing for fresh rice noodles",
        "Chiang Mai University packaging technologists compared HDPE wrap, HDPE, PET and nylon pouches for vacuum-packed fresh rice noodles. "
        "Nylon pouches gave the longest shelf life, 13 days at 25°C; at 4°C growth of microbes and pH fall slowed and shelf life reached "
        "29 days, limited by retrogradation.",
    ),
    (
        "mKo039",
        "vi",
        "map_irrad",
        "Bao gói khí điều biến kết hợp chiếu xạ liều thấp cho sợi mì tươi",
        "Nghiên cứu bao gói khí điều biến cho mì tươi bảo quản ở 28°C: hỗn hợp 70% CO2 + 30% N2 kéo dài hạn dùng từ 2 lên 3 ngày; kết hợp chiếu xạ "
        "1-3 kGy kéo thêm 5-8 ngày mà không làm giảm chất lượng nấu, cấu trúc, cảm quan (liều 5 kGy kéo 11 ngày nhưng làm giảm chất lượng).",
    ),
    (
        "mKo040",
        "vi",
        "banhcuon_safe",
        "Quy trình làm bánh cuốn, bánh ướt ngon mà không dùng hàn the",
        "Hướng dẫn kỹ thuật làm bánh tráng hơi an toàn: chọn gạo tẻ ngon, hạt đều, ngâm 4-6 giờ, xay mịn với lượng nước vừa đủ, ủ bột 4-6 giờ "
        "cho kết cấu mịn, khuấy đều trước khi tráng, tráng nhanh trên vải căng khi nước sôi già. Giúp đạt độ dẻo dai mà không cần hàn the.",
    ),
    # --- borax and banned-chemical testing ---
    (
        "mKo041",
        "en",
        "turmeric_iop",
        "Home-made turmeric paper as a rapid borax test",
        "Researchers validated a cheap, home-made turmeric paper for detecting borax in crackers against laboratory methods (AOAC 970.33 for boric "
        "acid and borates, and a pharmacopoeia colour test). Six of ten market samples tested positive, fully consistent with the laboratory, so "
        "producers and inspectors can screen without a lab; materials come from the local market and pharmacy.",
    ),
    (
        "mKo042",
        "vi",
        "toto_turmeric",
        "Que thử hàn the tự làm từ củ nghệ",
        "Hướng dẫn làm giấy thử hàn the: xay nghệ tươi, ngâm với cồn 70-90%, lọc bỏ bã, nhúng giấy lọc cắt dải cho thấm vàng rồi hong khô trong "
        "râm. Mẫu thực phẩm trộn chút nước rồi áp giấy vào; giấy chuyển từ vàng sang đỏ là dấu hiệu có hàn the. Phù hợp tập huấn cho cơ sở nhỏ.",
    ),
    (
        "mKo043",
        "en",
        "anthocyanin_kit",
        "Borax test kit from purple sweet potato peel anthocyanin",
        "A simple borax test kit made by extracting anthocyanin from purple sweet potato peel with 96% ethanol onto filter paper. It avoids the "
        "sulphuric acid, methanol and furnace of the flame method; checked against a borax standard, the strip turns from pink to blue. Tested on "
        "crackers, tofu, meatballs and noodles, where only one sample contained borax.",
    ),
    (
        "mKo044",
        "vi",
        "tcvn8895",
        "Phương pháp kiểm tra hàn the (borat) trong giò chả theo TCVN 8895:2012",
        "Tài liệu hướng dẫn kiểm tra borat trong sản phẩm giò, chả theo tiêu chuẩn quốc gia TCVN 8895:2012, nhằm ngăn giò chả chứa hàn the ra thị "
        "trường. Nêu tác hại: liều từ 5 g gây ngộ độc cấp, liều thấp tích tụ ở gan, thận.",
    ),
    (
        "mKo045",
        "en",
        "viettin",
        "Accredited food testing laboratory (VILAS 1074)",
        "Viet Tin Analysis Testing Co., Ltd. in Ho Chi Minh City runs a laboratory accredited under VILAS 1074 for chemical and biological tests "
        "on food, with named approved signatories for each field. Test reports can support product self-declaration and periodic checks.",
    ),
    (
        "mKo046",
        "vi",
        "cha_lua_test",
        "Dịch vụ kiểm nghiệm chả lụa, giò sống, chả viên",
        "Dịch vụ kiểm nghiệm nhóm sản phẩm thịt xay hấp, chiên, luộc: chỉ tiêu vi sinh, kim loại nặng, phụ gia, hàn the, phẩm màu và chất bảo "
        "quản vượt mức; kết quả làm hồ sơ công bố sản phẩm.",
    ),
    # --- rice cakes: shelf life ---
    (
        "mKo047",
        "en",
        "kfri_halal",
        "Natural alternatives to ethanol for preserving rice cakes",
        "Korea Food Research Institute tested grapefruit seed extract and a mix of citrus extracts and organic acids as alcohol-free preservatives "
        "for rice cakes (tteok). The citrus-acid mix cut total plate count by 3.65 log CFU after 28 days, hardness held for 28 days and colour "
        "did not change, though only ethanol reduced yeasts and moulds.",
    ),
    (
        "mKo048",
        "en",
        "retort",
        "Retort sterilisation of filled rice cakes",
        "Study on retort sterilising songpyeon, a filled rice cake whose recommended shelf life is only one day at room temperature. Heating at "
        "121°C for 15 minutes eliminated Bacillus cereus and B. subtilis; plate, yeast, mould and coliform counts fell below detection. "
        "17 minutes gave the best appearance, taste and overall acceptance.",
    ),
    (
        "mKo049",
        "vi",
        "haui_dong",
        "Công nghệ bảo quản kéo dài hạn dùng bánh truyền thống (ĐH Công nghiệp Hà Nội)",
        "Trường ĐH Công nghiệp Hà Nội nghiên cứu thành công công nghệ kéo dài thời hạn sử dụng cho các loại bánh làng Dòng (Lâm Thao, Phú Thọ) như "
        "bánh dày, bánh nẳng, bánh đúc, bánh gai, vốn chỉ giữ được 3-4 ngày, riêng bánh dày, bánh đúc chỉ 1 ngày, rồi bị ôi thiu, chảy nhớt "
        "hoặc cứng vỏ. Cải tiến quy trình giúp bánh đi được tỉnh xa và hướng tới xuất khẩu.",
    ),
    (
        "mKo050",
        "en",
        "haui_nang",
        "Permitted additive combination extending glutinous rice cake shelf life to 12 days",
        "Hanoi University of Industry worked out additive doses for the glutinous rice 'nang' cake of Dong village, which otherwise sours and "
        "moulds after 5-6 days: potassium sorbate E202 1.0 g, sodium propionate E281 3.0 g and sorbitol E420i 25 g per kg of soaked rice. "
        "Treated cakes met Ministry of Health hygiene limits and kept 12 days.",
    ),
    (
        "mKo051",
        "vi",
        "clo2",
        "Xử lý ClO2 dạng khí kết hợp sấy nhiệt độ thấp cho bánh gạo",
        "Nghiên cứu của ĐH Quốc gia Kangwon (Hàn Quốc): sấy bánh gạo ở 10°C trong 0-24 giờ có phun ClO2 gián đoạn để khởi động thoái hoá tinh bột, "
        "giảm dính dao khi cắt và kéo dài hạn dùng. Độ cứng tăng từ khoảng 901 g lên 12.653 g, độ dính giảm từ khoảng 3.614 xuống 535 g.",
    ),
    (
        "mKo052",
        "vi",
        "thanhnien_tet",
        "Giải pháp hút chân không, cấp đông từng phần cho bánh chưng, bánh tét",
        "Hướng dẫn bảo quản bánh chưng, bánh tét: để ngoài nhiệt độ phòng được 7-10 ngày, hút chân không từng đòn kéo lên 12-15 ngày; cắt miếng "
        "nhỏ bọc màng PE rồi cấp đông dùng dần cả tháng, tránh rã đông nhiều lần. Máy hút chân không và màng phù hợp cho cơ sở nhỏ.",
    ),
    (
        "mKo053",
        "en",
        "semidried_storage",
        "Storage study of semi-dried rice noodles at room temperature",
        "Hunan researchers tracked semi-dried rice noodles stored at 25°C: plate count, cooked break rate, cooking loss and yellowness rose while "
        "rehydration and moisture fell; hardness and chewiness increased as crystallinity went from 3.48% to 18.62%. Quality loss came from "
        "microbial growth, retrogradation and moisture migration together, which points to where shelf-life measures should act.",
    ),
    # --- banh it, leaf cakes, cooperatives ---
    (
        "mKo054",
        "vi",
        "banhit_binhdinh",
        "Phát triển bánh ít lá gai thành đặc sản hướng xuất khẩu",
        "Kinh nghiệm của Bình Định (Trung tâm Thông tin và Thống kê KH&CN, Sở KH&CN) trong đưa bánh ít lá gai từ quà biếu thành sản phẩm đặc trưng "
        "hướng xuất khẩu: chọn lá gai hái sớm còn sương cho màu đẹp, nếp ngon, đậu xanh, dừa Tam Quan cơm dày; chuẩn hoá bánh hình chóp đáy vuông.",
    ),
    (
        "mKo055",
        "en",
        "ducyen",
        "Cooperative model for traditional leaf-wrapped rice cakes",
        "The Duc Yen banh gai cooperative (Ha Tinh), set up in 2016 with 13 members, grew from village stalls to 4 million cakes and VND12 billion "
        "revenue in 2020, with OCOP 3-star status, traceability and supermarket listings, employing more than 42 workers. Its organisation, "
        "sourcing of gai leaves and OCOP path are shared with other cake makers.",
    ),
    # --- steaming equipment ---
    (
        "mKo056",
        "vi",
        "daiviet_steam",
        "Tủ hấp công nghiệp chọn theo công suất, nhiên liệu điện, gas hoặc kết hợp",
        "Cơ Khí Đại Việt thiết kế, chế tạo tủ hấp và tủ nấu cơm công nghiệp bằng inox theo ISO 9001:2015: chọn số khay theo sản lượng mỗi ca, "
        "nhiên liệu điện, gas hay hybrid theo hạ tầng; có van xả áp, chống giật, nghiệm thu 10 điểm và dự toán chi phí sở hữu 12 tháng.",
    ),
    (
        "mKo057",
        "en",
        "daiviet_dual",
        "Dual gas and electric steam cabinet",
        "Stainless steam cabinet that switches between gas and electricity to avoid stoppages and control running costs. Saturated steam cooks "
        "trays evenly; double stainless walls with foam insulation shorten heat-up and save fuel; automatic water feed and a pressure relief "
        "valve keep repeated batches stable.",
    ),
    # --- steamed buns ---
    (
        "mKo058",
        "en",
        "shengzhou",
        "Frozen steamed-bun production know-how from Shengzhou",
        "Shengzhou (Zhejiang) has grown small steamed buns into an industry worth 11 billion yuan a year; one food company there makes nearly "
        "500,000 frozen buns a day on lines for dough making, filling and steaming, and ships over 3,000 online parcels daily. Line layout, "
        "standardised processes and training experience are offered.",
    ),
    (
        "mKo059",
        "vi",
        "ninghua",
        "Máy tạo hình bánh bao, xíu mại tự động",
        "Kinh nghiệm một doanh nghiệp ở Ninh Hoá (Phúc Kiến): đầu tư hơn 100 nghìn nhân dân tệ mua máy tạo hình bánh bao công suất 2.000 cái/giờ, "
        "sau 3 tháng điều chỉnh đã dùng để làm xíu mại; đưa vỏ và nhân vào máy, 20 phút ra hơn 600 cái, nhanh gấp hơn 30 lần làm tay mà hình "
        "thức, hương vị không thua.",
    ),
    (
        "mKo060",
        "en",
        "flourpedia",
        "Special flours and frozen or chilled steamed buns",
        "Technical review of steamed-bun commercialisation: manual making has given way to automated lines, special steamed-bread flours are "
        "milled across Asia, and buns are sold frozen or chilled in supermarkets or hot in convenience stores, needing only 1-2 minutes of reheating.",
    ),
    (
        "mKo061",
        "vi",
        "winenfood",
        "Công thức vỏ bánh bao trắng, xốp, nở đều",
        "Hướng dẫn vỏ bánh bao trắng và nứt đẹp: dùng bột mì làm bánh ít đạm cho ruột mềm, thêm 1 thìa cà phê giấm trắng và bột nở tác dụng kép để "
        "vỏ trắng, nở xốp; tỷ lệ mẫu 400 g bột, 7 g men, sữa và nước ấm khoảng 43°C, hấp 15 phút.",
    ),
    (
        "mKo062",
        "en",
        "eatsip",
        "Low-protein flour for light, white Vietnamese steamed buns",
        "Recipe development note: swapping all-purpose flour for low-protein cake flour limits gluten and turns dense, yellowish banh bao into "
        "light, white buns; method tested over many trials for 12 buns, 45 minutes preparation and 15 minutes steaming.",
    ),
    # --- bakery ovens ---
    (
        "mKo063",
        "vi",
        "iql",
        "Tư vấn chọn lò sàn, lò đối lưu hay lò xoay cho bánh mì",
        "IQL phân tích hiệu quả nướng bánh mì dài và bánh mì gối trên lò sàn, lò đối lưu và lò xoay: lò sàn truyền nhiệt từ đáy cho vỏ giòn nhưng "
        "cần thợ kinh nghiệm chỉnh hơi nước; lò đối lưu dùng quạt cho bánh chín đều, có chức năng phun hơi; lò xoay cho mẻ lớn. Kèm thông số kỹ "
        "thuật các dòng lò.",
    ),
    (
        "mKo064",
        "en",
        "foodtechinfo",
        "Deck and rack oven energy ratings for bakeries",
        "Process brief for bakeries: a deck oven has independent stacked chambers kept at different temperatures, rated about 20,000-120,000 Btu/h "
        "or 6-12 kW, suited to smaller batches of specialty breads and cakes; rack and rotating ovens are loaded a rack at a time, rated up to "
        "about 500,000 Btu, mostly gas-fired, with steam for moisture control.",
    ),
    (
        "mKo065",
        "en",
        "norstar",
        "Convection ovens of 5 to 12 trays for retail bakeries",
        "Bakery equipment supplier: deck ovens with separately controlled top and bottom heat for artisan bread; convection ovens of 5, 8, 10 or "
        "12 trays whose fans circulate heat, baking up to 25% faster at lower temperature without preheating; rotary rack or tunnel ovens for "
        "industrial plants.",
    ),
    (
        "mKo066",
        "vi",
        "tiemdobanh",
        "Danh mục máy móc đầu tư cho lò bánh mì đạt chuẩn",
        "Tư vấn trang bị tiệm bánh mì: máy trộn, máy cán, máy chia, máy cuốn bột, tủ ủ lên men 45-50 phút và lò nướng có phun hơi nước (lò đối lưu "
        "hoặc lò xoay) để vỏ nứt giòn, vàng. Lò củi truyền thống khó được đăng ký kinh doanh do yêu cầu vệ sinh an toàn thực phẩm.",
    ),
    (
        "mKo067",
        "en",
        "cnglead",
        "Temperature control practice for bakery deck ovens",
        "Guide from a deck-oven maker on what matters in temperature control: heat distribution across each deck, recovery after loading, and "
        "monitoring systems, so every bake cycle gives the same crust while saving energy and cutting waste.",
    ),
    (
        "mKo068",
        "en",
        "pia_khuyencong",
        "Tunnel oven and automatic encrusting machine for filled pastries",
        "Soc Trang industry-promotion centre co-funded advanced equipment for banh pia makers (group project budget VND1.396 billion approved by "
        "the Ministry of Industry and Trade): Tan Loc Phat installed a conveyor oven of 50-100 cakes a minute and an automatic filling-and-wrapping "
        "machine of 50-100 cakes a minute. The province has 55 pia makers, 40,000 t a year, 2,000 workers.",
    ),
    (
        "mKo069",
        "vi",
        "pia_congthuong",
        "Hiện đại hoá sản xuất bánh pía, thương mại hoá đặc sản",
        "Sở Công Thương Sóc Trăng chia sẻ hướng đưa bánh pía từ làm thủ công sang đầu tư hiện đại, xúc tiến thương mại cho nông sản và đặc sản "
        "làng nghề; hỗ trợ cơ sở tiếp cận thiết bị, thị trường trong và ngoài tỉnh.",
    ),
    (
        "mKo070",
        "en",
        "fridge_dough",
        "Refrigerated-dough method for small bakeries",
        "Baking process package: a small bakery using 1.5-2.5 kg of flour a day can mix dough for 20-30 kg of flour at once and refrigerate it, "
        "then thaw, proof and bake for the noon and 5-6 p.m. selling peaks; chain central factories can supply dough to shops. Step sequences for "
        "pre-divided and pre-shaped refrigerated dough are given.",
    ),
    (
        "mKo071",
        "vi",
        "frozen_baking",
        "Bán thành phẩm bánh nướng đông lạnh cho cửa hàng",
        "Mô hình bánh nướng đông lạnh: nhà máy cung cấp phôi bánh cấp đông, cửa hàng chỉ lấy ra nướng là có bánh tươi, giảm phụ thuộc thợ lành nghề; "
        "các doanh nghiệp như Likao, Nanqiao mở rộng sản xuất bán cho tiệm nhỏ, chuỗi trà, cà phê, siêu thị.",
    ),
    # --- bread shelf life ---
    (
        "mKo072",
        "en",
        "domson",
        "Anti-staling toolkit for packaged bread",
        "Bakery academy guide: an unprotected tin loaf firms within 24 hours and is stale in 2-3 days, yet packaged bread needs 5-7 days. Staling "
        "comes from starch retrogradation and moisture migration; the toolkit covers MDG emulsifiers, SSL, maltogenic versus standard "
        "alpha-amylase, sourdough, hydrocolloids, mould control and packaging.",
    ),
    (
        "mKo073",
        "vi",
        "aib",
        "Chất nhũ hoá và enzyme chống hoá già bánh mì",
        "Tư vấn kỹ thuật từ AIB: monoglycerid, diglycerid và SSL tạo phức với tinh bột, làm chậm hoá già thêm khoảng 3-5 ngày; để kéo dài hơn, "
        "dùng hỗn hợp enzyme, chủ yếu amylase maltogenic kèm hemicellulase, xylanase để giữ ruột bánh mềm.",
    ),
    (
        "mKo074",
        "en",
        "bakingbiz",
        "Enzymes for softer cakes and longer shelf life",
        "Ingredient suppliers' advice: lipases build mono- and diglycerides in the dough to stabilise gas cells; xylanases release water and give "
        "finer, softer crumb. For cakes, prefer softening blends based on amylases, possibly with xylanases, since lipases can free fatty acids "
        "that turn rancid; enzymes need water and time before baking.",
    ),
    # --- baker training ---
    (
        "mKo075",
        "vi",
        "lbf_tdc",
        "Đào tạo nghề thợ bánh mì, bánh Pháp miễn phí cho thanh niên khó khăn",
        "Dự án Lò bánh mì Pháp của Viện Hợp tác phát triển châu Âu (IECD) và Trường CĐ Công nghệ Thủ Đức đào tạo 16-20 tháng cho thanh niên "
        "18-23 tuổi hoàn cảnh khó khăn: thực hành làm bánh, lý thuyết, kỹ năng sống, tiếng Anh, ở ký túc xá, chỉ đóng 150.000 đồng/tháng; "
        "mỗi năm 20 học viên, tốt nghiệp đều có việc.",
    ),
    (
        "mKo076",
        "en",
        "lbf_thanhnien",
        "French bakery vocational course with internships",
        "La Boulangerie Francaise project in Thu Duc (with Thu Duc College of Technology and IECD, since 2017) has trained more than 130 "
        "disadvantaged young people aged 18-23 from across the country as bakers; a token fee of VND150,000, free board, internships in 5-star "
        "hotels and a steady job after about a year.",
    ),
    # --- distractors around bakery and restaurants ---
    (
        "mKo077",
        "en",
        "shaobing",
        "Automatic oven for traditional Jinyun shaobing rolls",
        "A Zhejiang inventor developed a fridge-sized automatic oven that reheats four Jinyun barrel-baked rolls at a time in about two and a half "
        "minutes with a crisp crust, meant for shops and festivals selling the snack.",
    ),
    (
        "mKo078",
        "vi",
        "pho_pot",
        "Nồi nấu phở điện cho quán ăn",
        "Cơ Khí Hải Minh cung cấp nồi nấu phở điện inox 304 dung tích 20-300 lít, bộ 2-3 nồi hầm xương, nước dùng, nhúng bánh; tư vấn công suất "
        "220V/380V, mẹo tiết kiệm điện 15-25% cho quán phở, bún.",
    ),
    (
        "mKo079",
        "en",
        "baromi",
        "Rice flour as wheat substitute in white bread",
        "Gangneung-Wonju National University (Korea) replaced 20-100% of wheat flour in white bread with flour of the soft rice variety Baromi 2. "
        "Fermentation expansion and loaf volume fell as rice rose, but lower substitution levels did not differ significantly from the wheat "
        "control, widening the use of rice flour in bakery products.",
    ),
    (
        "mKo080",
        "vi",
        "hpmc_gf",
        "Bánh mì không gluten từ bột gạo với HPMC",
        "Nghiên cứu (ĐH Valladolid, Tây Ban Nha) tối ưu mức hydrat hoá cho bánh mì không gluten dùng bột gạo hoặc tinh bột cùng HPMC, so với "
        "psyllium và gôm xanthan: HPMC cho thể tích riêng lớn nhất nhưng phụ thuộc mạnh vào lượng nước; với bột gạo cần chỉnh nước để bánh không cứng.",
    ),
    (
        "mKo081",
        "en",
        "ricegf_review",
        "Rice-based gluten-free bread, noodles and beer: technology review",
        "National Institute of Crop Science (Korea) review of rice-based gluten-free foods: blending gluten-free grains, additives that mimic "
        "gluten for dough leavening, starch pre-processing and extrusion puffing to improve bread and noodle quality; rice already serves as a "
        "partial replacement in commercial bread, noodles and beer.",
    ),
    # --- flours, premixes, rice raw material ---
    (
        "mKo082",
        "en",
        "vibs",
        "Vietnam International Bakery Equipment Show",
        "The first Vietnam International Bakery Equipment Show gathered 70 exhibitors from Japan, China, Korea and Taiwan with baking and packaging "
        "machines, in a bread and pastry market estimated at US$630 million and growing 20-30% a year, as bakeries race to adopt newer machinery.",
    ),
    (
        "mKo083",
        "en",
        "nisshin",
        "Bakery and frying premixes made in Vietnam",
        "Vietnam Nisshin Technomic, a Nisshin Foods and Nisshin Seifun venture, opened a 10,000 m² premix plant with about 100 workers in Amata "
        "City Industrial Park, Bien Hoa (Dong Nai) in 2019, with 9,000 t a year of premixes for deep-fried foods, bakery and confectionery and "
        "local R&D to develop new products for Vietnamese customers.",
    ),
    (
        "mKo084",
        "vi",
        "nisshin",
        "Bột trộn sẵn cho bánh nướng, bánh kẹo và đồ chiên sản xuất tại Đồng Nai",
        "Nhà máy bột trộn sẵn của Vietnam Nisshin Technomic tại KCN Amata (Biên Hoà), vốn khoảng 342 tỷ đồng, công suất 9.000 tấn/năm, cung cấp "
        "premix cho bánh nướng, bánh kẹo và đồ chiên tẩm bột, thay hàng trước đây nhập từ Thái Lan; có bộ phận nghiên cứu phát triển sản phẩm theo yêu cầu.",
    ),
    (
        "mKo085",
        "vi",
        "brn_yield",
        "Quy trình bún gạo lứt từ lúa vụ sớm",
        "Kết quả nghiên cứu (đăng Scientific Reports, 2021): bún gạo lứt làm từ hai giống lúa vụ sớm cho năng suất sợi cao hơn bún gạo trắng 12-19%; "
        "tỷ lệ đứt và hao hụt khi nấu cao hơn 5-10% nhưng vẫn trong mức chấp nhận, độ cứng và độ nhai thấp hơn 21-27%. Là hướng tiêu thụ lúa kém "
        "ưa chuộng làm cơm.",
    ),
    (
        "mKo086",
        "en",
        "brn_bran",
        "Rice bran level and retrogradation time for brown rice noodles",
        "Hubei study on brown rice noodles: adding rice bran changed pasting and gel properties, cut optimal cooking time and water absorption to "
        "14.9% and 41.9%, but raised breaking rate from 2.2% to 23.3% and darkened colour. A retrogradation time of 7 hours gave lower breakage, "
        "good hardness and chewiness and the best acceptance.",
    ),
    (
        "mKo087",
        "vi",
        "bran_bread",
        "Bổ sung cám gạo trong sản xuất bánh mì",
        "Luận văn thạc sĩ công nghệ thực phẩm (ĐH Bách khoa, ĐHQG TP.HCM, 2018, hướng dẫn PGS.TS Nguyễn Hoàng Dũng) nghiên cứu khả năng bổ sung cám "
        "gạo vào bánh mì; chuyển giao công thức, mức bổ sung và quy trình để tận dụng cám gạo làm bánh mì giàu xơ.",
    ),
    (
        "mKo088",
        "en",
        "guangxi",
        "Choosing rice varieties for better rice noodles",
        "Guangxi Academy of Agricultural Sciences linked four local rice cultivars used for noodles to noodle quality: amylose correlated strongly "
        "with peak and trough viscosity, which in turn related to lower stickiness and higher chewiness and hardness; protein related to setback "
        "and retrogradation. The method helps pick raw rice for noodle factories.",
    ),
    (
        "mKo089",
        "en",
        "mfu",
        "Quality benchmarking of dried rice noodles",
        "Mae Fah Luang University compared eight commercial dried rice noodles (five white, three coloured) for composition, amylose, colour, "
        "pasting, cooking quality, texture and sensory scores. Lowest cooking loss was 0.11% for white and 2.03% for coloured noodles; higher "
        "setback and final viscosity and tensile strength gave higher acceptance.",
    ),
    (
        "mKo090",
        "vi",
        "tiendien",
        "Bún khô bí đỏ, bún gấc từ gạo địa phương",
        "Mô hình của HTX Mì, bún khô Tiến Diện (Võ Nhai, Thái Nguyên): thu mua gạo, thóc sản xuất theo VietGAP của hai xã, tự trồng bí đỏ, gấc an "
        "toàn để làm bún bí đỏ, bún gấc, đăng ký OCOP. Chia sẻ kỹ thuật đánh bột, tỷ lệ nước, phối rau củ tạo màu tự nhiên.",
    ),
    # --- packaging, labels, traceability ---
    (
        "mKo091",
        "vi",
        "stilldesign",
        "Tư vấn bao bì, nhãn mác đạt tiêu chí OCOP",
        "Still Design cung cấp khung tiêu chí chấm bao bì OCOP và thiết kế theo đó: tên hàng, khối lượng, thành phần, NSX, HSD, bảo quản, "
        "tổ chức chịu trách nhiệm, mã vạch GTIN, QR truy xuất, ký hiệu tái chế; nhận diện thương hiệu, câu chuyện địa phương; song ngữ cho kênh "
        "du lịch, xuất khẩu; cỡ chữ tối thiểu 6-7 pt.",
    ),
    (
        "mKo092",
        "en",
        "mic_ocop",
        "Packaging design consulting for OCOP and craft-village products",
        "Agricultural Trade Promotion Centre runs packaging design consultations for OCOP and craft-village products at the national fair. "
        "Products of 4 stars and up show packaging investment, while 2-3 star ones have complete but uncreative labels and 1-star ones often "
        "have none; supermarket buyers explain what packaging they need.",
    ),
    (
        "mKo093",
        "en",
        "labthink_alu",
        "Oxygen transmission testing of noodle packaging films",
        "Labthink tests the oxygen barrier of packaging films with a C230H oxygen transmission rate tester (manometric method). In a study of "
        "aluminised composite films from three makers, rates ranged from over 41 down to 1.6 cm³/(m²·day), so producers should test films "
        "before choosing one.",
    ),
    (
        "mKo094",
        "vi",
        "labthink_pr",
        "Kiểm tra tính cản khí, cản ẩm của bao bì sản phẩm sợi khô",
        "Labthink cung cấp thiết bị và dịch vụ kiểm tra tính cản của bao bì mì ăn liền: tốc độ truyền khí (oxy, nitơ, CO2) và hơi nước, làm căn "
        "cứ phân tích hạn dùng, tránh ôi dầu, hút ẩm, mốc.",
    ),
    (
        "mKo095",
        "vi",
        "qr_trace",
        "Tem QR truy xuất nguồn gốc cho sản phẩm thực phẩm",
        "Giải pháp mã QR truy xuất nguồn gốc: mỗi sản phẩm mang mã để công khai quy trình sản xuất, nguồn nguyên liệu, ngày sản xuất, chứng nhận "
        "chất lượng, tăng niềm tin khách hàng và chống hàng giả; kết nối cổng thông tin truy xuất nguồn gốc.",
    ),
    (
        "mKo096",
        "en",
        "qr_vtc",
        "QR-code traceability stamps for food producers",
        "QR stamp system for food, farm and fishery products: the code can hold product information and production process, read by any "
        "smartphone; producers use it to manage product flows, protect their brand and prove origin.",
    ),
    # --- distractors: grain packaging ---
    (
        "mKo097",
        "en",
        "yadan",
        "Rice grain packaging: woven, vacuum and gas-filled bags",
        "Packaging supplier comparing plain polypropylene woven bags for rice above 5 kg (about three months' shelf life, poor moisture barrier), "
        "vacuum composite bags that limit insects and mould, and inflatable gas-filled bags.",
    ),
    (
        "mKo098",
        "en",
        "soonk",
        "Automatic rice bagging machine",
        "Automatic rice packaging machines with precision weighing scales, automatic bag filling and sealing, high-speed bagging and sensors for "
        "packing errors, for rice millers and traders.",
    ),
    # --- certification and testing ---
    (
        "mKo099",
        "en",
        "haccp_blog",
        "HACCP certification support in Vietnam",
        "Consultancy guiding Vietnamese food businesses to HACCP certification: gap analysis, hazard analysis, critical control points, limits, "
        "monitoring, corrective actions, training and records, followed by audit by an accredited body; helps meet domestic law and import rules "
        "of export markets.",
    ),
    (
        "mKo100",
        "vi",
        "bepvesinh",
        "Xây dựng hệ thống HACCP, GMP, SSOP cho cơ sở chế biến",
        "Tư vấn xây dựng hệ thống quản lý an toàn thực phẩm HACCP: phân tích mối nguy, xác định điểm kiểm soát tới hạn, kèm chương trình GMP "
        "(thực hành sản xuất tốt) và SSOP (quy phạm vệ sinh) từ nguyên liệu đến đóng gói, bảo quản, phân phối; hướng dẫn đạt chứng nhận.",
    ),
    (
        "mKo101",
        "vi",
        "iso22000_art",
        "Áp dụng ISO 22000 cho doanh nghiệp thực phẩm",
        "Tài liệu và tư vấn áp dụng ISO 22000:2005, hệ thống quản lý an toàn thực phẩm quốc tế, so sánh với HACCP; bối cảnh khoảng 30% mẫu thức ăn "
        "đường phố không đạt vi sinh và phụ gia ngoài danh mục vẫn bị dùng.",
    ),
    (
        "mKo102",
        "en",
        "brc_flour",
        "HACCP and BRC system for a flour mill",
        "Thesis project building the prerequisite programmes and HACCP plan under BRC version 7 for the flour production process at Vietnam "
        "Flour Mills JSC: plant assessment, facilities, equipment and process review; a template for mills seeking BRC certification.",
    ),
    (
        "mKo103",
        "vi",
        "kiemnghiem_faq",
        "Tư vấn tần suất kiểm nghiệm định kỳ sản phẩm đã tự công bố",
        "Dịch vụ tư vấn công bố sản phẩm: sản phẩm đã tự công bố phải kiểm nghiệm định kỳ; cơ sở có chứng nhận HACCP, ISO kiểm nghiệm 1 lần/năm, "
        "sản phẩm thời vụ như bánh trung thu 1 lần/năm, các cơ sở khác 2 lần/năm. Hỗ trợ lấy mẫu và gửi phòng thí nghiệm.",
    ),
    (
        "mKo104",
        "en",
        "seafdec",
        "National HACCP training programme for fish processing",
        "SEAFDEC paper on Vietnam's first HACCP courses (FAO and INFOFISH, 1991) and trials in five frozen-fish plants under NAFIQACEN, concluding "
        "that GMP should come first on the way to HACCP in fish processing.",
    ),
    (
        "mKo105",
        "en",
        "pia_halal",
        "Halal certification experience for pastry exports",
        "Soc Trang pastry makers Cong Lap Thanh (Halal certified 2013) and Tan Hue Vien (2014) export banh pia to the US, Europe, China, Malaysia "
        "and India; shipments of 20 t every two months earn VND1.4-2 billion each. They share the Halal and export route and how shelf life "
        "was raised beyond the one month of hand-made cakes.",
    ),
    (
        "mKo106",
        "vi",
        "hopquy_bia",
        "Thủ tục công bố hợp quy cho công ty rượu bia",
        "Tài liệu hướng dẫn trình tự, hồ sơ chứng nhận và công bố hợp quy cho sản phẩm rượu, bia: căn cứ pháp lý, phương thức chứng nhận, chi phí, "
        "tổ chức chứng nhận.",
    ),
    # --- wastewater and energy ---
    (
        "mKo107",
        "vi",
        "bun_wwtp",
        "Thiết kế, thi công hệ thống xử lý nước thải sản xuất bún",
        "Môi trường Quang Tiến Phát thiết kế và thi công hệ thống xử lý nước thải bún 150 m³/ngày đêm ở Long Khánh (Đồng Nai). Nước thải từ ngâm "
        "gạo, xay, rửa bún có BOD5 800-1.200 mg/L, COD 1.500-2.000 mg/L, TSS 500-800 mg/L; công nghệ sinh học kết hợp cơ học, hoá lý.",
    ),
    (
        "mKo108",
        "en",
        "vast_wetland",
        "Low-cost wastewater treatment for vermicelli villages",
        "Institute of Environmental Technology (VAST), Assoc. Prof. Bui Thi Kim Anh: vermicelli village wastewater treated only by biogas tanks "
        "still exceeds standards 2-8 times. The model separates starch and solids, digests in a biogas tank, then passes a fixed-media biofilter "
        "and surface and subsurface flow constructed wetlands; piloted in Da Mai ward, Bac Giang, rated Excellent.",
    ),
    (
        "mKo109",
        "en",
        "khacniem",
        "Distributed wastewater treatment for rice noodle villages",
        "Vietnam Cooperative Alliance study in Khac Niem rice noodle village (Bac Ninh): BOD5 1.57-4.31 times, SS 4.6 times and coliforms 4.2-4.4 "
        "times over limits. It proposes distributed treatment for organic wastewater under 1,000 m³/day, working by microbes and natural "
        "processes without chemicals, little or no power and simple operation.",
    ),
    (
        "mKo110",
        "vi",
        "khacniem",
        "Xử lý nước thải phân tán cho làng nghề làm bún, mỳ gạo",
        "Giải pháp xử lý nước thải phân tán cho làng nghề sản xuất mỳ gạo quy mô dưới 1.000 m³/ngày đêm: hiệu quả cao, chịu được dao động lưu lượng, "
        "không tốn điện nếu tận dụng độ dốc, không dùng hoá chất, vận hành đơn giản, chi phí thấp; khảo sát ở làng Khắc Niệm (Bắc Ninh) cho thấy "
        "BOD5 vượt 1,57-4,31 lần.",
    ),
    (
        "mKo111",
        "vi",
        "husk_boiler",
        "Lò hơi đốt trấu tầng sôi cải tiến",
        "Nhóm ĐH Bách khoa TP.HCM nghiên cứu lò hơi đốt trấu tầng sôi cải tiến tải 3.000-5.000 kg hơi/giờ: hệ số trao đổi nhiệt buồng đốt "
        "87,7-119,2 W/m²K, nhiệt độ buồng đốt tới 813°C. ĐBSCL có khoảng 4 triệu tấn trấu/năm; lò hơi chế tạo trong nước thay hơi than, dầu.",
    ),
    (
        "mKo112",
        "en",
        "veeie",
        "Energy audits and loans for food-processing SMEs",
        "World Bank-backed Vietnam Energy Efficiency for Industrial Enterprises project studies energy use in food processing, which takes 19.2% of "
        "industrial energy with 20-30% outdated technology, and funds energy-saving subprojects with up to US$200 million in loans plus "
        "technical help for energy audits and feasibility studies, for large firms and SMEs.",
    ),
    (
        "mKo113",
        "en",
        "vasep",
        "Energy management in Mekong seafood processing plants",
        "Mekong Delta programme to save 5-8% of power in seafood and rice processing: seafood plants use 2.4 times the world average energy; "
        "energy audits and equipment upgrades in Vinh Long saved about 9.7 million kWh in 2011 and 11 million kWh in 2012.",
    ),
    # --- flattened rice (com dep) ---
    (
        "mKo114",
        "vi",
        "wesort",
        "Máy tách màu hạt cho cơ sở sản xuất cốm dẹp",
        "Wesort cung cấp máy tách màu hạt tự động, đã thẩm định đề án hỗ trợ ứng dụng thiết bị cho cơ sở cốm dẹp Long Phượng (Vĩnh Thanh, Nhơn "
        "Trạch): loại hạt lép, hạt đổi màu sau khi rang, cán; quy trình 2 kg lúa nếp cho 1 kg cốm qua ngâm, luộc, sấy, xay vỏ, cán dẹp, rang.",
    ),
    (
        "mKo115",
        "en",
        "com_tri",
        "Self-built machines for flattened green rice",
        "Nguyen Anh Tri's flattened rice workshop in Vinh Thanh (Nhon Trach, Dong Nai), supported by the provincial industry-promotion centre, runs "
        "self-made machines that cut the crew to 4-5 workers and make nearly 700 kg a day, sold to Cho Lon market; 2 kg of glutinous paddy "
        "give 1 kg of com. Machine designs and roasting know-how are shared.",
    ),
    (
        "mKo116",
        "vi",
        "com_nhontrach",
        "Cơ giới hoá sản xuất cốm dẹp truyền thống",
        "Kinh nghiệm cơ sở cốm dẹp Thanh Trí (ấp Sơn Hà, Vĩnh Thanh, Nhơn Trạch): thời ông bà làm tay chỉ được 10 kg/ngày, nay đặt hàng, cải tiến "
        "máy nhiều lần với chi phí hàng trăm triệu đồng, máy chạy liên tục từ khâu nhập lúa phơi khô đến rang, sấy; máy không bán sẵn trên thị trường.",
    ),
    # --- other distractors ---
    (
        "mKo117",
        "en",
        "mianlien",
        "Instant fried wheat noodle technology",
        "Course report on instant noodle production: history since Nissin 1958, wheat-flour raw materials and quality criteria, steaming and "
        "frying of noodle blocks, product improvements; world consumption was 43.4 billion packs in 2001.",
    ),
    (
        "mKo118",
        "en",
        "tapioca",
        "Tapioca starch factory design",
        "A new Vietnamese tapioca starch maker producing 50 t of starch a day studied the technical and management systems of a Lao plant of "
        "320 t a day with ISO 9001 and GMP certification, to design its next factory.",
    ),
    (
        "mKo119",
        "vi",
        "darin",
        "Dây chuyền ép đùn gạo nhân tạo, gạo ăn liền",
        "Dây chuyền sản xuất gạo nhân tạo: nghiền gạo thành bột, trộn nước và phụ gia, ép đùn nấu chín và tạo hạt bằng khuôn, sấy, đánh bóng, làm "
        "nguội trước khi đóng gói.",
    ),
    (
        "mKo120",
        "en",
        "cpf_pho",
        "Fully automated ready-to-eat pho plant",
        "A Thai food group makes 200,000 ready-to-eat pho meals a day with only 10 workers on AI-controlled automatic lines; the microwaveable "
        "product has an 18-month shelf life and sells in the US market.",
    ),
    (
        "mKo121",
        "vi",
        "hpp_pho",
        "Công nghệ áp suất cao HPP cho phở, bún bò tươi xuất khẩu",
        "Tập đoàn Minh Hùng ký dự án nhà máy nông sản thực phẩm dùng công nghệ xử lý áp suất cao (HPP) với đối tác Canada và Mỹ, vốn 500 tỷ đồng tại "
        "Long An, giữ hương vị tô phở, bún bò Huế, nước trái cây tới 180 ngày, nhắm thị trường Bắc Mỹ và EU.",
    ),
    (
        "mKo122",
        "en",
        "hp_fruit",
        "Heat-pump drying of fruits and vegetables",
        "Review of heat-pump drying for fruit and vegetables: principles, performance measures and product quality, the factors that maximise "
        "dryer capacity and efficiency, and why the technology is economically feasible despite being seen as fragile, slow and capital intensive.",
    ),
    (
        "mKo123",
        "en",
        "xuan_paper",
        "Hot-air drying kinetics of half-ripe rice paper sheets",
        "Paper-engineering study on thin-layer hot-air drying of half-ripe rice paper at air speeds of 1.97-3.90 m/s and 85-115°C: the modified "
        "Page model fits best, effective moisture diffusivity is 1.53-3.16 x 10^-9 m²/s and the drying activation energy 6.55 kJ/mol.",
    ),
    (
        "mKo124",
        "vi",
        "rice_cabinet",
        "Tủ nấu cơm công nghiệp điện và gas cho bếp ăn tập thể",
        "Tủ cơm công nghiệp 6, 12, 24 khay cho bếp ăn tập thể, trường học, khách sạn: so sánh nguyên lý và chi phí tủ dùng điện với tủ dùng gas, "
        "vận hành khép kín, nấu hàng nghìn suất mỗi ngày.",
    ),
    (
        "mKo125",
        "en",
        "central_kitchen",
        "Central kitchen set-up for catering chains",
        "Consulting on central kitchens: unified purchasing, standardised processing, quality inspection, storage and distribution of prepared "
        "dishes to fast-food outlets, canteens, schools, hospitals and airlines by hot or cold chain.",
    ),
    (
        "mKo126",
        "vi",
        "hue_cook",
        "Đào tạo nghề chế biến món ăn cho lao động nông thôn",
        "Trung tâm GDNN-GDTX Khu vực 2 (TP Huế) đào tạo sơ cấp 3 tháng cho 115 học viên năm 2025 nghề kỹ thuật chế biến món ăn và vệ sinh an toàn "
        "thực phẩm, chăn nuôi; đào tạo thường xuyên 1-2 tháng cho hơn 350 học viên pha chế đồ uống, trang điểm, trồng cây cảnh.",
    ),
    (
        "mKo127",
        "en",
        "hanfimex",
        "Vietnamese white rice for export",
        "Exporter of Vietnamese white rice with specifications: broken grains 5, 15 or 25% max, moisture 14% max, foreign matter 0.2%, yellow "
        "kernels 1.5%, red and red-streaked 5%, average length 6.2 mm; Vietnam exported a record 7.7 million t in 2012.",
    ),
    (
        "mKo128",
        "vi",
        "pepper_solar",
        "Máy sấy tiêu năng lượng mặt trời 5 kg/mẻ",
        "Mô hình máy sấy năng lượng mặt trời kết hợp điện trở sấy hạt tiêu 5 kg/mẻ: sấy 7-9 giờ từ độ ẩm 64% xuống 13% ở 60°C, vận tốc gió "
        "1,0-1,5 m/s, lớp hạt 13-40 mm; tiêu đen, nhăn, thơm, không nhiễm E. coli.",
    ),
    (
        "mKo129",
        "en",
        "udon_bio",
        "Turning udon noodle waste into bioethanol and biogas",
        "A Kagawa equipment maker, with prefectural R&D centres, turns udon scraps from noodle factories and unsold noodles from shops into "
        "ethanol feedstock and biogas, part of Japan's local biomass projects.",
    ),
    (
        "mKo130",
        "vi",
        "vneconomy_ocop",
        "Sữa bột gạo lứt hữu cơ ứng dụng công nghệ cao",
        "Dự án khởi nghiệp đoạt giải đặc biệt 120 triệu đồng cuộc thi Phụ nữ khởi nghiệp: sản xuất sữa bột gạo lứt hữu cơ bằng công nghệ cao cho "
        "người tiểu đường, ung thư; gạo lứt giàu chất chống oxy hoá, mangan, magie.",
    ),
    (
        "mKo131",
        "en",
        "paddy_irmw",
        "Infrared and microwave drying of parboiled paddy",
        "Study of hybrid infrared-convective, microwave and combined drying of parboiled paddy: the combined method cut drying time by 71%; drying "
        "kinetics, energy use, head rice yield and colour were modelled with neural networks.",
    ),
    (
        "mKo132",
        "en",
        "biogas_fao",
        "Biogas systems for farm waste",
        "FAO training manual extract on biogas technology: methanogenic digestion of organic matter gives gas of 50-70% methane and 30-40% CO2 "
        "with 20 MJ/m³; plant design, materials, climate and feedstock decide performance.",
    ),
    (
        "mKo133",
        "vi",
        "abc_bakery",
        "Cung ứng bánh mì, bánh burger cho chuỗi thức ăn nhanh",
        "ABC Bakery (TP.HCM) làm hơn 80.000 sản phẩm bánh mỗi ngày, cung cấp vỏ bánh burger, bánh ngọt cho phần lớn chuỗi thức ăn nhanh như "
        "Burger King, KFC, McDonald's, Starbucks, Domino's; tự nhập bột mì Washington.",
    ),
    # --- more vietnamese and english versions of technical offers ---
    (
        "mKo134",
        "vi",
        "hp_noodle",
        "Quy trình sấy bún, phở khô ba giai đoạn trong phòng sấy bơm nhiệt",
        "Nhà cung cấp phòng sấy bơm nhiệt đề xuất chế độ sấy sợi gạo: giai đoạn định hình 25-30°C, độ ẩm không khí 55-65% khoảng 1 giờ; giai "
        "đoạn giữ ẩm, hồi ẩm 35-45°C, độ ẩm 50-75%; sau đó tăng nhiệt, giảm ẩm để thoát nước mạnh. Tăng nhiệt quá sớm làm sợi dễ gãy.",
    ),
    (
        "mKo135",
        "vi",
        "nlu_bun500",
        "Công nghệ và thiết bị sản xuất bún tươi 500 kg/giờ",
        "Khoa Cơ khí - Công nghệ, ĐH Nông Lâm TP.HCM chuyển giao công nghệ và hệ thống máy sản xuất bún tươi năng suất 500 kg/giờ, kết quả đề tài "
        "cấp Bộ B2007-12-37 do PGS.TS Trần Thị Thanh chủ nhiệm, đã áp dụng ở nhiều địa phương; giúp cơ sở đáp ứng ngày lễ, cuối tuần khi lượng bún tăng 2-3 lần.",
    ),
    (
        "mKo136",
        "vi",
        "heshan",
        "Dây chuyền bún khô, bún sợi nhỏ ép đùn sấy khí nóng",
        "Nhà sản xuất thiết bị cung cấp trọn dây chuyền bún sợi nhỏ từ bột gạo: trộn bột với nước, ép đùn thành sợi mảnh, hấp hoặc luộc cho chín, "
        "sấy khí nóng để giữ hình dạng và hương vị; thiết kế theo công suất của khách.",
    ),
    (
        "mKo137",
        "vi",
        "cmu_vacuum",
        "Túi nylon hút chân không kéo dài hạn dùng bún tươi",
        "Kết quả của ĐH Chiang Mai: so sánh màng HDPE, túi HDPE, PET và nylon hút chân không cho bún tươi, túi nylon giữ lâu nhất, 13 ngày ở 25°C; "
        "bảo quản 4°C làm chậm vi sinh và giảm pH, đạt 29 ngày, giới hạn bởi sợi bị thoái hoá tinh bột.",
    ),
    (
        "mKo138",
        "vi",
        "busted_turmeric",
        "Giấy nghệ thử nhanh hàn the trong sợi bún, mì tươi",
        "Giấy thử nghệ bán sẵn: làm ẩm bề mặt sợi bún, mì, đậu phụ, áp giấy vào, sau khoảng 5 giây giấy chuyển đỏ nâu là có khả năng chứa hàn the "
        "(borax). Dùng cho cơ sở tự kiểm và người mua thường xuyên.",
    ),
    (
        "mKo139",
        "vi",
        "retort",
        "Tiệt trùng retort cho bánh gạo có nhân",
        "Nghiên cứu tiệt trùng retort bánh gạo nhân songpyeon (Hàn Quốc), vốn chỉ để được 1 ngày ở nhiệt độ thường: 121°C trong 15 phút diệt hết "
        "Bacillus cereus và B. subtilis, vi sinh tổng số, nấm men, nấm mốc, coliform dưới ngưỡng phát hiện; 17 phút được đánh giá cảm quan cao nhất.",
    ),
    (
        "mKo140",
        "vi",
        "kfri_halal",
        "Chất bảo quản tự nhiên thay cồn cho bánh gạo",
        "Viện Nghiên cứu Thực phẩm Hàn Quốc thử chiết xuất hạt bưởi và hỗn hợp chiết xuất họ cam quýt với axit hữu cơ thay ethanol cho bánh gạo: "
        "hỗn hợp này giảm 3,65 log CFU vi sinh tổng số sau 28 ngày, giữ độ cứng và màu, tuy chỉ ethanol giảm được nấm men, nấm mốc.",
    ),
    (
        "mKo141",
        "vi",
        "danang_test",
        "Chương trình lấy mẫu kiểm tra hoá chất cấm trong bún, bánh canh, bánh phở",
        "Sở Y tế Đà Nẵng lấy 84 mẫu bún, bánh canh, bánh phở tươi tại cơ sở sản xuất, kiểm tra sulfite (chất tẩy trắng), hàn the và formol; 6 mẫu "
        "kiểm thêm tinopal CBS-X, axit oxalic và natri benzoat; 100% đạt. 277 cơ sở được xét cấp giấy chứng nhận đủ điều kiện ATTP.",
    ),
    (
        "mKo142",
        "vi",
        "eastgate",
        "So sánh lò sàn và lò rack cho tiệm bánh",
        "Nhà cung cấp thiết bị so sánh lò sàn (truyền nhiệt dẫn và bức xạ từ mặt đá, giữ nhiệt tốt, hơi nước mạnh, chỉnh riêng từng tầng, nhưng "
        "nặng, tốn diện tích, đổi nhiệt chậm) với lò rack đối lưu (quạt phân phối nhiệt đều, giảm nhiệt độ và thời gian nướng, nạp cả xe khay một lần).",
    ),
    (
        "mKo143",
        "vi",
        "chemsino",
        "Phụ gia và cách bảo quản làm chậm hoá già bánh mì",
        "Chemsino cung cấp chất nhũ hoá, hệ enzyme chống hoá già và hướng dẫn: hoá già do tinh bột thoái hoá, ẩm di chuyển từ ruột ra vỏ; đóng "
        "gói chống ẩm hoặc khí điều biến, đóng khi bánh còn ấm; tránh 0-4°C vì làm bánh cứng nhanh, cấp đông dưới -18°C cho bột nhào và bánh bán thành phẩm.",
    ),
    (
        "mKo144",
        "vi",
        "empirebake",
        "Lò rack và lò quay cho lò bánh",
        "Empire Bakery Equipment so sánh lò rack (xe khay quay chậm trong buồng, quạt thổi khí nóng, gọn, có màn hình lập trình, hợp bánh mì, "
        "bánh ngọt, cookie) với lò quay tầng cho sản lượng lớn; chọn theo sản phẩm và mặt bằng.",
    ),
    (
        "mKo145",
        "vi",
        "semidry",
        "Công nghệ nghiền bán khô bột gạo bằng máy nghiền trục",
        "Kết quả nghiên cứu xác lập thông số nghiền bán khô gạo tẻ vụ sớm bằng máy nghiền trục: cỡ hạt, ủ ẩm, công đoạn nghiền và nhiệt độ sấy. "
        "So với nghiền ướt, cách này ít nước, không thải nước; bột và sợi bún tốt hơn nghiền khô; dưới 124 µm thì độ nhớt hồ hoá không đổi thêm.",
    ),
    (
        "mKo146",
        "vi",
        "starter_fx",
        "Chủng khởi động cho lên men gạo làm bún",
        "Nhóm nghiên cứu (ĐH KH&CN Trường Sa và Viện KH&CN Thực phẩm Trung Quốc) chỉ ra ngâm gạo lên men tự nhiên 2-6 ngày ở 10-40°C cho chất lượng "
        "không ổn định, dễ lẫn vi sinh gây hỏng, hạn dùng ngắn; đề xuất men giống lactic và nấm men mật độ cao để lên men đồng đều, an toàn.",
    ),
    (
        "mKo147",
        "vi",
        "vast_wetland",
        "Mô hình xử lý nước thải làng bún chi phí thấp, thân thiện môi trường",
        "Viện Công nghệ Môi trường (Viện Hàn lâm KH&CN VN) xây dựng mô hình cho làng bún Đa Mai (Bắc Giang): tách tinh bột, cặn, phân huỷ trong "
        "bể biogas, qua bể lọc sinh học giá thể cố định rồi bãi lọc trồng cây dòng chảy mặt và ngầm; nước sau biogas đơn thuần vẫn vượt chuẩn 2-8 lần.",
    ),
    (
        "mKo148",
        "vi",
        "vndoc_wwtp",
        "Đánh giá và nâng cấp công nghệ xử lý nước thải làng bún",
        "Luận văn đánh giá công nghệ xử lý nước thải làng nghề chế biến bún: nhiều làng còn dùng phương pháp lạc hậu, hệ thống thiếu đồng bộ, "
        "nhiều thông số vượt chuẩn; đề xuất bùn hoạt tính hoặc bể UASB cùng quản lý, đầu tư phù hợp.",
    ),
    (
        "mKo149",
        "vi",
        "haccp_insta",
        "Hỗ trợ chứng nhận HACCP cho doanh nghiệp chế biến",
        "Tư vấn các bước đạt chứng nhận HACCP: phân tích mối nguy sinh học, hoá học, vật lý; xác lập điểm kiểm soát tới hạn, giới hạn, giám sát, "
        "khắc phục, thẩm tra, hồ sơ; làm việc với tổ chức chứng nhận được công nhận để vào thị trường EU, Mỹ, Nhật.",
    ),
    (
        "mKo150",
        "vi",
        "ocop_clothes",
        "Thiết kế logo, bao bì, hộp cho sản phẩm OCOP",
        "Kinh nghiệm Thanh Hoá: doanh nghiệp đầu tư thiết kế chai lọ, logo, bao bì, hộp bắt mắt thể hiện nguyên liệu, thành phần, nhà sản xuất "
        "để sản phẩm OCOP vươn ra Hà Nội, Hải Phòng, Nghệ An; hỗ trợ chủ thể nhỏ thiếu nguồn lực làm mới bao bì, nhãn mác.",
    ),
    (
        "mKo151",
        "vi",
        "ducyen",
        "Mô hình HTX sản xuất bánh lá truyền thống đạt OCOP",
        "HTX sản xuất bánh gai Đức Yên (Hà Tĩnh) thành lập năm 2016 với 13 thành viên, năm 2020 làm 4 triệu chiếc, doanh thu 12 tỷ đồng, OCOP 3 sao, "
        "truy xuất nguồn gốc, vào siêu thị, tạo việc cho hơn 42 lao động; chia sẻ cách tổ chức HTX, vùng nguyên liệu lá gai và hồ sơ OCOP.",
    ),
    (
        "mKo152",
        "vi",
        "pia_khuyencong",
        "Lò nướng băng chuyền và máy bao nhân tự động cho bánh có nhân",
        "Trung tâm Khuyến công Sóc Trăng hỗ trợ cơ sở bánh pía ứng dụng máy móc tiên tiến: Công ty Tân Lộc Phát lắp lò nướng băng chuyền 50-100 "
        "cái/phút và máy gói, bao nhân tự động 50-100 cái/phút; đề án nhóm 1,396 tỷ đồng được Bộ Công Thương phê duyệt.",
    ),
    (
        "mKo153",
        "vi",
        "etek",
        "Dây chuyền chế biến bún, phở khô và mì ăn liền",
        "ETEK thiết kế dây chuyền bún khô, phở khô, mì ăn liền 50.000-600.000 gói/ngày chạy liên tục: phối trộn, cán sợi, hấp, cắt định hình, sấy "
        "hoặc chiên, đóng gói, tự động PLC/SCADA; sản phẩm độ ẩm dưới 12%, nhà máy đáp ứng HACCP, ISO 22000 cho xuất khẩu.",
    ),
    (
        "mKo154",
        "en",
        "diepky",
        "Small and medium hu tieu machinery, 1 tonne per day",
        "Food-machinery maker supplying automatic hu tieu lines for small and medium workshops, built on a Nong Lam University and Tien Giang "
        "Department of Industry and Trade project (from 2006) for 1 t/day; about 10 workshops in a cooperative in My Phong (My Tho) use them, "
        "replacing hand spreading, cutting and sun drying.",
    ),
    (
        "mKo155",
        "en",
        "caothang_bun",
        "Automatic fresh rice noodle line, 200 kg per hour",
        "Cao Thang Technical College and Nong Lam University built an automatic fresh-noodle line: dough mixer, automatic feed to the die, "
        "screw extruder, post-extrusion cooker and a supervisory control system. It reached its design 200 kg/h, using 0.584 kWh per kg from "
        "mixing to boiling, with smooth, chewy, non-sticky strands.",
    ),
    (
        "mKo156",
        "vi",
        "setech",
        "Buồng sấy năng lượng mặt trời dạng mô-đun cho thực phẩm",
        "Công ty SETECH cung cấp hệ sấy năng lượng mặt trời theo nguyên lý nhà kính, dạng mô-đun 2,5 x 4 x 2 m, sấy 100-150 kg nguyên liệu tươi/mẻ "
        "ở 30-65°C, dùng điện bổ trợ ban đêm, ngày mưa; ghép nối nhiều mô-đun để tăng công suất; hợp vệ sinh hơn phơi đường.",
    ),
    (
        "mKo157",
        "en",
        "hutech_solar",
        "Mixed-mode natural-convection solar dryer for rice paper",
        "Design and test results for a solar rice-paper dryer of 25 kg of fresh sheets (100 sheets) per batch. In mixed natural-convection mode "
        "the chamber reached 65°C with 36°C outside and dried sheets in 2 hours versus 3 hours in direct mode and 4 hours in the sun; built "
        "from common materials without outside power.",
    ),
    (
        "mKo158",
        "vi",
        "lactic_flour",
        "Bột gạo lên men lactic mịn hơn cho bánh",
        "Nghiên cứu (Hàn Quốc) lên men lactic gạo bằng chế phẩm ABT-L (L. acidophilus, Bifidobacterium, S. thermophilus): khử protein tốt hơn "
        "ngâm thường, hạt bột nhỏ hơn, tỷ lệ lọt rây 100 và 150 mesh cao hơn, độ nhớt hồ hoá giảm.",
    ),
    (
        "mKo159",
        "en",
        "natural_ferment",
        "Soaking and natural fermentation of rice for noodles",
        "Technical note: short soaking of 2-3 hours in summer or 4-5 hours in winter brings rice to 26-30% moisture without fermentation; "
        "soaking 2-3 days in summer or 4-5 days in winter lets lactic acid bacteria and yeasts ferment it, lowering pH from 7 to about 4, "
        "which improves flavour and texture of fermented rice noodles.",
    ),
    (
        "mKo160",
        "en",
        "bun_wwtp",
        "Design-build wastewater plant for a rice noodle factory",
        "Environmental contractor that designed and built a 150 m³/day wastewater plant for a rice noodle maker in Long Khanh (Dong Nai). Water "
        "from soaking, milling, washing noodles and cleaning carries BOD5 800-1,200, COD 1,500-2,000 and TSS 500-800 mg/L; biological treatment "
        "is combined with mechanical and physico-chemical steps.",
    ),
]
