"""Needs of holdout66: (id, language, source key, title, description, {offer id: grade}).

Set in Trà Vinh / Vĩnh Long; several pages describe other places (see make_holdout66.py)."""

NEEDS = [
    # ---------------- sweet potato: planting material ----------------
    (
        "kPn01",
        "vi",
        "theman",
        "Cần nguồn giống khoai lang tím Nhật sạch virus để phục tráng vùng Bình Tân",
        "Hợp tác xã khoai lang ở xã Thành Đông (Bình Tân, Vĩnh Long) nằm trong vùng nguyên liệu 10.500-11.000 ha mỗi năm. "
        "Năng suất khoai tím Nhật bình quân khoảng 30 tấn/ha đã chạm ngưỡng, muốn tăng phải đầu tư vào giống, trong khi 86% "
        "sản lượng đi xuất khẩu. Chúng tôi cần nguồn cây giống khoai lang đã làm sạch virus cùng quy trình nhân giống đầu "
        "dòng để phục tráng giống đang thoái hóa.",
        {"kPo001": 2, "kPo002": 2, "kPo003": 2, "kPo004": 1, "kPo005": 1, "kPo006": 1, "kPo007": 1, "kPo008": 1},
    ),
    (
        "kPn02",
        "en",
        "doan_vnd",
        "Micropropagation of Japanese sweet potato from stem nodes for a Tân Quới nursery",
        "Our seedling nursery in Tân Quới (Bình Tân) wants to multiply the Japanese purple-skinned sweet potato in vitro "
        "from stem node segments, because growers keep replanting degenerated vines and yields stay low and unstable even "
        "though Vietnam is among the top five sweet potato exporters. We need a working micropropagation protocol "
        "(initiation, shoot multiplication, rooting, acclimatisation) and ways to keep medium costs down.",
        {"kPo002": 2, "kPo003": 2, "kPo004": 2, "kPo001": 1, "kPo006": 1, "kPo008": 1},
    ),
    (
        "kPn03",
        "vi",
        "dc_ncm",
        "Can xet nghiem virus cho cay giong khoai lang truoc khi nhan ra ruong",
        "Trai giong o Binh Tan dang nhan giong khoai lang bang nuoi cay mo. Khoai lang la cay luong thuc truyen thong dung "
        "thu ba o Viet Nam sau lua va ngo, FAO tinh 77% san luong the gioi dung lam luong thuc, 13% lam thuc an gia suc. "
        "Truoc khi nhan cay me ra ruong chung toi can noi xet nghiem virus (ELISA hoac PCR) cho cay me va cay con, co ket "
        "qua tung lo.",
        {"kPo005": 2, "kPo001": 2, "kPo003": 1, "kPo008": 1},
    ),
    (
        "kPn04",
        "vi",
        "vuimua",
        "HTX Tân Quới cần dây giống khoai lang tím Nhật đạt chuẩn cho vụ mới",
        "Vùng khoai lang Tân Quới (Bình Tân) trồng chủ yếu giống tím Nhật, thời gian sinh trưởng 4-5 tháng, năng suất bình "
        "quân 50-60 tạ/công, giá khoảng 350.000-390.000 đồng/tạ và xuất sang Trung Quốc, Nhật Bản. Hợp tác xã cần nguồn dây "
        "giống đúng tuổi, không sâu bệnh, cắt đúng đoạn ngọn, kèm hướng dẫn lên luống và mật độ trồng cho vụ mới.",
        {"kPo007": 2, "kPo002": 1, "kPo001": 1, "kPo008": 1},
    ),
    # ---------------- sweet potato: storage and curing ----------------
    (
        "kPn05",
        "en",
        "hxcorp",
        "Curing step for export sweet potatoes before cold storage",
        "We pack fresh sweet potatoes for export in Bình Minh (Vĩnh Long) and already have cold rooms. Roots shipped straight "
        "after harvest are 'green', less sweet and rot more. We want to add a proper curing step right after harvest - "
        "about 4-7 days at 80-85 F and 90-95% humidity with good air circulation, avoiding saturated air - and then hold "
        "roots at 55-60 F and 85% humidity without hardcore or sprouting.",
        {"kPo011": 2, "kPo012": 2, "kPo014": 1, "kPo015": 1, "kPo016": 1, "kPo025": 1},
    ),
    (
        "kPn06",
        "vi",
        "bq_123",
        "Nông hộ cần trữ khoai lang tươi 1-2 tháng chờ giá",
        "Gia đình trồng khoai ở xã Tân Thành (Bình Tân) muốn giữ khoai lang tươi thêm 1-2 tháng để bán khi giá lên. Khoai có "
        "trên 80% nước, vỏ mỏng, dễ xây xát, bị hà và thối hỏng nhanh. Cần cách trữ phù hợp nông hộ (hầm, ủ cát hoặc kho lạnh "
        "nhỏ), cách chọn củ và kiểm tra trong thời gian trữ.",
        {"kPo013": 2, "kPo014": 2, "kPo011": 1, "kPo012": 1},
    ),
    (
        "kPn07",
        "en",
        "oldhouse",
        "Avoiding chilling injury and rot at a sweet potato trading depot",
        "Our trading depot in Bình Tân keeps sweet potatoes next to chilled rooms used for fruit, and we lose roots to rot "
        "and chilling injury. We understand roots should be cured about ten days at 80-85 F (or 2-3 weeks at 65-70 F) "
        "under cover to keep humidity up, then stored at 55-60 F, never below 50 F, with high humidity. We need a curing "
        "and storage regime and the room settings to run it.",
        {"kPo011": 2, "kPo012": 1, "kPo013": 1, "kPo014": 1, "kPo015": 1},
    ),
    (
        "kPn08",
        "vi",
        "nsvl",
        "Giảm tổn thất sau thu hoạch khoai lang khi dồn hàng vụ Đông Xuân",
        "Vùng khoai Bình Tân rộng 11.000-13.000 ha, 95% diện tích tập trung ở các xã Thành Lợi, Thành Đông, Thành Trung, Tân "
        "Thành, Tân Hưng, Tân Lược, Tân An Thạnh; sản lượng 300-400 nghìn tấn/năm, dồn vào vụ Đông Xuân (tháng 1-5) khi năng "
        "suất tím Nhật khoảng 30 tấn/ha. Hợp tác xã Thành Lợi cần giải pháp bảo quản củ tươi để giãn thời gian bán, giảm hao hụt "
        "khi thương lái ép giá.",
        {"kPo011": 2, "kPo013": 2, "kPo014": 2, "kPo012": 1, "kPo015": 1, "kPo024": 1},
    ),
    # ---------------- sweet potato: weevil ----------------
    (
        "kPn09",
        "vi",
        "boha_123",
        "Ruộng khoai bị bọ hà hại nặng, cần biện pháp phòng trừ tổng hợp",
        "Ruộng khoai ở xã Thành Trung (Bình Tân) bị bọ hà phá nặng trong mùa khô: con trưởng thành dài 5-8 mm giống con kiến, "
        "con cái đẻ 100-250 trứng, sâu non đục ruột củ làm củ đắng, có mùi khó chịu, không bán được. Chúng tôi cần biện pháp "
        "tổng hợp (giống sạch, bẫy, canh tác, sinh học) để giảm thiệt hại.",
        {"kPo020": 2, "kPo017": 2, "kPo018": 2, "kPo019": 1, "kPo021": 1},
    ),
    (
        "kPn10",
        "en",
        "hngn",
        "Non-chemical weevil trapping for a sweet potato store and fields",
        "Sweetpotato weevils keep damaging our roots both in the field and in the store at our packing shed in Bình Tân. "
        "Because larvae live inside vines and roots and adults come out at night, spraying does little. We want pheromone "
        "trapping without toxic chemicals, including the right trap type and colour for indoor stores and for fields, and "
        "enough traps to cut damage, not just to count weevils.",
        {"kPo017": 2, "kPo018": 2, "kPo019": 1, "kPo020": 1, "kPo021": 1},
    ),
    (
        "kPn11",
        "vi",
        "scilit_pher",
        "Can mua moi pheromone bo ha va biet bao lau thay moi",
        "Nong dan o xa Tan Luoc (Binh Tan) muon dat bay pheromone de theo doi bo ha tren ruong khoai lang. Chung toi doc "
        "thay so con vao bay tang theo lieu pheromone, lieu 10 microgram tren nut cao su du de theo doi va moi dung duoc it "
        "nhat 30 ngay. Can noi cung cap moi, lieu phu hop va lich thay moi.",
        {"kPo017": 2, "kPo018": 1, "kPo019": 1, "kPo020": 1},
    ),
    # ---------------- sweet potato: washing, grading, export, harvest ----------------
    (
        "kPn12",
        "en",
        "tellermed",
        "Washing and grading line that does not skin the roots",
        "Our packing shed in Bình Tân receives roots straight from the digger still carrying soil and hair roots, and "
        "workers sort sizes by hand. We want a washing and grading line that cleans and sizes roots without skinning them, "
        "so that graded roots can go to storage or be packed for buyers.",
        {"kPo024": 2, "kPo025": 2, "kPo026": 2, "kPo028": 1},
    ),
    (
        "kPn13",
        "vi",
        "nlsach",
        "Đạt chuẩn cơ sở đóng gói để xuất khoai lang chính ngạch sang Trung Quốc",
        "Vĩnh Long đã tổ chức công bố lô khoai lang xuất khẩu chính ngạch đầu tiên của Việt Nam sang Trung Quốc. Doanh nghiệp "
        "chúng tôi ở Bình Tân muốn cơ sở đóng gói và vùng trồng liên kết được cấp mã số, cần tư vấn các yêu cầu kiểm dịch, hệ "
        "thống quản lý, thiết bị để qua được đợt kiểm tra.",
        {"kPo027": 2, "kPo016": 1, "kPo024": 1, "kPo025": 1, "kPo026": 1},
    ),
    (
        "kPn14",
        "en",
        "khoaivl",
        "Export grading and packing standard for the Bình Tân collective mark",
        "Bình Tân sweet potatoes now carry the collective mark 'Khoai lang Bình Tân - Bình Tân Sweet Potatoes', with "
        "varieties such as Japanese purple, milky white, bí đường and bí nghệ yielding nearly 30 t/ha per crop. The mark "
        "holder wants common grading classes, washing and packing so that members can supply buyers in Japan, Korea and "
        "Malaysia consistently.",
        {"kPo024": 2, "kPo025": 2, "kPo026": 2, "kPo015": 1, "kPo027": 1},
    ),
    (
        "kPn15",
        "en",
        "pats_harv",
        "Mechanised vine removal and digging for sweet potatoes",
        "Our farmers' group in Bình Tân harvests by hand after slashing vines. We have seen systems that shred the vines "
        "first, pull or cut the mother root to set the skins, and then lift the roots into a windrow. We need machines to "
        "remove vines and dig roots with little skinning.",
        {"kPo029": 2, "kPo030": 2, "kPo031": 1},
    ),
    (
        "kPn16",
        "vi",
        "kjoas",
        "Thiếu nhân công nhổ khoai, cần máy đào khoai lang cho ruộng nhỏ",
        "Sản lượng khoai lang thế giới khoảng 119 triệu tấn (2022), các nước trồng lớn đã chuyển từ máy đào đơn giản sang "
        "máy thu hoạch liên hợp. Ở xã Tân Hưng (Bình Tân) ruộng nhỏ, thuê người nhổ khoai ngày càng khó và đắt. Chúng tôi cần "
        "máy cắt dây và đào khoai kéo theo máy kéo phù hợp ruộng nhỏ, ít làm trầy củ.",
        {"kPo030": 2, "kPo029": 2, "kPo031": 1},
    ),
    # ---------------- sweet potato: processed products ----------------
    (
        "kPn17",
        "vi",
        "kl_kho",
        "Làm khoai lang sấy dẻo không bị thâm đen",
        "Cơ sở nhỏ ở Bình Tân muốn làm khoai lang khô dẻo bán quanh năm: khoai tươi được làm khô bằng nắng hoặc máy sấy để "
        "bảo quản lâu mà vẫn giữ vị ngọt tự nhiên. Hiện mẻ khoai hay bị thâm, cứng. Chúng tôi cần quy trình sấy dẻo ổn định "
        "(sơ chế, chống thâm, hấp, sấy) để đóng gói bán.",
        {"kPo033": 2, "kPo038": 2, "kPo034": 1, "kPo035": 1, "kPo036": 1},
    ),
    (
        "kPn18",
        "en",
        "ngoisao",
        "Chewy dried sweet potato without additives",
        "Our family business in Tân Quới makes soft dried sweet potato the home way: roots are spread to rest a few days to "
        "gain sugar, cut pieces soaked in salt water about 30 minutes so they do not blacken, steamed about 10 minutes and "
        "sun-dried, and the steaming and drying repeated. We want to scale this up without sulphites or added sugar.",
        {"kPo038": 2, "kPo033": 1, "kPo035": 1, "kPo036": 1, "kPo119": 1},
    ),
    (
        "kPn19",
        "en",
        "frontiers_dry",
        "Energy-efficient drying for crispy sweet potato chips",
        "A snack start-up in Vĩnh Long city loses quality with sun drying, which is slow and dark, and with its small "
        "electric oven, which is costly. We want an energy-efficient drying method and the matching pretreatment, "
        "temperature, humidity and slice size to make crisp sweet potato chips that keep their nutrients.",
        {"kPo034": 2, "kPo035": 2, "kPo036": 1, "kPo119": 1, "kPo120": 1},
    ),
    (
        "kPn20",
        "vi",
        "frozenveg",
        "Đầu tư dây chuyền khoai lang cắt miếng cấp đông",
        "Doanh nghiệp ở Bình Minh muốn làm khoai lang cắt miếng cấp đông xuất khẩu. Chúng tôi biết rau đông lạnh phải chế "
        "biến trong vòng khoảng 2 giờ sau thu hoạch, được làm sạch, tách tạp bằng khí và bể tuyển nổi, phân loại quang học, "
        "chần để bất hoạt enzyme (kiểm tra peroxidase) rồi mới cấp đông. Cần quy trình và thiết bị cho khoai lang.",
        {"kPo037": 2, "kPo045": 1, "kPo039": 1, "kPo024": 1},
    ),
    (
        "kPn21",
        "en",
        "yakiimo_shop",
        "Ready-to-eat frozen baked sweet potato (yakiimo)",
        "A bakery chain in Vĩnh Long wants to sell Japanese-style baked sweet potatoes as a ready-to-eat frozen snack: "
        "creamy, caramelised roots eaten with the skin, kept frozen for about ten months, then thawed and reheated in an "
        "oven or microwave. We need the baking-and-freezing process.",
        {"kPo039": 2, "kPo037": 1, "kPo045": 1},
    ),
    (
        "kPn22",
        "vi",
        "sp_flour",
        "Cần quy trình sản xuất bột khoai lang không gluten",
        "Hợp tác xã ở Bình Tân muốn tận dụng khoai dạt làm bột khoai lang không gluten cho người không dùng được bột mì. Chúng "
        "tôi biết nên chọn giống nhiều tinh bột, chất khô cao, có beta-caroten, thu hoạch đúng độ chín và làm sạch kỹ. Cần quy "
        "trình sấy, nghiền và thiết bị.",
        {"kPo040": 2, "kPo036": 2, "kPo035": 1, "kPo044": 1},
    ),
    (
        "kPn23",
        "vi",
        "vltourist",
        "Sản phẩm chế biến từ khoai lang làm quà cho du khách Bình Tân",
        "Bình Tân trồng khoai lang hai vụ (xuống giống tháng 11-12 thu tháng 2-3, và tháng 4-5 thu tháng 7-8) với các giống "
        "tím Nhật, trắng sữa, bí đường, bí nghệ, dương ngọc; du khách từ TP Vĩnh Long (hơn 40 km) và Cần Thơ (gần 20 km) đến "
        "tham quan, thưởng thức món khoai. Hợp tác xã du lịch cần quy trình làm sản phẩm khô để bán làm quà, bảo quản được "
        "lâu.",
        {"kPo033": 2, "kPo038": 2, "kPo034": 2, "kPo040": 1, "kPo039": 1},
    ),
    (
        "kPn24",
        "en",
        "kingherbs",
        "Extracting natural purple colour from off-grade purple sweet potatoes",
        "A processor in Bình Tân has off-grade purple-fleshed sweet potatoes and wants to make a natural colorant from "
        "their anthocyanins, which turn red in acid and blue in alkaline media, for food and cosmetics instead of "
        "synthetic dyes. We need an extraction and drying process and product stability guidance.",
        {"kPo041": 2, "kPo042": 2, "kPo043": 1, "kPo040": 1},
    ),
    (
        "kPn25",
        "vi",
        "pspc_wiki",
        "Giữ màu anthocyanin khi sấy bột khoai lang tím",
        "Cơ sở làm bột khoai lang tím ở Bình Tân thấy bột bạc màu sau sấy và khi để ngoài sáng. Sắc tố tím của khoai là "
        "anthocyanin, có giống như Ayamurasaki (Nhật, 1995) được chọn riêng vì hàm lượng cao. Chúng tôi cần cách hấp, sấy, "
        "bảo quản giữ được màu tím cho bột.",
        {"kPo043": 2, "kPo041": 2, "kPo042": 1, "kPo040": 1},
    ),
    # ---------------- cassava and taro starch ----------------
    (
        "kPn26",
        "vi",
        "tbkm_123",
        "Đầu tư xưởng tinh bột khoai mì quy mô nhỏ ở Trà Cú",
        "Nông dân ở Trà Cú (Trà Vinh) trồng cả khoai mì ngọt (HCN dưới 50 mg/kg, ít tinh bột) và khoai mì đắng (HCN trên 50 "
        "mg/kg, trên 20% tinh bột, ăn tươi bị ngộ độc). Cơ sở chúng tôi muốn chế biến khoai mì đắng thành tinh bột, cần quy "
        "trình và thiết bị cho xưởng nhỏ.",
        {"kPo046": 2, "kPo047": 2, "kPo048": 2, "kPo049": 2, "kPo053": 1, "kPo044": 1},
    ),
    (
        "kPn27",
        "en",
        "askvity",
        "Raising starch extraction yield at a cassava starch workshop",
        "Our cassava starch workshop in Cầu Kè runs the usual steps - cleaning, washing, crushing, separating the starch "
        "milk from fibre, concentrating, dewatering and drying - but too much starch stays in the pulp and is lost with the "
        "water. We need better crushing and separation, and an audit of where starch is lost.",
        {"kPo047": 2, "kPo048": 2, "kPo065": 2, "kPo053": 2, "kPo046": 1, "kPo049": 1},
    ),
    (
        "kPn28",
        "vi",
        "cpm_faq",
        "Can may mai cu mi va may tach bot cho lo bot nho",
        "Lo bot mi cua gia dinh o Tieu Can dang lam thu cong: chon cu, can, got vo, mai, loc lay sua bot, de lang, chat nuoc, "
        "bop vun banh bot roi phoi. Cong suat thap va mat nhieu bot theo ba. Can mua may mai va may tach ba, loc bot phu hop "
        "lo nho.",
        {"kPo048": 2, "kPo047": 2, "kPo046": 1, "kPo049": 1},
    ),
    (
        "kPn29",
        "en",
        "taro_health",
        "Processing taro into flour to avoid storage losses",
        "Taro growers in Trà Cú harvest corms 8-10 months after planting, when leaves yellow. Fresh corms must be kept cool, "
        "dark and ventilated, cannot be refrigerated because of chilling injury, and raw taro is acrid until cooked, so "
        "unsold corms are lost. The group wants to process taro into flour or other shelf-stable products.",
        {"kPo051": 2, "kPo050": 2, "kPo052": 2},
    ),
    (
        "kPn30",
        "vi",
        "taro_starchnote",
        "Tận dụng khoai môn dạt làm tinh bột",
        "Hợp tác xã ở Càng Long (Trà Vinh) có nhiều khoai môn dạt. Tinh bột khoai môn có hạt rất nhỏ (khoảng một phần mười "
        "hạt tinh bột khoai tây), tiêu hóa trên 98%, hợp cho trẻ nhỏ và người bệnh; củ còn làm giấm, rượu, tách protein. Chúng "
        "tôi cần quy trình tách tinh bột khoai môn.",
        {"kPo050": 2, "kPo051": 1, "kPo052": 1},
    ),
    # ---------------- starch wastewater and by-products ----------------
    (
        "kPn31",
        "vi",
        "ww_char",
        "Nước thải lò bột mì có COD rất cao bị người dân phản ánh",
        "Cơ sở tinh bột khoai mì ở Tiểu Cần thải 20-60 m3 nước mỗi tấn củ, pH 3,8-5,2, COD tới 25.000 mg/L, chất rắn lơ lửng "
        "3.000-15.000 mg/L và cyanide 10-15 mg/L; nước thải chảy ra kênh bị người dân phản ánh. Chúng tôi cần hệ thống xử lý "
        "phù hợp quy mô và chi phí.",
        {
            "kPo057": 2,
            "kPo059": 2,
            "kPo062": 2,
            "kPo060": 1,
            "kPo061": 1,
            "kPo063": 1,
            "kPo058": 1,
            "kPo064": 1,
            "kPo065": 1,
            "kPo067": 1,
        },
    ),
    (
        "kPn32",
        "en",
        "ngoclan",
        "Designed treatment train for an expanding cassava starch plant",
        "A cassava starch plant in Trà Cú is expanding. Its wastewater comes from peeling, washing, chopping and rasping, "
        "pulp separation and refining, and carries a heavy organic load. We need a complete treatment system designed and "
        "sized for the new capacity, with equipment and cost estimates.",
        {"kPo059": 2, "kPo062": 2, "kPo057": 2, "kPo060": 1, "kPo061": 1, "kPo063": 1, "kPo067": 1},
    ),
    (
        "kPn33",
        "en",
        "cn_alkali",
        "Removing cyanide from cassava processing effluent",
        "A cassava processor in Châu Thành (Trà Vinh) is blamed for fish deaths downstream. Cassava wastewater carries "
        "cyanide; we read that holding it with 0.25 M NaOH cut cyanide 44-fold in 20 days and lowered coliforms and BOD, but "
        "that is slow and uses chemicals. We want a practical way to remove cyanide before discharge.",
        {"kPo064": 2, "kPo062": 2, "kPo061": 1, "kPo063": 1, "kPo066": 1, "kPo058": 1},
    ),
    (
        "kPn34",
        "vi",
        "biogency_tr",
        "Thu khí biogas từ nước thải tinh bột để thay củi đốt lò sấy",
        "Cơ sở tinh bột ở Cầu Kè đang xử lý nước thải bằng lắng và hóa chất keo tụ; chúng tôi biết phương pháp kỵ khí (bể "
        "biogas) phân giải chất hữu cơ và sinh khí metan dùng làm năng lượng. Muốn đầu tư bể kỵ khí thu biogas để thay củi "
        "đốt lò sấy bột.",
        {"kPo060": 2, "kPo065": 2, "kPo063": 2, "kPo062": 2, "kPo061": 1, "kPo066": 1},
    ),
    (
        "kPn35",
        "vi",
        "biogency_re",
        "Tai su dung nuoc sau ham biogas de rua cu mi",
        "Lo bot mi o Tra Cu bom rat nhieu nuoc gieng cho khau rua cu va tach ba, tien nuoc va tien dien ngay cang cao. Nghe "
        "noi nhieu nha may tinh bot da dua nuoc da xu ly quay lai rua cu, tach ba de bot chi phi va bao ve moi truong. Lo "
        "chung toi co ham biogas, muon dung lai nuoc sau ham, can giai phap tach dong va xu ly them cho phu hop.",
        {"kPo057": 2, "kPo065": 2, "kPo053": 1, "kPo062": 1},
    ),
    (
        "kPn36",
        "en",
        "peel_diets",
        "Turning wet cassava peel and pulp into livestock feed",
        "A starch plant in Tiểu Cần piles up wet peel and pulp. Peel is low in protein (poor in lysine and methionine), "
        "dusty when dried and variable in cyanide, so diets for pigs and poultry need 0.2-0.3% methionine and ruminant "
        "diets cheap nitrogen; pelleting or molasses helps intake. We want a safe way to preserve and feed these by-products.",
        {"kPo068": 2, "kPo069": 2, "kPo070": 2, "kPo066": 1},
    ),
    (
        "kPn37",
        "vi",
        "fao_ensile",
        "Ủ chua bã khoai mì tươi làm thức ăn cho heo",
        "Hợp tác xã chăn nuôi heo ở Trà Cú mua được bã khoai mì tươi từ lò bột theo mùa, nhưng bã nhanh hư. Củ khoai mì là "
        "nguồn năng lượng thay thế tốt trong thức ăn chăn nuôi vùng nhiệt đới nếu nông hộ biết cách dùng. Chúng tôi cần cách ủ "
        "chua bã khoai mì để bảo quản và phối trộn cho heo.",
        {"kPo070": 2, "kPo068": 2, "kPo069": 1, "kPo071": 1},
    ),
    # ---------------- sugarcane: varieties and seed cane ----------------
    (
        "kPn38",
        "vi",
        "hom_vd00",
        "Cần giống mía mới năng suất, chữ đường cao thay giống cũ",
        "Nông dân trồng mía ở Trà Cú vẫn dùng giống cũ để lại nhiều vụ, năng suất và chữ đường thấp. Chúng tôi biết tuổi và "
        "loại hom ảnh hưởng tới năng suất, chất lượng của giống (như nghiên cứu với giống VD00-236). Cần giống mía mới thích "
        "hợp ĐBSCL, năng suất và chữ đường cao, cùng nguồn hom giống.",
        {"kPo072": 2, "kPo074": 2, "kPo073": 1, "kPo075": 1, "kPo076": 1},
    ),
    (
        "kPn39",
        "en",
        "mdtv_thieu",
        "Restoring the cane supply area for a Trà Vinh sugar mill",
        "The Trà Vinh sugar company has written to the provincial authorities asking for support to restore its cane "
        "supply area because the mill lacks cane. To win growers back it needs higher-yielding varieties suited to the "
        "Mekong Delta and a network of seed-cane nurseries supplying healthy setts.",
        {"kPo072": 2, "kPo075": 2, "kPo074": 1, "kPo076": 1, "kPo077": 1, "kPo078": 1, "kPo082": 1},
    ),
    (
        "kPn40",
        "en",
        "cane_prop",
        "Patchy germination of sugarcane setts in Cầu Kè",
        "Cane growers in Cầu Kè see gaps after planting. Setts are cut from stalks of mixed age, sometimes with a single "
        "bud, and planted untreated. We know setts should come from healthy 6-12 month stalks with two or three nodes, cut "
        "cleanly, and can be dipped in fungicide or a beneficial-bacteria slurry. We need healthy seed cane and a sett "
        "treatment routine.",
        {"kPo076": 2, "kPo075": 2, "kPo077": 2, "kPo078": 1},
    ),
    # ---------------- sugarcane: mechanisation ----------------
    (
        "kPn41",
        "vi",
        "wawafresh",
        "Can may trong mia de giam cong",
        "Hop tac xa mia o Tra Cu trong mia bang tay: mo ranh, bon phan, dat hom (thuong 3 mat), lap dat, ton rat nhieu cong. "
        "Cay mia cao 3-7 m, hom lay tu mia non. Chung toi can may trong mia vua mo ranh, bon phan, tha hom va lap dat.",
        {"kPo079": 2, "kPo080": 2, "kPo082": 1},
    ),
    (
        "kPn42",
        "en",
        "tracu_mill",
        "Timely mechanical harvesting for over-aged cane in Trà Cú",
        "In Lưu Nghiệp Anh commune (Trà Cú) cane stood two months past maturity while the only mill delayed crushing; some "
        "farmers cut it themselves and shipped it by boat to Sóc Trăng, losing over a million đồng per công as sugar content "
        "fell. Growers want mechanised cutting so they can harvest quickly when the mill calls, with less dependence on "
        "scarce cutters.",
        {"kPo081": 2, "kPo084": 2, "kPo085": 2, "kPo082": 1, "kPo083": 1, "kPo086": 1, "kPo087": 1},
    ),
    (
        "kPn43",
        "vi",
        "tsri_th",
        "Thiếu lao động chặt và bốc mía lên xe",
        "Hợp tác xã mía ở Cầu Kè cần thu hoạch đúng thời điểm chín để đạt hiệu quả cao nhất, nhưng mùa thu hoạch thiếu người "
        "chặt mía và bốc bó mía lên xe, ghe. Chúng tôi cần máy hoặc dịch vụ chặt mía và bốc mía.",
        {"kPo083": 2, "kPo081": 2, "kPo085": 2, "kPo084": 2, "kPo086": 1, "kPo087": 1},
    ),
    (
        "kPn44",
        "en",
        "harv_review",
        "Billet versus whole-stalk harvesting given slow crushing",
        "The cane department of a sugar mill in Trà Vinh is choosing between chopped-billet and whole-stalk mechanical "
        "harvesting. Whole-stalk harvesting loses less juice and deteriorates more slowly, while billet harvesters handle "
        "high tonnage and lodged cane better; our crushing is often delayed. We need an assessment of which system suits "
        "our fields and logistics.",
        {"kPo086": 2, "kPo081": 1, "kPo084": 1, "kPo085": 1, "kPo087": 1},
    ),
    # ---------------- small sugar mills, block sugar ----------------
    (
        "kPn45",
        "vi",
        "tuoitre_mia",
        "Tự chế biến mía thành đường thủ công khi nhà máy chậm mua",
        "Nhà máy đường duy nhất ở vùng mía Trà Cú chậm thu mua khi mía đã quá tuổi khiến hàng ngàn nông dân điêu đứng; sau "
        "thời hoàng kim của chương trình một triệu tấn đường, cây mía nay thành gánh nặng. Nhóm nông dân muốn lập lò nấu đường "
        "thủ công nhỏ (đường cát vàng, đường bát, đường thẻ) để tự tiêu thụ mía, cần công nghệ và thiết bị.",
        {"kPo090": 2, "kPo092": 2, "kPo097": 2, "kPo098": 2, "kPo091": 1, "kPo093": 1, "kPo094": 1, "kPo095": 1},
    ),
    (
        "kPn46",
        "en",
        "akola_pan",
        "Cutting firewood use in a single-pan block-sugar furnace",
        "A block-sugar unit in Cầu Kè boils cane juice in one open pan over a furnace burning bagasse plus firewood. A "
        "survey of jaggery units elsewhere found that a three-pan arrangement was more convenient and needed less energy and "
        "labour. We want a more fuel-efficient furnace and pan arrangement.",
        {"kPo093": 2, "kPo095": 2, "kPo094": 2, "kPo091": 1, "kPo099": 1},
    ),
    (
        "kPn47",
        "vi",
        "thotnot_ag",
        "Muon lam duong banh kieu duong thot not tu nuoc mia, de lau khong chay nuoc",
        "Hop tac xa o Tra Cu nau nuoc mia thanh duong banh giong duong thot not (o vung Bay Nui, nuoc thot not khong de qua "
        "ngay, mua nau keo dai khoang 6 thang). Duong banh cua chung toi de vai tuan la hut am, mem va chay nuoc. Can cach nau, "
        "dong goi va bao quan de duong banh giu duoc lau.",
        {"kPo096": 2, "kPo097": 1, "kPo098": 1, "kPo099": 1, "kPo100": 1, "kPo101": 1},
    ),
    (
        "kPn48",
        "en",
        "palm_siemreap",
        "Upgrading family sugar cooking into a small clean factory",
        "Khmer family producers in Trà Cú cook sweet sap and cane juice the traditional way: a large clay pot over "
        "firewood in the front yard, stirred until it sets, poured into leaf wrappers and sold to passing visitors. They want "
        "to pool cooking in a small, cleaner and more fuel-efficient factory so families can focus on collecting juice.",
        {"kPo099": 2, "kPo093": 1, "kPo095": 1, "kPo097": 1, "kPo100": 1},
    ),
    (
        "kPn49",
        "en",
        "jag_process",
        "Meeting supermarket quality specifications for block cane sugar",
        "A small maker of whole, unrefined cane sugar (jaggery-type) in Cầu Kè wants to sell to supermarkets, which ask for "
        "specifications and test reports: moisture, colour, sulphur dioxide and microbiology. Production is simple and "
        "capital is small; we need a specification benchmark and a testing set-up.",
        {"kPo101": 2, "kPo092": 2, "kPo096": 1, "kPo154": 1},
    ),
    # ---------------- molasses and bagasse ----------------
    (
        "kPn50",
        "vi",
        "lamgiau",
        "Lò đường nhỏ dư bã mía, muốn tận dụng",
        "Các phụ phẩm như vỏ khóm, bã mì, bã mía, cùi bắp thường bị coi là đồ bỏ, nhà máy còn tốn tiền xử lý, trong khi một "
        "số doanh nghiệp xuất khẩu chúng thu tiền tỉ. Lò đường nhỏ của chúng tôi ở Cầu Kè dư nhiều bã mía sau khi đốt lò, cần "
        "cách tận dụng bã mía tạo thêm thu nhập.",
        {"kPo108": 2, "kPo109": 2, "kPo110": 2, "kPo111": 2, "kPo112": 1, "kPo113": 1},
    ),
    (
        "kPn51",
        "en",
        "linkgreen",
        "Compostable bagasse plates and bowls",
        "A start-up in Vĩnh Long wants to make compostable plates, bowls and cups from bagasse, the fibre left after juice "
        "extraction, by pressing the fibre with heat and pressure, possibly blended with other plant fibres for strength. "
        "We need the process and the forming machinery.",
        {"kPo110": 2, "kPo111": 2},
    ),
    (
        "kPn52",
        "en",
        "venkat",
        "Finding outlets for a sugar mill's molasses",
        "A sugar mill in Trà Vinh produces molasses at about 4.5-5% of the cane it crushes and sells it cheaply to traders. "
        "Elsewhere most molasses goes to industrial alcohol, with the rest to yeast, cattle feed and potable liquor. We want "
        "higher-value uses for our molasses.",
        {"kPo106": 2, "kPo107": 2, "kPo108": 1, "kPo070": 1},
    ),
    (
        "kPn53",
        "vi",
        "aksukant",
        "Dùng rỉ mật trộn thức ăn cho bò",
        "Trang trại bò ở Trà Cú muốn mua rỉ mật của nhà máy đường để trộn với rơm và thức ăn thô. Rỉ mật có tới 58% đường "
        "trong chất khô, dùng làm chất kết dính khi ép viên và làm thức ăn ngon miệng hơn. Cần công thức phối trộn và tỉ lệ "
        "dùng an toàn.",
        {"kPo106": 2, "kPo108": 2, "kPo070": 1},
    ),
    # ---------------- rice paper ----------------
    (
        "kPn54",
        "vi",
        "bt_moc",
        "Bánh tráng bị mốc mùa mưa, không muốn dùng chất bảo quản",
        "Cơ sở bánh tráng ở Long Hồ (Vĩnh Long) hay bị mốc hàng vào mùa mưa: bánh hút ẩm từ không khí, phơi không đủ khô, "
        "bao gói chưa kín. Chúng tôi không muốn dùng chất bảo quản, cần cách làm khô bánh ổn định khi trời âm u và bao gói, "
        "bảo quản chống ẩm.",
        {"kPo119": 2, "kPo120": 2, "kPo118": 1, "kPo117": 1, "kPo116": 1, "kPo123": 1},
    ),
    (
        "kPn55",
        "en",
        "eabar",
        "Mechanising rice paper coating and steaming",
        "A group of rice paper households in Vĩnh Long works by hand from 3 am to 5 pm and manages only 30-40 kg of flour "
        "a day; before Tết demand rises to 200-300 kg a day. Elsewhere families that bought machines expanded. We need "
        "machines for coating, steaming and peeling rice paper.",
        {"kPo115": 2, "kPo116": 2, "kPo117": 2},
    ),
    (
        "kPn56",
        "vi",
        "anvien",
        "Phơi bánh tráng phụ thuộc nắng, cần máy sấy",
        "Các hộ làm bánh tráng ở Vĩnh Long phơi bánh ngoài nắng 2 ngày; mỗi tạ gạo cho khoảng 90 kg bánh khô, bán 15.000-20.000 "
        "đồng/kg, mỗi hộ làm 3-5 tạ gạo/ngày. Gặp trời mưa là phải ngừng. Chúng tôi cần máy sấy bánh tráng chi phí hợp lý.",
        {"kPo118": 2, "kPo119": 2, "kPo120": 2, "kPo117": 1, "kPo123": 1},
    ),
    (
        "kPn57",
        "en",
        "binh_village",
        "Doubling rice paper output before Tết",
        "A rice paper maker in Vĩnh Long normally uses about 300 kg of rice a day and needs 500-600 kg before Tết, making "
        "close to 90,000 sheets a day. Sheets are sun-dried right after steaming, and strong sun makes them brittle. We need "
        "a coating-steaming line and controlled drying to double output.",
        {"kPo117": 2, "kPo115": 2, "kPo116": 2, "kPo118": 1, "kPo119": 1, "kPo120": 1},
    ),
    # ---------------- noodles ----------------
    (
        "kPn58",
        "vi",
        "sadec",
        "Tăng công suất sản xuất hủ tiếu khô",
        "Cơ sở hủ tiếu ở Bình Minh (Vĩnh Long) học theo làng bột Sa Đéc, nơi sản lượng dịp Tết tăng 3-4 lần, mỗi cơ sở làm "
        "300-500 kg/ngày, giá 17.000-18.000 đồng/kg và đã xuất khẩu sang Nhật, Hàn, Úc, châu Âu. Chúng tôi cần dây chuyền cán, "
        "hấp, cắt sợi và sấy hủ tiếu khô để tăng công suất.",
        {"kPo127": 2, "kPo125": 1, "kPo126": 1, "kPo120": 1},
    ),
    (
        "kPn59",
        "en",
        "otofun",
        "Consistent chewy texture for hủ tiếu noodles",
        "A hủ tiếu maker in Vĩnh Long wants noodles that are soft but not crumbly and chewy enough, like the famous Sa Đéc "
        "noodles, which locals say only one village can make because of its water, even with the same rice. We need to "
        "understand how rice type, soaking and milling decide texture, so we can reproduce it.",
        {"kPo130": 2, "kPo131": 2, "kPo134": 2, "kPo132": 1},
    ),
    (
        "kPn60",
        "vi",
        "bun_hoachat",
        "Kéo dài hạn dùng bún tươi mà không dùng hàn the",
        "Bún tươi thông thường chỉ để khoảng 1 ngày là ôi, chua; một số nơi tẩm hàn the, Tinopal để bún trắng, dai, để cả tuần. "
        "Cơ sở bún sạch ở TP Trà Vinh muốn giao hàng cho bếp ăn ở xa, cần cách kéo dài hạn dùng bún an toàn, không dùng hóa "
        "chất cấm.",
        {"kPo128": 2, "kPo129": 2, "kPo125": 1, "kPo137": 1},
    ),
    (
        "kPn61",
        "en",
        "bun_hanthe",
        "Quick borax test for bún and bánh canh at markets",
        "A market management board in Trà Vinh city wants to screen fresh rice noodles and bánh canh for borax. Noodles "
        "with borax can keep 2-3 days without spoiling, and about 5 g accumulated in the body causes acute poisoning. We "
        "need a fast test usable at stalls and a reference method for confirmation.",
        {"kPo153": 2, "kPo152": 2, "kPo156": 1},
    ),
    (
        "kPn62",
        "vi",
        "bun_ngam",
        "Cơ giới hóa công đoạn ngâm, xay, ép bún",
        "Cơ sở bún truyền thống ở Long Hồ ngâm gạo 48-72 giờ rồi xay, tách nước, ép sợi và chần qua nước nóng cho sợi không "
        "dính, tốn nhiều thời gian và công. Chúng tôi muốn cơ giới hóa khâu trộn bột, ép và làm chín sợi bún.",
        {"kPo125": 2, "kPo126": 2, "kPo131": 1, "kPo130": 1},
    ),
    (
        "kPn63",
        "en",
        "benco",
        "Scaling bánh canh noodle production that stays firm in broth",
        "The Bến Có bánh canh brand began in the 1980s at a stall under Bến Có bridge on route 53 (Nguyệt Hóa, Châu Thành, "
        "Trà Vinh). Its thick noodles are made from the first rice of the season: large, milky white, soft yet chewy and "
        "hardly swelling in the broth. The family wants to supply its branches with the same noodles and needs to "
        "standardise and mechanise noodle making.",
        {"kPo134": 2, "kPo125": 2, "kPo126": 2, "kPo130": 1, "kPo131": 1},
    ),
    (
        "kPn64",
        "vi",
        "mien_so",
        "Làm miến từ tinh bột khoai mì, khoai lang địa phương",
        "Hợp tác xã ở Vĩnh Long muốn làm miến sợi dai, trong như miến làng So (làm từ 100% bột dong riềng, phơi dưới nắng gió "
        "cho sợi ngon) nhưng dùng tinh bột khoai mì, khoai lang sẵn có ở địa phương. Cần quy trình làm bột, tráng, cắt sợi và "
        "phơi sấy miến.",
        {"kPo133": 2, "kPo134": 2, "kPo120": 1, "kPo118": 1},
    ),
    (
        "kPn65",
        "en",
        "noodle_review",
        "Laboratory testing of dried rice noodles for export",
        "A dried rice noodle exporter in Vĩnh Long makes noodles by kneading rice flour with water and salt, sheeting, "
        "steaming and cutting. Buyers want evidence of cooking quality, texture and shelf stability, and protein, ash and "
        "amylose drive quality. We need a lab that tests these properties.",
        {"kPo132": 2, "kPo130": 1, "kPo154": 1, "kPo155": 1},
    ),
    # ---------------- tapioca pearls ----------------
    (
        "kPn66",
        "vi",
        "pearls_white",
        "Sản xuất trân châu từ tinh bột khoai mì địa phương",
        "Cơ sở ở TP Trà Vinh muốn làm trân châu trắng cho quán trà sữa từ tinh bột khoai mì mua tại địa phương; trân châu "
        "trắng chủ yếu là tinh bột khoai mì (khoảng 80%), nước, ít đường và có thể thêm gum. Cần quy trình và thiết bị tạo "
        "hạt, nấu, sấy.",
        {"kPo138": 2, "kPo139": 2, "kPo140": 2, "kPo141": 2},
    ),
    (
        "kPn67",
        "en",
        "pearls_how",
        "Tapioca pearls crack and turn soft after storage",
        "A tapioca pearl maker in Vĩnh Long mixes starch, water, sugar and colouring, extrudes and cuts the dough, boils and "
        "dries the pearls. After some weeks in storage the pearls crack and turn mushy when cooked. We need a formulation "
        "and process that keep pearls chewy and stable after storage.",
        {"kPo140": 2, "kPo138": 1, "kPo139": 1, "kPo142": 1},
    ),
    # ---------------- starch modification ----------------
    (
        "kPn68",
        "vi",
        "techport_btt",
        "Tìm công nghệ biến tính tinh bột sắn bằng enzyme thay hóa chất",
        "Doanh nghiệp tinh bột sắn ở Trà Vinh đang sản xuất tinh bột biến tính bằng phương pháp hóa học. Tinh bột biến tính "
        "có thể làm bằng vật lý (hồ hóa trước, bức xạ, xử lý nhiệt), hóa học (làm bền, liên kết ngang) hoặc sinh học (thủy "
        "phân bằng enzyme thành các chuỗi dài ngắn khác nhau). Chúng tôi tìm công nghệ biến tính bằng enzyme.",
        {"kPo146": 2, "kPo142": 1, "kPo145": 1, "kPo147": 1},
    ),
    (
        "kPn69",
        "en",
        "hmt_chapter",
        "Clean-label modified tapioca starch for sauces",
        "A sauce and condiment company in Vĩnh Long wants to drop chemically modified starch from its labels. "
        "Heat-moisture treatment is a simple, physical and eco-friendly way to modify starch for thickening, gelling and "
        "stabilising and can even create resistant starch. We need a clean-label starch with comparable performance.",
        {"kPo145": 2, "kPo146": 2, "kPo147": 2, "kPo143": 1, "kPo149": 1, "kPo142": 1, "kPo144": 1},
    ),
    (
        "kPn70",
        "vi",
        "starchmod_lex",
        "Cần tinh bột chịu đông - rã đông cho bánh đông lạnh",
        "Cơ sở bánh ở Vĩnh Long làm bánh đông lạnh, nhân bánh bị tách nước, vón sau khi rã đông. Tinh bột có thể được biến "
        "tính bằng vật lý, hóa học hoặc enzyme; các dạng este hóa như acetyl hóa, hydroxypropyl hóa giúp tăng độ ổn định. "
        "Chúng tôi cần loại tinh bột và hướng dẫn dùng để chịu được đông - rã đông.",
        {"kPo142": 2, "kPo148": 2, "kPo145": 1, "kPo147": 1},
    ),
    (
        "kPn71",
        "en",
        "hmt_intro",
        "Producing heat-moisture-treated sweet potato starch",
        "A starch maker in Bình Tân wants to add value to sweet potato starch by heat-moisture treatment, a simple, "
        "environmentally safe and low-cost physical modification that leaves no chemical by-products, so the starch "
        "performs better in processing. We need the process conditions and characterisation.",
        {"kPo143": 2, "kPo147": 2, "kPo145": 2, "kPo146": 2, "kPo044": 1},
    ),
    # ---------------- food-grade testing ----------------
    (
        "kPn72",
        "vi",
        "qcvn82",
        "Kiểm nghiệm kim loại nặng, vi sinh để công bố tinh bột khoai mì",
        "Cơ sở tinh bột khoai mì ở Trà Cú chuẩn bị công bố sản phẩm dùng làm thực phẩm, phải đáp ứng quy chuẩn giới hạn kim "
        "loại nặng trong thực phẩm (QCVN 8-2) cùng chỉ tiêu vi sinh, độc tố nấm mốc. Chúng tôi cần bộ chỉ tiêu và nơi kiểm "
        "nghiệm theo phương pháp chuẩn.",
        {"kPo150": 2, "kPo151": 2, "kPo154": 1},
    ),
    (
        "kPn73",
        "en",
        "fao_compet",
        "Full quality certificate for export tapioca starch",
        "An exporter of tapioca starch in Trà Vinh loses buyers because cassava starch is sold in many grades of uneven "
        "quality, even though its paste stays fluid and hardly retrogrades, which some industries cannot replace. We need a "
        "complete specification and test panel (moisture, whiteness, SO2, viscosity, contaminants, microbiology) for each "
        "lot.",
        {"kPo150": 2, "kPo151": 2, "kPo154": 1, "kPo155": 1},
    ),
    (
        "kPn74",
        "vi",
        "bun_tinopal",
        "Kiểm tra nhanh hàn the trong bún bán tại chợ",
        "Ban quản lý chợ ở Càng Long (Trà Vinh) muốn kiểm tra bún bán tại chợ: bún làm từ gạo nguyên chất có màu trắng đục, "
        "dễ đứt, hơi chua dịu, còn bún có hàn the (hay cả Tinopal) thì trắng trong, bóng, dai giòn. Cần cách thử nhanh hàn "
        "the tại chỗ và phương pháp khẳng định khi mẫu nghi ngờ.",
        {"kPo153": 2, "kPo152": 2, "kPo156": 1},
    ),
    (
        "kPn75",
        "en",
        "cryst",
        "Characterising crystallinity and pasting of modified starches",
        "A university food lab in Trà Vinh is developing modified cassava and sweet potato starches and can compute relative "
        "crystallinity from X-ray diffraction and FTIR spectra (native starches range from 14 to 45%). It still needs "
        "pasting and thermal characterisation methods to compare native and modified samples.",
        {"kPo149": 2, "kPo155": 2, "kPo130": 1, "kPo132": 1},
    ),
]
