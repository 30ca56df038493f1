"""Needs of the third held-out set (holdout3): (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer solves the need, 1 = related or partial answer; offers not listed are not relevant. Judged need
by need from the offers' content, never from any ranking.
"""

NEEDS = [
    (
        "h7n01",
        "vi",
        "cua_giong",
        "Cần nguồn cua giống ổn định cho vùng nuôi tôm – cua",
        "Hợp tác xã thủy sản ở Cầu Ngang có gần 300 ha vuông nuôi xen tôm và cua. Cua con bắt ngoài tự nhiên ngày càng ít, "
        "lẫn nhiều cỡ, thả xuống hao hụt rất nặng vì cắn nhau. Chúng tôi muốn mua được cua con đồng cỡ với số lượng lớn hoặc "
        "nhận chuyển giao cách ương.",
        {"h7o151": 2, "h7o003": 2, "h7o001": 1},
    ),
    (
        "h7n02",
        "en",
        "cua_ky",
        "Buyers reject our watery crabs",
        "We collect crabs from about 200 coastal households. Many are freshly moulted, light and empty inside, and traders "
        "pay a fraction of the price of full crabs. We need a way to hold these crabs for a few weeks until they fill up "
        "before we sell them.",
        {"h7o002": 2, "h7o005": 1, "h7o004": 1},
    ),
    (
        "h7n03",
        "vi",
        "cua_tv",
        "Vuông tôm quảng canh thua lỗ nhiều vụ, muốn đổi con nuôi",
        "Gia đình tôi ở Duyên Hải có 2 ha vuông tôm sú xen rừng đước, mấy năm nay tôm chết trắng liên tục. Tôi muốn chuyển "
        "sang nuôi con khác ít rủi ro, vốn ít, tận dụng được rừng và con nước sẵn có.",
        {"h7o001": 2, "h7o112": 2, "h7o002": 1},
    ),
    (
        "h7n04",
        "en",
        "clam_iucn",
        "Clam co-operative losing most of its stock in the hot months",
        "Our clam co-operative manages 400 ha of tidal flats. In March and April, when the water is hottest and saltiest, "
        "most of the clams on some beds die within days. We need to see it coming and know what to do with the clams "
        "before it happens.",
        {"h7o007": 2, "h7o149": 2, "h7o006": 1},
    ),
    (
        "h7n05",
        "vi",
        "clam_msc",
        "Nghêu xuất khẩu bị yêu cầu đạt chỉ tiêu vi sinh",
        "Đối tác châu Âu yêu cầu lô nghêu phải sạch cát và đạt giới hạn E. coli trước khi nhận hàng. Hiện nghêu thu hoạch "
        "xong chỉ rửa sơ rồi đóng bao, nhiều lô bị trả về. Chúng tôi cần giải pháp làm sạch nghêu sống trước khi bán.",
        {"h7o012": 2, "h7o011": 2},
    ),
    (
        "h7n06",
        "vi",
        "hau_tv",
        "Phát triển nghề nuôi hàu ở vùng cửa sông",
        "Xã ven biển thị xã Duyên Hải có nhiều sông rạch nước lợ, người dân chỉ bắt hàu bám tự nhiên ở chân cống, sản lượng "
        "ít và hàu chậm lớn. Xã muốn có con giống và cách nuôi hàu cho đều cỡ, bán được cho nhà hàng.",
        {"h7o009": 2, "h7o148": 2, "h7o010": 1},
    ),
    (
        "h7n07",
        "vi",
        "tinhdau_buoi",
        "Vỏ bưởi thải bỏ hàng tấn mỗi tuần",
        "Cơ sở chúng tôi lột múi bưởi da xanh đóng hộp bán siêu thị, mỗi tuần thải ra vài tấn vỏ phải thuê chở đi đổ. Muốn "
        "biến vỏ bưởi thành sản phẩm có giá trị thay vì tốn tiền xử lý.",
        {"h7o016": 2, "h7o147": 2},
    ),
    (
        "h7n08",
        "en",
        "buoi_hoa",
        "All our pomelo ripens at once and prices crash",
        "Our co-operative of green-skin pomelo growers harvests almost everything in the same few weeks, when traders pay "
        "the lowest price. We want orchards to bear at different times of the year and to have fruit ready for Tet.",
        {"h7o146": 2, "h7o013": 2},
    ),
    (
        "h7n09",
        "vi",
        "greening",
        "Vườn cam sành vàng lá, trái nhỏ, chai sượng",
        "Vườn cam sành 3 ha ở Tam Bình mới trồng được 5 năm mà nhiều cây lá vàng loang lổ, gân còn xanh, trái nhỏ, méo, múi "
        "khô. Cây yếu dần, bón phân không hết. Cần cách xử lý và trồng lại để vườn không bị tái nhiễm.",
        {"h7o014": 2, "h7o015": 2, "h7o144": 1, "h7o145": 1},
    ),
    (
        "h7n10",
        "en",
        "sr_ximu",
        "Durian trees bleeding from the trunk after the rains",
        "An exporter's contract growers report bark cracking and brown gum running down the trunks of durian trees, with "
        "yellowing leaves and some trees dying. Most cases are in low-lying gardens. We need a treatment and a prevention "
        "plan we can give all growers.",
        {"h7o020": 2, "h7o019": 2, "h7o115": 1, "h7o021": 1, "h7o152": 1},
    ),
    (
        "h7n11",
        "en",
        "durian_revive",
        "Durian orchards dropped their leaves after the salty dry season",
        "After a long dry season when the canals turned salty, many durian trees in our commune lost their leaves, and the "
        "roots look burnt. Growers do not know whether the trees can be saved or must be cut down. We are looking for "
        "experts and a method to bring them back.",
        {"h7o024": 2, "h7o023": 2, "h7o022": 1, "h7o025": 1, "h7o026": 1},
    ),
    (
        "h7n12",
        "vi",
        "durian_salt",
        "Mùa khô không đủ nước ngọt tưới vườn sầu riêng",
        "Sông quanh vườn sầu riêng của hợp tác xã ở Chợ Lách mùa khô mặn gần như cả ngày, nhiều hộ bơm nhầm nước mặn vào "
        "mương làm cây chết. Chúng tôi cần cách có đủ nước ngọt và biết lúc nào được phép bơm nước sông.",
        {"h7o025": 2, "h7o022": 2, "h7o026": 1, "h7o103": 1},
    ),
    (
        "h7n13",
        "en",
        "df_canker",
        "Spots turning into brown scabs and holes on dragon fruit stems",
        "Our dragon fruit growers' association sees small pale yellow spots on the stems and fruit that turn brown, dry out "
        "and leave holes; in the rainy season it spreads across whole rows and buyers reject the scarred fruit. We need a "
        "programme to bring it under control.",
        {"h7o027": 2, "h7o116": 2},
    ),
    (
        "h7n14",
        "vi",
        "vht",
        "Xuất khẩu thanh long sang Hàn Quốc, Nhật cần xử lý kiểm dịch",
        "Công ty chúng tôi có đơn hàng thanh long ruột đỏ đi Hàn Quốc và Nhật Bản, nhưng nước nhập khẩu yêu cầu lô hàng phải "
        "được xử lý diệt ruồi đục trái theo quy định kiểm dịch. Chúng tôi cần đơn vị có thiết bị xử lý được công nhận.",
        {"h7o030": 2, "h7o036": 1, "h7o031": 1, "h7o017": 1},
    ),
    (
        "h7n15",
        "en",
        "fruitfly_sofri",
        "Maggots in our mangoes before harvest",
        "Mango growers in Cao Lanh find small punctures on ripening fruit and maggots inside; the fruit drops or rots and "
        "cannot be exported. Spraying the whole canopy every week costs a lot and does not stop it. We need a better way "
        "to control the flies.",
        {"h7o034": 2, "h7o033": 2, "h7o035": 1, "h7o032": 1},
    ),
    (
        "h7n16",
        "vi",
        "nhan_vl",
        "Vườn nhãn tiêu da bò bị chùm đọt như bông dừa, mất mùa",
        "Hội nông dân xã ở Long Hồ báo cáo nhiều vườn nhãn tiêu da bò ra đọt non và bông bị chùm lại như chổi, không đậu "
        "trái, có vườn mất trắng. Bà con phun nhiều loại thuốc không hết. Cần quy trình cứu vườn hoặc hướng cải tạo lâu dài.",
        {"h7o037": 2, "h7o039": 2, "h7o038": 2},
    ),
    (
        "h7n17",
        "en",
        "spw_avrdc",
        "Holes and bitter taste in sweet potato roots",
        "We export sweet potatoes from Binh Tan. Buyers found tunnels inside the roots and a bitter taste, and a container "
        "was rejected. The damage starts in the field. We need a way for our contract farmers to prevent it.",
        {"h7o041": 2, "h7o156": 2, "h7o042": 2},
    ),
    (
        "h7n18",
        "vi",
        "khoai_bt",
        "Khoai lang tồn kho chờ giá bị thối, mọc mầm",
        "Vựa khoai ở Bình Tân thường phải giữ khoai vài tuần khi giá xuống, nhưng củ để đống trong nhà bị thối từ vết trầy "
        "và mọc mầm, hao hụt tới 20%. Cần cách giữ khoai lâu hơn mà củ vẫn đẹp.",
        {"h7o044": 2, "h7o043": 1},
    ),
    (
        "h7n19",
        "vi",
        "khoai_bt",
        "Lựa khoai bằng tay không kịp đơn hàng xuất khẩu",
        "Mỗi ngày vựa phải chuẩn bị 20 tấn khoai lang cho đơn hàng xuất khẩu, phải rửa sạch và chia đúng cỡ củ. Thuê người "
        "lựa tay vừa chậm vừa không đều, hàng bị khách phàn nàn.",
        {"h7o045": 2, "h7o044": 1},
    ),
    (
        "h7n20",
        "en",
        "awd_bsb",
        "Rice exporter needs verifiable methane reductions on contract farms",
        "Our rice company has buyers asking for lower-emission rice and a carbon buyer interested in our contract fields. "
        "We need a field practice that cuts methane, a way to measure and verify the reduction, and a route to sell the "
        "credits.",
        {"h7o048": 2, "h7o155": 2, "h7o046": 2, "h7o047": 1, "h7o121": 1},
    ),
    (
        "h7n21",
        "vi",
        "tcx_lua",
        "Ruộng bỏ trống mùa nước nổi, muốn nuôi thêm con gì",
        "Sau vụ hè thu, ruộng lúa của hợp tác xã ngập nước mấy tháng mà không làm gì. Xã viên muốn tận dụng thời gian này "
        "nuôi một con thủy sản có giá trị, không ảnh hưởng vụ lúa sau.",
        {"h7o051": 2, "h7o052": 2},
    ),
    (
        "h7n22",
        "en",
        "bsf_seabass",
        "Fishmeal too expensive for our seabass feed",
        "We farm Asian seabass in brackish ponds in Tra Vinh and mix part of our own feed. Fishmeal prices have doubled. "
        "We want an alternative protein source whose digestibility for seabass is known.",
        {"h7o057": 2, "h7o056": 1, "h7o055": 1},
    ),
    (
        "h7n23",
        "en",
        "snakehead_ctu",
        "Snakehead farm cannot get enough trash fish",
        "Our snakehead ponds eat four to five kilograms of trash fish per kilogram of fish produced. Trash fish is scarce "
        "outside the flood season and the price keeps rising. We need to move to another feed without slowing growth.",
        {"h7o058": 2, "h7o056": 2, "h7o059": 1, "h7o060": 1},
    ),
    (
        "h7n24",
        "en",
        "catfish_feed",
        "Feed conversion keeps getting worse in our pangasius ponds",
        "Our farm's feed conversion ratio has crept up over the last crops and feed is most of our cost. Workers feed by "
        "habit and we have no record per pond. We want to know how much to feed each pond every day.",
        {"h7o061": 2, "h7o060": 1},
    ),
    (
        "h7n25",
        "vi",
        "luon_bat",
        "Lươn giống bắt ngoài tự nhiên thả nuôi chết nhiều",
        "Tổ hợp tác nuôi lươn của chúng tôi mua lươn giống do người dân bắt ngoài đồng, cỡ không đều, nhiều con trầy xước "
        "và bỏ ăn, hao hụt trên một nửa. Cần nguồn giống tốt và cách cho lươn ăn thức ăn viên.",
        {"h7o063": 2, "h7o062": 1, "h7o125": 1},
    ),
    (
        "h7n26",
        "vi",
        "bo_lac_uchua",
        "Dây đậu phộng bỏ ngoài đồng trong khi bò thiếu cỏ mùa khô",
        "Xã trồng nhiều đậu phộng trên giồng cát, sau thu hoạch dây lá bỏ khô ngoài ruộng. Mùa khô đàn bò thiếu cỏ trầm "
        "trọng. Hội nông dân muốn giữ dây đậu phộng làm thức ăn cho bò được vài tháng.",
        {"h7o066": 2, "h7o067": 2},
    ),
    (
        "h7n27",
        "vi",
        "bacomdua",
        "Bã cơm dừa sau ép sữa dừa tồn đọng",
        "Nhà máy sữa dừa mỗi ngày thải ra vài tấn bã cơm dừa, hiện chỉ bán rẻ cho người nuôi heo. Chúng tôi muốn chế biến "
        "bã thành sản phẩm giá trị hơn cho ngành chăn nuôi.",
        {"h7o068": 2, "h7o069": 2},
    ),
    (
        "h7n28",
        "vi",
        "demlot_tn",
        "Trại heo bị dân phản ánh mùi hôi và nước thải",
        "Trại heo 300 con của tôi nằm gần khu dân cư, bà con phản ánh mùi hôi và nước thải chảy ra mương. Xã yêu cầu khắc "
        "phục trong 6 tháng. Tôi cần giải pháp không quá tốn kém.",
        {"h7o070": 2, "h7o128": 2, "h7o127": 1},
    ),
    (
        "h7n29",
        "vi",
        "dauphong_tv",
        "Thiếu giống đậu phộng tốt cho vùng giồng cát",
        "Hàng năm hợp tác xã phải mua giống đậu phộng từ các tỉnh miền Đông, chất lượng không đồng đều, nảy mầm kém, năng "
        "suất thất thường. Muốn tự sản xuất giống ngay tại địa phương.",
        {"h7o073": 2, "h7o129": 1},
    ),
    (
        "h7n30",
        "vi",
        "may_tuot_dp",
        "Thu hoạch đậu phộng rộ mà thiếu người lặt trái",
        "Đến mùa thu hoạch, cả xã cùng nhổ đậu phộng, thuê người lặt trái không có, giá công tăng gấp đôi, đậu để lâu bị "
        "nảy mầm. Cần thiết bị giúp tách trái khỏi dây nhanh ngay tại ruộng.",
        {"h7o074": 2, "h7o075": 2},
    ),
    (
        "h7n31",
        "en",
        "dauphong_tv",
        "Peanut kernels rejected for aflatoxin",
        "A confectionery buyer rejected two lots of our peanut kernels after testing high aflatoxin. Our members dry pods "
        "on the road and store them in ordinary sacks. We need a way to keep the kernels clean until sale.",
        {"h7o130": 2, "h7o077": 1},
    ),
    (
        "h7n32",
        "vi",
        "bun_memart",
        "Nước thải lò bún làm hôi kênh, bị nhắc nhở",
        "Cụm 12 lò bún ở xã chúng tôi xả nước ngâm gạo và nước luộc bún thẳng ra kênh, nước đục trắng và bốc mùi chua. Chính "
        "quyền yêu cầu có biện pháp xử lý chung cho cả cụm.",
        {"h7o087": 2, "h7o128": 1},
    ),
    (
        "h7n33",
        "vi",
        "hutieu",
        "Làng nghề hủ tiếu còn tráng tay, phơi giàn ngoài đường",
        "Các hộ làm hủ tiếu trong làng vẫn tráng bánh bằng tay và phơi trên giàn tre dọc đường, tốn nhiều công, gặp mưa là "
        "hư, sợi dính bụi. Hợp tác xã muốn đầu tư dây chuyền sạch hơn cho cả làng.",
        {"h7o085": 2, "h7o086": 2, "h7o080": 1, "h7o078": 1, "h7o132": 1},
    ),
    (
        "h7n34",
        "vi",
        "keodua",
        "Nấu kẹo dừa bằng chảo, khuấy tay, mẻ không đều",
        "Cơ sở kẹo dừa của gia đình vẫn nấu bằng chảo gang trên bếp củi, thợ khuấy tay hàng giờ, mẻ thì khét, mẻ thì non. "
        "Muốn cơ giới hóa khâu nấu để kẹo đều màu, đều độ dẻo.",
        {"h7o088": 2, "h7o089": 1},
    ),
    (
        "h7n35",
        "vi",
        "keodua",
        "Keo dua gui di xa bi chay nuoc, moc",
        "Co so chung toi ban keo dua cho khach o mien Bac va nuoc ngoai nhung hang toi noi thuong bi chay nuoc, dinh giay, "
        "co lo bi moc. Can cach giu keo lau hon de xuat khau.",
        {"h7o090": 2, "h7o133": 1},
    ),
    (
        "h7n36",
        "en",
        "fishsauce_vnua",
        "Twelve months of fermentation ties up our capital",
        "Our fish sauce plant ferments anchovy for about a year before the first draw, so hundreds of tanks and a lot of "
        "cash sit idle. We want to draw sauce of the same protein degree in a much shorter time.",
        {"h7o091": 2, "h7o092": 2},
    ),
    (
        "h7n37",
        "vi",
        "fishsauce_pq",
        "Nước mắm đóng chai bị đục, lắng cặn",
        "Nước mắm của cơ sở sau vài tuần đóng chai thì bị đục, có cặn dưới đáy và váng trên mặt, khách hàng siêu thị trả "
        "lại. Cần cải tiến khâu xử lý trước khi đóng chai.",
        {"h7o135": 2},
    ),
    (
        "h7n38",
        "en",
        "hpp",
        "Our fresh juice lasts only three days",
        "Our start-up sells cold-pressed pomelo and orange juice to cafés in Can Tho. Without preservatives it spoils in "
        "three days, and heating it makes it taste cooked. We need a longer shelf life while keeping the fresh taste.",
        {"h7o095": 2, "h7o094": 2, "h7o096": 1},
    ),
    (
        "h7n39",
        "en",
        "rain_vinhchau",
        "Coastal households drink from dirty rainwater jars",
        "An NGO works in a coastal town where well water is salty and tap water is expensive and tastes of alum. Families "
        "collect rainwater in open jars from dirty roofs and run out in the dry season. We want a safe household or "
        "village rainwater supply.",
        {"h7o097": 2, "h7o136": 2, "h7o098": 2, "h7o099": 1, "h7o137": 1, "h7o100": 1},
    ),
    (
        "h7n40",
        "vi",
        "thuycanh",
        "Đất giồng nhiễm mặn, muốn trồng rau sạch bán siêu thị",
        "Nhóm thanh niên ở xã ven biển muốn trồng rau xà lách, cải bán cho siêu thị ở thành phố nhưng đất và nước giếng bị "
        "mặn, rau trồng đất không đạt. Cần mô hình trồng rau không phụ thuộc đất.",
        {"h7o104": 2, "h7o105": 2, "h7o139": 1},
    ),
    (
        "h7n41",
        "vi",
        "nam_ctu",
        "Meo nam rom mua ve kem, nam len thua",
        "To hop tac trong nam rom cua chung toi mua meo giong troi noi, nhieu bich bi nhiem moc xanh, nam len thua va nhieu "
        "nam dai. Muon co nguon meo tot hoac tu san xuat meo.",
        {"h7o108": 2, "h7o106": 1},
    ),
    (
        "h7n42",
        "en",
        "nutrient_mgr",
        "Extension agency wants field-specific fertiliser advice on farmers' phones",
        "The district agricultural service cannot visit every rice field. We want a simple phone tool that tells each "
        "farmer how much nitrogen, phosphorus and potassium to apply on his own field, and when.",
        {"h7o053": 2, "h7o111": 2},
    ),
    (
        "h7n43",
        "en",
        "irradiation",
        "Frozen shrimp exporter needs to cut bacteria counts",
        "Some of our frozen shrimp lots have failed importers' tests for pathogenic bacteria. We are looking for a "
        "non-thermal treatment of the frozen product that lowers bacteria and extends shelf life.",
        {"h7o142": 2},
    ),
    (
        "h7n44",
        "en",
        "luon_qsti",
        "Live eels dying on the way to market",
        "We buy eels from farms in the delta and truck them live to Ho Chi Minh City and the northern border. Up to a fifth "
        "die or arrive weak in the heat. We need better handling and transport.",
        {"h7o150": 2},
    ),
    (
        "h7n45",
        "vi",
        "nhatky_dn",
        "Hợp tác xã quản lý thành viên, vật tư bằng sổ tay",
        "Hợp tác xã 150 thành viên vẫn ghi chép diện tích, vật tư ứng trước, công nợ và sản lượng thu mua bằng sổ, cuối vụ "
        "đối chiếu mất cả tháng. Cần một công cụ quản lý gọn hơn.",
        {"h7o141": 2, "h7o109": 1, "h7o110": 1},
    ),
    (
        "h7n46",
        "vi",
        "df_thai",
        "Thanh long vận chuyển xa bị thối đầu trái, đốm đen",
        "Vựa thanh long gửi hàng đi các tỉnh phía Bắc mất 3–4 ngày, tới nơi nhiều trái bị thối ở đầu, có đốm đen lan rộng, "
        "bị trừ tiền. Cần cách xử lý trái sau thu hoạch để giữ được lâu hơn.",
        {"h7o028": 2, "h7o143": 1},
    ),
    (
        "h7n47",
        "en",
        "nam_ctu",
        "Women's group wants to grow oyster mushrooms for restaurants",
        "A women's union branch has a small shaded yard and access to sawdust and bagasse. Restaurants in town ask for "
        "fresh oyster mushrooms every week. We need a cultivation method we can learn quickly.",
        {"h7o107": 2, "h7o140": 1},
    ),
    (
        "h7n48",
        "vi",
        "camsanh",
        "Vườn cam đất thấp mùa mưa bị úng rễ",
        "Vườn cam sành của tôi ở đất thấp, mỗi mùa mưa nước đọng nhiều ngày, rễ thối, cây rụng lá và trái. Muốn cải tạo vườn "
        "để cây không bị úng nữa.",
        {"h7o145": 2, "h7o115": 1},
    ),
    (
        "h7n49",
        "vi",
        "vht",
        "Hợp tác xã cần chỗ giữ trái cây chờ xuất hàng",
        "Hợp tác xã thu mua xoài, thanh long của xã viên nhưng xe container thường đến trễ vài ngày, trái để ngoài nhà chứa "
        "bị chín nhanh, hao hụt. Cần nơi bảo quản tạm với nhiệt độ phù hợp.",
        {"h7o143": 2, "h7o028": 1},
    ),
    (
        "h7n50",
        "en",
        "may_tuot_dp_kh",
        "Peanut harvest meets the rain and pods go mouldy",
        "Our peanut harvest often coincides with the first heavy rains. Fresh pods cannot be sun-dried on the road and "
        "start to mould within two days. We need to dry them quickly and shell them.",
        {"h7o077": 2, "h7o130": 1},
    ),
    (
        "h7n51",
        "en",
        "tomlua_cm",
        "Black sludge building up in our shrimp ponds",
        "After several crops the bottoms of our shrimp ponds and trenches are covered with thick black, smelly sludge and "
        "the next crop gets sick early. We need someone to clean and prepare the ponds between crops.",
        {"h7o122": 2},
    ),
]
