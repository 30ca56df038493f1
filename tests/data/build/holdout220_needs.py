"""Needs of the holdout220 labelled set (garment and textile workshops), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant. Needs written from pages about other places are set in the province (see make_holdout220.py).
"""

NEEDS = [
    # --- sewing machines
    (
        "qNn01",
        "vi",
        "afran",
        "Thay motor cho 40 máy may một kim đang dùng motor ly hợp",
        "Xưởng may gia công ở Phường 7, TP Trà Vinh có 40 máy một kim chạy motor ly hợp quay suốt ca, tiền điện mỗi tháng "
        "cao, máy ồn và rung làm công nhân mau mệt. Cần đơn vị chuyển sang motor servo hoặc bán máy truyền động trực "
        "tiếp, lắp đặt tại xưởng.",
        {"qNo002": 2, "qNo001": 2, "qNo003": 2, "qNo004": 1},
    ),
    (
        "qNn02",
        "en",
        "tailieuthi",
        "Thread breaks and skipped stitches on second-hand machines",
        "Our sewing cooperative in Cầu Ngang bought 25 used industrial lockstitch machines; threads keep breaking and "
        "stitches are skipped, so the line stops many times a day. We need someone to repair and tune them and to set up "
        "regular maintenance.",
        {"qNo005": 2, "qNo006": 2, "qNo011": 2, "qNo012": 1, "qNo007": 1, "qNo009": 1, "qNo010": 1},
    ),
    (
        "qNn03",
        "vi",
        "hict",
        "Can tho chinh may vat so 4 chi bi bo mui",
        "Co so may gia dinh o Tieu Can co 6 may vat so 4 chi Juki chay ao thun, may hay bo mui, dut chi o mep vai. Can tho "
        "ky thuat den chinh lai kim, moc, rang cua va chi cach giu may chay on dinh.",
        {"qNo008": 2, "qNo005": 1, "qNo006": 1, "qNo012": 1},
    ),
    (
        "qNn04",
        "en",
        "aparch",
        "Machines and operator training for a new polo-shirt line",
        "A new workshop in Long Hồ (Vĩnh Long) will sew knitted polo shirts on one line of about 30 workers. We need a list "
        "of the industrial machines required for each operation, a supplier of new direct-drive machines, and basic "
        "operator training.",
        {"qNo004": 2, "qNo003": 2, "qNo009": 2, "qNo001": 1, "qNo010": 1},
    ),
    (
        "qNn05",
        "vi",
        "tailieuthi",
        "Đào tạo thợ máy nội bộ cho doanh nghiệp may",
        "Doanh nghiệp may ở thị xã Bình Minh (Vĩnh Long) muốn tự đào tạo 5 thợ máy biết vận hành, chỉnh máy một kim, hai "
        "kim, vắt sổ và dùng cữ gá, để không phải chờ thợ từ TP.HCM xuống mỗi lần máy hỏng.",
        {"qNo009": 2, "qNo010": 2, "qNo007": 2, "qNo006": 1, "qNo008": 1, "qNo005": 1},
    ),
    (
        "qNn06",
        "en",
        "rocchi",
        "Uneven stitches and puckering on thin shirting",
        "A small shirt workshop in Tam Bình gets loose, uneven stitches and puckered seams on thin cotton shirting, and "
        "thread bunches under the fabric. We want a technician or a short course so our sewers can set tension and "
        "correct these faults themselves.",
        {"qNo012": 2, "qNo007": 2, "qNo011": 1, "qNo005": 1, "qNo009": 1},
    ),
    # --- cutting
    (
        "qNn07",
        "vi",
        "luanvancat",
        "Cần máy cắt vải tự động cắt nhiều lớp vải jean",
        "Công ty may quần jean trong KCN Long Đức (Trà Vinh) đang cắt tay bằng máy cắt đẩy, mỗi bàn 60 lớp vải dày, chi "
        "tiết lệch nhau, phụ thuộc thợ cắt giỏi. Cần nhà cung cấp máy cắt CNC cắt nhiều lớp và tính thời gian hoàn vốn.",
        {"qNo017": 2, "qNo024": 2, "qNo022": 1, "qNo030": 1, "qNo023": 1},
    ),
    (
        "qNn08",
        "en",
        "cutroom",
        "Training cutters on spreading and marking fabric defects",
        "Our garment workshop in Trà Cú hired new cutters. Lays are uneven, defects are found only after cutting and "
        "checked fabric does not line up. We need practical training on spreading, marking flaws, laying the marker and "
        "cutting.",
        {"qNo019": 2, "qNo020": 2, "qNo029": 2, "qNo021": 1},
    ),
    (
        "qNn09",
        "vi",
        "tonthat",
        "Giảm hao hụt vải ở khâu trải và cắt",
        "Doanh nghiệp may ở Mang Thít (Vĩnh Long) thấy định mức vải thực tế vượt định mức khách duyệt 3–4%, nghi hao ở "
        "đầu bàn, nối cây và sơ đồ chưa tối ưu. Cần đơn vị phân tích tổn thất và giúp lập sơ đồ, kế hoạch cắt tiết kiệm vải.",
        {"qNo021": 2, "qNo037": 2, "qNo045": 2, "qNo025": 1, "qNo034": 1, "qNo020": 1, "qNo036": 1},
    ),
    (
        "qNn10",
        "en",
        "mtm",
        "Should our factory buy an automatic cutter?",
        "A 300-worker garment factory in Duyên Hải cuts by hand with straight knives. Orders are getting smaller and "
        "faster. We need an honest assessment of whether an automatic cutter pays off for us, and a supplier if it does.",
        {"qNo022": 2, "qNo024": 2, "qNo017": 2, "qNo023": 1, "qNo026": 1, "qNo030": 1},
    ),
    (
        "qNn11",
        "en",
        "oshima",
        "Single-ply cutting for made-to-measure uniforms",
        "A tailoring cooperative in Vĩnh Long city makes uniforms and áo dài to each customer's measurements. Hand "
        "cutting from paper patterns is slow and fits vary between cutters. We look for a computer-controlled single-ply "
        "cutting solution.",
        {"qNo026": 2, "qNo018": 1, "qNo039": 1},
    ),
    (
        "qNn12",
        "en",
        "goldenlaser",
        "Laser cutting of polyester felt badges and labels",
        "A badge and uniform-accessory workshop in Càng Long needs clean, non-fraying edges on small polyester felt and "
        "twill pieces for appliqués and labels. We want a laser cutting service or a machine with training.",
        {"qNo027": 2, "qNo028": 2, "qNo018": 2, "qNo032": 1},
    ),
    (
        "qNn13",
        "vi",
        "traivai",
        "Can phan mem quan ly phong cat, theo doi so la vai",
        "Xuong may o Cang Long dang ghi so tay so la vai, so bo hang va vai con thua cua tung ma hang, tim lai ho so cu rat "
        "mat thoi gian. Can phan mem quan ly phong cat de ke hoach cat, theo doi va thong ke hao hut.",
        {"qNo025": 2, "qNo021": 1, "qNo020": 1, "qNo147": 1},
    ),
    (
        "qNn14",
        "vi",
        "oshima",
        "Phát hiện lỗi vải tự động trước khi cắt",
        "Công ty may xuất khẩu ở TP Vĩnh Long thường phát hiện lỗi vải khi đã cắt thành chi tiết, phải cắt bù. Muốn thử "
        "camera và phần mềm quét lỗi trên cây vải, rồi xếp sơ đồ tránh lỗi trước khi cắt.",
        {"qNo023": 2, "qNo071": 1, "qNo083": 1, "qNo022": 1},
    ),
    (
        "qNn75",
        "vi",
        "luanvancat",
        "Chọn cách cắt phù hợp cho xưởng ba chuyền",
        "Xưởng may ba chuyền ở Châu Thành (Trà Vinh) đang cân nhắc giữ cắt tay, mua máy cắt dao đứng hay đầu tư máy cắt "
        "CNC. Cần chuyên gia đánh giá khâu cắt hiện tại, khối lượng đơn hàng và tư vấn nên đầu tư gì.",
        {"qNo022": 2, "qNo019": 1, "qNo017": 1, "qNo024": 1, "qNo029": 1},
    ),
    # --- patterns, CAD, markers
    (
        "qNn15",
        "vi",
        "tktp5",
        "Đầu tư hệ thiết kế rập và giác sơ đồ vi tính",
        "Công ty may ở huyện Châu Thành (Trà Vinh) vẫn dựng rập, nhảy size và giác sơ đồ bằng tay trên giấy, mất nhiều "
        "ngày cho mỗi mã hàng. Cần tư vấn và cung cấp hệ CAD kèm máy vẽ sơ đồ, đào tạo người vận hành.",
        {"qNo034": 2, "qNo035": 2, "qNo036": 2, "qNo045": 1, "qNo037": 1, "qNo043": 1},
    ),
    (
        "qNn16",
        "en",
        "patver6",
        "Affordable pattern software for a small fashion workshop",
        "A young fashion brand in Trà Vinh city with two pattern makers cannot afford a large CAD system. We want low-cost "
        "or free software to draft and grade patterns on ordinary computers, plus a short training.",
        {"qNo038": 2, "qNo039": 2, "qNo043": 2, "qNo040": 1, "qNo034": 1, "qNo035": 1},
    ),
    (
        "qNn17",
        "en",
        "scribdmarker",
        "Grading an export jacket into eight sizes",
        "Our factory in Vĩnh Long received a jacket order in eight sizes with the buyer's spec sheet, but our pattern "
        "room only handles three. We need an outside grading service that returns production patterns quickly.",
        {"qNo041": 2, "qNo036": 2, "qNo034": 1, "qNo045": 1, "qNo035": 1},
    ),
    (
        "qNn18",
        "vi",
        "cadhe",
        "Phần mềm thiết kế rập tiếng Việt cho lớp học nghề",
        "Trung tâm giáo dục nghề nghiệp ở Cầu Kè muốn dạy học viên dựng rập trên máy tính nhưng phần mềm nước ngoài đắt và "
        "toàn tiếng Anh. Cần phần mềm thiết kế rập giao diện tiếng Việt và người hướng dẫn.",
        {"qNo040": 2, "qNo038": 1, "qNo039": 1, "qNo035": 1},
    ),
    (
        "qNn19",
        "vi",
        "nhaymau",
        "Lập tài liệu kỹ thuật và rập sản xuất khi nhận mẫu của khách",
        "Doanh nghiệp may ở Vũng Liêm nhận mẫu áo khoác và bảng thông số từ khách nhưng thiếu người dựng rập sản xuất và "
        "viết quy cách, hướng dẫn chuyền. Cần hỗ trợ triển khai đơn hàng từ mẫu đến tài liệu kỹ thuật.",
        {"qNo042": 2, "qNo044": 2, "qNo036": 2, "qNo041": 1},
    ),
    (
        "qNn20",
        "en",
        "freesewgh",
        "Made-to-measure patterns for online orders",
        "A tailor shop in Vĩnh Long city sells shirts online and receives each customer's measurements. We want software "
        "that generates a pattern from those measurements automatically, with seam allowances, ready to print or cut.",
        {"qNo039": 2, "qNo038": 2, "qNo026": 1},
    ),
    (
        "qNn21",
        "vi",
        "tonthat",
        "Thuê giác sơ đồ để tiết kiệm vải",
        "Tổ may gia công ở Châu Thành tự giác sơ đồ bằng rập giấy, hiệu suất sử dụng vải thấp. Cần đơn vị giác sơ đồ "
        "trên máy tính theo từng đơn hàng, báo hiệu suất sơ đồ và in sơ đồ để trải cắt.",
        {"qNo037": 2, "qNo036": 2, "qNo045": 2, "qNo034": 1, "qNo021": 1},
    ),
    # --- embroidery
    (
        "qNn22",
        "vi",
        "aplus",
        "Thêu logo cho 5.000 áo đồng phục",
        "Công ty ở TP Trà Vinh vừa nhận đơn 5.000 áo thun đồng phục có logo thêu ngực trái, giao trong một tháng. Cần "
        "xưởng thêu vi tính nhận gia công số lượng lớn, đúng màu chỉ.",
        {"qNo046": 2, "qNo047": 1, "qNo048": 1, "qNo049": 1, "qNo050": 1},
    ),
    (
        "qNn23",
        "en",
        "homeemb",
        "Multi-head embroidery machine for a uniform company",
        "A uniform maker in Vĩnh Long now outsources all embroidery and wants its own industrial multi-head machine with "
        "automatic colour change and thread trimming, installed with operator training.",
        {"qNo049": 2, "qNo047": 2, "qNo053": 1, "qNo051": 1},
    ),
    (
        "qNn24",
        "en",
        "xuongtheu",
        "Turning customer logos into embroidery files",
        "Our embroidery shop in Trà Ôn has machines but nobody who can digitize. Customers send JPG logos and we need them "
        "converted into stitch files our machines read, with sensible stitch types and density.",
        {"qNo048": 2, "qNo051": 2, "qNo052": 2, "qNo047": 1},
    ),
    (
        "qNn25",
        "vi",
        "theuvt",
        "Can may theu vi tinh cho co so nho",
        "Co so may o Cau Ke dang theu tay hoa van tren khan, ao cho khach, lam cham va khong deu. Muon mua may theu vi "
        "tinh loai nho kem phan mem va duoc huong dan su dung.",
        {"qNo053": 2, "qNo047": 2, "qNo049": 1, "qNo046": 1},
    ),
    (
        "qNn26",
        "en",
        "handemb",
        "Embroidered patches and appliqué for school uniforms",
        "A school-uniform supplier in Tiểu Cần needs school emblems as sew-on embroidered patches with appliqué, several "
        "thousand a year. We look for a producer of patches.",
        {"qNo050": 2, "qNo027": 1, "qNo046": 1},
    ),
    (
        "qNn27",
        "vi",
        "eagle",
        "Vải thun mỏng bị nhăn, co rút khi thêu",
        "Xưởng thêu ở Long Hồ thêu logo lên áo thun mỏng thì vải bị nhăn, hình thêu lệch màu, đứt chỉ nhiều lần. Cần người "
        "chỉnh lại file thêu cho hợp loại vải và máy.",
        {"qNo051": 2, "qNo048": 2, "qNo052": 1},
    ),
    # --- printing
    (
        "qNn28",
        "vi",
        "visualfoodie",
        "Chọn công nghệ in cho áo thun số lượng nhỏ, nhiều mẫu",
        "Cửa hàng áo thun ở TP Vĩnh Long nhận đơn 5–30 chiếc, mỗi đơn một hình nhiều màu, có ảnh chụp. In lụa không lời vì "
        "tốn khuôn. Cần tư vấn và thiết bị in phù hợp đơn nhỏ.",
        {"qNo056": 2, "qNo065": 2, "qNo066": 2, "qNo058": 2, "qNo057": 1, "qNo059": 1, "qNo067": 1},
    ),
    (
        "qNn29",
        "en",
        "eatsip",
        "Screen printing 2,000 club T-shirts",
        "A sports club in Trà Ôn ordered 2,000 cotton T-shirts with a two-colour logo. Our small workshop has never done "
        "screen printing; we need a partner to print or someone to set up screens and train us.",
        {"qNo057": 2, "qNo059": 2, "qNo066": 1, "qNo056": 1, "qNo065": 1},
    ),
    (
        "qNn30",
        "vi",
        "mosaic",
        "In thăng hoa áo bóng đá polyester",
        "Cơ sở may đồ thể thao ở Tam Bình nhận may áo bóng đá cho các đội phong trào, khách muốn in kín thân áo, bền màu, "
        "không bong. Cần chuyển giao hoặc gia công in thăng hoa trên vải polyester.",
        {"qNo061": 2, "qNo067": 2, "qNo070": 2, "qNo060": 2, "qNo064": 2, "qNo063": 1},
    ),
    (
        "qNn31",
        "en",
        "familyfit",
        "Colours bleeding into names on sublimated jerseys",
        "When we heat-press names and numbers on sublimated polyester jerseys at our Vĩnh Long workshop, the red and blue "
        "dyes bleed into the white numbers and some shirts get shiny scorch marks. We need materials and settings that avoid this.",
        {"qNo063": 2, "qNo062": 1, "qNo061": 1},
    ),
    (
        "qNn32",
        "vi",
        "novi",
        "In tên, số lên áo thể thao",
        "Tiệm may ở Càng Long nhận áo đội bóng của các xã, cần in tên cầu thủ và số áo từng chiếc, có màu phản quang. Cần "
        "thiết bị và hướng dẫn in tên số.",
        {"qNo062": 2, "qNo063": 1},
    ),
    (
        "qNn33",
        "en",
        "dtgword",
        "Direct-to-garment printer for dark cotton T-shirts",
        "A print shop in Trà Vinh city wants to print photos on black and navy cotton T-shirts one at a time. We need a DTG "
        "printer with pretreatment and curing, and training.",
        {"qNo058": 2, "qNo056": 1, "qNo065": 1, "qNo066": 1},
    ),
    (
        "qNn34",
        "en",
        "bigfinish",
        "Sublimating fabric rolls before cutting cycling jerseys",
        "A sportswear maker in Bình Minh wants to print whole polyester rolls before cutting cycling jerseys, so prints run "
        "across seams. We need a calender-based sublimation process or a subcontractor.",
        {"qNo060": 2, "qNo061": 2, "qNo064": 1, "qNo067": 1},
    ),
    # --- quality control
    (
        "qNn35",
        "vi",
        "fourpt2",
        "Kiểm tra vải đầu vào trước khi cắt",
        "Doanh nghiệp may ở Long Hồ bị khách trả hàng vì lỗi sợi, loang màu trên thân áo. Cần xây quy trình kiểm vải đầu "
        "vào theo hệ 4 điểm, mức chấp nhận và người hướng dẫn nhân viên kho.",
        {"qNo071": 2, "qNo084": 2, "qNo083": 2, "qNo072": 2, "qNo073": 1, "qNo077": 1},
    ),
    (
        "qNn36",
        "en",
        "viqualita",
        "Final inspection before shipping to an EU buyer",
        "A garment company in Bình Minh will ship its first order to a European buyer. We need a final inspection of "
        "finished garments (measurements, seams, labels, appearance) before shipment, in-house or by a third party.",
        {"qNo074": 2, "qNo075": 2, "qNo131": 2, "qNo134": 1, "qNo078": 1},
    ),
    (
        "qNn37",
        "vi",
        "costco",
        "Máy dò kim gãy cho hàng trẻ em xuất Nhật",
        "Công ty may ở Vĩnh Long nhận đơn quần áo trẻ em đi Nhật, khách bắt buộc 100% sản phẩm qua máy dò kim. Cần mua "
        "máy dò kim băng tải và hướng dẫn hiệu chuẩn.",
        {"qNo080": 2, "qNo085": 2, "qNo079": 1, "qNo078": 1, "qNo082": 1, "qNo081": 1},
    ),
    (
        "qNn38",
        "en",
        "chinadet",
        "Broken-needle control policy for a new export line",
        "A new export line in Trà Vinh must show the buyer a written needle policy: issuing and returning needles, "
        "recording broken needle fragments, needle guards. We need help writing and auditing it.",
        {"qNo081": 2, "qNo082": 2, "qNo078": 1, "qNo080": 1},
    ),
    (
        "qNn39",
        "vi",
        "qcvn",
        "Kiem hang thanh pham, do thong so truoc khi giao",
        "To may gia cong o Duyen Hai hay bi cong ty me tra hang vi sai thong so, ho duong may, sai nhan. Can quy trinh va "
        "nguoi kiem hang thanh pham truoc khi giao.",
        {"qNo074": 2, "qNo075": 2, "qNo076": 1},
    ),
    (
        "qNn40",
        "en",
        "fourpt2",
        "Checking zippers, buttons and other trims on arrival",
        "Buttons falling off and stiff zippers caused complaints for our Càng Long factory. We want an incoming inspection "
        "plan for trims with sampling rates, pull tests and reject rules.",
        {"qNo073": 2, "qNo075": 1},
    ),
    (
        "qNn41",
        "en",
        "lihai",
        "Training QC staff to classify fabric defects",
        "Our quality team in Vĩnh Long rates the same fabric flaw differently from person to person. We want training with "
        "real examples on major and minor defects and on scoring them.",
        {"qNo077": 2, "qNo084": 2, "qNo072": 1, "qNo071": 1},
    ),
    (
        "qNn42",
        "vi",
        "dbcl",
        "Thành lập bộ phận QC cho xưởng may mới",
        "Xưởng may mới mở ở Trà Cú chưa có bộ phận kiểm tra chất lượng. Cần tư vấn tổ chức QC, quy trình, biểu mẫu và đào "
        "tạo nhân viên.",
        {"qNo076": 2, "qNo074": 1, "qNo075": 1, "qNo073": 1},
    ),
    # --- workers' safety, heat, ventilation
    (
        "qNn43",
        "vi",
        "hungnghiep",
        "Làm mát xưởng may 600 m² mái tôn",
        "Xưởng may của công ty ở Càng Long rộng 600 m², mái tôn, buổi trưa trong xưởng 36–38 °C, công nhân mệt, năng suất "
        "giảm; năm sau sẽ xây thêm một xưởng. Cần giải pháp làm mát chi phí vừa phải, không dùng điều hòa toàn xưởng.",
        {
            "qNo091": 2,
            "qNo092": 2,
            "qNo105": 2,
            "qNo101": 2,
            "qNo104": 2,
            "qNo093": 1,
            "qNo094": 1,
            "qNo112": 1,
            "qNo107": 1,
            "qNo103": 1,
        },
    ),
    (
        "qNn44",
        "vi",
        "hungnghiep",
        "Xuong may nong qua, can lap quat hut va tam lam mat",
        "Xuong may o Tra Cu co 80 cong nhan, mua nang trong xuong rat nong va ngot. Can don vi khao sat, lap quat hut "
        "va tam lam mat bang nuoc cho xuong.",
        {"qNo092": 2, "qNo091": 2, "qNo105": 2, "qNo093": 2, "qNo104": 2, "qNo101": 2},
    ),
    (
        "qNn45",
        "en",
        "americanfocus",
        "Cheap ways to reduce heat stress without air-conditioning",
        "Indoor temperatures in our Vũng Liêm sewing hall pass 35 °C in April and May, with irons adding heat. Air-"
        "conditioning is too costly. We want proven low-cost measures (fans, water, roof) and help applying them.",
        {
            "qNo094": 2,
            "qNo091": 2,
            "qNo103": 2,
            "qNo095": 1,
            "qNo104": 1,
            "qNo089": 1,
            "qNo101": 1,
            "qNo092": 2,
            "qNo105": 2,
        },
    ),
    (
        "qNn46",
        "en",
        "textilestudent",
        "Reducing lint and fabric dust in the sewing hall",
        "Lint from overlock machines and the cutting tables settles everywhere in our Long Hồ factory and workers "
        "complain of coughing. We need dust extraction at the machines and better fresh-air ventilation.",
        {"qNo107": 2, "qNo101": 1, "qNo093": 1, "qNo102": 1, "qNo089": 1},
    ),
    (
        "qNn47",
        "vi",
        "safetyscribd",
        "Tập huấn an toàn điện và phòng cháy cho công nhân may",
        "Doanh nghiệp may ở TP Trà Vinh có nhiều vải vụn, thùng giấy trong xưởng và dây điện kéo tạm. Cần tổ chức tập "
        "huấn an toàn điện, phòng cháy chữa cháy, sơ cứu và rà soát nguy cơ trong xưởng.",
        {"qNo090": 2, "qNo096": 2, "qNo099": 1, "qNo100": 1, "qNo106": 1},
    ),
    (
        "qNn48",
        "en",
        "nimi",
        "Neck and shoulder pain among sewing operators",
        "Many operators in our Mang Thít factory report neck, shoulder and back pain after a few years. We want the "
        "sewing workstations (tables, chairs, tool placement) redesigned.",
        {"qNo097": 2, "qNo098": 1, "qNo090": 1},
    ),
    (
        "qNn49",
        "en",
        "iloproc",
        "Safe handling of heavy fabric rolls in the cutting room",
        "Cutters at our Trà Cú workshop lift heavy fabric rolls onto spreading tables by hand; two have hurt their backs. "
        "We need advice on safe loading and workstation height for spreading and cutting.",
        {"qNo098": 2},
    ),
    (
        "qNn50",
        "vi",
        "textilestudent",
        "Che chắn kim máy may và dao cắt để giảm tai nạn",
        "Xưởng may ở Tiểu Cần năm qua có mấy ca kim đâm tay và đứt tay ở máy cắt đẩy. Cần rà soát và lắp thiết bị che chắn "
        "kim, dao cắt, trục truyền động.",
        {"qNo096": 2, "qNo081": 1, "qNo090": 1, "qNo098": 1},
    ),
    (
        "qNn51",
        "en",
        "egyptdust",
        "Measuring cotton dust exposure and lung function of workers",
        "Workers in the cutting and overlock sections of our Vĩnh Long factory have chronic cough. We want the dust levels "
        "measured and workers' lung function tested to see whether exposure must be reduced.",
        {"qNo102": 2, "qNo107": 1},
    ),
    (
        "qNn52",
        "vi",
        "spinheat",
        "Đo và đánh giá vi khí hậu trong xưởng may",
        "Công ty may ở Vĩnh Long cần đo nhiệt độ, độ ẩm, tốc độ gió trong xưởng và đánh giá cảm giác nóng của công nhân để "
        "có căn cứ cải thiện điều kiện làm việc.",
        {"qNo103": 2, "qNo090": 1, "qNo089": 1},
    ),
    (
        "qNn74",
        "vi",
        "hesperian",
        "Giáo trình an toàn vệ sinh lao động cho lớp may",
        "Trung tâm dạy nghề ở Trà Cú mở lớp may công nghiệp, cần giáo trình an toàn, vệ sinh lao động riêng cho nghề may "
        "và giáo viên dạy.",
        {"qNo090": 2, "qNo100": 1, "qNo089": 1},
    ),
    # --- fabric waste
    (
        "qNn53",
        "vi",
        "haiphongen",
        "Xử lý 2 tấn vải vụn mỗi tháng",
        "Công ty may trong KCN Cổ Chiên (Trà Vinh) thải khoảng 2 tấn vải vụn cotton và polyester mỗi tháng, hiện thuê chở "
        "đi chôn lấp. Cần đơn vị thu gom, phân loại và tái chế.",
        {"qNo117": 2, "qNo121": 2, "qNo115": 2, "qNo116": 2, "qNo120": 2, "qNo114": 1, "qNo119": 1},
    ),
    (
        "qNn54",
        "en",
        "wordstanza",
        "Turning cotton cutting scraps back into yarn",
        "A knitwear factory in Vĩnh Long has clean 100% cotton cutting scraps sorted by colour and wants them made into "
        "recycled yarn, ideally used again in our own fabric.",
        {"qNo116": 2, "qNo120": 2, "qNo115": 2, "qNo121": 1, "qNo118": 1},
    ),
    (
        "qNn55",
        "vi",
        "reshare",
        "Tận dụng vải vụn may túi, phụ kiện bán cho khách du lịch",
        "Hợp tác xã phụ nữ ở Cầu Kè xin được vải vụn từ công ty may, muốn may túi, ví, khăn chắp mảnh bán ở điểm du lịch. "
        "Cần người thiết kế và hướng dẫn quy trình.",
        {"qNo114": 2, "qNo119": 2, "qNo120": 1},
    ),
    (
        "qNn56",
        "en",
        "achau",
        "Polyester-cotton offcuts that recyclers refuse",
        "Most of our offcuts in Trà Vinh are 65/35 polyester-cotton, which local recyclers will not take. We look for a "
        "technology or partner that can separate or reuse blended scraps.",
        {"qNo122": 2, "qNo117": 1, "qNo121": 1},
    ),
    (
        "qNn57",
        "vi",
        "vaivun",
        "Tìm nơi thu mua vải vụn cotton",
        "Xưởng may áo thun ở Vũng Liêm có vải vụn cotton sạch, muốn bán cho đơn vị tái chế thay vì đốt. Cần đầu mối thu mua "
        "thường xuyên.",
        {"qNo117": 2, "qNo121": 2, "qNo120": 2, "qNo115": 1, "qNo116": 1},
    ),
    (
        "qNn58",
        "en",
        "ltp",
        "Buyer asks for recycled content in our fabric",
        "A European buyer wants 20% recycled content in the fabric of next season's order from our Vĩnh Long factory. We "
        "need suppliers of fabric with certified post-industrial recycled fibre.",
        {"qNo123": 2, "qNo115": 1, "qNo116": 1},
    ),
    (
        "qNn59",
        "vi",
        "recyclechal",
        "Đánh giá kỹ thuật thu gom, tái chế vải sợi trước khi đầu tư",
        "Doanh nghiệp ở Châu Thành (Trà Vinh) định đầu tư xưởng tái chế vải sợi, cần một báo cáo tổng quan về lượng thải "
        "và các kỹ thuật thu gom, tái chế đang dùng.",
        {"qNo118": 2, "qNo117": 1, "qNo116": 1},
    ),
    # --- export orders and compliance
    (
        "qNn60",
        "vi",
        "gpm",
        "Chuẩn bị chứng nhận WRAP để nhận đơn hàng Mỹ",
        "Công ty may ở Vĩnh Long được nhà nhập khẩu Mỹ yêu cầu có chứng nhận WRAP trước khi đặt đơn. Cần tư vấn rà soát "
        "điều kiện lao động, an toàn và chuẩn bị hồ sơ đánh giá.",
        {"qNo128": 2, "qNo132": 2, "qNo133": 2},
    ),
    (
        "qNn61",
        "vi",
        "ru24",
        "Quy tắc xuất xứ EVFTA cho đơn áo sơ mi đi EU",
        "Doanh nghiệp may ở Trà Vinh có đơn áo sơ mi đi EU nhưng vải nhập từ Trung Quốc. Cần hiểu quy tắc xuất xứ để được "
        "hưởng thuế ưu đãi EVFTA và cách lập hồ sơ.",
        {"qNo129": 2, "qNo137": 2, "qNo130": 1},
    ),
    (
        "qNn62",
        "en",
        "csrwb",
        "Passing a factory audit before a first large order",
        "An importer will place a first order of about 60,000 USD with our Trà Vinh factory only after a quality and "
        "social audit. We want a pre-audit and help with documents and fixes.",
        {"qNo131": 2, "qNo133": 2, "qNo132": 2, "qNo134": 1},
    ),
    (
        "qNn63",
        "en",
        "vinatex",
        "Meeting buyers' green criteria for textile orders",
        "Buyers now send our Vĩnh Long garment company long lists of environmental and social criteria with each order. "
        "We need someone to review where we stand and plan how to meet them.",
        {"qNo135": 2, "qNo136": 1, "qNo133": 1},
    ),
    (
        "qNn64",
        "vi",
        "canthotv",
        "Nhan don CMT xuat khau, can tu van to chuc",
        "Cong ty may moi o Binh Tan (Vinh Long) co 10 chuyen, muon nhan don gia cong CMT cho khach xuat khau My, EU. Can "
        "tu van cach lam CMT hay tron goi, chung nhan can co va cach tiep can khach.",
        {"qNo136": 2, "qNo042": 1, "qNo131": 1},
    ),
    (
        "qNn65",
        "en",
        "detnhuom",
        "Domestic fabric sources to meet rules of origin",
        "To get tariff preferences our Trà Vinh shirt factory must switch from imported Chinese fabric to fabric woven in "
        "Vietnam or partner countries. We need introductions to such fabric and yarn suppliers.",
        {"qNo130": 2, "qNo129": 1, "qNo137": 1},
    ),
    (
        "qNn66",
        "vi",
        "wrap",
        "Chuẩn bị hồ sơ đánh giá xã hội BSCI, SEDEX",
        "Khách châu Âu yêu cầu công ty may ở Trà Ôn có báo cáo BSCI hoặc SEDEX. Cần hỗ trợ sắp xếp giấy phép, hồ sơ lao "
        "động, trách nhiệm xã hội để qua đánh giá.",
        {"qNo132": 2, "qNo133": 2, "qNo128": 1},
    ),
    (
        "qNn67",
        "en",
        "fash455",
        "Brand requires surprise inspections and ISO 14001",
        "A new brand customer wants the right to surprise inspections at our Vĩnh Long plant and asks about SA8000 and ISO "
        "14001. We want guidance on how such inspection programmes work and how to prepare.",
        {"qNo134": 2, "qNo131": 1, "qNo133": 1},
    ),
    # --- productivity, workforce
    (
        "qNn68",
        "en",
        "rasteredge",
        "Line balancing for a T-shirt sewing line",
        "Our T-shirt line in Trà Vinh has piles of work in progress at some operations while others wait. We need "
        "time study, line balancing and lean tools to raise output per worker.",
        {"qNo143": 2, "qNo144": 2, "qNo145": 2, "qNo149": 2, "qNo146": 1, "qNo148": 1},
    ),
    (
        "qNn69",
        "vi",
        "migor",
        "Theo dõi năng suất chuyền may theo giờ",
        "Công ty may ở Long Hồ muốn biết sản lượng từng chuyền theo giờ, hàng lỗi, tiến độ đơn hàng trên màn hình thay vì "
        "tổ trưởng báo cuối ngày. Cần phần mềm và bộ chỉ số theo dõi.",
        {"qNo147": 2, "qNo146": 2, "qNo143": 1},
    ),
    (
        "qNn70",
        "vi",
        "sam",
        "Giảm số công đoạn may áo sơ mi",
        "Xưởng may sơ mi ở Tam Bình có quy trình hơn 40 công đoạn, nhiều bước ủi, ráp thừa. Cần chuyên gia rà soát quy "
        "trình, gộp và bỏ công đoạn không tạo giá trị.",
        {"qNo148": 2, "qNo143": 1, "qNo149": 1, "qNo145": 1},
    ),
    (
        "qNn71",
        "en",
        "canthotv",
        "Workers leave after Tết; we need to keep them",
        "Each year after Tết about a fifth of the sewers at our Trà Vinh factory do not come back. We want an analysis of "
        "why workers leave and policies to keep them.",
        {"qNo151": 2, "qNo152": 1, "qNo153": 1},
    ),
    (
        "qNn72",
        "vi",
        "daotaotv",
        "Đào tạo 60 lao động nữ nông thôn vào chuyền may",
        "Doanh nghiệp may ở Trà Cú cần 60 công nhân mới, phần lớn là phụ nữ nông thôn chưa biết may. Cần đơn vị mở lớp may "
        "công nghiệp ngắn hạn tại địa phương rồi đưa vào chuyền.",
        {"qNo152": 2, "qNo153": 2, "qNo154": 2, "qNo155": 2},
    ),
    (
        "qNn73",
        "en",
        "thainguyentv",
        "Short sewing course for Khmer women in Cầu Ngang",
        "A commune in Cầu Ngang wants a three-month industrial sewing course for about 30 Khmer women so they can work in "
        "garment factories nearby. We need a training provider with machines.",
        {"qNo154": 2, "qNo155": 2, "qNo152": 2, "qNo153": 2},
    ),
]
