"""Offers for holdout144 (swiftlet farming and bird's-nest products).

Rows: (id, language, source key, title, description). Distractors (neighbouring fields) are mixed in.
"""

OFFERS = [
    # --- (A) swiftlet houses: design, construction, sound, climate ---
    (
        "nPo001",
        "vi",
        "cungkhang_design",
        "Tư vấn thiết kế và thi công nhà yến theo vùng khí hậu",
        "Đơn vị xây dựng nhận khảo sát địa điểm và thiết kế nhà yến theo nhiệt độ bình quân của vùng. Nơi nóng từ 27°C "
        "trở lên: khung bê tông cốt thép, tường dày tối thiểu 20 cm, mái đổ sàn, nhiều lỗ thông gió, hồ nước và hệ thống "
        "phun sương trong lẫn ngoài nhà, trần cao 3–4,5 m. Nơi mát dưới 27°C: tường gạch 20 cm, trần 2,5–3,5 m, lỗ thông "
        "gió tự đóng mở về đêm, chia nhiều phòng.",
    ),
    (
        "nPo002",
        "en",
        "shure_plan",
        "Swiftlet house packages: shophouse conversion or purpose-built, with cost estimates",
        "Consultant offering two routes: converting the top floors of an existing shophouse (the cheapest option, the "
        "ground floor stays in business use, roughly RM40,000 per floor for a 20' x 60–80' unit) or a purpose-built "
        "house 20' x 80' of one to five floors (about RM140,000 to RM650,000 including nesting planks and sound "
        "equipment, excluding water and power). Includes interior roving space and plank layout.",
    ),
    (
        "nPo003",
        "vi",
        "travinh_model",
        "Chuyển giao mô hình nhà nuôi yến cho địa bàn đồng bằng ven biển",
        "Trung tâm ứng dụng tiến bộ KH&CN cấp tỉnh chuyển giao công nghệ nuôi chim yến quy mô công nghiệp: điều tra khí "
        "hậu, nguồn thức ăn, lập bản đồ khu vực có tiềm năng nuôi yến, thiết kế và xây mới nhà yến mẫu, tư vấn cải tạo "
        "nhà cũ. Kết quả đã đạt: nhà xây mới 116 tổ, nhà cải tạo 112 tổ.",
    ),
    (
        "nPo004",
        "vi",
        "blog_fail_build",
        "Sửa chữa, cải tạo nhà yến chậm chim do thi công kém",
        "Đội kỹ thuật nhận sửa lại các nhà yến do đơn vị khác làm mà sau một thời gian yến vẫn không về làm tổ: bổ sung "
        "loa và amply đủ công suất, thay ốc vít sắt bằng vật tư bền, làm lại tường vách cho thoáng khí, lắp camera và máy "
        "phát điện dự phòng. Khảo sát nguyên nhân trước khi báo giá, không nhận công trình giá rẻ cắt bớt thiết bị.",
    ),
    (
        "nPo005",
        "en",
        "upn_arch",
        "Sustainable-architecture design of swiftlet houses (university design study)",
        "University architecture group offering a design concept for swiftlet houses that recreates the natural "
        "conditions of the birds: room temperature, lighting and building acoustics, based on interviews with farmers "
        "and field research. The design also plans how the building can be reused when it is no longer used for swiftlets.",
    ),
    (
        "nPo006",
        "vi",
        "baoquyen_vent",
        "Thi công lỗ thông gió và tường cách nhiệt cho nhà yến",
        "Nhận thi công hệ thống lấy gió cho nhà yến: tường 20 cm có lớp xốp ở giữa hai hàng gạch để cách nhiệt, cách âm; "
        "lỗ thông gió trực tiếp bằng ống PVC 90 hoặc lấy gió gián tiếp qua khe tường và gạch bánh ú, che chắn kỹ để "
        "thiên địch không trú ngụ. Giúp điều hòa nhiệt độ, không khí và hạn chế biến động môi trường trong nhà.",
    ),
    (
        "nPo007",
        "en",
        "walet_suhu",
        "Keeping swiftlet-house temperature stable: vents, wall thickness, paint",
        "Technical service for hot sites (30–32°C average): 4-inch PVC vent pipes spaced 1 m apart in two rows, 60 cm "
        "below the ceiling and 60 cm above the floor, with elbow pipes inside to cut wind and light; walls of 25–30 cm "
        "red brick, or cement render lined with 5 cm styrofoam; white exterior paint to reflect sun.",
    ),
    (
        "nPo008",
        "vi",
        "danang_planks",
        "Cung cấp ván làm tổ cho nhà yến (gỗ thớ lớn, hút nước nhanh)",
        "Cung cấp ván gắn tổ theo kinh nghiệm nhà yến Indonesia: gỗ giả tị (teak) thớ lớn, xốp nhẹ, hút nước nhanh, không "
        "mùi, ít mạt gỗ, giúp nước bọt khô nhanh để chim làm nền tổ sớm và chắc. Chim không gắn tổ trên sắt thép hay ván "
        "nhựa; nhà càng nhiều ván đúng loại thì càng nhiều tổ.",
    ),
    (
        "nPo009",
        "en",
        "doc_kythuat",
        "Turnkey swiftlet-house technical contract: equipment, installation, scent and climate set-up",
        "Technical service firm covering a house from first survey to the first nests (typically more than 12 months): "
        "design advice, corrections during construction, supply and installation of equipment, scent and micro-climate "
        "treatment. Domestic contracts run at about 800,000 VND per m² of ceiling; foreign contractors quote about 55 USD "
        "per m² with a written target of 1–2 kg of nests a month after 12 months and a 20–30% retention.",
    ),
    (
        "nPo010",
        "en",
        "lipis_rescue",
        "Rescue consulting for under-performing swiftlet farms",
        "Experienced builder (many farms above 4,000 nests) offering on-site rescue of farms stuck at a low nest count "
        "while neighbours prosper: checks for too many vent holes, light leaking through roof gaps, entrance hole size "
        "and roving-room brightness, then a list of corrections. Typical case: upper two floors of a shop-lot in town.",
    ),
    (
        "nPo011",
        "en",
        "ayer_tawar_visit",
        "Birdhouse diagnostic visit with temperature and humidity survey",
        "Consultant visits a house whose population has stalled, measures temperature and humidity floor by floor and "
        "delivers written recommendations. In a recent case walls facing the sun's path heated the house to 31–33°C with "
        "55–62% RH, against a recommended 26–29°C and 85–95% RH; advice also covered entrance holes, fly paths, box "
        "dividers and tweeter numbers.",
    ),
    (
        "nPo012",
        "vi",
        "hnv_sound",
        "Lắp đặt hệ thống âm thanh dẫn dụ chim yến",
        "Nhận thiết kế và lắp đặt hệ thống loa nhà yến khi thi công: bố trí loa gọi ngoài, loa dẫn vào cửa và loa tổ trong "
        "phòng theo đúng chức năng, chọn âm thanh dẫn dụ và điều chỉnh cường độ phù hợp; cung cấp thiết bị âm thanh chất "
        "lượng. Âm thanh là yếu tố đầu tiên gọi chim, kết hợp sinh cảnh để chim ở lại làm tổ.",
    ),
    (
        "nPo013",
        "vi",
        "tepbac_dandu",
        "Chuyển giao kinh nghiệm dẫn dụ chim yến bằng âm thanh",
        "Kinh nghiệm của đơn vị quản lý khai thác yến đảo: âm lượng loa cửa không quá 70 dB, đứng cách 5 m nghe rõ mà "
        "không chói tai là đủ; tiếng yến ngoài tự nhiên thường dưới 50 dB, mở quá to chim chỉ bay tới cửa rồi tản đi. "
        "Loa dẫn vào cửa và vào phòng chỉ mở vừa đủ, không lạm dụng nhiều loa.",
    ),
    (
        "nPo014",
        "en",
        "tanjung_sounds",
        "Swiftlet calling-sound library and tweeter set-up",
        "Supplier of a collection of swiftlet calling sounds, configured per house: separate external sounds for the "
        "outer tweeters and for the main entrance window (for example a 'BML' type and a 'vacuum' type), changed when "
        "birds stop reacting. Operating advice included: switch the external sound off and the lights on before entering, "
        "and back on immediately after leaving so birds return to their nests.",
    ),
    (
        "nPo015",
        "en",
        "ijet_echo",
        "Acoustic analysis of swiftlet calls and echolocation clicks",
        "University engineering group analysing sounds recorded inside birdhouses with FFT and spectrograms: the "
        "echolocation click pairs peak at 5.5–6.8 kHz for the first click and 6.2–8.6 kHz for the second. The analysis "
        "can be used to study bird behaviour and to check the frequency content of calling sounds.",
    ),
    (
        "nPo016",
        "vi",
        "vxnest_fail",
        "Thiết bị nuôi yến và tư vấn khắc phục nhà yến chậm chim",
        "Công ty thiết bị nuôi yến phân tích nguyên nhân nhà yến thất bại (không hiểu đặc tính chim yến, thiếu kiến thức "
        "kỹ thuật xây dựng, thi công) và cung cấp trọn bộ thiết bị, tư vấn sửa chữa cho nhà yến đã hoạt động lâu mà "
        "không dẫn dụ được nhiều chim, tránh tốn thêm chi phí bảo dưỡng vô ích.",
    ),
    (
        "nPo017",
        "en",
        "garuda_esp32",
        "IoT mist-maker controller for swiftlet houses (ESP32, BME280, Blynk)",
        "Research prototype turned into an installable kit: an ESP32 reads a BME280 sensor, switches an ultrasonic mist "
        "maker through a relay and streams data to a phone app. The mist turns on above 29°C or below 80% RH and off below "
        "26°C or above 90% RH; in trials the house averaged 28.17°C and 84.24% RH.",
    ),
    (
        "nPo018",
        "vi",
        "spkt_iot",
        "Mô hình nhà yến giám sát và điều khiển từ xa qua Internet",
        "Nhóm kỹ sư điện tử (đồ án đại học kỹ thuật) thiết kế mạch điều khiển các thiết bị trong nhà yến bằng module "
        "NANO32, website hiển thị thông số và bật tắt thiết bị qua Internet; có thể phát triển thành hệ thống theo dõi "
        "nhiệt độ, độ ẩm và điều khiển phun sương, âm thanh cho nhà yến thật.",
    ),
    (
        "nPo019",
        "en",
        "blog_temphum",
        "Airflow and micro-climate simulation of a planned swiftlet house",
        "Architect-engineers run fluid-flow (CFD) simulation on the 3D drawings of a birdhouse before it is built, "
        "showing air movement and the distribution of temperature and humidity hour by hour, so hot and dry spots are "
        "corrected at design stage rather than by later retrofits of fans, roofs or sprays. Target band 80–95% RH, 26–29°C.",
    ),
    (
        "nPo020",
        "vi",
        "nongnghiep_khiem",
        "Tư vấn vận hành nhà yến đạt chuẩn tổ xuất khẩu",
        "Chuyên gia hội yến sào tỉnh (15 năm dẫn dụ chim) tư vấn vận hành: độ ẩm 80–85% (lý tưởng 85%), nhiệt độ "
        "28–30°C, thông gió bố trí theo chiều gió; khi dư ẩm thì tháo bớt ống thông hơi, dùng quạt hút, máy hút ẩm; nước "
        "phun sương phải sạch, không phèn, không mặn. Tránh phun ẩm quá mức gây mốc và tổ kém chất lượng.",
    ),
    (
        "nPo021",
        "en",
        "mold_planks",
        "Preventing mould on nesting planks",
        "Advisory for new and existing houses: wet planks grow mould and birds shy away from them. A one-week "
        "commissioning check of temperature (27–29°C) and humidity (75–90%) after completion, then fixes for leaks, "
        "over-spraying humidifiers and condensation so water stops settling on the wood.",
    ),
    (
        "nPo022",
        "en",
        "fungus_corners",
        "Replacing fan humidifiers with ultrasonic mist makers to stop fungus",
        "Farm visit service: fungus on corner covers and planks placed above 'chicken-coop' humidifiers (water droplets "
        "blown upward by a fan) is removed and the humidifiers replaced with silent ultrasonic mist makers whose mist is "
        "not blasted onto the wood, so spores no longer contaminate the nests.",
    ),
    (
        "nPo023",
        "en",
        "hot_humid_farm",
        "Heat management for swiftlet farms in extreme hot seasons",
        "Consultant advice for seasons when outside air reaches 40°C: humidifiers on a hygrostat left permanently on make "
        "hot wet mist and push inside temperatures above 31°C. Remedies are insulation, controlling the vent holes that "
        "draw hot air in and not using humidity to cool; temperature and humidity are managed separately.",
    ),
    (
        "nPo024",
        "vi",
        "monsoon_humidity",
        "Quản lý độ ẩm nhà yến trong mùa mưa kéo dài",
        "Hướng dẫn điều chỉnh nhà yến mùa mưa: độ ẩm trên 95% làm tổ ngả vàng, lâu ngày chuyển nâu, chim non chết, trứng "
        "không nở và đàn có thể bỏ đi. Biện pháp: đóng bớt lỗ thông gió để chặn khí ẩm bên ngoài, chỉnh lại hoặc tắt hẳn "
        "máy tạo ẩm, dọn bớt lớp phân dày, theo dõi nhiệt độ và độ ẩm thường xuyên.",
    ),
    (
        "nPo025",
        "vi",
        "phucnguyen_env",
        "Ổn định môi trường nhà yến theo mô hình hang đảo",
        "Tư vấn tạo vi khí hậu ổn định dựa trên điều kiện hang yến đảo (nhiệt độ nước biển mùa đông 25–27°C sưởi ấm "
        "không khí trong hang): nhà yến khối tích lớn, tường rất dày, đặt nơi giảm tốc độ gió, bổ sung các biện pháp giữ "
        "nhiệt và ẩm để môi trường trong nhà gần với hang tự nhiên.",
    ),
    (
        "nPo026",
        "vi",
        "tayninh_waste",
        "Tận dụng phân chim yến: tạo mùi sinh cảnh và phân bón",
        "Hướng dẫn của ngành nông nghiệp: thu gom phân chim yến định kỳ 2 tháng/lần, dùng tạo mùi sinh cảnh cho nhà yến "
        "mới (mùi NH3, H2S đặc trưng mà chim non quen từ lúc nở) và tận dụng làm phân bón giàu dinh dưỡng, biến chất thải "
        "thành lợi nhuận, giữ nhà yến sạch.",
    ),
    (
        "nPo027",
        "en",
        "aft_smell",
        "Using swiftlet droppings correctly to create house scent and hold new birds",
        "Extension note for owners of new houses: the familiar smell of a swiftlet colony comes from droppings and urine "
        "decomposing into ammonia, hydrogen sulphide and other gases, plus wet feathers. Young birds exploring by sound "
        "decide to stay by this smell, so droppings are applied in a controlled way to recreate it.",
    ),
    (
        "nPo028",
        "en",
        "aroma_planks",
        "CCTV-based testing of nesting-plank aromas",
        "Field trial service: new red meranti planks are treated with at least three different commercial aromas, "
        "marked, dried and installed in a well-populated house (300 nests or more); CCTV cameras and manual checks "
        "record where birds start building, to show which aroma really works before you buy it in bulk.",
    ),
    (
        "nPo029",
        "vi",
        "disinfect_sos",
        "Vệ sinh, tiêu độc, khử trùng nhà yến bảo vệ đàn chim",
        "Dịch vụ vệ sinh và khử trùng nhà yến định kỳ, nhất là khi có thông tin dịch cúm gia cầm: sau khi cơ quan thú y lấy "
        "mẫu chim, tổ và phân ở 17/54 nhà yến cho kết quả âm tính H5N1, chủ nhà vẫn cần làm sạch chuồng trại, tiêu độc để "
        "đàn yến phát triển bền vững.",
    ),
    (
        "nPo030",
        "en",
        "ms2273_gahp",
        "Good Animal Husbandry Practice for swiftlet ranching (MS 2273) – training and audit",
        "Training and compliance support against the national standard on good animal husbandry practice for "
        "edible-bird's-nest swiftlet ranching and its premises: general and minimum requirements for the premises, "
        "management and hygiene, and transport of the nests.",
    ),
    (
        "nPo031",
        "vi",
        "phuongtoan_qa",
        "Tài liệu hỏi đáp kỹ thuật làm nhà yến và tập huấn",
        "Công ty yến sào cung cấp bộ tài liệu hỏi đáp và tập huấn kỹ thuật khai thác 'vàng trắng' trong nhà: đặc điểm sinh "
        "học chim yến hàng Aerodramus fuciphagus (nặng trung bình 14,5 g, cánh khoảng 122 mm), tập tính bám vách, các loài "
        "yến ở Việt Nam, cách bố trí nhà phù hợp với tập tính.",
    ),
    (
        "nPo032",
        "vi",
        "mushroom_auto",
        "Hệ thống giám sát và tưới nước tự động cho nhà nấm, nhà lưới",
        "Sản phẩm sáng tạo của nông dân trồng nấm bào ngư: theo dõi nhiệt độ, độ ẩm không khí theo thời gian thực và tự "
        "động tưới nước cho phôi nấm, tránh phôi chết do thiếu hoặc dư nước, tiết kiệm nhân công cho nhà nấm và nhà lưới.",
    ),
    (
        "nPo033",
        "vi",
        "greenhouse_mist",
        "Hệ thống phun sương áp suất cao tạo ẩm cho nhà kính",
        "Thiết kế hệ thống phun sương cho nhà kính trồng cây dựa trên kết cấu, độ ẩm cần đạt, lượng không khí trao đổi và "
        "nhiệt độ theo mùa: dàn tạo sương trên cao hoặc quạt phun sương thổi gió qua màn sương để bay hơi nhanh và phân bố "
        "ẩm đều.",
    ),
    (
        "nPo034",
        "en",
        "incubator_iot",
        "Monitoring and control system for poultry egg hatcheries",
        "Automation for industrial-scale egg incubation rooms: remote monitoring of incubator temperature (37.4–37.8°C) "
        "and humidity (55–65%, 60–70% in the last three days), turning schedules for chicken, duck, goose, quail and "
        "pigeon eggs, and alarms to cut labour and losses.",
    ),
    (
        "nPo035",
        "en",
        "swift_cd",
        "Call playback to attract Common Swifts to nest boxes",
        "Conservation advice for householders putting up swift nest boxes: play a CD of screaming swift duets near the "
        "boxes, ideally on a timer-controlled speaker through the season; in one year four of five well-run projects "
        "gained new occupants.",
    ),
    (
        "nPo036",
        "vi",
        "karaoke_foam",
        "Thi công mút tường cách âm phòng karaoke",
        "Thi công mút tiêu âm dạng bọt xốp cho phòng karaoke: hấp thụ sóng âm, giảm vang và giảm ồn truyền ra ngoài khoảng "
        "25–35 dB, hiệu quả với dải tần trung và cao của giọng hát; tư vấn chọn vật liệu và quy trình thi công đúng kỹ thuật.",
    ),
    (
        "nPo037",
        "en",
        "nestbox_clean",
        "Cleaning and disinfecting garden nest boxes between broods",
        "Advice from a bird-monitoring programme: sweep out old nesting material, scrub soiled boxes with a mild detergent "
        "or a dilute bleach solution, rinse and let dry completely before the next pair uses the box.",
    ),
    (
        "nPo038",
        "en",
        "swiftlet_enemies",
        "Pest control for swiftlet houses: rats, ants, cockroaches, geckos",
        "Practical pest programme for swiftlet houses: seal holes and remove rubbish and unused wood where rats nest; "
        "bait fire ants with raw meat and destroy the swarm with hot water; spray insecticide and clear hiding places for "
        "cockroaches that eat nests; remove lizards and geckos that take eggs and nests.",
    ),
    (
        "nPo039",
        "en",
        "nongnghiep_khiem",
        "Controlling cockroaches, ants and geckos inside swiftlet houses",
        "Provincial swiftlet association advice for export-quality nests: cockroaches, ants, house geckos and insects bred "
        "in the droppings eat nests, eggs and even chicks, and their waste soils the nests; regular cleaning and targeted "
        "control keep the house safe for the colony.",
    ),
    # --- (B) harvesting, cleaning, feather picking ---
    (
        "nPo040",
        "vi",
        "pvnest_harvest",
        "Dịch vụ thu hoạch tổ yến theo tiêu chuẩn xuất khẩu",
        "Đơn vị có kinh nghiệm hơn 200 dự án nhà yến nhận thu hoạch tổ: chỉ vào nhà từ 9h đến 15h khi chim đi kiếm ăn, hạn "
        "chế tiếng động; tần suất 1–2 lần/năm với nhà dưới 300 tổ, 3–5 lần với 300–1.000 tổ, 5–10 lần với nhà trên 1.000 "
        "tổ; đề xuất cải tiến quy trình để nâng giá trị tổ.",
    ),
    (
        "nPo041",
        "vi",
        "jujo_harvest",
        "Tư vấn lịch hái tổ yến vẫn bảo đảm tăng đàn",
        "Hướng dẫn hái tổ để tổ đẹp, sản lượng nhiều, chất lượng tốt và nhân văn: chim yến Việt Nam sinh sản 3 đợt, mỗi "
        "đợt cách nhau khoảng 4 tháng, thu hoạch vào tháng 3, 7, 11 (sớm hoặc muộn khoảng 20 ngày tùy mưa); phân tích ưu "
        "nhược điểm của hái trước khi đẻ, khi có trứng và sau khi chim non rời tổ.",
    ),
    (
        "nPo042",
        "en",
        "three_harvests",
        "Harvest strategy advice for swiftlet farms",
        "Advisory comparing the three harvesting patterns: 'plundering' right after the nest is finished and before eggs "
        "(cleanest nests, most harvests, but no new birds and exhausted, thinner nests), harvesting after two eggs with "
        "the eggs discarded (up to four harvests a year, good quality, no population growth) and harvesting after the "
        "chicks fledge (population grows).",
    ),
    (
        "nPo043",
        "vi",
        "xuonggo_harvest",
        "Hướng dẫn số lần và thời điểm thu hoạch tổ yến",
        "Tư vấn cách thu hoạch hiệu quả: thông thường 4 lần/năm; phương pháp 'cưỡng đoạt' khi tổ vừa xong chưa có trứng "
        "chỉ dùng khi chim quá đông, còn nhà mới đang nâng đàn phải thu đúng phương pháp để chim không bỏ đi; thời điểm "
        "trước khi đẻ cho tổ sạch nhất, ít bụi, phân, lông.",
    ),
    (
        "nPo044",
        "en",
        "farmvina_cave",
        "Harvest calendar for cave and island swiftlet colonies",
        "Technical guide on harvest timing in caves: in Bình Định the first round is taken 28 March–1 April when 20–30% "
        "of nests have eggs, in Quảng Nam 5–10 April (3–4% with eggs), in Khánh Hòa 10–25 April (10% with eggs); a second "
        "'bird-raising' round lets chicks fledge, and harvesting three times every year stops yields from rising.",
    ),
    (
        "nPo045",
        "vi",
        "kinhdo_harvest",
        "Quy trình khai thác tổ yến đúng chuẩn, hiệu quả cao",
        "Công ty yến sào hướng dẫn quy trình khai thác với tổ yến tự nhiên và tổ yến nuôi: chọn thời điểm, thời gian trong "
        "ngày và tần suất thu hoạch, các lưu ý khi khai thác để không làm hại đàn chim; giải thích các hiểu lầm về việc "
        "lấy tổ làm chim chết.",
    ),
    (
        "nPo046",
        "en",
        "chetoyen_harvest",
        "Harvest timing options for house nests",
        "Bird's-nest company explaining three harvest times: before egg-laying (cleanest nests, no droppings or feathers, "
        "shorter cleaning, but lighter nests and stressed birds), at two eggs (complete, thicker nests, but fewer young "
        "birds) and after the young leave (dirtier nests, growing flock).",
    ),
    (
        "nPo047",
        "vi",
        "cungdinh_clean",
        "Gia công tinh chế, làm sạch lông tổ yến",
        "Xưởng sơ chế nhận làm sạch tổ yến thô: phân loại theo độ dày, màu, tạp chất; ngâm nước lọc 20–25 phút tùy độ dày "
        "cho sợi tơi, xả nhiều lần để trôi lông măng, nhặt lông và tạp chất bằng tay với dụng cụ đã khử trùng, nhân viên "
        "được đào tạo; không ngâm quá lâu để giữ khoáng chất.",
    ),
    (
        "nPo048",
        "en",
        "requa_process",
        "Bird's-nest processing workflow: from raw-nest check to finished product",
        "Step-by-step processing scheme: sort raw nests by thickness, colour and impurity; remove dust and loose dirt "
        "while dry; prepare and disinfect tools; soak in filtered water until soft; pick out feathers and impurities; "
        "shape and dry; store the sorted nests in a hygienic store.",
    ),
    (
        "nPo049",
        "en",
        "blog_clean_home",
        "Home nest-cleaning kit and training",
        "Kit and short training for cleaning raw nests yourself: special tweezers, a fine sieve, a white plate to see "
        "feathers, a small brush. Brush off surface dirt, soak (white nests about 2–3 hours, red nests 4–5 hours), clean "
        "the parts that soften first, pick fine feathers with tweezers and rinse in the sieve.",
    ),
    (
        "nPo050",
        "en",
        "iucn_clean",
        "Clean-label nest cleaning without hydrogen peroxide",
        "Cleaning protocol that keeps to the conventional method: soak to swell, lift large feathers with forceps, float "
        "the fine ones, and never bleach. Hydrogen peroxide is fast and cheap but only decolours black feathers so the "
        "nest looks clean while feathers remain, and no tolerance limit exists; buyers are advised to prefer whole cups "
        "over pressed cakes.",
    ),
    (
        "nPo051",
        "en",
        "rawyale_clean",
        "Bird's-nest cleaning, steaming, drying and grading service",
        "Processor offering the full cleaning chain: soaking in purified water (hours to overnight by nest quality), "
        "manual picking with tweezers and brushes, final inspection, optional steaming, low-temperature drying to keep "
        "nutrients and shape, then grading by size, shape, colour and purity before packing.",
    ),
    (
        "nPo052",
        "vi",
        "cesti_clean",
        "Quy trình công nghệ chế biến, làm sạch tổ yến (mô hình ứng dụng)",
        "Mô hình công nghệ do trung tâm thông tin KH&CN giới thiệu: rã tổ, ngâm nước sạch tùy độ nở, để ráo trên đĩa trắng, "
        "nhặt lần đầu lông lớn và tạp chất rồi nhặt kỹ lông nhỏ; tổ yến có 40–50% đạm, hơn 8% axit sialic nên cần làm sạch "
        "mà không làm mất dinh dưỡng.",
    ),
    (
        "nPo053",
        "vi",
        "maidung_process",
        "Quy trình 5 bước sản xuất yến tinh chế",
        "Cơ sở yến sào chia sẻ quy trình: kiểm tra chất lượng tổ sau thu hoạch và phân loại, làm sạch bụi và tạp chất khô, "
        "ngâm nở, nhặt lông, định hình và sấy, đóng gói; yến thô giữ dinh dưỡng cao nhất nhưng phải sơ chế kỹ vì nhiều lông "
        "và tạp chất.",
    ),
    (
        "nPo054",
        "en",
        "sage_vision",
        "Machine-vision system for automatic foreign-matter removal from bird's nests",
        "Research group offering a parallel robotic system that finds and removes feathers, eggshell and sand in nests: a "
        "two-stage detector (attention-enhanced U-Net++ segmentation, then mask-based classification) copes with the "
        "textured, semi-transparent nest and replaces slow manual inspection and picking.",
    ),
    (
        "nPo055",
        "vi",
        "vietfarm_process",
        "Quy trình sản xuất yến sào đạt chuẩn từ thu hoạch đến thành phẩm",
        "Doanh nghiệp chia sẻ quy trình: thu hoạch với giàn giáo, dao, muỗng chuyên dụng, di chuyển nhẹ nhàng; tổ dày chưa "
        "có trứng thì lấy cả tổ, tổ mỏng hoặc có trứng thì dừng; với nhà yến phun nước làm mềm chân tổ trước khi cạy để "
        "không vỡ; sau đó sơ chế, làm sạch, sấy và đóng gói.",
    ),
    # --- (C) drying, grading, storage ---
    (
        "nPo056",
        "vi",
        "tusayyen_dry",
        "Tủ sấy lạnh và sấy thăng hoa cho tổ yến, nông sản giá trị cao",
        "Kỹ sư thiết kế máy sấy công nghiệp cung cấp tủ sấy cho tổ yến, đông trùng hạ thảo, trái cây xuất khẩu: sấy lạnh "
        "10–50°C bằng không khí đã tách ẩm giữ màu và mùi, hoặc sấy thăng hoa cho sản phẩm cao cấp; tư vấn chọn công nghệ "
        "theo sản phẩm.",
    ),
    (
        "nPo057",
        "en",
        "nguoinuoiyen_store",
        "Post-harvest handling and five-grade sorting of raw nests",
        "Guide for farms: after harvest spread the nests out and fan them dry, then store properly or colour and quality "
        "decline. Traditional grades: 'Quan' (perfectly white, thick, glossy, taken before eggs), 'Thiên' (same size, less "
        "white), 'Bài' (yellowish, thinner, more feathers), 'Địa' (dark) and broken pieces.",
    ),
    (
        "nPo058",
        "en",
        "canavida_choose",
        "Moisture and completeness grading for bird's nests",
        "Quality criteria used by a retailer: acceptable moisture 12–15% (too dry breaks, too wet moulds and expands "
        "poorly), completeness from whole cup to strips, corners and fragments with price falling accordingly, density and "
        "impurity level, and colour (white, yellow, red).",
    ),
    (
        "nPo059",
        "vi",
        "ystnest_facts",
        "Tư vấn bảo quản và kiểm tra nhanh tổ yến khô",
        "Hướng dẫn cho cửa hàng: tổ yến khô, độ ẩm thấp không cần để tủ lạnh, giữ ở nhiệt độ phòng, thỉnh thoảng cho thông "
        "thoáng và tránh nắng trực tiếp; tổ tốt khi ngâm cho nước trong, không màu; màu đỏ đậm bất thường thường do tác "
        "nhân môi trường nơi tổ bám.",
    ),
    (
        "nPo060",
        "en",
        "iucn_shelf",
        "Shelf life and spoilage checks for dried nests",
        "Reference guidance: dried nests keep about three years; expired or badly stored nests darken, show mildew spots, "
        "feel damp and smell musty, and wet nests past their time smell rotten or form sticky bubbles. Mouldy nests must "
        "be discarded because of vomiting and diarrhoea risk.",
    ),
    (
        "nPo061",
        "en",
        "tcm_fridge",
        "Storage guide for dried and soaked bird's nest",
        "Dried nests need no refrigeration if kept cool and dry; well-dried clean nests keep about 3 years, wetter lower "
        "grades about 1 year. Soaked (wet) nest must be sealed and refrigerated and keeps only about a week, or a few hours "
        "if stored badly.",
    ),
    (
        "nPo062",
        "vi",
        "chuyenyen_shelf",
        "Bảng hạn sử dụng và cách bảo quản từng loại tổ yến",
        "Hướng dẫn của cửa hàng yến: tổ thô 2–3 năm (nơi khô thoáng, túi hút chân không); yến tinh chế 2–3 năm, tốt nhất "
        "dùng trong 1 năm, chuyển nâu đen là bị oxy hóa; tổ đã ngâm 1–2 tuần ngăn mát hoặc đến 3 tháng ngăn đông; yến chưng "
        "tươi dùng trong 24 giờ sau khi mở, tối đa 7 ngày ngăn mát; nước yến tiệt trùng 12–24 tháng.",
    ),
    (
        "nPo063",
        "vi",
        "tnmed_raw_store",
        "Bảo quản yến thô: nhiệt độ, độ ẩm, bao bì",
        "Tư vấn bảo quản yến thô: độ ẩm cao là kẻ thù số một gây nấm mốc; giữ dưới 25°C để chậm oxy hóa; tránh ánh nắng; "
        "dùng hộp kín hoặc túi hút chân không; thời gian bảo quản phụ thuộc chất lượng tổ và điều kiện kho.",
    ),
    (
        "nPo064",
        "vi",
        "nhayen_classify",
        "Phân loại yến sào theo màu sắc và độ nở",
        "Hướng dẫn phân loại: huyết yến, hồng yến, bạch yến; yến huyết và hồng yến chiếm chưa đến 10% sản lượng toàn cầu; "
        "tổ đỏ do vách đá thấm nước có độ nở 7–9 lần như bạch yến; giá và chất lượng khác nhau theo màu và nguồn.",
    ),
    (
        "nPo065",
        "en",
        "sanosa_classify",
        "Telling house nests from island nests by shape",
        "Classification service notes: island nests are half-cup shaped, deep, thick-walled and narrow, with tightly "
        "packed strands and more impurities; house nests are lighter, thinner and shallower with looser structure but "
        "cleaner. Nests take 28–30 days to build, about 1 mm a night.",
    ),
    (
        "nPo066",
        "vi",
        "anhthao_classify",
        "Phân loại tổ yến theo nguồn gốc: yến hang và yến nhà",
        "Cơ sở yến sào phân loại: tổ yến hang của yến hàng (Wild/Cave Nest) dạng chén, thân dày, chân cứng, giá cao nhất do "
        "khai thác nguy hiểm; tổ yến nhà thường trắng ngà, chất lượng phụ thuộc vùng thức ăn; giải thích vì sao yến nhà chỉ "
        "dẫn dụ được chứ không cho ăn như nuôi gà.",
    ),
    (
        "nPo067",
        "en",
        "buyebn_types",
        "Cave versus house nests: expansion and cooking behaviour",
        "Seller's technical note: cave nests absorb minerals, are beige to yellow, firmer, with more fine feathers, expand "
        "2–3 times and need longer soaking; house nests expand 5–7 times, are cleaner and smoother, cook in 30–45 minutes "
        "and dissolve if stewed more than 1–2 hours.",
    ),
    (
        "nPo068",
        "en",
        "cardoza_shelf",
        "How long dried nests last and how to store them",
        "Buyer guidance: air-dried nests usually carry a 1-year label but good, dry nests keep 1–3 years sealed in a cool, "
        "dry, airtight place safe from rats and cockroaches; mould, insects, softness, stickiness or a bad smell mean the "
        "nest has spoiled.",
    ),
    # --- (D) bird's-nest products, shelf life, food safety ---
    (
        "nPo069",
        "vi",
        "doc_yenlo",
        "Quy trình sản xuất yến lọ chưng đường phèn",
        "Tài liệu quy trình sản xuất yến lọ chưng đường phèn: nguyên liệu gồm nước đạt chuẩn, yến sào, đường phèn, chất làm "
        "dày, chất bảo quản, hương liệu; các công đoạn xử lý nguyên liệu, phối trộn, chiết lọ và yêu cầu chất lượng nước vì "
        "nước ảnh hưởng an toàn và hương vị sản phẩm.",
    ),
    (
        "nPo070",
        "en",
        "gsc_sterilize",
        "Sterilization regime for bottled bird's-nest beverage",
        "Study by a bird's-nest soft-drink company and a food university: pasteurization at 105, 110 and 115°C for 15–35 "
        "minutes was compared for sensory score, physico-chemistry, microbes and antioxidant activity; 110°C for 35 "
        "minutes gave the best drink (free-radical scavenging 73.32%).",
    ),
    (
        "nPo071",
        "vi",
        "goccuahang_chung",
        "Hướng dẫn bảo quản yến chưng và nhận biết yến chưng hỏng",
        "Cửa hàng yến chia sẻ các yếu tố quyết định yến chưng để được bao lâu (nguyên liệu, vệ sinh dụng cụ, nhiệt độ, "
        "đóng hũ), thời hạn theo từng điều kiện bảo quản, cách hâm nóng, yến bị tách nước có hỏng không và dấu hiệu hỏng "
        "cần bỏ.",
    ),
    (
        "nPo072",
        "en",
        "xianguo_soup",
        "Shelf-life science for cooked bird's-nest soup",
        "Technical note on cooked nest soup: the denatured glycoprotein gel spoils easily; bacteria grow fast between 4°C "
        "and 60°C, so cool quickly, refrigerate or freeze, watch pH and avoid temperature swings to keep both safety and "
        "the sialic-acid-rich nutrients.",
    ),
    (
        "nPo073",
        "en",
        "upm_rtd",
        "Characterising nests and optimising a gel-like ready-to-drink nest product",
        "University research service: expansion rate and SEM of house and cave nests (house nests expand better), amino "
        "acid and glycoprotein profiles (leucine, threonine, valine 38–42 mg/g), the Neu/GalN ratio as a quality "
        "benchmark, and response-surface optimisation of a gel-like ready-to-drink formulation.",
    ),
    (
        "nPo074",
        "en",
        "ipb_retort",
        "Retort heat treatment of raw nests: effect on nitrite and rehydration",
        "Veterinary public-health study for exporters facing a buyer requirement of at least 100°C and F0 ≥ 2.8: 24 raw "
        "nests from four farmhouses, half retorted; nitrite rose from 11.2 to 15.7 ppm and rehydration fell from 11.3 to "
        "8.4 times, data to plan compliant heat treatment.",
    ),
    (
        "nPo075",
        "vi",
        "hkmu_sialic_drink",
        "Xác định hàm lượng yến trong nước yến bằng acid sialic (HPLC)",
        "Phương pháp của trường đại học: chiết acid sialic bằng dung dịch NaHSO4, tạo dẫn xuất với o-phenylenediamine, đo "
        "HPLC; yến thô chứa 5,77–10,92% theo nguồn và màu; 10 nhãn nước yến có hàm lượng yến chỉ 0,014–0,66% và acid "
        "sialic 11,4–527 mg/kg, giá bán không phản ánh chất lượng.",
    ),
    (
        "nPo076",
        "vi",
        "vannest_fake",
        "Giám định thành phần yến chưng, phát hiện sản phẩm không có yến thật",
        "Dịch vụ giám định hỗ trợ cơ quan quản lý và doanh nghiệp: trong vụ thu giữ gần 38.000 lọ nước yến 15 loại, kết "
        "quả cho thấy 5 loại hoàn toàn không có acid sialic – thành phần dinh dưỡng chính của tổ yến; kiểm tra để phát "
        "hiện 'sợi yến' giả.",
    ),
    (
        "nPo077",
        "vi",
        "tuanduong_fake",
        "Kiểm định chất lượng yến chưng so với bản tự công bố",
        "Lấy mẫu và phân tích chỉ tiêu yến chưng (protein, lipid) đối chiếu nhãn: trong một vụ kiểm tra 8 mẫu, protein chỉ "
        "đạt 18–58% và lipid khoảng 3% so với mức công bố, 23.468 sản phẩm bị xác định là hàng giả; giúp doanh nghiệp tự "
        "kiểm soát trước khi bị xử lý.",
    ),
    (
        "nPo078",
        "en",
        "bulb_lotus",
        "Recipe development: red date and lotus seed bird's nest",
        "Tested recipe for a stewed nest dessert: 10 g nest (raw soaked 2–3 h and picked, or processed), 40–50 g red "
        "dates, 30 g dried or 80 g fresh lotus seeds cooked tender first, 4–6 tablespoons of rock sugar, ginger or "
        "pandan to mask odour, 500–1,000 ml water, then double-boiling in a nest pot.",
    ),
    (
        "nPo079",
        "vi",
        "euyansang_mooncake",
        "Công thức bánh trung thu nhân yến sào",
        "Công thức làm bánh trung thu có nhân yến: vỏ từ dầu lạc, nước đường, nước tro, bột mì, sữa bột; nhân sen nghiền "
        "với táo đỏ hoặc vỏ quýt, ở giữa là yến chưng đóng chai; hạt sen ngâm qua đêm, ninh khoảng 45 phút rồi xay và sên.",
    ),
    # distractors from neighbouring fields (B, C, D)
    (
        "nPo080",
        "en",
        "feather_meal",
        "Hydrolysed feather meal from poultry slaughter feathers",
        "Rendering plant turns clean poultry feathers into feather meal: batch pressure cookers at about 140°C for 30–60 "
        "minutes hydrolyse keratin, giving over 80% crude protein with pepsin digestibility of at least 70–75%, used in "
        "poultry and fish feeds.",
    ),
    (
        "nPo081",
        "en",
        "feather_uses",
        "Uses for poultry-processing feathers (review)",
        "Review of ways to use the millions of tonnes of feathers from poultry plants: animal feed, fertiliser, "
        "composites, insulation, paper and textiles; feathers are over 90% keratin and 5–7% of a chicken's live weight.",
    ),
    (
        "nPo082",
        "vi",
        "santavi_heatpump",
        "Máy sấy nông sản công nghệ bơm nhiệt giá thấp",
        "Công ty máy nông nghiệp giới thiệu máy sấy bơm nhiệt sản xuất trong nước, giá thấp hơn 60% so với máy nhập, giữ "
        "màu và hương vị cho rau củ, trái cây, thủy sản; so sánh với sấy thăng hoa, sấy khí nóng đến 150°C cho các loại hạt.",
    ),
    (
        "nPo083",
        "vi",
        "hcmut_colddry",
        "Chuyển giao công nghệ và hệ thống thiết bị sấy lạnh cho doanh nghiệp",
        "Nhóm nghiên cứu trường đại học chuyển giao hệ thống sấy lạnh dùng bơm nhiệt: không khí được tách ẩm qua dàn bay "
        "hơi rồi đốt nóng qua dàn ngưng, sấy ở 35–45°C nên sản phẩm ít bị biến đổi; thay thế hệ thống nhập khẩu giá cao.",
    ),
    (
        "nPo084",
        "vi",
        "fruit_colddry",
        "Công nghệ sấy lạnh hoa quả giữ màu, hương",
        "Giải pháp sấy lạnh trái cây ở 10–50°C với không khí khô tuần hoàn kín, độ ẩm cuối 5–10%, ví dụ xoài vẫn vàng tươi, "
        "dẻo, không cháy cạnh như sấy nóng.",
    ),
    (
        "nPo085",
        "vi",
        "oat_milk",
        "Sữa yến mạch pha cà phê cho quán",
        "Giới thiệu sữa yến mạch – sữa thực vật cho người kém hấp thu lactose (86,8% người Việt) – và cách kết hợp với cà "
        "phê trong thực đơn quán.",
    ),
    (
        "nPo086",
        "vi",
        "lotus_peel_ctu",
        "Máy lột vỏ lụa hạt sen tươi bằng đĩa ma sát",
        "Nghiên cứu của trường đại học vùng ĐBSCL: hạt sen ngâm 30 phút rồi lột vỏ lụa bằng đĩa ma sát; hiệu suất tăng từ "
        "79% lên 96% khi chạy 4–7 phút, đạt khoảng 98% ở 1.600 vòng/phút trong 6 phút; 1.400 vòng/phút cho hạt đẹp nhất.",
    ),
    (
        "nPo087",
        "vi",
        "lotus_line",
        "Dây chuyền chế biến hạt sen khô",
        "Sáng chế của thợ cơ khí: máy chặt tách vỏ hạt sen chạy điện bằng dao trục, năng suất gấp 3–4 lần chặt tay, tích "
        "hợp thành dây chuyền chế biến hạt sen khô.",
    ),
    (
        "nPo088",
        "en",
        "lotus_student",
        "Automatic lotus-seed shelling machine",
        "Student-built machine: seeds are positioned on a roller conveyor, ring-cut, pressed to split the shell and "
        "separated by a centrifugal blower; manual shelling gives only 7–8 kg a day and imported machines cost about 150 "
        "million VND.",
    ),
    (
        "nPo089",
        "vi",
        "lotus_dryer",
        "Máy sấy hạt sen năng suất 50 kg/mẻ",
        "Luận văn thạc sĩ kỹ thuật cơ khí: nghiên cứu, thiết kế cải tiến máy sấy hạt sen năng suất 50 kg/mẻ, khảo nghiệm "
        "trên máy thực tế.",
    ),
    (
        "nPo090",
        "en",
        "easireal_shelf",
        "Why beverages have different shelf lives: UHT, HTST, ESL, cold press",
        "Beverage processing explainer: UHT at 135–150°C for seconds gives months to a year unrefrigerated; HTST around "
        "72°C for 15–30 s needs chilling for days to weeks; ESL at 85–100°C gives weeks to months; cold-pressed drinks keep "
        "only days.",
    ),
    (
        "nPo091",
        "vi",
        "milk_line",
        "Thiết kế dây chuyền sản xuất sữa tươi thanh trùng 40 tấn/ngày",
        "Đồ án thiết kế dây chuyền sữa tươi thanh trùng năng suất 40 tấn/ngày: nguyên liệu, quy trình công nghệ, tính "
        "toán thiết bị cho nhà máy sữa.",
    ),
    (
        "nPo092",
        "vi",
        "beer_haccp",
        "Xây dựng hệ thống HACCP cho nhà máy sản xuất bia chai",
        "Đề tài xây dựng HACCP cho nhà máy bia chai: 12 bước áp dụng, chương trình tiên quyết GMP và SSOP, phân tích mối "
        "nguy và điểm kiểm soát tới hạn cho dây chuyền bia.",
    ),
    (
        "nPo093",
        "en",
        "feather_clean_wild",
        "Cleaning wild bird feathers for display",
        "Step-by-step guide to refreshing found wild-bird feathers: dry brushing, gentle washing with mild soap, careful "
        "drying to stop mould, and a reminder that permits may be needed for protected species.",
    ),
    (
        "nPo094",
        "vi",
        "beverage_line",
        "Dây chuyền sản xuất đồ uống hiện đại",
        "Nhà cung cấp dây chuyền đồ uống: chuỗi máy xử lý nguyên liệu, phối trộn, chiết rót, đóng nắp tự động giúp tăng năng "
        "suất, giảm chi phí và giữ chất lượng đồng đều khi sản xuất số lượng lớn.",
    ),
    (
        "nPo095",
        "en",
        "feather_picker",
        "Batch feather picker for poultry",
        "Drum plucker for small poultry processors: three to four scalded chickens spin on a rotating floor against rubber "
        "fingers that knock the feathers free while a fan draws them out; about USD 2,200.",
    ),
    # --- (E) nitrite, bleaching, fraud testing, traceability, export ---
    (
        "nPo096",
        "en",
        "macau_nitrite",
        "Food-safety guidance for traders on nitrite in red bird's nest",
        "Food-safety authority advice: nitrite in red nests may form naturally or be added in large amounts when white "
        "nests are baked and dyed red; since nitrite dissolves in water, washing, soaking and long stewing lower it. "
        "Traders should buy from reliable suppliers, keep inventory receipts and label name, type, origin and maker.",
    ),
    (
        "nPo097",
        "en",
        "thermo_ic",
        "Ion-chromatography methods for nitrite and nitrate in edible bird's nest",
        "Instrument maker's application support with three starting methods for nitrite and nitrate in nests and other "
        "foods, prompted by red nests averaging 4,400 mg/kg nitrite against a 70 mg/kg maximum; both ions are monitored "
        "because nitrate can be reduced to nitrite by microbes.",
    ),
    (
        "nPo098",
        "en",
        "sunshine_nitrite",
        "Low-nitrite bird's-nest processing",
        "Producer explaining how nitrite can be kept negligible: it forms naturally through fermentation and from "
        "droppings high in nitrite, so hygiene and processing control matter; cites a permissible level of 34 ppm in food "
        "and the health risks (methaemoglobinaemia, nitrosamines).",
    ),
    (
        "nPo099",
        "en",
        "cfs63",
        "Washing and soaking protocol that removes most nitrite and nitrate",
        "Food-safety centre summary of a university study of 67 nests: all contained nitrite and nitrate, highest in "
        "blood-red nests, and most of both is removed by washing and soaking for several hours or overnight, changing the "
        "water once or twice and discarding it.",
    ),
    (
        "nPo100",
        "vi",
        "cfs62",
        "Hướng dẫn giảm nitrit trong yến huyết bằng ngâm rửa",
        "Khuyến cáo của cơ quan an toàn thực phẩm: không được thêm nitrit vào tổ yến dù nitrit có thể có sẵn tự nhiên; nên "
        "mua từ nhà cung cấp đáng tin cậy; ngâm tổ vài giờ hoặc qua đêm và rửa kỹ bằng nước sạch làm giảm đáng kể nitrit, "
        "đổ bỏ nước ngâm trước khi nấu.",
    ),
    (
        "nPo101",
        "en",
        "hkfsa_auth",
        "Testing and certification of bird's nest: nitrite, authenticity, export registration",
        "Testing and certification laboratory: checks nitrite against the 30 mg/kg limit for dried nests used by China, "
        "Malaysia and Thailand (washing and soaking can remove up to 90%), screens for counterfeit red nests coloured by "
        "smoking droppings, and supports registration of establishments exporting to China (required since 1 Jan 2016).",
    ),
    (
        "nPo102",
        "vi",
        "hkfsa_auth",
        "Kiểm nghiệm vi sinh tổ yến: Staphylococcus aureus, Salmonella, cúm gia cầm",
        "Phòng thử nghiệm nhận phân tích vi sinh cho tổ yến và sản phẩm yến: từng phát hiện Staphylococcus aureus trong tổ "
        "yến; Salmonella hay virus cúm gia cầm trong tổ có thể lây trực tiếp cho người tiếp xúc nên tổ phải được xử lý nhiệt "
        "và kiểm tra trước khi bán.",
    ),
    (
        "nPo103",
        "vi",
        "hunggoiyen_nitrite",
        "Đánh giá mức nhiễm nitrit qua màu tổ yến",
        "Chia sẻ kết quả nghiên cứu khoa học về tổ yến: tổ nhiễm nitrit đổi màu dần từ trắng sang vàng nhạt, vàng đậm, cam, "
        "đỏ nhạt rồi đỏ đậm; yến đảo nhiễm cao hơn yến nhà; màu có thể dùng làm thước đo sơ bộ; giới hạn nitrit 30 mg/kg, "
        "yến huyết có thể cao gấp 100 lần.",
    ),
    (
        "nPo104",
        "en",
        "moh_sop",
        "Standard operating procedure for controlling nitrite in edible bird's nest",
        "Government SOP for primary production and processing of raw-clean nests: nitrite comes from saliva, ammonia "
        "from droppings in the house and contamination by droppings; soaking and rinsing cut it sharply because it is "
        "very water-soluble. The SOP sets requirements to reduce nitrite during harvesting and cleaning.",
    ),
    (
        "nPo105",
        "vi",
        "iium_sop",
        "Khung quản trị an toàn thực phẩm: SOP kiểm soát nitrit, xử lý và chế biến tổ yến",
        "Nghiên cứu pháp lý – quản trị của trường đại học: tổng hợp bộ hướng dẫn do Bộ Y tế, cơ quan thú y và cơ quan tiêu "
        "chuẩn ban hành từ năm 2003 cho ngành yến, gồm SOP kiểm soát mức nitrit, xử lý và chế biến tổ, sau khi thị trường "
        "nhập khẩu cấm vì nitrit.",
    ),
    (
        "nPo106",
        "en",
        "red_nests_ammonia",
        "Why nests turn yellow and red in old houses",
        "Field observation from a 20-year-old house with a foot of droppings on the floor: ammonia gas from droppings, "
        "with suitable humidity and temperature, turns nests yellow and then red, and nests left unharvested turn black "
        "or dark brown.",
    ),
    (
        "nPo107",
        "vi",
        "ck_rednest",
        "Cảnh báo yến huyết nhuộm màu và kiểm tra nitrit",
        "Nhà nhập khẩu cảnh báo: Trung Quốc đã kiểm tra toàn quốc sau khi hầu hết hơn 30.000 tổ yến huyết được kiểm đều "
        "vượt chuẩn nitrit, có mẫu gấp 350 lần; phần lớn 'yến huyết' trên thị trường bị nhuộm màu; yến huyết thật giá đến "
        "15.000 USD/kg nên cần kiểm tra trước khi mua.",
    ),
    (
        "nPo108",
        "vi",
        "gt_nitrite",
        "Kiểm tra nitrit tổ yến trước khi giao dịch",
        "Dịch vụ kiểm nghiệm nitrit cho thương lái và nhà phân phối: bài học từ vụ 200 kg yến huyết của 491 đại lý có nitrit "
        "trung bình 4.400 mg/kg so với giới hạn 30 mg/kg; nhà phân phối có giấy phép vẫn chịu thiệt vì không kiểm trước "
        "khi mua bán.",
    ),
    (
        "nPo109",
        "vi",
        "chimyen_fake",
        "Nhận biết tổ yến giả, tổ yến độn và tẩy rửa",
        "Người trong nghề chỉ ra các kỹ thuật làm giả thường gặp: mua tổ dạt, tổ bẩn, nhiễm nấm, chân yến, yến vụn rồi "
        "ngâm, chà dầu ăn cho tạp chất nổi lên, tẩy rửa, độn mủ trôm, bún tàu, dùng phân chim đổi màu để tăng cân; kèm "
        "cách nhận biết yến thật.",
    ),
    (
        "nPo110",
        "en",
        "nuhoang_fake",
        "Ten ways to tell real bird's nest from fake",
        "Retailer's checklist: raw nests are faked with agar or sterculia gum, which shows on soaking or stewing; subtler "
        "fakes add fish skin, fungus or algae to gain weight; checks on strand pattern, colour, smell, elasticity, "
        "burning and soaking behaviour.",
    ),
    (
        "nPo111",
        "vi",
        "vtc_fake",
        "Cách đơn giản phát hiện yến sào giả tại nhà",
        "Theo chuyên gia y học ứng dụng, yến thật chứa 45–55% protein; yến giả làm từ lòng trắng trứng, bột rau câu, bún "
        "tàu, tinh bột. Dấu hiệu: màu trắng sáng bất thường, sợi dày đều; vị ngọt lạ do đường hay chất kết dính; yến thật "
        "khô giòn dễ gãy, yến giả mềm dẻo.",
    ),
    (
        "nPo112",
        "en",
        "thuonghieu_fake",
        "Spotting fake nests sold online – producer's guidance",
        "An award-winning swiftlet farmer and producer shares signs of real and fake nests sold cheaply on e-commerce, "
        "social media and livestreams, and recommendations to protect genuine producers.",
    ),
    (
        "nPo113",
        "vi",
        "huykhang_fake",
        "Cảnh báo yến thô giả và cách chọn nguồn mua",
        "Cơ sở yến sào giải thích yến thô vẫn bị làm giả chứ không chỉ yến tinh chế: đặc điểm tổ thô thật (còn lông, bụi, "
        "đôi khi phân), cách ngâm rửa trước khi dùng và khuyến nghị chọn nhà cung cấp có thẩm quyền.",
    ),
    (
        "nPo114",
        "en",
        "nana_marker",
        "Free N-acetylneuraminic acid as a marker to authenticate and grade nests",
        "Analytical method: free sialic acid (NANA) quantified by LC-MS/MS triple quadrupole separates genuine from fake "
        "nests (fakes show none) and tracks grade (red and yellow nests high, white and grass nests low); the level also "
        "matches anti-tyrosinase activity.",
    ),
    (
        "nPo115",
        "vi",
        "jfda_saccharide",
        "Xác định tính xác thực tổ yến bằng hồ sơ đường (HPAE-PAD)",
        "Phương pháp sắc ký ion hiệu năng cao với detector xung ampe: tổ yến thật có fucose 0,44%, galactosamine 4,19%, "
        "glucosamine 5,29%, galactose 5,03%, NeuAc 10,8%; dùng NeuAc ước tính lượng yến thật trong bột và sản phẩm yến chưng "
        "đường phèn, tỉ lệ NeuAc/GalN để đánh giá chất lượng.",
    ),
    (
        "nPo116",
        "en",
        "raman_ebn",
        "Raman microspectroscopy screening of bird's-nest adulterants",
        "Method for screening nests: the Raman spectrum of the mucin glycoprotein is compared with adulterants. Solid "
        "'type I' adulterants (fish bladder, pork skin, karaya gum, seaweed, agar, tremella) are seen under the microscope; "
        "water-soluble 'type II' ones such as sugars need the spectral check.",
    ),
    (
        "nPo117",
        "vi",
        "avian_ftir",
        "Kiểm tra tổ yến độn tẩm bằng FTIR và kính hiển vi",
        "Viện nghiên cứu giới thiệu các kỹ thuật phát hiện tổ yến độn: kính hiển vi cho chất độn rắn (rong câu, nấm tuyết, "
        "thạch, bong bóng cá, da heo), FTIR không phá mẫu cho chất tan như glucose, saccharose, collagen, bột ngọt; độn dưới "
        "10% khối lượng rất khó phát hiện bằng mắt.",
    ),
    (
        "nPo118",
        "en",
        "isotope_sialic",
        "Carbon isotope test for synthetic sialic acid in stewed nest products",
        "LC-IRMS method: natural sialic acid in freshly stewed nests has δ13C of about -29.9‰ versus -16.3‰ for synthetic; "
        "a threshold of -28.54‰ flags products topped up with 10% or more commercial sialic acid to fake a higher grade.",
    ),
    (
        "nPo119",
        "en",
        "nus_ftir",
        "Multimodal FT-IR authentication of edible bird's nest",
        "University spectroscopy group: transmission, macro-ATR and micro-ATR imaging show genuine nest is chemically far "
        "more variable than assumed, so single-spectrum 'gold standard' checks mislead; offers a revised reference approach "
        "for fraud detection and regulators.",
    ),
    (
        "nPo120",
        "en",
        "cawa_rfid",
        "RFID tagging of processed nests for export to China",
        "Industry association briefing: RFID is required on the processing side, not at the birdhouse, and only for "
        "nests exported to China; the microchip tag carries harvest details so a product can be traced from source to "
        "consumer; clean nests must meet a 30 ppm limit.",
    ),
    (
        "nPo121",
        "vi",
        "rfid_dropped",
        "Hệ thống truy xuất nguồn gốc tổ yến từ nhà yến đến xuất khẩu (RFID, mã vạch, QR)",
        "Giải pháp truy xuất theo thỏa thuận với cơ quan kiểm dịch nước nhập khẩu: không bắt buộc RFID nhưng phải truy "
        "xuất được từ nhà yến tới khâu xuất khẩu; chủ nhà yến chọn một trong ba công nghệ được công nhận là RFID, mã vạch "
        "hoặc mã QR.",
    ),
    (
        "nPo122",
        "en",
        "caiq_trace",
        "Third-party bird's-nest traceability platform and label",
        "Traceability management platform run by an inspection and quarantine academy since 25 December 2013: "
        "registered exporting plants put a traceability sticker on the smallest sales pack, giving 'one registered "
        "number, one factory' and 'one product, one code' so consumers can verify legal imports.",
    ),
    (
        "nPo123",
        "vi",
        "foodgacc_reg",
        "Dịch vụ hồ sơ đăng ký GACC cho cơ sở sản xuất tổ yến xuất khẩu Trung Quốc",
        "Tư vấn đăng ký nhà sản xuất ở nước ngoài với Tổng cục Hải quan Trung Quốc: điều kiện về hệ thống quản lý an toàn "
        "thực phẩm, giám sát của cơ quan có thẩm quyền; tuân thủ GB 2760-2014, GB 5749-2006, GB 14881-2013, GB 9685-2016; "
        "xác định mã HS, tài khoản, tự đánh giá và nộp hồ sơ.",
    ),
    (
        "nPo124",
        "vi",
        "hiephoi_maso",
        "Hướng dẫn cấp mã số định danh nhà yến",
        "Hiệp hội yến sào hướng dẫn quy trình cấp mã số định danh cơ sở nuôi chim yến từ A đến Z và các biện pháp quản lý "
        "mã số, phục vụ truy xuất nguồn gốc và xuất khẩu.",
    ),
    (
        "nPo125",
        "en",
        "nnmt_china",
        "Briefing on the Vietnam–China protocol for bird's-nest exports",
        "Briefing on the protocol on quarantine, inspection and veterinary hygiene signed with China's customs authority: "
        "China consumes over 300 tonnes a year (more than 80% of world demand); Vietnam shipped its first official lot in "
        "November 2023 after years of about USD 300 million a year through informal channels; requirements on quarantine, "
        "food safety and traceability.",
    ),
    (
        "nPo126",
        "en",
        "gvhp_code",
        "Code of Good Veterinary Hygienic Practice for raw-clean nest processing",
        "Veterinary-department code for processing raw-clean edible bird's nest: infrastructure and facilities as the GMP "
        "prerequisite, operational quality control, maintenance and cleaning, pest control, personal hygiene and "
        "training; recommended for all processors producing nests for human consumption.",
    ),
    (
        "nPo127",
        "vi",
        "china_heat",
        "Xử lý nhiệt tổ yến theo yêu cầu xuất khẩu sang Trung Quốc",
        "Trung Quốc dỡ lệnh cấm tạm thời với tổ yến sạch khi toàn bộ cơ sở chế biến áp dụng xử lý nhiệt và được đào tạo "
        "quy trình; 19 cơ sở được cấp chứng nhận, thị trường ước 134 triệu RM/năm. Tư vấn thiết lập và đào tạo quy trình "
        "xử lý nhiệt cho cơ sở chế biến.",
    ),
    (
        "nPo128",
        "en",
        "ebn_standards",
        "Seminar series on national standards for the edible-bird's-nest industry",
        "Standards body runs seminars for farmers, processors and traders on the published standards for the "
        "edible-bird's-nest industry, to help them meet tighter import controls (particularly China's) and avoid export "
        "barriers.",
    ),
    # --- (F) noise, droppings, neighbours ---
    (
        "nPo129",
        "vi",
        "plvn_loa",
        "Tư vấn tuân thủ quy định về loa dẫn dụ chim yến",
        "Tư vấn theo Điều 25 Nghị định 13/2020: vùng nuôi do HĐND tỉnh quyết định; loa đo tại miệng không quá 70 dBA; chỉ "
        "phát từ 5h đến 11h30 và 13h30 đến 19h; không được dùng loa khi nhà yến nằm trong khu dân cư hoặc cách khu dân cư "
        "dưới 300 m, hay hoạt động trước 5/3/2020 mà không đáp ứng quy định.",
    ),
    (
        "nPo130",
        "vi",
        "saoviet_law",
        "Dịch vụ luật sư: nhà yến trong khu dân cư và cách xử lý",
        "Công ty luật tư vấn nuôi chim yến trong khu dân cư có được phép không và cách xử lý khi bị ảnh hưởng tiếng ồn, mất "
        "vệ sinh: căn cứ vùng nuôi, yêu cầu nguồn nước, bảo vệ môi trường và trường hợp nhà yến hoạt động trước khi có quy "
        "định; hỗ trợ soạn đơn phản ánh.",
    ),
    (
        "nPo131",
        "en",
        "angiang_night",
        "Compliance advice on provincial swiftlet rules: night ban, EIA, 70 dBA",
        "Advisory based on a Mekong province's regulation: no new swiftlet houses in listed urban wards; houses of 500 m² "
        "floor area or more need an environmental impact report; calling sound up to 70 dBA only from 6:00 to 21:00 and "
        "banned from 21:00 to 6:00.",
    ),
    (
        "nPo132",
        "vi",
        "cantho_300m",
        "Tư vấn quy định vùng nuôi yến và khoảng cách 300 m",
        "Theo dự thảo quy định của một thành phố ĐBSCL: nhà yến phải phù hợp quy hoạch sử dụng đất, pháp luật xây dựng, "
        "môi trường; nhà yến hoạt động trước khi có nghị quyết nhưng ngoài vùng nuôi phải giữ nguyên hiện trạng; nhà yến "
        "trong khu dân cư hoặc cách dưới 300 m không được phát loa.",
    ),
    (
        "nPo133",
        "en",
        "dvs_guide",
        "Swiftlet-farm guidebook: buffer zones and calling hours",
        "Veterinary-department guidebook adopted by several states: swiftlet houses at least 50 m from urban settlements "
        "(states may reduce to 20 m), recorded calls only 7 am–noon and 5–7.30 pm, and compounds for operators who ignore "
        "complaints.",
    ),
    (
        "nPo134",
        "en",
        "kluang_council",
        "Town-council monitoring of swiftlet farms: noise and droppings",
        "Joint monitoring team of council, health and environment departments inspecting 34 swiftlet farms: audible noise "
        "limited to 40 dB, calls only 7–10 am and 5–8 pm, surroundings kept clear of droppings because the nests are "
        "food.",
    ),
    (
        "nPo135",
        "vi",
        "star_noisy",
        "Hướng dẫn vận hành nhà yến hạn chế ảnh hưởng hàng xóm",
        "Hướng dẫn của chính quyền địa phương cho chủ nhà yến: chỉ bật loa từ 7h đến 19h với âm lượng dưới 45 dB, không "
        "mở loa 24/24, thu gom và xử lý phân chim đúng cách thay vì đổ ra đường, không mở nhà yến mới trong khu dân cư, hợp "
        "tác với cư dân.",
    ),
    (
        "nPo136",
        "en",
        "malacca_ban",
        "State guidelines for swift rearing near homes and heritage zones",
        "Guidelines of a state government after complaints of noise and droppings: approval from the wildlife department "
        "and municipal council, buildings kept clean of droppings, nesting buildings at least 100 m from homes, schools or "
        "places of worship, and modification plans submitted for approval.",
    ),
    (
        "nPo137",
        "vi",
        "lidinco_noise",
        "Dịch vụ quan trắc tiếng ồn",
        "Đơn vị đo lường cung cấp dịch vụ quan trắc tiếng ồn chuyên nghiệp: thu thập, phân tích và đánh giá mức ồn tại khu "
        "vực, so sánh với quy chuẩn quốc gia, lập báo cáo phục vụ tuân thủ pháp lý và giải quyết khiếu nại của cộng đồng.",
    ),
    (
        "nPo138",
        "vi",
        "baclieu_zone",
        "Tư vấn quy định vùng được nuôi chim yến (khoảng cách tối thiểu 300 m)",
        "Theo quy định của một tỉnh ven biển ĐBSCL: không được nuôi chim yến cách khu đô thị, khu dân cư, tái định cư, bệnh "
        "viện, trường học, trụ sở cơ quan, công trình công cộng, cơ sở sản xuất dưới 300 m; vùng nuôi phải phù hợp tập "
        "tính chim và quy hoạch.",
    ),
    (
        "nPo139",
        "en",
        "penang_guide",
        "Swiftlet association mediation with councils and residents",
        "Industry association working with local councils so that house owners comply with noise rules or face closure, "
        "supporting relocation of swiftlet farming out of town centres and helping resolve residents' complaints about "
        "continuous artificial calls.",
    ),
    # distractors from neighbouring fields (E, F)
    (
        "nPo140",
        "en",
        "meat_nitrite_ic",
        "Validated ion-chromatography method for nitrite in sausages",
        "University laboratory method for sodium nitrite in butcher-shop sausages: linear (R² ≥ 0.995), CV 1.68% "
        "repeatability, bias 4.31%, detection limit 0.0003 ppm; equivalent to the official method.",
    ),
    (
        "nPo141",
        "en",
        "meat_nitrite_strip",
        "Nitrite test strips for cured meat",
        "Rapid test: mince 5 g of meat with sodium acetate solution, filter, dip the strip and compare the red-violet "
        "colour after 30 s; meat products are limited to 150 mg/kg nitrite, sterilised ones to 100 mg/kg.",
    ),
    (
        "nPo142",
        "en",
        "pigeon_spikes",
        "Pigeon spikes and bird control for city buildings",
        "Bird-control supplier: stainless or plastic spikes on ledges, signs and roofs keep pigeons from roosting; each "
        "pigeon drops about 25 lb of acidic, disease-carrying droppings a year that damage roofs and machinery.",
    ),
    (
        "nPo143",
        "en",
        "audubon_pigeons",
        "Humane ways to keep pigeons off buildings",
        "Conservation society advice: netting, fishing line, barriers and ledges sloped over 45 degrees stop pigeons "
        "landing; plastic or metal spikes work; avoid sticky gels; distress-call devices for wires.",
    ),
    (
        "nPo144",
        "en",
        "guano_fert",
        "Bird guano fertiliser",
        "Supplier of seabird and bat guano fertiliser: bird guano carries 11–16% nitrogen, 8–12% phosphoric acid and 2–3% "
        "potash, mostly from islands off Peru, Baja California and Africa; valued by organic growers.",
    ),
    (
        "nPo145",
        "vi",
        "ctu_qr_seafood",
        "Hệ thống tra cứu nguồn gốc thủy sản bằng mã QR",
        "Nghiên cứu của trường đại học vùng ĐBSCL: nông dân đăng ký mã QR cho lô thủy sản, cập nhật nhật ký nuôi theo "
        "VietGAP, dán mã khi thu hoạch; người mua quét bằng điện thoại để xem thông tin nuôi và giới thiệu sản phẩm.",
    ),
    (
        "nPo146",
        "vi",
        "gpsco_qr",
        "Giải pháp tem truy xuất nguồn gốc bằng mã QR",
        "Cung cấp tem QR duy nhất cho từng sản phẩm: in hoặc dán lên bao bì, người tiêu dùng quét để xem nhà sản xuất, quy "
        "trình, nguyên liệu, hạn dùng; giúp doanh nghiệp quản lý chuỗi cung ứng.",
    ),
    (
        "nPo147",
        "en",
        "bleach_birds",
        "Does bleach keep birds away? Nuisance-bird guidance",
        "Article on the biology of nuisance birds, their droppings and nesting in roofs and vents, and whether household "
        "bleach works as a bird repellent.",
    ),
    (
        "nPo148",
        "vi",
        "ear_noise",
        "Tác hại của tiếng ồn và sản phẩm bảo vệ thính lực",
        "Cửa hàng thiết bị bảo vệ tai giới thiệu tác hại của tiếng ồn (mất thính lực trên 85 dB, mất ngủ, căng thẳng) và "
        "các sản phẩm nút tai, chụp tai giảm ồn cho sinh hoạt và làm việc.",
    ),
    (
        "nPo149",
        "en",
        "vets_penang",
        "Site test for the right swiftlet species before building",
        "Swiftlet-farming consultancy (with a veterinarian) runs a site test using recorded calls and other methods to "
        "confirm that the valuable white-nest species Aerodramus fuciphagus, one of only 2 of about 15 species worth "
        "investing in, is present before a client builds.",
    ),
    (
        "nPo150",
        "en",
        "industry_support",
        "Know-how on swiftlet-house conditions from the bird's-nest merchants' federation",
        "Merchants' federation sharing know-how brought from Indonesian practice: set up the house at about 28°C and 85% "
        "humidity, install tweeters to attract birds, harvest once the young can fly; the birds perch on wooden planks "
        "rather than in the nests.",
    ),
]
