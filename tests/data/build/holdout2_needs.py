"""Needs of the holdout2 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer solves the need, 1 = related or partial answer; unlisted offers are not relevant. Judged need
by need from the offers' content only (no engine, no ranking was run).
"""

NEEDS = [
    # --- coconut ---
    (
        "h6n01",
        "en",
        "ong_ky_sinh",
        "Young coconut fronds turning brown and dry in our gardens",
        "Our cooperative in Cho Lach has many palms whose unopened spear leaves are scorched brown, with small flat larvae "
        "hiding inside. Spraying 15 m tall palms is impossible and we want a method that does not use chemicals.",
        {"h6o002": 2, "h6o001": 2},
    ),
    (
        "h6n02",
        "vi",
        "tst_kienvuong",
        "Cây dừa bị đục ngọn, nhiều cây chết đọt",
        "Vườn dừa của hộ chúng tôi ở Càng Long có nhiều cây bị đục lỗ ở kẽ bẹ gần ngọn, tàu lá non gãy gập, vài cây đã chết "
        "đọt. Cần biện pháp phòng trừ lâu dài, hạn chế dùng thuốc.",
        {"h6o003": 2, "h6o004": 2},
    ),
    (
        "h6n03",
        "en",
        "bt_coco_tech",
        "Coconut oil for a cosmetics buyer who refuses heated oil",
        "We press coconut oil by boiling coconut milk, but a skincare brand will only buy oil produced without heat, with a "
        "natural scent and low acidity. We need a process we can install at a small factory.",
        {"h6o005": 2, "h6o022": 2, "h6o021": 1},
    ),
    (
        "h6n04",
        "vi",
        "vinanet_coco",
        "Nước dừa già ở cơ sở làm cơm dừa đang bị đổ bỏ",
        "Mỗi ngày cơ sở chúng tôi tách cơm khoảng 20.000 trái dừa khô và đổ bỏ toàn bộ nước dừa, vừa phí vừa gây mùi. Muốn "
        "tìm cách làm ra sản phẩm bán được từ nguồn nước này.",
        {"h6o011": 2, "h6o012": 2},
    ),
    (
        "h6n05",
        "en",
        "sggp_coco",
        "Coco peat shipment rejected because of high salt",
        "A Dutch greenhouse customer rejected our coco peat because electrical conductivity was too high and sodium "
        "damaged their seedlings. We process husks from coastal coconut gardens and need to bring the product to "
        "specification.",
        {"h6o008": 2, "h6o018": 1},
    ),
    (
        "h6n06",
        "vi",
        "hl_coco_tv",
        "Gáo dừa chỉ bán làm chất đốt với giá rẻ",
        "Hợp tác xã thu gom gáo dừa từ các lò cơm dừa nhưng chỉ bán làm chất đốt. Muốn đầu tư chế biến thành sản phẩm giá trị "
        "cao dùng cho lọc nước, xử lý khí để xuất khẩu.",
        {"h6o010": 2, "h6o009": 1},
    ),
    (
        "h6n07",
        "vi",
        "dua_sap",
        "Trồng dừa sáp bằng trái thì rất ít trái sáp",
        "Nông dân Cầu Kè trồng dừa sáp từ trái giống lấy trong vườn nhưng khi cho trái chỉ một phần nhỏ là trái sáp, còn lại "
        "là dừa thường. Cần nguồn cây giống cho tỷ lệ sáp cao để mở rộng 50 ha.",
        {"h6o013": 2, "h6o014": 2},
    ),
    (
        "h6n08",
        "en",
        "sggp_coco",
        "Canal banks collapsing in a coconut-growing district",
        "Canal and dyke banks are eroding after each high tide and boat wake. The district wants a low-cost, biodegradable "
        "way to hold the soil until vegetation establishes, ideally made from local materials.",
        {"h6o017": 2, "h6o018": 1},
    ),
    (
        "h6n09",
        "en",
        "snv_coco",
        "Fresh coconuts arriving brown in export markets",
        "We ship young drinking coconuts by sea; the trimmed white husk turns brown before arrival and trimming by knife "
        "is slow and labour is scarce. We need a packing-house solution.",
        {"h6o020": 2, "h6o025": 1},
    ),
    (
        "h6n10",
        "vi",
        "hl_coco_tv",
        "Cơm dừa sấy thủ công không đạt độ ẩm và màu",
        "Cơ sở sấy cơm dừa bằng lò củi, sản phẩm ngả vàng, độ ẩm không đều nên bị khách xuất khẩu trả hàng. Cần thiết bị và "
        "quy trình sản xuất cơm dừa nạo sấy đạt chuẩn.",
        {"h6o015": 2, "h6o154": 1, "h6o096": 1},
    ),
    (
        "h6n11",
        "vi",
        "dost_bt_pest",
        "Trái dừa non bị đục lỗ và rụng nhiều",
        "Vườn dừa xiêm của chúng tôi có nhiều trái non bị đục lỗ ở cuống, chảy mủ rồi rụng, năng suất giảm rõ. Cây cao nên "
        "phun thuốc rất khó.",
        {"h6o027": 2},
    ),
    # --- rice ---
    (
        "h6n12",
        "en",
        "hatri200",
        "Dry-season rice dying as canal water turns brackish",
        "Our cooperative in a coastal district of Tra Vinh loses part of the winter–spring rice crop each year when "
        "salinity in the canals reaches 3–4 ppt at tillering. We are looking for planting material and practices that "
        "survive these conditions.",
        {"h6o028": 2, "h6o029": 2, "h6o030": 2, "h6o031": 2, "h6o032": 1},
    ),
    (
        "h6n13",
        "vi",
        "shrimp_rice_vn",
        "Vụ lúa sau vụ tôm bị chết cây con",
        "Ruộng nuôi tôm mùa khô, sang mùa mưa sạ lúa nhưng cây lúa non vàng rồi chết từng mảng vì đất còn mặn. Cần cách làm "
        "cho vụ lúa sau tôm đứng được.",
        {"h6o032": 2, "h6o030": 2, "h6o029": 2, "h6o031": 2, "h6o033": 1},
    ),
    (
        "h6n14",
        "vi",
        "irri_flatbed",
        "Lúa thu hoạch mùa mưa bị nảy mầm, vàng hạt vì phơi không kịp",
        "Vụ hè thu lúa gặt về có ẩm độ 25–28%, mưa liên tục nên không phơi được, lúa ủ đống bị nóng, nảy mầm và vàng hạt. Hợp "
        "tác xã cần giải pháp làm khô lúa số lượng lớn.",
        {"h6o034": 2, "h6o035": 2, "h6o156": 2, "h6o037": 1, "h6o036": 1, "h6o157": 1},
    ),
    (
        "h6n15",
        "en",
        "husk_power",
        "Rice mill cluster wants its own electricity from husk",
        "Five rice mills along one canal pay high electricity bills while piles of husk accumulate. We want to generate "
        "power for the milling lines from our own husk.",
        {"h6o054": 2, "h6o053": 1},
    ),
    (
        "h6n16",
        "vi",
        "husk_briquette",
        "Can may ep cui trau cho lo say",
        "Co so chung toi co nhieu trau tu nha may xay lua, muon ep thanh cui de dot lo say thay than da, it khoi va de van "
        "chuyen. Can mua may va huong dan van hanh.",
        {"h6o051": 2, "h6o052": 2},
    ),
    (
        "h6n17",
        "en",
        "awd_gemmes",
        "Cutting pumping costs and methane in irrigated rice",
        "Our cooperative pumps water into 300 ha of rice three seasons a year. Diesel and power costs are high and a buyer "
        "asks us to lower methane emissions. We want a water management method that does not reduce yield.",
        {"h6o039": 2, "h6o040": 2, "h6o041": 1},
    ),
    (
        "h6n18",
        "en",
        "awd_angiang",
        "Documenting emission reductions to join a low-emission rice programme",
        "To receive a premium under a low-emission rice programme we must measure and report how much methane our fields "
        "emit and how much we have cut. We need measurement and reporting support.",
        {"h6o041": 2, "h6o039": 1, "h6o040": 1},
    ),
    (
        "h6n19",
        "vi",
        "drone_dt",
        "Thiếu người phun thuốc cho lúa, lo ngộ độc",
        "Thanh niên đi làm xa, hợp tác xã 200 ha lúa không thuê được người phun thuốc đúng lúc dịch bệnh, người phun bằng bình "
        "đeo vai thì hay bị ngộ độc. Cần giải pháp phun nhanh, an toàn.",
        {"h6o042": 2, "h6o043": 1},
    ),
    (
        "h6n20",
        "en",
        "rikolto_mushroom",
        "Farmers keep burning straw after harvest",
        "The district fines straw burning but farmers say straw has no value after combine harvesting. We want options "
        "that give farmers income from rice straw.",
        {"h6o050": 2, "h6o047": 2, "h6o049": 2, "h6o045": 2, "h6o048": 1},
    ),
    (
        "h6n21",
        "vi",
        "ctu_mushroom_vi",
        "Trồng nấm rơm ngoài trời bị mưa làm hư",
        "Hộ trồng nấm rơm ngoài đồng, mùa mưa mô nấm bị úng, nắng gắt thì nấm không ra, năng suất bấp bênh. Muốn chuyển sang "
        "cách trồng ổn định hơn.",
        {"h6o045": 2, "h6o046": 1},
    ),
    (
        "h6n22",
        "vi",
        "rice_crack",
        "Tỷ lệ gạo nguyên thấp dù đã có máy sấy",
        "Hợp tác xã đã có máy sấy nhưng khi xay tỷ lệ gạo gãy vẫn cao. Lúa thường gặt trễ và để ướt qua đêm chờ tới lượt "
        "sấy. Cần quy trình giảm nứt gãy hạt.",
        {"h6o038": 2, "h6o037": 1, "h6o157": 1},
    ),
    # --- shrimp and fish ---
    (
        "h6n23",
        "vi",
        "shrimp_ww_biogency",
        "Trang trại tôm bị nhắc nhở vì xả nước thải ra kênh",
        "Trang trại tôm thẻ 5 ha xả nước thải trực tiếp ra kênh chung, bị cơ quan môi trường nhắc nhở và hộ xung quanh phản "
        "ánh. Cần giải pháp xử lý nước thải trước khi xả với chi phí vừa phải.",
        {"h6o056": 2, "h6o057": 2, "h6o058": 1, "h6o059": 1, "h6o060": 1},
    ),
    (
        "h6n24",
        "en",
        "tomkim_ras",
        "New shrimp farm must operate without discharging water",
        "An investor plans an intensive whiteleg shrimp farm on a site where no discharge permit will be granted. We need a "
        "farming system that reuses water almost completely.",
        {"h6o059": 2, "h6o060": 2, "h6o056": 1, "h6o057": 1},
    ),
    (
        "h6n25",
        "en",
        "ahpnd",
        "Shrimp dying within a month of stocking",
        "Our farmers lose whole ponds 20–35 days after stocking; dying shrimp have pale, shrunken livers and empty guts. "
        "We want to detect the cause early and prevent it.",
        {"h6o062": 2, "h6o061": 2, "h6o063": 1, "h6o064": 1, "h6o065": 1},
    ),
    (
        "h6n26",
        "vi",
        "agu_herb",
        "Muốn giảm dùng kháng sinh trong nuôi tôm",
        "Nhà máy thu mua yêu cầu tôm không tồn dư kháng sinh. Hộ nuôi cần sản phẩm phòng bệnh thay thế kháng sinh, dễ trộn vào "
        "thức ăn.",
        {"h6o063": 2, "h6o064": 2},
    ),
    (
        "h6n27",
        "en",
        "iot_pond",
        "Oxygen crashes at night killing pond stock",
        "Several times this season our shrimp died before dawn because dissolved oxygen fell while workers were asleep. We "
        "want to know the pond condition continuously and be warned in time.",
        {"h6o066": 2, "h6o067": 2, "h6o069": 1},
    ),
    (
        "h6n28",
        "en",
        "pangasius_wq",
        "Electricity bill for pond aeration is too high",
        "Aerators run around the clock on our 12 ponds and electricity is now the second largest cost after feed. We want to "
        "reduce power use for aeration without risking the stock.",
        {"h6o069": 2, "h6o144": 1},
    ),
    (
        "h6n29",
        "en",
        "fao_catfish",
        "Striped catfish fingerlings dying with white spots on the liver",
        "After stocking, our catfish show white spots on liver and kidney and mortality climbs; antibiotic treatment is "
        "costly and restricted by importers. We need a preventive approach.",
        {"h6o073": 2, "h6o071": 1},
    ),
    (
        "h6n30",
        "vi",
        "potech_collagen",
        "Da cá tra từ nhà máy fillet bán rất rẻ",
        "Mỗi ngày nhà máy thải ra nhiều tấn da cá tra, chỉ bán làm thức ăn gia súc giá thấp. Muốn đầu tư sản xuất sản phẩm "
        "giá trị cao từ da cá.",
        {"h6o076": 2, "h6o075": 2},
    ),
    (
        "h6n31",
        "en",
        "vnplus_byprod",
        "Crude fish fat sold at a low price",
        "Our by-product plant renders catfish heads and viscera and sells the crude fat at a low price to traders. We want to "
        "turn it into higher-value products ourselves.",
        {"h6o077": 2, "h6o078": 2},
    ),
    (
        "h6n32",
        "vi",
        "vnplus_byprod",
        "Đầu và vỏ tôm ở nhà máy chế biến chưa được tận dụng",
        "Nhà máy chế biến tôm thải ra hàng chục tấn đầu vỏ tôm mỗi ngày, hiện bán rẻ hoặc phải thuê xử lý. Cần công nghệ biến "
        "đầu vỏ tôm thành sản phẩm có giá trị.",
        {"h6o080": 2, "h6o081": 2},
    ),
    (
        "h6n33",
        "vi",
        "catfish_ww",
        "Nước thải nhà máy fillet cá tra vượt quy chuẩn",
        "Nước thải của nhà máy nhiều mỡ và đạm, COD sau xử lý vẫn vượt quy chuẩn, bể sinh học thường bị váng mỡ bao phủ. Cần "
        "cải tạo hệ thống xử lý.",
        {"h6o082": 2, "h6o083": 2, "h6o085": 1, "h6o084": 1},
    ),
    (
        "h6n34",
        "vi",
        "iot_pond",
        "Hộ nuôi tôm tốn thức ăn, cho ăn thừa",
        "Cho tôm ăn bằng tay nên lượng thức ăn mỗi cữ không đều, thức ăn thừa nhiều làm bẩn đáy ao và tốn chi phí. Cần thiết bị "
        "giúp cho ăn đúng lượng, đúng giờ.",
        {"h6o068": 2},
    ),
    # --- fruit and food processing ---
    (
        "h6n35",
        "en",
        "dragon_cold",
        "Dragon fruit rotting on arrival in Europe",
        "Our dragon fruit shipments to the Netherlands arrive with soft, rotting fruit and shrivelled bracts, and buyers "
        "claim discounts. We need a way to keep fruit quality during four weeks of sea freight.",
        {"h6o090": 2, "h6o089": 1, "h6o109": 1, "h6o110": 1, "h6o094": 1},
    ),
    (
        "h6n36",
        "vi",
        "vht_mango",
        "Xoài không vào được thị trường khó tính vì ruồi đục quả",
        "Doanh nghiệp muốn xuất xoài cát sang Nhật, Mỹ nhưng nước nhập khẩu yêu cầu xử lý kiểm dịch diệt ruồi đục quả. Cần "
        "thiết bị và quy trình đáp ứng yêu cầu này.",
        {"h6o092": 2, "h6o091": 2, "h6o106": 1, "h6o158": 1},
    ),
    (
        "h6n37",
        "vi",
        "mango_ctu",
        "Xoài bị thối cuống, đốm đen sau vài ngày bảo quản",
        "Xoài thu mua về kho sau 5–7 ngày xuất hiện đốm đen trên vỏ và thối từ cuống, tỷ lệ hư hỏng cao. Cần biện pháp xử lý "
        "sau thu hoạch để kéo dài thời gian bảo quản.",
        {"h6o093": 2, "h6o094": 2, "h6o089": 1},
    ),
    (
        "h6n38",
        "vi",
        "khoai_lang",
        "Khoai lang rớt giá, cần chế biến sâu",
        "Vùng khoai Bình Tân nhiều vụ được mùa mất giá, khoai nhỏ và khoai dạt gần như không bán được. Hợp tác xã muốn đầu "
        "tư chế biến thành sản phẩm bán quanh năm.",
        {"h6o099": 2, "h6o100": 2},
    ),
    (
        "h6n39",
        "en",
        "solar_dryer_setech",
        "Drying fish hygienically without relying on the weather",
        "Our women's group dries snakehead and gourami on bamboo racks by the road; dust, flies and rainy days spoil the "
        "product. We want a clean drying method with low running cost.",
        {"h6o113": 2, "h6o097": 2, "h6o096": 2, "h6o098": 1},
    ),
    (
        "h6n40",
        "vi",
        "fruit_postharvest",
        "Hợp tác xã bưởi muốn làm nước ép",
        "Bưởi loại 2, loại 3 bán rất rẻ lúc chính vụ. Hợp tác xã muốn sản xuất nước ép đóng chai để tiêu thụ phần trái này, "
        "cần dây chuyền phù hợp quy mô nhỏ.",
        {"h6o111": 2, "h6o105": 1},
    ),
    # --- water ---
    (
        "h6n41",
        "vi",
        "ro_tiengiang",
        "Vườn sầu riêng thiếu nước ngọt tưới mùa hạn mặn",
        "Mùa khô nước sông quanh vườn bị nhiễm mặn 3–5‰, cây sầu riêng rụng lá, cháy mép. Hộ cần giải pháp có nước ngọt tưới "
        "vườn trong 2–3 tháng mặn.",
        {"h6o114": 2, "h6o117": 2, "h6o125": 1, "h6o126": 1},
    ),
    (
        "h6n42",
        "en",
        "greenwater_ro",
        "School in a coastal commune without safe drinking water",
        "In the dry season the school's well water is brackish and bottled water is too expensive for 400 pupils. The "
        "commune wants a reliable source of drinking water that does not depend on grid power.",
        {"h6o115": 2, "h6o116": 2, "h6o118": 1, "h6o133": 1, "h6o132": 1},
    ),
    (
        "h6n43",
        "en",
        "rain_vinhchau",
        "Stored rainwater not fit for drinking",
        "Households in our coastal town store rainwater in open jars; the water turns green, has insects and tests show "
        "coliform. We want households to keep safe drinking water through the dry season.",
        {"h6o119": 2, "h6o118": 2, "h6o120": 1},
    ),
    (
        "h6n44",
        "en",
        "cnc_salinity",
        "When is it safe to open the sluice for irrigation?",
        "Farmers in our irrigation scheme open sluices by guesswork and sometimes let saline water into orchards. The "
        "cooperative needs to know salinity at the intakes hour by hour.",
        {"h6o126": 2, "h6o127": 2, "h6o134": 1},
    ),
    # --- energy ---
    (
        "h6n45",
        "vi",
        "biogas_tg",
        "Trại heo bị phản ánh vì mùi hôi và nước thải",
        "Trại nuôi 300 con heo thải phân và nước rửa chuồng xuống mương, hàng xóm phản ánh mùi hôi. Cần giải pháp xử lý chất "
        "thải chuồng nuôi.",
        {"h6o136": 2, "h6o142": 1, "h6o143": 1, "h6o141": 1, "h6o128": 1, "h6o129": 1},
    ),
    (
        "h6n46",
        "vi",
        "qr_trace",
        "Siêu thị yêu cầu truy xuất nguồn gốc sản phẩm",
        "Hợp tác xã rau và trái cây được siêu thị đồng ý thu mua nếu mỗi sản phẩm có thông tin nguồn gốc, nhật ký sản xuất cho "
        "người mua kiểm tra. Cần giải pháp dễ dùng cho xã viên.",
        {"h6o146": 2, "h6o147": 2, "h6o148": 1},
    ),
    (
        "h6n47",
        "en",
        "awd_angiang",
        "Early warning of rice blast for a cooperative",
        "Rice blast outbreaks catch our members by surprise and they spray too late or too often. We want field-based "
        "warnings telling us when the risk is high.",
        {"h6o151": 2, "h6o044": 1},
    ),
    (
        "h6n48",
        "en",
        "sggp_coco",
        "Airy substrate for export orchids",
        "Our orchid nursery imports bark for potting, which is expensive and sometimes rejected by plant quarantine. We want "
        "a locally made coarse, airy substrate.",
        {"h6o026": 2, "h6o008": 1},
    ),
    (
        "h6n49",
        "en",
        "danish_solarpump",
        "Running aerators where there is no grid connection",
        "Our extensive shrimp area is far from the power line and diesel for aerators is costly. We need a way to power "
        "aeration on site.",
        {"h6o144": 2, "h6o069": 1},
    ),
    (
        "h6n50",
        "en",
        "fruit_postharvest",
        "Turning surplus jackfruit and bananas into snacks",
        "Jackfruit and banana prices collapse in the main season. Our company wants a processing line that makes crispy "
        "fruit snacks with a long shelf life.",
        {"h6o155": 2, "h6o098": 1},
    ),
]
