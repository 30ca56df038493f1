"""Offers for holdout162: (id, language, source key, title, description)."""

OFFERS = [
    # --- crab seed: broodstock, hatchery, nursery ---
    (
        "oHo001",
        "vi",
        "seed_123_kythuat",
        "Quy trình nuôi vỗ cua bố mẹ và kích thích thành thục",
        "Chuyển giao quy trình nuôi vỗ cua biển bố mẹ trong bể 1-2 m3 hoặc lồng 1-2 m2 đặt trong ao, chọn cua có chiều rộng mai 9-10 cm. "
        "Cua đực và cái thả chung 1-3 con/m2 để ghép cặp; có thể cắt mắt để rút ngắn thời gian thành thục còn khoảng 10 ngày. "
        "Thức ăn ưu tiên nhuyễn thể hai mảnh vỏ tươi, bổ sung mực, tôm, sò để trứng lên màu cam; thay 30-200% nước biển tự nhiên mỗi ngày.",
    ),
    (
        "oHo002",
        "vi",
        "seed_tsvn_cuaxanh",
        "Công nghệ sản xuất giống cua xanh chủ động tại chỗ",
        "Gói công nghệ sản xuất giống cua xanh được phát triển từ chương trình KC.06 giai đoạn 1998-2003, giúp cơ sở tự sản xuất một phần con giống "
        "có chất lượng, kịp mùa vụ thay vì phụ thuộc cua giống khai thác tự nhiên. Phù hợp các vùng nuôi quảng canh năng suất thấp (khoảng 137 kg/ha) "
        "muốn nâng năng suất. Thịt cua xanh giàu đạm (26,8%) và ít mỡ (1,4%), là mặt hàng xuất khẩu giá trị cao.",
    ),
    (
        "oHo003",
        "vi",
        "seed_seaneu",
        "Thiết kế trại giống cua biển và xử lý nước cấp",
        "Tư vấn chọn địa điểm trại giống gần biển, gần rừng ngập mặn và vùng nuôi, có điện lưới. Nước cấp độ mặn từ 25‰ trở lên được xử lý thuốc tím 1,5-2 g/m3, "
        "sục khí 30 phút, vôi 50 g/m3, để lắng rồi bơm qua túi lọc và khử clo. Bể nuôi cua mẹ có ngăn cát chiếm 1/3 đáy dày 5-7 cm, đặt ngói làm chỗ trú, "
        "độ mặn 30-32‰; cua mẹ 450-600 g đầy gạch, thả 2 con/m2, cho ăn cá, vọp, hầu hai bữa/ngày và xi phông chất thải.",
    ),
    (
        "oHo004",
        "vi",
        "seed_tokhai",
        "Quy trình ương ấu trùng cua từ Zoea đến Megalop",
        "Quy trình ương ấu trùng cua Scylla paramamosain áp dụng tại trại giống ở Cà Mau: giai đoạn Zoea1-Zoea5 ương 300 con/L trong bể composite 4 m3, "
        "hệ nước trong hở, độ mặn 28 ppt, thức ăn artemia và Lansy ZM; giai đoạn Zoea5-Megalop giảm còn 30 con/L. Sau 14 ngày ấu trùng chuyển hết sang Megalop, "
        "tỷ lệ sống 6,5%; chi phí mỗi đợt khoảng 15 triệu đồng (artemia chiếm 40%), lợi nhuận khoảng 35 triệu đồng/đợt.",
    ),
    (
        "oHo005",
        "vi",
        "seed_zoea_review",
        "Tư vấn kỹ thuật ương ấu trùng cua biển giai đoạn zoea",
        "Nhóm nghiên cứu Trường Đại học Văn Lang tổng hợp và tư vấn kỹ thuật ương ấu trùng cua biển (Scylla) ở các giai đoạn zoea: điều kiện bể ương, "
        "môi trường nước, chế độ dinh dưỡng và chăm sóc, nhằm tạo đủ ấu trùng có chất lượng cho các khâu ương nuôi tiếp theo. Áp dụng cho bốn loài nuôi thương mại "
        "S. olivacea, S. paramamosain, S. serrata và S. tranquebarica.",
    ),
    (
        "oHo006",
        "vi",
        "seed_gieo",
        "Ương cua bột lên cua giống trong gièo đặt trong ao",
        "Quy trình giảm hao hụt khi thả cua hạt tiêu: chọn cua bột đều cỡ, rộng mai khoảng 3 mm; vận chuyển hở trên khay 30 x 20 x 5 cm lót khăn ướt, phủ cỏ tươi, "
        "1.000 con mỗi khay. Gièo lưới mắt 1,5 mm rộng 30-40 m2, cao 1,6-1,8 m, cắm nơi nước sâu 1,0-1,2 m, đáy phủ bùn mỏng 0,5 cm, thả lá dừa khô làm chỗ trú; "
        "thả cua lúc 7-8 giờ sáng.",
    ),
    (
        "oHo007",
        "vi",
        "seed_ctu_uong",
        "Đánh giá kỹ thuật và hiệu quả kinh tế ương cua giống",
        "Khoa Thủy sản, Trường Đại học Cần Thơ cung cấp kết quả khảo sát các khía cạnh kỹ thuật và hiệu quả kinh tế của nghề ương cua Scylla paramamosain giống "
        "tại Bạc Liêu và Cà Mau, làm căn cứ để hộ dân và hợp tác xã lựa chọn mô hình ương cua giống phù hợp.",
    ),
    (
        "oHo008",
        "vi",
        "seed_cuame_transport",
        "Kỹ thuật vận chuyển cua mẹ ôm trứng",
        "Hướng dẫn vận chuyển cua mẹ ôm trứng không gãy chân càng, không rơi trứng: chỉ vận chuyển xa khi cua đã đẻ 4 ngày, không vận chuyển xa khi trứng đã ấp trên 7 ngày. "
        "Vận chuyển kín trong bao PE 80-120 x 40-60 cm bơm oxy, nước chiếm 1/4-1/3 thể tích, đặt túi nước đá kín để giữ 20-24°C; hoặc vận chuyển hở trong thùng có sục khí. "
        "Cua được chải sạch bùn trước khi đóng bao.",
    ),
    (
        "oHo009",
        "vi",
        "seed_giaovi",
        "Nuôi cua cái đã giao vĩ trong ao để lấy cua mẹ",
        "Quy trình cải tạo ao (tát cạn, bón vôi, khử trùng, rào lưới) và thả cua bố mẹ 1-2 con/m2, tỷ lệ đực cái 1:1. Cua ghép đôi 3-4 ngày, giao phối từ 5 giờ đến 1 ngày; "
        "cua đẻ tốt ở độ mặn 8-33‰ và nhiệt độ 19-32°C, khoảng 7-16 giờ sau giao phối. Cung cấp nguồn cua mẹ chủ động cho trại sản xuất giống.",
    ),
    (
        "oHo010",
        "en",
        "seed_nursery_review",
        "Mud crab nursery culture: from megalopa to crablet",
        "A research group from Indonesia, Malaysia and China offers advice drawn from its review of mud crab (Scylla) nursery culture, the step between hatchery "
        "megalopae and pond stocking. Covers rearing systems, densities, shelters, feeds and the main bottlenecks, so that hatcheries can deliver larger, hardier "
        "crablets for commercial seed production.",
    ),
    (
        "oHo011",
        "en",
        "seed_fao_manual",
        "Mud crab aquaculture training based on the FAO practical manual",
        "Training package built on FAO Fisheries and Aquaculture Technical Paper 567 (Shelley and Lovatelli, 2011): hatchery larval rearing with tanks covered by plastic "
        "to keep out aerosol contamination and hold temperature, nursery of crablets, earthen pond grow-out with netting around the pond, and packing crabs "
        "with head and claws tilted upward in boxes.",
    ),
    (
        "oHo012",
        "en",
        "seed_quinitio",
        "Nursery rearing of crablets from megalopa (SEAFDEC protocol)",
        "SEAFDEC Aquaculture Department nursery system that grows crablets from megalopa or first crab instar (1.0 cm or less) before pond stocking, "
        "replacing wild-caught juveniles. The hatchery-based seed supply is already used in the Philippines and Vietnam for Scylla serrata, "
        "S. tranquebarica, S. olivacea and S. paramamosain.",
    ),
    (
        "oHo013",
        "en",
        "seed_cmfri",
        "Course: breeding and larval rearing of mud crab",
        "Course module from the Central Institute of Brackishwater Aquaculture (Chennai) on mud crab biology, broodstock, breeding and hatchery larval rearing. "
        "It explains why hatchery technology is still the main constraint of crab farming and how to convert abandoned shrimp ponds to crab culture.",
    ),
    (
        "oHo014",
        "en",
        "seed_waiho",
        "Optimising larval rearing parameters for Scylla hatcheries",
        "Shantou University and Universiti Malaysia Terengganu scientists advise hatcheries on larval rearing parameters, digestive development and diets for each larval "
        "stage of mud crab. Most farms still rely on wild crablets because larval survival is low and inconsistent; the service targets stable hatchery output.",
    ),
    (
        "oHo015",
        "en",
        "live_arktik",
        "Collection and dry packing of juvenile mud crabs for farm stocking",
        "Fisheries advisory on gear for juvenile and seed crabs (push nets, lift nets, baited traps; bottom seines in Viet Nam canals) and on post-harvest handling: "
        "juveniles are packed without water in boxes or bags kept moist and can travel several days to middlemen and farmers without significant losses. "
        "Wild juvenile S. paramamosain can exceed 1,000 per hectare where harvested.",
    ),
    # --- grow-out, fattening, crab feed ---
    (
        "oHo016",
        "vi",
        "grow_haiphong",
        "Quy trình nuôi thương phẩm cua xanh trong ao đất",
        "Trung tâm Khuyến nông chuyển giao quy trình nuôi cua xanh thương phẩm: chọn vùng trong quy hoạch, cao trình trại không quá 3-4 m so với triều cực đại, "
        "có nước ngọt để hạ độ mặn khi cần. Ao đạt độ mặn 5-33‰, độ trong 0,4-0,5 m, pH nước 7,5-8,5, pH đất trên 5, đáy bùn hoặc bùn cát, ở trung hoặc cao triều. "
        "Mùa thả chính tháng 2-5 dương lịch, có thể nuôi 2 vụ/năm.",
    ),
    (
        "oHo017",
        "vi",
        "grow_123_thagiong",
        "Kỹ thuật thả giống và chăm sóc cua thịt, nuôi trong ruộng lúa",
        "Hướng dẫn mật độ và thời gian nuôi theo cỡ cua giống, vận chuyển giống bằng bao bố có tưới nước biển giữ ẩm, thả cua lúc trời mát trên bãi để cua tự bò xuống nước. "
        "Cho ăn cá tạp, tôm, còng, nhuyễn thể, ngũ cốc với lượng 5-10% khối lượng cua, chia sáng và chiều, tốt nhất lúc nước lớn. "
        "Có thể nuôi cua luân canh trong ruộng lúa mùa mặn hoặc xen canh khi lúa đã tốt, hoặc thả ghép trong đầm tôm quảng canh.",
    ),
    (
        "oHo018",
        "vi",
        "grow_op_zaidap",
        "Nuôi vỗ cua ốp thành cua thịt, cua gạch trong 25-35 ngày",
        "Kỹ thuật nuôi vỗ cua ốp (cua nước: mai, yếm chưa cứng, thịt chưa đầy, gạch còn ít) thành cua thịt chắc và cua gạch đầy trong 25-35 ngày. "
        "Ao 200-500 m2, bờ cao hơn triều cao nhất 0,5 m, sâu 1,2-2 m, giữa ao có mô đất trồng cây che mát, độ mặn 10-25‰; "
        "đăng tre, tầm vông, bẹ dừa nước hoặc lưới cao 0,8-1,2 m cắm nghiêng vào trong ao để cua không thoát.",
    ),
    (
        "oHo019",
        "vi",
        "grow_gach_2lua",
        "Nuôi cua gạch trong ao và lồng",
        "Quy trình nuôi cua cái thành cua gạch ở độ mặn cao 25-35‰: cho ăn cá tạp, còng, tép, ruốc 5-10% khối lượng cua, 2 lần/ngày, cua trong lồng cho ăn lúc nước đứng; "
        "thay 30% nước ao mỗi ngày theo triều, dọn thức ăn thừa hằng ngày. Sau 10-14 ngày kiểm tra gạch và thu hoạch, không để quá lâu vì cua dễ thoát, thoái hóa gạch hoặc chết.",
    ),
    (
        "oHo020",
        "vi",
        "grow_long_2lua",
        "Thiết kế lồng tre nuôi cua gạch đặt ven sông",
        "Mẫu lồng nuôi cua gạch dài 2-3 m, rộng 1,5-2 m, làm bằng nan tre hoặc gỗ chịu nước bản 3 cm đóng cách nhau 1,5-2 cm, nắp 0,5 x 0,5 m, chia 2-3 ngăn để phân bố và phân loại cua. "
        "Dùng tre hoặc thùng nhựa làm phao giữ lồng ngập 0,7-1 m nước, neo hoặc cắm cọc ở đoạn sông nước chảy vừa, không ô nhiễm.",
    ),
    (
        "oHo021",
        "vi",
        "grow_op_chac",
        "Nuôi cua óp lên cua chắc và nuôi cua gạch",
        "Nuôi cua vừa lột còn mộng nước, vỏ mềm (cỡ khoảng 300 g) trong ao nhỏ 300-1.000 m2 hoặc bãi triều có đăng, mật độ 2-3 con/m2; sau 10-14 ngày cua cứng mai, chắc thịt, "
        "khối lượng tăng 30-40%. Cua cái tiếp tục nuôi thành cua gạch (mùa vụ tháng 6-12, chính vụ tháng 7-9), chọn cua cái 200-400 g vỏ cứng, yếm tròn, lồng 3 x 2 x 1,5 m.",
    ),
    (
        "oHo022",
        "vi",
        "grow_scribd_vi",
        "Tài liệu kỹ thuật nuôi cua biển thương phẩm: sinh học và môi trường",
        "Bộ tài liệu tập huấn về đặc điểm sinh học cua xanh (ăn tạp thiên về động vật, lột xác theo chu kỳ con nước) và ngưỡng môi trường nuôi: pH 7,5-9,5, "
        "thích hợp nhất 7,5-8,2, chịu được pH thấp hơn 6,5; sống từ nước gần ngọt đến độ mặn 33‰; nhiệt độ thích hợp 25-29°C ở phía Nam.",
    ),
    (
        "oHo023",
        "vi",
        "grow_tsvn_nuoicua",
        "Tập huấn kỹ thuật nuôi cua biển cho hộ dân",
        "Nhóm tác giả cuốn sách hướng dẫn nuôi cua biển đầu tiên ở Việt Nam (in năm 1993) nhận tập huấn cho hộ nuôi về nuôi cua xanh (cua sú, cua bùn) ở vùng nước lợ, "
        "sử dụng cua giống sản xuất nhân tạo, và gợi ý các hướng chế biến như cua đóng hộp, cua lột chín đông lạnh, bột cua dùng trong bánh phồng tôm và mắm.",
    ),
    (
        "oHo024",
        "vi",
        "grow_ctu_textbook",
        "Thiết kế ao chuyên nuôi cua và vuông tôm - cua - rừng",
        "Giáo trình kỹ thuật nuôi cua biển (ĐBSCL) hướng dẫn thiết kế: ao chuyên cua 300-1.000 m2 (có nơi 0,5-2 ha), sâu 0,8-1,2 m, chân bờ rộng 3 m chống cua đào hang, "
        "rào đăng tre, tấm nhựa hoặc lưới cước nghiêng vào ao, cống có 2 lớp đăng chắn. Vuông tôm - cua - rừng rộng 3-5 ha, mương bao 30-50% diện tích, sâu 1-1,5 m, rộng 3-8 m, rừng chiếm 50-70%.",
    ),
    (
        "oHo025",
        "vi",
        "grow_benthungnhua",
        "Mô hình vỗ béo cua trong thùng nhựa có van cấp thoát riêng",
        "Mô hình nuôi cua trong thùng nhựa đặt trong nhà, mỗi thùng có van khóa cấp và thoát nước riêng, nước đã diệt khuẩn để tránh lây bệnh giữa các thùng. "
        "Nước biển độ mặn 10-15 g/L, pH 7,5-8, diệt khuẩn 15 ngày/lần, bổ sung khoáng 10 ngày/lần cho cua chắc vỏ. Thả cua giống loại 4 con/kg, 4 con mỗi thùng; "
        "60 thùng đặt trên 25 m2 nuôi 240 con, sau khoảng 1,5 tháng cho cua hai da bán khoảng 300.000 đồng/kg.",
    ),
    (
        "oHo026",
        "en",
        "seed_quinitio",
        "Pond grow-out and fattening of mud crab (SEAFDEC)",
        "SEAFDEC protocol for growing crablets to market size in 4-5 months or fattening lean crabs in 30-45 days in brackishwater earthen ponds originally built for shrimp or fish. "
        "Site criteria: clay, clay-loam or sandy-clay soil, reliable brackishwater, no pollution, protection from typhoon, flood and siltation, and land about 1 m above the highest tide "
        "for draining; includes pond preparation and harvest.",
    ),
    (
        "oHo027",
        "en",
        "grow_modernag",
        "Mud crab farm start-up guide: pond, cage and pen systems",
        "Consultancy for new mud crab farms covering licensing, hatchery, nursery and grow-out phases, and the choice between earthen ponds for brackish water and cages or pens in mangroves. "
        "Stresses cannibalism control and the expert knowledge needed on nutrition, pond management, processing and marketing of hard-shell and soft-shell crabs.",
    ),
    (
        "oHo028",
        "en",
        "grow_vertical_sg",
        "Vertical stacked-container system for finishing mud crabs",
        "Urban aquaculture design in which each crab is held in a vertically stacked, A3-sized plastic container with water sprinkled continuously. "
        "Hatchery crabs of about 400 g (4 months old) are finished to 800 g-1 kg in about seven weeks, fed daily on ground chicken liver and trash fish.",
    ),
    (
        "oHo029",
        "en",
        "grow_ras_boxes",
        "Choosing boxes for vertical mud crab farms",
        "Engineering advice on box size (larger boxes give better feeding, faster growth and shorter intermolt but need more floor area and rent), durability against crab damage, "
        "lids opened 2-3 times a day, piping and stacking height. Helps match the box to soft-shell, grow-out or fattening business models.",
    ),
    (
        "oHo030",
        "en",
        "feed_santeh",
        "Formulated crab feed line from starter to fattener",
        "A feed company supplies crumble and starter feeds for crablets and grower, finisher and fattener pellets for mud crab. In a one-hectare pond trial, 3,000 crablets of 44 g were trained "
        "to pellets in a 40 x 20 m pen for 60 days (reaching 220 g), released and grown to 500 g in four months, with a feed conversion of 0.9. "
        "Replaces trash fish and small clams traditionally fed in crab-milkfish-shrimp ponds.",
    ),
    (
        "oHo031",
        "en",
        "feed_ras",
        "Feeding strategy advice for mud crab farms",
        "Advisory comparing trash fish, formulated pellets and other feeds for mud crabs: trash fish is cheap but must be bought daily and cut to size, while dry formulated feed stores well, "
        "can be sized to the crab and has higher protein. Includes a weaning plan to move crabs gradually from trash fish to a full pellet diet.",
    ),
    (
        "oHo032",
        "en",
        "feed_was_auburn",
        "Formulated diet trial for boxed mangrove crabs",
        "Auburn University results on replacing trash fish in soft-shell crab farms: 600 crabs of 60-80 g held in individual boxes on PVC pontoon rafts in Ranong, Thailand, "
        "fed 3% of body weight twice daily for 45 days. Commercial shrimp feed gave the best growth (0.89 g/day); a high-soybean diet gave the best survival (95%).",
    ),
    (
        "oHo033",
        "en",
        "feed_was_carotenoid",
        "Feed additives for crab colour, moulting and survival",
        "Research-based feed formulation adding carotenoid pigments, phospholipids and omega-3 fatty acids (including astaxanthin) to mud crab diets to address slow growth, faded colour, "
        "deformities and moulting problems seen with artificial feeds. Tested on juvenile crabs housed individually in a recirculating system for 8 weeks.",
    ),
    (
        "oHo034",
        "en",
        "feed_natural",
        "Boosting natural food in mud crab ponds",
        "Extension guide to enhance natural food in semi-intensive crab ponds: polychaete worms, amphipods and copepods, snails and clams, detritus and periphyton, "
        "encouraged by organic manure fertilisation, to cut feed cost and improve crab health.",
    ),
    (
        "oHo035",
        "en",
        "feed_snail",
        "Low-cost natural feeds for mud crab grow-out",
        "Trial results comparing trash fish, African land snail, horn snail, edible frog and mud snail as mud crab feeds (7% of body weight, twice daily, 21 days, lean crabs in cages). "
        "African land snail gave the best weight gain, feed conversion 1.38 and a 96.8% return on investment.",
    ),
    (
        "oHo036",
        "vi",
        "feed_bahai",
        "Thức ăn viên ẩm cho cua xanh nuôi lột trong bể tuần hoàn",
        "Kết quả thử nghiệm tại cơ sở nuôi cua lột tuần hoàn ở Phú Yên với 7 loại thức ăn (cá liệt, cá cơm, cá trích, mực và 3 công thức viên ẩm), 3 lần lặp, 5 tuần. "
        "Công thức CB2 (40% cá liệt, 40% bột ruốc, 18% phụ gia, 2% vitamin và khoáng) cho tỷ lệ sống cao nhất 95%; cho ăn cá cơm có tỷ lệ lột vỏ thấp nhất 73% so với 83,3-87,5%.",
    ),
    # --- mangrove culture ---
    (
        "oHo037",
        "en",
        "grow_seafdec_pens",
        "Mud crab pen culture and fattening in mangroves",
        "SEAFDEC method to grow or fatten mud crabs in net or bamboo pens of 500-1,000 m2 inside standing mangroves, without clearing trees. Fence 2.0-2.5 m high, buried at least 50 cm, "
        "with a 30 cm overhang; canals 0.5 m deep covering about 20% of the pen hold water at low tide. Stock 200-300 g S. serrata (100-150 g for S. olivacea and S. tranquebarica) "
        "and harvest in 2-3 months, or fatten larger lean crabs in 30-45 days; feed fish, snails, entrails or boiled corn once or twice a day.",
    ),
    (
        "oHo038",
        "vi",
        "grow_2lua_mangrove",
        "Nuôi cua trong rừng ngập mặn bằng quây lưới",
        "Mô hình nuôi cua dưới rừng ngập mặn ít vốn, năng suất 600-650 kg/ha/vụ: vùng nước mặn thường xuyên 10-25‰, 25-30°C. Quây lưới 0,5-1 ha, mép trên có tấm nilon cao 50 cm, "
        "chân lưới cắm sâu 50-70 cm, nước 0,8-1 m lúc triều cao. Diệt địch hại khi triều thấp; thả 5.000-10.000 con/ha cỡ 30-40 g; cho ăn cá tạp băm 6-10% khối lượng cua.",
    ),
    (
        "oHo039",
        "en",
        "grow_mirera_cages",
        "Drive-in cage culture of mud crab in mangrove forests",
        "Community mariculture model from Kenya: individual drive-in cages of 30 x 30 x 30 cm set among Rhizophora mangroves, 180 cages in sets of 10. Crabs of 50-380 g bought from fishers "
        "were fed 10% of body weight at incoming tide for 120 days, comparing gastropod meat, fish offal and a mix, with monthly growth, moult and mortality records.",
    ),
    (
        "oHo040",
        "en",
        "grow_mottama",
        "Mangrove-friendly mud crab cultivation for coastal communities",
        "Extension programme from the Gulf of Mottama on cultivating mud crabs inside mangrove forests without harming the habitat and with higher income, "
        "combined with sustainable catching rules: no capture of larvae, undersized juveniles or egg-bearing females, and no illegal nets.",
    ),
    (
        "oHo041",
        "en",
        "grow_shelley_cba",
        "Policy advice on capture-based mud crab aquaculture",
        "FAO review-based advice for provinces on managing wild mud crab seed fisheries while expanding farming: avoid recruitment overfishing of juveniles, "
        "protect mangroves, promote mangrove pen farming, move to hatchery seed and to formulated diets instead of trash fish.",
    ),
    # --- soft-shell crab ---
    (
        "oHo042",
        "vi",
        "soft_vaisaa",
        "Mô hình nuôi cua lột trong ao nhỏ có giai chứa",
        "Chuyển giao mô hình nuôi cua lột thương phẩm: ao 100-200 m2 hình chữ nhật, rộng không quá 5 m, giữa ao có trảng 1 m, đáy sét hoặc sét pha cát, nước 0,6-0,8 m, "
        "chắn kỹ cống. Giai gỗ lưới xanh 3 x 1,5 x 0,5 m đặt ngập 0,3-0,4 m để giữ cua sắp lột. Nuôi quanh năm, tập trung tháng 3-7; cua giống chắc thịt 50-100 g.",
    ),
    (
        "oHo043",
        "vi",
        "soft_vungtau",
        "Hệ thống bể lọc tuần hoàn nuôi cua lột quy mô nhỏ",
        "Cung cấp và lắp đặt bể, thùng nuôi cua lột có nắp đậy thông khí, hệ lọc cơ học và sinh học (bông lọc, sứ lọc, san hô vụn), máy sục khí. "
        "Pha nước lợ 10-25 ppt, có khúc xạ kế đo độ mặn, khử clo nước máy; phù hợp hộ muốn nuôi cua lột tại nhà.",
    ),
    (
        "oHo044",
        "vi",
        "soft_zaidap",
        "Quy trình nuôi cua lột vùng nước lợ ven rừng",
        "Nuôi cua lột ở vùng nước lợ độ mặn 5-25‰, ven kênh rạch, rừng đước, rừng dừa nước: ao 100-200 m2, sâu 1,5-2 m, bùn đáy 20-25 cm, một cống thoát sát đáy và một cống lấy nước, "
        "đăng lưới mùng chắn cống. Cào bùn, bón vôi 10 kg/100 m2 trước khi nuôi; chọn cua con 25-60 g.",
    ),
    (
        "oHo045",
        "vi",
        "soft_danviet",
        "Nuôi cua lột trong hộp nhựa trong nhà xưởng",
        "Mô hình nhà nuôi cua lột hơn 400 m2 dùng nước biển mua về (500.000 đồng/m3, khoảng 50 m3, hao hụt 10%/tháng bù bằng nước ngọt). Thức ăn vẹm xanh, dắt biển, hàu, "
        "chi phí khoảng 1.000 đồng/con/ngày; nuôi 10-15 ngày là thu, giá bán 800.000-1 triệu đồng/kg, lãi 150.000-180.000 đồng/kg; tỷ lệ chết còn khoảng 15%.",
    ),
    (
        "oHo046",
        "vi",
        "soft_vinacrab",
        "Mô hình nuôi cua lột quy mô hộ gia đình",
        "Doanh nghiệp nuôi cua lột ở Phú Yên chia sẻ mô hình quy mô hộ: theo dõi chu kỳ lột xác (cua trưởng thành lột nửa tháng đến một tháng một lần, mỗi lần khoảng 15 phút), "
        "thu cua ngay sau lột khi vỏ còn mềm; cua mất càng, chân sẽ tái sinh ở lần lột sau.",
    ),
    (
        "oHo047",
        "en",
        "soft_bluecrab",
        "Shedding tank system and packing of soft-shell crabs",
        "Shedding floats and tanks for peeler crabs showing moult signs, checked many times a day so that soft crabs are removed immediately before they harden or are eaten. "
        "Live soft crabs are graded by size, laid in waxed boxes on damp eelgrass and refrigerated until shipment.",
    ),
    (
        "oHo048",
        "en",
        "soft_ras_molting",
        "Moult-cycle monitoring for mud crab farms",
        "Technical service explaining the mud crab moult: calcium reabsorption, swelling with seawater, the visible moult of about 30 minutes, limb loss and regeneration, "
        "and the paper-shell stage after moulting, so that farms can time harvest of soft-shell crabs and avoid cannibalism of soft crabs.",
    ),
    (
        "oHo049",
        "en",
        "soft_tlmorris",
        "Peeler selection and commercial soft-crab shedding",
        "Know-how from a commercial shedding operation: buying peeler crabs that show moult signs, holding them until they back out of the old shell, and harvesting before hardening. "
        "Crabs grow 20-30% per moult, males pass 18-20 moults, and lost legs regrow within about three moults.",
    ),
    (
        "oHo050",
        "en",
        "soft_shedder",
        "Training for soft-crab shedder operators",
        "Job training for soft-crab shedders: sorting crabs by shell stage into open seawater tanks, running pumps for aeration and constant flow, watching for the start of shedding, "
        "assisting crabs stuck in the old shell and packing freshly emerged soft crabs for market.",
    ),
    # --- keeping and shipping crabs alive ---
    (
        "oHo051",
        "en",
        "live_ugent",
        "Methods for shipping live crabs and berried females",
        "Expert answers on live crab shipment: blue crabs refrigerated at 8-10°C under moist seaweed or paper survive 5-7 days (below 8°C can kill); ovigerous crabs in coolers with ice packs "
        "by air freight; Scylla serrata can travel at room temperature covered in moist sawdust for up to 7 days; claws can be bound.",
    ),
    (
        "oHo052",
        "en",
        "live_ras_supply",
        "Reducing mortality in the live mud crab supply chain",
        "Audit and advisory service for traders exporting live mud crabs by air to Singapore, Malaysia and Hong Kong, where post-harvest mortality can reach 30-40%. "
        "Addresses dry shipping in styrofoam boxes (crab about 95% of shipped weight), crabs kept out of water while volume is aggregated, and handling delays between farm and buyer.",
    ),
    (
        "oHo053",
        "en",
        "live_alive",
        "Best-practice handling of live mud crabs from harvest to transport",
        "Government guideline and training: return newly moulted crabs to the water, discard damaged or diseased crabs, tie claws hard against the body at once, hold crabs in clean damp "
        "hessian-lined crates, remove weak or bleeding crabs and dead crabs immediately, and store at 18-25°C avoiding temperature swings of 10°C, wind, sun and noise.",
    ),
    (
        "oHo054",
        "en",
        "live_tie",
        "Mud crab tying and storage technique",
        "Fisheries fact sheet and hands-on training in landing, holding and tying mud crabs with 60-80 cm of string, then wrapping them in a damp cloth or hessian bag for storage. "
        "Includes size checks (130 mm males, 140 mm females for recreational take) and returning berried or soft crabs.",
    ),
    (
        "oHo055",
        "en",
        "live_abc_grading",
        "National grading standard for live mud crabs",
        "Industry-agreed grading code for mud crabs: measure legal size, then press the underside of males and top of females; slight shell flex means B grade, a lot of flex means "
        "the crab goes back to the water because it lacks meat and is unlikely to reach market alive.",
    ),
    (
        "oHo056",
        "en",
        "live_vna_cargo",
        "Air cargo packing rules for live crabs",
        "Airline wet-cargo service for live seafood: crab shipments need no polyethylene liner, and ventilation holes may be cut in box sides but not the bottom (bottom holes must be sealed before loading). "
        "Also covers packing rules for lobster, eels and live fish.",
    ),
    (
        "oHo057",
        "vi",
        "live_gcaeco",
        "Hướng dẫn bảo quản và vận chuyển cua sống đường xa",
        "Hướng dẫn giữ cua sống: xếp cua trong thùng xốp có lỗ thông khí, lót khăn ẩm hoặc rong biển, giữ 5-10°C bằng túi đá gel, tránh ánh sáng, không ngâm cua trong nước "
        "và không chồng nhiều lớp gây ngạt; tránh để cua tiếp xúc lâu với không khí khô và gió lùa.",
    ),
    (
        "oHo058",
        "en",
        "live_qld_spanner",
        "Prolonging survival of crabs transported in air",
        "Research report on live transport of crabs out of water (spanner crab case): crabs stressed on deck develop blood acidosis and become quiescent; cooling or spraying with cold seawater "
        "on board and more careful handling are needed for live export markets.",
    ),
    (
        "oHo059",
        "en",
        "live_dungeness",
        "Air shipment method for live Dungeness crabs",
        "Technology laboratory protocol that cut losses of live Dungeness crabs shipped by air to a maximum of 5%: careful selection on the vessel, live wells with circulating seawater, "
        "separation of weak crabs, proper packaging and handling after arrival.",
    ),
    (
        "oHo060",
        "en",
        "live_supplierindo",
        "Tips for transporting live blue swimming crabs",
        "Exporter guidance for live blue crabs: keep about 10°C, keep gills moist, avoid direct contact with ice, minimise handling and movement, and use ventilated containers.",
    ),
    # --- crab-meat picking, frozen meat ---
    (
        "oHo061",
        "vi",
        "meat_laodong_camau",
        "Quy trình tách thịt cua biển, đóng gói cấp đông",
        "Hợp tác xã ở Năm Căn (Cà Mau) chuyển giao quy trình bóc tách thịt cua và gạch cua, đóng gói và cấp đông đúng quy trình để bảo quản tới 12 tháng. "
        "Trung bình 1 kg cua cho khoảng 150 g thịt; khâu then chốt là rút ngắn thời gian bóc tách để thịt tươi và đạt yêu cầu an toàn thực phẩm; tạo việc làm cho lao động địa phương.",
    ),
    (
        "oHo062",
        "vi",
        "meat_tepbac_camau",
        "Sản xuất thịt cua luộc tách sẵn, hút chân không đông lạnh",
        "Mô hình của hộ thu mua cua ở Cà Mau: tận dụng cua yếu, cua nhỏ, cua ngộp nhưng còn chắc thịt để luộc, tách thịt, phân loại thịt càng, thịt ngoe, hút chân không rồi đông lạnh, "
        "hạn dùng 6 tháng. Bình quân 6 kg cua nguyên con cho 1 kg thịt, khoảng 50 kg thịt mỗi con nước; giá khoảng 700.000 đồng/kg, thịt càng 1,3 triệu đồng/kg.",
    ),
    (
        "oHo063",
        "vi",
        "meat_kholanh",
        "Quy trình chế biến cua đông lạnh và kho lạnh",
        "Tư vấn dây chuyền và kho lạnh chế biến cua đông lạnh: cua vận chuyển bằng xe bảo ôn, ướp đá tỷ lệ đá:cua 1:1, không quá 4°C; tiếp nhận, cân và loại cua (còn sống hoặc mới chết còn tươi, "
        "không mùi khai, không dập nát). Rửa qua 2 thùng nước 100 lít pha clorin 100 ppm, nhiệt độ nước ≤10°C, thay nước sau mỗi 10 rổ; sau đó phân loại, tách mu và cấp đông.",
    ),
    (
        "oHo064",
        "en",
        "meat_foodaphone",
        "Cooked crab meat processing line meeting FDA micro limits",
        "Process design for cooked crab meat: receive live crabs only, brush-wash, steam about 20 minutes, cool, open with stainless knives, pick body and shoulder meat, remove shell fragments, "
        "rinse in iced water at 3-4°C, weigh, pack half-full, seal, heat-treat, cool and freeze. Product must meet FDA limits of E. coli below 30 per 100 g and total count below 100,000 per gram.",
    ),
    (
        "oHo065",
        "en",
        "meat_marsh_flow",
        "Process flow for a swimming crab picking plant",
        "Reference design of a blue/swimming crab plant: receiving and spray washing, live-crab cooler, cooking by boiling or steaming, cooling in a screened room, refrigerated storage, "
        "hand picking into lump, backfin, flake, claw and cocktail-claw grades, and mechanised claw picking.",
    ),
    (
        "oHo066",
        "en",
        "meat_heating",
        "Validation of crab cooking temperatures",
        "Thermocouple study of internal crab temperature during commercial cooking in steam retorts and boiling water baths, the first step in judging survival of Clostridium botulinum spores. "
        "Lowest end temperature was 208°F in steam (above 180°F for 4 minutes) and 205°F in boiling water (above 180°F for 11 minutes).",
    ),
    # --- pasteurised crab meat and hygiene ---
    (
        "oHo067",
        "en",
        "meat_crustacea",
        "Pasteurised crab meat supply and pasteurisation know-how",
        "Importer of blue and blue swimming crab meat explains the pasteurisation used for plants far from fresh markets: meat is sealed in cans or plastic cups, held about 2 hours at 89°C, "
        "then 2 hours in an ice bath. Pasteurisation removes bacteria from picking but does not improve poor raw material; fresh picked meat must be reheated to 120°F before serving.",
    ),
    (
        "oHo068",
        "en",
        "meat_pcm",
        "Pasteurised crab meat in cans, cups and jars",
        "Producer information on pasteurised crab meat: heat-treated, ready to eat, sealed in airtight cans, plastic or glass; unopened shelf life 3-12 months, "
        "2-3 days once opened. Describes receiving, freezing and processing steps in the plant.",
    ),
    (
        "oHo069",
        "en",
        "meat_mbi",
        "Pasteurised crab meat processing (Indonesian exporter)",
        "Exporter of pasteurised crab meat shares its process: crabs frozen on the boat to lock freshness, separated from other seafood to prevent cross-contamination, "
        "quality inspection to remove unhealthy crabs, sorting by size and species, then pasteurisation and airtight packing.",
    ),
    (
        "oHo070",
        "en",
        "meat_kitchen",
        "Training: the science of crab meat pasteurisation",
        "Short course on why crab meat is pasteurised in sealed cans or pouches below cooking temperature: destroying pathogens and spoilage organisms, extending refrigerated shelf life "
        "and keeping flavour and texture, with the food-safety standards that apply.",
    ),
    (
        "oHo071",
        "en",
        "meat_barnard",
        "Cooling and cold-storage control for pasteurised crab meat",
        "Technical guidance: after pasteurisation, bring crab meat to 55°F within 180 minutes and store at 35°F; above 38°F surviving bacteria grow and spores can germinate. "
        "Leaking cans let cooling-water bacteria in; spoiled pasteurised meat carries 400 to 500 million bacteria per gram, and machine-picked meat holds more anaerobes than hand-picked.",
    ),
    (
        "oHo072",
        "en",
        "meat_mdsg_clean",
        "Sanitation and microbiological inspection programme for crab plants",
        "University Sea Grant extension programme that inspects crab meat plants and explains results: fresh crab meat aerobic count limit 100,000/g (guideline below 50,000/g), "
        "pasteurised meat 25,000/g (guideline below 5,000/g) with no E. coli, food-contact surfaces below 5,000/g, no coliforms, Staphylococcus or Listeria detected.",
    ),
    (
        "oHo073",
        "en",
        "meat_listeria_growth",
        "Listeria testing and shelf-life challenge studies for crab meat",
        "Laboratory service based on a study of 126 samples of fresh picked blue crab meat: 10% carried Listeria (10 L. monocytogenes, 3 L. innocua), mostly below 100 cells per gram. "
        "Challenge tests in pasteurised meat showed about a 7-log increase at 5°C but only 2.5-log at 1.1°C over 21 days.",
    ),
    (
        "oHo074",
        "en",
        "meat_listeria_inplant",
        "Mapping in-plant sources of Listeria in crab processing",
        "Statistical analysis of five years of lobster and snow crab plant records and environmental swabs to locate Listeria: contact surfaces such as crab crushers, drum meat separators, "
        "shucking machines, aprons, gloves, tables and knives, and non-contact sites such as floors, drains, foot stools and boots.",
    ),
    (
        "oHo075",
        "en",
        "meat_handwash",
        "Cleaning verification with ATP tests and hand-washing in crab plants",
        "Method for checking sanitation in crab picking plants with ATP bioluminescence and rapid Listeria tests; highest loads on floors, drains, sinks and the underside of picking tables. "
        "Manual hand washing removed Listeria better than the automated cycle tested.",
    ),
    (
        "oHo076",
        "en",
        "meat_pagadala",
        "Listeria source tracing by subtyping in crab meat plants",
        "Two-year survey of seven blue crab plants (488 raw crabs, 624 crab meat and 624 environmental samples): Listeria spp. in 19.5% of raw crabs, 10.8% of meat and 69.5% of environmental samples; "
        "ribotyping and PFGE showed each plant had its own contamination pattern, guiding targeted sanitation.",
    ),
    # --- crab shells: chitin, feed, fertiliser ---
    (
        "oHo077",
        "vi",
        "shell_scribd_chitosan",
        "Quy trình chiết xuất chitosan từ vỏ cua",
        "Nhóm sinh viên công nghệ thực phẩm khảo sát quy trình chiết xuất chitin và chitosan từ vỏ cua: khử khoáng, khử protein, khử màu rồi deacetyl hóa chitin thành chitosan; "
        "kèm tổng quan tính chất và ứng dụng chitosan trong thực phẩm và nông nghiệp.",
    ),
    (
        "oHo078",
        "vi",
        "shell_tdmu_waste",
        "Xử lý dòng thải của quá trình sản xuất chitin",
        "Kết quả nghiên cứu so sánh dòng thải sản xuất chitin từ phế liệu vỏ giáp xác theo phương pháp hóa học truyền thống và phương pháp cải tiến hóa - sinh tại một công ty chế biến, "
        "theo các chỉ tiêu pH, COD, TKN, TP, TSS và canxi; làm cơ sở thiết kế hệ thống xử lý nước thải cho xưởng chitin.",
    ),
    (
        "oHo079",
        "vi",
        "shell_1900",
        "Phân bón hữu cơ sinh học từ vỏ giáp xác",
        "Giải pháp công nghệ sinh học chế biến vỏ tôm, vỏ cua thành phân bón: vỏ giáp xác chứa 20-50% canxi cacbonat, 15-40% chitin, 20-40% protein. Canxi cacbonat cung cấp dinh dưỡng và "
        "trung hòa đất chua phèn; chitin kích thích sinh trưởng, tăng miễn dịch cây trồng; protein thủy phân làm phân bón lá hoặc thức ăn chăn nuôi.",
    ),
    (
        "oHo080",
        "vi",
        "shell_scp_tom",
        "Phân bón lá Ca-Oligochitosan-Amin từ vỏ đầu tôm và vỏ trứng",
        "Viện Thổ nhưỡng Nông hóa chuyển giao quy trình chiết canxi từ vỏ trứng gia cầm và chitosan, axit amin từ vỏ đầu tôm bằng gia nhiệt có enzym, điều chế oligochitosan, "
        "phối chế thành 2 chế phẩm phân bón lá cho rau và hoa kiểng; đã thử nghiệm trên cải thìa ở Củ Chi.",
    ),
    (
        "oHo081",
        "vi",
        "shell_thanhnien",
        "Nghiên cứu vật liệu và dược phẩm từ chitin vỏ tôm cua",
        "Giới thiệu hướng ứng dụng chitin trong vỏ cua, tôm hùm: sơn tự phục hồi cho ô tô, bóng bán dẫn sinh học, bộ lọc vi rút cúm, vật liệu thay chất dẻo và nguyên liệu sản xuất thuốc.",
    ),
    (
        "oHo082",
        "en",
        "shell_nordling",
        "Valorisation of crustacean shell waste",
        "Consultancy on turning crab and shrimp shell waste from processing plants into products instead of landfill, burning or dumping: chitin and chitosan for water treatment, "
        "medicine and agriculture, calcium carbonate for feed and soil, and the protein fraction for aquafeeds.",
    ),
    (
        "oHo083",
        "en",
        "shell_tidal",
        "Chitosan-based soil amendment made from crab shells",
        "Company that processes snow crab shells from West Coast fisheries into chitosan and sells it as a soil amendment and fertiliser product for growers, part of a circular-economy model.",
    ),
    (
        "oHo084",
        "en",
        "shell_pureherb",
        "Fractionating crab and shrimp shells into protein, calcium carbonate and chitin",
        "Technology supplier explaining shell composition (20-40% protein, 20-50% calcium carbonate, 15-40% chitin) and fractionation: protein for animal feed, calcium carbonate as a cleaner "
        "alternative to mined limestone, chitin for chemicals. Dried shell is valued at about 100-120 US dollars per tonne.",
    ),
    (
        "oHo085",
        "en",
        "shell_maryland",
        "Crab shell processing plant for chitosan",
        "Research centre and company that built a crab shell processing plant to take waste from crab-meat packers (5,000 tonnes a year in the region, landfill costing 35-40 dollars per tonne) "
        "and make chitosan for adhesives, drilling lubricants and cosmetic thickeners.",
    ),
    (
        "oHo086",
        "en",
        "shell_sea_review",
        "Chitin and chitosan from seafood waste in Southeast Asia",
        "University of Malaya review-based advisory on the economic value of chitin from shellfish waste in Southeast Asia, comparing chemical extraction with acids and alkali against "
        "more eco-friendly biological extraction, and on conversion of chitin to chitosan.",
    ),
    (
        "oHo087",
        "en",
        "shell_biotech",
        "Biological (fermentation) recovery of chitin from crustacean waste",
        "Fermentation and enzyme processes for demineralising and deproteinising crustacean shells, replacing strong acids and bases that depolymerise chitin and change its molecular weight, "
        "viscosity and degree of acetylation.",
    ),
    (
        "oHo088",
        "en",
        "shell_feedipedia",
        "Crab meal as an animal feed ingredient",
        "Feed database advice on crab meal (dried, ground shell left after meat picking): high in chitin, with carotenoid pigments that colour salmon and trout flesh; "
        "unsaturated lipids may cause off-flavours in pigs and poultry. Nutritional recommendations for ruminants, pigs, poultry, fish and crustaceans.",
    ),
    (
        "oHo089",
        "en",
        "shell_crabmeal_rumen",
        "Crab meal as protein and buffer supplement for cattle",
        "Evaluation of dried crab processing waste: about 50% ash (mostly calcium carbonate), 20% chitin, 25% crude protein, under 2% lipid; screening splits a high-ash coarse fraction "
        "from a higher-protein fine fraction. Protein is highly rumen-undegradable (under 18% lost in 24 h), digestibility 69.6%; palatability limited intake in calves.",
    ),
    (
        "oHo090",
        "en",
        "shell_sare",
        "Crab and crawfish waste as organic fertiliser and protein feed",
        "Farmer research project using waste from crab, crawfish and shrimp peeling plants (disposal can cost a plant 60,000 dollars a year) as organic fertiliser and feed: "
        "nitrogen 4.5-5.5%, protein 29-34%; grinding and incorporating the waste avoids flies and slow decomposition.",
    ),
    (
        "oHo091",
        "en",
        "shell_compost",
        "Composting crab shells into soil amendment",
        "Guide for farmers and gardeners on composting crab shells from the seafood industry: benefits, balancing carbon-rich material, crushing shells to speed breakdown, "
        "and the nutrient value of the finished compost.",
    ),
    (
        "oHo092",
        "en",
        "shell_indo_fert",
        "Crab shell waste to chitosan and liquid organic fertiliser",
        "Note from Indonesia, where crab shells make up 52.59% of crab weight in processing: the waste can be turned into chitosan and liquid organic fertiliser with economic value.",
    ),
    (
        "oHo093",
        "en",
        "shell_shrimp_chitin_eg",
        "Chitin production technology from shrimp shell waste",
        "University process for chitin from green shrimp shells (Egypt): shell holds 44.96% ash, 36.63% protein, 4.85% fat; demineralisation with 2 M HCl at 45°C for 2 h removes 91.98% "
        "of minerals, deproteinisation with 1 M NaOH at 75°C for 4 h.",
    ),
    # --- crab disease and water quality ---
    (
        "oHo094",
        "vi",
        "dis_nghean_giong",
        "Phòng trị bệnh nấm và ký sinh trùng chân tơ trên cua",
        "Trung tâm giống thủy sản hướng dẫn phòng trị bệnh cua: bệnh nấm Lagenidium ở trứng và ấu trùng (khử trùng dụng cụ chlorine 200 mg/L, formalin 50 mg/L; xử lý cua mẹ "
        "formalin 100-150 mg/L; xử lý trứng, ấu trùng formalin 25 mg/L); bệnh ký sinh trùng giáp xác chân tơ từ tháng 11-12 đến tháng 3-4 làm cua chậm chạp, thịt óp.",
    ),
    (
        "oHo095",
        "vi",
        "dis_tsvn_kst",
        "Phòng trị bệnh đen mang và ký sinh trùng Sacculina trên cua",
        "Hướng dẫn chẩn đoán bệnh đen mang do sán lá đơn chủ, nấm, vi khuẩn dạng sợi hoặc NH3, H2S cao (mang đen, hôi, cua bỏ ăn), xuất hiện nhiều sau mưa lớn, độ mặn thấp. "
        "Tắm formol 16-30 ml/m3 trong 15-20 phút, 6-8 ngày, bón vôi 15-20 mg/l; giữ bùn đáy 5-10 cm, thay nước định kỳ, không cho ăn dư. Nhận biết ký sinh trùng Sacculina ở yếm cua.",
    ),
    (
        "oHo096",
        "vi",
        "dis_aquaculture_vn",
        "Phòng bệnh thường gặp trên cua biển bằng quản lý ao",
        "Tư vấn phòng bệnh đen mang và các bệnh thường gặp: thả cua đúng lịch thời vụ, cải tạo ao kỹ, giữ bùn đáy 5-10 cm; mùa dịch tạt vôi CaCO3 2-3 kg/100 m2; "
        "thay nước định kỳ, tránh cho ăn dư.",
    ),
    (
        "oHo097",
        "vi",
        "dis_camau_cause",
        "Xác định nguyên nhân cua nuôi chết và giải pháp phòng bệnh",
        "Đề tài khoa học tỉnh Cà Mau (12 tháng, 12/2022-02/2024) thu mẫu cua chết ở Năm Căn, Đầm Dơi, Phú Tân, Ngọc Hiển, Cái Nước, phân tích mẫu và gây nhiễm thực nghiệm để tìm tác nhân "
        "gây chết hàng loạt lặp lại vào thời điểm giao mùa trước và sau Tết; đề xuất quy trình phòng bệnh cho vùng nuôi cua kết hợp tôm.",
    ),
    (
        "oHo098",
        "vi",
        "grow_123_gachlot",
        "Phòng bệnh nấm, vi khuẩn, virus trên cua ở trại giống và ao nuôi",
        "Chương bệnh cua biển trong giáo trình của Đại học Cần Thơ: các mầm bệnh nấm, nguyên sinh động vật, vi khuẩn, virus trên trứng, ấu trùng, cua con và cua thịt; "
        "bệnh nấm Lagenidium làm trứng trắng đục, ấu trùng lắng đáy và chết nhanh. Kèm các mô hình nuôi cua gạch, cua lột trong ao, lồng, giàn hộp.",
    ),
    (
        "oHo099",
        "vi",
        "dis_nghean_thesis",
        "Điều tra ký sinh trùng trên cua biển nuôi thương phẩm",
        "Kết quả luận văn của Trường Đại học Vinh về hiện trạng nuôi và thành phần ký sinh trùng đa bào, đơn bào ngoại ký sinh và nội ký sinh trên cua biển nuôi; "
        "ký sinh trùng làm cua chậm lớn, óp, thịt khô. Dịch vụ xét nghiệm ký sinh trùng trên cua nuôi.",
    ),
    (
        "oHo100",
        "vi",
        "dis_mcgdds",
        "Tài liệu nhận biết cua biển và các bệnh phổ biến",
        "Tài liệu phổ biến kiến thức cho nhà nông: phân biệt cua sen (Scylla paramamosain) và cua lửa (S. olivacea), cấu tạo cơ thể, thức ăn từng giai đoạn, "
        "các bệnh phổ biến trên cua biển nuôi ao và cách xử lý.",
    ),
    (
        "oHo101",
        "en",
        "dis_ciba",
        "Mud crab disease diagnosis, prevention and quarantine",
        "Central Institute of Brackishwater Aquaculture bulletin and pond-side diagnosis service for mud crabs: white spot syndrome virus, bacterial necrosis, filamentous and luminescent bacteria, "
        "larval mycosis and egg loss, protozoan and metazoan parasites, deformities and cannibalism; prevention through water quality, feed quality and quarantine.",
    ),
    (
        "oHo102",
        "en",
        "dis_seafdec_book",
        "Diagnosis, prevention and control of diseases in farmed mud crabs",
        "SEAFDEC Aquaculture Department manual (2004, 89 pages) and training for technicians and farmers on diagnosing mud crab diseases in hatcheries, nurseries and ponds, "
        "with emphasis on the link between disease outbreaks and poor rearing water quality.",
    ),
    (
        "oHo103",
        "en",
        "dis_ras_top5",
        "Controlling gill and shell fouling in boxed crab farms",
        "Advisory on the commonest problems in intensive mud crab farms: gill-fouling barnacles (Octolasmis) that compete for oxygen, shell fouling from chitin-digesting Vibrio in crabs "
        "held long in boxes, and routine Vibrio monitoring even in recirculating systems with UV.",
    ),
    (
        "oHo104",
        "vi",
        "water_tepbac_testkit",
        "Dụng cụ đo chất lượng nước ao nuôi: test kit, bút đo, máy đa chỉ tiêu",
        "Cung cấp và hướng dẫn sử dụng test kit so màu, bút đo cầm tay và máy đo đa chỉ tiêu để theo dõi nhiệt độ, oxy hòa tan, độ mặn, độ kiềm, pH, độ đục, "
        "amoniac, nitrit, nitrat, độ cứng và tảo trong ao nuôi thủy sản.",
    ),
    (
        "oHo105",
        "vi",
        "water_lasi_do",
        "Hệ thống đo oxy hòa tan thời gian thực cho ao nuôi",
        "Cảm biến oxy hòa tan đặt trực tiếp trong ao, đo liên tục và truyền dữ liệu qua internet về trung tâm giám sát, cảnh báo khi DO xuống dưới ngưỡng nguy hiểm, "
        "đặc biệt về đêm khi tảo ngừng quang hợp.",
    ),
    (
        "oHo106",
        "vi",
        "water_ctu_station",
        "Trạm đo đa chỉ tiêu dùng chung cho nhiều ao",
        "Trường Đại học Cần Thơ phát triển hệ thống trung tâm với đủ cảm biến độ mặn, nhiệt độ, oxy hòa tan, pH, NO2, NH3, H2S; bơm nước từ nhiều điểm, nhiều ao về trạm để đo, "
        "giảm chi phí so với đặt cảm biến từng ao; dữ liệu đưa lên đám mây qua kết nối không dây.",
    ),
    (
        "oHo107",
        "vi",
        "water_salinity_ultra",
        "Cảm biến đo độ mặn không tiếp xúc bằng sóng siêu âm",
        "Thiết bị đo độ mặn trực tuyến cho trang trại thủy sản do Trường Đại học Công nghiệp TP.HCM thiết kế: cảm biến siêu âm đo độ nổi của phao rồi tính độ mặn theo định luật Archimedes, "
        "điện cực không tiếp xúc với nước nên không bị bám bẩn, ăn mòn như máy đo điện cực.",
    ),
    # --- polyculture ---
    (
        "oHo108",
        "vi",
        "poly_tepbac_tomcua",
        "Kỹ thuật nuôi tôm sú kết hợp cua biển",
        "Quy trình của Trung tâm Khuyến nông: ao có gờ nổi hoặc rãnh quanh và gò giữa để cua đào hang, thả chà cây làm chỗ trú; thuần độ mặn cho giống, "
        "vì chênh lệch quá 3‰ khi thả làm cua lột bất thường và chết (bẫy lột xác); giăng vèo lưới mịn 5 mặt, miệng may nhựa cao 30 cm để ương cua ngay trong ao.",
    ),
    (
        "oHo109",
        "vi",
        "poly_nano",
        "Kỹ thuật nuôi ghép tôm - cua - cá",
        "Hướng dẫn nuôi ghép tôm, cua, cá trong cùng ao để đa dạng sản phẩm, giảm rủi ro và tận dụng thức ăn tự nhiên: ao 2.000-5.000 m2, sâu 1,2-1,5 m trở lên, "
        "bờ cao hơn triều cường ít nhất 0,5 m; cải tạo, vệ sinh ao kỹ trước khi thả.",
    ),
    (
        "oHo110",
        "vi",
        "poly_tsvn_66463",
        "Nuôi cua kết hợp tôm sú: ương dèo và quản lý môi trường",
        "Mô hình cua - tôm sú đạt hiệu suất đầu tư trên 55% với tôm và 60% với cua: thả giống tháng 2-3, thu dứt điểm tháng 7-8 khi độ mặn kênh 14-28‰. Ương cua trong ao dèo 15-20 ngày, "
        "không quá 5 con/m2; cải tạo dèo bằng vôi 15-20 kg/1.000 m2, saponin 20 kg/1.000 m3; pH 7,5-8,5, độ mặn dèo 18-22‰, độ kiềm 80-150 mg CaCO3/L.",
    ),
    (
        "oHo111",
        "vi",
        "poly_quangngai",
        "Mô hình nuôi ghép cá nâu, cua xanh với tôm sú",
        "Khuyến nông chuyển giao mô hình nuôi ghép tôm sú, cua xanh và cá nâu ở độ mặn 10-25‰: cá nâu ăn tảo, mùn bã và thức ăn thừa ở tầng giữa, cua và tôm ở tầng đáy, "
        "cua dọn xác tôm và vỏ lột; cải thiện chất lượng nước và giảm rủi ro dịch bệnh.",
    ),
    (
        "oHo112",
        "vi",
        "poly_khanhhoa_2lua",
        "Nuôi cua xanh kết hợp tôm sú, tôm thẻ quảng canh",
        "Kinh nghiệm nuôi kết hợp ở đìa nuôi tôm: thả cua trước 35-40 ngày rồi mới thả tôm sú, nuôi 4-5 tháng, cua đạt khoảng 3 con/kg thì thu tỉa, tôm thu sau; "
        "lãi hơn 100 triệu đồng mỗi vụ, môi trường ao cải thiện, ít dịch bệnh hơn nuôi tôm đơn.",
    ),
    (
        "oHo113",
        "vi",
        "poly_crlww",
        "Cải tạo đầm tôm cũ để nuôi cua biển",
        "Mô hình nuôi cua trong đầm tôm công nghiệp không còn hiệu quả: ao 1.700 m2 thả 2.000 cua giống, lưới mành cao khoảng 1 m quây quanh chống cua bò sang ao khác; "
        "sau hơn 3 tháng cua đạt trên 300 g, lãi gần 70 triệu đồng/đợt, 2 đợt/năm; cho ăn cá phân khoảng 3 kg/ngày.",
    ),
    (
        "oHo114",
        "en",
        "poly_profitable",
        "Mud crab polyculture with shrimp or fish",
        "Guide and advisory on growing mud crab together with shrimp (P. monodon, L. vannamei) or fish such as milkfish, tilapia and mullet: species compatibility, niche separation "
        "(crabs on the bottom, shrimp mid-water, fish near the surface), stocking and management, disease-risk reduction and economics.",
    ),
    # --- more grow-out and processing offers ---
    (
        "oHo115",
        "en",
        "grow_cellular",
        "Cellular (individual-container) crab systems",
        "Design note on cellular systems where each crab is kept in its own container, usable for fattening, grow-out or soft-shell production, sited on a river, coast or pond; "
        "because crabs are dense and close together, water quality and oxygen supply are the critical design factors.",
    ),
    (
        "oHo116",
        "en",
        "seed_china_nursery",
        "Experimental nursery culture of Scylla paramamosain",
        "Results of experimental nursery culture of the green mud crab S. paramamosain in China, offered as a reference protocol for growing hatchery megalopae into juveniles before grow-out.",
    ),
    (
        "oHo117",
        "en",
        "dis_overview",
        "Review of viral, bacterial, fungal and parasitic pathogens of mud crabs",
        "Indian Journal of Fisheries overview and expert support on mud crab pathogens and their impact as culture intensifies: known, new and exotic diseases, "
        "and what health management farmers need as stocking densities rise.",
    ),
    (
        "oHo118",
        "vi",
        "grow_book_tuyen",
        "Sách kỹ thuật nuôi cua biển chất lượng cao",
        'Bộ sách 26 trang "Giúp nhà nông làm giàu" tổng hợp kỹ thuật nuôi, chăm sóc và phòng trị bệnh cua biển, kinh nghiệm từ các vùng nuôi Quảng Ninh, Hải Phòng, Nam Định, '
        "Khánh Hòa, Cà Mau, Bạc Liêu; dùng làm tài liệu tập huấn cho nông dân.",
    ),
    (
        "oHo119",
        "vi",
        "grow_2giaidoan",
        "Mô hình nuôi cua biển hai giai đoạn",
        "Mô hình nuôi cua biển hai giai đoạn (ương trước, nuôi thương phẩm sau) áp dụng trong vuông tôm quảng canh và quảng canh cải tiến ở huyện Thới Bình, Cà Mau, "
        "nâng tỷ lệ sống và hiệu quả kinh tế so với thả thẳng.",
    ),
    (
        "oHo120",
        "vi",
        "grow_camau_thesis",
        "Đánh giá hiện trạng nghề nuôi cua và giải pháp phát triển bền vững",
        "Luận văn thạc sĩ Trường Đại học Nha Trang (2015) phân tích hiện trạng kỹ thuật, kinh tế - xã hội nghề nuôi cua biển Scylla spp. tại Cà Mau và đề xuất giải pháp phát triển bền vững; "
        "nhóm tác giả nhận tư vấn quy hoạch vùng nuôi cua.",
    ),
    (
        "oHo121",
        "vi",
        "poly_tapchi_camau",
        "Kỹ thuật nuôi xen cua biển trong vuông tôm quảng canh",
        "Chuyên gia thủy sản hướng dẫn nuôi ghép cua lửa và cua xanh trong vuông tôm sú quảng canh như mô hình phổ biến trên khoảng 280.000 ha ở Cà Mau: "
        "cách bố trí để cua không ăn tôm, tận dụng hệ sinh thái mặn lợ giàu thức ăn cho cua chắc thịt, ngọt.",
    ),
    (
        "oHo122",
        "vi",
        "meat_dantri_camau",
        "Cơ sở nhận gia công tách thịt cua cho nhà hàng",
        "Cơ sở tách thịt cua ở Cà Mau với hơn 7 năm kinh nghiệm nhận sơ chế, tách thịt cua thành phẩm gửi xe cho nhà hàng, thương lái ở TP.HCM; sử dụng lao động nữ địa phương, "
        "lãi bình quân 300.000-500.000 đồng/ngày.",
    ),
    # --- distractors: neighbouring fields ---
    (
        "oHo123",
        "en",
        "poly_tilapia_shrimp",
        "Tilapia-shrimp polyculture systems",
        "University of Arizona and AIT guidance on tilapia-shrimp polyculture (simultaneous, sequential, rotational, tilapia in cages) to improve returns and reduce shrimp losses "
        "to infectious disease, based on farmer surveys in the Philippines, Thailand, Ecuador, Mexico, Eritrea and the United States.",
    ),
    (
        "oHo124",
        "en",
        "poly_ph_survey",
        "Survey-based advice on shrimp-finfish polyculture",
        "Survey of farmers in 13 Philippine provinces who stock tilapia or milkfish with shrimp: most report fewer Vibriosis problems, luminous bacteria below 10 cfu/ml in water, "
        "and green water conditioned by tilapia.",
    ),
    (
        "oHo125",
        "vi",
        "poly_tomlua",
        "Giải pháp kỹ thuật nuôi tôm trong mô hình luân canh tôm - lúa",
        "Giải pháp cho vùng bán đảo Cà Mau: mương bao chiếm 20-30% diện tích vuông, nước trên trảng 0,5-0,6 m, mương 1,2-1,4 m; ao bán thâm canh 5-30% diện tích để ương tôm; "
        "thả tôm quảng canh cải tiến 2-3 lần/vụ, tổng 3-3,5 con/m2.",
    ),
    (
        "oHo126",
        "vi",
        "water_auto_ho_tom",
        "Hệ thống tự động giám sát và điều chỉnh nước hồ nuôi tôm",
        "Dự án kỹ thuật môi trường: hệ thống tự động giám sát chất lượng nước và điều chỉnh môi trường trong hồ nuôi tôm thủ công quy mô nhỏ.",
    ),
    (
        "oHo127",
        "vi",
        "water_shrimp_salinity",
        "Máy đo độ mặn cho ao nuôi tôm",
        "Cửa hàng thiết bị tư vấn độ mặn thích hợp cho từng loài tôm (tôm thẻ 10-25‰, tôm sú 15-25‰, tôm càng xanh 5-15‰) và bán dụng cụ đo độ mặn cho người nuôi tôm.",
    ),
    (
        "oHo128",
        "vi",
        "dist_vietgap",
        "Tư vấn chứng nhận VietGAP cho ao nuôi tôm thẻ chân trắng",
        "Kết quả nghiên cứu 105 hộ nuôi tôm thẻ thâm canh VietGAP ở Sóc Trăng: ao lắng 94%, kiểm dịch giống 100%, mật độ 40 con/m2, năng suất 2,7-5,6 tấn/ha/vụ, "
        "lợi nhuận 179-324 triệu đồng/ha/vụ; tư vấn áp dụng VietGAP cho tôm.",
    ),
    (
        "oHo129",
        "vi",
        "dist_surimi_foodnk",
        "Dây chuyền sản xuất thanh cua từ surimi cá",
        "Chuyển giao quy trình sản xuất thanh cua (surimi) từ cá thịt trắng như minh thái, cá tuyết, hoki: làm sạch, xay nhuyễn, trộn phụ gia và gia vị, tạo hình, "
        "nấu chín, làm nguội, đóng gói, bảo quản.",
    ),
    (
        "oHo130",
        "vi",
        "dist_surimi_anpha",
        "Máy móc và quy trình sản xuất surimi",
        "Doanh nghiệp cơ khí cung cấp thiết bị cho quy trình sản xuất surimi từ cá rô phi, cá mối, cá đổng, cá nục: chọn lọc và rửa nguyên liệu, tách xương, rửa thịt, xay, "
        "phối trộn, đóng gói; surimi chứa khoảng 76% nước, 15% protein.",
    ),
    (
        "oHo131",
        "en",
        "dist_crabstick_en",
        "Imitation crab stick production technology",
        "Process line for crab sticks made from minced cod surimi (developed in Japan in 1972): chopping and mixing, filling, cooking, baking, rolling, coating, film packing, "
        "cutting, vacuum packing and freezing.",
    ),
    (
        "oHo132",
        "vi",
        "dist_long_ghe_qn",
        "Lồng bẫy ghẹ cho tàu khai thác ven bờ",
        "Cung cấp lồng bẫy ghẹ khung thép 60 x 40 x 15 cm bọc lưới, khoảng 80.000 đồng/chiếc, mồi cá rô phi; tàu 30 CV thả 800 lồng buộc trên dây, cách nhau 20 m, "
        "dài 14 km, thu khoảng 100 kg ghẹ mỗi đêm.",
    ),
    (
        "oHo133",
        "vi",
        "dist_long_ghe_sh",
        "Lồng lưới bắt ghẹ gần bờ",
        "Mẫu lồng bắt ghẹ dài khoảng 50 cm, rộng 30 cm, cao 10-15 cm, khung thép nhỏ bọc lưới, hai đầu cửa chữ V; đặt cách bờ 15-20 m, nước ngang ngực, mồi cá tanh, "
        "thăm lồng 10-15 phút/lần.",
    ),
    (
        "oHo134",
        "vi",
        "dist_dungcu_bat_cua",
        "Dụng cụ bắt cua biển: lưới bát quái, lợp, rập",
        "Giới thiệu và cung cấp các dụng cụ bắt cua biển ngoài tự nhiên: lưới bát quái nhiều cửa, lợp đặt sát đáy có mồi, rập bắt cua; hướng dẫn sử dụng và bảo quản dụng cụ.",
    ),
    (
        "oHo135",
        "vi",
        "dist_shrimp_hatch_bt",
        "Quy trình sản xuất giống tôm thẻ chân trắng",
        "Quy trình sản xuất giống tôm thẻ chân trắng tại một trung tâm giống ở Bình Đại, Bến Tre: theo dõi các giai đoạn Nauplius, Zoea, Mysis, Postlarvae; "
        "ấu trùng hao hụt nhiều khi chuyển Zoea 2 sang Zoea 3 và khi mưa làm nhiệt độ giảm.",
    ),
    (
        "oHo136",
        "vi",
        "dist_shrimp_hatch_tb",
        "Xây dựng và vận hành trại giống tôm biển",
        "Tư vấn chọn địa điểm và trang thiết bị trại giống tôm: nước biển 28-32‰, 28-32°C, pH 7,5-8,3, oxy 5-10 mg/l; bể lắng, lọc, bể nuôi vỗ, bể đẻ, bể ương ấu trùng và Postlarvae, "
        "bể tảo, ấp Artemia; tuyển chọn tôm bố mẹ biển hoặc tôm đầm.",
    ),
    (
        "oHo137",
        "vi",
        "dist_chitosan_buoi",
        "Công nghệ bảo quản bưởi bằng màng chitosan",
        "Quy trình nhúng bưởi vào dung dịch chitosan chiết từ vỏ tôm để tạo màng chống mất nước, kháng khuẩn; bưởi giữ màu và ăn được sau 3 tháng, tốt hơn bao PE.",
    ),
    (
        "oHo138",
        "vi",
        "dist_chitosan_chanh",
        "Bảo quản chanh tươi bằng chitosan",
        "Kết quả nghiên cứu của Đại học Nông nghiệp I về ảnh hưởng nồng độ chitosan đến chất lượng và thời gian bảo quản quả chanh sau thu hoạch.",
    ),
    (
        "oHo139",
        "vi",
        "dist_chitosan_mang",
        "Màng chitosan bao gói và bảo quản rau quả",
        "Ứng dụng màng chitosan bao gói rau quả tươi (đào, dưa chuột, đậu, bưởi): ức chế E. coli và nấm hại, điều hòa ẩm và oxy tốt hơn màng PE, làm chậm thâm rau quả.",
    ),
    (
        "oHo140",
        "en",
        "dist_fishmeal_pmg",
        "Fish meal and fish oil production plants",
        "Engineering supply of fish meal plants that cook, press, dry and grind small fish, offal and trimmings into high-protein meal for aquaculture, poultry and livestock feeds, "
        "with fish oil recovered during cooking and pressing.",
    ),
    (
        "oHo141",
        "en",
        "dist_fishmeal_techno",
        "Fishmeal plant for fish waste and low-value fish",
        "Equipment complex turning filleting waste, low-value fish and cannery waste into feed meal and technical fish oil: grinding, cooking, pressing, separation, drying to 8-12% moisture "
        "and milling, with automation and heat recovery.",
    ),
    (
        "oHo142",
        "en",
        "dist_fishwaste_quali",
        "Fish processing by-products: meal, oil, silage and sauce",
        "Training note on fish processing waste (20-80% of the fish depending on the process): heads, tails, skin, guts and frames made into fish silage, sauce, amino acids, "
        "and mostly fish meal and fish oil rich in omega-3.",
    ),
    (
        "oHo143",
        "vi",
        "dist_cua_long",
        "Kỹ thuật nuôi cua lông (cua Thượng Hải)",
        "Hướng dẫn nuôi cua lông nguồn gốc Trung Quốc trong ao, đầm, ruộng lúa: chọn mua giống (khoảng 150 con/kg), chuẩn bị ao và chăm sóc.",
    ),
    (
        "oHo144",
        "en",
        "dist_bluecrabfarms",
        "Blue crab farm system design for the US East Coast",
        "Architecture and planning study of blue crab farming types from extensive pond systems to intensive recirculating facilities, with land, labour and water-use trade-offs "
        "(about 1 m3 of water per m2 a year for intensive farms).",
    ),
    (
        "oHo145",
        "vi",
        "live_memart_freeze",
        "Mẹo bảo quản cua biển trong ngăn đá tủ lạnh gia đình",
        "Hướng dẫn nội trợ: không ngâm rửa cua ngay khi mua, làm tê cua bằng đá lạnh, sơ chế bỏ yếm và mang, để ráo, đóng hộp hoặc hút chân không; ngăn mát 0-4°C dùng trong 2-3 ngày.",
    ),
    (
        "oHo146",
        "vi",
        "live_cua_ngop",
        "Bán cua hoàng đế ngộp giá rẻ",
        "Cửa hàng hải sản nhập khẩu bán cua hoàng đế Alaska yếu do vận chuyển thiếu oxy, đã vớt khỏi bể và ướp đá, với giá khoảng một nửa cua còn bơi.",
    ),
    (
        "oHo147",
        "vi",
        "soft_chihaisan",
        "Cung cấp cua lột đông lạnh cho nhà hàng",
        "Nhà phân phối hải sản bán cua lột (cua cốm, cua hai da) đông lạnh cho nhà hàng tại TP.HCM, kèm giải thích quá trình lột xác và giá trị dinh dưỡng của cua lột.",
    ),
    (
        "oHo148",
        "vi",
        "meat_ghe_rangme",
        "Công nghệ chế biến ghẹ rang me",
        "Tiểu luận công nghệ chế biến món ghẹ rang me: tổng quan nguyên liệu ghẹ, khai thác bằng bẫy đòn, sơ đồ và thuyết minh quy trình, thiết bị sử dụng.",
    ),
    (
        "oHo149",
        "vi",
        "shell_tvu_compost",
        "Ủ vỏ tôm lột từ ao nuôi siêu thâm canh thành phân hữu cơ",
        "Trường Đại học Trà Vinh xây dựng quy trình ủ hiếu khí vỏ tôm lột thu từ ao nuôi tôm siêu thâm canh trộn với rơm và men vi sinh để tạo phân hữu cơ giàu canxi.",
    ),
    (
        "oHo150",
        "en",
        "live_crawfish",
        "Transport and cooler storage of live crawfish",
        "Guide for moving live crawfish in 35-45 lb mesh sacks, covered with wet burlap or tarp, in insulated trucks with crushed ice; coolers at 38-46°F with high humidity keep them several days.",
    ),
    (
        "oHo151",
        "en",
        "live_brown_crab",
        "Handling and quality guide for brown crab",
        "Seafood agency guide for the Irish brown crab fishery: on-board handling, grading and storage so that crabs for the live export trade survive up to 20 days, "
        "plus requirements of processors for live, clean, uninjured crabs with both claws.",
    ),
    (
        "oHo152",
        "en",
        "shell_chicken",
        "Feeding crab shells to backyard chickens",
        "Backyard poultry advice: cleaned, boiled and crushed crab shells give chickens calcium and phosphorus for bones and eggshells and act as grit; introduce gradually.",
    ),
]
