"""Needs of the holdout206 set (id, language, source key, title, description, {offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long; most source pages describe schools elsewhere in Vietnam or abroad.
"""

NEEDS = [
    (
        "pZn01",
        "vi",
        "mn6q3",
        "Cần phần mềm tính khẩu phần ăn cho trường mầm non 280 trẻ",
        "Trường mầm non tư thục ở phường 1, TP Trà Vinh tổ chức bán trú cho 280 trẻ, cô kế toán đang tính khẩu phần bằng tay rất mất thời gian. "
        "Cần phần mềm tính khẩu phần theo từng độ tuổi, cân đối tiền ăn mỗi ngày và công khai thực đơn, chi phí cho phụ huynh.",
        {"pZo001": 2, "pZo011": 1, "pZo009": 1, "pZo013": 1, "pZo015": 1, "pZo004": 1, "pZo008": 1},
    ),
    (
        "pZn02",
        "en",
        "tienphong",
        "Menu planning with cost per meal for a 30,000 VND school lunch",
        "Our primary school in Càng Long starts a subsidised semi-boarding lunch of 30,000 VND for 600 pupils: rice, a main dish, greens, soup and dessert. "
        "We need help planning balanced Southern-style menus, the market quantities to buy and the exact cost of each tray.",
        {"pZo002": 2, "pZo004": 2, "pZo003": 1, "pZo011": 1, "pZo007": 1, "pZo005": 1, "pZo012": 1, "pZo010": 1},
    ),
    (
        "pZn03",
        "vi",
        "hcm_thucdon",
        "Can phan mem tinh dinh duong cho thuc don ban tru truong tieu hoc",
        "Truong tieu hoc o Tra On co 450 hoc sinh an ban tru nhung thuc don hang ngay chi ghi ten mon, khong ghi dinh luong nen khong danh gia duoc chat luong bua an. "
        "Can phan mem nhap dinh luong tung mon, tinh nang luong va cac chat dinh duong, lap thuc don tuan.",
        {"pZo004": 2, "pZo005": 2, "pZo001": 1, "pZo002": 1, "pZo003": 1, "pZo012": 1, "pZo011": 1, "pZo151": 1},
    ),
    (
        "pZn04",
        "en",
        "growth_hnue",
        "Menus to curb overweight among five-year-olds in a city kindergarten",
        "Our kindergarten in Vĩnh Long city weighed its children and found more overweight five-year-olds each year, while a few are still stunted. "
        "We want a tool that proposes daily menus and rations that prevent obesity for children under six.",
        {"pZo006": 2, "pZo014": 1, "pZo016": 1, "pZo009": 1, "pZo001": 1, "pZo013": 1},
    ),
    (
        "pZn05",
        "vi",
        "mn6q3",
        "Tập huấn giáo viên, cô nuôi xây dựng và đánh giá khẩu phần ăn",
        "Ba điểm trường mầm non ở Cầu Kè mới chuyển sang bán trú, giáo viên và cô nuôi chưa biết cách xây dựng khẩu phần đạt chuẩn và tự đánh giá năng lượng, "
        "tỷ lệ chất đạm – béo – bột đường. Cần đơn vị tập huấn, có thể hướng dẫn dùng phần mềm.",
        {"pZo008": 2, "pZo009": 2, "pZo001": 1, "pZo013": 1},
    ),
    (
        "pZn06",
        "en",
        "muongte",
        "Lowest-cost balanced menus for three boarding meals a day",
        "An ethnic boarding school in Trà Cú receives a fixed daily allowance per boarder for three meals. "
        "We need a method or program that finds the cheapest weekly menus still meeting nutrition standards for teenagers, with enough variety.",
        {"pZo007": 2, "pZo002": 1, "pZo004": 1, "pZo003": 1, "pZo150": 1},
    ),
    (
        "pZn07",
        "vi",
        "syc427",
        "Công cụ lập thực đơn có món chay và cảnh báo chất gây dị ứng",
        "Trường tiểu học song ngữ ở Vĩnh Long có học sinh ăn chay ngày rằm, học sinh dị ứng đậu phộng, hải sản. "
        "Cần công cụ lập thực đơn theo khối lớp, có lựa chọn món chay, không gluten, không hạt và ghi chú chất gây dị ứng cho từng món.",
        {"pZo010": 2, "pZo139": 1, "pZo004": 1, "pZo141": 1, "pZo142": 1, "pZo002": 1},
    ),
    (
        "pZn08",
        "en",
        "znews",
        "Platform for parents to see real meal photos and rate school lunches",
        "After news of food poisoning and smelly food in other provinces, parents at our Vĩnh Long secondary school ask to see what is actually served. "
        "We want a system showing each day's menu with a photo of the real tray and letting pupils and parents rate the meal, with reports for the board.",
        {"pZo011": 2, "pZo144": 2, "pZo136": 1, "pZo137": 1},
    ),
    (
        "pZn09",
        "vi",
        "minhphu",
        "Chọn một phần mềm dinh dưỡng dùng chung cho các trường mầm non trong huyện",
        "Phòng Giáo dục huyện Tiểu Cần muốn trang bị cùng một phần mềm tính khẩu phần, thực đơn cho 20 trường mầm non để dễ tập huấn và tổng hợp báo cáo. "
        "Cần tư vấn so sánh các phần mềm về chức năng, chi phí, hỗ trợ và đề xuất giải pháp phù hợp.",
        {"pZo012": 2, "pZo001": 2, "pZo004": 1, "pZo005": 1, "pZo015": 1, "pZo008": 1},
    ),
    (
        "pZn10",
        "en",
        "nhonmai",
        "Nutritionist to design seasonal menus from local produce for a preschool",
        "Our cooperative-owned preschool in Trà Ôn buys fish, vegetables and fruit from members. "
        "We need someone to design balanced rations for the children that follow the seasons and use what is available locally, and to teach our cooks the steps.",
        {"pZo009": 2, "pZo013": 1, "pZo002": 1, "pZo044": 1, "pZo043": 1},
    ),
    (
        "pZn11",
        "vi",
        "plo_thotnot",
        "Cần quy trình và tủ lưu mẫu thức ăn đúng chuẩn cho trường mầm non",
        "Sau vụ trẻ mầm non ngộ độc do vi khuẩn Bacillus cereus ở địa phương lân cận, đoàn kiểm tra nhắc trường mầm non ở Trà Cú lưu mẫu chưa đầy đủ. "
        "Cần hướng dẫn lượng mẫu, dụng cụ đựng, nhãn, thời gian lưu và tủ lạnh riêng để lưu mẫu từng bữa.",
        {"pZo021": 2, "pZo022": 2, "pZo053": 1, "pZo049": 1, "pZo026": 1},
    ),
    (
        "pZn12",
        "en",
        "vtv_ninhbinh",
        "Sample retention and 48-hour log for a central kitchen",
        "Our catering company in Vĩnh Long cooks lunches for three primary schools. An outbreak elsewhere traced to chicken floss made us review our records: "
        "we need a proper sample-retention set-up (containers, labelled portions, refrigerator, register) for every dish and batch.",
        {"pZo022": 2, "pZo021": 2, "pZo053": 1, "pZo064": 1},
    ),
    (
        "pZn13",
        "vi",
        "znews",
        "Can bo test nhanh kiem tra han the, formol, thuoc tru sau khi nhan thuc pham",
        "Bep truong tieu hoc o Chau Thanh nhan thit, gio cha, rau moi sang tu nha cung cap. "
        "Can bo test nhanh de kiem tra han the, formol, nitrat, du luong thuoc tru sau ngay khi nhan hang, gia hop ly.",
        {"pZo023": 2, "pZo024": 2, "pZo025": 1},
    ),
    (
        "pZn14",
        "en",
        "tienphong",
        "Affordable rapid kits for the school health officer to screen deliveries",
        "At our primary school in Duyên Hải the school health officer checks food as soon as it arrives, before it goes to the prep area. "
        "We want cheap rapid tests she can use on meat, pork rolls and vegetables to screen for banned preservatives and pesticide residues.",
        {"pZo023": 2, "pZo024": 2, "pZo025": 1},
    ),
    (
        "pZn15",
        "vi",
        "skkn_vsattp",
        "Hoàn thiện hồ sơ xin giấy chứng nhận đủ điều kiện ATTP cho bếp bán trú",
        "Trường mẫu giáo ở huyện Châu Thành (Trà Vinh) vừa cải tạo bếp bán trú 150 suất nhưng chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. "
        "Cần đơn vị tư vấn rà soát điều kiện và chuẩn bị hồ sơ, thủ tục.",
        {"pZo029": 2, "pZo053": 2, "pZo030": 2, "pZo051": 1, "pZo052": 1},
    ),
    (
        "pZn16",
        "en",
        "bth_trace",
        "Guidance on how long cooked school meals may wait before serving",
        "Our school kitchen in Tiểu Cần finishes cooking at 9:30 but the last pupils eat at 11:30 in a hot dining room. "
        "We need evidence-based time and temperature rules for holding cooked meals safely, and simple instructions for the cooks.",
        {"pZo027": 2, "pZo028": 2, "pZo061": 1, "pZo026": 1, "pZo126": 1},
    ),
    (
        "pZn17",
        "vi",
        "vtv_ninhbinh",
        "Tập huấn an toàn thực phẩm cho toàn bộ tổ bếp bán trú",
        "Trường tiểu học ở Tiểu Cần có 6 cô nuôi, kế toán và nhân viên y tế phụ trách bếp bán trú 400 suất. "
        "Cần khóa tập huấn an toàn thực phẩm thực tế: chọn và bảo quản nguyên liệu, nhiệt độ, chế biến một chiều, vệ sinh cá nhân.",
        {"pZo126": 2, "pZo128": 2, "pZo123": 1, "pZo127": 1, "pZo026": 1, "pZo028": 1, "pZo030": 1},
    ),
    (
        "pZn18",
        "vi",
        "znews",
        "Tập huấn nhân viên bếp về an toàn rau quả tươi",
        "Phụ huynh phản ánh rau không rõ nguồn gốc được đưa vào trường. Bếp trường THCS ở Cầu Ngang muốn nhân viên được học cách nhận biết, "
        "rửa, sơ chế và bảo quản rau quả tươi để giảm nguy cơ ô nhiễm.",
        {"pZo026": 2, "pZo135": 1, "pZo023": 1, "pZo024": 1, "pZo041": 1},
    ),
    (
        "pZn19",
        "vi",
        "oberlin",
        "HTX rau an toàn muốn cung cấp rau cho bếp ăn các trường",
        "Hợp tác xã rau an toàn ở Long Hồ (Vĩnh Long) có 35 hộ muốn ký hợp đồng cung cấp rau cho bếp bán trú các trường. "
        "Cần mô hình đầu mối: nhận đơn chung, giao gộp một chuyến, xuất hóa đơn, bảo đảm số lượng ổn định.",
        {"pZo038": 2, "pZo042": 2, "pZo039": 1, "pZo040": 1, "pZo041": 1, "pZo036": 1, "pZo035": 1},
    ),
    (
        "pZn20",
        "en",
        "oberlin",
        "Washing, cutting line and cold room to supply pre-cut vegetables",
        "Our farmers' cooperative in Trà Vinh wants to deliver washed and cut vegetables to school central kitchens, which have little staff for prep. "
        "We need a washing and packing line, a cold room and know-how to run a small food hub.",
        {"pZo039": 2, "pZo040": 2, "pZo038": 1, "pZo046": 1, "pZo078": 1, "pZo079": 1},
    ),
    (
        "pZn21",
        "en",
        "cricut",
        "Procurement mechanism so schools can buy directly from smallholders",
        "Small Khmer farming households in Trà Cú cannot sell to school kitchens, which buy only from large traders. "
        "The district wants a procurement approach and technical support that lets schools buy directly from smallholders and family farms.",
        {"pZo035": 2, "pZo036": 2, "pZo037": 2, "pZo047": 1, "pZo038": 1},
    ),
    (
        "pZn22",
        "vi",
        "baothanhhoa_rau",
        "Làm vườn rau trong trường mầm non cho bữa bán trú",
        "Trường mầm non ở Cầu Ngang còn khoảng 150 m² đất trống sau dãy lớp học. "
        "Muốn được hướng dẫn cải tạo đất, chọn loại rau theo mùa và tổ chức giáo viên, phụ huynh chăm sóc để có rau sạch cho bữa ăn của trẻ.",
        {"pZo043": 2, "pZo044": 2, "pZo109": 1},
    ),
    (
        "pZn23",
        "en",
        "mndangxa",
        "School vegetable garden fed with compost from canteen scraps",
        "A primary school in Bình Minh wants a clean-vegetable garden where pupils learn to grow greens for the semi-boarding kitchen, "
        "and would like to compost kitchen scraps to fertilise it.",
        {"pZo043": 2, "pZo044": 2, "pZo109": 1, "pZo117": 1, "pZo114": 1},
    ),
    (
        "pZn24",
        "vi",
        "plo_thotnot",
        "HTX cần quy trình sản xuất an toàn, truy xuất để được bếp trường mua",
        "Sau khi kiểm tra thấy nhiều trường không rõ nguồn gốc nguyên liệu, các trường ở Trà Ôn chỉ mua rau có chứng nhận. "
        "HTX rau của chúng tôi cần quy trình GAP, tổ nhóm sản xuất an toàn, vệ sinh thu hoạch và sau thu hoạch để đủ điều kiện cung cấp.",
        {"pZo045": 2, "pZo041": 2, "pZo135": 1, "pZo038": 1},
    ),
    (
        "pZn25",
        "en",
        "simplyfresh",
        "Solar cold room for a vegetable cooperative with weak grid power",
        "Our cooperative in Cầu Kè harvests leafy greens at dawn but delivers to school kitchens only the next morning; heat spoils part of each lot "
        "and grid power often cuts out. We need an affordable off-grid cold room for about two tonnes.",
        {"pZo078": 2, "pZo079": 2, "pZo080": 2, "pZo046": 1, "pZo049": 1},
    ),
    (
        "pZn26",
        "en",
        "wfp_p4p",
        "Framework and case studies to design home-grown school feeding",
        "The provincial education and agriculture departments plan a pilot where school meals in Trà Vinh buy rice, fish and vegetables from local farmers. "
        "We need a design framework, international case studies and guidance on procurement and monitoring.",
        {"pZo047": 2, "pZo037": 2, "pZo036": 2, "pZo035": 1},
    ),
    (
        "pZn27",
        "vi",
        "tienphong",
        "Thiết kế, thi công bếp bán trú một chiều 500 suất",
        "Trường tiểu học ở Vũng Liêm xây khu bếp mới phục vụ 500 suất bán trú mỗi ngày. "
        "Cần đơn vị thiết kế bếp một chiều (tiếp nhận, sơ chế, nấu, chia suất, rửa), thi công thiết bị inox và lo hồ sơ an toàn thực phẩm.",
        {"pZo051": 2, "pZo052": 2, "pZo053": 2, "pZo056": 1, "pZo057": 1, "pZo054": 1, "pZo049": 1},
    ),
    (
        "pZn28",
        "en",
        "mn6q3",
        "Combined freezer and fridge for a small kindergarten kitchen",
        "Our kindergarten kitchen in Trà Vinh city is tiny but must store frozen meat and fish and chilled vegetables separately for 200 children. "
        "We are looking for one cabinet with a freezer and a chiller compartment.",
        {"pZo049": 2, "pZo050": 1, "pZo074": 1, "pZo068": 1},
    ),
    (
        "pZn29",
        "vi",
        "trunghoa",
        "Can tu nau com cong nghiep dung ca gas va dien cho 300 suat",
        "Truong noi tru o Tra Cu nau com cho 300 hoc sinh, khu vuc hay mat dien nen muon mua tu nau com dung duoc ca gas va dien. "
        "Can tu van chon so khay, cong suat va bao gia.",
        {"pZo055": 2, "pZo054": 2, "pZo060": 1, "pZo058": 1},
    ),
    (
        "pZn30",
        "en",
        "muongte",
        "Steam-jacketed kettle for soups for 400 boarders",
        "Our boarding school kitchen in Duyên Hải cooks soup and braised dishes for 400 pupils in open pots that scorch. "
        "We need a large kettle of the right size, preferably tilting, and advice on installation.",
        {"pZo058": 2, "pZo059": 2, "pZo060": 1, "pZo085": 1},
    ),
    (
        "pZn31",
        "en",
        "sgbuzz_ck",
        "Keeping meals hot from a central kitchen to eight kindergartens",
        "A company in Trà Vinh city will cook in one central kitchen for eight kindergartens without their own kitchens. "
        "We need insulated transport equipment and a delivery and temperature-check procedure so meals arrive hot and safe.",
        {"pZo062": 2, "pZo063": 2, "pZo067": 2, "pZo064": 2, "pZo061": 1, "pZo066": 1, "pZo065": 1},
    ),
    (
        "pZn32",
        "vi",
        "sgbuzz_ck",
        "Máy đóng hộp suất ăn đơn phần cho bếp trung tâm",
        "Bếp trung tâm ở TP Vĩnh Long cung cấp bữa trưa cho học sinh, phụ huynh muốn mỗi em nhận suất riêng đóng hộp. "
        "Cần máy đóng gói hộp đơn phần cho món nóng và món nguội, công suất khoảng 1.500 hộp mỗi buổi.",
        {"pZo065": 2, "pZo067": 1, "pZo062": 1, "pZo064": 1},
    ),
    (
        "pZn33",
        "en",
        "caterer",
        "Planning and layout of a central kitchen for twelve schools",
        "The education office of a Vĩnh Long district is considering one central production kitchen for 12 primary schools instead of 12 small kitchens. "
        "We need planning support: capacity, layout, equipment and the one-way flow.",
        {"pZo066": 2, "pZo052": 2, "pZo051": 2, "pZo064": 1, "pZo062": 1},
    ),
    (
        "pZn34",
        "vi",
        "bth_trace",
        "Giám sát nhiệt độ tủ đông, tủ mát và cảnh báo khi mất điện",
        "Bếp trường mầm non ở Càng Long có 2 tủ đông và 1 tủ mát, đã có lần mất điện cuối tuần làm hỏng cả tủ thịt cá. "
        "Cần thiết bị ghi nhiệt độ liên tục và báo về điện thoại khi vượt ngưỡng, xuất được sổ theo dõi.",
        {"pZo068": 2, "pZo070": 2, "pZo069": 2, "pZo073": 2, "pZo074": 2, "pZo071": 1, "pZo072": 1},
    ),
    (
        "pZn35",
        "en",
        "cky",
        "Cheap do-it-yourself temperature logger for kindergarten fridges",
        "Several commune kindergartens in Cầu Kè have tiny budgets. With the provincial vocational college we want to build a low-cost logger "
        "with open-source boards and sensors that records fridge temperatures to the cloud.",
        {"pZo071": 2, "pZo069": 1, "pZo068": 1, "pZo072": 1},
    ),
    (
        "pZn36",
        "vi",
        "awe_dish",
        "Máy rửa bát công nghiệp khử khuẩn bằng nhiệt cho bếp 800 suất",
        "Bếp ăn trường THCS ở Bình Minh phục vụ 800 suất, hiện rửa khay inox bằng tay, tốn nước và không chắc sạch khuẩn. "
        "Cần máy rửa bát có nước tráng nóng khử khuẩn, hiển thị nhiệt độ, tiết kiệm nước.",
        {"pZo075": 2, "pZo076": 1, "pZo077": 1, "pZo056": 1},
    ),
    (
        "pZn37",
        "en",
        "awe_dish",
        "Cut water and energy use of an old conveyor dishwasher",
        "The canteen of a vocational school in Vĩnh Long runs an old conveyor dishwasher that uses a lot of water and power. "
        "We want a retrofit or replacement that lowers water and energy bills.",
        {"pZo077": 2, "pZo075": 2, "pZo076": 1},
    ),
    (
        "pZn38",
        "vi",
        "annin_flood",
        "Hệ thống lọc nước uống và nấu ăn cho trường mầm non sau lũ",
        "Trường mầm non ở Mang Thít bị ngập, máy lọc nước cũ hỏng, nay phải mua nước bình để nấu ăn cho 300 trẻ. "
        "Cần hệ thống lọc nước uống trực tiếp và cấp nước sạch cho bếp.",
        {"pZo081": 2, "pZo082": 2},
    ),
    (
        "pZn39",
        "en",
        "vithanh",
        "Safe drinking water for a school on well and rainwater",
        "Our primary school in Cầu Ngang relies on a drilled well and rainwater; tests found coliforms. "
        "We need a treatment system and distribution to drinking points and the kitchen meeting national drinking-water standards.",
        {"pZo082": 2, "pZo081": 2},
    ),
    (
        "pZn40",
        "vi",
        "biogency",
        "Lắp bẫy mỡ cho bếp trường bị tắc cống, hôi mùi",
        "Bếp bán trú trường tiểu học ở Tam Bình thường xuyên tắc cống thoát nước, mùi hôi lan sang lớp học do dầu mỡ. "
        "Cần đơn vị lắp đặt bẫy mỡ phù hợp lưu lượng và hướng dẫn vệ sinh định kỳ.",
        {"pZo057": 2, "pZo052": 1, "pZo089": 1, "pZo097": 1},
    ),
    (
        "pZn41",
        "en",
        "nguoiduatin_gian",
        "Small cockroaches overrunning a kindergarten kitchen",
        "Since last term our kindergarten kitchen in Trà Vinh city has been full of small, fast cockroaches in cabinets, rice bins and near the sink; "
        "store-bought sprays do not work. We need effective, child-safe control and prevention.",
        {"pZo098": 2, "pZo099": 2, "pZo101": 2, "pZo094": 2, "pZo097": 1, "pZo096": 1, "pZo100": 1},
    ),
    (
        "pZn42",
        "vi",
        "texas_ipm",
        "Xây dựng chương trình quản lý dịch hại tổng hợp cho bếp ăn các trường",
        "Phòng Giáo dục TP Vĩnh Long muốn áp dụng quản lý dịch hại tổng hợp ở bếp ăn các trường thay vì phun thuốc định kỳ: "
        "quy định kiểm tra, sổ ghi nhận côn trùng, ngưỡng xử lý và cách phối hợp với công ty dịch vụ.",
        {"pZo094": 2, "pZo096": 2, "pZo101": 2, "pZo100": 1, "pZo095": 1, "pZo097": 1},
    ),
    (
        "pZn43",
        "en",
        "texas_ipm",
        "Training cooks to keep pests out of the kitchen",
        "The cooks of our boarding school in Trà Cú leave crumbs, cardboard boxes and wet corners that draw ants, cockroaches and rats. "
        "We need short training for kitchen staff on pest hot spots and daily cleaning routines.",
        {"pZo095": 2, "pZo097": 2, "pZo100": 1, "pZo094": 1},
    ),
    (
        "pZn44",
        "vi",
        "nguoiduatin_gian",
        "Can dich vu diet chuot, gian dinh ky cho bep truong mam non",
        "Bep an truong mam non o Vung Liem co chuot va gian, can cong ty diet con trung den dinh ky, dung bien phap an toan cho tre "
        "va huong dan co nuoi cach phong ngua.",
        {"pZo101": 2, "pZo098": 2, "pZo094": 1, "pZo099": 1},
    ),
    (
        "pZn45",
        "en",
        "slideum",
        "Dealing with ants and mice in a day-care kitchen",
        "A private day-care centre in Long Hồ has ants on the counters and signs of mice in the store room. "
        "We want reliable guidance on identifying and controlling them without risky chemicals where toddlers eat.",
        {"pZo100": 2, "pZo094": 1, "pZo096": 1, "pZo097": 1},
    ),
    (
        "pZn46",
        "vi",
        "kompasiana",
        "Đo lượng thức ăn thừa của học sinh để điều chỉnh thực đơn",
        "Trường THCS ở TP Vĩnh Long thấy mỗi trưa đổ bỏ nhiều cơm canh. Muốn cân, phân loại rác bữa trưa để biết mỗi học sinh bỏ bao nhiêu gam, "
        "món nào bị bỏ nhiều, từ đó sửa thực đơn và lượng nấu.",
        {"pZo105": 2, "pZo106": 2, "pZo107": 2, "pZo108": 2, "pZo113": 2, "pZo116": 1},
    ),
    (
        "pZn47",
        "en",
        "kompasiana",
        "Composting canteen scraps with pupils",
        "A primary school in Càng Long wants pupils to collect vegetable peelings and leftovers from the canteen every day "
        "and turn them into compost for the school garden, as a science activity.",
        {"pZo109": 2, "pZo114": 2, "pZo117": 2, "pZo116": 2, "pZo111": 1},
    ),
    (
        "pZn48",
        "vi",
        "bsf_zhejiang",
        "Tìm đơn vị xử lý 200 kg thức ăn thừa mỗi ngày bằng ruồi lính đen",
        "Bếp trung tâm ở Trà Vinh nấu 2.000 suất mỗi ngày, thải khoảng 200 kg cơm, rau, thức ăn thừa. "
        "Muốn hợp tác với cơ sở nuôi ruồi lính đen hoặc ủ phân để xử lý thay vì đổ ra bãi rác.",
        {"pZo112": 2, "pZo111": 1, "pZo110": 1, "pZo115": 1},
    ),
    (
        "pZn49",
        "en",
        "bsf_tinvp",
        "Partner to turn daily kitchen scraps into feed or fertiliser",
        "Our school catering firm in Vĩnh Long produces several hundred kilos of food scraps daily. "
        "We look for a partner that collects them and converts them, for example with insect larvae, into animal feed and fertiliser.",
        {"pZo112": 2, "pZo115": 1, "pZo111": 1, "pZo110": 1},
    ),
    (
        "pZn50",
        "vi",
        "cvswmd",
        "Bàn chia sẻ và quyên góp đồ ăn học sinh không dùng",
        "Ở trường tiểu học Bình Minh, học sinh bỏ lại cả hộp sữa và trái cây còn nguyên. "
        "Trường muốn lập bàn chia sẻ, thu gom đồ ăn chưa mở để tặng và đưa phần còn lại đi ủ phân.",
        {"pZo106": 2, "pZo110": 2, "pZo114": 2, "pZo108": 1, "pZo105": 1},
    ),
    (
        "pZn51",
        "en",
        "mdpi_fl",
        "Food waste prevention training for school kitchen staff",
        "An environmental fund in Trà Vinh wants school kitchen teams to learn how to measure and prevent food waste, "
        "starting with audits in a few pilot schools and then training staff across the province.",
        {"pZo107": 2, "pZo116": 1, "pZo113": 1, "pZo105": 1, "pZo106": 1, "pZo108": 1},
    ),
    (
        "pZn52",
        "en",
        "linguazza",
        "Hands-on culinary training for central-kitchen cooks",
        "The cooks of our central kitchen in Vĩnh Long learned on the job; dishes are bland and vegetables overcooked. "
        "We want practical culinary training: knife skills, cooking methods, standard recipes for large batches.",
        {"pZo121": 2, "pZo122": 2, "pZo123": 2, "pZo124": 2, "pZo125": 2, "pZo130": 1},
    ),
    (
        "pZn53",
        "vi",
        "skkn_vsattp",
        "Khảo sát kiến thức, thực hành ATTP của cô nuôi rồi tập huấn",
        "Phòng Giáo dục huyện Trà Cú muốn biết cô nuôi ở 25 trường mầm non hiểu và làm đúng an toàn thực phẩm đến đâu, "
        "bếp đạt điều kiện hay chưa, để xây nội dung tập huấn sát thực tế.",
        {"pZo127": 2, "pZo128": 2, "pZo129": 1, "pZo126": 1},
    ),
    (
        "pZn54",
        "en",
        "vtv_ninhbinh",
        "Food safety course for all staff of a boarding school",
        "A Khmer ethnic boarding school in Trà Cú serves three meals a day. The principal wants everyone involved, from managers and cooks to the accountant and nurse, "
        "trained in food safety rules for collective kitchens.",
        {"pZo126": 2, "pZo128": 2, "pZo123": 1, "pZo127": 1},
    ),
    (
        "pZn55",
        "vi",
        "trunghoa",
        "Co nuoi can hoc them mon moi, che bien rau cu cho tre an ngon",
        "Truong noi tru o Cau Ke co 4 co nuoi nau lap di lap lai vai mon, hoc sinh bo rau nhieu. "
        "Can khoa hoc nau an thuc hanh, cong thuc moi de mon rau, ca, thit hap dan hon.",
        {"pZo121": 2, "pZo123": 2, "pZo124": 2, "pZo122": 2, "pZo125": 2, "pZo130": 1},
    ),
    (
        "pZn56",
        "en",
        "linguazza",
        "Accredited cooking certificates for school head cooks",
        "A private school group in Vĩnh Long wants its head cooks to earn recognised cooking certificates "
        "and to standardise recipes across its campuses.",
        {"pZo125": 2, "pZo123": 1, "pZo121": 1, "pZo130": 1},
    ),
    (
        "pZn57",
        "vi",
        "muongte",
        "Chuyên gia bếp xuống trực tiếp hướng dẫn tại bếp trường",
        "Bếp bán trú 700 suất ở Vĩnh Long muốn có đầu bếp chuyên nghiệp xuống bếp vài tuần, cùng thử công thức, "
        "sắp xếp sản xuất theo mẻ, chỉnh quy trình vệ sinh ngay tại chỗ.",
        {"pZo124": 2, "pZo125": 1, "pZo121": 1, "pZo130": 1},
    ),
    (
        "pZn58",
        "vi",
        "bth_trace",
        "Truy xuất nguồn gốc thịt, trứng bằng mã QR cho bếp mầm non",
        "Bếp trường mầm non ở TP Trà Vinh nhập thịt heo, thịt gà và trứng mỗi ngày. "
        "Muốn quét mã QR để biết trang trại, lò mổ, đơn vị phân phối và truy vết nhanh khi có sự cố.",
        {"pZo135": 2, "pZo045": 1, "pZo038": 1},
    ),
    (
        "pZn59",
        "en",
        "plo_thotnot",
        "Traceability from supplier to school kitchen across a district",
        "Inspections found most kindergartens could not show where their ingredients came from. "
        "The district wants every school kitchen in Càng Long to record suppliers digitally and trace meat, poultry and eggs by code.",
        {"pZo135": 2, "pZo045": 1},
    ),
    (
        "pZn60",
        "vi",
        "winenfood",
        "Quy trình phục vụ suất ăn an toàn cho trẻ dị ứng sữa, trứng",
        "Trường mầm non ở TP Vĩnh Long có 5 trẻ dị ứng sữa bò, trứng, tôm. "
        "Cần quy trình tiếp nhận giấy bác sĩ, chế biến riêng, tránh nhiễm chéo, thông tin cho phụ huynh và tập huấn cô nuôi.",
        {"pZo141": 2, "pZo143": 2, "pZo140": 2, "pZo142": 2, "pZo139": 1, "pZo138": 1},
    ),
    (
        "pZn61",
        "en",
        "syc427",
        "Allergy warnings when parents order school meals online",
        "Our school in Vĩnh Long city is moving meal ordering online. We want the system to hold each pupil's declared allergies "
        "and warn when a dish containing that allergen is chosen for the child.",
        {"pZo139": 2, "pZo140": 1, "pZo138": 1, "pZo137": 1, "pZo136": 1, "pZo010": 1},
    ),
    (
        "pZn62",
        "en",
        "slidegur",
        "Written food-allergy management plan and staff training for a kindergarten",
        "A bilingual kindergarten in Trà Vinh city enrols more children with severe food allergies. "
        "We need a written management plan with roles, prevention steps and emergency response, plus training for kitchen and teaching staff.",
        {"pZo140": 2, "pZo143": 2, "pZo142": 2, "pZo141": 1},
    ),
    (
        "pZn63",
        "vi",
        "winenfood",
        "Ứng dụng cho phụ huynh xem thực đơn, calo, chất gây dị ứng và nạp tiền ăn",
        "Trường tiểu học ở TP Trà Vinh muốn thay thực đơn in giấy bằng ứng dụng điện thoại: phụ huynh xem món từng ngày, năng lượng, "
        "chất gây dị ứng, hình món ăn và nạp tiền ăn cho con.",
        {"pZo136": 2, "pZo137": 2, "pZo144": 1, "pZo011": 1},
    ),
    (
        "pZn64",
        "en",
        "binhnghi_milk",
        "Growth-chart information for kindergarten parents",
        "Our commune kindergarten in Tiểu Cần weighs and measures children every month. "
        "We want simple material and a routine to show parents their child's growth curve and explain underweight or overweight.",
        {"pZo016": 2, "pZo014": 1},
    ),
    (
        "pZn65",
        "vi",
        "binhnghi_milk",
        "Tham gia chương trình sữa học đường cho trẻ mẫu giáo",
        "Trường mầm non xã ở Tiểu Cần muốn cho trẻ uống sữa mỗi ngày ở trường để cải thiện dinh dưỡng, nhiều gia đình khó khăn. "
        "Cần đơn vị cung ứng sữa học đường và cách phối hợp kinh phí nhà nước, doanh nghiệp, phụ huynh.",
        {"pZo147": 2, "pZo148": 2},
    ),
    (
        "pZn66",
        "vi",
        "qd1340",
        "Xa ngheo muon dua sua hoc duong vao truong mau giao va lop 1",
        "Xa o Tra Cu co ty le tre thap coi cao, muon dua sua hoc duong vao truong mau giao va lop 1. "
        "Can doanh nghiep cung ung sua hop 180 ml theo chuong trinh, giao dinh ky toi cac diem truong.",
        {"pZo147": 2, "pZo148": 2},
    ),
    (
        "pZn67",
        "en",
        "trunghoa",
        "Organising the kitchen of an ethnic boarding school",
        "Our ethnic boarding secondary school in Trà Cú feeds 400 boarders three meals a day with a small team. "
        "We want a proven model for organising cooks, checking food origin, rotating menus to pupils' tastes and involving pupils and parents.",
        {"pZo150": 2, "pZo149": 2, "pZo153": 1, "pZo152": 1},
    ),
    (
        "pZn68",
        "vi",
        "vbhn05",
        "Thuê đơn vị nấu ăn trọn gói cho 350 học sinh nội trú",
        "Trường phổ thông dân tộc nội trú ở Trà Vinh thiếu cô nuôi, muốn thuê đơn vị cung cấp suất ăn trọn gói ba bữa mỗi ngày "
        "cho 350 học sinh theo mức hỗ trợ tiền ăn của nhà nước.",
        {"pZo153": 2, "pZo154": 2, "pZo149": 1},
    ),
    (
        "pZn69",
        "en",
        "mn6q3",
        "Written procedures for semi-boarding care and meals in a new kindergarten",
        "A new private kindergarten in Vĩnh Long must submit its internal procedures for semi-boarding care: meal counts, food receiving, "
        "serving, nap time. We need a template we can adapt.",
        {"pZo152": 2, "pZo009": 1, "pZo141": 1},
    ),
    (
        "pZn70",
        "vi",
        "tienphong",
        "Chuyên gia định lượng thực đơn bán trú để đánh giá bữa ăn",
        "Trường tiểu học ở Càng Long muốn biết suất ăn bán trú hiện tại có đủ năng lượng, chất dinh dưỡng không. "
        "Cần chuyên gia định lượng thực đơn, phân tích dinh dưỡng một tuần và đề xuất điều chỉnh.",
        {"pZo151": 2, "pZo003": 1, "pZo004": 1, "pZo002": 1},
    ),
    (
        "pZn71",
        "en",
        "skkn_vsattp",
        "Multi-bowl stainless sinks for washing, rinsing and sanitising",
        "The kitchen of our kindergarten in Châu Thành washes vegetables and pots in plastic basins on the floor. "
        "We need proper stainless sinks with separate bowls for washing, rinsing and sanitising, made to fit the room.",
        {"pZo056": 2, "pZo028": 1, "pZo026": 1},
    ),
    (
        "pZn72",
        "vi",
        "wayzata",
        "Tủ giữ nóng để nấu trước mà món vẫn nóng tới giờ ăn",
        "Bếp trường THCS ở Trà Ôn phải nấu xong từ 9 giờ để kịp chia cho hai ca ăn. "
        "Cần tủ giữ nóng giữ món đúng nhiệt độ, không bị khô tới 11 giờ 30.",
        {"pZo061": 2, "pZo067": 1, "pZo062": 1, "pZo063": 1},
    ),
    (
        "pZn73",
        "en",
        "znews",
        "Hygiene audit of school kitchens after a Salmonella outbreak",
        "After a Salmonella outbreak in a neighbouring area, the district health centre in Cầu Ngang wants an independent audit of school kitchens "
        "(premises, one-way flow, storage) and of cooks' knowledge and practice, followed by targeted training.",
        {"pZo128": 2, "pZo127": 2, "pZo129": 1, "pZo030": 1},
    ),
    (
        "pZn74",
        "en",
        "tienphong",
        "Freezer with a worktop for a cramped school kitchen",
        "A small primary school kitchen in Vũng Liêm has no room for both a freezer and a prep table. "
        "We want a freezer unit with a stainless worktop on top for cutting and portioning.",
        {"pZo050": 2, "pZo049": 1},
    ),
    (
        "pZn75",
        "vi",
        "simplyfresh",
        "Tư vấn chọn công nghệ kho lạnh năng lượng mặt trời cho HTX",
        "HTX nông nghiệp ở Trà Cú chuẩn bị vay vốn làm kho lạnh để giữ rau củ giao cho các trường. "
        "Cần tư vấn so sánh kho lạnh chạy điện mặt trời và làm lạnh hấp thụ về chi phí, bảo trì, độ tin cậy trước khi đầu tư.",
        {"pZo046": 2, "pZo078": 1, "pZo079": 1, "pZo080": 1},
    ),
]
