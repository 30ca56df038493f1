"""Needs of the holdout97 set (garments, textiles and footwear in Tra Vinh / Vinh Long).

Rows: (id, language, source key, title, description, {offer id: grade}); grade 2 = would solve the need,
1 = partly relevant. Most pages describe places outside the province; each such need is set in the province.
"""

NEEDS = [
    (
        "lUn01",
        "vi",
        "n_truongthinhphat",
        "Cần giải pháp cân bằng chuyền may, tăng năng suất xưởng gia công",
        "Vợ chồng chúng tôi mở xưởng may gia công hàng xuất khẩu ở huyện Càng Long từ tháng 10/2019, nhận đơn của "
        "đối tác Đài Loan, Mỹ; hơn 60 công nhân người địa phương làm các khâu cắt, may, ủi, in logo, cắt chỉ, "
        "xếp hàng, lương theo sản phẩm 4-9 triệu đồng/tháng. Chuyền hay ùn ở vài công đoạn; cần tư vấn cân bằng "
        "chuyền, cải tiến để tăng năng suất.",
        {"lUo004": 2, "lUo005": 2, "lUo007": 2, "lUo001": 2, "lUo002": 2, "lUo003": 2, "lUo006": 1, "lUo009": 1},
    ),
    (
        "lUn02",
        "en",
        "n_lb_blog",
        "Line balancing for T-shirt and polo sewing lines",
        "Our knit garment factory in Long Duc industrial park, Tra Vinh, sees bottlenecks on its sewing lines: "
        "some operators wait while others are overloaded, work in progress piles up and delivery slips. We want "
        "a line balancing method or tool that assigns operations by skill, machine type and operation time so "
        "the flow is even and output rises.",
        {"lUo001": 2, "lUo002": 2, "lUo003": 2, "lUo004": 2, "lUo006": 1, "lUo007": 1},
    ),
    (
        "lUn03",
        "vi",
        "n_anxuyen",
        "Can nguoi huong dan sap xep cong doan cho to may gia cong",
        "To may gia cong cua chi em o xa Hieu Tu, huyen Tieu Can moi mo sau hon 10 nam di may thue o TP.HCM, "
        "Binh Duong; von bo ra hon 100 trieu dong, hon 10 lao dong nong thon, luong trung binh 5 trieu dong/thang. "
        "Can nguoi huong dan sap xep cong doan, cai tien cach lam de tang san luong va thu nhap cho to.",
        {"lUo005": 2, "lUo004": 2, "lUo006": 1, "lUo001": 1},
    ),
    (
        "lUn04",
        "vi",
        "n_erp_may",
        "Cần phần mềm quản lý đơn hàng, vật tư, tiến độ cho doanh nghiệp may",
        "Doanh nghiệp may của chúng tôi ở TP Vĩnh Long cạnh tranh với nhiều nhà cung cấp về cả sản phẩm đầu ra lẫn "
        "nguồn nguyên liệu đầu vào, nhưng đơn hàng, vật tư, tiến độ từng công đoạn vẫn theo dõi bằng các file Excel "
        "rời rạc. Cần phần mềm quản lý (ERP hoặc hệ thống theo dõi tiến độ) phù hợp quy mô doanh nghiệp may vừa.",
        {"lUo008": 2, "lUo009": 1, "lUo001": 1},
    ),
    (
        "lUn05",
        "vi",
        "n_maycatvai",
        "Muốn tự động hóa khâu cắt vải cho xưởng may đồng phục",
        "Thị trường may mặc nội địa tăng 10-15% mỗi năm, đạt trên 85.000 tỷ đồng, nên xưởng may đồng phục của "
        "chúng tôi ở TP Vĩnh Long nhận nhiều đơn hơn. Khâu cắt vẫn làm thủ công, chi tiết lệch cỡ, tốn vải và "
        "chậm. Cần tư vấn, cung cấp máy cắt vải tự động phù hợp xưởng vừa và nhỏ.",
        {"lUo011": 2, "lUo014": 2, "lUo018": 2, "lUo019": 1, "lUo010": 1, "lUo012": 1},
    ),
    (
        "lUn06",
        "en",
        "n_cutroom",
        "Better markers and cut plans to save fabric in our cutting room",
        "The cutting room of our garment company in Tra Vinh city keeps manual books and registers, and finding "
        "past records is hard. Buyers accept only about 5% extra delivery, so we must cut the ordered quantities "
        "with the fewest lays and the least fabric. We need better marker making, cut planning and loss analysis.",
        {"lUo015": 2, "lUo016": 2, "lUo017": 2, "lUo010": 2, "lUo013": 2, "lUo012": 1, "lUo018": 1, "lUo019": 1},
    ),
    (
        "lUn07",
        "vi",
        "n_apex_marker",
        "Muốn học giác sơ đồ, nhảy mẫu trên máy tính",
        "Cơ sở may quần áo trẻ em ở huyện Mang Thít đang giác sơ đồ bằng tay trên giấy. Hiệu suất sơ đồ chuẩn của "
        "ngành khoảng 80-90%, giác trên máy tính còn tốt hơn vài phần trăm, mà vải là chi phí lớn nhất. Chúng tôi "
        "cần hệ CAD và người hướng dẫn thiết kế mẫu, nhảy cỡ, giác sơ đồ.",
        {"lUo010": 2, "lUo016": 1, "lUo017": 1, "lUo012": 1},
    ),
    (
        "lUn08",
        "vi",
        "n_tl_pm",
        "Cần chương trình bảo trì định kỳ cho máy may công nghiệp",
        "Xưởng may ở huyện Cầu Kè đầu tư máy mới nhưng chỉ sửa khi máy hỏng; máy dừng giữa ca, công nhân mới vào "
        "lại mất thời gian. Cần lập lịch bảo trì định kỳ theo giờ chạy máy, hướng dẫn công nhân vệ sinh ổ chao, "
        "răng cưa, kiểm tra kim và dầu hằng ngày, và dịch vụ thợ máy khi cần.",
        {"lUo024": 2, "lUo020": 2, "lUo021": 2, "lUo023": 2, "lUo022": 1},
    ),
    (
        "lUn09",
        "en",
        "n_ordnur_pm",
        "Spare parts and mechanic support to cut sewing machine downtime",
        "Our shirt factory in Tra On, Vinh Long, loses output when needles, springs or small parts break and the "
        "machine waits for a replacement. We want to reduce downtime and keep machines long-lived: a recommended "
        "spare-parts and needle stock, correct needle sizes for each fabric, and mechanic support.",
        {"lUo022": 2, "lUo020": 2, "lUo023": 1, "lUo021": 1, "lUo024": 1},
    ),
    (
        "lUn10",
        "en",
        "n_selvyna",
        "Inspection system to stop defective shipments",
        "A shipment from our apparel workshop in Long Ho, Vinh Long, came back with about 20% of units showing "
        "crooked seams, mismatched colours or wrong sizes. We need a structured quality system: fabric inspection "
        "by the 4-point method, lab dip and pre-production sample approval, inline checks and AQL final inspection.",
        {"lUo025": 2, "lUo026": 2, "lUo027": 2, "lUo028": 2, "lUo029": 1, "lUo032": 1, "lUo164": 1},
    ),
    (
        "lUn11",
        "vi",
        "n_dothethao",
        "Cần thử độ bền màu, độ co và thấm hút của vải đồ thể thao",
        "Cơ sở may đồ thể thao ở thị xã Bình Minh muốn nhận đơn cho đội bóng, trường học nhưng khách yêu cầu vải "
        "đạt tiêu chuẩn ISO, AATCC hoặc TCVN về độ bền màu khi giặt, độ co giãn, thấm hút. Cần phòng thử nghiệm "
        "nhận mẫu và trả kết quả nhanh.",
        {"lUo030": 2, "lUo032": 2, "lUo031": 2, "lUo033": 1},
    ),
    (
        "lUn12",
        "vi",
        "n_vsattp",
        "Kiểm tra chất lượng lô vải nhập trước khi cắt",
        "Doanh nghiệp may ở TP Trà Vinh nhập vải từ nhiều nguồn, có lô mỏng, dễ rách, co giãn không đều. Cần nơi "
        "kiểm tra độ dày, độ bền kéo và xé, độ giãn, khả năng thấm hút và chống nước của từng lô trước khi đưa vào "
        "sản xuất.",
        {"lUo032": 2, "lUo030": 2, "lUo031": 2, "lUo033": 1, "lUo027": 1},
    ),
]

NEEDS += [
    (
        "lUn13",
        "en",
        "n_vinatex_vt",
        "Training partner to staff 29 new sewing lines",
        "Our new tailoring plant in Cau Ngang district, Tra Vinh, began operating in April and has exported its "
        "first 500 products to Europe and America, a turnover of USD 400,000. To run 29 production lines we need "
        "700-800 workers, most without sewing experience. We seek a partner to train and certify industrial "
        "sewing operators quickly.",
        {"lUo034": 2, "lUo035": 2, "lUo036": 2, "lUo037": 2, "lUo041": 2, "lUo038": 1, "lUo040": 1, "lUo112": 1},
    ),
    (
        "lUn14",
        "vi",
        "n_greenmaple",
        "Cần đào tạo công nhân may, KCS và kỹ thuật chuyền cho 2 chuyền mới",
        "Công ty may hàng thun ở KCN Hòa Phú mở thêm 2 chuyền, cần 50 công nhân may, 20 kiểm tra chất lượng, 10 "
        "lao động phổ thông, 10 công nhân ủi và 3 kỹ thuật chuyền, nhưng hội chợ việc làm rất ít người đến. Cần "
        "đơn vị đào tạo ngắn hạn cả thợ may lẫn KCS, tổ trưởng, kỹ thuật chuyền.",
        {"lUo034": 2, "lUo037": 2, "lUo040": 2, "lUo041": 2, "lUo036": 1, "lUo038": 1},
    ),
    (
        "lUn15",
        "vi",
        "n_tv_daotao",
        "Mở lớp may công nghiệp 3 tháng cho lao động nông thôn TP Trà Vinh",
        "Lao động nông thôn ở các phường, xã ven TP Trà Vinh phần lớn chưa qua đào tạo nghề, trình độ và kỹ năng "
        "thấp. Địa phương cần đơn vị mở lớp sơ cấp may công nghiệp khoảng 3 tháng, học lý thuyết kết hợp thực "
        "hành trên máy công nghiệp, cấp chứng chỉ và giới thiệu việc làm tại doanh nghiệp.",
        {"lUo034": 2, "lUo035": 2, "lUo036": 2, "lUo037": 2, "lUo041": 2, "lUo112": 1},
    ),
    (
        "lUn16",
        "en",
        "n_delight_smo",
        "Retraining existing sewing operators who miss targets",
        "In our jeans and uniform factory in Vung Liem, Vinh Long, sewing machine operators shape every garment, "
        "but many do not reach quality and speed targets, rework is high and skilled people leave. We need a "
        "programme that retrains existing operators on the line rather than only new recruits.",
        {"lUo039": 2, "lUo038": 2, "lUo041": 1, "lUo005": 1},
    ),
    (
        "lUn17",
        "vi",
        "n_laodong_dagiay",
        "Can dao tao cong nhan may mu giay cho nha may giay moi",
        "Doanh nghiep da giay dang co xu huong dich chuyen ve mien Tay; cong ty chung toi vua dat nha may giay o "
        "KCN Long Duc, Tra Vinh va lo xao tron luc luong lao dong dia phuong. Can don vi dao tao cong nhan may mu "
        "giay, go, dan de theo dat hang cua doanh nghiep.",
        {"lUo112": 2, "lUo111": 1, "lUo115": 1, "lUo037": 1},
    ),
    (
        "lUn18",
        "vi",
        "n_thanhphuc",
        "Muốn thêm máy thêu vi tính để thêu logo đồng phục",
        "Cơ sở in may đồng phục của tôi ở TP Trà Vinh có 3 thợ thường xuyên, mùa cao điểm thuê thêm 2 người và "
        "mua thêm 2 máy in; mỗi ngày in 300-400 áo hội khóa, lớp, nhu cầu tăng 4-5 lần, có hôm làm đến 3 giờ "
        "sáng. Khách hỏi nhiều áo thêu logo; cần máy thêu vi tính, dịch vụ làm file thêu và hướng dẫn vận hành.",
        {"lUo044": 2, "lUo049": 2, "lUo042": 2, "lUo050": 2, "lUo043": 1, "lUo045": 1},
    ),
    (
        "lUn19",
        "en",
        "n_aplus_emb",
        "Moving a hand-embroidery group to computerized embroidery",
        "Our women's group in Chau Thanh district embroiders by hand, so no two logos come out exactly alike and "
        "orders of identical logos for uniforms take too long. Computer embroidery has existed since the 1980s "
        "but mostly in large companies. We need an affordable embroidery machine with automatic colour change, "
        "design software and training.",
        {"lUo044": 2, "lUo042": 2, "lUo049": 2, "lUo048": 1, "lUo043": 1, "lUo045": 1},
    ),
    (
        "lUn20",
        "vi",
        "n_dungtien",
        "Tổ thêu tay Khmer cần đào tạo kỹ thuật và mẫu mới",
        "Nghề thêu tay của chị em Khmer ở huyện Trà Cú truyền từ đời này sang đời khác, nhưng như nhiều làng nghề "
        "thủ công, sản phẩm khó cạnh tranh, thợ trẻ ít theo. Tổ muốn được đào tạo thêm kỹ thuật thêu tay, mẫu "
        "mới cho áo dài, tranh, khăn bán khách du lịch, giữ được nét truyền thống.",
        {"lUo047": 2, "lUo048": 2, "lUo046": 2, "lUo057": 1},
    ),
    (
        "lUn21",
        "en",
        "n_danviet_theu",
        "Turning hand-drawn designs into machine embroidery files",
        "Our ao dai and embroidered-picture workshop in Vinh Long city still embroiders mostly by hand; a picture "
        "can take a month, while repeat customer orders need the same motifs on many pieces. We need someone to "
        "digitize our drawings into stitch files for an embroidery machine, choosing stitch types and density.",
        {"lUo043": 2, "lUo050": 2, "lUo042": 2, "lUo044": 1, "lUo045": 1},
    ),
    (
        "lUn22",
        "en",
        "n_hoa_knit",
        "Knitting machines and skills for a workshop of disabled workers",
        "I started knitting jumpers with VND 200,000 of capital for ten pieces; my workshop in Vinh Long now "
        "employs about 30 people with disabilities, but we share two yarn-reeling machines and five donated "
        "knitting machines. We want suitable knitting machines and operator training to take larger orders.",
        {"lUo055": 2, "lUo054": 2, "lUo051": 1},
    ),
    (
        "lUn23",
        "vi",
        "n_changvang",
        "Cần nguồn vải dệt kim sản xuất trong nước để đạt quy tắc xuất xứ",
        "Tỷ lệ nội địa hóa ngành dệt may chỉ khoảng 45%; năm 2020 xuất khẩu 35,2 tỷ USD nhưng nhập 25,4 tỷ USD "
        "nguyên phụ liệu. Doanh nghiệp may áo thun của chúng tôi ở KCN Hòa Phú muốn hưởng ưu đãi EVFTA (từ vải "
        "trở đi) nên cần nhà cung cấp vải dệt kim sản xuất trong nước ổn định.",
        {"lUo053": 2, "lUo051": 1, "lUo054": 1},
    ),
    (
        "lUn24",
        "en",
        "n_merch_knit",
        "Flat-knit collars and cuffs knitted to size for polo shirts",
        "Our polo shirt workshop in Tra Vinh buys pique fabric but needs collars, cuffs and bottoms flat-knitted "
        "to exact sizes, since they cannot be cut for size adjustment. We need a knitter with flatbed machines "
        "or advice on setting up our own.",
        {"lUo054": 2, "lUo055": 2, "lUo051": 1},
    ),
]

NEEDS += [
    (
        "lUn25",
        "vi",
        "n_hoian_len",
        "Lớp móc len của hội phụ nữ cần thêm mẫu và đầu ra",
        "Hội Phụ nữ xã ở huyện Cầu Ngang mở lớp móc len được gần 4 tháng; nhiều chị em, có người ngoài 60 tuổi, "
        "đã móc được túi xách bán vài trăm nghìn đồng mỗi cái. Chúng tôi cần người dạy thêm mẫu mã, nhận đơn hàng "
        "ổn định và giúp đưa sản phẩm len thành hàng lưu niệm của địa phương.",
        {"lUo056": 2, "lUo057": 2, "lUo046": 1, "lUo134": 1},
    ),
    (
        "lUn26",
        "en",
        "n_knt_romana",
        "Circular-knit T-shirt fabric twisting after cutting and washing",
        "Our knit T-shirt workshop in Tra Vinh buys circular-knitted jersey; after cutting and washing the side "
        "seams spiral and garments go off grain, and quality checks of knit fabric are not systematic. We need "
        "advice on the causes in yarn and knitting parameters, fabric testing and cutting practice.",
        {"lUo054": 2, "lUo052": 2, "lUo032": 1, "lUo030": 1},
    ),
    (
        "lUn27",
        "vi",
        "n_hoatien",
        "HTX dệt thổ cẩm Khmer cần công nghệ nhuộm tự nhiên bền màu",
        "Hợp tác xã dệt thổ cẩm của chị em Khmer ở huyện Trà Cú gặp khó vì công cụ thô sơ, sợi không bảo đảm, mẫu "
        "mã đơn giản, màu sản phẩm không bền và không đều, lại bị hàng rẻ cạnh tranh. Cần chuyển giao công nghệ "
        "nhuộm tự nhiên bền màu, ít nước thải hóa chất, hướng dẫn cả thiết bị nhuộm.",
        {
            "lUo058": 2,
            "lUo059": 2,
            "lUo060": 2,
            "lUo062": 2,
            "lUo063": 2,
            "lUo064": 1,
            "lUo061": 1,
            "lUo134": 1,
            "lUo065": 1,
        },
    ),
    (
        "lUn28",
        "en",
        "n_diveja",
        "Natural-dyed cotton fades: need mordanting know-how",
        "Our small natural-dye workshop in Vinh Long dyes cotton with plant extracts, but samples dyed without a "
        "mordant lost their colour within a short time, turning from yellow-green to light yellow. We need "
        "know-how on mordants and dyeing steps that give fast, repeatable colours on cotton.",
        {"lUo063": 2, "lUo064": 2, "lUo059": 2, "lUo065": 1, "lUo058": 1},
    ),
    (
        "lUn29",
        "vi",
        "n_xanhluc",
        "Can cach nhuom vai bang la cay san co o Tra Vinh",
        "Co so det lua nho o Tra Vinh muon nhuom vai to tam, cotton bang nguyen lieu san co nhu la dua, la bang, "
        "trai dua nuoc thay thuoc nhuom hoa hoc, tao mau xanh, vang, nau ben va an toan. Can quy trinh chiet mau, "
        "nhuom truc tiep hoac nhuom chong va chat cam mau phu hop.",
        {"lUo061": 2, "lUo058": 2, "lUo059": 2, "lUo060": 2, "lUo065": 2, "lUo062": 1, "lUo063": 1},
    ),
    (
        "lUn30",
        "en",
        "n_khmer_lua",
        "Support for Khmer silk-weaving households with high costs",
        "Khmer silk weaving in Tra Cu was revived with help from the state, NGOs and a few cooperatives, but "
        "households of two or three workers face high input costs, many manual stages and low literacy, and earn "
        "only a few million dong a year. We need support in management, product development and market access.",
        {"lUo134": 2, "lUo057": 1, "lUo005": 1, "lUo046": 1},
    ),
    (
        "lUn31",
        "vi",
        "n_vangiao",
        "HTX dệt thổ cẩm Khmer muốn nâng cao quản lý, năng suất và mẫu mã",
        "HTX dệt thổ cẩm Khmer của chúng tôi ở Trà Cú thành lập năm 2020 với 63 thành viên nữ, sản phẩm dệt tay "
        "từ sợi bông, tơ tằm đạt OCOP 3 sao. Quy trình thủ công nhiều công đoạn, năng suất thấp; cần hỗ trợ kỹ năng "
        "quản lý, tổ chức sản xuất, cải tiến và phát triển sản phẩm.",
        {"lUo134": 2, "lUo005": 2, "lUo046": 1, "lUo057": 1, "lUo147": 1},
    ),
    (
        "lUn32",
        "en",
        "n_surnam",
        "Cutting steam and water costs in a knit-fabric dyehouse",
        "Our dyehouse in Co Chien industrial park, Tra Vinh, dyes knitted fabric for export garment makers and "
        "faces rising energy and water bills and tougher competition. We need an energy management study and "
        "practical measures for dyeing machines, steam and hot wastewater.",
        {"lUo069": 2, "lUo070": 2, "lUo071": 2, "lUo072": 2, "lUo067": 2, "lUo066": 1, "lUo073": 1, "lUo090": 1},
    ),
    (
        "lUn33",
        "en",
        "n_tht_bv",
        "Cutting water use in dyeing and rinsing at a fabric dye house",
        "Our fabric dye house in Long Ho district uses large volumes of water, with dyeing and washing taking "
        "close to 70% of it; the effluent carries dyes and auxiliaries and costs a lot to treat, while brands "
        "demand strict environmental standards. We need cleaner-production measures for water, chemicals and "
        "energy.",
        {"lUo066": 2, "lUo067": 2, "lUo069": 2, "lUo070": 2, "lUo090": 1},
    ),
    (
        "lUn34",
        "vi",
        "n_sxsh_hungyen",
        "Đánh giá sản xuất sạch hơn, tiết kiệm điện cho công ty may",
        "Công ty may ở huyện Vũng Liêm muốn xây dựng hệ thống giải pháp sản xuất sạch hơn như các tổng công ty may "
        "lớn: giảm điện cho máy may, đèn, hơi là, giảm vải vụn và chất thải. Cần đơn vị đánh giá SXSH và sử dụng "
        "năng lượng hiệu quả, đề xuất giải pháp có thời gian hoàn vốn.",
        {"lUo068": 2, "lUo067": 2, "lUo072": 2, "lUo073": 2, "lUo066": 1},
    ),
    (
        "lUn35",
        "vi",
        "n_fastnews",
        "Muốn in kỹ thuật số cho đơn áo thun nhỏ lẻ",
        "Xưởng in áo thun ở TP Trà Vinh đang in lụa: mỗi màu một khuôn, cần chỗ rộng không bụi và thợ phải luyện "
        "tay lâu, chỉ có lợi với đơn lớn. Khách giờ đặt đơn vài chiếc, hình nhiều màu; cần công nghệ in kỹ thuật "
        "số trực tiếp lên áo và hướng dẫn chọn vải, mực.",
        {"lUo076": 2, "lUo079": 2, "lUo077": 2, "lUo080": 1, "lUo074": 1},
    ),
    (
        "lUn36",
        "en",
        "n_instapawar",
        "Printing photos on polyester souvenir shirts",
        "Our souvenir shop in Vinh Long city wants to print customers' photos and logos on polyester T-shirts, "
        "mugs and similar items quickly, using heat: the design printed on special paper and transferred with a "
        "heat press. We need equipment, suitable fabrics and process advice.",
        {"lUo074": 2, "lUo081": 1, "lUo077": 1, "lUo079": 1},
    ),
]

NEEDS += [
    (
        "lUn37",
        "vi",
        "n_tshirt_univ",
        "Can hoc in lua ao thun va mua dung cu cho co so nho",
        "Toi muon mo co so in lua ao thun nho o huyen Tra On. Can hoc cach phu nhu tuong cam quang len khung luoi, "
        "phoi ban bang phim trong, rua khuon, in bang dao gat va say muc (muc goc nuoc hay plastisol), va biet can "
        "mua nhung gi: khung, may phoi, ban in, muc, dao gat.",
        {"lUo075": 2, "lUo078": 2, "lUo083": 2, "lUo074": 1, "lUo077": 1},
    ),
    (
        "lUn38",
        "en",
        "n_digout_old",
        "Short-run printed fabric for fashion samples",
        "As a small fashion label in Tra Vinh we send hand-made designs away for sample printing; traditional "
        "mills impose minimum yardage and long turnaround. We need a printer or equipment that can produce "
        "short runs of our own printed fabric for samples and small collections quickly and affordably.",
        {"lUo080": 2, "lUo082": 2, "lUo081": 1, "lUo076": 1},
    ),
    (
        "lUn39",
        "vi",
        "n_sggp_nhuom",
        "Cơ sở giặt nhuộm bị phản ánh nước thải màu, mùi hóa chất",
        "Cơ sở giặt công nghiệp và nhuộm của chúng tôi ven rạch ở huyện Long Hồ bị người dân phản ánh: nước thải "
        "màu xanh đậm chảy ra rạch, mùi hóa chất và khói từ ống khói. Cần thiết kế, lắp hệ thống xử lý nước thải "
        "nhuộm khử màu, giảm COD để đạt quy chuẩn xả thải.",
        {"lUo084": 2, "lUo085": 2, "lUo086": 2, "lUo087": 2, "lUo088": 2, "lUo089": 1},
    ),
    (
        "lUn40",
        "vi",
        "n_pangrim",
        "Nâng cấp hệ thống xử lý nước thải dệt nhuộm để đạt chuẩn",
        "Doanh nghiệp dệt nhuộm ở KCN Long Đức lo bị xử phạt như các vụ từng bị phát hiện: nước thải vượt chuẩn TSS "
        "17,8 lần, COD 19,8 lần, crôm VI 12,7 lần, độ màu 28,6 lần, bị phạt 456,8 triệu đồng và buộc lắp quan "
        "trắc tự động. Cần nâng cấp hệ thống xử lý và khử màu tin cậy.",
        {"lUo086": 2, "lUo087": 2, "lUo089": 2, "lUo085": 1, "lUo084": 1},
    ),
    (
        "lUn41",
        "en",
        "n_cotton_babu",
        "Low-cost colour removal for a small dye house",
        "Stricter effluent standards have closed several small-scale textile units elsewhere, and our small "
        "cotton dyeing and printing house in Vinh Long is next in line. Its wastewater is rich in colour from "
        "reactive dye residues and chemicals. We need an affordable treatment that removes colour and COD.",
        {"lUo088": 2, "lUo089": 2, "lUo084": 2, "lUo085": 1, "lUo090": 1, "lUo066": 1},
    ),
    (
        "lUn42",
        "vi",
        "n_scem",
        "Can tai su dung nuoc xa nhuom cho xuong nhuom",
        "Xuong nhuom vai o thi xa Binh Minh dung rat nhieu nuoc; nuoc xa sau giat tuong doi sach van bi tron chung "
        "voi nuoc nhuom dam roi xa bo. Can giai phap tach dong, tai su dung nuoc xa va thu hoi nhiet nuoc nong "
        "de giam nuoc cap va chi phi xu ly.",
        {"lUo070": 2, "lUo090": 2, "lUo069": 1, "lUo066": 1},
    ),
    (
        "lUn43",
        "en",
        "n_tf_denim",
        "Effluent problem at a contract jeans-washing laundry",
        "Demand for stone-washed and ice-washed denim has made our small contract washing laundry in Vinh Long "
        "profitable, but we lack the know-how to manage the coloured stone-wash effluent that reaches the "
        "public sewer. We need washing technology that uses less water and chemicals and better effluent control.",
        {"lUo091": 2, "lUo092": 2, "lUo093": 2, "lUo094": 2, "lUo095": 1, "lUo088": 1, "lUo085": 1},
    ),
    (
        "lUn44",
        "vi",
        "n_suzette",
        "Xưởng wash jean muốn giảm nước, hóa chất và bùn thải",
        "Xưởng wash quần jean ở huyện Bình Tân tạo hiệu ứng bạc màu bằng thuốc tím phun (PP spray) và chà tay, "
        "máy sấy tới 100 quần mỗi mẻ; bùn thải gồm bụi bông, đá và hóa chất. Cần công nghệ laser, ozone hoặc "
        "tương tự để giảm nước, hóa chất và bùn.",
        {"lUo091": 2, "lUo092": 2, "lUo093": 2, "lUo094": 2, "lUo095": 1},
    ),
    (
        "lUn45",
        "en",
        "n_fen",
        "Recycling fabric scraps instead of dumping or burning them",
        "Our garment workshop in Tieu Can district produces many scraps, leftovers and faulty pieces after "
        "cutting. Until now they became rags, overly stiff pillow stuffing, or were burned, releasing toxic "
        "fumes. We need a way to recycle scraps into products of value, or a buyer that recycles them.",
        {"lUo096": 2, "lUo097": 2, "lUo098": 2, "lUo099": 2, "lUo100": 1, "lUo101": 1, "lUo019": 1},
    ),
    (
        "lUn46",
        "en",
        "n_owiki",
        "Recycling partner for pre-consumer cutting waste",
        "Garment factories in Long Duc industrial park produce pre-consumer waste: cutting offcuts, selvedges and "
        "rejected pieces sorted by composition. We want a recycling partner or technology to turn it into fibre, "
        "filling or other products used by furniture, building or automotive makers.",
        {"lUo099": 2, "lUo100": 2, "lUo101": 2, "lUo098": 2, "lUo096": 1, "lUo097": 1, "lUo019": 1},
    ),
    (
        "lUn47",
        "vi",
        "n_tuantu",
        "Thay việc đốt vải vụn trong lò hơi",
        "Công ty may ở TP Vĩnh Long đang đốt vải vụn, vải hỏng trong lò hơi để giải phóng mặt bằng, nhưng khói "
        "sinh dioxin gây ô nhiễm, ảnh hưởng sức khỏe người dân xung quanh. Cần giải pháp thu gom, tái chế vải vụn "
        "tạo giá trị thay vì đốt.",
        {"lUo098": 2, "lUo096": 2, "lUo099": 2, "lUo101": 1, "lUo100": 1},
    ),
    (
        "lUn48",
        "en",
        "n_eco_sust",
        "What to do with blended poly-cotton scraps",
        "Most of our cutting waste in Tra Vinh is polyester-cotton blends, dyed and sometimes printed, which "
        "recyclers say are hard to separate. We need a recycling route that accepts mixed blends.",
        {"lUo098": 2, "lUo099": 1, "lUo101": 1, "lUo100": 1},
    ),
]

NEEDS += [
    (
        "lUn49",
        "vi",
        "n_phusang",
        "Muon tan dung vai vun cotton lam gie lau, nhoi goi",
        "Co so may ao thun o huyen Cau Ke co nhieu vai vun cotton, polyester tu khau cat, hinh dang khong deu. "
        "Chung toi muon tan dung lam gie lau cong nghiep, soi nhoi goi, nem hoac ban cho noi tai che, can biet cach "
        "phan loai, xe soi va dau ra.",
        {"lUo101": 2, "lUo099": 2, "lUo096": 1, "lUo100": 1, "lUo019": 1},
    ),
    (
        "lUn50",
        "vi",
        "n_khpt_collagen",
        "Thuộc da cá tra làm ví, túi từ phụ phẩm",
        "Nhà máy chế biến cá tra phi lê của chúng tôi ở thị xã Bình Minh thải mỗi ngày khoảng 5-8 tấn da cá; phần "
        "phi lê chỉ chiếm 30% thân cá, 70% còn lại bán phụ phẩm 6.000-8.000 đồng/kg. Chúng tôi muốn thuộc da cá "
        "thành da thành phẩm làm ví, túi, dây nịt để tăng giá trị.",
        {"lUo102": 2, "lUo103": 2, "lUo104": 2, "lUo105": 2},
    ),
    (
        "lUn51",
        "en",
        "n_uv_collagen",
        "Small-scale tanning of fish skins for a farmers' cooperative",
        "Our fish farming and filleting cooperative in Tra On, Vinh Long, throws away skins or sells them very "
        "cheaply after filleting. We want a simple, low-cost way to tan fish skins into leather in a small "
        "workshop with local labour, and to learn which finishing steps buyers need.",
        {"lUo102": 2, "lUo104": 2, "lUo103": 1, "lUo105": 1},
    ),
    (
        "lUn52",
        "en",
        "n_trucl_am",
        "Switching a shoemaking workshop from solvent to water-based glue",
        "Our family workshop in Vinh Long city makes low-price leather shoes; the son learned shoe design in the "
        "South and came back to run it. The gluing step uses strong-smelling solvent cement. We need guidance to "
        "move to water-based adhesives with equally durable bonds, and a way to test adhesion.",
        {"lUo106": 2, "lUo108": 2, "lUo109": 2, "lUo110": 1},
    ),
    (
        "lUn53",
        "en",
        "n_hesperian_ch6",
        "Workers sick from glue fumes in a shoe workshop",
        "In our shoe workshop in Tra Vinh, heated glues and plastics release chemicals and workers at the "
        "cementing tables report headaches and dizziness. We need safer adhesives, ventilation and work practices "
        "that cut solvent exposure without hurting bond quality.",
        {"lUo108": 2, "lUo109": 2, "lUo106": 2, "lUo107": 1},
    ),
    (
        "lUn54",
        "vi",
        "n_hoangdieu",
        "Cần đào tạo thiết kế mẫu giày cho cơ sở đóng giày",
        "Nhóm hộ đóng giày da ở TP Trà Vinh học theo mô hình làng giày Hoàng Diệu (gần 400 hộ, hơn 1.000 lao "
        "động, khoảng 2,5 triệu đôi và trên 18 tỷ đồng mỗi năm) nhưng thiếu người thiết kế mẫu. Cần khóa học thiết "
        "kế, làm rập, nhảy cỡ giày dép ngắn hạn.",
        {"lUo111": 2, "lUo115": 2, "lUo116": 2, "lUo112": 1},
    ),
    (
        "lUn55",
        "vi",
        "n_vtv_dagiay",
        "Cần kiểm tra độ bền mối dán đế giày",
        "Ngành da giày có hơn 1.500 doanh nghiệp, 70% phụ thuộc hoàn toàn nguyên phụ liệu nhập. Doanh nghiệp giày "
        "ở Vĩnh Long muốn đổi sang keo và đế trong nước nhưng khách lo bong đế; cần phương pháp và nơi thử độ bền "
        "bóc tách, chịu nhiệt và lão hóa của mối dán.",
        {"lUo110": 2, "lUo113": 1, "lUo031": 1},
    ),
    (
        "lUn56",
        "en",
        "n_choco",
        "Testing toe protection and uppers of canvas safety shoes",
        "We make canvas work shoes in Vinh Long: canvas upper, shock-absorbing lining, slip-resistant rubber "
        "sole and a protective toe. Industrial buyers ask for proof of impact resistance of the toe and durable "
        "upper materials. We need impact testing and advice on locally made upper materials.",
        {"lUo113": 2, "lUo114": 2, "lUo110": 1},
    ),
    (
        "lUn57",
        "en",
        "tannery_case",
        "Small tannery must meet new discharge standards",
        "Our tannery near Vinh Long city turns cattle hides into shoe upper leather. Treatment is only settling "
        "in three lagoons in series and liquid sludge is spread on land, but new discharge standards apply. We "
        "need a waste audit, chrome management and a cost-effective treatment design.",
        {"lUo117": 2, "lUo120": 2, "lUo119": 1, "lUo086": 1},
    ),
    (
        "lUn58",
        "vi",
        "n_tannery_eff",
        "Giảm crôm và xử lý nước thải cho cơ sở thuộc da",
        "Cơ sở thuộc da bò ở huyện Long Hồ thải khoảng 30 lít nước cho mỗi kg da; nước tẩy lông, ngâm vôi chiếm "
        "45% lưu lượng, nước thuộc có muối và crôm cao. Cần giải pháp thu hồi, giảm crôm và xử lý nước thải, bùn "
        "chứa crôm.",
        {"lUo117": 2, "lUo119": 2, "lUo120": 2, "lUo118": 2},
    ),
    (
        "lUn59",
        "en",
        "n_soichivang",
        "Certified flame-resistant fabric for protective uniforms",
        "Our protective-wear workshop in Long Ho district has orders for electricians and welders at the Duyen Hai "
        "wind power sites; the uniforms must shield from dust, heat, chemicals and electricity and identify staff. "
        "We need flame-resistant fabric meeting international standards and design advice.",
        {"lUo121": 2, "lUo126": 2, "lUo127": 2, "lUo122": 1, "lUo124": 1},
    ),
    (
        "lUn60",
        "en",
        "n_graphicspro",
        "Adding logos to hi-vis vests without breaking the standard",
        "Our uniform decorating shop in Tra Vinh is asked to add company logos to high-visibility vests and FR "
        "jackets. Too much non-reflective embroidery or ink can reduce visibility and make the garment "
        "non-compliant. We need guidance on reflective materials, allowed decoration areas and FR-compatible thread.",
        {"lUo124": 2, "lUo125": 2, "lUo123": 1, "lUo042": 1, "lUo049": 1},
    ),
]

NEEDS += [
    (
        "lUn61",
        "en",
        "n_laundry_hv",
        "Proving hi-vis garments meet EN ISO 20471",
        "Our workwear company in Vinh Long bids to supply high-visibility jackets to road and transport "
        "contractors. Buyers know that some makers use less reflective and fluorescent material than the "
        "standard requires while claiming compliance. We need testing and material guidance to prove our "
        "garments conform.",
        {"lUo125": 2, "lUo124": 2, "lUo123": 1, "lUo031": 1},
    ),
    (
        "lUn62",
        "vi",
        "n_hoatieu_tt45",
        "Cần vải kháng khuẩn để may trang phục y tế",
        "Cơ sở may ở TP Trà Vinh nhận may trang phục y tế cho bệnh viện theo quy định của Bộ Y tế (Thông tư "
        "45/2015/TT-BYT). Bệnh viện muốn áo blouse, đồ phòng mổ có tính kháng khuẩn, bền sau nhiều lần giặt. Cần "
        "công nghệ hoặc nguồn vải kháng khuẩn đã được kiểm chứng.",
        {"lUo130": 2, "lUo131": 2, "lUo128": 2, "lUo129": 2},
    ),
    (
        "lUn63",
        "en",
        "n_tumblr_fr",
        "Choosing flame-resistant uniforms that keep protection after washing",
        "A fuel depot and a power plant in Tra Vinh ask our uniform service for fire-resistant coveralls. We must "
        "choose between NFPA 2112, NFPA 70E or ASTM F1506 garments, between inherent and treated fabrics, and "
        "keep protection through repeated industrial washing. We need FR garments and care guidance.",
        {"lUo124": 2, "lUo127": 2, "lUo126": 2, "lUo121": 2, "lUo122": 1},
    ),
    (
        "lUn64",
        "vi",
        "n_thanhphuc",
        "Chọn vải may đồng phục mùa hè cho học sinh tiểu học",
        "Cơ sở in may đồng phục ở huyện Cầu Kè nhận đơn áo đồng phục cho nhiều trường học. Học sinh tiểu học hiếu "
        "động, ra nhiều mồ hôi, da nhạy cảm; phụ huynh muốn áo mát, thấm hút, bền mà giá vừa phải. Cần tư vấn chọn "
        "vải và tiêu chí kiểm tra.",
        {"lUo132": 2, "lUo133": 2, "lUo122": 1},
    ),
    (
        "lUn65",
        "en",
        "n_dkte",
        "Antimicrobial scrubs that survive repeated washing",
        "Medical textiles are a fast-growing part of technical textiles. Our clinic-wear workshop in Vinh Long "
        "wants antimicrobial scrubs and gowns for a maternity clinic that keep their effect after many washes "
        "and are safe for skin. We need a proven antimicrobial fabric or finish.",
        {"lUo129": 2, "lUo128": 2, "lUo130": 2, "lUo131": 2},
    ),
    (
        "lUn66",
        "vi",
        "n_worldon",
        "Đào tạo tổ trưởng chuyền may cho nhà máy mở rộng",
        "Nhà máy may khép kín ở KCN Long Đức (dệt, nhuộm, in, thêu, may) mở rộng xưởng, tuyển hàng nghìn công nhân "
        "may, cắt, in và tổ trưởng với thu nhập 7-10 triệu đồng/tháng. Thiếu nhất là tổ trưởng, trưởng chuyền có "
        "kỹ năng giám sát; cần chương trình đào tạo cán bộ chuyền.",
        {"lUo040": 2, "lUo041": 2, "lUo037": 1, "lUo012": 1},
    ),
    (
        "lUn67",
        "vi",
        "n_odclick",
        "Công nhân may nghỉ việc nhiều, năng suất thấp, cần đào tạo lại",
        "Ngành dệt may tạo việc làm cho khoảng 3 triệu lao động nhưng thiếu sự gắn bó. Công ty may ở huyện Trà Ôn "
        "thiếu người, công nhân mới chưa đạt năng suất, nhiều người bỏ việc. Cần chương trình đào tạo, kèm cặp "
        "công nhân đang làm để nâng tay nghề và giữ người.",
        {"lUo039": 2, "lUo038": 2, "lUo005": 1, "lUo034": 1},
    ),
    (
        "lUn68",
        "en",
        "n_lanhtrang",
        "Design and sewing training for a Khmer women's brocade group",
        "A group of about 20 Khmer women in Tra Cu weaves traditional cloth and wants to sew it into bags and "
        "garments; like the Lanh Trang cooperative, it trains poor women free of charge and pays a small daily "
        "allowance. We need product design help and sewing training for handicraft products.",
        {"lUo046": 2, "lUo057": 1, "lUo134": 1, "lUo035": 1},
    ),
    (
        "lUn69",
        "vi",
        "n_chiengchau",
        "HTX thổ cẩm có sản phẩm đẹp nhưng khó tiếp cận thị trường",
        "HTX dệt thổ cẩm của chúng tôi ở Trà Cú tạo việc làm cho hơn 100 chị em, vốn ban đầu 500 triệu đồng, có "
        "khung dệt và máy khâu để làm túi xách, khăn, áo. Hàng làm ra đẹp nhưng theo quan niệm riêng nên khó bán. "
        "Cần hỗ trợ thiết kế mẫu theo thị hiếu và kết nối tiêu thụ.",
        {"lUo057": 2, "lUo134": 2, "lUo046": 1, "lUo147": 1},
    ),
    (
        "lUn70",
        "en",
        "n_pisrt",
        "Treating effluent from a fabric printing and dyeing unit",
        "Our fabric printing and dyeing unit in Tra Vinh uses reactive, disperse and vat dyes; much dye is not "
        "taken up by the fabric and the coloured effluent cuts light in the canal. We need to choose and install "
        "an oxidation, physical or biological treatment suited to a small unit.",
        {"lUo088": 2, "lUo089": 2, "lUo084": 2, "lUo075": 1, "lUo136": 1},
    ),
    (
        "lUn71",
        "vi",
        "n_bktt_detkim",
        "Đào tạo kỹ thuật viên dệt kim cho cơ sở mới",
        "Cơ sở dệt kim mới ở huyện Mang Thít sản xuất vải thun từ vòng sợi đan ngang, cần kỹ thuật viên hiểu cấu "
        "trúc vải dệt kim (hàng vòng, cột vòng, bước vòng), vận hành máy và kiểm tra vải. Cần khóa đào tạo hoặc "
        "giáo trình công nghệ dệt kim.",
        {"lUo051": 2, "lUo052": 1, "lUo054": 1, "lUo055": 1},
    ),
    (
        "lUn72",
        "en",
        "n_somi_btl",
        "Tech pack, grading and markers for a first production run",
        "We are a new women's shirt brand in Vinh Long preparing our first factory order: materials checked, "
        "technical documents, graded sizes, markers, material consumption and a sewing line plan. We need help "
        "to grade patterns and make production markers.",
        {"lUo016": 2, "lUo017": 2, "lUo010": 1},
    ),
    (
        "lUn73",
        "en",
        "n_handprint",
        "Natural-dye block printing for cotton scarves",
        "Our souvenir workshop in Tra Vinh wants to block-print cotton scarves with natural dyes from plants and "
        "minerals, knowing that shades vary from batch to batch. We need a craftsperson or trainer in natural-dye "
        "printing recipes and fixing.",
        {"lUo064": 2, "lUo063": 1, "lUo058": 1},
    ),
    (
        "lUn74",
        "en",
        "n_omics",
        "Chrome shavings and trimmings from a leather goods workshop",
        "Our tanning and leather-goods workshop in Vinh Long uses lime, sodium sulphide and chrome salts, and "
        "piles up chrome-bearing shavings and trimmings. We need cleaner technology to reduce and reuse this "
        "solid waste.",
        {"lUo119": 2, "lUo117": 1, "lUo118": 1, "lUo120": 1},
    ),
    (
        "lUn75",
        "vi",
        "n_tantho",
        "HTX thủ công muốn làm túi, phụ kiện từ vải vụn",
        "HTX thủ công ở huyện Cầu Ngang có nhiều chị em lao động yếu thế; nghề đan cũ đầu ra bấp bênh, có tháng thu "
        "nhập chỉ vài chục nghìn đồng. HTX muốn chuyển sang may túi, phụ kiện từ vải vụn của các xưởng may để chủ "
        "động sản phẩm. Cần quy trình xử lý, thiết kế và may.",
        {"lUo096": 2, "lUo097": 2, "lUo046": 1},
    ),
]
