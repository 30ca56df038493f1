"""Offers for the holdout78 labelled set (digital finance, credit and insurance for farmers, cooperatives and small firms).

Rows: (id, language, source key, title, description).
"""

OFFERS = [
    # --- credit scoring and loan apps ---
    (
        "lBo001",
        "en",
        "s_gaScore",
        "Digital credit scorecards for value-chain lending to smallholders",
        "Advisory service that helps an agribusiness and a partner lender build a farmer credit scorecard from data the chain "
        "already holds: input purchase and delivery records, agronomic surveys, farmer demographics, satellite imagery, weather "
        "records and mobile-wallet use, plus psychometric items. Based on the SAFIRA programme, which targeted up to 6,000 "
        "farmers; includes guidance on input-linked loan product design and on engaging banks.",
    ),
    (
        "lBo002",
        "vi",
        "s_farmdrive",
        "Ứng dụng SMS và Android xây dựng lịch sử tín dụng cho nông hộ chưa có tài khoản ngân hàng",
        "Giải pháp chấm điểm tín dụng thay thế: nông dân tự ghi thu chi, mùa vụ, sản lượng qua tin nhắn SMS hoặc ứng dụng Android; "
        "hệ thống tổng hợp thành hồ sơ tín dụng chi tiết để tổ chức tài chính xét cho vay. Mô hình do hai nhà sáng lập FarmDrive "
        "(Kenya) phát triển, hướng tới nông hộ nhỏ bị ngân hàng bỏ qua vì không có lịch sử vay.",
    ),
    (
        "lBo003",
        "en",
        "s_mfarm",
        "Credit-scoring infrastructure for farm lenders using parcel, climate and satellite data",
        "Scoring rail offered to partner banks and microfinance institutions: weighted (not equal-weight) risk models fed by field "
        "parcel records, climate metrics, remotely sensed imagery and farmer-consented data, going beyond the usual stepwise "
        "loan ladders based only on past repayment. Designed for parametric and seasonal farm financing.",
    ),
    (
        "lBo004",
        "vi",
        "s_panoply",
        "Ứng dụng máy tính bảng cho cán bộ tín dụng thu thập dữ liệu và ước tính dòng tiền nông hộ",
        "Phần mềm phân tích dữ liệu cho tổ chức tài chính vi mô: cán bộ tín dụng dùng máy tính bảng ghi diện tích, mùa vụ, lượng "
        "phân bón, giống, chất đất của người vay thay cho ghi chép giấy, hệ thống tự ước tính dòng tiền sản xuất và mức rủi ro. "
        "Giảm chi phí đi thực địa và thời gian thẩm định hồ sơ vay của nông hộ nhỏ.",
    ),
    (
        "lBo005",
        "en",
        "s_cta",
        "Psychometric credit test for farm borrowers without collateral or credit history",
        "Tablet-based psychometric questionnaire administered by loan agents that returns a three-digit score on self-control, "
        "budgeting and attitude to spending. In a Kenyan lender's assessment of over 6,000 clients, 6% of the lowest quintile fell "
        "60 days in arrears versus 1.5% of the highest; high scorers could borrow up to 100% of collateral value instead of 67%.",
    ),
    (
        "lBo006",
        "vi",
        "s_txf",
        "Phần mềm quản lý nông dân sản xuất theo hợp đồng, tạo hồ sơ tài chính để vay vốn",
        "Hệ thống web di động (Farmforce) cho doanh nghiệp liên kết sản xuất: cán bộ hiện trường dùng ứng dụng Android ghi số lần "
        "phun thuốc, lượng vật tư, sản lượng giao của từng nông hộ. Dữ liệu ghi chép này trở thành 'lý lịch tài chính' giúp ngân "
        "hàng, quỹ tín dụng đánh giá người vay; đã dùng cho hơn 16 chương trình canh tác hợp đồng.",
    ),
    (
        "lBo007",
        "en",
        "s_indexvn",
        "Cash-flow lending for micro-businesses based on QR and POS payment history",
        "Credit model that reads the merchant's QR and card-terminal receipts to estimate daily, weekly and monthly revenue and "
        "the stability of cash flow, then sets a flexible limit with automatic disbursement and automatic repayment from incoming "
        "payments. Aimed at household businesses with no formal accounts; QR payments in Vietnam grew by more than 50% in 2025.",
    ),
    (
        "lBo008",
        "vi",
        "s_laodong",
        "Số hóa quy trình cho vay trực tuyến (eKYC, hợp đồng điện tử) cho hộ kinh doanh và DNNVV",
        "Giải pháp cho vay online trọn gói: định danh điện tử eKYC, chấm điểm bằng AI và dữ liệu lớn, ký hợp đồng điện tử và giải "
        "ngân tự động, không cần hồ sơ giấy. Phù hợp khoản vay tiêu dùng nhỏ, vay tín chấp và vốn ngắn hạn của doanh nghiệp nhỏ; "
        "theo McKinsey (2024) chi phí giao dịch giảm 60-70% so với cho vay truyền thống.",
    ),
    (
        "lBo009",
        "en",
        "s_csa",
        "Digital credit scoring for climate-smart farming loans (mobile, satellite and weather data)",
        "Scoring service that rates farmers without formal history using mobile call, SMS and mobile-money records, satellite "
        "views of crop health and land use, and historical weather for risk profiling, so lenders can finance climate-smart "
        "practices such as micro-irrigation. Draws on models used by Apollo Agriculture, Cropin and KiuScore (Uganda and Vietnam).",
    ),
    (
        "lBo010",
        "vi",
        "s_csa",
        "Mô hình chấm điểm tín dụng số cho khoản vay nông nghiệp thích ứng khí hậu",
        "Xây dựng điểm tín dụng cho nông dân không có tài sản thế chấp bằng dữ liệu phi truyền thống: lịch sử gọi điện, tin nhắn, "
        "giao dịch tiền di động, ảnh vệ tinh về sức khỏe cây trồng và dữ liệu thời tiết. Kết quả giúp ngân hàng cho vay đầu tư "
        "tưới tiết kiệm, cải tạo đất; có thể kết hợp với bảo hiểm chỉ số thời tiết.",
    ),
    (
        "lBo011",
        "en",
        "s_vnonline",
        "Data-security layer for online lending platforms (biometrics, e-signatures, AI approval)",
        "Security and compliance package for credit institutions that disburse loans through digital banking: biometric "
        "identification, electronic contracts and digital signatures, AI and big-data checks in the approval workflow, and "
        "protection of borrower data across the process.",
    ),
    (
        "lBo012",
        "vi",
        "s_gaScore",
        "Thẻ điểm tín dụng số cho cho vay theo chuỗi giá trị nông sản",
        "Tư vấn doanh nghiệp thu mua và ngân hàng đối tác dùng dữ liệu sẵn có trong chuỗi (hồ sơ mua vật tư, lượng giao hàng, "
        "khảo sát canh tác, nhân khẩu học, ảnh vệ tinh, lịch sử thời tiết, sử dụng ví điện tử) để lập thẻ điểm tín dụng cho nông "
        "hộ liên kết và thiết kế sản phẩm vay gắn với vật tư đầu vào.",
    ),
    (
        "lBo013",
        "en",
        "s_prism",
        "Fairness audit of algorithmic credit scoring for smallholder lending",
        "Review service for lenders and fintechs that use automated scoring: checks whether training data encode gender gaps in "
        "land ownership or regional gaps in infrastructure and market access, and proposes corrections so digital scoring does "
        "not exclude women or remote farmers it was meant to include.",
    ),
    (
        "lBo014",
        "vi",
        "s_newssum",
        "Gói tín dụng cho doanh nghiệp nhỏ dựa trên dòng tiền và ngân hàng số",
        "Ngân hàng chuyển từ thẩm định chủ yếu dựa trên tài sản bảo đảm sang đánh giá dòng tiền và năng lực hoạt động thực tế của "
        "DNNVV; kèm ngân hàng số doanh nghiệp, quản lý dòng tiền và thanh toán điện tử. Phù hợp doanh nghiệp ít dự trữ tài chính, "
        "phụ thuộc vòng quay vốn ngắn hạn.",
    ),
    (
        "lBo015",
        "vi",
        "s_indexvn",
        "Cho vay hộ kinh doanh theo dữ liệu giao dịch QR và POS",
        "Sản phẩm tín dụng dùng lịch sử tiền về qua mã QR, máy POS của hộ kinh doanh để ước tính doanh thu theo ngày, tuần, tháng "
        "và độ ổn định dòng tiền; hạn mức linh hoạt, giải ngân và thu nợ tự động khi tiền bán hàng về tài khoản. Dành cho hộ "
        "không có báo cáo tài chính, không có tài sản thế chấp.",
    ),
    # --- weather-index and yield crop insurance ---
    (
        "lBo016",
        "vi",
        "s_baotintuc",
        "Bảo hiểm chỉ số thời tiết cho cây lúa và cà phê",
        "Sản phẩm bảo hiểm nông nghiệp mới do doanh nghiệp bảo hiểm phối hợp cơ quan khí tượng thủy văn triển khai từ cuối tháng "
        "11/2022: bồi thường dựa trên chỉ số thời tiết (hạn hán, lượng mưa bất thường) đo được, không cần giám định từng ruộng. "
        "Hướng tới nông dân trồng lúa Đồng bằng sông Cửu Long, nơi làm ra khoảng 95% sản lượng gạo xuất khẩu.",
    ),
    (
        "lBo017",
        "vi",
        "s_baominhLua",
        "Bảo hiểm cây lúa theo chỉ số năng suất",
        "Nghiệp vụ bảo hiểm nông nghiệp bù đắp thiệt hại khi năng suất lúa bình quân của xã giảm do thiên tai, dịch bệnh. Người "
        "được bảo hiểm là hộ, tổ chức trồng lúa nước ở xã đã đăng ký; phải tham gia cho toàn bộ diện tích lúa tất cả các vụ trong "
        "năm, có thể ủy quyền cho người đại diện được chính quyền xã xác nhận ký hợp đồng.",
    ),
    (
        "lBo018",
        "vi",
        "s_abicLua",
        "Bảo hiểm thiệt hại cây lúa vùng ĐBSCL (Đề án 1 triệu ha lúa chất lượng cao)",
        "Bảo hiểm lúa nước từ gieo cấy đến thu hoạch (tối đa 120 ngày) cho 4 nhóm rủi ro: bão, áp thấp; mưa lớn, lũ, sạt lở; hạn "
        "hán, xâm nhập mặn; mưa đá, sương muối, động đất, sóng thần. Bồi thường theo tỷ lệ diện tích thiệt hại: dưới 20% không "
        "bồi thường, 20-40% trả 20%, 40-50% trả 40%, 50-70% trả 60%, 70-80% trả 70%, từ 80% trả 80%.",
    ),
    (
        "lBo019",
        "en",
        "s_abicLua",
        "Area-loss rice insurance covering salinity intrusion and drought in the Mekong Delta",
        "Season cover for paddy (sowing to harvest, up to 120 days) against storms, floods and landslides, drought and saline "
        "intrusion, hail and frost. Payout is a share of the insured sum set by the percentage of area damaged: nothing below 20%, "
        "then 20%, 40%, 60%, 70% and a maximum of 80% of the sum when 80% or more of the area is lost.",
    ),
    (
        "lBo020",
        "vi",
        "s_thiennhien",
        "Bảo hiểm chỉ số thời tiết (WII) cho vùng lúa ĐBSCL và cà phê Tây Nguyên",
        "Sản phẩm bảo hiểm thời tiết đầu tiên cho lúa gạo ra mắt tháng 12/2022, ba tháng sau mở rộng cho cà phê. Chi trả khi chỉ số "
        "mưa, nắng vượt ngưỡng; doanh nghiệp thu mua lớn có thể mua cho vùng nguyên liệu. Đặt trong bối cảnh hạn mặn 2019-2020 làm "
        "hơn 41.000 ha lúa bị giảm năng suất.",
    ),
    (
        "lBo021",
        "en",
        "s_thiennhien",
        "Weather-index insurance for rice buyers protecting contracted growing areas",
        "Index cover launched in December 2022 for Mekong Delta rice (and for Central Highlands coffee three months later); large "
        "off-takers were the first clients, insuring the supply from their contract farmers against rainfall and heat anomalies. "
        "Payouts follow the index, with no field loss survey.",
    ),
    (
        "lBo022",
        "vi",
        "s_agrivi",
        "Tư vấn quản lý rủi ro bằng bảo hiểm lập chỉ mục thời tiết cho trang trại",
        "Dịch vụ giúp trang trại, hợp tác xã xác định rủi ro thời tiết chính (sự kiện đột ngột như bão, mưa đá cục bộ; sự kiện kéo "
        "dài như hạn hán) và chọn chỉ số thời tiết phù hợp để mua bảo hiểm, bảo vệ thu nhập trước những rủi ro nằm ngoài tầm "
        "kiểm soát.",
    ),
    (
        "lBo023",
        "en",
        "s_asean",
        "Crop-insurance literacy campaign for smallholders before an index insurance pilot",
        "Awareness and training package prepared for an index-based rice insurance pilot in An Giang (2018-2019 season) with a "
        "reinsurer, a Vietnamese insurer and the provincial agriculture department: explains how index cover differs from the "
        "earlier individual-yield scheme, whose claims process farmers found slow and opaque.",
    ),
    (
        "lBo024",
        "en",
        "s_vtvRiice",
        "Commune-level rice yield estimates from satellite radar for crop insurance programmes",
        "Remote-sensing service (RIICE, phase 3, VND 10.2 billion, Swiss-funded) that maps rice area and estimates yield at commune "
        "level in seven provinces to support crop insurance, using radar processing by Sarmap and yield models from IRRI, with "
        "insurance know-how from Swiss Re.",
    ),
    (
        "lBo025",
        "vi",
        "s_vnplusRiice",
        "Giám sát lúa bằng viễn thám và điện toán đám mây phục vụ bảo hiểm cây trồng",
        "Chuyển giao công nghệ RIICE vào hệ thống theo dõi sản xuất lúa: bản đồ diện tích, sinh trưởng, ước tính sản lượng từ ảnh "
        "vệ tinh giúp quản lý rủi ro thiên tai và làm căn cứ cho bảo hiểm nông nghiệp. Giai đoạn 3 được viện trợ 365.000 CHF, "
        "chiếm 82% tổng vốn dự án.",
    ),
    (
        "lBo026",
        "en",
        "s_vprc",
        "Remote-sensing yield loss estimation and damage assessment for crop insurers",
        "Service that uses NDVI and EVI from satellite imagery to monitor crop vigour, estimate field-level yields and compare "
        "before-and-after images following floods or storms, so insurers can verify claims and pay faster with fewer disputes "
        "than manual surveys.",
    ),
    (
        "lBo027",
        "en",
        "s_eos",
        "Satellite crop monitoring platform for agricultural insurance companies",
        "Online platform giving insurers precise field area, seedling presence and harvest detection from satellite vegetation "
        "indices within minutes, cutting the cost and time of underwriting and loss checks.",
    ),
    (
        "lBo028",
        "en",
        "s_geo",
        "NDVI-based claim assessment for crop insurance payouts",
        "Approach in which an agricultural insurer uses satellite NDVI as the parameter for deciding indemnity, capturing crop "
        "vigour affected by weather and other yield-limiting factors; first applied to wheat, with tea, sunflower, cotton, "
        "mustard and rice planned, image processing outsourced to two specialist firms.",
    ),
    (
        "lBo029",
        "en",
        "s_earsc",
        "Yield-index parametric insurance design using earth-observation data",
        "Product design support for yield-index covers that pay when crop yield in a field or administrative unit falls below "
        "an agreed share of the guarantee; earth observation estimates unit yields, but must reach about 95% accuracy to earn "
        "farmers' trust, and basis risk must be managed.",
    ),
    (
        "lBo030",
        "en",
        "s_swissre",
        "Weather-parameter index cover for agribusiness supply chains",
        "Reinsurer solution that uses rainfall and temperature parameters as proxies for crop production where historical yield "
        "statistics are incomplete, protecting processors, input suppliers and traders whose volumes fall after droughts such as "
        "those of 2010-11 in China, Thailand and Vietnam.",
    ),
    (
        "lBo031",
        "en",
        "s_philip",
        "Parametric rain and wind insurance for rice farmers with automatic payouts",
        "Microinsurance that pays rice farmers a preset amount when measured rainfall or wind passes a trigger, so a farmer who "
        "borrowed for seed and fertiliser (about 30,000 pesos in the reported case) can replant after a storm without waiting for "
        "a loss adjuster.",
    ),
    (
        "lBo032",
        "vi",
        "s_riskwolf",
        "Thiết kế hợp đồng bảo hiểm tham số: chỉ số, ngưỡng kích hoạt và cách chi trả",
        "Hướng dẫn từng bước: phân tích nhu cầu và tổn thất, xác định rủi ro thời tiết (hạn, nắng nóng kéo dài), phạm vi cây trồng, "
        "vùng và thời gian bảo hiểm, chọn chỉ số dễ kiểm chứng như lượng mưa tích lũy hay số ngày nóng liên tiếp, rồi chọn chi trả "
        "một lần cố định hoặc chi trả tuyến tính theo mức vượt ngưỡng.",
    ),
    (
        "lBo033",
        "vi",
        "s_fftc",
        "Khảo sát mức sẵn lòng tham gia và chi trả bảo hiểm lúa của nông hộ",
        "Nhóm nghiên cứu Viện Lúa ĐBSCL cung cấp dịch vụ khảo sát các yếu tố ảnh hưởng quyết định mua bảo hiểm lúa (quy mô sản "
        "xuất, hỗ trợ phí, khuyến nông) trong bối cảnh biến đổi khí hậu, hạn mặn; làm căn cứ thiết kế chương trình bảo hiểm phù "
        "hợp cho địa phương.",
    ),
    (
        "lBo034",
        "en",
        "s_mdpiThai",
        "Advisory on weather index insurance design pitfalls: rainfall thresholds and data gaps",
        "Lessons from Thailand, where weather index insurance was withdrawn in 2015 for lack of reliable data: provincial "
        "analysis of rainfall thresholds, village focus groups on drought coping, and recommendations on policy, delivery and "
        "adverse selection when farmers also adopt drought-tolerant rice and irrigation.",
    ),
    (
        "lBo035",
        "vi",
        "s_vnua",
        "Tư vấn chính sách bảo hiểm nông nghiệp cho sản xuất lúa gạo",
        "Tổng quan kinh nghiệm quốc tế và khảo sát năm 2024 về chính sách hỗ trợ bảo hiểm cây lúa, rút ra bài học và khuyến nghị "
        "cho Việt Nam; phục vụ cơ quan quản lý và tổ chức nông dân khi xây dựng chương trình bảo hiểm lúa.",
    ),
    (
        "lBo036",
        "en",
        "s_patent",
        "Method for crop loss adjusting across fields using remotely sensed data",
        "Patented method that classifies a damaged field into loss classes from satellite or aerial imagery and assists the "
        "adjuster in quantifying variable impacts within and across fields, as a basis for indemnity calculation.",
    ),
    # --- livestock and aquaculture insurance ---
    (
        "lBo037",
        "vi",
        "s_abicVat",
        "Bảo hiểm mọi rủi ro vật nuôi (gia súc, gia cầm)",
        "Bồi thường theo giá thị trường khi vật nuôi chết do thiên tai (bão, lũ, hạn, rét hại, xâm nhập mặn...), dịch bệnh được "
        "công bố (lở mồm long móng, tụ huyết trùng, tai xanh ở gia súc; cúm gia cầm, Newcastle, Gumboro, dịch tả ở gia cầm) hoặc "
        "bị tiêu hủy theo quyết định cơ quan có thẩm quyền. Điều kiện: vật nuôi khỏe, đã tiêm phòng, gắn thẻ tai.",
    ),
    (
        "lBo038",
        "vi",
        "s_baominhVat",
        "Bảo hiểm vật nuôi: trâu, bò, lợn, gà, vịt",
        "Sản phẩm cho hộ, tổ chức chăn nuôi: bảo hiểm trâu, bò sữa, bò thịt, lợn thịt, lợn nái, gà, vịt chết do thiên tai hoặc "
        "dịch bệnh (trâu bò: lở mồm long móng, tụ huyết trùng, nhiệt thán; lợn: tai xanh, lở mồm long móng, đóng dấu, phó thương "
        "hàn, dịch tả; gia cầm: cúm, Newcastle, Gumboro) và tiêu hủy do dịch theo chỉ đạo của cơ quan chức năng.",
    ),
    (
        "lBo039",
        "en",
        "s_baominhVat",
        "Livestock mortality insurance for cattle, pigs and poultry",
        "Cover for buffalo, dairy and beef cattle, fattening pigs, sows, chickens and ducks that die from declared natural "
        "disasters or listed diseases (foot-and-mouth, haemorrhagic septicaemia, anthrax; PRRS, swine fever, erysipelas; avian "
        "influenza, Newcastle, Gumboro), including animals culled on official orders.",
    ),
    (
        "lBo040",
        "vi",
        "s_bhds",
        "Bảo hiểm trâu, bò thịt và bò giống cho nông hộ",
        "Bảo hiểm trâu bò trước thiên tai (sét, bão lũ, rét, sương giá) và dịch bệnh (lở mồm long móng, tụ huyết trùng); số tiền "
        "bảo hiểm do hai bên thỏa thuận. Mức khấu trừ 20% giá trị tổn thất với thiên tai và 40% với dịch bệnh; vật nuôi phải được "
        "nuôi theo quy trình kỹ thuật. Đã thí điểm với nông dân Gia Lai.",
    ),
    (
        "lBo041",
        "vi",
        "s_dienquang",
        "Mô hình quỹ bảo hiểm trâu bò do hợp tác xã tự quản",
        "Hướng dẫn hợp tác xã lập quỹ tương trợ chăn nuôi: xã viên tự nguyện đóng góp, cán bộ thú y của HTX khám chữa khi gia súc "
        "ốm, quỹ chi 80% chi phí điều trị và bồi thường khi con vật chết. Mô hình HTX Điện Quang hoạt động từ 2009, đã bảo hiểm "
        "2.068 con trâu bò; hợp đồng ký từng năm, chỉ nhận con khỏe, chuồng trại tốt.",
    ),
    (
        "lBo042",
        "en",
        "s_dienquang",
        "Cooperative-run mutual cattle insurance fund with veterinary care",
        "Set-up support for a member-funded cattle fund run by an agricultural cooperative: the cooperative's vets treat sick "
        "animals, the fund pays 80% of treatment costs and compensates deaths, contracts are annual and only healthy, well-housed "
        "animals are admitted. Reference scheme: 2,068 cattle insured since 2009 in one commune.",
    ),
    (
        "lBo043",
        "vi",
        "s_ipsard",
        "Kinh nghiệm bảo hiểm đàn trâu bò qua hợp tác xã gắn với trạm thú y",
        "Chia sẻ mô hình HTX mua bảo hiểm cho hơn 400 con trâu bò: phí bằng 10% giá trị con vật mỗi năm, bồi thường 100% nếu chết "
        "do bệnh bất khả kháng, 3/4 nếu còn tận dụng thịt; 2/3 phí để lại cho trạm thú y mua vắc-xin, thuốc, trực dịch 24/24.",
    ),
    (
        "lBo044",
        "vi",
        "s_sotay",
        "Sổ tay và tập huấn bảo hiểm nông nghiệp cho hộ chăn nuôi, nuôi thủy sản, trồng lúa",
        "Bộ tài liệu nâng cao nhận thức gồm tài liệu tham khảo và 3 sổ tay (chăn nuôi; nuôi trồng thủy sản; lúa và cây trồng khác), "
        "diễn giải Nghị định 58/2018/NĐ-CP, Quyết định 22/2019/QĐ-TTg và 03/2021/QĐ-TTg về hỗ trợ phí, quy trình tham gia và bồi "
        "thường cho hộ sản xuất nhỏ; dùng cho lớp tập huấn tại xã.",
    ),
    (
        "lBo045",
        "en",
        "s_rural21live",
        "Index-based livestock insurance for drought-prone herders",
        "Insurance programme developed by a livestock research institute with public and private partners: payouts are triggered "
        "by a satellite forage index rather than by individual animal deaths, protecting keepers in arid and semi-arid lands from "
        "climate losses; products centred on households attract more women.",
    ),
    (
        "lBo046",
        "en",
        "s_aidmi",
        "Parametric heat-stress insurance for dairy cattle and poultry",
        "Weather-index cover that pays a pre-agreed amount when temperature stays above a location-specific threshold, compensating "
        "dairy farms (heat can cut milk yield by up to 30%) and poultry farms for lost output and higher costs without a manual "
        "loss survey; offered with a milk producers' union and a poultry integrator.",
    ),
    (
        "lBo047",
        "vi",
        "s_tepbac2",
        "Bảo hiểm tôm sú nuôi quảng canh cải tiến, bán thâm canh và thâm canh",
        "Gói bảo hiểm tôm nuôi có hỗ trợ phí theo chính sách (hộ nghèo 100%, cận nghèo 80%, hộ khác 20-60%): phí bằng 9,72% tổng "
        "chi phí vụ nuôi với quảng canh cải tiến, 8,02% với bán thâm canh và 7,42% với thâm canh (khoảng 10 triệu đồng). Bảo vệ "
        "trước thiên tai và dịch bệnh, giúp người nuôi có vốn tái sản xuất.",
    ),
    (
        "lBo048",
        "en",
        "s_axon",
        "Aquaculture stock mortality insurance for fish and shrimp farms",
        "Cover for death of fish and shrimp from disease outbreaks, oxygen depletion, environmental events and equipment failure, "
        "valued on accumulated production cost (growing value), with optional business-interruption cover; documented water "
        "monitoring and biosecurity lower premiums and support claims.",
    ),
    (
        "lBo049",
        "en",
        "s_agritech",
        "Review of indemnity and parametric insurance models for shrimp farming",
        "Study from a brackishwater aquaculture institute synthesising global shrimp insurance experience (viral white spot, EHP, "
        "cyclones, price swings), evaluating adoption and challenges of indemnity versus parametric models; offered as guidance "
        "for insurers and farmer groups designing cover.",
    ),
    (
        "lBo050",
        "en",
        "s_hatchery",
        "Co-designing a shrimp crop insurance product with insurers and farmers",
        "Facilitation of consultations between an aquaculture research centre, general insurers and shrimp farmers to draft a "
        "shrimp insurance policy: scientific data showing that farms using better management practices and SPF seed are "
        "insurable, farmers' coverage requirements, then premium setting.",
    ),
    (
        "lBo051",
        "en",
        "s_shrimpnews",
        "Weather-indexed insurance for shrimp farms (temperature, rainfall, storm)",
        "Broker product that protects shrimp farmers against too much or too little rain, temperature extremes or storms, paid "
        "when a trigger is reached at a reliable weather station; avoids on-farm risk surveys and loss adjustment and works even "
        "though disease, the main shrimp risk, is excluded from traditional policies.",
    ),
    (
        "lBo052",
        "vi",
        "s_paraAqua",
        "Bảo hiểm tham số cho nuôi trồng thủy sản theo nhiệt độ nước, oxy hòa tan, độ cao sóng",
        "Thay vì giám định thiệt hại, hợp đồng xác định trước các thông số đo được (nhiệt độ nước vượt ngưỡng trong số ngày nhất "
        "định, oxy tụt thấp, sóng bão vượt mức); khi thông số chạm ngưỡng thì tự động chi trả, nhanh và ít tranh chấp.",
    ),
    (
        "lBo053",
        "en",
        "s_osmobot",
        "Continuous pond water-quality monitoring to make shrimp farms insurable",
        "Sensor-based monitoring of dissolved oxygen, temperature and other parameters for shrimp ponds, producing the farm-level "
        "records insurers say they lack; insurers currently decline shrimp because of disease risk and costly underwriting of "
        "very different farms.",
    ),
    (
        "lBo054",
        "en",
        "s_longline",
        "Aquaculture insurance broking for fish, mollusc and crustacean farms",
        "Specialist broker placing aquaculture cover for onshore ponds, raceways and recirculation systems and offshore cages and "
        "longlines; species insured include tilapia, carp, sea bass, oysters, mussels, clams, prawns and shrimp, following the FAO "
        "review of aquaculture insurance.",
    ),
    (
        "lBo055",
        "vi",
        "s_aquahoy",
        "Tư vấn bảo hiểm nuôi trồng thủy sản cho cơ sở vừa và nhỏ",
        "Giới thiệu các loại hợp đồng bảo hiểm thủy sản (dịch bệnh, thời tiết cực đoan, hư hỏng thiết bị), cách làm việc với công "
        "ty bảo hiểm, yêu cầu tuân thủ và tác động tài chính; giúp hộ, doanh nghiệp nuôi quy mô vừa và nhỏ tiếp cận bảo hiểm vốn "
        "chủ yếu dành cho người nuôi lớn.",
    ),
    (
        "lBo056",
        "vi",
        "s_ctu",
        "Khảo sát nhân tố ảnh hưởng quyết định tham gia bảo hiểm của hộ nuôi tôm",
        "Dịch vụ điều tra hộ nuôi tôm (dựa trên nghiên cứu của Khoa Kinh tế, Đại học Cần Thơ, 2014) để xác định các yếu tố tác động "
        "đến việc mua bảo hiểm nông nghiệp như quy mô, kinh nghiệm, mức hỗ trợ phí, thủ tục; làm cơ sở điều chỉnh sản phẩm.",
    ),
    (
        "lBo057",
        "en",
        "s_zhongkehai",
        "Insurance package for high-density aquaculture (property, business interruption, mortality)",
        "Cover built for intensive tank and pond systems: property damage to tanks, pumps and buildings, business interruption "
        "while the farm cannot operate, and stock mortality after power cuts, equipment failure or disease, with attention to "
        "exclusions for named diseases and acts of God.",
    ),
    # --- digital payments, QR and e-wallets ---
    (
        "lBo058",
        "vi",
        "s_baonghean",
        "Triển khai 'chợ 4.0': ngân hàng làm mã QR tại sạp và hướng dẫn tiểu thương",
        "Ngân hàng cử cán bộ xuống tận chợ dân sinh mở tài khoản, in mã QR cho từng sạp và hướng dẫn sử dụng; người bán có thể treo "
        "2-3 mã của các ngân hàng khác nhau, người mua quét đúng số tiền dù chỉ 3.000-10.000 đồng, không phải đổi tiền lẻ, dễ theo "
        "dõi thu chi.",
    ),
    (
        "lBo059",
        "vi",
        "s_danviet",
        "Mã QR thanh toán cho sạp rau, thịt, cá ở chợ dân sinh",
        "Hỗ trợ người bán ở chợ cóc, chợ dân sinh tạo và in mã QR tài khoản ngân hàng bọc nhựa đặt tại sạp để khách quét trả tiền, "
        "kể cả mớ rau 3.000-5.000 đồng; giảm rủi ro tiền giả, rơi mất, nhầm lẫn khi thối tiền.",
    ),
    (
        "lBo060",
        "en",
        "s_danang",
        "Wet market 4.0 package: VietQR codes and an e-wallet for every stall",
        "Model run by a city trade department and a telecom group: over 1,000 stalls at three wet markets received QR codes that "
        "accept payment from 37 banks and the operator's e-wallet; vendors also get help to list products on e-commerce sites and "
        "a post office at the market for shipping.",
    ),
    (
        "lBo061",
        "en",
        "s_baodanang",
        "Cashless market roll-out with QR boards and coaching for stallholders",
        "Support for market management boards to switch to QR payment: shoppers scan the VietQR code or pay to a phone number in the "
        "e-wallet app, enter the amount and confirm; staff coach vendors and older customers, and vendors no longer need to carry "
        "change or accept torn notes.",
    ),
    (
        "lBo062",
        "vi",
        "s_vietqrvtv",
        "Mã VietQR liên ngân hàng cho cửa hàng nhỏ và hàng rong",
        "Theo chuẩn VietQR, người bán tự tạo mã QR gắn số tài khoản ngay trên ứng dụng ngân hàng, in ra để khách của bất kỳ ngân hàng "
        "nào quét chuyển tiền; mở rộng thanh toán không dùng tiền mặt tới cửa hàng nhỏ, gánh hàng rong.",
    ),
    (
        "lBo063",
        "en",
        "s_vietqrapi",
        "VietQR payment API: static, semi-dynamic and dynamic QR with order matching",
        "REST service for partners to generate VietQR codes: static (type 1), semi-dynamic (type 3) or dynamic (type 0) with amount, "
        "order ID, store (terminal) and service codes; when the bank transaction arrives, the matching order ID is returned so the "
        "seller can reconcile payments automatically.",
    ),
    (
        "lBo064",
        "vi",
        "s_vietqrlib",
        "Thư viện tạo chuỗi dữ liệu VietQR theo đặc tả NAPAS",
        "Thư viện Python sinh chuỗi VietQR tĩnh hoặc động (số tiền, mã hóa đơn, mã cửa hàng, mã khách hàng, mục đích giao dịch) "
        "với các mã dịch vụ QRPUSH, QRIBFTTC, QRIBFTTA, để nhúng vào phần mềm bán hàng, hóa đơn hoặc ứng dụng của doanh nghiệp.",
    ),
    (
        "lBo065",
        "en",
        "s_moldova",
        "QR payments for farmers selling at village markets without a POS terminal",
        "E-wallet service (first launched in 2017) letting a farmer selling vegetables at a local market accept cashless payment "
        "through a QR code on the phone, instead of buying a card terminal and going through lengthy registration; combined with "
        "digital financial literacy for rural entrepreneurs.",
    ),
    (
        "lBo066",
        "vi",
        "s_viettelmm",
        "Mobile Money: chuyển, nhận, rút tiền bằng tài khoản viễn thông cho người dân nông thôn",
        "Dịch vụ tiền di động cho người chưa có tài khoản ngân hàng: chỉ cần thuê bao di động để chuyển, nhận, thanh toán và rút tiền "
        "tại điểm giao dịch gần nhà; phù hợp vùng sâu, nơi mỗi điểm giao dịch tài chính phục vụ tới hơn 10.000 người.",
    ),
    (
        "lBo067",
        "en",
        "s_viettelmm",
        "Mobile Money for unbanked rural households through telecom accounts",
        "Telecom-operated mobile money launched in Vietnam: people with only a mobile subscription can send, receive and cash out "
        "money at nearby agents instead of travelling kilometres to a bank branch; built for provinces where one banking point "
        "serves around 10,325 people.",
    ),
    (
        "lBo068",
        "vi",
        "s_thanhhoa",
        "Hỗ trợ chợ quê chuyển sang thanh toán không tiền mặt: QR, POS, hóa đơn điện nước",
        "Chương trình phổ biến thanh toán số ở nông thôn: dán bảng QR tại quầy hàng, lắp máy POS cho tạp hóa, hướng dẫn trả tiền "
        "điện, nước, học phí qua điện thoại; giúp người bán lớn tuổi vượt nỗi sợ mất tiền, bị lừa bằng trải nghiệm thực tế.",
    ),
    (
        "lBo069",
        "en",
        "s_ttv",
        "Expanding cashless payment acceptance in rural districts",
        "Programme to widen acceptance points and card, QR and mobile transfers in the countryside, where about 90% of people use a "
        "mobile phone and 70% own a smartphone but acceptance points and habits lag behind cities.",
    ),
    (
        "lBo070",
        "en",
        "s_hoian",
        "Onboarding traditional-market shoppers and vendors who still prefer cash",
        "Bank-market partnership that installed QR codes for 50-70% of traders, followed by measures for remaining barriers: "
        "shoppers buying small amounts and older women prefer cash, and vendors worry about confirming whether a transfer really "
        "arrived; includes instant payment notifications and support when a transfer fails.",
    ),
    (
        "lBo071",
        "en",
        "s_lactanh",
        "QR payment model for a district market",
        "Scheme at a long-standing district market where most stalls, from vegetables at VND 5,000 to jewellery shops, display QR "
        "codes; shoppers and restaurant buyers pay any amount by scanning, and vendors keep a record of every sale.",
    ),
    (
        "lBo072",
        "vi",
        "s_tuyenquang",
        "Hướng dẫn tiểu thương lớn tuổi dùng mã QR và bán hàng qua Zalo, Facebook",
        "Cầm tay chỉ việc cho người bán lâu năm ở chợ truyền thống mở tài khoản, dùng bảng QR của 2-3 ngân hàng, nhận tiền từ nhà "
        "hàng mua sỉ không cần thu tiền mặt, và đăng sản phẩm lên Zalo, Facebook hằng ngày.",
    ),
    (
        "lBo073",
        "en",
        "s_agriecon",
        "Digital wallets and branchless banking with fraud safeguards for first-time users",
        "Mobile wallet, branchless agent and digital payment services for low-income households, small farmers and informal "
        "workers, bundled with protection against phishing, fake prize and fake loan messages and social-engineering scams that "
        "target first-time users.",
    ),
    (
        "lBo074",
        "vi",
        "s_vietqrapiVN",
        "API tạo mã VietQR động và nhận thông báo biến động số dư để đối soát",
        "Dịch vụ cho doanh nghiệp, hợp tác xã tạo mã QR thanh toán: VietQR động (0), tĩnh (1), bán động (3); truyền số tiền, mã đơn "
        "hàng, mã điểm bán; nội dung tối đa 19 ký tự không dấu. Khi tiền về, hệ thống trả lại mã đơn để tự động đối soát.",
    ),
    # --- cooperative accounting and bookkeeping software ---
    (
        "lBo075",
        "en",
        "s_finotor",
        "Cooperative accounting software with member equity and patronage dividends",
        "Accounting system built for member-owned businesses: tracks each member's equity, calculates patronage distributions, "
        "handles several member classes and revolving equity, and produces member equity statements and patronage reports "
        "alongside standard financial statements.",
    ),
    (
        "lBo076",
        "vi",
        "s_finotor",
        "Phần mềm kế toán hợp tác xã: vốn góp thành viên và phân phối thu nhập theo mức sử dụng dịch vụ",
        "Quản lý vốn góp của từng thành viên, tự tính phân phối lãi theo mức độ sử dụng dịch vụ, hỗ trợ nhiều loại thành viên, lập "
        "báo cáo vốn thành viên cùng báo cáo tài chính; tăng minh bạch cho đại hội thành viên.",
    ),
    (
        "lBo077",
        "en",
        "s_ontario",
        "Co-op bookkeeping starter kit: chart of accounts, cloud tools and reconciliations",
        "Practical guide and setup service for co-op managers and volunteer bookkeepers: double-entry basics, a chart of accounts "
        "including member equity and shared surplus, monthly bank reconciliation, and choice among cloud tools such as QuickBooks "
        "Online, Wave, Xero or Sage, with receipt scanning apps.",
    ),
    (
        "lBo078",
        "vi",
        "s_pdfslide",
        "Tài liệu sổ sách kế toán cơ bản cho hội đồng quản trị hợp tác xã",
        "Giáo trình cho người ít kinh nghiệm kế toán: sổ nhật ký hằng ngày, sổ cái, bảng cân đối, báo cáo kết quả kinh doanh, lưu "
        "chuyển tiền tệ, kế toán dồn tích; có bài tập thực hành sau từng phần để thành viên HĐQT hiểu và kiểm tra sổ sách.",
    ),
    (
        "lBo079",
        "en",
        "s_ohimai",
        "Record set for credit and thrift cooperatives: passbooks, analysis book, ledgers, loan register",
        "Design and training for the core books of a cooperative society: member passbook, monthly analysis book of contributions, "
        "loans, repayments and fines, personal ledger of shares and savings, and a loan register, so balances can be shown to "
        "members at any general meeting.",
    ),
    (
        "lBo080",
        "vi",
        "s_ohimai",
        "Bộ sổ ghi chép cho hợp tác xã: sổ thành viên, sổ phân tích, sổ cái cá nhân, sổ cho vay",
        "Thiết kế và hướng dẫn ghi chép các sổ cốt lõi: sổ của từng xã viên, sổ phân tích đóng góp, cho vay, thu nợ theo tháng, sổ "
        "cái cá nhân về cổ phần, tiết kiệm và sổ theo dõi khoản vay, giúp công khai số dư tại mọi kỳ họp.",
    ),
    (
        "lBo081",
        "en",
        "s_kaltiv",
        "Cooperative module: members, collection batches, shares and dividends",
        "Software module for farmer cooperatives: member register, collection points, each delivery recorded as a batch with "
        "weight, unit price, quality grade A/B/C and automatically computed amount, member shares (allocation, purchase, transfer, "
        "buy-back) and annual dividend calculation.",
    ),
    (
        "lBo082",
        "vi",
        "s_kaltiv",
        "Phần mềm quản lý thu mua nông sản của xã viên, cổ phần và cổ tức",
        "Ghi từng lần xã viên giao hàng theo lô (khối lượng, đơn giá, loại A/B/C, thành tiền tự tính), quản lý điểm thu mua, sổ "
        "thành viên, cổ phần và chia cổ tức cuối năm; bảng điều khiển cho ban giám đốc HTX.",
    ),
    (
        "lBo083",
        "en",
        "s_ictupdate",
        "Open-source cooperative management software for produce collection and member payments",
        "CoopWorks-based system adapted for coffee cooperatives: tracks every step from collection to processing and member "
        "payment so farmers get accurate statements instead of handwritten records they distrust; free to download with no "
        "licence fee, customised by a local developer.",
    ),
    (
        "lBo084",
        "vi",
        "s_rfilcComp",
        "Hướng dẫn tin học hóa hợp tác xã nông nghiệp",
        "Tài liệu thực hành giúp HTX quyết định và tiến hành tin học hóa: thu thập, lưu trữ, báo cáo thông tin nhanh và chính xác "
        "hơn sổ tay, giảm chi phí vận hành; lưu ý rằng lợi ích đến chậm vì phải thay đổi thói quen làm việc.",
    ),
    (
        "lBo085",
        "en",
        "s_agriterra",
        "Electronic membership management systems for farmer organisations",
        "Advice on digitising member data as a farmer organisation's first step (survey of 30 organisations in Kenya, Rwanda, Peru "
        "and Vietnam found most on Excel, 7 of 7 in Vietnam), and on choosing an EMMS module within farm-management, ERP or "
        "fintech software that links members to payments, microloans or crop insurance.",
    ),
    (
        "lBo086",
        "en",
        "s_barke",
        "Grower procurement and payment software: contracts, pools, receipts and statements",
        "Module to manage grower data, contracts by crop year, pool or call pricing, commodity receipts with quality tests, "
        "bonuses and deductions, user-defined payment schedules and grower statements showing deliveries and payments made.",
    ),
    (
        "lBo087",
        "vi",
        "s_africapru",
        "Tổ chức hệ thống ghi chép để ban kiểm soát nắm rõ tài chính hợp tác xã",
        "Dịch vụ thiết lập sổ sách thủ công hoặc trên máy tính thể hiện tài sản, nợ, vốn thành viên; hướng dẫn ban kiểm soát kiểm "
        "tra chứng từ, giá, kiểm kê và lập báo cáo tuần cho hội đồng quản trị, tăng minh bạch và trách nhiệm giải trình.",
    ),
    (
        "lBo088",
        "en",
        "s_bigcap",
        "Open-source double-entry accounting set-up for small firms and cooperatives",
        "Installation and configuration of free double-entry accounting software (e.g. Bigcapital, Django Ledger, GnuCash-style "
        "tools) as an alternative to paid packages, with bank import and reporting, for organisations that cannot pay licences.",
    ),
    (
        "lBo089",
        "vi",
        "s_ictupdate",
        "Phần mềm mã nguồn mở quản lý hợp tác xã: thu mua và thanh toán cho xã viên",
        "Hệ thống CoopWorks miễn phí bản quyền, được chỉnh sửa cho HTX cà phê: theo dõi từ cân nhận hàng đến chế biến và trả tiền "
        "cho xã viên, cung cấp bảng kê chính xác, chấm dứt nghi ngờ 'cân điêu' của sổ viết tay.",
    ),
    (
        "lBo090",
        "vi",
        "s_ledgersmb",
        "Phần mềm kế toán kép LedgerSMB chạy trên trình duyệt",
        "Hệ thống kế toán ghi sổ kép viết bằng Perl, dữ liệu lưu trên máy chủ PostgreSQL, truy cập bằng trình duyệt; cần người có "
        "kỹ năng cài đặt, chưa có sẵn chế độ kế toán HTX Việt Nam.",
    ),
    # --- supply-chain finance and warehouse receipts ---
    (
        "lBo091",
        "en",
        "s_wbblog",
        "Warehouse receipt system with collateral management for farmers and agri-SMEs",
        "Regulated scheme in which crops stored in a licensed warehouse under licensed managers back bank loans, letting farmers "
        "wait for post-harvest price rises; addresses the fact that under 3% of formal credit in emerging markets goes to "
        "agriculture and that 30-40% of harvests can be lost in poor storage.",
    ),
    (
        "lBo092",
        "vi",
        "s_wbblog",
        "Hệ thống chứng chỉ lưu kho để nông dân cầm cố nông sản vay vốn",
        "Nông sản gửi tại kho được cấp phép, do người quản lý có chứng chỉ vận hành, được cấp biên nhận làm tài sản bảo đảm vay ngân "
        "hàng; nông dân không phải bán ngay lúc giá thấp nhất sau thu hoạch và giảm hao hụt do bảo quản kém.",
    ),
    (
        "lBo093",
        "en",
        "s_ebrary",
        "Warehouse receipt finance structuring for banks and traders",
        "Service to structure lending against goods held by an independent warehouse operator whose negotiable receipts act as "
        "collateral; covers checks that goods are not already pledged, repayment from sale proceeds, price risk on collateral and "
        "standardised grades for storable crops such as grains.",
    ),
    (
        "lBo094",
        "vi",
        "s_eastagri",
        "Tín dụng sau thu hoạch dựa trên biên nhận kho hàng",
        "Mô hình tài trợ vốn lưu động bắt đầu sau thu hoạch: nông sản gửi kho được cấp phép, biên nhận kho làm căn cứ vay; nhà nước "
        "lập khung pháp lý, quỹ bồi thường, trái phiếu bảo hiểm hoặc bảo lãnh ngân hàng để xử lý rủi ro hư hỏng, gian lận, kho mất "
        "khả năng thanh toán.",
    ),
    (
        "lBo095",
        "en",
        "s_scribdWR",
        "Warehouse receipt finance pilot for small and marginal farmers",
        "Programme design drawing on an agricultural commodity pilot in Gujarat: links small farmers to accredited warehouses, "
        "grading and lenders so that warehouse receipt loans, long used by traders and large farmers, reach smallholders.",
    ),
    (
        "lBo096",
        "en",
        "s_cmwhr",
        "Inventory credit for producer groups",
        "Inventory-credit scheme administered through producer groups: members store produce in a reliable warehouse, borrow "
        "against it before selling, share market information and avoid selling to farm-gate buyers at harvest lows; includes "
        "rules to limit speculation on price peaks.",
    ),
    (
        "lBo097",
        "en",
        "s_miranda",
        "Economic assessment of warehouse receipt programmes for smallholders",
        "Modelling service from agricultural economists (dynamic model of seasonal marketing) that tests whether transaction costs "
        "and risk reallocation will make a planned warehouse receipt scheme worthwhile for smallholders before it is launched.",
    ),
    (
        "lBo098",
        "vi",
        "s_luanvanWR",
        "Mô hình tín dụng dựa trên chứng chỉ lưu kho cho Việt Nam",
        "Đề xuất quy trình cho vay dựa trên chứng chỉ lưu kho nông sản (luận văn thạc sĩ, Đại học Kinh tế TP.HCM, 2011), kết hợp "
        "quản trị rủi ro giá cho nông dân, doanh nghiệp thiếu tài sản thế chấp.",
    ),
    (
        "lBo099",
        "en",
        "s_rural21scf",
        "Supply chain finance models for smallholders: input credit and contract farming",
        "Advisory on finance provided by upstream and downstream actors (input credits repaid at harvest, buyer pre-finance, "
        "outgrower schemes with monopoly marketing to prevent side-selling) with their pros and cons where banks see farmers as "
        "too risky; in four African countries only about 6% of farms bought inputs on credit.",
    ),
    (
        "lBo100",
        "vi",
        "s_scribdVCF",
        "Công cụ tài chính chuỗi giá trị: tín dụng thương lái, nhà cung cấp vật tư, bao thanh toán",
        "Tổng hợp sản phẩm tài chính chuỗi: tín dụng của thương lái, tín dụng vật tư trả chậm, tín dụng của công ty thu mua, tài trợ "
        "của doanh nghiệp đầu chuỗi, tài trợ khoản phải thu, bao thanh toán; nhà cung cấp thường chiết khấu tiền mặt để giảm rủi ro.",
    ),
    (
        "lBo101",
        "en",
        "s_rfilcProd",
        "Production credit schemes run by input suppliers, processors and buyers",
        "Guidance (World Bank agriculture investment note) on making buyer and supplier credit fairer and more efficient: organise "
        "producer associations, broker contracts between farmers and agribusinesses, and link them with specialised lenders; "
        "cases from Zimbabwe, Tanzania and Peru.",
    ),
    (
        "lBo102",
        "en",
        "s_gadomo",
        "Supplier-financing programme design for small commodity producers",
        "Phased design: pre-harvest input liquidity, financing tied to quality milestones, then working capital for processing and "
        "shipment; risk reduced through warehouse receipts, forward contracts with buyers or group guarantees, plus agronomic "
        "training and quality testing.",
    ),
    (
        "lBo103",
        "vi",
        "s_khnh",
        "Cho vay theo chuỗi giá trị nông nghiệp",
        "Tư vấn ngân hàng và doanh nghiệp triển khai tài trợ chuỗi giá trị (theo khái niệm FAO 2010): phân tích toàn chuỗi, cho vay "
        "theo từng khâu, người vay gồm nông hộ, tổ nhóm, HTX, nhà cung cấp vật tư, thương lái, nhà chế biến.",
    ),
    (
        "lBo104",
        "vi",
        "s_123smes",
        "Tài trợ chuỗi cung ứng, cho vay ngang hàng và gọi vốn cộng đồng cho DNNVV",
        "Phân tích cung cầu vốn của doanh nghiệp nhỏ và vừa trong cách mạng công nghiệp 4.0 (Học viện Ngân hàng, Học viện Tài chính, "
        "2021) và giới thiệu các kênh vốn trên nền tảng số như tài trợ chuỗi cung ứng.",
    ),
    (
        "lBo105",
        "en",
        "s_fao",
        "Agricultural value chain finance tools and case studies",
        "FAO and Practical Action reference (2010) used as a toolkit for lenders and agribusinesses: product financing, receivables "
        "financing, physical asset collateralisation such as warehouse receipts, risk mitigation and financial enhancements, with "
        "case studies.",
    ),
    (
        "lBo106",
        "en",
        "s_smpworld",
        "Negotiable warehouse receipts with commodity grading and warehouse rating",
        "Design of a receipt system where commodities are graded and warehouses rated by size and integrity so that receipts can "
        "be traded, used as collateral or delivered against futures; proposes bank endorsement of private warehouse receipts.",
    ),
    # --- savings groups and microfinance tools ---
    (
        "lBo107",
        "vi",
        "s_care",
        "Mô hình Tiết kiệm tín dụng thôn bản tự quản (VSLA) cho phụ nữ nông thôn",
        "Thành lập và hỗ trợ nhóm tiết kiệm, vay vốn tự quản theo nguyên tắc tự nguyện, tự quản lý, tự chịu trách nhiệm, công khai "
        "minh bạch; triển khai ở Việt Nam từ 2010 tại hơn 20 tỉnh. Một dự án 2018-2019 lập 260 nhóm, giúp 5.196 phụ nữ dân tộc "
        "thiểu số tiếp cận vốn và học quản lý kinh tế hộ.",
    ),
    (
        "lBo108",
        "en",
        "s_care",
        "Village Savings and Loan Associations: set-up and coaching",
        "Facilitation of self-managed savings and loan groups (voluntary, self-run, self-responsible, transparent) for rural women: "
        "group rules, share purchases, small loans from pooled savings, leadership and household money management. Used in over "
        "20 Vietnamese provinces; one project formed 260 groups serving 5,196 women.",
    ),
    (
        "lBo109",
        "en",
        "s_itsinda",
        "Digital record-keeping app for savings groups",
        "Mobile app replacing handwritten group ledgers kept at a member's home: encrypted data with automatic backup, transactions "
        "recorded in seconds, instant reports, members checking their own balance, works offline; includes a transition plan to "
        "digitise past records and train treasurers and members.",
    ),
    (
        "lBo110",
        "vi",
        "s_itsinda",
        "Ứng dụng số hóa sổ sách nhóm tiết kiệm",
        "Thay sổ ghi tay để ở nhà thủ quỹ bằng ứng dụng điện thoại: mã hóa và sao lưu tự động, ghi giao dịch trong vài giây, báo cáo "
        "tức thì, thành viên tự xem số dư, dùng được khi mất mạng; có hướng dẫn nhập dữ liệu cũ và tập huấn thủ quỹ.",
    ),
    (
        "lBo111",
        "en",
        "s_benevofy",
        "Association savings app with contribution cycles, statements and withdrawals",
        "Member app for associations that collect regular savings: the admin sets the target amount and cycle, members see progress "
        "and a formal account statement, withdrawals can be enabled, and reminders help members avoid late penalties.",
    ),
    (
        "lBo112",
        "en",
        "s_uganda",
        "Mobile app for SACCOs, village savings groups and investment clubs",
        "Digital platform promoted by a national cooperative alliance and a partner bank through which savings groups transact and "
        "keep records, so records no longer sit with the chairperson, secretary or treasurer and can be traced easily.",
    ),
    (
        "lBo113",
        "en",
        "s_savingsplus",
        "SACCO management software: savings products, shares, loans and chart of accounts",
        "Modules for savings products (compulsory, fixed, free savings with interest and charges), members and shares (purchase, "
        "transfer, annual dividends), individual and group loans from application to repayment and write-off, and a ready chart "
        "of accounts.",
    ),
    (
        "lBo114",
        "vi",
        "s_savingsplus",
        "Phần mềm quản lý quỹ tiết kiệm và tín dụng: sản phẩm tiết kiệm, cổ phần, khoản vay",
        "Quản lý sản phẩm tiết kiệm (bắt buộc, có kỳ hạn, tự do), lãi và phí; thành viên, cổ phần, chia cổ tức; khoản vay cá nhân "
        "và nhóm từ nộp đơn, duyệt, giải ngân đến thu nợ, xóa nợ; hệ thống tài khoản kế toán dựng sẵn.",
    ),
    (
        "lBo115",
        "en",
        "s_fineract",
        "Apache Fineract open-source core banking for microfinance and credit unions",
        "Open-source core banking platform (a verified digital public good) offering client and KYC management, configurable loan "
        "and savings products, accounting and an open API, suited to microfinance institutions, credit unions and small non-bank "
        "lenders serving the unbanked; mobile and web front ends available.",
    ),
    (
        "lBo116",
        "vi",
        "s_fineractnpm",
        "Nền tảng mã nguồn mở Fineract cho tổ chức tài chính vi mô",
        "Phần mềm tài chính mã nguồn mở cho tổ chức tài chính vi mô, quỹ tín dụng: cấu hình sản phẩm vay, tiết kiệm linh hoạt, hồ sơ "
        "KYC, quy tắc nghiệp vụ, giao dịch thanh toán và quản lý danh mục; API mở, chạy trên nền điện toán đám mây và di động.",
    ),
    (
        "lBo117",
        "vi",
        "s_ttttt",
        "Mô hình nhóm tự giúp đỡ liên kết ngân hàng (SHG) cho phụ nữ nông thôn",
        "Tư vấn áp dụng kinh nghiệm Ấn Độ: nhóm 10-20 phụ nữ tiết kiệm định kỳ, cho vay nội bộ rồi được ngân hàng cho vay theo nhóm "
        "dựa trên tiết kiệm và uy tín; mô hình được coi là thành công nhất trong phát triển tài chính vi mô ở Ấn Độ.",
    ),
    (
        "lBo118",
        "en",
        "s_studymode",
        "Savings and loan management system for a community credit cooperative",
        "System built for a village credit cooperative to manage members' share capital (minimum five shares), savings, loans of "
        "up to twice share capital at 1.25% a month with 1.5% penalties, and a small mutual death-benefit fund for about 600 members.",
    ),
    (
        "lBo119",
        "vi",
        "s_tcvm",
        "Tư vấn dịch vụ tài chính vi mô cho hộ nghèo và thu nhập thấp",
        "Thiết kế sản phẩm tài chính vi mô: khoản vay nhỏ, tín chấp thay thế chấp kèm tiết kiệm bắt buộc, khoản vay sau lớn hơn tùy "
        "lịch sử trả nợ, điểm thu phát vốn ngay tại khu dân cư, lịch trả phù hợp dòng tiền của người dân.",
    ),
    (
        "lBo120",
        "vi",
        "s_qtd",
        "Mô hình quỹ tín dụng tiết kiệm phụ nữ cấp xã",
        "Kinh nghiệm xây dựng và phát triển quỹ tín dụng tiết kiệm do hội phụ nữ quản lý ở hai xã (Phú Thọ): huy động tiết kiệm nhỏ, "
        "cho vay hộ nghèo, phối hợp với tổ chức dịch vụ phát triển nông thôn.",
    ),
    # --- financial-literacy training ---
    (
        "lBo121",
        "vi",
        "s_baomoi",
        "Chương trình giáo dục tài chính lồng ghép trong sinh hoạt nhóm khách hàng vi mô",
        "Cán bộ tài chính vi mô tổ chức bài học quản lý tài chính cá nhân, hộ gia đình, doanh nghiệp siêu nhỏ cho hộ nghèo nông "
        "thôn theo phương pháp sinh động, giúp người vay dùng vốn hiệu quả, tránh rủi ro và thiệt hại.",
    ),
    (
        "lBo122",
        "vi",
        "s_banker",
        "Giáo dục tài chính cho phụ nữ nông thôn",
        "Khóa học kiến thức, kỹ năng tài chính cho phụ nữ nông thôn: quản lý thu chi gia đình, tiết kiệm, tiếp cận và sử dụng vốn vay "
        "hiệu quả, góp phần giảm nghèo và phát triển kinh tế hộ theo chiến lược tài chính toàn diện quốc gia.",
    ),
    (
        "lBo123",
        "en",
        "s_funds",
        "Financial literacy training programme for farmers",
        "Training programme tailored to farmers' uncertain incomes: budgeting, saving for investment, preparing for loans, "
        "managing price and weather swings and planning for the farm business, with curriculum, delivery plan and expected "
        "outcomes for farming communities.",
    ),
    (
        "lBo124",
        "en",
        "s_isedBudget",
        "Budgeting and record-keeping workshop module for farmers",
        "Trainer's guide for the foundation module of a farmer financial-literacy curriculum: classroom sessions on budgets and "
        "farm records, reinforced during the season; records set up to match tax categories and used later for pricing and "
        "deciding which crops are worth the time.",
    ),
    (
        "lBo125",
        "en",
        "s_crs",
        "Eleven-lesson financial education curriculum for savings groups and smallholders",
        "Field manual for facilitators and savings-group service providers: goals, income, expenses and budgeting; savings; "
        "borrowing; with quizzes, staff exercises and illustrated field exercises for farmer groups.",
    ),
    (
        "lBo126",
        "vi",
        "s_crs",
        "Giáo trình 11 bài giáo dục tài chính cho nhóm tiết kiệm và nông hộ nhỏ",
        "Tài liệu cho tập huấn viên, cán bộ hiện trường: mục tiêu, thu nhập, chi tiêu, lập ngân sách; tiết kiệm; vay vốn. Mỗi bài có "
        "câu hỏi tự kiểm tra, bài tập cho cán bộ và bài tập thực địa kèm tranh minh họa để thảo luận với nhóm nông dân.",
    ),
    (
        "lBo127",
        "en",
        "s_rfilcEdu",
        "'Talking about Money' booklets for farmer discussion groups and field schools",
        "Series of booklets for study circles and farmer field schools that move farmers from reactive to planned money "
        "management: understanding cash flow, evaluating risk and monitoring progress before taking a loan.",
    ),
    (
        "lBo128",
        "en",
        "s_tufts",
        "Cash-flow reflection and planning workshop for farmers",
        "One-hour hands-on session in which farmers work in pairs with reflection worksheets on their season's cash flow and plan "
        "the next one; final core module of a farmer financial-literacy curriculum, with optional farm-financing session.",
    ),
    (
        "lBo129",
        "en",
        "s_hansindia",
        "Financial literacy and cyber-fraud awareness sessions for women's self-help groups",
        "Training run with a central bank office: never share PINs or OTPs, protect identity documents, use loans to raise income "
        "and repay on time to earn incentives; targets women in self-help groups who are losing money to online fraud.",
    ),
    (
        "lBo130",
        "vi",
        "s_amulya",
        "Đào tạo kỹ năng tài chính số cho người dân nông thôn qua nhóm cộng đồng",
        "Tập huấn qua nhóm tự giúp đỡ và người hỗ trợ ở thôn xóm: dùng ứng dụng ngân hàng, ví điện tử an toàn, nhận biết lừa đảo, "
        "chiếm quyền tài khoản; tài liệu bằng ngôn ngữ địa phương, chú ý phụ nữ ít dùng điện thoại thông minh.",
    ),
    (
        "lBo131",
        "en",
        "s_awag",
        "Digital financial literacy awareness camps for rural communities",
        "Community sessions (over a hundred held under one project) introducing net banking, e-wallets and digital payments to "
        "rural women and youth, building trust in the systems and showing how to use them safely.",
    ),
    (
        "lBo132",
        "vi",
        "s_slidepub",
        "Hội thảo 'Kiến thức tài chính 101' cho nông dân",
        "Buổi tập huấn về lập ngân sách, ghi chép tài chính trang trại, tầm quan trọng của tiết kiệm dự phòng, chiến lược quản lý rủi "
        "ro, đầu tư cho tương lai, dùng nợ vay khôn ngoan và tìm hiểu các nguồn hỗ trợ tài chính cho nông dân.",
    ),
    (
        "lBo133",
        "vi",
        "s_asean",
        "Tập huấn hiểu biết về bảo hiểm cây trồng cho nông dân trước khi triển khai bảo hiểm chỉ số",
        "Chiến dịch truyền thông, tập huấn cho nông hộ nhỏ và các bên liên quan về bảo hiểm lúa dựa trên chỉ số, giải thích khác biệt "
        "với bảo hiểm năng suất từng hộ trước đây (thủ tục bồi thường chậm, thiếu hỗ trợ kỹ thuật); từng làm cho thí điểm ở An Giang.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "lBo134",
        "vi",
        "s_truyxuat",
        "Tem truy xuất nguồn gốc mã QR cho nông sản hợp tác xã",
        "Cung cấp tem QR để người tiêu dùng quét kiểm tra xuất xứ, quy trình sản xuất nông sản, chống hàng giả, hàng nhái; giúp HTX, "
        "hộ kinh doanh xây dựng thương hiệu và mở rộng thị trường.",
    ),
    (
        "lBo135",
        "vi",
        "s_vtcQR",
        "Hệ thống tem QR code quản lý dòng hàng thực phẩm",
        "Tem QR chứa thông tin sản phẩm, quy trình, địa điểm sản xuất; cơ sở kinh doanh kiểm soát dòng hàng, bảo vệ thương hiệu, "
        "người mua dùng điện thoại quét để biết nguồn gốc thực phẩm sạch.",
    ),
    (
        "lBo136",
        "en",
        "s_vnbusiness",
        "Barcode and blockchain product identity for cooperative produce",
        "Service that registers cooperative products with barcodes, QR codes or a blockchain record so buyers can trace the "
        "product's 'identity card' from farm to shelf and supermarkets accept it more readily.",
    ),
    (
        "lBo137",
        "en",
        "s_iotWeather",
        "Low-cost IoT weather monitoring station for smart farming",
        "Sensor station measuring temperature, humidity, wind and rainfall, sending data over the internet to a dashboard so "
        "growers can react to weather and reduce crop losses; built from low-cost microcontroller components.",
    ),
    (
        "lBo138",
        "en",
        "s_aws",
        "Automatic weather stations with LoRa connectivity and edge computing",
        "Design and deployment of automatic weather stations following WMO guidance, using low-cost sensors, LPWAN links and "
        "on-device deep-learning forecasts for agricultural and forest monitoring.",
    ),
    (
        "lBo139",
        "vi",
        "s_rainsensor",
        "Cảm biến đo mưa thông minh truyền dữ liệu tự động",
        "Thiết bị đo mưa kiểu gầu lật gắn module LoRa, NB-IoT hoặc 4G, kèm cảm biến nhiệt độ, độ ẩm, áp suất, gió; hoạt động tự động "
        "ở vùng xa, gửi số liệu thời gian thực lên máy chủ phân tích.",
    ),
    (
        "lBo140",
        "en",
        "s_mdpiRain",
        "Low-cost rain gauge network for urban flash-flood warning",
        "Energy-self-sufficient wireless rain gauges that also estimate drop size, deployed densely across a city to feed an "
        "AI model that predicts local heavy rain and flood-prone streets for emergency services.",
    ),
    (
        "lBo141",
        "vi",
        "s_silo",
        "Silo cải tiến bảo quản lúa gạo chống nóng, thông gió",
        "Mẫu silo do nhà khoa học trong nước chế tạo: mái giúp hạt chảy đều, quạt thông gió điều hòa nhiệt, vách chống nóng, giữ "
        "thóc ở nhiệt độ an toàn khoảng 35 độ C; thóc được làm sạch, sấy bổ sung rồi đưa vào silo bằng gàu tải.",
    ),
    (
        "lBo142",
        "vi",
        "s_khoDBSCL",
        "Hệ thống kho lương thực cơ giới hóa vùng ĐBSCL",
        "Kho silo và kho khung thép tiền chế tại 52 địa điểm ở 13 tỉnh, thành, sức chứa gần 4 triệu tấn, kèm thiết bị vận chuyển, "
        "sấy, xay xát, đánh bóng gạo; cơ giới hóa 80%, tự động hóa 20% để kiểm soát thông số bảo quản.",
    ),
    (
        "lBo143",
        "en",
        "s_wssv",
        "Twenty-minute strip test for white spot disease in shrimp",
        "Dot-blot diagnostic strip using gill fluid that detects white spot virus at the pond in 20 minutes, versus 3-5 days for "
        "laboratory results; expected to cost INR 100-200 per test instead of about INR 1,000.",
    ),
    (
        "lBo144",
        "en",
        "s_pcr",
        "Portable pond-side PCR kits for shrimp pathogens",
        "Handheld PCR testing that lets farmers diagnose viral diseases on site instead of sending samples away for days, though "
        "experts warn it is not a silver bullet against white spot.",
    ),
    (
        "lBo145",
        "vi",
        "s_wssv",
        "Que thử nhanh bệnh đốm trắng trên tôm tại ao",
        "Nhỏ dịch mang tôm lên que thử để phát hiện virus đốm trắng trong 20 phút thay vì chờ phòng thí nghiệm 3-5 ngày; chi phí "
        "dự kiến chỉ bằng 1/5-1/10 xét nghiệm hiện nay.",
    ),
    (
        "lBo146",
        "en",
        "s_iaqua",
        "Shrimp disease laboratory testing: PCR, histopathology, bacteriology",
        "Diagnostic lab service for shrimp farms: PCR for pathogens with known DNA sequence, histology of tissue sections when the "
        "cause is unknown, and bacterial culture with antibiotic sensitivity.",
    ),
    (
        "lBo147",
        "vi",
        "s_hoadon",
        "Dịch vụ hóa đơn điện tử cho doanh nghiệp, hộ kinh doanh",
        "Cung cấp và cài đặt phần mềm hóa đơn điện tử của các nhà cung cấp lớn với giá rẻ, hướng dẫn phát hành hóa đơn theo quy "
        "định thuế.",
    ),
    (
        "lBo148",
        "en",
        "s_kr",
        "Peer-to-peer consumer lending platform",
        "Online marketplace matching individual investors with borrowers for unsecured consumer loans at around 10-20% interest, "
        "accessible to anyone with a smartphone, marketed to investors as a high-return product.",
    ),
    (
        "lBo149",
        "en",
        "s_mobgis",
        "Machinery-ring logistics GIS for farmer cooperatives",
        "Mobile GIS that dispatches shared machines to members' fields, tracks them every 30 seconds and records completed work, "
        "with satellite NDVI crop growth views for farmers.",
    ),
    (
        "lBo150",
        "vi",
        "s_hocday",
        "Mô hình hợp tác xã đầu tư máy gặt đập liên hợp và máy sấy lúa",
        "Đề xuất HTX góp vốn đầu tư, quản lý máy gặt đập liên hợp, máy sấy để giảm nứt hạt, tổn thất sau thu hoạch và đưa lợi ích "
        "từ khâu sấy, xay xát về cho nông hộ.",
    ),
    (
        "lBo151",
        "en",
        "s_farmcredit",
        "Financial literacy modules for high-school agricultural education",
        "Lesson ideas for agriculture teachers: budgeting through farm projects, cost-benefit analysis through feed trials, loan "
        "literacy via simulated equipment purchases, record keeping through supervised agricultural experience projects.",
    ),
    (
        "lBo152",
        "vi",
        "s_bankviet",
        "Nghiên cứu mức độ hiểu biết tài chính ở Singapore",
        "Bài nghiên cứu so sánh hiểu biết tài chính của người dân Singapore theo bộ 'ba câu hỏi lớn' và đưa ra khuyến nghị chính "
        "sách phòng chống lừa đảo đầu tư, đa cấp, sàn ảo cho Việt Nam.",
    ),
    (
        "lBo153",
        "vi",
        "s_travinhtrade",
        "Sàn thương mại điện tử tỉnh cho sản phẩm OCOP và nông sản",
        "Sàn giao dịch điện tử cấp tỉnh cập nhật hơn 150 doanh nghiệp, 750 sản phẩm (nhiều sản phẩm OCOP), liên kết sàn với 18 tỉnh "
        "để kết nối cung cầu, quảng bá hàng hóa của đồng bào dân tộc thiểu số.",
    ),
    (
        "lBo154",
        "en",
        "s_legs",
        "Livestock emergency relief guidelines (destocking, feed, veterinary support)",
        "Discussion paper for humanitarian agencies on livestock interventions in crises, reviewing traditional social insurance "
        "among herders and loan-based schemes; aimed at relief planning rather than selling cover.",
    ),
    (
        "lBo155",
        "en",
        "s_villagebank",
        "Online banking user guide for a community bank",
        "User guide for a US community bank's online and mobile banking: enrolment, log-in, password reset, transfers and bill "
        "pay, for personal and business account holders.",
    ),
    (
        "lBo156",
        "en",
        "s_socky",
        "Children's savings-balance app from a credit union",
        "Mobile app that shows children their credit-union savings balance through a sock-puppet character when the phone is "
        "shaken, replacing paper receipts to teach kids that deposited money is kept safe.",
    ),
    (
        "lBo157",
        "vi",
        "s_sieuthipdf",
        "Quy trình kỹ thuật sản xuất lúa cao sản vùng đồng lụt",
        "Kết quả đề tài nhánh cấp nhà nước: quy trình canh tác lúa cao sản cho vùng ngập lũ ĐBSCL phục vụ vùng nguyên liệu chế biến "
        "và xuất khẩu gạo.",
    ),
    (
        "lBo158",
        "vi",
        "s_webbaohiem",
        "Bài học hệ thống sản phẩm bảo hiểm nông nghiệp Tây Ban Nha và Mỹ",
        "Tổng hợp kinh nghiệm: Tây Ban Nha có 58 loại sản phẩm (hợp đồng đơn rủi ro, đa rủi ro, mọi rủi ro), Nhà nước hỗ trợ một phần "
        "phí; Mỹ có chương trình bảo hiểm mùa màng đa rủi ro từ 1994; tài liệu tham khảo cho nhà hoạch định chính sách.",
    ),
    (
        "lBo159",
        "vi",
        "s_text123vm",
        "Bài thảo luận so sánh ví Viettel Money với đối thủ cạnh tranh",
        "Tiểu luận sinh viên học phần thương mại điện tử: lịch sử, pháp lý, cách cài đặt Viettel Money và so sánh với ví của nhà mạng "
        "khác.",
    ),
    (
        "lBo160",
        "en",
        "s_farmstand",
        "Shared bookkeeping models for hobby farmers",
        "Six ways for small hobby farms to share bookkeeping among trusted partners, cutting individual admin hours by 40-60% and "
        "catching errors through mutual review.",
    ),
    (
        "lBo161",
        "vi",
        "s_moj",
        "Nghiên cứu hoàn thiện pháp luật về bảo hiểm nông nghiệp",
        "Bài nghiên cứu pháp lý đánh giá Luật Kinh doanh bảo hiểm và văn bản hướng dẫn về bảo hiểm nông nghiệp, đề xuất phương hướng "
        "hoàn thiện; dành cho cơ quan xây dựng chính sách.",
    ),
    (
        "lBo162",
        "en",
        "s_farmlens",
        "Guide to organising a farmer cooperative and sharing resources",
        "Practical guide for cooperative leaders on structure, member roles, decision pathways, bulk input purchasing, shared "
        "equipment and collective negotiation with buyers.",
    ),
    (
        "lBo163",
        "vi",
        "s_lehboi",
        "Giải thích các cách thanh toán không dùng tiền mặt",
        "Bài viết phổ thông về séc, lệnh chuyển khoản, thẻ thanh toán và ví điện tử: nguồn gốc, ưu nhược điểm và khác biệt giữa tiền "
        "trong ví điện tử với tiền mặt.",
    ),
]
