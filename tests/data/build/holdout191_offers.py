"""Offers of holdout191: (id, language, source key, title, description)."""

OFFERS = [
    (
        "pKo001",
        "vi",
        "redlab_npk",
        "Bộ thiết bị đo nhanh đạm, lân, kali và pH đất ngay tại ruộng",
        "Công ty cung cấp bộ thuốc thử và máy đo cầm tay xác định NPK, pH, mức mùn và một số kim loại trong đất; "
        "từ kết quả người trồng tính được loại phân và tỉ lệ NPK cần bổ sung, kèm hướng dẫn nhận biết đất cát, phù sa, sét.",
    ),
    (
        "pKo002",
        "vi",
        "redlab_sample",
        "Dịch vụ hướng dẫn lấy mẫu và phân tích nhanh mẫu đất",
        "Quy trình lấy 1–2 mẫu cho mỗi 1.000 m², gạt bỏ khoảng 5 cm đất mặt, lấy ở độ sâu 5–15 cm với cây thân thảo và sâu hơn "
        "với rau, hoa; mỗi mẫu đựng túi cùng cỡ. Mẫu được phân tích dinh dưỡng nhiều lần trong chu kỳ cây để lập kế hoạch bón phân, tránh bón dư.",
    ),
    (
        "pKo003",
        "en",
        "rapitest",
        "Colour-capsule soil test kit for nitrogen, phosphorus, potash and pH",
        "Kit with five colour-coded tubes and capsules for two tests of each parameter (10 tests in all). Fill the tube with soil to "
        "the first line, add the capsule powder and distilled water, shake, wait about a minute and compare with the colour chart.",
    ),
    (
        "pKo004",
        "en",
        "swanleaf",
        "Field soil test kits for pH, nitrate and fertility with sampling guidance",
        "Supplier of single- and multi-parameter on-site kits (pH, nitrogen forms, nutrient availability) plus advice on sampling "
        "layers down to 90 cm, air-drying samples overnight and mixing subsamples before extraction.",
    ),
    (
        "pKo005",
        "en",
        "magicyellow",
        "Commercial soil testing laboratory: nutrient and composition panels",
        "Laboratory analysis of submitted soil samples for nutrient content, composition and deficiencies, more complete and accurate "
        "than do-it-yourself N-P-K-pH kits; results show what must be corrected before cropping.",
    ),
    (
        "pKo006",
        "vi",
        "vinhphuc_lab",
        "Phân tích đất, nước nông nghiệp và theo dõi độ phì tầng canh tác",
        "Trung tâm kiểm nghiệm, chứng nhận chất lượng đất và vật tư nông nghiệp (trước là Trung tâm Thổ nhưỡng nông hóa) có phòng thí nghiệm "
        "phân tích đất, nước; theo dõi diễn biến độ phì, hướng dẫn dùng đất và phân bón hiệu quả, cải tạo bồi dưỡng đất.",
    ),
    (
        "pKo007",
        "en",
        "umd",
        "Interpreting and converting soil test results between laboratory methods",
        "Extension guidance for comparing reports from labs that use different extractants: soil tests measure the extractable, not total, "
        "nutrient, so values are converted before fertiliser recommendations are applied.",
    ),
    (
        "pKo008",
        "vi",
        "hanna_ec",
        "Máy đo độ dẫn điện (EC) và TDS của đất",
        "Thiết bị đo EC (mS/cm) của đất và hướng dẫn quy đổi sang tổng chất rắn hòa tan bằng hệ số phù hợp, thay cho cách làm bay hơi "
        "và cân cặn vốn phức tạp; dùng để theo dõi muối và dinh dưỡng hòa tan.",
    ),
    (
        "pKo009",
        "vi",
        "tptech_salt",
        "Máy đo độ mặn, khúc xạ kế và cách lấy mẫu đất vườn",
        "Cung cấp máy đo mặn và khúc xạ kế kèm hướng dẫn lấy mẫu: vườn tưới nhỏ giọt lấy 2 điểm cách nhau khoảng 60 cm ở độ sâu 30 cm đến 1 m, "
        "vườn tưới phun lấy 3 điểm; kết quả giúp chọn cây trồng phù hợp vùng ven biển.",
    ),
    (
        "pKo010",
        "vi",
        "vnn_csdl",
        "Xây dựng cơ sở dữ liệu chất lượng đất và phân bón cho cây trồng chủ lực",
        "Lấy mẫu đất nhiều vị trí gửi phòng thí nghiệm đo dinh dưỡng, pH, chất hữu cơ; kết hợp đánh giá trực quan (đếm giun, thử lọ nước) "
        "để lập cơ sở dữ liệu phục vụ Đề án nâng cao sức khỏe đất và quản lý dinh dưỡng cây trồng đến 2030.",
    ),
]

OFFERS += [
    (
        "pKo011",
        "vi",
        "nifc_kiemnghiem",
        "Kiểm nghiệm chất lượng sản phẩm phân bón thương phẩm",
        "Phòng kiểm nghiệm phân tích hàm lượng dinh dưỡng đa lượng, trung lượng, vi lượng trong phân bón hóa học, phân bón cải tạo đất "
        "và phân nhiều thành phần để đối chiếu với đăng ký lưu hành của nhà sản xuất.",
    ),
    (
        "pKo012",
        "vi",
        "ec170",
        "Bút đo EC170 kiểm tra độ mặn nước tưới cây",
        "Bút đo cầm tay xác định độ mặn của nước dùng để tưới; nước tưới nên dưới 1‰. Kèm bảng ngưỡng chịu mặn của Viện Cây ăn quả miền Nam: "
        "sầu riêng, chôm chôm, măng cụt dưới 1‰; cây có múi, ổi 2–3‰; mít, xoài 4–5‰; dừa trên 5‰.",
    ),
    (
        "pKo013",
        "en",
        "bestsoiltestkits",
        "Step-by-step coaching on using a soil test kit",
        "Guide and coaching for growers: choose a kit for pH only or for N, P and K, collect soil about 6 inches deep from several spots, "
        "mix in a clean container, run the test with the reagents, read the colour chart and act on the result.",
    ),
    (
        "pKo014",
        "en",
        "test_vz",
        "Rapid field soil diagnostics for pH, N, P, K and contaminants",
        "Field-deployable test systems with simplified reagents that give pH, nutrient and contaminant readings within minutes, "
        "so fertiliser, irrigation and amendment decisions can be made on site; limitations of the readings are explained.",
    ),
    (
        "pKo015",
        "vi",
        "hanna_soil",
        "Thiết bị và quy trình kiểm tra định kỳ đất canh tác",
        "Nhà cung cấp thiết bị phân tích giới thiệu cách kiểm tra đất định kỳ trong suốt chu kỳ cây để lên kế hoạch bón phân, phát hiện "
        "thiếu hụt dinh dưỡng và so sánh với sinh trưởng thực tế, rút kinh nghiệm cho vụ sau.",
    ),
    (
        "pKo016",
        "vi",
        "truyenhinh_ec",
        "Máy đo EC đất và ba cách đo độ dẫn điện",
        "Giới thiệu các máy đo EC đất và ba phương pháp: đo nước trong lỗ rỗng, đo EC tổng của đất và đo bùn nhão; "
        "EC khoảng 0,2–1,2 mS/cm là mức cây dùng tốt, thấp hơn là thiếu, cao hơn là dư.",
    ),
    (
        "pKo017",
        "vi",
        "truyenhinh_ph",
        "Hướng dẫn và dụng cụ kiểm tra pH đất trồng",
        "Tài liệu và dụng cụ giúp người mới đo pH đất: pH là gì, yếu tố làm đất chua hoặc kiềm, cách cải thiện, và so sánh các phương pháp "
        "cùng dụng cụ kiểm tra để tự lập kế hoạch đo cho mùa vụ.",
    ),
    (
        "pKo018",
        "en",
        "ctu_ass",
        "Water–soil adaptive management advice for acid sulfate soils",
        "Can Tho University guidance for the Mekong Delta's 1.6 million ha of acid sulfate soils, where drained soils release sulfuric acid, "
        "pH falls below 4 and Al and Fe become toxic; water is managed to keep the root zone balanced at vegetative, bloom and fruit stages.",
    ),
    (
        "pKo019",
        "en",
        "arcc_ass",
        "Diagnosis of acid sulfate soil constraints and improvement options",
        "Land resources specialists review the chemical problems of acid sulfate soils (low pH, aluminium and iron toxicity, hydrogen sulfide, "
        "sulfuric acid) and recommend suitable management for sustainable farming under climate change.",
    ),
    (
        "pKo020",
        "en",
        "plainreeds",
        "Soil and water indicators to time sowing on reclaimed acid sulphate fields",
        "Monitoring method from the Plain of Reeds: canal water pH drops from 6 to below 3.5 when floods recede and flushing starts, leaving a "
        "2–3 month window; guidance on sowing pregerminated seed in 20–40 cm of water and on field age and permeability.",
    ),
    (
        "pKo021",
        "vi",
        "man_dbscl",
        "Gói kỹ thuật canh tác tổng hợp phục hồi đất lúa suy thoái do nhiễm mặn",
        "Mô hình dùng phân bón chậm tan, chất cải tạo đất và phụ phẩm hữu cơ trên đất lúa nhiễm mặn ĐBSCL: cacbon hữu cơ tăng 5,4–13,1%, "
        "Na+ giảm 5,4–8,1%, tổng muối tan giảm 3,6–16,1% so với đối chứng, hiệu quả kinh tế tăng 22,4%.",
    ),
]

OFFERS += [
    (
        "pKo022",
        "vi",
        "luongnghia",
        "Xây dựng mô hình canh tác thích hợp trên đất phèn nhiễm mặn",
        "Nhóm khoa học đất (Đại học Cần Thơ) khảo sát hiện trạng xâm nhập mặn, thử nghiệm giải pháp cải tạo đất lúa bị nhiễm mặn, "
        "đánh giá đất đai và đề xuất kiểu sử dụng đất, cơ cấu cây trồng giảm rủi ro cho nông hộ.",
    ),
    (
        "pKo023",
        "vi",
        "dolomite",
        "Cung cấp vôi dolomite nâng pH và bổ sung magie cho đất chua",
        "Vôi CaMg(CO3)2 nâng pH từ từ, không cháy rễ. Liều cho đất nhiều sét: pH 3,5–4,5 bón 2 tấn/ha; pH 4,6–5,5 bón 1 tấn/ha; pH 5,5–6,5 "
        "bón 0,5 tấn/ha; đất cát dùng một nửa. Rải đều, cào trộn lớp mặt, bón phân sau 15 ngày.",
    ),
    (
        "pKo024",
        "vi",
        "hutech_rua_man",
        "Quy trình rửa mặn đất lúa bằng nước mưa",
        "Kết quả thí nghiệm nhà lưới: tưới nước sông có 5, 10, 15 g NaCl/L trong 30 ngày làm ECe đất lên 5,82; 7,34 và 11,12 mS/cm. "
        "Ngâm rửa bằng nước mưa 15 ngày rồi tháo bỏ đạt hiệu suất rửa mặn 70–75%, cây mạ sinh trưởng lại tốt.",
    ),
    (
        "pKo025",
        "vi",
        "suckhoedat_man",
        "Tư vấn xử lý đất nhiễm mặn: rửa mặn, cày sâu, luân canh",
        "Giải pháp canh tác cho đất mặn: giữ 30 cm nước rửa được khoảng 80% muối tầng 30 cm, 60 cm nước đưa muối tầng 60 cm còn 20%; "
        "cày phá đáy, xới nhiều lần để cắt mao quản; luân canh lúa–cá, lúa–tôm hoặc cây chịu mặn.",
    ),
    (
        "pKo026",
        "en",
        "ricershrimp_bl",
        "Monitoring soil and water chemistry in rice–shrimp fields on saline acid sulfate soil",
        "Sampling programme over six stages of the rice–shrimp cycle measuring canal and field water pH and EC and soil pHe, ECe and "
        "soluble Na in topsoil and subsoil; in the trial area field water pH rose from 8.2 to 8.8 when salts were leached.",
    ),
    (
        "pKo027",
        "vi",
        "dangphen_tongquan",
        "Tổng hợp giải pháp sử dụng và cải tạo đất phèn vùng ĐBSCL",
        "Bộ môn Tài nguyên đất đai, Đại học Cần Thơ tổng hợp các kết quả nghiên cứu về sử dụng, cải tạo đất phèn đồng bằng "
        "làm tài liệu kỹ thuật cho địa phương và doanh nghiệp.",
    ),
    (
        "pKo028",
        "en",
        "vinhlong_soil",
        "Rice soil characterisation and monitoring-site design",
        "Survey of rice soils under triple, double and rice–upland rotations: pH 4.3–5.4, low CEC and zinc, exchangeable Al3+, EC and density "
        "as the main differences; cluster analysis reduced monitoring sites from 13 to 5 while keeping them representative.",
    ),
    (
        "pKo029",
        "vi",
        "quangxuong_man",
        "Hướng dẫn xử lý, cải tạo đất trồng trọt bị nhiễm mặn",
        "Tài liệu khuyến nông nêu nguyên nhân đất nhiễm mặn (nước biển theo sông, nước ngầm, tưới nước sông có muối, tưới thừa không thoát) "
        "và cách tưới, tiêu, cải tạo để không ảnh hưởng sản xuất.",
    ),
    (
        "pKo030",
        "en",
        "devco",
        "Economic evaluation of cropping options on very acid soils",
        "Study of soils at pH 3 from pyrite oxidation, with aluminium toxicity and poor phosphate supply; recommends better irrigation and "
        "intercropping soybean or mung bean between rice crops rather than sugarcane or pineapple.",
    ),
    (
        "pKo031",
        "en",
        "dolomite",
        "Dolomite lime supply with pH-based application rates",
        "Dolomite raises pH slowly and adds magnesium. Clay soils: 2 t/ha at pH 3.5–4.5, 1 t/ha at 4.6–5.5, 0.5 t/ha at 5.5–6.5; sandy soils "
        "half these rates. Spread, rake into the topsoil, and wait 15 days before applying fertiliser or manure.",
    ),
    (
        "pKo032",
        "en",
        "suckhoedat_man",
        "Salinity remediation advisory: leaching depths and deep ploughing",
        "Advice for salt-affected fields: ponding 30 cm of fresh water removes about 80% of salt from the top 30 cm, 60 cm leaves about 20% in "
        "the top 60 cm; deep ploughing breaks capillaries; rotations such as rice–fish or rice–shrimp.",
    ),
]

OFFERS += [
    (
        "pKo033",
        "en",
        "aciar_biogro",
        "Inoculant biofertiliser programme for efficient nutrient use in rice",
        "Project team (ACIAR SMCN/2002/073, final report 2011) offers inoculant biofertilisers and the field methods developed with "
        "Vietnamese partners to improve nutrient use efficiency in rice and reduce chemical fertiliser.",
    ),
    (
        "pKo034",
        "en",
        "biogro_field",
        "BioGro four-strain biofertiliser with local factory production",
        "Commercial rice biofertiliser combining Pseudomonas fluorescens, the P-solubilising yeast Candida tropicalis and Bacillus "
        "amyloliquefaciens and B. subtilis; can be made in local factories with supplied starter culture and quality control.",
    ),
    (
        "pKo035",
        "en",
        "pnsb",
        "P-solubilising purple nonsulfur bacteria for rice on saline, acidic soil",
        "Strains Cereibacter sphaeroides ST16 and ST26 raised soluble soil P by 16.4–18.2%, total P uptake by 19.2–30.1% and grain yield by "
        "7.20–17.7% over two crops, lowered Na in soil and plants, and replaced all P fertiliser in pot trials.",
    ),
    (
        "pKo036",
        "vi",
        "haugiang_biofert",
        "Phân sinh học đa chủng cho lúa, bắp lai, mía và khóm",
        "Kết quả nghiên cứu sản xuất phân sinh học từ vi khuẩn cố định đạm (như Gluconacetobacter diazotrophicus) và Pseudomonas hòa tan lân "
        "khó tan, bón cho lúa cao sản, bắp lai, mía đường và khóm, giảm phụ thuộc phân đạm hóa học.",
    ),
    (
        "pKo037",
        "vi",
        "trichoderma",
        "Chế phẩm nấm đối kháng Trichoderma",
        "Chế phẩm Trichoderma dùng trong nông nghiệp để phân giải chất hữu cơ trong đất và đối kháng nấm bệnh; các loài T. harzianum, "
        "T. reesei được chọn vì hoạt tính sinh học cao.",
    ),
    (
        "pKo038",
        "vi",
        "bio_rp",
        "Quy trình sản xuất phân hữu cơ vi sinh từ phế thải thực vật",
        "Ủ compost có bổ sung chế phẩm NOLASUB, sau đó phối vi sinh cố định đạm, phân giải lân, phân giải cellulose cùng tro, than bùn thành "
        "sản phẩm BIO-RP: chất hữu cơ 13,97%, N:P:K 1,75:1,71:1,02, mật độ vi sinh 10^6 CFU/g.",
    ),
    (
        "pKo039",
        "vi",
        "ducthanh_trun",
        "Mô hình nuôi trùn quế xử lý chất thải chăn nuôi thành phân",
        "Chuyển giao mô hình nuôi trùn quế trên phân gia súc và phế phụ phẩm: 500 m² xử lý khoảng 12 tấn chất thải mỗi tháng, "
        "thu phân trùn giàu vi sinh cải tạo đất và trùn chứa khoảng 70% đạm làm thức ăn chăn nuôi.",
    ),
    (
        "pKo040",
        "en",
        "echo_vermi",
        "Vermicomposting and vermiculture guidance for small farms",
        "Practical notes from farm networks on worm composting in pits and beds with redworms: castings hold moisture and carry beneficial "
        "microbes; surplus worms can feed chickens or start new units.",
    ),
    (
        "pKo041",
        "en",
        "vermi_course",
        "Two-week training course on composting and vermiculture for farm waste",
        "Intensive course with hands-on sessions on decomposition science, composting methods, worm culture and using compost and "
        "vermicast to improve soil and cut synthetic fertiliser; participants design a system for their own farm waste.",
    ),
    (
        "pKo042",
        "vi",
        "biogro_field",
        "Chuyển giao sản xuất phân vi sinh BioGro cho lúa tại nhà máy địa phương",
        "Phân vi sinh 4 chủng (Pseudomonas fluorescens, nấm men hòa tan lân Candida tropicalis, Bacillus amyloliquefaciens, B. subtilis) kích thích "
        "rễ lúa; có thể sản xuất ở nhà máy địa phương nếu được cấp giống gốc và kiểm soát chất lượng.",
    ),
    (
        "pKo043",
        "vi",
        "biogas_hongthai",
        "Thiết kế, thi công hầm biogas xử lý chất thải chăn nuôi",
        "Lắp đặt hầm biogas kín cho trại heo, bò, gà: phân hủy kỵ khí tạo khí sinh học (metan 50–70%) để đun nấu, phát điện; "
        "sản phẩm chính là khí đốt và giảm mùi, phần bã là phụ phẩm.",
    ),
]

OFFERS += [
    (
        "pKo044",
        "vi",
        "biogas_ctu",
        "Nạp bổ sung lục bình và rơm cho hầm ủ biogas",
        "Kết quả thử nghiệm ủ yếm khí 35 ngày phối trộn phân heo với lục bình hoặc rơm đã trồng nấm theo nhiều tỉ lệ, giúp hầm biogas "
        "vùng ĐBSCL vẫn sinh khí khi thiếu phân heo.",
    ),
    (
        "pKo045",
        "vi",
        "luatvo_co",
        "Tư vấn hồ sơ cấp phép sản xuất phân bón vô cơ",
        "Dịch vụ pháp lý lập hồ sơ xin giấy phép sản xuất phân bón vô cơ: điều kiện dây chuyền cơ giới hóa, quy trình công nghệ, "
        "phòng thử nghiệm hoặc hợp đồng với phòng thử nghiệm được chỉ định.",
    ),
    (
        "pKo046",
        "vi",
        "biogas_thuduc",
        "Khảo sát, đánh giá hầm ủ biogas của hộ chăn nuôi",
        "Khảo sát hiện trạng xây dựng và vận hành hầm biogas ở hộ chăn nuôi: hơn 80% hộ dùng biogas xử lý chất thải, hiệu suất "
        "xử lý khoảng 75–80% lượng thải, giảm mùi và khí nhà kính.",
    ),
    (
        "pKo047",
        "en",
        "wetland",
        "Constructed wetland for treating piggery wastewater after biogas",
        "Design of constructed wetlands that polish pig-farm effluent after the digester; in the test system about 7% of nitrogen was held "
        "in the media, 18% in plants and 75% lost as ammonia.",
    ),
    (
        "pKo048",
        "en",
        "irri_compost",
        "On-farm composting of rice straw and crop residues",
        "Method from rice extension: shaded, drained site; chop material to 3–5 cm; layer rice residues with legume or manure at 2:1; keep moist; "
        "sprinkle with urine, dilute urea or a Trichoderma solution; turn every two weeks; ready in 4–8 weeks.",
    ),
    (
        "pKo049",
        "en",
        "cabin_straw",
        "Mechanised straw composting with windrow turners",
        "Verified in Vietnam: 30–50 t/h per batch, about 45 days to marketable compost; 20 cm layers of straw and cow manure, windrow 1.2 m wide "
        "and 0.7 m high, C/N 25–30, 50–60% moisture, 50–70°C, microbes sprayed while turning at 1.2–1.8 m/min.",
    ),
    (
        "pKo050",
        "vi",
        "ecomco",
        "Chế phẩm vi sinh ủ compost phụ phẩm nông nghiệp",
        "Doanh nghiệp cung cấp chế phẩm và hướng dẫn ủ rơm rạ, thân lá ngô, vỏ cà phê, trấu, bã mía thành phân hữu cơ thay vì đốt bỏ, "
        "phục vụ mô hình nông nghiệp tuần hoàn.",
    ),
    (
        "pKo051",
        "vi",
        "may3a",
        "Kỹ thuật ủ phân chuồng với rơm rạ làm phân hữu cơ",
        "Hướng dẫn chuẩn bị bạt, cân, cuốc, ô doa, nền ủ và phối trộn phân chuồng với rơm rạ cùng chế phẩm; nêu mỗi năm cả nước có "
        "khoảng 32 triệu tấn rơm rạ và 8 triệu tấn trấu, phần lớn bị đốt bỏ.",
    ),
    (
        "pKo052",
        "en",
        "springer_compost",
        "Compost process control: temperature, pH, C/N and moisture",
        "Technical guidance on the four composting phases (mesophilic, thermophilic, cooling, maturing) and on controlling temperature, pH, "
        "C/N ratio, moisture and feedstock properties to obtain a mature, good-quality compost from rice straw and manure.",
    ),
    (
        "pKo053",
        "en",
        "jep_straw",
        "Rice straw compost enhanced with EM and biochar",
        "Composting recipe tested on 50 kg straw piles with rock additives: piles inoculated with effective micro-organisms and 10% biochar "
        "heated fastest and gave the best organic fertiliser; all piles matured in about 42 days.",
    ),
    (
        "pKo054",
        "vi",
        "baoquangtri",
        "Phân hủy rơm rạ ngay tại ruộng làm phân bón",
        "Hướng dẫn xử lý rơm rạ để lại sau máy gặt bằng chế phẩm phân hủy ngay trên ruộng thay cho đốt đồng, trả lại chất hữu cơ cho đất.",
    ),
]

OFFERS += [
    (
        "pKo055",
        "vi",
        "camnang_u",
        "Kỹ thuật làm phân ủ: chế phẩm thúc đẩy, thông khí và độ ẩm",
        "Tài liệu hướng dẫn dùng chế phẩm kích hoạt (đạm, EM, vi sinh) hoặc nguồn tự nhiên như lá xanh, phân chuồng tươi để đống ủ nóng "
        "nhanh; kiểm soát thông khí, độ ẩm trong quá trình ủ phân hữu cơ.",
    ),
    (
        "pKo056",
        "vi",
        "vnorganic",
        "Tài liệu hướng dẫn làm phân ủ từ tàn dư cây trồng",
        "Tài liệu tải về hướng dẫn ủ lá cây, rơm rạ, bẹ rau, phân chuồng thành phân ủ màu nâu sẫm, tơi, mùi dễ chịu; "
        "rẻ, dễ làm, cải thiện đất và chất lượng cây trồng.",
    ),
    (
        "pKo057",
        "vi",
        "cabin_straw",
        "Cơ giới hóa ủ phân hữu cơ từ rơm bằng máy đảo luống",
        "Quy trình đã kiểm chứng ở Việt Nam: năng suất 30–50 tấn/giờ mỗi mẻ, khoảng 45 ngày đạt chất lượng thương mại; luống rộng 1,2 m, cao 0,7 m, "
        "C/N 25–30, ẩm 50–60%, nhiệt 50–70°C, phun vi sinh khi đảo.",
    ),
    (
        "pKo058",
        "vi",
        "cuonrom_nn",
        "Máy cuốn rơm bánh xích cho ruộng ĐBSCL",
        "Cơ khí nông nghiệp chế tạo máy cuốn rơm chạy bánh xích cao su, miệng gom phía trước, cuộn rơm vào thùng chứa; hai người "
        "cuốn sạch hơn 4 ha mỗi ngày. Rơm khô bán khoảng 1.000 đồng/kg cho trồng nấm, rau màu.",
    ),
    (
        "pKo059",
        "vi",
        "namrom",
        "Mô hình trồng nấm rơm trên kệ trong nhà kín",
        "Nhà kín 18 m² dùng 600 bánh rơm (1 công rơm) và 70 bọc meo cho 170–180 kg nấm; rơm ủ 3–7 ngày, ép bánh, phơi, cấy meo rồi xếp kệ.",
    ),
    (
        "pKo060",
        "vi",
        "cuonrom_hue",
        "Máy cuốn rơm MRB 0850B gắn máy kéo",
        "Trung tâm khuyến nông hỗ trợ 50% máy cuốn rơm gắn máy kéo Kubota: mỗi cuộn 35–45 giây, 50–80 cuộn/giờ, khoảng 4 ha/ngày; "
        "rơm dùng làm thức ăn, độn chuồng cho trâu bò.",
    ),
    (
        "pKo061",
        "en",
        "ecourses_mulch",
        "Rice straw mulching for moisture conservation",
        "Lesson material on spreading straw or other residues on the soil surface to cut evaporation, protect seeded areas from erosion "
        "and moderate soil temperature; covers anchoring straw against wind.",
    ),
    (
        "pKo062",
        "vi",
        "cuonrom_soctrang",
        "Dịch vụ cuốn rơm sau cơ giới hóa thu hoạch lúa",
        "Máy cuốn rơm giúp tận dụng rơm sau máy gặt đập liên hợp làm thức ăn chăn nuôi, trồng nấm, hạn chế đốt đồng; "
        "tổng kết từ vùng lúa hơn 46.000 ha ở Sóc Trăng.",
    ),
    (
        "pKo063",
        "en",
        "aessweb",
        "Survey of farmers' knowledge of rice straw uses",
        "Research service that surveys farmers (160 in the reported study) on straw burning, dumping and reuse, and identifies awareness "
        "gaps and the economic value of straw for agro-industry.",
    ),
    (
        "pKo064",
        "vi",
        "ninhthuan_biochar",
        "Lò nung phụ phẩm thành than sinh học bón ruộng",
        "Dăm gỗ, mùn cưa, rơm rạ, trấu, bã mía, vỏ cà phê được nung trên 500°C trong lò để chuyển thành than sinh học bón ruộng, giúp đất giữ nước, "
        "dưỡng chất và cô lập CO2; nguồn sinh khối cả nước khoảng 150 triệu tấn.",
    ),
    (
        "pKo065",
        "vi",
        "lo_biochar",
        "Lò sản xuất than sinh học (biochar) 100 kg/mẻ",
        "Cơ khí chế tạo lò nhiệt phân thiếu oxy cho gỗ, vỏ hạt, bã mía, rơm rạ thành biochar dùng cải tạo đất, giữ nước, "
        "giảm bay hơi amoniac, lót chuồng chăn nuôi; công suất 100 kg mỗi mẻ.",
    ),
]

OFFERS += [
    (
        "pKo066",
        "vi",
        "tknl_biochar",
        "Than sinh học giữ ẩm, giữ dinh dưỡng và làm giá thể",
        "Than sinh học hạt mịn từ nhiệt phân gỗ, rơm, trấu có diện tích bề mặt lớn (1 g có thể hơn 1.000 m²), giữ nước và dinh dưỡng, "
        "làm nơi sống cho vi sinh; dùng bón đất, làm giá thể trồng hoa, rau và phối phân hữu cơ vi sinh.",
    ),
    (
        "pKo067",
        "vi",
        "sfarm",
        "Trấu hun (biochar) cải tạo đất và giữ ẩm",
        "Cung cấp trấu hun nhiệt phân yếm khí dưới 700°C, cấu trúc xốp, diện tích bề mặt trên 300 m²/g ở 500–700°C; giữ nước, dinh dưỡng, "
        "hấp phụ kim loại nặng, phù hợp canh tác hữu cơ và tăng hiệu quả phân bón.",
    ),
    (
        "pKo068",
        "en",
        "wocat",
        "Rice husk biochar for seedbeds and vegetable plots",
        "Documented smallholder technology: rice husks and empty grains are pyrolysed in simple kilns or an extinguished fire and used as "
        "a soil amendment in rice seedbeds and vegetable gardens; buffers pH, holds water, hosts microbes and nutrients.",
    ),
    (
        "pKo069",
        "en",
        "lrrd",
        "Field evidence: rice husk biochar raising paddy yield",
        "Trial results offered to extension partners: 3 kg/m2 of rice husk biochar (from a gasifier or a rice dryer) raised grain yield by 30% "
        "and straw by 40% with either urea or biodigester effluent at 100 kg N/ha, and increased soil pH, water holding and CEC.",
    ),
    (
        "pKo070",
        "en",
        "biochartoday",
        "Low-cost local biochar making for small farmers",
        "Approach for communities that cannot afford industrial pyrolysis units: simple kilns fed with nearby rice husks, avoiding long "
        "transport and skilled operators, to make affordable biochar for soil and climate.",
    ),
    (
        "pKo071",
        "en",
        "sabukid",
        "Carbonised rice hull carbonizer with heat reuse",
        "Carbonizer design promoted by PhilRice that turns rice hulls into carbonised hull containing P, K, Ca and Mg for soil conditioning, "
        "while the heat pasteurises mushroom fruiting bags in integrated rice farms.",
    ),
    (
        "pKo072",
        "vi",
        "htu_biochar",
        "Tư vấn ứng dụng than sinh học trong canh tác và giảm phát thải",
        "Nhóm nghiên cứu nông nghiệp tư vấn sản xuất than sinh học quy mô hộ từ rơm, trấu, phân chuồng ở dưới 700°C và cách bón để "
        "tăng giữ ẩm, giữ dinh dưỡng, hoạt động vi sinh và cô lập các-bon trong đất.",
    ),
    (
        "pKo073",
        "en",
        "mykbun",
        "Rice hull biochar product with charging instructions",
        "Porous burnt rice hulls sold as soil amendment; best charged 50:50 with compost or aged manure, moistened and left 10 days before "
        "use, then raked into the top layer at up to 5–10% of the top 15 cm.",
    ),
    (
        "pKo074",
        "vi",
        "tknl_biochar",
        "Than viên đun nấu từ mùn cưa và trấu",
        "Chế biến mùn cưa, trấu thành than viên dạng tổ ong để đun nấu thay than đá, tận dụng phế thải nông nghiệp và giảm ô nhiễm.",
    ),
    (
        "pKo075",
        "en",
        "doctor_biochar",
        "Rice husk as feedstock for biochar: yields and properties",
        "Technical note for biochar producers: one tonne of dry biomass gives about 400 kg of biochar with 80–90% carbon at 300–700°C and "
        "low oxygen; rice husk is rich in silicon and potassium and suits soil amendment.",
    ),
    (
        "pKo076",
        "en",
        "lo_biochar",
        "Biochar kiln, 100 kg per batch",
        "Workshop-built low-oxygen pyrolysis kiln for wood, nut shells, bagasse and straw; the biochar improves soil structure and water "
        "retention, reduces ammonia volatilisation and can be used in livestock bedding.",
    ),
]

OFFERS += [
    (
        "pKo077",
        "vi",
        "baominh_lcc",
        "Bảng so màu lá lúa (LCC) và hướng dẫn bón đạm",
        "Thước nhựa 6 mức màu: mức 1–2 thiếu đạm, 3–4 lý tưởng, 5–6 thừa đạm dễ đổ ngã, sâu bệnh. Đo lá trên cùng đã xòe ở ít nhất 10 khóm, "
        "khoảng 8–10 giờ, che bóng khi so, lấy trung bình để quyết định bón.",
    ),
    (
        "pKo078",
        "vi",
        "farmtech_lcc",
        "Quy trình bón đạm lúa cao sản theo bảng so màu lá",
        "So màu 20 lá từ 4–5 vị trí; lần bón 2 kiểm tra từ 20 ngày sau sạ, lần 3 từ 40 ngày; lá ở khung 4 trở lên chưa bón, so lại sau 2–3 ngày; "
        "khi lúa trổ xong mà màu dưới khung 3 thì bón thêm 2–3 kg urê/công.",
    ),
    (
        "pKo079",
        "en",
        "irri_lcc",
        "Leaf Color Chart for rice nitrogen topdressing",
        "Four-strip chart from yellow-green to dark green: read the youngest fully expanded leaf of at least 10 disease-free hills in the "
        "shade of your body, every 7–10 days from 14 days after transplanting to panicle initiation; topdress when the average is below 3.",
    ),
    (
        "pKo080",
        "en",
        "ucanr_lcc",
        "Durable acrylic Leaf Color Chart with calibration updates",
        "University extension tool with colour panels matched to rice leaf reflectance, ribbed acrylic to cut glare and heat-stable pigments; "
        "growers on the user list receive new calibration data by mail. Over 300 charts in use in the Sacramento Valley.",
    ),
    (
        "pKo081",
        "en",
        "ricefarming_lcc",
        "UC Leaf Color Chart version 2.0 with eight colour cells",
        "Updated chart with eight shades of green to gauge mid-season nitrogen and decide on topdressing, distributed with a rice nutrient "
        "management guide; 2,300 copies produced for growers.",
    ),
    (
        "pKo082",
        "vi",
        "nmrice",
        "Phần mềm Quản lý dinh dưỡng cho lúa trên điện thoại",
        "Ứng dụng Nutrient Manager for Rice của IRRI chuyển khoa học quản lý dinh dưỡng theo vùng đặc thù (SSNM) thành khuyến cáo phân bón "
        "cho từng nông hộ; đã thử nghiệm ở Philippines, Indonesia, Bangladesh, chạy trên máy tính và điện thoại.",
    ),
    (
        "pKo083",
        "vi",
        "hatinh_phone",
        "Dịch vụ khuyến cáo bón phân qua cuộc gọi và tin nhắn",
        "Nông dân gọi tổng đài, trả lời 5 câu hỏi về ruộng lúa và nhận tin nhắn hướng dẫn bón phân riêng; thử nghiệm với hơn 300 nông dân "
        "ở 9 tỉnh Indonesia, phần lớn tăng lợi nhuận hơn 100 USD.",
    ),
    (
        "pKo084",
        "en",
        "voa_phone",
        "Mobile-phone fertiliser guidance for rice farmers",
        "Research institute service that delivers field-specific fertiliser doses to farmers' phones; fertiliser is about 20% of rice "
        "production cost, and too little cuts yield while too much wastes money and pollutes.",
    ),
    (
        "pKo085",
        "en",
        "rquefts",
        "Estimating soil nutrient supply from omission trials (QUEFTS)",
        "Open-source model routine that estimates the apparent N, P and K supply of unfertilised soil from nutrient omission plot yields, "
        "as the basis for site-specific fertiliser recommendations.",
    ),
    (
        "pKo086",
        "en",
        "fertplan",
        "Spatial NPK fertilisation plans from soil analyses",
        "Software package that turns physical and chemical soil sample analyses into field-level N, P and K fertilisation plans and maps "
        "nutrient deficiencies so fertiliser can be distributed precisely.",
    ),
    (
        "pKo087",
        "en",
        "ejournals_lcc",
        "Determining Leaf Colour Chart thresholds for rainfed rice",
        "Research method for setting the LCC threshold by location, season, ecosystem and variety instead of blanket N recommendations; "
        "the chart is a cheaper alternative to the SPAD meter.",
    ),
]

OFFERS += [
    (
        "pKo088",
        "en",
        "vinhlong_lcc",
        "Leaf colour chart guidance: choosing panel 3 or 4 by variety",
        "Provincial S&T extension sheet: varieties slow to respond to N with pale leaves use panel 3 as the standard, N-sensitive dark-leaved "
        "varieties use panel 4; read weekly from day 14 after sowing until heading, at 8:30–9:30 each time.",
    ),
    (
        "pKo089",
        "vi",
        "cpp_danhmuc",
        "Phần mềm tra cứu danh mục phân bón hợp quy",
        "Cơ sở dữ liệu trực tuyến khoảng 6.052 tên phân bón hợp quy theo tỉnh, doanh nghiệp, loại, thành phần, số thông báo hợp quy; "
        "giúp tra cứu sản phẩm được phép lưu hành.",
    ),
    (
        "pKo090",
        "vi",
        "drone_kg",
        "Dịch vụ drone rải phân, xịt thuốc, sạ lúa",
        "Phi công drone nhận rải phân, phun thuốc và sạ giống cho ruộng lúa miền Tây, nhanh gấp nhiều lần làm tay, giảm thiếu hụt nhân công.",
    ),
    (
        "pKo091",
        "vi",
        "drone_danviet",
        "Máy bay không người lái phun thuốc bảo vệ thực vật",
        "Hợp tác xã đầu tư máy bay không người lái khoảng 500 triệu đồng/chiếc, phun xong 1 ha lúa trong khoảng 30 phút và làm dịch vụ "
        "phun thuê cho bà con.",
    ),
    (
        "pKo092",
        "vi",
        "drone_daidoanket",
        "Dịch vụ phun thuốc trừ sâu bằng drone cho cánh đồng lớn",
        "Nông dân đầu tư hơn 200 triệu đồng mua drone phun thuốc trừ sâu, bảo vệ thực vật cho bà con trong vùng; người phun không tiếp xúc "
        "với hóa chất, tiết kiệm thời gian.",
    ),
    (
        "pKo093",
        "vi",
        "hutech_ure",
        "Công nghệ tổng hợp urê nhả chậm vỏ bọc polyme",
        "Viên urê phối bentonit và tinh bột, bọc lớp polyurethan có sáp parafin làm phụ gia; cấu trúc vỏ và tốc độ nhả dinh dưỡng trong nước "
        "được đánh giá bằng FTIR, SEM, TGA và đối chiếu tiêu chuẩn châu Âu.",
    ),
    (
        "pKo094",
        "vi",
        "huyhoang",
        "Phân nhả chậm và nhả chậm có kiểm soát",
        "Doanh nghiệp phân bón giải thích và cung cấp phân nhả chậm, nhả chậm có kiểm soát: hơn một nửa N và K cây không dùng hết trong vụ, "
        "lân bình quân chỉ khoảng 15%; phân tan từ từ giúp cây hút lâu hơn, giảm thất thoát.",
    ),
    (
        "pKo095",
        "vi",
        "agrioly",
        "Phân bón tan chậm thời gian phân giải 3–6 tháng",
        "Hiệu suất phân bón ở Việt Nam chỉ khoảng 35–40%; hạt phân tan chậm chứa đa, trung, vi lượng và nhả từ từ trong 3 tháng, 6 tháng "
        "hoặc lâu hơn, giảm rửa trôi, bay hơi và số lần bón.",
    ),
    (
        "pKo096",
        "vi",
        "kobeta",
        "Phân bón tan chậm vỏ polymer hoặc lưu huỳnh",
        "Cửa hàng vật tư phân phối phân tan chậm: hạt phân bọc lớp nhựa dẻo hoặc polymer gốc lưu huỳnh, vỏ càng dày thời gian nhả càng dài, "
        "phân giải dưới tác động của nước, nhiệt và vi sinh.",
    ),
    (
        "pKo097",
        "en",
        "wisc_pcu",
        "Quality assessment of polymer-coated urea release",
        "University soil lab project testing polymer-coated urea: each prill is coated, urea dissolves inside and diffuses out in a lag phase, "
        "a constant release phase and a decay phase; compares products against plain urea.",
    ),
    (
        "pKo098",
        "en",
        "invista",
        "Polyols for polyurethane-coated controlled-release fertiliser",
        "Chemical supplier's polyols for PU coatings on urea; lab-made CRF matched the best commercial benchmark with less coating weight, "
        "and release can be tuned over a wide range by polyol choice and coating weight.",
    ),
]

OFFERS += [
    (
        "pKo099",
        "en",
        "wikisum_scu",
        "Sulfur-coated urea with wax sealant",
        "Coated urea in which nitrogen is released as water enters cracks and micropores in a sulfur coat; an extra wax seal slows release "
        "further until microbes degrade it. Smaller particle grades now exist.",
    ),
    (
        "pKo100",
        "vi",
        "kythuat_srf",
        "Tư vấn chọn phân bón giải phóng chậm",
        "Tài liệu kỹ thuật về phân giải phóng chậm: nhả dinh dưỡng trong vài tuần đến vài tháng, cơ chế thủy phân, vỏ bọc hoặc hợp chất "
        "hữu cơ phân hủy chậm, giúp giảm rửa trôi, bay hơi và số lần bón.",
    ),
    (
        "pKo101",
        "en",
        "scribd_crf",
        "Technical bulletin on slow- and controlled-release nitrogen fertilisers",
        "Regional nitrogen assessment bulletin (2010) reviewing slow-release and controlled-release N products, their release mechanisms and "
        "where they improve nitrogen use efficiency.",
    ),
    (
        "pKo102",
        "en",
        "agrium_patent",
        "Licensable controlled-release coating with urethane layer and filler",
        "Patented controlled-release fertiliser: a particulate nutrient surrounded by at least one homogeneous layer of a urethane-containing "
        "compound with filler, with or without organic additives.",
    ),
    (
        "pKo103",
        "en",
        "fx361",
        "Magnesium-fortified phosphate fertiliser by co-granulation",
        "Research on co-granulating mono-ammonium phosphate with MgSO4, MgO, MgCl2 or dolomite to supply magnesium without separate "
        "application; granule strength and P and Mg availability were tested.",
    ),
    (
        "pKo104",
        "vi",
        "vneconomy_gia",
        "Hướng dẫn nhận biết phân kali giả",
        "Theo Cục Bảo vệ thực vật, kali clorua thật chứa 60% K2O; hàng nhái có màu đỏ giống nhưng chỉ 10–30% K2O, còn lại là SA, muối ăn, "
        "phẩm màu, bột sét; kali sunfat 50% K2O hay bị trộn bột đá vôi.",
    ),
    (
        "pKo105",
        "vi",
        "vinacheck",
        "Giải pháp nhận diện và truy xuất phân bón thật giả",
        "Dịch vụ tem chống giả và hướng dẫn nhận biết phân bón giả qua nhãn, logo, chứng nhận hợp quy, hạn dùng; thiệt hại từ phân giả "
        "ước 2–2,5 tỷ USD mỗi năm.",
    ),
    (
        "pKo106",
        "vi",
        "anbinh",
        "Phân tích, phân biệt phân bón giả và kém chất lượng",
        "Doanh nghiệp hóa chất tổng hợp thực trạng phân bón giả tại Việt Nam, cách nhận biết sản phẩm đạt chất lượng và cảnh báo người mua.",
    ),
    (
        "pKo107",
        "en",
        "hutech_ure",
        "Slow-release urea with a polyurethane shell from natural additives",
        "Synthesis of slow-release urea granules from ordinary urea, bentonite and starch coated with polyurethane using paraffin wax as "
        "additive; shell structure and nutrient release in water characterised by FTIR, SEM and TGA against the European standard.",
    ),
    (
        "pKo108",
        "vi",
        "1p5g",
        "Gói kỹ thuật 1 phải 5 giảm cho lúa thâm canh",
        "Nghiên cứu của Viện phát triển ĐBSCL chỉ ra trở ngại khi áp dụng 1P5G (mặt ruộng không bằng, thủy lợi kém, ốc bươu vàng khi giảm giống "
        "xuống 80–100 kg/ha) và đề xuất: san phẳng ruộng, tập huấn, phân sinh học, giống chống chịu, quản lý nước theo tổ.",
    ),
    (
        "pKo109",
        "en",
        "agu_lowcarbon",
        "Low-carbon rice programme: 1 Must – 6 Reductions with carbon credits",
        "Project with Can Tho University and provincial extension centres: trained over 400 households over 11 crop seasons in reduced seed, "
        "fertiliser and water use, cutting costs and emissions and offering extra income from carbon credits.",
    ),
]

OFFERS += [
    (
        "pKo110",
        "vi",
        "vnexpress_phumy",
        "Mô hình trình diễn bón phân theo quy trình khuyến cáo cho lúa",
        "Trung tâm Khuyến nông phối hợp nhà sản xuất phân bón làm ruộng trình diễn 1 ha cạnh ruộng đối chứng: giảm 50 kg phân (12,5%), "
        "chi phí giảm hơn 868.000 đồng/ha, năng suất ổn định, lợi nhuận cao hơn 2,8 triệu đồng/ha (19,2%).",
    ),
    (
        "pKo111",
        "en",
        "ssricenews",
        "Nature-based rice farming for low-emission production",
        "Delta research hub findings promoting organic-direction rice farming as part of the scheme for one million hectares of "
        "high-quality, low-emission rice, adapted to drought and salinity.",
    ),
    (
        "pKo112",
        "en",
        "dongthap_ghg",
        "Agricultural greenhouse gas inventory and reduction plan",
        "Provincial study method: emissions of about 8.7–8.9 million t CO2e per year, 73–78% from cropping and 16–20% from farm waste; "
        "the proposed package of solutions cuts emissions by 73.4%, about 80% with afforestation.",
    ),
    (
        "pKo113",
        "vi",
        "travinh_organic_rice",
        "Quy trình sản xuất lúa hữu cơ trong hệ canh tác lúa–tôm",
        "Viện Khoa học kỹ thuật nông nghiệp miền Nam chuyển giao quy trình canh tác lúa hữu cơ trên nền luân canh lúa–tôm và mô hình "
        "liên kết sản xuất với tiêu thụ sản phẩm cho vùng cù lao.",
    ),
    (
        "pKo114",
        "en",
        "1p5g",
        "Household-level package for '1 Must 5 Reductions' rice",
        "Study findings and solution package for intensive rice: short-term field levelling, farmer training in 1M5R, biofertiliser and "
        "tolerant varieties; long-term group water management, demonstrations and technology transfer.",
    ),
    (
        "pKo115",
        "vi",
        "arduinokit",
        "Cảm biến độ ẩm đất kết nối Arduino",
        "Module cảm biến đo điện trở giữa hai điện cực kim loại không gỉ cắm trong đất để suy ra độ ẩm; kèm sơ đồ nối Arduino Uno "
        "và mã mẫu để tự động hóa tưới, tiết kiệm nước.",
    ),
    (
        "pKo116",
        "vi",
        "kthtx",
        "Bộ cảm biến IoT đất: độ ẩm, nhiệt độ, pH, EC",
        "Giải pháp IoT cho trồng rau gồm cảm biến độ ẩm đất, nhiệt độ đất (cảnh báo trên 30°C hoặc dưới 15°C), pH (phù hợp 5,5–7,0) "
        "và EC dinh dưỡng, giúp quyết định lúc tưới và điều chỉnh vôi, phân.",
    ),
    (
        "pKo117",
        "vi",
        "vlute_iot",
        "Hệ thống tưới cây tự động theo độ ẩm (đề tài IoT, Vĩnh Long)",
        "Nhóm sinh viên công nghệ thông tin trường đại học sư phạm kỹ thuật ở Vĩnh Long xây dựng hệ thống tưới cây tự động dùng cảm biến "
        "và vi điều khiển, có thể chuyển giao làm mô hình thử.",
    ),
    (
        "pKo118",
        "en",
        "mdpi_lora",
        "LoRaWAN smart irrigation system with fog computing",
        "Research team's validated IoT irrigation design: LoRa/LoRaWAN sensor nodes report soil and weather data over long range to a fog "
        "gateway that decides irrigation locally.",
    ),
    (
        "pKo119",
        "en",
        "mdpi_woody",
        "Low-cost soil water monitoring stations for orchards and vineyards",
        "Open-source DIY nodes measuring air temperature and humidity, soil temperature, matric potential and water content, linked by "
        "LoRa, built when commercial stations were too costly; used to schedule irrigation in woody crops.",
    ),
    (
        "pKo120",
        "en",
        "mdpi_boxmote",
        "BoXmote low-power wireless node for real-time crop water needs",
        "Wireless sensor node optimised in hardware and software for very low consumption, sending soil and climate data over LoRaWAN so "
        "farmers can monitor many sensors across the farm in real time.",
    ),
]

OFFERS += [
    (
        "pKo121",
        "en",
        "scirp_lora",
        "LoRa-based farm monitoring with automatic irrigation",
        "System with humidity, temperature and soil moisture sensors that transmit over LoRa to a cloud platform and switch irrigation "
        "automatically, suited to fields too large for Wi-Fi or Bluetooth.",
    ),
    (
        "pKo122",
        "en",
        "gypsum_block",
        "Electronic gypsum-block soil moisture logger",
        "Measurement system based on gypsum block sensors that logs soil moisture automatically to a database; readings are calibrated "
        "against gravimetric samples and accuracy is reported as percentage error.",
    ),
    (
        "pKo123",
        "en",
        "mdpi_lpwan",
        "Upgrading existing soil sensors to low-power wide-area networks",
        "Soil science institute's add-on hardware that connects older proximal soil sensor devices to LPWAN links, giving low-cost, "
        "low-power, wide-coverage real-time field monitoring without replacing the sensors.",
    ),
    (
        "pKo124",
        "en",
        "fdokumen",
        "Calibration model for low-cost soil water content sensors",
        "Low-power LoRaWAN sensor network built from commercial parts and open-source libraries, with an original modelling approach to "
        "calibrate cheap soil water content sensors for precision agriculture.",
    ),
    (
        "pKo125",
        "vi",
        "cambien_wiki",
        "Module cảm biến độ ẩm đất có ngõ ra số và tương tự",
        "Cảm biến 4 chân (Vcc, GND, D0, A0): D0 chuyển mức khi độ ẩm vượt ngưỡng chỉnh bằng biến trở, A0 cho giá trị đọc chính xác hơn; "
        "dùng cho tưới tiêu tự động, trồng trọt.",
    ),
    (
        "pKo126",
        "vi",
        "iot_tuoi_ptit",
        "Hệ thống tưới thông minh lập lịch tưới hằng tuần bằng AI",
        "Đề tài IoT của học viện công nghệ: thu dữ liệu cảm biến, dùng mô hình AI lên lịch tưới hằng tuần, đặt chỉ tiêu thành công và "
        "yêu cầu chức năng cho người dùng.",
    ),
    (
        "pKo127",
        "en",
        "fertig_vic",
        "Fertigation through drip irrigation: advisory service",
        "State agriculture guidance on applying soluble N, P, K, Ca, Mg and micronutrients through drip systems: nutrients go to the root "
        "zone, applications are split and timed to growth stages, with less labour, compaction and leaching.",
    ),
    (
        "pKo128",
        "en",
        "tilawa",
        "Setting up a basic fertigation system",
        "Supplier advice on fertigation equipment: by-pass fertiliser tanks (cheap, less uniform), Venturi injectors (no power, pressure loss), "
        "electric or hydraulic injectors, and proportional injectors for constant concentration; only 100% soluble fertilisers.",
    ),
    (
        "pKo129",
        "en",
        "irrigation_direct",
        "Fertigation pumps and injectors catalogue",
        "Online shop selling dosing pumps and injectors that add fertilisers and soil amendments into irrigation lines for commercial "
        "growers and landscapes.",
    ),
    (
        "pKo130",
        "vi",
        "drone_vnexpress",
        "Drone phun tưới cho vườn xoài trên đồi",
        "Chủ vườn đầu tư drone 370 triệu đồng mang bình 40 lít, phun 1 ha xoài trong khoảng 30 phút, 7 ha trong 4 giờ; nhận phun thuê "
        "120.000 đồng mỗi bình 20 lít.",
    ),
    (
        "pKo131",
        "en",
        "codai",
        "Houseplant watering indicator with three levels",
        "Low-cost household moisture indicator for potted plants showing whether a plant needs water rarely, moderately or often.",
    ),
]

OFFERS += [
    (
        "pKo132",
        "vi",
        "baosinhthai",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông",
        "Giải pháp địa kỹ thuật của trường đại học mỏ–địa chất và doanh nghiệp vật liệu: kè mềm từ bao sinh thái cho cây mọc phủ, "
        "đã áp dụng ở nhiều dự án bờ sông, bờ biển ĐBSCL với hiệu quả kinh tế–xã hội.",
    ),
    (
        "pKo133",
        "vi",
        "vetiver_danang",
        "Kè mềm bảo vệ bờ sông bằng cỏ vetiver kết hợp vật liệu khác",
        "Nhóm nghiên cứu đại học kỹ thuật đưa giải pháp trồng cỏ vetiver kết hợp vật liệu gia cố làm kè mềm hạ lưu sông, "
        "đã chứng minh hiệu quả kỹ thuật và chi phí tại một xã ven sông.",
    ),
    (
        "pKo134",
        "vi",
        "nongnghiep_kesinhthai",
        "Kè sinh thái trồng bần, tràm hai bên bờ kênh",
        "Mô hình trồng cây bần, tràm ở bờ sông, kênh có nguy cơ sạt lở thay cát, đá, xi măng; tỉnh làm mẫu trồng khoảng 120.000 cây trong năm "
        "và đánh giá hiệu quả đến 2025.",
    ),
    (
        "pKo135",
        "vi",
        "nhandan_kesinhthai",
        "Kè sinh thái chi phí thấp bảo vệ bờ kênh",
        "Mô hình trồng 5.000 cây tràm và 100 cây dừa dọc bờ kênh ở thị trấn vùng Hậu Giang, kinh phí 170 triệu đồng xã hội hóa; "
        "nhanh chóng giữ bờ, bảo vệ đường giao thông và thủy lợi.",
    ),
    (
        "pKo136",
        "en",
        "vnvn_vetiver",
        "Vetiver system for river and canal bank stabilisation",
        "Vetiver network's design for dikes and canals against floods and sea water: grass hedgerows on banks, with mangrove fern and more "
        "salt-tolerant grasses on the lowest row to protect the toe; lessons from ten years of projects.",
    ),
    (
        "pKo137",
        "en",
        "vetiver_slope",
        "Vetiver bioengineering for slopes and river banks",
        "Engineering service using vetiver hedgerows with deep, strong roots; bank stabilisation has been done at scale in fresh and brackish "
        "water in the Mekong Delta where motorboat waves erode banks.",
    ),
    (
        "pKo138",
        "vi",
        "baclieu_satlo",
        "Phân tích nguyên nhân sạt lở bờ sông, kênh rạch",
        "Viện khoa học thủy lợi nhận diện nhân tố gây sạt lở kênh rạch nội đồng: chất tải mép bờ do xây nhà, ngã ba sông, đoạn sông cong, "
        "đoạn gần biển có triều mạnh và tàu cao tốc; làm cơ sở chọn giải pháp.",
    ),
    (
        "pKo139",
        "en",
        "quang_thesis",
        "Field and laboratory methods to assess raised-bed soil degradation",
        "Doctoral research method applied on 10 citrus orchards set up between 1970 and 1998: sampling two depths in the dry season and analysing "
        "physical and chemical properties to detect compaction, loss of organic matter and crusting on raised beds.",
    ),
    (
        "pKo140",
        "en",
        "scirp_orchard",
        "Soil fertility diagnostics for ageing orchard raised beds",
        "Chemical assessment of young (30 years or less) and old raised beds: strongly acid pH, CEC about 16–19 cmol/kg, organic matter falling "
        "from 7.38% to 5.20% in topsoil with bed age; identifies nutrient imbalance under low pH.",
    ),
    (
        "pKo141",
        "en",
        "jssem_raisedbed",
        "Soil physical assessment of raised beds: compaction and water retention",
        "Measurement of bulk density (0.76–1.24 g/cm3), saturated hydraulic conductivity (1.4–5.5 m/day), organic matter and water retention "
        "curves on orchard raised beds to separate ageing effects from clay content.",
    ),
    (
        "pKo142",
        "vi",
        "lenliep",
        "Khảo sát phẫu diện và tính chất lý hóa đất phù sa lên liếp",
        "Nhóm khoa học đất mô tả phẫu diện 200 cm và phân tích tính chất lý–hóa của đất phù sa cổ, ven sông, xa sông lên liếp (tầng A, Ap, Bg, Cr) "
        "làm cơ sở sử dụng, quản lý đất vườn.",
    ),
]

OFFERS += [
    (
        "pKo143",
        "vi",
        "betong_ke",
        "Cung cấp bê tông tươi xây kè chống sạt lở cửa sông, hồ",
        "Trạm trộn cung cấp và đổ bê tông tươi cho công trình kè cứng, cửa hồ bị sạt lở do mưa bão và dòng chảy thất thường.",
    ),
    (
        "pKo144",
        "vi",
        "slope_green",
        "Phủ xanh mái dốc đường giao thông bằng thảm thực vật",
        "Giải pháp trồng cỏ, thảm thực vật tự nhiên lên mái taluy đường giao thông đồi núi để chống xói mòn bề mặt, thay phun vẩy bê tông.",
    ),
    (
        "pKo145",
        "en",
        "nhandan_kesinhthai",
        "Low-cost green embankment with melaleuca and coconut",
        "Eco-embankment model along a canal: 5,000 melaleuca and 100 coconut trees planted for VND 170 million raised locally, quickly "
        "holding the bank and protecting roads and irrigation works; extended to other villages.",
    ),
    (
        "pKo146",
        "en",
        "intechopen",
        "Streambank soil bioengineering for erosion control",
        "Bioengineering approach using live plant material and locally abundant raw materials to stabilise tropical river banks where "
        "rockfill is too expensive and riparian vegetation has been lost.",
    ),
    (
        "pKo147",
        "en",
        "cornell_course",
        "Advanced Soil Health International Certificate course",
        "Seven-week online course by university soil scientists on understanding, measuring and managing soil health: about 50 hours, "
        "weekly live lectures, quizzes and a project, with a certificate of completion and an electronic badge.",
    ),
    (
        "pKo148",
        "en",
        "uwex",
        "Online soil health courses with field training",
        "Extension suite (intro to soil health, cover crops, soil-water management, management practices) at $150 per course including an "
        "optional one-day field training; continuing-education credits for certified crop advisers.",
    ),
    (
        "pKo149",
        "en",
        "smallfarms",
        "Online Soil Health course for farmers (BF 110)",
        "Course for field crop, vegetable and livestock producers: soil properties, reading the land, measuring healthy soil, choosing "
        "practices and starting a soil health improvement plan, with weekly webinars.",
    ),
    (
        "pKo150",
        "en",
        "pepin",
        "Four-module soil health training curriculum",
        "Curriculum for farmers and conservation staff: three modules on soil health basics and terms, a fourth showing how soil health "
        "systems work on farms, mixing traditional and citizen science.",
    ),
    (
        "pKo151",
        "en",
        "beginningfarmer",
        "Beginning farmer curriculum: soil testing and soil health plans",
        "Hands-on modules: digging a soil pit, detecting hardpans, texture and organic matter checks, testing nutrients, selecting a soil lab, "
        "reading the report, planning fertiliser and compost, and building a soil health plan.",
    ),
    (
        "pKo152",
        "en",
        "shikshahub_soiltest",
        "Certificate in Soil Testing",
        "Certificate programme on chemical, physical and biological soil testing to tailor nutrients and pH, avoid overuse of fertiliser and "
        "cut costs; admission and syllabus details available.",
    ),
    (
        "pKo153",
        "en",
        "shikshahub_shm",
        "Certificate Course in Soil Health Management",
        "Course on soil composition, structure and organisms, soil testing and analysis, fertilisation and nutrient management, and erosion "
        "control, aimed at building professional skills in soil health.",
    ),
]

OFFERS += [
    (
        "pKo154",
        "vi",
        "tcmt_suckhoedat",
        "Hướng dẫn quản lý sức khỏe đất trồng trọt bền vững",
        "Tổng hợp hành lang pháp lý, kết quả đánh giá thoái hóa, ô nhiễm đất và giải pháp cải tạo đất trồng trọt; đề xuất nâng cao nhận thức "
        "và nguồn nhân lực quản lý sức khỏe đất (đất chứa khoảng 2.500 tỷ tấn các-bon).",
    ),
    (
        "pKo155",
        "vi",
        "nnmt_dean",
        "Bộ chỉ số đánh giá sức khỏe đất và tập huấn theo Đề án 2024",
        "Triển khai Đề án nâng cao sức khỏe đất và quản lý dinh dưỡng cây trồng đến 2030 (phê duyệt 11/10/2024): hệ thống chỉ số khoa học "
        "để nông dân biết tình trạng đất của mình, kèm tập huấn; hơn 40% diện tích canh tác đang suy thoái.",
    ),
    (
        "pKo156",
        "vi",
        "vietgap_rau",
        "Tập huấn sản xuất rau an toàn theo VietGAP",
        "Sách hướng dẫn và lớp đào tạo của khuyến nông quốc gia về thực hành nông nghiệp tốt cho rau an toàn, chuẩn bị chứng nhận VietGAP "
        "phục vụ tiêu dùng và xuất khẩu.",
    ),
    (
        "pKo157",
        "vi",
        "tusang",
        "Dịch vụ cuốn rơm thuê sau thu hoạch",
        "Máy cuốn rơm thu gom rơm thành cuộn tròn dễ chở, giá thuê khoảng 10.000 đồng/cuộn, mỗi sào 8–12 cuộn; rơm bán làm thức ăn bò "
        "khoảng 20.000 đồng/cuộn.",
    ),
    (
        "pKo158",
        "vi",
        "phanbonthuysinh",
        "Đại lý phân bón vô cơ, hữu cơ các loại",
        "Cửa hàng bán phân bón vô cơ, hữu cơ, vi sinh đã được cấp quyết định lưu hành, giới thiệu vai trò từng loại phân với năng suất cây.",
    ),
    (
        "pKo159",
        "vi",
        "iot_pic",
        "Mô hình vườn cây thông minh theo dõi nhiệt độ, độ ẩm không khí, ánh sáng",
        "Bộ điều khiển PIC với cảm biến DHT11 (nhiệt độ, độ ẩm không khí), BH1750 (ánh sáng), module WiFi ESP8266 và trang web giám sát "
        "khí hậu vườn.",
    ),
    (
        "pKo160",
        "en",
        "fruitgrowers",
        "Fertigation adoption notes for fruit growers",
        "Trade article on why many growers with drip and injector systems underuse them, and on problems from low-quality or incompatible "
        "nutrient products clogging emitters.",
    ),
]
