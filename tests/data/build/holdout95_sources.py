"""Sources of the holdout95 labelled set: source key -> URL of the public page each item paraphrases."""

S = {
    "stilldesign": "https://stilldesign.com.vn/nhung-tieu-chi-danh-gia-bao-bi-san-pham-ocop",
    "congthuong_tv": (
        "https://www.congthuong.vn/khac-hoa-ban-sac-vung-mien-trong-thiet-ke-thuong-hieu-ocop-409090.html"
    ),
    "mic_ocop": "https://mic.gov.vn/nang-cao-gia-tri-thuong-hieu-san-pham-ocop-va-lang-nghe-197156067.htm",
    "na_ocop": "https://baonghean.vn/en/khoac-ao-cho-san-pham-ocop-o-nghe-an-10238020.html",
    "na_soy": "https://baonghean.vn/en/san-pham-ocop-tot-go-ma-chua-tot-nuoc-son-10273909.html",
    "th_ocop": "https://www.vietnam.vn/en/may-ao-cho-san-pham-ocop",
    "customlabel": "http://www.customlabel.com/blog/?cat=18",
    "winenfood": "https://winenfood.com/how-to-choose-a-label-and-printing-service",
    "customlogo": "https://customlogothing.com/blog/order-custom-printed-product-labels-with-confidence",
    "cpc537": "https://akmp.cpc.org.tw/en/post/contents/537",
    "cpc321": "https://akmp.cpc.org.tw/en/post/contents/321",
    "tv_ocop4": "https://www.vietnam.vn/he/them-4-san-pham-duoc-cong-nhan-dat-ocop-4-sao-nam-2025",
    "photovn": "https://photographer.vn/bang-gia/chi-phi-san-pham",
    "amazonphoto": (
        "https://sellercentral.amazon.com/gp/help/external/G44X5ZEJBPKD9VF9?language=vi_VN&ref=efph_G44X5ZEJB"
        "PKD9VF9_cont_GLB92H2ZXTHU95HH"
    ),
    "pixelz": "https://pixelz.com/blog/white-background-photography",
    "lettstudio": "http://www.lettstudio.com/blog-en/2016/12/13/fotografia-reklamowa-na-biaym-tle-9eky9",
    "dreamshot": "https://www.dreamshot.io/blog/ecommerce-product-photography-complete-guide-2026",
    "lamvideo": "https://lamvideo.net/?p=7113",
    "smartads": (
        "https://smartads.tech/blog/detail/video-ads-bi-quyet-viral-tang-chuyen-doi-va-tiet-kiem-ngan-sach-Fi"
        "4tFVFSdlNcWQ==.html"
    ),
    "dcmedia_hp": "https://blog.dcmedia.vn/cho-phien-ocop-hai-phong-nong-dan-hai-phong-chuyen-doi-so-voi-tiktok",
    "vnnews_tiktok": "https://vietnamnews.vn/economy/1347054/ha-noi-promotes-ocop-products-on-tiktok.html",
    "bth_ocop": "https://baothanhhoa.vn/khi-cac-chu-the-bat-tay-tieu-thu-san-pham-ocop-260392.htm",
    "ct_genz": (
        "https://congthuong.vn/ocop-but-pha-doanh-so-nho-chien-luoc-marketing-huong-toi-gioi-tre-432237.html?device=pc"
    ),
    "hcm_ocop": "http://shopadf.com/da-dang-hoa-dau-ra-cho-san-pham-ocop-145530.html",
    "dbp_ocop": (
        "https://en.baodienbienphu.com.vn/kinh-te/applying-digital-technology-to-develop-ocop-products-f8geYalNg.html"
    ),
    "imagelab": "http://www.imagelab.co.za/video-blog/45-how-much-should-a-promotional-video-cost",
    "profilm": "http://profilmvideo.com/howtostart.html",
    "richmedia": (
        "https://richmediadp.wordpress.com/2011/01/28/the-3-areas-of-your-small-business-video-production-budget/"
    ),
    "duonggiaphat": "https://duonggiaphat.vn/thiet-ke-website-thuong-mai-dien-tu",
    "easyweb": (
        "https://easy-web.club/small-business-website-cost-calculator-guide-domain-hosting-design-and-maintenance"
    ),
    "a2z": "https://a2znews.uk/article/b2/26976",
    "3it": "https://3it.services/blog/how-much-does-website-cost-small-business-2026",
    "mainsail": "https://mainsail.design/compare/small-business-website-cost-2026/",
    "24web": "https://www.24web.co.za/2020/01/14/what-are-all-these-costs-i-have-to-pay-for-my-website/",
    "shopone": "https://shopone.com.vn/?p=34860",
    "hapo": "https://hapodigital.com/bm-facebook/",
    "apaya": "https://apaya.com/blog/what-is-included-in-a-monthly-social-media-management-package",
    "ebiztalk": "https://ebiztalk.com/?p=8391",
    "likeable": "https://blog.likeablelocal.com/the-true-cost-of-social-media",
    "designodin": "https://www.designodin.com/blog/social-media-content-planning",
    "wireexpo": "https://wirecableshow.com/vn/WireExpo.asp?tag=procedures",
    "tsn": (
        "https://www.thetradeshownetwork.com/trade-show-blog/a-practical-guide-for-exhibitors-using-custom-re"
        "ntal-booth-designs"
    ),
    "trucolour": "http://tru-colour.com/exhibittips/boothsize.html",
    "kingstand": (
        "https://kingofexhibitionstands.com/faq-items/what-is-the-difference-between-shell-scheme-and-empty-space/"
    ),
    "scandisplay": "http://blog.scandisplay.co.za/blog/2009/07",
    "tcsknt": "https://tochucsukiennhatrang.vn/to-chuc-su-kien-la-gi",
    "quadaihoi": "https://quadaihoi.vn/?p=1788",
    "mekongintl": "https://mekonginternational.vn/su-kien/to-chuc-tiec-tat-nien-tan-nien-gala-dinner/",
    "cvt_hd": "https://cvt.vn/threads/luu-y-khi-ky-hop-dong-to-chuc-su-kien-tranh-rui-ro-phap-ly.1170185",
    "baophapluat_wed": (
        "https://baophapluat.vn/dan-nha-giau-chi-hang-tram-trieu-trang-tri-dam-cuoi-kieu-tay-post205386.html"
    ),
    "weddingdecor": "https://weddingdecor.vn/trang-tri-nha-ngay-cuoi/",
    "philinh": "https://philinhwedding.com/co-bao-nhieu-dich-vu-can-thiet-de-to-chuc-dam-cuoi-tai-viet-nam/",
    "philinh_en": "https://philinhwedding.com/cac-dich-vu-trong-dam-cuoi-bang-tieng-anh-tuong-ung-o-viet-nam/",
    "afamily_tg": (
        "https://afamily.vn/le-cuoi-cua-ai-nu-ong-trum-dong-tau-tien-giang-khong-gian-tiec-rong-lon-nhung-tu-"
        "gia-nha-gai-moi-la-diem-nhan-236260703151001668.chn"
    ),
    "vovwed": "https://vovworld.vn/en-US/thats-life/wedding-planners-find-joy-in-others-happiness-633966.vov",
    "theplanners": "https://theplannersvn.com/wedding-works/a-pastel-garden-wedding-in-saigon",
    "olwen": (
        "https://olwenstudio.com/en/the-planners-van-nguyen-ceo-we-have-a-great-responsibility-when-customers"
        "-have-faith-in-us-and-expect-us-to-fulfill-their-dreams"
    ),
    "ledleader": "https://www.leddisplayleader.com/info/how-to-choose-the-right-pixel-pitch-for-outdoo-103527880.html",
    "luxwave": "https://luxwave.vn/ru/kien-thuc-led/man-led-quang-cao-ngoai-troi",
    "tdcpolska": "http://tdcpolska.com/ekrany-zewnetrzne-led",
    "kawden": "https://www.kawdenledvisual.com/info/choosing-an-outdoor-led-display-led-screen-for-103553099.html",
    "competitive": "https://competitivesigns.com/category/window-graphics/",
    "signstation": "http://signstationmacon.com/channel-letters/",
    "locisland": "https://locationisland.com/construction_understanding_signs_3.html",
    "lightupatl": "https://lightupatlanta.com/channel_letters",
    "adpro": "https://www.adpro-signs.com/copy-of-landing-page-custom-busines",
    "thaonco": (
        "https://thaonco.com/vi/translation-times/phap-ly/dich-thuat-va-cong-chung-tp-hcm-quy-trinh-chi-phi-luu-y"
    ),
    "pnvt": "https://pnvt.vn/dich-thuat-cong-chung-tieng-anh-trong-ngay",
    "dichthuatso1": "https://dichthuatso1.com/en/dich-thuat-cong-chung-la-gi",
    "vtlocalize": (
        "https://vtlocalize.asia/index.php/3-bi-quyet-thue-phien-dich-trien-lam-hoi-cho-khong-ai-tiet-lo-cho-ban/"
    ),
    "freelensia": "https://www.freelensia.com/vi/blog/articles/19",
    "nguoiphiendich": "https://nguoiphiendich.com/vn/phien-dich-vien-tieng-han-o-sai-gon.html",
    "chtrad": "https://www.chtrad.com/en/interpreter-rate/",
    "interTrans": "https://www.inter-trans.gr/en/cost-charges/",
    "connect": "https://connect-translations.com/en/translation-costs/interpreter-costs-prices-interpreting-equipment",
    "simcon": "https://www.simconinterpreting.com/fees.html",
    "schreiber": "https://www.schreibernet.com/site.nsf/1/globalizing-your-website-4.htm",
    "traxlate": "https://traxlate.com/blog/ecommerce-localization-guide",
    "signewords": "https://www.signewords.com/blog-en/localizing-texts-for-ecommerce/",
    "ciklopea": "https://ciklopea.com/blog/localization/localizing-e-commerce-websites-god-is-in-the-detail/",
    "phoseo": "https://phoseo.com/bai-viet-chuan-seo",
    "peak": "https://peakagency.vn/bai-viet-chuan-seo-la-gi",
    "seocenter": "https://seocenter.vn/?p=3312",
    "itedo": "http://www.itedo.com/E/165_768.php",
    "b2be": "https://b2be.com/zh/blog/everything-about-e-catalogues",
    "wego": "https://support.wego.trade/hc/en-us/articles/115010139427",
    "baotintuc_tv": (
        "https://baotintuc.vn/kinh-te/tra-vinh-nhieu-hoat-dong-phat-trien-san-pham-ocop-20230504080643570.htm"
    ),
    "vnanet_vl": (
        "https://vietnam.vnanet.vn/vietnamese/tin-van/ket-noi-phat-trien-thi-truong-gia-tang-gia-tri-san-pham"
        "-ocop-430217.html"
    ),
    "lecourrier_tv": "https://lecourrier.vn/tra-vinh-soutient-le-developpement-des-produits-ocop/1276984.html",
    "nttu_gift": "https://ntt.edu.vn/?p=96881",
    "vnnews_tv": "https://vietnamnews.vn/society/1692988/mekong-delta-province-expands-ocop-product-development.html",
    "baotravinh_ho_tro": (
        "https://baotravinh.vn/kinh-te/ho-tro-kinh-phi-cho-cac-co-so-tham-gia-chuong-trinh-ocop-8308.html"
    ),
    "sggp_st": (
        "https://en.sggp.org.vn/trade-fair-promoting-ocop-products-specialties-nationwide-opens-in-soc-trang-"
        "post106477.html"
    ),
    "canglong": (
        "https://canglong.travinh.gov.vn/1433/38342/71837/689759/economy/promoting-brand-awareness-and-consum"
        "ption-of-local-specialty-products"
    ),
    "vl_98ocop": "https://www.vietnam.vn/en/vinh-long-phat-huy-tiem-nang-du-lich-quang-ba-san-pham-tu-nong-nghiep",
    "ag_promo": (
        "https://nongthon.vietnamtourism.gov.vn/promoting-ocop-certified-and-potential-ocop-products-in-the-p"
        "rovince-of-an-giang-in-2023-in-long-xuyen-city/?lang=en"
    ),
    "bentre_fair": "https://en.vietnamplus.vn/mekong-deltas-first-one-communeone-product-fair-opens/153923.vnp",
    "ct_ocopweek": "https://www.einpresswire.com/article/578122541/more-than-150-products-on-display-for-ocop-week",
    "tvu_khmer": (
        "https://en.tvu.edu.vn/the-southern-intermediate-pali-cultural-complementary-school-in-soc-trang-prov"
        "ince-visits-and-works-with-tra-vinh-university/"
    ),
    "vacc_khmer": (
        "https://vacc.org.vn/truong-dh-tra-vinh-la-truong-dai-hoc-duy-nhat-tai-viet-nam-giang-day-nganh-ngon-ngu-khmer"
    ),
    "baocantho_tvu": (
        "https://baocantho.com.vn/gop-phan-xay-dung-nguon-nhan-luc-dan-toc-thieu-so-co-chat-luong-cho-vung-db"
        "scl-a171560.html"
    ),
    "anphat": "http://anphatprinting.com/printing/in-offset/bao-bì-packaging",
    "insacmau": "https://insacmau.com/tem-chong-hang-gia",
    "innhanhasia": "https://innhanhasia.com/in-tem-phu-san-pham/",
    "temchong4t": "https://temchonghanggia4t.com/cach-nhan-biet-tem-chong-hang-gia/",
    "gol_label": "https://news.gol.vn/tam-quan-trong-cua-ghi-nhan-thuc-pham",
    "hoabinh_htx": (
        "https://vietnamnet.vn/hoa-binh-day-manh-tuyen-truyen-ve-chuyen-doi-so-cho-cac-hop-tac-xa-2226696.html"
    ),
    "myanphu": "https://myanphu.vn/?p=674",
    "mavach_printer": "http://mavach.blogspot.com/2009/06/may-in-ma-vach-thermal-printer.html",
    "mavach_faq": "http://mavach.blogspot.com/p/hoi-ap.html",
    "temrfid": "https://temrfid.com.vn/?p=4178",
    "lenis": "https://businesscasestudies.co.uk/food-packaging-startups-economics-growth-technical-aspects/",
    "globalfb": "https://globalfoodandbeverage.com/?p=14438",
    "gsm_scribd": "https://www.scribd.com/document/671957804/Food-Packaging",
    "xuongevent": "https://xuongevent.vn/thiet-bi-su-kien",
    "truyenthongav": "https://truyenthongav.com/san-pham-dich-vu/to-chuc-su-kien/am-thanh-anh-sang-man-hinh/",
    "docnhanh_led": (
        "https://docnhanh.vn/kinh-te/khap-noi-tu-tap-xem-u23-man-hinh-co-lon-chay-hang-tang-gia-gap-3-tintuc514830"
    ),
    "rangdong_tl": (
        "https://ictvietnam.vn/he-thong-chieu-sang-thong-minh-nang-cao-hieu-qua-kinh-te-cho-nguoi-trong-thanh"
        "-long-62857.html"
    ),
    "xaydung_led": "https://xaydungtoday.vn/ung-dung-den-led-trong-chieu-sang-nong-nghiep-2",
    "modernmt": "https://modernmt.github.io/enterprise/",
    "tensorone": "https://docs.tensorone.ai/api-reference/ai/translation",
    "tuhocdohoa": "https://tuhocdohoa.vn/profile-la-gi-tat-tat-ve-profile/",
    "weaponize": "https://www.weaponize.com/food-photography-for-restaurants",
    "mktminds": "http://www.themarketingminds.com/professional-food-photography",
    "jerryphoto": "https://blog.photography-by-jerry.com/2010/11/10/you-taste-with-your-eyes/",
    "baogialai_flycam": (
        "https://baogialai.com.vn/tu-flycam-lang-hoa-canh-lo-gach-cu-o-cai-mon-dep-ngan-ngo-post197785.html"
    ),
    "phuongnam_backdrop": "https://phuongnamvina.com/backdrop-la-gi.html",
    "cophuon": (
        "https://cophuonquangcao.com/blog-nhung-diem-khac-biet-noi-bat-giua-co-phuon-va-bang-ron-trong-thiet-"
        "ke-va-ung-dung-thuc-te-10.html"
    ),
    "thiepcuoi": "http://thiepcuoihanquoc.com/dieu-khoan-su-dung.html",
    "lca_qc": "https://tracuuluat.lcalawfirm.vn/bai-viet/dieu-27-quang-cao-tren-bang-quang-cao-bangron-2380.html",
    "robpalmer": "https://robpalmer.com/blog/ecommerce-copywriting",
    "digitalheroes": "https://library.digitalheroes.co.in/content-sop.html",
    "copywiser": "https://copywiser.com/2016/01/09/product-descriptions/",
    "vov_okombok": (
        "https://english.vov.vn/en/sports/boat-race-within-ok-om-bok-festival-opens-in-tra-vinh-province-post982254.vov"
    ),
    "nld_ghengo": "https://nld.com.vn/le-hoi-khap-noi/dua-ghe-ngo-mung-le-hoi-ok-om-bok-20111110085836912.htm",
    "compex": "http://compexdisplay.com/before-the-trade-show/",
    "mc_checklist": "https://www.meetings-conventions.com/Resources/Meeting-Planning/MANAGING-A-TRADE-SHOW-BOOTH",
    "howstuff_ts": "https://money.howstuffworks.com/trade-show10.htm",
    "vnbusiness_qr": (
        "https://vnbusiness.vn/hop-tac-xa/minh-bach-ly-lich-san-pham-nang-tam-thuong-hieu-htx-1049826.html"
    ),
    "tv_txng": (
        "https://snnptnt.travinh.gov.vn/1444/38877/68080/630209/tin-chuyen-nganh/truy-xuat-nguon-goc-giup-doa"
        "nh-nghiep-quan-ly-san-xuat-nang-cao-nang-xuat-chat-luong-quang-ba-th"
    ),
    "crystalbay": (
        "https://crystalbay.com/41-festival-gach-gom-do-mang-thit-kham-pha-vuong-quoc-gach-do-vinh-long-n53294.html"
    ),
    "bangdatally": "https://bangdatally.xyz/doi-song/lang-gom-do-mang-thit-hoi-sinh-20250212192021005.htm",
    "vn_disan": "https://vietnam.vn/en/lam-moi-di-san-lang-nghe-de-phat-trien-du-lich",
    "baodongkhoi_keo": (
        "https://baodongkhoi.vn/giu-vung-va-phat-trien-thuong-hieu-keo-dua-ben-tre-11112012-a23276.html"
    ),
    "vinhtien_keo": "https://baodongkhoi.vn/tham-quan-mo-hinh-san-xuat-keo-dua-o-ben-tre-01122008-a6096.html",
    "datdua": (
        "https://vietnam.vnanet.vn/vietnamese/long-form/nghe-lam-keo-dua-thu-cong-ket-hop-du-lich-lang-nghe-o"
        "-ben-tre-427874.html"
    ),
    "dongA_keo": (
        "https://vietnam24h.vn/tin-tuc-che-bien-nong-san-thuy-san/item/146324-keo-dua-sau-rieng-duoc-danh-gia"
        "-tiem-nang-5-sao.html"
    ),
    "duasap_fest": (
        "https://lite.baomoi.com/tra-vinh-san-pham-dua-sap-hut-hang-kho-dap-ung-du-nhu-cau-trong-dip-festival"
        "-c50042346.epi"
    ),
    "duasap_kt": "https://kienthuc.net.vn/kinh-doanh/to-mo-loai-dua-dac-san-200000-dongqua-van-chay-hang-1858833.html",
    "labelking": "http://labelking.vn/tem-decal-vo-vi/tem-ma-vach-vi/",
    "nasadv": "https://nasadvertising.com/labels",
    "startnews": "https://startnewswire.com/guide-to-custom-labeling-for-product-distribution",
    "trendhunter": "https://trendhunter.com/amp/trends/organic-packaging",
    "kaleido": "https://www.thinkkaleidoscope.com/blog/doing-more-farm-than-good/",
    "dma": "https://www.dma-solutions.com/thecoreblog/is-your-packaging-helping-or-hurting-your-brand",
    "acquire": "https://acquireconvert.com/catalog-photography/product-photography-ecommerce",
    "elenavels": "https://elenavelsstudio.com/the-architecture-of-e-commerce-product-photography",
    "spacerock": "https://spacerockvideos.com/?p=95",
    "craftify": "https://www.craftify.ai/academy/blogs/domain-names-web-hosting-small-business-essentials-craftify-ai",
    "xpeartz": "https://xpeartz.com/blog/website-cost-breakdown-small-businesses",
    "cwd": "http://www.creativewebdesign.com.au/2004/09/",
    "twine": "https://www.twine.net/blog/cost-of-social-media-management-for-small-businesses/",
    "sharesach": "https://sharesach.com/book/facebook-marketing-5-0-an-ban-co-chinh-sua-bo-sung-2021-rM6ovW/5",
    "fbads_book": "https://pdfslide.tips/data-analytics/ban-thao-sach-facebook-ads-final.html",
    "wdshop": "http://weddingdress-shop.com/knowledge/7318.html",
    "cogoled": "https://www.cogoled.com/products/High-brightness-LED-display-billboard-sign-572.html",
    "triiuh": "https://tri-iuh.blogspot.com/2013/01/ky-thuat-quet-led-matrix-8x4.html",
    "khmer_chua": "https://tacnghiep.thoidai.com.vn/them-dia-chi-hoc-tieng-khmer-mien-phi-cho-nguoi-viet-185835.html",
    "han_training": (
        "https://123docz.net/document/11578400-bai-hoc-ve-dao-tao-bien-phien-dich-o-han-quoc-de-nang-cao-chat"
        "-luong-dao-tao-bien-phien-dich-tai-viet-nam.htm"
    ),
    "flyriver": "https://www.flyriver.com/g/api-for-translation",
    "evn_led": (
        "https://evn.com.vn./d6/tknl-d/Dung-den-led-hay-den-compact-trong-san-xuat-nong-nghiep-100-653-52660.aspx"
    ),
    "nlsach_led": (
        "https://nangluongsachvietnam.vn/d6/vi-VN/news/Su-dung-den-LED-phuc-vu-hieu-qua-san-xuat-nong-nghiep-"
        "6-1960-4167"
    ),
    "unleashed": "https://support.unleashedsoftware.com/hc/en-us/articles/27183213706265-B2B-Catalogues",
    "planetb2b": "https://planetb2b.com/?p=238",
    "bradley": "https://bradleyporter.com/how-to-write-ecommerce-product-descriptions.html",
    "philiprahm": "https://www.philiprahm.com/how-does-food-packaging-equipment-serve-its-task-a-144.html",
    "packstrat": "https://www.packagingstrategies.com/articles/98348-roundtable-on-bagpouch-making",
    "laodong_qr": "https://laodongthudo.vn/loi-ich-kep-tu-viec-truy-xuat-nguon-goc-nong-san-146213.html",
    "phunu_hoa": (
        "https://phunu.nld.com.vn/chuyen-trang-phu-nu/thoa-thich-tung-tay-giua-canh-dong-hoa-ruc-ro-tai-quan-"
        "9-20200912125903355.htm"
    ),
    "antuong": "https://antuongweb.com/chinh-sach-bao-hanh-va-nang-cap-website/",
    "lightvn": "https://light.com.vn/co-nen-thiet-ke-website-chuan-seo-gia-re-khong-ai-phu-hop-ai-khong",
    "mino": "https://mino.vn/quy-trinh-lam-viec-tai-mino/",
    "duyngaodu": "https://duyngaodu.com/website-la-gi/",
    "fabevents": "https://www.fabevents.co.in/branding.php",
    "accn": "http://accn.com.au/putting-your-celebration-needs-in-the-hands-of-professionals/",
    "gfstudio": "https://gfstudio.pl/eventy/jubileusze-i-gale",
    "bullet": "https://bullet-consulting.com/corporate-events-unusual-lifespan",
    "steemit_mv": "https://steemit.com/vietnamese/@kimtu241894/cac-loai-tem-nhan-ma-vach-tu-a-den-z",
    "tlgk": "http://tlgk.info/doing-racks-the-right-way/",
    "kami": "https://kamiagence.com/articles/5-ly-do-smes-phai-dau-tu-vao-branding-ngay-tu-ngay-dau-tien",
    "bdg_sign": "https://blackdiamondgames.blogspot.com/2007/07/signs-signs-everywhere-signs.html",
    "getbig": "https://www.getbig.com/boards/index.php?topic=172634.msg2423147",
    "bigtinypig": "http://bigtinypig.blogspot.com/2009/06/menu-photographer.html",
    "dientu48": "https://dientu48.com/nghe-nhin",
    "ecomtimes": "https://www.ecommercetimes.com/story/how-to-build-a-web-site-without-borders-68202.html",
    "scribd_event": "https://scribd.com/document/731162307/event-proposal-presentation-1",
    "travishodges": "http://travishodges.co.uk/wedding-sets-vietnam/",
    "ledguru": "http://ledscreenguru.com/publications/171-fine-pitch-outdoors-fashion-or-necessity",
    "danchuphapluat": (
        "https://danchuphapluat.vn/hoan-thien-phap-luat-ve-quang-cao-tao-co-so-phap-ly-cho-hoat-dong-quang-ca"
        "o-phat-trien-trong-tinh-hinh-moi"
    ),
    "dtstarworld": (
        "https://dichthuatstarworld.com/de-dich-thuat-cong-chung-trong-ngay-tai-lieu-can-dap-ung-dieu-kien-gi.html"
    ),
    "migration": "https://migrationtranslators.com.au/blog/tag/translations-localization",
    "toplist_tdv": "https://toplist.vn/top/thong-dich-vien-50214.htm",
    "valentina": "https://valentinacaprio.com/2015/09/who-are-interpreters",
    "quentoq": "https://www.quentoq.com/there-are-billions-of-product-descriptions-on-the-internet-who-writes-them/",
    "webmag": (
        "https://www.websitemagazine.com/marketing/write-product-descriptions-that-sing-and-sell?utm_source=n"
        "ewsletter&utm_medium=email&utm_campaign=newsletter"
    ),
    "infinity": "https://infinity.net.vn/content-chuan-seo-la-gi/",
    "rsonline": "https://it.rs-online.com/web/content/discovery-blog/mro/cos-e-un-catalogo-online",
    "myaivn": "https://myaivn.com/dan-am-thanh-chuyen-nghiep-cho-moi-quy-mo-su-kien.html",
}
