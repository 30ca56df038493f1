"""Offers for the holdout69 labelled set (rural disaster risk reduction and public safety).

Rows: (id, language, source key, title, description). Each paraphrases the page under its source key.
kSo134-kSo158 and kSo063-065, kSo070, kSo085, kSo086 are distractors from neighbouring fields.
"""

OFFERS = [
    # --- flood and storm warning -------------------------------------------------------------
    (
        "kSo001",
        "vi",
        "goodeye",
        "Hệ thống cảnh báo lũ tự động đặt tại điểm xung yếu",
        "Doanh nghiệp thiết bị khí tượng thủy văn lắp trạm theo dõi mưa lớn bất thường và mực nước dâng bất thường tại "
        "các vị trí nhạy cảm như đập tràn, đoạn trũng, địa hình dốc. Số đo vượt ngưỡng là trạm tự bật tín hiệu báo "
        "động, để bà con kịp ứng phó trước khi lũ về. Nhận khảo sát, lắp đặt trọn gói và kết nối cảnh báo "
        "về chính quyền địa phương.",
    ),
    (
        "kSo002",
        "en",
        "watec",
        "IoT rain gauges and real-time flood-depth stations",
        "A Vietnamese water-technology company offers its Vrain automatic rain-gauge network, in development since 2016 "
        "and now over 2,500 stations covering all 63 provinces (about 1,077 in the national hydro-meteorological network "
        "and nearly 1,400 run by provincial disaster agencies and reservoirs), together with sensors that report flood "
        "depth in real time. Data go to disaster-prevention authorities so they can warn local government and residents "
        "early.",
    ),
    (
        "kSo003",
        "vi",
        "qpt",
        "Trạm đo mưa tự động và tháp cảnh báo lũ cho cộng đồng",
        "Quỹ Cộng đồng phòng tránh thiên tai vận động kinh phí lắp trạm đo mưa tự động và tháp cảnh báo lũ tự động rồi "
        "bàn giao cho địa phương vận hành. Riêng năm 2023 đã lắp 80 trạm đo mưa ở 9 tỉnh, trong đó có Cà Mau, Hậu "
        "Giang, Bạc Liêu, An Giang, cùng 10 tháp cảnh báo; tính từ 2016 là 843 trạm và 16 tháp tại 48 tỉnh, thành. Xã "
        "có nhu cầu có thể đăng ký tiếp nhận.",
    ),
    (
        "kSo004",
        "en",
        "gadomo",
        "Co-designed community flood warning with low-cost sensors",
        "Advisory service that helps a neighbourhood build its own flood warning: map vulnerable households, critical "
        "routes, clinics and schools; install inexpensive gauges for rainfall, river height, soil moisture and surface "
        "water; agree thresholds with residents in local terms; relay alerts by SMS, loudspeakers or door-to-door calls; "
        "and run regular drills. Built with redundancy so one failed sensor does not silence the network.",
    ),
    (
        "kSo005",
        "en",
        "fews",
        "Bamboo-pole flood sensor kit with caretaker siren",
        "Low-cost upstream transmitter: a perforated sensor pipe fixed to a bamboo pole, a circuit box with antenna and "
        "a 6 V battery kept charged by a small solar panel. The receiver sits in a caretaker's house and shows five "
        "coloured lights (power, radio link, normal, pre-alarm, danger); the siren sounds three times at pre-alarm and "
        "continuously at danger level. Parts can be maintained by villagers.",
    ),
    (
        "kSo006",
        "vi",
        "rts",
        "Giám sát mực nước qua web, tự kích hoạt còi và tin nhắn báo lũ",
        "Đơn vị tích hợp hệ thống đo mực nước liên tục, hiển thị trên giao diện web. Khi mực nước vượt ngưỡng tới hạn "
        "một cách kéo dài, hệ thống tự sinh cảnh báo, bật còi báo động kết nối internet và gửi tin nhắn SMS tới người "
        "dân trong vùng nguy cơ. Số liệu thời gian thực cũng dùng cho công tác ứng cứu.",
    ),
    (
        "kSo007",
        "en",
        "mdpi_wa",
        "Flood monitoring with WhatsApp group alerts",
        "University research team offers an early flood-monitoring prototype that measures rising water and pushes "
        "real-time alerts to residents through WhatsApp, replacing crude methods such as gauges, watch towers and "
        "messengers whose reach is limited. Intended for vulnerable communities where most households already use a "
        "chat app on their phones.",
    ),
    (
        "kSo008",
        "vi",
        "hymet",
        "Tập huấn khai thác radar thời tiết cho cán bộ phòng chống thiên tai xã",
        "Hướng dẫn cán bộ cấp xã sử dụng Hymetnet, dữ liệu từ 17 trạm radar thời tiết cập nhật mỗi 5–10 phút, để theo "
        "dõi vùng mưa, sét và lượng mưa tích lũy; kết hợp trang cảnh báo lũ quét, sạt lở và bản đồ gió, mưa Windy để ra "
        "bản tin sớm cho người dân và hỗ trợ sơ tán kịp thời.",
    ),
    (
        "kSo009",
        "en",
        "abuur",
        "River-level sensors with agreed thresholds and fast alerts",
        "Service that installs simple river-level monitoring, sets warning thresholds with the community and wires up a "
        "fast alert chain. The aim is to buy time before water turns dangerous: move livestock, protect equipment, "
        "prepare evacuation routes and warn households, instead of relying on someone noticing the river.",
    ),
    (
        "kSo010",
        "vi",
        "vinbig",
        "Cảnh báo sớm lũ quét, sạt lở đất trên nền dữ liệu đa nguồn và IoT",
        "Nhóm nghiên cứu dữ liệu lớn phát triển hệ thống kết hợp dữ liệu đa nguồn với cảm biến IoT để lập bản đồ nguy "
        "cơ và cảnh báo sớm lũ quét, sạt lở. Bối cảnh: năm 2023 cả nước có hơn 1.100 trận thiên tai; giai đoạn 2001–"
        "2019 có khoảng 553 trận lũ quét, 850 vụ sạt lở làm 673 người chết. Hướng tới vùng đang thiếu giám sát.",
    ),
    (
        "kSo011",
        "en",
        "hue_siren",
        "Remote-operated disaster siren network",
        "Installation of warning sirens on public buildings, triggered remotely over wifi from an operations centre or "
        "by hand on site when the link is lost. Each situation has its own pattern of blasts and repeats: storm or "
        "tropical depression, flood above alarm level 2, flood above level 3, emergency storm or tsunami. Reference "
        "system: four sirens activated in Huế in October 2025.",
    ),
    (
        "kSo133",
        "vi",
        "floodwatch",
        "Thiết bị cảnh báo lũ tại chỗ, chạy không cần internet",
        "Nút cảnh báo lũ giá rẻ dùng vi điều khiển họ ESP32 và cảm biến siêu âm đo độ sâu nước, xử lý ngay tại thiết "
        "bị nên vẫn báo khi mất mạng. Đèn ba màu xanh – vàng – đỏ kèm còi (bíp chậm khi cảnh báo, hú liên tục khi phải "
        "sơ tán); phát hiện nước lên đột ngột bằng trung bình trượt 5 giây; màn hình OLED hiển thị mực nước và đồ thị.",
    ),
    # --- warning dissemination and emergency communication -------------------------------------
    (
        "kSo012",
        "en",
        "viettel_tsunami",
        "Warnings over existing commune loudspeakers plus SMS",
        "Telecom group's disaster warning system that reuses the local radio-loudspeaker network to broadcast alerts on "
        "high-power public speakers, sends text messages to officials, residents and visitors inside the danger zone, "
        "and adds warning lights and signs for people with hearing impairment. Hardware and software are designed in "
        "Vietnam; a drill in Đà Nẵng evacuated 5,000 people in 110 minutes.",
    ),
    (
        "kSo013",
        "vi",
        "vov_loa",
        "Quy trình vận hành truyền thanh cơ sở phát cảnh báo thiên tai",
        "Gói hướng dẫn vận hành đài truyền thanh xã khi có bão lũ: trực 24/24, phát bản tin cảnh báo mỗi giờ một lần từ "
        "7 giờ sáng đến 8 giờ tối ở công suất tối đa qua các cụm loa thôn, tổ; ưu tiên nơi sóng điện thoại và internet "
        "chập chờn. Dựa trên cách làm ở Sa Pa với loa tại 111 thôn, tổ dân phố và trạm truyền thanh 16/16 xã, phường.",
    ),
    (
        "kSo014",
        "en",
        "baomoi_tt",
        "Training commune announcers for round-the-clock storm bulletins",
        "Capacity building for grassroots broadcasting staff: relaying directives and forecasts from central to local "
        "level, going live in 15-minute slots through the night when rivers rise, and urging hamlets to move elderly "
        "people early. Built on what commune and ward culture-communication centres did during storm No. 10 in late "
        "September 2025.",
    ),
    (
        "kSo015",
        "en",
        "stc_sms",
        "SMS early-warning platform for provincial storm and flood committees",
        "A call centre and customised-SMS service, using bandwidth bought from Vinaphone and Viettel, lets provincial "
        "committees for flood and storm control send warnings and weather updates directly to residents' phones. "
        "Piloted with 24 coastal communities of Đà Nẵng and Thừa Thiên Huế in 2011–2012, together with preparedness "
        "training and life-saving equipment.",
    ),
    (
        "kSo016",
        "vi",
        "cellbc",
        "Phát cảnh báo thiên tai qua cell broadcast theo vùng",
        "Giải pháp phát tin cảnh báo ngắn (tối đa 93 ký tự) đồng loạt tới mọi điện thoại đang ở trong vùng chỉ định, "
        "phạm vi có thể từ một trạm phát tới toàn mạng. Cơ quan phòng chống thiên tai soạn nội dung, nhà mạng phát; cách "
        "làm này đã dùng ở Philippines khi bão Ompong, gửi ba đợt tin cho ba nhóm tỉnh.",
    ),
    (
        "kSo017",
        "en",
        "thai_cbs",
        "Cell broadcast alerts with pop-up screen and siren tone",
        "Location-based cell broadcast over three mobile networks: phones in the area show a pop-up warning in two "
        "languages with a siren sound, roaming phones included, with the goal of issuing an alert within 10 minutes. "
        "Rolled out in phases, from four city-hall buildings to a whole capital and a province.",
    ),
    (
        "kSo018",
        "vi",
        "vtc_comm",
        "Bộ liên lạc khẩn cấp khi mất sóng, mất điện",
        "Bộ dụng cụ cho hộ dân và tổ xung kích: radio FM/AM cầm tay chạy pin hoặc quay tay để nghe dự báo, hướng đi của "
        "bão và lệnh sơ tán khi điện lưới và viễn thông gián đoạn; sạc dự phòng; danh bạ số khẩn cấp. Kèm hướng dẫn ưu "
        "tiên nhắn tin SMS khi mạng yếu vì tin nhắn tốn ít dữ liệu hơn cuộc gọi.",
    ),
    (
        "kSo019",
        "en",
        "resilient",
        "Resilient communication planning for grid and tower failure",
        "Advisory service that maps which channels keep working as each layer fails: cell-tower batteries last 4–8 "
        "hours (2–4 under surge load) and generator fuel runs are disrupted within 24–72 hours. It then sets up "
        "battery and solar power, VHF/UHF radios with repeaters, a LoRa text mesh, HF radio and satellite messengers "
        "before the crisis.",
    ),
    (
        "kSo020",
        "en",
        "satphone",
        "Satellite phones for local emergency management",
        "Supply of portable satellite phones with voice and data, some with internet access, that keep working when "
        "landlines and mobile networks fail because they rely on satellites rather than ground infrastructure. Fits all "
        "four phases of an emergency plan: preparedness, response, recovery and mitigation.",
    ),
    (
        "kSo021",
        "vi",
        "gmrs",
        "Bộ đàm hai chiều tầm xa và thiết bị chuyển tiếp",
        "Cung cấp máy bộ đàm nhiều kênh cho đội ứng phó, tầm liên lạc tới khoảng 26 dặm tùy địa hình. Có thể nối tiếp "
        "thành chuỗi như cây gọi điện hoặc đặt thiết bị chuyển tiếp ở vị trí cao để các đội ở xa nhau vẫn liên lạc được "
        "khi điện thoại bàn và di động tê liệt.",
    ),
    (
        "kSo022",
        "en",
        "meshtastic",
        "Off-grid LoRa mesh radios for text messages",
        "Open-source Meshtastic firmware on inexpensive LoRa radios that automatically form a mesh and forward text "
        "messages and optional GPS positions between members, with no cellular or internet service needed; a phone can "
        "be paired but is not required. Long range, low power, suited to places without reliable coverage.",
    ),
    (
        "kSo023",
        "vi",
        "meshwhy",
        "Mạng nhắn tin vô tuyến mesh với repeater đặt trên mái nhà",
        "Mỗi thiết bị là một máy vô tuyến nhỏ, tin nhắn được chuyển qua từng bước nhờ các repeater luôn bật đặt trên "
        "mái nhà hay điểm cao, không cần cột phát sóng, internet hay cước tháng. Dùng được khi mưa bão, mất điện làm "
        "trạm di động ngừng hoặc khi đám đông làm nghẽn mạng.",
    ),
    (
        "kSo132",
        "en",
        "whatamesh",
        "LoRa mesh messenger with SOS button",
        "Off-grid radio device linked to a phone app for local messaging in areas without internet, built on LoRa "
        "modules in a mesh with a token-ring protocol and an Arduino bridge. An SOS function alerts every user on the "
        "network; far cheaper than building telecom towers in rural areas.",
    ),
    # --- fishing boats at sea ----------------------------------------------------------------
    (
        "kSo024",
        "vi",
        "vms_tv",
        "Thiết bị giám sát hành trình tàu cá VIFISH.18",
        "Đài Thông tin Duyên hải Cần Thơ giới thiệu thiết bị định vị qua vệ tinh: cơ quan quản lý biết tàu đang ở "
        "đâu, kịp cứu khi tàu bị nạn, phát hiện khai thác IUU; có thoại, bảo mật, lưu nhật ký, thao "
        "tác đơn giản hợp với ngư dân. Đã trình diễn và thống nhất kế hoạch gắn thử cho tàu khai thác xa bờ Trà Vinh.",
    ),
    (
        "kSo025",
        "en",
        "vast_vms",
        "Low-cost multifunction positioning system for fishing boats",
        "Developed by a high-tech centre of the Vietnam Academy of Science and Technology: positions fishing boats, "
        "delivers weather and fishing-ground information to crews and lets authorities track vessels at sea, at lower "
        "installation and running cost than earlier satellite devices that fishers found too expensive.",
    ),
    (
        "kSo026",
        "vi",
        "nhandan_vms",
        "Thiết bị hải trình cho phép gọi điện, nhắn tin từ tàu về đất liền",
        "Thiết bị giám sát hải trình màn hình lớn do các nhà khoa học Viện Hàn lâm KH&CN nghiên cứu: định vị, ngư dân "
        "ở ngư trường gọi, nhắn thẳng tới máy di động của người nhà trên bờ, tính cước ngang di động, không còn phụ "
        "thuộc bộ đàm về trạm bờ. Đã lắp thử nghiệm trên tàu cá ở đảo Bạch Long Vĩ.",
    ),
    (
        "kSo027",
        "en",
        "vms_eval",
        "Field evaluation of vessel monitoring devices",
        "Research service that compares VMS units on real fishing trips. In one study Thuraya SF2500, Vifish.18 and "
        "BA-SAT01 reached position-reporting rates of 141%, 152% and more than eight times the legal minimum, with "
        "longest gaps of 13 h 38 min, 8 h 38 min and none; all had Vietnamese software and low power draw, at about "
        "20 million VND per unit.",
    ),
    (
        "kSo028",
        "vi",
        "gialai_vms",
        "Hệ thống cảnh báo tàu cá thông minh",
        "Phần mềm đọc thẳng dữ liệu giám sát tàu cá; khi máy VMS ngừng gửi tín hiệu hay tàu ra ngoài vùng được phép "
        "khai thác, hệ thống tự cảnh báo theo từng mốc thời gian định trước (5 giờ, 8 giờ, 1 ngày, 10 ngày) qua nhiều "
        "kênh tới chủ tàu, thuyền trưởng và cán bộ quản lý. Gia Lai là tỉnh đầu tiên đưa vào vận hành.",
    ),
    # --- riverbank erosion: monitoring ---------------------------------------------------------
    (
        "kSo029",
        "en",
        "vdoffice",
        "Remote-sensing database of riverbank and shoreline change",
        "Ministry sub-project run by the Central Remote Sensing Station that builds a multi-temporal database of "
        "riverbank and coastline changes across the Mekong Delta, used to judge how well anti-erosion works perform and "
        "to support regional planning. Twelve work packages, eight already completed.",
    ),
    (
        "kSo030",
        "vi",
        "nhandan_rs",
        "Thu nhận ảnh vệ tinh SPOT 6, SPOT 7 để giám sát sạt lở",
        "Hệ thống thu tín hiệu vệ tinh SPOT 6 và 7 đặt tại Trạm Viễn thám Trung ương, cung cấp ảnh để lập cơ sở dữ liệu "
        "biến động bờ sông, bờ biển ĐBSCL, đánh giá hiệu quả công trình chống sạt lở và chủ động phòng tránh, giảm thiệt "
        "hại trong bối cảnh biến đổi khí hậu.",
    ),
    (
        "kSo031",
        "en",
        "mdpi_rs",
        "GIS and remote-sensing study of river morphology change",
        "University team (TU Dresden with the Vietnamese-German University and others) quantifies erosion and accretion "
        "of Mekong Delta channels from multi-date satellite imagery and GIS, and links the changes to their economic and "
        "social consequences for people living along the rivers. Available for provincial or district studies.",
    ),
    (
        "kSo032",
        "vi",
        "mdpi_bank",
        "Phương pháp tự động nhận diện đường bờ sông từ ảnh Landsat",
        "Nhóm Đại học Kyoto và Trường Đại học Thủy lợi đề xuất thuật toán mới phát hiện bờ sông trên ảnh vệ tinh "
        "Landsat, thử nghiệm ở ĐBSCL, giúp theo dõi xói lở bờ sông ở những nơi chưa có số liệu đo đạc dày.",
    ),
    (
        "kSo033",
        "en",
        "usgs_mbes",
        "Multibeam echosounder mapping of river beds",
        "Hydrographic survey with a multibeam echosounder (operated at 200 or 400 kHz), an inertial navigation system "
        "and a processing computer. The fan-shaped swath maps channel depth and underwater features even in murky "
        "water, giving high-resolution pictures of scour holes and bank toes.",
    ),
    (
        "kSo034",
        "vi",
        "sdi_texas",
        "Khảo sát địa hình lòng sông và bờ sông phục vụ đánh giá xói lở",
        "Gói khảo sát dùng xuồng đáy bằng đôi, hệ đo sâu hồi âm SC-200 có định vị DGPS, đo RTK và quét laser từ xuồng "
        "để lập mô hình số độ cao lòng và bờ sông, phục vụ mô hình thủy lực và đánh giá khả năng xói. Đã làm cho đoạn "
        "sông dài 3,3 dặm nơi xói bờ đe dọa nhà cửa, đường sá.",
    ),
    (
        "kSo035",
        "en",
        "usgs_scour",
        "Portable scour-measuring systems",
        "Equipment package and method for measuring streambed scour: DGPS or range-azimuth tracking places the boat "
        "within 1 metre, an echo sounder measures bed elevation, plus a deployment platform and data logger; includes "
        "guidance on latency errors and on working near trees and bridges during floods.",
    ),
    (
        "kSo042",
        "en",
        "lews_iot",
        "Open-source LoRa geosensor network for landslide early warning",
        "Research project (TU Munich with AlpGeorisk) offering low-cost LoRa sensor nodes carrying MEMS tilt sensors, a "
        "new subsurface probe for ground movement and groundwater level, and a data management system. First deployed "
        "in an informal settlement of Medellín; hardware and firmware are open source.",
    ),
    (
        "kSo043",
        "vi",
        "prometheus_lews",
        "Hệ thống IoT cảnh báo sạt lở do mưa",
        "Tích hợp cảm biến nghiêng, cảm biến độ ẩm thể tích đất, inclinometer MEMS, trạm đo mưa và camera lên nền tảng "
        "web. Ngưỡng cảnh báo nhiều cấp được lập từ tốc độ nghiêng, tốc độ chuyển vị ngang và chỉ số bão hòa đất; đã "
        "kiểm chứng qua ba trận mưa tại hiện trường.",
    ),
    (
        "kSo044",
        "en",
        "geohazard_gh",
        "Arduino-based geohazard monitoring station",
        "Student project delivering a low-cost station placed on a slow-moving landslide: Arduino microcontrollers log "
        "temperature, humidity and movement, with open-source code for real-time collection and analysis that can feed "
        "an early-warning system.",
    ),
    # --- riverbank and coastal protection ------------------------------------------------------
    (
        "kSo036",
        "vi",
        "kemem_vl",
        "Kè mềm bao cát vải địa kỹ thuật gia cố bờ sông",
        "Trình tự: đóng cừ tràm ở chỗ sạt, phủ vải địa kỹ thuật, đặt bao cát vải địa theo chiều ngang để giữ chân kè, "
        "sau đó xếp dọc, lùi cấp tới cao độ thiết kế. Thi công đơn giản với một máy đào và ít nhân công; đoạn thí điểm "
        "50 m trên sông Long Hồ tốn 500 triệu đồng, làm trong 22 ngày.",
    ),
    (
        "kSo037",
        "en",
        "kemem_vtv",
        "Eco soft embankment with geotubes and eco sand bags",
        "Technology from the Mekong institute for irrigation technology innovation, transferred to Tân Đại Hưng "
        "Plastics: fill scour holes and undercuts, reinforce the toe, rebuild the slope with geotubes, eco-bags and "
        "local sand, then plant grass. A 40 m pilot on the Cần Lố river cost 2.2 billion VND, 40–70% less than a hard "
        "revetment, with about 20 years of service.",
    ),
    (
        "kSo038",
        "vi",
        "baosinhthai",
        "Kè mềm bao sinh thái chống sạt lở bờ sông, bờ biển",
        "Nghiên cứu ứng dụng của Trường Đại học Mỏ – Địa chất cùng Công ty Đại Viễn: dùng bao sinh thái địa kỹ thuật xếp "
        "thành kè mềm, kết hợp cây cỏ, thay cho giải pháp cứng kém bền hoặc khó khả thi ở vùng sông rạch chằng chịt ĐBSCL; "
        "đã áp dụng thành công ở một số dự án.",
    ),
    (
        "kSo039",
        "en",
        "kemem_qn",
        "Three-layer eco soft revetment built with local labour",
        "Revetment method for riverbanks threatened by collapse during floods: three layers using materials on hand and "
        "native plants, simple enough for local workers. For the same length it costs nearly ten times less than a hard "
        "concrete revetment.",
    ),
    (
        "kSo040",
        "vi",
        "elcorock",
        "Đập mỏ hàn và kè bằng túi cát địa kỹ thuật",
        "Công ty thi công hệ đập mỏ hàn và tường kè bảo vệ bờ bằng túi cát địa kỹ thuật cỡ lớn: tiêu hao phần lớn năng "
        "lượng sóng, tăng bồi lắng, chặn xói lở và giữ cát phía trong. Công trình ven biển từng đứng vững qua bão "
        "Ketsana.",
    ),
    (
        "kSo041",
        "en",
        "hungphu",
        "Gabions and geotechnical works against riverbank landslides",
        "Geotechnical firm that first diagnoses why a bank fails (loose alluvial soils, strong flood currents, wave wash) "
        "and then supplies gabion revetments, geotextiles and related works for riverside areas of the Mekong Delta and "
        "central Vietnam.",
    ),
    (
        "kSo045",
        "en",
        "frontiers_fence",
        "Wooden fence designs for wave damping and mangrove restoration",
        "Laboratory-tested fence designs for eroded coasts: nine wooden fences with infill porosity 0.60–0.90 and frame "
        "density 0.40 or 0.70 were run through 180 flume tests under 18 wave conditions. The fences cut incoming waves "
        "and trap sediment so mangroves can recolonise.",
    ),
    (
        "kSo046",
        "vi",
        "mdpi_tiengiang",
        "Đánh giá hiệu quả công trình giảm sóng xa bờ đối với rừng ngập mặn",
        "Nhóm Đại học Tôn Đức Thắng và Viện Địa chất – Địa vật lý biển phân tích biến động đường bờ và chỉ số thực vật "
        "EVI giai đoạn 2000–2022 ở Tiền Giang; kết quả cho thấy công trình giảm sóng xa bờ chưa làm tăng độ che phủ. "
        "Cung cấp khuyến nghị trước khi đầu tư công trình tương tự.",
    ),
    (
        "kSo047",
        "en",
        "su_muddy",
        "Ecological engineering options for eroded muddy coasts",
        "Review-based advisory from a Vietnamese university: of four ecological-engineering models for stabilising "
        "muddy coasts, passive interventions with structures built from onshore gave the best value in construction "
        "cost, survival of planted seedlings and mud accumulation.",
    ),
    (
        "kSo048",
        "vi",
        "tv_coast",
        "Giải pháp chỉnh trị tổng thể ổn định bờ biển Trà Vinh",
        "Viện Kỹ thuật Biển phân tích nguyên nhân và cơ chế bồi, xói dọc khoảng 65 km bờ biển Trà Vinh nằm giữa hai "
        "cửa sông lớn; mô phỏng dòng chảy, sóng và vận chuyển bùn cát bằng MIKE 21 theo nhiều kịch bản, công nghệ để "
        "chọn giải pháp chỉnh trị tổng thể.",
    ),
    (
        "kSo049",
        "en",
        "cbdra",
        "Community-based disaster risk assessment toolkit for communes",
        "Guidance issued by the agriculture ministry's disaster prevention centre with UNDP (2014) for commune technical "
        "teams: nine tools (existing data, disaster history, seasonal calendar, hazard sketch map, strengths and gaps, "
        "risk synthesis, ranking, cause analysis, solution synthesis) plus templates.",
    ),
    # --- lightning ---------------------------------------------------------------------------
    (
        "kSo050",
        "vi",
        "chongsettoancau",
        "Thi công hệ thống chống sét nhà ở trọn gói",
        "Khảo sát, thiết kế và lắp kim thu sét, dây dẫn sét, hệ tiếp địa cho nhà dân; giải thích vì sao nhà dùng nhiều "
        "sắt thép và nhà cao tầng dễ bị sét đánh, giúp chống cháy nổ và hư thiết bị. Báo giá trọn gói.",
    ),
    (
        "kSo051",
        "en",
        "tongkho",
        "Lightning rod kits and installation guide for houses",
        "Lightning-protection supplier with a step-by-step guide to building a lightning rod for homes, from simple "
        "tin-roof houses to multi-storey buildings: air terminal, down conductor and earthing, plus protection against "
        "surges arriving on power and telecom lines.",
    ),
    (
        "kSo052",
        "vi",
        "vitwakai",
        "Chống sét cho nhà mái tôn",
        "Giải pháp cho nhà mái tôn: cột thu lôi, kim thu sét trên mái, lưới chống sét và tiếp địa; tư vấn theo mật độ "
        "sét của vùng, chiều cao công trình và cây cao, cột điện quanh nhà.",
    ),
    (
        "kSo053",
        "en",
        "amb",
        "Lightning protection for homes and civil buildings",
        "Company designs three-part systems (air termination, down conductors, earthing) sized to local strike risk, "
        "building height and exposure to trees, water and metal, protecting occupants and high-value appliances in "
        "houses and civil buildings.",
    ),
    (
        "kSo054",
        "vi",
        "gomes_safe",
        "Tư vấn phân cấp công trình an toàn sét cho cộng đồng",
        "Dựa trên nghiên cứu của Đại học Witwatersrand: bốn cấp công trình an toàn sét xác định theo mức bảo vệ trước "
        "từng cơ chế gây thương tích, giúp chọn mức phù hợp khả năng chi trả, kể cả nhà tạm, lều, chòi của cộng đồng "
        "thu nhập thấp.",
    ),
    (
        "kSo055",
        "en",
        "ams_school",
        "Lightning protection and shelter policy for rural schools",
        "Advisory drawing on 123 reports of lightning casualties at schools outside the US over 14 years (218 deaths, "
        "710 injuries): properly designed, installed and maintained protection on the most substantial village building, "
        "plus rules that bring pupils in from yards, verandas and trees, backed by monitored weather warnings.",
    ),
    (
        "kSo056",
        "vi",
        "wapo_school",
        "Dự án lắp chống sét cho trường học nông thôn",
        "Nhóm chuyên gia về chấn thương do sét (Cooper, Holle) vận động lắp cột thu lôi cho trường học ở vùng sét dày, "
        "kèm quy tắc nghe sấm là vào nhà kiên cố hoặc xe mui kín. Ở Mỹ, số người chết vì sét đã giảm từ hơn 400 người "
        "mỗi năm xuống dưới 30 nhờ công trình và giáo dục.",
    ),
    (
        "kSo057",
        "en",
        "aclenet",
        "Lightning safety education, detection and protection programmes",
        "Network of African lightning centres (ACLENet) running public education that confronts common myths, improving "
        "lightning detection and data, and protecting homes, schools, livestock and infrastructure in high-risk areas.",
    ),
    (
        "kSo058",
        "vi",
        "sidilu",
        "Ứng dụng cảnh báo sét theo vị trí",
        "Ứng dụng điện thoại cảnh báo sét và dông nguy hiểm trước tới 45 phút: mức đỏ khi khả năng sét 90% trong phạm vi "
        "1 km², cam 5 km², vàng 15 km². Mạng 10 cảm biến, chi phí khoảng 50 lakh rupee mỗi năm; tin nhắn cảnh báo gửi "
        "cả tới 28 lakh nông dân không có điện thoại thông minh.",
    ),
    (
        "kSo059",
        "en",
        "iitm_lln",
        "Lightning location network with SMS warnings to farmers",
        "Institute-built lightning location network with a mobile app that shows strikes in real time and sends SMS "
        "warnings, using phone lists registered for farm advisories; lead time is short but enough to keep people out "
        "of exposed places.",
    ),
    (
        "kSo060",
        "vi",
        "afamily_set",
        "Cung cấp dữ liệu định vị sét thời gian thực",
        "Mạng lưới phát hiện, định vị sét của Trung tâm Mạng lưới khí tượng thủy văn quốc gia đếm cả cú sét "
        "đánh xuống đất lẫn sét giữa các đám mây, trên đất liền và ngoài biển; bản đồ thời gian thực từng cho thấy hơn 1.000 cú sét mỗi 10 phút sáng "
        "30/8/2024. Dữ liệu phục vụ cảnh báo dông sét cho địa phương.",
    ),
    (
        "kSo061",
        "en",
        "uvm_farm",
        "Lightning safety protocol for farm workers",
        "Extension fact sheet and training for farms: check the forecast, apply the 30-30 rule, head for a closed "
        "building or a tractor with a cab, keep off hilltops, lone trees, ponds and wire fences, and wait 30 minutes "
        "after the last thunder.",
    ),
    (
        "kSo062",
        "en",
        "growing_market",
        "Farm lightning-shelter audit",
        "Extension advice on which farm structures are safe in a storm (buildings grounded by plumbing, wiring or "
        "lightning rods) and which are not (open sheds, ungrounded metal sheds on mesh-reinforced concrete); enclosed "
        "vehicles and cabs as fallback. Roughly 400 people a year are struck in the US, about 20% fatally.",
    ),
    (
        "kSo129",
        "en",
        "bacongroup",
        "Lightning protection system installation",
        "Company installing lightning protection systems on buildings, with safety advice: more than half of lightning "
        "deaths happen in the open, so get indoors; never shelter under an isolated tree and crouch low if caught "
        "outside.",
    ),
    (
        "kSo130",
        "vi",
        "papauk",
        "Hộp trú sét và lều chống sét di động cho nơi làm việc ngoài trời",
        "Cung cấp hộp trú sét bằng kim loại kiểu lồng Faraday và lều có khung chống sét cho khu làm việc xa, trống trải "
        "như công trường, mỏ; giải thích nguyên lý kim thu sét Franklin và lồng Faraday dẫn dòng sét xuống đất.",
    ),
    # distractors: surge protection (the appliance, not the people)
    (
        "kSo063",
        "vi",
        "spd_elcb",
        "Thiết bị chống sét lan truyền SPD cho tủ điện",
        "Thiết bị bảo vệ chống sét lan truyền mắc song song vào mạch cấp nguồn, dẫn dòng xung khi có quá áp đột ngột do "
        "sét hoặc đóng cắt, tránh hư hỏng thiết bị điện và mạch thông tin phía sau.",
    ),
    (
        "kSo064",
        "en",
        "spd_dtech",
        "Surge protective devices Type 1, 2 and 3 installation",
        "Selection and installation of surge protective devices: Type 1 at the main board for direct strikes, Type 2 "
        "at distribution boards, Type 3 beside sensitive equipment such as computers, TVs and routers; clamps surge "
        "voltage to earth.",
    ),
    (
        "kSo065",
        "vi",
        "spd_thanhnien",
        "Tư vấn chọn và thay ổ cắm chống sét lan truyền",
        "Ổ cắm chống sét chỉ xử lý xung nhỏ, tạm thời; linh kiện MOV bên trong suy giảm sau mỗi lần tác động và nên "
        "thay sau 3–5 năm; đèn báo trên ổ chỉ cho biết có điện chứ không phản ánh khả năng bảo vệ.",
    ),
    # --- fire safety: markets ---------------------------------------------------------------
    (
        "kSo066",
        "en",
        "hsenations",
        "Market fire-safety inspection programme",
        "Eight routine checks for markets, starting with wiring inspected by certified electricians (overloaded "
        "sockets, illegal connections, temporary cables), extinguishers suited to textiles, plastics and fuel checked "
        "monthly, and exits and fire-truck access kept clear.",
    ),
    (
        "kSo067",
        "vi",
        "korea_nfa",
        "Mô hình đội phòng cháy tự quản của tiểu thương chợ",
        "Kinh nghiệm Hàn Quốc: 285 vụ cháy chợ truyền thống trong 5 năm 2018–2022, 44,6% do điện. Đội tự quản của hội "
        "tiểu thương kiểm tra cầu dao, van gas sau giờ bán, tuần tra khung 22h–4h; mỗi thứ Tư là ngày an toàn, tiểu "
        "thương tự kiểm tra theo bảng và được cơ quan chữa cháy tư vấn.",
    ),
    (
        "kSo068",
        "en",
        "mendeley_kr",
        "Fire-risk assessment index for traditional markets",
        "A 100-point index built from expert weighting: electrical supply ranks first (standard cables, connection "
        "management), then store management (components for emergency extinguishing), then gas facilities; used for "
        "continuous monitoring of fire risk across markets.",
    ),
    (
        "kSo069",
        "vi",
        "sprinklersaves",
        "Hệ thống chữa cháy tự động sprinkler cho chợ",
        "Sprinkler vừa phát hiện, vừa dập lửa, vừa báo động. Ví dụ tháng 12/2022 ở một chợ thịt tại London: đám cháy "
        "trong kho lạnh bị khống chế tại chỗ, không lan, không ai bị thương, chỉ mất 3 tấn thịt và chợ mở lại ngay nửa "
        "đêm hôm đó.",
    ),
    (
        "kSo073",
        "vi",
        "ngetech_wireless",
        "Cảnh báo cháy không dây cho kho, xưởng",
        "Giải pháp bổ sung cho kho, xưởng mái tôn khung thép chứa nhiều hàng dễ cháy: đầu báo không dây phát hiện sớm "
        "cháy ban đêm, rạng sáng khi không có người. Dẫn chứng vụ cháy xưởng 700 m² ở Long Biên tháng 9/2025, hơn 50 "
        "chiến sĩ chữa cháy hơn 3 giờ.",
    ),
    (
        "kSo070",
        "en",
        "charleston",
        "Fire sprinklers for high-risk businesses",
        "Fire marshal's programme promoting sprinkler systems for restaurants, hotels, assisted-living homes and "
        "warehouses, where kitchen flare-ups, storage of flammables and vulnerable occupants raise risk.",
    ),
    (
        "kSo085",
        "vi",
        "colorcity",
        "Sơn chống cháy kết cấu thép 120–150 phút cho nhà xưởng",
        "Cung cấp sơn chống cháy cho kết cấu sắt thép nhà máy, nhà xưởng, nhà thép tiền chế, trung tâm thương mại; tạo "
        "lớp than cách nhiệt khi gặp lửa, đạt 120–150 phút.",
    ),
    # --- fire safety: dense housing ----------------------------------------------------------
    (
        "kSo071",
        "vi",
        "liengia_dn",
        "Mô hình Tổ liên gia an toàn PCCC và điểm chữa cháy công cộng",
        "Các hộ liền kề lập tổ; nhà nào cũng gắn thiết bị báo cháy để cả tổ cùng nghe, sắm bình chữa cháy xách tay và "
        "đồ phá dỡ. Với hẻm sâu 50 m trở lên, nơi xe chữa cháy không vào tới, đặt một điểm chữa cháy chung có bình, "
        "xà beng, búa, kìm thủy lực, mái che và biển chỉ dẫn; vận hành theo phương châm bốn tại chỗ.",
    ),
    (
        "kSo072",
        "en",
        "tienphong_liengia",
        "Neighbourhood fire-safety groups and public fire points",
        "Provincial police programme (Quảng Nam) to set up and replicate inter-family fire-safety groups and public "
        "firefighting points in residential areas; several fires were put out and people rescued by these groups "
        "together with police before they spread.",
    ),
    (
        "kSo074",
        "en",
        "hochiki_home",
        "Home fire detectors: radio-linked versus wifi",
        "Fire-detection supplier advises households to choose wireless detectors that talk to each other by radio "
        "rather than cheap wifi models, which go silent when a fire cuts power and the router. Kitchens, living rooms "
        "and bedrooms are the main starting points of home fires.",
    ),
    (
        "kSo075",
        "vi",
        "hochiki_local",
        "Hệ thống báo cháy cục bộ không dây",
        "Không cần khoan tường, kéo dây: đầu báo khói, báo nhiệt không dây đặt ở nơi dễ cháy, gửi tín hiệu về bảng điều "
        "khiển trung tâm khi có khói hoặc nhiệt bất thường. Hoạt động độc lập, không phải nối với hệ thống trung tâm của "
        "tòa nhà; lắp nhanh, tiết kiệm chi phí.",
    ),
    (
        "kSo076",
        "en",
        "kienthuc_wireless",
        "Checking certified wireless fire alarms",
        "Guidance from city police for buyers: every part of an automatic fire alarm (panel, smoke and heat heads, call "
        "points, bells, lights) needs a fire-safety inspection certificate, and wireless links must also meet TCVN "
        "7568-25:2023; beware wired units converted with batteries and antennas.",
    ),
    (
        "kSo077",
        "vi",
        "lctech_iot",
        "Thiết bị cảnh báo cháy IoT tự thiết kế",
        "Node cảm biến khói, gas MQ-2 (50–80 nghìn đồng), nhiệt độ DHT, cảm biến lửa, vi điều khiển ESP32 (150–200 "
        "nghìn đồng), kết nối WiFi hoặc LoRa về gateway với độ trễ dưới 100 ms; gửi cảnh báo qua SMS, email, thông báo "
        "đẩy trên điện thoại.",
    ),
    (
        "kSo078",
        "en",
        "lumkani",
        "Networked heat detectors for densely packed dwellings",
        "Low-cost sensor that reacts to the rate of rise of heat rather than smoke, since indoor cooking fires would "
        "trigger smoke alarms several times a day; units are networked so neighbours are warned at once. Piloted with "
        "the Red Cross, design firm Frog and more than 20 partners in Cape Town settlements.",
    ),
    (
        "kSo079",
        "vi",
        "designaward",
        "Đầu báo nhiệt kêu đồng loạt trong bán kính 60 m",
        "Thiết bị dùng cảm biến nhiệt thay vì khói vì bếp, đèn, lò sưởi trong khu nhà tạm sinh nhiều khói; khi có cháy, "
        "mọi thiết bị trong bán kính 60 m cùng kêu để cả xóm phản ứng, đồng thời gửi vị trí GPS tới trạm cứu hỏa gần "
        "nhất.",
    ),
    (
        "kSo080",
        "en",
        "ijdrs_smoke",
        "Smoke-alarm roll-out and monitoring for low-income dense housing",
        "Research team installed 1,200 detectors and monitored them for 12 months: 11 real activations likely saved "
        "lives and homes, but nuisance alarms from household smoke, dust and insects led some families to remove them. "
        "Offers advice on sensitivity and dust and insect protection.",
    ),
    (
        "kSo087",
        "en",
        "nfpa_shanty",
        "Smoke alarm programme for informal dwellings",
        "Installation programme documented by NFPA in Wallacedene, home to about 36,000 people on an area the size of "
        "100 football fields; informal settlements hold under 20% of the city's people but more than half of its fires.",
    ),
    (
        "kSo081",
        "vi",
        "cb_vungtau",
        "Lắp CB chống giật cho nhà ở",
        "Cầu dao chống giật RCD/ELCB so sánh dòng đi và dòng về, ngắt điện trong chưa đến 0,03 giây khi dòng rò vượt "
        "ngưỡng 30 mA; giảm nguy cơ điện giật và cháy do rò điện, chạm mát.",
    ),
    (
        "kSo082",
        "en",
        "nhatlinh_cb",
        "Choosing RCCB and RCBO for homes and shops",
        "Electrical supplier's guidance: 10–30 mA residual-current breakers for households, 100–300 mA for larger "
        "systems; RCBOs add overload and short-circuit protection; rated 6–63 A; press the TEST button monthly and make "
        "sure the earthing is sound.",
    ),
    (
        "kSo083",
        "vi",
        "son_chay",
        "Sơn chống cháy trương nở",
        "Sơn gốc dầu hoặc gốc nước; gặp lửa, màng sơn phồng dày lên 20–50 lần, cách nhiệt cho vật liệu bên dưới, kéo dài thời gian "
        "chịu nhiệt 60–120 phút, hạn chế cháy lan trong nhà ở, khu dân cư, nhà thép tiền chế.",
    ),
    (
        "kSo084",
        "en",
        "go_chongchay",
        "Fire-retardant treated wood",
        "Pine, ash, MDF or HDF impregnated under pressure or coated with chemicals that char or release non-flammable "
        "gas, slowing flame spread; for partitions, stairs, doors and interiors of houses and public buildings.",
    ),
    (
        "kSo086",
        "en",
        "fibaro",
        "Smart home security alarm system",
        "Intrusion alarm with sensors on doors, corridors and balconies, a control hub and sirens or phone "
        "notifications when motion or a forced door is detected.",
    ),
    # --- drowning prevention -----------------------------------------------------------------
    (
        "kSo088",
        "en",
        "openequal",
        "SwimSafe survival swimming for children aged 4-10",
        "Structured 21-step curriculum covering water confidence, floating, swimming, basic rescue and recognising "
        "hazards; to graduate a child treads water for 30 seconds and swims unaided in open water for 25 minutes. More "
        "than 300,000 children taught since 2006; rural classes use bamboo-fenced sections of ponds.",
    ),
    (
        "kSo089",
        "vi",
        "ciprb_pool",
        "Bể bơi di động cho chương trình dạy bơi sinh tồn",
        "Trung tâm nghiên cứu đuối nước quốc tế Bangladesh thử nghiệm bể bơi di động (bốn ở đô thị, một ở nông thôn) "
        "khi ao làng chuyển sang nuôi cá; bổ sung cho chương trình dạy bơi SwimSafe vốn đã được chứng minh hiệu quả và "
        "chi phí hợp lý.",
    ),
    (
        "kSo090",
        "en",
        "springer_bd",
        "Evidence package on survival swimming and drowning risk",
        "Study from rural Bangladesh: more than 18,000 children aged 1–17 drowned in 2003 (28.6 per 100,000); children "
        "unable to swim had about 4.5 times the odds of drowning. Supports designing swim teaching in natural ponds and "
        "canals.",
    ),
    (
        "kSo091",
        "vi",
        "pool_nghean",
        "Bể bơi mini khung sắt, bạt chống thấm khoảng 10 triệu đồng",
        "Sáng kiến của chuyên viên Sở GD-ĐT Nghệ An: bể 24 m² khung sắt, tôn và bạt dày, tháo lắp, di chuyển dễ, chứa "
        "10 người, tổng chi phí khoảng 10 triệu đồng; tặng trường tiểu học, nhiều em biết bơi sau 3 ngày.",
    ),
    (
        "kSo092",
        "en",
        "pool_haiduong",
        "Mobile swimming pools for schools",
        "Steel frame with heavy-duty tarpaulin walls and floor, mains water with circulation filter; 100–200 million "
        "VND depending on size; assembled in half a day on any open yard and packed away after the season, e.g. a "
        "220 m² pool at a primary school.",
    ),
    (
        "kSo093",
        "vi",
        "longdien_boi",
        "Lớp phổ cập bơi hè kèm kỹ năng cứu đuối an toàn",
        "Khóa một tháng mỗi hè, khoảng 200 trẻ mỗi năm: kỹ thuật bơi, nhận biết vùng nước nguy hiểm và cứu người đúng "
        "cách – la to báo người lớn, không tự nhảy xuống cứu; lớp chia theo độ tuổi, học cách ngày.",
    ),
    (
        "kSo094",
        "en",
        "wvi_vn",
        "Community swimming clubs with parents",
        "NGO-run summer swimming clubs for nearly 160 children, with about 90 parents joining: floating, basic rescue "
        "and first aid, and rules such as no swimming at noon, no crossing rivers in strong wind and wearing a life "
        "jacket on boats.",
    ),
    (
        "kSo095",
        "vi",
        "yumpu_creche",
        "Mô hình nhà trẻ cộng đồng phòng đuối nước cho trẻ nhỏ",
        "Điểm giữ trẻ ban ngày do các mẹ trông trẻ và trợ lý được đào tạo, cấp chứng nhận, giám sát; vị trí chọn tránh "
        "ao, sông, có nhà vệ sinh; người trông trẻ được học sơ cứu và phát túi sơ cứu; trẻ được dạy rửa tay, vệ sinh.",
    ),
    (
        "kSo096",
        "en",
        "vov_en_dt",
        "Community childcare points for the flood season",
        "Provincial model in Đồng Tháp: over 400 community-based places looking after about 7,000 rural children during "
        "the flood season, alongside more swimming courses, after 35 child drownings in a year with over 75% of victims "
        "around six years old.",
    ),
    (
        "kSo097",
        "vi",
        "families_fence",
        "Rào chắn quanh ao, hồ, bể nước phòng trẻ đuối nước",
        "Hàng rào bao kín bốn phía cao ít nhất 4 feet, không có tay vịn để trèo, khe nan dưới 4 inch, cổng tự đóng tự "
        "chốt với chốt ngoài tầm tay trẻ; lưới mắt cáo không quá 1¾ inch. Không dựa vào tấm phủ hay chuông báo.",
    ),
    (
        "kSo112",
        "vi",
        "baodaknong_pool",
        "Câu lạc bộ bơi lội với bể di động",
        "Câu lạc bộ thể thao mở bể bơi di động mùa hè, dạy kỹ thuật bơi sấp, bơi ngửa cho trẻ; khóa 60 buổi giá khoảng "
        "1,2 triệu đồng, cam kết dạy đến khi biết bơi.",
    ),
    # --- first aid and rescue ----------------------------------------------------------------
    (
        "kSo098",
        "en",
        "bmj_first",
        "Adolescent volunteer first-responder training for drowning",
        "Two-day course with CPR manikins from the International Drowning Research Centre Bangladesh; 1,644 "
        "adolescents trained. Reports from 844 of them covered 4,648 casualties, 79 from drowning; CPR was given in 23 "
        "cases and 16 of 21 children survived.",
    ),
    (
        "kSo099",
        "vi",
        "hue_drown",
        "Tập huấn sơ cứu, hồi sức tim phổi cho người dạy bơi",
        "Huấn luyện viên và cán bộ xã học sơ cứu, hồi sức tim phổi cho nạn nhân đuối nước, cách dạy trẻ cứu gián tiếp từ "
        "trên bờ và tự bảo đảm an toàn khi cứu. Dự án ở Huế năm 2025 hướng tới khoảng 1.440 trẻ 6–15 tuổi tại 6 xã, "
        "phường được học bơi miễn phí.",
    ),
    (
        "kSo100",
        "en",
        "thehindu_bls",
        "Basic life support training for coastal first responders",
        "Two-day CPR and basic life support course for volunteers already trained in community-based disaster risk "
        "management, followed by fire and rescue training; 50 trained in the pilot, each given a certificate and first "
        "aid kit, with the best selected as master trainers.",
    ),
    (
        "kSo101",
        "vi",
        "igsss",
        "Tập huấn sơ cứu cộng đồng vùng ngập",
        "Lớp một ngày do Hội Chữ thập đỏ giảng: làm cáng bằng hai cây tre và tấm ga trong chưa tới hai phút, sơ cứu rắn "
        "cắn, bỏng, đuối nước, hóc dị vật và hồi sức tim phổi; 80 người ở hai xã đã học.",
    ),
    (
        "kSo102",
        "en",
        "ruralhealth_cpr",
        "CPR courses for rural communities",
        "Rural programmes partner with the Red Cross or heart association to run CPR courses, with fee waivers, in-home "
        "sessions for busy families and classes in schools and community centres; rescue equipment and a phone kept "
        "near water.",
    ),
    (
        "kSo111",
        "en",
        "kerala_rlss",
        "Lifesaving and swim-and-survive training centre",
        "Centre offering CPR, trauma management, basic life support, survival swimming, lifeguard and rescue-diver "
        "courses; teaches laypeople to reach a victim with a long stick or thick rope instead of jumping in.",
    ),
    (
        "kSo128",
        "en",
        "wvi_solomon",
        "First aid training for village disaster committees",
        "Red Cross first aid course for village disaster response committees from six villages: cuts and bruising, "
        "cardiac arrest, drowning, choking and other injuries common in disasters.",
    ),
    (
        "kSo103",
        "vi",
        "aophao_iso",
        "Tư vấn chọn và mặc đúng áo phao theo ISO 12402",
        "Áo phao phân loại theo lực nổi từ 50 đến 275 N; loại trên 100 N phải tự lật ngửa người bất tỉnh để thở được. "
        "Phân biệt áo phao nổi sẵn và áo tự bơm; hướng dẫn mặc cài chặt, vì mặc hờ thì áo không lật được người.",
    ),
    (
        "kSo104",
        "en",
        "tournuocngoai",
        "Life jacket sizing and fitting",
        "Guidance for boat operators: adult jackets chosen by chest size, children's by body weight; the jacket should "
        "fit snugly, straps loosened then tightened from the bottom up; women's cuts available.",
    ),
    (
        "kSo105",
        "vi",
        "giapham",
        "Thiết bị an toàn đường thủy",
        "Cung cấp phao tròn cá nhân, phao tự thổi khi chạm nước, bè cứu sinh cho nhóm người rời tàu, áo phao bọt và áo "
        "tự phồng cho thuyền viên, hành khách trên sông, biển.",
    ),
    (
        "kSo106",
        "en",
        "aee_thuyen",
        "Composite rescue boat kits for flood-prone villages",
        "Each kit: a small composite boat, one lifebuoy, six life jackets and a rope, worth over 6 million VND; compact, "
        "durable, makes little wake and is hard to capsize. Ten kits were handed to the hamlets of a Hà Tĩnh commune.",
    ),
    (
        "kSo107",
        "vi",
        "floatbag",
        "Cặp sách kiêm phao cứu sinh cho học sinh vùng lũ",
        "Sáng kiến của một em học sinh 11 tuổi, đưa vào sản xuất sau 5 tháng; Save the Children cùng UNDP đã phát cho "
        "hơn 10.000 gia đình ở Đồng Tháp và An Giang để trẻ đi đò đến trường an toàn mùa nước nổi.",
    ),
    (
        "kSo108",
        "en",
        "microdrones",
        "Drone-dropped self-inflating flotation for water rescue",
        "A drone flies ahead of the lifeguard and drops a compact buoy that inflates on contact; an adult can struggle "
        "at the surface for about one minute and a child less than 30 seconds. Demonstrated on the Elbe with a German "
        "lifeguard association.",
    ),
    (
        "kSo109",
        "vi",
        "switlik",
        "Phao tự bơm thả từ drone",
        "Thiết bị nổi kẹp nách gắn dưới drone, bay tới chỗ nạn nhân rồi thả xuống, tự kích hoạt khi chạm nước để giữ "
        "người nổi chờ cứu hộ. Drone đã góp phần vào 880 ca cứu người; FAA dành 2,7 triệu USD nghiên cứu drone cho ứng "
        "phó thảm họa.",
    ),
    (
        "kSo110",
        "en",
        "iheart_drone",
        "Lifesaver drone for surf rescue",
        "Little Ripper rescue drone located two teenagers about half a mile offshore in a swell of nearly 10 feet and "
        "dropped a flotation pod; the operation took 70 seconds versus about six minutes for swimming lifeguards.",
    ),
    (
        "kSo127",
        "en",
        "hstoday_drone",
        "Drone flotation water-rescue working group",
        "International working group sharing best practice, policies and test methods for dropping flotation devices "
        "from drones; members include big-city fire departments and Queensland Police, with 20 more organisations "
        "joining after launch.",
    ),
    # --- safe shelters, safe houses, emergency power -------------------------------------------
    (
        "kSo113",
        "vi",
        "sotay_nha",
        "Sổ tay mô hình nhà an toàn chống lũ",
        "Chín mẫu nhà có bản vẽ chi tiết: nhà kê nền thấp, kê nền cao, kê nền linh hoạt nâng được khi cần; nhà hai gác, "
        "nhà có gác cho gia súc, nhà ba gian và nhà ống có gác xép; nhà phao biệt lập và nhà phao gắn nhà xây. Bối cảnh: "
        "bình quân 649 đợt thiên tai mỗi năm, hơn 400 người chết, mất tích, hơn 200.000 căn nhà hư hại.",
    ),
    (
        "kSo114",
        "en",
        "gddt_nha",
        "Flood-resilient house types: raised, attic and floating",
        "Community-development fund's flood-house programme with three families of designs (raised-floor houses, "
        "houses with an attic refuge, floating houses on a light frame) adapted to storms and floods in central Vietnam "
        "and also suited to the flood zone of the Mekong Delta.",
    ),
    (
        "kSo115",
        "vi",
        "nha_2dep",
        "Dự án Nhà chống lũ đồng thiết kế",
        "Khởi xướng từ năm 2013, đã xây hơn 700 nhà ở 11 tỉnh, thành; 9 mô hình nhà an toàn thích ứng lũ bùn, lũ ống và "
        "ngập sâu, thiết kế cùng người dân; cảm hứng từ ngôi nhà gỗ đặt trên 6 cọc bê tông đứng vững giữa nước lũ.",
    ),
    (
        "kSo116",
        "en",
        "khds_nha",
        "Safe-house models for flood zones selected with architects",
        "Ministry and Vietnam Association of Architects select low-cost, simple safe-house models for replication after "
        "more than 3,450 houses were built with international support; warns that many disaster houses are unsafe "
        "because of structure or misuse.",
    ),
    (
        "kSo131",
        "en",
        "kientruchnp",
        "Flood-proof house design service",
        "Architecture firm offering nine flood-proof house models: homes on concrete columns with a raised floor, "
        "floating types and designs that keep daily living dry in floods, with materials and drainage suited to wet "
        "sites.",
    ),
    (
        "kSo117",
        "vi",
        "prism_shelter",
        "Thiết kế trung tâm cộng đồng kiêm nhà tránh bão",
        "Nhà tránh bão cho khoảng 1.500 người và gia súc trong bán kính 1,5 km, không tường rào để cộng đồng tự do sử "
        "dụng; ngày thường làm phòng khám, kho giống, lớp học, nơi họp và văn phòng; tầng trệt có bóng mát cho sinh hoạt "
        "chung.",
    ),
    (
        "kSo118",
        "en",
        "mdm_mpcs",
        "Multi-purpose cyclone shelters that work as schools",
        "Architects deliver shelters that are classrooms all year and relief centres in a crisis: first-aid room, a room "
        "for pregnant women, wide central staircases, 3 m corridors, solar-powered backup and rainwater recycling. Seven "
        "completed in 2013 and five more awarded in 2014.",
    ),
    (
        "kSo119",
        "vi",
        "dwg_shelter",
        "Nhà tránh bão sàn điều chỉnh cao độ, có đường dốc",
        "Thiết kế sàn đặt ở +5, +10, +15 hoặc +20 ft tùy số liệu nước dâng tại chỗ; đường dốc cho người già, người "
        "khuyết tật và gia súc; lõi dịch vụ có vệ sinh, bể nước, kho khẩn cấp; mái thu nước mưa, có thể lắp pin mặt "
        "trời.",
    ),
    (
        "kSo120",
        "en",
        "lged",
        "School-cum-cyclone shelter construction and renovation",
        "Engineering department's three-storey school shelters: about 352 new shelters built and 457 renovated under a "
        "recovery project (2008–2017); used daily for teaching and for vaccination drives, training and community "
        "events.",
    ),
    (
        "kSo121",
        "vi",
        "bd_guideline",
        "Hướng dẫn xây dựng, bảo trì và quản lý nhà tránh bão",
        "Bộ hướng dẫn gồm chọn vị trí xây mới, thiết kế mẫu, tiện ích thiết yếu, ban quản lý nhà tránh bão, trách nhiệm "
        "ủy ban địa phương, sử dụng lúc bình thường, sửa chữa, bảo trì và thanh lý.",
    ),
    (
        "kSo122",
        "en",
        "brac_flood",
        "Comparative analysis of flood shelter types",
        "Technical and socio-economic comparison of different flood shelter types by water-management engineers and "
        "disaster-management researchers, prepared for disaster-preparedness partners.",
    ),
    (
        "kSo123",
        "vi",
        "azuko",
        "Khảo sát, thiết kế lấy người dùng làm trung tâm cho nhà tránh trú",
        "Nhóm thiết kế phỏng vấn cộng đồng ven vịnh Bengal về lý do họ dùng hoặc không dùng nhà tránh trú, đưa khuyến "
        "nghị thiết kế cho 250 công trình mới.",
    ),
    (
        "kSo124",
        "en",
        "gogla",
        "Solar lights and solar home systems for relief camps",
        "Off-grid solar companies supplying lanterns and solar home systems to NGOs running relief camps, as after "
        "Cyclone Idai, which killed more than 700 people; replaces battery lights and fuel generators that are hard to "
        "resupply.",
    ),
    (
        "kSo125",
        "vi",
        "fsec_pv",
        "Máy phát điện mặt trời trên rơ-moóc cho điểm sơ tán",
        "Hệ điện mặt trời 100–3.000 W gắn trên rơ-moóc, được dùng ứng phó thảm họa từ năm 1988; kéo đến cấp điện cho "
        "trạm y tế, nơi trú ẩn, đài phát thanh; êm, không khí thải, không phụ thuộc nhiên liệu.",
    ),
    (
        "kSo126",
        "en",
        "solarinfo",
        "Portable emergency solar power kits",
        "Kit of solar panel, DC distributor, battery, inverter and cabling in a portable case; smaller kits can run up "
        "to 25 laptops for 6 hours and charge satellite phones.",
    ),
    # --- distractors --------------------------------------------------------------------------
    (
        "kSo134",
        "vi",
        "nuoitom_3ao",
        "Giám sát và cảnh báo tự động môi trường ao nuôi tôm",
        "Một trạm đo lấy mẫu lần lượt từ 3 ao, đo pH, oxy hòa tan và độ mặn, hiển thị trên điện thoại; khi vượt ngưỡng "
        "gửi tin nhắn cảnh báo cho người quản lý ao.",
    ),
    (
        "kSo135",
        "en",
        "angiang_tom",
        "Mobile monitoring of oxygen and temperature in prawn ponds",
        "Provincial science centre's system pumps pond water to a measuring tank with dissolved-oxygen and temperature "
        "sensors and shows values on a phone app; tested over 50 days on a 4,000 m² pond with 120,000 prawns.",
    ),
    (
        "kSo136",
        "vi",
        "int_man",
        "Hệ thống quan trắc và cảnh báo xâm nhập mặn tự động",
        "Viện Công nghệ Nano (ĐHQG TP.HCM) chế tạo hệ thống đầu dò độ mặn chạy 24/24 trên kênh rạch, cửa sông, truyền "
        "không dây, thay việc lấy mẫu thủ công mỗi giờ, phục vụ tưới tiêu và nuôi trồng.",
    ),
    (
        "kSo137",
        "en",
        "ctu_man",
        "Salinity and water-level stations on the Hau River",
        "University environment department installs stations with a bottom-mounted water-level sensor, an air-pressure "
        "sensor on the bank and two salinity sensors 30 cm from surface and bed, logging every 5 minutes (first station "
        "at Đại Ngãi, July 2014).",
    ),
    (
        "kSo138",
        "vi",
        "soctrang_man",
        "Mạng cảm biến đo mặn gửi số liệu lên điện thoại",
        "Trạm kiểm soát độ mặn do Trường Đại học Cần Thơ đầu tư ở Kế Sách truyền số liệu lên điện thoại để nhà vườn biết "
        "lúc lấy nước ngọt; giữa tháng 2 độ mặn vượt 7‰, vườn bưởi 1,5 ha vẫn an toàn.",
    ),
    (
        "kSo139",
        "en",
        "aws_sl",
        "Low-cost IoT weather monitoring for smart farming",
        "University team builds a cheap IoT weather station measuring temperature, humidity, wind and rainfall for crop "
        "planning, uploading data to the internet for farmers.",
    ),
    (
        "kSo140",
        "vi",
        "kosen",
        "Trạm thời tiết giá rẻ cung cấp thông tin cho nông dân",
        "Trạm quan trắc khí tượng đo ổn định hơn một năm trong nhà kính và ngoài ruộng, lưu dữ liệu trên máy chủ đám mây "
        "và gửi thông tin thời tiết cục bộ cho người làm nông.",
    ),
    (
        "kSo141",
        "vi",
        "bom_vo_ong",
        "Trạm bơm vô ống tiêu úng cho đồng lúa",
        "Trạm bơm đặt tại cửa cống công suất 3.900 m³/giờ, đầu tư khoảng 500 triệu đồng, bơm tiêu liên tục 5 ngày cứu "
        "hơn 200 ha lúa mùa bị ngập.",
    ),
    (
        "kSo142",
        "vi",
        "bom_treo",
        "Máy bơm treo trục đứng tưới tiêu hai chiều",
        "Máy bơm công nghệ mới treo tại đầu cống, công suất 3.500 m³/giờ mỗi máy, không cần nhà trạm, bể hút, bể xả; "
        "chi phí dưới 200 triệu đồng mỗi tổ máy; giúp một hợp tác xã phục vụ 472 ha với 10 thay vì 14 trạm bơm.",
    ),
    (
        "kSo143",
        "vi",
        "quangtrung_bom",
        "Siêu máy bơm chống ngập đô thị",
        "Tổ hợp máy bơm đặt ngầm ngang miệng cống, không cần mồi nước, dùng chống ngập tuyến đường đô thị (thành phố "
        "thuê khoảng 14,2 tỷ đồng/năm) và có thể cấp nước nông nghiệp.",
    ),
    (
        "kSo144",
        "vi",
        "amply_hoitruong",
        "Amply và dàn khuếch đại cho hội trường",
        "Cửa hàng âm thanh cung cấp amply, cục đẩy công suất từ vài trăm đến hàng nghìn watt, mixer và loa cho hội "
        "trường, nhà văn hóa, sân khấu, khác với amply karaoke gia đình chỉ 150–300 W.",
    ),
    (
        "kSo145",
        "vi",
        "legitech",
        "Âm thanh hội trường trọn gói",
        "Thiết kế, cung cấp dàn âm thanh hội trường, hội nghị, sân khấu: loa, micro, mixer, vang số; gói từ khoảng 206 "
        "triệu đồng.",
    ),
    (
        "kSo146",
        "vi",
        "den_nlmt",
        "Đèn đường năng lượng mặt trời cho đường thôn",
        "Mô hình thôn tự lắp 23 bộ đèn năng lượng mặt trời 300 W, chuẩn IP66, giá khoảng 1,1 triệu đồng mỗi bộ, bảo "
        "hành 3 năm, cho tuyến đường hơn 1 km; mỗi hộ góp 950.000 đồng.",
    ),
    (
        "kSo154",
        "vi",
        "ngaynay_den",
        "Đèn năng lượng mặt trời cho sân vườn, đường làng",
        "Đèn LED có tấm pin và ắc quy riêng, tự sạc ban ngày, sáng ban đêm, không cần kéo dây điện lưới; Việt Nam chiếm "
        "19 GW trong 32 GW điện mặt trời Đông Nam Á năm 2022.",
    ),
    (
        "kSo147",
        "vi",
        "tau_composite",
        "Đóng tàu cá vỏ composite",
        "Tàu composite dài 15,4 m, rộng 4,2 m, máy 300 CV, giá phần vỏ khoảng 900 triệu đồng, đắt hơn tàu gỗ 30% nhưng "
        "không phải xảm, trét, tiết kiệm khoảng 30 triệu đồng mỗi năm và tiết kiệm nhiên liệu.",
    ),
    (
        "kSo148",
        "en",
        "khafa_composite",
        "Composite fishing vessel design",
        "Ship-design centre that has built composite fishing boats since the first Vietnamese design (VN-90) in 1990, "
        "with advice on costs and fishers' habits when switching from wooden hulls.",
    ),
    (
        "kSo149",
        "vi",
        "tau_thep",
        "Tàu cá vỏ thép cho ngư dân",
        "Chương trình đóng 3.000 tàu cá vỏ thép thay tàu gỗ, các mẫu thử nghiệm do Tổng công ty công nghiệp tàu thủy "
        "đóng và bàn giao cho ngư dân.",
    ),
    (
        "kSo150",
        "vi",
        "betong_vietnhat",
        "Cung cấp bê tông tươi cho công trình kè",
        "Trạm trộn cung cấp bê tông thương phẩm đổ kè bờ sông, cửa hồ theo yêu cầu nhà thầu.",
    ),
    (
        "kSo151",
        "en",
        "stabiplage",
        "Review of Stabiplage soft groynes on the coast",
        "Transport university review of damage to soft coastal groynes built with the Stabiplage technology, with "
        "causes and proposals for design, construction and maintenance.",
    ),
    (
        "kSo152",
        "vi",
        "nuoitom_iot",
        "Giám sát tự động chất lượng nước nuôi trồng thủy sản",
        "Mạng cảm biến không dây đo nhiệt độ, độ mặn, pH, oxy hòa tan và ORP cho vùng nuôi tập trung, lưu trên máy chủ "
        "và cảnh báo sớm biến động môi trường.",
    ),
    (
        "kSo153",
        "vi",
        "karaoke",
        "Loa karaoke cho quán kinh doanh",
        "Tư vấn chủ quán karaoke chọn loa tái tạo giọng hát rõ, chịu được âm lượng lớn và hợp diện tích phòng để giữ "
        "khách quay lại.",
    ),
    (
        "kSo155",
        "en",
        "mdpi_aws",
        "Low-cost automatic weather stations on the Internet of Things",
        "Forest research institute and university lab review automatic weather station technology (LPWAN, LoRa, edge "
        "computing) and show a testbed station running deep-learning forecasts locally.",
    ),
    (
        "kSo156",
        "vi",
        "chuyendon",
        "Dịch vụ kiểm tra hệ thống chống giật khi chuyển nhà",
        "Công ty chuyển nhà trọn gói nhận kiểm tra CB chống giật, dây tiếp địa khi tháo lắp đồ điện tại nơi ở mới.",
    ),
    (
        "kSo157",
        "en",
        "lobster_iot",
        "IoT monitoring and forecasting for lobster farms",
        "University and technology company build a complete IoT system for lobster cages in Phú Yên: sensors, LoRa-type "
        "radio links, cloud storage with AI forecasts and web and mobile apps.",
    ),
    (
        "kSo158",
        "en",
        "emodnet_swath",
        "Swath bathymetry guidelines for seabed habitat mapping",
        "Recommended operating guidelines for multibeam and interferometric swath systems used to map seabed habitats, "
        "with calibration tests.",
    ),
]
