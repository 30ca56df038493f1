"""Offers for holdout174 (rooftop and farm solar power): (id, language, source key, title, description)."""

OFFERS = [
    # rooftop solar for homes, shops and small factories
    (
        "oTo001",
        "vi",
        "spc_home",
        "Trọn gói điện mặt trời áp mái cho hộ gia đình: hòa lưới, hybrid, độc lập",
        "Chúng tôi thiết kế và lắp hệ điện mặt trời trên mái nhà ở với tấm pin Mono PERC, inverter chuỗi hoặc micro "
        "inverter, khung đỡ và phần mềm theo dõi sản lượng qua điện thoại. Hệ hòa lưới 3 kWp không cần ắc quy, giá "
        "khoảng 15–20 triệu đồng; hệ hybrid thêm bộ pin 5 kWh (cộng thêm 30–50 triệu) để vẫn có điện khi lưới mất. "
        "Hóa đơn điện thường giảm 50–90%, tấm pin dùng 25–30 năm, bảo hành 10–12 năm.",
    ),
    (
        "oTo002",
        "en",
        "gv_home",
        "Design of self-consumption home rooftop systems under Decree 135/2024",
        "Our energy engineers size rooftop systems for households and small businesses that produce and use their own "
        "power. We lay out ~500 Wp modules (about 2 m by 1 m each), pick the inverter and fit a load-following meter "
        "that stops power flowing back to the grid. For sites below 100 kWp we prepare the notice to the Department "
        "of Industry and Trade, the power company and the local construction and fire authorities. For coastal houses "
        "and livestock farms we specify corrosion-resistant panels.",
    ),
    (
        "oTo003",
        "en",
        "dg_factory",
        "Self-consumption rooftop solar for factories: sizing, zero-export and compliance",
        "We help manufacturers move from buying all their power to generating it on their own roofs under the PDP8 "
        "self-consumption model. Systems are sized to the plant's peak load with no capacity cap, use the existing "
        "grid connection and include a Zero Export Device so no surplus leaves the site. We check the licence "
        "exemption for systems under 1 MWp and explain why surplus sales are worth little today.",
    ),
    (
        "oTo004",
        "vi",
        "inpos_faq",
        "Lắp pin trên mái tôn nhà xưởng không khoan lỗ mới, có tính lại kết cấu",
        "Đơn vị thi công điện mặt trời áp mái cho nhà xưởng: với mái tôn bắt vít, chúng tôi thay vít cũ bằng vít inox "
        "304 đúng lỗ có sẵn và xử lý chống thấm lại; với mái tôn kẹp (seam-lock, clip-lock) dùng kẹp nhôm, không bắt "
        "vít. Mỗi tấm pin kèm phụ kiện nặng khoảng 28 kg trên 2 m², tức 14 kg/m², chia đều lên xà gồ; kết cấu thép được "
        "kiểm toán lại theo TCVN trước khi thi công. Mái còn được che nắng nên bền hơn.",
    ),
    (
        "oTo005",
        "vi",
        "etek_payback",
        "Phân tích thời gian hoàn vốn hệ điện mặt trời trước khi đầu tư",
        "Chúng tôi lập bảng tính hoàn vốn cho hộ gia đình và doanh nghiệp: tổng vốn (tấm pin, biến tần, khung, dây, tủ "
        "điện, thi công, thủ tục đấu nối) chia cho lợi ích tài chính hằng năm. Ví dụ hệ hòa lưới 5 kWp với suất đầu tư "
        "trọn gói 15 triệu đồng/kWp có vốn 75 triệu đồng; lợi ích tính từ sản lượng thực tế, giá điện bậc thang và tỷ "
        "lệ tự dùng, để khách hàng biết năm nào hệ thống bắt đầu sinh lời.",
    ),
    (
        "oTo006",
        "vi",
        "daicat_ongrid",
        "Thi công hệ điện mặt trời hòa lưới (on-grid) cho nhà ở, cửa hàng, văn phòng",
        "Công ty nhận khảo sát, thiết kế và lắp đặt hệ hòa lưới: tấm pin thu bức xạ tạo điện một chiều, inverter "
        "chuyển sang điện xoay chiều và hòa chung với lưới điện lực để cấp cho thiết bị. Gói gồm tấm pin, inverter, tủ "
        "đóng cắt và bảo vệ, hệ theo dõi sản lượng và vật tư phụ, bàn giao và hướng dẫn vận hành.",
    ),
    (
        "oTo007",
        "en",
        "intech_epc",
        "EPC contractor for rooftop, ground-mounted, hybrid and floating solar",
        "We are an EPC contractor with thousands of solar projects delivered nationwide. For households we turn the "
        "roof into a power source that cuts the bill; for businesses we build grid-tied rooftop plants, grid-tied "
        "systems with storage for priority loads during outages, ground-mounted arrays and floating plants, and we "
        "also co-invest with partners.",
    ),
    (
        "oTo008",
        "en",
        "issolar_inverter",
        "Choosing string inverters or microinverters for a home roof",
        "Our guide and design service compares the two main residential inverter types. String inverters join panels "
        "in series to one central unit: fewer parts, simpler wiring and lower upfront cost on larger unshaded roofs. "
        "Microinverters sit behind each panel, keep shaded panels from dragging down the rest, add safety and "
        "panel-level monitoring, at a higher price. We recommend one or the other from your roof, goals and budget.",
    ),
    (
        "oTo009",
        "en",
        "tuambia_shade",
        "Shade analysis and module-level electronics for partly shaded roofs",
        "Two chimney shadows or one nearby tree can quietly cut a year's solar output by 10–30%. We model shading on "
        "your roof and explain panel mismatch in string systems, where the weakest panel limits the whole chain, and "
        "when module-level power electronics such as microinverters recover that energy, as NREL work indicates.",
    ),
    (
        "oTo010",
        "vi",
        "phuminhphat_huong",
        "Khảo sát hướng đặt tấm pin và bóng che trước khi lắp",
        "Việt Nam ở bán cầu Bắc, gần xích đạo, nên hướng Nam là hướng lắp tốt nhất để tấm pin hứng nắng cả ngày. "
        "Chúng tôi khảo sát mái, cây, cột điện, mái nhà bên cạnh gây bóng che và đề xuất hướng, góc nghiêng phù hợp; "
        "lắp lệch hướng hoặc bị che có thể hao hụt 20–30% điện so với lắp đúng.",
    ),
    (
        "oTo011",
        "vi",
        "solarspc_align",
        "Chẩn đoán và căn chỉnh lại hướng, góc nghiêng, khoảng cách dãy pin",
        "Sau thời gian vận hành, gió bão hay thi công sai có thể làm tấm pin lệch hướng, khung cong vênh, góc nghiêng "
        "không đúng, khiến sản lượng giảm 10–30%. Kỹ thuật viên dùng la bàn số, máy đo độ nghiêng và phần mềm quỹ đạo "
        "mặt trời để kiểm tra; chỉnh góc (khoảng 10–15° cho mùa nắng), xử lý nước đọng do góc quá thấp và giãn khoảng "
        "cách giữa các dãy bằng 1,5–2 lần chiều cao tấm để tránh bóng che sáng sớm, chiều tối.",
    ),
    (
        "oTo012",
        "vi",
        "solarspc_factory",
        "Điện mặt trời cấp điện cho dây chuyền sản xuất của nhà máy",
        "Giải pháp cho doanh nghiệp có tiền điện chiếm 20–50% chi phí vận hành: tận dụng mái nhà xưởng và đất trống để "
        "lắp pin, hòa lưới hoặc kết hợp pin lưu trữ để không gián đoạn sản xuất khi cúp điện, giảm 30–70% hóa đơn. Ví "
        "dụ một nhà máy bia tiết kiệm 40% điện nhờ 3,4 MWp áp mái. Giúp đáp ứng yêu cầu giảm phát thải của khách hàng "
        "EU, Mỹ.",
    ),
    (
        "oTo013",
        "vi",
        "dienxanh_offgrid",
        "Hệ điện mặt trời độc lập cho hộ dân ở xa lưới điện",
        "Với những hộ ở rải rác, xa lưới quốc gia, nơi kéo đường dây không hiệu quả vì mỗi hộ chỉ dùng 30.000–50.000 "
        "đồng tiền điện mỗi tháng, chúng tôi cung cấp hệ điện mặt trời quy mô nhỏ tự vận hành: đủ thắp sáng, sinh hoạt "
        "và có thể chạy bơm tưới, quạt làm mát.",
    ),
    (
        "oTo014",
        "vi",
        "focussolar",
        "Đánh giá tiềm năng nắng và thiết kế hệ điện mặt trời theo vùng",
        "Miền Nam có khoảng 2.200–2.500 giờ nắng mỗi năm, cao hơn miền Bắc (1.600–2.000 giờ), bức xạ mạnh nhất từ "
        "tháng 4 đến tháng 10. Chúng tôi dựa trên số liệu bức xạ theo tháng của từng địa phương để ước tính sản lượng "
        "và thiết kế hệ điện mặt trời phù hợp cho nhà ở, doanh nghiệp.",
    ),
    (
        "oTo015",
        "vi",
        "diensach_tilt",
        "Bảng góc nghiêng tối ưu theo tháng cho pin mặt trời",
        "Buổi trưa mặt trời ở phía Nam nên tấm pin cần quay về hướng Nam với góc nghiêng hợp lý. Chúng tôi cung cấp "
        "bảng góc nghiêng theo từng tháng cho Hà Nội và TP.HCM, hướng dẫn chọn góc cố định cả năm hoặc khung chỉnh "
        "được theo mùa để lấy nhiều điện nhất.",
    ),
    (
        "oTo016",
        "vi",
        "virtuesolar",
        "Tư vấn chọn micro inverter hay inverter chuỗi khi mái bị che bóng",
        "Micro inverter gắn sau từng tấm nên bóng che hay bụi trên một tấm không kéo các tấm khác xuống, có báo cáo "
        "từng tấm và bảo hành dài, nhưng giá cao và nhiều điểm có thể hỏng. Inverter chuỗi (thường 1–2 bộ cho một nhà) "
        "rẻ, bền, hiệu suất cao nhưng cả chuỗi bị ảnh hưởng khi một phần bị che. Chúng tôi so sánh báo giá giúp khách "
        "hàng chọn đúng.",
    ),
    (
        "oTo017",
        "en",
        "trungnam_plant",
        "EPC of utility-scale ground solar farms with farming below",
        "A power group that builds large ground-mounted plants: one coastal project covers 171 ha with 165 MWp, 32 "
        "inverter stations, a 2x90 MVA substation and over 440,000 panels on more than 7,000 racks, exporting "
        "through a 500/220 kV substation. Coastal sand ridges there receive 1,700–1,900 kWh/m² a year.",
    ),
    (
        "oTo018",
        "vi",
        "thiennhien_factory",
        "Nhà máy sản xuất tấm pin mặt trời trong nước",
        "Nhà máy sản xuất tấm pin năng lượng mặt trời công suất 80–165 Wp, hiệu suất trên 16%, tuổi thọ khoảng 30 "
        "năm, năng lực đến 5 MWp/năm, giá thấp hơn hàng nhập 30–40%. Giai đoạn sau sẽ làm linh kiện và tế bào từ thỏi "
        "silic, 60% sản phẩm xuất khẩu; kèm máy nước nóng mặt trời và bóng đèn tiết kiệm điện.",
    ),
    (
        "oTo019",
        "en",
        "timhieu_fdi",
        "Contract manufacturing of solar modules for export",
        "Module makers expanding in Vietnam to serve the US and EU markets: joint ventures for 600 MW and 1 GW module "
        "lines, and an 800 MW-per-year module plant built for about US$100 million in Bac Giang. Buyers of large "
        "module volumes can place OEM orders.",
    ),
    (
        "oTo020",
        "vi",
        "cafef_heater",
        "Máy nước nóng năng lượng mặt trời cho gia đình",
        "Máy nước nóng dùng nhiệt mặt trời thay điện trở: dung tích 150–300 lít, giá 7–15 triệu đồng, tuổi thọ 10–15 "
        "năm. Một bình nóng lạnh 2.000 W dùng 1–2 giờ mỗi ngày tốn 60–120 kWh/tháng; thay bằng máy nước nóng mặt trời "
        "giúp hộ 3–5 người tiết kiệm 2–4 triệu đồng tiền điện mỗi năm.",
    ),
    (
        "oTo021",
        "en",
        "thegioidien_heater",
        "Buying guide for solar water heaters",
        "Solar water heaters warm water for bathing with sunlight and use no electricity, unlike 2,500 W electric "
        "heaters that burn one kWh every 15 minutes. We compare tank and collector types and help households choose "
        "one that fits their use.",
    ),
    (
        "oTo022",
        "vi",
        "thuonline_heater",
        "Lắp thêm điện trở phụ cho bình nước nóng năng lượng mặt trời",
        "Nhiều gia đình lắp bình nước nóng mặt trời 160 lít hơn 10 triệu đồng nhưng mùa mưa, trời lạnh nước chỉ âm ấm. "
        "Chúng tôi lắp thêm bộ gia nhiệt phụ trợ (điện trở) ngay trong bình, khỏi phải mua thêm bình nóng lạnh riêng.",
    ),
    (
        "oTo023",
        "vi",
        "thiennhien_diyheater",
        "Hệ nước nóng mặt trời tự chế giá rẻ từ khạp đất nung",
        "Giải pháp tự làm nước nóng bằng nắng chỉ tốn khoảng 1 triệu đồng vật tư, thay cho máy bán sẵn 4–7 triệu: khạp "
        "đất nung 40–60 lít, ống inox, ống nhựa chịu nhiệt lõi nhôm, van phao tự đóng; đủ nước 32–38 °C cho 4 người "
        "tắm mỗi ngày, áp dụng nơi nước máy đủ áp lên mái.",
    ),
    (
        "oTo024",
        "vi",
        "icon_streetlight",
        "Đèn đường năng lượng mặt trời cho đường thôn, ấp",
        "Bộ đèn năng lượng mặt trời 300 W, chống nước IP66, giá khoảng 1,1 triệu đồng, bảo hành 3 năm, kèm giá đỡ tự "
        "chế khoảng 220.000 đồng. Một tuyến đường thôn dài hơn 1 km lắp 23 bóng do dân góp tiền, không phải thu tiền "
        "điện chiếu sáng hằng tháng.",
    ),
    (
        "oTo025",
        "en",
        "ngaynay_streetlight",
        "Solar lighting for rural roads and yards",
        "Stand-alone solar lamps charge a battery from their own panel by day and light LEDs at night, with no cable "
        "trenching or grid connection. We supply them for new-countryside road programmes; each lamp works as an "
        "independent unit.",
    ),
    # net metering, selling power to the grid and the rules for it
    (
        "oTo026",
        "vi",
        "dantri_notify",
        "Hỗ trợ lập và gửi thông báo điện mặt trời mái nhà theo Mẫu 01 (Nghị định 58/2025)",
        "Dịch vụ pháp lý cho hộ gia đình, doanh nghiệp lắp hệ tự dùng dưới 100 kW có đấu nối lưới nhưng không bán điện "
        "dư: chúng tôi soạn thông báo theo Mẫu 01 gồm tên tổ chức, cá nhân, loại nguồn điện, công suất, mục đích, địa "
        "điểm, thời điểm bắt đầu và hoàn thành, rồi gửi đến Sở Công Thương và công ty điện lực cấp tỉnh.",
    ),
    (
        "oTo027",
        "en",
        "vn135_surplus",
        "Advisory on selling surplus rooftop power to EVN under Decree 135",
        "We explain and set up surplus sales for self-consumption rooftop systems. Households and individual houses "
        "under 100 kW that are grid-connected may export surplus up to 20% of actual installed capacity; EVN pays at "
        "the previous year's average market electricity price published by the system and market operator. The "
        "decree covers homes, offices, industrial parks, clusters and production sites nationwide.",
    ),
    (
        "oTo028",
        "en",
        "pvmag_671",
        "Tariff modelling for net-metered rooftop solar",
        "We model the economics of exporting rooftop surplus under the proposed net-metering scheme: a surplus "
        "tariff of VND 671/kWh and exports capped at 10% of the power a system generates, all handled by EVN as the "
        "single buyer. Clients see whether export is worth the meter and paperwork.",
    ),
    (
        "oTo029",
        "vi",
        "zero_export",
        "Thiết bị chống phát ngược (Zero Export) cho hệ hòa lưới không bán điện",
        "Khi pin làm ra nhiều hơn lượng đang dùng, điện dư tự đẩy lên lưới và bị công tơ hai chiều ghi nhận, trong khi "
        "hệ mới không có hợp đồng mua bán điện. Thiết bị của chúng tôi đo chiều dòng điện tại điểm đấu nối và ra lệnh "
        "inverter giảm công suất, để không phát ngược, đáp ứng yêu cầu ngành điện và giữ an toàn cho thợ điện lực khi "
        "sửa chữa đường dây đã cắt điện.",
    ),
    (
        "oTo030",
        "en",
        "bestrate_draft",
        "Regulatory briefings on rooftop solar power purchase terms",
        "Our briefings track draft rooftop rules: systems must sit on the roof of a building with its own function, "
        "stay within 1 MWac and 1.25 MWp and connect at 35 kV or below; sales to EVN use a standard 20-year PPA. We "
        "summarise proposed price bands (VND 1,582.16/kWh under 20 kWp, 1,468.82 from 20 to under 100 kWp, 1,362.41 "
        "from 100 to 1,250 kWp) and what they mean for a project.",
    ),
    (
        "oTo031",
        "vi",
        "tvpl_135",
        "Làm hồ sơ giấy chứng nhận đăng ký phát triển điện mặt trời mái nhà từ 1.000 kW",
        "Văn phòng luật hỗ trợ doanh nghiệp đăng ký hệ điện mặt trời mái nhà tự sản xuất, tự tiêu thụ có đấu nối lưới, "
        "công suất từ 1.000 kW trở lên: chuẩn bị hồ sơ theo Điều 10 Nghị định 135/2024, kiểm tra điều kiện theo Điều 9; "
        "nếu bán điện dư thì công suất phải nằm trong quy mô được phân bổ cho địa phương trong quy hoạch.",
    ),
    (
        "oTo032",
        "en",
        "lawzana",
        "Legal and technical due diligence for factory rooftop solar in Vietnam",
        "A law firm for manufacturers: we check whether a factory can sell rooftop surplus to EVN under the latest "
        "Prime Minister decision and MOIT circulars, read the VND/kWh table by project type, capacity and grid level "
        "before a PPA is signed, handle grid connection with the provincial power company and DOIT, and combine "
        "legal, technical and financial review before EPC or PPA contracts.",
    ),
    (
        "oTo033",
        "vi",
        "icasea_standard",
        "Tư vấn tiêu chuẩn đấu nối và trao đổi điện hai chiều cho điện mặt trời lắp mái",
        "Nhóm chuyên gia từng tham gia dự án xây dựng tiêu chuẩn đấu nối hệ điện mặt trời lắp mái vào hệ thống điện "
        "quốc gia (cùng ICASEA, EVNCPC và Cục Điều tiết điện lực) tư vấn yêu cầu kỹ thuật đấu nối và quy định trao đổi "
        "điện hai chiều giữa hệ lắp mái và lưới điện.",
    ),
    (
        "oTo034",
        "vi",
        "nd58",
        "Soạn hợp đồng mua bán điện dư với công ty điện lực theo Nghị định 58/2025",
        "Chúng tôi giúp chủ nguồn điện tự sản xuất, tự tiêu thụ (bên bán điện dư) làm việc với bên mua điện dư là công "
        "ty con của EVN: kiểm tra điều kiện theo Nghị định 58/2025 hướng dẫn Luật Điện lực 2024 về điện năng lượng tái "
        "tạo, soạn và đàm phán hợp đồng.",
    ),
    (
        "oTo035",
        "en",
        "thanhhoa_steps",
        "Step-by-step registration of self-use rooftop solar",
        "We walk owners through the paperwork. A self-use system not connected to the grid takes two steps: notify "
        "the local power company of capacity and location, then get its acknowledgement. A grid-connected system that "
        "does not sell surplus takes four steps starting with a file in the form set by Decree 58. We prepare the "
        "documents for both cases.",
    ),
    (
        "oTo036",
        "en",
        "pvmag_fit",
        "Advisory for holders of legacy rooftop feed-in tariff contracts",
        "For owners whose rooftop systems of up to 100 kW were connected under the 20-year feed-in tariff of US$0.0935 "
        "per kWh kept until 2021 (a cut to $0.0838 had been proposed), we review contracts, meter records and "
        "commissioning dates and handle disputes with the utility.",
    ),
    (
        "oTo037",
        "en",
        "wfw_dppa",
        "Structuring direct power purchase agreements under Decree 80/2024",
        "We structure DPPAs between renewable generators and large consumers in both models of Decree 80: a physical "
        "DPPA over a private line built by the generator or consumer, and a virtual DPPA where the generator sells to "
        "EVN, the consumer buys from an EVN retailer, and both sign a contract for difference at an agreed volume and "
        "price. We draft the mandatory contract contents.",
    ),
    (
        "oTo038",
        "vi",
        "vbl_dppa",
        "Tư vấn điều kiện tham gia mua bán điện trực tiếp (DPPA) cho điện mặt trời mái nhà",
        "Theo Nghị định 80/2024, bên phát có thể là hệ điện mặt trời mái nhà có giấy phép hoặc thuộc diện miễn giấy "
        "phép; bên mua lớn phải là người dùng cuối, tiêu thụ bình quân từ 200.000 kWh/tháng, gồm cả khách hàng sản "
        "xuất và dịch vụ. Chúng tôi đánh giá doanh nghiệp có đủ điều kiện không và chọn mô hình phù hợp.",
    ),
    (
        "oTo039",
        "vi",
        "giantbarb_dppa",
        "Thiết kế phương án mua điện trực tiếp qua đường dây riêng",
        "Chúng tôi lập phương án mua bán điện qua đường dây kết nối riêng giữa nguồn điện tái tạo (kể cả điện mặt trời "
        "mái nhà có giấy phép) và khách hàng dùng từ 200.000 kWh/tháng, giá do hai bên thỏa thuận; phần điện dư bán "
        "cho EVN theo hợp đồng riêng. Với dự án trên 10 MW, tư vấn thêm phương án mua qua lưới quốc gia và thị trường "
        "điện ngày tới.",
    ),
    (
        "oTo040",
        "vi",
        "soha_notify",
        "Tư vấn pháp lý: lắp hệ tự dùng không nối lưới có cần xin phép?",
        "Hệ điện mặt trời mái nhà tự sản xuất, tự tiêu thụ không đấu nối lưới không cần xin phép, nhưng vẫn phải thông "
        "báo cho Sở Công Thương và điện lực địa phương về tên, loại nguồn, công suất, địa điểm, thời gian (Điều 12, 15 "
        "Nghị định 58/2025). Trường hợp này chưa có mẫu, chúng tôi soạn công văn thông báo giúp khách hàng.",
    ),
    (
        "oTo041",
        "en",
        "poupaenergia",
        "Selling surplus electricity in Portugal's self-consumption scheme",
        "In Portugal, self-consumers connected to the public grid can sell unused electricity to the last-resort "
        "supplier or a free-market trader at the OMIE market index minus a 10% penalty (about €0.041/kWh last year). "
        "We handle the sale contract and billing under the national rules.",
    ),
    (
        "oTo042",
        "en",
        "cretaenergon",
        "Net billing and virtual net billing in Greece",
        "Under Greece's new self-consumption decision, consumers at any voltage offset their use against one or more "
        "renewable stations on site or elsewhere on the network; households up to 10.8 kW get surplus credited on "
        "their bill, larger users are paid into their bank account. We set up net billing for Greek customers.",
    ),
    # solar over fish and shrimp ponds and on farm sheds
    (
        "oTo043",
        "vi",
        "nhabe_aqua",
        "Giải pháp điện mặt trời cho trại nuôi tôm, cá: chạy sục khí, máy bơm",
        "Doanh nghiệp thiết bị thủy sản cung cấp hệ điện mặt trời cho ao nuôi ở vùng xa trung tâm, nơi điện lưới thiếu "
        "hoặc chập chờn: điện chạy máy sục khí, máy bơm cấp thoát nước tuần hoàn, giữ oxy hòa tan ổn định và giảm rủi "
        "ro những ngày cúp điện. Việt Nam có 2.000–2.600 giờ nắng mỗi năm; nhiều hộ ở Đồng bằng sông Cửu Long đã áp "
        "dụng. Chúng tôi tư vấn cả rào cản vốn và cách tháo gỡ.",
    ),
    (
        "oTo044",
        "vi",
        "nhabe_future",
        "Tủ điện năng lượng mặt trời kèm pin lưu trữ cho máy sục khí, bơm tuần hoàn",
        "Năng lượng chiếm khoảng 40% chi phí sản xuất ở nhiều mô hình nuôi thủy sản, tốn nhất là máy sục khí, bơm tuần "
        "hoàn áp lực cao, chiếu sáng và bơm cấp thoát liên tục. Chúng tôi cung cấp máy bơm và máy sục khí chạy năng "
        "lượng mặt trời, tủ điện năng lượng mặt trời và pin lưu trữ để ao nuôi tự chủ điện cả ngày lẫn đêm.",
    ),
    (
        "oTo045",
        "en",
        "isw_shrimps",
        "Feasibility studies for PV-integrated covered shrimp farms",
        "A solar research institute working with a development agency studies how photovoltaics can be built into "
        "the closed greenhouses that cover shrimp ponds, sharing land between aquaculture and power. We assess "
        "technical and economic feasibility on a running farm; the covered, biofloc-fed system saves water, keeps "
        "antibiotic use low, protects remaining mangroves and shades workers.",
    ),
    (
        "oTo046",
        "en",
        "nhandan_shrimps",
        "Research partnership on solar-aquaculture pilots in the Mekong Delta",
        "The SHRIMPS consortium (German solar and fisheries institutes, inverter and engineering firms, a Ho Chi "
        "Minh City agriculture university, the National Energy Institute and a large shrimp producer) installs PV "
        "modules on the roofs of shrimp greenhouses at a three-year pilot in Bac Lieu. Partners can join to reduce "
        "freshwater use, wastewater and CO2 while keeping water temperature stable for the shrimp.",
    ),
    (
        "oTo047",
        "en",
        "actu_shrimp",
        "Solar canopies over shrimp tanks and catfish ponds",
        "We design PV roofs for land-based aquaculture: covers that already protect tanks from birds and their "
        "droppings carry solar modules, add shade and lower temperatures, speeding shrimp growth and cutting water "
        "use. Analyses for a 1 MW shrimp project estimate about 15,000 t less CO2 and 75% less water a year; a 400 kW "
        "roof over a pangasius farm is also being studied.",
    ),
    (
        "oTo048",
        "en",
        "mdpi_fishery",
        "Trial data on how PV shading affects shrimp and milkfish",
        "A fisheries research institute shares results of pond trials under photovoltaic covers: growth, survival "
        "and water quality of white-leg shrimp and milkfish at different shading levels, including changes in algae "
        "and nutrients. Useful to set panel coverage before building fishery-solar structures.",
    ),
    (
        "oTo049",
        "en",
        "carbon_float",
        "Floating solar arrays on fish ponds and water reservoirs",
        "Floating panels on pond surfaces produce power and shade the water at the same time: output can be up to "
        "10% above ground-mounted arrays thanks to water cooling and reflection, young fish are protected from "
        "predators, cooler water and better ventilation lower mortality, and less evaporation means less pumping.",
    ),
    (
        "oTo050",
        "vi",
        "sinhthai_china",
        "Mô hình ngư – quang: trạm điện mặt trời trên mặt nước ao nuôi",
        "Chia sẻ mô hình kết hợp nuôi tôm cá với điện mặt trời: tấm pin che nắng mặt ao, giảm nhiệt độ, giảm bốc hơi và "
        "hạn chế tảo phát triển. Một trạm trên 2.200 mẫu mặt nước (1 mẫu ≈ 666,6 m²), công suất 60 MW, vốn khoảng 960 "
        "tỷ đồng, đủ điện cho khoảng 30.000 hộ dùng 200 kWh/tháng.",
    ),
    (
        "oTo051",
        "vi",
        "tepbac_solar_aerator",
        "Máy sục khí tự động chạy tấm quang điện cho ao tôm vùng xa",
        "Nhóm nhà khoa học thiết kế máy sục khí ao tôm tự động hóa, lắp tấm quang điện để người nuôi ở vùng sâu, vùng "
        "xa dùng năng lượng tự nhiên. Máy giữ oxy đáy ao, giúp vi sinh phân hủy chất thải, giữ đáy sạch trong suốt vụ "
        "nuôi ít nhất 120 ngày.",
    ),
    (
        "oTo052",
        "en",
        "eurobest_aerator",
        "Solar-powered aerators for off-grid ponds",
        "Our solar aerator turns panel output into direct current for a motor that spins an impeller or air pump, "
        "drawing air into fish ponds, shrimp ponds or wastewater ponds without grid power. Suited to remote farms "
        "that want to cut energy costs; we supply panel, controller and aerator as a set.",
    ),
    (
        "oTo053",
        "vi",
        "tayninh_chicken",
        "Chia sẻ mô hình trang trại gà an toàn sinh học dưới mái điện mặt trời",
        "Trang trại đã biến khu điện mặt trời hơn 3 ha thành trại gà công nghiệp an toàn sinh học: chuồng nuôi nằm "
        "dưới các dãy pin, sạch, không mùi, công nhân pha chế phẩm sinh học, thu trứng, xuất gà theo quy trình. Nhận "
        "đón tham quan và chuyển giao cách bố trí chuồng dưới giàn pin cho trang trại khác.",
    ),
    (
        "oTo054",
        "en",
        "mapleview",
        "Design-build of solar arrays on poultry and livestock barns",
        "We install PV on barn roofs: on one organic poultry farm, almost 500 modules (105 kW) on the first barn sell "
        "power under a long fixed-price contract, and a 47 kW net-metered system on the second barn covers the "
        "farm's own use, sized for a planned expansion with half the roof left free. A telehandler lifts pallets "
        "to any roof point and work is scheduled around the birds.",
    ),
    (
        "oTo055",
        "en",
        "dairyproducer",
        "Research on agrivoltaics for livestock: shade, grazing and income",
        "A university research and outreach centre studies raising crops and animals under solar panels. Panels in "
        "pastures shade dairy cows and lower afternoon body temperatures; grazing under panels adds pasture without "
        "new land or fencing, and farms can cut energy bills or sell power to a cooperative.",
    ),
    (
        "oTo056",
        "en",
        "cuulong_uni",
        "Demonstration site and training on PV combined with high-tech farming",
        "A university in the Mekong Delta runs a 980 kW solar plant on 15,000 m2 (US$1.5 million) producing "
        "4,800–5,000 kWh a day and 1.7–1.8 million kWh a year, about 35% used on campus and the rest sold to the "
        "grid. Under the racks, over 4,340 m3 of space holds greenhouses and net houses for high-tech crops and food "
        "processing. We offer visits, training and practical research for farms and students.",
    ),
    (
        "oTo057",
        "vi",
        "dsp_agri",
        "Tư vấn mô hình nông nghiệp kết hợp điện mặt trời, không lấy đất lúa",
        "Đất nông nghiệp bình quân dưới 0,1 ha/người, trong khi 285 dự án điện mặt trời 23.000 MWp được duyệt đến 2018 "
        "cần 27.600 ha đất nông nghiệp. Chúng tôi tư vấn hệ thống vừa trồng trọt, chăn nuôi vừa phát điện trên cùng "
        "diện tích, theo kinh nghiệm các nước, để không phải chuyển đổi lâu dài đất sản xuất.",
    ),
    (
        "oTo058",
        "vi",
        "sonla_mushroom",
        "Mô hình nhà nấm, chuồng trại lợp pin mặt trời chạy kho lạnh",
        "Trang trại mẫu lợp tôn 38 mái nhà khung thép rồi lắp điện mặt trời áp mái, lấy điện chạy kho lạnh bảo quản "
        "nấm hương và phục vụ sinh hoạt của gia đình, công nhân; dưới mái là nhà trồng nấm công nghệ cao, nhà nấm theo "
        "mùa và khu chăn nuôi. Chia sẻ thiết kế và kinh nghiệm vận hành.",
    ),
    (
        "oTo059",
        "en",
        "ecowatch_agri",
        "Hen houses and sheep grazing under solar panels",
        "A community egg cooperative keeps its hens in a house built beneath photovoltaic panels; outside, the birds "
        "shelter under the arrays from sun, rain and hawks, while sheep graze between rows. We share how to pair "
        "livestock with solar so farmland keeps producing food as well as power.",
    ),
    (
        "oTo060",
        "vi",
        "anbinh_aerator",
        "Tư vấn bố trí quạt nước trong ao nuôi tôm",
        "Quạt nước chiếm hơn 80% năng lượng dùng trong nuôi tôm, bơm nước 10%. Chúng tôi tư vấn số lượng, vị trí và "
        "thời gian chạy quạt để giữ oxy hòa tan trên 3 mg/l, tránh phân tầng nhiệt, độ mặn trong ao thâm canh.",
    ),
    (
        "oTo061",
        "en",
        "tepbac_aerator_compare",
        "Comparison of aerator types for intensive shrimp ponds",
        "We summarise field comparisons of mechanical aerators for intensive white-leg shrimp farming: paddlewheels "
        "splash water to add oxygen and also mix the pond, while other designs differ in efficiency by salinity and "
        "depth. Farmers get a recommendation on which aerator to buy.",
    ),
    (
        "oTo062",
        "vi",
        "cungcap_aerator",
        "Máy sục khí ao nuôi cá các loại",
        "Cung cấp máy sục khí bánh xe (công suất lớn, bền, nhưng tốn điện), máy sục khí tia nước, máy thổi khí và đĩa "
        "tạo bọt mịn để tăng oxy hòa tan cho ao cá, kèm tư vấn chọn loại theo diện tích ao.",
    ),
    (
        "oTo063",
        "vi",
        "imax_pig",
        "Dự án trang trại heo gia công kết hợp điện mặt trời 30 MWp trên đất thuê",
        "Doanh nghiệp công nghệ đề xuất dự án 100 ha: trại heo khép kín 48.000 heo thịt, 10.000 heo nái, quạt hút, giàn "
        "mát giữ 27–30 °C trên 30 ha, và nhà máy điện mặt trời 30 MWp trên đất thuê của người dân; tìm địa phương và "
        "đối tác góp đất.",
    ),
    (
        "oTo064",
        "vi",
        "tailieuhoc_sandpond",
        "Thiết kế hệ thống ao nuôi tôm trên cát ven biển",
        "Tư vấn thiết kế ao nuôi tôm trên vùng cát ven biển: nền ao cao hơn mực nước biển, bờ ao bằng cát, cấp nước mặn "
        "và nước ngọt ở xa, sơ đồ ao lắng, ao xử lý nước thải để nuôi bền vững.",
    ),
    (
        "oTo065",
        "vi",
        "susv_handbook",
        "Sổ tay và tập huấn an toàn, tiết kiệm điện trong nuôi tôm",
        "Dự án chuỗi giá trị tôm bền vững (tài trợ của EU, Oxfam và ICAFIS thực hiện) phát sổ tay và mở lớp hướng dẫn "
        "người nuôi thiết kế, vận hành điện an toàn, tiết kiệm trong ao siêu thâm canh nhiều thiết bị điện.",
    ),
    (
        "oTo066",
        "en",
        "chiktopia",
        "Automated solar-powered mobile chicken coops",
        "A farm start-up builds self-moving chicken coops run by solar power for pastured broilers and layers, and "
        "offers regenerative grazing services: hens rotate over the pasture, then cattle follow to spread manure and "
        "build topsoil.",
    ),
    (
        "oTo067",
        "vi",
        "nld_biogas",
        "Phát điện từ khí sinh học (biogas) ở trang trại heo",
        "Trang trại chăn nuôi quy mô lớn xây bể biogas xử lý chất thải, nhưng lượng khí thường vượt nhu cầu đun nấu. "
        "Chúng tôi lắp máy phát điện chạy biogas để dùng khí dư cho sản xuất, sinh hoạt, giảm ô nhiễm và tiền điện.",
    ),
    (
        "oTo068",
        "en",
        "ctu_biogas",
        "Water hyacinth and rice straw as extra feed for biogas digesters",
        "University lab results for Mekong Delta farmers short of pig manure: water hyacinth and mushroom-growing rice "
        "straw co-digested with pig manure at different ratios over 35 days in batch digesters. Farmers can keep "
        "their digesters running when pig herds shrink.",
    ),
    # solar water pumping for fields and orchards
    (
        "oTo069",
        "vi",
        "tkn_drip",
        "Hệ tưới nhỏ giọt chạy điện mặt trời cho vườn thanh long",
        "Hệ khép kín: tấm pin 1,5 × 0,8 m tạo điện một chiều 24 V cấp thẳng cho mô-tơ 375 W quay máy bơm, ống hút có "
        "lưới chắn rác thả xuống mương vườn, nước đi trong ống nhựa cứng chôn dưới đất tới từng trụ, mỗi trụ 2 van nhỏ "
        "giọt. Sau 8 tháng trái to, đều, bán được giá; chưa lần nào tắc ống dù mương nhiều lục bình, cỏ.",
    ),
    (
        "oTo070",
        "vi",
        "dairy_sprinkler",
        "Tưới phun mưa bằng năng lượng mặt trời, kết hợp bón phân",
        "Công nghệ tưới phun mưa do nhóm sinh viên trong nước phát triển: tấm pin, bộ sạc, ắc quy và bộ chuyển đổi cấp "
        "điện cho mô-tơ bơm phun; tiết kiệm 30–50% nước so với tưới thường, đỡ công vận hành, chống cát bay, có thể "
        "tưới kèm phân bón. Phù hợp vùng nắng nhiều, thiếu nước, chưa có điện lưới.",
    ),
    (
        "oTo071",
        "en",
        "growfurther",
        "Portable solar irrigation pumps for farms of about one hectare",
        "Small modular solar pumps built for smallholders: light, easy to carry and repair, no fuel cost, powered by "
        "one panel or a two-panel foldable array. A basic solar pump that cost about US$1,500 in 2015 now sells for a "
        "little over $500. Designed for farms of roughly one hectare.",
    ),
    (
        "oTo072",
        "en",
        "energypedia_spis",
        "Toolbox and training on solar-powered irrigation systems (SPIS)",
        "An energy knowledge platform offers guidance and training on solar pumping for irrigation: irrigation can "
        "raise yields by up to 50%, replacing diesel cuts fuel costs, and drip irrigation saves water. Modules also "
        "cover financing barriers and safeguards against groundwater over-pumping when running costs drop to zero.",
    ),
    (
        "oTo073",
        "en",
        "poweringag",
        "Solar pumps for remote fields without grid power",
        "Solar water pumps are a cost-effective, dependable way to lift water where sources are far apart, power "
        "lines are few, or fuel and upkeep costs are high; they run at full capacity on hot sunny days when crops "
        "need water most. We help smallholders replace petrol pumps and manual watering.",
    ),
    (
        "oTo074",
        "vi",
        "givasolar_pump",
        "Hệ thống máy bơm nước năng lượng mặt trời cho giếng, ao, sông",
        "Chúng tôi thiết kế hệ bơm năng lượng mặt trời trọn bộ: nguồn nước là giếng khoan hay nước mặt (ao, sông); bơm "
        "chìm hoặc bơm đặt trên mặt đất tùy độ sâu; tấm pin đặt nơi nhiều nắng nhất; bơm chạy điện một chiều ít tốn "
        "vận hành, bảo dưỡng; bộ điều khiển bơm. Hợp cho nơi không có điện lưới hoặc điện chập chờn.",
    ),
    (
        "oTo075",
        "en",
        "mit_pumps",
        "Evaluation framework for choosing solar water pumps",
        "A university technology-evaluation team publishes a method to compare solar pumps for irrigation and other "
        "uses: system design basics, use cases, and criteria such as ease of use, affordability and availability, "
        "tested through user surveys. Buyers and programmes can use it to shortlist pumps.",
    ),
    (
        "oTo076",
        "en",
        "m2lua_kit",
        "Solar drip-irrigation kit with control box for orchards",
        "Our drip kit pairs a panel (cells and circuit board) with a control box that has an indicator lamp and a "
        "voltage selector. On a dragon fruit farm it saved about 70 million VND a year in labour and power (around 6 "
        "million a month), raised yield by 10% and let roots take up fertiliser fully, with no electrical risk.",
    ),
    (
        "oTo077",
        "en",
        "ashden_futurepump",
        "Award-winning low-cost solar irrigation pump",
        "A manufacturer of efficient portable solar irrigation pumps, winner of the 2017 Ashden Award, has sold "
        "around 1,300 pumps in 29 countries. It replaces petrol and diesel pumps and hand watering, so smallholders "
        "can grow more crops all year and sell out of season.",
    ),
    (
        "oTo078",
        "vi",
        "hangphu_pump",
        "Tư vấn chọn công suất máy bơm giếng khoan",
        "Chọn sai công suất bơm giếng khoan gây thiếu nước, áp yếu, bơm chạy quá tải, nóng, mau hỏng và tốn điện. "
        "Chúng tôi tính lưu lượng, cột áp, độ sâu giếng để chọn bơm hỏa tiễn hoặc bơm chìm vừa đủ cho sinh hoạt, tưới.",
    ),
    (
        "oTo079",
        "en",
        "lachong_pump",
        "Household water pumps from 125 W to 1,500 W",
        "We sell household pumps rated 125–1,500 W and explain the specs: head in metres (30 m lifts water about "
        "10–12 floors), flow in litres per minute, and suction depth (7–9 m for ordinary centrifugal pumps, deeper "
        "wells need submersibles).",
    ),
    (
        "oTo080",
        "vi",
        "bomwilo_booster",
        "Máy bơm tăng áp cho hệ nước nóng năng lượng mặt trời",
        "Bơm tăng áp chịu nhiệt 80–90 °C lắp ở tầng thấp để tăng áp nước nóng từ bình năng lượng mặt trời; có loại cơ, "
        "điện tử và biến tần, tự chạy khi áp giảm, tự ngắt khi khóa vòi.",
    ),
    # batteries and storage for solar
    (
        "oTo081",
        "vi",
        "hanogen",
        "Pin lưu trữ cho hệ điện mặt trời: dùng điện đêm, dự phòng mất điện",
        "Bộ pin lưu trữ sạc bằng điện dư ban ngày rồi xả buổi tối, nâng tỷ lệ tự dùng điện mặt trời từ 30–40% lên "
        "80–95%. Khi lưới mất, inverter hybrid tự tách lưới và cấp điện từ pin cho tải quan trọng (đèn, camera, tủ "
        "lạnh, bơm nước, cửa cuốn) như một bộ UPS; còn giúp dịch chuyển giờ dùng khi có giá điện theo giờ.",
    ),
    (
        "oTo082",
        "vi",
        "wenergy",
        "Tư vấn chọn hệ hòa lưới hay hybrid có lưu trữ",
        "Hệ hòa lưới rẻ hơn, dễ lắp, dễ bảo trì nhưng ngừng chạy khi mất lưới và không trữ được điện ngoài giờ nắng; "
        "hệ hybrid có pin lưu trữ ưu tiên tự dùng, chạy được khi cúp điện. Chúng tôi phân tích nhu cầu, độ ổn định lưới "
        "nơi lắp để khuyên gia đình, doanh nghiệp chọn loại nào.",
    ),
    (
        "oTo083",
        "vi",
        "amibapower",
        "Bộ pin lưu trữ gia đình 5,12 kWh có BMS",
        "Bộ pin lưu trữ HES05WT 51,2 V 100 Ah (5,12 kWh) dùng cell lithium-ion, có hệ quản lý pin BMS theo dõi điện áp, "
        "nhiệt độ để tránh sạc quá mức. So với ắc quy chì-axit, pin nhỏ gọn hơn và có số chu kỳ sạc xả cao gấp 3–5 lần; "
        "ghép được với biến tần cho hệ điện mặt trời.",
    ),
    (
        "oTo084",
        "en",
        "solarwind_au",
        "LiFePO4 home batteries and matched hybrid inverters",
        "We supply residential lithium iron phosphate batteries rated 6,000–10,000 cycles at 90% depth of discharge "
        "(NMC also available) together with hybrid inverters, and explain cells, BMS and what to check for "
        "compatibility so the battery charges from solar by day and powers the home at night or during outages.",
    ),
    (
        "oTo085",
        "en",
        "heliomotion",
        "Hybrid inverters that store surplus instead of exporting it",
        "Our hybrid inverter works as a normal grid-tied inverter but sends surplus solar into batteries, so more of "
        "the energy is used in the household rather than sold off to the grid; when consumption exceeds solar, the "
        "batteries supply the difference.",
    ),
    (
        "oTo086",
        "en",
        "a1solar",
        "Hybrid systems that add battery power on top of a limited grid connection",
        "A hybrid inverter with battery and charge controller can switch the house to off-grid mode when the public "
        "grid fails, push stored power out when prices are highest, and add power beyond the grid allocation: with a "
        "10 kW connection, the battery supplies the extra 5 kW needed to run 15 kW of appliances at once.",
    ),
    (
        "oTo087",
        "en",
        "globalproc_battery",
        "Battery lifetime calculation for commercial hybrid systems",
        "We calculate storage battery lifetime and size battery energy storage (BESS) for commercial and residential "
        "hybrid PV: backup supply, peak-load offset and zero-export operation, charging from PV or from the grid at "
        "low valley prices under dynamic tariffs.",
    ),
    (
        "oTo088",
        "vi",
        "pinbaohung",
        "Pin lưu trữ điện mặt trời đóng từ cell pin xe điện cũ",
        "Chúng tôi thu hồi pin lithium-ion từ xe điện cũ, tách cell còn tốt, đo dung lượng, nhiệt độ, điện áp, loại "
        "cell hỏng rồi đóng thành bộ pin mới cho hệ lưu trữ điện mặt trời. Pin xe thường mất 20–30% dung lượng sau 5–8 "
        "năm, nhưng được cân bằng, phục hồi đúng kỹ thuật vẫn chạy ổn định thêm 5–7 năm cho tải nhẹ hơn.",
    ),
    (
        "oTo089",
        "en",
        "voltfang",
        "Storage cabinets built from refurbished EV batteries",
        "A European refurbisher with about 100 staff tests used electric-vehicle batteries, revives the good ones "
        "and packs them into storage cabinets that hold surplus solar or wind power for evenings and cloudy days; a "
        "supermarket chain uses them with its rooftop PV. Cheaper and more circular than new cells.",
    ),
    (
        "oTo090",
        "en",
        "redwood",
        "Second-life EV battery packs for stationary energy storage",
        "Many retired EV batteries still hold over 50% of their original capacity. A battery recycler handling about "
        "20 GWh a year (more than 250,000 vehicles) diagnoses each pack and either recovers raw materials or "
        "rebuilds it into a stationary storage system for utilities, industry and households.",
    ),
    (
        "oTo091",
        "vi",
        "nuevopacks",
        "Hướng dẫn và cung cấp hệ lưu trữ năng lượng cho hộ gia đình",
        "Hệ lưu trữ gia đình tích điện dư từ tấm pin mặt trời ban ngày để dùng ban đêm hoặc lúc nhu cầu cao, giữ điện "
        "ổn định khi lưới gián đoạn và giảm phụ thuộc lưới. Chúng tôi so sánh các loại hệ thống, tính tiềm năng tiết "
        "kiệm và giúp gia đình đánh giá có nên đầu tư.",
    ),
    (
        "oTo092",
        "vi",
        "evbattery_24h",
        "Tái sử dụng pin xe điện cũ làm nguồn dự trữ cho điện mặt trời, điện gió",
        "Pin xe điện có tuổi thọ 10–20 năm, nay lứa đầu đã hết đời trên xe. Thay vì thải bỏ pin chứa coban, niken, "
        "mangan dễ gây cháy, một số hãng xe dùng lại làm kho lưu trữ điện cho điện gió, điện mặt trời để hòa lưới ban "
        "đêm. Chúng tôi giới thiệu giải pháp này cho doanh nghiệp.",
    ),
    # inverters, monitoring and cleaning of panels in salty, dusty air
    (
        "oTo093",
        "en",
        "saltmist_iec",
        "Solar panels certified to IEC 61701 salt-mist severity 6",
        "Our modules passed the salt mist corrosion test at level 6, the harshest of the six IEC 61701 severities: "
        "eight weeks of cyclic salt spray and damp storage that simulate a marine climate. Salt mist near the sea "
        "attacks junction boxes, glass and frames and cuts output and lifespan; certified panels resist it.",
    ),
    (
        "oTo094",
        "en",
        "coastal_spec",
        "Specification of marine-grade PV for coastal and salt-laden sites",
        "We write coastal procurement specs: IEC 61701 certified modules (double-glass bifacial preferred), IP68 "
        "silicone-potted junction boxes, 6063-T6 aluminium frames anodised to 15–25 microns, POE encapsulant with low "
        "water-vapour transmission and sealed MC4 connectors. Unsuited modules can fail within 24–36 months instead of "
        "lasting 25 years.",
    ),
    (
        "oTo095",
        "en",
        "trusolar_salt",
        "Coastal solar care: salt crust, algae and corrosion checks",
        "Installers serving seaside homes explain how salty spray and air affect panels, racking and wiring: salt "
        "crystals shade cells (an Indonesian trial dousing panels with salt water for three days measured clear "
        "output and efficiency losses), and wet salt favours algae. We wash off deposits and check fixings and "
        "roof penetrations for corrosion.",
    ),
    (
        "oTo096",
        "en",
        "ip_rating",
        "Inverter selection and placement by IP rating and site environment",
        "We match the inverter enclosure to where it will hang. IP ratings (IEC 60529) grade dust and water "
        "protection; outdoor inverters should be IP65 or better. Poor enclosures let in humidity, dust, insects, "
        "splashback and, near the coast, salt mist, leading to corrosion, derating, early failure or fire. We also "
        "advise on shading, ventilation and mounting height.",
    ),
    (
        "oTo097",
        "en",
        "saltfog_inverter",
        "Protecting inverters from salt fog and wet dust",
        "In salt-fog areas, inverters cooled with outside air draw chloride-laden moisture onto circuit boards, "
        "connectors, IGBT modules and copper busbars. Chloride ions break oxide layers and cause corrosion, and "
        "night-time cooling makes water condense inside. We retrofit sealed or filtered cooling, coatings and "
        "dehumidification for inverter rooms and containers.",
    ),
    (
        "oTo098",
        "vi",
        "mayvesinh_dust",
        "Máy và dịch vụ vệ sinh tấm pin mặt trời",
        "Bụi, lá cây, phân chim và các hạt bám trên mặt kính làm giảm ánh sáng tới tế bào quang điện, giảm hiệu suất; "
        "vết bẩn lâu ngày còn gây điểm nóng (hot spot) làm hỏng tấm pin. Chúng tôi bán máy vệ sinh chuyên dụng và nhận "
        "vệ sinh định kỳ cho hộ gia đình, nhà xưởng, trang trại.",
    ),
    (
        "oTo099",
        "vi",
        "artsolar_clean",
        "Dịch vụ vệ sinh, bảo trì hệ điện mặt trời định kỳ",
        "Lớp bụi có thể làm giảm 5–20% công suất phát. Chúng tôi vệ sinh 3–6 tháng/lần, 2–3 tháng/lần nếu gần công "
        "trình xây dựng, nhà máy; dùng nước sạch ít khoáng, khăn mềm, chổi lông mềm, vòi phun áp lực thấp, không chất "
        "tẩy mạnh; kiểm tra dây điện, inverter, khung giá để phòng cháy nổ.",
    ),
    (
        "oTo100",
        "vi",
        "robot_thesis",
        "Robot làm sạch tấm pin cho mái nghiêng 0–30 độ",
        "Nhóm nghiên cứu cơ khí – tự động hóa thiết kế robot điều khiển cầm tay di chuyển trên dàn pin nghiêng 0–30°, "
        "dùng bàn chải sợi nhỏ không trầy kính, làm sạch được cả khi có hoặc không dùng nước, hợp cho hệ mái từ 300 m² "
        "trở lên. Bụi bẩn làm mất 3–8% sản lượng, ở vùng khô cằn đến 30–40%.",
    ),
    (
        "oTo101",
        "vi",
        "todos_robot",
        "Robot vệ sinh tấm pin không dùng nước",
        "Robot vệ sinh quang điện tự động chạy 12 m/phút, làm sạch tới 3.000 m dãy pin mỗi ngày, nhanh hơn hơn 10 lần "
        "so với làm tay (5 công nhân mất cả ngày cho 1 MW). Chổi xoắn kép PA610 quay 60–120 vòng/phút, vật liệu mềm cỡ "
        "nano, có chương trình tự làm sạch; chỉ 20 g bụi/m² đã làm mất 15% điện.",
    ),
    (
        "oTo102",
        "en",
        "cascadeflight",
        "Drone thermal inspection of solar arrays",
        "Failing cells never flash a warning; they quietly make less power. Our drone thermal flights read heat "
        "across every module and map hot spots from cracked or shaded cells, bypass-diode failures that knock out a "
        "third of a panel, and soiling or shading, so you know exactly which modules to fix.",
    ),
    (
        "oTo103",
        "en",
        "trishunya",
        "Thermal drone survey with GPS-tagged fault report",
        "A thermal drone covers 50,000 panels in a day. The report includes a GPS-tagged fault map on your layout, "
        "each anomaly classed by type and severity, the temperature difference against a healthy cell, string and "
        "panel IDs, and a ranked repair list. Best done after installation, yearly for warranty, and after storms.",
    ),
    (
        "oTo104",
        "en",
        "ceezaer",
        "Drone inspection programme for solar asset owners",
        "A 1 MW array has 3,000–4,000 panels; undetected defects cost 2–8% of production. Our thermal drones inspect "
        "about 4,000 panels an hour, 15–30 times faster than handheld cameras, for roughly US$0.03 per watt, finding "
        "hot spots (80–120 °C above ambient) and bypass-diode failures that leave a module at a third of its output.",
    ),
    (
        "oTo105",
        "en",
        "la_solar_monitor",
        "Panel-level production monitoring via microinverters",
        "Each microinverter measures its own panel's AC output and streams it to a cloud platform you can open on a "
        "phone or browser, showing energy and power per panel or per system, down to about 15-minute intervals. "
        "String inverters report only totals unless optimisers are added.",
    ),
    (
        "oTo106",
        "en",
        "imeon_map",
        "Fleet monitoring map for installers of solar inverters",
        "A monitoring platform shows every registered inverter on a map with status colours: green running, "
        "flashing green slow internet, red stopped on a fault, orange non-critical warning, black wrong serial "
        "number. Installers click through to real-time production and event logs and react before problems grow.",
    ),
    (
        "oTo107",
        "en",
        "ag_om",
        "O&M contracts for rooftop solar: monitoring, response times, periodic checks",
        "Our O&M package: 24/7 monitoring and alarms, remote fixes within 48 hours and on-site response within 72 "
        "hours, monthly production reports and an annual performance review; quarterly inverter cleaning, filter and "
        "cooling checks, thermal scans and re-torquing of connections, module and clamp checks, AC cabinet service; "
        "yearly grounding and insulation-resistance tests.",
    ),
    (
        "oTo108",
        "vi",
        "sunpower_om",
        "Bảo trì hệ thống điện năng lượng mặt trời",
        "Bảo trì định kỳ giúp hệ điện mặt trời đạt hiệu suất cao nhất, kéo dài tuổi thọ tấm pin và thiết bị, phát hiện "
        "sớm lỗi nhỏ trước khi thành hư hỏng lớn tốn kém, và kiểm tra, sửa lỗi kỹ thuật có thể gây chập cháy. Gói việc "
        "gồm vệ sinh tấm pin, kiểm tra dây, inverter, thiết bị bảo vệ.",
    ),
    (
        "oTo109",
        "vi",
        "spc_om_binhthuan",
        "Dịch vụ vận hành, bảo trì tránh các sai lầm thường gặp",
        "Chúng tôi nhận vận hành, bảo trì hệ năng lượng mặt trời, tránh sai lầm phổ biến của chủ đầu tư: không vệ sinh "
        "hoặc 1–2 năm mới vệ sinh một lần khiến giảm sản lượng và sinh điểm nóng. Lịch vệ sinh 2–4 lần/năm tùy môi "
        "trường, dùng nước sạch, dụng cụ mềm, tuyệt đối không dùng chất tẩy mạnh hay vật sắc.",
    ),
    (
        "oTo110",
        "vi",
        "solarspc_lightning",
        "Giải pháp chống sét và tiếp địa cho hệ điện mặt trời",
        "Hệ lắp trên cao dễ hút sét, có thể cháy nứt tấm pin, hỏng inverter, cháy dây, thiệt hại hàng trăm triệu. "
        "Chúng tôi lắp kim thu sét cao hơn tấm pin ít nhất 1,5 m, cách pin từ 2 m, dây đồng trần từ 50 mm²; chống sét "
        "lan truyền SPD phía DC (giữa pin và inverter) và phía AC (tủ điện sau inverter) đạt IEC 61643; tiếp địa điện "
        "trở dưới 10 Ω theo TCVN 9385.",
    ),
    (
        "oTo111",
        "vi",
        "chongsettoancau",
        "Thiết kế chống sét trực tiếp và lan truyền cho điện mặt trời",
        "Tấm pin, dây dẫn, bộ điều khiển, inverter, ắc quy liên kết chặt nên một bộ phận hỏng kéo cả hệ. Sét đánh trực "
        "tiếp gây cháy nổ tấm pin, đường dây; sét gián tiếp tạo xung quá áp lan theo dây DC, dây tín hiệu cảm biến, dây "
        "AC ra lưới, gây hư hại âm thầm tích tụ. Chúng tôi thiết kế bảo vệ toàn diện cho cả hai dạng.",
    ),
    (
        "oTo112",
        "en",
        "propellex",
        "Remote monitoring of solar inverters at distant sites",
        "Solar plants often sit far from town, where reading meters on site is impractical. Our remote monitoring "
        "logs inverter voltages and currents, raises alarms so an engineer is sent when something fails, and "
        "provides independent metering of units fed into the grid for settlement with the utility.",
    ),
    (
        "oTo113",
        "en",
        "fullrank_pid",
        "Diagnosing and reversing potential-induced degradation (PID)",
        "PID is gradual power loss in crystalline modules from high voltage between cells and frame, common in hot, "
        "humid climates and transformerless string designs. We look for strings below prediction despite clean "
        "panels and for dark cell edges in electroluminescence images, enable inverter PID compensation or fit anti-PID "
        "boxes; early damage recovers over 2–6 weeks of overnight bias, modules past ~15% loss usually only stabilise.",
    ),
    (
        "oTo114",
        "en",
        "einnova_pid",
        "Module PID testing under harsher-than-standard conditions",
        "Our modules are tested for PID, the output drop caused by heat, humidity and high system voltage. Beyond the "
        "standard test of 48 hours at maximum system voltage, 50 °C and 85% humidity, we run 120 hours at 85 °C and "
        "85% humidity and monitor the electrical output.",
    ),
    (
        "oTo115",
        "en",
        "retc_pid",
        "Independent PID testing laboratory for PV modules",
        "A test lab checks modules for potential-induced degradation in a temperature- and humidity-controlled "
        "chamber with voltage bias applied, for exposures typically from 96 to 500 hours, so buyers can compare "
        "module resistance to PID before purchase.",
    ),
    (
        "oTo116",
        "en",
        "premiersolar_birds",
        "Bird barriers to stop pigeons nesting under solar panels",
        "Pigeons love the shelter under panels; their droppings cover modules and cut output, and they can get into "
        "wiring. We install low-profile wire mesh barriers that seal the gap under the array, plus roof spikes where "
        "needed, and clean the panels.",
    ),
    (
        "oTo117",
        "vi",
        "thepowerinsolar_birds",
        "Lắp lưới chắn chim, gai chống đậu cho dàn pin mặt trời",
        "Chim bồ câu làm tổ dưới tấm pin gây bẩn, phân chim làm giảm hiệu suất và có thể hỏng dây. Chúng tôi lắp lưới "
        "hoặc lưới thép bền chặn kín quanh chu vi dàn pin, gai chống đậu ở mép tấm, thêm vật phản quang, hình chim săn "
        "mồi hoặc thiết bị âm thanh để đuổi chim.",
    ),
    (
        "oTo118",
        "en",
        "ec_humidity",
        "Assessment of humidity and condensation risks for inverters",
        "High humidity causes condensation inside inverters, corrosion and shorts on boards and connectors, lower "
        "insulation resistance and leakage current, and weaker cooling so units run hotter and less efficiently. We "
        "assess inverter sites in humid climates and recommend placement, enclosures and ventilation.",
    ),
    (
        "oTo119",
        "vi",
        "solarspc_errors",
        "Kiểm tra, khắc phục các lỗi thường bị bỏ qua của hệ điện mặt trời",
        "Chúng tôi nhận xử lý những lỗi chủ đầu tư hay để lâu: tấm pin nứt vỡ do thời tiết, va đập nhưng vẫn chạy tạm, "
        "gây chập và giảm công suất; dây DC hở, chuột cắn, oxy hóa, đầu nối lỏng làm rò điện, inverter ngắt liên tục, "
        "nguy cơ cháy; thiết bị chống sét SPD hỏng sau mưa giông không thay, mất bảo vệ inverter.",
    ),
    (
        "oTo120",
        "vi",
        "mythosolar",
        "Lắp chống sét cho hệ điện mặt trời và pin lưu trữ",
        "Tấm pin và inverter ở ngoài trời dễ bị sét đánh trực tiếp hoặc lan truyền qua đường dây. Chúng tôi lắp cột, "
        "kim thu sét trên mái, thiết bị SPD trong tủ điện bảo vệ inverter, pin lưu trữ và đồ gia dụng, cùng hệ nối đất "
        "bắt buộc; chỉ một cú sét gián tiếp cũng có thể làm hỏng hệ thống trị giá hàng chục đến hàng trăm triệu.",
    ),
    (
        "oTo121",
        "vi",
        "mayvesinh_lau",
        "Lau rửa hệ thống pin mặt trời định kỳ",
        "Không vệ sinh định kỳ có thể làm hệ thống giảm 5–20% hiệu suất tùy mức bụi và môi trường, kéo dài thời gian "
        "hoàn vốn. Chúng tôi nhận lau rửa tấm pin, loại bỏ bụi, mảnh vụn, phân chim, lá cây ngay từ những năm đầu vận "
        "hành.",
    ),
    (
        "oTo122",
        "vi",
        "msmsolar_pid",
        "Kiểm tra suy giảm PID cho hệ điện mặt trời ở vùng khí hậu nóng ẩm",
        "Khí hậu nóng ẩm, bức xạ cao làm tăng nguy cơ suy giảm do điện thế (PID): dòng rò đi từ tế bào qua lớp bao bọc "
        "ra khung, ion di chuyển tạo đường dẫn, làm giảm điện áp hở mạch và công suất tấm pin âm thầm theo năm. Chúng "
        "tôi đo kiểm chuyên dụng để phát hiện PID và đề xuất biện pháp hạn chế.",
    ),
    (
        "oTo123",
        "vi",
        "astheria_pid",
        "Hộp chống PID lắp giữa chuỗi pin và inverter",
        "Thiết bị anti-PID box lắp giữa các chuỗi tấm pin và inverter, đảo điện thế mà inverter đặt lên tấm pin để "
        "giảm hiện tượng suy giảm công suất do điện thế (PID) trên hệ đang vận hành.",
    ),
    (
        "oTo124",
        "vi",
        "nlcs_lightning",
        "Thiết kế chống sét và nối đất cho hệ pin mặt trời mái nhà",
        "Hệ pin mái nhà đặt trên sân thượng, nhiều bề mặt kim loại, ở vị trí cao nên dễ bị sét đánh khi giông. Chúng "
        "tôi thiết kế phương án chống sét và tiếp đất cho mái nghiêng và mái bằng, rà soát các điểm hay bị bỏ qua ở "
        "linh kiện, giá đỡ, biến tần, hộp phân phối và cáp nối đất.",
    ),
    (
        "oTo125",
        "vi",
        "xevinfast_leadacid",
        "Thu gom, tái chế ắc quy chì – axit",
        "Ắc quy chì – axit cũ được phân loại: bình còn dùng được thì phục hồi, bình hỏng thì chiết tách axit để làm sạch "
        "tái dùng, tách nắp, rửa vỏ, lấy bản cực chì, phân loại vỏ nhựa; chì và oxit chì được nấu luyện thu hồi.",
    ),
    (
        "oTo126",
        "vi",
        "mq_leadacid",
        "Chương trình thu hồi ắc quy xe theo trách nhiệm nhà sản xuất (EPR)",
        "Ắc quy chì có trong mọi loại xe và cần thay khoảng 3 năm một lần. Từ 2024, quy định EPR yêu cầu tỷ lệ tái chế "
        "ắc quy tối thiểu 12% và tăng dần; ở Mỹ tỷ lệ này đạt 99% nhờ 300.000 điểm thu gom. Chúng tôi tổ chức thu gom "
        "cho đại lý và nhà sản xuất.",
    ),
    (
        "oTo127",
        "en",
        "smartx_dryer",
        "Solar fruit-chip dryer kit",
        "A tested solar dryer kit for fruit chips that heats product below 80 °C with sunlight instead of fuel-fired "
        "mechanised dryers; faster and cleaner than open-air sun drying at far lower running cost. Suited to small "
        "processors.",
    ),
    (
        "oTo128",
        "en",
        "amm_dryer",
        "Low-cost solar dryers for fish, fruit and herbs",
        "A community research centre builds cabinet, greenhouse, step and multi-rack solar dryers: stone-slab chambers "
        "under polycarbonate, black aluminium cabinets with stainless racks for drying fish hygienically, and LDPE "
        "frame dryers with small DC fans run from PV panels to shorten drying time.",
    ),
    (
        "oTo129",
        "en",
        "indiaenv_dryer",
        "Solar fruit-and-grain drying system",
        "A farm machinery institute's drying system uses eight flat-plate solar collectors (15 m² in all) to dry one "
        "tonne of grain or 250 kg of fruit and vegetables per batch, seven times the capacity of a greenhouse dryer "
        "at one third of the cost per kilogram.",
    ),
    (
        "oTo130",
        "en",
        "encyc_dryer",
        "Solar drying to cut post-harvest losses of fruit and vegetables",
        "Post-harvest handling spoils 30–40% of produce in many places. Our review-based service helps farms replace "
        "open sun drying with solar dryers that remove moisture without fossil fuels or unreliable grid power.",
    ),
    # maintenance, fire safety and recycling of old panels
    (
        "oTo131",
        "vi",
        "evn_pccc",
        "Tư vấn bố trí an toàn phòng cháy cho hệ điện mặt trời mái nhà",
        "Theo hướng dẫn 3288/C07-P4 của Cục Cảnh sát PCCC: hệ trên mái công trình thuộc diện thẩm duyệt (khu chế xuất, "
        "khu công nghiệp, trường đại học, bảo tàng, cảng hàng không…) phải thẩm duyệt thiết kế PCCC; công trình khác "
        "vẫn nên theo khuyến cáo. Chúng tôi bố trí tấm pin tinh thể thay vì phim mỏng dễ cháy, chia nhóm không quá "
        "40 × 40 m, cách nhau từ 1,5 m, không đặt pin trong phạm vi 3 m quanh lối ra mái.",
    ),
    (
        "oTo132",
        "vi",
        "accgroup_pccc",
        "Tư vấn quy định PCCC cho điện mặt trời áp mái",
        "Tấm pin hiếm khi tự gây cháy vì đã được đánh giá an toàn; cháy nổ thường do ba nguyên nhân: phóng hồ quang tại "
        "điểm đấu nối tấm pin, dây điện hỏng hoặc quá tải, lắp đặt cách nhiệt không đạt. Chúng tôi tư vấn hồ sơ thẩm "
        "duyệt, thiết kế và lắp đặt đúng quy định PCCC cho hệ áp mái.",
    ),
    (
        "oTo133",
        "en",
        "greentech_fire",
        "Firefighter-safe rooftop PV design and labelling",
        "Fires caused by solar systems are rare (one German study found about 75 among 1.3 million installations), "
        "but arrays hamper firefighters who must vent roofs and cannot cut through modules; one warehouse burned for "
        "29 hours. We leave access pathways, label inverters and conduits, put a 'solar present' sign on the main "
        "panel, and plan battery disconnection and DC shutdown.",
    ),
    (
        "oTo134",
        "en",
        "engineerfix_fire",
        "DC arc-fault prevention audits for PV systems",
        "Fires start in fewer than one in ten thousand PV systems, mostly from faulty parts or installation errors. "
        "The main risk is the DC arc fault, which is harder to extinguish than an AC arc. We audit MC4 connectors for "
        "bad crimps, loose mating and mixed brands, and check cables for sharp edges, crushing and rodent damage.",
    ),
    (
        "oTo135",
        "en",
        "penrith",
        "Emergency isolation of rooftop PV for fire brigades, with rapid shutdown retrofits",
        "When a rooftop DC system caught fire, the fire brigade could not switch off the high-voltage string system "
        "and called our service team, who sent the nearest of our 14 trucks to isolate it. We provide 24/7 "
        "emergency isolation and retrofit rapid shutdown and proper rooftop isolators.",
    ),
    (
        "oTo136",
        "vi",
        "savisun_pccc",
        "Xác định hệ điện mặt trời mái nhà có phải thẩm duyệt thiết kế PCCC",
        "Chúng tôi rà soát công trình của khách hàng theo danh mục 20 loại dự án phải thẩm duyệt (Phụ lục IV Nghị định "
        "79/2014): khu chế xuất, khu công nghiệp, học viện, trường đại học từ 5.000 m³, bảo tàng, cảng hàng không, cửa "
        "hàng xăng dầu… Hệ hộ gia đình thường không phải thẩm duyệt nhưng vẫn được hướng dẫn biện pháp an toàn.",
    ),
    (
        "oTo137",
        "vi",
        "diendan_pccc_print",
        "Khuyến nghị an toàn PCCC khi lắp điện mặt trời mái nhà cho doanh nghiệp",
        "Theo Nghị định 136/2020, hệ điện mặt trời mái nhà không thuộc danh mục quản lý, thẩm duyệt PCCC, nhưng vì ảnh "
        "hưởng giải pháp ngăn cháy, chống cháy lan và lối ra mái nên phải tuân Điều 13 và 15; công trình thuộc diện "
        "thẩm duyệt khi lắp thêm hệ này phải lập hồ sơ thẩm duyệt, nghiệm thu. Chúng tôi hướng dẫn doanh nghiệp làm "
        "đúng.",
    ),
    (
        "oTo138",
        "vi",
        "tapchimoitruong_waste",
        "Nghiên cứu định hướng quản lý chất thải pin mặt trời",
        "Nhóm nghiên cứu môi trường phân tích hiện trạng và kinh nghiệm quốc tế, đề xuất chính sách quản lý chất thải "
        "pin mặt trời: bức xạ khoảng 5 kWh/m²/ngày ở miền Trung, miền Nam khiến điện mặt trời phát triển mạnh và sẽ sinh "
        "hàng nghìn tấn tấm pin thải giai đoạn 2035–2050. Nhận tư vấn cho địa phương, doanh nghiệp.",
    ),
    (
        "oTo139",
        "vi",
        "nangluong_pvwaste",
        "Đề xuất cơ chế tái chế, xử lý tấm quang điện hết hạn",
        "Cuối 2020 thế giới đã lắp 760,4 GW điện mặt trời, dự báo 4.500 GW năm 2050; Việt Nam thuộc 10 nước lắp nhiều "
        "nhất năm 2020. Chuyên gia tổng hợp chính sách khuyến khích, bắt buộc tái chế tấm PV ở các nước và đề xuất áp "
        "dụng cho Việt Nam.",
    ),
    (
        "oTo140",
        "vi",
        "plo_recycle",
        "Đánh giá tác động môi trường của tái chế tấm pin mặt trời",
        "Giảng viên khoa điện – điện tử một trường đại học sư phạm kỹ thuật đánh giá: nhà máy tái chế quốc tế thu hồi "
        "95% cadimi, 90% thủy tinh; một trạm 2,6 MWp phát 1.480–2.220 tấn CO2 mỗi năm, có thể giảm nhờ tái chế 186 tấn "
        "tấm pin thải; tái chế tốn ít hơn sản xuất mới 12–81 MJ/m² và giảm 2,5 kg CO2/m².",
    ),
    (
        "oTo141",
        "en",
        "pvknowhow_silver",
        "Business case for silver recovery from end-of-life solar panels",
        "IRENA expects recoverable materials from old modules to be worth US$15 billion by 2050, and silver in the "
        "cell grid lines drives recycling profit. Our guide and advisory set out metallurgical routes, recovery rates "
        "and market realities for waste firms and investors planning a panel recycling line.",
    ),
    (
        "oTo142",
        "en",
        "mdpi_recycle",
        "Review of processes to recycle crystalline, CdTe and CIGS modules",
        "A university renewable energy centre summarises routes for comprehensive module recycling: crushing or "
        "cutting versus thermal or solvent delamination; mechanical, wet or dry chemical extraction; crystalline "
        "silicon today recycled by crushing and sorting, with processes to recover intact wafers for higher-grade "
        "silicon; CdTe by leaching; CIGS by removing selenium.",
    ),
    (
        "oTo143",
        "en",
        "sustain_dir",
        "Dismantling and material recovery for retired PV panels",
        "Panels last 25–30 years. Recycling starts with removing the aluminium frame and junction box, then "
        "separating glass, EVA or POE encapsulant, silicon cells with traces of silver and copper, and backsheet, so "
        "the materials can go back into new panels or other products.",
    ),
    (
        "oTo144",
        "en",
        "elalmacen",
        "Multi-step recycling of end-of-life PV modules",
        "Solar panel recycling separates glass, aluminium, silicon, copper, silver and polymers with mechanical, "
        "thermal and chemical treatments; modern plants recover 85–95% of a panel. With 78 million tonnes of panel "
        "waste expected worldwide by 2050, we explain where to take old panels.",
    ),
    (
        "oTo145",
        "en",
        "metroforensics",
        "Safety training for solar installation and maintenance crews",
        "Engineers who investigate solar installation losses train crews on the hazards of PV work: arc flash burns "
        "and blasts, electric shock, falls from roofs and thermal burns, and the safe work practices of OSHA's power "
        "generation and distribution standard.",
    ),
    # financing and leasing solar systems
    (
        "oTo146",
        "vi",
        "solarspc_ppa",
        "PPA cho thuê mái: điện mặt trời không cần vốn đầu tư",
        "Nhà đầu tư bỏ vốn, lắp đặt và vận hành hệ điện mặt trời trên mái của doanh nghiệp hay hộ gia đình; chủ mái "
        "không bỏ vốn, mua lại điện với giá PPA 1.200–1.800 đồng/kWh, thấp hơn giá lưới 2.500–3.000 đồng, tiết kiệm "
        "10–30%, không lo bảo trì. Hợp đồng dài 10–20 năm; phù hợp nhà xưởng, siêu thị, khách sạn, nhà có mái rộng.",
    ),
    (
        "oTo147",
        "en",
        "lotus_models",
        "Roof rental for rooftop solar: 25-year lease, developer pays all costs",
        "Under our roof rental model the developer leases your roof for 25 years, builds and runs the plant, and "
        "bears investment, insurance and O&M costs; you receive rent. Requirements: a credible owner who can lease for "
        "25 years, a large roof (about 8,000 m² per 1 MW) and a structure able to carry the panels.",
    ),
    (
        "oTo148",
        "vi",
        "nld_0dong",
        'Mô hình điện mặt trời "0 đồng" theo hợp đồng dịch vụ năng lượng',
        "Giới thiệu các mô hình khách hàng không trả vốn ban đầu mà dùng điện rẻ hơn giá lưới lâu dài: hợp đồng dịch "
        "vụ năng lượng (ESCO) 10–25 năm cho tòa nhà, trường học, bệnh viện, doanh nghiệp; hợp đồng mua bán điện (PPA) "
        "trên mái 20–25 năm, giá ban đầu thấp hơn giá lưới, tăng 1–3%/năm, tiết kiệm 10–30%.",
    ),
    (
        "oTo149",
        "vi",
        "ttc_counter",
        "Gói đầu tư đối ứng điện mặt trời cho doanh nghiệp",
        "Doanh nghiệp góp vốn theo khả năng tài chính, chúng tôi đầu tư phần còn lại; phí vận hành, duy trì hệ thống 0 "
        "đồng; giá điện thấp hơn giá mua của EVN từ 10%; doanh nghiệp sở hữu hệ thống từ năm thứ 16.",
    ),
    (
        "oTo150",
        "en",
        "opendev_loans",
        "Low-interest long-term bank loans for household solar",
        "Commercial banks now offer more low-interest loans with long repayment terms for household solar-energy "
        "projects, in line with the national renewable energy strategy to raise renewables' share of electricity to "
        "38% by 2020 and 43% by 2050.",
    ),
    (
        "oTo151",
        "en",
        "usaid_survey",
        "Market study on financing commercial and industrial rooftop solar",
        "A donor energy programme surveyed 35 of 54 organisations (18 end users, 16 developers, 1 financier) on C&I "
        "rooftop solar: usage, barriers, CAPEX versus OPEX preferences, safety and quality concerns, and lenders' "
        "views on corporate versus project finance. Only 23% of surveyed buyers had rooftop solar. Findings support "
        "lenders and buyers designing finance.",
    ),
    (
        "oTo152",
        "en",
        "oecd_finance",
        "Policy review of clean energy finance and green banking in Viet Nam",
        "An international organisation's review shows the 8.85 GW of utility solar and 9.7 GW of rooftop solar "
        "built by end-2020 were financed mainly by domestic and regional banks, credits the State Bank's green banking "
        "policies, and recommends capital-market development, green finance instruments and development finance to "
        "mobilise private investment.",
    ),
    (
        "oTo153",
        "vi",
        "micdongsaigon_ins",
        "Bảo hiểm hệ điện mặt trời áp mái giai đoạn lắp đặt và vận hành",
        "Công ty bảo hiểm cung cấp bảo hiểm mọi rủi ro lắp đặt cho hệ điện mặt trời áp mái theo quy tắc 121/2016/QĐ-MIC "
        "và các điều khoản bổ sung, tiếp đó là bảo hiểm trong giai đoạn vận hành, giúp doanh nghiệp yên tâm đầu tư.",
    ),
    (
        "oTo154",
        "vi",
        "bic_yield_ins",
        "Bảo hiểm sản lượng điện mặt trời hòa lưới cho hộ gia đình 2–10 kWp",
        "Gói giải pháp do một công ty bảo hiểm, một ngân hàng và một tập đoàn năng lượng mặt trời phối hợp từ 9/2018 cho "
        "hộ gia đình lắp hệ 2–10 kWp: nếu sản lượng điện kê khai trong hợp đồng bị sụt giảm trong thời hạn bồi thường, "
        "công ty bảo hiểm chi trả; sau 2 tháng đã lắp gần 180 kWp.",
    ),
    (
        "oTo155",
        "en",
        "vietnamsolar_ins",
        "Solar output insurance against force majeure",
        "Output insurance pays the owner when a solar system's generation falls because of insured risks such as "
        "natural disasters, fire or theft, compensating in proportion to the lost output so revenue and cash flow "
        "stay stable. Available for rooftop, stand-alone and large plants.",
    ),
    (
        "oTo156",
        "en",
        "luatpvl_storm",
        "Legal advice on insurance claims for storm damage to solar systems",
        "We advise owners on when insurers must pay for storm damage to solar systems: the policy must be in force "
        "and list storms or natural disasters among covered risks, the damage must be documented and reported on "
        "time, with examples and the legal basis.",
    ),
    (
        "oTo157",
        "vi",
        "anhsang_angiang",
        "Dự án năng lượng xanh: hỗ trợ 50% chi phí và tín dụng cho hệ điện mặt trời hộ dân",
        "Tổ chức phát triển xanh phối hợp ngành nông nghiệp tỉnh hỗ trợ 50% chi phí đầu tư và cho vay phần còn lại để hộ "
        "dân chưa có điện lưới lắp hệ điện mặt trời gồm tấm pin, bình trữ điện, bộ đổi điện một chiều sang xoay chiều, "
        "bộ điều khiển sạc; một ấp trên núi đã có điện 100% hộ, đủ thắp 13 bóng đèn, xem tivi, chạy quạt.",
    ),
    (
        "oTo158",
        "vi",
        "vrenergy_ins",
        "Tư vấn bảo hiểm cho dự án điện mặt trời",
        "Bảo hiểm bảo vệ khoản đầu tư khi hỏa hoạn, hỏng thiết bị hay thời tiết cực đoan làm hư hệ thống, để chủ đầu "
        "tư không phải tự trả toàn bộ chi phí sửa chữa, thay thế, đồng thời giảm thời gian ngừng phát điện. Chúng tôi "
        "giúp chọn gói phù hợp khi triển khai dự án.",
    ),
    (
        "oTo159",
        "vi",
        "coolbot_vnexpress",
        "Kho lạnh CoolBot dùng máy điều hòa cho rau quả",
        "Bộ điều khiển CoolBot gồm cảm biến và vi điều khiển nối với máy điều hòa trong phòng cách nhiệt, cho phép hạ "
        "xuống 5 °C hoặc thấp hơn mà không đóng băng dàn lạnh, tự ngắt máy nén khi đạt nhiệt độ để tiết kiệm điện; giai "
        "đoạn đầu hỗ trợ 90% kinh phí lắp.",
    ),
    (
        "oTo160",
        "en",
        "coolbot_sonla",
        "Low-cost cold rooms for vegetable cooperatives",
        "Cold rooms of 15–30 m³ built with an ordinary air conditioner and a CoolBot controller reach as low as "
        "1.5 °C for fruit and vegetables at an initial cost of about 92–116 million VND; a donor-funded cold chain "
        "project transfers the technology to cooperatives.",
    ),
]
