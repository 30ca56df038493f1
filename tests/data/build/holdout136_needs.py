"""Needs of the holdout136 labelled set (pet shops, pet clinics, grooming, ornamental fish), with judgements.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant or an adjacent step, unlisted = not relevant. Every need paraphrases the public page under its source key
in holdout136_sources.py. Almost all of those pages describe another place (Hanoi, Ho Chi Minh City, Can Tho,
Long An, Ha Tinh, Dak Lak, or other countries); the need is nevertheless set in Tra Vinh / Vinh Long and keeps the
page's figures. Six Vietnamese needs are typed without accents, as on a phone, and are still marked "vi".
No need shares its page with one of its grade-2 offers.
"""

NEEDS = []

# --- small-animal clinics ---
NEEDS += [
    (
        "nHn01",
        "vi",
        "imaging_elmpoint",
        "Phòng khám thú y ở TP Trà Vinh cần đầu tư X-quang và siêu âm cho chó mèo",
        "Phòng khám chúng tôi ở phường 1, TP Trà Vinh hiện chỉ dựa vào khám lâm sàng, phải gửi ca nghi dị vật, khối u, "
        "bệnh tim lên TP.HCM. Cần máy X-quang và máy siêu âm để nhìn vào bên trong cơ thể chó mèo, xác nhận chẩn đoán, "
        "ghi lại diễn tiến bệnh và theo dõi đáp ứng điều trị, kèm hướng dẫn sử dụng cho bác sĩ.",
        {"nHo001": 2, "nHo002": 2, "nHo007": 2, "nHo004": 1, "nHo005": 1, "nHo006": 1},
    ),
    (
        "nHn02",
        "en",
        "familyfriends_imaging",
        "Vĩnh Long clinic that only has X-ray needs ultrasound for soft-tissue masses and foreign bodies",
        "Our small-animal clinic in Vĩnh Long city takes low-dose digital X-rays, but fluid versus soft-tissue masses, "
        "swallowed foreign bodies and bladder problems are hard to tell apart on film. We need ultrasound capability "
        "(equipment or a visiting service) and, for rare cases, a route to CT interpretation.",
        {"nHo002": 2, "nHo007": 2, "nHo006": 1, "nHo003": 1},
    ),
    (
        "nHn03",
        "vi",
        "us_pregnancy_bestfriends",
        "Trại chó giống ở Long Hồ cần siêu âm chẩn đoán thai và khám khớp",
        "Trại chó giống của chúng tôi ở huyện Long Hồ (Vĩnh Long) cần siêu âm để xác định chó mẹ có thai, kiểm tra gân, "
        "khớp gối của chó bố mẹ và khám vùng bụng, ngực sau khi đã xét nghiệm máu, chụp phim; mèo và chó dễ hoảng có "
        "thể cần an thần.",
        {"nHo002": 2, "nHo007": 2, "nHo001": 1, "nHo003": 1, "nHo004": 1},
    ),
    (
        "nHn04",
        "en",
        "vet4you_xray_us",
        "Specialist second opinion on X-ray and ultrasound images for a clinic in Trà Ôn",
        "We are a two-vet practice in Trà Ôn district (Vĩnh Long). We take our own radiographs and ultrasound scans, but "
        "difficult images need a specialist's consultation and referral currently takes several days. We are looking "
        "for a remote reading service for X-ray, ultrasound and occasional CT studies.",
        {"nHo006": 2, "nHo004": 1, "nHo003": 1},
    ),
    (
        "nHn05",
        "vi",
        "vet4you_xray_us",
        "An toàn bức xạ cho phòng X-quang mới của phòng khám thú y",
        "Phòng khám ở TP Vĩnh Long sắp lắp máy X-quang; khi chụp, hai kỹ thuật viên phải giữ con vật và đôi khi chủ nuôi "
        "đứng cạnh. Chúng tôi cần thiết kế phòng chụp riêng, đo suất liều trong khu vực phòng khám và theo dõi liều cá "
        "nhân cho nhân viên.",
        {"nHo005": 2, "nHo001": 1},
    ),
    (
        "nHn06",
        "en",
        "headon_us_xray",
        "Echocardiography and ultrasound-guided biopsy training for vets in Vĩnh Long",
        "Our hospital in Vĩnh Long already owns an ultrasound unit and digital radiography. Our vets can scan the "
        "abdomen but not assess heart disease or take biopsies under ultrasound guidance, so cases still end in "
        "exploratory surgery. We need hands-on training.",
        {"nHo003": 2, "nHo002": 1, "nHo004": 1},
    ),
    (
        "nHn07",
        "vi",
        "parvo_hanoi",
        "Phòng khám ở Càng Long cần test nhanh và quy trình chẩn đoán Parvo cho chó con",
        "Mùa mưa phòng khám ở huyện Càng Long (Trà Vinh) nhận nhiều chó con 2–4 tháng tuổi nôn, tiêu chảy ra máu, chết "
        "nhanh, chủ yếu chó chưa tiêm phòng. Cần bộ kit test nhanh Parvovirus và quy trình khám, điều tra dịch tễ để "
        "chẩn đoán sớm.",
        {"nHo010": 2, "nHo011": 2, "nHo014": 1, "nHo015": 1},
    ),
    (
        "nHn08",
        "en",
        "inhouse_lab_2ndchance",
        "In-house blood analysers for a clinic in Trà Vinh that now waits days for results",
        "We send blood samples from Trà Vinh city to a laboratory in Ho Chi Minh City and wait days for results. For "
        "emergencies and pre-surgery checks we want our own chemistry and blood-count machines, but we worry about "
        "keeping them accurate with a busy staff, so quality control advice is needed too.",
        {"nHo013": 2, "nHo014": 2, "nHo015": 2, "nHo012": 1},
    ),
    (
        "nHn09",
        "en",
        "ksd_mau_thunuoi_blog",
        "Testing dogs for tick-borne blood parasites in Duyên Hải",
        "Dogs in coastal Duyên Hải (Trà Vinh) carry many ticks; owners bring dogs that stop eating, are lethargic with "
        "pale gums, fever or swollen joints. Our clinic needs a laboratory that can detect blood parasites living in "
        "the blood cells, so treatment can start early.",
        {"nHo012": 2, "nHo014": 1, "nHo015": 1},
    ),
    (
        "nHn10",
        "vi",
        "parvo_haidang",
        "Can test nhanh benh parvo cho cho con o phong mach",
        "Phong mach thu y o huyen Mang Thit (Vinh Long) gap nhieu cho con bi viem ruot do Parvovirus, ty le chet cao, "
        "lay lan trong khu vuc. Can bo test nhanh va cach chan doan som de tu van chu nuoi tiem phong.",
        {"nHo010": 2, "nHo011": 2, "nHo015": 1},
    ),
    (
        "nHn11",
        "vi",
        "inhouse_lab_2ndchance",
        "Xét nghiệm máu tại chỗ trước gây mê triệt sản",
        "Phòng khám ở Vũng Liêm (Vĩnh Long) mỗi tuần triệt sản nhiều chó mèo, muốn xét nghiệm sinh hóa, công thức máu "
        "ngay tại chỗ trước gây mê thay vì gửi mẫu đi xa; cần chọn máy phù hợp và cách kiểm soát chất lượng.",
        {"nHo013": 2, "nHo014": 2, "nHo015": 2},
    ),
]

# --- rabies control, vaccine cold chain, identification, clinic software ---
NEEDS += [
    (
        "nHn12",
        "vi",
        "thvl_dai_vinhlong",
        "Tổ chức tiêm phòng dại đại trà đạt trên 70% đàn chó ở Trà Cú",
        "Tỉnh đã tiêm phòng dại đạt gần 85% kế hoạch năm, nhưng cả nước chỉ khoảng 40% đàn chó được tiêm và chỉ 13 tỉnh "
        "đạt trên 70%. Trạm thú y huyện Trà Cú cần cách tổ chức chiến dịch tiêm cho chó nuôi thả, bắt giữ chó an toàn, "
        "bảo quản vắc xin và ước tính tỷ lệ bao phủ sau tiêm.",
        {"nHo018": 2, "nHo020": 2, "nHo021": 2, "nHo017": 1, "nHo019": 1, "nHo022": 1, "nHo023": 1},
    ),
    (
        "nHn13",
        "en",
        "dai_hatinh",
        "Measuring rabies antibodies in village dogs after vaccination rounds in Trà Cú",
        "After the twice-yearly rabies vaccination rounds, the veterinary station of Trà Cú district wants to know how "
        "many dogs are actually protected, using haemagglutination-based serology before and after a round, and which "
        "groups of dogs need boosters.",
        {"nHo017": 2, "nHo018": 1},
    ),
    (
        "nHn14",
        "en",
        "negombo_mdv",
        "Phone app to record vaccinated dogs door to door in Cầu Ngang",
        "Our dog vaccination teams in Cầu Ngang district (Trà Vinh) work from static points and then door to door, "
        "recording on paper. We need a mobile application to log each vaccinated dog, its location and owner, and to "
        "estimate coverage and find owners who missed the points.",
        {"nHo019": 2, "nHo020": 1, "nHo018": 1},
    ),
    (
        "nHn15",
        "vi",
        "dai_daklak",
        "Can to chuc tiem phong dai cho cho trong ap",
        "Ap o xa Long Huu, huyen Duyen Hai (Tra Vinh) nuoi cho tha rong rat nhieu, da co nguoi bi cho can. Nguoi dan it "
        "quan tam tiem ngua. Can huong dan to chuc tiem phong dai tan nha, bat giu cho an toan va tuyen truyen.",
        {"nHo018": 2, "nHo020": 2, "nHo021": 2, "nHo019": 1, "nHo043": 1},
    ),
    (
        "nHn16",
        "en",
        "dai_vtv",
        "Rabies elimination plan for Vĩnh Long province",
        "Rabies deaths nationwide rose 170% year on year to 27, because owned dogs are not managed and dog vaccination "
        "coverage is alarmingly low. The provincial veterinary sub-department wants a multi-year elimination plan with "
        "coverage targets for each high-risk zone and the tools to carry it out.",
        {"nHo021": 2, "nHo018": 2, "nHo019": 1, "nHo020": 1, "nHo017": 1},
    ),
    (
        "nHn17",
        "vi",
        "vaccine_fridge_bovine",
        "Tủ bảo quản vắc xin có nhiệt kế và cảnh báo cho phòng khám ở Vũng Liêm",
        "Phòng khám ở Vũng Liêm đang để vắc xin dại và vắc xin 7 bệnh cho chó trong tủ lạnh gia đình cũ, hay mất điện. "
        "Cần tủ bảo quản chuyên dụng giữ đúng khoảng nhiệt độ ghi trên nhãn, có nhiệt kế min/max hoặc bộ ghi nhiệt và "
        "báo động khi vượt ngưỡng.",
        {"nHo022": 2, "nHo023": 2, "nHo024": 1, "nHo025": 1},
    ),
    (
        "nHn18",
        "en",
        "vaccine_fridge_msd",
        "Audit of vaccine fridges at commune veterinary stations in Vĩnh Long",
        "The district veterinary station suspects that refrigerators at commune stations do not keep vaccines within "
        "2–8 °C in the hot season. It wants a study that places temperature loggers in the fridges for several months "
        "and reports how often they go out of range.",
        {"nHo024": 2, "nHo025": 2, "nHo022": 1, "nHo023": 1},
    ),
    (
        "nHn19",
        "vi",
        "chip_vn_kienthuc",
        "Phường ở TP Vĩnh Long muốn gắn chip và đăng ký quản lý chó mèo",
        "UBND phường 4 TP Vĩnh Long muốn khuyến khích hộ nuôi gắn chip điện tử RFID cho chó mèo và lập cơ sở dữ liệu chủ "
        "nuôi, giống, tình trạng tiêm chủng như nhiều nước đang làm. Cần nhà cung cấp chip, đầu đọc và phần mềm đăng ký.",
        {"nHo029": 2, "nHo036": 2, "nHo031": 2, "nHo032": 2, "nHo030": 1, "nHo044": 1},
    ),
    (
        "nHn20",
        "en",
        "cho_tharong_nuocngoai",
        "Finding the owners of dogs picked up loose in Trà Vinh city",
        "The stray-dog team in Trà Vinh city holds caught dogs for 72 hours before disposal, but rarely finds the "
        "owners. We want the chip-and-database approach used abroad: scanners for the team and a registry look-up so "
        "owners can be called quickly.",
        {"nHo030": 2, "nHo031": 2, "nHo029": 2, "nHo032": 1, "nHo044": 1},
    ),
    (
        "nHn21",
        "en",
        "chip_vn_kienthuc",
        "Microchipping service with owner registration for a clinic in Bình Minh",
        "Our clinic in Bình Minh town (Vĩnh Long) wants to offer microchipping from 8 weeks of age with ISO-standard "
        "chips, enter owner details and vaccination status against each code, and read chips of animals brought in.",
        {"nHo029": 2, "nHo032": 2, "nHo030": 1, "nHo031": 1},
    ),
    (
        "nHn22",
        "vi",
        "vet_ops_deelo",
        "Phần mềm đặt lịch, hồ sơ từng con và nhắc tiêm phòng cho phòng khám kiêm spa",
        "Phòng khám kiêm spa, lưu trú ở TP Vĩnh Long đang ghi sổ tay: lịch khám, tắm, gửi trọ lẫn lộn, hay quên nhắc tiêm "
        "nhắc. Cần phần mềm tách hồ sơ con vật và chủ nuôi, lịch hẹn nhiều loại dịch vụ, tự động nhắc tiêm phòng qua tin "
        "nhắn.",
        {"nHo033": 2, "nHo034": 2, "nHo035": 1},
    ),
    (
        "nHn23",
        "en",
        "vet_pms_forum",
        "Online booking with per-pet notes for a grooming salon in Trà Vinh",
        "Our grooming salon with two groomers and a visiting vet in Trà Vinh city takes bookings by phone. We want an "
        "online calendar per staff member, notes on each pet (allergies, last vaccination) and automatic reminders to "
        "owners, at a small-business price.",
        {"nHo034": 2, "nHo033": 1},
    ),
]

# --- strays, shelters ---
NEEDS += [
    (
        "nHn24",
        "en",
        "tnr_delta",
        "Trap-neuter-return for cat colonies around markets in Trà Vinh city",
        "Free-roaming cats breed around the markets and farms near Trà Vinh city, and new litters appear every season. "
        "The city's animal welfare group wants a humane trap, sterilise and return programme instead of removal, with "
        "an application process for farms and households.",
        {"nHo037": 2, "nHo038": 2, "nHo039": 1, "nHo040": 1, "nHo041": 1, "nHo042": 1},
    ),
    (
        "nHn25",
        "vi",
        "cho_tharong_longkhanh",
        "Lập đội bắt chó thả rông và quy trình tạm giữ ở phường",
        "Phường 7 TP Trà Vinh nhiều chó thả rông trên đường, gây tai nạn và cắn người. Cần hướng dẫn thành lập đội bắt chó "
        "thả rông, thời gian tạm giữ, mức chuộc và cách trả chó cho chủ có sổ tiêm phòng dại.",
        {"nHo043": 2, "nHo044": 2, "nHo029": 1, "nHo036": 1},
    ),
    (
        "nHn26",
        "en",
        "spay_mobile_bwar",
        "Mobile spay/neuter days for rural communes of Tiểu Cần",
        "Many families in Tiểu Cần district (Trà Vinh) cannot afford or reach a clinic to sterilise their dogs and cats. "
        "A rescue group wants mobile spay/neuter days with drop-off and pick-up on the same day, plus optional vaccines "
        "and microchips.",
        {"nHo040": 2, "nHo041": 2, "nHo042": 2, "nHo037": 1, "nHo038": 1},
    ),
    (
        "nHn27",
        "vi",
        "rescue_sannha",
        "Thiết kế trạm cứu hộ chó mèo cho nhóm tình nguyện ở Vĩnh Long",
        "Nhóm cứu hộ ở Long Hồ đang nuôi hơn 220 chó mèo bị bỏ rơi trên một khu đất thuê rộng khoảng 10.000 m², nhiều con "
        "ốm khi mới về. Cần thiết kế trạm có khu tiếp nhận, cách ly, chuồng tách chó và mèo, dễ vệ sinh để hạn chế lây "
        "bệnh và chuẩn bị cho nhận nuôi.",
        {"nHo045": 2, "nHo046": 2, "nHo047": 2, "nHo061": 1, "nHo071": 1, "nHo042": 1},
    ),
    (
        "nHn73",
        "en",
        "kennel_design",
        "Layout for a commune dog pound in Tiểu Cần",
        "Tiểu Cần district plans a small pound for impounded dogs. Barking in such buildings can exceed 100 dB and "
        "diseases spread fast; we need a layout with intake holding, small wards, a quarantine route and easily "
        "cleaned surfaces.",
        {"nHo045": 2, "nHo046": 2, "nHo047": 1},
    ),
    (
        "nHn74",
        "vi",
        "tnr_wormsgerms",
        "Chương trình bắt – triệt sản – thả lại mèo hoang ở khu chợ Vĩnh Long",
        "Khu chợ phường 1 TP Vĩnh Long có nhiều đàn mèo hoang, sinh sản liên tục, đánh nhau, đánh dấu lãnh thổ. Ban quản "
        "lý chợ muốn bắt mèo để triệt sản, tiêm phòng rồi thả lại, mèo con thân thiện thì cho nhận nuôi.",
        {"nHo037": 2, "nHo038": 2, "nHo039": 1, "nHo042": 1},
    ),
]

# --- grooming salons, hygiene products ---
NEEDS += [
    (
        "nHn28",
        "vi",
        "spa_angiang",
        "Tiệm spa thú cưng ở TP Trà Vinh cần bồn tắm nâng hạ và máy sấy chuyên dụng",
        "Trước và sau Tết tiệm spa của chúng tôi ở TP Trà Vinh làm hết công suất: tắm, massage, cắt tỉa lông, cắt móng "
        "cho hàng chục chó mèo mỗi ngày. Thợ đang tắm trong chậu thấp và sấy bằng máy sấy tóc. Cần bồn tắm chuyên dụng "
        "nâng hạ được và máy sấy thổi lông.",
        {"nHo050": 2, "nHo052": 2, "nHo053": 2, "nHo054": 2, "nHo051": 1, "nHo060": 1},
    ),
    (
        "nHn29",
        "en",
        "salon_trade_effluent",
        "Cutting water and shampoo use in a grooming salon in Vĩnh Long",
        "Our grooming salon in Vĩnh Long city pays for every litre of water and every bottle of shampoo; a running tap "
        "uses about six litres a minute while dogs are soaped and rinsed. We want bathing equipment that reuses water "
        "and shampoo, and a way to monitor our use.",
        {"nHo051": 2, "nHo056": 1, "nHo055": 1},
    ),
    (
        "nHn30",
        "vi",
        "salon_drain_tips",
        "Spa thú cưng ở Bình Minh bị nghẹt cống vì lông",
        "Spa của chúng tôi ở thị xã Bình Minh tắm nhiều chó lông dài mỗi ngày, lông chó mèo quấn với dầu tắm làm tắc ống thoát, "
        "nước rút chậm, phải gọi thợ thông cống. Cần lắp bẫy lông ở bồn tắm và cống, dễ tháo ra vệ sinh cuối ngày.",
        {"nHo055": 2, "nHo051": 2},
    ),
    (
        "nHn31",
        "en",
        "selfwash_caninecreek",
        "Safe dryers for a self-service dog wash in Vĩnh Long",
        "We are opening a self-service dog wash in Vĩnh Long city where owners bath their own dogs. We need powerful "
        "two-speed dryers that blast water out of the coat without a heating element, so that customers cannot "
        "overheat a dog, plus safety instructions for eyes and ears.",
        {"nHo054": 2, "nHo053": 1, "nHo050": 1},
    ),
    (
        "nHn32",
        "vi",
        "spa_vnexpress_tet",
        "Đào tạo thêm thợ cắt tỉa lông cho chuỗi spa thú cưng",
        "Chuỗi spa của chúng tôi ở TP Vĩnh Long và TP Trà Vinh mùa Tết nhận 50–70 lượt/ngày mỗi cơ sở, thợ làm đến 1–2 giờ "
        "sáng, khách muốn tạo kiểu, nhuộm tai đuôi mất 3–4 giờ/ca. Cần đào tạo bài bản thêm thợ tắm, cắt tỉa.",
        {"nHo059": 2, "nHo060": 1},
    ),
    (
        "nHn33",
        "en",
        "spa_angiang",
        "Pet boarding rooms for Tết at a pet shop in Trà Vinh",
        "During Tết our pet shop in Trà Vinh city is full of dogs and cats whose owners travel, kept in cages in the "
        "shop. We want to convert the upper floor into proper boarding rooms with cleaning routines and isolation of "
        "sick animals.",
        {"nHo061": 2, "nHo071": 1, "nHo034": 1, "nHo047": 1},
    ),
    (
        "nHn34",
        "vi",
        "shampoo_ecodog",
        "HTX dừa ở Càng Long muốn làm dầu tắm chó đúng pH da chó",
        "Hợp tác xã dừa ở Càng Long có dầu dừa, muốn sản xuất dầu tắm cho chó. Da chó có pH khác người, dùng dầu gội người "
        "làm mất dầu tự nhiên, ngứa, nhiễm khuẩn. Cần công thức chất hoạt động bề mặt dịu, pH phù hợp, ít hương liệu.",
        {"nHo062": 2, "nHo063": 1},
    ),
    (
        "nHn35",
        "en",
        "shampoo_organic_devdir",
        "Organic and waterless pet shampoo for a pet shop's own label",
        "Our pet shop in Vĩnh Long wants to sell its own label of organic dog shampoo without artificial additives, and "
        "a waterless option for dogs with dry, flaky skin. We look for a supplier that can deliver in bulk.",
        {"nHo063": 2, "nHo062": 1},
    ),
    (
        "nHn36",
        "vi",
        "spa_tet_soha",
        "Can may say long cho spa cho meo nho",
        "Spa cho meo nho o thi tran Tra On (Vinh Long), moi ngay 10-15 con, can Tet tang gap doi. Say bang may say toc "
        "rat lau, con lon long day say khong kho. Can may thoi long luc manh cho thu cung.",
        {"nHo053": 2, "nHo054": 2, "nHo052": 1},
    ),
    (
        "nHn37",
        "vi",
        "catlitter_tofu",
        "Cơ sở đậu hũ ở Trà Vinh muốn làm cát vệ sinh mèo từ bã đậu",
        "Cơ sở làm đậu hũ, sữa đậu nành ở TP Trà Vinh thải bã đậu quanh năm, đang bán rẻ làm thức ăn heo. Muốn "
        "làm cát đậu nành cho mèo: vón cục, khử mùi, ít bụi, phân hủy được. Cần quy trình và thiết bị.",
        {"nHo064": 2, "nHo065": 2, "nHo066": 2, "nHo067": 1, "nHo068": 1},
    ),
    (
        "nHn38",
        "en",
        "catlitter_mrkim",
        "Wholesale supplier of clay and tofu cat litter for a Vĩnh Long pet shop",
        "Our pet shop in Vĩnh Long city wants to stock clumping bentonite and tofu litter in bulk for customers, who "
        "replace part of the litter every 3–5 days and all of it every 1–2 weeks.",
        {"nHo068": 2, "nHo069": 1},
    ),
    (
        "nHn39",
        "vi",
        "enzyme_petsedu",
        "Khách sạn chó mèo ở Vĩnh Long bị mùi nước tiểu ở chuồng và thảm",
        "Khách sạn thú cưng của chúng tôi ở TP Vĩnh Long lau chuồng, thảm bằng nước tẩy thường nhưng mùi nước tiểu vẫn "
        "quay lại khi trời ẩm, chó mèo tè lại đúng chỗ cũ. Cần chế phẩm enzyme phân hủy axit uric và quy trình vệ sinh.",
        {"nHo070": 2, "nHo071": 2, "nHo072": 2},
    ),
]

# --- locally made pet food ---
NEEDS += [
    (
        "nHn40",
        "vi",
        "kibble_eathealthy",
        "Đầu tư dây chuyền thức ăn hạt cho chó mèo quy mô nhỏ ở Vĩnh Long",
        "Doanh nghiệp ở khu công nghiệp Hòa Phú (Long Hồ) có công thức thức ăn hạt cho chó giàu dinh dưỡng nhưng chưa có "
        "dây chuyền. Cần thiết bị đồng bộ từ nguyên liệu, điều hòa hơi nước, đùn, sấy, làm nguội đến đóng gói, tránh "
        "ghép máy lệch nhau gây hạt không đều, hao hụt.",
        {"nHo073": 2, "nHo074": 2, "nHo075": 1},
    ),
    (
        "nHn41",
        "en",
        "kibble_eatsip",
        "Uneven kibble hardness and mould at a small pet food plant in Trà Vinh",
        "Our small dry dog food plant in Trà Vinh produces batches that are sometimes too hard and sometimes too soft, "
        "and some bags go mouldy. We suspect the drying stage after the extruder and need engineers to diagnose the "
        "line.",
        {"nHo075": 2, "nHo073": 1, "nHo074": 1},
    ),
    (
        "nHn42",
        "vi",
        "fish_feed_materials",
        "Tận dụng đầu, xương, mỡ cá tra làm nguyên liệu thức ăn chó mèo",
        "Nhà máy fillet cá tra ở Trà Vinh đang bán đầu, xương, mỡ cá làm bột cá và dịch cá giá thấp cho nhà máy thức ăn "
        "thủy sản. Muốn chế biến phụ phẩm thành đạm thủy phân và dầu cá đạt chuẩn làm thức ăn cho chó mèo.",
        {"nHo079": 2, "nHo080": 2, "nHo078": 1, "nHo081": 1},
    ),
    (
        "nHn43",
        "en",
        "kibble_extrusion_pfs",
        "Nutritional data on local fish by-products for a dry dog food recipe",
        "A feed mill in Vĩnh Long wants to formulate extruded dry dog food using fish meal and hydrolysate from local "
        "processing by-products. Before setting protein and starch levels it needs the composition, amino acid "
        "digestibility and palatability of these ingredients.",
        {"nHo078": 2, "nHo079": 2, "nHo074": 1, "nHo081": 1},
    ),
    (
        "nHn44",
        "en",
        "canned_process_frl",
        "Fish by-product chunks fall apart in canned cat food",
        "Our cannery in Trà Vinh is trialling chunks-in-gravy cat food from tuna and mackerel by-products. After "
        "cooking and retorting the chunks are soft and crumble. We need a binder or recipe change to firm them.",
        {"nHo082": 2, "nHo084": 1, "nHo085": 1},
    ),
    (
        "nHn45",
        "vi",
        "pate_forpet",
        "Sản xuất pate cho mèo đóng túi từ cá biển",
        "Doanh nghiệp thủy sản ở Duyên Hải muốn làm pate cho mèo từ cá biển và nội tạng: dạng mềm, nhiều nước, dễ ăn cho "
        "mèo con, mèo già. Cần bao bì chịu tiệt trùng và quy trình sản xuất, tiệt trùng để bảo quản ở nhiệt độ thường.",
        {"nHo083": 2, "nHo084": 2, "nHo085": 2, "nHo082": 1},
    ),
    (
        "nHn46",
        "vi",
        "pate_storage_mochi",
        "Can quy trinh lam pate cho cho dong hop tiet trung",
        "Co so o Cau Ke (Tra Vinh) lam pate cho cho ban le, de ngoai de bi hu, nhiem khuan gay tieu chay. Muon dong hop, "
        "tiet trung dung cach de bao quan lau ma an toan.",
        {"nHo084": 2, "nHo085": 2, "nHo083": 1},
    ),
    (
        "nHn47",
        "en",
        "canned_heat_papertube",
        "Retort validation for canned cat food at a fish cannery in Trà Vinh",
        "A fish cannery in Trà Vinh is adding canned cat food. It needs a heat-treatment process that sterilises the "
        "cans against Salmonella, E. coli and botulism spores while keeping texture consistent and shelf life of years.",
        {"nHo084": 2, "nHo085": 2, "nHo083": 1},
    ),
    (
        "nHn48",
        "en",
        "fishskin_dogology",
        "Turning fish skins into dog chews at a fillet plant in Trà Vinh",
        "Our fillet plant in Trà Vinh discards fish skins. Fish-skin treats are protein-rich, with omega-3 and collagen, "
        "and sell well. We want a process to clean, cut and dry skins into dog chews.",
        {"nHo088": 2, "nHo089": 1, "nHo090": 1, "nHo091": 1},
    ),
    (
        "nHn49",
        "vi",
        "treat_dry_dogspalace",
        "Bánh thưởng cho chó từ cá, tôm sấy bị mốc, khô không đều",
        "Cơ sở nhỏ ở Châu Thành (Trà Vinh) sấy cá, đầu tôm làm bánh thưởng cho chó bằng lò sấy tự chế; miếng dày mỏng "
        "không đều nên có mẻ cháy ngoài ướt trong, bị mốc. Cần máy sấy có điều chỉnh nhiệt, quạt và quy trình đạt an toàn.",
        {"nHo090": 2, "nHo091": 2},
    ),
]

# --- ornamental fish ---
NEEDS += [
    (
        "nHn50",
        "vi",
        "guppy_mientay_eva",
        "Hộ nuôi cá bảy màu ở Châu Thành muốn nâng cấp trại và lai tạo dòng",
        "Gia đình ở huyện Châu Thành (Trà Vinh) nuôi cá bảy màu bán cho thương lái, lãi khoảng trăm triệu mỗi năm, chủ "
        "yếu dòng Thái và dòng Nhật. Muốn nâng cấp trại: bể nuôi, hồ cách ly, chọn cá bố mẹ và lai tạo dòng mới có giá "
        "cao, nhất là cá bảy màu rồng.",
        {"nHo100": 2, "nHo101": 2, "nHo111": 1, "nHo112": 1, "nHo127": 1, "nHo113": 1},
    ),
    (
        "nHn51",
        "en",
        "livefood_killi",
        "Live feed culture for fry at a guppy and betta hatchery in Vĩnh Long",
        "Our hatchery in Mang Thít (Vĩnh Long) loses many fry in the first weeks on powdered feed. We want to culture "
        "live food on site, such as water fleas, and need starter cultures and a method.",
        {"nHo111": 2, "nHo112": 2},
    ),
    (
        "nHn52",
        "vi",
        "betta_zoipet",
        "Nông dân Cầu Kè muốn nuôi và nhân giống cá betta để bán",
        "Tôi ở huyện Cầu Kè (Trà Vinh), muốn nuôi cá betta bán cho cửa hàng cá cảnh, vốn ít. Cần học cách chọn cá bố mẹ, "
        "cho đẻ, ương cá con, tách nuôi riêng cá đực sau khoảng 3 tháng và chọn dòng có màu sắc đẹp.",
        {"nHo102": 2, "nHo103": 2, "nHo104": 1, "nHo105": 1, "nHo113": 1},
    ),
    (
        "nHn53",
        "en",
        "betta_farmed",
        "Selling show bettas online from Vĩnh Long",
        "A betta breeder in Vĩnh Long produces show-quality fish that local shops buy cheaply. He wants to reach "
        "hobbyists directly, for example through online auctions, the way Thai breeders sell fish worth many times the "
        "shop price.",
        {"nHo105": 2, "nHo151": 1, "nHo110": 1},
    ),
    (
        "nHn54",
        "vi",
        "fish_export_korallen",
        "HTX cá cảnh muốn xuất khẩu bằng đường hàng không nhưng cá chết nhiều",
        "Hợp tác xã cá cảnh ở Vĩnh Long gửi thử lô cá xuất khẩu, thời gian vận chuyển 48–72 giờ, nhiều cá chết khi đến. "
        "Cần quy trình giữ cá, nhịn ăn trước khi gửi, đóng túi bơm oxy, thùng xốp và mật độ đóng gói đạt chuẩn.",
        {"nHo107": 2, "nHo108": 2, "nHo109": 2, "nHo110": 2, "nHo106": 1, "nHo148": 1},
    ),
    (
        "nHn55",
        "en",
        "betta_siamesecyber",
        "Rearing facility layout for a betta farm in Trà Vinh",
        "We breed both long-fin and short-fin bettas in earthen pots behind our house in Trà Vinh and want to expand "
        "for export. We need a layout of breeding tanks and grow-out units suited to this aggressive fish.",
        {"nHo104": 2, "nHo102": 2, "nHo103": 1},
    ),
    (
        "nHn56",
        "vi",
        "fish_ship_ilovetr",
        "Shop cá cảnh bán online gửi cá qua xe khách bị chết",
        "Shop cá cảnh ở TP Trà Vinh bán qua mạng, gửi cá cho khách các tỉnh bằng xe khách 12–24 giờ, nhiều túi bị xì, cá "
        "ngộp. Cần cách đóng túi hai lớp, bơm oxy, dùng thùng xốp và giữ nhiệt cho đúng.",
        {"nHo110": 2, "nHo107": 2, "nHo108": 1, "nHo109": 1},
    ),
    (
        "nHn57",
        "en",
        "fish_export_korallen",
        "Pre-export holding of discus at a farm in Long Hồ",
        "A discus farm in Long Hồ (Vĩnh Long) sells to exporters who complain of disease after arrival. The farm needs "
        "a holding protocol before shipment: clearing guts, inspecting fins and skin, checking gills for parasites and "
        "reducing handling stress.",
        {"nHo108": 2, "nHo107": 1, "nHo110": 1},
    ),
    (
        "nHn58",
        "en",
        "koi_khv_nishikigoi",
        "Quarantine and KHV screening for koi imported from Japan to Vĩnh Long",
        "Our koi shop in Vĩnh Long imports koi from Japanese farms. Koi herpesvirus now exists in at least 28 countries "
        "and tests are not fool-proof. We need a quarantine system per shipment, with the temperature raised to provoke "
        "the virus before fish go on sale.",
        {"nHo117": 2, "nHo118": 2, "nHo121": 2, "nHo119": 1, "nHo120": 1, "nHo122": 1},
    ),
    (
        "nHn59",
        "vi",
        "koi_khv_lincs",
        "Can cach ly ca koi moi mua ve, so benh herpes",
        "Nha toi o Long Ho co ho koi, moi mua them ca moi. Nghe noi benh herpes o koi bung phat khi nuoc 18-27 do, ca bo "
        "an, mang hoai tu. Can cach lap be cach ly va quy trinh cach ly truoc khi tha chung ho.",
        {"nHo117": 2, "nHo118": 2, "nHo120": 2, "nHo119": 1, "nHo121": 1},
    ),
    (
        "nHn60",
        "vi",
        "aquarium_ammonia_gnasd",
        "Hồ koi nhà hàng ở TP Vĩnh Long nước đục, cá chết",
        "Hồ koi xây xi măng ở nhà hàng ven sông TP Vĩnh Long không có lọc, nước đục, mùi hôi, cá chết rải rác; kiểm tra "
        "thấy amoniac cao. Cần thiết kế, thi công hệ lọc cơ học và vi sinh cho hồ.",
        {"nHo123": 2, "nHo124": 2, "nHo125": 2, "nHo126": 2, "nHo130": 1, "nHo127": 1, "nHo129": 1, "nHo128": 1},
    ),
    (
        "nHn61",
        "en",
        "nitrogen_cycle_tff",
        "Pressure filter and UV clarifier for outdoor koi ponds in Long Hồ",
        "A koi farm in Long Hồ has green water and recurring fin rot and white spot in its concrete ponds. It wants "
        "pumps, pressure filters with biological media and UV sterilisers sized for the ponds.",
        {"nHo125": 2, "nHo123": 2, "nHo126": 2, "nHo124": 1, "nHo129": 1},
    ),
    (
        "nHn62",
        "en",
        "aquarium_cycle_enviro",
        "New aquaria keep losing fish at an aquarium shop in Trà Vinh",
        "Customers of our aquarium shop in Trà Vinh city set up new tanks and lose fish within a week. We want to sell "
        "ammonia, nitrite and nitrate tests and offer a cycling service so tanks are safe before fish go in.",
        {"nHo127": 2, "nHo128": 2, "nHo129": 1, "nHo130": 1},
    ),
    (
        "nHn63",
        "vi",
        "aquarium_test_tankfacts",
        "Cửa hàng cá cảnh muốn bán bộ test nước và hướng dẫn chạy vi sinh bể mới",
        "Cửa hàng cá cảnh ở Tiểu Cần muốn bán bộ test amoniac, nitrit, nitrat cho khách và hướng dẫn đọc kết quả: khi nào "
        "thay 25–50% nước, khi nào thả thêm cá sau khi bể đã chạy vi sinh.",
        {"nHo127": 2, "nHo128": 2, "nHo129": 1, "nHo130": 1},
    ),
    (
        "nHn64",
        "vi",
        "arowana_seized",
        "Trại cá rồng ở Long Hồ muốn xuất khẩu hợp pháp",
        "Trại nuôi cá rồng ở Long Hồ muốn bán cá ra nước ngoài. Cá rồng châu Á thuộc danh mục CITES, lô cá không có chip "
        "hoặc số chip không khớp danh sách sẽ bị thu giữ. Cần dịch vụ cấy chip, giấy chứng nhận và giấy phép CITES.",
        {"nHo134": 2, "nHo135": 2, "nHo136": 2},
    ),
]

# --- birds and songbird keeping ---
NEEDS += [
    (
        "nHn65",
        "vi",
        "chichchoe_raffles",
        "CLB chim cảnh ở Vĩnh Long muốn sản xuất cám chim đóng gói",
        "Câu lạc bộ chim chích chòe, chào mào ở TP Vĩnh Long mua cám trôi nổi, chất lượng thất thường. Muốn tự sản xuất "
        "cám đậu phộng, cám đậu xanh trứng gà đóng gói cho hội viên, bổ sung mồi tươi hợp lý.",
        {"nHo139": 2, "nHo140": 2, "nHo137": 1, "nHo138": 1},
    ),
    (
        "nHn66",
        "en",
        "bird_travel_forum",
        "Quarantine and health certificates for a bird shop bringing in canaries and finches",
        "Our bird shop in Trà Vinh brings canaries and finches from other provinces. We fear Newcastle disease, which "
        "can lead to confiscation and destruction of birds, and need a quarantine and screening routine plus vet "
        "health certificates for transport.",
        {"nHo141": 2, "nHo142": 2, "nHo143": 1},
    ),
    (
        "nHn67",
        "vi",
        "talking_birds_thucanh",
        "Hộ nuôi vẹt, yểng ở Tam Bình muốn ấp trứng nhân tạo",
        "Gia đình ở huyện Tam Bình (Vĩnh Long) nuôi vẹt và yểng làm chim biết nói; chim mẹ hay bỏ trứng hoặc làm vỡ. Cần "
        "máy ấp, thông số nhiệt độ, độ ẩm và cách nuôi bộ chim non.",
        {"nHo145": 2, "nHo146": 2, "nHo143": 1},
    ),
    (
        "nHn68",
        "en",
        "chaomao_chimcanh",
        "Guide to choosing and keeping red-whiskered bulbuls for singing contests",
        "Members of a songbird club in Vĩnh Long want reliable material on the red-whiskered bulbul (chào mào): how to "
        "pick contest birds by crest, beak and plumage, what to feed, and how to keep them healthy over an 11-year "
        "lifespan.",
        {"nHo138": 2, "nHo137": 2, "nHo140": 1, "nHo144": 1},
    ),
    (
        "nHn69",
        "vi",
        "chaomao_ccmc",
        "Chim chao mao mua ve bi chet, can quy trinh cach ly chim moi",
        "Toi o Vung Liem, mua chao mao tu cho chim ve nhot chung thi chim cu cung bi benh, chet may con. Can quy trinh "
        "cach ly, kiem tra suc khoe chim moi truoc khi cho chung long.",
        {"nHo142": 2, "nHo141": 1, "nHo143": 1},
    ),
]

# --- online selling and shipping of live animals ---
NEEDS += [
    (
        "nHn70",
        "vi",
        "pet_mail_petsedu",
        "Shop chó mèo bán online cần gửi chó con cho khách tỉnh xa an toàn",
        "Shop ở TP Vĩnh Long bán chó mèo con qua mạng xã hội, khách ở Hà Nội, Đà Nẵng. Cần đơn vị vận chuyển đúng quy "
        "định về lồng, thức ăn, nước uống, giấy tiêm phòng và không gửi thú quá nhỏ.",
        {"nHo151": 2, "nHo149": 2, "nHo150": 2, "nHo147": 1},
    ),
    (
        "nHn71",
        "en",
        "ship_containers_live",
        "Shipping kittens from a cattery in Vĩnh Long to buyers abroad",
        "A cattery in Vĩnh Long sells pedigree kittens to buyers overseas. It needs a forwarder that handles airline "
        "container rules, ventilation, veterinary documents and permits, and that knows which carriers accept cats.",
        {"nHo148": 2, "nHo152": 2, "nHo150": 2, "nHo147": 1, "nHo149": 1},
    ),
    (
        "nHn72",
        "en",
        "ship_tips_lifetips",
        "Rules for sending birds and small pets by coach from Trà Vinh",
        "Songbird and small-pet sellers in Trà Vinh send animals to customers by coach. They need to know which animals "
        "may be shipped, health and vaccination paperwork, temperature limits and container rules.",
        {"nHo147": 2, "nHo149": 1, "nHo151": 1},
    ),
]

# --- two further needs (grooming school, guppy water) ---
NEEDS += [
    (
        "nHn75",
        "en",
        "spa_poodle_mochi",
        "Training course for pet groomers at a vocational college in Trà Vinh",
        "A vocational college in Trà Vinh wants a short course for pet groomers. Poodles are popular locally and their "
        "curly, non-shedding coat mats unless brushed and trimmed regularly, so owners pay for spa visits; the college "
        "needs trainers who can teach bathing, clipping, styling and coat care.",
        {"nHo059": 2, "nHo060": 1},
    ),
    (
        "nHn76",
        "vi",
        "guppy_params",
        "Hộ nuôi cá bảy màu ở Trà Cú cần kiểm soát chất lượng nước bể",
        "Hộ nuôi cá bảy màu ở huyện Trà Cú (Trà Vinh) giữ nước 24–28 °C, pH 6,8–7,8 nhưng cá vẫn chết lai rai ở bể mới. "
        "Cần bộ test amoniac (phải giữ 0 ppm), nitrit, nitrat và hướng dẫn cho bể chạy vi sinh trước khi thả cá.",
        {"nHo127": 2, "nHo128": 2, "nHo129": 1, "nHo130": 1, "nHo101": 1},
    ),
]
