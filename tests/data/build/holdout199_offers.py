"""Offers of the holdout199 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- grinding, mixing, pelleting ---
    (
        "pSo001",
        "vi",
        "dn_bam",
        "Máy băm – nghiền – trộn thức ăn gia súc liên hợp",
        "Khoa Cơ khí (ĐH Bách khoa Đà Nẵng) chuyển giao thiết kế máy liên hợp vừa băm, vừa nghiền, vừa trộn thức ăn "
        "cho trang trại: năng suất chọn theo yêu cầu thực tế, kèm bản vẽ, quy trình chế tạo trục và hướng "
        "dẫn vận hành, bảo dưỡng.",
    ),
    (
        "pSo002",
        "en",
        "midwest_hm",
        "Hammer mill engineering for feed grinding",
        "Engineering firm sizing hammer mills for feed plants: rotor design, hammer pattern, screen choice, airflow and "
        "maintenance access, so corn, rice bran and soybean meal come out at a steady particle size for "
        "mixing and pelleting.",
    ),
    (
        "pSo003",
        "en",
        "goldforest",
        "Tractor PTO hammer mill and burr mill for on-farm grinding",
        "Set-up of a small hammer mill or burr mill belt-driven from a tractor PTO pulley, grinding one week of feed at a "
        "time; fineness is adjusted per animal, fine for chicks and young pigs, coarse for grown hens.",
    ),
    (
        "pSo004",
        "vi",
        "visualfoodie",
        "Tư vấn chọn máy nghiền búa hay máy nghiền trục",
        "Tư vấn lựa chọn kiểu máy nghiền cho cơ sở thức ăn chăn nuôi: so sánh nghiền búa và nghiền trục theo nguyên liệu, "
        "vật nuôi và mục tiêu vận hành; giải thích vì sao độ mịn đều giúp tăng tiêu hóa.",
    ),
    (
        "pSo005",
        "en",
        "yize_hm",
        "Hammer mills with adjustable screens for grains and by-products",
        "Supplier of feed hammer mills; output size is set by screen size and hammer speed, handling grains, legumes and "
        "agricultural by-products for poultry, pig and ruminant rations.",
    ),
    (
        "pSo006",
        "vi",
        "day_chuyen",
        "Dây chuyền nghiền – trộn – ép viên – sấy thức ăn quy mô trang trại",
        "Nhóm nghiên cứu chuyển giao thiết kế dây chuyền chế biến thức ăn chăn nuôi cho trang trại, gồm nghiền, trộn, ép "
        "viên và sấy viên; có số liệu thực nghiệm về vận tốc gió, chiều cao lớp viên và lượng cấp liệu khi sấy.",
    ),
    (
        "pSo007",
        "en",
        "flyriver",
        "Mini feed mills (grinder-mixer) for smallholders",
        "Small electric feed mills that grind and mix feed in small batches for poultry and livestock keepers, an option "
        "for farmers who want to make their own feed instead of buying all of it.",
    ),
    (
        "pSo008",
        "vi",
        "hua_tron",
        "Máy trộn thức ăn chăn nuôi cho vùng nông thôn",
        "Khoa Cơ Điện và Viện Phát triển công nghệ cơ điện (Học viện Nông nghiệp Việt Nam) thiết kế, chế tạo máy trộn "
        "thức ăn cỡ nhỏ, giá phù hợp cho hộ và trang trại chăn nuôi ở nông thôn.",
    ),
    (
        "pSo009",
        "vi",
        "tn_tron",
        "Tối ưu thông số máy trộn thức ăn kiểu nằm ngang",
        "Kết quả luận án (ĐH Thái Nguyên) về ảnh hưởng của các thông số làm việc đến độ trộn đều và tiêu thụ năng lượng "
        "của máy trộn nằm ngang; tư vấn chọn chế độ vận hành cho cơ sở trộn.",
    ),
    (
        "pSo010",
        "vi",
        "may_tron_nv",
        "Máy trộn thức ăn khô và ẩm năng suất 1–2 tấn/giờ",
        "Máy trộn cánh quay thùng cố định, trộn được hỗn hợp khô lẫn ẩm, đảm bảo độ đều cả với thành phần tỷ lệ rất nhỏ; "
        "năng suất 1–2 t/h, chi phí điện riêng hiện trên 1,5 kWh/t; dùng được khi trộn men ủ thức ăn.",
    ),
    (
        "pSo011",
        "en",
        "feedmachinery_mixer",
        "Bowl and paddle mixers for farm feed, dry or moist",
        "Low-cost bowl mixers with paddles on a spindle, common on farms in South and South-East Asia, plus horizontal "
        "paddle and ribbon mixers that blend liquids and fish-feed mashes better than vertical screw mixers.",
    ),
    (
        "pSo012",
        "en",
        "fg_mixer",
        "Advice: vertical or horizontal feed mixer for home mixing",
        "Nutritionist guidance for farm-level mills: vertical mixers cost less and take less space; "
        "horizontal mixers give a "
        "more uniform mix and can take premixes down to about 1 kg per tonne.",
    ),
    (
        "pSo013",
        "en",
        "fmf_mixer",
        "Ribbon, paddle, twin-shaft and drum feed mixers",
        "Manufacturer of feed mixers of several kinds: vertical and horizontal auger, paddle, counter-rotating ribbon, "
        "twin-shaft paddle and rotary drum units for homogeneous livestock and poultry feed.",
    ),
    (
        "pSo014",
        "en",
        "cish_line",
        "Small feed pelletising line, 1–3 t/h",
        "Compact pelleting line for on-farm or integrator use: flat-die or small ring-die mill, batch mixer, basic steam "
        "conditioning and cooler; budget about USD 60,000–150,000 installed; grinding, mixing and cooling "
        "sized to the mill.",
    ),
    (
        "pSo015",
        "en",
        "pellet_feed_proc",
        "Feed pellet process: conditioning, pelleting, cooling",
        "Process design for pelleted feed: grinding below 2 mm, ribbon or paddle mixing, steam conditioning before the "
        "press, knife-cut pellets and a counter-flow cooler bringing pellets to within 3–5 °C of ambient air.",
    ),
    (
        "pSo016",
        "vi",
        "hc_pellet",
        "Quy trình làm viên thức ăn: điều chất, làm nguội, sàng",
        "Hướng dẫn kỹ thuật ép viên: kiểm tra, làm sạch nguyên liệu, phối trộn theo công thức, nghiền, điều chất bằng hơi "
        "nước, ép viên, làm nguội để tránh mốc, sàng bỏ bột và đóng bao; gợi ý cỡ viên theo loài.",
    ),
    (
        "pSo017",
        "en",
        "fpp_poultry",
        "Poultry feed pellet plants sized to flock",
        "Pellet plants for chicken, duck and quail feed: cleaning, crushing, batching, mixing, pelleting and bagging; "
        "capacity sized from flock size at about 150 g of feed per bird per day.",
    ),
    (
        "pSo018",
        "en",
        "marketedly",
        "Feed pellet machines from home-based to industrial scale",
        "Pelletizers in sizes for home-based production, small and medium workshops and large plants, turning ground mash "
        "into dense pellets with heat, steam and pressure to cut feed waste.",
    ),
    (
        "pSo019",
        "vi",
        "khomay_ca",
        "Máy chế biến thức ăn chăn nuôi đa năng 3A",
        "Máy 3A của nhà sáng chế Nguyễn Hải Châu dùng cho hộ chăn nuôi, nuôi cá: xay nhỏ ngô, thóc, đậu, bột cá, cám rồi "
        "phối trộn và ép thành viên thức ăn ngay tại nhà.",
    ),
    (
        "pSo020",
        "vi",
        "khomay_ca",
        "Công thức phối chế thức ăn cá từ cám và cá tạp",
        "Hướng dẫn hộ nuôi cá nhỏ phối chế thức ăn từ nguyên liệu sẵn có (cám, cá tạp, ốc, rau bèo, ngô, đậu tương, bột "
        "cá tự phơi) theo nhu cầu đạm từng giai đoạn; dạng cho ăn ngay, ủ hoặc nắm viên.",
    ),
    (
        "pSo021",
        "en",
        "quangba_wood",
        "Biomass pellet mills for sawdust and straw",
        "Wood and biomass pellet lines for sawdust, wood chips, husks and stalks; the smallest wood pellet "
        "mill is over 2 m "
        "tall and weighs 5–6 tonnes, with chipping and crushing ahead of pelleting.",
    ),
    (
        "pSo022",
        "vi",
        "tron_tmr",
        "Máy trộn TMR cho bò sữa",
        "Máy trộn khẩu phần hoàn chỉnh (TMR) cho bò: trộn cỏ tươi thái 3–8 cm với khoảng 10% thức ăn tinh, mẻ 0,5 tấn "
        "trong 8 phút, guồng quay kết hợp hai trục vít.",
    ),
    (
        "pSo023",
        "en",
        "cloverdale",
        "TMR mixer wagons that process round bales",
        "Vertical TMR mixers for cattle rations that cut big round bales and blend them with concentrates and liquids "
        "by tumbling action.",
    ),
    (
        "pSo024",
        "en",
        "empireadda",
        "Self-propelled feed mixer wagons",
        "Self-propelled mixer wagons that load, mix and deliver rations to livestock on large farms, plus "
        "stationary units "
        "tied to automated feeding.",
    ),
    # --- floating fish-feed extruders ---
    (
        "pSo025",
        "en",
        "richi_ext",
        "Wet single-screw floating fish feed extruder",
        "Extruder for floating feed for tilapia, catfish, shrimp and crab: pellets 0.9–15 mm, 1–12 t/h, for medium and "
        "large feed mills and aquaculture farms; takes rice bran, soybean cake, corn protein and leaf meals.",
    ),
    (
        "pSo026",
        "en",
        "ffm_lm40",
        "LM40 small dry-type floating fish feed machine",
        "Small dry extruder making floating pellets of 0.9–10 mm that stay afloat over 12 hours; LM40 gives 30–40 kg/h on "
        "a 5.5 kW motor, single- or three-phase, or a 12 HP diesel version for farms without grid power.",
    ),
    (
        "pSo027",
        "vi",
        "fpm_adv",
        "Tư vấn chuyển sang thức ăn viên nổi cho cá",
        "Phân tích lợi ích thức ăn viên nổi ép đùn: bột vụn dưới 1%, tiết kiệm 5–10% thức ăn so với thức ăn bột, tinh bột "
        "chín dễ tiêu, ít làm bẩn nước; thức ăn chiếm gần 60% chi phí nuôi.",
    ),
    (
        "pSo028",
        "en",
        "fanway_proc",
        "Complete extruded floating and sinking fish feed line",
        "Line with hammer mill, mixer with vitamin-mineral premix, wet extruder with steam preconditioner, cutter and "
        "dryer-cooler; extrusion at 110–200 °C, 25–100 kg/cm2 and 10–30% moisture, density set for floating or sinking.",
    ),
    (
        "pSo029",
        "en",
        "dayi_guide",
        "Floating feed extrusion know-how (twin-screw)",
        "Technical support for making floating feed: fine uniform grinding, 20–30% starch for expansion, optional steam "
        "preconditioning, twin-screw extrusion at 110–150 °C and 20–40 bar.",
    ),
    (
        "pSo030",
        "vi",
        "richi_faq",
        "Quy trình ép đùn viên nổi và viên chìm",
        "Tư vấn công nghệ ép đùn thức ăn thủy sản: điều chất bằng hơi, trộn liên tục, gia nhiệt, tăng áp rồi cắt viên; "
        "giải thích khác biệt điều kiện giữa viên nổi và viên chìm dù dùng chung máy.",
    ),
    (
        "pSo031",
        "en",
        "pellet_plant",
        "Turnkey floating fish feed plants, 0.3–60 t/h",
        "Design and build of floating, slow-sinking and sinking fish feed plants from 0.3 to 60 t/h, investment from "
        "about USD 10,000 to 3,000,000, with one-year warranty on core machines and lifetime technical support.",
    ),
    # --- local ingredients, by-products, fermentation ---
    (
        "pSo032",
        "vi",
        "memart_camgao",
        "Hướng dẫn dùng cám gạo trong thức ăn heo",
        "Tài liệu kỹ thuật về cám gạo cho heo: cám khô dễ bảo quản, cám ướt còn ẩm 30–40%, cám trích ly dầu giàu đạm ít "
        "béo; công thức phối trộn theo giai đoạn, ép viên, ủ chua cám để heo lớn nhanh mà tiết kiệm.",
    ),
    (
        "pSo033",
        "vi",
        "tra_ga",
        "Bảng nguyên liệu bột đường và đạm cho gà thả vườn",
        "Tư vấn khẩu phần gà thả vườn: tấm gạo 8,4% protein, ME 2.780 kcal/kg, dùng 10–15% cho gà con; ngô 30–50%; kê "
        "15–20%; thóc 20–30% cho gà nội; bột cá nhạt 5–10% khẩu phần.",
    ),
    (
        "pSo034",
        "vi",
        "ga_khoang",
        "Bổ sung khoáng và đạm thực vật cho gà thả vườn",
        "Hướng dẫn bổ sung bột vỏ sò 2–5%, bột xương không quá 2–3%, muối 0,3–0,35% khẩu phần; đậu tương (37% protein) "
        "phải rang hoặc hấp chín, cho ăn khoảng 7–15%.",
    ),
    (
        "pSo035",
        "vi",
        "gao_lut",
        "Dùng gạo lứt, cám gạo kèm enzyme cho gà",
        "Hướng dẫn đưa gạo lứt (ME 3.590–4.170 kcal/kg) và cám gạo (~14% protein, 7–10% dầu) vào khẩu phần gà, bổ sung "
        "enzyme phytase, pentosanase để tiêu hóa xơ và phốt pho, giảm phụ thuộc cám công nghiệp.",
    ),
    (
        "pSo036",
        "vi",
        "vietstock_tacn",
        "Tư vấn dinh dưỡng và phối hợp nguyên liệu thức ăn",
        "Dịch vụ tư vấn chọn và phối hợp nguyên liệu: khô dầu đậu nành 45–48% protein, bột cá 60–65%, bắp, sắn, cám gạo, "
        "premix, lysine, methionine; thức ăn chiếm 60–70% chi phí chăn nuôi nên cần khẩu phần cân đối.",
    ),
    (
        "pSo037",
        "vi",
        "dau_ca_ngu",
        "Thức ăn cho tôm từ đầu cá ngừ thay bột cá",
        "Nghiên cứu của trường đại học dùng phế phẩm đầu cá ngừ làm nguồn đạm thay một phần bột cá; cả nước cần khoảng "
        "300.000 tấn bột cá/năm mà bột cá công nghiệp chỉ đáp ứng 1/10, bột cá tự chế lại gây ô nhiễm.",
    ),
    (
        "pSo038",
        "vi",
        "coconut",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu sản xuất thử chất tiền sinh từ bã cơm dừa (phụ phẩm làm sữa dừa, kẹo dừa); một "
        "nhà máy ép 3–4 tấn/ngày thải khoảng 1.000 tấn bã/năm, nay mới dùng thô cho gia súc.",
    ),
    (
        "pSo039",
        "vi",
        "lrrd_cassava_pulp",
        "Bã sắn lên men giàu đạm thay bột cá cho heo thịt",
        "ĐH Nông Lâm Huế chuyển giao quy trình lên men rắn bã sắn + cám gạo (70:30) với nấm men, DAP 1% và urê 0,5–2% "
        "trong 7 ngày, đạm thật đạt 12–12,5%; dùng thay bột cá trong khẩu phần heo thịt.",
    ),
    (
        "pSo040",
        "en",
        "ciat_cassava",
        "Cassava leaf silage for growing pigs and sows",
        "Ensiling cassava leaves with rice bran, molasses or cassava root meal (5–10%) gives silage at pH "
        "3.8 or less with "
        "90–120 mg/kg HCN, storable five months; 10–15% in sow diets replaced sweet potato vines and part of "
        "the fish meal.",
    ),
    (
        "pSo041",
        "vi",
        "fao_cassava",
        "Lá sắn phơi khô và ủ chua thay khô dầu đậu nành cho heo",
        "Kết quả ĐH Nông Lâm TP.HCM: lá sắn các giống phổ biến có 23,9–34,7% protein; lá sắn ủ hoặc phơi thay được đến "
        "30% đạm đậu nành cho heo thịt mà cân bằng đạm ít giảm, không thấy ngộ độc cyanide.",
    ),
    (
        "pSo042",
        "en",
        "lrrd_preston",
        "Local forage and water-plant feeding systems for pigs",
        "CIPAV guidance on pig diets from farm-grown resources: protein from cassava and mulberry leaves, duckweed, water "
        "spinach, taro; energy from sugar cane juice and cassava roots; suited to native breeds and breeding sows.",
    ),
    (
        "pSo043",
        "en",
        "hue_survey",
        "Extension package: ensiled cassava, shrimp heads and tree foliage for pigs",
        "Hue University extension and on-farm research on ensiling cassava roots and leaves, groundnut leaves and shrimp "
        "heads, and feeding Trichanthera leaves, with training and adoption follow-up in farm households.",
    ),
    (
        "pSo044",
        "vi",
        "binhminh_ropi",
        "Giải pháp dinh dưỡng nâng miễn dịch cho cá rô phi",
        "Sản phẩm và tư vấn dinh dưỡng cho cá rô phi thâm canh: thức ăn chiếm khoảng 60% giá thành (~0,48 USD/kg cá); "
        "cân đối dinh dưỡng để tăng hiệu quả dùng thức ăn, sức khỏe, miễn dịch và chất lượng thịt.",
    ),
    (
        "pSo045",
        "vi",
        "newhope",
        "Thức ăn đậm đặc cho heo để phối với nguyên liệu tại chỗ",
        "Thức ăn đậm đặc cho heo gồm đạm, khoáng, vitamin và hoạt chất, trộn thêm với thức ăn tinh bột, rau củ sẵn có "
        "theo hướng dẫn để có khẩu phần hoàn chỉnh theo lứa tuổi.",
    ),
    (
        "pSo046",
        "vi",
        "caytrong_bosung",
        "Chất bổ sung cho thức ăn hỗn hợp",
        "Cung cấp các chất bổ sung bù phần thiếu hụt của thức ăn hỗn hợp: khoáng, vitamin, axit amin, "
        "enzyme, sắc tố, chất "
        "chống oxy hóa.",
    ),
    (
        "pSo047",
        "vi",
        "menuvisinh",
        "Men ủ vi sinh N.N I làm chín thức ăn không cần nấu",
        "Men vi sinh chọn lọc để ủ cám, thóc nghiền, tấm, bột ngô, bột sắn, bã sắn; củ tươi nấu chín rồi ủ; bã đậu trộn "
        "không quá 30%; giúp heo, gà, cá tiêu hóa tốt hơn, giảm chi phí thức ăn.",
    ),
    (
        "pSo048",
        "vi",
        "len_men_long",
        "Quy trình thức ăn lên men lỏng cho lợn",
        "Viện KHNN Việt Nam hướng dẫn chế biến thức ăn lên men lỏng cho nái, lợn con, lợn thịt: axit lactic làm giảm pH, "
        "ức chế E. coli, Salmonella, giảm tiêu chảy, tận dụng phụ phẩm nông – công nghiệp.",
    ),
    (
        "pSo049",
        "vi",
        "megachoi_u",
        "Công nghệ ủ men vi sinh từ ngô, sắn cho vật nuôi",
        "Chuyển giao cách ủ men: băm nghiền ngô, sắn bằng máy, trộn men vi sinh đúng liều, cho vào thùng hoặc bao lót "
        "nilon buộc kín; cách làm đơn giản cho hộ và trang trại.",
    ),
    (
        "pSo050",
        "vi",
        "memart_u_lon",
        "Ủ chua và ủ men thức ăn cho lợn theo giai đoạn",
        "Hướng dẫn ủ chua, ủ men ướt và men khô từ rơm, bã đậu, cám gạo bằng men vi sinh hoặc vi khuẩn lactic; công thức "
        "theo từng giai đoạn heo, lưu ý bảo quản và tiết kiệm chi phí.",
    ),
    (
        "pSo051",
        "vi",
        "giaibainhanh",
        "Lên men bột sắn bằng nấm men nâng đạm",
        "Công nghệ vi sinh cấy nấm men vào bột sắn nghèo đạm và ủ đủ thời gian, độ ẩm: hàm lượng protein tăng từ 1,7% "
        "lên khoảng 35%, thêm vitamin, axit amin cho thức ăn chăn nuôi.",
    ),
    (
        "pSo052",
        "vi",
        "bmm_vit",
        "Thiết kế công thức phối trộn thức ăn cho vịt",
        "Tư vấn phối hợp khẩu phần vịt: thức ăn toàn giá trị, thức ăn đậm đặc (15–50% khẩu phần), thức ăn trộn sẵn khoáng "
        "5–10% và premix vi lượng 0,5–5%; dạng bột hoặc dạng viên.",
    ),
    (
        "pSo053",
        "vi",
        "gao_do",
        "Công nghệ sản xuất gạo đồ",
        "Chuyển giao quy trình đồ gạo (ngâm, hấp, sấy, xay) nhằm cải thiện tính năng công nghệ và giá trị dinh dưỡng "
        "của gạo thành phẩm.",
    ),
    (
        "pSo054",
        "vi",
        "longan_survey",
        "Điều tra hiện trạng chăn nuôi heo nông hộ",
        "Dịch vụ khảo sát bằng bảng hỏi tình hình chăn nuôi heo theo quy mô, nguồn con giống, nguồn thức ăn; mẫu 218 hộ ở "
        "5 huyện tỉnh Long An.",
    ),
    (
        "pSo055",
        "vi",
        "dinhduong_heo",
        "Thiết kế thông thoáng chuồng heo",
        "Tư vấn đối lưu tự nhiên và quạt hút, quạt đẩy để bảo đảm dưỡng khí trong chuồng heo, vận tốc gió 0,5–1 m/giây, "
        "giảm khí độc NH3, H2S.",
    ),
    (
        "pSo056",
        "vi",
        "biogas",
        "Hệ thống biogas cho trang trại heo",
        "Lắp đặt hệ thống biogas xử lý chất thải trang trại heo, lấy khí phát điện chiếu sáng và quạt mát, giảm hàng chục "
        "triệu đồng tiền điện mỗi tháng.",
    ),
    (
        "pSo057",
        "vi",
        "ca_chem",
        "Kỹ thuật nuôi cá chẽm thương phẩm",
        "Tài liệu của Khoa Thủy sản ĐH Nông Lâm TP.HCM về nuôi cá chẽm trong lồng và ao đầm nước lợ: chọn giống, mật độ, "
        "chăm sóc, thu hoạch.",
    ),
    (
        "pSo058",
        "vi",
        "tham_canh",
        "Kỹ thuật nuôi cá thâm canh trong ao và lồng bè",
        "Giáo trình nuôi cá thâm canh: mật độ 10–60 con/m2 hoặc 30–400 con/m3, cá tra ao đạt 50 kg/m2; quản lý nước, "
        "dịch bệnh và vốn đầu tư.",
    ),
    (
        "pSo059",
        "en",
        "mekarn_goat",
        "Cassava foliage as feed for goats and sheep",
        "Research centre guidance on drying cassava foliage (20–25.6% CP) and mixing it with Flemingia, rice "
        "bran, cassava "
        "root meal and molasses for growing goats and pregnant ewes.",
    ),
    (
        "pSo060",
        "vi",
        "menbia",
        "Sản xuất nấm men bia",
        "Công nghệ nhân giống và sử dụng nấm men ale, lager trong sản xuất bia, kiểm soát lên men đường "
        "thành cồn và CO2.",
    ),
    # --- duckweed and azolla ---
    (
        "pSo061",
        "en",
        "lrrd_duckweed",
        "Duckweed production for high-protein feed",
        "Know-how to manage duckweed ponds (wind shelter, density, harvesting, fertilising) for 10–30 t DM/ha/year at up "
        "to 43% crude protein; used for fish, poultry and pigs as a protein supplement.",
    ),
    (
        "pSo062",
        "en",
        "ila_fish",
        "Duckweed feeding and duckweed pellets for fish",
        "Lemna association members supply duckweed know-how for aquaculture: tilapia thrive on fresh duckweed, and other "
        "species on pellets with 25–60% duckweed by dry weight.",
    ),
    (
        "pSo063",
        "en",
        "duckweed_ss",
        "Duckweed production systems",
        "Company developing duckweed production systems and product lines, mainly for pet and human nutrition, with "
        "potential for aqua and livestock feed.",
    ),
    (
        "pSo064",
        "vi",
        "beo_kn",
        "Cung cấp bèo tấm và mô hình nuôi bèo cho ao cá",
        "Hộ chuyên nuôi bèo tấm (gần 1 mẫu ao) bán cho người nuôi cá; chia ao thành ô bằng dây phao chai "
        "nhựa, tưới phun tự "
        "động 9–16 giờ ngày nắng để thu bèo quanh năm; chia sẻ kỹ thuật.",
    ),
    (
        "pSo065",
        "vi",
        "beo_hoa_dau",
        "Giống bèo hoa dâu chịu nhiệt để nuôi cá",
        "Nhóm nhà khoa học phục tráng bèo hoa dâu giới thiệu giống chịu nhiệt mọc tốt cả ngày nắng nóng, vớt liên tục làm "
        "thức ăn cá mà ao vẫn xanh nhiều năm.",
    ),
    (
        "pSo066",
        "vi",
        "beo_memart",
        "Kỹ thuật nuôi rong, bèo làm thức ăn cá",
        "Hướng dẫn nuôi bèo tấm, bèo hoa dâu, rong làm thức ăn xanh giàu đạm cho cá, kết hợp lọc nước ao, giảm chi phí "
        "thức ăn công nghiệp.",
    ),
    (
        "pSo067",
        "vi",
        "hue_duckweed",
        "Bèo tấm tươi và lá sắn ủ cho heo thịt nông hộ",
        "ĐH Nông Lâm Huế: thử trên nông hộ, lá sắn ủ 5% rỉ mật thay dây lang không ảnh hưởng tăng trọng; bèo tấm tươi (5% "
        "chất khô khẩu phần) nuôi trong ao lót nilon giúp heo lớn nhanh hơn 35%.",
    ),
    (
        "pSo068",
        "vi",
        "beo_tha_ho",
        "Bèo thả hồ cá cảnh",
        "Cung cấp bèo trang trí cho hồ cá cảnh và bể thủy sinh: bèo Nhật, bèo tai tượng, bèo tổ ong, bèo rễ đỏ; tạo chỗ "
        "trú cho cá con, chống tảo.",
    ),
    (
        "pSo069",
        "vi",
        "kienthuc_beo",
        "Bèo tấm chuyển gen làm vắc xin uống",
        "Nghiên cứu dùng bèo tấm làm hệ thống thực vật chuyển gen sản xuất vắc xin uống và thực phẩm chức năng nhờ tốc độ "
        "nhân vô tính nhanh.",
    ),
    # --- insects and worms ---
    (
        "pSo070",
        "vi",
        "bsf_tbcn",
        "Ấu trùng ruồi lính đen sấy khô thay bột cá",
        "Cung cấp ấu trùng ruồi lính đen (sâu canxi): tùy thức ăn nuôi, protein thô 28–48%, béo 12–42%, giàu canxi, phốt "
        "pho; ấu trùng khô xay trộn vào thức ăn thay bột cá cho gia súc, gia cầm, thủy sản.",
    ),
    (
        "pSo071",
        "vi",
        "bsf_pak",
        "Chuyển giao kỹ thuật nuôi ruồi lính đen xử lý phân",
        "Hướng dẫn nuôi ruồi lính đen và chọn thức ăn cho ấu trùng; 1 m2 ấu trùng xử lý được 40 kg phân heo tươi/ngày; ấu "
        "trùng khoảng 45% protein, 34% béo (54% là axit lauric).",
    ),
    (
        "pSo072",
        "vi",
        "bsf_cuchi",
        "Bán trứng ruồi lính đen giống (Củ Chi)",
        "Trại ở Củ Chi nuôi ruồi lính đen trong lưới mùng, bán trứng giống giá 15–20 triệu đồng/kg và ấu trùng làm thức "
        "ăn; hướng dẫn người mới bắt đầu.",
    ),
    (
        "pSo073",
        "vi",
        "bsf_daklak",
        "Mô hình khép kín ruồi lính đen cho lươn, gà, cá trê",
        "Quy trình hoàn chỉnh với 6 m2 nuôi ấu trùng và 3 m2 ruồi sinh sản, đủ thức ăn tươi cho lươn, gà, cá "
        "trê và bán ấu "
        "trùng, trứng ruồi cho hộ khác; kinh nghiệm chỉnh ẩm độ, nhiệt độ sinh khối.",
    ),
    (
        "pSo074",
        "vi",
        "bsf_nd46",
        "Tư vấn nuôi ruồi lính đen đúng Nghị định 46/2022",
        "Tư vấn pháp lý và thị trường: ruồi lính đen được phép nuôi theo NĐ 46/2022/NĐ-CP; vòng đời 40–45 ngày, 500–1.200 "
        "trứng/ruồi cái; trứng 5–6 triệu đồng/kg, ấu trùng 10.000–15.000 đồng/kg.",
    ),
    (
        "pSo075",
        "vi",
        "bsf_dungca",
        "Nhộng ruồi lính đen làm thức ăn tôm cá",
        "Cung cấp nhộng và ấu trùng ruồi lính đen cho tôm cá; ấu trùng sống chứa khoảng 15% protein và 5,8% béo, cho ăn "
        "trực tiếp hoặc phối vào thức ăn.",
    ),
    (
        "pSo076",
        "vi",
        "lrrd_eel_bsf",
        "Thay bột cá bằng bột ấu trùng ruồi lính đen cho cá chạch lấu",
        "ĐH An Giang thử 90 ngày trên cá chạch lấu giống (4,2 g): thay 0, 25, 50% đạm bột cá bằng bột ấu trùng BSF cùng "
        "mức đạm, năng lượng; nhóm 50% tăng trọng cao nhất; chuyển giao công thức.",
    ),
    (
        "pSo077",
        "en",
        "bsf_feed",
        "BSF insect meal and insect oil for formulated feeds",
        "Black soldier fly larvae raised on waste and processed into partly defatted, protein-rich insect meal and insect "
        "oil that replace fishmeal and fish oil in poultry, pig and fish feeds; also sold live, dried or frozen.",
    ),
    (
        "pSo078",
        "en",
        "bsf_aqua",
        "BSF meal for aquafeeds at 5–10% inclusion",
        "Insect producer supplying BSF meal as a functional aquafeed ingredient; trials at 5–10% inclusion gave good "
        "growth, feed conversion and better survival in salmon and white shrimp.",
    ),
    (
        "pSo079",
        "en",
        "lrrd_tilapia_bsf",
        "BSF larvae meal replacing soybean meal for tilapia",
        "Agriculture board trial (84 days, hapa nets): replacing 0–100% of soybean meal by BSF larvae meal "
        "in Nile tilapia "
        "diets; 50% replacement gave the best results, survival and FCR unchanged.",
    ),
    (
        "pSo080",
        "en",
        "trdizin",
        "Review: BSF larvae as fish-feed protein",
        "Review of 107 studies on BSF larvae in fish feed: larvae convert organic waste into meal with up to 64% crude "
        "protein (DM); no full fishmeal replacement documented yet; research gaps listed.",
    ),
    (
        "pSo081",
        "en",
        "soldierfly_fm",
        "Insect protein to replace fishmeal",
        "Insect-based feed ingredient supplier: fishmeal (~65% protein) price rose about 200% in ten years and demand may "
        "outpace supply; BSF protein offered as the alternative for aquaculture and livestock.",
    ),
    (
        "pSo082",
        "en",
        "bsf_caution",
        "Advisory: limits of BSF meal in carnivorous marine fish",
        "Research note: high BSF larvae meal in pearl gentian grouper diets caused fatty liver, oxidative "
        "damage and poorer "
        "fillet; degreasing or further processing is advised before high inclusion.",
    ),
    (
        "pSo083",
        "vi",
        "trun_que",
        "Trùn quế làm nguồn đạm động vật cho vật nuôi",
        "Hướng dẫn chế biến và dùng trùn quế làm thức ăn đạm cho gà, vịt, cá, ếch, lươn, ba ba, cua; mỗi hộ duy trì vài "
        "luống trùn để chủ động nguồn đạm.",
    ),
    (
        "pSo084",
        "vi",
        "trun_chi",
        "Trùn chỉ làm thức ăn sống cho cá giống",
        "Cung cấp và hướng dẫn nuôi trùn chỉ (50–57% protein, 10–13% béo), thu hoạch sau khoảng 15 ngày, sơ chế, bảo quản "
        "làm thức ăn tươi sống cho cá bột, cá giống, cá cảnh.",
    ),
    (
        "pSo085",
        "vi",
        "az_trun",
        "Thức ăn để nuôi trùn quế",
        "Hướng dẫn chọn thức ăn cho trùn quế: phân bò, phân heo, phân gia cầm, phân thỏ, rác hữu cơ; ưu nhược điểm từng "
        "loại và lượng cho ăn mỗi ngày.",
    ),
    (
        "pSo086",
        "en",
        "amazonas",
        "BSF larvae foods for aquarium fish",
        "Aquarium food maker using black soldier fly larvae in foods for insect-eating ornamental fishes, aimed at "
        "hobbyists and breeders.",
    ),
    # --- feed formulation ---
    (
        "pSo087",
        "en",
        "engormix_lcf",
        "Least-cost feed formulation software",
        "Formulation package using linear programming to mix ingredients at least cost for a target animal and stage; "
        "shadow prices, price maps and nutrient factoring; from spreadsheet tools to multi-site systems.",
    ),
    (
        "pSo088",
        "en",
        "naro_endiisa",
        "Endiisa least-cost ration program for farmers",
        "Research organisation's computer program that selects the right amounts of competitively priced ingredients to "
        "meet nutrient needs of a given animal and stage, helping farmers save as feed prices change by season.",
    ),
    (
        "pSo089",
        "en",
        "winenfood",
        "Feed formulation software coaching",
        "Coaching on how formulation software works (linear programming over nutrient constraints) and practical steps to "
        "use it for balanced, lower-cost rations.",
    ),
    (
        "pSo090",
        "en",
        "biozoo_lcf",
        "Least-cost ration software for dairy and beef",
        "Software-based least-cost formulation for dairy and beef cattle, buffalo, sheep and goats, balancing maize, "
        "soybean meal, bran, silage and minerals; feed is 60–70% of cost.",
    ),
    (
        "pSo091",
        "vi",
        "nlu_csdl",
        "Phần mềm quản lý thành phần hóa học nguyên liệu thức ăn",
        "Chương trình (Khoa Chăn nuôi – Thú y, ĐH Nông Lâm TP.HCM) lưu và tra cứu thành phần hóa học các nguyên liệu thức "
        "ăn chăn nuôi, phục vụ lập công thức.",
    ),
    (
        "pSo092",
        "vi",
        "lap_ct_6",
        "Khóa đào tạo lập công thức thức ăn chăn nuôi",
        "Đào tạo thực hành lập công thức thức ăn theo 6 bước cho kỹ thuật viên và cơ sở trộn, thay cho cách thử – sai.",
    ),
    (
        "pSo093",
        "en",
        "lap_ct_pak",
        "Six-step feed formulation service",
        "Formulation support in six steps: define animal, age, weight and breed (e.g. Ross vs Cobb at 2–4 weeks), pick "
        "nutrient specifications and adjust them to the farm's problems, then build the formula.",
    ),
    (
        "pSo094",
        "en",
        "tailieuxanh_lcr",
        "Least-cost rations for milk producers",
        "Ration software for dairy cooperatives computing least-cost rations from local feed inventories, with limits on "
        "green fodder, compound cattle feed and roughage-to-concentrate ratio by lactation stage.",
    ),
    # --- mycotoxins ---
    (
        "pSo095",
        "en",
        "wattag_myco",
        "Rapid mycotoxin test kits and strips",
        "Immuno-based rapid kits and test strips with hand-held extraction and desktop readers; about USD 5 per sample; "
        "advice on representative sampling, since UV black-light screening can miss aflatoxin.",
    ),
    (
        "pSo096",
        "en",
        "gipsa_afla",
        "Aflatoxin screening card, 20 ppb in 5 minutes",
        "Qualitative enzyme immunoassay card verified by the US grain inspection service that detects total aflatoxins at "
        "20 ppb in corn within 5 minutes.",
    ),
    (
        "pSo097",
        "en",
        "cropnuts_afla",
        "Aflatoxin testing service for feed",
        "Laboratory service testing animal feeds and ingredients (maize, cereals, groundnut, cottonseed) for aflatoxins "
        "to protect animal health and product safety.",
    ),
    (
        "pSo098",
        "en",
        "ward_afla",
        "Quantitative aflatoxin test per sample",
        "Laboratory running a quantitative aflatoxin ELISA at USD 24.20 per test, batches weekly or whenever six samples "
        "are waiting; with agronomic advice on mould-prone corn.",
    ),
    (
        "pSo099",
        "vi",
        "affidia_strips",
        "Que thử nhanh định lượng độc tố nấm mốc tại chỗ",
        "Que thử dòng chảy bên (LFD) định lượng aflatoxin và DON nhanh, đơn giản, giá vừa phải, kiểm từng lô ngay sau thu "
        "hoạch tại kho, cơ sở xay nhỏ; thay ELISA khi không có phòng thí nghiệm.",
    ),
    (
        "pSo100",
        "en",
        "ams_myco",
        "Verified rapid tests for five grain mycotoxins",
        "Government programme verifying performance of rapid tests for aflatoxin, DON, fumonisin, ochratoxin A and "
        "zearalenone in grain, with a list of verified kits.",
    ),
    (
        "pSo101",
        "vi",
        "myco_heo",
        "Tư vấn kiểm soát độc tố nấm mốc trong thức ăn heo",
        "Tư vấn nhận diện aflatoxin, vomitoxin, zearalenone, fumonisin, ochratoxin do Aspergillus, Fusarium, Penicillium; "
        "phân biệt nấm ngoài đồng và nấm khi bảo quản, yếu tố nhiệt độ, ẩm độ, côn trùng.",
    ),
    (
        "pSo102",
        "vi",
        "afla_book",
        "Đào tạo về nấm mốc và độc tố aflatoxin trong thức ăn",
        "Tài liệu và lớp tập huấn theo sách của PGS.TS Đậu Ngọc Hào, TS Lê Thị Ngọc Diệp (NXB Nông nghiệp): nhận biết "
        "Aspergillus flavus, tác hại aflatoxin với vật nuôi, biện pháp phòng chống.",
    ),
    (
        "pSo103",
        "vi",
        "hap_phu",
        "Đánh giá in vitro hiệu quả chất hấp phụ aflatoxin B1",
        "Phòng thí nghiệm Khoa Chăn nuôi – Thú y (ĐH Nông Lâm TP.HCM) đánh giá khả năng hấp phụ aflatoxin B1 của các chất "
        "hấp phụ độc tố nấm mốc trước khi cơ sở chọn mua.",
    ),
    (
        "pSo104",
        "vi",
        "afla_ca_tra",
        "Ảnh hưởng aflatoxin B1 lên cá tra",
        "Kết quả đề tài về tỷ lệ sống và tăng trưởng của cá tra khi ăn thức ăn nhiễm aflatoxin B1 từ ngũ cốc mốc do "
        "Aspergillus flavus; làm cơ sở ngưỡng an toàn.",
    ),
    (
        "pSo105",
        "vi",
        "coconut_agar",
        "Phát hiện nấm A. flavus sinh aflatoxin bằng thạch nước dừa",
        "Phương pháp chẩn đoán của ĐH Vinh dùng môi trường thạch nước cốt dừa để phát hiện chủng Aspergillus flavus sinh "
        "aflatoxin, rẻ, làm được ở phòng thí nghiệm nhỏ.",
    ),
    (
        "pSo106",
        "en",
        "binders_review",
        "Mycotoxin binder efficacy data by binder type",
        "Meta-analysis of 68 in-vitro studies: mean adsorption about 83% for activated carbon, 76% montmorillonite, 62% "
        "bentonite, 55% HSCAS, 44% yeast cell wall; aflatoxin bound best (76%), DON least (35%).",
    ),
    (
        "pSo107",
        "en",
        "binders_adverse",
        "Safety review of clay adsorbents in pig and poultry feed",
        "Review of adverse effects that bentonite, zeolite, montmorillonite and HSCAS may have in pigs and poultry, "
        "including interactions with nutrients and veterinary drugs; guidance before adding clays to feed.",
    ),
    (
        "pSo108",
        "en",
        "srpublication",
        "Binder screening criteria for aflatoxin",
        "Test standard from a binder developer: 200 g of adsorbent must bind over 90% of 4,000 ppb aflatoxin "
        "at pH 5; only "
        "3 of 30 commercial products met it; flat aflatoxins bind better than DON or ZEN.",
    ),
    (
        "pSo109",
        "en",
        "marsyt",
        "Montmorillonite–diatomite mycotoxin binder",
        "Mineral binder combining montmorillonite and diatomite, easy to dose and cost-effective; studies cited show "
        "better gain in broilers with aflatoxicosis and less aflatoxin residue in milk.",
    ),
    (
        "pSo110",
        "en",
        "binders_ten",
        "Independent comparison of ten multi-mycotoxin binders",
        "University tests of ten commercial additives in a simulated monogastric gut: only a modified yeast cell wall "
        "bound over 50% of DON, ZEN, FB1, OTA, T-2 and AFB1; others bound AFB1 moderately (44–58%).",
    ),
    (
        "pSo111",
        "vi",
        "afla_milk",
        "Khảo sát aflatoxin M1 trong sữa bò tươi",
        "Khóa luận khảo sát hàm lượng aflatoxin M1 trong sữa bò tươi ở hộ nuôi bò sữa TP.HCM, kèm aflatoxin B1 trong thức "
        "ăn hỗn hợp cho bò.",
    ),
    (
        "pSo112",
        "vi",
        "afla_north",
        "Aflatoxin trong nông sản thực phẩm miền núi phía Bắc",
        "Luận văn (ĐH Khoa học Thái Nguyên) khảo sát nhiễm aflatoxin trong một số nông sản thực phẩm ở vùng núi phía Bắc "
        "và đề xuất biện pháp xử lý cho người tiêu dùng.",
    ),
    # --- premixes and enzymes ---
    (
        "pSo113",
        "en",
        "feedstrategy_tm",
        "Home-made trace mineral premix for poultry and pigs",
        "Method for feed mixers to make their own trace-mineral premix: separate vitamin and mineral "
        "premixes, pick a local "
        "supplier of available mineral salts by cost per gram of element, set inclusion rates and compute salt amounts.",
    ),
    (
        "pSo114",
        "vi",
        "fefac_premix",
        "Premix vitamin – khoáng vi lượng trộn 0,2–0,5%",
        "Cung cấp premix vitamin, khoáng vi lượng và phụ gia trộn 0,2–0,5% vào thức ăn hỗn hợp; bước pha loãng trung gian "
        "giúp vi chất phân tán đều, do cơ sở chuyên sản xuất premix làm.",
    ),
    (
        "pSo115",
        "en",
        "biomin_premix",
        "Poultry premix and mineral feed",
        "Vitamin and mineral premixes for poultry completing plant-based feeds that lack trace elements and vitamins, "
        "supporting growth, fertility and immunity.",
    ),
    (
        "pSo116",
        "en",
        "engormix_enz",
        "NSP enzymes and phytase for pigs and poultry",
        "Enzyme supplier (NSPases, phytase, protease; market about USD 1 billion) improving digestibility so cheaper, "
        "more fibrous ingredients can be used; phytase frees phosphorus and spares energy and amino acids.",
    ),
    (
        "pSo117",
        "en",
        "pmc_phytase",
        "Phytase and xylanase for nursery pigs and broilers",
        "University review and advice: phytase and xylanase break down phytic acid and xylans, improving nutrient "
        "digestibility and growth and possibly gut health in nursery pigs and broiler chickens.",
    ),
    (
        "pSo118",
        "en",
        "poultrysite_nsp",
        "NSP enzymes and higher phytase doses in poultry diets",
        "Technical service on matching NSP enzymes and phytase to poultry diets; higher phytase dosing releases more "
        "phosphorus and spares energy, easing least-cost formulation when phosphate prices climb.",
    ),
    (
        "pSo119",
        "en",
        "agritech",
        "Liquid premixes for approved feed manufacturers",
        "Liquid premixtures of feed additives on water or feed-material carriers, not for direct feeding, sold only to "
        "approved feed manufacturers.",
    ),
    # --- drying and storage ---
    (
        "pSo120",
        "vi",
        "do_am",
        "Kiểm soát độ ẩm nguyên liệu và thức ăn chăn nuôi",
        "Thiết bị và tư vấn kiểm soát độ ẩm theo ngưỡng: ngô, thóc, tấm dưới 14,5%; cám gạo dưới 13%; đậu tương, khô dầu, "
        "sắn khô dưới 14%; ẩm cao gây mốc, kẹt đường ống, ẩm quá thấp làm sản phẩm không đồng nhất.",
    ),
    (
        "pSo121",
        "en",
        "world_grain",
        "Hermetic storage and silo bags",
        "Sealed storage (silo bags, sealed bins and warehouses) that lets grain and insect respiration drop oxygen below "
        "4–5% to stop insects and moulds; guidance on adding CO2 or nitrogen where needed.",
    ),
    (
        "pSo122",
        "en",
        "lylelandbarn",
        "Storage practices for grain and feed",
        "Advice on drying before storage, aeration systems in bins to control temperature and moisture, rodent-proof "
        "sealed units, tarpaulins and organic-acid preservatives.",
    ),
    (
        "pSo123",
        "en",
        "flutrackers",
        "Practical lessons on storing feed corn",
        "Farm experience: corn above 15.5% moisture moulds in sealed drums as condensation forms; ventilated cribs and "
        "airflow keep stored feed sound.",
    ),
    (
        "pSo124",
        "en",
        "eathealthy",
        "Farm supply storage system",
        "Checklist for storing feed and seed: cool, dry and dark rooms, metal cans against rodents, roof "
        "checks and first-in "
        "first-out rotation.",
    ),
    (
        "pSo125",
        "vi",
        "say_thoc",
        "Quy trình công nghệ sấy thóc",
        "Đồ án thiết kế quy trình và thiết bị sấy thóc (lúa) sau thu hoạch, dựa trên thành phần hóa học hạt: tinh bột, "
        "protein, xenluloza.",
    ),
    (
        "pSo126",
        "en",
        "biologyinsights",
        "Silage storage for forage quality",
        "Guidance on bunker, bag and tower silos for fermented forage, pH 3.5–4.5, to keep dry-matter losses below "
        "15–25%.",
    ),
    (
        "pSo127",
        "en",
        "centralbuild",
        "Hay sheds for forage storage",
        "Hay sheds with floors that cut forage spoilage by up to 50% versus outdoor stacks.",
    ),
    (
        "pSo128",
        "en",
        "americantarps",
        "Silage covers, wraps and grain bags",
        "Oxygen-barrier films, heavy silage covers and plastic grain bags that keep stored feed airtight.",
    ),
    # --- quality testing and registration ---
    (
        "pSo129",
        "en",
        "ksu_analysis",
        "Feed ingredient analysis guide and lab list",
        "University extension guide on which analyses to order for feeds and ingredients (dry matter, crude "
        "protein, ether "
        "extract, NDF, lysine, calcium, phosphorus, mycotoxins) and a list of commercial labs.",
    ),
    (
        "pSo130",
        "en",
        "al_plains",
        "Livestock feed analysis laboratory",
        "Agricultural lab analysing feed: moisture by oven drying, crude protein (N x 6.25), digestible and ADF-insoluble "
        "protein, crude fat and other nutrients, reported dry and as-is.",
    ),
    (
        "pSo131",
        "en",
        "gopoultry_lab",
        "Setting up an in-house feed mill laboratory",
        "Advice on the lab a feed mill needs: nutrient analysis of each batch and supplier, contaminant "
        "checks (e.g. trypsin "
        "inhibitors in soybean) and adulterant detection, to keep quality and negotiate prices.",
    ),
    (
        "pSo132",
        "en",
        "lkv_sachsen",
        "Compound feed analysis packages",
        "Laboratory packages for compound feeds for pigs and poultry, grain, soybean and rapeseed meals: dry matter, ash, "
        "crude protein, fat, fibre, starch, sugar, minerals and energy.",
    ),
    (
        "pSo133",
        "vi",
        "lab_manual",
        "Quy trình phân tích thành phần thức ăn tại phòng thí nghiệm",
        "Đào tạo và phân tích mẫu thức ăn: nhận mẫu, sấy và nghiền mẫu; vật chất khô ở 105 °C, tro ở 550 °C; đạm thô bằng "
        "Kjeldahl; béo bằng Soxhlet với ether dầu hỏa.",
    ),
    (
        "pSo134",
        "en",
        "fishconsult",
        "Durability and water stability of fish feed pellets",
        "Consultant review on pellet durability (fines from bagging and transport) and water stability matched to feeding "
        "habit: trout eat in minutes, tilapia over about two hours, shrimp over several hours.",
    ),
    (
        "pSo135",
        "en",
        "gsa_water",
        "Quantitative water-stability test for shrimp feed",
        "Standard lab procedure to measure shrimp feed hydrostability quantitatively and repeatably, replacing glass, "
        "string or chopstick checks so mills and farms share one quality control.",
    ),
    (
        "pSo136",
        "vi",
        "pm_quality",
        "Cách nhận biết chất lượng viên thức ăn cá",
        "Hướng dẫn người nuôi kiểm tra nhanh viên thức ăn cá: màu vàng nâu theo nguyên liệu, mùi cá và khô đậu, ngâm nước "
        "3–5 phút xem độ tan rã, soi kính lúp, sàng bột.",
    ),
    (
        "pSo137",
        "en",
        "fanway_quality",
        "Identifying fish feed quality on the farm",
        "Practical checks of purchased fish pellets by colour, smell and water resistance, since feed is 50–70% of "
        "aquaculture cost.",
    ),
    (
        "pSo138",
        "en",
        "ximeng",
        "Pond-predictive pellet durability testing",
        "Durability testing beyond the Holmen or tumbling PDI: water immersion of 3–120 minutes, pump and aeration stress "
        "and microbial breakdown; a 94% PDI pellet can fall apart in 8 minutes in a 28 °C brackish shrimp pond.",
    ),
    (
        "pSo139",
        "en",
        "lawyer24h",
        "Recognition of animal feeds for circulation in Vietnam",
        "Legal brief: feeds had to be recognised by the Directorate of Fisheries or the Department of "
        "Livestock Production "
        "before sale, valid five years; advertising had to match applied standards.",
    ),
    (
        "pSo140",
        "en",
        "decree13",
        "Decree 13/2020 on animal husbandry: feed rules",
        "English text of Decree 13/2020/ND-CP elaborating the Law on Animal Husbandry: main criteria for complete and "
        "concentrated feeds (crude protein, total lysine), safety criteria (toxins, microbes, heavy metals), conditions.",
    ),
    (
        "pSo141",
        "vi",
        "circ61",
        "Quy chuẩn QCVN 01-77 và 01-78:2011 về thức ăn chăn nuôi",
        "Văn bản quy chuẩn kỹ thuật quốc gia: điều kiện cơ sở sản xuất thức ăn chăn nuôi thương mại (01-77) "
        "và chỉ tiêu an "
        "toàn, mức giới hạn tối đa trong thức ăn (01-78).",
    ),
    (
        "pSo142",
        "en",
        "switec",
        "Draft circular on feed management (WTO notification)",
        "Notified draft circular under the Animal Husbandry Law: feed sampling principles, labelling, "
        "production reporting, "
        "mandatory quality criteria, banned substances and permitted feed ingredients.",
    ),
    (
        "pSo143",
        "vi",
        "circ66",
        "Điều kiện cơ sở sản xuất, gia công thức ăn chăn nuôi",
        "Hướng dẫn theo Thông tư 66/2011/TT-BNNPTNT về địa điểm, nhà xưởng, thiết bị và nhân viên kỹ thuật của cơ sở sản "
        "xuất, gia công thức ăn chăn nuôi (nay đã được thay thế bởi văn bản mới).",
    ),
    (
        "pSo144",
        "vi",
        "thong_tu_04",
        "Thông tư 04/2020 quy chuẩn kỹ thuật quốc gia về thức ăn chăn nuôi",
        "Tải văn bản Thông tư 04/2020/TT-BNNPTNT ban hành quy chuẩn kỹ thuật quốc gia về thức ăn chăn nuôi.",
    ),
    (
        "pSo145",
        "vi",
        "cong_bo",
        "Thủ tục công bố chất lượng sản phẩm thực phẩm",
        "Dịch vụ làm hồ sơ tự công bố và đăng ký bản công bố sản phẩm thực phẩm theo Nghị định 15/2018/NĐ-CP.",
    ),
    (
        "pSo146",
        "vi",
        "attp",
        "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Tư vấn xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho cơ sở sản xuất, kinh "
        "doanh thực phẩm.",
    ),
    (
        "pSo147",
        "vi",
        "thuoc_thu_y",
        "Thủ tục nhập khẩu thuốc thú y",
        "Dịch vụ xin giấy phép nhập khẩu thuốc thú y cho doanh nghiệp.",
    ),
    (
        "pSo148",
        "en",
        "foragetesting",
        "Forage laboratory certification",
        "Proficiency programme certifying forage labs on dry matter, crude protein, ADF and NDF check samples.",
    ),
    (
        "pSo149",
        "en",
        "dairyland",
        "Forage and silage test methods",
        "Lab methods for feed and forage: corn silage processing score, NDF digestibility, starch digestibility, ruminal "
        "protein digestibility.",
    ),
    # --- more offers ---
    (
        "pSo150",
        "vi",
        "bsf_dongnai",
        "Cung cấp trứng và ấu trùng ruồi lính đen (Nhơn Trạch)",
        "Trại ruồi lính đen ở Nhơn Trạch (Đồng Nai) bán trứng và ấu trùng làm thức ăn cho lợn, gà, cá; ấu "
        "trùng khô có thể "
        "xay trộn thay bột cá; hướng dẫn khởi nghiệp ít vốn.",
    ),
    (
        "pSo151",
        "vi",
        "dagatructiep",
        "Hướng dẫn trộn thức ăn gà thả vườn",
        "Hướng dẫn chọn nguyên liệu và cách trộn thức ăn cho gà thả vườn: nguồn bột đường từ ngô, tấm, cám, khoai, sắn; "
        "nguồn đạm; chế độ ăn theo nhu cầu đàn.",
    ),
    (
        "pSo152",
        "vi",
        "luanvan_taituong",
        "So sánh 3 loại thức ăn cho cá tai tượng",
        "Kết quả luận văn (ĐH Tây Đô) về ảnh hưởng của 3 loại thức ăn lên sinh trưởng và tỷ lệ sống cá tai tượng da beo.",
    ),
    (
        "pSo153",
        "vi",
        "ca_ro_dau_vuong",
        "Nuôi thương phẩm cá rô đầu vuông",
        "Chuyển giao quy trình nuôi đơn và nuôi ghép cá rô đầu vuông với mè, trắm (ĐH Hồng Đức); thu 1,218 tấn cá, lãi "
        "14,38 triệu đồng.",
    ),
    (
        "pSo154",
        "vi",
        "trung_co",
        "Nuôi trùng cỏ cho cá bột cá cảnh",
        "Hướng dẫn nhân giống trùng cỏ (trùng đế giày, trùng bánh xe) làm thức ăn cho cá bột mới nở của cá cảnh cỡ nhỏ.",
    ),
    (
        "pSo155",
        "en",
        "richi_ext2",
        "Floating fish feed extruders, 0.2–12 t/h",
        "Extruders for floating feed for tilapia, catfish, trout and ornamental fish, 0.2–12 t/h per machine and pellets "
        "0.5–15 mm, from rice bran, soybean cake, fish meal, corn flour, vitamins and bone meal; mill design service.",
    ),
    (
        "pSo156",
        "en",
        "ohgardens",
        "Duckweed growing guidance",
        "Notes on growing duckweed in ponds or indoor containers as a protein feed for fish and livestock; "
        "fish output can "
        "rise from a few hundred kg to 10 t/ha/year.",
    ),
    (
        "pSo157",
        "en",
        "wiki_mixer",
        "Feed mixer types for small farms",
        "Reference on feed mixers: vertical screw mixers for small farms; horizontal paddle or ribbon mixers for more "
        "uniform mixing and shorter times; bowl shapes and auger systems.",
    ),
    (
        "pSo158",
        "en",
        "fpm_nepal",
        "Tilapia feed pellet mills with duckweed",
        "Small tilapia feed mill machines, with notes on duckweed (25–45% protein, doubling in about 36 hours) as a "
        "supplement to pelleted feed.",
    ),
]
