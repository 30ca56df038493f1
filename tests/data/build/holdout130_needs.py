"""Needs for holdout130 (medical waste and sterilisation). Rows: (id, language, source key, title, description,
{offer id: grade}); grade 2 = would solve the need, 1 = partly relevant or an adjacent step.

Most pages describe places outside the province; every need is set in Tra Vinh / Vinh Long all the same.
"""

NEEDS = [
    # --- on-site and cluster treatment of infectious waste (steam, microwave, plasma) ---
    (
        "nBn01",
        "vi",
        "husc_travinh",
        "Cần hệ thống hấp - nghiền xử lý chất thải lây nhiễm theo cụm cho các trạm y tế xã ở Càng Long",
        "Hợp tác xã dịch vụ môi trường ở huyện Càng Long muốn đầu tư một điểm xử lý tập trung cho chất thải lây nhiễm của "
        "trung tâm y tế huyện và các trạm y tế xã. Khảo sát 112 cơ sở y tế của tỉnh năm 2024 cho thấy tuyến huyện, xã hầu "
        "như không có hệ thống xử lý tại chỗ, chỉ khoảng 58% có người chuyên trách và phải thuê đơn vị ngoài xử lý. Cần "
        "thiết bị không đốt (hấp, nghiền) công suất phù hợp cụm, có phương án chở chất thải từ xã về.",
        {
            "nBo005": 2,
            "nBo007": 2,
            "nBo008": 2,
            "nBo002": 2,
            "nBo004": 2,
            "nBo010": 1,
            "nBo097": 1,
            "nBo098": 1,
            "nBo001": 1,
            "nBo027": 1,
        },
    ),
    (
        "nBn02",
        "en",
        "husc_travinh",
        "On-site autoclave with shredder for a private general hospital in Tra Vinh city",
        "We run a private general hospital in Tra Vinh city and currently pay an outside contractor to take away all our "
        "infectious waste. A 2024 survey of 112 facilities in the province found that provincial-level hospitals produce "
        "far more infectious waste than district and commune ones and that most depend on outsourced treatment. We want "
        "to treat our own infectious waste and sharps on site with a steam autoclave that also shreds, so the output can "
        "go with ordinary waste.",
        {
            "nBo002": 2,
            "nBo003": 2,
            "nBo004": 2,
            "nBo008": 2,
            "nBo005": 1,
            "nBo009": 1,
            "nBo001": 1,
            "nBo027": 1,
            "nBo030": 1,
        },
    ),
    (
        "nBn03",
        "vi",
        "laodong_nhatrang",
        "Phòng khám đa khoa ở phường 1 TP Vĩnh Long cần xử lý chất thải lây nhiễm tại chỗ, không đốt, không khói",
        "Phòng khám đa khoa tư nhân nằm giữa khu dân cư phường 1, TP Vĩnh Long. Ở nơi khác, người dân đã phản đối và đòi "
        "di dời công trình xử lý rác thải y tế nguy hại đặt giữa thành phố, nên chúng tôi không muốn dùng lò đốt. Cần "
        "thiết bị xử lý chất thải lây nhiễm không đốt (hấp, vi sóng...) đặt trong khuôn viên, chạy điện, không khói, ít "
        "mùi, diện tích nhỏ.",
        {
            "nBo008": 2,
            "nBo002": 2,
            "nBo004": 2,
            "nBo003": 2,
            "nBo027": 2,
            "nBo030": 2,
            "nBo029": 2,
            "nBo010": 1,
            "nBo031": 1,
        },
    ),
    (
        "nBn04",
        "vi",
        "bn_ninhbinh",
        "Can thiet bi xu ly rac y te lay nhiem nho gon cho tram y te xa o Tieu Can",
        "Tram y te xa minh o huyen Tieu Can moi ngay chi co it bong bang, kim tiem, gang tay dinh mau. Chat thai y te nguy "
        "hai co yeu to lay nhiem neu de lau se phat sinh dich benh, ma xe cua huyen khong den lay thuong xuyen. Can may "
        "xu ly nho dat ngay tai tram, de van hanh, dung dien luoi, gia vua phai.",
        {"nBo010": 2, "nBo004": 2, "nBo029": 2, "nBo002": 1, "nBo008": 1, "nBo030": 1, "nBo097": 1, "nBo039": 1},
    ),
    (
        "nBn05",
        "vi",
        "histonet_mw",
        "Công ty môi trường ở Long Hồ muốn nhập hệ thống vi sóng xử lý chất thải y tế, cần đánh giá hiệu quả",
        "Công ty TNHH môi trường ở huyện Long Hồ đang làm hồ sơ xin phép nhập khẩu một hệ thống vi sóng để xử lý chất "
        "thải y tế cho các bệnh viện trong tỉnh, thay cho hấp hơi nước và lò đốt vốn là cách làm chính hiện nay. Cần đối "
        "tác cung cấp thiết bị vi sóng và đơn vị có kinh nghiệm đánh giá, thẩm định hiệu quả diệt khuẩn để trình cơ quan "
        "quản lý.",
        {"nBo027": 2, "nBo028": 2, "nBo029": 2, "nBo030": 2, "nBo031": 2, "nBo032": 2, "nBo006": 1, "nBo009": 1},
    ),
    (
        "nBn06",
        "en",
        "springer_covidbmw",
        "Mobile treatment vehicle for infectious waste from temporary treatment areas in Tra Cu",
        "During outbreaks our district in Tra Cu opens temporary treatment and isolation areas that produce large amounts "
        "of infectious waste for a few months. Studies of hospital waste in pandemics show that about 10% of health-care "
        "waste is infectious and must be treated to stop hospital-acquired infections. We are looking for a treatment unit "
        "mounted on a truck that can move between sites instead of building a fixed plant.",
        {"nBo027": 2, "nBo002": 1, "nBo005": 1, "nBo007": 1, "nBo033": 1},
    ),
    (
        "nBn07",
        "vi",
        "mtdt_covid",
        "Khu điều trị tạm thời ở Duyên Hải cần xử lý nhanh lượng chất thải lây nhiễm tăng đột biến",
        "Khi có dịch, bệnh nhân tăng nhanh khiến chất thải y tế tại bệnh viện, khu cách ly tập trung và các hộ có người "
        "bệnh tăng theo, chưa có số liệu thống kê đầy đủ và rất khó xử lý. Doanh nghiệp dịch vụ môi trường ở thị xã Duyên "
        "Hải cần giải pháp xử lý công suất lớn, lắp nhanh, có thể dùng cho đợt dịch sau cho các khu điều trị của tỉnh.",
        {"nBo005": 2, "nBo007": 2, "nBo027": 2, "nBo033": 1, "nBo044": 1, "nBo047": 1, "nBo098": 1},
    ),
    (
        "nBn08",
        "en",
        "vtv_lodotthucong",
        "Replacing a hand-built burner used for clinic waste in Cau Ngang with a cleaner option",
        "Our commune clinic cooperative in Cau Ngang burns dressings and syringes in a small hand-built burner behind the "
        "clinic. Environmental scientists warn that such manual burners can produce dioxins and furans that harm health. "
        "We want a small, clean treatment option for infectious waste that does not depend on open burning.",
        {
            "nBo004": 2,
            "nBo008": 2,
            "nBo002": 2,
            "nBo027": 2,
            "nBo030": 2,
            "nBo029": 2,
            "nBo010": 1,
            "nBo049": 1,
            "nBo050": 1,
        },
    ),
    (
        "nBn09",
        "vi",
        "doc_ttytcampha",
        "Benh vien tu o Vung Liem muon thay lo dot bang may hap nghien chat thai lay nhiem",
        "Benh vien tu nhan o Vung Liem dang dot chat thai lay nhiem bang lo cu, hay hu va ton dau. Nghien cuu o mot benh "
        "vien khu vuc cho thay quan ly chat thai ran y te con nhieu yeu to anh huong nhu thieu trang thiet bi, nhan luc. "
        "Can chuyen sang cong nghe hap ket hop nghien, xu ly tai cho, co huong dan van hanh va bao tri.",
        {"nBo008": 2, "nBo002": 2, "nBo003": 2, "nBo004": 2, "nBo006": 1, "nBo007": 1, "nBo001": 1},
    ),
    (
        "nBn10",
        "en",
        "skds_phanloai",
        "Provincial waste company in Vinh Long weighing high-temperature plasma against burning for hospital waste",
        "Treating medical waste takes many steps and technologies, with segregation as the first condition for success. "
        "Our environmental services company in Vinh Long already receives segregated hazardous solid waste from "
        "hospitals and wants a high-temperature technology that melts needles and metal sharps completely and avoids "
        "the dioxins of ordinary burning. Interested in plasma systems developed in Vietnam.",
        {"nBo033": 2, "nBo007": 1, "nBo048": 1, "nBo054": 1, "nBo044": 1},
    ),
    # --- validation of waste autoclaves ---
    (
        "nBn11",
        "en",
        "infctl_biobags",
        "Reliable validation of biowaste autoclave cycles at a hospital laboratory in Vinh Long",
        "Our microbiology laboratory at a private hospital in Vinh Long autoclaves bags of cultures, agar plates and "
        "bloody swabs before disposal. We monitor with spore strips, but agar liquefies inside the bags and we suspect "
        "false negatives. We need proper biological indicators, a validation method for waste loads and periodic "
        "independent testing.",
        {"nBo012": 2, "nBo013": 2, "nBo014": 2, "nBo015": 2, "nBo016": 2, "nBo019": 1, "nBo001": 1, "nBo135": 1},
    ),
    (
        "nBn12",
        "vi",
        "doc_2017_1112",
        "Trung tâm y tế huyện Cầu Kè cần kiểm tra nồi hấp chất thải mới theo QCVN 55 và kiểm tra định kỳ",
        "Khảo sát 1.112 cơ sở y tế năm 2017 cho thấy đầu tư cho quản lý chất thải chủ yếu dồn vào tuyến tỉnh, tuyến huyện "
        "và xã chưa được quan tâm đúng mức. Trung tâm y tế huyện Cầu Kè vừa được trang bị nồi hấp chất thải lây nhiễm, cần "
        "đơn vị kiểm tra thiết bị đạt quy chuẩn trước khi nghiệm thu và hướng dẫn kiểm tra hiệu quả định kỳ bằng chỉ thị "
        "sinh học.",
        {"nBo001": 2, "nBo013": 2, "nBo012": 1, "nBo014": 1, "nBo016": 1, "nBo015": 1},
    ),
    # --- laboratory waste ---
    (
        "nBn13",
        "en",
        "studyres_bsl",
        "Decontamination protocol and autoclave routine for a private PCR laboratory in Tra Vinh city",
        "We are opening a biosafety level 2 diagnostic laboratory in Tra Vinh city. All biological waste from BSL "
        "laboratories must be decontaminated by the lab that produces it: solid contaminated materials in autoclave bags "
        "inside sturdy containers, liquids treated with bleach or an iodophor. We need a written protocol, bags and "
        "containers, and a way to prove each batch was treated.",
        {
            "nBo018": 2,
            "nBo019": 2,
            "nBo020": 2,
            "nBo015": 2,
            "nBo021": 2,
            "nBo022": 2,
            "nBo023": 1,
            "nBo004": 1,
            "nBo012": 1,
        },
    ),
    (
        "nBn14",
        "vi",
        "doc_vkn_thuoc",
        "Trung tâm kiểm nghiệm ở TP Vĩnh Long cần quy trình phân loại, khử nhiễm chất thải phòng thí nghiệm",
        "Một luận văn phân tích thực trạng chất thải y tế tại một viện kiểm nghiệm thuốc năm 2018 và đề xuất giải pháp xử "
        "lý. Trung tâm kiểm nghiệm thuốc - mỹ phẩm - thực phẩm của chúng tôi ở TP Vĩnh Long có phòng vi sinh và phòng hóa, "
        "cần quy trình phân loại, khử nhiễm chất thải vi sinh trước khi thải bỏ và tách riêng chất thải hóa chất, dụng cụ "
        "thủy tinh vỡ.",
        {"nBo021": 2, "nBo022": 2, "nBo018": 2, "nBo020": 1, "nBo023": 1, "nBo152": 1, "nBo019": 1},
    ),
]

NEEDS += [
    # --- sharps ---
    (
        "nBn15",
        "vi",
        "thuvieny_vuthu",
        "Trạm y tế xã ở Châu Thành (Trà Vinh) cần hộp đựng vật sắc nhọn đúng quy định, có khay tách kim",
        "Theo Ủy ban Chữ thập đỏ quốc tế, 100 giường bệnh phát sinh 1,5-3 kg chất thải mỗi ngày, và trên thế giới ước "
        "khoảng 66.000 ca viêm gan B, 16.000 ca viêm gan C và 5.000 ca HIV ở nhân viên y tế do vật sắc nhọn. Trạm y tế xã "
        "chúng tôi ở huyện Châu Thành cần hộp, bình đựng kim tiêm chống thủng, có nắp khóa và khay bẻ hoặc tách kim, đủ "
        "cho buồng tiêm chủng và buồng thủ thuật.",
        {"nBo037": 2, "nBo038": 2, "nBo040": 2, "nBo041": 2, "nBo039": 1, "nBo042": 1},
    ),
    (
        "nBn16",
        "en",
        "pmc_ethiopia_nsi",
        "Cutting needlestick injuries at a private hospital group in Vinh Long",
        "A hospital study found that 29.5% of health workers had a needle or sharps injury in a year, linked to recapping "
        "needles and discarding sharps outside safety boxes. Our private hospital group in Vinh Long wants puncture-proof "
        "safety boxes at every point of use and devices that destroy needles right after injection, so nobody recaps.",
        {"nBo039": 2, "nBo041": 2, "nBo040": 2, "nBo037": 2, "nBo038": 2, "nBo123": 1, "nBo119": 1},
    ),
    (
        "nBn17",
        "en",
        "bmc_shiraz",
        "Sharps-safety training for cleaners and waste handlers at hospitals in Tra Vinh",
        "In a study of hospital housekeeping workers who handle biomedical waste, 16.3% had never been trained in waste "
        "management and needle and sharps injuries remained common. Our cleaning-services company holds contracts with "
        "three hospitals in Tra Vinh and needs a training course for cleaners and waste handlers on sharps, segregation "
        "and protective equipment.",
        {
            "nBo119": 2,
            "nBo121": 2,
            "nBo122": 2,
            "nBo123": 2,
            "nBo124": 2,
            "nBo116": 2,
            "nBo115": 1,
            "nBo118": 1,
            "nBo040": 1,
        },
    ),
    (
        "nBn18",
        "vi",
        "x4i_needles",
        "Nha thuoc o Tra On muon thu gom kim tiem cua nguoi benh tieu duong tiem tai nha",
        "Nha thuoc cua minh o Tra On ban insulin cho nhieu nguoi benh tieu duong, ho vut kim tiem chung voi rac nha nen "
        "cong nhan ve sinh, tre em de bi kim dam, lay HIV, viem gan. Can loai hop dung kim cho nguoi benh mang ve nha va "
        "dich vu thu hoi, huy kim khi hop day.",
        {"nBo040": 2, "nBo041": 2, "nBo038": 1, "nBo037": 1, "nBo039": 1},
    ),
    (
        "nBn19",
        "en",
        "dlib_osijek",
        "Sharps containers and waste audits for family and dental practices in Binh Minh",
        "An audit of family and dental practices found sharps in 56% of infectious-waste bags and infectious waste in 60% "
        "of municipal-waste bags, putting waste collectors at risk. Our group of family and dental practices in Binh Minh "
        "needs proper sharps containers in every room and a short audit-and-training service so staff stop mixing waste.",
        {"nBo037": 2, "nBo038": 2, "nBo040": 2, "nBo041": 2, "nBo123": 2, "nBo122": 1, "nBo101": 1},
    ),
    (
        "nBn20",
        "en",
        "villagelansing",
        "Safe needle disposal scheme for households served by a waste cooperative in Tra Vinh city",
        "Our waste-collection cooperative in Tra Vinh city keeps finding loose needles mixed into household garbage and "
        "recycling, which seriously endangers our workers. We want a safe disposal option for residents who inject at "
        "home: proper containers, drop-off points or mail-back, and destruction by a licensed facility.",
        {"nBo040": 2, "nBo041": 2, "nBo037": 1, "nBo038": 1, "nBo039": 1},
    ),
    (
        "nBn21",
        "vi",
        "pmc_harar",
        "Phòng khám đa khoa ở Cầu Ngang cần máy hủy kim tiêm đặt tại buồng tiêm",
        "Nghiên cứu tại các trung tâm y tế cho thấy 26,5% nhân viên y tế từng bị vật sắc nhọn đâm và 36,1% tiếp xúc với "
        "máu, dịch cơ thể khi xử lý chất thải. Phòng khám đa khoa tư nhân ở Cầu Ngang muốn hủy đầu kim ngay sau khi tiêm "
        "bằng máy hủy kim điện để nhân viên không phải đậy nắp kim hay bẻ kim bằng tay.",
        {"nBo039": 2, "nBo040": 2, "nBo041": 1, "nBo037": 1, "nBo038": 1},
    ),
    # --- incinerators ---
    (
        "nBn22",
        "vi",
        "doc_donghy",
        "Bệnh viện đa khoa huyện Trà Cú cần thay lò đốt cũ bằng lò hai buồng đốt có xử lý khí thải",
        "Một đánh giá hiệu quả hệ thống xử lý chất thải y tế nguy hại tại bệnh viện huyện cho thấy lò đốt chất thải rắn "
        "y tế phải có đặc trưng kỹ thuật riêng và được quản lý theo quy định chất thải nguy hại. Bệnh viện chúng tôi ở Trà "
        "Cú cần lò đốt hai buồng (sơ cấp, thứ cấp), công suất khoảng 20-30 kg/giờ, có hệ xử lý khói thải, do đơn vị trong "
        "nước lắp đặt và bảo trì.",
        {
            "nBo044": 2,
            "nBo045": 2,
            "nBo046": 2,
            "nBo047": 2,
            "nBo048": 1,
            "nBo049": 1,
            "nBo055": 1,
            "nBo059": 1,
            "nBo054": 1,
        },
    ),
    (
        "nBn23",
        "en",
        "sggp_vinhlong",
        "District hospital in Vinh Long without an incinerator needs a compact two-chamber unit",
        "An environmental inspection of 8 general hospitals in Vinh Long found that 2 of the 8 had no incinerator for "
        "medical waste and that several had no environmental registration. Our district hospital is one of those without "
        "an incinerator; we need a compact two-chamber medical waste incinerator with flue-gas treatment, installed and "
        "serviced locally.",
        {
            "nBo044": 2,
            "nBo045": 2,
            "nBo046": 2,
            "nBo047": 2,
            "nBo049": 1,
            "nBo050": 1,
            "nBo054": 1,
            "nBo002": 1,
            "nBo008": 1,
        },
    ),
    (
        "nBn24",
        "en",
        "mtnet_binhthuan",
        "Low-cost incinerator that can be built locally for remote commune clinics in Duyen Hai",
        "Provincial authorities are reviewing every medical-waste incinerator and wastewater system and will sanction "
        "violations. Our cooperative runs small clinics in remote coastal communes of Duyen Hai where no collection truck "
        "comes; we need a cheap incinerator design that local masons can build and that burns a box of syringes quickly.",
        {"nBo049": 2, "nBo050": 1, "nBo044": 1, "nBo046": 1, "nBo010": 1},
    ),
    (
        "nBn25",
        "vi",
        "laodong_200bv",
        "Bệnh viện tư ở Bình Minh cần chuyển giao lò đốt chất thải y tế kèm đào tạo vận hành",
        "Bộ Y tế đã hỗ trợ xử lý chất thải y tế cho hơn 200 bệnh viện, trang bị thùng phân loại rác y tế và rác sinh hoạt. "
        "Bệnh viện tư nhân của chúng tôi ở thị xã Bình Minh không thuộc diện hỗ trợ, cần đơn vị chuyển giao công nghệ lò "
        "đốt chất thải y tế có xử lý khí thải, lắp đặt trọn gói và đào tạo nhân viên vận hành.",
        {"nBo045": 2, "nBo046": 2, "nBo047": 2, "nBo044": 2, "nBo050": 1, "nBo055": 1, "nBo116": 1},
    ),
    (
        "nBn26",
        "en",
        "btt_khanhhoa",
        "Emission audit and upgrade for a private hospital incinerator in Vinh Long city after neighbours complain",
        "Elsewhere, residents fiercely opposed a medical waste treatment system at a provincial hospital for fear of "
        "pollution, while the health department insisted it caused no secondary pollution. Our hospital in Vinh Long city "
        "now faces similar complaints about smoke from its incinerator. We need an independent stack emission test and, "
        "if limits are exceeded, an upgrade of the gas cleaning.",
        {
            "nBo055": 2,
            "nBo056": 2,
            "nBo063": 2,
            "nBo051": 2,
            "nBo052": 2,
            "nBo050": 1,
            "nBo059": 1,
            "nBo053": 1,
            "nBo008": 1,
        },
    ),
    # --- incinerator emissions and monitoring ---
    (
        "nBn27",
        "vi",
        "mtnet_binhthuan",
        "Bệnh viện ở Tam Bình cần quan trắc khí thải lò đốt chất thải y tế định kỳ theo QCVN 02:2012",
        "Tỉnh yêu cầu Sở Tài nguyên và Môi trường cùng Sở Y tế rà soát toàn bộ hệ thống xử lý nước thải và lò đốt chất "
        "thải y tế, xử lý nghiêm vi phạm. Bệnh viện chúng tôi ở Tam Bình cần đơn vị đo khí thải lò đốt định kỳ (bụi, HCl, "
        "CO, SO2, NOx, kim loại nặng, dioxin/furan) và lập báo cáo đúng quy chuẩn.",
        {"nBo055": 2, "nBo056": 2, "nBo058": 2, "nBo057": 1, "nBo063": 1, "nBo050": 1},
    ),
    (
        "nBn28",
        "en",
        "mtnet_binhthuan",
        "Third-party dioxin, furan and heavy-metal stack testing for hospital incinerators in Tra Vinh",
        "Following province-wide reviews of medical-waste incinerators, the three hospitals in our group in Tra Vinh must "
        "prove that their incinerators meet the national technical regulation QCVN 02:2012/BTNMT. We need an accredited "
        "team to sample stack gas and ash for dust, acid gases, mercury, cadmium, lead and dioxins/furans.",
        {"nBo055": 2, "nBo056": 2, "nBo058": 1, "nBo063": 1, "nBo062": 1},
    ),
    (
        "nBn29",
        "en",
        "vtv_lodotthucong",
        "Dioxin and acid-gas control retrofit for a medical waste incinerator in Cau Ke",
        "Environmental economists warn that poorly controlled burners release dioxins and furans. Our environmental company "
        "in Cau Ke operates a medical-waste incinerator serving several clinics and needs to retrofit gas cleaning: acid "
        "gas scrubbing, particulate filtering and dioxin removal.",
        {"nBo051": 2, "nBo052": 2, "nBo053": 2, "nBo059": 2, "nBo061": 1, "nBo060": 1, "nBo054": 1, "nBo055": 1},
    ),
    (
        "nBn30",
        "vi",
        "doc_donghy",
        "Lò đốt ở trung tâm y tế Mang Thít khói đen, cần tháp hấp thụ xử lý khí thải",
        "Đánh giá hệ thống xử lý chất thải y tế nguy hại tại bệnh viện huyện cho thấy lò đốt cần có bộ phận xử lý khí thải "
        "đồng bộ. Lò của trung tâm y tế Mang Thít đang xả khói đen, mùi axit; cần lắp tháp hấp thụ (dung dịch kiềm) kết "
        "hợp lọc bụi cho ống khói và tư vấn vận hành.",
        {"nBo059": 2, "nBo060": 2, "nBo061": 2, "nBo051": 2, "nBo052": 2, "nBo053": 1, "nBo055": 1},
    ),
    (
        "nBn31",
        "vi",
        "vtv_lodotthucong",
        "Can lap tram quan trac khi thai tu dong cho khu xu ly chat thai y te tap trung o Tra Vinh",
        "Doanh nghiep minh van hanh khu xu ly chat thai y te tap trung cua tinh Tra Vinh, nguoi dan lo lo dot sinh dioxin, "
        "furan. Can lap tram quan trac khi thai tu dong lien tuc, truyen so lieu ve So de minh bach, kem dich vu bao tri, "
        "hieu chuan.",
        {"nBo057": 2, "nBo058": 2, "nBo055": 1, "nBo056": 1},
    ),
]

NEEDS += [
    # --- hospital wastewater ---
    (
        "nBn32",
        "vi",
        "sggp_vinhlong",
        "Bệnh viện đa khoa huyện Vũng Liêm có hệ thống xử lý nước thải nhưng mẫu vẫn vượt chuẩn, cần cải tạo",
        "Đoàn kiểm tra môi trường từng lấy mẫu nước thải tại 8 bệnh viện đa khoa của tỉnh và cả 8 mẫu đều vượt tiêu chuẩn "
        "cho phép, dù 5 bệnh viện đã có hệ thống xử lý. Bệnh viện chúng tôi ở Vũng Liêm cần đơn vị khảo sát, nâng cấp hệ "
        "thống hiện có (sinh học AAO hoặc MBR) và khâu khử trùng để nước thải đạt chuẩn ổn định.",
        {
            "nBo070": 2,
            "nBo073": 2,
            "nBo074": 2,
            "nBo084": 2,
            "nBo087": 2,
            "nBo076": 1,
            "nBo088": 1,
            "nBo078": 1,
            "nBo079": 1,
            "nBo089": 1,
        },
    ),
    (
        "nBn33",
        "en",
        "odm_88pct",
        "Compact wastewater treatment plant for a 150-bed private hospital in Vinh Long city",
        "National figures show 478 of 543 hospitals (88%) have wastewater systems that work well. Our 150-bed private "
        "hospital in Vinh Long city is among those still without an adequate system; we need a compact plant with "
        "disinfection that fits a small site and meets the hospital wastewater standard.",
        {"nBo074": 2, "nBo073": 2, "nBo070": 2, "nBo078": 2, "nBo087": 2, "nBo084": 2, "nBo075": 1, "nBo089": 1},
    ),
    (
        "nBn34",
        "vi",
        "doc_xlnt_tk",
        "Tram y te xa o Cang Long chua co he thong xu ly nuoc thai, can loai nho gon",
        "So lieu khao sat cho thay chi 52,3% (90/172) benh vien co he thong xu ly nuoc thai, 40,7% khong co, tram y te xa "
        "thi con it hon. Tram y te xa minh o Cang Long moi ngay chi vai khoi nuoc thai tu kham benh, ve sinh, can he thong "
        "nho gon lap dat nhanh, de van hanh, dat chuan truoc khi xa ra kenh.",
        {"nBo071": 2, "nBo072": 2, "nBo075": 2, "nBo074": 1, "nBo087": 1, "nBo076": 1},
    ),
    (
        "nBn35",
        "en",
        "doc_xlnt_tk",
        "Small wastewater units for six clinics of a private clinic chain in Tra Vinh",
        "Surveys found that many hospital wastewater systems run overloaded, averaging about 0.45 m3 per actual bed per "
        "day against 0.65 m3 of water used. Our chain of six general clinics in Tra Vinh needs small packaged units of "
        "about 2-5 m3 per day for each clinic, including disinfection, with one contractor for design and maintenance.",
        {"nBo075": 2, "nBo071": 2, "nBo072": 2, "nBo087": 2, "nBo074": 1, "nBo084": 1, "nBo076": 1},
    ),
    (
        "nBn36",
        "vi",
        "qcvn_nhakhoa",
        "Nha khoa 3 ghế ở phường 3 TP Trà Vinh cần hệ thống xử lý nước thải để gia hạn giấy phép",
        "Phòng khám nha khoa quy mô nhỏ hầu như chưa đầu tư xử lý nước thải, trong khi muốn kinh doanh phải có hệ thống đạt "
        "yêu cầu, nếu không sẽ không được cấp phép. Nước thải từ máy làm răng, phòng xét nghiệm chứa máu, hóa chất, vi sinh "
        "gây bệnh. Nha khoa 3 ghế của chúng tôi ở phường 3 TP Trà Vinh cần hệ thống nhỏ gọn đặt dưới sàn hoặc sau nhà.",
        {"nBo080": 2, "nBo081": 2, "nBo082": 2, "nBo083": 2, "nBo075": 1, "nBo074": 1},
    ),
    (
        "nBn37",
        "en",
        "snk_huongdan",
        "Wastewater units for four new dental clinic branches in Vinh Long",
        "Dental clinic wastewater carries amalgam, blood, chemicals and micro-organisms and must be treated to legal "
        "standards before a clinic can operate. Our dental company is opening four branches in Vinh Long and needs a "
        "supplier to choose, install and operate a suitable treatment system for each branch.",
        {"nBo080": 2, "nBo081": 2, "nBo082": 2, "nBo083": 2, "nBo075": 1, "nBo085": 1},
    ),
    (
        "nBn38",
        "en",
        "paperexpl_mbr",
        "Removing antibiotic residues from the effluent of the provincial general hospital in Tra Vinh",
        "A full-scale study found that, depending on the substance, 19-94% of the antibiotics reaching the environment "
        "come from hospitals. Our hospital discharges into a canal used for aquaculture downstream, and the farmers' "
        "cooperative has asked us to add a treatment stage that removes pharmaceutical residues, not only BOD and "
        "coliforms.",
        {"nBo085": 2, "nBo086": 2, "nBo084": 1, "nBo087": 1, "nBo070": 1, "nBo074": 1, "nBo089": 1},
    ),
    (
        "nBn39",
        "vi",
        "doc_amoni_khutrung",
        "Nước thải bệnh viện tư ở Tiểu Cần còn coliform cao, châm clo thủ công không hiệu quả",
        "Nghiên cứu cho thấy hàm lượng amoni trong nước làm giảm hiệu lực khử trùng của dung dịch oxy hóa. Hệ thống xử lý "
        "nước thải của bệnh viện tư chúng tôi ở Tiểu Cần vẫn còn amoni và coliform cao sau bể lắng, đang châm clo bằng tay. "
        "Cần giải pháp khử trùng ổn định (UV, điện phân tạo hypoclorit hoặc định lượng clo tự động).",
        {"nBo076": 2, "nBo077": 2, "nBo088": 2, "nBo084": 1, "nBo090": 1, "nBo092": 1, "nBo091": 1},
    ),
    (
        "nBn40",
        "en",
        "lyhoa_cloramin",
        "Reliable supply of chlorine disinfectant and dosing guidance for commune clinics in Tra Cu",
        "Chloramine B, a white powder or tablet with about 25% active chlorine, is widely recommended for disinfecting "
        "hospitals, schools and water. Our cooperative supplies 12 commune clinics in Tra Cu and needs a steady supplier "
        "of chloramine B plus clear instructions for preparing the right concentrations for wastewater tanks, spills and "
        "surfaces.",
        {"nBo090": 2, "nBo091": 2, "nBo092": 2, "nBo142": 1, "nBo141": 1, "nBo076": 1},
    ),
    (
        "nBn41",
        "vi",
        "mtdt_covid",
        "Khu điều trị tạm thời ở Trà Cú cần module xử lý nước thải y tế lắp nhanh",
        "Trong đợt dịch, lượng bệnh nhân tăng nhanh ở bệnh viện và khu cách ly tập trung, kéo theo chất thải, nước thải y "
        "tế tăng. Khu điều trị tạm thời của huyện Trà Cú cần module xử lý nước thải đúc sẵn lắp trong vài ngày, di dời "
        "được, có khử trùng.",
        {"nBo072": 2, "nBo087": 2, "nBo074": 1, "nBo071": 1, "nBo076": 1},
    ),
    (
        "nBn42",
        "en",
        "baotayninh_cum",
        "Lockable boxes to carry infectious waste by motorbike from commune stations to the district centre in Tieu Can",
        "Under the provincial plan, hazardous medical waste (solid waste and wastewater) is to be handled by clusters of "
        "health facilities. Commune health stations in Tieu Can produce little infectious waste and will send it to the "
        "district health centre; staff carry the bags on motorbikes, so we need sturdy, sealed, lockable transport boxes "
        "made for this trip.",
        {"nBo097": 2, "nBo109": 1, "nBo098": 1, "nBo038": 1},
    ),
]

NEEDS += [
    # --- collection, transport and storage ---
    (
        "nBn43",
        "vi",
        "baotayninh_cum",
        "Trung tâm y tế huyện Càng Long (đầu mối cụm) cần thùng và xe chở chất thải lây nhiễm từ 14 trạm y tế xã",
        "Theo kế hoạch xử lý triệt để chất thải y tế của tỉnh, chất thải y tế nguy hại sẽ được xử lý theo mô hình cụm cơ "
        "sở y tế. Trung tâm y tế huyện Càng Long là đầu mối cụm, cần thùng chuyên dụng có nắp kín cho từng trạm xã và "
        "phương tiện hoặc đơn vị vận chuyển chất thải lây nhiễm định kỳ về trung tâm, có sổ giao nhận.",
        {"nBo097": 2, "nBo098": 2, "nBo109": 2, "nBo099": 1, "nBo101": 1, "nBo107": 1},
    ),
    (
        "nBn44",
        "en",
        "onelib_krongbong",
        "Consultant to redesign waste collection and storage at the district hospital in Tra On",
        "A study of a district general hospital found wrong bag colours and symbols, no dedicated waste trolley, poor "
        "storage of ordinary waste, recyclables sold to scrap dealers and little supervision of wards. Our hospital in Tra "
        "On has the same problems; we want a consultant to redesign segregation, on-site transport, storage and the "
        "paperwork for waste leaving the hospital.",
        {"nBo101": 2, "nBo099": 1, "nBo100": 1, "nBo109": 1, "nBo122": 1, "nBo123": 1},
    ),
    (
        "nBn45",
        "vi",
        "doc_socson",
        "Chuỗi 5 phòng khám tư ở Vĩnh Long cần túi, thùng màu đúng quy định và khu lưu giữ chất thải",
        "Nghiên cứu tại 5 phòng khám đa khoa cho thấy nhiều nơi thiếu túi, thùng, xe vận chuyển; phân loại tại nơi phát "
        "sinh đạt 93,1% nhưng chỉ 60% lưu giữ riêng chất thải lây nhiễm và chất thải thông thường. Chuỗi 5 phòng khám của "
        "chúng tôi ở Vĩnh Long cần túi vàng, túi xanh, thùng có biểu tượng đúng quy định và tư vấn bố trí khu lưu giữ.",
        {"nBo099": 2, "nBo100": 2, "nBo101": 2, "nBo037": 1, "nBo038": 1, "nBo097": 1},
    ),
    (
        "nBn46",
        "en",
        "tailieu_vonhai",
        "Colour-coded bags and segregation training for 30 commune health stations in Cau Ke and Tieu Can",
        "A study of 15 commune stations found 66.7% put medical waste wrongly into yellow containers, 86.7% misused black "
        "ones and 73.3% misused blue ones. Our cooperative supplies 30 commune health stations in Cau Ke and Tieu Can and "
        "wants correctly coloured, labelled bags and bins plus practical segregation training for station staff.",
        {"nBo099": 2, "nBo100": 2, "nBo123": 2, "nBo121": 1, "nBo119": 1, "nBo101": 1, "nBo115": 1},
    ),
    (
        "nBn47",
        "en",
        "znews_yte",
        "Licensed sealed-truck transport of hazardous medical waste from private hospitals in Binh Minh",
        "In a widely reported case, a general hospital sold its medical waste to a collector when its treatment unit broke "
        "down and the waste piled up like a mountain in a village. Our three private hospitals in Binh Minh want a licensed "
        "transporter with sealed trucks and GPS to carry infectious waste to a provincial treatment site, with full papers.",
        {"nBo098": 2, "nBo109": 2, "nBo107": 1, "nBo097": 1, "nBo103": 1},
    ),
    # --- tracking and electronic records ---
    (
        "nBn48",
        "vi",
        "bth_tunhan",
        "Hiệp hội phòng khám tư ở Vĩnh Long cần phần mềm chứng từ điện tử theo dõi chất thải y tế",
        "Phòng khám tư nhân mọc lên nhiều nhưng việc phân loại, xử lý rác thải y tế còn mập mờ, lúng túng, khó kiểm chứng "
        "rác đi đâu. Hiệp hội phòng khám tư nhân của chúng tôi ở Vĩnh Long cần phần mềm để mỗi phòng khám, đơn vị vận "
        "chuyển và đơn vị xử lý cùng khai chứng từ điện tử, theo dõi khối lượng và đường đi của chất thải.",
        {"nBo102": 2, "nBo103": 2, "nBo104": 2, "nBo108": 1, "nBo105": 1, "nBo107": 1},
    ),
    (
        "nBn49",
        "en",
        "znews_yte",
        "RFID and GPS tracking of every medical waste bin from hospitals to the treatment plant in Tra Vinh",
        "After scandals in which hospital waste was sold to recyclers and dumped, our treatment company in Tra Vinh wants "
        "to prove where each bin goes: tag every container, scan it at the hospital, on the truck and at the plant, track "
        "the vehicles by GPS and raise an alarm if a bin goes missing.",
        {"nBo105": 2, "nBo106": 2, "nBo107": 2, "nBo108": 2, "nBo102": 1, "nBo103": 1, "nBo098": 1},
    ),
    (
        "nBn50",
        "vi",
        "laodong_200bv",
        "Can he thong the RFID quet thung rac y te tai benh vien o TP Vinh Long",
        "Benh vien da duoc trang bi thung phan loai rac y te va rac sinh hoat, nhung van khong biet moi ngay tung khoa "
        "thai bao nhieu, thung nao da giao cho don vi xu ly. Benh vien minh o TP Vinh Long can gan the RFID cho thung, may "
        "quet cam tay va phan mem ghi khoi luong, gio thu gom.",
        {"nBo105": 2, "nBo106": 2, "nBo107": 2, "nBo108": 2, "nBo102": 1, "nBo103": 1},
    ),
    (
        "nBn51",
        "en",
        "tcct_hanoi",
        "Electronic manifests linking hospitals, transporters and the environment department in Tra Vinh",
        "Policies on collecting, transporting, storing and treating waste, including medical waste, depend on knowing the "
        "path of each consignment. Our environmental company transports hazardous medical waste in Tra Vinh and needs an "
        "electronic manifest system shared by hospitals, transporters, the treatment plant and the provincial environment "
        "department.",
        {"nBo102": 2, "nBo103": 2, "nBo104": 2, "nBo108": 1, "nBo107": 1},
    ),
    # --- staff training ---
    (
        "nBn52",
        "vi",
        "thuvieny_vuthu",
        "Trung tâm y tế huyện Trà Cú cần tập huấn Thông tư 20/2021 cho nhân viên 17 trạm y tế xã",
        "Nghiên cứu kiến thức, thực hành của nhân viên y tế tuyến xã về quản lý chất thải rắn y tế cho thấy còn nhiều "
        "thiếu sót trong khi chất thải rắn y tế là nguồn truyền bệnh quan trọng. Trung tâm y tế huyện Trà Cú cần đơn vị "
        "tập huấn quy định mới về quản lý chất thải y tế cho nhân viên 17 trạm y tế xã, có kiểm tra cuối khóa.",
        {"nBo115": 2, "nBo116": 2, "nBo118": 1, "nBo117": 1, "nBo119": 1, "nBo120": 1, "nBo121": 1},
    ),
    (
        "nBn53",
        "en",
        "doc_2017_1112",
        "Train-the-trainer programme on healthcare waste for 40 private facilities in Tra Vinh and Vinh Long",
        "A national study of 1,112 facilities found that segregation and collection are fairly good at higher levels but "
        "district and commune facilities get little attention. Our association of 40 private hospitals and clinics wants "
        "to train in-house trainers who then teach segregation, collection and storage to their own staff.",
        {"nBo119": 2, "nBo120": 2, "nBo116": 1, "nBo115": 1, "nBo121": 1, "nBo122": 1},
    ),
    (
        "nBn54",
        "vi",
        "doc_socson",
        "Phòng khám đa khoa ở Bình Tân cần khóa ngắn về phân loại chất thải và an toàn cho nhân viên mới",
        "Khảo sát 5 phòng khám đa khoa năm 2017 kết luận công tác đào tạo, tập huấn cho nhân viên y tế về quản lý chất "
        "thải rắn y tế còn hạn chế. Phòng khám chúng tôi ở huyện Bình Tân tuyển nhiều nhân viên mới, cần khóa ngắn về phân "
        "loại chất thải tại nguồn, an toàn khi thu gom và xử lý sự cố.",
        {"nBo116": 2, "nBo115": 2, "nBo123": 2, "nBo117": 1, "nBo118": 1, "nBo121": 1},
    ),
    (
        "nBn55",
        "en",
        "pmc_harar",
        "Self-paced online waste-handling modules for nurses and cleaners of a clinic network in Cau Ngang",
        "Among health-centre workers, 26.5% reported sharp injuries and 36.1% exposure to blood and body fluids while "
        "handling waste. Our clinic cooperative in Cau Ngang works in shifts and cannot close for a class; we need "
        "self-paced online or printable modules on waste categories, safe handling and exposure prevention that staff can "
        "take between shifts.",
        {"nBo121": 2, "nBo119": 2, "nBo120": 2, "nBo122": 1, "nBo123": 1, "nBo124": 1, "nBo116": 1, "nBo142": 1},
    ),
    (
        "nBn56",
        "vi",
        "onelib_krongbong",
        "Bệnh viện tư ở TP Trà Vinh cần tài liệu giảng dạy nội bộ và công cụ đánh giá về quản lý chất thải",
        "Nghiên cứu tại một bệnh viện huyện cho thấy bệnh viện chưa quan tâm kiểm tra, giám sát quản lý chất thải ở các "
        "khoa và chưa có chế tài khen thưởng, xử phạt. Bệnh viện tư của chúng tôi ở TP Trà Vinh muốn tự đào tạo định kỳ, "
        "cần bộ tài liệu giảng dạy, chương trình mẫu và công cụ lượng giá để đánh giá nhân viên từng khoa.",
        {"nBo117": 2, "nBo116": 2, "nBo119": 2, "nBo120": 2, "nBo118": 1, "nBo115": 1, "nBo122": 1},
    ),
    (
        "nBn57",
        "vi",
        "bmc_shiraz",
        "Hợp tác xã vệ sinh ở Vĩnh Long cần huấn luyện công nhân thu gom chất thải bệnh viện",
        "Nghiên cứu ở công nhân vệ sinh bệnh viện cho thấy tai nạn kim đâm và vật sắc nhọn vẫn phổ biến, 16,3% chưa từng "
        "được đào tạo về chất thải y tế. Hợp tác xã vệ sinh môi trường của chúng tôi nhận thu gom rác cho hai bệnh viện ở "
        "TP Vĩnh Long, cần huấn luyện an toàn lao động, nhận biết chất thải và xử lý khi bị kim đâm cho công nhân.",
        {"nBo116": 2, "nBo117": 2, "nBo123": 2, "nBo119": 2, "nBo115": 1, "nBo040": 1},
    ),
    (
        "nBn58",
        "en",
        "thuvieny_vuthu",
        "Course on Vietnam's Circular 20/2021 on medical waste for private clinic owners in Tra Vinh",
        "Research on commune health workers shows that knowledge and practice of medical solid-waste management lag behind "
        "the rules. As owners of private clinics in Tra Vinh we must comply with the Ministry of Health circular on "
        "managing medical waste within facility premises and need a course explaining it, taught locally in Vietnamese.",
        {"nBo115": 2, "nBo116": 2, "nBo118": 1, "nBo121": 1, "nBo119": 1},
    ),
]

NEEDS += [
    # --- sterilisation of instruments ---
    (
        "nBn59",
        "vi",
        "ebusca_h2o2",
        "Bệnh viện tư ở TP Vĩnh Long cần máy tiệt khuẩn nhiệt độ thấp plasma H2O2 cho dụng cụ nội soi",
        "Tiệt khuẩn bằng plasma hydro peroxit nhiệt độ thấp được dùng rộng rãi cho dụng cụ có lòng ống, nhưng khả năng "
        "xuyên thấu kém là mối lo, một báo cáo theo dõi 58 bệnh viện đã khuyến nghị dùng thiết bị thử thách sinh học để "
        "giám sát. Bệnh viện chúng tôi mở phòng nội soi, cần mua máy tiệt khuẩn plasma H2O2 và hướng dẫn sử dụng an toàn.",
        {"nBo130": 2, "nBo131": 2, "nBo132": 2, "nBo129": 1, "nBo127": 1, "nBo134": 1, "nBo136": 1},
    ),
    (
        "nBn60",
        "en",
        "zggrk_h2o2",
        "Hydrogen peroxide plasma cycles keep failing at a hospital sterile supply unit in Tra Vinh",
        "A provincial survey of hospital sterile supply departments found inconsistent equipment parameters, vague "
        "manufacturer instructions, varied operator skills and weak quality control for hydrogen peroxide plasma "
        "sterilization, with frequent breakdowns from improper operation. Our unit in Tra Vinh has repeated cycle "
        "cancellations; we need operator training and troubleshooting support.",
        {"nBo134": 2, "nBo136": 2, "nBo133": 1, "nBo130": 1, "nBo135": 1, "nBo129": 1},
    ),
    (
        "nBn61",
        "vi",
        "bvub_tietkhuan",
        "Phòng khám đa khoa ở Duyên Hải cần lập đơn vị tiệt khuẩn nhỏ với nồi hấp và quy trình chuẩn",
        "Các phương pháp tiệt khuẩn dụng cụ mỗi loại có ưu nhược điểm: hấp ướt nhanh, rẻ, không độc nhưng hại dụng cụ "
        "nhạy nhiệt; plasma, khí EO cho dụng cụ không chịu nhiệt. Phòng khám đa khoa của chúng tôi ở thị xã Duyên Hải muốn "
        "tập trung xử lý dụng cụ về một phòng: cần nồi hấp hơi nước phù hợp, quy trình làm sạch - đóng gói - tiệt khuẩn - "
        "lưu trữ và đào tạo nhân viên.",
        {"nBo128": 2, "nBo126": 2, "nBo125": 2, "nBo127": 1, "nBo133": 1, "nBo135": 1, "nBo129": 1},
    ),
    (
        "nBn62",
        "en",
        "ebusca_h2o2",
        "Biological monitoring programme for steam and low-temperature sterilizers across hospitals in Vinh Long",
        "A monitoring report on low-temperature hydrogen peroxide gas plasma sterilizers in 58 hospitals recommended a "
        "biological process challenge device for lumened instruments. Our group of hospitals in Vinh Long wants a routine "
        "biological-indicator programme for all steam and low-temperature sterilizers, with validation and records.",
        {"nBo133": 2, "nBo135": 2, "nBo016": 2, "nBo012": 2, "nBo136": 1, "nBo134": 1, "nBo013": 1},
    ),
    (
        "nBn63",
        "vi",
        "memart_vokhuan",
        "Bệnh viện tư ở Vũng Liêm mở phòng mổ mới, cần quy trình và thiết bị tiệt khuẩn dụng cụ phẫu thuật",
        "Nguyên tắc vô khuẩn trong phòng mổ yêu cầu mọi dụng cụ tiếp xúc phẫu trường phải được khử trùng bằng nhiệt độ cao, "
        "hóa chất hoặc tia cực tím, đóng gói vô khuẩn và chỉ mở ngay trước khi dùng. Bệnh viện tư của chúng tôi ở Vũng "
        "Liêm mở phòng mổ mới, cần thiết bị và quy trình tiệt khuẩn dụng cụ phẫu thuật tập trung.",
        {"nBo128": 2, "nBo125": 2, "nBo126": 2, "nBo127": 2, "nBo129": 1, "nBo131": 1, "nBo133": 1},
    ),
    (
        "nBn64",
        "en",
        "bvub_tietkhuan",
        "Low-temperature sterilizer for heat-sensitive endoscopes at an endoscopy unit in Tra Vinh city",
        "Comparing steam, dry heat, hydrogen peroxide plasma and ethylene oxide, plasma suits heat-sensitive instruments "
        "and is fast, while ethylene oxide needs long aeration and is carcinogenic. Our private endoscopy unit in Tra Vinh "
        "city wants a hydrogen peroxide plasma sterilizer for its scopes instead of ethylene oxide.",
        {"nBo130": 2, "nBo131": 2, "nBo132": 2, "nBo129": 1, "nBo127": 1, "nBo134": 1},
    ),
    # --- placenta, mercury, pharmaceutical, recycling, chemical disinfection ---
    (
        "nBn65",
        "vi",
        "blenkharn_placenta",
        "Nhà hộ sinh tư ở Cầu Kè cần cách xử lý nhau thai và mô an toàn, hợp phong tục",
        "Các đơn vị cung cấp thùng chứa chuyên dụng để đựng, chở nhau thai đến nơi xử lý, thường là đốt, và nhiều gia đình "
        "muốn mang nhau về chôn. Nhà hộ sinh tư của chúng tôi ở Cầu Kè không có lò đốt, cần cách xử lý nhau thai, mô và "
        "máu tại chỗ an toàn, tôn trọng phong tục của bà con.",
        {"nBo144": 2, "nBo008": 1, "nBo002": 1},
    ),
    (
        "nBn66",
        "en",
        "openlearn_glossary",
        "Placenta pit design for commune health stations in Tra Cu that handle deliveries",
        "A placenta pit is a pit in the grounds of a hospital or health centre for disposing of anatomical and pathological "
        "waste such as placentas, body parts, blood and body fluids. Several commune health stations in Tra Cu still "
        "handle deliveries and need a proper design and operating rules for such a pit.",
        {"nBo144": 2, "nBo142": 1},
    ),
    (
        "nBn67",
        "vi",
        "doc_thuyngan_ha",
        "Bệnh viện tư ở Trà Vinh muốn thay nhiệt kế, huyết áp kế thủy ngân và xử lý thủy ngân tồn",
        "Bài giảng về đo huyết áp nhắc áp kế thủy ngân có độ chính xác ±2 mmHg và phải kiểm tra hằng năm, áp kế đồng hồ "
        "±5 mmHg. Bệnh viện tư của chúng tôi ở TP Trà Vinh vẫn dùng nhiều nhiệt kế, huyết áp kế thủy ngân, muốn chuyển hẳn "
        "sang thiết bị không thủy ngân và có quy trình thu gom, xử lý thủy ngân khi vỡ.",
        {"nBo146": 2, "nBo147": 2, "nBo148": 2, "nBo149": 1},
    ),
    (
        "nBn68",
        "en",
        "qai_doh_mercury",
        "Phasing out mercury thermometers and devices in a health-centre network in Vinh Long",
        "Health authorities elsewhere have ordered mercury thermometers and other mercury-containing equipment out of "
        "health facilities because mercury harms the nervous system and kidneys and accumulates in the food chain. Our "
        "network of health centres in Vinh Long wants to phase out mercury devices: alternatives, procurement and spill "
        "clean-up.",
        {"nBo146": 2, "nBo147": 2, "nBo148": 2, "nBo149": 1},
    ),
    (
        "nBn69",
        "vi",
        "fdoc_cytotoxic",
        "Khoa ung bướu bệnh viện tư ở TP Vĩnh Long cần thu gom, xử lý chất thải thuốc độc tế bào",
        "Thuốc độc tế bào có khả năng gây ung thư, đột biến, quái thai; chất thải dính thuốc này và thuốc quá hạn dùng cần "
        "xử lý riêng, thường bằng đốt nhiệt độ cao. Khoa ung bướu bệnh viện tư của chúng tôi ở TP Vĩnh Long cần đơn vị "
        "cung cấp thùng chứa riêng, thu gom và tiêu hủy chất thải thuốc độc tế bào và thuốc hết hạn.",
        {"nBo150": 2, "nBo151": 2, "nBo152": 2, "nBo054": 1, "nBo044": 1},
    ),
    (
        "nBn70",
        "en",
        "hpt_meddisposal",
        "Disposal of expired and partly used medicines for a hospital pharmacy and pharmacy chain in Tra Vinh",
        "Partly used vials past their beyond-use date and returned infusions pile up in hospital pharmacies, and flushing "
        "them has been linked to drugs found in water supplies. Our hospital pharmacy and retail pharmacy chain in Tra Vinh "
        "need a compliant way to separate, store and dispose of expired and unused medicines.",
        {"nBo151": 2, "nBo152": 2, "nBo150": 1, "nBo054": 1},
    ),
    (
        "nBn71",
        "vi",
        "baomoi_hcm_taiche",
        "Công ty tái chế nhựa ở Long Hồ muốn thu mua chai dịch truyền, nhựa không lây nhiễm từ bệnh viện",
        "Sở Y tế một thành phố lớn đã hướng dẫn bệnh viện công lập và tư nhân quản lý rác thải y tế được phép tái chế. Công "
        "ty tái chế nhựa của chúng tôi ở Long Hồ muốn ký hợp đồng thu mua chai dịch truyền, can nhựa không lây nhiễm từ bệnh "
        "viện trong tỉnh, cần hiểu rõ điều kiện pháp lý và đầu tư dây chuyền tái chế phù hợp.",
        {"nBo153": 2, "nBo154": 2, "nBo100": 1, "nBo101": 1},
    ),
    (
        "nBn72",
        "en",
        "pld_nhua",
        "Cutting single-use plastics and recycling non-infectious plastic waste at a hospital in Tra Vinh",
        "Draft rules on medical waste propose limiting single-use plastic products and hard-to-degrade plastic packaging in "
        "health facilities. Our hospital in Tra Vinh wants to reduce single-use plastics and hand over clean infusion "
        "bottles and other non-infectious plastics for recycling lawfully.",
        {"nBo154": 2, "nBo153": 2, "nBo100": 1, "nBo118": 1},
    ),
    (
        "nBn73",
        "en",
        "nmt_chemdis",
        "Chemical disinfection of liquid infectious waste at commune clinics with unreliable power in Cau Ngang",
        "Chemical disinfection, for example with chlorine dioxide, can render medical waste non-infectious so it can be "
        "disposed of without further processing. Our commune clinics in Cau Ngang have frequent power cuts and no "
        "autoclave; we need a chemical method and equipment to disinfect blood, suction fluids and other liquid "
        "infectious waste before it goes to a soak pit.",
        {"nBo141": 2, "nBo142": 2, "nBo143": 2, "nBo090": 1, "nBo091": 1, "nBo092": 1},
    ),
    (
        "nBn74",
        "vi",
        "woyao_labwaste",
        "Trạm y tế xã ở Mang Thít cần hóa chất và cách khử khuẩn chất thải lỏng, dịch tiết trước khi thải",
        "Khi khử khuẩn chất thải bằng hóa chất cần tránh chất quá kích ứng, tính đến việc dịch lỏng pha loãng hóa chất và "
        "đựng chất thải lỏng trong thùng cứng, kín. Trạm y tế xã của chúng tôi ở Mang Thít cần nguồn hóa chất khử khuẩn "
        "và hướng dẫn pha, ngâm đúng nồng độ cho máu, dịch tiết, nước rửa dụng cụ trước khi thải.",
        {"nBo090": 2, "nBo091": 2, "nBo092": 2, "nBo141": 2, "nBo142": 2, "nBo143": 1},
    ),
    (
        "nBn75",
        "en",
        "bth_tunhan",
        "Shared microwave treatment unit for 12 private clinics in Vinh Long",
        "Private clinics have multiplied, yet sorting and treating their medical waste remains confused and opaque. Twelve "
        "private clinics in Vinh Long want to pool money for one microwave disinfection unit installed at the largest "
        "clinic, where the others bring their infectious waste each day.",
        {"nBo027": 2, "nBo029": 2, "nBo030": 2, "nBo028": 1, "nBo032": 1, "nBo002": 1, "nBo008": 1, "nBo006": 1},
    ),
]
