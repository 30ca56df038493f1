"""Needs for the holdout96 labelled set, each with its judged offers ({offer id: grade}; 2 = would solve the
need, 1 = partial answer or adjacent step, not listed = not relevant). Each need paraphrases one public page
(holdout96_sources.py); most of those pages describe other provinces or countries, and the needs are set in
Tra Vinh / Vinh Long all the same. Six Vietnamese needs are typed without accents on purpose."""

NEEDS = [
    (
        "lTn01",
        "vi",
        "2lua_tom",
        "Cần camera giám sát ao tôm ban đêm ở nơi không có điện lưới",
        "Tổ hợp tác nuôi tôm thẻ ở xã Hiệp Mỹ Đông, huyện Cầu Ngang. Vừa rồi trộm cắt rào, dùng ống hơi lặn xuống "
        "đặt nò dài gần 20 m bắt tôm nhiều đêm liền, ước mất gần 1 tấn tôm cỡ 75-80 con/kg, giá 150.000 đồng/kg là "
        "khoảng 150 triệu; còn lấy luôn mô tơ dàn sục khí. Bờ ao cách xa nhà, không kéo được điện và wifi. Cần "
        "camera quan sát được ban đêm, chạy pin mặt trời, truyền 4G về điện thoại, báo khi có người.",
        {
            "lTo010": 2,
            "lTo011": 2,
            "lTo009": 2,
            "lTo013": 1,
            "lTo014": 1,
            "lTo012": 1,
            "lTo003": 1,
            "lTo008": 1,
            "lTo037": 1,
        },
    ),
    (
        "lTn02",
        "en",
        "nhachannuoi",
        "Cameras to watch our cattle barn at night from a phone",
        "Family cattle farm in Song Phu commune, Tam Binh (Vinh Long). Cattle thieves keep hitting villages in "
        "Vinh Long and Tra Vinh; one morning two cows about to calve, worth at least 70 million VND together, "
        "were simply gone from the barn. Like many households our barn is light-built and some distance from "
        "the house. We want cameras with night vision around the barn and gate that we can watch from a phone, "
        "with alerts on movement and recordings as evidence.",
        {
            "lTo007": 2,
            "lTo001": 2,
            "lTo004": 2,
            "lTo003": 2,
            "lTo002": 2,
            "lTo006": 1,
            "lTo005": 1,
            "lTo076": 1,
            "lTo077": 1,
            "lTo034": 1,
        },
    ),
    (
        "lTn03",
        "vi",
        "danviet_saurieng",
        "Vườn sầu riêng Cầu Kè bị cắt trộm trái, cần camera và báo động",
        "Hộ trồng 1,2 ha sầu riêng xen cây ăn trái ở xã Hòa Tân, huyện Cầu Kè. Giá thu tại vườn 85.000-100.000 "
        "đồng/kg nên mùa chín bị trộm liên tục: trong 10 ngày mất 4 lần, lần nhiều nhất 36 trái, tổng hơn 100 kg, "
        "chúng còn cắt cả trái non vứt đầy gốc. Nhà neo người, không ai canh đêm. Cần hệ thống camera ngoài trời "
        "quan sát đêm, phát hiện người vào vườn và báo về điện thoại; vườn xa nhà, điện kéo không tới hết.",
        {
            "lTo010": 2,
            "lTo011": 2,
            "lTo004": 2,
            "lTo009": 2,
            "lTo003": 1,
            "lTo050": 1,
            "lTo057": 1,
            "lTo034": 1,
            "lTo037": 1,
            "lTo005": 1,
        },
    ),
    (
        "lTn04",
        "en",
        "vnexpress_caphe",
        "Orchard cooperative needs cameras and lighting against night picking",
        "Fruit cooperative in Tra On district (Vinh Long). Prices are high and thieves sneak in at night: one "
        "member's 9,000 m2 plot had about 40 trees stripped and branches broken, some 300 kg lost. He now pays a "
        "watchman 5 million VND a month to sleep in a tent from 6 pm and keeps lights on all night; a neighbour "
        "put up 2 cameras. We want a shared solution: outdoor cameras along orchard paths and entrances, night "
        "vision and alerts, and advice on lighting and on whether watchmen are still needed.",
        {
            "lTo004": 2,
            "lTo009": 2,
            "lTo010": 2,
            "lTo011": 2,
            "lTo003": 1,
            "lTo050": 1,
            "lTo069": 1,
            "lTo034": 1,
            "lTo005": 1,
            "lTo002": 1,
        },
    ),
    (
        "lTn05",
        "vi",
        "cand_tro",
        "Cửa hàng tạp hóa cần lắp vài camera xem qua điện thoại",
        "Tôi có cửa hàng tạp hóa kiêm mini-mart ở phường 7, TP Trà Vinh, hay mất hàng lặt vặt và từng bị cạy cửa "
        "đêm. Chị chủ dãy trọ gần nhà lắp 2 camera ở đầu và cuối dãy, phủ hết các phòng, chỉ tốn hơn 3 triệu đồng "
        "mà hết trộm. Tôi cần 4-6 camera trong và ngoài cửa hàng, xem được qua điện thoại, lưu hình khoảng một "
        "tháng, giá vừa phải, có người lắp và bảo hành tại Trà Vinh.",
        {
            "lTo015": 2,
            "lTo016": 2,
            "lTo017": 2,
            "lTo019": 2,
            "lTo018": 1,
            "lTo006": 1,
            "lTo020": 1,
            "lTo026": 1,
            "lTo034": 1,
        },
    ),
    (
        "lTn06",
        "en",
        "baomoi_khoa",
        "Wired CCTV for our factory and warehouse in Long Duc industrial park",
        "Food-processing company in Long Duc industrial park, Tra Vinh. Break-ins at firms and workshops are "
        "rising and thieves now carry hydraulic jacks, bolt cutters, torches and master keys that beat any lock; "
        "our few Wi-Fi cameras were offline the one night it mattered. We need a properly designed wired IP "
        "camera system with a recorder for gates, loading bays and stores, remote viewing and enough storage, "
        "surveyed and installed by a professional team.",
        {"lTo016": 2, "lTo017": 2, "lTo018": 2, "lTo019": 2, "lTo015": 1, "lTo020": 1, "lTo038": 1, "lTo006": 1},
    ),
    (
        "lTn07",
        "vi",
        "eas_labels",
        "Shop thời trang cần cổng từ và tem từ chống trộm",
        "Cửa hàng thời trang và mỹ phẩm ở phường 1, TP Vĩnh Long hay bị khách bỏ túi hàng nhỏ. Nghe nói cổng từ hay "
        "kêu nhầm vì tem của cửa hàng khác khách mang vào, kẻ cắp cứ thản nhiên đi ra khi không có bảo vệ, tem dán "
        "keo thì bị cạo trong túi. Cần tư vấn và lắp cổng từ ở lối ra, tem cứng cho quần áo, tem mềm cho mỹ phẩm, "
        "loại ít báo động giả.",
        {"lTo022": 2, "lTo023": 2, "lTo025": 2, "lTo021": 1, "lTo024": 1, "lTo028": 1, "lTo015": 1},
    ),
    (
        "lTn08",
        "en",
        "nunova",
        "Alert staff when known shoplifters enter any of our three supermarkets",
        "Family-run chain of three supermarkets in Vinh Long city and Long Ho. The same few people steal from us "
        "again and again. We want cameras at the entrances that recognise people already caught stealing, give "
        "staff an early warning when one of them walks in, and share that list between the three stores, "
        "while keeping within privacy rules.",
        {"lTo028": 2, "lTo026": 2, "lTo027": 1, "lTo036": 1},
    ),
    (
        "lTn09",
        "en",
        "videoanalytics_in",
        "Video analytics for a factory fence line in Dinh An economic zone",
        "Manufacturer in the Dinh An economic zone, Tra Cu. Our motion alarms along the fence fire too often. We "
        "want video analytics on the perimeter cameras that raise an alert when a person or vehicle crosses a "
        "virtual line or enters a restricted area, classify and track what moves, flag loitering, someone "
        "climbing the fence, objects left behind and attempts to cover or turn a camera, and send the alert to "
        "our guard post in real time.",
        {
            "lTo029": 2,
            "lTo030": 2,
            "lTo031": 2,
            "lTo032": 2,
            "lTo033": 2,
            "lTo038": 2,
            "lTo035": 1,
            "lTo034": 1,
            "lTo037": 1,
            "lTo056": 1,
            "lTo055": 1,
            "lTo036": 1,
        },
    ),
    (
        "lTn10",
        "vi",
        "tuoitre_trom",
        "Kho nông sản nghỉ Tết vắng người, cần camera AI báo người lạ lảng vảng",
        "Doanh nghiệp thu mua nông sản ở thị xã Bình Minh. Cận Tết kho và văn phòng vắng người nhiều ngày; kẻ gian "
        "giả người phát tờ rơi nhét giấy vào khe cửa để dò nhà vắng, chụp số nhà, hôm sau quay lại, có người ngồi "
        "nhậu trước cửa cảnh giới để đồng bọn mở cửa. Cần camera có AI phát hiện người đứng lâu, lảng vảng, tiếp "
        "cận cửa ban đêm và báo ngay về điện thoại, bỏ qua chó mèo, lá cây.",
        {
            "lTo034": 2,
            "lTo033": 2,
            "lTo032": 2,
            "lTo030": 2,
            "lTo031": 2,
            "lTo029": 2,
            "lTo038": 1,
            "lTo026": 1,
            "lTo050": 1,
            "lTo051": 1,
            "lTo036": 2,
        },
    ),
    (
        "lTn11",
        "en",
        "trendsmask",
        "Number-plate recognition at the truck gate of a seafood plant",
        "Seafood processor in Co Chien industrial park, Tra Vinh. Dozens of supplier trucks and staff cars pass "
        "our gate daily and guards write plates by hand. We want ANPR cameras designed for plate reading that "
        "convert plates to text, log every entry and exit, open the barrier for registered vehicles and flag "
        "unknown ones, working at night too.",
        {
            "lTo041": 2,
            "lTo042": 2,
            "lTo043": 2,
            "lTo044": 2,
            "lTo040": 1,
            "lTo048": 1,
            "lTo045": 1,
            "lTo049": 1,
            "lTo029": 1,
            "lTo046": 1,
            "lTo047": 1,
        },
    ),
    (
        "lTn12",
        "vi",
        "baomoi_khoa",
        "Bãi giữ xe chợ cần hệ thống chụp biển số và mặt người gửi chống mất xe",
        "Ban quản lý chợ và bãi giữ xe ở thị trấn Càng Long. Xe máy để ngoài sân, vỉa hè bị “đá nóng” trong vài "
        "giây, kể cả xe có khóa từ hay báo động còn bị đẩy đi. Bãi chúng tôi mỗi ngày vài trăm lượt xe, đang ghi vé "
        "tay. Cần hệ thống giữ xe thông minh: camera chụp biển số và người gửi, thẻ từ, đối chiếu khi lấy xe, báo "
        "khi không khớp.",
        {"lTo045": 2, "lTo046": 2, "lTo047": 2, "lTo048": 2, "lTo049": 1, "lTo040": 1, "lTo042": 1, "lTo043": 1},
    ),
    (
        "lTn13",
        "en",
        "reelmind",
        "AI detection on our existing warehouse cameras, run locally without a subscription",
        "Rice-trading cooperative in Tieu Can with 8 IP cameras around two warehouses. Nobody can watch screens "
        "all night, and people watching long shifts tire and miss things anyway. We want software that analyses "
        "the existing camera streams, recognises people and vehicles in real time and pushes alerts, running on "
        "a small computer on site rather than a monthly cloud service.",
        {"lTo038": 2, "lTo039": 2, "lTo030": 1, "lTo031": 1, "lTo020": 1, "lTo034": 1},
    ),
    (
        "lTn14",
        "vi",
        "thanhnien",
        "Kho phân bón cần bộ báo động chống trộm tin cậy",
        "Đại lý vật tư nông nghiệp ở thị trấn Càng Long, kho phân bón, thuốc bảo vệ thực vật sau nhà. Cuối năm trộm "
        "lộng hành, đêm rồi thấy bóng người lạ vào sân. Ra tiệm thấy đủ loại thiết bị chống trộm, giá nào cũng có "
        "nhưng chất lượng “vàng thau lẫn lộn”. Cần bộ báo động có cảm biến hồng ngoại trong kho và ngoài sân, còi hú, "
        "tự gọi hoặc nhắn điện thoại khi có đột nhập, có người lắp đặt và hướng dẫn.",
        {"lTo050": 2, "lTo051": 2, "lTo052": 2, "lTo053": 2, "lTo054": 2, "lTo055": 1, "lTo056": 1},
    ),
    (
        "lTn15",
        "en",
        "questionai",
        "Monitored intruder alarm with verification and response for a rice mill",
        "Rice mill in Vung Liem (Vinh Long). An alarm deters thieves and warns us, but a siren at 2 am only helps "
        "if someone reacts, and false alarms wear people out. We want an intruder alarm connected to a 24/7 "
        "monitoring service that checks each alarm, then calls us, a guard patrol or the police, and ideally "
        "triggers camera recording when it goes off.",
        {"lTo055": 2, "lTo056": 2, "lTo054": 2, "lTo051": 1, "lTo053": 1, "lTo052": 1},
    ),
    (
        "lTn16",
        "vi",
        "2lua_tom",
        "Can bao dong khi co nguoi cat rao vao ao tom ban dem",
        "Trai tom o xa Dong Hai, huyen Duyen Hai. Dem roi trom cat rao vao ao, dat no dai gan 20 m bat tom, lay luon "
        "mo to dan suc khi, sang ra moi thay rao bi cat va tom vuong vai. Can thiet bi bao dong khi co nguoi cat hoac "
        "leo rao quanh ao, coi hu va bao ve dien thoai cho nguoi truc. Bo rao dai, gio nhieu, cho meo hay di qua nen "
        "can loai it bao nham.",
        {"lTo037": 2, "lTo057": 2, "lTo050": 2, "lTo051": 1, "lTo032": 1, "lTo010": 1, "lTo011": 1, "lTo056": 1},
    ),
    (
        "lTn17",
        "en",
        "safetyhome",
        "Electric fence with alarm zones on top of our kiln-yard wall",
        "Pottery and brick kiln business in Mang Thit (Vinh Long) storing finished goods in an open yard behind a "
        "wall. We want an electric security fence along the top of the wall: insulated wires fed by an "
        "energiser with short non-lethal pulses, a siren and lights when someone touches or cuts it, monitored "
        "zones, a voltage sensor that detects sabotage, battery back-up, remote on/off for maintenance and the "
        "warning signs the law expects.",
        {"lTo057": 2, "lTo037": 1, "lTo056": 1},
    ),
    (
        "lTn18",
        "en",
        "website101",
        "Card or fob access control for a medicine warehouse with 25 staff",
        "Pharmaceutical distributor in Tra Vinh city, 25 staff, one warehouse with a locked store for controlled "
        "medicines. We have read that access control can be overkill and costly for firms of 10-20 people, with "
        "professional installation and monthly fees, but our keys are out of control. We want cards or fobs per "
        "person, a log of who opened which door and when, instant revocation when someone leaves, at a cost "
        "that suits a small company.",
        {
            "lTo058": 2,
            "lTo059": 2,
            "lTo060": 2,
            "lTo061": 2,
            "lTo062": 2,
            "lTo064": 2,
            "lTo063": 2,
            "lTo065": 2,
            "lTo147": 1,
        },
    ),
    (
        "lTn19",
        "vi",
        "misa_the",
        "Thay thẻ chấm công bằng máy chấm công khuôn mặt kiêm mở cửa",
        "Xưởng may ở phường Tân Ngãi, TP Vĩnh Long, khoảng 80 công nhân đang dùng thẻ từ RFID vừa làm thẻ nhân viên, "
        "vừa chấm công, vừa làm thẻ ra vào. Thẻ không phải sinh trắc nên có người chấm công hộ, thẻ hay mất. Cần "
        "thiết bị nhận diện khuôn mặt đặt ở cửa để chấm công và mở cửa xưởng, kho; có phần mềm xuất bảng công.",
        {"lTo065": 2, "lTo063": 2, "lTo064": 2, "lTo066": 1, "lTo058": 1, "lTo060": 1, "lTo147": 1},
    ),
    (
        "lTn20",
        "vi",
        "baomoi_khoa",
        "Tiệm vàng cần khóa điện tử vân tay, mã số cho cửa sau và phòng két",
        "Tiệm vàng ở thị trấn Trà Cú. Kẻ trộm bây giờ mang kích thủy lực, kềm cộng lực, đèn khò, khóa vạn năng, "
        "đoản, vô hiệu được mọi loại khóa cơ; trộm nhắm vàng, tiền trong két thường rình giờ giấc gia chủ rất kỹ. "
        "Cần khóa điện tử mở bằng vân tay và mã số cho cửa sau, phòng để két, mỗi người một mã, đổi được khi cần; "
        "không muốn loại khóa thẻ mà người giữ thẻ quản lý tự tạo thêm thẻ được.",
        {"lTo068": 2, "lTo058": 2, "lTo067": 1, "lTo066": 1, "lTo051": 1, "lTo162": 1},
    ),
    (
        "lTn21",
        "en",
        "kienthuc_caphe",
        "Proof that our night watchmen really patrol the drying yard",
        "Rice cooperative in Chau Thanh (Tra Vinh) with a drying yard and two warehouses. Harvest-season theft "
        "made us build a taller watch hut and fences, put cameras on the access road and hire four watchmen who "
        "take turns at night. We want a patrol system with checkpoints around the yard that the watchmen scan "
        "on their rounds, time-stamped records we can check in the morning, and an alert if a round is missed.",
        {"lTo069": 2, "lTo070": 2, "lTo071": 2, "lTo073": 2, "lTo072": 2, "lTo074": 2, "lTo075": 2},
    ),
    (
        "lTn22",
        "vi",
        "bookmarkilo",
        "Can he thong cham tuan tra cho bao ve nha may",
        "Nha may o KCN Hoa Phu, huyen Long Ho co 6 bao ve truc dem chia ca. Can he thong tuan tra dien tu: gan diem "
        "kiem tra (the NFC, ma QR hoac beacon) doc tuyen tuan tra, bao ve quet bang dien thoai hoac may cam tay, ghi "
        "lai gio va vi tri tung diem de co bang chung tuan tra. Uu tien goi thue bao hang thang gia re.",
        {"lTo074": 2, "lTo075": 2, "lTo072": 2, "lTo069": 2, "lTo070": 2, "lTo071": 2, "lTo073": 2},
    ),
    (
        "lTn23",
        "vi",
        "nhachannuoi",
        "Cần thiết bị định vị đeo cho bò, báo điện thoại khi bò bị lùa đi ban đêm",
        "Hộ nuôi 12 con bò ở xã Ngãi Xuyên, huyện Trà Cú. Trộm bò hoành hành khắp vùng quê Trà Vinh, Vĩnh Long; "
        "ở Tam Bình có nhà sáng ra mất 2 con bò cái sắp đẻ, không dưới 70 triệu đồng. Bò nhà tôi ban ngày thả ven "
        "đồng, tối nhốt chuồng xa nhà. Cần vòng cổ hoặc thẻ định vị GPS cho bò, nhắn tin hay báo về điện thoại khi "
        "đàn bị dồn, lùa đi hoặc ra khỏi khu vực lúc nửa đêm, xem được vị trí để báo công an.",
        {
            "lTo077": 2,
            "lTo076": 2,
            "lTo078": 2,
            "lTo081": 1,
            "lTo080": 1,
            "lTo079": 1,
            "lTo104": 1,
            "lTo003": 1,
            "lTo083": 1,
        },
    ),
    (
        "lTn24",
        "en",
        "baomoi_bo",
        "Electronic marking of cattle to prove ownership and recover stolen animals",
        "Cattle cooperative in Cau Ngang. Organised gangs now come with trucks: in Ham Thuan Bac (Binh Thuan) "
        "two men carried out 6 thefts of 40 cows worth about 300 million VND, 16 cows "
        "worth over 150 million in a single night from two households, because cows were tied overnight far "
        "from homes. When police find cattle, owners struggle to prove which are theirs. We want durable "
        "identification (RFID or other marking) and advice on fencing and pens.",
        {"lTo079": 2, "lTo080": 2, "lTo083": 1, "lTo154": 1, "lTo156": 1, "lTo148": 1, "lTo076": 1, "lTo082": 1},
    ),
    (
        "lTn25",
        "vi",
        "danviet_bo",
        "Can camera va den cho chuong bo ngoai ruong cach nha 1 km",
        "Chuong bo 3 con ngoai ruong o xa Luong Hoa, huyen Chau Thanh, cach nha khoang 1 km. Dem qua trom dap do "
        "rao loi vao, bat mot con bo to hon 150 kg ra giet, cat mat 4 chan. Can camera quan sat chuong ban dem, xem "
        "qua dien thoai, bao khi co nguoi vao, them den chieu sang. Ngoai ruong co dien tu tram bom.",
        {
            "lTo003": 2,
            "lTo007": 2,
            "lTo004": 2,
            "lTo001": 2,
            "lTo002": 2,
            "lTo006": 1,
            "lTo010": 1,
            "lTo011": 1,
            "lTo050": 1,
            "lTo077": 1,
            "lTo005": 1,
        },
    ),
    (
        "lTn26",
        "vi",
        "baomoi_vms",
        "Chủ tàu 16 m cần lắp thiết bị giám sát hành trình VMS giá hợp lý",
        "Chủ tàu cá dài 16 m neo ở cảng cá Định An, huyện Trà Cú. Tàu từ 15 m phải lắp VMS mới được cấp phép ra khơi; "
        "nghe bạn ghe nói thiết bị hơn 20 triệu đồng, thuê bao hơn 300.000 đồng mỗi tháng đóng 6 tháng một lần, trong "
        "khi tàu chỉ đi biển 6-8 tháng, mùa nằm bờ vẫn phải đóng phí. Cần thiết bị đạt quy định, tín hiệu ổn định "
        "không bị mất kết nối, giá và gói cước hợp lý.",
        {"lTo084": 2, "lTo086": 2, "lTo087": 2, "lTo088": 2, "lTo085": 1},
    ),
    (
        "lTn27",
        "en",
        "vms_khanhhoa",
        "Vessel monitoring for our cooperative's offshore fleet, with training",
        "Fishing cooperative in Duyen Hai town with offshore vessels of 15 m and over. A study of Khanh Hoa, Binh "
        "Dinh and Quang Nam (814, 3,118 and 748 such vessels) found only 16% of fishermen fully understood the "
        "VMS rules and management was still manual. We need compliant VMS units, software that lets the "
        "cooperative see its boats and keep the track records, and training for skippers, while members worry "
        "about keeping their fishing grounds secret.",
        {"lTo088": 2, "lTo084": 2, "lTo086": 2, "lTo087": 2, "lTo085": 1},
    ),
    (
        "lTn28",
        "en",
        "tienphong_danang",
        "Engines and gear stolen from boats moored at night while the watchman sleeps",
        "Boat owners at the Long Huu river mooring, Duyen Hai. Boats tied up along the bank have a watchman, "
        "but when he falls asleep thieves take lead sinkers, nets and the long-tail engines; one owner lost five "
        "lead rings and dozens of kilos of net worth nearly 30 million VND. We want alarms on each boat that "
        "wake the watchman and ring our phones when someone boards or tampers with the engine, and locks that "
        "slow down engine removal.",
        {
            "lTo089": 2,
            "lTo091": 2,
            "lTo093": 2,
            "lTo094": 2,
            "lTo095": 2,
            "lTo090": 1,
            "lTo092": 1,
            "lTo101": 1,
            "lTo104": 1,
        },
    ),
    (
        "lTn29",
        "vi",
        "thanhnien_ngudan",
        "Ghe neo ở bến cần báo động và định vị báo về điện thoại",
        "Ngư dân xã Long Toàn, thị xã Duyên Hải. Trộm ngư cụ lộng hành: có người vay 45 triệu mua hơn 9.000 ốc bẫy "
        "mực thì bị lấy sạch, người khác mất 6.000 ốc trị giá 30 triệu; ghe phải neo sát nhau để canh nhưng “giữ đầu "
        "này thì chúng cắt đầu kia”. Cần thiết bị báo động gắn trên ghe khi có người lên ghe hay tháo máy, kèm định "
        "vị báo về điện thoại nếu ghe bị kéo đi.",
        {"lTo095": 2, "lTo094": 2, "lTo093": 2, "lTo091": 2, "lTo089": 1, "lTo101": 1, "lTo104": 1, "lTo090": 1},
    ),
    (
        "lTn30",
        "en",
        "pressreader_ob",
        "Securing outboard engines at our boat storage and repair yard",
        "Boat repair yard on the Co Chien river bank near Tra Vinh city, keeping customers' boats on land between "
        "jobs. Organised gangs with cordless impact wrenches and saws hit boat dealers and storage yards at "
        "night, cut fences and unbolt outboards of 150-350 hp (up to 780 lb, over US$30,000 each), as many as a "
        "dozen per raid; engines are not registered, so they are rarely recovered. We want engine locks and "
        "advice on yard layout, patrols, lighting and cameras.",
        {
            "lTo092": 2,
            "lTo089": 2,
            "lTo094": 1,
            "lTo004": 1,
            "lTo009": 1,
            "lTo069": 1,
            "lTo054": 1,
            "lTo016": 1,
            "lTo090": 1,
        },
    ),
    (
        "lTn31",
        "vi",
        "plo_sh",
        "Cửa hàng xe máy cần thiết bị định vị GPS chống trộm lắp thêm cho khách",
        "Cửa hàng mua bán xe máy cũ ở thị xã Bình Minh. Khách hoang mang vì đọc tin đường dây trộm ở Hà Nội bẻ được "
        "cả khóa smartkey của xe SH, nhất là smartkey lắp thêm không liên kết ECU; nhiều người muốn lắp thêm định vị. "
        "Cần thiết bị GPS giấu trên xe, báo khi xe bị dắt hoặc nổ máy trái phép, xem vị trí trên điện thoại, giá hợp "
        "lý để bán kèm xe.",
        {"lTo096": 2, "lTo101": 2, "lTo102": 2, "lTo099": 2, "lTo100": 1, "lTo104": 1, "lTo098": 1},
    ),
    (
        "lTn32",
        "en",
        "insnews",
        "Retrofit immobilisers and smart keys for customers' older motorbikes",
        "Motorbike dealer and repair shop in Tra Vinh city. Surveys abroad show riders want affordable GPS "
        "tracking, alarms and immobilisers, and that more than half of motorcycles are stolen from home (57% in "
        "2020); in one year 7,318 were stolen in Australia alone. Many of our customers ride older bikes with "
        "mechanical keys. We want to offer fitted immobilisers or smart-key conversions with alarms that stop "
        "the engine starting without the right key.",
        {"lTo097": 2, "lTo098": 2, "lTo100": 2, "lTo099": 2, "lTo103": 1, "lTo101": 1},
    ),
    (
        "lTn33",
        "vi",
        "kallum",
        "Can khoa chong trom xe may re tien cho xe de truoc nha",
        "Gia dinh o thi tran Tieu Can, 3 chiec xe may de truoc hien hay bi be khoa. Muon lap bo chong trom re tien "
        "de xe khong no may duoc neu khong dung chia hoac ma (chong de, cong tac phu, khoa dia). Dinh vi thi de sau "
        "vi chi biet xe o dau sau khi bi lay, con cai can truoc la ngan khong cho chay.",
        {"lTo099": 2, "lTo103": 2, "lTo098": 1, "lTo097": 1, "lTo096": 1, "lTo100": 1},
    ),
    (
        "lTn34",
        "en",
        "gcect",
        "GPS tracking for 30 delivery motorbikes on our own server",
        "Delivery company in Vinh Long city with 30 motorbikes. We want GPS trackers on every bike and a "
        "tracking platform we host ourselves: live positions, geofences around our depots and delivery zones, "
        "alarms when a bike moves out of hours or leaves its zone, and reports on speed, unauthorised stops and "
        "fuel (one fleet guide says driving above 90 mph burns at least 20% more than below 80).",
        {"lTo104": 2, "lTo096": 1, "lTo101": 1, "lTo152": 1, "lTo153": 1, "lTo157": 1},
    ),
    (
        "lTn35",
        "en",
        "sggp_email",
        "Stop fake-email payment fraud between us and our buyers",
        "Shrimp and seafood exporter in Tra Vinh. We read how a Cambodian buyer of 594 tonnes of fertiliser paid "
        "US$228,030 into a fraudster's account after an email whose address differed from the real supplier by "
        "one letter, and how a shrimp-broodstock importer was tricked the same way. We want training for sales "
        "and accounting staff to spot such emails, a rule to confirm any change of bank details by phone, and "
        "practice with simulated fake emails.",
        {
            "lTo109": 2,
            "lTo112": 2,
            "lTo113": 2,
            "lTo114": 2,
            "lTo115": 2,
            "lTo116": 2,
            "lTo117": 2,
            "lTo125": 2,
            "lTo129": 2,
            "lTo126": 1,
        },
    ),
    (
        "lTn36",
        "vi",
        "baomoi_ransom",
        "Công ty may 40 máy tính lo mã độc tống tiền, cần sao lưu và tập huấn",
        "Công ty may ở KCN Long Đức, Trà Vinh, khoảng 40 máy tính, dữ liệu đơn hàng, kế toán để trên máy chủ. Theo "
        "Bkav, năm 2024 có 155.640 máy tính ở Việt Nam bị ransomware tấn công, cả PVOIL, Vietnam Post, VnDirect, "
        "CMC cũng bị; khảo sát NCA cho thấy 46,15% đơn vị từng bị tấn công. Cần phương án sao lưu 3-2-1 có bản "
        "ngoại tuyến, cập nhật bản vá, tập huấn nhân viên và quy trình xử lý khi bị mã hóa.",
        {
            "lTo121": 2,
            "lTo124": 2,
            "lTo105": 2,
            "lTo106": 2,
            "lTo122": 1,
            "lTo123": 1,
            "lTo118": 1,
            "lTo127": 1,
            "lTo107": 2,
            "lTo109": 2,
            "lTo110": 2,
        },
    ),
    (
        "lTn37",
        "en",
        "faqvault",
        "Basic cyber hygiene set up for an 8-person accounting office",
        "Accounting and tax service office in Vinh Long city, 8 staff, client data on laptops and cloud mail. "
        "We want someone to put the essentials in place and leave us a checklist: strong unique passwords with "
        "a password manager, multi-factor authentication, regular software updates, staff training on phishing "
        "and automatic backups to the cloud or an external drive.",
        {
            "lTo105": 2,
            "lTo106": 2,
            "lTo107": 2,
            "lTo108": 2,
            "lTo109": 2,
            "lTo110": 2,
            "lTo111": 2,
            "lTo123": 1,
            "lTo121": 1,
        },
    ),
    (
        "lTn38",
        "vi",
        "vietnet24h",
        "HTX cần tường lửa cho mạng văn phòng và wifi khách",
        "Hợp tác xã dịch vụ nông nghiệp ở huyện Tam Bình, văn phòng 12 máy tính, có wifi cho khách và kế toán làm "
        "từ xa. Đọc tin cứ khoảng 18 phút lại có một vụ ransomware ở Việt Nam (29.282 vụ một năm), nhiều vụ bắt đầu "
        "từ một cổng dịch vụ bị bỏ quên. Cần tường lửa thay modem nhà mạng: đóng cổng thừa, tách mạng khách, phát "
        "hiện xâm nhập, VPN cho người làm từ xa, quản lý qua giao diện web.",
        {"lTo119": 2, "lTo128": 1, "lTo120": 1, "lTo110": 1},
    ),
    (
        "lTn39",
        "en",
        "wazuh_demo",
        "Open-source security monitoring for 60 PCs and two servers",
        "Rice exporter in Binh Minh (Vinh Long) with about 60 PCs, two servers and two IT staff. We want a free, "
        "open-source platform that collects logs and security events from all machines into one dashboard and "
        "alerts us to malware and intrusions. We can give it an Ubuntu server of 8 vCPU and 8-16 GB RAM and would "
        "like a quick Docker-based trial before rolling it out.",
        {"lTo120": 2, "lTo119": 1, "lTo109": 1, "lTo107": 1},
    ),
    (
        "lTn40",
        "vi",
        "scamshield",
        "Can bat xac thuc 2 lop cho email va tai khoan ngan hang cong ty",
        "Cong ty TNHH thuong mai o TP Vinh Long vua bi lua mat mat khau email qua mot trang dang nhap gia, ke gian "
        "dung email cong ty gui hoa don gia cho khach; nhan vien con nhan tin nhan gia ngan hang doi ma OTP. Can "
        "nguoi huong dan bat xac thuc 2 lop cho email, ngan hang, tai khoan quan tri va dung trinh quan ly mat khau "
        "cho 10 nhan vien.",
        {
            "lTo105": 2,
            "lTo106": 2,
            "lTo108": 2,
            "lTo111": 2,
            "lTo110": 2,
            "lTo125": 1,
            "lTo123": 1,
            "lTo109": 1,
            "lTo107": 2,
        },
    ),
    (
        "lTn41",
        "en",
        "vithongthai",
        "Monthly phishing simulations for a craft cooperative that sells online",
        "Handicraft cooperative in Cau Ke selling online, 15 office and sales staff. Fake bank and delivery "
        "emails and messages keep arriving, and staff have clicked links that ask for passwords and OTP codes. "
        "We want regular phishing simulations with short lessons afterwards, so people learn to recognise the "
        "bait, plus a simple way to report suspicious messages.",
        {"lTo112": 2, "lTo113": 2, "lTo114": 2, "lTo115": 2, "lTo116": 2, "lTo117": 2, "lTo125": 1, "lTo126": 1},
    ),
    (
        "lTn42",
        "vi",
        "tnck_email",
        "Phòng kế toán cần tập huấn nhận diện email giả mạo đòi chuyển tiền",
        "Doanh nghiệp xuất khẩu gạo ở thị xã Bình Minh. Đối tượng nước ngoài từng xâm nhập email, đọc trộm giao dịch "
        "rồi gửi thư yêu cầu chuyển tiền vào tài khoản tên gần giống, một doanh nghiệp ở Bình Dương mất 4 triệu USD; "
        "còn có thư giả mạo cập nhật dịch bệnh để lấy mật khẩu. Cần tập huấn cho phòng kế toán, xuất nhập khẩu cách "
        "nhận ra email giả và quy trình xác minh trước khi chuyển tiền.",
        {
            "lTo125": 2,
            "lTo129": 2,
            "lTo126": 2,
            "lTo109": 2,
            "lTo116": 2,
            "lTo114": 2,
            "lTo112": 2,
            "lTo113": 2,
            "lTo115": 2,
            "lTo117": 2,
        },
    ),
    (
        "lTn43",
        "vi",
        "tepbac_cam",
        "Camera 4G quay khu thu hoạch, cân tôm để chống thương lái gian lận",
        "Hợp tác xã nuôi tôm ở xã Long Khánh, huyện Duyên Hải. Ở Cà Mau có thầy giáo ước 6 tấn mà thương lái kéo sạch "
        "đầm chỉ được 1,7 tấn; hộ khác cho ăn 300 kg thức ăn/ngày, ước 11 tấn chỉ thu gần 7 tấn, dù huy động gần 20 "
        "người nhà trông; nhờ camera an ninh mới biết bị trộm lúc kéo và cân. Ao xã viên xa nhà, không có điện, "
        "không wifi. Cần camera chạy pin mặt trời, truyền 4G, quay rõ mặt ao và khu cân, lưu hình làm bằng chứng.",
        {"lTo010": 2, "lTo011": 2, "lTo009": 2, "lTo015": 1, "lTo016": 1, "lTo008": 1},
    ),
    (
        "lTn44",
        "en",
        "tepbac_canhgiac",
        "More cameras at the shrimp harvest and weighing shed, viewable remotely",
        "Shrimp farm in Cau Ngang with power and Wi-Fi at the harvest shed. Elsewhere in the delta, buyers' crews "
        "pulled only 300-400 kg per net instead of about 1 tonne to tire the shrimp, asked to rig a tarp 'for "
        "shade' that blocked the farm camera, and passed unweighed baskets to their truck while the owner wrote "
        "in his book. We want several more cameras covering ponds, the weighing scale and the truck, viewable "
        "live from a phone with recording.",
        {"lTo015": 2, "lTo016": 2, "lTo019": 2, "lTo010": 1, "lTo011": 1, "lTo008": 1, "lTo017": 2},
    ),
    (
        "lTn45",
        "en",
        "nongnghiep_trau",
        "Cameras that read plates of trucks on our cattle farm road at night",
        "Cattle fattening farm in Vung Liem (Vinh Long). Thieves now drive trucks right up to barns, load "
        "buffaloes and cows or slaughter them on the spot; in one case two buffaloes worth over 60 million VND "
        "went in a night, after two young men had come by posing as buyers to look around. We want cameras on "
        "the farm road and gate that record number plates of every vehicle, day and night, so we have evidence "
        "for the police.",
        {
            "lTo005": 2,
            "lTo042": 2,
            "lTo043": 2,
            "lTo040": 2,
            "lTo041": 1,
            "lTo044": 1,
            "lTo045": 1,
            "lTo049": 1,
            "lTo002": 1,
            "lTo036": 1,
        },
    ),
    (
        "lTn46",
        "vi",
        "vtcnews",
        "Trại gà cần camera chuồng và lối vào, báo khi camera mất tín hiệu",
        "Trại gà đẻ ở huyện Vũng Liêm. Nghe tin các trại ở Hải Phòng liên tục bị trộm: một nhà mất gần 300 con thỏ, "
        "thiệt 40-50 triệu, kẻ gian cắt lưới cuối chuồng; một trại mất 300 con gà ác dù có camera và người trông, vì "
        "hôm đó camera bị hỏng. Cần hệ thống camera ngoài trời cho chuồng, cổng, lối đi, quan sát đêm, báo ngay khi "
        "camera mất tín hiệu hay có người lạ.",
        {
            "lTo001": 2,
            "lTo002": 2,
            "lTo003": 2,
            "lTo004": 2,
            "lTo005": 2,
            "lTo007": 2,
            "lTo016": 1,
            "lTo017": 1,
            "lTo018": 1,
        },
    ),
    (
        "lTn47",
        "vi",
        "pcccquangnam",
        "Camera AI vừa phát hiện khói lửa vừa phát hiện người lạ trong kho lúa",
        "Nhà máy xay xát lúa gạo ở huyện Trà Ôn, kho chứa nhiều bao lúa, trấu dễ cháy. Luật Phòng cháy, chữa cháy và "
        "cứu nạn, cứu hộ số 55/2024/QH15 (8 chương, 55 điều) có hiệu lực từ 1/7/2025. Ngoài hệ thống báo cháy theo "
        "quy định, chúng tôi muốn camera AI trong kho và sân phơi tự cảnh báo khói, lửa và người lạ đột nhập ban đêm.",
        {"lTo036": 2, "lTo034": 1, "lTo035": 1, "lTo142": 1, "lTo143": 1, "lTo144": 1, "lTo145": 1, "lTo051": 1},
    ),
    (
        "lTn48",
        "en",
        "sggp_camai",
        "AI cameras to guard restricted zones in an electronics factory after hours",
        "Electronics assembly plant in Long Duc industrial park. A ward in Ho Chi Minh City has just opened a "
        "centre with 8 AI cameras whose sensors see at night and log violations; we want the same idea inside "
        "our plant: cameras that recognise a person entering the robot cell, the component store or the server "
        "room outside permitted hours, alert the security desk at once and keep the clip.",
        {"lTo035": 2, "lTo029": 2, "lTo030": 2, "lTo031": 2, "lTo032": 2, "lTo036": 1, "lTo033": 1, "lTo059": 1},
    ),
    (
        "lTn49",
        "en",
        "tiroj",
        "Zoned alarm for an ice plant that runs a night shift",
        "Ice plant and cold store at Dinh An fishing port, Tra Cu. Part of the plant works through the night, so a "
        "single on/off alarm is useless. We want door contact sensors (hard-wired where possible) on the stores "
        "and office, motion detectors with adjustable sensitivity, separate zones that can stay armed while the "
        "production floor is in use, and a siren plus phone notification.",
        {"lTo052": 2, "lTo053": 2, "lTo054": 2, "lTo051": 2, "lTo050": 1, "lTo055": 1},
    ),
    (
        "lTn50",
        "vi",
        "diccionario",
        "Báo động đột nhập xưởng cơ khí: ghi hình, khóa cổng và báo chủ",
        "Xưởng cơ khí ở huyện Long Hồ, nhiều máy móc và vật tư đắt tiền. Cần hệ thống phát hiện đột nhập điện tử: "
        "cảm biến từ ở cửa, đầu dò hiện diện trong xưởng, camera; khi có báo động thì tự bật ghi hình, tự khóa cổng, "
        "báo ngay cho chủ qua điện thoại và có thể kết nối công ty bảo vệ hoặc công an.",
        {"lTo056": 2, "lTo051": 2, "lTo004": 1, "lTo053": 1, "lTo055": 1},
    ),
    (
        "lTn51",
        "vi",
        "giaiphaptinhhoa",
        "Phân quyền ra vào từng kho theo ca để giảm thất thoát nội bộ",
        "Công ty phân phối dược phẩm ở TP Trà Vinh có 3 kho. Kiểm kê lệch liên tục; theo thống kê doanh nghiệp có "
        "thể mất 1-5% doanh thu mỗi năm vì thất thoát, hơn một nửa từ nội bộ, nhất là khi phân quyền không rõ. Cần "
        "hệ thống kiểm soát ra vào bằng thẻ hoặc vân tay: ai được vào kho nào, giờ nào, ghi lịch sử từng lần mở cửa, "
        "khóa quyền ngay khi nhân viên nghỉ.",
        {
            "lTo060": 2,
            "lTo059": 2,
            "lTo061": 2,
            "lTo062": 2,
            "lTo064": 2,
            "lTo063": 2,
            "lTo058": 1,
            "lTo065": 1,
            "lTo147": 1,
        },
    ),
    (
        "lTn52",
        "en",
        "zimr",
        "Door codes per booking for a six-room homestay on An Binh islet",
        "Homestay on An Binh islet, Long Ho (Vinh Long), no 24-hour reception. Guests arrive late off the ferry "
        "and someone has to ride back to hand over keys. We want smart locks or keypads where each guest gets a "
        "six-digit code valid only for the stay, sent before arrival and removed after checkout, ideally "
        "retrofitted over our existing locks; not a key safe whose code cannot be changed remotely.",
        {"lTo162": 2, "lTo058": 2, "lTo068": 2, "lTo067": 1},
    ),
    (
        "lTn53",
        "vi",
        "tienphong_danang",
        "Công ty bảo vệ cần phần mềm tuần tra chứng minh bảo vệ không ngủ gật",
        "Công ty dịch vụ bảo vệ ở TP Vĩnh Long nhận giữ 12 mục tiêu: kho hàng, bến ghe, công trường. Khách phàn nàn vì "
        "có nơi thuê người canh 24/24 mà khi bảo vệ ngủ say kẻ trộm vẫn lấy mất ngư cụ gần 30 triệu đồng. Cần hệ thống "
        "tuần tra điện tử: điểm kiểm tra NFC hoặc QR, bảo vệ quét bằng điện thoại, giám sát theo thời gian thực, báo "
        "khi bỏ điểm, xuất báo cáo cho khách.",
        {"lTo069": 2, "lTo070": 2, "lTo071": 2, "lTo072": 2, "lTo073": 2, "lTo074": 2, "lTo075": 2},
    ),
    (
        "lTn54",
        "vi",
        "binhthuan_bo",
        "Can vong co dinh vi cho bo tha dong xa nha",
        "Nha nuoi bo o xa Thuan Hoa, huyen Cau Ngang, bo tha dong va nhot cach nha vai tram met. Xa ben co nha mat "
        "con bo duc nguoi ta tra 30 trieu chua ban, tim thay cach chuong 300 m da bi mo lay het thit. Trom thuong ra tay "
        "ban dem cho vang. Can vong co hoac the GPS deo cho bo, bao ve dien thoai khi bo bi dat ra khoi chuong ban dem.",
        {"lTo077": 2, "lTo076": 2, "lTo078": 2, "lTo104": 1, "lTo080": 1, "lTo081": 1},
    ),
    (
        "lTn55",
        "en",
        "cattleraiser",
        "RFID ear tags and a gate reader to count the herd every evening",
        "Small cattle business in Cau Ke that started with 20 head and is growing towards 50. My father-in-law "
        "knows every animal by sight, but as the herd grows we need a way to count cattle coming back through "
        "the gate each evening and see at once which ones are missing, with each animal's records attached.",
        {"lTo083": 2, "lTo079": 2, "lTo154": 1, "lTo156": 1, "lTo080": 1},
    ),
    (
        "lTn56",
        "vi",
        "vnexpress_camau",
        "Ghe nhỏ cần thiết bị định vị và gọi được về bờ khi gặp trộm biển",
        "Ngư dân đánh bắt gần bờ ở xã Mỹ Long, huyện Cầu Ngang, ghe dưới 15 m. Ở vùng biển Cà Mau, ngư dân đuổi theo "
        "nhóm trộm lú hơn 10 tên trên hai vỏ máy suốt hàng chục hải lý, mất 75 cái lú gần 8 triệu và hơn 10 triệu sửa "
        "máy mà không gọi được ai tiếp ứng kịp. Cần thiết bị định vị giá rẻ cho ghe để người nhà trên bờ biết vị trí và "
        "gọi điện, nhắn tin từ biển về đất liền.",
        {"lTo086": 2, "lTo084": 2, "lTo087": 1, "lTo104": 1, "lTo094": 1, "lTo088": 1},
    ),
    (
        "lTn57",
        "en",
        "nongnghiep_tau67",
        "Alerts from idle cargo boats: intrusion, bilge and battery",
        "River transport cooperative on the Co Chien river with cargo boats that sometimes sit idle for weeks. "
        "In Binh Dinh, dozens of steel-hulled fishing boats laid up awaiting bank auction have had their "
        "modern equipment stripped by thieves night after night. We want onboard units that send phone alerts "
        "for intrusion and also warn of rising bilge water and a flat battery, so boats don't sink or get stripped.",
        {"lTo091": 2, "lTo093": 2, "lTo094": 2, "lTo095": 1, "lTo089": 1},
    ),
    (
        "lTn58",
        "vi",
        "karimyrmg",
        "Định vị GPS cho 20 xe máy cho thuê, xem trên web, báo khi ra khỏi vùng",
        "Hộ kinh doanh cho khách du lịch thuê 20 xe máy ở TP Vĩnh Long. Khóa chống đề chỉ ngăn xe bị nổ máy, còn khi "
        "khách không trả xe hay xe bị lấy thì cần biết xe ở đâu. Cần nền tảng định vị: theo dõi vị trí trên web và "
        "điện thoại, vẽ vùng cho phép, báo khi xe ra khỏi vùng hoặc di chuyển ban đêm, báo cáo hành trình.",
        {"lTo104": 2, "lTo096": 1, "lTo101": 1, "lTo102": 1},
    ),
    (
        "lTn59",
        "vi",
        "dshvietnam",
        "Cần sao lưu dữ liệu tự động, có mã hóa, lên đám mây với chi phí thấp",
        "Công ty cổ phần thủy sản ở TP Trà Vinh từng mất dữ liệu vì hỏng ổ cứng. Đọc thấy lỗi phần cứng chiếm khoảng "
        "44% nguyên nhân mất dữ liệu, lỗi người dùng 35%, phần mềm và virus 21%, còn khôi phục thì không bao giờ lấy lại "
        "đủ. Cần giải pháp sao lưu tự động hằng ngày, mã hóa trước khi đưa lên đám mây, chỉ lưu phần thay đổi, kiểm tra "
        "được bản sao lưu, chi phí thấp.",
        {"lTo118": 2, "lTo127": 2, "lTo105": 1, "lTo121": 1, "lTo106": 1},
    ),
    (
        "lTn60",
        "en",
        "shieldnet360",
        "After a near-miss with ransomware: backups, patching and a response plan",
        "Design and printing company in Tra Vinh city, 25 staff, no IT department; one tech-savvy employee "
        "helps out. Contracts, quotes and design files sit on a few PCs and a simple NAS, backed up now and then "
        "to a portable drive. Our accountant opened an 'invoice' zip from an address one letter off a supplier's, "
        "the way a small agency elsewhere lost everything in 24 hours. We want proper backups, updates, MFA, "
        "staff awareness and a written plan for what to do if files are encrypted.",
        {"lTo106": 2, "lTo107": 2, "lTo109": 2, "lTo121": 2, "lTo105": 1, "lTo124": 1, "lTo120": 1, "lTo110": 1},
    ),
    (
        "lTn61",
        "en",
        "vgt_kieng",
        "Stopping night-time theft of bonsai and ornamental trees before Tet",
        "Ornamental plant nursery in Long Ho (Vinh Long) with over a thousand potted apricot and bonsai trees. "
        "Before Tet, a nursery elsewhere was hit three times between midnight and dawn by a group of three, two "
        "climbing the fence while one kept watch, losing a bonsai worth 5-7 million VND; dogs and chains on the "
        "trunks only helped partly. We want outdoor cameras with smart detection of people at the fence and "
        "alerts to our phones, plus lights or sirens to scare them off.",
        {
            "lTo004": 2,
            "lTo034": 2,
            "lTo009": 1,
            "lTo050": 1,
            "lTo033": 1,
            "lTo010": 1,
            "lTo003": 1,
            "lTo051": 1,
            "lTo005": 1,
        },
    ),
    (
        "lTn62",
        "vi",
        "cafef_thanhlong",
        "Chòi máy bơm ngoài vườn bị đập cửa lấy mô tơ, cần báo động về điện thoại",
        "Nhà vườn trồng bưởi, thanh long ở huyện Tiểu Cần. Giá trái cao thì bị trộm cắt trái, rồi trộm luôn mô tơ: "
        "có người xây chòi tường, cửa sắt để 2 mô tơ vẫn bị đập cửa lấy hết, phải giăng mùng ngủ ngoài vườn canh. "
        "Chòi có điện bơm nhưng không có wifi. Cần thiết bị báo động trong chòi: có người phá cửa hay vào là hú còi và "
        "báo ngay về điện thoại, tốt nhất gửi kèm hình.",
        {"lTo051": 2, "lTo012": 2, "lTo050": 1, "lTo010": 1, "lTo011": 1, "lTo037": 1},
    ),
    (
        "lTn63",
        "en",
        "danviet_thanhlong",
        "Detecting intruders who steal lamps and cables from a lit orchard",
        "Fruit farm in Tra Cu that lights its 4,000 dragon-fruit posts at night to force off-season flowering. "
        "Growers in a similar area lost over 70 million VND in a year to thieves stealing bulbs and power cables, "
        "and when they spot the thieves they are afraid to confront them. We want perimeter detection along "
        "the farm boundary that raises an alarm the moment someone climbs or cuts through, without us walking "
        "out in the dark.",
        {"lTo037": 2, "lTo057": 2, "lTo032": 1, "lTo009": 1, "lTo056": 1, "lTo050": 1},
    ),
    (
        "lTn64",
        "vi",
        "dantri_hoakhoi",
        "Cửa hàng điện thoại mất phụ kiện liên tục, cần camera rõ nét quầy và kho",
        "Cửa hàng điện thoại, phụ kiện ở thị trấn Vũng Liêm. Hàng liên tục hao hụt giữa nhập và xuất: ốp lưng, dây sạc, "
        "sạc dự phòng, tai nghe bluetooth, đồng hồ thông minh, cả điện thoại; như một cửa hàng ở TP.HCM, trích xuất "
        "camera cũ không thấy gì rõ ràng, cuối cùng thủ phạm lại là nhân viên. Cần camera độ phân giải cao quay rõ quầy, "
        "tủ kính, kho, không góc khuất, xem lại trên điện thoại.",
        {"lTo015": 2, "lTo016": 2, "lTo019": 2, "lTo026": 1, "lTo022": 1, "lTo034": 1, "lTo017": 2},
    ),
    (
        "lTn65",
        "en",
        "jiji",
        "EAS antennas, tags and deactivator for an electronics accessories shop",
        "Electronics and accessories shop in Tra Vinh city. We want an electronic article surveillance system: "
        "antennas at the exit that alarm when an active tag passes, hard tags and printed labels, and a detacher "
        "and label deactivator at the till, plus advice on which items are worth tagging so we don't tag "
        "everything.",
        {"lTo022": 2, "lTo023": 2, "lTo024": 2, "lTo025": 2, "lTo021": 1},
    ),
    (
        "lTn66",
        "vi",
        "foscam",
        "Camera năng lượng mặt trời 4G cho bãi vật tư công trình chưa có điện",
        "Công ty xây dựng ở TP Trà Vinh có bãi tập kết thép, xi măng, máy móc ven sông tại công trình chưa kéo điện. "
        "Cần camera có pin mặt trời và bộ phát 4G, tự ghi hình kể cả khi mất kết nối, ắc quy chịu được 3-4 ngày không "
        "nắng mùa mưa, có theo dõi để báo trước khi sắp cạn điện; tháo lắp chuyển sang công trình khác được.",
        {"lTo010": 2, "lTo011": 2, "lTo009": 2, "lTo013": 2, "lTo014": 2, "lTo012": 1},
    ),
    (
        "lTn67",
        "vi",
        "azweb",
        "HTX 10 máy tính cần đơn vị IT lo bảo mật, cập nhật và sao lưu",
        "Hợp tác xã dừa sáp ở huyện Cầu Kè, 10 máy tính lưu dữ liệu kế toán, khách hàng. Sợ virus, trojan, ransomware "
        "và cả “bom logic”: đoạn mã độc nằm im do ai đó cài sẵn, tới ngày hay điều kiện nhất định mới phá hoại, nhất "
        "là khi người cũ nghỉ việc. Cần đơn vị IT đến cài phần mềm bảo mật, bật cập nhật, sao lưu, rà soát quyền truy "
        "cập và hướng dẫn nhân viên.",
        {"lTo110": 2, "lTo109": 2, "lTo123": 2, "lTo124": 2, "lTo121": 1, "lTo120": 1},
    ),
    (
        "lTn68",
        "en",
        "webtretho",
        "After-hours burglary protection for a jewellery and watch shop",
        "Jewellery and watch shop in Vinh Long city, shop-house with living quarters above. We already have bars "
        "on windows, balcony and roof terrace, with a fire-escape route. We need an intruder alarm with sensors "
        "on doors and inside, indoor cameras covering blind corners, and monitoring so someone reacts at night, "
        "since cameras alone don't stop experienced burglars.",
        {"lTo051": 2, "lTo053": 2, "lTo055": 2, "lTo015": 1, "lTo016": 1, "lTo050": 1, "lTo054": 2, "lTo056": 1},
    ),
    (
        "lTn69",
        "vi",
        "tepbac_trombien",
        "Ghe hàng bị hút trộm dầu ban đêm, cần báo động trên ghe",
        "Hợp tác xã vận tải ghe hàng trên sông Cổ Chiên, đoạn qua huyện Long Hồ. Ghe đậu đêm ở bến hay bị “ma dầu” lên "
        "hút trộm dầu; ở cửa biển Khánh Hội (Cà Mau) chúng hút hàng ngàn lít mỗi đêm, đi vỏ composite máy 6 lốc chạy "
        "nhanh hơn cả ca nô chức năng. Cần thiết bị gắn trên ghe phát hiện người lên ghe, mở nắp hầm, hú còi và báo "
        "về điện thoại chủ ghe.",
        {"lTo091": 2, "lTo093": 2, "lTo094": 2, "lTo095": 1},
    ),
    (
        "lTn70",
        "en",
        "vietnamnet_cam",
        "King-orange orchard stripped before harvest: cameras and alerts",
        "King-orange grower in Tam Binh (Vinh Long). Fruit theft is spreading: an orchard elsewhere lost the whole "
        "crop of more than 30 trees, each carrying over 10 kg, days before harvest, with branches broken too, and "
        "a banana grower lost bunches from nearly 100 plants. Our orchard is a few hundred metres from the "
        "house. We want outdoor cameras that see at night, detect people among the trees and alert our phones.",
        {"lTo004": 2, "lTo009": 2, "lTo010": 2, "lTo011": 2, "lTo034": 2, "lTo003": 1, "lTo050": 1, "lTo005": 1},
    ),
    (
        "lTn71",
        "vi",
        "ezvps",
        "Công ty du lịch cần tập huấn nhận diện email lừa đảo giả ngân hàng",
        "Công ty lữ hành ở TP Trà Vinh, 12 nhân viên dùng email giao dịch với khách và đối tác. Thường nhận email "
        "giả ngân hàng, cơ quan nhà nước, có giao diện y hệt, đòi xác minh tài khoản hoặc bấm liên kết. Cần khóa tập "
        "huấn ngắn giúp nhân viên nhận ra email lừa đảo, biết kiểm tra địa chỉ người gửi và đường link, xử lý khi lỡ "
        "bấm, có bài kiểm tra thử.",
        {
            "lTo125": 2,
            "lTo126": 2,
            "lTo129": 2,
            "lTo114": 2,
            "lTo112": 2,
            "lTo117": 1,
            "lTo113": 2,
            "lTo115": 2,
            "lTo116": 2,
        },
    ),
    (
        "lTn72",
        "en",
        "website101",
        "Revoke door access the day staff leave our cold store",
        "Cold-storage company in Vinh Long, 18 staff. A former employee was still able to get in weeks after "
        "leaving because keys were copied. We hesitated over access control as overkill and costly for a firm "
        "our size, but we now want credentials we can cancel instantly, per-door and per-time permissions, "
        "logs to audit, and a simple offboarding routine.",
        {"lTo061": 2, "lTo058": 2, "lTo060": 2, "lTo062": 2, "lTo064": 2, "lTo063": 2, "lTo059": 1, "lTo162": 1},
    ),
    (
        "lTn73",
        "vi",
        "baixe123",
        "Nhận dạng biển số xe tải ở cổng nhập mía của nhà máy đường",
        "Nhà máy đường ở huyện Trà Cú, mùa vụ mỗi ngày hàng trăm xe tải chở mía ra vào, cổng thường ùn ứ vì bảo vệ "
        "ghi biển số bằng tay. Cần camera nhận dạng biển số tự động (OCR, có thể kết hợp thẻ RFID), ghi giờ vào ra, "
        "đối chiếu với phiếu cân và danh sách xe đăng ký, mở barie cho xe hợp lệ, chạy được ban đêm.",
        {
            "lTo041": 2,
            "lTo042": 2,
            "lTo043": 2,
            "lTo044": 2,
            "lTo040": 2,
            "lTo045": 1,
            "lTo047": 1,
            "lTo048": 1,
            "lTo049": 1,
            "lTo046": 1,
        },
    ),
    (
        "lTn74",
        "en",
        "autodealergps",
        "Trackers that alert when a parked bike moves and help after a crash",
        "Motorbike-taxi cooperative in Tra Vinh city, 40 riders. We want a tracker on each bike that notifies us "
        "by SMS or e-mail as soon as a parked bike starts moving, then tracks it automatically at intervals we "
        "choose (1, 5, 30 or 60 minutes), a team that can go and recover the bike, and a way to locate a rider "
        "who has had an accident.",
        {"lTo102": 2, "lTo104": 1, "lTo101": 1, "lTo096": 1},
    ),
    (
        "lTn75",
        "vi",
        "radiodlsn",
        "Nhà thuốc cần cảm biến cửa và báo động về điện thoại khi cửa bị mở ban đêm",
        "Nhà thuốc tây ở thị trấn Cầu Kè, cửa cuốn mặt tiền và cửa sau. Cuối năm trộm lộng hành, ra chợ thấy hơn 20 loại "
        "thiết bị chống trộm giá nào cũng có, không biết chọn. Cần bộ báo động có cảm biến từ ở cửa, cảm biến trong "
        "nhà, còi hú, bật tắt theo chế độ khi có người ở trên lầu, báo về điện thoại khi cửa bị mở ban đêm.",
        {"lTo051": 2, "lTo052": 2, "lTo053": 2, "lTo050": 1, "lTo054": 1},
    ),
]
