"""Offers of holdout137 (sawmills, carpentry and wood-furniture workshops).

Rows: (id, language, source key, title, description). Each offer paraphrases the public page behind its source key.
"""

OFFERS = []

# --- sawing small logs and yield -------------------------------------------------------------
OFFERS += [
    (
        "nIo001",
        "vi",
        "card_survey",
        "Chương trình cải tiến xưởng xẻ gỗ rừng trồng quy mô nhỏ",
        "Nhóm chuyên gia Viện Khoa học Lâm nghiệp Việt Nam phối hợp Đại học Melbourne (dự án CARD 027/06VIE) khảo sát và "
        "đánh giá tại chỗ xưởng xẻ nông thôn: thiết bị cưa vòng đứng, cưa vòng nằm, cưa đĩa, máy mài lưỡi, dải đường kính "
        "gỗ keo và bạch đàn đưa vào xẻ, thời gian lưu gỗ tròn, nấm mục và biến màu. Sau khảo sát, xưởng nhận khuyến nghị "
        "cải tiến vận hành để nâng tỷ lệ thành khí và chất lượng ván xẻ.",
    ),
    (
        "nIo002",
        "en",
        "card_summary",
        "Operator and saw-doctor training for small rural sawmills",
        "The University of Melbourne's Centre for Advanced Wood Processing and the Forest Science Institute of Vietnam run "
        "a training programme for trainers and mill operators of small rural sawmills. Mills are audited as in a sawmill "
        "improvement programme and receive on-site advice on sawing efficiency, kiln drying and preservative treatment.",
    ),
    (
        "nIo003",
        "en",
        "sdr_review",
        "Saw-dry-rip processing for small-diameter plantation logs",
        "Advisory service on the saw-dry-rip (SDR) method for fast-grown plantation logs of small diameter: logs are "
        "live-sawn into flitches, dried, then ripped, instead of conventional live sawing of boards. Reviewed evidence from "
        "South East Asian mills shows fewer rejects from warp and higher overall yield, at a processing cost that "
        "justifies adoption by small sawmills.",
    ),
    (
        "nIo004",
        "en",
        "peel_vs_saw",
        "Spindleless rotary peeling as an alternative to sawing small logs",
        "Queensland researchers compared sawing with spindleless rotary veneer peeling on three small-diameter log classes. "
        "Peeling gave higher and more consistent recovery than sawing, was less affected by log diameter, and the veneer "
        "was suitable for laminated veneer products. Technical advice is offered to mills holding small logs of low value.",
    ),
    (
        "nIo005",
        "vi",
        "euc_nitens",
        "Tư vấn xẻ xuyên tâm gỗ bạch đàn để giảm nứt mặt và tăng giá trị",
        "Kết quả thử nghiệm trên gỗ bạch đàn rừng trồng 21 tuổi đã tỉa cành: xẻ tiếp tuyến cho tổng thể tích ván cao hơn "
        "nhưng ván bị hạ cấp nhiều do nứt mặt; xẻ xuyên tâm cho giá trị sản phẩm khoảng 185 AUD/m³ so với 153 AUD/m³. "
        "Chúng tôi hướng dẫn chọn sơ đồ xẻ theo mục tiêu chất lượng ván cho xưởng xẻ bạch đàn.",
    ),
    (
        "nIo006",
        "en",
        "euc_regnans",
        "Log-cutting plans by diameter class for eucalypt lumber",
        "University of Bío-Bío wood engineers assess eucalypt sawlogs (end-crack width and length), design cutting plans "
        "for 28–40 cm and 42–56 cm diameter classes, and measure lumber yield by both Smalian's formula and the JAS "
        "method, together with bow, crook and twist of the sawn boards. Larger diameters gave the higher yield.",
    ),
    (
        "nIo007",
        "en",
        "bluegum_wa",
        "Processing trials for farm-grown eucalypt sawlogs",
        "Sawing, drying and grading trial service for plantation eucalypts grown on farmland for pulp but managed for "
        "sawlogs. In a 17-year-old thinned and pruned blue gum stand, appearance-grade boards reached 30% of log volume "
        "plus 2.4% usable as filler laminates, with air-dry density about 680 kg/m³.",
    ),
    (
        "nIo008",
        "vi",
        "coco_ccf",
        "Công nghệ sản xuất ván sàn và đồ gỗ từ thân dừa",
        "Nhóm nghiên cứu Trường Đại học Lâm nghiệp (dự án gỗ dừa CCF, chung kết Khởi nghiệp quốc gia 2020) chuyển giao quy "
        "trình tận dụng thân dừa già, phế liệu của vườn dừa, để làm ván sàn và sản phẩm đồ gỗ. Phù hợp vùng trồng dừa "
        "chịu mặn 5–6‰ ở Đồng bằng sông Cửu Long.",
    ),
    (
        "nIo009",
        "en",
        "coco_palomar",
        "Cocowood processing and utilisation technology package",
        "The Timber Utilization Division of the Philippine Coconut Authority (Zamboanga) offers its cocowood technologies: "
        "felling senile palms, sawmilling, machining, seasoning, preservative treatment and finishing, aimed at "
        "export-oriented, high-value products. Known problem areas such as sawing, finishing and small lumber sizes are "
        "covered.",
    ),
    (
        "nIo010",
        "en",
        "coco_manual",
        "Cocowood-to-flooring processing manual and training",
        "Manual and training from ACIAR project FST/2004/054: handling and sorting senile coconut stems, sawing, density "
        "sorting, protecting and stacking, drying and machining cocowood into flooring that meets international standards, "
        "with a processing-risk checklist for small Pacific and Asian mills.",
    ),
    (
        "nIo011",
        "vi",
        "coco_facts",
        "Bộ thông số kỹ thuật gia công gỗ dừa theo tỷ trọng",
        "Tài liệu kỹ thuật về gỗ dừa: phần gỗ vòng ngoài tỷ trọng cao có tính chất như gỗ cứng, dùng được cho ván sàn giá "
        "trị cao; kèm thông số cơ lý, độ bền tự nhiên, nguy cơ côn trùng và biến màu, hệ số hiệu chỉnh máy đo ẩm, quy "
        "cách sấy, xẻ, gia công và phân hạng.",
    ),
    (
        "nIo012",
        "en",
        "band_pitch",
        "Band sawmill blade selection and sharpening service",
        "Blade advice for portable band sawmills: 7/8-inch tooth pitch for general sawing, 3/4-inch for hard or long-dried "
        "logs, and gullet size matched to cut width so sawdust does not spill and make the blade dive or climb. A "
        "sharpening service works with the mill to tune blades to the species sawn.",
    ),
    (
        "nIo013",
        "vi",
        "cooks_sharpen",
        "Thiết bị mài lưỡi cưa vòng và đào tạo tự mài",
        "Cung cấp máy mài, máy chỉnh răng lưỡi cưa vòng cho xưởng xẻ và hướng dẫn kiểm soát tải răng: độ sắc, tốc độ tiến "
        "gỗ và độ cứng gỗ; dùng ampe kế trên động cơ điện để biết khi nào lưỡi cùn cần mài lại.",
    ),
    (
        "nIo014",
        "en",
        "headsaw_maint",
        "Circular head-saw maintenance coaching",
        "Coaching from hardwood mills on keeping a circular head saw cutting straight: inspection and light grinding "
        "three times per shift day, swaging teeth when needed, and not burning the tooth while sharpening. Example: a "
        "56-inch, 52-tooth inserted-tooth blade with a 9/32-inch kerf at 650 rpm.",
    ),
    (
        "nIo015",
        "vi",
        "hudson_manual",
        "Máy xẻ cưa vòng di động kèm chương trình mài lại lưỡi",
        "Máy xẻ cưa vòng di động cho hộ và xưởng nhỏ, có dẫn hướng lưỡi trên, dưới và sau để lưỡi không lượn. Kèm hướng dẫn "
        "bảo dưỡng: rửa sạch bùn đất trên gỗ tròn, bôi trơn lưỡi, nới căng lưỡi cuối ngày, không ép lưỡi cùn, và dịch vụ "
        "mài lại lưỡi.",
    ),
    (
        "nIo016",
        "en",
        "band_sharpener",
        "Band sawmill blade sharpening for precision cuts",
        "Sharpening service and sharpener set-up for band sawmill blades, restoring tooth geometry for kerfs as narrow as "
        "0.035 inch. Cited magazine tests found sharp blades cut about 25% faster with 40% less power draw, and avoid wavy, "
        "burnt cuts.",
    ),
    (
        "nIo017",
        "vi",
        "saw_collar",
        "Dịch vụ căn chỉnh lưỡi cưa đĩa cho xưởng xẻ",
        "Kỹ thuật viên kiểm tra bích kẹp (collar), chỉnh độ lệch dẫn (lead) và mài răng lưỡi cưa đĩa để đường xẻ thẳng, "
        "lưỡi không ăn lệch ra ngoài hay vào trong khúc gỗ, giảm hỏng lưỡi và thời gian dừng máy.",
    ),
    (
        "nIo018",
        "vi",
        "tram_bong_vang",
        "Cung cấp giống và kỹ thuật trồng rừng tràm bông vàng",
        "Trang trại cung cấp cây giống tràm bông vàng (Acacia auriculiformis), tràm lá to, tràm lai và hướng dẫn trồng xen "
        "cây ngắn ngày như khoai mì, sả khi rừng còn nhỏ. Sau 5–7 năm có thể tỉa thưa bán gỗ, mỗi cây từ 50.000 đồng, hoặc "
        "bán làm nguyên liệu giấy.",
    ),
    (
        "nIo019",
        "en",
        "card_keolai",
        "Economic model for acacia hybrid sawlog plantations",
        "CARD project VIE 032/05 baseline: growth, harvesting, transport and board production data for acacia sawlog "
        "plantations, with an NPV/IRR model showing returns to smallholder growers. Intended for tree growers deciding "
        "between pulpwood and sawlog rotations.",
    ),
    (
        "nIo020",
        "vi",
        "kfw1_thinning",
        "Kỹ thuật tỉa thưa rừng trồng thông và keo lá tràm",
        "Viện Khoa học Lâm nghiệp Việt Nam chuyển giao mô hình tỉa thưa rừng thông đuôi ngựa thuần loài và xen keo lá tràm "
        "(dự án KfW1, Bắc Giang, Lạng Sơn): sau tỉa thưa tăng trưởng đạt 4–13,46 m³/ha/năm so với 3–7 m³/ha/năm ở rừng "
        "không tỉa.",
    ),
    (
        "nIo021",
        "vi",
        "pulpwood_ratio",
        "Xác định tỷ lệ lợi dụng gỗ nguyên liệu giấy keo, bạch đàn",
        "Viện Nghiên cứu Cây nguyên liệu giấy khảo sát tỷ lệ lợi dụng gỗ nguyên liệu giấy khi khai thác keo hạt, keo lai, "
        "bạch đàn, giúp tính trữ sản lượng rừng trồng nguyên liệu giấy sát thực tế, tránh lãng phí gỗ tại rừng.",
    ),
    (
        "nIo022",
        "vi",
        "keo_dua_candy",
        "Dây chuyền nấu kẹo dừa thủ công",
        "Cơ sở kẹo dừa ở Châu Thành (Bến Tre) chia sẻ quy trình: xay cơm dừa, ép lấy cốt, đánh trên chảo khoảng 45 phút, "
        "để nguội, cán, cắt viên, gói và đóng khuôn; có thể kết hợp đón khách tham quan.",
    ),
    (
        "nIo023",
        "en",
        "coco_handicraft",
        "Coconut shell, leaf-stalk and root handicrafts",
        "Ben Tre handicraft workshops (Chau Thanh, Mo Cay Nam, Giong Trom) turn coconut shells, leaf stalks, roots and "
        "offcuts of coconut trunk into kitchenware, bags, combs and decorative pieces for export to China, the US, France "
        "and Australia, with satellite households doing piecework.",
    ),
    (
        "nIo024",
        "vi",
        "euc_clone_trial",
        "Khảo nghiệm sinh trưởng dòng bạch đàn lai",
        "Đề tài của Trường Đại học Lâm nghiệp đánh giá sinh trưởng một số dòng bạch đàn lai tạo trồng khảo nghiệm tại Ba "
        "Vì, Hà Nội, làm cơ sở chọn giống bạch đàn cho trồng rừng sản xuất.",
    ),
]

# --- kiln and solar drying of timber ---------------------------------------------------------
OFFERS += [
    (
        "nIo025",
        "vi",
        "say_nlmt_hcmute",
        "Thiết kế, chế tạo lò sấy gỗ năng lượng mặt trời 10 m³/mẻ",
        "Nhóm nghiên cứu Đại học Sư phạm Kỹ thuật TP.HCM thiết kế lò sấy gỗ dùng năng lượng mặt trời công suất 10 m³/mẻ "
        "cho khí hậu Nam Bộ (2.200–2.600 giờ nắng/năm, khoảng 5,2 kWh/m²/ngày), thay lò đốt than, củi; gỗ sau sấy đạt yêu "
        "cầu xuất khẩu, tiết kiệm năng lượng và an toàn sản xuất.",
    ),
    (
        "nIo026",
        "vi",
        "say_nlmt_nonglam",
        "Khảo sát, đánh giá hiệu quả lò sấy gỗ năng lượng mặt trời",
        "Trung tâm Chế biến lâm sản, Giấy và bột giấy (Trường ĐH Nông Lâm TP.HCM) nhận đo đạc nhiệt độ, độ ẩm, tốc độ sấy và "
        "chất lượng gỗ trong lò sấy năng lượng mặt trời đang vận hành, đánh giá hiệu quả và đề xuất cải tiến cho cơ sở chế "
        "biến gỗ.",
    ),
    (
        "nIo027",
        "vi",
        "say_quangnam",
        "Chuyển giao mô hình sấy gỗ và đồ mỹ nghệ bằng năng lượng mặt trời",
        "Trung tâm Nghiên cứu và ứng dụng năng lượng mặt trời (Bình Dương) của PGS.TS Hồ Xuân Cát đã xây dựng nhà máy sấy "
        "gỗ bằng năng lượng mặt trời đầu tiên ở Duy Xuyên, Quảng Nam; nhận chuyển giao mô hình sấy gỗ và hàng mỹ nghệ cho "
        "doanh nghiệp địa phương khác.",
    ),
    (
        "nIo028",
        "vi",
        "say_card_vi",
        "Đánh giá và cải tiến lò sấy gỗ đang vận hành",
        "Chuyên gia dự án CARD 027/06VIE khảo sát lò sấy tại các nhà máy Việt Nam: giám sát và điều khiển nhiệt độ, lưu "
        "chuyển không khí, vách hướng gió, cách xếp đống và thanh kê, lò hơi đốt gỗ; đưa khuyến nghị cụ thể để giảm nứt, "
        "cong vênh và thời gian sấy.",
    ),
    (
        "nIo029",
        "en",
        "kiln_card_en",
        "Kiln assessment for wood-fired boiler kilns",
        "Kiln audit by the CARD sawmill project team (Harris, Vinden, Blackwell): temperature monitoring and controls, air "
        "flow and baffling, racking practice and wood-fired boilers, with a findings report for each factory visited.",
    ),
    (
        "nIo030",
        "en",
        "solar_osu",
        "Simple solar kiln plans for small wood businesses",
        "Oregon State/Wisconsin plans for a simple solar lumber kiln built over 300 times: it dries 450 board feet of "
        "1-inch hardwood in 6 weeks of good weather; capacity is about 10 board feet per square foot of roof, and the roof "
        "angle should equal the site latitude. Includes log sawing and stacking guidance.",
    ),
    (
        "nIo031",
        "en",
        "solar_vt",
        "Virginia Tech solar-heated dry kiln design",
        "Cooperative Extension publication with plans and operating guidance for an inexpensive, simple solar-heated lumber "
        "kiln, based on 25 years of solar drying research in the US and abroad; earlier versions held up to 2,000 board "
        "feet.",
    ),
    (
        "nIo032",
        "en",
        "solar_samsel",
        "Hybrid solar and sawmill-waste boiler kilns",
        "A working sawmill's home-built kilns (about 50,000 board feet total) are heated by solar panels and by boilers "
        "burning sawmill wood waste. Lumber is air-dried to 20–25% then kiln-dried to 6–8%: 7–10 days for 1-inch pine, up "
        "to 20 days for hardwoods, using a slow schedule to limit degrade.",
    ),
    (
        "nIo033",
        "en",
        "solar_pww",
        "1,000 board-foot solar kiln for a small professional shop",
        "Design and build notes for a solar drying kiln of about 1,000 board feet that runs only a fan, relying on the "
        "day-night cycle to relieve drying stress; explains relative humidity and evaporation so the operator can manage "
        "the charge.",
    ),
    (
        "nIo034",
        "en",
        "dh_kiln_fpl",
        "Operation and cost of a small dehumidification kiln",
        "USDA Forest Products Laboratory note: a small dehumidification kiln run by a woodworker with no kiln experience "
        "dried charges of 600–700 board feet, e.g. mixed air-dried 4/4 stock from 18.4% to 7.3% moisture in 15 days, and "
        "4/4 red oak from 82.9% to about 6% in 45–50 days. Costs and casehardening relief are documented.",
    ),
    (
        "nIo035",
        "en",
        "heatpump_hq",
        "Heat-pump lumber drying with fuel-fired preheating",
        "Energy-efficiency programme sheet: low-temperature drying where a fuel-fired preheater supplies about 15% of the "
        "energy and a heat pump dehumidifies and recovers heat. Gives high quality (little checking or warp, no mould) at "
        "drying times comparable to a high-temperature kiln, without adding a boiler.",
    ),
    (
        "nIo036",
        "vi",
        "lo_say_hoi",
        "Cung cấp, lắp đặt lò sấy gỗ hơi nước mini và công nghiệp",
        "Thiết kế lắp đặt lò sấy gỗ dùng hơi nước (hoặc nước nóng, gas, điện, củi): buồng kín, cửa bản lề, xe goòng trên "
        "ray, quạt đối lưu, hộp thoát ẩm; có loại mini cho xưởng nhỏ và loại công nghiệp; sấy đồng thời diệt trứng mối, mọt "
        "trong gỗ.",
    ),
    (
        "nIo037",
        "vi",
        "coco_dry_vi",
        "Hướng dẫn sấy khô gỗ dừa tăng độ bền",
        "Tư vấn các phương pháp sấy gỗ dừa dùng làm ván ép, ván lạng, ván sàn và đồ nội thất: phơi tự nhiên, sấy lò hơi, "
        "sấy hồng ngoại, cùng lưu ý kiểm soát độ ẩm để gỗ không nứt, mốc khi sử dụng.",
    ),
    (
        "nIo038",
        "vi",
        "cang_lo_say",
        "Xây dựng chế độ sấy cho gỗ rừng trồng dễ nứt",
        "Viện Nghiên cứu Công nghiệp rừng xác định chế độ sấy cho gỗ sinh trưởng nhanh có nội ứng suất lớn (thử trên gỗ "
        "cáng lò): ở 60–80 °C tỷ lệ nứt vỡ tới 3,44%, ngang gỗ bạch đàn; hạ xuống 40–60 °C chỉ còn 1,24%. Nhận xây dựng "
        "quy trình sấy riêng cho từng loài gỗ.",
    ),
    (
        "nIo039",
        "en",
        "mc_metering",
        "Moisture and humidity metering kit for furniture plants",
        "Meter supplier guidance: check lumber at 6–8% moisture content out of the kiln and before machining, keep shop "
        "relative humidity at 30–50%, and use combination pin/pinless/RH meters and data loggers that store up to 16,000 "
        "readings with out-of-range alarms.",
    ),
    (
        "nIo040",
        "vi",
        "mc_meter_usage",
        "Tư vấn chọn máy đo độ ẩm gỗ có kim và không kim",
        "Máy đo không kim quét nhanh nhiều tấm ván, không để lại lỗ, cần mặt phẳng và đọc đến độ sâu nhất định; máy đo có "
        "kim đo điện trở giữa hai kim, cần hiệu chỉnh nhiệt độ, dùng cho ván dày hoặc chi tiết cong. Hỗ trợ lập quy trình "
        "kiểm tra độ ẩm đầu vào để tránh co ngót, cong vênh.",
    ),
    (
        "nIo041",
        "en",
        "first_kiln",
        "Advice on buying a first lumber dry kiln",
        "Wood-drying specialist guidance for small and medium firms entering lumber drying: start from a business plan, "
        "judge the kiln by the quality of lumber it produces rather than speed or energy, and compare dehumidification and "
        "other kiln types.",
    ),
    (
        "nIo042",
        "en",
        "dh_shed_kiln",
        "Small-scale dehumidification shed kiln design",
        "Plans for a sealed, insulated shed kiln with a dehumidifier that controls temperature, airflow and humidity better "
        "than solar kilns; best used after air drying, bringing hardwood to 6–8% moisture for very little energy. Covers "
        "sizing by load, door placement and later re-use of the shed.",
    ),
    (
        "nIo043",
        "vi",
        "say_phuongphap",
        "Cung cấp thiết bị sấy gỗ các phương pháp",
        "Nhà cung cấp giới thiệu và lắp đặt các kiểu sấy gỗ nhân tạo: lò sấy nhiệt độ thấp, thường và cao, sấy hút ẩm, "
        "sấy năng lượng mặt trời, sấy chân không, sấy cao tần và vi sóng, sấy hồng ngoại và sấy tiếp xúc ép nóng.",
    ),
    (
        "nIo044",
        "vi",
        "powder_coat",
        "Tối ưu dây chuyền sơn tĩnh điện giảm lỗi bề mặt",
        "Tư vấn vận hành dây chuyền sơn bột tĩnh điện cho kim loại: giữ độ ẩm phòng 40–55% RH, kiểm soát điện áp phun, "
        "lưu lượng bột, nhiệt độ sấy polymer hóa để tránh chấm kim, rỗ bề mặt và lệch màu.",
    ),
    (
        "nIo045",
        "en",
        "ispm15_en",
        "ISPM 15 heat treatment of export pallets and crates",
        "Certified heat treatment of wood packaging (pallets, crates, dunnage) so the wood core reaches 56 °C for 30 "
        "continuous minutes, monitored by internal probes, with debarking and the IPPC mark; avoids rejected shipments at "
        "about 90 enforcing countries.",
    ),
    (
        "nIo046",
        "vi",
        "ispm15_vi",
        "Xử lý nhiệt pallet gỗ đạt chuẩn ISPM 15",
        "Dịch vụ sản xuất và xử lý pallet gỗ xuất khẩu theo tiêu chuẩn kiểm dịch ISPM 15, đóng dấu IPPC, giúp hàng hóa "
        "thông quan ở các nước nhập khẩu áp dụng quy chuẩn này.",
    ),
]

# --- preservation against termites and borers --------------------------------------------------
OFFERS += [
    (
        "nIo047",
        "vi",
        "moi_minhtiep",
        "Xử lý gỗ chống mối mọt ngay tại xưởng",
        "Xưởng đồ gỗ giới thiệu các cách xử lý chống mối mọt trước khi gia công: ngâm gỗ trong nước vôi theo kinh nghiệm "
        "làng nghề, ngâm tẩm hoặc quét thuốc bảo quản, sấy diệt côn trùng, rồi phủ sơn bảo vệ; nhận xử lý gỗ cho cơ sở mộc "
        "và công trình.",
    ),
    (
        "nIo048",
        "vi",
        "moi_hpt",
        "Hóa chất bảo quản gỗ và biến tính gỗ chống nấm, côn trùng",
        "Nhà cung cấp hóa chất giới thiệu thuốc bảo quản trừ mối mọt tẩm vào gỗ và các hướng thân thiện môi trường hơn như "
        "biến tính gỗ (axetyl hóa bằng anhyđrit axetic) để nấm không dùng gỗ làm thức ăn; lưu ý nấm khó phát triển khi độ "
        "ẩm gỗ dưới khoảng 17%.",
    ),
    (
        "nIo049",
        "en",
        "boron_tpaa",
        "Boron diffusion treatment against borers and termites",
        "Treated-timber association service note: boron preservatives protect sawn timber against lyctid powder-post "
        "beetles, furniture beetles and, in suitable formulations, termites. Applied by dipping green timber, spraying, "
        "brushing or vacuum-pressure impregnation; cheap and deep-diffusing, but not for ground contact because boron "
        "leaches.",
    ),
    (
        "nIo050",
        "en",
        "boron_irg",
        "Field-tested borate treatment against subterranean termites",
        "IRG research team results: lumber pressure-treated with disodium octaborate tetrahydrate (DOT) plus DDAC at 0.7–2.2% "
        "boric acid equivalent, exposed above ground for two years in Kagoshima, showed at most very slight termite attack "
        "while untreated controls were moderately to severely attacked.",
    ),
    (
        "nIo051",
        "en",
        "boron_review",
        "Technical review and advice on borate wood preservatives",
        "Independent wood scientists provide a consolidated review of borate preservatives, chiefly DOT, covering "
        "efficacy against decay and insects, leaching and depletion, toxicity, corrosion and environmental aspects, for "
        "firms replacing CCA-type treatments.",
    ),
    (
        "nIo052",
        "en",
        "vpi_caerfagu",
        "Vacuum-pressure timber treatment service",
        "A timber yard treats wood in its own vacuum-pressure plant with a chrome- and arsenic-free copper preservative: "
        "timber at no more than 28% moisture, initial vacuum near 90%, flood, pressure phase set by hazard class (up to "
        "class 4, ground contact) and final vacuum; about 3 hours a cycle and 20 m³ a day.",
    ),
    (
        "nIo053",
        "vi",
        "double_vacuum",
        "Quy trình tẩm chân không kép cho gỗ khô cần giữ kích thước",
        "Nhà sản xuất thuốc bảo quản hướng dẫn phương pháp tẩm chân không kép (áp suất thấp) cho gỗ đã khô dùng làm khung "
        "cửa, cửa sổ, ván ốp: chân không ngắn ban đầu, ngập dung dịch, trả áp, chân không cuối để bề mặt khô; lượng thuốc "
        "thấm ít hơn tẩm chân không áp lực, ngày càng dùng thuốc gốc nước.",
    ),
    (
        "nIo054",
        "vi",
        "tre_phuvinh",
        "Xử lý tre tươi không bị mối mọt",
        "Cơ sở mây tre hướng dẫn xử lý tre, tầm vông trước khi đóng đồ: ngâm nước 30–90 ngày để rửa tinh bột, hơ nóng "
        "hoặc sấy khô, ngâm tẩm hóa chất bảo quản, rồi phủ sơn; giải thích vì sao tinh bột và độ ẩm cao làm tre dễ bị mọt.",
    ),
    (
        "nIo055",
        "vi",
        "tre_hoachat",
        "Bảo quản nguyên liệu tre trúc bằng hóa chất",
        "Xưởng tre trúc giới thiệu các nhóm thuốc diệt côn trùng, chống nấm vô cơ (borax, muối đồng, kẽm…) và hữu cơ dùng "
        "bảo quản tre nứa cho làng nghề, cách phối hợp để vừa trừ mọt vừa chống nấm mốc.",
    ),
    (
        "nIo056",
        "vi",
        "coco_soak",
        "Kinh nghiệm ngâm gỗ dừa chống mối mọt của nghệ nhân Bến Tre",
        "Nghệ nhân mỹ nghệ gỗ dừa Bến Tre chia sẻ cách chọn thân dừa già trên 50 năm và ngâm dưới nước phù sa khoảng 30 "
        "ngày để rửa chất chát thu hút mối mọt, giúp gỗ chắc, vân bóng sáng trước khi làm bàn ghế, ván nhà và đồ mỹ nghệ.",
    ),
    (
        "nIo057",
        "en",
        "pressure_treated",
        "Pressure treatment with arsenic-free preservatives",
        "Explainer-service on pressure-treating dry lumber: vacuum removes air, diluted preservative floods the cylinder and "
        "is forced in to about 0.10–0.25 pcf for above-ground use or 0.21–0.40 pcf for ground contact, then a final vacuum. "
        "Since CCA was withdrawn for residential use in 2003, copper azole, ACQ and borates are used.",
    ),
    (
        "nIo058",
        "vi",
        "tre_ngocduong",
        "Quy trình chống mối mọt tre trúc tầm vông tại xưởng",
        "Xưởng tre trúc nhận xử lý chống mối mọt cho tre, trúc, tầm vông làm nội ngoại thất: xử lý hóa chất chuyên dụng, "
        "xử lý nhiệt, hun khói, phơi khô; kèm video quy trình và cam kết nguyên liệu bền cho công trình.",
    ),
    (
        "nIo059",
        "vi",
        "go_chong_moi_chon",
        "Tư vấn chọn loại gỗ tự nhiên kháng mối cho bàn ghế",
        "Bài tư vấn người mua nội thất: giải thích cơ chế kháng mối tự nhiên của một số loài gỗ và gợi ý chọn gỗ có sẵn "
        "khả năng chống mối mọt hoặc đã qua xử lý để bàn ghế gia đình bền lâu.",
    ),
    (
        "nIo060",
        "vi",
        "moi_noi_that",
        "Mẹo bảo vệ nội thất gỗ trong nhà khỏi mối",
        "Hướng dẫn cho gia đình: phơi đồ gỗ dưới nắng 2–3 tháng một lần, quét 2–3 lớp véc-ni, giữ đồ gỗ khô ráo và dùng "
        "các cách tự nhiên thay cho thuốc diệt mối độc hại.",
    ),
]

# --- CNC routers and panel saws for furniture ------------------------------------------------
OFFERS += [
    (
        "nIo061",
        "vi",
        "cnc_nesting_vi",
        "Máy CNC gỗ cho xưởng nội thất và đào tạo người mới",
        "Nhà cung cấp máy CNC gỗ (router 4 đầu, 1 đầu thay dao tự động, 5 trục, trung tâm 2.5D, CNC nesting) để cắt, "
        "khoan, phay rãnh, khắc trên MDF, HDF, ván ép, gỗ tự nhiên; kèm hướng dẫn cấu tạo, nguyên lý và vận hành cho xưởng "
        "mới chuyển từ máy thủ công.",
    ),
    (
        "nIo062",
        "en",
        "cnc_nesting_en",
        "Nested-based manufacturing consultancy for cabinet shops",
        "Consultancy drawing on the Thermwood founder's analysis: nested-based CNC cuts and machines parts straight from "
        "full sheets, needing less capital and less floor space than the older panel saw plus point-to-point boring "
        "route, and lets cabinet software drive the whole process.",
    ),
    (
        "nIo063",
        "en",
        "cnc_panel_time",
        "Panel processing time benchmark, CNC versus conventional",
        "Shop benchmarking service: a conventional shop with a slider saw, small edgebander and dado saw processed 16 "
        "frameless cabinets (about 15 sheets) in 5.5 labour hours, about 21 minutes and $17.50 per cabinet at a $50 shop "
        "rate before line boring; CNC shops report most savings from less material handling.",
    ),
    (
        "nIo064",
        "en",
        "cnc_router_gloss",
        "CNC router selection guide for sheet-goods furniture",
        "Buyer guidance: 4x8 ft and 5x10 ft tables, spindles from 2.2 kW to over 12 kW at 7,000–24,000 rpm, positioning "
        "about ±0.005 inch; prices from hobby units to $15,000–30,000 with tool changers and over $100,000 for 5-axis. "
        "Nesting, 35 mm hinge boring, compression bits and vacuum hold-down limits are explained.",
    ),
    (
        "nIo065",
        "vi",
        "cnc_bottom_line",
        "Tư vấn đầu tư máy CNC router cho xưởng mộc",
        "Phân tích lợi ích và chi phí khi mua CNC router: máy chạy 2–3 ca liên tục, loại bỏ lỗi thao tác thủ công, người "
        "vận hành đứng xa dao cắt an toàn hơn; so sánh khoản đầu tư như mua xe tải trả góp 5–6 năm và khi nào xưởng tùy "
        "biến cao khó tận dụng máy.",
    ),
    (
        "nIo066",
        "en",
        "cnc_prod_mgmt",
        "CNC production management for small woodshops",
        "Coaching on running CNC production: track cycle time per part (under 5 minutes for simple profiles) and material "
        "yield (target 85–95%), log planned versus actual times, audit nesting when yield drops below 80%, and control "
        "stock moisture so panels do not warp after cutting.",
    ),
    (
        "nIo067",
        "vi",
        "nesting_opt",
        "Phần mềm tối ưu xếp hình cắt ván CNC (nesting)",
        "Giải pháp xếp chi tiết tự động trên tấm ván ép, MDF trước khi tạo đường chạy dao: giảm phần ván thừa, rút ngắn "
        "đường chạy, có tùy chọn xếp theo chiều vân gỗ; so sánh xếp tay và xếp tự động cho sản xuất nội thất.",
    ),
    (
        "nIo068",
        "en",
        "cnc_pasal",
        "CNC router machines for furniture and cabinetry",
        "Machinery dealer supplying computer-controlled router machines with gantry-mounted spindles that follow CAD "
        "programmes to cut and shape wood, plastics and soft metals for furniture, cabinets and signs.",
    ),
    (
        "nIo069",
        "vi",
        "go_cong_nghiep",
        "Tư vấn nội thất gỗ công nghiệp cho căn hộ",
        "Đơn vị thiết kế nội thất giới thiệu gỗ công nghiệp MFC, MDF, HDF phủ melamine, laminate, acrylic cho tủ bếp, tủ "
        "quần áo chung cư và văn phòng theo phong cách hiện đại, tân cổ điển.",
    ),
]

# --- wood finishing and spray booths ------------------------------------------------------------
OFFERS += [
    (
        "nIo070",
        "vi",
        "son_nuoc_pu",
        "Tư vấn chọn sơn gốc nước hay sơn PU cho nội thất gỗ xuất khẩu",
        "Nhà cung cấp sơn gỗ so sánh sơn gốc nước (dung môi là nước, ít VOC, ít mùi, an toàn cho thợ và người dùng, được thị "
        "trường xuất khẩu ưa chuộng) với sơn PU (độ bóng, bề mặt mịn nhưng nhiều VOC, cần thông gió) theo từng loại sản "
        "phẩm, giúp nhà máy nội thất chọn hệ sơn.",
    ),
    (
        "nIo071",
        "en",
        "epa_waterborne",
        "Converting a furniture finishing line to waterborne coatings",
        "US EPA case-study guidance: switching to waterborne coatings is the cheapest route to lower VOC/HAP emissions for "
        "small shops; capital runs from nominal to several thousand dollars for stainless-steel lines and pump parts. "
        "Higher solids can offset the higher price per gallon; grain raise, 'muddy' stains and spray technique need work "
        "with the supplier, and new sprayers train faster than solvent veterans.",
    ),
    (
        "nIo072",
        "en",
        "mntap_coatings",
        "Technical assistance to pilot low-VOC wood finishes",
        "Minnesota's technical assistance programme helps furniture and millwork firms trial waterborne, high-solids, UV "
        "and powder finishes. A furniture maker's waterborne pilot cut VOCs by 80%, eliminated HAPs and reduced hazardous "
        "clean-up waste; a millwork plant reported fewer headaches and sick days.",
    ),
    (
        "nIo073",
        "en",
        "epa_lowvoc",
        "Case studies on low-VOC/HAP furniture coatings",
        "EPA research laboratory study of 25 wood furniture plants that converted coating steps to low-VOC/HAP products: "
        "coating types used, problems met, equipment changes, costs, emission cuts, waste and worker-safety effects and "
        "customer feedback, to guide other plants through conversion.",
    ),
    (
        "nIo074",
        "vi",
        "day_chuyen_son_nuoc",
        "Dây chuyền sơn nước và buồng phun sơn ướt cho ngành gỗ",
        "Thiết kế lắp đặt dây chuyền sơn gốc nước thủ công, bán tự động hoặc tự động: buồng phun sơn ướt hút đáy hoặc hút "
        "sau có màng nước hay tấm lọc thu hạt sơn hiệu suất 85–95%, súng phun HVLP/airless áp 1,5–3 bar, tháp rửa khí hoặc "
        "than hoạt tính để khí thải đạt QCVN 19:2009/BTNMT cột A.",
    ),
    (
        "nIo075",
        "en",
        "booth_diy",
        "Spray booth design for woodworking shops",
        "Design notes for building a spray booth: enclosure, filtration and high air movement to capture overspray and keep "
        "dust off the finish; size the fan for about 100 cubic feet per minute for each square foot of booth opening.",
    ),
    (
        "nIo076",
        "en",
        "booth_usi",
        "Paint and finishing booths for the woodworking sector",
        "Booth manufacturer supplying finishing booths for wooden items of varied size: managed ventilation and airflow to "
        "remove fumes and overspray, multi-stage air filtration against dust defects, and conditions for even application "
        "and proper drying of stains, sealers, lacquers and paints.",
    ),
    (
        "nIo077",
        "en",
        "booth_woodcraft",
        "Low-cost spray booth set-ups for small shops",
        "Two simple booth arrangements built from shop materials: a funnel-shaped enclosure with baffles around an exhaust "
        "fan, so the sprayer stands in clean air while overspray from HVLP or compressor guns is drawn outside.",
    ),
    (
        "nIo078",
        "vi",
        "son_pu_tota",
        "Sơn PU đồ gỗ: hệ sơn lót, sơn màu, sơn bóng",
        "Nhà sản xuất sơn cung cấp sơn PU hai thành phần (chất tạo màng, chất đóng rắn, dung môi) cho gỗ tự nhiên và gỗ "
        "công nghiệp, chịu mài mòn cao, gồm hệ lót, màu, bóng, thay cho sơn dầu, vecni truyền thống.",
    ),
    (
        "nIo079",
        "en",
        "coatings_trends",
        "Waterborne and UV resins for interior wood coatings",
        "Resin and additive makers (AkzoNobel, Dow, DSM and others) supply formulations for cabinets, furniture and "
        "flooring as the market shifts to lower VOC, lower formaldehyde and low-odour coatings, chiefly waterborne and UV "
        "systems that must still match cost, application ease and durability.",
    ),
    (
        "nIo080",
        "vi",
        "son_pu_apovina",
        "Quy trình sơn PU cho đồ gỗ",
        "Hướng dẫn 4 bước sơn PU: xử lý và chà nhám bề mặt, sơn lót tăng bám dính và đều màu, sơn màu, sơn bóng hoặc mờ "
        "hoàn thiện; nêu ưu điểm chống trầy, chống ẩm, đa dạng màu.",
    ),
    (
        "nIo081",
        "vi",
        "booth_safety",
        "Tư vấn thiết kế buồng phun sơn an toàn cho xưởng gỗ",
        "Hướng dẫn xây buồng phun sơn kể cả trong xưởng nhỏ: giữ áp suất âm (thử bằng tờ giấy ở cửa hút), tính thể tích "
        "buồng, lưu lượng quạt 100–150 CFM trên mỗi ft² mặt hút theo NFPA, thiết bị chống cháy nổ, lưu ý giới hạn "
        "isocyanate 0,02 ppm khi phun PU.",
    ),
    (
        "nIo082",
        "en",
        "booth_types",
        "Enclosed and open-face spray booths for wood finishing",
        "Booth supplier explaining woodworking booths for stain, paint, sealer, primer, glaze, lacquer and varnish: better "
        "lighting, ventilation, fire-risk measures and filtered exhaust; enclosed booths need more space and money, "
        "open-face booths suit smaller shops.",
    ),
    (
        "nIo083",
        "vi",
        "son_nha",
        "Sơn lót và sơn phủ cho tường nhà",
        "Tư vấn chọn sơn lót kháng kiềm, chống nấm mốc và sơn phủ nội, ngoại thất cho tường bê tông, thạch cao; quy trình "
        "thi công sơn nhà và lưu ý khi mua sơn.",
    ),
    (
        "nIo084",
        "vi",
        "son_mdf_nha",
        "Sơn gỗ công nghiệp MDF, MFC cho đồ nội thất gia đình",
        "Giới thiệu bảng màu và các loại sơn dùng cho gỗ công nghiệp MDF, MFC, HDF trong nội thất gia đình, cách sơn đúng "
        "kỹ thuật để chống thấm, tăng độ bóng và hạn chế trầy xước.",
    ),
    (
        "nIo085",
        "en",
        "green_finishes",
        "Buyer's report on greener wood finishes and stains",
        "A 2005 purchasing report covering varnishes, shellacs, lacquers, natural oils, water-based finishes and stains "
        "reformulated with higher solids, reactive diluents or new solvents to meet VOC limits, with environmentally "
        "preferable options for buyers.",
    ),
]

# --- dust extraction and fire safety in wood shops ---------------------------------------------
OFFERS += [
    (
        "nIo086",
        "en",
        "hse_wooddust",
        "Local exhaust ventilation design for woodworking machines",
        "Regulator guidance applied by extraction designers: wood dust causes asthma (carpenters four times more likely) and "
        "hardwood dust nasal cancer; UK limits are 3 mg/m³ for hardwood and mixed dust and 5 mg/m³ for softwood (8-hour "
        "TWA). Extraction is designed per machine from airflow data, machines used together and shop layout, and checked "
        "with a dust lamp.",
    ),
    (
        "nIo087",
        "vi",
        "ttj_exposure",
        "Đánh giá phơi nhiễm bụi gỗ và hệ thống hút cục bộ",
        "Dịch vụ đánh giá rủi ro bụi gỗ cho xưởng: bụi gỗ cứng và gỗ mềm gây hen, bụi gỗ cứng gây ung thư mũi; đo nồng độ "
        "bụi trung bình 8 giờ so với giới hạn 5 mg/m³, ưu tiên hút bụi cục bộ (LEV) thiết kế, bảo trì đúng, khẩu trang chỉ "
        "bổ sung chứ không thay thế.",
    ),
    (
        "nIo088",
        "en",
        "aaf_dust",
        "Dust capture and filtration systems for furniture production",
        "Filtration company designing woodworking dust control: hoods at each source, ductwork, fan and filter unit with "
        "dust container, sized for dust ranging from sub-10-micron sanding dust to planer curls, and designed for the fire "
        "and explosion risk of wood dust.",
    ),
    (
        "nIo089",
        "en",
        "dust_hazard_ssi",
        "Dust hazard analysis and explosion protection for wood plants",
        "Fire-protection firm offering dust hazard analysis under NFPA 652, ignition-source control (grounding, spark "
        "detection, hot-work rules) and explosion protection for woodworking plants, where settled dust can feed secondary "
        "explosions.",
    ),
    (
        "nIo090",
        "en",
        "hse_wis32",
        "Safe collection of wood waste: fire and explosion prevention",
        "Guidance from the UK HSE information sheet as used by extraction installers: treat wood waste as explosive unless "
        "tested; risk is high when mean particle size is under 200 microns or 10% is under 80 microns, as with sanding "
        "dust, hardwood and MDF or chipboard machining; grounding of duct systems is discussed.",
    ),
    (
        "nIo091",
        "vi",
        "pccc_bmc",
        "Giải pháp phòng cháy cho cơ sở sản xuất, chế biến gỗ",
        "Đơn vị tư vấn PCCC phân tích thực trạng ở Bình Dương (946 cơ sở gỗ thuộc diện quản lý PCCC, 539 cơ sở nguy hiểm "
        "cháy nổ theo Nghị định 136/2020/NĐ-CP) và đề xuất giải pháp: hồ sơ, phương án chữa cháy, trang bị phương tiện, "
        "kiểm tra định kỳ cho xưởng gỗ.",
    ),
    (
        "nIo092",
        "vi",
        "pccc_bbd",
        "Huấn luyện PCCC cho người lao động ngành gỗ",
        "Tổ chức huấn luyện nhận diện nguồn cháy trong nhà máy gỗ: khu cắt xẻ, phòng sơn, kho dăm bào, mùn cưa, nhiệt do "
        "chà nhám và ma sát, chập điện quá tải, dầu mỡ máy lẫn mùn cưa tự bốc cháy, đun nấu hay thắp hương trong xưởng; "
        "hướng dẫn trang bị hệ thống PCCC.",
    ),
    (
        "nIo093",
        "vi",
        "pccc_giay_phep",
        "Dịch vụ xin giấy chứng nhận đủ điều kiện PCCC cho xưởng gỗ",
        "Công ty luật hỗ trợ hồ sơ, thẩm duyệt, nghiệm thu và cấp giấy chứng nhận đủ điều kiện PCCC cho xưởng chế biến gỗ "
        "(hệ thống báo cháy, chữa cháy, thoát hiểm); thiếu giấy có thể bị phạt 20–50 triệu đồng theo Nghị định "
        "144/2021/NĐ-CP và khó mua bảo hiểm cháy nổ.",
    ),
    (
        "nIo094",
        "en",
        "dust_woodweb",
        "Combustible dust resource pack for wood shops",
        "Curated links from a machinery manufacturers' combustible dust task force: identifying and managing combustible "
        "wood dust, OSHA rule-making status, NFPA standards on dust explosions and insurer guidance, to help shop owners "
        "judge their compliance.",
    ),
    (
        "nIo095",
        "en",
        "dust_nfpa660",
        "Dust collectors for wood shops to NFPA 660",
        "Dust-collector maker supplying systems for wood shops that capture dust at saws, sanders and routers to meet NFPA "
        "660, the new standard on combustible dust fires and explosions; mitre-saw vacuum kits cut workers' exposure to "
        "chips and dust.",
    ),
    (
        "nIo096",
        "vi",
        "dust_buildup",
        "Kiểm soát bụi tích tụ giảm nguy cơ cháy xưởng gỗ",
        "Hướng dẫn cho xưởng mộc: bụi mịn dưới 100 µm bắt lửa rất nhanh; bụi đọng trong ống, gờ tường, trần có thể âm ỉ rồi "
        "nổ thứ cấp; lập lịch vệ sinh, chỉnh hệ hút, nối đất, theo dõi; gỗ đã sấy độ ẩm dưới 5% dễ cháy hơn.",
    ),
    (
        "nIo097",
        "vi",
        "dust_collectors",
        "Máy hút bụi công nghiệp cho xưởng mộc",
        "Cung cấp máy hút bụi, hệ thống hút mùn cưa cho xưởng mộc và nhà máy đồ gỗ, giảm kích ứng xoang, da, phổi cho công "
        "nhân, giảm nguy cơ cháy nổ và bụi bám làm hỏng lớp sơn, kéo dài tuổi thọ máy.",
    ),
    (
        "nIo098",
        "en",
        "dust_autoextract",
        "Wood dust extraction solutions after the 2020 limit change",
        "Extraction supplier explaining that the UK hardwood dust limit fell to 3 mg/m³ (8-hour TWA) from 17 January 2020, "
        "how general dust limits of 10 mg/m³ inhalable and 4 mg/m³ respirable apply, and offering extraction systems for "
        "sawmills and furniture shops.",
    ),
    (
        "nIo099",
        "vi",
        "pccc_hoithi",
        "Tổ chức diễn tập, hội thi PCCC và cứu nạn tại doanh nghiệp gỗ",
        "Phối hợp cảnh sát PCCC tổ chức hội thi, diễn tập chữa cháy và cứu nạn cứu hộ tại doanh nghiệp gỗ, nâng cao nhận "
        "thức công nhân về nguy cơ ở khu cắt xẻ, phòng sơn, kho mùn cưa, dăm bào.",
    ),
    (
        "nIo100",
        "vi",
        "cyclon_gach",
        "Thiết kế hệ thống cyclon xử lý bụi sấy phun gạch men",
        "Đồ án kỹ thuật thiết kế cyclon xử lý bụi thô từ công đoạn sấy phun tạo xương gạch men ốp lát, gồm tính toán kích "
        "thước, trở lực và hiệu suất thu bụi.",
    ),
    (
        "nIo101",
        "vi",
        "pc17_homestay",
        "Lập phương án chữa cháy mẫu PC17 cho homestay",
        "Mẫu phương án chữa cháy cơ sở theo Nghị định 136 cho homestay, khách sạn nhỏ: đặc điểm cơ sở, giao thông, nguồn "
        "nước, tình huống cháy và phân công lực lượng.",
    ),
]

# --- sawdust and offcut use --------------------------------------------------------------------
OFFERS += [
    (
        "nIo102",
        "vi",
        "nam_mat_cua",
        "Quy trình trồng nấm bào ngư trên mạt cưa",
        "Trung tâm thông tin KH&CN chuyển giao quy trình: mạt cưa làm ẩm bằng nước vôi 1%, ủ đống lên men 2–3 ngày, đóng túi "
        "1–1,5 kg có cổ nhựa, hấp khử trùng khoảng 24 giờ, cấy meo, ủ tơ 25–30 ngày rồi rạch túi tưới đón nấm; nhiệt độ "
        "20–30 °C, ẩm không khí 80–90%. Giá nấm khoảng 9.000–13.000 đồng/kg.",
    ),
    (
        "nIo103",
        "vi",
        "nam_go_khuc",
        "Kỹ thuật trồng nấm bào ngư trên gỗ khúc",
        "Hướng dẫn trồng nấm bào ngư trên khúc gỗ lá rộng đường kính từ 10 cm (so đũa, cao su, sung cho năng suất khá); "
        "lưu ý không dùng gỗ có tinh dầu như tràm, khuynh diệp, dầu; meo giống làm trên trấu, mạt cưa hoặc gỗ miếng, cấy "
        "theo lỗ khoan cách nhau khoảng 20 cm.",
    ),
    (
        "nIo104",
        "vi",
        "nam_ba_cafe",
        "Quy trình trồng nấm bào ngư xám trên bã cà phê phối trộn mạt cưa",
        "Đồ án tốt nghiệp ngành Công nghệ sinh học (ĐH Công nghệ TP.HCM) xây dựng quy trình trồng nấm bào ngư xám trên cơ "
        "chất bã cà phê phối trộn mạt cưa, mở hướng tận dụng hai loại phế phẩm.",
    ),
    (
        "nIo105",
        "en",
        "oyster_ethiopia",
        "Substrate trials for oyster mushroom yield",
        "Aksum University compared cotton seed hull, teff straw, barley straw, sesame stalk and sawdust as oyster mushroom "
        "substrates in a randomized design; substrate type significantly affected yield and yield attributes, giving "
        "growers data to choose and mix substrates.",
    ),
    (
        "nIo106",
        "en",
        "oyster_woodcraft",
        "Oyster mushroom production on woodcraft wastes",
        "A university mushroom production centre grew Pleurotus ostreatus on woodcraft wastes: 74% wood chips or chunks, "
        "18.52% rice bran, 3.7% agricultural lime and 3.7% molasses, soaked for different times; mycelium started in 2–3 "
        "days, with rodent and bird control measures described.",
    ),
    (
        "nIo107",
        "vi",
        "vien_nen_11buoc",
        "Công nghệ sản xuất viên nén mùn cưa đạt chuẩn xuất khẩu",
        "Tư vấn dây chuyền viên nén gỗ 11 bước: thu mua phế liệu xưởng gỗ (tối thiểu 1 tấn một lô), băm dăm 2,5 cm, nghiền "
        "còn 5 mm, sàng tạp chất, sấy (quy mô nhỏ có thể phơi 24 giờ), ép viên, làm nguội, đóng gói; đáp ứng kiểm định như "
        "SGS.",
    ),
    (
        "nIo108",
        "en",
        "pellet_drum",
        "Wood pellet plant with drum dryer and ring-die press",
        "Pellet plant design: raw chips must be below 15% moisture or the mill blocks and pellets are poor, so part of the "
        "chips fuel a biomass burner heating a rotary drum dryer; dried chips go through a hammer mill and a ring-die "
        "press. Pellets serve stoves, boilers, horse bedding and cat litter; briquettes only stoves.",
    ),
    (
        "nIo109",
        "en",
        "pellet_small",
        "Small flat-die pellet mill for sawdust and shavings",
        "Supplier of small flat-die pellet mills and pellet lines turning dried sawdust and shavings into fuel pellets for "
        "home heating or small boilers, with guidance on the typical small-scale process and on scaling to a larger line.",
    ),
    (
        "nIo110",
        "en",
        "briquette_ashden",
        "High-pressure briquetting of sawdust and residues",
        "Ashden case studies on briquetting: sawdust and woody residues are the best feedstock because of their lignin; "
        "straw needs mixing with wood, rice husk wears machines. High-pressure plants make over 200 tonnes a day; "
        "briquettes and pellets sell for about US$80–300 per tonne.",
    ),
    (
        "nIo111",
        "en",
        "briquette_binderless",
        "Binderless sawdust briquettes for boiler fuel",
        "Supplier of extruded sawdust briquettes made without binder (lignin binds the particles): moisture as low as 4% "
        "against up to 65% in green firewood, higher heat per kg and 30–40% savings on boiler fuel, with possible carbon "
        "credits.",
    ),
    (
        "nIo112",
        "en",
        "briquette_diy",
        "Low-cost sawdust and paper-pulp briquette press",
        "Step-by-step build of a no-budget briquette press from a bench press, plywood and 6-inch sewer pipe, compressing "
        "wet sawdust with newspaper pulp binder into larger bricks that burn better than loose sawdust.",
    ),
    (
        "nIo113",
        "vi",
        "briquette_types",
        "Máy ép củi mùn cưa các loại",
        "Giới thiệu công nghệ ép củi từ mùn cưa không cần chất kết dính và 6 nhóm thiết bị theo phân loại của FAO: ép piston, "
        "ép trục vít, ép con lăn, ép viên, ép tay và ép áp suất thấp, dùng thay than, củi cho lò hơi, phát điện.",
    ),
    (
        "nIo114",
        "vi",
        "biochar_ecochar",
        "Than sinh học (biochar) từ củi gỗ và phụ phẩm",
        "Doanh nghiệp sản xuất than sinh học bằng nhiệt phân củi gỗ, phụ phẩm nông nghiệp trong lò thủ công hoặc tự động; "
        "carbon trên 60% khối lượng, cấu trúc rỗng giữ nước, dinh dưỡng và vi sinh vật cho đất.",
    ),
    (
        "nIo115",
        "vi",
        "biochar_nt",
        "Lò nhiệt phân sản xuất than sinh học từ mùn cưa, dăm gỗ",
        "Mô hình lò nung dăm gỗ, mùn cưa, rơm rạ, trấu, bã mía trên 500 °C tạo than sinh học bón ruộng, giúp đất giữ nước và "
        "dinh dưỡng, đồng thời giữ CO2 trong đất; nguồn sinh khối phụ phẩm cả nước khoảng 150 triệu tấn.",
    ),
    (
        "nIo116",
        "en",
        "pellet_process",
        "Bagged wood pellet production line",
        "A pellet producer describes its line: dry sawdust stored under cover, screened and sized, dried, pressed into "
        "pellets under high pressure, cooled, screened of fines, bagged in 40 lb bags, robot-stacked and stretch-wrapped for "
        "retail.",
    ),
    (
        "nIo117",
        "vi",
        "dam_go_seco",
        "Dây chuyền băm dăm gỗ xuất khẩu",
        "Tổng thầu thiết kế, cung cấp máy băm, nghiền dăm gỗ từ gỗ keo, bạch đàn khai thác rừng trồng làm nguyên liệu bột "
        "giấy, nhiên liệu sinh học, ván dăm; hỗ trợ đầu ra cho dăm xuất khẩu.",
    ),
    (
        "nIo118",
        "en",
        "oyster_maize",
        "Maize husk and cob substrates to replace sawdust",
        "Mushroom trainers report trials of maize husk, cob and stalk supplemented with rice bran as oyster mushroom media "
        "for growers far from timber areas where sawdust is scarce and costly to haul; maize husk gave the best of the "
        "alternatives.",
    ),
    (
        "nIo119",
        "vi",
        "phoi_nam",
        "Cung cấp phôi nấm bào ngư ủ sẵn trồng tại nhà",
        "Trại nấm bán phôi nấm bào ngư đã ủ tơ sẵn (từ mùn cưa, rơm rạ, bã mía) và hướng dẫn trồng tại nhà: rạch bịch, sốc "
        "nước, giữ 20–30 °C và ẩm 85–95%, thu hoạch theo đợt.",
    ),
    (
        "nIo120",
        "vi",
        "biochar_lucbinh",
        "Điều chế than sinh học từ lục bình",
        "Nghiên cứu nhiệt phân chậm lục bình ở 350, 450 và 550 °C trong 2 giờ: hiệu suất than 47,7% ở 350 °C, 35,2% ở 550 °C, "
        "cacbon cố định cao nhất 56% ở 450 °C, pH 7,3–10,3, làm cơ sở chọn điều kiện điều chế.",
    ),
    (
        "nIo121",
        "en",
        "briquette_hay",
        "Compressed hay and straw briquettes",
        "Encyclopaedia entry on biomass briquettes, illustrated by briquettes of compressed hay from a German press maker, "
        "and other agricultural residues such as rice husk, bagasse and groundnut shells.",
    ),
    (
        "nIo122",
        "en",
        "actcarbon_hdf",
        "Activated carbon from bamboo flooring and HDF waste",
        "Researchers pyrolysed bamboo flooring and HDF floor panel waste and activated the char thermally (700 and 850 °C) or "
        "with KOH; carbon rose to 81% and 75%, with heavy-metal content and porous structure characterised for reuse.",
    ),
    (
        "nIo123",
        "vi",
        "moc_nhi",
        "Kỹ thuật trồng và chăm sóc mộc nhĩ",
        "Hướng dẫn đặc điểm sinh học mộc nhĩ (nấm mèo) cánh mỏng, cánh dày và kỹ thuật trồng, chăm sóc để thu quả thể, phù "
        "hợp vùng khí hậu nóng ẩm.",
    ),
]

# --- plywood and laminated boards --------------------------------------------------------------
OFFERS += [
    (
        "nIo124",
        "vi",
        "van_ep_keo",
        "Sản xuất ván ép plywood từ gỗ keo rừng trồng",
        "Nhà sản xuất ván dán giới thiệu các loại gỗ rừng trồng lạng ván (keo, bạch đàn, cao su…): ván lạng dày khoảng 1,7 mm "
        "đã giảm ẩm, xếp vuông góc, ép keo thành tấm 1220 x 2440 mm cho nội thất, xây dựng, đồ chơi; tư vấn chọn nguyên liệu "
        "sinh trưởng nhanh, giá hợp lý.",
    ),
    (
        "nIo125",
        "vi",
        "van_ghep_thanh",
        "Ván ghép thanh finger joint từ gỗ cao su, keo, tràm",
        "Cung cấp và tư vấn sản xuất ván ghép thanh: ghép các thanh gỗ nhỏ bằng mộng răng lược và keo UF, PF hoặc PVAc, ép "
        "nhiệt và áp suất thành tấm lớn; nguyên liệu là gỗ cao su, thông, keo, tràm hoặc gỗ phi tiêu chuẩn như bìa bắp của "
        "xưởng lẻ, gỗ đường kính nhỏ.",
    ),
    (
        "nIo126",
        "en",
        "fj_minhlong",
        "Finger-joint panels from small-diameter and offcut wood",
        "Panel producer making finger-joint boards from solid wood pieces glued with UF, PF or PVAc adhesive and pressed at "
        "set temperature and pressure; raw material is largely non-standard wood such as offcuts from small workshops and "
        "small-diameter logs; used for walls, ceilings, flat panels and construction.",
    ),
    (
        "nIo127",
        "en",
        "fj_bestlink",
        "Production know-how for edge-glued and finger-joint panels",
        "A finger-joint and edge-glued panel maker shares step-by-step practice, from trimming kiln-dried lumber into staves "
        "and cutting out knots, cracks and wane, to cutting fingers, gluing and pressing, and explains that failed joints "
        "usually come from small errors in each step rather than the glue.",
    ),
    (
        "nIo128",
        "en",
        "fj_thienphat",
        "Acacia and rubberwood finger-joint boards",
        "Supplier of acacia and rubberwood finger-joint panels made from reclaimed production offcuts: acacia offers a "
        "deeper, rustic yellow at a lower price, rubberwood a bright uniform colour and good termite resistance; many "
        "surface colours available for interiors.",
    ),
    (
        "nIo129",
        "vi",
        "ghep_cao_su",
        "Gỗ cao su ghép thanh theo tiêu chuẩn mặt A, B, C",
        "Nhà máy cung cấp ván cao su ghép thanh qua các công đoạn cắt xẻ, sấy, ghép keo, ép, chà nhám, phân hạng bề mặt A, "
        "B, C theo yêu cầu khách hàng.",
    ),
    (
        "nIo130",
        "vi",
        "van_nhan_tao",
        "Định hướng sử dụng gỗ rừng trồng cho sản xuất ván nhân tạo",
        "Bộ môn Chế biến lâm sản, ĐH Nông Lâm TP.HCM nghiên cứu tính chất chính của các loài gỗ mọc nhanh phổ biến để xây "
        "dựng tiêu chuẩn nguyên liệu cho ván dán, ván dăm, ván sợi, ván ghép thanh; tư vấn chọn công nghệ ván phù hợp nguồn "
        "gỗ.",
    ),
    (
        "nIo131",
        "vi",
        "keo_nhiet_co",
        "Nâng cao chất lượng gỗ keo lai bằng xử lý nhiệt-cơ làm ván sàn",
        "Luận án tiến sĩ Trường ĐH Lâm nghiệp (2020) xây dựng công nghệ nén nhiệt-cơ gỗ keo lai để tăng khối lượng riêng, độ "
        "cứng và ổn định kích thước, dùng sản xuất ván sàn.",
    ),
    (
        "nIo132",
        "en",
        "carb_topsys",
        "CARB Phase 2 and TSCA Title VI compliance for furniture exporters",
        "Guidance and documentation support for wood furniture sold in the US: panel emission limits of 0.11 ppm for MDF "
        "and 0.09 ppm for particleboard apply to panels and finished goods, TSCA Title VI mirrors CARB Phase 2 nationwide "
        "since 2019, and buyers should require verified third-party certificates rather than supplier declarations.",
    ),
    (
        "nIo133",
        "en",
        "carb_faq",
        "CARB composite wood FAQ for fabricators and importers",
        "Regulator FAQ on formaldehyde limits for hardwood plywood, particleboard, MDF and thin MDF and for finished goods "
        "made from them; lists exempt materials such as solid wood, structural panels, glulam and finger-jointed lumber, "
        "and covers labelling, NAF/ULEF resins and third-party certification.",
    ),
    (
        "nIo134",
        "en",
        "tsca_indiana",
        "TSCA Title VI formaldehyde limits and labelling",
        "Furniture maker's compliance summary: limits of 0.09 ppm particleboard, 0.11 ppm MDF, 0.13 ppm thin MDF and 0.05 "
        "ppm hardwood plywood, third-party certification, reduced testing for NAF and ULEF resins, rules for laminated "
        "products and invoice and label statements.",
    ),
    (
        "nIo135",
        "vi",
        "carb_pubs",
        "Tài liệu yêu cầu CARB cho đơn vị gia công đồ gỗ (có bản tiếng Việt)",
        "Cơ quan Tài nguyên Không khí California cung cấp bộ tài liệu về biện pháp kiểm soát phát thải formaldehyde từ sản "
        "phẩm gỗ composite, trong đó tài liệu yêu cầu đối với đơn vị gia công (fabricator) cập nhật 12/2023 có bản tiếng "
        "Việt; áp dụng cho ván dán gỗ cứng, ván dăm, MDF và thành phẩm như tủ, sàn.",
    ),
    (
        "nIo136",
        "vi",
        "ghep_ban_tho",
        "Ghép ván mặt bàn thờ có nhân gỗ",
        "Cơ sở đồ thờ giới thiệu cách ghép đôi ván mặt bàn thờ, án gian: nhân gỗ đặc chạy sâu vào hai tấm, bôi keo hai thành "
        "phần, ép bằng vam sắt, để keo khô, bảo đảm đường ghép kín và không nứt.",
    ),
]

# --- furniture design and export certificates -----------------------------------------------
OFFERS += [
    (
        "nIo137",
        "vi",
        "fsc_coc_vi",
        "Tư vấn chứng nhận FSC CoC cho doanh nghiệp gỗ xuất khẩu",
        "Viện Nghiên cứu Phát triển Chứng nhận Toàn cầu (GCDRI) hướng dẫn chứng nhận chuỗi hành trình sản phẩm FSC CoC: đối "
        "tượng áp dụng, lợi ích khi tiếp cận thị trường quốc tế, các phiên bản tiêu chuẩn hiện hành và cách xây dựng hệ "
        "thống truy xuất nguyên liệu.",
    ),
    (
        "nIo138",
        "vi",
        "fsc_cw_vi",
        "Tư vấn FSC CoC và gỗ có kiểm soát FSC-CW",
        "Giải thích ba loại chứng nhận FSC-FM, FSC-CoC và FSC-CW; gỗ có kiểm soát được trộn với gỗ FSC để ra sản phẩm FSC "
        "Mix. Việt Nam có 513 doanh nghiệp với 672 địa điểm đạt FSC-CoC, 136 doanh nghiệp có FSC-CW; hỗ trợ doanh nghiệp "
        "đồ gỗ làm hồ sơ.",
    ),
    (
        "nIo139",
        "vi",
        "fsc_kna",
        "Đánh giá chứng nhận FSC CoC cho ngành gỗ nội thất và viên nén",
        "Tổ chức chứng nhận KNA CERT (phối hợp VIFOREST, HAWA, BIFA, DOWA) đánh giá FSC CoC, cập nhật yêu cầu riêng cho gỗ "
        "nội thất và viên nén, hướng dẫn tránh khai báo sai dẫn tới đình chỉ, thu hồi chứng chỉ; cả nước hơn 5.400 doanh "
        "nghiệp gỗ, sản phẩm có mặt ở 140 thị trường.",
    ),
    (
        "nIo140",
        "en",
        "fsc_group_uk",
        "FSC group chain-of-custody scheme for small businesses",
        "Group chain-of-custody certification lets small firms share one FSC certificate: the certification body audits a "
        "sample of members and a group manager keeps systems compliant. Eligible members have under 15 employees, or under "
        "25 employees with turnover below US$1 million.",
    ),
    (
        "nIo141",
        "en",
        "fsc_group_scs",
        "FSC group certification administered by a certification body",
        "Certification body running FSC chain-of-custody group certificates that cut initial and annual audit costs for "
        "small suppliers of wood products, with group administrators giving guidance, seminars and joint marketing; "
        "eligibility thresholds on annual revenue vary by country.",
    ),
    (
        "nIo142",
        "en",
        "vpa_elements",
        "Guide to the EU-Vietnam VPA annexes and legality definition",
        "Explanation of the VPA's 27 articles and nine annexes, including the legality definition with principles, "
        "criteria, indicators and verifiers for two target groups, organisations and households, as the basis of the "
        "Vietnam Timber Legality Assurance System.",
    ),
    (
        "nIo143",
        "en",
        "vntlas_decree",
        "VNTLAS decree 102/2020 explained for exporters",
        "Summary of Decree 102/2020/ND-CP (in force 30 October 2020): classification of wood processing and exporting "
        "enterprises, FLEGT licensing, legality controls on harvest, transport, trade and processing, and criteria for "
        "high-risk imported timber such as CITES-listed or first-time imported species.",
    ),
    (
        "nIo144",
        "en",
        "household_legal",
        "Legal timber support for household plantation growers",
        "Forest owners' association policy work: household and individual growers manage 42.6% of intensive plantations; "
        "in a Nghe An study 80% met forest-use-right rules but only 4% met harvest registration requirements, so the "
        "association trains and advises households on the documents legal timber needs.",
    ),
    (
        "nIo145",
        "vi",
        "eudr_vfcs",
        "Hỗ trợ đáp ứng quy định chống phá rừng EUDR",
        "Văn phòng chứng nhận rừng Việt Nam (VFCS) giải thích ba yêu cầu của EUDR với gỗ và sản phẩm gỗ: không gây mất rừng "
        "sau 31/12/2020 (chứng minh bằng tọa độ vùng khai thác), sản xuất hợp pháp theo luật nước sở tại và có tuyên bố thẩm "
        "định; lịch áp dụng cho doanh nghiệp lớn, vừa và nhỏ.",
    ),
    (
        "nIo146",
        "en",
        "eudr_mondaq",
        "EUDR legal briefing for Vietnamese suppliers",
        "Law firm briefing: the EUDR (in force 29 June 2023) covers wood and derived products such as furniture; after the "
        "transition, goods need to be deforestation-free after 31 December 2020, legally produced and covered by a due "
        "diligence statement with geolocation of the production plots.",
    ),
    (
        "nIo147",
        "vi",
        "hawa_design",
        "Trung tâm thiết kế HAWA cho ngành đồ gỗ và thủ công mỹ nghệ",
        "Hội Mỹ nghệ và Chế biến gỗ TP.HCM xây dựng trung tâm thiết kế: tổ chức cuộc thi tìm tài năng, trưng bày, quảng bá "
        "mẫu mới, đào tạo nhà thiết kế và thư viện sách kỹ thuật ngành mộc; bối cảnh là xuất khẩu 5,56 tỷ USD nhưng hàng do "
        "doanh nghiệp Việt tự thiết kế chưa tới 10 triệu USD.",
    ),
    (
        "nIo148",
        "en",
        "hoa_mai_design",
        "Buying student furniture designs through a design competition",
        "At HAWA's Hoa Mai furniture design competition, firms bid for prize-winning student designs; a chair design sold "
        "for VND 42 million against a VND 4 million starting price, giving outsourcing factories their own products to "
        "commercialise.",
    ),
    (
        "nIo149",
        "en",
        "afic_light",
        "Lightweight, knock-down furniture design for global markets",
        "ASEAN and Chinese furniture councils advise producers to use less and lighter wood, modern designs and products "
        "that move easily, since buyers in small apartments replace furniture often; skills, advanced production methods "
        "and design capability are the focus.",
    ),
    (
        "nIo150",
        "en",
        "theme_furniture",
        "Furniture design and development process consulting",
        "White paper method for designing niche furniture: market and legal research on the target consumer and "
        "competition, design, then manufacturing development and compliance with laws, with tools such as interviews, "
        "focus groups and observation.",
    ),
    (
        "nIo151",
        "vi",
        "vntlas_vi",
        "Giới thiệu hệ thống đảm bảo gỗ hợp pháp VNTLAS cho doanh nghiệp",
        "Trang thông tin VPA/FLEGT giải thích VNTLAS: xác minh gỗ hợp pháp trên toàn chuỗi cung từ rừng hoặc cửa khẩu nhập "
        "đến khi xuất khẩu hay bán ra, áp dụng cho mọi nguồn gỗ, mọi nhóm sản phẩm trong Phụ lục I và mọi tổ chức, hộ gia "
        "đình; có video hướng dẫn doanh nghiệp.",
    ),
    (
        "nIo152",
        "en",
        "fsc_coc_std",
        "Steps to FSC chain-of-custody certification",
        "FSC national office guidance: any firm that processes, relabels or cuts FSC products must hold CoC certification to "
        "sell with FSC claims; the core standard has universal and scope-specific parts; steps run from quotes and choosing "
        "an accredited certification body to audit; group certification helps small firms.",
    ),
    (
        "nIo153",
        "en",
        "sourcing_guide",
        "Furniture sourcing agent for overseas buyers",
        "Sourcing guide and agency for importers buying Vietnamese furniture: product categories, acacia and rubberwood or "
        "imported species, supplier regions around Ho Chi Minh City, Binh Duong, Dong Nai, Binh Dinh, the VIFA fair, MOQs "
        "and factory sizes.",
    ),
    (
        "nIo154",
        "en",
        "export_strategy",
        "National export strategy study for the wooden furniture sector",
        "VIETRADE/ITC strategy document diagnosing the furniture industry: skills shortage, training under-capacity, old "
        "equipment, few certified forests, raw material dependence and weak design and marketing, with proposed directions "
        "for the sector.",
    ),
]

# --- worker safety and training ------------------------------------------------------------------
OFFERS += [
    (
        "nIo155",
        "vi",
        "cua_ban_atld",
        "Tài liệu và huấn luyện an toàn vận hành máy cưa bàn",
        "Đơn vị huấn luyện an toàn lao động cung cấp bộ tài liệu an toàn khi vận hành máy cưa bàn: thực trạng tai nạn (6 tháng "
        "đầu 2024 cả nước 3.201 vụ, 320 vụ chết người), nguy cơ, biện pháp phòng ngừa và kỹ thuật làm việc an toàn; tổ "
        "chức lớp huấn luyện cho xưởng mộc.",
    ),
    (
        "nIo156",
        "en",
        "tablesaw_study",
        "Table-saw injury data for shop safety training",
        "Training material built on a Journal of Trauma study: about 31,400 people a year treated in US emergency rooms for "
        "table-saw injuries (1990–2007, excluding on-the-job cases); 93% involved fingers or hands, 66% lacerations and 10% "
        "amputations, with kickback debris causing head injuries.",
    ),
    (
        "nIo157",
        "en",
        "tablesaw_features",
        "Table-saw safety systems: guards, riving knives and blade brakes",
        "Equipment adviser explaining modern table-saw safety features: blade guards, riving knives, anti-kickback pawls, "
        "electric brakes and flesh-sensing blade stops that halt the blade on skin contact, plus training, push sticks and "
        "stable stance.",
    ),
    (
        "nIo158",
        "vi",
        "nghe_moc_nambo",
        "Đào tạo nghề mộc sơ cấp, trung cấp, cao đẳng",
        "Giảng viên Trường CĐ nghề Công nghệ và Nông lâm Nam Bộ giới thiệu các cơ sở dạy nghề mộc dân dụng và mỹ nghệ: sơ "
        "cấp 3 tháng, trung cấp 2 năm, cao đẳng 3 năm; thợ học bài bản làm được mọi khâu trong dây chuyền, doanh nghiệp đến "
        "tuyển ngay từ lúc nhập học, lương 2–6 triệu đồng/tháng tùy tay nghề.",
    ),
    (
        "nIo159",
        "vi",
        "nghe_moc_taixuong",
        "Lớp đào tạo nghề mộc cho lao động nông thôn ngay tại xưởng",
        "Trường trung cấp tổ chức lớp nghề mộc theo Quyết định 1956/QĐ-TTg cho thợ đang làm tại cơ sở đồ gỗ: học lý thuyết "
        "và thực hành ngay tại xưởng; một cơ sở sau đào tạo có 2 xưởng gần 10.000 m², trên 30 lao động thu nhập 6–7 triệu "
        "đồng/tháng và mẫu mã đẹp hơn.",
    ),
    (
        "nIo160",
        "en",
        "hse_coshh",
        "Health surveillance and COSHH controls for woodworking",
        "Regulator guidance for woodworking employers: wood dust causes asthma (western red cedar worst) and hardwood dust "
        "nasal cancer, some woods cause dermatitis; keep exposure as far below the limit as practicable, use COSHH "
        "essentials control sheets and run health surveillance of skin and breathing.",
    ),
    (
        "nIo161",
        "vi",
        "so_tay_atvsld",
        "Sổ tay an toàn vệ sinh lao động và trang bị bảo hộ",
        "Sổ tay hướng dẫn trang bị bảo hộ cá nhân (đầu, chân, tay, mắt, hô hấp), an toàn điện, máy nén khí, làm việc trên "
        "cao, sơ cấp cứu chấn thương, bỏng, điện giật và nội quy PCCC, dùng huấn luyện công nhân nhà xưởng.",
    ),
    (
        "nIo162",
        "vi",
        "may_lot_vo",
        "Huấn luyện quy trình khóa nguồn khi sửa máy chế biến gỗ",
        "Khóa huấn luyện rút từ vụ hai công nhân tử vong khi sửa máy lột vỏ gỗ do bấm nhầm nút khởi động: cắt điện, khóa và "
        "treo biển (LOTO) trước khi sửa chữa, trang bị bảo hộ đầy đủ tại xưởng bóc gỗ.",
    ),
    (
        "nIo163",
        "en",
        "kickback_causes",
        "Preventing table-saw kickback: causes and shop rules",
        "Safety adviser's guidance on kickback, where the blade pinches the workpiece and throws it at the operator: sharp "
        "blades, aligned fence, never feeding against rotation, push sticks for narrow rips, anti-kickback pawls, standing "
        "to the side and eye and ear protection.",
    ),
    (
        "nIo164",
        "vi",
        "chung_chi_tho_moc",
        "Chứng chỉ thợ mộc và danh sách cơ sở đào tạo",
        "Phân tích giá trị chứng chỉ thợ mộc trên thị trường lao động (kỹ năng chọn vật liệu, dùng máy, đọc bản vẽ, chế tác), "
        "mức lương, cơ hội nghề nghiệp và danh sách cơ sở đào tạo uy tín.",
    ),
    (
        "nIo165",
        "vi",
        "gian_giao",
        "Phòng ngừa tai nạn giàn giáo, vận thăng trên công trường",
        "Phân tích các vụ tai nạn lao động nghiêm trọng năm 2024 trong ngành xây dựng (đứt cáp vận thăng, sập giàn giáo) và "
        "giải pháp kiểm tra thiết bị nâng hạ, an toàn làm việc trên cao cho nhà thầu.",
    ),
    (
        "nIo166",
        "vi",
        "hung_my_langnghe",
        "Sản phẩm dệt chiếu, đan lục bình làng nghề Hưng Mỹ",
        "Làng nghề tiểu thủ công nghiệp xã Hưng Mỹ (Châu Thành, Trà Vinh) nhận đặt hàng thảm, chiếu, giỏ, chậu hoa lục bình, "
        "yếm dừa và đồ trang trí đan từ dây nhựa, lục bình, lác, tơ xơ dừa.",
    ),
]

# --- further neighbouring-field offers (coconut products) ----------------------------------------
OFFERS += [
    (
        "nIo167",
        "en",
        "cocoxotic",
        "Cocowood flooring and building timber supplier",
        "Supplier of finished cocowood products sourced from senile coconut plantations across the Pacific and Asia: "
        "flooring and construction timber, high-density perimeter wood for trusses and joists, low-density core wood for "
        "non-load walls and panels; stems average about 300 mm in diameter.",
    ),
    (
        "nIo168",
        "vi",
        "coco_benTre_sp",
        "Giải pháp phát triển sản phẩm từ dừa tại Bến Tre",
        "Nghiên cứu của Trường ĐH Nam Cần Thơ đánh giá ưu, nhược điểm khai thác sản phẩm từ cây dừa ở Bến Tre và đề xuất "
        "phát triển công nghiệp chế biến dừa, đa dạng hóa sản phẩm, xây dựng thương hiệu và mở rộng thị trường.",
    ),
]

# --- found through the docs corpus -------------------------------------------------------------
OFFERS += [
    (
        "nIo169",
        "en",
        "dust_ext_ref",
        "Central dust extraction systems for workshops",
        "Equipment reference for workshop dust extraction: a central collector with 1–3 kW motors, main ducts of 100–150 mm, "
        "a blast gate on each machine branch, cyclone or bag-filter separation, extractor started before the machine, "
        "regular emptying, and earthed metal ducting checked for dust build-up that can catch fire.",
    ),
]
