"""Needs for the holdout202 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "pVn01",
        "vi",
        "ri6_ip",
        "Cần cây giống sầu riêng Ri6 ghép chuẩn đầu dòng cho 5 ha trồng mới",
        "HTX ở xã Bình Hòa Phước (Long Hồ) muốn trồng mới 5 ha Ri6, giống gắn với vườn ông Sáu Ri từng đoạt giải nhất hội thi trái ngon ĐBSCL năm 1999. "
        "Cần nguồn cây ghép đúng giống, cho trái 3-5 kg, cơm vàng dày, hạt lép, vỏ dày để chín tự nhiên; tránh mua phải cây trôi nổi không rõ cây mẹ.",
        {"pVo001": 2, "pVo002": 1, "pVo003": 1, "pVo004": 1, "pVo007": 1},
    ),
    (
        "pVn02",
        "en",
        "borneo",
        "Certified grafted seedlings of premium durian clones",
        "Our company in Cầu Kè (Trà Vinh) plans an export durian orchard and wants grafted seedlings of premium clones such as Monthong, and perhaps Musang King (D197), which sells at RM38-48/kg and up to RM60 for top grade in Malaysia. "
        "We look for a nursery with long experience (20 years or more) and verified mother trees, so we do not find out at first harvest that the clone is wrong.",
        {"pVo004": 2, "pVo002": 2, "pVo003": 2, "pVo001": 1, "pVo005": 1, "pVo007": 1},
    ),
    (
        "pVn03",
        "en",
        "suriahelanglui",
        "Convert old seed-grown durian trees to a better variety",
        "A family farm in Tiểu Cần has an old durian tree grown from seed that gave only about 10 fruits last year, and new seedlings from seed would need 7-8 years before fruiting. "
        "We want a way to change such trees to a marketable variety quickly, without replanting and waiting for years.",
        {"pVo006": 2, "pVo005": 1, "pVo003": 1},
    ),
    (
        "pVn04",
        "vi",
        "mon_kythuat",
        "Can tu van chon giong sau rieng Ri6 hay Monthong cho dat Tra Vinh",
        "Nha vuon o Cang Long dinh trong 2 ha sau rieng. Nghe noi Monthong trai 3-5 kg, can trong thua khoang 8x8 m, hop dat bazan thoat nuoc tot, xu ly ra hoa kho hon Ri6. "
        "Can nguoi tu van nen chon Ri6, Monthong (Dona) hay giong khac cho dat phu sa thap o day va de ban xuat khau.",
        {"pVo007": 2, "pVo001": 2, "pVo002": 1},
    ),
    (
        "pVn05",
        "vi",
        "homegrown_in",
        "Học kỹ thuật gieo gốc ghép và ghép mắt sầu riêng để mở vườn ươm",
        "Tổ hợp tác ở Càng Long muốn mở vườn ươm sầu riêng ghép; cây ghép trong vườn chỉ cao khoảng 12 m so với 30-40 m của cây mọc tự nhiên nên dễ chăm sóc, thu hái. "
        "Cần được hướng dẫn trọn quy trình: xử lý và gieo hạt làm gốc ghép, thời điểm ghép mắt, quấn và tháo băng, chăm cây ghép.",
        {"pVo005": 2, "pVo008": 2, "pVo003": 1, "pVo004": 1},
    ),
    (
        "pVn06",
        "vi",
        "trunghocthuysan",
        "Cần cây giống mít Thái siêu sớm ghép chuẩn cho 2 ha",
        "Nông dân ở Tiểu Cần chuyển 2 ha ruộng sang mít Thái siêu sớm. Tài liệu khuyên không trồng bằng hạt mà dùng cây ghép khi gốc 5-6 tháng, cao 30-40 cm, "
        "trồng trên mô cao 50-70 cm vào đầu mùa mưa tháng 5-7. Cần nơi cung cấp cây ghép khỏe, sạch bệnh và cách chọn cây đạt chuẩn.",
        {"pVo010": 2, "pVo011": 2, "pVo009": 1, "pVo014": 1, "pVo016": 1, "pVo013": 1},
    ),
    (
        "pVn07",
        "en",
        "tropicalfruitforum",
        "Training to graft our own jackfruit planting material",
        "A jackfruit cooperative in Cầu Kè wants members to graft their own plants instead of buying them. We found a 219-page research report covering jackfruit genetics, grafting options and marketing, "
        "but need practical hands-on training: grafting method, seedling age, choice of scion wood.",
        {"pVo012": 2, "pVo013": 2, "pVo009": 1, "pVo010": 1},
    ),
    (
        "pVn08",
        "vi",
        "nuoitrong",
        "Chuyển sang giống mít phục vụ chế biến và có liên kết bao tiêu",
        "HTX ở Cầu Kè đang trồng mít Thái, trái 7-20 kg, bình quân khoảng 100 kg/cây/năm, nhưng giá bấp bênh. "
        "Muốn trồng thêm giống phù hợp làm nguyên liệu sấy (ít xơ, không hạt, tỷ lệ ăn được cao) và tìm doanh nghiệp chế biến liên kết bao tiêu.",
        {"pVo014": 2, "pVo009": 1, "pVo011": 1, "pVo125": 1},
    ),
    (
        "pVn09",
        "vi",
        "doc_thoigoc",
        "Thiết kế lại liếp, mương cho vườn sầu riêng đất thấp bị ngập",
        "Vườn 3 ha ở Càng Long nằm trên đất thấp, ẩm độ cao; mùa mưa nước đọng chân liếp, nhiều rễ non thối nâu đen, cây chậm lớn và vàng lá. "
        "Cần đơn vị tư vấn nâng liếp, đào mương thoát nước và bố trí lại vườn trước khi trồng dặm.",
        {"pVo015": 2, "pVo017": 2, "pVo016": 1, "pVo022": 1, "pVo036": 1, "pVo038": 1},
    ),
    (
        "pVn10",
        "en",
        "vnex_orchards",
        "Salinity monitoring routine for a durian cooperative",
        "Our durian cooperative in Trà Cú lost trees in 2020 when salt intruded 50-110 km up the rivers; the ministry warns that nearly a quarter of delta orchards (about 80,550 ha) are at risk. "
        "We need a practical monitoring routine: what salinity durian tolerates and when it is safe to pump canal water.",
        {"pVo019": 2, "pVo018": 2, "pVo020": 2, "pVo021": 1},
    ),
    (
        "pVn11",
        "vi",
        "asiaviews",
        "Giải pháp trữ ngọt, nạo vét mương cho 30 ha sầu riêng mùa mặn",
        "HTX ở Châu Thành (Trà Vinh) có 30 ha sầu riêng. Chuyên gia cảnh báo sầu riêng chịu mặn kém nhất trong các cây ăn trái, ngưỡng khoảng 0,64‰, trong khi nước cửa sông mùa khô lên tới 4‰. "
        "Cần giải pháp trữ nước ngọt, nạo vét mương vườn và đo mặn trước khi bơm để giữ vườn qua mùa khô tới.",
        {"pVo020": 2, "pVo019": 2, "pVo018": 1, "pVo021": 1, "pVo015": 1},
    ),
    (
        "pVn12",
        "en",
        "vnex_orchards",
        "Assessment of which communes can keep durian under salinity",
        "The district agriculture office for Vũng Liêm and Trà Ôn (Vĩnh Long) needs an assessment of which communes can keep durian and which should shift to more tolerant crops, "
        "since the delta holds 362,000 ha of orchards (34% of the country's) and a quarter of them face saltwater.",
        {"pVo021": 2, "pVo018": 2, "pVo020": 1},
    ),
    (
        "pVn13",
        "en",
        "trunghocthuysan",
        "Mounds and drainage ditches for jackfruit on converted paddy",
        "A farmer in Trà Ôn is converting rice land to Thai jackfruit. The guide says to build mounds 50-70 cm high and plant at the start of the rainy season (May-July); "
        "we need technical help to shape mounds and dig ditches so the roots do not rot when the field floods.",
        {"pVo016": 2, "pVo015": 2, "pVo022": 1, "pVo017": 1},
    ),
    (
        "pVn14",
        "vi",
        "n2_hoa2",
        "Xử lý sầu riêng Ri6 ra hoa nghịch vụ để bán dịp Tết",
        "Nhà vườn ở Cầu Kè (vùng ĐBSCL đất phù sa như Tiền Giang, Bến Tre, Vĩnh Long) muốn cho vườn Ri6 ra hoa nghịch vụ để có trái bán dịp Tết. "
        "Cần quy trình đầy đủ từ chuẩn bị cây, dằn lân, siết nước đến liều chất điều hòa sinh trưởng để cây ra hoa đồng loạt mà không suy kiệt.",
        {"pVo026": 2, "pVo027": 2, "pVo028": 2, "pVo029": 2, "pVo032": 2, "pVo030": 1, "pVo031": 1, "pVo033": 1},
    ),
    (
        "pVn15",
        "en",
        "durianinfo_agronomy",
        "Safe paclobutrazol dose and timing for Monthong",
        "Our enterprise in Long Hồ knows mature durian needs a dry spell of 1-2 months to initiate flowers, which the wet delta does not give reliably. "
        "We want to use paclobutrazol on Monthong safely: the right ppm, timing relative to the leaf flush, and how to avoid exhausting the trees.",
        {"pVo031": 2, "pVo029": 2, "pVo032": 2, "pVo030": 1, "pVo026": 1},
    ),
    (
        "pVn16",
        "vi",
        "n2_hoa2",
        "Sau rieng 6 nam o Mang Thit ra hoa khong deu, can quy trinh lam bong dong loat",
        "Vuon sau rieng 6 nam tuoi o Mang Thit ra bong lai rai, nhieu dot, rung nu nhieu. Can ky su huong dan quy trinh lam bong de cay phan hoa mam hoa dong loat, "
        "giu duoc bong, phu hop dat lien co muong nuoc.",
        {"pVo028": 2, "pVo027": 2, "pVo032": 2, "pVo026": 1, "pVo063": 1, "pVo075": 1},
    ),
    (
        "pVn17",
        "en",
        "ecourses",
        "Flower induction without heavy use of growth regulators",
        "A durian grower in Tam Bình notes that a tree can carry 20,000-40,000 flowers in a dry period, yet flowering time is erratic from year to year. "
        "We prefer to steer flowering through fertiliser and orchard management rather than repeated chemical regulators.",
        {"pVo033": 2, "pVo028": 1, "pVo074": 1, "pVo075": 1},
    ),
    (
        "pVn18",
        "vi",
        "doc_thoigoc",
        "Cần phác đồ điều trị thối gốc chảy mủ trên vườn sầu riêng",
        "HTX ở Tiểu Cần có nhiều cây sầu riêng chảy nhựa nâu trên thân, cạo vỏ thấy gỗ nâu sẫm chạy dọc thân và cành, lá mất bóng, vàng rồi rụng từng cành; một số cây đã chết. "
        "Cần phác đồ điều trị cây bệnh và chương trình phòng cho cả vườn.",
        {
            "pVo036": 2,
            "pVo038": 2,
            "pVo039": 2,
            "pVo041": 2,
            "pVo037": 1,
            "pVo043": 1,
            "pVo042": 1,
            "pVo040": 1,
            "pVo017": 1,
            "pVo047": 1,
        },
    ),
    (
        "pVn19",
        "en",
        "gardener",
        "Preventive Phytophthora programme for a new durian orchard",
        "A company in Càng Long is establishing a new durian orchard. Guides advise keeping the trunk clear of water shoots up to about 1 m and the drip-line area free of mulch to avoid a microclimate favouring Phytophthora palmivora. "
        "We want a complete preventive programme from planting: beds and drainage, soil pH, tolerant rootstock and sanitation.",
        {"pVo017": 2, "pVo036": 2, "pVo042": 1, "pVo043": 1, "pVo040": 1, "pVo015": 1, "pVo038": 1},
    ),
    (
        "pVn20",
        "en",
        "kinhnghiem_xm",
        "Treatment service for cracked, gumming durian trunks",
        "An orchard owner in Trà Ôn sees cracked bark with gum oozing on several trees, the stem-cracking gummosis caused by soil-borne Phytophthora that attacks durian at every stage. "
        "Looking for a service to treat the trunk lesions, ideally by phosphonate trunk injection.",
        {"pVo039": 2, "pVo041": 2, "pVo040": 1, "pVo036": 1, "pVo038": 1, "pVo048": 1},
    ),
    (
        "pVn21",
        "vi",
        "nongnghieppho",
        "Chuyển sang dùng Trichoderma phòng thối rễ sầu riêng",
        "HTX sầu riêng hướng hữu cơ ở Vũng Liêm muốn giảm thuốc hóa học, dùng nấm đối kháng Trichoderma (tiết chitinase, glucanase phân hủy vách tế bào Phytophthora, Pythium, Fusarium) để phòng thối rễ. "
        "Cần nguồn chế phẩm tin cậy và cách dùng kết hợp phân hữu cơ.",
        {"pVo043": 2, "pVo036": 2, "pVo038": 1, "pVo040": 1},
    ),
    (
        "pVn22",
        "en",
        "n2_sau",
        "IPM for durian fruit borer in young fruit",
        "Our durian farm in Cầu Kè has heavy fruit borer (Conogethes punctiferalis) damage: white larvae 10-15 mm long tunnel into young fruit, which rot and drop, and the pest also attacks jackfruit and rambutan nearby. "
        "We need an IPM programme with monitoring, fruit thinning, bagging and safe insecticides.",
        {"pVo049": 2, "pVo050": 2, "pVo051": 2, "pVo053": 1, "pVo047": 1, "pVo052": 1},
    ),
    (
        "pVn23",
        "en",
        "sfarm",
        "Borer control that keeps export durian residue-safe",
        "An exporter sourcing from Long Hồ growers: fruit borers attack durian from fist size in the rainy season and spoil export grades. "
        "We want monitoring and biological control (bagging, Bt, natural enemies) so that fruit also meets residue limits.",
        {"pVo051": 2, "pVo053": 2, "pVo049": 1, "pVo050": 1, "pVo154": 1},
    ),
    (
        "pVn24",
        "vi",
        "phil_jack",
        "Chương trình phòng sâu đục trái mít",
        "Tổ hợp tác mít Thái ở Tiểu Cần bị sâu đục trái và ruồi đục trái gây hại nặng; khảo sát ở vùng trồng khác ghi nhận tới 10 loài côn trùng hại mít trong mùa trái. "
        "Cần chương trình theo dõi mật độ sâu theo tháng và biện pháp phòng trừ (bao trái, thuốc thảo mộc, sinh học) cho mít.",
        {"pVo054": 2, "pVo055": 2, "pVo050": 1, "pVo051": 1},
    ),
    (
        "pVn25",
        "vi",
        "dantri",
        "Tổ chức thụ phấn đêm cho trang trại sầu riêng 15 ha",
        "Trang trại 15 ha ở Tam Bình muốn thụ phấn bổ sung như các vườn Tây Nguyên: làm từ 20 giờ đến nửa đêm suốt khoảng 40 ngày mùa hoa, chổi lông thay sau 2-3 đêm. "
        "Cần người hướng dẫn kỹ thuật, dụng cụ và cách thao tác để không làm rụng hoa.",
        {"pVo060": 2, "pVo061": 2, "pVo064": 2, "pVo062": 1, "pVo063": 1, "pVo065": 1, "pVo066": 1},
    ),
    (
        "pVn26",
        "en",
        "itfnet_flower",
        "Improving very low durian fruit set",
        "Our Vĩnh Long orchard flowers heavily (40-50 flowers per cluster) but only about 1% become fruit. Flowers open at dusk and stigmas peak near midnight, when few pollinators visit. "
        "We want science-based guidance on hand-pollination timing and on planting pollinizer varieties.",
        {"pVo066": 2, "pVo065": 2, "pVo064": 2, "pVo062": 1, "pVo060": 1},
    ),
    (
        "pVn27",
        "vi",
        "dantri",
        "Can nguoi huong dan thu phan bang choi cho sau rieng Ri6 vuon 3 ha o Cau Ke",
        "Vuon Ri6 3 ha o Cau Ke dau trai it, trai meo. Muon hoc cach thu phan bang choi long vao ban dem tu 20 gio den nua dem, bao lau thay choi, "
        "lay phan hoa nao quet len nhuy nao cho dung.",
        {"pVo060": 2, "pVo064": 2, "pVo061": 1, "pVo063": 1},
    ),
    (
        "pVn28",
        "en",
        "bancong",
        "Drip irrigation with fertiliser injection for 8 ha of durian",
        "A cooperative in Càng Long wants drip irrigation with fertiliser injection for 8 ha of durian, to save scarce fresh water in the salty dry season, reduce fertiliser losses and weeds. "
        "We accept a higher upfront cost but need design, installation and maintenance.",
        {"pVo068": 2, "pVo070": 2, "pVo073": 1, "pVo072": 1, "pVo069": 1},
    ),
    (
        "pVn29",
        "vi",
        "durianrasa_soil",
        "Lập lịch tưới theo nhu cầu nước của cây sầu riêng",
        "Doanh nghiệp ở Mang Thít có vườn sầu riêng; rễ cây ăn nông (dưới 30 cm) nên phải tưới bổ sung, nhưng tưới quá nhiều khoảng 4 tuần sau khi hoa nở làm cây ra đọt thay vì nuôi trái. "
        "Cần phương pháp tính lượng nước theo nhu cầu của cây và đo ẩm vùng rễ để tưới chính xác, tiết kiệm nước.",
        {"pVo072": 2, "pVo071": 2, "pVo069": 1, "pVo073": 1},
    ),
    (
        "pVn30",
        "en",
        "homegrown101",
        "Stage-by-stage fertiliser plan for durian",
        "An agribusiness in Tiểu Cần grows durian at about 25 x 25 ft spacing and needs a stage-by-stage fertiliser (and fertigation) plan from post-harvest recovery through flowering to fruit fill, "
        "including what to apply against flower drop and fruit cracking.",
        {"pVo074": 2, "pVo075": 2, "pVo068": 1, "pVo062": 1, "pVo063": 1},
    ),
    (
        "pVn31",
        "vi",
        "agrosaferti",
        "Phương pháp xác định độ già sầu riêng trước khi cắt",
        "Doanh nghiệp thu mua ở Long Hồ thường bị trả hàng vì lẫn trái non. Cách thử bằng gai (bóp hai gai thấy mềm), mùi (ngửi cách 1-2 m), đui và cuống trái còn cảm tính; "
        "cần phương pháp xác định độ già khách quan hơn cho tổ cắt và kho.",
        {"pVo085": 2, "pVo086": 2, "pVo087": 2, "pVo079": 2, "pVo080": 2, "pVo081": 1, "pVo082": 1, "pVo088": 1},
    ),
    (
        "pVn32",
        "en",
        "biology_footiam",
        "Objective maturity test for export Monthong",
        "Like Thai exporters, our packing company in Vĩnh Long cuts durian before it falls and ripens it later, instead of growers waiting overnight for fruit to drop. "
        "We need an objective test, such as pulp dry matter, to standardise the maturity of Monthong delivered by growers.",
        {"pVo079": 2, "pVo085": 1, "pVo080": 1, "pVo082": 1},
    ),
    (
        "pVn33",
        "vi",
        "kttc_chincay",
        "Kéo dài thời gian bảo quản sầu riêng khi chở đi xa",
        "HTX ở Trà Cú chở sầu riêng lên TP.HCM và ra cửa khẩu; trái để chín cây dễ nứt, rụng, chất lượng không đều và khó bảo quản. "
        "Cần quy trình bảo quản lạnh, khí quyển điều chỉnh và làm chín chủ động để kéo dài thời gian bán.",
        {"pVo083": 2, "pVo084": 2, "pVo082": 1, "pVo081": 1},
    ),
    (
        "pVn34",
        "vi",
        "biology_footiam",
        "Tập huấn nhận biết sầu riêng đủ ngày thu hoạch",
        "Trạm khuyến nông ở Trà Cú muốn tập huấn cho nông dân, vốn quen thức đêm chờ trái rụng, cách nhận biết trái đủ già để cắt trên cây như các nhà xuất khẩu Thái Lan vẫn làm rồi cho chín sau.",
        {"pVo088": 2, "pVo087": 2, "pVo086": 2, "pVo085": 2, "pVo080": 2, "pVo089": 1, "pVo081": 1},
    ),
    (
        "pVn35",
        "vi",
        "khoahoctv",
        "Cần cây chuối già cấy mô sạch bệnh để thay vườn thoái hóa",
        "HTX chuối ở Tiểu Cần có vườn chuối già trồng bằng chồi nhiều năm bị thoái hóa, năng suất giảm; nơi khác đã khắc phục bằng cách nhân giống chuối già lùn bằng nuôi cấy mô. "
        "Cần mua khoảng 20.000 cây chuối già cấy mô sạch bệnh, đã qua giai đoạn huấn luyện.",
        {"pVo092": 2, "pVo099": 2, "pVo096": 2, "pVo094": 1, "pVo095": 1},
    ),
    (
        "pVn36",
        "en",
        "phanvang",
        "Micropropagation to conserve and multiply a local banana landrace",
        "A university lab in Trà Vinh has characterised a local banana landrace (about 4 m tall, some 8 leaves at bunching, described with IPGRI descriptors) and wants an in vitro protocol—media, "
        "BA and NAA levels, rooting and acclimatisation—to conserve and multiply it.",
        {"pVo093": 2, "pVo097": 2, "pVo100": 2, "pVo094": 1, "pVo095": 1, "pVo101": 1, "pVo098": 1},
    ),
    (
        "pVn37",
        "vi",
        "khoahoctv",
        "Can mua cay chuoi cay mo da qua vuon uom, co 4-5 la, trong lien ket o Cau Ke",
        "To hop tac o Cau Ke can cay chuoi cay mo da huan luyen xong ngoai vuon uom, cay co 4-5 la, re khoe de trong ngay ra ruong cho dong deu, "
        "thay cho giong chuoi tach choi bi thoai hoa.",
        {"pVo096": 2, "pVo092": 2, "pVo095": 1},
    ),
    (
        "pVn38",
        "en",
        "doc_panama",
        "Diagnosis of suspected Panama disease in a Cavendish plot",
        "Our Cavendish plot in Càng Long shows yellowing from the old leaves inward from the margins, leaves hanging on the pseudostem, outer sheaths splitting lengthwise, "
        "and brown-red strands in the corm with a foul smell; suckers turn yellow later. We need diagnosis and advice on containing it.",
        {"pVo105": 2, "pVo104": 2, "pVo106": 2, "pVo107": 2, "pVo108": 1, "pVo109": 1, "pVo161": 1, "pVo110": 1},
    ),
    (
        "pVn39",
        "en",
        "wiki_panama",
        "Replanting bananas on Fusarium-infested soil",
        "A banana company in Trà Vinh has fields where Fusarium wilt killed Cavendish. Since the fungus resists fungicides and persists in soil, "
        "we want replanting options: resistant cultivars and biological control agents.",
        {"pVo110": 2, "pVo111": 2, "pVo109": 1, "pVo104": 1, "pVo106": 1, "pVo161": 1},
    ),
    (
        "pVn40",
        "vi",
        "dominica",
        "Quy trình an toàn sinh học ngăn TR4 cho vùng chuối xuất khẩu",
        "Doanh nghiệp chuối xuất khẩu ở Cầu Ngang lo nấm Foc nòi 4 (TR4) hại hầu hết giống chuối, kể cả Cavendish là giống chiếm hơn 90% thương mại chuối thế giới. "
        "Cần quy trình an toàn sinh học: nguồn giống sạch, vệ sinh dụng cụ và xe, kiểm soát nước tưới, khoanh vùng khi phát hiện.",
        {"pVo104": 2, "pVo161": 2, "pVo106": 2, "pVo092": 1, "pVo107": 1, "pVo105": 1},
    ),
    (
        "pVn41",
        "vi",
        "malaysianinsight",
        "Đầu tư dây chuyền cấp đông sầu riêng bằng nitơ lỏng",
        "Doanh nghiệp ở Long Hồ muốn đầu tư dây chuyền cấp đông sầu riêng (múi và nguyên trái) bằng nitơ lỏng, hạ xuống -18 °C trong khoảng 1 giờ để giữ cấu trúc và mùi vị. "
        "Cần thiết bị, quy trình, và tư vấn chủ động nguồn nitơ vì có lúc giá tăng 200% và chỉ giao được 5.000 trên 20.000 lít đặt.",
        {"pVo113": 2, "pVo120": 2, "pVo116": 2, "pVo117": 2, "pVo112": 1, "pVo114": 1, "pVo118": 1, "pVo119": 1},
    ),
    (
        "pVn42",
        "en",
        "lehleo",
        "SOP for exporting frozen durian to China",
        "An exporter in Tiểu Cần wants to ship frozen durian to China, which accepts whole durian from some origins only when frozen; fruit that cannot be frozen ends up as paste. "
        "We need a full SOP—sanitation against quarantine pests, freezing method, -18 °C cold chain, thawing—and help with protocol requirements.",
        {"pVo118": 2, "pVo117": 2, "pVo115": 2, "pVo112": 1, "pVo116": 1, "pVo119": 1},
    ),
    (
        "pVn43",
        "en",
        "mbiz",
        "Using husks and seeds from our durian pulp line",
        "Our frozen-pulp line in Trà Vinh uses only about 30% of each durian; the rest is husk and seed. "
        "We want a technology to turn husks into something saleable (fuel, fertiliser or biochar) instead of dumping them.",
        {"pVo121": 2},
    ),
    (
        "pVn44",
        "en",
        "agroviet_jack",
        "Freezing technology for jackfruit pulp export",
        "A processor in Cầu Kè wants to export frozen jackfruit bulbs. Jackfruit now ranks third among Vietnam's fruit exports by value and processed jackfruit alone earned about US$8.5 million. "
        "We need freezing technology (IQF or blast), grading and a proven processing model.",
        {"pVo124": 2, "pVo123": 2, "pVo116": 1, "pVo120": 1, "pVo125": 1, "pVo113": 1},
    ),
    (
        "pVn45",
        "vi",
        "mitkhonghat",
        "Chế biến mít sấy, mít chiên chân không để nâng giá trị",
        "HTX mít ở Cầu Kè bị ép giá khi vào mùa; thấy mít có thể làm mít sấy, chiên chân không, kẹo, đóng hộp như các doanh nghiệp lớn đang làm. "
        "Muốn tự chế biến mít sấy giòn, chiên chân không: cần chuyển giao công nghệ, thiết bị cỡ vừa và mô hình tổ chức sản xuất.",
        {
            "pVo125": 2,
            "pVo129": 2,
            "pVo128": 2,
            "pVo141": 2,
            "pVo143": 2,
            "pVo137": 1,
            "pVo138": 1,
            "pVo131": 1,
            "pVo134": 1,
        },
    ),
    (
        "pVn46",
        "vi",
        "docslib_deepfat",
        "Thiết bị và thông số chiên chân không cho mít, chuối",
        "Cơ sở ở Tiểu Cần đang chiên ngập dầu ở áp suất thường, muốn chuyển sang chiên chân không cho mít và chuối để giảm dầu, giữ màu. "
        "Cần thiết bị và thông số: nhiệt độ dầu, độ chân không, thời gian chiên, tách dầu ly tâm.",
        {"pVo129": 2, "pVo130": 2, "pVo128": 2, "pVo131": 2},
    ),
    (
        "pVn47",
        "vi",
        "wwl_vf",
        "Giảm dầu, giữ màu cho mít chiên chân không",
        "Cơ sở khởi nghiệp ở Vĩnh Long đã làm mít chiên chân không nhưng sản phẩm còn nhiều dầu, sậm màu. Tài liệu cho biết chiên chân không dùng áp suất từ 1,33 đến 90 kPa tùy sản phẩm; "
        "cần xác định chế độ nhiệt độ, thời gian tối ưu, xử lý sơ bộ và khâu tách dầu.",
        {"pVo128": 2, "pVo129": 2, "pVo131": 1, "pVo130": 1},
    ),
    (
        "pVn48",
        "vi",
        "scribd_review_vf",
        "Can chuyen giao quy trinh chien chan khong chuoi, giu mau vang",
        "Co so o Tra Vinh muon lam chuoi chien chan khong o nhiet do thap cho gion, it dau, giu mau vang tu nhien thay vi chien thuong. "
        "Can chuyen giao quy trinh va thiet bi.",
        {"pVo130": 2, "pVo129": 2, "pVo128": 1, "pVo131": 1, "pVo139": 1, "pVo146": 1},
    ),
    (
        "pVn49",
        "en",
        "nrl_fd",
        "Freeze-dried banana and jackfruit snacks for export",
        "A company in Trà Vinh wants to produce freeze-dried banana and jackfruit snacks for export: ripe fruit peeled and sliced evenly, frozen and dried under vacuum, packed in moisture-proof containers. "
        "We need a freeze dryer and process know-how.",
        {"pVo134": 2, "pVo135": 2, "pVo133": 2, "pVo140": 2, "pVo141": 2, "pVo143": 2, "pVo142": 1, "pVo136": 1},
    ),
    (
        "pVn50",
        "vi",
        "catsndogs",
        "Máy sấy thăng hoa cỡ nhỏ để thử nghiệm chuối sấy",
        "Cơ sở ở Vũng Liêm muốn thử sản xuất chuối sấy thăng hoa; sản phẩm đóng lon kín có thể giữ 5-10 năm, mở ra dùng được 12-18 tháng. "
        "Cần máy sấy thăng hoa cỡ nhỏ để thử nghiệm và hướng dẫn bao bì chống ẩm, hút oxy.",
        {"pVo135": 2, "pVo134": 2, "pVo142": 2, "pVo140": 1, "pVo137": 1},
    ),
    (
        "pVn51",
        "en",
        "cluster_john3",
        "Choosing freeze drying or heat-pump drying for jackfruit",
        "A food company in Trà Vinh must choose between freeze drying (pre-freezing, then sublimation) and low-temperature heat-pump drying for jackfruit snacks. "
        "We need a comparison of product quality, cost and equipment, and a supplier.",
        {"pVo133": 2, "pVo141": 2, "pVo136": 1, "pVo143": 1, "pVo134": 1},
    ),
    (
        "pVn52",
        "en",
        "visong",
        "Upgrading dryers for chewy dried banana",
        "A household producer in Tam Bình makes soft dried banana, but the fruit darkens and oozes syrup in the dryer. "
        "We need a drying regime and equipment that keep the natural colour of chewy banana, and advice on target moisture (crisp dried foods are held at about 5-12%).",
        {"pVo139": 2, "pVo138": 2, "pVo136": 2, "pVo137": 1},
    ),
    (
        "pVn53",
        "en",
        "studymode",
        "Starting a low-capital banana chips business",
        "A women's group in Cầu Ngang wants to start a banana chips business with little capital: green cooking bananas, a stove, knives, slicers, fryer and a small heat sealer. "
        "We need the process steps, equipment list and basic costing.",
        {"pVo146": 2, "pVo148": 2, "pVo147": 2, "pVo139": 1},
    ),
    (
        "pVn54",
        "vi",
        "docslib_deepfat",
        "Dây chuyền chuối lát chiên giòn tự động",
        "Doanh nghiệp ở Trà Vinh muốn nâng từ chiên thủ công lên dây chuyền chuối lát chiên liên tục: gọt vỏ, thái lát đều, chiên, tách dầu, tẩm vị, cân đóng gói. "
        "Cần nhà cung cấp thiết bị và tư vấn bố trí dây chuyền.",
        {"pVo147": 2, "pVo146": 1, "pVo148": 1, "pVo129": 1, "pVo130": 1},
    ),
    (
        "pVn55",
        "vi",
        "vnplus_237528",
        "Hồ sơ đăng ký mã số vùng trồng sầu riêng xuất khẩu Trung Quốc",
        "HTX sầu riêng ở Cầu Kè thấy lô hàng chính ngạch đầu tiên sang Trung Quốc (6 container, 100 tấn) chỉ lấy trái từ các vùng trồng đã được duyệt mã. "
        "Cần hướng dẫn lập hồ sơ, sổ ghi chép, áp dụng GAP để vùng trồng 20 ha của HTX được cấp mã số.",
        {
            "pVo149": 2,
            "pVo150": 2,
            "pVo154": 2,
            "pVo158": 2,
            "pVo151": 1,
            "pVo152": 1,
            "pVo153": 1,
            "pVo155": 1,
            "pVo157": 1,
        },
    ),
    (
        "pVn56",
        "en",
        "vnplus_237101",
        "Pack-house code and labelling for our durian packing facility",
        "Our packing facility in Long Hồ wants a pack-house code for China. In the first round few delta provinces got codes after GACC reviewed units by live video. "
        "We need help preparing for the online inspection and meeting carton and traceability labelling rules.",
        {"pVo156": 2, "pVo155": 2, "pVo149": 2, "pVo150": 2, "pVo157": 1, "pVo084": 1},
    ),
    (
        "pVn57",
        "vi",
        "vnplus_237528",
        "Vườn sầu riêng trồng xen có được cấp mã số vùng trồng không",
        "Nhiều thành viên HTX ở Trà Cú trồng sầu riêng xen chuối, dừa. Lô xuất chính ngạch đầu tiên chỉ lấy từ vùng trồng đủ điều kiện; "
        "cần biết vườn trồng xen có được cấp mã không và phải bố trí, cách ly vườn thế nào.",
        {"pVo152": 2, "pVo158": 2, "pVo154": 1, "pVo151": 1},
    ),
    (
        "pVn58",
        "en",
        "wiki_mon",
        "Which durian variety to plant for export",
        "An investor in Vũng Liêm plans a new orchard. Monthong and Ri6 each cover roughly half of Vietnam's 131,000 ha of durian, but Monthong is reported weak against root rot and stem canker. "
        "We need an expert comparison of Ri6, Monthong (Dona) and others for Mekong conditions and export.",
        {"pVo001": 2, "pVo007": 2, "pVo002": 1, "pVo004": 1, "pVo003": 1},
    ),
    (
        "pVn59",
        "en",
        "huddersfield",
        "Grafted super-early Thai jackfruit plants to a clear standard",
        "A farmer group in Cầu Kè wants grafted jackfruit rather than seedlings, since grafted trees fruit in 3-5 years instead of 8-10. "
        "Looking for a nursery supplying Thai super-early jackfruit grafted on healthy rootstock, with clear plant standards.",
        {"pVo010": 2, "pVo011": 2, "pVo009": 1, "pVo012": 1, "pVo013": 1},
    ),
    (
        "pVn60",
        "en",
        "chaumaiaf",
        "Phytophthora-tolerant rootstock and soil treatment for replanting",
        "A grower in Càng Long lost durian trees to gummosis caused by Phytophthora; affected trees died without dropping their leaves. "
        "Looking for a tolerant rootstock for replanting plus soil treatment to lower the inoculum.",
        {"pVo036": 2, "pVo017": 2, "pVo043": 1, "pVo038": 1, "pVo042": 1},
    ),
    (
        "pVn61",
        "en",
        "kienthuc",
        "Days from fruit set to harvest by durian variety",
        "A buyer in Trà Ôn organising picking crews needs the days from fruit set to harvest for Ri6 and Monthong, plus field signs (tapping sound, spine spacing and softness, stalk colour) "
        "to confirm maturity before cutting.",
        {"pVo085": 2, "pVo086": 2, "pVo080": 2, "pVo087": 1, "pVo081": 1, "pVo082": 1},
    ),
    (
        "pVn62",
        "en",
        "saynongsan",
        "Moving from sun drying to low-temperature drying of fruit",
        "A small dried-fruit business in Trà Vinh sun-dries banana and jackfruit, which is cheap but slow and loses colour. "
        "We want to move to a low-temperature dryer that keeps colour and aroma, and need advice on the technology and equipment.",
        {"pVo136": 2, "pVo133": 2, "pVo138": 1, "pVo139": 1, "pVo134": 1, "pVo137": 1},
    ),
    (
        "pVn63",
        "en",
        "dantri",
        "Reducing misshapen durian with night pollination",
        "A durian farm in Vĩnh Long sells many misshapen fruits. Farms elsewhere hand-pollinate from 8 pm to midnight with soft brushes for about 40 days and report rounder, more even fruit. "
        "We want the method and people to train our workers.",
        {"pVo061": 2, "pVo060": 2, "pVo064": 2, "pVo065": 1},
    ),
    (
        "pVn64",
        "en",
        "vnplus_237101",
        "GAP records and pest monitoring logs for code approval",
        "Our growing area in Tiểu Cần failed to be listed in the early rounds, when only 51 production units nationwide were recognised. "
        "We need help setting up GAP records, weed management and pest monitoring logs so that the next GACC review approves us.",
        {"pVo158": 2, "pVo154": 2, "pVo150": 1, "pVo149": 1},
    ),
    (
        "pVn65",
        "vi",
        "doc_thoigoc",
        "Thử nghiệm tiêm thân phosphonate cho sầu riêng",
        "Trạm khuyến nông ở Trà Ôn muốn thử nghiệm biện pháp tiêm thuốc vào thân để trị thối gốc chảy mủ, vì bệnh hại từ vườn ươm đến cây đang cho trái, trên rễ, thân, lá và trái. "
        "Cần nhóm nghiên cứu có quy trình liều lượng, thời điểm tiêm đã kiểm chứng.",
        {"pVo039": 2, "pVo040": 1, "pVo036": 1, "pVo038": 1},
    ),
    (
        "pVn66",
        "vi",
        "ecourses",
        "Số liệu khoa học về thụ phấn chéo và bố trí cây thụ phấn",
        "Nhà vườn ở Vĩnh Long biết sầu riêng thường tự bất thụ, cần thụ phấn chéo, và thụ phấn tự nhiên do dơi, bướm đêm diễn ra ban đêm. "
        "Cần số liệu khoa học về tỷ lệ đậu trái khi thụ phấn chéo và cách bố trí giống thụ phấn trong vườn.",
        {"pVo065": 2, "pVo066": 2, "pVo064": 1, "pVo062": 1},
    ),
    (
        "pVn67",
        "vi",
        "agroviet_jack",
        "Xuất khẩu múi mít đông lạnh",
        "Doanh nghiệp ở Trà Vinh thấy mít đã vươn lên thứ ba về kim ngạch xuất khẩu trái cây, riêng mít chế biến khoảng 8,5 triệu USD. "
        "Muốn làm múi mít đông lạnh xuất khẩu: cần công nghệ cấp đông, phân hạng và mô hình tổ chức thu mua.",
        {"pVo123": 2, "pVo124": 2, "pVo113": 1, "pVo116": 1},
    ),
    (
        "pVn68",
        "en",
        "apaari",
        "Jackfruit varieties and cultivation training for processing growers",
        "A provincial extension centre in Trà Vinh wants to train jackfruit growers who supply processors, drawing on regional work on germplasm, varietal improvement and packages of cultivation practices. "
        "We need training material and improved varieties.",
        {"pVo013": 2, "pVo014": 1, "pVo012": 1, "pVo009": 1, "pVo010": 1},
    ),
    (
        "pVn69",
        "vi",
        "wiki_mon",
        "Gốc ghép chống chịu thối rễ cho Monthong",
        "HTX ở Vĩnh Long muốn mở rộng Monthong, nhưng giống này kém chống chịu thối rễ, thối thân, xì mủ do Phytophthora palmivora. "
        "Cần nguồn gốc ghép chống chịu bệnh và cách nhân cây ghép cho vườn mới.",
        {"pVo036": 2, "pVo002": 1, "pVo003": 1, "pVo017": 1},
    ),
    (
        "pVn70",
        "en",
        "durianrasa_soil",
        "Choosing an irrigation method for a young durian orchard",
        "Our two-year-old durian orchard in Trà Ôn needs supplementary water in every growth stage: roots are shallow (under 30 cm) and young trees die easily in drought. "
        "We need advice on the irrigation method (basin, drip, sprinklers) and installation.",
        {"pVo069": 2, "pVo070": 2, "pVo068": 1, "pVo073": 1, "pVo071": 1},
    ),
    (
        "pVn71",
        "vi",
        "n2_sau",
        "Sau rieng bi ray nhay chich hut la non, rung la hang loat",
        "Vuon sau rieng o Tieu Can moi ra dot non thi bi ray nhay chich hut, la vang cham roi rung hang loat, co nam bo hong. "
        "Can thuoc dac tri va cach dat bay mau vang.",
        {"pVo052": 2, "pVo047": 1},
    ),
    (
        "pVn72",
        "en",
        "wiki_panama",
        "Disease-free Cavendish plantlets for a new plantation",
        "A company planning 30 ha of Cavendish on former rice land in Trà Vinh knows Panama disease spreads in symptomless suckers and rhizomes. "
        "We want disease-free tissue-culture plantlets, hardened and ready to plant.",
        {"pVo099": 2, "pVo096": 2, "pVo092": 2, "pVo104": 1, "pVo097": 1, "pVo161": 1},
    ),
    (
        "pVn73",
        "vi",
        "khoahoctv",
        "Tối ưu ánh sáng và bình nuôi cấy cho chuối in vitro",
        "Phòng thí nghiệm của trường ở Trà Vinh nhân giống chuối già bằng nuôi cấy mô nhưng chồi sinh trưởng kém. "
        "Cần kết quả nghiên cứu về cường độ chiếu sáng và loại bình nuôi cấy phù hợp để tăng số chồi, khối lượng chồi.",
        {"pVo098": 2, "pVo097": 1, "pVo093": 1, "pVo094": 1},
    ),
    (
        "pVn74",
        "en",
        "vnex_orchards",
        "Freshwater storage and rationing for a durian orchard",
        "A durian orchard in Trà Cú lost trees in the 2019-2020 season, when salinity damaged about 25,120 ha of delta orchards. "
        "We need help to store fresh water ahead of the salt season and ration it during the peak.",
        {"pVo020": 2, "pVo019": 2, "pVo068": 1, "pVo070": 1, "pVo015": 1, "pVo018": 1, "pVo021": 1},
    ),
    (
        "pVn75",
        "vi",
        "canhdieu_mua",
        "Phân loại, đóng thùng và giữ lạnh sầu riêng thu gom nhiều vùng",
        "Cơ sở thu gom ở Long Hồ mua sầu riêng theo lịch mùa của nhiều vùng (miền Tây tháng 3-5, Đắk Lắk tháng 8-9, Gia Lai tháng 9-10). "
        "Cần cách phân loại, đóng thùng và giữ lạnh đúng nhiệt độ để trái không bị tổn thương lạnh, không chín ép.",
        {"pVo084": 2, "pVo083": 2, "pVo082": 1, "pVo089": 1},
    ),
]
