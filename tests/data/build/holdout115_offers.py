"""Offers of the holdout115 labelled set: (id, language, source key, title, description).

Each offer paraphrases the public page under its source key (see holdout115_sources.py). Offers marked
"distractor" in the comments come from neighbouring fields and share words with the needs.
"""

OFFERS = [
    # --- dental chairs, units, waterlines, maintenance, mobile dentistry ---
    (
        "mMo001",
        "vi",
        "chair_dtu",
        "Khóa đào tạo cấu tạo và vận hành ghế máy nha khoa, tay khoan, máy nén khí",
        "Giảng viên răng hàm mặt Đại học Duy Tân nhận đào tạo ngắn hạn cho phụ tá và kỹ thuật viên phòng khám về ghế "
        "máy nha khoa: hệ thống điện, thân ghế nâng hạ, đường hơi nén và nước, micromotor, bồn nhổ, đèn chiếu và ghế "
        "bác sĩ. Học viên phân biệt ghế cố định bắt vào sàn với ghế di động, nắm cách vận hành tay khoan và máy nén khí "
        "cấp hơi cho ghế.",
    ),
    (
        "mMo002",
        "en",
        "chair_envista",
        "Dental chair purchasing framework for a first chair or a tight budget",
        "A procurement manager who has tracked about USD 180,000 of dental equipment spending over six years and "
        "negotiated with more than 15 vendors offers a decision framework instead of a feature list. Buyers are sorted "
        "into three cases (first chair, budget-sensitive, upgrade for technology), each with its own priorities, hidden "
        "costs to check and a self-diagnosis checklist based on total cost of ownership.",
    ),
    (
        "mMo003",
        "en",
        "chair_topdental",
        "Entry-level dental chairs and treatment units (USD 10,000-25,000)",
        "Supply and configuration of complete dental treatment units for new or satellite practices: patient chair with "
        "lift base, headrest and armrests, a choice of delivery system (over-the-patient, whip-arm, side, rear or cart), "
        "assistant instrumentation with suction, an operating light with adjustable intensity, cuspidor with water system and programmable foot "
        "control. Entry-level packages range from about USD 10,000 to 25,000; ergonomics are stressed because 64-93% of "
        "dental professionals develop musculoskeletal problems.",
    ),
    (
        "mMo004",
        "vi",
        "kit_sannhakhoa",
        "Tư vấn danh mục dụng cụ cho phòng khám nha khoa mới mở",
        "Nhà cung cấp dụng cụ nha khoa lập danh mục trang bị ban đầu cho phòng khám mới theo ba nhóm: dụng cụ khám và "
        "chẩn đoán để phát hiện sâu răng, viêm nướu; dụng cụ vệ sinh như cạo vôi, đánh bóng; dụng cụ điều trị và phục "
        "hình cho nhổ răng, trám răng, chỉnh nha. Giúp phòng khám mua đủ mà không thừa.",
    ),
    (
        "mMo005",
        "en",
        "chair_precision",
        "Dental chair selection advice planned for a ten-year service life",
        "A dental equipment service firm helps practices choose a treatment chair: list what works on the current chair, "
        "build a wish list, compare published data and test short-listed chairs at a showroom or conference. The chair "
        "is treated as a purchase that must stay current for at least ten years, so every practical technology is "
        "weighed before buying.",
    ),
    (
        "mMo006",
        "vi",
        "handpiece_247",
        "Dịch vụ bảo dưỡng định kỳ tay khoan nha khoa",
        "Đơn vị thiết bị nha khoa hướng dẫn và nhận bảo dưỡng tay khoan theo quy trình 7 bước, bắt đầu bằng lau sạch "
        "bằng khăn ẩm và không dùng hóa chất để lau. Bảo dưỡng đều giúp tay khoan bền "
        "hơn khi mài, trám, mở tủy liên tục và tránh tay khoan thành nguồn lây nhiễm cho bệnh nhân.",
    ),
    (
        "mMo007",
        "vi",
        "failure_radon",
        "Bảo trì phòng ngừa hư hỏng ghế và thiết bị nha khoa",
        "Radon Việt Nam phân tích các nguyên nhân gây hỏng thiết bị nha khoa thường gặp: dùng sai hướng dẫn nhà sản xuất, "
        "chạy máy quá tải hoặc quá thời gian khuyến cáo, không vệ sinh định kỳ để bụi bẩn và vi khuẩn tích tụ. Đơn vị đề "
        "xuất kế hoạch bảo dưỡng, đào tạo thao tác đúng cho nhân viên để kéo dài tuổi thọ và giữ chất lượng điều trị.",
    ),
    (
        "mMo008",
        "en",
        "wl_woodhouse",
        "Mail-in dental unit waterline testing kit",
        "A water laboratory sells waterline test kits with overnight return shipping: samples mailed on Thursday are "
        "tested from Friday and results are e-mailed on Monday, about four business days in all. It uses a heterotrophic "
        "plate count by enzyme substrate (Standard Method 9215E, r = 0.97 against the pour-plate method), because "
        "untreated dental unit water can reach 200,000 CFU/mL within five days of a new unit being installed.",
    ),
    (
        "mMo009",
        "en",
        "wl_bologna",
        "Between-patient disinfection protocol for dental unit water lines",
        "A university oral-science department offers a tested protocol to keep dental unit water-line effluent low in "
        "bacteria: six units in use were followed for three weeks, comparing no treatment, a 30-second flush and a 0.26% "
        "peracetic acid disinfection followed by a flush before every patient, over 216 procedures. Biofilm control was "
        "also checked on nine units, new and old.",
    ),
    (
        "mMo010",
        "en",
        "wl_udmercy",
        "Waterline biofilm control with daily flushing and a treatment cartridge",
        "A dental school programme explains how to keep Pseudomonas, Legionella and non-tuberculous mycobacteria out of "
        "dental unit water: flush lines for several minutes each day and 20-30 seconds between patients, then use an "
        "approved cartridge (Dentapure) that holds output below 200 CFU, or a waterclave system reported to reach 0 CFU.",
    ),
    (
        "mMo011",
        "vi",
        "suction_mall",
        "Quy trình chuẩn vệ sinh bồn nhổ và ống hút nước bọt",
        "Nha Khoa Mall hướng dẫn phòng khám lập quy trình vệ sinh bồn nhổ và đường ống hút nước bọt: làm đúng thứ tự, "
        "tránh các sai lầm thường gặp, để khu điều trị sạch, không mùi và vô trùng. Vệ sinh thiết bị được xem như một lợi "
        "thế cạnh tranh vì trải nghiệm của khách bắt đầu từ cảm giác sạch sẽ.",
    ),
    (
        "mMo012",
        "en",
        "mobile_rhi",
        "Mobile dental services model for rural communities",
        "A rural-health toolkit describes how communities run mobile dental vans or portable dental clinics at schools, "
        "Head Start centres and nursing homes: a working space with X-ray, a sterilisation system and a computer for "
        "records and scheduling. Exams, education and sealants are typical; root canals and oral surgery are rarely done. "
        "Host sites provide electricity, water and septic hook-ups.",
    ),
    (
        "mMo013",
        "en",
        "mobile_hku",
        "Mobile dental vehicle for rural oral health care",
        "The Faculty of Dentistry of the University of Hong Kong reports on a mobile dental vehicle that works "
        "self-sufficiently in rural areas, providing scaling, fillings and minor oral surgery almost like a fixed clinic. "
        "Such vehicles are used for school oral-health programmes, screening campaigns and people who cannot reach a "
        "clinic.",
    ),
    # distractor: dentistry, but about chairside milling of crowns
    (
        "mMo014",
        "en",
        "dist_glidewell",
        "Decision support: chairside CAD/CAM milling or laboratory crowns",
        "A dental laboratory shares five criteria for deciding which restorations a practice should mill in-office after "
        "an intraoral scan and which should go to the lab, starting with the position of the tooth in the mouth. "
        "Inlays and onlays are usually milled chairside; crowns in the aesthetic zone go to the lab.",
    ),
    # distractor: dental laboratory zirconia
    (
        "mMo015",
        "en",
        "dist_acdla",
        "Checklist for choosing a zirconia milling centre",
        "A dental laboratory association lists questions to put to a milling-centre partner: brand and country of origin "
        "of the zirconia puck, flexural strength (about 1,000 MPa for long bridges) and translucency (about 34%), and "
        "sintering times.",
    ),
    # distractor: dental student simulation training
    (
        "mMo016",
        "vi",
        "dist_mophong",
        "Giáo trình mô phỏng tiền lâm sàng cho sinh viên răng hàm mặt",
        "Bộ môn mô phỏng nha khoa cung cấp giáo trình cho sinh viên: tư thế làm việc của bác sĩ, thao tác kỹ thuật trên "
        "mô hình thực tập, khám răng miệng có hệ thống, đóng vai xử lý cấp cứu và giao tiếp với bệnh nhân, cùng cách sử "
        "dụng và quản lý mũi khoan.",
    ),
    # distractor: hospital-wide medical gas system
    (
        "mMo017",
        "vi",
        "dist_khiyte",
        "Thiết kế hệ thống khí y tế trung tâm cho bệnh viện đa khoa",
        "Hồ sơ thiết kế hệ thống khí y tế cho bệnh viện đa khoa khu vực: nguồn cấp dư tải có dự phòng, đường ống dẫn, "
        "báo động và đầu ra tại các khoa, tương thích máy gây mê, máy thở; thiết kế theo ISO 7396-1 và tham chiếu HTM, EN, "
        "DIN, FDA.",
    ),
    # distractor: dental laboratory materials
    (
        "mMo018",
        "en",
        "dist_origin",
        "CAD/CAM outsourcing for dental laboratories and all-ceramic data",
        "A dental CAD/CAM provider and an independent product-testing journal present 25 years of data on all-ceramic "
        "and zirconia restorations, showing fracture rates similar to or better than porcelain-fused-to-metal, and "
        "propose outsourcing milling so labs avoid buying equipment as gold prices rise.",
    ),
]

OFFERS += [
    # --- sterilisation for small dental clinics ---
    (
        "mMo019",
        "en",
        "st_convmed",
        "Dental autoclave selection to EN 13060 (Class B, S, N)",
        "A sterilizer manufacturer advises clinics on buying a dental autoclave under EN 13060 and ISO 17665. Only "
        "Class B units, with fractionated pre-vacuum and vacuum drying, process wrapped, solid, hollow and porous loads; "
        "Class S and N are limited. A 2023 survey found that almost 18% of European dental clinics still used autoclaves "
        "unable to handle wrapped instruments or hollow loads.",
    ),
    (
        "mMo020",
        "en",
        "st_prestige",
        "Type B autoclave for pouched and hollow dental instruments",
        "A dental practice explains the steam sterilizer it relies on: Type B machines run three pre-vacuum pulses and "
        "vacuum drying, so pouched, double-pouched and hollow instruments can be sterilised and stored for later use. "
        "Type S has a single pre-vacuum and Type N none. Cycles run at 121 °C or more for roughly 15-20 minutes "
        "depending on the load.",
    ),
    (
        "mMo021",
        "en",
        "st_vory",
        "Class B tabletop autoclave, 134 °C at 2.1 bar",
        "An autoclave maker supplies Class B tabletop sterilizers for dental instruments: saturated steam at 134 °C and "
        "2.1 bar reaches a sterility assurance level of 10^-6 with a 3-minute hold, against about 15 minutes at 121 °C "
        "for heat-sensitive loads. Up to three vacuum pulses remove air before steam, and vacuum drying stops damp "
        "pouches from regrowing microbes.",
    ),
    (
        "mMo022",
        "en",
        "st_barsoum",
        "Sterilisation-room workflow for a busy dental clinic",
        "A dental clinic shares the layout of its sterilisation room: three ultrasonic cleaners, two wrapping and sealing "
        "units and five autoclaves. Small autoclaves finish handpieces and small instruments in about 6 minutes while "
        "larger ones need up to 20 minutes per cycle, so several machines keep instruments flowing.",
    ),
    (
        "mMo023",
        "en",
        "st_bristol",
        "Tabletop autoclave operation with weekly spore testing",
        "A dental office describes its routine with a microwave-sized tabletop autoclave: instruments are cleaned in an "
        "ultrasonic bath, pouched and then sterilised; the autoclave gets a spore test every week, regular cleaning and "
        "gasket changes, and staff are trained to run it.",
    ),
    (
        "mMo024",
        "vi",
        "st_phuongnam",
        "Nồi hấp tiệt trùng hơi nước bão hòa – cung cấp và hướng dẫn vận hành",
        "Phương Nam 24h cung cấp nồi hấp tiệt trùng (autoclave) dùng hơi nước bão hòa ở 121 °C trở lên trong 5–20 phút "
        "để diệt vi khuẩn, vi rút và cả bào tử; buồng inox có cảm biến nhiệt. Kèm hướng dẫn quy trình sử dụng và so sánh "
        "với các cách tiệt trùng khác như hóa chất, khí EO, plasma, tia cực tím, nhiệt khô.",
    ),
    (
        "mMo025",
        "vi",
        "st_seadent",
        "Nồi hấp nha khoa và giải pháp vô trùng cho phòng khám đông khách",
        "Seadent cung cấp nồi hấp nha khoa và tư vấn quy trình vô trùng cho phòng khám bận rộn, giải bài toán vừa giữ "
        "năng suất (dụng cụ, vật liệu luôn sẵn sàng cho bệnh nhân liên tục) vừa bảo đảm an toàn cho bệnh nhân.",
    ),
    (
        "mMo026",
        "vi",
        "st_angiang",
        "Tập huấn khử khuẩn – tiệt khuẩn dụng cụ cho nhân viên y tế",
        "Bác sĩ khoa Kiểm soát nhiễm khuẩn Bệnh viện Đa khoa Trung tâm An Giang tập huấn về khử khuẩn, tiệt khuẩn dụng "
        "cụ: phân loại dụng cụ và mức độ khử nhiễm, hóa chất chính, làm sạch, tiệt khuẩn nhanh, cách xếp dụng cụ vào lò, "
        "giám sát quy trình, đóng gói, dán nhãn, lưu trữ, kiểm soát chất lượng và thiết kế đơn vị tiệt khuẩn.",
    ),
    (
        "mMo027",
        "vi",
        "st_bachmai",
        "Mô hình quản lý tập trung dụng cụ y tế (tiệt khuẩn trung tâm)",
        "Bệnh viện Bạch Mai chia sẻ quy trình QT.37.HT (ban hành lần 2 ngày 20/4/2013) về thu nhận, khử khuẩn, tiệt "
        "khuẩn và cấp phát dụng cụ y tế tập trung: nhân viên khoa Kiểm soát nhiễm khuẩn nhận dụng cụ theo lịch giao nhận "
        "và đánh giá chất lượng theo biểu mẫu BM.02.KSNK.05.",
    ),
    (
        "mMo028",
        "vi",
        "st_sannhakhoa",
        "Hướng dẫn quy trình vô trùng dụng cụ nha khoa từ A đến Z",
        "Sàn Nha Khoa biên soạn quy trình vô trùng dụng cụ và thiết bị nha khoa phù hợp quy định Bộ Y tế: dùng máy hấp "
        "tiệt trùng nha khoa, túi vô trùng và quản lý dụng cụ sau điều trị. Quy trình giúp phòng ngừa lây nhiễm chéo "
        "HIV, viêm gan B, C và tránh hậu quả pháp lý khi xảy ra nhiễm trùng.",
    ),
    (
        "mMo029",
        "vi",
        "st_radongroup",
        "Dung dịch khử khuẩn dụng cụ nha khoa theo từng mức độ",
        "Radon Group cung cấp dung dịch khử khuẩn chuyên dụng cho dụng cụ nha khoa, thời gian ngâm ngắn, và giải thích ba "
        "mức khử khuẩn: thấp (diệt vi khuẩn thông thường), trung bình, cao (diệt được một số bào tử), kèm quy trình khử "
        "trùng tiêu chuẩn.",
    ),
    (
        "mMo030",
        "vi",
        "st_wiki",
        "Quy trình vô trùng dụng cụ nha khoa 6 bước",
        "Wiki Nha Khoa giới thiệu quy trình vô trùng dụng cụ nha khoa gồm 6 bước cơ bản cùng các máy chuyên dụng cần "
        "có, áp dụng trước, trong và sau mỗi dịch vụ để bảo vệ khách hàng và bác sĩ, kỹ thuật viên.",
    ),
    (
        "mMo031",
        "vi",
        "st_radonvn",
        "Tư vấn quy trình vệ sinh dụng cụ để đáp ứng điều kiện cấp phép phòng khám",
        "Radon Việt Nam tư vấn quy trình vệ sinh, khử khuẩn và tiệt trùng dụng cụ nha khoa; lưu ý Bộ Y tế xem xét quy "
        "trình vô trùng khi cấp giấy phép cho phòng khám. Các bộ phận tiếp xúc như bồn nhổ, ghế, tay khoan, khay dụng cụ "
        "đều phải được xử lý sau mỗi ca.",
    ),
    (
        "mMo032",
        "vi",
        "st_skymen",
        "Bể rửa siêu âm làm sạch dụng cụ nha khoa",
        "Skymen cung cấp bể rửa siêu âm làm sạch dụng cụ nha khoa theo nguyên lý xâm thực: bong bóng siêu nhỏ len vào "
        "ngóc ngách, cuốn bụi bẩn và vi khuẩn. Tư vấn chọn bể theo kích thước và số dụng cụ mỗi mẻ, chức năng gia nhiệt "
        "và bảng điều khiển cơ hoặc số.",
    ),
    (
        "mMo033",
        "vi",
        "st_thaison",
        "Làm sạch dụng cụ nha khoa bằng bể siêu âm kết hợp dung dịch enzyme",
        "Thái Sơn Lab hướng dẫn bước làm sạch, bước đầu tiên và quan trọng nhất khi tái xử lý dụng cụ nha khoa: làm "
        "thủ công với chất tẩy trung tính hoặc enzyme cho dụng cụ mỏng manh, làm tự động bằng máy siêu âm, máy rửa khử "
        "nhiễm cho phần lớn dụng cụ. Bể siêu âm với dung dịch enzyme làm sạch tốt khớp nối, răng cưa, bản lề và lòng ống.",
    ),
    (
        "mMo034",
        "en",
        "bi_tuttnauer",
        "Spore testing for autoclaves: in-office incubator or mail-in laboratory",
        "An autoclave manufacturer explains sterilisation monitoring: mechanical and chemical indicators on every load "
        "plus biological indicators with Geobacillus stearothermophilus spores as required locally. In-office spore "
        "tests with an incubator give quicker results; laboratory tests give independent third-party results, and "
        "digital logs can record each test.",
    ),
    (
        "mMo035",
        "en",
        "bi_medequip",
        "Response service after a failed autoclave spore test",
        "A dental equipment repair company sets out what to do when a biological indicator fails: take the autoclave out "
        "of service, quarantine every load since the last passing test, confirm the result with the test service, "
        "arrange backup sterilisation or single-use instruments, and call a certified technician for a same-day check, "
        "since most failures are mechanical and fixable. The failure and response must be documented.",
    ),
    # distractor: food retort for bird's nest jars
    (
        "mMo036",
        "vi",
        "dist_tusayyen",
        "Tiệt trùng nhiệt áp (retort) cho yến hũ và thực phẩm đóng hũ",
        "Công nghệ tiệt trùng retort dùng hơi nước bão hòa 115–121 °C dưới áp suất kiểm soát để đạt vô trùng thương mại "
        "(F0), kéo dài hạn dùng thực phẩm đóng hũ lên 1–2 năm; dùng cho yến hũ, thịt hộp, cháo ăn liền, đồ uống đóng chai.",
    ),
    # distractor: food sterilisation autoclave
    (
        "mMo037",
        "vi",
        "dist_abm",
        "Nồi hấp tiệt trùng thực phẩm đóng hộp",
        "ABM Việt Nam cung cấp nồi hấp tiệt trùng cho thực phẩm đóng hộp, thực phẩm ăn liền hút chân không, thực phẩm bổ "
        "sung cho trẻ em: nhiệt độ 121–135 °C, áp suất theo bao bì, thời gian 15–120 phút tùy công thức.",
    ),
    # distractor: laboratory autoclave
    (
        "mMo038",
        "vi",
        "dist_h2tech",
        "Nồi hấp tiệt trùng tự động cho phòng thí nghiệm",
        "H2Tech cung cấp nồi hấp tiệt trùng tự động cho phòng thí nghiệm: khử trùng môi trường nuôi cấy vi sinh, ống "
        "nghiệm trước và sau thí nghiệm, đồng thời dùng được trong công nghiệp (ống hút tre, cọ thủy tinh) và thực phẩm "
        "(hộp đựng, chai lọ).",
    ),
    # distractor: cleanroom design for factories
    (
        "mMo039",
        "vi",
        "dist_chtech",
        "Thiết kế phòng sạch cho nhà máy điện tử, dược phẩm",
        "Chtech nhận thiết kế 3D và thi công phòng sạch kiểm soát nồng độ hạt bụi, nhiệt độ, độ ẩm, áp suất cho nhà máy "
        "điện tử, dược phẩm, thiết bị y tế và phòng mổ bệnh viện, theo ISO 14644-1:2015, GMP, ISO 22000, ISO 13485.",
    ),
]

OFFERS += [
    # --- X-ray for small dental clinics ---
    (
        "mMo040",
        "en",
        "xr_uorto",
        "Intraoral digital X-ray sensors (CMOS/CCD) for general practice",
        "A dental equipment catalogue offers intraoral sensors that replace film and send images to a computer over USB "
        "or wireless within seconds. Sensors need 50-80% less radiation than D- or E-speed film, come in size 0 for "
        "children and sizes 1-2 for adults, are used with a disposable barrier and a holder such as Rinn XCP, and images "
        "can be enhanced, stored in the cloud and shared.",
    ),
    (
        "mMo041",
        "vi",
        "xr_ane",
        "Tư vấn chọn sensor X-quang kỹ thuật số cho phòng khám nha",
        "ANE tư vấn chủ phòng khám trước khi mua sensor: cỡ 1.0 (36,8 × 25,4 mm) thường cho trẻ em, cỡ 1.5 (39,5 × 29,2 "
        "mm) hợp đa số bệnh nhân Việt Nam, cỡ 2.0 (42,9 × 31,3 mm) đắt hơn; nên so độ phân giải theo line pair thay vì "
        "pixel, ví dụ Schick 33 khoảng 17 lp/mm, kèm kích thước sensor của Planmeca, Gendex, Kodak RVG 6100, Dexis.",
    ),
    (
        "mMo042",
        "en",
        "xr_bioinsights",
        "Training in digital intraoral X-ray technique and radiation safety",
        "A health-science publisher sets out how to take digital dental X-rays safely: ALARA, lead apron with thyroid "
        "collar, removal of metal objects, operator at least six feet from the tube head or behind a barrier, sensor or "
        "phosphor plate covered with a fresh barrier. Digital radiography cuts patient exposure by 70% or more and needs "
        "no developing chemicals.",
    ),
    (
        "mMo043",
        "en",
        "xr_aegis",
        "Dose data for a handheld dental X-ray device used on children",
        "University paediatric dentists measured doses from the handheld Xray2Go unit on a child phantom with 24 "
        "dosimeters over 30 exposures per set-up for bitewings and occlusal views. A thyroid collar significantly "
        "lowered thyroid, lymph-node and muscle doses, and backscatter to the operator could not be told apart from "
        "background radiation.",
    ),
    (
        "mMo044",
        "vi",
        "xr_kiemdinh",
        "Kiểm định thiết bị X-quang răng theo Thông tư 27/2020/TT-BKHCN",
        "Trung tâm Kiểm định Hiệu chuẩn Vùng 3 phối hợp Trung tâm Kỹ thuật An toàn bức xạ II (giấy phép 41/2019/ĐK/ATBXHN) "
        "kiểm định thiết bị X-quang răng cố định và di động: máy chụp phim trong miệng, máy có chế độ chụp sọ, toàn cảnh "
        "và CBCT, theo Thông tư 27/2020/TT-BKHCN, bảo vệ nhân viên bức xạ và bệnh nhân.",
    ),
    (
        "mMo045",
        "vi",
        "xr_stec",
        "Dịch vụ lập hồ sơ cấp giấy phép tiến hành công việc bức xạ cho máy X-quang y tế",
        "STEC hướng dẫn và lập hồ sơ xin giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế theo Điều 11 Thông tư "
        "08/2010/TT-BKHCN: đơn theo mẫu 01-II/ATBXHN, phiếu khai báo nhân viên bức xạ và người phụ trách an toàn (01-I), "
        "phiếu khai báo từng máy X-quang (06-I) và báo cáo đánh giá an toàn (02-III).",
    ),
    (
        "mMo046",
        "vi",
        "xr_barit",
        "Gạch barit chống tia X xây phòng chụp và hỗ trợ thủ tục sau xây lắp",
        "Đơn vị cung cấp gạch barit xây phòng X-quang và hướng dẫn việc cần làm sau khi xây: khai báo thiết bị với Sở "
        "Khoa học và Công nghệ, chuẩn bị hồ sơ thẩm định phòng chụp, có 2 chứng chỉ (an toàn bức xạ cho nhân viên và phụ "
        "trách an toàn), 1 liều kế cùng hợp đồng đọc liều.",
    ),
    (
        "mMo047",
        "en",
        "xr_raybar",
        "Radiation shielding design for dental X-ray rooms",
        "A shielding supplier covers dental X-ray rooms of roughly 8 × 8 to 12 × 12 ft. Standard intraoral units usually "
        "need only a few layers of gypsum board and no lead, while panoramic or cone-beam CT may need thin lead depending "
        "on energy, scatter, workload and occupancy next door; thicknesses are set by the customer's radiation expert "
        "following ALARA.",
    ),
    (
        "mMo048",
        "en",
        "xr_fanr",
        "Regulator guidance on sizing and shielding dental X-ray rooms",
        "A nuclear regulator's guidance for dental X-ray: with a workload of 20 films a week or less, no structural "
        "shielding is needed if the patient is at least 2 m from walls; a panoramic unit fits in about 12 m², a little "
        "more for panoramic plus intraoral; the exposure switch can sit outside the door with a lead-glass window of "
        "about 1 mm lead equivalence.",
    ),
    (
        "mMo049",
        "en",
        "xr_curtains",
        "Scatter-shielding assessment when a CBCT replaces a panoramic unit",
        "A radiation-shielding firm warns that CBCT usually gives about 7 times, and up to more than 10 times, the "
        "patient dose of a panoramic X-ray, with scatter of 2-40 µGy per scan at 1 m (NCRP). It estimates barrier needs "
        "from the maker's scatter data and the room layout, e.g. 20 µGy per scan and 10 scans a week, referring complex "
        "cases to NCRP Report 147 calculations by a health physicist.",
    ),
    (
        "mMo050",
        "vi",
        "xr_vietdang",
        "Huấn luyện kỹ thuật thiết bị X-quang nha khoa (tài liệu nội bộ)",
        "Công ty CP Thiết bị Y Nha khoa Việt Đăng (TP.HCM, 11/2016) huấn luyện về thiết bị chẩn đoán hình ảnh nha khoa: "
        "bản chất tia X cứng (bước sóng 0,01–0,1 nm, năng lượng 8–250 keV), lọc tia mềm bằng tấm nhôm, các hiệu ứng quang "
        "điện, Compton, sinh cặp và cấu tạo bóng phát tia X.",
    ),
    (
        "mMo051",
        "en",
        "xr_dentalcare",
        "Continuing-education course on practical panoramic imaging",
        "A dental education portal runs a course on panoramic imaging: explain each step to the patient to avoid "
        "movement and retakes, and follow current evidence that thyroid and abdominal shields are no longer needed for "
        "intraoral, panoramic, cephalometric or CBCT imaging, since they can block the beam, cause artefacts and force "
        "retakes.",
    ),
    (
        "mMo052",
        "vi",
        "xr_smiles",
        "Tập huấn chụp phim X-quang trong miệng: quanh chóp, cánh cắn, mặt nhai",
        "Tài liệu tập huấn về X-quang trong miệng cho nha sĩ tổng quát: ba loại phim quanh chóp, cánh cắn, mặt nhai; tiêu "
        "chuẩn chất lượng như phim quanh chóp phải thấy cả chân răng và ít nhất 2 mm xương quanh chóp; kỹ thuật song "
        "song ít biến dạng hơn phân giác và hợp nhất với X-quang kỹ thuật số.",
    ),
    (
        "mMo053",
        "en",
        "ag_p2",
        "Silver recovery units for spent X-ray fixer",
        "A pollution-prevention programme explains that used X-ray fixer is hazardous because of silver thiosulfate and "
        "exceeds sewer limits (a template limit of 0.005 mg/L). Small silver-recovery units using steel wool "
        "(metallic replacement) start at about USD 50 and cost under USD 100 a year to run; the effluent can then go to "
        "the drain, and a vendor list is provided.",
    ),
    (
        "mMo054",
        "en",
        "ag_ecy",
        "Two-canister silver recovery for dental offices still using film",
        "A state environment agency explains that most dental offices produce only half a gallon to one gallon of used "
        "fixer a month, so on-site silver recovery pays only above 2-3 gallons a week. Two canisters in series cost "
        "USD 200-1,700 plus USD 150-300 a year and bring silver to about 1 ppm; at low flow the steel wool can rust in "
        "six months, so a hazardous-waste service is often better.",
    ),
    (
        "mMo055",
        "en",
        "ag_tsurumi",
        "Ion-exchange recovery of silver from dental radiographic fixer",
        "An oral-radiology department compared the silver content of ten dental X-ray film brands and tested electrolysis "
        "and ion exchange for silver recovery in a dental office. Ion exchange recovered more than 99% of the silver "
        "and cut biochemical oxygen demand by 80% and chemical oxygen demand by 95%, though some limits were still "
        "exceeded.",
    ),
    # distractor: X-ray inspection of food products
    (
        "mMo056",
        "en",
        "dist_nommas",
        "X-ray foreign-object detection for food production lines",
        "Food X-ray inspection systems detect stainless steel balls down to 0.3 mm, wire of 0.2 × 2 mm, glass and "
        "ceramic fragments of 1.0 mm, stones and bone at line speeds above 500 units an hour.",
    ),
    # distractor: food X-ray inspection
    (
        "mMo057",
        "en",
        "dist_apfood",
        "X-ray inspection systems for Southeast Asian food processors",
        "An instrument maker offers compact, easy-to-operate X-ray inspection for food plants in Southeast Asia that find "
        "stone, glass, bone and metal contaminants, helping exporters meet retailer requirements and avoid recalls.",
    ),
    # distractor: X-ray imaging of food powders
    (
        "mMo058",
        "en",
        "dist_psu",
        "Real-time X-ray imaging to find contaminants in food powders",
        "A university food-manufacturing sensor page describes real-time X-ray imaging without film that automatically "
        "detects a spring, copper wire, plastic washer, rubber ring and stone in casein powder at production rates.",
    ),
    # distractor: recycling of X-ray film archives
    (
        "mMo059",
        "en",
        "dist_filmrecyc",
        "Recycling old X-ray film for silver",
        "A film recycler weighs surplus medical, dental and industrial X-ray film, shreds it into one-inch chips, issues "
        "a certificate of destruction, samples it for assay and washes off the silver emulsion at high temperature, "
        "paying part of the silver value back.",
    ),
]

OFFERS += [
    # --- school eye screening and glasses ---
    (
        "mMo060",
        "vi",
        "se_childsight_tv",
        "Mô hình ChildSight chăm sóc tật khúc xạ học đường (HKI)",
        "Tổ chức HKI triển khai mô hình ChildSight: khám xác định tật khúc xạ cho học sinh, tư vấn chăm sóc mắt, chuyển "
        "tuyến và cấp kính trợ giá hoặc miễn phí. Dự án đào tạo khúc xạ viên tại chỗ (13 bác sĩ, y sĩ, điều dưỡng) với "
        "chuyên viên Bệnh viện Mắt TP.HCM và giảng viên Đại học Y khoa Phạm Ngọc Thạch, và trao thiết bị đo khúc xạ cho "
        "trung tâm kiểm soát bệnh tật tỉnh, nhờ nguồn tài trợ của Servier, Quỹ TOMS, L'Occitane.",
    ),
    (
        "mMo061",
        "vi",
        "se_childsight_nd",
        "Khám sàng lọc tật khúc xạ và cấp kính trợ giá cho học sinh tiểu học",
        "Dự án ChildSight của HKI (tài trợ Quỹ TOMS) đã khám sàng lọc hơn 57.000 học sinh THCS, tiểu học ở Nam Định, cấp "
        "kính trợ giá, miễn phí cho hơn 6.200 học sinh và giáo viên. Riêng 10 trường tiểu học Hải Hậu có tỷ lệ tật khúc "
        "xạ 9%, 15 em có kính trên ±4 đi-ốp chưa từng được chỉnh, 325 em và giáo viên nhận kính; ca lác, sụp mi được "
        "chuyển tuyến.",
    ),
    (
        "mMo062",
        "en",
        "se_peru",
        "Teacher-led vision screening for preschool and primary pupils",
        "A public-health team offers a tested model in which trained teachers screen children: in a pilot in Apurímac, "
        "Peru, 26 teachers screened 364 children aged 3-11 with the tumbling E chart at 6 m and referred those at 6/9 "
        "or worse to an eye hospital. Teacher screening reached a specificity of 95.8% and 93.0% in the two age groups; "
        "refractive error prevalence was about 6-7%.",
    ),
    (
        "mMo063",
        "en",
        "se_readymade",
        "Ready-made spectacles for school eye health programmes",
        "The International Centre for Eye Health explains when low-cost ready-made spectacles, pre-fitted with equal "
        "lenses of the same spherical equivalent, can replace custom glasses: little astigmatism and a small difference "
        "between eyes, powers seldom beyond ±3.5 D. They can be handed out in school at once, for example as "
        "clip-and-go frames, but need a large stock of frame sizes and powers.",
    ),
    (
        "mMo064",
        "en",
        "se_bangalore",
        "Evidence on ready-made versus custom spectacles for schoolchildren",
        "A randomised trial in government schools around Bangalore with 460 children aged 11-15 found that 75.5% "
        "(139/184) wore ready-made spectacles and 73.6% (131/178) wore custom-made ones 3-4 months later, so cheaper "
        "ready-made glasses can serve eligible children in school programmes.",
    ),
    (
        "mMo065",
        "en",
        "se_iapb",
        "Standard tables for school eye programmes: who gets ready-made glasses",
        "The International Agency for the Prevention of Blindness gives decision tables: ready-made glasses when the "
        "spherical-equivalent difference between eyes is under 1.00 D, cylinder at most 0.75 D, power within ±3.50 D "
        "and pupil distance within ±2 mm; custom glasses otherwise. It lists causes of non-wear (broken frames, "
        "discomfort, stigma) with remedies, and a three-year plan of screening new pupils and re-examining those given "
        "glasses.",
    ),
    (
        "mMo066",
        "en",
        "se_spot",
        "Handheld photoscreener for vision screening of children",
        "A handheld, non-invasive photoscreener (Welch Allyn Spot Vision Screener) captures both eyes at once at all "
        "ages, measuring refraction from -7.50 to +7.50 D sphere and up to ±3.50 D cylinder, plus pupil size, pupil "
        "distance and gaze deviation, and flags children for referral; no cycloplegia or retinoscopy skills are needed.",
    ),
    (
        "mMo067",
        "en",
        "se_plusoptix",
        "Automated preschool vision screening: photoscreener or autorefractor",
        "A university eye institute compared two screening devices in five preschools: of 158 children screened, 79 had "
        "free cycloplegic exams on a mobile eye clinic. Against 2021 AAPOS criteria the PlusoptiX S12C reached "
        "94% sensitivity and 89% specificity, the Retinomax K+3 autorefractor 100% and 65%.",
    ),
    (
        "mMo068",
        "vi",
        "se_cyclo",
        "Khám khúc xạ có liệt điều tiết cho trẻ trước khi cắt kính",
        "Khoa Khúc xạ Bệnh viện Mắt Hà Nội 2 cảnh báo khảo sát ở Phú Thọ, Đà Nẵng, TP.HCM cho thấy 95% cửa hàng kính có "
        "máy đo khúc xạ tự động nhưng nhân viên chưa được đào tạo, nên nhiều trẻ đeo kính quá độ. Bệnh viện khám khúc "
        "xạ sau nhỏ thuốc liệt điều tiết 3 lần, mỗi lần cách 5 phút, để cho số kính đúng.",
    ),
    (
        "mMo069",
        "vi",
        "se_pseudo",
        "Đo khúc xạ sau liệt điều tiết để phát hiện cận thị giả ở học sinh",
        "Viện Y học lao động khảo sát 1.181 học sinh Trường Tiểu học Mai Động (Hà Nội): trong 329 mắt được chẩn đoán cận "
        "thị theo phương pháp chủ quan, sau liệt điều tiết chỉ 43,6% là cận thật; tỷ lệ cận thị giả 20,98%, chỉ gặp ở "
        "mức cận dưới 2D và càng nhỏ tuổi càng cao.",
    ),
    (
        "mMo070",
        "vi",
        "se_zu",
        "Hộp đèn thử thị lực chữ ZU đọc ở khoảng cách 5 m",
        "Công ty TNHH thiết bị y tế Thạnh Thạnh Phát sản xuất hộp đèn thử thị lực chữ ZU: điện 220 V, mặt sáng đều 79 × 39 "
        "cm, vỏ inox, dây nguồn 2 m, treo tường hoặc đặt chân bàn, đọc ở khoảng cách 5 m; dùng đo thị lực phát hiện cận, "
        "viễn, loạn thị.",
    ),
    (
        "mMo071",
        "en",
        "se_vavsp",
        "School eye-care programme with teacher training and affordable glasses",
        "An eye-care education NGO, with a provincial eye centre, delivers eye examinations and affordable glasses to "
        "more than 43,000 pupils in 68 schools (43 primary, 19 lower secondary, 6 high schools) in two rural districts of "
        "Bà Rịa-Vũng Tàu, and trains 1,814 teachers and 68 school health workers; it also addresses the lack of trained "
        "spectacle technicians outside cities.",
    ),
    (
        "mMo072",
        "en",
        "se_mdri",
        "Survey service: accuracy of school eye screening and family eye-care practices",
        "A Vietnamese development research institute ran baseline and end-line surveys for an eye-care foundation in 35 "
        "primary and secondary schools of Hải Dương, Đà Nẵng and Tiền Giang: about 5,000 pupils had visual acuity tests "
        "and 1,400 pupil-parent pairs were interviewed on knowledge, attitudes and practices, to check screening accuracy "
        "and design communication.",
    ),
    (
        "mMo073",
        "vi",
        "se_vtv",
        "Chương trình chăm sóc mắt học đường: đo thị lực, tư vấn, phát thuốc miễn phí",
        "Chương trình Chăm sóc mắt học đường năm thứ 12 khám, tư vấn về mắt cho khoảng 40.000 học sinh trung học ở 6 tỉnh "
        "thành (TP.HCM, Cần Thơ, Đắk Lắk, Bình Định, Hà Nội, Thái Bình), đo thị lực và phát thuốc miễn phí; trước đó hơn "
        "400.000 học sinh đã được khám. Tỷ lệ tật khúc xạ ở học sinh đến khám lên tới 35%.",
    ),
    (
        "mMo074",
        "en",
        "se_bhvi",
        "Training optometrists and refraction staff in Vietnam",
        "A vision institute supported Vietnam's first two optometry schools (Phạm Ngọc Thạch University of Medicine and "
        "Hanoi Medical University) with over 100 students, in a country that had about 10 qualified optometrists for 90 "
        "million people; 93% of visual impairment in 12-15-year-olds was due to refractive error.",
    ),
    (
        "mMo075",
        "vi",
        "se_condao",
        "Đoàn khám mắt học đường và mổ đục thủy tinh thể lưu động",
        "Bệnh viện Mắt TP.HCM đưa đoàn 24 cán bộ tới Côn Đảo (5–8/11): khám tổng quát, đo thị lực, đo khúc xạ cho toàn bộ "
        "học sinh hai trường, 1.752 em được tầm soát và 467 em được tặng kính; khám cho hơn 500 người dân và thay thủy "
        "tinh thể nhân tạo cho gần 50 ca đục thủy tinh thể tại trung tâm y tế địa phương.",
    ),
    # distractor: fashion sunglasses
    (
        "mMo076",
        "vi",
        "dist_kinhmat",
        "Kính mát thời trang chống tia UV đạt chuẩn",
        "Cửa hàng kính mát tư vấn chọn kính râm theo tiêu chuẩn chống UV: Úc chia hạng 0–4, Mỹ yêu cầu UVB qua kính không "
        "quá 1%, châu Âu chia 3 hạng; tròng polycarbonate, CR39; màu hổ phách, xám lọc tốt.",
    ),
    # distractor: polarised sunglasses
    (
        "mMo077",
        "vi",
        "dist_hoanglong",
        "Kính mát phân cực chống UV – tư vấn chọn tròng",
        "Cửa hàng kính mắt tư vấn chọn kính mát có lớp phủ chống tia UV, tròng phân cực giảm ánh sáng phản chiếu, lưu ý "
        "kính vỉa hè giá rẻ và tròng trầy xước; bảo vệ giác mạc, kết mạc khỏi cháy nắng.",
    ),
    # distractor: sports sunglasses for travel
    (
        "mMo078",
        "vi",
        "dist_travelgear",
        "Kính râm thể thao và du lịch chống 100% tia UV",
        "Cửa hàng đồ du lịch giới thiệu kính râm thông thường và kính râm thể thao nhẹ cho chạy bộ, leo núi, đạp xe, "
        "khuyên chọn kính ghi rõ chống 100% tia UV trên nhãn.",
    ),
]

OFFERS += [
    # --- cataract screening in communes ---
    (
        "mMo079",
        "vi",
        "ca_matsang",
        'Chương trình nhân đạo "Mắt sáng cho người cao tuổi" 2025–2028',
        "Trung ương Hội Người cao tuổi Việt Nam phối hợp Bộ Y tế phát động ngày 27/9/2025 chương trình nâng cao nhận thức, "
        "tầm soát và điều trị bệnh mắt cho người cao tuổi, mục tiêu trên 90% cán bộ Hội được tập huấn, trên 90% người "
        "cao tuổi được khám, cấp thuốc và 100% trường hợp đục thủy tinh thể được điều trị.",
    ),
    (
        "mMo080",
        "vi",
        "ca_nld2012",
        "Phẫu thuật đục thủy tinh thể miễn phí cho người nghèo tại địa phương",
        "Bệnh viện Mắt cho biết đã phẫu thuật miễn phí 11.171 ca đục thủy tinh thể từ năm 2010 với tổng kinh phí 15,132 "
        "tỉ đồng, trong đó 3.605 ca được mổ ngay tại các địa phương, và tiếp tục mổ miễn phí cho người nghèo.",
    ),
    (
        "mMo081",
        "vi",
        "ca_gialai",
        "Khám mắt lưu động theo từng xã, phường và đưa đón bệnh nhân đi mổ",
        "Bệnh viện Mắt Quốc tế Sài Gòn–Gia Lai phối hợp Hội Người cao tuổi thị xã khám sàng lọc mắt miễn phí lần lượt ở "
        "từng xã, phường theo lịch (21/7–12/8). Đợt đầu khám 122 người, phát hiện đục thủy tinh thể, mộng thịt, quặm; ca "
        "nhẹ được cấp thuốc, 16 ca nặng được xe đưa đón, phẫu thuật và chăm sóc miễn phí đến khi ra viện.",
    ),
    (
        "mMo082",
        "vi",
        "ca_thainguyen",
        "Tuần khám và phẫu thuật mắt miễn phí phối hợp bệnh viện huyện",
        "Bệnh viện Mắt Thái Nguyên phối hợp Bệnh viện Đa khoa huyện Phú Bình tổ chức 5 ngày khám sàng lọc cho gần 1.000 "
        "người nghèo, người cao tuổi; đã phẫu thuật 100 ca đục thủy tinh thể thay thủy tinh thể nhân tạo và 100 ca quặm, "
        "mộng miễn phí, dự kiến khoảng 400 ca đục thủy tinh thể cho cả tỉnh.",
    ),
    (
        "mMo083",
        "vi",
        "ca_phuongnam",
        "Tầm soát miễn phí bệnh võng mạc đái tháo đường, đục thủy tinh thể, glôcôm",
        "Bệnh viện Mắt kỹ thuật cao Phương Nam (TP.HCM) dành 1.000 suất tầm soát miễn phí bệnh võng mạc do đái tháo đường, "
        "thoái hóa hoàng điểm, đục thủy tinh thể, glôcôm cho người trên 60 tuổi và mổ Phaco đặt kính mềm miễn phí cho 20 "
        "bệnh nhân nghèo; trong 4 năm đã tầm soát cho hơn 10.000 người ở TP.HCM và các tỉnh lân cận.",
    ),
    (
        "mMo084",
        "vi",
        "ca_tutam",
        "Tài trợ khám sàng lọc và mổ thay thủy tinh thể cho người nghèo",
        "Quỹ từ thiện phối hợp trung tâm mắt tổ chức khám sàng lọc tại 3 điểm ở Quảng Ngãi trong 2 ngày: khám 275 bệnh "
        "nhân, 48 ca được chỉ định mổ thay thủy tinh thể nhân tạo; quỹ tài trợ 40 ca, trung tâm mắt bù phần phát sinh.",
    ),
    (
        "mMo085",
        "vi",
        "ca_thanhnien",
        "Mổ mắt miễn phí có hỗ trợ đi lại và thuốc men cho người nghèo",
        "Chương trình mang ánh sáng cho người nghèo tập hợp 100 bà con đục thủy tinh thể từ Bến Tre, Tiền Giang, Đồng Nai, "
        "Bình Dương và TP.HCM lên mổ miễn phí, hỗ trợ tiền đi lại và thuốc, tổng kinh phí 70,9 triệu đồng; người bệnh chỉ "
        "cần gọi điện đăng ký.",
    ),
    (
        "mMo086",
        "en",
        "ca_dehradun",
        "Rural outreach eye camps feeding a tertiary cataract service",
        "A medical college eye department in Dehradun ran 816 rural camps with the district blindness control society "
        "from 2012 to 2016: of 21,703 people screened, 2,111 (9.73%) had cataract and were operated at the hospital, "
        "against 1.55% of outpatients; intraocular lenses were implanted in 96.31% of camp surgeries.",
    ),
    (
        "mMo087",
        "en",
        "ca_ojhas",
        "Mobile ophthalmic unit camps for cataract case-finding",
        "A teaching hospital in Mangalore reports ten years of outreach: 744 camps screened 60,086 people and found "
        "6,711 (11.17%) with visually significant cataract, all operated with lens implants, compared with 2.58% of "
        "116,615 hospital outpatients; post-operative care was free.",
    ),
    (
        "mMo088",
        "en",
        "ca_brilliaz",
        "Programme design to raise cataract surgery uptake in underserved areas",
        "A practical framework for eye-care programmes: map hotspots with high cataract prevalence and low surgical "
        "uptake, work with trusted community leaders, schools and local clinics, provide patient navigation and "
        "affordable services, and track metrics such as waiting time, counselling rate and referral-to-surgery "
        "conversion.",
    ),
    (
        "mMo089",
        "en",
        "ca_eyecharity",
        "Charity cataract surgery days at district medical centres",
        "Eye Charity Vietnam, working with Ho Chi Minh City Eye Hospital since 2014, brings cataract surgery to district "
        "medical centres; at Phú Tân, Cà Mau, on 21-22 October 2017 it treated 156 patients at risk of cataract "
        "blindness.",
    ),
    (
        "mMo090",
        "en",
        "ca_fhf",
        "Community eye care and intraocular lens support (Fred Hollows Foundation)",
        "The Fred Hollows Foundation and Vietnam's national eye institute run community eye care in 12 provinces, "
        "including Vĩnh Long; the foundation gave 50,000 intraocular lenses over five years and 1,200 lenses plus "
        "VND 480 million to a free-surgery programme. Blindness among people aged 50 and over fell to 3.1% from 4.7% "
        "(RAAB 2007).",
    ),
    (
        "mMo091",
        "vi",
        "ca_matkinh",
        "Đoàn đo khúc xạ và tặng kính lão cho người cao tuổi vùng quê",
        "Hội Mắt kính TP.HCM mang máy đo mắt điện tử, thiết bị đo khúc xạ và kính về các xã nghèo (như Cần Giuộc, Long An): "
        "hàng trăm người cao tuổi được đo mắt và chọn kính đúng số, ví dụ kính 1,25 độ để đọc báo.",
    ),
    (
        "mMo092",
        "en",
        "ca_glaucoma_mass",
        "Evaluation of mass glaucoma screening with tonometry and fundus photos",
        "An ophthalmology department compared 220 people referred by mass screening (non-contact tonometry and "
        "non-mydriatic fundus photography) with 327 referred from a primary eye clinic: positive predictive value was "
        "25.5% against 52.4%, but screened patients were found earlier (visual-field mean deviation -3.08 vs -6.70 dB).",
    ),
    # distractor: premium laser cataract surgery in a city hospital
    (
        "mMo093",
        "vi",
        "dist_femto",
        "Phẫu thuật Phaco không dao bằng laser có AI hỗ trợ",
        "Bệnh viện mắt tư nhân ở TP.HCM giới thiệu phẫu thuật thay thủy tinh thể bằng laser thay dao vi phẫu, có trí tuệ "
        "nhân tạo hỗ trợ lập trình, cho người bị cườm nặng; đục thủy tinh thể chiếm 70% bệnh mắt ở người trên 65 tuổi.",
    ),
]

OFFERS += [
    # --- diabetic-eye screening ---
    (
        "mMo094",
        "vi",
        "dr_orbis_ai",
        "Tầm soát võng mạc đái tháo đường bằng AI trên nền tảng Cybersight",
        "Bệnh viện Nội tiết Trung ương cùng tổ chức Orbis triển khai dự án 2025–2027: khoảng 10.000–12.000 lượt người "
        "bệnh đái tháo đường được chụp đáy mắt và đọc bằng trí tuệ nhân tạo trên nền tảng Cybersight; đào tạo 30 bác sĩ, "
        "điều dưỡng, kỹ thuật viên về chụp và phân tích ảnh đáy mắt, đào tạo điều trị võng mạc và glôcôm có chứng chỉ "
        "CME, khám sàng lọc tại bệnh viện tỉnh (thí điểm Bắc Ninh, Lào Cai).",
    ),
    (
        "mMo095",
        "vi",
        "dr_vnu",
        "Chẩn đoán bệnh võng mạc đái tháo đường từ ảnh võng mạc (Viện CNTT, ĐHQG Hà Nội)",
        "Nhóm nghiên cứu Viện Công nghệ Thông tin, ĐHQG Hà Nội phát triển phương pháp chẩn đoán bệnh võng mạc đái tháo "
        "đường từ ảnh võng mạc. Bệnh gặp ở 90% ca đái tháo đường sau 10–15 năm và trên 80% người bệnh từ 20 năm; Việt Nam "
        "có khoảng 4,5 triệu người đái tháo đường, khoảng 20% có biến chứng mắt.",
    ),
    (
        "mMo096",
        "vi",
        "dr_qd2558",
        "Đào tạo kỹ thuật khám đáy mắt phát hiện sớm bệnh võng mạc đái tháo đường",
        "Trang đào tạo trực tuyến dành cho bác sĩ (theo Quyết định 2558/QĐ-BYT) so sánh các kỹ thuật khám đáy mắt dùng ở "
        "tuyến dưới: soi trực tiếp và gián tiếp rẻ, cơ động nhưng cần giãn đồng tử, khó thấy vi phình mạch; soi dưới sinh "
        "hiển vi là tiêu chuẩn vàng nhưng không cơ động; chụp đáy mắt không huỳnh quang bằng máy cầm tay, máy cố định "
        "hay điện thoại có trường rộng, có thể không cần giãn đồng tử và lưu được ảnh để tư vấn.",
    ),
    (
        "mMo097",
        "vi",
        "dr_danang",
        "Mô hình sàng lọc bệnh võng mạc đái tháo đường tại cộng đồng dựa vào trạm y tế",
        'Dự án "Phát hiện sớm bệnh võng mạc đái tháo đường trong cộng đồng" do Quỹ Fred Hollows và DFAT (Úc) tài trợ, '
        "chạy ở Đà Nẵng từ cuối 2018: khám sàng lọc định kỳ cho người đái tháo đường và người nguy cơ cao theo danh sách "
        "do trạm y tế xã, phường quản lý, kèm thảo luận nhóm truyền thông; đợt ở quận Cẩm Lệ diễn ra ngày 28–29/5/2022.",
    ),
    (
        "mMo098",
        "vi",
        "dr_eyeart",
        "Phần mềm AI EyeArt đọc ảnh võng mạc đái tháo đường trong 60 giây",
        "EyeArt là ứng dụng trí tuệ nhân tạo xử lý ảnh võng mạc trong khoảng 60 giây, phát hiện chính xác khoảng 95% bệnh "
        "võng mạc do đái tháo đường, cho phép tầm soát ngay tại phòng khám hay trung tâm điều trị đái tháo đường với chi "
        "phí thấp; ở Mỹ có hơn 30 triệu người đái tháo đường, cứ 4 người thì 1 người có bệnh võng mạc.",
    ),
    (
        "mMo099",
        "vi",
        "dr_rmit",
        "Thuật toán tự động phát hiện xuất tiết võng mạc do đái tháo đường (ĐH RMIT)",
        "Nhóm nghiên cứu do Đại học RMIT chủ trì, cùng cộng sự Brazil, dùng học sâu để tự động phân tích ảnh đáy mắt và "
        "phát hiện dịch tiết từ mạch máu tổn thương, giúp chẩn đoán tức thì biến chứng mắt do đái tháo đường ở giai đoạn "
        "sớm, khi người bệnh chưa có triệu chứng; dự báo 191 triệu người mắc vào năm 2030.",
    ),
    (
        "mMo100",
        "vi",
        "dr_care",
        "Hệ thống AI CARE phát hiện 14 bất thường võng mạc phổ biến",
        "Nhóm quốc tế (ĐH Trung Sơn, Airdoc, ĐH Monash và các cộng sự) phát triển hệ thống học sâu CARE phát hiện và theo "
        "dõi 14 bất thường võng mạc phổ biến, huấn luyện trên 207.228 ảnh màu đáy mắt từ 16 cơ sở ở châu Á, châu Phi, "
        "Bắc Mỹ, châu Âu; kiểm định nội bộ 21.867 ảnh và kiểm định ngoài 18.136 ảnh.",
    ),
    (
        "mMo101",
        "en",
        "dr_eyer",
        "Handheld smartphone-based fundus camera validated for diabetic retinopathy",
        "A multicentre study compared the handheld Eyer camera with tabletop fundus cameras in 327 people with diabetes, "
        "two fields per eye after dilation: agreement was 73.18% for DR grade (weighted kappa 0.808), 88.48% for macular "
        "oedema, and 85.88% for referable DR with 0.906 sensitivity, supporting handheld screening.",
    ),
    (
        "mMo102",
        "en",
        "dr_smartphone",
        "Smartphone retinal photography taken by trained non-specialists",
        "An ophthalmology team showed that undergraduate students using a smartphone-based fundus device could screen "
        "99 diabetic patients (194 eyes): 84.07% agreement with a Canon CR-2 tabletop camera for presence of DR, "
        "sensitivity 71.0% and specificity 94.06%, and 90% agreement on proliferative versus non-proliferative disease.",
    ),
    (
        "mMo103",
        "en",
        "dr_pictor",
        "Handheld non-contact retinal camera for DR screening with or without dilation",
        "An eye centre tested the handheld Pictor camera on adults with diabetes: 86-94% of images were gradable before "
        "dilation and 94-97% after, and single images detected vision-threatening retinopathy with 64-88% sensitivity "
        "and 71-90% specificity compared with a dilated clinical exam.",
    ),
    (
        "mMo104",
        "en",
        "dr_review",
        "Review of imaging options for population diabetic retinopathy screening",
        "A review for programme planners: diabetes prevalence rose from 4.7% to 8.5% of adults between 1980 and 2014, "
        "and about 35% of people with diabetes have DR, 7% macular oedema and 3-7% proliferative DR. It compares "
        "mydriatic and non-mydriatic colour photography with smartphone fundus photography, macular OCT, ultra-wide-field "
        "imaging and AI reading for throughput and cost.",
    ),
    (
        "mMo105",
        "en",
        "dr_lmic",
        "Advice on systematic telemedicine DR screening in low- and middle-income countries",
        "A review of barriers to systematic diabetic retinopathy screening by telemedicine where about 80% of people with "
        "diabetes live: move from opportunistic to systematic screening with regular recall, and make sure referred "
        "patients actually reach treatment centres, the weak link in many programmes.",
    ),
    (
        "mMo106",
        "vi",
        "dr_roche",
        "Mô hình quản lý toàn diện bệnh võng mạc và phù hoàng điểm do đái tháo đường",
        'Cục Quản lý Khám, chữa bệnh, Bệnh viện Mắt Trung ương, Bệnh viện Mắt TP.HCM và Roche ký chương trình "Vì đôi mắt '
        'Việt" xây mô hình quản lý bệnh võng mạc và phù hoàng điểm do đái tháo đường tại bệnh viện công. Việt Nam có khoảng '
        "7 triệu người 30–69 tuổi mắc đái tháo đường; khoảng 1/3 người bệnh có bệnh võng mạc, 39,5% biến chứng liên quan "
        "mắt và thần kinh.",
    ),
    (
        "mMo107",
        "en",
        "dr_chennai",
        "Tele-ophthalmology retinal screening: store-and-forward or real time",
        "An eye and health-care centre uses tele-ophthalmology for screening, such as the retina of diabetics: trained "
        "paramedical staff image the eye and either store the data on a laptop for later review at the base hospital or "
        "send it over the internet, or the ophthalmologist reviews images live with the patient; vision centres are "
        "planned through its charitable foundation.",
    ),
    # distractor: glaucoma screening at health fairs, not diabetic retinopathy
    (
        "mMo108",
        "en",
        "dist_glaucoma_fairs",
        "Study of follow-up after glaucoma screening at health fairs",
        "An eye institute screened socially disadvantaged people at six health fairs (October 2012-March 2013) with "
        "visual acuity, eye pressure, cup-to-disc ratio and visual fields, defining glaucoma suspects at a pressure of "
        "24 mm Hg or more, and analysed which socioeconomic factors predicted follow-up.",
    ),
]

OFFERS += [
    # --- clinic management software and e-prescriptions ---
    (
        "mMo109",
        "vi",
        "sw_maydental_lich",
        "Phần mềm nha khoa MayDental: quản lý lịch hẹn theo bác sĩ",
        "MayDental cung cấp phần mềm CRM quản lý nha khoa: tạo lịch hẹn theo ô thời gian và bác sĩ, chọn công việc (cạo "
        "vôi, đánh bóng...), bệnh nhân, thời lượng tối thiểu 30 phút; theo dõi trạng thái mới, đã xác nhận, đang chờ, "
        "đang khám, hoàn tất, hủy; kéo thả đổi giờ, đổi nhân sự để sắp xếp khối lượng việc theo ngày, tuần, tháng.",
    ),
    (
        "mMo110",
        "vi",
        "sw_maydental_tq",
        "Báo cáo tổng quan phòng khám: doanh thu, thời gian chờ, bệnh nhân mới",
        "Màn hình tổng quan của phần mềm MayDental tổng hợp thu nhập phòng khám, thời gian chờ trung bình mỗi cuộc hẹn, "
        "số cuộc hẹn và khách hàng mới, biểu đồ thu chi (VND) và doanh thu theo từng bác sĩ, so sánh với cùng kỳ theo mốc "
        "thời gian tự chọn.",
    ),
    (
        "mMo111",
        "vi",
        "sw_dentalflow",
        "Hồ sơ bệnh nhân nha khoa điện tử DentalFlow",
        "Phần mềm DentalFlow (do nha sĩ phát triển) lập hồ sơ khách hàng với mã tự sinh, nguồn khách, nhóm khách, nhóm "
        "khuyến mãi, tiền sử bệnh; mỗi hồ sơ có 10 mục: thông tin cơ bản, khám và điều trị, đơn thuốc, thư viện ảnh, đặt "
        "xưởng và vật tư, lịch hẹn, thanh toán, biểu mẫu, lịch sử chăm sóc và lịch sử thao tác.",
    ),
    (
        "mMo112",
        "vi",
        "sw_wion",
        "Giải pháp quản lý vận hành phòng khám nha khoa",
        "Wi Platform chia sẻ kinh nghiệm và công cụ quản lý nha khoa: kiểm soát tồn kho vật tư để không lãng phí hay hết "
        "đột xuất, thu chi minh bạch, lịch hẹn không chồng chéo, lễ tân và trợ thủ nắm lịch sử bệnh nhân để phục vụ đồng "
        "bộ từ tiếp nhận đến hậu mãi.",
    ),
    (
        "mMo113",
        "vi",
        "sw_dakhoaso",
        'Phần mềm quản lý phòng khám đa khoa "Đa Khoa Số"',
        "Công ty TNHH Dịch vụ Tin học 247 (Hà Nội) báo giá phần mềm quản lý phòng khám đa khoa Đa Khoa Số sau khi khảo "
        "sát nhu cầu: phân quyền cho lễ tân, bác sĩ phụ trách chuyên môn, quản lý kho dược và quản trị hệ thống; báo giá "
        "ngày 01/7/2015 có hiệu lực 90 ngày.",
    ),
    (
        "mMo114",
        "vi",
        "rx_medcomm",
        "Phần mềm đơn thuốc điện tử quốc gia cho cơ sở khám chữa bệnh",
        "Cục Quản lý Khám, chữa bệnh triển khai đơn thuốc điện tử quốc gia: người dân mua thuốc ở bất kỳ đâu bằng mã đơn, "
        "được cảnh báo thuốc phải tái kê, kháng sinh, đơn quá hạn; tra được bác sĩ kê đơn. Hệ thống thay đơn giấy, sổ y "
        "bạ ở phòng khám tư và kiểm soát việc bán thuốc kê đơn.",
    ),
    (
        "mMo115",
        "vi",
        "rx_bacsi247",
        "Hướng dẫn chủ phòng khám triển khai đơn thuốc điện tử",
        "Bacsi247 hướng dẫn chủ phòng khám, bác sĩ, dược sĩ về đơn thuốc điện tử: đơn được lập, ký số và lưu dưới dạng dữ "
        "liệu, có giá trị pháp lý như đơn giấy khi có chữ ký số hợp lệ của người hành nghề, phải liên thông được với cơ "
        "sở dữ liệu dược; kèm lợi ích và các bước triển khai tại cơ sở.",
    ),
    (
        "mMo116",
        "vi",
        "rx_hl7vn",
        "Chuẩn FHIR Việt Nam cho mã đơn thuốc quốc gia",
        "Bộ Hướng dẫn triển khai HL7 FHIR VN Core định nghĩa hệ định danh mã đơn thuốc điện tử do Hệ thống đơn thuốc quốc "
        "gia sinh tự động: 14 ký tự gồm mã cơ sở khám chữa bệnh, mã đơn và loại đơn; nhà thuốc bán theo mã đơn và báo cáo "
        "về hệ thống. Căn cứ TT 27/2021/TT-BYT, QĐ 808/QĐ-BYT (01/4/2022), QĐ 425/QĐ-BYT (05/02/2025).",
    ),
    (
        "mMo117",
        "vi",
        "rx_qd808",
        "Tài liệu hướng dẫn kết nối Hệ thống thông tin quốc gia về kê đơn và bán thuốc theo đơn",
        "Bộ Y tế ban hành ngày 01/4/2022 (Quyết định 808/QĐ-BYT) tài liệu kỹ thuật để phần mềm của cơ sở khám chữa bệnh "
        "và nhà thuốc kết nối với hệ thống quốc gia về quản lý kê đơn thuốc và bán thuốc theo đơn, căn cứ Thông tư "
        "27/2021/TT-BYT ngày 20/12/2021 quy định kê đơn thuốc bằng hình thức điện tử.",
    ),
    (
        "mMo118",
        "vi",
        "rx_surescriptvn",
        "Hệ thống đơn thuốc điện tử thử nghiệm SurescriptVN",
        "Luận văn thạc sĩ xây dựng thử nghiệm hệ thống đơn thuốc điện tử tại Việt Nam theo mô hình mạng lưới Surescripts "
        "(Mỹ), dùng Web API và mô hình MVC, mô tả các thành phần hệ thống, yêu cầu chức năng của website và cơ chế bảo "
        "mật; có thể làm nền cho cơ sở muốn tự phát triển kết nối đơn thuốc.",
    ),
    (
        "mMo119",
        "en",
        "sw_dentalapp",
        "Cloud practice management system for new dental practices",
        "A dental software company offers a connected practice management system for new owners: patient records with "
        "medical history and clinical notes, scheduling across operatories and providers, recall, billing, insurance "
        "claims, team coordination and patient communication in one platform instead of several separate tools.",
    ),
    (
        "mMo120",
        "en",
        "sw_propermotion",
        "Custom dental scheduling and practice software",
        "A software studio builds custom dental practice software that treats scheduling as constraint satisfaction: "
        "procedure-specific operatories, providers and equipment (e.g. a CBCT scanner) and durations such as 60 minutes "
        "for a new-patient exam, 30 for a periodic exam and 90-120 for a crown preparation, while linking imaging, "
        "patient messages and lab-case tracking.",
    ),
    (
        "mMo121",
        "en",
        "rx_porterfield",
        "Evidence review on e-prescribing in outpatient practices",
        "A health-information-management review of 47 sources found that electronic prescribing, standalone or inside an "
        "EHR, cut medication errors to as little as one seventh and could save USD 140-240 billion over ten years, while "
        "cost, provider support, privacy and system issues slowed adoption.",
    ),
    (
        "mMo122",
        "en",
        "rx_uspharm",
        "Benefits and pitfalls of e-prescribing for community pharmacies",
        "A pharmacy journal review: about 91% of US community pharmacies and 34% of office-based prescribers could route "
        "e-prescriptions; software now screens dose, drug-drug interactions and allergies and suggests generics, but "
        "pharmacists still face incomplete or wrong messages.",
    ),
    (
        "mMo123",
        "en",
        "rx_quebec",
        "Lessons from a nationwide e-prescribing network linking clinics and pharmacies",
        "Researchers interviewed 33 pharmacists, 2 pharmacy technicians, 11 physicians and 3 clinic managers using a "
        "provincial e-prescribing network in Quebec: adoption was low because of system quality problems and because "
        "the paper prescription stayed the only legal document, although users saw clear benefits.",
    ),
    # distractor: veterinary practice software
    (
        "mMo124",
        "en",
        "dist_enote",
        "SaaS management for veterinary practices",
        "A cloud tool for veterinary clinics: animal patient e-card and log, treatment plans for ambulatory and "
        "hospitalised animals, vaccinations, client payments and debts, e-queue with ticket display, retail sales by "
        "barcode and stock with dose units written off per ml or vial.",
    ),
    # distractor: pet health information system
    (
        "mMo125",
        "en",
        "dist_vetpet",
        "Pet health information system for veterinary clinics",
        "A student project compares veterinary clinic software (Vetup, free up to 100 visits a month; iVET PETCARE; Zum "
        "Vet) with animal medical history, invoicing, hospitalisation and reminders to owners, and proposes a system "
        "that pet owners can also access.",
    ),
    # distractor: hospital-wide HIS/PACS/LIS
    (
        "mMo126",
        "vi",
        "dist_his_thanhhoa",
        "Hệ thống HIS, PACS, LIS cho bệnh viện đa khoa tỉnh",
        "Bệnh viện Đa khoa tỉnh Thanh Hóa nâng cấp phần mềm quản lý bệnh viện HIS liên thông bảo hiểm xã hội, hệ thống "
        "PACS thay in phim, kết nối hai chiều LIS–HIS ở khoa Hóa sinh, Huyết học, hóa đơn điện tử và quản lý văn bản nội bộ.",
    ),
    # distractor: software for large and specialty hospitals
    (
        "mMo127",
        "vi",
        "dist_ykhoanet",
        "Phần mềm quản lý bệnh viện chuyên khoa và tuyến tỉnh",
        "Chuyên trang CNTT y tế phân tích yêu cầu phần mềm quản lý bệnh viện: giai đoạn đầu chú trọng viện phí, chống "
        "thất thoát, xuất toán; sau đó bệnh án điện tử; bệnh viện chuyên khoa, tuyến tỉnh, trung ương cần phần mềm viết "
        "riêng cho đặc thù của mình.",
    ),
]

OFFERS += [
    # --- medical waste of small clinics ---
    (
        "mMo128",
        "vi",
        "mw_husc_tv",
        "Mô hình xử lý chất thải rắn y tế tập trung theo cụm cho cơ sở y tế nhỏ",
        "Nhóm nghiên cứu Trường Đại học Khoa học Huế khảo sát 112 cơ sở y tế ở Trà Vinh năm 2024: tuyến tỉnh phát sinh "
        "chất thải lây nhiễm cao gấp nhiều lần tuyến huyện, xã (p = 0,0111); tuyến huyện, xã hầu như không có hệ thống xử "
        "lý tại chỗ, chỉ 58% có nhân lực chuyên trách, phân loại còn bất cập và lệ thuộc thuê ngoài. Nhóm đề xuất xử lý "
        "tập trung theo cụm, hỗ trợ tài chính và chuẩn hóa phân loại tại nguồn.",
    ),
    (
        "mMo129",
        "vi",
        "mw_congdongxanh",
        "Thùng vận chuyển chất thải lây nhiễm cho cơ sở y tế nhỏ, rải rác",
        "Cộng Đồng Xanh cung cấp thùng vận chuyển chất thải lây nhiễm mã TCCT-500DC để thu gom chất thải y tế chưa xử lý từ "
        "các trạm y tế xã, phường, thị trấn nằm rải rác, lượng chất thải ít, về trung tâm y tế cấp huyện xử lý.",
    ),
    (
        "mMo130",
        "vi",
        "mw_bactham",
        "Quy trình xử lý chất thải rắn y tế an toàn từ phân loại đến tiêu hủy",
        "Hướng dẫn quy trình xử lý chất thải rắn y tế: thu gom và phân loại ngay tại nguồn (bông băng dính máu, kim tiêm, "
        "bệnh phẩm), lưu giữ và vận chuyển an toàn, rồi xử lý bằng các phương pháp phù hợp, tránh để kim tiêm nhiễm HIV "
        "lọt ra khu dân cư.",
    ),
    (
        "mMo131",
        "vi",
        "mw_michaelis",
        "Chuyển giao lò đốt rác thải y tế công suất 20–150 kg/giờ",
        "Chợ Công nghệ và Thiết bị thường xuyên (Techmart Daily) ký ghi nhớ với Công ty Michaelis GmbH & Co. KG chuyển giao "
        "lò đốt rác thải bệnh viện công nghệ cao, công suất 20–150 kg rác mỗi giờ, tro còn khoảng 5–10% lượng rác ban "
        "đầu; 22 đơn vị thuộc Sở Y tế TP.HCM thải gần 9 tấn chất thải y tế mỗi ngày.",
    ),
    (
        "mMo132",
        "vi",
        "mw_hcmut",
        "Thiết kế, lắp đặt lò đốt rác y tế đốt hai cấp (ĐH Bách khoa TP.HCM)",
        "Trung tâm Nghiên cứu Công nghệ và Thiết bị Công nghiệp, Trường Đại học Bách khoa TP.HCM thiết kế, sản xuất, lắp "
        "đặt hệ thống đốt rác y tế đốt hai lần, chuyển chất hữu cơ thành tro vô cơ, có thiết bị xử lý khói thải đạt "
        "TCVN 5939-1995.",
    ),
    (
        "mMo133",
        "vi",
        "mw_mausac",
        "Tư vấn hệ thống phân loại, thu gom, lưu giữ chất thải y tế theo mã màu",
        "Báo cáo chuyên đề xây dựng hệ thống quản lý chất thải cho cơ sở y tế: biểu tượng và màu sắc theo loại chất thải, "
        "tiêu chuẩn túi và thùng đựng, phân loại, thu gom, lưu giữ, hồ sơ theo dõi vận chuyển và công nghệ xử lý, kèm ví "
        "dụ áp dụng tại Bệnh viện Đa khoa Quốc tế Hạnh Phúc.",
    ),
    (
        "mMo134",
        "vi",
        "mw_greenstar",
        "Xử lý nước thải nha khoa có bộ tách amalgam",
        "Greenstar thiết kế hệ thống xử lý nước thải cho phòng khám nha khoa: lưu lượng nhỏ nhưng chứa thủy ngân từ mảnh "
        "vụn amalgam, mầm bệnh từ khoang miệng và dư lượng hóa chất khử trùng; giải pháp gồm bộ tách amalgam và công nghệ "
        "xử lý phù hợp yêu cầu pháp lý tại Việt Nam.",
    ),
    (
        "mMo135",
        "en",
        "mw_ada",
        "Amalgam separators and best management practices for amalgam waste",
        "The American Dental Association explains the amalgam separator rule (effective 14 July 2017, compliance by 14 "
        "July 2020), which requires at least 95% removal efficiency, and lists what counts as amalgam waste: scrap, "
        "chair-side trap and vacuum-pump filters, used capsules and extracted teeth with amalgam. Best practices include "
        "pre-capsulated alloys, no bulk mercury and recycling through a commercial service.",
    ),
    (
        "mMo136",
        "en",
        "mw_tomterry",
        "Environmental waste checklist for dental offices",
        "A dental consultant's checklist: a written amalgam/mercury plan reviewed by all staff, amalgam containers in "
        "each operatory, chair-side traps, an amalgam separator and separator-safe line cleaner, and yearly staff "
        "training; lead foil, X-ray fixer, sharps, unused amalgam and cold-sterile chemicals must leave by a waste "
        "management service.",
    ),
    (
        "mMo137",
        "en",
        "mw_ida",
        "Biomedical waste management protocol for dental clinics",
        "The Indian Dental Association sets out a protocol for dental mercury waste: use disposable chair-side amalgam "
        "traps changed weekly or as the maker advises, handle only traps from chairs used for amalgam as special waste, "
        "and send contact amalgam such as extracted teeth with fillings to scrap-amalgam recyclers instead of drains or "
        "incinerators.",
    ),
    (
        "mMo138",
        "en",
        "mw_bioinsights",
        "Sorting amalgam scrap, capsules and trap filters for recycling",
        "A guide for practices on amalgam waste (about 50% mercury): keep non-contact scrap dry for reclamation, "
        "disinfect contact amalgam and extracted teeth before recycling, treat empty capsules and trap and vacuum "
        "filters as amalgam waste, and fit a separator on the wastewater line.",
    ),
    (
        "mMo139",
        "en",
        "mw_who2005",
        "WHO decision guide for solid health-care waste at primary health centres",
        "A 57-page World Health Organization guide (2005) helps managers of primary health-care centres choose safe, "
        "affordable options for segregating, storing, treating and disposing of sharps and infectious solid waste, "
        "according to the setting and services available.",
    ),
    (
        "mMo140",
        "en",
        "mw_who2019",
        "Overview of technologies for treating infectious and sharp waste",
        "A 2019 WHO publication, distributed by an equipment maker, reviews treatment technologies for infectious and "
        "sharp waste from health-care facilities, so that facilities can compare options and choose equipment suited "
        "to their size.",
    ),
    (
        "mMo141",
        "en",
        "mw_csir",
        "Field-tested small-scale incinerators for rural clinics",
        "A national research council trialled three low-cost small incinerators for rural primary clinics: all made "
        "waste non-infectious and destroyed syringes or made needles unusable, with emissions above large plants. They "
        "must run within a programme providing containers, maintenance, fuel, clear operating instructions, careful "
        "siting and continuing training.",
    ),
    (
        "mMo142",
        "en",
        "mw_paho",
        "Assessment and best-practice guide for small incinerators for sharps",
        "A Pan American Health Organization report analyses low-cost small-scale incinerators used for syringes and "
        "needles in developing countries, with a situation analysis, a best-practice guide and a screening health-risk "
        "assessment for dioxin-like compounds.",
    ),
    # distractor: biogas from livestock waste
    (
        "mMo143",
        "vi",
        "dist_biogas_ctu",
        "Nạp bổ sung lục bình và rơm cho hầm ủ biogas",
        "Nhóm nghiên cứu Đại học Cần Thơ thử ủ yếm khí 35 ngày phân heo phối trộn lục bình hoặc rơm đã trồng nấm, cho "
        "thấy nông dân Đồng bằng sông Cửu Long có thể nạp hai nguyên liệu này khi thiếu phân heo do dịch bệnh.",
    ),
    # distractor: livestock waste management
    (
        "mMo144",
        "vi",
        "dist_channuoi",
        "Quản lý và xử lý chất thải chăn nuôi",
        "Viện Môi trường Nông nghiệp phân tích ô nhiễm do chăn nuôi chuyển từ nông hộ sang tập trung quy mô lớn và đề "
        "xuất quản lý, xử lý chất thải rắn, lỏng và khí thải từ trang trại lợn, gà.",
    ),
    # distractor: large-hospital incinerators
    (
        "mMo145",
        "en",
        "dist_iass",
        "Medical waste incinerators for large hospitals",
        "An engineering firm supplies medical waste incinerators for hospitals, noting that a large hospital can "
        "generate up to a ton of infectious and chemical waste a day.",
    ),
    # distractor: household biogas survey
    (
        "mMo146",
        "vi",
        "dist_biogas_td",
        "Khảo sát xây dựng hầm biogas của hộ chăn nuôi",
        "Khảo sát hầm ủ biogas ở các hộ chăn nuôi quận Thủ Đức: hơn 80% hộ đã dùng biogas xử lý chất thải, xử lý khoảng "
        "75–80% lượng phân, giảm mùi, tạo khí đốt và phân bón.",
    ),
]

OFFERS += [
    # --- telemedicine links to provincial and central hospitals ---
    (
        "mMo147",
        "vi",
        "tm_vneconomy",
        "Hội chẩn từ xa và chẩn đoán hình ảnh từ xa qua PACS với bệnh viện tuyến trên",
        "Bệnh viện Đại học Y Hà Nội, đơn vị thí điểm khám chữa bệnh từ xa của Bộ Y tế từ tháng 4/2020, nhận hồ sơ bệnh án, "
        "xét nghiệm và hình ảnh của bệnh viện tuyến dưới qua hệ thống PACS/tele-radiology để hội chẩn ngay; bệnh nhân ở "
        "Bắc Quang (Tuyên Quang) được chuyên gia tư vấn phác đồ mà không phải chuyển tuyến. Các ca suy thận cấp, gãy "
        "xương đùi, viêm phổi cũng được hội chẩn trực tuyến.",
    ),
    (
        "mMo148",
        "vi",
        "tm_1000",
        "Mạng lưới điểm cầu khám chữa bệnh từ xa kết nối hơn 20 bệnh viện trung ương",
        "Đề án khám, chữa bệnh từ xa 2020–2025 của Bộ Y tế kết nối 1.000 điểm cầu, kể cả Trường Sa, Cô Tô, Mường Nhé, với "
        "hơn 20 bệnh viện tuyến trung ương ở Hà Nội và TP.HCM chỉ sau 2 tháng; chuyên gia hướng dẫn bác sĩ tuyến huyện "
        "xử trí ca nặng như dẫn lưu màng phổi cho bệnh nhân ở Mường Khương.",
    ),
    (
        "mMo149",
        "vi",
        "tm_vndx",
        "Giới thiệu các nền tảng telehealth kết nối tuyến trên và tuyến dưới",
        "Bài tổng quan giới thiệu các nền tảng chăm sóc sức khỏe từ xa phổ biến trên thế giới (như Webex) giúp cơ sở y tế "
        "tuyến trên hỗ trợ tuyến dưới: tư vấn, chẩn đoán hình ảnh, giải phẫu bệnh, hỗ trợ phẫu thuật, chuyển giao kỹ "
        "thuật và đào tạo từ xa, theo dõi chỉ số bệnh nhân hằng ngày.",
    ),
    (
        "mMo150",
        "vi",
        "tm_vovbacsi24",
        "Ứng dụng VOV Bacsi24 đăng ký tư vấn khám từ xa với bác sĩ",
        "Ứng dụng và website VOV BACSI24 cho bệnh nhân tìm bác sĩ theo bệnh thường gặp, tên, chuyên khoa, mức phí tư vấn "
        "hoặc số người đang chờ; gửi mô tả bệnh kèm ảnh chụp, xác nhận đăng ký và nhận thông báo bác sĩ đồng ý hay từ "
        "chối tư vấn.",
    ),
    (
        "mMo151",
        "vi",
        "tm_med247",
        "Dịch vụ tư vấn sức khỏe qua video call của hệ thống phòng khám số hóa",
        "Hệ thống phòng khám đa khoa số hóa Med247 ra mắt ứng dụng tư vấn sức khỏe qua video call từ trước Tết 2020; dịch "
        "vụ tăng trưởng khoảng 20–30% mỗi tháng khi phòng khám nghỉ Tết và dịch bệnh khiến người dân ngại đến cơ sở y "
        "tế, bác sĩ nghe, hỏi, quan sát để đánh giá bước đầu.",
    ),
    (
        "mMo152",
        "en",
        "tm_healthleaders",
        "Hub-and-spoke telemedicine network run by a specialty clinic",
        "A cardiovascular institute in Houma, Louisiana, grown from a solo practice in 1983 to almost 90 cardiologists "
        "and more than 60 nurse practitioners, runs a hub-and-spoke telemedicine platform that links its specialists to "
        "smaller hospitals and clinics to treat patients, support local providers and mentor them.",
    ),
    (
        "mMo153",
        "en",
        "tm_vitel",
        "Shared-services tele-specialty platform for rural hospitals and clinics",
        "A virtual-care vendor offers hub-and-spoke tele-specialty care as a shared service: many independent rural "
        "hospitals and clinics, each with its own electronic health record, are served by the same remote specialists "
        "through one platform that connects care teams, data and workflows across sites.",
    ),
    (
        "mMo154",
        "en",
        "tm_aravind66",
        "Telemedicine-enabled primary eye-care vision centres",
        "An eye hospital network runs 66 vision centres with telemedicine in small towns, examining about 1,800 patients "
        "a day: an ophthalmic technician does a slit-lamp exam, records it in an electronic medical record and consults "
        "an ophthalmologist at the base hospital by web conference, then dispenses glasses or refers.",
    ),
    (
        "mMo155",
        "en",
        "tm_aravind_iovs",
        "Tele-ophthalmology vision centres: utilisation data for planners",
        "Records of five tele-ophthalmology vision centres in rural Tamil Nadu (May 2007-October 2010) covering 91,698 "
        "patients examined by mid-level ophthalmic personnel with online video consultation by an ophthalmologist at "
        "the base hospital; 28.8% had refractive error, and referral uptake at the base hospital was tracked.",
    ),
    (
        "mMo156",
        "en",
        "tm_nepal",
        "Smartphone-attached eye camera for remote review of screening",
        "An international team equipped ophthalmic technicians in four remote districts of Nepal with a Paxos Scope "
        "camera on an iPod Touch, uploading eye photos to a secure cloud for an ophthalmologist in Kathmandu. Of 346 "
        "people screened, the remote reader referred an extra 20%, and agreed with 97% of the 101 technician referrals.",
    ),
    (
        "mMo157",
        "en",
        "tm_melbourne",
        "Teledentistry link between rural community dental clinics and a specialist hospital",
        "A university oral-health research centre built a teledentistry prototype in which three general dentists in "
        "rural community clinics in Victoria were trained to use an intraoral camera and existing networks to send live "
        "video to specialists at the Royal Children's Hospital, Melbourne, for children such as cleft lip and palate "
        "patients.",
    ),
    (
        "mMo158",
        "en",
        "tm_td_nigeria",
        "Teledentistry for rural oral health in developing countries",
        "A dental school review of ten years of literature (2008-2018) shows how teledentistry brings specialist advice "
        "to rural and remote communities at lower cost by exchanging images and records, and supports dental teaching, "
        "while noting practical and legal challenges.",
    ),
    # distractor: consumer advice on online doctors
    (
        "mMo159",
        "vi",
        "dist_haluan",
        "Mẹo chọn dịch vụ khám bệnh online an toàn cho người dùng",
        "Bài viết tư vấn người dân nhận diện dịch vụ telehealth uy tín: video call, chat, app tư vấn bệnh thông thường, "
        "dinh dưỡng, theo dõi bệnh mạn tính; cảnh giác rủi ro chẩn đoán sai, lộ thông tin sức khỏe và lừa đảo.",
    ),
    # distractor: consumer family-doctor app
    (
        "mMo160",
        "en",
        "dist_mcare",
        "Patient app for remote consultations with a family doctor",
        "A consumer health app connects users with a family doctor who watches their health indexes and alerts, and with "
        "specialist doctors booked through a health assistant who calls the patient at the appointment time.",
    ),
    # distractor: broadband infrastructure for health hubs
    (
        "mMo161",
        "en",
        "dist_bbcmag",
        "Community broadband networks anchored by health-care hubs",
        "A broadband magazine describes how communities link hospitals, clinics, schools and libraries over shared "
        "broadband to gain economies of scale, with telemedicine providers as anchor tenants of the network.",
    ),
]
