"""Offers of holdout215: (id, language, source key, title, description). Institutes, universities, firms and
exchanges describing what they provide; each paraphrases the page named by its source key."""

OFFERS = [
    # --- ASF diagnosis and rapid tests ---
    (
        "qIo001",
        "vi",
        "s_pcr_ntt",
        "Xét nghiệm PCR phát hiện virus dịch tả heo châu Phi",
        "Khoa Công nghệ Sinh học, Trường ĐH Nguyễn Tất Thành nhận xét nghiệm PCR phát hiện virus dịch tả heo "
        "châu Phi (ASFV) từ mẫu máu và nội tạng heo. Quy trình đã được so sánh độ nhạy, độ đặc hiệu của các cặp "
        "mồi trên mẫu ASFV gây bệnh tại Việt Nam; có thể chuyển giao quy trình cho phòng xét nghiệm tuyến tỉnh.",
    ),
    (
        "qIo002",
        "vi",
        "s_abt5",
        "Trọn bộ 5 phương pháp xét nghiệm ASFV cho trang trại",
        "Công ty cung cấp 5 loại xét nghiệm virus dịch tả heo châu Phi: PCR, realtime PCR, ELISA phát hiện kháng "
        "thể, test nhanh kháng nguyên và phương pháp khuếch đại tại chỗ. Bệnh ủ 4-19 ngày, tỷ lệ chết tới 100% và "
        "chưa có thuốc điều trị, nên phát hiện sớm là cách chính để hạn chế thiệt hại; tư vấn chọn xét nghiệm theo giai đoạn bệnh.",
    ),
    (
        "qIo003",
        "vi",
        "s_vitech",
        "Bộ kit phát hiện sớm dịch tả heo châu Phi",
        "Vitech cung cấp bộ kit phát hiện sớm ASF gồm que test nhanh kháng nguyên dùng tại trại và kit realtime "
        "PCR cho phòng xét nghiệm, kèm tài liệu nhận biết triệu chứng: thời gian ủ bệnh 3-15 ngày (thể cấp tính "
        "3-4 ngày), heo sốt 40,5-42°C, nằm chồng đống, da vùng bụng, tai, bẹn đỏ rồi tím.",
    ),
    (
        "qIo004",
        "en",
        "s_woah_poc",
        "Guide and training on point-of-care ASF tests",
        "Summary of commercially available point-of-care (pen-side) tests for African swine fever prepared by a "
        "WOAH reference laboratory network, with training for field workers and decision makers: lateral-flow "
        "antigen and antibody kits that need minimal training and give a result in about 20 minutes, and when "
        "samples must still go to an official laboratory.",
    ),
    (
        "qIo005",
        "en",
        "s_antigenne",
        "ASF virus antibody rapid test cassette",
        "Lateral-flow immunoassay cassette for qualitative detection of antibodies against African swine fever "
        "virus in pig serum or plasma. Useful to find pigs that survived infection (subacute and chronic forms "
        "with 30-70% mortality) and for serological screening; supplied with reading guide.",
    ),
    (
        "qIo006",
        "en",
        "s_lao_rdt",
        "Field accuracy evaluation of ASF antigen rapid tests",
        "Diagnostic accuracy study service for locally available ASF antigen rapid tests, run against PCR on "
        "whole blood, serum and haemolysed serum from suspect cases. In a Lao evaluation (57 positive, 50 negative "
        "samples) one kit reached only 65% sensitivity and 76% specificity, better at low Ct values; we help "
        "buyers check a kit before large purchases.",
    ),
    (
        "qIo007",
        "en",
        "s_rpa",
        "RPA lateral-flow strip test for on-site ASF detection",
        "Recombinase polymerase amplification of the ASFV p72 gene read on a lateral-flow dipstick: detects 150 "
        "copies per reaction in 10 minutes at 38°C, no cross-reaction with classical swine fever virus, and agreed "
        "100% with real-time PCR on 145 field samples. Offered for licensing and for training of district labs.",
    ),
    (
        "qIo008",
        "en",
        "s_ilri_rdt",
        "Evaluation of ASF rapid detection assays for smallholder settings",
        "ILRI team evaluates rapid diagnostic tests for African swine fever where laboratories and expertise are "
        "scarce, comparing them with PCR, ELISA and other reference methods, and advises on early detection and "
        "separation of infected pigs when no vaccine or treatment is at hand.",
    ),
    (
        "qIo009",
        "en",
        "s_mdpi_asfdx",
        "Isothermal and serological ASF test portfolio",
        "Technical support package from a veterinary college on ASF diagnosis: real-time PCR, isothermal "
        "methods (LAMP, RPA, cross-priming amplification) for on-site use, antigen ELISA and fluorescent "
        "antibody test, and antibody ELISA/IPT; includes laboratory staff training and surveillance design.",
    ),
    (
        "qIo010",
        "vi",
        "s_chan_doan_asf",
        "Chẩn đoán phân biệt dịch tả heo châu Phi",
        "Dịch vụ lấy mẫu và chẩn đoán phòng thí nghiệm để phân biệt dịch tả heo châu Phi với dịch tả heo cổ điển, "
        "tai xanh thể cấp, đóng dấu, phó thương hàn, tụ huyết trùng, liên cầu khuẩn, Glasser, PCV2, giả dại và "
        "ngộ độc muối; dùng phát hiện kháng nguyên (FAT), PCR và kháng thể tùy thời điểm nhiễm.",
    ),
    (
        "qIo011",
        "vi",
        "s_nonglam_asf",
        "Khảo sát diễn biến ổ dịch tả heo châu Phi",
        "Khoa Chăn nuôi Thú y, ĐH Nông Lâm TP.HCM khảo sát ổ dịch ASF tại trại: tính tốc độ lây theo kiểu trại, "
        "ví dụ tỷ lệ mắc tích lũy 50% ở ngày thứ 4 tại trại nái máng ăn chung và ngày 16 ở trại máng riêng, ngày "
        "15-18 ở trại heo thịt; ghi nhận triệu chứng và đề xuất cách ly sớm.",
    ),
    (
        "qIo012",
        "vi",
        "s_chogao",
        "Điều tra dịch tễ và yếu tố nguy cơ ASF cấp hộ",
        "Nhóm nghiên cứu thú y thực hiện điều tra hồi cứu bằng bảng hỏi để phân tích yếu tố nguy cơ dịch tả heo "
        "châu Phi ở hộ chăn nuôi, như đã làm với 285 hộ (173 hộ có dịch) tại Chợ Gạo, Tiền Giang; kết quả dùng "
        "để khoanh vùng và ưu tiên biện pháp phòng tái phát.",
    ),
    # --- ASF vaccines ---
    (
        "qIo013",
        "vi",
        "s_hanoi_asfvac",
        "Vắc xin DTLCP NAVET-ASFVAC và hướng dẫn sử dụng",
        "Hai vắc xin dịch tả heo châu Phi NAVET-ASFVAC (NAVETCO) và AVAC ASF LIVE (AVAC Việt Nam) được cấp giấy "
        "chứng nhận lưu hành từ 5/2022 sau khi nhận chủng giống từ Bộ Nông nghiệp Hoa Kỳ. Cung ứng vắc xin kèm "
        "hướng dẫn sử dụng an toàn theo văn bản 4870/BNN-TY cho cơ sở chăn nuôi.",
    ),
    (
        "qIo014",
        "vi",
        "s_nn_avac",
        "Vắc xin AVAC ASF LIVE nhược độc đông khô",
        "AVAC Việt Nam cung cấp vắc xin AVAC ASF LIVE cho heo thịt từ 4 tuần tuổi: tiêm 1 liều duy nhất, bảo hộ ít "
        "nhất 5 tháng, virus nhân trên dòng tế bào DMAC có bằng độc quyền. Đã xuất hơn 3 triệu liều (2,5 triệu "
        "trong nước), giám sát tại trên 20 tỉnh từ 7/2023 đến 6/2024 không cơ sở nào nổ dịch.",
    ),
    (
        "qIo015",
        "vi",
        "s_memart_vacasf",
        "Tư vấn và cung ứng vắc xin dịch tả heo châu Phi",
        "Tư vấn chọn và cung ứng các vắc xin DTLCP đã cấp phép (NAVET-ASFVAC, AVAC ASF LIVE, HANVET ASF) dạng nhược "
        "độc đông khô, tiêm bắp cho heo khỏe 4-10 tuần tuổi; hướng dẫn liều theo nhà sản xuất, bảo quản và theo dõi sau tiêm.",
    ),
    (
        "qIo016",
        "en",
        "s_qdnd_avac",
        "AVAC ASF LIVE in 5-dose vials for small farms",
        "AVAC Vietnam supplies its ASF vaccine to small and medium farms in a new 5-dose vial (from September "
        "2025) to cut waste; more than 4 million doses supplied in Vietnam, 1.5 million in stock. A new vaccine "
        "against the type 1/type 2 hybrid strain is in development, registration expected in 2026.",
    ),
    (
        "qIo017",
        "en",
        "s_shic",
        "Commercial ASF vaccines for farmer purchase",
        "Briefing and sourcing support for the two Vietnamese commercial ASF vaccines (NAVET-ASFVAC, AVAC ASF "
        "LIVE): sold to farmers rather than supplied by government, about USD 1.50 per dose, different rules on "
        "piglet age and duration of immunity; pilot use of 600,000 doses gave positive results.",
    ),
    (
        "qIo018",
        "en",
        "s_sggp_export",
        "Expert support for ASF vaccination campaigns",
        "Vaccine producers and the veterinary department send experts to organise ASF vaccination campaigns for "
        "households, farms and companies, after 600,000 supervised doses in over 40 provinces; producers monitor "
        "and answer for the quality of the vaccine supplied.",
    ),
    (
        "qIo019",
        "vi",
        "s_vnua_asfvac",
        "Tư vấn an toàn sinh học phòng ASF khi chưa có vắc xin",
        "Khoa Thú y, Học viện Nông nghiệp Việt Nam tổng hợp tình hình nghiên cứu vắc xin ASF (nhược độc, dưới đơn "
        "vị) và kinh nghiệm ứng phó của các nước; tư vấn áp dụng nghiêm an toàn sinh học và kiểm soát vệ sinh như "
        "biện pháp quan trọng nhất để ngăn ASF.",
    ),
    (
        "qIo020",
        "en",
        "s_vnplus_avac",
        "On-farm ASF vaccine trials and monitoring",
        "AVAC Vietnam hosts and monitors field use of AVAC ASF LIVE on farms, as in the Philippine trial where "
        "1,000 doses were given and all vaccinated pigs stayed safe; importers and farmers can check vaccinated "
        "herds directly and follow a phased, larger rollout.",
    ),
    (
        "qIo021",
        "vi",
        "s_memart_vinh",
        "Vắc xin DTLCP sản xuất trong nước: thông tin và triển khai",
        "Thông tin và hỗ trợ triển khai vắc xin DTLCP giảm độc lực sống của Việt Nam cho heo thịt 4-8 tuần tuổi: "
        "NAVET-ASFVAC công bố 3/6/2022, AVAC ASF LIVE được dùng có giám sát từ 8/7/2022; thí điểm 600.000 liều, "
        "bảo hộ trên 85-95% heo được tiêm.",
    ),
    # --- pig vaccination schedules, PRRS ---
    (
        "qIo022",
        "vi",
        "s_memart_loncon",
        "Lịch tiêm phòng cho heo con theo ngày tuổi",
        "Lịch tiêm cho heo con theo mốc 2-3 ngày, 7-14 ngày, 20-27 ngày…: tiêm sắt, E. coli, suyễn, tai xanh, "
        "dịch tả, lở mồm long móng; bảo quản vắc xin 2-8°C, không tiêm heo đang bệnh hay stress, theo dõi sốt và "
        "áp xe sau tiêm.",
    ),
    (
        "qIo023",
        "vi",
        "s_thoisu_lon",
        "Nguyên tắc và lịch tiêm vắc xin cho heo nái",
        "Hướng dẫn lịch vắc xin cho heo con, hậu bị, nái chửa, nái nuôi con và đực giống: miễn dịch hình thành sau "
        "3 tuần, các vắc xin cách nhau ít nhất 1 tuần, tiêm nái an toàn từ ngày 70 sau phối đến 3 tuần trước đẻ "
        "(chửa 113-115 ngày); kèm phòng cầu trùng và phó thương hàn.",
    ),
    (
        "qIo024",
        "vi",
        "s_2lua",
        "Chương trình vắc xin trọn vòng đời cho trại heo",
        "Chương trình vắc xin cho nái hậu bị (tuần 2 Parvo và giả dại, tuần 3 dịch tả và LMLM, tuần 4 Mycoplasma, "
        "tuần 5 tai xanh, phối ở tuần 8), nái mang thai (tuần 10, 12, 14), heo con và heo thịt; định kỳ giả dại "
        "toàn đàn tháng 4, 8, 12.",
    ),
    (
        "qIo025",
        "vi",
        "s_memart_quytrinh",
        "Quy trình tiêm vắc xin cho heo con",
        "Quy trình tiêm heo con từ 2-3 ngày đến 90-100 ngày tuổi (mũi dịch tả thứ 3), khoảng cách tối thiểu 7 "
        "ngày giữa các mũi, thời gian tạo miễn dịch 14-21 ngày; hướng dẫn bảo quản lạnh, vệ sinh kim tiêm và xử "
        "lý phản ứng sau tiêm.",
    ),
    (
        "qIo026",
        "vi",
        "s_mindfarm",
        "Lịch vắc xin giả dại theo từng đối tượng",
        "Tư vấn lịch tiêm vắc xin giả dại: tiêm khẩn cấp vắc xin chết cho nái chửa 3-4 tuần trước đẻ khi dịch "
        "lưu hành; duy trì nái và đực giống MLV mỗi 4-6 tháng; heo thịt mũi 1 lúc 6-7 tuần, nhắc sau 3-4 tuần.",
    ),
    (
        "qIo027",
        "vi",
        "s_123_naivac",
        "Dịch vụ tiêm phòng trọn gói cho trại heo nái",
        "Đội kỹ thuật nhận tiêm phòng cho nái hậu bị (tai xanh, dịch tả, khô thai, LMLM, giả dại, circo) và nái "
        "mang thai; tại trại thực tập, 58 nái mang thai được tiêm đủ lịch với tỷ lệ an toàn 100%, không sốc thuốc.",
    ),
    (
        "qIo028",
        "en",
        "s_prrs_engormix",
        "PRRS control through herd health management",
        "Veterinary consultancy on porcine reproductive and respiratory syndrome: management practices, pig flow, "
        "gilt acclimatisation, vaccination and control of secondary bacterial and viral infections to limit "
        "abortions, stillbirths and poor growth after PRRSV outbreaks.",
    ),
    (
        "qIo029",
        "en",
        "s_prrs_plos",
        "PRRS type 2 modified-live vaccine",
        "Modified-live PRRS type 2 vaccine (2 mL dose): in a blinded challenge study on 95 pigs, vaccinated groups "
        "had lower viraemia, fewer fever days and better daily gain at every challenge dose.",
    ),
    (
        "qIo030",
        "en",
        "s_prrs_monitor",
        "PRRS herd status monitoring by RT-PCR and ELISA",
        "Monitoring programme that samples umbilical cords, weak-born piglets or weaners and tests by RT-PCR and "
        "ELISA to classify a sow farm as negative, positive stable or positive unstable, check a control plan and "
        "find the virus source.",
    ),
    (
        "qIo031",
        "vi",
        "s_prrs_vi",
        "Tư vấn phòng và trị bệnh tai xanh ở heo",
        "Hướng dẫn phòng bệnh tai xanh (PRRS) và hạn chế bệnh kế phát: kháng sinh cho heo con 3, 7, 14 ngày tuổi, "
        "bù nước điện giải, phác đồ cho nái và đực giống khi có ca bệnh; chưa có điều trị đặc hiệu thể cấp.",
    ),
    (
        "qIo032",
        "en",
        "s_ilri_biosec",
        "Biosecurity assessment of small-scale pig farms",
        "ILRI and the Vietnam National University of Agriculture assess biosecurity on small-scale pig farms "
        "(1-10 pigs up to medium scale) with longitudinal checklists, as done in Hung Yen and Nghe An, and "
        "recommend options for cleaning, disinfection and disease control.",
    ),
    # --- poultry vaccination ---
    (
        "qIo033",
        "vi",
        "s_memart_gacon",
        "Lịch làm vắc xin cho gà con",
        "Phác đồ vắc xin gà con theo ngày tuổi: Marek 1 ngày, cầu trùng 1-3 ngày, Newcastle-IB 3-5 ngày, Gumboro "
        "và đậu 5-7 ngày, cúm H5N1 15 ngày, Lasota 21 ngày, Gumboro nhắc 24 ngày, tụ huyết trùng 30-40 ngày, "
        "Newcastle chủng M 60 ngày; hướng dẫn nhỏ mắt, tiêm dưới da.",
    ),
    (
        "qIo034",
        "vi",
        "s_memart_tiemga",
        "Lịch tiêm cho gà thịt, gà đẻ và gà thả vườn",
        "Lịch vắc xin cho gà thịt, gà sinh sản, gà chọi và gà thả vườn, thêm viêm thanh khí quản 35-42 ngày, tụ "
        "huyết trùng 40-45 ngày, cúm và Newcastle nhắc 60-90 ngày, duy trì Newcastle, cúm A, ILT định kỳ sau 120 "
        "ngày; kèm lưu ý vệ sinh chuồng và phản ứng sau tiêm.",
    ),
    (
        "qIo035",
        "vi",
        "s_gasao",
        "Quy trình phòng Newcastle và Gumboro cho gà Sao",
        "Trung tâm nghiên cứu gia cầm Thụy Phương chuyển giao quy trình vắc xin cho gà Sao: nhỏ ND-IB lúc 10 và 25 "
        "ngày, tiêm nhũ dầu lúc 45 và 170 ngày (gà đẻ); không cần vắc xin Gumboro; tỷ lệ nuôi sống 90-98,73%.",
    ),
    (
        "qIo036",
        "vi",
        "s_q99",
        "Tư vấn lịch tiêm vắc xin Newcastle cho gà",
        "Tư vấn chọn vắc xin Newcastle sống và vô hoạt, lịch tiêm theo mùa giao mùa; chi phí vắc xin khoảng "
        "5.000-7.000 đồng/con so với 10.000-15.000 đồng tiền thuốc khi gà bệnh, giảm dùng kháng sinh.",
    ),
    (
        "qIo037",
        "vi",
        "s_dagia",
        "Vắc xin đa giá Newcastle - Gumboro - viêm phế quản",
        "Xí nghiệp thuốc thú y trung ương sản xuất vắc xin đa giá phòng 3 bệnh Newcastle, Gumboro và viêm phế quản "
        "truyền nhiễm; 5 lô thử nghiệm đạt vô trùng, an toàn, hiệu lực, tỷ lệ bảo hộ Newcastle 86,66% sau khi nhỏ.",
    ),
    (
        "qIo038",
        "en",
        "s_up_broiler",
        "Broiler vaccination programme for high Newcastle risk",
        "University poultry reference centre programme for broilers: IB and Newcastle at day old by eye drop or "
        "coarse spray, Gumboro in drinking water at day 14, cloned La Sota by fine spray at 14-18 days, and a "
        "La Sota booster at day 28 if birds are kept past 42 days; advice tuned to maternal antibodies.",
    ),
    (
        "qIo039",
        "en",
        "s_kenya",
        "Vaccination schedule for layers and broilers",
        "Poultry association schedule: Newcastle eye or nasal drop at hatch or within 7 days, Marek's at the "
        "hatchery, IB at 2-3 weeks, La Sota in water at 5-6 weeks, fowl pox by wing web at 7-8 weeks, R2B "
        "Newcastle injection at 9-10 weeks; antibiotic/electrolytes 4 days before and 5 after vaccination.",
    ),
    (
        "qIo040",
        "en",
        "s_livestocking",
        "Layer pullet vaccination programme",
        "Programme for laying pullets: Marek's day 1 at hatchery, Newcastle and IB at 9-14 days, Gumboro at 14 "
        "and 28 days, Newcastle booster at week 4 and later, adapted to local coryza or pasteurellosis history, "
        "plus rodent, red mite and ammonia control.",
    ),
    (
        "qIo041",
        "en",
        "s_msd_broiler",
        "Typical broiler vaccination programme and in-ovo Marek's",
        "Reference broiler programme: Marek's at day 1 or in ovo at 17-19 days of embryonation, Newcastle and "
        "Massachusetts IB by coarse spray at day 1, optional second dose and intermediate Gumboro in water at "
        "14-21 days; vectored vaccines for ILT, ND or IBD also available.",
    ),
    (
        "qIo042",
        "en",
        "s_nvi_i2",
        "Thermostable I-2 Newcastle vaccine",
        "Live thermostable Newcastle vaccine on the heat-stable I-2 strain, at least 10^7 ELD50 per dose, in "
        "vials of 250, 100 and 50 doses, storable at +4°C; given by eye drop, drinking water or oral drench, "
        "suited to village chickens far from refrigeration.",
    ),
    (
        "qIo043",
        "en",
        "s_eth_i2",
        "Community vaccinator scheme for village chickens",
        "Participatory scheme that trains community vaccinators (two per village) to diagnose Newcastle disease "
        "and to prepare, handle and give thermostable ND vaccine by eye drop; in two villages 362 chickens of 54 "
        "households were vaccinated in two rounds before the peak season.",
    ),
    (
        "qIo044",
        "en",
        "s_lasota",
        "La Sota live Newcastle vaccine for drinking water",
        "Freeze-dried live Newcastle vaccine, La Sota strain, at least 10^6 EID50 per dose, in 1,000 or 2,500 dose "
        "vials; for drinking water from day 21 in chickens already primed, second dose at about 10 weeks for layers.",
    ),
    (
        "qIo045",
        "en",
        "s_b1",
        "B1 strain Newcastle vaccine for day-old to 7-day chicks",
        "Live freeze-dried Newcastle vaccine, B1 strain, 2,500 and 5,000 dose vials: 1,000 doses dissolved in 25 "
        "mL for eye drop, or in drinking water with skimmed milk, or by spray, for chickens 1-7 days old.",
    ),
    (
        "qIo046",
        "en",
        "s_mci",
        "Inactivated oil vaccine for layers and breeders",
        "Emulsified inactivated vaccine for primed layer and breeder hens against infectious coryza, Newcastle "
        "disease, infectious bronchitis and egg drop syndrome, given before lay.",
    ),
    # --- ducks ---
    (
        "qIo047",
        "vi",
        "s_dtv",
        "Vắc xin và tư vấn phòng bệnh dịch tả vịt",
        "Tư vấn tiêm phòng vắc xin dịch tả vịt cho vịt, ngan, ngỗng; bệnh do herpesvirus lây qua nước ao hồ và "
        "thủy cầm hoang dã, ủ bệnh 3-7 ngày, vịt sưng đầu, chảy nước mắt, sốt 42-43,5°C; ở ĐBSCL bệnh cao điểm "
        "từ tháng 3 đến tháng 7 nên cần tiêm trước mùa.",
    ),
    (
        "qIo048",
        "vi",
        "s_tembusu_hgn",
        "Giải pháp phòng bệnh Tembusu (hội chứng giảm đẻ) trên vịt",
        "Hướng dẫn kỹ thuật phòng và kiểm soát virus Tembusu trên vịt: bệnh làm tỷ lệ đẻ giảm từ 80-90% xuống dưới "
        "10% trong 1-2 tuần, vịt con viêm não, liệt, lật ngửa; chết 5-15%, bội nhiễm tới 30-50%; diệt muỗi, an "
        "toàn sinh học và hỗ trợ điều trị kế phát.",
    ),
    (
        "qIo049",
        "vi",
        "s_tembusu_nn",
        "Chẩn đoán và phòng bệnh Tembusu trên vịt",
        "Khoa Thú y, Học viện Nông nghiệp Việt Nam tư vấn chẩn đoán virus Tembusu (nhóm di truyền 1 và 2 lưu hành "
        "ở Việt Nam) và biện pháp phòng: bệnh nặng ở vịt con dưới 4 tuần và vịt hậu bị, vịt đẻ; lây qua muỗi "
        "Culex, không khí và truyền dọc qua trứng.",
    ),
    (
        "qIo050",
        "vi",
        "s_daixuyen",
        "Quy trình tiêm vắc xin cúm và viêm gan cho vịt, ngan",
        "Trung tâm Nghiên cứu Vịt Đại Xuyên chuyển giao quy trình tiêm vắc xin cúm H5N1 và viêm gan vịt: hiệu giá "
        "kháng thể trung bình 6,6 log2, bảo hộ 100% sau 30 ngày tiêm mũi 2; đàn sinh sản tiêm 3 lần trước đẻ cho "
        "vịt con miễn dịch thụ động cao hơn.",
    ),
    (
        "qIo051",
        "vi",
        "s_eds",
        "Vắc xin nhũ dầu hội chứng giảm đẻ EDS'76 cho gà",
        "Sản xuất vắc xin nhũ dầu vô hoạt phòng hội chứng giảm đẻ (EDS'76) ở gà đẻ, nghiên cứu tại Công ty Fivevet "
        "cùng Học viện Nông nghiệp Việt Nam; cung cấp cho trại gà đẻ tiêm trước khi vào đẻ.",
    ),
    (
        "qIo052",
        "en",
        "s_scite_i2",
        "I-2 Newcastle vaccine seed for developing-country use",
        "Naturally attenuated, thermotolerant I-2 Newcastle virus offered as vaccine seed: high titre in "
        "embryonated eggs, low pathogenicity, keeps at least 12 weeks at 22°C in 1% gelatin, spreads by contact, "
        "safe in 8-day-old local chicks; potency falls with long sun or heat exposure.",
    ),
    # --- avian influenza ---
    (
        "qIo053",
        "vi",
        "s_vifluvac",
        "Vắc xin cúm gia cầm NAVET-VIFLUVAC sản xuất trong nước",
        "Trung tâm nghiên cứu thú y, Công ty NAVETCO sản xuất vắc xin cúm gia cầm NAVET-VIFLUVAC chủng NIBRG-14, "
        "chủ động nguồn cung thay vắc xin nhập khẩu giá cao; chủng vắc xin chọn có trình tự axit amin tương đồng "
        "với chủng gây bệnh để đảm bảo hiệu lực.",
    ),
    (
        "qIo054",
        "vi",
        "s_fao_gc",
        "Tập huấn an toàn sinh học kiểm soát cúm gia cầm độc lực cao",
        "Bộ tài liệu và khóa tập huấn của FAO Việt Nam (2011) cho học viên về sức khỏe gia cầm và chăn nuôi an "
        "toàn: triệu chứng, dịch tễ cúm độc lực cao, đường lây, yếu tố nguy cơ và nguyên tắc an toàn sinh học trong nông hộ.",
    ),
    (
        "qIo055",
        "en",
        "s_watt",
        "H5N1 vaccination advice for mobile duck flocks",
        "Advisory on H5N1 control in Vietnam's large, mobile duck population, where most outbreaks hit "
        "unvaccinated village ducks in the south: ducks need at least three injections to resist H5N1, so "
        "schedules must reach flocks on time with the full course.",
    ),
    (
        "qIo056",
        "en",
        "s_mdpi_hpai",
        "Geospatial targeting of HPAI vaccination",
        "University of Hawaii and East-West Center method that maps high-probability areas for HPAI H5N1 with "
        "boosted regression trees and weighted overlay, then compares the cost-effectiveness of whole-area "
        "two-round vaccination with per-cycle vaccination only in high-risk areas.",
    ),
    (
        "qIo057",
        "en",
        "s_minh",
        "Spatio-temporal analysis of avian influenza outbreaks",
        "Epidemiology service from Massey University and the Department of Animal Health that analyses outbreak "
        "clusters in space and time; the Mekong Delta had 1,313 HPAI outbreaks in 837 communes in 2003-2007, "
        "ducks reaching 78% of outbreaks and waves peaking before Tet.",
    ),
    (
        "qIo058",
        "en",
        "s_lbm",
        "Live bird market surveillance for H5N1 in ducks",
        "FAO ECTAD with the Department of Animal Health and regional offices (including RAHO 7 in Can Tho) "
        "sample ducks at live bird markets to detect H5N1 that circulates without clinical signs and escapes "
        "outbreak reporting.",
    ),
    (
        "qIo059",
        "en",
        "s_ai_lfd_vn",
        "Lateral flow devices for H5N1 in chickens and ducks",
        "Field-evaluated lateral flow devices for avian influenza used flockside in Vietnam: against H5 RRT-PCR, "
        "bird-level sensitivity was 84.6% in chickens and 53.3% in ducks with the better kit, specificity 100%; "
        "feathers were the best sample, especially for ducks.",
    ),
    (
        "qIo060",
        "en",
        "s_ai_lfd_eg",
        "Flockside H5N1 testing protocol with swabs and feathers",
        "Protocol for flockside testing of suspected H5N1 flocks with two commercial lateral flow devices: adding "
        "feathers to tracheal and cloacal swabs raised sensitivity to 84.2%; positives are sent back for "
        "confirmatory RRT-PCR.",
    ),
    (
        "qIo061",
        "en",
        "s_ai_h5card",
        "Avian influenza H5 antigen rapid test cassette",
        "Lateral flow cassette detecting H5 haemagglutinin in laryngotracheal secretions or faeces of chickens, "
        "ducks and other birds; stored at 2-30°C in sealed pouch, single use, result read from a coloured line.",
    ),
    (
        "qIo062",
        "en",
        "s_affivet_h7",
        "Avian influenza H7 antigen rapid test card",
        "Colloidal-gold lateral flow card with monoclonal antibodies specific to the H7 subtype, for rapid "
        "on-site detection in clinical or environmental samples in poultry monitoring.",
    ),
    (
        "qIo063",
        "en",
        "s_ai_sciensano",
        "Comparative evaluation of avian influenza rapid antigen kits",
        "Laboratory comparison of commercial rapid antigen kits for HPAI H5N1: detection limits around 10^5-10^6 "
        "TCID50/mL, birds detectable from 48 hours after infection, organs usable as samples; positive or "
        "negative results still need confirmation by other methods.",
    ),
    (
        "qIo064",
        "en",
        "s_bsava",
        "Guidance on pen-side avian influenza tests and reporting",
        "Guidance for vets on using pen-side rapid antigen tests during avian influenza outbreaks: suspicion must "
        "be reported at once, a negative rapid test never rules out AI or delays reporting, and official testing "
        "is done by the reference laboratory.",
    ),
    (
        "qIo065",
        "vi",
        "s_hi_gaac",
        "Đánh giá đáp ứng miễn dịch vắc xin cúm bằng phản ứng HI",
        "Dịch vụ so sánh đáp ứng miễn dịch của các vắc xin cúm A/H5N1 bằng phản ứng ức chế ngưng kết hồng cầu "
        "(HI), như so sánh H5N1 Re-6 và Navet-Vifluvac trên gà ác ở Tiền Giang (tỷ lệ bảo hộ tới 85-95% lúc 60-90 "
        "ngày); giúp trại chọn vắc xin và thời điểm tiêm nhắc.",
    ),
    (
        "qIo066",
        "vi",
        "s_hi_gocong",
        "Giám sát tỷ lệ bảo hộ sau tiêm vắc xin cúm",
        "Lấy mẫu huyết thanh và xét nghiệm HI đánh giá tỷ lệ bảo hộ sau tiêm vắc xin cúm A/H5N1-Re5 cho đàn gà; "
        "khảo sát 900 mẫu tại 5 xã Gò Công Đông cho tỷ lệ mẫu đủ kháng thể bảo hộ 88,11%.",
    ),
    (
        "qIo067",
        "vi",
        "s_ctu_h5",
        "Xét nghiệm kháng thể và realtime RT-PCR virus cúm H5N1",
        "Trường Đại học Cần Thơ khảo sát kháng thể (phản ứng HI) và phát hiện virus H5N1 bằng realtime RT-PCR trên "
        "mẫu máu, mẫu swab của vịt, ngan, ngỗng, gà; từng phát hiện virus ở 16,67% mẫu swab vịt tại chợ gia cầm sống.",
    ),
    # --- cattle ---
    (
        "qIo068",
        "vi",
        "s_fmd_tp",
        "Vắc xin lở mồm long móng type O, A, Asia 1",
        "Cung ứng vắc xin lở mồm long móng các type O, A và Asia 1 cho trâu bò: gia súc tiêm lần đầu phải tiêm "
        "nhắc sau 28 ngày, sau đó cứ 6 tháng tiêm nhắc, mục tiêu đạt từ 80% tổng đàn.",
    ),
    (
        "qIo069",
        "vi",
        "s_lsd_dv",
        "Tiêm phòng khẩn cấp vắc xin viêm da nổi cục",
        "Cung ứng và tổ chức tiêm phòng vắc xin viêm da nổi cục cho trâu bò; đã cung ứng trên 2 triệu liều tại "
        "33 tỉnh và 27 cơ sở chăn nuôi từ 12/2020, tiêm khẩn cấp quanh ổ dịch.",
    ),
    (
        "qIo070",
        "vi",
        "s_lsd_hg",
        "Hướng dẫn kỹ thuật tiêm vắc xin viêm da nổi cục tại xã",
        "Cục Thú y phối hợp Sở Nông nghiệp tổ chức tiêm thí điểm vắc xin viêm da nổi cục cho trâu bò tại các xã "
        "có ổ dịch (như Niêm Sơn, Khâu Vai, Hà Giang) và hướng dẫn kỹ thuật cho thú y cơ sở.",
    ),
    (
        "qIo071",
        "vi",
        "s_fmd_tvu",
        "Phân tích cây sinh dòng virus lở mồm long móng",
        "Trường Đại học Trà Vinh phân tích trình tự và cây sinh dòng virus lở mồm long móng serotype A để xác "
        "định nguồn gốc chủng lưu hành; bệnh lây rất nhanh cho trâu bò, heo và loài nhai lại.",
    ),
    (
        "qIo072",
        "en",
        "s_lsd_review",
        "Choosing a lumpy skin disease vaccine",
        "Review-based advice on LSD vaccines for veterinary authorities and farmers: live attenuated versus "
        "inactivated products, quality, efficacy, safety, side effects and price, and how to measure "
        "seroconversion when checking a campaign.",
    ),
    (
        "qIo073",
        "en",
        "s_lsd_bioeno",
        "Lumpy skin disease vaccination practice",
        "Practical LSD vaccination notes: Neethling-strain or sheep/goat pox based vaccines, yearly vaccination "
        "of adult cattle, calves under 6 months from immune dams not vaccinated, about 50% of cattle get a 10-20 "
        "mm swelling at the injection site and dairy cows a short milk drop.",
    ),
    (
        "qIo074",
        "en",
        "s_lsd_india",
        "Lumpy skin disease recognition and management training",
        "Extension material and training on lumpy skin disease of cattle and buffalo: fever, skin nodules, milk "
        "drop, abortion, spread by biting insects, care of secondary infections; exotic thin-skinned breeds are "
        "hit harder.",
    ),
    # --- disinfection and biosecurity ---
    (
        "qIo075",
        "vi",
        "s_voi_nhachannuoi",
        "Hướng dẫn dùng vôi, Povidon Iod và Cloramin khử trùng chuồng",
        "Tạp chí Chăn nuôi Việt Nam hướng dẫn dùng ba hóa chất khử trùng dễ kiếm: vôi (phân biệt đá vôi, vôi "
        "sống, vôi bột, sữa vôi; vôi sống CaO không tự sát khuẩn), Povidon Iod và Cloramin, kèm cách pha và quy "
        "trình cho chuồng trại khi không mua được sản phẩm hiện đại.",
    ),
    (
        "qIo076",
        "vi",
        "s_voi_khcnn",
        "Chuyển giao cách dùng vôi, i-ốt và Cloramin B trong chăn nuôi",
        "Hướng dẫn pha sữa vôi 10-20% quét trần, tường, nước vôi trong sát khuẩn, lưu ý nước vôi để lâu gặp CO2 "
        "thành CaCO3 mất tác dụng ở hố sát trùng; cùng cách dùng i-ốt và Cloramin B cho nông hộ.",
    ),
    (
        "qIo077",
        "vi",
        "s_123_tieudoc",
        "Quy trình vệ sinh tiêu độc sát trùng cơ sở chăn nuôi",
        "Quy trình tiêu độc sát trùng định kỳ cho chuồng trại, dụng cụ, phương tiện: vệ sinh trước khi phun, chọn "
        "thuốc, liều, cách pha và cách phun theo đối tượng; virus cúm gia cầm, LMLM, tai xanh có thể phát tán xa hơn 3 km.",
    ),
    (
        "qIo078",
        "vi",
        "s_ncn_tieudoc",
        "Tiêu độc khử trùng định kỳ trong chăn nuôi",
        "Hướng dẫn tiêu độc cơ giới, vật lý và hóa học: không có dịch thì tiêu độc hàng tuần hoặc hàng tháng, có "
        "dịch thì 2 lần mỗi tuần đến khi hết dịch; nước nóng 60-80°C diệt hầu hết vi khuẩn không nha bào trong nửa giờ.",
    ),
    (
        "qIo079",
        "vi",
        "s_thinhphuc",
        "Cung cấp vôi khử trùng chuồng trại",
        "Hóa chất Thịnh Phúc cung cấp vôi sống (CaO) và vôi tôi Ca(OH)2 cho khử trùng chuồng trại, giá rẻ, dễ "
        "dùng, nâng pH môi trường ức chế vi khuẩn, nấm mốc; hướng dẫn liều rải an toàn cho vật nuôi.",
    ),
    (
        "qIo080",
        "vi",
        "s_saoviet",
        "Quy trình làm sạch trước khi khử trùng chuồng trại",
        "Hướng dẫn làm sạch khô rồi làm sạch ướt (ngưỡng cửa, sàn, máng ăn, đèn) để loại chất hữu cơ trước khi "
        "khử trùng, vì clo bị phân, sữa, máu làm bất hoạt nhanh; áp dụng trước khi nuôi lứa mới và sau dịch.",
    ),
    (
        "qIo081",
        "vi",
        "s_vaas",
        "Nguyên tắc khử trùng tiêu độc môi trường nuôi gia súc, gia cầm",
        "Viện Khoa học Nông nghiệp Việt Nam phổ biến nguyên tắc khử trùng tiêu độc: người phun có bảo hộ, hóa chất "
        "ít độc nằm trong danh mục thuốc thú y được phép lưu hành, làm sạch cơ học trước khi phun.",
    ),
    (
        "qIo082",
        "en",
        "s_nhf",
        "Cleaning and disinfection programme against ASF",
        "CID Lines (Ecolab) hygiene programme for pig farm entrances, tools, equipment and transport: efficient "
        "cleaning removes more than 90% of microorganisms and disinfection then 99.9%; broad-spectrum products "
        "applied by foam, spray, thermal or cold fogging.",
    ),
    (
        "qIo083",
        "en",
        "s_lanxess",
        "Advanced ASF biosecurity programme",
        "LANXESS biosecurity programme against African swine fever: planning, procedures, training and "
        "disinfectant tools for pig transport, feed and dead-haul vehicles, people, boots and equipment, and "
        "control of swill and meat products.",
    ),
    (
        "qIo084",
        "en",
        "s_iodex",
        "Disinfectants effective against ASF virus",
        "Biosecurity program with disinfectants effective on African swine fever virus (sodium hypochlorite, "
        "oxidising agents, glutaraldehyde, citric acid) for cleaning and disinfecting production facilities; "
        "downloadable program.",
    ),
    (
        "qIo085",
        "en",
        "s_brill",
        "Cleaning and disinfection protocols for pig holdings",
        "Training on cleaning and disinfection protocols for pig holdings to stop ASFV spread and allow "
        "repopulation after an outbreak: choice of authorised disinfectants for premises, vehicles and objects, "
        "classes of cleaning agents and factors that reduce efficacy.",
    ),
    (
        "qIo086",
        "en",
        "s_pmc_biosec",
        "Eight-point pig farm biosecurity system",
        "Design of pig farm biosecurity: location away from farms and slaughterhouses, fences, routine "
        "disinfection, a closed vehicle drying room at 60°C for more than 20 minutes, staff entrance with dirty, "
        "transition and clean zones, off-farm sampling of sick pigs and safe feed.",
    ),
    (
        "qIo087",
        "en",
        "s_wheelwash",
        "Automatic vehicle disinfection gate for farms",
        "Wheelwash Agriwash gate sprays disinfectant evenly over wheels and wheel arches of every vehicle entering "
        "or leaving a livestock or poultry site, triggered by sensors, replacing brush-and-hose routines that "
        "depend on drivers remembering.",
    ),
    (
        "qIo088",
        "en",
        "s_pigsite_vehicle",
        "Transport biosecurity programme with Virkon S",
        "Step-by-step vehicle biosecurity for pig hauliers and farms with Virkon S and proven dilution rates "
        "(foot-and-mouth 1:1300, classical swine fever 1:150, swine vesicular disease 1:200): only essential "
        "vehicles on site, wheels and arches disinfected on arrival.",
    ),
    (
        "qIo089",
        "en",
        "s_agweb",
        "Vehicle cleaning and disinfection at farm entry",
        "Neogen vehicle biosecurity solutions: defined secure perimeter with one entry point, signage, removal "
        "of dirt and manure, cleaning of cab interiors and exteriors, then disinfection of any vehicle allowed "
        "into the production area.",
    ),
    (
        "qIo090",
        "en",
        "s_biotraining",
        "Design of vehicle wash points on farms",
        "Guide to vehicle wash points: away from livestock, high-pressure hose to remove organic material, "
        "runoff kept from production areas and waterways, broad-spectrum disinfectant after washdown, and a "
        "single visitor parking area at the farm gate.",
    ),
    (
        "qIo091",
        "en",
        "s_agrifarmacy",
        "Swine farm disinfection and biosecurity supplies",
        "Supply of disinfectants and biosecurity items for pig farms: disinfection programmes, footbaths, "
        "fencing and access control, shower and change facilities, pest control and feed quality, with advice on "
        "reporting deaths.",
    ),
    (
        "qIo092",
        "en",
        "s_fao_vn_biosec",
        "Biosecurity checklist and farm audits for small pig farms",
        "FAO ECTAD and the Department of Livestock Production trained provincial staff to audit small-scale pig "
        "farms with a checklist on biosecurity, waste, disease prevention and antibiotic use, and set up model "
        "farms (footbaths at entrances) in Bac Giang and Nam Dinh.",
    ),
    (
        "qIo093",
        "en",
        "s_ohio",
        "On-farm traffic control and sanitation plans",
        "Ohio State University extension on herd biosecurity for cattle and other livestock: isolation of new "
        "animals, regulating movement of people, animals and equipment, and cleaning and disinfection "
        "procedures to keep disease agents out.",
    ),
    (
        "qIo094",
        "en",
        "s_agproud",
        "Disinfectant selection for cattle facilities and trailers",
        "Veterinary advice on choosing disinfectants by class (alcohols, aldehydes, chlorhexidine, bleach and "
        "iodine, peroxygens, quaternary ammonium) and on sanitation of facilities, trucks, trailers and chutes.",
    ),
    (
        "qIo095",
        "en",
        "s_agriorbit",
        "Vehicle disinfection during foot-and-mouth outbreaks",
        "Engineering view of practical vehicle disinfection in FMD outbreaks: every vehicle treated as a carrier, "
        "mud in tyre treads and undercarriage removed and disinfected at entry and exit.",
    ),
    # --- carcass disposal ---
    (
        "qIo096",
        "vi",
        "s_123_dot",
        "Quy trình đốt tiêu hủy xác heo bệnh",
        "Quy trình đốt 1.000 kg xác heo: 300 kg củi khô, 2 lít dầu diesel, 10 kg vôi bột, hóa chất Virkon S, "
        "Cloramin hoặc Iodine, hố 1x1x1 m; làm chết heo trước, để nguyên con, xếp củi 30-40 cm, đốt thành tro rồi "
        "khử trùng và chôn lấp tro.",
    ),
    (
        "qIo097",
        "vi",
        "s_hb_hochon",
        "Chọn địa điểm và quy cách hố chôn heo bệnh",
        "Hướng dẫn hố chôn: cách nhà dân, giếng, nguồn nước, chuồng nuôi ít nhất 100 m; 1 tấn xác cần hố 2x2x2 m, "
        "lót bạt, rải 1-2 kg vôi/m2, lớp đất phủ ít nhất 1,5 m và cao hơn mặt đất 0,5 m, có biển cảnh báo và ống "
        "thông khí với hố từ 3 tấn.",
    ),
    (
        "qIo098",
        "vi",
        "s_ncn_4178",
        "Hướng dẫn tiêu hủy heo dịch tả châu Phi bằng phương pháp đốt",
        "Tóm tắt hướng dẫn 4178/HD-BNN-TY (14/6/2019) cho vùng ĐBSCL nhiều kênh rạch khó chôn lấp: làm chết heo "
        "trước, chọn điểm đốt gần ổ dịch, xe chở kín sàn và được khử trùng, người tham gia có bảo hộ.",
    ),
    (
        "qIo099",
        "vi",
        "s_hcmc_incin",
        "Dịch vụ tiêu hủy tập trung bằng lò đốt nhiệt độ cao",
        "Khu xử lý chất thải nhận heo nhiễm dịch: phun Cloramin B, cân, đốt ở 1.100-1.400°C; khi quá tải thì trữ "
        "trong container đông lạnh âm 18 đến âm 25°C; điểm chôn lấp có rải vôi, đất sét, ống thu khí và khử mùi.",
    ),
    (
        "qIo100",
        "en",
        "s_medicalency",
        "Animal burial site design",
        "Specification for animal burial sites: groundwater at least 2.5 m below the surface, at least 0.5 km "
        "from villages, away from pastures, ponds, wells and roads, fenced with a ditch 1.4 m deep, carcasses "
        "buried 2 m deep; infected carcasses preferably rendered at high temperature.",
    ),
    # --- village veterinary workers ---
    (
        "qIo101",
        "vi",
        "s_caobang",
        "Đào tạo thú y viên thôn bản và tủ thuốc thú y thôn bản",
        "Kinh nghiệm dự án phát triển nông thôn Cao Bằng - Bắc Kạn: xây dựng đội giảng viên của Chi cục, các bước "
        "đào tạo thú y viên thôn bản, công cụ đánh giá đào tạo, lập tủ thuốc thú y thôn bản và tủ sách chuyên "
        "môn; chuyển giao cho địa phương khác.",
    ),
    (
        "qIo102",
        "vi",
        "s_vsf_ws",
        "Mạng lưới thú y cơ sở và giám sát dịch bệnh cấp huyện",
        "Mô hình của Nông nghiệp và Thú y không biên giới cùng Cục Thú y: mạng lưới thú y cơ sở phối hợp thú y "
        "viên tư nhân với trạm thú y huyện, kênh thông tin hai chiều từ thú y viên đến trạm để nâng cao giám sát "
        "và báo cáo dịch bệnh.",
    ),
    (
        "qIo103",
        "en",
        "s_vsf_handbook",
        "Handbook for planning CAHW programmes",
        "VSF International handbook (2024) on planning and managing community animal health worker programmes: "
        "selection, training, supervision and links with public and private vets so CAHWs stay part of the "
        "animal health system.",
    ),
    (
        "qIo104",
        "en",
        "s_paravet",
        "Privatised veterinary-supervised CAHW networks",
        "Approach for primary animal health services through para-veterinary workers run as private operators "
        "and as outreach of small-town clinics and pharmacies, supervised by veterinarians, with community "
        "involvement in design.",
    ),
    (
        "qIo105",
        "en",
        "s_fao_clw",
        "Review and planning of community livestock worker programmes",
        "University of Reading review of community-based animal health care: roles of community livestock "
        "workers in smallholder mixed farming, lessons for planning, institutional frameworks, training, "
        "monitoring and financing.",
    ),
    (
        "qIo106",
        "en",
        "s_vsf_woah",
        "Competency and curricula guidelines for CAHWs",
        "WOAH and VSF International project (USAID-funded, 2 years) developing competency and curricula "
        "guidelines for community animal health workers and analysing training and implementation models.",
    ),
    (
        "qIo107",
        "en",
        "s_cambodia_vahw",
        "KAP survey and training of village animal health workers on pig biosecurity",
        "Royal University of Agriculture and Kansas State University survey tool (KoboToolbox) assessing pig "
        "biosecurity knowledge and practice of farmers, village animal health workers, district vets and feed "
        "stores (225 farmers, 43 VAHWs), followed by targeted education.",
    ),
    (
        "qIo108",
        "en",
        "s_scepticemia",
        "Professionalising informal veterinary providers",
        "Programme to train and bring informal village animal health providers into formal systems, giving "
        "farmers a phone call away from care and reducing antimicrobial misuse under a One Health approach.",
    ),
    # --- vaccine cold chain ---
    (
        "qIo109",
        "en",
        "s_pmc_fridge",
        "On-farm vaccine fridge temperature monitoring",
        "Temperature data-logger audits of farm fridges used for livestock vaccines: in a study, 59% of fridges "
        "went above 8°C and 41% to 0°C or below, with extremes of 24°C and -12°C; we install loggers and advise on "
        "fixing the farm end of the cold chain.",
    ),
    (
        "qIo110",
        "en",
        "s_jimma",
        "Training on veterinary vaccine handling, transport and storage",
        "Jimma University course on types of veterinary vaccines and the protocols for handling, transporting and "
        "storing them, factors that reduce efficacy and adverse effects in the host.",
    ),
    (
        "qIo111",
        "en",
        "s_rabies_bp",
        "Vaccine storage infrastructure for vaccination campaigns",
        "Guidance on refrigerators for large vaccine volumes, kerosene or gas units where electricity is "
        "unreliable, freezer compartments only for ice packs, and keeping the cold chain in the field.",
    ),
    # --- rabies ---
    (
        "qIo112",
        "vi",
        "s_phanthiet",
        "Tổ chức tiêm vắc xin dại miễn phí cho chó mèo",
        "Trung tâm Kỹ thuật và Dịch vụ Nông nghiệp tổ chức tiêm đồng loạt vắc xin Rabisin cho chó mèo tại các điểm "
        "tiêm theo phường (một buổi sáng 130 liều; kế hoạch 9.378 liều), rồi tiêm bổ sung, tiêm vét để đạt trên 80% tổng đàn.",
    ),
    (
        "qIo113",
        "vi",
        "s_huongxuan",
        "Tiêm phòng dại chó tận nhà kèm bảo hiểm chủ nuôi",
        "Thú y viên đến từng nhà tiêm vắc xin dại (Rasubin, Rabigen-Mono), mức thu 50.000 đồng/con gồm vắc xin, "
        "công tiêm, bảo quản và bảo hiểm trách nhiệm dân sự chủ nuôi chó; có đợt tiêm vét và xử lý hộ không chấp hành.",
    ),
    (
        "qIo114",
        "vi",
        "s_bachthong",
        "Tổ tiêm phòng dại chó cấp xã",
        "Mô hình tổ tiêm phòng dại ở từng xã, thị trấn đến từng hộ tuyên truyền, vận động đăng ký và khai báo số "
        "chó; một huyện tiêm trên 4.000 liều mỗi đợt và nhiều năm không có bệnh dại trên đàn chó.",
    ),
    # --- disease reporting ---
    (
        "qIo115",
        "vi",
        "s_vahis_vi",
        "Hệ thống thông tin dịch bệnh động vật trực tuyến VAHIS",
        "Cục Thú y cùng FAO và USAID triển khai VAHIS kết nối trực tuyến các cơ quan thú y: báo cáo đột xuất khi "
        "có động vật mắc hoặc nghi mắc bệnh, báo cáo định kỳ tháng, quý, năm, trích xuất dữ liệu theo yêu cầu của "
        "OIE; hỗ trợ tỉnh đưa vào sử dụng.",
    ),
    (
        "qIo116",
        "en",
        "s_vahis_en",
        "ICT for livestock disease surveillance",
        "ILRI and the National Institute of Veterinary Research (ICT4Health project) advise on information and "
        "communication technology for livestock management and disease surveillance; with VAHIS, managers "
        "extract coordinates, herd size and losses within one minute.",
    ),
    (
        "qIo117",
        "en",
        "s_vahis_agrilinks",
        "Support to raise outbreak reporting into VAHIS",
        "PATH and ICF under the IDDS project improved VAHIS data entry and trained regional and provincial "
        "animal health staff, so all 63 provinces were reporting outbreak data by December 2021, up from very few reports.",
    ),
    (
        "qIo118",
        "vi",
        "s_kontum",
        "Hợp phần báo cáo dịch bệnh thủy sản trên VAHIS",
        "Hướng dẫn sử dụng hợp phần báo cáo dịch bệnh động vật thủy sản trên VAHIS (văn bản 3765/BNN-TY, 6/2023); "
        "hệ thống trên cạn đã giúp giảm trên 90% thời gian báo cáo.",
    ),
    # --- diagnostic laboratories ---
    (
        "qIo119",
        "vi",
        "s_ncvd",
        "Phép thử được công nhận VILAS 332 cho bệnh động vật",
        "Trung tâm Chẩn đoán thú y trung ương (Cục Thú y) nhận mẫu trâu, bò, lợn, gà, vịt, ngan, chó, mèo, nước và "
        "sản phẩm động vật với danh mục phép thử được công nhận VILAS 332 (hiệu lực 2025-2030) ở các phòng vi "
        "trùng, virus, huyết thanh và sinh học phân tử, gồm PCR các bệnh dịch trên heo và gia cầm.",
    ),
    (
        "qIo120",
        "vi",
        "s_tcvn_gumboro",
        "Chẩn đoán bệnh Gumboro theo TCVN 8400-32:2015",
        "Chẩn đoán bệnh Gumboro ở gia cầm theo tiêu chuẩn quốc gia: lấy túi Fabricius, lách, hạch ruột từ 3-5 gà "
        "nghi bệnh, phương pháp parafin, và phân biệt với Newcastle, cúm gia cầm, viêm phế quản truyền nhiễm theo bệnh tích.",
    ),
    (
        "qIo121",
        "en",
        "s_mds_sero",
        "ELISA serology testing service",
        "Serology laboratory using ELISA as the primary test with immunostaining for borderline results; "
        "accepts serum in screw-capped vials or centrifuged blood, notes on heat-inactivated or diluted samples.",
    ),
    (
        "qIo122",
        "en",
        "s_ncvdl",
        "State veterinary diagnostic laboratory services",
        "Veterinary diagnostic laboratory system offering necropsy, biopsy, immunohistochemistry, bacteriology, "
        "serology, molecular diagnostics and virology, with submission forms, result reporting and fee schedules.",
    ),
    (
        "qIo123",
        "en",
        "s_waddl",
        "Avian health laboratory sample submission",
        "Avian health and food safety laboratory: carcasses for necropsy kept chilled not frozen, double bagged "
        "and received within 5 days, shipped overnight on ice; tests and fees list the sample needed.",
    ),
    (
        "qIo124",
        "en",
        "s_isu_bvdv",
        "Bovine viral diarrhoea serology by ELISA",
        "Laboratory test for bovine viral diarrhoea virus antibodies in cattle serum by ELISA; USD 10 submission "
        "fee per case, call ahead for large or export batches.",
    ),
    (
        "qIo125",
        "en",
        "s_ndsu",
        "General investigation necropsy package for food animals",
        "Routine investigation package for a whole animal or field necropsy tissues: histopathology, bacterial "
        "cultures, one PCR, virology and parasitology, 3-7 day turnaround; food animal necropsy with investigation USD 152.",
    ),
    (
        "qIo126",
        "en",
        "s_padls",
        "Animal diagnostic laboratory system user guide",
        "Guide to a state animal diagnostic laboratory network: submission, results, fees, field investigation "
        "unit, rabies service and list of reportable diseases.",
    ),
    (
        "qIo127",
        "en",
        "s_kr_handbook",
        "Standard veterinary diagnostic techniques handbook",
        "Handbook of standard diagnostic techniques for bacterial, common infectious and other diseases of "
        "cattle, pigs, chickens, horses, dogs and cats, for consistent national disease management and training.",
    ),
    (
        "qIo128",
        "vi",
        "s_salmonella_ga",
        "Vắc xin vô hoạt phòng Salmonella typhimurium ở gà",
        "Tài liệu về vắc xin vô hoạt phòng bệnh do Salmonella typhimurium ở gà.",
    ),
    (
        "qIo129",
        "en",
        "s_ars_lfd",
        "Performance data for avian influenza lateral flow devices",
        "USDA ARS study of commercial lateral flow tests for HPAI in chickens exposed to H7N3 and H5N2: low "
        "analytic sensitivity at low virus levels, so targeted sampling of sick and dead birds is advised; swabs "
        "taken every 12 hours.",
    ),
    # --- distractors: neighbouring fields ---
    (
        "qIo130",
        "vi",
        "s_ca_tra",
        "Vắc xin cho cá tra phòng gan thận mủ",
        "Vắc xin tiêm Alpha Ject Panga 1 (Pharmaq) phòng vi khuẩn Edwardsiella ictaluri gây bệnh gan thận mủ trên "
        "cá tra; hiệu quả bảo vệ tới 90% với bệnh xuất huyết và 70% với gan thận mủ.",
    ),
    (
        "qIo131",
        "vi",
        "s_hoangky",
        "Chiết xuất hoàng kỳ phòng bệnh mủ gan cá tra",
        "Dùng chiết xuất cây hoàng kỳ trộn thức ăn để tăng sức đề kháng cá tra với Edwardsiella ictaluri, giảm "
        "dùng kháng sinh khi vi khuẩn đã kháng oxytetracycline, sulfonamide.",
    ),
    (
        "qIo132",
        "vi",
        "s_tilapia",
        "Iodine, bột tỏi, vitamin C trị bệnh liên cầu cá rô phi",
        "Viện Nghiên cứu Nuôi trồng Thủy sản 1 thử nghiệm bột tỏi 0,1 g/kg cá với vitamin C hoặc iodine trị "
        "Streptococcus agalactiae trên cá rô phi, tỷ lệ sống 64-76% so với 19,9% ở đối chứng.",
    ),
    (
        "qIo133",
        "vi",
        "s_tomca",
        "Nhận biết 6 bệnh thủy sản phải công bố dịch",
        "Tài liệu nhận biết 6 bệnh nguy hiểm trên tôm và cá nuôi phải công bố dịch (đốm trắng, Taura…): tác nhân, "
        "loài cảm nhiễm, dấu hiệu và đường lây trong ao.",
    ),
    (
        "qIo134",
        "en",
        "s_probiotic_kr",
        "Multi-strain probiotics with Saccharomyces for pigs",
        "Multi-strain probiotic products containing Saccharomyces cerevisiae to balance the pig gut microbiome, "
        "improve immunity and growth in place of antibiotic growth promoters.",
    ),
    (
        "qIo135",
        "en",
        "s_probiotic_nat",
        "Lactic acid bacteria probiotic strains for pig feed",
        "Thai lactic acid bacteria strains as feed probiotics for pigs to reduce diarrhoea and Enterobacteriaceae "
        "and improve growth where in-feed antibiotics are banned.",
    ),
    (
        "qIo136",
        "en",
        "s_illinois",
        "Clostridium butyricum direct-fed microbial",
        "University of Illinois results showing the probiotic Clostridium butyricum gives growth promotion in "
        "pigs similar to antibiotics.",
    ),
    (
        "qIo137",
        "en",
        "s_engormix_add",
        "Non-antibiotic feed additives for weaned pigs",
        "Review-based advice on acidifiers, zinc and copper, prebiotics, direct-fed microbials, yeast, "
        "nucleotides and plant extracts to support weaned pig performance and immune function.",
    ),
    (
        "qIo138",
        "en",
        "s_mdpi_syn",
        "Probiotics, prebiotics and synbiotics for pigs and poultry",
        "Evidence review on feed probiotics, prebiotics and synbiotics in pigs and broilers and layers: gut "
        "health, daily gain, feed conversion, and lower nitrogen, phosphorus and ammonia emissions.",
    ),
    (
        "qIo139",
        "vi",
        "s_covidtest",
        "Dịch vụ xét nghiệm COVID-19 cho người",
        "Bảng giá dịch vụ xét nghiệm COVID-19 (RT-PCR, test nhanh kháng nguyên) cho người tại cơ sở y tế áp dụng "
        "từ ngày 21/2.",
    ),
    (
        "qIo140",
        "vi",
        "s_vienyhoc",
        "Tiêm vắc xin phòng dại cho người",
        "Dịch vụ tiêm vắc xin phòng dại cho người bị chó, mèo cắn hoặc có nguy cơ phơi nhiễm, tư vấn phác đồ tiêm.",
    ),
    (
        "qIo141",
        "vi",
        "s_bytecum",
        "Khuyến cáo y tế phòng lây nhiễm cúm gia cầm sang người",
        "Khuyến cáo của Cục Y tế dự phòng để người dân phòng lây cúm gia cầm: không giết mổ, ăn gia cầm bệnh, rửa "
        "tay, đi khám khi sốt sau tiếp xúc gia cầm.",
    ),
    (
        "qIo142",
        "en",
        "s_vacstorage_wiki",
        "Human vaccine storage and cold chain equipment",
        "Overview of human vaccine storage: the 2-8°C cold chain, WHO standards for refrigerators, freezers, cold "
        "boxes and vaccine carriers, thermometers, and -80 to -60°C storage for some COVID-19 vaccines.",
    ),
    (
        "qIo143",
        "en",
        "s_ucdavis_pcr",
        "PCR panels for dogs and horses",
        "Real-time PCR core facility tests for companion animals: canine influenza H3N2 (USD 58), canine "
        "respiratory panel, equine coronavirus and equine diarrhoea panel.",
    ),
    (
        "qIo144",
        "vi",
        "s_feed_qc",
        "Tư vấn quy chuẩn kỹ thuật quốc gia về thức ăn chăn nuôi",
        "Hỗ trợ doanh nghiệp áp dụng Thông tư 04/2020/TT-BNNPTNT về quy chuẩn kỹ thuật quốc gia đối với thức ăn "
        "chăn nuôi: chỉ tiêu an toàn, công bố hợp quy.",
    ),
    (
        "qIo145",
        "vi",
        "s_nhapkhau",
        "Dịch vụ thủ tục nhập khẩu thuốc thú y",
        "Dịch vụ làm hồ sơ xin giấy chứng nhận nhập khẩu thuốc thú y cho doanh nghiệp.",
    ),
    (
        "qIo146",
        "en",
        "s_creepbox",
        "Creep boxes for suckling piglets",
        "Smallholder pig project (NIAH, Hue University, University of Queensland) introducing creep boxes that "
        "keep suckling piglets dry and warm on demonstration farms in Quang Tri.",
    ),
    (
        "qIo147",
        "vi",
        "s_lingo",
        "Kiến trúc Chính phủ điện tử ngành y tế",
        "Tư vấn kiến trúc Chính phủ điện tử Bộ Y tế phiên bản 2.0 (Quyết định 6085/QĐ-BYT năm 2019) cho hệ thống "
        "thông tin ngành y.",
    ),
    (
        "qIo148",
        "vi",
        "s_vb_thongke",
        "Giáo trình phân tích số liệu thí nghiệm chăn nuôi",
        "Giáo trình phân tích số liệu thí nghiệm và công bố kết quả nghiên cứu chăn nuôi (ebook).",
    ),
    (
        "qIo149",
        "vi",
        "s_vb_thuysan",
        "Quy trình sản xuất giống thủy sản giá trị kinh tế",
        "Tài liệu quy trình sản xuất giống các loài thủy sản có giá trị kinh tế.",
    ),
    (
        "qIo150",
        "en",
        "s_bioevopeak",
        "Laboratory freezers and temperature monitoring for vaccine storage",
        "Dedicated refrigerators, freezers and temperature monitoring for storing vaccines in laboratories and "
        "campaigns, to avoid losses from heat, cold or light.",
    ),
    (
        "qIo151",
        "en",
        "s_immacad",
        "Training video on the immunization cold chain",
        "Immunization Academy video explaining why vaccines must stay within set temperature ranges and how "
        "immunization programmes rely on a dependable cold chain.",
    ),
    (
        "qIo152",
        "vi",
        "s_bvtv_training",
        "Tập huấn thiết bị phun thuốc bảo vệ thực vật và hiệu chuẩn",
        "Tài liệu tập huấn đại lý thuốc BVTV: chọn máy, bình phun và vòi phun thủy lực, kỹ thuật phun an toàn, bảo "
        "dưỡng, hiệu chuẩn lượng nước và liều thuốc trên mỗi ha cây trồng.",
    ),
    (
        "qIo153",
        "vi",
        "s_remote_sprayer",
        "Máy xịt thuốc trừ sâu điều khiển từ xa cho ruộng lúa",
        "Máy phun thuốc BVTV điều khiển bằng remote do nông dân Châu Phú (An Giang) chế tạo, xa 300-400 m, 1 ha "
        "trong 45 phút, công 80.000 đồng/ha, giảm chi phí thuốc so với xịt tay.",
    ),
    (
        "qIo154",
        "vi",
        "s_solar_sprayer",
        "Bình xịt điện năng lượng mặt trời cho cây trồng",
        "Bình xịt điện năng lượng do nông dân An Giang sáng chế, tiết kiệm 50% thuốc BVTV và nửa thời gian phun "
        "cho lúa, cây ăn trái; giá hơn 2 triệu đồng, hoàn vốn sau một vụ.",
    ),
    (
        "qIo155",
        "en",
        "s_fao_biodig",
        "Low-cost polyethylene tube biodigesters",
        "Installation of low-cost polyethylene tube biodigesters on small farms to turn pig and cattle manure "
        "into biogas and a better fertiliser, cutting pollution.",
    ),
    (
        "qIo156",
        "en",
        "s_cd3wd_biogas",
        "VACB farming model with biogas for Mekong farms",
        "Can Tho University Renewable Energy Center model linking garden, fish pond, pigs and biogas (VACB) for "
        "household farms of up to about 20 pigs in the Mekong Delta.",
    ),
    (
        "qIo157",
        "en",
        "s_iae_biogas",
        "Nutrient flow advice for pig farms with biogas",
        "Field survey and advice on manure and digestate use for pig farms with biogas: keep the manure-to-water "
        "ratio near 1:5 instead of 1:11 so retention stays in the 35-55 day range.",
    ),
    (
        "qIo158",
        "vi",
        "s_petspa_vl",
        "Dịch vụ spa, tắm gội cho chó mèo cảnh",
        "Phòng khám thú y và cửa hàng ở TP Vĩnh Long nhận tắm gội, cắt tỉa, nhuộm lông cho chó mèo cảnh, mỗi lần "
        "1-2 giờ, gói định kỳ 2 lần mỗi tuần.",
    ),
    (
        "qIo159",
        "vi",
        "s_petclinic_hue",
        "Phòng khám và spa thú cưng",
        "Phòng khám thú y thú cưng nhận khám định kỳ, siêu âm, phẫu thuật (ví dụ tắc ruột do búi lông ở mèo), tiêm "
        "vắc xin cho chó mèo nuôi trong nhà, kèm spa.",
    ),
    (
        "qIo160",
        "vi",
        "s_sprayer_maint",
        "Vận hành, sửa chữa máy phun thuốc trên cánh đồng lớn",
        "Tài liệu tập huấn (2017) về phân loại, cấu tạo bơm, vòi, giàn phun và cân chỉnh máy phun thuốc cho mô "
        "hình cánh đồng lớn cơ giới hóa sản xuất lúa ở phía Nam.",
    ),
    (
        "qIo161",
        "en",
        "s_mekarn_biogas",
        "Biogas technology transfer to small farms",
        "National Institute of Animal Husbandry programme installing polyethylene-tube and brick-cement "
        "biodigesters on small farms (2-5 pigs, 1-2 cattle) through pilot demonstrations and extension.",
    ),
]
