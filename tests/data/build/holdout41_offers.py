"""Offers of the holdout41 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- pigs: African swine fever and farm biosecurity ---
    (
        "jQo001",
        "vi",
        "thvl_asf",
        "Tư vấn chăn nuôi heo an toàn sinh học chống tái phát dịch tả heo châu Phi cho nông hộ",
        "Gói tư vấn dành cho hộ nuôi heo nhỏ lẻ sau khi địa phương đã khống chế ổ dịch nhưng nguy cơ bùng phát lại vẫn cao. "
        "Cán bộ kỹ thuật khảo sát chuồng trại, hướng dẫn rào cách ly, hố sát trùng ở cổng, khu thay đồ, lịch phun thuốc sát trùng và ghi chép người, xe ra vào. "
        "Chuyển giao quy trình 'cùng vào – cùng ra', kiểm soát nguồn thức ăn, nước và heo giống mua về.",
    ),
    (
        "jQo002",
        "en",
        "arxiv_asf",
        "Biosecurity risk audit for small-scale pig farms",
        "A structured farm audit built on a survey of 160 small-scale pig farms in three Vietnamese provinces, where half of the farms reported a disease outbreak within six months. "
        "The audit scores husbandry, hygiene and biosecurity practices and ranks them by measured effect: cleaning and disinfecting vehicles entering the farm (odds ratio 0.37) and checking the water source yearly (0.25) were protective, while a neighbouring pig farm tripled the risk. "
        "Each farm receives a short, prioritised list of fixes.",
    ),
    (
        "jQo003",
        "en",
        "pmc_culling",
        "Test-and-remove protocol for African swine fever on sow farms",
        "A protocol for the 'selective culling' approach that keeps valuable breeding sows while removing infected animals. "
        "It replaces decisions based only on clinical signs with laboratory confirmation of every conspicuous animal, immediate separation of suspects and strong fragmentation of the herd into isolated units. "
        "Developed from an FAO-supported evaluation on a large Vietnamese sow farm; includes sampling plan, pen layout and staff movement rules.",
    ),
    (
        "jQo004",
        "vi",
        "htv_taidan",
        "Quy trình tái đàn heo an toàn sau dịch tả heo châu Phi",
        "Hướng dẫn hộ và trại tái đàn sau khi địa phương công bố hết dịch: vệ sinh, tiêu độc và để trống chuồng, cải tạo sang chuồng kín, chọn heo giống từ cơ sở an toàn dịch bệnh. "
        "Kinh nghiệm từ các trại quy mô lớn có chuồng kín an toàn sinh học không bị ảnh hưởng trong đợt dịch. "
        "Kèm kế hoạch bảo toàn đàn nái, đực giống để chủ động con giống.",
    ),
    (
        "jQo005",
        "en",
        "aseantoday",
        "Farm entry hygiene package: workers, clothing and vehicles",
        "Studies in Asia traced 46% of African swine fever outbreaks to contaminated workers, and the virus also travels on machinery, clothing, footwear and vehicles. "
        "The package sets up a clean/dirty line at the farm gate, boot dips and clothing changes, a ban on outside pork products, vehicle parking outside the fence and a visitor log. "
        "Offered with training for farm staff and FAO-style posters.",
    ),
    (
        "jQo006",
        "en",
        "frontiers_asf",
        "Training on biosecurity adoption along smallholder pig value chains",
        "An ILRI-derived training programme on why smallholders do or do not apply biosecurity, covering farm, market and slaughter practices that keep African swine fever circulating. "
        "Modules address cost barriers, gender roles, trader behaviour and policy gaps, and help communes design realistic, low-cost measures while no vaccine is available.",
    ),
    (
        "jQo007",
        "vi",
        "qn_asf",
        "Điều tra dịch tễ và xây dựng phương án phòng chống dịch tả heo châu Phi cấp huyện",
        "Nhóm nghiên cứu ngành thú y (Đại học Nông Lâm Thái Nguyên) thực hiện điều tra đặc điểm dịch tễ bệnh dịch tả lợn châu Phi trên địa bàn: phân bố ổ dịch theo thời gian, quy mô hộ, đường lây. "
        "Kết quả dùng để đề xuất biện pháp phòng chống phù hợp cho từng vùng và hướng dẫn cán bộ thú y cơ sở giám sát.",
    ),
    # --- rapid diagnosis ---
    (
        "jQo008",
        "en",
        "reliefweb_poc",
        "Pen-side rapid test kits for African swine fever",
        "Supply and training for point-of-care lateral flow tests that detect African swine fever antigen or antibodies directly at the farm. "
        "The kits need minimal training and give a result in about 20 minutes, allowing a fast response without waiting for samples to reach a central laboratory. "
        "Selection follows the WOAH ASF Reference Laboratory Network overview of field tests.",
    ),
    (
        "jQo009",
        "en",
        "pmc_rpa",
        "10-minute isothermal ASF test with lateral flow strip (RPA-LFD)",
        "A recombinase polymerase amplification assay targeting the ASF virus p72 gene, read on a lateral flow dipstick. "
        "It detects 150 copies per reaction within 10 minutes at 38°C, needs only a heating block, and shows no cross-reaction with classical swine fever virus. "
        "On 145 field samples it agreed 100% with real-time PCR. Technology and reagents can be transferred to provincial vet stations.",
    ),
    (
        "jQo010",
        "en",
        "daigle_pcr",
        "Portable pen-side real-time PCR for African swine fever",
        "A laboratory-validated real-time PCR assay transferred to a portable thermocycler operated on the farm after quick manual nucleic-acid extraction. "
        "It works on blood, tissues and pooled oral fluids. In seven ASF-suspected farms in Vietnam, 89 fresh blood samples were tested on site and agreed with the laboratory results obtained the next day.",
    ),
    (
        "jQo011",
        "en",
        "antigenne",
        "ASF virus antibody rapid test cassette",
        "A lateral flow immunoassay for qualitative detection of antibodies against African swine fever virus in pig serum or plasma. "
        "Useful to check whether pigs have been exposed, e.g. survivors of subacute or chronic infection or animals offered for sale, and as a screening step before laboratory confirmation.",
    ),
    (
        "jQo012",
        "en",
        "slu_tcor4",
        "Battery-powered duplex PCR for African and classical swine fever",
        "A duplex real-time PCR run on a portable battery-powered thermocycler that detects and differentiates African swine fever and classical swine fever viruses. "
        "Easy to perform with a simple sample preparation and delivers results within 3 hours including extraction; results matched stationary PCR platforms. Suited to remote areas.",
    ),
    (
        "jQo013",
        "vi",
        "openvet_nivr",
        "Dịch vụ xét nghiệm khẳng định virus dịch tả heo châu Phi bằng PCR và giải trình tự",
        "Phòng thí nghiệm Viện Thú y quốc gia nhận mẫu heo nghi mắc dịch tả heo châu Phi, chạy song song PCR thường và real-time PCR theo khuyến cáo WOAH. "
        "Khi hai kết quả mâu thuẫn (do sai khác vùng gắn mồi, đầu dò), mẫu được giải trình tự Sanger và phân lập virus trên đại thực bào để tránh âm tính giả. Trả kết quả và tư vấn cho cơ quan thú y.",
    ),
    # --- beef cattle: breeds, fattening, artificial insemination ---
    (
        "jQo014",
        "vi",
        "hcn_travinh",
        "Khảo sát và tư vấn nâng cao khả năng sinh sản đàn bò lai hướng thịt",
        "Trung tâm Nghiên cứu và Phát triển Chăn nuôi Gia súc lớn điều tra tại 11 xã của Trà Cú, Châu Thành, Cầu Ngang: 95,78% đàn là bò lai (Zebu, Charolais, Red Angus, Droughtmaster, BBB). "
        "Bò cái động dục lại sau đẻ trung bình 78,58 ngày, cần 1,71 lần phối mới đậu thai. "
        "Trung tâm đề xuất và tập huấn các biện pháp dinh dưỡng, chọn đực giống và quản lý sinh sản để rút ngắn khoảng cách lứa đẻ.",
    ),
    (
        "jQo015",
        "vi",
        "baotravinh_bo",
        "Chuyển giao bò cái giống Brahman và quy trình nuôi bò thịt chất lượng cao",
        "Dự án ứng dụng tiến bộ khoa học công nghệ trong chăn nuôi bò thịt do Trung tâm Khuyến nông Trà Vinh thực hiện đã chuyển giao 80 bò cái Brahman cho 28 hộ. "
        "Quy trình gồm chọn bò cái nền lai Sind, gieo tinh với giống ngoại (Brahman, Charolais, Limousine, BBB), trồng cỏ, chuồng trại và phòng bệnh theo hướng an toàn sinh học.",
    ),
    (
        "jQo016",
        "vi",
        "vobeo_angus",
        "Quy trình vỗ béo bê lai Red Angus x lai Sind 90 ngày",
        "Khẩu phần vỗ béo gồm cỏ Ghinê tươi, rơm lúa, bột sắn, hạt bông, urê và premix (10,45 MJ ME, 127 g protein/kg chất khô) nuôi trong 90 ngày. "
        "Bê lai ½ Red Angus tăng 0,965 kg/con/ngày so với 0,663 kg ở bê lai Sind, ăn nhiều và tiêu hóa tốt hơn. "
        "Chuyển giao công thức khẩu phần, cách chọn bê đưa vào vỗ béo và tính hiệu quả (Trường ĐH Tây Nguyên – Viện Chăn nuôi).",
    ),
    (
        "jQo017",
        "vi",
        "ttnt_tinh",
        "Cung cấp tinh bò đông lạnh và bình nitơ lỏng cho dẫn tinh viên",
        "Tinh đông lạnh dạng viên và dạng cọng rạ của các giống bò thịt cao sản, bảo quản trong nitơ lỏng –196°C, giữ được hàng chục năm. "
        "Mỗi liều đạt hoạt lực sau giải đông từ 30% trở lên. Kèm bình nitơ, súng bắn tinh và tập huấn cho dẫn tinh viên về giải đông, thao tác và bảo quản.",
    ),
    (
        "jQo018",
        "vi",
        "boviet",
        "Cấy truyền phôi và tinh bò giống cao sản",
        "Dịch vụ cấy truyền phôi giúp khai thác tối đa khả năng sinh sản của bò cái ưu tú, như thụ tinh nhân tạo đã làm với bò đực. "
        "Cung cấp phôi và tinh bò giống thịt, giống sữa; hỗ trợ chọn bò nhận phôi, gây động dục đồng loạt và theo dõi sau cấy.",
    ),
    (
        "jQo019",
        "vi",
        "nganhsua_dd",
        "Tập huấn phát hiện động dục và phối giống đúng thời điểm cho bò",
        "Khóa tập huấn cho người nuôi và dẫn tinh viên: chu kỳ động dục 19–21 ngày, thời gian biểu hiện chỉ 1–2 ngày nên dễ bỏ sót. "
        "Hướng dẫn chia giai đoạn động dục, xác định thời điểm phối tối ưu, các phương pháp hỗ trợ phát hiện (quan sát, sơn đuôi, bò thí tình) và kỹ thuật phối bằng tinh viên.",
    ),
    (
        "jQo020",
        "en",
        "moosense",
        "Pedometer for oestrus detection and insemination timing",
        "A leg-worn pedometer that counts steps and flags the rise in activity that marks oestrus, developed and tested at ICAR-National Dairy Research Institute on Karan Fries cows. "
        "The study related activity increase to oestrus duration to predict ovulation time, helping farmers inseminate at the right moment and raise conception rates.",
    ),
    (
        "jQo021",
        "en",
        "milkingcloud",
        "Neck activity meters with SMS heat alerts",
        "Activity meters worn on the cow's neck record movement 24/7 and send an SMS when unusual activity suggests heat. "
        "Supplier guidance covers installation conditions (tied animals, barn layout, data gaps) so that alerts stay reliable; suited to herds where visual heat detection misses animals.",
    ),
    (
        "jQo022",
        "en",
        "kenya_ml",
        "Low-cost offline collar predicting oestrus with on-board machine learning",
        "A collar combining motion and temperature sensors with a machine-learning model that runs on the microcontroller itself, so no internet connection or subscription is needed. "
        "Developed at Jomo Kenyatta University for small and medium farms that still rely on visual observation and farm journals; trained on 11 months of data from zero-grazed cows.",
    ),
    (
        "jQo023",
        "vi",
        "dantri_sind",
        "Mô hình nuôi bò lai Sind nhốt chuồng cho đồng bào Khmer",
        "Viện Khoa học Kỹ thuật Nông nghiệp miền Nam phối hợp địa phương chuyển giao mô hình nuôi bò lai Sind (Red Sindhi x bò vàng) nhốt chuồng thay cho chăn thả. "
        "Gồm chọn giống, lai tạo, chăm sóc, vỗ béo và chủ động trồng cỏ; đã giúp nhiều hộ Khmer tăng thu nhập, thoát nghèo.",
    ),
    (
        "jQo024",
        "vi",
        "wagyu_bavi",
        "Bò lai F1 Wagyu x Holstein cho thịt chất lượng cao",
        "Trung tâm Nghiên cứu Bò và Đồng cỏ Ba Vì lai tạo bò F1 Wagyu x Holstein, đánh giá khả năng sản xuất và chất lượng thịt (vân mỡ, độ mềm). "
        "Chuyển giao tinh Wagyu, quy trình nuôi bê lai và vỗ béo để tạo sản phẩm thịt cao cấp với chi phí thấp hơn nhập bò thịt.",
    ),
    # --- lumpy skin disease ---
    (
        "jQo025",
        "vi",
        "danviet_vdnc",
        "Cung ứng vắc xin viêm da nổi cục và hướng dẫn tiêm phòng khẩn cấp cho trâu bò",
        "Từ tháng 12/2020 Cục Thú y đã cung ứng, tiêm trên 2 triệu liều vắc xin viêm da nổi cục tại 33 tỉnh và 27 cơ sở chăn nuôi. "
        "Đơn vị cung ứng vắc xin, hướng dẫn bảo quản, liều tiêm, theo dõi phản ứng sau tiêm và tổ chức tiêm khẩn cấp vùng có dịch.",
    ),
    (
        "jQo026",
        "vi",
        "longan_vdnc",
        "Gói phòng chống viêm da nổi cục: tiêm phòng, diệt côn trùng, cách ly",
        "Kế hoạch mẫu của cấp huyện: tiêm vắc xin viêm da nổi cục cho toàn đàn trâu bò, phun hóa chất diệt muỗi, ruồi, ve quanh chuồng, cách ly con mới nhập và con có nốt sần 2–5 cm. "
        "Hướng dẫn phát hiện sớm (sốt, bỏ ăn, giảm sữa, nổi nốt ở đầu, cổ, bầu vú) và xử lý kịp thời để tránh lây lan.",
    ),
    # --- dairy cows ---
    (
        "jQo027",
        "vi",
        "vatsua",
        "Máy vắt sữa và mô hình bò sữa kết hợp vườn – ao – chuồng",
        "Mô hình hộ từ 5 con lên gần 30 bò sữa, 20 con đang khai thác, dùng 3 máy vắt sữa, thu khoảng 4 tạ sữa/ngày bán cho đại lý Vinamilk. "
        "Chuyển giao cách chọn và vận hành máy vắt, vệ sinh bầu vú, trồng 3 mẫu cỏ voi quanh ao và phối trộn cám, bã bia để nâng chất lượng sữa.",
    ),
    (
        "jQo028",
        "en",
        "dairyext_cool",
        "Cooling strategies for heat-stressed dairy cows",
        "Extension guidance on how cows regulate body temperature and how to change housing to limit heat stress: shade, fans, sprinklers and soakers at the feed line and holding pen. "
        "Includes how to measure heat stress to check that cooling works, and the importance of cooling dry cows. Heat stress lowers appetite, milk yield and fertility, since early embryos die when body temperature reaches 40°C.",
    ),
    (
        "jQo029",
        "en",
        "farmonline",
        "Yard sprinkler and shade plan against heat stress",
        "A practical heat-stress plan for dairy farms: yard sprinklers delivering moderate to large droplets on an on/off cycle, wetting cows for 1–3 minutes every 15 minutes, "
        "bringing the milking herd back to the yard around midday when no shade shed exists, and long-term planning of shade and water supply.",
    ),
    (
        "jQo030",
        "vi",
        "lamdong_hf",
        "Tư vấn chọn nhóm bò sữa lai HF phù hợp khí hậu nóng",
        "Kết quả nghiên cứu của Trường ĐH Nông nghiệp Hà Nội trên bò Holstein Friesian thuần và các nhóm lai F1 (½ HF), F2 (¾ HF), F3 (7/8 HF). "
        "Bò lai F1 sinh sản tốt nhất, tuổi có chửa lần đầu 15,88 tháng, khoảng cách lứa đẻ 12–13 tháng; tăng tỷ lệ máu HF thì sữa tăng nhưng tỷ lệ mỡ sữa giảm. Tư vấn chọn nhóm giống theo điều kiện nuôi.",
    ),
    (
        "jQo031",
        "vi",
        "bavi_bosua",
        "Mô hình điểm thu gom sữa và hỗ trợ hộ nuôi bò sữa quy mô nhỏ",
        "Nghiên cứu tại Ba Vì cho thấy đàn bò sữa giảm khi giá sữa thấp và 42,5% hộ đã bỏ nghề muốn nuôi lại nếu có điều kiện. "
        "Gói hỗ trợ gồm thiết lập điểm thu gom sữa, thỏa thuận giá sữa bù đủ chi phí, tổ chức nguồn thức ăn thô và tổ chức chăn nuôi theo hệ thống để hộ nhỏ có lãi.",
    ),
    # --- goats and rabbits ---
    (
        "jQo032",
        "vi",
        "ntm_de",
        "Dê Boer lai giống cho hộ nghèo vùng ven biển",
        "Mô hình hỗ trợ hai dê cái sinh sản cho hộ không có đất sản xuất ở xã ven biển Duyên Hải; sau hơn một năm đàn tăng gấp 4 lần. "
        "Dê Boer lai đạt 38–42 kg sau 4 tháng nuôi, ăn được nhiều loại lá và phụ phẩm sẵn có. Cung cấp con giống và hướng dẫn kỹ thuật chuồng, phối giống, phòng bệnh.",
    ),
    (
        "jQo033",
        "vi",
        "nn_de_lk",
        "Liên kết bao tiêu dê thịt, dê con và chuồng trình diễn kỹ thuật",
        "Cơ sở thức ăn chăn nuôi ở TP Trà Vinh bao tiêu dê con 160.000–170.000 đồng/kg và dê thịt 135.000–140.000 đồng/kg cho 20 hộ ở Châu Thành. "
        "Trang trại có mô hình trình diễn xây chuồng, cho ăn, nuôi nhốt, phối giống; tư vấn kỹ thuật và giới thiệu ngân hàng cho hộ muốn mở rộng đàn.",
    ),
    (
        "jQo034",
        "vi",
        "ncn_boer",
        "Giống dê lai Boer x Bách Thảo lớn nhanh",
        "Dê lai Boer (Nam Phi) x Bách Thảo có sức đề kháng cao, ít bệnh, dê con sơ sinh 3–4 kg, sau 5–6 tháng đạt 32–35 kg so với 18–20 kg của dê Bách Thảo. "
        "Cung cấp dê đực, dê cái giống và hướng dẫn phối giống lúc 8–10 tháng tuổi, chăm sóc dê mẹ mang thai 5 tháng.",
    ),
    (
        "jQo035",
        "en",
        "gialai_boer",
        "Purebred Boer breeding bucks and does",
        "A 15-year-old goat farm that grew from 5 does and 1 buck to about 200 Boer goats now supplies breeding stock to farmers. "
        "Mature bucks exceed 90 kg and some reach 100 kg; the breed eats a wide range of forage, grows fast and is hardy. Sells breeding bucks, does and finished meat goats, with husbandry advice.",
    ),
    (
        "jQo036",
        "vi",
        "tailieu_tho",
        "Kỹ thuật nuôi thỏ New Zealand và thiết kế chuồng",
        "Hướng dẫn của Trung tâm Nghiên cứu Dê và Thỏ Sơn Tây: chọn giống theo gia phả và cá thể (cai sữa 30 ngày đạt 650–700 g, hậu bị 3–3,5 kg), "
        "chuồng 100 x 60 x 40 cm bằng tre, gỗ hoặc sắt đặt nơi yên tĩnh, tránh chuột; khẩu phần, phối giống và phòng bệnh.",
    ),
    (
        "jQo037",
        "en",
        "agriviet_tho",
        "New Zealand White rabbit breeding stock",
        "Breeding stock of New Zealand White rabbits, first imported from Hungary in 1978 and refreshed in 2000, which lifted herd productivity by 35–40%. "
        "Does kindle 5–6 litters a year of 6–7 kits; kits weigh 600–700 g at weaning and 2.8–3 kg at three months, with a carcass yield of 52–55%. Supplied with rearing guidance from the goat and rabbit research centre.",
    ),
    (
        "jQo038",
        "vi",
        "khcn_tho",
        "Mô hình nuôi thỏ thương phẩm bán công nghiệp",
        "Mô hình hộ bắt đầu từ 50 thỏ mẹ, 10 thỏ bố giống New Zealand, mở rộng chuồng nuôi 1.500 m2 với 4 dãy chuồng kép, 2 dãy chuồng đơn cách đất 90 cm, lồng 80 x 60 x 50 cm. "
        "Mái che cao, bạt di động hai bên chống mưa, nắng. Chia sẻ kinh nghiệm tận dụng rau cỏ tại chỗ và đầu ra thịt thỏ.",
    ),
    # --- poultry: incubation, layer houses, free-range chickens, vaccines, ducks, quails, eggs ---
    (
        "jQo039",
        "vi",
        "mesidas",
        "Hệ thống điều khiển và giám sát lò ấp trứng quy mô lớn",
        "Giải pháp tự động hóa cho khu ấp trứng công nghiệp: cảm biến và bộ điều khiển giữ nhiệt độ 37,4–37,8°C, độ ẩm 55–65% (tăng 60–70% ba ngày cuối), đảo trứng và ngừng đảo đúng ngày cho từng loại trứng (gà 21 ngày, vịt 28 ngày, ngan 35–37 ngày, cút 17 ngày). "
        "Giám sát tập trung, cảnh báo sự cố, giảm nhân công và nâng tỷ lệ nở.",
    ),
    (
        "jQo040",
        "vi",
        "meta_ap",
        "Máy ấp trứng 1.400 quả và quy trình ấp, soi trứng cho hộ chăn nuôi",
        "Cung cấp máy ấp trứng đối lưu công suất từ 50 đến 3.000 trứng, tiêu biểu loại 1.400 quả cho hộ quy mô lớn. "
        "Kèm quy trình kỹ thuật: chọn trứng theo ngoại hình và khối lượng (gà nòi 40–50 g), soi đèn loại trứng rạn, trứng không phôi, chế độ nhiệt, ẩm và đảo trứng.",
    ),
    (
        "jQo041",
        "en",
        "zaidap",
        "Industrial poultry incubators from 500 to 80,000 eggs",
        "Incubators imported from Canada, Hungary, the Netherlands, the USA or China, from under 1,000 eggs for households and laboratories to 10,000 eggs and more for hatcheries. "
        "All include an insulated cabinet (aluminium-alloy models resist humidity), automatic control panel, trays and racks, heating, humidifying and ventilation systems, and alarms.",
    ),
    (
        "jQo042",
        "vi",
        "hua_chuong",
        "Thiết kế chuồng gà lồng công nghiệp 2.000 con cơ giới hóa",
        "Bộ môn Máy nông nghiệp, Trường ĐH Nông nghiệp Hà Nội thiết kế chuồng nuôi gà lồng quy mô 2.000 con, thông gió tự nhiên hoặc cưỡng bức. "
        "Chuồng lắp đồng bộ hệ thống cơ giới hóa, tự động hóa cấp thức ăn, cấp nước, thu dọn phân, thông gió và làm mát; vận hành ổn định, giảm lao động nặng nhọc, tăng năng suất.",
    ),
    (
        "jQo043",
        "en",
        "ncn_chuongkin",
        "Closed-house layer system with cooling pads and tunnel fans",
        "Turnkey closed layer house: steel frame, insulated panel walls and PU-insulated roof, cooling pads on one side and exhaust fans on the other, sloped concrete floor. "
        "Multi-tier cages hold 3–5 hens with front egg trays, feed troughs and nipple drinkers; aisles of at least 1 m. "
        "Comes with a biosecurity layout (fence, vehicle dip, changing room, feed store, manure house) and a rearing programme for Hyline, Lohmann or Isa Brown layers.",
    ),
    (
        "jQo044",
        "en",
        "hsi_cagefree",
        "Cage-free layer housing designs and management handbook",
        "Handbook and house designs prepared with Utrecht University, Wageningen and Humane Society International for cage-free egg production in Vietnam. "
        "Covers single-level and aviary systems, integrated perch-feeder lines, small-scale cage-free barns, conversion of existing cage houses, and rearing of chicks and pullets up to 16–17 weeks.",
    ),
    (
        "jQo045",
        "vi",
        "nhachannuoi_vl",
        "Mô hình tổ hợp tác chăn nuôi gà thả vườn liên kết chuỗi",
        "Tổ hợp tác gà thả vườn ở ấp Rạch Ngay (xã Trung Hiệp, Vũng Liêm) thành lập từ 2013 với 14 tổ viên, tổng đàn 53.500 con, nhân rộng ra 61 hộ với 100.000 con mỗi lứa. "
        "Chia sẻ cách tổ chức liên kết cung cấp thức ăn, mối lái tiêu thụ ổn định, rào lưới nuôi dưới vườn dừa.",
    ),
    (
        "jQo046",
        "en",
        "pubmed_i2",
        "Thermostable Newcastle disease vaccine (strain I-2) for village chickens",
        "A live vaccine that tolerates heat: lyophilised I-2 lost less than one log of titre after 6 days at 26–32°C, and vaccine stored at these temperatures for 17–21 days still protected laboratory and village chickens in Vietnamese trials. "
        "Protection lasts at least 24 weeks; it can be given by eye drop, on feed or in drinking water and spreads to in-contact birds.",
    ),
    (
        "jQo047",
        "en",
        "alders_nd",
        "Community programme for Newcastle disease control with thermotolerant vaccines",
        "A programme model documented by APAARI/FAO for controlling Newcastle disease in village chickens in Asia and the Pacific. "
        "It trains community vaccinators, organises regular vaccination campaigns with live thermotolerant vaccine that does not need a full cold chain, and links to vaccine sources and research institutions in the region.",
    ),
    (
        "jQo048",
        "en",
        "pmc_i2grain",
        "Oral Newcastle I-2 vaccine delivered on grain or in drinking water",
        "A delivery method for villages with weak transport and electricity: I-2 vaccine coated on parboiled or cracked grains, or given in drinking water, with boosters. "
        "Drinking water, cracked maize and parboiled barley carriers gave high antibody titres and 100% survival after challenge.",
    ),
    (
        "jQo049",
        "vi",
        "navetco",
        "Vắc xin cúm gia cầm NAVET-Vifluvac sản xuất trong nước",
        "Trung tâm nghiên cứu thú y – Công ty NAVETCO sản xuất vắc xin cúm gia cầm chủng NIBGR-14, giúp chủ động nguồn cung thay vắc xin nhập khẩu giá cao. "
        "Vắc xin kết hợp vệ sinh phòng bệnh giữ miễn dịch quần thể ở ngưỡng bảo hộ; cung ứng cho đàn gà, vịt và hướng dẫn lịch tiêm.",
    ),
    (
        "jQo050",
        "vi",
        "thanhhoa_vit",
        "Mô hình nuôi vịt biển an toàn sinh học",
        "Trung tâm Nghiên cứu vịt Đại Xuyên phối hợp khuyến nông triển khai mô hình 5.300 con vịt biển tại 10 hộ, hỗ trợ 50% chi phí con giống, thức ăn, vắc xin, thuốc sát trùng và tập huấn. "
        "Vịt biển sống được ở vùng nước mặn, lợ, cửa sông, tự kiếm rau bèo, côn trùng; tỷ lệ nuôi sống toàn đàn trên 90%, không xảy ra dịch bệnh.",
    ),
    (
        "jQo051",
        "en",
        "ncn_vitbien",
        "Sea duck rearing package for brackish coastal areas",
        "Rearing guide and selected stock (e.g. sea duck line 15) for tidal flats, lagoons and coastal plains: raised, ventilated houses, sand-husk or brick floors, swimming ponds 0.8–1.2 m deep. "
        "Brooding at 30–32°C in week one, 21–22% protein starter crumbles, quarantine of new flocks for 2–3 days, and vaccination schedule.",
    ),
    (
        "jQo052",
        "en",
        "vnnews_duck",
        "Concentrated, fenced duck-raising cooperative model",
        "A Dong Thap farmer with 37 years of herding free-range ducks switched to a fenced, concentrated model and helped 13 households form the province's first concentrated duck-breeding cooperative. "
        "Ducks get industrial feed from a local company and clean water under a safe farming model, avoiding long walks between communes, thefts and disease exposure.",
    ),
    (
        "jQo053",
        "en",
        "lrrd_riceduck",
        "Rice–duck system: local ducklings controlling insects and weeds",
        "Can Tho University trial on a smallholder farm in O Mon: two-week-old local ducklings released into direct-seeded rice from day 22 to flowering, with a broken-rice and fish-meal supplement. "
        "With half the nitrogen and no pesticides, rice yielded 3,888 kg/ha versus 4,240 kg/ha under full chemical management, duck mortality was zero and net benefit was highest.",
    ),
    (
        "jQo054",
        "vi",
        "bd_cut",
        "Mô hình nuôi chim cút sinh sản khép kín",
        "Trại cút bắt đầu từ 12.000 con năm 2014, nay khoảng 40.000 con trưởng thành, mỗi ngày thu 35.000–37.000 trứng. "
        "Chuồng công nghiệp bằng sắt, kẽm với hệ thống uống nước tự động; chia sẻ kỹ thuật sưởi ấm chim con, tiêu độc chuồng định kỳ và phòng trị bệnh.",
    ),
    (
        "jQo055",
        "vi",
        "danviet_cutlon",
        "Kỹ thuật ấp trứng cút lộn nâng giá trị",
        "Thay vì bán trứng cút thường giá bấp bênh, trại 6.000 cút sinh sản tuyển trứng cho vào lò ấp khoảng 10 ngày để bán trứng cút lộn giá cao và ổn định. "
        "Chuyển giao kỹ thuật chọn trứng, chế độ ấp và thời điểm thải loại đàn cút mẹ.",
    ),
    (
        "jQo056",
        "en",
        "hd_cut",
        "Multi-tier quail cages with self-rolling egg collection",
        "Netted quail cages stacked in several tiers save floor space and keep birds dry and ventilated; the slightly sloped cage floor lets each egg roll into an outside tray. "
        "Includes feed and water troughs that limit spillage; a 4,000-bird laying unit is a typical starting size, and hens lay an egg of about 10% of body weight per day, so feed must be rich.",
    ),
    (
        "jQo057",
        "en",
        "attra_egg",
        "Small-scale egg washing, candling and grading methods",
        "An ATTRA guide and training for small producers selling free-range or specialty eggs: keeping eggs clean at collection, dry cleaning, dipping and spraying instead of soaking, "
        "low-cost candling to find cracks and blood spots, grading by weight, cool storage and labelling rules.",
    ),
    (
        "jQo058",
        "vi",
        "ntv_gadoi",
        "Mô hình nuôi gà thả vườn an toàn sinh học quy mô trang trại",
        "Trang trại 10 ha chia 10 khu, mỗi năm xuất khoảng 48.000 gà thịt giống địa phương, doanh thu 5,5 tỷ đồng. "
        "Chuồng thông thoáng, lót đệm sinh học chống ẩm, gà được tiêm phòng đầy đủ rồi thả dưới tán cây, vườn san phẳng không đọng nước; thức ăn bổ sung ngô, cám gạo, thóc.",
    ),
    # --- swiftlets and edible bird's nest ---
    (
        "jQo059",
        "vi",
        "yen_tv",
        "Chuyển giao công nghệ nuôi chim yến và thiết kế nhà yến tại Trà Vinh",
        "Trung tâm Ứng dụng tiến bộ KH&CN Trà Vinh khảo sát khí hậu, nguồn thức ăn và phân bố chim yến, lập bản đồ vùng có tiềm năng nuôi yến trong tỉnh. "
        "Tiếp nhận công nghệ nuôi yến quy mô công nghiệp; thiết kế, xây mới 2 nhà yến mẫu (116 tổ) và tư vấn cải tạo 4 nhà yến (112 tổ).",
    ),
    (
        "jQo060",
        "en",
        "xdny2",
        "Swiftlet house fit-out: sound, fake nests, scent and misting",
        "Fit-out of the inside of a swiftlet house: small in-house speakers and fake nests on the nest bars, attractant scent liquid and powder, outside call speakers on an automatic sound machine, "
        "and a water-spray system keeping 80–95% humidity and 25–28°C. Double walls with a 5 cm air gap and carefully sized entrance holes and rooms along the flight route.",
    ),
    (
        "jQo061",
        "en",
        "xdny1",
        "Site survey and flight-path study before building a swiftlet house",
        "Consulting service that surveys the area where swiftlets feed and fly, maps flight routes and estimates bird numbers before any investment decision. "
        "The scale, floors, entrance holes and ventilation are then designed to the local temperature (e.g. 28–30°C) and humidity, with checks for predators such as rats, ants, owls and snakes.",
    ),
    (
        "jQo062",
        "en",
        "thrielau",
        "Low-cost swiftlet house built from stacked containers",
        "A cheaper option than a concrete building: shipping containers stacked on a reinforced-concrete or steel base, with insulated roof and walls to hold a stable 28–30°C and 75–85% humidity. "
        "Includes a swiftlet detector survey of the site, blocking of light and cave-like interior layout.",
    ),
    (
        "jQo063",
        "en",
        "bsf_yen",
        "Operating a swiftlet house: nine factors of success",
        "Technical package on the nine factors that decide nesting: location, temperature and humidity, light level (lux), orientation of the house and bird entrance, indoor circling room size, "
        "nest-plank system, sound system, humidification and ventilation, and day-to-day operation. Suited to the house swiftlet subspecies nesting from Thanh Hoa to Ca Mau.",
    ),
    (
        "jQo064",
        "vi",
        "apbac_yen",
        "Kinh nghiệm dẫn dụ chim yến bằng âm thanh đúng thời điểm ra đàn",
        "Chủ nhà yến lâu năm ở Gò Công (thu trung bình gần 20 kg tổ yến mỗi tháng) chia sẻ cách chọn vị trí, xây nhà và 'chiêu dụ' chim yến. "
        "Điểm then chốt là mở máy phát âm thanh đúng thời điểm chim ra đàn; mở sai thời điểm thì chim vào ở rất ít.",
    ),
    (
        "jQo065",
        "vi",
        "vuaweb_yen",
        "Quy trình sơ chế, tinh chế tổ yến sạch lông",
        "Quy trình tinh chế tổ yến: phân loại theo độ dày, màu sắc, tạp chất; ngâm nước lọc 20–25 phút cho sợi yến tơi; xả nhiều lần loại lông măng; nhặt lông còn sót bằng nhíp. "
        "Nhân viên được đào tạo, trang bị bảo hộ, dụng cụ khử trùng; lưu ý không ngâm quá lâu làm mất khoáng chất.",
    ),
    (
        "jQo066",
        "vi",
        "requa_yen",
        "Quy trình sản xuất yến sào từ tổ thô đến thành phẩm",
        "Năm bước: kiểm tra chất lượng tổ yến thô sau thu hoạch, làm sạch bụi và tạp chất ở trạng thái khô, ngâm mềm và nhặt lông, định hình và sấy, đóng gói bảo quản. "
        "Tư vấn bố trí xưởng, dụng cụ và kiểm soát vệ sinh để hạn chế hao hụt dưỡng chất.",
    ),
    (
        "jQo067",
        "vi",
        "tusayyen",
        "Máy sấy lạnh và sấy thăng hoa cho tổ yến và nông sản giá trị cao",
        "Máy sấy lạnh làm khô ở 10–50°C bằng không khí đã tách ẩm, giữ màu, mùi và vitamin; máy sấy thăng hoa cho sản phẩm cao cấp như tổ yến, đông trùng hạ thảo. "
        "Kỹ sư tư vấn chọn công nghệ theo sản phẩm, lắp đặt và hướng dẫn vận hành.",
    ),
    # --- insects and earthworms ---
    (
        "jQo068",
        "vi",
        "qdnd_rld",
        "Kỹ thuật nuôi ruồi lính đen làm thức ăn chăn nuôi",
        "Hướng dẫn nuôi ruồi lính đen theo vòng đời khoảng 45 ngày: trứng 4 ngày, ấu trùng 14 ngày, sâu canxi 14 ngày, nhộng, kén và ruồi trưởng thành giao phối trong buồng lưới. "
        "Ấu trùng dùng làm thức ăn cho lợn, gia cầm, thủy sản, giúp giảm chi phí, tăng tốc độ sinh trưởng; đồng thời xử lý chất thải chăn nuôi, tạo phân bón. Kèm thiết kế chuồng nuôi.",
    ),
    (
        "jQo069",
        "vi",
        "phuankhanh_rld",
        "Nuôi ấu trùng ruồi lính đen xử lý phân heo và chất thải hữu cơ",
        "Ấu trùng ruồi lính đen rất phàm ăn: 1 m2 ấu trùng xử lý xong khoảng 40 kg phân heo tươi mỗi ngày. "
        "Ấu trùng chứa tới 45% protein và 34% chất béo, dùng cho gia cầm, gia súc, thủy sản. Chuyển giao thức ăn cho ruồi, mật độ, độ ẩm và kỹ thuật thu hoạch.",
    ),
    (
        "jQo070",
        "vi",
        "vanhien_rld",
        "Cung cấp trứng ruồi lính đen giống và ấu trùng",
        "Trại ở Củ Chi nuôi ruồi lính đen lấy trứng và ấu trùng cung cấp cho người chăn nuôi; giá trứng 15–20 triệu đồng/kg. "
        "Ruồi cái đẻ 500–800 trứng; hỗ trợ kỹ thuật ấp nở và nuôi ấu trùng cho người mua giống.",
    ),
    (
        "jQo071",
        "en",
        "iwmi_bsf",
        "Business models for organic-waste processing with black soldier fly",
        "IWMI/CGIAR Resource Recovery and Reuse guide drawing on global experience of black soldier fly waste processing, from technology to business. "
        "Covers substrate choice (market, food and agro-industrial waste), rearing units, larvae processing into feed, frass as fertiliser, costs and revenue models, useful for a municipality or cooperative setting up a plant.",
    ),
    (
        "jQo072",
        "en",
        "monitor_bsf",
        "Black soldier fly starter kit: bins, larvae and feed processing",
        "A starter package for farmers: breeding cage, bins and training to rear their own eggs. "
        "About 100 kg of organic substrate yields 60–70 kg of larvae in two weeks; larvae carry at least 40–45% protein and 30% fat, can be fed live to poultry and pigs or dried into meal, and pressed for oil. "
        "Farmers report saving around 22% on feed compared with pellets; the frass is sold as fertiliser.",
    ),
    (
        "jQo073",
        "en",
        "bsfsf_bins",
        "Household black soldier fly bins for organic waste",
        "Thermophilic composting bins stocked with black soldier fly larvae, piloted with households by the Binh Dinh Water Supply and Sanitation Project. "
        "Larvae decompose food leftovers, spoiled vegetables and fruit within 10–12 hours; adults do not eat, bite or carry disease. Bins and larvae supplied with user training.",
    ),
    (
        "jQo074",
        "vi",
        "nhanongxanh_de",
        "Mô hình nuôi dế Thái trên diện tích nhỏ",
        "Mô hình của lão nông ở Long Hồ (Vĩnh Long): chưa đầy 100 m2 nuôi dế Thái, lợi nhuận trên 200 triệu đồng mỗi năm, khoảng 20 triệu đồng mỗi tháng. "
        "Vốn ít, ít công chăm sóc, giá bán ổn định; chia sẻ cách bố trí chuồng, thức ăn và đầu ra.",
    ),
    (
        "jQo075",
        "vi",
        "nn_de",
        "Kỹ thuật nuôi dế thịt trong thùng",
        "Nuôi dế trong thùng xốp hoặc gỗ dài 2 m, rộng 1 m, cao 0,5 m để hạn chế hao hụt; 30 thùng cho 5–7 kg dế thịt mỗi thùng mỗi tháng, tổng trên 150 kg/tháng, giá 120.000–150.000 đồng/kg. "
        "Hướng dẫn ấp ổ trứng, chăm sóc nhiều loại dế (dế Thái, dế ta, dế cơm).",
    ),
    (
        "jQo076",
        "en",
        "vnnet_de",
        "Cricket egg trays and clean-feed advice",
        "A Binh Phuoc cricket breeder with five years' experience sells about 100 egg trays a week at 70,000–80,000 VND each; one tray yields about 5 kg of market crickets. "
        "Advice focuses on feed: cassava, gourd, amaranth and sweet-potato leaves must be free of pesticide residues or crickets die en masse, so the breeder grows his own greens; plus pen hygiene and stocking density.",
    ),
    (
        "jQo077",
        "vi",
        "ducthanh_trun",
        "Mô hình nuôi trùn quế xử lý chất thải chăn nuôi",
        "Trùn quế phân hủy nhanh phân gia súc và phụ phẩm nông nghiệp: 500 m2 nuôi trùn xử lý khoảng 12 tấn chất thải mỗi tháng, giảm mùi hôi. "
        "Sản phẩm gồm phân trùn giàu vi sinh và trùn tươi (protein khoảng 70%) làm thức ăn cho gà, vịt, cá. Chuyển giao giống trùn, luống nuôi và quy trình thu hoạch.",
    ),
    # --- animal feed from local by-products ---
    (
        "jQo078",
        "en",
        "wjar_ferm",
        "Fermented rice bran and cassava waste for pig diets",
        "Hue University of Agriculture and Forestry process fermenting rice bran and cassava waste with Trichoderma, Aspergillus niger, Pichia and Lactobacillus buchneri. "
        "Tested on Landrace x Yorkshire pigs at 15–25% of the grower diet and 30–40% of the finisher diet: fermented rice bran gave higher intake and gain than fermented cassava waste, which gave the better feed conversion. Starter cultures and mixing guidance transferred.",
    ),
    (
        "jQo079",
        "en",
        "ajas_fibre",
        "Nutrient and fibre analysis of local pig-feed by-products",
        "Laboratory characterisation of fibre-rich feedstuffs common in Vietnamese pig feeding: rice bran, cassava residue, brewers' grain, tofu residue, soybean meal, coconut cake, sweet potato vines and water spinach. "
        "Reports crude protein (21–506 g/kg DM), fat, starch (563 g/kg DM in cassava residue), non-starch polysaccharides and water-holding capacity, so that rations can account for batch variation.",
    ),
    (
        "jQo080",
        "en",
        "aciar_ias",
        "Least-cost commercial pig feeds from local ingredients",
        "ACIAR project with the Institute of Agricultural Science of South Vietnam and the post-harvest institute on using local ingredients in commercial pig feeds. "
        "Provides nutrient values, inclusion limits and least-cost formulations for by-products such as rice bran, broken rice and cassava, and advice to small feed mills.",
    ),
    (
        "jQo081",
        "en",
        "ddg",
        "Rice and cassava distillers' dried grains as pig feed",
        "Nutritional values of rice and cassava DDG collected in Vietnam: rice DDG is very rich in protein (70.4%) and low in fibre, cassava DDG rich in fibre (32.8%) and low in protein. "
        "Feeding 7% rice DDG or 4% cassava DDG to growing pigs kept normal performance, and rice DDG raised IgM and IgG by 26.5% and 18.7%.",
    ),
    (
        "jQo082",
        "en",
        "sciepub_ruou",
        "Use of rice-wine distillers' by-product in smallholder pig rations",
        "Survey of 120 artisan rice-alcohol producers and 63 by-product samples in northern Vietnam: households produce 2.1–4.8 t of dry matter of distillers' residue a year and herd size grows with alcohol output. "
        "Guidance on nutrient value over one week of storage, and on how much to feed to sows and fatteners.",
    ),
    (
        "jQo083",
        "en",
        "lrrd_ruou",
        "Rice distillers' by-product with rice bran and water spinach for local pigs",
        "Feeding trial diets of 70% rice bran, 20% fresh water spinach and 10% rice distillers' by-product (DM basis) for growing pigs of local breeds. "
        "Supplementation raised feed intake and growth rate in Mong Cai pigs; digestibility measured with the insoluble-ash method.",
    ),
    (
        "jQo084",
        "en",
        "mekarn_fish",
        "Ensiling fish by-products as protein feed for pigs",
        "National Institute of Animal Husbandry method for preserving ground small fish and fish offal: ensile with at least 2% formic acid on a wet basis, or with 20% C-molasses so pH falls below 4.5 within 5 days and stays low for 60 days. "
        "Fish silage can replace part of the fish meal in growing-pig diets; palatability and inclusion level guidance included.",
    ),
    (
        "jQo085",
        "en",
        "pigprogress_fish",
        "Acid fish silage production for pig feeding",
        "How to turn by-catch and fish waste (heads, offal) into a cheap protein feed instead of dumping it: chop or grind fresh material, mix with formic, propionic or mineral acid in non-metal vats, stir several times daily for 3–5 days. "
        "The low pH stops putrefaction and allows long storage; nutritional value for pigs and preparation hygiene are covered.",
    ),
    (
        "jQo086",
        "vi",
        "lua2_uchua",
        "Quy trình ủ chua thân cây bắp làm thức ăn dự trữ cho bò",
        "Quy trình của TS. Lê Đăng Đảnh (Trường ĐH Nông Lâm TP.HCM): thân bắp tươi cắt 2–3 cm, trộn 0,5% muối hoặc 5% rỉ mật đường, cho vào bao nilon hút hết không khí, nén chặt 10–30 kg/bao. "
        "Thân bắp khô cắt 3–5 cm, trộn muối, bắp xay hoặc rỉ đường, ủ bao 4–5 kg. Có thể ủ với acid formic để hạn chế nấm mốc.",
    ),
    (
        "jQo087",
        "vi",
        "agriviet_tb",
        "Mô hình ủ chua thân cây bắp trong túi nilon cho trâu bò mùa khô",
        "Mô hình của Phòng NN&PTNT Tam Bình và UBND xã Loan Mỹ: tận dụng thân bắp sau thu hoạch trái, ủ chua trong túi nilon với cám gạo, bột bắp và muối để tăng phân giải chất khô, tăng tỷ lệ tiêu hóa. "
        "Giúp hộ chăn nuôi dự trữ thức ăn chi phí thấp cho thời điểm khan hiếm cỏ.",
    ),
    (
        "jQo088",
        "vi",
        "binhquan",
        "Công thức ủ chua thân cây ngô kết hợp cám gạo, bột sắn, rỉ mật",
        "Công thức cho 100 kg thân ngô, vỏ bắp tươi đã phơi héo: 4 kg cám gạo, 4 kg bột sắn, 5–10 kg rỉ mật, 10–20 lít nước, 0,5 kg muối. "
        "Hướng dẫn thời điểm thu hoạch, phơi héo nửa ngày, băm 1–4 cm và nén ủ.",
    ),
    (
        "jQo089",
        "vi",
        "stmbm",
        "Máy băm cỏ và quy trình ủ chua cỏ voi cho bò",
        "Cung cấp máy băm cỏ, thân bắp, rơm cho trâu bò và hướng dẫn ủ chua bằng túi nilon dày, hố đào hoặc bể xi măng (1 m3 chứa 800–1.000 kg cỏ). "
        "Cỏ voi ủ có mùi thơm, vị chua nhẹ, giàu vitamin nhóm B; lưu ý không thay hoàn toàn thức ăn xanh để tránh tiêu chảy.",
    ),
    (
        "jQo090",
        "vi",
        "bacgiang_lac",
        "Ủ chua thân lá lạc làm thức ăn nuôi bò thịt",
        "Nghiên cứu của Khoa Chăn nuôi & NTTS, Trường ĐH Nông nghiệp Hà Nội trên 12 bê đực Laisind 18–21 tháng tuổi: thân lá lạc ủ chua với 0,5% muối và 6% bột ngô cho tăng trọng 0,55 kg/con/ngày, "
        "hiệu quả kinh tế 103,19 nghìn đồng/con/tháng, cao hơn công thức không bổ sung bột ngô.",
    ),
    (
        "jQo091",
        "vi",
        "trieuphu",
        "Ủ chua thân lá bắp với urê cho trâu bò",
        "Công thức cho 100 kg thân lá bắp tươi: 3 kg urê và 0,5 kg muối; thân chặt cách gốc 30–40 cm, loại lá sâu, úa, băm 3–4 cm, hong trong bóng râm và ủ ngay trong 1–2 ngày. "
        "Kèm giới thiệu máy băm bắp công suất hàng tấn mỗi ngày cho trang trại lớn.",
    ),
    # --- probiotics, herbal additives, antimicrobial stewardship ---
    (
        "jQo092",
        "vi",
        "lvk_thaoduoc",
        "Tư vấn công thức thảo dược thay thế kháng sinh trong thức ăn chăn nuôi",
        "Tổng hợp của PGS.TS Lã Văn Kính về 6 cơ chế tác động của thảo dược: kháng khuẩn, trị cầu trùng, kháng viêm, kích thích ăn và tăng tiêu hóa, chống oxy hóa, tăng miễn dịch. "
        "Thảo dược không tồn dư, không gây kháng thuốc nhưng khó chuẩn hóa; dịch vụ tư vấn chọn nguyên liệu, tiêu chuẩn hóa và phối trộn cho nhà máy thức ăn.",
    ),
    (
        "jQo093",
        "vi",
        "cp3",
        "Chế phẩm thảo dược CP3 (xạ can, quế, dâu tằm) cho heo con sau cai sữa",
        "Chế phẩm gồm cao xạ can 39,9%, cao quế 36,6%, cao dâu tằm 23,5%, thử trên 240 heo D(YL) 28 ngày tuổi. "
        "So với lô không kháng sinh, heo tăng khối lượng cao hơn 14–23%, chi phí thức ăn/kg tăng trọng giảm 3–5%, tỷ lệ bệnh hô hấp giảm 32–51%; thay được kháng sinh Tiamulin trộn thức ăn. Liều tối ưu 0,5%, rẻ hơn chế phẩm ngoại 6%.",
    ),
    (
        "jQo094",
        "vi",
        "nlu_probiotic",
        "Probiotic kết hợp thảo dược giảm tiêu chảy heo con cai sữa",
        "Kết quả khảo sát của Trường ĐH Nông Lâm TP.HCM tại xí nghiệp chăn nuôi ở Cái Bè (Tiền Giang): bổ sung probiotic và thảo dược vào khẩu phần heo con cai sữa giúp cải thiện sinh trưởng và giảm tỷ lệ tiêu chảy. "
        "Chuyển giao liều dùng và cách phối hợp với quy trình chăm sóc heo cai sữa.",
    ),
    (
        "jQo095",
        "vi",
        "vnua_kks",
        "Đánh giá chế phẩm bổ sung không kháng sinh cho lợn và gà",
        "Khoa Thú y, Học viện Nông nghiệp Việt Nam đánh giá các nhóm chế phẩm thay kháng sinh kích thích sinh trưởng (probiotic, prebiotic, acid hữu cơ, tinh dầu, thảo dược). "
        "Nhận thử nghiệm và tư vấn lựa chọn chế phẩm phù hợp, nêu rõ hạn chế và triển vọng của từng nhóm.",
    ),
    (
        "jQo096",
        "en",
        "oucru",
        "Vet advisory and antimicrobial replacement package for small chicken farms",
        "A three-year intervention by OUCRU, Nong Lam and Can Tho universities and FAO on small-scale chicken farms in the Mekong Delta: regular veterinary advice on flock health and husbandry plus antimicrobial replacement products. "
        "Farms in the programme cut antimicrobial use by 66% from 343 animal daily doses per 1,000 chicken-days and weekly mortality by 40%, while bodyweight increased.",
    ),
    (
        "jQo097",
        "en",
        "plos_feed",
        "Audit of antimicrobials in commercial poultry feed labels",
        "A method to check feed products for antimicrobial active ingredients: labels of 99 commercial feeds used by 338 small chicken flocks in the Mekong Delta were inspected and daily amounts calculated. "
        "35% contained antimicrobials (chlortetracycline, enramycin, bacitracin, colistin and others) and 10 products did not comply with Circular 06/2016, e.g. colistin or over-limit doses. Offered as an audit service for dealers and authorities.",
    ),
    (
        "jQo098",
        "vi",
        "eufeed_ga",
        "Men vi sinh probiotic cho gà trộn thức ăn hoặc nước uống",
        "Chế phẩm chứa Bacillus, Lactobacillus, Saccharomyces chịu acid dạ dày và muối mật, bám niêm mạc ruột và cạnh tranh với vi khuẩn gây bệnh. "
        "Giúp cân bằng hệ vi sinh đường ruột, hỗ trợ tiêu hóa, tăng miễn dịch và giảm dùng kháng sinh; dùng trộn thức ăn hoặc pha nước uống.",
    ),
    (
        "jQo099",
        "en",
        "vis_review",
        "Consulting on alternatives to antibiotic growth promoters in broilers",
        "Review-based advice on the cost, health and residue consequences of antibiotic use in broiler production and on the alternatives: probiotics, prebiotics, organic acids, phytogenics and enzymes. "
        "Helps producers plan a transition in line with the Global Action Plan on antimicrobial resistance.",
    ),
    # --- vaccine cold chain and vaccination services ---
    (
        "jQo100",
        "en",
        "solarchill",
        "Solar direct-drive vaccine refrigerators",
        "Battery-free solar direct-drive refrigerators meeting WHO PQS standards, keeping vaccines and temperature-sensitive medicines within the required range where grid power is missing or unreliable. "
        "More reliable than kerosene units; 15,000–20,000 units are installed in health centres in Africa, Asia and Latin America and can be used in emergencies.",
    ),
    (
        "jQo101",
        "en",
        "mccarney_solar",
        "Advisory on solar refrigeration for vaccine storage",
        "Review by SELF, GAVI and PATH of solar refrigeration for vaccine storage where electricity is inadequate or costly: why kerosene and gas fridges fail PQS standards, "
        "the battery problems of first-generation solar fridges and the advantages of direct-drive designs. Used to choose and budget cold-chain equipment.",
    ),
    (
        "jQo102",
        "en",
        "appropedia",
        "Photovoltaic vaccine refrigerator",
        "A photovoltaic refrigerator as a cost-effective, reliable way to keep vaccines at 2–8°C (or below –15°C for some) in rural areas off the grid or with unreliable supply. Open design documentation.",
    ),
    (
        "jQo103",
        "en",
        "rabies_storage",
        "Vaccine storage set-up for mass animal vaccination campaigns",
        "Guidance from the rabies elimination blueprint on storage infrastructure: enough refrigerators for large volumes of animal vaccine, kerosene or gas units where there is no electricity, "
        "freezer compartments only for ice packs used in the field, and never for vaccines.",
    ),
    (
        "jQo104",
        "en",
        "anlao_vacc",
        "Commune veterinary network for livestock vaccination in remote communes",
        "Model from An Lao district where every commune has a veterinary officer: yearly campaigns reached 93% coverage against avian influenza, 87% against pasteurellosis and nearly 89% against foot-and-mouth disease. "
        "Coordination with mass organisations to persuade households, scheduling and record keeping for hard-to-reach hamlets.",
    ),
    # --- slaughterhouses and meat hygiene ---
    (
        "jQo105",
        "vi",
        "thvl_lgm",
        "Bộ tiêu chí đánh giá, xếp loại và nâng cấp lò giết mổ gia súc, gia cầm",
        "Vĩnh Long có 40 lò giết mổ tập trung; theo quy hoạch tỉnh nâng cấp, xây mới 21 cơ sở đạt chuẩn và đóng cửa 13 cơ sở không đạt. "
        "Bộ tiêu chí đánh giá xếp loại và hướng dẫn cải tạo mặt bằng, dòng chảy một chiều, xử lý nước thải để đảm bảo vệ sinh thú y, an toàn thực phẩm.",
    ),
    (
        "jQo106",
        "vi",
        "qd87",
        "Quy trình kiểm soát giết mổ động vật (trước, trong và sau giết mổ)",
        "Tài liệu hướng dẫn theo Quyết định 87/2005/QĐ-BNN: điều kiện cơ sở giết mổ tập trung, kiểm tra động vật trước giết mổ, kiểm tra thân thịt và phủ tạng, xử lý sản phẩm không đạt, đóng dấu kiểm soát. "
        "Tập huấn cho kiểm soát viên và chủ cơ sở giết mổ.",
    ),
    (
        "jQo107",
        "en",
        "baothang",
        "Model for moving backyard slaughtering into a centralised slaughter point",
        "A district programme in Lao Cai moved 10 spontaneous slaughtering households into a centralised slaughter area, which now handles about 40 cattle a day. "
        "Meat is controlled and stamped after slaughter; the district gains control of animal origin and disease and protects residential areas. Includes the outreach steps used to persuade households.",
    ),
    (
        "jQo108",
        "vi",
        "dongnai_gm",
        "Xây dựng điểm, cơ sở giết mổ tập trung và dây chuyền giết mổ gia cầm",
        "Kinh nghiệm quy hoạch của Đồng Nai: 30/36 cơ sở, điểm giết mổ tập trung đã xây dựng, bổ sung 9 điểm cho các huyện còn thiếu. "
        "Tư vấn chọn địa điểm, quy mô và dây chuyền giết mổ gà công nghiệp như cơ sở ở Trảng Bom.",
    ),
    # --- manure, odour, biogas ---
    (
        "jQo109",
        "vi",
        "tn_demlot",
        "Nuôi heo trên đệm lót sinh học không tắm heo, hết mùi hôi",
        "Đệm lót trộn mạt cưa, vỏ trấu, cám bắp với men vi sinh, dày ít nhất 60 cm, ủ 7–10 ngày rồi thả heo; vi sinh phân hủy phân và nước tiểu nên không phát mùi, không phải rửa chuồng. "
        "12 m2 đệm nuôi được 8 heo thịt; 7–10 ngày cào xới mặt đệm, sau 10–12 lứa lấy ra làm phân bón. Chuồng hai mái chồng thông thoáng.",
    ),
    (
        "jQo110",
        "vi",
        "nnhc_demlot",
        "Nuôi gà trên đệm lót sinh học giảm phát tán mùi",
        "Trang trại 3.000 m2 nuôi 3.000 gà trên đệm trấu rắc men sinh học, mỗi tuần trộn lại; không phát mùi sang khu dân cư xung quanh, gà ít bệnh. "
        "Sau mỗi lứa đệm lót ủ thành phân hữu cơ đóng bao bán. Hội Nông dân tỉnh tập huấn kỹ thuật.",
    ),
    (
        "jQo111",
        "vi",
        "hcn_u",
        "Ủ sinh học chất độn chuồng gà diệt mầm bệnh làm phân bón",
        "Quy trình ủ chất thải, chất độn chuồng gà thịt cho trại vừa và nhỏ: sau 2–3 ngày nhiệt độ đống ủ lên trên 50°C và giữ 55–65°C đến 21 ngày, vi khuẩn đường ruột giảm mạnh, không còn Salmonella. "
        "Trộn thêm trấu và đảo hàng tuần giúp phân hủy nhanh, hết mùi; bổ sung EM không cho hiệu quả đáng kể.",
    ),
    (
        "jQo112",
        "en",
        "fao_tube",
        "Low-cost polyethylene tube biodigesters for small farms",
        "Tubular plastic biodigesters installed on small-scale farms by the University of Agriculture and Forestry (Thu Duc) with FAO: low installation cost, pig manure turned into cooking gas and a better fertiliser effluent, less pollution. "
        "Covers siting, installation and adapting the design to local conditions.",
    ),
    (
        "jQo113",
        "en",
        "he_slurry",
        "Using biogas bio-slurry as fertiliser and fish-pond input",
        "Can Tho University study on effluent from co-digesting pig manure and water hyacinth: leaf mustard fertilised with the effluent yielded 2.2 times more and flowered earlier. "
        "Tilapia ponds fed 50% bio-slurry and 50% commercial feed produced 43.8–51.9 kg/ha/day. Guidance on application rates.",
    ),
    (
        "jQo114",
        "vi",
        "ctu_biogas",
        "Bổ sung lục bình và rơm cho hầm biogas khi thiếu phân heo",
        "Nghiên cứu của Trường ĐH Cần Thơ: hầm biogas ở ĐBSCL chậm phát triển vì phân heo không ổn định do dịch bệnh, giá cả. "
        "Ủ yếm khí phối trộn phân heo với lục bình hoặc rơm đã trồng nấm theo nhiều tỷ lệ trong 35 ngày cho thấy hai nguyên liệu này có thể nạp bổ sung, thậm chí thay phân heo.",
    ),
    (
        "jQo115",
        "en",
        "bmp",
        "Biomethane potential testing of manures and residues",
        "Laboratory BMP tests (University of Southern Denmark with Hue and VNUA) of Vietnamese biomasses: piglet manure gave 443 NL CH4/kg VS, cow 222, sow 177, rabbit 172, goat 169, buffalo 153; duckweed 340. "
        "Chicken manure, slaughterhouse waste and cassava residue inhibited methane. A model predicts yield from biomass composition to size digesters.",
    ),
    (
        "jQo116",
        "en",
        "ajas_insul",
        "Insulated composite biogas digesters and slurry handling",
        "Study of composite digesters buried 1.4–1.8 m: insulating with Styrofoam and loading slurry when the mixing tank peaks in temperature around 14:00 raise digester temperature and gas output. "
        "Algorithms relate digester temperature to slurry temperature, useful to plan loading and insulation.",
    ),
    (
        "jQo117",
        "en",
        "biofilter_mn",
        "Biofilters for odour control at livestock and poultry barns",
        "University of Minnesota design package for biofilters: a bed of compost and wood chips through which exhaust air is pushed so microbes convert odorous gases. "
        "Cuts odour and hydrogen sulphide by up to 95% and ammonia by 65%; covers bed sizing, fan selection, media, moisture control and costs for mechanically ventilated buildings.",
    ),
    (
        "jQo118",
        "en",
        "lpelc",
        "Multi-pollutant air scrubbers for pig and poultry house exhaust",
        "Packed-bed acid scrubbers and biotrickling filters, standard in the Netherlands, Germany and Denmark, remove 70–95% of ammonia from exhaust air. "
        "New multi-stage scrubbers also target odour and fine dust: farm-scale tests gave 83% ammonia, 40% odour and about 43% PM10 removal. Best suited to houses with central ventilation ducts.",
    ),
    (
        "jQo119",
        "vi",
        "vmtnn",
        "Đánh giá hiện trạng và tư vấn quản lý, xử lý chất thải chăn nuôi",
        "Viện Môi trường Nông nghiệp đánh giá ô nhiễm từ chăn nuôi chuyển từ nông hộ sang tập trung: chất thải rắn, lỏng xả thẳng ra môi trường và khí thải. "
        "Tư vấn lựa chọn công nghệ xử lý phù hợp (biogas, ủ phân, đệm lót) và quy hoạch vùng chăn nuôi gắn với nhu cầu phân bón hữu cơ.",
    ),
    # --- traceability, phone advice, herd records ---
    (
        "jQo120",
        "vi",
        "viettimes_tefood",
        "Hệ thống truy xuất nguồn gốc thịt và trứng gia cầm bằng mã QR",
        "Giải pháp TE-FOOD dùng mã QR, điện toán đám mây, tem truy xuất và phần mềm quản lý: người mua quét tem bằng Zalo hoặc ứng dụng để xem con giống, thức ăn, tiêm phòng, cơ sở đóng gói. "
        "Tại TP.HCM đã có 35 trại gà giống, 431 trại gà thịt và 51 trại gà, vịt đẻ (hơn 80 triệu trứng/tháng) đăng ký tham gia.",
    ),
    (
        "jQo121",
        "vi",
        "sgtt_heo",
        "Truy xuất nguồn gốc thịt heo từ trại đến điểm bán",
        "Quy trình gắn vòng niêm phong chống sao chép ở hai chân sau heo tại trại, niêm phong xe vận chuyển, kiểm dịch viên cập nhật giấy chứng nhận vào hệ thống, "
        "vòng nhận diện trên từng mảnh thịt sau giết mổ và tem QR tại siêu thị. Người mua quét bằng điện thoại để biết nguồn gốc, kiểm dịch.",
    ),
    (
        "jQo122",
        "vi",
        "vnnet_tefood",
        "Tem truy xuất chống giả ColorGram kèm mã QR cho thịt",
        "Tem in dãy màu theo thuật toán bảo mật kèm QR, so khớp trên ứng dụng TE-FOOD để chống hàng giả; kết hợp vòng khóa, tem vệ sinh thú y điện tử và phân tích dữ liệu. "
        "Đã áp dụng tại 349 điểm bán thịt heo ở TP.HCM.",
    ),
    (
        "jQo123",
        "en",
        "ilri_fvc",
        "FarmVetCare mobile app linking farmers and local vets",
        "A mobile application launched in December 2023 by ILRI and the National Institute of Veterinary Research for disease surveillance and advice. "
        "Farmers send messages, photos and calls about sick animals to commune and district vets; trainings were run for 21 community veterinarians in Lao Cai and Hoa Binh.",
    ),
    (
        "jQo124",
        "en",
        "ilri_poster",
        "One Health ICT platform for reporting animal disease from farms",
        "The ICT4Health platform behind FarmVetCare: farmers report suspected African swine fever, foot-and-mouth disease, avian influenza, leptospirosis and streptococcosis with photos and messages, "
        "and vets must answer within 24 hours. Target of 1,000 farms and 40 local vets per pilot, with biosecurity and risk-communication training.",
    ),
    (
        "jQo125",
        "en",
        "elearn_digital",
        "Digital advisory tools for livestock farmers short of vets",
        "Smartphone utilities and online guidance that give farmers reliable animal-health advice, help them decide when antibiotics are really needed and filter misinformation from social media. "
        "Based on the experience of part-time pig farmers in Vietnam managing around 600 pigs.",
    ),
    (
        "jQo126",
        "en",
        "kasetsart",
        "Web-based information system for swine breeding herds",
        "Open-source (LAMP) web system developed at Kasetsart University for recording and tracing sow data, producing reports and graphs and helping diagnose production problems. "
        "Runs on the internet, an intranet or a stand-alone computer, removing licence costs; piloted on six farms.",
    ),
    (
        "jQo127",
        "en",
        "pig333",
        "Printable sow card and breeding-herd record system",
        "A sow card template for farms without software: sow ID, parity, breed and location, first and repeat matings with dates, boar or semen dose, worker, farrowing and weaning results. "
        "Helps plan vaccinations and moves and analyse reproductive problems.",
    ),
    (
        "jQo128",
        "en",
        "bayer_bcs",
        "Smartphone app for sow body-condition scoring",
        "BCS SowDition app scores sow body condition on a 1–5 scale with a photo-and-line-fit method, reducing subjective visual scoring. "
        "Helps adjust feeding of sows for health, welfare and fertility.",
    ),
    # --- neighbouring fields: aquaculture, crop fertiliser, drying, human health, generic software ---
    (
        "jQo129",
        "vi",
        "sgtrang_vietgap",
        "Tư vấn chứng nhận VietGAP cho nuôi tôm thẻ chân trắng",
        "Nghiên cứu trên 105 hộ nuôi tôm thẻ thâm canh có VietGAP ở Sóc Trăng: ao lắng 94%, kiểm dịch giống 100%, mật độ 40 con/m2, năng suất 2,7–5,6 tấn/ha/vụ; 98% lô hàng đạt chuẩn xuất khẩu, giá cao hơn 2.000–5.000 đồng/kg. "
        "Dịch vụ hướng dẫn hồ sơ và thực hành VietGAP cho hộ nuôi tôm.",
    ),
    (
        "jQo130",
        "vi",
        "etech_tom",
        "Thức ăn tôm thẻ chân trắng và quy trình cho ăn ao lót bạt",
        "Tư vấn chọn thức ăn tôm theo độ đạm (nguồn đạm động vật và thực vật như bột cá, cám gạo, bã bia), máy cho ăn tự động. "
        "Kinh nghiệm ở Trà Vinh: ao lót bạt 100%, thức ăn 42 độ đạm suốt vụ, nuôi hai giai đoạn, 50 ngày đạt 55 con/kg.",
    ),
    (
        "jQo131",
        "vi",
        "farmtech_tom",
        "Đánh giá sức khỏe tôm tại ao",
        "Hướng dẫn kiểm tra ao tôm hai lần mỗi ngày: tôm chết, tôm nổi đầu, tôm tấp bờ, màu nước, mùi tanh, mùi tảo, cá bống tập trung gần bờ. "
        "Giúp phát hiện sớm thiếu oxy, khí độc và dịch bệnh để xử lý kịp thời.",
    ),
    (
        "jQo132",
        "vi",
        "webdungca",
        "Nhộng ruồi lính đen làm thức ăn cho tôm, cá",
        "Sử dụng nhộng và ấu trùng ruồi lính đen (Hermetia illucens) nuôi trên chất thải hữu cơ làm thức ăn cho tôm, cá. "
        "Ấu trùng sống chứa khoảng 15% protein và 5,8% chất béo thô; hướng dẫn phối trộn trong khẩu phần thủy sản.",
    ),
    (
        "jQo133",
        "vi",
        "ctu_phansh",
        "Phân sinh học đa chủng cho lúa, bắp lai, mía và khóm",
        "Đề tài của Trường ĐH Cần Thơ sản xuất phân sinh học từ các dòng vi khuẩn cố định đạm, tổng hợp IAA và hòa tan lân (Gluconacetobacter, Pseudomonas) cho cây trồng ở Hậu Giang. "
        "Giảm lượng phân đạm hóa học, tăng năng suất lúa cao sản, bắp lai, mía đường, khóm.",
    ),
    (
        "jQo134",
        "vi",
        "sfarm_tricho",
        "Quy trình xử lý rơm rạ bằng nấm Trichoderma",
        "Thay vì đốt rơm gây ô nhiễm, dùng nấm Trichoderma phân hủy cellulose và lignin để biến rơm rạ thành phân hữu cơ cải tạo đất, đồng thời ức chế nấm bệnh Fusarium, Pythium, Sclerotium. "
        "Hướng dẫn từng bước cho ruộng lúa.",
    ),
    (
        "jQo135",
        "vi",
        "fargreen_tricho",
        "Chế phẩm Trichoderma xử lý rơm rạ tại ruộng 4 bước",
        "Thu gom rơm ngay sau gặt, cắt 10–15 cm, xếp đống cao 30–40 cm; pha 1 kg chế phẩm với 200 lít nước, phun 5–7 lít cho 100 kg rơm khô, phủ bạt giữ ẩm. "
        "Rơm hoai thành phân bón hữu cơ cho vụ sau.",
    ),
    (
        "jQo136",
        "vi",
        "ddtt_tricho",
        "Ủ phân hữu cơ từ rơm rạ với Trichoderma và phân chuồng",
        "Ủ 1 tấn rơm rạ với 200 g chế phẩm Trichoderma, 2 kg phân NPK và 500 kg phân chuồng, phủ bạt, giữ ẩm; phân hoai giúp loại bỏ nấm gây thối rễ, bổ sung dinh dưỡng và tăng sức đề kháng cho cây trồng.",
    ),
    (
        "jQo137",
        "vi",
        "ptvs_lua",
        "Nấm Trichoderma xử lý đất trước sạ lúa",
        "Giải pháp cho ruộng sạ ngay trên nền rơm rạ tươi còn lầy: rải Trichoderma để phân giải rơm, giảm khí độc gây ngộ độc hữu cơ và ức chế nấm gây lở cổ rễ, vàng lá trên lúa non.",
    ),
    (
        "jQo138",
        "vi",
        "dna_trunque",
        "Phân trùn quế cho cây trồng và cách sản xuất tại nhà",
        "Phân trùn quế giàu mùn, NPK, vi lượng, vi khuẩn cố định đạm và hòa tan lân, có hormone sinh trưởng; dịch trùn (vermiwash) kích thích và bảo vệ cây. "
        "Hướng dẫn nuôi trùn từ rác thải nhà bếp để có phân bón hữu cơ cho rau, hoa, cây ăn trái.",
    ),
    (
        "jQo139",
        "vi",
        "thoxuan_rac",
        "Xử lý rác thải sinh hoạt hữu cơ làm phân bón quy mô hộ gia đình",
        "Tài liệu hướng dẫn của xã: nguyên lý phân hữu cơ, điều chỉnh tỷ lệ C/N, phân loại rác bếp và ủ trong thùng hoặc hố tại nhà thay vì chôn lấp cùng rác khác.",
    ),
    (
        "jQo140",
        "vi",
        "camnang_u",
        "Kỹ thuật làm phân ủ và chế phẩm thúc đẩy phân hủy",
        "Hướng dẫn làm phân ủ cho cây trồng hữu cơ: khi nào nên dùng chế phẩm EM hoặc vi sinh thúc đẩy, dùng lá xanh hoặc cơm lên men làm nguồn đạm, yếu tố thông khí, độ ẩm và nhiệt độ của đống ủ.",
    ),
    (
        "jQo141",
        "vi",
        "santavi",
        "Máy sấy nông sản bằng công nghệ bơm nhiệt sản xuất trong nước",
        "Công ty Cổ phần máy nông nghiệp Santavi chế tạo máy sấy bơm nhiệt giá thành thấp hơn 60% so với thiết bị ngoại nhập, giữ màu sắc, hương vị rau củ quả, thủy hải sản, trái cây. "
        "Tư vấn chọn công nghệ sấy (thăng hoa, khí nóng, năng lượng mặt trời, chân không) theo sản phẩm.",
    ),
    (
        "jQo142",
        "vi",
        "etime_saylanh",
        "Máy sấy lạnh 4 kg/mẻ cho đông trùng hạ thảo",
        "Máy sấy lạnh nhập khẩu công suất 4 kg/mẻ, mỗi mẻ khoảng 48 giờ, khay inox, vách xốp chống cháy cách nhiệt; giữ nguyên màu và hình dạng sợi đông trùng hạ thảo. Hỗ trợ doanh nghiệp nông nghiệp công nghệ cao chuyển từ sấy nhiệt sang sấy lạnh.",
    ),
    (
        "jQo143",
        "vi",
        "techport_say",
        "Tư vấn lựa chọn công nghệ sấy trong chế biến nông sản thực phẩm",
        "ThS. Lê Văn Bạn (Trường ĐH Nông Lâm TP.HCM) hướng dẫn dùng đồ thị không khí ẩm, độ ẩm vật liệu và độ ẩm cân bằng để chọn máy sấy tĩnh, sấy lạnh, bơm nhiệt, sấy phun, chân không; "
        "đánh giá chi phí đầu tư, vận hành và tiêu chuẩn ký hợp đồng mua máy sấy.",
    ),
    (
        "jQo144",
        "vi",
        "nangtam_say",
        "Máy sấy kết hợp bơm nhiệt, vi sóng, hồng ngoại điều khiển IoT",
        "Dòng máy sấy hybrid giảm thời gian sấy 30–50%, giữ màu và hương vị cho xoài, mít, chuối, thảo dược; cảm biến tự điều chỉnh nhiệt độ, độ ẩm, tốc độ gió và điều khiển từ xa qua điện thoại.",
    ),
    (
        "jQo145",
        "vi",
        "hoakieng_yen",
        "Sản phẩm yến sào bồi bổ sức khỏe",
        "Yến sào giàu acid amin (glycine 1,99%, valine 4,12%, leucine 4,56%, proline 5,27%, lysine 1,75%...) hỗ trợ phục hồi sức khỏe, tăng miễn dịch, tốt cho da và xương. "
        "Cung cấp sản phẩm yến chế biến sẵn và tư vấn cách dùng cho người tiêu dùng.",
    ),
    (
        "jQo146",
        "vi",
        "gpsco_qr",
        "Giải pháp truy xuất nguồn gốc hàng hóa bằng mã QR",
        "Gán mã QR riêng cho từng sản phẩm hoặc lô hàng, in lên bao bì; người mua quét bằng điện thoại để xem nhà sản xuất, quy trình, thành phần, hạn sử dụng. "
        "Doanh nghiệp quản lý chuỗi cung ứng trên hệ thống dữ liệu.",
    ),
    (
        "jQo147",
        "vi",
        "autoinvoice",
        "Phần mềm hóa đơn điện tử online cho doanh nghiệp",
        "Dịch vụ lập, phát hành và lưu trữ hóa đơn điện tử trực tuyến theo quy định, giảm chi phí in ấn, gửi hóa đơn cho khách qua email, tra cứu nhanh.",
    ),
    (
        "jQo148",
        "vi",
        "binhdinh_rac",
        "Thùng ủ vi sinh vật ưa nhiệt xử lý rác hữu cơ tại hộ gia đình",
        "Dự án Cấp nước và Vệ sinh tỉnh Bình Định trình diễn ba mô hình xử lý rác: thùng ủ vi sinh vật ưa nhiệt, thùng sinh học và ủ phân vi sinh, phục vụ quy hoạch quản lý chất thải rắn cấp huyện.",
    ),
    (
        "jQo149",
        "vi",
        "sayns_123",
        "Thiết bị sấy nông sản bằng năng lượng mặt trời",
        "Giới thiệu các kiểu thiết bị sấy năng lượng mặt trời cho nông sản: sấy trực tiếp tuần hoàn tự nhiên, có bộ thu riêng biệt, sấy gián tiếp đối lưu cưỡng bức; công nghệ đơn giản, chi phí đầu tư và vận hành thấp.",
    ),
    (
        "jQo150",
        "en",
        "peertech_shrimp",
        "Probiotic and nitrifier consortium for whiteleg shrimp ponds",
        "A consortium of Lactobacillus with Nitrosomonas and Nitrobacter isolated from pond sediments that inhibits shrimp pathogens and lowers ammonia and nitrite in grow-out ponds of Litopenaeus vannamei.",
    ),
    (
        "jQo151",
        "en",
        "was_shrimp",
        "Pond bioremediation probiotics for shrimp farms",
        "Selected beneficial bacteria that break down uneaten feed, faeces and dead algae, support the nitrogen cycle and reduce ammonia, nitrite and hydrogen sulphide in low-water-exchange shrimp ponds, lowering stress and disease risk.",
    ),
    (
        "jQo152",
        "en",
        "frontiers_blich",
        "Bacillus licheniformis for shrimp water quality and growth",
        "Research-based application of Bacillus licheniformis in Penaeus vannamei culture to improve water quality, growth performance and the bacterial community of the pond system.",
    ),
    (
        "jQo153",
        "en",
        "aquaintech",
        "Extended-release Bacillus spores for aquaculture ponds (MicroPRO)",
        "A product releasing Bacillus spores continuously to degrade accumulating organic matter in fish and shrimp systems, as an alternative to risky pond-side brewing of bacteria.",
    ),
    (
        "jQo154",
        "en",
        "alpha_covid",
        "Rapid COVID-19 antigen test for people",
        "Self-administered nose and throat swab with a lateral flow cassette that shows a positive or negative result for SARS-CoV-2 in about 15 minutes without a laboratory.",
    ),
    (
        "jQo155",
        "en",
        "distant_radt",
        "Evaluated nasal rapid antigen test for SARS-CoV-2 screening",
        "Nasal rapid antigen test evaluated against RT-PCR on 4,183 mildly symptomatic patients: sensitivity 82.1%, specificity 99.1%, better at high viral loads. Suitable for screening in clinics.",
    ),
    (
        "jQo156",
        "en",
        "self_coldchain",
        "Cold chain equipment for human vaccines",
        "Overview and supply of cold-chain tools for human vaccines from factory to clinic: refrigerators for 2–8°C and ultra-cold freezers for mRNA COVID-19 vaccines stored at –80 to –60°C, cold boxes and monitoring.",
    ),
    (
        "jQo157",
        "en",
        "nextbillion",
        "Solar vaccine fridge prototype for child immunisation",
        "An engineering prototype of a solar-powered fridge designed to keep children's vaccines at the right temperature in remote areas of developing countries.",
    ),
    (
        "jQo158",
        "en",
        "insectta",
        "Black soldier fly biomaterials from urban food waste",
        "Singapore's first urban insect farm rears black soldier fly on food waste and extracts high-value biomaterials (e.g. chitosan, melanin) for industrial and biotech uses.",
    ),
    (
        "jQo159",
        "en",
        "manaimpact",
        "Market intelligence on the black soldier fly sector in Asia",
        "Market primer for investors: the global BSF market was worth US$128 million in 2019 and is projected to reach US$3.4 billion by 2030, with Asia-Pacific holding about half; covers business models and players.",
    ),
    (
        "jQo160",
        "en",
        "sanzyme",
        "Gut probiotics for farmed shrimp",
        "Probiotic bacteria and yeasts for shrimp aquaculture that balance gut microbiota, improve digestion and reduce disease losses, which can reach 30–80% mortality in shrimp farming.",
    ),
]
