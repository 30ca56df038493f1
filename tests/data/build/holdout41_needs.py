"""Needs of the holdout41 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer would solve the need, 1 = partly relevant; unlisted offers are not relevant.
"""

NEEDS = [
    # --- pigs: African swine fever and farm biosecurity ---
    (
        "jQn01",
        "vi",
        "baotayninh_asf",
        "Giữ cho chuồng heo không bị dịch quay lại",
        "Nhà tôi ở Tam Bình nuôi khoảng 30 con heo thịt, đầu năm trong ấp có mấy ổ dịch tả heo châu Phi nhỏ, tuy đã dập nhưng tôi rất sợ dịch quay lại. "
        "Chuồng làm gần nhà, ai muốn vô coi heo cũng được, xe cám đậu sát chuồng. Cần người tới chỉ cách rào, sát trùng, quản người và xe ra vào cho đúng mà không tốn kém quá.",
        {"jQo001": 2, "jQo005": 2, "jQo002": 1, "jQo004": 1, "jQo006": 1},
    ),
    (
        "jQn02",
        "en",
        "medioq_asf",
        "Find out which weak points let disease into our members' pig pens",
        "Our pig cooperative in Càng Long has 25 member households, each with 10 to 50 pigs. Half of them had sick pigs in the last six months and we do not know why some farms get hit and others not. "
        "We want someone to visit every farm, score what could bring disease in (trucks, well water, the farm next door, visitors) and tell each family which two or three changes matter most.",
        {"jQo002": 2, "jQo001": 1, "jQo005": 1, "jQo006": 1},
    ),
    (
        "jQn03",
        "vi",
        "frojeo_asf",
        "Trại nái có con sốt, muốn chỉ loại con bệnh để giữ đàn",
        "Trại 200 nái ở Châu Thành (Trà Vinh) mấy hôm nay có vài con sốt, bỏ ăn, da đỏ. Nếu tiêu hủy cả trại thì mất hết nái giống tốt. "
        "Cần một quy trình rõ ràng: lấy mẫu con nào, xét nghiệm ở đâu, tách ô ra sao, công nhân đi lại thế nào để chỉ loại đúng con bệnh mà không làm lây cả trại.",
        {"jQo003": 2, "jQo008": 1, "jQo009": 1, "jQo010": 1, "jQo013": 1},
    ),
    (
        "jQn04",
        "en",
        "htv_tv_asf",
        "Restocking pigs after losing the whole herd",
        "In 2019 our family farm in Trà Cú lost all 60 pigs to the swine fever that spread through Trà Vinh. The commune has now been declared free and we want to start again, "
        "but we do not know how long to leave the pens empty, how to clean them, whether we must rebuild them closed, or where to buy piglets that will not bring the disease back.",
        {"jQo004": 2, "jQo001": 1, "jQo002": 1},
    ),
    (
        "jQn05",
        "vi",
        "htv_baclieu",
        "Thương lái, xe chở heo ra vào trại liên tục",
        "Ở Tiểu Cần thương lái mua heo đi từ trại này qua trại khác, xe chở heo, xe cám, người thiến heo, người mổ heo đều vào tận chuồng; nhiều người làm thuê cho mấy trại một lúc. "
        "Hội chăn nuôi xã muốn có bộ quy định đơn giản về người, quần áo, giày dép, xe cộ khi vào trại để cắt đường lây bệnh.",
        {"jQo005": 2, "jQo001": 2, "jQo002": 1, "jQo006": 1},
    ),
    (
        "jQn06",
        "en",
        "dokumen_hungyen",
        "District plan based on where past pig outbreaks happened",
        "The veterinary station of Cầu Ngang has outbreak records since 2019 but they sit in folders. Most cases were in small backyard herds. "
        "We want to analyse when and where outbreaks happened, which kinds of households were hit and how it spread, and then write a district prevention and surveillance plan for commune vets.",
        {"jQo007": 2, "jQo006": 1, "jQo002": 1},
    ),
    # --- rapid diagnosis ---
    (
        "jQn07",
        "vi",
        "pmc_culling",
        "Muốn biết heo có bị dịch ngay tại chuồng, không phải chờ gửi mẫu",
        "Cán bộ thú y xã ở Vũng Liêm: mỗi lần nghi heo bị dịch tả châu Phi phải lấy mẫu gửi lên tỉnh, chờ 2–3 ngày mới có kết quả, trong lúc đó dân đã bán chạy heo. "
        "Cần loại thử nhanh làm ngay tại chuồng, dễ làm, có kết quả trong vòng nửa tiếng.",
        {"jQo008": 2, "jQo009": 2, "jQo010": 1, "jQo011": 1, "jQo012": 1, "jQo013": 1},
    ),
    (
        "jQn08",
        "en",
        "mdpi_asfdiag",
        "Lab-grade swine fever test we can carry to farms",
        "Our private vet practice in Bình Minh serves about 300 pig farms. Strip tests are not trusted by the farmers or the district, but the provincial lab is a day away. "
        "We want a molecular test that runs on a portable, battery-powered machine at the farm, works on blood or oral fluid and gives results the same day.",
        {"jQo010": 2, "jQo012": 2, "jQo009": 1, "jQo008": 1, "jQo013": 1},
    ),
    (
        "jQn09",
        "vi",
        "researchbib_asf",
        "Thử nhanh âm tính nhưng heo vẫn chết",
        "Trại heo ở Càng Long có heo chết rải rác, thử bằng que nhanh thì âm tính, gửi mẫu làm PCR một lần cũng âm tính nhưng triệu chứng rất giống dịch tả châu Phi. "
        "Cần một phòng thí nghiệm làm lại bằng nhiều phương pháp để khẳng định chắc chắn có virus hay không.",
        {"jQo013": 2, "jQo010": 1, "jQo012": 1},
    ),
    (
        "jQn10",
        "en",
        "oie_asf",
        "Checking whether pigs for sale have met the virus before",
        "I am a pig trader in Trà Ôn. Some farmers sell pigs that look healthy but were in pens where others died months ago. "
        "Before buying I want a cheap blood check showing whether a pig has already been exposed to African swine fever.",
        {"jQo011": 2, "jQo008": 1, "jQo013": 1},
    ),
    (
        "jQn11",
        "vi",
        "eurekalert_asf",
        "Tim bo kit xet nghiem nhanh dich ta heo gia re",
        "thu y xa o Tra On can bo kit xet nghiem nhanh dich ta heo chau phi, lam tai cho, khong can may moc dat tien, co ket qua trong 10-20 phut, "
        "do chinh xac gan bang gui mau len tinh. moi thang nghi ngo khoang 5-10 ca.",
        {"jQo008": 2, "jQo009": 2, "jQo011": 1, "jQo010": 1},
    ),
    # --- beef cattle: breeding, fattening, artificial insemination ---
    (
        "jQn12",
        "vi",
        "nganhsua_phoi",
        "Bò cái phối mấy lần mới đậu, đẻ xong lâu lên giống lại",
        "HTX nuôi bò ở Trà Cú có khoảng 150 bò cái lai. Nhiều con phải phối hai, ba lần mới đậu thai, đẻ xong hai ba tháng mới lên giống lại, một năm không được một lứa. "
        "Cần người tới xem đàn, chỉ cho ăn uống và cách theo dõi, phối giống để bò đẻ đều hơn.",
        {"jQo014": 2, "jQo019": 2, "jQo017": 1, "jQo020": 1, "jQo021": 1, "jQo022": 1},
    ),
    (
        "jQn13",
        "en",
        "hcn_travinh",
        "Better beef cows for households in Cầu Kè",
        "Twenty households in Cầu Kè keep small local cows that sell for little. We want foundation cows of a heavier beef breed, plus training on housing, grass growing and disease prevention, "
        "so that calves sell at a better price within a few years.",
        {"jQo015": 2, "jQo023": 1, "jQo017": 1, "jQo016": 1},
    ),
    (
        "jQn14",
        "vi",
        "bovang_dl",
        "Bò mua về nuôi ba tháng mà lên ký chậm",
        "Tôi ở Duyên Hải, mua bò gầy về nuôi khoảng ba tháng rồi bán, nhưng bò chỉ lên được chừng nửa ký mỗi ngày, tính ra lời ít. "
        "Muốn có cách cho ăn để bò mập nhanh mà dùng được rơm, khoai mì, cỏ có sẵn ở địa phương, và biết nên chọn loại bò nào để nuôi.",
        {"jQo016": 2, "jQo023": 1, "jQo086": 1, "jQo090": 1},
    ),
    (
        "jQn15",
        "en",
        "ttnt_laytinh",
        "Starting our own insemination service for beef cows",
        "A livestock cooperative in Tiểu Cần wants to train two members as inseminators so we stop waiting for a bull. "
        "We need a reliable supply of frozen semen from heavy beef breeds such as Brahman or BBB, containers to keep it cold for months, and the small tools and training to use it.",
        {"jQo017": 2, "jQo018": 1, "jQo019": 1},
    ),
    (
        "jQn16",
        "vi",
        "nganhsua_phoi",
        "bo cai khong biet luc nao len giong",
        "nha toi o Cang Long nuoi 8 con bo cai, di lam ca ngay nen khong de y, bo len giong luc nao khong biet, goi nguoi toi phoi thi tre, bo lo hoai. "
        "can cach hoac thiet bi bao cho biet dung luc bo len giong de goi phoi kip.",
        {"jQo019": 2, "jQo020": 2, "jQo021": 2, "jQo022": 2},
    ),
    (
        "jQn17",
        "en",
        "arcc_estrus",
        "Alert when a cow comes on heat",
        "We run a 40-cow farm near Vĩnh Long city and keep missing heats, especially quiet ones at night. We would like a wearable device that watches each cow and warns us by phone when she is on heat, "
        "ideally one that does not depend on a good internet connection.",
        {"jQo020": 2, "jQo021": 2, "jQo022": 2, "jQo019": 1},
    ),
    (
        "jQn18",
        "vi",
        "hcn_travinh",
        "Chuyển từ thả bò rông sang nuôi nhốt",
        "Đồng bào Khmer ở xã Long Hiệp (Trà Cú) quen thả bò rông ngoài đồng, bò nhỏ con, hay mất, bán rẻ. "
        "Xã muốn giúp 30 hộ chuyển sang nuôi nhốt giống bò to con hơn, có trồng cỏ, biết cách chăm và vỗ béo.",
        {"jQo023": 2, "jQo015": 1, "jQo089": 1},
    ),
    (
        "jQn19",
        "en",
        "bovang_dl",
        "Marbled beef for restaurants from local crossbreeding",
        "A meat supplier in Vĩnh Long sells to hotels that import marbled beef. We would like to produce beef with similar marbling locally by crossbreeding, "
        "and need the semen, calf-rearing and finishing method, and data on meat quality of the cross.",
        {"jQo024": 2, "jQo017": 1, "jQo018": 1},
    ),
    (
        "jQn20",
        "en",
        "nganhsua_phoi",
        "Multiplying our best cows faster",
        "Our breeding farm in Long Hồ has six excellent cows, but each gives only one calf a year. We want to collect embryos from them and place them in ordinary cows, and to buy embryos of elite breeds.",
        {"jQo018": 2, "jQo017": 1},
    ),
    # --- lumpy skin disease ---
    (
        "jQn21",
        "vi",
        "lsd_mekong",
        "Bò nổi cục khắp mình, sốt, bỏ ăn",
        "Đàn bò 12 con ở Càng Long có mấy con sốt, nổi cục tròn trên da cổ, chân, bầu vú, giảm ăn; hàng xóm nói là bệnh mới, mấy nhà bên cạnh cũng chưa chích ngừa gì. "
        "Cần thuốc chích ngừa cho cả đàn và cách làm chuồng, diệt ruồi muỗi để không lây thêm.",
        {"jQo025": 2, "jQo026": 2},
    ),
    (
        "jQn22",
        "en",
        "lsd_daklak",
        "Emergency campaign against the skin-nodule disease of cattle",
        "The commune of Hiếu Tử (Tiểu Cần) has about 1,500 cattle and several holdings already show skin nodules. Farmers know little about the disease and few animals are vaccinated. "
        "We need vaccine supply, a vaccination plan for the whole commune, and control of flies, mosquitoes and ticks around the pens.",
        {"jQo025": 2, "jQo026": 2, "jQo104": 1, "jQo103": 1},
    ),
    # --- dairy cows ---
    (
        "jQn23",
        "vi",
        "cuchi_bosua",
        "Vắt sữa bằng tay cực quá",
        "Nhà nuôi 15 con bò sữa ở Bình Minh, hai vợ chồng vắt tay mỗi ngày hai cữ mất mấy tiếng, sữa hay bị chê bẩn. "
        "Muốn đầu tư máy vắt và học cách vận hành, vệ sinh, đồng thời tính lại cỏ và cám cho bò.",
        {"jQo027": 2, "jQo031": 1},
    ),
    (
        "jQn24",
        "en",
        "pmc_heat",
        "Dairy cows losing milk in the hot months",
        "From March to May our 25 crossbred dairy cows in Vĩnh Long pant, eat less and milk drops by about a quarter; several also fail to get pregnant. "
        "The barn is open with a tin roof. We need practical ways to cool the cows that we can afford.",
        {"jQo028": 2, "jQo029": 2},
    ),
    (
        "jQn25",
        "vi",
        "riverineherald",
        "Bò sữa thở dốc, giảm sữa mùa nắng",
        "Tổ hợp tác bò sữa ở Vũng Liêm: trưa nắng bò đứng thở hổn hển, chảy dãi, sữa giảm rõ. Có người xịt nước lên bò nhưng không biết xịt bao lâu, bao nhiêu lần là đủ, có cần làm mái che, quạt không.",
        {"jQo028": 2, "jQo029": 2},
    ),
    (
        "jQn26",
        "en",
        "nongho_bosua",
        "Which dairy crossbreed copes with our climate",
        "We plan to buy 20 dairy heifers for a new farm in Trà Ôn. Sellers offer animals with half, three-quarter or seven-eighths Holstein blood and pure Holsteins. "
        "We need evidence on which group breeds back easily and gives good milk under hot conditions.",
        {"jQo030": 2},
    ),
    (
        "jQn27",
        "vi",
        "mocchau_sua",
        "Hộ nuôi bò sữa nhỏ bán sữa bấp bênh",
        "Mười hộ nuôi bò sữa ở Mang Thít, mỗi hộ 3–5 con, phải tự chở sữa đi bán, giá bị ép, nhiều nhà muốn bỏ nghề. "
        "Cần mô hình gom sữa chung, giữ lạnh và thỏa thuận giá với nơi mua để các hộ nhỏ có lời.",
        {"jQo031": 2, "jQo027": 1},
    ),
    # --- goats and rabbits ---
    (
        "jQn28",
        "en",
        "baomoi_boer",
        "Fast-growing goats for landless coastal families",
        "The women's union in Long Vĩnh (Duyên Hải) supports landless families on the coast. We want to give each family two does of a goat breed that grows quickly on leaves and by-products, "
        "with breeding bucks and basic training, so that the families can sell kids within a year.",
        {"jQo032": 2, "jQo034": 2, "jQo035": 2, "jQo033": 1},
    ),
    (
        "jQn29",
        "vi",
        "nn_de_lk",
        "Nuôi dê mà không biết bán cho ai",
        "Hai mươi hộ ở Châu Thành muốn nuôi dê nhưng sợ tới lúc xuất chuồng không ai mua, thương lái trả giá thấp. "
        "Cần một nơi cam kết mua dê con, dê thịt với giá ổn định và hướng dẫn làm chuồng, cho ăn.",
        {"jQo033": 2, "jQo032": 1},
    ),
    (
        "jQn30",
        "vi",
        "boer_dacdiem",
        "can mua de duc giong Boer",
        "toi o Cau Ngang nuoi 30 con de co, de nho con ban khong duoc gia. muon mua 2 con de duc giong Boer thuan hoac lai cao mau ve phoi cho de cai de de con lon nhanh.",
        {"jQo035": 2, "jQo034": 2, "jQo032": 1},
    ),
    (
        "jQn31",
        "en",
        "tn_tho",
        "Starting a rabbit meat farm with young people",
        "A youth group in Mang Thít has a small plot and 40 million VND. We want to raise rabbits for meat: which breed to buy, how to build cages, what to feed from vegetables and grass around us, and how many litters to expect.",
        {"jQo036": 2, "jQo037": 2, "jQo038": 2},
    ),
    (
        "jQn32",
        "vi",
        "danviet_tho",
        "Thỏ nuôi đẻ ít, chậm lớn",
        "Tôi nuôi thỏ ở Tam Bình đã hai năm, thỏ nội đẻ ít con, ba tháng mới được hơn một ký, bán không lời. Muốn đổi sang giống thỏ ngoại mắn đẻ, lớn nhanh và học lại cách nuôi.",
        {"jQo037": 2, "jQo036": 2, "jQo038": 1},
    ),
    # --- poultry: incubation, houses, vaccination, ducks, quails, eggs ---
    (
        "jQn33",
        "vi",
        "mactech_ap",
        "Lò ấp vịt nở không đều",
        "Cơ sở ấp trứng vịt ở Trà Ôn mỗi mẻ khoảng 20.000 trứng, tỷ lệ nở có lúc chỉ 70%, chỗ nóng chỗ lạnh, độ ẩm lên xuống, công nhân phải thức canh đảo trứng. "
        "Muốn nâng cấp để nhiệt, ẩm, đảo trứng tự động và có báo động khi trục trặc.",
        {"jQo039": 2, "jQo041": 2, "jQo040": 1},
    ),
    (
        "jQn34",
        "en",
        "memart_ap",
        "Small incubator for a household",
        "My family in Cầu Kè keeps 150 free-range hens and we sell chicks. Letting hens sit on eggs is slow. We want an incubator for about 1,000 eggs and simple instructions on selecting and candling eggs.",
        {"jQo040": 2, "jQo041": 1, "jQo039": 1},
    ),
    (
        "jQn35",
        "vi",
        "memart_chuong",
        "Trại gà đẻ làm tay quá nhiều",
        "Trại 2.000 gà đẻ ở Long Hồ: cho ăn, cho uống, lượm trứng, cào phân đều làm bằng tay, tốn 4 công nhân, trời nóng gà giảm đẻ. "
        "Muốn làm lại chuồng có máng ăn, nước uống, dọn phân tự động và làm mát.",
        {"jQo042": 2, "jQo043": 2, "jQo044": 1},
    ),
    (
        "jQn36",
        "en",
        "hoadanang_ga",
        "Layer farm losing birds and eggs in the heat",
        "Our open-sided layer farm of 10,000 hens in Tam Bình loses birds every hot season and the lay rate falls below 75%. We are ready to invest in a house where we control temperature and keep diseases out.",
        {"jQo043": 2, "jQo042": 1, "jQo044": 1},
    ),
    (
        "jQn37",
        "vi",
        "webtretho_cagefree",
        "Siêu thị đòi trứng gà không nuôi nhốt lồng",
        "Một trại gà đẻ 5.000 con ở Châu Thành (Trà Vinh) được siêu thị báo sẽ ưu tiên trứng từ gà không nhốt lồng. "
        "Chủ trại muốn biết nên bố trí chuồng thế nào cho gà đi lại, đậu, đẻ ổ, và có thể sửa chuồng cũ hay phải xây mới.",
        {"jQo044": 2, "jQo043": 1},
    ),
    (
        "jQn38",
        "en",
        "lua2_gatavuon",
        "Free-range chicken group with steady feed and buyers",
        "Twelve households in Trung Thành (Vũng Liêm) raise free-range chickens under coconut trees, each buying feed on credit and selling to whoever comes. "
        "We want to learn from a working group model that buys feed together and has regular buyers.",
        {"jQo045": 2, "jQo058": 1},
    ),
    (
        "jQn39",
        "vi",
        "acemap_nd",
        "Gà thả vườn ấp xa không giữ lạnh được thuốc chích ngừa",
        "Ở ấp xa của Trà Cú không có tủ lạnh, điện chập chờn; thuốc ngừa bệnh gà rù mua về để vài tiếng là hết tác dụng nên bà con bỏ không chích, năm nào gà cũng chết hàng loạt. "
        "Cần loại thuốc ngừa chịu được nóng vài ngày, dễ dùng như nhỏ mắt hay trộn nước uống.",
        {"jQo046": 2, "jQo047": 2, "jQo048": 2, "jQo100": 1, "jQo102": 1},
    ),
    (
        "jQn40",
        "en",
        "engormix_nd",
        "Training village vaccinators for chickens",
        "The women's union of a commune in Cầu Ngang wants members in each hamlet to vaccinate neighbours' chickens every few months, because the commune vet cannot reach 2,000 households. "
        "We need a proven model to train and equip them and a vaccine that suits village conditions.",
        {"jQo047": 2, "jQo046": 1, "jQo048": 1, "jQo104": 1},
    ),
    (
        "jQn41",
        "vi",
        "tienphong_cum",
        "Vịt đẻ bị cúm, cần thuốc ngừa chủ động",
        "Trà Vinh từng có hàng chục ổ cúm gia cầm, HTX vịt đẻ ở Cầu Kè có 8.000 con rất lo. Thuốc ngừa nhập khẩu lúc có lúc không, giá cao. "
        "Cần nguồn vắc xin cúm sản xuất trong nước ổn định và lịch tiêm cho vịt.",
        {"jQo049": 2, "jQo050": 1},
    ),
    (
        "jQn42",
        "en",
        "agris_duck",
        "Ducks for brackish coastal ponds",
        "Families in Hiệp Thạnh (Duyên Hải) have salty and brackish ponds left from shrimp farming. Ordinary ducks do poorly there. "
        "We are looking for a duck breed that forages in brackish water and for a rearing and biosecurity package for about 500 birds per family.",
        {"jQo051": 2, "jQo050": 2},
    ),
    (
        "jQn43",
        "vi",
        "vnvn_chayvit",
        "Chạy vịt đồng cực mà rủi ro",
        "Tôi chạy đàn 3.000 vịt đẻ theo mùa gặt từ Trà Ôn qua Vũng Liêm, phải thuê ruộng, bị trộm, vịt hay bệnh vì đi qua nhiều vùng. "
        "Muốn chuyển sang nuôi một chỗ có rào, cho ăn thức ăn công nghiệp, làm theo nhóm với mấy hộ khác.",
        {"jQo052": 2, "jQo050": 1, "jQo049": 1},
    ),
    (
        "jQn44",
        "en",
        "wgbis_duck",
        "Using ducks instead of sprays in organic rice",
        "An organic rice group in Tiểu Cần wants to stop buying insecticides and herbicides. We heard that ducklings can keep pests and weeds down in the paddy. "
        "We need tested guidance on when to release them, how many, what supplement to give and what rice yield to expect.",
        {"jQo053": 2},
    ),
    (
        "jQn45",
        "vi",
        "vgt_cut",
        "Nuôi cút đẻ muốn làm bài bản hơn",
        "Nhà tôi ở Càng Long nuôi 5.000 cút đẻ trong lồng tự đóng, cút hay chết lúc nhỏ, trứng bể nhiều, cho uống nước bằng máng tay. "
        "Muốn làm chuồng tầng cho trứng tự lăn ra, nước uống tự động và học cách úm cút con.",
        {"jQo054": 2, "jQo056": 2, "jQo055": 1},
    ),
    (
        "jQn46",
        "en",
        "bd_cut2",
        "Quail eggs fetch too little",
        "We keep 6,000 laying quails in Bình Minh. Plain quail eggs often sell below cost when traders cut prices. We want to turn part of the eggs into a product that sells higher and steadier.",
        {"jQo055": 2, "jQo054": 1},
    ),
    (
        "jQn47",
        "vi",
        "heritage_egg",
        "Trứng gà bán cho cửa hàng bị trả vì dơ, nứt",
        "HTX gà thả vườn ở Vũng Liêm giao trứng cho các cửa hàng ở TP Vĩnh Long, nhưng trứng dính phân, có quả nứt, quả ung nên bị trả lại. "
        "Cần cách làm sạch trứng, soi trứng và phân loại theo cỡ đơn giản, ít tiền.",
        {"jQo057": 2},
    ),
    (
        "jQn48",
        "en",
        "lua2_gatavuon",
        "Free-range chickens under coconut trees without losses",
        "Our family has 2 ha of coconut garden in Cầu Kè and wants to raise a few thousand free-range chickens under the trees. "
        "Earlier attempts ended with wet, dirty pens and mass deaths. We need a layout, bedding and vaccination plan that works at farm scale.",
        {"jQo058": 2, "jQo045": 1, "jQo110": 1},
    ),
    # --- swiftlets and bird's nest ---
    (
        "jQn49",
        "vi",
        "danviet_yen",
        "Muốn xây nhà yến mà không biết chỗ mình có yến không",
        "Tôi ở Cầu Ngang có miếng đất gần đồng, thấy chim yến bay ngang mỗi chiều, định xây nhà nuôi yến khoảng 1 tỷ đồng. "
        "Cần người khảo sát xem vùng này đủ chim không, chim bay hướng nào, rồi thiết kế nhà cho đúng.",
        {"jQo059": 2, "jQo061": 2, "jQo060": 1, "jQo062": 1, "jQo063": 1},
    ),
    (
        "jQn50",
        "en",
        "sisiqing_yen",
        "Swiftlets visit but hardly nest",
        "My two-storey swiftlet house in Duyên Hải has been open for 18 months. Birds fly in at dusk but only about 20 nests have formed. Inside it feels hot and dry at noon. "
        "I need an expert to fix the interior: sound, humidity, temperature and room layout.",
        {"jQo060": 2, "jQo063": 2, "jQo059": 1},
    ),
    (
        "jQn51",
        "vi",
        "muaban_yen",
        "Vốn ít mà muốn làm nhà yến",
        "Nhà tôi ở Trà Cú chỉ có khoảng 200 triệu, không đủ xây nhà yến bê tông. Nghe nói có cách làm nhà yến rẻ hơn mà chim vẫn vào ở, cần người hướng dẫn.",
        {"jQo062": 2, "jQo059": 1, "jQo061": 1},
    ),
    (
        "jQn52",
        "en",
        "lua2_yen",
        "When to switch on the bird-call speakers",
        "A new swiftlet house owner in Cầu Ngang plays the call sounds day and night but few birds come in. "
        "Experienced owners say timing matters. I want practical advice from someone who has attracted birds successfully on when and how to play the sounds.",
        {"jQo064": 2, "jQo060": 1, "jQo063": 1},
    ),
    (
        "jQn53",
        "vi",
        "cungcap_yen",
        "to yen thu hoach nhieu long, khong biet lam sach",
        "nha yen o Cau Ngang moi thu duoc 3 kg to yen tho, con nhieu long va bui, ban tho thi bi ep gia. muon hoc quy trinh lam sach, nhat long, phan loai de ban yen tinh che.",
        {"jQo065": 2, "jQo066": 2, "jQo067": 1},
    ),
    (
        "jQn54",
        "en",
        "dailyyen",
        "Drying cleaned bird's nests without damage",
        "Our small workshop in Trà Vinh city cleans about 10 kg of bird's nest a month. Air-drying takes long and fan heaters make the nests shrink and turn yellow. "
        "We need a dryer that keeps the shape and colour of the strands.",
        {"jQo067": 2, "jQo141": 1, "jQo142": 1},
    ),
    # --- insects and earthworms ---
    (
        "jQn55",
        "vi",
        "insectvn_daklak",
        "Muốn tự làm thức ăn đạm cho gà thay bột cá",
        "Trại 3.000 gà thả vườn ở Tiểu Cần tốn tiền mua cám đậm đặc, bột cá ngày càng đắt. Nghe nói có loại sâu nuôi bằng rác, phân mà gà ăn rất tốt. "
        "Cần hướng dẫn nuôi từ đầu và cách cho gà ăn.",
        {"jQo068": 2, "jQo072": 2, "jQo069": 1, "jQo070": 1, "jQo077": 1, "jQo132": 1},
    ),
    (
        "jQn56",
        "en",
        "thietbi_rld",
        "Getting larvae to eat our pig manure",
        "Our 300-pig farm in Càng Long produces far more manure than the fish pond can take. We heard that insect larvae can eat fresh pig manure and be sold as feed. "
        "We need to know how much manure they handle per square metre and how to set it up.",
        {"jQo069": 2, "jQo073": 1, "jQo071": 1, "jQo068": 1},
    ),
    (
        "jQn57",
        "vi",
        "newsallq_rld",
        "Cần mua trứng ruồi lính đen giống",
        "Tôi ở Long Hồ đã làm xong khu nuôi ruồi lính đen nhưng chưa có giống. Cần mua trứng hoặc ấu trùng giống và được chỉ cách cho nở, nuôi lứa đầu.",
        {"jQo070": 2, "jQo068": 1},
    ),
    (
        "jQn58",
        "en",
        "betabugs",
        "Turning market waste into a business",
        "The market management board in Trà Vinh city collects about 3 tonnes of vegetable scraps and fish offal a day and pays to landfill it. "
        "We want a business plan for an insect-based processing unit that turns this waste into feed and fertiliser.",
        {"jQo071": 2, "jQo072": 1, "jQo073": 1},
    ),
    (
        "jQn59",
        "vi",
        "kienthuc_de",
        "Đất chật muốn nuôi con gì nhỏ mà có lời",
        "Tôi hơn 60 tuổi ở Long Hồ, chỉ còn khoảng 100 m2 sau nhà, muốn nuôi con gì ít vốn, ít công mà bán được giá. Nghe nói nuôi dế được, cần người chỉ cách nuôi.",
        {"jQo074": 2, "jQo075": 2, "jQo076": 1},
    ),
    (
        "jQn60",
        "en",
        "thanhhoa_de",
        "Crickets dying after feeding",
        "My cricket unit in Vũng Liêm lost almost a whole batch two days after I gave them leaves from the neighbour's field. "
        "I need a reliable supplier of egg trays to restart and advice on safe feed and hygiene.",
        {"jQo076": 2, "jQo075": 1},
    ),
    (
        "jQn61",
        "vi",
        "danviet_onhiem",
        "Phân bò chất đống bốc mùi",
        "Trại 50 con bò ở Càng Long mỗi ngày ra cả tấn phân, chất đống sau chuồng, mưa xuống là hôi, ruồi nhiều, hàng xóm than. "
        "Muốn tận dụng phân bò nuôi con gì đó vừa hết mùi vừa có thêm thu nhập.",
        {"jQo077": 2, "jQo138": 1, "jQo069": 1},
    ),
    # --- animal feed from local by-products ---
    (
        "jQn62",
        "en",
        "thegioitiepthi",
        "Feed eats all the profit on our pigs",
        "Raising a pig to 100 kg in Bình Minh costs us 5.5–6 million VND, of which feed is 4.2–4.5 million, and at today's price we barely break even. "
        "Rice mills nearby sell bran cheaply. We want tested rations that replace part of the bought feed with local bran or other by-products.",
        {"jQo078": 2, "jQo080": 2, "jQo079": 1, "jQo081": 1, "jQo083": 1},
    ),
    (
        "jQn63",
        "vi",
        "longan_heo",
        "Bã đậu, bã bia, xác mì cho heo ăn không biết đủ chất không",
        "Tôi nuôi 80 heo ở Vũng Liêm, lấy bã đậu hũ, bã bia, xác mì của các lò quanh đó về trộn cho heo, mỗi đợt mỗi khác, có lúc heo chậm lớn. "
        "Muốn biết mấy thứ này có bao nhiêu đạm, xơ, tinh bột để phối trộn cho đúng.",
        {"jQo079": 2, "jQo080": 1, "jQo078": 1},
    ),
    (
        "jQn64",
        "vi",
        "baobinhthuan",
        "nau ruou nep, ba ruou cho heo an co tot khong",
        "nha toi o Tieu Can nau ruou nep, moi ngay du khoang 50 kg ba ruou, dang cho 20 con heo an. "
        "muon biet ba ruou co chat gi, nen tron voi cam, rau bao nhieu va de duoc may ngay.",
        {"jQo082": 2, "jQo083": 2, "jQo081": 1},
    ),
    (
        "jQn65",
        "en",
        "fao_fishsilage",
        "Fish heads and guts from our plant",
        "Our fish-processing plant in Duyên Hải discards about 2 tonnes of heads, frames and guts a day. Drying them into fish meal is too costly for us. "
        "We want a cheap way to preserve this waste as a protein feed for local pig farms.",
        {"jQo084": 2, "jQo085": 2},
    ),
    (
        "jQn66",
        "vi",
        "scribd_fishsilage",
        "Đầu cá, ruột cá bỏ đi hôi cả xóm",
        "Cơ sở làm khô cá ở Trà Cú mỗi ngày bỏ khoảng 300 kg đầu, ruột cá, để lâu thì thối. Muốn giữ được lâu ngày để bán hoặc cho heo, vịt trong xóm ăn mà không hôi.",
        {"jQo084": 2, "jQo085": 2},
    ),
    (
        "jQn67",
        "vi",
        "jacq_uchua",
        "Mùa khô thiếu cỏ cho bò",
        "Ở Tam Bình tới mùa khô cỏ cháy hết, bò đói, phải mua rơm giá cao. Ngoài đồng thân cây bắp sau khi bẻ trái bỏ đầy mà không biết giữ lại thế nào cho bò ăn dần được.",
        {"jQo086": 2, "jQo087": 2, "jQo088": 2, "jQo091": 2, "jQo089": 1},
    ),
    (
        "jQn68",
        "en",
        "jacq_uchua",
        "Storing maize stalks for the dry season",
        "A beef fattening farm in Cầu Kè with 60 cattle can get maize stalks from neighbours at harvest, far more than the animals can eat fresh. "
        "We need a proven way to preserve them for several months as feed, with the additives and amounts.",
        {"jQo086": 2, "jQo087": 2, "jQo088": 2, "jQo091": 2, "jQo089": 1},
    ),
    (
        "jQn69",
        "en",
        "bacgiang_lac",
        "Peanut haulm going to waste",
        "Farmers in Trà Cú grow peanuts on sandy ridges and burn or leave the vines after harvest. We keep beef cattle and wonder whether the haulm can be preserved and fed, and what gain to expect.",
        {"jQo090": 2},
    ),
    (
        "jQn70",
        "vi",
        "jacq_uchua",
        "Cắt cỏ bằng tay không kịp cho 30 con bò",
        "Nhà tôi ở Càng Long nuôi 30 con bò, ngày nào cũng cắt cỏ, chặt tay mất nửa ngày, cỏ dư thì héo bỏ. Cần máy băm cỏ và cách làm hầm ủ để trữ cỏ.",
        {"jQo089": 2, "jQo086": 1, "jQo091": 1},
    ),
    # --- probiotics, herbal additives, antimicrobial use ---
    (
        "jQn71",
        "vi",
        "vietstock_probiotic",
        "Heo con cai sữa ho, tiêu chảy mà không muốn trộn kháng sinh",
        "Trại 100 nái ở Vũng Liêm: heo con sau cai sữa hay ho, tiêu chảy, lâu nay phải trộn kháng sinh vào cám, nay lò mổ và thương lái yêu cầu giảm kháng sinh. "
        "Cần sản phẩm thay thế có kết quả thử nghiệm rõ ràng.",
        {"jQo093": 2, "jQo094": 2, "jQo092": 1, "jQo095": 1},
    ),
    (
        "jQn72",
        "en",
        "engormix_amr",
        "Chicken flocks that only survive on antibiotics",
        "Small chicken farms in Trà Ôn (300–2,000 birds) give antibiotics in water to almost every batch and still lose many birds. "
        "We want a programme that coaches farmers on flock health and gives them products to replace routine antibiotics, with measurable results.",
        {"jQo096": 2, "jQo098": 1, "jQo099": 1, "jQo125": 1},
    ),
    (
        "jQn73",
        "vi",
        "eufeed_ks",
        "Không biết cám mua về có trộn sẵn kháng sinh cấm không",
        "Đại lý thức ăn chăn nuôi ở TP Vĩnh Long bán cho khoảng 200 hộ nuôi gà. Có khách hỏi cám có chứa kháng sinh bị cấm như colistin không, đại lý không biết kiểm tra thế nào. "
        "Cần đơn vị rà soát nhãn và thành phần các loại cám đang bán.",
        {"jQo097": 2},
    ),
    (
        "jQn74",
        "en",
        "eufeed_ks",
        "Feed mill replacing antibiotic growth promoters",
        "A small feed mill in Vĩnh Long producing 500 tonnes a month must drop antibiotic growth promoters. "
        "We want herbal additive formulas with trial results in pigs and advice on standardising the raw herbs.",
        {"jQo092": 2, "jQo093": 2, "jQo095": 1, "jQo099": 1},
    ),
    (
        "jQn75",
        "vi",
        "vietstock_probiotic",
        "Gà thịt hay đi phân lỏng",
        "Nuôi 1.000 gà thịt ở Mang Thít, gà hay đi phân lỏng, chậm lớn, mỗi lứa tốn tiền thuốc. Muốn dùng men tiêu hóa trộn cám hoặc pha nước uống cho gà khỏe đường ruột.",
        {"jQo098": 2, "jQo096": 1, "jQo095": 1},
    ),
    # --- vaccine cold chain and vaccination services ---
    (
        "jQn76",
        "en",
        "self_coldchain",
        "Vaccines spoiling at a commune vet station",
        "The veterinary station of Hiệp Mỹ Đông (Cầu Ngang) stores vaccines for poultry and cattle in a household fridge. Power cuts last hours in the dry season and whole batches are thrown away. "
        "We need a fridge that keeps vaccines cold without relying on the grid.",
        {"jQo100": 2, "jQo101": 2, "jQo102": 2, "jQo103": 1, "jQo157": 1},
    ),
    (
        "jQn77",
        "vi",
        "anlao_vacc",
        "Trạm thú y cúp điện, thuốc chích ngừa bị hỏng",
        "Trạm thú y xã ven biển ở Duyên Hải hay bị cúp điện, tủ lạnh gia đình không giữ được 2–8 độ, vắc xin lở mồm long móng, tụ huyết trùng mua về phải hủy. "
        "Cần thiết bị giữ lạnh chạy bằng điện mặt trời.",
        {"jQo100": 2, "jQo102": 2, "jQo101": 1, "jQo103": 1},
    ),
    (
        "jQn78",
        "en",
        "efeedlink_vacc",
        "Raising vaccination coverage in scattered hamlets",
        "In Trà Cú district only about half of the cattle and poultry are vaccinated each round because hamlets are scattered along canals and households refuse. "
        "The district veterinary team wants a proven way to organise commune vets and campaigns to reach high coverage.",
        {"jQo104": 2, "jQo047": 1},
    ),
    # --- slaughterhouses and meat hygiene ---
    (
        "jQn79",
        "vi",
        "vneconomy_gm",
        "Lò giết mổ phải nâng cấp cho đạt chuẩn",
        "Lò giết mổ heo ở Mang Thít, mỗi đêm mổ khoảng 40 con, bị đoàn kiểm tra nhắc nhở nền chuồng, nước thải, khu sạch khu bẩn lẫn lộn. "
        "Chủ lò cần biết tiêu chí đánh giá, xếp loại và cách cải tạo để không bị đóng cửa.",
        {"jQo105": 2, "jQo106": 2, "jQo108": 1},
    ),
    (
        "jQn80",
        "en",
        "vneconomy_gm",
        "Bringing backyard slaughtering under control",
        "In Tiểu Cần town about 15 households slaughter pigs and cattle at home every night, dumping blood and water into canals, and the meat is unchecked. "
        "The town wants to move them into one shared, inspected slaughter point and needs a model that has worked elsewhere.",
        {"jQo107": 2, "jQo108": 2, "jQo106": 1},
    ),
    (
        "jQn81",
        "en",
        "porknetwork",
        "Keeping track of sows without paper chaos",
        "Our 120-sow farm in Châu Thành (Trà Vinh) writes matings and farrowings in a school notebook; we lose track of return-to-heat dates and cannot tell which sows to cull. "
        "We want simple cards or software to record each sow's matings, litters and weaning.",
        {"jQo126": 2, "jQo127": 2, "jQo128": 1},
    ),
    # --- manure, odour and biogas ---
    (
        "jQn82",
        "en",
        "plo_traiheo",
        "Neighbours complain about our pig pens",
        "We keep 40 fattening pigs behind our house in Trà Ôn and hose the pens twice a day; the water and smell go to the neighbours, who have complained to the commune. "
        "We are looking for a way of keeping pigs that stops the washing water and the smell.",
        {"jQo109": 2, "jQo117": 1, "jQo118": 1},
    ),
    (
        "jQn83",
        "vi",
        "thvl_ga_onhiem",
        "Chất độn chuồng gà sau mỗi lứa không biết xử lý",
        "Trại 5.000 gà thịt ở Tam Bình mỗi lứa thải mấy chục tấn trấu lẫn phân, chở đi đổ thì bị phạt, để lại thì hôi và sợ mầm bệnh. "
        "Muốn ủ thành phân bón bán được, an toàn, không còn vi khuẩn gây bệnh.",
        {"jQo111": 2, "jQo110": 1, "jQo136": 1},
    ),
    (
        "jQn84",
        "en",
        "roubik_biogas",
        "Biogas digester starving since we lost the pigs",
        "Our household biogas digester in Cầu Kè ran on manure from 20 pigs. Since the swine fever we keep only 3 pigs and gas for cooking has almost stopped. "
        "What else, from our garden and fields, could we load into the digester?",
        {"jQo114": 2, "jQo115": 1, "jQo113": 1},
    ),
    (
        "jQn85",
        "vi",
        "studylib_biogas",
        "Muốn làm hầm khí sinh học rẻ cho 20 con heo",
        "Nhà tôi ở Càng Long nuôi 20 con heo, phân thải ra mương bị hàng xóm than. Muốn làm hầm khí sinh học để nấu ăn nhưng hầm xây gạch đắt quá, cần loại rẻ, dễ lắp.",
        {"jQo112": 2, "jQo114": 1, "jQo116": 1},
    ),
    (
        "jQn86",
        "en",
        "thvl_ga_onhiem",
        "Smell from our chicken houses reaching the village",
        "Households in Tân Hòa (Vĩnh Long city) have complained for years about the smell from our 20,000-bird chicken farm, whose tunnel fans blow towards the houses. "
        "We need a way to clean or reduce the smell at the fans or in the houses.",
        {"jQo117": 2, "jQo118": 2, "jQo110": 2, "jQo119": 1},
    ),
    (
        "jQn87",
        "vi",
        "laos_biogas",
        "Nước xả hầm biogas dư không biết làm gì",
        "Hầm biogas nhà tôi ở Châu Thành ra nhiều nước xả, chảy ra mương, hàng xóm phàn nàn. Nghe nói dùng tưới rau, cho cá ăn được nhưng không biết liều lượng thế nào cho an toàn.",
        {"jQo113": 2, "jQo114": 1},
    ),
    # --- traceability and phone advice ---
    (
        "jQn88",
        "vi",
        "sgtt_heo",
        "Siêu thị đòi tem truy xuất cho trứng",
        "HTX gà đẻ ở Vĩnh Long giao 20.000 trứng mỗi ngày, siêu thị yêu cầu mỗi hộp trứng phải có tem để khách quét điện thoại biết trứng từ trại nào, gà chích ngừa gì. "
        "HTX chưa biết làm hệ thống này ra sao.",
        {"jQo120": 2, "jQo122": 2, "jQo146": 1},
    ),
    (
        "jQn89",
        "en",
        "gpsco_qr",
        "Proving where our pork comes from",
        "A pork supplier in Trà Vinh sells to school kitchens and a supermarket chain that now ask for proof of origin from farm to stall, including the veterinary inspection at slaughter. "
        "We need a system that follows each batch of pigs through transport and slaughter to the cut meat.",
        {"jQo121": 2, "jQo122": 2, "jQo120": 1},
    ),
    (
        "jQn90",
        "vi",
        "van_ict4health",
        "Muốn gửi hình heo bệnh qua điện thoại để hỏi bác sĩ thú y",
        "Nhà tôi ở Duyên Hải xa trạm thú y, mỗi lần heo gà bệnh phải chạy đi hỏi, hoặc hỏi trên mạng thì mỗi người nói một kiểu. "
        "Mong có cách gửi hình, nhắn tin cho cán bộ thú y và được trả lời trong ngày.",
        {"jQo123": 2, "jQo124": 2, "jQo125": 1},
    ),
]
