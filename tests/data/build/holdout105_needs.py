"""Needs of the holdout105 set (construction and rural housing in Tra Vinh / Vinh Long). See make_holdout105.py."""

NEEDS = [
    # --- bricks, ash, blocks, kilns ---
    (
        "mCn01",
        "vi",
        "vietnamvn_mangthit",
        "Chuyển lò gạch nung Mang Thít sang gạch không nung từ tro trấu",
        "Gia đình tôi có 2 lò gạch ở xã Mỹ Phước, huyện Mang Thít, ven kênh Thầy Cai. Khu lò gạch từng có hơn 3.000 lò, nay còn khoảng "
        "800; mỗi mẻ mất 5 ngày chất và ra lò, 15 ngày đốt, 10 ngày xây cửa lò chờ nguội, đất sét phải mua từ kênh rạch Vĩnh Long và Trà "
        "Vinh. Chúng tôi muốn chuyển một phần sang gạch không nung dùng tro trấu (sẵn từ các nhà máy xay xát) và tro bay, ít xi măng, "
        "đạt mác để bán cho nhà dân. Cần cấp phối đã thử nghiệm và hỗ trợ làm mẻ thử.",
        {"mCo001": 2, "mCo002": 2, "mCo003": 1, "mCo007": 1, "mCo004": 1, "mCo013": 1},
    ),
    (
        "mCn02",
        "en",
        "evn_dh_ash",
        "Buying fly ash and bottom slag from Duyen Hai for block making and fill",
        "We are a building-materials firm in Duyen Hai town. The Duyen Hai power centre collects fly ash in three silos through "
        "closed pipes and trucks wetted ash and slag (15-20% moisture) to covered dumps, which will become hard to control if "
        "the ash is not used; worldwide 75-90% of ash is reused in dykes, road bases, cement, concrete and blocks. We want a "
        "regular contract for fly ash and bottom slag to make unfired blocks and to sell as fill, and need to know terms and "
        "quantities.",
        {"mCo005": 2, "mCo006": 2, "mCo003": 1, "mCo035": 1, "mCo118": 1},
    ),
    (
        "mCn03",
        "vi",
        "vnnet_kilns_hb",
        "Cần dây chuyền ép gạch không nung vừa túi tiền cho chủ lò thủ công",
        "Tôi chủ lò gạch thủ công ở huyện Trà Cú, lò làm năm 2009, đang nợ ngân hàng. Quy định bắt dừng lò thủ công nhưng chủ lò thiếu "
        "vốn, thiếu hiểu biết để chuyển sang dây chuyền hiện đại; lò cho gạch xây nhà trong vùng và việc làm cho bà con, còn trẻ con "
        "quanh lò bị bệnh hô hấp. Chúng tôi (vài chủ lò góp lại thành tổ hợp tác) cần máy ép gạch không nung cỡ nhỏ hoặc bán tự động, "
        "vốn đầu tư thấp, dùng xi măng, cát, mạt đá hay đất tại chỗ, có người hướng dẫn vận hành.",
        {"mCo004": 2, "mCo008": 2, "mCo009": 2, "mCo010": 2, "mCo014": 1},
    ),
    (
        "mCn04",
        "en",
        "benTre_brick",
        "Lighter wall blocks than four-hole clay bricks for houses on soft ground",
        "Our small building team in Tra Vinh city builds most houses with 'gach the' solid bricks for foundations and 'gach "
        "ong' four-hole fired bricks for walls, bought from kilns that hold 8,000-12,000 bricks per firing. On the soft ground "
        "here heavy walls mean bigger foundations and cracks. We want a supplier of lighter wall blocks with enough strength "
        "for one- or two-storey houses, at a price per m2 of wall close to fired brick.",
        {"mCo019": 2, "mCo021": 2, "mCo018": 2, "mCo011": 2, "mCo020": 2, "mCo007": 1, "mCo159": 1, "mCo149": 1},
    ),
    (
        "mCn05",
        "vi",
        "baodanang_mangthit",
        "Công nghệ lò nung sạch hơn cho làng gạch ven sông Cổ Chiên",
        "Hội chủ lò gạch ngói ở Long Hồ và Mang Thít: hàng trăm lò gạch nối nhau hơn 30 km dọc sông Cổ Chiên, nghề có hơn một thế kỷ, "
        "sản phẩm gạch, gốm còn xuất khẩu. Khói lò đốt than, củi làm dân than phiền và địa phương siết chặt, nhiều lò tắt lửa. Chúng tôi "
        "muốn giữ nghề nhưng đổi sang công nghệ nung tốn ít nhiên liệu, ít khí thải, cần chuyên gia tư vấn loại lò, đào tạo thợ và "
        "thông tin nguồn hỗ trợ chuyển đổi.",
        {"mCo012": 2, "mCo013": 2, "mCo014": 1, "mCo004": 1},
    ),
    (
        "mCn06",
        "en",
        "alc_aac_failure",
        "Partner producer of AAC blocks and panels for rural builders",
        "We distribute building materials in Vinh Long and want to add autoclaved aerated concrete. AAC is light, insulating, "
        "fire-resistant and quick to build, yet many plants run below 50% of capacity because contractors are unfamiliar with "
        "it, each product suits only some works, and it needs a matching mortar rather than common cement mortar. We look for "
        "a producer of AAC blocks (and ideally panels) willing to supply, provide the right mortar or joint adhesive, and train "
        "local masons.",
        {"mCo018": 2, "mCo021": 2, "mCo011": 2, "mCo020": 1, "mCo149": 1, "mCo019": 1, "mCo159": 1},
    ),
    (
        "mCn07",
        "vi",
        "proquest_rha",
        "Can dung tro trau thay mot phan xi mang de do be tong",
        "Nha may xay xat cua gia dinh o Tra On moi nam ra rat nhieu trau, dot xong con dong tro. Nghe noi moi tan lua cho khoang 0,2 "
        "tan vo trau, tro trau nhieu silic, co the thay mot phan xi mang, giam chi phi va giam khi CO2 (nganh xi mang chiem khoang 8% "
        "CO2 the gioi). Can don vi huong dan cach dot, nghien tro va cap phoi be tong co tro trau de do san, do duong trong ap.",
        {"mCo031": 2, "mCo032": 2, "mCo033": 2, "mCo034": 1, "mCo035": 1, "mCo122": 1, "mCo123": 1},
    ),
    (
        "mCn08",
        "en",
        "mekongeye_sand",
        "Alternative fine aggregate for concrete: river sand has run out",
        "Our company builds rural roads and culverts in Cang Long. Delta provinces have run out of construction sand: prices "
        "of concrete sand have risen four to five times, one road contractor gets only 100 m3 of the 700 m3 a day it needs, and "
        "the Ben Tre construction department expects 208 public works to be delayed. We need a tested substitute for river "
        "sand in concrete (sea sand made fit for use, local dune sand with crushed stone fines, or similar) with mix designs "
        "and quality limits.",
        {"mCo036": 2, "mCo038": 2, "mCo037": 1, "mCo120": 1, "mCo121": 1},
    ),
    (
        "mCn09",
        "vi",
        "vnplus_dyke_tv",
        "Bê tông bền mặn cho nhà và cống ven biển Duyên Hải",
        "Chúng tôi là tổ xây dựng ở xã Trường Long Hòa, thị xã Duyên Hải. Hai mươi năm qua biển lấn vào đất liền 2,5 km, nuốt 6.000 ha "
        "đất ven biển; nước mặn, gió biển làm cột, đà, nắp cống bê tông của nhà dân nhanh nứt, cốt thép gỉ. Cần cấp phối và biện pháp "
        "thi công bê tông chịu được xâm thực clorua cho nhà ở, cống nhỏ vùng ven biển.",
        {"mCo039": 2, "mCo031": 2, "mCo032": 1, "mCo037": 1},
    ),
    (
        "mCn10",
        "en",
        "vnnet_ashplans",
        "Using thermal power plant ash for rural road bases and fill",
        "Commune road board in Duyen Hai district. The government asked coal power plants to recycle ash into building "
        "materials, ground levelling and rural road construction, and ash can serve for soil reinforcement, embankments and "
        "unbaked bricks, yet little is used. With the Duyen Hai plants next door and no river sand, we want to use ash for fill "
        "and for stabilising the soil of road bases in our hamlets, and need a proven method and a supply.",
        {"mCo118": 2, "mCo006": 2, "mCo005": 1, "mCo110": 1},
    ),
]

NEEDS += [
    # --- prefabricated and light houses ---
    (
        "mCn11",
        "vi",
        "dwell_shouse",
        "Nhà lắp ghép khung bê tông nhẹ chở bằng ghe cho hộ nghèo cù lao",
        "Hội Chữ thập đỏ huyện Cầu Kè cần mẫu nhà ở lâu bền cho hộ nghèo trên cù lao: thu nhập bình quân khoảng 130 USD/tháng, dân hay "
        "cất nhà lá khung gỗ, gặp lũ và đất yếu là cong vênh, vài năm phải làm lại. Muốn nhà khung bê tông đúc sẵn đủ nhẹ để chở từng "
        "phần bằng ghe xuồng, hoàn thiện bằng lá dừa nước và tấm xi măng tại chỗ, mái hai lớp thông gió, giá khoảng 4.000 USD một căn.",
        {"mCo026": 2, "mCo027": 2, "mCo022": 1, "mCo024": 1, "mCo028": 1},
    ),
    (
        "mCn12",
        "en",
        "syreps_eps3",
        "Prefabricated wall panels to cut building time for social housing",
        "We are developing low-rise social housing in Vinh Long city and want to replace block walls with prefabricated "
        "lightweight panels: a two-person crew should install 45-50 m2 of wall per shift instead of three days of block work, "
        "panels 60-150 mm thick for partitions, external walls and roof decks, water uptake under 5% for the rainy season and "
        "joints without wet mortar. Looking for panel suppliers and installers.",
        {"mCo022": 2, "mCo023": 2, "mCo024": 2, "mCo025": 1, "mCo157": 1, "mCo018": 1},
    ),
    (
        "mCn13",
        "vi",
        "asiaone_shouse",
        "Nhà khung thép, tấm tường chịu bão lũ giá dưới 4.000 USD",
        "Tôi trồng đu đủ ở Tiểu Cần, nhà tre lá dột, gió mạnh là sợ sập. Thấy có mẫu nhà mới bên ngoài vẫn tre lá nhưng bên trong khung "
        "thanh thép và tấm tường chịu được bão, lũ, giá dưới 4.000 USD; tôi và vài hộ trong ấp muốn làm loại nhà như vậy, cần đơn vị thiết "
        "kế, cung cấp khung và hướng dẫn dựng.",
        {"mCo026": 2, "mCo027": 2, "mCo029": 1, "mCo028": 1},
    ),
    (
        "mCn14",
        "en",
        "alair_steel",
        "Learning galvanised light-gauge steel framing for rural houses",
        "Small contractor in Tra Vinh. Timber for roof and wall frames is getting expensive and warps and gets termites. We "
        "read that galvanised steel framing can now cost less than wood per wall section, goes up faster, gives clear spans "
        "without big beams and does not get soaked in the rainy season, with CAD roll-forming lines punching all frame parts "
        "for a house in two days. We want a supplier or trainer for light-gauge steel house frames.",
        {"mCo028": 2, "mCo029": 2, "mCo027": 1},
    ),
    # --- wood, bamboo, coconut ---
    (
        "mCn15",
        "vi",
        "vndoc_duabac",
        "Xẻ thân dừa già làm cột, kèo nhà",
        "Hợp tác xã dừa ở Càng Long đang cải tạo vườn, đốn nhiều dừa già. Thân dừa trưởng thành đường kính 25-35 cm, cao 25-30 m, mật độ "
        "120-150 cây/ha, trữ lượng thân dừa cả nước ước gần 32 triệu m3 nhưng hầu như chỉ dùng truyền thống. Chúng tôi muốn xẻ thân dừa "
        "làm cột, kèo, đòn tay cho nhà ở nông thôn, cần biết phần nào của thân đủ chịu lực, cách phân loại, sấy và xử lý.",
        {"mCo050": 2, "mCo051": 2, "mCo052": 2, "mCo053": 1, "mCo049": 1, "mCo150": 1, "mCo151": 1},
    ),
    (
        "mCn16",
        "en",
        "nilaeslit_coco",
        "Kiln drying and preservative treatment of coconut wood",
        "Coconut farmers' group in Chau Thanh, Tra Vinh. Coconut wood (coco lumber) is cheaper than hardwood with comparable "
        "properties; it has no annual rings and is graded by density, low-density core wood of 200-400 kg/m3 being only for "
        "non-load uses. We already saw high-density boards but our wood cracks and gets mouldy. We need a drying method and "
        "preservative treatment so the boards can be sold for floors, doors and house frames.",
        {"mCo053": 2, "mCo052": 2, "mCo049": 1, "mCo050": 1, "mCo044": 1},
    ),
    (
        "mCn17",
        "vi",
        "gonguyenlieu",
        "Công nghệ tẩm gỗ rừng trồng chống mối để làm kèo, cột nhà",
        "Xưởng mộc ở Vũng Liêm chuyên làm kèo, cột, khung cửa cho nhà nông thôn bằng gỗ keo, bạch đàn. Mối mọt là kẻ thù lớn; hiện chỉ "
        "quét thuốc (permethrin, borat) lên mặt gỗ sạch, khô, mang găng, khẩu trang nhưng thuốc không thấm sâu. Cần công nghệ tẩm ngấm "
        "sâu (chân không, áp lực) với chi phí vừa phải để gỗ bền ngoài trời và chống mối.",
        {"mCo043": 2, "mCo044": 2, "mCo045": 1, "mCo046": 1},
    ),
    (
        "mCn18",
        "en",
        "justagric_borax",
        "Simple borax treatment for bamboo posts in Khmer village houses",
        "Builders' group in a Khmer village in Tra Cu uses bamboo for posts, rafters and walls. Untreated bamboo lasts about 2 "
        "years, 4-6 years if kept dry, because its starch and sugar attract powder-post beetles, termites and fungi; treated "
        "well it can last decades. We want a simple, low-toxicity borax-boric acid method we can run in the village, with "
        "recipe, soaking time and tanks.",
        {"mCo047": 2, "mCo046": 2, "mCo048": 2},
    ),
    (
        "mCn19",
        "vi",
        "nellyani_bamboo",
        "Can cach xu ly tre lam nha chong mot, chi phi thap",
        "To tho o Cau Ngang cat nha bang tre. Tre can chat dung tuoi, phoi say cho kho, tam thuoc gon (boron), dong hay dau tu nhien roi "
        "cat noi kho, thoang, ke cao khoi dat, che mua nang. Can duoc huong dan cong thuc tam va cach lam don gian cho tre cay va tre che "
        "dung lam cot, keo, vach.",
        {"mCo047": 2, "mCo048": 2, "mCo046": 1, "mCo043": 1},
    ),
    # --- flood-resilient houses ---
    (
        "mCn20",
        "vi",
        "huengaynay",
        "Mẫu nhà chống lũ hai tầng giá vừa phải cho hộ vùng trũng",
        "Nhiều hộ ở xã vùng trũng huyện Tam Bình năm nào cũng phải kê đồ, chạy lũ; có nhà ngập tới cửa sổ. Thấy nơi khác có mẫu nhà an "
        "toàn chống lũ hai tầng khoảng 250 triệu đồng, được quỹ hỗ trợ một phần, vừa tránh lũ vừa chịu được lốc làm tốc mái nhà xung "
        "quanh. Chúng tôi cần mẫu thiết kế và đơn vị hướng dẫn xây cho vài hộ thí điểm.",
        {"mCo055": 2, "mCo056": 2, "mCo057": 2, "mCo058": 1, "mCo059": 1, "mCo065": 1},
    ),
    (
        "mCn21",
        "en",
        "dantri_nhaphao",
        "Floating houses that rise with the flood for low-lying hamlets",
        "In deep-flooding hamlets of Tra On, some families still have no safe place when the water rises. We saw a commune "
        "where almost every deep-flood household now has a float house, nearly 540 in total, many fully or half funded by "
        "authorities and donors, about 60 more just built, and about 50 households still waiting. We want a proven float house "
        "design that rises with the water and a supplier to build the first units.",
        {"mCo060": 2, "mCo061": 2, "mCo062": 2, "mCo063": 2, "mCo064": 1, "mCo057": 1, "mCo055": 1, "mCo056": 1},
    ),
    (
        "mCn22",
        "vi",
        "ktvn_nhaphao",
        "Hướng dẫn tự làm nhà phao thùng phuy khoảng 15 triệu đồng",
        "Hộ dân ven rạch ở Mang Thít muốn tự làm nhà phao tránh lũ: thùng phuy sắt đậy kín nắp, thùng nhựa bơm khí, lót sàn gỗ nhẹ, "
        "khung trên nhẹ, đặt được bếp gas; nghe nói không tính công khoảng 15 triệu đồng một căn. Cần bản hướng dẫn kích thước, số thùng, "
        "cách neo giữ để nhà không bị trôi.",
        {"mCo061": 2, "mCo060": 2, "mCo056": 1, "mCo062": 1, "mCo055": 1},
    ),
    (
        "mCn23",
        "en",
        "tuoitre_undp",
        "Two-room storm-proof house design for about US$1,700",
        "Women's union of a coastal commune in Duyen Hai. Families here keep spending savings to repair houses after storms "
        "and fall into debt. We read of two-room houses of simple, strong design with a mezzanine against flooding, reinforced "
        "roofing and strong cement, costing about US$1,700 each, where old houses are kept for storage or animals. We need the "
        "design and technical support to build them.",
        {"mCo059": 2, "mCo058": 2, "mCo074": 2, "mCo055": 1},
    ),
    (
        "mCn24",
        "vi",
        "colours_stilt",
        "Muon cat nha san cao tranh lu re tien",
        "Nha toi o bai boi ven song Hau, xa Luc Si Thanh (Tra On). Nha san giup tranh lu, tranh bun, duoi gam de nuoi ga vit, phoi lua; "
        "nhung cot go ngam nuoc lau nam thi hu. Can mau nha san cao khoang 3 m, cot be tong hoac vat lieu ben, chi phi thap, co huong dan "
        "cat.",
        {"mCo066": 2, "mCo065": 2, "mCo056": 2, "mCo055": 2, "mCo163": 1},
    ),
    (
        "mCn25",
        "en",
        "vdong_ncl",
        "Replicating safe-house models (raised floor, attic, float) with drawings",
        "A charity working in Cau Ke wants to replicate the 'flood-proof house' programme that since 2013 raised over 50 billion "
        "VND and built nearly 800 houses in 11 safe-house models. Float houses are only one model; we need the full set of "
        "drawings for raised-floor, attic and float houses to choose with each family, and advice on costs.",
        {"mCo055": 2, "mCo056": 2, "mCo057": 2, "mCo059": 1},
    ),
    (
        "mCn26",
        "en",
        "good_floatbamboo",
        "Floating bamboo structure for an islet homestay and classroom",
        "We run a community homestay on an islet in Long Ho. We want a low-cost building of local bamboo and leaves that "
        "floats on recycled containers when the river floods, is held by anchors and ties, can be assembled by local families, "
        "expanded in modules and used as classroom or library; roof openable for ventilation.",
        {"mCo062": 2, "mCo063": 2, "mCo064": 1, "mCo061": 1},
    ),
    # --- storm-resilient houses ---
    (
        "mCn27",
        "vi",
        "sggp_baonuoc",
        "Gia cố mái tôn chống tốc mái mùa giông cho nhà ven biển",
        "Nhà dân ven biển xã Trường Long Hòa mùa giông lốc hay bị tốc mái tôn. Trước bão người dân bơm nước vào bao nilon đặt lên mái, "
        "mỗi mái hàng chục bao, hoặc khiêng bao cát; làm tạm, dễ thủng mái. Cần giải pháp liên kết mái tôn với kèo, tường bền lâu, giá vừa "
        "phải và thợ làm được.",
        {"mCo070": 2, "mCo075": 2, "mCo071": 2, "mCo072": 1, "mCo069": 1},
    ),
    (
        "mCn28",
        "en",
        "urbanet_danang",
        "Storm-proofing poor households' houses with finance and technical help",
        "Social association in coastal Duyen Hai. As in Da Nang, where typhoon Nari (October 2013, eight hours of winds up to "
        "130 km/h) destroyed 122 houses and tore off thousands of roofs, poor and near-poor families here live in fragile "
        "houses, their main asset. We want a proven package: storm-resistant designs, retrofit of existing houses and a way "
        "to organise small loans and technical supervision.",
        {"mCo074": 2, "mCo069": 2, "mCo072": 1, "mCo058": 1, "mCo070": 1},
    ),
    (
        "mCn29",
        "en",
        "krdo_roof",
        "Metal connectors to tie roof rafters to walls",
        "Timber-roofed houses in Cau Ngang lose roofs in strong winds because rafters are only nailed to the walls, and nails "
        "pull out. We want metal hurricane connectors or straps tying every rafter or truss to the walls down to the "
        "foundation, a supplier, and instructions for fitting them on existing houses.",
        {"mCo071": 2, "mCo072": 2, "mCo073": 1, "mCo070": 1},
    ),
    (
        "mCn30",
        "vi",
        "vnnet_bualoi",
        "Thiết kế nhà mới chịu bão ngay từ đầu cho vùng ven biển",
        "Sau các cơn bão gần đây, nhiều nhà ở Hiệp Thạnh (Duyên Hải) phải chằng chống tạm: đổ nước vào can 20 lít treo góc mái, dán kín "
        "cửa kính, có nhà còn đưa máy xúc lên chèn mái. Các gia đình sắp xây mới muốn thiết kế chịu bão ngay từ đầu: móng, khung, tường, "
        "mái và liên kết mái - tường chắc chắn, cửa có chốt, chi phí vừa sức.",
        {"mCo069": 2, "mCo074": 2, "mCo058": 2, "mCo029": 1},
    ),
    # --- house raising ---
    (
        "mCn31",
        "vi",
        "thenub_lift",
        "Nâng cả ngôi nhà lên bằng mặt đường mới",
        "Nhà hai tầng của tôi ở phường 4, TP Vĩnh Long: đường trước nhà vừa nâng cấp, nền nhà thấp hơn mặt đường khoảng 0,8 m, mưa và "
        "triều cường là nước tràn vào. Không muốn đập nhà xây lại; muốn nâng cả nhà bằng kích đồng bộ dưới hệ dầm thép, kê chèn từng "
        "đợt rồi làm móng mới cao hơn. Cần đơn vị có kinh nghiệm nâng nhà.",
        {"mCo077": 2, "mCo078": 2, "mCo079": 2, "mCo080": 1, "mCo081": 1, "mCo084": 1},
    ),
    (
        "mCn32",
        "en",
        "klusster_lift",
        "Lifting a flooded shophouse with synchronised hydraulic jacks",
        "Our shophouse in Vinh Long city floods at spring tides. We want a contractor who can run steel beams under the "
        "floor, raise the building with synchronised hydraulic jacks a little at a time, adding cribbing after each lift, then "
        "build a higher foundation and lower it back in place.",
        {"mCo078": 2, "mCo079": 2, "mCo081": 2, "mCo082": 1, "mCo083": 1, "mCo077": 1},
    ),
    (
        "mCn33",
        "vi",
        "kitaviet_lun",
        "Nha cap 4 bi lun lech, nut tuong, can xu ly mong",
        "Nha cap 4 cua toi o Vung Liem xay tren dat ruong dap, nay nen lun khong deu, tuong nut gan cua so, cua ra vao, nha hoi nghieng. "
        "Nghe noi nha dan dung lun trong gioi han cho phep (duoi 8 cm) thi chap nhan duoc, qua muc phai xu ly. Can don vi khao sat va gia "
        "co mong, nan lai nha ma khong phai dap bo.",
        {"mCo096": 2, "mCo084": 2, "mCo095": 2, "mCo098": 1, "mCo160": 1, "mCo082": 1},
    ),
    (
        "mCn34",
        "en",
        "infolist_raise",
        "Raising a house on a new foundation to escape repeated floods",
        "Family in Cang Long. Our house floods every year. We want to separate it from its foundation, hold it temporarily on "
        "hydraulic jacks and cribbing, and build a taller foundation underneath, as is done in flood- and storm-prone areas; "
        "later we may add a ground floor. Looking for a contractor with jacks, cribbing and engineering support.",
        {"mCo081": 2, "mCo082": 2, "mCo083": 2, "mCo077": 1, "mCo078": 1},
    ),
    # --- foundations on soft soil ---
    (
        "mCn35",
        "vi",
        "tailieu_xldy_dbscl",
        "Chọn giải pháp móng cho nhà 3 tầng trên đất yếu dày",
        "Tôi sắp xây nhà 3 tầng ở phường 7, TP Trà Vinh. Khảo sát cho thấy lớp đất yếu dày khoảng 12 m. Nhiều công trình ở ĐBSCL trên "
        "đất yếu đã lún, nứt; tôi không biết nên đóng cừ tràm như hàng xóm hay ép cọc bê tông. Cần đơn vị tư vấn, thi công móng phù hợp "
        "với chi phí hợp lý.",
        {"mCo086": 2, "mCo089": 2, "mCo093": 1, "mCo090": 1, "mCo087": 1},
    ),
    (
        "mCn36",
        "en",
        "pmc_minderhoud",
        "Short pressed piles for townhouses on subsiding delta clay",
        "We build townhouses in Tra Vinh city. The delta sank about 18 cm in 25 years from groundwater pumping and parts sink "
        "over 2.5 cm a year, so shallow footings on the soft top clay keep cracking. Lots are only about 4 m wide. We need a "
        "contractor with a compact hydraulic rig to press short reinforced concrete piles in narrow lots.",
        {"mCo090": 2, "mCo089": 2, "mCo094": 1, "mCo086": 1},
    ),
    (
        "mCn37",
        "vi",
        "ctuet_cxmd",
        "Gia cố nền đường đắp vào khu dân cư bị lún bằng cọc xi măng đất",
        "Đường đắp dẫn vào cụm dân cư vượt lũ ở xã Ngọc Biên (Trà Cú) cứ lún, nứt mép sau mỗi mùa mưa vì nằm trên đất yếu. Tư vấn cho "
        "biết có thể gia cố bằng cọc xi măng - đất, tính chiều dài, đường kính, khoảng cách cọc để đạt độ lún và hệ số ổn định yêu cầu. "
        "Cần đơn vị thiết kế, thi công.",
        {"mCo091": 2, "mCo092": 2, "mCo097": 2, "mCo093": 1},
    ),
    (
        "mCn38",
        "en",
        "rockhard_helical",
        "Helical screw piles for light buildings on soft ground",
        "We are adding a light storage building and house extensions on soft, unstable ground in Cau Ke and cannot bring big "
        "piling rigs in. We want helical (screw) piles, steel shafts with helical blades screwed in with small equipment, "
        "resisting both compression and uplift, and an installer.",
        {"mCo094": 2, "mCo095": 2, "mCo090": 1},
    ),
    (
        "mCn39",
        "vi",
        "netnhaviet_tre",
        "Gia cố nền nhà cấp 4 bằng cừ tràm đúng kỹ thuật",
        "Gia đình xây nhà cấp 4 ở Tiểu Cần trên đất ven rạch, nền yếu, ngân sách hạn chế. Muốn dùng cừ tràm (như người Bắc đóng cọc tre) "
        "để gia cố nền, nhưng cần biết khi nào dùng được, mật độ bao nhiêu cây mỗi m2, dài bao nhiêu, đóng thủ công hay bằng máy để nhà "
        "không lún.",
        {"mCo087": 2, "mCo088": 2, "mCo086": 2, "mCo160": 1},
    ),
    (
        "mCn40",
        "en",
        "vdoffice_subs",
        "Assessing and repairing houses cracked by land subsidence",
        "Commune in Cau Ngang. Sinking land from groundwater overuse, sea-level rise and poor drainage is cracking houses; "
        "nearby Soc Trang and Bac Lieu are among the worst hit. Experts advise calculating foundation base levels and improving "
        "drainage. We need engineers who can assess damaged houses and repair or underpin their foundations.",
        {"mCo096": 2, "mCo095": 2, "mCo093": 1, "mCo084": 1},
    ),
]

NEEDS += [
    # --- contractors' tools and machinery ---
    (
        "mCn41",
        "vi",
        "visualfoodie",
        "Thuê máy trộn bê tông đúng cỡ cho công trình nhà dân nhỏ",
        "Tổ thợ xây ở Mang Thít nhận đổ sân, móng, sàn cho nhà dân. Lần trước thuê nhầm máy trộn quá nhỏ, ổ điện ngoài trời hỏng, phải "
        "trộn nhiều mẻ lặt vặt, bê tông không đều, công việc kéo dài gấp đôi. Cần nơi cho thuê máy trộn và máy móc nhỏ theo ngày, tư vấn "
        "đúng cỡ, chạy điện hay xăng, giao nhận tận nơi.",
        {"mCo102": 2, "mCo103": 2},
    ),
    (
        "mCn42",
        "en",
        "apollo_pipe",
        "Machine to make concrete culvert pipes for rural roads",
        "Precast yard in Tra Cu. Demand for concrete pipes for drains and road culverts keeps rising with the rural road "
        "programme, and we now buy pipes from far away. We want to make reinforced concrete pipes of about 300-1,000 mm "
        "ourselves and need a pipe-making machine, moulds and advice on which technology suits a small plant.",
        {"mCo104": 2, "mCo105": 2, "mCo138": 1, "mCo137": 1},
    ),
    (
        "mCn43",
        "vi",
        "pemba_csieb",
        "Máy ép gạch đất - xi măng tự chèn bằng tay cho tổ hợp tác xây nhà",
        "Tổ hợp tác xây nhà ở Trà Cú muốn làm gạch tại chỗ: đất địa phương trộn ít vôi hoặc xi măng, ép bằng máy tay thành gạch tự chèn, "
        "bảo dưỡng một tháng rồi xây không cần vữa, vừa chắc vừa rẻ. Cần mua máy ép tay và được hướng dẫn cấp phối, cách ép.",
        {"mCo008": 2, "mCo009": 2, "mCo010": 2, "mCo004": 1},
    ),
    (
        "mCn44",
        "en",
        "epcoc_bienphap",
        "Compact pile-pressing rig for alley houses",
        "Small foundation contractor in Vinh Long city. Most houses we build are low-load buildings squeezed between "
        "neighbours, so pile driving with hammers is not allowed and pressed piles are used, pressed before the pile cap with "
        "counterweights or anchors, after trial piles and a static load test at least 7 days later. We want to buy or hire an "
        "anchor-type pile press suited to alleys, or a subcontractor who has one.",
        {"mCo089": 2, "mCo090": 2, "mCo088": 1},
    ),
    # --- rural roads ---
    (
        "mCn45",
        "vi",
        "vcci_vinhlong_roads",
        "Mặt đường giá rẻ dùng vật liệu địa phương cho đường ấp 3 m",
        "Vĩnh Long có 2.693 km đường nông thôn, giai đoạn 2008-2013 đầu tư 1.264 tỷ đồng, trong đó 339 tỷ (26,8%) do dân và tổ chức đóng "
        "góp; mục tiêu làm khoảng 171 km đường mỗi năm. Ban phát triển ấp ở xã Hòa Hiệp (Tam Bình) cần phương án mặt đường rộng 3 m giá "
        "rẻ, dùng vật liệu tại chỗ, dân tự làm và bảo trì được, bền hơn đường đất, đá đỏ.",
        {"mCo112": 2, "mCo111": 2, "mCo110": 2, "mCo113": 1, "mCo122": 1, "mCo118": 1, "mCo114": 1},
    ),
    (
        "mCn46",
        "en",
        "vnplus_tv_roads",
        "Soil stabilisation to build rural roads without hauling aggregate",
        "Tra Vinh plans to spend nearly 3.27 trillion VND on 1,671 km of rural roads and 305 bridges after 2020 in its "
        "new-style rural programme. Our district transport office (Tieu Can) has little stone or sand nearby; we want to "
        "stabilise the local soil in place with a binder to make road bases and farm roads, and need tested methods and "
        "equipment.",
        {"mCo110": 2, "mCo118": 2, "mCo111": 1, "mCo116": 1},
    ),
    (
        "mCn47",
        "vi",
        "dantri_duongbt",
        "Đường bê tông ấp nhanh hư, cần kết cấu mặt đường phù hợp nền yếu",
        "Mấy tuyến đường bê tông ấp ở Cầu Kè làm chưa bao lâu đã bong tróc, nứt vỡ; người dân nghi do xi măng kém, nhưng nhiều tuyến dùng "
        "cùng loại xi măng cũng hư tương tự. Xã cần tư vấn kết cấu áo đường phù hợp nền đất yếu ven kênh và cách kiểm tra chất lượng "
        "khi nghiệm thu.",
        {"mCo119": 2, "mCo112": 1, "mCo111": 1, "mCo038": 1},
    ),
    (
        "mCn48",
        "en",
        "wb_ruralroad",
        "Climate-resilient low-volume road surfacings proven in Vietnam",
        "Provincial transport department. Since 2003 World Bank and DfID research showed gravel is not always the best rural "
        "road surface, and the Rural Road Gravel Assessment and Surfacing Trials tested alternative pavements for whole-life "
        "performance and climate resilience. We want the tested options and their costs to update our standard designs for "
        "commune roads in flood-prone areas.",
        {"mCo111": 2, "mCo112": 2, "mCo113": 1, "mCo110": 1},
    ),
    (
        "mCn49",
        "vi",
        "trid_gravel",
        "Láng nhựa đường đất đỏ bằng thi công thủ công với tổ đội địa phương",
        "Các tuyến đường đất, sỏi ở xã Ngũ Lạc (Duyên Hải) mùa khô bụi, mùa mưa lầy không đi được. Rải sỏi thì rẻ nhưng nhanh mòn. Xã muốn "
        "láng nhựa (nhũ tương hoặc nhựa nóng) cho đoạn xấu nhất, thi công chủ yếu bằng lao động địa phương, cần hướng dẫn kỹ thuật và đào "
        "tạo tổ đội.",
        {"mCo113": 2, "mCo114": 2, "mCo112": 1, "mCo111": 1},
    ),
    (
        "mCn50",
        "en",
        "tarmaxx_geocell",
        "Access road over saturated weak ground to shrimp farms",
        "Shrimp farm cluster in Long Toan, Duyen Hai. Our access road over soft, waterlogged soil ruts, dents and washes out; "
        "replacing soil deeply or hauling thick aggregate is too costly. We want a cellular confinement (geocell) or geogrid "
        "system that allows thinner or lower-quality aggregate, drains well and carries trucks.",
        {"mCo115": 2, "mCo116": 2, "mCo117": 2, "mCo110": 1},
    ),
    (
        "mCn51",
        "vi",
        "sggp_soctrang_sand",
        "Dùng cát biển đắp nền đường mà không làm mặn ruộng tôm",
        "Tỉnh bạn đã cho khai thác cát biển lần đầu, các ban quản lý dự án đăng ký hơn 24 triệu m3 cho cao tốc. Xã Hiệp Thạnh (Duyên Hải) "
        "cần đắp nền đường vào khu tái định cư nhưng không mua được cát sông; muốn dùng cát biển mà không làm nhiễm mặn ruộng, ao tôm hai "
        "bên. Cần quy trình và kinh nghiệm đã thử nghiệm.",
        {"mCo120": 2, "mCo121": 2, "mCo036": 1, "mCo006": 1},
    ),
    (
        "mCn52",
        "en",
        "piahs_consol",
        "Road embankment on deep soft clay keeps settling",
        "Our commune road embankment near the coast in Duyen Hai sits on Holocene soft clay and has settled unevenly, more "
        "than expected, since it was widened with land fill. Rain and tides waterlog it. We need a ground-improvement design "
        "that speeds up consolidation before paving so residual settlement stays small.",
        {"mCo097": 2, "mCo091": 1, "mCo092": 1, "mCo093": 1, "mCo119": 1},
    ),
    (
        "mCn53",
        "vi",
        "ijert_rha",
        "Muon lam duong ap bang be tong tron trau, tro trau cho re",
        "Xa o Tra On nhieu nha may xay xat, tro trau dot khong kiem soat, khong nghien van bo dong. Nghe noi be tong thay 0-30% xi mang "
        "bang tro trau van dat 24-41 N/mm2 sau 28 ngay. Ap muon lam duong be tong co tro trau hoac vo trau de giam chi phi, can don vi huong "
        "dan cap phoi, thi cong doan mau.",
        {"mCo122": 2, "mCo123": 2, "mCo033": 1, "mCo031": 1},
    ),
    (
        "mCn54",
        "en",
        "wb_mission",
        "Training women's groups to maintain rural roads",
        "Women's union in Cau Ngang. In Lao Cai the transport department and women's union hired women's groups to do "
        "routine maintenance of selected road lengths, after training in good maintenance practice and with supplies of "
        "materials. We want to do the same for our commune roads and need training in simple, labour-based maintenance and "
        "surfacing techniques.",
        {"mCo114": 2, "mCo113": 2, "mCo112": 1},
    ),
    # --- small bridges ---
    (
        "mCn55",
        "vi",
        "newhope_quihoa",
        "Thay cây cầu sắt 22 năm sắp sập, dài 32 m rộng 3 m",
        "Cây cầu ở một ấp của xã Hòa Lợi (Châu Thành, Trà Vinh) làm hơn 22 năm, kết cấu sắt bên dưới rất thô sơ, đang xuống cấp có thể "
        "sập, mỗi ngày hơn 2.000 người qua lại. Dự toán làm lại cầu dài 32 m, ngang 3 m khoảng 400 triệu đồng. Ấp cần giải pháp cầu chắc, "
        "thi công nhanh trong kinh phí vận động được.",
        {"mCo129": 2, "mCo126": 2, "mCo127": 2, "mCo128": 2, "mCo131": 1, "mCo130": 1},
    ),
    (
        "mCn56",
        "en",
        "vnplus_footbridge",
        "Replacing the last bamboo and wooden footbridges",
        "Over a decade the delta replaced more than 4,000 bamboo and wooden footbridges and built over 11,000 new bridges, "
        "mostly with residents' money; Ben Tre alone replaced over 2,600. Farmers still pay about 15% of income on travel and "
        "transport. Our district in Tra Vinh wants durable, light bridges that local crews can put up quickly to replace the "
        "remaining monkey bridges.",
        {"mCo126": 2, "mCo127": 2, "mCo132": 2, "mCo128": 2, "mCo129": 2, "mCo131": 2},
    ),
    (
        "mCn57",
        "vi",
        "dientudacam_batri",
        "Mẫu cầu nông thôn 13-16 m, rộng 3 m, khoảng 100-130 triệu đồng",
        "Hội ở huyện Cầu Kè vận động xây vài cây cầu nông thôn qua rạch: như nơi khác vừa khánh thành cầu dài 13 m, rộng 3 m hết khoảng "
        "102 triệu đồng và cầu dài 16 m, rộng 3,3 m khoảng 126 triệu đồng, phần lớn do mạnh thường quân, còn lại dân góp. Cần mẫu thiết kế "
        "và đơn vị làm cầu nhẹ, lắp dựng nhanh; kinh phí vận động tham khảo mức trên.",
        {"mCo131": 2, "mCo129": 2, "mCo126": 2, "mCo127": 2, "mCo128": 2, "mCo130": 1},
    ),
    (
        "mCn58",
        "en",
        "vn24h_benluc",
        "Standard quick design for 30-40 m rural bridges, 3.5-tonne load",
        "A commune in Tam Binh still has about 40 monkey bridges and concrete bridges with wooden decks that are worn out. "
        "Donors fund one or two at a time, e.g. a 40 m x 2.5 m, 3.5-tonne reinforced concrete bridge for about 170 million VND "
        "and a 30 m one for 140 million. We want a fast way to get standard preliminary designs and suppliers so more bridges "
        "can be built each year.",
        {"mCo130": 2, "mCo126": 2, "mCo128": 2, "mCo129": 2, "mCo127": 2, "mCo131": 1},
    ),
    (
        "mCn59",
        "vi",
        "camau_phuocthanh",
        "Can cau bo hanh nho qua muong cho hoc sinh",
        "Ap o xa Long Hoa (Chau Thanh, Tra Vinh) co con muong rong, hoc sinh phai di vong. Noi khac vua lam cau 8 m rong 1,2 m het 43 trieu "
        "dong, dan hien dat, hoa mau. Ap can mau cau bo hanh nhip ngan, ben, dan tu lam duoc va cach chon vi tri cau cho khoi bi lu cuon.",
        {"mCo132": 2, "mCo133": 2, "mCo131": 2},
    ),
    (
        "mCn60",
        "en",
        "lecourrier_ponts",
        "Modular steel bridge kits to replace bamboo bridges fast",
        "The delta plan aimed to remove all 'monkey bridges'; provinces destroyed more than 4,000 and built 11,000 solid "
        "bridges, Ben Tre spending 1,300 billion VND on over 2,600 since 2000 and Ca Mau 350 billion on 1,588 in 2009-2010. "
        "Vinh Long still has crossings to replace after floods. We want modular steel bridge kits assembled quickly on site.",
        {"mCo128": 2, "mCo129": 2, "mCo126": 2, "mCo127": 2, "mCo155": 1},
    ),
    # --- culverts ---
    (
        "mCn61",
        "vi",
        "baobinhdinh_phuocthang",
        "Cống hộp đúc sẵn cho đường liên ấp qua mương",
        "Xã ở Trà Cú vừa có vốn khoảng 2,4 tỷ đồng làm 2 cầu bê tông và 2 km đường bê tông liên ấp, dân góp thêm làm mương nội đồng. Chỗ "
        "đường cắt mương cần cống qua đường thoát nước ruộng, xe chở lúa đi được; muốn dùng cống hộp bê tông đúc sẵn để lắp nhanh mùa khô.",
        {"mCo137": 2, "mCo135": 2, "mCo136": 2, "mCo138": 1, "mCo139": 1},
    ),
    (
        "mCn62",
        "en",
        "cocowater_box",
        "Multi-cell precast box culvert where a road crosses a canal",
        "In Vung Liem a district road crosses a canal. A box-shaped culvert is the usual answer, with two or more boxes side "
        "by side for more flow. We need precast box culvert units delivered and installed fast with little dewatering and a "
        "short road closure.",
        {"mCo135": 2, "mCo136": 2, "mCo139": 1, "mCo137": 1},
    ),
    (
        "mCn63",
        "vi",
        "apollo_process",
        "Ống cống tròn bê tông cốt thép cho mương và đường ấp",
        "Ban xây dựng xã ở Càng Long cần ống cống tròn bê tông cốt thép, đường kính khoảng 600-1.000 mm, cho cống thoát nước ngang đường "
        "ấp và mương thoát lũ; ống bê tông bền, không gỉ, tuổi thọ khoảng 75 năm, chịu tải xe. Tìm nhà cung cấp ống đúc ly tâm hoặc rung "
        "ép giao tận nơi.",
        {"mCo138": 2, "mCo137": 2, "mCo104": 1},
    ),
    # --- riverbanks under houses ---
    (
        "mCn64",
        "vi",
        "baovinhlong_satlo",
        "Kè mềm giá rẻ giữ nền nhà ven sông bị sạt lở",
        "Chỉ một tháng đầu mùa mưa 2020, tỉnh có 38 điểm sạt lở, mất 1.440 m bờ sông, kênh, rạch, hư đường giao thông nông thôn và nhà "
        "ven sông. Nhà tôi và vài hộ ở xã An Bình (Long Hồ) đang phải tấn cây, cỏ giữ mé bờ. Cần giải pháp kè mềm giá rẻ, thi công nhanh "
        "để giữ nền nhà.",
        {"mCo140": 2, "mCo141": 2, "mCo142": 2, "mCo145": 1, "mCo143": 1},
    ),
    (
        "mCn65",
        "en",
        "baotintuc_kexanh",
        "Green, low-cost alternatives to concrete revetments that fail",
        "District authority in Tra On. A riverbank revetment elsewhere, 850 m long and costing over 90 billion VND, slumped "
        "and subsided repeatedly within three years because surveys missed soft soil on a river bend and sand bags could not be "
        "placed in deep, fast water. We want green, nature-based bank protection that costs less and works with the river.",
        {"mCo141": 2, "mCo144": 2, "mCo147": 2, "mCo140": 2, "mCo142": 2, "mCo146": 1, "mCo145": 1},
    ),
    (
        "mCn66",
        "vi",
        "vnplus_tv_embank2",
        "Rọ đá bảo vệ bờ sông trước nhà dân ở Định An",
        "Thị trấn Định An (Trà Cú) có tuyến kè bờ sông dài 910 m tổng vốn 190 tỷ đồng, đang làm tiếp 300 m với 30 tỷ đồng; các đoạn chưa "
        "có kè, bờ vẫn sạt vào nhà dân. Các hộ muốn làm kè rọ đá hoặc thảm đá tạm thời, giá thấp hơn kè bê tông, cần đơn vị cung cấp rọ "
        "và thi công.",
        {"mCo143": 2, "mCo156": 2, "mCo140": 1},
    ),
    (
        "mCn67",
        "en",
        "thanhnien_satlo",
        "Community-built structures to slow bank erosion instead of dumping sand",
        "Hamlet on the Co Chien bank in Vung Liem. Elsewhere about 26,000 m3 of sand in bags was dropped into the river to "
        "stop erosion, which experts say unbalances the flow and moves the problem, costing hundreds of billions for no "
        "lasting result. We want low-cost structures the community can build and maintain with local materials to slow the "
        "current at our bank.",
        {"mCo145": 2, "mCo146": 2, "mCo147": 2, "mCo141": 1},
    ),
    # --- more materials, sand, housing, machinery, coast ---
    (
        "mCn68",
        "en",
        "purebuild_peb",
        "Pressed earth blocks for cool, solid village houses",
        "Cooperative in Tieu Can wants to build houses with pressed earth blocks: an adobe-rammed earth hybrid laid in "
        "courses, compressed into very dense blocks with high thermal mass for the hot season. We need a press and guidance on "
        "soil mix and stabiliser.",
        {"mCo008": 2, "mCo009": 2, "mCo010": 2, "mCo007": 1},
    ),
    (
        "mCn69",
        "vi",
        "thestar_sand",
        "Giữ nền nhà ven sông khỏi sụp vì sạt lở bờ",
        "Từ 2016 đến tháng 8/2023 ít nhất 750 km bờ sông và gần 2.000 căn nhà ở ĐBSCL đã sụp xuống sông; lòng sông thiếu cát nên dòng chảy "
        "mạnh, xói bờ nhanh. Dãy nhà dân ven sông Cổ Chiên ở xã Quới Thiện (Vũng Liêm) đã có vết nứt sát mé. Cần giải pháp bảo vệ bờ ngay "
        "trước nhà, kết hợp gia cố móng.",
        {"mCo140": 2, "mCo143": 2, "mCo141": 2, "mCo142": 2, "mCo095": 1, "mCo096": 1, "mCo144": 1},
    ),
    (
        "mCn70",
        "en",
        "greenbuilding_shouse",
        "Precast-frame kit for 20 low-cost homes",
        "A charity in Cau Ke plans 20 homes for low-income families whose houses are damaged by subsidence and weather. We "
        "want a stable but lightweight, permanent yet affordable prefabricated house (precast frame, small foundation) around "
        "US$4,000 each, with quality and cost controlled through prefabrication.",
        {"mCo026": 2, "mCo027": 1, "mCo024": 1},
    ),
    (
        "mCn71",
        "vi",
        "opendev_sand",
        "Thiếu cát san lấp, muốn dùng tro xỉ nhiệt điện",
        "Các tỉnh ĐBSCL hết cát xây dựng; dự án cao tốc Trung Lương - Mỹ Thuận từng đình trệ vì thiếu cát, phải xin 6 triệu m3. Công trình "
        "đường huyện ở Cầu Ngang của chúng tôi cũng đứng vì không có cát san lấp nền. Muốn dùng tro xỉ của nhiệt điện Duyên Hải thay cát, "
        "cần nguồn cung và điều kiện mua.",
        {"mCo006": 2, "mCo005": 2, "mCo118": 1, "mCo121": 1},
    ),
    (
        "mCn72",
        "en",
        "trendnex_1696",
        "Producing unfired bricks from processed fly ash",
        "Precast concrete factory in Vinh Long. Decision 1696 requires coal power plants to process ash and slag to standard "
        "as raw materials for building materials, to create a market for processed ash. We want to add an unfired brick line "
        "using fly ash and slag and need a proven mix, acceptance requirements and production equipment.",
        {"mCo004": 2, "mCo003": 2, "mCo001": 2, "mCo002": 2, "mCo005": 1, "mCo006": 1},
    ),
    (
        "mCn73",
        "vi",
        "gdtd_ncl",
        "Nhà kê nền linh hoạt có thể nâng lên sau này",
        "Tôi ở xã Ninh Thới (Cầu Kè), đất trũng, lũ mỗi năm một thất thường. Muốn xây nhà kiểu kê nền trên cột nhưng có thể tách khối nhà "
        "khỏi móng để nâng cao thêm khi lũ lớn hơn mà không phải phá nhà. Cần bản vẽ mẫu và tư vấn chi phí.",
        {"mCo056": 2, "mCo055": 2, "mCo063": 1, "mCo057": 1},
    ),
    (
        "mCn74",
        "vi",
        "rermag",
        "Thuê máy xúc mini, máy phá bê tông cho cải tạo nhà",
        "Tổ thợ ở Trà Ôn nhận cải tạo, nâng nền, sửa móng nhà dân trong hẻm; thường phải đập bỏ sân, nền bê tông cũ rồi dọn xà bần. Mua "
        "máy thì không đủ việc, cần nơi cho thuê máy xúc mini, máy xúc lật có búa phá, kèm các dụng cụ làm bê tông.",
        {"mCo103": 2, "mCo102": 1},
    ),
    (
        "mCn75",
        "en",
        "vnplus_tv_embank",
        "Low-cost protection of an eroding coastal strip at Hiep Thanh",
        "Tra Vinh has over 65 km of coast and more than 100 coastal and riverbank erosion sites; Hiep Thanh commune (Duyen "
        "Hai town) is building 1.2 km of embankment for over 126 billion VND, but nearby stretches still erode towards houses. "
        "Residents want a cheaper, soft protection such as geotextile sand containers that can be placed quickly.",
        {"mCo142": 2, "mCo141": 2, "mCo140": 2, "mCo156": 1},
    ),
]

NEEDS += [
    (
        "mCn76",
        "vi",
        "vnnews_kilns",
        "Đề án hỗ trợ chủ lò gạch chuyển đổi công nghệ và di dời khỏi khu dân cư",
        "Xã Nhơn Phú (Mang Thít) có nhiều lò gạch thủ công sát nhà dân. Tỉnh bạn có khoảng 510 lò kiểu cũ, theo quyết định của Chính phủ "
        "phải ngừng từ 31/12/2010 nhưng chủ lò thiếu vốn chuyển sang công nghệ hiện đại; mẫu khí có axit flohydric vượt chuẩn, cây ăn trái "
        "quanh lò chết dần, có người sống gần 12 lò suốt 37 năm bị ung thư phổi. Xã cần kinh nghiệm xây dựng cơ chế hỗ trợ vốn, công nghệ "
        "và cụm sản xuất tập trung để chủ lò chuyển đổi mà không mất nghề.",
        {"mCo014": 2, "mCo012": 2, "mCo013": 1, "mCo004": 1},
    ),
    (
        "mCn77",
        "vi",
        "baomoi_catsong",
        "Dùng cát biển đã rửa mặn thay cát sông cho bê tông",
        "Tại tọa đàm ở Cần Thơ về vật liệu thay cát sông, các chuyên gia cho rằng nhu cầu cát sông ở ĐBSCL rất lớn trong khi nguồn ngày "
        "càng khan hiếm, cần giải pháp thay thế để bảo vệ tài nguyên và môi trường. Cơ sở bê tông của chúng tôi ở Cầu Ngang, gần biển, muốn "
        "dùng cát biển đã xử lý mặn làm cốt liệu cho bê tông cấu kiện và bê tông đường, cần công nghệ rửa mặn và kiểm soát clorua đạt chuẩn.",
        {"mCo036": 2, "mCo037": 1, "mCo038": 1, "mCo121": 1},
    ),
    (
        "mCn78",
        "en",
        "baovinhlong_satlo",
        "Slowing the current at a retreating bank on a big river bend",
        "Market and ferry landing on a bend of the Hau River in Tra On. As the Southern Institute of Water Resources Research "
        "explains, waves and currents scour the toe of the bank, the soil softened by tides fails in slices and the bank keeps "
        "retreating; in one month of the 2020 rainy season Vinh Long recorded 38 erosion sites and lost 1,440 m of banks. We "
        "want in-river structures that cut the flow velocity near the bank rather than a revetment on the bank face.",
        {"mCo144": 2, "mCo141": 1, "mCo142": 1, "mCo147": 1, "mCo146": 1},
    ),
    (
        "mCn79",
        "en",
        "dautu_aac",
        "Cost comparison of AAC and fired-brick walls for a social housing tender",
        "We are preparing a social housing tender in Tra Vinh. AAC blocks were expected to replace fired bricks by 2020 and "
        "firms such as Viglacera, V-block, E-Block and BTONG opened plants, yet many run at 50% of capacity and sell only "
        "15-20%, because of the frozen property market, habits and fear of being 'guinea pigs'. To convince the investor we "
        "need hard figures: cost per m2 of finished wall, weight saved and construction time, AAC versus red brick.",
        {"mCo019": 2, "mCo018": 1, "mCo011": 1, "mCo159": 1},
    ),
]
