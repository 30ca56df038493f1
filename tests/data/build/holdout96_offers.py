"""Offers for the holdout96 labelled set: security and safety technology for shops, farms, warehouses and
factories. Each row paraphrases one public page (see holdout96_sources.py); about a fifth are distractors
from neighbouring fields (lTo130 to lTo161)."""

OFFERS = [
    # farm, pond and orchard cameras
    (
        "lTo001",
        "en",
        "equisearch",
        "Barn and stable surveillance: site assessment and system design",
        "We assess barns, stables and farmyards and design the camera system that fits them, from a single "
        "backyard barn to a multi-building livestock operation. We explain the older analog set-up (camera on a "
        "cable to a recorder) versus IP systems, and can advise on the insurance premium discount some insurers "
        "give once a system is in. Background: an estimated 40,000 horses plus farm equipment and tack are stolen "
        "each year in the US.",
    ),
    (
        "lTo002",
        "en",
        "secsa1",
        "Farm CCTV planned around the five Ds of security",
        "Consultancy for CCTV on farmsteads, warehouses and factories built on the same principles: deter, detect, "
        "delay, deny and defend, plus a sixth D, detain, and the evidence that recordings provide. We combine "
        "warning signs, perimeter fencing and gates cleared of shrubs and tall grass, early-warning detection and "
        "a safe room with communications so staff can call a response team.",
    ),
    (
        "lTo003",
        "vi",
        "capj",
        "Camera kích hoạt theo chuyển động cho trại chăn nuôi và cổng vào",
        "Chuyển giao giải pháp đặt camera kích hoạt bằng chuyển động quanh chuồng, lối vào trang trại và nơi xe "
        "chở gia súc ra vào, vừa phát hiện kẻ lạ vừa theo dõi bò đẻ, con ốm. Có loại camera không cần internet "
        "và không cần dây điện, loại không dây, và loại quan sát rộng để giảm số mắt phải mua. Theo khuyến nông "
        "Đại học bang South Dakota, khoảng 75% nông dân từng bị xâm nhập hoặc trộm cắp tài sản.",
    ),
    (
        "lTo004",
        "en",
        "salina",
        "Outdoor farmstead camera packages linked to motion sensors",
        "We supply and fit video surveillance for farm shops, machinery sheds and grain storage: pan/tilt/zoom "
        "cameras that rotate 360 degrees, box cameras with interchangeable lenses, discreet dome cameras and "
        "infrared cameras for night images. Weatherproof outdoor models are included, and each camera zone is "
        "tied to a motion sensor that sets off the alarm and starts the recorder where the movement is.",
    ),
    (
        "lTo005",
        "en",
        "fwi",
        "Rural CCTV network that records vehicle number plates",
        "Design and installation of farm CCTV networks covering entrances, yards, grain stores and workshops, with "
        "discreet infrared cameras and cameras good enough to read registration plates. A reference farm uses 13 "
        "cameras feeding a 16-channel digital recorder that records over itself unless a camera's movement "
        "sensor triggers; footage of a suspicious vehicle near the diesel pump later helped the police.",
    ),
    (
        "lTo006",
        "vi",
        "cwpa",
        "Tư vấn camera cổng trang trại và tính dung lượng lưu trữ",
        "Tư vấn chọn camera quan sát cổng và đường vào trang trại sao cho nhận dạng được người lạ: tốc độ khung "
        "hình, độ phân giải, tốc độ tải lên, khả năng nhìn đêm, luồng ONVIF. Chúng tôi tính dung lượng ổ ghi theo "
        "công thức bitrate × thời gian × số camera; ví dụ 3 camera 1024 Kbps ghi liên tục 14 ngày, và lưu ý "
        "lưu lên đám mây ở độ phân giải cao sẽ tốn nhiều dung lượng internet.",
    ),
    (
        "lTo007",
        "en",
        "betterfarm",
        "Do-it-yourself barn camera kit viewed from a smartphone",
        "Kit and guidance for farmers who want to watch cattle barns and feedlots from a phone over Wi-Fi or the "
        "cellular network: still cameras that shoot colour by day and infrared black-and-white at night, plus "
        "pan-tilt-zoom video cameras, all saved to a recorder for later review. A reference farm with 8 cameras "
        "did most of the work itself for about $2,400, against a $15,000 installer quote.",
    ),
    (
        "lTo008",
        "vi",
        "haiduong_cage",
        "Hệ thống camera giám sát lồng bè nuôi cá xem qua điện thoại",
        "Lắp camera quan sát toàn bộ khu lồng bè trên sông, xem và phóng to từ điện thoại ở nhà trên bờ để kiểm "
        "tra cá chết, váng dầu, ghe thuyền qua lại và giữ an ninh tài sản. Một hộ nuôi cá lồng đang vận hành hơn "
        "20 camera, tổng trị giá khoảng 60 triệu đồng, vừa chỉ đạo công nhân từ xa vừa yên tâm chống trộm.",
    ),
    (
        "lTo009",
        "en",
        "asis_solar",
        "Solar-powered camera installations for long perimeters without mains power",
        "Integrator service for solar-powered video surveillance where the perimeter is too long or too far from "
        "a power source for wired cameras, as on a several-acre training ground. Better solar panels, fewer "
        "moving parts and lower-power wireless Ethernet now make stationary solar camera sites practical, not "
        "just the solar trailers used for parades and events.",
    ),
    (
        "lTo010",
        "en",
        "loyalty_4g",
        "Off-grid solar 4G PTZ cameras with scheduled modem power",
        "Solar PTZ cameras with a 4G module whose power can be scheduled, for remote sites. The 4G modem draws "
        "150-350 mA and is about half the load; waking it 10 minutes each hour cuts its use by roughly 70-83%. "
        "With interval scheduling a 40 Ah battery that lasts 3.5 days on full-time 4G can run 10 to 12 days of "
        "cloudy weather while the camera keeps recording locally.",
    ),
    (
        "lTo011",
        "vi",
        "loyalty_fw",
        "Camera PTZ 4G năng lượng mặt trời có chốt bảo vệ pin và dữ liệu",
        "Cung cấp camera PTZ dùng pin mặt trời và 4G cho nơi không có điện lưới, firmware có nhiều lớp chống "
        "bật nhầm chế độ ghi và truyền 24/7: hộp thoại cảnh báo kèm đếm ngược 5-10 giây, ẩn menu theo nguồn điện, "
        "ngắt khi điện áp thấp và báo cáo dùng dữ liệu hằng ngày. Một lần bật nhầm có thể làm cạn ắc quy 60 Ah "
        "trong chưa đầy 24 giờ hoặc tiêu 15 GB dữ liệu 4G qua một đêm.",
    ),
    (
        "lTo012",
        "en",
        "elektor",
        "Stand-alone solar webcam with PIR alarm (open hardware project)",
        "An open project for a compact solar webcam that needs no mains power: a repurposed smartphone in an IP67 "
        "box of about 16 x 8 x 6 cm sends pictures by FTP or e-mail every 3 minutes to every few hours over Wi-Fi "
        "or 2G/3G, takes a picture on SMS request, adapts upload frequency to the battery charge and can add a "
        "PIR sensor that works as an intruder alarm.",
    ),
    (
        "lTo013",
        "vi",
        "ygne_tower",
        "Trụ giám sát năng lượng mặt trời tích hợp camera nhiệt, radar và 4G",
        "Cung cấp trụ giám sát độc lập chạy bằng tấm pin mặt trời và bộ ắc quy lithium, hoạt động 24/7 và có chế "
        "độ ngủ tiết kiệm khi pin yếu. Cột ống lồng mang camera ngày/đêm và camera nhiệt, radar mặt đất tự quay "
        "camera về phía người hoặc xe di chuyển, truyền hình về trung tâm qua 4G/5G, vô tuyến hoặc vệ tinh; có "
        "thể gắn thêm camera nhận dạng biển số.",
    ),
    (
        "lTo014",
        "en",
        "mobilepro",
        "Mobile solar surveillance trailers with power budgeting",
        "Mobile surveillance trailers for gates, staging yards and event entrances, designed from a power budget: "
        "every camera, radio, analytics box and mast light is listed with its wattage and duty cycle to get the "
        "daily watt-hours, which then sizes the solar array and battery for the worst season so the site does "
        "not go dark when weather turns.",
    ),
    # shop, warehouse and factory cameras
    (
        "lTo015",
        "vi",
        "haanh_ip",
        "Camera IP độ phân giải tới 4K, xem từ xa và đàm thoại hai chiều",
        "Cung cấp camera IP truyền hình qua mạng LAN/internet, mỗi mắt có địa chỉ IP riêng, xem trực tiếp qua "
        "trình duyệt hoặc ứng dụng điện thoại từ bất cứ đâu. Độ phân giải tới 4K, 16 megapixel; ghi vào đầu ghi "
        "NVR, thẻ nhớ, NAS hoặc đám mây; nhiều mẫu có micro và loa để nói chuyện hai chiều và có phân tích hình "
        "ảnh.",
    ),
    (
        "lTo016",
        "vi",
        "thuanhung",
        "Lắp camera IP wifi cho cửa hàng nhỏ và hệ chuyên nghiệp cho kho xưởng",
        "Gói camera IP không dây 1-2 mắt cho gia đình và cửa hàng nhỏ gồm camera, thẻ nhớ, bộ nguồn; nếu wifi "
        "chập chờn có thể cắm dây mạng trực tiếp. Với nhà xưởng, kho bãi cần nhiều camera và lưu trữ lâu dài, "
        "chúng tôi thiết kế hệ camera IP chuyên nghiệp có đầu ghi.",
    ),
    (
        "lTo017",
        "vi",
        "vienthongxanh",
        "Thi công hệ camera IP với đầu ghi NVR, switch PoE và cáp Cat6",
        "Thiết kế, thi công hệ thống camera IP cho văn phòng, nhà xưởng, cửa hàng và khu dân cư: camera có hồng "
        "ngoại, PTZ, đàm thoại; đầu ghi NVR gắn ổ cứng, xuất HDMI/VGA; switch PoE cấp nguồn và dữ liệu trên một "
        "sợi cáp; cáp mạng Cat5e/Cat6 và nguồn 12V. Hệ thống xem được từ xa và dễ mở rộng.",
    ),
    (
        "lTo018",
        "vi",
        "kth",
        "Khảo sát, thiết kế camera nhà xưởng theo kinh nghiệm kỹ sư 20 năm",
        "Đội kỹ sư điện nhẹ hơn 20 năm kinh nghiệm khảo sát và chọn đúng loại camera (IP, analog, dome, bullet, "
        "PTZ, PoE) cho xưởng và kho. Bài học điển hình: một xưởng 2.000 m² ở Quận 12 tự lắp 10 camera wifi giá rẻ, "
        "mạng nội bộ nghẽn, khi mất lô hàng trị giá hàng trăm triệu thì hệ thống báo offline và thẻ nhớ đã hỏng "
        "từ lâu.",
    ),
    (
        "lTo019",
        "vi",
        "ocd_cam",
        "Giải pháp hệ thống camera giám sát trọn gói cho doanh nghiệp",
        "Cung cấp hệ thống camera giám sát gồm camera analog, IP, PTZ; đầu ghi NVR/DVR; màn hình quan sát; phần "
        "mềm quản lý video có phát hiện chuyển động, cảnh báo an ninh và truy xuất dữ liệu; kết nối mạng để xem "
        "từ xa qua điện thoại hoặc máy tính. Phục vụ bảo vệ tài sản và theo dõi hoạt động tại doanh nghiệp.",
    ),
    (
        "lTo020",
        "en",
        "zoneminder_deb",
        "ZoneMinder: free multi-camera CCTV software for Linux",
        "ZoneMinder is packaged free software for single- or multi-camera video security on a Linux machine, for "
        "commercial or home CCTV and theft prevention. It captures, analyses, records and monitors video from "
        "network or attached cameras, controls pan/tilt/zoom cameras through several protocols from the web, "
        "and can be tied into home-automation systems.",
    ),
    # anti-shoplifting
    (
        "lTo021",
        "en",
        "rutgers_eas",
        "Electronic article surveillance for shops: what it is and when it pays",
        "Guidance on EAS for retailers: detectable tags are built into packaging or attached by the store, removed "
        "or deactivated on a pad at the till, and detectors at the exits alarm when an active tag passes. Before "
        "buying we help you check whether your stock and shoplifting losses justify the detectors, tags and "
        "deactivators, and how staff can respond safely when the alarm sounds.",
    ),
    (
        "lTo022",
        "vi",
        "kiotviet_tem",
        "Tem từ an ninh cứng và mềm, cổng từ chống trộm cho cửa hàng",
        "Cung cấp hai loại tem từ cho siêu thị và cửa hàng bán lẻ: tem cứng tái sử dụng cho quần áo, giày dép, "
        "chai lọ, đồ hộp, tháo bằng bộ gỡ tem; tem mềm dùng một lần dán lên hàng nhỏ gọn, khử từ bằng bàn khử "
        "từ trước khi giao cho khách. Đi kèm cổng từ báo động ở lối ra.",
    ),
    (
        "lTo023",
        "en",
        "encstore",
        "EAS gates and tags for retail and department stores",
        "We supply electronic article surveillance: visible tags on displayed merchandise and detection gates at "
        "entry and exit points that alarm so staff can step in. Shoplifting has become a US$100 billion problem "
        "and retailers faced about 88% more business risk during the pandemic; EAS is the most cost-effective "
        "way to cut these losses without locking goods away.",
    ),
    (
        "lTo024",
        "vi",
        "lossprev",
        "Tư vấn chống thất thoát: dán tem gì, giấu tem ra sao, tem mực",
        "Dịch vụ tư vấn chống thất thoát cho cửa hàng dùng hệ thống EAS: EAS tự nó không chấm dứt được nạn ăn "
        "cắp, nên cần giấu tem kỹ, gắn chắc, chỉ dán tem cho hàng từ một mức giá trở lên và hàng hay bị mất để "
        "đỡ tốn tem và công; dùng tem mực cho hàng vải. Hệ thống được bảo trì tốt giúp nhân viên phục vụ khi "
        "khách đông.",
    ),
    (
        "lTo025",
        "vi",
        "wikimili_eas",
        "Hệ thống EAS các loại, kể cả loại âm sàn và treo trần không lộ cột",
        "Giới thiệu và lắp đặt các loại hệ thống giám sát hàng hóa điện tử (EAS) cho cửa hàng, thư viện và văn "
        "phòng: ăng-ten ở lối ra cùng tem hoặc nhãn gắn trên hàng, chỉ nhân viên gỡ hoặc khử khi khách đã trả "
        "tiền. Có loại hệ thống ẩn lắp dưới sàn hoặc từ trần để mặt tiền không vướng cột. Tem EAS được Arthur "
        "Minasy sáng chế năm 1964.",
    ),
    # video analytics: faces, perimeters, open-source recorders
    (
        "lTo026",
        "vi",
        "skytech",
        "Camera an ninh nhận diện khuôn mặt, cảnh báo người lạ",
        "Cung cấp camera an ninh tích hợp nhận diện khuôn mặt: thuật toán học máy phát hiện khuôn mặt trong khung "
        "hình, trích đặc trưng và so với dữ liệu khuôn mặt đã lưu. Ứng dụng: cảnh báo khi người lạ xuất hiện "
        "trong vùng giám sát, xác thực người được vào khu vực bảo vệ, kết hợp với hệ thống điều khiển ra vào.",
    ),
    (
        "lTo027",
        "vi",
        "newocean",
        "Camera thông minh phân tích đối tượng cho trung tâm thương mại",
        "Giải pháp camera thông minh dùng trí tuệ nhân tạo cho trung tâm mua sắm và hạ tầng công cộng: theo dõi "
        "hàng hóa, giữ trật tự, kiểm tra gian hàng; phân tích, phát hiện đối tượng và nhận diện khuôn mặt 2D/3D "
        "bằng cách đo khoảng cách hai mắt, từ trán đến cằm, đối chiếu cơ sở dữ liệu thời gian thực.",
    ),
    (
        "lTo028",
        "vi",
        "sgtimes",
        "Dịch vụ cảnh báo kẻ cắp quen mặt dùng chung cho nhiều cửa hàng",
        "Mô hình dịch vụ như Facewatch ở Anh: bảo vệ siêu thị tải ảnh kẻ cắp vặt (bắt được hoặc thấy qua camera) "
        "lên phần mềm nhận diện gương mặt, cơ sở dữ liệu được chia sẻ cho các cửa hàng lân cận; khi người đó quay "
        "lại, camera nhận ra và báo cho nhóm bảo vệ. Phí tham khảo 250 bảng Anh mỗi tháng; cần lưu ý quyền riêng "
        "tư.",
    ),
    (
        "lTo029",
        "en",
        "cctvwiki",
        "AI video analytics for perimeter security",
        "Camera analytics for the outer boundary of a site: intrusion detection and object analysis, behaviour "
        "analysis that flags loitering and movement consistent with break-ins, and vehicle checks for "
        "tailgating, forced entry and wrong-way approaches, with licence-plate recognition to automate entry for "
        "authorised vehicles. Built on computer vision with denoising, HDR and low-light imaging.",
    ),
    (
        "lTo030",
        "en",
        "bastelia",
        "Real-time AI perimeter intrusion detection on your existing cameras",
        "We turn cameras into sensors: models classify people versus vehicles, track them across frames and apply "
        "virtual-fence rules (line crossing, restricted zones, loitering thresholds, fence climbing) to send "
        "verified alerts. Edge AI keeps working when connectivity is poor; we tune placement, zones and "
        "verification to cut nuisance alarms, with privacy by design. Send perimeter type, camera count and "
        "your NVR to start.",
    ),
    (
        "lTo031",
        "en",
        "incoresoft",
        "Video intrusion detection with zones and multi-frame confirmation",
        "Operators draw virtual lines or areas in each camera view; the analytics detect and classify every "
        "moving person or vehicle, apply rules such as a person crossing from outside or a vehicle in a "
        "restricted zone after hours, require persistence over several frames, then alert with video evidence. "
        "Wildlife, wind, shadows and reflections no longer trigger alarms; suited to industrial fence lines, "
        "closed premises and construction sites.",
    ),
    (
        "lTo032",
        "vi",
        "transitvue",
        "Phân tích hình ảnh phát hiện xâm nhập vành đai, bỏ qua động vật nhỏ",
        "Phần mềm phân tích hành vi xâm nhập vành đai: phát hiện, bám theo và phân loại người, xe, vật thể đi vào "
        "vùng do người dùng khoanh trong khung hình; không báo động với động vật nhỏ như chuột hay rác bay. Hoạt "
        "động tốt khi ánh sáng thay đổi, có bóng đổ, thời tiết xấu; dùng được với camera thường và camera nhiệt "
        "cho nơi tầm nhìn kém, xuất tọa độ để hiển thị trên bản đồ.",
    ),
    (
        "lTo033",
        "vi",
        "sipoch",
        "Phân tích video AI loại bỏ tới 95% báo động giả",
        "Giải pháp phân tích video dựa trên học máy, phân loại đối tượng để loại tới 95% báo động giả của hệ "
        "thống giám sát. Trong một thử nghiệm camera kèm cảm biến PIR tại nhà kho, chó gây 28% và côn trùng 14% "
        "số báo động giả; thuật toán được huấn luyện để nhận ra chó, nhện và coi là sự kiện không nguy hiểm. "
        "Doanh nghiệp có thể tự định nghĩa thế nào là báo động thật.",
    ),
    (
        "lTo034",
        "vi",
        "v380",
        "Camera thông minh AI phân biệt mối đe dọa thật cho nhà ở và cửa hàng",
        "Camera an ninh tích hợp AI phân tích hình ảnh ngay khi ghi: phân biệt cành cây lay, thú đi ngang với sự "
        "cố thật, cảnh báo khi có người đứng lâu trước cửa, để lại đồ ở khu vực nhạy cảm, hoặc dò xét cửa sổ. "
        "Học sâu chỉ tập trung xử lý khi có điều đáng quan sát nên giảm quá tải báo động giả và cảnh báo theo thời "
        "gian thực.",
    ),
    (
        "lTo035",
        "en",
        "eyefire",
        "AI restricted-area monitoring for factories and warehouses",
        "Computer vision on factory cameras watches hazardous and restricted zones (robot cells, production lines, "
        "chemical stores) in real time: it recognises people, spots unauthorised entry, tailgating into restricted "
        "zones and staff wandering into the wrong area, and alerts before an accident or loss. It moves the site "
        "from passive recording and card access to proactive prevention.",
    ),
    (
        "lTo036",
        "vi",
        "baomoi_camai",
        "Camera AI nhận diện khuôn mặt, biển số và hành vi bất thường",
        "Cung cấp camera AI phân tích dữ liệu theo thời gian thực, nhận diện khuôn mặt, biển số xe, hành vi bất "
        "thường; tự động cảnh báo người lạ xâm nhập, hành vi khả nghi, tình huống nguy hiểm như cháy nổ, gây "
        "rối, đột nhập. Dùng cho chung cư, văn phòng, nhà máy, giảm người trực màn hình; ứng dụng 5G và Edge AI.",
    ),
    (
        "lTo037",
        "vi",
        "kungfutech",
        "Hàng rào thông minh IoT phát hiện sớm xâm nhập",
        "Lớp IoT gắn lên hàng rào sẵn có: cảm biến rung trên lưới và ray, cảm biến reed hoặc IMU ở cổng chống đi "
        "theo, đo dòng khóa từ để phát hiện cố mở, sự kiện nhiệt và hình ảnh để biết hướng tiếp cận. Mục tiêu "
        "giảm 90% số lần xâm nhập trong 90 ngày; kết hợp nhiều cảm biến và lọc tín hiệu vì rung gần đường lớn, "
        "cột nối đất kém hay dây không bọc có thể gây nhiễu.",
    ),
    (
        "lTo038",
        "en",
        "frigate",
        "Frigate: local network video recorder with real-time AI object detection",
        "Open-source NVR that runs object detection (OpenCV and TensorFlow) locally on IP camera streams, with no "
        "cloud. Cheap motion detection decides where to look, detection runs in separate processes, and a GPU or "
        "AI accelerator is strongly recommended. It records 24/7 or keeps clips by detected object, re-streams "
        "over RTSP, gives low-latency live view and talks MQTT to Home Assistant and other systems.",
    ),
    (
        "lTo039",
        "vi",
        "frigate_doe",
        "Hướng dẫn triển khai Frigate bằng Docker để nhận diện người, xe trên camera",
        "Hướng dẫn cài đặt phần mềm đầu ghi Frigate (mã nguồn mở, Python/JavaScript) bằng Docker: nhận biết theo "
        "thời gian thực vật thể là mèo, xe hay người, gửi thông báo, giao diện web. Chạy thử bằng CPU rồi chuyển "
        "sang bộ phát hiện OpenVINO trên GPU tích hợp Intel; lưu ý báo nhầm nhiều khi có bóng đổ, cần chỉnh cấu "
        "hình. Kèm giải thích PoE, hồng ngoại, ONVIF, RTSP, PTZ.",
    ),
    (
        "lTo040",
        "en",
        "frigate_lpr",
        "Licence-plate recognition in Frigate for cars and motorcycles",
        "Frigate's licence-plate recognition reads plates on cars, motorcycles, buses and trucks, adds the "
        "characters to the tracked object, or the owner's name as a label when the plate is known, and keeps "
        "refining the reading while the vehicle moves and briefly after it stops. Plates can then be searched "
        "in the review history.",
    ),
    # licence plates and smart parking
    (
        "lTo041",
        "en",
        "smarty_anpr",
        "ANPR cameras as an evidence layer for gate access control",
        "We link each gate event to a recognised plate: trigger, identification, authorisation against the "
        "allowed list, and barrier action, logging timestamp, location, plate, confidence score and outcome so "
        "every vehicle entry can be reconstructed after an incident. Modern ANPR copes far better with glare, "
        "night, rain, speed and angled approaches.",
    ),
    (
        "lTo042",
        "en",
        "su_anpr",
        "ANPR vehicle access control systems for gates and entrances",
        "Supply and set-up of automatic number-plate recognition at gates for commercial premises, residential "
        "communities and high-security sites: pole- or gantry-mounted infrared cameras placed for the right "
        "height and angle, triggers from inductive loops, infrared beams, radar or motion detectors, image "
        "preprocessing and OCR, and checks against a database to open or refuse.",
    ),
    (
        "lTo043",
        "en",
        "ptnet",
        "Licence-plate recognition within your physical-security strategy",
        "Physical-security integrator adding LPR to facilities: cameras turn plate numbers into machine-readable "
        "text, store them for review or match them against a database, then send alerts or open a gate. Typical "
        "uses are securing an area, monitoring gated entrances and parking traffic, tracking a known suspect's "
        "vehicle, finding stolen vehicles and enforcing parking rules.",
    ),
    (
        "lTo044",
        "en",
        "nedap",
        "Choosing between ANPR and transponder tags for vehicle identification",
        "Vehicle identification for access control by plate-reading camera (infrared capture, plate isolation, "
        "character segmentation, OCR, output over IP or serial) or by reader and windscreen tag. ANPR needs no "
        "tags to issue or revoke, so it suits visitors and suppliers at industrial estates and short-term "
        "permissions; tags suit fixed vehicle populations.",
    ),
    (
        "lTo045",
        "vi",
        "icare_bai",
        "Giải pháp bãi giữ xe thông minh chụp biển số và người gửi",
        "Tại cổng vào, camera phía trước chụp người gửi, camera phía sau chụp biển số; phần mềm tự nhận dạng biển "
        "số (khoảng 85% lượt xe với biển sạch, rõ), mã hóa thông tin xe, giờ vào, chủ xe vé tháng vào thẻ. Tại cổng "
        "ra, biển số được nhận dạng lại và đối chiếu; không khớp thì xử lý theo quy định bãi xe, khớp thì tính phí.",
    ),
    (
        "lTo046",
        "vi",
        "plo_matthan",
        "Hệ thống giữ xe “Mắt thần” kết hợp nhận dạng biển số và thẻ",
        "Hệ thống quản lý bãi xe của nhóm tác giả Học viện Kỹ thuật quân sự, vào chung khảo Nhân tài Đất Việt: máy "
        "tính gắn đầu đọc thẻ và camera; khi xe vào, thẻ mã riêng lưu giờ gửi, ảnh mặt chủ xe, ảnh và chữ biển số "
        "do phần mềm tự nhận dạng; khi ra, mọi thông tin hiện tức thì để bảo vệ đối chiếu, khoảng 5 giây một lượt.",
    ),
    (
        "lTo047",
        "vi",
        "tck_giuxe",
        "Máy giữ xe thông minh hai camera mỗi làn, thẻ chíp lưu hình",
        "Mô hình cho bãi một cửa vào, một cửa ra: mỗi làn có 2 camera (nhận dạng chủ xe và biển số), máy tính và "
        "đầu ghi/đọc thẻ chíp lưu biển số, ảnh xe và ảnh chủ xe. Khi xe ra, màn hình hiện ảnh lúc vào cạnh ảnh "
        "hiện tại để đối chiếu; mỗi lượt vào mất khoảng 3 giây (2 giây nhập biển số, 1 giây quét thẻ).",
    ),
    (
        "lTo048",
        "vi",
        "knsangtao",
        "Smart parking: thẻ RFID, camera biển số và cảnh báo khi biển số không khớp",
        "Xe vào bãi quẹt thẻ RFID đã đăng ký, barie mở, camera chụp và đọc biển số, camera toàn cảnh chụp người "
        "lái; số thẻ, biển số, ảnh được lưu cùng giờ vào. Khi ra, phần mềm tính phí, chụp lại biển số và so với "
        "lúc vào; sai lệch thì báo nhân viên. Xe gửi dài hạn có thẻ gắn với biển số đăng ký.",
    ),
    (
        "lTo049",
        "vi",
        "lachong_lpr",
        "Nghiên cứu nhận dạng biển số xe từ ảnh webcam (ĐH Lạc Hồng)",
        "Đề tài nghiên cứu khoa học của Khoa Điện - Điện tử, Trường Đại học Lạc Hồng (Biên Hòa, 2010): chụp ảnh "
        "xe bằng webcam, tìm vùng màu trắng, xác định và cắt vùng chứa biển số, tìm góc nghiêng bằng biến đổi "
        "Radon rồi xoay, nhận dạng ký tự trên Matlab. Sẵn sàng hợp tác phát triển cho bãi xe, cổng cơ quan.",
    ),
    # intruder alarms and fences
    (
        "lTo050",
        "vi",
        "nhaantam",
        "Cảm biến hồng ngoại PIR chống trộm trong nhà và ngoài trời",
        "Cung cấp cảm biến hồng ngoại thụ động PIR phát hiện người di chuyển nhờ chênh lệch thân nhiệt với môi "
        "trường, lắp trong nhà hoặc ngoài trời để chặn đột nhập qua tường rào, ban công, sân vườn, sân thượng, "
        "cửa sổ. Loại có dây và không dây, nặng khoảng 450 g, công suất thấp; hai miền phát hiện trên và dưới cùng "
        "phải thấy đối tượng mới báo, giảm báo nhầm.",
    ),
    (
        "lTo051",
        "vi",
        "fibaro",
        "Hệ thống báo động đột nhập gửi cảnh báo về điện thoại",
        "Lắp đặt hệ thống báo động gồm cảm biến ở cửa ra vào, lối đi, ban công; trung tâm điều khiển (bảng báo "
        "động hoặc hub nhà thông minh) đánh giá tín hiệu và kích hoạt còi hú, đèn báo, đồng thời gửi cảnh báo "
        "đến điện thoại chủ nhà khi phát hiện chuyển động hay cửa bị mở trái phép. Vận hành theo ba bước: phát "
        "hiện, xử lý, cảnh báo.",
    ),
    (
        "lTo052",
        "vi",
        "smartz",
        "Bộ báo động chống trộm nhiều chế độ: SOS, STAY ARM, ALARM, DISARM",
        "Cung cấp và hướng dẫn sử dụng hệ thống thiết bị chống trộm có từ 4 chế độ bảo vệ: SOS khẩn cấp, STAY ARM "
        "(bật báo động vùng ngoài khi người vẫn ở trong), ALARM bật toàn bộ, DISARM tắt báo động, DOOR BELL báo "
        "khách. Chọn đúng chế độ theo sinh hoạt giúp hệ thống phân biệt chủ và kẻ gian, tránh báo giả.",
    ),
    (
        "lTo053",
        "en",
        "generatorcn",
        "Burglar alarm systems: detectors, transmission and alarm controllers",
        "We supply intrusion alarm systems in three parts: detectors, the transmission channel and the alarm "
        "controller that shows the location of an event by sound and light at the security desk. Detectors "
        "include infrared, microwave, dual PIR/microwave, glass-break, vibration, ultrasonic, laser, magnetic "
        "door contacts and video motion detection, and the alarm works alongside access control, CCTV, visitor "
        "intercom and electronic patrol.",
    ),
    (
        "lTo054",
        "en",
        "telesite",
        "Monitored motion detectors for unmanned stores, offices and warehouses",
        "Motion detectors placed in every corner of a store, office or warehouse that is empty at night, usually "
        "monitored so the police are notified at once. Where a night watchman does rounds, the guard switches "
        "the detectors off while inspecting and back on afterwards. Businesses save the cost of overnight staff "
        "and lower insurance costs; not ideal for homes with pets.",
    ),
    (
        "lTo055",
        "en",
        "intruderdetect",
        "24/7 intruder alarm and CCTV monitoring with operator verification",
        "Alarm receiving centre service: operators receive events from graded intruder alarm panels over "
        "dual-path IP and cellular links (BS 8243, PD 6662), from CCTV analytics and perimeter sensors, verify "
        "each against the site policy, use audio challenge over on-site speakers and escalate to keyholders, "
        "patrols or police. Analytics (person and vehicle classification, tripwires, loitering) filter what "
        "reaches the operator.",
    ),
    (
        "lTo056",
        "en",
        "tsi",
        "Integrated intrusion detection that triggers cameras, locks and guards",
        "Design of intrusion-detection systems that go beyond burglar alarms: access control devices, motion and "
        "heat sensors, fence and gate monitors and CCTV programmed to react only to a real intruder, then start "
        "video recording, lock gates and doors automatically and page security guards for a fast response.",
    ),
    (
        "lTo057",
        "en",
        "sunwire",
        "Electric security fence array with cut, climb and short alarms",
        "Supply and installation of an electrified security array on top of a wall, free-standing or on the inside "
        "of an existing chain-link fence, with a wire every 4 to 6 inches up to 8 or 10 feet and alternate wires "
        "grounded. It shocks on contact and alarms if cut, climbed, shorted (for example with a thrown mattress) "
        "or if the voltage drops; a horizontal ground array stops digging under.",
    ),
    # access control and locks
    (
        "lTo058",
        "en",
        "locksmith_ac",
        "Keypad and fob access control for small businesses",
        "Electronic access control replacing keys for businesses over five employees: credentials issued and "
        "revoked without touching the lock, every entry logged with time and user. A logging keypad deadbolt "
        "costs US$200-400 per door installed; individual 4-6 digit PINs give a per-user audit trail for teams "
        "under ten; batteries last 12-18 months with low-battery alerts; RFID fobs and cards suit larger teams.",
    ),
    (
        "lTo059",
        "en",
        "calder",
        "Access control systems for warehouses",
        "Keyless entry systems installed at warehouse entry and exit points to allow or restrict staff in "
        "different parts of the premises and record attendance at each reader, working with CCTV and motion "
        "sensors. Warehouses are prime targets: burglars took £50,000 of goods from one baby-products warehouse "
        "in Yorkshire, disrupting deliveries as well.",
    ),
    (
        "lTo060",
        "en",
        "tcinow",
        "How our access control works: right token, right door, right time",
        "Each user gets a unique token (card, fob, phone over Bluetooth, fingerprint or face; PIN not "
        "recommended). At each door the system checks three things, valid user, valid door and valid time, and "
        "denies entry if any fails. Example: technicians enter the rear door from 7 AM, office staff the front "
        "door from 8 AM, and only two managers open the parts and tools store.",
    ),
    (
        "lTo061",
        "en",
        "securitylife",
        "Access control with role-based permissions, audits and offboarding",
        "Most small-business breaches come from process failures, like a former employee still having access "
        "three weeks after leaving, rather than hardware. We set up role-based access with logging and MFA, "
        "regular permission reviews that stop privilege creep, documented offboarding and training, combining "
        "security with compliance.",
    ),
    (
        "lTo062",
        "en",
        "noder",
        "Step-by-step design of access control for a small company",
        "Design service for small-business access control: needs analysis (what to protect, theft or damage "
        "risks), equipment selection, design and installation. It ends the problems of keys that are lost or "
        "copied, no record of who opened which door, no link to the alarm or video monitoring, and cylinders "
        "to replace whenever an employee loses keys.",
    ),
    (
        "lTo063",
        "vi",
        "flowfiz",
        "Hệ thống kiểm soát ra vào: thẻ RFID, mã PIN, sinh trắc học, nhật ký tự động",
        "Cung cấp hệ thống kiểm soát ra vào thay chìa khóa cơ: xác thực từng người bằng thẻ RFID hoặc thẻ thông "
        "minh, mã PIN trên bàn phím, ứng dụng điện thoại hoặc đầu quét vân tay, khuôn mặt; cho phép hay từ chối "
        "ngay lập tức và tự ghi nhật ký tên người, cửa, giờ vào. Chủ doanh nghiệp biết ai đang có mặt trong tòa nhà "
        "theo thời gian thực, kể cả người giữ thẻ cũ từ nhiều tháng trước.",
    ),
    (
        "lTo064",
        "en",
        "depotexpo",
        "Access control from single-door keypads to networked multi-site systems",
        "Access control devices ranging from a simple electronic keypad on one door to networked systems for "
        "several buildings with parking gates, time-and-attendance integration, exit controls and telephone "
        "entry. No more replacing lost keys, chasing keys from dismissed staff or guessing who can open which "
        "area.",
    ),
    (
        "lTo065",
        "vi",
        "chamcongkm",
        "Máy chấm công khuôn mặt kiêm kiểm soát cửa cho văn phòng nhỏ",
        "Giải pháp chấm công bằng nhận diện khuôn mặt đặt ở cửa ra vào văn phòng nhỏ: chấm công nhanh, chính xác, "
        "không chạm, không lo quên hay mất thẻ, tay dính dầu keo, xóa tình trạng chấm công hộ; đồng thời kiểm soát "
        "ra vào, dễ quản lý và giá phù hợp văn phòng nhỏ.",
    ),
    (
        "lTo066",
        "vi",
        "vkuface",
        "Mô hình mở khóa cửa bằng nhận diện khuôn mặt (ĐH CNTT&TT Việt - Hàn)",
        "Đồ án chuyên ngành của sinh viên Khoa Khoa học máy tính, Trường Đại học Công nghệ Thông tin và Truyền "
        "thông Việt - Hàn (Đà Nẵng, 2021), hướng dẫn PGS.TS Nguyễn Thanh Bình: mô hình khóa cửa tự mở khi nhận "
        "diện đúng khuôn mặt đã đăng ký. Có thể phát triển thành sản phẩm thử nghiệm cho văn phòng, kho nhỏ.",
    ),
    (
        "lTo067",
        "vi",
        "hutech_door",
        "Mô hình đóng mở cửa tự động và thông minh dùng IoT (HUTECH)",
        "Đồ án tốt nghiệp ngành Kỹ thuật điện - điện tử, Trường Đại học Công nghệ TP.HCM (9/2021), hướng dẫn "
        "TS Bùi Minh Dương: khóa cửa thông minh có hệ thống giám sát, đóng mở tự động qua IoT, đáp ứng nhu cầu bảo "
        "vệ tài sản của hộ gia đình, cơ quan, công ty và chung cư.",
    ),
    (
        "lTo068",
        "vi",
        "thegioikhoa",
        "Khóa cửa điện tử cho nhà riêng và cửa hàng: đúng loại, không dùng khóa khách sạn",
        "Tư vấn và cung cấp khóa điện tử có bàn phím mã số, vân tay cho nhà riêng, cửa hàng. Chúng tôi cảnh báo: "
        "nhiều chủ đầu tư lắp khóa khách sạn chỉ mở bằng thẻ, quản lý bằng phần mềm với thẻ quản lý theo block, "
        "tầng; người giữ thẻ quản lý có thể tạo thẻ con mở bất kỳ căn nào, nên ai cũng có thể vào nhà bạn.",
    ),
    # guard and patrol systems
    (
        "lTo069",
        "en",
        "miratag",
        "Guard tour system with NFC, QR or GPS checkpoints and a smartphone app",
        "Patrol verification that proves officers actually visit each location: checkpoints (NFC tags, QR codes "
        "or GPS zones), a smartphone app to scan them, and a dashboard to set routes, watch progress in real "
        "time and produce reports. Each scan records checkpoint, time, officer and location, replacing clock "
        "stations and paper logs that are easy to fake.",
    ),
    (
        "lTo070",
        "en",
        "timessq",
        "NFC plus GPS guard tour system with photo incident reports",
        "Guards tap NFC tags at fixed patrol points while the app logs GPS along the route; supervisors get live "
        "maps and instant alerts if a checkpoint is skipped or a time window missed. Guards attach photos, audio "
        "or video to scans, and audit-ready PDF and spreadsheet reports show clients and insurers who was where, "
        "when and what happened, ending pencil-whipped logs.",
    ),
    (
        "lTo071",
        "en",
        "teammap",
        "NFC checkpoint scanning: proof of patrol with the guard's own phone",
        "Small NFC tags at entry points, high-value zones and isolated areas; guards tap their smartphone and the "
        "app records checkpoint, time and identity, with real-time progress for supervisors and automatic client "
        "reports. Tags cost under US$1 and are nearly indestructible, work indoors where GPS fails, and need no "
        "proprietary wand or docking station.",
    ),
    (
        "lTo072",
        "vi",
        "engineers",
        "Tư vấn chọn công nghệ điểm tuần tra: iButton, NFC/RFID, QR, Bluetooth",
        "Tư vấn hệ thống tuần tra điện tử thay sổ giấy: điểm iButton bằng thép không gỉ, bền, không pin, phải chạm "
        "đầu đọc; thẻ NFC/RFID đọc ở 2-10 cm bằng điện thoại, tải dữ liệu ngay qua mạng di động; mã QR rẻ nhất nhưng "
        "dễ gian lận bằng cách chụp ảnh mã; beacon Bluetooth đọc xa tới 10 m cho dãy kho lớn, bãi xe.",
    ),
    (
        "lTo073",
        "en",
        "aoelect",
        "RFID guard tour reader and tags (Proxyguard)",
        "A guard tour system that shows where and when patrols were made: RFID tags, each with a unique global ID, "
        "are fixed along patrol routes, guards read them with a handheld reader, and the tag numbers with time "
        "stamps are uploaded through communication adapters to a computer for processing and verification.",
    ),
    (
        "lTo074",
        "vi",
        "travialist",
        "Phần mềm tuần tra bảo vệ thuê bao từ 30 SGD mỗi tháng",
        "Hệ thống tuần tra số hóa: vẽ tuyến tuần tra và thứ tự các điểm kiểm tra trên bản đồ; tại mỗi điểm, bảo "
        "vệ dùng điện thoại có ứng dụng quét thẻ RFID/NFC hoặc mã QR để ghi chính xác giờ và vị trí. Dịch vụ thuê "
        "bao của một công ty bảo vệ tại Singapore, giá từ 30 SGD mỗi tháng.",
    ),
    (
        "lTo075",
        "vi",
        "ctu_patrol",
        "Hệ thống giám sát tuần tra bảo vệ dựa trên mạng cảm biến không dây (ĐH Cần Thơ)",
        "Kết quả nghiên cứu của Khoa Công nghệ, Trường Đại học Cần Thơ (2015): vi điều khiển MSP430G2553, board "
        "Arduino Mega 2560 và mô-đun vô tuyến 433 MHz tự ghi nhận sự có mặt của nhân viên bảo vệ trong khu vực định "
        "trước, cho phép bảo vệ bấm gửi cảnh báo khẩn về trung tâm; dữ liệu tuần tra lưu trên Google Sheets để quản "
        "lý xem từ xa. Phù hợp chấm công bảo vệ tại công ty, nhà máy.",
    ),
    # livestock anti-theft
    (
        "lTo076",
        "en",
        "agriexpo",
        "GPS collar sensors that detect livestock theft as it happens",
        "Animal-sensing platform from Central Queensland University (led by Assoc. Prof. Mark Trotter) with "
        "Lincoln University, New Zealand: GPS and motion sensors on collars pick up unusual herd behaviour or "
        "movement and send an alert to the farmer's smartphone and to police while a theft is under way; ear-tag "
        "sensors for sheep are next. In Australia livestock theft has been estimated at about $67 million a year.",
    ),
    (
        "lTo077",
        "vi",
        "allsanaag",
        "Thiết bị GPS cảm biến chuyển động báo khi gia súc bị lùa đi ban đêm",
        "Thiết bị định vị GPS kèm cảm biến chuyển động (giống vòng đeo theo dõi sức khỏe) do nhóm Đại học Central "
        "Queensland phát triển: phân biệt hành vi tự nhiên với việc đàn bò bị dồn, lùa đi qua tốc độ và cách tụ "
        "đàn, rồi nhắn tin cho chủ trại. Khảo sát tội phạm nông trại Úc cho thấy trộm gia súc ảnh hưởng 6% trang "
        "trại, thiệt hại khoảng 16 triệu đô mỗi năm.",
    ),
    (
        "lTo078",
        "en",
        "afr",
        "Agtech services against cattle rustling in remote paddocks",
        "A new wave of agtech providers offers tracking and monitoring services to stop theft of valuable animals "
        "from remote locations. PwC estimates that about 28,400 head of cattle are stolen in Australia each "
        "year, out of a national herd of about 25.2 million, and demand for such solutions is worldwide.",
    ),
    (
        "lTo079",
        "en",
        "americans",
        "RFID implants for livestock identification and theft recovery",
        "Electronic identification for cattle that improves on branding and plastic tags: RFID chips read "
        "automatically, with some systems reading over 80 tags a minute. Marked animals are far easier to prove "
        "stolen: Texas rangers recover about 80% of branded or marked cattle against 35% of unmarked ones, "
        "across roughly 1,000 theft cases a year.",
    ),
    (
        "lTo080",
        "en",
        "shelter",
        "Livestock theft prevention: marking, secure fencing and farm IoT monitoring",
        "Insurer's loss-prevention programme for farmers: mark ownership by branding, freeze branding, lip or ear "
        "tattoo, ear tags or RFID chips; keep fences and gates in good repair, consider electric fences and "
        "gates, and keep pens away from roads; and use Internet-of-Things surveillance such as cameras to "
        "watch livestock while you are away.",
    ),
    (
        "lTo081",
        "en",
        "x701",
        "Cattle theft protection for herds on remote, unfenced pasture",
        "Advisory content and monitoring approach for ranchers whose cattle graze wide open, unfenced pasture "
        "with little surveillance: thieves take a few head at a time, strays end up on a neighbour's land and "
        "are sold at auction at full value, and with a 300-plus herd losses go unnoticed until cattle are moved. "
        "The longer an animal is missing, the harder it is to recover.",
    ),
    (
        "lTo082",
        "vi",
        "farmscom",
        "Tập huấn phòng chống trộm gia súc cho hộ chăn nuôi",
        "Nội dung tập huấn của chuyên gia khuyến nông: kẻ trộm bò ngày nay đến bằng xe bán tải, xe tải kéo rơ-moóc, "
        "mang theo xe địa hình, chó và khung quây lùa bò; thậm chí dùng luôn rơ-moóc, máng, cầu lên xe để sẵn của "
        "chủ trại. Hướng dẫn cảnh giác: ghi lại mô tả, biển số, hiệu xe lạ; để ý thức ăn lạ rải trong bãi; cất thiết "
        "bị bốc dỡ gia súc.",
    ),
    (
        "lTo083",
        "en",
        "richardbeal",
        "RFID ear tags read at chutes and gates to count and check the herd",
        "Numbered ear tags with an RFID chip inside (about $5 per cow) let a reader log each animal passing a "
        "chute, where it can be weighed and notes added on shots and problems. Placed at a gate opening, the "
        "reader counts cows going through and shows which ones are not there.",
    ),
    # boats and vessel monitoring
    (
        "lTo084",
        "vi",
        "vms_mientrung",
        "Đánh giá và lắp thiết bị giám sát tàu cá VMS đáp ứng quy định",
        "Kết quả đánh giá thiết bị giám sát tàu cá trên 2 chuyến biển ở Bình Định, Khánh Hòa, Quảng Nam: Thuraya "
        "SF2500, Vifi sh.18 và BA-SAT01 đều đáp ứng quy định; tỷ lệ truyền vị trí đạt tối đa 141%, 152% và hơn 8 "
        "lần mức tối thiểu; khoảng mất tín hiệu dài nhất 13 giờ 38 phút, 8 giờ 38 phút và không có. Phần mềm tiếng "
        "Việt, lưu vết tàu, ít tốn điện, giá khoảng 20 triệu đồng.",
    ),
    (
        "lTo085",
        "vi",
        "vms_qbinh",
        "Nghiên cứu hiệu quả sử dụng hệ thống VMS trong quản lý tàu cá xa bờ",
        "Nghiên cứu của Trường Đại học Nha Trang và Trạm Bờ Chi cục Thủy sản Quảng Bình (2021): 1.047 trên 1.207 "
        "tàu thuộc diện đã lắp VMS (86,7%), Thuraya SF 2500 chiếm 64,7%, giám sát được 96,6% tàu và phát hiện 77 "
        "trường hợp vượt ranh giới; VMS chưa bảo đảm tần suất báo vị trí 2 giờ/lần với tàu từ 24 m và 3 giờ/lần với "
        "tàu 15-24 m. Đề xuất giải pháp kỹ thuật và quản lý.",
    ),
    (
        "lTo086",
        "vi",
        "nhandan_vms",
        "Thiết bị giám sát hải trình tàu cá gọi được điện thoại về đất liền",
        "Hệ thống thông tin, định vị và quản lý tàu cá do Viện Hàn lâm Khoa học và Công nghệ Việt Nam nghiên cứu, "
        "đáp ứng yêu cầu chống khai thác bất hợp pháp của EC. Thiết bị màn hình lớn gắn trên tàu, đã lắp thử ở Bạch "
        "Long Vĩ; ngư dân gọi điện, nhắn tin từ ngư trường về điện thoại di động trên bờ với cước như di động, không "
        "chỉ gọi về trạm bờ bằng bộ đàm.",
    ),
    (
        "lTo087",
        "en",
        "vn_vms2",
        "Second, redundant VMS unit installed alongside the old one",
        "Installation of an additional vessel monitoring unit running in parallel, so that if one loses "
        "connection the other keeps transmitting. Owners in Ha Tinh paid over 20 million VND for a new unit after "
        "a five-year-old device kept dropping signal: a long outage can make a vessel suspected of crossing the "
        "maritime boundary. Vessels of 15 m and over must carry and maintain VMS under the 2017 Fisheries Law.",
    ),
    (
        "lTo088",
        "vi",
        "sggp_vms",
        "Thiết bị và phần mềm giám sát hành trình tàu cá theo Nghị định 41/2026",
        "Cung cấp thiết bị VMS và phần mềm giám sát đáp ứng Nghị định 41/2026/NĐ-CP (hiệu lực 25/1/2026): truyền dữ "
        "liệu liên tục, bảo mật về hệ thống quản lý tập trung của Bộ Nông nghiệp và Môi trường, lưu toàn bộ hành "
        "trình tối thiểu 36 tháng, không cho sửa dữ liệu. Mỗi tàu tối đa 2 thiết bị; phần mềm chạy trên Windows, "
        "Android, iOS, giao diện tiếng Việt, hiển thị vị trí, vận tốc, hướng, cảnh báo và thời tiết.",
    ),
    (
        "lTo089",
        "en",
        "barche",
        "Anti-theft bolts, pins and steel covers for outboard engines",
        "Hardware to make an outboard slow and inconvenient to steal: anti-theft pins and bolts that need a "
        "special wrench to fix the engine to the transom, and tubular steel bars locked with a padlock that hide "
        "the pins from cordless grinders. For boats on stands we also advise on reinforcing the transom, "
        "watching weight distribution.",
    ),
    (
        "lTo090",
        "en",
        "vesselvanguard",
        "Boat theft prevention advice: storage, locks and tracking technology",
        "Advice on keeping a boat from being stolen, whether moored at a marina or on a trailer at home. Industry "
        "sources estimate more than 12,000 boats worth over $300 million were stolen in 2012; boats under 26 feet "
        "were three times as likely to be taken, personal watercraft are the top target, and trailered boats "
        "are stolen more than boats kept in the water. Simple precautions plus modern technology close the gap.",
    ),
    (
        "lTo091",
        "en",
        "boatingmag",
        "Onboard boat monitoring: bilge, battery, fire and intrusion alarms by phone",
        "Onboard security units such as the HarborMaster Mark II watch bilge water level, pump cycling and "
        "battery strength, detect fire, explosive fumes, intrusion and drifting, sound an alarm and dial out "
        "through a built-in cell phone to a central system that alerts up to eight numbers, while logging pump "
        "cycles and battery. In one survey 96% of boat owners had no marine security system.",
    ),
    (
        "lTo092",
        "vi",
        "boatsnet",
        "Bãi giữ ghe, xuồng an toàn: tuần tra 24 giờ, camera, chiếu sáng",
        "Tư vấn bảo vệ máy đuôi tôm, máy ngoài khi ghe lên bãi: chọn bãi giữ có bảo vệ tuần tra 24 giờ, camera "
        "giám sát, chiếu sáng ban đêm, có chó gác; để ghe ở tầng giá cao thay vì sát đất; nếu để ở nhà thì lùi đuôi "
        "ghe áp sát hàng rào kim loại kín sau cổng khóa, không dùng hàng rào lưới B40. Máy thường đáng giá hơn cả "
        "ghe và không đăng ký nên dễ bán chui.",
    ),
    (
        "lTo093",
        "en",
        "boatingworld",
        "Boat sensors and app alerts (Siren Marine MTC) and trailer security",
        "Security for trailered and moored boats: Siren Marine's MTC system links onboard sensors to a phone app "
        "that sends alerts, combined with motion-activated lights, keeping gear out of sight and parking the "
        "trailer tongue-in. BoatUS counts more than 5,000 boats stolen a year, almost 75% under 26 feet, and "
        "only one in ten is recovered.",
    ),
    (
        "lTo094",
        "en",
        "flsportsman",
        "Boat alarms with GPS tracking and engine steering locks",
        "Electronic protection for boats: alarms with continuity wires and motion sensors such as the CB4000 "
        "paging portable alarm (US$499), GPS tracking that alerts you when the boat moves and then follows it, "
        "engine disabling, motion-detector lights and the Dock-N-Loc, a US$99 lock that clamps an outboard's "
        "steering ram like a boot on a car.",
    ),
    (
        "lTo095",
        "vi",
        "catalina",
        "Mạch báo động chống trộm máy ghe: vòng dây 12V và rơ-le",
        "Hướng dẫn lắp mạch báo động đơn giản cho máy ghe: một vòng dây 12V chạy tới máy giữ rơ-le thường đóng ở "
        "trạng thái mở; kẻ trộm cắt dây là còi hú, đèn boong bật sáng; có thể dùng linh kiện báo động ô tô hoặc "
        "nhà ở. Kết hợp khóa vỏ sò che ốc bắt máy, cáp khóa luồn qua tay cầm, ốc đầu lạ, sơn tên ghe nổi bật; còi "
        "cá nhân rút chốt giá khoảng 15-20 USD.",
    ),
    # motorbikes
    (
        "lTo096",
        "vi",
        "gpsmoto",
        "Thiết bị chống trộm xe máy gắn GPS và GSM (Học viện Kỹ thuật mật mã)",
        "Đồ án tốt nghiệp ngành Kỹ thuật điện tử viễn thông, Học viện Kỹ thuật mật mã (Hà Nội, 2022): nghiên cứu, "
        "thiết kế thiết bị gắn trên xe máy dùng định vị GPS và mạng di động GSM để báo và tìm xe khi bị trộm. Sẵn "
        "sàng chuyển giao mẫu thử cho cửa hàng, đại lý xe.",
    ),
    (
        "lTo097",
        "vi",
        "h24_smartkey",
        "Lắp chìa khóa thông minh smartkey cho xe máy dùng khóa cơ",
        "Dịch vụ chuyển xe máy dùng chìa cơ sang hệ thống smartkey: chống trộm, chống cướp, định vị xe trong bãi. "
        "Lưu ý thói quen sử dụng thay đổi: bấm nút trên chìa, chờ 1-2 giây xác nhận, xoay núm về ON rồi bấm đề; "
        "thuần thục mất khoảng 4-5 giây, lâu hơn tra chìa thường.",
    ),
    (
        "lTo098",
        "vi",
        "h24_chongtrom",
        "Khóa từ mã hóa chống trộm vô hiệu hóa động cơ (immobilizer)",
        "Giải pháp khóa từ kiểu Piaggio: chìa chứa vi mạch mã hóa được ổ khóa cấp năng lượng qua từ trường (giống "
        "NFC); nếu không đúng chìa, hệ thống khóa động cơ bằng cách vô hiệu phun xăng và đánh lửa, tự kích hoạt khi "
        "tắt khóa điện, chống chìa vạn năng và vam phá khóa. Tìm “mất trộm xe máy” trên Google ra khoảng 16,8 "
        "triệu kết quả.",
    ),
    (
        "lTo099",
        "vi",
        "thanhhung",
        "Lắp chống trộm xe máy bằng điện: công tắc phụ, remote, RFID, GPS",
        "Cửa hàng điện tử nhận lắp các giải pháp chống trộm can thiệp vào hệ thống điện (bộ đề, ắc quy) để xe không "
        "khởi động được: công tắc phụ giấu trong hộc hay cốp, rẻ nhất khoảng 100-200 nghìn đồng và gần như không "
        "tốn điện; điều khiển từ xa (remote); thẻ RFID; và thiết bị định vị GPS.",
    ),
    (
        "lTo100",
        "vi",
        "autovina",
        "Khóa smartkey mã hóa ECU có báo động rung và định vị",
        "Khóa smartkey giao tiếp với bộ xử lý ECU, chỉ khi mã khớp mới cho khởi động; có chìa khẩn cấp khi mất FOB. "
        "Tích hợp báo động khi xe bị rung lắc hoặc dắt trái phép và tính năng định vị xe; mở khóa cổ, bật khóa "
        "điện, mở yên không cần tra chìa. Bản smartkey thường đắt hơn 1-1,5 triệu đồng, ví dụ Honda Lead 2018: "
        "39,29 triệu so với 37,49 triệu.",
    ),
    (
        "lTo101",
        "en",
        "mototracker",
        "GPS motorcycle tracker that texts its position, no annual subscription",
        "Matchbox-sized GPS tracker for motorbikes that sends text messages with its GPS coordinates to the "
        "owner's phone. The unit costs about £150 plus a set-up SIM for £20, with no expensive yearly "
        "subscription; for prolonged use it is wired to the bike's 12 V battery with a second small box hidden "
        "on the bike. Recovery still depends on the police or the owner.",
    ),
    (
        "lTo102",
        "en",
        "bikeguardian",
        "Motorbike tracker linked to a recovery team and rider safety",
        "A tracking service for motorbikes, cars and other assets built on three functions: it warns when the "
        "asset is tampered with or moving without you, it links to a recovery team that follows and recovers the "
        "bike before it is stripped for parts, and it can locate the rider after an accident. Cheap magnetic "
        "buttons and R50 accessory-shop gadgets do none of this.",
    ),
    (
        "lTo103",
        "en",
        "ridenow",
        "Mechanical motorcycle security: steering locks, disc locks, cables",
        "Dealer advice and accessories for the first line of defence: always use the fork or steering-head lock "
        "(Allstate says most thefts happen when the ignition is off but not locked), add a disc lock that stops "
        "the wheel turning at the brake caliper, and heavier chains or cable locks, because thieves can roll a "
        "bike with an electronic key into a van in seconds.",
    ),
    (
        "lTo104",
        "en",
        "traccar",
        "Traccar: open-source GPS tracking platform for vehicles and assets",
        "Free, open-source GPS tracking server supporting more than 200 protocols and over 2,000 tracker models. "
        "Real-time tracking, geofencing, alarms and notifications by e-mail and SMS, driver-behaviour "
        "monitoring, reports, account and device management and a REST API; self-hosted with Docker (web on port "
        "8082) or as official managed hosting, for fleets, tracking resellers and individuals.",
    ),
    # cybersecurity basics
    (
        "lTo105",
        "en",
        "socinabox",
        "Backup and multi-factor authentication set-up for small businesses",
        "Plain-language service setting up the two controls that stop most attacks: backups and MFA. Backups "
        "follow the NCSC 3-2-1 rule (three copies, two media such as NAS and cloud, one off-site) and are made "
        "ransomware-proof with immutable storage and an air-gapped copy; 80% of ransomware victims with tested "
        "backups recover without paying, and MFA blocks 99% of account-takeover attacks.",
    ),
    (
        "lTo106",
        "en",
        "nasrtech",
        "Cybersecurity starter plan for small businesses: the foundational five",
        "A practical starter plan based on CISA, FTC and NIST guidance: turn on MFA everywhere (email, banking, "
        "admin and cloud accounts, preferring passkeys or an authenticator app over SMS), back up with 3-2-1 and "
        "test a restore, keep one offline or immutable copy, and turn on automatic updates. Notes that ransomware "
        "now steals data before encrypting it, so backups alone are not enough.",
    ),
    (
        "lTo107",
        "en",
        "smb917899",
        "Five-layer cybersecurity framework for small and medium businesses",
        "Guide and framework for firms without a security team: layered defence starting with identity and "
        "access (MFA on every critical account), then endpoints, backups, phishing awareness and incident "
        "response planning. Small businesses are the target of about 43% of cyberattacks (Verizon DBIR 2024), "
        "and stolen credentials drive 86% of web-application attacks.",
    ),
    (
        "lTo108",
        "en",
        "founderville",
        "Cybersecurity basics module with a self-assessment checklist",
        "Training module for small-business owners: most attacks are phishing emails and weak or reused "
        "passwords, and 90% of incidents are preventable with basic hygiene that needs no IT department. Start "
        "with two-factor authentication on email, banking and point-of-sale accounts, then work through a "
        "checklist: password manager, automatic cloud backup, automatic updates.",
    ),
    (
        "lTo109",
        "en",
        "tysons",
        "Small-business cybersecurity services: phishing, ransomware and email fraud",
        "IT services against the common threats: phishing (training, email filtering, MFA), ransomware (tested "
        "offline backups, updates, endpoint protection), business email compromise (verify payment requests by "
        "phone, approval procedures, DMARC, SPF and DKIM), insider threats and weak passwords. 43% of attacks hit "
        "small firms, 60% of them close within six months, and a breach costs about US$120,000.",
    ),
    (
        "lTo110",
        "en",
        "techoncall",
        "Six security steps we complete with you this week (IT support)",
        "IT support service that does the day-one security work: inventory and enable MFA on email, payroll and "
        "banking, website admin and cloud storage (Google 2-Step Verification, Microsoft 365 admin centre), "
        "roll out a password manager, set automated backups, keep updates current, train staff on phishing with "
        "the FTC guide, and give you an IT contact.",
    ),
    (
        "lTo111",
        "en",
        "cyentrix",
        "The eight security controls that matter for a small business",
        "Eight controls in order of impact, for a few hundred dollars a year: MFA on email today with an "
        "authenticator app rather than SMS, a team password manager (about US$5-10 per user per month, "
        "Bitwarden free tier usable), automatic operating-system and app updates, and the rest. Together they "
        "block the path taken by over 80% of small-business incidents.",
    ),
    (
        "lTo112",
        "en",
        "jpert",
        "Phishing awareness training that runs all year for small businesses",
        "Continuous phishing training instead of an annual video: monthly simulations, micro-lessons and team "
        "talks, realistic simulated campaigns using current events and company context, and positive "
        "reinforcement that rewards reporting. Small firms are exposed because one person often receives and "
        "pays invoices; 43% of attacks target them and phishing starts over 80% of cases (Verizon DBIR 2025).",
    ),
    (
        "lTo113",
        "en",
        "ghosxt",
        "Ongoing phishing simulations tailored to the attacks your staff receive",
        "Phishing simulation programme for small businesses that replaces once-a-year training: people forget "
        "about 50% of new information within a day and 90% within a week, and click rates rebound by month two. "
        "We send realistic tests modelled on the messages your team actually gets, such as a fake QuickBooks "
        "vendor invoice asking to change bank details or a fake Microsoft 365 login, with immediate feedback.",
    ),
    (
        "lTo114",
        "en",
        "ctc_phish",
        "Phishing training for staff: five warning signs and the golden rule",
        "Simple staff training that cuts click rates: check for unexpected requests, urgency and pressure, "
        "suspicious senders (the real address, not the display name), strange links (hover before clicking) and "
        "offers that are too good or too bad, and when in doubt verify through a different channel. Includes "
        "how to test staff and what to do when someone clicks.",
    ),
    (
        "lTo115",
        "en",
        "srs",
        "Phishing training and simulated campaigns for small firms",
        "IT firm with 28 years in Salinas running awareness sessions, baseline and recurring simulated phishing "
        "campaigns and short refreshers. At a dental office 42% of staff clicked the first test; after a "
        "15-minute workshop and weekly tip emails the click rate fell under 5% within a month, and a real "
        "ransomware attempt was stopped.",
    ),
    (
        "lTo116",
        "en",
        "craig",
        "Employee phishing awareness programme tailored by role",
        "Monthly or quarterly interactive sessions using real, sanitised phishing emails, role-play for phone "
        "scams and quizzes, tailored by role: finance against business email compromise, fake invoices and wire "
        "transfer requests; HR against malicious CVs; IT against credential harvesting; executives against "
        "impersonation. Comes with a red-flags checklist and a clear reporting route.",
    ),
    (
        "lTo117",
        "en",
        "growthshuttle",
        "Five steps to build a phishing awareness programme for SMEs",
        "Programme design: assess phishing risk with a simulated test and staff survey across email, SMS, phone "
        "and social media; give targeted, role-based training; add technical safeguards (email security, MFA, "
        "password managers); set up an easy reporting procedure; and monitor click rates and feedback to refine "
        "the programme.",
    ),
    (
        "lTo118",
        "en",
        "restic_radar",
        "restic: encrypted, deduplicated backups to local disk or cloud",
        "Open-source backup program written in Go. Data is encrypted client-side with AES-256 before it leaves "
        "the machine and split into deduplicated chunks, so incremental backups take little space; each run is "
        "a snapshot that can be listed, mounted, restored selectively and pruned by policy, and 'restic check' "
        "verifies integrity. The same repository works on local disk, SFTP, Amazon S3, Backblaze B2, Azure, "
        "Google Cloud or a REST server.",
    ),
    (
        "lTo119",
        "en",
        "opnsense",
        "OPNsense open-source firewall and router for offices and branches",
        "FreeBSD-based firewall and routing platform: stateful packet filtering, VPN (IPsec, OpenVPN, WireGuard), "
        "intrusion detection with Suricata, traffic shaping, captive portal for guest Wi-Fi and high "
        "availability, managed from a web interface with plugins and a full REST API. Suits homes, enterprises "
        "and managed service providers; a Business Edition is available.",
    ),
    (
        "lTo120",
        "en",
        "wazuh",
        "Wazuh: open-source threat detection and security monitoring platform",
        "Free, open-source platform for threat prevention, detection and response across on-premises, virtual, "
        "container and cloud workloads. Agents on each computer scan for malware, rootkits, hidden files and "
        "processes and forward system and application logs to a central manager for rule-based analysis; "
        "network devices can send syslog; alerts are searched and visualised in a dashboard.",
    ),
    (
        "lTo121",
        "vi",
        "cyberjutsu",
        "Bảy chiến lược phòng ngừa và ứng phó mã độc tống tiền cho doanh nghiệp",
        "Chương trình đào tạo và tư vấn chống ransomware: sao lưu dữ liệu theo quy tắc 3-2-1, vá lỗi và cập nhật "
        "phần mềm kịp thời, đào tạo nhận thức an ninh cho nhân viên, phòng thủ nhiều lớp; khi bị tấn công thì kích "
        "hoạt quy trình xử lý sự cố, cân nhắc việc trả tiền chuộc, truyền thông khủng hoảng và xây dựng khả năng "
        "phục hồi lâu dài.",
    ),
    (
        "lTo122",
        "vi",
        "gaditi",
        "Năm quy tắc phòng tránh mã độc tống tiền",
        "Hướng dẫn ngắn về ransomware, loại mã độc mã hóa dữ liệu và đòi tiền chuộc, nếu không trả thì dữ liệu mất "
        "vĩnh viễn; ví dụ WannaCry đòi 300 đô la tiền chuộc. Đưa ra 5 quy tắc phòng tránh hiệu quả cho người dùng "
        "và doanh nghiệp.",
    ),
    (
        "lTo123",
        "vi",
        "gumi",
        "Dịch vụ an ninh mạng cho doanh nghiệp vừa và nhỏ",
        "Công ty công nghệ tư vấn bảo mật cho SME: doanh nghiệp nhỏ bị tấn công nhiều gấp 3 lần doanh nghiệp lớn, "
        "trung bình mỗi doanh nghiệp đối mặt hơn 1.200 cuộc tấn công mỗi tuần, tăng 38% (Checkpoint Research "
        "2024). Hacker quét lỗ hổng tự động nên dữ liệu khách hàng, email nội bộ, báo giá, tài khoản thanh toán đều "
        "là mục tiêu; nhiều SME không có chuyên gia bảo mật hay quy trình ứng phó.",
    ),
    (
        "lTo124",
        "vi",
        "vietbao_ransom",
        "Giải pháp chống ransomware và đào tạo nhân viên cho hộ kinh doanh",
        "Đơn vị bảo mật khuyến nghị doanh nghiệp nhỏ dưới 10 người và hộ kinh doanh dùng giải pháp bảo vệ toàn diện "
        "và đào tạo nhân viên thường xuyên, vì lỗi người dùng là điểm yếu chính. Năm 2024, 14,59% trong 5.000 tổ "
        "chức khảo sát từng bị ransomware; Kaspersky ghi nhận 29.282 vụ nhắm vào doanh nghiệp Việt, trung bình "
        "80 vụ mỗi ngày.",
    ),
    (
        "lTo125",
        "vi",
        "viettel360",
        "Cảnh giác bẫy phishing: đào tạo nhận diện email giả mạo cho doanh nghiệp",
        "Nội dung tập huấn an toàn thông tin về các chiêu phishing: giả mạo tên miền công ty chỉ khác vài ký tự để "
        "yêu cầu chuyển tiền, tệp đính kèm “Bảng lương tháng này” chứa mã độc, giả mạo lãnh đạo yêu cầu chuyển "
        "tiền gấp vào cuối ngày, liên kết đến trang đăng nhập giả. Chỉ một email lọt qua có thể gây thiệt hại "
        "hàng tỷ đồng.",
    ),
    (
        "lTo126",
        "vi",
        "antoan360",
        "Phát hiện và ngăn chặn phishing: xu hướng 2025 và công cụ kiểm tra",
        "Cập nhật xu hướng lừa đảo trực tuyến và cách nhận biết email, website giả mạo, kèm công cụ phát hiện "
        "phishing. Theo Barracuda, dịch vụ lừa đảo thuê sẵn (PhaaS) bùng nổ và hơn 85% vụ phishing năm 2024 nhằm "
        "đánh cắp thông tin đăng nhập; email độc hại ngày càng cá nhân hóa. Nguyên tắc: kiểm tra trước khi nhấp "
        "chuột.",
    ),
    (
        "lTo127",
        "vi",
        "restic_snap",
        "Phần mềm sao lưu restic: nhanh, mã hóa, kiểm chứng được, miễn phí",
        "Chương trình sao lưu restic theo các mục tiêu thiết kế: dễ dùng; nhanh, chỉ giới hạn bởi băng thông mạng "
        "hoặc ổ đĩa; kiểm chứng được vì khôi phục quan trọng hơn sao lưu; bảo mật bằng mật mã vì nơi lưu không được "
        "coi là tin cậy; hiệu quả, bản sao sau chỉ tốn dung lượng phần thay đổi; miễn phí theo giấy phép BSD 2 điều "
        "khoản, cài qua gói snap.",
    ),
    (
        "lTo128",
        "vi",
        "opnsense_book",
        "Sách và bài thực hành dựng tường lửa OPNsense",
        "Sách hướng dẫn thực hành OPNsense (ấn bản thứ tư, 5/2023, bản in và e-book): tường lửa thế hệ mới với phát "
        "hiện xâm nhập, kiểm soát ứng dụng, lọc web, diệt virus. Mỗi chương nêu tình huống thực tế, lý thuyết và bài "
        "thí nghiệm trên cùng một sơ đồ mạng IPv4/IPv6; chương 12 về tính sẵn sàng cao đọc thử miễn phí.",
    ),
    (
        "lTo129",
        "vi",
        "cafef_email",
        "Tập huấn nhận diện lừa đảo qua email doanh nghiệp (5 dấu hiệu)",
        "Nội dung phổ biến theo cảnh báo của Công an tỉnh Ninh Bình: kẻ gian dùng email giả hoặc chiếm email nội bộ "
        "của công ty, đối tác để sửa yêu cầu, đổi địa chỉ thanh toán, gửi link mã độc. Dấu hiệu: bất ngờ bị hỏi "
        "giấy tờ, mã nhân viên, mật khẩu; bất ngờ đòi thanh toán trước hay đổi thông tin thanh toán; ngôn ngữ "
        "thúc giục, dọa chậm sản xuất.",
    ),
    # distractors: neighbouring fields that share words with the needs
    (
        "lTo130",
        "vi",
        "pigiot",
        "Hệ thống giám sát chuồng nuôi heo bằng IoT (ĐH Sư phạm Kỹ thuật TP.HCM)",
        "Đồ án tốt nghiệp 2024 ngành Điện tử - Viễn thông, Trường ĐH Sư phạm Kỹ thuật TP.HCM: thiết kế và thi công hệ "
        "thống theo dõi nhiệt độ, độ ẩm, nồng độ khí metan, ánh sáng, chế độ ăn và thân nhiệt của heo theo thời gian "
        "thực, quản lý qua ứng dụng Android.",
    ),
    (
        "lTo131",
        "vi",
        "greenhouse",
        "Hệ thống IoT hỗ trợ quản lý nhà kính (ĐH Đà Lạt)",
        "Đề tài khoa học sinh viên 2018, Trường Đại học Đà Lạt: máy chủ, cơ sở dữ liệu, ứng dụng di động và thiết bị "
        "trong nhà kính thu thập dữ liệu môi trường, tự động hóa canh tác. Liên quan trạm quan trắc thời tiết tự động "
        "và nông nghiệp thông minh.",
    ),
    (
        "lTo132",
        "vi",
        "hydroponic_ctu",
        "Giám sát điều kiện tự nhiên và dinh dưỡng vườn rau thủy canh",
        "Luận văn ngành Cơ điện tử, Trường Đại học Kỹ thuật - Công nghệ Cần Thơ (7/2020): thiết kế hệ thống giám sát "
        "điều kiện tự nhiên và dinh dưỡng của vườn rau thủy canh.",
    ),
    (
        "lTo133",
        "vi",
        "shrimpwater",
        "Tự động giám sát và điều chỉnh chất lượng nước hồ nuôi tôm",
        "Dự án kỹ thuật môi trường: hệ thống tự động giám sát và điều chỉnh chất lượng môi trường nước trong hồ nuôi "
        "tôm thủ công, gồm cơ sở khoa học, cấu tạo, nguyên lý hoạt động và quy trình nghiên cứu.",
    ),
    (
        "lTo134",
        "vi",
        "solarspc",
        "Lắp điện mặt trời cho trang trại nuôi trồng thủy sản",
        "Thiết kế hệ điện mặt trời cho bơm nước, sục khí, chiếu sáng, làm lạnh ở trang trại thủy sản: pin mono hiệu "
        "suất 18-22%, tuổi thọ 25-30 năm; pin poly 15-17% giá rẻ hơn cho diện tích lớn; pin màng mỏng, hệ nổi trên "
        "mặt ao; biến tần string, micro hoặc hybrid.",
    ),
    (
        "lTo135",
        "vi",
        "aquaponics",
        "Mô hình aquaponics điều khiển thời gian thực bằng FreeRTOS",
        "Nghiên cứu của Trường Đại học Điện lực, Cục CNTT Bộ Công an và Trường Đại học Phenikaa: hệ thống nuôi thủy "
        "sản kết hợp trồng cây thủy canh trên nền FreeRTOS, cảm biến giám sát và điều khiển qua IoT (Ubidots).",
    ),
    (
        "lTo136",
        "vi",
        "esgagri",
        "Kết hợp điện gió với nuôi tôm siêu thâm canh",
        "Mô hình nông nghiệp 4.0 cho vùng ven biển: dùng điện gió cấp cho sục khí, bơm nước của ao tôm siêu thâm "
        "canh để giảm hóa đơn điện và phụ thuộc lưới điện; so với năng suất thường 10-15 tấn/ha/năm.",
    ),
    (
        "lTo137",
        "vi",
        "danviet_drone",
        "Dịch vụ phun thuốc bảo vệ thực vật bằng máy bay không người lái",
        "Hợp tác xã và nông dân đầu tư máy bay không người lái khoảng 400-500 triệu đồng/chiếc để phun thuốc lúa, "
        "xoài; khoảng 30 phút phun xong 1 ha, người không tiếp xúc thuốc, nhận phun thuê cho bà con.",
    ),
    (
        "lTo138",
        "vi",
        "daidoanket_drone",
        "Drone phun thuốc trừ sâu, bón phân cho cánh đồng lớn",
        "Dịch vụ bay phun thuốc, rải phân bằng drone đang phổ biến ở Long An, Đồng Tháp, Hậu Giang, An Giang; một "
        "nông dân Tân Hưng đầu tư hơn 200 triệu đồng mua máy để phục vụ bà con, phun đều hơn thủ công và người "
        "phun không tiếp xúc chất độc.",
    ),
    (
        "lTo139",
        "vi",
        "vnexpress_drone",
        "Drone tưới, phun thuốc vườn xoài trên đồi",
        "Drone nông nghiệp bình 40 lít bay cách tán 5 m, khoảng 30 phút xong 1 ha xoài, 4 giờ cho vườn 7 ha với "
        "khoảng 500 nghìn đồng tiền xăng sạc pin; giá máy 300-370 triệu đồng; nhận phun thuê 120.000 đồng mỗi bình "
        "20 lít.",
    ),
    (
        "lTo140",
        "vi",
        "cammy_drone",
        "Máy bay không người lái chăm sóc vườn sầu riêng",
        "Mô hình ở Cẩm Mỹ (Đồng Nai): máy bay không người lái giá 350 triệu, tổng đầu tư khoảng 450 triệu đồng kèm "
        "thiết bị phụ trợ, phun thuốc cho 10 ha sầu riêng trong vài giờ thay vì nhiều ngày, kiểm soát lượng thuốc, "
        "độ cao và áp lực phun.",
    ),
    (
        "lTo141",
        "vi",
        "nld_drone",
        "Drone sạ lúa, rải phân, xịt thuốc cho nông dân đồng bằng",
        "Drone (UAV) làm các khâu sạ lúa, rải phân, xịt thuốc trừ sâu bệnh trên cánh đồng lớn, dịch vụ thuê dễ và "
        "giá cạnh tranh; bài viết nêu các bất cập cần giải quyết để drone phát huy hiệu quả trong nông nghiệp.",
    ),
    (
        "lTo142",
        "vi",
        "hgsi",
        "Lắp đặt hệ thống báo cháy cho công ty đúng chuẩn pháp lý",
        "Thiết kế, lắp đặt hệ thống báo cháy cho nhà xưởng, trụ sở công ty đáp ứng TCVN, UL, CE: phát hiện sớm rò "
        "điện, quá tải, máy móc quá nhiệt. Năm 2023 có hơn 1.800 vụ cháy, trên 65% từ nhà xưởng, trụ sở công ty; "
        "lắp sai chuẩn có thể bị xử phạt hoặc đình chỉ hoạt động.",
    ),
    (
        "lTo143",
        "vi",
        "ngetech",
        "Cảnh báo cháy không dây bổ sung cho kho xưởng",
        "Giải pháp đầu báo cháy không dây lắp nhanh cho kho, xưởng mái tôn khung thép, nơi cháy thường bùng lúc tối "
        "hoặc rạng sáng. Bối cảnh: ngày 6/9/2025 một xưởng sản xuất ô rộng 700 m² ở Long Biên (Hà Nội) cháy rụi, "
        "hơn 50 cán bộ chiến sĩ chữa cháy hơn 3 giờ mới khống chế, giữ được khoảng 300 m².",
    ),
    (
        "lTo144",
        "vi",
        "codienlanh",
        "Lắp đặt hệ thống báo cháy tự động hoạt động 24/7",
        "Hệ thống báo cháy tự động gồm đầu dò khói, nhiệt, lửa và nút nhấn khẩn cấp, hoạt động liên tục 24/7 kể cả "
        "khi mất điện, cho khu dân cư, khu công nghiệp, bệnh viện, trường học.",
    ),
    (
        "lTo145",
        "vi",
        "viethan_fire",
        "Tủ trung tâm báo cháy Dahua thường và địa chỉ",
        "Cung cấp tủ báo cháy, bộ não của hệ thống phòng cháy chữa cháy: nhận tín hiệu từ đầu báo khói, nhiệt, nút "
        "nhấn; phát chuông, đèn, còi và kích hoạt chữa cháy tự động nếu tích hợp. Dòng Dahua hỗ trợ hệ thường "
        "(Conventional) và hệ địa chỉ (Addressable).",
    ),
    (
        "lTo146",
        "vi",
        "jmt_rfid",
        "RFID quản lý kho hàng và chuỗi cung ứng",
        "Giải pháp RFID cho kiểm kê kho: thẻ thụ động hoặc chủ động, đầu đọc quét nhiều thẻ cùng lúc từ vài cm đến "
        "vài mét, phần mềm quản lý; theo dõi tồn kho thời gian thực, tăng tốc kiểm kê, biết vị trí hàng để hạn chế "
        "thất thoát, như cách Amazon và Walmart đang dùng.",
    ),
    (
        "lTo147",
        "vi",
        "hust_rfid",
        "Hệ thống quản lý nhân sự ứng dụng công nghệ RFID (ĐH Bách khoa Hà Nội)",
        "Đồ án tốt nghiệp Viện Điện tử - Viễn thông, Trường Đại học Bách khoa Hà Nội (6/2018): thiết kế hệ thống "
        "quản lý nhân sự dùng thẻ RFID để ghi nhận nhân viên.",
    ),
    (
        "lTo148",
        "vi",
        "hanam_tai",
        "Gắn thẻ tai định danh quản lý đàn bò sữa",
        "Chương trình gắn thẻ tai cấp số định danh cho bò sữa để quản lý chăm sóc và theo dõi dịch bệnh: năm 2018 "
        "tại xã Chuyên Ngoại (Duy Tiên, Hà Nam), 7 hộ nuôi lâu năm phải gắn thẻ, riêng 5 hộ có 45 con chưa có thẻ; "
        "có hộ nuôi 12 con suốt 8 năm chỉ theo dõi bằng trí nhớ vì thẻ cũ bị gãy.",
    ),
    (
        "lTo149",
        "en",
        "marathonus",
        "Raspberry Pi, solar power and cellular IoT for a remote island",
        "Lessons from connecting a remote, off-grid island to the internet: Raspberry Pi computers, solar panels "
        "or a generator for power and cellular IoT links, used to help a family manage their island property.",
    ),
    (
        "lTo150",
        "en",
        "easytechjunkie",
        "Point-of-sale software for retail shops",
        "POS software is the computerised cash register: it totals sales, computes sales tax and change, and "
        "debits inventory for each item sold. At minimum it should handle sales, run a barcode scanner and let "
        "staff search inventory by SKU, category, vendor and keyword, keeping the date and time of every sale.",
    ),
    (
        "lTo151",
        "en",
        "pomodo",
        "Cloud POS systems for small retail businesses",
        "A modern POS connects payments (EMV, contactless, wallets, gift cards), real-time inventory with barcodes, "
        "customer data and reports, accessible from any device. The retail POS market is projected to grow from "
        "US$15.8 billion in 2020 to US$34.4 billion by 2026.",
    ),
    (
        "lTo152",
        "en",
        "fleetminder",
        "GPS fleet tracking to monitor driver behaviour",
        "GPS trackers in company cars, vans and trucks send location and driving data every 1 to 3 minutes, so "
        "managers can review in real time or monthly: which driver (optionally by RFID), start and stop times "
        "and locations, excessive idling, efficiency, speeding and fuel use, before fines or accidents happen.",
    ),
    (
        "lTo153",
        "en",
        "teletrac",
        "Fleet telematics reports on speeding, idling and harsh braking",
        "Fleet tracking units and sensors identify habitual speeders and idlers, harsh braking and high RPM and "
        "compare drivers against the fleet average. Driving 10 mph over the limit raises fuel use by 15% (EPA); "
        "curbing speeding above 55 mph saves US$21,000-80,000 per vehicle in fuel.",
    ),
    (
        "lTo154",
        "en",
        "alberta",
        "RFID ear tags, readers and flock management software",
        "Electronic identification for sheep flocks: each RFID ear tag holds a unique electronic number that a "
        "tag reader scans, and flock software turns the data into records such as weights and rates of gain, "
        "ranking lambs to evaluate sires and dams and comparing groups fed differently.",
    ),
    (
        "lTo155",
        "en",
        "dpi_nsw",
        "Record keeping for beef herd improvement",
        "Practical record formats for beef producers: individual cow records (tag number, birth date, sire and "
        "dam, frame size, performance) focused on heritable and repeatable traits such as birthweight, calving "
        "difficulty and fertility, to select heifers, cull cows and register animals with BREEDPLAN.",
    ),
    (
        "lTo156",
        "en",
        "thedairysite",
        "Lower-cost electronic identification for dairy herd management",
        "Dairy management system with three parts: individual animal ID (RFID in ear tags, neck chains or leg "
        "bands), user-friendly software, and equipment that reads the ID quickly and accurately, so large herds "
        "keep individual cow attention for health and reproduction programmes.",
    ),
    (
        "lTo157",
        "en",
        "trakora",
        "Understanding fleet telematics data and reports",
        "How to turn tracker data into decisions: location history, geofence entries and exits, speed, fuel, "
        "odometer and fault codes, harsh braking and idle time, reviewed in daily, weekly and monthly reports "
        "with driver scorecards, cost per kilometre and benchmarking.",
    ),
    (
        "lTo158",
        "en",
        "citi",
        "How cattle ranchers keep track of their herds",
        "An average US ranch of about 450 acres runs around 300 head of cattle. Identification by coloured, "
        "numbered ear tags (some scannable into a computer), branding, tattooing or ear notching underpins "
        "records on health, productivity, fertility and transport history.",
    ),
    (
        "lTo159",
        "en",
        "animalstart",
        "Ear tags to track breeding and genetic data in livestock",
        "Plastic, metal and electronic RFID ear tags give each animal a unique number linked to records: birth "
        "date and lineage, breeding dates, sire and dam, pregnancy and calving, genetic markers and parentage, "
        "for better selection and avoiding inbreeding.",
    ),
    (
        "lTo160",
        "en",
        "ivepos",
        "Retail POS system: checkout, receipts and inventory",
        "A point-of-sale application completes the cash-register process, prints receipts, tracks inventory and "
        "manages customer data, from single stores to multi-location chains, with central reporting, automatic "
        "reordering and custom discounts.",
    ),
    (
        "lTo161",
        "en",
        "freightportal",
        "Telematics for freight fleets",
        "Satellite tracking and communications used to monitor vehicles and driver performance, on-board "
        "communication and navigation, so fleet operators can train drivers prone to harsh braking and "
        "acceleration and optimise routes for time, fuel and carbon savings.",
    ),
    # added access-control offer
    (
        "lTo162",
        "en",
        "lodgify",
        "Smart locks with time-limited guest codes for rentals and guesthouses",
        "Electromechanical smart locks that open without a physical key, controlled by app, web dashboard, keypad "
        "or Bluetooth. Linked to a property management system, each booking gets a unique code active only for "
        "the stay (for example 3 PM arrival to 11 AM departure), codes can be revoked at once, and an activity "
        "log shows who entered and when.",
    ),
]
