"""Technology needs of the holdout17 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- Seafood processing ---
    (
        "iSn01",
        "vi",
        "shrimp_plants_f17",
        "Nhà máy tôm cần tăng năng lực cấp đông sản phẩm rời từng con",
        "Công ty chế biến tôm xuất khẩu tại Trà Vinh hiện chỉ có tủ đông tiếp xúc và tủ đông gió, tổng cộng khoảng 300 kg/giờ. "
        "Mùa thu hoạch rộ nguyên liệu bị ùn lại, phải ướp đá chờ, chất lượng giảm. "
        "Khách hàng Nhật và Mỹ yêu cầu hàng đông rời từng con. Đề nghị giới thiệu thiết bị công suất 500-800 kg/giờ, ngân sách khoảng 10 tỷ đồng.",
        {"iSo001": 2, "iSo002": 2, "iSo010": 1, "iSo009": 1},
    ),
    (
        "iSn02",
        "vi",
        "bentre_seafood",
        "Nhà nhập khẩu châu Âu yêu cầu bỏ phụ gia ngâm tôm",
        "Doanh nghiệp đang ngâm tôm thịt bằng hỗn hợp phụ gia để giữ nước và tăng trọng. "
        "Đối tác EU yêu cầu từ năm sau không được dùng phosphate nhưng vẫn muốn tôm mọng, không hao trọng lượng sau rã đông. "
        "Cần quy trình thay thế đã được kiểm chứng.",
        {"iSo007": 2, "iSo008": 1},
    ),
    (
        "iSn03",
        "en",
        "bentre_seafood",
        "Black spots on shrimp heads and shells during storage",
        "Our head-on vannamei turns dark at the head and tail joints within two days on ice, and some frozen lots show dark spots on arrival. "
        "The US buyer no longer accepts sodium metabisulphite because of allergen labelling. "
        "We need an alternative treatment we can apply at receiving.",
        {"iSo008": 2},
    ),
    (
        "iSn04",
        "vi",
        "white_shrimp_plants",
        "can may chia co tom theo so con moi kg",
        "Co so so che tom o Cau Ngang dang chia co bang tay, co khong deu nen khach tru tien moi lo hang. "
        "Muon mua may trong nuoc, gia vua phai, de sua chua, khoang 1-2 tan tom/ngay.",
        {"iSo005": 2, "iSo006": 1},
    ),
    (
        "iSn05",
        "en",
        "shrimp_plants_f17",
        "Net weight claims on frozen shrimp because of uneven ice coating",
        "An importer found that some cartons of our IQF shrimp had 25% ice while others had 8%, and issued a claim for short net weight. "
        "The ice coat is applied by workers dipping baskets by hand. "
        "We need a way to apply a controlled, even coating on the existing freezer outfeed.",
        {"iSo009": 2, "iSo111": 1},
    ),
    (
        "iSn06",
        "vi",
        "tv_transfer_status",
        "Tiền điện hệ thống lạnh nhà máy thủy sản quá cao",
        "Nhà máy chế biến thủy sản trả khoảng 1,2 tỷ đồng tiền điện mỗi tháng, trong đó hơn 60% do máy nén của hệ thống cấp đông và kho lạnh. "
        "Máy nén đã chạy 12 năm, luôn chạy hết tải. "
        "Công ty muốn giảm ít nhất 15% điện năng, có thể ký hợp đồng chia sẻ tiết kiệm.",
        {"iSo010": 2, "iSo150": 2, "iSo144": 1, "iSo151": 1},
    ),
    (
        "iSn07",
        "vi",
        "pangasius_pollution",
        "Khách Nhật phát hiện xương sót trong cá tra fillet",
        "Công ty xuất cá tra fillet sang Nhật bị khiếu nại hai lần vì khách phát hiện xương dăm trong miếng cá. "
        "Hiện kiểm tra bằng mắt và tay trên bàn đèn, rất tốn người mà vẫn sót. "
        "Cần giải pháp phát hiện xương trên dây chuyền trước khi cấp đông.",
        {"iSo013": 2, "iSo167": 1},
    ),
    (
        "iSn08",
        "vi",
        "bentre_seafood",
        "Nước sông đục, nhiễm phèn không đủ chất lượng dùng cho chế biến",
        "Nhà máy mới xây ở ven sông Cổ Chiên dự kiến dùng 200 m3 nước mỗi giờ. "
        "Nước sông mùa mưa rất đục, có phèn, nước giếng thì nhiễm mặn. "
        "Cần hệ thống làm sạch nước đạt quy chuẩn nước dùng cho chế biến thực phẩm.",
        {"iSo014": 2},
    ),
    (
        "iSn09",
        "en",
        "bentre_seafood",
        "High bacteria counts on conveyors and tables despite heavy chlorine use",
        "Environmental swabs in our fillet plant keep showing high plate counts and occasional Listeria on belts and cutting tables. "
        "Workers complain about chlorine smell and buyers question chlorine residues. "
        "We are looking for a different sanitation approach that is effective and leaves no chemical residue.",
        {"iSo015": 2, "iSo122": 1},
    ),
    (
        "iSn10",
        "en",
        "shrimp_plants_f17",
        "Tracing a finished carton back to the farm takes two days",
        "During customer audits we need to show which ponds and which production shift a given export carton came from. "
        "Today this is done from paper forms and Excel and takes up to two days. "
        "We need a system that links raw material lots, processing steps and cartons so the trace takes minutes.",
        {"iSo016": 2, "iSo105": 2},
    ),
    # --- Seafood by-products ---
    (
        "iSn11",
        "vi",
        "shrimp_byproducts",
        "Đầu vỏ tôm thải 15 tấn mỗi ngày chỉ bán rẻ cho trại vịt",
        "Nhà máy tôm ở khu công nghiệp Long Đức thải ra khoảng 15 tấn đầu và vỏ tôm mỗi ngày, hiện bán vài trăm đồng/kg cho người nuôi vịt và làm bột tôm thô, gây mùi hôi. "
        "Công ty muốn đầu tư chế biến thành sản phẩm giá trị cao hơn. "
        "Đề nghị Sở giới thiệu công nghệ và đơn vị chuyển giao.",
        {"iSo017": 2, "iSo018": 2, "iSo019": 2, "iSo024": 1, "iSo025": 1, "iSo022": 1},
    ),
    (
        "iSn12",
        "en",
        "tra_fat_oil",
        "Higher-value use for 40 tonnes a day of catfish belly fat",
        "Our pangasius processing group separates about 40 t/day of viscera and belly fat, which is rendered into crude fish fat and sold cheaply to feed mills. "
        "We want to invest in a product with better margins and stable demand. "
        "Please suggest proven processes and suppliers.",
        {"iSo020": 2, "iSo021": 2},
    ),
    (
        "iSn13",
        "en",
        "shrimp_byproducts",
        "Fish guts spoil before they can be sold; small cooperative",
        "A fish processing cooperative in Duyen Hai produces 300-500 kg of fish guts and heads per day. "
        "There is no buyer nearby and the material rots within a day, causing smell. "
        "Members raise ducks and catfish and would like to turn the waste into something they can feed, with very little investment.",
        {"iSo024": 2, "iSo085": 1, "iSo086": 1, "iSo022": 1, "iSo025": 1},
    ),
    # --- Fish sauce ---
    (
        "iSn14",
        "vi",
        "phuquoc_fish_sauce",
        "Cơ sở nước mắm muốn rút ngắn thời gian ủ, quay vòng vốn nhanh",
        "Cơ sở nước mắm truyền thống ở Duyên Hải có 40 thùng ủ, mỗi mẻ cá cơm phải ủ 12-15 tháng mới rút được nước mắm nhĩ. "
        "Vốn bị đọng lâu, không nhận thêm được đơn hàng. "
        "Mong có cách làm nhanh hơn mà vẫn giữ được hương vị truyền thống.",
        {"iSo027": 2, "iSo028": 2},
    ),
    (
        "iSn15",
        "en",
        "fish_sauce_villages",
        "Fish sauce shipment rejected by US importer for histamine",
        "Two of our export lots of premium fish sauce were rejected because histamine was above the importer's specification. "
        "Anchovies come from several boats and freshness varies. "
        "We need a way to bring histamine down, either during fermentation or in the finished sauce.",
        {"iSo030": 2, "iSo029": 2, "iSo034": 1},
    ),
    (
        "iSn16",
        "vi",
        "fish_sauce_villages",
        "nuoc mam bi duc, de lau lang can va sam mau",
        "Nuoc mam dong chai cua co so de tren ke sieu thi 2-3 thang thi bi lang can duoi day chai va mau sam lai, khach tra hang. "
        "Hien chi loc qua vai va de lang. Can cach lam nuoc mam trong va on dinh hon.",
        {"iSo033": 2, "iSo030": 1},
    ),
    (
        "iSn17",
        "en",
        "fish_sauce_villages",
        "Scaling up fish sauce bottling for supermarket contracts",
        "We fill fish sauce bottles by hand from a tank and cap them manually, about 1,500 bottles per day. "
        "A supermarket chain wants 8,000 bottles per week with printed lot codes and consistent fill level. "
        "We need equipment that resists salt corrosion.",
        {"iSo032": 2, "iSo112": 1},
    ),
    (
        "iSn18",
        "vi",
        "phuquoc_fish_sauce",
        "Thùng gỗ ủ chượp mục, khó vệ sinh, cần thay",
        "Hơn nửa số thùng gỗ ủ chượp của cơ sở đã 30 năm, bị mục, rò rỉ và khó đạt yêu cầu vệ sinh khi đoàn kiểm tra an toàn thực phẩm đến. "
        "Gỗ tốt để đóng thùng mới rất đắt và hiếm. "
        "Cần vật liệu hoặc loại bể khác bền và dùng được cho ủ chượp.",
        {"iSo031": 2},
    ),
    (
        "iSn19",
        "en",
        "fish_sauce_villages",
        "Using seasonal freshwater fish from the flood season",
        "In the flood season our cooperative catches several tonnes of small freshwater fish that sell for very little. "
        "We would like to process them into a fermented sauce product with a registered quality. "
        "We need a tested recipe and process for freshwater species.",
        {"iSo035": 2, "iSo027": 1, "iSo028": 1},
    ),
    # --- Coconut food processing ---
    (
        "iSn20",
        "en",
        "coconut_diversification",
        "Coconut trader wants to export dried shredded coconut",
        "We buy 30,000 mature coconuts a day in Tra Vinh and Ben Tre and sell the kernel to other factories. "
        "We want to build our own line to produce dried grated coconut for bakery customers abroad, with low moisture and clean microbiology. "
        "Budget about USD 1.5 million.",
        {"iSo037": 2, "iSo036": 2, "iSo044": 1},
    ),
    (
        "iSn21",
        "vi",
        "bentre_coconut_tech",
        "Dầu dừa nấu thủ công bị ôi, màu vàng, không xuất khẩu được",
        "Hợp tác xã ở Tiểu Cần đang nấu dầu dừa bằng chảo, dầu có màu vàng, mùi khét và nhanh bị ôi sau 2-3 tháng. "
        "Đối tác nước ngoài muốn mua dầu dừa trong, thơm tự nhiên, dùng cho thực phẩm và mỹ phẩm. "
        "Cần công nghệ và thiết bị quy mô vài trăm lít mỗi ngày.",
        {"iSo038": 2, "iSo039": 2},
    ),
    (
        "iSn22",
        "en",
        "bentre_coconut_tech",
        "Canned coconut milk separates and some cans swell",
        "Our canned coconut milk forms a hard cream layer after a few months and customers complain. "
        "In the last batch a few cans also bulged in the warehouse. "
        "We need help with the formulation and with a safe heat treatment for the cans.",
        {"iSo041": 2, "iSo040": 1},
    ),
    (
        "iSn23",
        "vi",
        "coconut_diversification",
        "Nước dừa tươi đóng chai chỉ giữ được 3 ngày",
        "Cơ sở đóng chai nước dừa sáp và nước dừa xiêm xanh, bảo quản lạnh chỉ được 3 ngày là chua. "
        "Siêu thị ở TP.HCM yêu cầu hạn dùng ít nhất 30 ngày trong tủ mát. "
        "Cơ sở chưa đủ vốn mua máy lớn, muốn thuê bên ngoài xử lý nếu được.",
        {"iSo042": 2, "iSo043": 1},
    ),
    (
        "iSn24",
        "en",
        "coconut_diversification",
        "Coconut jelly trays spoil and thickness varies",
        "Our small factory ferments coconut water in trays to make coconut jelly cubes for drinks. "
        "About one tray in five gets mould or yeast and the sheets are uneven in thickness. "
        "We want a reliable culture and process to standardise production.",
        {"iSo046": 2},
    ),
    # --- Coconut shell, activated carbon, coir ---
    (
        "iSn25",
        "vi",
        "trabaco",
        "Hầm đốt than gáo dừa gây khói, người dân phản ánh",
        "Cơ sở đốt than gáo dừa ở Càng Long có 12 hầm đốt thủ công, khói đen bao phủ khu dân cư, đã bị xử phạt và yêu cầu khắc phục. "
        "Chủ cơ sở muốn tiếp tục sản xuất than gáo cung cấp cho nhà máy than hoạt tính nhưng không gây khói. "
        "Công suất khoảng 10 tấn gáo mỗi ngày.",
        {"iSo048": 2, "iSo140": 1},
    ),
    (
        "iSn26",
        "en",
        "trabaco",
        "Charcoal supplier wants to make activated carbon itself",
        "We produce about 15 t/day of coconut shell charcoal and sell it to activated carbon makers. "
        "We would like to add our own activation unit to sell granular carbon for water treatment, and need the technology and equipment. "
        "Target capacity 2-3 t/day.",
        {"iSo049": 2, "iSo050": 2, "iSo051": 1},
    ),
    (
        "iSn27",
        "vi",
        "coconut_links",
        "Vỏ dừa chất đống ở các điểm thu mua, muốn đầu tư chế biến",
        "Hợp tác xã thu mua dừa ở Châu Thành có hàng trăm tấn vỏ dừa khô mỗi tháng, chất đống ven kênh, mùa mưa bị thối. "
        "Muốn đầu tư máy để tách thành sợi bán cho cơ sở dệt và phần bột bán làm giá thể. "
        "Cần máy trong nước, dễ sửa chữa.",
        {"iSo052": 2, "iSo053": 1, "iSo054": 1, "iSo056": 1},
    ),
    (
        "iSn28",
        "en",
        "cocovina",
        "Greenhouse customer rejects our coco peat as too salty",
        "A Dutch greenhouse buyer rejected a container of our coco peat blocks because electrical conductivity and sodium were too high for their tomatoes. "
        "The husks come from coastal areas with brackish water. "
        "We need to change our process to deliver a stable, low-salt substrate in compressed blocks.",
        {"iSo053": 2, "iSo056": 1},
    ),
    (
        "iSn29",
        "vi",
        "coconut_links",
        "bo kenh bi sat lo, xa muon ke bo bang vat lieu re",
        "Xa o huyen Cau Ke co nhieu doan bo kenh va bo song bi sat lo moi mua nuoc, ke da va be tong qua dat. "
        "Dia phuong co nhieu xo dua, muon biet co giai phap bao ve bo bang vat lieu tu nhien, re tien, nguoi dan tu lam duoc khong.",
        {"iSo055": 2, "iSo054": 1},
    ),
    # --- Rice ---
    (
        "iSn30",
        "en",
        "hanhphuc_mill",
        "Rice exports downgraded for discoloured grains and stones",
        "Our mill in Vinh Long had two export shipments downgraded because yellow and chalky kernels and small stones exceeded the contract limits. "
        "Current cleaning relies on sieves and hand picking. "
        "We process about 5 t/h of milled rice and need a solution for the finishing stage.",
        {"iSo062": 2, "iSo061": 2},
    ),
    (
        "iSn31",
        "vi",
        "rice_husk_power",
        "Cám gạo nhanh bị ôi, chỉ bán được giá thấp",
        "Nhà máy xay xát ở Tam Bình thải ra 30 tấn cám mỗi ngày, cám để 2-3 ngày đã bị ôi, đắng nên chỉ bán rẻ làm thức ăn gia súc. "
        "Công ty muốn giữ cám lâu hơn và làm ra sản phẩm có giá trị hơn từ cám.",
        {"iSo064": 2},
    ),
    (
        "iSn32",
        "en",
        "hanhphuc_mill",
        "Weevils in stored rice without using fumigants",
        "We keep paddy and milled rice for 4-6 months before sale and weevils damage the grain. "
        "Our organic rice buyer does not allow phosphine fumigation. "
        "We need a storage method that keeps insects out without chemicals, for about 500 t.",
        {"iSo066": 2, "iSo065": 1, "iSo069": 1},
    ),
    (
        "iSn33",
        "vi",
        "mylong_rice_paper",
        "Làng nghề bánh tráng cần cơ giới hóa khâu tráng bánh",
        "Các hộ làm bánh tráng ở Mỹ Lồng tráng bánh bằng tay trên lò trấu, mỗi hộ 1.000 bánh/ngày, phơi nắng nên mùa mưa không sản xuất được. "
        "Hợp tác xã muốn đầu tư sản xuất tập trung, bánh đều, sạch, đủ đơn hàng Tết. "
        "Đề nghị giới thiệu máy phù hợp.",
        {"iSo067": 2, "iSo170": 1},
    ),
    (
        "iSn34",
        "en",
        "loctroi_rice",
        "Premium health product from our brown rice",
        "Our cooperative grows fragrant rice under contract and sells brown rice, but margins are thin. "
        "We want to develop a health-oriented rice product with a higher price for urban and export customers, using our existing brown rice.",
        {"iSo070": 2},
    ),
    (
        "iSn35",
        "vi",
        "loctroi_rice",
        "Gạo đặc sản bán siêu thị bị mọt và mất mùi thơm",
        "Doanh nghiệp bán gạo thơm túi 5 kg vào siêu thị, sau 2 tháng trên kệ một số túi có mọt và gạo mất mùi thơm, bị trả hàng. "
        "Hiện đóng túi PE hàn miệng thủ công. Cần giải pháp đóng gói giữ chất lượng lâu hơn.",
        {"iSo069": 2, "iSo066": 1},
    ),
    # --- Fruit and vegetables ---
    (
        "iSn36",
        "vi",
        "quocthao_fruit",
        "Khoai lang Bình Tân rớt giá, hợp tác xã muốn chế biến",
        "Mỗi vụ có hàng trăm tấn khoai lang loại 2, loại 3 không xuất khẩu tươi được, thương lái mua rất rẻ. "
        "Hợp tác xã muốn chế biến thành sản phẩm để bán quanh năm, vốn đầu tư ban đầu khoảng 2-3 tỷ đồng.",
        {"iSo073": 2, "iSo074": 2, "iSo080": 2, "iSo079": 1, "iSo071": 1},
    ),
    (
        "iSn37",
        "en",
        "nam_roi_pomelo",
        "Pomelo must stay fresh for 45 days of sea freight to Europe",
        "We export Nam Roi and green-skin pomelo by air, but air freight has become too expensive. "
        "Sea freight to Europe plus distribution takes 40-45 days, and trial shipments arrived with dry, shrivelled fruit and rot at the stem. "
        "We need a post-harvest treatment that keeps the fruit saleable.",
        {"iSo076": 2, "iSo075": 2, "iSo119": 1},
    ),
    (
        "iSn38",
        "vi",
        "nam_roi_pomelo",
        "Vỏ bưởi bỏ đi hàng tấn mỗi ngày",
        "Cơ sở làm bưởi tách múi đóng hộp ở Bình Minh thải ra 2-3 tấn vỏ bưởi mỗi ngày, phải thuê chở đi đổ. "
        "Nghe nói vỏ bưởi có giá trị, muốn tận dụng làm sản phẩm bán được.",
        {"iSo077": 2},
    ),
    (
        "iSn39",
        "en",
        "quocthao_fruit",
        "Crunchy fruit snack for Japan without frying",
        "A Japanese buyer wants crunchy mango and jackfruit pieces that keep the fresh fruit colour and aroma, with no oil and no added sugar. "
        "Our current hot-air dried fruit is chewy and brownish. "
        "We need the process and equipment for this premium product.",
        {"iSo072": 2, "iSo071": 1},
    ),
    (
        "iSn40",
        "vi",
        "vinhlong_fruit_zone",
        "Trái cây muốn xuất sang Nhật, Hàn phải xử lý kiểm dịch",
        "Doanh nghiệp thu mua xoài, nhãn ở Vĩnh Long có đơn hàng đi Nhật Bản và Hàn Quốc, nhưng nước nhập khẩu yêu cầu xử lý diệt ruồi đục quả trước khi xuất. "
        "Trong tỉnh chưa có cơ sở xử lý, phải chở lên TP.HCM rất tốn kém.",
        {"iSo081": 2},
    ),
    (
        "iSn41",
        "en",
        "vinhlong_fruit_zone",
        "Turning surplus fruit in glut season into a shelf-stable product",
        "Every year prices for mango, longan and rambutan collapse at peak harvest and our cooperative leaves fruit unpicked. "
        "We want to turn the surplus into a drinkable product that industrial buyers can store for a year.",
        {"iSo078": 2, "iSo042": 1},
    ),
    # --- Feed ---
    (
        "iSn42",
        "vi",
        "wur_pangasius",
        "Cơ sở thức ăn cá muốn chuyển sang sản xuất viên nổi",
        "Cơ sở đang sản xuất thức ăn viên chìm cho cá tra, cá rô, người nuôi phản ánh viên tan nhanh, chìm xuống đáy gây dơ ao và không biết cá ăn bao nhiêu. "
        "Muốn đầu tư dây chuyền mới công suất 2-3 tấn/giờ.",
        {"iSo083": 2, "iSo084": 2},
    ),
    (
        "iSn43",
        "en",
        "vnf_shrimp_waste",
        "Fishmeal too expensive for our shrimp feed formulas",
        "Imported fishmeal prices rose about 40% in two years and make up a large share of our shrimp feed cost. "
        "We are looking for an alternative protein source we can produce locally from organic residues, at industrial scale.",
        {"iSo086": 2, "iSo085": 2, "iSo017": 1, "iSo018": 1},
    ),
    (
        "iSn44",
        "vi",
        "wur_pangasius",
        "trai heo muon tu tron cam de giam chi phi",
        "Trai heo 800 con o Vung Liem mua cam hon hop gia cao. Dia phuong co san cam gao, tam, bap. "
        "Chu trai muon dau tu may de tu nghien tron va ep vien thuc an cho heo, xin tu van thiet bi va cong thuc.",
        {"iSo090": 2, "iSo088": 1, "iSo091": 1},
    ),
    (
        "iSn45",
        "en",
        "wur_pangasius",
        "Mould toxins in corn received at our feed mill",
        "Some trucks of corn and rice bran arriving in the rainy season have high aflatoxin, which we only learn from an outside lab a week later. "
        "By then the feed is already sold. "
        "We need a fast check at the receiving gate and a way to deal with contaminated lots.",
        {"iSo092": 2},
    ),
    (
        "iSn46",
        "vi",
        "vietgap_shrimp",
        "Chi phí thức ăn nuôi tôm quá cao, hệ số thức ăn 1,6",
        "Hợp tác xã nuôi tôm thẻ ở Cầu Ngang có hệ số thức ăn trung bình 1,5-1,6, tôm hay bị bệnh đường ruột. "
        "Thức ăn chiếm 60% giá thành. Xin giới thiệu giải pháp giảm lượng thức ăn cho mỗi kg tôm.",
        {"iSo087": 2},
    ),
    # --- Fertiliser and bio-products ---
    (
        "iSn47",
        "vi",
        "coconut_links",
        "Cơ sở chế biến dừa muốn ủ phụ phẩm thành phân bón",
        "Cơ sở làm kẹo dừa và sữa dừa ở Mỏ Cày thải ra khoảng 3 tấn bã dừa, xơ vụn và mụn dừa mỗi ngày. "
        "Muốn ủ thành phân bón cho vườn dừa của các hộ liên kết, cách làm đơn giản, ít tốn máy móc, không gây mùi.",
        {"iSo093": 2, "iSo094": 1, "iSo096": 1},
    ),
    (
        "iSn48",
        "en",
        "pond_sludge_fertiliser",
        "What to do with sludge dredged from catfish ponds",
        "Our catfish farm dredges thousands of cubic metres of sludge from pond bottoms each year and piles it on the dykes. "
        "Local authorities want it disposed of properly. "
        "We would like to turn it into a product for crops if it is safe.",
        {"iSo095": 2, "iSo093": 1},
    ),
    (
        "iSn49",
        "vi",
        "tv_sme_support",
        "Hợp tác xã lúa muốn giảm phân hóa học mà không giảm năng suất",
        "Hợp tác xã có 300 ha lúa ở Trà Cú, chi phí phân bón tăng mạnh. "
        "Muốn áp dụng biện pháp sinh học giúp giảm lượng phân đạm, lân mà năng suất vẫn giữ 6 tấn/ha.",
        {"iSo099": 2, "iSo100": 1},
    ),
    (
        "iSn50",
        "en",
        "vermicompost",
        "Neighbours complain about manure smell from our cattle farms",
        "Members of our beef cattle cooperative keep 5-20 cattle per household near houses. "
        "Manure is piled behind the barns and neighbours complain about smell and flies. "
        "We need practical ways to treat manure at household scale, ideally producing something we can sell.",
        {"iSo097": 2, "iSo103": 2, "iSo152": 1},
    ),
    (
        "iSn51",
        "vi",
        "coconut_links",
        "Vườn dừa bị côn trùng phá hại đọt, lá khô trắng",
        "Nhiều vườn dừa ở Trà Vinh bị sâu hại ăn lá non làm đọt khô trắng, một số cây bị đục thân chết. "
        "Hợp tác xã đang chuyển đổi sang dừa hữu cơ nên không muốn phun thuốc hóa học. Cần giải pháp phòng trừ.",
        {"iSo162": 2, "iSo102": 2},
    ),
    (
        "iSn52",
        "en",
        "tv_salinity",
        "Sandy coastal soil does not hold water or fertiliser",
        "Vegetable growers on sandy soils near the coast need to water twice a day in the dry season and fertiliser washes out quickly. "
        "We want an organic soil amendment that improves water and nutrient retention, preferably made from local farm residues.",
        {"iSo098": 2, "iSo093": 1},
    ),
    # --- Packaging, labelling, traceability ---
    (
        "iSn53",
        "en",
        "ocop_traceability",
        "Consumers cannot tell our OCOP product from imitations",
        "Our dried fish and coconut candy, rated OCOP 4 stars, are copied by other sellers using similar packaging. "
        "We want buyers to be able to check with their phone where the product comes from and who made it.",
        {"iSo104": 2, "iSo132": 1},
    ),
    (
        "iSn54",
        "vi",
        "ocop_traceability",
        "Nhà nhập khẩu Mỹ yêu cầu hồ sơ truy xuất theo quy định mới",
        "Doanh nghiệp xuất tôm sang Mỹ nhận thông báo từ nhà nhập khẩu phải cung cấp dữ liệu các sự kiện truy xuất then chốt của từng lô hàng theo quy định an toàn thực phẩm mới của Mỹ. "
        "Dữ liệu phải chuyển điện tử, đúng định dạng chuẩn quốc tế. Công ty chưa có hệ thống nào.",
        {"iSo105": 2, "iSo016": 1},
    ),
    (
        "iSn55",
        "vi",
        "tv_sme_support",
        "Siêu thị không nhận hàng đóng hộp xốp nữa",
        "Cơ sở bán bánh tét, bánh ít lá gai và trái cây cắt sẵn đóng hộp xốp cho siêu thị. "
        "Siêu thị thông báo ngừng nhận bao bì xốp, nhựa dùng một lần từ năm sau. Cần loại hộp thay thế thân thiện môi trường, giá chấp nhận được.",
        {"iSo110": 2},
    ),
    (
        "iSn56",
        "en",
        "quocthao_fruit",
        "Ready meals for export that keep a year without refrigeration",
        "We make fish and coconut curry dishes sold chilled locally. "
        "Distributors in Europe and Australia want the same dishes with 12 months shelf life at room temperature, in light packaging rather than cans.",
        {"iSo107": 2},
    ),
    (
        "iSn57",
        "vi",
        "halal_cantho",
        "Lô hàng xuất Mỹ bị giữ vì nhãn không đạt",
        "Lô bánh phồng tôm và trái cây sấy xuất sang Mỹ bị hải quan giữ do nhãn thiếu thông tin chất gây dị ứng và bảng dinh dưỡng không đúng mẫu. "
        "Doanh nghiệp cần người rà soát nhãn trước khi xuất cho các thị trường khác nhau.",
        {"iSo113": 2, "iSo106": 1},
    ),
    # --- Cold storage and logistics ---
    (
        "iSn58",
        "vi",
        "tv_idle_cold_store",
        "Hợp tác xã rau màu không có chỗ giữ hàng khi thu hoạch rộ",
        "Hợp tác xã rau màu ở Châu Thành thu hoạch 15-20 tấn rau, củ mỗi ngày vào cao điểm, thương lái ép giá vì biết hàng không để lâu được. "
        "Hợp tác xã muốn có nơi giữ lạnh rau củ vài ngày đến vài tuần, vốn có hạn.",
        {"iSo114": 2, "iSo115": 2, "iSo116": 2, "iSo119": 1},
    ),
    (
        "iSn59",
        "en",
        "delta_logistics",
        "Cargo losses from temperature problems during transport",
        "Twice this year our frozen seafood containers arrived with thawing signs and we could not prove where in the chain temperature went wrong. "
        "Insurers and buyers want evidence. "
        "We need to see the temperature of each shipment in real time.",
        {"iSo117": 2, "iSo118": 1},
    ),
    (
        "iSn60",
        "vi",
        "bentre_seafood",
        "ca ve ben bi uon nhanh, thieu da",
        "Tau ca cap ben o Dinh An, ca de tren ghe va tren ben vai tieng la bi mem, gia ban giam mot nua. "
        "Da cay phai mua tu xa, khong du. Hop tac xa muon co may tao da tai ben va tren tau.",
        {"iSo121": 2},
    ),
    # --- Quality and standards ---
    (
        "iSn61",
        "en",
        "asc_smallscale",
        "Shrimp cooperative wants certification for European buyers",
        "Our 80 ha cooperative of small shrimp farms wants to sell to processors supplying European retailers, which require a recognised responsible-farming certificate. "
        "Members have no experience with audits and record keeping.",
        {"iSo125": 2, "iSo124": 1},
    ),
    (
        "iSn62",
        "vi",
        "halcert",
        "Doanh nghiệp muốn xuất hàng sang Malaysia và Trung Đông",
        "Công ty chế biến cá khô và trái cây sấy nhận được đơn hàng từ Malaysia và UAE, đối tác yêu cầu chứng nhận phù hợp với người tiêu dùng Hồi giáo. "
        "Công ty chưa biết phải thay đổi gì trong sản xuất và liên hệ tổ chức nào.",
        {"iSo126": 2, "iSo127": 2},
    ),
    (
        "iSn63",
        "en",
        "asc_smallscale",
        "Screening shrimp for banned drug residues before we buy",
        "Our processing plant buys shrimp from hundreds of small ponds. "
        "An EU lot was rejected for a banned antibiotic and we cannot wait days for lab results at each purchase. "
        "We need a quick test at the purchase point.",
        {"iSo129": 2, "iSo128": 1},
    ),
    (
        "iSn64",
        "vi",
        "tv_transfer_status",
        "Cơ sở chế biến cần chứng nhận an toàn thực phẩm để vào siêu thị",
        "Cơ sở sản xuất chả cá và lạp xưởng cá lóc ở Trà Vinh muốn đưa hàng vào chuỗi siêu thị lớn. "
        "Siêu thị yêu cầu có chứng nhận hệ thống quản lý an toàn thực phẩm, trong khi nhà xưởng bố trí chưa hợp lý.",
        {"iSo122": 2, "iSo123": 1},
    ),
    # --- Wastewater and emissions ---
    (
        "iSn65",
        "en",
        "pangasius_pollution",
        "Seafood plant fined for effluent above discharge limits",
        "Our shrimp and fish processing plant discharges 800 m3/day with COD around 2,500 mg/L and high ammonia, and was fined after an inspection. "
        "The old treatment system is a settling tank and an aerated pond. "
        "We need an upgrade that meets the national standard for seafood effluent.",
        {"iSo134": 2, "iSo133": 2, "iSo136": 1, "iSo142": 1, "iSo141": 1},
    ),
    (
        "iSn66",
        "vi",
        "tra_fat_oil",
        "Nhà máy bột cá bị dân khiếu nại mùi hôi",
        "Nhà máy sản xuất bột cá từ phụ phẩm cá tra bị người dân xung quanh khiếu nại liên tục vì mùi hôi, đặc biệt khi sấy. "
        "Chính quyền yêu cầu khắc phục trong 6 tháng.",
        {"iSo137": 2, "iSo138": 2},
    ),
    (
        "iSn67",
        "en",
        "vinhlong_brick_kilns",
        "Smoke from traditional brick and pottery kilns in our district",
        "Hundreds of traditional round kilns in our district fire bricks and pottery with rice husk, and smoke damages nearby rice fields and orchards. "
        "The province plans to phase them out, but owners want to keep producing. "
        "We need a cleaner kiln technology they can switch to.",
        {"iSo139": 2, "iSo140": 1},
    ),
    (
        "iSn68",
        "vi",
        "rice_husk_fuel",
        "Ống khói lò hơi đốt trấu phát tán bụi ra khu dân cư",
        "Nhà máy chế biến thủy sản dùng lò hơi 4 tấn/giờ đốt trấu, bụi tro bay ra khu dân cư, kết quả quan trắc bụi vượt quy chuẩn. "
        "Hiện chỉ có một cyclone đơn. Cần giải pháp xử lý khí thải lò hơi.",
        {"iSo140": 2},
    ),
    (
        "iSn69",
        "vi",
        "pangasius_pollution",
        "Sở yêu cầu truyền dữ liệu nước thải liên tục",
        "Nhà máy xả 1.500 m3 nước thải mỗi ngày, thuộc diện phải lắp thiết bị đo liên tục và truyền số liệu về cơ quan quản lý môi trường. "
        "Công ty cần nhà cung cấp lắp đặt trọn gói và kiểm định.",
        {"iSo141": 2},
    ),
    # --- Renewable energy ---
    (
        "iSn70",
        "en",
        "brewery_rooftop",
        "Using our factory roofs for solar power without investing capital",
        "Our coconut processing plant has 12,000 m2 of roof and high daytime power consumption. "
        "The board does not want to spend capital on energy projects but would accept a long-term contract if the electricity is cheaper than the grid.",
        {"iSo144": 2, "iSo145": 1},
    ),
    (
        "iSn71",
        "vi",
        "rice_husk_fuel",
        "Lò hơi đốt dầu FO tốn kém, muốn chuyển nhiên liệu",
        "Nhà máy chế biến dừa dùng lò hơi 3 tấn hơi/giờ đốt dầu FO, chi phí nhiên liệu chiếm phần lớn giá thành sản phẩm. "
        "Quanh nhà máy có sẵn trấu, gáo dừa, vỏ dừa giá rẻ. Muốn đổi sang nhiên liệu tại chỗ.",
        {"iSo146": 2, "iSo147": 2, "iSo148": 1},
    ),
    (
        "iSn72",
        "en",
        "delta_rooftop_solar",
        "Cheaper hot water for cleaning and blanching",
        "We heat about 20 m3/day of water to 70-85°C with electric heaters for equipment cleaning and vegetable blanching, which has become very expensive. "
        "We need a more efficient way to produce this hot water.",
        {"iSo149": 2, "iSo010": 1},
    ),
    # --- Farming ---
    (
        "iSn73",
        "vi",
        "tv_salinity",
        "Lúa bị cháy lá, lép hạt do nước mặn vào ruộng",
        "Vụ đông xuân vừa qua nhiều ruộng lúa ở Cầu Ngang, Duyên Hải bị cháy lá, lép hạt vì nước mặn lấn vào cuối vụ. "
        "Bà con muốn có giống và cách canh tác để vẫn trồng lúa được ở vùng này.",
        {"iSo154": 2, "iSo155": 1},
    ),
    (
        "iSn74",
        "en",
        "vl_salinity",
        "Vegetable farmers running out of fresh water in the dry season",
        "In the dry season canals near our vegetable area turn brackish and farmers can only use stored fresh water. "
        "Current hand watering wastes most of it. "
        "We need an irrigation approach that uses far less water for the same crops.",
        {"iSo157": 2, "iSo156": 2, "iSo163": 1},
    ),
    (
        "iSn75",
        "vi",
        "lasan_aqua_centre",
        "Tôm chết sớm sau thả 20-30 ngày không rõ nguyên nhân",
        "Nhiều hộ nuôi tôm thẻ ở Duyên Hải bị tôm chết rải rác rồi chết hàng loạt sau khi thả 20-30 ngày. "
        "Người nuôi không biết tôm bị bệnh gì nên dùng thuốc tràn lan. Cần nơi xác định chính xác nguyên nhân nhanh chóng.",
        {"iSo159": 2, "iSo160": 1, "iSo161": 1},
    ),
    (
        "iSn76",
        "vi",
        "tv_transfer_workshop",
        "Trồng dừa sáp nhưng tỷ lệ trái sáp quá thấp",
        "Nông dân ở Cầu Kè trồng dừa sáp bằng trái giống tự để, mỗi buồng chỉ có 2-3 trái sáp. "
        "Muốn mua cây giống cho tỷ lệ trái sáp cao để mở rộng 20 ha.",
        {"iSo158": 2},
    ),
    # --- Automation ---
    (
        "iSn77",
        "en",
        "vietgap_shrimp",
        "Shrimp dying from lack of oxygen at night",
        "Several farms lost whole ponds overnight when oxygen dropped and aerators were not switched on in time. "
        "Workers cannot check every pond every hour at night. "
        "We need automatic monitoring and control.",
        {"iSo169": 2},
    ),
    (
        "iSn78",
        "vi",
        "loctroi_rice",
        "Nhà máy gạo thiếu công nhân bốc xếp bao 50 kg",
        "Nhà máy xay xát và đánh bóng gạo ở Vĩnh Long mỗi ngày xếp 4.000 bao 50 kg lên pallet và xe tải. "
        "Công việc nặng, khó tuyển người, thường xuyên thiếu công nhân vào mùa vụ. Cần giải pháp thay thế lao động thủ công.",
        {"iSo166": 2},
    ),
]
