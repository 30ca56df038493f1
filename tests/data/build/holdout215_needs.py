"""Needs of holdout215: (id, language, source key, title, description, {offer id: grade}). Enterprises,
cooperatives and farmers in Trà Vinh / Vĩnh Long; each paraphrases the page named by its source key, and a
need written from a page about another place is set in the province (see make_holdout215.py)."""

NEEDS = [
    (
        "qIn01",
        "vi",
        "s_tv_asf",
        "Cần bộ test nhanh phát hiện sớm dịch tả heo châu Phi tại trại",
        "Trà Vinh là tỉnh thứ 11 ở ĐBSCL có dịch tả heo châu Phi, cả nước đã 53 tỉnh có dịch và hơn 2,2 triệu "
        "con heo phải tiêu hủy. HTX chăn nuôi heo của chúng tôi ở Càng Long cần bộ test có thể làm ngay tại trại "
        "để phát hiện sớm heo nhiễm, tách đàn trước khi chờ kết quả gửi mẫu.",
        {"qIo002": 2, "qIo003": 2, "qIo007": 2, "qIo004": 1, "qIo005": 1, "qIo006": 1, "qIo001": 1, "qIo009": 1},
    ),
    (
        "qIn02",
        "en",
        "s_vl_traon",
        "PCR confirmation service for suspected ASF samples",
        "Vĩnh Long has recorded 105 African swine fever outbreaks in 30 communes of 7 districts, with 2,785 pigs "
        "culled and about 6.6 billion dong in support; only Trà Ôn was still free. Our pig cooperative in Trà Ôn "
        "wants a laboratory that confirms suspect samples by PCR quickly so we can act before the disease arrives.",
        {"qIo001": 2, "qIo002": 2, "qIo010": 2, "qIo119": 2, "qIo003": 1, "qIo009": 1, "qIo122": 1},
    ),
    (
        "qIn03",
        "vi",
        "s_cand_ag",
        "Can kit test nhanh khang nguyen dich ta heo chau Phi cho thu y xa",
        "Tinh ben canh co toi 1.223 diem dich ta heo chau Phi o 129 xa, 10/11 huyen, heo van chuyen qua lai rat "
        "nhieu. Thu y xa o Tra Cu can kit test nhanh khang nguyen dung tai cho, co ket qua trong vai chuc phut de "
        "kiem tra heo nghi benh truoc khi cho van chuyen.",
        {"qIo002": 2, "qIo003": 2, "qIo007": 2, "qIo004": 1, "qIo006": 1, "qIo008": 1, "qIo005": 1},
    ),
    (
        "qIn04",
        "en",
        "s_kg_asf",
        "Field check of ASF rapid test kits before bulk purchase",
        "African swine fever flared again in a neighbouring province, worst in one district. A group of pig "
        "farms in Cầu Kè wants to buy rapid ASF test kits in bulk, but first needs an independent check of how "
        "sensitive and specific the kits really are against PCR on our own field samples.",
        {"qIo006": 2, "qIo008": 2, "qIo004": 2, "qIo009": 1, "qIo001": 1, "qIo002": 1},
    ),
    (
        "qIn05",
        "vi",
        "s_asf_qn",
        "Điều tra đặc điểm dịch tễ ASF và đề xuất biện pháp phòng chống",
        "Huyện Tiểu Cần muốn có nghiên cứu đặc điểm bệnh dịch tả heo châu Phi trên địa bàn như đã làm ở một số "
        "tỉnh phía Bắc: diễn biến, các yếu tố nguy cơ ở hộ nuôi và đề xuất biện pháp phòng chống phù hợp để tránh tái phát.",
        {"qIo012": 2, "qIo011": 2, "qIo032": 1, "qIo092": 1, "qIo019": 1},
    ),
    (
        "qIn06",
        "en",
        "s_huyen_hy",
        "Differential diagnosis for sows dying on smallholder farms",
        "About four million Vietnamese households raise pigs, more than half with only one or two pigs a cycle, "
        "and disease is their main risk. Several small farms in Cầu Ngang have sows dying with fever and red "
        "skin; we need a laboratory to tell African swine fever from classical swine fever, PRRS and bacterial causes.",
        {"qIo010": 2, "qIo119": 2, "qIo030": 1, "qIo001": 1, "qIo009": 1, "qIo122": 1, "qIo125": 1},
    ),
    (
        "qIn07",
        "vi",
        "s_asf_tieuluan",
        "Cần kỹ thuật phát hiện ASFV tại chỗ bằng khuếch đại đẳng nhiệt",
        "Dịch tả heo châu Phi genotype II có ở Việt Nam từ 2019, lây rất nhanh, tỷ lệ chết tới 100% và diễn biến "
        "lâm sàng đang thay đổi nên khó chẩn đoán. Trạm thú y ở Trà Vinh cần kỹ thuật phát hiện virus ngay tại "
        "chỗ (LAMP, RPA…) không cần máy PCR đắt tiền.",
        {"qIo007": 2, "qIo009": 2, "qIo002": 2, "qIo003": 1, "qIo001": 1},
    ),
    (
        "qIn08",
        "en",
        "s_tv_asf",
        "Antibody screening of pigs before restocking after ASF",
        "Trà Vinh became the 11th Mekong province hit by African swine fever. Farms in Châu Thành that lost their "
        "herds want to restock and need an antibody test (rapid or ELISA) to screen surviving and incoming pigs "
        "for past ASF infection.",
        {"qIo005": 2, "qIo002": 2, "qIo009": 1, "qIo121": 1, "qIo004": 1},
    ),
    (
        "qIn09",
        "vi",
        "s_memart_vacxin",
        "Cần nguồn vắc xin dịch tả heo châu Phi cho heo thịt",
        "Đã có vắc xin dịch tả heo châu Phi nhược độc được cấp phép (NAVET-ASFVAC, AVAC ASF LIVE…) với khả năng "
        "bảo hộ trên 95% cho heo từ 4-8 tuần tuổi. Trang trại heo thịt ở Châu Thành, Trà Vinh cần nguồn cung vắc "
        "xin chính thức và hướng dẫn tiêm đúng tuổi, đúng liều.",
        {"qIo013": 2, "qIo014": 2, "qIo015": 2, "qIo021": 2, "qIo016": 2, "qIo017": 1, "qIo018": 1, "qIo020": 1},
    ),
    (
        "qIn10",
        "en",
        "s_filipinotimes",
        "ASF vaccine in small packs for a small pig farm",
        "Vietnam's two commercial ASF vaccines passed trials of more than 650,000 doses with about 95% efficacy "
        "and are now exported by the million. Our family farm in Mang Thít keeps about 20 fatteners and cannot "
        "use large vials; we need the vaccine in small packs without wasting doses.",
        {"qIo016": 2, "qIo014": 1, "qIo015": 1, "qIo017": 1, "qIo013": 1},
    ),
    (
        "qIn11",
        "en",
        "s_van_ph",
        "Antibody monitoring after ASF vaccination",
        "Official field monitoring abroad found 92.78% of pigs given a Vietnamese ASF vaccine developed "
        "detectable antibodies. Our farms in Long Hồ have started vaccinating and want the same kind of "
        "post-vaccination check: sampling, antibody testing and follow-up of vaccinated herds.",
        {"qIo020": 2, "qIo018": 2, "qIo002": 2, "qIo005": 1, "qIo121": 1},
    ),
    (
        "qIn12",
        "vi",
        "s_baohaiduong",
        "Cần nguồn vắc xin DTLCP chính hãng, tránh hàng lậu",
        "Có đoàn kiểm tra phải đến tận kho nhà sản xuất để phân biệt vắc xin dịch tả heo châu Phi chính thức với "
        "hàng nhập lậu. HTX heo ở Vũng Liêm muốn mua vắc xin đã được cấp phép lưu hành trực tiếp từ nhà sản xuất "
        "hoặc đại lý chính thức, có hồ sơ nguồn gốc.",
        {"qIo013": 2, "qIo014": 2, "qIo016": 2, "qIo015": 1, "qIo017": 1},
    ),
    (
        "qIn13",
        "en",
        "s_sggp_2024",
        "ASF vaccine with a field record for a 1,000-head fattening farm",
        "The Philippines tested 300,000 doses of a Vietnamese ASF vaccine on 30 large farms with 150,000 pigs, "
        "which stayed healthy to market, before approving it. Our 1,000-head fattening farm in Duyên Hải wants "
        "a vaccine with such a field record and clear rules on pig age, doses and length of protection.",
        {"qIo014": 2, "qIo013": 2, "qIo016": 2, "qIo021": 2, "qIo017": 1, "qIo020": 1, "qIo015": 1},
    ),
    (
        "qIn14",
        "vi",
        "s_bacgiang",
        "Cần lịch tiêm phòng cho nái hậu bị và nái mang thai",
        "Trại nái khoảng 60 con ở Tiểu Cần muốn áp dụng quy trình chăm sóc, nuôi dưỡng và phòng bệnh như các trại "
        "nái bài bản: cần lịch vắc xin cho nái hậu bị trước phối và cho nái mang thai (dịch tả, LMLM, giả dại, "
        "parvo, E. coli) đúng thời điểm an toàn.",
        {"qIo024": 2, "qIo023": 2, "qIo027": 2, "qIo026": 1, "qIo022": 1},
    ),
    (
        "qIn15",
        "vi",
        "s_bacgiang",
        "Cần lịch tiêm vắc xin cho heo con từ sơ sinh đến xuất chuồng",
        "Cũng trại nái ở Tiểu Cần cần lịch tiêm cho heo con theo mẹ và heo cai sữa: tiêm sắt, suyễn, dịch tả, phó "
        "thương hàn, LMLM theo ngày tuổi, khoảng cách giữa các mũi và cách bảo quản vắc xin.",
        {"qIo022": 2, "qIo025": 2, "qIo024": 2, "qIo023": 1},
    ),
    (
        "qIn16",
        "en",
        "s_umn_prrs",
        "PRRS vaccine and control plan for a sow herd",
        "A PRRS outbreak can cost more than USD 236 per sow, from abortion storms to chronic infection, and "
        "vaccines give protection from about 7 days after vaccination for some 16 weeks. Our sow farm in Càng "
        "Long had abortions and weak piglets and needs a vaccine and a control plan.",
        {"qIo029": 2, "qIo028": 2, "qIo030": 1, "qIo031": 1, "qIo024": 1},
    ),
    (
        "qIn17",
        "vi",
        "s_aasv",
        "Xếp loại trạng thái tai xanh của đàn nái sau ổ dịch",
        "Theo dõi 27 trại nái sau dịch tai xanh cho thấy 7 trại (26%) bị tổn thất sinh sản kéo dài, liên quan tới "
        "việc tự nuôi hậu bị và không cách ly heo mới. Trại nái ở Cầu Kè cần xét nghiệm RT-PCR, ELISA định kỳ để "
        "biết đàn đã ổn định hay chưa và tìm nguồn virus.",
        {"qIo030": 2, "qIo028": 2, "qIo119": 1, "qIo029": 1, "qIo031": 1},
    ),
    (
        "qIn18",
        "vi",
        "s_springer_prrs",
        "Cần vắc xin tai xanh nhược độc để ổn định đàn nái",
        "Đàn nái được coi là ổn định khi heo con cai sữa âm tính RT-PCR ít nhất 90 ngày liên tục; muốn vậy cần "
        "miễn dịch đồng đều bằng vắc xin nhược độc và thay đổi luồng heo. Trại ở Tam Bình cần vắc xin tai xanh "
        "nhược độc kèm chương trình ổn định đàn.",
        {"qIo029": 2, "qIo028": 2, "qIo030": 2, "qIo031": 1, "qIo024": 1},
    ),
    (
        "qIn19",
        "vi",
        "s_gumboro_bc",
        "Trại gà thịt bị Gumboro liên tục, cần lịch vắc xin",
        "Bệnh Gumboro có ở Việt Nam từ đầu những năm 1980 và ngày càng nặng, có chủng độc lực cao. Trại gà thịt "
        "5.000 con ở Châu Thành, Trà Vinh lứa nào cũng bị Gumboro, cần lịch vắc xin Gumboro và Newcastle phù hợp "
        "kháng thể mẹ truyền.",
        {
            "qIo033": 2,
            "qIo034": 2,
            "qIo037": 2,
            "qIo038": 2,
            "qIo041": 2,
            "qIo040": 1,
            "qIo036": 1,
            "qIo120": 1,
            "qIo039": 1,
        },
    ),
    (
        "qIn20",
        "en",
        "s_newssummed",
        "Heat-tolerant Newcastle vaccine for backyard chickens",
        "Newcastle disease kills backyard chickens fast; the usual vaccine is given by eye drop and what is left "
        "must be kept in a cool box for the next day. Households in Trà Cú have no fridge, so we need a Newcastle "
        "vaccine that tolerates heat and is easy to give.",
        {"qIo042": 2, "qIo043": 2, "qIo052": 1, "qIo045": 1, "qIo044": 1, "qIo036": 1, "qIo039": 1},
    ),
    (
        "qIn21",
        "vi",
        "s_kungu",
        "Ga de bi veo co, can lich tiem nhac Newcastle khi dang de",
        "Dan ga de cua toi o Long Ho dat 50% de thi co con bi veo co, nguoi ta noi khong tiem Newcastle cho toi "
        "dinh de. Can lich tiem nhac Newcastle cho ga de va vac xin phu hop, tiem dung han du dang de, va cach xu "
        "ly phan ung 10-14 ngay sau tiem.",
        {"qIo034": 2, "qIo046": 2, "qIo040": 2, "qIo044": 1, "qIo036": 1, "qIo039": 1},
    ),
    (
        "qIn22",
        "en",
        "s_ucd_circ",
        "Complete vaccination programme for layer pullets",
        "A vaccination programme must be planned ahead for the type of operation, brooding schedule, age of "
        "birds and vaccine used, because vaccinating once disease strikes rarely helps. Our layer farm in Long Hồ "
        "needs a full pullet programme: Marek's, Newcastle, bronchitis, Gumboro and fowl pox.",
        {"qIo040": 2, "qIo039": 2, "qIo034": 2, "qIo033": 1, "qIo046": 1, "qIo041": 1},
    ),
    (
        "qIn23",
        "en",
        "s_ort",
        "Laboratory diagnosis of respiratory disease in free-range chickens",
        "Free-range chickens in Tiểu Cần have long-lasting breathing problems and deaths, like the "
        "Ornithobacterium rhinotracheale disease described near Hanoi. We need a laboratory that takes samples, "
        "identifies the bacterial or viral cause and advises on prevention.",
        {"qIo119": 2, "qIo123": 1, "qIo122": 1, "qIo125": 1, "qIo127": 1, "qIo120": 1},
    ),
    (
        "qIn24",
        "vi",
        "s_unyfa",
        "Gà thả vườn chết do Newcastle, cần tiêm phòng và nhỏ mắt",
        "Newcastle là bệnh giết gà nhiều nhất, lây nhanh, không có thuốc chữa nhưng phòng được bằng vắc xin nhỏ "
        "mắt. Các hộ nuôi gà thả vườn ở Cầu Kè cần vắc xin Newcastle và hướng dẫn nhỏ mắt, pha vắc xin, giữ lạnh "
        "đúng cách cho cả xóm làm chung.",
        {"qIo036": 2, "qIo033": 2, "qIo045": 2, "qIo042": 2, "qIo052": 1, "qIo043": 1, "qIo035": 1},
    ),
    (
        "qIn25",
        "vi",
        "s_isc_i2",
        "Cần vắc xin Newcastle không phụ thuộc dây chuyền lạnh",
        "Vắc xin chịu nhiệt chủng I-2 khi để ở 20°C vẫn tạo kháng thể sau hai lần nhỏ mắt cách nhau 2 tuần. Hộ "
        "nuôi gà ở cù lao Long Trị (xã Long Đức, TP Trà Vinh) không có tủ lạnh ổn định, cần loại vắc xin Newcastle chịu nhiệt "
        "như vậy và người hướng dẫn nhỏ.",
        {"qIo042": 2, "qIo052": 1, "qIo043": 2, "qIo036": 1, "qIo045": 1},
    ),
    (
        "qIn26",
        "vi",
        "s_newssummed",
        "Cần vắc xin đa giá để giảm số lần bắt gà",
        "Vắc xin Newcastle đơn chỉ phòng được một bệnh, mỗi lần nhỏ mắt phải bắt từng con. Trại gà ta ở Trà Ôn "
        "muốn dùng vắc xin đa giá phòng cùng lúc Newcastle, Gumboro và viêm phế quản để giảm công và stress cho gà.",
        {"qIo037": 2, "qIo033": 1, "qIo034": 1, "qIo046": 1, "qIo036": 1},
    ),
    (
        "qIn27",
        "en",
        "s_kungu",
        "Broiler vaccination programme under heavy Newcastle pressure",
        "Newcastle and Gumboro weaken the birds' immunity and open the way to secondary infections. Our broiler "
        "farm in Càng Long has repeated Newcastle losses and needs a vaccination programme for high-risk "
        "conditions, with routes and ages.",
        {"qIo038": 2, "qIo041": 2, "qIo033": 2, "qIo044": 1, "qIo036": 1, "qIo045": 1},
    ),
    (
        "qIn28",
        "vi",
        "s_ucd_circ",
        "Cần lịch vắc xin cho gà thả vườn nuôi 4-6 tháng",
        "Lịch vắc xin phải lập trước theo kiểu chăn nuôi, lứa tuổi và loại vắc xin, vì khi bệnh đã phát thì tiêm "
        "thường vô ích. HTX gà thả vườn ở Cầu Ngang nuôi 4-6 tháng mới bán, cần lịch đầy đủ: Marek, Newcastle, "
        "Gumboro, đậu, cúm, tụ huyết trùng.",
        {"qIo034": 2, "qIo033": 2, "qIo039": 2, "qIo040": 1, "qIo036": 1},
    ),
    (
        "qIn29",
        "en",
        "s_gumboro_bc",
        "Confirmatory diagnosis: Gumboro, Newcastle or avian influenza",
        "Gumboro spread worldwide after 1962 and causes bursa lesions that can be confused with Newcastle and "
        "avian influenza. Our chicken farm in Duyên Hải needs a laboratory to confirm which disease killed the "
        "birds by bursa, spleen and virus testing.",
        {"qIo120": 2, "qIo119": 2, "qIo123": 1, "qIo127": 1, "qIo122": 1},
    ),
    (
        "qIn30",
        "vi",
        "s_tv_asf",
        "Cần tập huấn thú y xã lấy mẫu và dùng test nhanh ASF",
        "Dịch tả heo châu Phi đã vào Trà Vinh. Các xã ở Cầu Ngang cần tập huấn cho thú y viên cách lấy mẫu, dùng và "
        "đọc test nhanh tại chỗ, biết khi nào phải gửi mẫu về phòng thí nghiệm chính thức.",
        {"qIo004": 2, "qIo009": 2, "qIo001": 1, "qIo002": 1},
    ),
    (
        "qIn31",
        "vi",
        "s_dtv_hn",
        "Vịt chạy đồng sưng đầu, chảy nước mắt, nghi dịch tả vịt",
        "Bệnh dịch tả vịt gây chết nhiều trên đàn vịt nuôi và có chủng virus cường độc lưu hành. Đàn vịt chạy đồng "
        "của tôi ở Trà Cú bị sưng đầu, chảy nước mắt, chết rải rác; cần vắc xin dịch tả vịt và hướng dẫn tiêm phòng "
        "cho cả đàn trước mùa.",
        {"qIo047": 2, "qIo050": 1, "qIo119": 1},
    ),
    (
        "qIn32",
        "en",
        "s_dtv_hn",
        "Duck plague vaccination for herded ducks",
        "Duck plague keeps circulating with virulent strains in village flocks. Herded ducks moving between "
        "rice fields in Cầu Ngang need a duck plague vaccine and a schedule that fits the season when the disease "
        "peaks.",
        {"qIo047": 2, "qIo050": 1},
    ),
    (
        "qIn33",
        "vi",
        "s_vnua_tembusu",
        "Vit bi liet, lat ngua, nghi Tembusu ghep vi khuan",
        "Nghien cuu PCR o mien Bac thay 30/73 mau vit duong tinh Tembusu (41,1%), nhieu con ghep E. coli, "
        "Riemerella, Salmonella. Dan vit de cua HTX o Cau Ngang giam de, vit con liet, lat ngua; can chan doan "
        "Tembusu va cach phong benh.",
        {"qIo048": 2, "qIo049": 2, "qIo119": 1, "qIo047": 1, "qIo051": 1},
    ),
    (
        "qIn34",
        "en",
        "s_kienthuc",
        "Avian influenza vaccination protocol for breeder ducks",
        "H5N6 avian influenza caused 10 outbreaks in five provinces in a few weeks and farmers asked what to do. "
        "Our breeder duck farm in Trà Vinh wants a vaccination protocol proven in ducks, with the number of "
        "injections needed for protection.",
        {"qIo050": 2, "qIo055": 2, "qIo053": 2, "qIo065": 1, "qIo066": 1},
    ),
    (
        "qIn35",
        "vi",
        "s_namdinh_vit",
        "Đánh giá hiệu quả vắc xin cúm trên đàn vịt",
        "Trạm thú y huyện Cầu Kè muốn đánh giá hiệu quả vắc xin cúm gia cầm trên đàn vịt nuôi như nghiên cứu đã làm "
        "ở Nam Định: lấy mẫu huyết thanh sau tiêm, đo hiệu giá kháng thể và tỷ lệ bảo hộ.",
        {"qIo065": 2, "qIo066": 2, "qIo050": 2, "qIo067": 1, "qIo121": 1},
    ),
    (
        "qIn36",
        "vi",
        "s_dich_vit_qt",
        "Đàn vịt chết, cần xét nghiệm cúm nhanh và xử lý ổ dịch",
        "Một đàn vịt ở nơi khác chết rải rác, lấy mẫu mới biết nhiễm cúm A/H5N6 và phải công bố dịch. Hộ nuôi vịt ở "
        "Duyên Hải có vịt chết, cần xét nghiệm cúm A/H5 nhanh và tư vấn xử lý ổ dịch.",
        {"qIo067": 2, "qIo061": 2, "qIo119": 2, "qIo059": 1, "qIo060": 1, "qIo054": 1, "qIo064": 1},
    ),
    (
        "qIn37",
        "vi",
        "s_tv_cum",
        "Cần vắc xin cúm gia cầm sản xuất trong nước giá hợp lý",
        "Trà Vinh có 41 ổ dịch cúm gia cầm tại 17 xã của 4 huyện, thành phố; 27.172 con mắc và nghi mắc, 17.550 con "
        "bị tiêu hủy, nhiều nhất ĐBSCL. Hộ nuôi cần vắc xin cúm gia cầm sản xuất trong nước, giá hợp lý, chủ động nguồn.",
        {"qIo053": 2, "qIo050": 1, "qIo055": 1, "qIo065": 1},
    ),
    (
        "qIn38",
        "vi",
        "s_tv_h5n1",
        "Cần test nhanh cúm H5N1 tại chuồng cho gia cầm chết",
        "Trà Vinh phải tiêu hủy gần 1.000 con gia cầm nhiễm cúm A/H5N1. Thú y xã ở Cầu Ngang cần test nhanh kháng "
        "nguyên cúm dùng ngay tại chuồng trên gia cầm chết, kèm cách lấy mẫu (swab, lông) cho chính xác.",
        {"qIo059": 2, "qIo060": 2, "qIo061": 2, "qIo063": 1, "qIo064": 1, "qIo129": 1, "qIo067": 1},
    ),
    (
        "qIn39",
        "en",
        "s_longan",
        "Fast reporting of sick poultry from hamlet to province",
        "Near Saigon 3,600 ducks died after a farmer hid a sick flock of 400 chickens and treated them himself; "
        "the province then sent 20,000 vaccine doses and 20 litres of disinfectant. Cầu Kè district wants a "
        "system for hamlet-level reporting of sick animals straight to the province.",
        {"qIo115": 2, "qIo116": 2, "qIo117": 2, "qIo102": 1, "qIo064": 1},
    ),
    (
        "qIn40",
        "vi",
        "s_tayninh",
        "Cần bản đồ nguy cơ cúm gia cầm để khoanh vùng tiêm phòng",
        "Chăn nuôi gia cầm nhỏ lẻ nhiều, khó quản lý và phòng dịch; kế hoạch phòng chống cúm hằng năm cần biết xã "
        "nào nguy cơ cao. Sở Nông nghiệp muốn bản đồ nguy cơ cúm gia cầm cho Trà Vinh để tiêm phòng trọng điểm.",
        {"qIo056": 2, "qIo057": 2, "qIo058": 1},
    ),
    (
        "qIn41",
        "en",
        "s_vnplus_topic",
        "Live bird market surveillance for avian influenza viruses",
        "Avian influenza keeps returning, and strains not yet in Vietnam (H7N9, H5N2) could arrive with "
        "smuggled poultry of unknown origin. Trà Vinh wants regular sampling of ducks and chickens at its live "
        "bird markets with laboratory testing for H5 and other strains.",
        {"qIo058": 2, "qIo067": 2, "qIo057": 1, "qIo059": 1, "qIo061": 1, "qIo062": 1},
    ),
    (
        "qIn42",
        "en",
        "s_dich_vit_qt",
        "Biosecurity training for poultry and duck keepers",
        "A duck flock died of H5N6 and the district declared an outbreak. Poultry keepers in Trà Cú need "
        "practical biosecurity training to keep avian influenza out of backyard and field-run flocks.",
        {"qIo054": 2, "qIo092": 1, "qIo103": 1, "qIo141": 1},
    ),
    (
        "qIn43",
        "vi",
        "s_tv_h5n1",
        "Can hoa chat va cach tieu doc sau khi tieu huy ga vit bi cum",
        "Xa vua tieu huy gan 1.000 con gia cam bi cum A/H5N1. Can chon hoa chat sat trung pho rong va quy trinh "
        "tieu doc chuong, dung cu, duong di sau tieu huy, lam bao nhieu lan moi tuan cho den khi het dich.",
        {"qIo077": 2, "qIo078": 2, "qIo075": 2, "qIo076": 2, "qIo082": 2, "qIo081": 1, "qIo084": 1, "qIo085": 1},
    ),
    (
        "qIn44",
        "en",
        "s_longan",
        "Can a negative bird flu rapid test rule out the disease?",
        "A farmer who tried to treat his sick chickens without reporting spread H5N1 to his neighbours' ducks "
        "and can be fined. Our veterinary supply shop in Trà Vinh city wants clear guidance on what a negative "
        "rapid test means and on the duty to report suspicion.",
        {"qIo064": 2, "qIo063": 2, "qIo059": 1, "qIo060": 1, "qIo129": 1},
    ),
    (
        "qIn45",
        "en",
        "s_tv_cum",
        "RT-PCR confirmation of H5 in samples from dead birds",
        "With 41 avian influenza outbreaks in 17 communes, commune vets in Trà Vinh already use rapid tests but "
        "need a laboratory that confirms H5 by RT-PCR on swabs from dead birds, with quick results.",
        {"qIo067": 2, "qIo119": 2, "qIo058": 1, "qIo060": 1},
    ),
    (
        "qIn46",
        "vi",
        "s_lsd_hb",
        "Cần vắc xin viêm da nổi cục và hướng dẫn tiêm cho bò, bê",
        "Viêm da nổi cục bùng phát từ cuối 2020, lây rộng, nhiều hộ vẫn chủ quan chưa tiêm phòng. HTX bò ở Trà Cú "
        "cần vắc xin viêm da nổi cục, hướng dẫn tiêm cho bò lớn và bê, và biết các phản ứng sau tiêm để yên tâm.",
        {"qIo069": 2, "qIo070": 2, "qIo073": 2, "qIo072": 1, "qIo074": 1},
    ),
    (
        "qIn47",
        "en",
        "s_lsd_tq",
        "Lumpy skin disease vaccination plan for beef cattle",
        "Lumpy skin disease has appeared in many provinces with hundreds of cattle culled, and provinces "
        "without cases are preparing. Our beef cattle group in Cầu Kè needs a vaccination plan: which vaccine, "
        "how often, and what to do with young calves.",
        {"qIo073": 2, "qIo072": 2, "qIo069": 2, "qIo070": 1, "qIo074": 1},
    ),
    (
        "qIn48",
        "vi",
        "s_lsd_tq",
        "Cần tập huấn nhận biết sớm bệnh viêm da nổi cục",
        "Bệnh viêm da nổi cục đã xuất hiện nhiều tỉnh, phải tiêu hủy hàng trăm con trâu bò. Hội nông dân ở Tiểu Cần "
        "cần lớp tập huấn cho người nuôi nhận biết sớm triệu chứng, đường lây do côn trùng và cách chăm sóc bò bệnh.",
        {"qIo074": 2, "qIo072": 1, "qIo070": 1},
    ),
    (
        "qIn49",
        "vi",
        "s_fmd_tvu",
        "Cần vắc xin lở mồm long móng cho bò",
        "Lở mồm long móng lây rất nhanh cho trâu bò, heo, loài nhai lại, gây thiệt hại lớn cho đàn giống. Trại bò "
        "ở Càng Long cần vắc xin LMLM đúng type và lịch tiêm nhắc.",
        {"qIo068": 2, "qIo071": 1},
    ),
    (
        "qIn50",
        "en",
        "s_fmd_tp",
        "Identify the FMD serotype before buying vaccine",
        "Foot-and-mouth vaccine is allocated as types O, A and Asia 1, with a booster after 28 days and every 6 "
        "months. Dairy farms in Vĩnh Long want to know which serotype is circulating locally so they buy the "
        "right vaccine.",
        {"qIo071": 2, "qIo119": 2, "qIo068": 1},
    ),
    (
        "qIn51",
        "en",
        "s_fmd_tvu",
        "Disinfection and traffic control on a cattle farm against FMD",
        "Foot-and-mouth disease spreads very fast between cattle, pigs and other ruminants. Our cattle farm in "
        "Càng Long wants a biosecurity plan: control of people, animals and vehicles, and the right disinfectant "
        "for barns, trucks and chutes.",
        {"qIo093": 2, "qIo094": 2, "qIo095": 2, "qIo088": 1, "qIo080": 1, "qIo077": 1},
    ),
    (
        "qIn52",
        "en",
        "s_manitoba",
        "Vaccines losing potency in our farm fridge",
        "Vaccines only work if they are handled properly right up to the moment they are given, and failures "
        "waste money. Our cattle and pig farm in Tam Bình suspects the fridge is too warm or freezing, and wants "
        "temperature monitoring and advice on storing vaccines.",
        {"qIo109": 2, "qIo110": 2, "qIo111": 2, "qIo150": 1, "qIo142": 1},
    ),
    (
        "qIn53",
        "vi",
        "s_manitoba",
        "Cần giữ lạnh vắc xin 2-8°C khi đi tiêm tận hộ",
        "Vắc xin phải được bảo quản đúng cho tới lúc tiêm mới có hiệu quả. Thú y xã ở Trà Ôn đi tiêm phòng tận hộ cả "
        "ngày, cần giải pháp thùng lạnh, đá khô và tập huấn giữ vắc xin ở 2-8°C ngoài hiện trường.",
        {"qIo110": 2, "qIo111": 2, "qIo109": 1, "qIo142": 1},
    ),
    (
        "qIn54",
        "vi",
        "s_vl_asf",
        "Cần quy trình an toàn sinh học và tiêu độc phòng tái phát ASF",
        "Dịch tả heo châu Phi đã lắng nhưng Vĩnh Long vẫn có ổ dịch nhỏ, nguy cơ bùng phát lại. Trang trại heo ở "
        "Long Hồ cần quy trình chăn nuôi an toàn sinh học: vệ sinh, tiêu độc khử trùng định kỳ, kiểm soát người và "
        "xe ra vào.",
        {
            "qIo075": 2,
            "qIo077": 2,
            "qIo078": 2,
            "qIo082": 2,
            "qIo085": 2,
            "qIo092": 2,
            "qIo083": 1,
            "qIo084": 1,
            "qIo086": 1,
            "qIo019": 1,
            "qIo032": 1,
        },
    ),
    (
        "qIn55",
        "en",
        "s_tropentag",
        "Biosecurity audit of small pig farms",
        "A survey of small pig farms found 69.7% let visitors in without restriction, disinfection mats in only "
        "42.7% of visits and protective clothing almost never used. The Tiểu Cần pig cooperative wants its "
        "member farms audited with a checklist and given a plan to improve.",
        {"qIo092": 2, "qIo032": 2, "qIo086": 1, "qIo091": 1, "qIo107": 1},
    ),
    (
        "qIn56",
        "vi",
        "s_vl_asf",
        "Can huong dan dung voi khu trung chuong heo cho dung",
        "Sau dot dich ta heo chau Phi o Vinh Long, toi muon nuoi lai o Mang Thit va dung voi de khu trung chuong. "
        "Can huong dan phan biet voi song, voi bot, sua voi, pha bao nhieu phan tram va noi mua voi.",
        {"qIo075": 2, "qIo076": 2, "qIo079": 2, "qIo080": 1, "qIo078": 1},
    ),
    (
        "qIn57",
        "en",
        "s_nc_aphis",
        "Truck disinfection at the gate of a poultry farm",
        "Trucks entering and leaving poultry farms should have tyres, undercarriage and containers washed and "
        "disinfected. Our layer farm in Duyên Hải receives feed and collection trucks daily and needs a "
        "vehicle disinfection set-up at the gate.",
        {"qIo087": 2, "qIo088": 2, "qIo089": 2, "qIo090": 2, "qIo095": 2, "qIo086": 1, "qIo083": 1},
    ),
    (
        "qIn58",
        "vi",
        "s_nc_aphis",
        "Cần cổng phun sát trùng xe tự động cho trại gà",
        "Xe ra vào trại gia cầm cần được rửa và sát trùng bánh xe, gầm xe. Trại gà ở Châu Thành muốn lắp cổng phun "
        "sát trùng tự động có cảm biến, không phụ thuộc tài xế tự phun.",
        {"qIo087": 2, "qIo095": 1, "qIo088": 1, "qIo089": 1, "qIo090": 1},
    ),
    (
        "qIn59",
        "en",
        "s_asf_tieuluan",
        "Which disinfectant kills ASF virus, and at what dilution",
        "African swine fever virus survives long in the environment and there is no treatment, so control "
        "depends on hygiene. Our pig farm in Càng Long wants to know which disinfectants work against ASF virus "
        "and how to dilute and apply them.",
        {"qIo084": 2, "qIo083": 2, "qIo082": 2, "qIo075": 2, "qIo088": 1, "qIo085": 1, "qIo094": 1},
    ),
    (
        "qIn60",
        "vi",
        "s_tropentag",
        "Cần quy trình và tập huấn phun tiêu độc định kỳ cho hộ nuôi heo",
        "Khảo sát ở các trại heo nhỏ cho thấy thảm sát trùng ít khi có và không được duy trì. HTX ở xã Hiếu Tử (Tiểu "
        "Cần) cần quy trình và lớp tập huấn để 30 hộ thành viên tự phun tiêu độc định kỳ đúng cách.",
        {"qIo077": 2, "qIo078": 2, "qIo085": 2, "qIo081": 1, "qIo152": 1},
    ),
    (
        "qIn61",
        "vi",
        "s_ag_tieuhuy",
        "Cần quy trình tiêu hủy heo bệnh không gây mùi, ô nhiễm",
        "Ở tỉnh bạn, hố chôn heo bệnh sát khu dân cư bốc mùi nhiều giờ khiến người dân phản ánh. Xã ở Trà Cú nhiều "
        "kênh rạch, mực nước cao, cần quy trình tiêu hủy heo dịch đúng kỹ thuật, không gây mùi và không ô nhiễm nguồn nước.",
        {"qIo096": 2, "qIo097": 2, "qIo098": 2, "qIo099": 2, "qIo100": 1},
    ),
    (
        "qIn62",
        "en",
        "s_bnews_dot",
        "Burning ASF pig carcasses where burial is impossible",
        "In the Mekong Delta, canals make burial of pigs with African swine fever difficult, so the ministry "
        "allowed burning. Duyên Hải district needs practical guidance and materials to burn infected carcasses "
        "safely near outbreak sites.",
        {"qIo096": 2, "qIo098": 2, "qIo099": 2, "qIo097": 1, "qIo100": 1},
    ),
    (
        "qIn63",
        "vi",
        "s_ag_tieuhuy",
        "Can lo dot xac gia suc gia cam cho huyen",
        "Chon lap heo benh gan khu dan cu bi phan anh boc mui. Huyen Cau Ngang can lo dot hoac diem xu ly tap trung "
        "nhiet do cao cho xac gia suc, gia cam khi co dich, kem cho tru xac khi qua tai.",
        {"qIo099": 2, "qIo096": 1, "qIo098": 1},
    ),
    (
        "qIn64",
        "vi",
        "s_donkey",
        "Đào tạo thú y viên ấp để phát hiện và báo dịch sớm",
        "Thú y viên cộng đồng sống ngay trong xóm giúp mở rộng dịch vụ thú y và báo ổ dịch từ vùng xa mà cán bộ "
        "không tới thường xuyên. Huyện Trà Cú muốn đào tạo mỗi ấp một thú y viên để phát hiện, báo dịch sớm và tiêm phòng cơ bản.",
        {"qIo101": 2, "qIo102": 2, "qIo103": 2, "qIo106": 2, "qIo104": 1, "qIo105": 1, "qIo108": 1},
    ),
    (
        "qIn65",
        "en",
        "s_pmc_ahroles",
        "Training programme for village animal health workers",
        "Animal health care in villages is delivered by vets, paraveterinarians, drug sellers, traditional "
        "healers and community animal health workers. Trà Vinh wants a structured training programme for "
        "village animal health workers with clear competencies.",
        {"qIo106": 2, "qIo103": 2, "qIo101": 2, "qIo105": 1, "qIo107": 1, "qIo108": 1},
    ),
    (
        "qIn66",
        "en",
        "s_donkey",
        "Business model for private village animal health workers",
        "Community animal health workers can offer basic clinical care where vets are scarce, but need a way "
        "to earn a living. A cooperative in Cầu Kè wants a model for private, vet-supervised village workers "
        "who also keep a small stock of veterinary drugs.",
        {"qIo104": 2, "qIo101": 2, "qIo108": 1, "qIo105": 1, "qIo103": 1},
    ),
    (
        "qIn67",
        "vi",
        "s_vahis_6785",
        "Tập huấn thú y xã báo cáo dịch trên hệ thống trực tuyến",
        "Bộ Nông nghiệp đề nghị các tỉnh chỉ đạo sử dụng hệ thống thông tin dịch bệnh động vật trực tuyến VAHIS. "
        "Chi cục ở Trà Vinh cần hỗ trợ đưa hệ thống vào dùng và tập huấn cán bộ thú y huyện, xã nhập báo cáo dịch.",
        {"qIo115": 2, "qIo117": 2, "qIo116": 1, "qIo102": 1, "qIo118": 1},
    ),
    (
        "qIn68",
        "en",
        "s_tropentag",
        "Assess and train village animal health workers on pig biosecurity",
        "Small pig farms rarely restrict visitors or maintain disinfection mats, and village animal health "
        "workers move from farm to farm. Trà Vinh wants a survey of the knowledge and practice of farmers and "
        "village workers, then targeted biosecurity training.",
        {"qIo107": 2, "qIo092": 2, "qIo032": 1, "qIo101": 1},
    ),
    (
        "qIn69",
        "en",
        "s_pmc_ahroles",
        "Linking village workers to the district station for disease reporting",
        "Many kinds of village providers treat animals but report little to the veterinary service. Cầu Kè "
        "district wants a network that links village animal health workers with the district station so "
        "disease information flows both ways.",
        {"qIo102": 2, "qIo103": 2, "qIo101": 1, "qIo104": 1, "qIo115": 1, "qIo117": 1},
    ),
    (
        "qIn70",
        "vi",
        "s_vl_dai",
        "Tổ chức tiêm phòng dại cho chó mèo đạt trên 80%",
        "Cả nước có khoảng 7 triệu con chó nhưng tỷ lệ tiêm phòng dại chỉ khoảng 40%, chỉ 13 tỉnh đạt trên 70%. "
        "Phường ở TP Vĩnh Long muốn tổ chức tiêm phòng dại chó mèo đạt trên 80% tổng đàn, có tiêm vét.",
        {"qIo112": 2, "qIo113": 2, "qIo114": 2, "qIo111": 1},
    ),
    (
        "qIn71",
        "en",
        "s_dai_vtv",
        "Door-to-door rabies vaccination campaign for dogs",
        "Rabies deaths in Vietnam rose to 27 early in the year, up 170%, because dogs roam free and vaccination "
        "is low. Trà Vinh city wants a door-to-door dog vaccination campaign with registration of dogs.",
        {"qIo113": 2, "qIo112": 2, "qIo114": 2, "qIo111": 1},
    ),
    (
        "qIn72",
        "vi",
        "s_cand_ag",
        "Cần xét nghiệm heo trước khi nhập đàn",
        "Tỉnh bạn phải kiểm soát chặt việc vận chuyển heo vì dịch tả heo châu Phi lan qua heo mua bán. Trại heo ở "
        "Duyên Hải mua heo giống từ nơi khác, cần xét nghiệm nhanh heo trước khi nhập đàn.",
        {"qIo002": 2, "qIo003": 2, "qIo007": 2, "qIo005": 1, "qIo004": 1},
    ),
    (
        "qIn73",
        "vi",
        "s_van_ph",
        "Kiểm tra kháng thể sau tiêm vắc xin dịch tả heo châu Phi",
        "Giám sát ở Philippines cho thấy 92,78% heo tiêm vắc xin ASF của Việt Nam có kháng thể phát hiện được. Trang "
        "trại ở Bình Minh, Vĩnh Long đã tiêm vắc xin và muốn kiểm tra kháng thể sau tiêm.",
        {"qIo002": 2, "qIo020": 2, "qIo018": 1, "qIo005": 1, "qIo121": 1},
    ),
    (
        "qIn74",
        "en",
        "s_bacgiang",
        "Contract vaccination team for a sow farm",
        "Like well-run sow farms, our 60-sow unit in Tiểu Cần wants every gilt and pregnant sow vaccinated on "
        "time, but has no trained staff. We look for a team that plans and carries out the vaccinations.",
        {"qIo027": 2, "qIo024": 1, "qIo023": 1, "qIo026": 1},
    ),
    (
        "qIn75",
        "en",
        "s_vnua_tembusu",
        "Prevention plan against Tembusu in laying ducks",
        "A PCR study found 41.1% of duck samples positive for Tembusu virus, often with E. coli, Riemerella and "
        "Salmonella. Our laying duck farm in Trà Cú wants a prevention plan, including mosquito control and "
        "biosecurity, before the egg-drop disease reaches us.",
        {"qIo048": 2, "qIo049": 2, "qIo047": 1, "qIo119": 1},
    ),
]
