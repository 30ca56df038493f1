"""Needs of the holdout112 labelled set: (id, language, source key, title, description, {offer id: grade}).

Every need paraphrases one public page; most pages describe another place (Hanoi, Ha Tinh, Phu Tho, Bangladesh,
the United States...) and the need is set in Tra Vinh / Vinh Long instead, keeping the page's figures.
Grades: 2 = would solve the need, 1 = partial answer or adjacent step; unlisted offers are not relevant.
"""

NEEDS = [
    # ---- playgrounds and equipment
    (
        "mJn01",
        "vi",
        "tailieu_sanchoi",
        "Cải tạo mặt sân chơi xi măng giảm chấn thương khi trẻ ngã",
        "Trường mầm non tư thục ở thành phố Trà Vinh có sân chơi láng xi măng, cầu trượt bị cong, xích đu có mắt xích mòn, "
        "khung leo khá cao. Theo tài liệu chúng tôi đọc, hơn một nửa ca trẻ bị thương ở sân chơi là do té xuống bề mặt cứng. "
        "Cần đơn vị tư vấn và thi công lớp bề mặt giảm chấn dưới và quanh thiết bị (cao su, vật liệu rời...) phù hợp chiều cao "
        "rơi, đồng thời góp ý xử lý các mép sắc của thiết bị kim loại, gỗ.",
        {
            "mJo005": 2,
            "mJo006": 2,
            "mJo007": 2,
            "mJo008": 2,
            "mJo009": 2,
            "mJo010": 2,
            "mJo011": 2,
            "mJo012": 1,
            "mJo013": 1,
        },
    ),
    (
        "mJn02",
        "en",
        "uokik_booklet",
        "Inspection and maintenance routine for our kindergarten play areas",
        "We are a cooperative running a kindergarten with play areas at four hamlet sites in Cang Long (Tra Vinh). We have "
        "no written system for checking the equipment and the ground around it. We want a documented inspection scheme "
        "(routine, periodic and yearly checks with checklists and records), training for our staff who do the frequent "
        "checks, and an independent expert for the annual inspection, so we can show parents and the authorities that our "
        "play provision is managed safely.",
        {"mJo012": 2, "mJo013": 2, "mJo014": 1},
    ),
    (
        "mJn03",
        "vi",
        "lanbanh_taiche",
        "Làm sân chơi từ lốp xe cũ cho điểm giữ trẻ ở ấp",
        "Hội Liên hiệp Phụ nữ một xã ở Cầu Ngang muốn làm khu vui chơi cho điểm giữ trẻ của ấp nhưng kinh phí rất ít. Chúng "
        "tôi nghĩ tới việc tận dụng lốp xe cũ, gỗ, chai nhựa, lon để làm xích đu, cầu trượt, bập bênh, con thú ngộ nghĩnh, "
        "vừa an toàn vừa dạy trẻ bảo vệ môi trường. Cần nhóm hoặc đơn vị có kinh nghiệm thiết kế, gia công và lắp đặt đồ chơi "
        "tái chế, hướng dẫn sơn, xử lý lốp cho an toàn.",
        {"mJo015": 2, "mJo016": 2, "mJo017": 2, "mJo018": 2, "mJo011": 1, "mJo067": 1, "mJo071": 1},
    ),
    (
        "mJn04",
        "en",
        "baomoi_4tc",
        "Turnkey outdoor play area for a new kindergarten campus",
        "We are a private investor building a new kindergarten campus in Long Ho (Vinh Long). Under the education "
        "ministry's rules on safe schools and injury prevention in early-childhood settings, a kindergarten must meet four "
        "safety standards, and the outdoor play area is the part we are least sure about. We need a partner who can lay out "
        "the campus and play yard to the national kindergarten design standard, choose and supply age-appropriate "
        "equipment, and build a fenced play area away from water and traffic.",
        {
            "mJo001": 2,
            "mJo002": 2,
            "mJo004": 2,
            "mJo003": 1,
            "mJo009": 1,
            "mJo005": 1,
            "mJo006": 1,
            "mJo007": 1,
            "mJo008": 1,
            "mJo010": 1,
            "mJo011": 1,
        },
    ),
    (
        "mJn05",
        "vi",
        "hoatieu_tt02",
        "Mua đồ dùng, đồ chơi, thiết bị tối thiểu cho 6 nhóm lớp theo thông tư",
        "Trường mầm non công lập ở Vũng Liêm vừa mở thêm điểm trường với đủ các nhóm từ nhà trẻ đến mẫu giáo 5–6 tuổi. Chúng "
        "tôi cần mua sắm đồ dùng – đồ chơi – thiết bị dạy học tối thiểu theo danh mục Thông tư 02/2010 (đã sửa đổi bởi Thông "
        "tư 34/2013) và thiết bị, đồ chơi ngoài trời theo Thông tư 32/2012, lựa chọn theo quy định của Thông tư 47/2020. Cần "
        "nhà cung cấp báo giá trọn bộ đúng danh mục.",
        {"mJo077": 2, "mJo002": 2, "mJo072": 1, "mJo075": 1},
    ),
    # ---- school kitchens, food safety, water, hygiene
    (
        "mJn06",
        "vi",
        "hatinh_bep",
        "Xây lại bếp bán trú theo nguyên tắc một chiều",
        "Trường mầm non ở Cầu Kè tổ chức bán trú nhưng bếp cũ chật, khu nhận nguyên liệu, sơ chế và nấu chín chồng lấn nhau. "
        "Phụ huynh lo lắng sau nhiều vụ bữa ăn học đường không đạt chuẩn. Nhà trường muốn cải tạo bếp theo quy tắc một chiều "
        "từ khâu tiếp nhận nguyên liệu tới chế biến và chia thành phẩm, cần đơn vị thiết kế, cung cấp thiết bị inox và thi công.",
        {"mJo022": 2, "mJo023": 2, "mJo024": 1, "mJo025": 1, "mJo027": 1},
    ),
    (
        "mJn07",
        "en",
        "phutho_giakhanh",
        "Rapid checks on food delivered by our contracted caterer",
        "Our kindergarten in Binh Minh (Vinh Long) has 365 children, all eating lunch at school, with ingredients supplied "
        "under contract by a company holding a food safety certificate. Deliveries are received openly in front of the "
        "board, the nutrition officer and a teacher, and our 160 m2 kitchen follows a one-way flow. We now want stronger "
        "checks at reception: a documented step-by-step checking routine for staff and on-site rapid tests for pesticide "
        "residues on vegetables and fruit.",
        {"mJo035": 2, "mJo034": 2, "mJo036": 1, "mJo027": 1, "mJo031": 1},
    ),
    (
        "mJn08",
        "vi",
        "mn6q3_bantru",
        "Phần mềm tính khẩu phần và cân đối chi phí bữa ăn bán trú",
        "Trường mầm non ở Trà Ôn tổ chức ăn bán trú cho đa số trẻ học 2 buổi/ngày nhưng còn nhiều bất cập: kinh phí hạn hẹp, "
        "việc tính khẩu phần, chế độ dinh dưỡng theo độ tuổi và cân đối tiền chợ đang làm thủ công, tốn công của nhân viên "
        "nuôi dưỡng. Cần phần mềm lập thực đơn, tính khẩu phần đạt chuẩn và tính giá thành suất ăn.",
        {"mJo043": 2, "mJo044": 2, "mJo089": 2, "mJo045": 1, "mJo047": 1, "mJo048": 1, "mJo049": 1, "mJo046": 1},
    ),
    (
        "mJn09",
        "en",
        "tienphong_30k",
        "Training kitchen staff on receiving checks, sample retention and hygiene",
        "Our school kitchen in Tieu Can serves lunches financed at 30,000 dong per child per day: each tray has rice, a main "
        "dish, vegetables, soup and dessert. The health officer checks food on arrival, ingredients go to a preparation "
        "area, and a sealed sample of every dish is kept before serving. New cooks do not yet follow these steps reliably. "
        "We need a practical food hygiene course for kitchen staff covering receiving, storage, cooking, sample retention "
        "and personal hygiene, ideally with a certificate.",
        {"mJo027": 2, "mJo029": 2, "mJo031": 2, "mJo034": 2, "mJo032": 1, "mJo028": 1, "mJo030": 1},
    ),
    (
        "mJn10",
        "vi",
        "mnlamha_qt",
        "Can may rua chen say kho khu trung cho bep an ban tru",
        "Truong mam non o huyen Chau Thanh (Tra Vinh) dang lam lai quy trinh quan ly suat an va cham soc ban tru. Hien chen, "
        "muong, ly cua tre rua tay bang nuoc lanh roi phoi, khong dam bao ve sinh. Can mua may rua chen cong nghiep co "
        "nuoc nong va say kho, diet khuan cho bep an tap the, co huong dan lap dat va bao tri.",
        {"mJo025": 2, "mJo022": 1, "mJo023": 1},
    ),
    (
        "mJn11",
        "en",
        "memart_gieng",
        "Safe drinking water from a salty, iron-rich borehole",
        "Our kindergarten in Duyen Hai (Tra Vinh) draws water from a drilled well. Depending on depth and geology, such "
        "water carries dissolved minerals, iron, manganese, sometimes arsenic and gases such as hydrogen sulphide, and in "
        "the dry season ours also turns brackish. We need a treatment system that gives the children safe water to drink "
        "straight from the tap, including desalination, with testing to the national drinking-water standard.",
        {"mJo038": 2, "mJo037": 2, "mJo039": 1, "mJo040": 1},
    ),
    (
        "mJn12",
        "vi",
        "vietnamplus_tcm",
        "Khử khuẩn lớp học, đồ chơi khi có ca tay chân miệng",
        "Trường mầm non ở Càng Long vừa có 2 trẻ trong cùng một lớp mắc tay chân miệng trong vòng 7 ngày nên phải báo y tế "
        "và cho lớp nghỉ 10 ngày. Theo hướng dẫn, đồ chơi, dụng cụ học tập, nhà vệ sinh phải lau hằng ngày bằng xà phòng và "
        "Chloramin B 2%, bát đũa phải tráng nước sôi. Nhà trường cần đơn vị khử khuẩn toàn trường trước khi đón trẻ lại và "
        "hướng dẫn nhân viên làm đúng quy trình.",
        {"mJo041": 2, "mJo028": 1},
    ),
    (
        "mJn13",
        "en",
        "oranguide_foodsafety",
        "Short food safety course for a home-based daycare group",
        "We run a family daycare group in Mang Thit (Vinh Long) and cook snacks and lunch for toddlers in our own kitchen. "
        "We know the basics — wash hands before cooking, keep surfaces, chopping boards and cutlery clean, store raw meat "
        "covered at the bottom of the fridge — but we have never had formal training, and some children have food "
        "allergies. We want a short, affordable course for home providers on preventing contamination and allergen transfer.",
        {"mJo030": 2, "mJo028": 1, "mJo027": 1, "mJo031": 1, "mJo034": 1, "mJo029": 1},
    ),
    (
        "mJn14",
        "en",
        "channel4_kidsfood",
        "Keeping lunches safe on the way to our satellite classes",
        "Our main campus kitchen in Tra Cu cooks lunch for three satellite classes in other hamlets, and the food travels "
        "by motorbike. Improper storage and handling can contaminate food and cause illnesses such as hepatitis A or "
        "diarrhoea, and we worry that rice and soup cool down or sit warm too long on the road. We need practical "
        "temperature-control equipment and rules for hot and cold holding during transport, and hand-washing routines at "
        "the receiving classes.",
        {"mJo042": 2, "mJo027": 1},
    ),
]

NEEDS += [
    # ---- nutrition, growth monitoring, anaemia, school milk, gardens
    (
        "mJn15",
        "vi",
        "daknong_sdd",
        "Theo dõi cân nặng, chiều cao và phát hiện thấp còi ở trẻ vùng khó khăn",
        "Tỷ lệ suy dinh dưỡng trẻ dưới 5 tuổi cả nước đã giảm từ 17,5% (2010) xuống 13,6% (2016) nhưng giảm không đều, còn "
        "rất cao ở trẻ dân tộc thiểu số vùng khó khăn (có nhóm thấp còi tới 62,4%). Trạm y tế và trường mầm non một xã ở Trà "
        "Cú, nơi đông trẻ người Khmer, muốn cân đo định kỳ, tính chỉ số z-score theo chuẩn tăng trưởng WHO để phát hiện sớm "
        "trẻ nhẹ cân, thấp còi. Cần phần mềm, công cụ tính toán hoặc đơn vị hỗ trợ đánh giá.",
        {"mJo050": 2, "mJo051": 2, "mJo052": 2, "mJo089": 1},
    ),
    (
        "mJn16",
        "en",
        "namdinh_myphuc",
        "Professional survey of the nutritional status of our kindergarten children",
        "A cluster of kindergartens in Tam Binh (Vinh Long) wants to know precisely how many of its children are "
        "underweight, stunted, wasted or overweight before planning menus and parent education, similar to the commune-level "
        "study of kindergarten malnutrition done in another province. We are looking for a university or institute team "
        "that can measure all children and analyse the results against WHO standards.",
        {"mJo052": 2, "mJo050": 1, "mJo057": 1, "mJo051": 1},
    ),
    (
        "mJn17",
        "vi",
        "bugiamap_suahocduong",
        "Can nguon sua hoc duong cho tre mau giao",
        "Chuong trinh Sua hoc duong quoc gia (Quyet dinh 1340/QD-TTg ngay 8/7/2016) uu tien tre tu 2 den 12 tuoi, giai doan "
        "tre phat trien 86% the chat, chieu cao, tri tue. Truong mau giao o Cau Ngang muon cho tre uong sua hang ngay tai "
        "truong. Can don vi cung ung sua hoc duong, huong dan to chuc gio uong sua va phan bo kinh phi.",
        {"mJo056": 2, "mJo057": 1},
    ),
    (
        "mJn18",
        "en",
        "suahocduong_world",
        "Closing micronutrient gaps through school milk and menus",
        "National school milk programmes in Japan, China and Thailand, usually with fresh or micronutrient-fortified milk "
        "for children aged about 5 to 13, improved height, weight-for-height and attendance. Our kindergarten network in "
        "Vinh Long wants to do the same for younger children: we need a milk supply arrangement and expert advice on which "
        "micronutrients our children lack and how to adjust milk and menus accordingly.",
        {"mJo056": 2, "mJo057": 2, "mJo044": 1, "mJo043": 1},
    ),
    (
        "mJn19",
        "en",
        "yadelie_garden",
        "School vegetable garden feeding our lunches and teaching nutrition",
        "Our kindergarten in Cau Ke wants a garden where the children sow, tend and harvest vegetables and fruit that then "
        "go into the school lunches, so they learn where food comes from, get outdoor exercise and become more willing to "
        "eat vegetables instead of junk food. We need help to set up and run a garden-based nutrition programme with "
        "teachers and parents.",
        {"mJo058": 2, "mJo060": 2, "mJo059": 1},
    ),
    (
        "mJn20",
        "vi",
        "mnlienminh_vuonrau",
        "Làm vườn rau sạch và góc thiên nhiên cho trẻ mầm non",
        "Trường mầm non ở Long Hồ muốn tận dụng đất trống làm các bồn rau có hệ thống tưới và thoát nước, còn ở góc thiên "
        "nhiên từng lớp thì trồng rau muống, cải mầm, cải xanh, mồng tơi trong thùng xốp, lốp xe, chai nhựa, cắm biển tên và "
        "ngày trồng. Rau thu hoạch sẽ đưa vào bếp ăn. Cần tư vấn mô hình vườn, cách cho trẻ tham gia và lưu ý an toàn khi dùng "
        "rau vườn cho bữa ăn.",
        {"mJo060": 2, "mJo058": 2, "mJo059": 1, "mJo076": 1},
    ),
    (
        "mJn21",
        "en",
        "pmc_anemia_indigenous",
        "On-site anaemia testing for young children",
        "Among disadvantaged children aged 6–59 months, anaemia can affect more than half of infants aged 6–11 months and "
        "is often missed: in one audit only 70.2 percent had a haemoglobin test in the past year and fewer than half of "
        "anaemic children were followed up. Our commune health station in Tra Cu, working with three kindergartens, wants "
        "a reliable finger-prick haemoglobin test that our staff can run at the schools and a simple way to classify anaemia.",
        {"mJo053": 2, "mJo054": 2, "mJo055": 2, "mJo057": 1},
    ),
    (
        "mJn22",
        "vi",
        "minhphu_thucdon",
        "Xây dựng thực đơn và chương trình tính dinh dưỡng riêng cho trường",
        "Trường mầm non ở thành phố Vĩnh Long muốn tự xây dựng thực đơn tuần và có một chương trình máy tính giúp tính dinh "
        "dưỡng từng bữa cho trẻ, như một đề tài xây dựng thực đơn đã làm ở một trường mầm non khác. Số trẻ thừa cân của trường "
        "đang tăng nên cần có cả thực đơn riêng phòng béo phì. Cần phần mềm hoặc đơn vị chuyển giao.",
        {"mJo043": 2, "mJo044": 2, "mJo046": 2, "mJo045": 1, "mJo047": 1, "mJo048": 1, "mJo049": 1},
    ),
    (
        "mJn23",
        "en",
        "vinhlong_9thang",
        "Recording infant growth at commune health stations",
        "A study in Vinh Long city followed the height, weight and malnutrition of infants in their first months of life "
        "through the 11 commune and ward health stations. Our health centre wants to make this routine: at each visit staff "
        "would enter weight and length, get the child's z-scores against WHO growth standards and see who is falling behind. "
        "We need free or low-cost software and a short training.",
        {"mJo050": 2, "mJo051": 2, "mJo052": 1},
    ),
    # ---- learning toys, teaching aids, Vietnamese-language enhancement
    (
        "mJn24",
        "vi",
        "kiddihub_phelieu",
        "Giáo viên tự làm đồ chơi từ phế liệu cho lớp học",
        "Trường mầm non ở Tiểu Cần tốn khoản ngân sách lớn mỗi năm để mua đồ chơi. Nhà trường muốn giáo viên tận dụng vật "
        "liệu cũ như chai nhựa, hộp giấy, thùng carton để làm đồ chơi sáng tạo, vừa tiết kiệm vừa giáo dục trẻ bảo vệ môi "
        "trường. Cần lớp tập huấn, tài liệu hướng dẫn làm đồ chơi an toàn theo chủ đề.",
        {"mJo067": 2, "mJo068": 2, "mJo069": 2, "mJo070": 2, "mJo071": 2, "mJo076": 1},
    ),
    (
        "mJn25",
        "en",
        "tuoitho_taiche",
        "Parent-and-child workshop on recycled toys",
        "Our kindergarten's parents' association in Cau Ngang noticed that when teachers assigned homework to build a toy "
        "from recycled materials, many parents did not know how to start. We want a hands-on workshop where parents and "
        "children turn bottles, boxes and toilet-paper rolls into safe toys such as robots, building imagination, motor "
        "skills and respect for the environment.",
        {"mJo071": 2, "mJo068": 2, "mJo070": 2, "mJo067": 1, "mJo069": 1},
    ),
    (
        "mJn26",
        "en",
        "taruhkids_wooden",
        "Wooden Montessori materials for a new kindergarten",
        "We are opening a small Montessori-inspired kindergarten in Vinh Long city. Parents ask for a well-prepared "
        "environment with wooden rather than plastic toys, for safety and for the learning value. We need a supplier of "
        "child-safe wooden Montessori materials — puzzles, sorting and counting sets, practical-life pieces — for 3–6 year olds.",
        {"mJo072": 2, "mJo073": 2, "mJo074": 2, "mJo075": 1, "mJo077": 1, "mJo076": 1},
    ),
    (
        "mJn27",
        "vi",
        "montessorimadmen",
        "Can mua do choi go hoc tap cho lop mau giao",
        "Truong mau giao o Cau Ke muon thay bot do choi nhua bang do choi go co muc dich day va hoc, giup tre tu choi, tu kham "
        "pha va tuong tac voi ban chu khong chi de giai tri. Can nha cung cap do choi go an toan (ghep hinh, phan loai, dem) "
        "cho lop 3-4 tuoi va 5-6 tuoi, co bao gia.",
        {"mJo072": 2, "mJo073": 2, "mJo074": 2, "mJo076": 2, "mJo077": 2, "mJo075": 1},
    ),
    (
        "mJn28",
        "en",
        "topkid_steam",
        "Screen-free coding toys for five-year-olds",
        "Our kindergarten in Long Ho wants to introduce early STEAM and robotics. We do not want children simply assembling "
        "a model from instructions: they should test ideas, give a robot instructions, find what went wrong and fix it, "
        "working in small groups, without tablets. We need age-appropriate coding robots and a guide for our teachers.",
        {"mJo078": 2, "mJo079": 2, "mJo080": 2},
    ),
    (
        "mJn29",
        "vi",
        "webtretho_steam",
        "Lập góc STEAM, robot lập trình cho trẻ 4–6 tuổi",
        "Trường mầm non tư thục ở Bình Minh muốn mở góc STEAM với đồ chơi lắp ráp, trò chơi lập trình đơn giản để trẻ rèn tư "
        "duy logic, giải quyết vấn đề, sáng tạo và làm việc nhóm. Cần nhà cung cấp thiết bị phù hợp lứa tuổi mầm non kèm "
        "hướng dẫn giáo viên tổ chức hoạt động.",
        {"mJo078": 2, "mJo079": 2, "mJo080": 2},
    ),
    (
        "mJn30",
        "vi",
        "dnpu_khmer",
        "Tăng cường tiếng Việt cho trẻ mẫu giáo người Khmer",
        "Kỹ năng tiếng Việt của học sinh người Khmer khi vào tiểu học còn yếu, ảnh hưởng việc học các môn khác. Trường mầm non ở "
        "Trà Cú, đa số trẻ là người Khmer, muốn chuẩn bị tiếng Việt cho trẻ ngay từ mẫu giáo: cần phương pháp, học liệu và mô "
        "hình hoạt động dựa trên tiếng mẹ đẻ để trẻ nghe, nói tiếng Việt tự nhiên trước khi vào lớp 1.",
        {"mJo084": 2, "mJo085": 2, "mJo086": 2, "mJo162": 1},
    ),
    (
        "mJn31",
        "en",
        "baoquangninh_tienyen",
        "Training preschool teachers to teach Vietnamese to Khmer-speaking children",
        "For children whose first language is Khmer, Vietnamese is a second language and a barrier to learning later "
        "subjects. The education office in Cau Ke wants to strengthen Vietnamese from preschool onwards and needs training "
        "for kindergarten teachers on activities — conversation, stories, play corners, outdoor games — that build "
        "Vietnamese on the basis of the mother tongue.",
        {"mJo084": 2, "mJo086": 2, "mJo085": 1, "mJo162": 1},
    ),
    # ---- management software and parent communication
    (
        "mJn32",
        "vi",
        "smallbusiness_daycare",
        "Phần mềm thu học phí, lưu biên lai và báo cáo cho phụ huynh",
        "Nhóm lớp mầm non tư thục ở thành phố Trà Vinh thu học phí, tiền ăn bằng sổ tay nên hay có tranh cãi ai đã đóng, đóng "
        "khi nào. Phụ huynh muốn có hồ sơ thanh toán, bảng tổng hợp cuối năm và thông tin hằng ngày của con. Cần phần mềm lập "
        "hóa đơn, thu tiền qua chuyển khoản, lưu biên lai và báo cáo công nợ.",
        {"mJo087": 2, "mJo088": 2, "mJo094": 2, "mJo092": 2, "mJo089": 1, "mJo090": 2, "mJo091": 2, "mJo093": 1},
    ),
    (
        "mJn33",
        "en",
        "phpdazero_childcare",
        "One system for enrolment, health records, fees and reports",
        "Our public kindergarten in Tra On keeps enrolment and family records, medical and immunisation notes, meal "
        "rations, attendance, tuition and accounts in separate files kept by different staff, so work is duplicated and "
        "reports to the district education office take days. We need an integrated school management system, suited to "
        "Vietnamese kindergarten rules, that links these functions.",
        {"mJo089": 2, "mJo087": 2, "mJo090": 1, "mJo091": 1, "mJo043": 1},
    ),
    (
        "mJn34",
        "en",
        "illumine_comm",
        "Consistent parent communication across three kindergarten campuses",
        "We operate three private kindergartens in Vinh Long. Each director interprets our policies differently: one "
        "documents every small incident, another only serious ones; one team sends daily updates, another only when it has "
        "time, so families feel they are enrolled in different schools. We want one parent communication app with the same "
        "daily report format, photos, incident notes and messaging on every campus.",
        {"mJo095": 2, "mJo096": 2, "mJo098": 2, "mJo093": 1, "mJo097": 1, "mJo088": 1, "mJo092": 1},
    ),
    (
        "mJn35",
        "vi",
        "little_seeds",
        "Thay nhóm Zalo bằng ứng dụng báo cáo hằng ngày cho phụ huynh",
        "Trường mầm non ở Vũng Liêm đang nhắn tin cho phụ huynh qua nhóm Zalo nên thông tin bị trôi, phụ huynh hỏi đi hỏi lại. "
        "Chúng tôi muốn dùng một ứng dụng để cô giáo ghi nhanh bữa ăn, giấc ngủ, vệ sinh của từng trẻ và gửi vài ảnh hoạt động "
        "mỗi ngày, có kênh nhắn riêng với giáo viên, nhưng vẫn hạn chế cô phải cầm điện thoại trong lớp.",
        {"mJo095": 2, "mJo096": 2, "mJo098": 2, "mJo088": 1, "mJo097": 1, "mJo093": 1, "mJo092": 1},
    ),
    (
        "mJn36",
        "vi",
        "ictnews_ketnoi",
        "Can ung dung so lien lac dien tu cho truong mau giao",
        "Phu huynh bay gio rat quan tam moi ngay con den truong co vui khong, khong the doi den buoi hop phu huynh moi biet. "
        "Truong mau giao o Cau Ngang can ung dung so lien lac dien tu de gui thong bao, tinh hinh suc khoe, nhan tin voi giao "
        "vien va cho phu huynh dong hoc phi ngay tren dien thoai.",
        {"mJo088": 2, "mJo092": 2, "mJo087": 1, "mJo094": 1, "mJo095": 1},
    ),
    (
        "mJn37",
        "en",
        "murdok_daycare",
        "Digital daily sheets, incident reports and child portfolios for inspections",
        "Our kindergarten in Chau Thanh (Tra Vinh) keeps daily care notes, incident and injury reports, observations and "
        "attendance on paper, which is slow and error-prone and makes inspections painful. We need day care software that "
        "records daily sheets, incidents and child portfolios and produces compliance reports for the authorities.",
        {"mJo093": 2, "mJo090": 2, "mJo091": 1, "mJo087": 1, "mJo089": 1},
    ),
]

NEEDS += [
    # ---- drowning prevention
    (
        "mJn38",
        "vi",
        "baotintuc_vinhlong_boi",
        "Cần bể bơi di động để dạy bơi thay vì dạy dưới sông",
        "Cả tỉnh Vĩnh Long có hơn 30 hồ bơi kinh doanh nhưng ở xã Loan Mỹ (Tam Bình) trường chưa có hồ bơi, cũng không có bể "
        "bơi di động, nên lớp dạy bơi miễn phí gần 40 học sinh phải học ngay trên sông trước cổng trường, lịch học phụ thuộc "
        "con nước. Xã và nhà trường cần một bể bơi lắp ghép, di chuyển được, có thể chỉnh độ sâu cho trẻ nhỏ, dùng luân phiên "
        "giữa các điểm trường.",
        {"mJo106": 2, "mJo107": 2, "mJo105": 1, "mJo110": 1, "mJo111": 1},
    ),
    (
        "mJn39",
        "en",
        "nhandan_duoinuoc",
        "Community daycare to keep toddlers away from canals",
        "In the Mekong Delta, dense rivers, canals and ditches put young children at constant risk of drowning, especially "
        "during holidays when parents are busy; one province recorded five child drownings in a few months. In our commune "
        "in Tra Cu almost every house backs onto a canal and toddlers are left alone while parents farm. We want to set up "
        "supervised community daycare for children aged 1–4 and train local caregivers.",
        {"mJo112": 2, "mJo113": 2, "mJo114": 2, "mJo116": 2, "mJo117": 2, "mJo115": 1, "mJo157": 1},
    ),
    (
        "mJn40",
        "vi",
        "scroll_bangladesh",
        "Mở điểm trông trẻ cộng đồng buổi sáng để phòng đuối nước",
        "Tài liệu chúng tôi đọc cho thấy ở vùng sông nước, phần lớn trẻ dưới 5 tuổi chết đuối ngay gần nhà (trong vòng 20 m), "
        "thường vào buổi sáng khi cha mẹ bận việc, và mô hình trông trẻ cộng đồng đã giảm tới 88% số ca. Hội Phụ nữ một xã ở Cầu "
        "Ngang muốn mở điểm trông trẻ ở từng ấp, giúp các mẹ yên tâm làm ăn; cần mô hình tổ chức và chương trình đào tạo người "
        "trông trẻ về chăm sóc, kích thích phát triển và phòng đuối nước.",
        {"mJo112": 2, "mJo114": 2, "mJo113": 2, "mJo116": 2, "mJo117": 1, "mJo157": 1},
    ),
    (
        "mJn41",
        "en",
        "vnexpress_duoinuoc",
        "Summer swim-safety course with rescue skills for school children",
        "More than 2,000 Vietnamese children drown every year, ten times the rate of developed countries, mostly for lack "
        "of supervision and swimming skills. A primary and kindergarten cluster in Cang Long wants a summer programme that "
        "teaches children from 6 to 15 to swim, recognise dangerous water and rescue others safely, with a test or "
        "certificate at the end.",
        {"mJo110": 2, "mJo111": 2, "mJo108": 2, "mJo105": 1, "mJo106": 1, "mJo107": 1},
    ),
    (
        "mJn42",
        "vi",
        "newage_antoannuoc",
        "Can dao tao giao vien thanh nguoi day boi va an toan duoi nuoc",
        "Viet Nam co hon 2.300 song, kenh rach, duoi nuoc van la noi lo lon cua tre em. Nhu New Zealand ket hop hoc boi voi "
        "kien thuc an toan nuoc trong chuong trinh cho truong tieu hoc, Phong giao duc o Tra Cu muon dao tao giao vien the duc "
        "va giao vien mam non thanh nguoi day boi, day ky nang an toan duoi nuoc cho tre. Can don vi dao tao huan luyen vien.",
        {"mJo108": 2, "mJo107": 1, "mJo109": 1, "mJo111": 1},
    ),
    (
        "mJn43",
        "vi",
        "vnnet_thanhhoa_pool",
        "Cần chỗ dạy bơi giá rẻ cho trẻ vùng ven sông",
        "Ở một xã ven sông tại Bình Tân (Vĩnh Long), khảo sát các trường chỉ 5–7% học sinh biết bơi, trong xã không có hồ bơi, "
        "người dân đi làm phải qua sông. Một thầy giáo đã phải vay tiền tự xây hồ để dạy 200 em ở nơi khác; chúng tôi muốn "
        "giải pháp rẻ hơn: bể tạm, khu bơi quây lưới hoặc bể di động để dạy bơi cho trẻ vào dịp hè.",
        {"mJo105": 2, "mJo106": 2, "mJo107": 1, "mJo110": 1},
    ),
    # ---- cameras
    (
        "mJn44",
        "vi",
        "voh_hcm_camera",
        "Kế hoạch lắp camera cho các trường mầm non công lập trong huyện",
        "Sau một số vụ bạo hành trẻ trong lớp học được phản ánh, Phòng Giáo dục huyện Cầu Kè đang xây dựng kế hoạch lắp camera "
        "tại các trường mầm non công lập, có lấy ý kiến giáo viên và phụ huynh, để ban giám hiệu quản lý và phụ huynh cùng "
        "giám sát hoạt động của trẻ. Cần đơn vị tư vấn, cung cấp và lắp đặt hệ thống camera phù hợp.",
        {"mJo123": 2, "mJo121": 2, "mJo122": 2, "mJo124": 2, "mJo125": 1, "mJo126": 1},
    ),
    (
        "mJn45",
        "en",
        "zing_camera_debate",
        "Live classroom viewing for parents with privacy safeguards",
        "At our private kindergarten in Vinh Long city many parents of toddlers now choose a school only if they can watch "
        "the classroom remotely; others think cameras are unnecessary, and teachers worry about being watched. We want a "
        "live-view system in which each parent sees only their own child's classroom, plus a clear access and privacy "
        "policy.",
        {"mJo122": 2, "mJo125": 2, "mJo124": 2, "mJo126": 1, "mJo121": 1},
    ),
    (
        "mJn46",
        "vi",
        "vietbao_camera",
        "Lắp camera giá vừa phải cho nhóm trẻ gia đình",
        "Nhóm trẻ gia đình ở Mang Thít nhận trẻ từ khoảng 2 tuổi, khi trẻ chưa nói thạo nên phụ huynh khó biết ở lớp có gì bất "
        "thường; nhiều phụ huynh nói chỉ gửi con khi có camera. Chúng tôi cần lắp vài camera quan sát, ghi hình và cho phụ huynh "
        "xem khi cần, chi phí vừa phải.",
        {"mJo121": 2, "mJo122": 1, "mJo124": 1, "mJo126": 1, "mJo123": 1},
    ),
    # ---- pick-up, attendance, school transport
    (
        "mJn47",
        "en",
        "shanahcity_checkin",
        "Verified child pick-up with security codes",
        "Last month a stranger tried to collect a child at our kindergarten in Tra Vinh city. We want check-in at the gate "
        "(kiosk or parents' phones with a QR code) that prints or shows matching security codes for the child and the "
        "collecting adult, release only when the codes match, and a list of authorised adults for each child.",
        {"mJo127": 2, "mJo128": 2, "mJo129": 2, "mJo091": 1, "mJo132": 1, "mJo133": 1, "mJo090": 1},
    ),
    (
        "mJn48",
        "vi",
        "ministrium_checkin",
        "Hệ thống đón trẻ có mã bảo mật và danh sách người được ủy quyền",
        "Trường mầm non ở Long Hồ muốn khi trẻ đến lớp, hệ thống in hai nhãn cùng một mã ngẫu nhiên: một dán cho trẻ, một giao "
        "người lớn; lúc đón giáo viên đối chiếu mã, người đón phải nằm trong danh sách được phụ huynh ủy quyền, và màn hình "
        "hiện ngay thông tin dị ứng của trẻ. Cần phần mềm, thiết bị và hướng dẫn quy trình.",
        {"mJo127": 2, "mJo129": 2, "mJo128": 2, "mJo132": 1, "mJo130": 1, "mJo091": 1},
    ),
    (
        "mJn49",
        "en",
        "gdtd_iot_diemdanh",
        "Automatic attendance that alerts parents working far away",
        "In Duyen Hai many parents work far away in Binh Duong, Dong Nai or Ho Chi Minh City and children stay with "
        "grandparents, so parents rarely know whether the child went to school that day. Our school wants automatic "
        "attendance (card, fingerprint or face) that sends arrival, late and absence notices to parents' phones.",
        {"mJo132": 2, "mJo130": 2, "mJo133": 1, "mJo131": 1},
    ),
    (
        "mJn50",
        "vi",
        "docx_rfid_sv",
        "Vòng tay RFID điểm danh trẻ ở cổng trường và trên xe",
        "Trường mầm non ở Trà Ôn thấy các trường đại học dùng RFID để điểm danh tự động, nhanh và chính xác. Chúng tôi muốn "
        "đeo cho mỗi trẻ một vòng tay RFID bền, an toàn để tự động ghi nhận khi trẻ vào cổng, lên xuống xe đưa đón và báo cho "
        "phụ huynh. Cần nhà cung cấp thẻ, đầu đọc và phần mềm.",
        {"mJo133": 2, "mJo130": 2, "mJo131": 1, "mJo132": 1},
    ),
    (
        "mJn51",
        "en",
        "dailyrecord_dalton",
        "Alarm so no child is left asleep in our school van",
        "Tired children often fall asleep on the ride and can be hidden behind high seat backs. Our kindergarten shuttle van "
        "in Binh Minh (Vinh Long) has no system forcing the driver to check every seat before locking up. We want a child "
        "reminder alarm that sounds unless the driver walks to the back and presses a button or scans a code.",
        {"mJo134": 2, "mJo135": 2, "mJo136": 2, "mJo137": 2, "mJo130": 1},
    ),
    (
        "mJn52",
        "vi",
        "smartbzt_bus",
        "Phụ huynh theo dõi xe đưa đón và điểm danh lên xuống xe",
        "Đã có vụ trẻ 5 tuổi bị bỏ quên nhiều giờ trên xe buýt trong giá lạnh ở nước ngoài; chuyên gia khuyên cần nhiều lớp "
        "kiểm tra chồng lên nhau. Trường mầm non tư thục ở thành phố Vĩnh Long có xe đưa đón, muốn phụ huynh xem vị trí xe theo "
        "thời gian thực, điểm danh từng trẻ khi lên, xuống xe và nhắc tài xế kiểm tra cuối xe.",
        {"mJo137": 2, "mJo130": 2, "mJo138": 1, "mJo140": 1, "mJo135": 1, "mJo134": 1},
    ),
    (
        "mJn53",
        "en",
        "gust_salusmatrix",
        "Text alerts when a child boards or leaves the van",
        "A special-needs preschool in Cang Long transports children who cannot tell anyone if they are left behind. We "
        "want a hands-free system that texts or e-mails parents when each child gets on and off the van and has an "
        "emergency call button, so parents act as a second set of eyes.",
        {"mJo130": 2, "mJo137": 2, "mJo138": 1, "mJo134": 1, "mJo133": 1},
    ),
    # ---- early detection of developmental delay
    (
        "mJn54",
        "vi",
        "ctump_mchat_nhidong",
        "Sàng lọc tự kỷ cho trẻ 18–36 tháng tại phòng khám",
        "Một khảo sát trên 400 trẻ 18–36 tháng đến khám nhi cho thấy 2% dương tính với thang M-CHAT, cao hơn ở trẻ sinh thiếu "
        "tháng (5,1%) và trẻ nhẹ cân lúc sinh dưới 2.500 g (3,8%). Trung tâm y tế huyện Tiểu Cần muốn sàng lọc nguy cơ tự kỷ "
        "cho mọi trẻ 18–36 tháng đến khám, tư vấn và theo dõi để can thiệp sớm. Cần công cụ, quy trình và đào tạo.",
        {"mJo142": 2, "mJo146": 2, "mJo143": 2, "mJo149": 2, "mJo144": 1, "mJo147": 1, "mJo145": 1, "mJo150": 1},
    ),
    (
        "mJn55",
        "en",
        "medicalhome_screen",
        "Teachers screening every child for developmental delay",
        "About one child in eight has a developmental or behavioural disability, and chances for early help are lost when "
        "they are not identified. Screening with a brief standardised tool can be done by trained teachers in day care. "
        "Our kindergarten network in Vinh Long wants teachers to screen all enrolled children regularly and refer those at "
        "risk for evaluation.",
        {"mJo148": 2, "mJo147": 2, "mJo145": 2, "mJo151": 1, "mJo143": 1},
    ),
    (
        "mJn56",
        "vi",
        "aafp_delay",
        "Bảng hỏi cho phụ huynh để phát hiện sớm trẻ chậm phát triển",
        "Khoảng 15% trẻ có ít nhất một dạng chậm phát triển nhưng chưa tới 1/5 được can thiệp trước 3 tuổi. Trường mầm non ở "
        "Cầu Ngang có nhiều trẻ chậm nói; giáo viên ít thời gian nên muốn dùng bảng hỏi đã được chuẩn hóa để phụ huynh tự điền "
        "định kỳ, giúp phát hiện sớm chậm phát triển và biết khi nào cần chuyển khám.",
        {"mJo147": 2, "mJo148": 2, "mJo145": 2, "mJo144": 1, "mJo143": 1},
    ),
]

NEEDS += [
    (
        "mJn57",
        "en",
        "checkingcare_mchat",
        "Quick autism checklist for teachers and a referral path",
        "Our kindergarten teachers in Tra Cu notice some toddlers who avoid eye contact and do not respond to their name. "
        "Paediatric guidance suggests developmental screening at 9, 18 and 24 or 30 months and autism screening at 18 or "
        "24 months. We need a simple validated checklist teachers and parents can use, training on scoring it, and a clear "
        "route to a hospital for children who screen positive.",
        {"mJo143": 2, "mJo142": 2, "mJo144": 2, "mJo146": 1, "mJo149": 1, "mJo145": 1},
    ),
    (
        "mJn58",
        "vi",
        "dethrives_screening",
        "Can ung dung dien thoai sang loc dau hieu tu ky cho tre nho",
        "Nha o Duyen Hai, cach benh vien nhi rat xa, nhieu phu huynh chi biet con cham noi khi tre da lon. Hoi phu huynh truong "
        "mau giao muon co ung dung tren dien thoai hoac may tinh bang de cha me tu kiem tra dau hieu tu ky, cham phat trien "
        "cua con tai nha, cho ket qua: binh thuong, can theo doi hay can di kham.",
        {"mJo149": 2, "mJo150": 2, "mJo144": 2, "mJo142": 1, "mJo143": 1},
    ),
    (
        "mJn59",
        "en",
        "tailieu_quyen_tuky",
        "Early-intervention class inside our kindergarten",
        "Public budgets cannot yet provide enough specialised places for children with autism, and families in Vinh Long "
        "travel to Can Tho for intervention. A parents' group with a private kindergarten wants to open an early-intervention "
        "class inside the school so children receive therapy and join ordinary classes part of the day. We need a proven "
        "model and professional support to set it up.",
        {"mJo152": 2, "mJo151": 1, "mJo161": 1},
    ),
    (
        "mJn60",
        "vi",
        "tuyenquang_hoanhap",
        "Bồi dưỡng giáo viên dạy hòa nhập trẻ tự kỷ",
        "Trung tâm hỗ trợ trẻ khuyết tật ở địa phương chủ yếu can thiệp thể chất bằng phương pháp y học, còn trường mầm non thì "
        "chưa biết cách chăm sóc, giáo dục trẻ tự kỷ. Trường mầm non ở Trà Ôn đã nhận một số trẻ tự kỷ học hòa nhập, cần chương "
        "trình bồi dưỡng và hỗ trợ giáo viên ngay tại lớp về thực hành hòa nhập, phối hợp với trung tâm can thiệp.",
        {"mJo161": 2, "mJo152": 2, "mJo159": 1},
    ),
    (
        "mJn61",
        "en",
        "clasp_screening",
        "Referral and evaluation pathway after developmental screening",
        "Early treatment of delays in the first three years gives much better outcomes, and programmes such as Early Head "
        "Start screen each child within 45 days of entry. The paediatric department of a provincial hospital in Tra Vinh "
        "receives more children flagged by kindergartens and wants a clear evaluation and referral pathway — hearing and "
        "vision checks, red flags, when to start intervention — plus coaching for parents while they wait.",
        {"mJo151": 2, "mJo148": 1, "mJo152": 1, "mJo142": 1},
    ),
    (
        "mJn62",
        "en",
        "asf_eyetracking",
        "Tablet-based autism risk check that nurses can run",
        "Waiting lists for an autism diagnosis in our area are long, delaying early intervention. Our kindergarten in Tieu "
        "Can, with its school nurse, wants a quick, child-friendly screening tool — for example looking at pictures or "
        "short videos on a tablet — that a nurse can run without a specialist and that tells us which children to refer.",
        {"mJo149": 2, "mJo150": 2, "mJo144": 2, "mJo143": 1},
    ),
    # ---- teacher training
    (
        "mJn63",
        "vi",
        "nguyensieu_socuu",
        "Tập huấn sơ cấp cứu trẻ nhỏ cho toàn bộ giáo viên, nhân viên",
        "Trường mầm non ở huyện Châu Thành (Trà Vinh) muốn toàn bộ giáo viên, nhân viên và phụ huynh có nhu cầu được bác sĩ "
        "hướng dẫn xử trí các tai nạn trẻ mầm non hay gặp: ngã, bỏng, ngộ độc, ngạt thở, hóc dị vật, nghẹn, súc vật cắn, đuối "
        "nước, điện giật, có thực hành trên mô hình. Cần đơn vị tổ chức tập huấn tại trường.",
        {"mJo155": 2, "mJo156": 2, "mJo157": 2, "mJo163": 2, "mJo158": 1, "mJo164": 1},
    ),
    (
        "mJn64",
        "en",
        "danang_socuu_thesis",
        "First aid training after a survey showed teachers were unsure",
        "A survey of how teachers handle common accidents among 3–4 year olds in several kindergartens found gaps in first "
        "aid for falls, cuts, burns and choking. We, kindergartens in Vung Liem, saw the same in our staff and want "
        "practical first-aid and CPR training for all teachers, with refreshers.",
        {"mJo155": 2, "mJo156": 2, "mJo157": 2, "mJo163": 2, "mJo164": 1, "mJo158": 1},
    ),
    (
        "mJn65",
        "vi",
        "docz_pctntt",
        "Tập huấn phòng tránh tai nạn thương tích và đuối nước cho giáo viên, phụ huynh",
        "Trường mầm non ở Cầu Kè muốn xây dựng trường học an toàn: lồng ghép phòng tránh tai nạn thương tích vào tiết học, "
        "kiểm tra đồ dùng đồ chơi, thống nhất cách xử lý giữa giáo viên trong lớp và tuyên truyền cho phụ huynh kỹ năng sơ cấp "
        "cứu các tai nạn thường gặp. Cần đơn vị tập huấn cho giáo viên và phụ huynh về phòng chống tai nạn, đuối nước.",
        {"mJo157": 2, "mJo158": 2, "mJo155": 1, "mJo163": 1, "mJo114": 1, "mJo156": 1},
    ),
    (
        "mJn66",
        "en",
        "ece_coaching_blog",
        "In-classroom coaching for new preschool teachers",
        "Our preschool group in Vinh Long hires young teachers with the right temperament but not yet the skills, and the "
        "field changes quickly. One-off workshops have not changed classroom practice. We want a coaching programme in "
        "which a coach observes, gives feedback and models practice in the classroom over several months.",
        {"mJo159": 2, "mJo160": 2, "mJo161": 1, "mJo162": 1},
    ),
    (
        "mJn67",
        "vi",
        "cdsptu_chuan",
        "Bồi dưỡng giáo viên mầm non theo chuẩn nghề nghiệp, có hỗ trợ tại lớp",
        "Khảo sát 150 cán bộ quản lý và giáo viên cho thấy 100% thấy cần bồi dưỡng theo chuẩn nghề nghiệp (60% rất cần thiết), "
        "lý do chính là kiến thức về chuẩn chưa được cập nhật (40,66%) và thói quen dạy theo cách cũ (32%). Phòng Giáo dục ở "
        "Trà Cú cần chương trình, tài liệu bồi dưỡng giáo viên mầm non theo chuẩn, kèm hỗ trợ, dự giờ tại lớp.",
        {"mJo162": 2, "mJo159": 2, "mJo160": 1, "mJo161": 1},
    ),
    (
        "mJn68",
        "en",
        "baomoi_bdtx120",
        "Modular materials for 120 periods a year of continuing teacher training",
        "The education ministry's continuing-training programme requires every kindergarten teacher and manager to complete "
        "120 periods of training a year. The education office in Cau Ngang needs ready-made modules and materials, for both "
        "the compulsory and the optional content, and people to run the sessions.",
        {"mJo162": 2, "mJo159": 1},
    ),
    (
        "mJn69",
        "en",
        "eceuniversity_pd",
        "Director-led coaching for infant and toddler caregivers",
        "Targeted professional development helps children, keeps staff longer and helps programmes meet licensing and "
        "quality standards. Our daycare for children under three in Long Ho cannot afford outside coaches for long, so we "
        "want our director and lead teachers trained to coach the infant-toddler caregivers through observation and feedback.",
        {"mJo160": 2, "mJo159": 2, "mJo161": 1},
    ),
    (
        "mJn70",
        "vi",
        "globalnewbusiness_fs",
        "Đào tạo an toàn thực phẩm, HACCP cho nhân viên bếp cung cấp suất ăn trường học",
        "Hợp tác xã dịch vụ nấu ăn ở Càng Long cung cấp suất ăn cho 5 trường mầm non. Giờ cao điểm phải nấu số lượng lớn trong "
        "thời gian ngắn, dễ sai sót; trẻ ăn phải thức ăn chưa chín hoặc nhiễm khuẩn có thể ngộ độc nặng. Hợp tác xã cần khóa "
        "đào tạo an toàn thực phẩm theo HACCP, có chứng nhận cho nhân viên bếp, và quy trình tự kiểm tra thường xuyên.",
        {"mJo031": 2, "mJo032": 2, "mJo029": 2, "mJo034": 2, "mJo027": 1},
    ),
    (
        "mJn71",
        "vi",
        "skytech_ro_school",
        "Máy lọc nước uống trực tiếp cho trường vùng nhiễm mặn",
        "Trường mầm non ở Ba Tri (nay thuộc tỉnh Vĩnh Long) mùa khô nước nhiễm mặn, nguồn nước không sạch dễ gây tiêu chảy, "
        "nhiễm trùng đường ruột, mà trẻ nhỏ lại có sức đề kháng yếu. Cần hệ thống lọc nước khử mặn, uống trực tiếp tại vòi cho "
        "toàn bộ trẻ và giáo viên, có bảo trì định kỳ.",
        {"mJo038": 2, "mJo037": 2, "mJo039": 1, "mJo040": 1},
    ),
    (
        "mJn72",
        "en",
        "cprclasses_daycare",
        "CPR and choking certification for every caregiver",
        "In many places every daycare staff member must hold current CPR and first-aid certification, because emergency "
        "services take minutes to arrive and a small toy or piece of fruit can block a child's airway in seconds. Our "
        "kindergarten in Tam Binh wants all caregivers certified in infant and child CPR and choking response, with renewal "
        "dates tracked.",
        {"mJo164": 2, "mJo163": 2, "mJo155": 2, "mJo156": 1, "mJo157": 1},
    ),
    (
        "mJn73",
        "en",
        "xaydungso_tcm",
        "Hand, foot and mouth disease prevention routine",
        "Hand, foot and mouth disease spreads easily among kindergarten children through saliva, nasal fluid and stool. "
        "Our kindergarten in Binh Tan (Vinh Long) needs a disinfection routine for tables, chairs, toys and toilets, hygiene "
        "training for staff and a way to monitor and isolate cases, especially in the peak months.",
        {"mJo041": 2, "mJo028": 1},
    ),
    (
        "mJn74",
        "vi",
        "hindawi_pallor",
        "Xét nghiệm nhanh thiếu máu cho trẻ mầm non tại trường",
        "Nghiên cứu cho thấy phần lớn cha mẹ không nhận ra trẻ xanh xao (chỉ 20,8% hiểu thiếu máu là gì) và đa số ca thiếu máu "
        "chỉ được phát hiện khi trẻ đi khám vì bệnh khác. Trạm y tế xã ở Duyên Hải muốn đo huyết sắc tố bằng máy cầm tay ngay "
        "tại trường mầm non thay vì nhìn da niêm, và phân loại mức độ thiếu máu. Cần thiết bị, quy trình và tập huấn.",
        {"mJo053": 2, "mJo054": 2, "mJo055": 2, "mJo057": 1},
    ),
    (
        "mJn75",
        "en",
        "daymamnon_thanglong",
        "Menu software with balanced cycle menus, costs and stock",
        "Our kindergarten in Mang Thit wants to raise the quality of school meals: balanced, varied menus suited to local "
        "food and each age group, with costs kept within what parents pay. We need software with ready balanced menus that "
        "calculates rations, market quantities and cost per meal and keeps track of food stock.",
        {"mJo043": 2, "mJo044": 2, "mJo048": 1, "mJo049": 1, "mJo089": 1, "mJo045": 1},
    ),
]
