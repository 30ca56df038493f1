"""Offers of the holdout105 set (construction and rural housing in the delta). See make_holdout105.py."""

OFFERS = [
    # --- unfired bricks, ash, compressed blocks ---
    (
        "mCo001",
        "en",
        "ctu_ubb",
        "Unfired building bricks from fly ash and rice husk ash (Can Tho University)",
        "Researchers at Can Tho University offer a mix-design method (densified mixture design algorithm) for unfired "
        "solid bricks 220x105x60 mm made mainly of class-F fly ash and residual rice husk ash, with only 5-10% cement as "
        "binder and unground husk ash replacing 10-20% of the aggregate. Pressed at 35 MPa, the bricks reached 13.8-19.7 MPa "
        "in compression, 2.3-3.3 MPa in bending and 9.7-14.8% water absorption, within TCVN 1451:1998. Technology transfer "
        "and trial batches for brickworks.",
    ),
    (
        "mCo002",
        "vi",
        "urha_fa",
        "Gạch không nung dùng tro trấu không nghiền và tro bay thay xi măng",
        "Nhóm nghiên cứu Đại học Hồng Đức và Khoa Phát triển Nông thôn (ĐH Cần Thơ) chuyển giao cấp phối gạch không nung: tro "
        "bay thay 15%, 30% hoặc 50% xi măng, tro trấu không nghiền thay 5%, 10% hoặc 15% đá mạt. Mẫu gạch đều đạt mác M15 theo "
        "TCVN 6477:2011; cấp phối 10% tro trấu + 50% tro bay có giá vật liệu thấp nhất, đổi lại độ hút nước tăng. Phù hợp cơ sở "
        "gạch gần nhà máy xay xát lúa.",
    ),
    (
        "mCo003",
        "en",
        "stdjet_fa",
        "Technical requirements and mixes for bricks made mostly of fly ash and slag",
        "A research group (VNU-HCM science and technology journal) offers brick mixes in which coal fly ash and bottom slag "
        "make up more than 80% of the raw materials, replacing crushed stone and part or all of the cement. Compressive and "
        "flexural strength and bulk density match or beat ordinary concrete and clay bricks. Because existing clay- or "
        "concrete-brick standards fit these products only approximately, the group also proposes specific technical "
        "requirements for acceptance testing of ash-slag bricks.",
    ),
    (
        "mCo004",
        "vi",
        "daiviet_daychuyen",
        "Dây chuyền sản xuất gạch không nung: máy trộn, máy ép, điều khiển",
        "Công ty cung cấp và tư vấn lắp đặt dây chuyền gạch không nung từ xi măng, cát, tro xỉ hoặc mạt đá, không qua nung: máy "
        "trộn, máy ép thủy lực hoặc rung với lực ép 50-600 tấn, băng tải nguyên liệu và thành phẩm, điều khiển từ thủ công đến "
        "tự động PLC/servo. Theo Bộ Xây dựng (2023) cả nước có 1.500-2.000 dây chuyền, công suất thiết kế 15-17 tỷ viên/năm nhưng "
        "chỉ tiêu thụ khoảng 3 tỷ viên, nên tư vấn kỹ về quy mô đầu tư.",
    ),
    (
        "mCo005",
        "en",
        "evn_dh_sell",
        "Fly ash and slag supply from Duyen Hai thermal power plants",
        "Duyen Hai Thermal Power Company (Duyen Hai 1 and 3, 2,490 MW in total) releases about 1.6 million tonnes of ash and "
        "slag a year and sells it to partner firms for building materials. In 2019 it placed nearly all the by-product of Duyen "
        "Hai 3 and about 70% of Duyen Hai 1 with eight partners; new buyers of fly ash and bottom slag for cement, concrete, "
        "unfired bricks and fill are invited to contract.",
    ),
    (
        "mCo006",
        "vi",
        "thanhnien_duyenhai_troxi",
        "Tro xỉ bãi chứa Trung tâm Điện lực Duyên Hải cho san lấp và xi măng",
        "Bãi chứa 50 ha của các nhà máy Nhiệt điện Duyên Hải 1, 2, 3 đang lưu khoảng 3,7 triệu tấn tro xỉ và tổ chức đấu thầu khai "
        "thác: trong 8 tháng đã có hơn 190.000 tấn được lấy đi với giá trúng thầu khoảng 23.000 đồng/tấn, chủ yếu làm vật liệu "
        "san lấp thay cát sông. Tro bay được cấp qua silo bằng khí nén cho xe bồn, hoặc qua đường ống ra cảng cho xà lan, tàu biển; "
        "doanh nghiệp xi măng, bê tông có thể đăng ký bao tiêu.",
    ),
    (
        "mCo007",
        "en",
        "vnnet_khangminh",
        "Hollow concrete block bricks from cement and stone grit",
        "Khang Minh Brick Company produces concrete block bricks on modern lines from 8-10% cement and stone grit, adhesive "
        "and water-resistant. A hollow block of about 1,400 kg/m3 reaches the compressive strength of over 75 kg/cm2 that "
        "needs 1,800 kg/m3 in solid fired clay brick, so walls are lighter for the same strength. Orders of tens of millions of "
        "bricks have been supplied to factories, dormitories and high-rise buildings; they are laid with ordinary "
        "cement-sand mortar.",
    ),
    (
        "mCo008",
        "vi",
        "strawberry_issb",
        "Gạch đất - xi măng tự chèn (interlocking) ép bằng máy tay hoặc máy dầu",
        "Giới thiệu công nghệ gạch đất ổn định bằng xi măng dạng tự chèn: đất tại chỗ trộn khoảng 10% xi măng, ép bằng máy tay "
        "hoặc máy chạy dầu/điện ở áp lực 20-40 kg/cm2, viên gạch mất khoảng 30% thể tích khi nén. Gạch bảo dưỡng 4 tuần rồi xây "
        "khan, không cần mạch vữa ở khoảng 70% kết cấu, xây nhanh gấp 3 lần gạch block và tiết kiệm tới 30% chi phí, thời gian. "
        "Có khảo sát đất trước khi sản xuất; hầu hết loại đất dùng được trừ đất sét đen trương nở.",
    ),
    (
        "mCo009",
        "en",
        "earthram_press",
        "Manual compressed earth block press with operating training",
        "Supplier of a lever-operated press for compressed earth blocks and tiles, with instructions for crews. The mould box "
        "is filled with prepared soil mix, skimmed, closed and compressed with a hard pull on the handle, then the block is "
        "ejected; measuring the same fill each time keeps blocks consistent. A three-person crew produces 250 to 400 blocks a "
        "day. Interlocking ram version available.",
    ),
    (
        "mCo010",
        "en",
        "tophigh_ceb",
        "Manual compressed earth block (CEB) machines for owner-builders",
        "Machinery firm selling hand-operated CEB machines: a steel chamber and lever or screw system compress damp soil mix "
        "at roughly 500 to 1,000 psi into dense, uniform blocks, without a kiln. The guide covers soil selection, "
        "stabilisation with cement or lime, curing, safety and limits of the method, aimed at community builders and small "
        "contractors who want to make walls from local soil.",
    ),
    (
        "mCo011",
        "vi",
        "hass_aac",
        "Gạch bê tông nhẹ AAC thay gạch đất nung",
        "Doanh nghiệp vật liệu xanh cung cấp gạch bê tông khí chưng áp (AAC) cho nhà ở và công trình, hưởng ứng Quyết định "
        "567/QĐ-TTg ngày 28/4/2010 về phát triển vật liệu không nung. Gạch AAC không dùng đất canh tác, không đốt than củi như gạch "
        "nung, nhẹ, cách nhiệt, thi công nhanh. Thị trường vật liệu xanh thế giới năm 2022 đạt 205 tỷ USD, dự kiến 755 tỷ USD năm "
        "2030.",
    ),
    # --- brick kilns ---
    (
        "mCo012",
        "vi",
        "fan_swiss",
        "Dự án gạch bền vững: chuyển lò thủ công sang công nghệ nung sạch hơn",
        "Dự án Sản xuất gạch bền vững Việt Nam (Cơ quan Phát triển và Hợp tác Thụy Sĩ SDC phối hợp địa phương) hỗ trợ chủ lò gạch "
        "thủ công chuyển sang sản xuất thân thiện môi trường. Lò kiểu cũ tiêu tốn tới 500 g than cho mỗi viên gạch, cả ngành dùng "
        "khoảng 2,2 triệu tấn than/năm và thải khí flo, lưu huỳnh làm hại hoa màu, gây tranh chấp với nông dân. Dự án tư vấn "
        "công nghệ lò, đào tạo thợ (75% lao động là nữ) và tìm nguồn vốn chuyển đổi.",
    ),
    (
        "mCo013",
        "vi",
        "thvl_mangthit",
        "Công nghệ nung mới cho cơ sở gạch gốm Mang Thít",
        "Mang Thít có nghề sản xuất gạch - gốm hàng trăm năm. Với sự hỗ trợ của các cấp, các ngành, nhiều cơ sở đã chuyển sang "
        "công nghệ nung mới, cho hiệu quả cao hơn lò truyền thống. Giới thiệu mô hình chuyển đổi và kinh nghiệm của các cơ sở đã "
        "áp dụng để các chủ lò khác tham khảo, liên kết.",
    ),
    (
        "mCo014",
        "vi",
        "scp_angiang",
        "Mô hình hỗ trợ 30% chi phí chuyển đổi lò gạch và cụm sản xuất tập trung",
        "Kinh nghiệm An Giang: tỉnh có 617 cơ sở với 1.557 miệng lò gạch ngói thủ công, nhiều lò xen trong khu dân cư, hơn 1.100 "
        "người mắc bệnh phổi, mắt. Tỉnh hỗ trợ 30% chi phí công nghệ mới, quy hoạch 3 cụm công nghiệp (Nhơn Mỹ 28 ha, Bình Mỹ 25 "
        "ha, Hòa Bình Thạnh 20 ha) để di dời, và đã có 46 lò chuyển sang công nghệ tiên tiến. Chia sẻ quy trình hỗ trợ cho địa "
        "phương khác.",
    ),
    (
        "mCo015",
        "en",
        "vietexplorer_red",
        "Mang Thit 'red kingdom' kiln heritage tours",
        "Vinh Long's 'Mang Thit Contemporary Heritage' project treats the baked-brick kiln area from Vinh Long city through "
        "Long Ho and Mang Thit (Nhon Phu and My Phuoc communes) as an open-air heritage of more than 100 years. Tour operators "
        "offer boat trips along Thay Cai canal, kiln visits and hands-on brick and pottery experiences for visitors.",
    ),
    (
        "mCo016",
        "en",
        "benTre_brick",
        "Traditional fired clay bricks from a Ben Tre kiln",
        "A private brick factory in Ben Tre with 15 workers sells fired clay bricks from kilns holding 8,000 to 12,000 bricks "
        "per firing, fuelled with rice husk and charcoal. Two products: 'gach the' solid bricks about 20 x 10 x 5 cm for "
        "foundations and 'gach ong' four-hole bricks for walls, in three quality grades, for houses, pavements and animal "
        "sheds.",
    ),
    (
        "mCo017",
        "en",
        "vnnews_kilns",
        "Air sampling around brick kilns for fluoride and other pollutants",
        "A provincial environment department runs air tests near traditional brick kilns: in Dong Thap's samples, "
        "hydrofluoric acid was the only regulated substance above limits, while nitrite, sulphur dioxide and carbon dioxide "
        "stayed below. Monitoring reports help authorities and residents (the province had about 510 traditional kilns) "
        "assess damage to fruit trees and health.",
    ),
    # --- AAC, panels, prefabricated houses ---
    (
        "mCo018",
        "vi",
        "ximang_aac",
        "Bê tông khí chưng áp AAC dạng block và tấm panel",
        "Hiệp hội và nhà sản xuất giới thiệu bê tông khí chưng áp (AAC): vật liệu siêu nhẹ chứa nhiều bọt khí nhỏ, dùng cho tường, "
        "sàn, mái, cách nhiệt, cách âm. Việt Nam sản xuất AAC từ cuối thập niên 2000, hiện có 12 nhà máy với tổng công suất thiết "
        "kế 1,95 triệu m3/năm (tương đương 1.365 triệu viên gạch quy chuẩn); nhà máy đầu tiên của Vinh Đức tại Bảo Lộc năm 2009 "
        "công suất 100 nghìn m3/năm. Ngoài block xây tường còn có tấm panel AAC.",
    ),
    (
        "mCo019",
        "en",
        "alc_aac_social",
        "AAC block walls for low-cost and social housing: cost comparison",
        "AAC block manufacturer presents figures for social housing: a finished 10 cm AAC wall costs about 343,000 VND/m2 "
        "against 501,153 VND/m2 for red brick, saving about 159,000 VND/m2 plus scaffolding for plastering; wall cost per m2 "
        "is 70-90% of perforated fired brick and construction about 30% faster. On one building the AAC walls weighed 14,978 "
        "tonnes less than brick. The largest plant produces 300,000 m3 a year.",
    ),
    (
        "mCo020",
        "vi",
        "gachthuanhoa",
        "Gạch AAC nhẹ, cách âm cách nhiệt, dễ cắt gọt",
        "Cửa hàng vật liệu cung cấp gạch bê tông khí chưng áp AAC làm từ xi măng, vôi, cát, thạch cao và bột nhôm, chưng áp trong "
        "lò. Gạch nhẹ hơn nhiều so với gạch truyền thống nên giảm tải trọng lên kết cấu và móng, dễ vận chuyển; cách âm, cách "
        "nhiệt, không cháy; dễ cắt, khoan, tạo hình nên rút ngắn thời gian thi công.",
    ),
    (
        "mCo021",
        "en",
        "eblock_aac",
        "E-Block autoclaved aerated concrete blocks",
        "E-Block produces AAC blocks from lime, sand, cement, water and a small amount of expansion agent, cured under heat "
        "and pressure. AAC, perfected in the 1920s by Swedish architect Johan Eriksson, makes up over 70% of wall materials in "
        "many countries; in Vietnam its use in civil and industrial works is growing and is encouraged by government "
        "regulations and circulars. Blocks supplied for walls of houses and factories.",
    ),
    (
        "mCo022",
        "en",
        "syreps_eps1",
        "EPS cement sandwich wall panels for fast house construction",
        "Panel maker offering prefabricated walls with an expanded polystyrene core fused between two high-density cement "
        "boards, about one third the weight of a concrete wall, with tongue-and-groove edges. A three-person crew installs "
        "about 40 m2 of wall a day against about 10 m2 for hollow blocks; insulation R-value 3.5-4.2 per inch, two-hour fire "
        "rating, faces ready to paint without plastering.",
    ),
    (
        "mCo023",
        "vi",
        "syreps_eps2",
        "Nhà lắp ghép bằng tấm panel EPS kẹp xi măng sợi",
        "Cung cấp tấm panel ba lớp: lõi EPS chống cháy kẹp giữa hai tấm xi măng sợi tỷ trọng cao dày 5-6 mm, ép keo kết cấu; tấm "
        "nhẹ chỉ khoảng 1/8 bê tông thường, cường độ nén trên 650 kPa, hệ số cách nhiệt R khoảng 3,8-4,2 mỗi m2. Nhà một tầng 150 m2 "
        "có thể che kín trong 5-7 ngày với tổ 4 thợ, so với 8-10 tuần xây block; tấm được cắt sẵn cửa và rãnh điện tại xưởng, nên "
        "phải chốt bản vẽ điện nước trước.",
    ),
    (
        "mCo024",
        "en",
        "evg_3d",
        "3D panel building system: welded-wire space frame with EPS core",
        "Technology supplier presents the EVG-3D panel: a three-dimensional welded wire space frame with a polystyrene "
        "insulation core, set in place and covered on both faces with shotcrete. The system is designed for fast erection by "
        "unskilled labourers, no cranes on site, good thermal and sound insulation and industrial prefabrication of panels, "
        "as an answer to the large demand for low-cost housing.",
    ),
    (
        "mCo025",
        "vi",
        "pm2_3d",
        "Hướng dẫn lắp dựng tấm 3D lõi polystyrene và phun vữa",
        "Hãng tấm 3D hướng dẫn thi công: lắp tấm từ góc nhà hoặc từ một bức tường rồi tiến dần, nối tấm bằng ghim và lưới thép, có "
        "thể lắp sẵn nhiều tấm liền nhau; căn thẳng đứng và chống giằng mỗi 3 m phía trong; khoét rãnh đường ống bằng khí nóng; "
        "đặt lưới gia cường rồi phun vữa (trộn sẵn hoặc trộn tại chỗ) hai mặt.",
    ),
    (
        "mCo026",
        "en",
        "vtn_shouse",
        "S House: prefabricated precast-concrete-frame house for about US$4,000",
        "Vo Trong Nghia Architects offer the S House 2 prototype for low-income families in the Mekong Delta, where soft "
        "ground subsidence and harsh weather damage houses. After a 2012 steel-frame version, the 2013 prototype uses a "
        "precast concrete frame and foundation built in Long An in 2014: light enough for a small foundation and to be carried "
        "by small boats, finished with locally sourced nipa palm leaves assembled by residents, within US$4,000 per house.",
    ),
    (
        "mCo027",
        "vi",
        "dezeen_lowcost",
        "Nhà giá rẻ khung thép nhẹ, vách polycarbonate và tre cho nền đất yếu",
        "Văn phòng kiến trúc Võ Trọng Nghĩa phát triển nhà ở giá rẻ dạng mô-đun cho người thu nhập thấp ĐBSCL, nơi nhiều gia đình "
        "sống trong nhà dưới 10 m2. Vì nhà gạch bê tông nặng nguy hiểm trên nền đất yếu, nhà dùng khung thép nhẹ, vách nhiều lớp "
        "polycarbonate gợn sóng và tre, dễ lắp; một phòng chia không gian bằng cao độ sàn hoặc rèm, giường gấp vào vách, có thể mở "
        "rộng; người dân góp công xây để giảm chi phí.",
    ),
    (
        "mCo028",
        "en",
        "essprefab_lgs",
        "Light gauge steel frame houses",
        "Prefab home manufacturer offering light gauge steel frames: pre-engineered and fabricated off site, they shorten "
        "on-site time, cut labour hours and weather delays and leave little waste. Steel resists fire, mould and pests and does "
        "not warp, rot or shrink like wood, so repairs are fewer; the upfront price is similar to or slightly above timber but "
        "whole-life cost is usually lower.",
    ),
    (
        "mCo029",
        "en",
        "ajwells_crs",
        "Cold-rolled light gauge steel housing resistant to storms and fire",
        "Builder of light-gauge cold-rolled steel (CRS) houses made in a controlled factory that can run 24 hours a day. "
        "Based on 2002 HUD/PATH/MHRA white papers and a CSIRO fire study, properly designed CRS houses withstand 150 mph "
        "winds, are highly fire resistant, and are cheaper and quicker to build than other methods; offered for "
        "hurricane-prone regions short of affordable housing.",
    ),
    (
        "mCo030",
        "en",
        "hud_steel",
        "Steel framing prototypes for US HUD-code manufactured homes",
        "Research report (December 2003, 84 pages) for the US Department of Housing and Urban Development: case studies "
        "with home manufacturers, including a Hawaii plant built for 100% steel construction, on making light-gauge steel "
        "framing competitive with wood for factory-built homes under the HUD code or the International Residential Code.",
    ),
    # --- concrete, cement substitutes, sand ---
    (
        "mCo031",
        "en",
        "ijcsm_rha",
        "Rice husk ash as a highly reactive pozzolan in fine-grained concrete",
        "Research team offers mix designs using rice husk ash (RHA), whose silica content is similar to silica fume, in high "
        "performance fine-grained (sand) concrete. Adding RHA significantly raised compressive and splitting tensile "
        "strength and resistance to chloride penetration; concrete with 10-15% RHA resisted chlorides as well as concrete "
        "with 10% silica fume. Useful where coarse aggregate is scarce and husk is local.",
    ),
    (
        "mCo032",
        "vi",
        "ibst_trotrau",
        "Tro trấu kết hợp phụ gia siêu dẻo cho vữa và bê tông chống thấm",
        "Viện Khoa học Công nghệ Xây dựng (IBST) chuyển giao kết quả dùng tro trấu cùng phụ gia siêu dẻo gốc naphthalene để chế "
        "tạo bê tông có tỷ lệ nước/xi măng 0,3-0,45 với lượng xi măng vừa phải. Đã khảo sát ảnh hưởng tới độ dẻo tiêu chuẩn, thời "
        "gian đông kết của hồ xi măng, sự phát triển cường độ của vữa và khả năng chống thấm nước của bê tông: phối hợp hai phụ gia "
        "nâng rõ chất lượng vữa và bê tông.",
    ),
    (
        "mCo033",
        "vi",
        "hcmcc_trotrau",
        "Thay 5-15% xi măng bằng tro trấu từ bếp đun gia đình",
        "Nghiên cứu (thư viện Trường Cao đẳng Xây dựng TP.HCM) về dùng tro trấu thu gom từ bếp đun hộ gia đình ở Quảng Nam thay lần "
        "lượt 5% và 15% xi măng Portland trong bê tông, theo dõi cường độ nén ở 7, 28 và 56 ngày. Để giữ độ lưu động mà không tăng "
        "nước cần thêm phụ gia hóa dẻo, lượng phụ gia tăng theo hàm lượng tro trấu. Tư vấn cấp phối cho cơ sở bê tông nông thôn.",
    ),
    (
        "mCo034",
        "vi",
        "dthu_bamia",
        "Tro bã mía thay một phần xi măng trong bê tông",
        "Nghiên cứu đăng trên Tạp chí Khoa học Đại học Đồng Tháp (2021): bã mía làm sạch, sấy khô, nung ở 750°C trong 3 giờ thành "
        "tro có SiO2 24,4%, K2O 36,18%, CaO 14,98%. Thay xi măng ở các tỷ lệ 0-13,5% đều làm tăng cường độ nén 28 ngày; tỷ lệ 4,5% "
        "cho cường độ cao nhất 74 N/mm2, gấp 3,5 lần mẫu đối chứng. Hướng tận dụng phế phẩm nhà máy đường.",
    ),
    (
        "mCo035",
        "vi",
        "baoxaydung_troxi",
        "Tro xỉ nhiệt điện đã xử lý làm phụ gia xi măng và bê tông đầm lăn",
        "Việt Nam đã làm chủ công nghệ xử lý tro xỉ nhiệt điện thành vật liệu thay thế. Tại thủy điện Sơn La (đập dài khoảng 1 km, "
        "cao 138 m), bê tông đầm lăn có tro bay Phả Lại giúp rút ngắn tiến độ khoảng 3 năm và làm lợi khoảng 1,5 tỷ USD; từ năm "
        "2012 các nhà máy VICEM dùng tro xỉ làm nguyên liệu sản xuất xi măng mà không giảm chất lượng, hạ giá thành. Tư vấn quy "
        "trình sử dụng tro bay cho doanh nghiệp bê tông.",
    ),
    (
        "mCo036",
        "vi",
        "daiviet_catbien",
        "Xử lý cát biển thành cát xây dựng đạt chuẩn",
        "Cát sông ngày càng khan hiếm; với hơn 3.260 km bờ biển, cát biển là nguồn thay thế nhưng chứa muối clorua gây ăn mòn cốt "
        "thép, tạp chất hữu cơ và hạt không đều nên chưa đạt TCVN 7570:2006. Doanh nghiệp giới thiệu quy trình rửa mặn, sàng phân "
        "loại, kiểm soát clorua để biến cát biển thành cát xây dựng đạt chuẩn, kèm các quy định pháp luật liên quan.",
    ),
    (
        "mCo037",
        "en",
        "hqgia_catbien",
        "Testing sea sand from Vietnamese coasts as fine aggregate for concrete",
        "Thuyloi University researchers characterise sea sand samples (physical and mechanical properties, chemical "
        "composition) to judge whether they can replace natural sand in cement concrete, with attention to chloride and "
        "sulfate attack. Context: national construction sand demand was about 92 million m3 in 2015 and forecast at 130 "
        "million m3 a year by 2020. Sampling and laboratory testing services.",
    ),
    (
        "mCo038",
        "vi",
        "catgiong_soctrang",
        "Bê tông dùng cát giồng địa phương và đá mi cho giao thông nông thôn",
        "Trường Đại học Giao thông vận tải TP.HCM nghiên cứu dùng cát giồng tại chỗ ở Sóc Trăng làm cốt liệu mịn cho bê tông đường "
        "giao thông nông thôn khi cát vàng khan hiếm. Đánh giá cường độ chịu nén, chịu uốn; cấp phối trộn cát giồng với đá mi 0x0,5 "
        "theo tỷ lệ hợp lý cải thiện đáng kể chất lượng bê tông và tiết kiệm chi phí cốt liệu mịn.",
    ),
    (
        "mCo039",
        "vi",
        "nut_bebien",
        "Giải pháp giảm nứt cho bê tông công trình ven biển",
        "Bài báo khoa học (Tạp chí Khoa học kỹ thuật Thủy lợi và Môi trường, số 42, 9/2013) phân tích nguyên nhân nứt bê tông và bê "
        "tông cốt thép ở công trình bảo vệ bờ biển: vết nứt mở đường cho ion clo, sunfat trong nước biển thấm sâu, đẩy nhanh ăn mòn "
        "cốt thép, giảm cường độ và tuổi thọ. Đề xuất biện pháp phòng ngừa nứt trong chọn vật liệu, thi công, bảo dưỡng.",
    ),
    (
        "mCo040",
        "vi",
        "hcmut_thucvat",
        "Bê tông cốt thực vật vỏ trấu, vôi và metacaolanh bảo dưỡng cacbonat hóa",
        "Đại học Bách khoa TP.HCM chế tạo bê tông cốt thực vật: vỏ trấu làm cốt liệu, chất kết dính là vôi tôi và metacaolanh, bảo "
        "dưỡng trong môi trường cacbonat hóa cưỡng bức với nồng độ CO2 4%. Sản phẩm là vật liệu nhẹ không chịu lực, tận dụng tính "
        "cách âm, cách nhiệt của phế phẩm nông nghiệp.",
    ),
]

OFFERS += [
    (
        "mCo041",
        "en",
        "saigontimes_sand",
        "Sand budget study of the Mekong Delta riverbeds",
        "A WWF Vietnam study estimates the sand volume in Mekong Delta riverbeds at 367 to 550 million m3, a volume needed "
        "for the delta's topographic stability, with extraction of 35-55 million m3 a year in 2017-2022 against natural "
        "replenishment of only 2-4 million m3. Eight expressway projects need about 53.69 million m3 while licensed reserves "
        "are 37 million m3. Findings offered to planners of sand mining policy.",
    ),
    (
        "mCo042",
        "vi",
        "phatminh_gaodua",
        "Ý tưởng xây tường bằng gáo dừa thay gạch nung",
        "Tác giả chia sẻ ý tưởng tận dụng gáo dừa tươi bỏ đi của xe bán nước dừa ở Sài Gòn và miền Tây: gáo dừa khô cứng, nhẹ, "
        "được gọt thống nhất (trên tròn, dưới trụ) nên dễ xếp chồng như viên gạch, cách âm cách nhiệt. Ý tưởng nhằm giảm khai thác "
        "đất sét và khí thải lò nung; đang tìm người cùng thu gom, thử nghiệm.",
    ),
    # --- treated wood, bamboo, coconut timber ---
    (
        "mCo043",
        "vi",
        "khds_nano",
        "Tẩm gỗ rừng trồng bằng dung dịch nano CuO và TiO2",
        "Công nghệ xử lý gỗ mọc nhanh bằng dung dịch nano lỏng CuO và TiO2 gồm 6 bước: xếp gỗ vào thùng theo lớp, đưa vào bồn tẩm, "
        "rút chân không, bơm dung dịch, tăng áp và giữ khoảng 120 phút, xả áp thu hồi dung dịch, rồi hong khô. Thử nghiệm với keo "
        "lai, bồ đề: gỗ chống côn trùng, nấm mục tốt, tính chất cơ lý được nâng cao, dùng được trong nhà và ngoài trời.",
    ),
    (
        "mCo044",
        "vi",
        "icd_caosu",
        "Tẩm áp lực chân không và sấy lò hơi gỗ cao su",
        "Xưởng gỗ ICD xử lý gỗ cao su bằng công nghệ tẩm áp lực chân không và sấy lò hơi. Gỗ cao su tươi chứa nhiều nước, đường, "
        "tinh bột nên bị nấm mốc xanh và mọt tấn công trong 24 giờ sau khi hạ cây; quy trình tẩm sấy đưa độ ẩm về dưới 12%, chống "
        "mối mọt, không cong vênh. Nhận gia công tẩm sấy theo đơn.",
    ),
    (
        "mCo045",
        "vi",
        "minhtiep_moi",
        "Xử lý gỗ chống mối mọt cho đồ nội thất",
        "Xưởng đồ gỗ Minh Tiệp giới thiệu các cách xử lý gỗ chống mối mọt ngay từ đầu cho đồ nội thất và chi tiết gỗ: ngâm gỗ trong "
        "nước vôi theo kinh nghiệm làng nghề, dùng hóa chất chống mối, sấy, sơn phủ. Mối ăn cellulose, đục rỗng gỗ, gây thiệt hại "
        "lớn nếu không xử lý.",
    ),
    (
        "mCo046",
        "en",
        "bambooliving",
        "Borate pressure-treated structural bamboo made in Vietnam",
        "Bamboo home builder treats its structural bamboo poles, woven strands, laminated boards and siding with natural "
        "borates (disodium octaborate tetrahydrate, DOT) in a large pressure tank at its factory in Vietnam, with third-party "
        "inspection. Borates have very low toxicity, dissolve fully in water and penetrate deeply; a warranty against "
        "termites is given.",
    ),
    (
        "mCo047",
        "en",
        "guadua_boron",
        "Simple boron soak treatment for round bamboo",
        "Bamboo specialists recommend the eco-friendly cure: boric acid and borax in a 1:1.5 ratio at 5% concentration, "
        "i.e. 2 kg boric acid and 3 kg borax in 100 litres of water. Perforate the diaphragms of round poles and submerge them "
        "for 4-5 days, or use vertical soak diffusion in tanks. Boron protects against fungi and insects but is not fixed and "
        "leaches out in rain, so the design must keep treated bamboo dry.",
    ),
    (
        "mCo048",
        "vi",
        "kfri_bamboo",
        "Đánh giá các phương pháp bảo quản tre làm vật liệu xây dựng",
        "Báo cáo nghiên cứu số 177 của Viện Nghiên cứu Lâm nghiệp Kerala (KFRI, 3/2000) tổng hợp và đánh giá các phương pháp tẩm "
        "bảo quản tre tươi và tre khô: ưu nhược điểm từng phương pháp, lựa chọn theo loại nguyên liệu (tươi hay khô, ống hay chẻ), "
        "mục đích dùng (trong nhà hay ngoài trời, tiếp đất hay không) và cơ sở vật chất sẵn có. Tre tự nhiên không bền, cần xử lý "
        "hóa chất khi dùng làm kết cấu.",
    ),
    (
        "mCo049",
        "vi",
        "goviet_ccf",
        "Ván sàn và đồ gỗ từ thân dừa phế liệu (dự án CCF)",
        "Nhóm dự án Sản xuất và thương mại gỗ Dừa CCF (Trường Đại học Lâm nghiệp), vào chung kết Cuộc thi Khởi nghiệp quốc gia 2020, "
        "dùng phần thân, phế liệu cây dừa để sản xuất ván sàn và các sản phẩm đồ gỗ. Việt Nam đứng thứ 7 trong 93 nước trồng dừa; "
        "dừa chịu mặn 5-6 phần nghìn và chịu ngập. Tìm vùng nguyên liệu và đối tác địa phương.",
    ),
    (
        "mCo050",
        "en",
        "rite_cocolumber",
        "Graded coconut lumber (cocolumber) for house framing",
        "Supplier of cocolumber in various sizes. High-density wood from the stem's perimeter is for load-bearing members "
        "(posts, trusses, joists, purlins, parquet), medium density for walls, studs, ceiling joists and frames; wood below "
        "400 kg/m3 should not be used for structural framing. Because of the stem diameter the usual boards are 25 mm by 50 mm, "
        "with glued lamination for larger sections; logs must be thoroughly treated before use in ground contact.",
    ),
    (
        "mCo051",
        "en",
        "kfri_coco",
        "Structural properties of wood from mature and senile coconut palms",
        "Kerala Forest Research Institute study: stem wood of coconut palms older than 35 years has high stiffness "
        "comparable to most construction timbers in Kerala, and the basal wood of senile palms equals jack and anjili in "
        "modulus of rupture. The 5-7 m butt log of mature and over-mature trees, healthy or wilt-diseased, can be used in "
        "construction. Results available for timber grading.",
    ),
    (
        "mCo052",
        "vi",
        "woodethic_coco",
        "Gỗ thân dừa sấy và xử lý bảo quản cho nhà ở",
        "Tư liệu kỹ thuật về chế biến gỗ thân dừa: hầu hết sản phẩm gỗ nguyên khối đều làm được từ gỗ dừa nếu sấy lò về độ ẩm cân "
        "bằng với môi trường (khoảng 8% cho phòng có sưởi). Gỗ dừa kém bền ngoài trời nên cần che chắn bằng thiết kế và xử lý hóa "
        "chất. Ở Zamboanga, Davao (Philippines) đã xây nhà giá rẻ lẫn nhà cao cấp, nhà nguyện bằng gỗ dừa, vách ngoài là ván dừa tẩm "
        "áp lực, sàn, cầu thang, khung cửa bằng gỗ dừa tỷ trọng cao.",
    ),
    (
        "mCo053",
        "vi",
        "visong_saydua",
        "Các phương pháp sấy khô gỗ dừa tăng độ bền",
        "Giới thiệu cách sấy khô gỗ thân dừa để dùng trong xây dựng và nội thất: làm vật liệu xây dựng ở vùng nhiệt đới, ván sàn, "
        "ván ép, ván lạng, ván ghép và đồ nội thất. Sấy đúng cách giúp gỗ bền, ít cong vênh và chống mục nát.",
    ),
    (
        "mCo054",
        "vi",
        "gokinhbac",
        "Gỗ dừa cho nội thất, đồ decor và thủ công mỹ nghệ",
        "Cửa hàng gỗ giới thiệu gỗ dừa: cây cao 10-20 m, tuổi đời khoảng 40 năm, thớ vàng nâu xoắn ốc, bền, ít biến màu, giá trị "
        "ngang gỗ bạch đàn, gỗ tràm. Nhận làm đồ nội thất, đồ trang trí, sản phẩm thủ công mỹ nghệ bằng gỗ dừa.",
    ),
    # --- flood-resilient houses ---
    (
        "mCo055",
        "vi",
        "sotay_nhaantoan",
        "Sổ tay Nhà an toàn: 9 mô hình nhà chống lũ có bản vẽ chi tiết",
        "Chương trình Nhà chống lũ phát hành Sổ tay Nhà an toàn (NXB Xây dựng, 2021) với bản vẽ chi tiết các mô hình: nhà kê nền "
        "thấp, kê nền cao, kê nền linh hoạt (KN01-KN03); nhà hai gác, nhà có chỗ trú cho gia súc, nhà ba gian và nhà ống có gác xép "
        "(GA01A-GA02B); nhà phao biệt lập và nhà phao gắn liền nhà xây (PH01-PH02), kèm quy trình thiết kế cùng người dân "
        "(co-design) và tiêu chí chọn hộ.",
    ),
    (
        "mCo056",
        "vi",
        "kienthuc_9",
        "9 kiểu nhà chống lũ giá từ 80 triệu đồng",
        "Dự án Nhà chống lũ giới thiệu 3 loại với 9 mô hình, giá từ 80 triệu đồng: nhà kê nền thấp có sàn kê trên cột cách đất tối "
        "thiểu 500 mm cho bùn nước chảy qua; nhà kê nền cao với sàn cao khoảng 3 m, tầng dưới dựng vách tạm để sinh hoạt hoặc nuôi "
        "gia súc; nhà kê nền linh hoạt có thể tách liên kết giữa khối nhà và móng để nâng nhà mà không phá kết cấu; nhà phao biệt "
        "lập khung thép sàn ván gỗ nổi trên thùng phuy sắt.",
    ),
    (
        "mCo057",
        "en",
        "baophapluat_ncl",
        "Three families of flood-proof houses: raised-floor, attic and floating",
        "Community housing fund (since 2013) builds safe houses for poor families in disaster areas in three types: houses "
        "on raised floors, houses with an attic above flood level, and floating houses. The float house has a light frame of "
        "wood or steel, metal roof and walls on plastic or steel drums; a float unit can also sit on the attic of a masonry "
        "house, sliding on four steel posts at the corners that also anchor it, up to 10 m above the ground floor.",
    ),
    (
        "mCo058",
        "en",
        "preventionweb_qb",
        "Storm- and flood-resilient house design (UNDP Viet Nam)",
        "UNDP's resilient house design for poor families: reinforced concrete foundation and frame, brick walls, a "
        "flood-proof floor 1.5 m above the maximum flood level with safety railing, durable doors and windows with "
        "fasteners and tight latches against driving rain, an indoor staircase, and tile or corrugated-iron roofs fixed with "
        "firm ties. Low cost and in line with local tradition; over 3,000 built in five central provinces.",
    ),
    (
        "mCo059",
        "en",
        "undp_gcf",
        "Resilient housing package with mezzanine for flood refuge",
        "GCF-UNDP coastal resilience project adds storm and flood resilient design features to 4,000 new houses on safe "
        "sites for 20,000 poor, highly exposed people in 100 communes. Simple designs use strong cement, reinforced roofing "
        "and a mezzanine level where residents can stay and store valuables during high floods; households choose designs, "
        "contribute and take charge of maintenance.",
    ),
    (
        "mCo060",
        "vi",
        "kdpt_nhaphao",
        "Nhà phao trên 20-30 thùng phuy nổi theo nước lũ",
        "Mô hình nhà phao ở xã Tân Hóa (Quảng Bình), phát triển từ năm 2014 qua chương trình Nhà chống lũ: nhà dựng trên khoảng 20-30 "
        "thùng phuy rỗng kết lại, nước lên tới đâu nhà nổi tới đó. Trong trận lũ làm ngập 706 nhà, có nơi sâu khoảng 8 m, người dân "
        "vẫn nấu ăn, sinh hoạt an toàn trên nhà phao. Hỗ trợ kỹ thuật nhân rộng mô hình.",
    ),
    (
        "mCo061",
        "en",
        "baomoi_huongkhe",
        "Self-built steel-frame float house on drums (35 m2)",
        "A farmer in Dien My commune (Huong Khe, Ha Tinh) shares the design of the float house his family has used through two "
        "flood seasons: 35 m2, 3 m high, resting on 4-6 or more large empty drums fixed at the four corners with iron or steel "
        "bars, inspired by fish-cage rafts. He first used wood and bamboo for floor and roof, then switched to an iron and "
        "steel frame for a permanent house.",
    ),
    (
        "mCo062",
        "en",
        "yanko_floatbamboo",
        "Floating Bamboo House for flood-prone riverside families",
        "H&P Architects' flood-resistant dwelling of about 36 m2 built from compressed woven bamboo sheets, bamboo stems and "
        "screens, leaves and corrugated iron, joined with latches and ties, floating on plastic drums under the floor. Two "
        "levels in a traditional triangular form, with fresh-water and septic tanks, rainwater collection and solar panels; "
        "the upper space can serve as a classroom or library.",
    ),
    (
        "mCo063",
        "en",
        "award_amphib",
        "Amphibious anti-flood house that floats off its foundation",
        "Design for an amphibious house on land that floats when water rises: the house is detached from its foundation and "
        "from the outdoor staircase, and used oil drums or barrels are added under the building. Two simple measures let the "
        "house rise with the flood; proposed for flood-prone areas.",
    ),
    (
        "mCo064",
        "en",
        "irec_foam",
        "Floating house on foam flooring held by guide rails",
        "University of Auckland engineering students propose, for Mekong Delta families who cannot relocate, a floating "
        "house on specialised foam flooring with holding rails that stop it drifting or moving. Construction is estimated at "
        "one month, cost-effective and durable, with new business opportunities in building the system.",
    ),
    (
        "mCo065",
        "vi",
        "jomc_stilt",
        "Giải pháp kiến trúc nhà sàn thích ứng lũ vùng đầu nguồn ĐBSCL",
        "Bài báo trên Tạp chí Vật liệu và Xây dựng (Bộ Xây dựng) đề xuất giải pháp kiến trúc cho nhà sàn vùng ngập lũ ĐBSCL: lũ thất "
        "thường buộc người dân nâng nền, điều chỉnh kết cấu, thêm không gian; tận dụng gầm sàn cho sinh hoạt, sản xuất; đúc kết kinh "
        "nghiệm dân gian để nâng chất lượng sống và thích ứng biến đổi khí hậu.",
    ),
    (
        "mCo066",
        "vi",
        "baonghean_choi",
        "Nhà chòi tránh lũ giá rẻ cho hộ nghèo vùng ngoài đê",
        "Mô hình nhà chòi tránh lũ ở xã Châu Nhân (Hưng Nguyên, Nghệ An): hộ nghèo được hỗ trợ 10 triệu đồng theo Quyết định 716, vay "
        "thêm 10 triệu đồng Ngân hàng Chính sách, tổng chi phí khoảng 60 triệu đồng (năm 2013). Chòi rộng khoảng 15 m2, sàn tầng hai "
        "cao khoảng 3 m so với sân, chứa lúa, đồ điện khi lũ về, gia đình không phải chạy lên đê.",
    ),
    (
        "mCo067",
        "en",
        "vntour_houses",
        "Mekong Delta stilt and floating house tours",
        "Travel company tours to the stilt houses on tall bamboo poles along the banks and floating villages on pontoons or "
        "empty oil drums, connected to shore by monkey bridges; visitors see fish traps under floating houses and "
        "corrugated-metal roofs that replaced thatch.",
    ),
    (
        "mCo068",
        "en",
        "colours_stilt",
        "Why Southeast Asian houses stand on stilts: travel Q&A",
        "Travel guide answering visitors' questions about stilt houses in Vietnam, Laos and Southeast Asia: raised above "
        "floodplains and mud, built of wood, bamboo, cane or rattan, with a room for drying rice and space underneath for "
        "livestock; pressure-treated wood or concrete stilts can be damaged by repeated water exposure.",
    ),
    # --- storm-resilient houses ---
    (
        "mCo069",
        "vi",
        "dw_hue",
        "Nhà an toàn chống bão lũ giá rẻ: xây mới 20-50 triệu, gia cố 9 triệu",
        "Tổ chức DW (mạng lưới JANI) thiết kế và xây nhà an toàn chống bão cho dân vùng bão: nhà 3 gian một tầng cao 3-3,3 m, mặt bằng "
        "chữ nhật, mái chính và mái hiên tách rời, độ dốc 60%; móng đá; tường gạch có thép chờ ôm chặt xà gồ, rui mè móc sắt vào xà "
        "gồ; hai đầu nóc đổ bê tông và các 'con lươn' bê tông lõi thép đè dọc mái chống lốc. Chi phí khoảng 20-50 triệu đồng xây mới, "
        "9 triệu đồng gia cố nhà cũ.",
    ),
    (
        "mCo070",
        "vi",
        "thinhphat_mai",
        "Dịch vụ gia cố mái nhà trước mùa bão",
        "Công ty xây dựng Thịnh Phát nhận gia cố mái: kiểm tra, thay ngói nứt, tôn rỉ; siết đinh vít và thêm vòng đệm cao su; dùng "
        "tôn dày từ 0,4 mm trở lên; thay mái fibro xi măng giòn bằng tôn lạnh hoặc ngói màu; củng cố khung kèo, xà gồ và hệ liên "
        "kết để mái không bị tốc, bay gây sập nhà.",
    ),
    (
        "mCo071",
        "en",
        "newengland_tiedown",
        "Hurricane roof tie-down systems for homes",
        "Metal roofing contractor installs roof tie-downs: hurricane straps and clips from rafters or trusses to the top "
        "plate, rafter ties, continuous tie-downs to the foundation in high-wind areas and roof-to-wall anchors at perimeters "
        "and corners, creating a continuous load path against uplift. Covers building-code requirements, inspection, "
        "retrofits and costs; tie-downs lower damage and insurance claims.",
    ),
    (
        "mCo072",
        "vi",
        "enviro_straps",
        "Hướng dẫn lắp đai chống bão cho mái nhà hiện hữu",
        "Hướng dẫn kỹ thuật gia cố nhà cũ bằng đai chống bão (hurricane straps, kẹp liên kết mái - tường): các nhà xây trước khi có "
        "quy chuẩn chặt chẽ thường chỉ dựa vào trọng lượng và đinh để giữ mái, không đủ trước gió mạnh. Đai kim loại nối trực tiếp "
        "kèo với khung tường, chống lực nâng mái, giảm hư hại dây chuyền và có thể giảm phí bảo hiểm; hướng dẫn từng bước lắp cho "
        "mái hiện có.",
    ),
    (
        "mCo073",
        "en",
        "fema_straps",
        "FEMA mitigation case: hurricane straps kept a roof on in a tornado",
        "FEMA best-practice case: in April 2014 a tornado hit Vilonia, Arkansas; a two-year-old, $90,000 house lost its siding "
        "and 90% of its shingles and suffered about $5,000 damage to its porch, yet the roof structure stayed intact thanks to "
        "hurricane straps bolted to each rafter and reinforced steel rods in the walls, installed by a builder experienced with "
        "straps and clips.",
    ),
    (
        "mCo074",
        "vi",
        "trust_danang",
        "Nhà chống bão cho hộ nghèo ven biển: tường dày hơn và gác tránh trú",
        "Mô hình nhà chống bão do Hội Liên hiệp Phụ nữ Đà Nẵng tham gia từ năm 2011: khi bão Nari đổ bộ tháng 10/2013 với gió tới 102 "
        "km/h, 245 căn nhà của dự án không hư hại, không phải sơ tán. Điểm khác biệt là bổ sung đơn giản: tường dày 16 cm thay vì 11 "
        "cm và có gác, để chịu bão lũ tốt hơn nhà giá rẻ thông thường. Chia sẻ bản vẽ và cách tổ chức hỗ trợ hộ do phụ nữ làm chủ.",
    ),
    (
        "mCo075",
        "vi",
        "vnnet_chongbao",
        "Nẹp sắt mái tôn và các cách chống tốc mái",
        "Tổng hợp kinh nghiệm chống tốc mái sau bão Yagi: dùng thanh sắt nẹp chặt mái tôn cả trên lẫn dưới, chi phí vài trăm nghìn "
        "đồng nhưng an toàn và bền hơn bao cát, túi nước dễ rơi vỡ; buộc khung mái xuống vật nặng như xe tải; xếp lốp xe xen túi nước "
        "trên mái rộng tới 500 m2; ghi tên, số điện thoại lên tấm tôn để tìm lại nếu bị cuốn.",
    ),
    (
        "mCo076",
        "vi",
        "batchethanhcong_mai",
        "Tôn lợp mái các loại: mạ kẽm, tôn màu, tôn cách nhiệt",
        "Cửa hàng vật liệu cung cấp tôn lợp: thép mạ kẽm, tôn sơn màu, tôn cách nhiệt, cùng khung kèo thép, xà gồ, vít bắn tôn, keo "
        "chống dột, gioăng cao su. Mái tôn bền, rẻ, nhẹ, lắp đặt nhanh cho nhà ở, nhà xưởng, kho bãi.",
    ),
    # --- house raising ---
    (
        "mCo077",
        "vi",
        "xulylun_thanden",
        "Thần đèn nâng nhà xử lý sụt lún, nhà thấp hơn mặt đường",
        "Đơn vị chuyên xử lý lún nghiêng nhận nâng toàn bộ ngôi nhà lên cao bằng hoặc hơn mặt đường, xử lý sụt lún nền móng do đất "
        "yếu, đất sét ẩm, thiết kế thi công sai, thay đổi mực nước ngầm hoặc quá tải. Khảo sát nguyên nhân, chọn phương án nâng nhà, "
        "gia cố móng phù hợp.",
    ),
    (
        "mCo078",
        "en",
        "vietbao_1000t",
        "Hydraulic lifting of a 1,000-tonne building by 1.2 m in three days",
        "House-lifting crew of 'than den' Nguyen Van Cu raised a one-ground-floor, three-storey 122 m2 building in District 6, "
        "Ho Chi Minh City, lower than the road and flooded even after two floor raisings, by 1.2 m: two hydraulic stations "
        "drove 15 jacks under 15 columns, lifting 10 cm per stroke, with steel packing and 22 auxiliary jacks after each step. "
        "About a month of preparation and three days of lifting restored a 3.8 m ground-floor height.",
    ),
    (
        "mCo079",
        "vi",
        "plo_400t",
        "Nâng nhà 400 tấn lên cao 1 m bằng kích thủy lực",
        "Nhóm thợ khoảng 10 người nâng ngôi nhà một trệt hai lầu nặng khoảng 400 tấn trên đường Tân Kỳ Tân Quý (Bình Tân, TP.HCM) "
        "lên cao 1 m bằng phương pháp kích thủy lực, sau khi mở rộng đường làm nền nhà thấp hơn mặt đường. Chủ nhà chọn nâng cả nhà "
        "thay vì chỉ nâng nền để giữ chiều cao tầng, trần, hệ thống điện và thoát nước, tránh ngập.",
    ),
    (
        "mCo080",
        "vi",
        "vaidecor_nangnen",
        "Cải tạo nâng nền nhà cũ bị ngập",
        "Công ty cải tạo nhà nhận nâng nền cho nhà có nền thấp hơn mặt đường, nước mưa tràn vào dù mưa không lớn, sàn ẩm, mùi mốc, "
        "đồ đạc hư hỏng. Tư vấn dấu hiệu cần nâng nền, các phương pháp phổ biến, quy trình chuẩn và lưu ý khi nâng nền.",
    ),
    (
        "mCo081",
        "en",
        "projecthope_raise",
        "House raising and lifting service",
        "Contractor explains and performs house raising: after assessment of the existing foundation and permits, "
        "utilities are disconnected and the ground around the house excavated; steel beams are slid under the house and "
        "lifted by a unified hydraulic jacking system, then the house is held on supports while a new, level foundation is "
        "built beneath. Used to prevent flood damage, fix waterlogged or sunken foundations, or add a floor below.",
    ),
    (
        "mCo082",
        "vi",
        "boulder_jacking",
        "Kích nâng và chống đỡ tạm khi sửa móng nhà lún",
        "Hướng dẫn nghề về kích nâng và chống đỡ tạm (shoring): nâng hoặc hạ nhà để sửa khung, thay móng hỏng hoặc cân lại nhà lún "
        "nhiều; hệ cột, dầm chống tạm giữ tải giữa các lần kích và phải tháo sớm. Công việc cần kỹ sư kết cấu chỉ định kích, cột, "
        "giằng; nhà thầu móng thường thuê đội chuyển nhà chuyên nghiệp có sẵn hàng nghìn khối kê gỗ, hàng chục kích thủy lực và cẩu "
        "dầm thép.",
    ),
    (
        "mCo083",
        "en",
        "engineerfix_lift",
        "Structural elevation of houses above flood level",
        "Engineering guide and service for lifting an entire house from its foundation: load calculation, custom supports "
        "and controlled mechanical equipment under licensed structural engineers. Elevating above the base flood elevation "
        "in flood hazard areas limits flood damage and can lower insurance premiums; lifting also gives access to replace "
        "settled or deteriorated foundations or add space and utilities above flood level.",
    ),
    (
        "mCo084",
        "vi",
        "xaydungthanglong_nghieng",
        "Xử lý nhà nghiêng, lún: kéo nắn bằng kích thủy lực, cọc khoan nhồi, bơm vữa",
        "Công ty Xây dựng Thăng Long nhận xử lý nhà nghiêng, lún: kéo nắn bằng kích thủy lực, gia cố nền móng bằng cọc khoan nhồi, "
        "bơm vữa xi măng áp lực cao. Nguyên nhân thường gặp: nền đất sét, đất pha cát, ao hồ san lấp; móng quá nông hoặc vật liệu "
        "kém. Khảo sát, báo giá theo từng phương án.",
    ),
    (
        "mCo085",
        "vi",
        "giathicong_ham",
        "Thi công nhà phố có tầng hầm",
        "Đơn vị tư vấn thiết kế, báo giá thi công nhà phố, biệt thự có tầng hầm hoặc bán hầm: tầng hầm nằm hoàn toàn dưới cốt vỉa hè, "
        "tầng bán hầm một phần dưới cốt; làm ram dốc xuống hầm để xe; chọn phương pháp và quy trình thi công tầng hầm tối ưu.",
    ),
]

OFFERS += [
    # --- foundations on soft soil ---
    (
        "mCo086",
        "vi",
        "cutram_mong",
        "Tư vấn móng cừ tràm: khi nào hiệu quả, nhà được mấy tầng",
        "Đơn vị cung cấp và thi công cừ tràm tư vấn: móng cừ tràm là biện pháp dân gian miền Nam để gia cố đất nền, giảm lún. Cừ bán "
        "ra thường dài không quá 5 m, móng nhà không tầng hầm đặt sâu không quá 2 m, nên chỉ khi lớp đất yếu dày không quá 6-6,5 m "
        "thì cừ tràm mới hiệu quả cao (khi đó 5-7 tầng vẫn đủ chịu lực); đất yếu dày hơn hoặc nhà 3-5 tầng trở lên cần tính bài toán "
        "kinh tế với phương án móng khác.",
    ),
    (
        "mCo087",
        "vi",
        "thicong_cutram",
        "Đóng cọc cừ tràm cho nhà dưới 4 tầng",
        "Nhận thi công đóng cừ tràm thủ công hoặc bằng máy cho công trình tải nhỏ, nhà dưới 4 tầng, nhà trong hẻm, nhà trên mạch "
        "nước ngầm. Cừ tràm chỉ nên đóng trong đất luôn ẩm ướt, ngập nước để không mục; khi đó tuổi thọ 60-70 năm, giá rẻ vì vật liệu "
        "sẵn có, giúp đất chặt hơn, giảm hệ số rỗng, tăng sức chịu tải.",
    ),
    (
        "mCo088",
        "en",
        "trungdoan_tre",
        "Bamboo and melaleuca piles to densify soft ground (not pile foundations)",
        "Pile-pressing contractor Trung Doan explains that bamboo piles (north and centre) and melaleuca 'cu tram' piles "
        "(south) do not form a pile foundation but compact weak, waterlogged soil so it carries more load; they last when "
        "kept wet. Recommended density is 16-25 piles per square metre; over-dense piling can backfire. The firm also presses "
        "concrete piles where a true pile foundation is needed.",
    ),
    (
        "mCo089",
        "vi",
        "cityahomes_epcoc",
        "Ép cọc bê tông cho nhà ở: ép tải, ép neo, robot",
        "Công ty xây dựng CityA Homes thi công ép cọc bê tông đúc sẵn xuống nền đất sâu để truyền tải trọng công trình, dùng máy neo, "
        "máy tải, bán tải hoặc robot. Ép tải cho công trình vừa và lớn có mặt bằng; ép neo cho công trình không có mặt bằng thi "
        "công; ép robot cho công trình lớn, mặt bằng rộng. Kèm thiết kế đài móng cọc (đài cứng, đài mềm).",
    ),
    (
        "mCo090",
        "en",
        "layered_piles",
        "Short reinforced concrete piles pushed by compact hydraulic rigs for narrow lots",
        "Notes from a Ho Chi Minh City builder: on former wetland areas almost all new townhouses and villas stand on short "
        "reinforced concrete piles shoved into the ground by relatively small hydraulic pile drivers that fit the typical "
        "four-metre-wide urban lots. After driving, the foundation is dug around the piles and the pile tops cut off at the "
        "base of the grade beams.",
    ),
    (
        "mCo091",
        "vi",
        "ingefco_cxmd",
        "Thi công cọc xi măng đất (trộn khô, trộn ướt)",
        "Đông Dương Holdings thi công cọc xi măng đất (cọc CDM): khoan phun trộn xi măng với đất tại chỗ để tăng sức chịu tải, giảm "
        "lún, gia cường mái dốc. Có công nghệ trộn khô và trộn ướt (đắt hơn nhưng chất lượng tốt hơn). Đã làm: nâng nền bãi cảng PTSC "
        "Vũng Tàu lên 35 và 50 T/m2, kè kênh Tân Hóa (Q.6), gia cố đê bao bảo vệ hoa màu ở An Giang và Đồng Tháp, tường vây tầng hầm.",
    ),
    (
        "mCo092",
        "vi",
        "cxmd_uudiem",
        "Cọc xi măng - đất cho nền đường, mố cầu, đê đập",
        "Giải pháp cọc xi măng - đất xử lý nền đất yếu cho giao thông, thủy lợi, dân dụng: gia cố nền đường, mố cầu dẫn, chống thấm "
        "đê đập, ổn định mái dốc, cô lập vùng mặn. Ưu điểm: sâu tới 40-50 m, dùng đất tại chỗ nên rẻ hơn cọc nhồi, thiết bị không quá "
        "đắt, ít ồn, không thải bentonite, có thể đo mô men xoắn cần khoan để kiểm tra địa chất. Hạn chế: chịu uốn, cắt kém, chất "
        "lượng phụ thuộc tay nghề và địa chất.",
    ),
    (
        "mCo093",
        "vi",
        "mtu_softground",
        "Tổng quan công nghệ xử lý nền đất yếu ĐBSCL (Đại học Xây dựng Miền Tây)",
        "Khoa Xây dựng, Trường Đại học Xây dựng Miền Tây (TS Đỗ Thị Mỹ Dung, TS Lâm Thanh Quang Khải, 2022) tổng hợp công nghệ xử lý "
        "nền đất yếu khu vực ĐBSCL, nơi lớp trầm tích mềm có độ ẩm cao, nhiều hữu cơ, công trình dễ mất ổn định, lún kéo dài. Mục tiêu "
        "xử lý: tăng sức chịu tải, giảm hệ số rỗng và tính nén lún, tăng mô đun biến dạng và sức chống cắt. Nhận tư vấn lựa chọn giải "
        "pháp.",
    ),
    (
        "mCo094",
        "vi",
        "pearson_helical",
        "Cọc xoắn ốc (helical) thép cho móng trên đất yếu, mực nước ngầm cao",
        "Nhà thầu khoan cọc giới thiệu cọc xoắn: ống thép có hàn các bản xoắn, được vặn xuống đất bằng mô tơ thủy lực gắn trên máy "
        "xúc mini hoặc máy xúc lật nhỏ, sâu 10-60 feet, bản xoắn trên cùng đặt sâu ít nhất 5 lần đường kính bản. Ít xáo trộn đất, "
        "dùng ngay không chờ bê tông đông cứng, hợp với nơi mực nước ngầm cao và sát công trình hiện hữu, có thể rút lên khi không "
        "dùng.",
    ),
    (
        "mCo095",
        "en",
        "coastal_helical",
        "Galvanised helical piles for new foundations and underpinning settled buildings",
        "Foundation contractor installs hot-dip galvanised helical (screw) piles, round or square shaft, with a seven-foot "
        "lead carrying one or more helical bearing plates and extensions driven deeper until capacity is reached. Used for "
        "new structures and to underpin existing structures that have settled, as an alternative to driven piles, "
        "micropiles and augercast piles; design to the engineer's specification and site soils.",
    ),
    (
        "mCo096",
        "vi",
        "minhbao_nghieng",
        "Xử lý nhà nghiêng, lún, nứt",
        "Đơn vị sửa chữa nhà Minh Bảo tư vấn xử lý nhà bị lún (chuyển vị thẳng đứng) và nghiêng (lún không đều): dấu hiệu là vết nứt "
        "dọc tường, trần, cột, sàn nứt chằng chịt, gạch bung. Quy phạm cho phép độ lún tối đa khoảng 8-30 cm tùy loại nhà; vượt mức "
        "phải xử lý sớm. Nguyên nhân chủ yếu từ nền đất yếu và kết cấu; khảo sát và đề xuất phương án gia cố.",
    ),
    (
        "mCo097",
        "en",
        "geomate_pvd",
        "Prefabricated vertical drains with preloading for road embankments on Mekong soft clay",
        "Geotechnical study from 53 boreholes in backswamp, sand-dune and mangrove-marsh landforms, where soft clay reaches "
        "25 m: typical highway embankments would settle 107-1,364 mm, above the 250 mm allowed five years after construction. "
        "PVDs 10-16 m long at 1 m spacing with preloading reach 87-92% consolidation in about 3 months, leaving 27-170 mm of "
        "settlement. Design support for road embankments.",
    ),
    (
        "mCo098",
        "vi",
        "khoancocnhoi_lun",
        "Khoan cọc nhồi và xử lý móng nhà bị lún",
        "Đơn vị khoan cọc nhồi hướng dẫn nhận biết móng nhà bị lún (lún đều hoặc lún lệch nguy hiểm hơn): vết nứt ở tường, sàn, trần "
        "chạy dọc góc cửa, góc tường, từ rạn chân chim tới nứt sâu lan rộng; cửa kẹt, sàn nghiêng. Phân tích nguyên nhân (nền đất "
        "yếu, thi công móng sai kỹ thuật) và đề xuất giải pháp khắc phục, trong đó có gia cố bằng cọc khoan nhồi.",
    ),
    (
        "mCo099",
        "vi",
        "lekieu_khoannhoi",
        "Công nghệ thi công cọc khoan nhồi và tường barrette cho nhà cao tầng",
        "Giáo trình của GS.TS Lê Kiều về thi công cọc khoan nhồi và tường barrette cho nhà cao tầng: tải trọng tập trung rất lớn ở chân "
        "cột, nhà cao tầng nhạy cảm với lún lệch, xây chen trong khu đông dân; quy trình khoan, dung dịch giữ thành, đổ bê tông, kiểm "
        "tra chất lượng.",
    ),
    (
        "mCo100",
        "en",
        "suntap_screw",
        "Earth screw foundations for solar mounting structures",
        "Solar EPC explains helical posts and earth screws for photovoltaic arrays: a 4-7 ft metal screw is turned into the "
        "soil and its head carries the module structure. Pilot holes allow installation in rocky soil and even bedrock at "
        "higher cost; in softer soils no pilot hole is needed but embedment must be deeper.",
    ),
    (
        "mCo101",
        "en",
        "deltares_subs",
        "Delta-wide 3D groundwater and land subsidence model",
        "Deltares built in 2016 the first 3D groundwater model computing land subsidence for the whole Mekong Delta, based "
        "on 25 years of geological, geotechnical and groundwater-level data and calibrated with satellite data. The delta "
        "sinks 1-4 cm a year, mainly from groundwater extraction; the model is being extended to forecasts and an extensometer "
        "installed to measure compaction at depth.",
    ),
    # --- small contractors' tools and machinery ---
    (
        "mCo102",
        "vi",
        "engfix_mixer",
        "Cho thuê máy trộn bê tông cho công trình nhỏ",
        "Dịch vụ cho thuê máy trộn bê tông theo ngày cho nhà thầu nhỏ và hộ gia đình, không phải mua, bảo dưỡng, cất giữ. Máy trộn "
        "điện 3,5 feet khối (khoảng 100 lít) đủ cho việc nhỏ, trộn khoảng 80 kg, 1-2 bao vữa bê tông mỗi mẻ; việc lớn như đổ sàn dùng "
        "máy kéo theo 6-9 feet khối, chứa 4-6 bao 36 kg. Có loại chạy điện (êm, dùng gần ổ điện) và chạy xăng (cơ động, lực kéo lớn).",
    ),
    (
        "mCo103",
        "en",
        "compactequip_rent",
        "Rental of mini excavators, skid steers with breakers and concrete tools",
        "Equipment rental for concrete contractors: mini excavators, whose rental demand has jumped because they work in tight "
        "spaces between houses, and skid steer loaders with interchangeable hydraulic breakers, often rented together to "
        "break and clear old concrete on tight deadlines. Also power trowels and vibrators; rental avoids the cost of owning "
        "and maintaining machines.",
    ),
    (
        "mCo104",
        "vi",
        "cpm_horizontal",
        "Máy làm ống cống bê tông kiểu treo con lăn (ly tâm nằm ngang)",
        "Nhà sản xuất máy cung cấp máy làm ống cống bê tông treo con lăn: khuôn thép quay nhanh, bê tông bán khô văng ép vào thành khuôn "
        "và được con lăn nén chặt. Mỗi máy làm 3-4 cỡ ống: đường kính 300-500 mm dài 2-2,5 m dùng mô tơ 10 kW; 600-1.000 mm dài 2,5-3 m, "
        "30 kW; 1.200-1.500 mm, 60 kW; tới 2.200-2.400 mm, 120 kW. Tỷ lệ đường kính con lăn/ống 1:4-1:5; cung cấp thông số quay và "
        "thời gian nạp bê tông cho từng cỡ.",
    ),
    (
        "mCo105",
        "en",
        "cpm_knowledge",
        "Choosing concrete pipe machines: centrifugal, roller suspension, vibration, radial press",
        "Pipe machine manufacturer guides plant owners through the essential equipment: centrifugal machines (wet concrete, "
        "more cement, being abandoned), roller suspension machines (simple, easy to maintain, common in Asia but each mould is "
        "tied up at least 8 hours, so many moulds are needed), vibration, vertical and radial press machines for automated "
        "plants.",
    ),
    (
        "mCo106",
        "en",
        "countbricks_miami",
        "Concrete mixer rental rate bands in Miami (2026)",
        "Cost database publishes 2026 planning rates for mixer hire in Miami: small electric mixers $45-85/day, $140-260/week; "
        "6 cu ft towables $85-145/day; 9 cu ft tow-behinds $105-220/day, with vendor quotes from national rental chains and "
        "notes on delivery, damage waivers and cleaning charges.",
    ),
    (
        "mCo107",
        "en",
        "cc_brokk",
        "Remote-controlled demolition machines for road and bridge repair",
        "Manufacturer offers short-term rental of remote-controlled demolition machines for specialty road and bridge jobs: "
        "breaking concrete in confined spaces under bridges, near edges or in narrow lanes beside live traffic, where a mini "
        "excavator is too big or unsafe; renting for a week or two avoids buying equipment for one job.",
    ),
    (
        "mCo108",
        "en",
        "rermag",
        "Business model of concrete equipment rental companies",
        "Trade magazine interviews with rental companies specialised in concrete equipment: US ready-mix volume is $25-27 "
        "billion a year and forming, placing and finishing $150-200 billion; firms such as an 18-year-old family business in "
        "Des Moines grow by cross-selling materials, supplies and other rentals to concrete contractors.",
    ),
    (
        "mCo109",
        "en",
        "apollo_pipe",
        "History and market outlook of concrete pipe making machines",
        "Machinery blog on the history of concrete pipes, from Roman concrete and an 1842 sewer in Mohawk, New York, to the "
        "1896 Monier reinforcement patent and over 300,000 km of reinforced concrete pipe laid in Australia and New Zealand, "
        "and on rising demand for pipe-making machines in developing countries.",
    ),
    # --- rural roads ---
    (
        "mCo110",
        "en",
        "adb_soilstab",
        "Surface-stabilised soil paving for low-cost farm roads",
        "ADB-supported study evaluates soil-stabiliser paving for rural roads in Southeast Asia, with a test on farm roads in "
        "Bera, Pahang (Malaysia): the surface layer is removed, stabiliser spread and mixed with the ground, compacted and "
        "watered, then checked by plate bearing tests. Concrete farm roads on soft roadbeds last only one or two years, while "
        "stabilised soil offers a cheaper all-weather road built with local builders.",
    ),
    (
        "mCo111",
        "en",
        "seacap1",
        "Low-volume rural road pavement trials in Vietnam (SEACAP 1 and 4)",
        "DFID and World Bank research with the Government of Vietnam trialled, in 2005-2007, sub-base, base and surfacing "
        "options on low-volume roads across Vietnam: bitumen emulsion chip and sand seals, unreinforced, steel-reinforced and "
        "bamboo-reinforced concrete slabs, concrete and fired clay bricks, cobble and dressed stone, and lime, cement and "
        "emulsion stabilisation, against hot bitumen and unsealed controls. Performance, cost and construction data for "
        "choosing local-material pavements.",
    ),
    (
        "mCo112",
        "vi",
        "dfid_rrst",
        "Phương án mặt đường nông thôn chi phí thấp cho doanh nghiệp nhỏ",
        "Kết quả nghiên cứu DFID và Ngân hàng Thế giới tại Việt Nam: đường cấp phối sỏi đất rẻ khi làm nhưng gánh nặng duy tu lớn, "
        "ít khi giữ được. Có nhiều phương án mặt đường đã kiểm chứng, chi phí thấp, hợp cho doanh nghiệp vừa và nhỏ thi công và bảo "
        "trì: vốn đầu tư ít, thi công dùng nhiều lao động, vật liệu và thiết bị đơn giản tại địa phương, chi phí vòng đời có thể "
        "thấp hơn mặt sỏi; đã đưa vào Tiêu chuẩn đường giao thông nông thôn Việt Nam.",
    ),
    (
        "mCo113",
        "en",
        "trl_manual",
        "Manual for labour-based construction of bituminous surfacings on low-volume roads",
        "TRL manual (2003, DFID project R7470 'Appropriate surfacings for low-volume roads') giving step-by-step methods for "
        "small contractors and community crews to build bituminous seals with hand tools and simple equipment: materials, "
        "binder application, chippings, quality control and maintenance, so that rural roads become passable year-round.",
    ),
    (
        "mCo114",
        "vi",
        "ilo_hongve",
        "Láng nhựa đường lưu lượng thấp bằng phương pháp thủ công và đào tạo nhà thầu",
        "Kinh nghiệm của chương trình Gundo Lashu (tỉnh Limpopo, Nam Phi, từ 2001) do chuyên gia ILO chia sẻ: đường cấp phối sỏi bị "
        "lượn sóng, bong bật, bụi và cạn nguồn sỏi, trong khi phân tích chi phí vòng đời của CSIR cho thấy đường láng nhựa tiêu chuẩn "
        "thấp thường rẻ hơn. Hợp đồng được điều chỉnh để làm lớp móng và láng nhựa bằng thi công thủ công, các nhà thầu được đào tạo "
        "kỹ thuật và kiểm soát chất lượng.",
    ),
    (
        "mCo115",
        "en",
        "alliance_geogrid",
        "Geogrids for unpaved roads, access roads and working platforms",
        "Geosynthetics supplier: on weak subgrades, tyre loads cause rutting or bearing failure; geogrids let larger aggregate "
        "particles interlock in their apertures, stiffening the base and spreading load, so the required aggregate base "
        "thickness can be cut by 50-60%, saving cost and time on access roads, piling platforms and semi-permanent or permanent "
        "unpaved roads.",
    ),
    (
        "mCo116",
        "vi",
        "strata_geocell",
        "Ô ngăn hình mạng HDPE (geocell) cho đường trên nền yếu ven biển",
        "Nhà cung cấp geocell giới thiệu hệ ô ngăn tổ ong bằng HDPE cho công trình ven biển có nền bão hòa nước, yếu: thay cho đầm nén "
        "thêm đất, làm cống thoát hoặc gia cố vôi, xi măng vốn tốn thời gian, nhân công, chi phí. Vật liệu chèn trong ô bị giam giữ, "
        "làm việc như tấm đệm cứng phân bố tải, tăng sức chịu tải và mô đun nền.",
    ),
    (
        "mCo117",
        "en",
        "frontiers_geocell",
        "Design method for geocell-stabilised bases of unpaved roads over weak subgrade",
        "University of Kansas and Stratum Logics researchers offer a simplified design method, calibrated on large-scale "
        "cyclic plate loading and moving-wheel tests, for geocell-stabilised granular bases over weak subgrade, using "
        "subgrade and base CBR, number of passes to 50-75 mm rutting, geocell height and base thickness; about 80% of the "
        "world's roads are unpaved, mostly low-volume.",
    ),
    (
        "mCo118",
        "vi",
        "tdb_trobay_bazan",
        "Gia cố đất bằng phụ gia tro bay làm móng đường",
        "Luận văn thạc sĩ kỹ thuật (TP.HCM, 2014) nghiên cứu gia cố đất bazan bằng tro bay làm móng đường ô tô cho Tây Nguyên: thí "
        "nghiệm giới hạn chảy, dẻo, dung trọng khô lớn nhất, độ ẩm tốt nhất, cường độ nén, ép chẻ, mô đun đàn hồi, hàm lượng muối của "
        "hỗn hợp đất - tro bay. Phương pháp áp dụng được cho đất địa phương khác có nguồn tro bay.",
    ),
    (
        "mCo119",
        "vi",
        "lvbach_tiengiang",
        "Kết cấu áo đường hợp lý cho vùng đất yếu sông nước (Tiền Giang)",
        "TS Lê Văn Bách, Trường Đại học Giao thông Vận tải cơ sở 2: Tiền Giang có mạng lưới sông ngòi chằng chịt, đường phải làm sát "
        "sông rạch trên địa chất yếu nên nền đắp lún nhiều, kéo dài, mặt đường hay hư hỏng. Nghiên cứu đề xuất kết cấu áo đường hợp "
        "lý để giảm chi phí duy tu, sửa chữa và định hướng đầu tư các dự án đường sau này.",
    ),
    (
        "mCo120",
        "en",
        "vnexp_seasand",
        "Pilot: road foundation built from sea sand",
        "My Thuan Project Management Board (Ministry of Transport) piloted sea sand in place of river sand on road DT 978 in "
        "Bac Lieu: a 300 m section of a nearly 1 km road, built March-September with about 5,000 m3 of sea sand dredged off "
        "Tra Vinh, the rest with river sand for comparison. No abnormal quality signs under construction trucks, and "
        "monitoring found no rise in salinity in nearby water, soil or shrimp ponds.",
    ),
    (
        "mCo121",
        "vi",
        "sggp_seasand2",
        "Quy trình dùng cát biển đắp nền đường an toàn môi trường",
        "Ban quản lý dự án Cần Thơ chấp thuận dùng 2 triệu m3 cát biển cho dự án thành phần 4 cao tốc Châu Đốc - Cần Thơ - Sóc Trăng, "
        "theo tiêu chuẩn kỹ thuật của Bộ Xây dựng về cát biển đắp nền đường; cát biển đã dùng thành công ở cao tốc Cần Thơ - Cà Mau. "
        "Điều kiện: chỉ dùng cho lớp phía trên bấc thấm, cát qua bơm, trung chuyển, rửa mặn và phải chở tới công trường bằng xe tải, "
        "không bơm thẳng, để tránh rò mặn vào ruộng và ao nuôi.",
    ),
    (
        "mCo122",
        "vi",
        "dainam_betongtrau",
        "Bê tông cốt trấu cho mặt đường giao thông nông thôn",
        "Nghiên cứu khả năng chịu lực của bê tông cốt trấu dùng làm kết cấu mặt đường nông thôn: vỏ trấu có ưu thế lớn về nguồn "
        "nguyên liệu và giá thành, nên dùng làm vật liệu mặt đường nông thôn mang lại hiệu quả cao, tiết kiệm chi phí xây dựng.",
    ),
    (
        "mCo123",
        "vi",
        "tuoitre_trau_duong",
        "Làm đường nông thôn từ phế phẩm trấu và xơ dừa",
        "Đề tài của sinh viên Mai Chí Tình, Đại học Cần Thơ (2014): nghiên cứu tận dụng tro trấu, xơ dừa - phế phẩm nông nghiệp sẵn có "
        "ở miền Tây - trong xây dựng các tuyến đường giao thông nông thôn. Tìm địa phương thử nghiệm đoạn đường mẫu.",
    ),
    (
        "mCo124",
        "vi",
        "baomoi_campha",
        "Đất đá thải mỏ than Cẩm Phả làm móng mặt đường ô tô",
        "Nhóm GS.TS Phạm Huy Khang (ĐH Giao thông vận tải) khảo sát, thí nghiệm chỉ tiêu cơ lý vật liệu đất đá thải tại bãi thải Đông "
        "Cao Sơn (Cẩm Phả, Quảng Ninh) từ khai thác than lộ thiên và đề xuất khả năng dùng làm móng, mặt đường ô tô.",
    ),
    (
        "mCo125",
        "vi",
        "banmem_hcmut",
        "Mặt đường bán mềm: vữa tự chèn trong bê tông nhựa rỗng",
        "Luận văn thạc sĩ Đại học Bách khoa TP.HCM (2019) đánh giá chất lượng mặt đường bán mềm dùng vữa tự chèn kết hợp bê tông nhựa "
        "có độ rỗng dư cao, cho các vị trí mặt đường chịu tải nặng, dễ hằn lún.",
    ),
]

OFFERS += [
    # --- small bridges ---
    (
        "mCo126",
        "en",
        "sssba_intro",
        "Short span steel bridges with prefabricated elements",
        "The Short Span Steel Bridge Alliance (manufacturers, fabricators and public bodies) promotes steel bridges for spans "
        "up to 140 feet that can be built quickly by local crews, often from prefabricated elements for simpler installation "
        "and cost savings, with modular technology for substructure, superstructure and deck, in line with the FHWA "
        "'Highways for LIFE' aim of fast, long-lasting construction.",
    ),
    (
        "mCo127",
        "vi",
        "usbridge_myth",
        "Cầu thép nhịp ngắn tiền chế mô-đun là công trình vĩnh cửu",
        "Nhà sản xuất cầu thép giải thích: cầu thép nhịp ngắn mô-đun tiền chế từng bị coi là tạm, nhưng đã đáp ứng các tiêu chuẩn "
        "bền vững AASHTO, ASTM, AWS nên được coi là công trình vĩnh cửu; mọi mối hàn làm trong xưởng trong điều kiện kiểm soát, lắp "
        "ráp nhanh tại hiện trường. Thép có chất lượng đồng đều, gần 93% thép được tái chế từ phế liệu.",
    ),
    (
        "mCo128",
        "en",
        "baileysol_prefab",
        "Modular steel bridges: factory prefabrication and on-site assembly",
        "Bailey-type bridge maker describes its modular steel bridges: standard-size components (truss panels, transoms, "
        "chords, bracing, steel or concrete decks) fabricated, tested and partly assembled in the factory, transported and "
        "bolted or pinned together on site, for emergency crossings, rural transport links and long-term infrastructure, with "
        "easy replacement of parts.",
    ),
    (
        "mCo129",
        "vi",
        "jh_bailey",
        "Cầu thép mô-đun thi công nhanh cho hạ tầng",
        "Nhà sản xuất cầu thép mô-đun (kiểu Bailey) cung cấp cấu kiện tiêu chuẩn chế tạo và thử tại nhà máy: trong khi làm mố, trụ, "
        "móng tại công trường thì nhà máy song song chế tạo dầm, giàn; tại hiện trường chỉ còn chuẩn bị móng và lắp ghép cơ khí, ít "
        "phụ thuộc thời tiết và thợ lành nghề, rút ngắn đáng kể tổng tiến độ so với cầu bê tông đổ tại chỗ.",
    ),
    (
        "mCo130",
        "en",
        "sssba_res",
        "eSPAN140: free preliminary design tool for short span steel bridges",
        "Free web tool eSPAN140 from the Short Span Steel Bridge Alliance: enter span length, width and number of lanes and "
        "receive customised preliminary short-span steel bridge designs and the names of suppliers and fabricators in under "
        "five minutes; more than 10,000 designs generated since 2012. Companion tools cover steel beam design (eBEAM140), "
        "buried soil structures and contractor guidance.",
    ),
    (
        "mCo131",
        "vi",
        "recmgmt_bridge",
        "Cầu đi bộ, cầu nhẹ tiền chế giao tới công trình",
        "Tư vấn chọn cầu tiền chế cho đường mòn, lối đi: nhịp quyết định loại cầu - cầu dầm thẳng nhịp 30 feet (khoảng 9 m) giá khoảng "
        "10.000 USD; nhịp 50-200 feet dùng cầu giàn; dài hơn thì cầu treo. Nhiều hãng chế tạo sẵn và giao tới, chỉ cần neo vào móng; "
        "bề rộng tiêu chuẩn 10 feet, cầu đi bộ hẹp tới 6 feet; có thể dùng thép chịu thời tiết không cần sơn.",
    ),
    (
        "mCo132",
        "en",
        "ashden_b2p",
        "Community-built footbridges to standard designs (Bridges to Prosperity)",
        "Bridges to Prosperity builds suspended and suspension footbridges with local volunteers and labourers guided by "
        "volunteer engineers, using local materials for foundations and deck and repurposed steel for structure, and trains "
        "a community group to maintain each bridge. 203 bridges in 20 countries carry 65,000 return trips a day to schools, "
        "clinics and markets.",
    ),
    (
        "mCo133",
        "en",
        "usfs_trailbridge",
        "Siting single-span trail bridges under 50 feet for longevity",
        "USDA Forest Service technology guide on locating new or rebuilt single-span trail bridges shorter than 50 feet: "
        "preliminary engineering, hydraulics and hydrology, stream classification, alignment and geomorphic checks so the "
        "bridge survives major floods; includes a design folder template and examples such as a fibre-reinforced polymer "
        "trail bridge.",
    ),
    (
        "mCo134",
        "en",
        "thanhnien_cmdcp",
        "Cable-stayed bridges replacing Mekong ferries (CMDCP)",
        "Australian-funded Central Mekong Delta Connectivity Project (AUD160 million over five years from 2012 for design and "
        "supervision): two high cable-stayed bridges about 5 km long in total over the Tien River in Dong Thap and the Hau "
        "River in An Giang, with 25 km of connecting roads, replacing ferries for five million people.",
    ),
    # --- culverts ---
    (
        "mCo135",
        "en",
        "concast_box",
        "Precast concrete box and U-shaped culverts",
        "Precast firm supplies rectangular or square box culverts, usually cast and delivered in 2 m long sections joined on "
        "site to form underpasses and drains under roads and embankments, designed for vertical and horizontal earth and "
        "traffic loads, in sizes up to 3.6 m high and 6 m long; U-shaped units with removable lids, headwalls and wing walls "
        "also cast.",
    ),
    (
        "mCo136",
        "vi",
        "lehigh_box",
        "Cống hộp bê tông đúc sẵn giảm cốp pha, bơm nước, thời gian đóng đường",
        "Nhà sản xuất cấu kiện bê tông cung cấp cống hộp đúc sẵn dùng làm cống thoát nước ngang đường ở nơi hạn chế chiều cao, có thể "
        "đặt ngang hoặc đứng. So với đổ tại chỗ, cống hộp đúc sẵn giảm hoặc bỏ được cốp pha, bơm hút nước hố móng, phân luồng giao "
        "thông và thời gian bảo dưỡng; thiết kế theo độ sâu đắp và tải xe; có đoạn cong, chạc ba, hố ga; dùng được làm cầu nhỏ.",
    ),
    (
        "mCo137",
        "vi",
        "mqb_conghop",
        "Cống hộp và cống tròn bê tông đúc sẵn (MQB)",
        "Bê tông MQB cung cấp cống hộp và cống tròn, tư vấn khi nào phải dùng cống hộp: mưa cực đoan 250-500 mm/24 giờ và triều cường "
        "làm cống tròn lộ hạn chế về lưu lượng, dễ bồi lắng, chịu triều kém; cống hộp tiết diện rộng, chịu lực cao cho tuyến chính, "
        "lưu lượng lớn, cửa xả ven biển; cống tròn hợp tuyến nhánh, mặt bằng nhỏ. So sánh chi phí, tuổi thọ, hiệu quả vòng đời.",
    ),
    (
        "mCo138",
        "en",
        "karachi_hume",
        "Spun (hume) concrete pipes for drains and culverts",
        "Block and pipe producer makes hume pipes by the centrifugal method: cylindrical steel moulds of set dimensions on "
        "mechanically revolved platforms or flywheels spin at controlled speed, compressing the concrete, with or without "
        "steel reinforcement cages, against the mould until it forms a pipe of the required wall thickness.",
    ),
    (
        "mCo139",
        "en",
        "prn_box",
        "Precast box culverts for water flow management under roads",
        "Precast concrete expert explains why box culverts suit streams, seasonal runoff and storm events better than small "
        "round pipes: rectangular sections carry larger flows, factory curing gives consistent strength, units install "
        "quickly to shorten road closures, and they resist traffic, soil and water forces and erosion with little "
        "maintenance.",
    ),
    # --- riverbank protection near houses ---
    (
        "mCo140",
        "vi",
        "kemem_baosinhthai",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông, bờ biển",
        "Khoa Xây dựng Trường Đại học Mỏ - Địa chất và Công ty TNHH Phát triển kỹ thuật VLXD Đại Viễn (TP.HCM) ứng dụng kè mềm bằng bao "
        "sinh thái để chống sạt lở bờ sông, bờ biển, bờ hồ ở ĐBSCL - nơi kênh rạch chằng chịt và nhiều giải pháp cứng chưa bền vững "
        "hoặc không khả thi. Đã có dự án ứng dụng thành công, hiệu quả kinh tế - xã hội.",
    ),
    (
        "mCo141",
        "en",
        "vjol_geobag_tg",
        "Eco geotextile sand bags for riverbank protection: Tien Giang pilot",
        "Thuyloi University researchers offer a soft riverbank protection using geotextile sand bags (geobags), applied in a "
        "pilot project in Tien Giang province: low cost, environmentally friendly and easy to repair or upgrade, compared with "
        "conventional concrete or rock revetments that are costly and hard to modify.",
    ),
    (
        "mCo142",
        "en",
        "igs_geocontainer",
        "Geotextile sand containers for eroding Mekong riverbanks",
        "Geosynthetics engineers present a Mekong Delta trial of riverbank protection with geotextile sand-filled containers: "
        "a 50 m section on a river bend, with a civilian access road right beside it needing urgent remedial work, was built to "
        "test the soft-engineering solution under critical local conditions; design and construction details available.",
    ),
    (
        "mCo143",
        "vi",
        "dkvn_kerod",
        "Kè rọ đá chống xói lở bờ sông (công trình An Hóa, Bình Đại, Bến Tre)",
        "Địa kỹ thuật Hưng Phú cung cấp và thi công kè rọ đá: rọ lưới thép mạ kẽm hoặc bọc nhựa PVC dạng mắt lục giác, xếp đá hộc, phân "
        "tán lực sóng, chống xói lở bờ sông, kênh rạch, kè biển; mắt lưới P6, P8, P10 theo yêu cầu. Dự án tiêu biểu: kè rọ đá chống xói "
        "mòn sông An Hóa, huyện Bình Đại, tỉnh Bến Tre.",
    ),
    (
        "mCo144",
        "en",
        "mythuan_piles",
        "Submerged concrete pile groynes to stop bank erosion (My Thuan, 10 years on)",
        "Erosion-control approach funded by AusAID in 2001 over 2 km of bank near the My Thuan bridge (Vinh Long): 12 lines "
        "of submerged concrete piles reaching about 100 m from the bank, spaced after physical modelling at the Vietnamese "
        "Institute of Water Resources Research to cut velocity below scour thresholds. The bank, which had migrated 6-35 m a "
        "year, was stable in 2013, with less visual and environmental impact than concrete revetments.",
    ),
    (
        "mCo145",
        "vi",
        "saevfors_bamboo",
        "Rọ tre chứa đá và neo tre gia cố bờ sông, trồng cỏ vetiver",
        "Giải pháp giảm nhẹ xói lở bằng vật liệu địa phương: rọ tre làm bằng cách chẻ thân tre để nguyên hai đầu rồi ép dọc thành giỏ "
        "hình suốt chỉ, buộc nan giằng bằng dây thép, khoét cửa đổ đá rồi buộc lại; neo giữ bằng thanh thép và móng neo tre đóng vào "
        "lỗ khoan ngang bờ. Tre nên xử lý borax và dầu nhớt thải; lâu dài phải trồng cỏ rễ sâu như vetiver và cộng đồng bảo trì định "
        "kỳ.",
    ),
    (
        "mCo146",
        "vi",
        "dhaka_bamboo",
        "Bó tre (bandal) giảm xói lở bờ sông nhỏ chi phí thấp",
        "Viện Nghiên cứu Sông ngòi Bangladesh (RRI) áp dụng kết cấu tre và công trình sinh học chống xói lở bờ sông ở sông nhỏ, chảy "
        "chậm: 100 m kết cấu tre chỉ tốn khoảng 4 lakh taka so với 40 crore taka cho 100 m kè mỏ hàn, kè lát thông thường; dùng vật "
        "liệu và nhân lực tại chỗ, còn giúp bồi đất và cải thiện luồng lạch.",
    ),
    (
        "mCo147",
        "vi",
        "siia_fascine",
        "Thảm cành cây (fascine) chống xói lở bờ sông bằng vật liệu tại chỗ",
        "Kinh nghiệm Lào (thử nghiệm từ 2004): thảm 'soda' bằng bó cành cây và đá, kỹ thuật phát triển ở Nhật Bản cuối thế kỷ 19 - đầu "
        "thế kỷ 20, hợp lòng sông cát, có thể kết hợp đá cuội, bền khoảng 10 năm. Chi phí khoảng 1.300 USD/m2 so với 2.000 USD nếu dùng "
        "vật liệu thông thường, tiết kiệm 700 USD; dùng nhân lực địa phương.",
    ),
    (
        "mCo148",
        "vi",
        "vietnhat_betongtuoi",
        "Bê tông tươi cho công trình kè cửa sông, cửa hồ",
        "Công ty Bê tông Việt Nhật Vĩnh Phúc cung cấp và đổ bê tông tươi thương phẩm cho công trình kè bê tông, cửa hồ, cửa sông bị xói "
        "lở do mưa bão, thay đổi dòng chảy.",
    ),
    # --- additional material and structure offers ---
    (
        "mCo149",
        "en",
        "liteweight_aac",
        "AAC lightweight blocks from a Bangladesh producer",
        "Lightweight concrete company produces AAC blocks from sand, cement, lime, gypsum, water and aluminium powder, which "
        "releases hydrogen so the mix rises, then cures them in high-pressure steam autoclaves. Blocks are used for walls, "
        "floors, roofs and partitions, lighter and more energy-efficient than concrete or clay bricks.",
    ),
    (
        "mCo150",
        "en",
        "philja_coco",
        "Coconut timber (cocolumber) grades and building uses",
        "Coconut timber from plantation palms is a hardwood substitute with three density grades: dark high-density wood for "
        "pillars, trusses, rafters, floors, decking and joists; medium density for walls, ceiling joists and studs; light "
        "low-density wood for panelling, trim and ceilings. Used for trusses, purlins, walls, doors, window frames and "
        "jalousies; senile trunks are promoted as a source of veneer and wood products.",
    ),
    (
        "mCo151",
        "en",
        "knowledgepoint_coco",
        "Using coconut palm trunks and fronds in shelter construction",
        "Shelter practitioners' advice: coconut palms are milled for timber after about 60 years when their economic life "
        "ends, and only the bottom third to half of the stem is structurally usable; large quantities were used after the "
        "tsunami in Sri Lanka for rafters, beams and frames, though beneficiaries did not prefer it. Dried woven fronds "
        "(cadjan) serve for walls and roofs, with vector-risk restrictions in some towns.",
    ),
    (
        "mCo152",
        "vi",
        "nongtraidua",
        "Giống dừa và kỹ thuật trồng dừa ở Việt Nam",
        "Trang nông trại dừa giới thiệu cây dừa: cao hơn 30 m, 30-40 tàu lá dài khoảng 5 m, nhiệt độ lý tưởng 20-34°C, mưa 1.000-4.000 "
        "mm/năm, pH đất trên 6; các giống dừa ta, dừa nâu, dừa sáp trồng nhiều ở Trà Vinh, dừa lùn; tư vấn giống và chăm sóc vườn dừa.",
    ),
    (
        "mCo153",
        "en",
        "visualfoodie",
        "DIY checklist for renting a concrete mixer",
        "Home-improvement blogger's checklist for first-time renters of a concrete mixer for a backyard patio: check the power "
        "source and outlets, drum size to avoid many small batches, delivery and return conditions, and plan the pour so "
        "concrete does not set before placement.",
    ),
    (
        "mCo154",
        "en",
        "piahs_consol",
        "Consolidation settlement characteristics of Mekong Delta sediments",
        "Research paper (PIAHS, 2020) on sedimentary environments and consolidation of late Pleistocene-Holocene deposits in "
        "the Mekong Delta and Ho Chi Minh City: Holocene sediments cover about 96% of the delta; consolidation properties vary "
        "by facies and cause large, uneven settlement and land subsidence, aggravated by land filling and sea-level rise.",
    ),
    (
        "mCo155",
        "en",
        "globalspec_modular",
        "Modular and prefabricated bridges: overview for specifiers",
        "Engineering reference on modular and prefabricated bridges, partly built off site and transported for erection: "
        "adaptable to many span lengths, relatively inexpensive and quick to install; sections have mating components raised "
        "and secured by ironworkers, a practice descended from military pontoon bridging.",
    ),
    (
        "mCo156",
        "en",
        "bactham_roda",
        "Gabions for coastal and bank erosion protection",
        "Geotechnical firm Hung Phu designs and supplies gabions, box or cylindrical units of steel wire mesh filled with "
        "natural stone, for sea walls and bank protection against erosion: flexible, permeable structures that absorb wave "
        "energy and protect coastal works, with guidance on structure and installation.",
    ),
    (
        "mCo157",
        "en",
        "cc_wwsp",
        "Welded wire sandwich panel houses finished with shotcrete",
        "Shotcrete house builder uses welded wire sandwich panels (WWSP), developed in the 1960s: a polyurethane or "
        "polystyrene core between two layers of welded wire fabric, about 4 x 8 ft, joined on site and covered with at least "
        "1.5 inches of shotcrete per side. A 1,920 ft2 three-bedroom house with basement was estimated at $129,000; walls "
        "resist heat, sound, vermin and intruders.",
    ),
    (
        "mCo158",
        "vi",
        "khangminhstone",
        "Đá lát sàn thạch anh và tư vấn khi nền nhà bị lún",
        "Cửa hàng đá ốp lát Khang Minh giới thiệu các mẫu đá lát sàn thạch anh, gạch đá ốp sàn đẹp, kèm bài tư vấn dấu hiệu nền nhà "
        "bị lún (nứt dọc tường, cột, cửa cong vênh, sàn dốc, lõm) và nguyên nhân do tính sai kết cấu, thi công khác bản vẽ.",
    ),
    (
        "mCo159",
        "en",
        "housepointer_aac",
        "AAC blocks: uses and limitations for house building",
        "Building guide on AAC blocks (cement, sand, gypsum, lime, water): factory-made, now also by small plants, the lightest "
        "bricks on the market, cheaper than red bricks, in many sizes, smooth enough to paint without plaster, no curing, "
        "laid with special joint glue. Drawbacks: weaker than red bricks or cement blocks and easily broken, and poorly "
        "closed joints cause problems.",
    ),
    (
        "mCo160",
        "vi",
        "baomoi_nenlun",
        "Tư vấn khắc phục nền nhà lún do lớp cát đệm đầu cừ tràm",
        "Bài tư vấn nguyên nhân nền nhà lún và cách khắc phục: tính sai kết cấu hoặc thi công móng lệch bản vẽ, cột, tường, ban công "
        "lún nhiều nhất; nhiều nhà đóng cừ tràm rồi phủ lớp cát dày 10-20 cm, dưới áp lực móng cát lún xuống bùn, tạo dòng chảy khi "
        "nước ngầm lớn, hoặc cát đệm không đều gây lún lệch. Hướng dẫn sửa chữa hoặc làm lại nền.",
    ),
    (
        "mCo161",
        "en",
        "trendnex_1696",
        "Decision 1696/QD-TTg on processing ash, slag and gypsum",
        "Regulatory news: the Prime Minister's Decision 1696 requires coal-fired power plants and chemical fertiliser plants "
        "to install standard processing equipment so ash, slag and gypsum meet technical regulations as raw materials for "
        "building materials, in operation before 2020, to form a market for processed ash and cut landfill.",
    ),
    (
        "mCo162",
        "vi",
        "tuvandogo",
        "Gỗ táu cho nội thất: khả năng kháng mối mọt",
        "Trang tư vấn đồ gỗ giới thiệu gỗ táu (nhóm II, 'tứ thiết mộc' cùng đinh, lim, sến) cho bàn ghế, đồ nội thất sang trọng: khả "
        "năng kháng mối mọt tự nhiên, các yếu tố ảnh hưởng và cách bảo quản đồ gỗ táu bền đẹp.",
    ),
    (
        "mCo163",
        "en",
        "humlib_stilt",
        "Adapting traditional stilt houses to floods (Bangladesh guidance)",
        "Humanitarian library resource on adapting traditional housing design to natural hazards: stilt houses for the "
        "flood-prone delta areas of Bangladesh, where floods and cyclones damage thousands of houses each year and damage "
        "depends on design, materials and household means.",
    ),
]
