"""Needs of the holdout85 labelled set: testing laboratories, metrology and quality infrastructure.

Rows are (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant or an adjacent step, unlisted = not relevant. Every need is set in Tra Vinh / Vinh Long
(with the former Ben Tre); apart from lIn01, lIn04, lIn56 and lIn58, whose pages are about Tra Vinh, each
need is written from a page about another place (or no place) and moved into the province.
"""

NEEDS = [
    # --- food microbiology ---
    (
        "lIn01",
        "vi",
        "agrimate_tv_ocop",
        "Cần kiểm nghiệm vi sinh bánh tét để làm hồ sơ tự công bố và OCOP",
        "Cơ sở bánh tét nhân thập cẩm ở huyện Cầu Kè vừa được công nhận OCOP 3 sao, giấy chứng nhận có giá trị 3 năm. "
        "Để tái công nhận và tự công bố sản phẩm, chúng tôi cần nơi kiểm nghiệm các chỉ tiêu vi sinh: tổng vi sinh "
        "vật hiếu khí, coliform, E. coli, Salmonella, tụ cầu vàng, nấm men – nấm mốc, có báo giá và thời gian trả kết "
        "quả rõ ràng.",
        {"lIo001": 2, "lIo002": 2, "lIo003": 2, "lIo004": 2, "lIo005": 2, "lIo136": 1, "lIo135": 1},
    ),
    (
        "lIn02",
        "en",
        "agri_au_fish",
        "Routine microbiological verification of frozen crab and shrimp for export",
        "Our seafood plant in Duyen Hai town packs frozen mud crab and shrimp for export. Importing markets expect a "
        "regular product-testing programme that proves our food safety plan works, including Vibrio and Listeria on "
        "finished product, beyond the testing our approved arrangement already lists. We need a laboratory for these "
        "microbiological tests on a monthly schedule.",
        {"lIo003": 2, "lIo004": 2, "lIo005": 2, "lIo001": 1, "lIo002": 1},
    ),
    (
        "lIn03",
        "vi",
        "doc123_iso22000",
        "Can lay mau vi sinh dinh ky mon an va be mat dung cu cho bep an",
        "Bep an tap the cua cong ty o TP Tra Vinh nau cho khoang 400 cong nhan. Doc bao thay co dot thanh tra 30% mau "
        "thuc an duong pho khong dat chi tieu vi sinh nen chung toi muon lay mau dinh ky mon an, thot, dao, mat ban "
        "che bien de kiem vi sinh va duoc tu van nen lay mau nhung gi, bao lau mot lan.",
        {"lIo006": 2, "lIo004": 2, "lIo002": 2, "lIo001": 1, "lIo003": 1, "lIo005": 1, "lIo017": 1},
    ),
    (
        "lIn04",
        "en",
        "langnghe_tv28",
        "Shelf-life study for frozen coconut cream and fermented coconut nectar",
        "We are a small coconut processor in Tieu Can district preparing frozen coconut cream and a fermented "
        "coconut-nectar vinegar, like the four-star OCOP products recently recognised in the province. Before "
        "printing expiry dates we need a shelf-life study: microbiological counts (yeasts, moulds, total plate count, "
        "coliforms) at intervals through storage, with a report we can show buyers.",
        {"lIo005": 2, "lIo004": 1, "lIo003": 1, "lIo001": 1, "lIo002": 1},
    ),
    # --- pesticide residues ---
    (
        "lIn05",
        "vi",
        "baovinhlong_bvtv",
        "Cần phân tích dư lượng thuốc BVTV trên rau ăn lá trước khi giao siêu thị",
        "Hợp tác xã rau an toàn ở huyện Châu Thành trồng rau muống, cải, rau ngót, đậu – nhóm rau ăn lá mà Cục Bảo vệ "
        "thực vật xếp vào nhóm có nguy cơ tồn dư thuốc BVTV cao. Siêu thị yêu cầu phiếu phân tích dư lượng nhiều hoạt "
        "chất cho từng đợt giao hàng. Chúng tôi cần phòng thí nghiệm phân tích đa dư lượng và báo giá theo mẫu.",
        {"lIo010": 2, "lIo012": 2, "lIo008": 2, "lIo009": 2, "lIo011": 2, "lIo014": 1, "lIo016": 1, "lIo002": 1},
    ),
    (
        "lIn06",
        "en",
        "fftc_gap",
        "EU residue screening for green-skin pomelo exports, including glyphosate",
        "Our company buys green-skin pomelo from VietGAP growers in Cho Lach and wants to ship to the EU, where "
        "maximum residue limits are stricter than at home. We need a laboratory that screens fruit against EU MRLs "
        "for the pesticides used in our growing area, including herbicides such as glyphosate that standard screens "
        "miss.",
        {"lIo008": 2, "lIo011": 2, "lIo009": 2, "lIo010": 2, "lIo012": 1},
    ),
    (
        "lIn07",
        "en",
        "tailieuthamkhao_bvtv",
        "Residue monitoring plan for vegetables supplied to school kitchens",
        "The district's school kitchens in Cang Long buy vegetables from several small suppliers. The Mekong Delta "
        "has a history of pesticide poisoning from vegetables – 13,000 cases with 354 deaths in 1995 alone – and "
        "parents are worried. We want someone to design a sampling plan for our suppliers and have the samples "
        "analysed for pesticide residues.",
        {"lIo009": 2, "lIo012": 2, "lIo008": 1, "lIo010": 1, "lIo011": 1, "lIo014": 1, "lIo017": 1},
    ),
    (
        "lIn08",
        "vi",
        "bacninh_rauqua",
        "Phân tích glyphosate và paraquat trên rau trồng gần ruộng lúa",
        "Tổ hợp tác trồng rau màu ở huyện Trà Cú nằm xen ruộng lúa thường phun thuốc cỏ. Một khảo sát chỉ tiêu chất "
        "lượng rau quả trên địa bàn tỉnh khác cho thấy cần kiểm tra cả nhóm thuốc trừ cỏ. Chúng tôi cần phân tích "
        "riêng glyphosate, paraquat trong rau, vì gói sàng lọc thông thường không phát hiện được các chất này.",
        {"lIo011": 2, "lIo008": 1, "lIo010": 1, "lIo012": 1, "lIo009": 1},
    ),
    # --- heavy metals ---
    (
        "lIn09",
        "vi",
        "nhatrang_cd",
        "Kiểm nghiệm cadimi, chì, thủy ngân trong nghêu trước mùa thu hoạch",
        "Hợp tác xã nghêu ở xã ven biển huyện Cầu Ngang cần kiểm nghiệm kim loại nặng trong nghêu thương phẩm. Nghiên "
        "cứu ở nơi khác cho thấy cadimi trong nhóm hai mảnh vỏ mùa mưa cao hơn mùa khô, nên chúng tôi muốn lấy mẫu cả "
        "hai mùa để chứng minh hàm lượng dưới giới hạn của Việt Nam và châu Âu.",
        {"lIo026": 2, "lIo027": 2, "lIo028": 2, "lIo029": 2, "lIo030": 2, "lIo031": 2, "lIo002": 1},
    ),
    (
        "lIn10",
        "en",
        "stochastic_hm",
        "Inorganic arsenic and cadmium testing for export rice",
        "Our rice mill in Tam Binh exports fragrant rice. Buyers now ask for arsenic and cadmium results, and for "
        "arsenic they want the inorganic form, which is the toxic one, not just total arsenic; our "
        "groundwater-irrigated fields make them cautious. We need a laboratory able to do ICP-MS and arsenic "
        "speciation.",
        {"lIo029": 2, "lIo030": 2, "lIo028": 1, "lIo031": 1, "lIo027": 1, "lIo002": 1},
    ),
    (
        "lIn11",
        "vi",
        "tailieu_hanoi_kln",
        "Kiểm tra chì, cadimi trong rau và thịt bán ở chợ gần khu công nghiệp",
        "Tiểu thương chợ gần khu công nghiệp ở huyện Long Hồ lo ngại sau khi đọc khảo sát ở Hà Nội: mẫu rau, thịt, "
        "gạo lấy ở chợ có Cd, Pb vượt QCVN 8-2:2011/BYT từ vài lần đến vài chục lần, đặc biệt xà lách và thịt. Chúng "
        "tôi muốn gửi mẫu rau ăn lá và thịt đi phân tích chì, cadimi bằng ICP-MS để trấn an khách hàng.",
        {"lIo027": 2, "lIo028": 2, "lIo030": 2, "lIo031": 2, "lIo029": 2, "lIo026": 1, "lIo002": 1},
    ),
    (
        "lIn12",
        "en",
        "heavymetaldata",
        "Heavy metal testing for rice flour made for infants",
        "We make a weaning rice-and-mung-bean flour in Vinh Long and want to print heavy metal results by batch, as "
        "some brands now let parents look them up by best-by date. We need a laboratory that tests lead, cadmium, "
        "arsenic and mercury at the low limits that apply to baby food.",
        {"lIo029": 2, "lIo031": 2, "lIo030": 2, "lIo028": 2, "lIo027": 1, "lIo002": 1},
    ),
    # --- veterinary drug residues ---
    (
        "lIn13",
        "vi",
        "vasep_oxytet",
        "Xét nghiệm kháng sinh cấm trong tôm trước khi bán cho nhà máy",
        "Đại lý thu mua tôm thẻ ở thị xã Duyên Hải vừa bị nhà máy cảnh báo: thị trường nhập khẩu phát hiện dư lượng "
        "oxytetracycline, người nuôi phải ngưng thuốc 28 ngày trước thu hoạch. Chúng tôi cần xét nghiệm nhanh các "
        "kháng sinh cấm và hạn chế (chloramphenicol, nitrofuran, tetracycline) cho từng lô tôm trước khi giao.",
        {"lIo035": 2, "lIo037": 2, "lIo033": 2, "lIo034": 2, "lIo036": 1, "lIo016": 1, "lIo002": 1},
    ),
    (
        "lIn14",
        "en",
        "mdpi_shrimp_extract",
        "Antibiotic residues in shrimp pond water and sediment after disease treatment",
        "Our farmer group in Thanh Phu treated a disease outbreak last season and wants to know whether antibiotic "
        "residues remain in pond water, sludge and the canal we share before restocking. Global concern about "
        "antimicrobial resistance from aquaculture makes buyers ask. We need sampling and analysis of water and mud, "
        "not only shrimp flesh.",
        {"lIo036": 2, "lIo033": 1, "lIo037": 1, "lIo035": 1},
    ),
    (
        "lIn15",
        "en",
        "encyclopedia_shrimp",
        "Fast multiclass antibiotic screening to release frozen shrimp lots",
        "Our frozen shrimp factory in Tra Vinh city receives raw shrimp from many small farms. Antibiotics are widely "
        "used to control outbreaks, and importers set maximum residue limits for several drug classes. We need a fast "
        "multi-residue method – ideally one run for fluoroquinolones, tetracyclines, sulfonamides and amphenicols – "
        "so each lot can be released within a day.",
        {"lIo033": 2, "lIo037": 2, "lIo035": 2, "lIo034": 1, "lIo016": 1},
    ),
    # --- histamine and mycotoxins ---
    (
        "lIn16",
        "vi",
        "lekha_nuocmam",
        "Kiểm nghiệm histamine cho nước mắm cá cơm để tự công bố",
        "Cơ sở nước mắm ở huyện Cầu Ngang chuẩn bị đóng chai sản phẩm 95 % nước mắm cá cơm, phần còn lại là đường và "
        "chất điều vị. Khách hàng ngày càng đọc kỹ nhãn và hỏi về độ an toàn. Chúng tôi cần kiểm nghiệm histamine và "
        "các chỉ tiêu bắt buộc để làm hồ sơ tự công bố.",
        {"lIo038": 2, "lIo040": 1, "lIo039": 1, "lIo002": 1, "lIo135": 1},
    ),
    (
        "lIn17",
        "en",
        "knowyourpantry",
        "Histamine limits and testing for anchovy fish sauce exported to Europe",
        "We ferment anchovy with salt in Ba Tri to make fish sauce and have an enquiry from a European importer. "
        "Anchovy is a histamine-forming species, and delays before salting raise levels. We need to know which "
        "histamine limit and sampling rule apply to fermented fish sauce in the EU and to have our batches tested.",
        {"lIo040": 2, "lIo038": 2, "lIo039": 1},
    ),
    (
        "lIn18",
        "vi",
        "tailieu_mycotoxin",
        "Kiểm tra aflatoxin trong tương hột và đậu phộng rang",
        "Cơ sở làm tương hột và đậu phộng rang muối ở huyện Tiểu Cần muốn kiểm tra độc tố vi nấm. Đánh giá nguy cơ ở "
        "một số tỉnh phía Bắc cho thấy aflatoxin B1 hiện diện với tỷ lệ cao trong ngô, gạo, lạc, vừng. Chúng tôi cần "
        "nơi phân tích aflatoxin cho nguyên liệu đậu và thành phẩm.",
        {"lIo041": 2, "lIo002": 1, "lIo136": 1},
    ),
]

NEEDS += [
    # --- drinking, well and bottled water ---
    (
        "lIn19",
        "vi",
        "tt41_2018",
        "Xét nghiệm nước giếng khoan của điểm trường theo quy chuẩn nước sạch",
        "Điểm trường ở huyện Trà Cú dùng nước giếng khoan cho học sinh rửa tay, nấu ăn. Theo QCVN 01-1:2018/BYT ban "
        "hành kèm Thông tư 41/2018/TT-BYT, nước sạch dùng cho sinh hoạt phải được kiểm tra, giám sát. Chúng tôi cần "
        "xét nghiệm asen, amoni, coliform, E. coli và các chỉ tiêu cơ bản, có báo giá trọn gói.",
        {
            "lIo042": 2,
            "lIo043": 2,
            "lIo044": 2,
            "lIo045": 1,
            "lIo046": 1,
            "lIo047": 1,
            "lIo048": 1,
            "lIo002": 1,
            "lIo004": 1,
        },
    ),
    (
        "lIn20",
        "en",
        "hanoi_coliform",
        "Building in-house coliform testing at a rural water supply station",
        "Our rural water station in Cang Long pumps groundwater to about 1,500 households. A survey elsewhere found "
        "tap water mostly free of coliforms but contamination in drilled wells, so we want our own small laboratory "
        "to test coliforms and basic parameters every week. We need methods, training material for staff and advice "
        "on equipment.",
        {"lIo049": 2, "lIo007": 1, "lIo043": 1, "lIo042": 1},
    ),
    (
        "lIn21",
        "en",
        "wellowner",
        "Annual bacteria and nitrate test for a homestay's well",
        "We run a community-tourism homestay near Con Chim and use a drilled well for guests. A groundwater "
        "association recommends testing at least once a year for bacteria and nitrate, plus local concerns, since "
        "livestock pens and septic tanks are nearby. We need a simple sampling kit or visit and a laboratory report.",
        {"lIo045": 2, "lIo046": 2, "lIo047": 2, "lIo044": 2, "lIo042": 2, "lIo043": 2, "lIo048": 1, "lIo004": 1},
    ),
    (
        "lIn22",
        "vi",
        "ni_bottled",
        "Kiểm nghiệm định kỳ nước uống đóng bình và vỏ bình",
        "Cơ sở nước uống đóng bình 20 lít ở huyện Vũng Liêm cần lịch kiểm nghiệm định kỳ: tổng số vi khuẩn hiếu khí "
        "(quy định nơi khác giới hạn 100/ml ở 22 °C và 20/ml ở 37 °C, đo trong 12 giờ sau khi đóng), coliform, E. "
        "coli trên nước thành phẩm, và kiểm tra vệ sinh vỏ bình, nắp.",
        {"lIo052": 2, "lIo042": 2, "lIo043": 2, "lIo051": 1, "lIo053": 1, "lIo004": 1, "lIo002": 1},
    ),
    # --- rapid tests at markets ---
    (
        "lIn23",
        "vi",
        "wikisum_strips",
        "Can bo kit test nhanh thuoc tru sau tren rau cho ban quan ly cho",
        "Ban quan ly cho xa o huyen Cau Ngang muon tu kiem tra nhanh rau cai, rau muong ba con mang ra ban. Nghe noi "
        "co que thu, kit thu dung duoc tai cho, co ket qua trong vai phut. Can mua kit hoac co don vi xuong cho test "
        "giup, mau nghi ngo thi gui phong thi nghiem.",
        {"lIo014": 2, "lIo016": 2, "lIo017": 2, "lIo018": 2, "lIo019": 1, "lIo020": 1, "lIo015": 2},
    ),
    (
        "lIn24",
        "en",
        "techbbcnn",
        "Rapid screening for borax, formalin and banned colours in school meals",
        "The food safety team of a school network in Vinh Long wants to screen ingredients on delivery – rice "
        "noodles, fish balls, pickles, coloured cakes – for borax, formalin and non-food dyes. Portable test kits "
        "based on immunoassay or chemical reactions would let staff decide on the spot and keep records for "
        "inspections.",
        {"lIo016": 2, "lIo018": 2, "lIo017": 2, "lIo015": 1},
    ),
    (
        "lIn25",
        "vi",
        "thuvieny_histamin",
        "Cần đội test nhanh lưu động cho chợ và quán ăn trong huyện",
        "Ban chỉ đạo an toàn thực phẩm huyện Trà Cú kiểm tra nhiều cơ sở kinh doanh ăn uống nhỏ, nơi điều kiện vệ "
        "sinh còn kém và cá bán ra có thể tăng histamine. Chúng tôi cần phương tiện hoặc đội kiểm nghiệm lưu động "
        "test nhanh, lấy mẫu tại chỗ ở chợ, quán ăn, chỉ gửi mẫu nghi ngờ về phòng thí nghiệm.",
        {"lIo015": 2, "lIo014": 2, "lIo017": 2, "lIo016": 1, "lIo018": 1, "lIo040": 1},
    ),
    # --- trade scales and weights ---
    (
        "lIn26",
        "vi",
        "congly_candoichung",
        "Kiểm định cân của tiểu thương và lập trạm cân đối chứng tại chợ",
        "Chợ thị trấn Tiểu Cần có gần 200 sạp, người mua phàn nàn cân gian, bán thiếu. Ban quản lý chợ muốn mời đơn "
        "vị kiểm định cân cho tiểu thương ngay tại chợ và đặt trạm cân đối chứng để khách tự cân lại, nâng ý thức "
        "người bán và bảo vệ người tiêu dùng.",
        {"lIo056": 2, "lIo057": 2, "lIo002": 2, "lIo054": 1, "lIo055": 1, "lIo061": 1, "lIo059": 1},
    ),
    (
        "lIn27",
        "en",
        "upcounsel",
        "Legal-for-trade verified platform scales for buying fruit from farmers",
        "Our longan and pomelo wholesale yard in Binh Minh pays farmers by weight, so our scales must be legal for "
        "trade. Certified scales cost more because they pass extended type testing (across 50–86 °F and 100,000 "
        "half-capacity loadings). We need our new platform scales verified on site and re-checked regularly.",
        {"lIo061": 2, "lIo060": 1, "lIo059": 1, "lIo057": 2, "lIo002": 2, "lIo058": 1, "lIo062": 1, "lIo056": 1},
    ),
    (
        "lIn28",
        "vi",
        "congly_candoichung",
        "Can kiem dinh lai can dong ho lo xo ban ca ngoai cho",
        "Toi ban ca o cho thi xa Duyen Hai, dung can dong ho lo xo 8 kg da lau, khach hay nghi can thieu. Muon mang "
        "can di kiem dinh lai hoac co doan xuong cho kiem dinh, dan tem cho dung quy dinh, khoi bi phat.",
        {"lIo056": 2, "lIo057": 2, "lIo002": 2, "lIo055": 1, "lIo054": 1},
    ),
    (
        "lIn29",
        "en",
        "formconnections",
        "Calibration of our own check weights (F2 and M1 classes)",
        "Our food factory in Long Ho checks its packing and grocer's scales daily with a set of check weights, and "
        "the scale company's service form records deviation against a standard. Our auditor now wants the check "
        "weights themselves calibrated with certificates. We have F2 weights from 1 g to 2 kg and M1 weights of 10 "
        "and 20 kg.",
        {"lIo066": 2, "lIo058": 1, "lIo068": 1, "lIo002": 1},
    ),
    (
        "lIn30",
        "en",
        "scales_casestudy",
        "Calibration and maintenance of a 100-tonne truck scale at a rice mill",
        "Our rice mill in Tra On weighs every truck and barge-to-truck transfer of paddy on a 100-tonne-capacity, "
        "18-metre truck scale. Tolls and payments depend on it, and a new weighbridge costs far more than upkeep. We "
        "need periodic testing with certified weights, section adjustment and a preventive maintenance contract.",
        {"lIo067": 2, "lIo068": 2, "lIo069": 2, "lIo057": 2, "lIo071": 1, "lIo070": 1, "lIo002": 1},
    ),
    (
        "lIn31",
        "vi",
        "american_scale",
        "Nghi cân xe tải cân lúa bị sai, cần kiểm tra và hiệu chuẩn",
        "Đại lý thu mua lúa ở huyện Trà Ôn cân xe tải chở lúa vào kho. Nông dân và tài xế phản ánh số cân chênh so "
        "với cân ở nơi khác, trong khi sai một chút cũng làm trả thừa hoặc thiếu tiền và xe chở quá tải. Chúng tôi "
        "cần thợ có quả cân chuẩn đến kiểm tra, hiệu chuẩn và bảo dưỡng trạm cân.",
        {"lIo069": 2, "lIo067": 2, "lIo068": 2, "lIo057": 2, "lIo071": 1, "lIo070": 1, "lIo002": 1},
    ),
    # --- fuel dispensers ---
    (
        "lIn32",
        "vi",
        "danviet_xang",
        "Kiểm định định kỳ và sau sửa chữa cột bơm xăng",
        "Cửa hàng xăng dầu ở huyện Cầu Kè có 4 trụ bơm, 2 trụ RON 92 đang tháo sửa. Ở tỉnh khác, đoàn kiểm tra đã "
        "niêm phong trụ vượt sai số cho phép ± 0,2 – 0,3 %. Chúng tôi cần đơn vị kiểm định định kỳ và kiểm định sau "
        "sửa chữa bầu lường để yên tâm kinh doanh.",
        {"lIo072": 2, "lIo002": 2, "lIo056": 2, "lIo073": 1, "lIo080": 1, "lIo074": 1, "lIo075": 1},
    ),
    (
        "lIn33",
        "en",
        "baoninhthuan_xang",
        "Self-checks of fuel dispensers between official verifications",
        "We own two petrol stations in Mo Cay. In another province an inspection of 17 stations found 3 breaching "
        "metrology rules, with fines of nearly 47 million dong and two circuit boards seized. We want our own routine "
        "to check delivered volume between verifications, with a calibrated test measure and clear tolerances.",
        {"lIo078": 2, "lIo075": 2, "lIo079": 1, "lIo074": 1, "lIo077": 1},
    ),
    (
        "lIn34",
        "en",
        "vtv_xang",
        "Independent inspection of dispensers against tampering and software fraud",
        "We distribute fuel to six stations in Vinh Long. After a neighbouring station was suspected of mixing and "
        "short-measuring, customers ask for proof. We want an independent inspection of all dispensers – volume "
        "accuracy, seals, electronics and control software – and a regular calibration schedule with records.",
        {
            "lIo076": 2,
            "lIo074": 2,
            "lIo072": 2,
            "lIo073": 1,
            "lIo077": 1,
            "lIo080": 1,
            "lIo002": 2,
            "lIo056": 1,
            "lIo075": 1,
        },
    ),
    # --- water and electricity meters ---
    (
        "lIn35",
        "vi",
        "tuanhungphat",
        "Kiểm định 2.000 đồng hồ nước trước khi lắp cho hộ dân",
        "Trạm cấp nước nông thôn ở huyện Càng Long mở rộng mạng, sắp lắp khoảng 2.000 đồng hồ nước mới. Đồng hồ phải "
        "được kiểm định, kẹp chì niêm phong và dán tem trước khi lắp để tính tiền công bằng, tránh gian lận. Cần đơn "
        "vị kiểm định số lượng lớn, báo giá theo cỡ đồng hồ.",
        {"lIo081": 2, "lIo082": 2, "lIo083": 2, "lIo085": 2, "lIo002": 2},
    ),
    (
        "lIn36",
        "en",
        "waternetwork",
        "In-place accuracy testing of large commercial water meters",
        "Our water utility in Vinh Long suspects that the big meters at hotels, ice plants and factories "
        "under-register, and we doubt whether inferential meters show true consumption compared with volumetric ones. "
        "We want these meters tested where they are installed, at their real flow rates, without cutting customers' "
        "supply.",
        {"lIo084": 2, "lIo085": 1, "lIo083": 1, "lIo081": 1, "lIo002": 1},
    ),
    (
        "lIn37",
        "vi",
        "myrobot",
        "Nghi đồng hồ nước chạy nhanh, muốn yêu cầu kiểm định lại",
        "Tôi có dãy nhà trọ 12 phòng ở TP Trà Vinh, hóa đơn nước tăng gần gấp đôi dù không thêm người thuê. Đồng hồ "
        "còn kẹp chì nhưng không biết đã kiểm định khi nào, nhận biết tem kiểm định ra sao. Cần đơn vị kiểm định độc "
        "lập kiểm tra lại độ chính xác và cấp giấy chứng nhận.",
        {"lIo082": 2, "lIo083": 2, "lIo081": 2, "lIo002": 2, "lIo085": 1},
    ),
    (
        "lIn38",
        "en",
        "schneider_pm5300",
        "Accuracy testing of tenant sub-meters in an industrial park",
        "We lease workshops in Long Duc industrial park, Tra Vinh city, and bill tenants from our own electronic "
        "energy sub-meters. A tenant disputes the bill. We need the meters tested against a reference standard under "
        "stable voltage and current, at the right temperature after warm-up, with a report tenants will accept.",
        {"lIo089": 2, "lIo091": 2, "lIo093": 2, "lIo090": 1, "lIo002": 1},
    ),
]

NEEDS += [
    (
        "lIn39",
        "vi",
        "nz_classB",
        "Đào tạo kỹ thuật viên tự kiểm tra sai số công tơ điện cơ",
        "Hợp tác xã dịch vụ điện ở huyện Cầu Ngang quản lý nhiều công tơ cơ cũ. Chúng tôi muốn kỹ thuật viên tự kiểm "
        "tra sơ bộ sai số tại hiện trường theo hằng số công tơ (số vòng/kWh), công suất tải và thời gian quay, và "
        "hiểu các nguồn sai số, trước khi gửi công tơ nghi ngờ đi kiểm định.",
        {"lIo090": 2, "lIo091": 1, "lIo089": 1, "lIo092": 1, "lIo093": 1},
    ),
    # --- temperature measurement ---
    (
        "lIn40",
        "vi",
        "foodcodepro",
        "Hiệu chuẩn nhiệt kế que đo thực phẩm và nhiệt kế tủ mát cho nhà hàng",
        "Nhà hàng ở TP Trà Vinh đang áp dụng HACCP, dùng nhiệt kế que điện tử và nhiệt kế lưỡng kim để đo món ăn, "
        "cùng nhiệt kế trong tủ mát. Đoàn đánh giá yêu cầu nhiệt kế phải được hiệu chuẩn (ví dụ kiểm tra điểm nước đá "
        "0 °C) và có hồ sơ. Cần dịch vụ hiệu chuẩn hoặc quy trình tự kiểm tra có ghi chép.",
        {"lIo094": 2, "lIo095": 2, "lIo097": 2, "lIo002": 1, "lIo098": 1, "lIo096": 1},
    ),
    (
        "lIn41",
        "en",
        "shipping_coldchain",
        "Continuous temperature monitoring and alarms for a seafood cold store",
        "Our cold store in Duyen Hai holds frozen shrimp and crab before container loading. Buyers want proof that "
        "product stayed within limits, with excursions documented for corrective action. We need loggers or a "
        "monitoring system with alarms, correct sensor placement, and records kept for audits.",
        {"lIo099": 2, "lIo100": 2, "lIo101": 2, "lIo095": 1, "lIo094": 1},
    ),
    (
        "lIn42",
        "en",
        "triphuc_visinh",
        "Temperature calibration of incubators and water baths in our micro lab",
        "Our new food microbiology room in Vinh Long has incubators at 37 °C and 45 °C, a 25 °C cooled incubator, a "
        "water bath and autoclaves, which must hold temperature within ± 3 °C. For ISO/IEC 17025 we need them "
        "calibrated for accuracy and uniformity with certificates.",
        {"lIo096": 2, "lIo095": 2, "lIo102": 2, "lIo106": 1, "lIo094": 1, "lIo002": 1},
    ),
    # --- laboratory equipment ---
    (
        "lIn43",
        "vi",
        "sumo_pipette",
        "Hiệu chuẩn micropipet và cân phân tích hằng năm cho phòng QC",
        "Phòng QC của nhà máy chế biến thủy sản ở TP Trà Vinh có 15 micropipet và 2 cân phân tích. Khách hàng đánh "
        "giá nhắc pipet chưa hiệu chuẩn có thể làm sai kết quả và mất chứng nhận, và việc hiệu chuẩn cần điều kiện "
        "nhiệt độ, độ ẩm ổn định. Cần đơn vị hiệu chuẩn định kỳ hằng năm có chứng chỉ.",
        {"lIo102": 2, "lIo106": 2, "lIo104": 1, "lIo105": 1, "lIo058": 1, "lIo103": 1, "lIo002": 1},
    ),
    (
        "lIn44",
        "en",
        "tte_pipette_env",
        "Traceable calibration of pH and conductivity meters for a teaching laboratory",
        "Our university's food chemistry laboratory in Tra Vinh is preparing for accreditation, and assessors pointed "
        "out that results depend on instruments checked in a controlled environment. We need our pH meters and "
        "conductivity meters calibrated with traceable certificates, not just buffer checks by students.",
        {"lIo103": 2, "lIo102": 2, "lIo107": 1, "lIo002": 1},
    ),
    # --- grain moisture meters ---
    (
        "lIn45",
        "vi",
        "palmcoast_moisture",
        "Can kiem tra may do do am lua cua vua",
        "Vua lua o huyen Tra On mua lua tuoi cua nong dan, tinh gia theo do am do bang may cam tay. May do kieu dien "
        "tro, sai khoang 1-2% va bi anh huong boi nhiet do, do am, lua ban. Nong dan nghi may do cao de ep gia, can "
        "kiem tra hieu chuan lai may cho dung.",
        {"lIo108": 2, "lIo110": 2, "lIo112": 1, "lIo109": 1, "lIo111": 1, "lIo002": 1},
    ),
    (
        "lIn46",
        "en",
        "paperexplained_moisture",
        "Reference samples and oven method to verify our moisture meters",
        "Our rice cooperative in Chau Thanh runs three moisture meters at its buying point. Meters measure electrical "
        "properties and must be calibrated against a direct oven method; comparing with two other meters is only a "
        "rough check. We want reference samples with known moisture or an oven-method service to verify our meters "
        "each season.",
        {"lIo109": 2, "lIo108": 2, "lIo110": 1, "lIo111": 1, "lIo112": 1},
    ),
    # --- ISO 9001 ---
    (
        "lIn47",
        "vi",
        "tantao_iso",
        "Tư vấn xây dựng ISO 9001 để dự thầu",
        "Công ty cơ khí 30 lao động ở huyện Long Hồ gia công kết cấu thép cho khu công nghiệp. Nhiều gói thầu yêu cầu "
        "chứng nhận ISO 9001, và một doanh nghiệp hạ tầng khu công nghiệp đã áp dụng để đo mức hài lòng khách hàng "
        "qua 33 thuộc tính. Cần đơn vị tư vấn từ đánh giá hiện trạng đến khi được cấp chứng chỉ.",
        {"lIo115": 2, "lIo116": 2, "lIo117": 2, "lIo113": 2, "lIo114": 2},
    ),
    (
        "lIn48",
        "en",
        "qmnotes_checklist",
        "Low-budget ISO 9001, mostly done by our own staff",
        "We are a small rice-paper and snack maker in Vinh Long; a supermarket customer asked for ISO 9001. We want "
        "to build a practical system ourselves – map our processes from enquiry to delivery, name process owners – "
        "and keep consultant days and costs low, then pass the certification audit.",
        {"lIo114": 2, "lIo116": 2, "lIo113": 1, "lIo115": 1, "lIo117": 1},
    ),
    (
        "lIn49",
        "vi",
        "apmp_iso",
        "Duy trì chứng chỉ ISO 9001: đánh giá giám sát và tái chứng nhận",
        "Doanh nghiệp chế biến dừa ở huyện Mỏ Cày đã áp dụng hệ thống quản lý chất lượng ISO 9001 – tiêu chuẩn phổ "
        "biến nhất trong bộ ISO 9000 ban hành từ 1987. Chúng tôi cần hiểu chứng chỉ có hiệu lực bao lâu, đánh giá "
        "giám sát hằng năm và tái chứng nhận diễn ra thế nào để lập kế hoạch.",
        {"lIo115": 2, "lIo117": 1, "lIo113": 1},
    ),
    # --- HACCP and ISO 22000 ---
    (
        "lIn50",
        "en",
        "hsewatch",
        "HACCP plan and staff training for a dried shrimp processor",
        "Our family business in Cau Ngang dries and packs shrimp. An export buyer wants a HACCP plan covering "
        "biological, chemical and physical hazards and trained staff, and asked us to budget for training. We need "
        "someone to write the plan with us and train our team of 20.",
        {"lIo118": 2, "lIo119": 2, "lIo123": 1, "lIo122": 1, "lIo120": 1},
    ),
    (
        "lIn51",
        "vi",
        "esathi_22000",
        "Chứng nhận ISO 22000 cho nhà máy nước cốt dừa: chi phí và các bước",
        "Công ty chế biến nước cốt dừa ở TP Trà Vinh bán cho chuỗi bán lẻ và xuất khẩu. Khách hàng lớn yêu cầu hệ "
        "thống quản lý an toàn thực phẩm theo ISO 22000 dù không bắt buộc theo luật. Cần tư vấn các bước, ước tính "
        "chi phí và hỗ trợ đến khi được chứng nhận.",
        {"lIo120": 2, "lIo121": 2, "lIo118": 1, "lIo119": 1, "lIo122": 1},
    ),
    (
        "lIn52",
        "vi",
        "acesacademy",
        "Can nguoi huong dan lam ke hoach HACCP cho lo banh tet",
        "Lo banh tet nha toi o huyen Cau Ke muon ban vao sieu thi, ho doi co HACCP. Ke hoach HACCP moi san pham moi "
        "khac, phai phan tich moi nguy sinh hoc, hoa hoc, vat ly tu nguyen lieu den thanh pham. Can nguoi huong dan "
        "tung buoc va tap huan cho tho.",
        {"lIo118": 2, "lIo119": 2, "lIo120": 1, "lIo122": 1, "lIo123": 1},
    ),
    # --- VietGAP ---
    (
        "lIn53",
        "vi",
        "fftc_gap",
        "Chứng nhận VietGAP cho bưởi da xanh: thủ tục và chi phí",
        "Hợp tác xã bưởi da xanh ở huyện Chợ Lách có 25 ha. VietGAP là tiêu chuẩn tự nguyện do Bộ Nông nghiệp ban "
        "hành từ 2008 cho rau quả, dựa trên AseanGAP, GlobalGAP. Đối tác thu mua yêu cầu chứng nhận VietGAP; cần biết "
        "hồ sơ, quy trình và chi phí chứng nhận, chọn tổ chức chứng nhận uy tín.",
        {"lIo124": 2, "lIo125": 2, "lIo126": 2, "lIo127": 1},
    ),
    (
        "lIn54",
        "en",
        "wn_vietgap",
        "Affordable entry-level GAP certification with cost sharing",
        "Our vegetable cooperative in Chau Thanh tried VietGAP but, as many growers found, we could not find buyers "
        "paying more and our produce was copied by others. We want a cheaper entry-level good-practice certificate "
        "recognised by export buyers, ideally with cost sharing from the authorities.",
        {"lIo127": 2, "lIo124": 1, "lIo125": 1, "lIo126": 1},
    ),
    (
        "lIn55",
        "vi",
        "tritam_vietgap",
        "Chứng nhận VietGAP thủy sản cho hợp tác xã nuôi tôm",
        "Hợp tác xã nuôi tôm chân trắng và tôm sú ở thị xã Duyên Hải muốn đưa tôm vào hệ thống siêu thị, nơi yêu cầu "
        "chứng nhận VietGAP. Chúng tôi cần tổ chức chứng nhận VietGAP lĩnh vực thủy sản, biết điều kiện và chi phí.",
        {"lIo124": 2, "lIo126": 1},
    ),
    # --- OCOP and product dossiers ---
    (
        "lIn56",
        "vi",
        "agrimate_tv_ocop",
        "Hoàn thiện hồ sơ chất lượng để nâng sản phẩm OCOP từ 3 sao lên 4 sao",
        "Tỉnh vừa công nhận thêm 104 sản phẩm OCOP, trong đó có nước mắm rươi, tôm khô, lạp xưởng, chả hoa. Sản phẩm "
        "dầu dừa của cơ sở chúng tôi ở huyện Cầu Kè đang 3 sao, muốn nâng lên 4 sao nên cần hoàn thiện phần tiêu chí "
        "chất lượng: tiêu chuẩn cơ sở, phiếu kiểm nghiệm, truy xuất nguồn gốc, và hiểu cách chấm điểm.",
        {"lIo131": 2, "lIo130": 2, "lIo132": 2, "lIo133": 2, "lIo002": 1, "lIo136": 1},
    ),
    (
        "lIn57",
        "en",
        "hanoitimes_ocop",
        "Preparing a four-star OCOP product for the national five-star evaluation",
        "Our coconut-nectar syrup holds four stars. Only about 126 of more than 16,000 OCOP products nationwide are "
        "five-star, and the council stresses authenticity and packaging that tells a local story. We need to "
        "understand the criteria and scoring and prepare the dossier before the provincial nomination.",
        {"lIo133": 2, "lIo131": 2, "lIo130": 1, "lIo134": 1, "lIo132": 1},
    ),
    (
        "lIn58",
        "vi",
        "langnghe_tv28",
        "Muon dang ky OCOP lan dau cho mat hoa dua",
        "Co so nho o huyen Tieu Can lam mat hoa dua, thay nam 2022 tinh cong nhan them 28 san pham OCOP (7 san pham 4 "
        "sao, 21 san pham 3 sao) co ca giam mat hoa dua. Muon biet san pham thuoc nhom nao, cham diem ra sao, can "
        "chuan bi ho so gi va tinh co ho tro khong.",
        {"lIo130": 2, "lIo131": 2, "lIo132": 2, "lIo133": 1, "lIo134": 1},
    ),
    (
        "lIn59",
        "vi",
        "giayphepgm_histamine",
        "Tư vấn hồ sơ tự công bố sản phẩm lạp xưởng, chả lụa",
        "Cơ sở lạp xưởng và chả lụa ở TP Trà Vinh chuẩn bị đưa hàng bao gói sẵn ra chợ và cửa hàng tiện lợi. Thấy cơ "
        "quan hậu kiểm tập trung soát hồ sơ tự công bố theo Nghị định 15/2018/NĐ-CP, chúng tôi cần tư vấn hồ sơ tự "
        "công bố, chỉ tiêu kiểm nghiệm cần có và nội dung nhãn đúng quy định.",
        {"lIo135": 2, "lIo137": 2, "lIo136": 1, "lIo001": 1, "lIo002": 1},
    ),
]

NEEDS += [
    # --- labelling ---
    (
        "lIn60",
        "en",
        "temnhanbaobi",
        "Vietnamese sub-labels for imported packaged foods",
        "We import snacks and sauces into Vinh Long for supermarkets. Labels must suit the packaging material – "
        "moisture-resistant plastic decal for plastic and frozen goods, paper decal for cartons – and carry the "
        "required information. We need to know exactly what the Vietnamese sub-label must contain and get compliant "
        "labels made.",
        {"lIo137": 2, "lIo142": 1, "lIo143": 1},
    ),
    (
        "lIn61",
        "en",
        "attorneygroup_label",
        "US label review for coconut snacks: Nutrition Facts and allergens",
        "Our coconut chips factory in Ben Tre is entering the US. A consultant's stories of reprinting because of a "
        "misplaced allergen statement or an ingredient change not carried to the label worried us. We need a full "
        "label review – ingredient list, allergens, Nutrition Facts, net quantity and claims – before printing.",
        {"lIo138": 2, "lIo139": 2, "lIo140": 2, "lIo141": 2, "lIo137": 1},
    ),
    (
        "lIn62",
        "vi",
        "lekha_nuocmam",
        "Thiết kế và in nhãn bánh tráng đúng quy định ghi nhãn",
        "Cơ sở bánh tráng ở huyện Tiểu Cần chuẩn bị làm bao bì mới. Người tiêu dùng bắt đầu đọc kỹ thành phần, phụ "
        "gia (như chất điều vị 627, 631) ghi trên nhãn. Cần biết nhãn phải ghi những nội dung bắt buộc nào, cách ghi "
        "thành phần, ngày sản xuất, hạn dùng, rồi thiết kế và in nhãn.",
        {"lIo137": 2, "lIo143": 1, "lIo142": 1, "lIo139": 1},
    ),
    # --- barcodes ---
    (
        "lIn63",
        "vi",
        "phuyen_mavach",
        "Đăng ký mã số mã vạch cho 5 sản phẩm để vào siêu thị",
        "Hợp tác xã ở huyện Càng Long có 5 sản phẩm (kẹo dừa, bánh phồng, nước cốt dừa…) muốn vào siêu thị, được yêu "
        "cầu mã vạch GTIN-13 bắt đầu bằng 893 của Việt Nam. Cần hỗ trợ làm hồ sơ đăng ký mã số doanh nghiệp và gán mã "
        "cho từng sản phẩm.",
        {"lIo144": 2, "lIo145": 2, "lIo147": 1, "lIo148": 1, "lIo132": 1},
    ),
    (
        "lIn64",
        "en",
        "truemailer_gs1india",
        "GS1 barcodes on fresh pomelo for Australian supermarkets",
        "Our packhouse in Binh Minh exports pomelo. An Australian retailer requires GS1 identification on each pack "
        "so it scans at checkout, as barcodes are needed throughout the supply chain. We need to know how to assign "
        "GTINs per variety and pack and print scannable produce labels.",
        {"lIo146": 2, "lIo147": 1, "lIo148": 1, "lIo144": 1},
    ),
    (
        "lIn65",
        "en",
        "huynhlong_gs1",
        "Generating GTINs and barcode images for new packaging",
        "We are a coconut candy maker in Mo Cay with a GS1 company prefix. We are launching eight new flavours and "
        "need to create a unique GTIN for each and get correct barcode image files to send to our packaging printer, "
        "to manage stock and traceability.",
        {"lIo147": 2, "lIo148": 1, "lIo149": 1, "lIo145": 1},
    ),
    # --- laboratory accreditation ---
    (
        "lIn66",
        "vi",
        "ytemtldct_vilas",
        "Đưa phòng kiểm nghiệm nội bộ đạt công nhận VILAS (ISO/IEC 17025)",
        "Phòng kiểm nghiệm của công ty thủy sản ở TP Trà Vinh muốn được công nhận theo ISO/IEC 17025:2017 để khách "
        "hàng, cơ quan quản lý chấp nhận kết quả. VILAS đánh giá năng lực theo 17025 và thực hiện thỏa ước thừa nhận "
        "lẫn nhau với APLAC, ILAC. Cần hướng dẫn hồ sơ, các yêu cầu và tư vấn chuẩn bị đánh giá.",
        {"lIo152": 2, "lIo153": 2, "lIo154": 2, "lIo155": 1, "lIo136": 1, "lIo157": 1},
    ),
    (
        "lIn67",
        "en",
        "globalauthorid_gum",
        "Measurement uncertainty and method validation for extending our accreditation scope",
        "Our provincial testing centre wants to add new food tests to its ISO/IEC 17025 scope. Assessors expect "
        "uncertainty estimates in line with the GUM (JCGM 100:2008) and validated methods. We need expert help on "
        "uncertainty budgets, validation data and the related quality documents.",
        {"lIo154": 2, "lIo153": 2, "lIo152": 1, "lIo159": 1},
    ),
    (
        "lIn68",
        "vi",
        "ilovetrans_17025",
        "Chọn phòng hiệu chuẩn đủ năng lực: đọc phạm vi công nhận",
        "Doanh nghiệp dược liệu ở huyện Bình Tân cần gửi thiết bị đi hiệu chuẩn. Được khuyên xem chứng chỉ 17025 và "
        "phạm vi công nhận, so sánh dung sai thiết bị của mình với độ không đảm bảo đo của phòng hiệu chuẩn. Cần nơi "
        "tra cứu phòng được công nhận và hướng dẫn đọc phạm vi.",
        {"lIo152": 2, "lIo155": 1, "lIo095": 1, "lIo103": 1, "lIo093": 1},
    ),
    # --- proficiency testing ---
    (
        "lIn69",
        "vi",
        "quantrac_pt",
        "Tham gia chương trình thử nghiệm thành thạo vi sinh thực phẩm",
        "Phòng vi sinh của trung tâm kiểm nghiệm ở Vĩnh Long chuẩn bị đánh giá công nhận, cần bằng chứng năng lực qua "
        "thử nghiệm thành thạo – so sánh kết quả trên cùng mẫu với các phòng khác, do đơn vị áp dụng ISO/IEC 17043 tổ "
        "chức. Cần chương trình cho tổng vi sinh vật hiếu khí, coliform, tụ cầu vàng.",
        {"lIo157": 2, "lIo158": 2, "lIo160": 2, "lIo161": 2, "lIo159": 1},
    ),
    (
        "lIn70",
        "en",
        "wood_pt",
        "Proficiency testing for water chemistry with z-score evaluation",
        "Our water-quality laboratory in Tra Vinh needs a proficiency testing scheme for chemical parameters "
        "(nitrate, ammonium, iron, hardness). We understand that internal quality control, validated methods and PT "
        "together show fitness for purpose, and that z-scores against an assigned value are the usual scoring.",
        {"lIo159": 2, "lIo158": 2, "lIo157": 1, "lIo161": 1},
    ),
    (
        "lIn71",
        "en",
        "labnetwork_pt",
        "Help after an unsatisfactory proficiency test result",
        "Our food microbiology lab in Vinh Long got |z| > 2 on a colony count in its last PT round. Results depend on "
        "equipment, media and analyst skill, and colony counting relies on judgement. We need guidance on "
        "investigating root causes and documenting corrective action before the next round.",
        {"lIo157": 2, "lIo161": 2, "lIo159": 1, "lIo162": 1},
    ),
    # --- mixed ---
    (
        "lIn72",
        "vi",
        "canquochung",
        "Kiểm định cân bàn 300 kg dùng xuất hàng của nhà máy thủy sản",
        "Nhà máy chế biến cá tra ở huyện Bình Tân dùng 6 cân bàn điện tử 300 kg để cân hàng giao cho khách. Kiểm định "
        "định kỳ bảo đảm chính xác, an toàn và tuân thủ pháp luật; cân đạt được gắn tem. Cần đơn vị kiểm định, hiệu "
        "chuẩn tại nhà máy.",
        {"lIo057": 2, "lIo058": 2, "lIo002": 2, "lIo061": 2, "lIo060": 1, "lIo059": 1, "lIo056": 1},
    ),
    (
        "lIn73",
        "en",
        "danhgia_phuhop",
        "One-stop local service: product testing, scale verification and base standards",
        "Our bakery chain in Vinh Long needs, from one trusted conformity assessment body close by: microbiological "
        "and chemical testing of cakes, verification of our shop scales, and help drafting the company's own product "
        "standards, as inspections of conformity assessment bodies have shown uneven quality.",
        {"lIo002": 2, "lIo001": 1, "lIo057": 1, "lIo135": 1},
    ),
    (
        "lIn74",
        "vi",
        "samdict_kiemdinh",
        "Hướng dẫn tiểu thương chọn cân đúng phạm vi và độ chia",
        "Tổ quản lý chợ ở huyện Mang Thít muốn phổ biến cho tiểu thương: cân dùng mua bán phải được cơ sở kiểm định "
        "nhà nước kiểm định, và phải phù hợp lượng hàng cân. Cần tài liệu, tập huấn về cách chọn cân theo phạm vi, độ "
        "chia và cách tự kiểm tra bằng quả cân đối chứng.",
        {"lIo055": 2, "lIo054": 2, "lIo056": 1, "lIo060": 1},
    ),
    (
        "lIn75",
        "en",
        "coek_bottled",
        "Microbiological testing of ice and source water at an ice plant",
        "Our ice plant in Duyen Hai supplies block ice to fishing boats and tube ice to eateries. Bottled and "
        "packaged waters rarely carry pathogens but heterotrophic bacteria can grow in storage; EU guidance is below "
        "100 cfu/ml at 22 °C and 20 cfu/ml at 37 °C. We need regular HPC, coliform and E. coli tests on ice and "
        "source water.",
        {"lIo052": 2, "lIo042": 2, "lIo043": 2, "lIo051": 1, "lIo047": 1, "lIo004": 1, "lIo002": 1},
    ),
]
