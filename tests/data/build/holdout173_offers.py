"""Offers of the holdout173 labelled set (used cooking oil, animal fats and their products).

Rows: (id, language, source key, title, description). Written blind; see make_holdout173.py.
"""

OFFERS = [
    # --- collecting used cooking oil ---
    (
        "oSo001",
        "en",
        "nwbio_benefits",
        "Paid pickup of used cooking oil from restaurant kitchens",
        "We collect spent fryer oil from restaurants and food businesses on a schedule, haul it to a processing plant "
        "and turn it into biofuel, and we pay the kitchen for the oil it supplies. The same crews can clean grease "
        "traps, so staff no longer handle the waste and drains stay clear.",
    ),
    (
        "oSo002",
        "vi",
        "frontline_ff",
        "Dịch vụ thu gom dầu chiên định kỳ cho cửa hàng thức ăn nhanh",
        "Đơn vị thu gom có giấy phép đến lấy dầu chiên đã qua sử dụng theo lịch cố định, ghi sổ từng lần giao nhận "
        "để cửa hàng chứng minh việc xử lý đúng quy định. Tùy khối lượng, dịch vụ miễn phí hoặc thu phí thấp; dầu "
        "được chuyển đi làm biodiesel thay vì đổ bỏ.",
    ),
    (
        "oSo003",
        "en",
        "bpgrsi",
        "Fill-level sensors and route software for used-oil collectors",
        "Our monitoring kit reports how full each restaurant's used-oil bin is, so collection trucks only roll when "
        "bins are full and routes are planned around them. The platform records the volume taken at each pickup and "
        "settles the restaurant's payment automatically, ending disputes over how much oil left the premises.",
    ),
    (
        "oSo004",
        "vi",
        "hayphoto",
        "Thu gom dầu ăn thải và mỡ động vật kèm bồn chứa kín có khóa",
        "Chúng tôi đặt bồn chứa có nắp kín, có khóa tại nhà hàng, quán ăn, tiệm đồ nguội để gom dầu ăn đã qua sử "
        "dụng và mỡ động vật, tránh dầu bị ôi, rò rỉ hay bị lấy trộm. Dầu được chở về cơ sở tái chế thành nhiên "
        "liệu sinh học, giúp quán khỏi tắc cống và giảm rác chôn lấp.",
    ),
    (
        "oSo005",
        "en",
        "njfry",
        "Collection, filtration and conversion of restaurant frying oil",
        "A licensed service that collects used cooking oil at the kitchen door, filters out food particles and "
        "contaminants at our depot, and sends the cleaned oil to biodiesel, animal-feed and soap or lubricant "
        "makers. Restaurants sign up for regular pickups sized to their fryer volume.",
    ),
    (
        "oSo006",
        "en",
        "topi_albania",
        "Setting up a regional waste vegetable oil collection network",
        "Drawing on a private collection scheme that gathered 400 tonnes in its first year and about 100 tonnes a "
        "month from restaurants, caterers and fast-food chains, we help a company design its network: bilateral "
        "contracts with each kitchen, logistics, and a plan to reach 15-20% of a country's waste frying oil.",
    ),
    (
        "oSo007",
        "vi",
        "hindu_ruco",
        "Điểm thu mua dầu ăn đã qua sử dụng, trả tiền ngay cho quán nhỏ",
        "Mô hình “ngân hàng dầu”: doanh nghiệp phát can chứa cho quán ăn, tiệm bánh, cơ sở làm đồ ăn vặt, mua dầu "
        "đã chiên với giá cố định (25 rupee/lít ở nơi áp dụng) và trả tiền tại chỗ. Khởi đầu thu khoảng 1.020 lít "
        "mỗi ngày từ 50 cơ sở; các điểm gom nhận cả quán nhỏ chỉ thải 1-2 lít/ngày, dầu chở về nhà máy biodiesel.",
    ),
    (
        "oSo008",
        "en",
        "epic_ss14",
        "Neighbourhood drum collection scheme for household cooking oil",
        "We help residents' associations place a collection drum in a park or common area, name a caretaker and sell "
        "the oil to a recycler. One estate gathers about 120 litres every two months and reinvests the money in "
        "community programmes; our toolkit covers setup, publicity and dealing with buyers.",
    ),
    (
        "oSo009",
        "vi",
        "jp_alms",
        "Nhận dầu ăn thải hộ gia đình, bán cho nhà máy biodiesel để làm từ thiện",
        "Quỹ xã hội đến tận nhà nhận dầu ăn đã qua sử dụng của hộ gia đình và cơ sở kinh doanh nhỏ (một hộ làm chả "
        "giò dùng khoảng 2 lít/tháng), gom theo can rồi bán cho nhà máy biodiesel; tiền thu được dùng cho người "
        "nghèo, trẻ mồ côi. Một đợt gom ở khu dân cư có thể được khoảng 50 lít.",
    ),
    (
        "oSo010",
        "en",
        "dayak_mbks",
        "Waste-bank buyback days for used cooking oil",
        "Together with licensed buyers we run public buyback sessions where residents and eateries sell used cooking "
        "oil at RM2.50 per kilogram, rotating weekly between venues on a published six-month schedule. The sessions "
        "sit inside a wider waste-bank programme and give the council data on where oil is generated.",
    ),
    (
        "oSo011",
        "vi",
        "yokayo",
        "Thu gom dầu ăn nhà hàng làm nguyên liệu biodiesel quy mô hơn nghìn điểm",
        "Doanh nghiệp nhiên liệu sinh học xây dựng mạng thu gom từ hơn 1.000 nhà hàng từ năm 2002, sản xuất khoảng "
        "500.000 gallon biodiesel mỗi năm bằng phản ứng chuyển este với methanol. Chúng tôi chia sẻ mô hình vận "
        "hành thu gom gắn với nhà máy cho địa phương muốn làm tương tự.",
    ),
    (
        "oSo012",
        "en",
        "fathopes_sd",
        "ISCC point-of-origin declarations for used cooking oil suppliers",
        "We prepare and file the ISCC self-declarations that each restaurant or food plant signs when it hands over "
        "used cooking oil: the oil is pure UCO, meets the waste definition, quantities are documented and auditors may "
        "check on site. Sources using lard or tallow are flagged as animal origin.",
    ),
    (
        "oSo013",
        "vi",
        "geovitia",
        "Xây dựng hệ thống tuân thủ ISCC EU cho đơn vị thu gom và kinh doanh UCO",
        "Chúng tôi rà soát khoảng trống so với yêu cầu ISCC EU, chứng minh nguồn gốc chất thải tại điểm gom, quản lý "
        "gộp lô để không mất truy xuất, liên kết sổ cân bằng khối lượng với chứng từ, đào tạo theo tình huống và "
        "đánh giá nội bộ trước khi tổ chức chứng nhận đến.",
    ),
    (
        "oSo014",
        "en",
        "rtfa_uco",
        "Digital chain-of-custody ledger for waste oil consignments",
        "Our software lets a fuel buyer trace each consignment of used cooking oil back to the restaurant it came "
        "from, with third-party verification of the data. It is built to reduce fraud such as virgin oil sold as "
        "waste and to meet mandates that bar UCO from returning to feed or food.",
    ),
    (
        "oSo015",
        "vi",
        "autoblog_hcm",
        "Chương trình thu gom dầu mỡ thải khách sạn, nhà hàng, nhà máy thực phẩm để làm B20",
        "Trường đại học kỹ thuật phối hợp chính quyền thành phố tổ chức gom dầu thực vật đã qua sử dụng và mỡ động "
        "vật từ khách sạn, nhà hàng và nhà máy chế biến thực phẩm, thay vì đổ vào rác hay cống, để sản xuất nhiên "
        "liệu pha B20. Chúng tôi chuyển giao cách tổ chức thu gom và sản xuất cho địa phương khác.",
    ),
    (
        "oSo016",
        "en",
        "tyso_japan",
        "Aggregation and export of used cooking oil as aviation-fuel feedstock",
        "We buy used cooking oil from restaurants, often left in 18-litre cans at closing time, consolidate it and "
        "ship it to a sustainable aviation fuel refinery in Singapore, a route that grew to 42,000 tonnes from one "
        "exporting country in 2021. We also advise suppliers on securing cans against theft now that the oil has value.",
    ),
    (
        "oSo017",
        "vi",
        "fss_enrol",
        "Hỗ trợ đăng ký đơn vị sản xuất phi thực phẩm được thu gom dầu ăn đã qua sử dụng",
        "Trung tâm hỗ trợ của hiệp hội hướng dẫn nhà sản xuất biodiesel, xà phòng, nến, dầu nhờn lập hồ sơ đăng ký "
        "với cơ quan an toàn thực phẩm để được thu gom dầu thải từ cơ sở ăn uống, đồng thời theo dõi lượng thu gom "
        "và sản phẩm làm ra; người gom trung gian (aggregator) cũng được quản lý trong cùng khung.",
    ),
    (
        "oSo018",
        "en",
        "mycity_fog",
        "Free barrel pickup of fats, oils, grease and meat scraps",
        "Renderers in our network leave storage barrels at food businesses and pick up liquid fats and solid meat "
        "scraps free of charge, turning them into animal feed, soap and cosmetics ingredients; grease that cannot be "
        "rendered goes to local biodiesel makers or to anaerobic digesters at the treatment plant.",
    ),
    (
        "oSo019",
        "vi",
        "weymouth",
        "Điểm nhận dầu ăn gia đình tại trạm tái chế công cộng",
        "Cơ quan công trình công cộng nhận dầu ăn đã dùng của hộ gia đình với mọi lượng, trong giờ làm việc: đựng "
        "trong can nhựa, kim loại hay thủy tinh có nắp, không trộn chất lỏng khác, dán nhãn “dầu ăn” nếu để lại. "
        "Dầu được gom chung để tái chế, không vào thùng tái chế hỗn hợp hay cống thoát nước.",
    ),
    (
        "oSo020",
        "en",
        "wmw_uco",
        "Market and fraud-risk analysis for used cooking oil traders",
        "We brief collectors and investors on the UCO market: demand from aviation fuel targets, collection costs "
        "about 30% lower in Asia than in Europe, prices that fell from about EUR 2,250 to EUR 1,100 per tonne, and "
        "red flags such as countries exporting three times what they collect.",
    ),
    (
        "oSo021",
        "vi",
        "dbs_beli",
        "Doanh nghiệp xã hội mua dầu ăn thải từ hộ gia đình",
        "Mô hình doanh nghiệp xã hội mua lại dầu chiên đã qua sử dụng của hộ gia đình và quán nhỏ để không đổ "
        "xuống cống hay xuống đất, kết hợp truyền thông về tác hại của dầu thải và liên kết với ngân hàng tài trợ; "
        "dầu gom được chuyển sang các sản phẩm hữu ích như nhiên liệu.",
    ),
    # --- filtering and refining used oil ---
    (
        "oSo022",
        "vi",
        "hnm_taiche",
        "Công nghệ tinh lọc dầu ăn phế thải bằng nước khử và đất sét hoạt tính",
        "Quy trình theo sáng chế đăng ký năm 2002: dầu phế thải được bơm vào bồn, trộn với nước khử điện phân tạo nhũ "
        "tương, ly tâm tách dầu - nước, rửa muối rồi tách lần hai, bay hơi kiệt nước, sau đó gia nhiệt đến 110 °C và "
        "lọc nóng qua đất sét hoạt tính hoặc than hoạt tính để khử màu, khử mùi dầu cũ.",
    ),
    (
        "oSo023",
        "en",
        "kelley_clean",
        "Settling, heating and centrifuge cleaning of waste vegetable oil",
        "At our depot collected waste vegetable oil stands for a few days so food sediment and water sink; we drain "
        "them off, then heat and centrifuge the remaining oil for final cleaning and drying, giving a clean, dry "
        "feedstock ready for fuel conversion.",
    ),
    (
        "oSo024",
        "en",
        "faqs_purify",
        "Pretreatment protocol for waste cooking oil before transesterification",
        "Lab-tested steps: filter out solids, wash the oil with distilled water at 1:3 three times and separate, then "
        "check free fatty acids. If FFA is above 2%, run acid esterification first: methanol at 1:9 molar ratio with "
        "1% sulfuric acid, 2 hours at 60 °C and 600 rpm, settle 24 hours and keep the lower layer.",
    ),
    (
        "oSo025",
        "vi",
        "ilt_chickenfat",
        "Tiền xử lý hai bước cho nguyên liệu mỡ có axit béo tự do cao",
        "Quy trình cho mỡ gà và mỡ động vật: este hóa axit, để lắng qua đêm tách pha methanol - nước - axit, sau đó sấy "
        "65-70 °C trong 20-30 phút để thu hồi methanol và 105 °C trong 30 phút để đuổi nước, đo lại FFA; với mỡ gà "
        "cần hai lượt este hóa mới hạ FFA xuống dưới 1%.",
    ),
    (
        "oSo026",
        "en",
        "mannu_review",
        "Technology scouting for waste cooking oil recycling routes",
        "Based on a 2020 review of available technologies and materials for recycling waste cooking oil, we compare "
        "chemical transformation routes and direct uses - fuels, materials and lubricants - and advise which one suits "
        "a given oil supply and local regulation.",
    ),
    (
        "oSo027",
        "vi",
        "ctnh_dtv",
        "Xử lý dầu thực vật thải thành dầu có tính chất gần dầu nhớt",
        "Đơn vị chuyển giao công nghệ xử lý chất thải xử lý dầu ăn đã qua chiên xào (chứa cặn carbon, vụn thức ăn, dễ "
        "thối khi lưu lâu) để thu dầu có tính chất vật lý tương tự dầu nhớt, dùng thay thế trong một số ứng dụng.",
    ),
    (
        "oSo028",
        "en",
        "soha_lau",
        "Industrial refining of restaurant waste oil into export feedstock",
        "Our plant receives waste oil and greasy broth collected each night from hundreds of restaurants, removes "
        "water and residual impurities in large tanks and produces a clear, yellow industrial oil for export to "
        "aviation-fuel refiners. One such refiner handles 300-400 tonnes of waste oil a day.",
    ),
    (
        "oSo029",
        "vi",
        "ilt_pretreat",
        "Lọc và rửa nước nóng dầu ăn thải, kiểm tra chỉ tiêu trước khi chế biến",
        "Phòng thí nghiệm lọc bỏ cặn rắn trong dầu ăn thải, rửa bằng nước nóng để loại tạp chất tan, rồi xác định các "
        "chỉ tiêu của dầu mới và dầu thải theo phương pháp chuẩn, trong đó có thành phần axit béo và lượng axit béo tự "
        "do sinh ra khi chiên.",
    ),
    (
        "oSo030",
        "en",
        "gaex_perlis",
        "Degumming and clay bleaching of household cooking oil for soap makers",
        "A community-scale recipe developed in the lab: degum used cooking oil at 60 °C with 4% moisture, bleach it "
        "with activated kaolinite clay at a clay-to-oil ratio of 5:100 for 30 minutes at 60 °C, then saponify at 70 °C "
        "with sodium bicarbonate at 0.3:1 by mass. Training for 30 participants is included.",
    ),
    # --- small-scale biodiesel production ---
    (
        "oSo031",
        "vi",
        "luanvan_cao",
        "Biodiesel từ dầu ăn phế thải với xúc tác CaO nung từ vỏ trứng, vỏ sò",
        "Quy trình tổng hợp biodiesel từ dầu ăn phế thải dùng xúc tác rắn CaO nung từ vỏ trứng, vỏ sò: giảm tiền mua "
        "hóa chất, xúc tác dùng lại được nhiều lần, bã xúc tác có thể làm phân bón; đã khảo sát các yếu tố để nâng "
        "hiệu suất hướng tới quy mô công nghiệp.",
    ),
    (
        "oSo032",
        "en",
        "ehsan_bd",
        "On-site biodiesel from a restaurant's own frying oil for its generator",
        "A techno-economic package for air-conditioned fast-food outlets that run diesel generators: about 80 litres of "
        "waste oil a week is converted by single-stage transesterification with methanol and NaOH at 5:1, giving an "
        "80-90% yield, with 35-40% of the methanol and 80-90% of the NaOH recovered to cut chemical cost.",
    ),
    (
        "oSo033",
        "en",
        "alarcon_wfo",
        "Biodiesel from waste frying oil blended with palm oil",
        "We tested alkaline transesterification of palm oil mixed with small shares of waste frying oil: 1% KOH, "
        "methanol-to-oil 6:1, 65 °C. With 5% frying oil the yield was 98.69% and conversion 95.53%, and the fuel met "
        "ASTM, NTC and EN property limits, so an existing plant can take in frying oil without changes.",
    ),
    (
        "oSo034",
        "vi",
        "wong_uco",
        "Sản xuất biodiesel bằng KOH từ dầu ăn đã qua sử dụng",
        "Kết quả khảo sát cho thấy hiệu suất methyl ester cao nhất khi phản ứng 60 phút ở 60 °C với xúc tác KOH; "
        "nhiên liệu làm giảm 39,2% độ mờ khói của động cơ diesel, dù hiệu suất động cơ thấp hơn dầu diesel và mẫu "
        "còn glycerol liên kết. Chúng tôi chuyển giao quy trình và lưu ý kiểm soát chất lượng.",
    ),
    (
        "oSo035",
        "en",
        "wiki_appleseed",
        "Build-it-yourself Appleseed biodiesel processor workshop",
        "In one day participants convert an electric water heater into an Appleseed processor with a pump, ball "
        "valves and hoses - no welding, basic wiring only, for under 500 dollars. Methoxide is mixed in a separate "
        "carboy, and we show how to add a methanol condenser and clean the glycerin by-product.",
    ),
    (
        "oSo036",
        "en",
        "attra_diy",
        "Farm-scale do-it-yourself biodiesel training",
        "Our course follows the ATTRA guide: chemical hazards and storage, sodium versus potassium hydroxide, how to "
        "titrate the oil, a table-top test batch, then 5-gallon batches, washing and methanol recovery, for fuelling "
        "farm diesel machinery. Fuel used on public roads remains subject to fuel tax.",
    ),
    (
        "oSo037",
        "vi",
        "green_titr",
        "Chuẩn độ dầu thải để tính lượng xút và methanol cho mỗi mẻ biodiesel",
        "Chúng tôi hướng dẫn lọc dầu ăn thải rồi chuẩn độ để xác định lượng xút (lye) và methanol cần cho mẻ phản "
        "ứng: dư xút thì bồn trộn thành xà phòng dạng gel, thiếu xút thì chỉ chuyển hóa một phần và để lại lớp "
        "glycerin dày dưới đáy.",
    ),
    (
        "oSo038",
        "vi",
        "khoahoc_moca",
        "Công nghệ biodiesel từ mỡ cá tra, cá ba sa với xúc tác zeolit",
        "Nhóm nghiên cứu của viện khoa học vật liệu chuyển vị ester mỡ cá và dầu phế thải bằng methanol (hoặc "
        "ethanol) trên xúc tác zeolit trong 4-6 giờ; từ 1 tấn nguyên liệu thu khoảng 800 kg biodiesel và 100 kg "
        "glycerin. Sản phẩm đạt chỉ tiêu chớp cháy, độ nhớt và rẻ hơn dầu diesel khoảng 20%.",
    ),
    (
        "oSo039",
        "vi",
        "bfo_minhtu",
        "Dây chuyền biodiesel từ mỡ cá da trơn của doanh nghiệp ở Cần Thơ",
        "Doanh nghiệp tư nhân ở Ô Môn đã tự nghiên cứu ba năm, tốn khoảng 100 triệu đồng, để làm dây chuyền sản xuất "
        "dầu biodiesel từ mỡ cá da trơn theo phản ứng đơn giản của nguồn triglyceride; sẵn sàng chia sẻ kinh nghiệm "
        "và cung cấp dây chuyền cho cơ sở có nguồn mỡ.",
    ),
    (
        "oSo040",
        "vi",
        "docz_basa",
        "Đánh giá nguồn mỡ cá tra, ba sa và chuỗi thu mua cho sản xuất biodiesel",
        "Đồng bằng sông Cửu Long tiêu thụ khoảng 400.000 tấn cá nguyên liệu mỗi năm, trong đó mỡ cá khoảng 60.000 tấn "
        "(15%); 1.000 kg mỡ cho khoảng 800 kg biodiesel và 100 kg glycerine. Chúng tôi phân tích giá mỡ bấp bênh, "
        "cạnh tranh với thức ăn chăn nuôi và đề xuất hợp đồng thu mua ổn định.",
    ),
    (
        "oSo041",
        "en",
        "karmee_hk",
        "Techno-economic evaluation of a waste cooking oil biodiesel plant",
        "We model the economics of biodiesel from waste cooking oil for a city: acid, base and lipase catalysts are "
        "compared, with internal rate of return sensitivity to waste-oil and biodiesel prices. In the reference case "
        "the acid route was the cheapest and lipase the most expensive.",
    ),
    (
        "oSo042",
        "en",
        "uthman_ethyl",
        "Ethyl ester biodiesel from waste vegetable oil",
        "Instead of methanol, our process uses ethanol to make ethyl esters from waste vegetable oil and characterises "
        "the fuel against petroleum diesel, an option where ethanol is cheaper or safer to handle than methanol.",
    ),
    # --- glycerin by-product ---
    (
        "oSo043",
        "en",
        "austin_glyc",
        "Purifying crude glycerol from biodiesel by acidification",
        "We purify the glycerol layer left by biodiesel production with acid: phosphoric acid worked best, turning a "
        "waste crude glycerol of about 13 wt% glycerol and 6 wt% ash into a product of about 96 wt% glycerol and 0.7 "
        "wt% ash in one hour of processing; pH settings are tuned per batch.",
    ),
    (
        "oSo044",
        "vi",
        "kfs_glycerol",
        "Tinh chế glycerol thô từ biodiesel lên cấp dược dụng",
        "Glycerol sinh ra khi chuyển este dầu mỡ với methanol có độ tinh khiết khoảng 80%. Chúng tôi chế biến tiếp "
        "glycerol thô thành glycerol cấp dược với độ tinh khiết khoảng 99%, dùng cho công nghiệp thực phẩm và "
        "dược phẩm.",
    ),
    (
        "oSo045",
        "en",
        "gly_biod",
        "Filtration and distillation of crude biodiesel glycerin",
        "Crude glycerin from biodiesel sells for 2-10 cents a pound, refined glycerin for about 1.28-1.65 dollars. We "
        "supply fractional vacuum distillation and chemical treatment, plus bleaching, ion exchange and deodorising, so "
        "a producer can upgrade the glycerin for cosmetic or other markets.",
    ),
    (
        "oSo046",
        "vi",
        "thompson_glyc",
        "Phân tích thành phần glycerol thô từ biodiesel dầu ăn thải",
        "Mỗi gallon biodiesel kèm theo khoảng 0,3 kg glycerol thô. Phòng thí nghiệm phân tích glycerol thô từ nhiều "
        "nguồn dầu, kể cả dầu ăn thải, theo ASTM và các phương pháp chuẩn: tạp chất nguyên tố, giá trị dinh dưỡng và "
        "tính chất hóa học, làm cơ sở chọn hướng sử dụng.",
    ),
    # --- biodiesel quality testing ---
    (
        "oSo047",
        "vi",
        "dga_d6751",
        "Kiểm nghiệm biodiesel B100 theo ASTM D6751",
        "Phòng thử nghiệm cung cấp trọn bộ chỉ tiêu B100: điểm chớp cháy (D93), nước và cặn (D2709), độ nhớt (D445), "
        "tro sulfat (D874), lưu huỳnh (D5453), ăn mòn tấm đồng 3 giờ ở 50 °C (D130), trị số xetan (D613), điểm vẩn đục "
        "(D2500), trị số axit (D664) và cặn carbon (D4530).",
    ),
    (
        "oSo048",
        "vi",
        "htpl_tcvn7717",
        "Thử nghiệm nhiên liệu diesel sinh học gốc B100 theo TCVN 7717:2007",
        "Chúng tôi đo các chỉ tiêu yêu cầu kỹ thuật của B100 theo TCVN 7717:2007 và các phương pháp viện dẫn: khối "
        "lượng riêng (TCVN 6594), nước và cặn bằng ly tâm (TCVN 7757), trị số axit (TCVN 6325), chớp cháy cốc kín "
        "(TCVN 2693), độ nhớt (TCVN 3171), trị số xêtan (TCVN 7630), ăn mòn tấm đồng (TCVN 2694).",
    ),
    (
        "oSo049",
        "en",
        "trucking_small",
        "Quality assurance coaching for small biodiesel producers",
        "National surveys found about 90% of biodiesel met ASTM D6751, but small and medium producers failed often - "
        "30% of their samples failed oxidation stability. We coach small plants on the critical properties (oxidation "
        "stability, flash point and alcohol, cloud point, water and sediment, acid value, free and total glycerin, "
        "metals) and on BQ-9000 practice.",
    ),
    (
        "oSo050",
        "en",
        "astm_bq9000",
        "BQ-9000 quality system set-up for biodiesel producers and labs",
        "We build the quality system that accreditation programmes layer on top of ASTM D6751: storage, sampling, "
        "testing, blending, shipping, distribution and fuel management procedures, so buyers and engine makers can "
        "trust each delivered batch.",
    ),
    (
        "oSo051",
        "en",
        "bmag_astm",
        "Troubleshooting off-spec biodiesel batches",
        "When a national survey found half of 32 biodiesel samples off specification, producers learned which process "
        "slips cause bound glycerin, sodium and other impurities. Our training walks a producer through these failure "
        "points and an in-house testing routine before fuel is sold.",
    ),
    (
        "oSo052",
        "vi",
        "tvpl_qcvn",
        "Tư vấn hợp quy nhiên liệu sinh học B100 và diesel B5 theo quy chuẩn quốc gia",
        "Chúng tôi hướng dẫn cơ sở sản xuất, pha chế, phân phối nhiên liệu sinh học đáp ứng Quy chuẩn kỹ thuật quốc "
        "gia về xăng, nhiên liệu điêzen và nhiên liệu sinh học ban hành kèm Thông tư 20/2009/TT-BKHCN: giới hạn chỉ "
        "tiêu của B100 dùng để pha và diesel B5, hồ sơ công bố hợp quy.",
    ),
    # --- using biodiesel in engines ---
    (
        "oSo053",
        "en",
        "uark_tractor",
        "Tractor PTO testing of B20 and B100",
        "We compare fuels on a diesel tractor: in four one-hour tests per fuel, B20 showed no significant difference "
        "from No. 2 diesel in fuel consumption, PTO torque, PTO power, thermal efficiency or NOx, while B100 raised "
        "fuel consumption and lowered torque and power. Farmers can move to B20 without performance loss.",
    ),
    (
        "oSo054",
        "vi",
        "growing_bio",
        "Hướng dẫn bảo quản và dùng biodiesel cho máy nông nghiệp",
        "Biodiesel hút ẩm và dễ sinh bùn vi sinh làm nghẹt lọc; chúng tôi khuyến cáo xử lý bồn chứa bằng chất phân "
        "tán ẩm và chất diệt khuẩn, không trữ quá ba tháng, chạy động cơ bằng dầu diesel thường 20-30 phút trước khi "
        "cất máy lâu ngày, và thay bồn cũ trước khi chuyển sang biodiesel.",
    ),
    (
        "oSo055",
        "en",
        "mf_tractor",
        "Running farm tractors on high biodiesel blends",
        "Farmers ran a tractor on 100% biodiesel made from their own crop using a conversion kit on the filtration "
        "system. We explain what engine makers approve: one major maker allows up to B20 in its engines provided the "
        "B100 meets ASTM D6751, EN 14214 or an equivalent specification.",
    ),
    (
        "oSo056",
        "en",
        "attra_use",
        "Biodiesel use, handling and fuel quality guide for farmers",
        "Our extension guide answers farmers' questions on using biodiesel in unmodified diesel engines: how it differs "
        "from ethanol and straight vegetable oil, blending and storage, ASTM standards, the BQ-9000 programme, warranty "
        "issues and fuel quality testing.",
    ),
    # --- fish fat and animal fat rendering ---
    (
        "oSo057",
        "vi",
        "hcmute_gum",
        "Tinh luyện dầu trích ly từ mỡ cá tra: khử gum bằng acid citric và tẩy màu",
        "Nghiên cứu của trường đại học kỹ thuật khảo sát ảnh hưởng của khử gum bằng acid citric và của quá trình tẩy "
        "màu đến chất lượng dầu trích ly từ mỡ cá tra (Pangasius hypophthalmus); chúng tôi chuyển giao thông số hai "
        "công đoạn này cho cơ sở muốn nâng dầu mỡ cá lên dầu tinh luyện.",
    ),
    (
        "oSo058",
        "vi",
        "doan_moca200",
        "Thiết kế phân xưởng sản xuất mỡ cá công suất 200 tấn/ngày",
        "Hồ sơ thiết kế phân xưởng chế biến mỡ cá từ phụ phẩm cá tra: tổng quan nguyên liệu, thành phần hóa học mỡ cá "
        "tra, quy trình công nghệ, cân bằng vật chất và chọn thiết bị cho công suất 200 tấn/ngày.",
    ),
    (
        "oSo059",
        "vi",
        "vndoc_daugoc",
        "Dầu gốc sinh học làm dầu nhờn từ mỡ cá tra",
        "Quy trình biến mỡ cá tra thành dầu gốc sinh học cho dầu nhờn: xử lý vật lý loại tạp chất, thủy hóa và tách "
        "sáp để cải thiện điểm rót chảy, rồi epoxy hóa và mở vòng epoxy để nâng độ bền nhiệt và độ nhớt, thay cho "
        "dầu gốc khoáng.",
    ),
    (
        "oSo060",
        "en",
        "qualicours_fish",
        "Fishmeal and fish oil from fish processing by-products",
        "Processing plants discard 20-80% of the fish as heads, tails, skin, guts and frames. Our line heats the waste "
        "to coagulate protein and free the oil, presses out the liquid, separates oil from water, evaporates the "
        "stickwater to a syrup of 30-40% solids, then dries and grinds the meal.",
    ),
    (
        "oSo061",
        "en",
        "nileperch",
        "Wet-pressing oil from fish viscera at small plants",
        "A modified wet-pressing method for viscera collected from filleting factories and markets: extraction at 80 "
        "°C for 30 minutes gave the best yield, 157.66 g of oil from 171.25 g of tissue, better than at 90-97 °C. Oil "
        "quality is checked by omega-3, vitamins A and E, peroxide, iodine and free fatty acid values.",
    ),
    (
        "oSo062",
        "en",
        "ivanovs_green",
        "Green extraction of oil from fisheries waste",
        "We assess supercritical CO2, ultrasound-assisted, microwave-assisted and enzymatic extraction for recovering "
        "oil from fish processing waste, compared with conventional cooking and pressing; supercritical CO2 is the "
        "most mature of the green options.",
    ),
    (
        "oSo063",
        "vi",
        "tcct_moca",
        "Đánh giá chất lượng mỡ cá tra, cá ba sa làm nguyên liệu biodiesel công nghiệp",
        "Chúng tôi phân biệt đặc điểm sinh học cá ba sa (nuôi bè, lá mỡ lớn) và cá tra (nuôi ao mật độ cao, ăn thức "
        "ăn hỗn hợp) để đánh giá ảnh hưởng của môi trường nuôi đến chất lượng mỡ cá và các vấn đề cần xử lý khi sản "
        "xuất biodiesel quy mô công nghiệp.",
    ),
    (
        "oSo064",
        "en",
        "simtez",
        "Poultry rendering plant: cooker, screw press and decanter",
        "We engineer rendering lines for poultry slaughter by-products: refrigerated transport, shredding and magnetic "
        "removal of metal, steam cooking at 115-145 °C for 40-90 minutes, screw pressing, separation of poultry oil in "
        "a decanter or disc centrifuge, drying the solids to 8-10% moisture and hammer-milling into poultry meal.",
    ),
    (
        "oSo065",
        "en",
        "dhopeshwar",
        "Poultry fat extraction plant for slaughterhouses",
        "Body fat separated at chicken slaughter is about 3.5% of live weight: slaughtering 10,000 birds of 1.6 kg "
        "gives roughly 550 kg of fat, usually sold raw to the informal sector. Our plant turns it into commercial-grade "
        "oil rich in linoleic acid, usable for example as a flavouring in pet food.",
    ),
    (
        "oSo066",
        "vi",
        "consultech",
        "Tối ưu quy trình rendering phụ phẩm gia cầm",
        "Giải pháp cho ba khâu: khử nước máu làm bột máu; tách mỡ gia cầm sau khi nấu phụ phẩm trong nồi rendering, "
        "ép tóp (cracklings) qua máy ép băng tải rồi tách mỡ khỏi dịch bằng máy phân ly, dùng cho biodiesel hoặc "
        "thức ăn chăn nuôi; thủy phân lông vũ. Thiết bị giúp giảm năng lượng và kiểm soát mùi.",
    ),
    (
        "oSo067",
        "en",
        "mavitec",
        "Poultry by-product rendering systems",
        "Our systems take soft meat, feathers, blood, deboning residue and dead-on-arrival birds, heat-treat them to "
        "cut moisture and kill micro-organisms, drain and press the melted oil from the solids, clarify the oil by "
        "decanting or settling, and grind the solids into meat, feather and blood meals.",
    ),
    (
        "oSo068",
        "en",
        "fatrender",
        "Animal fat rendering lines, industrial and food grade",
        "Turnkey primary rendering of animal fat: cattle trimmings and bones, pork backfat and lard-grade trimmings, "
        "poultry parts and fish offal are heated, pressed and separated into tallow, lard, protein meal and biofuel "
        "feedstock, with separate lines for food-grade and industrial-grade fat.",
    ),
    (
        "oSo069",
        "vi",
        "wikisum_render",
        "Kỹ thuật rendering mỡ ăn được ở nhiệt độ thấp và mỡ công nghiệp",
        "Chúng tôi hướng dẫn hai hướng: rendering ăn được chạy liên tục ở nhiệt độ dưới điểm sôi của nước - băm nhỏ "
        "mỡ vụn, gia nhiệt có hoặc không có hơi nước rồi ly tâm hai cấp - để làm mỡ nước thực phẩm; rendering không "
        "ăn được dùng hơi nước, ép lấy hỗn hợp mỡ - nước rồi ly tâm, bay hơi để tách mỡ, nước và cặn.",
    ),
    (
        "oSo070",
        "vi",
        "docz_phuphamgietmo",
        "Tài liệu và đào tạo chế biến phụ phẩm giết mổ",
        "Bộ tài liệu dịch 281 trang về ngành chế biến phụ phẩm giết mổ: vận hành quy trình chế biến, vai trò trong an "
        "toàn thực phẩm, an toàn sinh học cho sức khỏe cộng đồng và vật nuôi, sản phẩm ăn được cho người và dùng "
        "phụ phẩm trong dinh dưỡng gia cầm, lợn, gia súc nhai lại; kèm tập huấn cho cơ sở giết mổ.",
    ),
    (
        "oSo071",
        "en",
        "baker_tallow",
        "Tallow from rendered animal by-products",
        "We render animal by-products into tallow for livestock feed; higher grades go into soap, lubricants and fatty "
        "acids for cosmetics, paints, plastics and detergents, and tallow is also taken as biodiesel and renewable "
        "diesel feedstock in the same way as used cooking oil.",
    ),
    (
        "oSo072",
        "vi",
        "climb_render",
        "Thu gom phụ phẩm lò mổ và xử lý ngay bằng rendering",
        "Nhà máy rendering nhận phụ phẩm giết mổ (xương, máu, nội tạng, mỡ vụn), gia súc chết và mỡ thải, xử lý ngay "
        "khi nhận vì nguyên liệu rất dễ hỏng; nhiệt độ cao diệt mầm bệnh, tách mỡ tinh và phần rắn giàu đạm thành "
        "sản phẩm bền, không gây ô nhiễm.",
    ),
    (
        "oSo073",
        "en",
        "uga_render",
        "Refrigerated on-farm storage of poultry mortalities for rendering",
        "Rendering can recycle nearly all inedible poultry material, but carcasses spoil before they reach distant "
        "plants and hauling can spread disease. We install farm refrigeration units that hold dead birds until a "
        "scheduled rendering pickup, removing them from the farm safely.",
    ),
    (
        "oSo074",
        "vi",
        "ecorole",
        "Dịch vụ rendering chất thải gia cầm thành bột đạm và dầu",
        "Chúng tôi xử lý xác, xương, nội tạng, lông, mỡ và máu gia cầm: xử lý nhiệt giảm ẩm và diệt vi sinh vật, tách "
        "dầu nóng chảy khỏi phần rắn bằng để ráo và ép, rồi nghiền phần rắn thành bột thịt, bột lông, bột máu và "
        "thu dầu gia cầm.",
    ),
    (
        "oSo075",
        "en",
        "ilt_rendering",
        "Planning integrated or independent rendering plants",
        "We help choose between a rendering plant integrated with a slaughterhouse or poultry plant and an independent "
        "plant that collects from butcher shops, supermarkets, restaurants, poultry processors, farms and shelters, and "
        "size it for edible products (lard, food-grade tallow) or inedible fats and meals.",
    ),
    (
        "oSo076",
        "en",
        "tf_render",
        "Recovering lard and tallow from slaughter by-products",
        "Between 45% and 50% of a livestock animal's live weight does not enter the food chain directly; these "
        "by-products hold about 20% extractable fat. Our rendering advice helps plants recover that fat as lard or "
        "tallow so part of it can return to the food chain.",
    ),
    # --- soap, candles and lubricants from waste fats ---
    (
        "oSo077",
        "vi",
        "songdep_soap",
        "Hướng dẫn làm xà phòng từ dầu mỡ thừa và đổi dầu lấy xà phòng",
        "Dự án cộng đồng nhận dầu mỡ thừa của các gia đình và trả lại bằng xà phòng, đồng thời hướng dẫn công thức "
        "làm xà phòng quy mô hộ gia đình từ dầu chiên rán để rửa bát, lau bếp, giặt giũ, tránh đổ dầu xuống cống.",
    ),
    (
        "oSo078",
        "en",
        "strrudel_soap",
        "Kitchen soap from leftover frying oil",
        "Filter the used oil to remove residue, then make soap with distilled water, caustic soda and essential oils "
        "that mask the old-oil smell; a batch takes about two hours. Bars for hands must cure 30-40 days in a cool dry "
        "place so no free caustic remains, though soap for cleaning toilets can be used the next day.",
    ),
    (
        "oSo079",
        "en",
        "naug_soap",
        "Used cooking oil soap recipe and starter kit",
        "Our kit recipe: 500 g strained used cooking oil heated to 45 °C, 70 g lye dissolved in 165 g water and cooled "
        "to 45 °C, stirred to trace, optional 10 g vinegar against odour and essential oils; unmould after two days "
        "and let the bars air-dry five weeks. Stainless tools, gloves, goggles, thermometer and scale are listed.",
    ),
    (
        "oSo080",
        "en",
        "booksci_shahalam",
        "Training module: recycling waste cooking oil into soap at home or shop",
        "A university service-learning module trained 30 community members to turn used cooking oil into soap at home "
        "or at business premises: training locations, modules built with the target group, demonstrations, monitoring "
        "and impact study. Formulations were optimised in the lab for moisture, fragrance and pH.",
    ),
    (
        "oSo081",
        "vi",
        "garuda_poltek",
        "Đào tạo làm xà phòng rắn từ dầu ăn thải của bếp tập thể",
        "Chương trình phối hợp của hai trường cao đẳng kỹ thuật hướng dẫn làm sạch dầu ăn thải, xà phòng hóa và dùng "
        "NaOH an toàn; một buổi thực hành cho ra khoảng 150 bánh xà phòng rắn. Học viên có thể tiếp tục sản xuất vì "
        "chi phí thấp và có tiềm năng thành vi doanh nghiệp.",
    ),
    (
        "oSo082",
        "en",
        "adane_laundry",
        "Laundry soap from used cooking oils that meets regional standards",
        "Laundry soaps made from used cooking oils and sodium hydroxide were compared with market soaps: pH 9.31-10.56, "
        "moisture 6.67-14.47%, free caustic alkali 0.19-0.22%, chloride 0.12-0.21%, comparable to commercial products "
        "and East African Standards, replacing imported palm oil as raw material.",
    ),
    (
        "oSo083",
        "vi",
        "umm_soap",
        "Xà phòng lỏng và rắn từ dầu ăn thải, tẩy màu bằng bã mía và vỏ cam",
        "Dầu ăn thải được tinh lọc cho trong và hết mùi ôi bằng chất hấp phụ bã mía và vỏ cam, sau đó nấu xà phòng "
        "giặt dạng rắn và lỏng theo phương pháp nguội và phương pháp nóng; học viên được đào tạo để trở thành người "
        "hướng dẫn cho cộng đồng.",
    ),
    (
        "oSo084",
        "en",
        "amol_soap",
        "Village training on the dangers of reused oil and solid soap making",
        "Oil heated at 160-250 °C for long periods oxidises, hydrolyses and polymerises into ketones, aldehydes and "
        "polymers harmful to health. Our village programme explains these risks and then trains residents to turn the "
        "oil, whose free fatty acids suit saponification, into solid soap, with monitoring and evaluation afterwards.",
    ),
    (
        "oSo085",
        "vi",
        "wecycle",
        "Thu gom dầu ăn của nhà hàng để làm xà phòng thủ công",
        "Dự án thanh niên ba tháng: gom dầu ăn đã qua sử dụng từ nhà hàng và cộng đồng quanh khu vực, lọc và xà phòng "
        "hóa thành xà phòng thủ công thay chất tẩy rửa hóa học, bán lấy tiền góp cho tổ chức môi trường và mở hội "
        "thảo nâng nhận thức cho trường học.",
    ),
    (
        "oSo086",
        "en",
        "indotaste",
        "Soap, candles and biodiesel from household frying oil",
        "Guidance for turning used oil into three products: soap by mixing filtered oil with caustic soda and stirring "
        "for about 40 minutes; candles by clarifying the oil with activated charcoal, then mixing it with stearin and "
        "alcohol; and biodiesel for collectors with larger volumes.",
    ),
    (
        "oSo087",
        "vi",
        "eco_candle",
        "Làm nến từ dầu ăn đã qua sử dụng của nhà hàng và xưởng thực phẩm",
        "Hướng dẫn trọn quy trình: xin dầu chiên bỏ đi của nhà hàng, xưởng làm đồ chiên và gia đình; trữ trong can "
        "kín, tối màu, không dùng kim loại dễ phản ứng như nhôm, đồng, kẽm, ghi nhãn ngày; lọc qua lưới mịn rồi đổ "
        "nến thay cho sáp parafin gốc dầu mỏ.",
    ),
    (
        "oSo088",
        "en",
        "chef_candle",
        "Simple long-burning candles from used cooking oil",
        "A low-cost method: bend a paper clip or copper wire into a wick stand, melt the used oil over low heat without "
        "boiling, strain it through a sieve and cheesecloth, pour it into a can or jar and soak the wick; corn, canola "
        "or vegetable oil solidify well once cooled.",
    ),
    (
        "oSo089",
        "en",
        "sehling_perhentian",
        "Island workshop: candles from used cooking oil with a coagulant",
        "On a small island with waste-oil problems we ran candle sessions: filter the oil, dissolve a coagulant (five "
        "20 g packets for RM5) in the heated oil, pour into reused jars and scent with pandan leaves; we also surveyed "
        "whether a small biodiesel-and-glycerine machine would pay for itself.",
    ),
    (
        "oSo090",
        "vi",
        "ratemyhome",
        "Nến và xà phòng từ dầu ăn tái chế tại nhà",
        "Dầu đã dùng để nguội, lọc qua vải hoặc tất mỏng rồi trữ. Làm nến: trộn dầu với acid stearic gốc thực vật theo "
        "tỷ lệ bằng nhau, đun khuấy đều, thêm vài giọt tinh dầu và màu lỏng, đổ vào hũ thủy tinh có bấc. Phần dầu còn "
        "lại dùng nấu xà phòng.",
    ),
    (
        "oSo091",
        "en",
        "jeris_grease",
        "Bio-grease from restaurant groundnut frying oil",
        "We formulate lubricating grease from waste groundnut cooking oil collected at eateries and restaurants. "
        "Viscosity, density, free fatty acid and worked and unworked penetration were measured by ASTM methods and "
        "fall in NLGI ranges; the grease is NLGI grade 2 for general purposes and resembles polyurea greases in "
        "temperature and water-washout resistance.",
    ),
    (
        "oSo092",
        "vi",
        "21docs_grease",
        "Mỡ bôi trơn từ dầu ăn thải dùng chất làm đặc xà phòng natri",
        "Xà phòng natri tổng hợp từ acid stearic và NaOH được dùng làm chất làm đặc; dầu ăn thải được xử lý tạp chất "
        "rồi phối trộn thành mỡ. Các mẫu đạt điểm nhỏ giọt, cấp NLGI 00-4, tách dầu dưới 4%, ăn mòn ở mức xỉn nhẹ; công "
        "thức SG60 đáp ứng mọi tiêu chí.",
    ),
    (
        "oSo093",
        "en",
        "lub_romania",
        "Lubricating greases from sunflower and palm frying oils",
        "Twelve 500 g batches of grease were made from used sunflower and palm frying oils with 20 wt% calcium or "
        "lithium stearate soaps formed in situ and 15 wt% cellulose or lignin sulfate filler, then characterised for "
        "rheology, penetration before and after working, and dropping point.",
    ),
    (
        "oSo094",
        "vi",
        "esmeraldas_grease",
        "Mỡ bôi trơn sinh học từ dầu thực vật đã chiên",
        "Đại học kỹ thuật dùng NaOH xà phòng hóa dầu ăn đã qua chiên để tạo xà phòng, đồng thời dùng chính dầu tái "
        "chế làm dầu gốc; thử tám công thức thay đổi lượng NaOH và chất chống bọt để tìm công thức mỡ bôi trơn sinh "
        "học thay mỡ gốc khoáng.",
    ),
    (
        "oSo095",
        "en",
        "studymode_candle",
        "Low-cost candles blending used cooking oil into paraffin",
        "A school study blended different shares of 500 mL used cooking oil into 1 kg of melted paraffin with crayon "
        "colour, poured into moulds with 5-inch cotton wicks and air-dried, aiming at cheaper candles of good quality.",
    ),
    (
        "oSo096",
        "en",
        "zwj_candle",
        "Floating-wick emergency lamp from used cooking oil",
        "For blackouts: fill a heat-resistant jar one third with water and two thirds with used cooking oil, add a few "
        "drops of essential oil, and float a wick made from hemp cord through a slice of wine cork; it gives light and "
        "some heat for a long time.",
    ),
    # --- grease traps and fat in wastewater ---
    (
        "oSo097",
        "vi",
        "haiminh_be",
        "Bể tách mỡ inox ba ngăn cho bếp nhà hàng",
        "Gia công bể tách mỡ ba ngăn có vách ngăn và nắp kín chống mùi, loại âm sàn, đặt dưới chậu rửa hoặc tự động; "
        "so sánh inox 304, composite và bê tông theo chi phí vòng đời; chọn dung tích theo lưu lượng và thực đơn; "
        "hướng dẫn vệ sinh định kỳ 1-3 tháng và hồ sơ theo QCVN 28:2020/BTNMT, TCVN 8928:2011.",
    ),
    (
        "oSo098",
        "vi",
        "daiviet_bay",
        "Thi công lắp đặt bẫy mỡ bếp công nghiệp",
        "Quy trình 6-7 bước theo ISO 9001:2015: khảo sát lưu lượng và chọn dung tích, định vị bẫy mỡ, đấu ống vào/ra "
        "với độ dốc 1-2% (1-2 cm/m), bố trí ống thông hơi, thử kín nước và thử tải, nghiệm thu và hướng dẫn đội bếp vận "
        "hành, vệ sinh; có ba phương án lắp nổi, âm sàn hoặc kết hợp bơm.",
    ),
    (
        "oSo099",
        "vi",
        "cinvico_tachmo",
        "Thiết bị tách mỡ composite, HDPE cho quán ăn và khu chế biến",
        "Thiết bị tách mỡ gồm ngăn lắng giữ cặn và vụn thức ăn, ngăn tách mỡ giữ lớp dầu nổi bằng vách ngăn và ngăn "
        "nước sạch trước khi xả; làm bằng inox 304, composite hoặc nhựa HDPE chống ăn mòn, lắp cho bếp gia đình, nhà "
        "hàng và xưởng chế biến thực phẩm.",
    ),
    (
        "oSo100",
        "vi",
        "raovat_500l",
        "Bể tách mỡ công nghiệp 500 lít",
        "Bể tách mỡ hoạt động theo chênh lệch trọng lượng riêng: nước thải qua giỏ lọc rác, vách hướng dòng giữ mỡ nổi, "
        "nước thoát qua ống ra. Có loại dạng hộp cho quán nhỏ, bể ngầm cho nhà hàng, khách sạn, loại nhiều ngăn và "
        "loại tự động; vật liệu inox 304/316, nhựa HDPE, composite hoặc bê tông.",
    ),
    (
        "oSo101",
        "vi",
        "biogency_5",
        "Chế phẩm vi sinh và tư vấn nâng hiệu quả bể tách mỡ",
        "Chúng tôi tính lại kích thước bể cho đúng tải, hướng dẫn vệ sinh bảo trì định kỳ và bổ sung chế phẩm vi sinh "
        "phân hủy dầu mỡ để tránh mỡ đông thành mảng khi trời lạnh, tắc bể và mùi hôi ảnh hưởng hệ thống xử lý nước "
        "thải phía sau của nhà hàng, khách sạn, resort.",
    ),
    (
        "oSo102",
        "vi",
        "qcs_mothai",
        "Giải pháp trọn gói xử lý mỡ thải nhà hàng",
        "Kết hợp ba lớp: lắp bể tách mỡ đúng công suất rửa để đủ thời gian lưu cho mỡ tách lớp; đổ định kỳ vi sinh ăn "
        "mỡ dạng lỏng hoặc bột vào bồn rửa và bể; hút mỡ định kỳ trước khi tắc nghẽn. Mỡ thu được đưa đi ủ phân vi "
        "sinh hoặc tái chế thành biodiesel.",
    ),
    (
        "oSo103",
        "en",
        "austin_size",
        "Grease trap sizing by fixture units",
        "We size grease traps the way a city pretreatment programme requires: count fixture units for every "
        "grease-bearing fixture (3-compartment sink 3-4, dishwasher 4, wok stove 4, floor drains 2-4), multiply by 3 "
        "gallons per minute for the flow rating and by 12 minutes retention for liquid capacity; kitchens with "
        "dishwashers or woks need two-compartment traps.",
    ),
    (
        "oSo104",
        "en",
        "ilt_fogsize",
        "Drafting a FOG ordinance and minimum interceptor sizes",
        "For municipalities we draft fats, oils and grease management policies: instead of unreliable sizing formulas, "
        "set minimum interceptor sizes by type of food service - fast food 1,000 gallons, full-service restaurants "
        "1,500 gallons, prisons and hospitals 2,000 gallons - plus design, installation and maintenance rules.",
    ),
    (
        "oSo105",
        "en",
        "tinytools",
        "Grease trap size calculator and cleaning schedule",
        "Our calculator sizes by total flow in gallons per minute from all connected fixtures, not sink size; it "
        "distinguishes indoor traps under 100 gallons from outdoor interceptors of 100-2,000+ gallons and schedules "
        "cleaning when FOG reaches 25% of capacity, typically every 30-90 days.",
    ),
    (
        "oSo106",
        "en",
        "envirologik",
        "Continuous FOG monitoring for grease traps",
        "Many grease traps are too small, too large, poorly built or simply overfull because nobody watches them, so "
        "grease flows into sewers while other sites pay to pump far more often than needed. Our monitoring shows when "
        "a trap actually needs service.",
    ),
    (
        "oSo107",
        "en",
        "pastebin_nash",
        "Scheduled grease trap cleaning and pumping",
        "A grease management contractor that cleans and pumps grease traps and interceptors for restaurants on a "
        "schedule that does not disrupt service, with trucks ranging from pick-ups to a 2,000-gallon tanker, keeping "
        "clients compliant with environmental and health rules.",
    ),
    (
        "oSo108",
        "vi",
        "hamilton_faq",
        "Lập sổ vệ sinh bẫy mỡ phục vụ thanh tra",
        "Bẫy mỡ nhỏ dưới 50 gallon đặt dưới bồn rửa có thể do chủ quán tự vệ sinh nhưng mỗi lần phải ghi sổ và xuất "
        "trình khi kiểm tra; bể ngầm lớn hàng nghìn gallon do đơn vị thương mại hút và phải chứng minh đổ thải đúng "
        "nơi. Chúng tôi cung cấp mẫu sổ và hướng dẫn các thực hành tốt.",
    ),
    (
        "oSo109",
        "vi",
        "ace_giemo",
        "Hệ thống xử lý nước thải nhà máy giết mổ gia súc",
        "Sơ bộ bằng song chắn rác giữ lông, xương, thịt vụn và bể tách dầu mỡ, điều hòa pH 6,5-8,5; hóa lý bằng keo tụ "
        "PAC, polymer và tuyển nổi DAF loại chất béo, protein; sinh học kỵ khí UASB cho COD trên 3.000 mg/L thu biogas "
        "rồi hiếu khí. Mỡ thu hồi có thể làm dầu công nghiệp, biodiesel.",
    ),
    (
        "oSo110",
        "en",
        "krofta_daf",
        "Dissolved air flotation for slaughterhouse effluent",
        "Slaughterhouse wastewater carries paunch, faeces, fat, lard, grease, blood and loose meat with very high BOD "
        "and COD. Our DAF units, with chemical coagulation-flocculation pretreatment, remove suspended solids, colloids "
        "and fats before biological treatment or discharge to a municipal plant.",
    ),
    (
        "oSo111",
        "en",
        "ampc_hydro",
        "Hydrocyclones for fat removal from meat processing wastewater",
        "Dissolved air flotation is the standard for near-complete oil and grease removal ahead of biological "
        "treatment; we offer hydrocyclones as an alternative, a technology recently introduced to meat processing "
        "plants with 5-6 units installed within about two years.",
    ),
    (
        "oSo112",
        "en",
        "arsistek_fog",
        "Choosing FOG removal by concentration: trap, DAF or biology",
        "Our rule of thumb for fats, oils and greases in wastewater: a simple grease trap below 50 mg/L, dissolved air "
        "flotation for 50-500 mg/L, and DAF followed by UASB or MBR for slaughterhouse and dairy effluents above 1,000 "
        "mg/L, with design for animal fats that solidify and vegetable oils that emulsify.",
    ),
    (
        "oSo113",
        "vi",
        "moitruong_surimi",
        "Hệ thống xử lý nước thải chế biến thủy sản 300 m³/ngày đêm",
        "Nước thải chế biến surimi có COD tới 36.000 mg/l, BOD5 4.000-15.000 mg/l, dầu mỡ động vật 100-500 mg/l, "
        "dùng 20-25 m³ nước mỗi tấn sản phẩm. Hệ thống 10 công đoạn từ bể gom, lọc rác tinh, tách mỡ đến xử lý sinh "
        "học, đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "oSo114",
        "en",
        "intech_brown",
        "Biogas from brown grease in a high-rate digester",
        "Pilot work on a completely mixed high-rate digester shows brown grease from food waste digests readily, with "
        "an observed degradation constant of 0.10-0.19 per day; we assess digestibility, biogas yield and blending with "
        "other liquid industrial wastes.",
    ),
    (
        "oSo115",
        "en",
        "eaest_gtw",
        "Methane potential and toxicity tests for grease trap waste",
        "In four test phases we characterise grease trap waste, septage and municipal sludge, run bench reactors and "
        "respirometry, and find the largest share of grease trap waste that can be blended without reactor failure; "
        "pure grease trap waste is toxic, but blends digest well at long solids retention times.",
    ),
    (
        "oSo116",
        "vi",
        "mdpi_gtw",
        "Khảo sát quản lý chất thải bể tách mỡ và nâng cấp thành nhiên liệu diesel thay thế",
        "Chất béo, dầu, mỡ là nguyên nhân hàng đầu gây tắc cống; chất thải bể tách mỡ hiện bị thải bỏ tốn kém. Chúng "
        "tôi khảo sát thực tế tại cơ sở, phỏng vấn và bảng hỏi để lập bức tranh quản lý, rồi đánh giá hướng nâng cấp "
        "chất thải bể tách mỡ thành nguyên liệu diesel thay thế.",
    ),
    (
        "oSo117",
        "en",
        "enduramaxx",
        "Tanks and treatment trains for abattoir wastewater",
        "Abattoir effluent contains diluted blood, fats, proteins and pathogens. We supply the train: screens and "
        "sieves, settlement tanks, coagulants such as aluminium sulphate, ferric chloride or poly-aluminium chloride, "
        "dissolved air flotation for fats and greases, and anaerobic or aerobic secondary treatment.",
    ),
    (
        "oSo118",
        "vi",
        "greenstar_giemo",
        "Xử lý nước thải giết mổ gia súc đạt QCVN 40:2025/BTNMT",
        "Nước thải giết mổ giàu BOD, COD từ máu, mỡ, nội tạng, nhiều chất rắn lơ lửng, nitơ, phốt pho và vi sinh gây "
        "bệnh. Chúng tôi thiết kế quy trình xử lý đa bậc đang áp dụng tại Việt Nam cho cơ sở giết mổ tập trung, đáp "
        "ứng QCVN 40:2025/BTNMT.",
    ),
    (
        "oSo119",
        "vi",
        "hongthai_daumo",
        "Giải pháp xử lý dầu mỡ trong nước thải nhà hàng và nhà máy thực phẩm",
        "Chúng tôi xử lý dầu mỡ từ bếp nhà hàng, khách sạn, quán ăn nhanh, nhà máy chế biến cá tra, cá ba sa, thịt và "
        "dầu thực vật bằng các biện pháp cơ học, hóa chất và vi sinh vật, giúp chống tắc đường thoát nước, nâng hiệu "
        "quả trạm xử lý và tiết kiệm chi phí.",
    ),
    # --- food safety rules against reusing frying oil ---
    (
        "oSo120",
        "en",
        "wiley_rapid",
        "Validated rapid tests for the frying-oil discard point",
        "Most rules cap polar compounds in used frying oil at 25% of oil weight, but the reference method needs a lab. "
        "We evaluated rapid tests on 105 used frying oils - chemical kits (Fritest, Oxifritest) and physical ones "
        "(Viscofrit, a food oil sensor); the physical tests gave fewer false results and correlate well with polar "
        "compounds, so outlets can check oil on site.",
    ),
    (
        "oSo121",
        "vi",
        "myco2_tpc",
        "Đo hợp chất phân cực tổng (TPC) trong dầu chiên tại cơ sở",
        "Dầu chiên dùng quá mức bị oxy hóa, polyme hóa, tăng axit béo tự do, chất béo chuyển hóa, PAH và các hợp chất "
        "phân cực. Chúng tôi đo tổng hợp chất phân cực để biết khi nào phải thay dầu, với ngưỡng tối đa 25 g/100 g dầu "
        "(25%).",
    ),
    (
        "oSo122",
        "en",
        "noon_strip",
        "Free fatty acid test strips for fryer oil",
        "Dip strips read free fatty acids in cooking oil: 2% means breakdown has begun, 4% means breaded foods should be "
        "checked, 6% means all fried foods should be checked and the oil discarded if unacceptable, and a bright yellow "
        "colour means well above 6% - discard at once. A lower-range strip covers below 2%.",
    ),
    (
        "oSo123",
        "en",
        "filtercorp",
        "Setting objective discard points for restaurant frying oil",
        "Operators often judge oil by tasting fries, food colour, smoke, smell or how clearly they see the fryer bottom. "
        "We replace these subjective cues with simple tests and a discard indicator adjusted to the oil brand and menu, "
        "so oil is changed before customers notice.",
    ),
    (
        "oSo124",
        "vi",
        "frycheck",
        "Bộ kiểm tra dầu chiên thay cho việc thay dầu theo lịch tuần",
        "Khảo sát tại hội chợ nhà hàng cho thấy nhiều quán nhỏ thay dầu theo lịch giao hàng của nhà cung cấp, thường "
        "mỗi tuần, nên hoặc dùng dầu quá hạn, hoặc đổ bỏ dầu còn tốt. Bộ kiểm tra của chúng tôi cho biết đúng lúc cần "
        "thay, thay vì dựa vào mùi, bọt, khói hay màu dầu vốn không đáng tin.",
    ),
    (
        "oSo125",
        "en",
        "fci_ruco",
        "RUCO compliance package for high-volume fryers",
        "Food businesses frying with more than 50 litres of oil a day must keep a daily usage record and hand used oil "
        "only to authorised agencies, which turn it into biodiesel. We set up the logbook, the standard operating "
        "procedure and checklist needed to earn and display the compliance sticker.",
    ),
    (
        "oSo126",
        "vi",
        "gk_tpc",
        "Chương trình giám sát dầu chiên và thu mua dầu vượt ngưỡng tại hàng quán",
        "Cơ quan an toàn thực phẩm yêu cầu các hàng bán đồ chiên (bánh rán, pakora, samosa...) theo dõi dầu, dầu có "
        "hợp chất phân cực trên 25% phải để riêng; doanh nghiệp biodiesel được ủy quyền đến thu mua trả tiền mặt qua "
        "đại diện địa phương.",
    ),
    (
        "oSo127",
        "vi",
        "bt_cantho",
        "Đánh giá kiến thức, thực hành sử dụng dầu mỡ an toàn của người chế biến",
        "Luận văn y tế công cộng năm 2017 khảo sát người chế biến tại các cơ sở kinh doanh dịch vụ ăn uống ở một quận "
        "của Cần Thơ về kiến thức, thực hành dùng dầu mỡ an toàn; chúng tôi dùng bộ công cụ này để đánh giá và tập "
        "huấn cho hàng quán.",
    ),
    (
        "oSo128",
        "en",
        "mnt_libs",
        "Laser-induced breakdown spectroscopy to spot recycled gutter oil",
        "Illegal traders bleach gutter oil and neutralise its acidity with alkali so it looks like edible oil. A "
        "university team developed laser-induced breakdown spectroscopy to tell such oil from safe cooking oil quickly, "
        "supporting inspectors where lab methods are too slow.",
    ),
    (
        "oSo129",
        "vi",
        "gutter_wiki",
        "Phân tích nhận diện dầu ăn tái chế trái phép",
        "Dầu cống rãnh sau tinh chế trông không khác dầu thật và thường vượt được chỉ tiêu thông thường. Chúng tôi áp "
        "dụng cộng hưởng từ hạt nhân proton (1H NMR), khối phổ MALDI-MS và sắc ký HPLC để nhận diện thành phần dầu tái "
        "chế, hỗ trợ điều tra các vụ buôn bán hàng trăm tấn dầu bẩn.",
    ),
    (
        "oSo130",
        "en",
        "barnard_tpm",
        "Regulatory guidance on when frying oil must be discarded",
        "We brief inspectors and chains on the accepted practice of discarding frying oil before total polar material "
        "reaches 30% of oil weight; at about 25% many inspectors already treat the oil as abused and the fried food as "
        "out of specification.",
    ),
    (
        "oSo131",
        "vi",
        "h24_dauan",
        "Tập huấn nhận biết chảo dầu chiên đi chiên lại",
        "Chuyên gia dinh dưỡng chỉ ra năm dấu hiệu dầu đã dùng nhiều lần: màu đậm và đục, sủi nhiều bọt khi chiên, dầu "
        "dính hơn, nhiều khói, món chiên sẫm màu bất thường. Chúng tôi tập huấn người bán và người mua nhận biết, và "
        "khuyến nghị đổ lượng dầu vừa đủ, bỏ dầu sau khi chiên.",
    ),
    (
        "oSo132",
        "en",
        "goldenplace_tpm",
        "On-site measurement of total polar materials in reused frying oil",
        "Fresh oil is 96-98% triglycerides; everything else counts as total polar materials, which rise as oil degrades "
        "with repeated frying, darkening, losing smoke point and thickening. We measure TPM at the fryer to show when "
        "oil has become unsafe.",
    ),
    (
        "oSo133",
        "vi",
        "foodinfotech_nfp",
        "Thí điểm cho cơ sở sản xuất xà phòng thu gom dầu ăn từ nhà hàng",
        "Cơ quan an toàn thực phẩm mở rộng hệ sinh thái tái sử dụng dầu ăn: ngoài nhà sản xuất biodiesel, cơ sở làm xà "
        "phòng được đăng ký thí điểm để thu gom dầu từ cơ sở ăn uống; cơ sở chiên trên 50 lít/ngày phải ghi chép và "
        "chỉ giao dầu cho đơn vị được ủy quyền.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "oSo134",
        "vi",
        "memart_duadua",
        "Dây chuyền sản xuất dầu dừa từ cơm dừa già",
        "Chuyển giao quy trình sản xuất dầu dừa: chọn dừa già nhiều dầu, tách vỏ lấy cơm trắng, rửa sạch, xay nhuyễn, "
        "ép lạnh hoặc ép nóng lấy dầu rồi lọc và tinh chế, quy mô từ hộ gia đình đến công nghiệp.",
    ),
    (
        "oSo135",
        "vi",
        "ntt_dauduala",
        "Làm dầu dừa nguyên chất thủ công và ép lạnh tại nông trại",
        "Nông trại hướng dẫn hai cách làm dầu dừa: nấu nước cốt dừa cho đến khi cốt đông lại màu nâu và dầu tách ra, "
        "hoặc ép lạnh cơm dừa; kèm các bước tách vỏ, rửa, xay, vắt nước cốt và bảo quản dầu trong chai lọ.",
    ),
    (
        "oSo136",
        "vi",
        "sieuthi_eplac",
        "Máy ép dầu lạc mini cho hộ nông dân",
        "Máy ép dầu lạc, vừng, điều cỡ nhỏ giúp hộ trồng lạc tự ép dầu bán thay vì bán củ giá rẻ; nhiều nông dân ở "
        "Khánh Hòa, Bình Thuận, Tây Ninh, Bình Định đã tự chế máy, thu trên 100 nghìn đồng mỗi lít dầu.",
    ),
    (
        "oSo137",
        "vi",
        "docz_dauthucvat",
        "Công nghệ ép và trích ly sản xuất dầu thực vật",
        "Tài liệu kỹ thuật sản xuất dầu thực vật bằng phương pháp cơ học, trích ly dung môi hoặc kết hợp ép - trích ly: "
        "bóc tách vỏ hạt, nghiền nhân, chưng sấy, ép, trích ly và xử lý dầu thô cho nhà máy dầu ăn.",
    ),
    (
        "oSo138",
        "vi",
        "docz_huongduong",
        "Thiết kế phân xưởng sản xuất dầu hướng dương tinh luyện",
        "Đồ án thiết kế phân xưởng sản xuất dầu ăn tinh luyện từ hạt hướng dương: nguyên liệu, quy trình ép, trích ly, "
        "trung hòa, tẩy màu, khử mùi và bố trí thiết bị cho dòng sản phẩm dầu ăn giàu axit béo không no.",
    ),
    (
        "oSo139",
        "vi",
        "docz_nhot",
        "Công nghệ tái chế dầu bôi trơn từ dầu nhớt động cơ thải",
        "Tiểu luận công nghệ xử lý dầu bôi trơn từ dầu thải khoáng: chức năng giảm ma sát, làm sạch, làm mát, làm kín "
        "của dầu động cơ (chiếm khoảng 70% lượng dầu bôi trơn ở Việt Nam) và các phương pháp tái sinh dầu nhớt đã dùng.",
    ),
    (
        "oSo140",
        "vi",
        "skzic_nhot",
        "Thu gom và xử lý dầu nhớt thải của gara, xưởng cơ khí",
        "Dầu nhớt gốc dầu mỏ đã dùng chứa phụ gia xuống cấp và kim loại nặng nên là chất thải nguy hại. Chúng tôi nhận "
        "dầu nhớt thải trong thùng chứa từ gara, nhà máy, xử lý hoặc tiêu hủy đúng quy định, tránh các lò tái chế đun "
        "sôi hở, phương pháp đất sét sơ sài.",
    ),
    (
        "oSo141",
        "vi",
        "tcct_qcvn_dauthai",
        "Tư vấn đáp ứng quy chuẩn tái chế dầu thải gốc khoáng",
        "Quy chuẩn tái chế dầu thải áp dụng cho dầu khoáng và dầu tổng hợp, không gồm dầu có nguồn gốc thực phẩm: dầu "
        "thải rắn chỉ được chưng cất, dầu chứa PCB, halogen hữu cơ phải xử lý hóa lý; dầu tái chế phải có Cd dưới 0,5 "
        "mg/l, Pb dưới 15 mg/l. Chúng tôi lập hồ sơ môi trường cho cơ sở tái chế.",
    ),
    (
        "oSo142",
        "vi",
        "fesmag_filter",
        "Hệ thống lọc dầu tích hợp cho bếp chiên công nghiệp",
        "Cung cấp bếp chiên có bộ lọc dầu lắp sẵn trong tủ, lọc dầu ít nhất mỗi ngày một lần mất 5-6 phút, chế độ lọc "
        "kỹ khoảng 10 phút cuối ca; giúp giữ vị món chiên, giảm hỏng máy và nguy cơ cháy, ít phải thay dầu hơn.",
    ),
    (
        "oSo143",
        "vi",
        "memart_loc",
        "Mẹo lọc dầu ăn để chiên lại tại nhà",
        "Hướng dẫn nội trợ lọc dầu đã chiên qua giấy lọc, khăn hoặc rây, dùng bột năng, bột bắp hoặc hành tây để gom cặn "
        "và khử mùi, giúp dầu trong trở lại cho lần chiên sau, kèm lưu ý về điểm khói và dấu hiệu dầu hỏng.",
    ),
    (
        "oSo144",
        "vi",
        "vuidap_xuly",
        "Dịch vụ hút hầm cầu, thông cống giá rẻ",
        "Công ty hút hầm cầu nhận hút bể phốt, thông tắc cống cho hộ gia đình và quán ăn; kèm lời khuyên cho dầu mỡ thừa "
        "vào chai nhựa hoặc túi nilon sau khi nguội rồi bỏ vào thùng rác thay vì đổ xuống cống.",
    ),
    (
        "oSo145",
        "vi",
        "docz_mambenh",
        "Xử lý chất thải chăn nuôi bằng hầm khí sinh học và ủ phân",
        "Khảo sát 90 nông hộ chăn nuôi cho thấy chất thải rắn được ủ tươi, ủ có chất độn, đưa vào hầm khí sinh học hoặc "
        "bán phân tươi, còn chất thải lỏng phần lớn thải ra ao cá; chúng tôi tư vấn hầm biogas và ủ phân để giảm lây "
        "truyền mầm bệnh.",
    ),
    (
        "oSo146",
        "vi",
        "docz_botnem",
        "Sản xuất bột nêm từ thịt vụn cá thu",
        "Quy trình công nghệ tận dụng thịt vụn cá thu sau phi lê làm bột nêm: thủy phân, phối trộn gia vị, sấy và đóng "
        "gói, nâng giá trị phần thịt vụn của nhà máy chế biến cá.",
    ),
    (
        "oSo147",
        "vi",
        "docz_botkhoang",
        "Sản xuất bột khoáng canxi từ xương cá ngừ",
        "Quy trình tận dụng xương cá ngừ từ nhà máy đồ hộp: tách thịt, xử lý kiềm, sấy, nghiền thành bột khoáng giàu "
        "canxi bổ sung cho thực phẩm.",
    ),
    (
        "oSo148",
        "vi",
        "tanthuan_wwtp",
        "Trạm xử lý nước thải tập trung khu chế xuất",
        "Nước thải công nghiệp và sinh hoạt của các xí nghiệp trong khu chế xuất, sau khi tự xử lý đạt loại B, được thu "
        "gom về trạm xử lý tập trung để xử lý đạt chuẩn trước khi thải ra môi trường.",
    ),
    (
        "oSo149",
        "vi",
        "congbo_handmade",
        "Xà phòng handmade thiên nhiên từ dầu dừa, dầu ô liu",
        "Xưởng thủ công làm xà phòng tắm, rửa mặt dưỡng da với khoảng 80% thành phần là dầu và bơ thực vật nguyên chất "
        "như dầu dừa, dầu cọ, dầu ô liu, bơ hạt mỡ, bột ca cao, thêm tinh dầu; nhận đặt hàng theo mùi hương.",
    ),
    (
        "oSo150",
        "vi",
        "vnanet_mun",
        "Thương hiệu xà phòng thủ công nghệ thuật",
        "Thương hiệu xà phòng thủ công làm từ năm 2012, bán ra thị trường từ 2015: pha kiềm với bảo hộ đầy đủ, phối các "
        "loại dầu thực vật theo tỷ lệ riêng, tạo màu và mùi theo yêu cầu khách, tạo hình như sản phẩm nghệ thuật.",
    ),
    (
        "oSo151",
        "vi",
        "purenso_wax",
        "Cung cấp sáp parafin, sáp ong và sáp đậu nành làm nến",
        "Nhà cung cấp sáp làm nến: sáp parafin gốc dầu mỏ rẻ, không gây dị ứng; sáp ong tự nhiên; sáp đậu nành từ dầu "
        "đậu nành hydro hóa, phân hủy sinh học, tái tạo. Giao sỉ theo khối cho xưởng nến thơm.",
    ),
    (
        "oSo152",
        "vi",
        "haiminh_bep",
        "Thiết kế bếp công nghiệp một chiều chuẩn HACCP",
        "Quy hoạch bếp nhà hàng, bếp ăn tập thể theo nguyên tắc một chiều: phân khu sơ chế, nấu, ra món, rửa; đồng bộ "
        "điện, nước, gas, thông gió; chọn thiết bị inox 201/304 và tính chi phí vòng đời cho chủ đầu tư.",
    ),
    (
        "oSo153",
        "vi",
        "daiviet_baoduong",
        "Bảo dưỡng bếp công nghiệp định kỳ",
        "Gói bảo dưỡng theo bốn chu kỳ ngày - tuần - tháng - quý: kiểm tra an toàn gas, điện, vệ sinh lưới lọc mỡ, chụp "
        "hút khói, béc gas, quạt, căn chỉnh thiết bị, cam kết phản hồi và báo giá trong 24-48 giờ.",
    ),
    (
        "oSo154",
        "en",
        "fryerking",
        "Commercial fryers with built-in oil filtration",
        "We sell fryer batteries with automatic built-in filtration that cleans the oil in minutes between batches, plus "
        "mobile filter carts and cone filters for countertop units; filtering once or twice a day keeps oil from "
        "darkening and thickening and stretches oil purchases.",
    ),
    (
        "oSo155",
        "en",
        "sefa_oil",
        "Extending frying oil life by daily filtering and topping up",
        "Our kitchen tip: filter the frying fat twice a day or at the end of each shift and add 10% fresh oil to "
        "rejuvenate it - for a 35 lb fryer, 3.5 lb of new oil - so the same oil can be kept in use and fat costs fall.",
    ),
    (
        "oSo156",
        "en",
        "disc_pufa",
        "Omega-3 concentrates from fish viscera oil",
        "We extract oil from fish viscera, the richest by-product, with environmentally friendly solvents and solvent "
        "recovery, then refine and concentrate EPA and DHA to 65-80% polyunsaturated fatty acids for nutritional "
        "supplements.",
    ),
    (
        "oSo157",
        "en",
        "trualt_saf",
        "Supply of sustainable aviation fuel",
        "We supply drop-in sustainable aviation fuel made from solid and liquid wastes for commercial, cargo and "
        "military aircraft, cutting flight carbon footprints without engine or infrastructure changes.",
    ),
    (
        "oSo158",
        "en",
        "rdrr_ftir",
        "FTIR measurement of biodiesel content in diesel blends",
        "A reference dataset and method for attenuated total reflectance FTIR: calibration standards from 0 to 10% "
        "biodiesel and commercial B0.5 and B5 fuels, to check how much biodiesel a retail diesel contains.",
    ),
    (
        "oSo159",
        "en",
        "rdrr_oxstab",
        "Oxidation stability data for antioxidant-treated biodiesel",
        "Conductivity measurements (5,770 readings) from oxidation stability tests of biodiesel treated with "
        "antioxidants at 0.33%, 0% and 0.67%, for modelling how additives delay fuel degradation.",
    ),
    (
        "oSo160",
        "en",
        "tractor_b101",
        "Straight vegetable oil conversion kits for diesel tractors",
        "Two-tank systems start and warm the engine on petroleum diesel, switch to heated vegetable oil once it reaches "
        "160 °F and purge back to diesel before shutdown; single-tank kits need electric heating, modified injectors "
        "and glow plugs, and older engines tolerate them best.",
    ),
    (
        "oSo161",
        "en",
        "hck_filter",
        "Oil filtration equipment for commercial deep fryers",
        "Manual, built-in and portable filtration machines, gravity or pressure type, that remove food particles and "
        "carbon from fryer oil, extend oil life, improve crispness and cut oil costs for busy kitchens.",
    ),
    (
        "oSo162",
        "en",
        "candlepro",
        "Coaching to start a scented candle business",
        "Our course for new candle makers compares soy and paraffin wax for hot throw, wick choice and fragrance load, "
        "lists starter supplies, sets cure times before sale and covers packaging and wholesale, based on a brand with "
        "three shops and over 140 wholesale accounts.",
    ),
    (
        "oSo163",
        "en",
        "ank_equip",
        "Industrial cooking equipment for food plants and restaurants",
        "Convection and combination ovens, conveyor and pizza ovens, open burners, griddles and industrial fryers with "
        "fast oil-temperature recovery for high-volume production lines.",
    ),
    (
        "oSo164",
        "en",
        "slideshare_fishoil",
        "Training of trainers on fish lipids and nutrition",
        "An online master-trainer session on fish lipids: fat content from 0.2 to 65%, lean, semi-fatty and fatty fish, "
        "the inverse relation of fat and water in muscle, and the nutritional role of fish fat as an energy and vitamin "
        "carrier.",
    ),
]
