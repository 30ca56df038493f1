"""Needs of holdout108: (id, language, source key, title, description, {offer id: grade}).

Most needs paraphrase a page about another place (another province or country) and are set in Trà Vinh /
Vĩnh Long; see the docstring of make_holdout108.py.
"""

NEEDS = [
    (
        "mFn01",
        "vi",
        "dxbo_tv",
        "Nâng cấp tàu gỗ nhỏ lên tàu vỏ composite để đánh bắt xa bờ",
        "Hợp tác xã khai thác hải sản ở Long Toàn (Duyên Hải) có nhiều ghe gỗ công suất nhỏ, chỉ quanh quẩn ven bờ; cả tỉnh hơn 1.350 tàu "
        "với tổng 81.347CV mà chỉ khoảng 180 chiếc từ 90CV trở lên. Chúng tôi cần đơn vị đóng mới tàu vỏ composite khoảng 15–20 m, đủ sức "
        "ra khơi, bền, ít phải sửa chữa hằng năm, để tham gia chương trình hỗ trợ đóng tàu xa bờ.",
        {"mFo001": 2, "mFo002": 2, "mFo003": 1, "mFo008": 1, "mFo005": 1, "mFo004": 1},
    ),
    (
        "mFn02",
        "en",
        "microskiff",
        "Training local technicians to repair cracked fibreglass boat hulls",
        "Our cooperative in Cầu Ngang runs small fibreglass boats. One hull has a foot-long crack near the stern that was patched badly before "
        "and now lets water into the hull; we are unsure whether to use polyester or epoxy, what cloth weight and bevel to use, and how to dry "
        "the foam core first. We want our own mechanics trained to laminate and repair FRP properly.",
        {"mFo008": 2, "mFo007": 2, "mFo005": 1, "mFo004": 1, "mFo001": 1, "mFo009": 1},
    ),
    (
        "mFn03",
        "vi",
        "tau67",
        "Xử lý vỏ tàu thép bị gỉ sét nhanh sau khi sơn",
        "Tổ hợp tác có tàu vỏ thép đóng theo Nghị định 67 tại Định An (Trà Cú). Sau mỗi chuyến biển hơn 20 ngày, thuyền viên phải cạo sơn, "
        "trám lại các mảng gỉ nhưng chỉ khoảng một tuần là gỉ lại sùi lên và loang rộng; tàu đã lên đà sơn lại sau 3 năm hoạt động. Cần tư "
        "vấn nguyên nhân ăn mòn và giải pháp chống ăn mòn lâu dài cho vỏ thép (anode, sơn, sửa chữa tôn).",
        {"mFo010": 2, "mFo011": 2, "mFo012": 2, "mFo013": 1},
    ),
    (
        "mFn04",
        "en",
        "woodenboat",
        "Glass sheathing for ageing wooden gillnet boats",
        "A family gillnet business in Long Vĩnh (Duyên Hải) owns old carvel-planked wooden boats; planking and caulking are still sound, but "
        "shipworm and leaks force costly haul-outs below the waterline. We are considering covering the hulls with fibreglass and epoxy or "
        "polyester, but worry about water getting under the sheathing and the glass cracking as the hull works. We need a proven sheathing "
        "service or supplier.",
        {"mFo009": 2, "mFo004": 2, "mFo005": 2, "mFo006": 1, "mFo001": 1},
    ),
    (
        "mFn05",
        "vi",
        "hoiha",
        "Giảm chi phí dầu cho đôi tàu cào 380CV",
        "Gia đình chúng tôi ở thị trấn Định An (Trà Cú) có ba đôi tàu đánh bắt xa bờ, mỗi tàu 380CV, bám ngư trường Bà Rịa – Vũng Tàu, "
        "Bạc Liêu, Cà Mau. Giá dầu tăng khiến chi phí mỗi chuyến biển tăng hơn 50%. Cần chuyên gia kiểm tra chân vịt, máy, cách chạy tàu và "
        "hướng dẫn các biện pháp tiết kiệm nhiên liệu.",
        {"mFo021": 2, "mFo022": 2, "mFo018": 1, "mFo002": 1},
    ),
    (
        "mFn06",
        "en",
        "thomay_bp",
        "Pre-trip engine inspection and repair contract for offshore boats",
        "Our fishing company in Định An fits each boat with an 800 hp main engine and three large generators; every trip costs hundreds of "
        "millions of dong in fuel, ice and food. If a fuel pump clogs at sea we lose the whole trip and endanger the crew. We want a marine "
        "engine workshop to inspect and service engines before each trip and repair them quickly between trips.",
        {"mFo018": 2, "mFo019": 2, "mFo020": 2, "mFo023": 1, "mFo022": 1},
    ),
    (
        "mFn07",
        "vi",
        "thomay_py",
        "Can tho may huong dan sua may tau khi dang o giua bien",
        "Toi la chu tau o Dinh An, Tra Cu. Tho sua may quanh day phan lon la tay ngang, hoc nghe tu thuc te, nhin may hu moi doan duoc benh. "
        "Tau chay xa bo ma may truc trac thi khong co ai giup. Can co so sua may tau ca co tho gioi, goi dien hoac bo dam la huong dan duoc "
        "cach xu ly ngay tren bien, ve bo thi bao duong lai.",
        {"mFo019": 2, "mFo018": 1, "mFo020": 1, "mFo047": 1},
    ),
    (
        "mFn08",
        "vi",
        "led_th",
        "Thay bóng cao áp bằng đèn LED cho tàu chụp mực, vây ánh sáng",
        "Chủ tàu 380CV ở Long Vĩnh (Duyên Hải) làm nghề chụp mực kết hợp ánh sáng. Một tàu tương tự lắp 110 bóng LED siêu sáng hai bên mạn và "
        "đuôi (tổng 110.000 W, hơn 250 triệu đồng) mà mỗi chuyến 10 ngày tăng 1–2 tấn, đạt 8–10 tấn, lại tiết kiệm 40–50% dầu so với đèn "
        "sợi đốt, huỳnh quang. Cần nhà cung cấp đèn LED khai thác thủy sản và hướng dẫn bố trí đèn.",
        {"mFo025": 2, "mFo026": 2, "mFo027": 2, "mFo028": 2, "mFo029": 1, "mFo030": 1},
    ),
    (
        "mFn09",
        "en",
        "led_jp_sd",
        "Phased switch of a squid-jigging cooperative from metal-halide lamps to LEDs",
        "Our squid-jigging cooperative in Long Vĩnh faces falling catches and rising fuel bills. Replacing all metal-halide lamps with LEDs "
        "across the fleet would cost a large sum up front; we need a supplier and an investment plan — either replacing everything once "
        "funds are saved or step by step from cash flow — showing how quickly fuel savings repay the cost.",
        {"mFo029": 2, "mFo030": 2, "mFo025": 2, "mFo026": 2, "mFo028": 1, "mFo027": 1},
    ),
    (
        "mFn10",
        "vi",
        "baocao_nlm",
        "Lắp hệ điện mặt trời độc lập có ắc quy trên tàu cá",
        "Chủ tàu ở Mỹ Long (Cầu Ngang) muốn lắp hệ điện mặt trời độc lập (không nối lưới) có lưu trữ ắc quy trên tàu để chạy đèn sinh hoạt, "
        "máy liên lạc, định vị khi tàu neo hoặc thả trôi, đỡ phải nổ máy phát. Cần đơn vị khảo sát, tính công suất tấm pin, bộ điều khiển "
        "sạc và dung lượng ắc quy phù hợp tàu cá, rồi lắp đặt.",
        {"mFo033": 2, "mFo034": 2, "mFo035": 1, "mFo039": 1, "mFo037": 1},
    ),
    (
        "mFn11",
        "en",
        "convert_ob",
        "Converting crab-trap boats from petrol outboards to electric",
        "A group of crab-trap fishers in Hòa Minh (Châu Thành) work small boats with old petrol outboards that are noisy, smoky and need "
        "constant servicing, with fuel spilling into the water. We want to convert to electric outboards with batteries and, if possible, "
        "solar charging, and need advice on motor size, range and who can install and maintain them.",
        {"mFo035": 2, "mFo036": 2, "mFo037": 1, "mFo033": 1},
    ),
    (
        "mFn12",
        "vi",
        "vms_fee",
        "Thiết bị VMS giá hợp lý, phí thuê bao thấp cho tàu 15 m trở lên",
        "Tổ hợp tác tàu cá ở Long Toàn (Duyên Hải) có nhiều tàu dài từ 15 m phải lắp thiết bị giám sát hành trình mới được cấp phép ra khơi. "
        "Mỗi máy hơn 20 triệu đồng, thêm phí thuê bao hơn 300.000 đồng/tháng đóng 6 tháng một lần, trong khi tàu chỉ đi biển 6–8 tháng/năm. "
        "Cần thiết bị VMS đạt chuẩn, tín hiệu ổn định, chi phí vận hành thấp và có hỗ trợ kỹ thuật.",
        {"mFo041": 2, "mFo042": 2, "mFo043": 2, "mFo044": 1, "mFo045": 1},
    ),
    (
        "mFn13",
        "en",
        "vms_wiki",
        "Cheap position tracking for small inshore boats so families and rescuers can find them",
        "Our inshore cooperative at Trường Long Hòa (Duyên Hải town) has many boats under 15 m that are not required to carry VMS. When a boat "
        "breaks down or capsizes, no one knows where it is. We want an affordable tracking unit that reports position, course and speed to a "
        "shore screen and, ideally, lets the crew send an alarm.",
        {"mFo044": 2, "mFo045": 2, "mFo042": 2, "mFo043": 2, "mFo046": 1, "mFo056": 1},
    ),
    (
        "mFn14",
        "vi",
        "hf_qnam",
        "Trang bị máy HF tầm xa có GPS cho tàu 90CV",
        "Tôi là chủ tàu cá 90CV, dài 15 m, làm lưới vây ở tuyến lộng và xa bờ, xuất bến từ Định An. Trên tàu mới có bộ đàm tầm ngắn để gọi tàu "
        "bạn, chưa có máy HF tầm xa gắn GPS nên không nghe được bản tin thời tiết, không liên lạc được trạm bờ, gặp bão chỉ biết chạy tránh. "
        "Cần mua, lắp máy HF tầm xa phù hợp và được hướng dẫn sử dụng.",
        {"mFo046": 2, "mFo047": 1, "mFo048": 1, "mFo042": 1},
    ),
    (
        "mFn15",
        "en",
        "hf_qng",
        "Training crews to use radios properly and register frequencies",
        "Our enterprise runs purse seiners out of Định An. Crews use radios bought at shops, learning the channels from the seller; none of the "
        "sets are licensed under the radio frequency law, and skippers avoid the assigned channels because they fear rivals will learn the "
        "fishing grounds. We want training on proper use of radio equipment, the weather and distress channels, and help to register.",
        {"mFo047": 2, "mFo048": 1, "mFo046": 1},
    ),
    (
        "mFn16",
        "vi",
        "sonar_dn",
        "Can may do ngang sonar cho tau luoi vay, co nguoi huong dan",
        "Tau luoi vay 500CV cua toi o Dinh An lau nay tim ca theo kinh nghiem, co chuyen trung, co chuyen lo nang, chay lung tung ton dau. "
        "Nghe noi may do ngang phat hien dan ca trong pham vi 800-1.000 m quanh tau, thay ca day thi buong luoi. Can mua may do ngang "
        "phu hop va duoc huong dan doc tin hieu tren man hinh.",
        {"mFo049": 2, "mFo050": 2, "mFo051": 1, "mFo052": 1},
    ),
    (
        "mFn17",
        "en",
        "ff_wiki",
        "Upgrading old echo sounders to see small schooling fish",
        "Lift-net and anchovy boats in Hiệp Thạnh (Duyên Hải town) use old single-frequency echo sounders that show the bottom well but barely "
        "show small schooling fish. We need our sounders upgraded or replaced so that small fish appear clearly on the display, and skippers "
        "trained to read the echoes.",
        {"mFo051": 2, "mFo052": 1, "mFo049": 1},
    ),
    (
        "mFn18",
        "en",
        "tv_collision",
        "AIS transponders with collision alarms after a boat was sunk by a tug",
        "One of our boats, with 13 crew, was fishing 29 nautical miles off the coast when a foreign tug hit and sank it; the crew were rescued "
        "by other Trà Vinh and Bến Tre boats, but the loss was about 10 billion dong. Our company in Định An wants AIS transponders with "
        "closest-approach alarms on our boats so that ships see us and we see them in time.",
        {"mFo055": 2, "mFo056": 2, "mFo057": 2, "mFo058": 1, "mFo059": 1},
    ),
    (
        "mFn19",
        "vi",
        "hf_tcts",
        "Màn hình theo dõi tàu thuyền tại văn phòng cảng cá",
        "Doanh nghiệp dịch vụ tại cảng cá Láng Chim muốn đặt màn hình ở văn phòng hiển thị vị trí, hướng đi của tàu cá ra vào và tàu hàng trên "
        "luồng (từ tín hiệu AIS) để điều phối bến, báo tàu biết thời tiết xấu và hỗ trợ khi có sự cố. Tàu cá thường giấu tọa độ, ít dùng "
        "thiết bị định vị. Cần giải pháp phần mềm, máy thu và cách lắp đặt.",
        {"mFo059": 2, "mFo060": 2, "mFo061": 1, "mFo062": 1, "mFo058": 1},
    ),
]

NEEDS += [
    (
        "mFn20",
        "en",
        "elog_hi",
        "Catch documentation linked to vessel tracks for EU buyers",
        "Our seafood export company in Trà Cú buys from about 40 offshore boats. EU buyers now demand proof that every lot was caught legally, "
        "with trip reports, positions and catch by species. Paper records are slow and error-prone. We need an electronic catch documentation "
        "and logbook system that links each landing to the boat's trip and position data and produces the certificates quickly.",
        {"mFo136": 2, "mFo135": 2, "mFo138": 1, "mFo062": 1},
    ),
    (
        "mFn21",
        "vi",
        "pu_bd",
        "Làm lại hầm cá cách nhiệt bằng vật liệu PU để bớt tốn đá",
        "Chủ tàu xa bờ ở Định An: mỗi chuyến mang khoảng 350 cây đá lớn cho 17–20 ngày nhưng hầm gỗ ép xốp làm đá tan nhanh, cá kém tươi. "
        "Nghe nói hầm phun PU lót inox giữ lạnh tốt, chỉ cần khoảng 250 cây đá, dùng được tới 95% lượng đá và tuổi thọ hầm dài hơn. Cần đơn "
        "vị thi công cải hoán hầm bảo quản PU cho tàu gỗ.",
        {"mFo067": 2, "mFo068": 2, "mFo069": 2, "mFo070": 2, "mFo078": 1},
    ),
    (
        "mFn22",
        "en",
        "pu_vt",
        "Offshore trawler running out of ice before the end of a 30-day trip",
        "Our 600 hp trawler from Định An carries about 2,000 blocks of crushed ice per trip, but its hold is lined with loose foam sheets, so "
        "by the last days of a 30-day trip the ice is gone and the catch warms up. We need either a properly insulated hold or a way to make "
        "ice or slurry on board, sized for long trips.",
        {"mFo067": 2, "mFo068": 2, "mFo069": 2, "mFo070": 2, "mFo064": 2, "mFo072": 2, "mFo074": 1, "mFo078": 1},
    ),
    (
        "mFn23",
        "vi",
        "dase_bacbo",
        "Dùng đá sệt giữ cá thu, cá chim đạt chất lượng cao",
        "Nhóm tàu câu và lưới rê ở Đông Hải (Duyên Hải) đánh cá thu, cá chim giá cao nhưng vẫn ướp đá cây, đá xay trong hầm gỗ, nhiệt độ tốt "
        "nhất chỉ 0°C, giữ được 10–12 ngày trong khi chuyến biển 20–25 ngày; cấp đông thì tốn kém. Muốn chuyển sang bảo quản bằng đá sệt trên "
        "tàu để tăng doanh thu, cần đơn vị chuyển giao thiết bị và quy trình.",
        {"mFo063": 2, "mFo064": 2, "mFo065": 2, "mFo071": 2, "mFo066": 1, "mFo072": 1},
    ),
    (
        "mFn24",
        "en",
        "fao_landing",
        "Reliable ice supply at the landing wharf",
        "Fish buyers at Láng Chim fishing port lose fish because boats wait to sell, handling is rough and there is no steady supply of ice or "
        "cold chain at the wharf. Our traders' group wants an ice machine of a few tonnes a day installed at the landing so fish can be iced "
        "the moment it comes ashore.",
        {"mFo079": 2, "mFo073": 2, "mFo072": 1, "mFo065": 1},
    ),
    (
        "mFn25",
        "vi",
        "fao436_k",
        "Thùng giữ lạnh cá cho ghe lưới ven bờ",
        "Ghe lưới ven bờ ở Hiệp Mỹ (Cầu Ngang) đi biển từ vài giờ đến hơn một ngày, cá chỉ phủ bao tải ướt hoặc lá nên nhanh ươn, bán rẻ. "
        "Ghe nhỏ không có hầm đá. Chúng tôi cần thùng cách nhiệt bền, vừa ghe, dễ rửa, giữ được đá và hướng dẫn cách ướp cá đúng.",
        {"mFo080": 2, "mFo081": 2, "mFo086": 1, "mFo078": 1},
    ),
    (
        "mFn26",
        "en",
        "hyg_v1",
        "Cutting bacterial contamination in fish holds and on deck",
        "Our trawlers in Định An gut, sort and box fish on deck; inspections found high bacterial counts from hands, trays, buckets and the "
        "hold floor, and some lots had off-odours. We want a way to disinfect wash water and holds on board and keep fish cleaner for longer, "
        "for example with ozone, together with proper hygiene routines.",
        {"mFo082": 2, "mFo083": 2, "mFo084": 2, "mFo103": 1, "mFo066": 1},
    ),
    (
        "mFn27",
        "en",
        "rsw_dutch",
        "Refrigerated seawater units so gillnetters can deliver chilled fish",
        "A processor in Trà Cú now pays more for chilled fish and may soon require it, because making and distributing ice to the boats is "
        "costly. Our older gillnet boats have no chilling; we need RSW units that pump seawater through a chiller into the hold, and help with "
        "the installation, deck work and hold changes, which owners fear are costly and slow.",
        {"mFo074": 2, "mFo075": 2, "mFo076": 2, "mFo077": 1, "mFo064": 1},
    ),
    (
        "mFn28",
        "vi",
        "maldives_ice",
        "Thieu da giua chuyen, can may lam da nuoc bien tren tau",
        "Tau cau ca o Dong Hai (Duyen Hai): ca moi bat len nong khoang 30 do, phai ha nhiet nhanh. Hien tau phai mang san da tu bo, khoang "
        "1 tan da cho 3 tan ca, di lau thi het da. Can may lam da (da vay, da set) tu nuoc bien lap tren tau va cach bom tuan hoan nuoc lanh "
        "trong ham.",
        {"mFo065": 2, "mFo064": 2, "mFo072": 2, "mFo071": 2, "mFo063": 1},
    ),
    (
        "mFn29",
        "vi",
        "saymuc_v24",
        "Sấy mực một nắng bằng năng lượng mặt trời cho cơ sở nhỏ",
        "Cơ sở làm mực khô, mực một nắng của gia đình ở thị trấn Định An phơi trên sân nên phụ thuộc trời, gặp mưa thì mực hư, màu xấu, mỗi "
        "tháng chỉ làm được khoảng 30 kg thành phẩm. Cần máy sấy dùng năng lượng mặt trời, có điện dự phòng ngày mưa, giá vừa túi tiền (khoảng "
        "35–40 triệu đồng) và dễ lắp.",
        {"mFo095": 2, "mFo096": 2, "mFo100": 2, "mFo097": 1, "mFo099": 1},
    ),
    (
        "mFn30",
        "en",
        "binhthang",
        "Solar dryers for a dried-fish village",
        "Bình Thắng (Bình Đại, now part of Vĩnh Long) has 525 fishing boats and a dried-fish village where households sun-dry fish on racks "
        "and the ground. Rain and dust spoil batches and buyers pay less. Our processors' group wants solar or hybrid dryers for croaker and "
        "small fish, sized for household and small commercial output.",
        {"mFo096": 2, "mFo097": 2, "mFo100": 2, "mFo101": 2, "mFo102": 1},
    ),
    (
        "mFn31",
        "vi",
        "mucong_loss",
        "Can gian phoi muc tren tau cau de muc kho khong hu",
        "Tau cau muc o Long Vinh (Duyen Hai) di bien dai ngay, muc ong, muc la bat duoc thuong xe ra phoi tren boong cho do ton da nhung "
        "phoi tam bo nen muc bi bui, am, chat luong giam, ban bi ep gia. Can gian phoi muc lap tren tau, thao lap nhanh, va cach so che muc "
        "ngay tren tau.",
        {"mFo098": 2, "mFo095": 1, "mFo101": 1},
    ),
    (
        "mFn32",
        "en",
        "tsvn_loss",
        "Survey and plan to cut post-harvest losses on offshore boats",
        "Boat owners in Duyên Hải estimate they lose 20–30% of their catch value after harvest: small wooden boats lack sorting space, holds "
        "are built from planks, foam pieces and plastic sheets, holds are poorly cleaned and trips get longer as costs rise. We want experts "
        "to survey our fleet by gear type and propose practical storage and handling improvements.",
        {"mFo105": 2, "mFo103": 1, "mFo066": 1, "mFo064": 1},
    ),
    (
        "mFn33",
        "en",
        "elico",
        "Hygienic drying for women drying anchovy on the beach",
        "Women traders in Long Hòa (Châu Thành) dry small anchovy directly on the sand; the product is gritty, some turn to firewood smoking, "
        "which is smoky and unhygienic. We want simple solar tent dryers of polyethylene on wooden frames, or raised racks, that women's "
        "groups can build and use to reduce spoilage and get better prices.",
        {"mFo101": 2, "mFo100": 2, "mFo102": 2, "mFo097": 2},
    ),
    (
        "mFn34",
        "vi",
        "nghekt_ebook",
        "Thiết bị thoát cá con cho tàu lưới kéo đáy",
        "Hợp tác xã lưới kéo ở Định An (Trà Cú): nghề lưới kéo chiếm khoảng 27% số tàu có máy và 40% sản lượng cá biển cả nước nhưng bắt nhiều "
        "cá con, cá tạp. Chúng tôi cần thiết bị thoát cá con lắp vào đụt lưới kéo đáy đã được thử nghiệm, hướng dẫn lắp đặt và đánh giá mức "
        "hao hụt sản lượng.",
        {"mFo110": 2, "mFo111": 2, "mFo113": 2, "mFo114": 2, "mFo112": 1},
    ),
    (
        "mFn35",
        "en",
        "brd_appro",
        "Sorting shrimp from juvenile fish in the trawl codend",
        "Shrimp trawlers in our cooperative at Trường Long Hòa bring up large amounts of juvenile fish along with shrimp, and buyers and "
        "authorities are pressing us to cut bycatch. We need a bycatch reduction device that lets small fish escape alive while keeping "
        "shrimp, already tested in tropical shrimp trawls, and help to trial it on our boats.",
        {"mFo113": 2, "mFo114": 2, "mFo111": 2, "mFo110": 1, "mFo115": 1},
    ),
    (
        "mFn36",
        "vi",
        "luoire_nt",
        "Chuyển từ lưới kéo sang lưới rê đáy đánh cá đáy giá trị",
        "Ngư dân Hiệp Thạnh (thị xã Duyên Hải) muốn chuyển một số tàu lưới kéo sang lưới rê đáy để đánh cá hồng, mú, gáy, đổng, tôm, mực nang "
        "giá cao như nhiều tàu rê ở tỉnh bạn (438 tàu hoạt động xa bờ). Cần mẫu lưới rê đáy phù hợp, cách trang bị phao chì, máy thu lưới, máy "
        "dò và tập huấn kỹ thuật thả thu lưới.",
        {"mFo116": 2, "mFo117": 2, "mFo118": 1, "mFo126": 1},
    ),
    (
        "mFn37",
        "vi",
        "rapghe",
        "Cần lồng bẫy ghẹ bền, dễ thả cho tổ hợp tác",
        "Tổ hợp tác đánh ghẹ ở Trường Long Hòa (thị xã Duyên Hải) dùng rập ghẹ tự làm dài khoảng 40 cm, ngang 30 cm, sườn sắt bọc lưới, hai "
        "miệng hom, thả sâu 3–5 m, mỗi rập buộc một phao; rập mau hư, thả thu mất nhiều công. Cần loại lồng bẫy ghẹ bền hơn và cách thả dàn "
        "lồng trên một dây dài để năng suất cao.",
        {"mFo119": 2, "mFo120": 1, "mFo124": 1},
    ),
    (
        "mFn38",
        "en",
        "thuluoi_2lua",
        "Hydraulic net hauler for gillnet boats",
        "Gillnet crews in Mỹ Long (Cầu Ngang) still haul nets by hand for hours; hands blister and a man can only keep it up for about 20 "
        "minutes before changing shifts. Belt-driven winches on some boats are dangerous and hard to fit on small hulls. We want a hydraulic "
        "net hauler that the skipper can control from the wheelhouse.",
        {"mFo126": 2, "mFo127": 2, "mFo128": 2, "mFo116": 1},
    ),
]

NEEDS += [
    (
        "mFn39",
        "en",
        "ghostnet",
        "Stopping lost gillnets and crab traps from ghost fishing",
        "Around Ba Động (Trường Long Hòa) our members keep losing gillnets and crab traps in storms. Lost nets keep catching fish, crabs and "
        "even turtles for a long time, and old traps without escape panels become self-baiting. Our cooperative wants gear that stops fishing "
        "once lost, such as biodegradable parts, and a way to collect and dispose of derelict nets.",
        {"mFo120": 2, "mFo121": 2, "mFo122": 2, "mFo123": 1},
    ),
    (
        "mFn40",
        "vi",
        "netrec_psmfc",
        "Thu gom, tái chế lưới cũ tồn đọng tại cảng cá",
        "Tại cảng cá Định An, lưới cũ không sửa được, lưới vớt lên khi dọn bờ biển chất đống quanh bãi, đốt thì ô nhiễm, chôn lấp thì tốn kém; "
        "một số lưới còn tốt chủ cũ có thể dùng lại. Ban quản lý và các chủ tàu cần đơn vị tổ chức điểm thu gom, đóng kiện và bán cho cơ sở "
        "tái chế nhựa, theo thứ tự ưu tiên tái sử dụng rồi mới tái chế.",
        {"mFo122": 2, "mFo123": 2, "mFo143": 1},
    ),
    (
        "mFn41",
        "vi",
        "luoi_nghiabinh",
        "Cần nguồn cung lưới cước, sợi PE số lượng lớn cho tàu rê",
        "Đội tàu lưới rê ở Đông Hải (Duyên Hải) cần mua thường xuyên lưới cước và sợi PE khổ rộng từ 70 cm đến 1,2 m, giá ổn định, giao tận "
        "nơi; hiện phải mua lẻ qua nhiều đầu mối. Tìm cơ sở kéo sợi, dệt lưới có máy dệt động cơ, năng suất khoảng 200 m lưới/máy/ngày trở lên.",
        {"mFo124": 2, "mFo125": 1, "mFo116": 1},
    ),
    (
        "mFn42",
        "en",
        "gear_assign",
        "Lighter, stronger netting to cut trawl drag and fuel",
        "Our pair trawlers in Định An tow heavy polyethylene nets; the drag limits towing speed and burns fuel. Improvements in fibre "
        "technology are said to allow lighter nets of the same strength. We want netting material that reduces weight and water resistance "
        "without losing strength.",
        {"mFo125": 2, "mFo124": 1, "mFo021": 1},
    ),
    (
        "mFn43",
        "vi",
        "daugia_dn2",
        "Thí điểm đấu giá hải sản tại cảng cá Định An",
        "Ngư dân bán cá qua nậu vựa nên giá bị ép, không tự quyết được. Cảng cá Định An đón hàng chục nghìn lượt tàu mỗi năm; doanh nghiệp "
        "quản lý chợ cá muốn tổ chức các phiên đấu giá hải sản ngay tại cảng, cần tư vấn quy trình, hệ thống đấu giá và cách thuyết phục "
        "chủ tàu, khoảng 20 doanh nghiệp thu mua tham gia.",
        {"mFo134": 2, "mFo131": 2, "mFo132": 2, "mFo133": 2},
    ),
    (
        "mFn44",
        "en",
        "eauct_eurofish",
        "Online bidding so distant buyers can compete for our catch",
        "Our fishermen's cooperative at Láng Chim sells to one or two wholesalers who set the price. Buyers in Vĩnh Long, Cần Thơ and Ho Chi "
        "Minh City would pay more if they could bid remotely. We want an internet-based auction where lots are listed with quality and size "
        "and buyers bid from their phones, so fresh catch moves quickly to the highest bidder.",
        {"mFo133": 2, "mFo132": 2, "mFo131": 1, "mFo134": 1},
    ),
    (
        "mFn45",
        "vi",
        "ecdt_honro",
        "Khai báo, truy xuất nguồn gốc thủy sản điện tử cho tàu và doanh nghiệp",
        "Doanh nghiệp thu mua ở cảng cá Láng Chim và các chủ tàu bạn hàng muốn khai báo xuất nhập bến, sản lượng bằng điện thoại thay giấy tờ, "
        "để có giấy xác nhận nguyên liệu nhanh cho lô hàng xuất khẩu; thông tin tàu, thuyền trưởng, thuyền viên phải hiển thị rõ. Cần hệ "
        "thống phần mềm và hỗ trợ ngư dân không dùng điện thoại thông minh.",
        {"mFo136": 2, "mFo135": 2, "mFo138": 1, "mFo062": 1},
    ),
    (
        "mFn46",
        "en",
        "baltic_app",
        "Simple smartphone logbook for a small-boat cooperative",
        "Our cooperative of small gillnet boats (under 12 m) in Đông Hải needs to show buyers and officials where and how we fish. Members "
        "have smartphones but no logbook habit. We want a simple app that records trips, gear set and hauled, positions and catch, works "
        "with short fast trips, and produces data the cooperative can check.",
        {"mFo139": 2, "mFo135": 2, "mFo136": 2, "mFo137": 1},
    ),
    (
        "mFn47",
        "vi",
        "eminfo",
        "Can phan mem nhat ky khai thac dien tu thay so giay",
        "Cong ty co 8 tau xa bo o Tra Cu. Ghi nhat ky khai thac bang giay mat nhieu cong, nhap lai vao may tinh cham, hay sai. Can phan mem "
        "nhat ky khai thac dien tu cho thuyen truong nhap tren tau, gui ve bo, co ban cho van phong cong ty quan ly va nop bao cao cho co "
        "quan thuy san.",
        {"mFo136": 2, "mFo137": 2, "mFo138": 2, "mFo139": 1},
    ),
    (
        "mFn48",
        "vi",
        "pt_port",
        "Xử lý nước rửa cá, rác thải gây ô nhiễm cảng cá",
        "Khu vực cảng cá Láng Chim bị ô nhiễm do nước rửa cá, nước thải các cơ sở sơ chế và rác thải đổ dọc kè, mùi hôi bay vào khu dân cư. "
        "Doanh nghiệp khai thác dịch vụ tại cảng cần đơn vị tư vấn, thiết kế và thi công hệ thống thu gom, xử lý nước thải cảng cá (tham khảo "
        "một cảng lớn đã cải tạo nhà máy xử lý công suất 1.250 m³/ngày đêm).",
        {"mFo140": 2, "mFo141": 2, "mFo142": 1, "mFo144": 1},
    ),
    (
        "mFn49",
        "en",
        "bt_ports",
        "Wastewater treatment and a sorting shed for an expanding fishing port",
        "The fishing port at Bình Đại (now in Vĩnh Long) is to be extended by 3.31 ha with a new pier, a seafood sorting warehouse and a "
        "wastewater treatment facility; the province's ports handle catch from over 3,800 registered boats. Port contractors need a partner "
        "to design and build the wastewater treatment for fish washing and unloading water.",
        {"mFo140": 2, "mFo141": 2, "mFo142": 1, "mFo147": 1},
    ),
    (
        "mFn50",
        "en",
        "fao_harbour",
        "Waste reception and collection at a busy fishing port",
        "At Định An, boats and vendors throw rubbish, fish waste and used oil into the river because the port has almost no reception "
        "facilities. The port services company wants a practical waste-collection scheme: bins, a hazardous-waste store for oil and batteries, "
        "commitments from tenants and a contractor to haul waste away.",
        {"mFo143": 2, "mFo141": 1, "mFo122": 1},
    ),
    (
        "mFn51",
        "en",
        "dinhan_open",
        "A small cold store at the fishing port",
        "Định An fishing port (class II, 359 m of wharf, 25,000 t handled a year) offers ice, fresh water, fuel and a frozen store, but our "
        "seafood trading firm needs its own cold room and freezer room next to the wharf to hold catch at -18 °C or lower before trucking. "
        "We need a contractor to design and build it.",
        {"mFo091": 2, "mFo092": 2, "mFo093": 1, "mFo079": 1},
    ),
    (
        "mFn52",
        "vi",
        "haucan_vnua",
        "Tàu dịch vụ hậu cần, thu mua hải sản trên biển cho đội tàu",
        "Đội tàu xa bờ ở Đông Hải (Duyên Hải) phải chạy về bờ bán cá, lấy dầu đá, tốn nhiên liệu và thời gian; dịch vụ hậu cần nghề cá ở địa "
        "phương còn thiếu và yếu, từ cảng, xưởng sửa tàu đến thu mua, thông tin ngư trường. Cần mô hình tàu dịch vụ cung ứng dầu, đá, thực "
        "phẩm và thu mua sản phẩm ngay trên biển.",
        {"mFo145": 2, "mFo146": 2, "mFo136": 1},
    ),
    (
        "mFn53",
        "en",
        "dinhan_roof",
        "Hygienic landing halls and sorting at a fishing port",
        "The landing halls at Định An fishing port have leaking roofs, so in the rainy season boats unload and traders sort fish on wet "
        "floors; about 100 boats can berth and trade peaks from April to August, with refrigerated trucks from Vĩnh Long, Bến Tre and Cần "
        "Thơ. Our port services company wants a hygienic landing and sorting set-up and training for staff and traders.",
        {"mFo104": 2, "mFo147": 1, "mFo103": 1, "mFo141": 1},
    ),
    (
        "mFn54",
        "vi",
        "aophao_vn",
        "Áo phao vừa vặn cho ngư dân ghe nhỏ làm việc trên boong",
        "Ngư dân ghe nhỏ ở Mỹ Long (Cầu Ngang) thường không mặc áo phao vì vướng víu khi làm việc, hoặc chỉ khoác hờ nên khi rơi xuống nước "
        "áo không lật ngửa được người. Tổ hợp tác cần loại áo phao đúng chuẩn (lực nổi 100–150 N, tự lật ngửa người bất tỉnh), gọn, mặc được "
        "suốt ca làm việc, và hướng dẫn mặc đúng cách.",
        {"mFo148": 2, "mFo149": 2, "mFo150": 2},
    ),
    (
        "mFn55",
        "en",
        "tv_92020",
        "Distress beacons after a boat sank with four crew missing",
        "In December a fishing boat from Đông Hải (Duyên Hải) lost its signal and sank in heavy seas; of 8 crew only 4 were found, some rescued "
        "days later by passing boats. Owners in our commune want each boat to carry a satellite distress beacon and crew to wear personal "
        "locator beacons, correctly registered, so rescuers get a position immediately.",
        {"mFo150": 2, "mFo151": 2, "mFo152": 2, "mFo153": 2, "mFo043": 1},
    ),
    (
        "mFn56",
        "vi",
        "yte_vtv",
        "Tủ thuốc và tư vấn y tế từ xa cho tàu đi biển dài ngày",
        "Tàu xa bờ của chúng tôi ở Định An đi biển từ 20 ngày đến hơn 1 tháng, muốn vào bờ hay tới đảo có trạm y tế mất 1–2 ngày, có khi 5–7 "
        "ngày; mỗi năm cả nước có tới 600 vụ tai nạn tàu cá. Cần được hướng dẫn chuẩn bị tủ thuốc đủ dùng và có kênh bác sĩ tư vấn sơ cứu từ "
        "xa khi thuyền viên ốm, bị thương.",
        {"mFo154": 2, "mFo155": 1, "mFo156": 1},
    ),
    (
        "mFn57",
        "en",
        "yte_nuithanh",
        "First-aid training and a doctor on call for offshore crews",
        "A crewman on a purse seiner fishing 180 nautical miles offshore slipped, fell unconscious and died before the boat reached land, "
        "although a military doctor gave first-aid advice over the radio. Our company with 6 offshore boats in Trà Cú wants crews trained in "
        "first aid, proper medical supplies on board and a reliable link to doctors for remote guidance.",
        {"mFo154": 2, "mFo155": 1, "mFo156": 1},
    ),
]

NEEDS += [
    (
        "mFn58",
        "vi",
        "thoitiet_bt",
        "Can ung dung du bao thoi tiet bien tren dien thoai cho ghe nho",
        "Ghe nho o Hiep Thanh (thi xa Duyen Hai) khong co may HF, chi co dien thoai. Mua gio Tay Nam vung bien Binh Thuan - Ca Mau hay co "
        "gio cap 5-6, giat cap 7-8, song cao 2-3 m, dong loc bat ngo. Can ung dung tren dien thoai xem du bao gio, song, canh bao bao va co "
        "nut goi cuu nan, de hieu voi ngu dan.",
        {"mFo157": 2, "mFo158": 2, "mFo160": 2, "mFo162": 1, "mFo159": 1},
    ),
    (
        "mFn59",
        "en",
        "icsf_forecast",
        "Marine weather warnings that small-boat fishers can actually use",
        "Small-boat fishers in the coastal hamlets of Cầu Ngang and Duyên Hải face high waves, gusts, strong currents, thunderstorms and poor "
        "visibility in the southwest monsoon, yet have no easy access to regular marine forecasts. Our fishing association wants forecasts "
        "and warnings delivered by phone messages, radio and loudspeakers, in plain language, ideally designed together with fishers.",
        {"mFo159": 2, "mFo160": 2, "mFo161": 2, "mFo162": 1},
    ),
    (
        "mFn60",
        "vi",
        "dongday",
        "Thiết bị an toàn cho ngư dân đóng đáy sống trên chòi giữa biển",
        "Ngư dân vùng Duyên Hải làm nghề đóng đáy, dàn đáy cách bờ 2–10 km, ăn ngủ trên chòi lá dựng trên cột đáy giữa biển, gặp gió lớn rất "
        "nguy hiểm. Tổ hợp tác cần trang bị phao cứu sinh, áo phao, bè cho người trên chòi và phương tiện liên lạc, báo nạn phù hợp.",
        {"mFo149": 2, "mFo150": 2, "mFo148": 1, "mFo046": 1, "mFo157": 1},
    ),
    (
        "mFn61",
        "en",
        "tv_rescue3",
        "Lifejackets and distress signals for boats ferrying seawater to shrimp ponds",
        "A small boat from Trường Long Hòa carrying seawater for shrimp ponds broke apart 3 nautical miles off the Láng Nước river mouth in a "
        "strong southwest wind; its three crew drifted for hours before Border Guard and fishing boats found them. Pond owners in our group "
        "want proper lifejackets, throwable buoys and simple ways to raise the alarm for these short trips.",
        {"mFo149": 2, "mFo148": 2, "mFo150": 2, "mFo153": 1},
    ),
    (
        "mFn62",
        "vi",
        "bt_haucan",
        "Máy làm đá cung cấp cho tàu tại cảng cá Ba Tri",
        "Cảng cá Ba Tri (An Thủy, nay thuộc Vĩnh Long) xây từ năm 1999 với vốn hơn 11 tỷ đồng, nay số tàu tăng hàng trăm chiếc mỗi năm, kéo "
        "theo dịch vụ sửa tàu, xăng dầu, cá khô; nguồn nước đá cho tàu chưa đáp ứng. Doanh nghiệp dịch vụ cảng cần dây chuyền máy làm đá "
        "công suất vài tấn/ngày đặt sát cầu cảng.",
        {"mFo079": 2, "mFo073": 2, "mFo065": 1, "mFo072": 1},
    ),
    (
        "mFn63",
        "vi",
        "vms_nd41",
        "Phần mềm theo dõi hành trình, cảnh báo tàu mất tín hiệu cho tàu thành viên",
        "Hội nghề cá ở Duyên Hải muốn tự theo dõi tàu thành viên: xem vị trí thời gian thực, vận tốc, hướng đi trên điện thoại, máy tính; "
        "tự động cảnh báo khi tàu mất tín hiệu hoặc ra, vào vùng cấm; lưu hành trình đủ lâu (quy định mới yêu cầu tối thiểu 36 tháng) để "
        "chứng minh nguồn gốc thủy sản khi cần.",
        {"mFo042": 2, "mFo043": 2, "mFo041": 1, "mFo062": 1, "mFo060": 1},
    ),
    (
        "mFn64",
        "vi",
        "rsw_nf",
        "Làm lạnh nhanh cá nục, cá cơm bằng nước biển lạnh ngay trên tàu",
        "Chủ tàu lưới vây ở Định An muốn giao cá nục, cá cơm tươi hơn cho nhà máy. Mẻ lưới lớn, đổ đá không kịp; nghe nói các tàu vây, tàu "
        "cào nước ngoài dùng hệ thống nước biển làm lạnh (RSW) tự chứa từ 3 đến 60 tấn. Cần tư vấn chọn công suất, lắp đặt hệ RSW phù hợp "
        "tàu gỗ.",
        {"mFo074": 2, "mFo075": 2, "mFo076": 2, "mFo077": 1, "mFo064": 1},
    ),
    (
        "mFn65",
        "vi",
        "ghost_cryer",
        "Lồng ghẹ bị mất vẫn bẫy ghẹ nhiều năm dưới đáy biển",
        "Tổ hợp tác đánh ghẹ ở Hiệp Thạnh mỗi mùa mất nhiều lồng do sóng, dây đứt. Lồng mất không có tấm tự hủy cứ nằm dưới đáy thành bẫy "
        "tự mồi, bẫy ghẹ, cá năm này qua năm khác, làm cạn nguồn lợi. Cần thiết kế lồng có tấm hoặc dây buộc tự phân hủy để lồng mất tự "
        "ngừng bẫy.",
        {"mFo120": 2, "mFo121": 1, "mFo119": 1},
    ),
    (
        "mFn66",
        "vi",
        "epirb_nf",
        "Trang bị phao EPIRB báo nạn vệ tinh cho tàu xa bờ",
        "Một tàu cá 35 feet bị sóng 2–2,5 m đánh chìm cách bờ 32 hải lý, hai ngư dân bám đồ trôi hơn 37 giờ và chỉ được máy bay tìm thấy nhờ "
        "phao báo nạn. Chủ tàu xa bờ ở Định An muốn trang bị phao EPIRB tự kích hoạt, được hướng dẫn bảo dưỡng, đăng ký và cách dùng đúng "
        "để tránh báo động giả.",
        {"mFo151": 2, "mFo152": 2, "mFo153": 2, "mFo150": 1, "mFo048": 1},
    ),
    (
        "mFn67",
        "vi",
        "hyg_v2",
        "Quy trình vệ sinh trên tàu để cá không bị nhiễm vi sinh",
        "Doanh nghiệp có tàu lưới kéo ở Trà Cú bị trả một số lô hàng vì nhiễm vi sinh. Vi khuẩn từ da, mang, ruột cá lây qua tay người, "
        "khay, thùng, sàn hầm khi sơ chế trên tàu. Cần quy trình thực hành vệ sinh tốt trên tàu (nước đá và nước sạch, vệ sinh cá nhân, làm "
        "sạch dụng cụ, nhiệt độ bảo quản) và tập huấn thuyền viên.",
        {"mFo103": 2, "mFo082": 1, "mFo084": 1, "mFo105": 1},
    ),
    (
        "mFn68",
        "vi",
        "ozone_rockfish",
        "Dùng nước ozone, đá ozone kéo dài độ tươi khi vận chuyển cá",
        "Cơ sở thu mua ở cảng Định An chở cá tươi trong hầm nước lạnh đi Cần Thơ, TP.HCM. Thử nghiệm ở nước ngoài cho thấy sục ozone ngắt quãng "
        "trong nước chở cá giúp bong lớp nhớt, màng vi khuẩn và kéo dài độ tươi khoảng 36 giờ. Cần thiết bị tạo ozone cho nước rửa, nước "
        "chở và làm đá ozone, kèm hướng dẫn liều dùng an toàn.",
        {"mFo082": 2, "mFo084": 2, "mFo083": 1},
    ),
    (
        "mFn69",
        "en",
        "led_tw",
        "Efficient LED lamps to cut the fuel burned by fishing lights",
        "Light-fishing boats in Định An burn a large share of their fuel on lamps; in a comparable saury fishery incandescent lamps alone used "
        "38% of the 700 kL of fuel per voyage. Our owners' group wants efficient LED fishing lamps, ideally with a smart controller and lenses "
        "that put light into the water, and data on catch and fuel compared with existing lamps.",
        {"mFo025": 2, "mFo026": 2, "mFo028": 2, "mFo029": 1, "mFo027": 1},
    ),
    (
        "mFn70",
        "en",
        "soundings",
        "Barnacles on propellers and shafts are raising our fuel bill",
        "Our trawlers moored in the warm waters off Định An grow barnacles on propellers, struts and shafts within weeks; even light growth "
        "that feels like coarse sandpaper cuts propeller efficiency and raises fuel use, and coatings wear off quickly on spinning props. We "
        "want advice and a routine for cleaning, checking and protecting running gear.",
        {"mFo021": 2, "mFo022": 2, "mFo024": 1, "mFo018": 1},
    ),
    (
        "mFn71",
        "en",
        "sonar_qt",
        "Horizontal sonar and crew training for purse seiners",
        "Purse-seine owners in Đông Hải still guess where the fish are from seasonal currents and experience, so many trips come back empty. "
        "A 380 hp boat elsewhere now finds schools with a horizontal sonar operated by a crew member trained in several courses. We want "
        "sonar units fitted and our skippers trained to read the screen.",
        {"mFo049": 2, "mFo050": 2, "mFo052": 1, "mFo051": 1},
    ),
    (
        "mFn72",
        "en",
        "bt_tet",
        "Insulated fish holds for new 1,000 hp pair trawlers",
        "After a good season, fishermen in Bình Thắng (Bình Đại, now in Vĩnh Long) registered nearly 30 new pair trawlers of about 1,000 hp "
        "each, 16 of them launched right after Tết; trips last months. The owners want the fish holds of the new hulls built with modern "
        "insulation so ice lasts the whole trip and catch quality holds.",
        {"mFo067": 2, "mFo068": 2, "mFo069": 2, "mFo070": 2, "mFo078": 1, "mFo076": 1},
    ),
    (
        "mFn73",
        "en",
        "ucd_slurry",
        "Rapid chilling of catch at landing before boxing",
        "Our buying station at Láng Chim receives fish and shrimp from day boats and wants to cool them rapidly on landing, then store them "
        "in boxes of flake ice with drain holes. We are told an ice slurry is good for quick cooling but not for storage; we need a slurry "
        "system for the landing and advice on the handling sequence.",
        {"mFo071": 2, "mFo064": 2, "mFo063": 1, "mFo073": 1},
    ),
    (
        "mFn74",
        "en",
        "vms_qb",
        "VMS units that actually meet position-reporting rules",
        "Our offshore boats in Duyên Hải carry VMS units, but the fisheries office keeps flagging them because they do not report every 2 "
        "hours (boats of 24 m and over) or every 3 hours (15–24 m); in a neighbouring survey only 86.7% of boats required to carry VMS had "
        "installed it. We need reliable units, installation checks and technical support.",
        {"mFo041": 2, "mFo042": 2, "mFo043": 2, "mFo045": 1, "mFo044": 1},
    ),
    (
        "mFn75",
        "en",
        "trumeter",
        "Sizing and fitting sacrificial anodes on steel fishing boats",
        "Our enterprise in Trà Cú operates steel-hulled fishing boats in the salty and brackish waters of the Hậu River mouth. We need the "
        "anode mass and layout calculated from hull area, expected service life and water conditions, and the right anodes supplied and "
        "fitted, so the hulls are protected without wasting material.",
        {"mFo011": 2, "mFo012": 2, "mFo013": 2, "mFo010": 1},
    ),
]
