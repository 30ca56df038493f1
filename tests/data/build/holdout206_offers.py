"""Offers of the holdout206 set: school meals, canteens and central kitchens (id, language, source key, title, description)."""

OFFERS = [
    # menu and nutrition planning
    (
        "pZo001",
        "vi",
        "tinbong",
        "Phần mềm tính khẩu phần ăn và quản lý kho thực phẩm cho trường mầm non",
        "Phần mềm thiết lập thực đơn, tính khẩu phần theo nhu cầu dinh dưỡng từng độ tuổi và cân đối giá thành bữa ăn. "
        "Có chức năng xuất – nhập – tồn kho thực phẩm, lập báo cáo kho và công khai tài chính, nguồn gốc thực phẩm; đã triển khai tại các trường mầm non TP Lạng Sơn.",
    ),
    (
        "pZo002",
        "en",
        "buaan",
        "Bank of 120 nutritionally balanced school menus with costing",
        "Web tool with 120 ready menus (over 360 non-repeating dishes) grouped for the North, Centre and South of Vietnam. "
        "Users download weekly or monthly menus with recipes, swap ingredients while keeping the balance, compute raw and market quantities, enter local prices and get the cost per meal.",
    ),
    (
        "pZo003",
        "vi",
        "usda_tools",
        "Công cụ tính lượng thực phẩm cần mua và quy trình phân tích dinh dưỡng thực đơn tuần",
        "Chuyển giao bộ công cụ tính lượng mua theo 6 nhóm thực phẩm (có bài hướng dẫn tự học và sổ tay tập huấn) và quy trình phân tích dinh dưỡng thực đơn một tuần của trường. "
        "Kèm danh mục phần mềm phân tích dinh dưỡng đã được thẩm định và bộ thực đơn chu kỳ hai tuần do đầu bếp và chuyên gia dinh dưỡng thiết kế.",
    ),
    (
        "pZo004",
        "en",
        "nutrikids",
        "School food service software: recipe analysis, menu planning, inventory and production",
        "Menu-driven software built for school kitchens: nutrient analysis of recipes, menu planning by user-defined grade bands, ingredient files, "
        "optional inventory and costing module and daily production plans. Nutrient standards can be coded to the school's own targets; a 15–20 minute tutorial is included.",
    ),
    (
        "pZo005",
        "vi",
        "mealsplus",
        "Phần mềm quản lý căng tin trường học tích hợp bán hàng, thực đơn và kho",
        "Phần mềm chạy trên máy tính dùng tại quầy thu ngân để nhận diện học sinh được miễn giảm tiền ăn, đồng thời lập thực đơn, phân tích dinh dưỡng, "
        "quản lý tài chính và tồn kho thực phẩm, vật tư của căng tin.",
    ),
    (
        "pZo006",
        "en",
        "tn_obesity",
        "Decision-support system choosing menus that prevent obesity in children under six",
        "University research product (computer science master's work) that proposes daily menus and rations for children under 6 to prevent overweight, "
        "built with data from a kindergarten in Nam Định; available for adaptation to other preschools.",
    ),
    (
        "pZo007",
        "vi",
        "uthm",
        "Thuật toán tối ưu thực đơn giàu dinh dưỡng cho học sinh trung học",
        "Nhóm nghiên cứu đại học chuyển giao mô hình toán học lập thực đơn cho học sinh trung học theo thuật toán xóa – xáo trộn – tối ưu lại, "
        "đáp ứng chuẩn dinh dưỡng với chi phí thấp và thay đổi món hợp lý.",
    ),
    (
        "pZo008",
        "en",
        "nutrikids_vn",
        "Training preschool staff to build and evaluate rations with nutrition software",
        "A pedagogical university team trains kindergarten staff to plan rations with nutrition software and to assess energy and nutrient balance "
        "of the children's actual diet, as tested at a kindergarten in Vĩnh Phúc (51-page study).",
    ),
    (
        "pZo009",
        "vi",
        "thanhhoa_kp",
        "Tư vấn các bước xây dựng khẩu phần ăn đúng chuẩn cho trẻ mầm non",
        "Khoa Giáo dục mầm non (ĐH Văn hóa, Thể thao và Du lịch Thanh Hóa) hướng dẫn giáo viên, cô nuôi các bước xây dựng khẩu phần cân đối đạm, béo, bột đường, vitamin, khoáng chất; "
        "chọn thực phẩm theo mùa, sẵn có ở địa phương và đa dạng món ăn.",
    ),
    (
        "pZo010",
        "en",
        "donesnap",
        "Online school lunch menu generator with dietary accommodations",
        "Free web planner that builds lunch menus for 1 day to 1 month by grade band (K-2 to 9-12) and head count, with vegetarian, gluten-free or nut-free options, "
        "allergen notes, preparation notes and a nutrition summary; meant to be checked by a nutrition professional.",
    ),
    (
        "pZo011",
        "vi",
        "sggp_software",
        "Phần mềm quản lý suất ăn bán trú “3 trong 1” cho trường phổ thông",
        "Phần mềm do Trung tâm Thông tin và chương trình giáo dục (Sở GD-ĐT TP.HCM) xây dựng: quản lý thực đơn ngày – tuần – tháng kèm hình ảnh suất ăn thực tế, "
        "báo cáo nhanh theo ngày và theo quý, ghi nhận đánh giá bữa ăn của học sinh và phụ huynh, tự động in biểu mẫu; đã thí điểm từ năm học 2024-2025.",
    ),
    (
        "pZo012",
        "en",
        "usda_nsmp",
        "Comparison charts of approved nutrient-analysis software for school menus",
        "Advisory service based on yearly-updated charts of nutrient-standard menu planning software: cost, training, support, functions and hardware needs of each program, "
        "to help a school kitchen pick a tool before buying.",
    ),
    (
        "pZo013",
        "vi",
        "hm_feed",
        "Bộ công cụ lập thực đơn cho nhóm trẻ và nhà trẻ",
        "Tài liệu và công cụ lập thực đơn dành riêng cho cơ sở giữ trẻ tại nhà hoặc nhà trẻ, kèm hướng dẫn mua đúng lượng từng loại thực phẩm "
        "và tính đóng góp của mỗi món vào tiêu chuẩn bữa ăn.",
    ),
    (
        "pZo014",
        "vi",
        "growth_hnue",
        "Dịch vụ đánh giá nhân trắc và tình trạng dinh dưỡng trẻ 24–59 tháng tại trường mầm non",
        "Khoa Sinh học (ĐHSP Hà Nội) cân đo, tính Z-score theo chuẩn WHO 2006 và phân loại nhẹ cân, thấp còi, gầy còm, thừa cân, béo phì cho trẻ mầm non. "
        "Nghiên cứu trên 994 trẻ cho thấy 16% suy dinh dưỡng, riêng thấp còi 14%.",
    ),
    (
        "pZo015",
        "en",
        "minhphu",
        "Custom menu and nutrition program built for a kindergarten",
        "Student IT project turned service: a small program that stores the kindergarten's dishes, assembles daily menus and computes the nutrient content "
        "of the children's rations, as developed for Minh Phú kindergarten (36-page report).",
    ),
    (
        "pZo016",
        "en",
        "mnviethung",
        "Growth-chart leaflets and monthly weighing routine for kindergarten parents",
        "Communication kit for preschools: WHO / Ministry of Health weight- and height-for-age charts for children 0–5, how to plot monthly measurements, "
        "and how to read the curve so parents spot malnutrition or overweight early.",
    ),
    (
        "pZo017",
        "vi",
        "bach_community",
        "Phần mềm phân tích và tư vấn dinh dưỡng cộng đồng",
        "Phần mềm của nhóm Y tế công cộng dùng để khảo sát khẩu phần hộ gia đình và tư vấn chế độ ăn cho người bệnh mạn tính (tim mạch, đái tháo đường, béo phì) "
        "dựa trên thực phẩm sẵn có và điều kiện kinh tế gia đình.",
    ),
    (
        "pZo018",
        "en",
        "hellobacsi",
        "Child growth chart calculator for parents",
        "Free consumer health tool: parents enter a child's height and weight and get BMI percentiles against WHO, CDC and Vietnamese Ministry of Health references; "
        "for information only, not a diagnosis.",
    ),
    (
        "pZo019",
        "vi",
        "nubest",
        "Biểu đồ tăng trưởng chiều cao cân nặng tham khảo WHO cho bé trai, bé gái",
        "Trang thông tin của nhãn hàng sữa hỗ trợ tăng chiều cao giới thiệu biểu đồ tăng trưởng WHO để cha mẹ tự theo dõi con dưới 2 tuổi và tư vấn sản phẩm bổ sung.",
    ),
    (
        "pZo020",
        "en",
        "scribd_ttdd",
        "Course notes on clinical nutrition status assessment",
        "Lecture material by a clinical nutrition doctor on assessing nutrition status: 24-hour dietary recall, anthropometry, biochemical tests and clinical screening, "
        "aimed at hospital and clinic staff.",
    ),
    # food safety, sampling and testing
    (
        "pZo021",
        "vi",
        "toronto",
        "Quy trình và bộ dụng cụ lưu mẫu thức ăn cho bếp ăn tập trung",
        "Hướng dẫn lấy mẫu thức ăn chín sau khi nấu xong, tối thiểu 200 g mỗi món, cho từng mẻ nấu; đựng trong hộp nhựa tiệt trùng có nắp hoặc túi vô trùng, "
        "không dùng hộp xốp, dán nhãn ngày giờ, tên món và người lấy mẫu để phục vụ điều tra khi có ngộ độc.",
    ),
    (
        "pZo022",
        "en",
        "cardoza",
        "Meal sample-retention fridge, containers and logbook for school canteens",
        "Package for schools: a dedicated sample refrigerator kept at about 2–8 °C, labelled containers for 200–250 g of every dish, a 48-hour retention rule "
        "and a register for daily tasting and sample checks by the person in charge.",
    ),
    (
        "pZo023",
        "en",
        "kinhtedothi",
        "Rapid single-analyte test kits for borax, formol, nitrate and nitrite",
        "Family of 15 rapid kits made by a national biochemical engineering institute; each kit detects one substance, e.g. borax from 50 mg per kg of food, "
        "using indicator paper that turns red within minutes. Kits cost around 25,000 VND each; wall-mounted nitrate meters are also supplied.",
    ),
    (
        "pZo024",
        "vi",
        "phunu",
        "Vali kiểm tra nhanh an toàn thực phẩm cho bếp ăn",
        "Vali chuyên dụng gồm các test thử nhanh dư lượng thuốc trừ sâu, hàn the, formol, nitrat, chất bảo quản, phẩm màu, chất tẩy trắng và dụng cụ kèm theo, giá 10,3–11 triệu đồng/bộ; "
        "bán lẻ từng hộp 370.000–670.000 đồng. Kết quả chỉ mang tính sàng lọc, chưa thay thế xét nghiệm.",
    ),
    (
        "pZo025",
        "vi",
        "suutam",
        "Nghiên cứu bộ kit thử nhanh chất cấm trong thịt “made in Việt Nam”",
        "Trung tâm Công nghệ sinh học TP.HCM đề xuất phát triển các bộ kit thử nhanh sản xuất trong nước để phát hiện chất cấm trong thịt heo, "
        "giúp người mua và bếp ăn sàng lọc tại chỗ.",
    ),
    (
        "pZo026",
        "en",
        "fns",
        "Produce Safety University and food-contact surface sanitising videos",
        "One-week course for school food service staff on identifying and managing risks of fresh fruit and vegetables, plus short videos on cleaning and "
        "sanitising food-contact surfaces and personal hygiene during meal service; from a child-nutrition food safety centre at Kansas State University.",
    ),
    (
        "pZo027",
        "vi",
        "makefoodsafe",
        "Nghiên cứu sự phát triển Salmonella, Listeria trong suất ăn học sinh để ở nhiệt độ phòng",
        "Kết quả nghiên cứu của Trung tâm An toàn thực phẩm trong chương trình dinh dưỡng trẻ em (ĐH Kansas State) về tốc độ vi khuẩn phát triển khi suất ăn để ngoài trời nóng, "
        "kèm khuyến nghị thời gian – nhiệt độ giữ suất ăn an toàn.",
    ),
    (
        "pZo028",
        "en",
        "h222",
        "Basic canteen hygiene poster set and staff briefing",
        "Ready-made briefing for cafeteria workers: clean prep surfaces after each use, keep hot food above 135 °F and cold food under 41 °F, separate foods, "
        "wear gloves and wash hands correctly; plus tips for pupils washing hands before lunch.",
    ),
    (
        "pZo029",
        "vi",
        "tuvanphapluat",
        "Dịch vụ xin Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Công ty tư vấn pháp luật nhận chuẩn bị hồ sơ và thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho bếp ăn, cơ sở dịch vụ ăn uống.",
    ),
    (
        "pZo030",
        "en",
        "atpacademy",
        "Consulting on food-safety conditions for catering establishments",
        "Training and consulting firm explaining the groups of conditions a food service business must meet (premises, equipment, staff health and training) "
        "and preparing kitchens for inspection.",
    ),
    (
        "pZo031",
        "en",
        "hanthe_tcvn",
        "Laboratory determination of borax in giò chả under TCVN 8895:2012",
        "Student research service describing the standard laboratory method for borate in Vietnamese pork rolls, aimed at processors and market inspectors "
        "who must keep additive-laden products off the market.",
    ),
    (
        "pZo032",
        "vi",
        "qaqc",
        "Tư vấn xây dựng bộ phận QA, QC cho nhà máy thực phẩm",
        "Đơn vị chứng nhận giải thích vai trò đảm bảo chất lượng (QA) và kiểm soát chất lượng (QC) trong doanh nghiệp sản xuất thực phẩm và hỗ trợ thiết lập hệ thống.",
    ),
    (
        "pZo033",
        "en",
        "phugia",
        "Course on food additive law and principles of use (Codex, EU, FDA)",
        "University lecture series on the definition of food additives under Codex STAN 192-1995, EU and FDA rules and how manufacturers choose and label additives.",
    ),
    (
        "pZo034",
        "vi",
        "memart_attp",
        "Cẩm nang an toàn vệ sinh thực phẩm cho gia đình",
        "Bài tổng hợp khái niệm, nguyên tắc, quy định về an toàn vệ sinh thực phẩm và mẹo giữ bữa ăn gia đình sạch, dành cho người đọc phổ thông.",
    ),
    # sourcing from local farms
    (
        "pZo035",
        "en",
        "wfp_p4p",
        "Linking smallholder farmer organisations to school feeding",
        "WFP-style home-grown school feeding support: farmer organisations are helped to sell staples, fish, groundnuts and bananas to nearby primary schools as an assured market. "
        "In a Malawi pilot 10 schools were supplied and enrolment rose about 15%; one farmer earned US$200 from maize, soya and sweet potato sales.",
    ),
    (
        "pZo036",
        "vi",
        "fao_incl",
        "Hỗ trợ mua sắm bao trùm: kết nối bếp trường học với nông hộ nhỏ",
        "Tư vấn chính sách và kỹ thuật để trường học ưu tiên mua thực phẩm của nông hộ nhỏ, phụ nữ, thanh niên, đồng bào; "
        "hỗ trợ nông dân tăng năng suất đáp ứng nhu cầu và xây dựng chuỗi giá trị nhạy cảm dinh dưỡng từ sản xuất, bảo quản đến chế biến bữa ăn.",
    ),
    (
        "pZo037",
        "en",
        "fao_belize",
        "Step-by-step guideline for direct purchase from family farms for school meals",
        "FAO guideline (2022) on implementing direct purchases from family farming for school feeding: benefits and challenges, public procurement mechanisms, "
        "and recommendations for design, monitoring and evaluation, drawn from a sustainable-schools pilot.",
    ),
    (
        "pZo038",
        "vi",
        "wa_coops",
        "Mô hình hợp tác xã, đầu mối gom hàng nông sản cung cấp cho trường học",
        "Hướng dẫn nông dân góp nguồn lực thành HTX hoặc đầu mối: một người nhận đơn, xuất hóa đơn và giao gộp cho nhiều hộ, cung cấp chủng loại đa dạng và ổn định hơn; "
        "có thể đầu tư kho lạnh, xe giao hàng và sơ chế (ví dụ bông cải cắt sẵn) mà bếp trường không tự làm được.",
    ),
    (
        "pZo039",
        "en",
        "goodacre",
        "Shared food hub with washing line, cold rooms and rentable freezer space",
        "A 4,700 sq ft food hub with two loading docks, produce-washing equipment, cold-storage rooms and a 5,000 cu ft freezer rented by the pallet, "
        "plus a certified kitchen for value-added products; it sells local produce to 20 school districts and trains food service staff.",
    ),
    (
        "pZo040",
        "vi",
        "osu_hub",
        "Trung tâm sơ chế rau củ cung cấp rau sạch đã cắt gọt cho trường học",
        "Food hub vùng gom rau của nông dân và trang trại hữu cơ một mẫu Anh, sơ chế sẵn để bán cho gia đình và học khu, đồng thời đào tạo nghề cho người khuyết tật; "
        "mô hình được khởi động nhờ khoản tài trợ lập kế hoạch 44.999 USD.",
    ),
    (
        "pZo041",
        "en",
        "ncat",
        "Producer guide to selling through food hubs: food safety and post-harvest handling",
        "Extension publication for small farms on evaluating food hubs, production planning, food safety requirements and harvest and post-harvest handling "
        "needed to sell to wholesale and institutional buyers, with case studies.",
    ),
    (
        "pZo042",
        "vi",
        "usda_coophub",
        "Hướng dẫn thành lập HTX food hub gom, bảo quản và phân phối nông sản",
        "Tài liệu của cơ quan phát triển nông thôn về mô hình hợp tác xã food hub lấp khoảng trống giữa nông hộ nhỏ và người mua lớn: "
        "gom hàng, kho bãi, hậu cần, mua bảo hiểm trách nhiệm để vào được thị trường bếp ăn tập thể.",
    ),
    (
        "pZo043",
        "en",
        "mnsaomai",
        "Setting up a vegetable garden inside a preschool for semi-boarding meals",
        "Practical help for schools to turn spare land into vegetable beds (water spinach, sprouts, then more kinds) tended by teachers and pupils, "
        "giving greens for the boarding meals in every season and a hands-on learning corner.",
    ),
    (
        "pZo044",
        "vi",
        "khosangkien",
        "Sáng kiến xây dựng vườn rau sạch cho bữa ăn an toàn ở trường mầm non",
        "Tài liệu biện pháp: cải tạo đất, chọn giống, phân công chăm sóc, vận động phụ huynh tham gia và đưa rau vườn trường vào thực đơn, "
        "kết hợp giáo dục dinh dưỡng cho trẻ.",
    ),
    (
        "pZo045",
        "en",
        "jica_gap",
        "GAP production management system for safe-crop farmer groups",
        "JICA handbook (2021, 252 pages) and training used by provincial agriculture departments: selecting target groups, certifying safe production areas, basic GAP training, "
        "forming safe-crop groups, market-based production plans, collective sales and external checks.",
    ),
    (
        "pZo046",
        "vi",
        "naturals",
        "Tư vấn chọn kho lạnh năng lượng mặt trời cho HTX nông sản vùng nhiệt đới",
        "Khung quyết định so sánh kho lạnh chạy pin mặt trời (PV) và làm lạnh hấp thụ nhiệt mặt trời theo chi phí vòng đời, độ tin cậy, bảo trì, môi chất lạnh; "
        "giúp HTX giảm tổn thất sau thu hoạch và vào thị trường giá trị cao.",
    ),
    (
        "pZo047",
        "en",
        "hgsf_frame",
        "Framework to link school feeding with local agricultural production",
        "WFP framework document prepared with Cardiff University and IFPRI: case studies from Brazil, Chile, India, South Africa and Thailand on designing "
        "home-grown school feeding that buys from local farmers.",
    ),
    (
        "pZo048",
        "en",
        "cricut",
        "Study of smallholder livelihoods and land reform in rural South Africa",
        "Academic article on why rural poverty persists (about 60% of the poor in rural areas), the decline of smallholder farming and the need for market access "
        "alongside land reform.",
    ),
    # cold storage and cooking equipment
    (
        "pZo049",
        "vi",
        "tunuadong",
        "Tủ nửa đông nửa mát inox cho bếp công nghiệp",
        "Tủ hai ngăn riêng: ngăn đông khoảng 0 đến -18 °C, ngăn mát khoảng 0–10 °C, vỏ inox cách nhiệt, gas R600A/R134a, quạt gió tuần hoàn, tự xả đá; "
        "dung tích khoảng 200 đến trên 500 lít; phân phối kèm tư vấn, lắp đặt, bảo hành.",
    ),
    (
        "pZo050",
        "en",
        "bandong",
        "Under-counter freezer prep table",
        "Two-in-one stainless unit: deep-freeze compartment set to about -18 °C below a flat, load-bearing worktop for cutting and portioning, "
        "saving floor space in busy commercial kitchens.",
    ),
    (
        "pZo051",
        "vi",
        "thietke_dv",
        "Thiết kế và thi công bếp ăn trường học, bán trú chuẩn HACCP",
        "Tư vấn từ giai đoạn lập kế hoạch đầu tư: chốt công suất phục vụ giờ cao điểm, bố trí quy trình một chiều, phân khu, vật liệu inox 304, hạ tầng điện nước, "
        "phương án PCCC; đội kỹ thuật hơn 10 năm kinh nghiệm bếp công nghiệp.",
    ),
    (
        "pZo052",
        "en",
        "thietke_hm",
        "One-way school kitchen design with stainless fabrication and compliance dossier",
        "Turnkey school kitchen package: 2D/3D layouts following the receive-store-prep-cook-portion-wash flow with no raw/cooked crossing, bill of 304 stainless equipment, "
        "MEP, fire protection and grease trap, and handover of the food-safety/ISO file plus operator training; workshop certified ISO 9001:2015.",
    ),
    (
        "pZo053",
        "vi",
        "thietke_dv2",
        "Gói hồ sơ tuân thủ HACCP/TCVN và hướng dẫn lưu mẫu 24 giờ cho bếp trường",
        "Bàn giao bản vẽ mặt bằng 2D/3D, dự toán, bộ hồ sơ tuân thủ HACCP và TCVN 8793:2011 hỗ trợ xin giấy chứng nhận đủ điều kiện ATTP, "
        "hướng dẫn lưu mẫu 24 giờ; tối ưu luồng một chiều giúp giảm chi phí vận hành ước 10–15%.",
    ),
    (
        "pZo054",
        "en",
        "tunaucom",
        "Industrial rice-steaming cabinets sized by number of meals",
        "Selection matrix for steam cabinets by meals per shift (about 0.2 kg rice per meal), fuel (electric, gas or hybrid), stainless body, pressure-relief valve "
        "and anti-shock protection; quote, layout and 12-month cost estimate within 24 hours.",
    ),
    (
        "pZo055",
        "vi",
        "tunaucom2",
        "Tủ nấu cơm dùng được cả gas và điện",
        "Tủ hấp cơm công nghiệp chuyển đổi linh hoạt giữa gas và điện để không gián đoạn khi mất điện hoặc hết gas; thân inox hai lớp cách nhiệt, cấp nước tự động, van xả áp; "
        "giá khoảng 6,8–9,2 triệu đồng tùy số khay.",
    ),
    (
        "pZo056",
        "en",
        "chaurua",
        "Stainless 304 multi-bowl commercial sinks made to measure",
        "Heavy-duty sinks of 304 stainless (from about 1.2 mm) with 12–14 inch deep bowls and sloped bottoms, in one, two or three bowls for washing, rinsing "
        "and sanitising pots and produce in canteens; free 2D/3D drawing and factory price.",
    ),
    (
        "pZo057",
        "vi",
        "batmo",
        "Lắp đặt bẫy mỡ cho bếp công nghiệp",
        "Thi công bẫy mỡ theo 3 phương án (đặt nổi, âm sàn, kết hợp bơm), độ dốc ống 1–2%, ống thông hơi, thử kín nước, nghiệm thu và hướng dẫn vệ sinh; "
        "giúp chống tắc cống, giảm mùi hôi khu bếp.",
    ),
    (
        "pZo058",
        "en",
        "kettle_cga",
        "Steam-jacketed kettles specified for school kitchens",
        "Supply and specification of self-generating gas or electric kettles, 6 to 40 gallons for schools, stationary or tilting, with cover, "
        "faucet and 2-inch tangent draw-off; low 35-inch models ease cleaning for shorter staff.",
    ),
    (
        "pZo059",
        "vi",
        "mixmac",
        "Tư vấn chọn nồi nấu hai vỏ theo số suất ăn",
        "Hướng dẫn chọn nồi hai vỏ hơi: giữ nhiệt ổn định trong vài độ, không khê đáy, nấu nhanh hơn nồi thường khoảng 30%; "
        "ví dụ khoảng 2.000 phần canh 120 ml mỗi ngày cần nồi đặt sàn từ 60 gallon.",
    ),
    (
        "pZo060",
        "en",
        "asianrecipes",
        "Overview of kettles and steamers for large-batch cooking",
        "Reference sheet on steam-jacketed and tilting kettles, pressure steamers and convection steamers: how each heats, what it suits (stocks, braising, vegetables) "
        "and safety features such as pressure-locked doors.",
    ),
    (
        "pZo061",
        "vi",
        "carter",
        "Tủ giữ nóng có kiểm soát độ ẩm cho căng tin trường học",
        "Tủ giữ nóng kỹ thuật số cho phép nấu trước, nấu theo mẻ và giữ món nóng đúng nhiệt độ, độ ẩm tới giờ ăn; nhận khay GN và khay nướng, "
        "có thể dùng làm tủ ủ bột.",
    ),
    (
        "pZo062",
        "en",
        "caterer",
        "Insulated transport carts to deliver hot meals to schools without kitchens",
        "Insulated carts that keep moisture, temperature and taste from production kitchen to school gate; used by a city caterer whose 67 production kitchens "
        "feed 23 primary schools that have no cooking facilities.",
    ),
    (
        "pZo063",
        "vi",
        "wayzata",
        "Quy trình vận chuyển suất ăn nóng từ bếp chính sang điểm trường vệ tinh",
        "Tư vấn tổ chức: bếp chính nấu món nóng, cho vào tủ giữ nóng di động, xe lấy tủ trước giờ ăn 1,5–2 giờ, tới điểm trường cắm điện giữ nhiệt "
        "và đo nhiệt độ trước khi chia; điểm vệ tinh chỉ sơ chế món nguội.",
    ),
    (
        "pZo064",
        "en",
        "olivo",
        "Cold-chain logistics for central kitchens and institutional catering",
        "Logistics service for central kitchens delivering to schools, day-care centres and care homes: hot-holding above +63 °C from end of cooking, "
        "chilled-chain options, tight delivery windows and temperature records to avoid sanctions.",
    ),
    (
        "pZo065",
        "vi",
        "pittsburgh",
        "Máy đóng gói suất ăn đơn phần nóng và lạnh cho bếp trung tâm",
        "Thiết bị đóng hộp từng phần nhỏ cho món nóng, món nguội, rau, bữa sáng, bánh mì kẹp, salad để giao tới trường mầm non và tiểu học; "
        "giúp bếp trung tâm làm nhanh các món thường ngày và dành thời gian cho công thức nấu mới.",
    ),
    (
        "pZo066",
        "en",
        "lunchbox_ck",
        "Central kitchen planning support for school systems",
        "Free planning resources for districts considering a central production kitchen: visioning, menu-led facility design, and the expected gains in consistency, "
        "labour cost, scale, waste reduction and food safety.",
    ),
    (
        "pZo067",
        "vi",
        "cambro_summer",
        "Thùng giữ nhiệt và xe đẩy phát suất ăn an toàn",
        "Thùng cách nhiệt, hộp GoBox và trạm Flex Station giữ món nóng, món lạnh đúng nhiệt khi vận chuyển hoặc phát suất ăn tại điểm, "
        "đã được nhiều học khu dùng khi phát hàng trăm nghìn suất.",
    ),
    (
        "pZo068",
        "vi",
        "econtrol",
        "Hệ thống giám sát nhiệt độ không dây cho bếp ăn trường học",
        "Cảm biến theo dõi kho mát, kho đông, tủ lạnh, tủ giữ sữa, tủ giữ nóng và nhiệt nước tráng cuối của máy rửa bát; cài sẵn ngưỡng theo HACCP, "
        "cảnh báo khi vượt ngưỡng, xem từ xa và in biểu đồ làm hồ sơ.",
    ),
    (
        "pZo069",
        "en",
        "pointsix",
        "Wireless fridge and freezer temperature sensors with instant alerts",
        "Battery wireless and WiFi sensors that log refrigerator and freezer temperatures continuously and notify staff of breaches on weekends, holidays "
        "and after hours, replacing pencil-and-paper logs; installed in dozens of school districts.",
    ),
    (
        "pZo070",
        "vi",
        "swift",
        "Giám sát từ xa và cảnh báo qua điện thoại cho thiết bị lạnh bếp trường",
        "Giải pháp cảm biến không dây theo dõi thời gian thực nhiệt độ tủ lạnh, kho lạnh, năng lượng và môi trường, gửi cảnh báo di động "
        "thay cho việc ghi chép tay dễ sai sót.",
    ),
    (
        "pZo071",
        "en",
        "iot_cordoba",
        "Low-cost open-source IoT temperature monitor for refrigerated cabinets",
        "University design using an ESP8266 WiFi microcontroller with DS18B20 probes and the ThingSpeak cloud to log and chart cabinet temperatures; "
        "cheap, robust and extendable to door-opening or energy data.",
    ),
    (
        "pZo072",
        "vi",
        "cky",
        "Thiết kế hệ thống giám sát nhiệt độ kho lạnh đạt HACCP",
        "Tư vấn kiến trúc hệ thống: chọn cảm biến, cơ chế cảnh báo bất thường, lưu trữ dữ liệu trên đám mây, đáp ứng nguyên tắc giám sát và hồ sơ của HACCP "
        "cho kho mát, kho đông thực phẩm.",
    ),
    (
        "pZo073",
        "en",
        "alacart",
        "Temperature modules that phone the manager when food goes out of range",
        "Three-part system: modules clipped to equipment holding food, a ceiling translator and a server; temperatures stream in real time, the chef is called or paged "
        "24/7 on any breach, and Excel reports document HACCP compliance.",
    ),
    (
        "pZo074",
        "vi",
        "fermag_monitor",
        "Thiết bị cảnh báo nhiệt độ và cửa kho mát cho bếp",
        "Nhiệt kế cảnh báo gắn kho mát, chuông báo cửa kho mở, theo dõi liên tục để tránh hỏng hàng khi mất điện hoặc hỏng máy nén, "
        "tự ghi dữ liệu phục vụ kế hoạch HACCP và giảm công ghi chép.",
    ),
    (
        "pZo075",
        "en",
        "dine_dish",
        "Commercial dishwashers for school cafeterias",
        "Supply of school dish machines with digital temperature readouts confirming 180 °F sanitising rinse, onboard booster heater, "
        "and water use down to about one-third of a gallon per rack.",
    ),
    (
        "pZo076",
        "vi",
        "supersource",
        "Tư vấn chọn máy rửa bát nhiệt độ cao hay nhiệt độ thấp",
        "So sánh máy rửa bát dùng hóa chất khử khuẩn ở nước khoảng 60 °C với máy có bình tăng nhiệt nâng nước tráng lên khoảng 82 °C; "
        "ước tính chi phí điện, nước, hóa chất theo lượng bát đĩa của bếp.",
    ),
    (
        "pZo077",
        "en",
        "epa_ws",
        "Water-saving retrofit and replacement of conveyor dishwashers",
        "Guidance and retrofit service: rack sensors so water flows only when dishes pass, ENERGY STAR replacements, rinse-water reuse and right-sizing the machine "
        "to kitchen throughput.",
    ),
    (
        "pZo078",
        "en",
        "farmsunfridge",
        "Off-grid, battery-less farm cold room using evaporative and solar cooling",
        "The Farm SunFridge: built by farmers with local materials, wetted-fabric walls for evaporative cooling plus a 5 kW solar-powered inverter air-conditioner and water-based "
        "thermal storage for the night; stores about 2,000 kg of produce at 8–10 °C by day, costs about US$7,000, built in one month.",
    ),
    (
        "pZo079",
        "vi",
        "ecolife",
        "Kho lạnh năng lượng mặt trời giá rẻ xây bằng vật liệu địa phương",
        "Mô hình hợp tác đại học – nông dân thiết kế kho lạnh dùng năng lượng mặt trời từ vật liệu sẵn có, giúp nông dân và thương lái giữ rau quả "
        "trong mùa thu hoạch rộ, giảm tổn thất sau thu hoạch.",
    ),
    (
        "pZo080",
        "en",
        "voltcoffer",
        "Solar PV ice-storage cold store at the field edge",
        "PV panels drive an ice maker; cold stored as ice instead of batteries keeps a field-head cold store running without grid connection or high electricity bills.",
    ),
    (
        "pZo081",
        "vi",
        "nuocnong_ro",
        "Hệ thống lọc nước RO uống trực tiếp cho trường học",
        "Thiết kế, lắp đặt hệ thống lọc RO loại bỏ vi khuẩn, virus, hóa chất để học sinh, giáo viên uống trực tiếp tại vòi; kèm bảo trì, thay lõi định kỳ.",
    ),
    (
        "pZo082",
        "en",
        "hetec",
        "Central RO plant and closed distribution network for school drinking water",
        "Institute of Technology and Health solution: one central RO unit feeding a closed pipe network to drinking points so water meets QCVN 06:2010/BYT; "
        "targets schools on wells, rainwater or unstable piped water where E. coli and coliforms often exceed limits.",
    ),
    (
        "pZo083",
        "vi",
        "tom",
        "Quy trình chế biến tôm đông lạnh PTO xuất khẩu",
        "Tài liệu công nghệ cấp đông tôm sú, tôm thẻ, tôm chì bóc vỏ chừa đuôi: thu mua, ướp đá 5–15 °C, vận chuyển thùng cách nhiệt, chế biến và bảo quản đông.",
    ),
    (
        "pZo084",
        "en",
        "ritz",
        "Tilting kettles and skillets for hotel banquet kitchens",
        "Equipment story of a 435-room hotel using two 200-gallon and two 75-gallon gas kettles under a central hood with a drain trough to serve three restaurants and room service.",
    ),
    (
        "pZo085",
        "vi",
        "fermag_kettle",
        "Nồi nấu hai vỏ cho bếp bệnh viện",
        "Giới thiệu nồi hai vỏ hơi cho bếp cơ sở y tế nấu súp, nước dùng, sốt tới 280–300 °F không khê; dòng dầu tải nhiệt đạt 360 °F.",
    ),
    (
        "pZo086",
        "en",
        "veganfoods",
        "Solar cold storage for tofu and tempeh makers",
        "Guide for plant-based producers in hot climates on keeping tofu, tempeh, seitan and cut greens fresh off-grid with solar absorption refrigeration.",
    ),
    (
        "pZo087",
        "vi",
        "vithanh",
        "Máy lọc nước sông thành nước sinh hoạt tự động do học sinh chế tạo",
        "Thiết bị lọc lắng, châm thuốc tự động biến nước sông thành nước sinh hoạt giá rẻ cho hộ gia đình vùng sông nước Hậu Giang.",
    ),
    (
        "pZo088",
        "en",
        "calwep",
        "Study of water use by commercial dishwashers in California restaurants",
        "Utility report on about 900 certified dishwasher models: warewashing's share of restaurant water use, machine classes, efficiency trends and water-saving potential.",
    ),
    (
        "pZo089",
        "vi",
        "biogency",
        "Vi sinh xử lý nước thải nhiều dầu mỡ cho nhà hàng, khách sạn",
        "Nhà cung cấp chế phẩm vi sinh giải thích bể tách mỡ và bán chế phẩm phân hủy dầu mỡ (FOG) cho hệ thống xử lý nước thải của nhà hàng, khách sạn, quán cà phê.",
    ),
    (
        "pZo090",
        "en",
        "somat",
        "Dishwasher softening salt",
        "Consumable salt that softens water inside household dishwashers to prevent limescale.",
    ),
    (
        "pZo091",
        "vi",
        "hpvn",
        "Cung cấp nước uống, nước sinh hoạt cho tàu biển",
        "Dịch vụ cung ứng tàu biển giao nước ngọt, đồ uống và nhu yếu phẩm lên tàu tại cảng Hải Phòng.",
    ),
    (
        "pZo092",
        "en",
        "realimpressions",
        "Solar-powered cold chain for vaccines and export produce",
        "Solar cold rooms with phase-change materials holding 4 °C for 72 hours, deployed in African countries for vaccines and export crops such as avocado.",
    ),
    (
        "pZo093",
        "vi",
        "koro",
        "Lắp đặt máy lọc nước uống tại vòi cho nơi công cộng",
        "Quy trình khảo sát áp suất, nhiệt độ nước cấp và lắp máy lọc tại vòi cho công viên, nhà ga, văn phòng theo điều kiện lắp đặt của nhà sản xuất.",
    ),
    # kitchen hygiene and pest control
    (
        "pZo094",
        "en",
        "neipm",
        "Integrated pest management programme for school kitchens and food stores",
        "IPM set-up for cafeterias, kitchens and storage: inspections, sanitation and exclusion of drains, gaps and packaging, a pest sighting log reviewed by the technician, "
        "service reports with follow-up tasks for staff and routine trap monitoring; a district liaison coordinates contractor and kitchen.",
    ),
    (
        "pZo095",
        "vi",
        "extension_ipm",
        "Khóa học quản lý dịch hại tổng hợp cho nhân viên bếp trường",
        "Hai bài học tự học hoặc giảng dạy (có slide, câu hỏi mẫu): nhận biết kiến, gián, ruồi, chuột; khu vực dễ nhiễm dịch hại trong bếp; "
        "thực hành vệ sinh và loại bỏ điều kiện thuận lợi cho dịch hại.",
    ),
    (
        "pZo096",
        "en",
        "ipca",
        "Setting pest tolerance levels and response rules for schools",
        "Pest management association guidance: zero tolerance for cockroaches and cereal pests, no house flies in food areas, when to act on other flies; "
        "agreed action guidelines between school staff and the pest control operator.",
    ),
    (
        "pZo097",
        "vi",
        "slideum",
        "Hướng dẫn vệ sinh chống côn trùng cho tổ bếp",
        "Tài liệu cho nhân viên bếp: làm sạch góc khuất dưới thiết bị, cọ cống sàn bằng bàn chải ít nhất hai lần mỗi năm, đặt thùng rác lớn cách cửa sau khoảng 15 m, "
        "ghi sổ phát hiện côn trùng, kê hàng lên kệ lưới, bỏ bớt thùng carton.",
    ),
    (
        "pZo098",
        "en",
        "pestcontrolvn",
        "Professional cockroach control in kitchen cabinets",
        "Pest control firm treating kitchen cockroach infestations: identifying species, finding causes, gel bait and spray plans mapped to cabinet zones, "
        "and prevention advice for food businesses.",
    ),
    (
        "pZo099",
        "vi",
        "vnexpress_gian",
        "Tư vấn phòng trừ gián bằng bả gel theo chuyên gia côn trùng học",
        "Nguyên tắc của giáo sư côn trùng (ĐH Chung Hsing): cắt nguồn thức ăn, chặn lối xâm nhập, dùng bả gel ở khe tối thay bình xịt để gây chết dây chuyền, "
        "vứt bỏ ngay thùng carton vì một bọc trứng gián có thể nở khoảng 30 con.",
    ),
    (
        "pZo100",
        "en",
        "pestdefense",
        "Pest resource pack for school food service professionals",
        "Curated EPA and extension materials: managing pests in schools, food service IPM sanitation and control, ants and mice and rats in childcare settings.",
    ),
    (
        "pZo101",
        "vi",
        "redi",
        "Giải pháp quản lý côn trùng, chuột trong nhà ăn trường học",
        "Dịch vụ kết hợp kiểm tra định kỳ, tiêu chuẩn vệ sinh, đào tạo nhân viên căng tin và biện pháp phòng ngừa ưu tiên hữu cơ, hạn chế hóa chất "
        "để nhà ăn không có chuột, côn trùng.",
    ),
    (
        "pZo102",
        "vi",
        "kiemdich",
        "Dịch vụ diệt côn trùng hộ gia đình",
        "Công ty kiểm dịch nhận diệt gián, kiến, muỗi, mối, ruồi trong nhà ở và chia sẻ mẹo tự xử lý như bẫy baking soda, giấm, tinh dầu.",
    ),
    (
        "pZo103",
        "en",
        "thanhnien_gian",
        "German cockroach extermination for apartment buildings",
        "Pest company in Hà Nội handling a surge of small German cockroaches in new apartment blocks (20–30 calls a day), spraying flats and advising residents.",
    ),
    (
        "pZo104",
        "vi",
        "giupviec",
        "Dịch vụ giúp việc theo giờ và tạp vụ văn phòng",
        "Cung cấp người giúp việc, tạp vụ công ty được hướng dẫn nhận biết 7 loại côn trùng trong nhà và cách diệt bằng lưới, đèn bẫy, mẹo dân gian.",
    ),
    # food waste
    (
        "pZo105",
        "en",
        "mdpi_fl",
        "Cafeteria waste audits with reduction and recycling plan",
        "University soil and water science team audits school cafeteria waste streams: in three schools food was 47–58% of waste, 24.7–64.9 g per pupil per day; "
        "recommends education to cut plate waste and composting or anaerobic digestion for the rest (over 75% divertible).",
    ),
    (
        "pZo106",
        "vi",
        "sga_audit",
        "Bộ hướng dẫn kiểm toán rác nhà ăn trường học kèm biểu mẫu",
        "Hướng dẫn từng bước cân và phân loại rác bữa trưa: thức ăn còn nguyên có thể đưa ra bàn chia sẻ, chất lỏng, đồ tái chế, đồ ủ phân, rác chôn lấp; "
        "kèm biểu mẫu Excel ghi số liệu và gợi ý cho học sinh tham gia.",
    ),
    (
        "pZo107",
        "en",
        "biocycle",
        "K-12 food waste audits and staff training",
        "A university waste reduction centre audits school kitchens and trains nutrition staff; a national cafeteria discards assessment offers three participation levels "
        "from a policy questionnaire to full measured audits.",
    ),
    (
        "pZo108",
        "vi",
        "cvswmd",
        "Kiểm toán rác nhà ăn một ngày và khuyến nghị giảm lãng phí",
        "Điều phối viên không rác thải phân tích từng nắm rác: 42 lb thức ăn thừa trong đó 17% là trái cây còn nguyên, hộp sữa chiếm 32% khối lượng rác; "
        "đề xuất trạm chia sẻ và chuyển sang sữa rót từ bình lớn.",
    ),
    (
        "pZo109",
        "en",
        "foodbankvn",
        "School composting programme turning canteen scraps into garden fertiliser",
        "Model from an international school in Singapore: pupils collect about 50 litres of raw organic canteen waste a day, mix it with dry leaves in compost bins "
        "and use the compost on school gardens.",
    ),
    (
        "pZo110",
        "vi",
        "memart_thugom",
        "Mô hình thu gom và tái sử dụng thức ăn thừa từ bếp ăn tập thể",
        "Tổng hợp các cách thu gom thức ăn dư còn dùng được để chuyển cho người cần, xử lý phần hỏng bằng phương pháp sinh học, "
        "thiết bị và quy định liên quan cho nhà hàng, bếp ăn tập thể.",
    ),
    (
        "pZo111",
        "en",
        "bsf_hufi",
        "Black soldier fly treatment of kitchen and vegetable waste",
        "Food-industry university study: larvae grown on vegetable, vegetarian-restaurant and restaurant waste; best results on vegetarian kitchen waste; "
        "economical at household and rural scale.",
    ),
    (
        "pZo112",
        "vi",
        "bsf_htx",
        "HTX nuôi ruồi lính đen xử lý rác hữu cơ",
        "Hợp tác xã dùng hàng chục tấn rau củ bỏ đi mỗi ngày ở chợ nuôi ruồi lính đen trong nhà lưới kín, tạo phân bón và thức ăn chăn nuôi, giảm rác ô nhiễm.",
    ),
    (
        "pZo113",
        "en",
        "greening",
        "Food waste audit resources for school cafeterias",
        "Guides showing schools how to run food waste audits, see which menu items go uneaten, order accordingly and cut landfill costs.",
    ),
    (
        "pZo114",
        "vi",
        "husd",
        "Mô hình ủ phân thức ăn thừa và quyên góp đồ ăn chưa mở ở căng tin",
        "Học sinh đưa thức ăn thừa ở căng tin vào ủ phân, phần đồ ăn đóng gói chưa mở được quyên góp cho người khó khăn.",
    ),
    (
        "pZo115",
        "en",
        "bsf_zhejiang",
        "Fly-larvae farm recycling 12 tonnes of kitchen waste a day",
        "Associate professor's farm: kitchen waste is crushed, mixed with microbes and fed to black soldier fly larvae in 13 greenhouses; "
        "it now takes about 12 tonnes a day, selling larvae (about US$1,500/t) and fertiliser.",
    ),
    (
        "pZo116",
        "en",
        "greenteam",
        "School food waste reduction strategies and estimation guide",
        "Programme material on reducing food waste at schools: composting and garden programmes, a food-waste estimation guide and lessons on what compost is.",
    ),
    (
        "pZo117",
        "vi",
        "marketplace",
        "Hướng dẫn dự án ủ phân từ rác nhà ăn làm đề tài khoa học",
        "Gợi ý giáo viên khoa học cùng nhân viên nhà ăn dựng thùng ủ, cho học sinh theo dõi các giai đoạn phân hủy thức ăn thừa và lợi ích môi trường.",
    ),
    (
        "pZo118",
        "vi",
        "bsf_tinvp",
        "Bán trứng và ấu trùng ruồi lính đen làm thức ăn chăn nuôi",
        "Cơ sở cung cấp trứng ruồi lính đen giá 5–6 triệu đồng/kg và ấu trùng 10.000–15.000 đồng/kg làm nguồn đạm cho gia cầm, thủy sản.",
    ),
    (
        "pZo119",
        "en",
        "bsf_endota",
        "Black soldier fly larvae meal for poultry and fish feed",
        "Supplier of larvae, larvae meal and hydrolysed liquid as a high-protein feed for aquaculture and poultry.",
    ),
    (
        "pZo120",
        "en",
        "kompasiana",
        "Student checklist to cut plastic and food waste in the canteen",
        "Student essay listing actions such as avoiding styrofoam, using waste banks and composting, and the challenges of changing classmates' habits.",
    ),
    # training cooks
    (
        "pZo121",
        "vi",
        "maine",
        "Khóa kỹ năng nấu ăn 5 ngày cho nhân viên bếp trường",
        "Khóa thực hành 28 giờ cho cô nuôi, bếp trưởng và người lên thực đơn: kỹ thuật dùng dao, phương pháp nấu, tổ chức bếp hiệu quả, "
        "mỗi ngày nấu và nếm 24 công thức có thể chuẩn hóa theo thiết bị của trường; 24 chỗ, tối đa 3 người mỗi trường, miễn phí.",
    ),
    (
        "pZo122",
        "en",
        "icn",
        "Culinary training modules for school nutrition staff",
        "Free virtual and face-to-face trainings: 4-hour hands-on regional cuisine sessions cooked with school equipment, core-skills courses for scratch cooking, "
        "and short on-site lessons with a demonstration video, all counting toward annual training hours.",
    ),
    (
        "pZo123",
        "vi",
        "cookforamerica",
        "Trại huấn luyện ẩm thực 5 ngày cho người nấu bữa ăn học đường",
        "Khóa tập trung cho trưởng bếp, nhân viên phụ bếp: an toàn vệ sinh, toán ẩm thực, quản lý thời gian, kỹ năng dao, lập thực đơn, "
        "kỹ thuật nấu đạm, ngũ cốc, đậu, rau, nước sốt và đồ nướng; học viên trở thành hạt nhân cải tiến bữa ăn.",
    ),
    (
        "pZo124",
        "en",
        "orfalea",
        "In-kitchen culinary coaching by chef instructors",
        "After a training week, chef instructors visit school kitchens to test and introduce recipes, plan menus, bring in local ingredients, "
        "improve sanitation and teach batch production methods.",
    ),
    (
        "pZo125",
        "vi",
        "hmi",
        "Đào tạo chứng chỉ đầu bếp cho đội bếp trường và chuẩn hóa công thức",
        "Mô hình gửi nhân viên bếp học trường nghề ẩm thực (một trường đã có 14 đầu bếp đạt chứng chỉ, 25% đội bếp), xây công thức chuẩn, "
        "trình diễn nấu cho học sinh và hướng dẫn dùng thiết bị mới.",
    ),
    (
        "pZo126",
        "en",
        "lamdong",
        "Food safety training course for schools running boarding meals",
        "One-day course for principals, kitchen owners, head cooks, portioning staff, accountants and school nurses: rules for collective kitchens, food safety science, "
        "choosing, processing and storing safe food, nutrition and communication skills; delivered to over 400 people in one ward.",
    ),
    (
        "pZo127",
        "vi",
        "hoaiduc",
        "Khảo sát kiến thức, thực hành ATTP của người chế biến bếp ăn mầm non",
        "Nhóm nghiên cứu Trường ĐH Y tế công cộng đánh giá điều kiện ATTP của bếp ăn tập thể và kiến thức, thực hành của cô nuôi các trường mầm non, "
        "phân tích yếu tố liên quan và đề xuất nội dung tập huấn.",
    ),
    (
        "pZo128",
        "en",
        "binhduong",
        "Canteen food-hygiene audit and targeted staff training",
        "Assessment of collective kitchens in an industrial park: only 10.4% met hygiene conditions, 9.3% of staff had correct knowledge and 8.6% correct practice; "
        "training then targets hand wounds, storage temperatures, one-way design, no refreezing and reheating food held over 2 hours.",
    ),
    (
        "pZo129",
        "vi",
        "namtuliem",
        "Đánh giá điều kiện ATTP và thực hành của người chế biến tại bếp trường tiểu học",
        "Luận văn thạc sĩ y tế công cộng khảo sát bếp ăn các trường tiểu học quận Nam Từ Liêm năm 2019 và yếu tố liên quan đến kiến thức, thực hành của người nấu.",
    ),
    (
        "pZo130",
        "en",
        "linguazza",
        "Three-week scratch-cooking training programme for food service staff",
        "District programme model: intensive three-week scratch-cooking training for all kitchen personnel, rewritten recipes and portions, "
        "and equipment upgrades to cook from raw ingredients.",
    ),
    (
        "pZo131",
        "en",
        "exeter",
        "Themed dining events for boarding schools",
        "Ideas from a New England boarding school bakery that makes 300 muffins a day and 8,400 pizzas a year: festivals, cultural menus and holiday dinners.",
    ),
    (
        "pZo132",
        "vi",
        "visualfoodie",
        "Tư vấn phụ huynh đánh giá bữa ăn khi chọn trường nội trú",
        "Bài viết của chuyên gia ẩm thực gợi ý câu hỏi cho phụ huynh khi tham quan nhà ăn trường nội trú, ưu tiên trường nấu từ thực phẩm tươi.",
    ),
    (
        "pZo133",
        "en",
        "eatsip",
        "Trend analysis of modern boarding-school dining halls",
        "Consultant's essay on food halls, salad bars and stir-fry stations replacing old boarding-school cafeteria food.",
    ),
    (
        "pZo134",
        "vi",
        "dormstaff",
        "Mẹo trình bày quầy buffet cho nhà ăn ký túc xá",
        "Trang chia sẻ của nhân viên ký túc xá về cách trình bày món, dán nhãn món ăn và tổ chức tuần lễ ẩm thực chủ đề cho học sinh nội trú.",
    ),
    # traceability and parents' information
    (
        "pZo135",
        "vi",
        "danang_trace",
        "Hệ thống truy xuất nguồn gốc thực phẩm bằng mã QR cho bếp ăn trường học",
        "Nền tảng số gắn mã QR cho thịt heo từ trại, lò mổ đến phân phối, thịt bò, gà qua kiểm dịch và trứng từ trang trại; bếp ăn bán trú quét mã kiểm tra nguồn gốc, "
        "truy vết nhanh khi có sự cố; có lớp hướng dẫn cập nhật dữ liệu cho cán bộ bếp trường mầm non.",
    ),
    (
        "pZo136",
        "en",
        "chandler",
        "Parent-facing school meals app with menus, photos, nutrition and allergens",
        "District-built app: parents open any day's menu, tap an item for calories, nutrients, allergens and a photo, check what the child ate and top up lunch money, "
        "read recipes and contact kitchens; built after 87% of parents asked for phone or web information.",
    ),
    (
        "pZo137",
        "vi",
        "delmarva",
        "Ứng dụng di động tra cứu thực đơn và dinh dưỡng từng món cho phụ huynh, học sinh",
        "Ứng dụng hiển thị thực đơn bữa sáng, bữa trưa hằng ngày kèm calo, natri mỗi khẩu phần, hỗ trợ chọn món phù hợp người dị ứng, thanh toán tiền ăn điện tử "
        "và báo khi số dư thấp.",
    ),
    (
        "pZo138",
        "en",
        "allergyfacts",
        "Advice on allergy settings in canteen ordering apps",
        "Allergy association guidance for schools and parents: what app allergy alerts can and cannot do, keeping ingredient information current, "
        "and canteen processes so a flagged order is really prepared separately.",
    ),
    (
        "pZo139",
        "vi",
        "biostore",
        "Phần mềm đặt suất ăn có cảnh báo dị ứng theo từng học sinh",
        "Hệ thống đặt món trực tuyến: nhà trường gắn cảnh báo dị ứng, thành phần cho từng món; khi chọn món cho học sinh đã khai báo dị ứng, hệ thống hiện cảnh báo.",
    ),
    (
        "pZo140",
        "en",
        "stlouis",
        "Food allergy management checklist and training for nutrition staff",
        "Children's hospital programme: obtain medical statements, review every ingredient label and keep labels 24 hours, allergen-safe prep areas and cleaning, "
        "daily allergen briefings, point-of-sale allergy alerts and a database of pupils by allergen.",
    ),
    (
        "pZo141",
        "vi",
        "pullman",
        "Quy trình tiếp nhận và phục vụ suất ăn đặc biệt cho học sinh dị ứng",
        "Mẫu quy trình: phiếu yêu cầu chế độ ăn có xác nhận của bác sĩ, chia sẻ cho y tế trường, bếp trưởng và phụ trách dinh dưỡng; "
        "dùng thớt, dao, khăn riêng, ghi suất ăn dị ứng vào sổ sản xuất và giữ bí mật thông tin.",
    ),
    (
        "pZo142",
        "en",
        "buyingschoolfood",
        "Practical guide to serving pupils with food allergies and special diets",
        "School nutrition director's guide: understanding allergen-free and other special diets (nine common allergens), why meals must still be offered, "
        "and setting processes so staff can serve them safely.",
    ),
    (
        "pZo143",
        "vi",
        "primeroedge",
        "Xây dựng kế hoạch phòng ngừa dị ứng thực phẩm cho chương trình bữa ăn trường",
        "Hỗ trợ lập nhóm phụ trách (quản lý bếp, y tế, chuyên gia dinh dưỡng, giáo viên, hiệu trưởng), kế hoạch phòng ngừa, tiêu chuẩn, đào tạo nhân viên "
        "và thống nhất thông tin gửi phụ huynh.",
    ),
    (
        "pZo144",
        "en",
        "sggp_software",
        "Semi-boarding meal management platform with parent and pupil ratings",
        "Platform from Ho Chi Minh City's education information centre: daily-weekly-monthly menus with photos of the real tray, pupils and parents rate meals, "
        "quick daily and quarterly reports and automatic printing of required forms.",
    ),
    (
        "pZo145",
        "en",
        "usda_lunchbox",
        "Lunchbox food safety tips for families",
        "Government consumer tips for packing lunches at home: hand washing, separate cutting boards, insulated lunch boxes with cold packs, two-hour rule.",
    ),
    (
        "pZo146",
        "vi",
        "lunchup",
        "Mẹo chuẩn bị hộp cơm an toàn cho trẻ bị dị ứng",
        "Blog của dịch vụ cơm hộp hướng dẫn cha mẹ đọc nhãn, tránh nhiễm chéo trong bếp nhà và chọn món thay thế không chứa tác nhân dị ứng.",
    ),
    # kindergartens, boarding schools, school milk
    (
        "pZo147",
        "vi",
        "suahocduong_tt",
        "Cung ứng sữa học đường cho trẻ mầm non và học sinh lớp 1",
        "Triển khai sữa học đường 180 ml mỗi lần, 5 lần mỗi tuần cho trẻ mầm non và lớp 1; kinh nghiệm từ tỉnh làm đầu tiên năm 2006 với 60.000–80.000 trẻ mỗi năm, "
        "có định mức riêng cho trẻ suy dinh dưỡng.",
    ),
    (
        "pZo148",
        "en",
        "vinamilk",
        "School milk partnership with nutrition and recycling activities",
        "Dairy firm co-funding the national school milk programme in 23 provinces for over 3.3 million preschool and primary pupils, with teacher-led lessons on "
        "checking expiry dates and folding cartons for collection.",
    ),
    (
        "pZo149",
        "vi",
        "edunations",
        "Mô hình tổ chức bếp nội trú ba bữa mỗi ngày",
        "Kinh nghiệm vận hành bếp cho học sinh nội trú: 11 nhân viên bếp làm 12–14 giờ mỗi ngày nấu ba bữa, học sinh luân phiên phụ nấu và rửa bát "
        "để học kỹ năng sống.",
    ),
    (
        "pZo150",
        "en",
        "khunha",
        "Boarding-meal management model for ethnic minority boarding schools",
        "Model from a secondary boarding school with 664 pupils (331 boarders): strict origin checks of food, rotating menus to children's taste, listening to pupils, "
        "cooperation of cooks, parents and community; result: no food poisoning and lower malnutrition.",
    ),
    (
        "pZo151",
        "vi",
        "hcm_thucdon",
        "Nghiên cứu định lượng thực đơn bán trú trường tiểu học",
        "Nhóm nghiên cứu ĐHSP nhận xét thực đơn bán trú các trường tiểu học TP.HCM thường không ghi định lượng và đề xuất cách định lượng để đánh giá chất lượng bữa ăn.",
    ),
    (
        "pZo152",
        "en",
        "mnlamha",
        "Template procedure for semi-boarding care and meal management in kindergartens",
        "Internal quality procedure (QT-9) from a kindergarten covering meal-count management, food receiving and semi-boarding care steps, adaptable by other preschools.",
    ),
    (
        "pZo153",
        "vi",
        "abdelkaoui",
        "Dịch vụ suất ăn trọn gói cho trường nội trú",
        "Đơn vị cung cấp suất ăn lập thực đơn, mua nguyên liệu, chế biến và phục vụ bữa ăn cho học sinh nội trú theo nhu cầu dinh dưỡng và khẩu vị đa dạng.",
    ),
    (
        "pZo154",
        "en",
        "adoration",
        "Fortified ready-cooked meals delivered to schools",
        "Partner kitchen cooking in large pressure cookers with less oil and adding vitamins and supplements, supplying a school and centre that feed about 420 people a day "
        "more cheaply than cooking on site.",
    ),
]
