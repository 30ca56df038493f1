"""Needs of the holdout115 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer would solve the need, 1 = partly relevant (partial answer or adjacent step); offers not
listed are not relevant. Every need paraphrases the public page under its source key; most of those pages are
about other places, and the need has been set in Trà Vinh / Vĩnh Long instead.
"""

NEEDS = [
    # --- dental chairs, units, waterlines, maintenance, mobile dentistry ---
    (
        "mMn01",
        "vi",
        "chair_taradasi",
        "Cần tư vấn chọn ghế nha khoa cho phòng khám mới ở Càng Long",
        "Phòng khám nha khoa tư nhân ở thị trấn Càng Long chuẩn bị mở với 2 ghế. Chúng tôi cần chọn ghế êm cho bệnh nhân, "
        "tựa đầu, tựa lưng, tay vịn chỉnh được, ghế không quá hẹp hay quá rộng; có bảng điều khiển tốc độ nâng hạ, nhớ vị "
        "trí lập trình sẵn, bàn đạp chân kiểu cần điều khiển; bền ít nhất 10 năm và hợp màu nội thất. Cần đơn vị tư vấn "
        "và cung cấp ghế phù hợp túi tiền.",
        {"mMo002": 2, "mMo003": 2, "mMo005": 2, "mMo001": 1, "mMo004": 1},
    ),
    (
        "mMn02",
        "en",
        "chair_healthdental",
        "Replacing two worn dental chairs in Vĩnh Long city",
        "Our family dental practice in Ward 1, Vĩnh Long city, has two treatment chairs bought more than ten years ago. "
        "The chair is our largest equipment cost and we expect the next ones to last ten years or more, so we want help "
        "comparing current chair costs, quality and maintenance needs before we buy, and a supplier who can deliver and "
        "set them up.",
        {"mMo002": 2, "mMo003": 2, "mMo005": 2, "mMo007": 1, "mMo006": 1},
    ),
    (
        "mMn03",
        "vi",
        "chair_dentalreach",
        "Mua trọn bộ ghế máy nha khoa (unit) cho phòng khám ở Tiểu Cần",
        "Phòng khám răng ở thị trấn Tiểu Cần cần mua một bộ ghế máy nha khoa hoàn chỉnh: ghế giữ bệnh nhân đúng tư thế, giá "
        "để dụng cụ có tay khoan tuabin và khuỷu, đèn chiếu vùng điều trị, bồn nhổ và hệ thống hút. Mong được báo giá và "
        "tư vấn chọn hãng, vì đây là khoản đầu tư dùng nhiều năm.",
        {"mMo003": 2, "mMo002": 1, "mMo005": 1, "mMo001": 1, "mMo004": 1},
    ),
    (
        "mMn04",
        "vi",
        "chair_asoomed",
        "Can tho bao tri ghe nha khoa bi ro ri nuoc, tay khoan yeu",
        "Phong kham rang o Cau Ke co 2 ghe may, gan day ghe hay ro ri nuoc, nang ha giat, tay khoan quay yeu va phai nghi "
        "may giua buoi. Can tho ky thuat ve bao tri dinh ky, ve sinh thiet bi de ghe chay on dinh, dung quy dinh kiem soat "
        "nhiem khuan va keo dai tuoi tho.",
        {"mMo006": 2, "mMo007": 2, "mMo001": 1, "mMo011": 1},
    ),
    (
        "mMn05",
        "en",
        "wl_fsroson",
        "Bad-smelling water from the dental unit lines at our Trà Cú clinic",
        "Water from the air-water syringe and handpieces of our two dental units in Trà Cú smells and sometimes carries "
        "particles. The thin tubing sits idle overnight and at weekends, and we have read that counts can climb far above "
        "drinking-water standards within days. We need a way to test the water and a routine or product to keep biofilm "
        "down.",
        {"mMo008": 2, "mMo009": 2, "mMo010": 2, "mMo011": 1},
    ),
    (
        "mMn06",
        "vi",
        "wl_boulders",
        "Kiểm tra định kỳ nước đường ống ghế nha cho chuỗi 3 phòng khám ở Vĩnh Long",
        "Chuỗi 3 phòng khám nha khoa ở TP Vĩnh Long muốn nước làm mát tay khoan đạt chuẩn nước uống (không quá 500 CFU/mL) "
        "như khuyến cáo. Cần dịch vụ xét nghiệm nước đường ống ghế định kỳ để đo CFU và hướng dẫn cách làm sạch màng "
        "sinh học, tránh mùi hôi và cặn.",
        {"mMo008": 2, "mMo010": 2, "mMo009": 1, "mMo011": 1},
    ),
    (
        "mMn07",
        "en",
        "mobile_mission",
        "Portable dental set-up for school check-ups around Cầu Ngang",
        "Our private dental clinic in Cầu Ngang wants to take dental care to primary schools and elderly groups in the "
        "surrounding communes, because transport keeps many families from coming. We need portable or van-mounted "
        "equipment (chair, handpieces, imaging, sterilisation) and advice on running school visits.",
        {"mMo012": 2, "mMo013": 2, "mMo003": 1, "mMo001": 1},
    ),
    (
        "mMn08",
        "vi",
        "mobile_azpm",
        "Xe nha khoa lưu động phục vụ trường học ở Duyên Hải",
        "Công ty chúng tôi ở thị xã Duyên Hải muốn cải tạo một xe khách thành phòng nha lưu động: 2 phòng khám với ghế ngả "
        "hoàn toàn, một góc chụp X-quang và chỗ chờ, đỗ tại trường để trẻ chỉ nghỉ học nửa giờ thay vì cha mẹ phải nghỉ "
        "làm nửa ngày. Cần mô hình vận hành và thiết kế xe.",
        {"mMo012": 2, "mMo013": 2, "mMo003": 1, "mMo048": 1},
    ),
]

NEEDS += [
    # --- sterilisation ---
    (
        "mMn09",
        "vi",
        "st_ivic",
        "Cần nồi hấp Class B cho phòng khám nha ở TP Trà Vinh",
        "Phòng khám nha khoa ở phường 1, TP Trà Vinh đang dùng nồi hấp cũ không hấp được dụng cụ đóng túi và tay khoan "
        "rỗng. Cần mua nồi hấp nha khoa loại tốt, khóa cửa tự động tới khi dụng cụ nguội và khô, chu trình từ khoảng 6 "
        "phút đến nửa giờ, nhiệt độ tới khoảng 132 °C, có bảo hành dài từ nhà cung cấp uy tín.",
        {"mMo019": 2, "mMo020": 2, "mMo021": 2, "mMo025": 2, "mMo024": 1},
    ),
    (
        "mMn10",
        "en",
        "st_oberoi",
        "Autoclave capacity too small for a busy clinic in Vũng Liêm",
        "Every instrument in our three-chair clinic in Vũng Liêm must be sterilised after each appointment, but our one "
        "steam sterilizer cannot keep up and patients wait for instruments. We need a standard, repeatable and "
        "documented sterilisation set-up with faster cycles or more units so sterile tools are always stocked.",
        {"mMo022": 2, "mMo021": 2, "mMo025": 2, "mMo020": 1, "mMo032": 1, "mMo033": 1},
    ),
    (
        "mMn11",
        "vi",
        "st_baominh",
        "Quy trình tiệt khuẩn để phòng khám răng mới ở Bình Minh được cấp phép",
        "Phòng khám nha khoa đang xin giấy phép ở thị xã Bình Minh cần xây dựng quy trình làm sạch, khử khuẩn, đóng gói và "
        "tiệt khuẩn dụng cụ bằng nồi hấp hơi nước áp suất cao theo chuẩn, để diệt vi khuẩn, vi rút, nấm và bào tử, có "
        "hồ sơ giám sát đủ điều kiện thẩm định. Cần đơn vị hướng dẫn và tập huấn cho nhân viên.",
        {"mMo028": 2, "mMo030": 2, "mMo031": 2, "mMo026": 2, "mMo029": 1, "mMo024": 1, "mMo033": 1},
    ),
    (
        "mMn12",
        "vi",
        "bi_legal",
        "Can kiem tra bao tu (spore test) noi hap hang tuan cho phong kham o Long Ho",
        "Phong kham rang o huyen Long Ho chi xem dong ho nhiet va que chi thi doi mau, chua tung dung que thu sinh hoc. "
        "Nghe noi nen thu bang bao tu Geobacillus stearothermophilus it nhat moi tuan cho moi noi hap. Can noi cung cap que "
        "thu, may u hoac dich vu doc ket qua va huong dan ghi so.",
        {"mMo034": 2, "mMo023": 2, "mMo035": 1, "mMo026": 1},
    ),
    (
        "mMn13",
        "en",
        "bi_prestigemed",
        "Faster spore-test results than mail-in strips for our Trà Ôn clinic",
        "We send spore strips by post from Trà Ôn and it takes five to seven days before the laboratory reads them, so "
        "if a test fails the instruments have already been used on many patients. We want an in-office incubator or a "
        "faster monitoring method, with digital records.",
        {"mMo034": 2, "mMo035": 1, "mMo023": 1},
    ),
    (
        "mMn14",
        "en",
        "st_celitron",
        "Sizing steam sterilizers for a two-chair clinic in Mang Thít",
        "We are a two-chair dental clinic in Mang Thít and must choose how many steam sterilizers to buy and of what "
        "size: machines differ in how many instruments they take per load and how long a cycle lasts. We need advice "
        "and suitable units so handpieces and kits are always ready.",
        {"mMo022": 2, "mMo019": 2, "mMo025": 2, "mMo021": 1, "mMo020": 1},
    ),
    (
        "mMn15",
        "vi",
        "st_visitech",
        "Máy hấp tiệt trùng dụng cụ và đồ vải cho phòng khám đa khoa ở Trà Cú",
        "Phòng khám đa khoa tư nhân ở huyện Trà Cú làm tiểu phẫu cần máy hấp tiệt trùng nhiệt độ cao cho dao kéo, kẹp, "
        "dụng cụ và cả đồ vải như áo, săng, để kiểm soát nhiễm khuẩn và tránh lây lan vi khuẩn, vi rút. Cần tư vấn loại "
        "máy và thương hiệu.",
        {"mMo024": 2, "mMo021": 1, "mMo019": 1, "mMo026": 1, "mMo027": 1},
    ),
    (
        "mMn16",
        "vi",
        "bi_consteril",
        "Nồi hấp báo que thử sinh học không đạt ở phòng khám Tam Bình",
        "Phòng khám nha ở Tam Bình vừa có que thử bào tử mọc vi khuẩn sau chu trình hấp, nghĩa là nồi hấp có thể không đủ "
        "nhiệt độ và thời gian. Cần kỹ thuật đến kiểm tra, sửa nồi hấp và hướng dẫn xử lý các mẻ dụng cụ đã hấp trước đó.",
        {"mMo035": 2, "mMo034": 1, "mMo023": 1, "mMo007": 1},
    ),
    (
        "mMn17",
        "en",
        "bi_dentalreviewed",
        "Sterilisation monitoring programme for a group of four clinics",
        "Our group runs four dental clinics in Trà Vinh and Vĩnh Long. Following the CDC and ADA advice to spore-test "
        "every sterilizer at least weekly, we want a complete monitoring programme: chemical and biological indicators, "
        "step-by-step procedures, a log for each test and a clear plan for failed results.",
        {"mMo034": 2, "mMo023": 2, "mMo035": 1, "mMo026": 1},
    ),
]

NEEDS += [
    # --- X-ray for small dental clinics ---
    (
        "mMn18",
        "vi",
        "xr_vietmy",
        "Chuyển từ phim X-quang sang cảm biến số cho phòng khám ở Càng Long",
        "Phòng khám nha ở Càng Long vẫn chụp phim răng truyền thống, phải rửa phim và hình không rõ. Muốn chuyển sang cảm "
        "biến kỹ thuật số để có hình chất lượng cao hơn, liều tia thấp hơn và xem ngay trên máy tính; cần tư vấn chọn "
        "thiết bị và chi phí.",
        {"mMo040": 2, "mMo041": 2, "mMo042": 1, "mMo052": 1},
    ),
    (
        "mMn19",
        "en",
        "xr_compendium",
        "Comparing intraoral sensors before buying, Châu Thành clinic",
        "We plan to buy a digital intraoral sensor for our clinic in Châu Thành district. Makers publish little on cable "
        "layout, connection, backscatter shielding, plate thickness and real active area, which is smaller than film for "
        "every size. We want independent advice on sizes and image sharpness for our patients, and a supplier.",
        {"mMo041": 2, "mMo040": 2, "mMo042": 1},
    ),
    (
        "mMn20",
        "vi",
        "xr_most",
        "Nhân sự và chứng chỉ cho phòng X-quang nha khoa ở TP Vĩnh Long",
        "Phòng khám răng hàm mặt ở TP Vĩnh Long sắp lắp máy X-quang răng. Ngoài phòng đạt chuẩn, cần biết phải có nhân "
        "viên bức xạ vận hành máy và người phụ trách an toàn được đào tạo theo Thông tư 34/2014/TT-BKHCN hay không, và "
        "cần đơn vị giúp đào tạo, lập hồ sơ xin phép theo Điều 11 Thông tư 08/2010/TT-BKHCN.",
        {"mMo045": 2, "mMo046": 2, "mMo044": 1, "mMo050": 1},
    ),
    (
        "mMn21",
        "vi",
        "xr_dongnai",
        "Hồ sơ xin giấy phép máy X-quang răng cho phòng khám ở Trà Ôn",
        "Phòng khám nha ở Trà Ôn cần làm hồ sơ cấp giấy phép tiến hành công việc bức xạ: đơn đề nghị, phiếu khai báo "
        "từng máy, tài liệu kỹ thuật, biên bản kiểm định không quá 12 tháng, hợp đồng đo liều cá nhân, nội quy an toàn, "
        "báo cáo đánh giá an toàn, thiết bị cảnh báo và bảo hộ. Cần đơn vị làm trọn gói.",
        {"mMo045": 2, "mMo044": 1, "mMo046": 1},
    ),
    (
        "mMn22",
        "en",
        "xr_leadglass",
        "Shielding a small X-ray room for a panoramic unit in Tiểu Cần",
        "We are fitting a room of about 10 × 12 feet in our Tiểu Cần clinic for an intraoral unit and a panoramic "
        "machine. These machines emit little radiation but may need thin shielding. We need a shielding design and "
        "materials for walls and door.",
        {"mMo047": 2, "mMo048": 2, "mMo046": 2, "mMo049": 1},
    ),
    (
        "mMn23",
        "en",
        "xr_hue",
        "Declaring and licensing a cone-beam CT in a Duyên Hải dental clinic",
        "We are adding a cone-beam CT to our dental clinic in Duyên Hải town and must declare the device, obtain a "
        "radiation work licence, register a safety officer and have an incident plan approved by the provincial "
        "Department of Science and Technology (about 5 working days to declare, 10-11 for licences). We want a service "
        "that prepares the papers.",
        {"mMo045": 2, "mMo049": 1, "mMo044": 1, "mMo048": 1},
    ),
    (
        "mMn24",
        "vi",
        "xr_newheek",
        "Đánh giá an toàn khi dùng máy X-quang răng cầm tay ở Cầu Ngang",
        "Phòng khám nha ở Cầu Ngang dùng máy X-quang răng cầm tay để chụp phim trong miệng cho trẻ và người già, phát tia "
        "chỉ vài phần mười giây, ống phát áp sát má. Người bán nói liều nhỏ, không cần che chắn, nhưng chúng tôi muốn "
        "biết liều thật cho người cầm máy và cho trẻ, có cần yếm chì, cổ áo bảo vệ tuyến giáp không.",
        {"mMo043": 2, "mMo042": 2, "mMo051": 1, "mMo044": 1},
    ),
    (
        "mMn25",
        "en",
        "xr_ptd",
        "Training staff in safe, selective dental X-ray use in Vũng Liêm",
        "Our dental assistants in Vũng Liêm take radiographs by habit. We want training so that X-rays are taken only "
        "when they benefit the patient, following the ADA/FDA selection guidance and the ALARA principle, with correct "
        "positioning and protection to avoid retakes.",
        {"mMo042": 2, "mMo052": 2, "mMo051": 1, "mMo050": 1},
    ),
    (
        "mMn26",
        "vi",
        "ag_isds",
        "Xử lý dung dịch định hình phim X-quang đã dùng ở phòng khám Bình Tân",
        "Phòng khám nha ở Bình Tân còn rửa phim, mỗi tháng thải vài lít thuốc định hình chứa khoảng 3.000–8.000 mg/L bạc, "
        "vượt xa ngưỡng chất thải nguy hại 5 mg/L. Không được đổ xuống cống hay hầm tự hoại. Cần thiết bị thu hồi bạc tại "
        "chỗ hoặc đơn vị thu gom, cùng cách dán nhãn, lưu chứa.",
        {"mMo053": 2, "mMo054": 2, "mMo055": 1, "mMo059": 1, "mMo136": 1},
    ),
    (
        "mMn27",
        "en",
        "ag_nh",
        "Silver waste from old films and fixer after going digital",
        "Our clinic in Long Hồ is switching to digital X-ray and still has used fixer and boxes of old films, both "
        "silver wastes. We need to recover the silver on site or have it shipped for reclamation, without using the "
        "septic tank, and to know what the local sewer will accept.",
        {"mMo053": 2, "mMo054": 2, "mMo059": 1, "mMo040": 1},
    ),
]

NEEDS += [
    # --- school eye screening and glasses ---
    (
        "mMn28",
        "vi",
        "se_phongmy",
        "Khám mắt và cấp kính hằng năm cho học sinh trường tư thục ở TP Trà Vinh",
        "Trường tư thục liên cấp của chúng tôi ở TP Trà Vinh muốn mỗi năm đo thị lực cho học sinh, phát hiện cận, viễn, "
        "loạn thị và cấp kính cho em cần, kèm tư vấn cách bảo vệ mắt cho học sinh, phụ huynh. Theo ước tính có hơn 3 triệu "
        "trẻ em Việt Nam mắc tật khúc xạ; cần đơn vị phối hợp khám tại trường.",
        {"mMo060": 2, "mMo061": 2, "mMo073": 2, "mMo071": 2, "mMo075": 1, "mMo062": 1, "mMo070": 1},
    ),
    (
        "mMn29",
        "en",
        "se_thienchi",
        "Free eye screening and glasses for rural pupils in Trà Cú",
        "Our agricultural cooperative in Trà Cú district, where many Khmer farming families can barely afford a trip to "
        "town, wants to sponsor eye examinations for primary pupils in the local schools and free glasses for poor "
        "children; at least 3 in 10 pupils may have refractive errors, and untreated ones risk amblyopia.",
        {"mMo060": 2, "mMo071": 2, "mMo061": 2, "mMo062": 1, "mMo063": 1},
    ),
    (
        "mMn30",
        "en",
        "se_guangzhou",
        "Cheaper glasses that secondary pupils will actually wear",
        "Our private secondary-school group in Vĩnh Long screened its pupils: about one in five had reduced distance "
        "vision and many refused follow-up; most who needed glasses were myopic around -2.5 D. We want a cheaper "
        "spectacle option that pupils will still wear, and rules on which children can receive it.",
        {"mMo063": 2, "mMo064": 2, "mMo065": 2, "mMo061": 1},
    ),
    (
        "mMn31",
        "vi",
        "se_odorbn",
        "Thiết kế chương trình đo thị lực cho học sinh và tập huấn giáo viên ở Cầu Kè",
        "Công ty giáo dục tư thục ở Cầu Kè muốn lập chương trình kiểm tra thị lực định kỳ: xác định mục tiêu (phát hiện "
        "nhược thị ở trẻ mầm non hay tật khúc xạ đáng kể ở trẻ lớn), chọn lứa tuổi, ngưỡng chuyển khám, và tập huấn giáo "
        "viên tự đo; ước tính mỗi triệu dân có ít nhất 2.000 trẻ cận trên -1,00 D cả hai mắt.",
        {"mMo062": 2, "mMo065": 2, "mMo071": 2, "mMo060": 1, "mMo070": 1},
    ),
    (
        "mMn32",
        "vi",
        "se_tamhong",
        "Can may do mat nhanh cho hoc sinh lop nho o Chau Thanh",
        "Truong tieu hoc tu thuc o huyen Chau Thanh kham mat thay rat nhieu em giam thi luc (mot truong o Vinh Phuc co "
        "228/822 em giam thi luc do tat khuc xa). Tre lop 1, lop 2 kho doc bang thi luc, can may do tu dong cam tay do "
        "nhanh ca hai mat va bao em nao can chuyen kham.",
        {"mMo066": 2, "mMo067": 2, "mMo070": 1, "mMo068": 1},
    ),
    (
        "mMn33",
        "en",
        "se_danang",
        "Correct refraction for teenagers at our optical shops in Vĩnh Long",
        "Our optical shops in Vĩnh Long city see many teenagers wearing wrong or outdated glasses, and many with "
        "uncorrected refractive error who never had an eye test. We want training or a partner so our refraction is "
        "accurate for young people, including when cycloplegic refraction is needed.",
        {"mMo068": 2, "mMo074": 1, "mMo069": 1, "mMo063": 1},
    ),
    (
        "mMn34",
        "vi",
        "se_seva",
        "Nguồn kính giá rẻ và theo dõi học sinh sau khi cấp kính ở Tiểu Cần",
        "Hợp tác xã dịch vụ ở Tiểu Cần đã cùng trường khám mắt cho học sinh nhưng vướng giá kính, ít chỗ cắt kính, em gái "
        "và em khuyết tật khó tiếp cận, và không theo dõi được em nào còn đeo kính. Cần nguồn kính rẻ, đúng chuẩn, cách "
        "cấp kính ngay tại trường và kế hoạch theo dõi, thay kính gãy.",
        {"mMo063": 2, "mMo065": 2, "mMo061": 1, "mMo064": 1, "mMo060": 1},
    ),
    (
        "mMn35",
        "en",
        "se_orbis_mekong",
        "Training teachers and school nurses to screen children's eyes in Cầu Ngang",
        "Our company sponsors schools and kindergartens in Cầu Ngang district. We want eye screening folded into the "
        "yearly health check, with a short course (about three weeks) for teachers, school nurses and commune health "
        "staff, and fees covered for poor and preschool children.",
        {"mMo062": 2, "mMo071": 2, "mMo060": 2, "mMo072": 1, "mMo066": 1},
    ),
    (
        "mMn36",
        "en",
        "se_huvitz",
        "Autorefractor readings that do not match, optical shop in Duyên Hải",
        "Our optical shop in Duyên Hải measures eyes with an autorefractor and cuts glasses from the printout, but some "
        "children come back unable to see well. We know the machine is only approximate and the operator's skill "
        "matters; we need a proper refraction procedure and training.",
        {"mMo068": 2, "mMo069": 1, "mMo074": 1, "mMo067": 1},
    ),
]

NEEDS += [
    # --- cataract screening in communes ---
    (
        "mMn37",
        "vi",
        "ca_thudaumot",
        "Ngày hội khám mắt và mổ đục thủy tinh thể cho xã viên cao tuổi ở Càng Long",
        "Hợp tác xã nông nghiệp ở Càng Long muốn tổ chức ngày hội chăm sóc mắt cho xã viên và người dân, ưu tiên người trên "
        "60 tuổi: khám tầm soát, phát thuốc và mổ đục thủy tinh thể cho người cần, như các chương trình có hàng nghìn suất "
        "khám miễn phí; đục thủy tinh thể gây khoảng 33% ca mù ở người trên 50 tuổi. Cần bệnh viện hoặc tổ chức phối hợp.",
        {"mMo081": 2, "mMo082": 2, "mMo079": 2, "mMo084": 2, "mMo089": 2, "mMo086": 1, "mMo090": 1},
    ),
    (
        "mMn38",
        "vi",
        "ca_hophoa",
        "Nhieu nguoi gia trong ap bi duc thuy tinh the, can doan kham mat ve xa Long Hiep",
        "Ap chung toi o xa Long Hiep, huyen Tra Cu co nhieu nguoi gia mat mo, kham thu thi hon 60% nguoi cao tuoi bi duc "
        "thuy tinh the ma chua di mo vi xa, ngai ton tien. Can doan kham mat ve tan xa va ho tro mo mien phi hoac chi phi "
        "thap, co xe dua don.",
        {"mMo081": 2, "mMo085": 2, "mMo089": 2, "mMo082": 2, "mMo080": 1},
    ),
    (
        "mMn39",
        "en",
        "ca_maja",
        "Village referral and same-day cataract camps in Cầu Kè",
        "Our farmers' association in Cầu Kè wants village health workers to spot people with cataract and send them to a "
        "camp held regularly in the commune hall, where eye staff assess them and refer treatable cases to hospital, "
        "often for surgery the same day; other problems such as blocked tear ducts should also be picked up.",
        {"mMo086": 2, "mMo087": 2, "mMo081": 2, "mMo088": 1},
    ),
    (
        "mMn40",
        "en",
        "ca_cresp",
        "Free week-long eye camp for poor farmers in Tam Bình",
        "We are a rice-milling company in Tam Bình and want to fund a free eye camp of about a week for farming "
        "families, run with a hospital: screening, treatment and operations on site, covering cataract but also "
        "trachoma, glaucoma, injuries and presbyopia.",
        {"mMo082": 2, "mMo081": 2, "mMo086": 1, "mMo089": 1},
    ),
    (
        "mMn41",
        "vi",
        "ca_trungvuong",
        "Tài trợ mổ đục thủy tinh thể cho công nhân và người nhà nghèo ở Châu Thành",
        "Doanh nghiệp chế biến dừa ở huyện Châu Thành muốn tài trợ mổ mắt miễn phí cho công nhân và người thân nghèo bị đục "
        "thủy tinh thể, khoảng vài chục đến 200 ca như các đợt mổ 3 ngày của hội bảo trợ bệnh nhân nghèo. Cần bệnh viện "
        "hoặc quỹ phối hợp khám chọn bệnh và mổ.",
        {"mMo080": 2, "mMo085": 2, "mMo084": 2, "mMo089": 2, "mMo083": 1, "mMo090": 1},
    ),
    (
        "mMn42",
        "en",
        "ca_orbisvn",
        "Raising cataract surgery uptake in Trà Cú",
        "Cataract is still the main cause of blindness, and more than 80% of blindness is avoidable, yet in the rural "
        "communes of Trà Cú many old people with cataract never reach surgery. Our cooperative wants a programme design "
        "to find them, counsel them and carry them through referral to surgery, with numbers to track progress.",
        {"mMo088": 2, "mMo086": 1, "mMo087": 1, "mMo079": 1, "mMo081": 1},
    ),
    (
        "mMn43",
        "vi",
        "ca_tanuyen",
        "Khám mắt chuyên sâu kèm quà Tết cho gia đình công nhân khó khăn ở Vĩnh Long",
        "Công ty chúng tôi ở TP Vĩnh Long muốn tổ chức đợt khám mắt cho khoảng 300 người thuộc gia đình công nhân khó khăn "
        "và người cao tuổi: tư vấn, tầm soát bệnh mắt, phát thuốc, hỗ trợ chi phí mổ đục thủy tinh thể, kèm quà Tết; ngân "
        "sách khoảng 500 triệu đồng. Cần bệnh viện mắt phối hợp.",
        {"mMo083": 2, "mMo082": 2, "mMo081": 2, "mMo091": 1, "mMo089": 1, "mMo092": 1},
    ),
    (
        "mMn44",
        "en",
        "ca_vinhlong_ward",
        "Eye care for farmer customers of a feed company in Vĩnh Long",
        "Our animal-feed company in Vĩnh Long, following other firms that have funded an eye ward at the provincial "
        "ophthalmology hospital, wants to support its farmer customers: reading glasses for older farmers and referral "
        "of those with cataract to free or low-cost surgery.",
        {"mMo091": 2, "mMo089": 2, "mMo090": 2, "mMo080": 1},
    ),
]

NEEDS += [
    # --- diabetic-eye screening ---
    (
        "mMn45",
        "vi",
        "dr_dantri",
        "Tầm soát biến chứng mắt cho bệnh nhân đái tháo đường tại phòng khám nội tiết ở TP Trà Vinh",
        "Phòng khám nội tiết tư nhân ở TP Trà Vinh quản lý khoảng 2.000 bệnh nhân đái tháo đường; biến chứng mắt rất phổ "
        "biến, tăng nhanh và nhiều ca phát hiện muộn dẫn tới giảm thị lực, mù lòa. Cần giải pháp chụp đáy mắt ngay tại "
        "phòng khám và đọc kết quả nhanh để phát hiện sớm, chuyển điều trị kịp thời.",
        {"mMo094": 2, "mMo098": 2, "mMo101": 2, "mMo103": 2, "mMo096": 1, "mMo097": 1, "mMo106": 1},
    ),
    (
        "mMn46",
        "en",
        "dr_peds_ai",
        "Point-of-care AI eye exams for a diabetes clinic chain in Vĩnh Long",
        "Professional societies recommend a diabetic eye exam every year, yet in places screening rates are as low as "
        "20% because of cost, access and the burden of an extra visit to an eye doctor. Our chain of diabetes clinics in "
        "Vĩnh Long wants an AI system that reads retinal photos during the normal diabetes visit.",
        {"mMo094": 2, "mMo098": 2, "mMo100": 1, "mMo099": 1, "mMo101": 1},
    ),
    (
        "mMn47",
        "vi",
        "ca_phuongnam",
        "Máy chụp đáy mắt cầm tay cho trạm y tế và phòng khám xã Hòa Thuận",
        "Phòng khám tư ở xã Hòa Thuận (Châu Thành) muốn tầm soát võng mạc đái tháo đường, thoái hóa hoàng điểm cho người "
        "trên 60 tuổi ngay tại xã thay vì lên TP.HCM; cứ 5 người khiếm thị thì 4 người lẽ ra chữa được. Cần máy chụp đáy "
        "mắt cầm tay giá vừa phải, chụp được cả khi không nhỏ giãn đồng tử, và hướng dẫn chụp.",
        {"mMo101": 2, "mMo103": 2, "mMo102": 2, "mMo096": 1},
    ),
    (
        "mMn48",
        "en",
        "dr_telepandemic",
        "Retinal photo screening with remote grading at pharmacies in Vĩnh Long",
        "Our pharmacy chain in Vĩnh Long serves many people with diabetes who never see an eye doctor. We want to take "
        "retinal photos in the pharmacy, with a fixed or portable fundus camera or a smartphone device, and have them "
        "graded remotely or by AI, with referral of those at risk.",
        {"mMo107": 2, "mMo101": 2, "mMo098": 2, "mMo105": 1, "mMo104": 1},
    ),
    (
        "mMn49",
        "vi",
        "dr_thanhnien",
        "Chụp đáy mắt đọc bằng AI cho người bệnh đái tháo đường ở Vũng Liêm",
        "Phòng khám đa khoa tư nhân ở Vũng Liêm muốn tầm soát miễn phí bệnh võng mạc cho người bệnh đái tháo đường bằng "
        "chụp hình đáy mắt và trí tuệ nhân tạo, như các dự án chụp cho 10.000–12.000 lượt người bệnh, kèm đào tạo bác sĩ, "
        "điều dưỡng cách chụp và đọc ảnh.",
        {"mMo094": 2, "mMo098": 2, "mMo103": 2, "mMo101": 2, "mMo097": 1},
    ),
    (
        "mMn50",
        "en",
        "dr_lmic",
        "Yearly diabetic eye screening with recall and referral for a cooperative in Cầu Kè",
        "Our cooperative in Cầu Kè runs a diabetes self-help group. Eye checks happen only when someone happens to see a "
        "doctor, and those referred often never reach treatment. We want systematic yearly retinal screening with a "
        "recall list and a firm referral link to the provincial eye department.",
        {"mMo097": 2, "mMo107": 2, "mMo094": 1, "mMo096": 1, "mMo106": 1},
    ),
    (
        "mMn51",
        "vi",
        "dr_review",
        "Chọn công nghệ chụp võng mạc cho chương trình sàng lọc ở Duyên Hải",
        "Công ty dược phẩm ở thị xã Duyên Hải muốn tài trợ sàng lọc võng mạc đái tháo đường (khoảng 35% người bệnh có tổn "
        "thương võng mạc, 7% phù hoàng điểm) và phân vân giữa máy chụp màu có hoặc không giãn đồng tử, chụp bằng điện "
        "thoại, OCT hay đọc bằng AI. Cần tư vấn chọn thiết bị theo năng suất và chi phí.",
        {"mMo096": 2, "mMo101": 2, "mMo102": 2, "mMo103": 1},
    ),
    (
        "mMn52",
        "en",
        "dr_resnet",
        "Co-developing a diabetic retinopathy model from local fundus images",
        "Our software company in Trà Vinh city wants to build a tool that grades diabetic retinopathy from fundus "
        "photos. With only a small local image set we plan transfer learning on convolutional networks such as ResNet, "
        "and look for a research partner with a model or data to start from.",
        {"mMo095": 2, "mMo100": 2, "mMo099": 2, "mMo098": 1, "mMo104": 1},
    ),
]

NEEDS += [
    # --- clinic management software and e-prescriptions ---
    (
        "mMn53",
        "vi",
        "skills_mall",
        "Phần mềm lịch hẹn và nhắc hẹn cho nha khoa thiếu lễ tân ở TP Vĩnh Long",
        "Nha khoa của chúng tôi ở TP Vĩnh Long thiếu lễ tân, lịch hẹn hay chồng chéo, bệnh nhân chờ lâu và không ai nhắc "
        "tái khám. Muốn dùng công nghệ thay bớt việc hành chính: điều phối lịch hẹn, nhắc hẹn, theo dõi sau điều trị, như "
        "cách nhiều phòng khám dùng lễ tân ảo để tiết kiệm 20–40% chi phí nhân sự.",
        {"mMo109": 2, "mMo111": 2, "mMo112": 2, "mMo119": 2, "mMo120": 1, "mMo110": 1},
    ),
    (
        "mMn54",
        "en",
        "sw_dentalapp2",
        "One connected system instead of five separate tools, Trà Vinh city",
        "Our three-chair dental clinic in Trà Vinh city runs a scheduling tool, a billing program, a messaging app and "
        "paper charts, each with its own login, and the front desk fills the gaps. We want one platform for scheduling, "
        "records, charting, treatment plans, billing, reminders and reports.",
        {"mMo119": 2, "mMo111": 2, "mMo120": 1, "mMo109": 1, "mMo112": 1},
    ),
    (
        "mMn55",
        "vi",
        "sw_daongoclam",
        "Số hóa hồ sơ bệnh án, ảnh và đơn thuốc cho nha khoa ở Càng Long",
        "Nha khoa ở Càng Long còn ghi hồ sơ bệnh nhân trên giấy, ảnh chụp và phim X-quang để rời, đơn thuốc viết tay. Muốn "
        "chuyển sang quản lý điện tử: hồ sơ bệnh án, lịch sử điều trị, thư viện ảnh, đơn thuốc, thanh toán trên một phần "
        "mềm dễ dùng.",
        {"mMo111": 2, "mMo119": 2, "mMo109": 1, "mMo115": 1},
    ),
    (
        "mMn56",
        "vi",
        "sw_uit",
        "Can phan mem quan ly phong kham da khoa nho o Cau Ngang",
        "Phong kham da khoa tu nhan o Cau Ngang dang ghi so tay: tiep nhan benh nhan, kham, ke don, ban thuoc, thu tien. "
        "Can phan mem quan ly kham chua benh co phan quyen le tan, bac si, kho duoc, quan tri; gia phu hop phong kham nho.",
        {"mMo113": 2, "mMo119": 1, "mMo111": 1, "mMo112": 1},
    ),
    (
        "mMn57",
        "vi",
        "sw_vinhlong_emr",
        "Bệnh án điện tử và đơn thuốc điện tử liên thông cho phòng khám tư ở Vĩnh Long",
        "Sau sáp nhập, Sở Y tế Vĩnh Long yêu cầu các cơ sở khám chữa bệnh hoàn thành bệnh án điện tử trước 30/9/2025 (đã "
        "có 93,3% cơ sở công lập triển khai). Phòng khám đa khoa tư nhân của chúng tôi cần phần mềm kê đơn điện tử liên "
        "thông hệ thống đơn thuốc quốc gia và hướng dẫn triển khai cho đúng quy định.",
        {"mMo114": 2, "mMo115": 1, "mMo117": 1, "mMo116": 1, "mMo113": 1, "mMo118": 1},
    ),
    (
        "mMn58",
        "en",
        "rx_abramson",
        "Errors in incoming e-prescriptions at our pharmacy in Trà Vinh city",
        "Our pharmacy in Trà Vinh city now receives electronic prescriptions, but some arrive with entry errors, wrong "
        "quantities or unclear directions, which slow us down and put patients at risk. We want help redesigning our "
        "workflow and training pharmacists to catch these errors.",
        {"mMo122": 2, "mMo121": 1, "mMo123": 1, "mMo115": 1},
    ),
    (
        "mMn59",
        "en",
        "rx_cpoe",
        "Computerised prescribing linked to the national e-prescription code in Cầu Kè",
        "Our private primary-care clinic in Cầu Kè still writes prescriptions by hand. We want computerised prescribing "
        "that cuts errors and sends each prescription to the national e-prescription system so patients can buy "
        "medicines with the code at any pharmacy.",
        {"mMo114": 2, "mMo117": 1, "mMo116": 1, "mMo115": 1, "mMo121": 1},
    ),
    (
        "mMn60",
        "en",
        "sw_medicaldownload",
        "Billing built on the appointment book, with revenue per dentist",
        "At our dental clinic in Vĩnh Long city, payments are entered separately from the appointment book, which causes "
        "mistakes. We want billing that builds on the schedule, and a dashboard of daily income, waiting time and "
        "revenue per dentist.",
        {"mMo110": 2, "mMo119": 2, "mMo109": 1, "mMo112": 1},
    ),
    (
        "mMn61",
        "vi",
        "sw_baichay",
        "Phần mềm từ tiếp đón đến thu phí, kê đơn cho phòng khám mắt tư nhân ở Trà Vinh",
        "Phòng khám mắt tư nhân ở TP Trà Vinh muốn tin học hóa quy trình: tiếp đón ghi thông tin hành chính, thu phí khám, "
        "phân phòng khám, chỉ định đo khúc xạ, xét nghiệm, kê đơn thuốc và kính, thanh toán khi ra về.",
        {"mMo113": 2, "mMo115": 1, "mMo111": 1},
    ),
]

NEEDS += [
    # --- medical waste of small clinics ---
    (
        "mMn62",
        "vi",
        "mw_thanhhoa",
        "Phân loại, thu gom, xử lý rác y tế cho các phòng khám tư ở TP Trà Vinh",
        "Nhóm các phòng khám tư nhân ở TP Trà Vinh mọc lên nhanh nhưng việc phân loại, thu gom, xử lý rác thải y tế còn "
        "lúng túng, không rõ đưa đi đâu. Cần quy trình phân loại đúng màu túi, thùng, và một đơn vị hoặc mô hình thu gom, "
        "xử lý chung cho các phòng khám nhỏ.",
        {"mMo128": 2, "mMo129": 2, "mMo130": 2, "mMo133": 2, "mMo139": 1},
    ),
    (
        "mMn63",
        "vi",
        "mw_binhthuan",
        "Thu gom, vận chuyển chất thải lây nhiễm cho phòng khám nhỏ ở Tiểu Cần",
        "Phòng khám nhỏ ở thị trấn Tiểu Cần mỗi ngày chỉ có vài ký chất thải lây nhiễm (bông băng, kim tiêm). Tỉnh đã có "
        "quy định thu gom, vận chuyển, xử lý chất thải rắn y tế theo Thông tư 20/2021/TT-BYT; cần thùng chứa, vận chuyển "
        "đúng quy cách và điểm xử lý gần.",
        {"mMo129": 2, "mMo128": 2, "mMo133": 1, "mMo130": 1},
    ),
    (
        "mMn64",
        "en",
        "mw_hmu",
        "Training clinic staff to segregate medical waste correctly in Vũng Liêm",
        "A survey of provincial hospitals showed that staff knowledge of solid medical-waste rules is often poor. Our "
        "polyclinic in Vũng Liêm wants practical training and posters for nurses and cleaners on sorting, bagging, "
        "storing and handing over infectious, sharp and ordinary waste.",
        {"mMo133": 2, "mMo130": 2, "mMo139": 1},
    ),
    (
        "mMn65",
        "vi",
        "mw_amalgam2021",
        "Xử lý amalgam tồn và lắp bộ tách amalgam cho nha khoa ở Cầu Kè",
        "Việt Nam đã chấm dứt dùng amalgam trong nha khoa từ năm 2021 vì thủy ngân độc cho người và môi trường. Nha khoa "
        "của chúng tôi ở Cầu Kè còn amalgam tồn, vẫn phải tháo miếng trám cũ và có răng nhổ còn amalgam. Cần cách thu gom, "
        "xử lý thủy ngân đúng cách và thiết bị tách amalgam trên đường nước thải.",
        {"mMo134": 2, "mMo135": 2, "mMo137": 2, "mMo138": 2, "mMo136": 1},
    ),
    (
        "mMn66",
        "en",
        "mw_wda",
        "Amalgam separator for a dental clinic in Vĩnh Long city",
        "Our dental clinic in Vĩnh Long city still removes many old amalgam fillings, and the suction system sends the "
        "particles (about half mercury) into the sewer. We want to install an amalgam separator removing at least 95% "
        "and set up best practice for amalgam waste.",
        {"mMo135": 2, "mMo134": 2, "mMo136": 1, "mMo138": 1},
    ),
    (
        "mMn67",
        "en",
        "mw_mbdance",
        "What to do with amalgam capsules, traps and extracted teeth",
        "Our clinic in Trà Ôn has been throwing empty amalgam capsules into biohazard bags and rinsing traps down the "
        "drain. We need to know how to collect and hand over amalgam waste (capsules, traps, teeth with fillings) to a "
        "licensed mercury recovery service, and what must never go into drains, bags or the autoclave.",
        {"mMo138": 2, "mMo137": 2, "mMo135": 2, "mMo136": 2, "mMo134": 1},
    ),
    (
        "mMn68",
        "en",
        "mw_undp",
        "On-site treatment of infectious waste for a remote clinic in Duyên Hải",
        "Our cooperative clinic near the coast in Duyên Hải is too far for regular collection of infectious waste. We "
        "need to choose a small on-site treatment method, preferably not burning in the open, and train the person who "
        "will run it.",
        {"mMo141": 2, "mMo140": 2, "mMo139": 2, "mMo142": 1, "mMo132": 1, "mMo131": 1},
    ),
    (
        "mMn69",
        "vi",
        "mw_moitruong",
        "Thay lò đốt chất thải y tế cũ đạt chuẩn khí thải cho phòng khám ở Trà Ôn",
        "Các cơ quan đang rà soát toàn bộ hệ thống xử lý nước thải và lò đốt chất thải y tế, xử lý nghiêm vi phạm. Phòng "
        "khám đa khoa kiêm xét nghiệm của chúng tôi ở Trà Ôn có lò đốt nhỏ cũ, khói đen; cần lò đốt mới có xử lý khói thải "
        "đạt chuẩn hoặc giải pháp thay thế.",
        {"mMo132": 2, "mMo131": 2, "mMo141": 1, "mMo142": 1},
    ),
]

NEEDS += [
    # --- telemedicine links to provincial hospitals ---
    (
        "mMn70",
        "vi",
        "tm_2030",
        "Kết nối hội chẩn từ xa giữa phòng khám tư ở Cầu Ngang và bệnh viện tỉnh",
        "Bộ Y tế đặt mục tiêu đến năm 2030 mọi cơ sở y tế có bộ phận khám chữa bệnh từ xa. Phòng khám đa khoa tư nhân của "
        "chúng tôi ở Cầu Ngang muốn kết nối với bác sĩ Bệnh viện Đa khoa tỉnh để hội chẩn ca khó, gửi hình ảnh, xét nghiệm "
        "và hạn chế chuyển tuyến; cần nền tảng và mô hình triển khai.",
        {"mMo147": 2, "mMo148": 2, "mMo149": 2, "mMo153": 2, "mMo152": 1},
    ),
    (
        "mMn71",
        "en",
        "tm_corkern",
        "Specialist back-up by video for emergencies at a Duyên Hải clinic",
        "Our clinic in Duyên Hải sees emergencies (chest pain, stroke, injuries) but has no specialists. We want a "
        "hub-and-spoke link to specialists at a larger hospital for real-time consultation and image review, so fewer "
        "patients are transferred unnecessarily.",
        {"mMo152": 2, "mMo153": 2, "mMo147": 2, "mMo148": 1},
    ),
    (
        "mMn72",
        "vi",
        "tm_phunu",
        "Tu van kham tu xa qua video cho nguoi benh man tinh o Tra Cu",
        "Nha thuoc va phong kham nho cua chung toi o Tra Cu co nhieu nguoi benh man tinh lon tuoi ngai di xa. Muon bac si "
        "kham, tu van qua video (Zalo, ung dung), ke don va gui don qua ung dung de nguoi nha mua thuoc gan nha.",
        {"mMo150": 2, "mMo151": 2, "mMo149": 1, "mMo160": 1},
    ),
    (
        "mMn73",
        "en",
        "tm_cyclopos",
        "Live slit-lamp consultations from a vision centre in Càng Long",
        "Our optical shop and small eye clinic in Càng Long wants to become a vision centre linked to an eye hospital: a "
        "technician examines patients, and the ophthalmologist sees the slit-lamp view or eye photos in real time or "
        "shortly after, so patients need not travel.",
        {"mMo154": 2, "mMo155": 2, "mMo156": 2, "mMo107": 2, "mMo147": 1},
    ),
    (
        "mMn74",
        "vi",
        "tm_emmotton",
        "Gửi ảnh trong miệng và phim X-quang cho chuyên gia tư vấn từ xa, nha khoa Trà Cú",
        "Nha khoa ở Trà Cú gặp nhiều ca khó và muốn gửi ảnh chụp trong miệng, phim X-quang số cho bác sĩ chuyên khoa ở "
        "bệnh viện lớn xem và tư vấn từ xa, thay vì bắt bệnh nhân đi xa.",
        {"mMo157": 2, "mMo158": 2, "mMo147": 1},
    ),
    (
        "mMn75",
        "en",
        "tm_hst",
        "Bringing specialists to rural patients in Cầu Kè without travel",
        "Many patients at our polyclinic in Cầu Kè must travel for hours to see a specialist in the city. We want our "
        "clinic equipped for virtual visits so patients stay local while specialists join by video, reducing cost for "
        "patients and burnout for doctors.",
        {"mMo153": 2, "mMo152": 2, "mMo148": 2, "mMo149": 1},
    ),
]
