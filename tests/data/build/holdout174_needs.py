"""Needs for holdout174 (rooftop and farm solar power): (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # rooftop solar for homes, shops, offices and small factories
    (
        "oTn01",
        "vi",
        "pc_vinhlong",
        "Cần đơn vị lắp điện mặt trời áp mái 50–60 kWp cho trụ sở công ty ở TP Vĩnh Long",
        "Công ty chúng tôi có trụ sở và kho ở TP Vĩnh Long, muốn lắp điện mặt trời trên mái để giảm tiền điện. Tham khảo "
        "ngành điện tỉnh: hệ 60 kWp trên mái nhà điều hành đầu tư 3,2 tỷ đồng, năm 2018 phát 81.978 kWh, tiết kiệm 202 "
        "triệu đồng; hệ 49 kWp ở kho tốn 1,4 tỷ. Cần nhà thầu khảo sát mái, báo giá trọn gói, ước tính sản lượng và thời "
        "gian hoàn vốn cho hệ 50–60 kWp.",
        {"oTo006": 2, "oTo007": 2, "oTo001": 1, "oTo005": 1, "oTo004": 1, "oTo014": 1},
    ),
    (
        "oTn02",
        "en",
        "baothanhhoa_garment",
        "Garment factory in Long Duc industrial park seeks about 1 MWp rooftop solar",
        "We run an export garment factory with two sewing workshops and about 200 workers in Long Duc industrial park "
        "(Tra Vinh), making some 500,000 pieces a year for US and Japanese buyers. We plan a rooftop system of around "
        "990 kWp on both workshop roofs, similar to a peer who invested 13 billion VND, to cut bills, cool the "
        "workshops under the panels and keep sewing lines running when the grid sheds load. Looking for design, "
        "roof checks and installation.",
        {"oTo003": 2, "oTo012": 2, "oTo007": 2, "oTo004": 1, "oTo032": 1, "oTo146": 1, "oTo136": 1, "oTo087": 1},
    ),
    (
        "oTn03",
        "vi",
        "baodongthap_sadec",
        "Homestay ở cù lao An Bình cần hệ điện mặt trời khoảng 4 kW",
        "Homestay nhà vườn của tôi ở cù lao An Bình (Long Hồ, Vĩnh Long) có máy lạnh, tủ lạnh, máy giặt, tivi và bơm tưới "
        "kiểng, mỗi tháng dùng 1.200–1.600 kWh, trả hơn 2 triệu đồng tiền điện. Muốn lắp hệ điện mặt trời khoảng 4 kW như "
        "mô hình homestay được khuyến công hỗ trợ 49 triệu đồng, cần báo giá trọn gói và hỏi có chương trình hỗ trợ nào "
        "không.",
        {"oTo001": 2, "oTo006": 2, "oTo002": 2, "oTo007": 2, "oTo005": 1, "oTo157": 1, "oTo150": 1},
    ),
    (
        "oTn04",
        "en",
        "vietnamplus_rooftop",
        "Self-consumption rooftop solar for commune offices in Cau Ngang",
        "Our construction cooperative has been asked to put self-generated, self-consumed rooftop solar on a cluster "
        "of commune office buildings in Cau Ngang (Tra Vinh). Under PDP8, at least half of office buildings and homes "
        "should use such systems by 2030, and the decree on self-consumed rooftop solar now sets the rules. We need a "
        "partner to size and install grid-connected systems that stay within the buildings' own use.",
        {"oTo002": 2, "oTo006": 2, "oTo007": 2, "oTo001": 1, "oTo026": 1, "oTo029": 1},
    ),
    (
        "oTn05",
        "vi",
        "nld_procedure",
        "Nhà phố ở TP Trà Vinh muốn lắp điện mặt trời có pin lưu trữ, chưa rõ thủ tục",
        "Hóa đơn điện nhà tôi ở TP Trà Vinh tăng lên khoảng 3 triệu đồng/tháng vì cả nhà ở nhà nhiều. Mái có 35–40 m², "
        "tôi muốn hệ có tấm pin, bộ lưu trữ để dùng cả lúc mất điện, dự tính hơn 100 triệu đồng. Chỉ dùng cho gia đình, "
        "không bán điện dư. Cần đơn vị lắp trọn gói và hướng dẫn giấy tờ phải gửi cho Sở Công Thương, điện lực để khỏi bị "
        "phạt.",
        {"oTo001": 2, "oTo082": 1, "oTo081": 1, "oTo091": 1, "oTo026": 1, "oTo040": 1, "oTo035": 1},
    ),
    (
        "oTn06",
        "en",
        "chinaspecial_micro",
        "Shaded shop-house roof in Vinh Long city: microinverters or string inverter?",
        "Our shop-house roof in Vinh Long city is partly shaded by a neighbouring building, a water tank and the "
        "parapet during peak hours. We read that when 10–20% of modules get intermittent shade, losses can exceed the "
        "shaded area because stronger panels follow weaker ones in a string. We need a design that compares "
        "microinverters with string inverters for yield, maintenance and cost over 10–25 years.",
        {"oTo008": 2, "oTo009": 2, "oTo016": 2, "oTo105": 1, "oTo010": 1},
    ),
    (
        "oTn07",
        "vi",
        "ectech_tilt",
        "Mái bằng bê tông ở Cầu Kè cần tư vấn góc nghiêng, hướng lắp khung pin",
        "Gia đình tôi ở Cầu Kè (Trà Vinh) định lắp pin trên sân thượng mái bằng, phải làm khung nâng. Nghe nói độ nghiêng "
        "tấm pin ảnh hưởng trực tiếp sản lượng, tùy vĩ độ, mùa và góc chiếu nắng; ở gần xích đạo góc cần nhỏ hơn. Cần "
        "người tính giúp góc nghiêng, hướng đặt và khoảng cách các dãy cho hợp vùng mình.",
        {"oTo015": 2, "oTo011": 2, "oTo010": 2, "oTo014": 1},
    ),
    (
        "oTn08",
        "en",
        "otofun_output",
        "Farm office array in Tam Binh produces only 70–80% of rated output",
        "The solar array on our farm office in Tam Binh (Vinh Long) delivers only about 70–80% of its Wp rating. A "
        "forum answer says real output depends on sun direction and angle, irradiance, temperature, wind, shading and "
        "dust. We want someone to check and correct orientation, tilt and row shading and tell us what else is "
        "pulling output down.",
        {"oTo011": 2, "oTo010": 1, "oTo015": 1, "oTo099": 1, "oTo102": 1, "oTo009": 1, "oTo107": 1},
    ),
    (
        "oTn09",
        "vi",
        "straightup",
        "Mai nha bi bong cay dua che, nen dung micro inverter hay toi uu hoa cong suat",
        "Nha toi o Chau Thanh (Tra Vinh) muon lap dien mat troi nhung mai bi bong cay dua che buoi chieu. Nghe noi "
        "inverter chuoi chay tot khi nang truc tiep, mot phan bi che la ca chuoi giam, con micro inverter doi dien tung "
        "tam nen tam bi che khong keo tam khac, hoac gan bo toi uu cong suat. Can tu van chon loai va bao gia.",
        {"oTo016": 2, "oTo008": 2, "oTo009": 2, "oTo010": 1, "oTo105": 1},
    ),
    (
        "oTn10",
        "en",
        "baotnvn_yen",
        "Rooftop solar on a swiftlet house and family home in Cau Ngang",
        "We raise swiftlets in a nest house in Cau Ngang (Tra Vinh) and want solar panels on its roof and on our "
        "house to power the sound and humidity equipment and daily use, as some swiftlet farmers already do; hundreds "
        "of homes and warehouses now carry rooftop systems and sell surplus under contract. Looking for an installer "
        "and an estimate of savings.",
        {"oTo001": 2, "oTo006": 2, "oTo007": 2, "oTo005": 1, "oTo002": 1},
    ),
    (
        "oTn11",
        "vi",
        "thitruong_travinh",
        "HTX ở Duyên Hải muốn tận dụng mái nhà kho lắp điện mặt trời",
        "Hợp tác xã ở thị xã Duyên Hải có nhà kho mái tôn rộng. Vùng duyên hải Trà Vinh bức xạ trung bình 1.700–1.900 "
        "kWh/m² mỗi năm, hơn 4,9 kWh/m² mỗi ngày, nên đã có nhà máy điện mặt trời 165 MWp gần đó. Chúng tôi muốn đánh "
        "giá sản lượng nếu lắp trên mái kho, chi phí và đơn vị thi công.",
        {"oTo014": 2, "oTo006": 2, "oTo007": 2, "oTo005": 1, "oTo004": 1},
    ),
    (
        "oTn12",
        "vi",
        "congthuong_school",
        "Trường tiểu học ở Trà Cú cần hệ điện mặt trời áp mái khoảng 6 kWp",
        "Trường chúng tôi ở Trà Cú muốn lắp khoảng 16 tấm pin trên mái với một bộ hòa lưới, tổng 5,9 kWp, như các điểm "
        "trường được ngành điện tặng, mỗi ngày làm ra bình quân 20 kWh, vừa giảm tiền điện vừa để học sinh học về năng "
        "lượng sạch. Cần đơn vị khảo sát, báo giá và lắp đặt.",
        {"oTo006": 2, "oTo001": 2, "oTo007": 2, "oTo002": 1, "oTo014": 1},
    ),
    (
        "oTn13",
        "en",
        "dantri_school",
        "Private primary school in Vinh Long city wants rooftop solar to cut bills",
        "Our private primary school in Vinh Long city wants a rooftop system that covers a quarter or more of its "
        "use. Another primary school produced 3,561 kWh in its first three months, covered 25–30% of demand and "
        "saved about 2.2 million VND a month. We need an installer and an estimate of output and payback.",
        {"oTo006": 2, "oTo007": 2, "oTo001": 1, "oTo005": 1, "oTo146": 1},
    ),
    (
        "oTn14",
        "vi",
        "vietnamnet_pig",
        "Trang trại heo ở Mang Thít muốn phủ pin mặt trời mái chuồng, bán điện dư",
        "Trang trại heo nái của chúng tôi ở Mang Thít (Vĩnh Long) chạy làm mát, quạt, bơm, đèn suốt ngày đêm, tiền điện "
        "khoảng 150 triệu đồng/tháng. Muốn làm như một trang trại hơn 10.000 heo nái: phủ pin khoảng 50% mái chuồng, "
        "1,4 MW, gần 16 tỷ đồng, ban ngày dùng điện mặt trời, tối dùng lưới, bán điện dư; hóa đơn ở đó giảm còn khoảng 75 "
        "triệu/tháng, thu thêm 180–200 triệu/tháng, hoàn vốn khoảng 8 năm. Cần nhà thầu thiết kế, thi công trên mái "
        "chuồng.",
        {
            "oTo054": 2,
            "oTo007": 2,
            "oTo012": 1,
            "oTo053": 1,
            "oTo027": 1,
            "oTo034": 1,
            "oTo146": 1,
            "oTo004": 1,
            "oTo005": 1,
            "oTo028": 1,
        },
    ),
    # net metering, selling power to the grid and the rules for it
    (
        "oTn15",
        "vi",
        "sggp_stop",
        "Hộ ở Càng Long lắp điện mặt trời cuối 2020, điện phát lên lưới chưa được trả tiền",
        "Nhà tôi ở Càng Long lắp hệ áp mái cuối năm 2020, có công tơ hai chiều, nhưng từ 31/12/2020 điện lực không ghi "
        "nhận và không mua phần điện phát lên lưới khi chưa có quyết định mới; lúc đó cả nước có 83.000 công trình, gần "
        "4.700 MWp. Nay muốn biết theo quy định mới có bán được phần điện dư không, giá bao nhiêu, làm hợp đồng thế nào, "
        "hay nên chuyển hẳn sang tự dùng.",
        {"oTo027": 2, "oTo034": 2, "oTo036": 1, "oTo029": 1, "oTo026": 1, "oTo028": 1},
    ),
    (
        "oTn16",
        "en",
        "vnexpress_draft",
        "Which authority must a cooperative notify for a 5 kW self-use rooftop system?",
        "Our cooperative office in Tieu Can (Tra Vinh) is adding a 5 kW self-use rooftop system. We read that the "
        "ministry proposes that owners only notify the commune or ward People's Committee (name, capacity, location, "
        "start and finish dates), which then reports yearly to the Department of Industry and Trade, and that systems "
        "under 1 kW would need no notice. We need help filing the right notice under the current and draft rules.",
        {"oTo026": 2, "oTo040": 1, "oTo035": 2, "oTo002": 1},
    ),
    (
        "oTn17",
        "vi",
        "eih_fit",
        "Doanh nghiệp ở Vũng Liêm cần tư vấn tranh chấp hợp đồng giá FIT điện mặt trời mái nhà",
        "Công ty chúng tôi ở Vũng Liêm có hệ áp mái dưới 100 kW ký hợp đồng mua bán điện 20 năm theo giá ưu đãi 0,0935 "
        "USD/kWh được giữ đến năm 2021 (trước đó có đề xuất hạ còn 0,0838 USD). Nay điện lực xem xét lại ngày vận hành "
        "thương mại và áp giá khác. Cần luật sư, chuyên gia am hiểu giá FIT để rà soát hợp đồng, hồ sơ nghiệm thu.",
        {"oTo036": 2, "oTo030": 1, "oTo032": 1, "oTo033": 1},
    ),
    (
        "oTn18",
        "en",
        "rajahtann_dppa",
        "Food processor in Hoa Phu industrial park wants rooftop solar plus a DPPA",
        "Our food processing plant in Hoa Phu industrial park (Vinh Long) uses about 250,000 kWh a month and must meet "
        "buyers' ESG and carbon targets. We want a self-consumption rooftop system under Decree 135 and to buy extra "
        "renewable power directly from a generator under Decree 80 on direct power purchase agreements. We need advice "
        "on eligibility, which DPPA model fits, and how the two decrees interact.",
        {"oTo037": 2, "oTo038": 2, "oTo039": 2, "oTo003": 1, "oTo032": 1, "oTo027": 1},
    ),
    (
        "oTn19",
        "vi",
        "einpress_dppa",
        "Nhà máy thủy sản ở Trà Cú muốn mua điện mặt trời qua đường dây riêng",
        "Nhà máy chế biến thủy sản của chúng tôi ở Trà Cú dùng khoảng 600.000 kWh/tháng, vượt mức 500.000 kWh/tháng mà "
        "dự thảo nghị định mua bán điện trực tiếp từng đặt ra. Muốn mua điện từ một dự án điện mặt trời lân cận qua đường "
        "dây riêng, giá hai bên tự thỏa thuận, không bán lại cho ai. Cần tư vấn điều kiện, hợp đồng và phương án đấu nối.",
        {"oTo038": 2, "oTo039": 2, "oTo037": 2, "oTo031": 1},
    ),
    (
        "oTn20",
        "en",
        "akingump",
        "Investor needs legal and regulatory guidance for a 2 MW rooftop portfolio",
        "We are developing about 2 MW of rooftop systems on warehouses and factories around Tra Vinh and Duyen Hai. "
        "After Vietnam became a regional solar destination, the feed-in regime changed and grid constraints and "
        "regulatory gaps remain key challenges. We need counsel on registration, selling surplus, PPAs with EVN and "
        "the main legal risks.",
        {"oTo032": 2, "oTo031": 2, "oTo030": 1, "oTo027": 1, "oTo147": 1, "oTo152": 1, "oTo151": 1},
    ),
    (
        "oTn21",
        "en",
        "thaisolar_antiback",
        "Bakery needs an anti-export device for its on-grid rooftop system",
        "Our bakery in Vinh Long city runs an on-grid rooftop system without a power sale contract. On slow days solar "
        "output exceeds our load and the meter shows power flowing back to the grid. We need a device that stops "
        "surplus current from leaving the premises when consumption is below solar production, with options to suit "
        "our inverter.",
        {"oTo029": 2, "oTo003": 1, "oTo002": 1},
    ),
    # solar over fish and shrimp ponds and on farm sheds
    (
        "oTn22",
        "vi",
        "bqn_shrimp",
        "Chủ 22 ao tôm trên cát ở Hiệp Thạnh cần điện mặt trời chạy quạt, chịu gió bão",
        "Tôi nuôi tôm trên cát gần 3 ha với 22 ao ở xã Hiệp Thạnh (Duyên Hải). Giờ cao điểm các ao cùng chạy quạt oxy nên "
        "lưới quá tải, điện chập chờn. Một trại tương tự dùng điện mặt trời đã giảm 60% tiền điện và hết cảnh quá tải. "
        "Vùng ven biển hay gió bão, triều cường, cần hệ thống và khung chắc chắn, tư vấn lắp đặt trọn gói.",
        {"oTo043": 2, "oTo044": 2, "oTo051": 1, "oTo052": 1, "oTo047": 1, "oTo110": 1, "oTo065": 1},
    ),
    (
        "oTn23",
        "en",
        "tkn_shrimp",
        "Shrimp farmer in Tra Cu wants solar to cut an 18 million VND monthly bill",
        "My family pays about 18 million VND a month in electricity to run a 2,000 m2 shrimp pond in Tra Cu (Tra "
        "Vinh). Another farmer spent 400 million VND on rooftop solar and now saves about 7 "
        "million a month, using the power first and selling any surplus. I want a quote for a similar system for "
        "aerators and pumps.",
        {"oTo043": 2, "oTo044": 2, "oTo047": 1, "oTo027": 1, "oTo001": 1, "oTo005": 1},
    ),
    (
        "oTn24",
        "en",
        "maybom_night",
        "Shrimp cooperative in Cau Ngang needs solar that keeps aerators running at night",
        "Our ponds in Cau Ngang crash in oxygen between 3 and 5 a.m.: algae stop producing oxygen after dark while "
        "shrimp, plankton and bottom microbes keep consuming it, so shrimp surface and die. Daytime oxygen peaks "
        "from 2 to 5 p.m. We want solar power with storage so blowers and aerators run all night even during power "
        "cuts.",
        {"oTo044": 2, "oTo081": 1, "oTo087": 1, "oTo052": 1, "oTo051": 1, "oTo043": 1},
    ),
    (
        "oTn25",
        "en",
        "vietnamnet_en_shrimp",
        "One-hectare shrimp farm in Long Khanh seeks a solar provider with maintenance",
        "Electricity costs shrimp farmers 50–200 million VND per hectare per crop, about 10% of expenses, and sudden "
        "cuts threaten the ponds. Our 1 ha white-leg shrimp farm in Long Khanh (Duyen Hai) has about 8,000 m2 of space "
        "above the pond surface for panels. We need a provider with a good warranty and maintenance, and a way to "
        "finance it because bank rates are high.",
        {"oTo047": 2, "oTo043": 2, "oTo045": 1, "oTo049": 1, "oTo044": 1, "oTo107": 1, "oTo146": 1, "oTo150": 1},
    ),
    (
        "oTn26",
        "vi",
        "reccessary_shrimp",
        "Hộ nuôi tôm 0,3 ha ở Long Hữu muốn giảm 30% tiền điện",
        "Nhà tôi ở Long Hữu (Duyên Hải) nuôi 0,3 ha tôm, tiền điện cả nhà và ao khoảng 7 triệu đồng/tháng, cao điểm 10 "
        "triệu. Một hộ cùng quy mô lắp điện mặt trời, mùa nghỉ nuôi còn 3 triệu, mùa nuôi giảm 30%, ban ngày còn dư điện. "
        "Cần tư vấn, báo giá hệ phù hợp.",
        {"oTo043": 2, "oTo001": 2, "oTo007": 2, "oTo006": 2, "oTo044": 1},
    ),
    (
        "oTn27",
        "en",
        "qdnd_shrimp",
        "Grid-connected solar for a shrimp-farming cluster overloading the local grid",
        "Shrimp farming in ten southern provinces, Tra Vinh among them, covered about 428,000 ha and used nearly "
        "12,000 million kWh in 2017, and households lighting and aerating ponds overload the rural grid. Our "
        "association of 40 shrimp households in My Long (Cau Ngang) wants grid-connected solar on pond dikes and water "
        "surfaces to supply on-site use and ease the overload.",
        {"oTo043": 2, "oTo047": 2, "oTo049": 1, "oTo044": 1, "oTo033": 1, "oTo046": 1},
    ),
    (
        "oTn28",
        "vi",
        "shrimpinsider",
        "HTX tôm công nghệ cao ở Trà Cú cần giảm 40–50% điện, thiếu vốn đầu tư",
        "Hợp tác xã nuôi tôm công nghệ cao ở Trà Cú muốn dùng điện mặt trời để giảm 40–50% điện năng, đáp ứng tiêu chí "
        "ASC, BAP. Có nơi đã có 44 tổ chức, cá nhân lắp trên khoảng 70 ha ao tôm, được tài trợ 70%. Chúng "
        "tôi cần giải pháp gắn thật sự với vận hành ao nuôi, và cách vượt qua khoản vốn ban đầu lớn khi vay ngân hàng "
        "đòi tài sản thế chấp.",
        {"oTo043": 2, "oTo044": 2, "oTo007": 1, "oTo146": 1, "oTo148": 1, "oTo150": 1, "oTo157": 1},
    ),
    (
        "oTn29",
        "en",
        "baomoi_camau",
        "Pilot of solar panels over extensive shrimp-mangrove ponds in Duyen Hai",
        "Our renewable energy company in Duyen Hai wants to pilot solar arrays over extensive (low-density) shrimp "
        "ponds before investing at scale, as a wind-solar-hydrogen developer did with a biofloc "
        "consultant. We need partners to design the pilot and measure effects on the pond environment, shrimp growth "
        "and harvest.",
        {"oTo046": 2, "oTo045": 2, "oTo048": 1, "oTo050": 1, "oTo057": 1},
    ),
    (
        "oTn30",
        "vi",
        "anhsang_shrimp",
        "HTX nông ngư ở Cầu Ngang muốn lắp 25 kWp trên mái nhà dẫn điện xuống ao tôm",
        "Hợp tác xã chúng tôi ở Cầu Ngang nuôi tôm công nghiệp và quảng canh. Ở một hợp tác xã tương tự, 400 triệu đồng "
        "lắp được hệ 25 kWp trên mái nhà dẫn điện xuống ao, vừa chạy ao tôm vừa bán cho điện lực 5,8 triệu đồng mỗi "
        "tháng; người lắp sau cùng số tiền được 27,5 kWp vì giá pin giảm. Cần báo giá và thủ tục bán phần điện dư.",
        {"oTo043": 2, "oTo006": 2, "oTo007": 2, "oTo001": 1, "oTo027": 1, "oTo034": 1, "oTo028": 1},
    ),
    (
        "oTn31",
        "en",
        "icon_shrimpfield",
        "Intensive shrimp farm in Long Toan: panels over reservoir and settling ponds only",
        "We run a 5.6 ha closed-cycle intensive shrimp farm in Long Toan (Duyen Hai) with storage, settling and "
        "grow-out ponds. Like a farm that energised 1 MW on one hectare and sold power at 1,940 VND/kWh, we want "
        "racks of panels only over the storage and settling ponds, leaving grow-out ponds open, starting with about "
        "1 MW.",
        {"oTo047": 2, "oTo049": 2, "oTo045": 1, "oTo050": 1, "oTo043": 1, "oTo031": 1},
    ),
    (
        "oTn32",
        "vi",
        "vietfish",
        "To hop tac nuoi tom o Hiep Thanh can dien mat troi tren bo ao, mat ao",
        "To hop tac nuoi tom sieu tham canh o Hiep Thanh (Duyen Hai) dung nhieu dien, luoi hay qua tai, chi phi tang. "
        "Nganh dien mien Nam de xuat tan dung mat dat, mat nuoc ao tom de lam dien mat troi, vua giam chi phi vua ha "
        "nhiet mot phan ao. Can don vi thiet ke lap dat tren bo ao va mat ao.",
        {"oTo043": 2, "oTo047": 2, "oTo049": 1, "oTo044": 1, "oTo033": 1},
    ),
    (
        "oTn33",
        "vi",
        "daklak_chicken",
        "Trang trại gà lạnh ở Tam Bình muốn phủ pin mặt trời kín mái chuồng",
        "Trang trại gà thịt nuôi liên kết của tôi ở Tam Bình (Vĩnh Long) có 4 dãy chuồng lạnh, quạt chạy liên tục ngày "
        "đêm nên tiền điện lớn. Muốn phủ tấm pin kín mái các dãy chuồng như một trang trại gà 8 ha đã làm từ 7 năm "
        "trước và thu lãi tiền tỷ mỗi năm. Cần thiết kế, thi công không làm gián đoạn đàn gà.",
        {"oTo053": 2, "oTo054": 2, "oTo007": 2, "oTo055": 1, "oTo059": 1, "oTo012": 1},
    ),
    (
        "oTn34",
        "en",
        "eggnews_agri",
        "Free-range chicken cooperative in Tieu Can wants panels over its pasture",
        "University studies of agrivoltaics suggest livestock fit well with solar arrays: small ruminants graze "
        "around panels without damaging them, and free-range chickens could shelter under them while keeping the "
        "space they need. Our free-range chicken cooperative in Tieu Can (Tra Vinh) wants panels over part of its "
        "pasture for shade and power, without losing farm status for the land.",
        {"oTo059": 2, "oTo053": 1, "oTo055": 1, "oTo066": 1},
    ),
    (
        "oTn35",
        "vi",
        "agrisolar_ud",
        "HTX rau ở Long Hồ muốn giàn pin nâng cao trên ruộng, máy nông nghiệp đi được bên dưới",
        "Hợp tác xã trồng rau ở Long Hồ (Vĩnh Long) muốn làm giàn pin mặt trời nâng cao trên ruộng, khoảng trống dưới giàn "
        "đủ cho máy nông nghiệp cao nhất đi qua (có mô hình để cao 15,5 feet), tấm pin xoay theo mặt trời, rau "
        "vẫn trồng bên dưới. Cần đơn vị tư vấn thiết kế và theo dõi năng suất rau dưới giàn.",
        {"oTo057": 2, "oTo056": 1, "oTo058": 1, "oTo055": 1, "oTo059": 1},
    ),
    (
        "oTn36",
        "en",
        "laodong_coldstore",
        "Fruit cold store in Cang Long sits idle; we want solar to run it",
        "A 60-tonne smart cold store for fruit, over 1,000 m2 and worth more than US$1 million, opened in Binh Phu "
        "commune (Cang Long) in March 2022 but has never been used. Our fruit cooperative wants to take it over and "
        "cut running costs with rooftop solar and some storage so the cold rooms can operate.",
        {"oTo006": 2, "oTo007": 2, "oTo058": 1, "oTo081": 1, "oTo087": 1, "oTo012": 1, "oTo159": 1, "oTo160": 1},
    ),
    (
        "oTn37",
        "vi",
        "duanviet_travinh",
        "Dự án kho lạnh và dây chuyền chế biến nông sản ở Trà Vinh cần tích hợp điện mặt trời",
        "Chúng tôi đang lập dự án kho lạnh bảo quản và dây chuyền chế biến nông sản tại Trà Vinh để phục vụ thị trường "
        "rau quả. Kho lạnh, dây chuyền tốn nhiều điện nên muốn lắp điện mặt trời trên mái nhà xưởng, nhà kho ngay từ "
        "thiết kế. Cần đơn vị tư vấn, EPC.",
        {"oTo012": 2, "oTo003": 2, "oTo007": 2, "oTo004": 1, "oTo058": 1},
    ),
    # solar water pumping for fields and orchards
    (
        "oTn38",
        "vi",
        "vietgiaitri_pump",
        "Vườn cây ăn trái ở Cầu Kè xa điện lưới cần bơm giếng chạy điện mặt trời",
        "Vườn tôi ở Cầu Kè xa khu dân cư, đang tưới bằng máy phát, mỗi lần khoảng 250.000 đồng, mùa khô tưới 2 lần/tuần. "
        "Kéo điện lưới cũng tốn gần 10 triệu lại phải trả tiền điện. Muốn lắp như một nhà vườn khác: bơm chìm 24 V 370 W "
        "(khoảng 4 triệu) với 2 tấm pin 350 W (4,5 triệu), tổng gần 10 triệu, cần tư vấn chọn bơm, pin.",
        {"oTo074": 2, "oTo071": 2, "oTo069": 1, "oTo077": 1, "oTo078": 1, "oTo013": 1},
    ),
    (
        "oTn39",
        "vi",
        "tkn_pump_cost",
        "HTX trồng cây ăn trái ở Trà Ôn cần hệ tưới năng lượng mặt trời giá rẻ hơn",
        "Chúng tôi muốn nhân rộng tưới tiết kiệm bằng năng lượng mặt trời cho xã viên ở Trà Ôn: nước chảy chậm, thấm "
        "sâu, cây giữ ẩm, ít rụng trái, năng suất có nơi tăng 25–30%, lại bớt tiền dầu chạy bơm. Vướng nhất là mỗi máy "
        "trên 200 triệu đồng. Cần giải pháp, linh kiện sản xuất trong nước để hạ giá thành.",
        {"oTo069": 2, "oTo074": 2, "oTo071": 2, "oTo076": 2, "oTo077": 1, "oTo070": 1},
    ),
    (
        "oTn40",
        "en",
        "danviet_drip",
        "Pomelo grower in Tam Binh wants solar drip irrigation from the canal",
        "Our 7,000 m2 green-skin pomelo garden in Tam Binh (Vinh Long) draws water from a canal. We want a solar drip "
        "system like the one on a 1,100-pillar dragon fruit farm: a pump on a float in the canal driven by a roughly "
        "375 W motor and a panel, pipes to each tree. There yields reached 30 t/ha, and on a pepper garden of this "
        "size yield rose from 1 to 1.9 t a year.",
        {"oTo069": 2, "oTo076": 2, "oTo074": 1, "oTo070": 1, "oTo071": 1},
    ),
    (
        "oTn41",
        "en",
        "irena_pumping",
        "Water users group in Tra Cu plans to replace diesel irrigation pumps with solar",
        "Our water users group in Tra Cu runs about 20 small diesel pumps for rice and vegetable fields. We want a "
        "feasibility study and policy guidance for solar pumping: reliable, cost-effective supply, better "
        "livelihoods, and rules so cheap pumping does not over-draw groundwater in a salinity-prone area.",
        {"oTo072": 2, "oTo075": 2, "oTo073": 1, "oTo071": 1, "oTo074": 1, "oTo077": 1, "oTo070": 1},
    ),
    (
        "oTn42",
        "vi",
        "vneec_drip",
        "Tổ hợp tác bưởi ở Vũng Liêm muốn thử bộ tưới nhỏ giọt năng lượng mặt trời",
        "Tổ hợp tác trồng bưởi da xanh của chúng tôi ở Vũng Liêm muốn thử một bộ tưới nhỏ giọt chạy năng lượng mặt trời "
        "cho vài trăm gốc: một tấm pin khoảng 175 W, mô-tơ bơm nước từ mương dẫn tới từng gốc, mỗi gốc 2 van nhỏ giọt. "
        "Một nhà vườn dùng bộ này tiết kiệm 3–4 triệu đồng mỗi tháng tiền thuê nhân công và tiền điện.",
        {"oTo069": 2, "oTo076": 2, "oTo074": 1, "oTo070": 1},
    ),
    (
        "oTn43",
        "vi",
        "solarsmile_pump",
        "Can tu van chon bom nang luong mat troi cho ao vuon dua o Cang Long",
        "Vuon dua cua toi o Cang Long can bom khoang 20 m3 nuoc moi ngay tu ao len tuoi. Nghe noi bom chay pin mat troi "
        "co loai bom the tich va bom ly tam, loai dat tren mat va loai chim; ao can thi dung bom mat, gieng sau thi dung "
        "bom chim, chon theo luong nuoc moi ngay va tong cot ap. Can nguoi tinh giup va bao gia tron bo.",
        {"oTo074": 2, "oTo071": 1, "oTo075": 1, "oTo078": 1, "oTo072": 1},
    ),
    # batteries and storage for solar
    (
        "oTn44",
        "en",
        "vietlinh_backup",
        "Home office in Tra Vinh city: battery storage or a backup generator?",
        "Our home office in Tra Vinh city loses power several times each hot season. We are comparing a fuel "
        "generator, a UPS and a solar-charged battery that switches over seamlessly, and first need to work out how "
        "much energy we use during an outage. We want a storage system charged by rooftop solar that keeps computers, "
        "lights and the fridge on.",
        {"oTo081": 2, "oTo084": 2, "oTo083": 2, "oTo082": 1, "oTo091": 1, "oTo085": 1, "oTo120": 1},
    ),
    (
        "oTn45",
        "en",
        "energytrend_outage",
        "Seafood cold-storage exporter in Tra Cu wants rooftop solar with batteries",
        "Heatwaves have pushed Vietnam into rolling blackouts in industrial zones, and power demand grew over 25% "
        "between 2018 and 2022. Our seafood cold-storage and export plant in Tra Cu cannot afford cuts in the hot "
        "season. We want rooftop solar plus a battery energy storage system sized to keep freezers and key lines "
        "running and to shave peaks.",
        {"oTo087": 2, "oTo012": 2, "oTo086": 1, "oTo081": 1, "oTo084": 1},
    ),
    (
        "oTn46",
        "vi",
        "honda_backup",
        "Tiệm tạp hóa ở Trà Ôn hay mất điện, muốn so máy phát với pin lưu trữ điện mặt trời",
        "Giá điện tăng và mùa nắng nóng hay cúp điện đột ngột do quá tải, tiệm tạp hóa kèm tủ đông của tôi ở Trà Ôn bị "
        "ảnh hưởng. Đang tính mua máy phát điện chạy xăng, dầu nhưng muốn so với bộ pin lưu trữ sạc bằng điện mặt trời "
        "trên mái để chủ động nguồn điện, giảm tiền điện. Cần tư vấn, báo giá.",
        {"oTo081": 2, "oTo083": 2, "oTo082": 1, "oTo091": 1, "oTo084": 1, "oTo086": 1},
    ),
    (
        "oTn47",
        "en",
        "straitstimes_outage",
        "Footwear factory in Co Chien industrial park needs supply continuity",
        "During the 2023 heatwave, available power fell to half of installed capacity at peak times and many "
        "factories had to suspend production. Our footwear factory in Co Chien industrial park (Vinh Long) wants "
        "rooftop solar with battery storage to keep lines running, and to raise its renewable share as European "
        "customers ask.",
        {"oTo012": 2, "oTo087": 2, "oTo003": 1, "oTo037": 1, "oTo038": 1, "oTo086": 1},
    ),
    (
        "oTn48",
        "vi",
        "suckhoe_evbatt",
        "Doanh nghiệp vận tải điện ở TP Vĩnh Long muốn dùng lại pin xe điện cũ để lưu trữ",
        "Đội xe điện của chúng tôi ở TP Vĩnh Long có pin lithium-ion đã 8–10 năm, không còn đủ cho xe nhưng vẫn chứa "
        "lithium, coban, niken nguy hiểm nếu vứt bỏ. Muốn tận dụng làm bộ lưu trữ cho hệ điện mặt trời trên mái bãi xe, "
        "phần hỏng thì gửi tái chế an toàn. Cần đơn vị kiểm tra, đóng lại pin.",
        {"oTo088": 2, "oTo089": 2, "oTo090": 2, "oTo092": 1},
    ),
    (
        "oTn49",
        "vi",
        "huison_battery",
        "Nha o Tieu Can da co 5 kWp hoa luoi, can gan them pin LiFePO4",
        "Nha toi o Tieu Can da co 5 kWp dien mat troi hoa luoi. Muon gan them bo pin luu tru (lithium hoac LiFePO4, mat "
        "do nang luong cao, ben) de tru dien ban ngay dung ban dem va ngay may, tang phan tu dung, giam tien dien va co "
        "dien khi mat luoi. Can tu van chon pin va inverter phu hop.",
        {"oTo083": 2, "oTo084": 2, "oTo081": 2, "oTo085": 1, "oTo082": 1},
    ),
    # inverters, monitoring and cleaning of panels in salty, dusty air
    (
        "oTn50",
        "vi",
        "vde_saltmist",
        "Khu nghỉ dưỡng ven biển Ba Động cần tấm pin chịu sương muối",
        "Khu nghỉ dưỡng của chúng tôi sát biển Ba Động (Trường Long Hòa, Duyên Hải) định lắp điện mặt trời áp mái. Không "
        "khí ẩm, nhiều muối có thể ăn mòn phần kim loại, làm hỏng lớp phủ bảo vệ và nhựa của tấm pin theo thời gian. Cần "
        "nhà cung cấp tấm pin đã thử nghiệm chống ăn mòn sương muối (NaCl) và tư vấn chọn vật tư phù hợp.",
        {"oTo093": 2, "oTo094": 2, "oTo095": 1, "oTo002": 1},
    ),
    (
        "oTn51",
        "en",
        "bsi_iec61701",
        "Aquaculture company near the sea needs modules rated for marine salt mist",
        "Our hatchery in Hiep Thanh (Duyen Hai) sits about 500 m from the sea. We want modules tested to IEC 61701 for "
        "corrosion from salt mist, at the severity meant for marine environments or close proximity to the sea, "
        "since wet salt-laden air can corrode metal parts and degrade coatings and plastics. Looking for suppliers and "
        "a procurement specification.",
        {"oTo093": 2, "oTo094": 2, "oTo095": 1, "oTo002": 1},
    ),
    (
        "oTn52",
        "en",
        "aforenergy_ip66",
        "Rice mill in Tieu Can needs outdoor inverters for a dusty, humid roof",
        "Our rice mill in Tieu Can (Tra Vinh) will mount inverters on the roof and under a canopy, exposed to rice "
        "husk dust, humidity, rain and cleaning water. We read that IP66 enclosures suit such commercial sites and "
        "that rating, thermal design, wiring and service access all matter. We need help choosing and placing "
        "inverters.",
        {"oTo096": 2, "oTo118": 2, "oTo097": 1, "oTo107": 1},
    ),
    (
        "oTn53",
        "vi",
        "rewrenches_weephole",
        "Trại tôm ở Long Hữu: hộp đấu nối, tủ điện ngoài trời đọng nước, đầu cos rỉ sét",
        "Hệ pin trên trại tôm của chúng tôi ở Long Hữu (Duyên Hải) dùng hộp đấu nối, tủ điện có gioăng kín nhưng khi mở "
        "ra nước đọng cả lít bên trong, các đầu cos, cầu đấu bị ăn mòn nặng. Có người khuyên khoan lỗ thoát nước nhỏ ở đáy "
        "tủ. Cần đơn vị xử lý chống ẩm, chống ăn mòn cho tủ điện, inverter ở môi trường nước mặn.",
        {"oTo097": 2, "oTo118": 2, "oTo096": 2, "oTo095": 1, "oTo119": 1},
    ),
    (
        "oTn54",
        "en",
        "hkedunews_robot",
        "Fish processing plant wants automatic cleaning for a dusty, salty roof array",
        "Our 1.5 MWp roof array at a fish processing plant in Long Duc industrial park collects salty dust, bird "
        "droppings and soot; soiling can cut output 15–30% a year. Manual cleaning is costly, inconsistent and risky "
        "on the roof. We want an automatic cleaning machine, rail-mounted or trackless, with brushes or waterless "
        "cleaning.",
        {"oTo101": 2, "oTo100": 2, "oTo098": 1, "oTo099": 1, "oTo116": 1, "oTo095": 1},
    ),
    (
        "oTn55",
        "vi",
        "droneinspection",
        "Nhà máy ở KCN Cầu Quan cần bay drone nhiệt tìm lỗi hệ pin 1 MWp",
        "Hệ 1 MWp trên mái nhà máy của chúng tôi ở KCN Cầu Quan (Tiểu Cần) giảm sản lượng nhưng giám sát inverter chỉ báo "
        "tổng. Cần đơn vị bay drone camera nhiệt chụp từng tấm để tìm điểm nóng tế bào nứt, diode bypass hỏng (mất "
        "khoảng một phần ba công suất tấm), hộp đấu nối nóng, dấu hiệu PID.",
        {"oTo102": 2, "oTo103": 2, "oTo104": 2, "oTo113": 1, "oTo107": 1, "oTo119": 1},
    ),
    (
        "oTn56",
        "en",
        "overwatch",
        "O&M contractor in Vinh Long wants a thermal drone inspection programme",
        "We maintain twelve commercial rooftop systems around Vinh Long. We want to add thermal drone inspection "
        "that produces maintenance work orders, not just images: what defects it finds (hot spots, diode failures, "
        "string outages, soiling, micro-cracks and PID), which weather and irradiance conditions make data reliable, "
        "and how to specify flights.",
        {"oTo104": 2, "oTo103": 2, "oTo102": 2, "oTo107": 1},
    ),
    (
        "oTn57",
        "vi",
        "colibri",
        "Can thue drone camera nhiet kiem tra tam pin mai nha xuong o Binh Minh",
        "Mai nha xuong cua chung toi o Binh Minh (Vinh Long) co nhieu tam pin nghi bi nut te bao ben trong, nhin ngoai "
        "khong thay. Can don vi co drone camera nhiet bay chup vai goc luc nang tot de chuyen gia danh gia tung tam, bao "
        "truoc cho hang xom vi drone bay tren cao.",
        {"oTo102": 2, "oTo103": 2, "oTo104": 2, "oTo119": 1},
    ),
    (
        "oTn58",
        "en",
        "semanticscholar_pid",
        "Coconut processor's 500 kWp array loses output every year; PID suspected",
        "Our coconut processing plant in Chau Thanh (Tra Vinh) has a three-year-old 500 kWp roof array on "
        "transformerless inverters near the coast. Output falls each year although panels are clean. Voltage, heat "
        "and humidity enable potential-induced degradation on any PV system, though not all systems show it. We "
        "need testing to confirm PID and a fix.",
        {"oTo113": 2, "oTo123": 2, "oTo122": 2, "oTo114": 1, "oTo115": 1, "oTo102": 1},
    ),
    (
        "oTn59",
        "vi",
        "ssv_birds",
        "Kho lúa ở Tam Bình: chim làm tổ, chuột chạy dưới dàn pin cắn dây",
        "Dàn pin trên mái kho lúa của chúng tôi ở Tam Bình chỉ cách mái khoảng 20 cm, chim vào làm tổ, xả phân và rác "
        "tổ dưới tấm pin, chuột chạy theo cắn dây điện; dọn tổ rất khó. Cần đơn vị lắp lưới chắn quanh dàn pin không làm "
        "hỏng tấm, kiểm tra, thay dây bị cắn.",
        {"oTo117": 2, "oTo116": 2, "oTo119": 2, "oTo098": 1},
    ),
    (
        "oTn60",
        "vi",
        "solarspc_om5",
        "Chủ đầu tư 3 hệ mái ở Trà Vinh cần hợp đồng vận hành bảo dưỡng trọn gói",
        "Chúng tôi sở hữu 3 hệ điện mặt trời mái nhà xưởng ở Trà Vinh, tổng khoảng 800 kWp. Bụi, phân chim làm giảm khả "
        "năng hấp thụ nắng, inverter, tủ điện, dây dẫn xuống cấp dần, có nguy cơ chập cháy. Cần một đơn vị O&M trọn gói: "
        "giám sát, kiểm tra, vệ sinh, bảo trì, sửa chữa để giữ hiệu suất và tuổi thọ.",
        {"oTo107": 2, "oTo108": 2, "oTo109": 2, "oTo099": 1, "oTo112": 1, "oTo106": 1, "oTo105": 1, "oTo119": 1},
    ),
    (
        "oTn61",
        "en",
        "vifaco_lightning",
        "Rice drying company in Tra On needs lightning protection for its roof array",
        "Our rice drying and storage company in Tra On (Vinh Long) has a large array on an exposed metal roof. "
        "Direct strikes can set panels, lines and controllers on fire, and induced surges travel along DC cables, "
        "sensor wires and the AC line to the grid and loads. We need a lightning protection design for our site.",
        {"oTo110": 2, "oTo111": 2, "oTo124": 2, "oTo120": 2},
    ),
    (
        "oTn62",
        "vi",
        "grokipedia_robot",
        "HTX co 200 kWp tren mai kho gan bien Long Toan can ve sinh tam pin",
        "Hop tac xa co 200 kWp tren mai kho gan bien Long Toan (Duyen Hai), bui va muoi bam day lam giam san luong; tu "
        "nhung nam 1970 nguoi ta da thay bui ban lam pin mat troi mat dien dang ke. Can dich vu ve sinh dinh ky hoac "
        "thiet bi, robot lam sach tu dong phu hop mai nghieng.",
        {"oTo099": 2, "oTo098": 2, "oTo101": 2, "oTo100": 2, "oTo121": 2, "oTo095": 2, "oTo109": 1},
    ),
    # maintenance, fire safety and recycling of old panels
    (
        "oTn63",
        "vi",
        "diendan_pccc_forum",
        "Doanh nghiệp trong KCN Long Đức cần điều kiện PCCC khi lắp điện mặt trời mái nhà",
        "Tại một diễn đàn về điện mặt trời mái nhà cho doanh nghiệp, đại diện cảnh sát PCCC cho biết Cục đã ban hành văn "
        "bản hướng dẫn điều kiện an toàn PCCC cho hệ áp mái. Nhà xưởng của chúng tôi trong KCN Long Đức (Trà Vinh) sắp "
        "lắp điện mặt trời, cần tư vấn hồ sơ thẩm duyệt, cách bố trí tấm pin và lối thoát đúng quy định.",
        {"oTo131": 2, "oTo136": 2, "oTo137": 2, "oTo132": 2, "oTo133": 1, "oTo134": 1},
    ),
    (
        "oTn64",
        "en",
        "petrotimes_fire",
        "Shop-house owner wants a fire-safety check of rooftop array and storage battery",
        "After news of a deadly shop-house fire with solar equipment on the roof, and a home where a solar storage "
        "unit exploded at night, we worry about our hardware shop-house in Vinh Long city, which has a rooftop array "
        "and a battery on the top floor. We want an inspection of wiring, connectors and battery installation for "
        "fire risk and advice on fixes.",
        {"oTo134": 2, "oTo119": 2, "oTo133": 1, "oTo132": 1, "oTo120": 1, "oTo081": 1},
    ),
    (
        "oTn65",
        "en",
        "ecmweb_rapid",
        "Trade centre roof array: how can firefighters de-energise it quickly?",
        "Our trade centre in Tra Vinh city has a large roof-mounted array. After high-profile fires, firefighters "
        "worry about limited roof access and shock from panels that stay live in daylight; rapid shutdown in the "
        "2014 NEC removes power from conductors entering the building but not from the panels. We want rapid "
        "shutdown, clear labelling of disconnects and access paths.",
        {"oTo135": 2, "oTo133": 2, "oTo134": 1, "oTo131": 1},
    ),
    (
        "oTn66",
        "vi",
        "ubook_paiss",
        "Trường học ở Cầu Kè: chữa cháy khi mái có pin mặt trời, cắt điện DC thế nào",
        "Trường chúng tôi ở Cầu Kè sắp lắp pin mặt trời kín mái. Đội PCCC địa phương lo rằng khi cháy, lính cứu hỏa phải "
        "ngắt điện dàn pin nhưng hệ DC điện áp cao không phải lúc nào cũng cắt được, và tấm pin che mất chỗ mở mái thoát "
        "khói. Cần thiết kế an toàn cho lực lượng chữa cháy: tắt nhanh, lối đi, nhãn cảnh báo.",
        {"oTo133": 2, "oTo135": 2, "oTo131": 1, "oTo134": 1},
    ),
    (
        "oTn67",
        "en",
        "dongnai_pccc",
        "Ice factory in Duyen Hai: does our rooftop array need fire-design approval?",
        "Our ice factory in Duyen Hai is adding rooftop solar. Guidance from the fire police (document 3288/C07-P4 of "
        "2020) says arrays on buildings in the approval list need fire-design appraisal and others follow "
        "recommended measures, and installation faults raise fire risk. We need to know whether we need appraisal "
        "and what layout rules to follow.",
        {"oTo131": 2, "oTo136": 2, "oTo137": 2, "oTo132": 2},
    ),
    (
        "oTn68",
        "vi",
        "nottldr_recycle",
        "Công ty môi trường ở Trà Vinh muốn lập dây chuyền tái chế tấm pin hết hạn",
        "Lứa tấm pin lắp đầu tiên đang dần hết đời; IRENA dự báo 78 triệu tấn chất thải tấm pin toàn cầu năm 2050 mà năng "
        "lực xử lý còn rất ít. Công ty môi trường của chúng tôi ở Trà Vinh muốn đầu tư dây chuyền tháo tách khung, kính, "
        "lớp EVA, tế bào silic và thu hồi kim loại quý từ tấm pin của các nhà máy ven biển. Cần công nghệ, chuyển giao.",
        {"oTo141": 2, "oTo142": 2, "oTo143": 2, "oTo144": 1, "oTo140": 1, "oTo138": 1},
    ),
    (
        "oTn69",
        "en",
        "sustain_dir2",
        "Solar plant operator in Duyen Hai must dispose of thousands of broken panels",
        "A storm broke about 3,000 modules at our solar plant in Duyen Hai. Panels contain valuable and potentially "
        "hazardous materials (aluminium frame, glass, EVA, silicon cells, copper ribbons; some thin-film types contain "
        "cadmium), so we do not want them in landfill. We need a recycler and guidance on collection and handling.",
        {"oTo144": 2, "oTo143": 2, "oTo139": 1, "oTo140": 1, "oTo138": 1, "oTo156": 1},
    ),
    (
        "oTn70",
        "vi",
        "sustain_eff",
        "Cần số liệu hiệu quả tái chế tấm pin để lập phương án cho tỉnh",
        "Công ty tư vấn môi trường của chúng tôi lập phương án quản lý tấm pin thải cho tỉnh Vĩnh Long. Tấm pin silic gồm "
        "khoảng 75% kính, 10% khung nhôm, lớp EVA, tấm nền, tế bào chứa đồng, bạc; loại màng mỏng có CdTe, CIGS. Cần "
        "chuyên gia cung cấp số liệu tỷ lệ thu hồi, tác động môi trường và kinh nghiệm chính sách tái chế.",
        {"oTo138": 2, "oTo140": 2, "oTo142": 2, "oTo139": 2, "oTo144": 1},
    ),
    # financing and leasing solar systems
    (
        "oTn71",
        "vi",
        "investing_lease",
        'Trung tâm thương mại ở TP Trà Vinh muốn "hùn mái" thay vì bỏ vốn điện mặt trời',
        "Thay vì bỏ ra hàng chục tỷ đồng, chúng tôi muốn như một liên hiệp hợp tác xã thương mại đã thí điểm ở một số "
        "trung tâm thương mại: cho nhà đầu tư dùng mái, họ đầu tư toàn bộ hệ điện mặt trời và bán lại điện cho mình với "
        "giá cam kết rẻ hơn giá hiện hành. Trung tâm thương mại ở TP Trà Vinh cần đối tác theo mô hình này.",
        {"oTo146": 2, "oTo148": 2, "oTo149": 2, "oTo147": 1, "oTo151": 1},
    ),
    (
        "oTn72",
        "en",
        "luatpvl_scope",
        "Shrimp farm with 150 kWp on its sheds needs insurance for storms and lost output",
        "Our shrimp farm in Cau Ngang has 150 kWp on shed roofs. We want a policy whose scope clearly covers fire, "
        "lightning, storms, floods, technical breakdown and theft, and ideally lost generation, and we need to know "
        "the conditions for a claim.",
        {"oTo153": 2, "oTo158": 2, "oTo155": 2, "oTo156": 1, "oTo154": 1},
    ),
    (
        "oTn73",
        "en",
        "bellihome_birds",
        "Pigeons nesting under home solar panels in Vinh Long city",
        "Pigeons have found the warm, sheltered gap under the panels on our house in Vinh Long city; droppings build "
        "up on the roof tiles, the driveway and the panels, which lose efficiency. We want bird mesh or netting "
        "installed to seal the area without harming the roof or panels.",
        {"oTo116": 2, "oTo117": 2, "oTo098": 1},
    ),
    (
        "oTn74",
        "en",
        "corvusrecon",
        "Rice mills' rooftop arrays show 3–5% string deviations we cannot locate",
        "We own rooftop arrays on four rice mills in Binh Minh (Vinh Long). Monitoring flags strings 3–5% below "
        "expected but cannot tell which of thirty panels is at fault or whether it is a cracked cell, a failed bypass "
        "diode, soiling or a loose connector. We want thermal drone inspection that separates monitor-and-trend items "
        "from urgent replacements.",
        {"oTo102": 2, "oTo103": 2, "oTo104": 2, "oTo113": 1, "oTo105": 1},
    ),
    (
        "oTn75",
        "en",
        "sunelec_dry",
        "Cooperative storing inverters in a humid open shed needs protection",
        "Our cooperative in Long Ho (Vinh Long) keeps a power room for its solar system in a shed that is not fully "
        "closed in. In our humid climate with day–night temperature swings, equipment sweats and water creeps into "
        "inverters and charge controllers. We need advice and enclosures to keep electronics dry.",
        {"oTo118": 2, "oTo096": 2, "oTo097": 1},
    ),
]
