"""Offers for holdout159: (id, language, source key, title, description)."""

OFFERS = [
    # incubators for households and small farms, traditional hatching
    (
        "oEo001",
        "vi",
        "mactech_cautao",
        "Máy ấp trứng mini thùng xốp và bộ linh kiện tự lắp",
        "Cung cấp máy ấp trứng cỡ nhỏ cho hộ gia đình và bộ linh kiện để tự lắp máy ấp bằng thùng xốp: buồng ấp cách nhiệt, bóng nhiệt, "
        "bộ điều nhiệt và bộ tạo ẩm (hoặc khay nước cho bay hơi), có khe thông khí để phôi đủ oxy. Hướng dẫn nguyên lý nhiệt độ, "
        "độ ẩm, độ thông thoáng theo từng giai đoạn phát triển của phôi để nâng tỷ lệ nở, áp dụng cho trứng gà, vịt, cút.",
    ),
    (
        "oEo002",
        "vi",
        "mayaptrung_hdsd",
        "Máy ấp trứng gia cầm quy mô hộ kèm máy tạo ẩm và hướng dẫn vận hành",
        "Bán và lắp đặt máy ấp trứng gia cầm dùng cho hộ chăn nuôi, có loại gắn máy tạo ẩm chỉnh sẵn. Đi kèm hướng dẫn vận hành: đặt máy "
        "nơi khô ráo dưới 35°C, cấp điện qua ổn áp, xông máy bằng formol và thuốc tím (20 cc và 16,6 g cho mỗi m³, đóng kín 45 phút), "
        "châm nước khay khoảng 2 ngày một lần, xếp trứng đầu to lên trên.",
    ),
    (
        "oEo003",
        "en",
        "amaris",
        "Tabletop automatic egg incubators with built-in turner",
        "We supply tabletop incubators for hobby and small-farm hatching of chicken and duck eggs. Units hold a steady 37.5°C (99.5°F), "
        "offer digital or dial temperature control, humidity adjustment through water channels or built-in control, and an automatic "
        "turner that rotates the eggs several times a day so embryos do not stick to the shell.",
    ),
    (
        "oEo004",
        "en",
        "pioner",
        "Household egg incubators by capacity, with advice on storing hatching eggs",
        "Range of household incubators that imitate the hen: closed cabinets holding temperature and humidity, most models with automatic "
        "turning. We help buyers size the machine to the number of eggs per batch and advise on egg storage before setting (no more than "
        "10 to 14 days, narrow end down, turned twice a day, never in a refrigerator) and on discarding cracked, ridged or misshapen eggs; "
        "even in ideal conditions about 80 percent of eggs hatch.",
    ),
    (
        "oEo005",
        "vi",
        "kontum_mini",
        "Thiết bị ấp trứng mini điều khiển bằng vi điều khiển",
        "Nhóm nghiên cứu khoa học kỹ thuật của học sinh trung học chế tạo thiết bị ấp trứng mini dùng trong gia đình, điều khiển nhiệt độ "
        "bằng vi điều khiển và linh kiện điện tử số giá rẻ, thay cho ấp thủ công tốn công. Sẵn sàng chia sẻ sơ đồ mạch và cách lắp ráp "
        "cho hộ nuôi gà, vịt quy mô nhỏ.",
    ),
    (
        "oEo006",
        "vi",
        "zaidap_aptrau",
        "Chuyển giao kỹ thuật ấp trứng vịt truyền hơi và ấp trấu thóc nóng",
        "Hướng dẫn các phương pháp ấp trứng vịt nhân tạo phổ biến ở Nam Bộ: ấp bằng thóc và trấu rang nóng trong khoảng 7 ngày đầu, sau đó "
        "chuyển sang ấp truyền hơi (trứng ấp trứng) nhờ nhiệt của trứng đã ấp lâu, kết hợp phơi nắng. Phù hợp lò ấp thủ công sản xuất vịt "
        "con theo thời vụ, vốn đầu tư thấp.",
    ),
    (
        "oEo007",
        "vi",
        "camnang_thucong",
        "Tư vấn lò ấp thủ công bằng bồ tre, thóc trấu cho hộ nông dân",
        "Tư vấn dựng và vận hành lò ấp thủ công bằng bồ tre nứa, thóc lép, trấu, chăn màn ủ trứng, đặt trong nhà bếp hoặc nhà kho; điều chỉnh "
        "nhiệt, ẩm theo kinh nghiệm. Nêu rõ hạn chế: tỷ lệ nở và con loại I chỉ khoảng 65–70% so với trên dưới 80% khi ấp máy, vệ sinh "
        "lò khó bảo đảm; kèm yêu cầu chọn, bảo quản và vận chuyển trứng ấp.",
    ),
    (
        "oEo008",
        "en",
        "eggborn",
        "Electronic thermostat and humidifier kits to upgrade old incubators",
        "Retrofit kits for existing incubators: electronic thermostats and hypersensitive sensors that hold temperature to within two tenths "
        "of a degree, replacing capsule, mercury-contact or mechanical thermostats, plus pump-spray, steam or ultrasonic humidifier modules "
        "with a hygrometer so humidity can be monitored through the whole incubation.",
    ),
    (
        "oEo009",
        "vi",
        "2lua_solar",
        "Máy ấp trứng chạy bằng năng lượng mặt trời",
        "Sinh viên Khoa Cơ khí – Công nghệ, Trường ĐH Nông Lâm TP.HCM, dưới sự hướng dẫn của Bộ môn Tự động, đã chế tạo máy ấp trứng dùng "
        "pin năng lượng mặt trời chuyển quang năng thành điện năng. Máy giá rẻ, bền, tỷ lệ nở cao, giảm thiệt hại khi lưới điện bị cúp "
        "giữa kỳ ấp. Nhận chuyển giao cho hộ chăn nuôi.",
    ),
    (
        "oEo010",
        "en",
        "allthingsnature",
        "Forced-air cabinet incubators for 400+ eggs",
        "Cabinet incubators for small farms with several shelves holding more than 400 eggs, a built-in fan to keep air moving and the "
        "temperature even at 37°C (98°F), and a viewing window on top. Suitable for chicken, quail and duck eggs; chicken eggs hatch after "
        "about 21 days.",
    ),
    (
        "oEo011",
        "vi",
        "sach_apga_ngan",
        "Tài liệu và lớp tập huấn ấp trứng gà, ngan bằng máy",
        "Tập huấn theo tài liệu hướng dẫn ấp trứng gà và ngan của chuyên gia có hàng chục năm thực hành trên nhiều kiểu máy: bảo quản, chọn "
        "và vận chuyển trứng ấp, chuẩn bị máy, xếp trứng vào khay, chế độ nhiệt ẩm cho từng loại trứng và từng mùa, chuyển sang máy nở và "
        "phân loại con khi nở.",
    ),
    (
        "oEo012",
        "vi",
        "docz_matdien_xuly",
        "Tủ ấp trứng dùng bếp đèn dầu, bếp ga hoặc bếp điện",
        "Thiết kế tủ ấp đơn giản bằng gỗ có két nước, các lỗ thông hơi, khay trứng, đĩa nước làm ẩm, cửa kính theo dõi nhiệt kế và ẩm kế; "
        "nguồn nhiệt là bếp đèn dầu, bếp ga hoặc bếp điện nên vẫn ấp được ở nơi điện không ổn định. Kèm hướng dẫn chọn gà, ngan mái để "
        "ấp tự nhiên khi quy mô rất nhỏ.",
    ),
    # industrial setters and hatchers
    (
        "oEo013",
        "en",
        "hn_setter",
        "Single-stage setters with programmed pre-warming",
        "Single-stage setters in which all eggs are set together, so temperature, humidity and ventilation set points follow the embryo's "
        "needs; all-in all-out operation lets the machine be cleaned, disinfected and serviced after every batch. Includes a pre-warming "
        "program that slowly brings stored eggs to about 25°C (77°F) before incubation, and heat-recovery options to cut energy use.",
    ),
    (
        "oEo014",
        "en",
        "poultrysite_singlestage",
        "Consultancy for switching a hatchery from multi-stage to single-stage incubation",
        "Advisory service for hatcheries replacing multi-stage machines, where fixed set points and a strict setting pattern rely on "
        "heat from older embryos warming younger ones. We help set up single-stage incubation programmes matched to embryo development, "
        "change the daily routine and cleaning schedule, and plan the changeover when old setters are replaced.",
    ),
    (
        "oEo015",
        "en",
        "wattag_ss",
        "Large single-stage setters of 120,000 eggs, with field comparison data",
        "Large single-stage machines of 120,000-egg capacity for commercial broiler hatcheries, with results of a trial against "
        "multi-stage machines in the same hatchery on incubation moisture loss, hatchability and embryo mortality. Benefits: better "
        "sanitation and biosecurity, control of heat, humidity and CO2, less labour and better chick quality.",
    ),
    (
        "oEo016",
        "en",
        "engormix_ss",
        "Training on incubation profiles and damper ventilation control",
        "University extension training (North Carolina State) for hatchery managers on single-stage versus multi-stage systems: adjusting "
        "setter temperature for embryo age or stored eggs, using the ventilation damper to manage relative humidity, CO2, O2 and heat "
        "uniformity, and the effect on chick maturity and field performance.",
    ),
    (
        "oEo017",
        "vi",
        "zaidap_mayap",
        "Máy ấp trứng công nghiệp công suất từ 1 vạn trứng trở lên",
        "Cung cấp máy ấp công nghiệp công suất từ 1 vạn quả trở lên cho doanh nghiệp, tổ hợp sản xuất con giống (máy dưới 1.000 quả dành "
        "cho gia đình, phòng thí nghiệm). Vỏ hai lớp cách nhiệt bằng hợp kim nhôm, bảng điều khiển tự động, giá đỡ và khay trứng, hệ "
        "thống cấp nhiệt, cấp ẩm, cấp khí và hệ thống báo động bảo vệ.",
    ),
    (
        "oEo018",
        "vi",
        "docz_cautao",
        "Thiết kế, chế tạo máy ấp trứng kiểu giàn tầng, giàn trống và xe đẩy",
        "Nhóm nghiên cứu thiết kế máy ấp gồm tủ ấp gỗ ghép lót tôn hoặc nhôm, giàn đặt khay, bộ cấp nhiệt, tạo ẩm, đảo trứng, thông gió và "
        "báo hiệu. Giàn trống và giàn cố định cho máy vừa và nhỏ, giàn xe đẩy cho máy dung lượng lớn; tư vấn chọn kiểu giàn theo yêu cầu "
        "thông gió và số trứng.",
    ),
    (
        "oEo019",
        "vi",
        "mesidas",
        "Hệ thống điều khiển và giám sát lò ấp trứng quy mô công nghiệp",
        "Giải pháp tự động hóa điều khiển và giám sát tập trung cho khu ấp lớn, giảm nhân công trực máy. Cài sẵn thông số cho từng loại "
        "trứng: gà 21 ngày; vịt 28 ngày ở 37,4–37,8°C, ẩm 55–65%, ngừng đảo ngày 25, ẩm 60–70% ba ngày cuối; ngan 35–37 ngày; cút 17 ngày; "
        "ngỗng, gà lôi, chim trĩ, bồ câu.",
    ),
    (
        "oEo020",
        "vi",
        "zaidap_apvit",
        "Quy trình ấp trứng vịt bằng máy đơn kỳ và đa kỳ",
        "Chuyển giao quy trình ấp vịt công nghiệp: phân lô trứng theo khối lượng (trên 85 g vào máy trước 4–5 giờ, sau đó 75–85 g, cuối "
        "cùng dưới 75 g), tính giờ ra vịt 28 ngày cộng 6 giờ. Máy đơn kỳ: 37,4–37,8°C ngày 1–7, 37,2–37,5°C ngày 8–24, 37,0–37,4°C ngày "
        "25–28; ẩm 56–58% rồi 54–56%; máy đa kỳ giữ 37,3–37,4°C.",
    ),
    (
        "oEo021",
        "en",
        "zaidap_apvit",
        "Incubation regime for duck eggs in single-stage and multi-stage machines",
        "Duck eggs weigh about 1.5 times chicken eggs and vary widely, so we grade them by weight and set the heaviest (over 85 g) 4–5 "
        "hours ahead of 75–85 g eggs and the lightest last. Single-stage setting: 37.4–37.8°C for days 1–7, 37.2–37.5°C for days 8–24, "
        "37.0–37.4°C for days 25–28; fixed multi-stage machines run at 37.3–37.4°C. Pull ducklings at 28 days plus 6 hours.",
    ),
    (
        "oEo022",
        "en",
        "feedlivestock_ss",
        "Replacing ageing multi-stage incubators with single-stage units",
        "Hatchery equipment maker's programme for hatcheries whose multi-stage cabinets are deteriorating: assessment of cabinet integrity "
        "and repair cost, and replacement by single-stage machines that stay closed 18 days until transfer. Biosecurity is the main "
        "reason: a contaminated flock can force destruction of a whole multi-stage machine, while single-stage losses stay within one hatch.",
    ),
    (
        "oEo023",
        "vi",
        "caytrong_quathut",
        "Bộ điều khiển quạt hút khí nóng và báo động nhiệt độ cao cho máy ấp",
        "Lắp mạch điều khiển gồm nhiệt kế công tắc, rơle trung gian và khởi động từ: khi nhiệt trong máy vượt yêu cầu 0,3°C (ví dụ 38,3°C "
        "với mức đặt 38°C) quạt hút khí nóng tự chạy, kèm van điện từ cho nước lạnh vào ống làm mát; nhiệt hạ thì quạt ngừng. Có chuông "
        "báo động nhiệt độ cao.",
    ),
    (
        "oEo024",
        "en",
        "mesidas",
        "Central monitoring and control for industrial hatching rooms",
        "Automation package for large incubation rooms: central supervision of every setter and hatcher, fewer night staff and tighter "
        "control. Preloaded incubation tables per species, e.g. duck eggs 28 days at 37.4–37.8°C and 55–65% humidity, turning stopped "
        "on day 25, 60–70% humidity for the last three days; also chicken, Muscovy, goose, quail and pigeon.",
    ),
    # candling, hatch records, breakout analysis
    (
        "oEo025",
        "vi",
        "agriviet_soi",
        "Hộp soi trứng và hướng dẫn đánh giá phôi sau 6 ngày ấp",
        "Cung cấp hộp soi trứng (bóng 60W trong hộp gỗ kín có lỗ tròn) và thùng soi cả khay, kèm hướng dẫn kiểm tra 1/10 số khay: phôi tốt "
        "chìm sâu, mạch máu hình mạng nhện, trứng hồng; trứng không phôi trong suốt; phôi chết có vết đen, vòng máu. Chỉ ra nguyên nhân "
        "chết phôi và cách tính tỷ lệ không phôi, chết phôi.",
    ),
    (
        "oEo026",
        "vi",
        "docz_soitrung",
        "Máy soi trứng cầm tay, thùng soi khay và máy soi tự động",
        "Bán dụng cụ soi trứng cho trạm ấp: đèn soi cầm tay có gương phản xạ và đệm cao su chụp vừa quả trứng, thùng soi cao 0,7–0,8 m "
        "đặt khít một khay với bóng 100W, và máy soi, loại trứng tự động. Hướng dẫn nhận biết phôi tốt, phôi yếu, phôi chết ngày thứ 6.",
    ),
    (
        "oEo027",
        "en",
        "livestockbuiz",
        "Candling training with numbered egg records",
        "Hands-on course on checking fertility by candling in a dark room next to the incubator: large end against the light, tilt and "
        "rotate, signs of a developing embryo (vessel network, eyes, movement) and of a quitter. Each egg is numbered and findings are "
        "noted so first and second candlings can be compared; eggs stay out of the incubator no more than 20–30 minutes.",
    ),
    (
        "oEo028",
        "en",
        "roodbont_candling",
        "Candling and breakout feedback programme between hatchery and breeder farms",
        "Hatchery consultancy that sets up candling at several moments: day 2 for fertilisation rate in young flocks, day 10 for early "
        "embryo mortality, day 18 at transfer, combined with breakouts at four fixed ages of each parent flock. The data build a hatchery's "
        "own reference for fertility, hatchability and chick quality and are fed back to breeder farms.",
    ),
    (
        "oEo029",
        "en",
        "livine_breakout",
        "Hatchery management software with breakout analysis",
        "Poultry management software that records breakout analyses of clear and unhatched eggs (fresh eggs, candling at 7–12 days, and at "
        "hatch), on five sample trays from different positions, and produces weekly and monthly reports to compare breeder farms, "
        "environmental conditions and individual hatchers.",
    ),
    (
        "oEo030",
        "en",
        "mtech_breakout",
        "Hatchery information module: egg set, transfer, chicks hatched and breakouts",
        "Software module for hatcheries to log egg sets, machine transfers and chicks hatched, and to record pre-incubation, candling and "
        "residue breakouts with configurable categories for stage of embryo death, residue mortality and autopsy. It calculates hatch of "
        "fertile percent from eggs set, sample size and actual chicks hatched.",
    ),
    (
        "oEo031",
        "en",
        "qfsoft",
        "Breeder–hatchery chain software with egg quality and hatch reports",
        "Software linking breeder farms and hatchery: eggs collected from each breeder once or several times a week are scheduled for "
        "incubation, and the breeder receives reports on the quality and weight of the eggs delivered and on hatch percentages.",
    ),
    (
        "oEo032",
        "en",
        "poultrysite_breakout",
        "Breakout analysis service to diagnose poor hatches",
        "Hatchery service opening clear and unhatched eggs to find whether they were infertile, contaminated, or at which stage the "
        "embryo died. Used to explain a sudden drop in hatchability, to test a new incubation profile against the current one (one "
        "setting changed at a time, same flock and lay date), and to build historical records for long-term improvement.",
    ),
    (
        "oEo033",
        "vi",
        "nhachannuoi_apvit",
        "Tư vấn kỹ thuật ấp trứng vịt: chọn trứng, soi trứng, theo dõi nở",
        "Chủ lò ấp vịt nhiều năm ở Ô Môn (Cần Thơ) nhận tư vấn: chọn trứng vỏ sạch, cân đối (vịt ta 58–62 g, vịt Bắc Kinh 70–90 g), bảo "
        "quản 5–7 ngày ở 15–20°C, ẩm 65–75%; soi lần 1 lúc 7–8 ngày loại trứng không phôi, chết phôi, lần 2 lúc 18 ngày loại trứng thối, "
        "phôi yếu; vịt nở đúng 28 ngày, đọc dấu hiệu nở sớm, nở muộn để chỉnh nhiệt ẩm.",
    ),
    (
        "oEo034",
        "vi",
        "memart_apga",
        "Tập huấn kỹ thuật ấp trứng gà và ghi chép tỷ lệ nở",
        "Khóa tập huấn ấp trứng gà từ chọn trứng đến nở: nhiệt khoảng 37,5°C giảm nhẹ cuối kỳ, ẩm 50–55% rồi 65–75% khi sắp nở, đảo "
        "trứng đều, vệ sinh khử trùng máy, soi trứng định kỳ và ghi chép kết quả từng mẻ; chia sẻ kinh nghiệm nông dân để đưa tỷ lệ nở "
        "lên trên 95%.",
    ),
    (
        "oEo035",
        "en",
        "ftbmj",
        "Candling to check fertility, embryo growth and incubator humidity",
        "Egg inspection service with a shielded candling lamp: white-shelled eggs checked on day 3, brown eggs on day 5–6, embryos easily "
        "identified from day 8–12. Reads clear eggs, blood rings and staining as early deaths, and uses air-cell size at each stage to tell "
        "whether incubator humidity is right; also detects blood spots and bloody whites.",
    ),
    (
        "oEo036",
        "vi",
        "livine_breakout",
        "Phần mềm quản lý trạm ấp và phân tích trứng không nở",
        "Phần mềm ghi nhận kết quả mổ khám trứng trong và trứng không nở (trứng tươi, soi ngày 7–12, lúc nở) trên 5 khay mẫu lấy ở các vị "
        "trí khác nhau trong máy; lập báo cáo tuần, tháng để so sánh đàn bố mẹ, điều kiện môi trường và từng máy nở, tìm nguyên nhân tỷ lệ "
        "nở thấp.",
    ),
    # hatchery hygiene, disinfection, biosecurity
    (
        "oEo037",
        "vi",
        "hpstic_khutrung",
        "Quy trình khử trùng cơ sở ấp nở trứng gia cầm",
        "Chuyển giao quy trình khử trùng bảo đảm an toàn sinh học cho cơ sở ấp nở: quét dọn, lau chùi rồi phun thuốc khử trùng tường, sàn, "
        "trần khu ấp và khay tạo ẩm mỗi tuần; chăn, chiếu đậy trứng xông khử trùng hoặc phơi nắng hàng tuần, giặt xà phòng ít nhất mỗi "
        "tháng; máy nở thu gom vỏ trứng, lông, trứng hỏng, con chết sau mỗi đợt, cọ rửa rồi xông hoặc phun khử trùng trước lứa sau.",
    ),
    (
        "oEo038",
        "vi",
        "nhachannuoi_khutrung",
        "Dịch vụ vệ sinh, khử trùng máy nở và khu xuất gia cầm con",
        "Nhận vệ sinh, khử trùng trọn gói cho lò ấp sau mỗi đợt nở: đưa con ra, thu gom chất thải rắn đem xử lý, cọ rửa quạt, khay nước, "
        "giàn khay bằng chất tẩy, phun khử trùng khu nở khi khô ráo; khu xuất gia cầm con được quét, rửa, phun thuốc; khay đựng trứng và "
        "dụng cụ đựng con được rửa rồi ngâm hoặc phun khử trùng.",
    ),
    (
        "oEo039",
        "vi",
        "retech_disinfect",
        "Sáu phương pháp khử trùng trứng giống trước khi ấp",
        "Tư vấn và cung cấp vật tư khử trùng trứng giống: chiếu đèn UV cách trứng 0,4 m trong 1 phút rồi lật trứng chiếu tiếp; ngâm dung "
        "dịch tẩy có 1,5% clo hoạt tính trong 3 phút; xông axit peroxyacetic 50 ml với 5 g thuốc tím cho mỗi m³ trong 15 phút; nhúng "
        "chênh lệch nhiệt độ (làm ấm 37,8°C 3–6 giờ rồi nhúng dung dịch 4,4°C 10–15 phút); xông formalin.",
    ),
    (
        "oEo040",
        "en",
        "samberg",
        "Hatchery design and sanitation programme",
        "Veterinary consultancy for commercial hatcheries: isolated site selection, building layout separating the main operations, "
        "one-way flow of eggs, chicks, staff and vehicles, adequate ventilation of each room, routine cleaning and disinfection, "
        "formaldehyde fumigation or an alternative for eggs, equipment and incubators, and a routine programme monitoring microbial "
        "contamination.",
    ),
    (
        "oEo041",
        "en",
        "vetsite_sanitation",
        "Hatching-egg hygiene training for breeder farms and hatcheries",
        "Training that starts where contamination starts: dirty hatching eggs arriving from the laying flocks. Covers frequent egg "
        "collection, setting only clean eggs, fumigating eggs on the farm as soon as possible after collection, and planning staff and "
        "vehicle movements so strong, disease-free chicks can be dispatched.",
    ),
    (
        "oEo042",
        "en",
        "pashudhan",
        "Microbiological monitoring programme for hatcheries",
        "Routine monitoring of contamination levels inside the hatchery (eggs on arrival, setter and hatcher rooms, chick handling areas) "
        "to check that cleaning and disinfection work, with particular attention to Salmonella control and to protecting workers from "
        "contamination; results guide the sanitation schedule of hatcheries running several hatches a week.",
    ),
    (
        "oEo043",
        "en",
        "cadirci",
        "Formaldehyde fumigation of hatching eggs: protocol review and alternatives",
        "Advice based on a scientific review: within an hour of laying 20,000–30,000 bacteria can be on the shell and up to 80,000 on dirty "
        "eggs, cutting hatchability and chick quality with losses up to 20%. Covers fumigation before setting, during incubation or at "
        "transfer, wiping, spraying and dipping methods, and the trade-off with formaldehyde's effects on chick airways.",
    ),
    (
        "oEo044",
        "vi",
        "kemin",
        "Thuốc sát trùng cho trại gia cầm và cơ sở ấp nở",
        "Cung cấp dòng sản phẩm sát trùng dùng trong vệ sinh định kỳ và an toàn sinh học ở trại gia cầm và trạm ấp, để khử các mầm bệnh "
        "vi rút, vi khuẩn, ký sinh trùng, nấm mốc tồn tại cuối mỗi chu kỳ sản xuất hoặc sau khi có dịch.",
    ),
    (
        "oEo045",
        "en",
        "hpstic_khutrung",
        "Disinfection protocol for poultry hatching facilities",
        "Protocol transferred by a provincial science and technology department: weekly sweeping and spraying of walls, floors, ceilings "
        "and humidifier trays in the incubation area; weekly fumigation or sun-drying of covers used on eggs in manual hatching; after each "
        "hatch, removal of shells, down, rotten eggs and dead chicks, washing of fans, water trays and racks, then spraying or fumigating "
        "the hatcher before the next batch.",
    ),
    (
        "oEo046",
        "vi",
        "samberg",
        "Thiết kế trạm ấp theo dòng một chiều và chương trình vệ sinh",
        "Tư vấn thiết kế và quản lý vệ sinh trạm ấp thương mại: chọn vị trí cách ly, bố trí tách riêng các khu chức năng, dòng công việc "
        "một chiều, thông gió từng phòng, làm sạch và khử trùng định kỳ, xông formaldehyde hoặc phương pháp thay thế cho trứng, dụng cụ và "
        "máy ấp, theo dõi định kỳ mức nhiễm vi sinh.",
    ),
    # chick handling and dispatch
    (
        "oEo047",
        "en",
        "evafeeds_dispatch",
        "Chick handling, grading and dispatch protocol",
        "Hatchery protocol for the hours after pull: collect chicks once, sex gently, inject Marek's vaccine correctly, grade out weak and "
        "malformed chicks, use new boxes with holes open and fewer chicks per box in hot weather, clean and disinfect plastic boxes and the "
        "truck, and deliver chicks from young parent flocks early, on hatch day.",
    ),
    (
        "oEo048",
        "vi",
        "evafeeds_dispatch",
        "Quy trình chọn lọc, đóng hộp và vận chuyển gà con một ngày tuổi",
        "Hướng dẫn trạm ấp giảm chết gà con tuần đầu: bắt gà một lần, sexing nhẹ tay, tiêm vắc xin Marek đúng kỹ thuật, loại con yếu dị "
        "tật, dùng hộp mới mở lỗ thông khí và giảm số con mỗi hộp khi trời nóng, rửa sát trùng hộp nhựa và xe, ưu tiên giao sớm gà con của "
        "đàn bố mẹ non.",
    ),
    # sexing day-old chicks and ducklings
    (
        "oEo049",
        "en",
        "uky_sexing",
        "Extension training on sexing day-old chicks",
        "University extension material and training: vent sexing, developed in Japan, works for any breed but needs long training to be "
        "accurate; sex-linked crosses allow males and females to be told apart by down colour or feather growth, but only for specific "
        "crosses. Also explains why egg shape, pendulum and similar folk methods are no better than a coin toss.",
    ),
    (
        "oEo050",
        "vi",
        "listbaby_sexing",
        "Đội sexing chuyên nghiệp phân biệt trống mái gà con tại trạm ấp",
        "Cung cấp đội kỹ thuật viên xem huyệt (vent sexing) cho trạm ấp thương mại: ép nhẹ cho phân thoát để hé lỗ huyệt, tìm gai sinh dục "
        "ở mép dưới, kể cả ca khó khi con mái cũng có u nhỏ. Tách gà mái hậu bị đẻ trứng và dòng trống mái riêng cho gà thịt, kết hợp "
        "sexing theo lông với các tổ hợp lai phù hợp.",
    ),
    (
        "oEo051",
        "en",
        "vetsite_sexing",
        "Feather (wing) sexing of day-old chicks",
        "Training in wing-feather sexing, to be done at about one day of age before feathers develop: female chicks show alternating long "
        "and short wing feathers, males have feathers of equal length. Fast and simple on suitable crosses.",
    ),
    (
        "oEo052",
        "en",
        "sexeach_blog",
        "Sex-linked parent crosses and vent-sexing guide for small hatcheries",
        "Guide and advisory for hatcheries that want to sell sexed chicks without a professional sexer: cross breeds so that day-old chicks "
        "differ by down colour or wing feathers (female primaries longer than coverts), and learn basic vent sexing of the rudimentary male "
        "organ, which takes long practice.",
    ),
    (
        "oEo053",
        "vi",
        "diendan_huyet",
        "Đào tạo phương pháp xác định giới tính gà con bằng xem huyệt",
        "Lớp đào tạo phương pháp xem huyệt để phân biệt trống mái gà con, dựa theo tài liệu của GS. Tommy Nakayama (ĐH Georgia); giải thích "
        "vì sao các thiết bị dò giới tính treo trên đầu gà hay đoán theo hình dạng, trọng lượng trứng đều không có cơ sở.",
    ),
    (
        "oEo054",
        "vi",
        "memart_sexing",
        "Hướng dẫn phân biệt trống mái gà con 1–2 ngày tuổi",
        "Hướng dẫn nhận biết gà trống, gà mái khi mới nở: lông cánh đều nhau là trống, dài ngắn xen kẽ là mái (làm sớm trước khi lông "
        "mọc), màu lông tơ, kích thước đầu mỏ, kiểm tra lỗ huyệt, hành vi; hỗ trợ mời chuyên gia hoặc đào tạo kỹ thuật viên phân biệt giới tính.",
    ),
    (
        "oEo055",
        "vi",
        "mpu_sexing",
        "Tư vấn xác định giới tính gà con sau khi nở",
        "Tư vấn các cách xác định giới tính gà con vài ngày tuổi cho trại lớn và hộ nhỏ, chỉ ra phương pháp hiệu quả và phương pháp vô tác "
        "dụng (đoán theo trứng dài, trứng tròn). Lưu ý tỷ lệ trống mái tự nhiên khoảng 55/45 nên phải vượt xa 50% mới là phương pháp đáng tin.",
    ),
    (
        "oEo056",
        "en",
        "featheredfarm_duck",
        "Duckling sexing: visual, vent and DNA methods",
        "Guide and training for sexing ducklings, which show little sexual difference when young: visual cues, vent sexing with its risks "
        "to small ducklings, and DNA sexing; how to choose the method and limit injury, and why knowing the sex ratio matters for breeding "
        "pairs, egg production and flock management.",
    ),
    (
        "oEo057",
        "en",
        "clan_sexing",
        "Feather sexing of Rhode Island Red chicks in the first ten days",
        "Step-by-step method for backyard keepers: hold the chick, extend one wing and compare pinfeathers; even rows suggest a male, "
        "alternating long and short a female, and a white down spot on the wing web marks males in some lines. Must be done within ten "
        "days and works reliably only where parents were bred for the trait.",
    ),
    # vaccination at the hatchery
    (
        "oEo058",
        "en",
        "cobb_vacc",
        "Hatchery vaccination: in-ovo at transfer or at day of hatch",
        "Technical support from a breeding company on vaccinating at the hatchery: in-ovo injection on embryonic day 18–19 with machines "
        "that inject a whole tray, eggs trayed air cell up so malpositioned eggs are not missed, or at hatch by subcutaneous injection or "
        "spray (gel spray for coccidiosis, fine spray for respiratory vaccines).",
    ),
    (
        "oEo059",
        "en",
        "zootecnica_inovo",
        "In-ovo vaccination: hatchery management consultancy",
        "Consultancy for hatcheries adopting in-ovo vaccination, including vector and immune-complex vaccines: vaccinate on day 18–19 when "
        "embryos are in hatching position, check developmental uniformity, keep externally pipped eggs under 2% so transfer suction cups "
        "can lift them, and apply strict hygiene before, during and after injection.",
    ),
    (
        "oEo060",
        "en",
        "scielo_inovo",
        "Research service: timing of in-ovo vaccination by breeder age",
        "Research group offering trials on in-ovo vaccination timing: in a study of 20,160 eggs from breeders aged 31 and 52 weeks, "
        "vaccinating before day 18 caused hatching losses and day 19 gave the highest Marek's disease antibody titres, with no effect on "
        "broiler field performance.",
    ),
    (
        "oEo061",
        "en",
        "poultryworld_inovo",
        "Automated in-ovo injection systems for hatcheries",
        "Automated egg-injection equipment replacing hand vaccination of day-old chicks, where one person injects about 2,000 chicks an "
        "hour and a hatchery of 250,000 chicks a day needs a crew of at least 12. Adopted by over 90% of US hatcheries and spreading to "
        "smaller hatcheries elsewhere, with hygiene requirements to make it work.",
    ),
    (
        "oEo062",
        "en",
        "ppp_inovo",
        "Verification of in-ovo injection site",
        "Service checking where in-ovo vaccine actually lands: dye injection of sample eggs followed by opening, or measurement of embryo "
        "length, at regular intervals. Too early and vaccine goes into the allantoic fluid and is wasted; too late and it hits breast or "
        "neck; adjusts transfer time per machine and setting.",
    ),
    (
        "oEo063",
        "en",
        "lms_inovo",
        "Training module on in-ovo vaccination against Marek's disease",
        "Course module on embryo immunity (functioning by day 16–18) and automatic egg injection at 18.5 days, when eggs move to hatching "
        "trays; covers equipment accuracy, strict hygiene because the needle opens the shell to bacteria and fungi, CVI 988/Rispens Marek's "
        "vaccines and use for infectious bursal disease, fowl pox and avian influenza.",
    ),
    (
        "oEo064",
        "en",
        "researcher_hvt",
        "Field data on in-ovo bivalent Marek's vaccine (HVT + SB-1)",
        "Field trial results for a bivalent Marek's disease vaccine given in ovo at day 17.5–18.5 versus subcutaneous at hatch: fewer culls "
        "and lower early and overall mortality, better livability and feed efficiency, 93.25% protection against a very virulent strain "
        "compared with 89.58%, but slightly lower hatchability.",
    ),
    (
        "oEo065",
        "vi",
        "daixuyen_vacc",
        "Quy trình tiêm vắc xin cúm gia cầm và viêm gan vịt cho vịt, ngan",
        "Trung tâm nghiên cứu vịt chuyển giao quy trình tiêm phòng đã theo dõi 2008–2010: sau tiêm nhắc vắc xin H5N1 lần 2, hiệu giá "
        "kháng thể trung bình 6,6 log2, bảo hộ 100% ở ngày 30; vắc xin viêm gan tiêm một lần cho miễn dịch suốt thời gian mẫn cảm; đàn "
        "sinh sản tiêm 3 lần trước đẻ cho vịt con miễn dịch thụ động cao hơn tiêm 2 lần.",
    ),
    (
        "oEo066",
        "vi",
        "hanvet_dvh",
        "Vắc xin viêm gan vịt và kháng thể cho vịt con",
        "Cung cấp vắc xin phòng bệnh viêm gan siêu vi trùng vịt (DHV-1 gây chết tới 100% ở thủy cầm dưới 10 ngày tuổi) và kháng thể dùng "
        "khẩn cấp cho vịt, ngan, ngỗng con; kèm khuyến cáo sát trùng bằng phenol 5%, chlorine 2–3%, formalin 1% hoặc iodine 1–2% vì vi "
        "rút tồn lưu lâu ngoài môi trường.",
    ),
    (
        "oEo067",
        "en",
        "hanvet_dvh",
        "Duck virus hepatitis vaccine and hyperimmune antibody",
        "Vaccine against duck virus hepatitis for ducklings, Muscovy and goslings, which can be infected right after hatch and are most "
        "susceptible under 3 weeks; DHV-1 can kill up to 100% of birds under 10 days. Antibody product for outbreaks, plus disinfection "
        "advice (phenol 5%, chlorine 2–3%, formalin 1%, iodine 1–2%).",
    ),
    (
        "oEo068",
        "vi",
        "ctu_dvh",
        "Phân lập và đánh giá độc lực virus viêm gan vịt ở Đồng bằng sông Cửu Long",
        "Nhóm nghiên cứu Trường ĐH Cần Thơ phân lập chủng virus viêm gan vịt type I genotype 3 từ đàn vịt Hậu Giang, xác định độc lực "
        "10^3,3 LD50/0,5 ml trên vịt con 3 ngày tuổi và mô tả bệnh tích gan; nhận chẩn đoán và định type virus phục vụ chọn vắc xin.",
    ),
    (
        "oEo069",
        "vi",
        "cobb_vacc",
        "Tư vấn tiêm chủng tại trạm ấp: in-ovo hoặc ngày nở",
        "Hỗ trợ kỹ thuật chọn thời điểm tiêm phòng tại trạm ấp: tiêm vào trứng ngày phôi 18–19 bằng máy tiêm nguyên khay (xếp trứng buồng "
        "khí hướng lên), hoặc tiêm dưới da, phun sương cho gà con ngày nở; lưu ý bảo quản vắc xin và hiệu quả khác nhau theo loại vắc xin.",
    ),
    # brooding heat: electric, gas, biomass
    (
        "oEo070",
        "vi",
        "luongtam_um",
        "Gói kỹ thuật úm gia cầm 1–21 ngày tuổi",
        "Trại giống chuyển giao kỹ thuật úm gà, vịt, ngan, ngỗng: sát trùng chuồng (vôi bột, Benkocid, Virkon, iodine) rồi để trống 5–7 "
        "ngày, lót trấu hoặc mùn cưa dày 5–10 cm, sưởi bằng bóng điện, đèn hồng ngoại, bếp than an toàn hoặc máy sưởi, quây bạt chắn gió. "
        "Nhiệt độ 33–35°C ngày 1–3, 32–34°C ngày 4–7, 30–32°C ngày 8–14, 28–30°C ngày 15–21; mật độ gà 40–50 con/m², thủy cầm 30–40 con/m².",
    ),
    (
        "oEo071",
        "vi",
        "nongnghiep_um",
        "Úm vịt con bằng đèn hồng ngoại và lịch vắc xin giai đoạn úm",
        "Trại vịt giống hướng dẫn chuẩn bị chuồng, bạt quây, máng ăn uống và bóng sưởi hồng ngoại treo cách nền khoảng 25 cm, mỗi bóng "
        "cho khoảng 50 vịt con; bổ sung B-complex, glucose, vitamin C ngày đầu; 7 ngày tuổi làm vắc xin dịch tả, viêm gan, Tembusu, 18 ngày "
        "tiêm cúm lần 1; chỉnh nhiệt theo từng giai đoạn.",
    ),
    (
        "oEo072",
        "vi",
        "tapchigiacam_um",
        "Kỹ thuật úm vịt con mùa nắng nóng",
        "Tư vấn úm vịt con khi nhiệt độ môi trường cao: giữ đủ quy trình về chuồng úm, hồ tắm, chiếu sáng, mật độ, thức ăn, phòng bệnh "
        "nhưng tăng thông thoáng; lúc nóng chỉ cần đèn chiếu sáng, không cần đèn sưởi; cho tắm từ ngày thứ 4, lần đầu 30–60 phút. Chọn "
        "vịt con nhanh nhẹn, loại con hở rốn, khô chân; vịt nuôi sinh sản ghép 1 trống 5 mái.",
    ),
    (
        "oEo073",
        "vi",
        "vietphap_um",
        "Tư vấn sưởi ấm vịt con: thời gian úm tối thiểu",
        "Công ty thức ăn chăn nuôi tư vấn sưởi ấm cho vịt con: thận vịt mới nở chưa hoàn chỉnh nên giữ thân nhiệt kém, cần giữ ấm kỹ 3 "
        "ngày đầu và úm tối thiểu 5 ngày (gà, cút con 2–3 tuần); úm thiếu làm vịt chậm lớn, vịt thịt không đều, vịt hậu bị đẻ lệch thời điểm.",
    ),
    (
        "oEo074",
        "vi",
        "memart_umga",
        "Thiết bị và kỹ thuật úm gà con: quây, đệm lót, bóng sưởi",
        "Cung cấp quây úm cót ép, tre hoặc bạt cao 50–70 cm, mỗi ô không quá 6 m², mật độ ban đầu 60–80 con/m²; đệm lót trấu, mùn cưa, "
        "rơm khô dày 10–15 cm phơi khô và sát trùng trước; bóng hồng ngoại hoặc đèn dây tóc 60–100 W treo đều trong quây.",
    ),
    (
        "oEo075",
        "vi",
        "diuretix_um",
        "Thiết kế chuồng úm vịt con 1.500–2.000 con",
        "Thiết kế chuồng úm cho vịt dưới 20 ngày tuổi: khô thoáng, kín gió để tránh viêm phổi; tường bê tông, gạch hoặc cọc gỗ chắc chống "
        "bão; diện tích 6 m x 12 m cho 1.500–2.000 con; nền rải rơm, trấu khô thay sau 1–2 ngày; mái tôn hoặc xi măng dốc 30%.",
    ),
    (
        "oEo076",
        "en",
        "bellsouth_brooder",
        "Electric brooder elements and chick surrounds",
        "Supplier of electric brooders: element wattage chosen for the shed (larger in open or cold sheds), insulated draught-free shed "
        "at about 15°C, a round surround 1 m across at day old widened to 1.5 m for 100 chicks at 2–3 weeks, shavings or rice hulls on the "
        "floor, brooder hung about 30 cm above the chicks' backs and switched on an hour before placement.",
    ),
    (
        "oEo077",
        "en",
        "byc_heatlamp",
        "Heat-lamp brooding schedule for chicks",
        "Practical brooding guide using infrared heat lamps hung on chains: 95°F (35°C) for day-olds to one week, 90°F at two weeks, then "
        "5°F less each week until birds are fully feathered at about 8 weeks; raise or lower the lamps according to how the chicks spread.",
    ),
    (
        "oEo078",
        "en",
        "poultrysite_biomass",
        "Biomass hot-water heating instead of LPG for broiler sheds",
        "Advisory from a state agriculture department on biomass heating (wood, crop waste, other organic matter) for poultry sheds. A UK "
        "grower who switched from LPG to a biomass hot-water system reports much lower heating costs, drier litter, less hock burn and pad "
        "dermatitis, and feed conversion of 1.6 kg feed per kg of chicken; covers running costs and feasibility.",
    ),
    (
        "oEo079",
        "en",
        "treco_biomass",
        "Biomass boiler systems for whole-house brooding",
        "Installer of renewable heating for poultry farms: a 300 kW wood-chip biomass boiler heats water that is piped underground to five "
        "poultry houses and the farmhouse, replacing in-house LPG heaters that add CO2 and moisture. Holds the 32°C needed for whole-house "
        "brooding of day-old chicks with indirect heat.",
    ),
    (
        "oEo080",
        "en",
        "poultrysite_litter",
        "Poultry-litter-fired furnace for heating chicken houses",
        "Prototype furnace developed by a university engineer with a furnace maker that burns the farm's own litter (manure mixed with "
        "rice hulls or wood chips), lit by a propane pilot, and blows the heat into the poultry house through a closed duct system.",
    ),
    (
        "oEo081",
        "en",
        "backyardpen_coal",
        "Coal and wood tube heaters for brooding without electricity",
        "Low-cost brooding stoves for villages without grid power: a one-metre zinc tube with side holes burning coal or wood, fenced so "
        "chicks cannot touch it, also larger coal heaters for coops. Requires good ventilation because smoke harms birds and people.",
    ),
    (
        "oEo082",
        "vi",
        "khcnn_biogas",
        "Hầm biogas kết hợp máy phát điện chạy khí sinh học cho trang trại",
        "Xây hầm biogas xử lý chất thải và tận dụng khí đốt: một trang trại 400 heo dùng 3 hầm chạy máy phát điện 10 kW cho bơm nước, "
        "thắp sáng, sưởi ấm, làm mát vật nuôi, tiết kiệm 3–4 triệu đồng mỗi tháng và giảm phụ thuộc lưới điện.",
    ),
    (
        "oEo083",
        "en",
        "luongtam_um",
        "Brooding package for chicks and ducklings, days 1–21",
        "Breeding farm package for brooding chicks, ducklings, Muscovy and goslings: disinfect the house and leave it empty 5–7 days, "
        "5–10 cm of rice hull or shavings, infrared lamps, safe charcoal stoves or heaters, curtain walls. Target 33–35°C on days 1–3 "
        "down to 28–30°C on days 15–21; 40–50 chicks or 30–40 waterfowl per m²; read huddling and panting to adjust heat.",
    ),
    (
        "oEo084",
        "en",
        "farmwide_brooders",
        "Gas canopy brooders and charcoal brooders",
        "Equipment supplier offering four brooder types. Gas (canopy) brooders burn methane or other gas in a heater hung 3–5 feet above "
        "the birds under a reflector; charcoal or kerosene stoves are the cheapest choice where electricity is absent or unreliable, and "
        "covering the stove cuts fuel use. Advice on choosing for the first 3–4 weeks of the chicks' life.",
    ),
    (
        "oEo085",
        "vi",
        "oxfarm_brooders",
        "Cung cấp thiết bị úm: chụp sưởi gas, máy úm điện, bóng hồng ngoại, quây úm",
        "Bán thiết bị sưởi cho gà con: chụp sưởi dùng LPG, khí tự nhiên hoặc mê tan treo cao 3–5 feet có chao phản nhiệt; máy úm điện có "
        "điều nhiệt cho 300–400 con; bóng hồng ngoại 150 W và 250 W cho 150 và 250 con; bếp than, bếp dầu cho nơi hay mất điện; quây "
        "úm cao 1–1,5 feet đường kính 5 feet.",
    ),
    (
        "oEo086",
        "en",
        "msstate_heating",
        "Extension guidance on broiler house heating systems",
        "University extension publication and advice on heaters for the brooding phase (8–14 days, chicks kept in part of the house): "
        "chicks cannot hold body temperature in the first 4–7 days, must stay in their thermoneutral zone, die when body temperature falls "
        "to about 73°F and above 113–117°F; compares heater types used in modern broiler houses.",
    ),
    (
        "oEo087",
        "en",
        "msstate_elevation",
        "Radiant brooder layout and hanging height for broiler houses",
        "Recommendations on round radiant gas brooders: hang 5–7.5 feet above the litter per manufacturer, space 20–40 feet apart over feed "
        "and water lines, at least 14 brooders in a 40 by 250 foot brood chamber plus spares in the off end; elevation changes the heat "
        "pattern on the floor.",
    ),
    (
        "oEo088",
        "vi",
        "khpt_loumthan",
        "Lò úm gà dùng bếp than tổ ong và quạt ắc quy 12V",
        "Sáng kiến lò úm cho hộ nuôi dưới vài nghìn con: bếp than tổ ong, bộ thu nhiệt và quạt gió chạy ắc quy 12V xe máy giữ chuồng 30–32°C, "
        "không khói, không phụ thuộc lưới điện hay mất điện về đêm, thay cho bóng đèn tốn điện, dễ cháy và máy phát tự động mà hộ nhỏ "
        "không đủ sức đầu tư.",
    ),
    (
        "oEo089",
        "vi",
        "gachoi_chupsuoi",
        "Chụp sưởi điện 1 kW và hướng dẫn bố trí nguồn nhiệt trong quây úm",
        "Cung cấp chụp sưởi điện công suất 1 kW (2–4 bóng) và tư vấn các nguồn nhiệt: bóng hồng ngoại treo cách nền 30–60 cm, dây may so "
        "20–30 cm, bếp điện, bếp củi, bếp trấu 20–30 cm, đèn gas; bếp than phải có ống dẫn khí ra ngoài tránh ngạt; bật sưởi trước khi "
        "nhận gà, úm 1–21 ngày.",
    ),
    (
        "oEo090",
        "vi",
        "trangtrai_loumcui",
        "Lò úm gà đốt củi cải tiến theo nguyên lý bếp Hoàng Cầm",
        "Nông dân sáng chế lò úm gà đốt củi dựa trên bếp Hoàng Cầm, dẫn nhiệt vào chuồng không khói, thay cho lò úm chạy điện có tiền điện "
        "quá cao khi giá gà xuống; giảm chi phí và tỷ lệ gà con chết. Nhận hướng dẫn xây lò.",
    ),
    (
        "oEo091",
        "vi",
        "nongnghiep_hoangcam",
        "Chuồng úm gà cải tiến đốt mùn cưa, lá cây có đường ống dẫn nhiệt",
        "Kiểu chuồng úm đạt giải sáng tạo kỹ thuật tỉnh: đường ống dẫn nhiệt đào dưới nền (bầu sâu 0,5 m, rộng 0,6 m, dài 1,5 m), đốt mùn "
        "cưa, lá cây rẻ tiền, nhiệt tỏa đều, không khói như bếp than tổ ong; tường cao 0,8 m, lưới và bạt cuốn che gió, cửa hướng Đông Nam.",
    ),
    (
        "oEo092",
        "en",
        "sidai_brooding",
        "Brooder house heating training for poultry farmers",
        "Course lesson on heating the brooder: preheat at least 6 hours before chicks arrive; heat sources include charcoal and kerosene "
        "stoves, gas brooders, electric brooders, infrared bulbs and hovers; bring charcoal stoves in only when fully lit to avoid carbon "
        "monoxide, keep them raised and covered against fire, spread them evenly, and check temperature with probes 5 cm above the floor.",
    ),
    # breeder-flock egg quality, hatching-egg selection and storage
    (
        "oEo093",
        "en",
        "poultrysite_shell",
        "Breeder nutrition programme for eggshell quality",
        "Nutrition advice for broiler breeders where poor shells and contaminated eggs drive poor hatchability: a good shell holds about "
        "2.0–2.2 g of calcium as calcium carbonate (94–95% of the dry shell, 5.5–6.0 g), with traces of phosphorus, magnesium and zinc; the "
        "cuticle needs minutes to set, so clean nests matter; diet calcium and minerals are tuned to flock age.",
    ),
    (
        "oEo094",
        "en",
        "scialert_breederage",
        "Study on optimum breeder age for egg and chick quality",
        "Research results on Ross 308 breeders measured at 29, 42 and 55 weeks: age significantly affected egg weight, fertility, hatch "
        "percentage, chick weight, egg composition and 7-day chick mortality; hatch percentage peaked around 37.8 weeks and most traits "
        "were optimal between 37 and 53 weeks. Offered as a basis for flock replacement planning.",
    ),
    (
        "oEo095",
        "en",
        "scielo_eggshell",
        "Eggshell quality and ultrastructure testing of hatching eggs",
        "Laboratory analysis of hatching eggs from breeder flocks: egg weight, shell percentage and thickness, breaking strength, calcium "
        "content, pore count and shell ultrastructure, compared by strain and flock age (early, middle, late lay) and through incubation "
        "as the embryo draws calcium from the shell.",
    ),
    (
        "oEo096",
        "en",
        "byc_spots",
        "Advice on shell mottling and hatchability in older breeder flocks",
        "Flock advisory on shell defects in ageing hens: eggs get bigger while shell deposition stays about the same, so shells thin, crack "
        "more and show more spotting; heavy mottling in older breeders can cut hatchability by 3–14% and raises bacterial penetration; "
        "reducing stressors keeps mottling down.",
    ),
    (
        "oEo097",
        "en",
        "zut_hatching",
        "Evaluation of hatching eggs: weight, shape, shell and storage",
        "University review-based service to assess the hatching value of eggs from breeder flocks: weight (highly heritable and correlated "
        "with chick weight), shape, shell structure and condition, genotype and hen age effects, diet calcium, and storage conditions between "
        "laying and setting.",
    ),
    (
        "oEo098",
        "vi",
        "hutech_vst12",
        "Giống vịt chuyên trứng VST12 năng suất cao",
        "Trại vịt giống cung cấp vịt VST12: năng suất trứng trung bình 283,4 quả/mái/52 tuần đẻ, tiêu tốn 1,94 kg thức ăn/10 trứng, trứng "
        "nặng 70,64 g, tỷ lệ vỏ 13,2–13,3%, lòng đỏ 34–34,3%, đơn vị Haugh 84,4–84,6 (loại AA), giàu protein, axit amin thiết yếu, omega-3.",
    ),
    (
        "oEo099",
        "vi",
        "docz_phoi",
        "Bổ sung bột lá keo giậu, bột lá sắn nâng tỷ lệ trứng có phôi ở vịt",
        "Kết quả thí nghiệm trên vịt Super Meat: soi trứng ngày 8 và 18, tỷ lệ trứng có phôi trung bình 6 đợt ấp đạt 92,31% (bột lá keo "
        "giậu) và 94,05% (bột lá sắn), cao hơn lô đối chứng 3,52% và 5,26%, khác biệt rõ sau 10 ngày vịt ăn bột lá; chuyển giao công thức "
        "khẩu phần cho đàn vịt bố mẹ.",
    ),
    (
        "oEo100",
        "vi",
        "vitxiem_r31",
        "Khuyến cáo thời gian trữ trứng ấp vịt Xiêm Pháp R31",
        "Nghiên cứu tỷ lệ nở theo thời gian trữ trứng vịt Xiêm Pháp R31: trữ 1–3 ngày nở 69,81%, 4–5 ngày 62,24%, 6–7 ngày 60,05%; "
        "chết phôi giai đoạn 1 thấp nhất 1,83% khi trữ ngắn, cao nhất 5,20% khi trữ 6–7 ngày. Tư vấn lịch gom và vào ấp trứng cho cơ sở "
        "nuôi vịt Xiêm.",
    ),
    (
        "oEo101",
        "vi",
        "crlww_vit",
        "Hướng dẫn chọn, bao gói và bảo quản trứng vịt ấp",
        "Hướng dẫn chọn trứng vịt ấp vỏ sạch, không sần, không mầm vôi, không rạn, cân đối, nặng 60–70 g; bao gói, vận chuyển giảm dập vỡ; "
        "bảo quản 5–7 ngày ở 15–20°C, ẩm 65–75%; soi trứng 7–8 ngày và 18 ngày loại trứng không phôi, chết phôi.",
    ),
    (
        "oEo102",
        "vi",
        "khcnn_thucong",
        "Chọn trứng vịt giống từ đàn bố mẹ khỏe cho ấp thủ công",
        "Kinh nghiệm chọn trứng vịt ấp: lấy từ đàn bố mẹ khỏe, sạch bệnh, 6–8 tháng tuổi trở lên; loại trứng méo, quá dài, quá tròn, dính "
        "phân máu, lau quá kỹ mất màng bảo vệ, rạn nứt, vỏ mỏng; soi đầu to thấy buồng khí nhỏ là trứng tươi; loại trứng 2 lòng đỏ, có vết "
        "máu hay chấm tím sẫm do nấm mốc.",
    ),
    (
        "oEo103",
        "vi",
        "kienthuc_apvit",
        "Tư vấn đàn vịt bố mẹ và chọn trứng để ấp nở thành công",
        "Hướng dẫn chọn trứng ấp từ vịt mái khỏe, sinh trưởng tốt và được vịt trống phối để tránh trứng không phôi; trứng đều cỡ, vỏ trơn "
        "nhẵn, không nứt, hình tròn dài cân đối vì trứng quá nhọn hay quá tròn có tỷ lệ lòng đỏ, lòng trắng không hợp lý; không rửa trứng dính bẩn.",
    ),
    (
        "oEo104",
        "en",
        "khcnn_thucong",
        "Selecting duck hatching eggs for manual and machine hatching",
        "Guide for duck hatcheries: take eggs only from healthy parent flocks at least 6–8 months old; reject misshapen, over-long or round, "
        "soiled, cracked or thin-shelled eggs and eggs wiped so hard the bloom is gone; candle the large end for a small air cell; discard "
        "double yolks, blood spots and dark purple mould specks.",
    ),
    (
        "oEo105",
        "vi",
        "scialert_breederage",
        "Xác định tuổi đàn gà bố mẹ tối ưu cho tỷ lệ nở",
        "Kết quả nghiên cứu trên gà bố mẹ Ross 308 đo ở 29, 42 và 55 tuần tuổi: tuổi ảnh hưởng rõ đến khối lượng trứng, tỷ lệ phôi, tỷ lệ "
        "nở, khối lượng gà con và tỷ lệ chết 7 ngày; tỷ lệ nở cao nhất khoảng 37,8 tuần, phần lớn chỉ tiêu tối ưu từ 37 đến 53 tuần tuổi.",
    ),
    # duck eggs and balut (hột vịt lộn)
    (
        "oEo106",
        "vi",
        "danviet_vitlon",
        "Mô hình làng nghề ấp trứng vịt lộn quy mô hàng chục triệu quả",
        "Chia sẻ mô hình thôn nghề ấp trứng vịt lộn từ những năm 1960: hơn 30 hộ chuyên nghề cung ứng 50–60 triệu quả trứng lộn mỗi năm, "
        "doanh thu gần 200 tỷ đồng; mỗi hộ 3 máy ấp chạy liên tục 24/24, cứ 5 ngày xuất lò một lần; thường xuyên đổi mới quy trình, đầu tư "
        "thêm máy, kết hợp nuôi vịt đẻ để hạ giá thành. Nhận tham quan, chuyển giao kinh nghiệm.",
    ),
    (
        "oEo107",
        "vi",
        "danviet_vitlon_tn",
        "Mô hình nuôi vịt đẻ kết hợp lò ấp trứng vịt lộn",
        "Hộ chăn nuôi gần 20 năm chia sẻ mô hình nuôi vịt đẻ (có lúc 4.000 con/lứa) kết hợp 3 lò ấp trứng vịt lộn công suất 1.500 quả/lò, "
        "thu 300–350 triệu đồng mỗi năm; chọn giống vịt siêu hoa mơ đẻ đều, trứng to; tư vấn vốn và kinh nghiệm cho hộ mới làm.",
    ),
    (
        "oEo108",
        "vi",
        "caytrong_trungaptrung",
        'Kỹ thuật ấp "trứng ấp trứng" theo phiên cho lò ấp vịt',
        "Hướng dẫn ấp truyền nhiệt: trứng mới xếp chung pho với trứng gà đã ấp 12–14 ngày hoặc trứng vịt 17–19 ngày; ấp 5 ngày một phiên "
        "nên pho luôn có trứng 5, 10, 15 ngày; 6–8 giờ đảo một lần, chuyển trứng cũ xuống dưới, trứng mới lên trên; phơi nắng trứng mới "
        "trước khi vào pho; số phiên tăng giảm theo nhu cầu thị trường.",
    ),
    (
        "oEo109",
        "en",
        "poultrysite_balut",
        "Balut and penoy value-chain study and market linkages",
        "Sector study of a smallholder-run duck egg industry: balut are fertilised duck eggs incubated about 18 days, 10 days short of "
        "hatching; infertile eggs pulled at candling are sold as penoy; salted red eggs are the other main product. Vendors buy 60–120 "
        "eggs a day and cook them for resale; supply areas shift as production moves out of cities.",
    ),
    (
        "oEo110",
        "en",
        "poultrymanual_ph",
        "Itik Pinas layer ducks for balut egg production",
        "Supply of Itik Pinas ducks developed by a national swine and poultry research centre: about 70% average annual lay against 55% for "
        "native Pateros (itik) ducks, which lay up to 175 eggs a year and do not sit, giving at least 50 more eggs per duck a year for balut "
        "makers.",
    ),
    (
        "oEo111",
        "en",
        "jdae_hotspring",
        "Hot-spring heated duck egg incubator: design and economic analysis",
        "University agricultural engineering team offering a manual and automatic-turning incubator that uses hot spring water as the heat "
        "source for duck eggs, with an economic analysis comparing it with conventional incubation for balut and duckling production.",
    ),
    (
        "oEo112",
        "en",
        "inquirer_balut",
        "Technology upgrading for balut processors: automated 80,000-egg incubator",
        "Government technology upgrading programme (grant of 349,000 pesos) that helped a balut facility move from three manual incubators "
        "to an automated 18-rack bay incubator with digital thermostat and 80,000 eggs per cycle, plus training on process and system "
        "improvement; output rose from about 2,000 to 5,000 balut a day and staff from 6 to 22.",
    ),
    (
        "oEo113",
        "en",
        "manilatimes_pateros",
        "New incubator technology to revive a traditional balut town",
        "Local government programme, backed by the national science and tourism departments, introducing a new incubator technology to "
        "revive balut production in a town famous for it, after decades of decline in its duck-raising industry.",
    ),
    (
        "oEo114",
        "en",
        "chang_phduck",
        "Duck industry research: balut market, smallholders and integration",
        "Working paper on a duck industry dominated by balut and smallholders (over 75% of production), with a commercial sector moving to "
        "vertical integration and contract farming; reviews egg and meat demand and research needs. Offered as a market-study reference.",
    ),
    (
        "oEo115",
        "vi",
        "nuoitrongxanh_vitde",
        "Liên kết cung cấp vịt đẻ và bao tiêu trứng vịt",
        "Doanh nghiệp chăn nuôi tại Trà Vinh cung cấp vịt sắp đẻ có nguồn gốc rõ ràng (90.000 đồng/con), hướng dẫn kỹ thuật bài bản và bao "
        "tiêu toàn bộ trứng; hộ nuôi 800–1.000 con giao 1.800–1.900 hột mỗi 4 ngày với giá 2.500 đồng/hột, lãi khoảng 3 triệu đồng mỗi đợt.",
    ),
    (
        "oEo116",
        "en",
        "danviet_vitlon",
        "Balut village cluster model: shared know-how for hatching houses",
        "Experience of a village where more than 30 households have incubated balut since the 1960s, supplying 50–60 million eggs a year "
        "worth close to 200 billion dong: three machines per household running round the clock, a batch out every 5 days, constant process "
        "upgrades and own laying ducks to cut costs. Study visits and mentoring available.",
    ),
    # power backup, alarms and remote monitoring
    (
        "oEo117",
        "en",
        "cnincubator_alarm",
        "Central alarm system for incubators and hatchers",
        "Alarm module installed near the hatchery office and wired by signal cable to every setter and hatcher. Temperature, humidity, egg "
        "turning or fan faults trigger a sound alarm, and an indicator per machine tells staff which incubator to go to.",
    ),
    (
        "oEo118",
        "en",
        "byc_poweroutage",
        "Power-outage protocol for incubating eggs",
        "Extension-based guidance for outages: do not abandon the hatch; insulate small incubators with boxes or blankets and warm them with "
        "candles in jars kept a foot from anything flammable. Embryos have survived below 90°F for up to 18 hours; keep incubating, candle "
        "4–6 days later; an outage usually delays hatch a few days and lowers hatchability to 40–50%.",
    ),
    (
        "oEo119",
        "en",
        "voren_power",
        "Advisory on heater failure versus complete power failure",
        "Aviculture advisory: a failed heating element with the fan still running chills eggs faster than a full outage, because moving "
        "room-temperature air strips heat; in an outage close the vents at once; two- to three-hour outages often have little or no effect "
        "on dead-in-shell when incubation is otherwise good; keep a spare heating element.",
    ),
    (
        "oEo120",
        "en",
        "solahfarm",
        "Portable generator set-up for small incubator operations",
        "Small-farm experience turned into a kit: keep a portable generator ready to run incubators during storm outages; as a stopgap, "
        "place sealed bags of hot water under the egg basket and wrap the incubator in towels; eggs survived a four-hour outage this way.",
    ),
    (
        "oEo121",
        "en",
        "byc_day20",
        "Standby generator with panel transfer switch",
        "Installation of standby generators for rural homes and farms in storm-prone areas, one wired to the house through a transfer "
        "switch in the electrical panel, plus emergency lighting; restores incubator power within minutes, as when a lockdown-stage hatch "
        "fell from 99.7°F to 86.7°F before the generator started.",
    ),
    (
        "oEo122",
        "en",
        "fila_gsm",
        "GSM thermometer that sends SMS alarms",
        "Student-built GSM thermometer for temperature-critical places such as incubators and greenhouses: the owner logs in by SMS, sets "
        'the allowed interval with a message like "T 20 30", can ask for the current reading, and gets a text message whenever the '
        "temperature leaves the interval.",
    ),
    (
        "oEo123",
        "vi",
        "arduino_sms",
        "Bộ cảnh báo nhiệt độ qua tin nhắn dùng NodeMCU",
        "Thiết bị đo nhiệt độ giá rẻ dùng NodeMCU và cảm biến MCP9808, kết nối WiFi gửi sự kiện lên dịch vụ IFTTT để nhắn SMS về điện thoại "
        "khi nhiệt vượt ngưỡng; đo từ -40°C đến 100°C, mỗi tin tối đa 3 giá trị, nguồn sạc USB 5V 1A.",
    ),
    (
        "oEo124",
        "vi",
        "docz_ats",
        "Tủ chuyển nguồn tự động ATS điều khiển bằng PLC",
        "Thiết kế, lắp ráp tủ ATS điều khiển bằng PLC: tự chuyển phụ tải từ lưới sang máy phát điện dự phòng khi mất điện, mất pha hoặc điện "
        "áp không ổn định và chuyển lại khi lưới bình thường, bảo đảm cấp điện liên tục cho phụ tải quan trọng của nhà xưởng, xí nghiệp.",
    ),
    (
        "oEo125",
        "vi",
        "ctu_ups",
        "Bộ lưu điện UPS cho phụ tải cần điện liên tục",
        "Nhóm kỹ thuật điện (ĐH Cần Thơ) tư vấn chọn và lắp bộ lưu điện UPS loại offline, line-interactive, online: chế độ bình thường, "
        "chạy ắc quy, bypass, thời gian lưu điện, cách xả nạp và bảo vệ ắc quy, môi trường lắp đặt.",
    ),
    (
        "oEo126",
        "vi",
        "docz_matdien",
        "Sổ tay xử lý sự cố máy ấp, máy nở",
        "Tài liệu kỹ thuật xử lý sự cố khi vận hành máy ấp: ẩm độ thấp (cửa không kín, van điện từ cháy, bình lọc, vòi phun tắc), đảo trứng "
        "kém (khay kẹt, mô tơ, khởi động từ, đồng hồ đảo), thông khí yếu (quạt, lỗ thông khí; giữ O2 21%, CO2 dưới 0,2%) và cách xử lý "
        "khi đang ấp bị mất điện.",
    ),
    (
        "oEo127",
        "vi",
        "cnincubator_alarm",
        "Tủ báo động trung tâm cho phòng ấp",
        "Lắp hộp báo động trung tâm gần văn phòng trạm ấp, nối cáp tín hiệu tới từng máy ấp, máy nở; khi có lỗi nhiệt độ, ẩm độ, đảo trứng "
        "hay quạt, chuông kêu và đèn báo riêng từng máy để công nhân đến đúng máy.",
    ),
    (
        "oEo128",
        "vi",
        "fila_gsm",
        "Nhiệt kế GSM nhắn tin cảnh báo cho máy ấp",
        'Thiết bị nhiệt kế gắn module GSM: chủ trại đăng nhập bằng tin nhắn, cài khoảng nhiệt cho phép (ví dụ nhắn "T 20 30"), hỏi nhiệt '
        "độ hiện tại và nhận SMS ngay khi nhiệt ra ngoài khoảng; dùng cho máy ấp, nhà kính, phòng thí nghiệm.",
    ),
    (
        "oEo129",
        "en",
        "docz_matdien",
        "Troubleshooting manual for setters and hatchers",
        "Technical manual for incubator operators: causes and fixes for low humidity (door seals, burnt solenoid valve, clogged filter or "
        "nozzles, low water pressure), poor turning (jammed trays, motor, contactor, timer, limit switch), weak ventilation (fan, vents; keep "
        "O2 at 21% and CO2 at most 0.2%), and what to do when power fails during incubation.",
    ),
    (
        "oEo130",
        "vi",
        "byc_poweroutage",
        "Hướng dẫn cứu trứng khi mất điện giữa kỳ ấp",
        "Hướng dẫn cho hộ ấp trứng khi cúp điện: không bỏ mẻ ấp; trùm thùng carton hoặc chăn lên máy nhỏ, sưởi bằng nến đặt trong hũ cách "
        "vật dễ cháy 30 cm; phôi từng sống dưới 32°C tới 18 giờ; ấp tiếp và soi lại sau 4–6 ngày; thường nở chậm vài ngày, tỷ lệ nở còn 40–50%.",
    ),
    (
        "oEo131",
        "en",
        "2lua_solar",
        "Solar-powered egg incubator",
        "Agricultural university mechanical engineering students, supervised by the automation department, built an incubator powered by "
        "solar panels so hatching continues when the grid fails mid-incubation; cheap, durable, with a high hatch rate. Open to transfer "
        "to poultry households.",
    ),
    # distractors: neighbouring fields sharing words with the needs
    (
        "oEo132",
        "en",
        "chempedia_shrimp",
        "Biosecurity design for SPF shrimp hatcheries",
        "Consultancy on biosecurity plans for specific-pathogen-free shrimp hatcheries: site selection away from other shrimp farms and "
        "polluted sea water, treating incoming sea water as the main pathogen route, lined and aerated reservoirs holding up to 3,000 m3 a "
        "day, and low fencing to keep crabs out.",
    ),
    (
        "oEo133",
        "en",
        "inve_shrimp",
        "Biosecurity along the shrimp value chain, from broodstock to grow-out",
        "Aquaculture health programme covering broodstock and multiplication centres, hatchery and nursery, and grow-out: water management, "
        "feed, systems, staff, equipment and airborne risks, with focus on Vibrio strains that killed up to 100% of early post-larvae in "
        "hatcheries within hours.",
    ),
    (
        "oEo134",
        "vi",
        "memart_catra",
        "Quy trình sản xuất giống cá tra: nuôi vỗ, cho đẻ, ấp trứng, ương",
        "Chuyển giao quy trình sản xuất cá tra giống: ao nuôi vỗ từ 500 m², sâu 1,5–3 m; cá bố mẹ từ 3 kg, 2–3 năm tuổi, đực cái 1:1, mật "
        "độ 1 kg/5 m³ nước; thức ăn đạm từ 30%; kích thích sinh sản, ấp trứng, ương cá bột lên cá hương, cá giống.",
    ),
    (
        "oEo135",
        "vi",
        "ctu_tomcang",
        "Chế phẩm sinh học trong ương ấu trùng tôm càng xanh",
        "Kết quả nghiên cứu ứng dụng chế phẩm sinh học cho bể ương ấu trùng tôm càng xanh theo quy trình nước trong: kết hợp 2 chế phẩm cho "
        "tỷ lệ sống trung bình 75,3% ở tôm bột 10 ngày tuổi, giảm mật độ Vibrio, môi trường bể ổn định hơn.",
    ),
    (
        "oEo136",
        "vi",
        "khangthinh_trungmuoi",
        "Dây chuyền sản xuất lòng đỏ trứng muối",
        "Doanh nghiệp hướng dẫn quy trình sản xuất lòng đỏ trứng muối từ trứng vịt (lòng đỏ lớn, dễ bảo quản): chọn trứng tươi vỏ nguyên, "
        "rửa bằng nước sạch hoặc nước muối loãng rồi lau khô, pha hỗn hợp muối tinh với đường, gia vị, ủ và tách lòng đỏ bảo đảm an toàn "
        "thực phẩm.",
    ),
    (
        "oEo137",
        "vi",
        "sotacdung_trungmuoi",
        "Công thức làm trứng vịt muối ngâm nước muối",
        "Hướng dẫn làm trứng vịt muối: 10 trứng tươi, 500 g muối hạt, 1 lít nước, 50 ml rượu trắng 40 độ khử tanh, hoa hồi, quế, tiêu; "
        "thả thử trứng chìm là tươi; ngâm hũ sành kín 25–30 ngày, luộc 10–12 phút, bảo quản tủ lạnh 1–2 tháng.",
    ),
    (
        "oEo138",
        "vi",
        "calendar_grading",
        "Máy phân loại trứng thương phẩm theo khối lượng",
        "Cung cấp máy phân loại trứng ăn cho trại gà đẻ: băng tải, rãnh trứng, bộ phân cỡ theo khối lượng 40–80 g; trạm phân loại gồm nhận "
        "trứng, rửa, soi phát hiện vết nứt và khuyết tật bên trong, cân, đóng gói, lưu kho; máy dỡ khay công suất tới 216.000 trứng/giờ.",
    ),
    (
        "oEo139",
        "en",
        "dinneregg",
        "Enclosed layer-house egg production line",
        "Turnkey table-egg production: fully enclosed, temperature-controlled layer houses disinfected every few days; hens start laying "
        "after about 120 days; eggs roll onto a conveyor, cracked, oversized and soft-shelled eggs are screened out, the rest cleaned, "
        "graded by weight, stamped and packed for market.",
    ),
    (
        "oEo140",
        "vi",
        "vusta_saylua",
        "Thiết bị sấy lúa di động đốt trấu, không dùng điện",
        "Thiết bị sấy lúa làm bằng tre, gỗ, khung sắt, đốt trấu, không cần quạt điện hay máy dầu: bồn sấy ngang 1,62 m, dài 3 m, cao 1,2 m, "
        "mỗi mẻ 2 tấn lúa trong khoảng 6 giờ, chi phí trấu khoảng 15.000 đồng/mẻ, một người vận hành, di chuyển dễ.",
    ),
    (
        "oEo141",
        "vi",
        "vusta_losay",
        "Lò sấy lúa cơ động cho vùng lũ",
        "Lò sấy lúa 2–4 tấn/mẻ thiết kế cho vùng ngập lũ: đổ lúa vào, không cần đảo trộn, khô thì xả lúa vào bao, ít nhân công, không cần "
        "bể chứa; trung tâm giống và nông dân dùng để sấy lúa giống ngày mưa dầm và đi sấy thuê.",
    ),
    (
        "oEo142",
        "vi",
        "docz_sra",
        "Máy sấy đảo chiều gió SRA và lò đốt trấu cấp nhiệt",
        "Máy sấy đảo chiều không khí SRA năng suất 2–20 tấn/mẻ cho lúa, bắp, đậu nành, khoai mì lát, lúa giống; bộ cấp nhiệt là lò đốt than "
        "đá, trấu, củi vụn, có mẫu cấp nhiệt gián tiếp và kết hợp năng lượng mặt trời.",
    ),
    (
        "oEo143",
        "vi",
        "definitivehc_infant",
        "Lồng ấp trẻ sơ sinh cho khoa hồi sức sơ sinh",
        "Cung cấp lồng ấp sơ sinh cho đơn vị chăm sóc tích cực sơ sinh: duy trì ánh sáng, nhiệt độ, độ ẩm và oxy tối ưu cho trẻ sinh non, "
        "theo dõi nhịp tim, thân nhiệt, có lỗ thao tác để truyền thuốc và cho ăn.",
    ),
    (
        "oEo144",
        "en",
        "sharecare_nicu",
        "Open warmers and incubator beds for newborn intensive care",
        "Neonatal equipment: open radiant warmers with an overhead heater, enclosed incubators (isolettes), and combination beds that work "
        "as both; a skin temperature probe under an adhesive patch regulates the heat delivered to the baby.",
    ),
    (
        "oEo145",
        "vi",
        "pipette_co2",
        "Tủ ấm CO2 cho nuôi cấy tế bào",
        "Cung cấp tủ ấm CO2 cho phòng thí nghiệm sinh học tế bào: giữ 37°C, độ ẩm cao và khoảng 5% CO2 để ổn định pH; kệ đặt đĩa petri, "
        "bình nuôi cấy; mẫu cao cấp có điều khiển lập trình, báo động và tiệt trùng tích hợp.",
    ),
    (
        "oEo146",
        "en",
        "labwrench_co2",
        "Choosing CO2 incubators for cell and tissue culture labs",
        "Buying advice for CO2 incubators that copy a cell's environment (about 95% humidity, 37°C, pH 7.2–7.5), with infrared CO2 sensing "
        "for fast recovery after the door opens and heat or UV decontamination; used in tissue culture, IVF, vaccines and stem cell work.",
    ),
    (
        "oEo147",
        "vi",
        "memart_lomo",
        "Dây chuyền giết mổ gia cầm công nghiệp",
        "Tư vấn đầu tư nhà máy giết mổ gia cầm khép kín đạt chuẩn quốc tế: công suất 4.500–16.000 con, diện tích 5–11 ha, hệ thống gây choáng "
        "nhân đạo, tự động hóa, xử lý nước thải lò mổ, kiểm dịch và an toàn thực phẩm theo HACCP, ISO 22000.",
    ),
    (
        "oEo148",
        "vi",
        "uky_tunnel",
        "Hệ thống thông gió đường hầm làm mát chuồng gà thịt mùa nóng",
        "Thiết kế thông gió kiểu đường hầm cho chuồng gà thịt: chuồng mẫu 40 x 400 feet dùng sáu quạt 48 inch, mỗi quạt 18.000 CFM, cửa "
        "hút gió đầu đối diện, gió lạnh hiệu ứng làm mát gà; cần thêm quạt vách và cửa gió bên cho mùa lạnh.",
    ),
    (
        "oEo149",
        "en",
        "ontario_tunnel",
        "Tunnel ventilation with evaporative cooling for livestock barns",
        "Design guidance for cooling barns in hot, humid summers: inlet across one end wall, exhaust fans on the opposite end to create a "
        "wind-tunnel effect, and evaporative cooling pads on inlets where air is above about 40°C, a chicken's core body temperature.",
    ),
    (
        "oEo150",
        "en",
        "incubatorwarehouse_reptile",
        "Reptile egg incubators and species incubation tables",
        "Incubators and reference tables for reptile eggs: ball python 86–92°F for 55–65 days, corn snake 78–84°F, bearded dragon 80–88°F, "
        "leopard gecko 79–82°F for 35–89 days, red-eared slider 79–88°F; flags species with temperature-dependent sex determination.",
    ),
    (
        "oEo151",
        "en",
        "enviroliteracy_gecko",
        "Controlling hatchling sex in leopard geckos by incubation temperature",
        "Breeder guide to temperature-dependent sex determination in leopard geckos: about 80°F gives mostly females, around 90°F mostly "
        "males, intermediate temperatures a mix; keep temperatures steady within 80–90°F in an incubator with reliable thermometers.",
    ),
    (
        "oEo152",
        "vi",
        "ctu_biogas",
        "Bổ sung lục bình và rơm làm nguyên liệu nạp hầm biogas",
        "Kết quả nghiên cứu Trường ĐH Cần Thơ: ủ yếm khí mẻ 35 ngày phân heo trộn lục bình hoặc rơm đã trồng nấm với nhiều tỷ lệ; nông dân "
        "Đồng bằng sông Cửu Long có thể dùng hai nguyên liệu này nạp hầm biogas khi thiếu hoặc không có phân heo.",
    ),
    (
        "oEo153",
        "vi",
        "thegioithao_vitlon",
        "Ấp trứng vịt lộn thành vịt con làm thú cưng tại nhà",
        "Chia sẻ kinh nghiệm ấp trứng vịt lộn mua ở chợ thành vịt con cho trẻ em chơi trong căn hộ: để trứng dưới gầm bếp từ cho ấm, khoảng "
        "15 ngày vịt bắt đầu mổ vỏ, nuôi vịt con trong thùng carton lót vải và chiếu đèn, ngày đầu chưa cho ăn.",
    ),
    (
        "oEo154",
        "en",
        "foodblog_pekin",
        "Sexing adult Pekin ducks by voice and drake feather",
        "Guide to telling Pekin drakes from hens as they mature: from about 6 weeks hens quack loudly while drakes rasp, drakes grow a curled "
        "tail feather, and venting is left to experienced handlers; also covers breeding ratios and egg production planning.",
    ),
    (
        "oEo155",
        "en",
        "meyer_shipping",
        "Mail-order shipping of day-old chicks",
        "Retail hatchery shipping service: chicks ship on hatch day by postal airmail and arrive within one to three days, living on the "
        "absorbed yolk; the shipping team plans each week around weather and prepares boxes for summer heat and winter cold.",
    ),
    (
        "oEo156",
        "en",
        "thc_incubator_iot",
        "IoT monitoring and alarm system for infant incubators",
        "Real-time monitoring of temperature, humidity and gas inside baby incubators: multiple sensors, microcontroller, cloud server, "
        "mobile and web apps, Wi-Fi and Bluetooth Low Energy, offline buffering when the internet drops, and a neural-network model that "
        "predicts the next hour's readings to raise early alarms.",
    ),
    (
        "oEo157",
        "en",
        "wattag_eggshell",
        "Eggshell quality management for table-egg producers",
        "Advice for commercial egg producers on the factors behind strong, well-formed shells and on preventing cracks and dirt in the house "
        "and during collection, to protect the profit on table eggs.",
    ),
    (
        "oEo158",
        "en",
        "stud24_eggs",
        "Mechanised egg collection, washing and sorting",
        "Mechanisation of egg handling on poultry farms: about 13% of collected eggs are small, dirty, cracked or misshapen, so eggs are "
        "washed, rejected, sorted by weight and quality, marked and packed; manual handling on small farms, linked machine lines in large "
        "egg stores.",
    ),
    (
        "oEo159",
        "vi",
        "evn_suoi",
        "Đèn sưởi nhà tắm: halogen hay hồng ngoại",
        "Tư vấn chọn đèn sưởi phòng tắm gia đình: đèn halogen 2–5 bóng, mỗi đèn 1.000–2.000 W, dùng nơi khô ráo; đèn hồng ngoại thiết kế "
        "lắp trong nhà tắm; ưu tiên an toàn điện, chống cháy rồi mới đến tiết kiệm điện.",
    ),
    (
        "oEo160",
        "vi",
        "navetco_flu",
        "Sản xuất vắc xin cúm gia cầm trong nước",
        "Công ty thuốc thú y giới thiệu quy trình sản xuất vắc xin cúm gia cầm chủng H5N1 trong nước, thay thế vắc xin nhập khẩu giá cao, "
        "chủ động nguồn cung; hiệu quả phụ thuộc chất lượng giống vi rút và hàm lượng kháng nguyên HA.",
    ),
    (
        "oEo161",
        "vi",
        "bnn_gietmo",
        "Quy trình kiểm soát giết mổ động vật",
        "Hướng dẫn áp dụng quy trình kiểm soát giết mổ động vật ban hành năm 2005: giết mổ kinh doanh tại cơ sở tập trung đủ tiêu chuẩn "
        "vệ sinh thú y, kiểm soát trước, trong và sau giết mổ.",
    ),
    (
        "oEo162",
        "vi",
        "docz_phongve",
        "Kế hoạch phòng vệ thực phẩm cho cơ sở chế biến trứng gà tươi",
        "Tư vấn xây dựng kế hoạch phòng vệ thực phẩm (food defense) cho xưởng sơ chế, đóng gói trứng gà tươi: mô tả mặt bằng, đánh giá "
        "điểm dễ bị tấn công cố ý, kiểm soát ra vào, bảo vệ nguyên liệu và thành phẩm.",
    ),
]
