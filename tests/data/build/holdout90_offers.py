"""Offers of the holdout90 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # rodents in rice fields
    (
        "lNo001",
        "en",
        "rat_irri_fact",
        "Community trap barrier system (TBS) for irrigated rice",
        "Extension package on non-chemical rodent control in lowland irrigated rice. A trap barrier system "
        "protects roughly a 200 m radius (about 10 ha) around it. Training covers telling rice field rats "
        "(litters of 10-14, breeding tied to the crop) from black rats (6-10 young, breeding most of the year), "
        "village hygiene, synchronised planting and short, intensive community campaigns on channel banks.",
    ),
    (
        "lNo002",
        "en",
        "rat_tanz",
        "Community TBS with an early-planted trap crop",
        "Design and set-up of a community trap barrier system: a small rice plot planted a short time before the "
        "surrounding fields draws rats from a wide area into fenced traps. In irrigated rice trials one unit "
        "protected up to 16 ha and raised yields in the protected fields by 40.91%, replacing rodenticides that "
        "are usually applied only after damage is done.",
    ),
    (
        "lNo003",
        "en",
        "rat_echo",
        "Rodent trap barrier cages for lowland rice (ACIAR method)",
        "Guidance on building community trap barrier cages of 20-50 m a side from plastic, bamboo or wooden "
        "stakes, string and live traps, with a moat and raised entrances leading to the traps. The early lure "
        "crop inside pulls rats from up to 200 m away, so one unit shields 10-15 ha. Includes the breeding "
        "biology behind timing: litters of about 11-12 pups and up to three litters per crop.",
    ),
    (
        "lNo004",
        "en",
        "rat_indon",
        "Integrated rat management with TBS for rice (PHTT)",
        "Integrated rice-field rat management run by farmer groups: early, intensive and area-wide control "
        "while populations are low, plus a TBS of plastic fencing with traps around a 25 x 25 m trap crop "
        "planted three weeks ahead. Removing one adult female at planting equals about 80 rats killed at "
        "harvest, so the programme concentrates effort at the start of the season.",
    ),
    (
        "lNo005",
        "vi",
        "rat_hatinh",
        "Bẫy chuột bán nguyệt cải tiến cho ruộng lúa",
        "Chuyển giao mẫu bẫy bán nguyệt cải tiến do nông dân sáng chế, đặt dọc bờ ruộng để bắt chuột cắn lúa "
        "giai đoạn cuối đẻ nhánh - làm đòng. Một hộ đã rải gần 200 bẫy trên gần 3 ha; người dùng cho biết có đêm "
        "bắt được 7-10 con. Bẫy rẻ, dùng lại nhiều vụ, không cần thuốc.",
    ),
    (
        "lNo006",
        "vi",
        "rat_binhthuan",
        "Chuyển giao kỹ thuật “bẫy cây trồng” diệt chuột đồng",
        "Trung tâm kỹ thuật và dịch vụ nông nghiệp hướng dẫn dựng “bẫy cây trồng”: một ô lúa dụ được rào kín, "
        "gắn bẫy ở cửa, để bắt chuột đồng cho cả cánh đồng. Mô hình áp dụng ở vùng có gần 1.000 ha lúa bị chuột "
        "hại trong 6 tháng, riêng một tháng có hơn 427 ha mạ - đẻ nhánh bị cắn phá.",
    ),
    (
        "lNo007",
        "vi",
        "rat_dongthap",
        "Bộ bẫy chuột cộng đồng từ lưới cá, bạt nylon và ụ đất",
        "Hướng dẫn các cách bẫy chuột bằng vật dụng quen thuộc: rào lưới bắt cá, quây bạt nylon, đắp ụ đất dẫn "
        "chuột vào bẫy, áp dụng cho ruộng trong đê bao khép kín sản xuất vụ 3. Đã dùng ở vùng đê bao 2.600 ha; một "
        "hộ canh tác 6 ha làm sạch cỏ bờ và quây bẫy ngay từ khi gieo sạ.",
    ),
    (
        "lNo008",
        "en",
        "owl_buletin",
        "Barn owl nest boxes for paddy rodent control",
        "University research group designs and installs custom nest boxes so barn owls settle next to paddy "
        "fields. Rats make up about 99% of the owl's diet; a family of two adults and three chicks can eat up to "
        "3,000 rats a year, and one occupied box covers 5-10 acres. Owls do not build nests, so boxes are the key.",
    ),
    (
        "lNo009",
        "en",
        "owl_usm",
        "Barn owl programme for smallholder farms",
        "Hand-over and installation of barn owl nest boxes for smallholders (a first batch of 20 boxes), with "
        "monitoring by the university's barn owl and rodent research group. A pair with its brood can take about "
        "1,300 rodents a year, cutting rodenticide use and secondary poisoning of other animals.",
    ),
    (
        "lNo010",
        "vi",
        "owl_memart",
        "Kỹ thuật nuôi, dẫn dụ cú lợn (chim lợn) diệt chuột",
        "Tài liệu và tư vấn về cú lợn (họ Tytonidae): đặc điểm sinh học, cánh dài khoảng 270-350 mm, săn mồi ban "
        "đêm, làm tổ ở hốc cây, mái nhà cũ; kỹ thuật nuôi và ứng dụng để kiểm soát chuột, côn trùng trên đồng "
        "ruộng, kèm lưu ý về bảo tồn và pháp lý.",
    ),
    (
        "lNo011",
        "vi",
        "ratfarm_thucanh",
        "Mô hình nuôi chuột đồng lấy thịt",
        "Giới thiệu mô hình nuôi chuột đồng (chuột cơm) thương phẩm: chuồng 350 m² nền xi măng, tường gạch và "
        "tôn, vốn đầu tư 35 triệu đồng, thả nuôi 6.000 con để bán thịt cho nhà hàng.",
    ),
    (
        "lNo012",
        "vi",
        "ratfarm_nld",
        "Nuôi dúi (chuột tre) thương phẩm ở đồng bằng",
        "Chia sẻ kinh nghiệm nuôi dúi: mua 18 con giống giá 1.050.000 đồng/con, dựng trại 50 m², sau mấy năm có "
        "khoảng 300 con; thức ăn là tre, mía, bắp; dúi nuôi 10 tháng có thể bán, thu gần 100 triệu đồng mỗi tháng.",
    ),
    (
        "lNo013",
        "vi",
        "ratfarm_vinhlong",
        "Nuôi chuột cống nhum trong lu",
        "Mô tả cách nuôi chuột cống nhum (0,8-1 kg/con) trong lu lót lá chuối khô, mỗi ổ 2 cái 1 đực, để bán thịt; "
        "bài viết cũng nêu rủi ro dịch bệnh và chuột sổng phá mùa màng nếu chuồng trại không an toàn.",
    ),
    (
        "lNo014",
        "en",
        "iot_catena",
        "Animal activity tracker for caged laboratory rodents",
        "Firmware and board (Catena 4430) that track the activity of research mice and rats in cages, sampling "
        "every six minutes, storing to SD card and sending over LoRaWAN; can also drive pellet feeders.",
    ),
    # rodents in homes, markets, warehouses and food plants
    (
        "lNo015",
        "vi",
        "rat_euro",
        "Dịch vụ diệt chuột cho kho, xưởng, siêu thị, nhà hàng",
        "Công ty kiểm soát dịch hại xử lý chuột theo quy trình: đặt mồi nhử nhiều lần cho chuột quen ăn, sau đó "
        "trộn thuốc vào mồi và kết hợp bẫy. Phục vụ kho lương thực, khu sản xuất, siêu thị, nhà hàng, nơi chuột "
        "cắn phá hàng hóa, dây điện, ống nước và máy tính (chuyên gia ước chuột hủy lượng lương thực đủ nuôi "
        "200 triệu người mỗi năm).",
    ),
    (
        "lNo016",
        "vi",
        "rat_nhahang",
        "Diệt chuột tại nhà hàng đạt yêu cầu an toàn thực phẩm",
        "Gói dịch vụ diệt và phòng chuột cho nhà hàng, khu bếp, kho, trần giả, hệ thống cống, giúp đáp ứng kiểm "
        "tra vệ sinh an toàn thực phẩm và HACCP, tránh bị xử phạt, đình chỉ; chuột mang Salmonella, Leptospira, "
        "Hantavirus và cắn dây điện gây chập cháy.",
    ),
    (
        "lNo017",
        "vi",
        "rat_greenhouse",
        "Đội bắt chuột thuê cho siêu thị, nhà hàng, cao ốc",
        "Công ty kiểm soát chuột và côn trùng (10 năm hoạt động, người sáng lập 12 năm trong nghề) nhận bắt chuột "
        "cho nhà dân, quán ăn, nhà hàng, khách sạn, siêu thị, cao ốc: khảo sát đường chuột đi, đặt bẫy keo qua đêm "
        "và thu gom chuột dính bẫy sáng hôm sau, thay cho cách bắt thủ công không hiệu quả.",
    ),
    (
        "lNo018",
        "vi",
        "rat_dietchuot",
        "Khảo sát dấu hiệu chuột và diệt chuột tại nhà",
        "Dịch vụ khảo sát trước khi diệt: đọc phân chuột (dài 9-14 mm, một con thải tới 40 viên mỗi đêm), tiếng "
        "cào trên trần hay dưới sàn, dấu chân, vết bẩn dọc chân tường; rắc bột mịn để kiểm tra dấu mới hôm sau, "
        "rồi đặt bẫy và mồi đúng đường chuột đi.",
    ),
    (
        "lNo019",
        "vi",
        "rat_dvdct",
        "Tư vấn đuổi chuột cho gia đình và doanh nghiệp",
        "Hướng dẫn và dịch vụ kiểm soát chuột cho nhà ở, kho xưởng, khu chứa thực phẩm: nhận biết phân, tiếng "
        "gặm, hàng hóa hao hụt, mùi hôi; bịt vết nứt, cửa thông gió, khe quanh ống nước; dọn rác và thức ăn để "
        "hở; chọn bẫy và thuốc phù hợp cho hộ gia đình hay doanh nghiệp.",
    ),
    (
        "lNo020",
        "en",
        "ratx_ratsprev",
        "Rodent-proofing programme for food storage areas",
        "Practical exclusion and control plan: seal gaps wider than 1/4 inch with steel wool, copper mesh or "
        "cement, fit door sweeps and weather stripping, keep dry goods in metal or heavy plastic bins, raise "
        "pallets 12 inches off the floor, place at least three traps per 100 sq ft spaced 6-8 ft apart, check "
        "them daily and use tamper-resistant bait stations where allowed.",
    ),
    (
        "lNo021",
        "en",
        "ratx_dock",
        "Pest-proof door and dock seals for food warehouses",
        "Triple-layer dock and door seals (rubber weather seal with a stainless-steel mesh core) that rodents "
        "cannot chew through, supplied to food plants and warehouses to meet audit rules such as SQF 11.1.5 on "
        "proofing doors and openings. Rats fit through quarter-sized holes and mice through nickel-sized ones.",
    ),
    (
        "lNo022",
        "en",
        "ratx_wfp",
        "Rodent proofing and prevention for food stores (WFP guidance)",
        "Food-store rodent prevention: choose a detached store, remove rubbish and sweepings, cover ventilators "
        "and windows with wire netting or expanded metal, fix kick plates to wooden doors, fit barriers on stacks, "
        "paint rough walls with gloss paint and proof pipes and cables. Where poisons are needed, a reputable "
        "contractor is engaged; phosphine used against insects also kills rats and mice.",
    ),
    (
        "lNo023",
        "en",
        "ratx_mfg",
        "Rodent exclusion plan for food facilities under cGMP",
        "Consultancy that builds a written rodent exclusion and IPM plan for food plants, matching the US cGMP "
        "rule (21 CFR 117.35) that pests must be kept out of processing and holding areas. Rodents carry more "
        "than 35 diseases, damage stock and wiring, and are a leading cause of failed food-safety audits.",
    ),
    (
        "lNo024",
        "en",
        "iot_victor",
        "Wi-Fi electronic rat and mouse traps with phone alerts",
        "Open-source Home Assistant integration for Victor Smart-Kill Wi-Fi electronic rat and mouse traps, "
        "installable through HACS. Each trap reports its status and kills to the dashboard, so traps in attics, "
        "pantries or stores can be watched without walking to them.",
    ),
    (
        "lNo025",
        "en",
        "iot_smarttrap",
        "Smart non-lethal mouse trap with cloud notification",
        "A live-capture mouse trap with a passive infrared sensor: when a mouse enters, the trap pushes the event "
        "to the cloud and an Android app notifies the user, who can release the animal remotely or with a "
        "switch; the app also reports when the trap is empty again.",
    ),
    (
        "lNo026",
        "en",
        "iot_rattrap",
        "LoRa rat-trap sensor (Arduino)",
        "Arduino sketch for a LoRa radio sensor fitted to rat traps, so trap triggers can be reported over long "
        "range without Wi-Fi coverage.",
    ),
    (
        "lNo027",
        "en",
        "iot_fanmon",
        "Remote monitoring of building ventilation fans over LoRaWAN",
        "Device and code that read the run and fault lamps of exhaust, outside-air and garage fans and send their "
        "status over The Things Network, with alerts through Apple HomeKit or Pushover.",
    ),
    (
        "lNo028",
        "en",
        "iot_lorahunt",
        "LoRa monitoring of live traps for invasive raccoons",
        "Hunters' project that puts LoRa nodes on live traps set for invasive raccoons, so trap checks and "
        "relocation can be organised from a distance to protect native hares, pheasants and songbirds.",
    ),
    # termites
    (
        "lNo029",
        "en",
        "term_engfix",
        "Termite baiting systems for colony elimination",
        "Installation and servicing of in-ground termite bait stations: lockable plastic housings with cellulose "
        "monitors, replaced by bait cartridges with an insect growth regulator (diflubenzuron or hexaflumuron) "
        "once termites feed. Workers share the bait through trophallaxis, so the whole colony, queen included, "
        "collapses without drilling and flooding the soil with liquid termiticide.",
    ),
    (
        "lNo030",
        "vi",
        "term_saigon",
        "Hệ thống bẫy mối đặt quanh nhà",
        "Lắp đặt trạm bẫy mối chứa mồi diệt chậm quanh chu vi ngôi nhà, cách nhau khoảng 3-5 m, chôn sâu 10-15 cm, "
        "ưu tiên chỗ có dấu hiệu mối. Kiểm tra và thay mồi mỗi 2-4 tuần, duy trì 6-12 tháng để mối thợ mang mồi "
        "về tổ, diệt cả mối chúa; an toàn cho người và vật nuôi khi dùng đúng cách.",
    ),
    (
        "lNo031",
        "vi",
        "term_diy",
        "Diệt mối tại nhà bằng hộp nhử và thuốc sinh học",
        "Dịch vụ và hướng dẫn diệt mối theo 3 bước: đánh giá mức độ trong giờ đầu, chọn nhóm giải pháp (biện pháp "
        "sinh học, hộp nhử kết hợp PMC90, hoặc Agenda 25EC cho mối đất, tổ lớn), thực hiện theo lộ trình 7-30 ngày; "
        "mức 3 nên giao cho chuyên gia; kèm khuyến cáo bảo hộ, thông gió, giảm ẩm và kiểm tra định kỳ.",
    ),
    (
        "lNo032",
        "vi",
        "term_nenmong",
        "Xử lý chống mối nền móng công trình",
        "Công ty kiểm soát côn trùng thi công chống mối cho nền móng: kiểm tra gỗ sót lại, xử lý đất nền và chân "
        "móng để ngăn mối từ đất xâm nhập lên công trình, bảo vệ kết cấu móng, kéo dài tuổi thọ công trình và tránh "
        "chi phí sửa chữa về sau.",
    ),
    (
        "lNo033",
        "vi",
        "term_tcvn",
        "Phòng chống mối công trình mới theo TCVN 7958:2008",
        "Tư vấn, thi công, giám sát và nghiệm thu phòng chống mối cho công trình xây dựng mới theo TCVN 7958:2008. "
        "Công trình loại A (công trình đặc biệt, cao tầng, niên hạn từ 100 năm, bảo tàng, thư viện, kho lưu trữ, "
        "văn phòng, nhà kho chứa vật liệu có xenlulô) phải có biện pháp chống mối ngay từ khi lập dự án thiết kế.",
    ),
    (
        "lNo034",
        "vi",
        "term_xaynha",
        "Diệt và phòng mối theo từng giai đoạn xây nhà",
        "Gói phòng mối đi cùng tiến độ thi công: xử lý khi đào móng, làm nền, xây tường và trước khi hoàn thiện "
        "sàn, trần, vì lúc công trình còn trống là thời điểm dễ tiếp cận nhất; tránh phải khoan nền, bơm thuốc "
        "sau khi đã ở, khi mối đã làm tổ sâu dưới nền.",
    ),
    (
        "lNo035",
        "vi",
        "term_pcs_crit",
        "Đánh giá công trình có cần chống mối (thang điểm)",
        "Dịch vụ khảo sát, chấm điểm mức cần chống mối của công trình: nhóm mối gây hại (mối gỗ ẩm 6 điểm, gỗ khô "
        "4, mối đất 2), kết cấu gỗ chịu lực, hiện vật và tài liệu lưu trữ chứa xenlulô, hệ thống cáp điện và thông "
        "tin bọc nhựa; từ đó đề xuất biện pháp chống mối phù hợp.",
    ),
    (
        "lNo036",
        "en",
        "term_meta_icup",
        "Biological termite control with Metarhizium fungus",
        "Research group offering biological termite control based on the fungus Metarhizium anisopliae (and "
        "entomopathogenic nematodes): strains selected to be virulent, tolerate temperatures above 30 C, be safe "
        "for people and animals and easy to mass-produce, formulated to be less repellent and applied either to "
        "termite sites or inside an attractive bait matrix.",
    ),
    (
        "lNo037",
        "en",
        "term_meta_horiz",
        "Lab screening of fungal spread through termite groups",
        "Laboratory evaluation of how Metarhizium conidia pass from treated donor termites to nestmates through "
        "grooming. In tests on Microcerotermes diversus, 3.5 x 10^8 conidia/mL with 50% donors gave the highest "
        "worker mortality after 14 days, while 10% donors killed fewer than 20%; field efficacy still unproven.",
    ),
    (
        "lNo038",
        "vi",
        "dike_radar",
        "Dò tìm tổ mối thân đê bằng ra đa và xử lý sinh học",
        "Dùng máy ra đa xác định vị trí, kết cấu tổ mối trong thân đê ngoài mùa mưa bão, thay cho việc tìm bằng mắt "
        "thường; nhờ đó khoan ít lỗ hơn, tiết kiệm thuốc, xử lý trước mùa lũ thay vì phải đào đê bắt mối chúa "
        "trong mùa mưa.",
    ),
    (
        "lNo039",
        "vi",
        "dike_thaibinh",
        "Công nghệ bả phòng trừ mối Odontotermes hainanensis hại đê",
        "Viện Sinh thái và Bảo vệ công trình triển khai đề tài cấp tỉnh (Quyết định 583/QĐ-UBND ngày 10/3/2017) ứng "
        "dụng công nghệ bả diệt loài mối nguy hiểm nhất cho đê sông, loài tạo khoang rỗng và hang gây rò rỉ, sụt lở "
        "khi nước lên; áp dụng cho hệ thống 584 km đê (158,4 km đê biển) thay cho phun hóa chất.",
    ),
    (
        "lNo040",
        "vi",
        "dike_vndiet",
        "Khảo sát và xử lý mối đê đập theo tiêu chuẩn ngành",
        "Đơn vị diệt côn trùng hơn 10 năm kinh nghiệm khảo sát, phát hiện tổ mối, ẩn họa trong thân đê, đập và xử "
        "lý theo 14TCN 182:2006, 14TCN 89-93, 14TCN 167:2006 và định mức 221/1998/QĐ-BNN; dùng phương pháp nhử và "
        "thuốc sinh học.",
    ),
    (
        "lNo041",
        "en",
        "her_histeng",
        "Integrated termite management for heritage buildings",
        "A 144-page Historic England study on termites in heritage buildings: detection, the moisture and wood "
        "conditions that drive termite activity, and a review of baits and chemical treatments to pick the least "
        "damaging one, written for conservation staff with limited resources; draws on a 27-year eradication "
        "effort in Devon.",
    ),
    (
        "lNo042",
        "en",
        "her_korea",
        "Termite risk factors for wooden heritage buildings",
        "Analysis method from a survey of 182 nationally designated wooden heritage buildings in Korea: termite "
        "damage was scored and related to 11 site and building factors; the type of contact between ground and "
        "wooden members was among the significant ones. Useful to rank which buildings to inspect first.",
    ),
    (
        "lNo043",
        "en",
        "her_woodworm",
        "Woodworm treatment in listed buildings",
        "Guidance for beetle woodworm (common furniture beetle, deathwatch and powderpost beetles) in listed "
        "buildings: confirm exit holes and frass, identify the species, consult conservation officers, prefer "
        "freezing, heating, pyrethrum or boron treatments over invasive work.",
    ),
    (
        "lNo044",
        "en",
        "her_general",
        "Conservation and restoration of historic buildings",
        "Overview of architectural conservation: the value-based choice of when and how to intervene on the "
        "materials, form and style of immovable cultural property, and the policy and planning side of heritage.",
    ),
    (
        "lNo045",
        "vi",
        "irr_caumoi",
        "Hồ chứa thủy lợi điều tiết lũ và cấp nước",
        "Giới thiệu hồ chứa nước Cầu Mới có hệ thống đê kiên cố, vừa cắt lũ đầu mùa mưa vừa cấp khoảng 20 triệu m³ "
        "nước cho công nghiệp, sinh hoạt và tưới cho khoảng 15.000 ha nông nghiệp.",
    ),
    (
        "lNo046",
        "vi",
        "dist_nammoi",
        "Kỹ thuật trồng nấm mối",
        "Hướng dẫn trồng nấm mối (Termitomyces albuminosus): nấm mối đen trồng được trên mùn cưa cao su, nấm mối "
        "trắng chỉ mọc tự nhiên trên tổ mối đất mỗi mùa mưa; giá mùa thu hoạch có thể lên vài triệu đồng/kg.",
    ),
    # mosquitoes and dengue vectors
    (
        "lNo047",
        "en",
        "wolb_wmp",
        "Wolbachia mosquito releases with community engagement",
        "World Mosquito Program support for releasing Wolbachia-carrying Aedes aegypti: community engagement "
        "through many channels (97% acceptance before releases in Vinh Luong), releases, then monitoring of "
        "Wolbachia levels and dengue incidence, which fell below that of nearby Nha Trang after releases.",
    ),
    (
        "lNo048",
        "en",
        "wolb_north",
        "Planning a Wolbachia release season",
        "Technical package for a Wolbachia release: 12-18 weeks of releases of male and female mosquitoes that "
        "then breed with the wild population and pass on the bacterium, building on trials on Tri Nguyen island "
        "(2013-2014) after which no dengue outbreak was detected there.",
    ),
    (
        "lNo049",
        "en",
        "wolb_tri",
        "Monitoring Wolbachia establishment after releases",
        "Field monitoring service for Wolbachia projects, tracking how far the strain has spread in the local "
        "mosquito population; after 27 weekly releases more than 80% of local Aedes aegypti carried Wolbachia, "
        "and releases were ended in the hope that it keeps establishing on its own.",
    ),
    (
        "lNo050",
        "en",
        "bti_wa",
        "Bti larvicide products for mosquito breeding water",
        "Supply and advice on Bacillus thuringiensis israelensis (Bti), a soil bacterium that kills mosquito "
        "larvae with very low toxicity to other species. Liquid, briquette and granular forms are applied to "
        "standing water by hand, sprayer or air and stay effective from 24 hours to over a month; health "
        "authorities prefer such larvicides to adult sprays.",
    ),
    (
        "lNo051",
        "en",
        "bti_ijmr",
        "Field-tested Bti suspension concentrate (Bactivec SC)",
        "A Bti suspension concentrate evaluated in natural breeding sites against Anopheles stephensi, Aedes "
        "aegypti and Culex quinquefasciatus, at doses of 0.25, 0.5, 1 and 2 ml per 50 litres, with data on "
        "efficacy and how long each dose keeps working.",
    ),
    (
        "lNo052",
        "en",
        "bti_tanz",
        "Efficacy testing of Bti and Bs larvicides",
        "Laboratory and semi-field testing of bacterial larvicides for a given site: Bti gave 91-100% larval "
        "mortality within 24 h (LC95 for Aedes aegypti as low as 0.052 mg/l); Bacillus sphaericus lasted longer "
        "(pupal reduction up to 9 days) but did not work on Aedes aegypti at practical doses.",
    ),
    (
        "lNo053",
        "en",
        "bti_cmmcp",
        "Larviciding service with Bti",
        "Mosquito control district service: breeding sites are dipped and treated when they average more than "
        "one larva per dip over five dips; liquid Bti goes out by hand pump, backpack, hydraulic or truck "
        "sprayer, granules by hand, backpack or aircraft, and controlled-release granules last longer.",
    ),
    (
        "lNo054",
        "vi",
        "guppy_camau",
        "Mô hình nuôi cá bảy màu diệt lăng quăng",
        "Ngành y tế hướng dẫn hộ dân nuôi cá bảy màu trong bể, lu, thùng phi để diệt lăng quăng, phòng sốt xuất "
        "huyết; ở một ấp đã có hơn 60% hộ tham gia, tổ y tế ấp giám sát hằng tháng và hộ nuôi nhân cá cho hàng xóm.",
    ),
    (
        "lNo055",
        "vi",
        "guppy_phutan",
        "Ao nhân giống và cấp phát cá bảy màu cho hộ dân",
        "Trạm y tế xã xây hệ thống 54 ao nuôi cá bảy màu đặt ở trạm y tế, trường học, nhà văn hóa ấp để cấp cá cho "
        "dân thả vào dụng cụ chứa nước; đã cấp hơn 20.000 con, gần 90% hộ trong xã nuôi cá diệt lăng quăng.",
    ),
    (
        "lNo056",
        "vi",
        "guppy_memart",
        "Kỹ thuật nuôi cá diệt lăng quăng cho hộ gia đình",
        "Hướng dẫn chọn và nuôi các loài cá ăn lăng quăng (cá bảy màu, cá muỗi, rô phi, chép, cá sóc), thả vào chum "
        "vại, bể chứa nước sinh hoạt hoặc nuôi tập trung ở ao, bể để cung cấp cho cộng đồng; không dùng hóa chất.",
    ),
    (
        "lNo057",
        "vi",
        "ulv_xn",
        "Phun ULV và phun tồn lưu diệt muỗi",
        "Dịch vụ phun không gian ULV (hạt sương siêu nhỏ, hiệu quả gấp khoảng 10 lần bình phun tay) và phun tồn lưu "
        "cho khách sạn, nhà hàng, công sở, bệnh viện, trang trại; dùng các hóa chất được phép như Permethrin 50EC, "
        "Fendona 10SC pha theo hướng dẫn để phòng dịch sốt xuất huyết.",
    ),
    (
        "lNo058",
        "vi",
        "ulv_equip",
        "Tư vấn thiết bị phun và hiệu chuẩn cho dịch vụ diệt muỗi",
        "Tư vấn chọn thiết bị theo quy mô: bình đeo vai, máy phun tay cho diện tích nhỏ; máy ULV, máy phun mù nhiệt "
        "hay máy bay cho diện rộng; thuốc diệt ấu trùng cho nước đọng, phun không gian hoặc tồn lưu cho muỗi trưởng "
        "thành; lưu ý an toàn, quản lý hóa chất và hiệu chuẩn máy phun.",
    ),
    (
        "lNo059",
        "vi",
        "thermal_vnex",
        "Phun mù nhiệt diệt muỗi ngoài trời",
        "Kỹ thuật phun mù nhiệt (công nghệ Singapore) bổ sung cho phun sương lạnh: hạt thuốc siêu nhỏ, luồng sương "
        "nhìn thấy được, bay lâu và len vào bụi rậm, tầng hầm; đã áp dụng ở các quận đông dân có nhiều bụi rậm. "
        "Hạn chế: khói dày cản giao thông, có thể kích hoạt báo cháy nhà cao tầng.",
    ),
    (
        "lNo060",
        "vi",
        "ulv_std",
        "Đào tạo theo tiêu chuẩn kỹ thuật phòng trừ muỗi bằng hóa chất",
        "Khóa tập huấn về nguyên tắc và yêu cầu kỹ thuật phòng trừ muỗi bằng hóa chất tại nhiều loại địa điểm: an "
        "toàn cho người và môi trường, đào tạo và bảo hộ cho nhân viên phun, các loại thuốc, phương pháp phun, hướng "
        "dẫn hộ gia đình dùng sản phẩm diệt muỗi an toàn.",
    ),
    (
        "lNo061",
        "vi",
        "spray_danang",
        "Dịch vụ phun thuốc diệt muỗi tận nơi",
        "Công ty vệ sinh công nghiệp nhận phun muỗi: khảo sát khu vực, đưa người và vật nuôi ra ngoài, che đồ ăn, "
        "bát đĩa, bể cá, mở cửa thông gió, nhân viên mang mặt nạ, găng tay, quần áo bảo hộ và chọn thời điểm phun "
        "phù hợp; nhân viên có bảo hiểm tai nạn.",
    ),
    (
        "lNo062",
        "en",
        "ovi_bandung",
        "Weekly ovitrap surveillance of Aedes",
        "Ovitrap surveillance service for dengue vectors: weekly collection of eggs and immatures, with positive "
        "house, ovitrap and ovitrap density indices; in a 14-month programme the indices followed rainfall with a "
        "3-4 week lag and tracked local dengue cases, giving an early signal for clean-up campaigns.",
    ),
    (
        "lNo063",
        "en",
        "ovi_plos",
        "Adult and egg traps compared for Aedes monitoring",
        "Comparison-based monitoring design using BG-Sentinel, Adultrap, MosquiTRAP and ovitraps in 1 km2 areas. "
        "The traps detected Aedes aegypti where the traditional house index mostly read zero, and followed "
        "seasonal changes in mosquito numbers, so trap indices can replace larval surveys.",
    ),
    (
        "lNo064",
        "en",
        "ovi_srilanka",
        "Household ovitrap and larval index monitoring",
        "Entomological monitoring around reported dengue cases: fortnightly larval surveys (Breteau, house and "
        "container indices) plus weekly ovitraps, four per house (two indoors, two outdoors, at ground level and "
        "at 1.5-2 m); in a 34-household area the ovitrap index ranged from 56.9% to 94.7%.",
    ),
    (
        "lNo065",
        "vi",
        "pond_hoachat",
        "Kỹ thuật quản lý môi trường ao nuôi cá",
        "Hướng dẫn chọn ao nuôi cá 1.000-10.000 m², sâu 1-2 m, cải tạo ao, vét bùn còn 15-25 cm, khử trùng đáy ao "
        "trước khi thả cá giống để loại địch hại và cá tạp.",
    ),
    (
        "lNo066",
        "en",
        "dist_vaccine",
        "Dengue vaccination for staff and families",
        "Vaccination campaign with the Qdenga dengue vaccine, licensed in Vietnam in May 2024, for people aged 4 and "
        "over at about 200 centres: two doses, up to 80% efficacy and 90% fewer hospitalisations; companies can "
        "book group sessions.",
    ),
    (
        "lNo067",
        "en",
        "meta_review",
        "Review of Metarhizium infection and virulence engineering",
        "Scientific review of how Metarhizium anisopliae and M. acridum infect terrestrial and aquatic insect "
        "hosts, and of molecular approaches to raise their virulence as biopesticides.",
    ),
    # cockroaches and flies
    (
        "lNo068",
        "en",
        "roach_pct_bait",
        "Cockroach gel and bait-station placement in restaurants",
        "Restaurant cockroach service that combines gel bait with bait stations by zone: under shelves and behind "
        "dishwashing stations, on pot and pan racks, in mop-room cracks and around drains, under food-storage "
        "racks; surfaces are dried first because stations do not stick to greasy or wet spots, and no bait "
        "touches food.",
    ),
    (
        "lNo069",
        "en",
        "roach_rotation",
        "Cockroach gel-bait rotation programme",
        "Pest management protocol that rotates gel baits quarterly in low-pressure commercial accounts and monthly "
        "where pressure is high, so bait stays attractive; about 80% of cockroaches accept a given bait, and "
        "refusal comes mostly from competing food rather than the active ingredient.",
    ),
    (
        "lNo070",
        "en",
        "roach_newcastle",
        "German cockroach control for commercial kitchens",
        "Kitchen cockroach programme: strict sanitation first (bins, sink strainers, appliances free of grease), "
        "then small amounts of non-repellent insecticide into cracks, crevices and equipment voids. Staff are told "
        "not to use fly spray, which drives roaches deeper and spoils bait work.",
    ),
    (
        "lNo071",
        "en",
        "roach_flick",
        "Cockroach treatment for heavily infested kitchens",
        "For heavy infestations: flushing agent to drive cockroaches from harbourages, vacuum removal, quick "
        "knock-down and then residual treatment, gel bait in electrical points and fridge motor housings, "
        "scheduled follow-ups and a maintenance agreement; all products registered for food-handling areas.",
    ),
    (
        "lNo072",
        "en",
        "roach_npma",
        "Inspection-led cockroach management with monitors",
        "Technical support for cockroach work in commercial kitchens: inspection with sticky monitors read for "
        "life stages and direction to find harbourages, short task lists that customers actually follow, and "
        "control methods that can be used while the kitchen is operating.",
    ),
    (
        "lNo073",
        "vi",
        "roach_pc1394",
        "Diệt gián trong tủ bếp: quy trình chuyên sâu",
        "Cẩm nang và dịch vụ của đơn vị kiểm soát côn trùng về gián trong tủ bếp: nhận diện loài gián, nguyên nhân "
        "xuất hiện (vụn thức ăn, khe hở, góc khuất), sơ đồ khu vực phun trong bếp, chọn phương pháp diệt triệt để và "
        "ngăn gián quay lại, an toàn cho gia đình và cơ sở kinh doanh.",
    ),
    (
        "lNo074",
        "vi",
        "roach_pc1407",
        "Chuẩn bị nhà cửa trước khi diệt gián (12 bước)",
        "Hướng dẫn 12 bước chuẩn bị trước khi đội kiểm soát côn trùng đến: dọn rác có nắp đậy, hút bụi gầm tủ, "
        "lau bề mặt bếp, rửa chén ngay… để gián phải ăn bả; theo các nhà côn trùng học, giảm nguồn thức ăn có thể "
        "giảm tới 90% số gián trong nhà.",
    ),
    (
        "lNo075",
        "vi",
        "roach_contrung",
        "Chống gián cho tủ bếp",
        "Tư vấn chống gián cho tủ bếp: gián Mỹ, gián Đức chỉ cần khe hở 4-5 mm để chui vào, ẩn trong tủ, thùng đồ cũ, "
        "cống rãnh, mang mùi hôi và mầm bệnh; biện pháp bịt khe, vệ sinh và xử lý gián trong tủ.",
    ),
    (
        "lNo076",
        "en",
        "dist_dubia",
        "Dubia roach colonies for reptile feed",
        "Starter colonies and breeding advice for Blaptica dubia feeder roaches: about 28 days of internal "
        "gestation, 20-40 nymphs per female per month, breeding cycles of about 65 days, 4-6 months to maturity.",
    ),
    (
        "lNo077",
        "en",
        "flypar_rincon",
        "Fly parasitoid wasps for manure and waste sites",
        "Insectary supplying mixed Muscidifurax and Spalangia parasitic wasps that lay eggs in fly pupae in manure "
        "and other breeding sites; the mix is shifted toward Spalangia as temperatures rise. They target house, "
        "stable, garbage and lesser house flies (95% of manure flies) and do not sting people or animals.",
    ),
    (
        "lNo078",
        "en",
        "flypar_dairy",
        "Nuisance fly parasite mix with release units",
        "Biological control supplier: a mix of three tiny (2-3 mm) wasp species delivered as parasitised fly "
        "pupae in release units placed near breeding sites such as manure, silage pits, drains and sedimentation "
        "basins; new wasps emerge after about three weeks and keep the cycle going without chemicals.",
    ),
    (
        "lNo079",
        "en",
        "flypar_center",
        "Integrated fly management for confined livestock",
        "Fly IPM advice for feedlots, dairies and similar units: find the small share of the site (under 10%) "
        "where 90% of house and stable flies develop, clean it up, release parasitoids near larval sites and "
        "schedule insecticide treatments so they do not kill the wasps.",
    ),
    (
        "lNo080",
        "en",
        "flypar_ohio",
        "Combining fly parasites with sprays and baits",
        "Extension guidance on fitting chemicals into a parasite-based fly programme: natural pyrethrins as a "
        "knock-down with no residue before releasing parasites, synthetic pyrethroids on walls and columns where "
        "adults rest (residual up to two weeks, not on manure), and fly baits for migrating adults.",
    ),
    (
        "lNo081",
        "vi",
        "fly_c1c",
        "Loại bỏ ruồi khỏi trang trại gà",
        "Giải pháp cho trại gà: dọn ngay thức ăn rơi, trứng vỡ, gà chết; kiểm tra rò rỉ nước uống; đưa bãi rác xa "
        "trại ít nhất 3,2 km; lắp lưới chắn cửa ra vào, cửa sổ với mắt lưới 0,88-1,22 mm bằng thép, inox, PVC hay "
        "nhôm; quạt hút đẩy gió ra ngoài; dùng thuốc sát trùng khi mật độ ruồi cao.",
    ),
    (
        "lNo082",
        "vi",
        "fly_minhlong",
        "Thực hành phòng chống và diệt ruồi",
        "Dịch vụ và hướng dẫn diệt ruồi: đĩa mồi bả, bẫy dính, hóa chất diệt ruồi; giảm ổ đẻ ở chuồng trại, bãi rác, "
        "lò mổ; ủ phân rác kín bằng lớp bùn trát dày 3-5 cm; lưới chắn côn trùng; dùng tấm bìa 50 x 50 cm để đánh "
        "giá mật độ ruồi trước và sau xử lý.",
    ),
    (
        "lNo083",
        "vi",
        "fly_tcfc",
        "Biện pháp phòng, diệt ruồi (kể cả sau lũ)",
        "Trung tâm kiểm soát dịch hại đưa ra biện pháp phối hợp: cải thiện vệ sinh môi trường, bẫy lưới có chất dẫn "
        "dụ, bẫy dính, bẫy đèn; mồi bả, phun tồn lưu chỗ ruồi đậu, phun không gian, diệt giòi ở ổ đẻ bằng hóa chất an "
        "toàn với người; bảo vệ bếp, nhà ăn khỏi ruồi.",
    ),
    (
        "lNo084",
        "vi",
        "fly_sinhthai",
        "Dịch vụ diệt ruồi nhà",
        "Công ty dịch vụ diệt ruồi nhà (Musca domestica) ở khu dân cư và nơi chăn nuôi: ruồi cái đẻ tới 150 trứng "
        "trong 5-6 ngày trên phân, rác, quần thể bùng lên trong vài tuần; xử lý ổ đẻ và ruồi trưởng thành.",
    ),
    (
        "lNo085",
        "vi",
        "bsf_dhnl",
        "Quy trình nuôi ruồi lính đen bằng phế phẩm nông nghiệp",
        "Trường đại học chuyển giao quy trình nuôi ruồi lính đen (vòng đời khoảng 45 ngày) bằng thức ăn thừa, vỏ "
        "trái cây, xác bia, bã đậu nành; ấu trùng giàu đạm, béo, canxi dùng làm thức ăn chăn nuôi.",
    ),
    (
        "lNo086",
        "vi",
        "bsf_dongthap",
        "Mô hình nuôi ruồi lính đen làm thức ăn cho gà vịt, cá",
        "Mô hình nuôi ruồi lính đen mở rộng từ 70 m² lên khoảng 5.000 m², nuôi hơn 2.000 gà vịt; nơi khác 1 g trứng "
        "cho khoảng 300 kg ấu trùng sau 12 ngày, thay thức ăn công nghiệp cho 1.400 con vịt.",
    ),
    (
        "lNo087",
        "vi",
        "bsf_tinvp",
        "Đầu tư nuôi ruồi lính đen quy mô lớn",
        "Cơ hội đầu tư nuôi ruồi lính đen, được phép nuôi theo Nghị định 46/2022/NĐ-CP: vòng đời 40-45 ngày, mỗi con "
        "cái đẻ 500-1.200 trứng; trứng bán 5-6 triệu đồng/kg, ấu trùng 10.000-15.000 đồng/kg.",
    ),
    (
        "lNo088",
        "vi",
        "dist_asf",
        "Quy trình tiêu độc chuồng trại sau dịch tả heo châu Phi",
        "Hướng dẫn vệ sinh, sát trùng chuồng sau khi tiêu hủy heo: đốt chất thải, phun sát trùng mỗi ngày trong tuần "
        "đầu rồi 3 lần/tuần trong 2-3 tuần (Omnicide 1/100, Virkon S 1/500…), rải vôi bột hoặc phun vôi 1%.",
    ),
    # stored grain insects
    (
        "lNo089",
        "en",
        "grain_superbag",
        "IRRI Super Bag hermetic liner for grain and seed",
        "Low-cost 50 kg hermetic liner placed inside an existing woven or jute sack. Once sealed, respiration "
        "drops oxygen from 21% to about 5% and insects fall below 1 per kg, often within 10 days, without "
        "insecticide; seed germination life rises from 6 to 12 months and head rice recovery by about 10%. Dry "
        "grain below 14% and seed below 12% before filling.",
    ),
    (
        "lNo090",
        "en",
        "grain_hermetic",
        "Hermetic storage systems from 3 litres to 2,000 tonnes",
        "Sealed storage that keeps moisture stable and lets biological activity use up the oxygen so insects die, "
        "with no pesticide: Cocoon and GrainSafe enclosures, 50 kg Super Bags or converted local containers, for "
        "paddy, brown rice, milled rice, maize or coffee, at any size from 3 litres to 2,000 tonnes.",
    ),
    (
        "lNo091",
        "en",
        "grain_local",
        "Converting local containers to hermetic grain stores",
        "Training on turning drums, jars or other solid containers into hermetic stores: seal porous clay pots "
        "with latex paint, avoid ordinary polyethylene bags that let oxygen through, dry seed to 12% and grain to "
        "14%, and fill the container completely to leave little air.",
    ),
    (
        "lNo092",
        "en",
        "grain_bagstack",
        "Bag-stack storage layout for rice warehouses",
        "Warehouse layout advice for 40-80 kg bags: jute stacks no higher than 4 m and plastic 3 m, 1 m gaps "
        "between and around stacks, 1.5 m clearance to the roof, pallets instead of rice husk beds, stacks sized "
        "to be covered by one fumigation sheet, and hermetic liners for seed.",
    ),
    (
        "lNo093",
        "en",
        "aer_storedgrain",
        "Aeration cooling of stored grain against insects",
        "Aeration systems and controllers for silos: keeping grain below 20 C sharply slows insects and mould, the "
        "rice weevil stops developing below 15 C, and insect life cycles stretch from 4 weeks at 30-35 C to 12-17 "
        "weeks at 20-23 C. Fans of about 0.37 kW deliver 2-3 litres per second per tonne; controllers stop them "
        "when outside humidity exceeds 85%.",
    ),
    (
        "lNo094",
        "vi",
        "n2_gdsr",
        "Bảo quản thóc kín bổ sung khí nitơ trên 98%",
        "Công nghệ bảo quản thóc dự trữ quốc gia bằng cách bổ sung khí N2 duy trì nồng độ trên 98% trong khối thóc "
        "kín, thay cho phương pháp thông thoáng tự nhiên trước năm 2005 (miền Nam đóng bao, miền Bắc, miền Trung đổ "
        "rời); được nhiều đơn vị dự trữ triển khai với số lượng ngày càng tăng.",
    ),
    (
        "lNo095",
        "vi",
        "n2_timtailieu",
        "Quy trình bảo quản thóc bằng khí nitơ đến 36 tháng",
        "Kết quả nghiên cứu chuyển giao: giữ khí nitơ trên 98% và oxy dưới 2% bằng nạp N2 định kỳ, chất lượng thóc "
        "được duy trì trong 36 tháng theo QCVN 14:2014/BTC, giảm tổn thất sau thu hoạch mà không dùng hóa chất.",
    ),
    (
        "lNo096",
        "vi",
        "grain_quickphos",
        "Diệt mọt gạo bằng viên xông Quickphos 56%",
        "Cung cấp và hướng dẫn dùng Quickphos 56% (nhôm phosphua) để xông diệt mọt gạo Sitophilus oryzae (dài 2-4 "
        "mm, mỗi con cái đẻ hơn 200 trứng) cho kho bảo quản lương thực và lượng gạo lớn, khi mẹo dân gian như "
        "tỏi, lá nguyệt quế, phơi nắng không đủ.",
    ),
    (
        "lNo097",
        "vi",
        "grain_phununet",
        "Xử lý nhiệt, lạnh diệt mọt gạo không dùng hóa chất",
        "Tư vấn phòng trừ mọt gạo (con trưởng thành dài khoảng 2 mm, sống tới 2 năm, đẻ 2-6 trứng/ngày, tới 300 "
        "trứng): tách riêng gạo bị mọt, làm lạnh xuống -18°C trong 3 ngày hoặc làm nóng 60°C trong 15 phút để diệt "
        "mọi giai đoạn.",
    ),
    (
        "lNo098",
        "vi",
        "dryer_khcnn",
        "Máy sấy lúa tĩnh vỉ ngang 4-8 tấn/mẻ",
        "Giới thiệu các mẫu máy sấy lúa: sấy tĩnh vỉ ngang 4 và 8 tấn/mẻ (Cần Thơ hơn 2.050 máy, Sóc Trăng khoảng "
        "2.000 máy), máy 2 tấn/6 giờ, máy vỉ nghiêng 2-3 tấn/mẻ (7-8 giờ) cơ động, tốn ít nhiên liệu.",
    ),
    (
        "lNo099",
        "vi",
        "dryer_tiengiang",
        "Hệ thống sấy lúa hình tháp 200-300 tấn/ngày",
        "Hệ thống 3 tháp sấy liên hoàn bằng thép không gỉ, vận hành tự động, công suất 200-300 tấn/ngày, đốt trấu, "
        "đưa lúa về độ ẩm 14-15,5%; tổn thất sau thu hoạch ở ĐBSCL trên 13%, riêng khâu phơi sấy hơn 4,2%.",
    ),
    (
        "lNo100",
        "vi",
        "dryer_sra",
        "Máy sấy đảo chiều gió SRA",
        "Máy sấy đảo chiều không khí SRA cho lúa, bắp, khoai mì: năng suất 2-12 tấn/mẻ, loại lớn 15-20 tấn/mẻ cho đậu "
        "nành và lúa giống, lắp được trong dây chuyền chế biến lúa gạo 60-120 tấn/ngày.",
    ),
    (
        "lNo101",
        "vi",
        "dist_kholanh",
        "Kho lạnh bảo quản nông sản",
        "Thiết kế, lắp đặt kho lạnh cho rau củ, trái cây (nho, sầu riêng, thanh long, bưởi…), nấm tươi ở 2-5°C; "
        "giúp ức chế quá trình chín, giữ độ tươi trước khi bán hoặc xuất khẩu.",
    ),
    # fumigation services
    (
        "lNo102",
        "vi",
        "fumi_khutrung",
        "Khử trùng hàng hóa xuất nhập khẩu",
        "Dịch vụ hun trùng hàng xuất khẩu để đáp ứng yêu cầu kiểm dịch của Mỹ, Canada, châu Âu, Úc: gạo, chè, tiêu, "
        "điều, cà phê, đồ gỗ chưa xử lý, hàng mây tre lá, thủ công mỹ nghệ; chi phí khoảng 300.000 đồng/container "
        "20 feet.",
    ),
    (
        "lNo103",
        "vi",
        "fumi_haiquan",
        "Làm chứng thư hun trùng cho lô hàng xuất khẩu",
        "Hỗ trợ lấy chứng thư hun trùng (Fumigation Certificate): chuẩn bị hóa đơn thương mại, phiếu đóng gói, vận "
        "đơn; ngày hun trùng phải trước ngày xếp hàng, thông tin khớp vận đơn, chỉ cấp cho tổ chức; có chứng thư sau "
        "1-2 ngày kể từ khi kiểm tra hàng.",
    ),
    (
        "lNo104",
        "vi",
        "fumi_khanhan",
        "Xử lý bao bì, pallet gỗ bằng Methyl Bromide theo ISPM 15",
        "Quy trình kỹ thuật xử lý vật liệu đóng gói bằng gỗ (kể cả đồ chèn lót) trong thương mại quốc tế bằng Methyl "
        "Bromide và đóng dấu kiểm dịch được công nhận; không áp dụng cho gỗ đã chế biến như gỗ ép, vỏ bào hoặc gỗ "
        "dày không quá 6 mm.",
    ),
    (
        "lNo105",
        "vi",
        "fumi_vietcert",
        "Hun trùng hàng hóa bằng Methyl Bromide và Phosphine",
        "Dịch vụ hun trùng hàng nông sản, gỗ, thực phẩm, bao bì: Methyl Bromide bơm vào container hay không gian kín, "
        "ủ 24-48 giờ rồi xả khí và kiểm tra dư lượng (hiệu quả với mọi giai đoạn côn trùng nhưng bị hạn chế vì hại "
        "tầng ozone); Phosphine (PH3) dùng phổ biến cho nông sản.",
    ),
    (
        "lNo106",
        "vi",
        "fumi_tcfc_vent",
        "Thông thoáng container sau khử trùng",
        "Dịch vụ làm sạch khí khử trùng khỏi container và hàng sau xông hơi tới dư lượng Methyl Bromide dưới 0,2 "
        "ppm: tháo băng keo lỗ thông hơi, mở cửa container khoảng 1 giờ dưới giám sát của chủ hàng trước khi kẹp "
        "chì; có cảnh báo về giới hạn của cách làm đơn giản.",
    ),
    (
        "lNo107",
        "vi",
        "fumi_miennam",
        "Quy trình hun trùng hàng hóa xuất khẩu trọn gói",
        "Công ty côn trùng miền Nam hun trùng hàng xuất khẩu theo quy trình: nghiên cứu đơn khử trùng, hợp đồng (loại "
        "thuốc, liều lượng, địa điểm, thời gian), khảo sát container và khu vực xung quanh, hun trùng, để hàng không "
        "bị trả về hay bị phạt.",
    ),
    (
        "lNo108",
        "en",
        "fumi_fao",
        "Phosphine and methyl bromide fumigation of bagged stacks",
        "Fumigation of bagged grain stacks under sheets following FAO guidance: phosphine with the recommended "
        "five-day exposure or methyl bromide in as little as 24 hours, at least two trained staff, locked fumigant "
        "store, checked respirators, and gas readings near the end of exposure to confirm the treatment worked.",
    ),
    (
        "lNo109",
        "en",
        "fumi_tianjin",
        "Phosphine fumigation methods for grain depots",
        "Choice of phosphine methods for silos and warehouses, from aluminium phosphide tablets (56%) at 6-9 g/m3 "
        "placed on top and between bag layers, to low-dose, repeated, slow-release, CO2-mixed and recirculation "
        "fumigation, matched to season, grain type, store and stacking.",
    ),
    (
        "lNo110",
        "en",
        "fumi_ahdb",
        "Cylinder phosphine recirculation for bulk grain",
        "Engineering of low-volume cylinder phosphine systems for floor-stored grain: gas is drawn from the "
        "centre of the bulk and returned through ducts round the edge, creating positive pressure that keeps air "
        "out; tested on bulks up to 370 t and 4.5 m deep, with ducts about 5.25 m apart.",
    ),
    (
        "lNo111",
        "en",
        "fumi_desorb",
        "Post-fumigation phosphine desorption assessment",
        "Modelling and measurement of phosphine released from fumigated grain after venting, in stores and "
        "shipping containers, to keep workers below the 0.3 ppm threshold limit and avoid low residual levels "
        "that breed insect resistance.",
    ),
    # birds and bats in buildings
    (
        "lNo112",
        "en",
        "bird_afford",
        "Bird deterrents for warehouses",
        "Bird removal company for warehouses: identify the species and roosting habits, then deploy scare "
        "devices (decoy owls or snakes that are moved regularly), audio deterrents suited to large open spaces "
        "with high roofs, and professional removal backed by a guarantee when DIY fails.",
    ),
    (
        "lNo113",
        "en",
        "bird_xzhbc",
        "Pigeon exclusion kit: netting, spikes and wires",
        "Materials and fitting for keeping pigeons out of warehouses: rustproof quarter-inch wire, plastic or "
        "nylon netting stapled under rafters and over openings, stainless-steel spikes on sills, ledges, eaves "
        "and roof peaks, and three parallel 16-18 gauge steel wires on L-brackets along ledges.",
    ),
    (
        "lNo114",
        "en",
        "bird_fog",
        "Automated avian fogging system for large buildings",
        "Programmable fogging unit with touch screen that disperses methyl anthranilate, a grape extract that "
        "irritates birds, to clear pigeons, sparrows, crows and gulls from warehouses, factories and hangars "
        "without poison; birds in warehouses bring slip hazards, fire-prone nests and some 60 diseases.",
    ),
    (
        "lNo115",
        "en",
        "bird_pct",
        "Bird exclusion service planning",
        "Bird-control contractor method: on the first call, answer who, what, when, where and why about the "
        "birds, then choose exclusion tools, techniques and methods that fit the site to avoid costly mistakes.",
    ),
    (
        "lNo116",
        "en",
        "bird_nbc",
        "Bird netting and spikes for canopies and loading areas",
        "Bird-proofing projects: netting fixed to steel beams under warehouse canopies with stainless fixings "
        "for coastal sites, spikes on drain pipes, and a survey of where displaced pigeons will move next; work is "
        "timed around heavy goods traffic with the client's staff moving racked stock.",
    ),
    (
        "lNo117",
        "en",
        "bird_wgc",
        "Bird control for warehouses and loading docks",
        "Service for pigeons, sparrows and starlings sheltering in warehouses and docks: custom-fit netting, bird "
        "spikes, slanted metal exclusions on ledges; droppings can carry salmonella, E. coli, listeria and bird "
        "flu and cause slips.",
    ),
    (
        "lNo118",
        "vi",
        "bird_pestone",
        "Dịch vụ kiểm soát chim cho nhà máy, kho hàng",
        "Đơn vị kiểm soát dịch hại cung cấp dịch vụ kiểm soát chim cho nhà máy, kho, cơ sở sản xuất: dựa vào tập tính "
        "tìm thức ăn, chỗ đậu gần nơi kiếm ăn và nỗi sợ chim săn mồi; xử lý tiếng ồn, lông, phân chim có axit ăn mòn "
        "kim loại, nguy cơ dịch bệnh, cháy và mất an toàn thực phẩm.",
    ),
    (
        "lNo119",
        "vi",
        "bird_pcprod",
        "Giải pháp đuổi chim bồ câu cho doanh nghiệp",
        "Chuyên gia kiểm soát chim phát hiện sớm và lắp biện pháp đề phòng chim cho cơ sở kinh doanh, nhà xưởng: tránh "
        "ô nhiễm nguyên liệu, thành phẩm, bị cơ quan y tế đình chỉ, ngói bị xô lệch, máng xối nghẹt tổ, phân chim "
        "gây trơn trượt và trượt đánh giá, kiểm toán.",
    ),
    (
        "lNo120",
        "vi",
        "bird_thuvien",
        "Cách đuổi chim bồ câu nhân đạo",
        "Hướng dẫn gắn mảng gai nhọn ở chỗ chim đậu, kéo lò xo đồ chơi dọc lan can (vòng cách không quá 4 cm), căng "
        "dây cách mặt chỗ đậu 3 cm, lắp tấm phủ dốc bằng kim loại, ván ép hoặc PVC; kiểm tra luật bảo vệ chim trước "
        "khi làm.",
    ),
    (
        "lNo121",
        "en",
        "bat_agrilife",
        "Bat management plan for school buildings",
        "Extension programme for schools with bat colonies: identify species, inspect entry points and roosts, "
        "seal unused openings, build and fit one-way eviction devices, then seal permanently and clean up. "
        "Evictions are timed outside the maternity season (usually September to April); Texas districts have paid "
        "USD 5,000-60,000 per job.",
    ),
    (
        "lNo122",
        "en",
        "bat_bci",
        "Bat exclusion tubes and one-way exits",
        "How to exclude a bat colony: seal every other gap, then fit one-way exits such as 2-inch by 10-inch tubes "
        "of PVC or cleaned caulk tubes, projecting no more than a quarter inch into the opening. Trapping, "
        "pesticides, naphthalene and ultrasonic devices do not work or are unsafe.",
    ),
    (
        "lNo123",
        "en",
        "bat_dayton",
        "Professional bat exclusion with one-way doors",
        "Contractor service: the whole building is checked and every crack that a bat could use is sealed; active "
        "entries get one-way doors so bats leave at dusk but cannot return; doors are then removed and the holes "
        "repaired. 15 May to 1 September is avoided for some colonies because of flightless young.",
    ),
    (
        "lNo124",
        "en",
        "bat_florida",
        "Legal and humane bat exclusion practice",
        "Guidance on bat exclusions: only one-way devices at emergence points work; capturing, relocating, "
        "poisoning or plugging holes at night fail or are illegal; exclusions are banned in the maternity season "
        "(16 April - 14 August in Florida) to avoid trapping young.",
    ),
    (
        "lNo125",
        "vi",
        "bat_yen",
        "Chống dơi vào nhà yến bằng đèn vàng",
        "Kinh nghiệm cho chủ nhà yến: phân biệt dơi nhỏ và dơi lớn, quan sát lỗ ra vào lúc hoàng hôn để biết có dơi; "
        "lắp 2 bóng đèn vàng công suất nhỏ ở lỗ ra vào là dơi tự bỏ đi, không dùng đèn trắng hay đèn mạnh.",
    ),
    (
        "lNo126",
        "vi",
        "yen_ducco",
        "Kỹ thuật xây dựng nhà nuôi yến",
        "Tư vấn chọn nơi xây nhà yến: vùng có chim yến kiếm ăn, nhiệt độ 20-32°C, độ ẩm 70-85%, hướng gió theo vùng, "
        "tránh khu nhiều nhà máy và thiên địch như chim cắt, đại bàng; khảo sát đàn yến trước khi xây.",
    ),
    (
        "lNo127",
        "vi",
        "yen_nhayen",
        "Ván làm tổ và thông gió cho nhà yến",
        "Tư vấn vật liệu nhà yến: ván gỗ giả tị xốp, hút nước nhanh giúp chim gắn tổ nhanh (dùng ở Indonesia từ trước "
        "năm 1996), không gắn tổ trên sắt thép, nhựa; thiết kế luân chuyển không khí trong nhà yến.",
    ),
    (
        "lNo128",
        "vi",
        "bat_invite",
        "Làm tổ cho dơi về vườn nhà",
        "Hướng dẫn tìm hiểu tập tính dơi (dơi nhỏ ăn côn trùng bay ban đêm, dơi quả ở vùng nhiệt đới) và tự đóng tổ "
        "dơi để mời dơi về ở trong sân vườn.",
    ),
    (
        "lNo129",
        "en",
        "dist_pigeonloft",
        "Pigeon loft design and ventilation",
        "Design advice for racing pigeon lofts: slow fresh air without drafts, low inlets and roof outlets or "
        "louvres, an optional extractor fan, and a stable temperature around 20 C.",
    ),
    (
        "lNo130",
        "en",
        "dist_guano",
        "Bat guano fertiliser, harvested sustainably",
        "Bat guano sold as a natural fertiliser rich in nitrogen and phosphorus, collected only when the roost "
        "is empty in winter to avoid pup loss and roost abandonment.",
    ),
    # traps, baits and monitoring of farm insects
    (
        "lNo131",
        "vi",
        "light_tailieu",
        "Bẫy đèn cải tiến theo dõi rầy nâu và bướm",
        "Chi cục Trồng trọt và BVTV cải tiến bẫy đèn thu hút rầy nâu, bướm sâu cuốn lá và côn trùng hướng sáng để đếm "
        "số lượng vào bẫy hằng ngày, dự báo lứa rầy và đợt di trú, xác định lịch xuống giống; khắc phục các nhược điểm "
        "của bẫy cũ: tốn điện, tràn phễu khi mưa to làm mất số liệu, chưa tự động.",
    ),
    (
        "lNo132",
        "vi",
        "light_2lua",
        "Máy bẫy đèn tự động theo dõi dịch hại lúa",
        "Máy bẫy đèn tự động nặng khoảng 300 kg, giá khoảng 100 triệu đồng, chạy điện lưới: tự bật đèn lúc 18 giờ, tắt "
        "lúc 5 giờ sáng, sấy khô côn trùng ở 4 mức nhiệt (15-20°C đến 60-70°C), mỗi ngày rơi vào một túi trong 8 túi "
        "đánh số để cán bộ phân loại rầy, bướm; thay điều tra đồng thủ công.",
    ),
    (
        "lNo133",
        "vi",
        "light_giongrieng",
        "Trạm giám sát côn trùng thông minh (bẫy đèn thông minh)",
        "Trạm bẫy đèn nhiều dải sáng (xanh lá, xanh dương, UV, trắng, điều chỉnh được) thu hút đa dạng côn trùng trên "
        "lúa, cây ăn trái, rau màu; tích hợp cảm biến nhiệt độ, độ ẩm, gió, mưa để người dân biết có cần phun thuốc; "
        "một trạm dự báo cho vùng vài ngàn hecta.",
    ),
    (
        "lNo134",
        "vi",
        "light_khcnn",
        "Bẫy đèn cực tím có lưới điện diệt rầy và bướm",
        "Mẫu bẫy đèn tự chế giá rẻ: bóng cực tím sản xuất trong nước (dài khoảng 0,6 m), lưới điện cao áp diệt côn "
        "trùng rơi xuống khay; ánh sáng cực tím hút côn trùng gấp hàng trăm lần đèn huỳnh quang; đặt mỗi bẫy cho "
        "bán kính 500-700 m trên khoảng đất trống 10 m².",
    ),
    (
        "lNo135",
        "vi",
        "ff_hatinh",
        "Mô hình bẫy bả protein phòng trừ ruồi đục quả",
        "Dự án ứng dụng tiến bộ kỹ thuật: bẫy bả protein kết hợp chất dẫn dụ Flykil 95EC (Methyl eugenol 90% + Naled "
        "5%), trình diễn 2-3 ha mỗi vùng so với tập quán nông dân. Việt Nam có khoảng 32 loài ruồi đục quả hại 19 loại "
        "trái cây và 14 loại hoa màu; ruồi cái cần protein để thành thục.",
    ),
    (
        "lNo136",
        "vi",
        "ff_khoahoc",
        "Phòng trừ tổng hợp ruồi đục quả cho vườn cây ăn trái",
        "Trung tâm nông nghiệp hướng dẫn: thu gom trái rụng chôn trong hố rắc vôi, tỉa cành thông thoáng, bón cân đối, "
        "dùng Flykil 95EC, Vizubon D và Sofri Protein 10DD; mô hình năm 2013 đã giữ được vụ trái cây sau khi năm 2012 "
        "mất trắng diện tích mít vì ruồi đục quả.",
    ),
    (
        "lNo137",
        "en",
        "ff_pacific",
        "Fruit fly bait sprays and traps for growers",
        "Fact sheet and training for managing tephritid fruit flies: male lures (cue-lure, trimedlure, methyl "
        "eugenol) in traps for monitoring, with safer toxicants such as spinosad, spinetoram or fipronil instead "
        "of malathion; protein bait sprays that attract both sexes; low-cost options for smallholders.",
    ),
    (
        "lNo138",
        "en",
        "ff_hawaii",
        "Long-lasting plastic-matrix lures and one-way fruit fly traps",
        "Slow-release plastic-matrix methyl eugenol (5 g disks, 10 g cones) and cue-lure (2 g plugs) that kept "
        "catching oriental and melon flies for more than 9 months; a one-way entrance trap with no toxicant caught "
        "more flies than the insecticide trap, suited to organic farms and yards with children.",
    ),
    (
        "lNo139",
        "en",
        "ff_la",
        "Area-wide male annihilation against oriental fruit fly",
        "Male annihilation programme: bait stations with methyl eugenol and the insecticide naled placed on poles "
        "and trees from vehicles, about 7,200 stations over 12 square miles, so males die before mating and the "
        "population collapses.",
    ),
    (
        "lNo140",
        "en",
        "ff_eppo",
        "Methyl eugenol traps and glue boards for carambola fruit fly",
        "Trap design from cage trials with about 600 released flies: Steiner-type methyl eugenol traps removed "
        "more than 99% of males, while plastic boards with glue and methyl eugenol also caught many females.",
    ),
    (
        "lNo141",
        "en",
        "iot_sticky",
        "Insect counter API for yellow sticky trap photos",
        "Visual-recognition API (freemium) that detects and counts insects on photos of yellow sticky traps, "
        "with a demo tutorial; latency about 36 ms.",
    ),
    (
        "lNo142",
        "vi",
        "dist_potato",
        "Sâu khoét củ khoai tây (Phthorimaea operculella)",
        "Tài liệu về sâu bướm củ khoai tây: phân loại, tầm quan trọng với người trồng khoai tây và cây họ cà, sự cần "
        "thiết phát hiện và kiểm soát sớm để giảm tổn thất năng suất.",
    ),
    # biological and low-toxicity control
    (
        "lNo143",
        "vi",
        "meta_tuyenquang",
        "Chế phẩm nấm Metarhizium trừ rầy nâu, rầy lưng trắng",
        "Kết quả ứng dụng chế phẩm nấm ký sinh Metarhizium anisopliae liều 8 kg/ha: hiệu lực trừ rầy nâu, rầy lưng "
        "trắng 61,68-65,16% sau 10 ngày (thử nghiệm 2015, 2016), không ảnh hưởng sinh trưởng, năng suất, chất lượng lúa "
        "và môi trường.",
    ),
    (
        "lNo144",
        "vi",
        "meta_nghean",
        "Chế phẩm sinh học nấm xanh diệt rầy hại lúa",
        "Chế phẩm nấm xanh (Metarhizium anisopliae) trừ rầy nâu, rầy lưng trắng: hiệu lực 61,78% vụ Đông Xuân ở mật "
        "độ 450-550 con/m², 55,07% vụ Hè Thu ở 250-400 con/m²; đã dùng hiệu quả và nhân rộng ở Sóc Trăng, Cần Thơ, "
        "Tiền Giang, thay dần thuốc hóa học diệt cả thiên địch.",
    ),
    (
        "lNo145",
        "vi",
        "meta_nnsach",
        "Nấm xanh Metarhizium kiểm soát rầy nâu và côn trùng",
        "Giới thiệu nấm ký sinh côn trùng (hơn 700 loài đã mô tả) và nấm xanh Metarhizium anisopliae: ký sinh cào "
        "cào, các loài rầy, sâu, kiến vương, duông dừa, bọ xít; bào tử nảy mầm xuyên vào cơ thể côn trùng; vì nguồn "
        "bào tử tự nhiên ít nên cần nhân nuôi, phun bổ sung.",
    ),
    (
        "lNo146",
        "vi",
        "tricho_tayninh",
        "Thả ong mắt đỏ Trichogramma trừ sâu đục thân mía",
        "Quy trình thả bổ sung ong mắt đỏ Trichogramma chilonis 50.000 con/ha/đợt, 6 đợt, cách nhau 7 ngày: giảm tỷ lệ "
        "cây bị hại 0,42% và lóng bị hại 0,30% so với ruộng không thả, lợi nhuận tăng 5.597.000 đồng/ha (tỷ suất "
        "sinh lợi +7,78%).",
    ),
    (
        "lNo147",
        "vi",
        "coco_bracon",
        "Thả ong ký sinh Bracon hebetor trừ sâu đầu đen hại dừa",
        "Kết quả xác định mật số và chu kỳ phóng thả ong ký sinh ấu trùng Bracon hebetor để kiểm soát sâu đầu đen "
        "Opisina arenosella trên vườn dừa; vườn không thả ong bị hại nặng, tàu lá khô cháy, cây teo tóp, không còn "
        "trái sau 4 tháng.",
    ),
    (
        "lNo148",
        "vi",
        "coco_bentre",
        "Biện pháp sinh học và lý học quản lý côn trùng hại dừa",
        "Sở KH&CN giới thiệu biện pháp sinh học, lý học cho sâu đục trái (Tirathaba), bọ xít nâu, bọ cánh cứng, bọ "
        "vòi voi hại dừa, thay phun thuốc khó thực hiện trên cây cao và gây ô nhiễm, ví dụ treo tinh dầu sả trong vườn.",
    ),
    # pesticide-safe handling and application equipment
    (
        "lNo149",
        "vi",
        "drone_chauphu",
        "Dịch vụ phun thuốc BVTV bằng drone theo hecta",
        "Tổ dịch vụ drone nông nghiệp nhận phun thuốc trừ sâu bệnh cho lúa với giá khoảng 150.000-160.000 đồng/ha và "
        "rải phân 3.000 đồng/kg; một huyện đã có 37 thiết bị (13 máy “3 trong 1” sạ, rải phân, phun thuốc) phục vụ "
        "16.740 ha trong huyện và 5.280 ha ngoài huyện, giảm nguy cơ ngộ độc cho người phun.",
    ),
    (
        "lNo150",
        "vi",
        "drone_danviet",
        "Hợp tác xã đầu tư drone phun thuốc, nhận phun thuê",
        "Hợp tác xã đầu tư máy bay không người lái (khoảng 500 triệu đồng/chiếc, giá trung bình 400 triệu) phun thuốc "
        "BVTV cho lúa và xoài: khoảng 30 phút xong 1 ha, rải thuốc đều, không dẫm lúa, nhận phun thuê cho bà con.",
    ),
    (
        "lNo151",
        "vi",
        "drone_dongthap",
        "Mô hình drone phun thuốc tiết kiệm 30% thuốc BVTV",
        "Mô hình của trung tâm dịch vụ nông nghiệp huyện: hơn 10 thiết bị bay phun thuốc cho hơn 20.000 ha lúa, sen; "
        "tiết kiệm khoảng 30% lượng thuốc, nhanh gấp 10-15 lần phun tay, giảm tồn dư trên lúa, không dẫm lúa; phù hợp "
        "sản xuất lúa bền vững theo chuẩn SRP.",
    ),
    (
        "lNo152",
        "vi",
        "drone_mismart",
        "Drone nông nghiệp sản xuất trong nước (gieo, rải phân, phun)",
        "Doanh nghiệp công nghệ cung cấp drone làm 3 việc gieo hạt, rải phân, phun thuốc: phun 1 ha lúa mất 8-10 phút "
        "thay vì 2-3 giờ thủ công, mỗi ngày tới 50 ha, tiết kiệm 20-30% vật tư; kèm chuyển giao vận hành.",
    ),
    (
        "lNo153",
        "vi",
        "dist_drone_seed",
        "Sạ lúa bằng máy bay không người lái",
        "Dịch vụ sạ lúa bằng drone DJI Agras T30 (bình 30 kg): giảm lượng giống còn 10-15 kg/1.000 m², sạ xong "
        "20.000 m² trong 2,5-3 giờ, không để lại dấu chân trên mặt ruộng.",
    ),
    (
        "lNo154",
        "en",
        "drone_croplife",
        "Best practices for safe agricultural drone spraying",
        "Industry training on drone application: read the label, run the drone's pump calibration with water, "
        "pre-flight checks, firmware updates, registration and pest-control licences, flushing the system, "
        "checking weather and nearby water, homes and beehives, and not mixing pesticides within 120 m of water "
        "supplies.",
    ),
    (
        "lNo155",
        "en",
        "drone_drift",
        "Drift control and buffer planning for spray drones",
        "Guide for drone operators on drift: follow label wind limits (often a 3-10 mph window), droplet size "
        "class, release height and buffer distances from water and sensitive sites, check specialty crops and "
        "apiaries downwind and call neighbours before spraying; decline the job when conditions are out of spec.",
    ),
    (
        "lNo156",
        "en",
        "drone_lsu",
        "Regulatory checklist for agricultural spray drones",
        "Extension checklist of rules for spray drones in Louisiana: aircraft under 55 lb registered with the FAA "
        "and flown under Part 107 with Part 137 certification and an exemption for carrying hazardous material, "
        "heavier ones under further exemptions, plus a state commercial or aerial applicator licence.",
    ),
    (
        "lNo157",
        "en",
        "knap_stewardship",
        "Efficient knapsack sprayer use training",
        "Training module in four steps: check the sprayer for leaks with clean water before every use, calibrate "
        "output at least once a season, apply evenly with steady speed, height and pressure, and clean the "
        "sprayer after each use; fit the right nozzle and measure swath width.",
    ),
    (
        "lNo158",
        "en",
        "knap_pwise",
        "Knapsack sprayer calibration for dose and water volume",
        "Video-based calibration steps: mark a 25 m2 strip (0.75 m swath by 33.3 m), keep the nozzle 50 cm from "
        "the target at constant pressure and time your walk; in the example 55 s had to slow to 50 s to deliver "
        "200 litres per hectare.",
    ),
    (
        "lNo159",
        "en",
        "ppe_ifas",
        "Personal protective equipment for pesticide handlers",
        "Extension guide to PPE for applicators, mixer-loaders and early-entry workers: coveralls, chemical-"
        "resistant gloves, footwear, aprons, eyewear, headgear and respirators, the difference between water-"
        "resistant, waterproof and chemical-resistant materials, and the label minimums that must be worn.",
    ),
    (
        "lNo160",
        "en",
        "ppe_msu",
        "PPE selection, use and cleaning for farm applicators",
        "Publication and training on reading the label's PPE requirements, picking chemical-resistant materials, "
        "cleaning PPE and reducing exposure during mixing and the restricted-entry interval; surveys found fewer "
        "than half of farm applicators always wear the required PPE.",
    ),
    (
        "lNo161",
        "en",
        "cont_pa",
        "Plastic pesticide container recycling with triple rinsing",
        "Container recycling programme for applicators: triple rinse (drain 30 s after dripping stops, fill a "
        "quarter with water, cap and shake 30 s, drain into the spray tank, repeat), remove labels and caps; only "
        "clean #2 HDPE containers are taken, chipped and made into drain pipe.",
    ),
    (
        "lNo162",
        "en",
        "cont_wsu",
        "Pesticide container collection days",
        "Collection events run by a pest consultants' association: containers must be rinsed, dry and odourless, "
        "with caps and most of the foil seal removed; small jugs are taken whole, 30 and 55 gallon drums only cut "
        "into pieces no larger than 15 x 18 inches.",
    ),
    (
        "lNo163",
        "vi",
        "cont_hue",
        "Thùng thu gom bao bì thuốc BVTV chống trôi",
        "Dự án giảm nhựa đặt thùng thu gom bao bì thuốc BVTV màu cam dung tích 240 lít, có đế móng, cọc sắt và xích "
        "inox chống trôi khi mưa lũ, đặt gần chỗ lấy nước pha thuốc, ít nhất 1 thùng cho 3 ha; từ 12 thùng thí điểm năm "
        "2022 lên 260 thùng năm 2023, kèm tập huấn cho 27 xã.",
    ),
    (
        "lNo164",
        "en",
        "iot_lorawan_agri",
        "LoRaWAN smart monitoring device for agriculture",
        "Open-source IoT device (mbed, LMIC) that reports farm sensor readings over LoRaWAN for smart "
        "agriculture monitoring.",
    ),
    (
        "lNo165",
        "en",
        "knap_farmerstrend",
        "Knapsack spot-spraying of aphids on large cabbage farms",
        "Advice for large vegetable farms to spot-spray aphid-infested cabbages with a knapsack instead of the "
        "tractor boom: about one plant per second, roughly one hectare a day, less insecticide and better "
        "penetration into the growing tip.",
    ),
]
