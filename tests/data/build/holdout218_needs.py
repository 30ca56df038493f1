"""Needs of the holdout218 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step; unlisted offers are not relevant.
Needs written from pages about other places are set in Trà Vinh / Vĩnh Long.
"""

NEEDS = [
    # --- drying and moisture ---
    (
        "qLn01",
        "vi",
        "solar_vi",
        "Cần giải pháp sấy gỗ tận dụng năng lượng mặt trời",
        "Xưởng mộc gia đình ở Cầu Ngang (Trà Vinh cũ) sấy gỗ tràm, bạch đàn bằng củi và điện, chi phí năng lượng ngày càng cao. "
        "Chúng tôi muốn một lò sấy có dùng năng lượng mặt trời để đưa gỗ về độ ẩm 8–15% trước khi đóng bàn ghế, giảm giá thành mà gỗ không nứt.",
        {"qLo006": 2, "qLo007": 2, "qLo012": 2, "qLo011": 1, "qLo001": 1, "qLo004": 1},
    ),
    (
        "qLn02",
        "vi",
        "visong_steam",
        "Tìm lò sấy gỗ bằng hơi nước giữ màu gỗ, diệt mối mọt",
        "Cơ sở đồ gỗ ở Tiểu Cần đang phơi gỗ tự nhiên, hàng làm ra hay cong vênh, nứt và bị mọt. Cần lò sấy dùng hơi nước để kiểm soát ẩm đều, "
        "giữ màu tự nhiên của gỗ, diệt trứng mối mọt, rút ngắn thời gian sấy so với phơi.",
        {"qLo003": 2, "qLo004": 2, "qLo002": 1, "qLo087": 1},
    ),
    (
        "qLn03",
        "en",
        "polar",
        "Solar kiln to dry our own milled lumber for furniture",
        "Our furniture cooperative in Châu Thành, Trà Vinh, will start milling its own logs this season. We want to build a solar kiln to dry the boards: "
        "faster to usable stock than air-drying, and gentler than a fuel-heated kiln so fewer internal stresses. Looking for a proven design we can build ourselves.",
        {"qLo007": 2, "qLo012": 2, "qLo006": 2, "qLo011": 1, "qLo010": 1, "qLo013": 1},
    ),
    (
        "qLn04",
        "en",
        "fww_solar",
        "Help operating our new solar kiln and finding green lumber",
        "We built a small solar kiln at our workshop in Trà Cú but have no experience running it: when to load, how fast to dry, how to avoid checks. "
        "We also need a steady supply of green boards, ideally from a local sawyer with a portable band mill who can saw logs from tree-clearing jobs.",
        {"qLo010": 2, "qLo007": 1, "qLo029": 1, "qLo031": 1, "qLo013": 1, "qLo001": 1},
    ),
    (
        "qLn05",
        "en",
        "lumberjocks",
        "Affordable moisture meter for a joinery shop",
        "Small joinery in Vĩnh Long city. Mortise-and-tenon joints loosen when we work wood above about 10% moisture and it keeps shrinking. "
        "We want an inexpensive, repeatable moisture meter to check every board before joinery.",
        {"qLo013": 2, "qLo014": 2, "qLo015": 2},
    ),
    (
        "qLn06",
        "en",
        "vf_meter",
        "Stop cracks in solid-wood tabletops: verify 'kiln-dried' lumber",
        "A furniture maker in Long Hồ delivered solid tabletops that split a month later; the supplier said the wood was kiln-dried. "
        "We need the right moisture meters (pin or pinless) and training to check incoming lumber ourselves, and a way to re-dry stock that fails.",
        {"qLo013": 2, "qLo014": 2, "qLo015": 2, "qLo008": 1, "qLo004": 1, "qLo001": 1},
    ),
    (
        "qLn07",
        "vi",
        "nongtraidua",
        "Tận dụng thân dừa già làm đồ gỗ",
        "Hợp tác xã ở Cầu Kè có nhiều cây dừa sáp, dừa ta già hết trái phải đốn bỏ. Chúng tôi muốn xẻ, sấy và chế biến thân dừa thành ván sàn, "
        "bàn ghế hoặc đồ trang trí để tăng thu nhập cho xã viên, cần quy trình và đơn vị chuyển giao.",
        {"qLo020": 2, "qLo005": 2, "qLo021": 1, "qLo022": 1, "qLo028": 1},
    ),
    (
        "qLn08",
        "en",
        "nongtraidua",
        "Sawing and drying senile coconut palm stems",
        "A wood company in Châu Thành, Trà Vinh, where coconut is everywhere, wants to use old coconut trunks as a furniture raw material. "
        "We need a tested process to saw the stems, dry the timber without cracks and mould, and make flooring or furniture parts.",
        {"qLo005": 2, "qLo020": 2, "qLo027": 1, "qLo028": 1, "qLo021": 1},
    ),
    (
        "qLn09",
        "en",
        "wayout",
        "Final drying to 6–8% during the rainy season",
        "We air-dry hardwood in a shed in Mang Thít for about four months to 12–16% moisture, then rely on sun to finish drying. "
        "In the rainy season this stalls. We need a small kiln that takes air-dried stock down to 6–8% for furniture, with low energy use.",
        {"qLo008": 2, "qLo009": 2, "qLo010": 2, "qLo011": 1, "qLo004": 1, "qLo003": 1},
    ),
    (
        "qLn10",
        "vi",
        "lumberjocks",
        "Can may do do am go gia re",
        "Tiem moc o Vung Liem lam ban ghe, tu. Go am tren 10% dong mong vao mot thoi gian la long, ho. "
        "Can mua may do do am go loai re, de dung, do nhanh truoc khi gia cong, co nguoi huong dan cach doc.",
        {"qLo013": 2, "qLo014": 2, "qLo015": 2},
    ),
    (
        "qLn11",
        "vi",
        "solar_vi",
        "Gỗ bị nứt, cong sau khi sấy — cần quy trình sấy chuẩn",
        "Xưởng ở Trà Ôn sấy gỗ tạp và gỗ vườn, nhiều mẻ bị nứt đầu, cong vênh, mặt ngoài khô mà ruột còn ướt, làm tăng phế phẩm và giá thành. "
        "Cần chế độ sấy theo từng loại gỗ và người hướng dẫn vận hành lò.",
        {"qLo001": 2, "qLo002": 2, "qLo010": 2, "qLo003": 1, "qLo013": 1},
    ),
    # --- sawing and CNC ---
    (
        "qLn12",
        "en",
        "bird",
        "CNC router for curved and angled furniture parts",
        "Our workshop in Trà Vinh city builds furniture by hand; as designs get more complex, hand measurements slip and parts do not fit. "
        "We are considering a CNC router to cut geometry precisely and want a machine and software setup sized for a small shop.",
        {"qLo026": 2, "qLo025": 1, "qLo023": 1, "qLo093": 1, "qLo094": 1},
    ),
    (
        "qLn13",
        "vi",
        "cncnesting",
        "Đầu tư máy CNC nesting cho xưởng tủ bếp MDF",
        "Xưởng nội thất ở Long Hồ làm tủ bếp, tủ áo từ MDF, HDF, ván ép, hiện cắt bằng cưa bàn và khoan tay nên chậm, sai số. "
        "Muốn đầu tư máy CNC nesting cắt, khoan, phay rãnh trên tấm nguyên khổ và được hướng dẫn quy trình xếp hình, lập đường chạy dao.",
        {"qLo023": 2, "qLo024": 2, "qLo025": 2, "qLo026": 2, "qLo098": 1, "qLo096": 1},
    ),
    (
        "qLn14",
        "vi",
        "cncnesting",
        "Can hoc van hanh may CNC go cho nguoi moi",
        "Em moi mo xuong o Binh Minh, chua biet gi ve may CNC go. Can noi day van hanh may CNC router, ve duong chay dao co ban "
        "va tu van chon may nho phu hop xuong dien tich hep.",
        {"qLo026": 2, "qLo025": 1, "qLo024": 1},
    ),
    (
        "qLn15",
        "en",
        "trees2money",
        "Portable band sawmill for farm and orchard timber",
        "I farm in Càng Long and every year old mango, dầu and sao trees come down in storms or replanting. Traders pay little for the logs. "
        "I want to saw them into planks and beams myself or with a mobile sawyer, for my own buildings and to sell.",
        {"qLo028": 2, "qLo027": 2, "qLo029": 2, "qLo031": 2, "qLo030": 1, "qLo039": 1},
    ),
    (
        "qLn16",
        "en",
        "constrmagnet",
        "Mobile sawing service for house-building timber",
        "A small builder in Duyên Hải building a timber-frame house wants lumber cut to a weekly list from local logs. "
        "Hauling logs 20 km to a mill is slow; we need a sawyer who brings a portable mill to the site and cuts to our sizes.",
        {"qLo029": 2, "qLo031": 2, "qLo030": 1, "qLo028": 1, "qLo027": 1},
    ),
    (
        "qLn17",
        "vi",
        "trees2money",
        "Cần dịch vụ cưa xẻ gỗ lưu động tại vườn",
        "Nhà vườn ở Cầu Kè có mấy chục cây gỗ tạp cần đốn để trồng lại, thương lái mua cây đứng giá rất thấp. "
        "Cần thuê đội cưa xẻ có máy cưa lưu động tới tận vườn xẻ thành ván, đà theo quy cách để tự dùng hoặc bán.",
        {"qLo029": 2, "qLo031": 2, "qLo027": 1, "qLo030": 1, "qLo039": 1},
    ),
    (
        "qLn18",
        "en",
        "ta_who",
        "Who can resharpen our carbide saw blades locally?",
        "Our furniture shop in Trà Vinh city throws away carbide-tipped circular blades once they burn and splinter the wood. "
        "We would rather have them professionally resharpened several times; we need a sharpening service with proper equipment.",
        {"qLo034": 2, "qLo035": 2, "qLo037": 2, "qLo033": 1, "qLo032": 1},
    ),
    (
        "qLn19",
        "vi",
        "ta_who",
        "Tim cho mai luoi cua dia hop kim",
        "Xuong moc o Tam Binh xai luoi cua dia rang hop kim, cu cun la bo mua moi rat ton. "
        "Can cho nhan mai lai luoi cua hop kim dung may chuyen dung, lay nhanh, gia hop ly.",
        {"qLo037": 2, "qLo034": 2, "qLo035": 2, "qLo033": 1},
    ),
    (
        "qLn20",
        "en",
        "constrmagnet",
        "Band-saw blades dulling fast on our sawmill",
        "We run a band sawmill in Tiểu Cần cutting hardwood logs; blades dull quickly, cuts wander and the engine strains. "
        "We need blade sharpening equipment or a regular sharpening service for band-mill blades.",
        {"qLo036": 2, "qLo032": 2, "qLo035": 1, "qLo034": 1, "qLo028": 1},
    ),
    # --- finishes, lacquers, preservation ---
    (
        "qLn21",
        "vi",
        "vinaconnect",
        "Sơn PU bền màu cho khí hậu nóng ẩm",
        "Xưởng bàn ghế gỗ tràm ở Mang Thít dùng sơn dầu, vecni nên bề mặt mau phai, bong khi trời nồm ẩm. "
        "Cần hệ sơn PU (lót, màu, bóng) bám tốt, bền màu trong khí hậu nóng ẩm và người hướng dẫn quy trình sơn.",
        {"qLo046": 2, "qLo047": 2, "qLo048": 2, "qLo049": 2, "qLo050": 1, "qLo059": 1},
    ),
    (
        "qLn22",
        "vi",
        "vinaconnect",
        "Cần hướng dẫn pha sơn PU 2K đúng tỷ lệ",
        "Cơ sở mộc ở Long Hồ mới chuyển sang sơn PU hai thành phần, pha theo cảm tính nên màng sơn lúc chảy lúc khô chậm, bị rỗ. "
        "Cần tỷ lệ pha sơn, chất đóng rắn, dung môi và kỹ thuật phun từng lớp.",
        {"qLo049": 2, "qLo048": 2, "qLo047": 1, "qLo046": 1},
    ),
    (
        "qLn23",
        "en",
        "wwi",
        "Switching our finishing line to water-based lacquer",
        "Furniture exporter in Vĩnh Long; European buyers ask for low-VOC finishes. A previous trial with water-based products went badly and staff distrust them. "
        "We need proven water-based lacquers, an application process and spray equipment advice to switch our finishing line.",
        {"qLo055": 2, "qLo057": 2, "qLo058": 2, "qLo059": 2, "qLo051": 2, "qLo060": 1, "qLo056": 1},
    ),
    (
        "qLn24",
        "vi",
        "hopnhat",
        "Xử lý khí thải phòng sơn đồ gỗ",
        "Cơ sở sản xuất giường, tủ, bàn ghế ở phường Trà Vinh có phòng sơn riêng với chụp hút nhưng khí thải xả thẳng ra ngoài, hàng xóm phản ánh mùi dung môi. "
        "Cần hệ thống xử lý bụi sơn và hơi dung môi đạt quy chuẩn.",
        {"qLo053": 2, "qLo052": 2, "qLo051": 1, "qLo054": 1},
    ),
    (
        "qLn25",
        "en",
        "hopnhat",
        "Spray booth overspray and solvent fumes",
        "Our furniture workshop in Bình Minh sprays lacquer in an open corner; overspray settles everywhere and solvent fumes reach the neighbours. "
        "We need a wet spray booth and an exhaust treatment unit that meets Vietnamese emission standards.",
        {"qLo051": 2, "qLo053": 2, "qLo052": 2, "qLo153": 1, "qLo055": 1},
    ),
    (
        "qLn26",
        "en",
        "wwi",
        "Low-VOC finishes for children's furniture",
        "A workshop in Càng Long making cots, small chairs and toy boxes wants a finish that is low in odour and solvents yet scratch-resistant, "
        "because parents and export buyers worry about fumes. We need suitable products and how to apply them.",
        {"qLo057": 2, "qLo055": 2, "qLo058": 2, "qLo060": 1, "qLo056": 1},
    ),
    (
        "qLn27",
        "vi",
        "palda",
        "Xử lý chống mối mọt cho gỗ vườn trước khi đóng đồ",
        "Hợp tác xã ở Tam Bình đóng đồ gỗ từ gỗ vườn, gỗ tạp; ngâm gỗ xuống nước theo cách cũ mất nhiều tháng mà vẫn bị mọt. "
        "Cần chế phẩm và quy trình tẩm chống mối mọt nhanh, an toàn cho người dùng.",
        {"qLo061": 2, "qLo062": 2, "qLo064": 2, "qLo063": 1, "qLo065": 1},
    ),
    (
        "qLn28",
        "en",
        "borate_forum",
        "Borate treatment for furniture timber against termites",
        "Furniture maker in Trà Cú: termites and borers hollow out our pieces within months. We want to pre-treat all timber with a borate-type preservative "
        "that is low in toxicity, leaves the surface unchanged and can still be sawn and nailed. Need the product and the dipping or soaking procedure.",
        {"qLo061": 2, "qLo062": 2, "qLo065": 2, "qLo063": 1},
    ),
    (
        "qLn29",
        "vi",
        "palda",
        "Can thuoc tam go chong moi mot",
        "Nha lam ghe go o Cau Ngang, go tap de bi moi an. Ngam nuoc lau qua khong kip hang. "
        "Can thuoc tam chong moi mot cho go va cach ngam, nhung hoac quet cho dung.",
        {"qLo061": 2, "qLo062": 2, "qLo064": 2, "qLo065": 2, "qLo063": 1},
    ),
    (
        "qLn30",
        "en",
        "vinaconnect",
        "Durable PU coating for furniture in tropical humidity",
        "A furniture company in Vĩnh Long finds its coatings fade and peel in the humid monsoon climate. "
        "We want a polyurethane system with good adhesion, hardness and colour stability, and technical support on application.",
        {"qLo046": 2, "qLo047": 2, "qLo048": 2, "qLo059": 1, "qLo056": 1},
    ),
    (
        "qLn31",
        "vi",
        "wwi",
        "Chuyển xưởng sang sơn gốc nước cho hàng xuất khẩu",
        "Xưởng ở Vũng Liêm làm hàng xuất khẩu, khách yêu cầu giảm dung môi. Thợ từng thử sơn nước nhưng chưa quen nên e ngại. "
        "Cần sản phẩm sơn gốc nước, súng phun, buồng phun phù hợp và người chuyển giao quy trình.",
        {"qLo051": 2, "qLo052": 2, "qLo153": 2, "qLo055": 2, "qLo057": 2, "qLo059": 2},
    ),
    # --- dust and fire ---
    (
        "qLn32",
        "vi",
        "ninhthuan",
        "Xưởng mộc gần khu dân cư cần phương án PCCC",
        "Xưởng mộc ở phường Trà Vinh nằm sát nhà dân, chứa nhiều gỗ, thành phẩm, không có máy bơm hay hồ nước. "
        "Cần đơn vị tư vấn phương án phòng cháy chữa cháy, trang bị phương tiện và huấn luyện người trong xưởng.",
        {"qLo077": 2, "qLo078": 2, "qLo079": 1, "qLo071": 1},
    ),
    (
        "qLn33",
        "vi",
        "brvt",
        "Kiểm tra an toàn điện và PCCC cho xưởng mộc",
        "Cơ sở mộc ở Châu Thành kéo điện câu móc qua nhiều năm, gỗ chất cao tới mái, còn để dung môi sơn gần máy. "
        "Cần kiểm tra, khắc phục hệ thống điện và sắp xếp kho theo yêu cầu PCCC.",
        {"qLo077": 2, "qLo079": 1, "qLo078": 1, "qLo074": 1},
    ),
    (
        "qLn34",
        "vi",
        "tphcm",
        "Hệ thống hút bụi liên xưởng an toàn cháy nổ",
        "Xưởng đồ gỗ trong hẻm ở phường Trà Vinh có nhiều máy cưa, bào, chà nhám nhưng chưa có hút bụi trung tâm, bụi bám khắp xưởng. "
        "Cần thiết kế hệ thống hút bụi liên hoàn cho các máy, bố trí sao cho không thành nguồn cháy.",
        {"qLo081": 2, "qLo075": 2, "qLo071": 2, "qLo079": 1, "qLo077": 1},
    ),
    (
        "qLn35",
        "en",
        "festool",
        "Grounding and fire-safe layout of our dust collection ducts",
        "We are installing ducted dust collection in our furniture shop in Vĩnh Long with plastic and metal pipe. "
        "We need advice on grounding against static, placing the fan and filter, and protecting the system from fire and explosion.",
        {"qLo071": 2, "qLo073": 2, "qLo074": 2, "qLo075": 2, "qLo072": 1},
    ),
    (
        "qLn36",
        "en",
        "wwtalk",
        "Ignition sources in a dusty sanding room",
        "Our cooperative workshop in Cầu Kè sands furniture in a closed room with a heater for drying glue. A member saw dust flash near the heater. "
        "We need an audit of ignition sources, cleaning routines and extraction so dust clouds cannot ignite.",
        {"qLo074": 2, "qLo073": 2, "qLo072": 1, "qLo071": 1},
    ),
    (
        "qLn37",
        "en",
        "festool",
        "Is our sanding and MDF dust explosive?",
        "Furniture factory in Long Hồ, mixed hardwood and MDF machining. Our insurer asks whether the collected dust is explosible and what protection the collector needs. "
        "We need a dust explosibility assessment and recommendations.",
        {"qLo072": 2, "qLo073": 2, "qLo071": 1, "qLo076": 1},
    ),
    (
        "qLn38",
        "vi",
        "bd_chudong",
        "Huấn luyện PCCC cho công nhân xưởng gỗ",
        "Doanh nghiệp chế biến gỗ ở Trà Ôn có gần 50 công nhân, phần lớn chưa từng được huấn luyện PCCC. "
        "Cần tổ chức huấn luyện, diễn tập chữa cháy tại chỗ, nhất là khu chà nhám, phòng sơn, kho mùn cưa.",
        {"qLo078": 2, "qLo077": 2, "qLo079": 1},
    ),
    (
        "qLn39",
        "vi",
        "bd_chudong",
        "Cần quy trình vệ sinh bụi gỗ trong xưởng để phòng cháy",
        "Xưởng ở Bình Tân có bụi gỗ bám dày trên xà gồ, máng điện, trong ống hút; dầu máy rơi lẫn mùn cưa dưới nền. "
        "Cần quy trình và cách vệ sinh định kỳ an toàn để giảm nguy cơ cháy.",
        {"qLo079": 2, "qLo074": 2, "qLo081": 1, "qLo075": 1},
    ),
    (
        "qLn40",
        "vi",
        "tphcm",
        "Công nhân xưởng mộc ho, khó thở vì bụi gỗ",
        "Xưởng mộc ở Trà Cú có nhiều thợ ho, rát họng, khó thở do bụi từ máy chà nhám, máy bào. "
        "Cần giải pháp hút bụi tại nguồn và trang bị bảo hộ phù hợp cho người lao động.",
        {"qLo080": 2, "qLo081": 2, "qLo075": 2, "qLo074": 1},
    ),
    (
        "qLn41",
        "en",
        "wwtalk",
        "Fine dust clouds when sanding MDF",
        "Our cabinet shop in Vũng Liêm sands MDF and hardwood all day; a fine haze hangs in the air and settles on every ledge. "
        "We need better capture at the sanders and an extraction system sized for the shop.",
        {"qLo075": 2, "qLo074": 2, "qLo081": 2, "qLo072": 1},
    ),
    (
        "qLn42",
        "en",
        "ninhthuan",
        "Fire-safety plan for a family carpentry shop",
        "A family carpentry shop in Càng Long, next to houses, stores timber and finished school furniture. A nearby shop burned down overnight. "
        "We need a fire-safety assessment, basic equipment and training that meet local fire police requirements.",
        {"qLo077": 2, "qLo078": 2, "qLo071": 1, "qLo076": 1},
    ),
    (
        "qLn43",
        "vi",
        "brvt",
        "Lò hút bụi, silo mùn cưa có nguy cơ tự bốc cháy",
        "Công ty đồ gỗ ở Tiểu Cần có silo chứa mùn cưa từ hệ thống hút bụi, mùa khô từng phát hiện bốc khói trong silo. "
        "Cần giải pháp phát hiện tia lửa, chống cháy nổ cho lò hút bụi và cách vệ sinh an toàn.",
        {"qLo079": 2, "qLo073": 2, "qLo071": 2, "qLo077": 1},
    ),
    # --- design software ---
    (
        "qLn44",
        "en",
        "woodweb_cab",
        "Cabinet design software for a one-man shop",
        "I run a one-man cabinet shop in Trà Vinh and still draw by pencil; client revisions take hours. "
        "I need design software that handles layout, estimates, shop drawings and cut lists without a long learning curve.",
        {"qLo089": 2, "qLo088": 2, "qLo093": 2, "qLo094": 2, "qLo095": 1, "qLo096": 1},
    ),
    (
        "qLn45",
        "vi",
        "woodweb_cab",
        "Phần mềm thiết kế tủ bếp xuất danh sách chi tiết cắt",
        "Xưởng tủ bếp ở Châu Thành vẽ tay rồi tự tính kích thước từng tấm, khách sửa thiết kế là phải tính lại từ đầu, hay sai. "
        "Cần phần mềm thiết kế tủ bếp, tủ áo xuất được bảng chi tiết cắt và vật tư.",
        {"qLo093": 2, "qLo088": 2, "qLo095": 2, "qLo098": 1},
    ),
    (
        "qLn46",
        "vi",
        "woodweb_cab",
        "Can phan mem tinh vat tu va so do cat van",
        "Xuong noi that o Mang Thit cat van MDF bang tay, tinh vat tu bang so nen hao hut nhieu. "
        "Can phan mem tu dong lap danh sach chi tiet, so do cat tren tam van, tinh chi phi.",
        {"qLo093": 2, "qLo090": 2, "qLo096": 2, "qLo024": 1},
    ),
    (
        "qLn47",
        "en",
        "blip",
        "SketchUp model to cut list and timber quantities",
        "Our workshop in Tam Bình designs each piece in SketchUp. We want to generate the cut list and the actual board volume to buy "
        "directly from the model instead of measuring every part by hand.",
        {"qLo092": 2, "qLo093": 2, "qLo091": 1, "qLo094": 1},
    ),
    (
        "qLn48",
        "vi",
        "woodweb_cab",
        "Đào tạo SketchUp cho thợ mộc",
        "Hợp tác xã mộc ở Trà Vinh muốn thợ trẻ chuyển từ vẽ tay sang vẽ 3D. "
        "Cần khóa học SketchUp cho đồ gỗ: dựng mô hình chính xác, đặt tên chi tiết, xuất danh sách cắt.",
        {"qLo092": 2, "qLo091": 2, "qLo093": 1, "qLo094": 1},
    ),
    (
        "qLn49",
        "en",
        "blip",
        "Optimise sheet cutting to reduce plywood waste",
        "We cut cabinets from plywood and MDF sheets in Long Hồ and waste a lot of offcut. "
        "We want software that lays parts out on standard sheets with kerf and grain taken into account and reports yield.",
        {"qLo090": 2, "qLo024": 2, "qLo096": 2, "qLo025": 1, "qLo023": 1},
    ),
    (
        "qLn50",
        "vi",
        "woodweb_cab",
        "Dựng mô hình 3D và bản vẽ sản xuất cho đồ gỗ",
        "Cơ sở đồ gỗ ở Vĩnh Long nhận đơn theo mẫu khách, cần dựng mô hình 3D, kiểm tra mộng và ra bản vẽ sản xuất chính xác trước khi cắt gỗ, "
        "ưu tiên phần mềm dễ học.",
        {"qLo094": 2, "qLo091": 2, "qLo092": 1, "qLo097": 1, "qLo098": 1},
    ),
    (
        "qLn51",
        "en",
        "woodweb_cab",
        "Free or open-source alternative to costly cabinet software",
        "Commercial cabinet programs are too expensive for our small shop in Trà Vinh. "
        "We look for free or open-source tools that still give cut lists, cutting diagrams and labels.",
        {"qLo093": 2, "qLo094": 2, "qLo096": 2, "qLo097": 2, "qLo095": 1},
    ),
    (
        "qLn52",
        "vi",
        "cncnesting",
        "Kết nối phần mềm thiết kế với máy CNC",
        "Xưởng ở Long Hồ đã có máy CNC nhưng mỗi chi tiết phải vẽ lại và lập trình thủ công. "
        "Cần giải pháp để phần mềm thiết kế tủ tự sinh chương trình cắt, xếp chi tiết trên tấm cho máy CNC.",
        {"qLo023": 2, "qLo025": 2, "qLo096": 1, "qLo088": 1},
    ),
    # --- certified timber and export rules ---
    (
        "qLn53",
        "vi",
        "srd",
        "Hộ trồng tràm, bạch đàn cần hồ sơ gỗ hợp pháp",
        "Tổ hợp tác trồng rừng hộ gia đình ở Duyên Hải bán gỗ tràm, bạch đàn cho xưởng. Xưởng đòi hồ sơ nguồn gốc, "
        "nhưng hộ chưa đăng ký khai thác, chưa ghi chép lâm sản. Cần hướng dẫn lập hồ sơ gỗ hợp pháp và truy xuất nguồn gốc.",
        {"qLo102": 2, "qLo103": 2, "qLo152": 2, "qLo104": 1, "qLo101": 1},
    ),
    (
        "qLn54",
        "en",
        "srd",
        "Legal-timber documents for smallholder plantation supply",
        "Our sawmill in Vĩnh Long buys acacia and eucalyptus from household plantations; few households keep harvest registrations or product lists. "
        "We need support to bring our suppliers' paperwork in line with Vietnam's timber legality rules.",
        {"qLo102": 2, "qLo103": 2, "qLo152": 2, "qLo107": 1, "qLo105": 1},
    ),
    (
        "qLn55",
        "vi",
        "tinkinhte",
        "Muốn có chứng chỉ FSC cho xưởng đồ gỗ xuất khẩu",
        "Doanh nghiệp đồ gỗ ở Bình Minh được khách châu Âu yêu cầu FSC. Nghe nói làm FSC tốn công và thời gian, "
        "cần đơn vị tư vấn lộ trình chứng nhận chuỗi hành trình CoC và cách quản lý nguyên liệu.",
        {"qLo114": 2, "qLo115": 2, "qLo111": 2, "qLo113": 2, "qLo116": 1},
    ),
    (
        "qLn56",
        "vi",
        "tinkinhte",
        "Cần tư vấn chứng chỉ FSC CoC với chi phí phù hợp",
        "Xưởng nhỏ ở Vũng Liêm muốn làm FSC CoC nhưng vốn ít. Cần đơn vị đào tạo, tư vấn chứng nhận với chi phí hợp lý cho doanh nghiệp nhỏ.",
        {"qLo114": 2, "qLo115": 2, "qLo116": 1, "qLo112": 1},
    ),
    (
        "qLn57",
        "en",
        "portland",
        "What does EUDR 'low-risk' status mean for our furniture exports?",
        "We export wooden furniture to the EU from Vĩnh Long. Vietnam is now listed as low-risk under the EU deforestation regulation. "
        "We need to understand what simplified due diligence still requires from us and our timber suppliers, and by when.",
        {"qLo105": 2, "qLo106": 2, "qLo110": 2, "qLo108": 2, "qLo107": 2, "qLo109": 1},
    ),
    (
        "qLn58",
        "vi",
        "portland",
        "Chuẩn bị tọa độ vùng trồng gỗ theo quy định EUDR",
        "Công ty xuất khẩu đồ gỗ ở Trà Vinh được nhà nhập khẩu EU yêu cầu cung cấp tọa độ lô rừng trồng nguồn gỗ và tuyên bố thẩm định. "
        "Cần hướng dẫn thu thập dữ liệu địa lý từ nhà cung cấp và lập hồ sơ đáp ứng EUDR.",
        {"qLo106": 2, "qLo110": 2, "qLo107": 2, "qLo101": 1},
    ),
    (
        "qLn59",
        "en",
        "odm_wwf",
        "Preparing for the timber legality decree as a small exporter",
        "A small wood exporter in Long Hồ needs to understand Vietnam's Timber Legality Assurance System under the VPA with the EU "
        "and what FLEGT licensing means for our shipments and records.",
        {"qLo101": 2, "qLo102": 2, "qLo104": 2, "qLo103": 1},
    ),
    (
        "qLn60",
        "vi",
        "odm_wwf",
        "Tìm hiểu FLEGT và VNTLAS cho xưởng gỗ nhỏ",
        "Xưởng đồ gỗ ở Càng Long muốn bán hàng cho doanh nghiệp xuất khẩu, được yêu cầu chứng minh gỗ hợp pháp theo VNTLAS. "
        "Cần tài liệu hỏi đáp, tập huấn dễ hiểu về FLEGT, VPA cho cơ sở nhỏ.",
        {"qLo104": 2, "qLo101": 2, "qLo102": 2, "qLo103": 1},
    ),
    (
        "qLn61",
        "en",
        "tinkinhte",
        "FSC chain of custody for a small furniture workshop",
        "A 15-worker furniture workshop in Trà Ôn wants FSC chain-of-custody certification to supply an export company. "
        "We need help with procedures, record keeping, separating certified material and choosing certified suppliers.",
        {"qLo111": 2, "qLo113": 2, "qLo115": 2, "qLo114": 2, "qLo112": 1, "qLo116": 1},
    ),
    (
        "qLn62",
        "en",
        "nhandan_fr",
        "Sourcing legal, certified timber for EU orders",
        "Much of the wood we process in Vĩnh Long is imported. For EU orders we must prove legal, good-quality sources. "
        "We are looking for certified timber suppliers and a way to document the chain of custody of each batch.",
        {"qLo112": 2, "qLo113": 2, "qLo116": 1, "qLo111": 1},
    ),
    # --- waste wood and sawdust ---
    (
        "qLn63",
        "vi",
        "skkn",
        "Mùn cưa xưởng mộc gây ô nhiễm, muốn dùng trồng nấm",
        "Xưởng mộc ở Cầu Kè thải mỗi tuần vài khối mùn cưa, đổ bỏ gây bụi, ô nhiễm. Chúng tôi muốn tận dụng mùn cưa làm giá thể trồng nấm, "
        "cần quy trình xử lý mùn cưa, công thức phối trộn và kỹ thuật trồng.",
        {"qLo123": 2, "qLo124": 2, "qLo125": 2, "qLo126": 2, "qLo130": 1},
    ),
    (
        "qLn64",
        "vi",
        "skkn",
        "Trong nam bao ngu tren mun cua",
        "Nha toi o Tra Cu gan xuong moc, co nhieu mun cua. Muon trong nam bao ngu xam tren mun cua, "
        "can huong dan u mun cua, dong bich, cay giong va cham soc.",
        {"qLo125": 2, "qLo124": 1, "qLo123": 1, "qLo126": 1, "qLo130": 1},
    ),
    (
        "qLn65",
        "en",
        "skkn",
        "Use our sawdust as mushroom substrate",
        "A furniture company in Vĩnh Long produces several cubic metres of sawdust a week. We want to turn it into mushroom growing substrate, "
        "either ourselves or with a partner farm, and need the preparation and cultivation technique.",
        {"qLo124": 2, "qLo125": 2, "qLo123": 2, "qLo126": 2},
    ),
    (
        "qLn66",
        "en",
        "breadwood",
        "Small briquetting machine for one shop's sawdust",
        "Our dust collector in Trà Vinh city fills with kiln-dried sawdust below 8% moisture. Composting it feels wasteful. "
        "We want a briquetting press sized for a single small shop, with no binders, to make fuel logs.",
        {"qLo132": 2, "qLo134": 2, "qLo135": 1, "qLo136": 1, "qLo133": 1},
    ),
    (
        "qLn67",
        "vi",
        "breadwood",
        "Ép mùn cưa thành củi ép để bán",
        "Xưởng ở Tiểu Cần có lượng mùn cưa khô lớn từ máy bào, máy cưa. Muốn đầu tư máy ép mùn cưa thành thanh củi ép hoặc than ép "
        "bán cho lò sấy, lò nấu, thay vì cho không.",
        {"qLo132": 2, "qLo134": 2, "qLo133": 2, "qLo127": 1, "qLo135": 1},
    ),
    (
        "qLn68",
        "vi",
        "breadwood",
        "Đầu tư máy ép viên nén từ mùn cưa",
        "Cơ sở ở Mang Thít gom mùn cưa của các xưởng mộc quanh vùng, muốn làm viên nén gỗ bán cho lò hơi. "
        "Cần máy ép viên quy mô nhỏ và quy trình xử lý, sấy nguyên liệu.",
        {"qLo127": 2, "qLo138": 2, "qLo139": 2, "qLo140": 2},
    ),
    (
        "qLn69",
        "en",
        "lyle_dispose",
        "Outlet for shavings as animal bedding on local farms",
        "Our planer shop in Càng Long produces clean shavings and sawdust every day. Pig and poultry farms nearby might use them as bedding. "
        "We need know-how on bedding quality and a partner to process and supply them.",
        {"qLo142": 2, "qLo146": 2, "qLo143": 1, "qLo144": 1},
    ),
    (
        "qLn70",
        "vi",
        "lyle_dispose",
        "Ủ mùn cưa lót chuồng đã dùng thành phân bón",
        "Trại heo ở Tam Bình lấy mùn cưa của xưởng mộc làm đệm lót, nay tồn nhiều đệm lót đã dùng. "
        "Cần cách ủ mùn cưa lót chuồng thành phân hữu cơ an toàn, hết mùi, diệt mầm bệnh.",
        {"qLo143": 2, "qLo125": 1, "qLo145": 1, "qLo142": 1},
    ),
    (
        "qLn71",
        "en",
        "breadwood",
        "Pellet mill sized for a small workshop",
        "We are a two-workshop cooperative in Bình Tân with dry sawdust from planing and sanding. "
        "We want a small pellet mill and guidance on moisture and die settings to make fuel pellets for local boilers.",
        {"qLo139": 2, "qLo140": 2, "qLo138": 2, "qLo137": 2, "qLo127": 1, "qLo148": 1},
    ),
    (
        "qLn72",
        "en",
        "lyle_dispose",
        "Sawdust piling up: find a use instead of dumping",
        "A furniture factory in Duyên Hải pays to truck sawdust and shavings away and much of it is dumped. "
        "We want practical reuse routes, bedding, compost or fuel, and partners who take the material.",
        {"qLo132": 2, "qLo142": 2, "qLo146": 2, "qLo151": 1, "qLo124": 1},
    ),
    (
        "qLn73",
        "vi",
        "skkn",
        "Thu gom, nghiền, ép mùn cưa và đầu mẩu gỗ thừa",
        "Xưởng mộc ở Châu Thành thải mùn cưa, phoi bào, đầu mẩu gỗ và ván MDF thừa, gây bụi và ô nhiễm khu dân cư. "
        "Cần giải pháp nghiền, ép khối phế liệu gỗ để tái sử dụng hoặc bán.",
        {"qLo151": 2, "qLo132": 2, "qLo133": 1, "qLo134": 1, "qLo004": 1},
    ),
    (
        "qLn74",
        "en",
        "breadwood",
        "Turn offcuts and sawdust into charcoal briquettes",
        "Our sawmill in Trà Cú wants to carbonise offcuts and sawdust and press them into charcoal briquettes for restaurants. "
        "We need machinery and a process.",
        {"qLo133": 2, "qLo131": 1, "qLo132": 1},
    ),
    (
        "qLn75",
        "vi",
        "nhandan_fr",
        "Tìm nguồn gỗ hợp pháp, có chứng chỉ cho đơn hàng EU",
        "Doanh nghiệp ở Vĩnh Long phần lớn dùng gỗ nhập khẩu, nay nhận đơn hàng EU phải chứng minh nguồn gỗ hợp pháp, có chứng chỉ. "
        "Cần nhà cung cấp gỗ chứng chỉ và cách lưu hồ sơ chuỗi hành trình cho từng lô.",
        {"qLo112": 2, "qLo113": 2, "qLo102": 1, "qLo115": 1},
    ),
]
