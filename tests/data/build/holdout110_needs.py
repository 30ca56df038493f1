"""Needs of the holdout110 labelled set: (id, language, source key, title, description, {offer id: grade}).

Posted by enterprises, cooperatives and farmers in Tra Vinh / Vinh Long. Grades: 2 = would solve the need,
1 = partly relevant (partial answer or adjacent step); unlisted offers are not relevant. Most needs paraphrase a
page about another place and are set in the province (see make_holdout110.py).
"""

NEEDS = [
    # --- wood dust ---
    (
        "mHn01",
        "vi",
        "bui_go",
        "Cần hệ thống hút bụi cho xưởng đóng tủ bếp gỗ cứng ở Long Hồ",
        "Xưởng mộc của chúng tôi ở huyện Long Hồ (Vĩnh Long) cưa, xẻ, chà nhám gỗ cứng và ván công nghiệp để đóng tủ "
        "bếp. Bụi mịn lơ lửng khắp xưởng, lẫn cả nhựa gỗ, keo và thuốc chống mối mọt; thợ hay ho, khó thở, tức ngực, "
        "ngứa da, đỏ mắt, có người bị viêm mũi dị ứng. Nghe nói bụi gỗ cứng hại hơn gỗ mềm. Cần đơn vị thiết kế hút "
        "bụi tại từng máy và lọc bụi cho xưởng, tư vấn thêm khẩu trang phù hợp.",
        {"mHo001": 2, "mHo002": 2, "mHo003": 2, "mHo004": 2, "mHo021": 1},
    ),
    (
        "mHn02",
        "en",
        "quest42",
        "Dust control for MDF and hardwood machining at a furniture cooperative in Càng Long",
        "Our cooperative workshop in Càng Long district (Trà Vinh) saws, routes and sands hardwood and MDF. Members "
        "who have handled wood for years without trouble are now reacting to the dust, and some timbers that are "
        "harmless as furniture irritate skin and airways once machined. We need a dust-control set-up sized for a "
        "small shop: collection at the saws and sanders and cleaner air in the room.",
        {"mHo001": 2, "mHo002": 2, "mHo003": 2, "mHo004": 2},
    ),
    (
        "mHn03",
        "vi",
        "zhurnalko",
        "Can may hut bui di dong cho xuong moc nho o Tra On",
        "Xuong moc gia dinh o Tra On (Vinh Long) chi co vai may cua, may bao, may cha nham, xuong khoang 50 m2, hien "
        "quet bui bang choi. Bui go bam day san, ban, may, vua de chay vua hai phoi. Muon mua may hut bui vua tien cho "
        "xuong nho va duoc chi cach noi ong, dung may cho hieu qua, chua can he thong trung tam lon.",
        {"mHo001": 2, "mHo002": 2, "mHo003": 1, "mHo004": 1},
    ),
    # --- rice mill dust ---
    (
        "mHn04",
        "vi",
        "rice_my",
        "Giảm bụi trấu cho nhà máy xay xát lúa ở Tiểu Cần",
        "Nhà máy xay xát của chúng tôi ở huyện Tiểu Cần (Trà Vinh) bụi trấu mù mịt ở khâu tiếp liệu, sàng và đóng bao. "
        "Công nhân bị ngứa mắt, ngứa da, nghẹt mũi, tức ngực, có người lên cơn hen; khảo sát 122 thợ ở 3 nhà máy xay "
        "xát nước ngoài còn thấy bóng mờ trên phim phổi, gọi là hội chứng thợ xay lúa. Cần giải pháp bao kín, hút và "
        "thu gom bụi tại các điểm phát sinh.",
        {"mHo008": 2, "mHo009": 2, "mHo004": 2, "mHo006": 1, "mHo007": 1},
    ),
    (
        "mHn05",
        "en",
        "rice_wz",
        "Section-by-section dust measurement for a rice mill in Cầu Kè",
        "Our rice mill in Cầu Kè district (Trà Vinh) has mill hands working beside the hullers, sieves and bagging all "
        "day. In a study of 345 rice mill workers abroad, 49.6% had respiratory symptoms and lung function had fallen, "
        "while dust control measurably cut dust levels. Before investing we want dust concentrations measured at each "
        "section and for each worker, so we know where to start and can check the improvement afterwards.",
        {"mHo006": 2, "mHo007": 2, "mHo155": 2, "mHo008": 1, "mHo009": 1, "mHo156": 1},
    ),
    # --- coconut processing ---
    (
        "mHn06",
        "vi",
        "coir_bt",
        "Khảo sát bụi, ồn và cải thiện điều kiện làm việc cho cơ sở chỉ xơ dừa ở Cầu Kè",
        "Cơ sở chỉ xơ dừa của chúng tôi ở Cầu Kè (Trà Vinh) có khoảng 30 công nhân, mỗi ngày làm 3–5 tấn chỉ khô. Khâu "
        "đánh tơi, sàng mụn dừa rất bụi và ồn, chị em làm lâu bị ho, đau lưng, đau tay. Làng nghề cùng loại ở nơi khác "
        "đã giảm từ khoảng 100 xuống 40 cơ sở vì khó cạnh tranh, nên chúng tôi cần giải pháp vừa túi tiền: mời đơn vị "
        "khảo sát môi trường làm việc, sức khỏe công nhân và đề xuất cải thiện.",
        {"mHo012": 2, "mHo013": 2, "mHo014": 1, "mHo004": 1},
    ),
    (
        "mHn07",
        "en",
        "dua_tt",
        "Respiratory screening for coir and charcoal workers at a coconut processor in Châu Thành",
        "We process coconuts in Châu Thành district (Trà Vinh): desiccated coconut, shell charcoal and coir fibre. Safety "
        "and health in coconut processing has its own hazards and few facilities manage safe conditions. We want to know "
        "whether dust and smoke are harming our workers' lungs: chest radiographs read by specialists together with "
        "lung-function tests, and advice on what the results mean for the workplace.",
        {"mHo014": 2, "mHo151": 2, "mHo152": 1, "mHo153": 1, "mHo150": 1, "mHo012": 1},
    ),
    # --- respiratory protection ---
    (
        "mHn08",
        "vi",
        "xosafety",
        "Cần dịch vụ kiểm tra độ kín khẩu trang N95 cho thợ sơn ở Bình Minh",
        "Xưởng sơn cửa sắt của chúng tôi ở thị xã Bình Minh (Vĩnh Long) đã phát khẩu trang N95 cho thợ nhưng chưa ai "
        "kiểm tra khẩu trang có kín với khuôn mặt từng người. Được biết khẩu trang vải, khẩu trang y tế không cần thử độ "
        "kín, còn N95 là loại ôm sát nên người đeo phải được khám sàng lọc y tế và thử độ kín. Cần đơn vị làm giúp cả "
        "hai việc.",
        {"mHo019": 2, "mHo020": 2, "mHo021": 1},
    ),
    (
        "mHn09",
        "en",
        "friedlander",
        "Respirator programme for the sanitation crew of a seafood plant in Duyên Hải",
        "Our seafood plant in Duyên Hải (Trà Vinh) hands out N95 masks to the cleaning crew. We have learned they are "
        "respirators, not surgical masks, so staff need medical clearance, a fit test when first issued and every year, "
        "re-testing after a large weight change, and training, even when wearing is voluntary. We need a provider to set "
        "up and run this programme.",
        {"mHo019": 2, "mHo020": 2, "mHo021": 1},
    ),
    (
        "mHn10",
        "en",
        "thuocsuckhoe",
        "Activated-carbon masks for a pesticide-spraying group in Cầu Ngang",
        "Members of our spraying service group in Cầu Ngang (Trà Vinh) buy masks at the market without knowing which "
        "work: 3M N95 masks stop particles down to 0.3 µm but are single-use, multi-layer activated-carbon masks also "
        "take some toxic gases, valve masks are cooler, and prices run from 15,000–50,000 to 500,000–700,000 đồng. We "
        "need advice and supply of proper carbon-filter masks or respirators for about 20 people mixing pesticides.",
        {"mHo021": 2, "mHo083": 1, "mHo084": 1},
    ),
    # --- welding and soldering fume ---
    (
        "mHn11",
        "vi",
        "weld_jed",
        "Hút khói hàn que cho xưởng đóng ghe sắt ở Duyên Hải",
        "Xưởng chúng tôi ở thị xã Duyên Hải (Trà Vinh) hàn que hồ quang tay cả ngày trong nhà xưởng kín gió. Một nghiên "
        "cứu ở 6 nhà máy nước ngoài đo bụi khói trong vùng thở thợ hàn từ 3 đến hơn 11 mg/m3, mangan có nơi gần 0,5 "
        "mg/m3, 4 trên 6 nhà máy vượt giới hạn. Cần đơn vị thiết kế hút khói cục bộ tại chỗ hàn và thông gió chung cho "
        "xưởng.",
        {"mHo023": 2, "mHo024": 2, "mHo025": 2, "mHo026": 2, "mHo027": 2, "mHo028": 1},
    ),
    (
        "mHn12",
        "en",
        "weld_swe",
        "Fume control for a gate and frame fabrication shop in Trà Vinh city",
        "Our mild-steel fabrication shop in Trà Vinh city welds gates, frames and roof trusses. Welders complain of "
        "stuffy noses, sore eyes and dry cough, the same pattern a study of mild steel welders found (33%, 28% and 24%), "
        "where more than half of the manganese measurements exceeded the limit. We need general ventilation used "
        "correctly plus local exhaust at the welding benches.",
        {"mHo023": 2, "mHo024": 2, "mHo025": 2, "mHo026": 2, "mHo027": 2},
    ),
    (
        "mHn13",
        "vi",
        "weld_kb",
        "Cần máy hút lọc khói hàn di động cho xưởng cửa sắt ở Vũng Liêm",
        "Xưởng cửa sắt của chúng tôi ở Vũng Liêm (Vĩnh Long) có 3 thợ hàn phải di chuyển theo sản phẩm nên khó làm chụp "
        "hút cố định. Thợ hay mệt lả, chán ăn, đau cơ, đúng các dấu hiệu sớm nhiễm mangan từ khói hàn; ở nước ngoài mỗi "
        "năm có 40–50 thợ hàn nhập viện vì viêm phổi do khói hàn. Muốn mua máy hút lọc khói hàn di động.",
        {"mHo026": 2, "mHo024": 2, "mHo027": 2, "mHo023": 1, "mHo025": 1, "mHo028": 1},
    ),
    (
        "mHn14",
        "en",
        "solder_wp",
        "Solder fume extraction for an electronics repair and assembly workshop",
        "We repair and assemble control boards for pumps and pond aerators in Trà Vinh city at a row of soldering "
        "benches. Solder, flux, rosin and coated wires give off fumes; staff have had flu-like episodes and one now has "
        "asthma-like symptoms. Table fans only stir the smoke around. We want a fume extractor with proper filters at "
        "each bench.",
        {"mHo028": 2, "mHo029": 2, "mHo030": 2, "mHo024": 1, "mHo025": 1},
    ),
    # --- spray painting ---
    (
        "mHn15",
        "vi",
        "jama",
        "Cần buồng phun sơn có hút, lọc cho xưởng nội thất ở Long Hồ",
        "Xưởng nội thất của chúng tôi ở Long Hồ (Vĩnh Long) chà nhám P1000, pha màu, phun sơn lót và sơn màu bằng súng "
        "áp lực khoảng 8 kg/cm2 ngay trong khu chà nhám, bụi sơn và hơi dung môi bay khắp xưởng. Cần thiết kế buồng "
        "phun có quạt hút, lọc sơn, tách riêng khỏi khu chà nhám và pha màu.",
        {"mHo035": 2, "mHo036": 2, "mHo038": 2, "mHo037": 1},
    ),
    (
        "mHn16",
        "en",
        "booth_sp",
        "Code-compliant spray room for a boat-repair yard in Duyên Hải",
        "Our yard in Duyên Hải (Trà Vinh) repaints cabin parts, hatches and engine covers for fishing boats. We need a "
        "spray booth or spray room built to recognised codes: noncombustible steel or masonry (aluminium only for "
        "intermittent, low-volume spraying), air currents swept toward the exhaust, proper electrical safety and fire "
        "suppression.",
        {"mHo036": 2, "mHo035": 2, "mHo037": 1, "mHo038": 1},
    ),
    # --- styrene ---
    (
        "mHn17",
        "vi",
        "sty_nf",
        "Giảm hơi styrene cho cơ sở đóng vỏ ghe composite ở Long Toàn",
        "Cơ sở chúng tôi ở phường Long Toàn, thị xã Duyên Hải (Trà Vinh) đóng vỏ ghe, xuồng composite bằng lăn tay nhựa "
        "polyester. Hơi styrene cay mắt, rát họng, thợ đau đầu, mệt mỏi; hơi nặng hơn không khí nên đọng trong lòng "
        "khuôn. Muốn được tư vấn thông gió, khuôn chia đôi, nhựa ít styrene hoặc chuyển sang khuôn kín, hút chân không "
        "cho phù hợp cơ sở nhỏ.",
        {"mHo040": 2, "mHo041": 2, "mHo042": 2, "mHo043": 1},
    ),
    (
        "mHn18",
        "en",
        "sty_bi",
        "Styrene exposure measurement for a composite boat workshop in Cầu Ngang",
        "We build fibreglass boats and fish-hold tanks in Cầu Ngang (Trà Vinh) by open moulding. Before deciding whether "
        "to move to closed moulding, we want the styrene in our workers' breathing zones measured during typical shifts, "
        "with noise checked at the same time, and compared with exposure limits.",
        {"mHo043": 2, "mHo041": 1, "mHo042": 1, "mHo040": 1, "mHo155": 1},
    ),
    # --- shoe glue solvents ---
    (
        "mHn19",
        "vi",
        "shoe_ir",
        "Đo hơi dung môi và cải thiện thông gió cho xưởng gia công giày ở KCN Long Đức",
        "Xưởng gia công giày của chúng tôi ở KCN Long Đức (Trà Vinh) có các tổ cắt, tạo mẫu, gò dán đế và hoàn thiện, "
        "dùng keo dung môi có toluen. Công nhân quét keo hay chóng mặt, nhức đầu. Cần đo nồng độ toluen, benzen theo "
        "từng tổ, lặp lại qua vài tháng, rồi đề xuất thông gió, keo thay thế và bảo hộ.",
        {"mHo044": 2, "mHo045": 2, "mHo046": 2, "mHo155": 1, "mHo021": 1},
    ),
    (
        "mHn20",
        "en",
        "shoe_it",
        "Air and urine monitoring of glue workers at a footwear subcontractor",
        "Our footwear subcontracting plant in Trà Vinh uses solvent glues at the lasting and sole-attaching posts. We "
        "want personal air sampling plus biological (urine) monitoring of the glue workers to see which solvent drives "
        "the mixture exposure (in a study of small and medium shoe firms cyclohexane proved critical) and whether limits "
        "are exceeded.",
        {"mHo045": 2, "mHo044": 1, "mHo046": 1},
    ),
    # --- noise measurement ---
    (
        "mHn21",
        "vi",
        "thuocla",
        "Đo ồn theo vị trí và liều ồn cá nhân cho nhà máy bao bì ở KCN Hòa Phú",
        "Nhà máy in, làm bao bì của chúng tôi ở KCN Hòa Phú (Long Hồ, Vĩnh Long) có khu máy chạy liên tục, tiếng ồn có "
        "chỗ trên 80 dBA; ở một nhà máy tương tự khoảng một nửa công nhân than nhức đầu. Cần đơn vị đo ồn tại từng vị "
        "trí và đo liều ồn cá nhân cả ca để biết ai phải đeo bảo vệ tai, khu nào phải giảm ồn.",
        {"mHo047": 2, "mHo049": 2, "mHo050": 2, "mHo048": 1},
    ),
    (
        "mHn22",
        "en",
        "nrr_rl",
        "Full-shift noise dosimetry survey for a sawmill in Tiểu Cần",
        "Our sawmill and pallet workshop in Tiểu Cần (Trà Vinh) needs a professional noise exposure assessment by a "
        "qualified hygienist: full-shift personal dosimetry for sawyers and helpers, mapping of loud zones, and records "
        "we can keep for many years, so we can decide who needs hearing protectors and how much attenuation they must "
        "give.",
        {"mHo047": 2, "mHo049": 2, "mHo050": 2, "mHo048": 1},
    ),
    (
        "mHn23",
        "vi",
        "on_nt",
        "Muon mua may do do on de tu kiem tra xuong co khi o Mang Thit",
        "Xuong co khi cua toi o Mang Thit (Vinh Long) co may mai, may cat, may nen khi. Muon tu do on hang thang: noi "
        "on on dinh thi do it nhat 3 lan lay trung binh, noi on dao dong qua 7 dB thi tinh muc tuong duong. Can tu van "
        "mua may do on phu hop, neu duoc do ca lieu on ca ca.",
        {"mHo048": 2, "mHo047": 1, "mHo049": 1},
    ),
    # --- noise control ---
    (
        "mHn24",
        "vi",
        "comp_th",
        "Bao che cách âm dãy máy nén cạnh phòng điều khiển nhà máy nước đá",
        "Nhà máy nước đá của chúng tôi ở TP Trà Vinh có dãy máy nén trục vít và piston đặt sát phòng điều khiển; khi "
        "chạy đồng loạt ồn 90–95 dBA, động cơ phát tiếng ù dải tần 400–500 Hz. Cần giải pháp bao che cách âm, chống rung, "
        "tiêu âm để giảm ồn cho người trực máy.",
        {"mHo051": 2, "mHo052": 2, "mHo054": 2, "mHo055": 2, "mHo053": 1},
    ),
    (
        "mHn25",
        "en",
        "enc_ec",
        "Enclosing the huller and polisher at a rice mill in Châu Thành",
        "Our rice mill in Châu Thành district (Trà Vinh) wants to box in the huller and polisher. We need massive, "
        "airtight enclosure walls with absorbent lining inside, with no structural contact between machine and enclosure "
        "so vibration does not short-circuit the isolation, plus access doors and ventilation for the motors.",
        {"mHo051": 2, "mHo052": 2, "mHo054": 2, "mHo055": 1},
    ),
    (
        "mHn26",
        "en",
        "noise_sc",
        "Quietening pneumatic exhaust noise on a packaging line",
        "Our coconut-candy and dried-fruit packaging line in Trà Vinh uses pneumatic cylinders and valves whose exhaust "
        "blasts make the area noisy. We would rather control the source with quieter components than only hand out "
        "earplugs, and want silencers or other low-cost engineering fixes for the air exhausts.",
        {"mHo053": 2, "mHo051": 1, "mHo055": 1},
    ),
]

NEEDS += [
    # --- hearing protection and hearing tests ---
    (
        "mHn27",
        "vi",
        "nut_nb",
        "Mua nút tai, chụp tai cho thợ xưởng cưa xẻ gỗ ở Càng Long",
        "Xưởng cưa xẻ gỗ của chúng tôi ở Càng Long (Trà Vinh) có máy cưa CD rất ồn. Anh em từng tự mua nút tai xốp Mack's, "
        "3M ngoài tiệm nhưng nhét không đúng, mau bẩn; tai nghe chống ồn thì đắt và không hợp khi làm việc. Cần được tư "
        "vấn và cung cấp nút tai, chụp tai đạt chuẩn, đủ mức giảm ồn cho khoảng 20 thợ.",
        {"mHo057": 2, "mHo058": 2, "mHo059": 2},
    ),
    (
        "mHn28",
        "en",
        "hcp_kx",
        "Baseline and annual hearing tests for a metal workshop",
        "Our metal fabrication workshop in Trà Vinh city has about 35 workers exposed to noise at or above an 8-hour "
        "average of 85 dB. We want a hearing conservation programme like the one required elsewhere at that level: "
        "baseline audiograms now, annual tests after, follow-up of any hearing shift, protectors at no cost and yearly "
        "training on using them.",
        {"mHo060": 2, "mHo061": 2, "mHo154": 2, "mHo062": 1},
    ),
    (
        "mHn29",
        "vi",
        "diec_ag",
        "Đo thính lực định kỳ và tập huấn phòng điếc nghề nghiệp cho nhà máy gạch ngói Mang Thít",
        "Nhà máy gạch ngói của chúng tôi ở Mang Thít (Vĩnh Long) có khu nhào đất, ép gạch rất ồn. Một nghiên cứu ở nhà "
        "máy xi măng An Giang năm 2016 cho thấy hiểu biết, thái độ và thực hành phòng chống điếc nghề nghiệp của người "
        "lao động còn hạn chế. Muốn tổ chức đo thính lực cho công nhân hằng năm và tập huấn để anh em đeo bảo vệ tai "
        "đúng cách.",
        {"mHo060": 2, "mHo061": 2, "mHo154": 2, "mHo062": 1, "mHo058": 1},
    ),
    # --- chemical storage ---
    (
        "mHn30",
        "vi",
        "chem_cz",
        "Sắp xếp lại kho hóa chất đang để lẫn axit, xút, dung môi ở cơ sở xi mạ",
        "Cơ sở xi mạ của chúng tôi ở TP Vĩnh Long để axit, xút, chất oxy hóa và dung môi chung một kho, chất chồng sát "
        "nhau, vài thùng để ngoài trời. Được biết hóa chất có tính chất đối kỵ hoặc cách chữa cháy khác nhau thì không "
        "được để chung, hàng dễ cháy phải để nơi mát, thông gió, lối đi giữa các chồng phải đủ khoảng cách, kho cần "
        "chống sét. Cần đơn vị tư vấn thiết kế, bố trí lại kho.",
        {"mHo064": 2, "mHo065": 2, "mHo066": 2, "mHo067": 1, "mHo080": 1},
    ),
    (
        "mHn31",
        "vi",
        "chem_jp",
        "Can tu dung dung moi chong chay dat trong xuong in bao bi",
        "Xuong in bao bi cua chung toi o TP Tra Vinh dung nhieu muc in va dung moi de chay, hien cat trong tu go. Nghe "
        "noi tu kim loai kin hoi, chiu lua, ben va de lau chui se an toan hon, nhung van phai thong gio, dat xa nguon "
        "nhiet, dan nhan tung thung va de binh chua chay gan. Can mua tu dung hoa chat chong chay phu hop.",
        {"mHo067": 2, "mHo066": 1, "mHo064": 1},
    ),
    (
        "mHn32",
        "en",
        "chem_th",
        "Storeroom layout for an aquaculture chemicals dealer in Duyên Hải",
        "We sell chlorine, lime, formalin, disinfectants and other pond-treatment chemicals in Duyên Hải (Trà Vinh); our "
        "storeroom is hot and mixed. We need advice on a proper chemical store: closed, cool, dry, ventilated and out of "
        "the sun, sturdy shelves, heavy containers kept low, bottles never on the floor or stacked, durable hazard labels, "
        "spare containers for leaks and first-in first-out stock.",
        {"mHo064": 2, "mHo065": 2, "mHo066": 2, "mHo067": 1, "mHo080": 1},
    ),
    # --- labels, safety data sheets ---
    (
        "mHn33",
        "vi",
        "ghs_tt",
        "Làm nhãn GHS cho hóa chất tẩy rửa sang chiết tại TP Trà Vinh",
        "Cơ sở chúng tôi ở TP Trà Vinh sang chiết và bán nước tẩy rửa, javel, axit tẩy cho nhà hàng, nhà máy. Nhãn hóa "
        "chất phải theo GHS, có hình cảnh báo độc, ăn mòn, dễ cháy, nguy hại sức khỏe, môi trường và biện pháp phòng "
        "ngừa cho từng loại. Cần đơn vị làm nhãn đúng chuẩn cho các sản phẩm của cơ sở.",
        {"mHo068": 2, "mHo070": 1, "mHo069": 1},
    ),
    (
        "mHn34",
        "en",
        "msds_nx",
        "Safety data sheet library and hazard communication for an engineering workshop",
        "Our engine-repair and machining workshop in Trà Vinh uses dozens of oils, solvents, paints and cleaners but "
        "keeps no safety data sheets. We need a data sheet for every hazardous product (properties, toxicity, health "
        "effects, first aid, storage and disposal, spill and leak procedures), an inventory procedure to keep them "
        "current, and training for the staff.",
        {"mHo070": 2, "mHo071": 2, "mHo069": 2, "mHo068": 1},
    ),
    # --- chemical incident prevention and response ---
    (
        "mHn35",
        "vi",
        "hc_113",
        "Lập Biện pháp phòng ngừa, ứng phó sự cố hóa chất cho cửa hàng kinh doanh hóa chất",
        "Công ty chúng tôi ở Trà Vinh kinh doanh, cất giữ hóa chất công nghiệp (axit, xút, dung môi) nhưng không có chất "
        "nào vượt ngưỡng Phụ lục IV Nghị định 113/2017. Theo Điều 21, chủ cơ sở phải tự xây dựng và ban hành Biện pháp "
        "phòng ngừa, ứng phó sự cố hóa chất trước khi hoạt động và xuất trình khi được yêu cầu. Cần đơn vị tư vấn lập "
        "hồ sơ.",
        {"mHo072": 2, "mHo073": 2, "mHo074": 1},
    ),
    (
        "mHn36",
        "en",
        "hc_vl",
        "Chemical emergency drill and response-team training for a seafood plant in Bình Minh",
        "Vĩnh Long's provincial chemical incident prevention and response plan (2021) reviews chemical activities, past "
        "incidents, major hazards and the response capacity of facilities and agencies. Our seafood plant in Bình Minh "
        "stores ammonia refrigerant and chlorine, and we want to train an in-house response team and run a realistic leak "
        "drill with evacuation, coordinated with local forces.",
        {"mHo074": 2, "mHo094": 2, "mHo095": 2, "mHo072": 1, "mHo073": 1},
    ),
    # --- eyewash and emergency showers ---
    (
        "mHn37",
        "en",
        "ew_6g",
        "Eyewash units and a safety shower for a seafood plant's testing laboratory",
        "The quality-control laboratory at our shrimp plant in Trà Vinh handles acids, bases and chlorine solutions but "
        "has no emergency eyewash. We want stainless eyewash units with even spray heads, control valves and clean water "
        "supply and drainage installed beside the benches, and a safety shower nearby.",
        {"mHo075": 2, "mHo076": 2, "mHo077": 2, "mHo078": 1},
    ),
    (
        "mHn38",
        "en",
        "ew_sm",
        "Eyewash, drench shower and acid PPE for a boat-engine battery corner",
        "Our marine-engine repair shop in Duyên Hải (Trà Vinh) charges batteries and tops up acid in one corner. We need "
        "an emergency shower and eyewash within a 10-second walk (about 50 ft) on a clear path, away from electrical "
        "outlets, a weekly or monthly activation test, plus face shields, aprons and gloves for handling acid.",
        {"mHo078": 2, "mHo077": 2, "mHo075": 2, "mHo076": 2},
    ),
    # --- pesticide storage, PPE, cholinesterase ---
    (
        "mHn39",
        "vi",
        "pest_vc",
        "Xây kho chứa thuốc BVTV dùng chung cho hợp tác xã ở Cầu Ngang",
        "HTX nông nghiệp của chúng tôi ở Cầu Ngang (Trà Vinh) muốn thay cảnh mỗi nhà cất thuốc dưới gầm giường, cạnh lu "
        "nước bằng một kho chung có khóa. Kho phải xa nhà ở, kênh rạch, giếng, không bị ngập; tường ngoài chịu lửa ít "
        "nhất 30 phút, tường trong nhẵn dễ rửa, sàn không thấm, giữ được thuốc rò rỉ, chống trơn. Cần bản thiết kế và "
        "hướng dẫn xây dựng.",
        {"mHo079": 2, "mHo080": 2, "mHo081": 2, "mHo082": 1, "mHo064": 1},
    ),
    (
        "mHn40",
        "en",
        "pest_fj",
        "Small lockable pesticide stores for vegetable farms in Cầu Kè",
        "Our vegetable growers' group in Cầu Kè (Trà Vinh) needs a simple, effective store on each farm: a dedicated "
        "lockable container or compartment, next to or inside an existing building, that keeps plant protection products "
        "secure and contains spills and leaks, meeting legal requirements without building a warehouse.",
        {"mHo082": 2, "mHo079": 2, "mHo067": 1, "mHo081": 1},
    ),
    (
        "mHn41",
        "vi",
        "ppe_cit",
        "Can do bao ho phun thuoc cho to phun thue o Tra Cu",
        "To phun thuoc thue cua chung toi o Tra Cu (Tra Vinh) chu yeu mac quan ao thuong, trong khi thuoc ngam qua da la "
        "duong nhiem doc chinh. Can tu van va cung cap do bao ho dung theo nhan thuoc: quan ao chong hoa chat, gang tay, "
        "kinh, ung, khau trang, va biet phan biet loai chong hoa chat, chong nuoc, khong tham nuoc.",
        {"mHo083": 2, "mHo084": 2, "mHo021": 1},
    ),
    (
        "mHn42",
        "vi",
        "bvtv_ag",
        "Xét nghiệm men cholinesterase cho xã viên phun thuốc ở Tiểu Cần",
        "HTX lúa của chúng tôi ở Tiểu Cần (Trà Vinh) có khoảng 60 xã viên trực tiếp phun thuốc nhóm lân hữu cơ. Một luận "
        "án ở An Giang cho thấy người phun thuốc nhóm này bị ảnh hưởng cả chất lượng tinh trùng và can thiệp giúp cải "
        "thiện. Muốn xét nghiệm men cholinesterase định kỳ để phát hiện sớm nhiễm độc.",
        {"mHo085": 2, "mHo086": 2},
    ),
    (
        "mHn43",
        "en",
        "bvtv_w4",
        "Periodic blood cholinesterase checks for a spraying team in Châu Thành",
        "Our crop-spraying service team in Châu Thành (Trà Vinh) applies organophosphate and carbamate insecticides, "
        "which block acetylcholinesterase; some sprayers get muscle twitching, dizziness and nausea. Farm workers in "
        "Ethiopia, Kenya and Zimbabwe were found with lowered plasma cholinesterase, so we want blood cholinesterase "
        "measured before and during the spraying season.",
        {"mHo085": 2, "mHo086": 2},
    ),
    # --- seafood plants: chlorine, ammonia ---
    (
        "mHn44",
        "vi",
        "ts_ct",
        "Đo khí clo và giải pháp cho công nhân sơ chế tôm ở Duyên Hải",
        "Nhà máy chế biến tôm của chúng tôi ở Duyên Hải (Trà Vinh), đa số công nhân là nữ, khâu sơ chế ngâm rửa nước "
        "clo liên tục; chị em hay cay mắt, rát họng, ho. Khảo sát 89 công nhân ở 4 công ty thủy sản Cần Thơ năm 2021 "
        "cũng ghi nhận môi trường làm việc còn nhiều bất lợi. Cần đo nồng độ khí clo tại các khâu và đề xuất cách giảm.",
        {"mHo087": 2, "mHo088": 2, "mHo089": 1, "mHo155": 1},
    ),
    (
        "mHn45",
        "en",
        "seafood_hb",
        "Chemical safety training for the sanitation crew of a shrimp processor",
        "Our shrimp processing plant in Trà Vinh wants practical training for the night sanitation crew on the cleaning "
        "chemicals they use (chlorine, alkaline and acid cleaners): what must never be mixed, how to dilute, which PPE "
        "to wear, as part of a workplace safety programme like the seafood-processing safety handbooks used abroad.",
        {"mHo089": 2, "mHo088": 1, "mHo087": 1, "mHo142": 1},
    ),
    (
        "mHn46",
        "vi",
        "nh3_plo",
        "Lắp cảm biến rò rỉ amoniac và báo động cho nhà máy thủy sản ở KCN Long Đức",
        "Nhà máy thủy sản của chúng tôi ở KCN Long Đức (Trà Vinh) có máy nén amoniac đặt ngoài nhà xưởng, sát vách công "
        "ty bên cạnh. Ở Cần Thơ năm 2020, một máy nén hở ron nắp culat làm khí amoniac theo gió tràn sang xưởng may kế "
        "bên, 5 trong 278 công nhân ngất. Cần lắp cảm biến phát hiện rò rỉ NH3, còi báo động quanh phòng máy và khu dàn "
        "lạnh.",
        {"mHo092": 2, "mHo093": 2, "mHo095": 1, "mHo094": 1},
    ),
    (
        "mHn47",
        "en",
        "nh3_vtv",
        "Ammonia leak response training and evacuation plan for an ice plant",
        "Our ice plant in Trà Vinh city sits among houses. In Bà Rịa–Vũng Tàu a seafood cold store's ammonia leak drove "
        "residents from their homes because a power cut delayed the repair, and an ice plant in Cà Mau had a similar "
        "leak. We need our operators trained to respond to ammonia leaks, an emergency and evacuation plan, and a drill.",
        {"mHo094": 2, "mHo095": 2, "mHo074": 2, "mHo092": 1},
    ),
    # --- confined spaces ---
    (
        "mHn48",
        "vi",
        "bio_tt",
        "Vệ sinh hố biogas an toàn cho trại heo ở Vũng Liêm",
        "Trại heo nhà tôi ở Vũng Liêm (Vĩnh Long) có hố gas rộng khoảng 9 m2, sâu 3 m bị nghẹt cần vét. Ở Đồng Nai ba "
        "người một nhà chết ngạt khi xuống hố như vậy dù nước phân chỉ sâu 0,4 m; khí CO2 làm người ta lịm đi, không kịp "
        "thoát. Cần thuê đơn vị có kỹ thuật xử lý hố an toàn và mua máy đo khí trước khi cho ai xuống.",
        {"mHo101": 2, "mHo102": 2, "mHo099": 2, "mHo100": 2},
    ),
    (
        "mHn49",
        "en",
        "cs_wt",
        "Confined-space entry procedure and gas monitors for a wastewater tank",
        "Our seafood plant in Trà Vinh must periodically clean and repair drains in its wastewater holding tank. A case "
        "where a young worker and the co-worker who tried to rescue him both died from methane in such a tank alarmed us. "
        "We need a written entry procedure, atmospheric testing before and during entry, and suitable gas monitors.",
        {"mHo099": 2, "mHo100": 2, "mHo101": 1},
    ),
    # --- machine guarding, lockout ---
    (
        "mHn50",
        "vi",
        "guard_id",
        "Làm che chắn dây curoa, puly cho lò xay lúa ở Càng Long",
        "Lò xay lúa của gia đình tôi ở Càng Long (Trà Vinh) có nhiều dây curoa, puly, trục, bánh đà, nhông xích chạy hở; "
        "đã có người bị cuốn vạt áo. Cần đơn vị làm và lắp tấm chắn bảo vệ cho các bộ phận truyền động này mà vẫn thoát "
        "nhiệt, tháo ra bảo trì được.",
        {"mHo103": 2, "mHo104": 2, "mHo105": 1},
    ),
    (
        "mHn51",
        "en",
        "guard_ssg",
        "Safety survey of members' farm machinery for an agricultural services co-op",
        "Our agricultural services cooperative in Tiểu Cần (Trà Vinh) runs and repairs threshers, pumps, tillers and "
        "combine harvesters for members. We want a safety survey of these machines with practical recommendations, "
        "including belt guards that protect people yet leave access for maintenance, for both new and converted machines.",
        {"mHo105": 2, "mHo103": 1, "mHo104": 1},
    ),
    (
        "mHn52",
        "vi",
        "loto_dk",
        "Trang bị khóa LOTO và quy trình cô lập năng lượng cho nhà máy thức ăn thủy sản",
        "Nhà máy thức ăn thủy sản của chúng tôi ở Trà Vinh từng có thợ bảo trì bị kẹt tay vì máy bị người khác bật lại. "
        "Cần bộ khóa, thẻ LOTO và xây dựng chương trình cô lập mọi dạng năng lượng, kiểm tra xác nhận năng lượng bằng "
        "không trước khi sửa chữa, kèm danh mục kiểm tra chương trình.",
        {"mHo109": 2, "mHo106": 2, "mHo107": 2, "mHo108": 1},
    ),
]

NEEDS += [
    (
        "mHn53",
        "en",
        "loto_ast",
        "Hands-on lockout/tagout training for a rice mill maintenance team",
        "Our rice milling company in Trà Vinh has a six-person maintenance team servicing elevators, hullers and "
        "conveyors. Every worker should know when energy-control procedures apply, and the authorised staff who do the "
        "maintenance must be trained to understand the hazards and apply the procedures. We need practical LOTO "
        "training on our own machines.",
        {"mHo108": 2, "mHo107": 2, "mHo106": 1, "mHo109": 1},
    ),
    # --- woodworking machines ---
    (
        "mHn54",
        "en",
        "saw_rm",
        "Table-saw kickback prevention for a furniture workshop in Vũng Liêm",
        "A worker at our furniture shop in Vũng Liêm (Vĩnh Long) nearly lost a hand when a board kicked back on the "
        "table saw during a light trim cut; the riving knife and blade guard had been taken off. We want training plus "
        "the right accessories and set-up checks (riving knife, guard, featherboards, push sticks) so it cannot recur.",
        {"mHo110": 2, "mHo111": 2, "mHo112": 2, "mHo113": 1},
    ),
    (
        "mHn55",
        "vi",
        "saw_dms",
        "Huong dan an toan may cua, may bao cho xuong dong ghe go o Cau Ngang",
        "Xuong dong ghe go cua chung toi o Cau Ngang (Tra Vinh) co may cua ban va may bao; tho tre chua duoc huan luyen, "
        "hay thao dao chong giat ra cho tien, cam phoi sat luoi. Can tai lieu va lop huong dan an toan van hanh may "
        "cua, may bao cho tho.",
        {"mHo113": 2, "mHo112": 2, "mHo110": 1, "mHo111": 1},
    ),
    # --- presses ---
    (
        "mHn56",
        "vi",
        "gc_ap",
        "Lắp rèm an toàn và điều khiển hai tay cho máy dập ở xưởng nhôm gia dụng Bình Minh",
        "Xưởng dập nồi, mâm nhôm của chúng tôi ở Bình Minh (Vĩnh Long) có 3 máy dập cơ. Công nhân hay đưa tay vào khuôn "
        "chỉnh phôi, người phụ đứng cạnh cũng với tay vào; nút điều khiển lại nằm gần vùng nguy hiểm. Cần lắp cảm biến "
        "quang (rèm an toàn), bộ điều khiển hai tay đặt ngoài vùng nguy hiểm, nối qua rơ le an toàn.",
        {"mHo114": 2, "mHo115": 2, "mHo116": 1},
    ),
    (
        "mHn57",
        "en",
        "guard_cn",
        "Guarding a press brake in a roofing-sheet workshop without losing output",
        "Our roofing and steel-sheet workshop in Trà Vinh city bends sheet on a press brake where the operator must stand "
        "close to position parts. We need a guarding design that combines barriers, interlocks, presence sensing and "
        "emergency stops, protects the operator and still lets us bend long sheets efficiently.",
        {"mHo116": 2, "mHo114": 1, "mHo115": 1},
    ),
    # --- grinders ---
    (
        "mHn58",
        "en",
        "grind_br",
        "Grinding-wheel safety for an agricultural machinery repair shop in Trà Ôn",
        "A wheel on the bench grinder at our repair shop in Trà Ôn (Vĩnh Long) shattered last month. We need training on "
        "selecting, inspecting, storing and mounting abrasive wheels and on keeping the work-rest gap at no more than "
        "1/8 inch and the tongue-guard gap at no more than 1/4 inch.",
        {"mHo117": 2, "mHo118": 2, "mHo119": 2},
    ),
    # --- manual handling ---
    (
        "mHn59",
        "vi",
        "bocvac_vn",
        "Giảm mang vác bao lúa gạo cho kho bến ở Trà Ôn",
        "Kho lúa gạo của chúng tôi ở Trà Ôn (Vĩnh Long) có đội bốc vác khiêng bao lên xuống ghe và xe hằng ngày, làm "
        "ngoài trời nóng. Khảo sát 189 lao động bốc vác lúa gạo ĐBSCL thấy 33,9% đau lưng, 30,7% đau thắt lưng, 31,2% "
        "đau cổ, 24,3% đau vai. Cần giải pháp băng tải, thiết bị nâng hỗ trợ và cách tổ chức lại công việc để bớt vác "
        "nặng.",
        {"mHo120": 2, "mHo121": 2, "mHo123": 2, "mHo122": 1},
    ),
    (
        "mHn60",
        "en",
        "lift_ob",
        "Mechanical aid for tipping feed-ingredient sacks into a mixer",
        "At our fish-feed mill in Vĩnh Long workers lift sacks of bran, fishmeal and premix from pallets and tip them "
        "into the mixer hopper by hand, dozens of times a shift. Safe-lifting posters (crouch, keep the back upright, "
        "rise with the legs) are not enough; we want mechanical aids that remove the manual lift.",
        {"mHo122": 2, "mHo121": 2, "mHo123": 2, "mHo120": 1},
    ),
    # --- sewing workstations ---
    (
        "mHn61",
        "vi",
        "sew_sc",
        "Cải tạo bàn ghế máy may cho xưởng may gia công ở TP Trà Vinh",
        "Xưởng may gia công của chúng tôi ở TP Trà Vinh có khoảng 80 máy may; chị em ngồi ghế gỗ cố định, bàn máy cùng "
        "một độ cao nên phải cúi cổ, nhô vai, lặp đi lặp lại một thao tác suốt ca, nhiều người đau cổ vai gáy, lưng. Cần "
        "tư vấn thiết kế lại chỗ làm việc: ghế điều chỉnh, chiều cao và độ nghiêng mặt bàn, vị trí bàn đạp.",
        {"mHo124": 2, "mHo125": 2, "mHo126": 2, "mHo133": 1},
    ),
    (
        "mHn62",
        "en",
        "sew_an",
        "Anthropometry-based sewing workstation specification for women machinists",
        "Our garment factory in Cầu Kè (Trà Vinh) employs mostly women machinists who keep the left upper arm raised and "
        "bend the head, trunk and knees at poor angles for hours. We want adjustable workstation specifications based on "
        "our operators' body dimensions (chair, table height and slope, pedal position) to reduce shoulder, neck and "
        "back injuries.",
        {"mHo125": 2, "mHo124": 2, "mHo126": 2, "mHo133": 1},
    ),
    # --- standing work and posture ---
    (
        "mHn63",
        "en",
        "ts_dt",
        "Anti-fatigue matting and posture changes for shrimp peelers standing all shift",
        "Our shrimp peeling and grading lines in Duyên Hải (Trà Vinh) keep workers standing on wet concrete through long "
        "shifts; a study of seafood workers at a plant in Sa Đéc industrial park (Đồng Tháp) looked at the same working "
        "conditions and health. Our workers complain of leg pain, swollen feet and backache. We want non-slip anti-fatigue mats that resist water and grease, plus advice on "
        "alternating standing and sitting.",
        {"mHo130": 2, "mHo131": 2, "mHo132": 2},
    ),
    (
        "mHn64",
        "en",
        "ts_st",
        "Ergonomic risk assessment of filleting and peeling lines in a seafood plant",
        "Like the seafood processors in Sóc Trăng where working-environment factors, workers' health and the results of "
        "interventions were studied in 2020–2021, our plant in Trà Vinh wants a structured ergonomic risk assessment "
        "(for example RULA) of each filleting, peeling and packing workstation, followed by practical improvements.",
        {"mHo133": 2, "mHo134": 2, "mHo132": 1},
    ),
    (
        "mHn65",
        "vi",
        "ergo_ldtd",
        "Danh gia tu the lam viec cho to dan luc binh o Cau Ke",
        "To hop tac dan luc binh, dan lat cua chung toi o Cau Ke (Tra Vinh) co khoang 40 chi em ngoi cui lung, van "
        "nguoi, giu mot tu the qua lau va lap lai mot dong tac ca ngay, nhieu nguoi dau lung, moi co vai. Muon duoc danh "
        "gia tu the lam viec, nguy co roi loan co xuong va de xuat bo tri cho ngoi, do cao ban phu hop.",
        {"mHo133": 2, "mHo134": 2, "mHo132": 1},
    ),
    # --- heat ---
    (
        "mHn66",
        "en",
        "mat_tx",
        "Energy-efficient cooling for a hot garment factory in Càng Long",
        "Our garment factory in Càng Long (Trà Vinh) has a metal roof, dense rows of machines and hundreds of workers; on "
        "summer afternoons the sewing floor is stifling, output drops, fabric distorts under ironing heat and workers "
        "tire quickly. We need a cooling and ventilation system that keeps the floor comfortable without the running "
        "cost of central air-conditioning.",
        {"mHo135": 2, "mHo136": 2, "mHo139": 2, "mHo137": 1},
    ),
    (
        "mHn67",
        "en",
        "heat_bt",
        "Heat-stress management for kiln crews at a brick and pottery works in Mang Thít",
        "Firing and unloading crews at our brick and pottery kilns in Mang Thít (Vĩnh Long) work beside hot kiln walls "
        "through the dry season. As in heat-stress evaluations of hot industries such as metal rolling, we want their "
        "heat exposure and physiological strain assessed and a practical plan: water on hand, adjusted work and rest "
        "times, lighter protective clothing and cooler rest areas.",
        {"mHo138": 2, "mHo139": 2, "mHo137": 2, "mHo136": 1},
    ),
    # --- training, first aid, forklifts ---
    (
        "mHn68",
        "vi",
        "hl_tt19",
        "Tổ chức huấn luyện ATVSLĐ định kỳ và cấp thẻ cho công ty chế biến nông sản",
        "Công ty chế biến nông sản của chúng tôi ở Châu Thành (Trà Vinh) có khoảng 120 lao động gồm quản lý, cán bộ an "
        "toàn, thợ vận hành lò hơi, xe nâng và công nhân. Theo Luật An toàn, vệ sinh lao động, Nghị định 44/2016 và "
        "hướng dẫn huấn luyện (Thông tư 19/2017 nay được thay bằng Thông tư 31/2018), phải huấn luyện định kỳ theo nhóm. "
        "Cần tổ chức huấn luyện có chức năng đến dạy tại công ty và cấp chứng chỉ, thẻ an toàn.",
        {"mHo142": 2, "mHo143": 2, "mHo112": 1},
    ),
    (
        "mHn69",
        "en",
        "scc_q",
        "First-aid team training for a factory in Long Đức industrial park",
        "Our factory in Long Đức industrial park (Trà Vinh) must set up an on-site first-aid force: how many people it "
        "needs, which workers qualify and what the first-aid area must have. We need a provider to train the team, in "
        "Vietnamese, on resuscitation, bleeding, burns, fractures, electric shock and chemical injuries.",
        {"mHo144": 2, "mHo145": 2},
    ),
    (
        "mHn70",
        "vi",
        "fl_ehs",
        "Huấn luyện lái xe nâng và an toàn cho người đi bộ trong kho phân bón",
        "Kho phân bón của chúng tôi ở Long Hồ (Vĩnh Long) có 4 xe nâng chạy chung lối với công nhân bốc xếp đi bộ, đã có "
        "lần suýt va quẹt. Cần huấn luyện cho người lái xe nâng, quy tắc an toàn cho người đi bộ khi làm việc gần xe "
        "nâng và cách phân luồng trong kho.",
        {"mHo146": 2, "mHo147": 2, "mHo142": 1},
    ),
    (
        "mHn71",
        "vi",
        "scc_na",
        "Huấn luyện sơ cấp cứu ban đầu cho công nhân xưởng cơ khí",
        "Xưởng cơ khí kiêm sửa chữa máy nông nghiệp của chúng tôi ở Trà Ôn (Vĩnh Long) thường gặp vết cắt, bỏng, điện "
        "giật. Muốn mời đơn vị về huấn luyện sơ cấp cứu ban đầu cho người lao động, như các lớp trung tâm kiểm soát bệnh "
        "tật vẫn tổ chức.",
        {"mHo144": 2, "mHo145": 2},
    ),
    # --- health checks and workplace monitoring ---
    (
        "mHn72",
        "vi",
        "ksk_nld",
        "Khám sức khỏe định kỳ tại chỗ cho công ty may 300 lao động",
        "Công ty may của chúng tôi ở TP Trà Vinh có khoảng 300 lao động, đa số nữ. Luật quy định khám sức khỏe ít nhất "
        "mỗi năm một lần, người làm nghề nặng nhọc độc hại, người khuyết tật, lao động cao tuổi 6 tháng một lần, lao "
        "động nữ khám chuyên khoa phụ sản. Cần bệnh viện đưa đoàn khám đến tận công ty.",
        {"mHo148": 2, "mHo149": 2, "mHo150": 1},
    ),
    (
        "mHn73",
        "en",
        "ksk_bm",
        "Lung-function surveillance for dust- and fume-exposed workers at a Vĩnh Long SME",
        "Our woodworking and welding company in Vĩnh Long has only ever organised the general annual check-up, the part "
        "of health care employers tend to forget. We want baseline and periodic spirometry for workers exposed to wood "
        "dust and welding fume, reviewed by an occupational physician, with follow-up of anyone whose lung function "
        "declines.",
        {"mHo153": 2, "mHo154": 2, "mHo151": 2, "mHo152": 1, "mHo150": 1, "mHo148": 1},
    ),
    (
        "mHn74",
        "vi",
        "sil_tn",
        "Chụp X-quang phổi và đo chức năng hô hấp cho công nhân tiếp xúc bụi đất, cát",
        "Cơ sở gạch ngói và cát xây dựng của chúng tôi ở Mang Thít (Vĩnh Long) có nhiều công nhân tiếp xúc bụi đất, cát "
        "chứa silic nhiều năm. Bụi silic gây xơ hóa phổi không hồi phục, tăng nguy cơ lao và suy giảm chức năng hô hấp. "
        "Cần đơn vị chụp X-quang phổi đọc theo tiêu chuẩn ILO và đo chức năng hô hấp để phát hiện sớm.",
        {"mHo151": 2, "mHo152": 2, "mHo153": 1, "mHo154": 1, "mHo150": 1},
    ),
    (
        "mHn75",
        "vi",
        "qt_hvt",
        "Tìm đơn vị quan trắc môi trường lao động cho cơ sở chế biến dừa ở Châu Thành",
        "Đọc tin có tới 90% cơ sở lao động chưa thực hiện quan trắc môi trường lao động; cơ sở chế biến cơm dừa, chỉ xơ "
        "của chúng tôi ở Châu Thành (Trà Vinh) cũng chưa từng làm. Cần đơn vị đủ điều kiện đến đo vi khí hậu, bụi, ồn, "
        "ánh sáng, hơi khí độc tại các vị trí và lập báo cáo.",
        {"mHo155": 2, "mHo050": 1, "mHo047": 1, "mHo156": 1},
    ),
    (
        "mHn76",
        "en",
        "qt_hcm",
        "Periodic workplace environment monitoring by a licensed Vietnamese organisation",
        "Our foreign-owned footwear plant in Long Đức industrial park (Trà Vinh) must carry out periodic workplace "
        "environment monitoring by an organisation licensed in Vietnam, covering the common physical factors "
        "(microclimate, light, noise, dust) and chemical vapours, with a report we can file and use to compare work "
        "positions.",
        {"mHo155": 2, "mHo050": 1, "mHo047": 1, "mHo156": 1},
    ),
    # --- safety footwear ---
    (
        "mHn77",
        "vi",
        "giay_ls",
        "Mua giày bảo hộ cho thợ xưởng cơ khí ở Tam Bình",
        "Xưởng cơ khí của chúng tôi ở Tam Bình (Vĩnh Long) cần khoảng 40 đôi giày bảo hộ: mũi chống va đập, lót chống "
        "đinh, đế cao su hoặc PU chống trơn trượt, chống dầu, chịu mài mòn, lớp lót thấm hút mồ hôi để mang cả ngày. Cần "
        "nhà cung cấp tư vấn và báo giá.",
        {"mHo158": 2, "mHo159": 2},
    ),
]
