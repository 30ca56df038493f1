"""Needs of the holdout200 labelled set (seafood by-products), set in Trà Vinh / Vĩnh Long, with graded offers."""

NEEDS = [
    (
        "pTn01",
        "vi",
        "cold_survey_tepbac",
        "Cần công nghệ làm chitin – chitosan từ đầu vỏ tôm của nhà máy",
        "Công ty chế biến tôm ở thị xã Duyên Hải mỗi ngày thải khoảng 12 tấn đầu, vỏ tôm, hiện chỉ bán tươi cho thương lái "
        "giá 2–3 triệu đồng/tấn. Theo điều tra, cả nước có hơn 511 nghìn tấn phụ phẩm tôm (năm 2021), gần 90% ở Đồng bằng sông "
        "Cửu Long. Chúng tôi muốn đầu tư xưởng sản xuất chitin, chitosan ngay tại nhà máy, cần quy trình và chuyển giao.",
        {"pTo001": 2, "pTo003": 2, "pTo002": 2, "pTo005": 1, "pTo006": 1, "pTo008": 1, "pTo007": 1, "pTo109": 1},
    ),
    (
        "pTn02",
        "en",
        "chito_seasia",
        "Greener chitin process without strong mineral acid",
        "Shrimp processor in Trà Vinh planning a small chitin line. We read that chemical extraction with strong acids and "
        "alkali burdens the environment and that enzymatic or fermentation routes exist. Our wastewater permit is tight, so we "
        "need a demineralisation step that avoids hydrochloric acid and a partner to test it on our shells.",
        {"pTo006": 2, "pTo001": 1, "pTo002": 1},
    ),
    (
        "pTn03",
        "vi",
        "chito_bangla",
        "Cần kiểm định độ deacetyl, độ tan của chitosan để bán",
        "Hợp tác xã ở Cầu Ngang làm chitosan từ vỏ tôm theo cách khử khoáng HCl, khử protein NaOH rồi deacetyl bằng NaOH đặc. "
        "Khách mua yêu cầu phiếu kết quả độ deacetyl (tham chiếu khoảng 81%), độ tan (khoảng 97%), độ nhớt, khối lượng phân tử. "
        "Cần phòng thí nghiệm phân tích và so sánh với chitosan thương mại.",
        {"pTo004": 2, "pTo011": 2, "pTo002": 1, "pTo010": 1},
    ),
    (
        "pTn04",
        "en",
        "chito_tccongthuong",
        "Chitin meeting a Japanese buyer's specification for glucosamine",
        "Frozen-shrimp plant in Duyên Hải collects shells, washes and dries them and already makes crude chitin (shells hold "
        "about 27% chitin). A Japanese trader wants chitin for glucosamine production but rejected our samples on quality. We "
        "need a process that meets that market's standard.",
        {"pTo008": 2, "pTo005": 1, "pTo006": 1, "pTo001": 1},
    ),
    (
        "pTn05",
        "vi",
        "chito_crayfish",
        "Can lam chitosan tu vo cua",
        "Co so luoc cua, tach thit cua o Cau Ngang moi ngay du ra nhieu vo cua, dang do bo. Doc thay vo giap xac lam duoc "
        "chitosan voi hieu suat khoang 17%, co the chinh do deacetyl theo yeu cau. Can quy trinh don gian de lam chitosan tu "
        "vo cua va vo tom tai cho.",
        {"pTo001": 2, "pTo009": 2, "pTo003": 1, "pTo011": 1, "pTo002": 1},
    ),
    (
        "pTn06",
        "en",
        "chito_monodon",
        "Low-cost chitosan flocculant for our processing wastewater",
        "Seafood plant in Trà Cú with a chitosan pilot from tiger shrimp shells. Tests elsewhere showed 2 g of such chitosan "
        "removes much of the colour of effluent. We want to use our own chitosan as a coagulant to settle protein and "
        "suspended solids in our wastewater and need proven dosing and pH conditions.",
        {"pTo138": 2, "pTo137": 1, "pTo135": 1, "pTo001": 1},
    ),
    (
        "pTn07",
        "vi",
        "chito_shallot",
        "Dùng chitosan từ vỏ tôm để bảo quản bưởi, cam sành",
        "Hợp tác xã cây có múi ở Trà Ôn muốn dùng chitosan do cơ sở trong tỉnh làm từ vỏ tôm để bao màng quả sau thu hoạch. "
        "Thấy có thử nghiệm màng alginate kết hợp nanochitosan 0,05–0,4% giữ củ hành lâu hơn. Cần công thức nồng độ, nhiệt độ "
        "bảo quản cho quả có múi và cách giảm bệnh sau thu hoạch.",
        {"pTo015": 2, "pTo013": 2, "pTo017": 1, "pTo014": 1},
    ),
    (
        "pTn08",
        "en",
        "chito_oligo",
        "Chitosan product against anthracnose for chilli growers",
        "Chitosan producer in Trà Vinh wants to sell to chilli farmers in Cầu Kè, where anthracnose (Colletotrichum) is a big "
        "loss. We know irradiated oligochitosan fractions above 3 kDa inhibit the fungus at 0.5%. We need trial results or a "
        "partner showing chitosan control of anthracnose to support the product.",
        {"pTo013": 2, "pTo015": 1, "pTo017": 1},
    ),
    (
        "pTn09",
        "vi",
        "asta_leftover",
        "Chiết astaxanthin từ đầu tôm thẻ",
        "Công ty sơ chế tôm ở Long Toàn, Duyên Hải có nhiều đầu tôm thẻ. Tài liệu cho biết vỏ, đầu tôm chứa astaxanthin dùng "
        "được cho thức ăn tạo màu và tăng tỉ lệ sống của tôm, có thể chiết bằng lên men. Cần công nghệ chiết astaxanthin quy mô "
        "thử nghiệm và hướng dẫn chọn phương pháp phù hợp.",
        {"pTo018": 2, "pTo022": 2, "pTo019": 2, "pTo021": 2, "pTo030": 2, "pTo020": 1, "pTo023": 1, "pTo024": 1},
    ),
    (
        "pTn10",
        "en",
        "asta_therapeutic",
        "Food-grade natural astaxanthin from shrimp by-products",
        "Nutraceutical start-up in Vĩnh Long city wants to make antioxidant capsules from astaxanthin recovered from shrimp "
        "heads bought in Trà Vinh instead of microalgae. Because the product is for people, the extraction must avoid toxic "
        "organic solvents. We need a green extraction method and help with scale-up.",
        {"pTo021": 2, "pTo020": 2, "pTo030": 2, "pTo022": 2, "pTo019": 1, "pTo018": 1, "pTo024": 1, "pTo025": 1},
    ),
    (
        "pTn11",
        "vi",
        "asta_agu",
        "Nguồn astaxanthin giá rẻ từ phụ phẩm tôm cho thức ăn tôm",
        "Nhà máy thức ăn thủy sản ở Châu Thành, Trà Vinh đang nhập astaxanthin để tăng màu và sức khỏe tôm giống. Tổng quan "
        "cho thấy astaxanthin cải thiện sắc tố, tỉ lệ sống của giáp xác. Muốn thay bằng astaxanthin hoặc dầu tôm chiết từ đầu "
        "tôm của các nhà máy trong tỉnh; cần nhà cung cấp hoặc công nghệ.",
        {"pTo020": 2, "pTo023": 1, "pTo021": 1, "pTo027": 1, "pTo070": 1, "pTo026": 1},
    ),
    (
        "pTn12",
        "vi",
        "asta_carotenoid",
        "Tim noi mua dau tom de lam astaxanthin",
        "Co so so che tom o Tra Cu, moi ngay vai tan dau tom, ban re lam thuc an. Nghe noi astaxanthin la chat chong oxy hoa "
        "ban gia cao, dang lay tu nam men, tao va tong hop. Muon tim doanh nghiep lam astaxanthin, chitosan tu tom de ban dau "
        "tom hoac hop tac.",
        {"pTo023": 2, "pTo003": 1, "pTo020": 1},
    ),
    (
        "pTn13",
        "vi",
        "mkt_vietwave",
        "Đầu tư dây chuyền collagen từ da cá tra",
        "Doanh nghiệp chế biến cá tra ở Bình Minh thấy một doanh nghiệp đầu ngành có doanh thu collagen, gelatin 642 tỉ đồng "
        "năm 2021 từ nhà máy 2.000 tấn/năm. Chúng tôi có khoảng 8 tấn da cá mỗi ngày, cần quy trình chiết collagen, tư vấn "
        "thiết bị và quy mô đầu tư ban đầu.",
        {"pTo032": 2, "pTo033": 2, "pTo037": 2, "pTo036": 1, "pTo034": 1, "pTo035": 1, "pTo038": 1},
    ),
    (
        "pTn14",
        "en",
        "mkt_cafef",
        "Low-molecular collagen peptides from pangasius skin for cosmetics",
        "Processor in Vĩnh Long: 60–70% of each tra fish is heads, bones, skin, fat and viscera. With world collagen sales near "
        "USD 4.9 billion and powder prices of USD 7–9/kg, we want hydrolysed, low-molecular collagen peptides for cosmetic "
        "buyers rather than plain skin sales. Need an enzymatic process and product specs.",
        {"pTo038": 2, "pTo041": 2, "pTo033": 1, "pTo032": 1},
    ),
    (
        "pTn15",
        "vi",
        "mkt_vnplus",
        "Collagen bị tanh, sẫm màu do da cá còn mỡ",
        "Xưởng collagen thử nghiệm ở Long Hồ dùng da cá tra từ nhà máy phi lê; được biết một dự án tương tự đầu tư 12 triệu USD "
        "cho 1.000 tấn collagen/năm. Sản phẩm của chúng tôi còn mùi tanh, màu vàng vì da dính mỡ, sắc tố. Cần công đoạn làm "
        "sạch tạp chất trước khi chiết.",
        {"pTo035": 2, "pTo034": 1, "pTo032": 1},
    ),
    (
        "pTn16",
        "en",
        "col_tuna_skin",
        "Collagen from fish scales of small processors",
        "Fish traders at Cầu Kè market and snakehead fillet workshops collect bags of scales and some skin every day. We read "
        "that fish skin waste is a collagen source; scales need mineral removal first. Looking for a method to demineralise "
        "scales and extract collagen at small scale.",
        {"pTo039": 2, "pTo048": 2, "pTo034": 1, "pTo042": 1},
    ),
    (
        "pTn17",
        "vi",
        "col_catla",
        "Làm collagen từ da cá lóc, cá rô quy mô nhỏ",
        "Hợp tác xã khô cá lóc ở Trà Ôn có da, vảy, vây cá nước ngọt bỏ đi. Nghiên cứu ở nước ngoài cho thấy da, vảy, vây cá "
        "chép đều tách được collagen. Cần quy trình chiết collagen từ da cá nước ngọt phù hợp xưởng nhỏ và người hướng dẫn.",
        {"pTo032": 2, "pTo033": 2, "pTo035": 1, "pTo038": 1},
    ),
    (
        "pTn18",
        "en",
        "col_yield",
        "Benchmark collagen yield and quality from our skins",
        "Pangasius plant in Vĩnh Long tried extracting collagen from its skins. Literature gives 10.9–33.2% average yield from "
        "fish skins and collagen up to 70% of dry weight of some by-products. We need a lab to measure our yield and the key "
        "properties of our collagen and compare it with published values.",
        {"pTo032": 2, "pTo039": 1, "pTo036": 1},
    ),
    (
        "pTn19",
        "vi",
        "col_tuna_hydro",
        "Collagen thủy phân từ da cá biển",
        "Cơ sở phi lê cá ngừ, cá biển ở cảng Định An (Trà Cú) có da cá chiếm khoảng 14% phế liệu, đang bán rẻ cho thức ăn chăn "
        "nuôi. Muốn chiết collagen từ da cá ngừ để làm nguyên liệu thực phẩm, cần quy trình và đánh giá tính chất.",
        {"pTo040": 2, "pTo038": 1, "pTo071": 1},
    ),
    (
        "pTn20",
        "en",
        "gel_halal_utm",
        "Halal fish gelatin for Malaysian and Indonesian buyers",
        "Trà Vinh company exporting food ingredients to Malaysia and Indonesia. Buyers avoid porcine gelatin and ask for halal "
        "alternatives for food and capsules. We have tra skin from local plants and need a gelatin process plus guidance on "
        "halal requirements.",
        {"pTo049": 2, "pTo050": 2, "pTo045": 2, "pTo052": 1, "pTo046": 1, "pTo053": 1},
    ),
    (
        "pTn21",
        "vi",
        "gel_teagasc",
        "Gelatin từ da cá bị mùi, màu và gel yếu",
        "Cơ sở ở Cầu Ngang thử làm gelatin từ da cá và vảy cá. Tài liệu cho biết gelatin cá thay được gelatin bò, heo nhưng hay "
        "bị mùi, màu và tính chất không đồng đều, phụ thuộc hóa chất tiền xử lý, nhiệt độ, thời gian. Cần quy trình chuẩn để có "
        "gelatin trong, ít mùi, độ bền gel ổn định.",
        {"pTo045": 2, "pTo046": 2, "pTo047": 1, "pTo050": 1, "pTo053": 1, "pTo160": 1},
    ),
    (
        "pTn22",
        "en",
        "gel_hcl",
        "Gelatin from fish bones and scales, including decalcification",
        "Small processor in Tiểu Cần has more bones and scales than skin. Acid-swelling protocols for skin (1% HCl, 60 °C "
        "extraction) are available, but bones and scales must be decalcified first. We need a simple acid process covering "
        "decalcification and extraction for bones and scales.",
        {"pTo048": 2, "pTo045": 1, "pTo046": 1},
    ),
    (
        "pTn23",
        "vi",
        "gel_halal_skin",
        "Kiểm nghiệm gelatin không có nguồn gốc heo",
        "Doanh nghiệp thực phẩm ở TP Vĩnh Long dùng gelatin cá cho kẹo dẻo xuất sang thị trường Hồi giáo. Khoảng 40% khối lượng "
        "cá là phụ phẩm và da cá là nguồn gelatin halal tốt, nhưng khách yêu cầu chứng minh không lẫn gelatin heo. Cần phương "
        "pháp và đơn vị phân tích phát hiện gelatin heo.",
        {"pTo052": 2, "pTo051": 1, "pTo050": 1},
    ),
    (
        "pTn24",
        "vi",
        "fm_iffo_byp",
        "Làm bột cá quy mô nhỏ từ đầu xương cá",
        "Hợp tác xã ở Duyên Hải gom đầu, xương, nội tạng cá từ các vựa và xưởng phi lê, khoảng 2–3 tấn/ngày. Phụ phẩm có thể "
        "chiếm tới 70% con cá và là nguyên liệu bột cá, dầu cá tốt. Cần dây chuyền bột cá nhỏ (nấu, ép, sấy, nghiền) và hướng "
        "dẫn vận hành.",
        {"pTo057": 2, "pTo055": 2, "pTo056": 2, "pTo054": 1, "pTo058": 1, "pTo159": 1},
    ),
    (
        "pTn25",
        "en",
        "fm_botcanhat",
        "Recover stickwater solids to raise fishmeal yield",
        "By-product fishmeal plant in Trà Cú making low-salt meal (protein above 50%, salt under 5%, moisture under 10%). The "
        "press liquor is skimmed for oil and the rest discharged. We want to evaporate the stickwater and add the solids back "
        "to the cake to raise yield and protein.",
        {"pTo056": 2, "pTo138": 1, "pTo054": 1},
    ),
    (
        "pTn26",
        "vi",
        "fm_stickwater",
        "Tinh luyện mỡ cá tra thành dầu cá omega-3",
        "Nhà máy cá tra ở Vĩnh Long thu mỡ cá khi nấu, ép phụ phẩm (đầu, khung xương, nội tạng), hiện bán mỡ thô. Muốn tinh "
        "luyện thành dầu cá giàu omega-3 để bán giá cao hơn, cần quy trình và đánh giá thành phần acid béo.",
        {"pTo059": 2, "pTo055": 1, "pTo060": 1},
    ),
    (
        "pTn27",
        "en",
        "fo_motra",
        "Viscera oil goes rancid while waiting for processing",
        "Small plant in Trà Vinh renders tra fat and viscera into oil rich in omega-3, EPA and DHA. Viscera often wait several "
        "hours before cooking and the oil comes out with high free fatty acids and oxidation. We need a way to stabilise "
        "viscera before extraction or to preserve them cheaply.",
        {"pTo060": 2, "pTo063": 2, "pTo111": 2, "pTo059": 1},
    ),
    (
        "pTn28",
        "vi",
        "fm_longdom",
        "Can lo say bot ca tiet kiem nang luong",
        "Xuong bot ca o Cau Ngang say bang cui, ton nhien lieu, bot ca khong deu. Bot ca la thuc an dam re va giau nang luong "
        "cho chan nuoi nen nhu cau lon. Can tu van thiet ke lo nau, may ep, may say phu pham ca tiet kiem nang luong.",
        {"pTo058": 2, "pTo055": 2, "pTo054": 1},
    ),
    (
        "pTn29",
        "en",
        "fm_fks",
        "Feed mill wants its own by-product fishmeal line to specification",
        "Feed mill in Long Hồ buys fishmeal with 60–72% crude protein from traders, with variable quality. We want to build a "
        "small line turning heads, bones and viscera from nearby tra plants into meal with a fixed specification, and need "
        "the process and quality criteria.",
        {"pTo057": 2, "pTo055": 2, "pTo056": 2, "pTo054": 1, "pTo143": 1},
    ),
    (
        "pTn30",
        "vi",
        "hyd_classes",
        "Dịch đạm thủy phân từ đầu, xương, nội tạng cá tra cho thức ăn",
        "Công ty ở Vĩnh Long có đầu, xương, nội tạng cá tra và biết mỗi loại phụ phẩm cho dịch thủy phân có tính chất khác "
        "nhau. Muốn làm dịch đạm thủy phân bằng enzyme làm nguyên liệu thức ăn thủy sản, cần điều kiện thủy phân (enzyme, "
        "nhiệt độ, thời gian) và quy mô thử nghiệm.",
        {"pTo068": 2, "pTo067": 2, "pTo069": 2, "pTo072": 1, "pTo070": 1},
    ),
    (
        "pTn31",
        "en",
        "hyd_tsvn",
        "Shrimp-head protein hydrolysate to replace fishmeal in shrimp feed",
        "Shrimp processor in Duyên Hải with a feed partner. Enzymatic hydrolysis at 40–50 °C can turn by-products into "
        "peptide-rich feed ingredients with up to 70% efficiency. We want to hydrolyse our shrimp heads and shells and prove "
        "the hydrolysate can replace part of the fishmeal in shrimp diets.",
        {"pTo070": 2, "pTo067": 1, "pTo068": 1},
    ),
    (
        "pTn32",
        "vi",
        "hyd_circular",
        "Sấy dịch thủy phân protein cá thành bột",
        "Cơ sở ở Tiểu Cần đã làm được dịch thủy phân từ phụ phẩm cá, nhưng dịch lỏng khó bảo quản, vận chuyển. Muốn sấy thành "
        "bột tan trong nước để bán cho ngành thực phẩm, dinh dưỡng. Cần lựa chọn giữa sấy phun và sấy thăng hoa, thông số vận hành.",
        {"pTo075": 2, "pTo069": 2, "pTo072": 1},
    ),
    (
        "pTn33",
        "en",
        "hyd_tuna_head",
        "Seasoning from tuna heads and trimmings",
        "Tuna loining workshop at Định An port (Trà Cú) discards heads and meat scraps. Hydrolysing tuna heads with Flavourzyme "
        "gives a protein product with savoury taste. We want to make a seasoning powder from our trimmings and need a tested "
        "formula and process.",
        {"pTo076": 2, "pTo073": 1, "pTo078": 1},
    ),
    (
        "pTn34",
        "vi",
        "hyd_steps",
        "Bột đạm cá cho người từ cá vụn",
        "Cơ sở ở Tiểu Cần muốn làm bột đạm cá dùng cho người (bổ sung vào cháo, bánh) từ phụ phẩm phi lê. Biết quy trình: xay "
        "với nước 1:1, thủy phân bằng enzyme, bất hoạt enzyme ở 80–90 °C. Cần quy trình đạt an toàn thực phẩm và tư vấn tính "
        "chất dinh dưỡng, chức năng.",
        {"pTo078": 2, "pTo073": 2, "pTo079": 1, "pTo069": 1},
    ),
    (
        "pTn35",
        "vi",
        "fert_grokipedia",
        "Tự ủ đạm cá từ phế phẩm chợ, không hôi",
        "Hợp tác xã rau ở Cầu Kè muốn ủ phân cá từ ruột, đầu cá xin ở chợ để tưới rau. Phân cá có N-P-K khoảng 2-4-1 đến 5-1-1, "
        "giúp vi sinh có lợi, nhưng mùi rất nặng gần nhà dân. Cần cách ủ nhanh, ít mùi, quy mô vài thùng.",
        {"pTo081": 2, "pTo087": 2, "pTo080": 1, "pTo086": 1, "pTo088": 1},
    ),
    (
        "pTn36",
        "en",
        "fert_damcaviet",
        "Commercial stabilised liquid fish fertiliser from our waste",
        "Fish processor in Trà Cú sees demand for organic fish-protein fertiliser among fruit growers. We want to turn our "
        "heads, bones and viscera into a bottled liquid fertiliser that does not putrefy in storage, and need the production "
        "and stabilisation process and typical nutrient content.",
        {"pTo083": 2, "pTo084": 2, "pTo085": 2, "pTo082": 1, "pTo081": 1},
    ),
    (
        "pTn37",
        "vi",
        "fert_safimex",
        "Mua phân cá dạng lỏng cho vườn dừa",
        "Nông dân trồng dừa ở Càng Long đã thử tự ủ vài ký cá vụn, sau một tháng được khoảng 2 lít dịch nhưng quá hôi. Muốn "
        "mua sẵn đạm cá hữu cơ dạng lỏng, có hướng dẫn pha và bón cho cây.",
        {"pTo080": 2, "pTo084": 1, "pTo081": 1},
    ),
    (
        "pTn38",
        "en",
        "sil_fao_shrimpfeed",
        "Preserve fish waste without refrigeration for pig feed",
        "Small fish-processing yard in Duyên Hải has no cold room; heads and viscera spoil within a day. Fish silage made with "
        "formic or propionic acid keeps liquid waste stable. We want to ensile our waste and feed it to pigs on nearby farms "
        "and need a recipe and feeding guidance.",
        {"pTo090": 2, "pTo092": 2, "pTo094": 2, "pTo091": 2, "pTo095": 2, "pTo093": 1},
    ),
    (
        "pTn39",
        "vi",
        "sil_gsa",
        "Nuoi heo dung ca u chua thay bot ca",
        "Trai heo o Tra Cu gan may xuong ca, muon lay dau ca, ruot ca u chua bang axit hoac len men de cho heo an, giam tien "
        "mua bot ca. Nghe noi u lau qua thi giam chat luong. Can cach lam va khau phan an.",
        {"pTo090": 2, "pTo095": 2, "pTo094": 2, "pTo089": 2, "pTo092": 1},
    ),
    (
        "pTn40",
        "vi",
        "ca_marine_review",
        "Bột canxi thực phẩm từ xương cá tra",
        "Doanh nghiệp ở Bình Minh có nhiều khung xương cá tra sau phi lê. Canxi từ sinh vật biển, xương cá đang được dùng làm "
        "thực phẩm bổ sung và dược phẩm. Muốn sản xuất bột canxi từ xương cá đạt chuẩn thực phẩm, cần quy trình tách mỡ, "
        "protein, nghiền mịn.",
        {"pTo098": 2, "pTo099": 2, "pTo100": 2, "pTo103": 1},
    ),
    (
        "pTn41",
        "en",
        "ca_nano_khanhhoa",
        "Hydroxyapatite from fish bone for dental and bone-graft products",
        "Medical-device start-up in Trà Vinh city. Hydroxyapatite has the same calcium/phosphorus ratio as human bone, and "
        "Vietnam imports its calcium raw materials. We want biomedical-grade hydroxyapatite from fish bones supplied by Trà "
        "Vinh plants and need a calcination or extraction route with characterisation.",
        {"pTo101": 2, "pTo102": 2, "pTo105": 2, "pTo106": 1, "pTo107": 1},
    ),
    (
        "pTn42",
        "vi",
        "ca_hap_review",
        "Kiểm nghiệm hàm lượng canxi của bột xương cá",
        "Cơ sở ở Tam Bình làm bột xương cá nung, muốn bán làm nguyên liệu bổ sung canxi. Hydroxyapatite và canxi phosphate từ "
        "xương, vảy cá được nghiên cứu nhiều. Cần đơn vị kiểm nghiệm canxi tổng, độ ẩm theo dược điển để ghi nhãn.",
        {"pTo103": 2, "pTo100": 1, "pTo104": 1},
    ),
    (
        "pTn43",
        "en",
        "ca_tilapia",
        "Hydroxyapatite from fish scales",
        "Tilapia and snakehead filleting in Vĩnh Long leaves sacks of scales. Heat-treated tilapia bone gives magnesium-rich "
        "calcium phosphate, and we wonder whether scales work too. We need a method to turn scales into hydroxyapatite and "
        "evidence of its value.",
        {"pTo107": 2, "pTo106": 2, "pTo101": 1},
    ),
    (
        "pTn44",
        "vi",
        "cold_survey_tepbac",
        "Đầu tôm bị biến đen, tốn đá muối khi chờ giao",
        "Đại lý thu gom đầu tôm ở Duyên Hải mua từ nhiều nhà máy rồi chở lên cơ sở sấy và nhà máy thức ăn. Đầu tôm rất nhanh "
        "biến đen, chi phí nước đá, muối, xe chở lớn; giá bán chỉ khoảng 1,5–3 triệu đồng/tấn. Cần cách bảo quản lạnh hoặc xử "
        "lý đơn giản để giữ chất lượng trong 1–2 ngày.",
        {"pTo109": 2, "pTo063": 2, "pTo111": 2, "pTo089": 1, "pTo090": 1},
    ),
    (
        "pTn45",
        "en",
        "d_wikisum",
        "By-products wait hours without chilling before collection",
        "Pangasius filleting plant in Vĩnh Long chills fillets carefully, but skins, heads and frames sit 6–8 hours at "
        "ambient temperature before the collagen and fishmeal buyers collect them. We need a handling and chilling scheme for "
        "by-products so their value is not lost.",
        {"pTo110": 2, "pTo063": 2, "pTo111": 2, "pTo060": 1, "pTo062": 1},
    ),
    (
        "pTn46",
        "vi",
        "d_spoilage",
        "Can kho lanh nho chua phe pham ca",
        "Xuong phi le ca bien o Dinh An, Tra Cu, phe pham ca (dau, xuong, ruot) de ngoai troi mau hu vi nhiet do cao. Biet "
        "nhiet do bao quan la yeu to chinh lam ca hu. Can kho lanh nho hoac cach uop da, bao quan phe pham truoc khi ban cho "
        "xuong bot ca.",
        {"pTo111": 2, "pTo063": 2, "pTo110": 1, "pTo114": 1},
    ),
    (
        "pTn47",
        "en",
        "cold_nordic",
        "Shrimp shells for chitin deteriorate in transit",
        "Chitin maker in Trà Vinh buys heads and shells from plants up to 60 km away. Better handling of rest raw materials "
        "raises value, yet our shells arrive warm and partly spoiled, and the chitin turns dark. We need on-site preservation "
        "before shipping, chilled or chemical.",
        {"pTo109": 2, "pTo063": 2, "pTo111": 2, "pTo089": 1},
    ),
    (
        "pTn48",
        "vi",
        "odour_wattagnet",
        "Xưởng bột cá bị phản ánh mùi hôi từ lò sấy",
        "Xưởng bột cá ở Trà Cú bị người dân phản ánh mùi hôi, nặng nhất ở công đoạn nấu, sấy và khu tiếp nhận nguyên liệu. Thấy "
        "lọc sinh học đang được dùng cho nhà máy chế biến phụ phẩm động vật. Cần hệ thống khử mùi khí thải lò sấy phù hợp xưởng nhỏ.",
        {"pTo123": 2, "pTo127": 2, "pTo129": 2, "pTo125": 2, "pTo126": 1, "pTo128": 1, "pTo122": 1},
    ),
    (
        "pTn49",
        "en",
        "odour_entec",
        "Low-cost biofilter for a small by-product plant near Ba Động",
        "Fish by-product drying workshop near Ba Động beach (Trường Long Hòa) faces tourist and resident complaints. Options "
        "range from taller stacks and masking agents to adsorption, scrubbing and ozone. We want a cheap biological filter for "
        "the dryer exhaust and design help.",
        {"pTo124": 2, "pTo126": 2, "pTo127": 2, "pTo130": 2, "pTo129": 1},
    ),
    (
        "pTn50",
        "vi",
        "odour_elixir",
        "Ho lam bot ca bi hang xom phan nan mui hoi",
        "Ho gia dinh o Duyen Hai phoi, say dau ca lam bot ca, hang xom phan nan mui hoi gay kho chiu, buon non. Can cach khu "
        "mui don gian, re tien phu hop ho nho.",
        {"pTo123": 2, "pTo127": 2, "pTo122": 1, "pTo129": 1},
    ),
    (
        "pTn51",
        "en",
        "odour_ace",
        "Hydrogen sulphide smell from the wastewater pit of a chitin workshop",
        "Chitin workshop in Cầu Ngang collects shell wash water in an open pit; shell fragments and protein rot there and give "
        "off H2S and ammonia. Screens, grease traps and aeration are suggested for seafood effluent, but we need a way to "
        "capture and treat the odorous air from the pit.",
        {"pTo126": 2, "pTo128": 1, "pTo124": 1, "pTo130": 1},
    ),
    (
        "pTn52",
        "vi",
        "ww_surimi",
        "Hệ thống xử lý nước thải 50 m³/ngày cho cơ sở chế biến",
        "Cơ sở chế biến cá, phụ phẩm cá ở Cầu Ngang xả nước thải COD rất cao, nhiều dầu mỡ, vụn cá, vảy cá; nơi khác nước thải "
        "surimi COD tới 36.000 mg/l. Cần hệ thống khoảng 50 m³/ngày đạt QCVN 11:2008 cột B, chi phí vừa phải.",
        {"pTo134": 2, "pTo135": 2, "pTo136": 2, "pTo133": 1, "pTo132": 1, "pTo139": 1},
    ),
    (
        "pTn53",
        "en",
        "ww_tay",
        "Recover protein from shrimp boiling and peeling water",
        "Shrimp peeling and cooking plant in Duyên Hải. Seafood effluents carry a lot of BOD, fat and nitrogen, much of it "
        "protein from the cookers. Instead of paying to treat it, we want to recover protein from boiling and peeling water "
        "as a feed ingredient.",
        {"pTo137": 2, "pTo140": 2, "pTo138": 1, "pTo135": 1},
    ),
    (
        "pTn54",
        "vi",
        "ww_tiengiang",
        "Nước thải mặn làm chết vi sinh bể xử lý",
        "Cơ sở muối cá, làm mắm và phụ phẩm cá ở Trà Cú có nước thải rất mặn; bể sinh học hiếu khí thường xuyên chết bùn, nước "
        "ra không đạt. Cần công nghệ sinh học chịu mặn cho nước thải thủy sản.",
        {"pTo132": 2, "pTo131": 1, "pTo133": 1},
    ),
    (
        "pTn55",
        "en",
        "ww_iasri",
        "Fishmeal plant effluent full of suspended protein",
        "Fishmeal plant in Trà Vinh discharges press and washing water with heavy suspended solids that are mostly protein. "
        "We would rather recover those solids back into the meal than send them to the lagoon, and need tested separation "
        "methods such as settling, centrifugation or coagulation.",
        {"pTo138": 2, "pTo056": 1, "pTo137": 1},
    ),
    (
        "pTn56",
        "vi",
        "ww_ncstate",
        "Hệ thống xử lý nước rửa cá nhỏ, rẻ",
        "Cơ sở làm khô cá, cá muối ở Cầu Ngang rửa cá, phụ phẩm rồi xả thẳng ra kênh. Muốn vừa giảm lượng nước dùng và thất "
        "thoát sản phẩm vừa có hệ thống xử lý nước thải nhỏ, chi phí thấp.",
        {"pTo134": 2, "pTo136": 2, "pTo131": 1, "pTo133": 1, "pTo139": 1},
    ),
    (
        "pTn57",
        "en",
        "cert_v3",
        "Responsible-supply certification for a by-product fishmeal plant",
        "Fishmeal maker in Trà Vinh processing only trimmings from local plants. Export feed mills ask for certified marine "
        "ingredients; the new MarinTrust version encourages by-product use. We need to know the requirements, audit process and "
        "how to join an improvement programme.",
        {"pTo143": 2, "pTo145": 2, "pTo146": 2, "pTo147": 1, "pTo150": 1, "pTo151": 1},
    ),
    (
        "pTn58",
        "vi",
        "cert_rebrand",
        "Nhà máy bột cá muốn đạt chứng nhận MarinTrust",
        "Nhà máy bột cá ở Duyên Hải bán cho nhà máy thức ăn xuất khẩu; khách châu Á bắt đầu yêu cầu chứng nhận MarinTrust "
        "(trước là IFFO RS). Cần hướng dẫn yêu cầu tiêu chuẩn, quy trình đánh giá và chuẩn bị hồ sơ.",
        {"pTo144": 2, "pTo146": 2, "pTo143": 2, "pTo145": 2},
    ),
    (
        "pTn59",
        "en",
        "mkt_vietwave",
        "Buyers and prices for fish-skin collagen and gelatin",
        "Processor in Vĩnh Long: a leading tra company earns a fifth of revenue from by-products, collagen and gelatin included. "
        "Before investing we need market information: which countries import fish collagen and gelatin, market size and "
        "current prices.",
        {"pTo148": 2, "pTo049": 1, "pTo037": 1},
    ),
    (
        "pTn60",
        "vi",
        "mkt_cafef",
        "Tìm viện chuyển giao công nghệ chế biến phụ phẩm thủy sản",
        "Doanh nghiệp ở Trà Vinh có đầu, xương, da, mỡ cá và đầu vỏ tôm, hiện bán làm thức ăn chăn nuôi giá rẻ. Muốn hợp tác "
        "với viện nghiên cứu để chuyển giao công nghệ sinh học làm sản phẩm giá trị gia tăng từ các phụ phẩm này.",
        {"pTo149": 2, "pTo077": 1, "pTo074": 1},
    ),
    (
        "pTn61",
        "vi",
        "asta_leftover",
        "Mô hình tận dụng tổng hợp đầu vỏ tôm",
        "Công ty tôm ở Trà Vinh không muốn chỉ làm một sản phẩm từ đầu vỏ tôm. Muốn một mô hình chế biến liên hoàn: chiết "
        "astaxanthin, thu protein, rồi làm chitin từ phần còn lại, để đánh giá hiệu quả trước khi đầu tư.",
        {"pTo024": 2, "pTo007": 1, "pTo020": 1, "pTo070": 1},
    ),
    (
        "pTn62",
        "en",
        "sil_disney",
        "Cheap protein feed for ducks from fish waste",
        "Duck farm in Trà Ôn near fish-processing workshops. Acid fish silage can be made at low cost with simple equipment and "
        "fed to poultry where fishmeal plants are not viable. We want to convert fish waste into a protein feed for ducks and "
        "need the recipe and inclusion rates.",
        {"pTo090": 2, "pTo092": 2, "pTo089": 2, "pTo095": 2, "pTo091": 1, "pTo057": 1},
    ),
    (
        "pTn63",
        "vi",
        "fert_attra",
        "Xưởng phân cá bị phàn nàn mùi và lo vi khuẩn gây bệnh",
        "Xưởng ủ phân cá ở Tiểu Cần dùng ruột, đầu cá; phế phẩm cá phân hủy rất nhanh, sinh amoniac, H2S và có thể nhiễm "
        "Salmonella, E. coli. Hàng xóm phàn nàn và khách hỏi về an toàn vi sinh. Cần quy trình giảm mùi và diệt mầm bệnh.",
        {"pTo085": 2, "pTo081": 2, "pTo084": 1, "pTo083": 1},
    ),
    (
        "pTn64",
        "en",
        "fert_viejoy",
        "Fish amino fertiliser for durian and pomelo orchards",
        "Fruit cooperative in Long Hồ wants a fish-based organic input for durian and pomelo. Members have molasses and "
        "microbial products and can get fish scraps from the market. We need a fermentation recipe, dilution rates and "
        "application advice.",
        {"pTo087": 2, "pTo080": 2, "pTo088": 1, "pTo086": 1},
    ),
    (
        "pTn65",
        "vi",
        "asta_foodchain",
        "Cần dầu tôm giàu omega-3 và astaxanthin cho thức ăn",
        "Công ty thức ăn chăn nuôi ở Long Hồ muốn bổ sung astaxanthin tự nhiên và acid béo omega-3 vào thức ăn cá cảnh, cá "
        "nuôi. Astaxanthin được bổ sung để tăng màu, miễn dịch. Cần nhà cung cấp hoặc quy trình chiết dầu tôm từ đầu tôm.",
        {"pTo020": 2, "pTo021": 1, "pTo023": 1},
    ),
    (
        "pTn66",
        "en",
        "ca_tuna_powder",
        "Fish-bone calcium capsules with vitamins",
        "Functional-food company in Vĩnh Long city wants a calcium supplement from fish bone bought from Trà Vinh tuna and tra "
        "plants. We need a process that removes fat and protein, softens and powders the bone, and a way to encapsulate it "
        "with vitamins.",
        {"pTo100": 2, "pTo104": 1, "pTo098": 1},
    ),
    (
        "pTn67",
        "vi",
        "ca_cift",
        "Bổ sung bột xương cá nghiền mịn vào bánh",
        "Cơ sở bánh, snack ở Long Hồ muốn tăng canxi bằng bột xương cá. Xương cá là nguồn canxi phosphate tỉ lệ lý tưởng. Cần "
        "nguồn hoặc quy trình bột xương cá mịn, sạch mùi dùng cho thực phẩm.",
        {"pTo099": 2, "pTo098": 2, "pTo103": 1},
    ),
    (
        "pTn68",
        "en",
        "d_pond_ww",
        "Pretreatment for effluent from a fish-skin collagen workshop",
        "Collagen workshop in Bình Minh discharges washing and extraction water full of fat and protein from tra skins. "
        "Biological ponds used in aquaculture are not enough for this load. We need pretreatment to remove fat, oil and "
        "protein before biological treatment.",
        {"pTo135": 2, "pTo136": 2, "pTo134": 2, "pTo122": 1},
    ),
    (
        "pTn69",
        "vi",
        "d_mcs",
        "Khách nhập khẩu yêu cầu chứng minh bột cá không dùng cá bất hợp pháp",
        "Nhà máy bột cá ở Trà Cú dùng phụ phẩm từ nhiều nguồn. Khách nhập khẩu đưa ra chính sách mua hải sản có trách nhiệm, "
        "yêu cầu chứng minh nguyên liệu không đến từ khai thác bất hợp pháp, không báo cáo, không quản lý (IUU). Cần hệ thống "
        "truy xuất và chứng nhận.",
        {"pTo145": 2, "pTo143": 2, "pTo144": 2, "pTo146": 1, "pTo151": 1},
    ),
    (
        "pTn70",
        "en",
        "col_marigen",
        "Supplier of fish collagen raw material for cosmetics",
        "Cosmetics brand in Vĩnh Long wants fish-derived hydrolysed collagen instead of bovine or porcine collagen, with "
        "controlled raw material and small molecules. We need a supplier or manufacturer of fish collagen raw material.",
        {"pTo038": 2, "pTo037": 1, "pTo043": 1},
    ),
    (
        "pTn71",
        "vi",
        "col_china",
        "Thủy phân collagen bằng enzyme thành peptide nhỏ",
        "Doanh nghiệp ở Vĩnh Long đã chiết được collagen từ da cá (hiệu suất khoảng 10–20%) nhưng khách cần collagen thủy phân "
        "phân tử nhỏ, dễ tan. Cần quy trình thủy phân bằng enzyme và tinh sạch sản phẩm.",
        {"pTo041": 2, "pTo033": 1, "pTo073": 1},
    ),
    (
        "pTn72",
        "en",
        "hyd_catfish",
        "Scale-up of tra by-product hydrolysate for aquafeed",
        "Feed company in Vĩnh Long: tra output is about 1.42 million tonnes a year and 60–70% becomes by-products. Lab trials "
        "of enzymatic hydrolysis worked; we now need a pilot-to-industrial process for about 5 tonnes of heads and frames a "
        "day, including product forms.",
        {"pTo069": 2, "pTo067": 1, "pTo072": 1, "pTo070": 1},
    ),
    (
        "pTn73",
        "en",
        "hyd_human",
        "Testing composition and antioxidant activity of our fish hydrolysate",
        "Start-up in Trà Vinh city making a fish protein hydrolysate for human nutrition. Raw material, enzyme, degree of "
        "hydrolysis and peptide size change the product's properties. We need analysis of proximate and amino-acid "
        "composition and antioxidant activity.",
        {"pTo079": 2, "pTo074": 1, "pTo068": 1},
    ),
    (
        "pTn74",
        "vi",
        "col_yield",
        "Tận dụng da, sụn cá làm hyaluronic acid",
        "Doanh nghiệp cá tra ở Vĩnh Long đã có collagen từ da cá, muốn thêm sản phẩm giá trị cao từ da và sụn cá. Cần quy "
        "trình chiết hyaluronic acid bằng enzyme và số liệu hàm lượng trong da cá.",
        {"pTo044": 2, "pTo032": 1, "pTo077": 1},
    ),
    (
        "pTn75",
        "en",
        "d_plant35t",
        "By-product room for a new frozen seafood plant",
        "New frozen seafood plant of 35 tonnes of raw material a day planned in Trà Vinh. The layout covers freezers and cold "
        "stores for products, but not the heads, shells and frames. We need a chilled by-product room and handling rules so "
        "by-products keep value until sold.",
        {"pTo110": 2, "pTo109": 2, "pTo111": 2, "pTo063": 2, "pTo115": 1},
    ),
]
