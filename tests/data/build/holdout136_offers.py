"""Offers of the holdout136 labelled set (pet shops, pet clinics, grooming, ornamental fish).

Rows: (id, language, source key, title, description). Each paraphrases the public page under its source key
in holdout136_sources.py. About a fifth are distractors from neighbouring fields (livestock, poultry, swiftlets,
aquafeed, human hair salons, car washes, shrimp ponds, chitosan, fruit drying).
"""

OFFERS = []

# --- small-animal clinics: imaging, laboratory, vaccination, identification, clinic software ---
OFFERS += [
    (
        "nHo001",
        "vi",
        "xray_funpet",
        "Lắp đặt phòng chụp X-quang kỹ thuật số cho phòng khám chó mèo",
        "Doanh nghiệp thiết bị thú y cung cấp và lắp đặt máy X-quang số cho phòng khám thú cưng, kèm đào tạo chỉ định: "
        "tìm dị vật (xương, kim may, kim loại), sỏi thận và sỏi bàng quang, bệnh tim phổi, khối u ổ bụng, lồng ngực "
        "và kiểm tra di căn. Kỹ thuật không xâm lấn, hỗ trợ lập phác đồ điều trị xương khớp, tim mạch, hô hấp.",
    ),
    (
        "nHo002",
        "en",
        "headon_us_xray",
        "Ultrasound scanner and digital radiography package for small-animal practices",
        "Supply of a veterinary ultrasound unit with transducers plus a digital radiography system. Digital images can "
        "be enhanced, magnified and sent straight to a specialist; the pair is used to diagnose arthritis, pregnancy, "
        "pneumonia, heart disease, bladder stones, tumours and foreign objects without exploratory surgery. Includes "
        "training on gel and transducer technique and on sedation for dogs and cats.",
    ),
    (
        "nHo003",
        "en",
        "gloucester_us",
        "Training in echocardiography and ultrasound-guided biopsy for companion-animal vets",
        "Hands-on course for clinic vets: reading the heart in motion by ultrasound to assess structure and function, "
        "and using ultrasound to guide biopsy instruments so that some biopsies can be taken without surgery.",
    ),
    (
        "nHo004",
        "vi",
        "xray_hanoipetcare",
        "Khóa đào tạo đọc phim X-quang và chụp cản quang cho bác sĩ thú y",
        "Bệnh viện thú y mở lớp cho bác sĩ phòng khám: đọc phim bụng (dị vật, tắc ruột, sạn thận, sạn bàng quang, chẩn "
        "đoán thai), phim ngực (di căn phổi, tràn khí do chấn thương), loạn sản khớp háng, khớp vai; kỹ thuật cho uống "
        "barium để xem thực quản, dạ dày. Lưu ý giới hạn: dị vật nhựa, túi nilon và một số khối u không hiện trên phim.",
    ),
    (
        "nHo005",
        "en",
        "cvet_radiography",
        "Radiation protection set-up for veterinary X-ray rooms",
        "Design of a dedicated diagnostic imaging room for a pet clinic with a low-dose modern X-ray unit, radiation "
        "control meters in every area of the clinic and personal dosimetry under an official dosimetry centre, "
        "protecting animals, staff and owners.",
    ),
    (
        "nHo006",
        "en",
        "familyfriends_imaging",
        "Remote reading of veterinary X-ray, ultrasound and CT studies",
        "Imaging referral service for general practices: digital radiographs, ultrasound clips and CT scans of dogs "
        "and cats are uploaded and interpreted by imaging specialists, with reports on spinal disease, arthritis, "
        "fractures, bladder stones, soft-tissue masses and foreign bodies.",
    ),
    (
        "nHo007",
        "vi",
        "vet4you_xray_us",
        "Dịch vụ siêu âm và X-quang lưu động cho phòng khám chưa có máy",
        "Đơn vị chẩn đoán hình ảnh mang máy đến phòng khám theo lịch hẹn: chụp X-quang khoảng 10 phút, phim có trong "
        "nửa giờ; siêu âm cho kết quả ngay, dùng để đánh giá tim, nội tạng, dị vật, khối u và theo dõi thai. Hướng dẫn "
        "chủ nuôi nhịn ăn, giữ nước tiểu trước khi siêu âm; cạo lông vùng khám.",
    ),
    (
        "nHo008",
        "en",
        "cattle_us_edis",
        "Transrectal ultrasound for beef-cattle reproduction: training for extension staff",
        "Extension course on ultrasound in cow-calf herds: reproductive tract scoring of heifers, pregnancy diagnosis, "
        "fetal ageing and sexing, Doppler assessment of blood flow and evaluation of embryo recipients.",
    ),
    (
        "nHo009",
        "vi",
        "cattle_us_als",
        "Dịch vụ siêu âm khám thai bò qua trực tràng",
        "Đội kỹ thuật siêu âm khám thai đàn bò thịt từ 30 ngày sau phối, xác định tuổi thai để tách thai thụ tinh nhân "
        "tạo và thai do bò đực, phân nhóm bò đẻ sớm, muộn và phát hiện bò đực kém.",
    ),
    (
        "nHo010",
        "vi",
        "parvo_test_lifepet",
        "Bộ kit test nhanh Parvovirus và quy trình chẩn đoán cho chó con",
        "Cung cấp kit test nhanh Parvo kèm hướng dẫn nhận biết ba thể bệnh: thể đường ruột ở chó 5–10 tuần tuổi (sốt "
        "40–41 °C, nôn, tiêu chảy ra máu mùi tanh), thể viêm cơ tim ở chó 4–8 tuần và thể kết hợp gây chết trong 24 giờ.",
    ),
    (
        "nHo011",
        "vi",
        "parvo_vinhlong",
        "Quy trình sàng lọc Canine parvovirus bằng test nhanh tại phòng mạch",
        "Nhóm nghiên cứu chuyển giao quy trình khám, điều tra dịch tễ và test nhanh Canine parvovirus Ag đã áp dụng "
        "trên 431 chó 2–6 tháng tuổi ở TP Vĩnh Long: 127 ca bệnh tiêu hóa (29,47%), 28 ca dương tính (22,05%); chó "
        "2–3 tháng nhiễm cao nhất (56,52%); chó đã tiêm phòng mắc 4,00% so với 33,77% ở chó chưa tiêm.",
    ),
    (
        "nHo012",
        "vi",
        "ksd_mau_thunuoi",
        "Xét nghiệm ký sinh trùng đường máu cho chó",
        "Phòng xét nghiệm thú y nhận mẫu máu chó để phát hiện ký sinh trùng máu do ve truyền, phục vụ chẩn đoán sớm "
        "khi chó bỏ ăn, lờ đờ, nướu nhợt, sốt hoặc sưng khớp; kèm tư vấn kiểm soát ve rận và vệ sinh chuồng.",
    ),
    (
        "nHo013",
        "en",
        "inhouse_lab_vpn",
        "Advice on buying in-clinic blood analysers, with quality assurance",
        "Clinical pathologists help small-animal clinics choose bench-top haematology and chemistry analysers, set "
        "up quality control and decide which tests to run in-house: pre-anaesthetic bloodwork and emergencies such as "
        "marked hypo- or hyperkalaemia, hypocalcaemia and hypoglycaemia.",
    ),
    (
        "nHo014",
        "en",
        "inhouse_lab_battersea",
        "In-house haematology and biochemistry laboratory for pet clinics",
        "Turn-key lab corner for a companion-animal practice giving results in minutes rather than days: red and "
        "white cell counts, platelets, blood chemistry and specialised tests, for collapse and trauma cases and for "
        "confirming infection before treatment.",
    ),
    (
        "nHo015",
        "vi",
        "inhouse_lab_bergen",
        "Thiết bị sinh hóa, huyết học, điện giải và tế bào học cho phòng xét nghiệm bệnh viện thú y",
        "Cung cấp và đào tạo vận hành máy sinh hóa đánh giá các cơ quan chính, máy đếm tế bào máu, máy điện giải và kính hiển vi đọc tế bào da, tai, khối u, dịch; mẫu thường quy gửi phòng xét nghiệm ngoài có kết quả trong 24 giờ.",
    ),
    (
        "nHo016",
        "vi",
        "rabies_human_vaccine",
        "Tiêm vắc xin phòng dại cho người bị chó mèo cắn",
        "Viện y học cung cấp dịch vụ tiêm vắc xin dại trước và sau phơi nhiễm cho người, tư vấn xử lý vết cắn do chó, "
        "mèo nuôi thả rông.",
    ),
    (
        "nHo017",
        "vi",
        "cantho_vacxin_dai",
        "Kiểm tra kháng thể sau tiêm phòng dại cho đàn chó",
        "Hội thú y chuyển giao phương pháp đánh giá miễn dịch sau tiêm vắc xin dại Rabigen mono trên chó nuôi: ở Cần "
        "Thơ tỷ lệ bảo hộ chó giống ngoại đạt 73,80%, chó nội 60,07%, không khác theo giới tính. Giúp địa phương xác "
        "định nhóm chó cần tiêm nhắc trong hai đợt tiêm đại trà mỗi năm.",
    ),
    (
        "nHo018",
        "en",
        "wap_mdv_guide",
        "Mass dog vaccination programme toolkit for rabies control",
        "Nine-part guideline set with worksheets: preparing staff and supplies, community messaging, humane dog capture "
        "and handling, vaccine storage and transport, vaccination day, post-vaccination survey to estimate coverage, "
        "rapid response to suspect rabid dogs and euthanasia, plus summary report forms.",
    ),
    (
        "nHo019",
        "en",
        "mission_rabies_app",
        "Smartphone app to run and map dog vaccination teams",
        "Data app used by vaccination teams to record every vaccinated dog, coordinate central-point, door-to-door and "
        "catch-vaccinate-release work, mark dogs with non-toxic paint and run follow-up sight surveys of coverage; "
        "proof-of-concept campaigns vaccinated about 5,000 dogs in two weeks.",
    ),
    (
        "nHo020",
        "en",
        "negombo_mdv",
        "Design of static-point plus door-to-door dog vaccination campaigns",
        "Campaign model combining static vaccination points with door-to-door sweeps and a final coverage survey; in "
        "one city it vaccinated over 7,800 dogs, reached 75.8% coverage and estimated one dog for every 17 people, and "
        "it identifies why owners miss static points.",
    ),
    (
        "nHo021",
        "vi",
        "rabies_blueprint_plan",
        "Tư vấn lập kế hoạch loại trừ bệnh dại theo từng vùng",
        "Chuyên gia hỗ trợ xác định mục tiêu (khống chế hay loại trừ), cơ quan chịu trách nhiệm và lịch tiêm; khuyến "
        "cáo đạt trên 70% đàn chó mỗi năm trong nhiều năm liền và phải đạt ở mọi vùng nguy cơ cao, không chỉ bình quân.",
    ),
    (
        "nHo022",
        "en",
        "vaccine_storage_mb",
        "Purpose-built vaccine refrigerators with calibrated min/max thermometers",
        "Pharmacy-grade refrigerators sized for the busiest month, each with a calibrated min/max thermometer or data "
        "logger, do-not-unplug labels and a backup generator option; bar fridges are not recommended for vaccines.",
    ),
    (
        "nHo023",
        "en",
        "vaccine_fridge_msd",
        "Temperature data loggers with text alerts for vaccine fridges",
        "Loggers and alarm units that keep vaccines within 2–8 °C and send text alerts when the range is breached; in a "
        "survey of 19 farms none of the fridges held 2–8 °C, readings reached 24 °C and fell to -12 °C. Loggers cost "
        "about 20–30 pounds.",
    ),
    (
        "nHo024",
        "vi",
        "vaccine_fridge_farms",
        "Khảo sát và đánh giá tủ lạnh bảo quản vắc xin thú y",
        "Nhóm nghiên cứu đặt thiết bị ghi nhiệt trong tủ bảo quản vắc xin để đánh giá chuỗi lạnh: ở 17 trại, 59% tủ có "
        "lúc vượt 8 °C, 53% có lúc dưới 2 °C, trung bình 16% thời gian trên 8 °C; nhiệt trong tủ đi theo nhiệt độ phòng.",
    ),
    (
        "nHo025",
        "vi",
        "vaccine_fridge_bovine",
        "Đánh giá thực địa tủ lạnh bảo quản vắc xin và chế phẩm sinh học thú y",
        "Nhóm đại học ghi nhiệt độ trong tủ lạnh của trại và phòng khám 10 phút một lần trong nhiều tháng, kết luận tủ có giữ vắc xin trong khoảng 35–45 °F (khoảng 2–7 °C) theo nhãn hay không và tư vấn thay tủ gia dụng cũ.",
    ),
    (
        "nHo026",
        "vi",
        "newcastle_ga_memart",
        "Lịch tiêm vắc xin Newcastle, Gumboro cho gà thả vườn và gà chọi",
        "Phác đồ tiêm phòng theo ngày tuổi cho gà: Marek 1 ngày, ND-IB 3–5 ngày, Gumboro, đậu gà, cúm H5N1 15 ngày, "
        "nhắc Newcastle 18–21 ngày và định kỳ sau 120 ngày.",
    ),
    (
        "nHo027",
        "en",
        "guinea_fowl_nd",
        "Newcastle and Gumboro vaccination schedule for guinea fowl",
        "Poultry research centre schedule based on antibody curves: ND-IB drops at 10 and 25 days and emulsion "
        "injection at 45 and 170 days for layers; survival 90–98.73%.",
    ),
    (
        "nHo028",
        "vi",
        "avian_flu_vaccine_vn",
        "Sản xuất vắc xin cúm gia cầm trong nước",
        "Trung tâm nghiên cứu thú y sản xuất vắc xin cúm gia cầm từ chủng virus trong nước để thay hàng nhập khẩu cho "
        "đàn gà, vịt.",
    ),
    (
        "nHo029",
        "vi",
        "chip_vn_congnghe",
        "Cung cấp microchip RFID chuẩn ISO và đầu đọc cho chó mèo",
        "Chip cỡ hạt gạo cấy dưới da bằng kim tiêm cho chó từ 8 tuần tuổi; mã định danh liên kết địa chỉ, điện thoại chủ "
        "nuôi, giống và tình trạng tiêm chủng, đọc bằng đầu đọc cầm tay theo chuẩn ISO dùng ở đa số quốc gia.",
    ),
    (
        "nHo030",
        "en",
        "chip_lookup_tagback",
        "Universal microchip scanners and registry look-up for found pets",
        "Low-frequency universal scanners for clinics, shelters and animal control, plus a look-up routine: the scanner "
        "shows only a 10- or 15-digit number, which is searched across registries to reach the owner.",
    ),
    (
        "nHo031",
        "en",
        "chip_registry_avma",
        "Linked pet microchip registry database",
        "Online look-up that matches a microchip number to its manufacturer and searches several participating "
        "registries at once, so clinics and shelters can return lost animals quickly.",
    ),
    (
        "nHo032",
        "en",
        "petplace_chip",
        "Microchipping with owner registration and annual chip check",
        "Clinic service that implants a microchip, registers the owner's name and phone numbers in the database "
        "(otherwise only the clinic is listed), adds a collar tag stating the chip type and rescans the chip yearly.",
    ),
    (
        "nHo033",
        "en",
        "vet_pims_reminders",
        "Vaccine recall reminders and declined-service follow-up around the clinic software",
        "Custom layer built around an existing practice management system: vaccine and recall reminders beyond "
        "postcards, follow-up of declined dentals and bloodwork, boarding and grooming books and multi-site reports.",
    ),
    (
        "nHo034",
        "en",
        "vet_booking_whatsapp",
        "Online booking with per-pet notes and WhatsApp reminders for vets and groomers",
        "Appointment platform for clinics: separate calendars for vets, assistants and groomers, vaccine, drug and "
        "allergy notes per pet, reminders sent with the pet's name, and a one-click break mode pausing new bookings "
        "for 2 hours during emergencies; 15-day free trial.",
    ),
    (
        "nHo035",
        "vi",
        "vet_recall_compliance",
        "Phân tích mức độ chủ nuôi phản hồi tin nhắc lịch của phòng khám",
        "Nhóm nghiên cứu phân tích dữ liệu phần mềm quản lý phòng khám: chủ nuôi phản hồi nhắc lịch tiêm phòng ít hơn "
        "khoảng 3 lần so với nhắc khám răng, xét nghiệm, tái khám và triệt sản; tư vấn chuyển sang nhắc khám sức khỏe "
        "định kỳ.",
    ),
    (
        "nHo036",
        "vi",
        "cho_dangky_chip",
        "Phần mềm đăng ký, kê khai chó mèo cấp xã phường",
        "Giải pháp số hóa việc đăng ký nuôi chó mèo với UBND cấp xã: kê khai định kỳ 2 lần/năm và trong 3 ngày khi nhập "
        "nuôi mới, liên kết số chip để quản lý phối giống, tiêm phòng, kiểm dịch vận chuyển.",
    ),
]

# --- shelters and strays, grooming salons, hygiene products ---
OFFERS += [
    (
        "nHo037",
        "en",
        "tnr_coastcat",
        "Trap-Neuter-Return programme for free-roaming cat colonies",
        "NGO programme design that traps community cats, sterilises and returns them, cutting fighting, spraying, "
        "roaming, disease spread and the yearly April–September kitten surge while keeping rodent control.",
    ),
    (
        "nHo038",
        "en",
        "tnr_grateful",
        "TNR coordination: trapping, spay/neuter, vaccination and return, kittens to adoption",
        "Rescue partner that links callers with TNR specialists: cats are humanely trapped, spayed or neutered and "
        "vaccinated, returned to their colony after recovery, while friendly cats and kittens go to adoption.",
    ),
    (
        "nHo039",
        "vi",
        "tnr_wormsgerms",
        "Theo dõi dịch bệnh và độ phủ vắc xin trong các đàn mèo TNR",
        "Chuyên gia thú y cộng đồng giúp chương trình bắt – triệt sản – thả lại mèo hoang theo dõi số cá thể sinh sản, "
        "tỷ lệ tiêm phòng và bệnh tật trong từng đàn, nhằm giảm dần quần thể và giảm chết do bệnh.",
    ),
    (
        "nHo040",
        "en",
        "spay_mobile_usa",
        "Mobile spay/neuter clinic units",
        "Vans, trucks or RVs retrofitted with surgery table and light, recovery cages, anaesthesia machine and "
        "autoclave, bringing affordable sterilisation to areas without a vet or to owners with many animals; a "
        "guidebook to mobile clinics is included.",
    ),
    (
        "nHo041",
        "vi",
        "spay_mobile_united",
        "Mô hình phòng khám lưu động triệt sản giá thấp cho vùng nông thôn",
        "Tư vấn bác sĩ tư nhân và nhóm cứu hộ vận hành xe lưu động ở những vùng gần như không có dịch vụ triệt sản, phối hợp với các đợt triệt sản tập trung, góp phần giải quyết khoảng 2,7 triệu ca phẫu thuật tồn đọng, nặng nhất ở nông thôn.",
    ),
    (
        "nHo042",
        "vi",
        "spay_mobile_qcsun",
        "Xe triệt sản lưu động giá thấp cho vùng nông thôn",
        "Tổ chức từ thiện vận hành xe phẫu thuật triệt sản chó mèo có bác sĩ và kỹ thuật viên: hơn 100 con trong một đợt "
        "hai ngày; chi phí 50 USD/con, chủ nuôi trả 20 USD, phần còn lại do hội cứu hộ và chính quyền đô thị hỗ trợ.",
    ),
    (
        "nHo043",
        "vi",
        "cho_tharong_hcm",
        "Tập huấn đội bắt chó thả rông cho quận huyện",
        "Chi cục Chăn nuôi và Thú y hướng dẫn thành lập đội phản ứng nhanh bắt chó thả rông, phối hợp với phường xã và "
        "lớp huấn luyện kỹ thuật bắt; mô hình áp dụng khi thành phố có khoảng 110.570 hộ nuôi gần 199.920 con chó.",
    ),
    (
        "nHo044",
        "vi",
        "cho_tharong_nuocngoai",
        "Tư vấn mô hình quản lý chó thả rông theo kinh nghiệm quốc tế",
        "Giới thiệu cách làm ở Anh, Mỹ, Đan Mạch, Canada: thẻ tên ghi thông tin chủ, gắn microchip bắt buộc từ 4/2016 "
        "và cơ sở dữ liệu tiêm phòng; so sánh với quy định trong nước (phạt 600.000–800.000 đồng, tiêu hủy sau 72 giờ "
        "nếu không có người nhận).",
    ),
    (
        "nHo045",
        "en",
        "shelter_flagler",
        "Animal shelter construction for disease control",
        "Consultant who designs shelters with intake holding pens for the first 3–5 days, small wards instead of large "
        "rooms, one cleaner per ward, a direct path from intake to quarantine and public routes that avoid touching "
        "animal after animal.",
    ),
    (
        "nHo046",
        "en",
        "shelter_hsus",
        "Shelter design manual and reference floor plans",
        "Planning package for animal care and control agencies: needs assessment before building, central and "
        "welcoming site, sample floor plans, and separate housing of cats and kittens to limit upper respiratory "
        "infections; advises hiring an architect experienced in shelters.",
    ),
    (
        "nHo047",
        "vi",
        "kennel_design",
        "Thiết kế chuồng trại cho trạm cứu hộ, chống ồn và đủ sáng",
        "Hướng dẫn thiết kế khu nuôi giữ chó mèo: tận dụng ánh sáng tự nhiên, có chỗ tối cho nghỉ, giảm tiếng ồn vì "
        "tiếng sủa có thể vượt 100 dB, hạn chế cửa chuồng kim loại và vòi xịt áp lực gây vang.",
    ),
    (
        "nHo048",
        "vi",
        "yen_travinh",
        "Chuyển giao mô hình nhà nuôi chim yến tại Trà Vinh",
        "Trung tâm ứng dụng tiến bộ KH&CN khảo sát, lập bản đồ vùng nuôi yến, thiết kế nhà yến mới và cải tạo nhà cũ; "
        "mô hình xây mới đạt 116 tổ, mô hình cải tạo đạt 112 tổ.",
    ),
    (
        "nHo049",
        "vi",
        "yen_gocong",
        "Kỹ thuật nhà nuôi yến lấy tổ vùng Gò Công",
        "Kinh nghiệm chọn hướng bay, xây nhà dẫn dụ chim yến làm tổ và khai thác tổ yến ở các huyện ven biển Gò Công.",
    ),
    (
        "nHo050",
        "en",
        "petbiz_tubs_2016",
        "Grooming tubs for salons: stainless, fibreglass, polypropylene and lift models",
        "Supplier guidance on choosing a plumbed-in grooming tub as a permanent installation: stainless steel for "
        "high-volume salons, bright fibreglass or polypropylene for self-wash shops, compact units for mobile groomers, "
        "moulded fibreglass tubs in stationary or lift versions, with financing.",
    ),
    (
        "nHo051",
        "en",
        "petage_bath",
        "Recirculating bathing systems and hair-trapping tub drains",
        "Fully welded 14-gauge stainless tubs with pump recess chambers for recirculating bathing systems that cut "
        "water and shampoo use by 75–90%, drains that trap hair to prevent clogs, ramps or lifts for big dogs and "
        "restraint points.",
    ),
    (
        "nHo052",
        "vi",
        "petbiz_tubs_2012",
        "Bồn tắm nâng hạ thủy lực và vòi sen cho tiệm grooming",
        "Bồn inox 304 hoặc composite nâng hạ bằng điện hoặc thủy lực, hạ sát sàn 8–14 inch, cửa trước để chó lớn bước "
        "vào, điều khiển cầm tay thay bàn đạp; kèm tư vấn vòi xịt, dây inox bện giúp thợ đỡ đau lưng.",
    ),
    (
        "nHo053",
        "en",
        "petbiz_dryers",
        "High-velocity force dryers and stand dryers for grooming salons",
        "Salon drying equipment: force dryers that blow water off the coat and help de-mat shedding breeds in the tub, "
        "plus stand dryers for finishing, with advice on matching dryers to coat types to save time and wear.",
    ),
    (
        "nHo054",
        "vi",
        "selfserve_dryer",
        "Máy sấy thổi lông không gia nhiệt cho trạm tắm chó tự phục vụ",
        "Lắp máy thổi lực mạnh chuyên cho thú cưng, nhiệt ở đầu thổi chỉ khoảng 32–38 °C nhờ nén khí và motor, không "
        "dùng điện trở đốt nóng để tránh sốc nhiệt; có hẹn giờ tự tắt, phù hợp khách tự tắm chó.",
    ),
    (
        "nHo055",
        "en",
        "brighton_hairtrap",
        "Hair trap installation and maintenance for pet salons",
        "Fitting of hair traps that collect and remove hair before it reaches the sewer, as required from beauty and "
        "pet salons by the municipal programme, with a simple cleaning and maintenance schedule.",
    ),
    (
        "nHo056",
        "en",
        "hook_salon_ro",
        "Compact reverse-osmosis water recycling unit for hair salons",
        "Patent-pending shampoo-sink unit for beauty salons, about 3,000 dollars plus plumbing, treating 50–60 gallons "
        "a day at 80–90% efficiency; could cut a salon's use from 1,000 to about 200 gallons a month.",
    ),
    (
        "nHo057",
        "en",
        "carwash_reclaim",
        "Car wash water reclaim system",
        "Multi-stage settling, cyclonic separation, filtration and ozone treatment that lets a car wash reuse 60–90% of "
        "its wash water.",
    ),
    (
        "nHo058",
        "en",
        "salon_septic",
        "Septic tank design for hair salons",
        "Sizing and material selection of septic tanks for hair salons handling hair clippings, dyes and shampoos, "
        "with pumping schedules, aerobic treatment units and constructed wetlands.",
    ),
    (
        "nHo059",
        "vi",
        "spa_nhipcau",
        "Đào tạo kỹ thuật viên spa thú cưng theo chuẩn Hàn Quốc",
        "Chủ spa từng học 2 năm tại Hàn Quốc mở lớp: kiểm tra sức khỏe, cắt móng, vệ sinh tai mắt mũi, cắt tỉa tạo "
        "kiểu, tắm bể sục pha dầu thơm, sấy lông, chải và gắn phụ kiện.",
    ),
    (
        "nHo060",
        "vi",
        "spa_vnexpress_tet",
        "Tư vấn vận hành spa thú cưng mùa cao điểm",
        "Hệ thống spa 3 chi nhánh chia sẻ cách tổ chức ca khi mỗi cơ sở nhận 50–70 lượt/ngày dịp Tết: ưu tiên khách "
        "mang thú đến trực tiếp, giới hạn 7–10 ca tạo kiểu khó mỗi ngày, bố trí 10 thợ cắt tỉa.",
    ),
    (
        "nHo061",
        "vi",
        "pet_hotel_plo",
        "Thiết kế và vận hành khách sạn thú cưng",
        "Mô hình phòng lưu trú chó mèo giá 200.000–450.000 đồng/ngày (phòng VIP có đồ chơi), dọn phòng và thay nước "
        "15 phút/lần, theo dõi sức khỏe thường xuyên và cách ly ngay thú có dấu hiệu bệnh.",
    ),
    (
        "nHo062",
        "en",
        "dog_shampoo_clipit",
        "Dog shampoo formulation with mild surfactants and canine pH",
        "Formulation service for groomers' shampoos: choosing surfactants (around 15% of the recipe) milder than SLS, "
        "balancing canine pH with stabilisers and preservatives, and limiting perfume given a dog's 300 million "
        "olfactory receptors.",
    ),
    (
        "nHo063",
        "vi",
        "organic_pet_shampoo_b2b",
        "Cung cấp sỉ dầu tắm thú cưng hữu cơ và dầu tắm khô",
        "Nhà phân phối dầu tắm tự nhiên không sulfate, paraben, hương liệu tổng hợp; có dòng khử mùi, giảm ngứa, dưỡng "
        "lông và dầu tắm khô không cần nước; bao bì tái chế, chứng nhận hữu cơ. Thị trường khoảng 500 triệu USD năm "
        "2023, tăng 7–9%/năm.",
    ),
    (
        "nHo064",
        "en",
        "tofu_litter_line",
        "Tofu cat litter production from soybean residue (okara)",
        "Process design and equipment for turning okara from tofu and soy-milk plants into clumping, biodegradable cat "
        "litter; the fibre and residual protein give absorption and clumping and year-round supply suits continuous "
        "production, reusing fertiliser-granulation know-how.",
    ),
    (
        "nHo065",
        "vi",
        "tofu_litter_china",
        "Dây chuyền đùn phồng làm cát mèo thực vật",
        "Thiết bị trọn bộ: ép tách nước bã đậu, khử trùng, nghiền và trộn với chất kết dính tinh bột, gôm guar, chất khử "
        "mùi; máy đùn trục vít đôi tạo sợi xốp, dao cắt hạt 1–3 cm, sấy băng lưới nhiệt thấp, làm nguội, sàng và đóng "
        "túi chống ẩm.",
    ),
    (
        "nHo066",
        "en",
        "tofu_litter_xinghong",
        "Tofu litter formulation with starch binder and tea-polyphenol deodoriser",
        "Recipe and process know-how: screened and dried soybean dregs with corn starch as natural binder, extruded "
        "strips cut into 5–8 mm pellets, secondary curing at 60–80 °C to cut dust, and optional tea polyphenols for "
        "odour.",
    ),
    (
        "nHo067",
        "en",
        "clay_vs_tofu_litter",
        "Bentonite clay litter line versus tofu litter workflow: planning study",
        "Comparison for manufacturers of sodium-bentonite clay litter processing and plant-based tofu litter "
        "production: raw material behaviour, equipment configuration and market positioning.",
    ),
    (
        "nHo068",
        "vi",
        "catlitter_upet",
        "Phân phối cát mèo đất sét bentonite và cát đậu phụ",
        "Cửa hàng phụ kiện phân phối hai dòng cát: đất sét bentonite hút ẩm nhanh, vón cục chắc, giá mềm; cát đậu phụ "
        "từ bã đậu, ít bụi, phân hủy sinh học, đổ được bồn cầu với lượng nhỏ.",
    ),
    (
        "nHo069",
        "vi",
        "catlitter_consen",
        "Tư vấn chọn cát vệ sinh mèo an toàn",
        "Tư vấn so sánh cát đất sét, cát đậu nành và cát gỗ theo độ an toàn, khả năng khử mùi và vón cục, cảnh báo cát "
        "đất sét giá rẻ không rõ nguồn gốc.",
    ),
    (
        "nHo070",
        "en",
        "enzyme_cleaner_xion",
        "Enzyme-based cleaner for pet urine odour",
        "Enzyme cleaning product that breaks down urine decomposing into ammonia and mercaptans, suited to bedding, "
        "carpet and sofas where cats or dogs mark outside the litter box.",
    ),
    (
        "nHo071",
        "en",
        "enzyme_kennel_wordcat",
        "Enzyme cleaning protocol for dog kennels and carpeted runs",
        "Bacterial-enzyme solution applied and kept damp long enough to break down urine in kennels, followed by steam "
        "cleaning of carpet fibres and soaking of pads where urine has penetrated.",
    ),
    (
        "nHo072",
        "vi",
        "enzyme_cleaner_ewash",
        "Chế phẩm enzyme phân hủy tinh thể axit uric khử mùi nước tiểu thú cưng",
        "Sản phẩm enzyme phân giải urê, axit uric và creatinin thành CO2 và nước, xử lý tận gốc mùi nước tiểu mèo, chó "
        "thay vì che mùi bằng hương liệu; không dùng chất tẩy gốc amoniac vì khiến thú quay lại tè chỗ cũ.",
    ),
]

# --- locally made pet food: kibble, fish by-products, wet food, treats ---
OFFERS += [
    (
        "nHo073",
        "en",
        "kibble_small_line",
        "Small-scale dry pet food line built around a reconditioned twin-screw extruder",
        "Consultancy and equipment sourcing for start-ups: a compact line with a second-hand twin-screw extruder for "
        "precise cooking and shaping of limited-ingredient dog food, avoiding the million-dollar industrial route.",
    ),
    (
        "nHo074",
        "vi",
        "kibble_extrusion_pfs",
        "Dây chuyền thức ăn hạt khô cho chó mèo: từ nghiền đến đóng bao",
        "Nhà cung cấp thiết bị trọn gói: nghiền, định lượng, trộn, điều hòa hơi nước trước đùn, máy đùn với khuôn và dao "
        "cắt theo cỡ hạt chó hoặc mèo, máy sấy đưa về độ ẩm đích, làm nguội, áo mỡ và chất dẫn dụ, đóng gói.",
    ),
    (
        "nHo075",
        "en",
        "kibble_dryer_line",
        "Multi-layer kibble dryer calibration and line troubleshooting",
        "Process engineers audit pet food lines for inconsistent kibble (too hard, too soft): fan and airflow balance "
        "across dryer belts (one case had 15% weaker bottom airflow), mixer, extruder and conveyor matching.",
    ),
    (
        "nHo076",
        "vi",
        "aquafeed_extruder",
        "Máy đùn thức ăn nổi cho cá và tôm",
        "Máy đùn ép thức ăn thủy sản dạng nổi, chìm chậm hoặc chìm; nhiệt trong máy đến 165 °C giúp hồ hóa tinh bột và "
        "khử trùng, độ ẩm thành phẩm 6–8% sau sấy.",
    ),
    (
        "nHo077",
        "en",
        "aquafeed_pellet",
        "Aquafeed pellet mill plants for floating and sinking fish feed",
        "Hammer-mill grinding, batch mixing, steam conditioning and pelleting line for fish and shrimp feed, with "
        "extrusion at 120–175 °C for about 30 seconds for floating pellets.",
    ),
    (
        "nHo078",
        "en",
        "fish_meal_petfood_jas",
        "Nutritional characterisation of fish by-products for pet food formulation",
        "Laboratory profiling of fish meals, pollock by-products and fish protein hydrolysates for dog diets: protein, "
        "fat, amino acids, biogenic amines and digestibility (lysine digestibility about 90.3%), plus palatability "
        "tests of salmon hydrolysate and salmon meal with bones.",
    ),
    (
        "nHo079",
        "en",
        "fish_hydrolysate_dogs",
        "Fish hydrolysate and fish oil from local fish waste as dog-food ingredients",
        "Research group transfers a formulation in which hydrolysate and oil recovered from fish waste replace imported "
        "shrimp hydrolysate and salmon oil in dry dog food without changing palatability or digestibility, while "
        "raising EPA and DHA intake; tested on 12 beagles over two 6-week periods.",
    ),
    (
        "nHo080",
        "vi",
        "tuna_head_hydrolysis",
        "Thủy phân đầu cá ngừ bằng enzyme thu protein và dầu cá",
        "Quy trình thủy phân đầu cá ngừ vây vàng với 0,5% Protamex, 45 °C, 120 phút, tỷ lệ nước/nguyên liệu 1:1: thu "
        "hồi 70,3% nitơ và 65,4% lipit; dịch đạm chứa 80% protein, 33,67% axit amin thiết yếu; dầu giàu omega-3 (DHA "
        "14,56%).",
    ),
    (
        "nHo081",
        "en",
        "fph_review",
        "Fish protein hydrolysates for functional food, pet wellness, aquaculture and biostimulants",
        "Review-based advisory on producing hydrolysates from by-catch and under-used fish and placing them in human "
        "functional food, pet wellness products, aquafeed and plant biostimulants, within a circular-economy model.",
    ),
    (
        "nHo082",
        "en",
        "sdap_fish_chunks",
        "Spray-dried plasma binder for fish by-product chunks in canned pet food",
        "Ingredient supplier shows that adding spray-dried animal plasma to chunk recipes with 35% mixed salmon and "
        "tuna by-products improves hardness, springiness, cohesiveness, chewiness and juiciness of chunks in gravy.",
    ),
    (
        "nHo083",
        "en",
        "retort_pouch_pet",
        "Retort pouches for wet pet food",
        "Multi-layer pouches (PET or nylon outer, aluminium foil or EVOH barrier, CPP or PE seal layer) that withstand "
        "high-temperature, high-pressure sterilisation of pâtés, gravies, stews and mousse, lighter than cans and "
        "faster to heat through.",
    ),
    (
        "nHo084",
        "vi",
        "canned_sterilization",
        "Tư vấn quy trình tiệt trùng retort cho pate và đồ hộp cho mèo",
        "Chuyên gia công nghệ thực phẩm hướng dẫn đạt vô trùng thương mại bằng nồi retort (nhiệt và áp suất) sau khi ghép "
        "kín lon, tiêu diệt bào tử Clostridium botulinum; giải thích vì sao nồi áp suất gia đình không đạt yêu cầu.",
    ),
    (
        "nHo085",
        "en",
        "canned_process_frl",
        "Canned pet food process development",
        "Food research lab develops canned pet food processes: mixing and grinding ingredients into a uniform slurry, "
        "cooking, filling and sealing lids under steam to leave an oxygen-free headspace, ready for retorting.",
    ),
    (
        "nHo086",
        "vi",
        "pate_forpet",
        "Pate cho mèo bán lẻ và hướng dẫn cho ăn",
        "Cửa hàng thú cưng bán pate thịt gà, cá, bò cho mèo và tư vấn chủ nuôi khi nào nên cho ăn pate, cách phối với "
        "hạt khô cho mèo con, mèo già, mèo kén ăn.",
    ),
    (
        "nHo087",
        "vi",
        "pate_storage_mochi",
        "Hướng dẫn bảo quản pate cho chó tại nhà",
        "Bài hướng dẫn chủ nuôi bảo quản pate đã mở nắp để tránh Salmonella, E. coli, Clostridium perfringens gây tiêu "
        "chảy, nôn cho chó.",
    ),
    (
        "nHo088",
        "en",
        "pollock_skin_treats",
        "Dog treats from fish-processing skins",
        "University researcher's method converting previously wasted pollock skins into dog treats; the first 500 "
        "pounds were taste-tested with dogs around a fishing town, aimed at a 23-billion-dollar pet food market.",
    ),
    (
        "nHo089",
        "en",
        "cod_skin_treats",
        "Dehydrated fish-skin dog chews (supply)",
        "Supplier of scale-reduced dehydrated cod skins as dog chews, rich in collagen; skins are 4–7% of fish weight, "
        "with chews sized to the dog and chewing style.",
    ),
    (
        "nHo090",
        "en",
        "treat_dehydrator_safety",
        "Commercial dehydrators for pet treats with food-safety guidance",
        "Dehydrator maker supplies equipment and guidance on sourcing meat, drying and storing pet treats under FDA "
        "rules that require animal foods to be safe, sanitary and truthfully labelled.",
    ),
    (
        "nHo091",
        "vi",
        "treat_drying_risks",
        "Tư vấn sấy bánh thưởng cho chó đều ẩm, không mốc",
        "Hướng dẫn cắt miếng đều cỡ, xếp thưa, đảo khay, kiểm tra điểm còn ẩm để tránh mốc và hao dinh dưỡng khi sấy "
        "treat cho chó; cảnh báo sấy nhiệt cao làm mất vitamin A, C.",
    ),
    (
        "nHo092",
        "vi",
        "chitosan_cantho",
        "Thu hồi caroten-protein trong quy trình sản xuất chitin, chitosan từ phế liệu tôm",
        "Tổng quan phương pháp hóa học và sinh học tách caroten-protein và khoáng (Ca, P, K, Mg, Mn, Fe) từ đầu, vỏ tôm "
        "(25–40% khối lượng nguyên liệu) khi sản xuất chitin, dùng cho thức ăn thủy sản, thực phẩm, dược và mỹ phẩm.",
    ),
    (
        "nHo093",
        "vi",
        "chitosan_lowmw",
        "Chitosan khối lượng phân tử thấp từ xác tôm mịn",
        "Quy trình khử protein (NaOH 2%), khử khoáng (HCl 1%), khử màu và deacetyl hóa (NaOH 50%, 80 °C, 24 giờ) xác "
        "tôm mịn chứa 60–68% chitin, cho chitosan dùng trong nông nghiệp.",
    ),
    (
        "nHo094",
        "vi",
        "coconut_prebiotic",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện nghiên cứu dầu và cây có dầu sản xuất thử chất tiền sinh từ bã cơm dừa (khoảng 1.000 tấn/năm từ một nhà "
        "máy sữa dừa ở Bến Tre) để bổ sung thức ăn gia súc.",
    ),
    (
        "nHo095",
        "vi",
        "fish_feed_materials",
        "Cung cấp nguyên liệu thức ăn thủy sản: bột cá, dịch cá, bột gan mực",
        "Doanh nghiệp cung cấp bột cá, dịch cá, cá thủy phân, bột giáp xác, bột nhuyễn thể, bột gan mực cùng bột xương, "
        "bột huyết, ngô, tấm, cám gạo cho nhà máy thức ăn chăn nuôi và thủy sản.",
    ),
    (
        "nHo096",
        "vi",
        "fruit_cold_dryer",
        "Máy sấy lạnh trái cây giữ màu và hương",
        "Hệ thống sấy lạnh dùng máy nén và dàn bay hơi, sấy ở 10–50 °C đến độ ẩm 5–10%, giữ xoài sấy vàng tươi, dẻo.",
    ),
    (
        "nHo097",
        "vi",
        "nongsan_say",
        "Thiết bị sấy nông sản bằng năng lượng mặt trời và đối lưu",
        "Tài liệu và thiết kế máy sấy nông sản: sấy đối lưu, bức xạ, tiếp xúc, thăng hoa và các kiểu sấy năng lượng mặt "
        "trời trực tiếp, gián tiếp.",
    ),
    (
        "nHo098",
        "vi",
        "chitin_effluent",
        "Xử lý dòng thải sản xuất chitin",
        "Nhóm Đại học Bách khoa phân tích pH, COD, TKN, TP, TSS, Ca của dòng thải sản xuất chitin theo phương pháp hóa "
        "học truyền thống và hóa – sinh cải tiến tại một công ty thủy sản.",
    ),
    (
        "nHo099",
        "vi",
        "duck_feed_mix",
        "Thiết kế công thức phối trộn thức ăn cho vịt",
        "Hướng dẫn chọn thức ăn phối hợp toàn giá trị, thức ăn đậm đặc (15–50% khẩu phần) và premix khoáng, vitamin "
        "(0,5–10%) cho vịt đẻ.",
    ),
]

# --- ornamental fish: breeding, export, live feed, koi and aquarium water, arowana ---
OFFERS += [
    (
        "nHo100",
        "vi",
        "guppy_longan",
        "Chuyển giao kỹ thuật bảo tồn, nhân giống và lai tạo dòng cá bảy màu",
        "Chủ trại cá bảy màu chất lượng cao ở Bến Lức (Long An), từng dự thi trong và ngoài nước, hướng dẫn chọn cá bố "
        "mẹ theo đặc tính từng dòng, thức ăn và nguồn nước phù hợp, theo dõi tỉ mỉ quá trình lai để tạo dòng mới.",
    ),
    (
        "nHo101",
        "vi",
        "guppy_farm_shopone",
        "Thiết kế trại cá bảy màu chuyên nghiệp",
        "Tư vấn chọn vị trí, hệ bể nuôi, quản lý nước và chu trình nitơ, chọn lọc giống và quản lý di truyền, dinh dưỡng "
        "theo giai đoạn, ép đẻ và chăm cá bột, hồ cách ly kiểm dịch, ghi chép hiệu suất sinh sản, đóng gói vận chuyển và "
        "xây kênh bán.",
    ),
    (
        "nHo102",
        "en",
        "betta_cantho",
        "Low-capital betta breeding model from a Mekong Delta breeder",
        "A Can Tho breeder who started in 2017 with 5 million dong for quality broodstock, plastic tanks and cement "
        "ponds shares his crossing and rearing method after visiting farms at home and abroad; betta farming now earns "
        "him about 30 million dong a month.",
    ),
    (
        "nHo103",
        "vi",
        "betta_biology",
        "Hướng dẫn sinh học và sinh sản cá betta",
        "Tài liệu kỹ thuật cá xiêm (Betta splendens): dài 5–7,5 cm, nước 24–30 °C, độ cứng 5–20 dH, pH 6,0–8,0, ăn tạp, "
        "đẻ trứng, dễ sinh sản; phân biệt các dòng lai tạp giao và nguồn gốc lia thia đồng, lia thia xiêm.",
    ),
    (
        "nHo104",
        "en",
        "redhill_betta_facility",
        "Concrete-tank rearing facility design for betta farms",
        "Layout advice from Singapore fighting-strain farms: square or rectangular concrete tanks as standard, earthen "
        "ponds or fibreglass and styrofoam tanks as alternatives, and conversion of existing guppy farms without "
        "changes.",
    ),
    (
        "nHo105",
        "en",
        "betta_auction_nation",
        "Selling show bettas through online auction groups",
        "Bangkok breeder shows how he turned a hobby into a full-time business in six or seven months by auctioning "
        "fish in online groups, one fish opening at 1 baht and selling for 4,800 baht.",
    ),
    (
        "nHo106",
        "vi",
        "cuchi_export_farm",
        "Tư vấn sản xuất và xuất khẩu cá cảnh",
        "Công ty sinh vật cảnh ở Củ Chi nuôi hơn 100 loài, hơn 20 lao động, chủ lực cá dĩa, neon vua, sóc đầu đỏ; chia "
        "sẻ kinh nghiệm học nghề ở các nước mạnh về cá cảnh và xây doanh nghiệp xuất khẩu.",
    ),
    (
        "nHo107",
        "en",
        "fish_packing_lim",
        "Packaging technology for air freight of ornamental fish",
        "Closed-system packing in sealed polyethylene bags filled with water over-saturated with oxygen, square-bottom "
        "or seamed bags, aimed at higher loading densities and post-shipment survival, since freight can cost more "
        "than the fish on Asia–USA routes.",
    ),
    (
        "nHo108",
        "en",
        "fish_shipping_ufl",
        "Pre-shipment holding and health checks for ornamental fish",
        "Extension protocol: hold harvested fish for several days so guts clear, inspect for ragged fins, ulcers and "
        "fungus, biopsy gill, skin and fin for parasites, and reduce handling stress before bagging.",
    ),
    (
        "nHo109",
        "vi",
        "fish_shipping_ctsa",
        "Sổ tay thực hành vận chuyển cá cảnh cho trại nuôi",
        "Tài liệu 25 trang của trung tâm nuôi trồng thủy sản nhiệt đới: chi phí cước, mật độ đóng gói, nước và oxy, thùng chứa và giấy tờ cho trại gửi cá cảnh sống.",
    ),
    (
        "nHo110",
        "vi",
        "fish_ship_aquariacentral",
        "Quy trình đóng gói cá sống gửi đi xa",
        "Hướng dẫn: chỉ gửi cá khỏe đã nhịn ăn 2–4 ngày; pha muối 1–5 phần nghìn để giảm sốc thẩm thấu; có thể thêm "
        "zeolite, than hoạt tính; túi 1/3 nước, 2/3 oxy nguyên chất, hai lớp túi; đặt trong thùng xốp với túi nóng hoặc "
        "túi lạnh.",
    ),
    (
        "nHo111",
        "en",
        "moina_ufl",
        "Moina culture for feeding freshwater fish fry",
        "Culture technique for Moina, the small water flea ideal as first food for fry: adults 700–1,000 µm, larger than "
        "newly hatched brine shrimp (about 500 µm), which die quickly in freshwater; grading through 500-micron mesh "
        "fragments them.",
    ),
    (
        "nHo112",
        "vi",
        "daphnia_moina_hydralife",
        "Cung cấp giống và quy trình nuôi Daphnia, Moina làm thức ăn sống cho cá bột",
        "Cung cấp giống bọ nước Daphnia và Moina giàu đạm, dễ tiêu, kích thích bản năng săn mồi của cá bột, cá hương; "
        "hướng dẫn nuôi sinh khối tại trại.",
    ),
    (
        "nHo113",
        "vi",
        "lahan_sex_reversal",
        "Tạo đàn cá la hán toàn đực bằng hormone 17α-methyltestosterone",
        "Quy trình chuyển đổi giới tính cá la hán: trộn MT 60 mg/kg thức ăn trong 21 ngày đạt 100% đực, sống 74,07%; "
        "hoặc ngâm 5 ppm trong 76 giờ đạt 100% đực, sống 83,33%, tăng trưởng 0,61 mm/ngày.",
    ),
    (
        "nHo114",
        "vi",
        "chotsoc_seed",
        "Sản xuất giống cá chốt sọc",
        "Kích thích sinh sản cá chốt sọc bằng LH-RHa 120–140 µg + 10 mg DOM/kg cá cái, tỷ lệ đẻ 100%, sức sinh sản "
        "210.500–231.700 trứng/kg, tỷ lệ sống cá giống 20–25%.",
    ),
    (
        "nHo115",
        "vi",
        "tra_nursery_angiang",
        "Kỹ thuật ương giống cá tra trong ao",
        "Khuyến cáo mật độ ương, ao lắng lọc, quản lý bùn đáy và nước thải ao ương cá tra giống ở An Giang.",
    ),
    (
        "nHo116",
        "vi",
        "prawn_larvae_probiotic",
        "Chế phẩm sinh học ương ấu trùng tôm càng xanh nước trong",
        "Kết hợp hai chế phẩm vi sinh trong bể ương tôm càng xanh cho tỷ lệ sống 75,3%, giảm Vibrio, ổn định môi trường.",
    ),
    (
        "nHo117",
        "en",
        "koi_quarantine_simi",
        "Quarantine protocol set-up for imported koi",
        "Dealer-tested procedure: a cleaned, salted tank for each breeder's fish, bags floated 30–60 minutes to match "
        "temperature, dirty bag water kept out, koi clay added to calm fish, 3–4 days' rest without food or water "
        "changes, then sampling for parasites.",
    ),
    (
        "nHo118",
        "en",
        "koi_khv_select",
        "KHV screening in isolated quarantine ponds",
        "Each breeder's koi held at least 30 days in a pond with its own filtration; water raised to about 75 °F to "
        "provoke koi herpesvirus; any positive pond is culled, disinfected with bleach and the breeder notified; the "
        "same process repeats at the shop.",
    ),
    (
        "nHo119",
        "en",
        "koi_khv_lincs",
        "Koi health diagnostics including KHV assessment",
        "Fish health service assessing sick koi: behaviour, gill haemorrhage or necrosis, skin changes, and water tests "
        "for ammonia and nitrite before any treatment; outbreaks are triggered at 18–27 °C and can take 12–14 days.",
    ),
    (
        "nHo120",
        "en",
        "koi_qt_tank_simi",
        "Low-cost quarantine tank with a 55-gallon drum trickle filter",
        "Build guide for a garage quarantine set-up: collapsible show tank or farm-store water tank, 55-gallon drum "
        "trickle filter with pads or spiral PVC media, 500–1,000 gph pump, netting cover, mid-70s °F for 6–8 weeks with "
        "a 'buddy' fish from the main pond.",
    ),
    (
        "nHo121",
        "en",
        "koi_khv_pnkca",
        "Quarantine protocol against KHV for koi clubs",
        "Koi club guidance: the old 3-month quarantine at 72–78 °F with a pond companion is no longer enough against a "
        "temperature-dependent carp virus; sets out a stricter protocol for new fish.",
    ),
    (
        "nHo122",
        "en",
        "koi_khv_nishikigoi",
        "KHV risk reduction for koi keepers and dealers",
        "Advice drawn from 20 years of koi herpesvirus (Israel and Germany 1998, Japan 2003, now in at least 28 "
        "countries): buy from health-certified farms that do not mix breeders' fish, avoid shared show water and "
        "quarantine every purchase, as tests are not fool-proof.",
    ),
    (
        "nHo123",
        "vi",
        "koi_filter_tgcc",
        "Thiết kế hệ thống lọc hồ cá koi đơn giản",
        "Tư vấn bộ lọc cho hồ koi xây bê tông hoặc lát gạch, nơi phân và thức ăn thừa không tự phân hủy: ngăn lắng, lọc "
        "cơ học, lọc sinh học, bơm tuần hoàn.",
    ),
    (
        "nHo124",
        "vi",
        "koi_filter_media",
        "Vật liệu lọc hồ koi: chổi lọc, J-Mat, sứ lọc",
        "Cung cấp vật liệu theo ba giai đoạn: lọc thô bằng chổi cước và tấm J-Mat không keo giữ phân, thức ăn thừa; lọc "
        "tinh và lọc sinh học bằng sứ thanh, sứ củ sen diện tích bề mặt lớn để vi sinh chuyển NH3, NO2 thành NO3.",
    ),
    (
        "nHo125",
        "vi",
        "koi_filter_cayplus",
        "Thi công lọc thùng áp suất, bơm đáy và đèn UV cho hồ koi",
        "Mô hình lọc: bơm chìm đáy hồ hút nước và cặn vào thùng lọc áp suất đặt ngoài hồ (mút lọc thô, bi vi sinh), qua "
        "đèn UV diệt khuẩn rồi trở lại hồ bằng thác nước; có thể ngụy trang bằng hòn non bộ.",
    ),
    (
        "nHo126",
        "vi",
        "koi_filter_baba",
        "Thiết bị lọc nước và duy trì cân bằng sinh học hồ koi",
        "Cung cấp, lắp đặt, bảo trì thiết bị lọc hồ koi; cảnh báo amoniac trên 0,02 mg/L gây tổn thương mang và khoảng "
        "70% bệnh koi xuất phát từ nước không đạt.",
    ),
    (
        "nHo127",
        "en",
        "aquarium_testkits",
        "Aquarium water test kits for ammonia, nitrite, nitrate and pH",
        "Individual and master test kits for freshwater and marine tanks, also for calcium hardness, phosphate, copper "
        "and alkalinity, with guidance: 25–30% water change when nitrate climbs, never pour reagents back into the tank.",
    ),
    (
        "nHo128",
        "en",
        "aquarium_biofilter_cycle",
        "Biofilter start-up service for new aquaria",
        "Cycling new tanks over 3–8 weeks so nitrifying bacteria establish before fish are added, with practical steps "
        "to prevent 'new tank syndrome': enough surface area, oxygen and water flow through the filter.",
    ),
    (
        "nHo129",
        "en",
        "nitrogen_cycle_tff",
        "Biological and chemical filtration advice for aquaria",
        "Guidance on managing the nitrogen cycle with biological filters and chemical media, noting that ammonia grows "
        "more toxic as pH and temperature rise and that poor water quality drives fungus, fin rot and white spot.",
    ),
    (
        "nHo130",
        "vi",
        "filter_media_cancauca",
        "Vật liệu lọc cho hồ cá cảnh",
        "Cửa hàng cung cấp và hướng dẫn sắp xếp vật liệu lọc (bông lọc, sứ, than, bi) để nước trong, hết mùi, xử lý "
        "amoniac, nitrit và ổn định pH cho hồ cá cảnh.",
    ),
    (
        "nHo131",
        "vi",
        "shrimp_pond_monitor",
        "Hệ thống giám sát tự động pH, oxy hòa tan, độ mặn cho ao tôm",
        "Một trạm đo với 3 cảm biến pH, DO, độ mặn, bơm mẫu lần lượt từ 3 ao nuôi tôm, gửi dữ liệu lên điện thoại và "
        "nhắn tin cảnh báo khi vượt ngưỡng.",
    ),
    (
        "nHo132",
        "en",
        "shrimp_pond_ctu",
        "Central multi-point water monitoring station for shrimp ponds",
        "University design pumping water from several points of a shrimp pond to one station measuring salinity, "
        "temperature, oxygen, pH, NO2, NH3 and H2S, uploading data to the cloud; NH3 above 1 mg/l can kill shrimp.",
    ),
    (
        "nHo133",
        "vi",
        "do_sensor_lasi",
        "Cảm biến đo oxy hòa tan thời gian thực cho ao nuôi thủy sản",
        "Cảm biến DO đặt trong ao đo liên tục, truyền dữ liệu qua internet và cảnh báo khi oxy giảm, nhất là ban đêm "
        "khi tảo ngừng quang hợp.",
    ),
    (
        "nHo134",
        "en",
        "arowana_cites_farms",
        "CITES-registered Asian arowana breeding with certificates and microchips",
        "Captive-bred Asian arowana from CITES-registered farms (at least two generations in captivity since the 1989 "
        "rule), each sold with a serial-numbered certificate of authenticity and an implanted PIT microchip.",
    ),
    (
        "nHo135",
        "en",
        "arowana_import_steps",
        "Arowana export paperwork and shipping service",
        "Farm handles the chain: purchase order, invoice and payment, certificate of origin from the local authority, "
        "CITES export permit, faxed documents and microchip tag numbers to the buyer, shipping and tracking.",
    ),
    (
        "nHo136",
        "vi",
        "arowana_tagging_my",
        "Dịch vụ cấy chip định danh cho cá rồng",
        "Cấy chip dài khoảng 1 cm bằng ống tiêm vào cá rồng dài 10–15 cm, mỗi con dưới 5 phút, chip không pin đọc bằng "
        "máy quét như thẻ từ; giá khoảng 15 ringgit/chip, đáp ứng yêu cầu CITES khi xuất nhập khẩu.",
    ),
]

# --- birds and songbird keeping ---
OFFERS += [
    (
        "nHo137",
        "vi",
        "chaomao_danang",
        "Tài liệu kỹ thuật nuôi chim cảnh: chào mào",
        "Trung tâm Thông tin KH&CN cung cấp chuyên đề kinh nghiệm nuôi chim cảnh: phân loại, kiểu dáng, tập tính và "
        "thức ăn của chim chào mào (Pycnonotus jocosus), loài ăn trái cây và côn trùng nhỏ.",
    ),
    (
        "nHo138",
        "vi",
        "chaomao_wikifarm",
        "Chọn giống và nuôi chào mào thi đấu",
        "Hướng dẫn chọn chim chào mào thi hót theo mào, mỏ, yếm, lông, chân, đuôi; tuổi thọ khoảng 11 năm, chăm tốt có "
        "thể 15–16 năm; chim dài khoảng 20 cm, mào khoảng 2 cm.",
    ),
    (
        "nHo139",
        "vi",
        "khuyen_cam",
        "Công thức cám đậu xanh trứng gà và quy trình thuần chim khuyên",
        "Hướng dẫn vào cám: chuối bóp với cám đậu xanh trứng gà, thêm sâu, châu chấu non, giảm dần trong khoảng 10 ngày; "
        "sau 13 ngày chim ăn cám ổn định; lồng đáy 21 cm, cao 35 cm, 48–50 nan; thuần thêm 15 ngày.",
    ),
    (
        "nHo140",
        "vi",
        "chaomao_care",
        "Cám và khẩu phần trái cây cho chim chào mào",
        "Cung cấp cám chim chào mào làm sẵn và tư vấn khẩu phần chuối, đu đủ, dâu tây, xoài, táo, côn trùng; lưu ý thức "
        "ăn nóng khi chim thay lông làm lông mọc chậm, sai màu; lịch tắm nắng, tắm nước.",
    ),
    (
        "nHo141",
        "en",
        "end_cage_birds",
        "Exotic Newcastle disease biosecurity for cage and aviary birds",
        "Extension poultry veterinarian's guidance for aviaries and bird shops: the paramyxovirus spreads via faeces, "
        "secretions, aerosols and contaminated equipment, incubates up to 17 days and some birds shed it without signs; "
        "a 1980 outbreak in cage birds cost over 1 million dollars.",
    ),
    (
        "nHo142",
        "en",
        "aviary_screening",
        "Screening and quarantine protocol for introducing new birds",
        "Avian veterinarian's standard procedure for bringing new birds into a collection: sourcing from low-risk "
        "origins, isolation and screening before joining the aviary.",
    ),
    (
        "nHo143",
        "en",
        "pet_birds_diseases",
        "Pet bird management and common diseases",
        "Veterinary guide for canaries, finches, mynahs and parrots: housing, feeding and the common infectious and "
        "nutritional diseases of cage birds, noting that caging native wild birds may be illegal.",
    ),
    (
        "nHo144",
        "en",
        "canary_light_cycle",
        "Light-cycle and moult management for singing canaries",
        "Avian care advice: males sing during the shorter days of autumn and winter and often stop while growing new "
        "feathers in the long days of summer; good singing types include waterslager, German roller and American "
        "singer.",
    ),
    (
        "nHo145",
        "en",
        "parrot_incubation_superb",
        "Artificial incubation parameters for parrot eggs",
        "Husbandry manual: incubate at 37.2 °C (±0.2) and about 55% relative humidity, aim for 16% egg mass loss over "
        "incubation, raise humidity to about 75% three days before hatch; external pip usually 24–48 hours after "
        "internal pip.",
    ),
    (
        "nHo146",
        "en",
        "parrot_incubator_silva",
        "Choosing incubators for parrot breeders and pulling first clutches",
        "Aviculturist advice on when to incubate artificially (poor parents, egg breakers, bad weather, thin or cracked "
        "shells) and on boosting output by taking the first clutch, as with Amazon parrots laying a second clutch.",
    ),
]

# --- online selling and shipping of live animals ---
OFFERS += [
    (
        "nHo147",
        "en",
        "live_animal_ship_legal",
        "Compliance guidance for shipping live animals",
        "Legal advisory on carrier, federal and IATA Live Animals Regulations: which animals carriers accept (fish, "
        "non-venomous reptiles, amphibians, insects), container standards and the penalties for non-compliance.",
    ),
    (
        "nHo148",
        "en",
        "live_animal_ship_assured",
        "Live animal air freight forwarding under IATA and CITES",
        "Forwarder plans shipments by species, age, sex, feeding and medical history, checks route weather and delays, "
        "obtains veterinary documents, declarations and permits, and refuses unfit animals with open wounds.",
    ),
    (
        "nHo149",
        "vi",
        "live_animal_ship_ground_air",
        "Vận chuyển thú cưng bằng xe có điều hòa và hàng không",
        "Công ty vận chuyển thú cưng tận nơi bằng xe điều hòa, có điểm dừng cho ăn, uống, vận động; hoặc gửi hàng không trong khoang điều áp với lồng đúng kích cỡ IATA.",
    ),
    (
        "nHo150",
        "en",
        "pet_ship_rules_dot",
        "Air-shipping readiness for puppies and kittens",
        "Checklist service: animals at least 8 weeks old and weaned 5 days, approved ventilated containers, food every "
        "24 hours and water every 12 hours, extra feeding for under-16-week animals on trips over 12 hours, no "
        "exposure below 45 °F without a vet certificate.",
    ),
    (
        "nHo151",
        "vi",
        "champets_shipping",
        "Dịch vụ giao thú cưng và phụ kiện toàn quốc",
        "Cửa hàng thú cưng giao chó mèo toàn quốc bằng đường bộ, đường sắt hoặc máy bay, 1–3 ngày làm việc cho ngoại tỉnh, "
        "phí tính theo loại hàng và địa chỉ, ưu tiên sức khỏe và tinh thần của thú trong suốt hành trình.",
    ),
    (
        "nHo152",
        "vi",
        "ptn_pet_export",
        "Dịch vụ vận chuyển thú cưng đi Mỹ",
        "Công ty logistics lo trọn hồ sơ, chứng nhận, kiểm dịch và thủ tục hải quan cho chó mèo bay đi Mỹ, giảm rủi ro bị "
        "từ chối nhập cảnh hay cách ly kéo dài; tư vấn chống stress và thay đổi áp suất trên chuyến bay dài.",
    ),
    (
        "nHo153",
        "en",
        "cattle_us_tableland",
        "Cattle pregnancy diagnosis by rectal palpation and ultrasound",
        "Rural vet practice pregnancy-tests beef herds from 35 days of gestation by manual palpation or rectal "
        "ultrasound and ages fetuses, often combined with other on-property services.",
    ),
    (
        "nHo154",
        "en",
        "carwash_filtration_vs_reclaim",
        "Water filtration versus reclamation systems for car washes",
        "Consultant compares filtration for discharge with closed-loop reclamation for car washes using 30 to over 100 "
        "gallons per vehicle, to cut utility bills.",
    ),
]
