"""Offers of the holdout221 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- energy audits ---
    (
        "qOo001",
        "vi",
        "vinacontrol",
        "Dịch vụ kiểm toán năng lượng cho nhà máy và tòa nhà thương mại",
        "Đơn vị giám định tại TP.HCM nhận kiểm toán năng lượng theo quy trình 10 bước: lập kế hoạch và chuẩn bị thiết bị đo, "
        "khảo sát sơ bộ dây chuyền, thu thập số liệu, đo kiểm, phân tích và đề xuất giải pháp. Phục vụ cả các cơ sở thuộc diện "
        "bắt buộc theo Thông tư 25/2020/TT-BCT (từ 1.000 TOE/năm với sản xuất, từ 500 TOE/năm với tòa nhà).",
    ),
    (
        "qOo002",
        "vi",
        "vets",
        "Kiểm toán năng lượng theo TCVN 50002 và xây dựng chương trình quản lý năng lượng",
        "Chúng tôi đo lường, quan trắc và phân tích dòng năng lượng của toàn cơ sở, đánh giá hiệu suất theo từng thiết bị, "
        "hệ thống, quá trình; chỉ ra điểm lãng phí và đề xuất giải pháp kỹ thuật giảm chi phí vận hành. Kết quả kiểm toán là "
        "nền tảng để doanh nghiệp lập chương trình sử dụng năng lượng tiết kiệm và hiệu quả.",
    ),
    (
        "qOo003",
        "vi",
        "ktnlvn",
        "Kiểm toán năng lượng bắt buộc và tự nguyện cho cơ sở sản xuất",
        "Nhận đo lường, phân tích và đánh giá mức tiêu thụ năng lượng, xác định tiềm năng tiết kiệm theo Luật 50/2010/QH12. "
        "Báo cáo kèm giải pháp cắt giảm tiêu thụ không cần thiết, nâng hiệu suất hệ thống, giúp doanh nghiệp tuân thủ quy định "
        "và giảm phát thải khí nhà kính.",
    ),
    (
        "qOo004",
        "vi",
        "luatrongba",
        "Tư vấn pháp lý và hồ sơ về kiểm toán năng lượng",
        "Công ty luật hướng dẫn doanh nghiệp quy trình kiểm toán năng lượng cơ bản: lập kế hoạch, phân công, điều tra sơ bộ, "
        "đo kiểm định mức tiêu thụ, nhận diện cơ hội đầu tư tiết kiệm. Hỗ trợ chuẩn bị thủ tục, hồ sơ để làm việc với đơn vị "
        "kiểm toán và cơ quan quản lý.",
    ),
    (
        "qOo005",
        "vi",
        "vneec_ktnl",
        "Hướng dẫn và triển khai kiểm toán năng lượng toàn diện",
        "Kiểm toán dựa trên đo lường và quan trắc, lập cân bằng giữa năng lượng đầu vào và năng lượng sử dụng, định lượng tiêu "
        "thụ theo từng hoạt động. Từ đó phân tích chi tiết hiệu quả của thiết bị, hệ thống, quá trình và đưa ra khuyến nghị giảm "
        "tổn hao, kèm lợi ích môi trường.",
    ),
    (
        "qOo006",
        "en",
        "fbt",
        "Independent energy audit for small and medium businesses",
        "An independent auditor reviews how your business operates and its plans (moves, expansion), then analyses a year of "
        "historical consumption to spot unexplained patterns, and finally walks through every item of equipment on site. "
        "You receive a prioritised list of savings with expected return on investment.",
    ),
    (
        "qOo007",
        "en",
        "est_sme",
        "Energy audits for SMEs with a recommendations report",
        "A thorough examination of all the energy your business uses, ending in a report of findings and recommendations to "
        "cut emissions and cost. Following the recommendations typically saves around 18% of total energy use. Experience "
        "from the EU-funded LEAP4SME project on SME audit standards.",
    ),
    (
        "qOo008",
        "en",
        "eshcon",
        "Low-cost energy audit for small firms: behaviour and operations first",
        "Many small businesses avoid audits because they expect to be told to buy expensive kit. Our audits look at "
        "behavioural and operational changes that cost little or nothing, alongside lighting, heating and insulation "
        "measures, so quick results come first.",
    ),
    (
        "qOo009",
        "en",
        "nerdwallet",
        "Structured business energy self-audit toolkit",
        "A step-by-step method for carrying out your own business energy review every one to two years: find where energy is "
        "used productively and where it is wasted, then plan behavioural and equipment changes. Lighting upgrades alone can "
        "cut lighting electricity by 60-70%.",
    ),
    (
        "qOo010",
        "en",
        "leap4sme",
        "Policy support for national SME energy-audit schemes",
        "A consortium of nine European energy agencies helps policy makers design energy-audit schemes for SMEs, which use at "
        "least 13% of global final energy and could save up to 30%. The work targets ministries and agencies, not individual "
        "companies.",
    ),
    (
        "qOo011",
        "vi",
        "vncpc",
        "Đánh giá sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP)",
        "Chuyên gia sản xuất sạch hơn cùng đội của doanh nghiệp khảo sát thực tế, phân tích số liệu tiêu thụ điện, nước, hóa "
        "chất để tìm điểm nóng. Ở một doanh nghiệp cơ khí, mạ kẽm tại Ninh Bình, đội đã phát hiện khoảng 10% điện năng hao do "
        "động cơ bẩn, đèn 250 W, bảo ôn kém và điều hòa đặt 18 °C.",
    ),
    # --- variable speed drives and pumps ---
    (
        "qOo012",
        "en",
        "tacnrg",
        "VFD feasibility assessment for pumps and fans",
        "We check motor by motor whether a variable frequency drive will pay back. On centrifugal pumps and fans with long "
        "hours and variable load, drives cut electricity 20-30% or more; on motors already running flat out at full load they "
        "waste capital. You get the questions to ask before signing any VFD proposal.",
    ),
    (
        "qOo013",
        "en",
        "itrustbot",
        "Pump VFD selection, setpoints and payback check",
        "Drive selection for three-phase constant-torque pumps from 0.75 to 500 kW, with closed-loop PID or constant-pressure "
        "control. Typical savings are 30-50% on variable-flow pumps but only 0-10% on near-constant-flow systems with high "
        "static head; we keep centrifugal pumps above 25-30 Hz and check harmonics against IEEE 519.",
    ),
    (
        "qOo014",
        "en",
        "impel",
        "Affinity-law analysis before adding drives to water pumps",
        "For water and wastewater pumps we match the affinity laws to your real demand pattern: at 80% speed power can fall to "
        "about 51%, but static lift and steady demand erase much of that. We tell you honestly where a VFD pays back in "
        "months and where drive losses make it a net cost.",
    ),
    (
        "qOo015",
        "en",
        "valuadd",
        "VFD integration for pumps, fans, compressors and conveyors",
        "Motor-driven systems use about 69% of manufacturers' electricity. We pair variable frequency drives with robust "
        "system design so motor speed follows real load instead of throttling, lowering both kWh and peak kW demand, with soft "
        "starts that reduce maintenance.",
    ),
    (
        "qOo016",
        "en",
        "eandi",
        "Variable frequency drive supply and retrofit",
        "We supply and install drives that replace valves and dampers as the way of controlling pumps and fans. In the right "
        "applications this cuts electricity 20-50%; a 20% cut in motor speed can reduce energy use by nearly half.",
    ),
    (
        "qOo017",
        "vi",
        "impel",
        "Đánh giá hiệu quả lắp biến tần cho trạm bơm nước",
        "Trước khi lắp biến tần, chúng tôi đối chiếu định luật đồng dạng của bơm với biểu đồ nhu cầu thực tế: giảm tốc còn 80% "
        "thì công suất có thể chỉ còn khoảng 51%, nhưng cột áp tĩnh lớn hoặc lưu lượng đều sẽ làm mất phần lớn lợi ích. Kết "
        "luận rõ trạm nào hoàn vốn nhanh, trạm nào không nên lắp.",
    ),
    (
        "qOo018",
        "vi",
        "eandi",
        "Cung cấp và lắp đặt biến tần cho bơm, quạt thay cho van tiết lưu",
        "Thay cách điều chỉnh lưu lượng bằng van, cửa gió bằng biến tần điều tốc động cơ theo nhu cầu. Với ứng dụng phù hợp, điện "
        "năng giảm 20-50%; chỉ cần giảm 20% tốc độ động cơ là điện tiêu thụ có thể giảm gần một nửa.",
    ),
    (
        "qOo019",
        "vi",
        "bomwilo",
        "Máy bơm tăng áp cho hệ thống nước nóng năng lượng mặt trời",
        "Cung cấp bơm tăng áp loại cơ, điện tử và biến tần chịu nước nóng 80-90 °C, lắp ở tầng thấp để tăng áp lực nước cho bình "
        "năng lượng mặt trời; bơm tự chạy khi áp giảm và tự dừng khi đóng vòi.",
    ),
    (
        "qOo020",
        "vi",
        "topcargo",
        "Phân phối máy bơm nước các loại cho gia đình và nông nghiệp",
        "Bán máy bơm cấp nước sinh hoạt, tưới tiêu, PCCC và bơm công nghiệp. Ở đồng bằng sông Cửu Long hơn 85% hộ dùng máy bơm "
        "cho sản xuất nông nghiệp; chúng tôi giao hàng và tư vấn chọn bơm theo lưu lượng, cột áp.",
    ),
    # --- efficient motors ---
    (
        "qOo021",
        "vi",
        "wsc",
        "Động cơ điện hiệu suất cao IE3, IE4 cho bơm và máy khuấy",
        "Cung cấp động cơ theo phân cấp hiệu suất IEC (IE1 đến IE4) cho máy bơm nước, máy khuấy chìm. Chi phí mua động cơ chỉ "
        "khoảng 2% trong khi tiền điện trong vòng đời gần 95%, nên chọn động cơ hiệu suất cao giúp rút ngắn thời gian hoàn vốn.",
    ),
    (
        "qOo022",
        "en",
        "opex",
        "Motor efficiency and replacement ROI tools (IE3 vs IE4)",
        "Free calculators and guidance to put money on motor upgrades. A motor running 8,000 hours a year spends over 95% of "
        "its lifetime cost on electricity; premium-efficiency motors often repay their extra price within two years. "
        "Opportunities are ranked in an ISO 50001-style register.",
    ),
    (
        "qOo023",
        "en",
        "hem_ie2ie3",
        "IE2 to IE3/IE4 motor replacement from stock",
        "Manufacturer since 1979 matching your old IE2 motor to the correct IE3 or IE4 equivalent and supplying it quickly. "
        "We explain the payback logic: the efficiency gap matters most on pumps, fans and compressors running continuously.",
    ),
    (
        "qOo024",
        "en",
        "plantservices",
        "Business case for premium-efficiency motor changeover",
        "Premium motors cost about 15% more but are 1.5-2.5% more efficient; with a lifecycle cost of roughly 2% purchase, 2% "
        "maintenance and 96% energy, the extra price pays back in a little over two years. We build the case with your "
        "controller, including tax and investment incentives.",
    ),
    (
        "qOo025",
        "en",
        "iac_motors",
        "High-efficiency motor upgrade assessment",
        "Assessment of motors that run long hours at constant load: savings calculated from nameplate efficiency, hours and "
        "load factor, with 1% per year degradation for motors over 15 years old. Upgrades are recommended only above 75% "
        "load; lightly loaded motors are first checked for right-sizing.",
    ),
    (
        "qOo026",
        "vi",
        "hem_matrix",
        "Tư vấn chọn động cơ IE4/IE5 theo giờ chạy, tải và công suất",
        "Ma trận quyết định giúp doanh nghiệp biết động cơ nào nên nâng cấp: thời gian hoàn vốn phụ thuộc số giờ chạy, số ca, "
        "phần trăm tải và công suất kW. Máy chạy 3 ca liên tục hoàn vốn nhanh; máy chạy vài giờ mỗi ngày có thể giữ IE3.",
    ),
    (
        "qOo027",
        "vi",
        "ngoctram",
        "Sửa chữa, quấn lại động cơ điện công suất lớn",
        "Xưởng nhận kiểm tra, tháo rã, quấn lại dây stato bằng dây đồng, thay bạc đạn và sơn cách điện cho motor không đồng bộ "
        "3 pha dùng trong bơm, quạt, máy công nghiệp.",
    ),
    (
        "qOo028",
        "vi",
        "minhmotor",
        "Hướng dẫn tự kiểm tra, bảo dưỡng và sửa động cơ điện tại nhà",
        "Tài liệu hướng dẫn có hình minh họa giúp người dùng tự xử lý tiếng ồn lạ, hiệu suất yếu của motor quạt, máy bơm, máy "
        "giặt trong gia đình, tiết kiệm chi phí gọi thợ.",
    ),
    # --- shrimp-pond aeration ---
    (
        "qOo029",
        "vi",
        "vneec_thachut",
        "Cải tiến dàn quạt oxy ao tôm giảm ma sát, tiết kiệm điện",
        "Mô hình đã áp dụng tại xã Thuận Hòa (Cầu Ngang): bỏ cách gắn cánh quạt trên cọc gỗ bằng tấm bố nhựa hay ván khoét lỗ vì "
        "ma sát lớn làm nóng và tốn điện; thay bằng kết cấu dàn quạt cải tiến. Nhân viên điện lực tư vấn lắp đặt tại ao cho hộ nuôi.",
    ),
    (
        "qOo030",
        "vi",
        "tkl_phuc",
        "Gối đỡ con lăn và lắp đồng trục mô tơ cho dàn quạt ao nổi",
        "Giải pháp cho ao tôm thâm canh mật độ cao lót bạt: thay gối đỡ chữ U bằng gối đỡ con lăn để giảm ma sát, và lắp mô tơ "
        "đồng trục với dàn quạt để lực truyền thẳng xuống trục. Động cơ chạy nhẹ, ít tốn điện và bền hơn; hệ thống sục khí vốn "
        "chiếm khoảng 80% điện năng trại nuôi.",
    ),
    (
        "qOo031",
        "vi",
        "tsvn_quat",
        "Hướng dẫn kỹ thuật lắp đặt và vận hành quạt nước ao tôm",
        "Tư vấn chọn quạt 2 cánh, 4 cánh, tay dài, kết hợp quạt lông nhím cho ao sâu trên 1,4 m; đặt quạt cách bờ 3-5 m để gom "
        "chất thải. Thử nghiệm cho thấy quạt quay 75-80 vòng/phút, cánh ngập 9-12 cm cho hiệu suất tốt nhất.",
    ),
    (
        "qOo032",
        "vi",
        "susv",
        "Tập huấn và sổ tay an toàn, tiết kiệm điện trong nuôi tôm",
        "Tài liệu của dự án chuỗi giá trị tôm bền vững SusV (EU tài trợ, OXFAM và ICAFIS thực hiện) hướng dẫn người nuôi thiết kế, "
        "vận hành hệ thống điện ao tôm siêu thâm canh an toàn và tiết kiệm; có thể tổ chức lớp tập huấn tại địa phương.",
    ),
    (
        "qOo033",
        "vi",
        "anbinh",
        "Tư vấn bố trí và vận hành quạt nước theo oxy hòa tan",
        "Quạt nước chiếm hơn 80% năng lượng nuôi tôm, bơm khoảng 10%. Chúng tôi hướng dẫn chạy quạt theo ngưỡng oxy hòa tan "
        "(bán thâm canh chỉ bật khi DO dưới 3 mg/l), bố trí quạt để tránh phân tầng oxy ở đáy ao.",
    ),
    (
        "qOo034",
        "vi",
        "tepbac_6canh",
        "Quạt ao tôm 6 cánh và 8 cánh",
        "Giới thiệu khác biệt giữa quạt 6 cánh và 8 cánh: số cánh tạo dòng chảy khác nhau, ảnh hưởng đến phân tán oxy, thức ăn và "
        "gom chất thải trong ao nuôi thâm canh mật độ cao.",
    ),
    (
        "qOo035",
        "en",
        "fishsite",
        "Aerator energy benchmarking and staged operation for shrimp farms",
        "A survey of six Thai shrimp farms found aerators using 13.7-24.5 GJ per tonne of shrimp, with excessive installed "
        "capacity. Staging daily aerator operation could bring use down to 10-15 GJ/t with existing long-arm aerators; "
        "factory-made aerators would cut it further.",
    ),
    (
        "qOo036",
        "en",
        "gsa_eff",
        "Aerator oxygen-transfer efficiency testing",
        "A simple test rig: deoxygenate a tank with sodium sulfite and cobalt chloride, run the aerator and log dissolved "
        "oxygen up to 70-80% saturation to get its standard oxygen transfer rate and efficiency, so farms can choose aerators "
        "on evidence rather than price.",
    ),
    (
        "qOo037",
        "en",
        "shrimpnews",
        "Efficient paddlewheel aerator design",
        "Design features proven at Auburn University: paddle shape, wheel diameter, staggered paddle rows, speed and depth. "
        "The resulting 10-hp paddlewheel run at 80-90 rpm became the catfish standard; Asian long-arm aerators at 24-36 hp/ha "
        "could cut their $0.41-0.53 per kg electricity cost by adopting them.",
    ),
    (
        "qOo038",
        "en",
        "exchangenet",
        "Comparing diesel and electric power units for pond aerators",
        "Guidance on the overall efficiency of aerator power units: grid electricity delivers about 0.33 of primary energy and "
        "small motors are about 79% efficient, similar overall to diesel engines; engines and motors should run near 75% load.",
    ),
    (
        "qOo039",
        "en",
        "shrimpfarm_tech",
        "Dissolved-oxygen based aeration management",
        "Farms add, allocate and switch aerators by measured dissolved oxygen, aiming above 5 mg/l. We advise on floating "
        "paddlewheels versus submerged blowers, diffusers and venturi units sized to pond design and shrimp biomass.",
    ),
    # --- rice milling and husk ---
    (
        "qOo040",
        "vi",
        "vneec_gao",
        "Khảo sát định mức tiêu hao điện và tư vấn tiết kiệm cho nhà máy xay xát, lau bóng gạo",
        "Trung tâm Khuyến công Đồng Tháp khảo sát cho thấy dây chuyền xay xát tốn 16,6-22,0 kWh/tấn gạo lứt, lau bóng 53,3-70 "
        "kWh/tấn gạo trắng; tiềm năng tiết kiệm 10-20%. Trung tâm tư vấn giải pháp công nghệ và vận hành cho doanh nghiệp.",
    ),
    (
        "qOo041",
        "vi",
        "evn_dongthap",
        "Giải pháp thay thiết bị và quản lý điện cho nhà máy chế biến gạo",
        "Áp dụng tại các nhà máy lớn ở Lấp Vò, Sa Đéc: thay máy móc tiên tiến, áp dụng giải pháp kỹ thuật và quản lý để giảm điện "
        "năng xay xát, lau bóng đến 20%. Ngành chế biến gạo Đồng Tháp tiêu thụ khoảng 250 triệu kWh mỗi năm.",
    ),
    (
        "qOo042",
        "vi",
        "gdla",
        "Sấy tầng sôi giảm ẩm lúa tươi và dây chuyền ép viên trấu làm nhiên liệu",
        "Mô hình Công ty Lương thực Vĩnh Long: đưa lúa tươi qua tầng sôi để giảm ẩm, làm sạch tạp chất trước tháp sấy, rút ngắn "
        "thời gian sấy; dây chuyền ép viên trấu 4 tấn/giờ cấp nhiên liệu cho lò đốt, lò sấy, tiết kiệm 40-50% chi phí so với than "
        "đá hoặc dầu.",
    ),
    (
        "qOo043",
        "en",
        "pmc_rice",
        "Energy-use accounting for rice mills",
        "An appraisal method covering thermal, mechanical, electrical and human energy in rice milling: boilers, blowers, "
        "pumps, elevators, conveyors, motors and lighting are metered per operation so that the cost of each utility is "
        "charged to the finished rice. Offered by agricultural engineers from India.",
    ),
    (
        "qOo044",
        "en",
        "reeep_rice",
        "Energy-efficiency best-practice handbook for rice-mill SMEs",
        "A handbook produced with rice-mill owners' associations (REEEP and the Alliance to Save Energy) listing proven "
        "measures for small mills, with case mills and innovative financing and carbon-trading options.",
    ),
    (
        "qOo045",
        "en",
        "philrice",
        "Rice-husk updraft gasifier to power village rice mills",
        "PhilRice tested an updraft gasification system that burns husk to power the most common village mill: single pass, "
        "about 1 t/h, needing roughly 30 kW. It reduces husk disposal problems and purchased fuel or electricity.",
    ),
    (
        "qOo046",
        "en",
        "husk_cogen",
        "Husk-fired steam turbine cogeneration with power export",
        "Case study design of a husk-fuelled steam turbine plant for a rice mill that covers its own steam and power and "
        "exports surplus electricity to the grid.",
    ),
    (
        "qOo047",
        "en",
        "imagen",
        "Husk biomass power plants",
        "Engineering of grid-scale power plants burning rice husk: about 20% of paddy is husk, and half of 25 million tonnes "
        "could supply up to 10,000 MW in India.",
    ),
    # --- refrigeration, ice, cold stores ---
    (
        "qOo048",
        "vi",
        "tepbac_ts",
        "Đánh giá suất tiêu hao điện cho nhà máy chế biến thủy sản",
        "Trung tâm Tiết kiệm năng lượng Cần Thơ đã khảo sát 26 doanh nghiệp cá tra, tôm: bình quân 1,55 kWh/kg cá tra và 1,53 "
        "kWh/kg tôm, có nơi trên 3 kWh/kg. Chúng tôi so sánh với mức tốt nhất (dưới 1 kWh/kg) và chỉ ra cách giảm khoảng 20%, "
        "trong đó có chuyển sang đèn LED.",
    ),
    (
        "qOo049",
        "vi",
        "minhphu",
        "Hệ thống cấp đông siêu tốc và lò hơi sinh khối cho nhà máy thủy sản",
        "Kinh nghiệm của Tập đoàn Minh Phú: đầu tư hệ thống cấp đông siêu tốc tiết kiệm điện và nồi hơi đốt nhiên liệu sinh khối "
        "thay dầu DO, giúp mỗi năm tiết kiệm hàng tỷ đồng tiền điện và dầu.",
    ),
    (
        "qOo050",
        "en",
        "eon",
        "Refrigeration efficiency advice for shops",
        "Choice, control, operation and maintenance: set the right temperature (1 °C colder than needed adds about 2% to "
        "cost), time-switch cabinets holding non-perishables, use night blinds and curtains that stop 80-90% of air leakage "
        "and can halve running costs, and keep condenser coils clean.",
    ),
    (
        "qOo051",
        "en",
        "jrc",
        "Best practice for freezing and refrigeration in food manufacturing",
        "Refrigeration can take up to 60% of a food manufacturer's electricity and over 70% of energy cost in meat and fish "
        "processing or cold storage. Measures include setting temperatures by product need, pre-cooling warm products, "
        "upgrading equipment and moving to natural refrigerants; 25-40% savings are achievable.",
    ),
    (
        "qOo052",
        "en",
        "bakers",
        "Walk-in cooler and freezer efficiency checklist",
        "Practical service for food businesses: strip curtains or swing doors covering the whole opening, working auto-closers, "
        "replacing torn door gaskets, controlling door heaters and lids on ice machines, so compressors run less.",
    ),
    (
        "qOo053",
        "en",
        "multibriefs",
        "Restaurant refrigeration tune-up",
        "Strip curtains cut outside-air infiltration into walk-ins by up to 75%; fix door closers, shorten defrost cycles to "
        "about 15 minutes and avoid defrosting between noon and 6 p.m., and give reach-in coils room to breathe.",
    ),
    (
        "qOo054",
        "vi",
        "jrc",
        "Tư vấn tối ưu hệ thống lạnh cho nhà máy chế biến thực phẩm, thủy sản",
        "Làm lạnh và cấp đông có thể chiếm đến 60% điện của nhà máy thực phẩm, trên 70% chi phí năng lượng ở chế biến thịt, cá và "
        "kho lạnh. Chúng tôi rà soát nhiệt độ cài đặt theo sản phẩm, làm nguội sơ bộ trước khi đưa vào tủ, nâng cấp thiết bị, "
        "chuyển môi chất tự nhiên; tiết kiệm 25-40%.",
    ),
    (
        "qOo055",
        "vi",
        "memart",
        "Thi công kho đông lạnh bảo quản hải sản",
        "Thiết kế, lắp đặt kho đông lạnh nhiệt độ -18 °C đến -35 °C để bảo quản cá, tôm, mực; báo giá xây dựng, quy trình thi "
        "công, vận hành và bảo trì.",
    ),
    (
        "qOo056",
        "vi",
        "taucalanh",
        "Nghiên cứu hệ thống lạnh bổ sung cho tàu đánh cá xa bờ",
        "Nhóm nghiên cứu Đại học Đà Nẵng khảo sát bảo quản lạnh trên tàu cá, tính nhu cầu lạnh và thiết kế hệ thống lạnh bổ sung "
        "cho một tàu xa bờ để kéo dài chuyến biển và giữ chất lượng hải sản.",
    ),
    (
        "qOo057",
        "en",
        "kiona",
        "Food storage temperature guidance",
        "Rules for perishable food storage (4 °C or lower, freezers at -18 °C), unbroken cold chain, and not overloading "
        "freezers past the packing line; remote temperature logs every 24 hours.",
    ),
    # --- LED lighting indoors ---
    (
        "qOo058",
        "vi",
        "minhphu",
        "Tính toán hoàn vốn thay đèn huỳnh quang nhà xưởng bằng LED",
        "Dựa trên kinh nghiệm nhà máy thủy sản Minh Phú thay 2.500 bộ huỳnh quang: đầu tư huỳnh quang khoảng 1,2 tỷ đồng so với "
        "2,8 tỷ cho LED, nhưng tiền điện và thay bóng giảm mạnh. Chúng tôi lập bảng so sánh chi phí vòng đời cho xưởng chế biến của bạn.",
    ),
    (
        "qOo059",
        "vi",
        "tkl_led",
        "Chuyển đổi chiếu sáng nhà xưởng sang đèn LED",
        "Đèn LED biến phần lớn điện năng thành ánh sáng, ít tỏa nhiệt hơn huỳnh quang và sợi đốt. Các nhà xưởng đã đổi hệ thống "
        "chiếu sáng sang LED giảm khoảng 30% điện tiêu thụ; chúng tôi tư vấn chọn đèn đúng chuẩn, tránh hàng kém chất lượng.",
    ),
    (
        "qOo060",
        "vi",
        "haledco",
        "Cung cấp đèn LED chiếu sáng dân dụng, nhà xưởng, đường phố",
        "Nhà sản xuất đèn LED cung cấp bóng, máng, đèn pha, đèn nhà xưởng và đèn đường: hiệu suất phát sáng cao, tuổi thọ dài, "
        "không chứa chất độc hại, thay thế đèn sợi đốt, huỳnh quang.",
    ),
    (
        "qOo061",
        "vi",
        "icon_led",
        "Đèn LED chiếu sáng hiệu suất 150 lm/W cho công trình",
        "Doanh nghiệp sản xuất thiết bị chiếu sáng cung cấp đèn LED thương mại khoảng 150 lm/W, tuổi thọ 35.000-50.000 giờ, chịu "
        "va đập, thay cho bóng sợi đốt và huỳnh quang.",
    ),
    (
        "qOo062",
        "en",
        "soluvoll",
        "Commercial LED retrofit with full lighting audit",
        "Retrofits since 2010: every fixture is walked and logged (type, wattage, ballast, mounting height, hours, wet or cold "
        "locations, existing sensors) before any quote. The audit drives fixture choice, savings, incentive applications "
        "and the installation plan; most jobs are one-for-one swaps with savings from day one.",
    ),
    (
        "qOo063",
        "en",
        "luminate_highbay",
        "High-bay LED lighting with smart controls for warehouses",
        "High-bay LEDs use 50-90% less energy than metal halide or fluorescent and last up to 100,000 hours; occupancy sensors "
        "cut a further 30-50%. One 615,000 sq ft warehouse replacing 366 fixtures saved 75%, about 1,062,500 kWh a year. "
        "Typical payback is 2-4 years.",
    ),
    (
        "qOo064",
        "en",
        "vklight",
        "Warehouse HiBay LED replacement evaluation",
        "Free evaluation with site-specific projections: replacing 400 W metal halide or HPS HiBays with 120 W LEDs saves "
        "280-330 W per fixture. Example: 600 fixtures at 364 hours a month fall from 87,360 to 26,208 kWh; occupancy sensors "
        "are added in low-traffic zones.",
    ),
    (
        "qOo065",
        "en",
        "luminate_checklist",
        "Seven-step LED warehouse lighting upgrade",
        "Set goals, audit current fixtures and hours, specify lumen output, CRI and IP/IK ratings, budget with rebates, plan "
        "installation in phases, add motion sensors, dimming and daylight harvesting, then verify savings. Upgrades cut energy "
        "costs 50-70% and pay back in 2-3 years.",
    ),
    (
        "qOo066",
        "vi",
        "vklight",
        "Thay đèn cao áp 400 W nhà kho bằng đèn LED highbay 120 W",
        "Khảo sát miễn phí và tính sản lượng điện trước và sau: mỗi bộ đèn giảm 280-330 W. Ví dụ 600 bộ chạy 364 giờ/tháng giảm "
        "từ 87.360 xuống 26.208 kWh mỗi tháng; có thể bổ sung cảm biến chuyển động ở khu ít người qua lại.",
    ),
    (
        "qOo067",
        "vi",
        "icon_led",
        "Đèn LED chuyên dụng điều khiển ra hoa cho hoa cúc, thanh long",
        "Đèn LED đặc chủng chiếu sáng ban đêm để điều khiển thời điểm ra hoa của hoa cúc, thanh long, thay bóng sợi đốt, giúp vườn "
        "cây ra hoa trái vụ.",
    ),
    # --- street and public lighting ---
    (
        "qOo068",
        "vi",
        "vneec_hcm",
        "Chuyển đổi đèn đường cao áp sodium sang LED",
        "Kinh nghiệm TP.HCM: hơn 100.000 đèn đường chủ yếu là HPS công suất cao tiêu thụ khoảng 90 triệu kWh (130 tỷ đồng) mỗi "
        "năm; thay toàn bộ bằng LED giảm trên 55% điện, tiết kiệm khoảng 88 tỷ đồng. Tư vấn lập phương án thay thế cho đô thị.",
    ),
    (
        "qOo069",
        "vi",
        "kavens",
        "Đèn LED chiếu sáng đường phố chọn theo quang thông, không theo công suất",
        "Nhà sản xuất đèn đường LED tư vấn thiết kế, đấu thầu dựa trên hiệu suất phát quang (lm/W) và quang thông bộ đèn thay vì "
        "công suất; đèn LED tiết kiệm 40-50% so với đèn phóng điện 70-400 W truyền thống.",
    ),
    (
        "qOo070",
        "vi",
        "laprapden",
        "Lắp đặt đèn LED đường phố",
        "Đèn LED đường phố tiêu thụ ít hơn đèn sodium hay halogen 40-60%, tuổi thọ đến 50.000 giờ, ánh sáng trắng đồng đều, chống "
        "nước, chống bụi; giảm chi phí điện và bảo trì cho đơn vị quản lý đường.",
    ),
    (
        "qOo071",
        "vi",
        "huengaynay",
        "Giải pháp chiếu sáng xanh đô thị: LED và điều khiển thông minh",
        "Theo Hội Chiếu sáng Việt Nam, hệ thống dùng LED chỉ cần 10-20% điện năng so với đèn truyền thống, tuổi thọ 30.000-50.000 "
        "giờ; kết hợp điều khiển chiếu sáng thông minh và năng lượng sạch giúp tiết kiệm đến 80%.",
    ),
    (
        "qOo072",
        "vi",
        "icon_solar",
        "Đèn năng lượng mặt trời cho đường thôn, lộ nông thôn",
        "Mô hình thôn Hòa Trung (Đắk Lắk): bộ đèn năng lượng mặt trời 300 W, chuẩn IP66, giá khoảng 1,1 triệu đồng, bảo hành 3 "
        "năm, giá đỡ tự chế khoảng 220.000 đồng; không phải thu tiền điện hằng tháng. Hướng dẫn bố trí khoảng cách đèn tránh mảng tối.",
    ),
    (
        "qOo073",
        "vi",
        "ngaynay",
        "Cung cấp đèn năng lượng mặt trời cho xây dựng nông thôn mới",
        "Đèn dùng tấm pin sạc ắc quy ban ngày, cấp điện cho bóng LED ban đêm; lắp ở bất cứ đâu không cần đào chôn cáp, mỗi bộ hoạt "
        "động độc lập. Phù hợp tuyến đường xã, ấp vùng nắng nhiều.",
    ),
    (
        "qOo074",
        "en",
        "eepartnership",
        "Support for municipal LED streetlight retrofits",
        "Streetlights can be up to 40% of a city's electricity bill; LED retrofits cut their energy use by about 50% and last 2-5 "
        "times longer. We help cities audit their streetlight inventory, resolve ownership and tariff barriers, and add "
        "dimming controls.",
    ),
    (
        "qOo075",
        "en",
        "luminate_street",
        "Streetlight LED retrofit planning and delivery",
        "Cities cut streetlight energy 40-75%, saving about $50,000-100,000 a year per 1,000 lights. We start with a detailed "
        "GIS-mapped inventory, assess fixtures and mounting, then choose lamp replacement, retrofit kits or full luminaire "
        "replacement.",
    ),
    (
        "qOo076",
        "en",
        "mapc",
        "LED streetlight conversion guide and bulk procurement",
        "Regional planning agency guide: buy back streetlights from the utility, convert to efficient fixtures and procure "
        "products and services in bulk; also standardise fixture styles and add programmable controls.",
    ),
    (
        "qOo077",
        "en",
        "eep_program",
        "Streetlight and traffic-light LED retrofit case (El Paso)",
        "Documented projects: 6,600 traffic lights saved 9.9 million kWh a year with a 4.6-year payback; 7,300 streetlights "
        "saved about 5.55 million kWh a year ($830,225) with a 9.4-year payback. Case study and advice for mid-size cities.",
    ),
    (
        "qOo078",
        "en",
        "jcsd",
        "LED streetlight conversion for a community services district",
        "Converting high-pressure sodium streetlights to LED reduces energy, emissions and operating costs; LEDs run over 20 "
        "years before replacement versus HPS service every 3-5 years, with better light quality.",
    ),
    # --- heat-pump water heating ---
    (
        "qOo079",
        "vi",
        "congnghexulynuoc",
        "Hệ thống nước nóng trung tâm Heat Pump cho khách sạn, nhà nghỉ, resort",
        "Bơm nhiệt hấp thụ nhiệt từ không khí để làm nóng nước, tiết kiệm 75-80% điện so với bình nóng lạnh điện trở; nước nóng có "
        "sẵn ngay tại vòi, áp lực mạnh, dung lượng lớn. Thiết kế, lắp đặt trọn gói cho biệt thự, nhà nghỉ, khách sạn.",
    ),
    (
        "qOo080",
        "vi",
        "thegioibomnhiet",
        "Máy nước nóng bơm nhiệt công nghiệp và bài toán hoàn vốn",
        "Hệ heat pump 300 lít khoảng 25-40 triệu đồng, phục vụ 4-6 phòng tắm, COP 3,5-4,2; tiết kiệm 60-70% điện so với bình nóng "
        "lạnh. Với khách sạn 20 phòng, tiền điện giảm 1-3 triệu đồng mỗi tháng; ít hỏng vặt.",
    ),
    (
        "qOo081",
        "en",
        "eeca",
        "Guidance on hot-water heat pumps for commercial buildings",
        "Government agency guidance: commercial hot-water heat pumps supply 40-90 °C, with COP around 3-4, so running costs are "
        "about 25-35% of electric resistance or half of gas. Includes a case study, cost breakdown and the challenges to check.",
    ),
    (
        "qOo082",
        "en",
        "betterbuildings",
        "Commercial heat pump water heater specification",
        "A procurement specification that cuts water-heating energy by 70%. An old resistance heater serving 500 gallons a day "
        "can cost over $3,500 a year; a compliant heat pump water heater saves about $12,500 over five years.",
    ),
    (
        "qOo083",
        "en",
        "aspcv",
        "Heat pump hot water for hotels, with monitoring and rental option",
        "We replaced a 4-star hotel's LPG hot water (35-50 kg of LPG a day) with a 28 kW heat pump integrated into the existing "
        "calorifier in three days, saving about 70%. A thermal energy monitoring system is included, and the unit can be "
        "rented.",
    ),
    (
        "qOo084",
        "vi",
        "aspcv",
        "Cho thuê hệ thống bơm nhiệt nước nóng khách sạn kèm giám sát nhiệt",
        "Thay nồi đun gas LPG (35-50 kg mỗi ngày) bằng bơm nhiệt 28 kW nối vào bình chứa nước nóng sẵn có, lắp trong 3 ngày, "
        "tiết kiệm khoảng 70% chi phí. Có hệ thống giám sát năng lượng nhiệt và hình thức thuê thiết bị cho chủ khách sạn còn e ngại.",
    ),
    (
        "qOo085",
        "en",
        "masssave",
        "Rebates for high-efficiency gas water heaters",
        "Utility programme in Massachusetts supporting condensing gas storage and other high-efficiency commercial gas water "
        "heaters; water heating is about 20% of commercial gas use.",
    ),
    (
        "qOo086",
        "en",
        "sagewater",
        "Building repiping with water heater replacement",
        "When 30-year-old pipes are replaced, bundling a new domestic water heater into the same job saves a second "
        "mobilisation; repiping contractor for apartment communities.",
    ),
    # --- heat-pump and efficient dryers ---
    (
        "qOo087",
        "en",
        "kerone",
        "Heat pump dryers for fruits and vegetables",
        "Dryer manufacturer supplying heat pump drying systems for produce above 80% moisture. We size the dryer for capacity "
        "and efficiency, quantify performance and product quality, and show that heat pump drying is economically feasible, "
        "not fragile or slow.",
    ),
    (
        "qOo088",
        "en",
        "harter",
        "Heat-pump condensation dryers for food and aquatic products",
        "More than 2,000 low-temperature condensation dryers installed in 30 years: very dry air passes over the product, the "
        "moisture is condensed out and the air reheated in a closed loop. Drying temperature 20-75 °C keeps aroma, vitamins and "
        "colour; optional 110 °C stage and cooling stage.",
    ),
    (
        "qOo089",
        "en",
        "tsusfebix",
        "Low-temperature heat pump food drying systems",
        "Thai supplier of open-loop and closed-loop heat pump dryers. Lowering air humidity and raising air speed matter more than "
        "temperature; replacing electric heaters with a heat pump uses one to two times less electricity.",
    ),
    (
        "qOo090",
        "en",
        "kelp",
        "Solar-assisted heat pump dryer for seaweed and aquatic products",
        "Research group design: a greenhouse double-evaporator solar-assisted heat pump dryer. At 40 °C and over 400 W/m2 "
        "kelp dried in 3 hours with COP 6.81 and SMER 3.725 kg/kWh, using 45.2% less energy than a plain heat pump dryer.",
    ),
    (
        "qOo091",
        "en",
        "intechopen",
        "Heat pump drying with bio-inspired quality monitoring",
        "University researchers offer know-how on heat pump drying for food, with controllable temperature, time, air velocity "
        "and humidity, combined with biomimetic sensing to monitor product quality during drying.",
    ),
    (
        "qOo092",
        "en",
        "pmc_hpd",
        "Heat pump-assisted drying for agricultural produce: review and advice",
        "Review of heat pump-assisted dryer types (expansion valve, evaporator, condenser, compressor) for fruits and "
        "vegetables, with their advantages and disadvantages for commercial food industries.",
    ),
    (
        "qOo093",
        "vi",
        "kerone",
        "Máy sấy bơm nhiệt cho trái cây, rau củ",
        "Nhà sản xuất máy sấy cung cấp hệ sấy bơm nhiệt cho nông sản có độ ẩm trên 80%; tính công suất, hiệu suất, chất lượng sản "
        "phẩm sau sấy và chứng minh sấy bơm nhiệt có hiệu quả kinh tế, không chậm hay đắt như nhiều người nghĩ.",
    ),
    (
        "qOo094",
        "vi",
        "harter",
        "Máy sấy ngưng tụ bơm nhiệt nhiệt độ thấp cho thực phẩm, thủy sản",
        "Không khí rất khô thổi qua sản phẩm, hơi ẩm được ngưng tụ thành nước rồi không khí được gia nhiệt lại trong chu trình kín; "
        "nhiệt độ sấy 20-75 °C giữ mùi, màu và vitamin. Hơn 2.000 máy đã lắp trong 30 năm.",
    ),
    (
        "qOo095",
        "vi",
        "vusta_dua",
        "Thiết bị sấy tầng sôi cơm dừa nạo",
        "Sáng chế của anh Lê Nhứt Thống (Bến Tre): cơm dừa xay nhỏ được diệt khuẩn bằng hơi nước từ 100 °C, sấy tầng sôi liên tục "
        "đến độ ẩm khoảng 3% trong buồng sấy 3 khu vực có sàng lắc tự động; sấy đều, không vón cục, tiêu hao năng lượng thấp, thay "
        "thiết bị ngoại nhập.",
    ),
    (
        "qOo096",
        "vi",
        "scp_dua",
        "Dây chuyền sấy cơm dừa tầng sôi (cơ sở Thái Hòa)",
        "Cơ sở cơ khí đã chế tạo 6 hệ thống sấy tầng sôi cho cơm dừa, trong đó xuất khẩu sang Indonesia; cơm dừa được diệt khuẩn "
        "bằng hơi ở khoảng 100 °C (điều chỉnh được) rồi sấy đến độ ẩm dưới 3%, thân thiện môi trường.",
    ),
    (
        "qOo097",
        "vi",
        "baoquangnam_dua",
        "Máy sấy cơm dừa tự động cho hợp tác xã dầu dừa",
        "Mô hình khuyến công: máy sấy cơm dừa tự động giá gần 60 triệu đồng, Nhà nước hỗ trợ 30%; hợp tác xã sản xuất dầu dừa "
        "quanh năm, kể cả mùa mưa không phơi được, khoảng 100 lít dầu mỗi tháng.",
    ),
    (
        "qOo098",
        "vi",
        "vusta_lua",
        "Thiết bị sấy lúa di động đốt trấu không dùng điện",
        "Bồn sấy ngang 1,62 m, dài 3 m, cao 1,2 m, mỗi mẻ 2 tấn lúa, chi phí trấu khoảng 15.000 đồng/mẻ, sấy trung bình 6 giờ, sấy "
        "được cả lúa ướt đã mọng. Không dùng quạt gió, một người vận hành, dễ di chuyển đến nơi cần sấy.",
    ),
    (
        "qOo099",
        "vi",
        "khoahoc_lua",
        "Máy sấy lúa tĩnh vỉ ngang 4-8 tấn/mẻ",
        "Mẫu máy do Trường Đại học Nông Lâm TP.HCM thiết kế lại, đã phổ biến ở Cần Thơ, Sóc Trăng (mỗi tỉnh khoảng 2.000 máy); "
        "có loại nhỏ 2 tấn/6 giờ và máy vỉ nghiêng 2-3 tấn/mẻ cơ động, chi phí nhiên liệu thấp.",
    ),
    (
        "qOo100",
        "vi",
        "sra",
        "Máy sấy đảo chiều gió SRA cho lúa, bắp, đậu nành",
        "Máy sấy đảo chiều không khí năng suất 2-12 tấn/mẻ, loại lớn 15-20 tấn/mẻ cho lúa giống và đậu nành; lò đốt trấu, củi vụn "
        "hoặc than, có thể kết hợp bộ thu năng lượng mặt trời. Đạt Giải Ba VIFOTEC.",
    ),
    (
        "qOo101",
        "vi",
        "websosanh",
        "Máy sấy quần áo bơm nhiệt gia đình",
        "Máy sấy quần áo dùng môi chất lạnh thay thanh điện trở để làm nóng không khí, ngưng tụ hơi nước vào khay chứa, tiết kiệm "
        "điện hơn máy sấy thông hơi; sản phẩm gia dụng của các thương hiệu lớn.",
    ),
    (
        "qOo102",
        "vi",
        "sayns",
        "Tài liệu phương pháp và thiết bị sấy nông sản",
        "Giáo trình 27 trang tổng quan sấy tự nhiên, sấy đối lưu, bức xạ, tiếp xúc, thăng hoa và sấy năng lượng mặt trời trực "
        "tiếp, gián tiếp; tài liệu tham khảo để tải về.",
    ),
    # --- power-factor correction and power quality ---
    (
        "qOo103",
        "vi",
        "thietbibenthanh",
        "Tư vấn và lắp tụ bù công suất phản kháng, nâng cos phi",
        "Tụ bù sinh công suất phản kháng ngược dấu để triệt tiêu phần do động cơ, máy biến áp, đèn huỳnh quang gây ra. Chúng tôi "
        "khảo sát và lắp tụ tại tủ điện, trạm biến áp hoặc bù tại chỗ cạnh tải lớn, giảm tải đường dây và nâng hiệu quả dùng điện.",
    ),
    (
        "qOo104",
        "vi",
        "bachkhoa",
        "Tủ tụ bù tự động: tụ, contactor, relay điều khiển cos phi",
        "Cung cấp, lắp đặt tủ tụ bù gồm tụ 1 pha hoặc 3 pha, contactor chuyên dụng có điện trở hạn dòng, bộ điều khiển tự động đóng "
        "cắt các cấp tụ, aptomat, kháng điện khi cần. Nâng cos phi từ dưới 0,9 lên gần 1, giảm dòng tải và tránh bị phạt tiền "
        "công suất phản kháng.",
    ),
    (
        "qOo105",
        "vi",
        "forumketoan",
        "Hướng dẫn chọn tụ bù: bù tĩnh, bù động và công thức tính",
        "Tài liệu giải thích bù tĩnh và bù động, tụ khô và tụ dầu, cách tính dung lượng cần bù Qb = P × (tgφ1 - tgφ2) theo điện "
        "áp, quy mô tiêu thụ và cos phi hiện tại; cơ sở lớn nên dùng tụ bù tự động kèm bộ lọc sóng hài.",
    ),
    (
        "qOo106",
        "vi",
        "rdsic",
        "Khóa học: đơn vị và cách tính công suất phản kháng",
        "Bài giảng cho học viên về công suất thực (W), phản kháng (VAR) và biểu kiến (VA), công thức Q = V·I·sinφ; kèm tuyển sinh "
        "khóa học xây dựng.",
    ),
    (
        "qOo107",
        "en",
        "eiwiki",
        "Power factor correction to stop reactive-power charges",
        "Installed power factor correction keeps reactive power consumption within limits so the utility stops adding reactive "
        "power charges to the bill when the site's power factor falls below its threshold.",
    ),
    (
        "qOo108",
        "en",
        "megawatt",
        "Power factor correction for large electricity accounts",
        "A low power factor load draws more current for the same useful power, increasing losses and forcing bigger cables; "
        "utilities charge commercial and industrial customers for it. We correct the phase shift to cut that cost penalty.",
    ),
    (
        "qOo109",
        "en",
        "quadplus",
        "Power factor correction study and stepped capacitor banks",
        "For a manufacturer paying high utility penalties we ran a power factor correction study (kW and kVAR flow per branch, "
        "capacitor ratings and locations, payback), then installed stepped capacitor banks. Penalties stopped immediately and "
        "the equipment paid for itself within one year.",
    ),
    (
        "qOo110",
        "en",
        "qeeebo",
        "Power factor correction with harmonic checks",
        "Capacitors placed at inductive loads reduce current, losses and voltage drop and free system capacity; in the "
        "presence of harmonics they must be applied carefully to avoid resonance. We read your tariff to confirm the return.",
    ),
    (
        "qOo111",
        "en",
        "energysavers",
        "Harmonic studies for power quality",
        "Measurement of voltage, current and other parameters to quantify harmonic distortion, locate its sources and design "
        "mitigation before it damages equipment or interferes with operations.",
    ),
    (
        "qOo112",
        "en",
        "pqexpert",
        "Seven-day harmonics survey",
        "A one-week survey logging voltage, current, frequency, THD of voltage and current and individual harmonics up to the "
        "40th (50th on request), assessed against Engineering Recommendation G5/4-1 and EN 50160.",
    ),
    (
        "qOo113",
        "vi",
        "quadplus",
        "Khảo sát hệ số công suất và lắp tụ bù bậc, hoàn vốn khoảng 1 năm",
        "Đo dòng công suất tác dụng (kW) và phản kháng (kVAR) trên từng nhánh, xác định dung lượng, vị trí tụ và thời gian hoàn vốn, "
        "rồi lắp các bộ tụ bù bậc. Ở một nhà máy hàng tiêu dùng, tiền phạt chấm dứt ngay và thiết bị hoàn vốn trong vòng một năm.",
    ),
    (
        "qOo114",
        "en",
        "tf_pf",
        "Book chapter: why improve the plant power factor",
        "Textbook chapter explaining that improving power factor lowers distribution and transformer losses and often cuts "
        "demand charges, even though the benefits are less obvious than kW savings.",
    ),
    # --- energy monitoring ---
    (
        "qOo115",
        "vi",
        "kth",
        "Hệ thống giám sát năng lượng EMS thời gian thực cho nhà máy, tòa nhà",
        "Thay việc ghi chỉ số công tơ bằng tay và chờ hóa đơn cuối tháng bằng giám sát điện năng theo thời gian thực trên máy tính "
        "bảng, điện thoại; phát hiện nguyên nhân tiền điện tăng bất thường, hỗ trợ mục tiêu ESG, Net Zero. Thi công điện nhà xưởng "
        "hơn 20 năm.",
    ),
    (
        "qOo116",
        "vi",
        "lctech_mes",
        "Tích hợp đồng hồ điện, nước, gas thông minh với MES và ERP",
        "Đồng hồ thông minh và gateway ghi dữ liệu mỗi 1-15 phút qua LoRaWAN, NB-IoT hoặc PLC, hệ quản lý số liệu đo chuẩn hóa qua "
        "API; MES nhận tiêu thụ theo lô sản xuất, ERP phân bổ chi phí năng lượng vào giá thành và tự động báo cáo.",
    ),
    (
        "qOo117",
        "vi",
        "lctech_choose",
        "Tư vấn chọn đồng hồ đo thông minh cho nhà máy",
        "Hướng dẫn chọn đồng hồ đo điện, nước thông minh đo và truyền số liệu thời gian thực về trung tâm, phát hiện tiêu thụ bất "
        "thường theo khu vực, máy móc và xây dựng định mức năng lượng cho từng đơn vị sản phẩm.",
    ),
    (
        "qOo118",
        "vi",
        "ctu_blynk",
        "Giám sát phụ tải điện từ xa bằng ứng dụng Blynk",
        "Nhóm Bộ môn Kỹ thuật Điện, Đại học Cần Thơ: mô-đun ESP8266 NodeMCU và cảm biến PZEM004T gửi số liệu lên ứng dụng Blynk; so "
        "với ứng dụng chăm sóc khách hàng của điện lực, sai lệch 0,98-5,21% theo ngày và 0,4-0,98% theo tháng.",
    ),
    (
        "qOo119",
        "vi",
        "spkt",
        "Hệ thống thu thập và giám sát dữ liệu điện năng qua Modbus RTU",
        "Đồ án Đại học Sư phạm Kỹ thuật TP.HCM (2024, chuyên ngành hệ thống nhúng và IoT): thiết kế hệ thống đọc đồng hồ điện qua "
        "giao thức Modbus RTU, thu thập và hiển thị dữ liệu điện năng cho một công ty thương mại kỹ thuật.",
    ),
    (
        "qOo120",
        "vi",
        "tailieuhoc",
        "Giám sát tiêu thụ điện năng qua mạng cảm biến không dây và IoT",
        "Bài báo khoa học trình bày hệ thống giám sát mức tiêu thụ điện của các thiết bị bằng mạng cảm biến không dây, gửi dữ liệu "
        "lên máy chủ Google qua Internet.",
    ),
    (
        "qOo121",
        "en",
        "burielectric",
        "Electrical sub-metering installation",
        "We install sub-meters so organisations can monitor and manage usage by tenant, department, equipment or load, "
        "collecting detailed operating data; also used by landlords and associations to bill tenants.",
    ),
    (
        "qOo122",
        "en",
        "enertiv",
        "Equipment monitoring with real-time submeters",
        "Submeters on distribution panels pull real-time demand from chillers, boilers, pumps, motors, rooftop units and "
        "elevators to reveal improper scheduling and maintenance issues such as short cycling.",
    ),
    (
        "qOo123",
        "en",
        "dent",
        "Submetering and load-profile studies",
        "Portable and permanent meters for load-profile studies and audits: find equipment left on at night or weekends, "
        "compare sites, verify capital-project savings, and manage peak demand and power-factor penalties.",
    ),
    (
        "qOo124",
        "en",
        "fcgdam",
        "DIY power meter with PZEM-004T and ESP8266",
        "Open-source firmware for a Wemos D1 ESP8266 reading a PZEM-004T energy sensor, publishing telemetry to InfluxDB with a "
        "Node-RED flow and a simple Grafana dashboard.",
    ),
    (
        "qOo125",
        "en",
        "mbmd",
        "ModBus Measurement Daemon dashboard",
        "A Grafana dashboard (gauges, graphs, stats, tables) for data collected from Modbus energy meters by the open-source "
        "ModBus Measurement Daemon and stored in InfluxDB.",
    ),
    (
        "qOo126",
        "en",
        "emoncms",
        "Emoncms open-source energy logging and dashboards",
        "Emoncms, part of the OpenEnergyMonitor project, processes, logs and visualises energy and temperature data; an "
        "Android viewer shows dashboards from emoncms.org or your own server.",
    ),
    (
        "qOo127",
        "en",
        "sea_glossary",
        "Submetering for tenant billing",
        "Multiple meters collecting real-time data by space, equipment type or source, mainly so building management can bill "
        "tenants for their individually measured utility use.",
    ),
    # --- energy management systems ---
    (
        "qOo128",
        "vi",
        "thuvientc",
        "Tài liệu tiêu chuẩn ISO 50001:2018 về hệ thống quản lý năng lượng",
        "Thư viện tiêu chuẩn giới thiệu ISO 50001 (ban hành 2011, cập nhật 2018): yêu cầu lập kế hoạch, thực hiện, duy trì và cải "
        "tiến liên tục hệ thống quản lý năng lượng, áp dụng cho mọi tổ chức không phân biệt quy mô.",
    ),
    (
        "qOo129",
        "vi",
        "tritam",
        "Tư vấn xây dựng hệ thống quản lý năng lượng ISO 50001",
        "Đơn vị tư vấn hướng dẫn doanh nghiệp áp dụng ISO 50001 theo mô hình tương tự ISO 9001 và ISO 14001, tập trung cải thiện "
        "hiệu suất năng lượng, giảm chi phí và đáp ứng mục tiêu môi trường.",
    ),
    (
        "qOo130",
        "vi",
        "vnindustry",
        "Áp dụng ISO 50001 theo chu trình PDCA, cắt giảm 5-30% chi phí năng lượng",
        "Hỗ trợ thiết lập chính sách, mục tiêu, kế hoạch hành động và cơ chế giám sát năng lượng; theo IEA, tổ chức áp dụng bài bản "
        "có thể giảm 5-30% chi phí năng lượng mỗi năm và đáp ứng yêu cầu phát thải của thị trường châu Âu, Mỹ, Nhật Bản.",
    ),
    (
        "qOo131",
        "en",
        "nqa",
        "ISO 50001 implementation guidance and certification",
        "Certification body guide to ISO 50001:2018 clause by clause (context, leadership, planning, support, operation, "
        "performance evaluation, improvement). Many organisations recover the cost of implementation in first-year energy "
        "savings.",
    ),
    (
        "qOo132",
        "en",
        "csa",
        "Phased energy management system for small and medium organisations",
        "Guidance for a phased approach to an EnMS: twelve core elements, each with four maturity levels, so smaller "
        "organisations build energy-performance improvement step by step and can later extend to full ISO 50001:2018.",
    ),
    (
        "qOo133",
        "en",
        "isocert",
        "ISO 50001 EnMS consultancy and certification",
        "Support with the key elements: energy policy, objectives and targets, energy review, energy performance indicators "
        "normalised for influencing factors, regression-based energy baselines, operational controls and internal audits.",
    ),
    (
        "qOo134",
        "en",
        "qhse",
        "ISO 50001 implementation alongside ISO 14001",
        "Consultants who add a certified energy management system to an existing ISO 14001 system: energy baselines and "
        "performance indicators, design and procurement clauses, and top-level insight into energy performance.",
    ),
    # --- compressed air ---
    (
        "qOo135",
        "vi",
        "aks_leak",
        "Kiểm tra rò rỉ khí nén và định lượng tiền điện thất thoát",
        "Rò rỉ khí nén không làm máy dừng nên dễ bị bỏ qua: một lỗ 3 mm ở áp 7 bar, hệ thống chạy 16-24 giờ/ngày có thể mất hàng "
        "nghìn m3 khí mỗi ngày. Chúng tôi dò rò rỉ trong giờ sản xuất và ngoài giờ, tính ra số tiền điện mất hằng tháng.",
    ),
    (
        "qOo136",
        "vi",
        "aks_points",
        "Khắc phục các điểm thất thoát khí nén trong nhà xưởng",
        "Phần lớn hệ thống khí nén mất 20-40% lượng khí do rò rỉ, dùng sai mục đích hoặc thiết kế chưa tối ưu; một lỗ 2-3 mm có "
        "thể tốn vài triệu đồng mỗi tháng. Đội kỹ thuật khảo sát hiện trường và xử lý từng điểm.",
    ),
    (
        "qOo137",
        "vi",
        "midra",
        "Chẩn đoán tiêu hao khí nén và vận hành sai điểm làm việc",
        "Dấu hiệu cần xử lý: áp suất dao động dù tải không đổi, thời gian chạy tải của máy nén tăng bất thường. Chúng tôi so sánh "
        "nhật ký áp suất với sản lượng theo ca để khoanh vùng rò rỉ trên đường ống chính hoặc van điều áp.",
    ),
    (
        "qOo138",
        "vi",
        "thibivi",
        "Giải pháp tiết kiệm điện cho máy nén khí",
        "Chi phí điện chiếm khoảng 75% chi phí vòng đời máy nén trục vít, mua máy 15%, sửa chữa 10%. Tiềm năng tiết kiệm 2-40% nhờ "
        "hiểu và vận hành đúng máy nén: giảm tổn thất, chỉnh áp suất, bảo dưỡng chuẩn.",
    ),
    (
        "qOo139",
        "vi",
        "thietbivieta",
        "Sửa chữa máy nén khí bị xì hơi",
        "Xác định nguyên nhân máy nén khí xì hơi (nhiệt độ, độ ẩm, máy cũ, bảo dưỡng sai), kiểm tra bằng nước xà phòng hoặc máy dò "
        "âm thanh, vệ sinh hay thay rơ le, gioăng; rò rỉ có thể làm giảm hiệu suất hệ thống đến 70%.",
    ),
    (
        "qOo140",
        "en",
        "itac_leak",
        "Compressed-air leak survey with acoustic imaging",
        "A walkthrough with an acoustic imaging camera produces a tagged image log of every leak with its CFM estimate; "
        "savings are computed from compressor specific power and leaking hours. A dedicated non-production survey costs about "
        "$1,000-1,500.",
    ),
    (
        "qOo141",
        "en",
        "ccs",
        "Baseline audit to prove compressed-air leak savings",
        "We establish a defensible baseline first: clamp-on flow meter or compressor kW logging for at least two production "
        "weeks, ultrasonic leak logging across the plant, and shift schedules, so savings per part and Scope 1 reductions can "
        "be attributed to the fixes.",
    ),
    (
        "qOo142",
        "en",
        "sawyer",
        "Ultrasonic compressed-air leak study",
        "Average plants lose about 25% of compressed air to leaks, some up to 80%. Our technician follows every line from the "
        "compressors, dryers and tanks with an ultrasonic detector that finds pinhole leaks up to 30 ft away and estimates "
        "leak volume.",
    ),
    (
        "qOo143",
        "en",
        "iacserv",
        "Compressed air leak audits",
        "A 1/4-inch leak at 100 psig wastes what a 25 HP compressor produces, about $12,000 a year in electricity. We identify "
        "leaks at hoses, connections, open blow-offs and worn drains and reduce overall air demand.",
    ),
    (
        "qOo144",
        "en",
        "beefed",
        "Compressed-air leakage and control optimisation",
        "Typical plants lose 20-30% of generated air to leaks and inappropriate uses. Our 90-day programme covers repeatable "
        "leak detection and repair, pressure bands, storage, VSD trim compressors, sequencing and KPIs to stop backsliding.",
    ),
    # --- air conditioning ---
    (
        "qOo145",
        "en",
        "ergon",
        "Business air-conditioning efficiency advice",
        "Air conditioning can be up to 50% of a business's electricity bill. Keep 25 °C in summer (each degree adds about 10% to "
        "running costs), use a 2-3 °C deadband, lock thermostats, use ceiling fans and sensors that stop the unit when doors "
        "or windows are open.",
    ),
    (
        "qOo146",
        "en",
        "appliedenergysaving",
        "Replacing old packaged and ducted AC units in light commercial buildings",
        "We inspect packaged and ducted split units of 15-90 kW that are as old as the building and replace them with "
        "high-efficiency units, using government rebates where available; the landlord-tenant split is addressed in the offer.",
    ),
    (
        "qOo147",
        "en",
        "acrlatino",
        "HVAC energy retrofit for shops, restaurants and offices",
        "Replacing 12-15-year-old units with high-efficiency equipment cuts HVAC energy costs by up to 40%; swapping an early "
        "1990s 7.5-ton rooftop unit (EER 8.5) for an EER 11.3 unit improves efficiency by 33%, with economisers for free cooling.",
    ),
    (
        "qOo148",
        "en",
        "leecompany",
        "Energy-efficient commercial HVAC systems",
        "Heating, cooling and ventilation use about 44% of on-site energy in commercial buildings. We design and install "
        "systems with high SEER2/EER ratings and explain the ratings so owners choose efficient equipment.",
    ),
    (
        "qOo149",
        "vi",
        "ergon",
        "Tư vấn vận hành điều hòa tiết kiệm cho văn phòng, cửa hàng",
        "Điều hòa có thể chiếm đến 50% hóa đơn điện của doanh nghiệp. Đặt 25 °C vào mùa nóng (mỗi độ thấp hơn tốn thêm khoảng 10% "
        "chi phí chạy máy), khóa nắp cài nhiệt độ, dùng quạt trần và cảm biến tắt máy khi cửa mở.",
    ),
    # --- LED lights on fishing boats ---
    (
        "qOo150",
        "vi",
        "baoquangngai",
        "Đèn LED cho tàu cá thay đèn cao áp, đèn huỳnh quang",
        "Thực tế ở Quảng Ngãi: tàu 850 CV chỉ dùng 21 bóng LED thay 40 bóng cao áp; chi phí đầu tư cao hơn khoảng 60% nhưng tiết "
        "kiệm 40-50% nhiên liệu, có tàu giảm 70% dầu chạy máy phát, sản lượng cao hơn 20-30%, đèn bền và chống nước tốt.",
    ),
    (
        "qOo151",
        "vi",
        "denledduhal",
        "Đèn LED chuyên dụng cho nghề lưới vây kết hợp ánh sáng",
        "Kết quả đề tài của Viện Hải dương học, Viện Hàn lâm KHCN Việt Nam và Công ty Rạng Đông: đèn LED thu hút cá tương đương đèn "
        "metal halide, sản lượng cao hơn 0,1-0,9 tấn/mẻ so với tàu đối chứng, tiết kiệm 33,7% nhiên liệu.",
    ),
    (
        "qOo152",
        "vi",
        "tepbac_ledtau",
        "Kỹ thuật lắp đặt và sử dụng đèn LED trên tàu lưới vây",
        "Hướng dẫn cho tàu từ 90 CV, dài từ 15 m: thay đèn cao áp 1.000 W theo tỷ lệ 1:1 (toàn bộ hoặc dần dần) hoặc trang bị mới "
        "30-50 đèn/tàu; quy trình khởi động máy phát, ổn định 220 V, đóng cầu dao và bật từng nhóm đèn gom cá.",
    ),
    (
        "qOo153",
        "vi",
        "nongnghiep",
        "Hệ thống đèn cao áp cho tàu câu cá ngừ đại dương",
        "Lắp 17 bóng cao áp 1.000 W không chóa quanh mạn và đuôi tàu, máy phát 35-60 kVA, ánh sáng tỏa bốn phía dụ mực và cá ngừ; "
        "phương án ngư dân Bình Định đang dùng vì thấy LED còn hạn chế.",
    ),
    (
        "qOo154",
        "vi",
        "ictnews",
        "Chuyển đổi đèn LED trên tàu cá xa bờ",
        "Trung tâm Phát triển Xanh phối hợp đối tác Nhật Bản đã lắp gần 2.000 đèn LED cho hơn 50 tàu cá ở Quảng Trị năm 2017; LED "
        "thay dần đèn halogen, thủy ngân vốn tốn dầu và hại môi trường.",
    ),
    # --- neighbouring fields ---
    (
        "qOo155",
        "vi",
        "thanhnien_solar",
        "Điện mặt trời áp mái cho hộ gia đình và doanh nghiệp",
        "Lắp hệ điện mặt trời áp mái tận dụng bức xạ 4-5 kWh/m2/ngày để cắt giảm hóa đơn điện, hướng tới Net Zero theo Quy hoạch "
        "điện VIII (mục tiêu khoảng 34% công suất điện mặt trời năm 2050).",
    ),
    (
        "qOo156",
        "vi",
        "maychasan",
        "Đầu tư bán điện mặt trời áp mái",
        "Phân tích lợi nhuận bán điện dư cho lưới: hệ 5 kWp tạo trung bình 20-25 kWh mỗi ngày; tính chi phí đầu tư, thời gian hoàn "
        "vốn và yếu tố kỹ thuật ảnh hưởng sản lượng.",
    ),
    (
        "qOo157",
        "vi",
        "solarspc",
        "Hệ thống điện mặt trời áp mái dân dụng hòa lưới, hybrid",
        "Trọn gói tấm pin Mono PERC, inverter, giám sát qua điện thoại; hệ hòa lưới 3 kWp khoảng 15-20 triệu đồng, hệ hybrid thêm "
        "pin lưu trữ 30-50 triệu cho 5 kWh; tiết kiệm 50-90% hóa đơn.",
    ),
    (
        "qOo158",
        "en",
        "ndpaas",
        "Solar-powered irrigation systems for farmers",
        "Solar panels, a pump and storage or distribution deliver water from rivers, lakes or boreholes without diesel or grid "
        "power; low maintenance and 20+ years of life.",
    ),
    (
        "qOo159",
        "en",
        "sherpabd",
        "Solar irrigation pumping replacing diesel pumps",
        "Since 2009 we install solar irrigation pumps in place of diesel-driven pumps, cutting fuel imports and carbon emissions "
        "while securing irrigation.",
    ),
    (
        "qOo160",
        "en",
        "farmindustrynews",
        "Large solar-powered irrigation pumps (up to 600 hp)",
        "Grid-tied solar pumping systems able to drive irrigation pumps and motors up to 600 hp, keeping the solar part running "
        "during grid brownouts in summer peaks.",
    ),
    (
        "qOo161",
        "vi",
        "thangmay",
        "Thang máy gia đình tiết kiệm điện",
        "Đơn vị lắp đặt thang máy gia đình giải thích công suất động cơ kéo và số điện tiêu thụ thực tế mỗi tháng, tư vấn chọn "
        "thang máy và công nghệ đi kèm tiết kiệm điện.",
    ),
    (
        "qOo162",
        "vi",
        "evn_tou",
        "Biểu giá bán điện theo thời gian sử dụng (ba giá)",
        "Điện lực áp dụng ba giá cho khách hàng sản xuất, kinh doanh có trạm biến áp từ 25 kVA hoặc dùng từ 2.000 kWh/tháng: cao "
        "điểm 9h30-11h30 và 17h-20h (thứ Hai đến thứ Bảy), thấp điểm 22h-4h mọi ngày.",
    ),
]
