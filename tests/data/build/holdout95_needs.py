"""Needs of the holdout95 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- labels and printing ---
    (
        "lSn01",
        "vi",
        "tv_ocop4",
        "Cần in tem nhãn mới có dấu OCOP 4 sao cho chai nước tương mật hoa dừa",
        "Cơ sở chúng tôi ở huyện Châu Thành (Trà Vinh) vừa được công nhận OCOP 4 sao cho nước tương mật hoa dừa hữu "
        "cơ, giấy chứng nhận có hiệu lực 3 năm từ 15/6/2025. Theo hướng dẫn phải in, dán nhãn hiệu OCOP và số sao "
        "lên bao bì. Cần đơn vị in vài nghìn tem decal chống nước dán chai nhỏ, nhận in số lượng ít, giao "
        "nhanh.",
        {"lSo001": 2, "lSo003": 2, "lSo004": 2, "lSo006": 2, "lSo015": 1, "lSo024": 1, "lSo007": 1},
    ),
    (
        "lSn02",
        "vi",
        "winenfood",
        "Nhãn chai tương ớt bị bong, nhòe mực khi để tủ lạnh",
        "Tôi làm tương ớt đóng hũ thủy tinh ở Tiểu Cần. Nhãn giấy dán lên nhìn đẹp nhưng chỉ vài phút trong bếp "
        "nóng ẩm hay để tủ lạnh là đọng nước, mép nhãn bong, mực chảy. Cần nơi tư vấn chất liệu và keo phù hợp và in "
        "lại nhãn chịu ẩm, chịu lạnh cho hũ và chai.",
        {"lSo004": 2, "lSo001": 2, "lSo003": 1, "lSo006": 1, "lSo007": 1},
    ),
    (
        "lSn03",
        "vi",
        "temchong4t",
        "Can in tem chong hang gia cho nuoc mam",
        "Co so nuoc mam cua toi o Cau Ngang bi lam nhai chai, khach mua phai hang gia roi che chat luong. Can in tem "
        "chong gia dan 1 lan, boc ra la rach, co ma QR hoac so seri de khach tu kiem tra. Tem phai in sac net, mau "
        "tuoi, kho boc, khong bi nhoe nhu tem gia.",
        {"lSo002": 2, "lSo012": 1, "lSo013": 1},
    ),
    (
        "lSn04",
        "en",
        "vnbusiness_qr",
        "QR traceability stamps for our pomelo bags",
        "Our cooperative in Càng Long packs pomelos in branded bags, but supermarkets and shoppers in Hồ Chí Minh "
        "City want to check where and how the fruit was grown. Like other co-ops that put barcodes and QR codes on "
        "their farm produce since 2017, we want a QR stamp on every bag that opens the farm, harvest and lot "
        "history on a phone.",
        {"lSo012": 2, "lSo013": 2, "lSo002": 1, "lSo005": 1, "lSo011": 1},
    ),
    (
        "lSn05",
        "vi",
        "steemit_mv",
        "In tem mã vạch dạng cuộn cho gói lẻ và thùng carton",
        "Cơ sở bánh pía ở Vũng Liêm đã có mã số doanh nghiệp GS1, chuẩn bị đưa hàng vào siêu thị. Cần in tem mã "
        "vạch dạng cuộn: loại nhỏ cho từng gói bánh, loại lớn dán thùng carton khi vận chuyển, mã phải quét được, "
        "không mờ khi gặp nóng ẩm.",
        {"lSo005": 2, "lSo008": 2, "lSo006": 2, "lSo001": 1, "lSo011": 1},
    ),
    (
        "lSn06",
        "vi",
        "tlgk",
        "Chỉ cần vài trăm nhãn cho lô bánh tráng thử nghiệm",
        "Tôi sản xuất bánh tráng ở phường Trà Vinh, muốn thử bán lô đầu tiên ở vài cửa hàng đặc sản. Chỉ cần vài "
        "trăm nhãn có tên sản phẩm, nơi sản xuất, hạn sử dụng; nhiều nơi báo in tối thiểu vài nghìn. Cần chỗ nhận in "
        "số lượng ít với giá hợp lý.",
        {"lSo003": 2, "lSo001": 2, "lSo006": 1, "lSo004": 1},
    ),
    (
        "lSn07",
        "en",
        "gol_label",
        "Vietnamese sub-labels for imported Korean snacks",
        "We run an imported-food shop in Trà Vinh city and bring in Korean snacks and sauces. Each item needs a "
        "Vietnamese sub-label with the mandatory food-label information before it goes on the shelf. We are looking "
        "for a printer who prints small batches of sub-labels in several sizes quickly.",
        {"lSo001": 2, "lSo024": 1, "lSo006": 1, "lSo007": 1},
    ),
    # --- packaging and brand design ---
    (
        "lSn08",
        "vi",
        "congthuong_tv",
        "Thiết kế lại bao bì tôm khô mang bản sắc vùng biển Duyên Hải",
        "Hộ kinh doanh tôm cá khô của chúng tôi ở Duyên Hải mua nguyên liệu trực tiếp của ngư dân, không qua trung "
        "gian. Muốn làm lại bao bì, nhãn mác và thông điệp thương hiệu thể hiện bản sắc vùng biển, kể câu chuyện "
        "sản phẩm, để nâng hạng OCOP và bán làm quà cho khách du lịch.",
        {"lSo015": 2, "lSo017": 2, "lSo022": 2, "lSo016": 1, "lSo023": 1, "lSo025": 1, "lSo108": 1, "lSo014": 1},
    ),
    (
        "lSn09",
        "en",
        "na_ocop",
        "Packaging, labels and QR codes for export-bound handicrafts",
        "Our water-hyacinth handicraft cooperative in Tam Bình has 3-star OCOP products of good quality, but most "
        "still go out without proper packaging or labels. Buyers in Japan and Korea require full stamps, labels and "
        "QR codes to standard. We need packaging and label design that meets OCOP scoring and export requirements.",
        {"lSo015": 2, "lSo016": 1, "lSo017": 1, "lSo007": 1, "lSo012": 1},
    ),
    (
        "lSn10",
        "vi",
        "na_soy",
        "Chuyển nước tương từ chai nhựa 1 lít sang chai thủy tinh: cần thiết kế nhãn và hộp",
        "Cơ sở nước tương đạt OCOP 3 sao ở Tiểu Cần, mỗi ngày bán 1–2 triệu đồng, đang đóng chai nhựa 1 lít cho rẻ "
        "và dễ chở nhưng nhìn không đẹp. Muốn chuyển sang chai thủy tinh có hộp giấy chống vỡ khi vận chuyển. Cần "
        "đơn vị thiết kế lại nhãn chai và hộp cho hiện đại, vệ sinh hơn.",
        {"lSo015": 2, "lSo017": 2, "lSo014": 1, "lSo019": 1},
    ),
    (
        "lSn11",
        "en",
        "th_ocop",
        "Affordable design for fruit-wine bottles, logo and gift box",
        "We make fruit wine in Cầu Kè and want an elegant bottle, logo, label and gift box that show the fruit and "
        "the maker, because for customers who do not know us the packaging is the first contact. Professional "
        "design is a big cost for a small unit, so we look for a designer or a support scheme that fits our budget.",
        {"lSo015": 2, "lSo017": 2, "lSo022": 2, "lSo025": 1, "lSo108": 1, "lSo019": 1},
    ),
    (
        "lSn12",
        "vi",
        "datdua",
        "Thiết kế hộp quà, giỏ quà Tết kẹo dừa cho khách du lịch",
        "Cơ sở kẹo dừa hơn 20 năm ở xã Phú Túc vừa sản xuất vừa đón khách tham quan làng nghề. Dịp Tết nhu cầu tăng "
        "mạnh, khách muốn mua hộp quà, giỏ quà đẹp. Cần đơn vị thiết kế mẫu hộp và giỏ quà Tết đựng kẹo, mứt dừa, "
        "mang nét miền Tây, dùng vật liệu thân thiện môi trường.",
        {"lSo019": 2, "lSo015": 2, "lSo014": 1},
    ),
    (
        "lSn13",
        "en",
        "vnnews_tv",
        "Help registering our trademark and building a brand",
        "The province wants about 40 OCOP products to secure exclusive brand names this year. Our rice-cake "
        "business in Trà Cú sells under a name nobody has registered. We need advice and support to register the "
        "trademark and build a recognisable brand, ideally also a digital presence for it.",
        {"lSo020": 2, "lSo075": 2, "lSo017": 1, "lSo011": 1},
    ),
    (
        "lSn14",
        "vi",
        "baodongkhoi_keo",
        "In giấy gói và hộp kẹo dừa số lượng lớn",
        "Cơ sở kẹo dừa ở Mỏ Cày sản xuất khoảng 25 tấn kẹo mỗi tháng, đang cải tiến mẫu mã để hướng tới xuất khẩu "
        "và bán online. Cần nhà in offset nhận in giấy gói từng viên, hộp giấy và thùng ngoài số lượng lớn, màu ổn "
        "định giữa các đợt in.",
        {"lSo014": 2, "lSo015": 1},
    ),
    (
        "lSn15",
        "vi",
        "kami",
        "Xây dựng thương hiệu và bao bì cho gạo sạch trước khi ra mắt",
        "Chúng tôi là nhóm khởi nghiệp trồng lúa sạch ở Tam Bình, sắp đưa gạo ra thị trường. Đọc thấy 78% doanh "
        "nghiệp nhỏ chưa có chiến lược thương hiệu và làm lại sau 3 năm tốn gấp 5–7 lần, nên muốn làm bài bản từ "
        "đầu: định vị, tên, logo, quy cách túi gạo và thiết kế bao bì.",
        {"lSo017": 2, "lSo022": 2, "lSo015": 2, "lSo018": 2, "lSo021": 1, "lSo016": 1},
    ),
    (
        "lSn16",
        "vi",
        "duasap_kt",
        "Can thiet ke thung va tem cho dua sap gui di xa",
        "Nha toi trong dua sap o Cau Ke, trai ban 130.000-200.000 dong, moi cay chi 30-40% trai co sap nen khach "
        "dat truoc roi gui xe len Sai Gon. Hien dung thung giay tron, khong co tem. Can nguoi thiet ke thung va tem "
        "ghi vuon, ngay thu hoach, cach bao quan cho chuyen nghiep.",
        {"lSo015": 2, "lSo023": 2, "lSo021": 1, "lSo014": 1},
    ),
    # --- product photography ---
    (
        "lSn17",
        "en",
        "bigtinypig",
        "Professional photos for our new restaurant menu",
        "We are opening a restaurant serving Khmer and Mekong dishes in Trà Vinh city and want the menu to show "
        "each dish as appetising as the food really is. We are looking for a photographer, ideally with a food "
        "stylist, who can shoot the whole menu for print and for our page.",
        {"lSo038": 2, "lSo039": 2, "lSo042": 2, "lSo033": 1},
    ),
    (
        "lSn18",
        "en",
        "dongA_keo",
        "White-background photos of coconut candy for online shops",
        "Our coconut-candy company in Bến Tre (now Vĩnh Long) redesigned its wrappers and now sells on Shopee, "
        "Lazada and its own site. We need clean white-background photos of the whole range from several angles, "
        "plus a few styled shots, at a price a small producer can pay.",
        {"lSo033": 2, "lSo034": 2, "lSo035": 2, "lSo041": 2, "lSo036": 2, "lSo040": 1},
    ),
    (
        "lSn19",
        "vi",
        "dbp_ocop",
        "Chụp ảnh sản phẩm OCOP để đăng bán trên sàn thương mại điện tử",
        "Hợp tác xã ở Càng Long có sản phẩm OCOP 3 sao đang đưa lên sàn thương mại điện tử, nhưng ảnh chụp bằng "
        "điện thoại nên hàng tốt mà trông kém hấp dẫn. Cần nơi chụp ảnh sản phẩm nền trắng và vài ảnh bối "
        "cảnh cho từng mặt hàng.",
        {"lSo033": 2, "lSo034": 2, "lSo035": 2, "lSo041": 2, "lSo037": 1, "lSo076": 1},
    ),
    (
        "lSn20",
        "en",
        "datdua",
        "Amazon-ready images for our coconut products",
        "We make coconut candy and coconut jam in Giồng Trôm and have started selling on Amazon in the United "
        "States. The listings need main images that meet the marketplace's photo rules, plus extra angles. We "
        "want a service that shoots to Amazon's standard and uploads or delivers ready files.",
        {"lSo037": 2, "lSo034": 2, "lSo035": 2, "lSo041": 2, "lSo036": 1, "lSo040": 1},
    ),
    (
        "lSn21",
        "vi",
        "baogialai_flycam",
        "Cần chụp ảnh món ăn cho homestay ẩm thực miệt vườn",
        "Homestay của tôi ở Cái Mơn (Chợ Lách) có vườn hoa, khách tới chụp hình đông, nay muốn bán thêm bữa ăn "
        "miệt vườn. Cần thợ chụp món ăn chuyên nghiệp, có người bày món, để làm thực đơn và đăng Facebook.",
        {"lSo038": 2, "lSo039": 2, "lSo042": 2, "lSo033": 1},
    ),
    # --- video and livestream ---
    (
        "lSn22",
        "vi",
        "baogialai_flycam",
        "Quay video giới thiệu vườn hoa để đăng Facebook, TikTok",
        "Vườn cúc mâm xôi cạnh lò gạch cũ của tôi ở Chợ Lách cuối tuần có cả trăm người tới chụp ảnh. Muốn có vài "
        "video ngắn giới thiệu vườn, cảnh quay từ trên cao càng tốt, để đăng Facebook và TikTok thu hút khách mùa "
        "hoa Tết. Ngân sách vừa phải.",
        {"lSo044": 2, "lSo047": 2, "lSo048": 2, "lSo046": 1, "lSo049": 1, "lSo045": 1},
    ),
    (
        "lSn23",
        "en",
        "bth_ocop",
        "Starting livestream sales with other OCOP producers",
        "Our fish-sauce cooperative in Cầu Ngang has three 3-star OCOP products with new bottles and labels, but "
        "we are small and lack staff for marketing. We saw producers in other provinces livestream together and "
        "want help to run regular livestream sales with other OCOP owners.",
        {"lSo050": 2, "lSo051": 2, "lSo052": 2, "lSo045": 2, "lSo054": 1},
    ),
    (
        "lSn24",
        "vi",
        "vl_98ocop",
        "Thuê KOC, TikToker livestream bán bưởi Năm Roi mùa thu hoạch",
        "Hợp tác xã bưởi ở Bình Minh vào vụ thu hoạch chính, sản lượng lớn mà thương lái ép giá. Muốn mời KOC, "
        "TikToker có lượng theo dõi livestream bán bưởi trực tiếp tại vườn vài buổi trong tháng.",
        {"lSo050": 2, "lSo052": 2, "lSo051": 2, "lSo045": 1, "lSo053": 1},
    ),
    (
        "lSn25",
        "vi",
        "ct_genz",
        "Can nguoi lam video ngan TikTok cho san pham cua HTX",
        "HTX chung toi o Tra Cu lam banh tet, banh ong, nguoi tre mua hang qua video ngan va livestream nhung HTX "
        "khong ai biet quay dung. Can nguoi len kich ban, quay va dung video ngan TikTok, Reels ke chuyen san pham "
        "theo kieu tre trung, moi thang vai clip.",
        {"lSo044": 2, "lSo045": 2, "lSo047": 1, "lSo054": 1, "lSo052": 1},
    ),
    (
        "lSn26",
        "en",
        "vn_disan",
        "Company video for a Mang Thít brick and pottery kiln",
        "Our family kiln on the Thầy Cai canal in Mang Thít makes red bricks and decorative pottery. Of nearly "
        "3,000 kilns in the 1980s, more than 1,000 were pulled down in ten years, and we now sell pottery to "
        "foreign buyers and tourists. We want a short company video showing the kiln, craft and products.",
        {"lSo046": 2, "lSo048": 2, "lSo049": 2, "lSo047": 2, "lSo044": 1},
    ),
    (
        "lSn27",
        "vi",
        "crystalbay",
        "Quay phim, dựng video tổng kết lễ hội gạch gốm đỏ",
        "Ban tổ chức Festival gạch gốm đỏ bên sông Cổ Chiên (lần đầu tổ chức 16–23/11/2024) cần đơn vị quay phim "
        "các hoạt động trong tuần lễ hội và dựng một video tổng kết, vài clip ngắn quảng bá du lịch làng nghề Mang "
        "Thít cho lần tổ chức sau.",
        {"lSo046": 2, "lSo049": 2, "lSo048": 2, "lSo045": 1, "lSo044": 1, "lSo047": 1},
    ),
    (
        "lSn28",
        "en",
        "duasap_fest",
        "TV feature and online listing for Cầu Kè waxy coconut",
        "During the 100-year waxy coconut festival in Cầu Kè (25–31 August 2024) fruit and coconut sweets sold out; "
        "the Hòa Tân cooperative's waxy coconut is 4-star OCOP. We want the product filmed for a television feature "
        "and listed on e-commerce platforms so buyers find it outside festival time.",
        {"lSo053": 2, "lSo046": 1, "lSo074": 1, "lSo076": 1},
    ),
    # --- websites ---
    (
        "lSn29",
        "vi",
        "duyngaodu",
        "Làm website giới thiệu và bán hàng cho công ty nhỏ, ngân sách thấp",
        "Công ty chúng tôi ở Trà Vinh bán đặc sản khô qua Facebook, sợ bị khóa trang là mất hết khách. Muốn có "
        "website giới thiệu công ty và bán hàng, có giỏ hàng, chạy tốt trên điện thoại, tìm được trên Google. Thấy "
        "giá website từ 1 triệu đến vài trăm triệu nên cần gói vừa túi tiền.",
        {
            "lSo055": 2,
            "lSo057": 2,
            "lSo058": 2,
            "lSo059": 1,
            "lSo062": 1,
            "lSo063": 1,
            "lSo064": 1,
            "lSo065": 1,
            "lSo066": 1,
        },
    ),
    (
        "lSn30",
        "en",
        "a2z",
        "Simple homestay website with hosting and monthly upkeep",
        "I run a small homestay near Ba Động beach in Duyên Hải. I want a simple site with rooms, photos and a "
        "booking form, plus someone who keeps hosting, security and updates running each month, since I cannot "
        "manage a VPS myself.",
        {
            "lSo060": 2,
            "lSo064": 2,
            "lSo058": 2,
            "lSo066": 2,
            "lSo056": 1,
            "lSo063": 1,
            "lSo061": 1,
            "lSo059": 1,
            "lSo065": 1,
        },
    ),
    (
        "lSn31",
        "vi",
        "craftify",
        "Website cũ bị lỗi, cần bảo trì, gia hạn hosting và nâng cấp",
        "Website của cơ sở chúng tôi ở Long Hồ làm từ lâu, nay hay lỗi giao diện trên điện thoại, hosting sắp hết "
        "hạn và người làm trước không còn hỗ trợ. Cần đơn vị nhận bảo trì, sửa lỗi, gia hạn tên miền, hosting và "
        "nâng cấp thêm trang sản phẩm.",
        {"lSo056": 2, "lSo064": 2, "lSo060": 2, "lSo066": 2, "lSo058": 1, "lSo063": 1},
    ),
    (
        "lSn32",
        "en",
        "ecomtimes",
        "English and Chinese versions of our Vietnamese website",
        "We export dried fruit and coconut products from Càng Long and our website is only in Vietnamese. Buyers "
        "prefer to read and order in their own language, so we need English and Chinese versions of the product "
        "pages, terms and contact forms, kept in step when we update prices and products.",
        {"lSo139": 2, "lSo137": 2, "lSo138": 1, "lSo140": 1},
    ),
    # --- social media and e-commerce ---
    (
        "lSn33",
        "vi",
        "bth_ocop",
        "Thuê người quản lý fanpage, trả lời tin nhắn và chạy quảng cáo",
        "Hợp tác xã mắm tôm, nước mắm ở Cầu Ngang có fanpage nhưng không ai trực, tin nhắn khách hỏi giá để vài "
        "ngày mới trả lời. Cần người quản lý trang hằng tháng: đăng bài đều, trả lời tin nhắn, bình luận, chạy quảng "
        "cáo nhỏ vào dịp Tết.",
        {"lSo067": 2, "lSo069": 2, "lSo072": 2, "lSo070": 2, "lSo068": 1, "lSo073": 1},
    ),
    (
        "lSn34",
        "vi",
        "kami",
        "Gói đăng bài mạng xã hội hằng tháng cho quán cà phê",
        "Quán cà phê mới mở ở phường Trà Vinh muốn có hình ảnh thương hiệu nhất quán trên Facebook và Instagram. "
        "Cần gói dịch vụ hằng tháng: lên lịch nội dung, viết bài, thiết kế ảnh, đăng bài và báo cáo, chủ quán chỉ "
        "duyệt.",
        {"lSo069": 2, "lSo072": 2, "lSo067": 2, "lSo070": 2, "lSo071": 1},
    ),
    (
        "lSn35",
        "vi",
        "canglong",
        "Hướng dẫn đưa sản phẩm OCOP lên sàn thương mại điện tử",
        "Ban chỉ đạo OCOP tỉnh đánh giá nhiều chủ thể còn thụ động, chưa bán được trên mạng. Cơ sở bánh tét của tôi "
        "ở Càng Long cần được hướng dẫn mở gian hàng trên sàn thương mại điện tử, đăng sản phẩm, xử lý đơn và giao "
        "hàng.",
        {"lSo074": 2, "lSo075": 2, "lSo076": 2, "lSo053": 1, "lSo054": 1},
    ),
    (
        "lSn36",
        "en",
        "vov_okombok",
        "Setting up a Facebook page for a Khmer weaving group",
        "Our Khmer women's weaving group in Trà Cú sells scarves and mats to visitors during Ok Om Bok and the "
        "culture and tourism week. We have no social media at all and want someone to set up a page, take the "
        "first photos and post regularly so buyers can order after the festival.",
        {"lSo070": 2, "lSo069": 2, "lSo072": 2, "lSo067": 2, "lSo071": 1},
    ),
    (
        "lSn37",
        "vi",
        "fbads_book",
        "Tài khoản quảng cáo Facebook bị khóa, cần người thiết lập lại",
        "Cửa hàng vật tư nông nghiệp ở Trà Ôn chạy quảng cáo Facebook bằng tài khoản cá nhân, nay tài khoản quảng "
        "cáo bị khóa, fanpage cũng do một nhân viên cũ giữ quyền. Cần người thiết lập lại trình quản lý doanh "
        "nghiệp, phân quyền cho đúng và chạy lại quảng cáo.",
        {"lSo068": 2, "lSo067": 1, "lSo078": 1},
    ),
    # --- events ---
    (
        "lSn38",
        "en",
        "docnhanh_led",
        "Urgent rental of a large outdoor LED screen for a residents' event",
        "Our property company in Trà Vinh city decided at short notice to show a national team's final on a big "
        "screen for residents of our housing area. Large LED screens are in short supply before such matches and "
        "prices triple, so we need a supplier who can rent and install a screen with sound within days.",
        {"lSo083": 2, "lSo084": 2},
    ),
    (
        "lSn39",
        "en",
        "scribd_event",
        "Grand opening for a new farm-supply store",
        "We are opening a second farm-supply store in Vũng Liêm and want an opening ceremony that draws local "
        "farmers: stage and backdrop, sound, an MC, a short programme and small gifts, with the whole event planned "
        "and run by one organiser within a set budget.",
        {"lSo079": 2, "lSo089": 2, "lSo088": 1, "lSo090": 1, "lSo085": 1, "lSo086": 1, "lSo083": 1},
    ),
    (
        "lSn40",
        "en",
        "cvt_hd",
        "Organising our cooperative's members' congress",
        "Our agricultural service cooperative in Tiểu Cần holds its term congress this year to review results, "
        "elect a new board and honour outstanding members. We want an organiser to plan the programme, prepare the "
        "hall and materials, run the day and supply commemorative gifts for delegates.",
        {"lSo080": 2, "lSo079": 2, "lSo091": 1, "lSo082": 1},
    ),
    (
        "lSn41",
        "en",
        "bullet",
        "Year-end party for 120 staff",
        "Our seafood processing company in Duyên Hải wants a year-end party for about 120 workers and guests: a "
        "review of the year, awards, performances and dinner, in a hired venue, organised from start to finish by "
        "an outside team.",
        {"lSo081": 2, "lSo079": 2, "lSo090": 2, "lSo089": 1, "lSo083": 1},
    ),
    (
        "lSn42",
        "vi",
        "vov_okombok",
        "Thuê âm thanh, ánh sáng, màn hình và dàn dựng sân khấu cho tuần văn hóa",
        "Đơn vị chúng tôi phụ trách một điểm biểu diễn trong Tuần văn hóa – du lịch dịp lễ Ok Om Bok ở Trà Vinh "
        "(2–8/11). Cần thuê trọn phần kỹ thuật: loa, micro, đèn sân khấu, màn hình LED và dựng sân khấu ngoài trời "
        "cho các đêm văn nghệ.",
        {"lSo084": 2, "lSo083": 2, "lSo085": 1, "lSo086": 1, "lSo163": 1},
    ),
    (
        "lSn43",
        "vi",
        "nld_ghengo",
        "Can in bang ron, co phuon cho giai dua ghe Ngo",
        "Doi ghe Ngo cua chua chung toi du giai dua tren song Long Binh dip Ok Om Bok, co cu ly 800 m va 1.200 m, "
        "hon nghin khan gia hai ben bo. Can in gap bang ron co vu va co phuon ten doi, ten chua, treo doc bo song.",
        {"lSo086": 2, "lSo085": 1},
    ),
    (
        "lSn44",
        "en",
        "scribd_event",
        "Launch event with press for a new coconut cosmetics line",
        "Our company in Giồng Trôm is launching a coconut-oil cosmetics line and wants a launch event for "
        "distributors, customers and local media: product display, demonstrations, space for photographers and "
        "a press kit, to build buzz and early sales.",
        {"lSo088": 2, "lSo089": 2, "lSo079": 2, "lSo046": 1, "lSo085": 1},
    ),
    # --- weddings ---
    (
        "lSn45",
        "vi",
        "afamily_tg",
        "Tổ chức đám cưới ngoài trời ven sông, cần người lên kế hoạch và trang trí",
        "Gia đình tôi ở Chợ Lách muốn tổ chức tiệc cưới cho con gái ngoài trời ven sông, đèn và hoa tươi, trong khi "
        "lễ gia tiên vẫn giữ giản dị ở nhà cũ với bộ bàn ghế khảm trai. Cần đơn vị lên kế hoạch, điều phối nhà cung "
        "cấp và trang trí trọn gói.",
        {"lSo095": 2, "lSo096": 2, "lSo097": 2, "lSo099": 2, "lSo093": 2, "lSo094": 1, "lSo092": 1, "lSo100": 1},
    ),
    (
        "lSn46",
        "en",
        "travishodges",
        "Full wedding coordination on a modest budget",
        "We are a Khmer–Kinh couple in Trà Vinh planning a wedding with ceremonies at both families' homes and a "
        "reception. Weddings around us keep getting more lavish; we want one planner to coordinate decor, "
        "make-up, photos and the programme within a modest budget.",
        {"lSo095": 2, "lSo097": 2, "lSo099": 2, "lSo093": 2, "lSo100": 1},
    ),
    (
        "lSn47",
        "vi",
        "philinh_en",
        "In vài trăm thiệp cưới có sơ đồ đường đi",
        "Nhà tôi ở Cầu Kè cưới con vào tháng tới, cần in vài trăm thiệp cưới chia hai nội dung cho nhà trai, nhà "
        "gái, có sơ đồ đường đi vào nhà vì ở trong xã, được sửa bản in thử trước khi in.",
        {"lSo098": 2, "lSo100": 1, "lSo096": 1},
    ),
    (
        "lSn48",
        "en",
        "travishodges",
        "Pre-wedding photo and video for a couple in Vĩnh Long",
        "Like many Vietnamese couples we want pre-wedding photos to decorate the reception, but not in a crowded "
        "studio set. We look for a photo and video team for a pre-wedding shoot in gardens and riverside spots "
        "around Vĩnh Long, plus filming on the wedding day.",
        {"lSo100": 2, "lSo095": 1, "lSo043": 1},
    ),
    # --- trade-fair stands ---
    (
        "lSn49",
        "vi",
        "sggp_st",
        "Thiết kế, thi công gian hàng 3×3 m tại hội chợ OCOP",
        "Công ty chúng tôi ở Trà Vinh đã đăng ký một ô gian hàng tại hội chợ OCOP và đặc sản vùng miền tổ chức dịp "
        "lễ hội Ok Om Bok ở Sóc Trăng (khoảng 400 gian). Cần đơn vị thiết kế, dựng gian 3×3 m có kệ trưng bày, đèn, "
        "bảng hiệu và tháo dỡ sau hội chợ.",
        {
            "lSo102": 2,
            "lSo101": 2,
            "lSo103": 2,
            "lSo104": 2,
            "lSo107": 1,
            "lSo105": 1,
            "lSo106": 1,
            "lSo108": 1,
            "lSo109": 1,
        },
    ),
    (
        "lSn50",
        "en",
        "howstuff_ts",
        "Guidance for our first trade show",
        "Our small coconut-cosmetics maker in Ba Tri has booked its first trade show and received a thick "
        "exhibitor packet full of forms and deadlines for cleaning, flowers, power and staffing. We want an "
        "experienced person to plan the booth, flag every deadline and early-bird saving, and tell us what we "
        "really need to order.",
        {"lSo105": 2, "lSo106": 2, "lSo101": 1, "lSo102": 1},
    ),
    (
        "lSn51",
        "en",
        "getbig",
        "Portable stand that fits in a car for many fairs",
        "Our pomelo cooperative in Bình Minh joins six or seven fairs a year around the Mekong Delta. Shipping a "
        "complicated booth and paying handling at each hall is too costly; we want a light, simple stand that packs "
        "into a car and two people can set up quickly.",
        {"lSo102": 2, "lSo104": 1, "lSo101": 1},
    ),
    (
        "lSn52",
        "vi",
        "bentre_fair",
        "Thuê thiết kế gian hàng cho hội chợ OCOP ở Bến Tre",
        "Hội chợ OCOP vùng Đồng bằng sông Cửu Long từng tổ chức ở Bến Tre với 350 gian của 25 tỉnh thành. Năm nay "
        "hợp tác xã chúng tôi ở Giồng Trôm tham gia, cần đơn vị thiết kế và dựng gian hàng trưng bày dừa và sản "
        "phẩm từ dừa cho nổi bật.",
        {"lSo102": 2, "lSo101": 2, "lSo103": 2, "lSo104": 2, "lSo105": 1, "lSo108": 1, "lSo107": 1},
    ),
    (
        "lSn53",
        "en",
        "bentre_fair",
        "Funding to exhibit at OCOP fairs",
        "As a small OCOP producer in Thạnh Phú we would like to show our products at regional fairs like the "
        "Mekong OCOP fair with its 350 booths, but booth and display costs are too high for us. We are looking "
        "for a programme that pays or subsidises our display costs at fairs.",
        {"lSo108": 2, "lSo110": 1, "lSo111": 1, "lSo109": 1},
    ),
    (
        "lSn54",
        "vi",
        "getbig",
        "Gian hàng đảo 6×6 m thiết kế riêng cho hội chợ quốc tế",
        "Doanh nghiệp chế biến thủy sản ở Duyên Hải lần đầu thuê gian đảo 6×6 m tại hội chợ quốc tế ở TP.HCM. Cần "
        "đơn vị thiết kế và thi công gian hàng riêng có quầy tiếp khách, khu trưng bày lạnh, quản lý toàn bộ khâu "
        "vận chuyển, lắp dựng và tháo dỡ.",
        {"lSo101": 2, "lSo103": 2, "lSo104": 2, "lSo106": 2, "lSo102": 2},
    ),
    # --- signage and LED ---
    (
        "lSn55",
        "en",
        "bdg_sign",
        "Channel-letter sign for our new shop (landlord refused a lightbox)",
        "We are moving our bakery to a new shopfront in Trà Vinh city. A lightbox sign like our old one would be "
        "cheaper, but the landlord will not approve it because it does not match the other signs. We need LED-lit "
        "channel letters, perhaps on a raceway to save installation cost.",
        {"lSo113": 2, "lSo112": 2, "lSo115": 2, "lSo116": 2, "lSo114": 1, "lSo122": 1},
    ),
    (
        "lSn56",
        "en",
        "bdg_sign",
        "Replace the face of an old lightbox sign",
        "We took over a shop in Vĩnh Long that already has a sign box on the front. Rather than build a new sign "
        "we want the old plastic face replaced with our own name and logo, and the old tubes changed to LEDs if "
        "possible.",
        {"lSo114": 2, "lSo112": 1, "lSo113": 1},
    ),
    (
        "lSn57",
        "vi",
        "lca_qc",
        "Can lam bang hieu chu noi den LED cho tiem vang",
        "Tiem vang cua toi o Tra On sua lai mat tien, muon lam bang hieu chu noi co den LED sang ban dem, ben mua "
        "gio, dung quy dinh ve bang hieu cua co so kinh doanh. Can noi thiet ke, gia cong va lap dat tron goi.",
        {"lSo113": 2, "lSo112": 2, "lSo115": 2, "lSo116": 1, "lSo122": 1},
    ),
    (
        "lSn58",
        "en",
        "ledguru",
        "Roadside LED billboard at the city gateway",
        "Our advertising company plans a digital billboard beside the main road into Trà Vinh city, seen mostly "
        "from moving vehicles at a distance. We need a supplier to advise on pitch and brightness, supply and "
        "install a weatherproof screen and let us change ads remotely.",
        {"lSo117": 2, "lSo118": 2, "lSo119": 2, "lSo120": 2, "lSo121": 2, "lSo122": 1},
    ),
    (
        "lSn59",
        "en",
        "ledguru",
        "LED advertising screen on our store front",
        "Our appliance store in Bình Minh wants an outdoor LED screen above the entrance, seen by people on the "
        "pavement a few metres away as well as from the road. We need advice on a finer pixel pitch and enough "
        "brightness for afternoon sun, then supply and installation.",
        {"lSo119": 2, "lSo118": 2, "lSo120": 2, "lSo121": 1},
    ),
    (
        "lSn60",
        "en",
        "danchuphapluat",
        "Permit for an advertising board along the national road",
        "Our company wants to put up a large advertising board on our land beside a national road in Càng Long. "
        "We do not know which notification dossier, construction permit and planning rules under the Advertising "
        "Law apply, and need legal advice to file it correctly.",
        {"lSo122": 2, "lSo115": 1, "lSo116": 1},
    ),
    # --- translation and interpreting ---
    (
        "lSn61",
        "vi",
        "vacc_khmer",
        "Dịch biển chỉ dẫn, tờ rơi du lịch sang tiếng Khmer và tiếng Anh",
        "Tổ du lịch cộng đồng ở Trà Cú, nơi đông đồng bào Khmer, đang làm biển chỉ dẫn, tờ rơi và thuyết minh về "
        "chùa, lễ hội. Cần người dịch chuẩn sang tiếng Khmer và tiếng Anh, am hiểu văn hóa Khmer Nam Bộ, có thể "
        "phiên dịch cho đoàn khách khi cần.",
        {"lSo140": 2, "lSo136": 1},
    ),
    (
        "lSn62",
        "en",
        "han_training",
        "Korean and English interpreters for three fair days",
        "Our coconut exporter from Mỏ Cày has a booth at a food fair in Hồ Chí Minh City where many Korean buyers "
        "come. Good Korean interpreters are scarce, and we need one Korean and one English interpreter for three "
        "days who understand food products and can follow up negotiations.",
        {"lSo131": 2, "lSo132": 2, "lSo134": 1, "lSo135": 1, "lSo133": 1, "lSo147": 1},
    ),
    (
        "lSn63",
        "vi",
        "dtstarworld",
        "Dịch công chứng gấp hồ sơ xuất khẩu gạo sang tiếng Anh",
        "Doanh nghiệp xay xát gạo ở Trà Ôn cần nộp gấp hồ sơ cho đối tác nước ngoài: giấy chứng nhận đăng ký kinh "
        "doanh, hợp đồng, giấy chứng nhận chất lượng phải dịch sang tiếng Anh và công chứng trong ngày hoặc vài "
        "ngày. Bản gốc có dấu đỏ, nhiều trang.",
        {"lSo129": 2, "lSo130": 2, "lSo128": 2, "lSo136": 1},
    ),
    (
        "lSn64",
        "en",
        "migration",
        "Localising our pottery shop for European buyers",
        "We sell Mang Thít red pottery online and want to reach buyers in Europe. Translating the texts is not "
        "enough: sizes must be in their units, prices in euros, shipping and return terms clear, and the wording "
        "natural for each market.",
        {"lSo137": 2, "lSo138": 2, "lSo146": 2, "lSo139": 1},
    ),
    (
        "lSn65",
        "vi",
        "toplist_tdv",
        "Cần phiên dịch tiếng Hàn cho đoàn khách Hàn Quốc thăm vườn",
        "Vườn dừa sáp và cây ăn trái của chúng tôi ở Cầu Kè sắp đón đoàn doanh nghiệp Hàn Quốc tới khảo sát để "
        "thu mua. Phiên dịch tiếng Hàn giỏi ở địa phương rất hiếm; cần thuê phiên dịch viên tiếng Hàn đi cùng đoàn "
        "hai ngày, hiểu về nông sản.",
        {"lSo132": 2, "lSo131": 2, "lSo133": 1, "lSo134": 1, "lSo135": 1},
    ),
    (
        "lSn66",
        "en",
        "valentina",
        "Simultaneous interpreting with equipment for a 150-delegate workshop",
        "We are hosting a one-day international workshop in Trà Vinh city with about 150 delegates. Talks switch "
        "between English and Vietnamese, so we need simultaneous interpreters together with booths, headsets and "
        "receivers for the hall.",
        {"lSo135": 2, "lSo147": 1, "lSo136": 1, "lSo134": 1, "lSo133": 1},
    ),
    (
        "lSn67",
        "en",
        "vacc_khmer",
        "Khmer, English and Vietnamese translation of training manuals",
        "Our farming project in Trà Vinh trains Khmer and Kinh farmers and needs its manuals and leaflets "
        "translated between Vietnamese, Khmer and English by people who know the language and culture of the "
        "Southern Khmer.",
        {"lSo140": 2, "lSo136": 1},
    ),
    # --- copywriting, SEO content, profiles, e-catalogues ---
    (
        "lSn68",
        "vi",
        "quentoq",
        "Viết lại mô tả sản phẩm đặc sản cho website và Shopee",
        "Shop đặc sản miền Tây của tôi ở Trà Vinh có hơn trăm sản phẩm, mô tả chỉ vài dòng chép lại từ nhà cung "
        "cấp. Cần người viết mô tả hấp dẫn, đủ thông tin (thành phần, cách dùng, bảo quản) cho website và gian hàng "
        "Shopee.",
        {"lSo152": 2, "lSo151": 2, "lSo153": 2, "lSo154": 2, "lSo148": 1, "lSo150": 1},
    ),
    (
        "lSn69",
        "en",
        "webmag",
        "Original product descriptions instead of manufacturer copy",
        "Our farm-input distributor in Long Hồ put the manufacturers' product descriptions on its web shop word for "
        "word; they are dry and identical on every competitor's site, and search traffic is poor. We need a writer "
        "to produce original, persuasive descriptions for our catalogue.",
        {"lSo151": 2, "lSo154": 2, "lSo153": 2, "lSo152": 2, "lSo149": 1},
    ),
    (
        "lSn70",
        "vi",
        "infinity",
        "Can nguoi viet bai chuan SEO cho website homestay",
        "Homestay cua toi o Ba Dong da co website nhung khong len Google. Can nguoi viet bai chuan SEO ve du lich "
        "Duyen Hai, am thuc, kinh nghiem di bien, vua co chat vua du luong, moi thang vai bai.",
        {"lSo148": 2, "lSo149": 2, "lSo150": 2, "lSo066": 1},
    ),
    (
        "lSn71",
        "vi",
        "kami",
        "Làm hồ sơ năng lực công ty để dự thầu",
        "Xưởng cơ khí nông nghiệp của chúng tôi ở Trà Vinh chuẩn bị tham gia đấu thầu cung cấp máy cho các hợp tác "
        "xã, cần bộ hồ sơ năng lực trình bày chuyên nghiệp: giới thiệu công ty, năng lực sản xuất, sản phẩm, khách "
        "hàng, dự án đã làm.",
        {"lSo155": 2},
    ),
    (
        "lSn72",
        "en",
        "rsonline",
        "E-catalogue with customer-specific prices for wholesale buyers",
        "We supply dried fruit from Tam Bình to shops and distributors and still send PDF price lists by e-mail. We "
        "want an online catalogue with item codes, descriptions, weights and agreed prices per customer, that only "
        "authorised buyers can open and order from.",
        {"lSo156": 2, "lSo157": 2, "lSo158": 2, "lSo159": 2, "lSo160": 1},
    ),
    (
        "lSn73",
        "vi",
        "bangdatally",
        "Catalogue điện tử song ngữ cho gốm đỏ gửi nhà nhập khẩu",
        "Lò gốm đỏ của chúng tôi ở Mang Thít ngoài gạch, lu truyền thống nay làm thêm chậu gốm, gốm trang trí nhiều "
        "kiểu dáng. Cần làm catalogue điện tử song ngữ Việt–Anh có ảnh, kích thước, giá, số lượng đặt tối thiểu để "
        "gửi nhà nhập khẩu.",
        {"lSo158": 2, "lSo156": 2, "lSo157": 1, "lSo155": 1, "lSo033": 1},
    ),
    # --- two more: export labels, festival booth printing ---
    (
        "lSn74",
        "en",
        "na_ocop",
        "Trilingual labels for export-bound dried fruit",
        "Our dried-fruit products from Trà Ôn are about to go to buyers abroad, who require complete labels, stamps "
        "and QR codes to standard. We need the labels redesigned with Vietnamese, English and Chinese text that "
        "still meets the OCOP criteria and food-labelling rules.",
        {"lSo015": 2, "lSo007": 1, "lSo001": 1, "lSo004": 1, "lSo140": 1, "lSo024": 1},
    ),
    (
        "lSn75",
        "vi",
        "crystalbay",
        "In backdrop và băng rôn cho gian trưng bày tại festival gốm đỏ",
        "Hợp tác xã gốm ở Mang Thít có gian trưng bày trong Festival gạch gốm đỏ – kinh tế xanh của tỉnh. Cần thiết "
        "kế, in backdrop có tên hợp tác xã, logo nhà tài trợ và vài băng rôn, cờ phướn treo dọc đường vào làng nghề.",
        {"lSo085": 2, "lSo086": 2, "lSo083": 1},
    ),
]
