"""Needs of holdout67: (id, language, source key, title, description, {offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long; needs written from pages about other places are moved into the province.
"""

NEEDS = [
    # --- energy audits, ISO 50001 ---
    (
        "kQn01",
        "vi",
        "kiemtoanvn",
        "Cần kiểm toán năng lượng cho nhà máy chế biến tôm ở KCN Long Đức",
        "Công ty chế biến tôm đông lạnh ở KCN Long Đức (TP Trà Vinh) cần đơn vị đo lường, phân tích để biết mức tiêu thụ hiện tại, chỗ "
        "lãng phí và đề xuất giải pháp cải thiện. Chúng tôi phải tuân thủ Luật Sử dụng năng lượng tiết kiệm và hiệu quả (Luật số "
        "50/2010/QH12), đồng thời muốn giảm chi phí vận hành và phát thải carbon để giữ khách hàng nhập khẩu.",
        {"kQo001": 2, "kQo003": 2, "kQo010": 2, "kQo002": 1, "kQo013": 1, "kQo005": 1},
    ),
    (
        "kQn02",
        "vi",
        "acc",
        "Can kiem toan nang luong so bo cho xuong say lua o Tam Binh",
        "Xuong say va xay lua cua gia dinh o Tam Binh (Vinh Long), hoa don dien thang nao cung tang. Can nguoi den khao sat, do muc "
        "tieu thu cua tung may, chi ra cho lang phi va nen dau tu gi truoc. Nghe noi kiem toan nang luong lam theo Luat 50/2010/QH12 "
        "va Nghi dinh 21/2011/ND-CP, muon lam so bo truoc cho do ton kem.",
        {"kQo002": 2, "kQo001": 2, "kQo003": 2, "kQo010": 2, "kQo004": 1, "kQo005": 1},
    ),
    (
        "kQn03",
        "en",
        "eatsip",
        "From guesswork to a real energy management system",
        "We run a mid-sized coconut processing plant in Tiểu Cần and energy bills keep eating into thin margins. We tried replacing "
        "bulbs, 'turn it off' signs and a suggestion box, with little effect. We want a structured, data-driven system - energy "
        "policy from top management, Plan-Do-Check-Act, ideally ISO 50001 - and someone to guide us through it.",
        {"kQo007": 2, "kQo008": 2, "kQo009": 2, "kQo012": 2, "kQo006": 2, "kQo010": 1, "kQo001": 1},
    ),
    (
        "kQn04",
        "vi",
        "qms",
        "Áp dụng từng bước hệ thống quản lý năng lượng, chưa cần chứng nhận ngay",
        "Cơ sở chế biến thủy sản của chúng tôi ở Duyên Hải có chi phí năng lượng ngày càng tăng. Được biết ISO 50001 (ban hành tháng "
        "6/2011) không đặt mức hiệu suất cụ thể mà yêu cầu cam kết chính sách và tuân thủ pháp lý, nên muốn được hướng dẫn lập kế hoạch "
        "và quản lý năng lượng có hệ thống theo từng bước phù hợp quy mô nhỏ, chuyện chứng nhận tính sau.",
        {"kQo009": 2, "kQo006": 2, "kQo008": 2, "kQo007": 1, "kQo012": 1},
    ),
    (
        "kQn05",
        "en",
        "vneec_audit",
        "Full energy audit with a measured energy balance",
        "Our fishmeal and seafood by-product plant in Hòa Phú industrial park (Long Hồ) must carry out an energy audit. We need a "
        "team that measures and monitors properly, balances total energy input against uses, quantifies use by activity and "
        "equipment, and recommends measures in line with the 2010 energy efficiency law and TCVN 50002:2015.",
        {"kQo001": 2, "kQo003": 2, "kQo010": 2, "kQo002": 1, "kQo004": 1, "kQo005": 1, "kQo011": 1},
    ),
    (
        "kQn06",
        "vi",
        "baomoi",
        "Cần hỗ trợ chi phí để doanh nghiệp nhỏ làm kiểm toán năng lượng",
        "Mùa khô lại lo thiếu điện. Nghe nói tiềm năng tiết kiệm năng lượng ở hầu hết doanh nghiệp còn tới 25%, nhưng những cơ sở như "
        "nhà máy xay xát nhỏ của chúng tôi ở Trà Ôn vẫn chưa làm kiểm toán năng lượng vì ngại chi phí và không biết bắt đầu từ đâu. Cần "
        "chương trình hỗ trợ kinh phí, tư vấn kiểm toán và giải pháp.",
        {"kQo004": 2, "kQo005": 2, "kQo011": 2, "kQo001": 1, "kQo003": 1},
    ),
    (
        "kQn07",
        "en",
        "phiconsulting",
        "Add ISO 50001 on top of our ISO 9001 system",
        "Our shrimp processor on the Cổ Chiên river in Trà Vinh already holds ISO 9001, with document control, operational "
        "controls, training, corrective actions and periodic audits. We want to build an energy management system on the same "
        "framework - energy policy, objectives and action plans to measure, control and reduce energy use - and then certify it.",
        {"kQo012": 2, "kQo008": 2, "kQo007": 2, "kQo006": 2},
    ),
    # --- boilers, steam, heat recovery ---
    (
        "kQn08",
        "vi",
        "apeis",
        "Chuyển lò hơi của cơ sở chế biến sang đốt trấu",
        "Cơ sở chế biến nông sản của chúng tôi nằm cạnh các nhà máy xay lúa ở Tam Bình, trấu có sẵn số lượng lớn mà không tốn công "
        "gom. Lò hơi hiện đốt củi, chi phí cao. Cần đơn vị tư vấn, cải tạo hoặc cung cấp lò hơi đốt trấu cấp hơi cho sản xuất, vận hành "
        "ổn định.",
        {"kQo017": 2, "kQo018": 2, "kQo020": 2, "kQo021": 2, "kQo019": 1, "kQo038": 1},
    ),
    (
        "kQn09",
        "en",
        "westbengal",
        "Our husk-fired steam set-up runs at very low efficiency",
        "We parboil paddy at a small mill in Trà Cú and, as is common, raise steam by burning husk in a simple furnace - a practice "
        "known to run below 10% efficiency. We want a proper husk-fired boiler, or a retrofit, that burns husk efficiently and "
        "copes with the ash.",
        {"kQo021": 2, "kQo020": 2, "kQo017": 2, "kQo018": 1, "kQo019": 1},
    ),
    (
        "kQn10",
        "vi",
        "femp_boiler",
        "Nước ngưng lò hơi đang xả bỏ, muốn thu hồi về bồn cấp",
        "Xưởng bánh phở ở Càng Long có lò hơi cấp nhiệt cho nồi hấp; nước ngưng chảy thẳng ra cống nên tốn nước bổ sung, hóa chất xử "
        "lý và nhiên liệu. Chúng tôi muốn được thiết kế hệ thống thu hồi nước ngưng, bơm nước ngưng, kiểm tra bẫy hơi và lắp đồng hồ "
        "trên đường nước bổ sung để theo dõi.",
        {"kQo022": 2, "kQo024": 2, "kQo023": 1, "kQo028": 1, "kQo030": 1},
    ),
    (
        "kQn11",
        "en",
        "csemag",
        "Leaking steam traps and no maintenance programme",
        "We have never tested the steam traps at our rice-noodle plant in Vĩnh Long. We read that without a preventive programme "
        "about 20% of the steam leaving a boiler plant can be lost through leaking traps, and that a simple programme cuts this "
        "roughly in half. We need a trap survey, a repair list and a routine our staff can keep up.",
        {"kQo023": 2, "kQo022": 2, "kQo024": 1},
    ),
    (
        "kQn12",
        "vi",
        "invenoeng",
        "Đường ống hơi, van, bồn chưa bọc bảo ôn",
        "Xưởng hủ tiếu ở TP Vĩnh Long có đường ống hơi, van, bẫy hơi, bồn nước ngưng để trần; khu lò rất nóng, công nhân dễ bị bỏng ở "
        "bề mặt trên 60°C. Cần khảo sát và bọc cách nhiệt toàn bộ hệ thống hơi – nước ngưng, kể cả van, phụ kiện, để giảm tổn thất "
        "nhiệt và bảo vệ người lao động.",
        {"kQo027": 2, "kQo025": 2, "kQo026": 2},
    ),
    (
        "kQn13",
        "en",
        "firedheater",
        "High stack temperature on our boiler - is an economizer worth it?",
        "Our feed mill in Bình Minh runs a fire-tube boiler whose flue gas leaves much hotter than the steam. We know an economizer "
        "or air preheater can recover that heat, but also that they may not pay at low pressure, small steam output or part load. "
        "We need an assessment and, if viable, supply and installation of heat recovery.",
        {"kQo028": 2, "kQo029": 2, "kQo030": 1},
    ),
    (
        "kQn14",
        "vi",
        "baotravinh_dua",
        "Tận dụng nhiệt thải lò than gáo dừa để sấy cơm dừa, mụn dừa",
        "Doanh nghiệp ở Ngãi Hùng, Tiểu Cần tiêu thụ 500.000–600.000 trái dừa khô mỗi tháng, làm cơm dừa, than gáo dừa, xơ và mụn dừa "
        "với khoảng 120 công nhân. Lò than gáo dừa thải khói nóng ra trời, trong khi cơm dừa và mụn dừa vẫn phải sấy. Cần giải pháp "
        "thu hồi nhiệt thải hoặc khí hóa gáo dừa để cấp nhiệt cho máy sấy.",
        {"kQo035": 2, "kQo033": 1},
    ),
    (
        "kQn15",
        "vi",
        "scribd_boilers",
        "Lo hoi dot cui bi cau can, ton cui",
        "Lo hoi ong lua cua co so o Cau Ke chay nhieu nam, nuoc cap khong xu ly nen trong ong bam cau can, hoi len cham, ton cui. Can "
        "nguoi kiem tra, ve sinh, lap chuong trinh xu ly nuoc va bao tri dinh ky de lo chay an toan, ben va tiet kiem.",
        {"kQo030": 2, "kQo018": 1},
    ),
    (
        "kQn16",
        "en",
        "phudien",
        "Husk-fired brick kilns in Mang Thít losing out to Hoffman kilns",
        "Our family brick yard in Mang Thít is one of more than 2,000 traditional kilns, about 80% of which have stopped. A firing "
        "takes us a month, while continuous Hoffman kilns elsewhere deliver bricks in 12 hours at about 500 VND each against our 720, "
        "and husk prices have climbed. We need a cleaner, faster kiln technology that still uses husk.",
        {"kQo033": 2, "kQo034": 1, "kQo038": 1},
    ),
    (
        "kQn17",
        "vi",
        "fullblog",
        "HTX sấy lúa muốn bỏ đầu đốt dầu, chuyển sang lò đốt trấu hoặc rơm",
        "Hợp tác xã ở Vũng Liêm sấy lúa bằng đầu đốt dầu diesel, giá dầu tăng mạnh. Trấu và rơm quanh vùng rất sẵn; có nơi đã dùng củi "
        "trấu giá khoảng 1.000 đồng/kg để sấy. Cần lò đốt trấu hoặc rơm ghép với máy sấy vỉ ngang hiện có, cháy đều, ít khói.",
        {"kQo031": 2, "kQo032": 2, "kQo038": 1},
    ),
    (
        "kQn18",
        "en",
        "updocs_boiler",
        "Recover heat from boiler blowdown",
        "Our seafood plant in Long Đức runs a 3-pass fire-tube boiler rated 10 tonnes of steam an hour at about 10.5 kg/cm². To "
        "control dissolved solids we blow down regularly and dump the hot water. We want to recover that heat into make-up water "
        "and review other energy-saving opportunities around the boiler.",
        {"kQo028": 2, "kQo030": 1},
    ),
    # --- compressed air, drives, motors ---
    (
        "kQn19",
        "vi",
        "aks_leak",
        "Tiền điện xưởng tăng 10–15% dù sản lượng không đổi",
        "Xưởng cơ khí ở Long Hồ không tăng ca, không lắp thêm máy nhưng tiền điện tăng 10–15% so với cùng kỳ; sau giờ tan ca vẫn nghe "
        "tiếng xì xì. Hệ thống khí nén 7 bar chạy 16–24 giờ mỗi ngày. Cần đơn vị dò rò rỉ khí nén, tính số tiền đang mất và sửa chữa.",
        {"kQo040": 2, "kQo041": 2, "kQo042": 1, "kQo043": 2, "kQo044": 2, "kQo045": 2},
    ),
    (
        "kQn20",
        "en",
        "reliamag",
        "We bought an ultrasonic detector and found too many leaks",
        "Our maintenance team in Trà Vinh city got an ultrasonic leak detector and within hours logged hundreds of leaks behind "
        "valves and fittings; the backlog is overwhelming. We need a disciplined programme - prioritising, tagging, repairing and "
        "re-checking - to bring losses from the usual 15–25% towards the under-10% of well-run plants.",
        {"kQo043": 2, "kQo040": 2, "kQo044": 1, "kQo041": 1},
    ),
    (
        "kQn21",
        "vi",
        "baoduong",
        "May nen khi chay tai lien tuc, ap suat luc manh luc yeu",
        "Xuong o Binh Minh co may nen khi chay gan nhu khong nghi, may nong, binh chua nho, dat ap suat cao ma thiet bi dung khi van "
        "yeu. Nghi bi ro ri tren ong, cho xa nuoc ngung, bo loc va dung khi nhieu hon thiet ke ban dau. Can nguoi khao sat, do dem va "
        "chi cach khac phuc.",
        {"kQo042": 2, "kQo040": 2, "kQo041": 1, "kQo045": 1},
    ),
    (
        "kQn22",
        "en",
        "pneusmart",
        "Use compressor waste heat to heat cleaning water",
        "Our seafood plant in Long Đức runs oil-injected screw compressors, and we learned that around 96% of their input ends up as "
        "heat, most of it in oil at 176–212°F. Meanwhile we heat water for sanitation. We want a heat recovery system to preheat "
        "that water.",
        {"kQo046": 2, "kQo070": 1},
    ),
    (
        "kQn23",
        "vi",
        "esmag",
        "Bơm cấp nước nhà máy nước đá chạy van tiết lưu, muốn lắp biến tần",
        "Nhà máy nước đá ở Duyên Hải có bơm ly tâm cấp nước và bơm tuần hoàn chạy hết tốc độ, lưu lượng chỉnh bằng van. Nghe nói công "
        "suất bơm tỉ lệ lũy thừa ba với tốc độ, nhưng mỗi kỹ sư lại ước tính tiết kiệm một kiểu. Cần đơn vị đánh giá có số liệu tin cậy "
        "và lắp biến tần.",
        {"kQo047": 2, "kQo048": 2, "kQo049": 1, "kQo053": 1},
    ),
    (
        "kQn24",
        "en",
        "weg_maze",
        "Rewind or replace the old motors in our rice mill?",
        "Our rice mill in Bình Minh has many standard-efficiency motors, several rewound more than once, and some fail every year. "
        "A rewind costs about 40% of a new motor, yet the purchase price is only about 2% of a motor's life-cycle cost against more "
        "than 97% for electricity. We need help deciding motor by motor and supplying premium-efficiency replacements.",
        {"kQo050": 2, "kQo051": 2, "kQo052": 2},
    ),
    (
        "kQn25",
        "en",
        "plantengr_acoustic",
        "Compressor can't keep up - find the leaks before buying another",
        "Air pressure at our feed mill in Vĩnh Long sags at peak demand and the supplier suggests a bigger compressor. We suspect "
        "leaks, but machine noise masks them and soapy water on pipes is too slow. We want a leak survey with modern ultrasonic or "
        "acoustic-imaging tools and a repair list with estimated losses.",
        {"kQo043": 2, "kQo044": 2, "kQo045": 2, "kQo041": 2, "kQo040": 2},
    ),
    (
        "kQn26",
        "vi",
        "cal53",
        "Quạt lò sấy chạy hết tốc độ, điều chỉnh bằng cửa gió",
        "Lò sấy lúa ở Tam Bình có quạt ly tâm chạy 100% tốc độ, lượng gió chỉnh bằng cửa gió. Theo Bộ Năng lượng Mỹ, biến tần có thể "
        "giảm 20–50% điện của bơm, quạt; giảm tốc độ 20% có thể giảm gần một nửa điện năng. Cần đơn vị khảo sát, tính toán và lắp "
        "biến tần cho quạt.",
        {"kQo047": 2, "kQo048": 2, "kQo049": 1},
    ),
    # --- refrigeration, seafood, ice ---
    (
        "kQn27",
        "vi",
        "kimchung",
        "Nhà máy nước đá cây ở Định An muốn giảm thêm tiền điện",
        "Nhà máy nước đá ở thị trấn Định An (Trà Cú) làm khoảng 2.000 cây đá mỗi ngày (cây 53 kg) cho tàu cá cảng Định An. Nhờ làm "
        "lạnh sơ bộ nước và loại bỏ lõi nước chưa đông, rút 40–50% thời gian của mẻ đá hơn 20 giờ, tiền điện đã giảm từ 200 xuống 180 "
        "triệu đồng/tháng. Muốn cải tạo hệ thống lạnh, máy nén để giảm sâu hơn.",
        {"kQo057": 2, "kQo062": 2, "kQo063": 2, "kQo064": 2, "kQo067": 2, "kQo066": 1, "kQo068": 1, "kQo059": 1},
    ),
    (
        "kQn28",
        "en",
        "fao_t0713",
        "Replace brine block ice with flake ice for the fishing fleet",
        "Our ice plant near Định An fishing port freezes block ice in cans in circulating brine: 8–24 hours per batch, blocks "
        "150–170 mm thick, lifted by crane into a thawing tank. It is slow and labour-hungry. We want advice and equipment to move "
        "to automatic flake or other ice suited to small fishing vessels.",
        {"kQo068": 2, "kQo069": 2},
    ),
    (
        "kQn29",
        "vi",
        "commgen",
        "Kho lạnh sơ chế tôm mở cửa liên tục, dàn lạnh bám tuyết",
        "Xưởng sơ chế tôm ở Cầu Ngang có kho mát và kho trữ đông, công nhân ra vào lấy hàng liên tục; mỗi lần mở cửa khí nóng ẩm tràn "
        "vào, nhiệt độ dao động, dàn lạnh bám tuyết phải xả đá nhiều lần. Cần rèm ngăn nhiệt hoặc giải pháp cửa phù hợp để giảm thất "
        "thoát lạnh mà vẫn đi lại thuận tiện.",
        {"kQo065": 2, "kQo070": 1, "kQo060": 1, "kQo063": 1},
    ),
    (
        "kQn30",
        "en",
        "plantserv_refrig",
        "Cut refrigeration energy in our shrimp freezing plant",
        "Quick-freezing and cold storage are the biggest energy users at our shrimp plant in Long Đức industrial park, and demand "
        "for frozen products keeps growing. The system was custom-engineered years ago. We want an engineering review of suction "
        "and condensing pressures, compressor sequencing, condenser and evaporator fans and controls, with verified savings.",
        {"kQo062": 2, "kQo063": 2, "kQo064": 2, "kQo067": 2, "kQo057": 2, "kQo066": 1, "kQo058": 1, "kQo070": 1},
    ),
    (
        "kQn31",
        "vi",
        "kholanh_tdmb",
        "Kho lanh tru tom vach cu bi tham nuoc, can lam lai",
        "Kho tru dong tom cua vua o Chau Thanh (Tra Vinh) co vach, tran, cua bang vat lieu cach nhiet cu, nay bi tham nuoc, do hoi, may "
        "nen chay hoai khong du lanh. Can don vi khao sat, thay panel cach nhiet, cua kho va kiem tra cum may nen, dan nong, dan lanh.",
        {"kQo060": 2, "kQo061": 2, "kQo070": 1},
    ),
    (
        "kQn32",
        "vi",
        "evn_seafood",
        "Doanh nghiệp thủy sản nhỏ cần vốn và tư vấn tiết kiệm năng lượng",
        "Năng lượng chiếm khoảng 30% giá thành ở cơ sở chế biến cá của chúng tôi tại TP Trà Vinh. Muốn làm như các doanh nghiệp đi trước: "
        "biến tần cho quạt băng chuyền, máy trộn, bảo dưỡng máy nén lạnh theo nhà sản xuất, màn nhựa ngăn kho lạnh, xây định mức tiêu "
        "hao theo sản lượng, nhưng thiếu vốn và người tư vấn.",
        {"kQo059": 2, "kQo057": 2, "kQo058": 1, "kQo005": 1, "kQo011": 1, "kQo064": 1, "kQo065": 1},
    ),
    (
        "kQn33",
        "vi",
        "megasun_heatpump",
        "Bài toán kinh tế heat pump công nghiệp cho nước nóng vệ sinh",
        "Nhà máy chế biến tôm ở Cầu Ngang dùng nhiều nước nóng để vệ sinh, hiện đun bằng điện trở. Muốn biết bài toán kinh tế khi dùng "
        "bơm nhiệt công nghiệp, hoặc tận dụng nhiệt dàn ngưng của hệ thống lạnh sẵn có, và cần đơn vị thiết kế, lắp đặt.",
        {"kQo070": 2, "kQo046": 1},
    ),
    (
        "kQn34",
        "en",
        "ampdoor",
        "Product temperature climbs in our chilled store during the day",
        "Our fish-ball plant in Vĩnh Long holds product at 3–5°C before packing, but with trolleys going in and out all day it often "
        "warms to about 12°C; at weekends, with doors shut, it stays below 3°C. Warm, moist air enters over the top of the door and "
        "ices the evaporator. We need doorway protection that keeps traffic moving.",
        {"kQo065": 2, "kQo060": 1, "kQo070": 1},
    ),
    # --- power quality, capacitors, sub-metering ---
    (
        "kQn35",
        "vi",
        "xenang",
        "Xưởng xay xát bị tính tiền công suất phản kháng",
        "Nhà máy xay xát ở Bình Minh có nhiều động cơ; điện lực báo cos φ thấp và hóa đơn có thêm tiền mua công suất phản kháng. Điện áp "
        "lưới lúc cao lúc thấp theo giờ. Cần khảo sát và lắp tụ bù cos φ tự động theo phụ tải thay đổi trong ngày.",
        {"kQo075": 2, "kQo076": 2, "kQo077": 2, "kQo078": 2},
    ),
    (
        "kQn36",
        "en",
        "heger",
        "Capacitor bank keeps failing since we installed VFDs",
        "After adding VFDs to pumps and fans at our ice plant in Trà Cú, the power-factor capacitor bank has failed twice and power "
        "quality seems worse. We understand capacitors can resonate with harmonics and need a fresh look at the design. We want a "
        "study and a correct power factor correction solution.",
        {"kQo077": 2, "kQo078": 2, "kQo076": 1},
    ),
    (
        "kQn37",
        "vi",
        "webcongnghiep_pq",
        "Dien ap chap chon, may CNC bao loi khi may han chay",
        "Xuong co khi o Vung Liem moi mua may CNC; moi khi may han, may nen khi khoi dong thi den nhay, dien ap tut, may CNC bao loi va "
        "dung. Nghi la van de chat luong dien: sut ap, mat can bang, song hai. Can don vi do kiem va de xuat thiet bi khac phuc.",
        {"kQo080": 2, "kQo079": 1, "kQo076": 1},
    ),
    (
        "kQn38",
        "en",
        "oem_farm",
        "Phase imbalance keeps tripping the supply to our farm workshop",
        "Our shrimp-farm workshop and pump house in Cầu Ngang runs on a three-phase supply; when one phase drifts out of balance the "
        "supply trips and everything stops. We want remote monitoring of each phase, and possibly of key circuits, to decide how to "
        "spread loads - or equipment that rebalances automatically.",
        {"kQo079": 2, "kQo085": 2, "kQo084": 2},
    ),
    (
        "kQn39",
        "vi",
        "hpe_anhminh",
        "Chưa có đồng hồ đo điện, khí nén ở từng khâu sản xuất",
        "Xưởng đúc và gia công cơ khí của chúng tôi ở Long Hồ chạy lò trung tần vào giờ thấp điểm (8 giờ/ngày, 300 ngày/năm), chiếu sáng "
        "20 giờ/ngày, nhưng chưa lắp đồng hồ đo điện tại các hộ tiêu thụ chính, chưa có đồng hồ khí nén nên không biết suất tiêu hao "
        "từng khâu. Cần hệ thống đo đếm, giám sát năng lượng.",
        {"kQo086": 2, "kQo087": 2, "kQo081": 2, "kQo083": 2, "kQo089": 1, "kQo090": 1, "kQo082": 1, "kQo084": 1},
    ),
    (
        "kQn40",
        "en",
        "plantengr_sub",
        "Energy by line and machine, tied into our ERP",
        "Our coconut processing company in Tiểu Cần only sees the utility's master meter. We want electronic submeters with "
        "split-core sensors (no shutdown) on lines and major machines for usage analysis, peak-demand identification and "
        "time-of-use tracking, with threshold alarms, and the data flowing into our ERP for cost allocation.",
        {"kQo082": 2, "kQo081": 2, "kQo088": 2, "kQo083": 2},
    ),
    (
        "kQn41",
        "en",
        "assignmentpoint",
        "Cheap phone-readable submetering for a small cooperative",
        "Our coconut-handicraft cooperative in Càng Long shares one meter between several small workshops and machine groups. We "
        "want low-cost submeters so each group's consumption can be read on a phone and the bill shared fairly.",
        {"kQo084": 2, "kQo085": 1, "kQo087": 1, "kQo091": 1},
    ),
    # --- PLC, SCADA, IoT retrofits ---
    (
        "kQn42",
        "vi",
        "baotravinh_cauke",
        "Dây chuyền chế biến dừa sáp chạy tủ relay cũ, muốn chuyển sang PLC",
        "Doanh nghiệp chế biến dừa sáp ở Cầu Kè làm sản phẩm xuất khẩu, đang mở rộng và thay thiết bị nhờ nguồn khuyến công. Dây chuyền "
        "chiết rót, thanh trùng vẫn điều khiển bằng tủ relay cũ, khó sửa. Cần đơn vị thiết kế lại điều khiển bằng PLC, màn hình HMI và "
        "giám sát tập trung.",
        {"kQo095": 2, "kQo094": 1, "kQo096": 1, "kQo102": 1},
    ),
    (
        "kQn43",
        "en",
        "ijareat_sugar",
        "Old sugar factory still sets process parameters by hand",
        "Our sugar factory in Trà Cú is over 20 years old and most clarification and evaporation parameters are still set "
        "manually, which hurts quality. We want supervisory control in three layers - supervision, PLC process control and field "
        "instruments driving solenoid valves and pumps - within a tight budget.",
        {"kQo100": 2, "kQo095": 2, "kQo094": 1},
    ),
    (
        "kQn44",
        "vi",
        "tuoitre_ricecluster",
        "Cụm xay xát – sấy lúa muốn giám sát gầu tải, băng tải",
        "Cụm chế biến lúa gạo ở Tam Bình có kho chứa, nhà máy xay xát công suất 200.000 tấn lúa/năm và hệ thống sấy 1.000 tấn lúa/ngày; "
        "gầu tải, băng tải, máy xát chạy liên tục, sự cố một máy kéo theo cả dây chuyền. Cần cảm biến, giám sát tập trung và cảnh báo sự cố.",
        {"kQo103": 2, "kQo101": 2, "kQo097": 1, "kQo095": 1, "kQo157": 1},
    ),
    (
        "kQn45",
        "en",
        "baotravinh_utmung",
        "IoT counters and downtime tracking on old coir-carpet looms",
        "Our coir-carpet company in Đức Mỹ, Càng Long weaves export carpets from coir yarn on looms more than 15 years old with no "
        "data outputs. We want clip-on sensors and a gateway to count output and log stoppages per loom without replacing the "
        "machines.",
        {"kQo098": 2, "kQo099": 2, "kQo097": 2, "kQo094": 1},
    ),
    (
        "kQn46",
        "vi",
        "lauzier",
        "Muốn biết máy nào đang dừng ngay trên điện thoại",
        "Xưởng gia công cơ khí ở TP Trà Vinh có máy tiện, máy phay đời cũ không có cổng kết nối. Muốn gắn thêm kẹp dòng, cảm biến rung "
        "hoặc module không dây để biết máy chạy hay dừng, dừng bao lâu, báo về điện thoại mà không phải can thiệp vào máy.",
        {"kQo097": 2, "kQo098": 2, "kQo099": 2, "kQo102": 1},
    ),
    (
        "kQn47",
        "en",
        "base_scada",
        "SCADA with a recipe database for our feed mill",
        "Our animal-feed mill in Bình Tân doses and mixes ingredients semi-manually. We want supervisory control and data "
        "acquisition so operators run recipes from a PC, every batch and weight is logged, and managers see production in real "
        "time to decide faster.",
        {"kQo096": 2, "kQo095": 2, "kQo094": 1},
    ),
    (
        "kQn48",
        "en",
        "gist_modbus",
        "Modbus data from existing meters and PLCs onto a cheap dashboard",
        "At our ice plant in Duyên Hải the power meters and a small PLC speak Modbus RTU and TCP (holding and input registers, "
        "coils). We want a low-cost dashboard and data logger, ideally Node-RED on a Raspberry Pi, showing live values and history.",
        {"kQo102": 2, "kQo090": 2, "kQo084": 1},
    ),
    # --- vibration, thermography, maintenance management ---
    (
        "kQn49",
        "vi",
        "giaotrinh_rung",
        "Quạt hút, hộp số hỏng đột xuất, muốn theo dõi rung động",
        "Nhà máy chế biến thủy sản ở Trà Vinh có nhiều quạt hút, động cơ, hộp số băng chuyền, hư hỏng thường xảy ra bất ngờ. Chúng tôi "
        "hiểu theo dõi rung động giúp phát hiện sớm mất cân bằng, lệch trục, lỏng, hỏng ổ bi và tiết kiệm chi phí. Cần đơn vị triển khai "
        "đo và theo dõi rung động định kỳ.",
        {"kQo111": 2, "kQo119": 2, "kQo120": 2, "kQo112": 1, "kQo113": 1},
    ),
    (
        "kQn50",
        "en",
        "nash",
        "Regular vibration checks on rice-mill huskers and fans, plus staff training",
        "Our rice mill in Bình Minh reacts only when huskers, polishers or fans fail, and by then repairs are extensive. Like the "
        "utility that moved from occasional checks to monthly monitoring, we want a route-based vibration programme and training "
        "so our technicians can trend the data themselves.",
        {"kQo112": 2, "kQo119": 2, "kQo120": 1},
    ),
    (
        "kQn51",
        "vi",
        "tcn491",
        "Quat lo say rung manh, can can bang dong tai cho",
        "Quat ly tam cua lo say lua o Tra On rung manh, oc bat long. Biet co tieu chuan danh gia rung dong may bom, quat do tren bo phan "
        "khong quay tai hien truong (10TCN 491-2001). Can nguoi mang may den do rung va can bang dong tai cho, khong thao quat.",
        {"kQo114": 2, "kQo111": 1, "kQo112": 1},
    ),
    (
        "kQn52",
        "en",
        "mfgjournal",
        "Pump bearings keep failing - we suspect misalignment",
        "At our ice plant in Vĩnh Long, pump bearings wear out fast, seals leak and couplings run hot; failures seem to 'give no "
        "warning' and the line stops at night. We suspect shaft misalignment and want precise alignment of the pump-motor sets and "
        "a check of the root causes.",
        {"kQo115": 2, "kQo114": 1, "kQo119": 1},
    ),
    (
        "kQn53",
        "vi",
        "electricalgas",
        "Tủ điện tổng nóng bất thường, muốn scan nhiệt định kỳ",
        "Nhà máy ở KCN Hòa Phú thấy tủ điện tổng và một số CB nóng; lo các đầu cốt siết không chặt gây hồ quang, điện trở tăng, quá nhiệt "
        "50–100°C mà aptomat thường không phát hiện được. Cần dịch vụ chụp ảnh nhiệt khi có tải định kỳ và xử lý điểm nóng.",
        {"kQo116": 2, "kQo121": 2, "kQo117": 1, "kQo118": 1, "kQo122": 1},
    ),
    (
        "kQn54",
        "en",
        "visualfoodie_cmms",
        "Replace our paper maintenance log with a CMMS",
        "At our ice and cold-storage plant in Trà Vinh, a walk-in freezer breakdown exposed how chaotic our spreadsheet maintenance "
        "is: missed orders, spoiled stock. We need a CMMS with work orders, preventive maintenance scheduling, asset records and "
        "spare parts that our small team can run from phones.",
        {"kQo123": 2, "kQo124": 2, "kQo119": 1},
    ),
    (
        "kQn55",
        "vi",
        "tic_edu",
        "Lập kế hoạch kiểm tra, bảo dưỡng định kỳ hệ thống điện nhà xưởng",
        "Nhà máy nước đá ở TP Trà Vinh muốn có lịch kiểm tra, bảo dưỡng mạng điện: tủ điện hạ thế, dây dẫn, aptomat, tiếp địa theo quy "
        "định, để tránh điện giật, chập cháy và hao phí do mối nối lỏng, dây bị oxy hóa. Cần đơn vị lập quy trình và thực hiện bảo trì.",
        {"kQo118": 2, "kQo117": 2, "kQo121": 1, "kQo116": 1},
    ),
    (
        "kQn56",
        "en",
        "commercialthermal",
        "A thermal camera and training to find hot joints ourselves",
        "We want our own electricians at a coconut plant in Châu Thành (Trà Vinh) to find hot joints - loose or deteriorating "
        "connections that heat up - before they become fire hazards, scanning circuits under load. We need advice on a camera and "
        "training on inspection protocol and reporting.",
        {"kQo122": 2, "kQo121": 1, "kQo116": 1},
    ),
    # --- CNC, welding, farm-machine fabrication ---
    (
        "kQn57",
        "vi",
        "vinhhoa",
        "Xưởng máy gặt xếp dãy còn làm thủ công, cần nâng năng lực để xuất khẩu",
        "Xưởng chúng tôi ở Càng Long làm máy gặt lúa xếp dãy, mỗi năm khoảng 100 chiếc, 40% bán sang Campuchia; khách Indonesia đặt hàng "
        "nhưng xưởng còn gia công thủ công nên chỉ dám nhận 10 chiếc. Cần máy cắt CNC, đồ gá và hàn bán tự động để sản xuất ổn định, "
        "đúng hạn.",
        {"kQo133": 2, "kQo130": 2, "kQo135": 1, "kQo131": 1, "kQo128": 1, "kQo132": 1},
    ),
    (
        "kQn58",
        "en",
        "angiang_workshop",
        "Accurately cut and machined parts for crawler rice-pulling machines",
        "Our family workshop in Châu Thành (Trà Vinh) repairs combines and builds crawler-track rice-pulling machines that farmers "
        "order by phone at harvest, because they don't sink in soft fields. Chains, sprockets and track plates are cut by hand torch "
        "and fit poorly. We need CNC cutting or machining for these parts.",
        {"kQo133": 2, "kQo134": 2, "kQo128": 2, "kQo135": 1},
    ),
    (
        "kQn59",
        "vi",
        "welding_program",
        "Thợ hàn chưa có chứng chỉ, khách yêu cầu mối hàn đạt chuẩn",
        "Xưởng chế tạo khung máy nông nghiệp ở Tam Bình có thợ hàn tự học nghề; khách đặt khung máy sấy, băng tải yêu cầu thợ có chứng "
        "chỉ và quy trình hàn. Cần khóa đào tạo từ an toàn, đọc bản vẽ, ký hiệu hàn đến thực hành trong buồng hàn và thi chứng chỉ.",
        {"kQo136": 2, "kQo137": 2, "kQo155": 1},
    ),
    (
        "kQn60",
        "en",
        "pond_tiller",
        "Small-batch CNC parts and training for a light pond tiller",
        "A farmer-mechanic in Duyên Hải spent a year turning a turf-mowing machine into a tiller of about 100 kg - five times lighter "
        "than a conventional one - that floats through shrimp ponds and ditches. Orders are growing. He needs blades and drive parts "
        "CNC-machined in small batches, and training to program simple CNC work himself.",
        {"kQo128": 2, "kQo129": 2, "kQo133": 1},
    ),
    (
        "kQn61",
        "vi",
        "rmrob_future",
        "Xưởng muốn đầu tư máy hàn tự động để hàn khung máy xới",
        "Xưởng cơ khí ở Cầu Kè hàn khung máy xới, máy cày tay hoàn toàn thủ công, mối hàn không đều, thợ hít nhiều khói hàn. Nghe nói "
        "robot hàn giúp giảm khoảng 37% tiếp xúc với khói hàn và tự điều chỉnh nhiệt, vị trí mỏ hàn. Cần tư vấn máy hàn tự động hoặc "
        "robot hàn hợp quy mô nhỏ.",
        {"kQo130": 2, "kQo131": 2},
    ),
    (
        "kQn62",
        "en",
        "daloi",
        "Technology assessment before a small fabricator invests",
        "Like the Đại Lợi workshop that grew from a provincial mechanical shop into building windrowers, pile drivers and mixers, "
        "our fabrication shop in Long Hồ makes farm and construction machines to order and wants to invest. Before buying equipment "
        "we need an objective assessment of our technology level - machines, people, information, organisation - and a roadmap.",
        {"kQo106": 2, "kQo132": 1, "kQo104": 1, "kQo105": 1},
    ),
    (
        "kQn63",
        "vi",
        "cutting_torch",
        "Muốn mua máy cắt plasma CNC, chưa biết chọn công suất",
        "Xưởng ở Vũng Liêm đang cắt tôn tấm bằng mỏ cắt, chậm, mép cắt xấu. Muốn đầu tư bàn cắt plasma CNC cắt theo bản vẽ lưu trong máy "
        "tính, chỉnh áp suất theo độ dày tấm. Cần tư vấn chọn dòng điện nguồn, chu kỳ tải và nhà cung cấp.",
        {"kQo134": 2, "kQo135": 2, "kQo133": 2},
    ),
    # --- occupational safety sensors ---
    (
        "kQn64",
        "en",
        "iiar_sensors",
        "Fixed ammonia detection and emergency ventilation for our machinery room",
        "Our freezer plant in Long Đức runs on ammonia. After a small leak we want a detector in each refrigerated room and in the "
        "machinery room, wired to start emergency exhaust fans and to shut down machinery and close automatic valves at very high "
        "concentration (the 40,000 ppm level), with correct sensor placement and upkeep.",
        {"kQo143": 2, "kQo144": 2, "kQo145": 2, "kQo146": 1},
    ),
    (
        "kQn65",
        "vi",
        "ammonia_pl",
        "Nhà máy nước đá dùng NH3 cần hệ thống báo rò rỉ tự động",
        "Nhà máy nước đá ở Duyên Hải dùng máy lạnh amoniac. Rò rỉ NH3 không kiểm soát nguy hiểm cho người và có thể gây cháy nổ. Cần hệ "
        "thống đo liên tục nồng độ NH3 trong không khí, tự bật thông gió sự cố trước khi đạt ngưỡng nguy hiểm và giới hạn nổ dưới.",
        {"kQo143": 2, "kQo144": 2, "kQo145": 2, "kQo146": 1, "kQo147": 1},
    ),
    (
        "kQn66",
        "vi",
        "vcci_travinh",
        "Xưởng giày hàng nghìn công nhân nóng bức",
        "Nhà máy giày ở Tiểu Cần sử dụng khoảng 3.000 công nhân; nhà xưởng rộng, mùa nắng rất nóng, công nhân mệt, năng suất giảm. Cần "
        "đo, đánh giá vi khí hậu, cảnh báo nguy cơ sốc nhiệt và giải pháp chống nóng, thông gió phù hợp.",
        {"kQo150": 2, "kQo149": 2, "kQo148": 1},
    ),
    (
        "kQn67",
        "en",
        "metaltech",
        "Presence-sensing guards for the press brake in our farm-machine shop",
        "An operator at our farm-machine workshop in Trà Ôn crushed his fingers on the press brake. OSHA logged 47 press brake "
        "injuries in 2017, one fatal; the danger comes from the point of operation, pinch points, the back gauge and the foot pedal. "
        "We need presence-sensing guards and a safety review.",
        {"kQo151": 2, "kQo152": 2, "kQo153": 2},
    ),
    (
        "kQn68",
        "vi",
        "worksafe_lev",
        "Thợ hàn trong xưởng kín hít nhiều khói hàn",
        "Xưởng hàn khung inox ở Vũng Liêm kín gió, thợ hàn MIG, TIG bị ho, tức ngực; khói hàn inox chứa crôm, niken có thể gây hen nghề "
        "nghiệp. Cần hệ thống hút khói cục bộ tại điểm hàn và hướng dẫn bảo trì, kiểm tra định kỳ.",
        {"kQo154": 2, "kQo159": 1, "kQo155": 1},
    ),
    (
        "kQn69",
        "en",
        "rice_dust",
        "Dust explosion risk at our rice mill",
        "Fine rice dust settles everywhere at our mill in Trà Ôn, and we read it can explode at 30–1,000 g/m³ with a spark of about "
        "1 mJ or surfaces above 300°C. We want sensors on bearings and elevators, better dust control and a hazard analysis.",
        {"kQo157": 2, "kQo158": 2, "kQo103": 2},
    ),
    (
        "kQn70",
        "vi",
        "drum_explosion",
        "Xưởng hàn suýt cháy nổ khi hàn thùng phuy cũ",
        "Thợ ở xưởng chúng tôi tại Càng Long hàn khung sắt vào thùng phuy từng đựng dầu chưa vệ sinh sạch, tia lửa làm thùng phát nổ, "
        "một người bị bỏng nặng. Cần huấn luyện an toàn hàn cắt nóng và thiết bị đo khí để kiểm tra trước khi hàn.",
        {"kQo155": 2, "kQo147": 2, "kQo156": 1},
    ),
    (
        "kQn71",
        "vi",
        "nld_electrocution",
        "Cần đánh giá và phòng nguy cơ điện giật ở xưởng hàn",
        "Thống kê cho thấy khoảng 40% vụ tai nạn lao động chết người là do điện giật. Xưởng hàn, cắt kim loại của chúng tôi ở Tiểu Cần "
        "dùng nhiều máy hàn, dây nối tạm, nền ẩm. Cần đánh giá nguy cơ điện và huấn luyện an toàn cho thợ.",
        {"kQo156": 2, "kQo155": 2, "kQo117": 1},
    ),
    (
        "kQn72",
        "en",
        "heatwave_pmc",
        "Heat strain among kiln and boiler-house workers",
        "Workers at our brick yard in Mang Thít tend husk-fired kilns in great heat. A simulated heat-wave study found that hot work "
        "(35.4°C) raised mistakes, unplanned breaks and physiological strain, especially on the first day. We want heat monitoring "
        "and work-rest measures.",
        {"kQo149": 2, "kQo150": 2, "kQo148": 1},
    ),
    # --- technology exchange and monitoring ---
    (
        "kQn73",
        "en",
        "nongnghiep_tvu",
        "University partner to help automate a coconut-product line",
        "Our start-up in Trà Vinh, making nipa-palm syrup and coconut products, grew out of a university start-up club; we now need "
        "a university lab to help automate cooking and filling, test prototypes and transfer the technology to us.",
        {"kQo105": 2, "kQo104": 2, "kQo106": 1},
    ),
    (
        "kQn74",
        "vi",
        "thvl_mangthit",
        "Cơ sở gạch gốm Mang Thít muốn chuyển sang công nghệ nung mới",
        "Nghề gạch gốm Mang Thít tồn tại cả trăm năm và nhiều cơ sở đã chuyển sang công nghệ nung mới hiệu quả hơn. Lò của chúng tôi vẫn "
        "là lò truyền thống đốt trấu; cần tư vấn chuyển đổi sang lò nung sạch, nhanh hơn mà vẫn dùng trấu tại chỗ.",
        {"kQo033": 2, "kQo034": 1, "kQo038": 1},
    ),
    (
        "kQn75",
        "en",
        "itaspd",
        "Real-time energy dashboards across our submeters",
        "Energy is a significant share of production cost at our seafood plant in Trà Vinh, yet we cannot say what each line or "
        "product unit uses. We want CT-based meters on key circuits (Modbus or MQTT), real-time dashboards and automated reports to "
        "find peaks and idle loads, and to support a future ISO 50001 system.",
        {"kQo081": 2, "kQo083": 2, "kQo086": 2, "kQo087": 2, "kQo084": 1, "kQo008": 1},
    ),
]
