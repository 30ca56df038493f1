"""Needs of the holdout60 labelled set (see make_holdout60.py).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant. Needs written from pages about other places are set in Trà Vinh / Vĩnh Long (listed in make_holdout60.py).
"""

NEEDS = [
    # --- drinking water, reverse osmosis ---
    (
        "kJn01",
        "vi",
        "n_dantri",
        "Cần máy lọc nước mặn thành nước uống cho ấp ven biển ở Duyên Hải",
        "Mùa khô lu nước mưa cạn, bà con ấp phải mua nước xe bồn hoặc trữ túi nhựa 7–30 m3 nhưng chất lượng không bảo "
        "đảm. Ấp cần một máy lọc RO khoảng 1 m3/giờ xử lý nước kênh, nước giếng có độ mặn vài nghìn ppm thành nước uống, "
        "đặt tại nhà văn hóa ấp.",
        {
            "kJo001": 2,
            "kJo002": 2,
            "kJo003": 2,
            "kJo004": 2,
            "kJo010": 2,
            "kJo009": 1,
            "kJo008": 1,
            "kJo005": 1,
            "kJo013": 1,
        },
    ),
    (
        "kJn02",
        "en",
        "n_5now",
        "Cheap drinking water for households now buying water at VND 50,000 per m3",
        "In the dry season families in our ward of Duyên Hải town buy fresh water from private vendors at up to "
        "VND 50,000/m3, almost ten times the utility price, and keep it in 1,000–2,000 litre steel tanks. The ward "
        "wants a small community RO station or kiosk that can sell safe drinking water at a low price.",
        {"kJo006": 2, "kJo002": 2, "kJo001": 2, "kJo004": 1, "kJo009": 1, "kJo003": 1},
    ),
    (
        "kJn03",
        "vi",
        "n_5now",
        "Can may loc nuoc lo cho gia dinh o Cau Ngang",
        "Nha toi 5 nguoi o Cau Ngang, nuoc gieng bi lo, mua kho thi phai mua nuoc ngot gia cao. Can may loc tach muoi "
        "cho gia dinh, moi ngay vai tram lit nuoc uong va nau an, gia vua tui tien.",
        {"kJo013": 2, "kJo008": 2, "kJo007": 1, "kJo011": 1, "kJo010": 1},
    ),
    (
        "kJn04",
        "en",
        "ro_kimhong",
        "Solar-powered fresh water for fishing households at a coastal hamlet in Trà Cú",
        "Fishing families at the river mouth near Định An have no fresh water source: boats must carry fresh water from "
        "the mainland and homes depend on rain. We look for a small solar-driven desalination unit (a few hundred "
        "litres to 1 m3 a day) that works without the grid and that residents can maintain.",
        {"kJo008": 2, "kJo004": 2, "kJo009": 2, "kJo010": 2, "kJo007": 1, "kJo015": 1, "kJo014": 1, "kJo013": 1},
    ),
    (
        "kJn05",
        "vi",
        "ro_hagiang",
        "Trường tiểu học ở Duyên Hải cần hệ thống lọc nước uống trực tiếp",
        "Điểm trường xã Long Khánh có khoảng 400 học sinh, nước giếng và nước máy mùa khô bị mặn, học sinh phải mang nước "
        "từ nhà. Trường cần hệ thống lọc nước uống trực tiếp khoảng 120 lít/giờ, lọc được nước nhiễm mặn, dễ vận hành và "
        "bảo trì.",
        {"kJo003": 2, "kJo001": 2, "kJo011": 1, "kJo013": 1, "kJo002": 1},
    ),
    (
        "kJn06",
        "en",
        "wilbers",
        "Desalination retrofit for a commune water station whose intake turns salty",
        "Our commune water station in Cầu Ngang takes canal water; in the dry season chloride rises to around "
        "1,500 mg/L, above the drinking standard, and many connected households stop using the tap. We need to add a "
        "desalination stage to the existing plant rather than build a new one.",
        {"kJo005": 2, "kJo002": 2, "kJo001": 2, "kJo012": 1, "kJo039": 1},
    ),
    (
        "kJn07",
        "vi",
        "n_dantri",
        "Can tui hoac bon tru nuoc ngot 10-20 khoi cho nha o Dong Hai",
        "Nha o xa Dong Hai (Duyen Hai), mua kho song rach man het, phai tru nuoc ngot dung dan. Can tui tru nuoc hoac bon "
        "lon khoang 10-20 khoi, ben, gia re, dat ngoai san duoc.",
        {"kJo022": 2, "kJo023": 2, "kJo029": 1, "kJo024": 1, "kJo016": 1},
    ),
    (
        "kJn08",
        "en",
        "n_anhiep",
        "Safe drinking water for a hamlet without piped water in Vĩnh Long",
        "Over 30% of rural households in the province still have no tap water; in our hamlet the canal water is "
        "polluted. Until the network arrives we want a community-level drinking-water solution for about 200 "
        "households that the hamlet can run itself.",
        {"kJo020": 2, "kJo006": 2, "kJo027": 1, "kJo002": 1, "kJo039": 1},
    ),
    # --- rainwater ---
    (
        "kJn09",
        "vi",
        "n_tvu_model",
        "Cần bồn chứa và xử lý nước mưa thay lu nhựa cho hộ ở cù lao Hòa Minh",
        "Gia đình ở ấp Long Hưng 2, xã Hòa Minh (Châu Thành) cách trung tâm ấp hơn 5 km; giếng khoan nhiễm mặn 2–3‰, nước "
        "máy không tới. Mùa mưa trữ 5 lu nhựa 160 lít chỉ dùng được 40–50 ngày. Cần bồn chứa lớn kèm bộ thu và xử lý nước "
        "mưa hợp vệ sinh để uống và nấu ăn quanh năm.",
        {
            "kJo016": 2,
            "kJo017": 2,
            "kJo022": 2,
            "kJo023": 2,
            "kJo019": 2,
            "kJo024": 1,
            "kJo029": 1,
            "kJo027": 1,
            "kJo018": 1,
        },
    ),
    (
        "kJn10",
        "en",
        "n_tvu_model",
        "Rainwater tank sizing and first-flush design for households in Hàm Giang",
        "A Trà Cú commune wants to help 50 five-person households drink rainwater through the whole dry season. We need "
        "to know what tank volume each family needs and a simple way to discard the first, dirty rain from the roof.",
        {"kJo019": 2, "kJo016": 2, "kJo017": 2, "kJo018": 1, "kJo021": 1, "kJo028": 1},
    ),
    (
        "kJn11",
        "vi",
        "n_5now",
        "Tư vấn xây bể chứa nước mưa 10–20 m3 cho hộ dân Ngũ Lạc",
        "Hộ dân xã Ngũ Lạc (Duyên Hải) muốn xây bể bê tông chứa nước mưa thay cho bồn inox 1.000–2.000 lít vốn chỉ đủ "
        "dùng ít ngày. Cần tư vấn dung tích phù hợp gia đình và thi công bể đúng kỹ thuật, không thấm.",
        {"kJo024": 2, "kJo029": 2, "kJo016": 2, "kJo019": 2, "kJo025": 1, "kJo017": 1},
    ),
    (
        "kJn12",
        "en",
        "n_dantri",
        "Keeping stored rainwater safe in households of Long Hữu commune",
        "Most families here drink rainwater stored in jars and tanks, but tests found coliforms and turbid water late "
        "in the dry season. The commune health station wants a maintenance routine and testing for household "
        "rainwater systems.",
        {"kJo018": 2, "kJo019": 2, "kJo026": 1, "kJo027": 1, "kJo016": 1},
    ),
    (
        "kJn13",
        "vi",
        "n_nhandan_tag",
        "Xã cần mô hình trữ nước mưa quy mô cộng đồng cho điểm trường và khoảng 200 hộ",
        "Xâm nhập mặn khiến hàng nghìn hộ ở các xã ven biển Trà Vinh thiếu nước sinh hoạt. UBND xã Long Khánh muốn xây hệ "
        "thống thu và trữ nước mưa tập trung đủ cấp nước uống cho điểm trường và khoảng 200 hộ trong mùa khô, cần tính "
        "dung tích bể và hiệu quả kinh tế.",
        {"kJo020": 2, "kJo025": 1, "kJo026": 1, "kJo023": 1, "kJo022": 1},
    ),
    (
        "kJn14",
        "en",
        "n_dantri",
        "Compare costs of rainwater, tap water and groundwater for coastal households",
        "Duyên Hải town households pay high tap-water prices, groundwater is salty, and rainwater is collected without "
        "proper technique. The town wants a study of whether proper rainwater systems are cheaper than the other "
        "sources before subsidising them.",
        {"kJo021": 2, "kJo028": 1, "kJo026": 1, "kJo019": 1},
    ),
    (
        "kJn15",
        "vi",
        "n_5now",
        "Tim mua bon nhua 2000 lit hung nuoc mua o Tra Cu",
        "Nha o Tra Cu muon mua bon nhua lon de hung nuoc mua tru xai mua kho, do phai mua nuoc ngot. Can loai de di chuyen, "
        "giu nuoc sach duoc nhieu thang.",
        {"kJo023": 2, "kJo022": 2, "kJo017": 1, "kJo029": 1},
    ),
    # --- rural piped water: treatment, leaks, meters ---
    (
        "kJn16",
        "vi",
        "n_longson",
        "Trạm cấp nước xã Long Sơn cần xử lý nguồn nước nhiễm mặn mùa khô",
        "Trạm cấp nước xã Long Sơn (Cầu Ngang) vừa nâng cấp, mở rộng để cấp cho 1.720 hộ vùng thường xuyên bị hạn mặn. "
        "Mùa khô nguồn nước thô bị mặn, trạm cần bổ sung công đoạn khử mặn để nước máy vẫn dùng ăn uống được.",
        {"kJo005": 2, "kJo002": 2, "kJo001": 2, "kJo012": 1, "kJo039": 1},
    ),
    (
        "kJn17",
        "en",
        "n_baocantho",
        "Water-quality audit and better chlorination for 166 rural water stations",
        "The province has built 166 rural water stations serving about 44,700 households, but only 60% of users get "
        "water meeting the Health Ministry standard. The rural water centre wants an audit of station water quality and "
        "training so operators chlorinate correctly.",
        {"kJo012": 2, "kJo039": 2, "kJo040": 2, "kJo138": 1, "kJo041": 1},
    ),
    (
        "kJn18",
        "vi",
        "n_program",
        "Cần giải pháp chống thất thoát cho 189 km đường ống mới mở rộng",
        "Trung tâm Nước sạch nông thôn Trà Vinh vừa sửa chữa 40 trạm và mở rộng 189 km ống phân phối; lượng nước phát ra "
        "và nước thu tiền chênh lệch lớn. Cần thiết bị và dịch vụ dò rò rỉ, phân vùng đo đếm để giảm thất thoát.",
        {
            "kJo036": 2,
            "kJo037": 2,
            "kJo030": 2,
            "kJo031": 2,
            "kJo047": 1,
            "kJo032": 1,
            "kJo048": 1,
            "kJo038": 1,
            "kJo148": 1,
        },
    ),
    (
        "kJn19",
        "en",
        "n_sieuthi",
        "Acoustic leak detection on PVC and HDPE pipes for a water company in Càng Long",
        "Our rural water company loses around 38% of the water it produces; most mains are buried PVC and HDPE where "
        "leaks rarely show on the surface. We need equipment or a service to find hidden leaks on plastic pipes.",
        {"kJo049": 2, "kJo031": 2, "kJo047": 2, "kJo036": 2, "kJo030": 1, "kJo044": 1, "kJo032": 1},
    ),
    (
        "kJn20",
        "vi",
        "n_program",
        "Cần đồng hồ nước trả trước cho hộ mới đấu nối",
        "Năm qua có 14.778 hộ được hỗ trợ đấu nối nước máy; nhiều hộ nợ tiền nước, nhân viên đi thu khó khăn. Trạm muốn "
        "dùng đồng hồ trả trước (thẻ, nạp tiền) hoặc thanh toán qua điện thoại để giảm nợ đọng.",
        {"kJo033": 2, "kJo034": 1, "kJo043": 1, "kJo035": 1},
    ),
    (
        "kJn21",
        "en",
        "n_longduc",
        "Remote reading for mechanical water meters at a new connection area",
        "About 300 households in Long Đức (Trà Vinh city) have just been connected through 10 km of new pipe. Reading "
        "mechanical meters by hand each month is slow and causes disputes; we want to retrofit remote reading rather "
        "than buy expensive electronic meters.",
        {"kJo034": 2, "kJo035": 2, "kJo045": 2, "kJo046": 2, "kJo030": 1, "kJo043": 1},
    ),
    (
        "kJn22",
        "vi",
        "n_nghetinh",
        "Trạm cấp nước xuống cấp cần đào tạo vận hành, bảo dưỡng và khử trùng",
        "Nhiều trạm cấp nước nhỏ ở Cầu Kè đầu tư tiền tỷ nhưng chỉ chạy 1–2 năm rồi hư, người dân quay lại dùng nước "
        "không hợp vệ sinh. Cần chương trình đào tạo tổ vận hành về khử trùng, liều clo và quy trình bảo dưỡng.",
        {"kJo039": 2, "kJo040": 1, "kJo012": 1},
    ),
    (
        "kJn23",
        "en",
        "n_baoanhdatmui",
        "Pressure monitoring across many small water stations",
        "The province has more than two hundred small stations that perform poorly, with frequent pressure drops and "
        "unexplained losses. We want pressure and flow monitoring that tells us early where bursts and leaks occur.",
        {"kJo032": 2, "kJo044": 2, "kJo037": 2, "kJo030": 1},
    ),
    (
        "kJn24",
        "vi",
        "n_123_nuocngam",
        "Nước giếng khoan nhà ở Tiểu Cần bị phèn sắt, cần bể lọc",
        "Nước giếng khoan bơm lên trong nhưng để một lúc thì vàng, tanh, đóng cặn nâu đỏ ở lu và thiết bị. Cần hướng dẫn "
        "hoặc thi công bể lọc khử sắt, khử phèn cho hộ gia đình, chi phí thấp.",
        {"kJo041": 2, "kJo042": 2, "kJo050": 2, "kJo027": 1},
    ),
    (
        "kJn25",
        "en",
        "n_123_nuocngam",
        "Simple treatment for iron-rich shallow wells in Hiệp Mỹ Đông",
        "About 20 households near the coast in Cầu Ngang use shallow wells with high iron and slight salinity. We look "
        "for simple filters the families can build to remove iron and turbidity.",
        {"kJo041": 2, "kJo042": 2, "kJo050": 2, "kJo013": 1, "kJo008": 1},
    ),
    (
        "kJn26",
        "vi",
        "n_sieuthi",
        "Hoa don nuoc tang vot, nghi ro ri trong nha o Vinh Long",
        "Thang nay tien nuoc nha toi tang gap ba ma xai nhu cu, nghi ong nuoc sau dong ho bi ro. Can cach kiem tra va tim "
        "cho ro ri trong nha.",
        {"kJo133": 2, "kJo045": 1, "kJo034": 1},
    ),
    (
        "kJn27",
        "en",
        "n_longduc",
        "District metering design for a newly extended distribution network",
        "After laying nearly 10 km of new pipe to 300 households in Long Đức, the operator wants to divide the network "
        "into metered zones from the start so that future losses can be tracked zone by zone.",
        {"kJo037": 2, "kJo030": 2, "kJo044": 1, "kJo033": 1, "kJo151": 1},
    ),
    # --- salinity sensors and warnings ---
    (
        "kJn28",
        "vi",
        "n_kesach",
        "Nhà vườn bưởi da xanh ở Cầu Kè cần biết độ mặn sông qua điện thoại",
        "Vườn bưởi 1,5 ha lấy nước từ sông Hậu; đỉnh mặn có lúc lên tới 10‰, lỡ bơm nước mặn vào là thiệt hại lớn. Cần "
        "thiết bị đo mặn gửi số liệu về điện thoại để biết lúc nào được lấy nước và trữ thêm nước ngọt.",
        {
            "kJo051": 2,
            "kJo053": 2,
            "kJo054": 2,
            "kJo055": 2,
            "kJo056": 2,
            "kJo058": 2,
            "kJo052": 2,
            "kJo059": 1,
            "kJo060": 1,
        },
    ),
    (
        "kJn29",
        "en",
        "n_soctrang",
        "Two real-time salinity stations at river mouths for Trà Ôn district",
        "The district agriculture office wants salinity stations at two river mouths, like the university-built "
        "stations used elsewhere when salinity passed 7‰, so orchard owners can see readings on their phones.",
        {"kJo054": 2, "kJo051": 2, "kJo052": 2, "kJo055": 2, "kJo056": 2, "kJo060": 1, "kJo062": 1},
    ),
    (
        "kJn30",
        "vi",
        "n_vinhlong",
        "Xã Bình Hòa Phước cần thêm máy đo mặn tự động tại điểm lấy nước",
        "Xã ở Long Hồ đã có 2 máy đo mặn tự động truyền số liệu về điện thoại; nay cần lắp thêm ở các cống, điểm lấy nước "
        "khác để người dân và chính quyền kịp vận hành cống, tưới tiêu.",
        {"kJo051": 2, "kJo056": 2, "kJo052": 2, "kJo062": 1, "kJo061": 1, "kJo060": 1},
    ),
    (
        "kJn31",
        "en",
        "n_stdcs",
        "Salinity alert app for a rice cooperative in Cầu Ngang",
        "Members used to taste the canal water to decide whether to let it into the fields. The cooperative wants an "
        "app that shows salinity near its intakes and warns when to flush or close the fields.",
        {"kJo057": 2, "kJo055": 2, "kJo058": 2, "kJo059": 1, "kJo119": 1},
    ),
    (
        "kJn32",
        "vi",
        "n_kesach",
        "Can thiet bi do man gan o cong dau kenh, bao ve dien thoai khi man vuot nguong",
        "To thuy loi o Tieu Can can may do man gan tai cong dau kenh, khi do man vuot 1 phan ngan thi bao ve dien thoai de "
        "dong cong kip thoi.",
        {"kJo061": 2, "kJo052": 2, "kJo051": 2, "kJo060": 1, "kJo062": 1},
    ),
    (
        "kJn33",
        "en",
        "n_stdcs",
        "Salinity forecast several days ahead for orchards in Càng Long",
        "Real-time readings arrive too late to fill our ponds before a salinity peak. Fruit growers want a forecast of "
        "salinity by location and hour for the coming days.",
        {"kJo059": 2, "kJo058": 1, "kJo057": 1, "kJo055": 1},
    ),
    (
        "kJn34",
        "vi",
        "n_soctrang",
        "Cần cảm biến mặn bền, ít bám bẩn cho trạm đặt lâu ngoài sông",
        "Trạm đo mặn của huyện đặt ngoài sông, điện cực hay bị rong rêu bám và ăn mòn nên số liệu sai sau vài tuần. Cần cảm "
        "biến đo mặn bền, ít phải vệ sinh, hiệu chuẩn.",
        {"kJo062": 2, "kJo051": 1, "kJo060": 1, "kJo052": 1},
    ),
    (
        "kJn35",
        "en",
        "n_vinhlong",
        "Automatic pond filling when river salinity drops, Vũng Liêm",
        "Our fruit farm keeps a storage pond; we want a device that watches river salinity and starts the pump by "
        "itself when salinity falls below a safe threshold, and sends us an alarm when it rises.",
        {"kJo052": 2, "kJo053": 1, "kJo060": 1, "kJo080": 1},
    ),
    (
        "kJn36",
        "vi",
        "n_soctrang",
        "HTX cần hệ thống cảnh báo mặn giá rẻ tự lắp",
        "Hợp tác xã ở Trà Cú không đủ tiền mua trạm quan trắc hàng trăm triệu; muốn tự lắp nút cảm biến đo mặn và mực nước "
        "giá rẻ, truyền không dây về điện thoại.",
        {"kJo060": 2, "kJo051": 1, "kJo081": 1},
    ),
    (
        "kJn37",
        "en",
        "n_stdcs",
        "Salinity and sluice schedules pushed to farmers in Duyên Hải",
        "The district wants farmers to receive salinity, water level and sluice opening times on their phones, "
        "instead of relying on Zalo groups.",
        {"kJo058": 2, "kJo055": 2, "kJo057": 1, "kJo096": 1},
    ),
    # --- fresh-water ponds and storage ---
    (
        "kJn38",
        "vi",
        "n_pond_nhandan",
        "Đào ao trải bạt trữ nước ngọt tưới 1 ha sầu riêng ở Càng Long",
        "Nước mặn đã vào tới mương vườn hai năm liền. Gia đình muốn đào ao trữ nước ngọt (dự trù hơn 160 triệu đồng) và "
        "cần hướng dẫn kỹ thuật trải bạt, dung tích, cách lấy nước lúc độ mặn thấp.",
        {"kJo063": 2, "kJo064": 2, "kJo065": 1, "kJo066": 1, "kJo022": 1},
    ),
    (
        "kJn39",
        "en",
        "n_pond_vn24h",
        "Lined storage for a 3 ha pomelo and durian garden in Cầu Kè",
        "Salinity now lasts five months, but water stored in the garden ditches only lasts about three. We need to "
        "store much more fresh water inside the garden, with lined ditches or ponds.",
        {"kJo064": 2, "kJo063": 2, "kJo065": 1, "kJo069": 1, "kJo089": 1},
    ),
    (
        "kJn40",
        "vi",
        "n_pond_cand",
        "Tư vấn đào ao nhỏ trữ ngọt cho tổ hợp tác rau ở Cầu Ngang",
        "Tổ hợp tác trồng rau muốn đào các ao nhỏ, phân tán để trữ nước ngọt tưới trong mùa hạn mặn thay vì chờ công "
        "trình lớn.",
        {"kJo063": 2, "kJo066": 1, "kJo064": 1, "kJo065": 1},
    ),
    (
        "kJn41",
        "en",
        "n_pond_cand",
        "Store fresh water underground for the dry season in Duyên Hải",
        "Small reservoirs take land we do not have. The water plant asks whether fresh canal water could be stored in "
        "the aquifer in the wet season and pumped back when the canals turn saline.",
        {"kJo067": 2, "kJo068": 1, "kJo112": 1},
    ),
    (
        "kJn42",
        "vi",
        "n_pond_nhandan",
        "Giữ ẩm gốc và trữ nước mương vườn cho 200 gốc sầu riêng ở Long Hồ",
        "Vườn 200 gốc sầu riêng 13–15 năm tuổi; năm hạn mặn trước chết hơn 40 gốc. Cần cách trữ nước trong mương vườn và "
        "giữ ẩm gốc để cây cầm cự qua đợt mặn.",
        {"kJo065": 2, "kJo064": 2, "kJo063": 1},
    ),
    (
        "kJn43",
        "en",
        "n_pond_vn24h",
        "Combined rainwater and groundwater plan for a coastal farm household",
        "A family in Long Hữu uses a deep well for everything and pays a large electricity bill. They want a plan that "
        "mixes rainwater storage with limited groundwater use for the house and the garden.",
        {"kJo068": 2, "kJo019": 1, "kJo112": 1},
    ),
    # --- drip and sprinkler irrigation ---
    (
        "kJn44",
        "vi",
        "n_tv_watermelon",
        "Nông hộ Cầu Ngang muốn chuyển dưa hấu từ tưới thấm sang nhỏ giọt",
        "Khảo sát 160 hộ trồng dưa hấu ở Cầu Ngang và Duyên Hải cho thấy phần lớn vẫn tưới thấm tốn nước trên đất giồng "
        "cát. Nhóm hộ muốn lắp hệ thống tưới nhỏ giọt phù hợp đất cát.",
        {"kJo069": 2, "kJo070": 1, "kJo072": 1, "kJo073": 1, "kJo074": 1, "kJo080": 1, "kJo075": 1, "kJo084": 1},
    ),
    (
        "kJn45",
        "en",
        "n_tv_color",
        "Low-cost sprinkler or drip for farmers switching rice to vegetables in Tiểu Cần",
        "Farmers are replacing the third rice crop with vegetables, which earn two to three times more, but they water "
        "by hand on sandy ridges. They need a cheap sprinkler or drip system that saves water and labour.",
        {"kJo076": 2, "kJo077": 2, "kJo069": 2, "kJo075": 2, "kJo084": 1, "kJo079": 1},
    ),
    (
        "kJn46",
        "vi",
        "n_gw_thiennhien",
        "Ruộng đậu phộng 8.000 m2 ở Mỹ Long Bắc thiếu nước giếng, cần tưới phun tiết kiệm",
        "Giếng khoan yếu dần, không đủ nước tưới 8.000 m2 đậu phộng trên đất cát. Cần hệ thống tưới phun mưa tiết kiệm nước "
        "để giảm lượng bơm mà vẫn giữ năng suất.",
        {"kJo076": 2, "kJo077": 2, "kJo069": 2, "kJo082": 1},
    ),
    (
        "kJn47",
        "en",
        "n_gw_thiennhien",
        "Drip irrigation for a taro grower in Hàm Giang with a weakening well",
        "Nearly 1,000 m2 of taro; no rain for two months and the well gives less water each year even with a booster "
        "pump. I want drip irrigation to use much less groundwater.",
        {"kJo069": 2, "kJo072": 2, "kJo073": 1, "kJo090": 1},
    ),
    (
        "kJn48",
        "vi",
        "n_tv_watermelon",
        "Cần hệ thống tưới nhỏ giọt kèm châm phân cho ớt trên đất giồng cát Duyên Hải",
        "Năm công ớt trên đất giồng cát, tưới tay tốn công và phân bị rửa trôi. Cần hệ thống nhỏ giọt có bộ châm phân.",
        {"kJo070": 2, "kJo072": 2, "kJo078": 2, "kJo069": 2, "kJo074": 1},
    ),
    (
        "kJn49",
        "en",
        "n_tv_color",
        "Soil-moisture sensors and automatic pump control for a vegetable cooperative",
        "A vegetable cooperative in Châu Thành wants soil-moisture sensors across members' plots that switch the "
        "pumps automatically and show data on a phone.",
        {"kJo080": 2, "kJo081": 2, "kJo086": 2, "kJo085": 2, "kJo082": 2, "kJo079": 1, "kJo076": 1},
    ),
    (
        "kJn50",
        "vi",
        "n_pond_vn24h",
        "Tưới tiết kiệm cho vườn bưởi 3 ha ở Cầu Kè",
        "Vườn bưởi 3 ha đang tưới bằng mô-tơ kéo vòi, tiền điện hơn 7 triệu/tháng. Cần hệ thống tưới tiết kiệm qua ống, "
        "có thể bón phân qua nước.",
        {"kJo073": 2, "kJo072": 2, "kJo078": 2, "kJo069": 1},
    ),
    (
        "kJn51",
        "vi",
        "n_tv_color",
        "Điều khiển bơm tưới rau từ xa bằng điện thoại",
        "Hộ trồng rau màu ở Châu Thành hay đi làm xa, muốn bật tắt bơm tưới từ xa bằng điện thoại.",
        {"kJo079": 2, "kJo080": 2, "kJo086": 1, "kJo081": 1},
    ),
    (
        "kJn52",
        "en",
        "n_tv_watermelon",
        "Cut groundwater use on sandy-ridge onion fields by 40%",
        "Onion growers on the sand ridges of Cầu Ngang irrigate from wells that are dropping. They want an irrigation "
        "method that cuts water by around 40% without losing yield.",
        {"kJo075": 2, "kJo076": 2, "kJo084": 2, "kJo077": 1},
    ),
    (
        "kJn53",
        "en",
        "n_tv_watermelon",
        "Greenhouse melons on sand lose water to deep percolation",
        "A young farmer in Duyên Hải grows melons in a net house on sandy soil; water drains below the roots quickly. "
        "He needs a drip layout or soil fix that keeps water in the root zone.",
        {"kJo071": 2, "kJo069": 1, "kJo070": 1},
    ),
    # --- solar-powered pumps ---
    (
        "kJn54",
        "vi",
        "n_pond_vn24h",
        "Tiền điện bơm giếng quá cao, cần bơm năng lượng mặt trời cho vườn",
        "Vườn ở Càng Long khoan giếng sâu 400 m (125 triệu đồng), mỗi giờ 10 m3, bơm lên mương lót bạt rồi tưới; tiền điện "
        "tháng gần nhất hơn 7 triệu. Cần hệ thống bơm năng lượng mặt trời để giảm chi phí.",
        {"kJo089": 2, "kJo090": 2, "kJo087": 2, "kJo091": 1, "kJo093": 1},
    ),
    (
        "kJn55",
        "en",
        "n_tv_color",
        "Solar pump for a 2 ha vegetable field far from the grid on Long Hòa islet",
        "Our field on the islet has no power line and diesel is expensive. We want a solar pump that lifts river or pond "
        "water to sprinklers.",
        {"kJo089": 2, "kJo087": 2, "kJo088": 2, "kJo093": 1, "kJo095": 1, "kJo094": 1},
    ),
    (
        "kJn56",
        "en",
        "sol_tietkiem",
        "Financing for solar drip systems for dragon-fruit growers",
        "Solar drip systems raise yields 25–30% but cost over VND 200 million each, far beyond what our Trà Vinh "
        "growers can pay. We look for financing, leasing or cheaper local supply so members can adopt them.",
        {"kJo092": 2, "kJo094": 1, "kJo087": 1, "kJo089": 1, "kJo090": 1},
    ),
    (
        "kJn57",
        "vi",
        "n_tv_color",
        "HTX lúa cần trạm bơm năng lượng mặt trời công suất lớn tưới 100 ha",
        "Hợp tác xã ở Tiểu Cần muốn thay bơm dầu bằng trạm bơm năng lượng mặt trời trên 20 HP để bơm tưới khoảng 100 ha "
        "vụ Đông Xuân.",
        {"kJo091": 2, "kJo093": 1, "kJo089": 1},
    ),
    (
        "kJn58",
        "en",
        "n_gw_baotintuc",
        "Solar pumps without over-drawing groundwater",
        "Free solar power may make farmers pump wells all day while coastal aquifers are already dropping "
        "0.3–0.4 m a year. The province wants evidence and safeguards before supporting solar well pumps.",
        {"kJo095": 2, "kJo093": 1, "kJo115": 1},
    ),
    # --- sluice gates ---
    (
        "kJn59",
        "vi",
        "n_sl_tiengiang",
        "Thay đập tạm bằng cống vận hành tự động cho tiểu vùng Nam Măng Thít",
        "Mỗi mùa khô tỉnh tốn hàng chục tỷ đồng đắp rồi phá đập tạm ngăn mặn. Cần cống có cửa vận hành tự động, điều "
        "khiển từ xa theo độ mặn và mực nước để trữ ngọt quanh năm.",
        {"kJo096": 2, "kJo097": 2, "kJo099": 2, "kJo100": 2, "kJo098": 1, "kJo101": 1, "kJo061": 1},
    ),
    (
        "kJn60",
        "en",
        "n_sl_kiengiang",
        "Operating rules and remote control for a sluice cluster in Trà Vinh",
        "The irrigation company closes and opens its coastal sluices by hand, judging salinity and tide. It wants "
        "written salinity-threshold operating rules and a system that proposes and sends gate commands remotely.",
        {"kJo102": 2, "kJo096": 2, "kJo098": 1, "kJo061": 1, "kJo099": 1},
    ),
    (
        "kJn61",
        "vi",
        "n_sl_tiengiang",
        "Cống nhỏ ở Cầu Kè vận hành quay tay mất cả buổi, cần điện hóa",
        "Hai công nhân quay tay cả buổi mới nâng được một cánh cống; khi nước ngọt về phải mở nhanh. Cần lắp mô tơ hoặc "
        "máy nâng thủy lực cho cống.",
        {"kJo097": 2, "kJo099": 1, "kJo096": 1},
    ),
    (
        "kJn62",
        "en",
        "n_sl_kiengiang",
        "Structural design of a new salinity sluice on a wide channel",
        "A new salinity-control sluice is planned on a wide channel in Duyên Hải. The owner wants design options "
        "(caisson or pier type, gate drive, ship lock) from experienced designers.",
        {"kJo101": 2, "kJo100": 2, "kJo099": 1},
    ),
    (
        "kJn63",
        "vi",
        "n_vinhlong",
        "Đào tạo công nhân vận hành cống và điều tiết nước kênh nội đồng",
        "Sau khi có cống Vũng Liêm và các cống ngăn mặn, huyện cần đào tạo tổ thủy nông, công nhân về điều tiết mực nước "
        "kênh nội đồng, bảo dưỡng kênh.",
        {"kJo103": 2, "kJo098": 1},
    ),
    # --- groundwater and wells ---
    (
        "kJn64",
        "vi",
        "n_gw_tinmoitruong",
        "Trám lấp hàng nghìn giếng khoan hỏng ở Cầu Ngang",
        "Tỉnh có trên 100.000 giếng khoan, khai thác khoảng 200.000 m3/ngày; nhiều giếng dân tự khoan đã hư, bỏ hoang, gây "
        "nguy cơ nhiễm mặn thông tầng. Huyện cần đơn vị hướng dẫn và thi công trám lấp đúng kỹ thuật.",
        {"kJo104": 2, "kJo105": 2, "kJo107": 2, "kJo108": 2, "kJo106": 1, "kJo109": 1},
    ),
    (
        "kJn65",
        "en",
        "n_gw_tinmoitruong",
        "Model to set safe groundwater abstraction in Trà Vinh",
        "Monitoring shows the middle–upper Pleistocene aquifer (80–130 m) fell about 2.82 m between 2007 and 2013, "
        "some 0.47 m a year. The environment department needs modelling to set abstraction limits and recharge "
        "measures.",
        {"kJo112": 2, "kJo113": 2, "kJo114": 1, "kJo115": 1, "kJo116": 1},
    ),
    (
        "kJn66",
        "vi",
        "n_gw_thiennhien",
        "Gieng khoan nha toi khong xai nua, muon lap cho dung quy dinh",
        "Nha o Tra Cu co cay gieng khoan cu het nuoc, khong xai nua. Muon biet thu tuc va thue nguoi lap gieng dung quy "
        "dinh de khong lam nhiem nuoc ngam.",
        {"kJo105": 2, "kJo106": 2, "kJo104": 2, "kJo107": 1, "kJo108": 1},
    ),
    (
        "kJn67",
        "en",
        "n_gw_baotintuc",
        "Decommission old monitoring boreholes at an industrial site",
        "Several groundwater monitoring boreholes from an old survey at a Trà Vinh industrial site are no longer used "
        "and have to be properly closed.",
        {"kJo110": 2, "kJo111": 2, "kJo117": 2, "kJo118": 2, "kJo108": 1, "kJo105": 1},
    ),
    (
        "kJn68",
        "vi",
        "n_sutlun",
        "Cần mô hình đánh giá sụt lún do khai thác nước ngầm cho TP Trà Vinh",
        "Khai thác nước ngầm không kiểm soát gây cạn kiệt cục bộ, nhiễm mặn và sụt lún. Thành phố cần mô hình định lượng "
        "sụt lún do khai thác nước ngầm để lập kế hoạch giảm khai thác.",
        {"kJo113": 2, "kJo112": 2, "kJo115": 1, "kJo144": 1},
    ),
    (
        "kJn69",
        "en",
        "n_sutlun",
        "Survey of groundwater use and quality for water-supply planning",
        "The provincial water utility wants an up-to-date survey of how much groundwater households draw and its "
        "quality (including coliforms) before planning new supply.",
        {"kJo116": 2, "kJo114": 1, "kJo112": 1},
    ),
    (
        "kJn70",
        "vi",
        "n_gw_baotintuc",
        "Huyện Duyên Hải cần chính sách giảm khai thác và tăng bổ cập nước ngầm",
        "Mực nước ngầm vùng ven biển hạ 0,3–0,4 m/năm, nhiễm mặn. Huyện cần phương án giảm khai thác, tăng bổ cập cho các "
        "giồng cát và chính sách thực thi.",
        {"kJo115": 2, "kJo112": 2, "kJo067": 2},
    ),
    # --- alternate wetting and drying ---
    (
        "kJn71",
        "vi",
        "n_awd_2lua",
        "HTX lúa ở Trà Cú muốn áp dụng tưới ướt khô xen kẽ",
        "Vùng lúa bị thiếu nước ngọt mùa khô, mặn vào sâu. Hợp tác xã muốn áp dụng tưới ướt khô xen kẽ, cần tập huấn cho "
        "xã viên và ống theo dõi mực nước ngoài ruộng.",
        {"kJo121": 2, "kJo122": 2, "kJo124": 2, "kJo126": 1, "kJo123": 1, "kJo127": 1},
    ),
    (
        "kJn72",
        "en",
        "n_awd_phanthuoc",
        "Sensor-based AWD monitoring for 50 ha of rice in Châu Thành",
        "Checking water tubes field by field takes too much time. We want water-level sensors and phone alerts for "
        "AWD, with remote pump switching.",
        {"kJo119": 2, "kJo120": 2, "kJo121": 1, "kJo080": 1},
    ),
    (
        "kJn73",
        "vi",
        "n_awd_phanthuoc",
        "Đo hiệu quả tiết kiệm nước, giảm phát thải metan khi tưới ướt khô xen kẽ",
        "HTX ở Tiểu Cần muốn chứng minh lượng nước tiết kiệm và lượng metan giảm khi áp dụng ướt khô xen kẽ để tham gia "
        "chương trình lúa phát thải thấp.",
        {"kJo125": 2, "kJo124": 2, "kJo120": 2, "kJo123": 2, "kJo126": 1},
    ),
    (
        "kJn74",
        "en",
        "n_awd_2lua",
        "Scaling AWD beyond a few percent of the province's rice area",
        "Water-saving irrigation is spreading on vegetables but barely on rice. The agriculture department wants "
        "policy and operating measures to scale AWD across irrigation schemes.",
        {"kJo127": 2, "kJo128": 1, "kJo126": 1},
    ),
    (
        "kJn75",
        "en",
        "n_awd_phanthuoc",
        "Stage-by-stage water schedule for saving water on rice in Cầu Ngang",
        "Farmers want a simple schedule saying how much water to keep in the field at each growth stage and when to let "
        "it dry, to stretch scarce fresh water.",
        {"kJo122": 2, "kJo121": 2, "kJo126": 1, "kJo124": 1},
    ),
]
