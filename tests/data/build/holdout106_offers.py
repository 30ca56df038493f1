"""Offers of the holdout106 labelled set (veterinary services and animal health for smallholders).

Rows: (id, language, source key, title, description). Each offer paraphrases the public page of its source key.
"""

OFFERS = [
    (
        "mDo001",
        "vi",
        "asfvac_memart",
        "Cung cấp vắc xin dịch tả heo châu Phi đã được cấp phép kèm hướng dẫn sử dụng",
        "Chúng tôi phân phối các loại vắc xin phòng dịch tả heo châu Phi đang lưu hành tại Việt Nam như NAVET-ASFVAC, "
        "AVAC ASF LIVE và Dacovac-ASF2 (dạng nhược độc, đông khô). Vắc xin dùng cho heo khỏe từ 4–8 tuần tuổi trở lên, "
        "tiêm bắp hoặc dưới da 1–2 ml/liều tùy nhà sản xuất; kết quả thử nghiệm thực địa cho tỷ lệ bảo hộ trên 95%. "
        "Kèm tài liệu hướng dẫn đối tượng tiêm, bảo quản và lịch tiêm cho mô hình nông hộ lẫn trang trại.",
    ),
    (
        "mDo002",
        "en",
        "asf_vietstock",
        "AVAC ASF LIVE: freeze-dried live attenuated African swine fever vaccine",
        "Domestically produced ASF vaccine based on the attenuated ASF-G-ΔMGF strain grown on the company's own DMAC cell "
        "line. Indicated for healthy market pigs from 4 weeks of age; one 2 ml intramuscular dose after reconstitution with "
        "the supplied diluent only. Store at 2–8 °C away from direct sunlight. We stress that vaccination works only "
        "together with farm biosecurity and supply usage guidance for different groups of pigs.",
    ),
    (
        "mDo003",
        "en",
        "asf_backan",
        "Technical guidance on ASF vaccination technique and managing post-vaccination reactions",
        "A provincial livestock and animal health sub-department issues and trains on a field protocol for African swine "
        "fever vaccination: which licensed vaccines may be used (NAVET-ASFVAC, AVAC ASF LIVE), eligible pigs (healthy "
        "weaners, fatteners and gilts from 4 weeks), injection technique, and how to handle pigs that react after the "
        "injection. Suitable for district staff and farmer groups organising a vaccination round.",
    ),
    (
        "mDo004",
        "vi",
        "asf_shic",
        "Vắc xin DTHCP thương mại bán trực tiếp cho người chăn nuôi, giá khoảng 1,5 USD/liều",
        "Hai vắc xin phòng dịch tả heo châu Phi được Bộ Nông nghiệp phê duyệt cho sử dụng thương mại là NAVET-ASFVAC "
        "(Navetco) và AVAC ASF LIVE (AVAC Việt Nam). Nông dân tự mua, nhà nước không cấp miễn phí; giá ước khoảng 1,5 USD "
        "mỗi liều. Hai loại có quy định khác nhau về tuổi heo con được tiêm và thời gian miễn dịch; đợt tiêm thí điểm "
        "600.000 liều cho kết quả tích cực ở quy mô nhỏ.",
    ),
    (
        "mDo005",
        "en",
        "asf_pigprogress",
        "Advisory: running ASF vaccination under controlled conditions (lessons from the Vietnamese rollout)",
        "Based on Vietnam's experimental ASF vaccination programme – a trial on 2 farms with 258 pigs, then more than "
        "21,000 doses in 20 localities – we advise authorities and farm groups on controlled vaccination: correct age "
        "and dose, following ministry guidance, and monitoring after each round. Deaths reported in some provinces were "
        "linked to uncontrolled self-vaccination with vaccine sold directly to farmers; the plan scales to 600,000 doses.",
    ),
    (
        "mDo006",
        "en",
        "asf_danviet",
        "Veterinary drug dealer: DACOVAC-ASF2 vaccine with on-farm support from storage to aftercare",
        "Our local veterinary drug agency supplies the DACOVAC-ASF2 African swine fever vaccine to small farms and "
        "accompanies first-time users: cold storage of the vaccine, injection at the farm, and care before, during and "
        "after vaccination (electrolytes and liver-support products in drinking water). A farmer with 50 fattening pigs "
        "started by vaccinating 25 of them and kept them healthy to sale, alongside insect netting and disinfection.",
    ),
    (
        "mDo007",
        "vi",
        "asf_penside_shic",
        "Xét nghiệm PCR tại chuồng (pen-side) phát hiện sớm virus dịch tả heo châu Phi",
        "Nghiên cứu tại Việt Nam (tài trợ bởi SHIC) so sánh ba xét nghiệm tại chuồng: một bộ PCR phát hiện ADN virus và "
        "hai que thử nhanh kháng nguyên. Bộ PCR tại chuồng phát hiện heo nhiễm từ ngày thứ 2 sau nhiễm với máu toàn phần "
        "và ngày thứ 3 với dịch ngoáy miệng; độ nhạy 97,8%, độ đặc hiệu 100% so với real-time PCR phòng thí nghiệm. Que "
        "kháng nguyên chỉ đạt độ nhạy 47,8%. Đã đánh giá trên 205 heo thực địa.",
    ),
    (
        "mDo008",
        "en",
        "asf_ksu_kit",
        "On-farm African swine fever antigen test kit (20-minute strip test)",
        "Test kit developed by Kansas State University and Silver Lake Research using licensed ASF antibodies: a drop of "
        "blood is mixed with water in a tube and a strip is read after 20 minutes. In the laboratory it detected ASF 95% "
        "of the time with one false positive, and it is being field-tested in Vietnam and Cambodia. It is faster than a "
        "laboratory test though less sensitive, and works best on pigs already showing moderate to severe signs.",
    ),
    (
        "mDo009",
        "en",
        "asf_8labs",
        "Free confirmatory ASF testing by PCR at designated Department of Animal Health laboratories",
        "Eight laboratories under the Department of Animal Health are designated to confirm African swine fever by "
        "conventional PCR and real-time PCR. Local veterinary services take samples from suspect herds and send them to "
        "these laboratories (regional animal health offices, starting with Regional Office I in Hanoi); testing of "
        "suspect cases is free of charge.",
    ),
    (
        "mDo010",
        "vi",
        "asf_pcr_ntt",
        "Quy trình PCR phát hiện virus dịch tả heo châu Phi – phòng thí nghiệm công nghệ sinh học đại học",
        "Khoa Công nghệ Sinh học, Trường Đại học Nguyễn Tất Thành đã xây dựng phản ứng PCR phát hiện ASFV gây bệnh trên heo "
        "tại Việt Nam, có đánh giá độ đặc hiệu và độ nhạy của cặp mồi trên mẫu bệnh. Nhận mẫu xét nghiệm và chuyển giao "
        "quy trình cho phòng thí nghiệm thú y địa phương.",
    ),
    (
        "mDo011",
        "en",
        "asf_rdt_laos",
        "Field validation of ASF antigen rapid tests against PCR",
        "We evaluate commercial ASF antigen rapid diagnostic tests before you rely on them. In Lao PDR an antigen RDT was "
        "compared with PCR on 57 positive and 50 negative samples (whole blood, serum, haemolysed serum): sensitivity 65% "
        "and specificity 76%, with much better results on samples with low PCR Ct values (each extra cycle cut the odds of "
        "a positive RDT by 17%). We help labs and farm groups decide where an RDT is useful.",
    ),
    (
        "mDo012",
        "en",
        "asf_ab_rapid",
        "ASF virus antibody rapid test for serum or plasma",
        "Lateral-flow immunoassay (Sabervet) for qualitative detection of antibodies against African swine fever virus "
        "in pig serum or plasma. Useful to determine past ASFV infection; product sheet also lists clinical signs of the "
        "acute, subacute and chronic forms (fever 40–42 °C, haemorrhages, mortality up to 90–100% in acute cases).",
    ),
    (
        "mDo013",
        "en",
        "nlu_vetlab",
        "Veterinary hospital laboratory: bacterial isolation, blood, faecal, skin and histology tests",
        "The laboratory of the Veterinary Hospital, Nong Lam University HCMC, isolates the bacteria behind livestock and "
        "pet infections – E. coli, Salmonella, Streptococcus, Staphylococcus, Clostridium, and in pigs Actinobacillus "
        "pleuropneumoniae, Mycoplasma, Haemophilus parasuis and Bordetella – so that treatment can target the actual "
        "pathogen and the right drug. It also runs blood, faecal, skin and histopathology tests for clinicians.",
    ),
    (
        "mDo014",
        "vi",
        "of_guidelines",
        "Hướng dẫn giám sát virus trên đàn heo bằng mẫu dịch miệng (oral fluid)",
        "Bộ hướng dẫn lấy mẫu và xét nghiệm dịch miệng để giám sát virus gây bệnh trên heo: được đề xuất từ năm 2008 cho "
        "PRRSV và PCV2, nay đã mở rộng phát hiện từ 23 loại virus trở lên và áp dụng cho quần thể trên 12.000 heo. Thay "
        "cho lấy máu từng con, mẫu dịch miệng được xét nghiệm bằng ELISA và RT-PCR, cho dữ liệu kịp thời để ra quyết "
        "định quản lý sức khỏe đàn.",
    ),
    (
        "mDo015",
        "en",
        "of_pork_rope",
        "Pen-based cotton-rope oral fluid sampling for PRRSV and PCV2 surveillance",
        "Low-cost oral fluid sampling: each pen sample needs a length of cotton rope, a plastic bag and a snap-cap tube; "
        "labour is hanging and collecting the rope. Oral fluids worked well with PCR for PRRSV, PCV2, swine influenza and "
        "TTV. We recommend sampling every 3–4 weeks; in grow-finish barns about 6 samples per building (around 15% of "
        "pens) detected circulating PRRSV and PCV2.",
    ),
    (
        "mDo016",
        "en",
        "ncvd_vilas",
        "National Centre for Veterinary Diagnosis – VILAS 332 accredited animal disease tests",
        "The National Centre for Veterinary Diagnosis (Department of Animal Health) holds VILAS 332 accreditation valid "
        "from 02/2025 to 02/2030 for a 19-page list of biological tests. Departments such as bacteriology test samples "
        "from cattle, pigs, chickens, ducks, geese, birds, dogs and cats, as well as livestock water and animal products "
        "(e.g. aerobic plate counts). Located in Sóc Sơn, Hanoi; receives samples from provinces.",
    ),
    (
        "mDo017",
        "vi",
        "pig_biosec_tayninh",
        "Hướng dẫn chăn nuôi heo an toàn sinh học quy mô nông hộ",
        "Sở Nông nghiệp tỉnh Tây Ninh hướng dẫn hộ chăn nuôi heo nhỏ lẻ xây dựng cơ sở an toàn sinh học: yêu cầu về chuồng "
        "trại, vệ sinh, kiểm soát người và vật ra vào, nguồn thức ăn, nước uống. Mục tiêu là giảm nguy cơ xâm nhiễm dịch "
        "tả heo châu Phi – các ổ dịch ghi nhận phần lớn xảy ra ở hộ nhỏ không kiểm soát được nguồn lây.",
    ),
    (
        "mDo018",
        "vi",
        "pig_biosec_bcc",
        "Tư vấn thiết kế trại heo an toàn sinh học: vị trí, hàng rào, phân khu",
        "Tư vấn điều kiện chăn nuôi heo an toàn sinh học: trại cách nguồn nước mặt, trường học, bệnh viện, khu dân cư và "
        "đường chính tối thiểu 100 m, cách nhà máy chế biến, chợ và lò mổ heo tối thiểu 1 km; có hàng rào hoặc tường bao, "
        "hố khử trùng ở cổng và đầu mỗi dãy chuồng; tách khu chăn nuôi, khu sát trùng, khu cách ly, khu lấy mẫu và khu "
        "xử lý chất thải.",
    ),
    (
        "mDo019",
        "en",
        "pig_biosec_scribd",
        "Pig farm biosecurity manual: 5 entry routes and 15 disease transmission factors",
        "Training manual on biosecurity in pig farms covering construction and production zones, people, food and "
        "materials, vehicles, feed and incoming animals, pests, and environment, water, air and manure. Recommends farms "
        "at least 3 km from residential areas, more than 1 km from other farms and 0.5–1 km from highways, 10–30 m between "
        "zones, a clean-to-dirty flow, and an isolation pen at the end of each barn row.",
    ),
    (
        "mDo020",
        "vi",
        "asf_burn_procedure",
        "Quy trình đốt tiêu hủy xác heo bệnh tại hố (cho 1.000 kg xác)",
        "Quy trình đốt xác heo chết vì dịch bệnh: chuẩn bị 300 kg củi khô (đường kính từ 10 cm, dài 80–100 cm), 2 lít dầu "
        "diesel, 10 kg vôi bột và thuốc sát trùng (Virkon S, Chloramine B/T hoặc iodine); đào hố 1×1×1 m; xếp củi dày "
        "30–40 cm, đốt rồi đặt xác nguyên con, con nhỏ trước con lớn; khi cháy thành tro thì phun sát trùng (Virkon S "
        "10 g/lít) và lấp tro. Có đồ bảo hộ dùng một lần cho người thực hiện.",
    ),
    (
        "mDo021",
        "en",
        "asf_burn_4178",
        "Guidance for disposing of ASF pigs by burning where burial is impractical",
        "Ministry guidance (dispatch 4178/HD-BNN-TY, 14/6/2019) for Mekong Delta localities with dense canals, where "
        "burying pigs that died of African swine fever is difficult: kill animals humanely before disposal, choose the "
        "site with the authorities near the outbreak but away from unaffected pig farms, transport carcasses bagged in "
        "sealed-floor vehicles disinfected before and after, and protect and disinfect the workers.",
    ),
    (
        "mDo022",
        "vi",
        "ped_us_surveillance",
        "Gói giám sát chủ động và an toàn sinh học giảm dịch tiêu chảy cấp PED",
        "Mô hình áp dụng ở một hệ thống chăn nuôi lớn: giám sát PEDV chủ động khi nhập heo, trước xuất bán và khi có tiêu "
        "chảy; kết hợp tách riêng dụng cụ cho từng trại và quy định đi lại của nhân viên giữa các trại. Trước can thiệp "
        "36,5% trại (100/274) bị nhiễm, tỷ lệ mới mắc 2,41/100 trại-tuần; sau can thiệp còn 0,37 – giảm 84,65%.",
    ),
    (
        "mDo023",
        "vi",
        "ped_pigsite_biosec",
        "Danh mục yếu tố nguy cơ PED để rà soát an toàn sinh học trại heo",
        "Tổng hợp yếu tố nguy cơ nhiễm virus PED từ khảo sát trại: xe chở cám, xe bắt heo và xe thu gom xác ra vào nhiều; "
        "mượn rơ-moóc của trại khác; xuất heo loại, heo cai sữa; người nhà làm ở lò mổ hoặc trại khác; chim hoang, chuột "
        "trong chuồng. Dùng làm bảng kiểm để giảm các hoạt động này và siết an toàn sinh học với khách.",
    ),
    (
        "mDo024",
        "vi",
        "prrs_mindfarm6",
        "Bộ biện pháp an toàn sinh học phòng bệnh tai xanh (PRRS) cho trại heo",
        "Kết hợp tiêm vắc xin với an toàn sinh học: khu sát trùng xe riêng có rào chắn và hố sát trùng; người vào trại "
        "thay đồ, tắm sát khuẩn, cách ly 48 giờ nếu đến từ trại khác; chỉ dùng tinh dịch có giấy âm tính PRRS; nuôi theo "
        "nhóm tuổi, cùng vào – cùng ra, trống chuồng và sát trùng giữa các lứa; phun iodine, glutaraldehyde hoặc Virkon "
        "1–2 lần/tuần và lấy mẫu môi trường định kỳ.",
    ),
    (
        "mDo025",
        "vi",
        "prrs_mindfarm5",
        "Lịch tiêm vắc xin PRRS theo từng nhóm heo",
        "Tư vấn tiêm vắc xin tai xanh đúng đối tượng, đúng thời điểm, đúng loại (nhược độc hoặc vô hoạt): heo hậu bị tiêm "
        "mũi 1 lúc 14–16 tuần tuổi, nhắc sau 3–4 tuần, mũi cuối ít nhất 4 tuần trước phối; nái nhắc 3–6 tháng/lần hoặc "
        "3–4 tuần trước đẻ với vắc xin vô hoạt; nọc 4–6 tháng/lần; heo con tiêm từ 3–4 tuần tuổi, nhắc sau 3 tuần. Không "
        "tiêm khi đàn đang có dịch cấp tính.",
    ),
    (
        "mDo026",
        "en",
        "prrs_porcilis_nlu",
        "Challenge testing of PRRS vaccine protection against heterologous field strains",
        "The Faculty of Animal Science and Veterinary Medicine, Nong Lam University HCMC, has run challenge trials to "
        "measure how well the Porcilis PRRS vaccine protects pigs against a heterologous PRRS field virus. We offer the "
        "same experimental design to vaccine suppliers and farms that want evidence a vaccine covers locally circulating "
        "strains.",
    ),
    (
        "mDo027",
        "vi",
        "ped_wattag",
        "Chương trình feedback tạo miễn dịch đàn nái khi có dịch PED",
        "Khi dịch tiêu chảy cấp PED bùng phát (heo con theo mẹ chết 80–100%, tỷ lệ mắc có thể tới 100%), bác sĩ thú y có "
        "thể thiết lập chương trình feedback: cho nái tiếp xúc có kiểm soát với vật liệu chứa mầm bệnh để đồng đều miễn "
        "dịch trong 2–4 tuần, truyền kháng thể qua sữa đầu cho heo con. Luôn kèm tăng cường an toàn sinh học.",
    ),
    (
        "mDo028",
        "en",
        "ssuis_cgiar",
        "Streptococcus suis screening of slaughter pig blood and risk communication",
        "PCR screening of blood from slaughtered pigs for Streptococcus suis and serotype 2, with a survey of households and "
        "slaughterhouse workers on eating raw pig blood (tiết canh). In Hung Yen and Nghe An, 33.3% of 147 blood samples "
        "were S. suis positive but only 1.4% serotype 2; 3.4% of 406 household heads but 43.1% of 51 slaughter workers ate "
        "raw blood. Results feed into risk-reduction messages.",
    ),
    (
        "mDo029",
        "vi",
        "em_piglet_diarrhea",
        "Chế phẩm EM-TK21 phòng trị tiêu chảy heo con thay kháng sinh",
        "Kết quả nghiên cứu tại Viện Thú y quốc gia: xác định vai trò của E. coli, Salmonella và Clostridium perfringens "
        "trong bệnh tiêu chảy heo con 1–90 ngày tuổi và ứng dụng chế phẩm vi sinh hữu hiệu EM-TK21 để phòng và trị, "
        "giảm phụ thuộc kháng sinh. Chuyển giao cho trại giống và hộ nuôi heo nái.",
    ),
    (
        "mDo030",
        "en",
        "ecoli_piglet_bacgiang",
        "Antibiogram of E. coli isolated from piglet white scours",
        "Isolation of Escherichia coli from piglets with diarrhoea and disc-diffusion antibiogram to pick an antibiotic "
        "that still works. Resistance in enteric E. coli rises fast because resistance genes sit on R plasmids passed "
        "vertically and horizontally, so the test is needed before treating scours in a herd.",
    ),
    (
        "mDo031",
        "vi",
        "ai_navet_vifluvac",
        "Vắc xin cúm gia cầm NAVET-VIFLUVAC (chủng NIBGR-14) sản xuất trong nước",
        "Trung tâm nghiên cứu thú y – Công ty Navetco sản xuất vắc xin cúm gia cầm NAVET-VIFLUVAC từ chủng NIBGR-14, "
        "chủ động nguồn cung thay cho vắc xin nhập khẩu chi phí cao. Vắc xin kết hợp vệ sinh phòng bệnh giúp duy trì miễn "
        "dịch quần thể ở ngưỡng bảo hộ cho đàn gà, vịt.",
    ),
    (
        "mDo032",
        "en",
        "hpai_alt_vacc_rrd",
        "Targeted HPAI H5N1 vaccination planning: every production cycle in mapped high-risk areas",
        "Geospatial cost-effectiveness analysis comparing Vietnam's twice-yearly blanket H5N1 vaccination (Red River "
        "Delta, 2005–2010) with vaccinating every production cycle at the recommended bird age only in high-risk areas "
        "located by boosted regression tree models. We apply the method to other provinces to plan where and when to "
        "vaccinate short-cycle flocks.",
    ),
    (
        "mDo033",
        "en",
        "h5_sero_vn",
        "Post-vaccination H5 serosurveillance in chickens and ducks (HI test, ELISA screening)",
        "Serological monitoring after H5N1 vaccination using the haemagglutination inhibition test, validated on field "
        "samples against a pseudotype virus-neutralisation reference. Positivity cut-off ≥4 log2 for chickens and 3 log2 "
        "for ducks; a commercial H5-ELISA can screen large numbers if positives are confirmed by HI.",
    ),
    (
        "mDo034",
        "vi",
        "cal_serology",
        "Phòng xét nghiệm huyết thanh gia cầm bằng ELISA (chuẩn ISO/IEC 17025)",
        "Phòng thí nghiệm bán tự động dùng bộ kit ELISA BioChek, được công nhận ISO/IEC 17025 cho cúm gia cầm, Newcastle "
        "và Salmonella Enteritidis. Kiểm tra kháng thể để biết mẫu sạch kháng thể, hiệu quả tiêm vắc xin hay đàn đã nhiễm "
        "thực địa; danh mục gồm AI, ND, IBD, IB, ILT, EDS, CAV, Mycoplasma MG/MS, ORT, Reovirus, TRT.",
    ),
    (
        "mDo035",
        "en",
        "agrifutures_nd_elisa",
        "Newcastle disease ELISA kits validated against HI for post-vaccination monitoring",
        "Project comparing three commercial NDV ELISA kits with the haemagglutination inhibition test on field sera from "
        "vaccinated flocks. After a single live V4 dose results varied, but after two or three doses (live then "
        "inactivated) agreement with HI on flock immune status was 100%. ELISA gives easier, higher-throughput "
        "post-vaccination titre monitoring.",
    ),
    (
        "mDo036",
        "vi",
        "nd_lasota_ctu",
        "Kiểm tra kháng thể HI sau tiêm vắc xin Newcastle – Trường Đại học Cần Thơ",
        "Phòng thí nghiệm thú y Trường Đại học Cần Thơ đánh giá đáp ứng kháng thể của gà sau chủng ngừa Newcastle bằng phản "
        "ứng ức chế ngưng kết hồng cầu (HI). Vắc xin chủng Lasota cho kháng thể nhanh, GMT 10,56 so với 4,92 của chủng F, "
        "đạt hiệu giá bảo hộ 2 tuần sau chủng; nhỏ mắt cho hiệu giá cao hơn các đường cấp khác. Nhận mẫu huyết thanh kiểm tra.",
    ),
    (
        "mDo037",
        "vi",
        "fao_biosec_poultry_vi",
        "Khóa tập huấn FAO: thực hành an toàn sinh học kiểm soát cúm gia cầm độc lực cao",
        "Tài liệu hướng dẫn học viên của FAO (Việt Nam, 6/2011) về cách tiếp cận đồng bộ sức khỏe gia cầm và chăn nuôi an "
        "toàn: đặc điểm, triệu chứng, dịch tễ cúm gia cầm độc lực cao; mầm bệnh, đường lây và yếu tố nguy cơ; biện pháp "
        "kiểm soát dịch và nguyên tắc an toàn sinh học áp dụng cho hộ nuôi gà, vịt.",
    ),
    (
        "mDo038",
        "en",
        "fao_biosec_chain",
        "Biosecurity, registration and certification support along the poultry production chain",
        "FAO ECTAD and the Department of Livestock Production project (from December 2017) to improve biosecurity and "
        "husbandry on broiler and layer farms and hatcheries, and to build local capacity for registering, auditing and "
        "certifying hatcheries and farms. Context: Vietnam recorded 127 human H5N1 cases with 64 deaths and continues to "
        "see H5N1 and H5N6 poultry outbreaks.",
    ),
    (
        "mDo039",
        "en",
        "navetvifluvac_haiphong",
        "Field application of NAVET-VIFLUVAC avian influenza vaccine by a city veterinary sub-department",
        "Report on how a city animal health sub-department deployed the domestic NAVET-VIFLUVAC vaccine in its avian "
        "influenza prevention programme: organising vaccination rounds for poultry flocks, technique and follow-up. "
        "Shared as a working model for other districts.",
    ),
    (
        "mDo040",
        "vi",
        "nd_i2_lrrd",
        "Vắc xin Newcastle chịu nhiệt I-2 nhỏ mắt cho gà thả vườn, triển khai qua người tiêm phòng cộng đồng",
        "Vắc xin I-2 chịu nhiệt, nhỏ mắt, đưa vào miền Nam châu Phi từ năm 1996 và kiểm soát hiệu quả bệnh Newcastle ở gà "
        "làng. Mô hình thành công gồm: vắc xin sản xuất tại chỗ có kiểm định, đóng gói và cách nhỏ phù hợp, chuỗi lạnh và "
        "phân phối qua thú y địa phương, ba đợt tiêm mỗi năm, tài liệu khuyến nông và người tiêm phòng cộng đồng được nông dân tin tưởng.",
    ),
]

OFFERS += [
    (
        "mDo041",
        "en",
        "nd_alders_apaari",
        "Thermotolerant Newcastle disease vaccine technology for village chickens",
        "Package drawn from the Asia-Pacific success story on controlling Newcastle disease in village chickens with "
        "thermotolerant vaccines (R. Alders, APAARI 2003): research results, the keys to success, how institutions in the "
        "region coordinated, and a list of sources of live thermotolerant ND vaccine. Aimed at agencies that must vaccinate "
        "scavenging flocks where a cold chain cannot be kept.",
    ),
    (
        "mDo042",
        "en",
        "nd_ethiopia_cv",
        "Community vaccinator scheme with thermostable eye-drop Newcastle vaccine",
        "Participatory model for backyard poultry: select and train community vaccinators (two per village) on diagnosing "
        "major poultry diseases and on preparing, handling and giving thermostable ND vaccine by eye drop, one drop per "
        "bird for all ages. In the pilot, 362 chickens from 54 households were vaccinated in two rounds before the "
        "seasonal peak of Newcastle disease, at a gathering point convenient to households.",
    ),
    (
        "mDo043",
        "en",
        "ibd_nlu_mb",
        "Gumboro (IBD) vaccine with M.B. strain that breaks through maternal antibodies",
        "Field trial by Nong Lam University and Vetstar on six broiler houses of 15,000–16,000 birds each: the M.B.-strain "
        "IBD vaccine gave significantly higher IBD antibody titres at 28 and 35 days than LIBDV or Winterfield 2512 "
        "vaccines, a more uniform bursa with fewer lesions, and no interference with Newcastle vaccination titres.",
    ),
    (
        "mDo044",
        "vi",
        "polyvalent_nd_ibd_ib",
        "Vắc xin đa giá nhỏ mắt phòng cùng lúc Newcastle, Gumboro và viêm phế quản truyền nhiễm",
        "Xí nghiệp thuốc thú y trung ương sản xuất thử nghiệm vắc xin đa giá phòng ba bệnh Newcastle, Gumboro và IB cho gà. "
        "Năm lô kiểm nghiệm đều đạt vô trùng, an toàn và hiệu lực; thử thách cường độc cho tỷ lệ bảo hộ Newcastle 86,66%. "
        "Giảm số lần bắt gà, phù hợp hộ nuôi gà ta quy mô nhỏ.",
    ),
    (
        "mDo045",
        "vi",
        "cocci_herbal_ajas",
        "Giải pháp thảo dược phòng cầu trùng gà không dùng thuốc hóa học",
        "Tổng hợp công nghệ kiểm soát cầu trùng (Eimeria) khi thuốc trị cầu trùng ngày càng bị kháng: các chế phẩm thảo "
        "dược như Artemisia annua (thanh hao hoa vàng), Bidens pilosa (xuyến chi) và tỏi làm giảm lượng noãn nang thải ra, "
        "hạn chế Eimeria phát triển trong ruột và giảm tính thấm thành ruột. Tư vấn phối trộn cho mô hình gà nuôi “không "
        "hóa chất cầu trùng”.",
    ),
    (
        "mDo046",
        "en",
        "cocci_diag_korea",
        "Coccidiosis diagnosis for poultry flocks: lesion scoring, oocyst counts, molecular tests",
        "Diagnostic service for poultry coccidiosis combining field and laboratory techniques – intestinal lesion scoring, "
        "faecal oocyst counting, and biochemical and molecular identification of Eimeria species – with advice on "
        "vaccination, prophylactic anticoccidials and their drawbacks (vaccine-induced coccidiosis, drug resistance, residues).",
    ),
    (
        "mDo047",
        "vi",
        "pullorum_tcvn",
        "Chẩn đoán bệnh bạch lỵ và thương hàn gà theo TCVN 8400-12:2011",
        "Phòng thí nghiệm thực hiện quy trình chẩn đoán bệnh bạch lỵ (pullorum) và thương hàn gà theo tiêu chuẩn quốc gia "
        "TCVN 8400-12:2011 do Cục Thú y biên soạn. Phù hợp kiểm tra đàn gà giống, gà bố mẹ trước khi cung cấp con giống.",
    ),
    (
        "mDo048",
        "en",
        "dhv_laodong",
        "Duck viral hepatitis: farm hygiene and disinfection guidance",
        "Guidance for duck farms on duck viral hepatitis (DHV types 1–3), which hits ducklings under 6 weeks, especially "
        "under 3 weeks, with mortality up to 100% and heavy losses in southern Vietnam. The virus resists ether and "
        "chloroform, is inactivated by 1% formaldehyde or 2% NaOH within 2 hours or 30 minutes at 56 °C, and survives more "
        "than 37 days in damp litter and droppings – so we set out cleaning and disinfection between batches.",
    ),
    (
        "mDo049",
        "vi",
        "dhv_rscheman",
        "Tư vấn phòng bệnh viêm gan vịt theo từng lứa nuôi",
        "Bệnh viêm gan vịt do virus type I và II chủ yếu, vịt 1–7 tuần tuổi, ủ bệnh khoảng 24 giờ, chết tập trung ngày thứ "
        "2–4, có khi 100% vịt con. Ở trại nuôi liên tục, bệnh xuất hiện sớm dần: lứa đầu lúc 40–50 ngày tuổi, lứa hai 30–35 "
        "ngày, lứa ba 14–20 ngày, từ lứa bốn ngay từ khi nở đến 10 ngày. Hướng dẫn phòng trừ tại trại theo lịch lứa.",
    ),
    (
        "mDo050",
        "en",
        "dhv_daixuyen",
        "Vaccination programmes for ducks and Muscovy ducks against avian influenza and duck viral hepatitis",
        "Dai Xuyen Duck Research Centre, with the National Centre for Veterinary Diagnosis, measured immune responses "
        "(2008–2010): after the second H5N1 dose ducks reached a mean titre of 6.6 log2 with 100% protection at 30 days; a "
        "single duck hepatitis vaccine dose protected ducklings through the whole susceptible period; breeder ducks "
        "vaccinated three times before laying passed higher maternal immunity than those boosted twice.",
    ),
    (
        "mDo051",
        "en",
        "ra_duck_ovj",
        "Riemerella anatipestifer isolation, serotyping and antimicrobial susceptibility for duck farms",
        "Bacteriology department of the Institute of Veterinary Research and Development (Nha Trang) isolates R. "
        "anatipestifer on blood and chocolate agar, confirms it by API 20NE and 16S rRNA sequencing, serotypes by slide "
        "agglutination and runs disc-diffusion susceptibility. From 408 samples of ducks with septicaemia, 69 strains were "
        "identified; data guide treatment and vaccine strain choice.",
    ),
    (
        "mDo052",
        "en",
        "botulism_duck_ctu",
        "Botulism diagnosis in free-range ducks and C. botulinum testing of grazing areas",
        "Can Tho University veterinary department diagnoses botulism in field-running ducks (limberneck, drooping eyelids, "
        "leg paralysis), confirms toxin type by mouse bioassay and tests soil, water, crabs and snails from grazing fields "
        "for Clostridium botulinum by PCR. A survey of 200 flocks (187,050 ducks) in An Giang, Can Tho, Hau Giang and Kien "
        "Giang found 1.19% of ducks affected.",
    ),
    (
        "mDo053",
        "vi",
        "duck_salmonella_qngai",
        "Phân lập Salmonella và chọn kháng sinh điều trị thương hàn vịt con",
        "Nghiên cứu ở Sơn Tịnh (Quảng Ngãi): vịt mắc thương hàn 18,22% (3.634/19.950 con); 80/118 mẫu vịt con dương tính "
        "Salmonella. Kháng sinh đồ cho thấy chủng nhạy cao với cefotaxime, rifampin, đề kháng 100% với tetracycline và "
        "neomycin; điều trị thực nghiệm khỏi 86,04% với cefotaxime và 88,66% với ceftiofur. Nhận phân lập và làm kháng sinh đồ cho trại vịt.",
    ),
    (
        "mDo054",
        "vi",
        "duck_itinerant_cantho",
        "Thiết kế giám sát dịch bệnh cho đàn vịt chạy đồng",
        "Dựa trên khảo sát vịt chạy đồng ở Cần Thơ và Bạc Liêu (3/2008): trên 80% vịt được tiêm vắc xin cúm H5N1 ở 93% thôn, "
        "59% chủ vịt đưa đàn ra khỏi xã, 37% ra khỏi huyện; đàn trên 800 con có khả năng đi xa gấp 7,24 lần đàn dưới 250 "
        "con. Tư vấn tập trung giám sát vào đàn vịt đẻ và đàn lớn hay di chuyển, nơi vịt bán cho thương lái.",
    ),
    (
        "mDo055",
        "en",
        "duck_freegrazing_plos",
        "Movement and contact mapping of long-distance free-grazing duck flocks",
        "Study design and tools from South Vietnam: interviews with duck farmers, transporters and rice-field owners plus "
        "a virological survey showed frequent direct and indirect contacts between flocks moved by boat, truck or on foot "
        "across district and province borders; a third of flocks were influenza A positive (none H5). Used to target "
        "biosecurity advice and risk models for field-running ducks.",
    ),
    (
        "mDo056",
        "en",
        "hpai_duck_tiengiang",
        "Outbreak investigation of H5N1 in vaccinated meat ducks and vaccine-match advice",
        "Field and laboratory investigation of suspected HPAI in 12 meat-duck flocks (Tien Giang, 2013): real-time RT-PCR "
        "confirmed H5N1 in 8 farms and sequencing identified clade 2.3.2.1c, while most had received clade 2.3.4 vaccine "
        "under 6 days before signs. Two-dose coverage was only 21.2% and flocks live 60–70 days, so we advise on vaccine "
        "strain match and timing.",
    ),
    (
        "mDo057",
        "en",
        "lsd_van",
        "Emergency lumpy skin disease vaccination of cattle and buffalo with Lumpyvac",
        "Emergency LSD vaccination using the imported Lumpyvac vaccine (Turkey), under the ministry's dispatch of February "
        "2021: buffalo and cows develop antibodies 28, 35 and 42 days after injection. Priority goes to herds in and around "
        "outbreak areas and high-risk zones within about 100 km of outbreaks; by then 81 outbreaks with 805 infected "
        "animals had been recorded in 15 provinces.",
    ),
    (
        "mDo058",
        "en",
        "lsd_phutho",
        "Lumpy skin disease control guidance: disinfectants, vector control, movement",
        "Practical guidance from a provincial agriculture department: the capripox virus survives for months in dark, "
        "damp, dirty barns but is killed above 55 °C and by chloroform, 1% formalin, iodine diluted 1:33 or 2% Virkon. "
        "Spread is mainly by biting insects (mosquitoes, flies, ticks), contact, transport of carrier cattle and shared "
        "troughs; morbidity 10–20%, mortality 1–5%. Covers disinfection, insect control and isolation of sick animals.",
    ),
    (
        "mDo059",
        "en",
        "lsd_pmc_review",
        "Choosing a lumpy skin disease vaccine: live attenuated versus inactivated",
        "Expert review to help veterinary authorities and farmers select LSD vaccines: quality, efficacy, safety, side "
        "effects and price of homologous live attenuated, goatpox- and sheeppox-based and inactivated vaccines; "
        "vaccination strategies; and how seroconversion affects the tools used to check campaign effectiveness.",
    ),
    (
        "mDo060",
        "en",
        "fmd_tienphong",
        "Foot-and-mouth disease vaccine types O, A and Asia 1 under the national programme",
        "The Department of Animal Health allocated more than 1.2 million doses of FMD vaccine (types O, A and Asia 1) to "
        "localities in the national programme. First-time vaccinated cattle must get a booster after 28 days and then a "
        "dose every six months; each round must reach at least 80% of the herd.",
    ),
    (
        "mDo061",
        "vi",
        "fmd_laos",
        "Mô hình tổ chức tiêm vắc xin lở mồm long móng cho nông hộ (kinh nghiệm Lào)",
        "Bài học từ chương trình cấp 1.620.000 liều vắc xin LMLM cho trâu bò ở vùng nguy cơ cao của Lào (2012–2016): "
        "hơn 91% trong 168 nông hộ được phỏng vấn cho biết gia súc đã được tiêm, trên 86% đánh giá tốt; không còn ca bệnh "
        "ở các tỉnh được tiêm sau 5/2013, thu nhập từ bán trâu bò tăng. Tư vấn thiết kế chương trình tiêm cho hộ nhỏ.",
    ),
    (
        "mDo062",
        "vi",
        "fmd_quangninh",
        "Đánh giá hiệu lực vắc xin lở mồm long móng sau tiêm phòng",
        "Nghiên cứu dịch tễ LMLM trên trâu bò, lợn tại Quảng Ninh (1/2018–6/2020) và kiểm tra huyết thanh sau tiêm: tỷ lệ "
        "đáp ứng miễn dịch 85–90% sau 30 ngày, còn 70–75% sau 120 ngày; chọn vắc xin theo type virus lưu hành (chủ yếu "
        "type O). Dịch vụ lấy mẫu và đánh giá hiệu lực tiêm phòng cho địa phương.",
    ),
    (
        "mDo063",
        "vi",
        "hs_emulsified_vacc",
        "Vắc xin tụ huyết trùng trâu bò dạng nhũ hóa, miễn dịch dài hơn vắc xin keo phèn",
        "Vắc xin tụ huyết trùng keo phèn chỉ cho miễn dịch 3–6 tháng nên dù tiêm 2 lần/năm dịch vẫn bùng phát lúc giao "
        "mùa. Các nhà khoa học đã nghiên cứu sản xuất vắc xin tụ huyết trùng trâu bò nhũ hóa có thời gian bảo hộ dài hơn, "
        "giảm số lần tiêm cho đàn thả rông – như ở Vĩnh Phúc với khoảng 150.000 con trâu bò.",
    ),
    (
        "mDo064",
        "vi",
        "hs_cattle_nghean",
        "Nhận biết tụ huyết trùng và ung khí thán trên trâu bò",
        "Tài liệu chẩn đoán lâm sàng cho thú y cơ sở: tụ huyết trùng do Pasteurella phát vào mùa mưa nóng ẩm, ủ bệnh 1–3 "
        "ngày, sốt đột ngột 40–42 °C, hạch dưới hầu sưng to, lè lưỡi (“trâu bò hai lưỡi”); ung khí thán do Clostridium "
        "chauvoei, sưng bắp thịt có khí, tiến triển 3–6 giờ, bê nghé chết tới 90%.",
    ),
    (
        "mDo065",
        "vi",
        "blood_parasite_hcm",
        "Xét nghiệm ký sinh trùng đường máu trên bò và đánh giá hiệu quả thuốc điều trị",
        "Khoa Chăn nuôi Thú y, Trường ĐH Nông Lâm TP.HCM khảo sát tình hình nhiễm ký sinh trùng đường máu trên đàn bò sữa "
        "TP.HCM và so sánh hiệu quả điều trị của một số thuốc. Nhận xét nghiệm phết máu cho hộ chăn nuôi và tư vấn phác đồ điều trị.",
    ),
    (
        "mDo066",
        "vi",
        "trypanosoma_baotintuc",
        "Phòng trị bệnh tiên mao trùng cho trâu bò vụ đông xuân",
        "Trâu bò nhiễm Trypanosoma evansi do ruồi mòng đốt từ hè thu thường phát bệnh cấp tính khi vào đông xuân làm việc "
        "nặng, thiếu ăn, lạnh. Hướng dẫn phát hiện sớm, dùng thuốc diệt ký sinh trùng theo chỉ định thú y kèm thuốc trợ "
        "lực, bồi dưỡng cỏ tươi, thức ăn tinh, khoáng, vitamin và diệt ruồi trâu, mòng.",
    ),
    (
        "mDo067",
        "en",
        "endoparasite_cattle_mcg",
        "Deworming programme for liver and rumen flukes in cattle and buffalo",
        "Flukes are common in Vietnamese cattle: liver fluke 13.7–50.2% and rumen fluke over 70%, higher when animals "
        "eat grass cut from flooded fields. Infected animals are anaemic (pale eye, mouth and vulva mucosa), lose about "
        "0.7 kg milk per day, grow and breed poorly. We supply flukicides and roundworm drugs (BIO-ALBEN, BIOXINIL) with a "
        "prevention schedule.",
    ),
    (
        "mDo068",
        "en",
        "cmt_rwanda",
        "Cow-side tests for subclinical mastitis: CMT, conductivity and LDH strips",
        "Comparison of four cow-side tests on crossbred dairy cows (120 quarter samples) against a portable somatic cell "
        "counter: California Mastitis Test sensitivity 88.46% and specificity 86.17%, Draminski conductivity 78.5%/81.4%, "
        "UdderCheck 64%/78.95%. We supply CMT kits and train farmers to screen quarters at milking.",
    ),
    (
        "mDo069",
        "vi",
        "mastitis_th_nghean",
        "Kháng sinh đồ vi khuẩn gây viêm vú bò sữa",
        "Phân lập vi khuẩn từ sữa bò viêm vú tại trang trại TH (Nghĩa Đàn, Nghệ An): gồm Staphylococcus, E. coli, "
        "Streptococcus, Coliform, Bacillus, trong đó E. coli 34,3%, Staphylococcus 24,7%, Streptococcus 13%. 90–100% chủng "
        "nhạy với amoxicillin, florfenicol, ceftiofur – dùng làm căn cứ chọn kháng sinh điều trị.",
    ),
    (
        "mDo070",
        "en",
        "lsd_mekong_ctu",
        "PCR confirmation and risk-factor investigation of lumpy skin disease in Mekong cattle",
        "Can Tho University with Tra Vinh University and the Tien Giang animal health sub-department: PCR diagnosis and "
        "genetic characterisation of LSD virus plus farm risk-factor interviews. In Tien Giang, Tra Vinh and Ben Tre "
        "(5/2023–6/2024), 80 of 1,278 cattle on 180 farms were PCR positive (morbidity 6.26%, herd prevalence 37.22%); "
        "unvaccinated cattle had the highest incidence (17.94%, OR 5.52).",
    ),
    (
        "mDo071",
        "vi",
        "hs_treatment_wwassets",
        "Phác đồ điều trị bệnh tụ huyết trùng trâu bò",
        "Bệnh do Pasteurella multocida, hay gặp khi thời tiết nóng ẩm thất thường và ở trâu bò chuyển vùng; trâu mắc nhiều "
        "hơn bò, có thể lây sang ngựa, chó, lợn. Khoảng 80% trâu bò khỏe mang vi khuẩn. Hướng dẫn nhận biết sưng hạch hầu, "
        "cách ly và phác đồ điều trị.",
    ),
    (
        "mDo072",
        "vi",
        "ehp_nongnghiep",
        "Xét nghiệm tầm soát EHP trên tôm thẻ chân trắng bằng real-time PCR",
        "Dịch vụ xét nghiệm sớm và định kỳ vi bào tử trùng Enterocytozoon hepatopenaei (EHP) bằng real-time PCR. EHP có mặt "
        "ở Việt Nam từ 2015, lây ngang qua ăn thịt đồng loại và nước ao, lây dọc từ tôm bố mẹ; bệnh hay gặp ở tôm 7–12 "
        "g/con (50–70 ngày tuổi), làm tôm chậm lớn, vỏ mỏng. Chưa có thuốc đặc trị nên phát hiện sớm là cách quản lý chính.",
    ),
    (
        "mDo073",
        "en",
        "uh_shrimp_lab",
        "Shrimp diagnostic laboratory testing all OIE-listed shrimp diseases by PCR",
        "University animal diagnostic laboratory able to test for the seven OIE-listed shrimp diseases – WSSV, IHHNV, TSV, "
        "IMNV, YHV, NHP and AHPND – with validated real-time PCR protocols (conventional PCR for YHV) following OIE "
        "standards, under a quality management system of 66 SOPs, for broodstock and seed testing including pre-export.",
    ),
    (
        "mDo074",
        "vi",
        "dah_shrimp_std",
        "Tiêu chuẩn cơ sở real-time PCR cho phòng thử nghiệm bệnh tôm",
        "Cục Thú y ban hành 4 tiêu chuẩn cơ sở xét nghiệm bằng real-time PCR: virus đầu vàng (YHV), hội chứng Taura (TSV), "
        "vi khuẩn hoại tử gan tụy (NHP-B) và virus hoại tử cơ (IMNV), để các phòng thử nghiệm giám sát dịch bệnh tôm nước "
        "lợ cho kết quả thống nhất, tin cậy. Hỗ trợ phòng thí nghiệm địa phương áp dụng.",
    ),
    (
        "mDo075",
        "en",
        "wssv_india_gaa",
        "Training and inter-laboratory harmonisation of WSSV PCR diagnosis",
        "Programme run with India's brackishwater aquaculture institute under the national aquatic animal disease "
        "surveillance programme: hands-on training of shrimp health laboratories in white spot virus PCR and ring tests to "
        "harmonise results, at a time of intensification and emerging EHP problems in vannamei farms.",
    ),
    (
        "mDo076",
        "vi",
        "loci_broodstock_pcr",
        "Xét nghiệm PCR mẫu phân tôm bố mẹ và tôm giống trước khi mua",
        "Viện LOCI nhận xét nghiệm PCR mẫu phân tôm bố mẹ theo quy trình xử lý chuyên biệt, kiểm tra 4 bệnh gồm bệnh còi "
        "(MBV), đốm trắng và các bệnh nguy hiểm khác. Năm 2017, cả nước có 1.656,2 ha tôm đốm trắng (Cà Mau, Trà Vinh, Sóc "
        "Trăng, Bến Tre) và 1.557 ha hoại tử gan tụy – nguồn giống không sạch bệnh là nguyên nhân lớn.",
    ),
    (
        "mDo077",
        "en",
        "pl_quality_check",
        "Visual quality check of whiteleg shrimp postlarvae at the hatchery",
        "Simple hatchery-side check of postlarvae: sample at least 200 PLs from four corners of the tank; stir the basin "
        "and keep those swimming against the current; flash a torch to test reaction; inspect 30–40 PLs by eye and with a "
        "20× magnifier for colour, appendages and length on millimetre paper.",
    ),
    (
        "mDo078",
        "vi",
        "probiotic_pormor1",
        "Chế phẩm hỗn hợp Bacillus (Pormor1) kiểm soát bệnh hoại tử gan tụy cấp",
        "Hỗn hợp Bacillus megaterium, B. subtilis và B. licheniformis nhân sinh khối bằng nước ngọt và đường. Trong phòng "
        "thí nghiệm tôm thẻ nhiễm V. parahaemolyticus dòng AHPND được cho ăn Pormor1 sống cao nhất và ít phát hiện vi "
        "khuẩn trong mô; 5 ao nuôi ở Chanthaburi chuẩn bị ao bằng Pormor1 thì V. parahaemolyticus xuất hiện chậm hơn.",
    ),
    (
        "mDo079",
        "en",
        "probiotic_was",
        "Lactic acid bacteria and Bacillus probiotic blend to suppress Vibrio in shrimp ponds",
        "Probiotic alternative to antibiotics for vibriosis and EMS/AHPND: selected lactic acid bacteria and bacilli "
        "broadly suppress Vibrio growth in pond water and stop its build-up in gut and exoskeleton of PL10 and 0.5–1.5 g "
        "juveniles. Fed and applied to water, it improved survival in 10-day challenges with lethal V. parahaemolyticus.",
    ),
    (
        "mDo080",
        "en",
        "probiotic_hcmiu_b1",
        "Bacillus licheniformis strain B1 inhibiting AHPND Vibrio parahaemolyticus",
        "International University (VNU-HCM) isolated B. licheniformis B1 from fish gut (identified by API 50CHB, API 20E "
        "and 16S rRNA). At 10^5–10^7 CFU/ml it strongly antagonised V. parahaemolyticus in co-culture from 3–9 hours and "
        "its bacteriocin inhibited the pathogen for 6 hours; feeding 10^5–10^9 CFU/kg feed for 10 days caused no shrimp "
        "deaths. Strain available for product development.",
    ),
]

OFFERS += [
    (
        "mDo081",
        "vi",
        "probiotic_mk22",
        "Men vi sinh Bacillus sp. Mk22 trộn thức ăn cho tôm sú: tăng sống, giảm Vibrio và đốm trắng",
        "Chủng vi khuẩn ưa mặn Bacillus sp. Mk22 bổ sung vào thức ăn tôm sú trong 45 ngày: tôm đạt 7,1 g, tỷ lệ sống 94,3%, "
        "hệ số thức ăn 0,8, mật độ Vibrio trong nước thấp hơn hẳn đối chứng và chế phẩm thương mại. Khi cảm nhiễm Vibrio "
        "không có tôm chết; với virus đốm trắng tỷ lệ sống 68% (nhiễm qua nước) trong khi đối chứng chết hết.",
    ),
    (
        "mDo082",
        "en",
        "ems_ehp_wfd_tinthuysan",
        "Integrated control programme for EMS/AHPND, EHP and white faeces disease in shrimp",
        "Farm protocol covering the three main brackish-water shrimp diseases: AHPND caused by toxin-carrying V. "
        "parahaemolyticus (mostly in the first 45 days, peaking April–June, hepatopancreas pale and shrunk by 50% or "
        "more, up to 100% mortality), EHP microsporidiosis and white faeces disease – with pond preparation, water and "
        "sludge management, seed testing and feeding practices that lower risk.",
    ),
    (
        "mDo083",
        "en",
        "shrimp_safe_protocol_10tcts",
        "Interim protocol for safe shrimp farming inside disease-affected areas",
        "Protocol compiled by the Directorate of Fisheries (dispatch 10/TCTS-NTTS, January 2015) from farms that stayed "
        "healthy amid white spot and AHPND: reservoir and settling ponds with water treatment, long pond drying, killing "
        "carriers in the reservoir rather than the grow-out pond, stocking tilapia in the reservoir, minimal chemicals and "
        "probiotics to keep water colour and environment stable.",
    ),
    (
        "mDo084",
        "vi",
        "wfs_rhino",
        "Chương trình xử lý hội chứng phân trắng trên tôm thẻ",
        "Phân trắng thường gặp mùa nắng ở tôm 30–60 ngày tuổi: tôm giảm ăn, ruột lỏng, gan đổi màu, rồi phân trắng nổi "
        "cuối hướng gió, cuối cùng tôm ốp thân. Sợi phân trắng chứa dầu từ tế bào ống gan tụy bong tróc (ATM). Các yếu tố "
        "liên quan gồm ký sinh trùng gregarine, EHP, Vibrio; chương trình xử lý theo từng giai đoạn bệnh.",
    ),
    (
        "mDo085",
        "en",
        "tpd_bangson",
        "Translucent post-larva disease (TPD): diagnosis and warning for whiteleg shrimp hatcheries",
        "TPD (“white liver” of postlarvae) appeared in Guangdong and Guangxi in March 2020 and spread with PL shipments; "
        "PL4–PL7 are most at risk, with morbidity up to 60% on day two and 90–100% on day three. The cause is a distinct V. "
        "parahaemolyticus strain. ShrimpVet Vietnam found five suspect strains from sudden deaths in Vietnamese hatcheries "
        "in Aug–Sep 2023 (negative for the AHPND strain, more virulent). Laboratory confirmation for hatcheries.",
    ),
    (
        "mDo086",
        "en",
        "proaquavcare",
        "ProAquaVcare: probiotic treatment for shrimp early mortality syndrome",
        "Probiotic product combining bacterial strains derived from black-tip sharks with immune-boosting garlic powder, "
        "intended to treat shrimp infected with Vibrio parahaemolyticus causing EMS/AHPNS, as an alternative to antibiotics "
        "and chemicals that breed resistance and trigger import bans on Asian shrimp. Asia farms about 5.37 million tonnes "
        "of shrimp, mostly in open ponds.",
    ),
    (
        "mDo087",
        "en",
        "vietgap_soctrang_tvu",
        "Support for VietGAP certification of intensive whiteleg shrimp farms",
        "Based on Tra Vinh University research with 105 VietGAP-certified vannamei households in Soc Trang (2019): "
        "certified farms built settling ponds (94%), quarantined all seed, stocked about 40 PL/m², managed water by the "
        "book and used no banned chemicals. Yields were 2.7–5.6 t/ha/crop; profit 179 million VND/ha with disease versus "
        "324 million without; 98% of lots passed export tests and earned 2,000–5,000 VND/kg more.",
    ),
    (
        "mDo088",
        "en",
        "pharmaq_panga",
        "ALPHA JECT Panga 2 vaccine for pangasius plus vaccination equipment",
        "Injectable vaccine licensed in Vietnam protecting pangasius against Edwardsiella ictaluri (bacillary necrosis, "
        "“white spots on liver and kidney”) and Aeromonas hydrophila, the two main bacterial diseases of Mekong catfish "
        "farms. Supplied with vaccination equipment, fish anaesthetics and health-management support through local Zoetis "
        "staff, to move farms from antibiotic treatment to prevention.",
    ),
    (
        "mDo089",
        "vi",
        "panga1_fishsite",
        "ALPHA JECT Panga 1 – vắc xin cá đầu tiên được cấp phép tại Việt Nam",
        "Vắc xin tiêm phòng vi khuẩn Edwardsiella ictaluri gây bệnh gan thận mủ trên cá tra, được Cục Thú y cấp phép lưu "
        "hành ngày 10/4/2013 sau hai năm thử nghiệm thực địa cùng các trại nuôi. Giúp giảm hao hụt do E. ictaluri, cải "
        "thiện sức khỏe và giá trị cá nuôi ở Đồng bằng sông Cửu Long.",
    ),
    (
        "mDo090",
        "en",
        "ah_vaccine_hcmiu",
        "Live attenuated immersion vaccine against haemorrhagic disease for catfish fry and fingerlings",
        "Aeromonas hydrophila strains isolated from sick tra catfish in the Mekong Delta were attenuated by aroA gene "
        "knockout. Mutant M14, applied by immersion, protected fry and fingerlings in laboratory trials with relative "
        "percentage survival above 75%, making a dip vaccine feasible for nurseries.",
    ),
    (
        "mDo091",
        "en",
        "catfish_ctu_review",
        "Disease prevention solutions for intensive tra catfish farming",
        "Can Tho University review and advisory on preventing infectious disease in striped catfish: the main bacterial "
        "threats (Aeromonas hydrophila, Edwardsiella ictaluri, Flavobacterium columnare), vaccines as the most effective "
        "tool (inactivated and other types), and complementary management measures, in line with the 2021–2030 aquaculture "
        "growth strategy.",
    ),
    (
        "mDo092",
        "vi",
        "catfish_amu_was",
        "Sử dụng kháng sinh hợp lý cho cá tra dựa trên dữ liệu kháng sinh đồ",
        "Cá tra nuôi thâm canh ở Đồng Tháp, Cần Thơ, An Giang thường mắc gan thận mủ (BNP) và xuất huyết (MAS): hộ nhỏ 1–10 "
        "đợt bệnh/vụ, hộ lớn 1–5 đợt (trung bình 3,04); điều trị 5–7 ngày bằng amoxicillin, doxycycline, florfenicol, "
        "sulfamethoxazole-trimethoprim. Chúng tôi xây dựng cơ sở dữ liệu nhạy cảm kháng sinh, dược động học để chọn thuốc "
        "và liều hợp lý, kèm hướng vắc xin ngâm và chất kích thích miễn dịch.",
    ),
    (
        "mDo093",
        "vi",
        "tilapia_feedvacc_malaysia",
        "Vắc xin trộn thức ăn phòng liên cầu khuẩn cho cá rô phi, hai lần nhắc lại trước mùa nóng",
        "Vắc xin vô hoạt bằng formalin từ Streptococcus agalactiae, cho ăn qua thức ăn. Thử trên 510 cá rô phi đỏ 120 g: "
        "nhóm cho ăn vắc xin tuần 0, 2 và 6 giữ kháng thể cao tới tuần 12, sống 70% khi cảm nhiễm ở tuần 10, so với 45% ở "
        "nhóm nhắc một lần và 0% ở đối chứng. Khuyến cáo dùng trước mùa nước nóng (tháng 4–7).",
    ),
    (
        "mDo094",
        "vi",
        "tilapia_local_vacc_frontiers",
        "Vắc xin sản xuất tại chỗ phòng bệnh liên cầu khuẩn cá rô phi thay kháng sinh",
        "Nghiên cứu của nhóm tác giả Việt Nam cho thấy vắc xin tự sản xuất từ chủng liên cầu khuẩn phân lập tại địa phương "
        "là giải pháp thực tế thay cho kháng sinh để phòng streptococcosis ở cá rô phi nuôi. Hỗ trợ phân lập chủng tại "
        "trại và sản xuất vắc xin riêng cho vùng nuôi.",
    ),
    (
        "mDo095",
        "en",
        "tilapia_bivalent_brazil",
        "Bivalent vaccine against Streptococcus agalactiae and Aeromonas hydrophila for Nile tilapia",
        "Vaccine developed by the Federal University of Latin American Integration with a fish farm partner, protecting "
        "Nile tilapia against two main opportunistic bacteria at once; tested in a laboratory phase and then at large "
        "scale on a commercial farm.",
    ),
    (
        "mDo096",
        "en",
        "tilapia_strep_antiserum",
        "Rabbit antiserum against tilapia streptococci for disease diagnosis",
        "Preparation of rabbit hyperimmune serum against the Streptococcus that causes disease in tilapia, used as a "
        "reagent for quick agglutination-based identification of the pathogen instead of complex laboratory methods. "
        "Background: national plan to raise tilapia output to 200,000 t by 2010.",
    ),
    (
        "mDo097",
        "vi",
        "snakehead_white_spot",
        "Phòng bệnh đốm trắng nội tạng trên cá lóc",
        "Tác nhân là vi khuẩn Aeromonas schubertii, bệnh gặp quanh năm, hao hụt cao; thường kèm nấm, ký sinh trùng gây lở "
        "loét, mòn đuôi, trắng mang dễ chẩn đoán nhầm. Dấu hiệu: cá giảm ăn, bơi lờ đờ, vệt mất sắc tố, bụng trương, hậu "
        "môn sưng đỏ; gan, thận, tỳ sưng với đốm trắng 0,1–0,2 mm. Quy trình: sát trùng nước qua ao lắng, giống kiểm dịch "
        "âm tính, định kỳ 7–10 ngày dùng iodine.",
    ),
    (
        "mDo098",
        "en",
        "snakehead_eus_navifeed",
        "Managing ulcer disease in snakehead (Aphanomyces invadans)",
        "Ulcers all over snakehead are mostly caused by the fungus Aphanomyces invadans (sometimes Saprolegnia, rarely "
        "Aeromonas hydrophila or Pseudomonas), which antibiotics cannot cure. Advice: disinfect water with TCCA or "
        "povidone, change water once or twice a week, feed or bathe fish with an antifungal herbal product and use "
        "Bacillus probiotics – e.g. for 100 fish in a 4 m² tank.",
    ),
    (
        "mDo099",
        "en",
        "goby_baclieu",
        "Antibiogram testing for fish ulcer and haemorrhage outbreaks",
        "Can Tho University's Faculty of Fisheries with the Bac Lieu extension centre collected 100 diseased mudskipper "
        "gobies (Hoa Binh district, 3/9/2023) and found heavy bacterial infection of skin and organs. Antibiogram tests "
        "showed strong resistance to amoxicillin (25 µg), colistin (25 µg) and others, pointing to effective drugs. We run "
        "the same sampling and antibiogram service for fish farms.",
    ),
    (
        "mDo100",
        "vi",
        "bnp_daihoangphu",
        "Quy trình phòng bệnh gan thận mủ cá tra",
        "Bệnh do Edwardsiella ictaluri, xuất hiện từ 1998, quanh năm nhưng nặng vào mùa mưa lạnh; chết tới 100% cá bột và "
        "50% cá thịt. Quy trình phòng: diệt khuẩn nước qua ao lắng, chọn giống ở cơ sở uy tín có kiểm dịch âm tính, định kỳ "
        "7–10 ngày xử lý nước bằng iodine, theo dõi đốm trắng trên gan, thận, tỳ.",
    ),
    (
        "mDo101",
        "vi",
        "drugshops_dongthap_mdpi",
        "Tập huấn chủ cửa hàng thuốc thú y về chẩn đoán bệnh gia cầm để giảm dùng kháng sinh",
        "Nghiên cứu 93 cửa hàng thuốc thú y ở hai huyện Đồng Tháp và 96 hộ nuôi gà: kháng sinh chiếm 15% thu nhập cửa hàng, "
        "57% chủ cửa hàng từng làm thú y nhà nước, 57% có dịch vụ chẩn đoán; mỗi trại mua kháng sinh từ khoảng 2 cửa hàng "
        "cách 3,96 km. Can thiệp đề xuất: nâng kiến thức chẩn đoán bệnh cho chủ và nhân viên cửa hàng để giảm lượng kháng "
        "sinh người nuôi dùng.",
    ),
    (
        "mDo102",
        "en",
        "drugshops_proquest",
        "Survey of veterinary drug shop practices to design prudent antimicrobial-use interventions",
        "Vietnam had about 10,400 licensed veterinary drug shops in 2015 (150–200 per province) selling some 5,000 "
        "products with over 70 antimicrobial ingredients, mostly over the counter; the 2017–2020 national action plan on "
        "antimicrobial use does not target the shops. We survey shop knowledge and practices in Mekong Delta districts as "
        "a basis for stewardship programmes.",
    ),
    (
        "mDo103",
        "vi",
        "vet_shop_vinabase",
        "Tư vấn hồ sơ cấp chứng chỉ hành nghề và mở cửa hàng thuốc thú y",
        "Hướng dẫn điều kiện: chủ cửa hàng kinh doanh thuốc thú y, chế phẩm sinh học, hóa chất thú y tối thiểu có bằng kỹ "
        "sư chăn nuôi hoặc trung cấp thú y/chăn nuôi thú y (trung cấp nuôi trồng thủy sản với thú y thủy sản); người bán "
        "hàng có chứng chỉ tập huấn do cơ quan thú y tỉnh cấp; giấy tờ mặt bằng thuê (hợp đồng công chứng) và hợp đồng lao "
        "động nếu làm thuê.",
    ),
    (
        "mDo104",
        "en",
        "vet_practice_amilaw",
        "Legal service: licences to open a veterinary clinic and sell veterinary drugs",
        "Bilingual legal guidance under Articles 107–108 of the 2015 Law on Veterinary Medicine: forms of practice "
        "(vaccination, treatment and surgery; examination, diagnosis and testing; trading veterinary drugs; producing, "
        "testing, importing drugs), the veterinary practice certificate matching each form, professional ethics and "
        "health requirements, and what an organisation must show to be licensed.",
    ),
    (
        "mDo105",
        "en",
        "tvu_vet_college_tuoitre",
        "College programme in veterinary services with eligibility to trade veterinary drugs",
        "Tra Vinh University trains college-level veterinary service technicians; following a provincial decision, its "
        "graduates are granted certificates of eligibility to trade veterinary drugs by the provincial Department of "
        "Agriculture. Suitable for young people who want to run a drug shop or provide village animal health services.",
    ),
    (
        "mDo106",
        "vi",
        "usaid_ahw_training",
        "Bộ tài liệu tập huấn thực hành cho nhân viên thú y cơ sở",
        "USAID xây dựng bộ tài liệu và phương pháp tập huấn thực hành nâng cao kiến thức, kỹ năng cho nhân viên thú y "
        "công và tư tại cơ sở, đã được nhiều địa phương áp dụng. Bối cảnh: sản lượng thịt dự kiến tăng từ 3.200 lên 5.500 "
        "(nghìn tấn) giai đoạn 2010–2020, cần tư vấn kịp thời cho người chăn nuôi và báo cáo ổ dịch nghi ngờ chính xác.",
    ),
    (
        "mDo107",
        "vi",
        "vet_workforce_frontiers",
        "Đánh giá nhu cầu đào tạo giám sát dịch bệnh và điều tra ổ dịch cho thú y",
        "Khảo sát hỗn hợp (11/2020–4/2021) với 178 cán bộ thú y thực địa và 25 bên liên quan: 80% người trả lời ưu tiên cao "
        "việc được đào tạo thêm về giám sát bệnh động vật và điều tra ổ dịch. Kết quả dùng để thiết kế chương trình nâng "
        "cao năng lực cho hệ thống thú y.",
    ),
    (
        "mDo108",
        "en",
        "aciar_diag_quality",
        "Interactive workshops to improve animal disease diagnosis by field veterinarians",
        "Project by the University of Queensland with NAVETCO and the National Institute of Veterinary Research: a series "
        "of interactive workshops at regional laboratories to raise the diagnostic skills of field veterinarians, "
        "especially for infectious diseases, leading to better treatment and control decisions from ministry to village.",
    ),
    (
        "mDo109",
        "en",
        "app_farmvetcare_ilri",
        "FarmVetCare mobile app for disease surveillance by community veterinarians",
        "Mobile application launched in December 2023 by ILRI with Vietnam's National Institute of Veterinary Research "
        "(ICT4Health, 2023–25) to detect and report transboundary and zoonotic disease events early. Training sessions in "
        "January and March 2024 prepared 21 community veterinarians (6 women) in Lao Cai and Hoa Binh.",
    ),
    (
        "mDo110",
        "en",
        "app_ethiopia_vetafrica",
        "Smartphone app for cattle disease diagnosis and real-time reporting",
        "VetAfrica-style smartphone application: users record demographic data, presenting signs and a putative diagnosis, "
        "sent instantly via a cloud server to every administrative level instead of monthly paper tallies. In a trial with "
        "547 cases, over 90% were diagnosed as named diseases (vs ~50% non-specific on paper); data reached higher levels "
        "in 2 days in well-connected areas and 13 days in remote ones.",
    ),
    (
        "mDo111",
        "vi",
        "app_empres_uganda",
        "Ứng dụng di động EMPRES-i của FAO báo cáo ổ dịch động vật từ thực địa",
        "Ứng dụng EMPRES-i Event Mobile Application cho phép cán bộ thú y nhập dữ liệu dịch tễ và ảnh con vật bệnh bằng "
        "điện thoại Android, gửi thẳng vào cơ sở dữ liệu, và xem báo cáo của đồng nghiệp. Thử nghiệm ở 10 huyện của Uganda "
        "nửa cuối 2013 được đề nghị mở rộng; FAO khuyến khích các nước khác áp dụng.",
    ),
    (
        "mDo112",
        "en",
        "solarchill",
        "Solar direct-drive vaccine refrigerators for off-grid sites",
        "Vaccines must be kept continuously cool; SolarChill solar direct-drive refrigerators (first unit prequalified by "
        "WHO PQS in 2010) store vaccines and medicines within the required range without grid power or batteries. "
        "15,000–20,000 units run in Africa, Asia, Latin America and disaster zones; they have proved more reliable than "
        "kerosene fridges.",
    ),
    (
        "mDo113",
        "vi",
        "vacc_fridge_appropedia",
        "Tủ bảo quản vắc xin chạy điện mặt trời cho vùng mất điện",
        "Nhiều vắc xin phải giữ ở 2–8 °C, một số dưới −15 °C; bảo quản sai sẽ mất hiệu lực. Ở vùng nông thôn lưới điện "
        "không tới hoặc không ổn định, tủ lạnh quang điện (điện mặt trời) là giải pháp tin cậy và hiệu quả chi phí để giữ "
        "chuỗi lạnh.",
    ),
    (
        "mDo114",
        "vi",
        "rabies_blueprint_storage",
        "Tư vấn hạ tầng bảo quản vắc xin cho chiến dịch tiêm phòng dại",
        "Chuẩn bị đủ tủ lạnh chứa lượng lớn vắc xin cho người và động vật; nơi không có điện dùng tủ chạy dầu hỏa hoặc gas; "
        "ngăn đá chỉ dùng để làm đá lạnh cho thùng vận chuyển, không để vắc xin trong ngăn đá.",
    ),
    (
        "mDo115",
        "en",
        "ahsp_laos",
        "Fee-for-service Animal Health Service Provider (AHSP) model for villages",
        "Model piloted in Paek District, Xieng Khouang (Laos): trainees pay to attend, then work for profit across several "
        "villages providing vaccination, treatments and procedures. Thirteen AHSPs served as many satellite villages as "
        "home villages; ruminant vaccination coverage rose to 75% and livestock deaths fell from “a lot” in 2005 to 41 in 2006.",
    ),
    (
        "mDo116",
        "en",
        "abx_bacgiang_farms",
        "Farm antibiotic-use survey and residue analysis of feed",
        "Survey of 20 fattening-pig and 20 broiler farms in Bac Giang: more than 17 antibiotics were used, often without "
        "proper principles (norfloxacin on 60% of pig farms), and feed samples were analysed for oxytetracycline, "
        "chlortetracycline, sulfadiazine, sulfamethazine, doxycycline and tylosin residues.",
    ),
    (
        "mDo117",
        "vi",
        "amu_pig_smallscale",
        "Phân tích chi phí – lợi ích của việc dùng kháng sinh ở trại heo quy mô nhỏ",
        "Nghiên cứu hành vi dùng kháng sinh tại 36 trại heo ở Nam Định và Đồng Nai (trung vị 5,5 nái và 41 heo thịt), thu "
        "số liệu năng suất do chủ trại ghi trong 6 tháng, ước tính chi phí và lợi ích kinh tế của kháng sinh đối với người "
        "chăn nuôi, làm căn cứ tư vấn giảm dùng kháng sinh phòng bệnh.",
    ),
    (
        "mDo118",
        "vi",
        "rabies_huongxuan",
        "Dịch vụ tiêm phòng dại tận nhà cho chó kèm bảo hiểm trách nhiệm chủ nuôi",
        "Thú y viên đến từng nhà tiêm vắc xin dại (Rabigen-Mono) cho chó: đợt tiêm đại trà 3 ngày, đợt tiêm vét 3 ngày sau "
        "đó; mức thu 50.000 đồng/con đã gồm vắc xin, công tiêm, vận chuyển, bảo quản, hao hụt và bảo hiểm trách nhiệm dân "
        "sự chủ nuôi chó. Phối hợp phường, xã quản lý chó nuôi.",
    ),
    (
        "mDo119",
        "vi",
        "rabies_phanthiet_free",
        "Tài trợ vắc xin dại miễn phí cho chó mèo của hộ khó khăn",
        "Trung tâm Kỹ thuật và Dịch vụ nông nghiệp vận động doanh nghiệp vật tư nông nghiệp (AMA PROVET) tài trợ 500 liều "
        "vắc xin dại (30.000 đồng/liều, tổng 15 triệu đồng) tiêm miễn phí cho chó mèo của hộ không đủ điều kiện tự tiêm "
        "ở 11 phường, kèm cấp giấy chứng nhận tiêm phòng.",
    ),
    (
        "mDo120",
        "en",
        "rabies_phanthiet_rabisin",
        "Mass rabies vaccination campaign for dogs and cats with mop-up rounds",
        "A city agricultural service centre organises simultaneous Rabisin vaccination across wards (31/5–25/6/2024, about "
        "9,378 doses): owners bring pets to announced points, 130 doses were given the first morning in one ward, then "
        "mop-up rounds through the year for missed, newly eligible or expired animals, targeting over 80% of the population.",
    ),
    (
        "mDo121",
        "vi",
        "goatpox_vaisaa",
        "Phòng và trị bệnh đậu dê",
        "Bệnh đậu dê do Capripoxvirus, lây nhanh, tỷ lệ chết tới 40%; virus sống nhiều tháng trong môi trường, kháng nhiều "
        "hóa chất sát trùng thông thường; bệnh hay phát vào xuân hè nóng ẩm, ủ bệnh 5–7 ngày. Dê sốt 40–41 °C trong 3–5 "
        "ngày, chảy nước mắt mũi, nốt đậu quanh miệng, mặt vỡ loét đóng vảy. Hướng dẫn tiêm phòng, cách ly, điều trị triệu chứng.",
    ),
    (
        "mDo122",
        "en",
        "goat_diseases_thainguyen",
        "Survey and control of common infectious diseases in local goats",
        "Thai Nguyen University of Agriculture and Forestry assesses the infectious diseases that commonly occur in local "
        "goat herds kept in demonstration models (Dinh Hoa and Phu Luong districts) and proposes prevention and treatment "
        "measures for smallholders.",
    ),
    (
        "mDo123",
        "vi",
        "drone_biosec_unl",
        "Bay drone chụp ảnh nhiệt đánh giá an toàn sinh học trang trại",
        "Dự án Big Red Biosecurity (Đại học Nebraska) dùng máy bay không người lái gắn camera nhiệt và camera thường để "
        "khoanh vạch phân tách, vùng đệm quanh trại, luồng giao thông, phát hiện tổ chim trên mái và khu thu hút chim nước, "
        "hỗ trợ xây dựng kế hoạch an toàn sinh học sau các đợt cúm gia cầm và Newcastle.",
    ),
    (
        "mDo124",
        "vi",
        "drone_hunan_flood",
        "Dịch vụ phun khử trùng trại gà và vùng ngập lụt bằng drone nông nghiệp",
        "Đội drone bảo vệ thực vật cùng tình nguyện viên, dưới hướng dẫn của trung tâm kiểm soát dịch bệnh, đã phun khử "
        "trùng một trại gà và các vùng bị lũ để phòng dịch (Ninh Hương, Hồ Nam, 7/2017): hơn 20 drone hoạt động ở hơn 10 "
        "thị trấn. Dịch vụ phù hợp tiêu độc diện rộng sau lũ hoặc ổ dịch.",
    ),
    (
        "mDo125",
        "vi",
        "footbath_uga",
        "Hố và chậu sát trùng ủng: chọn thuốc amoni bậc bốn hoặc iodine",
        "Nghiên cứu của Đại học Georgia dùng chất huỳnh quang Glogerm để đánh giá chậu sát trùng ủng, đồ bảo hộ và rửa bánh "
        "xe: chậu sát trùng chủ yếu có tác dụng loại bỏ chất bẩn bám ủng; hợp chất amoni bậc bốn và iodine hiệu quả hơn "
        "phenol, ngăn ủng sạch bị nhiễm khi nhúng vào chậu chứa vi khuẩn. Tư vấn chọn thuốc và quy trình thay chậu.",
    ),
    (
        "mDo126",
        "vi",
        "disinfect_poultryshorts",
        "Quy trình làm sạch và khử trùng chuồng gà",
        "Làm sạch hai bước: khô rồi ướt; không làm sạch khô với chuồng nhiễm bệnh lây qua không khí như cúm gia cầm, "
        "Newcastle. Chất hữu cơ (phân, máu, bụi) làm giảm hiệu lực thuốc nên phải dọn sạch trước. Hiệu quả khử trùng phụ "
        "thuộc chất lượng làm sạch, độ cứng của nước, loại thuốc, pha đúng nồng độ; luôn dùng đồ bảo hộ.",
    ),
    (
        "mDo127",
        "en",
        "disinfect_scribd",
        "Cleaning and disinfection of premises after an outbreak, before restocking",
        "Recovery procedure for broiler, layer houses, barns and milking parlours: disinfectants do not work on dirty "
        "surfaces, so remove bedding, feed, manure and carcasses first (dry cleaning) and then wash (wet cleaning) before "
        "disinfecting; chlorine products are quickly inactivated by manure or milk. Animals are reintroduced only after "
        "both steps.",
    ),
    (
        "mDo128",
        "vi",
        "bovilis_vision8",
        "Vắc xin Bovilis Vision 8 phòng ung khí thán và các bệnh do Clostridium cho bò",
        "Vắc xin vô hoạt – giải độc tố của Merck Animal Health phòng Clostridium chauvoei (ung khí thán), C. septicum, C. "
        "haemolyticum, C. novyi, C. sordellii, C. perfringens type C và D và Haemophilus somnus cho bò khỏe. Tiêm dưới da "
        "2 ml, nhắc lại sau 3–4 tuần; bảo quản 2–8 °C, không để đông đá, dùng hết lọ khi mở.",
    ),
]

OFFERS += [
    (
        "mDo129",
        "vi",
        "duck_feed_formula",
        "Thiết kế công thức thức ăn phối trộn cho vịt",
        "Tư vấn chọn loại thức ăn phối hợp cho vịt: thức ăn toàn giá (đủ dinh dưỡng cho vịt đẻ), thức ăn đậm đặc (15–50% "
        "khẩu phần, đã bỏ ngô, cao lương), thức ăn trộn sẵn khoáng (5–10%) và premix vi lượng, vitamin (0,5–5%); thiết kế "
        "công thức và khẩu phần hằng ngày dạng bột hoặc viên.",
    ),
    (
        "mDo130",
        "vi",
        "feed_mixer_machine",
        "Máy băm, nghiền, trộn thức ăn chăn nuôi gia súc",
        "Đồ án thiết kế và chế tạo máy băm – nghiền – trộn thức ăn cho gia súc (Khoa Cơ khí, Đại học Bách khoa Đà Nẵng, "
        "2018): cơ sở lý thuyết băm nghiền, phương án thiết kế, chế tạo trục, tính chọn thiết bị dây chuyền trộn và hướng "
        "dẫn vận hành, bảo đảm an toàn. Phù hợp hộ và trang trại tự phối trộn thức ăn.",
    ),
    (
        "mDo131",
        "en",
        "chicken_coop_2000",
        "Automated industrial cage house for 2,000 chickens",
        "Hanoi Agricultural University's agricultural machinery department designed a closed or naturally ventilated cage "
        "house for 2,000 birds with mechanised and automated feeding, watering, manure collection, ventilation and cooling, "
        "cutting heavy manual work and raising productivity. Vietnam's poultry flock grew from 107.4 million (1990) to 254.6 "
        "million birds (2003).",
    ),
    (
        "mDo132",
        "vi",
        "calf_diet_binhdinh",
        "Khẩu phần nuôi bê tại trang trại bò sữa",
        "Theo dõi khả năng tăng trưởng và phát triển của bê được nuôi bằng một số khẩu phần khác nhau tại trang trại bò sữa "
        "Bình Định (khóa luận ngành chăn nuôi, ĐH Nông Lâm TP.HCM, 2012). Tư vấn xây dựng khẩu phần cho bê giai đoạn bú sữa "
        "và sau cai sữa.",
    ),
    (
        "mDo133",
        "vi",
        "biogas_rural21",
        "Hầm biogas gia đình xử lý phân heo, bò làm khí đốt",
        "Hầm ủ xây gạch trát xi măng đặt dưới đất, nối thẳng từ chuồng; ống dẫn khí vào bếp, có áp kế ống nước đơn giản. "
        "Một hộ ở xã Khánh An (An Giang) nuôi 4 bò và 20 heo, thải khoảng 75 kg phân/ngày, đủ cho hầm gần 10 m³; ba năm "
        "không phải mua gas, tiết kiệm khoảng 150 euro/năm, hầm 400 euro trả góp 40 euro/năm.",
    ),
    (
        "mDo134",
        "en",
        "biodigester_fao",
        "Low-cost polyethylene tube biodigesters for small farms",
        "Tubular polyethylene biodigesters developed with the University of Agriculture and Forestry (Thu Duc) and FAO "
        "partners: cheap to install, they cut pollution from animal manure, produce biogas for cooking and improve the "
        "fertiliser value of the effluent for ponds and crops. Adoption depends on site and how the technology is adapted "
        "to local conditions.",
    ),
    (
        "mDo135",
        "vi",
        "zebunet_biodig",
        "Vốn vi mô nuôi heo gia đình kèm hầm biogas sạch",
        "Từ năm 2005 tổ chức Zebunet triển khai 24 dự án hỗ trợ nuôi heo cho hộ nông thôn Việt Nam: tới 1.500 gia đình bắt "
        "đầu với 4 heo, sau đó đạt trung bình 8–10 heo thịt và 2 nái. Từ 2010 phối hợp nhà nghiên cứu IRD lắp hầm biogas "
        "“sạch” có bể thu bã thải, biến phân heo thành khí đốt.",
    ),
    (
        "mDo136",
        "vi",
        "pet_mobile_vnexpress",
        "Dịch vụ thú y lưu động đưa đón thú cưng tới bệnh viện",
        "Xe chăm sóc thú cưng lưu động ở TP.HCM: sau cuộc gọi khoảng 40 phút bác sĩ thú y kiêm tài xế tới tận nhà, khám "
        "nhanh (đo nhiệt độ, huyết áp) rồi đưa chó mèo vào chuồng trên xe tới bệnh viện cạo vôi răng, tiêm thuốc, tháo "
        "băng; cước khoảng 15.000 đồng/km.",
    ),
    (
        "mDo137",
        "vi",
        "pet_ambulance",
        "Xe cấp cứu thú cưng 24/24",
        "Mô hình bệnh viện thú cưng lưu động đầu tiên ở TP.HCM: tổng đài và bác sĩ trực 24/24, xe trang bị máy xét nghiệm, "
        "bình oxy, máy siêu âm và thuốc; ca nhẹ xử lý tại nhà, ca nặng chuyển ngay về viện – ví dụ chó Rottweiler 60 kg "
        "mà taxi từ chối chở.",
    ),
    (
        "mDo138",
        "en",
        "pet_clinic_hanoi",
        "Small-animal clinics for dogs and cats",
        "Pet clinics around Hanoi run by veterinarians with 3–4 staff (large ones dozens), treating mainly dogs and cats "
        "for enteric, respiratory and obstetric problems, parvovirus and injuries; an examination costs about 30,000–50,000 "
        "VND, treatment extra. Commune vets retrain for pet care as backyard livestock declines.",
    ),
    (
        "mDo139",
        "vi",
        "pet_ontario",
        "Bệnh viện thú y lưu động cho chó mèo ở vùng xa",
        "Hội ngăn ngừa ngược đãi động vật (SPCA) tỉnh bang Ontario đưa vào hoạt động bệnh viện thú y lưu động phục vụ nơi "
        "không có bệnh viện thú y và người không đủ khả năng đưa vật nuôi đi khám: triệt sản, chích ngừa và chăm sóc sức "
        "khỏe định kỳ; mùa đông chạy ở các thành phố phía nam, mùa ấm lên Thunder Bay.",
    ),
    (
        "mDo140",
        "en",
        "drone_covid_vigo",
        "Drone spraying of disinfectant over urban public spaces",
        "Operational study (University of Vigo) of unmanned aircraft disinfecting outdoor public areas during COVID-19: a "
        "3.0 m flight height gave the most suitable spray footprint, 2.2 m wide at 0.5 m/s; tested on a skatepark (882.7 "
        "m²), an outdoor gym (545.0 m²) and a multisport court (2,025.7 m²), including battery changes and tank refills.",
    ),
    (
        "mDo141",
        "en",
        "drone_covid_hungary",
        "Calibrating drone flight parameters for disinfectant dose per area",
        "Calculations for drone-based decontamination of large areas: varying flight speed (10–50 km/h), altitude (1–5 m) "
        "and flow rate (1–5 L/min) changes the disinfectant delivered from 30 to 0.24 g/m². Helps operators set "
        "agricultural spray drones for disinfection; developed for pandemic clean-up in cities.",
    ),
    (
        "mDo142",
        "en",
        "coldtech_meat",
        "Temperature monitoring of cold rooms for beef storage and transport",
        "ColdTech Solutions monitors cold chambers with LM35 temperature sensors to improve transport and storage "
        "logistics of beef, keeping product quality and appearance.",
    ),
    (
        "mDo143",
        "vi",
        "murrah_defzone",
        "Cung cấp trâu giống Murrah chuyên sữa",
        "Trâu Murrah (trâu Ấn Độ) sừng xoắn, lông da đen tuyền, có con cho tới 3.000 lít sữa/năm; đực trưởng thành 650–730 "
        "kg, cái 350–400 kg, nghé sơ sinh 30 kg; thịt nhiều hơn trâu nội 50–70 kg/con nhưng kéo cày và chịu nóng kém trâu "
        "đầm lầy. Cung cấp con giống lai tạo.",
    ),
    (
        "mDo144",
        "vi",
        "cow_training_nghean",
        "Tập huấn kỹ thuật chăn nuôi bò cái sinh sản",
        "Tài liệu tập huấn của trung tâm giống chăn nuôi: vai trò chăn nuôi bò sinh sản, các giống bò (bò vàng: cái 180 kg, "
        "đực 250 kg, sơ sinh 12–14 kg, tỷ lệ thịt xẻ 43–44%, chu kỳ sữa khoảng 150 ngày), công tác giống, tận dụng phụ phẩm "
        "nông nghiệp và lao động nông nhàn.",
    ),
    (
        "mDo145",
        "en",
        "goat_manual_2000",
        "Goat husbandry manual: breeds, origins and farming techniques",
        "Technical book on goat keeping by Dinh Van Binh and Nguyen Quang Suc (Agricultural Publishing House, Hanoi, 2000): "
        "origin and zoological classification of goats, domestication in West Asia, breed groups and their distribution, "
        "and husbandry methods for meat and dairy goats.",
    ),
    (
        "mDo146",
        "vi",
        "ssuis_phayao",
        "Chiến dịch an toàn thực phẩm phòng nhiễm liên cầu lợn ở người",
        "Mô hình can thiệp y tế công cộng ở tỉnh Phayao (Thái Lan) năm 2011: truyền thông an toàn thực phẩm nhắm vào món "
        "thịt heo sống truyền thống. Tỷ lệ mắc S. suis ở người giảm rõ trong 2 năm đầu, năm thứ ba nhích lên, cho thấy cần "
        "can thiệp liên tục vì thói quen ăn uống.",
    ),
    (
        "mDo147",
        "vi",
        "ssuis_sggp2024",
        "Điều trị nhiễm liên cầu lợn (Streptococcus suis) ở người",
        "Bệnh viện Bệnh Nhiệt đới Trung ương tiếp nhận nhiều ca nhiễm liên cầu lợn nặng, suy đa tạng, rối loạn đông máu, có "
        "ca phải cắt chi; một bệnh nhân 39 tuổi ở Thanh Hóa tử vong sau khi ăn hai bát tiết canh (2024); Hà Nội có 6 ca từ "
        "đầu năm. Khuyến cáo nấu chín thịt heo, không ăn tiết canh, đeo găng khi giết mổ.",
    ),
    (
        "mDo148",
        "vi",
        "ag_cattle_angiang",
        "Điều tra hiện trạng chăn nuôi và nguồn thức ăn cho bò",
        "Khoa Nông nghiệp – Tài nguyên thiên nhiên, Trường ĐH An Giang điều tra tập quán, kỹ thuật nuôi và nguồn thức ăn, "
        "phụ phẩm cho bò ở Thoại Sơn, Tịnh Biên, Tri Tôn – nơi tập trung 70–80% đàn bò của tỉnh – làm cơ sở định hướng phát "
        "triển đàn bò.",
    ),
    (
        "mDo149",
        "vi",
        "marphavet_agents",
        "Tiếp cận thị trường và phân phối sản phẩm thuốc thú y qua đại lý",
        "Khóa luận (ĐH Nông Lâm Thái Nguyên, 2019) phân tích cách Công ty Cổ phần Tập đoàn Đức Hạnh Marphavet tiếp cận thị "
        "trường và phân phối sản phẩm tới hệ thống đại lý thuốc thú y tỉnh Thanh Hóa.",
    ),
    (
        "mDo150",
        "vi",
        "tilapia_chitralada",
        "Giống cá rô phi Chitralada 3 năng suất cao",
        "Dòng rô phi Chitralada 3 của Thái Lan, phát triển từ GIFT thế hệ thứ năm lai với Chitralada truyền thống, chọn lọc "
        "theo nhóm thành công năm 2007: năng suất cao, tỷ lệ sống tốt, lớn nhanh, đầu nhỏ dày, nhiều thịt. Lưu ý dòng này "
        "mẫn cảm với bệnh liên cầu khuẩn (chết tới 90%) khi nước nóng, thiếu oxy, mật độ cao.",
    ),
    (
        "mDo151",
        "vi",
        "feed_std_tt04",
        "Tư vấn quy chuẩn kỹ thuật quốc gia về thức ăn chăn nuôi (Thông tư 04/2020)",
        "Hỗ trợ doanh nghiệp, cơ sở phối trộn thức ăn chăn nuôi áp dụng Thông tư 04/2020/TT-BNNPTNT ban hành quy chuẩn kỹ "
        "thuật quốc gia về thức ăn chăn nuôi: chỉ tiêu chất lượng, an toàn và công bố hợp quy.",
    ),
    (
        "mDo152",
        "en",
        "who_prequal",
        "Thermostable oral rotavirus vaccine (WHO prequalified)",
        "ROTASIIL Thermo: live attenuated oral rotavirus vaccine for children, lyophilised active component reconstituted "
        "with its diluent, single-dose two-vial set; WHO prequalified on 28 January 2020 through the abridged procedure.",
    ),
    (
        "mDo153",
        "en",
        "kinhtenongthon_biogas",
        "Closed-loop pig farm model with biogas power generation",
        "Bac Dau pig enterprise in Tu Son (Bac Ninh), one of the province's largest with about 3,000 fattening pigs and "
        "300–400 breeders, uses a biogas system to run fans and lights; before, power cost about 20 million VND a month and "
        "manure polluted the surroundings. Presented as a closed-loop model to replicate.",
    ),
    (
        "mDo154",
        "en",
        "ped_feedback_japan",
        "Evidence review: did feedback feeding help control PED outbreaks?",
        "Analysis of 172 farms in Kagoshima and Miyazaki (Japan, 2013 epidemic) where feeding faeces and gut tissue of "
        "infected piglets to sows was tried: outbreaks lasted longer on large farms (66.0 vs 29.4 days) and on farms using "
        "feedback (145.2 vs 66.0 days), and dead piglets per sow rose on reproduction farms. We advise farms weighing this "
        "practice.",
    ),
    (
        "mDo155",
        "vi",
        "asf_disposal_binhphuoc",
        "Kỹ thuật tiêu hủy bắt buộc heo và sản phẩm heo nhiễm dịch tả heo châu Phi",
        "Hướng dẫn của Sở Nông nghiệp Bình Phước: phát hiện heo chết, nghi bệnh thì báo thú y xã lấy mẫu; khi dương tính "
        "phải tiêu hủy đúng quy trình bằng chôn hoặc đốt (đa số chôn vì đốt tốn kém, thiếu lò). Làm chết heo bằng điện trước "
        "khi hủy, xe vận chuyển sàn kín được sát trùng trước và sau, người tham gia vệ sinh sát trùng; chọn địa điểm hố phù hợp.",
    ),
    (
        "mDo156",
        "en",
        "dongnai_japan_export",
        "Building disease-free zones and establishments for poultry export",
        "Experience of Dong Nai's pilot under Decision 440/2015: all facilities in 27 communes of Thong Nhat and Trang Bom "
        "qualified as disease-free for avian influenza and Newcastle, opening chicken meat exports to Japan. The province "
        "had 502 disease-free facilities (273 poultry, 229 pig farms free of classical swine fever and FMD) and built "
        "buffer zones in 10 more communes. We support farms and communes through the same process.",
    ),
    (
        "mDo157",
        "vi",
        "dz_decision66",
        "Tư vấn thủ tục công nhận vùng, cơ sở an toàn dịch bệnh động vật",
        "Hướng dẫn áp dụng Quy định về vùng, cơ sở an toàn dịch bệnh động vật (Quyết định 66/2008/QĐ-BNN): điều kiện vệ sinh "
        "thú y, trình tự đăng ký và công nhận, trách nhiệm của cơ quan, tổ chức, cá nhân trong vùng và cơ sở an toàn dịch bệnh.",
    ),
    (
        "mDo158",
        "en",
        "isa_biosec",
        "Biosecurity requirements booklet for poultry production units",
        "Minimum obligatory biosecurity rules of a poultry breeding company for its national and international production "
        "units and hatcheries (2010): goals and organisation of the biosecurity programme, education and training, and "
        "integrated chain-management (IKB) certification; changes are agreed with the company's biosecurity specialists.",
    ),
    (
        "mDo159",
        "en",
        "cocci_phyto_eait",
        "Phytogenic compounds as alternatives for coccidiosis control in chickens",
        "Overview from Chungnam National University of chicken coccidiosis: the complex Eimeria life cycle and the damage "
        "it causes (haemorrhagic diarrhoea, poor digestion, dehydration, deaths). Because anticoccidial drugs meet "
        "resistance and vaccines are not always safe, we advise on phytogenic (plant-derived) compounds as an alternative "
        "control strategy.",
    ),
    (
        "mDo160",
        "vi",
        "lsd_hagiang_pilot",
        "Tiêm vắc xin phòng viêm da nổi cục cho trâu bò theo hướng dẫn của Cục Thú y",
        "Cục Thú y phối hợp Sở Nông nghiệp tổ chức tiêm vắc xin phòng viêm da nổi cục cho trâu, bò tại vùng có ổ dịch – như "
        "đợt tiêm thí điểm ngày 25–26/12 tại hai xã Niêm Sơn và Khâu Vai (Mèo Vạc, Hà Giang). Hỗ trợ địa phương cung ứng "
        "vắc xin, tổ chức đội tiêm và theo dõi sau tiêm.",
    ),
    (
        "mDo161",
        "en",
        "blood_parasite_bavi",
        "Blood parasite diagnosis and prevention–treatment protocol for cattle",
        "Ba Vi Cattle and Pasture Research Centre studied blood parasite infections that struck its dairy herd from early "
        "2007, killing some cows, and worked out prevention and treatment measures. Blood parasites flare at the change of "
        "season and in hot, humid, rainy summers; without prompt treatment animals die fast. Offered to cattle farmers.",
    ),
    (
        "mDo162",
        "vi",
        "cmt_india",
        "Sàng lọc viêm vú tiềm ẩn bằng California Mastitis Test tại chuồng",
        "Dịch vụ kiểm tra CMT khi vắt sữa cho đàn bò lai: thử trên 115 bò Jersey lai (460 thùy vú) phát hiện 132 thùy nhiễm "
        "(28,69%), tỷ lệ viêm vú 45% ở đàn 1 và 25% ở đàn 2; điểm CMT tăng cuối kỳ sữa, bò lứa 1–2 mắc nhiều hơn. Hướng dẫn "
        "nông hộ tự làm test.",
    ),
    (
        "mDo163",
        "vi",
        "tpd_memart",
        "Nhận biết, xử lý và phòng bệnh trắng gan (TPD) trên tôm giống",
        "Bệnh TPD trên tôm thẻ giai đoạn hậu ấu trùng PL4–PL7, phát hiện ở Trung Quốc từ 3/2020 rồi lan sang Việt Nam, có "
        "thể chết 90–100% chỉ sau 2–3 ngày. Tài liệu tổng hợp nguyên nhân, triệu chứng nhận biết, phương pháp điều trị, biện "
        "pháp phòng ngừa, cách phân biệt với các bệnh gan tụy khác và kinh nghiệm của người nuôi.",
    ),
    (
        "mDo164",
        "en",
        "snakehead_cjvina",
        "Snakehead disease prevention and treatment programme",
        "Guidance for snakehead farms: liver–kidney pus disease (Edwardsiella tarda) with white spots on liver and spleen "
        "that can spread to the whole pond in 3–4 days, and haemorrhagic disease (Aeromonas, Streptococcus). Prevention by "
        "controlling water quality and adding vitamin C before the disease season; treatment by stopping feed for 2–3 days, "
        "medicated feed for 3–5 days, then liver support with vitamin C, minerals and B12.",
    ),
]
