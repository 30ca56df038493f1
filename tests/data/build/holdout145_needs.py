"""Needs for holdout145 (fish sauce, vinegar, soy sauce and fermented condiments).

Rows: (id, language, source key, title, description, {offer id: grade}). Every need is set in Trà Vinh /
Vĩnh Long; many paraphrase pages about other places (Phan Thiết, Phú Quốc, Châu Đốc, the Philippines,
Japan...), and the need is then moved into the province. Written blind (only labelled_set.py read).
"""

NEEDS = [
    # ---- (A) traditional fish sauce from anchovy and small fish ----
    (
        "nQn01",
        "vi",
        "a_langchaixua",
        "HTX ở Duyên Hải cần quy trình ủ chượp cá cơm trong thùng gỗ",
        "Hợp tác xã thủy sản của chúng tôi ở xã Trường Long Hòa (Duyên Hải, Trà Vinh) có nguồn cá cơm theo mùa và muốn "
        "làm nước mắm truyền thống chỉ từ cá và muối, không dùng phụ gia. Nghe nói ở Phan Thiết gần 300 năm nay người ta "
        "vẫn ủ chượp trong thùng lều bằng gỗ bời lời. Chúng tôi cần người hướng dẫn trọn quy trình: tỷ lệ trộn cá – muối, "
        "cách nén cá trong thùng, thời gian ủ, lúc nào kéo rút và đảo chượp, cách lọc lấy nước mắm nhĩ.",
        {"nQo001": 2, "nQo002": 2, "nQo009": 2, "nQo004": 2, "nQo005": 1, "nQo003": 1, "nQo013": 1, "nQo012": 1},
    ),
    (
        "nQn02",
        "en",
        "a_foodandwine",
        "Cooperative in Cầu Ngang needs large wooden fermentation barrels built",
        "Our fishing cooperative in Mỹ Long (Cầu Ngang district, Trà Vinh) layers black anchovies with sea salt and weighs "
        "them down to ferment in the sun, draining the sauce about a year later. We now want proper wooden fermentation "
        "barrels and a covered barrel house instead of plastic drums. We are looking for craftsmen or a company that can "
        "build or repair big wooden vats (sizes, timber, strapping) and advise on the layout of the barrel shed.",
        {"nQo003": 2, "nQo004": 2, "nQo001": 1, "nQo002": 1},
    ),
    (
        "nQn03",
        "vi",
        "a_gnews",
        "Can huong dan lam nuoc mam nhi 40 do dam tu ca com",
        "Co so nha minh o xa Long Hoa (Chau Thanh, Tra Vinh) lam nuoc mam ca com, tron ty le 3 ca 1 muoi, u khoang 12 thang "
        "roi loc. Nuoc mam ra mau canh gian, thom nhung do dam chi tam 20-25 do. Minh muon lam duoc nuoc mam nhi 40 do dam "
        "(40N) de ban gia cao, neu duoc thi ca loai dam dac hon nua. Can nguoi co kinh nghiem chi cach rut nuoc nhi va nang "
        "do dam, ai biet xin lien he.",
        {"nQo002": 2, "nQo009": 1, "nQo001": 1, "nQo112": 1, "nQo008": 1, "nQo113": 1, "nQo164": 1},
    ),
    (
        "nQn04",
        "en",
        "a_foodandwine",
        "Household producer in Châu Thành wants a small-batch jar method for fish sauce",
        "I am a farmer's wife in Hòa Minh commune (Châu Thành, Trà Vinh) and make a little fish sauce for the family in "
        "earthenware jars. I would like to sell a few hundred litres a year at the local market and need a reliable "
        "small-scale method: how much salt per kilo of fish, how to weigh the fish down, how long to sun the jars, and how "
        "to draw off and strain the sauce cleanly.",
        {"nQo005": 2, "nQo012": 2, "nQo001": 1, "nQo009": 1},
    ),
    (
        "nQn05",
        "vi",
        "a_tienphong",
        "Làng nghề ven biển Mỹ Long muốn khôi phục nước mắm, cần tư vấn chọn cá và muối",
        "Nhiều hộ ở thị trấn Mỹ Long (Cầu Ngang) từng làm nước mắm nhưng bỏ nghề vài năm nay; như các làng nghề miền Trung "
        "đang hồi sinh, chúng tôi muốn làm lại. Điều lo nhất là nguyên liệu: chọn loại cá cơm nào, cá phải tươi đến mức nào "
        "khi đem ướp, bảo quản cá từ lúc lên bờ đến khi trộn muối ra sao, và dùng muối hạt loại nào cho nước mắm ngon, "
        "không bị đắng chát.",
        {"nQo013": 2, "nQo026": 2, "nQo011": 1, "nQo029": 1, "nQo006": 1, "nQo001": 1},
    ),
    (
        "nQn06",
        "en",
        "a_history",
        "Fish sauce maker in Trà Cú needs filtration to remove sediment",
        "Our family workshop in Trà Cú district makes anchovy fish sauce the traditional way, like the old barrel houses of "
        "Phú Quốc that have run for over 200 years. Customers complain that our bottles turn cloudy and leave sediment "
        "and salt crystals at the bottom. We need a filtration system (and advice on how to use it) that gives a clear "
        "amber sauce without changing the taste, at a few hundred litres per day.",
        {"nQo007": 2, "nQo001": 1},
    ),
    (
        "nQn07",
        "vi",
        "a_foodandwine",
        "Can may dao chuop va bom keo rut cho nha thung nuoc mam",
        "Co so nuoc mam o bien Ba Dong (Truong Long Hoa, Duyen Hai) dang lam tay het: xuc ca tron muoi do vao thung, dao "
        "chuop, keo rut deu bang suc nguoi nen rat cuc. Muon tang cong suat len vai tram tan ca moi vu. Can tu van co gioi "
        "hoa: bang tai hay vit tai dua ca len thung, cau truc, bom keo rut, ma van giu cach u truyen thong.",
        {"nQo027": 2, "nQo007": 1, "nQo001": 1},
    ),
    (
        "nQn08",
        "en",
        "a_tienphong",
        "Enterprise in Duyên Hải wants to find out why its fish sauce has low protein and an off smell",
        "We are a small fish sauce enterprise in Long Toàn (Duyên Hải town). This season several tanks gave sauce with low "
        "total nitrogen and a faint rotten, ammonia-like smell, while other tanks were fine. We would like a university or "
        "laboratory to analyse our samples (total nitrogen, amino nitrogen, ammonia) and tell us which factors in our raw "
        "fish, salt and fermentation are causing the difference.",
        {"nQo006": 2, "nQo113": 2, "nQo164": 2, "nQo026": 1, "nQo013": 1, "nQo021": 1},
    ),
    (
        "nQn09",
        "vi",
        "a_langchaixua",
        "Cần mua nước mắm cốt truyền thống số lượng lớn để đóng chai",
        "Công ty chúng tôi ở Cầu Ngang có xưởng đóng chai nhỏ và muốn phát triển nhãn nước mắm riêng. Chúng tôi chưa có nhà "
        "thùng nên cần tìm nơi cung cấp ổn định nước mắm cốt ủ chượp truyền thống (chỉ cá và muối, không chất bảo quản) "
        "vài chục nghìn lít mỗi năm, có độ đạm rõ ràng để pha đấu và đóng chai.",
        {"nQo010": 2, "nQo002": 1, "nQo001": 1},
    ),
    (
        "nQn10",
        "en",
        "a_gnews",
        "Fishing group in Đông Hải needs a way to keep anchovies fresh on the boat before salting",
        "Our inshore fishing group in Đông Hải commune (Duyên Hải) sells black and striped anchovies to fish sauce makers. "
        "We fish at night, but by the time we land the fish are soft, the buyers cut the price because the sauce comes out "
        "poor and high in histamine. We need an on-board method (ice, chilled seawater or light pre-salting) suited to "
        "small boats on day trips.",
        {"nQo011": 2, "nQo029": 2, "nQo026": 2, "nQo139": 1, "nQo013": 1},
    ),
    (
        "nQn11",
        "en",
        "a_dacsan",
        "Start-up in Vĩnh Long wants hands-on fish sauce training for its workers",
        "We are a young company in Long Hồ (Vĩnh Long) planning a traditional fish sauce brand. Before building tanks we "
        "want our five workers trained in a working fish sauce village or factory: choosing anchovies, mixing fish and salt, "
        "filling and pressing the barrels, sunning, drawing off the first press and grading by protein. A short "
        "apprenticeship or on-site training course would suit us.",
        {"nQo009": 2, "nQo002": 2, "nQo001": 2, "nQo012": 1, "nQo005": 1},
    ),
    # ---- (B) faster fermentation with enzymes or koji; histamine ----
    (
        "nQn12",
        "vi",
        "b_marine_enz",
        "Cơ sở ở Trà Cú muốn rút ngắn thời gian ủ chượp bằng enzyme",
        "Cơ sở chúng tôi ở Trà Cú ủ chượp 12 tháng mới kéo rút được, vốn bị chôn lâu và thùng không đủ. Chúng tôi muốn thử "
        "bổ sung enzyme protease (từ thực vật như đu đủ, thơm hoặc enzyme thương mại, vi sinh vật) để rút thời gian xuống "
        "còn vài tháng mà nước mắm vẫn giữ được mùi vị. Cần đơn vị có quy trình đã thử nghiệm, liều lượng và điều kiện "
        "muối, nhiệt độ cụ thể.",
        {
            "nQo014": 2,
            "nQo015": 2,
            "nQo016": 2,
            "nQo017": 2,
            "nQo030": 2,
            "nQo018": 2,
            "nQo032": 2,
            "nQo019": 1,
            "nQo020": 1,
            "nQo021": 1,
            "nQo023": 1,
        },
    ),
    (
        "nQn13",
        "en",
        "b_beddows",
        "Cooperative in Cầu Ngang wants to turn low-value mixed fish into sauce with commercial protease",
        "Our boats in Cầu Ngang land a lot of small mixed by-catch (croaker, scad and other trash fish) that sells for very "
        "little. We would like to use it for fish sauce, helped along by commercial protease so it does not take a year "
        "in the salt. We need a tested process: which enzyme, how much, at what salt level, and how the resulting sauce "
        "compares with anchovy sauce.",
        {"nQo015": 2, "nQo018": 2, "nQo032": 2, "nQo016": 1, "nQo014": 1, "nQo017": 1},
    ),
    (
        "nQn14",
        "en",
        "b_marine_enz",
        "Food company in Vĩnh Long wants to use koji to speed up fish sauce fermentation",
        "We are a food processing company in Bình Minh (Vĩnh Long) that already makes soy sauce. We would like to try "
        "adding koji (Aspergillus oryzae grown on bran or soybean) to fish and salt to get a quicker, more aromatic fish "
        "sauce. We need know-how on producing a koji with high protease activity (substrate, moisture, temperature, "
        "culture time) and on how to dose it into the fish mash.",
        {"nQo019": 2, "nQo020": 2, "nQo070": 1, "nQo082": 1, "nQo083": 1},
    ),
    (
        "nQn15",
        "vi",
        "b_protex_en",
        "Can men khoi dong (vi sinh) cho nuoc mam thom hon, bot mui hoi",
        "Minh lam nuoc mam ca com o Cau Ngang, ty le ca muoi 3:1, u o nhiet do thuong. Nuoc mam ra co mui hoi kho chiu va "
        "lau chin. Nghe noi co the cay men khoi dong (vi khuan chiu man) vao chuop de len men nhanh hon, thom hon, lai it "
        "histamine. Can noi cung cap giong va huong dan cach cay, mat do bao nhieu.",
        {"nQo021": 2, "nQo022": 2, "nQo014": 1, "nQo023": 1},
    ),
    (
        "nQn16",
        "en",
        "b_thanhhoa",
        "Exporter in Duyên Hải must bring histamine below 400 ppm",
        "Several lots of our fish sauce (Duyên Hải, Trà Vinh) test above 400 ppm histamine, the Codex maximum, and foreign "
        "buyers have rejected them. We need a complete package: keeping the raw fish fresh, starter cultures that do not "
        "produce histamine, and a treatment that lowers histamine in already fermented sauce without changing its taste.",
        {
            "nQo024": 2,
            "nQo025": 2,
            "nQo021": 2,
            "nQo022": 2,
            "nQo026": 2,
            "nQo027": 2,
            "nQo028": 1,
            "nQo029": 1,
            "nQo031": 1,
        },
    ),
    (
        "nQn17",
        "vi",
        "b_thanhhoa",
        "Cơ sở Cầu Ngang muốn kiểm soát histamine ngay từ khâu thu mua cá cơm",
        "Chúng tôi thu mua cá cơm từ ghe ở Cầu Ngang. Kết quả kiểm nghiệm cho thấy histamine trong nước mắm phụ thuộc nhiều "
        "vào cá lúc nhập: cá để lâu ngoài nắng thì mẻ đó histamine cao. Cần hướng dẫn tiêu chí nhận cá (độ tươi), cách "
        "ướp đá hoặc ướp muối ngay khi nhận, thời gian tối đa từ lúc đánh bắt đến lúc trộn muối.",
        {"nQo026": 2, "nQo028": 2, "nQo011": 2, "nQo029": 2, "nQo139": 1, "nQo027": 1},
    ),
    (
        "nQn18",
        "en",
        "b_vtt",
        "Quality lab in Trà Vinh city wants rapid histamine test kits for fish sauce",
        "Our small quality-control lab serves several fish sauce makers around Trà Vinh city. Sending every batch to an HPLC "
        "lab in Cần Thơ takes too long. We want rapid histamine test kits (ELISA, enzymatic or strip) that work on salty "
        "fermented fish products, with known detection limits around 50 to 400 ppm, plus training to use them.",
        {"nQo033": 2, "nQo034": 2, "nQo035": 2, "nQo036": 2, "nQo031": 1, "nQo113": 1},
    ),
    (
        "nQn19",
        "vi",
        "b_checker",
        "Cần dịch vụ phân tích histamine từng lô nước mắm trước khi xuất hàng",
        "Công ty chúng tôi ở TP Trà Vinh gom nước mắm từ nhiều cơ sở nhỏ để xuất khẩu. Hàm lượng histamine mỗi lô chênh "
        "nhau rất nhiều tùy cá và cách ủ, nhìn và ngửi không đoán được. Cần đơn vị hoặc bộ kit phân tích histamine nhanh và "
        "tin cậy cho từng lô trước khi đóng container.",
        {"nQo035": 2, "nQo034": 2, "nQo031": 2, "nQo033": 1, "nQo113": 1, "nQo036": 1},
    ),
    (
        "nQn20",
        "en",
        "b_vtt",
        "Need a way to lower histamine in fish sauce already in storage",
        "We hold about 30,000 litres of finished anchovy fish sauce in Duyên Hải whose histamine tests between 400 and "
        "600 ppm. The fermentation is over, so changing the fish or the starter no longer helps. We are looking for a "
        "treatment of the finished sauce (adsorbent, microbial or other) that removes part of the histamine without "
        "spoiling the taste or the amino acids.",
        {"nQo024": 2, "nQo025": 2, "nQo022": 1, "nQo021": 1},
    ),
    (
        "nQn21",
        "vi",
        "b_marine_enz",
        "Cần chuyển giao quy trình nước mắm ngắn ngày từ cá nục, cá tạp",
        "Doanh nghiệp ở Châu Thành (Trà Vinh) có nguồn cá nục và cá tạp giá rẻ. Chúng tôi muốn làm nước mắm ngắn ngày, độ "
        "đạm cao, dùng enzyme để thủy phân nhanh, nhưng không muốn dùng axit vì sợ độc tố. Cần quy trình có cách tạo hương "
        "giống nước mắm truyền thống (ví dụ cho chạy qua chượp chín).",
        {"nQo017": 2, "nQo018": 2, "nQo030": 2, "nQo015": 2, "nQo016": 1, "nQo014": 1, "nQo032": 1},
    ),
    (
        "nQn22",
        "vi",
        "b_beddows",
        "Muon dung nhua du du (papain) de lam mam nhanh",
        "Nha minh o Tra On (Vinh Long) mua nuoc noi co nhieu ca linh, ca sac, lam mam thuong phai u may thang. Nghe noi nhua "
        "du du co men lam ca mau ra, rut ngan con vai ngay. Can biet dung bao nhieu phan tram, co lam mat mui mam khong.",
        {"nQo032": 2, "nQo015": 1, "nQo017": 1, "nQo093": 1},
    ),
    (
        "nQn23",
        "en",
        "b_thanhhoa",
        "Halophilic starter to keep fish sauce fermenting in the cool rainy season",
        "Our tanks in Cầu Ngang ferment slowly in the rainy season and the sauce takes far longer to mature. We are looking "
        "for a salt-tolerant starter culture (halophilic bacteria or archaea) with protease activity that can be added to "
        "the fish and salt to speed up hydrolysis, ideally with data on how many days it saves.",
        {"nQo023": 2, "nQo021": 2, "nQo014": 2, "nQo019": 1},
    ),
]
NEEDS += [
    # ---- (C) rice vinegar, coconut vinegar and fruit vinegars ----
    (
        "nQn24",
        "vi",
        "c_howto",
        "HTX ở Càng Long có nhiều nước dừa già, muốn làm giấm dừa",
        "Hợp tác xã của chúng tôi ở Càng Long (Trà Vinh) thu gom dừa khô để lấy cơm dừa, mỗi ngày đổ bỏ hàng trăm lít nước "
        "dừa. Chúng tôi muốn làm giấm từ nước dừa: thêm đường bao nhiêu, dùng men gì, lên men rượu mấy ngày, sau đó cấy giấm "
        "mồi ra sao và bao lâu thì đủ chua để bán.",
        {"nQo041": 2, "nQo042": 2, "nQo043": 2, "nQo044": 2, "nQo038": 1, "nQo039": 1, "nQo049": 1},
    ),
    (
        "nQn25",
        "en",
        "c_businessdiary",
        "Coconut processor in Cầu Kè wants a faster acetic stage and clearer coconut vinegar",
        "We already make coconut water vinegar in Cầu Kè (Trà Vinh): strain the water, add sugar, pasteurise, add yeast, "
        "then a mother vinegar. The acetic stage takes us more than two months and the vinegar stays cloudy. We need ways "
        "to shorten acetification (inoculum size, back-slopping, better starter) and to clarify the finished vinegar.",
        {"nQo044": 2, "nQo043": 2, "nQo049": 2, "nQo052": 1, "nQo048": 1, "nQo042": 1, "nQo039": 1},
    ),
    (
        "nQn26",
        "vi",
        "c_spiderum",
        "Cơ sở giấm gạo thủ công ở Tiểu Cần muốn sản xuất thương mại",
        "Gia đình tôi ở Tiểu Cần (Trà Vinh) làm giấm gạo theo kiểu ủ cơm với rượu rồi nuôi con giấm, bán lẻ trong xóm. Nay "
        "muốn làm vài nghìn lít mỗi năm bán cho quán ăn: cần quy trình ổn định hai giai đoạn lên men rượu và lên men giấm, "
        "độ chua đạt chuẩn, lọc trong và đóng chai.",
        {"nQo037": 2, "nQo038": 2, "nQo039": 1, "nQo051": 1, "nQo050": 1},
    ),
    (
        "nQn27",
        "en",
        "c_encyclopedia",
        "Surplus fruit in Tam Bình to be turned into fruit vinegar",
        "Our orchard cooperative in Tam Bình (Vĩnh Long) grows mango and other fruit, and after each harvest a lot of "
        "second-grade fruit is unsold. We would like to make fruit vinegar or a drinking vinegar from it. We need a tested "
        "process (juice preparation, alcoholic then acetic fermentation, suitable bacteria) and advice on equipment at "
        "cooperative scale.",
        {"nQo045": 2, "nQo047": 2, "nQo046": 1, "nQo145": 1, "nQo049": 1},
    ),
    (
        "nQn28",
        "vi",
        "c_nigeria",
        "Tận dụng vỏ khóm làm giấm",
        "Cơ sở sơ chế khóm (dứa) của chúng tôi ở Trà Cú thải ra mỗi ngày vài tấn vỏ và lõi. Chúng tôi muốn biến vỏ khóm "
        "thành giấm trái cây để bán, cần quy trình lên men (giống vi khuẩn acetic chịu nhiệt nếu có), thời gian, độ chua "
        "đạt được khi làm ở thùng lớn.",
        {"nQo046": 2, "nQo047": 1, "nQo049": 1},
    ),
    (
        "nQn29",
        "en",
        "c_biodisc",
        "Vinegar plant in Long Hồ wants to move from surface fermentation to a submerged acetator",
        "Our vinegar workshop in Long Hồ (Vĩnh Long) still ferments rice wine into vinegar in open vats with a floating "
        "mother; each batch takes weeks. We want to switch to submerged acetification (aerated, stirred fermenters with "
        "temperature control) or at least a generator system, and need equipment design and commissioning support.",
        {"nQo048": 2, "nQo052": 2, "nQo054": 2, "nQo163": 2, "nQo053": 1, "nQo047": 1},
    ),
    (
        "nQn30",
        "vi",
        "c_howto",
        "Can giong con giam sach de giam khong bi hu",
        "Minh lam giam gao o Chau Thanh (Tra Vinh), lay giam me cua me cu cay tiep nhung co me bi mot mui la, dong nhot, "
        "do chua khong len. Can mua giong vi khuan giam (Acetobacter) thuan, hoac nguoi huong dan phan lap va nhan giong "
        "con giam de may me sau on dinh.",
        {"nQo049": 2, "nQo038": 2, "nQo041": 1, "nQo044": 1},
    ),
    (
        "nQn31",
        "en",
        "c_nigeria",
        "Retail chain in Vĩnh Long wants to check that supplier vinegar is really fermented",
        "We run several grocery shops in Vĩnh Long city and sell local rice and coconut vinegars. Some suppliers may be "
        "selling diluted industrial acetic acid as 'fermented vinegar'. We need a laboratory or expert who can tell "
        "naturally fermented vinegar from acid-blended vinegar and check the acetic acid content of each product.",
        {"nQo040": 2, "nQo050": 2, "nQo053": 1},
    ),
    (
        "nQn32",
        "vi",
        "c_princess",
        "Cần kiểm tra độ chua giấm thành phẩm đạt ít nhất 4%",
        "Cơ sở giấm dừa của tôi ở Càng Long đóng chai bán cho siêu thị, bên mua yêu cầu giấm có ít nhất 4% axit axetic. Tôi "
        "cần cách đo độ chua (chuẩn độ) tự làm được tại xưởng hoặc nơi kiểm nghiệm nhận mẫu thường xuyên với giá hợp lý.",
        {"nQo050": 2, "nQo053": 2, "nQo040": 1, "nQo042": 1},
    ),
    (
        "nQn33",
        "vi",
        "c_princess",
        "Nhóm nông dân Châu Thành cần quy trình giấm nước dừa có thanh trùng, đóng chai",
        "Nhóm nông dân ở Châu Thành (Trà Vinh) lấy nước dừa từ lò làm kẹo dừa. Chúng tôi cần quy trình làm giấm nước dừa "
        "có các bước thanh trùng (nhiệt độ, thời gian), lên men rượu vài ngày, cấy giấm mồi, rồi thanh trùng và đóng chai "
        "thành phẩm; ai cung cấp được giống thuần thì càng tốt.",
        {"nQo041": 2, "nQo042": 2, "nQo043": 1, "nQo044": 1, "nQo116": 1, "nQo125": 1},
    ),
    (
        "nQn34",
        "vi",
        "c_encyclopedia",
        "Nhà hàng ở TP Vĩnh Long muốn tự làm giấm ủ đặc sản",
        "Nhà hàng của tôi ở TP Vĩnh Long muốn tự làm giấm ủ lâu (kiểu giấm trái cây, giấm gạo ủ) dùng cho nước chấm, gỏi "
        "và món tráng miệng thay vì mua giấm công nghiệp. Cần người hướng dẫn kỹ thuật làm giấm cồn và giấm ủ quy mô nhỏ, "
        "cách giữ mùi thơm và độ chua ổn định.",
        {"nQo051": 2, "nQo038": 1, "nQo037": 1},
    ),
    (
        "nQn75",
        "en",
        "c_slideshare",
        "Rice vinegar factory wants better yield control of the acetic fermentation",
        "Our rice vinegar factory in Bình Minh (Vĩnh Long) loses alcohol during acetification and we do not really know "
        "our yield per batch. We want an expert to set up process control: measuring alcohol and acidity of the mash, "
        "computing concentration and acid yields, and the temperature, alcohol and aeration conditions that keep "
        "Acetobacter working best.",
        {"nQo053": 2, "nQo039": 2, "nQo054": 1, "nQo048": 1, "nQo163": 1},
    ),
    # ---- (D) soy sauce, fermented soybean paste (tương) and chilli sauces ----
    (
        "nQn35",
        "vi",
        "d_i3l",
        "Cơ sở nước tương ở Vũng Liêm muốn bỏ thủy phân axit để tránh 3-MCPD",
        "Cơ sở chúng tôi ở Vũng Liêm (Vĩnh Long) làm nước tương bằng cách thủy phân đậu nành với axit HCl vì nhanh và rẻ. "
        "Khách hàng lo ngại độc tố 3-MCPD. Chúng tôi cần tư vấn cách giảm 3-MCPD trước mắt và lộ trình chuyển sang nước "
        "tương lên men (mốc, nước muối) với thiết bị hiện có.",
        {"nQo061": 2, "nQo062": 2, "nQo063": 2, "nQo055": 2, "nQo056": 1, "nQo081": 1, "nQo064": 1, "nQo155": 1},
    ),
    (
        "nQn36",
        "vi",
        "d_bepthucduong",
        "Công ty ở Bình Minh cần chuyển giao công nghệ nước tương lên men tự nhiên",
        "Công ty thực phẩm của chúng tôi ở Bình Minh (Vĩnh Long) muốn sản xuất nước tương ủ tự nhiên: nuôi mốc (koji) trên "
        "đậu nành hấp và lúa mì rang, trộn nước muối thành moromi, ủ nhiều tháng, ép lấy nước tương sống rồi thanh trùng. "
        "Cần đơn vị chuyển giao trọn quy trình và thông số.",
        {
            "nQo055": 2,
            "nQo056": 2,
            "nQo063": 2,
            "nQo059": 1,
            "nQo057": 1,
            "nQo060": 1,
            "nQo080": 1,
            "nQo155": 1,
            "nQo081": 1,
            "nQo070": 1,
        },
    ),
    (
        "nQn37",
        "vi",
        "d_permies",
        "HTX Tam Bình muốn làm tương hột truyền thống bán ra chợ",
        "Hợp tác xã phụ nữ ở Tam Bình (Vĩnh Long) muốn làm tương hột từ đậu nành và gạo nếp để bán cho các quán chay và chợ "
        "quê. Chúng tôi cần hướng dẫn làm mốc tương từ xôi nếp, rang và ngâm đậu, trộn muối, phơi chum để tương ngọt, "
        "không chua, màu đẹp.",
        {"nQo065": 2, "nQo067": 2, "nQo066": 2, "nQo083": 2, "nQo069": 1, "nQo082": 1},
    ),
    (
        "nQn38",
        "en",
        "d_permies",
        "Khmer women's group in Trà Cú needs a reliable mould starter for soybean paste",
        "Our group of Khmer women in Trà Cú (Trà Vinh) makes fermented soybean paste, relying on mould that grows "
        "naturally on the rice. Some batches go green or smell bad. We want a dependable koji starter (Aspergillus spores) "
        "or a way to make our own clean seed mould, with instructions on temperature and humidity.",
        {"nQo070": 2, "nQo066": 2, "nQo083": 2, "nQo082": 2, "nQo019": 1},
    ),
    (
        "nQn39",
        "vi",
        "d_trigon",
        "Can day chuyen may xay, nau, chiet chai tuong ot",
        "Co so nho cua minh o Cau Ke (Tra Vinh) lam tuong ot tu ot chi thien va toi, hien xay bang may xay sinh to va "
        "chiet chai bang tay. Muon dau tu day chuyen may: may xay nghien ot, noi nau khuay, may chiet rot va dong nap khoang "
        "vai tram chai moi gio.",
        {"nQo071": 2, "nQo077": 2, "nQo072": 1, "nQo116": 1, "nQo118": 1},
    ),
    (
        "nQn40",
        "en",
        "d_hotpepper",
        "Chilli growers in Cầu Ngang want a shelf-stable bottled chilli sauce",
        "Our chilli growers' group in Cầu Ngang started bottling chilli-garlic sauce, but several bottles went mouldy on "
        "shop shelves. We need to know how to make the sauce shelf stable without refrigeration: target pH and how to "
        "measure it, acidulants, hot filling temperature and bottle sealing.",
        {"nQo074": 2, "nQo075": 2, "nQo078": 2, "nQo072": 1, "nQo076": 1, "nQo073": 1},
    ),
    (
        "nQn41",
        "vi",
        "d_gifts",
        "Cơ sở ở Long Hồ cần công thức tương ớt tỏi có giấm để đóng chai",
        "Tôi có xưởng nhỏ ở Long Hồ (Vĩnh Long) và muốn ra sản phẩm tương ớt tỏi đóng chai. Cần công thức và quy trình: tỷ lệ "
        "ớt, tỏi, giấm, đường, muối, có nên cho lên men ớt vài ngày không, nấu bao lâu, và cách đóng chai cho bảo quản được.",
        {"nQo072": 2, "nQo073": 2, "nQo076": 2, "nQo071": 1, "nQo074": 1, "nQo075": 1},
    ),
    (
        "nQn42",
        "en",
        "d_winenfood",
        "Fermented sriracha-style chilli sauce for export from Duyên Hải",
        "We grow chillies near Duyên Hải and want to make a fermented, sriracha-style chilli sauce for export markets, "
        "with a tangier, deeper taste than vinegar-only sauce. We need a fermentation recipe for the chilli mash (salt, "
        "time), the finishing steps and the final pH to aim for.",
        {"nQo076": 2, "nQo078": 1, "nQo074": 1, "nQo072": 1},
    ),
    (
        "nQn43",
        "en",
        "d_bepthucduong",
        "Soy sauce maker in Càng Long wants to use peanut press cake as raw material",
        "We make soy sauce in Càng Long (Trà Vinh) and the local peanut oil mill sells its press cake cheaply. It still "
        "contains a lot of protein. We would like a tested fermentation process that hydrolyses this peanut cake into a "
        "fermented soy-style sauce with good amino nitrogen.",
        {"nQo064": 2, "nQo081": 1, "nQo063": 1},
    ),
    (
        "nQn44",
        "en",
        "d_trigon",
        "Soy sauce brewer needs guidance on moromi brine strength",
        "Our small soy sauce brewery in Vĩnh Long mixes koji with brine, but some batches turn sour or mouldy while others "
        "barely ferment. We want guidance on the salt concentration of the brine, how much brine per kilo of koji and "
        "how to handle the mash during fermentation.",
        {"nQo059": 2, "nQo055": 1, "nQo056": 1, "nQo063": 1},
    ),
    (
        "nQn45",
        "en",
        "d_hotpepper",
        "Need soy sauce tested for protein, amino nitrogen and 3-MCPD",
        "We are about to register our soy sauce in Vĩnh Long and must declare its quality. We need a laboratory that can "
        "analyse total nitrogen, amino nitrogen, ammonia and 3-MCPD in soy sauce and tell us how our figures compare with "
        "usual values for fermented soy sauce.",
        {"nQo079": 2, "nQo062": 1, "nQo061": 1, "nQo113": 1},
    ),
    (
        "nQn46",
        "en",
        "d_gifts",
        "Premium, long-aged soy sauce for the gift market",
        "We want to launch a premium soy sauce line in Trà Vinh for Tết gifts, made from whole soybeans and aged much "
        "longer than ordinary soy sauce, possibly in wooden barrels. We need know-how on whole-bean versus defatted meal, "
        "long moromi ageing and barrel handling.",
        {"nQo060": 2, "nQo057": 2, "nQo055": 1},
    ),
    (
        "nQn47",
        "vi",
        "d_winenfood",
        "Nhà hàng chay ở Trà Vinh muốn làm tương đậu kiểu Hàn, Nhật",
        "Nhà hàng chay của chúng tôi ở TP Trà Vinh muốn tự làm tương đậu nành lên men kiểu doenjang (Hàn) hoặc miso (Nhật) "
        "từ đậu nành địa phương: làm khối đậu hoặc koji, ngâm nước muối, ủ và tách nước tương. Cần người hướng dẫn hoặc khóa "
        "học thực hành.",
        {"nQo068": 2, "nQo069": 2, "nQo082": 2, "nQo070": 1, "nQo066": 1},
    ),
]
NEEDS += [
    # ---- (E) shrimp paste, fish pastes (mắm) and pickled vegetables ----
    (
        "nQn48",
        "vi",
        "e_webmuasam",
        "Cơ sở ở Long Hòa cần quy trình làm mắm ruốc, mắm tôm đạt chuẩn",
        "Vùng biển cồn Long Hòa (Châu Thành, Trà Vinh) mùa này ruốc (moi) nhiều, bà con chỉ phơi khô bán rẻ. Cơ sở chúng tôi "
        "muốn làm mắm ruốc và mắm tôm đóng hũ: tỷ lệ muối, xay nhuyễn, phơi ủ bao lâu, chỉ tiêu thành phẩm và cách giữ vệ "
        "sinh an toàn thực phẩm để vào được cửa hàng.",
        {"nQo086": 2, "nQo087": 2, "nQo084": 2, "nQo089": 2, "nQo090": 1, "nQo088": 1},
    ),
    (
        "nQn49",
        "en",
        "e_southwest",
        "Cooperative in Đông Hải wants a lower-salt shrimp paste with a shorter ferment",
        "Our women's cooperative in Đông Hải (Duyên Hải) makes shrimp paste from krill-like Acetes, crushed with salt, "
        "fermented for weeks and sun-dried. Buyers now want a less salty paste, and we want to shorten fermentation. We "
        "need a process with controlled fermentation temperature, reduced or staged salting, and packaging sterilisation.",
        {"nQo089": 2, "nQo091": 2, "nQo087": 1, "nQo090": 1},
    ),
    (
        "nQn50",
        "vi",
        "e_medicine2",
        "Cần máy xay, máy trộn và máy chiết hũ mắm tôm",
        "Xưởng mắm tôm của tôi ở Cầu Ngang đang giã và trộn bằng tay, chiết hũ bằng muỗng nên chậm và khó đều. Cần mua máy "
        "xay nhuyễn tôm moi, máy trộn muối và máy chiết rót hũ mắm dạng sệt, chịu mặn, bằng inox.",
        {"nQo088": 2, "nQo071": 1},
    ),
    (
        "nQn51",
        "en",
        "e_webmuasam",
        "Training for workers in sour shrimp paste (mắm tôm chua) production",
        "We are opening a small sour shrimp paste workshop in Cầu Ngang (Trà Vinh) and hired ten local workers with no "
        "experience. We need a vocational training course covering preparing the workshop and tools, the raw shrimp, "
        "making and mixing the paste, storage, preventing spoilage and food safety.",
        {"nQo085": 2, "nQo084": 2, "nQo094": 1},
    ),
    (
        "nQn52",
        "vi",
        "e_khampha",
        "HTX ở Trà Ôn muốn làm mắm cá đồng mùa nước nổi",
        "Mùa nước nổi ở Trà Ôn (Vĩnh Long) có nhiều cá linh, cá sặc, cá lóc đồng nhưng giá thấp. Hợp tác xã muốn làm mắm cá "
        "đồng như mắm Châu Đốc để tăng giá trị: cần công thức ướp muối, trộn thính, đường thốt nốt, thời gian ủ khạp và "
        "cách đóng hũ bán quanh năm.",
        {"nQo093": 2, "nQo094": 2, "nQo095": 2, "nQo107": 1, "nQo032": 1},
    ),
    (
        "nQn53",
        "en",
        "e_vietnamnet",
        "Snakehead farm in Vũng Liêm wants to make mắm thái as a value-added product",
        "Our snakehead fish farm in Vũng Liêm (Vĩnh Long) sells whole fish at low prices. We would like to make mắm thái "
        "and filleted snakehead mắm like those sold at the famous Châu Đốc market, for Tết and tourists. We need the "
        "recipe and process: filleting, salting, roasted rice powder, palm sugar, papaya and pork, packaging.",
        {"nQo094": 2, "nQo093": 2, "nQo095": 1},
    ),
    (
        "nQn54",
        "vi",
        "e_grimgrains",
        "Cơ sở dưa cải chua ở Càng Long bị khú, cần quy trình ổn định",
        "Cơ sở chúng tôi ở Càng Long (Trà Vinh) muối dưa cải bẹ bán cho chợ, nhưng nhiều mẻ bị khú, nhớt và có mùi hôi. Cần "
        "quy trình muối chua ổn định: nồng độ muối, nước muối, nhiệt độ, thời gian lên men, cách nén dưa để dưa giòn, vàng "
        "đẹp và để được lâu.",
        {"nQo096": 2, "nQo097": 2, "nQo102": 2, "nQo099": 1, "nQo100": 1, "nQo106": 1},
    ),
    (
        "nQn55",
        "en",
        "e_pixcook",
        "Pickle maker in Tiểu Cần wants a lactic starter culture for consistent pickles",
        "We make pickled vegetables in Tiểu Cần (Trà Vinh) by natural fermentation, and the sourness and crispness vary "
        "from batch to batch. Supermarkets also ask about nitrite. We want a defined lactic acid bacteria starter (for "
        "example Lactobacillus plantarum) that lowers pH fast, breaks down nitrite and gives a steady flavour.",
        {"nQo099": 2, "nQo098": 1, "nQo096": 1},
    ),
    (
        "nQn56",
        "en",
        "e_grimgrains",
        "Need nitrite testing of pickled vegetables before supplying supermarkets",
        "A supermarket in Trà Vinh city will buy our pickled mustard greens only if we show nitrite test results. We need "
        "a laboratory or study team that measures nitrite in pickles at different days of fermentation and advises when "
        "the pickles are safe to sell.",
        {"nQo098": 2, "nQo099": 1},
    ),
    (
        "nQn57",
        "en",
        "e_ngoisao",
        "Pickled shallot (củ kiệu) business in Trà Cú for the Tết market",
        "We grow củ kiệu (pickling shallots) in Trà Cú (Trà Vinh) and want to sell sweet pickled shallots in jars for Tết, "
        "as the well-known Sóc Trăng brands do. We are looking for a producer willing to share experience or do contract "
        "processing, and for advice on the pickling process and food-safety certification.",
        {"nQo101": 2, "nQo096": 1, "nQo097": 1},
    ),
    (
        "nQn58",
        "vi",
        "e_pixcook",
        "Nông dân Cầu Kè muốn làm kim chi cải thảo bán cho nhà hàng",
        "Tôi trồng cải thảo và củ cải ở Cầu Kè (Trà Vinh). Gần đây có mấy nhà hàng Hàn Quốc ở TP Trà Vinh hỏi mua kim chi. "
        "Tôi cần quy trình làm kim chi: muối cải, pha gia vị ớt tỏi gừng, lên men bao lâu, bảo quản lạnh thế nào.",
        {"nQo103": 2, "nQo099": 1, "nQo096": 1},
    ),
    (
        "nQn59",
        "vi",
        "e_southwest",
        "Cần nghiên cứu vi sinh vật trong quá trình ủ mắm ruốc",
        "Cơ sở mắm ruốc của chúng tôi ở Duyên Hải muốn hiểu rõ vi sinh vật nào chiếm ưu thế khi ủ mắm ruốc, mắm tôm ở nồng độ "
        "muối cao, để kiểm soát an toàn và hương vị. Cần nhóm nghiên cứu phân tích hệ vi khuẩn theo thời gian ủ.",
        {"nQo104": 2, "nQo092": 2, "nQo089": 1},
    ),
    (
        "nQn60",
        "vi",
        "e_medicine2",
        "Cơ sở ở Duyên Hải muốn làm mắm ruốc dạng bánh khô",
        "Chúng tôi ở Duyên Hải muốn làm mắm ruốc dạng khô đóng bánh (như mắm ruốc miền Trung hay belacan) để bán đi xa, "
        "không chảy nước trong vận chuyển. Cần hướng dẫn tỷ lệ muối, ép bớt nước, phơi, xay, lên men và đóng bánh.",
        {"nQo105": 2, "nQo087": 2, "nQo086": 1},
    ),
    # ---- (F) bottling, labelling, shelf life and testing for export ----
    (
        "nQn61",
        "vi",
        "a_daicat",
        "Cơ sở ở Vũng Liêm muốn ghi nhãn 'nước mắm nguyên chất' đúng tiêu chuẩn",
        "Cơ sở chúng tôi ở Vũng Liêm (Vĩnh Long) bán nước mắm chỉ làm từ cá và muối. Chúng tôi muốn ghi trên nhãn chữ 'nước "
        "mắm nguyên chất' và phân hạng theo độ đạm, nhưng chưa rõ tiêu chuẩn quốc gia yêu cầu gì (thời gian lên men, chỉ "
        "tiêu hóa học). Cần tư vấn áp dụng tiêu chuẩn và công bố sản phẩm.",
        {"nQo008": 2, "nQo112": 2, "nQo114": 2, "nQo128": 1, "nQo113": 1, "nQo164": 1},
    ),
    (
        "nQn62",
        "en",
        "f_ibottling",
        "Fish sauce plant in Duyên Hải needs a glass bottle filling, capping and labelling line",
        "Our fish sauce plant in Duyên Hải fills glass bottles by hand from a tap. We want a semi-automatic line for "
        "250 ml to 1 litre glass bottles: rinsing, filling without foaming or dripping, capping and labelling, sized for a "
        "few thousand bottles a day, in materials that resist salt.",
        {"nQo116": 2, "nQo117": 2, "nQo118": 2, "nQo125": 1},
    ),
    (
        "nQn63",
        "vi",
        "f_campden",
        "Cần xác định hạn sử dụng cho tương ớt và giấm đóng chai xuất khẩu",
        "Doanh nghiệp ở TP Trà Vinh chuẩn bị xuất tương ớt và giấm dừa đóng chai. Nhà nhập khẩu yêu cầu hạn sử dụng có cơ sở "
        "khoa học. Chúng tôi không thể chờ theo dõi cả năm, nên cần dịch vụ thử nghiệm hạn sử dụng (kể cả thử nghiệm gia "
        "tốc) và đánh giá vi sinh.",
        {"nQo119": 2, "nQo120": 2, "nQo129": 2, "nQo074": 1},
    ),
    (
        "nQn64",
        "en",
        "x_noaa_us",
        "Exporter needs help with US FDA requirements for fish sauce",
        "Our company in Trà Vinh wants to ship fish sauce to Vietnamese supermarkets in the United States. We need an "
        "adviser on what the US requires: FDA food facility registration, prior notice of shipments, seafood HACCP and "
        "FSMA rules, and what happens at import inspection.",
        {"nQo109": 2, "nQo121": 2, "nQo110": 1},
    ),
    (
        "nQn65",
        "vi",
        "f_zdwords",
        "Cần làm nhãn nước mắm đúng quy định FDA để xuất sang Mỹ",
        "Doanh nghiệp chúng tôi ở TP Trà Vinh sắp xuất nước mắm sang Mỹ. Nhãn hiện tại chỉ có tiếng Việt. Cần tư vấn thiết "
        "kế nhãn theo yêu cầu của FDA: tên sản phẩm, khối lượng tịnh, thành phần, bảng dinh dưỡng, khai báo chất gây dị ứng "
        "(cá), tên và địa chỉ nhà sản xuất.",
        {"nQo110": 2, "nQo121": 2, "nQo126": 1, "nQo115": 1},
    ),
    (
        "nQn66",
        "en",
        "x_noaa_us",
        "Exporter to Hong Kong needs preservative and heavy-metal limits for fish sauce",
        "A Hong Kong importer wants our fish sauce from Cầu Ngang. We use a little sodium metabisulphite and need to know "
        "the permitted preservative level and heavy-metal limits for liquid fish products there, and which certificates "
        "we must provide.",
        {"nQo108": 2, "nQo113": 1},
    ),
    (
        "nQn67",
        "vi",
        "f_congbo",
        "Cần phòng kiểm nghiệm chỉ tiêu nước mắm để công bố sản phẩm",
        "Cơ sở nước mắm ở Cầu Ngang cần kiểm nghiệm sản phẩm để làm hồ sơ công bố: nitơ tổng số, nitơ axit amin, nitơ "
        "amoniac, pH, hàm lượng muối và kim loại nặng. Cần phòng thí nghiệm nhận mẫu, trả kết quả nhanh và giải thích kết "
        "quả so với tiêu chuẩn.",
        {"nQo113": 2, "nQo164": 2, "nQo112": 1, "nQo035": 1, "nQo128": 1},
    ),
    (
        "nQn68",
        "en",
        "x_labmanager",
        "Low-salt fish sauce for health-conscious buyers",
        "Our company in Trà Vinh wants a reduced-sodium fish sauce for customers with high blood pressure, without "
        "simply replacing salt by potassium chloride. We are looking for a desalting technology for finished fish sauce "
        "that keeps the protein, colour and aroma.",
        {"nQo122": 2, "nQo123": 2, "nQo124": 1},
    ),
    (
        "nQn69",
        "vi",
        "b_binhthuan",
        "Nhà máy nước mắm ở Trà Vinh muốn học kinh nghiệm xuất khẩu sang Nhật, Hàn",
        "Nhà máy nước mắm của chúng tôi ở Duyên Hải sản xuất vài trăm nghìn lít mỗi năm, chủ yếu bán trong nước. Chúng tôi "
        "muốn xuất sang Nhật Bản, Hàn Quốc, Úc và cần học kinh nghiệm từ doanh nghiệp đã xuất khẩu: áp dụng HACCP, chứng "
        "nhận an toàn thực phẩm, số lượng và thị trường.",
        {"nQo111": 2, "nQo109": 1, "nQo108": 1},
    ),
    (
        "nQn70",
        "en",
        "f_hiephoi",
        "New condiment workshop in Long Hồ needs a food-safety certificate and product declaration",
        "We are opening a small workshop in Long Hồ (Vĩnh Long) for fish sauce and chilli sauce. Before selling to shops "
        "we must obtain the certificate of eligibility for food safety for the premises and declare our product standards. "
        "We need a consultant to prepare the dossier and set up the product's quality standard.",
        {"nQo127": 2, "nQo128": 2, "nQo112": 1, "nQo114": 1},
    ),
    (
        "nQn71",
        "vi",
        "f_ibottling",
        "Cơ sở giấm dừa cần dây chuyền chiết rót chai thủy tinh nhỏ",
        "Cơ sở giấm dừa của chúng tôi ở Cầu Kè muốn thay việc rót chai bằng phễu. Cần máy hoặc dây chuyền nhỏ rửa chai, "
        "chiết rót (có thể rót nóng), đóng nắp và dán nhãn cho chai thủy tinh 300–500 ml, công suất vừa phải.",
        {"nQo118": 2, "nQo116": 2, "nQo125": 2, "nQo117": 1, "nQo074": 1},
    ),
    (
        "nQn72",
        "en",
        "f_th4_shelf",
        "Shelf-life study for bottled vinegar and soy sauce before export",
        "We export bottled rice vinegar and soy sauce from Vĩnh Long and need shelf-life dates backed by tests: real-time "
        "and accelerated storage at raised temperatures, microbial challenge tests and packaging performance.",
        {"nQo119": 2, "nQo129": 2, "nQo120": 2, "nQo074": 1},
    ),
    (
        "nQn73",
        "vi",
        "f_lowsodium",
        "Doanh nghiệp ở Càng Long muốn giảm mặn nước tương",
        "Chúng tôi sản xuất nước tương lên men ở Càng Long (Trà Vinh), độ muối khoảng 15%. Khách hàng bệnh thận, huyết áp "
        "muốn nước tương ít muối. Cần công nghệ tách bớt muối khỏi nước tương thành phẩm mà vẫn giữ axit amin và mùi vị.",
        {"nQo124": 2, "nQo122": 1, "nQo123": 1},
    ),
    (
        "nQn74",
        "en",
        "f_zdwords",
        "Distributor wants to check fish sauce labels: additives and protein grade",
        "We distribute fish sauce to shops across Vĩnh Long and want to check our suppliers' labels: what share of the "
        "bottle is real anchovy sauce, what the additive codes such as flavour enhancers and sweeteners mean, and whether "
        "the protein grade printed matches the national grading.",
        {"nQo115": 2, "nQo112": 2, "nQo126": 1, "nQo114": 1, "nQo008": 1},
    ),
]
