"""Needs of the holdout71 set: meat, egg and milk processing (see make_holdout71.py).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant or an adjacent step. Needs written from pages about other places are set in Tra Vinh / Vinh Long.
"""

NEEDS = [
    # --- small slaughterhouses and hygiene ---
    (
        "kUn01",
        "vi",
        "thvl_lomo",
        "Nâng cấp lò mổ heo thành cơ sở giết mổ tập trung đạt chuẩn",
        "Lò mổ heo của gia đình tôi ở huyện Tam Bình (Vĩnh Long) nằm trong số cơ sở phải nâng cấp hoặc đóng cửa theo quy "
        "hoạch của tỉnh (tỉnh có 40 lò giết mổ tập trung, dự kiến nâng cấp, xây mới 21 cơ sở đạt chuẩn và đóng 13 cơ sở "
        "không đạt). Cần đơn vị thiết kế lại mặt bằng, dây chuyền và khu xử lý chất thải để được công nhận đạt chuẩn.",
        {"kUo003": 2, "kUo001": 2, "kUo006": 2, "kUo007": 1, "kUo008": 1, "kUo004": 1, "kUo005": 1},
    ),
    (
        "kUn02",
        "vi",
        "botv_2017",
        "Can thiet ke lo mo bo nho cho xa",
        "Xa toi o Cau Ngang (Tra Vinh) nuoi rat nhieu bo, ca tinh moi nam xuat chuong hon 56.750 con, trong luong binh quan "
        "khoang 167 kg/con, nhung bo thuong bi mo ngoai dat, khong co cho treo. Can mau lo mo hoac san mo don gian, re tien "
        "cho vai con bo moi ngay, co gia treo de cat tiet va lam long sach se.",
        {"kUo002": 2, "kUo001": 2, "kUo003": 1, "kUo004": 1, "kUo006": 1},
    ),
    (
        "kUn03",
        "en",
        "vl_saipham",
        "Training our inspectors and slaughterhouse owners on slaughter control and stamping",
        "Our veterinary team in Vinh Long found, in six months, 28 cases of meat sold without slaughter-control stamps, "
        "14 consignments moved without quarantine papers and 5 cases of water being pumped into pigs. The province has "
        "39 concentrated slaughter points, 11 of them with hanging lines. We need a training programme for staff and "
        "owners on ante- and post-mortem control, disinfection and correct stamping of carcasses.",
        {"kUo004": 2, "kUo005": 2, "kUo003": 1},
    ),
    (
        "kUn04",
        "en",
        "tuoitre_giet_mo",
        "Moving manual pig slaughter into a concentrated facility",
        "Our district in Chau Thanh (Tra Vinh) wants to follow the big-city example of closing manual slaughter points "
        "and moving butchers into industrial plants (there, five plants slaughtered about 5,000 pigs on the first day, "
        "but new plants feared running below capacity). We need help to plan the site, size the pig line and keep the "
        "new facility busy enough to pay its way.",
        {"kUo009": 2, "kUo006": 2, "kUo007": 2, "kUo001": 1, "kUo008": 1, "kUo003": 1},
    ),
    # --- poultry slaughter ---
    (
        "kUn05",
        "vi",
        "annhon",
        "Dây chuyền giết mổ vịt, gà nhỏ đảm bảo vệ sinh thú y",
        "Cơ sở chúng tôi ở Vũng Liêm (Vĩnh Long) giết mổ khoảng 2.000 con vịt, gà mỗi ngày, làm thủ công nên từng bị đoàn "
        "kiểm tra nhắc nhở vì bày bán đầu, cánh, lòng ngay trong khu giết mổ (có nơi bị phạt 2-4 triệu đồng mỗi công ty). "
        "Cần dây chuyền nhúng, vặt lông, moi lòng và làm lạnh gọn, cùng hướng dẫn quy trình sạch.",
        {"kUo013": 2, "kUo014": 2, "kUo015": 2, "kUo016": 2, "kUo012": 1, "kUo005": 1},
    ),
    (
        "kUn06",
        "en",
        "hanoi_gc",
        "Affordable poultry processing room for a farmer group",
        "In the big cities, modern concentrated poultry slaughter lines stood almost idle while small slaughter points "
        "kept working. Our farmer group in Cang Long (Tra Vinh) does not want an expensive line; we need a small, hygienic "
        "processing room for 200-300 chickens and ducks a day that members can run themselves.",
        {"kUo012": 2, "kUo013": 2, "kUo016": 2, "kUo014": 1, "kUo015": 1},
    ),
    # --- blood ---
    (
        "kUn07",
        "vi",
        "nt_greenstar",
        "Thu gom huyết heo làm bột huyết thay vì đổ xuống cống",
        "Lò mổ của tôi ở Châu Thành (Trà Vinh) mổ khoảng 60 con heo/ngày; huyết không bán hết bị đổ theo nước rửa nên nước "
        "thải rất nặng mùi, BOD, COD cao. Muốn có quy trình và thiết bị thu gom, làm khô huyết thành bột huyết bán cho các "
        "trại chăn nuôi.",
        {
            "kUo017": 2,
            "kUo018": 2,
            "kUo019": 1,
            "kUo020": 1,
            "kUo021": 1,
            "kUo022": 1,
            "kUo044": 1,
            "kUo045": 1,
            "kUo025": 1,
            "kUo026": 1,
        },
    ),
    (
        "kUn08",
        "en",
        "bsf_brief",
        "Feeding slaughter blood and kitchen waste to black soldier fly larvae",
        "Our cooperative in Duyen Hai (Tra Vinh) runs a small abattoir and a canteen; blood and food scraps are a "
        "disposal headache. We read that larvae fed up to 20% slaughter blood mixed with kitchen waste grow well. We want "
        "a larva-rearing set-up to turn these wastes into protein for our ducks and fish.",
        {"kUo019": 2, "kUo021": 2, "kUo020": 1, "kUo017": 1, "kUo018": 1},
    ),
    # --- bones, fat, rendering ---
    (
        "kUn09",
        "vi",
        "botv_sggp",
        "Tận dụng xương, đầu, móng bò sau giết mổ",
        "Trà Vinh được gọi là 'vương quốc bò' miền Tây với gần 150.000 con bò lai Sind. Điểm giết mổ bò của chúng tôi ở Trà "
        "Cú tồn nhiều xương, đầu, móng, sừng, phải chôn hoặc bán rẻ. Cần công nghệ làm bột xương, bột thịt xương phù hợp "
        "quy mô nhỏ để bán làm thức ăn chăn nuôi hoặc phân bón.",
        {"kUo024": 2, "kUo025": 2, "kUo026": 2, "kUo029": 1, "kUo027": 1},
    ),
    (
        "kUn10",
        "vi",
        "ocop_tv2022",
        "Thắng mỡ heo vụn từ xưởng lạp xưởng thành mỡ nước, tóp mỡ",
        "Cơ sở lạp xưởng của chúng tôi ở Càng Long (Trà Vinh), sản phẩm đã đạt OCOP, mỗi ngày dư khá nhiều mỡ heo vụn và "
        "da mỡ sau khi lọc nguyên liệu. Muốn có quy trình thắng mỡ sạch, đóng hũ bán mỡ nước và tóp mỡ, bảo quản được lâu.",
        {"kUo028": 2, "kUo027": 1, "kUo024": 1, "kUo025": 1, "kUo026": 1},
    ),
    # --- feathers ---
    (
        "kUn11",
        "vi",
        "feather_av1",
        "Xử lý lông vịt từ lò mổ thành bột lông",
        "Lò mổ vịt của chúng tôi ở Trà Ôn (Vĩnh Long) thải mỗi ngày vài trăm ký lông ướt, hiện phải đem đốt hoặc chôn. "
        "Nghe nói lông nghiền dưới nhiệt và áp suất rồi sấy có thể thành bột đạm làm thức ăn hoặc phân bón. Cần thiết bị "
        "và quy trình thủy phân lông phù hợp cơ sở nhỏ.",
        {"kUo031": 2, "kUo032": 2, "kUo034": 2, "kUo033": 1},
    ),
    (
        "kUn12",
        "en",
        "feather_hubbry",
        "Turning duck feathers into organic nitrogen fertiliser",
        "Duck processors around Tam Binh (Vinh Long) burn their feathers. Feather meal is said to contain up to 12-15% "
        "nitrogen and some sulphur, but raw feathers release it slowly unless hydrolysed. We want a processing route that "
        "makes a hydrolysed feather product we can sell to fruit growers as organic fertiliser.",
        {"kUo032": 2, "kUo031": 2, "kUo034": 2, "kUo033": 1},
    ),
    # --- hides, skins, gelatine ---
    (
        "kUn13",
        "vi",
        "erbo_hides",
        "Bảo quản da bò tươi sau giết mổ để không bị ép giá",
        "Điểm giết mổ bò của chúng tôi ở Cầu Ngang (Trà Vinh) bán da tươi theo ký cho thương lái; xưởng thuộc da chỉ mua "
        "khi gom đủ lô nên da để một hai ngày là hư, bị trả giá rất thấp. Cần hướng dẫn muối hoặc phơi bảo quản da dày "
        "8-10 mm đúng kỹ thuật để giữ được chất lượng chờ bán.",
        {"kUo036": 2, "kUo035": 2, "kUo037": 2, "kUo043": 1},
    ),
    (
        "kUn14",
        "en",
        "usp_collagen",
        "Outlet for pig skin and fatty trimmings",
        "Our pork cutting plant in Binh Minh (Vinh Long) produces around 300 kg of pig skin and fatty trimmings a day. "
        "Pork collagen can be made by grinding, heating and centrifuging such trimmings to remove fat, then drying a "
        "protein powder with 40-50% collagen. We are looking for a gelatine or collagen process we can run or a buyer who "
        "will take the skins.",
        {"kUo038": 2, "kUo041": 2, "kUo039": 2, "kUo040": 1},
    ),
    # --- wastewater and biogas ---
    (
        "kUn15",
        "vi",
        "vanphuc",
        "Xử lý nước thải lò mổ tập trung và giảm mùi, giảm phát thải",
        "Cơ sở giết mổ tập trung của chúng tôi ở Mang Thít (Vĩnh Long) bị người dân phản ánh mùi hôi, nước thải chưa xử lý "
        "đạt. Như các lò mổ tập trung lớn ở Hà Nội, hệ thống hiện tại còn phát thải khí nhà kính. Cần đơn vị thiết kế, cải tạo "
        "hệ thống xử lý nước thải đạt quy chuẩn.",
        {"kUo044": 2, "kUo045": 2, "kUo049": 1, "kUo046": 1, "kUo047": 1, "kUo048": 1, "kUo050": 1, "kUo022": 1},
    ),
    (
        "kUn16",
        "en",
        "hindawi",
        "Biogas from abattoir waste to run our cold room",
        "A study of four abattoirs estimated that 1,606 tonnes of waste a year could give about 85,000 m3 of biogas and "
        "111 tonnes of biofertiliser. Our cattle and pig slaughter cluster in Tra Vinh city pays heavily for LPG and "
        "electricity for its cold room. We want a digester system that uses our waste to produce gas for cooking "
        "water and power.",
        {"kUo046": 2, "kUo048": 2, "kUo050": 2, "kUo044": 2, "kUo047": 1, "kUo049": 1},
    ),
    # --- sausages ---
    (
        "kUn17",
        "vi",
        "ocop_tv2022",
        "Lò sấy lạp xưởng thay phơi nắng",
        "Cơ sở lạp xưởng ở TP Trà Vinh, một trong các sản phẩm OCOP của tỉnh, vẫn phơi nắng 3-4 ngày; mùa mưa lạp xưởng "
        "chậm khô, bị mốc và chảy mỡ. Cần lò sấy hoặc buồng sấy có kiểm soát nhiệt độ, phù hợp 200-300 kg/mẻ.",
        {"kUo053": 2, "kUo070": 2, "kUo074": 1, "kUo073": 1, "kUo055": 1, "kUo063": 1},
    ),
    (
        "kUn18",
        "en",
        "lapcheong_picker",
        "Standard lap cheong recipe with safe curing levels",
        "Our sausage workshop in Vung Liem (Vinh Long) makes lap cheong, a hard dried pork sausage whose fat is "
        "candied for sweetness and which gets a dash of liquor. Each batch comes out a different colour and saltiness. We need a "
        "standard formula with safe nitrite, salt and soy sauce levels and a consistent red colour.",
        {"kUo054": 2, "kUo063": 2, "kUo053": 1, "kUo055": 1, "kUo075": 1},
    ),
    (
        "kUn19",
        "vi",
        "issuhub_haccp",
        "Can xay dung HACCP cho xuong lap xuong, cha lua",
        "Xuong cua chung toi o Vinh Long lam lap xuong, cha lua, giam bong, muon dua hang vao sieu thi nen phai co ke "
        "hoach HACCP: so do quy trinh tu nhan nguyen lieu, uop, nhoi, nau, lam nguoi, dong goi, bao quan, phan tich moi "
        "nguy sinh hoc, hoa hoc, vat ly o tung cong doan. Can chuyen gia huong dan lap ho so.",
        {"kUo056": 2, "kUo057": 2, "kUo058": 2, "kUo066": 1},
    ),
    (
        "kUn20",
        "vi",
        "namthuy_clb",
        "Hút chân không chả hoa để gửi đi xa dịp Tết",
        "Cơ sở chả hoa ở TP Trà Vinh dịp Tết sản xuất tới 2 tấn/ngày, gấp 4 lần ngày thường; khách ở TP.HCM và nước ngoài "
        "đặt nhiều nhưng chả để lâu bị nhớt, đổi màu. Cần máy và kỹ thuật đóng gói hút chân không, thông số bảo quản phù hợp.",
        {"kUo059": 2, "kUo060": 2, "kUo061": 2, "kUo157": 1, "kUo159": 1, "kUo053": 1},
    ),
    (
        "kUn21",
        "en",
        "lx_soha",
        "Cutting drying time and energy for Chinese sausage",
        "Our factory in Binh Minh (Vinh Long) hangs lap xuong in a multi-level oven for about 5 days, moving yesterday's "
        "batch up a level every day and switching off the power to check. Drying ties up space and energy before Tet. "
        "We want a faster, better controlled drying system.",
        {"kUo070": 2, "kUo053": 1, "kUo055": 1, "kUo069": 1, "kUo073": 1, "kUo074": 1, "kUo063": 1},
    ),
    # --- nem chua ---
    (
        "kUn22",
        "vi",
        "truyenoanh",
        "Sản xuất nem chua ổn định, an toàn để đạt OCOP",
        "Cơ sở của chúng tôi ở xã Phú Thịnh, Tam Bình (Vĩnh Long) đã có nem nướng đạt OCOP 3 sao năm 2023, nay muốn làm "
        "thêm nem chua nhưng lo nem lúc chua lúc không, dễ nhiễm khuẩn và để được ít ngày. Cần quy trình lên men có kiểm "
        "soát và cách kéo dài hạn sử dụng.",
        {"kUo064": 2, "kUo067": 2, "kUo065": 2, "kUo066": 2, "kUo068": 1, "kUo059": 1},
    ),
    (
        "kUn23",
        "en",
        "nem_ngoisao",
        "From home-made nem chua to consistent commercial batches",
        "We make nem chua at home in Cang Long (Tra Vinh) from 1 kg of lean pork, 200 g of pork skin and 100 g of roasted "
        "rice powder, wrapped in guava and banana leaves, and it keeps fermenting during transport. We want a starter "
        "culture and a process that gives the same sourness every time for selling to shops.",
        {"kUo065": 2, "kUo064": 2, "kUo068": 1, "kUo066": 1, "kUo067": 1},
    ),
    # --- dried and smoked meat ---
    (
        "kUn24",
        "vi",
        "botv_hoithao",
        "Chế biến khô bò từ đàn bò của tổ hợp tác",
        "Tổ hợp tác nuôi bò ở Cầu Ngang (Trà Vinh), nơi có đàn bò lớn nhất tỉnh; tỉnh xuất chuồng khoảng 46.400 con/năm "
        "nhưng bò bán hơi phụ thuộc thương lái. Muốn tự chế biến khô bò để tăng giá trị, cần quy trình tẩm ướp, sấy, đóng gói "
        "đạt an toàn thực phẩm.",
        {"kUo071": 2, "kUo076": 2, "kUo070": 1, "kUo069": 1, "kUo075": 1, "kUo072": 1, "kUo073": 1, "kUo074": 1},
    ),
    (
        "kUn25",
        "en",
        "trau_xaluong",
        "Cleaner smoke-drying for 'gac bep' style beef",
        "Our family workshop in Tra Cu (Tra Vinh) makes smoked, kitchen-rack style beef for Tet and buys 50-100 kg of "
        "meat a day in the season, hiring 3-4 extra workers. Smoking over the stove is slow, dirty and uneven. We need a "
        "drying and smoking cabinet and a hygienic process.",
        {"kUo070": 1, "kUo072": 2, "kUo073": 1, "kUo069": 1, "kUo055": 1, "kUo074": 1},
    ),
    (
        "kUn26",
        "vi",
        "trau_sinhmai",
        "Lam thit bo gac bep dat OCOP",
        "Gia dinh toi o Tieu Can (Tra Vinh) muon lam thit bo gac bep nhu mot so co so o Thanh Hoa da dat OCOP 3 sao. Can "
        "cong thuc uop gia vi, cach hun say dam bao ve sinh, khong dung chat bao quan, va cach dong goi de ban quanh nam.",
        {"kUo072": 2, "kUo071": 2, "kUo075": 1, "kUo070": 1, "kUo073": 1, "kUo074": 1},
    ),
    (
        "kUn27",
        "en",
        "bovang_khcn",
        "Solar dryer for sun-dried beef strips",
        "In My Long Bac (Cau Ngang, Tra Vinh) beef now sells at around 100,000 VND/kg live and several households make "
        "one-sun dried beef on roofs and mats. Flies, dust and sudden rain spoil batches. We want a cheap solar dryer "
        "that protects the meat and dries it faster.",
        {"kUo073": 2, "kUo074": 2, "kUo078": 1, "kUo070": 1, "kUo069": 1},
    ),
    (
        "kUn28",
        "en",
        "th4_driedmeat",
        "Cheaper drying for dried chicken and pork floss",
        "Our small plant in Long Ho (Vinh Long) makes dried chicken and pork floss. Hot-air drying is our most expensive "
        "step and it degrades aroma and oxidises the fat. We need ways to shorten drying or a more efficient dryer.",
        {"kUo070": 2, "kUo069": 2, "kUo073": 1, "kUo074": 1},
    ),
    # --- eggs: grading, washing, candling ---
    (
        "kUn29",
        "vi",
        "dinneregg",
        "Dây chuyền rửa, soi, phân loại trứng gà cho trại 10.000 gà đẻ",
        "Trại gà đẻ của chúng tôi ở Long Hồ (Vĩnh Long) nuôi 10.000 con; trứng lăn ra băng chuyền nhưng vẫn lẫn trứng dính "
        "phân, trứng nứt, trứng non vỏ. Cần dây chuyền rửa, soi đèn, loại trứng lỗi và phân cỡ theo khối lượng trước khi "
        "đóng khay.",
        {"kUo080": 2, "kUo081": 2, "kUo084": 2, "kUo082": 2, "kUo087": 1, "kUo086": 1, "kUo083": 1},
    ),
    (
        "kUn30",
        "en",
        "gisborne",
        "Egg grading machine for a cooperative",
        "Our egg cooperative in Binh Tan (Vinh Long) grades about a million eggs a month by hand. We want a machine that "
        "grades about 660 dozen eggs an hour into six sizes, with vacuum loading so staff no longer lift each egg.",
        {"kUo081": 2, "kUo087": 1, "kUo082": 1, "kUo080": 1, "kUo083": 1},
    ),
    (
        "kUn31",
        "vi",
        "candle_xzhbc",
        "Can den soi trung phat hien trung nut, dom mau",
        "Toi thu mua trung ga, trung vit o Cau Ke (Tra Vinh) giao cho quan an va tiem banh. Khach phan nan trung co dom mau, "
        "vet nut nho, trung cu. Can den soi hoac thiet bi soi trung nhanh de loai trung loi truoc khi giao.",
        {"kUo083": 2, "kUo082": 2, "kUo080": 1, "kUo087": 1, "kUo090": 1},
    ),
    (
        "kUn32",
        "en",
        "lumfarm",
        "Affordable egg washer for a small layer farm",
        "We keep laying hens in Tieu Can (Tra Vinh) and now wash around 150 eggs a day one by one with a brush and spray "
        "bottle, which takes hours when we fall behind. We need an affordable washing method or small machine that "
        "cleans eggs without soaking them.",
        {"kUo080": 2, "kUo086": 2, "kUo084": 1, "kUo081": 1},
    ),
    (
        "kUn33",
        "vi",
        "trung_danviet",
        "Kế hoạch an toàn, phòng vệ thực phẩm cho đại lý trứng",
        "Đại lý của chúng tôi ở Bình Minh (Vĩnh Long) mua trứng gà, trứng vịt của nông dân với giá 21.000-24.000 đồng/chục "
        "để cung cấp cho siêu thị. Siêu thị yêu cầu có kế hoạch bảo đảm an toàn và phòng vệ thực phẩm tại kho sơ chế trứng. "
        "Cần người hướng dẫn xây dựng.",
        {"kUo085": 2, "kUo084": 1},
    ),
    # --- eggs: coating and storage ---
    (
        "kUn34",
        "vi",
        "trung_3fviet",
        "Giữ trứng vịt tươi 2-3 tuần khi không có kho lạnh",
        "Tôi thu gom trứng vịt ở Trà Ôn (Vĩnh Long); khi giá thấp (17.000-23.000 đồng/chục) phải trữ 2-3 tuần chờ giá, "
        "nhưng không có kho lạnh, trứng hao nước, lòng trắng loãng. Cần cách phủ hoặc xử lý vỏ rẻ tiền để trứng giữ chất "
        "lượng ở nhiệt độ phòng.",
        {"kUo094": 2, "kUo095": 2, "kUo093": 2, "kUo096": 2, "kUo097": 2, "kUo092": 1},
    ),
    (
        "kUn35",
        "en",
        "egg_oil_cr",
        "Keeping eggs grade AA for months in cold storage",
        "We are an egg trader in Vinh Long city building stock for Tet and want eggs held 3-4 months in a cold room to "
        "keep top grade with little weight loss. Trials elsewhere dipped eggs in mineral oil or palm and soybean olein "
        "and drained them for 6 hours before storage. We need a proven coating-plus-refrigeration protocol.",
        {"kUo092": 2, "kUo093": 2, "kUo097": 1, "kUo094": 1, "kUo095": 1, "kUo153": 1, "kUo096": 1},
    ),
    # --- salted eggs ---
    (
        "kUn36",
        "vi",
        "vitchaydong",
        "Rút ngắn thời gian muối, lòng đỏ trứng muối đều màu",
        "Cơ sở trứng muối ở Trà Ôn (Vĩnh Long) mua trứng vịt chạy đồng to quả khoảng 3.100-3.200 đồng/quả để làm trứng muối, "
        "lòng đỏ cho mùa bánh Trung thu và xuất khẩu. Lòng đỏ ra không đều màu, thời gian muối dài. Cần quy trình muối chuẩn "
        "và cách rút ngắn thời gian.",
        {"kUo098": 2, "kUo099": 2, "kUo100": 2, "kUo101": 2, "kUo102": 1},
    ),
    (
        "kUn37",
        "en",
        "askvity_salted",
        "Salted duck eggs sold peeled and vacuum-packed",
        "Our Khmer women's group in Tra Cu (Tra Vinh) collects about 2,000 duck eggs a week. We want to make salted "
        "duck eggs, either soaked in brine or packed in salted charcoal paste, and sell them peeled and vacuum-packed "
        "to shops.",
        {"kUo099": 2, "kUo101": 2, "kUo102": 2, "kUo098": 1, "kUo100": 1},
    ),
    (
        "kUn38",
        "vi",
        "dearjuneberry",
        "Trứng muối bị quá mặn, cần cách muối vừa mặn",
        "Chúng tôi làm trứng vịt muối ở Càng Long (Trà Vinh) nhưng khách chê lòng trắng quá mặn, ăn không hết phải bỏ. Muốn "
        "cách muối khô hoặc ngâm nước muối sao cho trứng ít mặn hơn mà vẫn không hư, lòng đỏ vẫn đỏ, có dầu.",
        {"kUo102": 2, "kUo101": 1, "kUo098": 1, "kUo099": 1},
    ),
    # --- century eggs ---
    (
        "kUn39",
        "vi",
        "bacthao_kt",
        "Làm trứng bắc thảo khi trứng vịt rớt giá",
        "Nhà tôi nuôi vịt chạy đồng ở Tiểu Cần (Trà Vinh); có lúc trứng chỉ bán 1.800-2.000 đồng/quả, trong khi trứng bắc "
        "thảo bán 8.000-10.000 đồng/quả. Muốn học làm trứng bắc thảo (ủ đất sét, tro, vôi hoặc ngâm dung dịch 2-5 tháng) an "
        "toàn, đúng kỹ thuật.",
        {"kUo104": 2, "kUo105": 2, "kUo106": 2, "kUo107": 2},
    ),
    (
        "kUn40",
        "en",
        "pidan_health",
        "Lead-free recipe for our century eggs",
        "Buyers of our century eggs in Vinh Long ask whether they contain lead, since traditional recipes add lead oxide "
        "to lime and soda ash to speed curing. We want a lead-free recipe and advice on keeping heavy metals low.",
        {"kUo104": 2, "kUo107": 2, "kUo105": 1, "kUo106": 1},
    ),
    # --- egg products ---
    (
        "kUn41",
        "en",
        "eggpowder_bakery",
        "Whole egg powder for cake makers",
        "Bakeries in Tra Vinh city use fresh eggs for sponge cakes and custards and ask us for a dried whole egg powder "
        "that keeps foaming and emulsifying properties. We are a poultry farm group and want a spray-drying process "
        "sized for our eggs.",
        {"kUo109": 2, "kUo111": 2, "kUo110": 1, "kUo108": 1},
    ),
    (
        "kUn42",
        "vi",
        "askvity_powder",
        "Làm bột lòng trắng trứng bán cho lò bánh",
        "Hợp tác xã gà đẻ ở Càng Long (Trà Vinh) thường dư trứng lúc giá thấp. Lò bánh và cửa hàng thực phẩm hỏi mua bột "
        "lòng trắng trứng vì để lâu, không phải tách trứng, dùng đồng đều. Cần quy trình tách lòng trắng, phun sương vào "
        "buồng khí nóng để sấy thành bột và thiết bị phù hợp quy mô hợp tác xã.",
        {"kUo111": 2, "kUo109": 2, "kUo110": 1, "kUo108": 1},
    ),
    (
        "kUn43",
        "vi",
        "longdo_tm",
        "Tận dụng vỏ trứng từ xưởng lòng đỏ trứng muối",
        "Xưởng lòng đỏ trứng muối của chúng tôi ở Trà Ôn (Vĩnh Long) rửa, đập và tách lòng đỏ hàng chục nghìn trứng vịt mỗi "
        "tuần, thải ra rất nhiều vỏ trứng còn dính màng. Muốn tìm công nghệ biến vỏ trứng thành sản phẩm có giá trị.",
        {"kUo112": 2},
    ),
    # --- milk collection and cooling ---
    (
        "kUn44",
        "vi",
        "taivan_sua",
        "Lập điểm thu mua sữa có bồn làm lạnh",
        "Nhóm 40 hộ nuôi bò sữa ở Trà Cú (Trà Vinh), mỗi hộ vài con, hiện tự chở bình 20 kg sữa đi xa để bán giá khoảng "
        "12.500 đồng/kg, sữa hay bị từ chối vì thử cồn kết tủa. Muốn lập điểm thu mua ngay trong ấp, có lọc, bồn làm lạnh "
        "sữa xuống khoảng 2°C và quy trình nhận sữa.",
        {"kUo113": 2, "kUo114": 2, "kUo117": 2, "kUo120": 2, "kUo118": 1, "kUo119": 1, "kUo126": 1},
    ),
    (
        "kUn45",
        "en",
        "evergrowth",
        "Milk chilling that works through power cuts",
        "Our dairy cooperative in Vung Liem (Vinh Long) has about 300 cows; a neighbouring cooperative grew to over "
        "11,000 cows and 15 tonnes of milk a day. Power cuts in the afternoon leave evening milk warm for hours. We "
        "need milk chilling that does not depend on a steady grid or a diesel generator.",
        {"kUo115": 2, "kUo116": 2, "kUo114": 1, "kUo119": 1, "kUo120": 1},
    ),
    (
        "kUn46",
        "vi",
        "bosua_tiengiang",
        "May lam lanh sua tai nha cho ho nuoi bo sua",
        "Nha toi o Cau Ke (Tra Vinh) nuoi 3 con bo sua, moi con 15-20 kg sua/ngay. Cho sua 10 km toi diem thu mua thi sua "
        "hay bi chua, cong ty tra gia re. Can may hoac bon lam lanh sua nho dat tai nha, gia vua phai.",
        {"kUo119": 2, "kUo116": 1, "kUo117": 1, "kUo113": 1, "kUo120": 1, "kUo130": 1},
    ),
    (
        "kUn47",
        "en",
        "friesland",
        "Fair testing of fat and added water at our collection point",
        "Our collection point in Cau Ke (Tra Vinh) sells to a dairy that pays about 9,220 VND/kg including bonuses for "
        "quality and volume. Farmers dispute our readings of fat and of added water. We need reliable tests and a "
        "transparent quality-based payment scheme.",
        {"kUo124": 2, "kUo125": 2, "kUo126": 2, "kUo128": 1, "kUo129": 1, "kUo117": 1},
    ),
    (
        "kUn48",
        "vi",
        "bavi_bosua",
        "Kiểm tra nhanh sữa từng hộ tại điểm thu mua",
        "Hợp tác xã bò sữa ở Long Hồ (Vĩnh Long) thu sữa của nhiều hộ nhỏ; có lúc giá sữa thấp, hộ pha nước hoặc giao sữa bò "
        "đang bị viêm vú làm cả bồn bị trả về. Cần bộ dụng cụ và hướng dẫn kiểm tra nhanh từng can sữa (pha nước, chua, viêm "
        "vú) ngay khi nhận.",
        {"kUo126": 2, "kUo127": 2, "kUo128": 2, "kUo124": 2, "kUo129": 1},
    ),
    (
        "kUn49",
        "en",
        "thongnhat",
        "Clean milking routine to cut bacteria and mastitis",
        "Our farm in Tra Cu (Tra Vinh) milks 60 cows. Large farms disinfect teats before milking and send milk straight "
        "into chilled storage, delivering to the factory within 24 hours; our counts are high and we lose bonuses. We "
        "need a practical hygiene routine for milkers and equipment.",
        {"kUo130": 2, "kUo118": 1, "kUo129": 1, "kUo126": 1},
    ),
    # --- pasteurising ---
    (
        "kUn50",
        "vi",
        "phudong",
        "Tự thanh trùng, đóng chai sữa tươi bán tại địa phương",
        "Hợp tác xã bò sữa ở Long Hồ (Vĩnh Long) muốn như một hợp tác xã ở Gia Lâm: thay vì chỉ bán sữa nguyên liệu, tự làm "
        "sữa thanh trùng, sữa chua để bán tại chỗ (một hộ 5 con bò cho khoảng 55 kg sữa/ngày). Cần thiết bị thanh trùng cỡ "
        "nhỏ và quy trình đóng chai.",
        {"kUo131": 2, "kUo133": 2, "kUo134": 2, "kUo135": 1, "kUo132": 1, "kUo136": 1},
    ),
    (
        "kUn51",
        "en",
        "de_gmilk",
        "Small pasteuriser for a goat milk farm",
        "We sell 60-70 litres of raw goat milk a day from our farm in Long Ho (Vinh Long), about 25,000 VND per 200 ml "
        "bottle in the city. Customers now ask for pasteurised milk. We need a small batch pasteuriser and bottling "
        "routine.",
        {"kUo131": 2, "kUo133": 2, "kUo132": 1, "kUo135": 1, "kUo134": 1, "kUo136": 1},
    ),
    (
        "kUn52",
        "en",
        "batch_medindia",
        "Moving from vat pasteurising to a continuous HTST unit",
        "Our dairy in Binh Minh (Vinh Long) pasteurises in a jacketed vat at 65°C for 30 minutes, never above 68°C so the "
        "cream line is kept. Volume has grown to about 2,500 litres a day and batches take too long. We want a continuous "
        "plate unit with heat regeneration.",
        {"kUo132": 2, "kUo133": 2, "kUo135": 1, "kUo131": 1, "kUo134": 1},
    ),
    # --- yoghurt ---
    (
        "kUn53",
        "vi",
        "yog_ext",
        "Sữa chua lúc đặc lúc lỏng, tách nước, chua gắt",
        "Cơ sở sữa chua ở TP Trà Vinh làm khoảng 300 hũ/ngày; mẻ thì đặc, mẻ thì lỏng, tách nước và chua gắt sau vài ngày. "
        "Chúng tôi biết vi khuẩn sữa chua chết trên 54°C và phát triển kém dưới 37°C nhưng chưa kiểm soát được. Cần quy trình "
        "chuẩn và men giống ổn định.",
        {"kUo144": 2, "kUo146": 2, "kUo149": 2, "kUo145": 2, "kUo148": 1, "kUo150": 1, "kUo147": 1},
    ),
    (
        "kUn54",
        "en",
        "de_ngocdao",
        "Goat milk yoghurt and dried yoghurt snacks",
        "A woman farmer in the Mekong turned 12 does and 3 bucks fed on jackfruit, banana and maize by-products into three "
        "OCOP goat milk products. Our household in Cang Long (Tra Vinh) also keeps dairy goats and wants to make goat "
        "milk yoghurt and a dried yoghurt snack with local fruit flavours.",
        {"kUo145": 2, "kUo151": 2, "kUo144": 1, "kUo149": 1, "kUo148": 1, "kUo146": 1},
    ),
    (
        "kUn55",
        "vi",
        "amis_yog",
        "Muon mo co so sua chua nho can dieu kien gi",
        "Toi o Vung Liem (Vinh Long) muon mo co so lam sua chua tu sua tuoi va sua dac ban cho truong hoc, quan an. Can biet "
        "dieu kien nha xuong, giay chung nhan an toan thuc pham, ho so can lam va nen san xuat loai sua chua nao.",
        {"kUo147": 2, "kUo146": 1, "kUo145": 1, "kUo148": 1, "kUo150": 1, "kUo162": 1},
    ),
    (
        "kUn56",
        "en",
        "yog_helene",
        "Starter culture with low post-acidification",
        "We make yoghurt in Vinh Long city, pasteurising milk at about 85°C for 30 minutes in a jacketed pot and cooling "
        "it to 40-45°C. Our yoghurt keeps souring in the shop fridge. We want to buy a reliable starter culture that "
        "acidifies fast and does not keep acidifying after cooling.",
        {"kUo149": 2, "kUo144": 1, "kUo150": 1},
    ),
    (
        "kUn57",
        "vi",
        "de_dongnghi_gov",
        "Sấy thăng hoa sữa dê làm quà đặc sản",
        "Hộ nuôi dê sữa ở Trà Ôn (Vĩnh Long) có khoảng 100 lít sữa/ngày, bán tươi không hết. Thấy một hợp tác xã ở Tiền "
        "Giang đã sấy thăng hoa thành công các sản phẩm từ sữa dê. Muốn được chuyển giao mô hình và công nghệ sấy thăng hoa "
        "sữa dê.",
        {"kUo151": 2},
    ),
    # --- cold storage and cold chain ---
    (
        "kUn58",
        "vi",
        "vietbao",
        "Kho mát giữ thịt heo qua đêm cho lò mổ",
        "Lò mổ của chúng tôi ở Mang Thít (Vĩnh Long) mổ buổi tối, giao thịt cho chợ sáng sớm; thịt tươi cần giữ khoảng 3°C "
        "mà hiện chỉ có vài tủ đông gia đình. Cần kho mát khoảng 2 tấn thịt, nhiệt độ ổn định.",
        {"kUo153": 2, "kUo154": 2, "kUo155": 2, "kUo156": 1},
    ),
    (
        "kUn59",
        "en",
        "bonded_kholanh",
        "Shared walk-in cold room for market butchers",
        "Butchers at the central market in Tra Vinh city each keep small chest freezers and cut carcasses into pieces "
        "to fit them. We want a shared walk-in cold room sized from the meat volume we store, able to keep running "
        "through power cuts, ideally on solar power.",
        {"kUo155": 2, "kUo156": 2, "kUo153": 1, "kUo154": 1},
    ),
    (
        "kUn60",
        "en",
        "tempcontrol",
        "Chilled delivery of sausages and pork rolls to Ho Chi Minh City",
        "We ship cha lua and sausages from Tra Vinh to Ho Chi Minh City, a 5-6 hour trip. Meat spoils fast above 4°C and "
        "customers want proof the cold chain held. We need a refrigerated truck body and temperature logging.",
        {"kUo157": 2, "kUo158": 2, "kUo159": 2, "kUo153": 1},
    ),
    (
        "kUn61",
        "vi",
        "cargodata",
        "Giám sát nhiệt độ xe lạnh chở thịt",
        "Cơ sở phân phối thịt ở Vĩnh Long có hai xe lạnh nhưng vẫn bị trả hàng vì nhiệt độ thùng lúc cao lúc thấp do nắng, "
        "mở cửa nhiều lần, tài xế ghi sổ sai. Cần thiết bị ghi và theo dõi nhiệt độ liên tục trên xe.",
        {"kUo158": 2, "kUo157": 1, "kUo159": 1},
    ),
    # --- further needs ---
    (
        "kUn62",
        "en",
        "issuhub_haccp",
        "HACCP plan for a cooked ham and pork roll plant",
        "Our plant in Binh Minh (Vinh Long) injects, tumbles, moulds, cooks and vacuum-packs hams and pork rolls. A "
        "supermarket chain asks for a HACCP plan covering raw materials, brine, cooking, cooling and storage. We need a "
        "consultant and model plans.",
        {"kUo057": 2, "kUo056": 2, "kUo058": 2, "kUo066": 1},
    ),
    (
        "kUn63",
        "en",
        "delightedcooking",
        "A shared poultry plant for duck farmers",
        "Several duck farms in Tra On (Vinh Long) are too small to run their own processing. We want to pool resources "
        "in a cooperative poultry plant that slaughters, plucks, eviscerates and packs whole birds and parts, with scraps "
        "sent to rendering.",
        {"kUo012": 2, "kUo013": 2, "kUo014": 2, "kUo015": 1, "kUo016": 1, "kUo009": 1},
    ),
    (
        "kUn64",
        "vi",
        "bsf_pashudhan",
        "Dùng huyết heo lò mổ làm thức ăn cho cá, gà",
        "Lò mổ heo của tôi ở Cầu Kè (Trà Vinh) dư huyết mỗi ngày, trong khi thức ăn chăn nuôi ngày càng đắt. Muốn biến huyết "
        "thành nguồn đạm cho ao cá, đàn gà của gia đình (làm bột huyết hoặc nuôi ấu trùng ruồi lính đen).",
        {"kUo017": 2, "kUo021": 2, "kUo019": 2, "kUo018": 2, "kUo020": 1, "kUo025": 1, "kUo026": 1},
    ),
    (
        "kUn65",
        "en",
        "lard_keppers",
        "Selling lard and using surplus pork fat",
        "Our pork processing site in Vung Liem (Vinh Long) accumulates fat trimmings. We want to render them at low "
        "temperature into clean lard for jars and cracklings, and find buyers for lower-grade fat such as soap or "
        "biodiesel makers.",
        {"kUo027": 2, "kUo028": 2, "kUo024": 1, "kUo025": 1, "kUo026": 1},
    ),
    (
        "kUn66",
        "vi",
        "mdpi_nigeria",
        "Đánh giá tiềm năng biogas và phân bón từ chất thải lò mổ",
        "Lò mổ trâu bò, heo ở Bình Minh (Vĩnh Long) thải phân, chất chứa dạ cỏ, máu và nước rửa; chúng tôi muốn biết lượng "
        "chất thải có đủ để làm hầm biogas và phân bón hữu cơ không trước khi đầu tư. Cần đơn vị đo, tính toán tiềm năng.",
        {"kUo047": 2, "kUo050": 2, "kUo046": 1, "kUo048": 1, "kUo049": 1, "kUo044": 1},
    ),
    (
        "kUn67",
        "vi",
        "virtualmuseum",
        "Mua bồn làm lạnh sữa 500 lít cho tổ hợp tác",
        "Tổ hợp tác bò sữa ở Càng Long (Trà Vinh) muốn mua một bồn inox làm lạnh có cánh khuấy chứa được sữa hai ngày của các "
        "thành viên, khoảng 500 lít, để xe công ty đến lấy hai ngày một lần.",
        {"kUo114": 2, "kUo120": 2, "kUo119": 2, "kUo116": 1, "kUo113": 1},
    ),
    (
        "kUn68",
        "en",
        "saltaway",
        "Hides rotting in the rainy season",
        "Slaughter points in Tra Cu (Tra Vinh) sell buffalo and cattle hides, but in the rainy season hides left a day "
        "or two start to rot before the trader comes. We need on-site salting or drying methods and a tannery willing to "
        "buy cured hides.",
        {"kUo036": 2, "kUo037": 2, "kUo035": 2, "kUo043": 2},
    ),
    (
        "kUn69",
        "en",
        "pidan_piglix",
        "Shortening century egg curing",
        "We cure duck eggs in clay, ash, salt, quicklime and rice hulls for several weeks until the white turns to dark "
        "jelly and the pH reaches about 9-12. Our workshop in Tieu Can (Tra Vinh) needs a faster, more uniform method to "
        "meet orders.",
        {"kUo105": 2, "kUo104": 1, "kUo106": 1, "kUo107": 1},
    ),
    (
        "kUn70",
        "vi",
        "th4_gelatin",
        "Làm gelatin thực phẩm từ bì heo",
        "Cơ sở sơ chế thịt heo ở Vũng Liêm (Vĩnh Long) dư nhiều bì heo. Muốn chiết gelatin thực phẩm (ngâm axit, chiết nước "
        "nóng khoảng 60°C, lọc, sấy chân không) để bán cho cơ sở làm kẹo, sữa chua.",
        {"kUo041": 2, "kUo038": 2, "kUo039": 1, "kUo040": 1},
    ),
    (
        "kUn71",
        "en",
        "house_siam",
        "Steady supply of salted yolks for mooncakes",
        "Our bakery in Vinh Long city makes mooncakes and buys salted duck eggs, but only needs the yolks and the "
        "whites are wasted; eggs cured by brine or salted charcoal also vary. We want a process to make salted yolks "
        "directly, or a supplier who does.",
        {"kUo098": 2, "kUo099": 1, "kUo100": 1, "kUo101": 1},
    ),
    (
        "kUn72",
        "en",
        "farmfood360",
        "Chilled collection for a goat milk cooperative",
        "Our dairy goat cooperative in Tra On (Vinh Long) gathers about 150 litres a day from ten member farms in cans. "
        "We need a refrigerated stainless bulk tank and a collection routine (temperature, odour and sample checks) so a "
        "processor can pick up every few days.",
        {"kUo113": 2, "kUo114": 2, "kUo120": 2, "kUo117": 2, "kUo116": 1, "kUo118": 1},
    ),
    (
        "kUn73",
        "en",
        "bsf_discovery",
        "Low-cost on-site treatment of slaughter blood",
        "Blood from our slaughter point in Tieu Can (Tra Vinh) is biologically unstable and nutrient-rich; dumping it "
        "pollutes the canal and there is no renderer nearby. We need a simple on-site way to stabilise and use it.",
        {"kUo020": 2, "kUo019": 2, "kUo017": 1, "kUo018": 1, "kUo021": 2, "kUo022": 1, "kUo025": 1, "kUo026": 1},
    ),
    (
        "kUn74",
        "en",
        "dangermencooking",
        "Salted eggs that never got salty",
        "We tried salting duck eggs in Cau Ke (Tra Vinh) by rolling them in strong liquor and fine salt and wrapping "
        "them in film; after 21 days they tasted unsalted. We want a reliable salting method and simple checks on salt "
        "uptake.",
        {"kUo099": 2, "kUo102": 2, "kUo101": 1, "kUo098": 1, "kUo100": 1},
    ),
    (
        "kUn75",
        "en",
        "lx_soha",
        "Collagen casings instead of dried pig intestines",
        "Our lap xuong line in Tra Vinh city stuffs meat into dried pig intestines bought from traders; supply and size "
        "vary. We want to switch to collagen casings or learn how they are made.",
        {"kUo040": 2, "kUo039": 1, "kUo038": 1, "kUo053": 1},
    ),
]
