"""Needs of holdout191: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "pKn01",
        "vi",
        "thvl_camsanh",
        "Cần lấy mẫu, phân tích đất liếp mới chuyển từ ruộng lúa sang cam sành",
        "HTX ở xã Hựu Thành (Trà Ôn) vừa lên liếp trồng cam sành trên đất lúa; toàn vùng đã có hơn 2.000 ha cam sành trên đất lúa, riêng "
        "từ đầu năm chuyển thêm hơn 700 ha. Chúng tôi cần đơn vị lấy mẫu và phân tích pH, NPK, chất hữu cơ đất liếp để bón phân đúng.",
        {"pKo002": 2, "pKo006": 2, "pKo005": 2, "pKo001": 1, "pKo015": 1, "pKo010": 1},
    ),
    (
        "pKn02",
        "en",
        "rainbowpages",
        "Simple soil test kit for members to check pH and nutrients each season",
        "Our rice–shrimp cooperative in Cầu Ngang (Trà Vinh) wants a cheap kit that members can use themselves to check soil pH and N, P, K "
        "before each crop, since acidity decides which crops grow well and we cannot send every plot to a laboratory.",
        {"pKo003": 2, "pKo013": 2, "pKo014": 2, "pKo001": 2, "pKo004": 2, "pKo017": 1, "pKo015": 1},
    ),
    (
        "pKn03",
        "vi",
        "taladklongtom",
        "Can bo test nhanh N P K va pH dat cho ruong lua",
        "Nha minh lam lua o Cau Ke, muon mua bo kit test nhanh dam, lan, kali va pH dat, moi chi tieu do duoc khoang 10 lan, lay dat sau vai tac, "
        "phoi kho roi tu do tai nha. Ai co ban hoac huong dan cach dung thi lien he.",
        {"pKo001": 2, "pKo003": 2, "pKo004": 2, "pKo014": 2, "pKo013": 1, "pKo017": 1},
    ),
    (
        "pKn04",
        "en",
        "vndoc_laymau",
        "Standard soil sampling protocol and partner lab for 200 farms",
        "The agricultural service centre in Càng Long needs a documented sampling method (point and composite samples, depth, storage) and "
        "a laboratory to analyse samples from about 200 member farms so that results are representative and comparable.",
        {"pKo002": 2, "pKo006": 2, "pKo005": 2, "pKo004": 1, "pKo007": 1, "pKo151": 1},
    ),
    (
        "pKn05",
        "vi",
        "lay_mau",
        "Phân tích đất định kỳ cho vùng rau an toàn",
        "Doanh nghiệp rau an toàn ở Long Hồ (Vĩnh Long) lấy mẫu tầng mặt 0–20 cm ở khoảng 20 điểm theo TCVN, muốn thuê đơn vị phân tích đất "
        "định kỳ trong suốt chu kỳ cây để điều chỉnh lượng phân, tránh dư đạm.",
        {"pKo002": 2, "pKo006": 2, "pKo005": 2, "pKo015": 1, "pKo010": 1, "pKo001": 1},
    ),
    (
        "pKn06",
        "en",
        "recyclenation",
        "Help interpreting soil test reports from two labs that disagree",
        "Coconut grower group in Châu Thành (Trà Vinh): we sent soil from the same plots to two laboratories and the phosphorus and potassium "
        "values differ a lot. We need someone to explain the methods and convert results so our fertiliser plan is consistent.",
        {"pKo007": 2, "pKo005": 1, "pKo006": 1, "pKo151": 1},
    ),
    (
        "pKn07",
        "vi",
        "xetai_man",
        "Cần đo độ mặn (EC) đất vườn trước khi trồng lại",
        "Nhà vườn ở Cầu Ngang (Trà Vinh) sau đợt mặn muốn đo EC đất để biết đất có vượt ngưỡng 4 dS/m (khoảng 4 g muối/lít) hay không "
        "trước khi trồng lại cây ăn trái; cần máy đo và hướng dẫn lấy mẫu.",
        {"pKo008": 2, "pKo009": 2, "pKo016": 2, "pKo012": 1, "pKo116": 1},
    ),
    (
        "pKn08",
        "en",
        "mytour_man",
        "Portable meters to check soil salinity in member orchards",
        "Pomelo cooperative in Bình Minh (Vĩnh Long): salt-affected soils can hold 1–1.5% soluble salts (NaCl, Na2SO4 and others) and become "
        "sticky when wet and cracked when dry. We want portable instruments and a sampling routine to map salinity across members' orchards.",
        {"pKo008": 2, "pKo009": 2, "pKo016": 2, "pKo012": 1, "pKo116": 1},
    ),
]

NEEDS += [
    (
        "pKn09",
        "vi",
        "zbook_hatinh",
        "Xây dựng cơ sở dữ liệu, bản đồ độ phì đất vùng rau chuyên canh",
        "Phòng nông nghiệp huyện Long Hồ muốn điều tra tính chất đất vùng rau chuyên canh, lập cơ sở dữ liệu và bản đồ độ phì theo thửa "
        "để quy hoạch và khuyến cáo phân bón cho từng khu vực.",
        {"pKo010": 2, "pKo086": 2, "pKo028": 2, "pKo006": 1, "pKo002": 1},
    ),
    (
        "pKn10",
        "vi",
        "tailieu_phen",
        "Ruộng xì phèn, cần giải pháp bón vôi, rửa phèn",
        "HTX lúa ở Trà Cú có nhiều thửa đất phèn, làm đất xong là xì phèn, lúa chậm phát triển. Cần tư vấn cách làm đất, rửa phèn, "
        "xử lý chua bằng vôi, lân và bón hữu cơ cho phù hợp.",
        {"pKo023": 2, "pKo027": 2, "pKo031": 2, "pKo018": 2, "pKo019": 1, "pKo020": 1, "pKo030": 1},
    ),
    (
        "pKn11",
        "en",
        "luanvan_phen",
        "Indicators to time sowing on reclaimed acid sulphate land",
        "We are a farm company reclaiming acid sulphate land in Duyên Hải (Trà Vinh). Reclaimed acid soils in the delta added 6–7 million t of "
        "paddy, but our new fields vary a lot. We need soil and water indicators to decide when to sow and how to control water.",
        {"pKo020": 2, "pKo018": 2, "pKo019": 1, "pKo026": 1, "pKo028": 1},
    ),
    (
        "pKn12",
        "vi",
        "loveonapril",
        "Can tu van bon voi, rua phen cho ruong lua dat phen",
        "Ruong lua nha em o Tieu Can la dat phen, nghe noi vung dong bang co toi 2,5 trieu ha dat phen, man can cai tao. Can nguoi huong dan "
        "bon voi bao nhieu, rua phen the nao, thoi diem nao cho dung.",
        {"pKo023": 2, "pKo031": 2, "pKo027": 2, "pKo018": 1, "pKo025": 1},
    ),
    (
        "pKn13",
        "en",
        "camcaophong",
        "Liming programme for citrus on acidified raised beds",
        "Citrus growers in Tam Bình (Vĩnh Long) see soil on older raised beds becoming strongly acid and trees declining. We want lime "
        "products with rates based on measured pH and soil texture, and advice on timing with fertiliser.",
        {"pKo031": 2, "pKo023": 2, "pKo140": 1, "pKo017": 1, "pKo139": 1},
    ),
    (
        "pKn14",
        "vi",
        "vungliem",
        "Gói kỹ thuật phục hồi đất lúa bị nhiễm mặn",
        "Nhiều xã ở Vũng Liêm (Vĩnh Long) bị xâm nhập mặn ảnh hưởng sản xuất lúa. HTX cần gói giải pháp phục hồi đất lúa nhiễm mặn: "
        "rửa mặn, chất cải tạo, phân hữu cơ, và đề xuất sử dụng đất phù hợp.",
        {"pKo021": 2, "pKo022": 2, "pKo025": 2, "pKo032": 2, "pKo024": 1, "pKo029": 1, "pKo035": 1},
    ),
    (
        "pKn15",
        "en",
        "culaodung",
        "Monitoring soil salinity and acidity through rice–shrimp stages",
        "Rice–shrimp cooperative in Long Toàn (Duyên Hải): we compare plots under shrimp, coconut and rice and want a monitoring service that "
        "measures water and soil pH, EC and sodium at each stage of the cycle, so we know when the soil is safe for rice.",
        {"pKo026": 2, "pKo008": 1, "pKo016": 1, "pKo116": 1, "pKo009": 1},
    ),
    (
        "pKn16",
        "vi",
        "thvl_giamchatluong",
        "Rửa mặn, cải tạo đất vườn sầu riêng sau hạn mặn",
        "Nhà vườn sầu riêng ở Thanh Bình, Quới Thiện (Vũng Liêm) có vườn chết khô, vườn suy kiệt, trái giảm chất lượng sau hạn mặn. "
        "Cần quy trình rửa mặn và cải tạo đất vườn trước mùa mưa.",
        {"pKo025": 2, "pKo024": 2, "pKo032": 2, "pKo012": 1, "pKo009": 1, "pKo021": 1},
    ),
]

NEEDS += [
    (
        "pKn17",
        "en",
        "thvl_phuchoi",
        "Leaching protocol to restore salt-damaged orchards",
        "After the last drought and salinity intrusion, thousands of hectares of durian, rambutan and pomelo in Vĩnh Long were damaged. Our "
        "orchard cooperative needs a tested way to flush salt from the beds and bring the soil back before replanting.",
        {"pKo024": 2, "pKo025": 2, "pKo032": 2, "pKo012": 1, "pKo029": 1},
    ),
    (
        "pKn18",
        "vi",
        "hoangvantam",
        "Liều bón vôi theo pH cho đất giồng cát trồng màu",
        "Hộ trồng đậu phộng, rau màu trên đất giồng cát ở Trà Cú thấy đất chua, nghèo hữu cơ. Cần loại vôi và liều lượng cụ thể theo pH "
        "cho đất cát, cách bón không ảnh hưởng phân chuồng.",
        {"pKo023": 2, "pKo031": 2, "pKo017": 1, "pKo001": 1},
    ),
    (
        "pKn19",
        "en",
        "vanminhlua",
        "Rice soil survey and a lean monitoring network",
        "The agriculture office in Trà Ôn wants to characterise rice soils under triple and double cropping (pH, CEC, micronutrients, "
        "aluminium) and set up a small set of representative monitoring sites to follow soil quality under climate change.",
        {"pKo028": 2, "pKo010": 2, "pKo006": 1, "pKo002": 1},
    ),
    (
        "pKn20",
        "vi",
        "thvl_mau",
        "Đánh giá đất để chuyển ruộng lúa sang trồng màu",
        "HTX ở Bình Tân (Vĩnh Long) muốn đưa cây màu xuống ruộng lúa nhờ thủy lợi đã hoàn thiện, nhưng một phần đất phèn nhẹ, có lúc nhiễm mặn. "
        "Cần đánh giá đất đai và đề xuất cơ cấu cây trồng phù hợp.",
        {"pKo022": 2, "pKo030": 1, "pKo010": 1, "pKo002": 1},
    ),
    (
        "pKn21",
        "en",
        "fdocuments_vsv",
        "Inoculant biofertiliser to replace part of the urea on rice",
        "Rice cooperative in Cầu Kè (Trà Vinh): we read that microbial fertilisers can replace 50–100% of chemical nitrogen in some crops. "
        "We want a proven rice inoculant, supply or local production, and guidance on rates.",
        {"pKo033": 2, "pKo034": 2, "pKo042": 2, "pKo036": 2, "pKo035": 1, "pKo037": 1},
    ),
    (
        "pKn22",
        "vi",
        "lingo_tcvn6167",
        "Chế phẩm vi sinh hòa tan lân cho lúa trên đất mặn, chua",
        "Vùng lúa–tôm ở Long Toàn (Duyên Hải) đất vừa mặn vừa chua, lân bón vào bị giữ chặt. Cần chế phẩm vi sinh vật phân giải lân khó tan "
        "đạt tiêu chuẩn để giảm phân lân hóa học.",
        {"pKo035": 2, "pKo036": 1, "pKo034": 1, "pKo042": 1},
    ),
    (
        "pKn23",
        "vi",
        "tailieu_suhao",
        "Nhận chuyển giao quy trình sản xuất phân hữu cơ vi sinh",
        "Công ty phân bón ở Vĩnh Long muốn mở dây chuyền phân hữu cơ vi sinh cho rau màu, cây ăn trái; cần chuyển giao chủng vi sinh, "
        "quy trình ủ phối trộn và kiểm soát chất lượng sản phẩm.",
        {"pKo038": 2, "pKo042": 2, "pKo034": 2, "pKo037": 1, "pKo036": 1, "pKo050": 1},
    ),
    (
        "pKn24",
        "en",
        "tieuluan_ctsh",
        "Turning pig manure into worm compost",
        "Pig farm in Tiểu Cần (Trà Vinh) with too much manure and odour complaints. We want to set up earthworm composting to turn manure "
        "into a sellable organic fertiliser; need the model, worms and training.",
        {"pKo039": 2, "pKo040": 2, "pKo041": 2, "pKo043": 1, "pKo051": 1},
    ),
]

NEEDS += [
    (
        "pKn25",
        "vi",
        "fdocuments_vsv",
        "Can che pham Trichoderma, vi sinh de u phan chuong",
        "Vuon buoi nha toi o Binh Minh muon u phan bo voi la, rom thanh phan huu co bon goc. Can mua che pham Trichoderma hoac vi sinh u phan "
        "va huong dan cach u cho mau hoai, khong hoi.",
        {"pKo037": 2, "pKo050": 2, "pKo055": 2, "pKo051": 1, "pKo048": 1},
    ),
    (
        "pKn26",
        "en",
        "orange_butterflies",
        "Vermicompost training for a women's vegetable group",
        "Our women's vegetable group in Long Hồ (Vĩnh Long), about 15 members, depends on bought chemical fertiliser. We want a short hands-on "
        "vermicompost training followed by a few months of mentoring so each household can make its own compost.",
        {"pKo041": 2, "pKo040": 2, "pKo039": 2, "pKo048": 1},
    ),
    (
        "pKn27",
        "vi",
        "th4_burn",
        "Ủ rơm rạ làm phân thay vì đốt đồng",
        "Tổ hợp tác lúa ở Tiểu Cần đang đốt gần hết rơm sau thu hoạch, mất khoảng 80% đạm, 25% lân, 21% kali trong rơm. Muốn chuyển sang "
        "ủ rơm thành phân hữu cơ bón lại ruộng; cần quy trình và chế phẩm.",
        {
            "pKo048": 2,
            "pKo050": 2,
            "pKo054": 2,
            "pKo057": 2,
            "pKo049": 2,
            "pKo058": 1,
            "pKo051": 1,
            "pKo053": 1,
            "pKo056": 1,
        },
    ),
    (
        "pKn28",
        "en",
        "aessweb",
        "Mechanised straw composting line for an agri company",
        "Agri company in Trà Ôn collecting straw from contract farmers wants to produce compost at scale: windrow design, turner machine, "
        "microbial inoculant and the time to marketable product.",
        {"pKo049": 2, "pKo057": 2, "pKo052": 1, "pKo053": 1, "pKo058": 1},
    ),
    (
        "pKn29",
        "vi",
        "tusang",
        "Kỹ thuật ủ phân chuồng với rơm cho hộ nuôi bò",
        "Hộ nuôi bò ở Trà Cú có sẵn rơm cuộn và phân bò, muốn ủ thành phân hữu cơ bón rau màu. Cần hướng dẫn chuẩn bị nền ủ, tỉ lệ phối trộn, "
        "tưới ẩm, đảo trộn và thời gian ủ.",
        {"pKo051": 2, "pKo055": 2, "pKo056": 2, "pKo048": 2, "pKo050": 1, "pKo039": 1},
    ),
    (
        "pKn30",
        "en",
        "ecourses_mulch",
        "Controlling compost quality and maturity",
        "Compost producer in Càng Long: some batches stay cold, others smell or are sold immature. We need guidance on controlling "
        "temperature, moisture, C/N and pH and on judging when compost is mature.",
        {"pKo052": 2, "pKo053": 2, "pKo049": 1, "pKo055": 1, "pKo048": 1},
    ),
    (
        "pKn31",
        "vi",
        "cuonrom_soctrang",
        "Cần máy đảo trộn để ủ phân hữu cơ từ rơm",
        "HTX ở Vũng Liêm đã có máy cuốn rơm, nay muốn ủ rơm thành phân hữu cơ quy mô lớn. Cần máy đảo luống ủ và quy trình vận hành, "
        "thời gian ủ để bán cho thành viên.",
        {"pKo057": 2, "pKo049": 2, "pKo050": 1, "pKo058": 1},
    ),
    (
        "pKn32",
        "vi",
        "th4_burn",
        "Xử lý rơm ngay tại ruộng giữa hai vụ lúa",
        "Ruộng lúa 3 vụ ở Càng Long không có thời gian gom rơm ủ đống, rơm để lại làm lúa vụ sau ngộ độc hữu cơ. Cần chế phẩm và cách "
        "phân hủy rơm nhanh ngay trên ruộng sau máy gặt.",
        {"pKo054": 2, "pKo050": 2, "pKo048": 1, "pKo037": 1},
    ),
]

NEEDS += [
    (
        "pKn33",
        "en",
        "biochar_123docz",
        "Kiln to turn rice husk into biochar for sale",
        "Rice mill in Cầu Kè (Trà Vinh) has piles of husk. We want a kiln that pyrolyses husk at about 450–550°C with little oxygen to make "
        "biochar we can sell to farmers; capacity around 100 kg per batch to start.",
        {"pKo065": 2, "pKo076": 2, "pKo064": 2, "pKo071": 2, "pKo070": 1, "pKo075": 1},
    ),
    (
        "pKn34",
        "vi",
        "phianam_biochar",
        "Dùng than sinh học, trấu hun cải tạo đất vườn rau",
        "Vườn rau ở Long Hồ đất chai, mau khô. Muốn mua than sinh học hoặc trấu hun và được hướng dẫn trộn với phân hữu cơ để đất tơi xốp, "
        "giữ ẩm, giữ phân.",
        {"pKo067": 2, "pKo066": 2, "pKo073": 2, "pKo068": 2, "pKo072": 1, "pKo069": 1},
    ),
    (
        "pKn35",
        "en",
        "scribd_haefele",
        "Field evidence on husk biochar and rice yield",
        "Rice cooperative in Trà Vinh: the region burns much of its straw and husk. Before investing we want trial data on how much rice husk "
        "biochar to apply to paddy and what yield and soil changes to expect.",
        {"pKo069": 2, "pKo068": 1, "pKo072": 1, "pKo075": 1},
    ),
    (
        "pKn36",
        "vi",
        "doctor_biochar2",
        "Hướng dẫn tự làm than trấu quy mô hộ",
        "Nông dân ở Châu Thành (Trà Vinh) có sẵn trấu, muốn tự đốt yếm khí thành than trấu bón ruộng, làm bầu ươm; cần cách làm lò đơn giản, "
        "rẻ và cách bón.",
        {"pKo070": 2, "pKo068": 2, "pKo072": 2, "pKo064": 1, "pKo065": 1},
    ),
    (
        "pKn37",
        "vi",
        "phianam_biochar",
        "Cần mua trấu hun làm giá thể và bón ruộng",
        "Cơ sở ươm cây giống ở Trà Ôn cần nguồn trấu hun ổn định làm giá thể bầu ươm và bón cho ruộng rau, số lượng vài tấn mỗi tháng.",
        {"pKo067": 2, "pKo073": 2, "pKo066": 1},
    ),
    (
        "pKn38",
        "en",
        "doctor_biochar2",
        "Co-composting recipe with biochar",
        "Compost maker in Tiểu Cần wants to add husk biochar to straw compost: what share to use, whether to charge it first, and which "
        "microbial inoculant speeds maturation.",
        {"pKo053": 2, "pKo073": 2, "pKo055": 1, "pKo049": 1},
    ),
    (
        "pKn39",
        "vi",
        "qeeebo_lcc",
        "Áp dụng bảng so màu lá để bón đạm cho lúa",
        "HTX lúa ở Tam Bình muốn bỏ thói quen bón đạm theo lịch, chuyển sang bón theo màu lá. Cần bảng so màu lá và tập huấn cách đo, "
        "ngưỡng bón cho giống đang trồng.",
        {"pKo077": 2, "pKo078": 2, "pKo079": 2, "pKo088": 2, "pKo087": 1, "pKo082": 1, "pKo080": 1},
    ),
    (
        "pKn40",
        "en",
        "ricefarming_2008",
        "Durable leaf colour charts calibrated for our varieties",
        "Seed company in Trà Ôn distributing rice varieties wants to hand farmers a sturdy leaf colour chart with readings calibrated against "
        "lab leaf N (R-square around 0.9) for each variety.",
        {"pKo080": 2, "pKo081": 2, "pKo079": 2, "pKo087": 1, "pKo088": 1, "pKo077": 1},
    ),
]

NEEDS += [
    (
        "pKn41",
        "vi",
        "kiengiang_3mh",
        "Can phan mem dien thoai goi y luong phan bon cho lua",
        "Toi trong 3 ha lua o Cang Long, moi vu bon theo thoi quen, chi phi cao. Can ung dung dien thoai hoac tong dai nhan tin goi y luong "
        "phan dam, lan, kali theo ruong cua minh.",
        {"pKo082": 2, "pKo083": 2, "pKo084": 2, "pKo085": 1, "pKo086": 1},
    ),
    (
        "pKn42",
        "en",
        "phanboncanada",
        "Site-specific fertiliser recommendations as prices soar",
        "Rice cooperative in Cầu Kè: urea, DAP and potash prices rose 80–150% in a year. We need a tool that gives each member a field-specific "
        "N, P, K recommendation so we stop over-applying.",
        {"pKo082": 2, "pKo083": 2, "pKo084": 2, "pKo085": 2, "pKo086": 1, "pKo110": 1, "pKo108": 1},
    ),
    (
        "pKn43",
        "vi",
        "phanbonthuysinh",
        "Lập bản đồ khuyến cáo NPK theo thửa từ kết quả phân tích đất",
        "Trung tâm dịch vụ nông nghiệp ở Tiểu Cần có kết quả phân tích đất nhiều thửa, cần công cụ chuyển thành kế hoạch bón N, P, K "
        "và bản đồ thiếu hụt dinh dưỡng cho từng thửa.",
        {"pKo086": 2, "pKo010": 1, "pKo085": 1},
    ),
    (
        "pKn44",
        "en",
        "qeeebo_lcc",
        "Leaf colour chart threshold for pale-leaved local varieties",
        "Farmers in Trà Cú grow pale-leaved local rice; the standard chart reading tells them to topdress too often. We need a threshold "
        "adapted to our varieties and season.",
        {"pKo087": 2, "pKo088": 2, "pKo078": 1, "pKo079": 1, "pKo077": 1},
    ),
    (
        "pKn45",
        "vi",
        "plantfacts",
        "Tìm nguồn phân bón tan chậm để phân phối cho lúa",
        "Đại lý vật tư nông nghiệp ở Trà Ôn muốn nhập phân urê, NPK tan chậm (nhả chậm có kiểm soát) để bán cho nông dân trồng lúa, "
        "giảm số lần bón; cần nhà cung cấp và thông tin thời gian nhả.",
        {"pKo094": 2, "pKo095": 2, "pKo096": 2, "pKo093": 1, "pKo100": 1, "pKo099": 1},
    ),
    (
        "pKn46",
        "en",
        "scribd_fert",
        "Polymer coating technology for urea",
        "Fertiliser plant in Trà Vinh wants to add a coated-urea line: coating materials, process know-how or a licence, and ways to tune "
        "release time for rice.",
        {"pKo093": 2, "pKo107": 2, "pKo098": 2, "pKo102": 2, "pKo097": 1, "pKo099": 1, "pKo101": 1},
    ),
    (
        "pKn47",
        "vi",
        "plantfacts",
        "Kiểm tra tốc độ nhả của urê bọc polymer",
        "Nhà máy phân bón ở Vĩnh Long sắp bán urê bọc polymer, cần phòng thí nghiệm đánh giá đường cong nhả đạm so với urê thường "
        "trước khi công bố thời gian nhả trên bao bì.",
        {"pKo097": 2, "pKo093": 1, "pKo107": 1, "pKo011": 1},
    ),
    (
        "pKn48",
        "en",
        "scribd_fert",
        "Controlled-release NPK lasting 3–6 months for durian",
        "Durian orchard company in Vũng Liêm wants a controlled-release NPK that feeds trees for 3–6 months to cut labour and leaching on "
        "raised beds; looking for suppliers.",
        {"pKo094": 2, "pKo095": 2, "pKo096": 2, "pKo099": 1, "pKo101": 1},
    ),
]

NEEDS += [
    (
        "pKn49",
        "vi",
        "scribd_fert",
        "Cần phân chậm tan cho rau màu để giảm số lần bón",
        "Hộ trồng rau màu ở Cầu Ngang mỗi vụ phải bón thúc nhiều lần, mưa xuống là phân trôi. Cần loại phân chậm tan phù hợp rau màu "
        "và hướng dẫn liều dùng.",
        {"pKo094": 2, "pKo095": 2, "pKo096": 2, "pKo100": 1, "pKo127": 1},
    ),
    (
        "pKn50",
        "vi",
        "kiengiang_3mh",
        "Áp dụng 1 phải 5 giảm để giảm phân bón cho lúa",
        "HTX lúa ở Tiểu Cần muốn áp dụng cánh đồng 1 phải 5 giảm, trước hết giảm lượng phân bón và giống mà vẫn giữ năng suất; cần gói kỹ thuật "
        "và tập huấn cho thành viên.",
        {"pKo108": 2, "pKo114": 2, "pKo109": 2, "pKo110": 1, "pKo077": 1},
    ),
    (
        "pKn51",
        "en",
        "phanboncanada",
        "Demonstration plot: less fertiliser, same yield",
        "Cooperative in Cầu Kè: members fear yield loss if they cut fertiliser. We want a partner to run a demonstration field beside a "
        "farmer-practice check plot, with costs and profit compared.",
        {"pKo110": 2, "pKo108": 2, "pKo114": 2, "pKo109": 1, "pKo082": 1},
    ),
    (
        "pKn52",
        "vi",
        "dantoc_hoaminh",
        "Quy trình lúa hữu cơ trên nền lúa–tôm ở xã cù lao",
        "Nông dân xã cù lao Hòa Minh, Long Hòa (Châu Thành, Trà Vinh): vụ Thu Đông 2021 chỉ còn 65 ha lúa hữu cơ, giảm 40 ha so với vụ trước "
        "và khoảng 160 ha so với 2017. Cần quy trình canh tác lúa hữu cơ hiệu quả trên nền lúa–tôm và liên kết tiêu thụ.",
        {"pKo113": 2, "pKo111": 1, "pKo042": 1, "pKo035": 1},
    ),
    (
        "pKn53",
        "en",
        "vanminhlua",
        "Greenhouse gas accounting and reduction plan for farming",
        "The provincial agriculture department (Vĩnh Long) must report farm emissions: rice fields, fertiliser and straw burning. We need a "
        "method to inventory emissions by sector and a costed package of reduction measures.",
        {"pKo112": 2, "pKo109": 1, "pKo111": 1},
    ),
    (
        "pKn54",
        "en",
        "ssricenews",
        "Low-emission rice programme with carbon credits",
        "Rice exporter in Trà Vinh joining the one-million-hectare low-emission rice scheme wants a partner to train contract farmers in "
        "reduced seed, fertiliser and water use and to prepare for selling carbon credits.",
        {"pKo109": 2, "pKo111": 1, "pKo112": 1, "pKo108": 1, "pKo114": 1},
    ),
    (
        "pKn55",
        "vi",
        "baovinhlong_mit",
        "Thêm cảm biến độ ẩm đất để tưới tự động vườn mít",
        "Vườn mít 20 công ở Hậu Lộc (Tam Bình) đã lắp béc tưới phun điều khiển qua app điện thoại (đầu tư khoảng 12 triệu đồng/công). "
        "Muốn gắn thêm cảm biến độ ẩm đất để hệ thống tự tưới khi đất khô, không phải canh điện thoại.",
        {"pKo116": 2, "pKo117": 2, "pKo125": 2, "pKo119": 2, "pKo121": 2, "pKo115": 1, "pKo126": 1},
    ),
    (
        "pKn56",
        "en",
        "wbtester",
        "Wireless soil moisture network across a large farm",
        "Vegetable farm in Long Hồ spread over several kilometres wants soil moisture probes in many beds reporting wirelessly to one "
        "dashboard, with long battery life.",
        {"pKo118": 2, "pKo120": 2, "pKo121": 2, "pKo119": 2, "pKo124": 1, "pKo116": 1},
    ),
]

NEEDS += [
    (
        "pKn57",
        "vi",
        "szoway",
        "Can cam bien do am dat gia re gan Arduino",
        "Minh co vuon rau nho o Cang Long, muon tu lam mach tuoi tu dong. Can cam bien do am dat re, gan duoc Arduino, co code mau, "
        "dat nguong kho thi bat bom.",
        {"pKo115": 2, "pKo125": 2, "pKo124": 1, "pKo116": 1},
    ),
    (
        "pKn58",
        "en",
        "thvl_saurieng",
        "Calibrated soil moisture logging for a durian orchard",
        "Durian grower in Quới Thiện (Vũng Liêm) lost trees in the dry season. We want soil moisture loggers on the beds whose readings are "
        "calibrated against gravimetric samples, so we can set irrigation thresholds we trust.",
        {"pKo122": 2, "pKo124": 2, "pKo119": 1, "pKo116": 1},
    ),
    (
        "pKn59",
        "vi",
        "debategraph",
        "Hệ thống bón phân qua tưới nhỏ giọt cho 5 ha rau",
        "HTX rau ở Long Hồ muốn lắp hệ thống châm phân hòa tan vào đường tưới nhỏ giọt cho 5 ha, chia nhỏ lượng bón theo giai đoạn để "
        "giảm phân và nước; cần thiết kế và hướng dẫn chọn bộ châm phân.",
        {"pKo127": 2, "pKo128": 2, "pKo129": 1, "pKo160": 1},
    ),
    (
        "pKn60",
        "en",
        "wbtester",
        "Connecting older soil sensors to a low-power network",
        "Agri-tech start-up in Trà Vinh owns a batch of soil sensors with obsolete wired or GSM links and wants to retrofit them for "
        "low-power long-range wireless instead of buying new devices.",
        {"pKo123": 2, "pKo118": 1, "pKo121": 1, "pKo120": 1},
    ),
    (
        "pKn61",
        "vi",
        "xoilo_cuulong",
        "Kè mềm, kè sinh thái chi phí thấp cho bờ sông sạt lở",
        "Xã ven sông Cổ Chiên ở Vũng Liêm có nhiều đoạn bờ sạt lở uy hiếp nhà cửa, vườn cây. Kè bê tông quá tốn kém; cần giải pháp kè mềm "
        "hoặc kè sinh thái trồng cây giữ đất, chi phí thấp.",
        {
            "pKo132": 2,
            "pKo133": 2,
            "pKo134": 2,
            "pKo135": 2,
            "pKo136": 2,
            "pKo145": 2,
            "pKo137": 2,
            "pKo138": 1,
            "pKo146": 1,
        },
    ),
    (
        "pKn62",
        "en",
        "xoilo_cuulong",
        "Vetiver planting to stabilise brackish canal banks",
        "Cooperative in Cầu Kè with canal banks eroded by boat waves and brackish water wants vetiver grass planting: design, planting "
        "material and species for the lowest, salty zone.",
        {"pKo136": 2, "pKo137": 2, "pKo133": 2, "pKo146": 1, "pKo134": 1},
    ),
    (
        "pKn63",
        "vi",
        "baclieu_satlo",
        "Bo kenh noi dong bi sat lo, can trong cay giu dat",
        "Bo kenh noi dong o Tieu Can sat lo moi mua mua, dat vuon bi mat dan. Muon trong cay ben, tram hoac dua lam ke sinh thai, "
        "can huong dan mat do, chi phi.",
        {"pKo134": 2, "pKo135": 2, "pKo145": 2, "pKo132": 1, "pKo133": 1, "pKo146": 1},
    ),
    (
        "pKn64",
        "en",
        "xoilo_cuulong",
        "Diagnosing why inner-field canal banks collapse",
        "Irrigation works company in Trà Vinh: dozens of canal bank failures each year. Before choosing protection we need a study of causes, "
        "such as houses loading the bank edge, river junctions, bends and boat traffic.",
        {"pKo138": 2, "pKo146": 1, "pKo137": 1},
    ),
]

NEEDS += [
    (
        "pKn65",
        "vi",
        "thvl_chuyendoi",
        "Đánh giá suy thoái đất liếp vườn cam sành lâu năm",
        "Nhà vườn cam sành ở Trà Ôn chuyển từ đất lúa lên liếp đã nhiều năm; nay liếp chai, chua, cây kém. Cần đơn vị đánh giá tính chất "
        "lý–hóa đất liếp (nén dẽ, hữu cơ, pH) để có hướng cải tạo.",
        {"pKo139": 2, "pKo140": 2, "pKo141": 2, "pKo142": 2, "pKo002": 1, "pKo006": 1},
    ),
    (
        "pKn66",
        "en",
        "thvl_hado",
        "Testing fertility loss where topsoil was sold off",
        "After the winter–spring harvest many farmers in Vĩnh Long lowered their fields by selling the topsoil. Our cooperative needs soil "
        "testing on these plots to measure how much fertility was lost before we plan organic matter rebuilding.",
        {"pKo002": 2, "pKo006": 2, "pKo005": 2, "pKo048": 1, "pKo139": 1, "pKo151": 1},
    ),
    (
        "pKn67",
        "vi",
        "vietgap_rau",
        "Khóa đào tạo cán bộ về đánh giá sức khỏe đất có chứng chỉ",
        "Trung tâm khuyến nông tỉnh cần đào tạo khoảng 30 cán bộ kỹ thuật về đo lường và quản lý sức khỏe đất, học trực tuyến được, "
        "có chứng chỉ hoàn thành để triển khai cho nông dân.",
        {"pKo147": 2, "pKo153": 2, "pKo148": 2, "pKo155": 1, "pKo152": 1, "pKo154": 1},
    ),
    (
        "pKn68",
        "en",
        "shikshahub_soiltest",
        "Practical soil health training for farmers",
        "Cooperative in Càng Long wants field-based soil health training for members: reading the soil, simple tests, choosing practices "
        "and writing a soil improvement plan for each farm.",
        {"pKo149": 2, "pKo150": 2, "pKo151": 2, "pKo155": 2, "pKo148": 1, "pKo152": 1},
    ),
    (
        "pKn69",
        "vi",
        "vnn_csdl",
        "Đánh giá sức khỏe đất theo bộ chỉ số để bán lúa chất lượng cao",
        "HTX lúa ở Tam Bình muốn có đánh giá sức khỏe đất ruộng theo bộ chỉ số của ngành nông nghiệp, làm bằng chứng khi ký hợp đồng "
        "bán lúa chất lượng cao, giảm phát thải.",
        {"pKo155": 2, "pKo154": 1, "pKo010": 1, "pKo147": 1},
    ),
    (
        "pKn70",
        "en",
        "rainbowpages",
        "Online soil health course with certificates for students",
        "Agricultural college in Trà Vinh wants an online soil health or soil testing course its students can take for a recognised "
        "certificate, with practical assignments.",
        {"pKo147": 2, "pKo148": 2, "pKo153": 2, "pKo149": 2, "pKo150": 1, "pKo152": 1},
    ),
    (
        "pKn71",
        "vi",
        "luanvan_phen",
        "Phân tích tầng sinh phèn trước khi đào ao, lên liếp",
        "Chủ đất ở Duyên Hải định đào ao, lên liếp trồng dừa; sợ đào trúng tầng sinh phèn làm nước ao chua. Cần phân tích phẫu diện đất, "
        "xác định độ sâu tầng phèn tiềm tàng trước khi thi công.",
        {"pKo006": 2, "pKo019": 2, "pKo002": 1, "pKo027": 1, "pKo018": 1},
    ),
    (
        "pKn72",
        "en",
        "fdocuments_vsv",
        "Biofertiliser suited to sugarcane",
        "Sugarcane growers in Cầu Kè and Tiểu Cần want a nitrogen-fixing or P-solubilising biofertiliser proven on sugarcane to cut "
        "chemical fertiliser.",
        {"pKo036": 2, "pKo033": 1, "pKo034": 1, "pKo042": 1},
    ),
    (
        "pKn73",
        "en",
        "szoway",
        "In-field sensors for soil EC, pH and moisture",
        "Vegetable farm in Bình Minh wants sensors left in the beds that report soil moisture, temperature, pH and EC continuously so "
        "irrigation and fertiliser can be adjusted.",
        {"pKo116": 2, "pKo008": 1, "pKo016": 1, "pKo118": 1, "pKo121": 1},
    ),
    (
        "pKn74",
        "vi",
        "biogas_thuduc",
        "Tận dụng chất thải chuồng bò làm phân hữu cơ",
        "Trang trại bò ở Trà Cú đang xả phân ra mương gây mùi. Muốn xử lý phân thành phân hữu cơ bón vườn thay vì xả bỏ; cần mô hình "
        "phù hợp quy mô khoảng 50 con.",
        {"pKo051": 2, "pKo039": 2, "pKo043": 1, "pKo048": 1, "pKo040": 1},
    ),
    (
        "pKn75",
        "en",
        "loveonapril",
        "Training material on managing acid sulphate soils",
        "Agricultural service firm in Trà Cú wants technical material to train farmers on acid sulphate soils: how the acidity forms, "
        "warning signs and management options for rice and upland crops.",
        {"pKo018": 2, "pKo019": 2, "pKo027": 2, "pKo155": 1},
    ),
]
