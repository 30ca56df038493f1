"""Needs of the fifth held-out set: (id, language, source key, title, description, {offer id: grade}); 2 = answers the
need directly, 1 = partly or usefully related. See make_holdout5.py."""

NEEDS = [
    (
        "h9n01",
        "vi",
        "crab_tv_tsvn",
        "Cua giống thả xuống hao hụt quá nửa",
        "Tổ hợp tác nuôi cua ở Duyên Hải mua cua giống trôi nổi từ thương lái, thả xuống ao được một tháng thì hao hơn một "
        "nửa. Cần nguồn cua giống khỏe, rõ nguồn gốc và cách thả cho cua sống nhiều hơn.",
        {"h9o001": 2, "h9o002": 1},
    ),
    (
        "h9n02",
        "en",
        "crab_namnam",
        "Live crabs die before reaching buyers in the city",
        "We collect mud crabs from farms around Cầu Ngang and truck them to Ho Chi Minh City overnight. Up to one in ten "
        "arrive dead or weak and the wholesaler cuts the price. We need better handling and packing.",
        {"h9o006": 2, "h9o142": 1},
    ),
    (
        "h9n03",
        "vi",
        "crab_sggp",
        "Cua thu hoạch nhiều con ốp, bị thương lái ép giá",
        "Cua nuôi trong vuông tôm khi bắt lên nhiều con ốp, ít thịt, thương lái chỉ trả nửa giá. Muốn tìm cách nuôi thêm vài "
        "tuần cho cua chắc thịt rồi mới bán.",
        {"h9o004": 2, "h9o141": 1},
    ),
    (
        "h9n04",
        "vi",
        "softcrab_vaisaa",
        "Tìm kỹ thuật nuôi cua lột",
        "Nhà hàng hải sản muốn tự nuôi cua lột để chủ động nguồn hàng, cần người hướng dẫn.",
        {"h9o005": 2},
    ),
    (
        "h9n05",
        "en",
        "crab_2lua",
        "Trash fish for our crabs is getting too expensive",
        "Our crab ponds are fed with small trash fish and snails bought every day. Prices keep rising, supply stops in bad "
        "weather and leftover fish rots on the pond bottom. Is there a dry feed crabs will accept?",
        {"h9o007": 2},
    ),
    (
        "h9n06",
        "vi",
        "cockle_tsvn",
        "Sò huyết thả vuông tôm chết nhiều",
        "Năm nay thả 300 ký sò giống vào vuông tôm quảng canh, sau hai tháng sò chết rải rác, con giống nhỏ và yếu. Cần kỹ "
        "thuật nuôi và nguồn giống tốt hơn.",
        {"h9o010": 2, "h9o011": 2, "h9o012": 1},
    ),
    (
        "h9n07",
        "en",
        "clam_tv_die",
        "Clam co-operative losing hundreds of tonnes to sudden die-offs",
        "Our clam co-operative in Châu Thành lost almost half of its clams in a few weeks at spawning time. We do not know "
        "whether it is disease, salinity or mud, and want to find the cause and be warned earlier next season.",
        {"h9o014": 2, "h9o015": 2, "h9o143": 1, "h9o020": 1, "h9o144": 1},
    ),
    (
        "h9n08",
        "vi",
        "oyster_cangio",
        "Nhà hàng yêu cầu hàu đạt chỉ tiêu vi sinh",
        "Hàu nuôi ở cửa sông bán cho nhà hàng, siêu thị thành phố bị yêu cầu chứng minh an toàn vi sinh, sợ khách ăn sống bị "
        "ngộ độc. Cần cách làm sạch hàu trước khi giao.",
        {"h9o018": 2, "h9o107": 1},
    ),
    (
        "h9n09",
        "vi",
        "oyster_ctu_bentre",
        "Muốn chuyển sang nuôi hàu ở cửa sông",
        "Nhà ở ven cửa sông, nước lợ quanh năm, muốn nuôi hàu nhưng chưa biết lấy giống ở đâu, treo dây hay làm giàn.",
        {"h9o016": 2, "h9o017": 2, "h9o144": 1},
    ),
    (
        "h9n10",
        "en",
        "seaweed_rongbient",
        "Cheap way to clean shrimp pond discharge",
        "Our intensive shrimp farm discharges nutrient-rich water into the canal and neighbours complain about algae "
        "blooms. We have two unused ponds and want a low-cost way to clean the water, ideally one that also earns money.",
        {"h9o021": 2, "h9o023": 1, "h9o119": 1},
    ),
    (
        "h9n11",
        "vi",
        "seaweed_grape_pond",
        "Ao tôm bỏ trống mấy năm, muốn nuôi con khác",
        "Nuôi tôm thua lỗ liên tục nên bỏ trống 3 ao, muốn chuyển sang nuôi con gì, trồng gì ít rủi ro, ít vốn mà bán được.",
        {"h9o022": 2, "h9o011": 1, "h9o003": 1, "h9o021": 1},
    ),
    (
        "h9n12",
        "vi",
        "seaweed_ctu_baclieu",
        "Vuông tôm rong mọc dày đặc, rong tàn làm nước dơ",
        "Vuông tôm quảng canh rong mọc kín mặt nước, tôm khó bơi, đến khi rong chết thì nước thối, tôm rớt. Nên giữ rong hay "
        "vớt bỏ hết?",
        {"h9o024": 2},
    ),
    (
        "h9n13",
        "en",
        "mangrove_vnnet",
        "Mangrove shrimp farmers want a premium from European buyers",
        "Our group of 200 households raises shrimp under mangroves without chemicals, but we sell at ordinary prices to "
        "collectors. An importer says they pay more for certified organic shrimp. How do we get certified?",
        {"h9o026": 2, "h9o027": 1, "h9o008": 1},
    ),
    (
        "h9n14",
        "vi",
        "beef_tv_survey",
        "Mùa khô thiếu cỏ cho bò, dây đậu phộng bỏ phí",
        "Nuôi 15 con bò ở Trà Cú, mùa khô cỏ cháy không đủ ăn, trong khi sau thu hoạch đậu phộng, bắp thì dây, thân bỏ đầy "
        "ruộng. Muốn dự trữ làm thức ăn cho bò cả mùa khô.",
        {"h9o028": 2, "h9o032": 2, "h9o031": 1, "h9o029": 1, "h9o033": 1, "h9o167": 1},
    ),
    (
        "h9n15",
        "en",
        "beef_fattening",
        "Bulls gain weight too slowly for the Tết market",
        "We buy thin young bulls from households and keep them three months before selling at Tết, but they only put on "
        "a few kilos a week. What feeding and care would finish them faster?",
        {"h9o030": 2, "h9o029": 2, "h9o145": 1, "h9o028": 1, "h9o031": 1, "h9o033": 1},
    ),
    (
        "h9n16",
        "vi",
        "beef_tv_survey",
        "Bò cái lai Sind phối mãi không đậu, muốn lai bò thịt",
        "Đàn bò cái lai Sind của tổ hợp tác lên giống không đều, phối nhiều lần không đậu thai. Muốn gieo tinh giống bò "
        "thịt cao sản để bê con lớn nhanh.",
        {"h9o034": 2, "h9o035": 2},
    ),
    (
        "h9n17",
        "vi",
        "cattle_lsd_danviet",
        "Bò nổi u cục khắp da, sốt, bỏ ăn",
        "Mấy con bò trong xóm nổi cục u tròn khắp mình, sốt, chảy nước mũi, bỏ ăn, lây sang nhà bên. Cần cách xử lý và phòng "
        "cho cả đàn.",
        {"h9o036": 2},
    ),
    (
        "h9n18",
        "en",
        "goat_disease_lecture",
        "Goat kids scouring and coughing in the rainy season",
        "Every rainy season many of our goat kids get diarrhoea and cough, and some die within days. The pens are on the "
        "ground and get muddy. We need a health plan.",
        {"h9o039": 2, "h9o038": 1},
    ),
    (
        "h9n19",
        "vi",
        "goat_ninhthuan",
        "Chuồng dê ẩm ướt, hôi, dê hay bệnh",
        "Chuồng dê làm sát đất, mưa xuống nước tiểu và phân đọng lại, dê đau chân, ghẻ. Muốn làm lại chuồng cho đúng cách.",
        {"h9o038": 2, "h9o039": 1},
    ),
    (
        "h9n20",
        "vi",
        "peanut_tv_gov",
        "Giống đậu phộng mua trôi nổi, nảy mầm kém",
        "Mỗi vụ phải mua giống đậu phộng từ miền Đông chở về, gieo xuống mọc lưa thưa, phải gieo dặm. Muốn có giống tốt tại "
        "chỗ và giữ được giống từ vụ trước.",
        {"h9o042": 2, "h9o043": 2},
    ),
    (
        "h9n21",
        "vi",
        "peanut_wilt_aq",
        "Đậu phộng chết ẻo từng đám khi ra hoa",
        "Ruộng đậu phộng trên giồng cát đang ra hoa thì cây héo rũ, chết ẻo từng chòm, nhổ lên gốc thối có mốc trắng. Xin "
        "cách trị và phòng cho vụ sau.",
        {"h9o044": 2, "h9o045": 2},
    ),
    (
        "h9n22",
        "vi",
        "peanut_vinhlong",
        "Thuê người lặt đậu phộng tốn kém",
        "Mùa thu hoạch đậu phộng thuê người lặt trái tính công theo ký, vừa tốn tiền vừa thiếu người làm, đậu để lâu bị mọc "
        "mầm.",
        {"h9o046": 2},
    ),
    (
        "h9n23",
        "vi",
        "peanut_skin_machine",
        "Cơ sở rang đậu phộng cần tách vỏ lụa",
        "Cơ sở làm đậu phộng da cá, kẹo đậu phộng đang chà vỏ lụa bằng tay sau khi rang, rất chậm và nát hạt.",
        {"h9o047": 2},
    ),
    (
        "h9n24",
        "vi",
        "wm_graft_ctu",
        "Dưa hấu trồng lại mấy vụ, dây héo chết khi đậu trái",
        "Ruộng dưa hấu trồng liên tục ba vụ, năm nay dây héo rũ từng cây rồi chết rụi lúc trái đang lớn, chẻ gốc thấy thâm "
        "nâu. Đất ít, không luân canh được.",
        {"h9o051": 2, "h9o052": 2, "h9o045": 1},
    ),
    (
        "h9n25",
        "en",
        "wm_drip_tv",
        "Not enough well water for melons and chili on sandy ridges",
        "In the dry season our wells in Cầu Ngang run low and we spend hours hand-watering watermelon and chili on the sand. "
        "We want to use less water and less labour.",
        {"h9o049": 2, "h9o050": 1, "h9o114": 1},
    ),
    (
        "h9n26",
        "vi",
        "chili_anthrac_2lua",
        "Ớt chín bị đốm lõm đen rồi thối rụng",
        "Vườn ớt đang thu hoạch, trái chín bị đốm tròn lõm màu đen, lan nhanh khi có sương, thối rụng gần nửa vườn. Phun "
        "thuốc mấy lần không hết.",
        {"h9o054": 2, "h9o055": 2, "h9o150": 1},
    ),
    (
        "h9n27",
        "en",
        "chili_drying_pa",
        "Sun-dried chilies turn mouldy in the rainy season",
        "Our group dries red chili on mats for spice buyers. When it rains for several days the chili stays damp, goes "
        "mouldy and dark, and buyers reject it.",
        {"h9o056": 2, "h9o058": 2, "h9o057": 2},
    ),
    (
        "h9n28",
        "vi",
        "salinity_vungliem",
        "Không biết lúc nào nước kênh hết mặn để bơm tưới",
        "Mùa khô nước mặn vào kênh lúc lên lúc xuống, bơm nhầm nước mặn là cháy rẫy rau. Cần biết độ mặn từng ngày để bơm "
        "cho đúng.",
        {"h9o133": 2, "h9o059": 1},
    ),
    (
        "h9n29",
        "vi",
        "herb_teabag_dinhlang",
        "HTX trồng đinh lăng muốn làm trà túi lọc",
        "Hợp tác xã có 5 ha đinh lăng, bán rễ cho thương lái giá thấp, lá bỏ. Muốn làm trà túi lọc để bán và làm sản phẩm "
        "OCOP.",
        {"h9o063": 2, "h9o062": 2, "h9o151": 1, "h9o067": 1},
    ),
    (
        "h9n30",
        "en",
        "herb_spraydry_rosemary",
        "Herbal extract spoils; we want a dry soluble powder",
        "We make a liquid extract from local medicinal herbs, but it ferments in the bottle within weeks. We would like to "
        "turn it into a powder that dissolves in water and keeps for a year.",
        {"h9o061": 2},
    ),
    (
        "h9n31",
        "en",
        "lemongrass_farmtech",
        "Lemongrass sells cheap fresh; we want to make oil",
        "Our farmers grow lemongrass on sandy land but fresh stalks fetch very little at the market. We are looking for "
        "equipment to distil essential oil ourselves.",
        {"h9o066": 2},
    ),
    (
        "h9n32",
        "vi",
        "salt_tv_tarp",
        "Hạt muối lẫn bùn đen, bán giá thấp",
        "Diêm dân làm muối trên nền đất, hạt muối đen, lẫn bùn, thương lái mua rẻ mạt. Muốn làm ra muối trắng sạch bán được "
        "giá.",
        {"h9o068": 2, "h9o069": 1},
    ),
    (
        "h9n33",
        "en",
        "salt_baclieu_tepbac",
        "Unseasonal rain wipes out our salt fields",
        "Twice this season a sudden rain dissolved the salt that was crystallising in our fields just before raking. Is "
        "there a practical way to protect the crystallising beds?",
        {"h9o070": 2},
    ),
    (
        "h9n34",
        "vi",
        "boat_pu_tepbac",
        "Đá trong hầm ghe tan nhanh, cá về tới bến đã ươn",
        "Ghe lưới đi biển 10-12 ngày, hầm cá làm bằng gỗ lót xốp, đá tan hết sau một tuần, cá mẻ cuối về bị ươn, bán giá "
        "thấp.",
        {"h9o072": 2, "h9o073": 2, "h9o074": 2, "h9o075": 1, "h9o153": 1, "h9o082": 1},
    ),
    (
        "h9n35",
        "en",
        "fishsauce_histamine",
        "Fish sauce failed a supermarket histamine limit",
        "Our family fish sauce from anchovy was rejected by a supermarket chain because histamine was above their limit. "
        "We need to know where it comes from in our process and how to bring it down.",
        {"h9o076": 2, "h9o077": 1},
    ),
    (
        "h9n36",
        "vi",
        "energy_seafood_ifc",
        "Xưởng nước đá tiền điện quá cao",
        "Xưởng đá cây cung cấp cho ghe cá, máy móc cũ, tiền điện mỗi tháng gần bằng tiền lời. Muốn giảm tiền điện.",
        {"h9o080": 2, "h9o079": 2, "h9o109": 1, "h9o111": 1, "h9o110": 1, "h9o157": 1, "h9o113": 1},
    ),
    (
        "h9n37",
        "en",
        "noodle_unhygienic",
        "Fresh rice noodles turn sour after one day",
        "We make fresh bún for markets and restaurants. In hot weather the noodles smell sour by the next afternoon. Some "
        "makers add borax but we do not want to. How can we keep them longer safely?",
        {"h9o083": 2, "h9o106": 1},
    ),
    (
        "h9n38",
        "vi",
        "ricepaper_cantho",
        "Mùa mưa bánh tráng phơi không khô, bị mốc",
        "Cơ sở bánh tráng phơi trên giàn ngoài trời, mùa mưa bánh ẩm, lên mốc, phải bỏ nhiều. Cần cách sấy khi trời mưa.",
        {"h9o170": 2, "h9o085": 2, "h9o084": 1, "h9o086": 1},
    ),
    (
        "h9n39",
        "vi",
        "banhtet_dansinh",
        "Bánh tét gửi đi xa để 5-7 ngày là hư",
        "Khách ở TP.HCM và nước ngoài đặt bánh tét Trà Cuôn nhưng bánh chỉ để được 5-7 ngày, gửi xe đi xa sợ bị chua, mốc.",
        {"h9o087": 2, "h9o088": 2, "h9o106": 1},
    ),
    (
        "h9n40",
        "en",
        "candy_vn24h",
        "Coconut candies go soft and stick to the wrapper",
        "In the humid months our coconut candies absorb moisture, go soft and stick to the paper; customers complain and an "
        "export buyer returned a shipment.",
        {"h9o090": 2},
    ),
    (
        "h9n41",
        "vi",
        "coco_pest_dost",
        "Vườn dừa lá cháy khô từng tàu",
        "Vườn dừa 2 ha lá bị cháy khô từ dưới lên, có sâu làm tổ dưới lá, cây cao quá không phun thuốc được. Cần cách trị "
        "không dùng thuốc.",
        {"h9o092": 2, "h9o162": 2},
    ),
    (
        "h9n42",
        "en",
        "coco_rhino_ancotnam",
        "Black beetles boring into coconut crowns",
        "Large black beetles bore into the top of our coconut palms; new fronds come out cut in a V shape and some young "
        "palms have died.",
        {"h9o093": 2},
    ),
    (
        "h9n43",
        "vi",
        "hyacinth_mekongtravel",
        "Hàng lục bình bị mốc khi tới tay khách nước ngoài",
        "Cơ sở đan giỏ lục bình xuất khẩu, container đi 30 ngày tới châu Âu thì khách báo hàng lên mốc trắng, bị phạt tiền.",
        {"h9o096": 2, "h9o097": 1, "h9o100": 1},
    ),
    (
        "h9n44",
        "vi",
        "mat_villages",
        "Làng chiếu dệt tay năng suất thấp, màu chiếu phai",
        "Hộ dệt chiếu ở Trà Cú dệt khung tay mỗi ngày được vài đôi, chiếu nhuộm màu giặt vài lần đã phai, khó cạnh tranh.",
        {"h9o098": 2, "h9o099": 2},
    ),
    (
        "h9n45",
        "en",
        "haccp_vsattp",
        "Export buyer asks our dried-fish workshop for a food-safety system",
        "A Korean importer wants to buy our dried fish and squid but asks for a documented food-safety system and audit "
        "before the first order.",
        {"h9o104": 2, "h9o107": 1},
    ),
    (
        "h9n46",
        "vi",
        "vietgap_cost",
        "HTX rau muốn vào siêu thị nhưng chưa có chứng nhận",
        "Hợp tác xã rau ở Cầu Ngang bán cho thương lái, siêu thị đồng ý thu mua nếu có chứng nhận sản xuất an toàn. Chưa biết "
        "bắt đầu từ đâu, sợ tốn kém.",
        {"h9o103": 2, "h9o108": 1, "h9o156": 1, "h9o128": 1},
    ),
    (
        "h9n47",
        "vi",
        "pack_ocop_criteria",
        "Sản phẩm đựng túi ni lông, chấm OCOP bị điểm thấp",
        "Cơ sở làm mắm và bánh tại nhà, sản phẩm chỉ đựng túi ni lông ghi tay, đi thi OCOP bị chấm điểm thấp phần bao bì, "
        "nhãn.",
        {"h9o105": 2, "h9o135": 1, "h9o106": 1, "h9o107": 1},
    ),
    (
        "h9n48",
        "en",
        "energy_audit_vneec",
        "Electricity is eating our margin",
        "We run a small rice noodle factory with a boiler, grinders and pumps. The power bill went up again and we do not "
        "know which machines waste the most.",
        {"h9o109": 2, "h9o110": 2, "h9o111": 1, "h9o157": 1, "h9o113": 1},
    ),
    (
        "h9n49",
        "vi",
        "solar_lotus",
        "Mái xưởng rộng, muốn lắp điện mặt trời nhưng không có vốn",
        "Nhà xưởng chế biến có 3.000 m2 mái tôn, muốn lắp điện mặt trời để giảm tiền điện nhưng không đủ vốn đầu tư ban đầu.",
        {"h9o113": 2, "h9o157": 1, "h9o111": 1, "h9o112": 1},
    ),
    (
        "h9n50",
        "en",
        "slaughter_greenstar",
        "Smell and red water from our slaughterhouse",
        "Neighbours complain about the smell and the red, greasy water our pig and cattle slaughterhouse lets into the "
        "canal. The district has given us six months to comply.",
        {"h9o116": 2, "h9o117": 2, "h9o118": 2, "h9o119": 1},
    ),
    (
        "h9n51",
        "vi",
        "noodle_ww_ace",
        "Nước thải làm bún chảy ra kênh chua hôi",
        "Xóm có chục hộ làm bún, hủ tiếu, nước ngâm gạo và rửa bún xả thẳng ra kênh, nước chua, bốc mùi, cá chết.",
        {"h9o161": 2, "h9o116": 1, "h9o119": 1},
    ),
    (
        "h9n52",
        "en",
        "school_water_camau",
        "Coastal school has only salty well water",
        "Our primary school near the coast has a well, but the water is salty, so children bring bottled water or drink "
        "nothing all day.",
        {"h9o120": 2, "h9o121": 2, "h9o159": 1},
    ),
    (
        "h9n53",
        "vi",
        "coast_tv_overall",
        "Bờ biển trước xóm bị sóng đánh lở mỗi năm",
        "Mỗi mùa gió chướng sóng ăn vào bờ vài mét, rừng phòng hộ trước xóm chết dần, nước tràn vào ao tôm và nhà dân.",
        {"h9o124": 2, "h9o125": 2, "h9o127": 2, "h9o126": 1},
    ),
    (
        "h9n54",
        "en",
        "trace_laodong",
        "Supermarket wants to trace each batch of our pomelos",
        "A supermarket chain will list our pomelos only if each box can be traced back to the orchard and harvest date.",
        {"h9o128": 2, "h9o129": 2, "h9o140": 1, "h9o103": 1},
    ),
    (
        "h9n55",
        "vi",
        "ecoop_nhandan",
        "Sổ sách HTX ghi tay, báo cáo thuế chậm",
        "Hợp tác xã ghi sổ sách, thu chi bằng tay, cuối năm làm báo cáo thuế rất chậm và hay sai, chưa xuất được hóa đơn "
        "điện tử.",
        {"h9o130": 2, "h9o134": 1},
    ),
    (
        "h9n56",
        "en",
        "ecom_coop_baoquocte",
        "Selling our dried shrimp and candies online",
        "Our co-operative makes dried shrimp and coconut candy and sells only at the local market. We want to sell online "
        "but have no idea how to start.",
        {"h9o131": 2, "h9o160": 1, "h9o135": 1, "h9o169": 1},
    ),
    (
        "h9n57",
        "vi",
        "boat_pu_2lua",
        "Đêm cúp điện quạt ao tắt mà không hay",
        "Nhà ở xa ao tôm, đêm cúp điện quạt nước ngừng mà không biết, sáng ra tôm nổi đầu chết. Cần cách báo và điều khiển từ "
        "xa.",
        {"h9o132": 2, "h9o115": 1},
    ),
    (
        "h9n58",
        "en",
        "shrimp_wfs_vietlinh",
        "Shrimp at 50 days: white strings floating, shrimp off feed",
        "Our whiteleg shrimp are 50 days old; we see white strings floating at the pond corners, feed trays come back full "
        "and the shrimp are very uneven in size.",
        {"h9o136": 2, "h9o138": 2, "h9o137": 1},
    ),
    (
        "h9n59",
        "vi",
        "pomelo_binhphuoc",
        "Trái bưởi bị sâu đục lỗ chảy mủ",
        "Vườn bưởi da xanh trái non bị đục lỗ, chảy nhựa, rụng nhiều, phun thuốc vẫn không giảm.",
        {"h9o139": 2},
    ),
    (
        "h9n60",
        "vi",
        "oyster_ctu_bentre",
        "Tư vấn làm dầu hàu",
        "Hàu nhỏ bán không được giá, muốn tự làm dầu hàu đóng chai.",
        {"h9o019": 2},
    ),
    (
        "h9n61",
        "en",
        "water_jar_alum",
        "Households along the canal have no safe drinking water",
        "Families in our hamlet drink canal water or buy expensive bottled water; there is no piped supply and the wells "
        "are brackish.",
        {"h9o122": 2, "h9o159": 2, "h9o123": 1},
    ),
    (
        "h9n62",
        "en",
        "sra_dryer_nlu",
        "Rice seed co-op cannot dry paddy when harvest rain comes",
        "Our seed co-operative harvests certified rice seed in the rainy season; when we cannot sun-dry within a day the "
        "seed heats up and germination drops.",
        {"h9o057": 2},
    ),
]
