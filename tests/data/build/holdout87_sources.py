"""Source pages for the holdout87 labelled set (fire safety and fire fighting): key -> URL."""

S = {
    # fire alarm and detection
    "hgsi": (
        "https://hgsi.vn/lap-dat-he-thong-bao-chay-cho-cong-ty-dap-ung-chuan-phap-ly-bao-ve-an-toan-tai-san-d"
        "oanh-nghiep/"
    ),
    "vietxanh": (
        "https://codienlanhvietxanh.com/tin-tuc/lap-dat-he-thong-bao-chay-tu-dong-co-thuc-su-can-thiet-trong-"
        "boi-canh-hien-nay-.html"
    ),
    "nexthome": "https://next-home.vn/he-thong-bao-chay/",
    "uniquep": "http://uniquepioneer.com/alarm",
    "eyelogy": "https://eyelogyinc.com/addressable-fire-alarm-systems-a-modern-take-on-fire-safety/",
    "hegel": "https://www.hegelengineering.com/single-post/addressable-smoke-detector-addressing-and-programming",
    "innxeon": "https://innxeon.com/?p=4986",
    "wisegeek": "https://wisegeek.net/what-is-an-addressable-fire-alarm.htm",
    "lctech": "https://lctech.vn/thiet-ke-va-lap-trinh-thiet-bi-canh-bao-chay-trong-toa-chung-cu-bang-iot",
    "hcmute_iot": "https://vn-document.net/document/thiet-ke-he-thong-bao-chay-iot-tai-hcmute/8934677659",
    "iotlabs": (
        "https://iotlabs.vn/series-mqtt-iot-bai-9-use-case-thuc-te-canh-bao-khoi-gas-su-kien-khan-cap-log-thong-bao"
    ),
    "smarthome_da": (
        "https://123docz.com/document/9552789-do-an-thiet-ke-mo-hinh-nha-thong-minh-ung-dung-vi-dieu-khien.htm"
    ),
    "hochiki": "https://hochiki-fire.com.vn/giai-dap-thac-mac-ve-lap-thiet-bi-bao-chay-cho-nha-o-gia-dinh/",
    "vconnex": "https://vconnexhanoi.vn/cam-bien-khoi",
    "akia": "https://akia.vn/tu-van/cam-bien-khoi-co-day.html",
    "thorold": (
        "https://www.thorold.ca/home-property-utilities/fire-and-emergency-services/fire-safety-education/alarms/"
    ),
    "siddh": "http://www.siddhealthzon.com/2021/12/23/standalone-smoke-detector/",
    "cedarfalls": "http://cedarfalls.com/668/Testing-Smoke-Detectors",
    "cctv_hanwha": "https://camerahanwha.vn/tu-van-thiet-ke-he-thong-camera-giam-sat-dat-chuan",
    "security_ha": "https://hoanganhsecurity.com/thiet-ke-thi-cong-he-thong-giam-sat-an-ninh-thiet-bi-van-phong",
    # sprinklers, pumps, hydrants
    "pmeng": "https://www.pmengineer.com/articles/91278-tips-on-how-to-navigate-the-storage-requirements-in-nfpa-13",
    "qrfs": "https://blog.qrfs.com/393-the-basics-of-cmda-cmsa-and-esfr-storage-sprinklers",
    "tracel": "http://www.tracel.net/index-368.html",
    "chfire": "http://chfire.net/news/what-is-fire-sprinkler-system.html",
    "risklogic": (
        "https://risklogic.com/changes-to-the-2010-edition-of-nfpa-13-standard-of-the-installation-of-sprinkl"
        "er-systems/"
    ),
    "xaycc": "https://xaychungcumini.com/bo-tri-he-thong-chua-chay-cho-toa-nha-cua-ban/",
    "spkt_report": (
        "https://123docz.net/document/4147602-bai-bao-cao-ve-cac-thiet-bi-do-luong-trong-he-thong-chua-chay.htm"
    ),
    "tuoi_bactham": "https://bactham.net/thiet-ke-he-thong-tuoi-phun-mua-hieu-qua.html",
    "tuoi_suong": "https://www.thietbituoitudong.com/2016/05/bec-phun-suong.html",
    "batgroup": "https://batgroup.vn/he-thong-bom-chua-chay-1305.html",
    "vietphat": (
        "https://vietphat.net/post/can-trang-bi-nhung-phuong-tien-nao-kem-theo-may-bom-cuu-hoa-de-chua-chay-t"
        "ai-cho.html"
    ),
    "minhmotor": "https://minhmotor.com/may-bom-chua-chay.html",
    "gptech": "https://gptech.vn/may-bom-cuu-hoa/",
    # extinguishers, blankets
    "hapigo": "https://hapigo.vn/?p=101885",
    "dakhien": "https://dakhien.com.vn/cach-su-dung-binh-khi-co2-chua-chay",
    "pcccdatbien": "https://pcccdatbien.com/product/binh-chua-chay-xach-tay-co2/",
    "onggio": "https://onggiochongchay.net/buoc-su-dung-2-loai-binh-chua-chay-don-gian",
    "sjk": "https://sjk.vn/tintucchitiet/nen_lua_chon_binh_chua_chay_co_hay_binh_chua_chay_bot_mfz-468.html",
    "aone": "https://aonefireextinguishers.com/our_services/learn-about-fire-extinguisher-services",
    "firenet": "http://firenetforum.org.uk/index.php?prev_next=next&topic=2042.0",
    "techplanet": (
        "https://techplanet.today/post/your-fire-safety-partner-a-guide-to-fire-extinguishers-maintenance-and-services"
    ),
    "keysborough": "http://www.keysboroughfirebrigade.com/howfireblanketswork.html",
    "fstnz": "https://www.fireandsafetytraining.co.nz/2014/09/26/fire-blankets/",
    # fire-resistant materials and coatings
    "khcnxd": "https://khcnmt.xaydung.gov.vn/xem-tin-bai/vsnnews/549/son-chong-chay-cho-ket-cau-thep.aspx",
    "dhmat": "https://fireproofpaint.dhmaterials.com/custom-home-builds-tailored-architectural-solutions",
    "dohoco": "https://xaydungdohoco.com/son-chong-chay-ket-cau-thep-ma-ban-nen-biet",
    "colorcity": "https://colorcity.vn/mua-son-chong-chay-ket-cau-thep-120-phut-150-phut/",
    "kenhrao": "https://kenhrao.com/tin-dang/thi-cong-son-chong-chay-ket-cau-thep-nha-xuong.670195",
    "raider": "https://www.raiderpainting.com/blog/what_intumescent_coating/",
    "fireproofuk": "https://fireproof.co.uk/?p=2432",
    "buildwiz": "https://www.buildwiz.uk/knowledge/materials/structural-steel/intumescent-coating",
    "passivefire": "https://www.passivefireandaccess.com/blog/intumescent-coatings-guide",
    "hcfire": "https://hc-fireproofcoating.com/intumescent-fire-retardant-coating.html",
    "tcvn5441": "https://thiendang.net/lana-download/tieu-chuan-quy-dinh-viec-phan-loai-vat-lieu-chiu-lua/",
    "vafs": (
        "https://vafs.gov.vn/vn/ket-qua-nghien-cuu-xu-ly-cham-chay-cho-go-bach-dan-trang-bang-dung-dich-natri-silicat/"
    ),
    "vnuf_borax": (
        "https://123docz.net/document/12501124-anh-huong-cua-xu-ly-bang-hon-hop-borax-va-boric-axit-bx-ba-den"
        "-kha-nang-cham-chay-va-mot-so-tinh-chat-co-hoc-cua-go-bach-dan-eucalyptus-urophylla.htm"
    ),
    "nls_thesis": (
        "https://text.123docz.net/document/4700615-nghien-cuu-mot-so-thong-so-cong-nghe-lam-giam-kha-nang-cha"
        "y-cua-go-thong-va-go-cao-su-chuyen-nganh-che-bien-lam-san-ma-so-60-52-24-luan-van-thac-si-kh.htm"
    ),
    "clc": "https://cuachongchayclc.com/?p=6163",
    # electrical safety
    "cadisun": "https://cadisunhn.com.vn/9/bai-viet/cac-bien-phap-phong-ngua-chap-chay-dien-hieu-qua-trong-gia-dinh",
    "atsvn": "https://cms.atsvn.net/2025/04/30/chap-dien-chay-no-xu-ly-khan-cap",
    "nhombanhang": "https://nhombanhang.io.vn/chay-do-chap-dien-chu-quan-coi-chung-mang-hoa-lon",
    "vietbao": (
        "https://vietbao.vn/vi-sao-cu-den-he-lai-xay-ra-nhieu-vu-chap-dien-nguyen-nhan-chu-yeu-tu-thoi-quen-p"
        "ho-bien-gap-o-nhieu-nha-490817.html"
    ),
    "baodongnai": "http://baodongnai.com.vn/phapluat/201306/nguy-co-chay-nha-do-dien-2245104/",
    "tainandien": "https://xetaimydinh.edu.vn/cauhoi/cac-nguyen-nhan-gay-ra-tai-nan-dien",
    "sanmarcos": "https://www.sanmarcostx.gov/3504/Electrical-Outlets",
    "ibhs": "https://disastersafety.org/ibhs/electrical-fires-arcfault-circuit-interrupter-protection/",
    "caec": "https://caec.coop/tips/arc-circuit-interrupters/",
    "eaton": "http://myhome.eaton.com/eaton-products/AFCI/",
    "thermal310": "https://310constructionllc.com/2026/06/07/thermal-imaging-electrical-inspections-what-they-find/",
    "mestek": "https://mestekinstruments.com/thermal-imaging-for-electrical-inspection-in-industry/",
    "hreconst": (
        "https://hreconstruction.com/blogs/f/infrared-electrical-inspections-how-thermal-imaging-catches-indu"
        "strial-failures-before-they-happen"
    ),
    "cairns": "http://cairnsthermalimaging.com.au",
    # lightning
    "cstc_nhaxuong": "https://chongsettoancau.com/thi-cong-chong-set-nha-xuong/",
    "cstc_thietbi": "https://chongsettoancau.com/thiet-bi-chong-set-la-gi/",
    "csdongnam": "https://chongsetdongnam.com/5-sai-lam-khi-lap-dat-kim-thu-set-tren-mai-ton-va-cach-khac-phuc",
    "kth": "https://kth-electric.com/?p=8761",
    "gprev": "https://www.gprevolution.com/academy/electrical/lightning-and-surge-protection",
    "pontins": "http://www.pontins.co.za/protection-systems.htm",
    "lpacc": "https://www.lightningprotectionacc.co.za/Article3_LP.php",
    "remedies": "https://www.remediessystems.com/blog/Lightning-Protection-System-Earthing-System.html",
}

S.update(
    {
        # design and approval dossiers
        "vltc": "https://vltc.vn/tham-duyet-cong-trinh-pccc-quy-trinh-ho-so-va-kinh-nghiem-thuc-te",
        "cabackan": (
            "https://conganbackan.vn/hcvantt/quan-ly-phong-chay-chua-chay/tham-duyet-thiet-ke-phong-chay-va-chua-"
            "chay-doi-voi-cac-du-an-cong-trinh-quy-dinh-tai-phu-luc-iv-ban-hanh-kem-nghi-dinh-so-79-2014-nd-cp-ng"
            "ay-31-7-2014-cua-chinh-phu-152.html"
        ),
        "quangdien": "https://quangdien.com.vn/thu-tuc-tham-duyet-thiet-ke-pccc-dien-mat-troi-mai-nha/",
        "vncc": "https://vncc.vn/tin-tuc-su-kien/trinh-tu-ho-so-phong-chay-chua-chay/?t=30",
        "thicong24": (
            "https://thicongphongchay24.blogspot.com/search?updated-max=2016-08-18T23:51:00-07:00&max-results=5&s"
            "tart=5&by-date=false"
        ),
        "kiemdinh": "https://vancnvietnam.blogspot.com/2019/12/kiem-dinh-phuong-tien-phong-chay-va.html",
        "greentag": "https://www.getagreentag.com/?p=6328",
        "northmetro": "https://www.northmetrofire.org/213/Engineering-Services",
        "codecoach": "https://thecodecoach.blogspot.com/2016/12/elements-of-plan-review.html",
        "doithicong": "https://doithicongpccc.vn/tin-tuc/yeu-cau-pccc-doi-voi-chung-cu-mini-nha-tro.html",
        "thicongpccc": "https://thicongpccc.com.vn/?p=4862",
        "fireguard": (
            "http://fireguardservices.com/blog/landlords-and-business-owners-do-you-know-that-you-are-legally-obl"
            "iged-to-carry-out-a-fire-risk-assessment-of-your-premises/"
        ),
        "dsfire": (
            "https://www.dsfire.gov.uk/YourSafety/SafetyAtWorkandotherplaces/RiskAssessments/SmallPremises.cfm?si"
            "teCategoryId=4&T1ID=36&T2ID=58&T3ID=173"
        ),
        "ledon": "https://ledonpmu.org/?p=1414",
        # training, drills, brigades
        "tailieu_cax": (
            "https://tailieu.vn/doc/huan-luyen-nghiep-vu-chua-chay-va-cuu-nan-cuu-ho-cho-luc-luong-cong-an-cap-co"
            "-so-trong-tinh-hinh-moi-2896457.html"
        ),
        "pc17": "https://123docz.net/document/15381255-mau-phuong-an-chua-chay-mau-pc17-homestay.htm",
        "boxhoidap": "https://boxhoidap.com/luat-pccc-giai-thich-doi-pccc-co-so-nhu-the-nao/amp",
        "luat2001": "https://vietjack.me/phap-luat/luat-phong-chay-chua-chay-2001/chuong-iii-1943.html",
        "lienqia": "http://marimbapop.com/html/565c297187.html",
        "acefire": "https://acefire-group.co.uk/fire-warden",
        "lifesafety": "http://www.lifesafety.com/emergency-training/floor-warden-operations-sweepevacuation-training/",
        "flameskill": "https://flameskill.co.uk/services/fire-training/evacuation-practice/",
        "risktraining": "http://risktrainingsolutions.co.za/emergency-evacuation-warden-fire-marshal/",
        "performx": "http://www.performancexpress.org/2012/08/training-in-small-or-rural-fire-departments/",
        "exnora": "http://www.exnora.org/temple/fire-dare-volunteer.html",
        "nfpa_school": (
            "https://www.nfpa.org/Public-Education/Teaching-tools/Learn-not-to-burn/Learn-Not-to-Burn-Kindergarte"
            "n-Program/Fire-Drills-at-School.aspx"
        ),
        "mountleads": "http://themountleads.org/index.php/academy/fire-safety-and-evacuation/42",
        "k12_0685": "https://www.0685.com/k12/k12-basics/78188.html",
        "fireeng_escape": "https://emberly.fireengineering.com/firefighting/on-fire-mike-ciampo-escape-plans",
        # rescue and escape equipment, exit lighting
        "vtv_balo": (
            "https://suckhoe.vtv.vn/cong-nghe/ba-lo-khan-cap-giup-thoat-nan-khi-chay-chung-cu-20170615083630298.htm"
        ),
        "tatmart": "https://www.tatmart.com/en/blog/mat-na-phong-khoi-doc-cach-chon-su-dung-va-bao-quan-hieu-qua.html",
        "baohosanboo": "https://www.baohosanboo.com/mat-na-phong-doc-toan-dien-giup-giam-nguy-co-ngat-khoi.html",
        "ecobuild": "https://ecobuild.vn/thiet-bi-chua-chay/",
        "ladderhub": "https://www.ladderhub.com.my/product-category/fire-escape-ladder/",
        "river2u": "http://river2u.com/health_fitness/escape_ladders.htm",
        "dongan": "https://www.donganfirefighting.com/product/fire-escape-products/fire-escape-ladder/",
        "policemag": (
            "http://www.policemag.com/channel/swat/products/2005/11/escape-rescue-system-skyscraper-evacuation.aspx"
        ),
        "fireline": "https://fireline.com/ensuring-safety-with-proper-emergency-exit-light-maintenance",
        "cintas": (
            "https://www.cintas.com/newsroom/details/news/2022/11/12/are-your-emergency-exit-signs-ready-to-guide"
            "-the-way/"
        ),
        # rice mills, grain dust, drying
        "danviet_la": "https://danviet.vn/chay-lon-tai-nha-may-xay-xat-ven-tuyen-song-o-long-an-20250330181845923.htm",
        "plo_la": "https://plo.vn/long-an-chay-nha-may-xay-xat-lua-gao-cap-quoc-lo-62-post841643.html",
        "nghean_trau": "http://nghean24h.vn/xuong-cui-trau-gan-1-ti-dong-chay-rui-truoc-mat-chu-nhan-a536118.html",
        "ricecy": "https://ricecy.com/article/is-rice-dust-explosive",
        "torchair": "https://torch-air.com/blog/rice-dust-collection",
        "millsarchive": "https://new.millsarchive.org/library/index/6477",
        "dss": "https://dustsafetyscience.com/combustible-dust-grain-agriculture-industry",
        "millgrain": (
            "https://millingandgrain.com/combustible-dust-explosions-in-grain-processing-and-handling-facilities--21766"
        ),
        "vusta_say": "https://vusta.vn/thiet-bi-say-lua-di-dong-khong-dung-dien-than-thien-moi-truong-p88348.html",
        "assam": (
            "https://www.scribd.com/document/366709430/EVALUATION-OF-PERSONAL-DUST-EXPOSURE-OF-THE-RICE-MILL-WORK"
            "ERS-IN-ASSAM"
        ),
        "saythoc": (
            "https://truyenhinhcapsongthu.net/top/quy-trinh-cong-nghe-say-thoc-tai-lieu-text-123doc/lkV2t2fyIwE11az"
        ),
        # coconut fibre
        "vov_xodua": "https://vov.vn/xa-hoi/nguyen-nhan-chay-nha-may-che-bien-chi-xo-dua-o-tien-giang-605036.vov",
        "hindu_coimb": "https://www.thehindu.com/news/cities/Coimbatore/coir-mill-gutted/article32947827.ece/amp/",
        "hindu_ambur": (
            "https://www.thehindu.com/news/national/tamil-nadu/fire-at-coconut-fibre-godown-near-ambur/article679"
            "35542.ece"
        ),
        "nie_thoot": (
            "https://www.newindianexpress.com/states/tamil-nadu/2022/apr/02/over-200-coir-piths-reduced-to-ashes-"
            "in-thoothukudi-2437143.html"
        ),
        "barkur": "https://barkuronline.com/news/post/top-news/fire-incident-in-coconut-coir-factory-bennekudru",
        "frtek": "https://frtekcables.wordpress.com/2018/05/18/raw-material-gutted-in-fire/",
        "coirboard": "http://coirboard.gov.in/?page_id=64",
        "ncrmi": "http://ncrmi.org/defibering_mechine.htm",
        "hbl_coir": (
            "https://www.thehindubusinessline.com/economy/agri-business/engineers-develop-portable-coir-fibre-ext"
            "ractor/article23063128.ece"
        ),
        "coconutprojects": "https://coconutprojects.com/2022/06/",
        # timber workshops
        "dcs_go": (
            "http://tphcm.dangcongsan.vn/tin-tuc/phong-chong-chay-no-tai-cac-co-so-kinh-doanh-san-xuat-do-go-4865"
            "53.html"
        ),
        "bbd_losay": "https://baobinhdinh.vn/562/2004/12/17251",
        "baophutho": "https://baophutho.vn/chay-lon-tai-cong-ty-che-bien-go-tren-dia-ban-xa-xuan-lung-243691.htm",
        "baomoi_bd": (
            "https://m.baomoi.com/giai-ma-nguyen-nhan-hang-loat-vu-chay-cac-cong-ty-go-tai-binh-duong/c/25119478.epi"
        ),
        "jimbo": "https://thejimbosliceworkshop.com/fire-safety-with-woodworking-tools-dust",
        "egmont": "https://egmontair.co.nz/?p=2086",
        "wsjournal": "https://theworkshopjournal.com/fire-prevention",
        "inlaid": "https://inlaidwoodcraft.com/how-dust-build-up-affects-fire-risk-in-woodworking-spaces/",
        "osu_kiln": "http://wood.oregonstate.edu/solarkiln/plans.htm",
        "vt_kiln": "https://www.pubs.ext.vt.edu/420/420-030/420-030.html",
        "fpn_kiln": "https://www.forest-products-notes.com/timber-drying/solar-timber-drying-kilns.html",
        # markets, boarding houses, warehouses, homes, gas
        "ictvn": "https://ictvietnam.vn/nguy-co-tiem-an-chay-no-o-cho-truyen-thong-va-nhung-khuyen-cao-62079.html",
        "sggp_cho": "https://www.sggp.org.vn/nang-cao-y-thuc-pccc-tai-cho-truyen-thong-post837190.html",
        "vov_cho": "https://vov.vn/xa-hoi/nhung-khu-cho-ha-noi-co-nguy-co-bi-ba-hoa-ghe-tham-747654.vov",
        "hsenations": "https://hsenations.com/safety-checks-every-market-should-conduct-to-prevent-fire",
        "baonghean_en": "https://baonghean.vn/en/bao-dong-nguy-co-chay-no-o-cac-cho-o-tp-vinh-mua-nang-nong-10215286.html",
        "fleamarket": "https://realtimenewsanalysis.com/flea-market-fire-safety-plan-comprehensive-guide/",
        "svvn": (
            "https://svvn.tienphong.vn/sinh-vien-thue-tro-khi-re-khong-con-la-yeu-to-duoc-quan-tam-duy-nhat-post1"
            "642507.tpo"
        ),
        "dnhd": (
            "https://doanhnhanhiendai.vn/2024/05/26/tu-vu-chay-nha-o-trung-kinh-sinh-vien-can-dac-biet-luu-y-dieu"
            "-nay-khi-thue-tro"
        ),
        "kinhtedothi": "http://kinhtedothi.vn/chay-kho-chua-hon-1-000-tan-vai-bi-thieu-rui-268340.html",
        "nguoiduatin": "https://nguoiduatin.vn/chay-co-so-thu-mua-tom-1-ngoi-nha-va-4-o-to-tai-bi-thieu-rui-204314850.htm",
        "newsbox7": "https://www.newsbox7.com/top-safety-tips-for-using-cooking-gas-at-home/",
        "flogas": "https://www.flogas.ie/technical-and-safety/troubleshooting/what-to-do-in-the-event-of-an-lpg-leak.html",
        "gmfurniture": "https://gmfurniturestore.com/lpg-gas-cylinder-in-the-kitchen/",
    }
)

S.update(
    {
        # further offers and distractors
        "tcvn9311": (
            "https://thiendang.net/lana-download/tieu-chuan-quy-dinh-phuong-phap-thu-nghiem-chiu-lua-cac-bo-phan-"
            "cong-trinh/"
        ),
        "tcvn8523": "https://thiendang.net/lana-download/tieu-chuan-ap-dung-cho-ong-tut-cuu-nguoi-30m/",
        "chameleon": (
            "https://www.chameleonsafetyservices.co.uk/post/micro-and-small-businesses-most-at-risk-from-fire-saf"
            "ety-management"
        ),
        "uk_fra": "https://uk-fireriskassessments.co.uk/?p=3250",
        "patricepress": "http://www.patricepress.com/an-expert-insight-into-fire-risk-assessment/",
        "greenlpg": "https://greenlpgasbd.com/leakage-cylinder/",
        "itwissen": "https://www.itwissen.info/en/lightning-protection-124391.html",
        "nicola": (
            "https://www.nicolasound.com/business-and-management/solve-wood-dust-problems-with-industrial-dust-co"
            "llectors/"
        ),
        "schematicstar": "https://schematicstar.com/do-thermal-imaging-scans-on-electrical-panels-really-matter/",
        "maycuonrom": "https://baothuathienhue.vn/amp.aspx?newid=76458",
        "umh_chayrung": (
            "https://123doc.top/document/12767516-danh-gia-hien-trang-chay-rung-tai-vuon-quoc-gia-u-minh-ha-giai-"
            "doan-tu-nam-2012-den-nam-2017-va-de-xuat-cac-giai-phap-phong-tranh.htm"
        ),
        "vnplus_umh": (
            "https://beta.vietnamplus.vn/lap-camera-chuyen-dung-de-quan-ly-phong-chong-chay-rung-u-minh-ha-post77"
            "8664.vnp"
        ),
        "dantri_cam": "https://dantri.com.vn/xa-hoi/mat-than-canh-lua-rung-20200608105541044.htm",
        "vinacontrol": "https://hcm.vinacontrol.com.vn/en/dich-vu-kiem-toan-nang-luong",
        "vets": "https://vets.energy/kiem-toan-nang-luong-la-gi-phan-loai-loi-ich-va-huong-dan-thuc-hien",
        "bisonpellet": (
            "https://www.bisonpelletmachine.com/advanced-processing-why-plants-need-high-quality-sawdust-pellet-m"
            "achine-partners.html"
        ),
        "biopellet": "https://www.biopelletmachine.com/biopellet-plant/1T-Sawdust-Pellet-Plant.html",
        "dust12345": "http://12345w.xyz/dust-control-us/wdc-1.html",
    }
)
