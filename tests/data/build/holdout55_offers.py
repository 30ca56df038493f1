"""Offers of the holdout55 set: (id, language, source key, title, description). Each paraphrases one public page."""

OFFERS = [
    # --- cold rooms, solar cooling, CoolBot, evaporative cooling ---
    (
        "kEo001",
        "en",
        "ucd_coolbot",
        "Low-cost cool rooms built with an air conditioner and a CoolBot controller",
        "A university horticulture innovation lab has tested cool rooms that use a CoolBot device to push an ordinary air "
        "conditioner below its normal set point inside a well-insulated room, on three continents and with different "
        "insulation and power sources. It advises farmer groups on building such rooms to hold fruit and vegetables before "
        "sale, where post-harvest losses can exceed 50 percent.",
    ),
    (
        "kEo002",
        "en",
        "agrilinks",
        "CoolBot cold rooms for aggregators that buy from smallholders",
        "Store It Cold, which has sold the CoolBot to small farms since 2007, supplies the controller that tricks a standard "
        "window air conditioner into cooling an insulated room down to about 1 °C, for less than a refrigeration unit costs. "
        "With a development partner it commercialises the cold room for aggregators sourcing from small farmers, opening a "
        "local office to support them.",
    ),
    (
        "kEo003",
        "en",
        "abt",
        "CoolBot cold-chain package for producer groups, installed in one day",
        "A rural agribusiness project introduced low-cost cold rooms that turn an off-the-shelf window air conditioner into a "
        "refrigeration machine; a room is installed in a single day and uses less electricity than conventional units. The "
        "package is expected to cut post-harvest losses by 25–40 percent and production costs by 30 percent, and to raise "
        "smallholder incomes by up to 40 percent, for storing or moving chilled produce between packhouse and market.",
    ),
    (
        "kEo004",
        "vi",
        "farms",
        "Bộ điều khiển biến máy lạnh thường thành phòng mát bảo quản nông sản",
        "Thiết bị vi điều khiển cho phép hầu hết máy điều hòa bán sẵn trên thị trường làm lạnh một căn phòng cách nhiệt tốt "
        "thành kho mát walk-in cho rau, trái cây, hoa và thực phẩm tươi. Giải pháp do chính một nông trại nhỏ sáng chế thay "
        "cho việc mua kho mát cũ giá hơn 5.000 USD, chi phí đầu tư ban đầu thấp, tiết kiệm điện, giúp giãn lịch thu hoạch.",
    ),
    (
        "kEo005",
        "en",
        "seforall",
        "Cooling as a service: solar cold rooms paid per crate per day",
        "A programme running in India, Nigeria and the Philippines works with local providers of solar-powered cold rooms "
        "under a cooling-as-a-service model: farmers pay only per crate stored per day, while the provider owns, maintains "
        "and operates the room. Operators are trained on a phone app that digitises cold-room inventory and payments.",
    ),
    (
        "kEo006",
        "en",
        "coldhubs_base",
        "Solar walk-in cold rooms at markets for traders and farmers",
        "ColdHubs installs solar-powered walk-in cold rooms at markets and farm clusters so that vegetable sellers, tomato and "
        "pepper traders and onion wholesalers can store produce overnight instead of discarding or discounting it; users rent "
        "space rather than buying equipment.",
    ),
    (
        "kEo007",
        "vi",
        "cleanfuture",
        "Kho lạnh chạy năng lượng mặt trời cho rau quả ở vùng thiếu điện",
        "Phòng lạnh cách nhiệt với pin mặt trời lắp trên mái, điện được trữ vào ắc quy dung lượng lớn qua bộ inverter để chạy "
        "máy lạnh, giữ nhiệt độ tới khoảng 8 °C. Nông sản xếp trong két nhựa sạch, thời gian giữ tươi tăng từ 2 ngày lên "
        "khoảng 21 ngày; phù hợp nơi chi phí điện chiếm 28–30 % chi phí kho lạnh thông thường.",
    ),
    (
        "kEo008",
        "en",
        "eesl",
        "Portable solar micro cold stores of 5 tonnes with phase-change night cooling",
        "Truck-transportable micro cold storage units powered by solar panels hold about 5 tonnes of horticultural produce for "
        "short periods and use phase-change materials to keep cooling at night. Cooling is offered to farmer producer "
        "organisations for a fee per kg per day, with pilots to set commercially viable pricing.",
    ),
    (
        "kEo009",
        "vi",
        "solarfreeze",
        "Tủ lạnh di động năng lượng mặt trời cho nông hộ không có điện lưới",
        "Thiết bị bảo quản thực phẩm di động do một startup Kenya phát triển, mỗi tủ gắn 12 tấm pin mặt trời hai bên có thể "
        "nâng hạ để đón nắng. Tủ vận hành không cần điện lưới, giúp nông hộ giảm tổn thất sau thu hoạch ở nơi mất điện thường "
        "xuyên và không có thợ lắp đặt, bảo dưỡng tủ lạnh.",
    ),
    (
        "kEo010",
        "vi",
        "ducthinh",
        "Thiết kế, lắp đặt và sửa chữa kho lạnh bảo quản rau củ cho HTX, nhà vườn",
        "Đơn vị điện lạnh nhận thiết kế, lắp đặt kho lạnh mới theo yêu cầu cho nhà vườn, siêu thị, hợp tác xã và doanh nghiệp "
        "phân phối nông sản, giữ nhiệt độ ổn định để rau củ không héo úa; đồng thời thu mua, bán lại kho lạnh cũ, di dời, "
        "sửa chữa kho và tư vấn báo giá miễn phí.",
    ),
    (
        "kEo011",
        "en",
        "ecc_wiki",
        "Evaporative cooling chambers (zero energy cool chambers) for farmer groups",
        "Double-brick evaporative cooling chambers, first developed in India in the early 1980s, keep vegetables fresher "
        "without electricity: water evaporating from wet sand between the walls removes heat. They suit groups and "
        "cooperatives and work best where relative humidity is below 40 percent, daytime highs exceed 25 °C and water can be "
        "added one to three times a day in a shaded, ventilated spot.",
    ),
    (
        "kEo012",
        "vi",
        "ecc_e4c",
        "Buồng làm mát bay hơi bằng gạch và cát, mã nguồn mở, khoảng 100 USD",
        "Buồng làm mát bay hơi hai lớp tường gạch, khoảng giữa đổ cát giữ nước, mái che bằng cỏ khô hoặc bao bố, dung tích "
        "từ 500 đến 5.000 lít tùy nhu cầu, giá tham khảo khoảng 100 USD. Vật liệu mua tại địa phương, thợ hoặc người dùng tự "
        "xây theo hướng dẫn thực hành đã được thử nghiệm; không có điều khiển nhiệt độ.",
    ),
    (
        "kEo013",
        "vi",
        "zecc_flip",
        "Hướng dẫn xây buồng mát không dùng điện (ZECC) cho rau quả",
        "Quy trình xây buồng mát: chọn nền cao có nguồn nước, lát đáy gạch 165 x 115 cm, xây tường đôi cao 70 cm cách nhau "
        "7,5 cm, đổ cát sông ướt vào khoảng trống, làm nắp khung tre phủ rơm và che mái tranh tránh nắng mưa; gạch và cát luôn "
        "được giữ ẩm để nước bay hơi làm mát.",
    ),
    (
        "kEo014",
        "en",
        "ajar",
        "Review of low-cost cooling options for smallholder fresh produce",
        "An agricultural engineering review of the causes of post-harvest losses in small-scale fruit and vegetable farming "
        "compares cooling technologies along the cold chain and recommends evaporative cooling as simple and cheap, proposing a "
        "desiccant unit to extend it to humid conditions.",
    ),
    (
        "kEo015",
        "en",
        "energies",
        "Design study of a solar-powered cold store for perishables at farm level",
        "A research paper addresses losses caused by lack of storage, transport infrastructure and frequent power cuts, noting "
        "that conventional cold stores are large, energy-hungry and costly; it designs and evaluates a smaller cold storage "
        "system driven by solar energy for fruit and vegetables on farms.",
    ),
    (
        "kEo016",
        "vi",
        "snowcool",
        "Kho bảo quản dùng tuyết tự nhiên giữ 0–4 °C",
        "Một hiệp hội nghiên cứu năng lượng tự nhiên ở Nhật Bản chứa tuyết trong nhà kho để giữ nhiệt độ 0–4 °C, dùng làm "
        "lạnh kho hàng và điều hòa nhà vào mùa nóng, giảm chi phí bảo quản nông sản.",
    ),
    (
        "kEo017",
        "vi",
        "doisong",
        "Mô hình kết hợp điện mặt trời với sản xuất nông nghiệp trên cùng diện tích",
        "Tư vấn mô hình lắp pin mặt trời phía trên đồng ruộng để vừa sản xuất điện vừa canh tác, tránh chuyển đổi đất lúa; "
        "bối cảnh 285 dự án điện mặt trời 23.000 MWp cần 27.600 ha đất nông nghiệp.",
    ),
    (
        "kEo018",
        "vi",
        "vuphong",
        "Tính giá điện mặt trời cho trang trại nông nghiệp công nghệ cao",
        "Đơn vị điện mặt trời giải thích cách tính giá và lắp hệ thống pin mặt trời cho trang trại nông nghiệp công nghệ cao.",
    ),
    (
        "kEo019",
        "vi",
        "canhonewcity",
        "Điện mặt trời hòa lưới cho hộ gia đình, hoàn vốn nhanh",
        "Giới thiệu lợi ích của hệ thống điện mặt trời hòa lưới và thời gian hoàn vốn.",
    ),
    # --- pre-cooling and post-harvest handling ---
    (
        "kEo020",
        "vi",
        "thompson",
        "Thiết kế hệ thống làm lạnh sơ bộ và kho mát cho nhà đóng gói",
        "Chuyên gia kỹ thuật nông nghiệp hướng dẫn quản lý nhiệt độ ngay từ ruộng (thu hoạch sáng sớm, che nắng, rút ngắn thời "
        "gian chờ) và chọn phương pháp làm lạnh sơ bộ: làm lạnh bằng không khí cưỡng bức cho phần lớn trái cây, làm lạnh bằng "
        "nước cho rau củ, dưa và một số quả cây, làm lạnh chân không cho rau ăn lá.",
    ),
    (
        "kEo021",
        "en",
        "precool_scribd",
        "Pre-cooling methods for produce before shipping: hydrocooling, forced air, icing, vacuum",
        "Course material on removing field heat before shipment, storage or processing, done within hours in a separate "
        "facility at the packinghouse or a central cooling station: hydrocooling by flooding, spraying or immersion in chilled "
        "water, forced-air cooling, forced-air evaporative cooling, package icing and vacuum cooling, with guidance on which "
        "crops tolerate each method.",
    ),
    (
        "kEo022",
        "en",
        "ashrae",
        "Engineering of precooling for fruits, vegetables and cut flowers",
        "A refrigeration engineering handbook chapter gives product requirements, calculation methods and the selection of "
        "hydrocooling, forced-air cooling, forced-air evaporative cooling, package icing and vacuum cooling; it notes that "
        "tropical fruits such as guava, mango, papaya and pineapple need immediate precooling but are sensitive to chilling "
        "injury.",
    ),
    (
        "kEo023",
        "vi",
        "precool_methods",
        "Tập huấn làm lạnh sơ bộ – khâu đầu tiên của chuỗi lạnh",
        "Tài liệu đào tạo về làm lạnh sơ bộ: hạ nhanh nhiệt độ nông sản ngay sau thu hoạch để giảm hô hấp và hư hỏng trước khi "
        "vận chuyển hay lưu kho; phân biệt với kho lạnh (chỉ giữ nhiệt) vì làm lạnh sơ bộ cần công suất lạnh lớn hơn; nhà vườn "
        "hưởng lợi nhờ chọn được thời điểm bán.",
    ),
    (
        "kEo024",
        "en",
        "tf_precool",
        "Precooling of horticultural produce inside the pack house",
        "A book chapter on rapid cooling of fresh produce from field heat to storage temperature: forced-air cooling is the most "
        "widely used method; hydrocooling suits avocados, beans, broccoli, cucumbers, leafy greens, oranges and other crops; "
        "liquid icing, package icing and top icing are also covered, with facilities sited in the pack house.",
    ),
    (
        "kEo025",
        "vi",
        "kitinoja_vi",
        "Tài liệu kỹ thuật xử lý và bảo quản sau thu hoạch quy mô nhỏ cho rau quả",
        "Bản dịch tài liệu 210 trang của Đại học California Davis do Viện Nghiên cứu Rau quả hiệu đính, trình bày nguyên nhân "
        "tổn thất sau thu hoạch và các công nghệ đơn giản, chi phí thấp cho người sản xuất quy mô nhỏ: thu hoạch, sơ chế, làm "
        "mát, đóng gói, bảo quản và vận chuyển rau quả, hoa.",
    ),
    (
        "kEo026",
        "vi",
        "ozone",
        "Xử lý ozone kết hợp bảo quản lạnh rau ăn lá (Đại học Cần Thơ)",
        "Nghiên cứu của bộ môn Công nghệ Thực phẩm, Đại học Cần Thơ khảo sát chế độ xử lý ozone và phương pháp bảo quản lạnh "
        "để giữ chất lượng và an toàn vi sinh cho cải ngọt, nhằm giảm tổn thất sau thu hoạch rau quả ở đồng bằng sông Cửu Long.",
    ),
    (
        "kEo027",
        "vi",
        "reta",
        "Tập huấn công nghệ sau thu hoạch cà chua (dự án ADB-AVRDC RETA 6208)",
        "Tài liệu tập huấn 69 trang do chuyên gia AVRDC và Viện Nghiên cứu Rau quả biên soạn cho Lào, Việt Nam, Campuchia: "
        "thu hoạch, phân loại, bao gói, bảo quản và chế biến cà chua, kèm kế hoạch tập huấn cho nông dân và cán bộ khuyến nông.",
    ),
    # --- refrigerated transport ---
    (
        "kEo028",
        "en",
        "truongthanh",
        "Reefer container logistics for fresh fruit exporters",
        "A logistics company arranges reefer containers for fresh fruit export: integrated refrigeration adjustable from about "
        "-25 °C to +25 °C, precise temperature, humidity and airflow control and multi-layer insulation, acting as a mobile "
        "cold store from packhouse to destination; it advises on loading and settings.",
    ),
    (
        "kEo029",
        "en",
        "citrus",
        "Reefer container booking and instant freight quotes for fruit and vegetables",
        "A freight platform explains how reefer containers regulate temperature, humidity and ventilation for fruit and "
        "vegetable exports, including 40 ft reefers and temperature monitoring, and offers instant ocean freight quotes for "
        "perishable shipments through its app.",
    ),
    (
        "kEo030",
        "vi",
        "vnanet_train",
        "Vận chuyển trái cây xuất khẩu bằng container lạnh đường sắt đi Trung Quốc",
        "Ngành đường sắt chở thanh long và trái cây tươi bằng container lạnh từ phía Nam ra ga Đồng Đăng mất khoảng 70 giờ; "
        "sức chở một đoàn tàu gấp 20 lần xe tải và chi phí thấp hơn khoảng 20 % so với 20 xe tải, giảm số người tham gia "
        "khâu giao nhận. Hơn 200 container thanh long đã được chở sau hơn một tháng.",
    ),
    (
        "kEo031",
        "vi",
        "producereport",
        "Tàu nông sản container lạnh Sóng Thần – Đồng Đăng",
        "Công ty vận tải đường sắt chạy chuyến tàu nông sản đầu tiên chở 900 tấn trái cây và thủy sản tươi trong 21 container "
        "lạnh từ miền Nam tới ga Đồng Đăng, sau đó phân phối tiếp vào Trung Quốc bằng đường bộ và sắt; thuê container lạnh "
        "từ Trung Quốc và có chương trình hàng hai chiều để giảm chi phí.",
    ),
    (
        "kEo032",
        "en",
        "ajyad",
        "Refrigerated container transport for perishable food",
        "A container company transports fruits, vegetables, dairy and other temperature-sensitive goods in reefers whose cooling "
        "systems hold set temperatures for each cargo type during transit.",
    ),
    (
        "kEo033",
        "vi",
        "chuyennha_dua",
        "Cho thuê xe tải chở dừa, đóng gói và bảo quản dừa xuất khẩu",
        "Công ty vận chuyển cho thuê xe tải chở dừa, tư vấn thủ tục, đóng gói và bảo quản các sản phẩm dừa xuất khẩu; dừa "
        "trái đã được xuất chính ngạch sang Trung Quốc từ tháng 9/2023, Mỹ cho nhập dừa tách vỏ hoàn toàn hoặc dừa non đã bỏ "
        "75 % vỏ xanh.",
    ),
    # --- temperature monitoring ---
    (
        "kEo034",
        "en",
        "jit",
        "IoT sensors for refrigerated freight with in-transit alerts",
        "A transport company deploys IoT sensors on cold-chain loads for temperature, humidity, GPS location, shock, tilt, door "
        "openings and light, with alerts in 60–90 seconds so dispatch can check reefer power or routing; data flows into "
        "transport and warehouse systems and is kept as an audit trail.",
    ),
    (
        "kEo035",
        "en",
        "talyapak",
        "Temperature data logger transmitters for perishable shipments",
        "A supplier provides temperature recorders and transmitters for first- and last-mile cold-chain visibility, so shippers "
        "and carriers can prove a load stayed in range and settle claims when produce such as onions or strawberries is "
        "rejected.",
    ),
    (
        "kEo036",
        "vi",
        "dataloggerinc",
        "Hệ thống giám sát nhiệt độ kho lạnh và cảnh báo sự cố",
        "Nhà cung cấp thiết bị ghi dữ liệu hướng dẫn giám sát nhiệt độ chuỗi lạnh cho doanh nghiệp thực phẩm: cảm biến ở từng "
        "khâu từ kho đến xe, cảnh báo khi hỏng máy lạnh, mất điện, quên đóng cửa hay sự cố ngoài giờ làm việc, lưu hồ sơ phục "
        "vụ tuân thủ an toàn thực phẩm.",
    ),
    (
        "kEo037",
        "en",
        "simplehw",
        "Wireless temperature sensors with door, tilt and location data",
        "A hardware firm offers cold-chain temperature monitoring at several precision levels, from ambient readings of 2–3 °C "
        "to calibrated sensors of 0.5 °C and external probes on cables, combinable with door-opening, tilt, movement and "
        "location sensors.",
    ),
    (
        "kEo038",
        "en",
        "digitalhouse",
        "Hosted cold-chain telemetry: ingestion, storage and alerting",
        "A cloud provider sets up the stack for cold-chain monitoring: edge gateways for IoT sensors, time-series storage, "
        "alerting pipelines and links to order systems, so a temperature breach in a reefer, cooler or warehouse zone can "
        "trigger rerouting, holds or quality incidents.",
    ),
    # --- modified atmosphere packaging, ethylene, coatings ---
    (
        "kEo039",
        "vi",
        "map_kc06",
        "Công nghệ bao gói điều biến khí (MAP) cho rau quả xuất khẩu",
        "Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch chủ trì đề tài cấp nhà nước KC 06.25 ứng dụng bao gói điều biến "
        "khí để nâng giá trị rau quả xuất khẩu và tiêu dùng trong nước, với quy trình riêng cho bưởi, cam, xoài, mận, bắp cải "
        "và đậu cô ve.",
    ),
    (
        "kEo040",
        "vi",
        "map_vai",
        "Màng bao gói khí quyển biến đổi chế tạo trong nước cho quả vải",
        "Nhóm nghiên cứu Trường Đại học Khoa học Tự nhiên chế tạo màng MAP và ứng dụng bảo quản vải thiều, tổng hợp các phương "
        "pháp bảo quản rau quả tươi: nhiệt độ thấp, khí quyển kiểm soát, khí quyển biến đổi, lớp phủ ăn được.",
    ),
    (
        "kEo041",
        "vi",
        "map_luanan",
        "Màng polyme và lớp phủ ăn được bảo quản quả (Viện Hóa học)",
        "Luận án tiến sĩ tại Viện Hóa học nghiên cứu chế tạo màng polyme và dung dịch tạo lớp phủ ăn được trong nước thay cho "
        "vật liệu nhập ngoại, để làm chậm hô hấp, chín và nhũn của quả sau thu hoạch.",
    ),
    (
        "kEo042",
        "vi",
        "map_123",
        "Bao gói LDPE kết hợp bảo quản lạnh kéo dài thời gian giữ tươi chuối",
        "Kết quả nghiên cứu: túi LDPE dày 25–35 µm kết hợp phun AVG 0,8 g/l và bảo quản ở 13 °C giữ chuối tiêu tươi 44–46 "
        "ngày so với 38 ngày khi không bao gói; bơ Hass bảo quản MAP tốt nhất trong túi PE 30 µm ở 5–7 °C.",
    ),
    (
        "kEo043",
        "vi",
        "map_doan",
        "Tư vấn kỹ thuật bao gói khí quyển điều chỉnh và hệ thống APS",
        "Tài liệu 66 trang về nguyên lý MAP: ảnh hưởng của nhiệt độ, nồng độ O2 và CO2, ức chế nấm mốc bằng hỗn hợp khí, MAP "
        "nồng độ O2 cao, nhằm kéo dài thời hạn sử dụng mà vẫn giữ an toàn và chất lượng thực phẩm.",
    ),
    (
        "kEo044",
        "vi",
        "mit",
        "Bảo quản mít chế biến tối thiểu bằng nhiệt độ và khí quyển",
        "Nghiên cứu phối hợp giữa Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch và Trường Đại học Nông nghiệp Hà Nội về "
        "ảnh hưởng của nhiệt độ và thành phần khí quyển bảo quản đến chất lượng múi mít đã sơ chế, đóng khay.",
    ),
    (
        "kEo045",
        "en",
        "map_intech",
        "Designing modified atmosphere packs: film, thickness and perforations",
        "A postharvest chapter sets out how to size gas transfer in MAP packs by choosing packing material, film thickness, "
        "transfer area and the number and diameter of perforations, using mass balances so that O2 and CO2 settle at levels "
        "that best preserve each fruit or vegetable.",
    ),
    (
        "kEo046",
        "vi",
        "map_barnard",
        "MAP cho rau trộn, rau cắt sẵn với màng đúng độ thấm khí",
        "Hướng dẫn đóng gói khí quyển điều chỉnh cho rau quả sơ chế: chọn màng có độ thấm phù hợp để đạt cân bằng 3–10 % O2 "
        "và 3–10 % CO2, hoặc bơm hỗn hợp khí 5–10 % O2, 5–10 % CO2, 80–90 % N2 để chống thâm nâu rau lá.",
    ),
    (
        "kEo047",
        "en",
        "map_opara",
        "Postharvest laboratory expertise in passive, active and smart MAP",
        "A university postharvest technology laboratory covers passive and active MAP, high O2/CO2 and high-humidity systems, "
        "intelligent packaging, and MAP for fresh and minimally processed fruit, vegetables, mushrooms, meat and fish.",
    ),
    (
        "kEo048",
        "en",
        "map_tf",
        "MAP with hurdle technologies for whole and fresh-cut produce",
        "A technical chapter reports that modified atmosphere packaging can raise the shelf life of specific commodities by "
        "50–400 percent when combined with active packaging and good postharvest handling, for ready-to-eat and ready-to-use "
        "fruit and vegetables.",
    ),
    (
        "kEo049",
        "en",
        "map_brandenburg",
        "Polymer films, perforation and gas flushing for modified atmosphere packs",
        "A packaging technology chapter links product physiology to pack design: effects of O2, CO2, N2 and other gases, "
        "respiration-rate measurement, polymer selection, film structures, microperforation, gas flushing and converting "
        "formats.",
    ),
    (
        "kEo050",
        "en",
        "mandala",
        "Ethylene absorber sachets to slow ripening of fresh produce",
        "An agri-fresh company supplies ethylene absorber sachets placed with climacteric fruit such as mango, banana, apple "
        "and tomato, and with leafy greens, to remove the ripening hormone during storage and transport and reduce spoilage.",
    ),
    (
        "kEo051",
        "vi",
        "vitaguard",
        "Gói hút ethylene kali permanganat cho chuối",
        "Gói hút ethylene chứa kali permanganat hoặc than hoạt tính đặt trong thùng chuối để làm chậm chín, kéo dài thời hạn "
        "bán; chuối là loại quả tổn thất sau thu hoạch 20–40 %.",
    ),
    (
        "kEo052",
        "en",
        "pomona",
        "Ethylene-absorbing sachets in 2, 10 and 20 g sizes",
        "A packaging supplier sells sachets that chemically absorb ethylene inside fruit or vegetable packs, with efficacy "
        "confirmed by a national horticulture research institute; sizes of 2 g, 10 g and 20 g slow ripening during the "
        "trading period and in mixed shipments.",
    ),
    (
        "kEo053",
        "en",
        "sirane",
        "Ethylene-absorbing label strips for long-distance fruit packs",
        "A packaging maker offers ethylene-absorbing strips stuck inside sealed packs of tomatoes, bananas, avocados or kiwifruit "
        "that can add a few days of shelf life, already used by exporters for long journeys to distant markets.",
    ),
    (
        "kEo054",
        "en",
        "ghani",
        "Ethylene ripener sachets and ripening rooms",
        "A supplier sells sachets that release ethylene gas to ripen bananas, mangoes, avocados and tomatoes in boxes or "
        "containers, as an alternative to ripening rooms and gas generators.",
    ),
    (
        "kEo055",
        "vi",
        "chitosan",
        "Ứng dụng chitosan bảo quản quả vải sau thu hoạch (Đại học Nha Trang)",
        "Luận văn thạc sĩ chuyên ngành công nghệ sau thu hoạch nghiên cứu dùng chitosan và phụ liệu tạo màng phủ để bảo quản "
        "quả vải tươi.",
    ),
    (
        "kEo056",
        "vi",
        "nano",
        "Nghiên cứu ứng dụng công nghệ nano trong công nghiệp thực phẩm",
        "Đề tài 34 trang tổng quan về thực phẩm nano giàu dinh dưỡng và định hướng ứng dụng công nghệ nano trong ngành thực "
        "phẩm ở Việt Nam.",
    ),
    # --- vacuum packaging ---
    (
        "kEo057",
        "vi",
        "hocnauan",
        "Tư vấn chọn bao bì hút chân không cho hải sản tươi",
        "Đơn vị bao bì hướng dẫn dùng túi hút chân không cho tôm, cá, mực giúp giữ tươi lâu gấp 2–3 lần, tiết kiệm đá và "
        "giảm hao hụt khi phân phối, đồng thời lưu ý rủi ro vi sinh và cách chọn loại túi phù hợp từng loại hải sản; khoảng "
        "30 % hải sản tiêu thụ bị thất thoát do bảo quản sai.",
    ),
    (
        "kEo058",
        "vi",
        "scribd_vacuum",
        "Nguyên lý đóng gói chân không: bao bì và các loại máy",
        "Bài giảng của nhóm sinh viên về đóng gói chân không: khi O2 dưới 1 % vi sinh vật giảm mạnh, dưới 0,5 % phần lớn ngừng "
        "phát triển; giới thiệu bao bì, các loại máy và ứng dụng, kèm hạn chế như vi khuẩn kỵ khí.",
    ),
    (
        "kEo059",
        "vi",
        "echopacker",
        "Máy đóng gói chân không tự động cho cơ sở thực phẩm",
        "Nhà sản xuất máy đóng gói chân không tự động loại bỏ 95 đến gần 100 % oxy rồi hàn nhiệt, giữ oxy dư dưới 0,5 %; hệ "
        "thống có cảm biến ẩm điều chỉnh thông số hàn cho rau lá và thịt chế biến, giảm mất ẩm từ 15 % xuống dưới 3 % trong "
        "21 ngày.",
    ),
    (
        "kEo060",
        "vi",
        "phugia",
        "Kỹ thuật hút chân không giò chả, xúc xích cho cơ sở sản xuất",
        "Chuyên gia phụ gia thực phẩm hướng dẫn nguyên lý, quy trình vận hành và thông số tới hạn (nhiệt độ, áp suất, loại bao "
        "bì) khi hút chân không giò chả, xúc xích để ức chế vi sinh hiếu khí, chống ôi khét và kéo dài hạn dùng.",
    ),
    (
        "kEo061",
        "vi",
        "znews",
        "Mẹo hút chân không bảo quản thực phẩm trong gia đình",
        "Bài viết đời sống về máy hút chân không gia dụng giá rẻ: thịt cá rau giữ tươi lâu hơn 3–5 lần trong tủ lạnh, đồ khô "
        "giữ được nhiều tháng, cùng những lưu ý an toàn khi dùng ở nhà.",
    ),
    (
        "kEo062",
        "en",
        "jinborun",
        "Vacuum pouches for seafood processors and frozen retail",
        "A pouch manufacturer supplies vacuum bags for seafood: chilled at 0–4 °C sealed fish keeps about 6–10 days, frozen at "
        "-18 °C 6–12 months and below -25 °C 12–24 months, provided the cold chain is kept from harvest to distribution.",
    ),
    (
        "kEo063",
        "en",
        "telescope",
        "Vacuum packaging machines and best practice for the seafood industry",
        "A packaging machinery blog sets out best practice for vacuum packing seafood, which can extend chilled shelf life up "
        "to five times depending on species and storage, for example about 20 days for fresh salmon.",
    ),
    (
        "kEo064",
        "en",
        "uaf",
        "Extension guidance on storing and mailing vacuum-packed fish safely",
        "A university extension leaflet warns that vacuum packing does not preserve fish by itself: keep vacuum-packed raw or "
        "smoked fish below 38 °F for no more than 5 days, freeze at 0 °F or lower for longer storage, and mail only frozen "
        "packs in insulated coolers, labelled with product and date.",
    ),
    (
        "kEo065",
        "vi",
        "bigland",
        "Máy hút chân không đóng gói thực phẩm khô và tươi",
        "Nhà sản xuất máy hút chân không cung cấp thiết bị đóng gói trong túi kín hoặc hộp cho ngũ cốc, hạt, thịt nguội, cá, "
        "rau quả, cà phê; loại bỏ oxy để hạn chế vi khuẩn hiếu khí và nấm, kéo dài thời gian bảo quản 3–5 lần.",
    ),
    (
        "kEo066",
        "en",
        "askvity",
        "How long vacuum-packed fish lasts in a home freezer",
        "A consumer Q&A page says vacuum-sealed fish can keep up to two years in a home freezer, against two to three months "
        "for fatty fish and six months for lean fish frozen without vacuum.",
    ),
    # --- retort pouches ---
    (
        "kEo067",
        "en",
        "retort_mpeda",
        "Retort pouch packing technology for ready-to-eat food",
        "A seafood export development authority describes retort pouch packing: a four-layer metal-plastic laminate filled with "
        "raw or semi-cooked food, sealed and heated to 116–121 °C under pressure in a retort, killing Clostridium botulinum so "
        "products keep without refrigeration, similar to canning but in a flexible pack.",
    ),
    (
        "kEo068",
        "en",
        "innovaster",
        "Retorts and autoclaves for sterilising food in pouches",
        "A machinery maker supplies retorts, loading and unloading shuttles for ready-to-eat meals in stand-up retort pouches "
        "(soups, rice, sauces): pouches reach sterilisation temperature faster than cans, withstand 121 °C, need no refrigeration "
        "and cost less to distribute; it also helps plan retort pouch lines.",
    ),
    (
        "kEo069",
        "vi",
        "packtastic",
        "Túi retort (lon mềm) PET/Al/CPP tiệt trùng 121–135 °C",
        "Nhà sản xuất bao bì cung cấp túi retort nhiều lớp PET/nhôm/CPP chịu tiệt trùng hơi nước áp suất cao 121–135 °C, giúp "
        "thực phẩm để nhiệt độ thường 1–2 năm, nhẹ, dễ mở, dùng được lò vi sóng, tiết kiệm chi phí vận chuyển và lưu kho.",
    ),
    (
        "kEo070",
        "vi",
        "retort_vi",
        "Túi công nghệ retort cho thực phẩm chế biến sẵn",
        "Giới thiệu túi retort (túi nấu, lon mềm) nhiều lớp thay cho hộp kim loại, ứng dụng cho xúc xích, cháo tươi ăn liền, "
        "nước sốt gia vị, trứng chế biến sẵn, súp, nước lẩu; giảm hao hụt dinh dưỡng và an toàn khi vận chuyển.",
    ),
    (
        "kEo071",
        "en",
        "dss_thai",
        "Retort pouch specification advice from a science service department",
        "A government science service explains that retort pouches have at least four bonded layers of plastic and aluminium, "
        "withstand sterilisation of at least 120 °C, reheat in 3–5 minutes and keep food 6 months to 2 years depending on the "
        "food and material thickness; it advises processors on layer functions and sealing.",
    ),
    (
        "kEo072",
        "en",
        "heatermeals",
        "Self-heating meal kits for wholesale buyers",
        "A brand sells self-heating meals cooked, vacuum-sealed in trays or pouches and retorted for months of shelf life, "
        "offered at wholesale prices to businesses and agencies.",
    ),
    (
        "kEo073",
        "en",
        "feenda",
        "Stand-up and shaped retort pouches in four-layer laminates",
        "A packaging manufacturer produces standard multilayer, stand-up and shaped retort pouches (polyester, aluminium foil, "
        "nylon, polypropylene) that withstand 250 °F sterilisation, with tear notches, zippers and windows for ready meals, "
        "soups, baby food and pet food.",
    ),
    # --- barcodes and labels ---
    (
        "kEo074",
        "vi",
        "gs1_huynhlong",
        "Tư vấn mã hóa sản phẩm theo hệ thống GS1",
        "Công ty tư vấn áp dụng mã số mã vạch chuẩn GS1 theo quy định Việt Nam để nhận diện sản phẩm, truy xuất nguồn gốc, quản "
        "lý kho tự động, chống hàng giả và kết nối với đối tác trong, ngoài nước.",
    ),
    (
        "kEo075",
        "vi",
        "gs1_dnpy",
        "Hướng dẫn cấu trúc mã GTIN-13 và cách dùng mã vạch",
        "Hướng dẫn mã số thương phẩm toàn cầu GTIN-13: ba số đầu 893 là mã quốc gia Việt Nam, tiếp theo là số phân định doanh "
        "nghiệp do GS1 Việt Nam cấp, số phân định vật phẩm và số kiểm tra; mã vạch đọc bằng máy quét thể hiện nước sản xuất, "
        "doanh nghiệp, lô hàng.",
    ),
    (
        "kEo076",
        "vi",
        "azlaw",
        "Dịch vụ đăng ký mã số mã vạch trọn gói",
        "Công ty luật nhận làm hồ sơ đăng ký mã vạch tại văn phòng GS1 Việt Nam: bản đăng ký sử dụng mã, danh mục GTIN, bản sao "
        "đăng ký kinh doanh, tư vấn chọn loại mã theo số lượng sản phẩm.",
    ),
    (
        "kEo077",
        "vi",
        "thiendi",
        "Dịch vụ thủ tục cấp mã số mã vạch sản phẩm",
        "Văn phòng luật tại TP.HCM hướng dẫn và thực hiện thủ tục đăng ký mã số mã vạch GS1 cho hàng hóa để người tiêu dùng "
        "kiểm tra xuất xứ và hàng được nhận vào hệ thống phân phối.",
    ),
    (
        "kEo078",
        "vi",
        "ifree",
        "Tư vấn chọn loại mã vạch: EAN-13, EAN-8, Code 128, GS1-128, QR",
        "Phân loại mã vạch và cách dùng đúng: EAN-13 cho hàng bán lẻ, EAN-8 cho bao bì nhỏ, UPC-A cho Mỹ và Canada, Code 128 "
        "và GS1-128 cho logistics mã hóa số lô, hạn dùng, QR cho truy xuất và marketing.",
    ),
    (
        "kEo079",
        "en",
        "nutrifax",
        "Nutrition Facts label generator for small food producers",
        "An online tool builds a US FDA Nutrition Facts panel from a recipe: ingredient matching, serving sizes, rounding rules, "
        "PDF/PNG export and audit records, aimed at small packaged-food brands and e-commerce sellers entering US channels.",
    ),
    (
        "kEo080",
        "en",
        "uga",
        "University extension service preparing Nutrition Facts panels",
        "A university food science extension unit prepares digital Nutrition Facts panels for a nominal fee and explains the "
        "small-business exemption (under $50,000 food sales, fewer than 100 employees, under 100,000 units), noting that wholesale "
        "buyers may still require a panel and that each package size needs its own.",
    ),
    (
        "kEo081",
        "en",
        "aces",
        "Extension nutrition labelling assistance for food businesses",
        "A state cooperative extension system creates Nutrition Facts labels with professional nutrient software from a "
        "confidential recipe, yield and package size, and explains exemptions for small producers and retailers.",
    ),
    (
        "kEo082",
        "en",
        "nutridata",
        "Compliant Nutrition Facts labels from database or lab analysis",
        "A labelling firm determines serving size, applies FDA rounding rules and % Daily Values from a database or laboratory "
        "analysis per 100 g, and delivers a panel sized to the package as graphic and PDF files with back-up documentation.",
    ),
    (
        "kEo083",
        "en",
        "labelagent",
        "Recipe-based FDA nutrition labels for small food teams",
        "A label generator turns recipes into FDA 2016-format Nutrition Facts panels using the USDA database and FDA rounding, "
        "for bakeries, sauce brands and meal-prep firms, with updates whenever recipes change.",
    ),
    # --- traceability ---
    (
        "kEo084",
        "vi",
        "vtc_qr",
        "Tem QR code truy xuất nguồn gốc cho thực phẩm, nông thủy sản",
        "Giải pháp tem QR code chứa địa chỉ web, thông tin sản phẩm và quy trình sản xuất, quét bằng điện thoại; giúp cơ sở quản "
        "lý dòng hàng, bảo vệ thương hiệu, chứng minh xuất xứ và để người tiêu dùng kiểm tra thực phẩm sạch.",
    ),
    (
        "kEo085",
        "vi",
        "laodong_qr",
        "Ứng dụng quét mã truy xuất nguồn gốc nông sản cho HTX",
        "Hệ thống truy xuất nguồn gốc nông sản bằng mã QR và phần mềm quét mã trên điện thoại, được các hợp tác xã và hộ kinh "
        "doanh dán lên sản phẩm như ổi để chống làm giả, làm nhái và tạo niềm tin người mua.",
    ),
    (
        "kEo086",
        "vi",
        "tv_txng",
        "Ứng dụng quản lý chuỗi cung ứng và truy xuất nguồn gốc cho sản phẩm OCOP",
        "Doanh nghiệp công nghệ phối hợp Sở Nông nghiệp Trà Vinh triển khai thí điểm quản lý truy xuất nguồn gốc và hỗ trợ giao "
        "dịch trên sàn nông sản sạch giai đoạn 2021–2022: ghi nhận thông tin sản phẩm qua các khâu nguyên liệu, chế biến, vận "
        "chuyển, phân phối cho sản phẩm chủ lực và OCOP của tỉnh.",
    ),
    (
        "kEo087",
        "vi",
        "vnbusiness",
        "Mã vạch và blockchain truy xuất cho sản phẩm hợp tác xã",
        "Kinh nghiệm dán mã vạch, QR và ứng dụng blockchain cho sản phẩm HTX (tinh bột nghệ, nông sản thanh niên) để khách hàng "
        "tra lý lịch sản phẩm bằng điện thoại, giúp vào cửa hàng, siêu thị.",
    ),
    (
        "kEo088",
        "vi",
        "thanhhoa_qr",
        "Triển khai hệ thống truy xuất nguồn gốc theo Quyết định 100",
        "Kế hoạch áp dụng và quản lý truy xuất nguồn gốc sản phẩm hàng hóa của tỉnh theo Quyết định 100/QĐ-TTg, hỗ trợ doanh "
        "nghiệp, HTX dán tem truy xuất, truy ngược từ kệ hàng về nơi sản xuất qua từng công đoạn.",
    ),
    (
        "kEo089",
        "en",
        "foodsqr",
        "Blockchain and QR-code framework for food production data in the cloud",
        "University researchers and a food-tech firm propose a blockchain framework that digitises food production records and "
        "lets consumers and producers verify them by scanning QR codes on mobile devices, with cloud deployment shown to scale.",
    ),
    (
        "kEo090",
        "en",
        "chaintrace",
        "Fresh produce traceability platform with lot QR codes and IoT API",
        "A traceability platform registers lots and activities by scanning QR codes carrying lot keys, traces all activity "
        "records backwards and forwards, and exposes an API so IoT agents can submit sensor readings for value-chain steps.",
    ),
    (
        "kEo091",
        "en",
        "springer_bc",
        "Permissioned blockchain system for tracking food from farm to consumer",
        "A research chapter designs a decentralised food tracing system on a permissioned blockchain so consumers can scan a QR "
        "code and see the journey of a product, reviewing frameworks suited to such systems.",
    ),
    (
        "kEo092",
        "en",
        "pmc_grain",
        "Trusted traceability model for grain and oil supply chains on Hyperledger Fabric",
        "A research team built a traceability system for grain and oil food chains with trusted identification, master–slave "
        "multi-chain storage and verified data flows on Hyperledger Fabric, tested in a case study.",
    ),
    # --- OCOP packaging design ---
    (
        "kEo093",
        "vi",
        "stilldesign",
        "Thiết kế bao bì sản phẩm OCOP theo tiêu chí chấm điểm",
        "Công ty thiết kế tư vấn bao bì, nhãn OCOP theo bộ tiêu chí: đủ thông tin ghi nhãn pháp lý, mã vạch GTIN, QR truy xuất, "
        "ký hiệu tái chế, chữ pháp lý tối thiểu 6–7 pt, song ngữ cho kênh du lịch, xuất khẩu; xây logo, màu sắc, câu chuyện địa "
        "phương và bảo đảm in ấn ổn định.",
    ),
    (
        "kEo094",
        "vi",
        "nttu",
        "Đề tài hỗ trợ phát triển sản phẩm có thương hiệu và thiết kế hộp quà OCOP Vĩnh Long",
        "Trường Đại học Nguyễn Tất Thành phối hợp Sở Nông nghiệp và Môi trường, Sở KH&CN Vĩnh Long thực hiện đề tài cấp tỉnh về "
        "không gian vận hành hỗ trợ sản phẩm có thương hiệu, tổ chức cuộc thi thiết kế giỏ quà, hộp quà OCOP thu hút 44 sản "
        "phẩm dự thi từ cơ sở, HTX và doanh nghiệp.",
    ),
    (
        "kEo095",
        "vi",
        "mic_ocop",
        "Tư vấn thiết kế mẫu mã bao bì OCOP và sản phẩm làng nghề",
        "Trung tâm Xúc tiến thương mại nông nghiệp tổ chức hội nghị tư vấn thiết kế bao bì phù hợp thị trường cho chủ thể OCOP: "
        "sản phẩm 2–3 sao mới đủ yếu tố nhãn, chưa sáng tạo; sản phẩm 1 sao thường không có bao bì; đại diện siêu thị góp ý "
        "yêu cầu để sản phẩm vào chuỗi bán lẻ.",
    ),
    (
        "kEo096",
        "vi",
        "khangthanh",
        "Sản xuất bao bì nhựa đóng gói sản phẩm",
        "Doanh nghiệp bao bì giới thiệu vai trò và chức năng cơ bản của bao bì đóng gói sản phẩm.",
    ),
    (
        "kEo097",
        "vi",
        "lehuy",
        "In ấn bao bì thực phẩm đảm bảo an toàn, chịu nhiệt",
        "Đơn vị thiết kế in ấn nhận in bao bì đựng thực phẩm tiếp xúc trực tiếp, bảo vệ thực phẩm và chịu nhiệt cao, đảm bảo "
        "vệ sinh an toàn thực phẩm.",
    ),
    (
        "kEo098",
        "vi",
        "xanhmarket",
        "Giới thiệu chương trình OCOP và lợi ích khi tham gia",
        "Cửa hàng nông sản giải thích chương trình Mỗi xã một sản phẩm là gì và lợi ích cho chủ thể khi tham gia.",
    ),
    # --- e-commerce and livestream selling ---
    (
        "kEo099",
        "vi",
        "livestream_tmu",
        "Nghiên cứu và khuyến nghị livestream bán nông sản qua mạng xã hội",
        "Nhóm giảng viên Trường Đại học Thương mại phân tích kinh nghiệm livestream bán nông sản ở Trung Quốc từ 2018, lợi ích và "
        "hạn chế, đưa ra khuyến nghị để nông dân trồng cà phê Tây Nguyên áp dụng thành công.",
    ),
    (
        "kEo100",
        "vi",
        "tienphong",
        "Đoàn viên thanh niên làm streamer cho phiên chợ điện tử nông sản, OCOP",
        "Cán bộ Đoàn xã chuẩn bị điện thoại, dụng cụ ghi hình, bài trí giỏ ổi, hộp quà, nước ép rồi livestream trên fanpage giới "
        "thiệu giống, dinh dưỡng, nguồn gốc và chốt đơn giúp bà con; mô hình phiên chợ điện tử cho sản phẩm OCOP, làng nghề.",
    ),
    (
        "kEo101",
        "vi",
        "thanhnien_durian",
        "Tổ chức livestream bán nông sản ngay tại vườn",
        "Mô hình cán bộ xã cùng bà con mở livestream giữa vườn sầu riêng, tư vấn chọn trái và bán trực tiếp cho thương lái, người "
        "mua lẻ; một phiên chốt 60 tấn sầu riêng và giúp dân học cách làm kinh tế số.",
    ),
    (
        "kEo102",
        "vi",
        "vnnet_china",
        "Mô hình đội hỗ trợ nông sản livestream hằng ngày",
        "Kinh nghiệm ba bí thư làng lập đội livestream bán nông sản mỗi ngày chỉ với smartphone, giá đỡ và vài đèn: 50 phiên "
        "trong chưa đầy hai tháng, phiên cao nhất khoảng 540 triệu đồng, tổng hơn 3,86 tỷ đồng.",
    ),
    (
        "kEo103",
        "vi",
        "tv_travinhtrade",
        "Sàn thương mại điện tử Trà Vinh cho doanh nghiệp, OCOP và đồng bào Khmer",
        "Sàn travinhtrade.com.vn cập nhật hơn 150 doanh nghiệp và 750 sản phẩm, trong đó hàng trăm sản phẩm OCOP, và liên kết "
        "sàn giao dịch với 18 tỉnh để kết nối cung cầu; hỗ trợ cơ sở lập gian hàng, nhất là vùng đồng bào dân tộc thiểu số.",
    ),
    (
        "kEo104",
        "vi",
        "hoabinh",
        "Tập huấn đưa nông sản lên Postmart và Voso",
        "Bưu điện tỉnh phối hợp huyện mở 7 lớp tập huấn cho 350 học viên đưa hàng lên sàn Postmart.vn, sắp mở thêm 3 lớp cho "
        "150 học viên lên Voso.vn; HTX thanh long ruột đỏ OCOP 3 sao bán khoảng 3 tấn trên sàn, cao hơn giá thương lái "
        "3.000–5.000 đồng/kg.",
    ),
    (
        "kEo105",
        "vi",
        "qdnd_voso",
        "Viettel Post nhận đơn, thu gom và giao nông sản trên sàn Voso",
        "Sau khi nông dân đăng sản phẩm lên Voso, Viettel Post tiếp nhận đơn, chở hàng ra khỏi tỉnh và giao tới người mua: đơn "
        "dưới 100 km giao trong 4 giờ kể từ khi thu hoạch, xa hơn trong 6 giờ, bồi thường gấp 10 lần nếu chậm hoặc kém chất "
        "lượng; cử nhân viên hướng dẫn mở gian hàng.",
    ),
    (
        "kEo106",
        "en",
        "baoquocte",
        "Cooperative alliance support for going online",
        "The national cooperative alliance helps cooperatives build online stores and use e-commerce to raise competitiveness, "
        "citing a tea cooperative's 2 billion VND export deal via Alibaba, and addresses the lack of IT know-how that keeps "
        "many cooperatives offline.",
    ),
    (
        "kEo107",
        "en",
        "vir_live",
        "Live-streaming skills training and platform farm programmes",
        "A live-streaming training institute and e-commerce platforms help farmers sell by live stream, as lychee growers did "
        "on Shopee and Sendo; a platform farm programme moves farmers to online business models, following China's example "
        "where online sales in one province grew 184 percent in a quarter.",
    ),
    (
        "kEo108",
        "vi",
        "sggp_cholach",
        "Chương trình livestream TikTok Shop kết hợp Viettel Post tiêu thụ nông sản Vĩnh Long",
        "Sở Công Thương Vĩnh Long phối hợp UBND xã Chợ Lách, Viettel Post Vĩnh Long và TikTok Shop tổ chức các phiên livestream "
        "có lãnh đạo địa phương và TikToker tham gia, tương tác chốt đơn, tư vấn giao hàng; sau vài phiên bán hơn 4.000 giỏ hoa "
        "và đặt thêm 2.000 giỏ.",
    ),
    (
        "kEo109",
        "en",
        "laichau",
        "Regional TikTok Shop livestream campaigns with KOLs for local products",
        "The ministry's e-commerce department, a provincial government, TikTok and a youth startup centre run livestream series "
        "with KOLs for over 40 OCOP products: one household closed 260 orders worth nearly 100 million VND in 30 minutes, and the "
        "campaign reached 783,000 live views and 300 million VND in revenue.",
    ),
    (
        "kEo110",
        "en",
        "dienbien_ecoop",
        "E-cooperative model: digital management, online sales and traceability",
        "A provincial programme supports cooperatives with digital skills training, websites and fanpages, listing on "
        "e-commerce platforms, links to postal, banking and logistics services and digitised traceability; one food cooperative "
        "grew from 1–2 to about 35 tonnes a year.",
    ),
    (
        "kEo111",
        "en",
        "vietnamplus_sonla",
        "Influencer livestream campaign with quality lists for farm produce",
        "A provincial campaign committee worked with an influencer to livestream plums: one hour drew 500,000 views, more than 3 "
        "million in two days, and 20 tonnes were sold; authorities listed priority households to guarantee quality of goods "
        "sold online.",
    ),
    # --- insulated parcels ---
    (
        "kEo112",
        "en",
        "ipc",
        "Insulated liners, pouches and refrigerant packs for perishable parcels",
        "A packaging company supplies qualified insulated box liners, gusseted bags, pouches and pallet covers with cold packs, "
        "matched to transit time, target temperature, ambient weather, parcel size and budget for last-mile shipping of food.",
    ),
    (
        "kEo113",
        "en",
        "loboy",
        "Styrofoam shipping coolers for mail-order perishables",
        "A maker of expanded polystyrene shipping coolers gives instructions for sending cold or frozen food by parcel carriers "
        "so that meat and other perishables arrive safe and customers stay satisfied.",
    ),
    (
        "kEo114",
        "vi",
        "strateege",
        "Thử nghiệm bao bì cách nhiệt và đá gel khi gửi thực phẩm tươi",
        "Nhóm tư vấn bán thực phẩm online tự làm thử nghiệm thời gian – nhiệt độ với nhiều loại vật liệu cách nhiệt và túi gel, "
        "chia sẻ loại bao bì giữ hàng dưới 4 °C bao lâu, hãng vận chuyển và chi phí gửi hàng dễ hỏng cho nhà sản xuất nhỏ.",
    ),
    (
        "kEo115",
        "en",
        "goshippo",
        "Shipping platform guidance for food and temperature-sensitive parcels",
        "A shipping software platform explains cold-chain parcel shipping: temperature-controlled warehousing, regional "
        "fulfilment, reefer trucks, specialised packaging and carrier choice to keep transit short.",
    ),
    # --- export documentation ---
    (
        "kEo116",
        "en",
        "levant",
        "Import–export support for fruit: phytosanitary certificates and country rules",
        "A trading firm guides fruit shippers on phytosanitary certificates issued by the exporting country's plant protection "
        "authority, import and export quotas, extra treatments for pest risks and the rules of both countries, with help from "
        "customs brokers and forwarders.",
    ),
    (
        "kEo117",
        "en",
        "xpd",
        "Perishables forwarder handling air export documentation",
        "A perishables logistics provider checks that destination databases and exporter signatures are up to date, that air "
        "waybill and consignee data match the phytosanitary certificate and export invoice, and sends precise shipping "
        "instructions so short air transits clear customs without delays.",
    ),
    (
        "kEo118",
        "en",
        "ifa",
        "Freight forwarding of agricultural produce: required documents",
        "A forwarding association explains phytosanitary and sanitary certificates, letters of authority for trial materials "
        "and exempt fruits such as durian, coconut, banana and pineapple when moving agricultural produce into Europe.",
    ),
    (
        "kEo119",
        "en",
        "eatsip_rules",
        "Guidance on international fruit trading rules, HS codes and MRLs",
        "An experienced produce trader explains phytosanitary certificates, fumigation certificates, HS codes, maximum residue "
        "limits and the roles of WTO and other bodies, so exporters avoid shipments held at customs over paperwork errors.",
    ),
    (
        "kEo120",
        "en",
        "cbi",
        "Export organisation advice: contracts, payment, packing and shipment documents",
        "An export promotion agency gives eight tips for processed fruit and vegetable exporters: payment methods, delivery terms, "
        "contracts, packing, product and shipment documentation and organising transport to Europe.",
    ),
    (
        "kEo121",
        "en",
        "pageorama",
        "Fumigation, inspection and phytosanitary certification for fresh produce exports",
        "Service notes on export fumigation (methyl bromide, phosphine, heat treatment) by qualified fumigators, airing for 24 "
        "hours, visual inspection and sampling, and issuance of phytosanitary certificates on the exporter's request according "
        "to importing-country rules.",
    ),
    (
        "kEo122",
        "en",
        "boiguide",
        "Step-by-step guide to packing fruit for export",
        "A guide covers researching destination rules, quality control, choosing cartons, crates or foam trays, cushioning, "
        "ventilation holes, insulated or temperature-controlled containers, labelling with origin and certifications, and "
        "preparing export documents.",
    ),
    # --- ice and chilling of fish ---
    (
        "kEo123",
        "en",
        "abstract_ice",
        "Manual on ice and chilled seawater on board fishing vessels",
        "A fisheries publication describes ice and chilled seawater use from small insulated boxes in canoes to refrigerated "
        "tanks, types of ice plants, shore installation, on-board handling, insulation materials and containers, and "
        "calculations of the ice needed for a trip and of fish hold volume.",
    ),
    (
        "kEo124",
        "en",
        "fao436",
        "FAO technical paper on the use of ice on small fishing vessels",
        "A UN fisheries technical paper (no. 436) covers improved handling, chilling and preservation of catches on smaller "
        "vessels, where much marketable fish is lost, including ice types, insulated fish boxes and hold design.",
    ),
    (
        "kEo125",
        "en",
        "matis",
        "Slurry ice machine and handling procedures for small inshore boats",
        "A food research company designs a new slurry ice machine for inshore fishing boats and improved bleeding, gutting and "
        "chilling routines on board, studying effects on fish flesh, rigor mortis and the energy use of slurry versus flake ice.",
    ),
    (
        "kEo126",
        "vi",
        "pecold",
        "Máy làm đá nước biển cho tàu cá, phủ đá ngay khi cá lên boong",
        "Nhà sản xuất máy làm đá nước biển lắp trên tàu: cá đưa ngay vào bể đá sệt, hạ nhiệt bề mặt trong 5 phút; đá vụn xếp "
        "xen kẽ với cá giúp cùng khoang chứa thêm 40 % sản lượng, giảm dập cá; chậm 10 phút có thể giảm 20 % giá đấu.",
    ),
    (
        "kEo127",
        "en",
        "ucdlist",
        "Expert advice on flake ice boxes versus slurry for chilling fish",
        "A seafood technologist advises packing fin fish in flake ice in boxes with drain holes and topping up ice as it melts; "
        "slurry (crushed ice with a little water) is for rapid cooling only, after which fish are drained and stowed in ice; "
        "chilled seawater suits pelagic vessels.",
    ),
    (
        "kEo128",
        "vi",
        "danviet_tuna",
        "Quy trình xử lý, ngâm hạ nhiệt cá ngừ theo kỹ thuật Nhật Bản",
        "Chi cục Thủy sản hướng dẫn ngư dân: làm ngất, lấy tiết, hủy thần kinh, bỏ mang và nội tạng, rửa bằng nước biển dưới "
        "20 °C, ngâm cá trong hỗn hợp 80 % đá, 20 % nước biển giữ dưới 3 °C cho tới khi thân nhiệt dưới 5 °C, rồi xếp lớp cá "
        "lớp đá trên đáy đá xay dày 30 cm.",
    ),
    (
        "kEo129",
        "vi",
        "coolingtech",
        "Cung cấp đá vảy bám lạnh cho quầy hải sản và vận chuyển lạnh",
        "Đơn vị làm lạnh cung cấp đá vảy dày 1–2 mm, mềm, không sắc cạnh, diện tích tiếp xúc gấp 4–5 lần đá viên nên hạ nhiệt "
        "cá, tôm, mực nhanh và đều; phù hợp quầy trưng bày, chợ đầu mối và xe container lạnh, nơi giảm 2–3 °C không chuẩn làm "
        "giá trị rớt 20–40 %.",
    ),
    (
        "kEo130",
        "vi",
        "namphuthai",
        "Máy làm đá vảy công nghiệp cho nhà hàng hải sản, siêu thị",
        "Nhà cung cấp máy làm đá vảy công nghiệp tạo đá mảnh dày 1,5–2,2 mm, khô và lạnh sâu, diện tích bề mặt lớn nhất trong "
        "các loại đá, dùng bảo quản hải sản, trưng bày siêu thị và làm lạnh quy trình.",
    ),
    (
        "kEo131",
        "en",
        "aquafrance",
        "Flake, cube and tube ice machines for aquaculture and fish processing",
        "An aquaculture equipment supplier sells stainless-steel ice machines producing from a few hundred kilograms to several "
        "tonnes a day, in flake, cube or tube form, with insulated bins and digital controls, to chill fish and shellfish "
        "after harvest, in storage and in transport boxes or trucks.",
    ),
    (
        "kEo132",
        "en",
        "iceyuanwei",
        "Ice machines for fish: sizing capacity and choosing flake or tube ice",
        "An ice machine maker explains choosing capacity from daily fish volume, flake ice for fast conforming contact and tube "
        "ice for durability, and energy efficiency, noting FAO estimates of up to 25 percent catch loss from poor temperature "
        "control.",
    ),
    (
        "kEo133",
        "vi",
        "vientauthuy",
        "Mô hình cụm tàu mẹ – tàu con đánh bắt và bảo quản cá ngừ",
        "Viện tàu thủy đề xuất cụm 1 tàu mẹ có hệ thống bảo quản lạnh đạt chuẩn Nhật Bản phục vụ 5 tàu con, giảm chi phí nhiên "
        "liệu và giữ chất lượng cá ngừ đại dương sau đánh bắt.",
    ),
    (
        "kEo134",
        "vi",
        "vinbarista",
        "Phân loại máy làm đá cho quán cà phê",
        "Bài viết cho quán đồ uống về các tiêu chí phân loại máy làm đá viên.",
    ),
    (
        "kEo135",
        "vi",
        "memart_fish",
        "Mẹo bảo quản cá trong tủ lạnh gia đình",
        "Hướng dẫn nội trợ sơ chế cá, gói kín, để ngăn mát 0–5 °C tối đa 1–2 ngày hoặc cấp đông dưới -18 °C, dùng muối, giấm, "
        "chanh, rượu khử mùi tanh.",
    ),
    (
        "kEo136",
        "en",
        "ghost_flaker",
        "Flaker ice machines for healthcare and bars",
        "Flaker ice machines produce thin flat ice pieces used in healthcare for therapy, in supermarkets for display and in "
        "bars and restaurants for chilling drinks.",
    ),
    # --- freezing and frozen storage ---
    (
        "kEo137",
        "vi",
        "codienlanh_avg",
        "Thiết kế thi công kho cấp đông nhanh cho nhà máy thủy sản",
        "Đội kỹ sư đã thiết kế, thi công, vận hành hàng trăm kho lạnh và kho cấp đông cho doanh nghiệp thủy sản xuất khẩu ở Việt "
        "Nam, Lào, Campuchia, tập trung vào nhiệt độ cấp đông chuẩn và tốc độ gió ổn định để tinh thể băng nhỏ, không mất nước, "
        "đạt yêu cầu thị trường Nhật, EU.",
    ),
    (
        "kEo138",
        "vi",
        "kholanhcn_iqf",
        "Dây chuyền cấp đông IQF tầng sôi và băng tải xoắn",
        "Nhà cung cấp dây chuyền IQF cấp đông nhanh từng miếng bằng gió lạnh tốc độ cao: băng tải tầng sôi cho tôm bóc vỏ, hạt, "
        "rau cắt; tủ xoắn tiết kiệm diện tích; vệ sinh tại chỗ đạt HACCP/BRCGS; giảm hao hụt dịch sau rã đông so với cấp đông "
        "block.",
    ),
    (
        "kEo139",
        "vi",
        "dienmaytanbinh",
        "Lắp đặt kho lạnh bảo quản cá biển, cá ngừ",
        "Đơn vị điện lạnh lắp kho mát 0–4 °C cho bảo quản 1–2 ngày, kho lạnh -18 đến -25 °C cho cá đông lâu dài và kho cấp đông "
        "nhanh -40 đến -60 °C cho cá ngừ; vách panel PU/PIR dày 100–200 mm.",
    ),
    (
        "kEo140",
        "vi",
        "memart_hamdong",
        "Hầm đông gió cấp đông nhanh -20 đến -45 °C",
        "Giới thiệu hầm đông gió panel PU, máy nén, dàn lạnh và quạt đối lưu cưỡng bức; cấp đông hàng rời 3–5 giờ, hàng block "
        "7–9 giờ, dùng cho cơ sở chế biến, siêu thị, nhà hàng.",
    ),
    (
        "kEo141",
        "vi",
        "seafood24h",
        "Cung cấp mực, tôm, cá đông lạnh chuẩn HACCP",
        "Công ty chế biến thủy sản đông lạnh bán mực, bạch tuộc, tôm HOSO/PTO, cá cắt khúc đã cấp đông, phủ băng, đóng gói, giao "
        "hàng nội địa và xuất khẩu.",
    ),
    # --- crates and warehouse inventory ---
    (
        "kEo142",
        "en",
        "ucd_crates",
        "Fact sheet on plastic crates for transporting fresh produce",
        "A horticulture innovation lab compares large, medium, small and nestable vented plastic harvest crates (dimensions, "
        "weight, capacity, crates per truck) and gives a cost–benefit analysis against woven sacks and baskets, from a project "
        "reducing post-harvest loss.",
    ),
    (
        "kEo143",
        "en",
        "cgspace_tz",
        "Pilot of reusable plastic crates in a tomato value chain",
        "An agricultural research partnership found reusable plastic crates cut tomato weight loss from farm to retailer to 1 "
        "percent against 1.9 percent in wooden crates, reduced compression damage and overloading, and earned better prices.",
    ),
    (
        "kEo144",
        "vi",
        "fao_rpc",
        "Hướng dẫn kỹ thuật quản lý thùng nhựa tái sử dụng trong chuỗi rau quả",
        "Tài liệu 52 trang của FAO khu vực châu Á – Thái Bình Dương về quản lý thùng nhựa tái sử dụng cho rau quả tươi: tổ chức "
        "luân chuyển, thu hồi, vệ sinh thùng và các mô hình dịch vụ thùng cho nhóm nông dân, HTX, thương lái.",
    ),
    (
        "kEo145",
        "en",
        "ilri",
        "Study of reusable plastic crates versus wooden crates over 600 km",
        "A livestock and food research institute ran nine transport trials of tomatoes over about 600 km: fruit in reusable "
        "plastic crates arrived more intact and with less E. coli contamination; crates paid off mainly in the off-season when "
        "prices are higher.",
    ),
    (
        "kEo146",
        "en",
        "gisco",
        "Plastic fruit and vegetable crates with management and rental schemes",
        "A crate manufacturer supplies returnable plastic crates and explains physical and hygienic management rules for crate "
        "pools run by farmer groups, cooperatives, traders or crate rental services.",
    ),
    (
        "kEo147",
        "en",
        "pef_rpc",
        "White paper on returnable plastic crate systems",
        "A postharvest education foundation reviews returnable plastic crate systems: typical uses, types and sizes, costs and "
        "benefits, and utilisation and distribution models that reduce losses and improve earnings.",
    ),
    (
        "kEo148",
        "en",
        "smartbiz",
        "Barcode inventory management system for small businesses",
        "A consultancy sets up barcode inventory systems where each product is scanned in and out, recording quantity, location "
        "and price in real time to cut entry errors, prevent stock-outs and save counting time.",
    ),
    (
        "kEo149",
        "en",
        "eatsip_barcode",
        "Barcode scanning inventory software implementation",
        "An operations consultant helps firms replace clipboards and spreadsheets with barcode scanning inventory software so "
        "that every touchpoint of goods entering and leaving the warehouse is recorded.",
    ),
    (
        "kEo150",
        "en",
        "s2",
        "Starter barcode inventory packages with scanners and label printers",
        "A consulting firm sells basic barcode inventory packages including a couple of scanners and small label printers for "
        "small businesses tracking product movement.",
    ),
    # --- neighbouring fields ---
    (
        "kEo151",
        "vi",
        "catra_nh3",
        "Nghiên cứu ảnh hưởng của NH3 lên tăng trưởng cá tra (Đại học Trà Vinh)",
        "Thí nghiệm tại Trường Đại học Trà Vinh xác định nồng độ NH3 gây chết cá tra trong 96 giờ và ảnh hưởng đến tăng trưởng, "
        "tỷ lệ sống, chất lượng thịt; nồng độ an toàn 0,2 mg/L.",
    ),
    (
        "kEo152",
        "vi",
        "farmtech",
        "Đánh giá sức khỏe tôm tại ao nuôi",
        "Hướng dẫn người nuôi quan sát tôm hai lần mỗi ngày, màu nước, mùi, dấu hiệu thiếu oxy để phát hiện sớm dịch bệnh.",
    ),
    (
        "kEo153",
        "vi",
        "vietgap_tom",
        "Chứng nhận VietGAP trong nuôi tôm thẻ chân trắng",
        "Nghiên cứu phỏng vấn 105 hộ nuôi tôm VietGAP ở Sóc Trăng: năng suất 2,7–5,6 tấn/ha/vụ, 98 % lô hàng đạt chuẩn xuất "
        "khẩu, giá cao hơn 2.000–5.000 đồng/kg.",
    ),
    (
        "kEo154",
        "vi",
        "chebien_ts",
        "Học phần kỹ thuật chế biến thủy sản",
        "Học phần đại học gồm nguyên liệu và công nghệ sau thu hoạch, lạnh đông, ướp muối, sản xuất nước mắm, sản phẩm khô và "
        "bảo đảm chất lượng thủy sản.",
    ),
    (
        "kEo155",
        "vi",
        "bigcargo",
        "Bảng giá vận chuyển hàng hóa đường bộ đi Nghệ An",
        "Công ty vận tải báo đơn giá chở hàng hóa thông thường bằng xe tải tuyến Nghệ An.",
    ),
    (
        "kEo156",
        "vi",
        "antsexpress",
        "Dịch vụ vận tải đường biển, quy trình chi tiết",
        "Công ty giao nhận trình bày toàn bộ quy trình vận tải hàng hóa bằng đường biển năm 2023.",
    ),
    (
        "kEo157",
        "vi",
        "kerry",
        "Chuyển phát hàng từ Quảng Ngãi đi Nhật Bản",
        "Hãng chuyển phát báo giá gửi hàng, bưu kiện từ Quảng Ngãi đi Nhật Bản.",
    ),
    (
        "kEo158",
        "en",
        "growfurther",
        "Portable solar water pumps for one-hectare farms",
        "Small modular solar irrigation pumps made in India cost a little over $500 against $1,500 for a basic solar pump in "
        "2015, with zero fuel costs for farms of about one hectare.",
    ),
    (
        "kEo159",
        "en",
        "emergencyhvac",
        "Emergency walk-in cooler repair for restaurants",
        "An HVAC contractor dispatches technicians to restaurant walk-in coolers: condensers, evaporator fans, defrost heaters, "
        "door gaskets, expansion valves and controllers, within the 4-hour food-safety window under the 41 °F cold-holding rule.",
    ),
    (
        "kEo160",
        "en",
        "troubleshoot",
        "Commercial refrigerator repair advice for business owners",
        "An appliance repair guide explains what restaurant owners can check themselves on walk-in and reach-in coolers and when "
        "to call a licensed commercial refrigeration technician.",
    ),
    (
        "kEo161",
        "vi",
        "vtkrubber",
        "Phương thức giao hàng của nhà sản xuất cao su",
        "Doanh nghiệp cao su giao hàng tới khách theo thỏa thuận từng đơn.",
    ),
]
