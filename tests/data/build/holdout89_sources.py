"""Sources (public pages) for the holdout89 labelled set: natural-fibre handicrafts of the Mekong Delta."""

S = {
    # sedge (lác, cói, cỏ bàng), mats, looms
    "loom_phatminh": "https://phatminh.com/sang-che/sang-che-cua-ban/ban-in-cho-chu-de.55325.html",
    "xuanduc_en": "https://en.vietnamplus.vn/100yearold-sedge-mat-village-on-verge-of-extinction/124302.vnp",
    "phutan_en": "https://vietnamnews.vn/sunday/1722475/preserving-a-century-old-weaving-tradition.html",
    "dinhyen_vtv": "https://vtv.vn/vtv9/chieu-lac-dinh-yen-duoc-lam-ra-nhu-the-nao-20191018104326125.htm",
    "thanhthoi": "https://baodantoc.vn/thanh-thoi-b-mua-det-chieu-tet-1609402372107.htm",
    "dinhyen_en": "https://www.vietmaz.com/2021/09/rustic-craft-passed-from-generation-to-generation/",
    "travinhtrade_lac": "http://travinhtrade.vn/tin-chuyen-muc/vung-nguyen-lieu/ndid/1783",
    "loom_binhdinh": (
        "https://truyenthongkhoahoc.vn/vn/Nong-dan-Viet-Nam-tu-che-tao-may-det-tham-c1046/"
        "Nong-dan-Viet-Nam-tu-che-tao-may-det-tham-n6734"
    ),
    "cobang_ntfp": "https://vn.ntfp.org/vi/nghe-lam-co-bang-truyen-thong-cua-nguoi-khmer-o-kien-giang",
    "greysedge_en": "https://vietnamnet.vn//en/photos/grey-sedge-handicrafts-gain-customers-favour-566454.html",
    "chieu_baoquan": "https://chieucoithaibinh1.blogspot.com/2014",
    "chieu_vuha": "https://chieucoithaibinh1.blogspot.com/2013",
    "tuoitrenews_sedge": "http://tuoitrenews.vn/lifestyle/38982/sedge-mat-making-in-quang-xuongthanh-hoa",
    "hamtan_logistics": "https://travinhlogistics.com/lang-nghe-det-chieu-ham-tan",
    "hamtan_nd": "https://nhandan.vn/tu-khoa/HamTan-tag74103.html",
    "camhom_vn": "https://vietnam.vn/travinh/?p=590285",
    "tvphapluat": "https://tvphapluat.vn/video/lang-chieu-dinh-yen-mot-thoi-vang-danh-dat-nam-bo-63353/",
    "xesoi": "http://tai-lieu.com/tai-lieu/bao-cao-cong-nghe-xe-soi-39443/",
    "sedge_phuyen": "https://vietnamnet.vn/en/photos/sedge-harvesting-in-phu-yen-644074.html",
    "cobang_vnanet": "https://vietnam.vnanet.vn/vietnamese/phu-my-phat-trien-nghe-thu-cong-tu-co-bang/425091.html",
    "cobang_infonet": (
        "https://infonet.vietnamnet.vn/chuyen-de/dai-doan-ket/nguoi-khmer-o-phu-my-song-nho-dong-co-bang-289350.html"
    ),
    "cobang_cantho": "https://baocantho.com.vn/ung-dung-cua-cay-co-bang-va-nghe-tu-cay-co-bang-a166855.html",
    "hungmy": "https://dulichtravinh.com.vn/lang-nghe-tieu-thu-cong-nghiep-hung-my/",
    # water hyacinth (lục bình)
    "lb_soctrang": "https://daidoanket.vn/so-che-luc-binh-luc-nong-nhan-10101184.html",
    "sourcebysuong": "http://sourcebysuong.com/portfolio-items/water-hyacinth/",
    "marvella": "https://marvella.co.in/marvella_craft.html",
    "lb_tuoitre": "https://tuoitre.vn/nghe-dan-luc-binh-giup-xoa-doi-giam-ngheo-719000.htm",
    "ecoville": "https://ecovillebd.com/water-hyacinth.php",
    "handicraftsite": "http://handicraftsite.com/best-water-hyacinth-material/",
    "hnlbasket": "https://www.hnlbasket.com/how-do-you-make-a-water-hyacinth-basket.html",
    "ecoeisho": "https://www.ecoeishostorages.com/news/100-natural-water-hyacinth-storages-basket/",
    "mekongwonders": (
        "https://mekongwonders.org/just-because-they-are-floating-everywhere-doesnt-mean-theyre-useless-"
        "water-hyacinth-nuth-pisethrachana-yea-mekong-generation2/"
    ),
    "vamco_doc": (
        "https://text.123docz.net/document/2255444-de-xuat-mo-hinh-thich-hop-nham-xu-ly-tai-su-dung-"
        "beo-luc-binh-tren-song-vam-co-dong.htm"
    ),
    "harmonikreasi": "https://harmonikreasi.com/2018/09/03/hyacinth-for-useful-product",
    "afimex": "https://handicraftsafimex.com/water-hyacinth-an-unusual-weaving-material-for-wicker-baskets-bulk/",
    "wh_vnplus": "https://en.vietnamplus.vn/aquatic-plant-creates-unique-handicraft-items/152840.vnp",
    "lb_dongthap": "https://baodongthap.com.vn/xa-hoi/nghe-dan-luc-binh-phat-trien-o-hung-loi-26485.aspx",
    "khcraft": "http://khcraft.com/en/materials.html",
    "lb_vinhlong": "https://baovinhlong.com.vn/kinh-te/201310/cong-nhan-lang-nghe-dan-luc-binh-ap-an-thanh-b-2566485",
    "lb_vov": "https://vov.vn/kinh-te/nghe-dan-luc-binh-giup-nguoi-dan-soc-trang-co-thu-nhap-on-dinh-post928488.vov",
    # rattan and bamboo
    "tamua": "https://tamua.vn/de-giu-cho-do-may-tre-khoi-bi-moi-mot-an/",
    "sarugby": "http://sarugbychat.com/bao-quan-do-dung-bang-tre-nua/",
    "songmay_doc": (
        "https://text.123docz.net/document/2566843-huong-dan-ky-thuat-khai-thac-che-bien-bao-quan-va-"
        "tay-trang-song-may.htm"
    ),
    "bamboo_cca": (
        "http://admin.indiaenvironmentportal.org.in/feature-article/methods-bamboo-preservation-and-effect-"
        "cca-green-round-bamboo"
    ),
    "julybambu": "http://www.julybambu.com/solving-bamboo-building-materials-mothproof-problems/",
    "bambosorus": "http://bambosorus.blogspot.com/2012/02/bamboo-preservation-in-general.html",
    "kfri": "https://scribd.com/document/631165268/PRESERVATIVE-TREATMENT-OF-BAMBOO-AND-PRODUCTS-pdf",
    "kfri_rr": "https://scribd.com/document/519313508/KFRI-RR177-ii",
    "bamboo_heat_kr": "https://woodj.org/archive/view_article?doi=10.5658%2FWOOD.2023.51.6.447",
    "bamboo_carb": "https://yeahbamboo.com/transforming-bamboo-the-ultimate-guide-to-the-carbonization-process",
    "bamboo_floor": (
        "https://www.lumberliquidators.com/ll/flooring101/faqs---frequently-asked-questions/"
        "from-stores,-customers-and-installers/f101-what-is-carbonized-bamboo/a/714"
    ),
    "phutan_gov": (
        "https://chauthanh.soctrang.gov.vn/huyenchauthanh/1308/33327/57715/396624/tin-van-hoa-the-thao-du-lich/"
        "nghe-dan-dat-cua-nguoi-khmer-o-xa-phu-tan.aspx"
    ),
    "nellyani": "https://nellyanihomes.com/how-care-for-bamboo/",
    "vungdecor": "https://vungdecor.com/nguyen-lieu-va-quy-trinh-de-san-xuat-do-thu-cong-tu-may-tre-dan",
    "phuvinh": "https://agridecovietnam.com/an-overview-of-a-famous-craft-village-phu-vinh-rattan-craft-village/",
    "vietcraft_rattan": "https://vietcraft.org.vn/mdl/craftbasedtour/action/detail/ref/villages/id/218",
    "rattan_wiki": "https://en.wikipedia.org/wiki/Vietnamese_rattan_and_bamboo_industry",
    "rivercity": "https://rivercitycabinets.com/wood-species/bamboo/",
    "ideas4homes": "https://www.ideas4homes.com/basic-facts-about-carbonized-bamboo-furniture/",
    "phutan_vovworld": (
        "https://m.vovworld.vn/en-US/chuyen-cua-lang/xa-phu-tan-tinh-soc-trang-bao-ton-nghe-dan-dat-gan-voi-"
        "phat-trien-du-lich-1301471.vov"
    ),
    "phutan_vov_vi": (
        "https://m.vovworld.vn/vi-VN/chuyen-cua-lang/nghe-dan-dat-o-xa-phu-tan-tinh-soc-trang-1217632.vov"
    ),
    "firststrike": (
        "http://firststrikepro.com/forums/Main-Forum/4029/modern-furniture-for-todays-advanced-corporate-houses"
    ),
    "allen_nelson": "http://allen-nelson.com/%EF%BB%BFsimple-ways-to-maintain-and-preserve-bamboo/",
    "vanglung": "https://vanglung.com/the-rich-history-of-vietnamese-rattan-products/",
    "baamboo": "https://baamboo.blogspot.com/2007/07/vietnams-bamboo-and-rattan-trade.html",
    "vietexplorer": (
        "https://vietexplorer.com/lifestyle/from-plate-to-pillow-vietnams-imaginative-rattan-bamboo-creations/"
    ),
    "wwf_vn_rattan": "https://en.vietnamplus.vn/wwf-helps-vietnam-to-develop-rattan-industry-post19433.vnp",
    "rattan_trade_report": (
        "https://vdocuments.mx/establishing-a-sustainable-production-system-of-rattan-a-sustainable-production.html"
    ),
}

S.update(
    {
        # coconut leaf, straws and coconut by-products
        "bentre_leaf": "https://baodongkhoi.vn/da-dang-san-pham-trang-tri-tu-la-dua-a61434.html",
        "cantho_leaf": (
            "https://news.laodong.vn/du-lich/kham-pha/bien-la-dua-bo-di-thanh-qua-tang-du-lich-doc-dao-o-can-tho-"
            "1473015.html"
        ),
        "hatho_leaf": (
            "https://vietnamnews.vn/life-style/1765190/artisan-ha-tho-s-coconut-leaf-creations-captivate-at-"
            "spring-fair-2026.html"
        ),
        "coconut_wood": "http://hxcoexp.com/tin-tuc-chi-tiet/1017-unique-handicrafts-in-ben-tre-coconut-land.html",
        "vcci_bentre": "https://www.vccinews.com/news/15719/.html",
        "straw_reed": "https://e.vnexpress.net/news/news/childhood-memories-trigger-a-straw-revolution-4041681.html",
        "straw_cobang": "https://consumer.org.my/?p=73320",
        "straw_bamboo": "http://en.baobacgiang.com.vn/bg/business/319388/vietnamese-bamboo-straws-adorn-world-drinks.html",
        "straw_takimex": (
            "https://takimex.com/the-journey-from-weeds-to-items-that-people-cannot-do-without-useful-and-friendly-"
            "grass-straws/"
        ),
        "straw_rice": "http://finance.gonkgo.com/vn-made-eco-friendly-straws-popular-with-importers/",
        "coconut_shell": (
            "https://giadinh.suckhoedoisong.vn/chi-nong-dan-bien-phe-pham-dua-thanh-do-xin-dat-hang-o-troi-au-"
            "172230130083309492.htm"
        ),
        "gao_dua": "https://baodongkhoi.vn/thoa-suc-sang-tao-nen-gia-tri-moi-a62590.html",
        "conphung": "https://vietnam.vnanet.vn/english/print/the-special-craft-of-ben-tre-369597.html",
        "xodua": "https://dantri.com.vn/video/lang-nghe-lam-chi-xo-dua-ben-dong-song-thom-184620.htm",
        "leaf_art": "http://thoibaomedia.com/vietnamese-coconut-leaf-arts/",
        "tipc_bentre": "https://tipcbentre.blogspot.com/2018/04/special-handcraft-products-of-coconut.html",
        "mat_hoa_dua": (
            "https://baotravinh.vn/chuyen-doi-so/chu-trong-chuyen-doi-so-ung-dung-cong-nghe-thong-tin-vao-quan-ly-"
            "gioi-thieu-quang-ba-va-ban-san-pham-25826.html"
        ),
        "straw_3t": (
            "https://hxcoexp.com/tin-tuc-chi-tiet/1013-straws-from-the-mesmerizing-eagle-grass-young-users-"
            "turning-weeds-into-money.html"
        ),
        "straw_paper": "https://gcovn.com/what-is-a-paper-straw.html",
        "coconut_2010": "https://baodongkhoi.vn/doc-dao-hang-thu-cong-my-nghe-tu-dua-22012010-a654.html",
        # banana fibre
        "chuoi_kinhtedothi": (
            "https://kinhtedothi.vn/can-canh-cong-doan-bien-cay-chuoi-thanh-soi-det-vai-day-dan-do-my-nghe.html"
        ),
        "chuoi_kiengiang": "https://baokiengiang.vn/kinh-te/san-xuat-do-thu-cong-my-nghe-tu-be-chuoi-kho-16197.html",
        "chuoi_khaithai": "https://langngheviet.com.vn/bat-ngo-gia-tri-kinh-te-tu-to-chuoi-12710.html",
        "chuoi_dunghangviet": (
            "https://dunghangviet.vn/soi-chuoi-vang-xanh-cua-viet-nam-khi-phe-pham-tro-thanh-gia-tri-ben-ung/"
        ),
        "banana_machine": "http://sikhamoni.blogspot.com/2014/06/about-banana-fibre-extraction-and-how.html",
        "banana_manual": "https://sikhamoni.blogspot.com",
        "banana_friends": "http://friendsforum.co.in/Projects.html",
        "banana_knot": "https://www.vibrantnature.co.in/banana-fiber",
        "banana_khaithai_en": (
            "https://aiyeu.com/tintuc/creative-man-finding-new-uses-for-vietnamese-bananas-trees/viet-nam-news-368188009"
        ),
        "banana_uganda": "https://farmkioskafrica.com/blog/details/organic-farming-banana-fibre-extraction-by-mawejje",
        "banana_training": (
            "http://bbkgsswardha.org/training%20in%20banana%20fibre%20extraction%20and%20handcraft%20training%20for"
            "%20tribal%20women.php"
        ),
        "banana_cambodia": (
            "https://phnompenhpost.com/lifestyle-creativity-innovation/weaver-banana-stems-urges-public-put-proper-"
            "value-artisan-crafting"
        ),
        "banana_money": "https://vimexpo.com.vn/bat-ngo-soi-chuoi",
        "banana_clay": (
            "https://dantri.com.vn/doi-song/doc-dao-me-dam-binh-duong-tu-trong-rau-qua-tu-dat-set-thu-tien-trieu-"
            "20230527193013819.htm"
        ),
        # natural dyes
        "leafdye": "https://nhipcaudautu.vn/nguoi-tien-phong/nhuom-vai-bang-la-cay-tai-sao-khong-3249659/",
        "leafdye_bk": "https://thiennhien.net/2007/01/04/nhuom-vai-bang-chat-mau-chiet-xuat-tu-thao-moc",
        "duanuoc_dye": "https://vi.wikipedia.org/wiki/Th%C3%A0nh_vi%C3%AAn:Sonquan1421988/nh%C3%A1p",
        "jennydean": "https://www.jennydean.co.uk/natural-dyes-for-basketry-materials/",
        "basket_mordant": "http://www.angelfire.com/ok3/basketry/Dyes.html",
        "rattan_dye_recipes": "https://findinarticles.com/aLccdU0aa/163177/Weaving-Baskets-_-Some-Natural-Dyes.html",
        "fiveinthenest": "https://fiveinthenest.com/learning-to-use-natural-dyes/",
        "phuyen_dye": "http://phuyentourism.gov.vn/print/nhuom-coi-6020.html",
        "dye_report": (
            "https://text.123docz.net/document/2563221-nghien-cuu-kha-nang-su-dung-chat-mau-tu-nhien-de-nhuom-vai-"
            "bong-va-to-tam-thiet-lap-qui-trinh-cong-nghe-va-trien-khai-ung-dung-cho-mot-so-co-so-lang-nghe-det-"
            "nhuom.htm"
        ),
        "hmong_dye": (
            "https://amp.laodong.vn/photo/la-lung-chuyen-9x-bo-pho-len-rung-hoc-nhuom-vai-kieu-tu-nhien-729072.ldo"
        ),
        "pandanus": "https://injalak.com/artwork/229-20/",
        "muong_dye": (
            "https://thuvienbinhthuan.com.vn/ebook/ThongTinVaTacPhamTongQuat/Tonghop/"
            "TrangPhucTruyenThongCuaCacDanTocVietNam/files/basic-html/page148.html"
        ),
        "dye_plants": "https://www.pling.no/publications/native-american-art-magazine/33168/issues/386587/articles",
        # drying
        "solar_dongnai": "https://baodongnai.com.vn/trangdiaphuong/202005/say-nong-san-bang-nha-mat-troi-3003400",
        "solar_setech": "https://doanhnghiepkinhtexanh.vn/may-say-nong-san-bang-nang-luong-mat-troi-a8116.html",
        "solar_santavi": "https://khoahoc.news/nha-kinh-khi-doi-luu-giup-phoi-say-nong-san-ca-dem-lan-ngay-75889",
        "solar_wecare": (
            "https://khoahocphattrien.vn/cong-nghe/dung-nang-luong-mat-troi-de-say-nong-san/20170618081346217p1c859.htm"
        ),
        "solar_ictnews": (
            "https://ictnews.vietnamnet.vn/kham-pha/tiet-kiem-nang-luong/cong-nghe-say-nang-luong-mat-troi-giup-"
            "tiet-kiem-dien-nang-266652.html"
        ),
        "solar_pepper": "https://tailieuebook.com/nghien-cuu-thuc-nghiem-say-tieu-bang-may-say-nang-luong-mat-troi-8088",
        "solar_teacher": (
            "https://danviet.vn/kien-giang-mot-co-giao-lang-sang-che-may-say-tu-dong-say-rau-cu-qua-ca-cang-nang-"
            "to-say-cang-mau-kho-20210105001947856.htm"
        ),
        "solar_fish": "https://bavutex.baria-vungtau.gov.vn/tin-tuc/thiet-bi-say-bang-nang-luong-mat-troi.html",
        # mould and shipping
        "mould_worldgts": "https://worldgts.com/tac-hai-cua-nam-moc-doi-voi-san-pham-xuat-khau-bai-toan-can-loi-giai",
        "mould_absortech": (
            "https://absortech.com/moisture-magazine/how-to-prevent-mould-in-shipping-containers-during-monsoon-season/"
        ),
        "mould_newpages": "https://www.newpages.asia/vn/zh/news/170923",
        "mould_palmetto": "https://www.palmetto-industries.com/?p=5269",
        "mould_epgna": "https://epgna.com/how-to-prevent-mold-in-shipping-containers",
        "mould_56ok": (
            "https://en.56ok.com/topic/detail-837020-preventing-mold-in-crossborder-ecommerce-shipping-containers.html"
        ),
        "mould_bozopac": "http://www.bozopac.com/page99?article_id=58&pagenum=2",
        "mould_moveinterstate": (
            "https://www.moveinterstate.com/about-us/blog/mitigating-mold-during-international-shipping/"
        ),
    }
)

S.update(
    {
        # design, training, quality
        "training_dongthap": (
            "https://ocop.dongthap.gov.vn/ja/web/ocop/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/"
            "20165903?plidlayout=9637"
        ),
        "training_phuyen": "https://baophuyen.vn/141/86906/cap-giay-chung-nhan-nghe-dan-may-tre-la-cho-40-nong-dan.html",
        "cobang_hue": (
            "https://huengaynay.vn/kinh-te/thong-tin-thi-truong/co-hoi-nang-cao-sinh-ke-cho-phu-nu-lam-nghe-thu-cong-"
            "tu-co-bang-159025.html"
        ),
        "vietnamgateway": "https://www.vietnamgateway.org/business/index.php?id=0506&cid=031112091639",
        "magnum": "http://magnum-co.com/basketry-products",
        "viettrang": "https://viettrangcraft.com/unique-vietnamese-handicraft-products-from-local-natural-fibers/",
        "quangbinh_contest": (
            "http://baoquangbinh.vn/xa-hoi-doi-song/201210/Trao-giai-hoi-thi-San-xuat-cac-san-pham-luu-niem-tu-may-"
            "tre-dan-phuc-vu-du-lich-2102227/"
        ),
        "basketgem": (
            "https://www.basketgem.com/plants-have-souls-weaving-brings-out-rhythm-the-soul-resonance-of-natural-"
            "materials-and-handmade-baskets.html"
        ),
        "vinhlong_kst": (
            "https://vietnam.vnanet.vn/vietnamese/tin-van/ket-noi-phat-trien-thi-truong-gia-tang-gia-tri-san-pham-"
            "ocop-430217.html"
        ),
        "soctrang_tourism": "http://soctrangtourism.vn/en/langnghechauthanh",
        "vovdulich": "http://vovdulich.vn/tin-tuc/nghe-dao-dien-12162.html",
        "bdcraft": "https://bdcraftavenue.com/our-handicratf/",
        "bd_export": "https://www.theindependentbd.com/home/printnews/203032",
        # standards and certification
        "ocop_hanoi": (
            "http://cand.com.vn/Xa-hoi/Ha-Noi-cong-bo-Bo-tieu-chi-xep-hang-san-pham-thu-cong-my-nghe-278163/"
        ),
        "ocop_ucc": "https://ucc.com.vn/chung-nhan-ocop-la-gi-huong-dan-day-du-chi-tiet-nhat",
        "ocop_baodautu": "https://baodautu.vn/xep-hang-san-pham-ocop-quoc-gia-cho-ha-noi-quang-ninh-d138509.html",
        "ocop_xanhmarket": "https://xanhmarket.vn/chuong-trinh-ocop-la-gi-va-loi-ich-khi-tham-gia-ocop-p1000042.html",
        "fsc_laos_2013": "http://wwf.panda.org/?208889/EU-market-demands-more-green-rattan-products-from-Laos",
        "fsc_coc": (
            "https://origin-mekong.wwf-sites.org/our_solutions/projects/sustainablerattan/news/?uNewsID=200767"
        ),
        "fsc_laos_2012": "http://www.wwf.se/nyhetsbrev/wwf-nyhetsbrev/1458937-wwfikea-1-2012-first-fsc-rattan",
        "fsc_swiss": "http://www.wwf.se/nyhetsbrev/wwf-nyhetsbrev/1525965--wwf-ikea-2013-1-fsc-rattan",
        "fsc_bamboo": "https://www.bambooshop24.de/blog/fragen-und-antworten/fsc-was-ist-das",
        "wfto_standard": "https://impakter.com/index/?p=24497&preview=true",
        "wfto_principles": "http://www.rattvishandel.net/about-fair-trade/fair-trade-wtfo/",
        "wfto_africa": "https://wfto-africa.org/wfto-membership/",
        "wfto_berlin": "https://www.supermarche-berlin.de/ladenkonzeptt/zertifikate-mitgliedschaften/wfto/",
        "wfto_fablab": "https://fablab.green/wp/world-fair-trade-organization-wfto",
        "reach_measurlabs": "https://measurlabs.com/blog/formaldehyde-testing-and-regulations-in-the-eu",
        "reach_centexbel": "https://www.centexbel.be/en/news/reach-restrictions-formaldehydes-released-articles",
        "reach_tuv": (
            "https://www.tuv.com/regulations-and-standards/en/eu-draft-commission-regulation-regards-formaldehyde-"
            "emission-restriction-in-products.html"
        ),
        "blc_leather": "https://www.blcleathertech.com/news/new-eu-restriction-on-formaldehyde-in-consumer-goods",
        "ocop_sonmai": "https://langngheviet.com.vn/san-pham-ocop-son-mai-ha-thai-vuon-ra-the-gioi-28671.html",
        "ocop_list": "https://thegioibanbuon.com/82-6/Tong-hop-42-san-pham-OCOP-5-sao-cap-QUOC-GIA-2023",
        "ocop_battrang": "https://vanhien.info/ha-noi-bat-trang-tinh-hoa-lang-nghe-gom-su-a83.html",
        # online marketing
        "ecom_khuyencong": (
            "http://khuyencongonline.gov.vn/tin-tuc/lang-nghe-truyen-thong-da-dang-hoa-phuong-thuc-tiep-can-thi-"
            "truong-4fdbe1ed_1009"
        ),
        "ecom_livestream": "https://vnexpress.net/ca-xa-xuyen-dem-livestream-ban-hang-tet-5013472.html",
        "ecom_training": "https://vnexpress.net/kenh-truc-tuyen-mo-loi-kinh-doanh-cho-lang-nghe-truyen-thong-5002430.html",
        "ecom_vneconomy": "https://vneconomy.vn/ket-noi-lang-nghe-voi-thi-truong-quoc-te-qua-thuong-mai-dien-tu.htm",
        "travinh_ecom_en": (
            "https://vietnamnet.vn/en/tra-vinh-province-diversifies-products-of-ethnic-minorities-2222480.html"
        ),
        "travinh_ecom_vi": "https://vietnamnet.vn/tra-vinh-da-dang-san-pham-cua-ba-con-dan-toc-thieu-so-2210072.html",
        "amazon_handmade": (
            "https://thinkprogress.org/before-you-try-amazons-new-artisan-crafts-market-here-s-what-you-should-know-"
            "b471aa78af67/"
        ),
        "amazon_definition": "https://www.inquisitr.com/2486702/amazon-handmade-it-might-not-mean-what-you-think/",
        "digital_renaissance": (
            "https://bulletinscope.com/the-global-renaissance-how-digital-marketplaces-are-rescuing-reviving-and-"
            "revolutionizing-the-worlds-traditional-crafts"
        ),
        "omnichannel": (
            "https://maivanhai.io.vn/lam-the-nao-de-dua-san-pham-gom-bat-trang-lua-van-phuc-len-san-quoc-te-bang-"
            "chien-luoc-omni-channel-va-cong-nghe-ke-chuyen"
        ),
        "artisan_alliance": "https://www.refinery29.com/en-us/2015/11/97268/women-in-ethical-fashion-industry",
        "vanphuc_online": (
            "https://langngheviet.com.vn/lang-nghe-det-lua-van-phuc-kinh-doanh-online-tren-nen-tang-ky-thuat-so-"
            "29442.html"
        ),
        "fujian_fair": "http://fujian.chinadaily.com.cn/2023-03/27/c_872729.htm",
        "thanhhoa_cds": "https://baothanhhoa.vn/chuyen-doi-so-o-lang-nghe-truyen-thong-270891.htm",
        "artisan_economy": "https://www.smallbizdaily.com/artisanal-economy-flourishing-around-world/",
        "impakter_handmade": "https://impakter.com/tag/hand-made/",
        "vinhlong_bonsai": (
            "https://123docz.net/document/6114074-thuc-trang-phat-trien-lang-nghe-sinh-vat-canh-tren-dia-ban-"
            "tinh-vinh-long.htm"
        ),
    }
)
