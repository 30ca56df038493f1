"""Needs of the holdout172 labelled set, with their judged offers (2 = would solve, 1 = partly relevant)."""

NEEDS = [
    # --- spraying rice ---
    (
        "oRn01",
        "vi",
        "nld_drone",
        "Cần đội drone nhận xịt thuốc và rải phân cho ruộng lúa ở Vũng Liêm",
        "Nhà tôi làm lúa ở Vũng Liêm (Vĩnh Long). Cày bừa, gặt đập, sấy lúa đã thuê máy từ lâu; nay muốn giao luôn khâu xịt thuốc và rải phân "
        "cho đội drone theo lịch từng vụ, gọi là đến, giá cạnh tranh. Cần đơn vị làm được cả hai việc trên cùng một thửa.",
        {
            "oRo036": 2,
            "oRo012": 2,
            "oRo008": 2,
            "oRo014": 2,
            "oRo013": 2,
            "oRo141": 1,
            "oRo005": 1,
            "oRo003": 1,
            "oRo001": 1,
            "oRo140": 1,
            "oRo139": 1,
            "oRo007": 1,
            "oRo015": 1,
        },
    ),
    (
        "oRn02",
        "en",
        "sggpnews",
        "Drone team able to spray a whole rice block in Cầu Kè within a day or two",
        "Our cooperative's rice block in Cầu Kè (Trà Vinh) has to be sprayed in a short window when planthoppers peak, and hired "
        "knapsack crews cannot keep up. Drones are said to raise labour productivity 15–30 times and cut cost and exposure per hectare. "
        "We need a drone team with enough machines and capacity to cover the whole block at once.",
        {
            "oRo004": 2,
            "oRo005": 2,
            "oRo001": 2,
            "oRo003": 1,
            "oRo002": 1,
            "oRo015": 1,
            "oRo036": 1,
            "oRo012": 1,
            "oRo007": 1,
        },
    ),
    (
        "oRn03",
        "vi",
        "daidoanket",
        "HTX muốn lập tổ dịch vụ drone phun thuốc cho xã viên và làm thuê",
        "HTX nông nghiệp ở Trà Ôn (Vĩnh Long) muốn đầu tư máy bay phun thuốc (khoảng trên 200 triệu đồng mỗi máy) để phục vụ xã viên và nhận "
        "phun thuê cho bà con xung quanh. Nhiều xã viên còn nghi ngại drone phun không đều. Cần tư vấn cách tổ chức tổ dịch vụ, chọn máy, "
        "tính giá và mô hình đã chạy được.",
        {"oRo074": 2, "oRo003": 2, "oRo010": 2, "oRo011": 1, "oRo075": 1, "oRo014": 1, "oRo013": 1},
    ),
    (
        "oRn04",
        "en",
        "es_nhandan",
        "Spraying drones with obstacle radar, plus operator training, for a young farmers' group",
        "A young farmers' group in Châu Thành (Trà Vinh) wants to buy agricultural drones that use radar to avoid obstacles and map the "
        "field surface, able to spray 30–40 ha a day and also sow 3–4 ha an hour. The supplier must train our members to operate them, "
        "as a company did for farmers in several districts elsewhere.",
        {
            "oRo009": 2,
            "oRo085": 2,
            "oRo150": 2,
            "oRo011": 1,
            "oRo038": 1,
            "oRo141": 1,
            "oRo020": 1,
            "oRo060": 1,
            "oRo083": 1,
        },
    ),
    (
        "oRn05",
        "vi",
        "qdnd_iran",
        "Can mua drone phun thuoc nho, gia mem cho ruong nho o Tra Cu",
        "Ruong nha toi o Tra Cu (Tra Vinh) nho le, bo nho, duong vao hep, may keo xuong ruong lam dap lua. Can mua drone phun thuoc loai binh "
        "10-20 lit, gia re hon hang ngoai, chay duoc tren ruong nho va lua than yeu. Uu tien hang san xuat trong nuoc de de sua.",
        {"oRo038": 2, "oRo083": 2, "oRo082": 1, "oRo009": 1, "oRo011": 1, "oRo141": 1},
    ),
    # --- spraying fruit orchards ---
    (
        "oRn06",
        "vi",
        "globalcheck",
        "Thuê drone có radar địa hình phun thuốc vườn xoài, cam ở Tam Bình",
        "Vườn xoài xen cam của tôi ở Tam Bình (Vĩnh Long) cây cao, tán dày, mặt vườn không bằng. Cần thuê đơn vị có drone radar địa hình, "
        "bay bám tán để phun thuốc trị bọ trĩ, rầy cho xoài; không muốn thuê loại máy chỉ hợp ruộng lúa bằng phẳng.",
        {"oRo016": 2, "oRo150": 2, "oRo017": 1, "oRo018": 1, "oRo019": 1, "oRo020": 1, "oRo021": 1},
    ),
    (
        "oRn07",
        "en",
        "xag_saurieng",
        "Hired drone spraying for a mixed durian garden in Cầu Kè",
        "Our family garden in Cầu Kè (Trà Vinh) is about four hectares with over 300 durian trees plus jackfruit and coconut. A mature "
        "durian tree can bring 15–16 million VND a year, so protection matters, but we would rather hire a drone operator than buy a "
        "machine. Looking for a service that sprays durian orchards regularly.",
        {"oRo018": 2, "oRo016": 1, "oRo150": 1, "oRo017": 1, "oRo019": 1, "oRo028": 1, "oRo025": 1},
    ),
    (
        "oRn08",
        "vi",
        "cammy",
        "Cần tư vấn thông số phun drone cho vườn sầu riêng trước khi mua máy",
        "Chủ vườn sầu riêng khoảng 10 ha ở Cầu Kè (Trà Vinh) định bỏ khoảng 350–450 triệu đồng mua drone. Trước khi mua cần được tư vấn: "
        "lượng nước mỗi ha cho sầu riêng, độ cao bay, áp lực phun, loại máy nào hợp cây ăn trái để thuốc phủ đều tán.",
        {"oRo028": 2, "oRo020": 2, "oRo021": 2, "oRo017": 1, "oRo019": 1, "oRo022": 1, "oRo154": 1},
    ),
    (
        "oRn09",
        "en",
        "droplet_ret",
        "Test how well drone spray penetrates longan canopies before dropping air-blast sprayers",
        "A longan cooperative in Long Hồ (Vĩnh Long) currently sprays with air-assisted ground sprayers, which push droplets deep into the "
        "canopy. Before switching to drones we want trials measuring deposition and penetration inside our tree canopies at different "
        "drone settings, so we know which volume, height and mode to use.",
        {"oRo021": 2, "oRo022": 2, "oRo154": 2, "oRo020": 1, "oRo103": 1, "oRo029": 1},
    ),
    # --- coconut ---
    (
        "oRn10",
        "vi",
        "dost_bentre_dua",
        "Vườn dừa ở Càng Long bị sâu ăn lá mới, cần thuê drone phun thuốc sinh học",
        "Sau đợt hạn mặn, vườn dừa của tôi ở Càng Long (Trà Vinh) suy kiệt, nay xuất hiện loại sâu mới ăn lá già và cả vỏ trái, vài ha đã bị "
        "hại. Dừa cao, phun tay không tới ngọn. Cần đơn vị có drone phun thuốc sinh học dập dịch, báo giá theo diện tích.",
        {"oRo025": 2, "oRo023": 2, "oRo024": 1, "oRo026": 1},
    ),
    (
        "oRn11",
        "en",
        "trithuc_sdd",
        "Drone spraying contractor for black-headed caterpillar in Tiểu Cần coconut groves",
        "The black-headed caterpillar, first seen in the region in late 2020, has spread into Trà Vinh and is now in our coconut groves in "
        "Tiểu Cần; abroad it has cut coconut yields by 45% to 83%. Growers need a contractor who can spray infested palms by drone, priced "
        "per area, before the outbreak spreads further.",
        {"oRo025": 2, "oRo023": 2, "oRo024": 1, "oRo026": 1, "oRo027": 1},
    ),
    (
        "oRn12",
        "vi",
        "masujournal",
        "Dua non bi bo canh cung duc doi, can drone xit trung vao ngon",
        "Vuon dua non 1-6 nam tuoi cua toi o Cau Ngang (Tra Vinh) bi bo canh cung duc vao doi, la non bi cat hinh chu V, cay coi, co cay chet. "
        "Can nguoi co drone xit thuoc trung vao ngon tung cay bi hai, khong phai xit tran ca vuon.",
        {"oRo026": 2, "oRo027": 1, "oRo025": 1, "oRo023": 1},
    ),
    (
        "oRn13",
        "en",
        "cpcri",
        "Camera drone with sprayer arm to find and treat beetle damage in tall palms",
        "Our coconut cooperative in Càng Long (Trà Vinh) sees V-shaped cuts on fronds from rhinoceros beetle on seedlings and bearing "
        "palms alike. We want a drone that can show the crown on a phone, locate damaged palms and deliver insecticide directly into the "
        "crown of tall trees.",
        {"oRo027": 2, "oRo026": 2, "oRo025": 1},
    ),
    (
        "oRn14",
        "vi",
        "baomoi_dua",
        "Xã ven biển cần đơn vị phun dập dịch sâu đầu đen trên diện rộng bằng drone",
        "Xã ven biển ở Duyên Hải (Trà Vinh) có khoảng 263 ha dừa; diện tích bị sâu đầu đen tăng từ 10,9 ha năm trước lên 19,7 ha năm nay dù "
        "bà con đã dọn vườn, tỉa lá, phun thuốc. UBND xã cần đơn vị có drone phun dập dịch đồng loạt trên cả vùng.",
        {"oRo023": 2, "oRo024": 2, "oRo025": 2, "oRo026": 1},
    ),
    # --- seeding and fertiliser ---
    (
        "oRn15",
        "vi",
        "dwiz",
        "HTX cần thuê drone sạ lúa, khoảng 40 kg giống mỗi ha",
        "HTX ở Trà Cú (Trà Vinh) muốn chuyển sang sạ lúa bằng drone: mỗi ha khoảng 30 phút, lượng giống chỉ khoảng 40 kg/ha mà hạt phân bố đều "
        "như sạ tay. Cần đơn vị có drone nhận sạ cho xã viên ngay vụ tới.",
        {
            "oRo030": 2,
            "oRo036": 2,
            "oRo012": 2,
            "oRo008": 2,
            "oRo014": 2,
            "oRo031": 1,
            "oRo033": 1,
            "oRo141": 1,
            "oRo032": 1,
            "oRo034": 1,
        },
    ),
    (
        "oRn16",
        "en",
        "msoen",
        "Evidence on drone seeding rates and yield before recommending drone sowing",
        "A seed company in Vĩnh Long wants to recommend drone sowing to its contract farmers. Operators can set seed dose, sowing speed and "
        "flight speed, and a few hectares are sown in minutes, but we need trial data on which seed rate per hectare gives the best "
        "stand and yield compared with hand broadcasting.",
        {"oRo033": 2, "oRo031": 1, "oRo030": 1, "oRo032": 1, "oRo035": 1},
    ),
    (
        "oRn17",
        "en",
        "nld_drone",
        "Drones with spreading hoppers for direct seeding and granular fertiliser",
        "A large rice farm in Trà Cú (Trà Vinh) wants to own drones that sow seed and spread granular fertiliser as well as spray, the way "
        "aircraft once did on big state farms. We are looking for drones or spreading attachments to buy.",
        {"oRo032": 2, "oRo034": 2, "oRo141": 2, "oRo038": 2, "oRo030": 1, "oRo037": 1, "oRo011": 1},
    ),
    (
        "oRn18",
        "vi",
        "qdnd_iran",
        "Cần thuê drone bón phân cho lúa để khỏi đưa máy xuống ruộng",
        "Ruộng lúa ở Tiểu Cần (Trà Vinh) bón phân bằng máy kéo làm dập lúa, hao hụt 20–30%. Muốn thuê drone bón phân (phân hạt hoặc phân nước) "
        "theo từng đợt để năng suất lao động cao gấp nhiều lần và không giẫm lúa.",
        {
            "oRo140": 2,
            "oRo139": 2,
            "oRo036": 2,
            "oRo012": 2,
            "oRo013": 2,
            "oRo008": 2,
            "oRo014": 2,
            "oRo031": 1,
            "oRo032": 1,
            "oRo015": 1,
        },
    ),
    (
        "oRn19",
        "en",
        "paperzz_calib",
        "Check the spread pattern of our fertiliser drones",
        "A rice company in Càng Long (Trà Vinh) uses drones to broadcast granular fertiliser, but the field shows stripes. We need a "
        "calibration service that tests the spread pattern and overlap so we can set the swath spacing that gives a uniform rate.",
        {"oRo037": 2, "oRo032": 1, "oRo039": 1, "oRo040": 1},
    ),
    # --- mapping and crop health ---
    (
        "oRn20",
        "vi",
        "agricola2000",
        "HTX lúa cần bay drone đa phổ lập bản đồ NDVI phát hiện sớm sâu bệnh",
        "HTX lúa ở Tam Bình (Vĩnh Long) muốn thuê dịch vụ bay drone đa phổ định kỳ, lập bản đồ chỉ số thực vật (NDVI và các chỉ số khác) rẻ "
        "hơn ảnh vệ tinh, để khoanh sớm vùng lúa yếu, nhiễm sâu bệnh trước khi lan rộng.",
        {
            "oRo041": 2,
            "oRo042": 2,
            "oRo043": 2,
            "oRo048": 2,
            "oRo046": 1,
            "oRo156": 1,
            "oRo059": 1,
            "oRo054": 1,
            "oRo045": 1,
        },
    ),
    (
        "oRn21",
        "en",
        "maleodrones",
        "Weed and disease maps to drive spot spraying on a rice estate",
        "A rice estate in Trà Vinh wants multispectral drone flights, calibrated for changing light, stitched into orthomosaics and turned "
        "into maps of where weeds and disease sit, so our spraying drones treat only those spots instead of whole fields.",
        {"oRo043": 2, "oRo042": 2, "oRo041": 1, "oRo059": 1, "oRo156": 1},
    ),
    (
        "oRn22",
        "en",
        "embrapa",
        "UAV-based yield estimates for contracted rice fields",
        "A rice exporter in Vĩnh Long buys paddy from contracted fields and needs yield estimates before harvest. Drone images and vegetation "
        "indices can follow crop stages at field scale more precisely than satellites; we want a model that turns them into yield forecasts.",
        {"oRo044": 2, "oRo155": 2, "oRo049": 1, "oRo157": 1, "oRo043": 1},
    ),
    (
        "oRn23",
        "vi",
        "paperexplained_lodging",
        "Cần đo diện tích lúa đổ ngã sau giông bằng drone để báo thiệt hại",
        "Sau trận mưa giông, lúa của nhiều xã viên HTX ở Trà Ôn (Vĩnh Long) bị đổ ngã. Đo tay từng thửa tốn công và hay tranh cãi. Cần đơn vị "
        "bay drone chụp ảnh (khoảng 100 m) và tự động khoanh, tính diện tích lúa đổ để lập hồ sơ hỗ trợ thiệt hại.",
        {"oRo148": 2, "oRo147": 2, "oRo050": 1, "oRo153": 1},
    ),
    (
        "oRn24",
        "en",
        "cd123_minhkhai",
        "Parcel areas and boundaries of rice fields from drone imagery",
        "A land-consolidation project in Cầu Ngang (Trà Vinh) must record the area and boundaries of every rice parcel. We want a drone "
        "survey with ground control points, orthophotos and digitised parcels accurate enough for land records.",
        {"oRo050": 2, "oRo051": 2, "oRo153": 2, "oRo152": 2, "oRo052": 1, "oRo053": 1, "oRo054": 1},
    ),
    (
        "oRn25",
        "vi",
        "surveyingpedia",
        "Can do dien tich tung thua ruong bang flycam",
        "To dich vu o Cau Ke (Tra Vinh) tinh tien theo dien tich nen can do chinh xac tung thua ruong cua ca canh dong. Can don vi bay flycam co "
        "RTK do toi muc centimet, xuat ban do thua va dien tich.",
        {"oRo050": 2, "oRo051": 2, "oRo153": 2, "oRo152": 1, "oRo052": 1, "oRo053": 1},
    ),
    (
        "oRn26",
        "en",
        "californiafromabove",
        "Drone survey of paddy unevenness before land levelling",
        "Before laser levelling, a farm in Trà Cú (Trà Vinh) wants to know how uneven its paddies are. We need a drone survey with "
        "RTK-corrected positions giving repeatable, centimetre-level elevation data for each field.",
        {"oRo049": 2, "oRo050": 2, "oRo153": 2, "oRo053": 1, "oRo052": 1},
    ),
    (
        "oRn27",
        "en",
        "brill_rtk",
        "RTK positioning so drone maps of trial plots line up",
        "A crop research station in Vĩnh Long flies drones over small trial plots, but maps from different dates do not line up. Field "
        "positioning error needs to come down to a few centimetres; we want an RTK set-up for our mapping drone.",
        {"oRo053": 2, "oRo052": 1, "oRo050": 1},
    ),
    (
        "oRn28",
        "vi",
        "viet_nga_uav",
        "Vườn nhãn cần theo dõi sức khỏe cây bằng UAV đa phổ",
        "HTX nhãn ở Long Hồ (Vĩnh Long) có khoảng vài chục ha, cần bay UAV gắn camera đa phổ định kỳ để theo dõi sinh trưởng, phát hiện sớm "
        "cây suy, sâu bệnh, từ đó chăm sóc đúng chỗ.",
        {"oRo047": 2, "oRo048": 2, "oRo042": 2, "oRo054": 1},
    ),
    (
        "oRn29",
        "en",
        "agricola2000",
        "Counting young plants and checking their vigour after foliar feeding",
        "A farm company in Vũng Liêm (Vĩnh Long) planted new pepper and longan blocks and wants drone maps showing plant counts, ground "
        "cover and vigour after each foliar fertiliser round.",
        {"oRo048": 2, "oRo042": 1, "oRo047": 1},
    ),
    (
        "oRn30",
        "vi",
        "es_nhandan",
        "Cần drone vừa phun vừa chụp ảnh thăm đồng để theo dõi lúa",
        "HTX ở Châu Thành (Trà Vinh) muốn mỗi lần drone bay phun thuốc thì chụp luôn ảnh mặt ruộng, lập bản đồ để xem chỗ lúa xanh tốt, chỗ "
        "lúa vàng nhạt nghi bệnh, đỡ phải lội đồng thăm lúa.",
        {"oRo038": 2, "oRo059": 2, "oRo041": 1, "oRo156": 1, "oRo141": 1},
    ),
    (
        "oRn31",
        "en",
        "maleodrones",
        "Automated drone scouting that zooms in on suspect rice patches",
        "An agronomy team in Trà Vinh cannot walk every field. We want drones that survey high, flag abnormal canopy patches automatically "
        "and then capture close-up images of those patches so we can identify pests and diseases.",
        {"oRo156": 2, "oRo155": 1, "oRo043": 1, "oRo041": 1},
    ),
    # --- pilot training, licences, service teams ---
    (
        "oRn32",
        "vi",
        "laodong_moilo",
        "HTX cần đào tạo bài bản, có chứng chỉ cho phi công drone",
        "Ở nhiều nơi ai có tiền mua drone là thành phi công, đã có tai nạn chết người và drone va đường dây 110 kV làm mất điện 76.000 hộ. "
        "HTX ở Cầu Ngang (Trà Vinh) muốn phi công của mình được đào tạo bài bản về kỹ thuật bay, an toàn và BVTV, có chứng chỉ.",
        {"oRo061": 2, "oRo060": 2, "oRo062": 2, "oRo028": 2, "oRo063": 1, "oRo064": 1, "oRo073": 1, "oRo009": 1},
    ),
    (
        "oRn33",
        "en",
        "sasktoday",
        "Drone ground-school course with certification for agriculture students",
        "An agricultural college in Vĩnh Long wants to add a credit course on drones: how they work, safety, regulations and procedures, "
        "with students leaving as certified pilots able to fly commercially or for research.",
        {
            "oRo060": 2,
            "oRo061": 2,
            "oRo065": 2,
            "oRo067": 2,
            "oRo066": 1,
            "oRo068": 1,
            "oRo062": 1,
            "oRo073": 1,
            "oRo063": 1,
        },
    ),
    (
        "oRn34",
        "vi",
        "es_nhandan",
        "Trung tâm khuyến nông cần đơn vị tập huấn vận hành drone cho nông dân các xã",
        "Trung tâm khuyến nông tỉnh Vĩnh Long muốn mở lớp hướng dẫn nông dân ở nhiều xã sử dụng drone gieo sạ, phun thuốc (radar tránh vật "
        "cản, lập bản đồ mặt ruộng). Cần doanh nghiệp hoặc viện có máy và giảng viên phối hợp tổ chức.",
        {"oRo064": 2, "oRo009": 2, "oRo062": 1, "oRo061": 1, "oRo068": 1, "oRo085": 1},
    ),
    (
        "oRn35",
        "en",
        "guadalupe",
        "Two-day basic drone course for farmers in Tiểu Cần",
        "Farmers in Tiểu Cần (Trà Vinh) want to use drones to scout crops instead of walking the fields. We are looking for a short, "
        "two-day course that ends with a basic pilot certificate.",
        {"oRo067": 2, "oRo063": 2, "oRo062": 2, "oRo065": 1, "oRo066": 1, "oRo061": 1, "oRo060": 1},
    ),
    (
        "oRn36",
        "vi",
        "nongthon_chien",
        "Mua drone 600 trieu ma chua lai duoc, can huong dan tan noi va bao duong",
        "Toi o Mang Thit (Vinh Long), da mua drone phun thuoc gia khoang 600 trieu nhung may roi 6-7 lan, gui ve cong ty sua rat lau, minh "
        "cung chua ranh lap trinh bay. Can don vi cam tay chi viec tai ruong va bao duong dinh ky.",
        {"oRo085": 2, "oRo150": 2, "oRo084": 1, "oRo009": 1, "oRo078": 1},
    ),
    (
        "oRn37",
        "en",
        "danviet_matsong",
        "Train our members to repair drones instead of waiting for parts",
        "A drone spraying group in Trà Ôn (Vĩnh Long) keeps losing working days: signal drop-outs, a broken generator charger, and weeks "
        "waiting for the seller's spare parts. We want our own members trained to maintain and repair the drones.",
        {"oRo069": 2, "oRo084": 2, "oRo078": 1, "oRo085": 1},
    ),
    (
        "oRn38",
        "vi",
        "luatvn_288",
        "Tổ bay ven biển cần hướng dẫn xin phép bay và kiểm tra vùng cấm bay",
        "Tổ drone phun thuốc ở Duyên Hải (Trà Vinh) hoạt động gần khu vực ven biển. Theo quy định mới về tàu bay không người lái, cần hướng "
        "dẫn cụ thể thủ tục xin phép bay, cách tự kiểm tra vùng cấm bay, hạn chế bay trước khi cất cánh.",
        {"oRo071": 2, "oRo142": 1, "oRo062": 1, "oRo070": 1, "oRo072": 1, "oRo143": 1},
    ),
    (
        "oRn39",
        "en",
        "vietnamvn_288",
        "Register our spraying drones and license pilots under the new decree",
        "A cooperative in Càng Long (Trà Vinh) has three spraying drones. Under the new decree, drones need registration with proof of "
        "ownership and technical conformity, and operators need licences; we need help preparing the dossiers.",
        {"oRo070": 2, "oRo072": 2, "oRo142": 2, "oRo143": 2, "oRo071": 1, "oRo073": 1},
    ),
    (
        "oRn40",
        "vi",
        "aiteam_2008",
        "Cần cơ sở đào tạo cấp giấy phép điều khiển drone nông nghiệp",
        "Trước đây chỉ cần xin phép bay trước 14 ngày; nay quy định yêu cầu người điều khiển drone nông nghiệp trên 2 kg phải có giấy phép do "
        "cơ sở đào tạo cấp. HTX ở Vũng Liêm (Vĩnh Long) cần nơi đào tạo và cấp giấy phép cho các phi công.",
        {"oRo060": 2, "oRo061": 2, "oRo073": 1, "oRo142": 1, "oRo028": 1},
    ),
    (
        "oRn41",
        "en",
        "ua_0532",
        "Pilot school for young people who want to work with farm drones",
        "The youth union in Cầu Kè (Trà Vinh) wants a course of a few weeks that turns young people into agricultural drone pilots able to "
        "assess crops and map land, and then helps them find work or form a service group.",
        {"oRo075": 2, "oRo074": 2, "oRo060": 2, "oRo061": 1, "oRo062": 1, "oRo063": 1},
    ),
    (
        "oRn42",
        "en",
        "nyscate",
        "Training extension staff to fly drones and use the data for crop decisions",
        "The agricultural extension office in Vĩnh Long wants its staff and advisers trained not only to fly but to map fields, read "
        "vegetation indices and turn drone data into advice for farmers.",
        {"oRo066": 2, "oRo068": 2, "oRo064": 1, "oRo065": 1},
    ),
    # --- batteries, charging, maintenance ---
    (
        "oRn43",
        "en",
        "herewinpower",
        "Batteries losing capacity in 35–40°C fields",
        "Our spraying team in Trà Cú (Trà Vinh) works in 35–40°C heat. Batteries overheat, sorties get shorter and packs wear out fast. We "
        "need advice and equipment to keep batteries cool and extend their life.",
        {"oRo076": 2, "oRo079": 2, "oRo081": 1, "oRo087": 1, "oRo088": 1},
    ),
    (
        "oRn44",
        "vi",
        "vnexpress_xoai",
        "Tổ phun muốn không phải chờ sạc pin giữa các chuyến bay",
        "Tổ phun thuốc ở Cầu Kè (Trà Vinh) sạc pin bằng máy nổ ngoài ruộng, mỗi ngày tốn khoảng 500.000 đồng xăng; drone cứ về là phải chờ "
        "sạc. Cần bộ sạc nhanh và cách bố trí số pin luân phiên để máy bay liên tục.",
        {"oRo077": 2, "oRo081": 2, "oRo079": 1, "oRo087": 1, "oRo011": 1},
    ),
    (
        "oRn45",
        "vi",
        "tcbest_notcharging",
        "Can lop huong dan sac va bao quan pin drone an toan",
        "To bay o Chau Thanh (Tra Vinh) gap pin khong vao sac, pin phong, so chay no. Can lop huong dan cho anh em cach sac, xa, cat giu pin "
        "lithium dung cach va xu ly khi pin co su co.",
        {"oRo087": 2, "oRo079": 1, "oRo076": 1, "oRo080": 1},
    ),
    (
        "oRn46",
        "en",
        "onlinetech24",
        "Longer-endurance batteries for drone survey flights",
        "A mapping contractor in Vĩnh Long carries multispectral cameras over hundreds of hectares and has to land every 30 minutes to "
        "swap batteries. We want higher energy-density batteries that keep the drone in the air much longer.",
        {"oRo088": 2, "oRo076": 1, "oRo052": 1},
    ),
    (
        "oRn47",
        "en",
        "tcbest_longest",
        "Checking a supplier's battery and flight-time claims before buying",
        "A cooperative in Châu Thành (Trà Vinh) is about to buy ten spraying drones. Brochures promise long flight times, but we need to "
        "know how to verify real endurance with a full tank and the battery's cycle life before we sign.",
        {"oRo086": 2, "oRo076": 1, "oRo081": 1},
    ),
    (
        "oRn48",
        "en",
        "tcbest_whathappens",
        "Off-season storage and maintenance for our drones and batteries",
        "After the rice season our five drones in Vũng Liêm (Vĩnh Long) sit idle for months. We need a plan for battery storage charge, "
        "periodic checks, cleaning and servicing so everything works next season.",
        {"oRo080": 2, "oRo078": 2, "oRo084": 2, "oRo079": 1, "oRo087": 1},
    ),
    (
        "oRn49",
        "vi",
        "danviet_matsong",
        "Cần đơn vị bảo trì, sửa chữa drone nhanh cho tổ phun",
        "Drone của tổ phun thuốc ở Tiểu Cần (Trà Vinh) hay mất sóng không cất cánh được, bộ sạc của máy phát hỏng, báo công ty bán máy thì chờ "
        "linh kiện rất lâu. Cần đơn vị bảo trì, sửa chữa, có sẵn phụ tùng hoặc hướng dẫn tổ tự khắc phục.",
        {"oRo085": 2, "oRo084": 2, "oRo078": 2, "oRo069": 1},
    ),
    (
        "oRn50",
        "vi",
        "onlinetech24",
        "Cần pin dung lượng lớn để drone bay lâu hơn mỗi chuyến",
        "Tổ bay ở Trà Ôn (Vĩnh Long) thấy mỗi pin chỉ bay được một lúc là phải hạ cánh thay. Muốn tìm loại pin mật độ năng lượng cao hoặc "
        "dòng drone có thời gian bay dài hơn hẳn để giảm số lần hạ cánh, thay pin.",
        {"oRo082": 2, "oRo088": 2, "oRo076": 1, "oRo077": 1},
    ),
    # --- drift, safety, pesticide rules, insurance ---
    (
        "oRn51",
        "en",
        "ars_buffer",
        "Buffer zones and wind limits for drone spraying next to shrimp ponds and homes",
        "Our drone team in Cầu Ngang (Trà Vinh) sprays rice fields that border shrimp ponds and houses. We need clear rules on downwind "
        "buffer distances, wind limits and when not to spray, so drift does not reach the ponds or neighbours.",
        {"oRo096": 2, "oRo097": 2, "oRo098": 2, "oRo099": 1, "oRo100": 1, "oRo103": 1},
    ),
    (
        "oRn52",
        "vi",
        "bwifly_drift",
        "Ruộng giáp vườn rau hữu cơ và ao tôm, cần hướng dẫn chống thuốc bay khi phun drone",
        "Ruộng lúa của HTX ở Trà Cú (Trà Vinh) giáp vườn rau hữu cơ và ao tôm. Chỉ vài giọt thuốc bay sang cũng có thể bị kiện đòi bồi thường. "
        "Cần hướng dẫn vùng đệm, ngưỡng gió, kích cỡ giọt khi phun bằng drone để tránh thuốc trôi dạt.",
        {"oRo096": 2, "oRo097": 2, "oRo098": 1, "oRo099": 1, "oRo100": 1, "oRo145": 1, "oRo103": 1},
    ),
    (
        "oRn53",
        "vi",
        "cd123_bvtv",
        "Cần hướng dẫn chọn và pha thuốc BVTV để phun bằng drone",
        "Tổ bay mới thành lập ở Long Hồ (Vĩnh Long) quen pha thuốc cho bình đeo vai, nay phun drone lượng nước ít hơn nhiều. Cần hướng dẫn chọn "
        "loại thuốc, dạng thuốc phù hợp, cách pha và liều cho mỗi ha khi phun bằng thiết bị bay.",
        {"oRo100": 2, "oRo101": 2, "oRo104": 1, "oRo028": 1, "oRo096": 1, "oRo102": 1},
    ),
    (
        "oRn54",
        "en",
        "flytopath",
        "Advice on pesticide products and mixing for drone application",
        "A pesticide dealer in Trà Vinh hears that drones use 30–40% less pesticide and up to 90% less water. We need guidance on which "
        "products and formulations suit drone spraying and how to mix them, so we can advise farmers correctly.",
        {"oRo100": 2, "oRo101": 2, "oRo096": 1, "oRo028": 1, "oRo102": 1},
    ),
    (
        "oRn55",
        "en",
        "avarydrone",
        "Hull and liability insurance for our spraying drones",
        "A spraying service in Càng Long (Trà Vinh) runs four drones. We want cover for crash damage to the drones, injury or property damage "
        "to others, and crop damage when chemicals drift to a neighbour.",
        {"oRo144": 2, "oRo145": 2, "oRo146": 1},
    ),
    (
        "oRn56",
        "vi",
        "upass",
        "Can mua bao hiem cho drone phun thuoc",
        "Bao hiem nong nghiep thuong khong chiu khi drone dang bay. To phun o Tieu Can (Tra Vinh) can mua bao hiem rieng cho drone: may roi hu, "
        "thuoc bay sang ruong ben bi kien, chi phi luat su.",
        {"oRo144": 2, "oRo145": 2, "oRo146": 1},
    ),
    # --- aquaculture ponds ---
    (
        "oRn57",
        "en",
        "baolongan_shrimp",
        "Drone water-quality checks across super-intensive shrimp ponds",
        "A super-intensive shrimp farm in Duyên Hải (Trà Vinh) stocks up to 250 shrimp per square metre and relies on pH, alkalinity, "
        "oxygen and temperature staying in range. Fixed sensors cover only some ponds; we want drone measurements across all ponds.",
        {"oRo113": 2, "oRo114": 2, "oRo112": 2, "oRo149": 1, "oRo115": 1},
    ),
    (
        "oRn58",
        "vi",
        "giathuysan",
        "Trại tôm cần drone rải thức ăn cho ao lớn",
        "Trại tôm ở Cầu Ngang (Trà Vinh) cho ăn bốn lần mỗi ngày, phải tắt quạt nước và chèo xuồng rải tay, ao lớn rải không đều. Cần drone rải "
        "thức ăn theo đường bay cài sẵn cho nhanh và đều.",
        {"oRo116": 2, "oRo117": 2, "oRo032": 1},
    ),
    (
        "oRn59",
        "en",
        "vnagri_shrimp",
        "Drone collection of pond water samples for laboratory testing",
        "A high-tech shrimp company in Trà Vinh runs many lined tanks and storage ponds and treats all intake water. We want drones to "
        "collect water samples from ponds and reservoirs for lab analysis without boats.",
        {"oRo114": 2, "oRo115": 2, "oRo149": 2, "oRo113": 1},
    ),
    (
        "oRn60",
        "vi",
        "baohaiduong",
        "Bè cá cần drone giám sát, đếm cá và cảnh báo",
        "Chủ bè cá trên sông Hậu đoạn Trà Ôn (Vĩnh Long) đang lắp nhiều camera cố định mà vẫn không bao quát hết. Cần drone bay giám sát bè, "
        "ước lượng số và cỡ cá, theo dõi ghe lạ và gửi cảnh báo về điện thoại.",
        {"oRo111": 2, "oRo112": 1},
    ),
    (
        "oRn61",
        "vi",
        "mdpi_stormwater",
        "Cần drone lấy mẫu nước ao tôm sau mưa để xét nghiệm",
        "Sau mưa lớn, nước từ ruộng, đường chảy vào ao tôm ở Trà Cú (Trà Vinh) dễ gây tảo nở hoa, dao động oxy. Cần drone lấy mẫu nước đúng "
        "lúc, nhiều điểm trong ao để gửi phòng thí nghiệm, thay cho chèo xuồng.",
        {"oRo114": 2, "oRo115": 2, "oRo149": 2, "oRo113": 1},
    ),
    (
        "oRn62",
        "en",
        "cricut_wq604",
        "In-situ DO, pH and conductivity mapping of many ponds by drone",
        "The aquaculture extension station in Trà Vinh needs frequent in-situ readings of dissolved oxygen, conductivity, pH and temperature "
        "across many ponds, mapped pond by pond, without sending staff out by boat.",
        {"oRo113": 2, "oRo114": 2, "oRo112": 1, "oRo149": 1},
    ),
    # --- coastal monitoring ---
    (
        "oRn63",
        "vi",
        "studylib_muicamau",
        "Cần khảo sát đường bờ biển bị xói lở bằng drone định kỳ",
        "Bờ biển Duyên Hải (Trà Vinh) nơi bị xói lở, nơi bồi tụ, rừng phòng hộ mất dần. Ban quản lý cần bay drone định kỳ lập mô hình địa hình, "
        "đo đường bờ để tính tốc độ xói lở, bồi tụ và đánh giá kè, đê.",
        {"oRo120": 2, "oRo125": 2, "oRo126": 2, "oRo127": 2, "oRo128": 2},
    ),
    (
        "oRn64",
        "en",
        "mdpi_wetland",
        "Drone mapping of the condition of the coastal mangrove belt",
        "Coastal wetlands in Trà Vinh have shrunk as aquaculture expanded and sea level rises. The coastal protection board wants drone "
        "maps of the mangrove belt showing where stands are healthy, thinning or dying.",
        {"oRo118": 2, "oRo119": 2, "oRo123": 2, "oRo122": 2, "oRo124": 1, "oRo121": 1},
    ),
    (
        "oRn65",
        "vi",
        "thuvienquangninh",
        "Ước tính sinh khối, carbon rừng ngập mặn bằng UAV",
        "Ban quản lý rừng phòng hộ ở Duyên Hải (Trà Vinh) đã điều tra thực địa, phân tích ảnh vệ tinh và muốn bổ sung UAV để ước tính sinh khối, "
        "trữ lượng carbon rừng ngập mặn, chuẩn bị tham gia chương trình tín chỉ carbon.",
        {"oRo121": 2, "oRo118": 1, "oRo123": 1, "oRo119": 1},
    ),
    (
        "oRn66",
        "en",
        "piqueaction",
        "Drones to plant mangrove seeds on coastal mudflats",
        "A conservation NGO in Trà Vinh wants to replant mangroves on soft mudflats where hand planting is slow. We are looking for drones "
        "that drop thousands of seeds or seed pods in minutes.",
        {"oRo129": 2, "oRo130": 2, "oRo158": 2},
    ),
    (
        "oRn67",
        "vi",
        "prism_mangrove",
        "Dự án trồng rừng ngập mặn cần drone lập bản đồ bãi bồi và thả hạt",
        "Dự án phục hồi rừng ngập mặn ở Cầu Ngang (Trà Vinh) cần drone bay lập bản đồ bãi bồi, xác định điểm trồng theo ngập triều, độ mặn, "
        "rồi thả vỏ hạt giống với số lượng lớn mỗi ngày.",
        {"oRo130": 2, "oRo129": 2, "oRo158": 2, "oRo120": 1, "oRo118": 1},
    ),
    (
        "oRn68",
        "en",
        "mangrovemap",
        "Drones for rangers to verify mangrove loss and damage",
        "Forest rangers in Duyên Hải (Trà Vinh) need drones to map mangrove stands, detect changes in the ecosystem and confirm where "
        "trees were cut or damaged.",
        {"oRo124": 2, "oRo118": 2, "oRo123": 2, "oRo119": 1},
    ),
    (
        "oRn69",
        "vi",
        "mdpi_river",
        "Bờ sông sạt lở cần bay UAV lập mô hình địa hình theo dõi",
        "Bờ sông Cổ Chiên đoạn Vũng Liêm (Vĩnh Long) sạt lở, ảnh hưởng nhà cửa và vườn. Xã cần đơn vị bay UAV đo mô hình số độ cao, ảnh trực "
        "giao bờ sông định kỳ để theo dõi biến động.",
        {"oRo050": 2, "oRo153": 2, "oRo125": 1, "oRo128": 1, "oRo120": 1},
    ),
    # --- more ---
    (
        "oRn70",
        "en",
        "irri_gas",
        "Drone treatment of golden apple snails before sowing",
        "Golden apple snails in our direct-seeded rice in Càng Long (Trà Vinh) cut young plants at the base and can clear a square metre "
        "overnight, with yield losses above 50%; the critical period is land preparation and the first three weeks after sowing. We want "
        "a drone team to treat the fields against snails before sowing and keep spraying for the rest of the crop.",
        {"oRo059": 2, "oRo074": 1, "oRo001": 1, "oRo003": 1, "oRo005": 1, "oRo007": 1},
    ),
    (
        "oRn71",
        "vi",
        "xag_saurieng",
        "Cần thuê drone phun thuốc cho vườn sầu riêng",
        "Vườn sầu riêng xen mít, dừa khoảng 4 ha ở Tiểu Cần (Trà Vinh), hơn 300 cây sầu riêng. Thuê người phun tay vừa tốn vừa độc hại; cần "
        "đơn vị có drone nhận phun thuốc định kỳ cho vườn sầu riêng.",
        {"oRo018": 2, "oRo017": 1, "oRo019": 1, "oRo028": 1, "oRo016": 1},
    ),
    (
        "oRn72",
        "en",
        "tildes_hakai",
        "Which drone type suits rice and which suits fruit trees",
        "With thousands of agricultural drones now sold in Vietnam, our cooperative in Cầu Kè (Trà Vinh), which grows both rice and "
        "grapefruit, cannot tell which model fits which crop. We need independent advice on tank size, flow and terrain radar.",
        {"oRo020": 2, "oRo019": 1, "oRo009": 1, "oRo011": 1, "oRo038": 1},
    ),
    (
        "oRn73",
        "vi",
        "airassist_baafs",
        "Cần cân chỉnh drone phun cho vườn bưởi để thuốc xuyên tán",
        "Vườn bưởi ở Bình Minh (Vĩnh Long) tán dày; máy phun có quạt thổi đi sâu vào tán nhưng tốn công. Chuyển sang drone thì thuốc đọng ở "
        "ngọn. Cần đơn vị thử nghiệm, cân chỉnh thông số bay, lượng phun để thuốc vào được trong tán.",
        {"oRo021": 2, "oRo022": 2, "oRo154": 2, "oRo020": 1},
    ),
    (
        "oRn74",
        "en",
        "vns_quangnam",
        "Drone demonstration plots for farmers by a service centre",
        "The district agricultural service centre in Trà Cú (Trà Vinh) wants a drone company to run demonstration plots on farmers' rice "
        "fields, spraying and fertilising by drone, so cooperatives can see the cost saving per hectare before signing up.",
        {"oRo006": 2, "oRo031": 2, "oRo140": 2, "oRo035": 1, "oRo015": 1},
    ),
    (
        "oRn75",
        "vi",
        "docslib_dune",
        "Khảo sát cồn cát ven biển sau bão bằng drone",
        "Cồn cát và bãi biển Ba Động (Duyên Hải, Trà Vinh) thay đổi sau mỗi đợt bão. Cần đơn vị bay drone chụp ảnh, dựng mô hình bề mặt độ phân "
        "giải cao để so sánh trước và sau bão, tính lượng cát mất.",
        {"oRo127": 2, "oRo125": 2, "oRo128": 2, "oRo126": 2, "oRo120": 1},
    ),
]
