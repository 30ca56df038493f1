"""Needs of holdout135 (coffee shops, tea rooms and bubble-tea shops in Tra Vinh / Vinh Long):
(id, language, source key, title, description, {offer id: grade}).

Each need paraphrases the public page behind its source key in holdout135_sources.py. Most of those pages describe
shops elsewhere (Ha Noi, Ho Chi Minh City, Phu Yen, the USA, the UK, Australia...); the needs written from them
are set in towns of the province instead. Grades: 2 = would solve the need, 1 = partly relevant.
"""

NEEDS = [
    # --- espresso and drip machines, servicing ---
    (
        "nGn01",
        "vi",
        "nd1",
        "Cần thợ tẩy cặn và bảo dưỡng định kỳ máy pha cà phê bị chảy chậm",
        "Quán cà phê của tôi ở TP Trà Vinh dùng máy pha espresso 2 group, dạo này cà phê chảy rất chậm, nhỏ giọt. Đã "
        "thử xay thô hơn, nén nhẹ tay nhưng không đỡ; nước máy ở đây cứng, nghi cặn canxi, magie đóng trong đường ống và "
        "bơm yếu. Cần đơn vị đến tận quán kiểm tra, tẩy cặn và ký hợp đồng bảo dưỡng định kỳ.",
        {
            "nGo003": 2,
            "nGo005": 2,
            "nGo007": 2,
            "nGo013": 2,
            "nGo006": 1,
            "nGo008": 1,
            "nGo009": 1,
            "nGo010": 1,
            "nGo017": 1,
        },
    ),
    (
        "nGn02",
        "en",
        "nd46",
        "Preventive maintenance contract after our espresso machine died in the morning rush",
        "Our coffee kiosk in Vinh Long city had its super-automatic machine stop dispensing just after 9 a.m.; we "
        "refunded customers and sent regulars away. The technician found the boiler and lines full of mineral scale "
        "because the original water filter was never changed, and an overworked pump is next. We want a preventive "
        "maintenance contract with scheduled visits and filter changes.",
        {"nGo001": 2, "nGo003": 2, "nGo013": 2, "nGo005": 1, "nGo007": 1, "nGo017": 1, "nGo024": 1, "nGo004": 1},
    ),
    (
        "nGn03",
        "vi",
        "nd3",
        "Can tho sua may pha ca phe bi nghet khong ra nuoc",
        "Quan toi o Cau Ngang, may pha ca phe bi nghet, bam pha ma nuoc khong chay. Da ve sinh tay cam, luoi chia nuoc "
        "roi ma van vay, nghi van dien tu bi ket hoac bom tang ap hu, nuoc may chua loc co can. Can tho co kinh nghiem "
        "xuong tan noi kiem tra, thay linh kien.",
        {"nGo006": 2, "nGo007": 2, "nGo003": 1, "nGo010": 1, "nGo013": 1},
    ),
    (
        "nGn04",
        "en",
        "nd4",
        "Advice on a proper espresso machine and grinder for a small tea-and-coffee room",
        "We run a tea-and-coffee room in Tieu Can and bought an espresso machine for under 5 million dong. The shots "
        "are thin, sour and without crema; we read that espresso needs 9 to 15 bar and water at 90 to 96 °C, which "
        "cheap machines do not hold. We need advice on choosing a commercial machine and grinder within a modest "
        "budget.",
        {"nGo012": 2, "nGo016": 2, "nGo140": 1, "nGo015": 1},
    ),
    (
        "nGn05",
        "vi",
        "nd5",
        "Máy pha cà phê hay quá nhiệt tự ngắt, cần kiểm tra an toàn điện",
        "Quán tôi ở thị xã Duyên Hải có máy pha espresso hay tự tắt vì quá nhiệt, có hôm không bật lên được. Nhân viên "
        "nhiều lần quên tắt máy qua đêm. Cần thợ kiểm tra điện trở, sensor nhiệt, nguồn điện và hướng dẫn cách vận hành "
        "an toàn để tránh chập cháy.",
        {"nGo006": 2, "nGo007": 2, "nGo003": 1, "nGo126": 1},
    ),
    (
        "nGn06",
        "en",
        "nd76",
        "Replacing a worn grinder that makes our espresso inconsistent",
        "Our café in Cang Long uses the same beans and the same baristas, yet espresso tastes different from morning to "
        "afternoon. The old blade-style grinder gives a mix of coarse and dusty particles, so water channels through. "
        "We want advice on choosing a commercial grinder with flat or conical burrs suited to our morning peak.",
        {"nGo012": 2, "nGo016": 2, "nGo003": 1, "nGo011": 1},
    ),
    (
        "nGn07",
        "en",
        "nd2",
        "Cleaning routine to stop coffee oils clogging our group heads",
        "At our coffee shop in Tieu Can the group heads and shower screens keep clogging: oil from the coffee builds "
        "up, water no longer flows evenly through the dispersion screen, and we suspect calcium from our unfiltered "
        "water too. We need a daily and periodic cleaning routine with the right cleaning powder and training for "
        "staff.",
        {
            "nGo001": 2,
            "nGo014": 2,
            "nGo002": 2,
            "nGo004": 2,
            "nGo011": 2,
            "nGo010": 1,
            "nGo013": 1,
            "nGo015": 1,
            "nGo017": 1,
        },
    ),
    (
        "nGn08",
        "en",
        "nd48",
        "Maintenance plan sized to a low-volume espresso bar",
        "Our tea room in Cau Ke sells only a few kilograms of espresso a week, far from a busy city café. Quarterly "
        "visits replacing gaskets and screens that still look new would be wasted money, but we do not want to skip "
        "care either. We need a maintenance plan sized to our volume, annual or twice a year, plus daily cleaning "
        "guidance.",
        {"nGo003": 2, "nGo001": 2, "nGo004": 2, "nGo013": 1, "nGo005": 1, "nGo014": 1},
    ),
    # --- water filtration and softening ---
    (
        "nGn09",
        "vi",
        "wat12",
        "Hệ lọc nước cho quán ở vùng nước nhiễm mặn mùa khô",
        "Quán cà phê, nước giải khát của gia đình tôi ở Trà Cú dùng nước máy nông thôn; mùa khô xâm nhập mặn làm nước "
        "lợ, có cặn, cà phê và đá bị vị lạ, nhiều hộ quanh đây còn thiếu nước. Cần hệ lọc RO công suất nhỏ cho khâu "
        "pha chế và làm đá, có bổ sung khoáng để cà phê không bị nhạt.",
        {
            "nGo019": 2,
            "nGo020": 2,
            "nGo018": 1,
            "nGo017": 1,
            "nGo022": 1,
            "nGo023": 1,
            "nGo028": 1,
            "nGo156": 1,
            "nGo157": 1,
        },
    ),
    (
        "nGn10",
        "en",
        "nd53",
        "Descaling schedule for a machine fed with hard well water",
        "Our café in Chau Thanh runs its espresso machine on water from a drilled well; the water carries dissolved "
        "minerals, some iron and manganese, and leaves white and brown deposits. The boiler scales up within weeks. We "
        "want a descaling schedule matched to this water and someone to show staff how to descale safely.",
        {"nGo005": 2, "nGo009": 2, "nGo008": 2, "nGo003": 1, "nGo013": 1, "nGo017": 1, "nGo025": 1},
    ),
    (
        "nGn11",
        "vi",
        "wat11",
        "Chuẩn hóa nước pha cho quán cà phê đặc sản nhỏ",
        "Quán specialty của chúng tôi ở TP Vĩnh Long pha phin, pour over và espresso; cùng hạt mà ly hôm ngọt hôm phẳng "
        "vị. Chúng tôi nghi do nước: độ cứng, độ kiềm và TDS thay đổi. Cần đơn vị đo, đánh giá nước theo chuẩn SCA và tư "
        "vấn bộ lọc giữ lại lượng khoáng phù hợp.",
        {"nGo022": 2, "nGo023": 2, "nGo019": 2, "nGo018": 2, "nGo027": 1, "nGo028": 1, "nGo026": 1},
    ),
    (
        "nGn12",
        "en",
        "wat14",
        "Water testing and the right filter for coffee and tea",
        "Our new coffee and tea shop in Tra Vinh city bought a TDS pen and pH meter; readings are high and the tap water "
        "smells of chlorine. We do not know what the numbers mean for brewing or which filter to install. We need a "
        "water test against coffee brewing standards and a recommendation for filtration.",
        {"nGo022": 2, "nGo023": 2, "nGo018": 2, "nGo026": 2, "nGo017": 1, "nGo019": 1, "nGo028": 1},
    ),
    (
        "nGn13",
        "vi",
        "wat7",
        "Can he loc nuoc pha che va dich vu thay loi dinh ky",
        "Quan tra sua cua toi o Chau Thanh dang dung may loc gan voi khoang 400 nghin dong, loi than hoat tinh, nghe noi "
        "chi de rua rau, khong uong truc tiep duoc. Can lap he loc dung chuan cho pha che va co nguoi thay loi dinh ky.",
        {"nGo017": 2, "nGo018": 2, "nGo020": 2, "nGo024": 1, "nGo019": 1, "nGo028": 1},
    ),
    (
        "nGn14",
        "en",
        "nd49",
        "Sediment pre-filter after muddy water damaged our espresso machine",
        "A burst water main in Duyen Hai sent clay-laden water into our café's supply, and the espresso machine needed "
        "a costly overhaul because it had no filter; a filter would have cost a fraction. We now want a sediment "
        "pre-filter and proper cartridge filtration on the line feeding the machine.",
        {"nGo017": 2, "nGo020": 2, "nGo021": 1, "nGo024": 1, "nGo007": 1},
    ),
    (
        "nGn15",
        "vi",
        "nd54",
        "Máy làm mềm nước bằng muối làm hỏng máy pha, cần giải pháp thay thế",
        "Quán cà phê ở thị xã Bình Minh lắp máy làm mềm nước trao đổi ion dùng muối cho máy pha espresso. Kỹ thuật viên "
        "nói nước mềm quá, natri cao làm ăn mòn nồi hơi và cà phê chiết xuất kém. Cần tư vấn và lắp hệ xử lý nước khác "
        "phù hợp cho máy pha.",
        {"nGo019": 2, "nGo017": 2, "nGo020": 1, "nGo022": 1, "nGo023": 1},
    ),
    (
        "nGn16",
        "vi",
        "nd55",
        "Nước cứng làm trà đục, có váng, cần xử lý nước pha trà",
        "Phòng trà của chúng tôi ở TP Vĩnh Long pha trà bằng nước máy cứng: nước trà có váng, màu đục và vị kém, bình đun "
        "đóng cặn nhanh. Cần tư vấn kiểm tra nước và hệ lọc, làm mềm phù hợp cho pha trà và đun nước nóng.",
        {"nGo020": 2, "nGo026": 2, "nGo018": 1, "nGo023": 1, "nGo019": 1},
    ),
    # --- ice machines and ice hygiene ---
    (
        "nGn17",
        "vi",
        "nd9",
        "Đầu tư máy làm đá viên thay cho đá cây mua ngoài",
        "Quán nước mía, sinh tố của tôi ở Cầu Kè mỗi ngày dùng 3 đến 6 thùng đá viên 10 kg, ngày nắng lên 10 thùng, "
        "giá khoảng 15.000 đồng/thùng; có lúc phải mua đá cây về đập nhỏ trữ trong thùng xốp mà không biết đá làm từ nước "
        "gì. Muốn tự làm đá sạch tại quán, cần tư vấn, cung cấp và lắp máy làm đá công suất phù hợp.",
        {"nGo036": 2, "nGo156": 1, "nGo157": 1, "nGo034": 1},
    ),
    (
        "nGn18",
        "en",
        "nd6",
        "Ice machine cleaning service for a café worried about dirty ice",
        "Reports that most ice producers fall short of hygiene rules made us check our own ice maker at our café in Tra "
        "Vinh city: the bin smells and the ice is sometimes cloudy. We need a company to clean and sanitise the machine "
        "on a schedule, at least twice a year, and to train staff in handling ice.",
        {
            "nGo031": 2,
            "nGo033": 2,
            "nGo034": 2,
            "nGo032": 2,
            "nGo039": 1,
            "nGo035": 1,
            "nGo156": 1,
            "nGo157": 1,
            "nGo037": 1,
        },
    ),
    (
        "nGn19",
        "vi",
        "nd8",
        "Kiểm nghiệm vi sinh đá cây mua từ cơ sở sản xuất",
        "Quán nước của hợp tác xã ở Châu Thành đang mua đá cây, đá được bày trên vỉa hè bụi bặm trước khi giao, quảng cáo "
        "là đá sạch nhưng không ai chứng nhận. Chúng tôi cần đơn vị lấy mẫu kiểm nghiệm vi sinh (E. coli, coliform, trực "
        "khuẩn mủ xanh) định kỳ để chọn nguồn đá an toàn.",
        {"nGo037": 2, "nGo038": 2},
    ),
    (
        "nGn20",
        "en",
        "nd10",
        "Disinfection procedure for ice machines after a failed inspection",
        "Our milk tea shops in Vinh Long bought bagged 'pure ice' until we saw footage of rusty machines and reused feed "
        "sacks at an ice plant; we then switched to our own machines, but an inspection found coliform in the ice. We "
        "need a written disinfection procedure for the machines and an ice-handling routine for staff.",
        {"nGo031": 2, "nGo032": 2, "nGo039": 2, "nGo033": 2, "nGo034": 2, "nGo035": 1, "nGo037": 1, "nGo149": 1},
    ),
    (
        "nGn21",
        "vi",
        "nd77",
        "Tập huấn nhân viên lấy đá và giữ thùng đá sạch",
        "Chúng tôi đọc về một học sinh 12 tuổi làm thí nghiệm thấy đá ở nhà hàng bẩn hơn nước bồn cầu và thanh tra y tế "
        "luôn kiểm tra vi sinh thùng đá. Ở quán tại TP Trà Vinh, nhân viên hay dùng ly hoặc tay bốc đá, để xẻng trong "
        "thùng. Cần tập huấn và quy trình thao tác lấy đá, vệ sinh thùng đá.",
        {"nGo032": 2, "nGo031": 2, "nGo149": 1, "nGo152": 1, "nGo034": 1, "nGo039": 1},
    ),
    (
        "nGn22",
        "en",
        "nd51",
        "Sizing a commercial ice machine for a new boba shop",
        "We are converting a shophouse in Duyen Hai town into a boba and smoothie shop and expect to use 100 to 180 kg "
        "of ice a day; the previous tenant left a household ice maker. We need a commercial ice machine of the right "
        "capacity, installed with a proper water supply, drain and dedicated power.",
        {"nGo036": 2, "nGo156": 1, "nGo157": 1},
    ),
    (
        "nGn23",
        "vi",
        "ice9",
        "Quy trình khử khuẩn nước cho cơ sở làm nước đá viên nhỏ",
        "Cơ sở nhỏ của tôi ở Tiểu Cần làm đá viên giao cho các quán cà phê trong huyện. Báo chí nêu nhiều mẫu nước uống và "
        "nước đá nhiễm vi sinh; tôi muốn chuẩn hóa khâu xử lý nước (lọc, sục ozon hoặc clo) và kiểm nghiệm định kỳ để "
        "khách yên tâm.",
        {"nGo037": 2, "nGo038": 1, "nGo156": 1, "nGo157": 1, "nGo039": 1},
    ),
    (
        "nGn24",
        "en",
        "nd56",
        "Scale in an under-counter ice maker cutting production",
        "The cube ice maker at our café in Cang Long makes less ice every month; the technician showed us white scale "
        "on the evaporator plate where minerals left behind by the freezing water stick. We need water treatment for "
        "the machine and regular descaling so output recovers.",
        {"nGo156": 2, "nGo157": 2, "nGo033": 2, "nGo034": 2, "nGo031": 1, "nGo017": 1, "nGo035": 1},
    ),
    # --- roasting coffee in small batches in the shop ---
    (
        "nGn25",
        "en",
        "nd25",
        "Roasting course after our first batches came out burnt",
        "We took over a café in Tra Vinh city and bought a 2 kg drum roaster to roast our own beans, but our batches "
        "come out burnt and uneven and regulars have noticed. We need hands-on roasting training and help building "
        "roast profiles for our beans.",
        {"nGo045": 2, "nGo043": 2, "nGo050": 2, "nGo046": 1, "nGo146": 1, "nGo139": 1},
    ),
    (
        "nGn26",
        "en",
        "nd21",
        "Emission control for a small roaster next to houses",
        "Our coffee shop and bakery in Vinh Long city roasts three times a week in eight-hour stints; a neighbour who "
        "moved into the commercial street complains the smell is like burnt toast, and the ward may call it a nuisance. "
        "Extending the stack pipe would cost about 5,000 dollars and may not satisfy anyone; we want a proper fix for "
        "smoke and odour.",
        {"nGo044": 2, "nGo048": 2, "nGo054": 1, "nGo049": 1},
    ),
    (
        "nGn27",
        "vi",
        "nd22",
        "Xử lý khói, vỏ lụa và mùi khi rang cà phê tại quán",
        "Cơ sở rang xay nhỏ kèm quán cà phê của chúng tôi ở Cầu Ngang bị hàng xóm phản ánh về khói, vỏ lụa bay và mùi "
        "rang; đã nối cao ống khói mà vẫn chưa ổn. Cần thiết bị đốt khói sau rang hoặc giải pháp để máy rang gần như "
        "không khói.",
        {"nGo044": 2, "nGo048": 2, "nGo054": 1},
    ),
    (
        "nGn28",
        "en",
        "nd57",
        "Choosing a one-kilogram roaster to roast in the shop",
        "Our tea and coffee house in Cau Ke wants to roast in the shop so guests see fresh beans roasted; green beans "
        "would go through drying to light yellow and then to the colour we want. We need help choosing a small roaster "
        "of about 1 kg per batch and planning where it sits in the shop.",
        {"nGo041": 2, "nGo042": 2, "nGo046": 2, "nGo045": 1, "nGo047": 1, "nGo043": 1},
    ),
    (
        "nGn29",
        "vi",
        "nd58",
        "Tu van chon may rang ca phe mini 1-2 kg cho quan",
        "Quan ca phe nho o Tra On muon tu rang ca phe tung me nho, moi me vai kg, de tu kiem soat mui vi va ban kem ca "
        "phe hat. Can tu van chon may rang loai nho, trong hay khi nong, gia va cach lap dat.",
        {"nGo046": 2, "nGo041": 2, "nGo045": 1, "nGo042": 1, "nGo043": 1},
    ),
    (
        "nGn30",
        "en",
        "nd24",
        "Environmental paperwork for roasting coffee inside a café",
        "We roast coffee in our café in Tra Vinh city. Ward officials now say roasting counts as light production "
        "rather than a café use, and that the roaster's exhaust may be treated as air pollution. We need help finding "
        "out which environmental permits or registrations apply and preparing them.",
        {"nGo049": 2, "nGo044": 1, "nGo054": 1, "nGo048": 1},
    ),
    (
        "nGn31",
        "vi",
        "dis10",
        "Tính hao hụt và thông số rang khi tự rang cà phê bán kèm",
        "Quán ở Long Hồ định mua cà phê nhân về tự rang, xay bán kèm. Chúng tôi chưa biết nhân phải khô đến độ ẩm nào, "
        "rang ở nhiệt độ bao nhiêu, hao hụt khối lượng bao nhiêu để tính giá. Cần tư vấn thông số và quy trình rang.",
        {"nGo046": 2, "nGo045": 2, "nGo047": 1, "nGo043": 1},
    ),
    # --- milk tea, tapioca pearls and syrups made in house ---
    (
        "nGn32",
        "vi",
        "nd13",
        "Tự nấu cốt trà, trân châu, syrup thay bột pha sẵn",
        "Đọc tin thu giữ hơn 4 tấn nguyên liệu trà sữa không rõ nguồn gốc, loại set 25.000 đến 30.000 đồng pha được 5 đến "
        "6 lít, quán trà sữa của tôi ở TP Trà Vinh muốn bỏ hẳn bột pha sẵn. Cần công thức chuẩn và quy trình tự ủ cốt trà, "
        "nấu trân châu và syrup đường đen tại quán.",
        {"nGo056": 2, "nGo057": 2, "nGo064": 2, "nGo058": 2, "nGo055": 1, "nGo061": 1, "nGo062": 1},
    ),
    (
        "nGn33",
        "en",
        "nd50",
        "Holding times for cooked pearls and brewed tea in a bubble tea shop",
        "Our bubble tea shop in Vinh Long city, aiming at 300 to 500 cups a day, cooks tapioca pearls and brews tea in "
        "the morning and keeps them at room temperature. The food-safety officer asked how long we hold them and when we "
        "discard. We need clear time and temperature rules for cooked pearls, tea and milk tea.",
        {"nGo059": 2, "nGo063": 2, "nGo060": 2, "nGo055": 2, "nGo081": 1, "nGo072": 1, "nGo056": 1},
    ),
    (
        "nGn34",
        "vi",
        "nd60",
        "Trân châu nấu xong bị cứng hoặc nhão, cần cách giữ dai",
        "Quán trà sữa của tôi ở Càng Long nấu trân châu buổi sáng nhưng đến chiều hạt thì cứng, hạt thì nhão và dính "
        "cục; bỏ tủ lạnh thì cứng hơn. Cần hướng dẫn cách nấu, ngâm và bảo quản trân châu để giữ dai trong ngày, biết khi "
        "nào phải bỏ.",
        {"nGo055": 2, "nGo060": 2, "nGo059": 2, "nGo063": 2, "nGo064": 1, "nGo058": 1},
    ),
    (
        "nGn35",
        "en",
        "nd61",
        "House-made brown sugar syrup that does not crystallise",
        "Our tea room in Tieu Can buys brown sugar syrup in bottles; we want to make our own so the 'tiger stripe' milk "
        "tea tastes of deep caramel. Our first attempts were either grainy and hard or thin and watery. We need a "
        "tested method and ratios for a smooth syrup we can make in batches.",
        {"nGo061": 2, "nGo062": 2, "nGo056": 1, "nGo064": 1},
    ),
    (
        "nGn36",
        "vi",
        "nd62",
        "Chuyển từ bột kem béo sang sữa tươi mà không bị tách béo",
        "Quán trà sữa ở Vũng Liêm muốn chuyển sang dùng sữa tươi và trà thật thay bột kem béo, nhưng thử vài lần sữa bị "
        "tách, vị trà bị lấn. Cần tư vấn tỷ lệ trà, sữa, syrup, nhiệt độ ủ trà và dụng cụ để mỗi ly đồng nhất.",
        {"nGo057": 2, "nGo064": 1, "nGo081": 1, "nGo069": 1, "nGo056": 1},
    ),
    (
        "nGn37",
        "en",
        "nd14",
        "Training staff to make milk tea from real tea and milk",
        "Milk tea powder repacked from big sacks into small bags is sold openly at markets, and customers ask us where "
        "our ingredients come from. Our cooperative café in Cang Long wants staff trained to brew tea and make milk tea "
        "from real tea and milk, including how to store it safely.",
        {"nGo058": 2, "nGo057": 2, "nGo056": 1, "nGo064": 1},
    ),
    (
        "nGn38",
        "en",
        "nd15",
        "Shelf life and labelling for pearls we make ourselves",
        "Market inspectors have been sampling pearls and coconut jelly sold to milk tea shops. Our shop in Tra Vinh city "
        "wants to make pearls from local tapioca starch and needs to know how long raw and cooked pearls keep, how to "
        "store them and what date labels to put on prepared batches.",
        {"nGo055": 2, "nGo059": 2, "nGo060": 1, "nGo063": 1, "nGo056": 1, "nGo152": 1},
    ),
    # --- cold storage of milk and fruit ---
    (
        "nGn39",
        "en",
        "nd33",
        "Cutting fresh milk waste in a busy café",
        "Our café in Tra Vinh city throws away a fifth to a quarter of the fresh milk we buy: steam pitchers are "
        "overfilled and cartons sour before their date, since fresh milk only keeps about 10 days and our fridge runs "
        "warm when the door is opened all day. We need help checking storage temperatures and cooling milk properly.",
        {"nGo069": 2, "nGo070": 2, "nGo071": 2, "nGo074": 1, "nGo077": 1, "nGo073": 1},
    ),
    (
        "nGn40",
        "vi",
        "cold3",
        "Giữ trà sữa và sữa tươi bao lâu khi bán mang đi, giao hàng",
        "Quán trà sữa ở thị xã Duyên Hải bán mang đi và giao tận nhà; trời nóng trên 30°C, trà sữa chỉ giữ được vài giờ. "
        "Cần hướng dẫn cụ thể: sữa tươi, trà sữa phải giữ ở nhiệt độ nào, được bao lâu trong quán và khi giao, dấu hiệu "
        "hỏng, ghi chép nhiệt độ ra sao.",
        {"nGo081": 2, "nGo069": 2, "nGo070": 2, "nGo074": 1, "nGo063": 1},
    ),
    (
        "nGn41",
        "en",
        "nd63",
        "Storage routine for cut fruit in a fruit tea shop",
        "Our fruit tea shop in Vinh Long city loses cut mango, pineapple and passion fruit every week; berries go mouldy "
        "and melons soften. We need a simple routine: what to refrigerate and at what temperature, how long cut fruit "
        "keeps, which fruits to keep apart and how to label prep dates.",
        {"nGo072": 2, "nGo082": 1, "nGo073": 1, "nGo074": 1},
    ),
    (
        "nGn42",
        "vi",
        "nd64",
        "Gan cam bien nhiet do cho tu lanh, bao qua dien thoai",
        "Tu dong tu mat cua quan o Tra Vinh tung bi hu may nen ban dem, sang ra sua, trai cay hu het. Muon gan cam bien "
        "nhiet do khong day, vuot nguong la bao qua dien thoai, co luu lich su de dua doan kiem tra.",
        {"nGo077": 2, "nGo078": 2, "nGo080": 2, "nGo079": 2, "nGo073": 1},
    ),
    (
        "nGn43",
        "en",
        "nd65",
        "Under-counter fridge that keeps milk at 3 to 5 °C behind a narrow bar",
        "Our small café bar in Tra Vinh city keeps milk, cream and plant milks in a household fridge at the far end of "
        "the room. We want an under-counter unit beside the espresso machine that holds about 3 to 5 °C steadily even "
        "with frequent opening.",
        {"nGo075": 2, "nGo071": 2, "nGo074": 2, "nGo073": 1, "nGo076": 1},
    ),
    (
        "nGn44",
        "vi",
        "dis3",
        "Tủ đông mát nhỏ cho ki-ốt nước ép của hợp tác xã",
        "Hợp tác xã ở Cầu Ngang mở ki-ốt nước ép, sinh tố gần biển Ba Động để bán trái cây của xã viên. Cần một thiết bị "
        "vừa ngăn đông cho trái cây cắt sẵn, đá, vừa ngăn mát cho sữa, dung tích khoảng 300 đến 400 lít, tốn ít điện.",
        {"nGo076": 2, "nGo074": 2, "nGo075": 1, "nGo072": 1, "nGo073": 1},
    ),
    (
        "nGn45",
        "en",
        "nd66",
        "Automatic temperature records for the food-safety inspector",
        "Inspectors asked our tea shop in Vinh Long for fridge and freezer temperature records. Our paper log is filled "
        "in irregularly, and a failure on a weekend would go unnoticed. We want sensors that log continuously, alert us "
        "when units drift and produce records for inspections.",
        {"nGo079": 2, "nGo077": 2, "nGo078": 2, "nGo080": 1, "nGo069": 1},
    ),
    (
        "nGn46",
        "en",
        "nd67",
        "Fresh milk sours fast in our household fridge",
        "Our milk tea shop in Mang Thit keeps fresh milk in a household fridge that is opened all day; milk turns sour "
        "and separates within a day or two and milk tea left overnight tastes off. We need suitable commercial cooling "
        "and practical rules for keeping milk cold.",
        {"nGo074": 2, "nGo071": 2, "nGo069": 2, "nGo070": 2, "nGo081": 1, "nGo075": 1, "nGo160": 1},
    ),
    # --- point of sale, QR payment and online ordering ---
    (
        "nGn47",
        "vi",
        "nd18",
        "QR thanh toán gắn đơn hàng để tránh hóa đơn chuyển khoản giả",
        "Ở TP Vĩnh Long đã có chủ cửa hàng nhận hóa đơn chuyển khoản giả cho món hàng hơn 1 triệu đồng mà không kiểm tra "
        "tài khoản. Quán trà sữa của tôi dùng mã QR chuyển khoản tĩnh in dán quầy, giờ đông phải đối chiếu thông báo thủ "
        "công. Cần giải pháp QR thanh toán gắn với từng đơn, tiền về là hệ thống báo ngay.",
        {"nGo092": 2, "nGo099": 2, "nGo089": 1, "nGo098": 1, "nGo162": 2},
    ),
    (
        "nGn48",
        "en",
        "nd17",
        "Point of sale that confirms QR payments by itself",
        "A shopkeeper lost 1.2 million dong when a buyer showed a fake 'transfer successful' screen; such images can be "
        "made in seconds. At our coffee kiosk in Tra Vinh city staff cannot open the bank app during the rush. We want a "
        "sales system where QR payments are confirmed automatically against each order.",
        {"nGo092": 2, "nGo089": 2, "nGo099": 2, "nGo098": 1, "nGo093": 1, "nGo102": 1, "nGo162": 2},
    ),
    (
        "nGn49",
        "vi",
        "nd31",
        "Phần mềm bán hàng in tem, báo cáo ca để hết tính tiền nhầm",
        "Dịp lễ Tết khách đến quán cà phê của chúng tôi ở TP Trà Vinh tăng 20 đến 30 phần trăm, nhân viên thời vụ tính "
        "tiền nhầm, làm sai món, khách chờ lâu. Cần phần mềm bán hàng trên máy tính bảng có menu size, đường, đá, in tem "
        "ly, báo cáo cuối ca và phân quyền hủy món.",
        {"nGo089": 2, "nGo090": 2, "nGo102": 2, "nGo093": 1, "nGo098": 1},
    ),
    (
        "nGn50",
        "en",
        "nd39",
        "Our own ordering page instead of paying 25 per cent to delivery apps",
        "Our milk tea shop in Vinh Long city pays 25 to 35 per cent on every app order, sometimes at zero margin, yet "
        "regular customers would order from us directly. We want our own online ordering page for pickup and our own "
        "delivery, linked to the menu we sell at the counter.",
        {"nGo094": 2, "nGo095": 2, "nGo096": 2, "nGo097": 1, "nGo100": 1},
    ),
    (
        "nGn51",
        "vi",
        "nd40",
        "Tính chi phí và điểm hòa vốn khi tự làm kênh đặt món riêng",
        "Quán ở Cầu Kè bán qua ứng dụng giao đồ ăn mất 15 đến 30 phần trăm mỗi đơn. Muốn làm trang hoặc ứng dụng đặt món "
        "riêng nhưng cần biết chi phí phần mềm hằng tháng, phí thanh toán, giao hàng, quảng bá và cần bao nhiêu đơn mỗi "
        "tháng mới hòa vốn; cần đơn vị tư vấn và xây dựng.",
        {"nGo095": 2, "nGo096": 2, "nGo097": 2, "nGo094": 2, "nGo100": 1, "nGo101": 1},
    ),
    (
        "nGn52",
        "en",
        "nd38",
        "Joining delivery apps without losing money",
        "Our café in Cau Ngang is thinking of joining food delivery apps; elsewhere restaurants get 15 to 20 per cent of "
        "daily sales through them but pay 20 to 30 per cent per order plus fees. We need to know the real commissions "
        "and payout times and how to run a listing that stays profitable.",
        {"nGo100": 2, "nGo101": 2, "nGo095": 1, "nGo091": 1, "nGo097": 1},
    ),
    (
        "nGn53",
        "vi",
        "dis19",
        "Khách quét mã QR tại bàn để gọi món và thanh toán",
        "Quán cà phê sân vườn rộng ở Long Hồ thiếu người chạy bàn, khách phải đi vào quầy gọi món. Muốn đặt mã QR ở mỗi "
        "bàn để khách xem menu, gọi món, ghi chú, thanh toán trên điện thoại, đơn tự chuyển vào quầy pha chế.",
        {"nGo098": 2, "nGo099": 2, "nGo090": 1, "nGo102": 1, "nGo089": 1},
    ),
    (
        "nGn54",
        "en",
        "nd52",
        "Order system with cup labels for a bubble tea shop",
        "We are opening a bubble tea shop in Binh Minh town with a cup sealer and a small team. Orders with size, sugar "
        "level, ice and several toppings get mixed up when written by hand. We need a point-of-sale setup that prints a "
        "label for each cup and sends orders to the preparation station.",
        {"nGo089": 2, "nGo093": 1, "nGo102": 1, "nGo090": 1, "nGo098": 1},
    ),
    (
        "nGn55",
        "vi",
        "dis20",
        "Gom đơn từ các ứng dụng giao hàng vào một máy bán hàng",
        "Quán trà sữa của tôi ở Trà Cú nhận đơn từ hai, ba ứng dụng đặt món, mỗi ứng dụng một điện thoại, nhân viên hay "
        "bỏ sót đơn. Cần phần mềm để nhận, xác nhận đơn giao hàng ngay trên máy bán hàng ở quầy và tính tiền chung.",
        {"nGo091": 2, "nGo102": 1, "nGo089": 1, "nGo095": 1},
    ),
    # --- grounds, cups and waste ---
    (
        "nGn56",
        "vi",
        "nd42",
        "Ủ bã cà phê của quán làm phân cho vườn rau",
        "Ở nhiều nơi, hơn 90 phần trăm bã cà phê của quán bị đổ ra bãi rác, chỉ vài phần trăm được xử lý hay cho khách. "
        "Quán chúng tôi ở TP Trà Vinh thải khoảng 10 đến 15 kg bã mỗi ngày và muốn ủ thành phân bón cho vườn rau của tổ "
        "hội nông dân gần đó; cần quy trình ủ và chế phẩm phù hợp.",
        {"nGo110": 2, "nGo111": 2, "nGo112": 2, "nGo106": 2, "nGo108": 1, "nGo113": 1, "nGo109": 1},
    ),
    (
        "nGn57",
        "en",
        "nd41",
        "Keeping spent grounds out of the landfill for a small café chain",
        "Spent coffee grounds dumped with general waste rot into methane, and fresh grounds need about a hundred days "
        "of composting before they suit gardens. Our three cafés in Vinh Long want a collection partner or an on-site "
        "composting set-up, plus bins and staff routines to keep grounds separate.",
        {"nGo106": 2, "nGo109": 2, "nGo107": 2, "nGo110": 2, "nGo108": 1, "nGo111": 1},
    ),
    (
        "nGn58",
        "vi",
        "nd43",
        "Muon dong goi ba ca phe tang khach mang ve bon cay",
        "Quan ca phe cua toi o Cang Long moi ngay bo ba vao thung rac chung. Nhieu khach hoi xin ba de bon cay, trong "
        "rau. Muon lam chuong trinh tang ba cho khach: dung hop gi, dan nhan huong dan ra sao, phoi hop voi ai.",
        {"nGo108": 2, "nGo110": 1, "nGo111": 1, "nGo107": 1},
    ),
    (
        "nGn59",
        "en",
        "nd11",
        "Biodegradable wide straws for bubble tea",
        "Vietnam throws away about 2.5 million tonnes of plastic a year and our milk tea shop in Tra Vinh city hands out "
        "hundreds of plastic straws a day. We need a supplier of biodegradable straws wide enough for tapioca pearls "
        "that hold up in cold drinks for at least an hour.",
        {"nGo114": 2, "nGo117": 2, "nGo115": 1, "nGo116": 1},
    ),
    (
        "nGn60",
        "vi",
        "nd12",
        "Chọn ly giấy phân hủy được thay ly nhựa",
        "Ly, ống hút, túi nhựa nằm trong nhóm rác nhựa rò rỉ nhiều nhất ra sông ngòi. Quán cà phê mang đi của tôi ở Cầu Kè "
        "muốn thay ly nhựa bằng ly giấy, nhưng nghe nói ly giấy có lớp tráng nhựa PE hoặc PLA. Cần tư vấn loại ly nào thật "
        "sự phân hủy hoặc tái chế được và xử lý ở đâu.",
        {"nGo118": 2, "nGo119": 2, "nGo120": 2, "nGo125": 1, "nGo158": 1, "nGo159": 1},
    ),
    (
        "nGn61",
        "vi",
        "cam1",
        "Mô hình ly dùng lại có đặt cọc cho quán mang đi",
        "Chính phủ đã yêu cầu thí điểm ngừng dùng sản phẩm nhựa dùng một lần tại nhà hàng, quán ăn ở trung tâm Hà Nội từ "
        "quý IV/2025. Nhóm quán cà phê của chúng tôi ở TP Trà Vinh muốn đi trước: cho khách mượn ly dùng lại có đặt cọc, "
        "trả ly ở bất kỳ quán nào, quán gom rửa.",
        {"nGo158": 2, "nGo159": 2, "nGo116": 1, "nGo120": 1},
    ),
    (
        "nGn62",
        "vi",
        "str4",
        "So sánh ống hút cỏ, tre, gạo trước khi bỏ ống nhựa",
        "Quán trà sữa ở Tiểu Cần muốn bỏ ống hút nhựa nhưng đọc nhiều ý kiến rằng ống hút thay thế chưa chắc thân thiện "
        "nếu sản xuất, dùng không đúng. Cần nhà cung cấp ống hút cỏ, tre, gạo cho biết độ bền trong nước, hạn dùng, giá để "
        "chọn loại phù hợp.",
        {"nGo114": 2, "nGo115": 2, "nGo116": 2, "nGo117": 1},
    ),
    # --- energy use and ventilation of small shops ---
    (
        "nGn63",
        "vi",
        "nd26",
        "Giảm tiền điện máy lạnh của quán cà phê mùa nắng",
        "Quán cà phê máy lạnh của tôi ở TP Trà Vinh vừa đầu tư hơn 30 triệu đồng nâng cấp máy lạnh và quạt phun sương, "
        "nhưng mỗi đợt nắng nóng tiền điện tăng vọt, khách ngồi 2 đến 3 tiếng mà chỉ gọi một ly. Cần giải pháp giảm điện: "
        "máy lạnh tiết kiệm, điện mặt trời áp mái.",
        {"nGo131": 2, "nGo129": 2, "nGo134": 1, "nGo127": 1, "nGo130": 1, "nGo128": 1, "nGo133": 1},
    ),
    (
        "nGn64",
        "vi",
        "nd68",
        "Bảo trì tủ lạnh, tủ đông để giảm tiền điện",
        "Quán cà phê bánh ngọt ở TP Vĩnh Long chạy ba tủ mát trưng bày và một tủ đông suốt ngày, tiền điện cao, máy nén "
        "chạy liên tục. Cần dịch vụ bảo trì, vệ sinh dàn nóng và tư vấn nâng cấp để giảm điện cho thiết bị lạnh.",
        {"nGo160": 2, "nGo161": 2, "nGo073": 1, "nGo127": 1, "nGo080": 1},
    ),
    (
        "nGn65",
        "en",
        "ene3",
        "Cutting idle energy of our espresso machine and batch brewer",
        "Our café in Cau Ngang keeps the espresso machine and a batch brewer with a hot plate switched on about 14 "
        "hours a day, though most drinks are sold in two peaks. We want equipment choices and settings that cut the "
        "energy wasted keeping them hot.",
        {"nGo126": 2, "nGo127": 1, "nGo128": 1, "nGo009": 1, "nGo021": 1},
    ),
    (
        "nGn66",
        "en",
        "nd69",
        "Ventilation for a hot 30 square-metre milk tea shop",
        "Our milk tea shop in Tieu Can is about 30 square metres with a stove for cooking pearls and syrup; it gets hot, "
        "humid and smells of cooking. We need exhaust fans and a ventilation design that follows the national "
        "ventilation and air-conditioning standard TCVN 5687:2010.",
        {"nGo130": 2, "nGo132": 2, "nGo133": 1, "nGo131": 1},
    ),
    (
        "nGn67",
        "en",
        "nd70",
        "Cheap cooling for an open-front coffee shop without air-conditioning",
        "In heat waves people go to air-conditioned cafés to escape their rooms, and our open-front coffee shop in Tra "
        "Cu loses them. Air-conditioning an open shop is out of our budget. We want low-cost evaporative cooling and "
        "fans that make the space bearable.",
        {"nGo133": 2, "nGo130": 2, "nGo132": 1, "nGo131": 1},
    ),
    (
        "nGn68",
        "vi",
        "nd71",
        "Lắp điện mặt trời áp mái cho quán mở cửa ban ngày",
        "Quán cà phê của gia đình ở Trà Ôn mở từ 6 giờ sáng đến 6 giờ chiều, mái tôn rộng, tiền điện hằng tháng cao. Muốn "
        "lắp điện mặt trời áp mái để tự dùng ban ngày, cần biết chi phí đầu tư, thời gian hoàn vốn và đơn vị lắp đặt.",
        {"nGo129": 2, "nGo134": 1},
    ),
    (
        "nGn69",
        "vi",
        "nd72",
        "Đánh giá tổng thể tiêu thụ điện của quán trà và cà phê",
        "Quán trà và cà phê của chúng tôi ở TP Vĩnh Long có tủ mát, tủ đông, máy lạnh, máy pha và đèn; chi phí điện chiếm "
        "phần lớn chi phí vận hành. Cần một đơn vị rà soát toàn bộ thiết bị, giờ chạy, biểu giá để chỉ ra chỗ lãng phí.",
        {"nGo127": 2, "nGo161": 1, "nGo128": 1, "nGo131": 1, "nGo160": 1, "nGo126": 1},
    ),
    # --- barista training and food-safety certification ---
    (
        "nGn70",
        "vi",
        "nd28",
        "Chương trình đào tạo nội bộ cho nhân viên pha chế mới",
        "Chuỗi ba quán cà phê của chúng tôi ở TP Trà Vinh liên tục có nhân viên nghỉ đột ngột; đào tạo một người thạo "
        "việc mất 1 đến 2 tháng. Cần xây chương trình đào tạo nội bộ theo trình tự ca làm: quy trình mở ca, pha espresso, "
        "đánh sữa, vệ sinh, để người mới làm được nhanh.",
        {"nGo141": 2, "nGo142": 2, "nGo143": 2, "nGo145": 1, "nGo146": 1, "nGo140": 1, "nGo015": 1},
    ),
    (
        "nGn71",
        "en",
        "nd30",
        "Internationally recognised barista certification for our team",
        "Recruiting and training a new barista costs us one and a half to two months of wages, and new staff work at "
        "half speed for two weeks. Our café in Vinh Long wants its senior baristas certified to an international "
        "standard so they can train others; we need SCA-style courses reachable from the Mekong Delta.",
        {"nGo138": 2, "nGo139": 2, "nGo144": 2, "nGo145": 1, "nGo140": 1},
    ),
    (
        "nGn72",
        "vi",
        "nd29",
        "Can khoa hoc pha che barista cho nhan vien moi",
        "Quan ca phe o Vung Liem muon giu 3 nguoi lam nong cot gom pha che chinh, can gui 2 ban tre di hoc barista bai "
        "ban, hoc xong dung may pha, danh sua, pha do uong duoc. Can khoa hoc ngan, hoc phi vua phai.",
        {"nGo145": 2, "nGo146": 2, "nGo144": 2, "nGo140": 2, "nGo139": 2},
    ),
    (
        "nGn73",
        "en",
        "nd16",
        "Food-safety eligibility certificate for a milk tea shop",
        "Food-safety inspections of milk tea shops found many breaking rules on premises, storage, equipment, missing "
        "eligibility certificates and ingredients without origin. Our milk tea shop in Tra Vinh city must obtain the "
        "food-safety eligibility certificate and needs help meeting the conditions and preparing the file.",
        {"nGo151": 2, "nGo152": 2, "nGo148": 1, "nGo147": 1},
    ),
    (
        "nGn74",
        "vi",
        "nd73",
        "Tập huấn kiến thức an toàn thực phẩm cho nhân viên pha chế",
        "Sau vụ một em nhỏ nghi ngộ độc trà sữa, phụ huynh ở TP Vĩnh Long hỏi nhiều về vệ sinh quán. Chúng tôi cần tập huấn "
        "an toàn thực phẩm cho 6 nhân viên: vệ sinh cá nhân, bảo quản sữa, trân châu, đá, nhiệt độ và thời gian, có giấy "
        "xác nhận.",
        {"nGo152": 2, "nGo148": 2, "nGo149": 2, "nGo147": 2, "nGo150": 1, "nGo151": 1, "nGo058": 1},
    ),
    (
        "nGn75",
        "en",
        "nd74",
        "Food handler course for staff serving drinks and ice",
        "Our tea room in Cau Ke has four staff who prepare drinks and handle ice and toppings; some do not touch food "
        "directly. We want a recognised food hygiene course with a certificate, suited to front-of-house and drink "
        "staff.",
        {"nGo148": 2, "nGo149": 2, "nGo147": 2, "nGo150": 2, "nGo152": 2},
    ),
    (
        "nGn76",
        "vi",
        "trn7",
        "Đào tạo nhân viên vệ sinh, bảo trì máy pha và máy xay",
        "Quán chúng tôi ở Tam Bình có chương trình đào tạo nhân viên mới ba ngày (pha espresso, đánh sữa, phối hợp) nhưng "
        "thiếu phần vệ sinh và bảo trì thiết bị trong ngày. Cần khóa học hoặc tài liệu dạy vệ sinh máy pha, máy xay, máy "
        "xay sinh tố đúng cách.",
        {"nGo015": 2, "nGo011": 2, "nGo014": 2, "nGo002": 1, "nGo141": 1, "nGo001": 1, "nGo140": 1},
    ),
    (
        "nGn77",
        "en",
        "nd75",
        "Consistent espresso and milk texturing training for five staff",
        "Five staff at our café in Tra Vinh city have mixed experience; customers become regulars only if every visit "
        "is good. We need a training session on grind and extraction, milk texturing and recipe builds, with some latte "
        "art once the basics are right.",
        {"nGo140": 2, "nGo143": 2, "nGo142": 2, "nGo138": 2, "nGo145": 2, "nGo139": 1, "nGo146": 1},
    ),
]
