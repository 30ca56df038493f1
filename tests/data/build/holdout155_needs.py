"""Needs for holdout155 (rice wine, distilled spirits, small breweries and wineries), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly relevant.
"""

NEEDS = [
    # --- yeast cakes and starters ---
    (
        "oAn01",
        "vi",
        "xuanthanh_pbgdpl",
        "Cần chế phẩm men ổn định cho rượu nếp làng nghề",
        "Cơ sở chúng tôi ở xã Hòa Thuận, Châu Thành nấu rượu nếp theo cách gia truyền: nếp chín để còn ấm trộn với nhiều "
        "loại men (14 loại men, 48 dòng nấm mốc, 35 dòng nấm men), ủ kín 3 ngày, thêm nước ủ thêm 3 ngày rồi chưng cất, cho "
        "rượu trắng 50–55 độ. Men mua và tự phối nên mỗi mẻ một khác, có mẻ rượu ít và chua. Cần men thuần chủng hoặc chế "
        "phẩm men ổn định, giữ được hương rượu truyền thống.",
        {"oAo004": 2, "oAo003": 2, "oAo002": 2, "oAo001": 2, "oAo008": 1, "oAo007": 1, "oAo009": 1, "oAo011": 1},
    ),
    (
        "oAn02",
        "en",
        "tf_ricewine",
        "Defined starter for purple glutinous rice wine",
        "Our cooperative in Cầu Kè makes purple glutinous rice wine at household scale with solid starter tablets bought "
        "at the market, under rather uncontrolled conditions. Colour and flavour vary from batch to batch and some batches "
        "turn sour. We want a defined starter (mould plus yeast) that keeps for several months and gives the red-brown "
        "colour and rich aroma customers expect.",
        {"oAo002": 2, "oAo004": 2, "oAo003": 1, "oAo008": 1, "oAo007": 1, "oAo001": 1},
    ),
    (
        "oAn03",
        "vi",
        "menla_top5",
        "Can hoc lam men la de nau ruou men la cho du lich",
        "Nhom ho dong bao Khmer o Tra Cu muon nau ruou men la nhe do, thom thao moc de ban cho khach du lich. Chung toi "
        "chua biet lam banh men la tu cay thuoc nam, cung khong biet mua men la o dau cho dung. Can lop huong dan lam men "
        "la, tu van phoi la thuoc va noi cung cap men la chuan.",
        {"oAo005": 2, "oAo010": 2, "oAo006": 2, "oAo001": 1, "oAo007": 1},
    ),
    (
        "oAn04",
        "en",
        "ifrj_review",
        "Find out what is in our good and bad starter cakes",
        "We distil rice spirit in Tiểu Cần and buy starter cakes from different makers. Some cakes give good yields, "
        "others stall or sour the mash, and we cannot tell them apart by looking. We need a laboratory that can identify "
        "the moulds, yeasts and bacteria in each cake so we can pick reliable mother cakes or switch to a defined starter.",
        {"oAo007": 2, "oAo001": 1, "oAo002": 1, "oAo003": 1, "oAo004": 1},
    ),
    (
        "oAn05",
        "en",
        "ethanol_ctu_thesis",
        "Weak yeast, sour and low yield in the hot season",
        "Our rice wine workshop in Càng Long reaches 35°C in the dry season. The mash ferments too fast, then stops; the "
        "wine turns sour and yield drops sharply. We need a heat-tolerant yeast strain and guidance on temperature and pH "
        "during fermentation so that the hot months stay stable.",
        {"oAo009": 2, "oAo015": 2, "oAo016": 1, "oAo021": 1, "oAo145": 1, "oAo003": 1},
    ),
    (
        "oAn06",
        "en",
        "nau_ruou_gao",
        "Higher spirit yield per kilo of rice, less aldehyde",
        "Our family group in Vũng Liêm cooks glutinous and plain rice, ferments it with market starter and distils. We "
        "get barely one litre of weak spirit per kilo of rice and customers complain of headaches. We are looking for a "
        "better starter and fermentation method that raises yield and lowers aldehydes in the distillate.",
        {"oAo003": 2, "oAo004": 2, "oAo002": 1, "oAo011": 1, "oAo008": 1, "oAo015": 1, "oAo001": 1},
    ),
    (
        "oAn07",
        "en",
        "menla_top5",
        "Revive herbal starter cakes for our own brand",
        "Our cooperative in Tam Bình wants its rice wine to have its own herbal character instead of using anonymous "
        "market yeast. We would like members trained to make starter cakes from medicinal herbs and leaves themselves, "
        "and advice on the herb recipe and how to judge a good cake.",
        {"oAo005": 2, "oAo006": 2, "oAo010": 1, "oAo004": 1, "oAo020": 1},
    ),
    (
        "oAn08",
        "vi",
        "ifrj_review",
        "Quy trình sản xuất men rượu đóng gói để bán",
        "Hợp tác xã ở Trà Ôn muốn sản xuất men rượu đóng gói bán cho các hộ nấu rượu trong vùng, thay cho bánh men trôi "
        "nổi. Cần quy trình làm men từ chủng mốc và nấm men xác định, dạng hạt hoặc dạng bột, giữ hoạt tính vài tháng và "
        "có số liệu hiệu suất rượu để giới thiệu cho khách.",
        {"oAo004": 2, "oAo002": 2, "oAo003": 2, "oAo007": 1, "oAo001": 1, "oAo009": 1, "oAo005": 1},
    ),
    # --- fermentation control ---
    (
        "oAn09",
        "vi",
        "temp_sensor_ambasense",
        "Làm mát thùng lên men vang trái cây trong xưởng nóng",
        "Cơ sở vang nhỏ ở Long Hồ lên men dịch trái cây trong thùng inox 1.000 lít, xưởng nóng tới 32°C. Dịch lên men nóng "
        "lên, mất hương, có mẻ nồng mùi dung môi. Cần giải pháp làm mát (áo lạnh, máy làm lạnh, bộ điều khiển) cho vài thùng.",
        {"oAo016": 2, "oAo017": 2, "oAo018": 2, "oAo021": 1, "oAo015": 1, "oAo145": 1},
    ),
    (
        "oAn10",
        "vi",
        "ruou_truyenthong_cn",
        "Rượu ủ trong lu bị chua, nhiễm men dại",
        "Chúng tôi ở Cầu Ngang ủ cơm rượu nếp trong lu sành. Mùa nóng nhiều lu bị chua, có mùi lạ, có lẽ nhiễm men dại và "
        "vi khuẩn. Cần hướng dẫn kiểm soát nhiệt độ và pH khi lên men, và chủng men mạnh chịu được nóng.",
        {"oAo015": 2, "oAo009": 2, "oAo016": 1, "oAo018": 1, "oAo145": 1, "oAo021": 1, "oAo011": 1, "oAo008": 1},
    ),
    (
        "oAn11",
        "en",
        "fruitwine_review",
        "Pineapple wine fermentation stopped half way",
        "Our start-up in Trà Vinh ferments pineapple must; the latest batch stopped with sugar still left and the airlock "
        "is quiet. We need help to find out why (temperature, nutrients, yeast) and a safe way to restart it, plus a plan "
        "to prevent it next time.",
        {"oAo145": 2, "oAo146": 2, "oAo015": 1, "oAo073": 1, "oAo075": 1},
    ),
    (
        "oAn12",
        "vi",
        "lenmen_yeuto",
        "Theo dõi nhiệt độ thùng ủ tự động, báo qua điện thoại",
        "Cơ sở rượu ở Duyên Hải có 12 thùng ủ, phải đo nhiệt độ bằng tay nhiều lần mỗi ngày. Muốn lắp cảm biến đo liên tục, "
        "cảnh báo khi nóng quá và nếu được thì tự điều chỉnh làm mát cho từng thùng.",
        {"oAo021": 2, "oAo018": 2, "oAo016": 1, "oAo015": 1},
    ),
    (
        "oAn13",
        "en",
        "yeast_kettleheads",
        "Lager needs cold fermentation; ales taste of banana and solvent",
        "We run a small brewery in Vĩnh Long city without any cooling. Our lager cannot be fermented cold enough and our "
        "ales come out with banana and solvent notes. We need fermentation temperature control and advice on yeast and "
        "the right temperature for each style.",
        {"oAo016": 2, "oAo091": 2, "oAo093": 1, "oAo021": 1, "oAo092": 1, "oAo017": 1},
    ),
    (
        "oAn14",
        "vi",
        "ruou_thoc_tq",
        "Nho tu van chuan hoa quy trinh len men ruou nep",
        "Co so nho o Tieu Can nau ruou nep theo kinh nghiem, moi nguoi lam mot kieu nen chat luong khong deu. Can chuyen "
        "gia ve tu van chuan hoa quy trinh: luong men, nhiet do, pH, thoi gian u, ve sinh, de ruou on dinh quanh nam.",
        {"oAo015": 2, "oAo008": 2, "oAo011": 2, "oAo020": 1, "oAo019": 1, "oAo022": 1},
    ),
    # --- distillation equipment ---
    (
        "oAn15",
        "en",
        "xuanthanh_pbgdpl",
        "Replace our wood-fired handmade still with a multi-fuel still",
        "Our craft village still distils in handmade wood-fired pots, where the fire must be watched all the time so the "
        "spirit runs drop by drop; it costs a lot of wood and labour. We want a multi-purpose still that can burn rice husk "
        "or wood, or run on electricity, is easy to operate and keeps the flavour of the spirit.",
        {"oAo023": 2, "oAo025": 1, "oAo024": 1, "oAo031": 1, "oAo029": 1},
    ),
    (
        "oAn16",
        "vi",
        "pot_column_hotel",
        "Cần tháp chưng cất để có rượu nền sạch, độ cao",
        "Cơ sở rượu ở Cầu Kè muốn sản xuất rượu nền sạch, độ cao để pha rượu mùi trái cây, tách rõ rượu đầu, rượu giữa, "
        "rượu cuối. Nồi hiện tại cho rượu yếu, không đều. Cần tháp chưng cất hồi lưu và tư vấn chọn công suất.",
        {"oAo026": 2, "oAo027": 2, "oAo028": 2, "oAo029": 2, "oAo030": 1, "oAo031": 1, "oAo023": 1},
    ),
    (
        "oAn17",
        "vi",
        "noi_tuche",
        "Thiết bị chưng cất vừa sạch rượu vừa giữ hương nếp",
        "Cơ sở rượu nếp ở Long Hồ muốn nâng cấp thiết bị chưng cất: có cột hồi lưu để rượu sạch tạp chất hơn nhưng vẫn giữ "
        "được hương nếp đặc trưng, có thể chuyển đổi giữa chưng cất đơn giản và tinh luyện.",
        {"oAo028": 2, "oAo027": 2, "oAo026": 2, "oAo031": 1, "oAo023": 1, "oAo024": 1},
    ),
    (
        "oAn18",
        "en",
        "nhan_tvpl",
        "Measure alcohol strength accurately for labels and blending",
        "Our Khmer cooperative in Trà Cú must print the alcohol content on the label and blend batches to a fixed "
        "strength, but our readings vary with the weather. We need accurate instruments and a method to correct readings "
        "for temperature.",
        {"oAo147": 2, "oAo148": 2, "oAo157": 1, "oAo115": 1},
    ),
    (
        "oAn19",
        "vi",
        "nau_ruou_gao",
        "Tự đóng nồi nấu rượu nhỏ an toàn, chi phí thấp",
        "Hộ nấu rượu ở Mang Thít muốn tự đóng hoặc mua nồi nấu rượu nhỏ, kín hơi, an toàn, giá rẻ để nấu vài chục ký gạo "
        "mỗi ngày.",
        {"oAo025": 2, "oAo023": 2, "oAo024": 1, "oAo037": 1, "oAo027": 1},
    ),
    (
        "oAn20",
        "en",
        "con_tuyetdoi_tdu",
        "Training on batch and continuous rectification before investing",
        "A Trà Vinh company is considering a rectification unit to make neutral alcohol for blending liqueurs. Before "
        "buying equipment our staff need training on batch, semi-continuous and continuous distillation and the choice "
        "between pot and column stills.",
        {"oAo031": 2, "oAo030": 2, "oAo026": 2, "oAo029": 1, "oAo028": 1},
    ),
    (
        "oAn21",
        "vi",
        "thuy_thuong",
        "Can mua noi nau ruou bang dong",
        "Co so o Chau Thanh muon mua noi dong chung cat ruou truyen thong de giu huong vi ruou nep, nhung nghe noi noi "
        "dong de sinh andehit. Can noi ban noi dong va tu van su dung cho an toan.",
        {"oAo023": 2, "oAo041": 1, "oAo030": 1, "oAo024": 1},
    ),
    # --- methanol and aldehyde: removal and testing ---
    (
        "oAn22",
        "vi",
        "methanol_memart",
        "Cần quy trình và thiết bị loại bỏ methanol, andehit trong rượu",
        "Sau các vụ ngộ độc rượu, khách hàng e ngại rượu nấu thủ công. Cơ sở chúng tôi ở thành phố Trà Vinh muốn chưng cất "
        "đúng cách để tách bỏ methanol, andehit (bỏ rượu đầu, rượu cuối), hoặc đầu tư máy lọc khử độc tố sau khi nấu.",
        {
            "oAo038": 2,
            "oAo039": 2,
            "oAo161": 2,
            "oAo041": 2,
            "oAo040": 1,
            "oAo042": 1,
            "oAo052": 1,
            "oAo053": 1,
            "oAo055": 1,
        },
    ),
    (
        "oAn23",
        "en",
        "methanol_quangnam",
        "Accredited testing of methanol and aldehyde per batch",
        "Our rice spirit workshop in Châu Thành is preparing for product registration. The provincial food safety office "
        "checks samples against the white spirit standard (TCVN 7043:2013) for methanol. We need a laboratory that can "
        "test methanol, aldehydes and higher alcohols for each batch at a reasonable price.",
        {"oAo043": 2, "oAo157": 2, "oAo047": 1, "oAo048": 1, "oAo049": 1, "oAo044": 1, "oAo045": 1},
    ),
    (
        "oAn24",
        "vi",
        "methanol_kag",
        "Kiểm tra nhanh methanol ngay tại cơ sở",
        "Chúng tôi nấu rượu từ gạo và mật mía ở Cầu Kè. Gửi mẫu đi kiểm nghiệm mất nhiều ngày, trong khi rượu bán theo mẻ. "
        "Cần thiết bị hoặc phương pháp kiểm tra nhanh methanol tại chỗ cho từng mẻ, giá vừa phải.",
        {"oAo045": 2, "oAo044": 2, "oAo046": 2, "oAo043": 1, "oAo147": 1},
    ),
    (
        "oAn25",
        "en",
        "methanol_gipwin",
        "Too much aldehyde from our copper pot, customers get headaches",
        "We distil rice spirit in a copper pot in Cầu Kè. Lab results show high aldehydes and customers complain of "
        "headaches. We want a purifier or filtering step after distillation to bring aldehydes down without ruining "
        "the flavour.",
        {
            "oAo041": 2,
            "oAo039": 2,
            "oAo052": 2,
            "oAo050": 2,
            "oAo051": 1,
            "oAo056": 1,
            "oAo038": 1,
            "oAo057": 1,
            "oAo161": 1,
        },
    ),
    (
        "oAn26",
        "en",
        "vang_traicay_memart",
        "Methanol close to the limit in our fruit spirit",
        "We distil a spirit from fermented dragon fruit and pineapple trimmings in Trà Vinh. The first analyses show "
        "methanol close to the legal limit. We need advice on fermentation and distillation changes, or equipment, to "
        "bring methanol down.",
        {"oAo054": 2, "oAo055": 2, "oAo053": 2, "oAo040": 1, "oAo038": 1, "oAo045": 1},
    ),
    (
        "oAn27",
        "vi",
        "methanol_memart",
        "Lọc làm trong và êm rượu bằng than hoạt tính",
        "Tỉnh mình có nhiều than gáo dừa. Cơ sở rượu ở Tiểu Cần muốn lọc rượu qua than hoạt tính để rượu trong, êm, bớt mùi "
        "gắt; cần hướng dẫn chọn loại than, cách lọc và thiết bị lọc phù hợp.",
        {"oAo050": 2, "oAo051": 2, "oAo052": 2, "oAo056": 2, "oAo039": 1, "oAo161": 1},
    ),
    (
        "oAn28",
        "vi",
        "tcvn378_thu",
        "Xây dựng phương pháp sắc ký khí đo methanol trong rượu",
        "Trung tâm kiểm nghiệm ở Vĩnh Long nhận ngày càng nhiều mẫu rượu. Muốn tự xây dựng phương pháp sắc ký khí xác định "
        "methanol và các chất dễ bay hơi trong rượu, cần đào tạo hoặc chuyển giao phương pháp.",
        {"oAo048": 2, "oAo043": 2, "oAo049": 2, "oAo046": 1, "oAo044": 1},
    ),
    (
        "oAn29",
        "vi",
        "methanol_quangnam",
        "Tim noi kiem nghiem methanol trong ruou",
        "Co so ruou o Cang Long can gui mau kiem nghiem ham luong methanol, andehit de lam ho so cong bo chat luong. Can "
        "phong thi nghiem duoc cong nhan, tra ket qua nhanh.",
        {"oAo157": 2, "oAo043": 2, "oAo047": 1, "oAo049": 1},
    ),
    (
        "oAn30",
        "en",
        "methanol_ruouviet",
        "Why does methanol form, and how to prevent it at the start",
        "We make spirit from rice and sometimes from sugarcane molasses in Trà Cú. We want to understand what causes "
        "methanol and how to choose raw materials and fermentation conditions so that less is formed in the first place.",
        {"oAo040": 2, "oAo054": 1, "oAo015": 1, "oAo038": 1, "oAo042": 1},
    ),
    (
        "oAn31",
        "vi",
        "nd105_text",
        "Đánh giá chất lượng rượu trắng theo tiêu chuẩn để công bố",
        "Doanh nghiệp ở Vĩnh Long cần phân tích đầy đủ các chỉ tiêu rượu trắng (độ cồn, axit, este, anđehit, rượu tạp, "
        "metanol) theo phương pháp thử tiêu chuẩn để công bố chất lượng sản phẩm.",
        {"oAo157": 2, "oAo047": 1, "oAo043": 1, "oAo113": 1},
    ),
    # --- ageing ---
    (
        "oAn32",
        "en",
        "xuanthanh_haisang",
        "Launching a long-aged rice spirit line",
        "Our company in Châu Thành sells plain spirit, aged glutinous rice spirit and banana-seed spirit in 500 ml and "
        "650 ml bottles. Freshly distilled spirit is still harsh, so we want a line aged for years in clay jars, perhaps "
        "buried, and need a source of jars and ageing know-how.",
        {"oAo057": 2, "oAo059": 2, "oAo066": 2, "oAo058": 2, "oAo060": 1, "oAo061": 1, "oAo064": 1},
    ),
    (
        "oAn33",
        "en",
        "chum_vs_oak_kag",
        "Oak barrels for a premium aged rice spirit",
        "We want to launch a premium aged rice spirit in Vĩnh Long and are considering oak barrels instead of clay jars. "
        "Which oak, new or used barrels, what size, and where to buy them?",
        {"oAo060": 2, "oAo061": 2, "oAo062": 2, "oAo058": 1, "oAo053": 1, "oAo063": 1},
    ),
    (
        "oAn34",
        "vi",
        "oak_thunggoviet",
        "Rút ngắn thời gian ủ rượu mà không phải trữ hàng nhiều năm",
        "Cơ sở chưng cất mới ở Bình Minh không đủ vốn trữ rượu nhiều năm. Quan tâm công nghệ ủ nhanh, ví dụ siêu âm kết "
        "hợp mảnh gỗ sồi, muốn làm thử.",
        {"oAo063": 2, "oAo064": 2, "oAo065": 2, "oAo067": 2, "oAo053": 1, "oAo060": 1},
    ),
    (
        "oAn35",
        "vi",
        "oak_macalino",
        "Ngâm mảnh gỗ sồi tạo màu, hương cho rượu mạnh trái cây",
        "Cơ sở rượu trái cây ở Trà Ôn chưa đủ vốn mua thùng gỗ sồi. Muốn ngâm mảnh gỗ sồi vào rượu để tạo màu vàng hổ phách "
        "và hương gỗ, cần biết tỷ lệ gỗ, độ rượu và thời gian hợp lý.",
        {"oAo053": 2, "oAo065": 2, "oAo063": 1, "oAo067": 1, "oAo060": 1, "oAo062": 1},
    ),
    (
        "oAn36",
        "vi",
        "chum_ongduong",
        "Dịch vụ hạ thổ rượu nếp than lâu năm",
        "Chúng tôi ở Cầu Ngang có rượu nếp than muốn hạ thổ một đến hai năm cho êm nhưng không có đất và kinh nghiệm. Cần "
        "nơi nhận hạ thổ hoặc cung cấp chum sành đạt chuẩn kèm hướng dẫn.",
        {"oAo059": 2, "oAo066": 2, "oAo058": 1, "oAo057": 1},
    ),
    # --- fruit wines ---
    (
        "oAn37",
        "vi",
        "dragon_kupang",
        "Làm rượu vang từ thanh long ruột đỏ dư thừa",
        "Hợp tác xã ở Cầu Ngang trồng thanh long ruột đỏ, nhiều trái xấu mã không bán được. Muốn chế biến thành rượu vang "
        "thanh long, cần quy trình từ sơ chế, enzyme, men, lên men đến lọc và đóng chai.",
        {"oAo068": 2, "oAo069": 2, "oAo070": 2, "oAo071": 2, "oAo072": 1, "oAo078": 1},
    ),
    (
        "oAn38",
        "en",
        "vang_thanhlong_lv",
        "Simple wine protocol for peel-damaged dragon fruit",
        "Our farm in Tiểu Cần loses part of each dragon fruit harvest to peel damage. We want a simple, tested protocol "
        "to make a semi-sweet dragon fruit wine from this fruit.",
        {"oAo071": 2, "oAo072": 2, "oAo070": 2, "oAo068": 2, "oAo069": 1},
    ),
    (
        "oAn39",
        "en",
        "ruou_dua_bentre",
        "Coconut wine from waste coconut water",
        "Our desiccated coconut plant in Cầu Kè discharges large amounts of coconut water every day into the canal. We "
        "want to ferment it into a coconut wine for sale and need the process and fermentation parameters.",
        {"oAo076": 2, "oAo078": 1, "oAo077": 1, "oAo079": 1},
    ),
    (
        "oAn40",
        "en",
        "vang_traicay_coco",
        "Pineapple wine process parameters",
        "We grow pineapple in Trà Cú and want to make a dry pineapple wine. We need process parameters: dilution of "
        "juice, sugar and pH adjustment, yeast, fermentation time and how to clarify.",
        {"oAo073": 2, "oAo074": 2, "oAo078": 1, "oAo075": 1, "oAo145": 1},
    ),
    (
        "oAn41",
        "en",
        "fruitwine_review",
        "Wine from over-ripe bananas",
        "Our farmers in Mang Thít throw away over-ripe bananas every week. We would like a simple banana wine process "
        "for a small cooperative.",
        {"oAo149": 2, "oAo150": 2, "oAo075": 1, "oAo077": 1},
    ),
    (
        "oAn42",
        "en",
        "vang_sui_bot",
        "Cloudy, sour and ropy fruit wine",
        "Our winery in Vĩnh Long has many bottles of fruit wine that turned cloudy and sharply sour, and some became "
        "ropy. We need an expert to identify these wine faults and how to prevent them during fermentation and storage.",
        {"oAo079": 2, "oAo145": 1, "oAo075": 1, "oAo096": 1, "oAo094": 1},
    ),
    (
        "oAn43",
        "en",
        "bottling_noceto",
        "Sparkling fruit wine in closed tanks",
        "We make still pomelo wine in Bình Minh and want to launch a sparkling version. We need the closed-tank second "
        "fermentation process, stabilisation, filtration and bottling under pressure.",
        {"oAo081": 2, "oAo100": 1, "oAo101": 1, "oAo096": 1},
    ),
    (
        "oAn44",
        "vi",
        "vang_traicay_nhietdoi",
        "Can quy trinh lam ruou vang trai cay",
        "Hop tac xa o Long Ho co chom chom, buoi, xoai du thua muon lam ruou vang trai cay de tham gia OCOP. Can quy trinh "
        "lam vang trai cay tu chon trai, len men, loc den bao quan.",
        {"oAo077": 2, "oAo078": 2, "oAo075": 1, "oAo073": 1, "oAo079": 1},
    ),
    (
        "oAn45",
        "vi",
        "pineapple_scialert",
        "Gói phân tích định kỳ cho rượu vang trái cây",
        "Cơ sở vang ở Vĩnh Long cần phân tích định kỳ vang trái cây (độ cồn, đường, độ chua) để ghi nhãn và kiểm soát chất "
        "lượng.",
        {"oAo075": 2, "oAo157": 1, "oAo043": 1, "oAo147": 1, "oAo148": 1},
    ),
    (
        "oAn46",
        "vi",
        "stuck_genco",
        "Vang ngọt bị lên men lại trong chai",
        "Vang trái cây ngọt của chúng tôi ở Tam Bình hay lên men lại sau khi đóng chai, chai phồng nắp, rượu đục. Cần thiết "
        "bị hoặc cách thanh trùng, lọc vô trùng để vang ổn định.",
        {"oAo096": 2, "oAo094": 2, "oAo100": 2, "oAo155": 1, "oAo145": 1},
    ),
    # --- craft beer ---
    (
        "oAn47",
        "en",
        "nano_levee",
        "Small brewhouse for a brewpub of 300–500 litres a day",
        "We are opening a brewpub in Vĩnh Long city and want to brew our own beer on site, around 300–500 litres a day. "
        "We need a supplier or designer for a small brewhouse with fermenters and a clear list of the equipment needed.",
        {"oAo087": 2, "oAo086": 2, "oAo154": 2, "oAo085": 2, "oAo083": 1, "oAo084": 1, "oAo143": 1},
    ),
    (
        "oAn48",
        "en",
        "bia_memart",
        "Hands-on craft brewing training for our bar",
        "Our beer bar in Trà Vinh city wants to brew its own craft beer instead of buying draught beer. We need practical "
        "training on the whole process, from malt and hops through mashing and fermentation to bottling.",
        {"oAo088": 2, "oAo154": 1, "oAo089": 1, "oAo091": 1, "oAo090": 1},
    ),
    (
        "oAn49",
        "en",
        "bia_khucvi",
        "Craft beer recipes with Mekong ingredients",
        "Our brewery wants a range of beers flavoured with local ingredients such as pomelo peel, lemongrass, chilli and "
        "coconut. We need help to develop and test recipes.",
        {"oAo089": 2, "oAo088": 1, "oAo090": 1},
    ),
    (
        "oAn50",
        "vi",
        "haccp_bia_chai",
        "Bia tươi bị đục, mùi bơ, mùi thuốc",
        "Bia thủ công của chúng tôi ở Bình Minh gần đây bị đục, có mùi bơ và mùi như thuốc sát trùng. Cần chuyên gia hướng "
        "dẫn xử lý nấm men, lượng men gieo, vệ sinh để hết mùi lạ.",
        {"oAo093": 2, "oAo092": 2, "oAo156": 1, "oAo091": 1, "oAo097": 1},
    ),
    (
        "oAn51",
        "vi",
        "thanhtrung_banmong",
        "Bia thủ công đóng chai bị hỏng khi bày bán",
        "Bia thủ công đóng chai của chúng tôi ở Trà Vinh bị đục và chua sau khoảng hai tháng nằm trên kệ trong thời tiết "
        "nóng. Cần giải pháp thanh trùng phù hợp xưởng bia nhỏ.",
        {"oAo094": 2, "oAo095": 2, "oAo096": 2, "oAo155": 1, "oAo097": 1},
    ),
    (
        "oAn52",
        "vi",
        "bia_khucvi",
        "Tăng hiệu suất thu hồi bia, tối ưu lượng men gieo",
        "Xưởng bia nhỏ ở Vĩnh Long muốn tăng sản lượng bia thu được mỗi mẻ; nghi do gieo men chưa đúng mật độ. Cần hướng dẫn "
        "đếm tế bào và xác định mật độ gieo cấy phù hợp.",
        {"oAo156": 2, "oAo092": 2, "oAo091": 1},
    ),
    (
        "oAn53",
        "en",
        "micro_enjoyfood",
        "Affordable keg washing for a small brewpub",
        "We plan to sell kegs to restaurants around Vĩnh Long. A commercial keg washer is too expensive for our volume of "
        "about 50 kegs a week. We need an affordable way to clean, sanitise and pressurise kegs.",
        {"oAo151": 2, "oAo152": 2, "oAo086": 1},
    ),
    (
        "oAn54",
        "vi",
        "sxsh_bia",
        "Xây dựng HACCP cho xưởng bia chai",
        "Xưởng bia chai nhỏ ở Trà Vinh cần xây dựng HACCP, GMP, SSOP để đáp ứng yêu cầu an toàn thực phẩm và vào siêu thị.",
        {"oAo097": 2, "oAo160": 1},
    ),
    (
        "oAn55",
        "en",
        "nano_byo_business",
        "Power and drainage for a brewery in an old warehouse",
        "We have found an old warehouse in Bình Minh for a nanobrewery. Before signing the lease we need to know the "
        "electrical supply, water and drainage the brewhouse will require.",
        {"oAo084": 2, "oAo083": 1, "oAo087": 1},
    ),
    (
        "oAn56",
        "vi",
        "nuocthai_ridong_msm",
        "Giảm nước, điện và nước thải ở xưởng bia",
        "Xưởng bia của chúng tôi ở Vĩnh Long dùng nhiều nước, điện và thải ra nhiều nước thải. Muốn áp dụng sản xuất sạch "
        "hơn để giảm chi phí và ô nhiễm.",
        {"oAo160": 2, "oAo158": 1, "oAo159": 1},
    ),
    # --- bottling ---
    (
        "oAn57",
        "en",
        "xuanthanh_haisang",
        "Semi-automatic filling and capping for 500 ml and 650 ml bottles",
        "Our company in Châu Thành bottles rice spirit in 500 ml and 650 ml bottles by hand, which is slow and uneven. "
        "We want a small semi-automatic filler and capper, and if possible a labeller.",
        {"oAo101": 2, "oAo100": 2, "oAo106": 1, "oAo107": 1, "oAo144": 1, "oAo105": 1},
    ),
    (
        "oAn58",
        "vi",
        "bottling_michigan",
        "Thuê dịch vụ chiết rót lưu động cho vang",
        "Cơ sở vang trái cây ở Long Hồ sản xuất theo mùa, không đủ vốn mua dây chuyền chiết rót. Muốn thuê dịch vụ chiết rót "
        "lưu động đến tận xưởng, cần biết phải chuẩn bị những gì.",
        {"oAo102": 2, "oAo103": 2, "oAo104": 1},
    ),
    (
        "oAn59",
        "vi",
        "baobi_thuytinh",
        "Chai rượu còn cặn bẩn, cần quy trình rửa và kiểm tra chai",
        "Chúng tôi ở Trà Cú tái sử dụng chai thủy tinh để đóng rượu, nhiều chai còn cặn bẩn bị khách trả lại. Cần quy trình "
        "và thiết bị rửa, tráng, kiểm tra chai trước khi rót.",
        {"oAo107": 2, "oAo100": 2, "oAo097": 1, "oAo106": 1},
    ),
    (
        "oAn60",
        "vi",
        "bottling_wineskills",
        "Vang bị oxy hóa sau khi đóng chai",
        "Vang trái cây của chúng tôi ở Vĩnh Long mất mùi tươi và sẫm màu vài tuần sau khi đóng chai, nghi do nhiễm oxy khi "
        "chiết rót. Cần thiết bị hoặc cách làm để hạn chế.",
        {"oAo144": 2, "oAo105": 2, "oAo101": 2, "oAo102": 1, "oAo100": 1},
    ),
    (
        "oAn61",
        "en",
        "bottling_symphony",
        "Own bottling line or contract bottling?",
        "As a small winery in Trà Vinh we must decide whether to buy our own bottling line or hire a bottling service. "
        "We need advice on costs, requirements and trade-offs.",
        {"oAo104": 2, "oAo102": 2, "oAo103": 1, "oAo100": 1},
    ),
    (
        "oAn62",
        "vi",
        "daychuyen_douong",
        "Cần máy chiết rót đóng nắp chai rượu bán tự động",
        "Cơ sở rượu nhỏ ở Tam Bình cần máy chiết rót và đóng nắp chai bán tự động, vài trăm chai mỗi ngày, giá vừa phải.",
        {"oAo101": 2, "oAo100": 1, "oAo107": 1, "oAo106": 1},
    ),
    # --- labelling and licensing ---
    (
        "oAn63",
        "vi",
        "nd105_text",
        "Xin giấy phép sản xuất rượu thủ công để bán",
        "Hộ nấu rượu ở Càng Long muốn đóng chai bán ra thị trường. Cần hướng dẫn và hỗ trợ làm hồ sơ xin giấy phép sản xuất "
        "rượu thủ công nhằm mục đích kinh doanh.",
        {"oAo111": 2, "oAo112": 2, "oAo113": 1, "oAo117": 1, "oAo116": 1},
    ),
    (
        "oAn64",
        "en",
        "nd105_admc",
        "Licence conditions for a craft distillery",
        "We plan a craft distillery in Trà Vinh and need to know which licence applies, the conditions and the dossier, "
        "for handmade liquor sold to the market.",
        {"oAo116": 2, "oAo117": 2, "oAo112": 2, "oAo119": 1, "oAo111": 1},
    ),
    (
        "oAn65",
        "vi",
        "nhan_nhapkhau_hiepphuoc",
        "Thiết kế nhãn rượu đúng quy định",
        "Công ty rượu ở Vĩnh Long ra sản phẩm mới, cần thiết kế nhãn đủ nội dung bắt buộc, câu cảnh báo sức khỏe và cách dán "
        "tem để không bị xử phạt.",
        {"oAo114": 2, "oAo115": 2, "oAo109": 1, "oAo153": 1},
    ),
    (
        "oAn66",
        "en",
        "ttb_cola_wcbn",
        "Label approval to export rice wine to the US",
        "A Trà Vinh company has an importer in the United States for its rice wine. We need our label designed and "
        "approved under US rules.",
        {"oAo120": 2, "oAo121": 2, "oAo123": 1},
    ),
    (
        "oAn67",
        "vi",
        "xuanthanh_haisang",
        "Đưa rượu đặc sản vào chương trình OCOP",
        "Hợp tác xã rượu ở Châu Thành muốn đưa rượu nếp đặc sản tham gia OCOP và đạt 4 sao. Cần tư vấn hồ sơ, tiêu chí, "
        "nâng cấp bao bì và chất lượng.",
        {"oAo122": 2, "oAo114": 1, "oAo157": 1, "oAo153": 1},
    ),
    (
        "oAn68",
        "en",
        "qr_vtc",
        "QR traceability labels against counterfeits",
        "Our rice wine brand from Vĩnh Long is being copied. We want unique QR codes on each bottle so buyers can check "
        "origin, batch and production date.",
        {"oAo153": 2, "oAo110": 1, "oAo114": 1},
    ),
    (
        "oAn69",
        "vi",
        "bizlawyer_alcohol",
        "Hoi dieu kien cap phep san xuat ruou cong nghiep",
        "Co so ruou o Tra Vinh dang san xuat thu cong, du dinh mo rong thanh nha may. Can biet dieu kien, co quan cap phep "
        "san xuat ruou cong nghiep va thoi han giay phep.",
        {"oAo119": 2, "oAo116": 2, "oAo117": 1, "oAo111": 1},
    ),
    # --- stillage and spent grain ---
    (
        "oAn70",
        "en",
        "barruou_babe",
        "Pigs fed rice stillage get diarrhoea: what ratio to use?",
        "Our family in Hòa Thuận distils rice spirit and feeds the stillage to pigs. Lately the pigs often have diarrhoea "
        "and grow slowly. We need guidance on how much stillage to include for sows and fattening pigs and how to mix it.",
        {"oAo124": 2, "oAo125": 2, "oAo126": 1, "oAo127": 1, "oAo128": 1},
    ),
    (
        "oAn71",
        "en",
        "stillage_wilkie",
        "Treating stillage before it reaches the canal",
        "Our distillery in Trà Vinh produces about 2,000 litres of stillage a day, which now flows into a canal. We need "
        "a treatment system, preferably one that also gives biogas.",
        {"oAo130": 2, "oAo133": 2, "oAo132": 2, "oAo158": 2, "oAo131": 1, "oAo159": 1},
    ),
    (
        "oAn72",
        "vi",
        "nuocthai_ridong_msm",
        "Xây hệ thống xử lý nước thải cho cơ sở rượu",
        "Cơ sở rượu ở Vĩnh Long bị yêu cầu xử lý nước thải đạt chuẩn trước khi xả. Cần đơn vị thiết kế hệ thống xử lý nước "
        "thải phù hợp công suất vài chục khối mỗi ngày.",
        {"oAo158": 2, "oAo132": 2, "oAo130": 1, "oAo133": 1, "oAo159": 1},
    ),
    (
        "oAn73",
        "en",
        "bsg_vitalgrain",
        "What to do with our wet spent grain",
        "Our craft brewery in Vĩnh Long produces about 300 kg of wet spent grain a week. It sours within days. We want "
        "farmers to use it as feed or a way to preserve it.",
        {"oAo134": 2, "oAo135": 2, "oAo129": 2, "oAo137": 1, "oAo136": 1, "oAo165": 1},
    ),
    (
        "oAn74",
        "vi",
        "barruou_memart",
        "Tận dụng nước hèm sau chưng cất làm chế phẩm vi sinh",
        "Cơ sở nấu rượu ở Trà Cú có nhiều nước hèm loãng sau chưng cất. Muốn dùng làm môi trường nuôi vi sinh có ích hoặc "
        "chế phẩm bổ sung cho chăn nuôi thay vì đổ bỏ.",
        {"oAo128": 2, "oAo159": 1, "oAo125": 1, "oAo131": 1},
    ),
    (
        "oAn75",
        "en",
        "barruou_vnua",
        "Combining a rice distillery with a pig farm",
        "A group of rice distillers in Tiểu Cần wants to set up a combined distilling and pig-raising model using the "
        "stillage as feed. We need examples and advice on scale and economics.",
        {"oAo126": 2, "oAo127": 2, "oAo124": 1, "oAo125": 1},
    ),
    (
        "oAn76",
        "en",
        "bsg_firstkey",
        "Dewatering stillage and grain residue to sell as feed",
        "Our spirits and beer plant in Vĩnh Long wants to dewater its grain residues so they can be stored, transported "
        "and sold as feed.",
        {"oAo137": 2, "oAo135": 1, "oAo136": 1, "oAo124": 1},
    ),
]
