"""Needs of the holdout106 labelled set (veterinary services and animal health for smallholders, Trà Vinh / Vĩnh Long).

Rows: (id, language, source key, title, description, {offer id: grade}). Grades: 2 = would solve the need,
1 = partly relevant (partial answer or adjacent step); offers not listed are not relevant. Each need paraphrases the
public page of its source key; needs written from pages about other places are set in the province (see the
docstring of make_holdout106.py).
"""

NEEDS = [
    (
        "mDn01",
        "vi",
        "tv_asf_htv",
        "Cần vắc xin dịch tả heo châu Phi và hướng dẫn tiêm để tái đàn ở Càng Long",
        "Gia đình tôi ở huyện Càng Long bỏ trống chuồng từ đợt dịch tả heo châu Phi – khi Trà Vinh là tỉnh thứ 11 ở Đồng "
        "bằng sông Cửu Long có dịch, cả nước 53 tỉnh và hơn 2,2 triệu con heo phải tiêu hủy. Nay muốn tái đàn heo thịt "
        "và tiêm vắc xin phòng bệnh. Cần nguồn vắc xin đã được cấp phép, người hướng dẫn tiêm đúng tuổi heo, đúng liều và "
        "cách bảo quản, theo dõi phản ứng sau tiêm.",
        {"mDo001": 2, "mDo002": 2, "mDo006": 2, "mDo003": 1, "mDo004": 1, "mDo005": 1, "mDo017": 1},
    ),
    (
        "mDn02",
        "en",
        "asf_efeed",
        "Supervised ASF vaccination for a pig cooperative in Trà Cú",
        "Our pig cooperative in Trà Cú district wants to use the domestic ASF "
        "vaccines that farmers now buy themselves at around US$1.50 a dose. Since the vaccines have no DIVA marker and "
        "molecular surveillance is weak, mistakes in age, dose or storage are hard to trace later. We need a technician "
        "or supplier who keeps the cold chain, vaccinates on our farms at the right age and watches the pigs afterwards.",
        {"mDo006": 2, "mDo003": 1, "mDo005": 1, "mDo001": 1, "mDo115": 1, "mDo002": 1, "mDo004": 1},
    ),
    (
        "mDn03",
        "en",
        "asf_chogao",
        "Quick on-farm test for African swine fever when a pig runs a fever (Châu Thành)",
        "Our pig farmers' group in Châu Thành district (Trà Vinh) was hit hard in the last ASF wave: of 285 member "
        "households, 173 had outbreaks, mostly spread between neighbouring herds before anyone knew. When a pig gets a "
        "fever we want to test it at the pen within the hour so we can isolate or cull before the lab result comes back. "
        "Looking for a reliable pen-side test kit and training.",
        {"mDo007": 2, "mDo008": 2, "mDo011": 1, "mDo012": 1, "mDo009": 1, "mDo010": 1},
    ),
    (
        "mDn04",
        "vi",
        "asf_labnova",
        "Cần nơi xét nghiệm PCR khẳng định dịch tả heo châu Phi cho trại heo nái ở Long Hồ",
        "Trại heo nái của chúng tôi ở huyện Long Hồ (Vĩnh Long) có heo sốt, bỏ ăn, chết rải rác, nghi dịch tả heo châu Phi – "
        "bệnh chưa có thuốc điều trị, từng lan ra hơn 8.200 xã của 63 tỉnh trong 9 tháng và riêng năm 2022 đến 12/9 đã có "
        "1.049 ổ dịch. Cần phòng thí nghiệm xét nghiệm PCR hoặc real-time PCR trả kết quả nhanh và hướng dẫn lấy, gửi mẫu đúng cách.",
        {"mDo009": 2, "mDo010": 2, "mDo016": 1, "mDo007": 1, "mDo008": 1},
    ),
    (
        "mDn05",
        "vi",
        "vl_asf_smallholder_thvl",
        "Hộ nuôi heo nhỏ lẻ ở Mang Thít cần cải tạo chuồng theo an toàn sinh học chi phí thấp",
        "Chăn nuôi heo ở Vĩnh Long chủ yếu quy mô nông hộ, nhỏ lẻ, phân tán nên phòng dịch tả heo châu Phi phụ thuộc vào "
        "chính người nuôi. Tôi nuôi heo sau nhà ở huyện Mang Thít, muốn được hướng dẫn cải tạo chuồng theo an toàn sinh "
        "học: hàng rào, hố sát trùng, chỗ cách ly heo mới, quy định người ra vào – với chi phí vừa sức hộ nhỏ.",
        {"mDo017": 2, "mDo018": 2, "mDo019": 2, "mDo024": 1, "mDo125": 1, "mDo127": 1, "mDo023": 1},
    ),
    (
        "mDn06",
        "en",
        "vl_asf_biosec_thvl",
        "Biosecurity audit and plan for a fattening pig farm in Bình Minh before restocking",
        "ASF has calmed down but small outbreaks still appeared in Vĩnh Long this year. Our fattening pig farm in Bình Minh town "
        "emptied after a nearby outbreak and we will restock only with a proper biosecurity plan: site layout and zoning, "
        "distances, fencing, vehicle and visitor control, disinfection points and an isolation pen. We want an expert "
        "audit and a written plan we can follow.",
        {"mDo019": 2, "mDo018": 2, "mDo123": 1, "mDo022": 1, "mDo023": 1, "mDo024": 1, "mDo017": 1, "mDo125": 1},
    ),
    (
        "mDn07",
        "vi",
        "asf_disposal_angiang",
        "Xã ở Trà Cú cần quy trình tiêu hủy heo bệnh bằng cách đốt, tránh mùi hôi cho dân",
        "Đợt trước chôn heo bệnh gần khu dân cư làm mùi hôi kéo dài nhiều giờ, người già và trẻ nhỏ bị ảnh hưởng, dân phản "
        "ánh. Xã chúng tôi ở Trà Cú đất trũng, nhiều kênh rạch nên khó đào hố chôn. Cần quy trình kỹ thuật tiêu hủy heo mắc "
        "dịch tả heo châu Phi (ưu tiên đốt), chọn địa điểm, vận chuyển xác và sát trùng sau tiêu hủy đúng quy định.",
        {"mDo020": 2, "mDo021": 2, "mDo155": 2, "mDo127": 1},
    ),
    (
        "mDn08",
        "vi",
        "prrs_5khong",
        "Trại heo nái ở Tiểu Cần cần lịch tiêm vắc xin tai xanh cho từng nhóm heo",
        "Năm ngoái trại 50 nái của tôi ở huyện Tiểu Cần bị tai xanh (PRRS), heo con chết nhiều, nái sảy thai. Bệnh không có "
        "thuốc đặc trị, chỉ dùng thuốc trợ sức và chống bệnh kế phát; tôi đã làm theo “5 không”. Nay cần lịch tiêm vắc xin "
        "PRRS cụ thể cho heo hậu bị, nái đang khai thác, nọc và heo con, kèm lời khuyên giữ vệ sinh chuồng.",
        {"mDo025": 2, "mDo024": 1, "mDo026": 1, "mDo014": 1, "mDo015": 1},
    ),
    (
        "mDn09",
        "en",
        "umn_ped",
        "Sow farm in Long Hồ with piglet diarrhoea: confirm PED and stop the losses",
        "Our sow farm in Long Hồ has watery diarrhoea in suckling piglets and many deaths; we suspect porcine epidemic "
        "diarrhoea. Experience from Japan's 2013–14 epidemic says clean transport and one-way truck entrances shorten the "
        "outbreak and cut dead piglets per sow. We need testing to confirm PED and a practical plan – surveillance, "
        "transport and staff biosecurity – to get the farm back to normal.",
        {"mDo022": 2, "mDo027": 1, "mDo023": 1, "mDo013": 1, "mDo029": 1, "mDo014": 1, "mDo154": 1},
    ),
    (
        "mDn10",
        "vi",
        "ssuis_outbreaknews2015",
        "Cơ sở giết mổ ở TP Trà Vinh cần xét nghiệm liên cầu lợn trong máu heo và tập huấn công nhân",
        "Mỗi năm có hàng chục ca nhiễm liên cầu lợn (S. suis) ở người – năm 2015 có 82 ca, 10 ca tử vong; bảy trên mười ca do "
        "ăn thịt heo sống, tiết canh, phần còn lại nhiễm khi giết mổ, nhất là dịp cuối năm. Cơ sở giết mổ heo của chúng tôi "
        "ở TP Trà Vinh muốn kiểm tra tỷ lệ S. suis trong máu heo đưa vào giết mổ và tập huấn công nhân phòng lây nhiễm.",
        {"mDo028": 2, "mDo146": 1, "mDo013": 1},
    ),
    (
        "mDn11",
        "vi",
        "tv_ai_tienphong",
        "Hộ nuôi vịt đẻ ở Cầu Kè cần vắc xin cúm gia cầm và đội tiêm phòng",
        "Đợt cúm gia cầm vừa qua Trà Vinh có 41 ổ dịch ở 17 xã của 4 huyện, thành phố, 27.172 con mắc và nghi mắc, 17.550 "
        "con phải tiêu hủy – nhiều nhất Đồng bằng sông Cửu Long. Tôi nuôi một đàn vịt đẻ ở huyện Cầu Kè, muốn tiêm phòng cúm "
        "cho cả đàn trước lứa đẻ mới. Cần nguồn vắc xin cúm gia cầm ổn định và người tiêm.",
        {"mDo031": 2, "mDo039": 1, "mDo056": 1, "mDo033": 1, "mDo032": 1, "mDo050": 1},
    ),
    (
        "mDn12",
        "en",
        "tv_h5n1_vtv",
        "Duck farm in Duyên Hải wants to check H5 antibody titres after vaccination",
        "After Trà Vinh had to cull nearly 1,000 poultry infected with A/H5N1, our duck farm in Duyên Hải vaccinated all "
        "flocks. We are not sure the ducks really reached protective antibody levels, especially young ones. We want a "
        "laboratory that tests blood samples after vaccination (HI or ELISA) and tells us which flocks need another dose.",
        {"mDo033": 2, "mDo034": 2, "mDo036": 1, "mDo035": 1, "mDo056": 1, "mDo050": 1},
    ),
    (
        "mDn13",
        "vi",
        "duck_dongthap_thvl",
        "Vịt chạy đồng chết hàng trăm con ở Vũng Liêm, đã loại trừ cúm H5N1 – cần tìm nguyên nhân",
        "Ngày 7/10 đàn vịt chạy đồng của tôi ở huyện Vũng Liêm chết bất thường hàng trăm con, bà con chăn nuôi quanh vùng "
        "rất lo. Thú y đã lấy mẫu, kết quả âm tính với cúm H5N1. Tôi cần một phòng xét nghiệm đủ năng lực kiểm tra các bệnh "
        "khác trên vịt (vi khuẩn, virus, ngộ độc) để biết nguyên nhân và xử lý đàn còn lại.",
        {"mDo016": 2, "mDo051": 1, "mDo052": 1, "mDo056": 1, "mDo013": 1},
    ),
    (
        "mDn14",
        "en",
        "duck_boat_blog",
        "Biosecurity guidance for a family moving 1,400 ducks by boat between paddies",
        "We have herded ducks for 30 years: about 1,400 Pekin ducks ride a boat in four long cages to harvested rice "
        "fields in Cầu Ngang and Trà Cú, foraging a month and a half and saving around US$1,500 in feed. Each time bird flu "
        "returns, duck movement is banned. We need practical biosecurity guidance for moving flocks – boat and cage "
        "cleaning, contact with other flocks, keeping vaccinations current – to keep the trade going safely.",
        {"mDo037": 2, "mDo054": 1, "mDo055": 1, "mDo038": 1, "mDo031": 1},
    ),
    (
        "mDn15",
        "vi",
        "nd_fieldmanual",
        "Can vac xin Newcastle chiu nhiet cho ga tha vuon, nha khong co tu lanh",
        "Nha toi o xa Hiep My, huyen Cau Ngang nuoi ga tha vuon, nam nao cung chet nhieu vi benh Newcastle "
        "(ga ru, kho tho, dau xoan). Khong co tu lanh de giu vac xin, di mua o thi tran ve thi vac xin da het lanh. Can "
        "loai vac xin Newcastle chiu nhiet, nho mat duoc, va nguoi huong dan hoac di tiem cho ca xom.",
        {"mDo040": 2, "mDo041": 2, "mDo042": 2, "mDo044": 1, "mDo036": 1, "mDo113": 1, "mDo112": 1},
    ),
    (
        "mDn16",
        "en",
        "ibd_summer",
        "Broiler household in Tam Bình losing birds to Gumboro every hot season",
        "We raise broilers in Tam Bình district (Vĩnh Long). Gumboro (infectious bursal disease) breaks out mostly in the "
        "hot months when house temperatures stay above 30 °C and birds are stressed. Our current IBD vaccination does not "
        "seem to take, perhaps because of maternal antibodies in the chicks. We need an IBD vaccine and schedule that works "
        "in these conditions.",
        {"mDo043": 2, "mDo044": 2, "mDo034": 1},
    ),
    (
        "mDn17",
        "vi",
        "cocci_review_scielo",
        "Trang trại gà thả vườn ở Châu Thành muốn bỏ thuốc cầu trùng trộn thức ăn",
        "Khách mua gà của trang trại chúng tôi ở huyện Châu Thành (Trà Vinh) ngày càng ngại tồn dư thuốc; hiện gà được trộn "
        "thuốc phòng cầu trùng vào thức ăn trong những tuần đầu. Chúng tôi muốn thay bằng giải pháp an toàn hơn – chế phẩm "
        "thảo dược, vắc xin cầu trùng hoặc cải thiện quản lý chuồng – mà vẫn giữ được tỷ lệ nuôi sống.",
        {"mDo045": 2, "mDo159": 2, "mDo046": 1},
    ),
    (
        "mDn18",
        "vi",
        "dhv_mcsebill",
        "Trại vịt thịt ở Long Hồ: vịt con chết nhanh vì viêm gan vịt, cần chương trình tiêm phòng",
        "Vịt con 1–3 tuần tuổi ở trại chúng tôi (huyện Long Hồ) ủ rũ, co giật rồi chết chỉ trong 2–3 ngày, nghi viêm gan vịt "
        "do virus – bệnh chỉ gặp ở vịt dưới 6 tuần tuổi và lây rất nhanh. Cần chương trình tiêm phòng cho các lứa sau (tiêm "
        "vịt con hoặc tiêm vịt mẹ để truyền kháng thể) kèm hướng dẫn vệ sinh giữa các lứa.",
        {"mDo050": 2, "mDo048": 1, "mDo049": 1, "mDo127": 1, "mDo053": 1},
    ),
    (
        "mDn19",
        "en",
        "vinavetco_ra",
        "Duck farm in Trà Ôn: suspected Riemerella septicaemia, vaccine not working",
        "Ducklings aged 1–8 weeks on our farm in Trà Ôn (Vĩnh Long) show head tremors, swim in circles and have eye and "
        "nasal discharge, then die – it looks like Riemerella anatipestifer. We vaccinated but losses continue; we read "
        "there are about 21 serotypes with no cross-protection (1, 6, 8, 10 and 20 found in Vietnam) and flocks can carry "
        "several. We need isolation and serotyping of our strains and an antibiotic susceptibility test.",
        {"mDo051": 2, "mDo053": 1, "mDo013": 1, "mDo016": 1},
    ),
    (
        "mDn20",
        "vi",
        "baohoabinh_lsd",
        "Hộ nuôi bò lai Sind ở Trà Cú cần tiêm vắc xin viêm da nổi cục trước mùa mưa",
        "Bệnh viêm da nổi cục mới xuất hiện từ cuối năm 2020 nhưng đã lan rộng, nhiều hộ còn chủ quan chưa tiêm phòng. Gia "
        "đình tôi ở huyện Trà Cú nuôi bò lai Sind, chưa tiêm mũi nào, lo khi vào mùa mưa muỗi, ruồi nhiều. Cần nguồn vắc "
        "xin viêm da nổi cục và người tiêm, hướng dẫn theo dõi bò sau tiêm.",
        {"mDo057": 2, "mDo160": 2, "mDo059": 1, "mDo058": 1, "mDo070": 1},
    ),
    (
        "mDn21",
        "en",
        "tv_cattle_khmer_agro",
        "Twice-yearly FMD vaccination for Khmer cattle-raising households in Cầu Ngang",
        "In Cầu Ngang district, a loan project helped poor Khmer families buy breeding cows: 86 groups with 1,104 "
        "households raise 2,018 cows, which have already produced 3,357 calves. A foot-and-mouth outbreak would wipe out "
        "these gains. The farmers' association needs a supply of FMD vaccine and an organised round for the whole area – "
        "first dose with booster, then every six months.",
        {"mDo060": 2, "mDo061": 1, "mDo062": 1, "mDo115": 1},
    ),
    (
        "mDn22",
        "vi",
        "lsd_dhktna",
        "Trang trại bò thịt ở Vũng Liêm cần xét nghiệm PCR khẳng định viêm da nổi cục",
        "Đàn bò của trang trại ở huyện Vũng Liêm có mấy con sốt, nổi cục trên da, bê con yếu. Bệnh viêm da nổi cục lây qua "
        "ruồi, muỗi, ve, qua tiếp xúc và kim tiêm; tỷ lệ mắc khoảng 10–20%. Trước khi báo dịch và xử lý, chúng tôi cần phòng "
        "thí nghiệm lấy mẫu xét nghiệm PCR để khẳng định bệnh và xác định chủng virus.",
        {"mDo070": 2, "mDo016": 1, "mDo058": 1},
    ),
    (
        "mDn23",
        "en",
        "hs_thanhhoa_thesis",
        "Longer-lasting haemorrhagic septicaemia vaccine for buffalo and cattle in Trà Cú",
        "Every rainy season some buffalo and cattle in our commune in Trà Cú die suddenly with high fever and a swollen "
        "throat – haemorrhagic septicaemia, as in the epidemiological studies of this disease in other provinces. We "
        "vaccinate twice a year but outbreaks still come at the change of season. We are looking for an HS vaccine that "
        "protects longer, for free-roaming herds that are hard to round up.",
        {"mDo063": 2, "mDo071": 1, "mDo064": 1},
    ),
    (
        "mDn24",
        "vi",
        "blood_parasite_lamdong",
        "Bò ở Cầu Kè sốt, thiếu máu sau mùa ve – cần xét nghiệm ký sinh trùng đường máu",
        "Từ tháng 6 đến tháng 10 ve phát triển mạnh, vài con bò lai của tôi ở huyện Cầu Kè sốt, niêm mạc nhợt, gầy nhanh, "
        "nghi bệnh ký sinh trùng đường máu (biên trùng, lê dạng trùng) do ve, mòng truyền. Cần nơi xét nghiệm máu xác định "
        "loại ký sinh trùng và phác đồ điều trị, phòng bệnh cho cả đàn.",
        {"mDo065": 2, "mDo161": 2, "mDo066": 1, "mDo067": 1},
    ),
    (
        "mDn25",
        "en",
        "tv_cattle_caungang_thesis",
        "Deworming programme against liver and rumen flukes for cattle in Cầu Ngang",
        "A survey of household cattle raising in Cầu Ngang district found most families feed grass cut from rice fields "
        "and canal banks. Our group's cows are thin, have pale mucosa and come back into heat late after calving. We "
        "suspect liver and rumen flukes and want a deworming programme with suitable drugs and a treatment calendar.",
        {"mDo067": 2, "mDo065": 1},
    ),
]

NEEDS += [
    (
        "mDn26",
        "en",
        "irish_mastitis",
        "Cheap cow-side screening for subclinical mastitis on small dairy farms in Long Hồ",
        "Somatic cell counting and bacteriological culture are the standard ways to monitor udder health, but the nearest "
        "milk laboratory is far from our dairy households in Long Hồ district and we only notice mastitis when milk looks "
        "abnormal. We want a simple, low-cost test we can run at milking to find cows and quarters with subclinical "
        "mastitis, and training to use it.",
        {"mDo068": 2, "mDo162": 2, "mDo069": 1, "mDo013": 1},
    ),
    (
        "mDn27",
        "vi",
        "tv_shrimp_tepbac2016",
        "HTX nuôi tôm ở Duyên Hải cần xét nghiệm PCR mẫu tôm nuôi và tôm giống trước khi thả",
        "Từ đầu tháng 5/2016 dịch hoại tử gan tụy và đốm trắng bùng phát ở Duyên Hải, Cầu Ngang, Châu Thành và thị xã Duyên "
        "Hải: hơn 4.490 ha tôm sú (trên 280 triệu con) và hơn 436 ha tôm thẻ (237 triệu con) thiệt hại, hơn 1.520 hộ bị ảnh "
        "hưởng. Hợp tác xã chúng tôi cần phòng xét nghiệm PCR kiểm tra các bệnh nguy hiểm trên mẫu tôm nuôi và tôm giống "
        "trước khi thả vụ mới.",
        {"mDo073": 2, "mDo076": 2, "mDo074": 1, "mDo075": 1, "mDo077": 1, "mDo072": 1},
    ),
    (
        "mDn28",
        "en",
        "thientue_wfs",
        "Vannamei farm in Cầu Ngang: slow growth, uneven sizes, white faeces – suspect EHP",
        "Our super-intensive whiteleg shrimp ponds in Cầu Ngang show the typical picture: shrimp grow slowly and sizes "
        "spread widely, then soft shells, lethargy, reduced feeding, empty guts and white faeces strings. We suspect the "
        "microsporidian EHP. We need regular EHP testing of shrimp and a control programme for the next crops.",
        {"mDo072": 2, "mDo082": 2, "mDo084": 1, "mDo073": 1},
    ),
    (
        "mDn29",
        "vi",
        "ems_vft",
        "Ao tôm thẻ ở Trà Cú chết sớm, gan tụy biến màu – cần chế phẩm vi sinh ức chế Vibrio",
        "Tôm thẻ chân trắng nuôi thâm canh của tôi ở huyện Trà Cú chết hàng loạt trong vài ngày ở giai đoạn đầu vụ, gan tụy "
        "đổi màu – dấu hiệu bệnh chết sớm (hoại tử gan tụy cấp) do Vibrio parahaemolyticus tiết độc tố, có ao chết trên 70%. "
        "Tôi không muốn tiếp tục dùng kháng sinh, cần chế phẩm vi sinh (Bacillus, lợi khuẩn) có bằng chứng ức chế Vibrio "
        "gây bệnh để xử lý ao và trộn thức ăn.",
        {"mDo078": 2, "mDo079": 2, "mDo086": 2, "mDo080": 1, "mDo081": 1, "mDo083": 1, "mDo082": 1},
    ),
    (
        "mDn30",
        "en",
        "tv_shrimp_tomvang",
        "Shrimp farmers in Cầu Ngang need a farming protocol that keeps white spot out",
        "Since the lunar new year nearly 400 ha of black tiger and whiteleg shrimp were lost in Cầu Ngang and Duyên Hải "
        "town as large day–night temperature swings stressed the ponds; 11 of 15 samples of wild crustaceans carried white "
        "spot virus. Many farmers stock too early for second and third crops. Our group needs a practical protocol – "
        "reservoir and settling ponds, removing carriers, water treatment, timing – to keep WSSV out of grow-out ponds.",
        {"mDo083": 2, "mDo087": 1, "mDo082": 1, "mDo081": 1},
    ),
    (
        "mDn31",
        "vi",
        "tv_shrimp_tepbac499",
        "Trại giống tôm ở Duyên Hải có hậu ấu trùng chết hàng loạt – cần nhận biết bệnh và cách phòng",
        "Vùng nuôi Cầu Ngang từng mất gần 2.000 ha tôm, riêng xã Mỹ Long Nam chết trên 90% với hơn 125 triệu con giống, tôm "
        "chết ở 15–45 ngày tuổi; tỉnh phải nhờ Viện Nghiên cứu nuôi trồng thủy sản II và Trường ĐH Cần Thơ tìm nguyên nhân. "
        "Trại giống của chúng tôi ở Duyên Hải cung cấp cho vùng này; gần đây các bể hậu ấu trùng PL4–PL7 chết gần hết trong "
        "2–3 ngày, gan trắng đục. Cần chẩn đoán đúng bệnh, cách xử lý bể và phòng cho các mẻ sau.",
        {"mDo085": 2, "mDo163": 2, "mDo073": 1},
    ),
    (
        "mDn32",
        "en",
        "baoquangnam_shrimp",
        "Helping small whiteleg shrimp farms get VietGAP certified to sell to processors",
        "Whiteleg shrimp is the key species of our coastal area in Trà Vinh, but farms are small and scattered: processors "
        "will not buy small lots and supermarkets avoid them for lack of food-safety guarantees. Our shrimp buying "
        "cooperative wants to bring member households to VietGAP certification – settling ponds, quarantined seed, proper "
        "stocking density, records – so that they can sell directly to processing plants.",
        {"mDo087": 2, "mDo083": 1, "mDo076": 1},
    ),
    (
        "mDn33",
        "vi",
        "bnp_anhsaovet",
        "Hộ nuôi cá tra ở Trà Ôn bị gan thận mủ mỗi vụ, muốn tiêm vắc xin thay kháng sinh",
        "Bệnh mủ gan (gan thận mủ) do vi khuẩn Edwardsiella ictaluri xuất hiện đầu tiên mùa lũ năm 1998 ở An Giang, Đồng "
        "Tháp, Cần Thơ, nay đã lan tới các vùng mới nuôi cá tra như Trà Vinh, Bến Tre, Sóc Trăng. Ao cá tra của tôi ở huyện "
        "Trà Ôn vụ nào cũng bị, phải trộn kháng sinh tốn kém. Muốn tiêm vắc xin phòng bệnh cho cá giống trước khi thả.",
        {"mDo088": 2, "mDo089": 2, "mDo090": 1, "mDo100": 1, "mDo091": 1, "mDo092": 1},
    ),
    (
        "mDn34",
        "en",
        "bnp_2lua",
        "Catfish nursery wants one vaccine against both bacillary necrosis and haemorrhagic disease",
        "Our tra catfish nursery in Long Hồ loses fingerlings every year from September to January, when water cools: "
        "bacillary necrosis (white spots on liver and kidney) can kill up to 90%, and haemorrhagic disease follows. Before "
        "selling fingerlings to grow-out farmers we want to vaccinate them against both diseases, so buyers get protected fish.",
        {"mDo088": 2, "mDo089": 1, "mDo090": 1, "mDo091": 1},
    ),
    (
        "mDn35",
        "vi",
        "tilapia_strep_aquapro",
        "HTX nuôi cá rô phi lồng trên sông Cổ Chiên bị liên cầu khuẩn mùa nóng, cần vắc xin",
        "Cá rô phi lồng của hợp tác xã trên sông Cổ Chiên (Vĩnh Long) mỗi mùa nóng lại bơi xoay tròn, lồi mắt, xuất huyết "
        "rồi chết – bệnh liên cầu khuẩn, có đợt chết tới 75% trong 3–7 ngày. Kháng sinh ngày càng kém tác dụng và có nguy cơ "
        "tồn dư. Chúng tôi muốn chuyển sang tiêm hoặc cho ăn vắc xin phòng liên cầu khuẩn trước mùa nóng.",
        {"mDo093": 2, "mDo094": 2, "mDo095": 2, "mDo096": 1},
    ),
    (
        "mDn36",
        "en",
        "snakehead_diseases_mcg",
        "Snakehead farmer in Tiểu Cần: white spots on liver and kidney, some ulcers",
        "Snakehead grows fast and sells well, so many households in Tiểu Cần raise it at high density. My fish now swim "
        "sluggishly and eat little; opened fish show white spots on liver and kidney, and some have ulcers and rotting "
        "tails. I need to know what disease this is and a prevention and treatment plan for the pond.",
        {"mDo097": 2, "mDo164": 2, "mDo098": 1, "mDo099": 1},
    ),
    (
        "mDn37",
        "en",
        "catovina_snakehead",
        "Fish farm in Mang Thít wants antibiogram testing before using medicated feed",
        "We raise fish in ponds in Mang Thít district. Ulcers and red-belly problems keep coming back, and the usual "
        "drugs (enrofloxacin and others bought from the shop) work less each time. Before mixing more antibiotics into "
        "feed we want a laboratory to sample sick fish, identify the bacteria and run an antibiogram to show which drug "
        "still works.",
        {"mDo099": 2, "mDo092": 1, "mDo013": 1},
    ),
    (
        "mDn38",
        "en",
        "abx_rrd_survey",
        "Training veterinary drug shop owners in Càng Long to advise farmers on antibiotics",
        "Surveys show farmers treat antibiotics as the answer to every livestock disease, with a high risk of misuse. Most "
        "small pig and poultry farmers in Càng Long district buy drugs and advice from local veterinary drug shops. The "
        "district agricultural service centre wants a training programme that improves shop owners' disease diagnosis and "
        "their advice on prudent antibiotic use.",
        {"mDo101": 2, "mDo102": 1, "mDo106": 1, "mDo108": 1},
    ),
    (
        "mDn39",
        "vi",
        "vet_practice_huongsac",
        "Tốt nghiệp trung cấp thú y ở Cầu Kè, muốn mở cửa hàng thuốc thú y kiêm tiêm phòng",
        "Tôi có bằng trung cấp thú y, muốn mở cửa hàng thuốc thú y kiêm dịch vụ tiêm phòng ở thị trấn Cầu Kè. Nghe nói theo "
        "Luật Thú y 2015 cá nhân hành nghề phải có chứng chỉ phù hợp từng loại hình, cơ sở phải đáp ứng điều kiện vật chất "
        "và nhiều nơi hành nghề không phép bị xử lý. Cần tư vấn điều kiện, chứng chỉ hành nghề và hồ sơ xin cấp phép.",
        {"mDo103": 2, "mDo104": 2, "mDo105": 1},
    ),
    (
        "mDn40",
        "en",
        "app_aha_smartphone",
        "Smartphone app for commune vets and farmers to report suspected outbreaks in Vĩnh Long",
        "Decisions on sick and dead animals often start and end with the farmer, who consults vets less and less, and "
        "commune reports reach the province as monthly paper tallies. The provincial animal health sub-department wants "
        "a smartphone application with which commune vets and farmers report suspected outbreaks with signs, photos and "
        "location, visible immediately at district and province level.",
        {"mDo109": 2, "mDo111": 2, "mDo110": 2},
    ),
    (
        "mDn41",
        "vi",
        "self_coldchain",
        "Trạm thú y ở cù lao Long Hồ mất điện thường xuyên, cần tủ bảo quản vắc xin chạy điện mặt trời",
        "Vắc xin phải giữ liên tục 2–8 °C suốt chuỗi từ kho tỉnh, huyện tới điểm tiêm; hỏng nhiệt là mất hiệu lực. Điểm tiêm "
        "phòng của chúng tôi ở xã cù lao thuộc huyện Long Hồ hay mất điện, mỗi đợt tiêm cho gia súc gia cầm phải chở vắc xin "
        "bằng thùng đá. Cần tủ bảo quản vắc xin dùng điện mặt trời hoặc giải pháp giữ lạnh không phụ thuộc lưới điện.",
        {"mDo112": 2, "mDo113": 2, "mDo114": 1},
    ),
    (
        "mDn42",
        "en",
        "vaccinator_shortage_binhdinh",
        "A model of paid community animal-health workers after the village vaccinator network was cut",
        "Since the village animal-health network was abolished, district staff alone must vaccinate: one district in our "
        "province has to give the second FMD round to about 35,000 cattle in a month, where previously 80 of 108 villages "
        "had their own worker who knew every farm and reported disease. Trà Vinh districts face the same gap. We are "
        "looking for a proven model of paid community animal-health service providers who vaccinate and treat for a fee.",
        {"mDo115": 2, "mDo042": 1, "mDo106": 1, "mDo105": 1},
    ),
    (
        "mDn43",
        "vi",
        "lutrader_abx",
        "Hộ nuôi heo ở Bình Tân trộn kháng sinh liều thấp quanh năm – có lời không, giảm thế nào?",
        "Tôi nuôi heo nái và heo thịt ở huyện Bình Tân (Vĩnh Long), lâu nay trộn kháng sinh liều thấp vào thức ăn để phòng "
        "bệnh như nhiều hộ khác. Nghe khuyến cáo nên hạn chế vì tốn tiền và gây kháng thuốc, nhưng sợ heo bệnh, giảm năng "
        "suất. Cần đánh giá chi phí – lợi ích thực tế của việc dùng kháng sinh ở trại nhỏ và lời khuyên giảm dần.",
        {"mDo117": 2, "mDo116": 1, "mDo101": 1},
    ),
    (
        "mDn44",
        "vi",
        "vl_rabies_thvl",
        "Xã ở Vũng Liêm cần tổ chức tiêm phòng dại tận nhà cho chó, đạt trên 70% tổng đàn",
        "Cả nước có khoảng 7 triệu con chó nhưng chỉ khoảng 40% được tiêm phòng dại, mới 13 tỉnh đạt trên 70%; Vĩnh Long đã "
        "đạt gần 85% kế hoạch năm. Xã chúng tôi ở huyện Vũng Liêm còn nhiều chó thả rông chưa tiêm. Cần đơn vị tiêm phòng dại "
        "đến từng nhà hoặc theo điểm, mức thu thấp, có tiêm vét, để đạt trên 70% tổng đàn chó.",
        {"mDo118": 2, "mDo120": 2, "mDo119": 1, "mDo139": 1},
    ),
    (
        "mDn45",
        "en",
        "rabies_laocai",
        "Emergency rabies vaccination of dogs and cats after dog bites in a Trà Vinh ward",
        "Several rabies outbreaks were detected and seven people were bitten in a few communes; one person who was not "
        "vaccinated in time died, and the planned 9,900 dog and cat doses had to be raised to 10,600. A similar bite case "
        "has now occurred in our ward of Trà Vinh city. We need a team to count dogs and cats, vaccinate all of them quickly "
        "around the case, and disinfect the area.",
        {"mDo120": 2, "mDo118": 2, "mDo119": 1, "mDo139": 1},
    ),
    (
        "mDn46",
        "vi",
        "goatpox_memart",
        "Hộ nuôi dê ở Trà Cú có dê sốt, nổi mụn quanh miệng – cần chẩn đoán và vắc xin đậu dê",
        "Đàn dê của tôi ở huyện Trà Cú có mấy con sốt, chảy nước mũi, nổi mụn quanh miệng, mặt. Nghe nói bệnh đậu dê do virus "
        "tồn tại lâu trong chuồng, lây qua tiếp xúc, dụng cụ, chất độn chuồng, đường hô hấp và côn trùng, nhất là khi nóng "
        "ẩm. Cần chẩn đoán đúng bệnh, vắc xin tiêm phòng cho cả đàn và cách xử lý con bệnh.",
        {"mDo121": 2, "mDo122": 1},
    ),
    (
        "mDn47",
        "en",
        "dronetech_video",
        "Drone spraying of disinfectant over poultry barns and surroundings in Tam Bình",
        "Drones have been used to spray disinfectant over public spaces during epidemics. Our poultry cooperative in Tam "
        "Bình district (Vĩnh Long) has barns spread across flood-prone land; after high water or an outbreak, spraying by "
        "hand takes days. We want a drone service that disinfects barns, yards and surrounding areas quickly.",
        {"mDo124": 2, "mDo123": 1, "mDo141": 1},
    ),
    (
        "mDn48",
        "vi",
        "disinfect_egypt",
        "Trại gà đẻ ở Long Hồ sau ổ dịch Newcastle cần quy trình vệ sinh tiêu độc trước khi nuôi lứa mới",
        "Sau ổ dịch Newcastle, trại gà đẻ của chúng tôi ở huyện Long Hồ đã xuất hết đàn. Vệ sinh, khử trùng cuối lứa hoặc sau "
        "dịch là để diệt mọi mầm bệnh còn lại, giúp nuôi lại an toàn. Cần quy trình làm sạch và khử trùng chuồng gà cụ thể: "
        "thứ tự các bước, chọn thuốc, pha nồng độ, thời gian để trống trước khi thả gà mới.",
        {"mDo126": 2, "mDo127": 2, "mDo125": 1},
    ),
    (
        "mDn49",
        "en",
        "disinfect_watt",
        "Which disinfectant works best in footbaths? Pig farm in Càng Long",
        "We were told there is no single best disinfectant – each has strengths and weaknesses. Our pig farm in Càng Long "
        "has footbaths at the gate and at each barn, but they turn dirty within hours and we doubt they work. We need advice "
        "on which disinfectant to use in footbaths and how to run and change them so boots really come out clean.",
        {"mDo125": 2, "mDo126": 1, "mDo127": 1},
    ),
    (
        "mDn50",
        "vi",
        "dongnai_59farms",
        "HTX gà ở Trà Vinh muốn được công nhận cơ sở an toàn dịch bệnh cúm và Newcastle",
        "Đồng Nai đã có 489 cơ sở được chứng nhận an toàn dịch bệnh (266 cơ sở gia cầm, 223 cơ sở heo) trên 2.300 trang trại, xây vùng an toàn "
        "cúm gia cầm và Newcastle và vùng đệm ở 10 xã quanh trại gà xuất khẩu sang Nhật. Hợp tác xã gà của chúng tôi ở Trà "
        "Vinh muốn được công nhận cơ sở an toàn dịch bệnh cúm gia cầm và Newcastle để bán cho doanh nghiệp xuất khẩu; cần "
        "hướng dẫn điều kiện, hồ sơ và giám sát.",
        {"mDo156": 2, "mDo157": 2, "mDo038": 1, "mDo158": 1, "mDo037": 1},
    ),
]

NEEDS += [
    (
        "mDn51",
        "vi",
        "asf_apbac",
        "Muon mua vac xin dich ta heo chau Phi dung loai duoc phep va nho nguoi tiem o Tra On",
        "Nha em nuoi may chuc con heo thit o huyen Tra On. Nghe noi da co vac xin dich ta heo chau Phi cua Viet Nam "
        "(NAVET-ASFVAC, AVAC ASF LIVE) nhung thu y dan can trong voi vac xin mua ban troi noi ngoai thi truong. Can mua "
        "dung loai vac xin da cap phep, co nguoi huong dan bao quan va tiem dung tuoi, dung lieu cho heo.",
        {"mDo001": 2, "mDo006": 2, "mDo002": 2, "mDo004": 1, "mDo003": 1, "mDo005": 1},
    ),
    (
        "mDn52",
        "vi",
        "tomvang_artemia",
        "Ao tom the o Cau Ngang tom cham lon, an giam, phan trang – muon xet nghiem EHP",
        "Ao tom the chan trang cua toi o huyen Cau Ngang tom coi coc, an giam nhieu, co phan trang va gan tuy bien mau. "
        "Nghe noi do vi bao tu trung EHP, co the lay qua thuc an tuoi nhu Artemia tu trai giong. Can noi xet nghiem EHP "
        "cho tom nuoi va tom giong, lam dinh ky de biet som.",
        {"mDo072": 2, "mDo082": 1, "mDo084": 1, "mDo073": 1},
    ),
    (
        "mDn53",
        "vi",
        "snn_tuyenquang",
        "Bo nha toi o Tra Cu bi noi cuc, can cach sat trung chuong va chong muoi ruoi",
        "Benh viem da noi cuc tren trau bo da xuat hien o nhieu tinh, lam hang tram con mac benh phai tieu huy. Bo nha toi "
        "o xa Ngoc Bien, huyen Tra Cu vua co con noi cuc tren da. Can huong dan sat trung chuong, thuoc sat trung dung, "
        "cach diet muoi, ruoi, ve va cach ly con benh de khong lay sang ca dan.",
        {"mDo058": 2, "mDo057": 1, "mDo070": 1, "mDo160": 1},
    ),
    (
        "mDn54",
        "vi",
        "dhv_bacgiang",
        "Vit con 10 ngay tuoi chet nhieu o Long Ho, nghi viem gan vit – can vac xin",
        "Chan nuoi vit dang la nghe giup xoa doi giam ngheo, nhieu ho nhap giong vit cao san. Dan vit con khoang 10 ngay "
        "tuoi cua toi o huyen Long Ho chet nhieu, nam nghieng, co giat, nghi viem gan vit do virus. Can vac xin hoac chuong "
        "trinh tiem phong cho vit con va vit me cho cac lua sau.",
        {"mDo050": 2, "mDo049": 1, "mDo048": 1},
    ),
    (
        "mDn55",
        "vi",
        "rabies_anhson",
        "Can tiem phong dai cho cho trong ap o xa Long Hoa, huyen Chau Thanh",
        "O huyen khac nguoi ta tiem dong loat vac xin dai cho hon 35.000 con cho o 21 xa, co tuyen truyen tren dai truoc. "
        "Ap toi o xa Long Hoa, huyen Chau Thanh (Tra Vinh) nhieu cho tha rong, da co nguoi bi cho can. Can don vi den tiem "
        "phong dai cho cho meo trong ap, thu phi vua phai.",
        {"mDo118": 2, "mDo120": 2, "mDo119": 1, "mDo139": 1},
    ),
    (
        "mDn56",
        "en",
        "asf_quangngai_traders",
        "Fast ASF screening of incoming pigs at a collection point in Vĩnh Long",
        "Elsewhere, a collection point buying pigs of unknown origin was caught shipping 72 ASF-infected pigs to other "
        "provinces; 21 blood samples tested positive. Our pig collection and trading point in Vĩnh Long wants to screen "
        "pigs at the gate quickly and cheaply for African swine fever, sending any positive to a laboratory for "
        "confirmation before pigs are mixed or moved.",
        {"mDo008": 2, "mDo007": 2, "mDo011": 1, "mDo012": 1, "mDo009": 1, "mDo010": 1},
    ),
    (
        "mDn57",
        "vi",
        "of_alt_samples_pmc",
        "Trại heo thịt ở Vũng Liêm muốn giám sát PRRS, PCV2 mà không lấy máu từng con",
        "Lấy máu từng con để giám sát dịch bệnh vừa tốn công, tốn tiền vừa làm heo stress. Trại heo thịt của chúng tôi ở "
        "huyện Vũng Liêm muốn chuyển sang lấy mẫu gộp đơn giản như dịch miệng (dây nhai) để xét nghiệm định kỳ PRRS, PCV2 "
        "cho cả ô, cả chuồng. Cần quy trình lấy mẫu, tần suất và nơi xét nghiệm.",
        {"mDo015": 2, "mDo014": 2},
    ),
    (
        "mDn58",
        "en",
        "prrs_tiengiang_biosec",
        "Does our PRRS vaccine protect against local field strains? Challenge testing wanted",
        "PRRS keeps recurring in pig herds of Vĩnh Long despite vaccination, much as district-level studies of biosecurity "
        "and PRRS epidemiology in neighbouring provinces have shown. As a pig cooperative that also distributes vaccine to "
        "members, we want a university laboratory to test whether the PRRS vaccine we use protects pigs against the "
        "heterologous field strains circulating here.",
        {"mDo026": 2, "mDo025": 1},
    ),
    (
        "mDn59",
        "vi",
        "ecoli_blogspot",
        "Heo con ở Bình Minh tiêu chảy phân trắng, dùng kháng sinh không khỏi – cần kháng sinh đồ hoặc chế phẩm thay thế",
        "Trại heo nái của tôi ở thị xã Bình Minh có heo con tiêu chảy phân trắng từ 12–72 giờ sau đẻ và lứa 4 ngày đến 3–4 "
        "tuần tuổi, nghi do E. coli. Đổi mấy loại kháng sinh vẫn không khỏi. Cần phòng thí nghiệm phân lập vi khuẩn và làm "
        "kháng sinh đồ để chọn thuốc, hoặc chế phẩm vi sinh phòng trị tiêu chảy thay kháng sinh.",
        {"mDo030": 2, "mDo029": 2, "mDo013": 2},
    ),
    (
        "mDn60",
        "en",
        "nd_hi_filterpaper",
        "Layer farm in Càng Long wants regular Newcastle antibody checks after vaccination",
        "Newcastle disease can kill a whole flock, and vaccination only protects if birds really respond. Our layer farm in "
        "Càng Long wants its Newcastle antibody titres tested at set times after each vaccination (HI or ELISA), ideally "
        "from dried blood spots on filter paper that we can collect ourselves and mail, to decide when to revaccinate.",
        {"mDo035": 2, "mDo034": 2, "mDo036": 2, "mDo033": 1},
    ),
    (
        "mDn61",
        "vi",
        "ibd_nlu_essay",
        "Hộ nuôi gà ta ở Cầu Kè muốn một loại vắc xin nhỏ mắt phòng cùng lúc Newcastle, Gumboro, IB",
        "Bệnh Gumboro phát hiện ở nước ta từ đầu những năm 1980 và ngày càng nặng, cộng thêm Newcastle và viêm phế quản "
        "truyền nhiễm. Tôi nuôi gà ta ở huyện Cầu Kè, mỗi lần bắt gà nhỏ mắt từng loại vắc xin rất mất công, gà bị stress. "
        "Muốn dùng một loại vắc xin kết hợp phòng cùng lúc ba bệnh này.",
        {"mDo044": 2, "mDo043": 1, "mDo040": 1},
    ),
    (
        "mDn62",
        "en",
        "poultry_biosec_bangladesh",
        "Breeder chicken farm in Trà Vinh needs pullorum and fowl typhoid testing of breeders",
        "Low biosecurity goes with more Salmonella, Campylobacter and Gallibacterium in poultry. Our breeder farm in Trà "
        "Vinh sells day-old chicks to many households, and buyers ask for proof that the parent flock is free of pullorum "
        "and fowl typhoid. We need a laboratory that tests breeders by a recognised diagnostic procedure before each "
        "selling season.",
        {"mDo047": 2, "mDo034": 1, "mDo013": 1},
    ),
    (
        "mDn63",
        "en",
        "duck_cholera_binhminh",
        "Duck farm in Càng Long losing young ducks to a bacterial disease – isolation and antibiogram",
        "Young ducks on our farm in Càng Long die suddenly or after a few days of diarrhoea, especially in the hot months "
        "(July–September); we suspect fowl cholera or salmonellosis. Antibiotics from the shop did not help. We need a "
        "laboratory to isolate the bacteria from dead ducks and test which antibiotics still work.",
        {"mDo053": 2, "mDo013": 2, "mDo051": 1, "mDo016": 1},
    ),
    (
        "mDn64",
        "en",
        "fmd_sea",
        "Checking whether FMD vaccination rounds actually protect cattle in the province",
        "FMD remains endemic in mainland Southeast Asia despite years of vaccination: programmes are hard to implement, new "
        "virus lineages appear and farmers recognise the disease poorly. The provincial animal health sub-department wants "
        "post-vaccination serological monitoring of cattle after each FMD round – what share of animals responds at 30 days "
        "and how long protection lasts – to adjust the schedule.",
        {"mDo062": 2, "mDo060": 1, "mDo016": 1},
    ),
    (
        "mDn65",
        "en",
        "commune_vet_dienbien",
        "On-call veterinary service for farmers on the river islets of Long Hồ and Vũng Liêm",
        "Each commune now has one veterinary worker who must handle outbreaks day and night, vaccination rounds, "
        "disinfection drives and awareness work with little protective equipment. On the river islets of Long Hồ and Vũng "
        "Liêm, farmers with cattle and pigs often wait days for help. We want a service model where trained local providers "
        "come to the farm on call to vaccinate and treat animals for a fee.",
        {"mDo115": 2, "mDo006": 1, "mDo118": 1},
    ),
    (
        "mDn66",
        "vi",
        "vahw_cambodia",
        "Trung tâm dịch vụ nông nghiệp Cầu Ngang cần tập huấn thú y cơ sở về chẩn đoán, lấy mẫu, điều tra ổ dịch",
        "Nhân viên thú y thôn ấp phần lớn là nam giới, trình độ chủ yếu cấp 2, cấp 3, vừa làm ruộng vừa làm thú y, chủ yếu "
        "phục vụ trâu bò. Trung tâm dịch vụ nông nghiệp huyện Cầu Ngang muốn tổ chức tập huấn thực hành cho đội ngũ này về "
        "nhận biết bệnh, lấy và gửi mẫu, điều tra ổ dịch và báo cáo.",
        {"mDo106": 2, "mDo108": 2, "mDo107": 1, "mDo109": 1},
    ),
    (
        "mDn67",
        "en",
        "litmetric_ahpnd",
        "Provincial aquatic animal health lab needs standard real-time PCR protocols and training",
        "AHPND kills up to 100% of shrimp through a plasmid carrying the ToxA and ToxB toxin genes and cost Asian farming "
        "an estimated US$1 billion by 2013; PCR capacity still does not meet demand. Trà Vinh's aquaculture sub-department "
        "laboratory wants standard real-time PCR protocols for shrimp pathogens, staff training and inter-laboratory "
        "comparison so that results agree with other labs.",
        {"mDo075": 2, "mDo074": 2, "mDo073": 1},
    ),
    (
        "mDn68",
        "vi",
        "bnp_tomloe",
        "Hộ nuôi cá tra ở Bình Minh muốn dùng kháng sinh theo kháng sinh đồ, giảm lạm dụng",
        "Bệnh gan thận mủ do Edwardsiella phát mạnh khi nước ao ô nhiễm, môi trường xấu, gặp ở cá tra, basa, trê, lăng. Ao "
        "cá tra của tôi ở thị xã Bình Minh đợt nào bệnh cũng trộn kháng sinh theo kinh nghiệm, chi phí cao mà hiệu quả "
        "giảm. Muốn chọn thuốc theo kết quả kháng sinh đồ, đúng liều và đủ ngày.",
        {"mDo092": 2, "mDo099": 2, "mDo091": 1, "mDo100": 1},
    ),
    (
        "mDn69",
        "en",
        "ai_namdinh_duck",
        "Avian influenza vaccination plan per production cycle for meat-duck farms in Trà Ôn",
        "Studies of avian influenza vaccine use in ducks show that twice-yearly campaigns leave many short-cycle flocks "
        "unprotected. Meat-duck farms in Trà Ôn district restock several times a year. We want a vaccination plan that "
        "vaccinates every production cycle at the right age, concentrated in the highest-risk areas, with costs compared "
        "to the current campaign.",
        {"mDo032": 2, "mDo056": 1, "mDo031": 1, "mDo033": 1},
    ),
    (
        "mDn70",
        "en",
        "duck_two_systems",
        "Surveillance plan for moving duck flocks in Cầu Ngang",
        "Mekong duck farms fall into stationary flocks kept near home and moving flocks driven to distant rice fields, "
        "housed in temporary pens and visited by hatchery owners buying eggs; moving flocks are larger and travel far. The "
        "district veterinary station in Cầu Ngang wants a practical surveillance plan – which flocks to sample, where and "
        "when – for moving duck flocks crossing district and province borders.",
        {"mDo054": 2, "mDo055": 2, "mDo109": 1},
    ),
    (
        "mDn71",
        "en",
        "gosniipp_fishvacc",
        "Pangasius hatchery in Vĩnh Long needs vaccination equipment and anaesthetic for fingerlings",
        "Fish farmed at high density suffer many infections and vaccination is the effective answer, as it has been in "
        "salmon farming. Our pangasius fingerling hatchery in Vĩnh Long wants to start injecting fingerlings before sale, "
        "but has no equipment. We need a licensed vaccine together with vaccination equipment, fish anaesthetic and "
        "training for our staff.",
        {"mDo088": 2, "mDo089": 1},
    ),
    (
        "mDn72",
        "vi",
        "tv_shrimp_ipsard",
        "Hộ nuôi tôm sú ở Châu Thành cần chế phẩm trộn thức ăn giúp tôm tăng sống, giảm Vibrio và đốm trắng",
        "Vùng ven biển Trà Vinh từng phải thu hoạch sớm hàng trăm tấn tôm sú nhiễm bệnh, giá chỉ 50.000–60.000 đồng/kg; khoảng "
        "3.000 hộ mất 350 triệu con giống, tôm chết ở 30–60 ngày tuổi vì đốm trắng, đỏ thân, đầu vàng và hoại tử gan tụy. Tôi "
        "nuôi tôm sú quảng canh cải tiến ở huyện Châu Thành, cần chế phẩm vi sinh trộn thức ăn giúp tôm lớn, tăng tỷ lệ sống, "
        "giảm Vibrio và chống chịu đốm trắng.",
        {"mDo081": 2, "mDo079": 1, "mDo078": 1, "mDo080": 1},
    ),
    (
        "mDn73",
        "en",
        "lsd_fao",
        "Advice on choosing a lumpy skin disease vaccine for a cattle traders' association",
        "Lumpy skin disease is spread by insects, contact, feed and water, mating and insemination, and moves with cattle "
        "trade. Several commercial vaccines exist with varying success, and large-scale vaccination is the most effective "
        "control. Our cattle traders' association in Vĩnh Long wants independent advice on which LSD vaccine to buy – live "
        "or inactivated – and what side effects and post-vaccination checks to expect.",
        {"mDo059": 2, "mDo057": 1, "mDo160": 1},
    ),
    (
        "mDn74",
        "vi",
        "hs_cattle_nghean",
        "Trạm thú y Càng Long cần vắc xin phòng ung khí thán cho bê nghé",
        "Mấy hộ ở huyện Càng Long có bê nghé đang ăn cỏ bỗng ngã quỵ, run rẩy rồi chết trong vài giờ, có con sưng bắp thịt ở "
        "đùi, bụng có khí – nghi ung khí thán do Clostridium chauvoei, bệnh làm chết tới 90% bê nghé. Trạm thú "
        "y cần nguồn vắc xin phòng ung khí thán (các bệnh do Clostridium) và lịch tiêm cho bê nghé trong vùng.",
        {"mDo128": 2, "mDo064": 1, "mDo063": 1},
    ),
    (
        "mDn75",
        "en",
        "goat_dakglong",
        "Veterinary programme for common goat diseases as herds grow in Duyên Hải",
        "Goats are easy to raise on leaves and grass, their meat sells well, and households are moving from a few animals "
        "to small farms. Goat keepers in Duyên Hải district are expanding herds but have little veterinary support. We need "
        "a prevention and treatment programme for the common infectious diseases of goats – pox, respiratory and digestive "
        "diseases – with vaccination where available.",
        {"mDo121": 2, "mDo122": 2},
    ),
]
