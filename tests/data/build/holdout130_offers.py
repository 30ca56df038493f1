"""Offers for holdout130 (medical waste and sterilisation). Rows: (id, language, source key, title, description).

Distractors (offers from neighbouring fields that share words with the needs) are marked "# D" on their row.
"""

OFFERS = [
    # --- steam / autoclave treatment of infectious waste ---
    (
        "nBo001",
        "vi",
        "dlpl_qcvn55",
        "Thử nghiệm, đánh giá thiết bị hấp chất thải y tế lây nhiễm theo QCVN 55:2013/BTNMT",
        "Trung tâm kỹ thuật môi trường nhận kiểm tra tính năng kỹ thuật và môi trường của nồi hấp xử lý chất thải lây nhiễm "
        "trước khi nghiệm thu hoặc định kỳ, đối chiếu với QCVN 55:2013/BTNMT (ban hành kèm Thông tư 57/2013/TT-BTNMT ngày "
        "31/12/2013). Phục vụ đơn vị sản xuất, nhập khẩu, phân phối và cơ sở y tế đang sử dụng thiết bị hấp; có lấy mẫu, "
        "phân tích và lập biên bản để nộp cơ quan quản lý.",
    ),
    (
        "nBo002",
        "en",
        "delrus_iss",
        "ISS-150L integrated steam sterilizer and shredder for on-site infectious waste",
        "Compact unit that shreds and steam-sterilizes biohazard waste (sharps, needles, dialyzers, syringes) in one vessel "
        "at the hospital or clinic. About 15 minutes of heating and grinding up to 136 C, then 7 minutes holding at 136 C; "
        "air leaves through a 0.2 micron bacteriological filter. Full automatic cycle 30-40 minutes, using 4-6 kWh of "
        "electricity and 10-15 litres of water per batch; condensate goes through a heat exchanger to the drain.",
    ),
    (
        "nBo003",
        "en",
        "qsm_autoshred",
        "Autoclave-shredder systems to replace hauling infectious waste to distant incinerators",
        "Engineering firm integrating autoclave-shredder systems into hospitals without disrupting daily work. Segregated "
        "waste is loaded, shredded before or after the steam cycle and discharged as unrecognisable, confetti-like "
        "material that, depending on local rules, can be handled like municipal waste. Unlike a stand-alone autoclave, the "
        "shredding also destroys needles and reduces volume.",
    ),
    (
        "nBo004",
        "en",
        "wanroo_shredauto",
        "Shredding autoclave for hospitals, clinics, health centres and dental practices",
        "Manufacturer of a shredding autoclave that performs shredding, sterilization and drying in a single machine, "
        "avoiding secondary pollution and saving floor space. Aimed at the roughly 15% of healthcare waste that is "
        "hazardous (bandages, swabs, syringes, red bags, blades). Cuts packaging, transport and landfill costs for "
        "small and medium facilities.",
    ),
    (
        "nBo005",
        "en",
        "shredchina_mw",
        "Autoclave plus slow-speed shredder line for central medical waste treatment",
        "Bags of medical waste are fed by chain conveyor into an autoclave that reaches 121 C and 280 kPa and holds about "
        "30 minutes for 99.9% microbial inactivation. A discharge screw empties the autoclave onto a conveyor feeding a "
        "high-torque TD56 shredder, so the sterilized waste leaves as unrecognisable pieces that cool in storage before "
        "landfill. Suited to a treatment site serving several facilities.",
    ),
    (
        "nBo006",
        "vi",
        "doc_phuongphap",
        "Tư vấn chọn công nghệ xử lý nhiệt độ thấp cho chất thải rắn y tế (hấp ướt, vi sóng, nhiệt khô)",
        "Nhóm chuyên gia môi trường tư vấn lựa chọn giữa các công nghệ nhiệt độ thấp 100-180 độ C: hấp hơi nước trong nồi "
        "hấp, vi sóng (thực chất là nhiệt ướt do nước và hơi nước trong chất thải tạo ra) và nhiệt khô bằng hồng ngoại "
        "hoặc điện trở. So sánh với công nghệ nhiệt độ cao (đốt) về biến đổi của chất thải và đặc tính khí thải để chủ "
        "đầu tư chọn phương án phù hợp.",
    ),
    (
        "nBo007",
        "vi",
        "skds_congnghe",
        "Công nghệ xử lý rác thải y tế không đốt của Viện Nghiên cứu Cơ khí",
        "Công nghệ xử lý chất thải y tế không dùng phương pháp đốt, thân thiện môi trường: tiêu diệt 99,9999% vi khuẩn, "
        "không phát sinh ô nhiễm thứ cấp, năng suất khoảng 10 tấn/ngày. Phù hợp khu xử lý tập trung cấp tỉnh hoặc liên "
        "huyện; Viện nhận chuyển giao và lắp đặt.",
    ),
    (
        "nBo008",
        "vi",
        "senvi_congnghe",
        "Hệ thống hấp - nghiền xử lý chất thải lây nhiễm không đốt thay cho lò đốt",
        "Doanh nghiệp cung cấp giải pháp không đốt cho chất thải y tế lây nhiễm, thay lò đốt vốn cần hệ thống xử lý khí "
        "thải đắt gấp khoảng 3 lần lò, tiêu tốn 1,75 lít dầu cho mỗi kg chất thải khô và 3-4 lít với chất thải ẩm, lại "
        "phát sinh dioxin, furan, SOx, NOx. Thiết bị đặt tại bệnh viện, vận hành bằng điện, không khói, ít mùi, diện tích nhỏ.",
    ),
    (
        "nBo009",
        "en",
        "studylib_lowheat",
        "Technical guidance on autoclaves, retorts and advanced steam systems for medical waste",
        "Consultancy explaining how steam treatment adapted from instrument reprocessing is applied to waste: metal "
        "chamber with steam jacket, the need to remove air, gravity-displacement versus pre-vacuum cycles, and the "
        "pressure-temperature table for saturated steam. Helps buyers specify an autoclave or advanced steam-based system "
        "and its operating cycle.",
    ),
    (
        "nBo010",
        "vi",
        "nhatnet_nhogon",
        "Giải pháp xử lý rác thải y tế nhỏ gọn cho bệnh viện tuyến huyện và trạm y tế",
        "Giới thiệu thiết bị xử lý chất thải y tế quy mô nhỏ đặt tại chỗ cho hàng ngàn bệnh viện nhỏ và trạm y tế địa "
        "phương vẫn đang thải ra lượng lớn chất thải y tế mà cách xử lý còn nhiều hạn chế. Thông tin kỹ thuật chi tiết "
        "cung cấp khi liên hệ.",
    ),
    (
        "nBo011",
        "vi",
        "abm_retort",  # D
        "Nồi hấp tiệt trùng thực phẩm đóng hộp, đóng gói chân không",
        "Cung cấp nồi hấp tiệt trùng cho dây chuyền đồ hộp, thực phẩm ăn liền đóng gói và thực phẩm bổ sung cho trẻ em. "
        "Vận hành ở 121-135 độ C, thời gian 15-120 phút tùy bao bì và khối lượng, đạt tiệt trùng thương mại mà vẫn giữ "
        "cảm quan và dinh dưỡng sản phẩm.",
    ),
    # --- validation of waste autoclaves and sterilizers ---
    (
        "nBo012",
        "en",
        "consteril_bi",
        "Biological indicators (spore tests) and validation tests for autoclaves",
        "Supplier of self-contained biological indicators with Geobacillus stearothermophilus spores placed in a process "
        "challenge device, plus a guide to seven validation tests every sterilizer needs. After the cycle the indicators "
        "are incubated; no growth means the cycle killed the spores and the unit can be trusted in routine use.",
    ),
    (
        "nBo013",
        "en",
        "darob_validation",
        "Independent validation testing of medical waste autoclaves",
        "Medical waste service company arranging an independent laboratory to show that your autoclave achieves at least a "
        "4 log10 reduction of Bacillus stearothermophilus spores. Spore strips, ampoules or steam packs with at least "
        "1 x 10^4 spores are placed at the centre of each test container in a load of non-infectious material packed like "
        "normal waste, then treated exactly as in routine use.",
    ),
    (
        "nBo014",
        "en",
        "malsparo_validation",
        "Advice on time-temperature criteria and spore tests for waste heat treatment",
        "Advisory service for infection-control officers and waste managers: how laboratory validation fixes the residence "
        "time and temperature that end up in the operating permit, how to keep treatment records, and how to run the more "
        "rigorous spore test with biological indicators to prove that treated waste is safe to dispose of.",
    ),
    (
        "nBo015",
        "en",
        "illinois_autoclave",
        "Autoclave waste validation programme for biosafety level 2 laboratories",
        "University environmental-health office running a programme in which every BSL-2 lab treating waste by autoclave "
        "runs at least 121 C, 15 psi and 60 minutes at temperature, tests monthly with vials of Geobacillus "
        "stearothermophilus spores and records results in an online log. Includes orientation, supply of spore vials and "
        "refresher sessions.",
    ),
    (
        "nBo016",
        "en",
        "engniche_bi",
        "Evaluating autoclave performance with biological indicators",
        "Technical service comparing mechanical gauges, chemical indicators and biological indicators for steam "
        "sterilizers and explaining why spores of G. stearothermophilus, which grow best at 55-60 C, are the gold standard. "
        "Covers placement, incubation, reading results and building a sterility-assurance programme for sterilizers that "
        "fail through wear, bad loading or poor steam.",
    ),
    (
        "nBo017",
        "vi",
        "tusayyen_retort",  # D
        "Máy hấp tiệt trùng retort cho yến hũ và thực phẩm đóng hũ",
        "Thiết bị tiệt trùng bằng hơi nước bão hòa 115-121 độ C dưới áp suất, tiêu diệt bào tử để yến hũ, thịt hộp, cháo "
        "ăn liền, đồ uống đóng chai đạt vô trùng thương mại (F0) và bảo quản được 1-2 năm ở nhiệt độ phòng.",
    ),
    # --- laboratory biohazard waste ---
    (
        "nBo018",
        "en",
        "vt_biowaste",
        "Protocol for decontaminating laboratory biohazardous waste",
        "University safety office protocol: chemical-free liquid waste is autoclaved on a liquid cycle at 121 C, or "
        "disinfected with fresh 10% bleach for at least 60 minutes; media with heat-labile antibiotics may go down the "
        "drain after autoclaving. Solid BSL-2 waste goes into orange biohazard autoclave bags kept in lidded, leak-proof, "
        "labelled containers.",
    ),
    (
        "nBo019",
        "en",
        "boslab_protocol",
        "Traceable biohazard waste decontamination protocol for small laboratories",
        "Community laboratory protocol for sites too small for commercial pickup: every bag is traceable to a logbook "
        "entry (who, when, how), autoclaved at 121 C and 15 psig for 60 minutes (double the 30-minute legal minimum), "
        "checked with chemical integrators and biological indicators, then disposed of with ordinary trash.",
    ),
    (
        "nBo020",
        "en",
        "msu_biowaste",
        "Laboratory inspection and corrective actions for biowaste autoclaving",
        "Checklist used by a campus safety office: solid waste in approved orange bags with heat-sensitive indicators and a "
        "secondary container, a cup of water added and the bag left open so steam penetrates, fast exhaust for solids and "
        "slow exhaust for liquids, cooled bags closed and placed in opaque black bags before disposal.",
    ),
    (
        "nBo021",
        "vi",
        "doc_camnang_atsh",
        "Hướng dẫn quản lý chất thải phòng xét nghiệm theo cẩm nang an toàn sinh học",
        "Tài liệu hướng dẫn lập kế hoạch bất hoạt và loại bỏ chất thải phòng xét nghiệm trước khi vận hành: phân loại, "
        "xử lý, đóng gói để chuyển ra ngoài an toàn; ưu tiên hấp tiệt trùng vì chu trình được kiểm soát và thẩm định; "
        "trong bối cảnh dịch, nguồn lực hạn chế thì khử trùng rồi thiêu hủy tại lò đặt tại chỗ hoặc hố đốt.",
    ),
    (
        "nBo022",
        "vi",
        "doc_atsh_danhmuc",
        "Bảng phân loại và cách xử lý chất thải phòng xét nghiệm",
        "Danh mục xử lý theo từng loại: vật sắc nhọn lây nhiễm vào hộp chống thủng có nắp; vật liệu lây nhiễm tái sử dụng "
        "phải khử nhiễm bằng hóa chất hoặc vật lý rồi mới rửa; vật liệu lây nhiễm thải bỏ khử nhiễm tại chỗ hoặc bảo "
        "quản an toàn trước khi chuyển đi; chất thải lỏng phải khử nhiễm trước khi vào cống chung.",
    ),
    (
        "nBo023",
        "en",
        "woyao_labwaste",
        "Precautions for disinfecting laboratory waste",
        "Practical notes for lab waste treatment: avoid oxidising, irritating disinfectants and allow for dilution by "
        "liquid waste; seal infectious waste before moving it to solid-waste containers; use rigid, leak-proof, "
        "heat-resistant containers for liquids and do not use the vacuum mode for liquids; sterilize animal carcasses and "
        "organs with slow inlet and exhaust.",
    ),
    (
        "nBo024",
        "en",
        "etsa_retort",  # D
        "Food retort sterilizer for canned food",
        "Pressure vessel using saturated steam or hot water to heat-treat canned food to commercial sterility, killing "
        "spoilage organisms and heat-resistant spores; compressed-air back pressure protects cans during cooling. Extends "
        "shelf life at room temperature.",
    ),
    (
        "nBo025",
        "en",
        "consteril_mushroom",  # D
        "Autoclaves for mushroom cultivation substrate",
        "Autoclaves sized for mycology: sterilizing straw, sawdust, coco coir or grain substrates (pH about 5-6.5, "
        "50-70% moisture, 1-2% nitrogen) so that Trichoderma, bacteria and moulds do not ruin the mushroom crop.",
    ),
    (
        "nBo026",
        "en",
        "priorclave_mushroom",  # D
        "Programmable laboratory autoclave for mushroom growers",
        "Self-contained programmable autoclave that lets growers validate a repeatable bulk-substrate preparation "
        "procedure; specialty mushroom sales grew 32% in a single season and contamination is the main cause of failure.",
    ),
]

OFFERS += [
    # --- microwave treatment ---
    (
        "nBo027",
        "en",
        "wiki_microwave",
        "Microwave treatment units for healthcare waste, fixed or on a truck",
        "Microwave disinfection works thermally and only when the waste is wet, so units shred the waste first, add "
        "moisture or steam and then heat it at 2450 MHz to around 100 C in a single vessel, about 20 minutes per batch. "
        "Available as on-site installations or as mobile treatment vehicles; shredding also cuts the volume to dispose of.",
    ),
    (
        "nBo028",
        "en",
        "thai_steriwave",
        "Efficacy evaluation of microwave infectious-waste systems (Chiang Mai University)",
        "University clinical-microbiology team testing microwave systems against STAATT level 3 (at least a 4 log10 "
        "reduction of Bacillus spores). A Steriwave 100-litre unit on 400 V three-phase, 40 A, shredding waste below "
        "1 cm2 and holding 110 C for 20 minutes at 10% humidity, inactivated Bacillus atrophaeus spores at 1.7 x 10^4 to "
        "3.2 x 10^6. Offers the same evaluation for hospitals choosing an alternative to incineration.",
    ),
    (
        "nBo029",
        "en",
        "irh_microwave",
        "Microwave disinfection equipment for medical waste",
        "Industrial microwave maker supplying electric units that heat the water contained in medical waste at about "
        "2450 MHz, destroying micro-organisms without burning. Claimed advantages: short processing time, uniform and "
        "controllable heating, compact size, lower energy use and no gas emissions or residues.",
    ),
    (
        "nBo030",
        "en",
        "vertisa_mw",
        "Microwave medical waste treatment system for hospitals, clinics and laboratories",
        "Treatment system that disinfects and sterilizes medical waste with controlled microwave energy, destroying "
        "bacteria, viruses and spores while reducing waste volume; suitable for hospitals, clinics, research laboratories "
        "and pharmaceutical companies, including sharps.",
    ),
    (
        "nBo031",
        "en",
        "faqs_wardmw",
        "Ward-level microwave and shredder technology available for licensing",
        "Developer offering a licence for an automatic unit that disinfects infectious solid waste where it is produced: "
        "a dielectric liquid treats hopper and shredder, then a dense microwave field turns the mixture into steam at "
        "165 C and a few bars. Volume falls five-fold, plastics can be recycled, and waste-treatment cost drops by more "
        "than 30% (design basis about 2 pounds of waste per bed per day).",
    ),
    (
        "nBo032",
        "en",
        "scribd_zimmermann",
        "Advice on validated microwave technology versus autoclaves for biohazardous waste",
        "Expert review and advisory: ordinary microwave units cannot control moisture and inactivation, but a few "
        "sophisticated commercial systems with proper measurement give validated inactivation of solid 'dry' waste and "
        "save energy compared with autoclaves. Recommends treating waste where it arises or moving it only in closed "
        "systems.",
    ),
    (
        "nBo033",
        "vi",
        "vnx_plasma",
        "Đầu phát plasma 400 kW xử lý chất thải rắn y tế nguy hại (Viện Công nghệ VinIT)",
        "Nhóm nghiên cứu chế tạo đầu phát plasma nhiệt công suất 400 kW, điện 3 pha 10 kV, đã được cấp bằng độc quyền sáng "
        "chế. Nhiệt độ 7.000-10.000 độ C phân tách liên kết hóa học, làm nóng chảy cả kim tiêm (cần khoảng 1.500 độ C) "
        "mà lò đốt thông thường dưới 850 độ C không xử lý được, hạn chế dioxin, furan. Có thể xây dựng dây chuyền xử lý "
        "chất thải y tế trên cơ sở đầu phát này.",
    ),
    (
        "nBo034",
        "en",
        "promis_mwdry",  # D
        "Automatic microwave-vacuum dryers for fruit and vegetables",
        "Drying lines that combine microwaves with vacuum, ideally after pre-drying in a pulse-fluidised dryer, shortening "
        "drying time four-fold and producing porous, puffed products with low humidity and good rehydration.",
    ),
    (
        "nBo035",
        "en",
        "massalfa_mwdry",  # D
        "Microwave vacuum drying of fruits and vegetables",
        "Microwave vacuum drying for puffed grapes, raisins, banana slices and orange powder: seedless raisins dried at "
        "50 C for 5 hours instead of 65 C hot air for 24 hours, keeping vitamins B1, B2 and C.",
    ),
    (
        "nBo036",
        "vi",
        "doc_saynongsan",  # D
        "Tài liệu phương pháp và thiết bị sấy nông sản",
        "Tổng hợp các phương pháp sấy nông sản: phơi và sấy năng lượng mặt trời, sấy đối lưu, bức xạ, tiếp xúc, thăng "
        "hoa, sấy bằng điện trường cao tần; ưu nhược điểm và cấu tạo thiết bị sấy cho cơ sở chế biến.",
    ),
    # --- sharps ---
    (
        "nBo037",
        "vi",
        "mts_binhhuykim",
        "Bình hủy kim tiêm y tế đạt Thông tư 20/2021/TT-BYT",
        "Cung cấp bình chứa vật sắc nhọn: thân màu vàng in biểu tượng chất thải, nắp đỏ hoặc vàng có khóa an toàn không "
        "bung khi rơi, khay bẻ đầu kim có rãnh cưa để tách kim khỏi bơm tiêm, quai xách chắc tay. Giảm tai nạn do kim "
        "đâm và nguy cơ lây bệnh qua máu, dịch cơ thể; nhiều dung tích cho trạm y tế, phòng khám.",
    ),
    (
        "nBo038",
        "vi",
        "memart_thungkim",
        "Thùng đựng kim tiêm nhựa PP chống thủng",
        "Thùng đựng kim tiêm bằng nhựa polypropylene chống thấm, kháng thủng, không bị hóa chất y tế ăn mòn; kích thước "
        "phổ biến 95 x 95 x 190 mm, nắp đậy kín. Dùng thu gom kim tiêm, vật sắc nhọn tại bệnh viện, phòng khám để xử lý "
        "theo quy chuẩn.",
    ),
    (
        "nBo039",
        "en",
        "ecri_needleburn",
        "Needle-burning syringe and needle destroyers",
        "Reusable bedside devices with an aperture and two low-voltage electrodes that heat the needle to 1,500-1,800 C, "
        "oxidising it into metal-oxide ash within seconds; a sealed cartridge collects the ash and the syringe remnant "
        "goes into normal biohazard waste. Many models also cut the syringe mechanically and some work without mains power.",
    ),
    (
        "nBo040",
        "en",
        "shopmedvet_needles",
        "Sharps containers, needle destruction devices and mail-back service",
        "Supply of FDA-cleared hard-plastic sharps containers and of devices that bend, break, shear or melt needles, plus "
        "mail-back kits that send full containers to a licensed disposal facility. For clinics and patients injecting "
        "at home; advises never to recycle sharps or throw them loose in trash.",
    ),
    (
        "nBo041",
        "en",
        "article_sharps",
        "Sharps container and mail-back programme for doctors' offices and clinics",
        "Heavy, puncture-proof red biohazard containers for clinics, tattoo parlours and home insulin users; when full, a "
        "service company takes full responsibility for destruction through a mail-back programme. Large facilities can "
        "add an on-site needle destroyer that also heat-treats the needle.",
    ),
    (
        "nBo042",
        "vi",
        "newz_bomtiem",  # D
        "Cung ứng bơm tiêm 1 ml và 5 ml cho chiến dịch tiêm chủng",
        "Doanh nghiệp sản xuất và cung ứng bơm tiêm 1 ml phục vụ tiêm vắc xin (đã trao tặng đủ cho 150 triệu liều), kèm "
        "6,5 triệu bộ bơm tiêm 5 ml và 800.000 hộp an toàn dùng trong tiêm chủng.",
    ),
    (
        "nBo043",
        "vi",
        "vista_ongthuytinh",  # D
        "Dây chuyền sản xuất ống thủy tinh y tế (ống ampoule)",
        "Đổi mới công nghệ kéo định hình, lựa ống, in nhãn, sấy ống để sản xuất ống ampoule dạng C và hai đầu nhọn cho "
        "các công ty dược; nhu cầu trong nước trên 1.000 triệu sản phẩm/năm, sản xuất trong nước mới đáp ứng khoảng 60%.",
    ),
    # --- incinerators ---
    (
        "nBo044",
        "vi",
        "soha_vhi18b",
        "Lò đốt chất thải rắn y tế VHI-18B hai buồng đốt",
        "Viện Khoa học công nghệ Năng lượng và Môi trường chế tạo lò đốt theo nguyên lý đốt đa vùng: buồng sơ cấp duy "
        "trì 500-800 độ C, khói được hòa trộn không khí theo vòng xoáy rồi đốt tiếp ở buồng thứ cấp; tổ hợp xyclon hấp "
        "thụ ướt xử lý khí thải. Trọng tâm ứng dụng cho lĩnh vực y tế.",
    ),
    (
        "nBo045",
        "vi",
        "khoahoc_vhi18b",
        "Chuyển giao, lắp đặt lò đốt VHI-18B cho bệnh viện và trung tâm y tế huyện",
        "Lò VHI-18B đã lắp tại Bệnh viện đa khoa tỉnh Ninh Thuận, Bắc Kạn, các Bệnh viện Lao và bệnh phổi, các Trung tâm y "
        "tế huyện Lương Tài, Gia Bình, Quế Võ, Sa Thầy, Đắk Hà. Buồng thứ cấp 1.050-1.200 độ C, thời gian lưu cháy 1,5-2 "
        "giây, tự động điều khiển chu kỳ đốt, nhiệt độ và cấp khí; khói thải qua hệ xử lý bụi, kim loại nặng.",
    ),
    (
        "nBo046",
        "vi",
        "hcmut_lodot",
        "Thiết kế, chế tạo, lắp đặt hệ thống đốt rác y tế hai lần đốt (ĐH Bách khoa TP.HCM)",
        "Trung tâm Nghiên cứu Công nghệ và Thiết bị Công nghiệp thiết kế, sản xuất và lắp đặt hệ thống đốt rác y tế đốt "
        "hai lần, chuyển chất hữu cơ thành tro vô cơ; kèm thiết bị xử lý khói thải thanh lọc và chuyển hóa các thành phần "
        "độc hại để đạt tiêu chuẩn khí thải.",
    ),
    (
        "nBo047",
        "vi",
        "plo_michaelis",
        "Chuyển giao lò đốt rác thải bệnh viện công suất 20-150 kg/giờ (Techmart Daily)",
        "Chợ Công nghệ và Thiết bị thường xuyên làm cầu nối chuyển giao hệ thống lò đốt công nghệ cao của đối tác Đức, "
        "công suất 20-150 kg rác/giờ, tro còn lại khoảng 5-10% khối lượng ban đầu, phù hợp cơ sở y tế cấp quận huyện.",
    ),
    (
        "nBo048",
        "vi",
        "thiennhien_ceetia",
        "Lò đốt chất thải nguy hại CEETIA CN150 (Đại học Xây dựng)",
        "Lò đốt đa vùng với xử lý khói thải liên hoàn, công suất 125-150 kg/giờ, kết quả đo cho thấy mọi chỉ tiêu khí thải "
        "và bụi thấp hơn giới hạn cho lò đốt chất thải y tế. Giá một hệ thống khoảng 31 tỷ đồng, bằng 40-50% thiết bị "
        "nhập khẩu cùng loại.",
    ),
    (
        "nBo049",
        "en",
        "e4c_demontfort",
        "De Montfort low-cost medical waste incinerator, built locally from open plans",
        "Open-source design tested with WHO and Council for Scientific and Industrial Research partners: the Mark 8a "
        "burns 12 kg per hour and takes 3-4 days to build, the Mark 9 burns 50 kg per hour; retail about USD 1,500 and "
        "over 1,000 units distributed. Reduces dressings and plastics to ash; needles may not be fully reduced but are "
        "sterilized.",
    ),
    (
        "nBo050",
        "en",
        "who_batterman",
        "Assessment and best-practice support for small-scale health-care waste incinerators",
        "Environmental-health expert team that assessed small incinerators for WHO and advises on waste reduction before "
        "burning, design, siting, construction, loading, burndown, monitoring, maintenance and record keeping, operator "
        "manuals and certification, and the emission limits and permits that apply.",
    ),
]

OFFERS += [
    # --- incinerator emissions: gas cleaning and monitoring ---
    (
        "nBo051",
        "en",
        "ncku_scrubber",
        "Advanced scrubbing and filtration train for medical-waste incinerators",
        "University research team with a flue-gas train proven on a medical laboratory waste incinerator: solvent-assisted "
        "combustion above 950 C with 99.93% efficiency, two-stage scrubbing that cools gas to 70 C and turns condensable "
        "particles into filterable ones, and a fabric filter protected from acid corrosion. HCl removal above 99.99% and "
        "particle removal above 99.8%; stack gas met emission standards.",
    ),
    (
        "nBo052",
        "en",
        "envitech_scrubber",
        "Wet scrubber upgrades for hospital and infectious-waste incinerators",
        "Air-pollution-control firm retrofitting wet scrubbers on hospital, medical and infectious waste incinerators "
        "whose existing systems cannot meet tightened limits, mainly for particulate matter, lead, cadmium and mercury; "
        "cost-effective add-on controls with emissions data from similar units.",
    ),
    (
        "nBo053",
        "en",
        "gmab_adiox",
        "ADIOX dioxin-absorbing tower packing for existing incinerator scrubbers",
        "Tower packing that absorbs dioxins and furans, dropped into the existing scrubber of a hospital-waste incinerator; "
        "supplied to dedicated hospital-waste plants in Forli, Italy and Leuven, Belgium.",
    ),
    (
        "nBo054",
        "en",
        "ibh_medical",
        "Thermal treatment plants designed for hospital waste",
        "Supplier of incineration plants adapted to hospital waste: stricter safety in storage and handling, no shredding "
        "before burning to avoid releasing hazards, more sophisticated flue-gas cleaning for the higher sulphur and "
        "chlorine content, and guaranteed destruction of pathogens ranked above energy recovery.",
    ),
    (
        "nBo055",
        "vi",
        "khithai_qcvn02",
        "Tư vấn, đo kiểm lò đốt chất thải y tế theo QCVN 02:2012/BTNMT",
        "Đơn vị tư vấn môi trường đánh giá lò đốt theo quy chuẩn kỹ thuật quốc gia về lò đốt chất thải rắn y tế: đo các "
        "giá trị tối đa cho phép của bụi tổng, HCl, CO, SO2, NOx, thủy ngân, cadimi, chì và tổng dioxin/furan trong khí "
        "thải, đề xuất cải tạo khi vượt.",
    ),
    (
        "nBo056",
        "vi",
        "xlnt_qcvn02",
        "Lấy mẫu, phân tích khí thải và tro xỉ lò đốt chất thải rắn y tế",
        "Dịch vụ lấy mẫu và phân tích cho chủ lò đốt, nhà sản xuất, nhập khẩu lò: kiểm tra vùng đốt, thời gian lưu cháy ở "
        "buồng thứ cấp, công suất, khí thải tại ống khói, bụi và tro bay giữ lại ở hệ xử lý khí, tro xỉ còn lại sau đốt, "
        "đối chiếu QCVN 02:2012/BTNMT.",
    ),
    (
        "nBo057",
        "vi",
        "dci_cems",
        "Lắp đặt trạm quan trắc khí thải tự động liên tục (CEMS)",
        "Cung cấp trạm quan trắc khí thải tự động gồm thiết bị lấy mẫu, phân tích, hiệu chuẩn và xử lý dữ liệu đặt tại "
        "nguồn thải, đo và truyền liên tục các thông số khí thải theo phương pháp EPA, ISO, EN, TCVN; giúp chủ nguồn thải "
        "đánh giá hiệu quả xử lý và báo cáo cơ quan quản lý.",
    ),
    (
        "nBo058",
        "vi",
        "dobaco_qtkt",
        "Dịch vụ quan trắc khí thải định kỳ và tự động",
        "Quan trắc khí thải định kỳ 3 hoặc 6 tháng/lần hoặc tự động 24/7 truyền dữ liệu về cơ quan quản lý; đo SO2, NOx, "
        "CO, bụi tổng, O2, CO2, nhiệt độ, lưu lượng; hỗ trợ doanh nghiệp tuân thủ quy định pháp luật về môi trường.",
    ),
    (
        "nBo059",
        "vi",
        "ipf_thaphapthu",
        "Tháp hấp thụ xử lý khí thải axit (HCl, SO2) cho lò đốt và nhà máy",
        "Chế tạo tháp hấp thụ bằng PP, PVC, FRP hoặc inox có lớp đệm tăng tiếp xúc khí - lỏng, dùng dung dịch NaOH, "
        "Ca(OH)2 để hấp thụ khí axit SO2, HCl, HF, NOx; ứng dụng cho luyện kim, xi mạ, hóa chất và xử lý rác thải y tế, "
        "giúp khí thải đạt QCVN 19:2009 và 30:2012/BTNMT.",
    ),
    (
        "nBo060",
        "vi",
        "bcp_thaphapthu",
        "Tháp xử lý khí thải bằng phương pháp hấp thụ, vỏ composite FRP",
        "Gia công tháp hấp thụ và bọc phủ composite FRP chống ăn mòn; xử lý khí thải bằng hấp thụ vật lý hoặc hóa học, "
        "hiệu quả với dòng khí lưu lượng lớn, nồng độ chất ô nhiễm thấp.",
    ),
    (
        "nBo061",
        "vi",
        "nuce_scrubber",
        "Giải pháp kết hợp hấp thụ khí độc và lọc bụi ướt trong một thiết bị (ĐH Xây dựng)",
        "Kết quả nghiên cứu của Khoa Kỹ thuật Môi trường: tháp rỗng, tháp đệm scrubber vừa hấp thụ khí độc vừa lọc bụi; "
        "ghép các thiết bị này giúp giảm số thiết bị xử lý khói thải, giảm chi phí đầu tư và vận hành, phù hợp điều kiện "
        "kinh tế Việt Nam. Nhóm tác giả nhận tư vấn thiết kế.",
    ),
    (
        "nBo062",
        "en",
        "semsch_flue",
        "Stack sampling for viable bacteria in hospital incinerator exhaust",
        "Microbiology service sampling the flue gas at the base of the stack of an oil-fired hospital waste incinerator "
        "during normal operation (design 800 C primary, 1,000 C secondary chamber) to check whether viable bacteria escape "
        "with the exhaust gases.",
    ),
    (
        "nBo063",
        "en",
        "endsreport_inc",
        "Emission testing of older clinical-waste incinerators against new rules",
        "Laboratory studies of a small clinical-waste incinerator with a primary ignition chamber and a secondary chamber "
        "at the base of a 7-metre stack and no gas scrubbing, showing that many older units can hardly meet incoming "
        "limits, and identifying flaws in dioxin and furan control; testing offered for units burning under one tonne per hour.",
    ),
    (
        "nBo064",
        "vi",
        "baomoi_tabo",  # D
        "Lò hỏa táng TABO thân thiện môi trường",
        "Giới thiệu công nghệ lò hỏa táng TABO của Thụy Điển, chế tạo từ năm 1932, tuổi thọ trên 30 năm, đã lắp hơn 20 "
        "lò tại Việt Nam, đáp ứng điều kiện môi trường về lò hỏa táng.",
    ),
    (
        "nBo065",
        "vi",
        "cand_hoatang",  # D
        "Tuốc-bin phát điện từ nhiệt lò hỏa táng",
        "Mô hình lắp tuốc-bin trong lò hỏa táng để tận dụng hơi nóng phát điện đủ cho khoảng 1.500 hộ gia đình, đồng thời "
        "thay lò mới để giảm thủy ngân phát tán (ước 16% thủy ngân trong không khí nước Anh đến từ lò hỏa táng).",
    ),
    (
        "nBo066",
        "vi",
        "vinhphuc_bmsh",  # D
        "Lò đốt rác thải sinh hoạt BM-SH1000 công suất 25-30 tấn/ngày",
        "Mô hình xã hội hóa thu gom, vận chuyển và đốt rác sinh hoạt bằng lò BM-SH1000 tại thị trấn Hương Canh, công suất "
        "25-30 tấn rác/ngày, xử lý triệt để rác phát sinh tại địa phương.",
    ),
    (
        "nBo067",
        "en",
        "irri_furnace",  # D
        "Downdraft rice-straw furnace for paddy drying",
        "Small furnace burning loose or baled rice straw to heat drying air; optimum at 20.67 kg of straw per hour and "
        "3.03 m3/s airflow, giving 86.1% drying-air efficiency and an 18.41 C temperature rise, as an alternative to open "
        "field burning.",
    ),
    (
        "nBo068",
        "en",
        "chinadaily_husk",  # D
        "Rice-husk gasification with continuous four-compartment brick kilns",
        "Energy-service solution for Mekong Delta brick and pottery kilns banned from traditional husk firing: gasify rice "
        "husk (over 3.6 million tonnes a year in the Delta) and burn the gas in a continuous four-compartment kiln with "
        "controlled exhaust.",
    ),
    (
        "nBo069",
        "en",
        "hxcorp_husk",  # D
        "Pressed rice-husk fuel logs",
        "Plants pressing milling husk into fuel logs for pottery, seafood drying and coffee businesses; each line of about "
        "1.2 kg per hour employs around 10 workers and earns 300-400 million dong profit a year.",
    ),
]

OFFERS += [
    # --- hospital wastewater ---
    (
        "nBo070",
        "vi",
        "ttl_aao",
        "Công nghệ AAO đệm vi sinh và AAO kết hợp màng MBR cho nước thải y tế",
        "Kết quả nghiên cứu ứng dụng tại một trung tâm y tế ở TP.HCM: so sánh các công nghệ V-69, CN-2000, lọc sinh học "
        "nhỏ giọt và AAO; đề xuất AAO với đệm vi sinh hoặc AAO với màng lọc MBR cho nước thải bệnh viện. Nhóm thực hiện "
        "nhận tư vấn thiết kế, cải tạo hệ thống.",
    ),
    (
        "nBo071",
        "vi",
        "hana_tramyte",
        "Thiết kế, lắp đặt hệ thống xử lý nước thải trạm y tế",
        "Công ty môi trường có hơn 10 năm xử lý nước thải y tế, thiết kế quy trình khoảng 7 bước cho trạm y tế xã, phường "
        "lượng nước thải ít nhưng độc hại (nước thải khám chữa bệnh và sinh hoạt của nhân viên, người nhà); điều chỉnh "
        "công nghệ theo từng cơ sở.",
    ),
    (
        "nBo072",
        "vi",
        "ares_jokasou",
        "Module Jokasou xử lý nước thải y tế lắp đặt nhanh",
        "Đơn vị hơn 20 năm kinh nghiệm cung cấp module Jokasou đúc sẵn xử lý nước thải y tế, đã dùng cho bệnh viện dã "
        "chiến; xử lý chất rắn lơ lửng, hữu cơ, N, P và vi sinh gây bệnh như Salmonella, Shigella, tụ cầu.",
    ),
    (
        "nBo073",
        "vi",
        "eclim_aao",
        "Quy trình xử lý nước thải bệnh viện bằng công nghệ AAO",
        "Công ty môi trường thiết kế hệ thống AAO (kỵ khí - thiếu khí - hiếu khí) cho nước thải bệnh viện chứa dư lượng "
        "dược phẩm, mầm bệnh, hóa chất xét nghiệm, căn cứ quy mô giường bệnh, dịch vụ bếp, giặt là và lưu lượng thực tế.",
    ),
    (
        "nBo074",
        "vi",
        "nihophawa_aaombr",
        "Hệ thống xử lý nước thải y tế AAO - MBR cho phòng khám, bệnh viện, trạm y tế",
        "Sơ đồ AAO kết hợp màng MBR được áp dụng cho phần lớn dự án của công ty: hiệu suất cao với nước thải ô nhiễm nặng, "
        "lưu lượng lớn, dùng cho bệnh viện, trung tâm y tế, trạm xá và phòng thí nghiệm.",
    ),
    (
        "nBo075",
        "vi",
        "xlntyt_home",
        "Hệ thống xử lý nước thải y tế cho phòng khám tư và trạm y tế địa phương",
        "Thiết kế hệ thống xử lý cho nước thải chứa vi trùng, virus, máu, mủ, dịch, hóa chất điều trị và cả chất phóng xạ "
        "từ cơ sở y tế lớn đến phòng khám tư, tránh xả thẳng ra ao, hồ, sông và hệ thống thoát nước chung.",
    ),
    (
        "nBo076",
        "vi",
        "hopnhat_khutrung",
        "Thiết bị khử trùng nước thải y tế bằng tia cực tím, clo hoặc ozone",
        "Cung cấp và tính toán thiết bị khử trùng sau xử lý sinh học: đèn UV chỉ dùng khi nước đã làm sạch sinh học hoàn "
        "toàn và hấp thụ tia cực tím tối thiểu 70%, liều bức xạ tính để coliform sau khử trùng dưới 3.000 MPN/100 mL theo "
        "lưu lượng giờ lớn nhất; hoặc clo, hợp chất clo, ozone.",
    ),
    (
        "nBo077",
        "vi",
        "dci_khutrung",
        "Máy điện phân tạo natri hypoclorit và máy ozone khử trùng nước thải y tế tại chỗ",
        "Giải pháp khử trùng nước thải y tế không cần mua hóa chất: sản xuất natri hypoclorit bằng điện phân muối hoặc "
        "ozone ngay tại chỗ; tư vấn khi nào hồ sinh học lưu khoảng 1 tháng có thể bỏ bước khử trùng.",
    ),
    (
        "nBo078",
        "vi",
        "doc_q1_150m3",
        "Thiết kế hệ thống xử lý nước thải bệnh viện công suất 150 m3/ngày đêm",
        "Hồ sơ thiết kế kỹ thuật hệ thống xử lý nước thải cho một bệnh viện quận ở TP.HCM công suất 150 m3/ngày đêm, "
        "trong bối cảnh thành phố có 113 bệnh viện, 322 trạm y tế, khoảng 7.000 phòng khám thải 17.000-20.000 m3 nước "
        "thải mỗi ngày. Nhóm tác giả nhận điều chỉnh thiết kế cho bệnh viện tương tự.",
    ),
    (
        "nBo079",
        "vi",
        "doc_cuchi_950",
        "Tính toán thiết kế hệ thống xử lý nước thải bệnh viện đa khoa huyện 950 m3/ngày đêm",
        "Đồ án thiết kế hệ thống xử lý nước thải cho bệnh viện đa khoa cấp huyện công suất 950 m3/ngày đêm, gồm tính "
        "toán công trình, dự toán; chuyển giao làm cơ sở cho bệnh viện tuyến huyện đầu tư mới hoặc nâng cấp.",
    ),
    (
        "nBo080",
        "vi",
        "dainam_nhakhoa",
        "Xử lý nước thải phòng khám nha khoa",
        "Thiết kế, lắp đặt hệ thống xử lý nước thải nha khoa chứa vi khuẩn, virus, amalgam, dung dịch sát khuẩn, chất tẩy "
        "rửa, mảnh vụn răng và máu, giúp phòng khám tuân thủ quy định, tránh bị phạt và ô nhiễm nước ngầm.",
    ),
    (
        "nBo081",
        "vi",
        "ntse_nhakhoa_mbr",
        "Quy trình xử lý nước thải nha khoa bằng màng lọc MBR",
        "Hệ thống MBR cho nước thải từ lấy cao răng, nhổ răng, cấy ghép, vệ sinh dụng cụ và sinh hoạt của nhân viên: xử "
        "lý chất rắn lơ lửng, dầu mỡ, N, P, Salmonella, Coliform, Shigella, Vibrio cholerae; lưu ý chất phóng xạ từ chụp X-quang.",
    ),
    (
        "nBo082",
        "vi",
        "snk_5hethong",
        "Năm loại hệ thống xử lý nước thải cho phòng khám nha khoa",
        "Tư vấn chọn giữa hệ hóa lý (trung hòa về pH 7, keo tụ, lọc, lắng) và các hệ sinh học, màng cho nước thải nha "
        "khoa chứa kim loại nặng, hóa chất và vi khuẩn; hướng dẫn lắp đặt, vận hành đạt chuẩn pháp lý.",
    ),
    (
        "nBo083",
        "vi",
        "minhkhoi_nhakhoa",
        "Hệ thống xử lý nước thải cho phòng khám nha khoa 2-5 ghế",
        "Thiết bị cho phòng nha quy mô 2-5 ghế, loại cơ sở phải có hệ thống xử lý nước thải đạt chuẩn mới được cấp hoặc "
        "gia hạn giấy phép hoạt động; xử lý nước từ máy làm răng, phòng xét nghiệm và sinh hoạt.",
    ),
    (
        "nBo084",
        "en",
        "salesale_mbr",
        "Membrane bioreactor (MBR) treatment for hospital sewage",
        "MBR systems for small-volume, highly polluted hospital sewage carrying drugs, disinfectants, parasite eggs and "
        "viruses (hepatitis, tuberculosis, dysentery). Better removal of pathogens means chlorine dosing can drop to about "
        "1.0 mg/L with roughly 1.5 minutes contact, 2.5-5% of the time of conventional treatment, and fewer disinfection by-products.",
    ),
    (
        "nBo085",
        "en",
        "iwa_mbr_germany",
        "Full-scale MBR for separate treatment of hospital wastewater and pharmaceutical removal",
        "Experience from the first full-scale MBR treating hospital wastewater separately in Germany: depending on the "
        "substance, 19-94% of antibiotics in the environment come from hospitals, so segregating and treating hospital "
        "effluent at source cuts drug loads to rivers and allows reuse after polishing.",
    ),
    (
        "nBo086",
        "en",
        "scite_ro",
        "Polishing hospital MBR effluent with two-stage reverse osmosis",
        "Tests of nanofiltration and reverse osmosis after a hospital MBR against bezafibrate, carbamazepine, "
        "ciprofloxacin, diclofenac and other residues showed that only two-stage RO removes them fully; recommended yield "
        "70% with a 9% retentate side stream.",
    ),
    (
        "nBo087",
        "en",
        "woyao_mbr",
        "Integrated MBR wastewater equipment for hospitals",
        "Packaged MBR units combining biological treatment and membrane separation, with no secondary clarifier, high "
        "sludge concentration and over 90% ammonia removal; save disinfectant and contact-tank footprint for hospital effluent.",
    ),
    (
        "nBo088",
        "en",
        "globethesis_naocl",
        "Sodium hypochlorite disinfection design for MBR-treated hospital effluent",
        "Design data from hospital effluent trials: after MBR, 1.0-2.0 mg/L available chlorine with 1.5 minutes contact left "
        "no detectable bacteria, while raw effluent was not disinfected even at 50 mg/L for one hour; trichloromethane "
        "formation was also lower.",
    ),
    (
        "nBo089",
        "en",
        "cord_hww",
        "Review-based consultancy on hospital wastewater treatment options in Asia and Africa",
        "Consultants drawing on a review of 20 studies: hospitals use 400-1,200 litres per bed per day in industrialised "
        "countries, conventional activated sludge is most common followed by MBR, macro-pollutants are removed well but "
        "pharmaceutical removal varies, so several steps are usually combined.",
    ),
    (
        "nBo090",
        "vi",
        "hse_cloramin",
        "Cung cấp Cloramin B 25% clo hoạt tính",
        "Phân phối Cloramin B (C6H5SO2NClNa.3H2O, CAS 127-52-6) dạng bột trắng, hàm lượng clo hữu hiệu từ 25%, thùng "
        "25 kg; dùng khử trùng nước thải, nước cấp, sát trùng trong y tế và tẩy uế khu vực có dịch.",
    ),
    (
        "nBo091",
        "vi",
        "ccn_clo",
        "Hướng dẫn pha dung dịch clo 0,5% và 1,25% clo hoạt tính",
        "Tài liệu hướng dẫn sử dụng các hóa chất chứa clo (Cloramin B 25-30%, Cloramin T, clorua vôi, NaDCC, nước Javen): "
        "công thức tính lượng hóa chất theo nồng độ clo hoạt tính cần pha và số lít dung dịch, dùng 0,5% hoặc 1,25% tùy "
        "mục đích khử trùng.",
    ),
    (
        "nBo092",
        "vi",
        "hchp_cloramin",
        "Cloramin B dạng bột và viên nén khử trùng",
        "Cung cấp Cloramin B khoảng 25% clo hoạt tính dạng bột và viên, được WHO và Bộ Y tế cho phép dùng khử trùng bệnh "
        "viện, trường học, nơi công cộng, khử trùng nước và dụng cụ y tế.",
    ),
    (
        "nBo093",
        "vi",
        "naphoga_tuhoai",  # D
        "Bể tự hoại xử lý nước thải sinh hoạt hộ gia đình",
        "Thiết kế, thi công bể tự hoại phân hủy yếm khí cho hộ gia đình, nhà hàng, khách sạn; có thể kết hợp MBBR hoặc bể "
        "composite, theo TCVN và quy định của Bộ Xây dựng.",
    ),
    (
        "nBo094",
        "vi",
        "mtx_phitaptrung",  # D
        "Giải pháp xử lý nước thải phi tập trung cho hộ gia đình",
        "Tư vấn xử lý nước thải tại chỗ cho khu vực chưa có hệ thống thoát nước tập trung theo Nghị định 80/2014/NĐ-CP và "
        "Thông tư 04/2015/TT-BXD, áp dụng cho hộ gia đình và cơ sở riêng lẻ.",
    ),
    (
        "nBo095",
        "vi",
        "ttl_biogas",  # D
        "Xử lý nước thải chăn nuôi sau biogas bằng thực vật thủy sinh",
        "Mô hình dùng thực vật thủy sinh xử lý tiếp nước thải chăn nuôi heo sau hầm biogas, giảm hữu cơ, nitơ, phốt pho "
        "trước khi xả ra môi trường.",
    ),
    (
        "nBo096",
        "vi",
        "ctu_biogas",  # D
        "Lục bình và rơm làm nguyên liệu nạp bổ sung cho hầm biogas",
        "Kết quả của Đại học Cần Thơ: nông dân Đồng bằng sông Cửu Long có thể nạp lục bình và rơm đã trồng nấm cùng phân "
        "heo cho hầm ủ biogas khi thiếu phân do dịch bệnh hoặc giá heo bấp bênh.",
    ),
]

OFFERS += [
    # --- collection, transport and tracking ---
    (
        "nBo097",
        "vi",
        "cdx_thungvc",
        "Thùng vận chuyển chất thải lây nhiễm TCCT-500DC cho trạm y tế xã",
        "Thùng chuyên dụng chở chất thải y tế lây nhiễm chưa xử lý từ các trạm y tế xã, phường, thị trấn nằm rải rác, "
        "lượng chất thải ít, về trung tâm y tế cấp huyện để xử lý tập trung.",
    ),
    (
        "nBo098",
        "vi",
        "mtbk_xevc",
        "Dịch vụ thu gom, vận chuyển chất thải nguy hại bằng xe thùng kín có định vị GPS",
        "Đội xe được cấp phép vận chuyển chất thải nguy hại: thùng kín hoặc phủ bạt kín, biển cảnh báo, khay hứng chất "
        "lỏng rò rỉ dưới gầm, dòng chữ VẬN CHUYỂN CHẤT THẢI, bình cứu hỏa, cát, xẻng, hộp cứu thương, quy trình ứng phó "
        "sự cố và thiết bị định vị GPS.",
    ),
    (
        "nBo099",
        "vi",
        "mts_tuivang",
        "Túi đựng chất thải lây nhiễm màu vàng có biểu tượng",
        "Sản xuất túi màu vàng in biểu tượng chất thải lây nhiễm dùng cho bệnh viện, phòng khám theo quy định phân loại "
        "chất thải y tế, chịu được chất thải có nguy cơ lây nhiễm cao.",
    ),
    (
        "nBo100",
        "vi",
        "mts_tuixanh",
        "Túi màu xanh đựng chất thải y tế thông thường",
        "Túi xanh in biểu tượng cho nhóm chất thải thông thường tại bệnh viện, một trong các nhóm phải đựng riêng khi "
        "phân loại chất thải y tế.",
    ),
    (
        "nBo101",
        "vi",
        "doc_thugom",
        "Tư vấn xây dựng hệ thống thu gom, vận chuyển, lưu giữ chất thải rắn y tế",
        "Xây dựng quy trình cho cơ sở y tế: biểu tượng và màu sắc, tiêu chuẩn túi, thùng đựng, phân loại tại nguồn, vận "
        "chuyển trong cơ sở, khu lưu giữ, hồ sơ theo dõi vận chuyển ra ngoài và lựa chọn công nghệ tiêu hủy; có ví dụ áp "
        "dụng tại một bệnh viện đa khoa quốc tế.",
    ),
    (
        "nBo102",
        "vi",
        "emanifest_hcm",
        "Công cụ chứng từ điện tử e-manifest, e-card quản lý chất thải nguy hại",
        "Viện Môi trường và Tài nguyên (ĐHQG TP.HCM) phát triển hệ thống H-waste: chứng từ điện tử và thẻ điện tử theo "
        "dõi chất thải nguy hại từ chủ nguồn thải qua vận chuyển đến xử lý, có báo cáo, thống kê, tìm kiếm; đã triển khai "
        "thử cho Sở Tài nguyên và Môi trường.",
    ),
    (
        "nBo103",
        "vi",
        "vinhphuc_ctnh_it",
        "Phần mềm quản lý chất thải nguy hại và khai báo chứng từ trực tuyến",
        "Phần mềm ngân hàng dữ liệu lưu sổ đăng ký chủ nguồn thải, giấy phép chủ vận chuyển, chủ xử lý và chứng từ; chủ "
        "nguồn thải và đơn vị vận chuyển, xử lý cùng kê khai chứng từ trực tuyến, theo dõi được đường đi và vòng đời chất "
        "thải. Mô hình đã áp dụng cho gần 1.000 chủ nguồn thải, khoảng 200 loại, 10 nghìn tấn/năm.",
    ),
    (
        "nBo104",
        "vi",
        "emanifest_dn",
        "Ứng dụng e-manifest, e-card cho quản lý chất thải nguy hại cấp thành phố",
        "Nghiên cứu áp dụng chứng từ và thẻ điện tử cho chất thải nguy hại tại Đà Nẵng, từ hiện trạng phát sinh, thu "
        "gom - vận chuyển và xử lý - tiêu hủy; nhóm của Trường Đại học Bách khoa TP.HCM nhận chuyển giao cho địa phương khác.",
    ),
    (
        "nBo105",
        "en",
        "chainway_rfid",
        "RFID handheld system for hospital medical-waste management",
        "Rugged RFID readers and tags assigned to each waste bin so staff record sorting, dispatch, transport and disposal "
        "at an approved site; deployed in hospitals in the UAE, Oman and Saudi Arabia to remove manual errors, cut "
        "infection risk during inspection and stop black-market diversion of waste.",
    ),
    (
        "nBo106",
        "en",
        "rfidcom_bins",
        "RFID bin tags and truck readers for biohazard waste containers",
        "Hard RFID tags embedded in or fixed to red biohazard bins; a reader on the truck's loading structure or a "
        "handheld captures each bin ID with container type, weight and collection time. Tags survive cleaning and can be "
        "rewritten, unlike QR labels, and the data supports compliance records and route optimisation.",
    ),
    (
        "nBo107",
        "en",
        "kimeery_rfidgps",
        "RFID + GPS medical waste monitoring platform",
        "System combining RFID tags on waste containers with GPS and GPRS on vehicles to give visual, real-time "
        "tracking of medical waste from hospital storage through transport to destruction, with data analysis and an "
        "alarm when waste goes missing or is delayed.",
    ),
    (
        "nBo108",
        "en",
        "winen_tracking",
        "Medical waste software for an unbroken digital chain of custody",
        "Software that follows each disposable container from the moment a needle is dropped in to the final certificate "
        "of destruction, using mobile scanners, so compliance becomes an automated background process and costs fall.",
    ),
    (
        "nBo109",
        "en",
        "okcom_vehicle",
        "Dedicated medical waste transfer vehicles",
        "Sealed medical waste vehicles with a corrosion-resistant rear compartment and locking fixtures so containers do "
        "not shift, labelled for inspection with the type and weight of waste; drivers trained to stop, suit up and "
        "disinfect in case of leaks.",
    ),
    (
        "nBo110",
        "en",
        "nextbillion_fleet",  # D
        "GPS fleet tracking and route optimisation for municipal waste haulers",
        "Telematics and cloud routing for garbage trucks: live location, missed-stop alerts, idle-time and fuel reports, "
        "driver coaching and proof-of-service records for municipalities and private haulers.",
    ),
    (
        "nBo111",
        "en",
        "winen_routing",  # D
        "GPS-based routing software for garbage collection trucks",
        "Routing software that turns raw GPS data into optimised collection routes for municipal refuse trucks, replacing "
        "highlighter-on-paper planning and cutting fuel, labour and vehicle wear.",
    ),
    (
        "nBo112",
        "en",
        "specimen_track",  # D
        "RFID chain of custody for laboratory specimens",
        "Passive RFID labels and read zones that follow blood and tissue specimens from bedside to lab accessioning, with "
        "cold-chain temperature records and audit trails for CAP and Joint Commission.",
    ),
    (
        "nBo113",
        "en",
        "rfid_inventory",  # D
        "RFID tracking of hospital supply inventory and expiry dates",
        "RFID tags on supplies such as ointments and implantable hardware to find expired stock on hospital shelves and "
        "reduce write-offs.",
    ),
    (
        "nBo114",
        "vi",
        "ykhoanet_his",  # D
        "Phần mềm quản lý bệnh viện YKHOANET",
        "Hệ thống phần mềm quản lý toàn diện bệnh viện, phòng khám: tiếp nhận, viện phí, bệnh án điện tử, kê đơn, dược, "
        "báo cáo; đã triển khai tại hơn 100 đơn vị y tế trên toàn quốc.",
    ),
    # --- staff training ---
    (
        "nBo115",
        "vi",
        "cdcna_taphuan",
        "Lớp tập huấn quản lý chất thải y tế theo Thông tư 20/2021/TT-BYT",
        "Khoa Sức khỏe môi trường của Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tập huấn thực hiện Thông tư 20/2021/TT-BYT "
        "ngày 26/11/2021 về quản lý chất thải y tế trong khuôn viên cơ sở y tế, ảnh hưởng của chất thải y tế đến sức khỏe "
        "và môi trường, nhận diện và ứng phó sự cố môi trường do chất thải y tế.",
    ),
    (
        "nBo116",
        "vi",
        "brvt_taphuan",
        "Tập huấn quản lý chất thải y tế cho cán bộ và nhân viên phụ trách (Viện Y tế công cộng TP.HCM)",
        "Giảng viên Khoa Sức khỏe môi trường hướng dẫn khoảng 30 học viên mỗi lớp về thủ tục hành chính môi trường, tổ "
        "chức quản lý chất thải, phân loại - thu gom - vận chuyển - lưu giữ, giảm thiểu và tái chế, an toàn vệ sinh lao "
        "động, chế độ báo cáo và hồ sơ quản lý chất thải y tế.",
    ),
    (
        "nBo117",
        "vi",
        "vietbooks_atvsld",
        "Bộ hướng dẫn giảng dạy và công cụ lượng giá an toàn vệ sinh lao động trong ngành y tế",
        "Tài liệu giảng dạy kèm bộ công cụ lượng giá an toàn vệ sinh lao động cho nhân viên y tế (bản scan PDF), dùng để "
        "tổ chức huấn luyện nội bộ tại cơ sở.",
    ),
    (
        "nBo118",
        "vi",
        "bactham_quytrinh",
        "Tài liệu quy trình xử lý chất thải rắn y tế an toàn từ phân loại đến tiêu hủy",
        "Bộ tài liệu phổ biến kiến thức cho nhân viên và cộng đồng: thu gom, phân loại tại nguồn 'đúng người, đúng chỗ', "
        "lưu trữ và vận chuyển an toàn, các phương pháp xử lý hiện đại và vai trò của từng người để kim tiêm dính máu, "
        "bông băng, bệnh phẩm không lọt ra môi trường.",
    ),
    (
        "nBo119",
        "en",
        "gef_training",
        "UNDP GEF healthcare waste training modules with train-the-trainer manual",
        "Twenty-five training modules harmonised with WHO's handbook, with a master curriculum, instructor guides, student "
        "handouts, evaluation forms and PowerPoints, designed for experiential adult learning and tailored separately to "
        "administrators, clinical staff and waste handlers; includes how to train trainers.",
    ),
    (
        "nBo120",
        "en",
        "yumpu_curriculum",
        "Sample master curriculum for a healthcare waste management course",
        "Ready course outline with timings: health impacts of infectious waste (1 h), other hazardous waste (2 h), key "
        "steps (30 min), classification and segregation (2 h), handling and collection (2 h), on-site transport and "
        "storage (1 h each), on-site treatment (1.5 h), off-site transport and disposal (1 h), plus specific waste streams.",
    ),
    (
        "nBo121",
        "en",
        "agenparl_course",
        "Online course on standard precautions and health-care waste management",
        "Self-paced course describing the categories of waste generated by health, research and laboratory facilities and "
        "best practice for minimising, segregating, collecting, transporting and storing it.",
    ),
    (
        "nBo122",
        "en",
        "malsparo_training",
        "Designing a staff training programme on medical waste",
        "Advisory on general training for all employees (hazards, waste categories, colour codes, who handles and "
        "collects waste, on-site treatment, emergency procedures) and on specialised modules such as radioactive waste "
        "for radiology staff, scaled to the complexity of the facility.",
    ),
    (
        "nBo123",
        "en",
        "ace_segregation",
        "Clinical waste segregation training for healthcare staff",
        "Hands-on training at the bin combining clear colour coding, the waste streams a facility actually produces "
        "(clinical, sharps, cytotoxic, pharmaceutical, general) and short refresher sessions with real scenarios, for "
        "hospitals, medical centres, dental practices and aged care.",
    ),
    (
        "nBo124",
        "en",
        "searo_timor",
        "Healthcare waste management training for hospital and sanitation workers (WHO country office)",
        "Training programme launched for hospital staff and sanitation workers on what happens to syringes, organs and "
        "other waste after use and how to handle it safely.",
    ),
    # --- sterilisation of instruments ---
    (
        "nBo125",
        "vi",
        "doc_khukhuan",
        "Khóa đào tạo khử khuẩn - tiệt khuẩn dụng cụ y tế",
        "Nội dung do khoa Kiểm soát nhiễm khuẩn một bệnh viện đa khoa tỉnh biên soạn: phân loại dụng cụ và mức khử "
        "khuẩn, hóa chất chính, làm sạch - khử nhiễm, tiệt khuẩn nhanh, cách xếp dụng cụ vào lò, giám sát quy trình, đóng "
        "gói, dán nhãn, lưu trữ, kiểm soát chất lượng và thiết kế đơn vị tiệt khuẩn.",
    ),
    (
        "nBo126",
        "vi",
        "doc_bachmai_cssd",
        "Chuyển giao quy trình quản lý tập trung dụng cụ y tế (mô hình tiệt khuẩn trung tâm)",
        "Quy trình thống nhất khử khuẩn, tiệt khuẩn dụng cụ y tế cho toàn bệnh viện: y công khoa Kiểm soát nhiễm khuẩn "
        "nhận dụng cụ theo lịch giao nhận, xử lý tập trung, đánh giá chất lượng dụng cụ theo biểu mẫu và cấp phát lại cho "
        "các khoa.",
    ),
    (
        "nBo127",
        "vi",
        "technovn_cssd",
        "Thiết bị cho đơn vị tiệt khuẩn trung tâm (CSSD): máy rửa, máy tiệt khuẩn EO",
        "Cung cấp thiết bị kiểm soát nhiễm khuẩn: làm sạch, khử nhiễm, khử khuẩn mức thấp - trung bình - cao và tiệt khuẩn "
        "tiêu diệt cả bào tử; trong đó có máy tiệt khuẩn bằng khí EO cho dụng cụ không chịu nhiệt.",
    ),
    (
        "nBo128",
        "vi",
        "baominh_noihap",
        "Nồi hấp tiệt trùng hơi nước cho dụng cụ y tế (xả hơi và chân không)",
        "Nồi hấp dùng hơi nước áp suất cao tiệt khuẩn dụng cụ, kể cả dụng cụ nội soi chịu nhiệt; thuộc trang thiết bị y "
        "tế loại C theo Thông tư 05/2022/TT-BYT, tham chiếu ANSI/AAMI. Tư vấn chọn giữa loại xả hơi (gravity) và loại "
        "bơm chân không.",
    ),
    (
        "nBo129",
        "vi",
        "bvub_tietkhuan",
        "Tư vấn chọn phương pháp tiệt khuẩn dụng cụ: hấp ướt, hấp khô, plasma H2O2, khí EO",
        "Khoa Kiểm soát nhiễm khuẩn chia sẻ bảng so sánh: hấp ướt thân thiện, nhanh, rẻ nhưng hỏng dụng cụ nhạy nhiệt; "
        "hấp khô rẻ nhưng ít dùng; plasma H2O2 nhanh cho dụng cụ không chịu nhiệt nhưng giới hạn vật liệu, lòng ống và chi "
        "phí cao; EO tương thích vật liệu nhưng cần thông khí lâu và là chất gây ung thư, dễ cháy.",
    ),
    (
        "nBo130",
        "en",
        "surgplanet_h2o2",
        "Low-temperature hydrogen peroxide plasma sterilizers",
        "Guidance and equipment for sterilizing heat- and moisture-sensitive devices with H2O2 vapour and plasma in a "
        "sealed chamber, as one step in a validated reprocessing chain (cleaning, inspection, packaging, sterilization, "
        "storage) with compatibility rules, release criteria and traceability.",
    ),
    (
        "nBo131",
        "en",
        "asp_sterrad",
        "STERRAD hydrogen peroxide gas plasma sterilization system",
        "Low-temperature system in which a 59% hydrogen peroxide solution is concentrated, vaporised into the chamber and "
        "turned into plasma by an electric field; by-products are water and oxygen, avoiding the carcinogenic and "
        "mutagenic risks of ethylene oxide and formaldehyde.",
    ),
    (
        "nBo132",
        "en",
        "avina_oxycool",
        "OXY-COOL low-temperature plasma sterilizer for endoscopes and delicate instruments",
        "Hydrogen peroxide plasma sterilizer for equipment such as endoscopes that would be damaged by the heat and "
        "humidity of steam autoclaving.",
    ),
    (
        "nBo133",
        "en",
        "wfhss_steril",
        "Sterilization process validation following WFHSS guidance",
        "Support for validating sterilization of reusable medical devices to a sterility assurance level of 10^-6 using "
        "the half-cycle overkill method with highly resistant spores, and for checking device compatibility with the "
        "maximum number of cycles set by the manufacturer.",
    ),
    (
        "nBo134",
        "en",
        "crcst_h2o2",
        "Sterile processing technician training on hydrogen peroxide gas plasma",
        "Review course: H2O2 plasma sterilizes by oxidation below 131 F without aeration; OSHA limit 1 ppm over 8 hours; "
        "not for powders, liquids or cellulose wraps (use Tyvek pouches); suitable for catheters, endoscopes, "
        "laparoscopes, plastics, electrical devices and orthopaedic instruments.",
    ),
    (
        "nBo135",
        "en",
        "legal_spore",
        "Weekly spore testing of steam sterilizers",
        "Compliance service for dental and medical sterilizers: CDC recommends spore testing at least weekly and for every "
        "load with implants, using Geobacillus stearothermophilus for steam and Bacillus atrophaeus for dry heat and "
        "ethylene oxide.",
    ),
    (
        "nBo136",
        "en",
        "firsteo_h2o2fail",
        "Troubleshooting hydrogen peroxide plasma sterilization failures",
        "Manufacturer guidance on why low-temperature plasma cycles fail: blood and debris left from incomplete cleaning, "
        "wet instruments consuming peroxide, unsuitable packaging; with the countermeasures for each cause.",
    ),
    (
        "nBo137",
        "vi",
        "sagomed_khisach",  # D
        "Hệ thống khí sạch cho phòng mổ và hồi sức",
        "Thiết kế hệ thống thông khí sạch kiểm soát nhiệt độ, độ ẩm và nhiễm khuẩn không khí trong phòng mổ, phòng hồi "
        "sức tích cực của bệnh viện.",
    ),
    (
        "nBo138",
        "vi",
        "thuvieny_hepa",  # D
        "Máy lọc không khí HEPA kết hợp đèn cực tím cho phòng khám",
        "Kết quả đánh giá tại một bệnh viện lớn: 100 mẫu không khí, máy HEPA kết hợp UV giảm vi sinh vật nhưng chưa đạt "
        "mức sạch cấp D (dưới 200 khúm/m3) khi có người ra vào; hiệu quả rõ khi phòng kín, có hút khí và nhiệt độ dưới 25 độ C.",
    ),
    (
        "nBo139",
        "vi",
        "hvac_hepa",  # D
        "Bộ lọc HEPA chính hãng cho thanh lọc không khí cơ sở y tế",
        "Hướng dẫn chọn bộ lọc HEPA thật, phân biệt với loại 'tương tự HEPA', để lọc vi khuẩn, virus, bào tử nấm trong "
        "không khí bệnh viện, phòng khám.",
    ),
    (
        "nBo140",
        "vi",
        "doc_bv74_uv",  # D
        "Khử khuẩn không khí phòng nội soi bằng phun hóa chất và đèn cực tím",
        "Nghiên cứu của một bệnh viện trung ương về hiệu quả phun hóa chất Anios Special DJP SF và chiếu tia cực tím để "
        "khử khuẩn không khí phòng nội soi phế quản.",
    ),
]

OFFERS += [
    # --- chemical disinfection, placenta, mercury, pharmaceutical, recycling ---
    (
        "nBo141",
        "en",
        "malsparo_chem",
        "Chemical treatment of liquid medical waste before sewer discharge",
        "Advisory and batch equipment for chlorine-based and other oxidant treatment of aqueous medical waste, which "
        "regulators consider the most appropriate method for liquid medical waste; treated liquid usually goes to the "
        "sewer or to a holding tank for testing first.",
    ),
    (
        "nBo142",
        "en",
        "openlearn_hld",
        "Training module: chemical disinfection and burial pits for infectious waste",
        "Open course unit for health workers: 0.5% chlorine for 10 minutes as the preferred treatment for liquid "
        "infectious waste, gloves and goggles during handling, disposal into a seepage pit whose bottom is at least 3 m "
        "above the water table, and final disposal in burial pits.",
    ),
    (
        "nBo143",
        "en",
        "metbio_chem",
        "Chemicals for hospital waste treatment with shredding",
        "Guide to disinfectants for medical waste (chlorine dioxide, formaldehyde, sodium hypochlorite, glutaraldehyde) "
        "and why solid waste must be shredded for full chemical contact; an option for hospitals without access to more "
        "sophisticated treatment or disposal services.",
    ),
    (
        "nBo144",
        "en",
        "oppia_placenta",
        "Placenta pit design and anatomical waste handling for health facilities",
        "Health-extension training content: build a fenced, locked placenta pit inside the compound at least 1 m deep for "
        "placentas, blood and body fluids; carry waste in covered plastic or galvanised containers on dedicated trolleys, "
        "cover each deposit with soil, respect local customs and avoid low-temperature incinerators for anatomical waste.",
    ),
    (
        "nBo145",
        "en",
        "bioins_placenta",  # D
        "Placenta encapsulation service for new mothers",
        "Service that steams, dehydrates and grinds a mother's placenta into capsules as a postpartum supplement, after "
        "the family has signed the hospital release form.",
    ),
    (
        "nBo146",
        "en",
        "uconn_mercury",
        "Switching hospital wards to mercury-free electronic thermometers",
        "Hospital clinical-engineering experience of replacing all mercury glass thermometers, ending with intensive care, "
        "under an environmental agreement to eliminate mercury waste; trained technicians clean spills with a special "
        "HEPA vacuum and dispose of mercury as hazardous waste.",
    ),
    (
        "nBo147",
        "en",
        "hfhc_mercury",
        "Programme to replace mercury thermometers and sphygmomanometers in hospitals",
        "NGO support for hospitals moving from mercury-containing devices to safer alternatives, in line with a national "
        "order to phase out all mercury-containing devices by 2010.",
    ),
    (
        "nBo148",
        "en",
        "independent_mercury",
        "Disposable strip thermometers as an alternative to mercury",
        "Plastic strip thermometers whose dots change to blue at set melting points, claimed accurate to 0.1 C; NHS supply "
        "of mercury thermometers fell from 1.5 million in 1990 to 800,000 five years later.",
    ),
    (
        "nBo149",
        "vi",
        "nhatthuc_nhietke",
        "Hướng dẫn sử dụng an toàn và xử lý khi nhiệt kế thủy ngân bị vỡ",
        "Tài liệu cho cơ sở y tế và gia đình: cấu tạo, ưu nhược điểm của nhiệt kế thủy ngân, cách đo đúng vị trí và các "
        "bước xử lý khi ống vỡ để tránh nhiễm độc thủy ngân.",
    ),
    (
        "nBo150",
        "en",
        "novus_cytotoxic",
        "Collection and disposal of cytotoxic and cytostatic waste",
        "Licensed clinical-waste company collecting cytotoxic and cytostatic medicines and everything used to give them "
        "(gloves, gowns, masks, lines), plus patient excreta for seven days after treatment, classed as hazardous under "
        "codes 18 01 08 and 18 02 07, in dedicated containers.",
    ),
    (
        "nBo151",
        "en",
        "ashtons_medicines",
        "Medicine waste disposal for hospitals and nursing homes",
        "Pharmacy service separating medicine waste into hazardous cytotoxic/cytostatic (yellow bin, purple lid) and "
        "non-hazardous (yellow bin, blue lid) streams, keeping tablets in blisters and liquids undecanted, and denaturing "
        "controlled drugs with a destruction kit before disposal; nothing goes down the sink.",
    ),
    (
        "nBo152",
        "en",
        "malsparo_pharm",
        "Pharmaceutical waste management advice for healthcare facilities",
        "Advisory on expired, unused and contaminated medicines, vaccines and biologics from pharmacies and wards: stop "
        "flushing drugs to drains, apply the precautionary principle, and treat the roughly 10% of non-regulated drugs "
        "that are as hazardous as regulated ones accordingly.",
    ),
    (
        "nBo153",
        "vi",
        "recycle_nhayte",
        "Dây chuyền tái chế nhựa y tế không lây nhiễm (PP, PE, PVC)",
        "Nhà sản xuất thiết bị tái chế giới thiệu quy trình cho nhựa y tế: bơm tiêm PP, PE, chai thuốc HDPE, PET, túi "
        "truyền PVC, EVA, ống dẫn PVC, silicone; nhấn mạnh chỉ tái chế phần không lây nhiễm sau khi phân loại cẩn thận.",
    ),
    (
        "nBo154",
        "en",
        "lawnet_infusion",
        "Legal guidance on recycling plastic infusion bottles under Circular 20/2021/TT-BYT",
        "Law firm note: plastic infusion bottles and medicine bottles without cytotoxic content or hazard labels count as "
        "ordinary solid waste under Circular 20/2021/TT-BYT and may be segregated and handed over for recycling, with the "
        "conditions for segregation set out in the circular.",
    ),
    (
        "nBo155",
        "vi",
        "tusayyen_maysay",  # D
        "Máy sấy dược liệu inox 304 loại nhỏ cho phòng khám đông y",
        "Tư vấn chọn máy sấy dược liệu đạt GMP cho phòng khám, cơ sở sản xuất: tránh nấm mốc, aflatoxin và mất tinh dầu "
        "khi phơi nắng trong khí hậu độ ẩm trên 80%.",
    ),
]
