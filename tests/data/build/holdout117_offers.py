"""Offers of the holdout117 labelled set (weddings, parties and events in small towns).

OFFERS: (id, language, source key, title, description). Each offer paraphrases the public page named by its
source key in holdout117_sources.S; figures are kept, sentences are not copied.
"""

OFFERS = [
    # --- tents, rạp cưới, cooling -------------------------------------------------------------
    (
        "mOo001",
        "vi",
        "rap_danang",
        "Che rạp đám cưới tại gia, tính giá theo mét vuông",
        "Đơn vị dịch vụ sự kiện nông thôn nhận che rạp trọn gói cho đám cưới ở quê: khoảng 12.000 đồng/m² đã gồm "
        "trang trí, thêm bàn ghế thì khoảng 15.000 đồng/m². Mỗi bàn 10 khách tính chừng 6 m²; chừa lối đi giữa rộng "
        "3 m từ cổng tới sân khấu, muốn thoáng thì nới ra 5 m. Có thể dựng tại sân nhà hoặc nhà sinh hoạt văn hóa thôn.",
    ),
    (
        "mOo002",
        "vi",
        "rap_laihang",
        "Cho thuê khung rạp cưới ống thép lắp ghép và phông bạt",
        "Công ty dịch vụ cưới hỏi cho thuê nhà rạp lắp ghép: khung là các thanh thép tròn rỗng ghép rời, phủ phông bạt "
        "nhiều màu kèm rèm, nơ và phụ kiện trang trí. Tư vấn kích thước rạp theo diện tích được phép dựng, lưu ý an toàn "
        "khi lắp, thời gian giữ rạp và tháo dỡ sau lễ.",
    ),
    (
        "mOo003",
        "vi",
        "rap_socson",
        "Thiết kế phối cảnh trang trí rạp cưới trước khi thi công",
        "Đội dựng rạp và trang trí sự kiện gửi trước cho gia chủ bản phối cảnh: màu chủ đạo, phông sân khấu, cổng hoa "
        "theo xu hướng; khách duyệt xong mới dựng để khỏi sửa phút chót. Nhận cả tiệc tất niên doanh nghiệp và đám cưới "
        "mùa cao điểm từ tháng 8 âm lịch; giá chủ yếu tùy mẫu decor được chọn.",
    ),
    (
        "mOo004",
        "en",
        "tent_bridecanada",
        "Frame and pole tent hire with sidewalls, sized per guest",
        "Tent rental crew supplies and installs party tents from 10 x 10 ft canopies up to structures for about 200 "
        "guests; a 30 x 60 ft tent seats roughly 100. Sizing rule: about 10 sq ft per guest with 8-ft rectangular "
        "tables, 13 sq ft with round tables, plus room for dance floor, buffet, head table and bar. Sidewalls with "
        "clear windows; level, well-drained ground required.",
    ),
    (
        "mOo005",
        "en",
        "tent_crown",
        "Marquee anchoring and ground pull-test service",
        "Before a marquee goes up, an engineer drives stakes where the final stakes will sit and pulls them "
        "vertically: if a stake moves under less than 110 kg of pull, the ground will not hold the marquee feet in "
        "50 mph winds and weights or bolts are specified instead. Includes a site risk assessment of soil and wind "
        "exposure, forecast monitoring and a standby crew to add guy ropes and stakes.",
    ),
    (
        "mOo006",
        "en",
        "tent_diy",
        "Wind-risk decision kit for small marquee hire firms",
        "Checklist and training for deciding whether a hired marquee can stay up in strong wind: how sheltered the "
        "site is, keeping sidewalls closed and entrances away from the wind, angling stakes outward, enough weight "
        "per leg on hard ground, and reading gust rather than average forecasts (doubling wind speed quadruples the "
        "load). Comes with sample hire terms including a force majeure clause.",
    ),
    (
        "mOo007",
        "en",
        "tent_birkby",
        "Site planning for garden and orchard tent events",
        "Planning service for tented receptions: checks slope and size of the site, tree branches and overhead "
        "lines, tent heights (8-10 ft at the sides, 25-30 ft at pole peaks, 12-20 ft for frame tents), a dance "
        "floor over grass, a separate kitchen tent, portable toilets, power for caterer and lighting, and has "
        "underground utilities marked before any stakes go in.",
    ),
    (
        "mOo008",
        "en",
        "rap_danang",
        "Village wedding tent service priced per square metre",
        "Rural event contractor erects decorated wedding tents at the family home: about 12,000 VND per m2 including "
        "decoration, about 15,000 VND per m2 with tables and chairs. Layout assumes 6 m2 per table of ten and a "
        "central aisle of 3 m (5 m for a more open look) from the gate to the stage.",
    ),
    (
        "mOo009",
        "vi",
        "tent_crown",
        "Thử lực nhổ cọc và neo rạp chống gió giật",
        "Kỹ sư khảo sát nền đất trước khi dựng rạp lớn: đóng cọc thử đúng vị trí rồi kéo thẳng đứng, nếu cọc nhúc nhích "
        "dưới 110 kg lực kéo thì nền không giữ nổi chân rạp khi gió khoảng 80 km/h, phải chuyển sang đối trọng hoặc bu "
        "lông. Kèm đánh giá rủi ro gió theo vị trí, theo dõi dự báo và tổ trực bổ sung dây chằng.",
    ),
    (
        "mOo010",
        "en",
        "camp_seasons",
        "Waterproof camping tents in silnylon and silpoly",
        "Outdoor gear supplier sells lightweight camping tents made of silicone-impregnated nylon or polyester, with "
        "a stated hydrostatic head rating, taped or welded seams and ventilation panels to limit condensation "
        "inside the tent.",
    ),
    (
        "mOo011",
        "vi",
        "camp_bestreviews",
        "Lều cắm trại dã ngoại chống thấm và keo dán đường may",
        "Cửa hàng đồ dã ngoại bán lều cắm trại có chỉ số cột nước 1.000–1.500 mm cho mưa nhẹ, 2.000–3.000 mm cho mưa vừa "
        "và lớn, kèm tấm che mưa (rainfly) và keo dán kín đường may tự thi công.",
    ),
    (
        "mOo012",
        "vi",
        "fan_vietnamnet",
        "Quạt phun sương làm mát không gian ngoài trời",
        "Nhà cung cấp thiết bị làm mát giới thiệu quạt phun sương: nước sạch nén áp lực cao qua béc phun thành hạt sương "
        "nhỏ chừng 1/10 sợi tóc, bay hơi trong khoảng 0,2 giây để hạ nhiệt không khí. Công suất chỉ 90–120 W, khoảng "
        "1/4 máy lạnh; có thể tắt phun để dùng như quạt thường. Lưu ý đặt xa thiết bị điện tử.",
    ),
    (
        "mOo013",
        "en",
        "fan_vietnamnet",
        "Misting fans for open-air venues",
        "Cooling equipment firm offers misting fans that push clean water at high pressure through fine nozzles; "
        "droplets about a tenth of a hair's width evaporate within roughly 0.2 s and cool the surrounding air. "
        "Each unit draws only 90-120 W and works as a plain fan with misting off; keep it away from electronics.",
    ),
    (
        "mOo014",
        "vi",
        "fan_doisong",
        "Quạt hơi nước (quạt điều hòa) dùng tấm làm mát",
        "Cửa hàng điện máy bán quạt hơi nước: hút gió nóng qua tấm làm mát (cooling pad) thấm nước, có khay đá khô để "
        "tăng độ mát; tiêu thụ điện ít hơn máy lạnh 7–10 lần và dễ di chuyển. Hiệu quả phụ thuộc cách dùng, không phải "
        "cứ công suất cao là mát hơn.",
    ),
    # --- generators and power -----------------------------------------------------------------
    (
        "mOo015",
        "en",
        "gen_curlew",
        "Super-silent 10-20 kVA generator hire for marquee events",
        "Event power hire: enclosed super-silent generators of 10-20 kVA (roughly 40-80 A), key start and fuel "
        "tanks lasting more than 12 hours, enough for lighting and a small band or disco. The set is sited away "
        "from the tent and linked by armoured cable to a distribution board with CEE plugs; caterers are asked to "
        "cook and boil water on gas, and larger sets are supplied for heavy disco lighting. Refuelling checklist "
        "included.",
    ),
    (
        "mOo016",
        "en",
        "gen_silent",
        "Silent inverter generators with twin-pack backup for ceremonies",
        "Power package for outdoor ceremonies built on professional inverter generators running below 60 dB, "
        "paired as a twin pack so one failure does not stop the event. Replaces cheap construction sets (75 dB and "
        "more) whose noise and dirty power put a hum into the sound system; includes load planning, placement and "
        "cabling.",
    ),
    (
        "mOo017",
        "en",
        "gen_cooling",
        "Power load planning in amps for tent weddings",
        "Generator supplier helps hosts list every powered item and its draw: DJ rig 10 A or more, incandescent "
        "tent lights about 5 A per circuit, LED perimeter lighting about 2 A per 20 fixtures, food warmers and "
        "coffee makers about 10 A each. Recommends renting roughly double the estimated need and checks figures "
        "with each vendor.",
    ),
    (
        "mOo018",
        "en",
        "gen_generatorsr",
        "Generator sizing calculator for outdoor parties",
        "Online calculator and advice: list all devices, add up their wattage, then add 20 %; most outdoor events "
        "need 3,000-8,000 W. Reference table of typical loads (PA 500-700 W, stage lighting 800-1,200 W, food "
        "stalls 1,500-2,500 W) and guidance on starting versus running watts for amplifiers and refrigeration.",
    ),
    (
        "mOo019",
        "vi",
        "gen_vn_genset",
        "Tư vấn chọn máy phát theo công suất liên tục và dự phòng",
        "Đơn vị kỹ thuật điện tư vấn phân biệt công suất dự phòng (standby, tối đa khoảng 200 giờ mỗi năm, vận hành thực "
        "tế không quá khoảng 70 %) và công suất liên tục (prime, chạy 24 giờ cho tải ổn định); hướng dẫn cộng tổng kW "
        "thiết bị, quy đổi kW–kVA để chọn máy đúng tải.",
    ),
    (
        "mOo020",
        "vi",
        "gen_vn_thcs",
        "Máy phát điện xăng và diesel cỡ nhỏ 2–6 kW",
        "Cửa hàng máy phát cung cấp máy 1 pha cỡ nhỏ: 2–4 kW cho đèn, quạt, tivi; 4–6 kW khi có máy lạnh. Khuyên chọn "
        "máy lớn hơn công suất tiêu thụ thực 10–25 %. Máy xăng êm, dễ dùng, vốn thấp; máy dầu diesel bền, ít hao nhiên "
        "liệu, hợp nơi hay mất điện.",
    ),
    (
        "mOo021",
        "vi",
        "gen_vn_xaydungso",
        "Máy phát điện 3 pha từ 50 kVA có vỏ cách âm",
        "Nhà phân phối máy phát cung cấp máy công nghiệp 3 pha từ 50 kVA, có hệ thống cách âm và xử lý khí thải; hướng "
        "dẫn tính công suất: 1 pha kVA = I × U / 1000, 3 pha kVA = I × U × 1,73 / 1000. Dòng gia đình dưới 10 kVA cũng có sẵn.",
    ),
    (
        "mOo022",
        "vi",
        "pps_thisoldhouse",
        "Trạm điện di động pin lithium thay máy phát chạy xăng",
        "Giải pháp điện dự phòng không tiếng ồn: trạm điện di động dùng pin lithium-ion và bộ nghịch lưu ra điện xoay "
        "chiều, sạc bằng điện lưới, ô tô hoặc tấm pin mặt trời. Không khí thải nên dùng được trong lều, nhà; bật là có "
        "điện ngay, không cần nhiên liệu hay bảo dưỡng động cơ.",
    ),
    (
        "mOo023",
        "en",
        "pps_igopower",
        "Portable power stations compared with portable generators",
        "Supplier of battery power stations explains the trade-off: fuel generators give roughly 1-10 kW but are "
        "louder, heavier and burn fuel; battery power stations are light, silent and typically deliver up to about "
        "1,000 W, enough for lights, small speakers and charging.",
    ),
    (
        "mOo024",
        "vi",
        "gen_dianyo_kich",
        "Máy kích điện (inverter + ắc quy) và máy phát điện",
        "Công ty thiết bị điện so sánh và cung cấp hai giải pháp khi mất điện: máy kích điện đổi điện một chiều từ ắc quy "
        "thành xoay chiều, êm, hợp tải nhỏ trong thời gian ngắn; máy phát điện tự sinh điện độc lập với lưới, hợp nơi hạ "
        "tầng điện yếu hoặc cần chạy lâu.",
    ),
    (
        "mOo025",
        "vi",
        "gen_dianyo_tohop",
        "Tổ hợp máy phát điện công nghiệp dự phòng cho nhà máy",
        "Nhà cung cấp tổ hợp máy phát gồm động cơ, đầu phát, khung bệ, hệ tản nhiệt và tủ điều khiển, phục vụ điện dự "
        "phòng quy mô lớn cho nhà máy, khu công nghiệp; phân biệt đầu phát điện với tổ hợp hoàn chỉnh để tránh mua nhầm.",
    ),
    (
        "mOo026",
        "en",
        "gen_onguard",
        "Permanent home standby generators with automatic transfer switch",
        "Installer of pad-mounted standby generators fed by natural gas, propane or diesel that detect a utility "
        "outage and take over the whole building through an automatic transfer switch; installation by a licensed "
        "electrician.",
    ),
    (
        "mOo027",
        "vi",
        "solar_rooftop",
        "Điện mặt trời áp mái hòa lưới, hoàn vốn nhanh",
        "Doanh nghiệp năng lượng giới thiệu hệ điện mặt trời áp mái nối lưới cho nhà ở và cơ sở kinh doanh, nhấn mạnh "
        "lợi ích giảm tiền điện và thời gian hoàn vốn nhanh.",
    ),
    (
        "mOo028",
        "vi",
        "wind_thesis",
        "Nghiên cứu điều khiển công suất hệ thống điện gió",
        "Luận văn thạc sĩ kỹ thuật điện (Trường ĐH Kỹ thuật Công nghệ TP.HCM, 2013) về điều khiển công suất của hệ thống "
        "điện gió; nhóm nghiên cứu sẵn sàng chuyển giao mô hình điều khiển.",
    ),
    (
        "mOo029",
        "en",
        "wind_thesis",
        "Research on power control of wind energy systems",
        "Master's research in electrical engineering (Ho Chi Minh City University of Technology, 2013) on "
        "controlling the output power of wind power systems, offered for transfer to utilities and developers.",
    ),
    (
        "mOo030",
        "vi",
        "gen_curlew",
        "Cho thuê máy phát siêu êm 10–20 kVA kèm cáp và tủ phân phối cho tiệc rạp",
        "Dịch vụ điện sự kiện: máy phát vỏ chống ồn 10–20 kVA (khoảng 40–80 A), đề bằng khóa, bình dầu chạy trên 12 "
        "giờ; đặt máy cách xa rạp, kéo cáp bọc giáp tới tủ phân phối có ổ cắm công nghiệp cho khu bếp, sân khấu, ánh sáng. "
        "Khuyên bếp nấu dùng gas; có danh mục kiểm tra nhiên liệu trước giờ tiệc.",
    ),
    (
        "mOo031",
        "en",
        "gen_vn_thcs",
        "Small petrol and diesel generators, 2-6 kW",
        "Generator dealer supplies single-phase sets: 2-4 kW for lights, fans and TV, 4-6 kW when air conditioners "
        "are added, always 10-25 % above the real load. Petrol sets are quiet and cheap to buy; diesel sets last "
        "longer and use less fuel where outages are frequent.",
    ),
    # --- sound, noise, live streaming ---------------------------------------------------------
    (
        "mOo032",
        "vi",
        "sound_chothue",
        "Cho thuê âm thanh sự kiện trọn gói có kỹ thuật trực",
        "Đơn vị âm thanh chuyên nghiệp cho thuê hệ thống cho hội nghị, tiệc cưới, sinh nhật, tiệc công ty, team building "
        "ngoài trời: thiết bị đời mới, kỹ thuật viên trực suốt chương trình xử lý rè, hú, mất tiếng; báo giá rõ từng hạng "
        "mục để tránh phát sinh và ghi trách nhiệm khi có sự cố vào hợp đồng.",
    ),
    (
        "mOo033",
        "vi",
        "sound_dientu48",
        "Cung cấp và lắp đặt thiết bị âm thanh, ánh sáng sự kiện",
        "Công ty điện tử nghe nhìn cung cấp trọn bộ: loa toàn dải, loa siêu trầm, loa kiểm âm, bàn trộn analog hoặc số, "
        "micro không dây và có dây, amply, cục đẩy, bộ xử lý EQ/compressor/reverb; phần ánh sáng gồm đèn PAR LED nền và "
        "đèn moving head hiệu ứng cho sân khấu, nhà hàng, hội trường.",
    ),
    (
        "mOo034",
        "vi",
        "sound_myai",
        "Thiết kế hệ thống PA theo quy mô sự kiện",
        "Tư vấn thiết kế hệ thống âm thanh công cộng (PA) cho mọi quy mô, từ lễ cưới ấm cúng tới lễ hội đường phố: chọn "
        "thành phần, bố trí loa để âm phủ đều mọi vị trí nghe, thiết lập và vận hành cơ bản, tối ưu chất lượng.",
    ),
    (
        "mOo035",
        "vi",
        "sound_banhcom",
        "Kỹ thuật âm thanh tiệc cưới: kiểm tra trước 2 giờ, âm lượng vừa phải",
        "Dịch vụ kỹ thuật cho tiệc cưới: kiểm tra toàn bộ dàn âm thanh khoảng 2 tiếng trước giờ đón khách để kịp xử lý "
        "sự cố, cân chỉnh âm lượng đủ nghe mà khách vẫn trò chuyện được, phối hợp ban nhạc, MC và phần nhạc phát trong lễ.",
    ),
    (
        "mOo036",
        "en",
        "stage_newslj",
        "Outdoor music event package: sound, stage and lighting",
        "Event production firm supplies speakers able to cover open spaces, amplifiers, wireless microphones and "
        "stage monitors, with a sound engineer handling feedback, levels and EQ; a modular weather-resistant stage "
        "with anti-slip surface, railings and ramps; and LED stage lighting.",
    ),
    (
        "mOo037",
        "en",
        "stage_onstage",
        "Audio-visual rental for ceremonies held outdoors",
        "AV rental company supplies stage platforms, sound systems, lighting and video for ceremonies such as "
        "graduations and weddings when the venue has no stage or in-house sound, scaled to the audience.",
    ),
    (
        "mOo038",
        "vi",
        "noise_xaydung",
        "Đo tiếng ồn theo QCVN 26:2010/BTNMT cho khu dân cư",
        "Đơn vị quan trắc môi trường đo mức ồn tại khu dân cư theo QCVN 26:2010/BTNMT: giới hạn 70 dBA từ 6 giờ đến 21 "
        "giờ và 55 dBA từ 21 giờ đến 6 giờ; lập biên bản kết quả làm căn cứ cho chính quyền và tư vấn cho nhà tổ chức "
        "tiệc giữ âm lượng trong ngưỡng.",
    ),
    (
        "mOo039",
        "vi",
        "noise_luatvn",
        "Tư vấn pháp lý về tiếng ồn khi tổ chức tiệc, hát karaoke",
        "Công ty luật tư vấn quy định: không gây ồn trong khu dân cư từ 22 giờ đến 6 giờ sáng (Nghị định 144/2021/NĐ-CP, "
        "phạt cảnh cáo hoặc 500.000–1.000.000 đồng) và mức ồn theo QCVN 26:2010/BTNMT; hướng dẫn gia chủ tránh vi phạm.",
    ),
    (
        "mOo040",
        "vi",
        "sound_hoitruong",
        "Âm thanh hội trường lắp đặt cố định",
        "Nhà cung cấp thiết bị âm thanh hội trường, âm thanh sân khấu lắp đặt cố định cho cơ quan, trường học, giá tốt "
        "toàn quốc.",
    ),
    (
        "mOo041",
        "en",
        "live_davideo",
        "Live-streaming wedding ceremonies for relatives far away",
        "Videographer streams the ceremony live on Facebook for family and friends who cannot travel: cameras set "
        "discreetly (for example from a choir loft) so guests hardly notice, spare batteries on hand, and a lapel "
        "microphone on the officiant so the vows are audible online.",
    ),
    (
        "mOo042",
        "vi",
        "live_davideo",
        "Phát trực tiếp lễ cưới cho người thân ở xa",
        "Thợ quay phim livestream lễ cưới lên Facebook cho bà con ở xa hoặc đang ở nước ngoài: đặt máy kín đáo ở vị trí "
        "cao để không vướng khách, chuẩn bị pin dự phòng, gắn micro cài áo cho chủ hôn để người xem nghe rõ lời thề.",
    ),
    (
        "mOo043",
        "en",
        "sound_chothue",
        "Event sound hire with an on-site technician",
        "Professional audio company rents complete systems for conferences, weddings, birthdays, company parties and "
        "outdoor team-building; a technician stays through the programme to fix buzzing, feedback or dropouts, "
        "quotes are itemised to avoid surprise charges and liability for failures is written into the contract.",
    ),
    # --- stage, truss, LED screens, decorative lighting --------------------------------------
    (
        "mOo044",
        "vi",
        "stage_marcom",
        "Lắp đặt âm thanh ánh sáng sân khấu trong nhà và ngoài trời an toàn",
        "Công ty sự kiện thi công hệ thống sân khấu: loa chính, loa kiểm âm, loa sub phủ âm đều không có điểm chết; "
        "mixer, bộ lọc tần số, compressor, limiter chống quá tải; đèn spotlight, đèn màu, moving head, laser bố trí không "
        "gây chói khán giả; sân khấu ngoài trời có phương án chống mưa gió và đi dây an toàn.",
    ),
    (
        "mOo045",
        "vi",
        "stage_vietteam",
        "Giải pháp âm thanh ánh sáng trọn gói cho sự kiện",
        "Đơn vị tổ chức sự kiện cung cấp âm thanh, ánh sáng cho hội nghị, lễ khai trương, sự kiện ngoài trời, đêm nhạc: "
        "thiết kế hiệu ứng theo chủ đề chương trình, kỹ thuật vận hành tại chỗ.",
    ),
    (
        "mOo046",
        "en",
        "stage_outdoor_uk",
        "Outdoor stage hire with ground levelling and weatherproofing",
        "Stage hire company sizes the platform to the number of performers and expected crowd, plans positions for "
        "lighting rigs and PA, checks truck access and parking, levels uneven ground or builds a stable base, and "
        "supplies structures rated to withstand wind and rain with weather protection for performers and gear.",
    ),
    (
        "mOo047",
        "en",
        "stage_truesound",
        "Festival stage hire and outdoor cinema projection",
        "Sound and light hire company with a sister firm for outdoor stages: festival and music-event stages scaled "
        "to expected attendance, plus additional event equipment such as outdoor cinema projectors and screens.",
    ),
    (
        "mOo048",
        "en",
        "truss_motionlabs",
        "Truss load calculation and rigging consultation",
        "Rigging consultants check weight capacity and stability of lighting truss carrying fixtures, speakers, "
        "video panels and power distribution: static load, unbalanced loads placed away from vertical supports, and "
        "the surface under floor-supported towers. A certified rigger or engineer signs off anything beyond a few "
        "PAR cans on a short span.",
    ),
    (
        "mOo049",
        "en",
        "truss_dragon",
        "Safety inspection of temporary stages, truss and scaffold",
        "Engineering service for temporary event structures (modular stages, aluminium truss, roof systems, access "
        "scaffolds): installation checks, load and overload review, wind and weather exposure assessment, routine "
        "inspections to catch warning signs before failure.",
    ),
    (
        "mOo050",
        "en",
        "led_gtr",
        "Outdoor LED video wall selection and content resolution",
        "Stage-gear distributor advises on outdoor LED walls: a standard 5 mm outdoor cabinet gives about 48 pixels "
        "per foot, so a 10 x 6 ft wall is 480 x 288 px and reads as one picture from about 30 ft; such walls suit "
        "text and banners better than fast sport. Indoor walls go down to 0.9 mm pitch.",
    ),
    (
        "mOo051",
        "en",
        "led_steven",
        "LED wall brightness and pixel pitch sizing",
        "Consultant sizes LED walls for schools, parties and arenas: 800-1,500 nits indoors, 3,000-5,000 nits for "
        "covered semi-outdoor spaces, 5,000-7,000+ nits in full sun; minimum viewing distance in metres is roughly "
        "2-3 times the pixel pitch in millimetres; ambient light sensors dim the wall automatically.",
    ),
    (
        "mOo052",
        "en",
        "led_avstage",
        "LED wall rental scaled to the venue",
        "Production company rents LED walls by venue size: 2.6-3.9 mm pitch for clubs and small halls where viewers "
        "sit about 20 ft away, 4.8-10 mm for arenas and fields where coarse panels cost much less per square metre.",
    ),
    (
        "mOo053",
        "vi",
        "led_steven",
        "Tư vấn chọn màn hình LED sân khấu theo độ sáng và khoảng cách xem",
        "Chuyên gia màn hình LED tư vấn: trong nhà cần 800–1.500 nit, nơi có mái che bán ngoài trời 3.000–5.000 nit, ngoài "
        "nắng trực tiếp 5.000–7.000 nit trở lên; khoảng cách xem tối thiểu (m) khoảng 2–3 lần bước điểm ảnh (mm); nên có "
        "cảm biến ánh sáng tự chỉnh độ sáng.",
    ),
    (
        "mOo054",
        "en",
        "lights_visualfoodie",
        "Installation of outdoor-rated string lights",
        "Lighting installer hangs festoon and string lights for outdoor parties using only strands and extension "
        "cords rated for outdoor use, built to resist moisture, UV and temperature swings, to prevent short circuits "
        "and fire; indoor-only sets are replaced.",
    ),
    (
        "mOo055",
        "en",
        "lights_eatsip",
        "GFCI-protected festoon lighting for open-air parties",
        "Electrician sets up patio and garden party lighting on GFCI-protected outlets that cut power on a ground "
        "fault, never daisy-chains more strands than the label allows, keeps connections off the ground and away "
        "from puddles, and tests the protection before guests arrive.",
    ),
    (
        "mOo056",
        "vi",
        "lights_eatsip",
        "Lắp đèn dây trang trí ngoài trời có chống giật",
        "Thợ điện sự kiện lắp đèn dây trang trí sân vườn, rạp tiệc: cấp điện qua thiết bị chống dòng rò tự ngắt khi có "
        "rò điện, không nối quá số dây đèn cho phép ghi trên nhãn, đầu nối treo cao khỏi mặt đất và vũng nước, thử thiết "
        "bị chống giật trước giờ khách đến.",
    ),
    (
        "mOo057",
        "vi",
        "led_factory",
        "Đèn LED chiếu sáng nhà xưởng (highbay)",
        "Nhà phân phối thiết bị điện cung cấp đèn nhà xưởng chip LED công suất lớn, lắp trần cao, chống bụi, chống ẩm, "
        "chịu rung cho nhà máy, kho bãi, trung tâm logistics; tư vấn tiêu chuẩn chiếu sáng công nghiệp.",
    ),
    (
        "mOo058",
        "vi",
        "led_highbay",
        "Chuyển đổi đèn LED tiết kiệm điện cho nhà xưởng",
        "Tư vấn thay đèn huỳnh quang, sợi đốt bằng đèn LED: LED biến khoảng 95 % điện năng thành ánh sáng, nhiều nhà xưởng "
        "chuyển đổi đã giảm khoảng 30 % điện tiêu thụ.",
    ),
    (
        "mOo059",
        "vi",
        "led_fishing",
        "Đèn LED cho tàu cá khai thác xa bờ",
        "Dự án chuyển đổi đèn cao áp, halogen trên tàu cá sang đèn LED: đã lắp gần 2.000 đèn cho hơn 50 tàu ở Quảng Trị, "
        "giảm tiêu hao nhiên liệu và ô nhiễm.",
    ),
    (
        "mOo060",
        "en",
        "truss_litec",
        "Aluminium truss systems for touring concerts",
        "Manufacturer of aluminium truss for touring stage sets that must adapt to different stage sizes and be "
        "assembled and dismantled quickly, carrying lighting and sound equipment.",
    ),
    (
        "mOo061",
        "en",
        "led_cogo",
        "Outdoor LED display signs and panels (manufacturer)",
        "Factory producing modular high-brightness outdoor LED display panels for festivals, stadiums, rallies and "
        "advertising, built against sun, rain, dust and heat.",
    ),
    # --- photography and video ---------------------------------------------------------------
    (
        "mOo062",
        "en",
        "photo_arken",
        "Wedding photography with full equipment redundancy",
        "Studio shoots weddings with backup for everything: tripod and light stands, six flashes, five camera bodies, "
        "many lenses, three external flash battery packs, spare batteries, plenty of memory cards, and a laptop with "
        "an external hard drive to back up images right after the event.",
    ),
    (
        "mOo063",
        "en",
        "photo_adams",
        "Two-camera wedding coverage with an emergency kit",
        "Wedding studio carries two professional cameras all day and a third in the bag, overlapping professional "
        "lenses and several lights, plus a separate small kit kept in the car as a last-resort backup if the main "
        "kit fails.",
    ),
    (
        "mOo064",
        "en",
        "photo_syncopated",
        "Unobtrusive wedding film crew",
        "Wedding film team shoots on DSLR cameras mounted on monopods for steady footage without drawing attention, "
        "uses a small Steadicam for moving shots, and sets tripods only in the side aisles for the ceremony and for "
        "the toasts, never in the centre aisle.",
    ),
    (
        "mOo065",
        "en",
        "photo_aus",
        "Wedding video lenses and stabilisation training",
        "Training course for wedding videographers: a 35 mm lens for low light where extra lighting is not allowed, "
        "zoom lenses with a monopod for speeches filmed from the back of the room, and digital stabilisation.",
    ),
    (
        "mOo066",
        "en",
        "photo_carlisle",
        "Two-videographer ceremony coverage",
        "Video service puts one mobile operator near the altar on a monopod and one stationary operator at the back "
        "on a tripod, both panning and zooming to follow the ceremony so no moment is missed.",
    ),
    (
        "mOo067",
        "vi",
        "photo_angiang",
        "Chụp ảnh cưới hành trình qua nhiều huyện trong tỉnh",
        "Nhiếp ảnh gia 10 năm kinh nghiệm nhận gói chụp ảnh cưới dạng hành trình: cùng cô dâu chú rể lên lịch trình và "
        "danh sách cảnh, chụp tại địa điểm nổi tiếng của từng huyện, ví dụ 11 huyện thị trong 3 ngày liên tục, mỗi nơi "
        "một ý tưởng trang phục và khung hình.",
    ),
    (
        "mOo068",
        "vi",
        "photo_mientay",
        "Chụp phóng sự cưới phong cách miền Tây",
        "Nhiếp ảnh gia tự do nhận chụp phóng sự cưới: ghi lại khoảnh khắc tự nhiên trong ngày cưới ở quê, cổng cưới in "
        "tên cô dâu chú rể, giàn hoa giấy trước nhà; trò chuyện trước với đôi uyên ương để hiểu câu chuyện của họ, chỉ đăng "
        "ảnh khi được khách cho phép.",
    ),
    (
        "mOo069",
        "vi",
        "photo_dalat",
        "Gói chụp ảnh cưới ngoại cảnh Đà Lạt hai ngày",
        "Studio nhận chụp ảnh cưới ngoại cảnh Đà Lạt trong hai ngày với ê kíp 5 người (nhiếp ảnh, trang điểm, ánh sáng); "
        "khách tự chi đi lại, khách sạn, thuê trang phục; tổng chi phí có thể tới khoảng 40 triệu đồng.",
    ),
    (
        "mOo070",
        "vi",
        "photo_mytho",
        "Chụp ảnh cưới theo chủ đề ẩm thực đường phố",
        "Nhóm chụp ảnh thực hiện bộ ảnh cưới phong cách “đi ăn hàng” tại các quán quen, cổng trường, điểm hẹn hò cũ của "
        "cặp đôi; phối hợp với người bán hàng mượn gian hàng, dụng cụ làm bối cảnh.",
    ),
    (
        "mOo071",
        "vi",
        "photo_rainy",
        "Chụp phóng sự cưới trong ngày mưa bão",
        "Nhiếp ảnh gia phóng sự cưới có kinh nghiệm tác nghiệp khi mưa lớn, ngập ngõ: vẫn ghi lại nghi lễ và nụ cười của "
        "cô dâu chú rể cùng khách dù lượng khách giảm, xoay xở bối cảnh để bộ ảnh vẫn có điểm nhấn.",
    ),
    (
        "mOo072",
        "en",
        "photo_product",
        "White-background product photography for e-commerce",
        "Product photographer shoots catalogue images on seamless white: a key softbox at 45 degrees, a fill at about "
        "half power and separate background lights, apertures around f/8-f/11, consistent across product lines.",
    ),
    (
        "mOo073",
        "vi",
        "photo_ecomai",
        "Chụp ảnh sản phẩm bán hàng online bằng studio mini và AI",
        "Dịch vụ chụp ảnh sản phẩm cho shop online: softbox, tản sáng, hắt sáng, lều chụp cho đồ nhỏ, đồng bộ ánh sáng "
        "cả danh mục; công cụ AI chỉnh lại ánh sáng và tách nền sau khi chụp.",
    ),
    (
        "mOo074",
        "vi",
        "live_ngothanhvan",
        "Quay phim cưới (wedding film) dựng theo cảm xúc, có flycam",
        "Ê kíp quay phim cưới nhận trọn khâu dựng phim: cấu trúc, nhịp và âm nhạc theo cảm xúc của ngày cưới, quay flycam "
        "từ trên cao; sẵn sàng xoay xở khi thời tiết thay đổi như mưa cả buổi rồi nắng lúc làm lễ.",
    ),
    (
        "mOo075",
        "vi",
        "flycam_khoiphat",
        "Làm hồ sơ xin phép bay flycam quay phim sự kiện",
        "Dịch vụ pháp lý cho người quay flycam: lập đơn xin phép song ngữ Việt – Anh theo Nghị định 36/2008/NĐ-CP, giấy "
        "phép cất hạ cánh, ảnh và thông số kỹ thuật thiết bị; nộp Cục Tác chiến – Bộ Tổng Tham mưu, thời gian xử lý chậm "
        "nhất 7 ngày; hướng dẫn các giới hạn ghi trong giấy phép.",
    ),
    (
        "mOo076",
        "vi",
        "flycam_cellphones",
        "Quay flycam mini dưới 250 g đúng quy định",
        "Đội quay phim dùng flycam mini dưới 250 g (cỡ một chiếc điện thoại) cho vlog, tiệc, sự kiện nhỏ: bay trong tầm "
        "mắt, không lên quá 50 m khi chưa có phép, tránh vùng cấm như sân bay, khu quân sự, cảng biển.",
    ),
    (
        "mOo077",
        "vi",
        "drone_spray_angiang",
        "Dịch vụ drone sạ lúa, rải phân, phun thuốc 3 trong 1",
        "Hộ làm dịch vụ nông nghiệp dùng drone để phun thuốc bảo vệ thực vật, rải phân và sạ lúa: đường bay lập trình sẵn "
        "không chồng lấn, hạt thuốc mịn phủ đều, ít nước, giảm tiếp xúc hóa chất cho nông dân.",
    ),
    (
        "mOo078",
        "en",
        "drone_spray_danviet",
        "Crop-spraying drones for cooperatives",
        "Agricultural drone dealer supplies spraying drones costing about 400-500 million VND that cover one hectare "
        "of rice in roughly 30 minutes, letting cooperatives sell spraying as a service to members.",
    ),
    (
        "mOo079",
        "en",
        "booth_puddles",
        "DSLR photo booth rental for weddings",
        "Photo booth company rents booths built on DSLR or mirrorless cameras; a typical wedding booking is 3-4 "
        "hours and costs about $1,100-1,500, best run during cocktail hour and dancing; booking 6-12 months ahead "
        "is advised.",
    ),
    (
        "mOo080",
        "en",
        "booth_picture",
        "Attended photo booth with instant prints and online gallery",
        "Booth service with an attendant: $100 non-refundable deposit, print template designed and approved two "
        "weeks before, two photo strips per session, optional guest album where strips are pasted beside messages, "
        "and all photos uploaded for download within 24 hours.",
    ),
    (
        "mOo081",
        "en",
        "booth_tipbooth",
        "Photo booth planning for indoor and outdoor venues",
        "Advice and rental: most booths need about 8 x 8 ft and a nearby outlet, placed where they do not block "
        "dancing or dining; outdoors, wind can topple backdrops and bright sun spoils photos. Basic packages run "
        "about $400-600 for a few hours, premium with unlimited prints $1,000 or more.",
    ),
    (
        "mOo082",
        "vi",
        "booth_enchanted",
        "Góc chụp ảnh lấy liền cho khách dự tiệc",
        "Dịch vụ photobooth cho tiệc cưới: dựng phông nền và đạo cụ theo chủ đề đám cưới, khách tự chụp bằng remote hoặc "
        "có thợ chụp, ảnh in ngay tại chỗ làm quà mang về.",
    ),
    (
        "mOo083",
        "vi",
        "photo_arken",
        "Chụp ảnh cưới có thiết bị dự phòng và sao lưu ảnh tại chỗ",
        "Studio ảnh cưới mang đủ thiết bị dự phòng: nhiều thân máy, nhiều ống kính, 6 đèn flash, pin rời cho flash, pin và "
        "thẻ nhớ dư; mang máy tính xách tay và ổ cứng ngoài để chép sao lưu ảnh ngay sau tiệc.",
    ),
    (
        "mOo084",
        "en",
        "photo_mientay",
        "Mekong-style wedding reportage photography",
        "Freelance photographer covers village weddings in documentary style: natural moments, the name-printed "
        "wedding gate, bougainvillea in front of the house; talks with the couple beforehand and publishes only with "
        "their consent.",
    ),
    # --- booking, invitations and rental software --------------------------------------------
    (
        "mOo085",
        "en",
        "rsvp_bepart",
        "Wedding invitation and RSVP platform with unique guest links",
        "Web platform sends invitation templates to guest groups; every guest gets a personal RSVP link and can "
        "accept or decline each part of the wedding separately. Hosts can record phone or in-person replies by hand, "
        "see totals per part, and schedule an automatic reminder a set number of days before the response deadline.",
    ),
    (
        "mOo086",
        "en",
        "rsvp_savedate",
        "Seating plan and door check-in app for events",
        "App assigns each guest party to a table, by hand or by importing an Excel file, shows how many guests sit at "
        "each table on a floor chart you can rearrange, lets door staff search a guest's name to show the table, and "
        "records how many actually arrived against the RSVP count.",
    ),
    (
        "mOo087",
        "en",
        "rsvp_wedsites",
        "RSVP website settings: guest-list matching, dietary needs, reminders",
        "Wedding website builder whose RSVP form can be restricted to names on the guest list (exact match), lets the "
        "main guest name a plus-one, collects email and postal addresses and dietary requirements for the caterer, "
        "and emails a reminder to those who have not replied by the deadline.",
    ),
    (
        "mOo088",
        "en",
        "rsvp_woo",
        "Household-based guest list with live response counts",
        "Guest-list tool organised by household (1 to 10 guests each, with optional extra allowance and 'name "
        "unknown' companions); dashboard counts invited, unanswered, attending and declined guests.",
    ),
    (
        "mOo089",
        "vi",
        "rsvp_bepart",
        "Nền tảng thiệp mời online có đường link xác nhận riêng cho từng khách",
        "Phần mềm gửi thiệp mời điện tử theo nhóm khách; mỗi khách nhận một đường link xác nhận riêng, chọn dự hay không "
        "dự từng phần lễ (đám hỏi, tiệc). Chủ tiệc ghi nhận thay cho khách trả lời qua điện thoại, xem tổng số theo từng "
        "phần và đặt lịch tự động nhắc khách chưa trả lời trước hạn chót.",
    ),
    (
        "mOo090",
        "vi",
        "rsvp_savedate",
        "Ứng dụng xếp chỗ ngồi và đón khách tại cổng tiệc",
        "Ứng dụng gán khách vào bàn bằng tay hoặc nhập file Excel, hiển thị sơ đồ bàn có thể kéo thả theo mặt bằng, số "
        "khách mỗi bàn; người đón khách gõ tên là biết bàn số mấy và ghi nhận số người thực đến so với số đã xác nhận.",
    ),
    (
        "mOo091",
        "en",
        "inv_eventodesk",
        "Rental inventory schedule and conflict checker",
        "Software for party and event rental businesses: check availability of an item by quantity, out date/time "
        "and expected-back date/time before promising it; create manual reservations and holds; show overlap "
        "warnings for owner review; track items out, returned, damaged or missing, with setup and delivery notes.",
    ),
    (
        "mOo092",
        "en",
        "inv_inflatemate",
        "Booking pipeline with inventory holds, deposits and waivers",
        "Booking system for rental companies moves each event from Hold to Pending to Confirmed; a hold locks the "
        "selected items for 30 minutes so nothing is double-booked while the customer reviews the quote. Sends "
        "quotes and invoices, collects deposits online, triggers waivers, applies tax, buffer times, minimum spend "
        "and refunds.",
    ),
    (
        "mOo093",
        "en",
        "inv_apex",
        "Inventory module for tent, table, chair and linen rental",
        "Rental management software keeps every item by category and name (tents 40x80, white padded chairs, 8-ft "
        "tables, linens) with total owned and unit price; items flagged for availability tracking are deducted when "
        "booked on an event; batch update after purchases.",
    ),
    (
        "mOo094",
        "en",
        "inv_evntpro2",
        "Equipment double-booking prevention for AV and event firms",
        "Event operations software ties every quote to physical gear so the same sound rig cannot be promised to two "
        "Saturday events; emergency replacement audio otherwise costs about $400-800 a day. Spreadsheets work at 20 "
        "events a year, strain at 40 and become risky around 80.",
    ),
    (
        "mOo095",
        "vi",
        "inv_inflatemate",
        "Phần mềm đặt lịch cho thuê đồ tiệc: giữ chỗ, đặt cọc online",
        "Hệ thống đặt lịch cho đơn vị cho thuê đồ sự kiện: mỗi đơn đi qua Giữ chỗ – Chờ thanh toán – Đã xác nhận; khi giữ "
        "chỗ, thiết bị được khóa 30 phút để không bị đặt trùng; gửi báo giá, hóa đơn, thu cọc trực tuyến, cài thời gian "
        "đệm giữa các đơn và hoàn tiền khi sửa đơn.",
    ),
    (
        "mOo096",
        "vi",
        "thiep_q12",
        "In thiệp cưới theo loại nội dung: vu quy, tân hôn, thành hôn, báo hỷ",
        "Xưởng in thiệp cưới nhận in theo từng loại nội dung: thiệp vu quy và đính hôn của nhà gái, tân hôn của nhà trai, "
        "thành hôn khi hai họ đãi chung, báo hỷ cho tiệc nhỏ 100–150 khách; hướng dẫn bố cục thông tin hai bên gia đình "
        "và chuẩn bị thông tin trước khi in.",
    ),
    (
        "mOo097",
        "vi",
        "thiep_hera",
        "Soạn lời thiệp cưới theo văn phong truyền thống hoặc phá cách",
        "Dịch vụ cưới hỏi hỗ trợ soạn nội dung thiệp: lời mời dự tiệc, giờ đón khách, khai tiệc, ngày âm lịch, tên cha mẹ "
        "hai họ (kèm tên thánh nếu có), hoặc lời văn cá tính hơn mà vẫn trang trọng.",
    ),
    (
        "mOo098",
        "vi",
        "pos_cachql",
        "Phần mềm quản lý nhà hàng: đặt bàn, gọi món, kho",
        "Phần mềm bán hàng cho nhà hàng: đặt bàn trước, sơ đồ bàn theo khu vực, chuyển và gộp bàn, gọi món qua máy tính "
        "bảng chuyển thẳng xuống bếp, giá theo giờ và khu vực, in hóa đơn VAT, trừ kho nguyên liệu theo định mức, báo cáo "
        "thu chi.",
    ),
    (
        "mOo099",
        "vi",
        "pos_dinhdanh",
        "Phần mềm quản lý quán ăn miễn phí",
        "Hệ thống quản lý quán ăn: tích điểm 1.000 đồng = 1 điểm, voucher, hạng thành viên, trạng thái bàn theo thời gian "
        "thực, thực đơn theo giờ, phân quyền nhân viên và sao lưu tự động.",
    ),
    (
        "mOo100",
        "vi",
        "pos_billiards",
        "Mã nguồn web quản lý quán billiards và quán bia",
        "Bộ mã nguồn web (Node.js/Express, SQLite) quản lý quán billiards: tính giờ bàn chơi, thêm đồ uống vào hóa đơn, "
        "thanh toán QR, kho, khách hàng thành viên, chấm công và báo cáo doanh thu.",
    ),
    (
        "mOo101",
        "vi",
        "thesis_daewoo",
        "Tiểu luận tổ chức phục vụ tiệc tại khách sạn",
        "Đề tài sinh viên về tổ chức hoạt động phục vụ tiệc cưới trong khách sạn Daewoo (Hà Nội, 2022): quy trình, hợp "
        "đồng đặt tiệc, cơ cấu bộ phận tiệc, tình huống phát sinh và kiến nghị.",
    ),
    (
        "mOo102",
        "en",
        "pos_cachql",
        "Restaurant point-of-sale with table reservations",
        "Restaurant management software: advance table booking, floor map by area, moving and merging tables, "
        "tablet ordering routed to the kitchen, stock deduction by recipe, VAT invoices and financial reports.",
    ),
    # --- catering equipment, tables, chairs, linens ------------------------------------------
    (
        "mOo103",
        "en",
        "chafing_equipco",
        "Chafing dish hire for buffets",
        "Catering equipment hire: stainless-steel chafing dishes in sizes matched to food volume, heated by fuel "
        "canisters or electric elements with adjustable controls, roll-top or lift-off lids, plus sneeze guards and "
        "advice on buffet layout and guest flow.",
    ),
    (
        "mOo104",
        "en",
        "chafing_eatsip",
        "Buffet food-safety coaching for caterers",
        "Food-safety trainer teaches event caterers that a chafing dish holds food but does not cook it: keep hot "
        "food at 60 °C (140 °F) or above, check every pan with a digital probe thermometer every 30 minutes, since in "
        "the 4-60 °C danger zone bacteria can double in about 20 minutes; safe set-up, serving and clean-up.",
    ),
    (
        "mOo105",
        "en",
        "chafing_bizhybrid",
        "Chafing dish sets and fuel supply",
        "Supplier of complete chafing sets (lid, food pan, water pan, rack, fuel holder with damper); gel or liquid "
        "fuel and refillable clean-burning canisters keep food warm for up to about six hours; electric and gas "
        "versions for fixed buffets.",
    ),
    (
        "mOo106",
        "en",
        "chafing_hub",
        "Safe holding temperatures for catered buffets",
        "Caterer's guide and training: hold cold food below 40 °F and hot food at 140 °F (60 °C) or above, cook "
        "poultry to 165 °F and reheat leftovers to 165 °F; choosing round or oblong chafers for the buffet.",
    ),
    (
        "mOo107",
        "vi",
        "chafing_equipco",
        "Cho thuê nồi hâm buffet inox (chafing dish)",
        "Dịch vụ cho thuê dụng cụ tiệc: nồi hâm buffet inox nhiều cỡ theo lượng thức ăn, đun bằng cồn thạch hoặc điện có "
        "núm chỉnh nhiệt, nắp lật hoặc nắp nhấc, kèm kính chắn hơi thở và tư vấn bố trí bàn buffet.",
    ),
    (
        "mOo108",
        "vi",
        "feast_dienban",
        "Nấu tiệc cưới lưu động, giao mâm cỗ tận nhà",
        "Cơ sở nấu tiệc ở làng nghề nhận tiệc cưới, tân gia, tất niên: 5–10 thợ thường xuyên (lương 7–10 triệu đồng/tháng), "
        "thêm lao động thời vụ mùa cao điểm, có ngày làm tới 10 tiệc, hàng trăm mâm; ghi thực đơn, số mâm, giờ và địa chỉ "
        "trên bảng, xe tải nhỏ chở mâm cỗ tới tận nơi.",
    ),
    (
        "mOo109",
        "en",
        "chafing_restsource",
        "Hot food tables and heat lamps for restaurants",
        "Restaurant equipment dealer sells cafeteria hot food tables, pass-through heat lamps and roll-top chafers "
        "for kitchens that need to hold plated food until a whole order is ready.",
    ),
    (
        "mOo110",
        "en",
        "linen_partytime",
        "Table linen rental with professional laundering",
        "Linen hire: tablecloths and napkins are washed with fabric-specific detergents, so customers must not wash "
        "them; after the event shake off debris and return them in the supplied cloth bags (never plastic). Wax, "
        "burns and tears are charged, missing items at replacement cost plus 25 %.",
    ),
    (
        "mOo111",
        "en",
        "linen_rentaldepot",
        "Party rental terms with damage waiver",
        "Party rental house inspects every item before delivery; china and cutlery come back scraped, tablecloths "
        "dry and free of food (wax is charged), tables and chairs folded; customer is responsible from delivery to "
        "return and can buy a damage waiver.",
    ),
    (
        "mOo112",
        "en",
        "rental_specialevents",
        "Resin event chairs and cleaning practice for rental stock",
        "Rental operators replaced white wooden chairs that needed repainting every six to twelve months with resin "
        "chairs that only need wiping, and raised the rental price from $2.50 to $3.50, which paid for them; tips "
        "for cleaning muddy tents, wax and cigarette burns on carpet, and lipstick on linens.",
    ),
    (
        "mOo113",
        "en",
        "rental_moneymatters",
        "Party rental logistics: tables, seating, tents, delivery",
        "Party rental company supplies tables, seating, tents, lighting, linens and decor for family gatherings to "
        "community festivals; equipment is cleaned, inspected and stored between events, delivery routes and setup "
        "times are planned so the schedule holds.",
    ),
    (
        "mOo114",
        "vi",
        "rental_specialevents",
        "Ghế nhựa resin cho tiệc thay ghế gỗ sơn",
        "Đơn vị cho thuê đồ tiệc chuyển từ ghế gỗ trắng phải sơn lại mỗi 6–12 tháng sang ghế nhựa resin chỉ cần lau; giá "
        "thuê tăng từ 2,5 lên 3,5 USD mỗi ghế vẫn hoàn vốn; kinh nghiệm vệ sinh rạp dính bùn sau mưa, sáp nến, vết son.",
    ),
    (
        "mOo115",
        "vi",
        "linen_partytime",
        "Giặt ủi khăn trải bàn, áo ghế cho đơn vị cho thuê đồ tiệc",
        "Dịch vụ giặt chuyên dụng khăn bàn, khăn ăn theo từng loại vải; khách không tự giặt, chỉ giũ sạch vụn thức ăn và "
        "trả lại trong túi vải; vết sáp nến, cháy, rách tính phí, mất khăn tính giá thay mới cộng 25 %.",
    ),
    (
        "mOo116",
        "vi",
        "venue_nhatrang",
        "Trung tâm hội nghị tiệc cưới nhiều mức giá",
        "Trung tâm tiệc cưới trong thành phố nhận đặt tiệc từ bình dân đến cao cấp, cạnh tranh bằng thực đơn, dịch vụ và "
        "giá; có hội trường, sân khấu, lối đi và đội phục vụ.",
    ),
    (
        "mOo117",
        "vi",
        "rental_moneymatters",
        "Cho thuê bàn ghế, rạp, đèn, khăn trải bàn giao tận nơi",
        "Công ty cho thuê đồ tiệc cung cấp bàn, ghế, rạp, đèn, khăn trải bàn cho tiệc gia đình tới lễ hội địa phương; đồ "
        "được vệ sinh, kiểm tra, lưu kho giữa các đợt; lên tuyến giao hàng và giờ lắp đặt để đúng lịch.",
    ),
    # --- decoration: coconut-leaf gates, flowers ---------------------------------------------
    (
        "mOo118",
        "vi",
        "cong_danviet",
        "Nhóm kết cổng cưới lá dừa ở Tam Bình, Vĩnh Long",
        "Nhóm Cổng cưới Miền Tây (5 thành viên, xã Tường Lộc, huyện Tam Bình, tỉnh Vĩnh Long) nhận kết cổng cưới lá dừa "
        "thường trực: vật liệu chính là lá dừa nước, bông đủng đỉnh, cây chuối, dây bông, thêm hoa trái; kiểu dáng tùy "
        "miệt, không theo khuôn mẫu.",
    ),
    (
        "mOo119",
        "vi",
        "cong_baolongan",
        "Kết cổng cưới lá dừa thủ công: vật liệu và nhân công",
        "Thợ trẻ nhận làm cổng cưới lá dừa: mỗi cổng cần khoảng 2 tàu lá dừa, 20 tàu lá dừa nước và 4–5 cà bắp (đọt dừa "
        "nước); chọn lá đều, đẹp, dài ngắn tùy kiểu; một cổng cần 5–10 người làm trong một ngày, chưa kể hôm trước đi chặt lá.",
    ),
    (
        "mOo120",
        "vi",
        "cong_eva",
        "Đan lá dừa tạo hình rồng phượng, trái tim cho cổng cưới",
        "Nghệ nhân đan lá dừa tươi thành bông hoa, trái tim, tấm phên, màn dừa và cặp rồng phượng; lá phải xanh, không "
        "nát, dài từ 1,7 m; dùng lá đủng đỉnh quấn thân, bẹ chuối bọc trụ, gỗ làm khung cổng.",
    ),
    (
        "mOo121",
        "vi",
        "cong_giadinh",
        "Truyền nghề kết cổng cưới bằng lá dừa nước",
        "Lớp truyền nghề của các nghệ nhân “chân đất” Đồng bằng sông Cửu Long: dùng thân, lá và đọt non cây dừa nước "
        "mọc ven kênh rạch, bãi bồi để kết cổng cưới từ đơn giản tới cầu kỳ.",
    ),
    (
        "mOo122",
        "en",
        "cong_dulich",
        "Handmade coconut-leaf wedding gates",
        "Mekong craft team builds wedding gates entirely by hand from fresh coconut fronds instead of fresh flowers, "
        "silk or balloons; complex designs such as dragon-and-phoenix or large flowers need skilled makers and "
        "careful choice of fresh, good-looking leaves; an eco-friendly local tradition.",
    ),
    (
        "mOo123",
        "vi",
        "coco_craft_bentre",
        "Hàng thủ công mỹ nghệ từ vỏ, gáo dừa xuất khẩu",
        "Cơ sở sản xuất ở Giồng Trôm (Bến Tre) gia công đồ dùng, đồ trang trí từ vỏ, gáo, thân dừa phế phẩm cho thị trường "
        "Âu, Mỹ, Hàn Quốc qua sàn thương mại điện tử quốc tế; tạo việc làm cho phụ nữ nông thôn.",
    ),
    (
        "mOo124",
        "vi",
        "coco_wood",
        "Hàng mỹ nghệ gỗ dừa và gáo dừa ốp tường",
        "Cơ sở mỹ nghệ dùng gỗ dừa già trên 50 năm, ngâm nước khoảng 30 ngày chống mối mọt, làm hơn 200 loại sản phẩm: tô, "
        "chén, khay, ấm trà, chụp đèn; gáo dừa ốp tường thay gạch men giá khoảng 500–600 nghìn đồng.",
    ),
    (
        "mOo125",
        "en",
        "coco_craft_bentre",
        "Coconut shell and husk handicrafts for export",
        "Workshop in Ben Tre turns discarded coconut shells, husks and trunks into household items and decorations "
        "sold to Europe, the US and Korea through international e-commerce platforms.",
    ),
    (
        "mOo126",
        "en",
        "flower_artisan",
        "Keeping wedding bouquets fresh for longer",
        "Florist's care protocol for bouquets and arrangements: stand them in water changed several times a day, "
        "recut stems at 45 degrees a little each day, add a little sugar or soda, strip leaves below the waterline, "
        "keep out of direct sun and heat, and a light mist of hairspray to hold petals.",
    ),
    (
        "mOo127",
        "vi",
        "flower_thuocduoc",
        "Kỹ thuật cắm hoa tươi lâu cho trang trí",
        "Hướng dẫn của người cắm hoa chuyên nghiệp: ngâm 2/3 cành hoa mua về trong nước ít nhất 2 giờ trước khi cắm (hoa "
        "nhà trồng 30 phút); pha bột dưỡng hoa hoặc vài giọt nước rửa chén vào bình cho nước không thối; xốp cắm hoa ngâm "
        "nước pha dưỡng; xịt nước lên hoa lá mỗi ngày.",
    ),
    (
        "mOo128",
        "vi",
        "flower_caothientrang",
        "Trang trí tiệc cưới bằng hoa nội địa",
        "Nhà trang trí sự kiện dùng phần lớn hoa trong nước như hoa giấy, lay-ơn, hồng trắng, cẩm tú cầu, kết hợp diên vĩ "
        "cho lối đi; cắm lơi cành theo sức gió để hoa tự chuyển động; bố cục nhiều loại hoa mà không rối; bó hoa nhỏ làm "
        "quà tại chỗ ngồi.",
    ),
    (
        "mOo129",
        "vi",
        "flower_restaurant",
        "Hoa trang trí sảnh tiệc do nhà hàng tiệc cưới cung cấp",
        "Nhà hàng tiệc cưới chuẩn bị hoa trang trí từ tiền sảnh tới bàn tiệc và hoa cầm tay: hoa hồng nhiều màu, hoa mẫu "
        "đơn, cùng nến; tư vấn ý nghĩa từng loài hoa.",
    ),
    (
        "mOo130",
        "en",
        "silk_cheryl",
        "Silk flower wedding packages",
        "Silk florist makes bouquets, boutonnieres, corsages, centrepieces and cake flowers from artificial stems: "
        "any variety in any season, usually cheaper than fresh, prepared well before the wedding, and the couple "
        "keeps them for years.",
    ),
    (
        "mOo131",
        "en",
        "silk_selfimp",
        "Reusable artificial flower arrangements",
        "Supplier of artificial arrangements that survive handling better than fresh flowers and can be reused for "
        "later events (anniversaries, religious feasts, birthdays); stored loosely wrapped in tissue paper to keep "
        "their shape.",
    ),
    (
        "mOo132",
        "en",
        "silk_infobarrel",
        "Silk wedding flowers prepared ahead and given as favours",
        "Silk flower designer prepares centrepieces, altar pieces and wreaths weeks ahead of the wedding, suits "
        "destination weddings without local florists, and turns leftover silk flowers into favours for guests.",
    ),
    (
        "mOo133",
        "en",
        "silk_paper",
        "Handcrafted paper flowers for event decor",
        "Craft team makes paper flowers for party and ballroom decoration; they look lavish, never wilt and are "
        "made in-house by the organisers.",
    ),
    (
        "mOo134",
        "vi",
        "silk_selfimp",
        "Cho thuê bộ hoa lụa trang trí dùng lại nhiều tiệc",
        "Dịch vụ cho thuê và bán hoa lụa cắm sẵn cho tiệc cưới, lễ, sinh nhật: bền hơn hoa tươi khi vận chuyển, dùng lại "
        "nhiều lần; bảo quản bằng cách quấn giấy lụa lỏng tay để giữ dáng.",
    ),
    (
        "mOo135",
        "vi",
        "mamxoi_sadec",
        "Giống cúc mâm xôi Song Hỷ đổi màu",
        "Tổ hợp tác hoa kiểng ở Sa Đéc (Đồng Tháp) đưa về giống cúc mâm xôi Song Hỷ: trồng 3–4 tháng, cánh tím pha trắng "
        "chuyển dần sang hồng nhạt khi nở; khoảng 100.000 đồng mỗi chậu dịp Tết.",
    ),
    (
        "mOo136",
        "vi",
        "mamxoi_checkin",
        "Vườn hoa kiểng check-in bán vé tham quan",
        "Tổ hợp tác hoa kiểng Tân An (Sa Đéc) có vườn 3 ha, trong đó 2 ha làm khu tham quan bán vé với tiểu cảnh lá cờ, "
        "trái tim kết từ hơn 500 chậu cúc và dừa cạn trên khung sắt; chuẩn bị mất gần một tháng.",
    ),
    (
        "mOo137",
        "en",
        "flower_caothientrang",
        "Wedding styling with locally grown flowers",
        "Event decorator styles receptions mainly with Vietnamese-grown flowers (bougainvillea, gladiolus, white "
        "roses, hydrangea, with irises along the aisle), arranged loosely so they sway in the wind, with small "
        "bouquets at each seat as guest gifts.",
    ),
    (
        "mOo138",
        "en",
        "mamxoi_sadec",
        "Colour-changing potted chrysanthemums for Tet",
        "Flower cooperative in Sa Dec grows a new cushion chrysanthemum variety whose purple-white petals turn pale "
        "pink as they open; 3-4 months to bloom, about 100,000 VND per pot.",
    ),
    (
        "mOo139",
        "en",
        "sound_dientu48",
        "Supply and installation of PA and stage lighting kits",
        "Audio-visual company supplies full-range and sub speakers, stage monitors, analog or digital mixers, "
        "wireless and wired microphones, amplifiers and processors (EQ, compressor, reverb), plus PAR LED wash lights "
        "and moving heads for stages, restaurants and halls.",
    ),
    (
        "mOo140",
        "en",
        "stage_marcom",
        "Safe installation of stage sound and lighting",
        "Event company installs stage systems with main, monitor and sub speakers for even coverage, mixers with "
        "filters, compressors and limiters, and spot, colour, moving-head and laser lights aimed to avoid dazzling "
        "the audience; outdoor stages get rain and wind protection and safe cable runs.",
    ),
    (
        "mOo141",
        "en",
        "photo_angiang",
        "Pre-wedding journey shoot across a whole province",
        "Photographer with ten years' experience plans a pre-wedding shoot as a road trip with the couple, one "
        "landmark per district, for example 11 districts in three days, each with its own outfit and concept.",
    ),
    (
        "mOo142",
        "en",
        "thiep_q12",
        "Wedding card printing by ceremony type",
        "Print shop prints Vietnamese wedding cards by content type: the bride's family card (vu quy), the groom's "
        "(tan hon), a joint card when both families host together, and small 'bao hy' cards for parties of 100-150 "
        "guests; advises on layout of both families' details.",
    ),
    (
        "mOo143",
        "en",
        "fan_doisong",
        "Evaporative air coolers",
        "Appliance dealer sells evaporative coolers that draw hot air through wet cooling pads, with ice trays for "
        "extra cooling, using 7-10 times less electricity than air conditioning and easy to move; higher wattage "
        "alone does not mean better cooling.",
    ),
    (
        "mOo144",
        "en",
        "led_highbay",
        "LED retrofit for factory lighting",
        "Energy-saving consultant replaces fluorescent and incandescent lamps in workshops with LED fittings, which "
        "turn about 95 % of input power into light; converted factories cut lighting consumption by about 30 %.",
    ),
    (
        "mOo145",
        "en",
        "feast_dienban",
        "Mobile banquet cooking for village weddings",
        "Catering household in a cooking village takes weddings, housewarmings and year-end parties: 5-10 regular "
        "cooks plus seasonal hands, up to 10 banquets and hundreds of trays a day at peak, menus and addresses logged "
        "on a board, food trays delivered by small truck.",
    ),
    (
        "mOo146",
        "vi",
        "chafing_eatsip",
        "Tập huấn an toàn thực phẩm cho đội nấu tiệc lưu động",
        "Chuyên gia an toàn thực phẩm huấn luyện đội nấu tiệc: nồi hâm chỉ để giữ nóng, không để nấu; giữ món nóng từ 60 °C "
        "trở lên, đo bằng nhiệt kế que mỗi 30 phút vì trong vùng 4–60 °C vi khuẩn có thể nhân đôi sau khoảng 20 phút; quy "
        "trình bày, phục vụ, dọn dẹp an toàn.",
    ),
    (
        "mOo147",
        "vi",
        "gen_cooling",
        "Tính tải điện theo ampe cho tiệc rạp ngoài trời",
        "Đơn vị cho thuê máy phát hướng dẫn liệt kê từng thiết bị: bộ DJ từ 10 A, đèn sợi đốt trong rạp khoảng 5 A mỗi "
        "nhánh, đèn LED viền khoảng 2 A cho 20 bóng, nồi hâm và máy pha cà phê khoảng 10 A mỗi cái; khuyên thuê máy gấp "
        "đôi tải ước tính và đối chiếu số liệu với từng nhà cung cấp.",
    ),
    (
        "mOo148",
        "vi",
        "truss_motionlabs",
        "Tư vấn tính tải và an toàn giàn truss treo đèn, loa",
        "Kỹ sư treo giàn kiểm tra tải trọng và độ ổn định của khung truss mang đèn, loa, màn hình, tủ điện: tải tĩnh, tải "
        "lệch xa chân đỡ, nền đặt chân truss; hệ lớn phải có kỹ sư hoặc thợ treo được chứng nhận ký duyệt.",
    ),
    (
        "mOo149",
        "vi",
        "inv_eventodesk",
        "Phần mềm lịch thiết bị cho thuê, cảnh báo trùng đơn",
        "Phần mềm cho đơn vị cho thuê đồ cưới, đồ sự kiện: kiểm tra còn hàng theo số lượng, ngày giờ xuất và ngày giờ dự "
        "kiến trả trước khi hứa với khách; tạo giữ chỗ; cảnh báo trùng lịch; theo dõi đồ đã xuất, đã trả, hư hỏng, thất "
        "lạc kèm ghi chú giao lắp.",
    ),
    (
        "mOo150",
        "en",
        "photo_rainy",
        "Wedding reportage in storms and floods",
        "Reportage photographer experienced in shooting weddings under heavy rain and flooded lanes: keeps covering "
        "the rituals and smiles when fewer guests turn up and finds backdrops that still give the set a highlight.",
    ),
    (
        "mOo151",
        "vi",
        "led_avstage",
        "Cho thuê màn hình LED theo quy mô địa điểm",
        "Công ty sản xuất chương trình cho thuê màn LED: bước điểm ảnh 2,6–3,9 mm cho hội trường nhỏ khi khán giả ngồi "
        "gần khoảng 6 m; 4,8–10 mm cho sân bãi lớn, tấm thô rẻ hơn nhiều trên mỗi mét vuông.",
    ),
    (
        "mOo152",
        "en",
        "rap_laihang",
        "Modular steel-tube wedding tent frames with fabric covers",
        "Wedding service company rents tents assembled from hollow round steel tubes, covered with coloured fabric "
        "and finished with drapes and bows; advises the tent size for the permitted area, safe assembly and when to "
        "take it down.",
    ),
    (
        "mOo153",
        "vi",
        "stage_outdoor_uk",
        "Cho thuê sân khấu ngoài trời, san nền và chống mưa gió",
        "Đơn vị cho thuê sân khấu tính kích thước theo số người biểu diễn và lượng khán giả, bố trí vị trí giàn đèn, loa, "
        "kiểm tra đường xe tải vào, san phẳng hoặc làm nền vững khi mặt đất gồ ghề, kết cấu chịu gió mưa và có che chắn "
        "cho người và thiết bị.",
    ),
    (
        "mOo154",
        "en",
        "gen_vn_genset",
        "Generator rating advice: prime versus standby",
        "Electrical consultancy explains standby ratings (up to about 200 hours a year, real use at most about 70 %) "
        "versus prime ratings (continuous 24-hour running for steady loads), how to total kW of the equipment and "
        "convert between kW and kVA.",
    ),
    (
        "mOo155",
        "vi",
        "photo_syncopated",
        "Ê kíp quay phim cưới gọn nhẹ, không chắn tầm nhìn khách",
        "Nhóm quay phim cưới dùng máy DSLR gắn chân đơn (monopod) để hình ổn định mà không gây chú ý, gimbal nhỏ cho cảnh "
        "di chuyển; chân ba chỉ đặt ở lối đi bên khi làm lễ và khi phát biểu, không bao giờ chặn lối giữa.",
    ),
    (
        "mOo156",
        "en",
        "flower_thuocduoc",
        "Conditioning cut flowers for long-lasting arrangements",
        "Flower arranger's method: soak two-thirds of bought stems in water for at least two hours before arranging "
        "(30 minutes for home-grown), add flower food or a few drops of dish soap, soak floral foam in the same "
        "solution, and mist flowers and leaves daily.",
    ),
    (
        "mOo157",
        "vi",
        "booth_puddles",
        "Cho thuê photobooth dùng máy ảnh DSLR cho tiệc cưới",
        "Công ty photobooth cho thuê quầy chụp dùng máy DSLR hoặc mirrorless, mỗi tiệc thường 3–4 giờ, chạy tốt nhất lúc "
        "đón khách và lúc khiêu vũ; nên đặt trước 6–12 tháng vào mùa cưới.",
    ),
    (
        "mOo158",
        "en",
        "backup_linda",
        "Wedding photo safeguarding workflow",
        "Photographer's protection plan: both main cameras write every frame to two cards at once, cards changed "
        "through the day, images uploaded the same night, backed up to a second drive overnight and to cloud "
        "storage, drives kept in separate places, cards not erased until edits are safely stored, and the computer "
        "runs on a UPS.",
    ),
    (
        "mOo159",
        "en",
        "backup_jameslloyd",
        "Small-card rotation and off-site backup for wedding shoots",
        "Wedding photographer carries at least two (often three) cameras and spare flashes, uses 16 GB cards "
        "swapped at planned moments rather than one big card, keeps used cards on his person in a waterproof case, "
        "copies to computer and an automatic second disk the same night, and moves the cards off-site the next day.",
    ),
    (
        "mOo160",
        "vi",
        "backup_secondshooter",
        "Quy trình chống mất ảnh cưới: ghi song song hai thẻ, máy dự phòng",
        "Nhiếp ảnh gia cưới hướng dẫn và áp dụng: luôn có máy full-frame dự phòng cùng chất lượng, dùng máy hai khe thẻ ghi "
        "RAW song song lên hai thẻ, máy phụ để sẵn pin và thẻ trong lúc làm lễ; sau tiệc sao lưu nhiều lớp trước khi hậu kỳ.",
    ),
    (
        "mOo161",
        "en",
        "knight_pa",
        "Battery-powered portable PA for outdoor ceremonies",
        "Ceremony service brings a fully portable, battery-operated PA with lapel and wireless handheld microphones "
        "fitted with wind shields and a mic stand, so it works in a field or by a lake with no mains power; arrives "
        "early for a voice test and sound check, sets levels and briefs whoever plays the entrance and exit music.",
    ),
]
