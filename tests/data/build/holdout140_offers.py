"""Offers for holdout140: (id, language, source key, title, description)."""

OFFERS = [
    # --- termites: soil barriers, baiting, new buildings ---
    (
        "nLo001",
        "en",
        "aaa_precon",
        "Pre-construction termite protection options for new houses",
        "A pest-control contractor offers three routes for homes still being built: liquid termiticide worked into the soil before the slab, "
        "physical barriers of graded sand, gravel, plastic sheeting or wire mesh, and in-ground bait stations; framing timber can also be "
        "soaked with a borate solution so that it becomes toxic to termites.",
    ),
    (
        "nLo002",
        "en",
        "byebye_precon",
        "Non-repellent termiticide soil treatment for new slabs",
        "Pre-construction soil treatment that lays a chemical zone around the structure and critical timbers. The firm explains why it now "
        "prefers non-repellent actives (fipronil, imidacloprid, chlorfenapyr), which termites cannot detect and so tunnel into and die, over "
        "older pyrethroid repellents that only turn them away; bait-monitor systems and borate wood treatment are offered as alternatives.",
    ),
    (
        "nLo003",
        "en",
        "onestop_soil",
        "Anti-termite soil treatment before concreting",
        "Service for sites that are about to pour concrete: foundation holes, wall footings and pillar bases are drenched by power sprayer, "
        "shallow footings have the excavated soil mixed with termiticide, and for basements the backfill is treated. Crews keep the product "
        "out of drainage lines and ask the builder to remove buried timber offcuts and cardboard before handover.",
    ),
    (
        "nLo004",
        "en",
        "verminator_soil",
        "Corrective termite barrier for occupied buildings (drill and inject)",
        "For buildings already in use, technicians drill 3/4-inch holes every 20 to 24 inches through porches, walkways, driveways and slab "
        "edges along the foundation, inject termiticide to form a continuous zone under and around the footings, then reseal. At the "
        "pre-construction stage the same firm sprays compacted soil and covers it at once with black polythene before concreting.",
    ),
    (
        "nLo005",
        "en",
        "pestinv_soil",
        "Soil poisoning under slabs with a five-year guarantee",
        "Before the slab is cast, all trenches, compacted fill and surface beds are sprayed with a high-pressure pump and covered with plastic "
        "sheet so rain and sun do not break the chemical down; the treated soil binds the product and blocks colonies from reaching the "
        "building. A certificate and five-year guarantee are issued for each treated foundation.",
    ),
    (
        "nLo006",
        "en",
        "hib_pretreat",
        "Staged termite pre-treatment specification for contractors",
        "Written method for builders: foundation trenches are treated on both sides of the wall at 7.5 litres per linear metre of vertical "
        "surface to 45 cm depth and 15 cm width, the consolidated soil inside the plinth at 5 litres per square metre, and backfill to its full "
        "depth; basement walls and the junctions where floors meet walls are handled in later stages.",
    ),
    (
        "nLo007",
        "en",
        "dragon_precon",
        "Two-stage chemical emulsion barrier under ground slabs",
        "The base soil is treated at 1 to 2 litres of emulsion per square metre before any sub-grade or concrete goes down, and the compacted "
        "earth of the plinth at 2 to 4 litres per square metre, giving a horizontal barrier between ground and masonry for new buildings.",
    ),
    (
        "nLo008",
        "en",
        "greenfinder_bait",
        "Termite baiting and monitoring stations around the perimeter",
        "Timber-filled aggregation stations are set a few metres apart around a home; once termites are found feeding, a toxicant bait is added "
        "and carried back to kill the nest. The supplier points out that stations are spaced points rather than a continuous soil barrier, so "
        "regular checking is part of the service.",
    ),
    (
        "nLo009",
        "en",
        "termites_com_bait",
        "Termite bait stations with electronic monitoring",
        "Stations can be installed before any sign of attack as early-detection monitors, swapped for toxic bait once activity appears, or added "
        "after a liquid treatment. Technicians scan a code on each station into a hand-held computer, and some systems carry sensors that log "
        "termite activity; branded systems such as Sentricon and Exterra are supplied.",
    ),
    (
        "nLo010",
        "en",
        "engineerfix_bait",
        "Colony-elimination bait programme with growth-regulator cartridges",
        "Slotted plastic stations first hold untreated wood or cellulose; when workers start feeding, a cartridge with a slow-acting insect "
        "growth regulator such as diflubenzuron is put in. The poisoned workers share it with the queen and soldiers, so moulting fails and the "
        "whole colony collapses instead of only the foragers.",
    ),
    (
        "nLo011",
        "en",
        "termitecontrol_bait",
        "Installation and scheduled inspection of termite bait stations",
        "Holes are made with an auger, stations pushed in flush with the soil and given clear or removable lids; extra stations go near "
        "downspouts, woodpiles and shady spots. Stations hold untreated monitoring wood and are inspected on a set schedule, as often as weekly "
        "or twice a month in warm humid seasons, with bait added when termites are found.",
    ),
    (
        "nLo012",
        "vi",
        "saigon_baymoi",
        "Lắp đặt hệ thống trạm bẫy mối quanh nhà",
        "Đơn vị diệt mối đặt các trạm bẫy có mồi độc chôn quanh chu vi ngôi nhà, mỗi trạm cách nhau 3–5 m, hố sâu 10–15 cm, ưu tiên chỗ có dấu "
        "hiệu mối. Trạm được kiểm tra 2–4 tuần một lần, thay mồi khi cần và duy trì 6–12 tháng để hoạt chất lây trong đàn, diệt cả mối chúa.",
    ),
    (
        "nLo013",
        "vi",
        "nhanhnhat_hopnhu",
        "Hộp nhử mối và quy trình nhử cho nhà ở",
        "Cung cấp hộp nhử bằng các-tông khoảng 15 x 11 x 30 cm, mồi gỗ thông hoặc gỗ trám tẩm dung dịch đường 2%, có thể thay bằng bã mía. "
        "Nhà ngói 60–70 m² đặt 5–7 hộp, nhà 3–4 gian đặt 3–4 hộp; thời gian nhử 10–15 ngày mùa ẩm, 20–30 ngày mùa rét; công trình mối hoạt "
        "động khắp nơi thì tăng số hộp lên 1,5 lần.",
    ),
    (
        "nLo014",
        "vi",
        "tgb_hoasinh",
        "Dịch vụ diệt mối tận gốc bằng phương pháp hóa sinh",
        "Sau 10–15 ngày đặt mồi, thợ dỡ hộp nhử, phun bột PMC90 đều lên mối và mồi rồi xếp lại đúng chỗ để mối mang thuốc về tổ; 1–2 ngày sau "
        "dọn hộp. Tiếp đó phun dung dịch chuyên dùng vào đường mối, chân tường và kết cấu gỗ để chặn mối từ ngoài vào, nhằm diệt cả mối vua, "
        "mối chúa.",
    ),
    (
        "nLo015",
        "vi",
        "thaiduong_tcvn7958",
        "Thi công phòng chống mối cho công trình xây dựng mới theo TCVN 7958:2017",
        "Công ty diệt mối nhận thiết kế và thi công hạng mục phòng mối cho nhà, kho, công trình mới có dùng vật liệu gốc xen-lu-lô, áp dụng "
        "TCVN 7958:2017 (thay TCVN 7958:2008) do Viện Sinh thái và Bảo vệ công trình biên soạn; xử lý nền, móng và tường theo các yêu cầu kỹ "
        "thuật của tiêu chuẩn.",
    ),
    (
        "nLo016",
        "vi",
        "minhlong_tcvn",
        "Quy trình chống mối công trình: thi công, giám sát và nghiệm thu",
        "Nhận quản lý, giám sát, thi công và nghiệm thu phòng chống mối cho nhà cao tầng và công trình quy mô lớn theo tiêu chuẩn quốc gia "
        "TCVN 7958; phân loại công trình theo 4 mức yêu cầu phòng mối, xử lý mối ngầm, mối gỗ khô và mọt ngay từ khi xây dựng.",
    ),
    (
        "nLo017",
        "vi",
        "tcxd204",
        "Tư vấn phân loại yêu cầu phòng chống mối theo TCXD 204:1998",
        "Chuyên gia bảo vệ công trình tư vấn xếp loại công trình theo tiêu chuẩn: loại A (niên hạn 100 năm, như bảo tàng, lưu trữ, nhà kho chứa "
        "thành phẩm quý gốc xen-lu-lô), loại B (50 năm, như văn phòng, khách sạn, cửa hàng, trường học, bệnh viện) và loại C; biện pháp phòng "
        "mối đất được đưa vào từ khâu khảo sát, thiết kế đến thi công và cải tạo.",
    ),
    (
        "nLo018",
        "vi",
        "dietcontrung_moi",
        "Diệt mối tại nhà theo mức độ nhiễm",
        "Hướng dẫn và dịch vụ ba bước: đánh giá nhanh trong giờ đầu (vị trí, đường mui đất, gỗ rỗng, mối cánh), chọn giải pháp và làm theo lộ "
        "trình 7–30 ngày. Ổ nhỏ xử lý sinh học, ổ trung bình dùng hộp nhử kèm PMC90, mối đất hoặc ổ lớn dùng Agenda 25EC hay gọi thợ chuyên nghiệp.",
    ),
    (
        "nLo019",
        "vi",
        "xuyenviet_moi",
        "Diệt mối theo phương pháp lan truyền (dùng mối diệt mối)",
        "Thợ kiểm tra toàn bộ ngôi nhà để tìm hết các điểm mối ăn, đặt hộp nhử rồi phun thuốc sinh học lên mối để chúng mang về tổ. Đơn vị "
        "giải thích xịt thuốc trực tiếp chỉ giết một phần mối thợ, phần còn lại báo động và chuyển sang phá chỗ khác, nên cần diệt cả tổ.",
    ),
    (
        "nLo020",
        "en",
        "engineerfix_furniture",
        "Drywood termite treatment for wooden furniture",
        "Guide and service for movable furniture: confirming drywood termites by the hard six-sided frass pellets under tiny kick-out holes, then "
        "killing the colony in the piece without residues by heating the wood core to at least 49 °C for 35 minutes or by freezing, with local "
        "injection as a fallback.",
    ),
    (
        "nLo021",
        "en",
        "wildwild_heat",
        "Whole-structure heat treatment against drywood termites",
        "After inspection and a preparation visit, all wood in the structure is heated to at least 130 °F (about 54 °C) for 60 minutes; the job "
        "takes less than a day and leaves no residue, but gives no protection against later infestations and needs care with heat sinks and "
        "heat-sensitive goods.",
    ),
    # termite-side distractors
    (
        "nLo022",
        "vi",
        "onelib_chongtham",
        "Giải pháp chống thấm tầng hầm nhà cao tầng",
        "Bài báo khoa học giới thiệu vị trí và giải pháp thi công chống thấm cho tường, sàn tầng hầm bê tông cốt thép, nơi mực nước ngầm cao, "
        "để bảo vệ cốt thép khỏi ăn mòn và giữ độ bền công trình.",
    ),
    (
        "nLo023",
        "vi",
        "viettop_geotextile",
        "Thi công trải vải địa kỹ thuật dưới nước cho đê, kè, san lấp",
        "Chỉ dẫn kỹ thuật trải vải địa kỹ thuật trong điều kiện ngập nước cho đê điều, kè sông, cảng biển: vật tư có chứng chỉ kiểm tra độc lập, "
        "định vị, trải và phối hợp với các hạng mục khác để gia cường nền.",
    ),
    # --- rodents: rice warehouses, markets, restaurants ---
    (
        "nLo024",
        "vi",
        "docz_chuotkho",
        "Kỹ thuật phòng trừ chuột hại trong kho nông sản",
        "Tài liệu bảo quản nông sản hướng dẫn: vệ sinh trong và ngoài kho, phát quang bụi rậm; ngay khi thiết kế kho phải có lưới chắn ở cửa sổ, "
        "lỗ thông hơi và bọc thép chân cửa; kết hợp bẫy và bả hóa chất, bả phải không có mùi lạ và có màu gần giống thức ăn chuột vẫn ăn.",
    ),
    (
        "nLo025",
        "vi",
        "truongphat_chuot",
        "Chương trình diệt chuột luân phiên bẫy và bả sinh hóa",
        "Công ty diệt côn trùng chặn chuột từ xa ở hành lang, thảm cỏ để giảm áp lực từ ngoài, còn bên trong khu cần bảo vệ thì luân phiên từng "
        "đợt bẫy kiềng, bẫy dính với bả Racumin 0.75TP trộn vào thức ăn; trước khi làm khảo sát kỹ thói quen chuột ở từng khu vực.",
    ),
    (
        "nLo026",
        "vi",
        "trumoi_nhahang",
        "Dịch vụ diệt chuột cho nhà hàng đáp ứng kiểm tra an toàn thực phẩm",
        "Xử lý chuột tại bếp, kho, trần giả và hệ thống cống của nhà hàng, nơi hàng nhập xuất liên tục và cửa mở buổi tối; giảm nguy cơ "
        "Salmonella, Leptospira, Hantavirus, chập điện do cắn dây và giúp cơ sở không bị đánh trượt khi kiểm tra VSATTP, HACCP.",
    ),
    (
        "nLo027",
        "vi",
        "dvdct_duoichuot",
        "Kiểm soát chuột cho kho xưởng và doanh nghiệp lưu trữ thực phẩm",
        "Khảo sát dấu hiệu (phân ở góc kho, tiếng gặm ban đêm, hàng hóa bị cắn, mùi hôi, vệt dầu dọc tường), bịt vết nứt tường, cửa thông gió "
        "và khe quanh ống nước, rồi áp dụng biện pháp xua đuổi và diệt phù hợp cho cả hộ gia đình lẫn kho xưởng.",
    ),
    (
        "nLo028",
        "vi",
        "tuoitre_sanchuot",
        "Đội bắt chuột chuyên nghiệp cho siêu thị, nhà hàng, cao ốc",
        "Công ty kiểm soát chuột và côn trùng ở TP.HCM với 12 năm trong nghề nhận đặt bẫy keo, bẫy lồng qua đêm cho quán ăn, khách sạn, siêu thị, "
        "xí nghiệp, nhất là nơi chứa nhiều đồ đạc, thức ăn mà tự bắt thủ công không hiệu quả.",
    ),
    (
        "nLo029",
        "vi",
        "quocphong_nhahang",
        "Xử lý chuột cắn phá nhà hàng",
        "Đơn vị diệt côn trùng kiểm tra, diệt chuột và xử lý dấu vết, nguồn gốc chuột trong nhà hàng; tư vấn vệ sinh chặt chẽ để bảo vệ ngũ cốc, "
        "gạo, bột mì, dây điện, ống nước và uy tín với khách.",
    ),
    (
        "nLo030",
        "en",
        "irri_storage",
        "Grain storage and pest management manual for rice stores",
        "Training manual from the International Rice Research Institute's engineering unit covering safe storage moisture, bag, bulk and "
        "hermetic storage systems, store capacity and hygiene, and the main storage pests of rice: insects, fungi and rodents.",
    ),
    (
        "nLo031",
        "en",
        "fwi_grainrodent",
        "Rodent-proofing programme for grain stores",
        "A pest controller's integrated plan for stores: one rat leaves about 15,000 droppings and 6 litres of urine a year, and every kilogram "
        "eaten spoils three more. Non-chemical steps come first: clear weeds and cover around the building, remove items stacked against walls, "
        "close access points; baiting follows only where needed.",
    ),
    (
        "nLo032",
        "en",
        "worldgrain_rat",
        "IPM rodent prevention for grain facilities",
        "Licensed pest professionals survey why rodents are entering (a mouse needs a hole the size of a dime, a rat one the size of a quarter), "
        "remove water sources and hiding places behind machinery, and favour non-chemical measures before any treatment, so the same "
        "infestation does not return.",
    ),
    (
        "nLo033",
        "en",
        "anglia_grain",
        "Resistance-aware rodent baiting for farm grain stores",
        "Advice and products from a rodent control specialist: one breeding pair can become 1,250 rats in a year, and many rats now resist "
        "bromadiolone and difenacoum, so baits with cholecalciferol or brodifacoum are chosen; farm walks record burrows and droppings and "
        "buildings are proofed so fewer poisons are needed.",
    ),
    (
        "nLo034",
        "en",
        "aiscience_rodent",
        "Integrated rodent management options for stored grain",
        "Review by entomologists of house rat and house mouse damage in stores, how to read signs (droppings, gnawed sills, torn bags, grease "
        "marks), and an integrated programme of harbourage removal, structural proofing, sanitation, trapping and small amounts of bait as a last "
        "resort, with protection of non-target animals.",
    ),
    (
        "nLo035",
        "en",
        "mississauga_rest",
        "Rat and mouse protection for restaurants",
        "Commercial exterminator service for food outlets: kitchen and dining hygiene, covered or refrigerated food, sealing entry points with "
        "special attention to door bottoms and draught excluders, closing doors at night, and bait stations placed by professionals.",
    ),
    (
        "nLo036",
        "en",
        "commercial_rest",
        "Rodent exclusion and prevention programme for restaurants",
        "One pair of rodents can produce 200 young in four months, carry more than 35 diseases and spoil up to ten times what they eat. The "
        "programme covers mopping water, cleaning floors and drains, moving dumpsters away and closing dime- and quarter-sized gaps.",
    ),
    (
        "nLo037",
        "en",
        "illinois_municipal",
        "Municipal rodent management planning",
        "Public-health guidance on city-wide rat programmes: large cities get more than 10,000 complaints a year, a colony can hold over 100 rats "
        "in a block-sized territory, and control needs a written plan that joins technical pest management with cooperation between agencies "
        "and public relations.",
    ),
    (
        "nLo038",
        "en",
        "baltimore_urban",
        "Interdisciplinary urban rodent control study",
        "Research team describing a Baltimore approach where city authorities cut harbourage and food through sanitation and refuse storage, "
        "residents are educated, and pest control operators cooperate; motivated by leptospirosis cases linked to rats.",
    ),
    (
        "nLo039",
        "en",
        "fqs_remote",
        "Remote rodent monitoring systems for food plants",
        "Sensor in each trap or bait station, an on-site hub and an off-site data centre that texts or e-mails the pest professional when a rodent "
        "is detected; the supplier explains motion versus infrared sensors and the false alerts motion units can give.",
    ),
    (
        "nLo040",
        "en",
        "pct_remote",
        "Electronic rodent monitoring service for food facilities",
        "Digital detection, data collection and notification from sensor-equipped traps gives 24/7 coverage, including false ceilings and other "
        "hard-to-reach breeding spots, so technicians can respond as soon as a capture happens.",
    ),
    (
        "nLo041",
        "en",
        "fqs_remote2",
        "Sensor-equipped traps to cut routine trap checks",
        "Field data from a pest management firm: on average only about 3% of interior rodent devices show activity in a month, and snap traps may "
        "fire within hours of a visit; remote sensors let visits be targeted and make rooflines, false ceilings and restricted areas monitorable.",
    ),
    # rodent-side distractors
    (
        "nLo042",
        "vi",
        "kqs_tbs",
        "Bẫy cây trồng (TBS) diệt chuột hại lúa ngoài đồng",
        "Hướng dẫn kỹ thuật bẫy cây trồng: ô lúa gieo sớm rào ni-lông có gắn bẫy lồng để dụ chuột đồng; biện pháp từng thử nghiệm tốt ở Trà Vinh, "
        "Long An, TP.HCM và đưa vào quy trình quản lý tổng hợp chuột hại lúa.",
    ),
    (
        "nLo043",
        "vi",
        "hatinh_bannguyet",
        "Bẫy bán nguyệt cải tiến diệt chuột đồng",
        "Sáng kiến của một nông dân Hà Tĩnh cải tiến bẫy bán nguyệt để bắt chuột phá lúa và rau màu ngoài ruộng, sau vụ hè thu hơn 50 ha lúa "
        "của xã bị chuột phá hại.",
    ),
    (
        "nLo044",
        "vi",
        "dongthap_baychuot",
        "Bẫy chuột bằng lưới, bạt trên ruộng lúa mùa nước nổi",
        "Kinh nghiệm nông dân vùng biên Đồng Tháp dùng lưới bắt cá, bạt ni-lông và ụ đất để bẫy chuột đồng tập trung trên gò cao trong đê bao "
        "sản xuất vụ 3.",
    ),
    (
        "nLo045",
        "vi",
        "antrang_chuot",
        "Tổ đánh bắt chuột thủ công của hợp tác xã",
        "Hợp tác xã ở Thái Bình lập tổ diệt chuột thủ công 4 nhóm, mỗi nhóm 7–15 người, để bảo vệ lúa và rau màu ngoài đồng thay cho phát thuốc "
        "hóa học.",
    ),
    (
        "nLo046",
        "en",
        "ratsprev_grain",
        "Health-risk briefing on rodents in stored grain",
        "Explainer on what rodents bring into grain stores: Salmonella, E. coli and Campylobacter, hantavirus, mould entry leading to aflatoxin, "
        "and allergens; recommends strict exclusion, sanitation and grain testing, and removal of contaminated batches.",
    ),
    # --- mosquitoes and dengue prevention in neighbourhoods ---
    (
        "nLo047",
        "vi",
        "lhu_muoivan",
        "Tập huấn nhận biết muỗi vằn và diệt loăng quăng cho cộng đồng",
        "Cán bộ y tế trường đại học chia sẻ kinh nghiệm giám sát muỗi, bọ gậy: muỗi vằn Aedes aegypti sống chủ yếu trong nhà, đốt người suốt "
        "ngày nhưng mạnh nhất sáng sớm và chập tối, thích đậu trên vải sẫm màu, quần áo chưa giặt; hướng dẫn cộng đồng diệt loăng quăng tận nơi.",
    ),
    (
        "nLo048",
        "vi",
        "memart_ca",
        "Cung cấp cá diệt lăng quăng và hướng dẫn thả cá",
        "Giải pháp sinh học không dùng hóa chất: nuôi và cấp cá bảy màu, cá muỗi, cá rô phi, cá sóc để thả vào chum, vại, bể nước sinh hoạt; có "
        "thể nuôi tập trung ở ao, bể chuyên dụng để phát cho hộ gia đình và cộng đồng.",
    ),
    (
        "nLo049",
        "vi",
        "docz_mesocyclops",
        "Biện pháp sinh học Mesocyclops và cá diệt lăng quăng",
        "Tổng hợp nghiên cứu: từ 1989–1998 ở 26 tỉnh, thành đã xác định 9 loài Mesocyclops ăn lăng quăng, thích hợp cho hồ xây, lu, khạp, giếng; "
        "các loài cá vàng, bảy màu, lia thia, rô phi làm chỉ số muỗi Aedes aegypti giảm 2–11 lần so với vùng đối chứng.",
    ),
    (
        "nLo050",
        "vi",
        "plo_adb_ca",
        "Mô hình nuôi cá bảy màu trong dụng cụ chứa nước sinh hoạt",
        "Mô hình do WHO và ADB hỗ trợ: thả cá bảy màu vào nơi chứa nước sinh hoạt, không làm hỏng chất lượng nước; thí điểm phủ 88% nơi chứa "
        "nước ở Campuchia và 76% ở Lào, được ADB dành 1 triệu USD để nhân rộng trong khu vực.",
    ),
    (
        "nLo051",
        "vi",
        "rachcheo_ca",
        "Ao nuôi cá bảy màu cấp phát cho hộ dân phòng sốt xuất huyết",
        "Trạm y tế xã tận dụng thùng xốp, vỏ nhựa và 54 ao ở trường học, trụ sở ấp để nhân cá; đã cấp hơn 20.000 con cá bảy màu cho người dân, "
        "gần 90% hộ trong xã thả cá diệt lăng quăng.",
    ),
    (
        "nLo052",
        "vi",
        "pestvn_muoi_tc",
        "Phun hóa chất phòng trừ muỗi theo tiêu chuẩn kỹ thuật",
        "Đơn vị kiểm soát côn trùng áp dụng tiêu chuẩn kỹ thuật phòng trừ muỗi bằng hóa chất cho nhiều loại địa điểm: nhân viên được đào tạo, "
        "mang bảo hộ đầy đủ, chọn thuốc và phương pháp phun an toàn cho người và môi trường; kèm hướng dẫn dùng sản phẩm diệt muỗi trong gia đình.",
    ),
    (
        "nLo053",
        "vi",
        "hai_phunmuoi",
        "Dịch vụ phun thuốc diệt muỗi trong nhà và ngoài trời",
        "Thợ che đậy đồ đạc, phun từ trên xuống và từ ngoài vào trong khoảng 15–20 phút, đóng cửa ít nhất 30 phút cho thuốc tác dụng; kết hợp phun "
        "khu vực ngoài nhà, bụi cây, cống rãnh.",
    ),
    (
        "nLo054",
        "vi",
        "tvsk_thuephun",
        "Phun thuốc diệt muỗi hộ gia đình có bảo hành 3 tháng",
        "Cửa hàng thuốc diệt muỗi nhận phun tại nhà: nhà 60 m² khoảng 600.000 đồng với thuốc ngoại, 500.000 đồng với thuốc nội; bảo hành 3 tháng, "
        "mỗi tháng gọi lại khách một lần trong thời hạn bảo hành.",
    ),
    (
        "nLo055",
        "vi",
        "kgs_muamua",
        "Diệt muỗi mùa mưa và xử lý nơi muỗi đẻ",
        "Công ty vệ sinh công nghiệp xử lý vũng nước đọng trong sân vườn, chum vại không đậy, lốp xe cũ, máng xối tắc, chậu cây và cống rãnh, vì "
        "mùa mưa muỗi chỉ cần 7–10 ngày để đi từ trứng đến con trưởng thành.",
    ),
    (
        "nLo056",
        "vi",
        "danang_phunmuoi",
        "Quy trình phun thuốc muỗi an toàn",
        "Dịch vụ vệ sinh tại Đà Nẵng: khảo sát khu vực, đưa người và vật nuôi ra ngoài, che thức ăn, bát đĩa, bể cá, mở cửa thông gió, mang mặt "
        "nạ, găng tay và chọn thời điểm phun phù hợp với giờ hoạt động của muỗi.",
    ),
    (
        "nLo057",
        "en",
        "who_vector",
        "Environmental management methods for dengue vectors",
        "WHO-described methods as a package for local authorities: long-lasting changes such as reliable piped water, routine emptying and "
        "scrubbing of storage vessels and vases, cleaning gutters, sheltering or recycling tyres and containers, and screens on doors and windows.",
    ),
    (
        "nLo058",
        "en",
        "who_guidelines",
        "Integrated vector management for Aedes aegypti",
        "Guidance based on WHO's dengue guidelines: target larval and adult habitats in and around homes, schools, hospitals and workplaces; most "
        "Aedes aegypti stay within about 100 metres of where they emerge, breed in water-storage and rain-filled containers and bite by day.",
    ),
    (
        "nLo059",
        "en",
        "plos_iam",
        "Integrated Aedes management framework for health authorities",
        "Framework from an insecticide-resistance network with four pillars (integrated vector and disease surveillance, vector control, community "
        "mobilisation, cross-sector collaboration) plus capacity building, research, advocacy and policy, tailored to local risk scenarios.",
    ),
    (
        "nLo060",
        "en",
        "butte_larval",
        "Wide-area residential larviciding with Bti",
        "Mosquito control district service that treats back-yard larval sources over whole neighbourhoods with VectoBac WDG, a Bacillus "
        "thuringiensis israelensis product approved for organic crops, as part of integrated vector management.",
    ),
    (
        "nLo061",
        "en",
        "weatherford_bti",
        "Bti larvicide for standing water that cannot be drained",
        "City advice and supply route for residents: remove standing water first; where a source cannot be emptied, treat it with a Bti larvicide "
        "from garden stores, following the label, to stop larvae becoming adults.",
    ),
    (
        "nLo062",
        "en",
        "biogents_trap",
        "Mosquito traps for yards and courtyards",
        "Traps that keep catching mosquitoes so that biting drops within days; each captured female means 50–200 fewer mosquitoes. The maker "
        "advises combining traps with tight lids or nets on rain barrels and regular Bti treatment of containers.",
    ),
    (
        "nLo063",
        "en",
        "pmc_citizen",
        "Neighbourhood mosquito control led by residents (Citizen AcTS)",
        "University model tested in a town of about 1,000 yards infested with the Asian tiger mosquito: scientists advise, neighbours remove "
        "and treat breeding sites themselves, and biting pressure fell significantly and stayed low.",
    ),
    (
        "nLo064",
        "en",
        "northbound_wolb",
        "Wolbachia mosquito releases for dengue control",
        "Programme of the National Institute of Hygiene and Epidemiology with Australian scientists releasing Wolbachia-carrying Aedes aegypti for "
        "12–18 weeks in Vinh Luong commune, Nha Trang; Tri Nguyen island, released in 2013–2014, has had no dengue outbreak since.",
    ),
    (
        "nLo065",
        "en",
        "asean_wmp",
        "World Mosquito Program partnership for Wolbachia releases",
        "The programme, working in Vietnam since 2006 with its Asia hub in Ho Chi Minh City, breeds Wolbachia-carrying mosquitoes and releases "
        "them with local communities so that dengue, Zika and chikungunya are transmitted less.",
    ),
    (
        "nLo066",
        "en",
        "wpro_challenges",
        "Review of dengue vector surveillance and control options in the Western Pacific",
        "WHO regional paper comparing chemical, biological and environmental methods, larvivorous fish with community participation, and new "
        "tools such as RIDL and Wolbachia; advises choosing methods by entomological and epidemiological evidence in and between epidemics.",
    ),
    # mosquito-side distractor
    (
        "nLo067",
        "vi",
        "baclieu_sxh",
        "Nghiên cứu dịch tễ sốt xuất huyết Dengue tại Bạc Liêu 2006–2012",
        "Luận án phân tích chu kỳ dịch 3–4 năm và tỷ lệ mắc (489,4 ca/100.000 dân năm 2006, 474,8 năm 2008), tỷ lệ chết/mắc 0,2–0,5% ở Bạc Liêu, "
        "so sánh với các tỉnh phía Nam.",
    ),
    # --- cockroaches and flies in food businesses ---
    (
        "nLo068",
        "vi",
        "pestvn_giantu",
        "Cẩm nang và dịch vụ diệt gián tủ bếp",
        "Tài liệu chuyên sâu cho nhân viên kiểm soát côn trùng về gián trong tủ bếp: nhận diện các loài, nguyên nhân xuất hiện, sơ đồ khu vực "
        "phun trong bếp và phương pháp diệt tận gốc, ngăn tái nhiễm cho gia đình và cơ sở kinh doanh.",
    ),
    (
        "nLo069",
        "vi",
        "pestvn_12buoc",
        "Chuẩn bị 12 bước trước khi xử lý gián",
        "Hướng dẫn khách hàng trước buổi xử lý: đổ rác, thùng có nắp, hút bụi gầm tủ, lau bề mặt, rửa chén ngay; theo các nhà côn trùng học, "
        "cắt nguồn thức ăn có thể giảm tới 90% số gián và buộc gián ăn bả.",
    ),
    (
        "nLo070",
        "vi",
        "contrungvn_gian",
        "Chống gián cho tủ bếp",
        "Tư vấn chống gián Mỹ, gián Đức trong tủ bếp, vì chỉ cần khe hở 4–5 mm gián đã chui vào được; bịt khe, giữ khô và dọn vụn thức ăn để "
        "hạn chế bệnh viêm gan, dị ứng, hen suyễn do gián mang theo.",
    ),
    (
        "nLo071",
        "en",
        "pcstore_gel",
        "Cockroach gel baits and placement guidance",
        "Supplier of gel baits for German cockroaches with placement advice: many drop-sized dots at cabinet hinges, drawer corners, shelf "
        "corners and appliance hinges rather than a few large blobs; switch product if bait is not eaten, because some populations avoid baits.",
    ),
    (
        "nLo072",
        "en",
        "pct_rotation",
        "Gel bait rotation programme for commercial accounts",
        "Pest management company practice: rotate gel baits quarterly where cockroach pressure is low and monthly where it is high, since about "
        "one cockroach in five refuses a given bait, mostly because of competing food in commercial kitchens.",
    ),
    (
        "nLo073",
        "en",
        "cockroachcare_comm",
        "Commercial cockroach IPM for businesses and institutions",
        "Programme of sanitation, exclusion and sticky monitors near warm moist hotspots, species identification, gel baits rotated every 90–120 "
        "days together with insect growth regulators, documented treatments and service frequency set by risk to avoid violations.",
    ),
    (
        "nLo074",
        "en",
        "flick_kitchen",
        "Cockroach clean-out for heavily infested commercial kitchens",
        "For urgent cases the team flushes cockroaches from harbourages with an aerosol, vacuums them off site, applies a knock-down then a "
        "residual insecticide registered for food-handling premises, puts gel in electrical points and fridge motors, and follows with a "
        "maintenance agreement.",
    ),
    (
        "nLo075",
        "en",
        "newcastle_rest",
        "German cockroach control in restaurants",
        "Crack-and-crevice treatment with a non-repellent insecticide between equipment and floors, behind appliances and into wall voids, after "
        "a sanitation step; staff are told not to use fly spray, which drives cockroaches deeper and spoils the treatment.",
    ),
    (
        "nLo076",
        "en",
        "fp_onthefly",
        "Fly control for food plants: traps, doors and lighting",
        "IPM package for processing plants: glue boards, light traps and multi-catch traps as first line, dual doors and air curtains, "
        "indirect lighting and sodium-vapour lamps away from entrances, and light traps in the 3–6 ft strike zone for house flies or 8–10 ft "
        "for night flyers.",
    ),
    (
        "nLo077",
        "en",
        "pct_ilt",
        "Choosing and placing insect light traps in food facilities",
        "Comparison of sticky-board traps (whole insects held, preferred in food areas but need frequent service) and electrocuting traps (for "
        "high pressure), with a layout that intercepts flies before they reach critical areas and draws them away from food and customers.",
    ),
    (
        "nLo078",
        "en",
        "giridhar_ilt",
        "Outdoor fly pressure reduction for food warehouses",
        "Consultant's approach for food companies in the monsoon: jar traps and paint-on fly bait strips on outside warehouse walls cut the "
        "number of flies reaching the doors, so fewer indoor light traps and glueboards are needed.",
    ),
    (
        "nLo079",
        "en",
        "profishant_ilt",
        "Fly light programme design for food processors",
        "Consultant builds glue-board light trap programmes for food, medical and pharmaceutical plants: lower-UV LED units, lights pointed at "
        "buildings rather than hung on them, positive-pressure rooms, door and screen audits and sanitation checks before adding more lights.",
    ),
    (
        "nLo080",
        "en",
        "ncurban_ilt",
        "Insect light trap location guidance",
        "University extension advice: mount traps on the entry wall or a perpendicular wall so they cannot be seen from outside, low for house "
        "flies and ceiling-hung for moths, away from competing light and air blowers, never over exposed food; brush grids and wash lamps regularly.",
    ),
    (
        "nLo081",
        "vi",
        "tcfc_ruoi",
        "Biện pháp phòng, diệt ruồi tổng hợp",
        "Trung tâm kiểm soát côn trùng hướng dẫn kết hợp cải thiện vệ sinh nơi ruồi đẻ, che chắn thức ăn ở bếp, nhà ăn; bẫy lưới có chất dẫn dụ, "
        "bẫy dính, bẫy đèn; phun tồn lưu chỗ ruồi đậu, phun không gian và phun diệt giòi ở ổ đẻ bằng hóa chất an toàn cho người.",
    ),
    (
        "nLo082",
        "vi",
        "khanhan_ruoi",
        "Kiểm soát ruồi nhà cho khu dân cư và cơ sở thực phẩm",
        "Công ty kiểm soát côn trùng xử lý ruồi nhà Musca domestica: một con cái đẻ tới 150 trứng trong 5–6 ngày nên quần thể bùng phát trong vài "
        "tuần; khảo sát nơi kiếm ăn, đẻ trứng, chỗ trú đậu ban ngày và ban đêm để đặt biện pháp.",
    ),
    (
        "nLo083",
        "vi",
        "dvdct_hoachatruoi",
        "Tư vấn lựa chọn nhóm hóa chất diệt ruồi cho nhà máy, trang trại",
        "Phân tích cơ chế, ưu nhược điểm các nhóm thuốc diệt ruồi (lân hữu cơ như dichlorvos, malathion; carbamate; các nhóm khác) cho doanh "
        "nghiệp, nhấn mạnh độc tính, thời gian cách ly và luân phiên để hạn chế kháng thuốc.",
    ),
    (
        "nLo084",
        "vi",
        "wiki_quatchangio",
        "Lắp quạt chắn gió ngăn bụi và côn trùng ở cửa ra vào",
        "Quạt chắn gió (air curtain) tạo màn không khí ở cửa, ngăn bụi, côn trùng xâm nhập và giữ hơi lạnh trong nhà xưởng, cửa hàng có điều hòa; "
        "loại công nghiệp dùng cho cửa bến bốc xếp mở thường xuyên.",
    ),
    (
        "nLo085",
        "vi",
        "vpc_quytrinh",
        "Quy trình kiểm soát côn trùng cho kho bãi, nhà máy",
        "Công ty dịch vụ ở TP.HCM làm theo các bước: xác định nhóm dịch hại (từ đất, đường bay, bò sát, chuột), đánh giá mức gây hại bằng ma trận "
        "5:5, rồi lập phương án kiểm soát cho doanh nghiệp, kho bãi, nhà máy lớn nhỏ.",
    ),
    (
        "nLo086",
        "vi",
        "haitrieu_kcn",
        "Kiểm soát côn trùng trong khu công nghiệp",
        "Dịch vụ kiểm soát côn trùng an toàn, tiết kiệm cho nhà xưởng khu công nghiệp: giảm nguy cơ sốt xuất huyết, sốt rét cho công nhân, bảo "
        "vệ nguyên liệu, sản phẩm khỏi côn trùng bay và gặm nhấm.",
    ),
    # cockroach/fly-side distractors
    (
        "nLo087",
        "vi",
        "bsf_thietbi",
        "Nuôi ruồi lính đen lấy ấu trùng làm thức ăn chăn nuôi",
        "Chuyển giao kỹ thuật nuôi ruồi lính đen Hermetia illucens: vòng đời khoảng 45 ngày, ấu trùng chứa 28–48% protein thô, thay bột cá trong "
        "thức ăn thủy sản và xử lý rác thải nông nghiệp.",
    ),
    (
        "nLo088",
        "vi",
        "bsf_gdtd",
        "Quy trình nuôi ruồi lính đen từ phụ phẩm nông nghiệp",
        "Trung tâm chuyển giao khoa học công nghệ của trường đại học nông lâm hoàn thiện quy trình nuôi ruồi lính đen bằng vỏ trái cây, xác bia, "
        "bã đậu nành, cho ấu trùng giàu protein và chất béo làm thức ăn chăn nuôi.",
    ),
    (
        "nLo089",
        "vi",
        "bsf_tinvp",
        "Trứng và ấu trùng ruồi lính đen thương phẩm",
        "Cung cấp trứng ruồi lính đen (5–6 triệu đồng/kg) và ấu trùng (10.000–15.000 đồng/kg) cho trại chăn nuôi; loài đã được phép nuôi theo Nghị "
        "định 46/2022/NĐ-CP, mỗi con cái đẻ 500–1.200 trứng.",
    ),
    (
        "nLo090",
        "en",
        "lushhoming_gel",
        "Retail cockroach gel bait packs for home kitchens",
        "Consumer review site recommending multi-pack gel bait stations with double-sided tape for placing behind appliances and under sinks in "
        "home kitchens; 16-, 24-, 36- and 64-pack products compared.",
    ),
    # --- fumigation of stored grain and export goods ---
    (
        "nLo091",
        "vi",
        "khanhan_mbr",
        "Xử lý bao bì, vật liệu đóng gói bằng gỗ bằng methyl bromide",
        "Công ty khử trùng thực hiện quy trình kỹ thuật xử lý thùng, pallet, vật chèn lót bằng gỗ trong thương mại quốc tế bằng methyl bromide, "
        "đóng dấu chính thức được công nhận quốc tế; không áp dụng cho gỗ ép công nghiệp hoặc gỗ dày không quá 6 mm.",
    ),
    (
        "nLo092",
        "vi",
        "ktcm_xnk",
        "Hun trùng hàng hóa xuất nhập khẩu",
        "Dịch vụ hun trùng hàng xuất sang Mỹ, Canada, châu Âu, Úc: gạo, chè, tiêu, điều, cà phê, đồ gỗ chưa xử lý bề mặt, mây tre lá, thủ công mỹ "
        "nghệ; không ảnh hưởng chất lượng, hình dáng hàng; chi phí khoảng 300.000 đồng cho container 20 feet.",
    ),
    (
        "nLo093",
        "vi",
        "docedu_container",
        "Quy trình khử trùng xông hơi hàng hóa trong container",
        "Đề tài kỹ thuật mô tả trình tự khử trùng một container: tiếp nhận thông tin khách, chuẩn bị, xông hơi, thông thoáng và xác nhận kết "
        "quả; hóa chất methyl bromide, nhôm phosphua (AlP) và thuốc phun tiếp xúc; điều kiện hành nghề và yêu cầu ISPM 15.",
    ),
    (
        "nLo094",
        "vi",
        "hqvn_chungthu",
        "Hỗ trợ xin chứng thư hun trùng cho hàng xuất khẩu",
        "Hướng dẫn và làm dịch vụ cấp chứng thư hun trùng: nộp hóa đơn thương mại, phiếu đóng gói, vận đơn; đơn vị hun trùng kiểm tra hàng trước "
        "khi đóng gói và gửi chứng thư sau 1–2 ngày; ngày hun trùng phải trước ngày xếp hàng và khớp thông tin với vận đơn.",
    ),
    (
        "nLo095",
        "vi",
        "namviet_lua",
        "Quy trình khử trùng lúa gạo bằng phosphine",
        "Công ty khử trùng xử lý lúa gạo trong không gian kín bằng phosphine (PH3) hoặc oxy thấp để diệt mọt, bọ cánh cứng, ngài, ve; cả quy "
        "trình khoảng mười ngày, sau đó sục khí và đo không khí trước khi cho người vào lại.",
    ),
    (
        "nLo096",
        "vi",
        "kiendo_ispm",
        "Pallet gỗ đạt chuẩn ISPM 15 cho hàng xuất khẩu",
        "Xưởng pallet cung cấp pallet gỗ đã xử lý và đóng dấu theo quy chuẩn ISPM 15 để hàng xuất khẩu không bị từ chối tại cảng đến.",
    ),
    (
        "nLo097",
        "vi",
        "dms_kholanh",
        "Diệt côn trùng trong kho lạnh và kho chứa thực phẩm",
        "Giải pháp cho kho giữ nhiệt 2 °C đến −25 °C, độ ẩm cao và hoạt động liên tục, nơi không dùng được hóa chất độc thông thường: nhận diện "
        "loài gây hại chịu lạnh và áp dụng biện pháp an toàn thực phẩm để kiểm soát mối, côn trùng.",
    ),
    (
        "nLo098",
        "en",
        "fs_silo",
        "Silo and bulk bin phosphine fumigation",
        "Fumigation firm seals farm silos and bins and holds phosphine for 7–10 days, followed by 2–5 days of ventilation and a two-day "
        "withholding period; dose is calculated on the storage volume, not the grain tonnage, and longer in cool weather.",
    ),
    (
        "nLo099",
        "en",
        "storedgrain_guide",
        "Phosphine fumigation in gas-tight storage",
        "Grains industry guide: only a gas-tight store holds phosphine long enough to kill eggs, larvae, pupae and adults; a full cycle takes "
        "10–17 days; a 100 tonne silo needs 200 tablets even when half full; respirator, PVC gloves and eye protection are required.",
    ),
    (
        "nLo100",
        "en",
        "grdc_phosphine",
        "Phosphine exposure periods by grain temperature",
        "Research and extension advice: 7 days above 25 °C, 10 days at 15–25 °C, not effective below 15 °C; stores over 300 tonnes with "
        "surface-only dosing need 20 days unless gas is recirculated by fan, and recirculation boxes must be sealed and properly sized.",
    ),
    (
        "nLo101",
        "en",
        "coek_desorption",
        "Post-fumigation phosphine desorption modelling",
        "University research measuring how fumigated grain keeps releasing phosphine into containers and stores after venting, against a "
        "threshold limit of 0.3 ppm for workers, and how low residual concentrations encourage insect resistance.",
    ),
    (
        "nLo102",
        "en",
        "lion_ispm",
        "ISPM 15 treatment of wood packaging",
        "Treatment of pallets, crates and dunnage for export: heat treatment to a core of at least 56 °C for 30 minutes, or methyl bromide at 48 "
        "g/m³ for 24 hours at 21 °C and above (higher doses when colder), with the IPPC mark on two opposite sides.",
    ),
    (
        "nLo103",
        "en",
        "irri_superbag",
        "IRRI Super Bag hermetic liners for grain and seed",
        "Liner that fits inside a woven or jute sack and holds about 50 kg; sealed grain respiration lowers oxygen from 21% to 5%, cutting "
        "insects below 1 per kg within about 10 days without insecticides, extending seed germination from 6 to 12 months and raising head rice "
        "by about 10%; grain dried below 14%, seed below 12%.",
    ),
    (
        "nLo104",
        "en",
        "irri_assam",
        "Hermetic grain storage for smallholders in humid climates",
        "IRRI study in Assam, where humidity stays above 82%: grain in gunny bags rose from 14.8% to 16.3% moisture in five months, while a 60 µm "
        "gas-barrier liner kept moisture stable and prevented losses of 10–30% along the value chain.",
    ),
    (
        "nLo105",
        "en",
        "barnard_ca",
        "Controlled-atmosphere treatment of stored products",
        "Carbon dioxide kept at 60–70% or nitrogen lowering oxygen to about 1% for roughly 10 days controls insects in sealed silos or "
        "warehouses; needs product temperatures of 21 °C or more and a pressure-relief vent.",
    ),
    (
        "nLo106",
        "en",
        "palisade_pheromone",
        "Pheromone trap monitoring for stored product pests",
        "Species-specific sticky pheromone traps for Indian meal moth, cigarette beetle, flour beetles and rice weevil, about one per 1,000–2,000 "
        "sq ft, checked weekly, lures replaced every 6–8 weeks and catches graphed to show trends for HACCP and third-party audits.",
    ),
    (
        "nLo107",
        "vi",
        "tutay_motgao",
        "Diệt mọt gạo trong kho lương thực",
        "Dịch vụ xử lý mọt gạo Sitophilus oryzae: con trưởng thành 2–3 mm, mỗi con cái đẻ 300–400 trứng, vòng đời 4–6 tuần và hoạt động mạnh ở "
        "25–30 °C; mọt làm gạo bở, gãy và lây nhanh khắp kho.",
    ),
    (
        "nLo108",
        "vi",
        "pestshop_kho",
        "Nhận diện côn trùng hại kho để chọn biện pháp kiểm soát",
        "Cửa hàng vật tư kiểm soát côn trùng cung cấp tài liệu nhận diện mọt gạo nhỏ (vòng đời 3–4 tuần ở 34 °C, độ ẩm 70%), mọt thuốc bắc và các "
        "loài hại kho khác, kèm bẫy và sản phẩm phù hợp.",
    ),
    (
        "nLo109",
        "vi",
        "bachkhoa_khonongsan",
        "Phòng trừ côn trùng, sinh vật hại trong kho bảo quản nông sản",
        "Đơn vị kho lạnh và bảo quản hướng dẫn đề phòng là chính: kiểm dịch chặt, đảm bảo tiêu chuẩn nhập kho, kiểm tra định kỳ hai lần mỗi "
        "tháng ở mọi vị trí và thiết bị, vệ sinh kho thường xuyên.",
    ),
    (
        "nLo110",
        "en",
        "studylib_aeration",
        "Grain aeration to cool stored grain",
        "Technical note: slow airflow through the bulk cools grain; below 12–15 °C insect development nearly stops, mould slows and protectant "
        "treatments last longer, though aeration does not kill insects and only works when ambient air is cooler or drier.",
    ),
    # fumigation-side distractors
    (
        "nLo111",
        "vi",
        "kqs_maysay",
        "Máy sấy lúa tĩnh vỉ ngang 4–8 tấn/mẻ",
        "Giới thiệu các mẫu máy sấy vỉ ngang 4 và 8 tấn/mẻ do trường đại học thiết kế lại, lò sấy nhỏ 2 tấn/6 giờ và máy vỉ nghiêng 2–3 tấn/mẻ "
        "được nông dân ưa chuộng vì cơ động, tốn ít nhiên liệu.",
    ),
    (
        "nLo112",
        "vi",
        "ntm_thapsay",
        "Hệ thống tháp sấy lúa công nghiệp 200–300 tấn/ngày",
        "Ba tháp sấy liên hoàn bằng thép không gỉ vận hành tự động, sấy lúa về độ ẩm 14–15,5%, đốt trấu tại chỗ; tổng vốn hơn 7 tỷ đồng.",
    ),
    (
        "nLo113",
        "vi",
        "vusta_losay",
        "Lò sấy lúa cơ động cho vùng ngập lũ",
        "Lò sấy không cần đảo trộn, không cần xây bể chứa, chở đi làm dịch vụ được; loại 2 tấn và 4 tấn mỗi mẻ.",
    ),
    (
        "nLo114",
        "en",
        "winenfood_rice",
        "Pest-proof rice containers for home pantries",
        "Food writer's system for household rice: freeze new rice to kill hidden weevil eggs, then keep it in airtight glass containers in the pantry.",
    ),
    # --- bird control at warehouses and factories ---
    (
        "nLo115",
        "en",
        "affordable_birds",
        "Bird deterrence for warehouses",
        "Pest removal company's tactics for warehouses: identify the species and its roosting habits, then use moving decoys, audio scare "
        "devices and decoy sounds suited to high open roofs, escalating to a professional removal service with a guarantee.",
    ),
    (
        "nLo116",
        "en",
        "remax_birds",
        "High-speed doors to keep birds out of food warehouses",
        "Door manufacturer's solution for food plants and warehouses where birds nest indoors, bringing flammable nest debris and Salmonella, "
        "carried by up to 50% of house sparrows; closing openings removes shelter and warmth.",
    ),
    (
        "nLo117",
        "en",
        "getrid_fog",
        "Automated avian fogging system for large buildings",
        "Programmable fogger with a touch screen that releases methyl anthranilate, a grape extract that irritates birds, to drive pigeons, "
        "sparrows, crows and gulls out of warehouses, factories and hangars without harming them.",
    ),
    (
        "nLo118",
        "en",
        "qa_birds",
        "Bird exclusion and housekeeping for food plants",
        "Bird control makers advise that birds are drawn to droppings, feathers and nests of other birds, and to heat, raw materials and water "
        "at food plants; thorough cleaning after dispersal and process changes that remove food are as important as deterrents.",
    ),
    (
        "nLo119",
        "en",
        "lifehype_pigeons",
        "Pigeon deterrence at industrial facilities",
        "Methods for factories, warehouses and power plants: repellent bird gels in trays on beams, spikes along beams and roof struts, and nets "
        "stretched across ceilings or under eaves to stop nesting.",
    ),
    (
        "nLo120",
        "en",
        "conceptmart_laser",
        "Laser and sonic bird repellent systems for factories",
        "Vendor comparison for food and storage buildings: lasers alone tend to push pigeons into uncovered corners, while distress-call and "
        "predator sounds with changing patterns cover obstructed areas; both are combined with exclusion.",
    ),
    (
        "nLo121",
        "en",
        "ikea_birdgard",
        "Bird distress-call speaker system for store roofs",
        "Solar-powered speaker that plays eight recorded predator and distress calls at random at up to 120 decibels; used by a large retail "
        "store in Tampa to clear hundreds of gulls from its roof and car park.",
    ),
    (
        "nLo122",
        "en",
        "bca_lasers",
        "Bird control consultancy for commercial rooftops",
        "Consultant with 20 years in bird control installs properly specified laser systems and exclusion on rooftops and solar arrays, and "
        "explains why fake owls, effigies and ultrasonic boxes fail.",
    ),
    (
        "nLo123",
        "vi",
        "pestone_chim",
        "Dịch vụ kiểm soát chim cho nhà máy, kho hàng",
        "Công ty kiểm soát dịch hại xử lý chim ở nhà máy, kho hàng, tòa nhà: phân và lông chim làm bẩn, axit trong phân ăn mòn kim loại, chim "
        "mang ký sinh trùng, vi khuẩn và làm nhiễm bẩn thực phẩm; dựa trên tập tính kiếm ăn, trú đậu của từng loài để chọn biện pháp.",
    ),
    (
        "nLo124",
        "vi",
        "pcp_bocau",
        "Giải pháp đuổi chim bồ câu cho doanh nghiệp",
        "Nhà cung cấp sản phẩm kiểm soát dịch hại tư vấn đuổi bồ câu để tránh ô nhiễm nguyên liệu, thành phẩm, bị đình chỉ hay trượt kiểm toán "
        "vì vệ sinh kém, tắc máng xối và trơn ngã do phân chim; phát hiện sớm và phòng ngừa bởi chuyên gia.",
    ),
    (
        "nLo125",
        "vi",
        "tusach_bocau",
        "Gai chống chim, dây căng và tấm dốc ngăn bồ câu đậu",
        "Hướng dẫn lắp mảng gai nhọn trên mái, lò xo căng dọc lan can với vòng cách nhau không quá 4 cm, dây chịu thời tiết căng cao khoảng 3 cm "
        "trên chỗ đậu và tấm phủ dốc đứng để chim không giữ được thăng bằng.",
    ),
    (
        "nLo126",
        "vi",
        "measurable_tran",
        "Nút chặn chim dưới mái ngói",
        "Tư vấn của kiến trúc sư, kỹ sư: dùng tấm chặn chim cứng hoặc dẻo bắt vít vào li tô để bịt khe giữa ngói và lớp lót, vẫn giữ thông gió, "
        "thay vì trát bê tông kín.",
    ),
    # bird-side distractors
    (
        "nLo127",
        "vi",
        "docz_yentv",
        "Chuyển giao mô hình nhà nuôi chim yến tại Trà Vinh",
        "Trung tâm ứng dụng tiến bộ KH&CN tỉnh khảo sát, lập bản đồ vùng nuôi yến, thiết kế xây mới 2 nhà yến và cải tạo 4 nhà, đạt 116 tổ ở mô "
        "hình xây mới và 112 tổ ở mô hình cải tạo.",
    ),
    (
        "nLo128",
        "vi",
        "cungkhang_yen",
        "Thiết kế, xây dựng nhà nuôi yến",
        "Công ty xây dựng thiết kế nhà yến theo khí hậu: vùng nhiệt độ trung bình từ 27 °C tường bê tông dày 20 cm, trần cao 3–4,5 m, hệ thống phun "
        "sương; vùng mát hơn chia nhiều phòng, trần 2,5–3,5 m.",
    ),
    (
        "nLo129",
        "en",
        "scarecrow_audio",
        "Propane scare cannons for crop fields",
        "Timer-controlled propane cannons, pyrotechnics and distress-call players used on farms and airfields at planting and harvest, moved "
        "around and fired irregularly to avoid habituation.",
    ),
    (
        "nLo130",
        "en",
        "scribd_airport",
        "Study of bird deterrents for an airport runway",
        "Student research proposal on non-lethal ways to keep birds off the runway at Roxas City Airport, which recorded the most bird strikes in "
        "the Philippines in 2018.",
    ),
    # --- safe use and storage of pest-control chemicals, licensing ---
    (
        "nLo131",
        "vi",
        "anpha_congbo",
        "Dịch vụ làm thủ tục công bố cơ sở đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn",
        "Công ty tư vấn chuẩn bị hồ sơ công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm: văn bản công bố theo mẫu "
        "số 8 và danh sách nhân sự đã được tập huấn có xác nhận của chủ cơ sở; nộp trực tiếp, qua bưu điện hoặc trực tuyến tại Sở Y tế.",
    ),
    (
        "nLo132",
        "vi",
        "vndct_dangky",
        "Tư vấn đăng ký lưu hành hóa chất, chế phẩm diệt côn trùng dùng trong gia dụng và y tế",
        "Doanh nghiệp diệt côn trùng hơn 10 năm kinh nghiệm hướng dẫn quy định đăng ký lưu hành: mỗi chế phẩm của một nhà sản xuất chỉ một tên "
        "thương mại, không trùng tên đã cấp, không dùng tên hoạt chất làm tên thương mại, các trường hợp được đổi tên.",
    ),
    (
        "nLo133",
        "vi",
        "ha_baoquan",
        "Hướng dẫn bảo quản và xử lý thuốc diệt côn trùng an toàn",
        "Chọn tủ hoặc kho riêng thông gió, khóa được, xa tầm trẻ em, vật nuôi và xa thực phẩm, thức ăn chăn nuôi; kiểm soát nhiệt độ; dán nhãn rõ "
        "tên sản phẩm, hoạt chất, biển cảnh báo và xếp tách theo thành phần, độc tính.",
    ),
    (
        "nLo134",
        "vi",
        "docz_thaibo",
        "Vận chuyển, tồn trữ và thải bỏ thuốc sát trùng",
        "Tài liệu giảng dạy: thuốc lỏng chai thủy tinh ghi dễ vỡ và dấu đầu lâu, để riêng khỏi hàng khác, xe chở có buồng lái riêng, không chở "
        "khách; khi tai nạn đổ tràn thì tắt máy, đứng trên gió, ngăn thuốc chảy xuống nguồn nước và báo chính quyền.",
    ),
    (
        "nLo135",
        "en",
        "uga_storage",
        "Pesticide storage area checklist",
        "University pesticide safety programme: stores should be fire-resistant, ventilated, locked, dry, shaded and insulated, open only to "
        "trained staff, with products kept in original labelled containers, away from food, feed and seed and at least 100 feet from wells and waterways.",
    ),
    (
        "nLo136",
        "en",
        "extension_storage",
        "Requirements for a chemical storage room",
        "Extension course module: easy to lock, ventilated, lit, dry, protected from heat and frost, room to separate product groups, spill "
        "containment and clean-up materials at hand, dated inventory used oldest first and outdated stock disposed of by label.",
    ),
    (
        "nLo137",
        "en",
        "sbeap_storage",
        "Bulk pesticide storage and secondary containment compliance",
        "Small-business environmental assistance: isolated, signed, secured store; containers over 55 gallons liquid or 100 lb dry count as bulk, "
        "and secondary containment is required once a year's bulk reaches 1,000 gallons liquid or 3,000 lb dry.",
    ),
    (
        "nLo138",
        "en",
        "ucdavis_storage",
        "Pesticide store fit-out: drains, shelves, spill kit and signs",
        "Campus safety standard: no floor drains, moisture-proof sealed floors and lipped shelves, mechanical or rotary ventilation, locks, "
        "eyewash and washing water where mixing takes place, PPE, spill kit, fire extinguisher and warning signs legible from 25 feet.",
    ),
    (
        "nLo139",
        "en",
        "colorado_cert",
        "Pesticide applicator certification and business licensing",
        "State programme that examines and licenses private and commercial applicators and businesses, runs continuing-education credits and "
        "technician training, and inspects how businesses use, store and dispose of pesticides.",
    ),
    (
        "nLo140",
        "en",
        "purdue_cert",
        "Commercial pesticide applicator certification exams",
        "Two-step certification: a core exam on laws, pest biology, formulations, safety and labels, then a category exam; up to three attempts "
        "in twelve months, certification valid five years and renewable by retesting or recertification training.",
    ),
    (
        "nLo141",
        "en",
        "pv_license",
        "Pest control licence types and training routes",
        "Overview for technicians and business owners of private, commercial and business licences for restricted-use pesticides, with state "
        "examples such as a pesticide course, a test and at least 40 hours of on-the-job training.",
    ),
    # chemical-side distractors
    (
        "nLo142",
        "vi",
        "cuchoachat",
        "Phòng ngừa, ứng phó sự cố hóa chất tại nhà máy công nghiệp",
        "Tọa đàm của cơ quan quản lý hóa chất về nguy cơ sự cố ở các nhà máy, khu công nghiệp lớn và yêu cầu doanh nghiệp xây dựng kế hoạch phòng "
        "ngừa, ứng phó sự cố hóa chất.",
    ),
    (
        "nLo143",
        "vi",
        "docz_bvtvche",
        "Thuốc bảo vệ thực vật dùng trên cây chè",
        "Tài liệu khuyến nông giải thích khái niệm, phân loại thuốc BVTV theo đối tượng, đường tác động, nguồn gốc và độc tính cấp tính khi phun "
        "trên chè.",
    ),
    # --- IPM, monitoring and food-safety audits ---
    (
        "nLo144",
        "en",
        "flick_audit",
        "Audit-ready IPM documentation support",
        "Pest management can make up to 20% of an audit score; the firm keeps copies of technician registrations, GMP and safe-use training "
        "records on site and documents every change to the programme after the contract is signed.",
    ),
    (
        "nLo145",
        "en",
        "ipcc_haccp",
        "HACCP pest control audit pack",
        "Six-part pack for inspections: treatment frequency matrix by pest and zone, numbered station map, batch records with chemical, batch "
        "number and concentration, photo evidence per visit, monthly trend charts per station, and a deviation log with corrective actions.",
    ),
    (
        "nLo146",
        "en",
        "fqs_documentation",
        "Pest control documentation for third-party food audits",
        "Service reports, approved pesticide list with safety data sheets, and a log of every application (trade name, active ingredient, date, "
        "site, quantity, method, target pest, applicator licence); a pest control score below 140 in an AIB audit fails the whole audit.",
    ),
    (
        "nLo147",
        "en",
        "wilkil_doc",
        "Pest management documentation package for food processors",
        "Scope of service defining roles and target pests, detailed service reports for planned and unplanned visits, a signed pesticide usage "
        "log and a facility map of devices, prepared for food safety audits.",
    ),
    (
        "nLo148",
        "en",
        "wg_auditready",
        "Audit readiness coaching for grain and food facilities",
        "Combines an IPM programme that favours exclusion and sanitation over chemicals with records showing risk-based corrective and "
        "preventive actions; staff get pest tasks matched to their jobs, such as maintenance checking walls for gaps.",
    ),
    (
        "nLo149",
        "en",
        "orkin_audit",
        "Written IPM programme with trend analysis and annual assessment",
        "Five steps for food processors: a written IPM and risk assessment plan, complete documentation, monthly adjustments with the provider, "
        "pest trend analysis linked to corrective actions, and an annual facility assessment.",
    ),
    (
        "nLo150",
        "en",
        "fp_electronic",
        "Digital pest records and smart traps for food plants",
        "Technicians scan bar codes on each trap with a smartphone to log condition and bait consumed, web portals show the data to plant staff, "
        "and software pinpoints problem locations now that whole-plant methyl bromide fumigation is gone.",
    ),
    (
        "nLo151",
        "vi",
        "khutrung_dn_ipm",
        "Quản lý dịch hại tổng hợp tại nhà máy sản xuất thực phẩm",
        "Công ty khử trùng xây dựng chương trình IPM cho nhà máy thực phẩm, tính đến nguyên liệu và bao bì nhập mang theo dịch hại, mùi thu hút, "
        "nhiệt độ, độ ẩm, kết cấu nhà xưởng cũ và quy trình vệ sinh, vận chuyển; phân tích các con đường dịch hại xâm nhập.",
    ),
    # IPM-side distractors
    (
        "nLo152",
        "vi",
        "bepvesinh_haccp",
        "Tư vấn xây dựng hệ thống HACCP",
        "Giới thiệu HACCP, thuật ngữ GMP, SSOP, ý nghĩa chứng nhận và hỗ trợ doanh nghiệp thực phẩm xây dựng hệ thống phân tích mối nguy, điểm kiểm "
        "soát tới hạn từ nguyên liệu đến phân phối.",
    ),
    (
        "nLo153",
        "vi",
        "iso22000_paper",
        "Tổng quan tiêu chuẩn ISO 22000:2005",
        "Bài viết của giảng viên về sự ra đời và cấu trúc hệ thống quản lý an toàn thực phẩm ISO 22000:2005, trong bối cảnh ngộ độc thực phẩm và "
        "thức ăn đường phố.",
    ),
    (
        "nLo154",
        "vi",
        "mard_ipmlua",
        "Quản lý dịch hại tổng hợp (IPM) trên cây lúa",
        "Năm nguyên tắc IPM trên đồng ruộng: trồng cây khỏe, thăm đồng thường xuyên, nông dân thành chuyên gia, phòng trừ thích hợp và bảo vệ "
        "thiên địch; làm đất sớm, vệ sinh đồng ruộng, luân canh.",
    ),
    (
        "nLo155",
        "vi",
        "ipm_dbscl",
        "Quản lý tổng hợp dịch hại lúa ở ĐBSCL",
        "Báo cáo của Cục Bảo vệ thực vật, Trường Đại học Cần Thơ và IRRI về quản lý rầy nâu và dịch hại lúa bền vững ở đồng bằng sông Cửu Long.",
    ),
    (
        "nLo156",
        "vi",
        "vcr_cleanroom",
        "Cửa phòng sạch đạt chuẩn GMP",
        "Phân tích lỗi thường gặp ở cửa phòng sạch khi thẩm định GMP: hở khí, thiếu interlock, mở sai hướng, vật liệu không phù hợp, và giải pháp khắc phục.",
    ),
    # --- late additions (Vietnamese) ---
    (
        "nLo157",
        "vi",
        "khdsong_motgao",
        "Tư vấn phòng và xử lý mọt gạo",
        "Chuyên gia của Trung tâm Ứng dụng Côn trùng học giải thích gạo thường nhiễm mọt từ nơi sản xuất và kho chứa, ấu trùng nằm trong hạt nên "
        "mua về mới thấy; khuyên tách gạo nhiễm, vệ sinh dụng cụ, giữ gạo trong thùng kín có nắp và không dùng tỏi, ớt vì chỉ xua đuổi.",
    ),
    (
        "nLo158",
        "vi",
        "thegioi_gian",
        "Diệt gián trong tủ bếp hiệu quả",
        "Đơn vị diệt côn trùng tư vấn xử lý gián ở góc bếp, khe tủ, nhà tắm, cống rãnh, nơi ẩm thấp; gián ăn tạp từ thức ăn rơi vãi đến sách vở, "
        "mang vi khuẩn gây bệnh nên cần diệt tận nơi trú ẩn.",
    ),
    (
        "nLo159",
        "vi",
        "phuyen_chuot",
        "Hướng dẫn diệt chuột bảo vệ sản xuất trồng trọt",
        "Chi cục Trồng trọt và BVTV hướng dẫn diệt chuột đồng: cho chuột ăn mồi không thuốc 2–3 ngày trước khi trộn bả để tránh nhát bả, đặt bẫy sát "
        "bờ ruộng, đường mòn, dùng muỗng lấy bả, thay mồi để chuột không chán.",
    ),
    (
        "nLo160",
        "vi",
        "odt_yen",
        "Hướng dẫn xây nhà yến đúng kỹ thuật",
        "Tư vấn chọn vị trí nhà yến gần ruộng, sông, biển, cách tổ yến 5–8 km, xét độ ẩm, nhiệt độ, hướng gió và dùng âm thanh dẫn dụ chim yến về làm tổ.",
    ),
    (
        "nLo161",
        "vi",
        "pdfslide_saylua",
        "Giải pháp sấy lúa cho đồng bằng sông Cửu Long",
        "Báo cáo của phân viện cơ điện nông nghiệp: tổn thất sau thu hoạch lúa ở ĐBSCL khoảng 13,7%, riêng khâu phơi sấy 4,2%, cao nhất vụ Hè Thu; "
        "đề xuất mô hình sấy phù hợp.",
    ),
    (
        "nLo162",
        "vi",
        "vnvc_qdenga",
        "Tiêm vắc xin phòng sốt xuất huyết Qdenga",
        "Hệ thống tiêm chủng cung cấp vắc xin Qdenga sống giảm độc lực phòng cả 4 tuýp virus Dengue, hiệu quả phòng bệnh trên 80% và ngăn nhập viện "
        "khoảng 90%.",
    ),
    (
        "nLo163",
        "vi",
        "daiphat_tamop",
        "Tấm ốp nhựa PVC, WPC chống ẩm, chống mối mọt",
        "Cửa hàng vật liệu giới thiệu tấm ốp tường, ốp trần bằng PVC, WPC, composite: chống ẩm, không bị mối mọt, thi công nhanh, nhiều mẫu vân gỗ, vân đá.",
    ),
    (
        "nLo164",
        "vi",
        "grandwood_spc",
        "Sàn SPC chống mối mọt cho nhà ở",
        "Nhà sản xuất sàn SPC giới thiệu sàn nhựa lõi đá thay sàn gỗ công nghiệp dễ bị mối đục khoét từ dưới lên trong khí hậu nóng ẩm.",
    ),
]
