"""Needs of the holdout90 labelled set: (id, language, source key, title, description, {offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long; most source pages describe another place (another Mekong
province, northern Vietnam, or abroad) and the need moves that situation into the province.
"""

NEEDS = [
    # rodents in rice fields
    (
        "lNn01",
        "vi",
        "rat_vinhlong",
        "Chuột phá lúa Đông Xuân gần vườn bỏ hoang ở Long Hồ",
        "Tổ hợp tác trồng lúa xã Phước Hậu (Long Hồ) cần giải pháp diệt chuột cho cả cánh đồng. Vụ Đông Xuân "
        "2024-2025 toàn vùng Long Hồ, Mang Thít, Tam Bình, Vũng Liêm có gần 400 ha lúa bị chuột hại 5-10%, nặng nhất "
        "ở ruộng sát khu dân cư, vườn cây ăn trái bỏ hoang, gò đống và bờ lộ. Muốn cách làm đồng loạt, cả cộng đồng "
        "cùng làm, bớt phụ thuộc thuốc chuột.",
        {
            "lNo001": 2,
            "lNo002": 2,
            "lNo003": 2,
            "lNo004": 2,
            "lNo006": 2,
            "lNo007": 2,
            "lNo005": 1,
            "lNo008": 1,
            "lNo009": 1,
            "lNo010": 1,
        },
    ),
    (
        "lNn02",
        "en",
        "owl_daily8",
        "Rats take half the crop; looking for barn owls instead of poison",
        "A rice farmer with 2 ha in Cầu Ngang loses nearly half his income to rats that feed on maturing paddy at "
        "night, worst at harvest, and spends heavily each season on pesticides and rat poison that also harm "
        "other animals. He and neighbouring farmers want a natural predator approach, such as barn owls nesting "
        "by the fields, that keeps working without repeated chemical costs.",
        {"lNo008": 2, "lNo009": 2, "lNo010": 2, "lNo001": 1, "lNo002": 1, "lNo003": 1, "lNo004": 1, "lNo007": 1},
    ),
    (
        "lNn03",
        "vi",
        "rat_nhanong",
        "Can bay chuot re tien cho ruong lua moi sa",
        "Ruong lua Dong Xuan cua toi o xa Hoa Loi (Chau Thanh, Tra Vinh) moi sa, chuot voi oc buou vang cat pha "
        "lua tra dau, nhieu cho co nguy co phai sa lai. Toi can loai bay chuot re, tu dat duoc doc bo ruong cua "
        "nha minh, dung lai nhieu vu, khong muon rai thuoc.",
        {"lNo005": 2, "lNo007": 2, "lNo006": 1, "lNo001": 1, "lNo003": 1, "lNo004": 1},
    ),
    (
        "lNn04",
        "en",
        "rat_irri_tbs",
        "Community rat control for a three-crop rice area in Trà Cú",
        "A rice cooperative in Trà Cú has moved to two and three crops a year with short fallows, and pre-harvest "
        "rat damage keeps rising as rats move from early to late-planted fields. The cooperative wants a "
        "cost-effective, environmentally friendly, community-scale method to manage the main field rats without "
        "relying on rodenticides.",
        {"lNo001": 2, "lNo002": 2, "lNo003": 2, "lNo004": 2, "lNo006": 2, "lNo007": 1, "lNo008": 1, "lNo009": 1},
    ),
    (
        "lNn05",
        "vi",
        "rat_thangcuong",
        "Ruộng sạ bị chuột cắn, quây ni lông tốn kém",
        "Xã ở Tiểu Cần có khoảng 180 ha lúa, năm nay 90% diện tích sạ tay (gấp đôi năm trước) nên ruộng phải để cạn, "
        "chuột cắn cụt lúa non; có ruộng một đêm mất một phần ba. Nhiều hộ phải bỏ hơn 200 nghìn đồng mua ni lông quây "
        "bờ, tốn công giặm lại. Cần cách rào và bẫy chuột hiệu quả hơn cho cả cánh đồng sạ.",
        {"lNo001": 2, "lNo002": 2, "lNo003": 2, "lNo004": 2, "lNo006": 2, "lNo007": 2, "lNo005": 1},
    ),
    # rodents in homes, markets, warehouses and food plants
    (
        "lNn06",
        "vi",
        "rat_tcfc",
        "Nhà phố có chuột cắn dây điện, đồ ăn",
        "Gia đình ở phường 1, TP Trà Vinh (nhà phố kiêm tiệm tạp hóa) bị chuột cắn phá đồ đạc, dây điện, thức ăn, "
        "lo chuột cắn trẻ nhỏ và lây bệnh; chuột sinh sản nhanh, trốn trong cống, khe hở. Cần dịch vụ diệt chuột tận "
        "gốc và hướng dẫn bịt các lối chuột vào nhà.",
        {"lNo015": 2, "lNo017": 2, "lNo018": 2, "lNo019": 2, "lNo020": 2, "lNo024": 1, "lNo025": 1},
    ),
    (
        "lNn07",
        "en",
        "ratx_kennel44",
        "Keeping rodents out of a feed and rice warehouse",
        "A warehouse in the Long Đức industrial cluster storing rice and animal feed has found gnawed bags. "
        "Lighting along the walls is poor, some bags sit directly on the floor, and the exterior has cracks and "
        "gaps under doors. Management wants a rodent exclusion and housekeeping plan: raised storage, sealed "
        "entry points, door sweeps and weather-stripping.",
        {"lNo020": 2, "lNo021": 2, "lNo022": 2, "lNo023": 2, "lNo015": 1, "lNo019": 1, "lNo024": 1},
    ),
    (
        "lNn08",
        "en",
        "rat_keo",
        "Market stall rats: glue boards only catch mice",
        "Dry-goods traders at Trà Vinh central market bought glue boards from street peddlers; they catch small "
        "mice but the big rats that chew through sacks at night are not affected, and nobody knows who makes the "
        "products. The traders want a reliable service or method that deals with large rats in their stalls.",
        {"lNo015": 2, "lNo017": 2, "lNo018": 2, "lNo019": 2, "lNo020": 1, "lNo024": 1, "lNo005": 1},
    ),
    (
        "lNn09",
        "en",
        "ratx_sprague",
        "Audit-ready rodent programme for a food plant",
        "A seafood and coconut processing plant in Trà Vinh expects rodents to move in when neighbouring fields are "
        "harvested and cleared. Before its next food-safety audit it wants a contractor to seal gaps, screens, door "
        "thresholds and utility penetrations, keep a gravel strip with trapping stations around the building, "
        "and cover break rooms and waste areas too.",
        {"lNo020": 2, "lNo021": 2, "lNo022": 2, "lNo023": 2, "lNo015": 2, "lNo016": 1, "lNo017": 1, "lNo019": 1},
    ),
    (
        "lNn10",
        "en",
        "iot_victor_disc",
        "Traps that report catches from remote seed stores",
        "A rice-seed company in Cầu Kè keeps seed in three stores and an attic space that staff rarely visit. Mice "
        "got into one store last month. The company wants rodent traps that send a notification to a phone or "
        "dashboard when they catch something, so nobody has to walk round every store each day.",
        {"lNo024": 2, "lNo025": 2, "lNo026": 2, "lNo028": 1, "lNo020": 1},
    ),
    (
        "lNn11",
        "en",
        "ratx_trn",
        "Rats chewing through door sweeps at a school canteen",
        "A secondary school in Cầu Ngang finds rats in its canteen store and library. Rubber door sweeps are "
        "gnawed through in a single night and brush seals are bent out of shape. The school wants exclusion that "
        "really keeps rodents out of food areas, plus a contractor to deal with the rats already inside.",
        {"lNo020": 2, "lNo021": 2, "lNo022": 2, "lNo023": 2, "lNo015": 2, "lNo019": 1},
    ),
    (
        "lNn12",
        "vi",
        "rat_ratsprev2",
        "Kho lúa hợp tác xã bị chuột cắn bao",
        "Hợp tác xã ở Trà Cú chứa lúa giống và lúa thương phẩm trong kho, chuột cắn rách bao, lúa rơi vãi, phân chuột "
        "lẫn vào. Cần giải pháp: kê hàng khỏi nền, bịt khe hở, vệ sinh kho và đặt bẫy hoặc hộp bả quanh chu vi kho.",
        {"lNo015": 2, "lNo020": 2, "lNo022": 2, "lNo017": 1, "lNo021": 1, "lNo019": 1},
    ),
    # termites
    (
        "lNn13",
        "vi",
        "term_baomoi",
        "Hết bảo hành là mối quay lại",
        "Gia đình ở phường 7, TP Trà Vinh từng thuê dịch vụ “diệt mối tận gốc” giá 2,5 triệu đồng, bảo hành 2 năm; "
        "nhân viên đặt hộp nhử ở chỗ mối hay xuất hiện. Vừa hết bảo hành thì mối cánh lại bay đầy đèn, cửa gỗ, cầu "
        "thang, tủ bếp lại bị ăn rỗng. Cần giải pháp nhử, diệt có theo dõi lâu dài chứ không chỉ xử lý một lần.",
        {"lNo030": 2, "lNo031": 2, "lNo029": 2, "lNo036": 1, "lNo035": 1},
    ),
    (
        "lNn14",
        "vi",
        "term_hcmnenmong",
        "Nha moi xay 8 thang da co moi dat",
        "Nha toi o Cang Long moi hoan cong 8 thang, tuong bat dau nut, duoi gam cau thang co duong moi dat len den. "
        "Nghe noi moi chui qua khe nut rat nho, theo re cay, go coppha sot lai va ong ky thuat. Can don vi xu ly moi "
        "cho nha da o, diet ca to va chan moi quay lai.",
        {"lNo030": 2, "lNo031": 2, "lNo029": 2, "lNo032": 1, "lNo034": 1},
    ),
    (
        "lNn15",
        "vi",
        "term_dmct",
        "Chống mối cho trường học sắp xây ở Duyên Hải",
        "Ban quản lý dự án chuẩn bị xây một trường học 3 tầng ở thị xã Duyên Hải, có nhiều cửa, tủ gỗ và thư viện. "
        "Muốn đưa phòng chống mối vào ngay từ bước đào móng, làm nền đến khi hoàn thiện, đúng quy trình và tiêu chuẩn, "
        "để công trình không bị sụt lún, mối phá về sau.",
        {"lNo032": 2, "lNo033": 2, "lNo034": 2, "lNo035": 1, "lNo029": 1},
    ),
    (
        "lNn16",
        "en",
        "her_termirepel",
        "Termites in the timber of a Khmer pagoda",
        "The committee of a Khmer pagoda in Trà Cú finds subterranean termite mud tubes on old timber columns and "
        "roof beams of the main hall. As a heritage building it must keep as much original wood as possible, so "
        "drilling and soaking the structure is unwelcome. They need a minimally invasive way to find and eliminate "
        "the colonies and protect the timber.",
        {"lNo041": 2, "lNo029": 2, "lNo030": 2, "lNo042": 1, "lNo036": 1, "lNo031": 1, "lNo035": 1},
    ),
    (
        "lNn17",
        "vi",
        "dike_nongnghiep",
        "Tổ mối trong thân đê bao ven sông",
        "Ban quản lý đê bao ven sông Hậu ở Trà Ôn phát hiện nhiều tổ mối nổi trên mái đê và nghi có tổ chìm; nơi khác "
        "đã có chuyện mạch sủi đùn ra xác mối, xe bị sụt xuống hố tổ mối trên mặt đê. Cần dò tìm tổ mối trong thân đê "
        "và xử lý trước mùa lũ.",
        {"lNo038": 2, "lNo039": 2, "lNo040": 2, "lNo036": 1, "lNo029": 1},
    ),
    (
        "lNn18",
        "en",
        "term_catseye",
        "Apartment block wants termite baits, not drilling",
        "The management board of an apartment block in Trà Vinh city sees termite mud tubes in ground-floor units. "
        "Residents refuse drilling the floors and flooding the soil with termiticide. The board wants bait "
        "stations in the yard and near active tubes, with slow-acting bait and regular monitoring visits.",
        {"lNo029": 2, "lNo030": 2, "lNo031": 2, "lNo036": 1},
    ),
    (
        "lNn19",
        "en",
        "term_csiro",
        "Non-chemical termite control for a kindergarten",
        "A kindergarten in Châu Thành has termites in its wooden play structures and door frames. Parents object to "
        "chemical toxicants near the children. The school asks whether a biological product, such as a fungus "
        "that kills termites, can be used instead.",
        {"lNo036": 2, "lNo037": 1, "lNo029": 1, "lNo030": 1},
    ),
    (
        "lNn20",
        "vi",
        "term_dietmoivip",
        "Kho lưu trữ hồ sơ bị mối ăn kệ gỗ",
        "Kho lưu trữ hồ sơ của một cơ quan ở TP Trà Vinh đang sử dụng bị mối ăn kệ gỗ, hộp hồ sơ, sàn gỗ; mối đi được "
        "qua cả tường xây. Trước đây nền có xử lý hóa chất nhưng thuốc không tồn lưu mãi. Cần đánh giá mức nguy cơ và "
        "xử lý, kèm lịch phòng mối định kỳ.",
        {"lNo035": 2, "lNo030": 2, "lNo031": 2, "lNo029": 2, "lNo033": 1},
    ),
    (
        "lNn21",
        "en",
        "term_vinatravels",
        "Old house to buy has termite damage",
        "A family about to buy an old house in Tiểu Cần found termite-eaten wood, and winged termites swarmed at "
        "the start of the rainy season. Before paying, they want an inspection to judge how bad it is and then a "
        "treatment that reaches the queen, not just the workers they can see.",
        {"lNo029": 2, "lNo030": 2, "lNo031": 2, "lNo035": 1, "lNo036": 1},
    ),
    # mosquitoes and dengue vectors
    (
        "lNn22",
        "vi",
        "dengue_thvl",
        "Mô hình cộng đồng diệt lăng quăng ít hóa chất",
        "Trạm y tế xã ở Tam Bình (Vĩnh Long) thấy sốt xuất huyết tăng, và muốn cắt nguồn lây bằng việc diệt muỗi, "
        "lăng quăng có sự tham gia của người dân. Cần một mô hình bền vững, rẻ, ít dùng hóa chất để hộ dân tự duy "
        "trì ở lu, bể, dụng cụ chứa nước.",
        {"lNo054": 2, "lNo055": 2, "lNo056": 2, "lNo050": 2, "lNo051": 2, "lNo053": 2, "lNo047": 1, "lNo052": 1},
    ),
    (
        "lNn23",
        "vi",
        "dengue_dienbien",
        "Xin ca an lang quang de tha lu nuoc",
        "Nha toi o Cang Long co may lu, khap chua nuoc mua, dau to chua day kin duoc het. Toi muon tha ca an lang "
        "quang vao lu lon, can huong dan cach nuoi va biet noi nao cap ca giong de ca xom cung lam.",
        {"lNo054": 2, "lNo055": 2, "lNo056": 2, "lNo050": 1},
    ),
    (
        "lNn24",
        "en",
        "wolb_kff",
        "Pilot Wolbachia mosquitoes for Trà Vinh city",
        "The city health centre in Trà Vinh is interested in releasing mosquitoes carrying the naturally occurring, "
        "human-safe Wolbachia bacterium, so that it spreads through the wild Aedes population and cuts dengue "
        "transmission. It needs a partner to plan community engagement, releases and monitoring.",
        {"lNo047": 2, "lNo048": 2, "lNo049": 2},
    ),
    (
        "lNn25",
        "vi",
        "wolb_topix",
        "Phường muốn thí điểm thả muỗi mang Wolbachia",
        "UBND một phường ở TP Vĩnh Long muốn tìm hiểu và thí điểm thả muỗi mang vi khuẩn Wolbachia (tự nhiên, an "
        "toàn cho người) vào quần thể muỗi hoang để giảm khả năng truyền sốt xuất huyết; cần đơn vị có kinh nghiệm "
        "thả và theo dõi.",
        {"lNo047": 2, "lNo048": 2, "lNo049": 2},
    ),
    (
        "lNn26",
        "en",
        "bti_botswana",
        "Biological larvicide for ponds, tanks and drains",
        "The preventive medicine centre of Duyên Hải wants to treat village ponds, large water tanks and drains "
        "with a biological larvicide during the rainy season, measure larval density before and 24-48 hours after "
        "treatment, and show the reduction to the district, as other programmes have done with good results.",
        {"lNo050": 2, "lNo051": 2, "lNo052": 2, "lNo053": 2, "lNo054": 1, "lNo055": 1, "lNo056": 1, "lNo057": 1},
    ),
    (
        "lNn27",
        "vi",
        "bti_yardener",
        "Chế phẩm Bti cho ao hồ khu du lịch",
        "Khu du lịch sinh thái ở Ba Động (Duyên Hải) có nhiều ao, hồ cảnh và mương nước, muỗi nhiều vào mùa mưa. Chủ "
        "khu muốn dùng chế phẩm vi khuẩn Bti (dạng viên nổi nhả chậm hay dạng hạt) diệt lăng quăng thay cho phun hóa "
        "chất gần khách.",
        {"lNo050": 2, "lNo051": 2, "lNo052": 1, "lNo053": 2, "lNo054": 1, "lNo056": 1},
    ),
    (
        "lNn28",
        "vi",
        "dengue_vanhien",
        "Công trường có nhiều bồn, hố chứa nước đọng",
        "Công trình xây dựng ở TP Trà Vinh có nhiều bồn, thùng, hố, rãnh chứa nước đọng, lăng quăng phát triển, nguy "
        "cơ thành ổ dịch sốt xuất huyết cho khu dân cư xung quanh. Nhà thầu cần dịch vụ xử lý lăng quăng định kỳ trên "
        "công trường.",
        {"lNo053": 2, "lNo050": 2, "lNo051": 2, "lNo052": 1, "lNo057": 1, "lNo060": 1, "lNo054": 1},
    ),
    (
        "lNn29",
        "en",
        "dengue_qpvn",
        "Rapid adult mosquito spraying for a dengue cluster",
        "Mosquito numbers in a residential area of Tiểu Cần rose sharply within two to three weeks at the peak "
        "of the dengue season, and cases are clustering. The health station needs rapid space spraying of adult "
        "mosquitoes around case households, with suitable machines and trained operators.",
        {"lNo057": 2, "lNo058": 2, "lNo059": 2, "lNo060": 1, "lNo061": 1, "lNo053": 1},
    ),
    (
        "lNn30",
        "vi",
        "dengue_lhu",
        "Trường học muốn giám sát muỗi vằn",
        "Trường THPT ở TP Trà Vinh lo sốt xuất huyết vì muỗi vằn sống trong nhà, đốt người sáng sớm và chập tối, đậu "
        "trên quần áo sẫm màu. Trường muốn đặt bẫy giám sát muỗi vằn trong khuôn viên để biết lúc nào mật độ tăng "
        "và cần xử lý.",
        {"lNo062": 2, "lNo063": 2, "lNo064": 2},
    ),
    (
        "lNn31",
        "vi",
        "dengue_tayninh",
        "Phun diệt muỗi định kỳ cho chợ và trường",
        "Ban quản lý chợ Cầu Kè và trường tiểu học kế bên muốn thực hiện phương châm “4 tại chỗ” phòng sốt xuất "
        "huyết: ngoài hộ dân còn cần phun diệt muỗi định kỳ ở chợ, trường, quán ăn là nơi đông người. Cần đơn vị "
        "phun an toàn, có lịch cố định.",
        {"lNo057": 2, "lNo061": 2, "lNo059": 2, "lNo058": 1, "lNo060": 1, "lNo053": 1},
    ),
    (
        "lNn32",
        "en",
        "guppy_adb",
        "Larvivorous fish for school rainwater tanks",
        "Primary schools in Cầu Ngang store rainwater in large jars and tanks. Having read that guppies kept in "
        "88% of household water containers in a Cambodian pilot (76% in Laos) did not harm water quality, the "
        "district wants a guppy programme: breeding ponds, distribution and follow-up.",
        {"lNo054": 2, "lNo055": 2, "lNo056": 2, "lNo050": 1, "lNo051": 1},
    ),
    # cockroaches and flies
    (
        "lNn33",
        "en",
        "roach_brown",
        "German cockroaches ignore the bait in our restaurant",
        "A restaurant near Ao Bà Om has German cockroaches in the kitchen. It has been sprayed and baited with gel "
        "and an insect growth regulator, but the roaches will not take the bait, which dries out within a week; "
        "staff may be leaving food around. The owner wants a programme that actually gets bait eaten and the "
        "sanitation issues fixed.",
        {"lNo068": 2, "lNo069": 2, "lNo070": 2, "lNo071": 2, "lNo072": 2, "lNo073": 1, "lNo074": 1},
    ),
    (
        "lNn34",
        "vi",
        "roach_gdtd",
        "Bếp ăn trường mầm non nhiều gián",
        "Bếp ăn tập thể của trường mầm non ở Càng Long nhiều gián; cô cấp dưỡng đã thử mẹo vỏ chuối trộn nước rửa "
        "chén, bột giặt, baking soda trộn đường, lau sàn bằng axit boric nhưng gián vẫn còn. Trường cần dịch vụ diệt "
        "gián an toàn cho trẻ, không ảnh hưởng thực phẩm.",
        {"lNo073": 2, "lNo074": 2, "lNo075": 2, "lNo068": 2, "lNo070": 2, "lNo072": 2, "lNo071": 1},
    ),
    (
        "lNn35",
        "vi",
        "roach_sanko",
        "Gián làm ổ trong tủ bếp gỗ",
        "Nhà tôi ở phường 4, TP Trà Vinh: tủ bếp gỗ công nghiệp gần bồn rửa bị ẩm, nhiều khe hở, vụn thức ăn rơi "
        "trong hộc nên gián làm ổ, đẻ trứng. Cần cách diệt triệt để trong hốc tủ và ngăn gián quay lại.",
        {"lNo073": 2, "lNo075": 2, "lNo074": 2, "lNo070": 2, "lNo068": 1},
    ),
    (
        "lNn36",
        "vi",
        "roach_cowleys",
        "Bếp bệnh viện cần chương trình IPM diệt gián",
        "Khoa dinh dưỡng một bệnh viện ở TP Trà Vinh cần chương trình quản lý gián tổng hợp (IPM) cho bếp: xác định "
        "đúng loài (chủ yếu gián Đức), thay đổi môi trường để gián không sống được, thuốc chỉ là biện pháp cuối, có "
        "bẫy theo dõi và hồ sơ để trình đoàn kiểm tra an toàn thực phẩm. Gián mang hàng chục loại vi khuẩn, ký sinh "
        "trùng.",
        {"lNo072": 2, "lNo070": 2, "lNo068": 2, "lNo071": 2, "lNo069": 1, "lNo073": 1, "lNo074": 1},
    ),
    (
        "lNn37",
        "en",
        "roach_global",
        "Cockroach harbourage in a hotel kitchen",
        "A hotel kitchen in Trà Vinh city keeps finding German cockroaches. An inspection found cracked rubber seals "
        "on cooler doors, condensation under steel counters where frozen goods thaw, and splashboards pulled away "
        "from the walls. The hotel wants a contractor to treat the harbourages and set up ongoing control.",
        {"lNo068": 2, "lNo070": 2, "lNo071": 2, "lNo072": 2, "lNo073": 2, "lNo069": 1, "lNo074": 1},
    ),
    (
        "lNn38",
        "vi",
        "fly_nguoichannuoi",
        "Trại heo nhiều ruồi, heo chậm lớn",
        "Trại heo ở Châu Thành có rất nhiều ruồi. Chủ trại đọc được rằng trại nhiều ruồi heo phải nuôi 121 ngày mới "
        "xuất chuồng thay vì 109 ngày, ruồi mang hơn 100 loại mầm bệnh và ở 25°C ruồi chỉ mất khoảng 16 ngày để "
        "thành thục. Cần giải pháp giảm ruồi bền vững, hạn chế dùng thuốc.",
        {"lNo081": 2, "lNo082": 2, "lNo084": 2, "lNo077": 2, "lNo078": 2, "lNo079": 2, "lNo080": 2, "lNo083": 1},
    ),
    (
        "lNn39",
        "en",
        "fly_ridgeway",
        "Biological fly control for a dairy herd",
        "A dairy cow cooperative in Trà Vinh has house and stable flies biting the cows, which lowers weight gain "
        "and milk yield, makes milking dangerous and spreads mastitis and eye infections. Sprays no longer work "
        "well. They want a biological option such as parasitic wasps.",
        {"lNo077": 2, "lNo078": 2, "lNo079": 2, "lNo080": 2, "lNo081": 1, "lNo082": 1},
    ),
    (
        "lNn40",
        "vi",
        "fly_contrungvn",
        "Ruồi nhặng bu sạp cá ở chợ hải sản",
        "Ban quản lý chợ hải sản ở Duyên Hải: ruồi nhặng bu kín sạp cá, khu rửa cá và bãi rác sau chợ; ruồi đẻ mỗi lứa "
        "100-150 trứng, 8-48 giờ đã nở dòi. Cần biện pháp diệt ruồi và dòi, bẫy ruồi an toàn cho thực phẩm.",
        {"lNo082": 2, "lNo083": 2, "lNo084": 2, "lNo081": 1, "lNo080": 1},
    ),
    (
        "lNn41",
        "en",
        "fly_recipe",
        "Fly control plan for a layer farm",
        "A laying-hen farm in Tiểu Cần has heavy house-fly pressure around manure and feed spills. The owner "
        "wants a full plan: sanitation first, exclusion of flies from the houses, natural enemies and parasitic "
        "wasps, and only a small role for baits, traps and insecticides.",
        {"lNo077": 2, "lNo078": 2, "lNo079": 2, "lNo080": 2, "lNo081": 2, "lNo082": 1},
    ),
    (
        "lNn42",
        "en",
        "fly_thattruyen",
        "Flies breeding at a poultry slaughter point",
        "A small poultry slaughter point in Châu Thành has flies breeding in feathers, blood and waste. The "
        "district vet warns that flies carry diseases between farms and into homes. The owner needs a service to "
        "cut breeding sites, kill maggots and adults, and use baits and traps that are safe near meat.",
        {"lNo082": 2, "lNo083": 2, "lNo084": 2, "lNo080": 2, "lNo081": 1, "lNo079": 1},
    ),
    # stored grain insects
    (
        "lNn43",
        "en",
        "grain_assam",
        "Sealed storage for a seed-rice cooperative",
        "A seed-rice cooperative in Trà Cú keeps about 200 tonnes of seed in gunny bags. In the humid season the "
        "moisture of stored seed creeps up over the months, weevils appear and germination drops. The "
        "cooperative wants a sealed storage system that keeps moisture steady and kills insects without "
        "insecticides.",
        {"lNo089": 2, "lNo090": 2, "lNo094": 2, "lNo095": 2, "lNo091": 1, "lNo092": 1, "lNo093": 1, "lNo098": 1},
    ),
    (
        "lNn44",
        "en",
        "grain_ph",
        "Rats and weevils in paddy stored at home",
        "A smallholder in Cầu Kè keeps paddy from each harvest in ordinary sacks in the house. Rats and weevils "
        "gnaw in, and after about seven months the grains break from moisture and insects. He wants a cheap "
        "airtight bag or container that keeps the paddy and seed sound until the next season.",
        {"lNo089": 2, "lNo091": 2, "lNo090": 2, "lNo097": 1, "lNo096": 1, "lNo092": 1},
    ),
    (
        "lNn45",
        "vi",
        "grain_123trich",
        "Bảo quản 5.000 tấn thóc dài hạn không dùng hóa chất",
        "Doanh nghiệp lương thực ở Trà Vinh có kho chứa khoảng 5.000 tấn thóc, cần giữ trên 3 tháng (độ ẩm dưới "
        "13%) mà không xông thuốc định kỳ. Phần lớn thóc trong vùng vẫn để ở lán tạm, nhà dân nên hao hụt lớn. Cần "
        "công nghệ bảo quản kín quy mô kho.",
        {"lNo094": 2, "lNo095": 2, "lNo090": 2, "lNo093": 1, "lNo092": 1, "lNo108": 1, "lNo098": 1, "lNo099": 1},
    ),
    (
        "lNn46",
        "vi",
        "grain_memart",
        "Cua hang gao bi mot",
        "Cua hang gao cua toi o cho phuong 2 (TP Tra Vinh): troi am, bao gao de lau bi mot, gao doi mau, co mui la, "
        "khach tra lai. Can cach diet mot cho so gao dang co trong kho nho va cach bao quan cho khoi bi lai.",
        {"lNo096": 2, "lNo097": 2, "lNo089": 1, "lNo093": 1},
    ),
    (
        "lNn47",
        "en",
        "aer_grainscanada",
        "Cooling stored paddy in a silo to stop insects",
        "A rice mill in Vĩnh Long stores paddy in steel bins. Warm grain holds its heat, convection creates hot "
        "spots and condensation, and insects and mould appear. The mill wants aeration equipment and a routine "
        "to cool the grain and keep it cool, with temperature checks every couple of weeks.",
        {"lNo093": 2, "lNo094": 1, "lNo095": 1, "lNo090": 1},
    ),
    # fumigation services
    (
        "lNn48",
        "vi",
        "fumi_tanthanh",
        "Hun trùng container gạo xuất khẩu và chứng thư",
        "Doanh nghiệp xuất khẩu gạo ở Trà Vinh được đối tác Úc yêu cầu container phải khử trùng, có chứng thư hun "
        "trùng, nếu không sẽ bị từ chối nhập. Cần đơn vị hun trùng tại kho, lo luôn hồ sơ chứng thư trước ngày xếp "
        "hàng.",
        {"lNo102": 2, "lNo103": 2, "lNo105": 2, "lNo107": 2, "lNo104": 1, "lNo106": 1, "lNo108": 1},
    ),
    (
        "lNn49",
        "en",
        "fumi_docedu",
        "ISPM 15 treatment of wooden pallets for coconut exports",
        "A coconut-products exporter in Trà Vinh ships in containers on wooden pallets and crates. Importing "
        "countries require wood packaging to be treated and marked under ISPM 15. The company needs a provider "
        "to treat and stamp the pallets and crates before each shipment.",
        {"lNo104": 2, "lNo102": 2, "lNo103": 1, "lNo105": 1, "lNo107": 1},
    ),
    (
        "lNn50",
        "en",
        "fumi_faosheet",
        "Sheet fumigation of bagged rice at a mill",
        "A rice mill in Tiểu Cần has insect infestation in its bagged stacks. It wants the stacks fumigated "
        "under gas-proof sheets by a trained team, with clear responsibilities, safe handling and gas "
        "measurements to confirm the treatment worked.",
        {"lNo108": 2, "lNo109": 2, "lNo105": 2, "lNo110": 1, "lNo111": 1, "lNo096": 1, "lNo092": 1},
    ),
    (
        "lNn51",
        "vi",
        "fumi_ducduong",
        "Công nhân chóng mặt sau khi kho xông phosphine",
        "Kho gạo ở Càng Long xông phosphine (PH3) diệt mọt; sau khi mở kho, vài công nhân bốc xếp thấy mùi tỏi, cá "
        "ươn, chóng mặt, buồn nôn. PH3 là khí rất độc, dễ cháy. Cần đo khí tồn dư, quy trình thông thoáng và thời "
        "điểm an toàn để cho người vào làm việc.",
        {"lNo111": 2, "lNo106": 2, "lNo108": 2, "lNo110": 1, "lNo159": 1},
    ),
    # birds and bats in buildings
    (
        "lNn52",
        "en",
        "bird_kmranch",
        "Sparrows and pigeons roosting in a rice warehouse",
        "A rice warehouse in Vĩnh Long keeps its doors open during loading, and pigeons and sparrows fly in and "
        "roost on the highest rafters. Droppings and feathers fall on bags and workstations, and sweeping them "
        "only spreads dust. The company wants the birds removed humanely and kept out for good.",
        {
            "lNo112": 2,
            "lNo113": 2,
            "lNo114": 2,
            "lNo115": 2,
            "lNo116": 2,
            "lNo117": 2,
            "lNo118": 2,
            "lNo119": 2,
            "lNo120": 1,
        },
    ),
    (
        "lNn53",
        "vi",
        "bird_measurable",
        "Chim và dơi chui qua khe ngói lên trần nhà",
        "Nhà mái ngói của tôi ở Càng Long có chim sẻ và dơi chui qua khe giữa ngói và tấm lót, đậu trên trần, kêu ồn "
        "và để phân hôi. Muốn đuổi chúng ra rồi bịt kín các khe mà vẫn giữ được thông gió dưới mái, không trét bê tông.",
        {"lNo113": 2, "lNo121": 2, "lNo122": 2, "lNo123": 2, "lNo124": 1, "lNo125": 1, "lNo120": 1, "lNo118": 1},
    ),
    (
        "lNn54",
        "en",
        "bat_batsabout",
        "Bat colony in a primary school ceiling",
        "A primary school in Trà Cú has a bat colony in the ceiling of an old classroom block: rice-sized droppings "
        "stain the ceiling and the smell bothers pupils. The school wants the bats removed humanely and safely, "
        "the entry points closed and the accumulated droppings cleaned up by professionals.",
        {"lNo121": 2, "lNo122": 2, "lNo123": 2, "lNo124": 2, "lNo125": 1},
    ),
    (
        "lNn55",
        "vi",
        "bird_sunduler",
        "Nha xuong bi chim bo cau lam to",
        "Nha xuong cua cong ty toi o khu cong nghiep Long Duc (TP Tra Vinh) bi chim bo cau lam to tren xa, lo thong "
        "gio va mang xoi, phan chim roi xuong hang va may moc. Can don vi lap day gai, luoi chan chim hoac giai phap "
        "khac de chim khong dau va lam to nua.",
        {
            "lNo118": 2,
            "lNo119": 2,
            "lNo120": 2,
            "lNo113": 2,
            "lNo116": 2,
            "lNo117": 2,
            "lNo114": 2,
            "lNo112": 1,
            "lNo115": 1,
        },
    ),
    (
        "lNn56",
        "vi",
        "bat_engfix",
        "Dơi vào chánh điện chùa qua khe mái",
        "Chùa Khmer ở Trà Cú có đàn dơi bay vào chánh điện qua các khe ở diềm mái, lỗ thông gió và chỗ ống điện xuyên "
        "tường; phân dơi rơi dưới chỗ chúng chui vào. Nhà chùa muốn để dơi sống ở cây cối bên ngoài nhưng không vào "
        "chánh điện, làm nhân đạo, không giết dơi.",
        {"lNo122": 2, "lNo123": 2, "lNo124": 2, "lNo121": 2, "lNo125": 1},
    ),
    (
        "lNn57",
        "en",
        "bird_411",
        "Pigeons fouling a market hall roof",
        "Pigeons perch on the beams and ledges of the covered market hall in Cầu Kè, and their droppings make the "
        "floor slippery and soil goods. The market board wants humane deterrents (spikes, wires, netting, sticky "
        "or taste repellents) fitted by a competent team.",
        {
            "lNo113": 2,
            "lNo117": 2,
            "lNo114": 2,
            "lNo118": 2,
            "lNo119": 2,
            "lNo120": 2,
            "lNo112": 1,
            "lNo116": 1,
            "lNo115": 1,
        },
    ),
    # traps, baits and monitoring of farm insects
    (
        "lNn58",
        "en",
        "light_hanh",
        "Light traps for moths on onion fields",
        "Farmers growing spring onions on about 120 ha of sandy land in Cầu Ngang suffer from stem-boring "
        "caterpillars that resist sprays. They want cheap electric light traps, lit all night over the beds, that "
        "catch the moths before they lay eggs.",
        {"lNo134": 2, "lNo131": 1, "lNo132": 1, "lNo133": 1},
    ),
    (
        "lNn59",
        "en",
        "light_hcm",
        "Automatic light-trap stations to forecast planthoppers",
        "The agricultural service centre of a district in Trà Vinh forecasts brown planthopper flights, which "
        "spread yellow dwarf and ragged stunt, by counting insects in light traps every day to set the sowing "
        "calendar. It wants automated stations that sort catches by day and add weather sensors.",
        {"lNo133": 2, "lNo132": 2, "lNo131": 1, "lNo141": 1, "lNo134": 1},
    ),
    (
        "lNn60",
        "en",
        "meta_giongkiengiang",
        "Fungal biopesticide against brown planthopper",
        "A rice cooperative in Cầu Kè grows two to three crops a year, and brown planthopper, which also spreads "
        "viruses, is kept down mainly with chemical insecticides that upset the natural balance. The cooperative "
        "wants a fungal biopesticide (green muscardine) it can apply instead of some sprays.",
        {"lNo143": 2, "lNo144": 2, "lNo145": 2},
    ),
    (
        "lNn61",
        "en",
        "ff_alyokhin",
        "Male annihilation for oriental fruit fly in orchards",
        "A pomelo and mango cooperative in Càng Long loses fruit to the oriental fruit fly. It wants to set up "
        "methyl eugenol traps with a killing agent to remove males area-wide, and protein bait for females, as a "
        "cheap, specific and environmentally safe part of integrated management.",
        {"lNo137": 2, "lNo138": 2, "lNo139": 2, "lNo140": 2, "lNo135": 2, "lNo136": 2},
    ),
    (
        "lNn62",
        "vi",
        "ff_vidan",
        "Vườn ổi bị ruồi đục trái",
        "Vườn ổi 2 công của tôi ở Tiểu Cần bị ruồi đục trái: ruồi cái chích vỏ đẻ mỗi ổ 5-10 trứng, dòi ăn thịt trái "
        "làm thối, rụng; vòng đời chỉ 30-40 ngày nên nhiều lứa. Cần bẫy, bả phù hợp vườn nhỏ.",
        {"lNo135": 2, "lNo136": 2, "lNo137": 2, "lNo138": 1, "lNo140": 1, "lNo139": 1},
    ),
    (
        "lNn63",
        "vi",
        "ff_faovn",
        "Mồi dẫn dụ lâu hết hạn cho vườn cây ăn trái hữu cơ",
        "Hợp tác xã bưởi, mít hữu cơ ở Châu Thành bị ruồi đục quả; nhộng nằm trong đất sâu 3-7 cm nên lứa sau lại lên. "
        "Vì theo hướng hữu cơ và có trẻ em trong vườn, HTX cần mồi dẫn dụ giữ được nhiều tháng và bẫy không chứa thuốc "
        "trừ sâu.",
        {"lNo138": 2, "lNo137": 1, "lNo135": 1, "lNo136": 1, "lNo140": 1},
    ),
    # biological and low-toxicity control
    (
        "lNn64",
        "vi",
        "coco_kienvuong",
        "Kiến vương đục ngọn dừa",
        "Vườn dừa ở Châu Thành bị kiến vương (bọ cánh cứng) đục ngọn, hại mạnh vào đầu mùa mưa, giữa mùa mưa và cuối "
        "năm; ấu trùng sống trong thân dừa mục, đống phân, rơm mục. Cây cao khó phun thuốc, cần biện pháp sinh học hoặc "
        "lý học.",
        {"lNo148": 2, "lNo145": 1, "lNo147": 1},
    ),
    (
        "lNn65",
        "en",
        "coco_earwig",
        "Natural enemies against black-headed caterpillar on coconut",
        "Coconut growers in Cầu Kè see fronds drying and scorched by the black-headed caterpillar (Opisina "
        "arenosella). Palms are too tall to spray well. They want natural enemies, such as parasitic wasps or "
        "predators, released in their gardens.",
        {"lNo147": 2, "lNo148": 1},
    ),
    (
        "lNn66",
        "en",
        "sugar_bencat",
        "Egg parasitoids against sugarcane stem borers",
        "Sugarcane growers in Trà Cú lose young cane to stem borers. Knowing that parasitoids and predators "
        "already attack the borers, they want mass-reared egg parasitoids released in the fields early in the "
        "season instead of insecticide.",
        {"lNo146": 2, "lNo147": 1},
    ),
    # pesticide-safe handling and application equipment
    (
        "lNn67",
        "vi",
        "drone_daidoanket",
        "Thuê drone phun thuốc cho 50 ha lúa",
        "Tổ hợp tác lúa ở Trà Cú có khoảng 50 ha cánh đồng lớn, thiếu người phun thuốc và ngại tiếp xúc hóa chất. "
        "Muốn thuê dịch vụ máy bay không người lái phun thuốc BVTV theo từng đợt, rút ngắn thời gian phun, có báo "
        "giá theo hecta.",
        {"lNo149": 2, "lNo150": 2, "lNo151": 2, "lNo152": 2, "lNo154": 1, "lNo155": 1},
    ),
    (
        "lNn68",
        "vi",
        "drone_viettimes",
        "Cần số liệu thật về drone phun thuốc trước khi thuê",
        "Nông dân ở Cầu Kè được mời xem các buổi giới thiệu “máy bay phun thuốc nông nghiệp 4.0” nhưng còn ngờ vực: "
        "có thật tiết kiệm thuốc không, có an toàn cho kênh rạch, nhà dân, ong mật gần ruộng không. Muốn xem trình diễn "
        "kèm số liệu và quy trình sử dụng an toàn.",
        {"lNo151": 2, "lNo152": 2, "lNo149": 2, "lNo154": 2, "lNo155": 2, "lNo150": 1, "lNo156": 1},
    ),
    (
        "lNn69",
        "vi",
        "drone_wolf",
        "Tập huấn vận hành drone phun thuốc an toàn",
        "Hợp tác xã ở Vũng Liêm vừa mua drone phun thuốc, cần tập huấn: hiệu chuẩn bơm và béc, kiểm soát trôi dạt "
        "thuốc theo gió, vùng đệm quanh nguồn nước và nhà dân, hồ sơ giấy phép; ở nhiều nước luật và nhãn thuốc còn "
        "chưa theo kịp việc phun bằng drone.",
        {"lNo154": 2, "lNo155": 2, "lNo156": 1, "lNo152": 1},
    ),
    (
        "lNn70",
        "en",
        "drone_portal",
        "Drone spraying contractor to cut chemical overuse",
        "A sugarcane and coconut estate in Trà Cú still sprays by hand, uses too much pesticide and exposes its "
        "workers. It wants a drone spraying contractor that treats target areas precisely and on time, priced "
        "per hectare.",
        {"lNo149": 2, "lNo150": 2, "lNo151": 2, "lNo152": 2, "lNo154": 1, "lNo155": 1},
    ),
    (
        "lNn71",
        "en",
        "ppe_progressive",
        "Spray crews take off protective gear in the heat",
        "The plant-protection service team of a cooperative in Tiểu Cần sprays in hot, humid weather; workers "
        "remove their protective suits to avoid heat exhaustion, and some spray at night. The manager wants "
        "PPE guidance that matches the labels, suitable materials and practices that crews will actually keep on.",
        {"lNo159": 2, "lNo160": 2, "lNo157": 1},
    ),
    (
        "lNn72",
        "vi",
        "knap_turf",
        "Tập huấn hiệu chuẩn bình phun đeo vai",
        "Lớp học hiện trường nông dân ở Càng Long muốn dạy cách hiệu chuẩn bình phun đeo vai: kiểm tra rò rỉ, chỉnh "
        "áp suất, đo diện tích, bấm giờ đi bộ để tính tốc độ và lượng nước mỗi ha, tránh phun quá liều; chỉ phun khi "
        "sâu bệnh vượt ngưỡng.",
        {"lNo157": 2, "lNo158": 2, "lNo058": 1},
    ),
    (
        "lNn73",
        "vi",
        "cont_hatinh",
        "Be chua vo thuoc BVTV dau bo ruong khong hieu qua",
        "Xa toi o Tam Binh da xay be chua vo chai, bao thuoc BVTV o dau bo ruong nhung thanh ra loi bat cap hai. Can "
        "cach thu gom khac: thung chuyen dung, cach rua vo chai va noi tiep nhan xu ly.",
        {"lNo163": 2, "lNo161": 2, "lNo162": 2},
    ),
    (
        "lNn74",
        "en",
        "cont_pnw",
        "Rinse-and-recycle scheme for pesticide containers",
        "The agrochemical dealers' network in Trà Vinh wants farmers to rinse empty containers right after use, "
        "pour the rinsate into the spray tank and bring clean, dry containers to collection points, because "
        "unrinsed containers count as hazardous waste. It needs a scheme design and collection rules.",
        {"lNo161": 2, "lNo162": 2, "lNo163": 2},
    ),
    (
        "lNn75",
        "vi",
        "cont_tuoitre",
        "Đợt thu gom vỏ chai lọ thuốc BVTV ngoài đồng",
        "Hội Nông dân huyện Cầu Kè muốn phát động đợt thu gom vỏ bao bì, chai lọ thuốc BVTV vứt ngoài ruộng; ở nơi "
        "khác một tuần phát động đã gom gần 14 tấn. Cần phương án thu gom, rửa, lưu chứa và bàn giao xử lý an toàn.",
        {"lNo163": 2, "lNo161": 2, "lNo162": 2},
    ),
]
