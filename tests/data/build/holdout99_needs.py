"""Needs of the holdout99 set (vehicle and farm-machine repair).

Rows: (id, language, source key, title, description, {offer id: grade}). Most pages describe other places
(Cà Mau, An Giang, Đà Nẵng, Hà Nội, the United States, Ghana...); the needs written from them are set in Trà Vinh /
Vĩnh Long, which keeps the page's facts and figures but moves the poster into the province.
"""

NEEDS = [
    # farm machines
    (
        "lWn01",
        "vi",
        "ag_luanvan",
        "Cần dịch vụ bảo dưỡng máy gặt đập liên hợp tại ruộng trước vụ đông xuân",
        "Hợp tác xã ở Cầu Ngang được dự án trang bị 7 máy gặt đập liên hợp; cả vùng xuống giống đồng loạt nên vào vụ "
        "máy chạy liên tục 2–3 ha/ngày. Chúng tôi cần đội thợ đến tận nơi kiểm tra, thay chi tiết mòn trước vụ để máy "
        "không hư giữa đồng.",
        {"lWo001": 2, "lWo139": 2, "lWo140": 2, "lWo008": 2, "lWo010": 1, "lWo003": 1},
    ),
    (
        "lWn02",
        "vi",
        "ag_camau",
        "Can hoc chinh guong gat, rang cao may gat lua",
        "Nha toi o Tieu Can co may gat dap lien hop, toi tu sua may lau nay nhung may hay bi quan lua vao rang va hat "
        "lua ra ruong. Can lop hoc hoac tai lieu huong dan chinh guong gat, thanh dao, vit tai lua.",
        {"lWo003": 2, "lWo108": 2, "lWo001": 1},
    ),
    (
        "lWn03",
        "en",
        "ag_colostate",
        "Overhaul of ageing tractors for a contract-ploughing cooperative",
        "Our cooperative in Trà Cú sells ploughing and haulage to smallholders with five ageing 60–65 hp tractors; "
        "two stand idle with worn engines and gearboxes. We want them rebuilt to near-new condition with a warranty "
        "for less than the price of new machines.",
        {"lWo012": 2, "lWo138": 2, "lWo015": 2, "lWo013": 1, "lWo002": 1},
    ),
    (
        "lWn04",
        "en",
        "ag_africa",
        "Maintenance training for the drivers of a tractor-hire group",
        "A private tractor-hire group in Càng Long finds that its hired drivers skip greasing and oil changes and "
        "machines break early. We need a practical maintenance course for operators of hire tractors.",
        {"lWo014": 2, "lWo009": 1, "lWo011": 1, "lWo003": 1},
    ),
    (
        "lWn05",
        "en",
        "ag_dtn",
        "Clean-out, inspection and storage of a small combine after harvest",
        "A family farm in Tam Bình uses its small combine only a few weeks a year. After the last harvest we need "
        "someone to clean it out, list worn chains, sieves and sprockets for replacement, and keep it stored and "
        "rodent-free until next season.",
        {"lWo010": 2, "lWo154": 2, "lWo139": 1, "lWo001": 1, "lWo011": 1},
    ),
    (
        "lWn06",
        "vi",
        "ag_songhao",
        "Cần phụ tùng chính hiệu và nhớt đúng chuẩn cho máy kéo để giữ bảo hành",
        "Tổ hợp tác ở Vũng Liêm mua máy kéo và máy cấy còn trong hạn bảo hành; hãng không bảo hành nếu dùng phụ tùng "
        "không chính hiệu hay nhớt sai chuẩn. Cần nguồn lọc, curoa, bugi, nhớt chính hãng gần địa phương.",
        {"lWo004": 2, "lWo121": 2, "lWo137": 1},
    ),
    (
        "lWn07",
        "en",
        "ag_ghana",
        "Tracking service hours and oil changes for 12 tractors",
        "Most hour meters on our 12 tractors in Mang Thít no longer work, so nobody knows when oil and filters are "
        "due. We want a simple record and scheduling system that tells us when each machine must go to the shop.",
        {"lWo011": 2, "lWo137": 2, "lWo014": 1, "lWo009": 1},
    ),
    (
        "lWn08",
        "vi",
        "ag_enginebuilder",
        "Cần thợ bảo trì động cơ ghe và máy bơm nước sau vụ lúa",
        "Hết vụ, máy ghe chở lúa, máy bơm và máy kéo của bà con ở Cầu Kè cần được bảo trì động cơ. Cần thợ cơ khí làm "
        "tại chỗ, quen nhiều loại động cơ nông nghiệp.",
        {"lWo002": 2, "lWo110": 1, "lWo015": 1},
    ),
    (
        "lWn09",
        "vi",
        "ag_agupdate",
        "Can kiem tra may gat truoc vu de khoi nam dong",
        "Toi o Chau Thanh (Tra Vinh) co 2 may gat dap, nam ngoai may dut xich, hu sang giua vu mat ca tuan. Muon co "
        "dich vu kiem tra toan may truoc vu, bao chi tiet mon de thay truoc.",
        {"lWo139": 2, "lWo001": 2, "lWo008": 2, "lWo140": 2, "lWo009": 1},
    ),
    (
        "lWn10",
        "vi",
        "ag_farmprog",
        "Cần danh mục kiểm tra và tập huấn tổ lái máy trước thu hoạch",
        "Hợp tác xã ở Trà Ôn có 4 máy gặt, 6 máy kéo; muốn có bảng kiểm tra chi tiết để tổ lái tự kiểm và ký trước "
        "mỗi vụ, giảm hỏng hóc lúc thu hoạch.",
        {"lWo009": 2, "lWo011": 1, "lWo137": 1, "lWo139": 1, "lWo003": 1},
    ),
    # used oil and filters
    (
        "lWn11",
        "vi",
        "oil_123doc",
        "Gara ô tô cần đơn vị thu gom dầu nhớt thải có chứng từ",
        "Gara ở phường 1 TP Trà Vinh thải khoảng 3 thùng 200 lít nhớt mỗi tháng, hiện bán cho người thu mua dạo. Cần "
        "đơn vị có chức năng thu gom, xử lý và cấp chứng từ chất thải nguy hại.",
        {"lWo017": 2, "lWo018": 2, "lWo141": 2, "lWo026": 2, "lWo022": 1, "lWo019": 1},
    ),
    (
        "lWn12",
        "vi",
        "oil_kienthuc",
        "Tiem sua xe may can cho ban nhot thai dung quy dinh",
        "Tiem sua xe may cua toi o Cang Long moi thang thay nhot cho vai tram xe, nhot thai toan ban cho nguoi di gom ve "
        "nau lai. Muon giao cho don vi thu gom dung quy dinh.",
        {"lWo017": 2, "lWo018": 2, "lWo141": 2, "lWo026": 1, "lWo022": 1},
    ),
    (
        "lWn13",
        "en",
        "oil_earth911",
        "Disposal of used oil filters from a quick-lube shop",
        "Our quick-lube shop in Vĩnh Long city changes about 40 oil filters a day and throws them in the bin still "
        "full of oil. We need a way to drain or crush them so the steel can be recycled.",
        {"lWo027": 2, "lWo028": 2, "lWo029": 2, "lWo143": 2, "lWo023": 1},
    ),
    (
        "lWn14",
        "en",
        "oil_engfix",
        "Re-refining technology for collected used engine oil",
        "We collect used motor oil from about 40 garages around Duyên Hải and sell it on. We want to re-refine it "
        "into base oil ourselves instead.",
        {"lWo020": 2, "lWo024": 2, "lWo025": 1, "lWo017": 1},
    ),
    (
        "lWn15",
        "vi",
        "oil_moitruong",
        "Cần khảo sát và đề xuất quản lý dầu nhớt thải của tiệm sửa, rửa xe",
        "Phòng Nông nghiệp và Môi trường xã ở Trà Cú nhận thấy phần lớn dầu nhớt thải từ tiệm sửa xe bị bán trôi nổi. "
        "Cần nhóm chuyên gia khảo sát dòng dầu thải và đề xuất mô hình quản lý.",
        {"lWo019": 2, "lWo018": 1, "lWo017": 1},
    ),
    (
        "lWn16",
        "en",
        "oil_hsw",
        "Collection programme for used oil from home oil changes",
        "In Bình Minh many people change their motorbike oil at home and pour it into canals. The commune wants a "
        "community collection scheme for this used oil.",
        {"lWo025": 2, "lWo024": 1, "lWo026": 1, "lWo023": 1, "lWo017": 1},
    ),
    # wash water
    (
        "lWn17",
        "vi",
        "ww_ows",
        "Tiệm rửa xe cần mô hình xử lý nước thải nhỏ gọn",
        "Tiệm rửa xe máy, ô tô ở phường 4 TP Vĩnh Long xả nước có bùn đất, dầu mỡ thẳng ra cống. Cần mô hình xử lý "
        "nước thải phù hợp diện tích nhỏ.",
        {"lWo033": 2, "lWo142": 2, "lWo035": 2, "lWo038": 2, "lWo037": 1, "lWo148": 1},
    ),
    (
        "lWn18",
        "vi",
        "ww_camle",
        "Gara cần bể tách dầu đạt QCVN 40 để xin giấy phép xả thải",
        "Gara ô tô ở Bình Minh được yêu cầu có giấy phép xả nước thải; nước thải xưởng có dầu nhớt, xăng. Cần lắp bể "
        "tách dầu đạt QCVN 40:2011/BTNMT và làm hồ sơ.",
        {"lWo034": 2, "lWo035": 2, "lWo036": 1, "lWo148": 1, "lWo037": 1},
    ),
    (
        "lWn19",
        "en",
        "ww_ufl",
        "Oil/water separator at a bus depot keeps passing oil",
        "The wash bay at our bus depot in Trà Vinh drains to a separator, but oily water still reaches the sewer "
        "because we use strong detergents and hose spills into floor drains. We need practical advice.",
        {"lWo037": 2, "lWo036": 1, "lWo153": 1, "lWo034": 1},
    ),
    (
        "lWn20",
        "en",
        "ww_vinacee",
        "Oil water separator for a car wash and service station",
        "A car wash and oil-change station in Ba Tri needs a separator so wash water stops carrying oil and grit "
        "into the drain.",
        {"lWo038": 2, "lWo034": 2, "lWo036": 2, "lWo148": 2, "lWo037": 1},
    ),
    # paint booths and body repair
    (
        "lWn21",
        "vi",
        "booth_carhanoi",
        "Gara đồng sơn cần buồng sơn sấy thay vì sơn ngoài trời",
        "Gara ở Càng Long đang sơn xe ngoài sân, lớp sơn dính bụi, rạn sau vài tháng nắng. Cần buồng sơn sấy vừa với "
        "xưởng nhỏ.",
        {"lWo047": 2, "lWo039": 2, "lWo040": 2, "lWo043": 1, "lWo048": 1},
    ),
    (
        "lWn22",
        "vi",
        "booth_karres",
        "Xuong son can tu van giay phep khi thai buong son",
        "Xuong son o to o Binh Minh sap lap buong son, nghe noi phai tinh luong dung moi bay hoi va xin phep khi thai. "
        "Can nguoi tu van tinh toan va xu ly khi thai.",
        {"lWo041": 2, "lWo044": 2, "lWo042": 1, "lWo043": 1},
    ),
    (
        "lWn23",
        "en",
        "booth_gfs",
        "Cutting paint use and solvent emissions in a body shop",
        "Our body shop in Long Hồ sprays with old conventional guns and loses much of the paint as overspray. We want "
        "to use less paint and emit less solvent.",
        {"lWo043": 2, "lWo048": 2, "lWo042": 2, "lWo041": 1, "lWo039": 1},
    ),
    (
        "lWn24",
        "en",
        "booth_pw",
        "Disposal of spray booth filters and paint waste",
        "Used booth filters, paint dust and waste thinner pile up behind our workshop in Tiểu Cần. We need to know "
        "which are hazardous and how to manage them.",
        {"lWo042": 2, "lWo039": 1, "lWo151": 1},
    ),
    (
        "lWn25",
        "en",
        "body_miracle",
        "Paintless dent repair for a used-car dealer",
        "A used-car dealer in Trà Vinh city has many cars with small door dings and we do not want to repaint them. "
        "We need dent removal that keeps the factory paint.",
        {"lWo049": 2, "lWo051": 2, "lWo053": 2, "lWo050": 1, "lWo052": 1},
    ),
    (
        "lWn26",
        "vi",
        "body_dented",
        "Xe bị tông cần nắn khung và sơn lại",
        "Xe bán tải của hợp tác xã ở Cầu Kè bị va chạm, móp hông và nghi lệch khung. Cần xưởng kiểm tra khung, gò và "
        "sơn lại.",
        {"lWo052": 2, "lWo050": 2, "lWo047": 1},
    ),
    (
        "lWn27",
        "en",
        "booth_albany",
        "Painters exposed to solvent fumes in a body shop",
        "Painters at our body shop in Vũng Liêm complain of headaches from spraying in an open bay. We want a closed, "
        "ventilated booth that captures paint mist.",
        {"lWo039": 2, "lWo047": 2, "lWo040": 2, "lWo151": 1, "lWo042": 1},
    ),
]
NEEDS += [
    # diagnostics, emissions, air conditioning
    (
        "lWn28",
        "vi",
        "diag_otohui",
        "Gara cần máy chẩn đoán giá vừa phải và học đọc mã lỗi",
        "Gara nhỏ ở Tiểu Cần gặp nhiều xe sáng đèn Check Engine mà không đọc được lỗi. Cần mua máy chẩn đoán phù hợp "
        "túi tiền và được hướng dẫn cách dùng.",
        {"lWo055": 2, "lWo056": 2, "lWo054": 2, "lWo060": 2, "lWo146": 1, "lWo059": 1, "lWo109": 1, "lWo061": 1},
    ),
    (
        "lWn29",
        "vi",
        "diag_matcu",
        "Can hoc su dung OBD2 cho tho gara",
        "Tho o gara cua toi o Giong Trom chi biet sua co, xe doi moi nhieu hop dieu khien la chiu. Can khoa hoc ngan ve "
        "OBD2, doc loi ABS, tui khi, dong co.",
        {"lWo054": 2, "lWo109": 2, "lWo146": 2, "lWo059": 2, "lWo057": 1},
    ),
    (
        "lWn30",
        "en",
        "diag_train",
        "Scan tool for older OBD-I and newer OBD-II pickups",
        "Our garage in Mỏ Cày repairs many 1990s pickups whose connectors give no live data, as well as newer models. "
        "We need shop-grade scan tools and advice covering both.",
        {"lWo060": 2, "lWo059": 1, "lWo055": 1},
    ),
    (
        "lWn31",
        "vi",
        "diag_cartek",
        "Hợp tác nghiên cứu thiết bị chẩn đoán OBD-II giá rẻ",
        "Khoa cơ khí của một trường cao đẳng ở Trà Vinh muốn cùng nhóm nghiên cứu chế tạo thiết bị đọc mã lỗi OBD-II "
        "giá thấp cho gara vùng nông thôn và dùng làm thiết bị giảng dạy.",
        {"lWo058": 2, "lWo056": 1, "lWo059": 1},
    ),
    (
        "lWn32",
        "en",
        "emis_kenh14",
        "Diesel pickups failing the new emission test",
        "Our fleet of diesel pickups in Duyên Hải must pass the stricter emission levels applied at inspection from "
        "1 March. We need a workshop to tune the fuel system so they pass.",
        {"lWo064": 2, "lWo062": 2, "lWo147": 2, "lWo063": 1},
    ),
    (
        "lWn33",
        "vi",
        "emis_kenh14",
        "Xe tải nhỏ cần bảo dưỡng trước đăng kiểm khí thải mới",
        "Hợp tác xã vận tải ở Châu Thành có 8 xe tải nhỏ chạy xăng và dầu; sợ trượt đăng kiểm khí thải theo quy trình "
        "mới nên cần gara bảo dưỡng, chỉnh máy trước khi đi kiểm định.",
        {"lWo062": 2, "lWo147": 2, "lWo064": 2, "lWo063": 1},
    ),
    (
        "lWn34",
        "en",
        "ac_tomorrow",
        "Offering car air-conditioning service without venting refrigerant",
        "Our garage in Trà Vinh city wants to start car AC repair and recharge; we do not own equipment to recover "
        "refrigerant and must not vent it.",
        {"lWo065": 2, "lWo066": 2, "lWo068": 2, "lWo067": 1},
    ),
    (
        "lWn35",
        "vi",
        "ac_redhill",
        "Gara cần máy hút, nạp gas lạnh ô tô tự động",
        "Gara ở Long Hồ nạp gas điều hòa bằng bình và đồng hồ thủ công, không hút chân không được. Cần máy thu hồi, "
        "nạp gas theo khối lượng.",
        {"lWo065": 2, "lWo068": 2, "lWo066": 1, "lWo067": 1},
    ),
    (
        "lWn36",
        "vi",
        "ac_topmech",
        "Thợ điện lạnh ô tô cần tập huấn thu hồi gas",
        "Các thợ điện lạnh ô tô ở TP Trà Vinh vẫn xả gas cũ ra ngoài trời khi sửa. Cần lớp tập huấn về thu hồi gas "
        "lạnh và quy định cấm xả.",
        {"lWo067": 2, "lWo065": 1, "lWo068": 1},
    ),
    # batteries
    (
        "lWn37",
        "vi",
        "bat_nhot",
        "Xe tải đề yếu, cần kiểm tra ắc quy",
        "Xe tải của cơ sở ở Cầu Kè sáng nào cũng đề yếu, đèn mờ, cọc bình sùi trắng. Cần thợ kiểm tra ắc quy còn dùng "
        "được hay phải thay.",
        {"lWo071": 2, "lWo079": 2, "lWo072": 1, "lWo144": 1},
    ),
    (
        "lWn38",
        "vi",
        "bat_giaphat",
        "Ô tô vừa thay ắc quy mới vẫn cạn bình sau hai ngày",
        "Xe 7 chỗ của tổ du lịch cộng đồng ở Cồn Chim (Trà Cú) vừa thay ắc quy mới, để hai ngày không chạy lại cạn "
        "bình. Cần gara tìm nguyên nhân hao điện.",
        {"lWo074": 2, "lWo071": 1, "lWo079": 1},
    ),
    (
        "lWn39",
        "vi",
        "bat_nhot",
        "Binh acquy xe may yeu, muon phuc hoi khong thay moi",
        "Toi o Tra On co may xe may cho thue, binh acquy mau yeu, de khong noi. Muon tim cho phuc hoi binh cho do ton "
        "tien thay moi.",
        {"lWo073": 2, "lWo072": 1, "lWo144": 1},
    ),
    (
        "lWn40",
        "en",
        "bat_who",
        "Sound recycling for used batteries broken near homes",
        "In a hamlet of Trà Cú, used car batteries are broken and melted behind houses and the acid is poured on the "
        "ground. We need an environmentally sound recycling route for them.",
        {"lWo076": 2, "lWo070": 2, "lWo075": 1, "lWo077": 1, "lWo150": 1, "lWo069": 1, "lWo078": 1},
    ),
    (
        "lWn41",
        "en",
        "bat_afsea",
        "Assessing lead contamination around a battery workshop",
        "Parents near a battery recycling workshop in Tiểu Cần fear lead poisoning. The commune health station wants "
        "soil, dust and blood-lead checks and an exposure assessment.",
        {"lWo075": 2, "lWo077": 2, "lWo150": 2, "lWo076": 1},
    ),
    (
        "lWn42",
        "vi",
        "bat_vinfast",
        "Đại lý ắc quy cần đầu ra thu hồi bình cũ theo EPR",
        "Đại lý ắc quy ở TP Vĩnh Long nhận lại hàng trăm bình cũ mỗi tháng; nhà sản xuất yêu cầu chứng minh tỷ lệ tái "
        "chế. Cần mạng lưới thu hồi chuyển bình cho cơ sở tái chế được cấp phép.",
        {"lWo069": 2, "lWo078": 2, "lWo070": 1},
    ),
    (
        "lWn43",
        "en",
        "bat_dongkhanh",
        "Battery care plan for a fleet of delivery motorbikes",
        "Batteries in our 20 delivery motorbikes in Trà Vinh die after about a year. We want a maintenance plan with "
        "regular checks so they last longer.",
        {"lWo144": 2, "lWo072": 2, "lWo073": 1, "lWo071": 1},
    ),
    # tyres
    (
        "lWn44",
        "vi",
        "tyre_bs",
        "Xe khách rung vô lăng, lốp mòn lệch",
        "Xe khách của công ty ở Duyên Hải rung vô lăng khi chạy trên 60 km/h và lốp mòn không đều. Cần xưởng cân bằng "
        "động và chỉnh lại bánh xe.",
        {"lWo090": 2, "lWo091": 2, "lWo092": 2, "lWo093": 2},
    ),
    (
        "lWn45",
        "vi",
        "tyre_lopviet",
        "Xe bán tải bị kéo lệch một bên",
        "Xe bán tải của tôi ở Mang Thít buông tay lái là xe kéo sang phải, lốp trước mòn mép ngoài. Cần chỉnh lại góc "
        "đặt bánh xe.",
        {"lWo091": 2, "lWo092": 2, "lWo090": 1, "lWo093": 1},
    ),
    (
        "lWn46",
        "en",
        "tyre_vkrt",
        "Retreading worn bus tyre casings",
        "A bus company in Vĩnh Long replaces many tyres whose tread is worn but whose casings are sound. We want them "
        "retreaded to cut costs.",
        {"lWo094": 2, "lWo085": 2, "lWo088": 1},
    ),
    (
        "lWn47",
        "vi",
        "tyre_scp",
        "Gara tồn hàng trăm lốp cũ cần nơi thu gom tái chế",
        "Gara và tiệm vá lốp ở Trà Ôn tồn hàng trăm lốp ô tô cũ, để lâu đọng nước, sinh muỗi. Cần đơn vị đến thu gom "
        "để tái chế.",
        {"lWo084": 2, "lWo145": 2, "lWo083": 1, "lWo087": 1, "lWo089": 1},
    ),
    (
        "lWn48",
        "en",
        "tyre_vkrt",
        "Processing scrap tyres into crumb rubber",
        "A rubber products workshop in Bình Đại wants to turn locally collected scrap tyres into crumb rubber for "
        "its own moulded goods.",
        {"lWo089": 2, "lWo083": 2, "lWo084": 1, "lWo145": 1, "lWo087": 1},
    ),
    (
        "lWn49",
        "vi",
        "tyre_lopcu",
        "Đánh giá môi trường dự án nhiệt phân lốp phế thải",
        "Doanh nghiệp ở khu công nghiệp Long Đức (Trà Vinh) dự định đầu tư lò nhiệt phân lốp cũ; cần nhóm chuyên gia "
        "đánh giá tác động môi trường theo vòng đời trước khi làm hồ sơ.",
        {"lWo086": 2, "lWo089": 1},
    ),
    # training of mechanics
    (
        "lWn50",
        "vi",
        "tr_huongnghiep",
        "Mở lớp sửa xe máy buổi tối cho thanh niên nông thôn",
        "Xã ở Cầu Ngang có nhiều thanh niên làm công nhân, muốn học thêm nghề sửa xe máy vào buổi tối, gồm cả xe tay "
        "ga và phun xăng điện tử. Cần cơ sở dạy nghề mở lớp tại xã.",
        {"lWo098": 2, "lWo107": 2, "lWo110": 1, "lWo106": 1},
    ),
    (
        "lWn51",
        "vi",
        "tr_danang",
        "Gara ô tô thiếu thợ, cần đào tạo kỹ thuật viên",
        "Gara ở TP Vĩnh Long ngày càng nhiều xe nhưng không tuyển được thợ có tay nghề, nhất là dịp cận Tết. Cần đối "
        "tác đào tạo kỹ thuật viên sửa chữa, bảo dưỡng ô tô.",
        {"lWo099": 2, "lWo100": 2, "lWo103": 2, "lWo112": 2, "lWo149": 2, "lWo101": 1},
    ),
    (
        "lWn52",
        "en",
        "tr_znews",
        "Paid apprenticeship scheme for a car dealer",
        "A car dealer in Trà Vinh has empty service bays for lack of technicians. We want to run a paid, "
        "on-the-job apprenticeship for young people who did not go to college.",
        {"lWo103": 2, "lWo112": 2, "lWo099": 1, "lWo149": 1},
    ),
]
NEEDS += [
    (
        "lWn53",
        "en",
        "tr_tafe",
        "Curriculum outline for a motorcycle technician course",
        "A vocational centre in Càng Long wants to open a formal motorcycle and power-equipment technician course "
        "and needs a programme outline with topics and time allocations.",
        {"lWo105": 2, "lWo106": 1, "lWo104": 1, "lWo098": 1},
    ),
    (
        "lWn54",
        "en",
        "tr_ita",
        "Training young people to repair small engines",
        "Pumps, grass cutters, generators and sprayers with small petrol engines are everywhere in Chợ Lách orchards, "
        "but few people can fix them. We want a short small-engine repair course for local youth.",
        {"lWo104": 2, "lWo110": 2, "lWo105": 1},
    ),
    (
        "lWn55",
        "vi",
        "tr_znews",
        "Trường nghề muốn mở khoa cơ khí động lực gắn xưởng dịch vụ",
        "Trường trung cấp ở Trà Cú muốn đào tạo thợ sửa ô tô để học viên về mở xưởng tại quê, vì xe hư ở nông thôn phải "
        "kéo lên thành phố sửa rất tốn kém. Cần đơn vị chia sẻ mô hình đào tạo gắn xưởng dịch vụ.",
        {"lWo100": 2, "lWo149": 2, "lWo101": 1, "lWo099": 1},
    ),
    (
        "lWn56",
        "en",
        "tr_cciu",
        "Training mechanics on computerised motorcycle diagnostics",
        "Our motorcycle shop in Tam Bình sees more fuel-injected bikes with electronic faults. Our mechanics need "
        "training on the diagnostic equipment now used on motorcycles.",
        {"lWo106": 2, "lWo059": 2, "lWo054": 1, "lWo109": 1},
    ),
    (
        "lWn57",
        "vi",
        "tr_nghean",
        "Tìm chương trình cao đẳng công nghệ ô tô chuyên về điện",
        "Con tôi ở Long Hồ thích sửa hệ thống điện ô tô, muốn học bài bản 3 năm để có việc làm ổn định. Cần trường có "
        "chương trình công nghệ ô tô mạnh về điện.",
        {"lWo101": 2, "lWo111": 2, "lWo100": 1},
    ),
    # spare parts
    (
        "lWn58",
        "en",
        "ag_enginebuilder",
        "Adding starter and alternator remanufacturing to a machine shop",
        "Our engine shop in Long Hồ rebuilds tractor and truck engines; customers also bring failed starters and "
        "alternators. We want remanufactured units, or the process to make them, that last like new.",
        {"lWo113": 2, "lWo114": 2, "lWo115": 2, "lWo118": 2, "lWo119": 2, "lWo156": 1, "lWo015": 1},
    ),
    (
        "lWn59",
        "vi",
        "parts_mng",
        "Cần nguồn phụ tùng xe máy chính hãng, tránh hàng giả",
        "Tiệm sửa xe ở Mang Thít bị khách phàn nàn phụ tùng mau hư; nghi hàng nhái mua ở chợ. Cần nguồn phụ tùng xe máy "
        "chính hãng có tem và cách nhận biết.",
        {"lWo116": 2, "lWo120": 2, "lWo117": 1},
    ),
    (
        "lWn60",
        "en",
        "parts_haiquan",
        "Genuine car parts and how to spot fakes",
        "A taxi company in Trà Vinh bought sensors and filters online that failed within weeks. We need a reliable "
        "source of genuine car parts and a way to check them.",
        {"lWo117": 2, "lWo116": 1, "lWo120": 1},
    ),
    # electric motorbikes
    (
        "lWn61",
        "vi",
        "ev_znews",
        "Tiệm sửa xe cần thiết bị đo để sửa xe máy điện",
        "Tiệm sửa xe ở Bình Tân nhận ngày càng nhiều xe máy điện nhưng chỉ biết thay cả bo điều tốc, pin. Cần thiết bị "
        "đo và hướng dẫn sửa đúng bệnh.",
        {"lWo122": 2, "lWo123": 2, "lWo126": 2, "lWo127": 2},
    ),
    (
        "lWn62",
        "en",
        "ev_nghean",
        "Electric delivery scooters fail again soon after repair",
        "A delivery start-up in Vĩnh Long runs 15 electric scooters; after each local repair they break again within "
        "days. We need technicians who diagnose controller, wiring and battery faults properly.",
        {"lWo122": 2, "lWo123": 2, "lWo126": 2, "lWo127": 2, "lWo125": 1},
    ),
    # further needs
    (
        "lWn63",
        "vi",
        "booth_vermont",
        "Gara sơn muốn chuyển sang sơn ít dung môi",
        "Xưởng sơn ô tô ở Ba Tri bị hàng xóm phản ánh mùi dung môi. Muốn chuyển sang loại sơn ít VOC và xử lý đúng bụi "
        "sơn, dung môi thải.",
        {"lWo042": 2, "lWo048": 1, "lWo043": 1},
    ),
    (
        "lWn64",
        "vi",
        "ww_winenfood",
        "Bể tách dầu xưởng xe buýt bị tràn dầu",
        "Xưởng bảo dưỡng xe buýt ở TP Trà Vinh có bể tách dầu nhưng nước ra vẫn váng dầu vì rửa sàn bằng xà phòng và "
        "xịt dầu đổ xuống cống. Cần hướng dẫn vận hành cho đúng.",
        {"lWo037": 2, "lWo153": 1, "lWo036": 1, "lWo148": 1},
    ),
    (
        "lWn65",
        "vi",
        "ag_colostate",
        "Đào tạo tài xế máy kéo của tổ cày thuê về bảo dưỡng",
        "Tổ dịch vụ cày thuê ở Trà Cú có 6 máy kéo, tài xế chưa qua đào tạo, đồng hồ giờ máy hư, máy để ngoài trời. Cần "
        "khóa tập huấn bảo dưỡng cho tài xế.",
        {"lWo014": 2, "lWo137": 1, "lWo003": 1},
    ),
    (
        "lWn66",
        "en",
        "bat_arbr",
        "Lead exposure near a battery smelting yard",
        "Fish ponds and gardens lie next to a yard in Cầu Ngang where old batteries are smelted. The cooperative wants "
        "to know whether lead has reached soil, crops and fish, and what to do.",
        {"lWo075": 2, "lWo150": 2, "lWo076": 1, "lWo077": 1},
    ),
    (
        "lWn67",
        "en",
        "tyre_lopviet",
        "Minibus pulls to one side and wears tyre edges",
        "Our minibus in Cầu Kè drifts right when the wheel is released and the front tyres wear on the outer edge. We "
        "need the wheel alignment corrected.",
        {"lWo091": 2, "lWo092": 2, "lWo090": 1, "lWo093": 1},
    ),
    (
        "lWn68",
        "en",
        "bat_giaphat",
        "New battery goes flat after two days",
        "The shuttle car of a homestay in Long Hồ has had two new batteries in two weeks and still will not start after "
        "a weekend. We need someone to find what drains it.",
        {"lWo074": 2, "lWo071": 1, "lWo079": 1},
    ),
    (
        "lWn69",
        "en",
        "bat_nhot",
        "Reconditioning weak motorbike batteries",
        "A motorbike-taxi group in Trà Vinh city has many weak batteries that no longer start the bikes. We would "
        "rather recondition them than buy new ones.",
        {"lWo073": 2, "lWo072": 1, "lWo144": 1},
    ),
    (
        "lWn70",
        "en",
        "emis_plo",
        "Diesel trucks at risk during free-acceleration smoke test",
        "A rice mill in Châu Thành has old diesel trucks whose governors may be worn; we fear engine damage when the "
        "inspector floors the pedal for the smoke test. We need the fuel system checked first.",
        {"lWo064": 2, "lWo147": 1, "lWo062": 1},
    ),
    (
        "lWn71",
        "en",
        "oil_kienthuc",
        "Survey of where garage waste oil ends up",
        "The environment office of a commune in Cầu Ngang suspects garage waste oil is sold to illegal re-boilers. It "
        "wants a survey of waste-oil flows and a management proposal.",
        {"lWo019": 2, "lWo018": 1, "lWo141": 1},
    ),
    (
        "lWn72",
        "en",
        "ww_ufl",
        "Service centre needs a separator to get its discharge permit",
        "A car service centre in Vĩnh Long city was told to obtain a wastewater discharge permit; floor and wash water "
        "carries oil and fuel. We need a separator that meets QCVN 40.",
        {"lWo034": 2, "lWo035": 2, "lWo038": 2, "lWo036": 1, "lWo148": 1},
    ),
    (
        "lWn73",
        "vi",
        "ag_fwr",
        "Vệ sinh, cất giữ máy gặt nhỏ sau vụ",
        "Máy gặt nhỏ của tổ hợp tác ở Tam Bình chỉ chạy khoảng 2 tháng mỗi năm; cần dịch vụ vệ sinh, ghi chi tiết mòn "
        "và cất giữ chống chuột cắn dây trong mùa nghỉ.",
        {"lWo010": 2, "lWo154": 2, "lWo001": 1, "lWo139": 1},
    ),
    (
        "lWn74",
        "vi",
        "diag_train",
        "Gara sửa xe bán tải đời cũ chuẩn OBD-I",
        "Gara ở Mỏ Cày sửa nhiều xe bán tải đời 1990, giắc chẩn đoán không cho dữ liệu trực tiếp. Cần máy quét và kinh "
        "nghiệm chẩn đoán cho cả xe OBD-I lẫn OBD-II.",
        {"lWo060": 2, "lWo055": 1, "lWo059": 1},
    ),
    (
        "lWn75",
        "en",
        "parts_mng",
        "Genuine motorbike parts for a repair shop",
        "A motorbike repair shop in Cầu Kè wants to stop buying cheap imitation parts from the market and stock "
        "genuine labelled parts instead.",
        {"lWo116": 2, "lWo120": 2, "lWo117": 1},
    ),
]
