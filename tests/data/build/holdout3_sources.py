"""Source pages for the third held-out set (holdout3): key -> URL of a public page the item paraphrases."""

S = {
    "cua_tv": "https://www.sggp.org.vn/dbscl-con-cua-xua-con-tom-216033.html",
    "cua_ky": "https://123docz.net/document/2319474-ky-thuat-nuoi-cua-bien-chat-luong-cao.htm",
    "cua_giong": "https://baotintuc.vn/tags/cua+biển+giống.htm",
    "ngheu_seminar": "https://tailieuhoc.vn/seminar-he-thong-nuoi-ngheu-ngao-2540",
    "nhuyenthe": "http://farmtech.vn/blog/category/nuoi-trong-thuy-san/nhuyen-the/so",
    "clam_iucn": "https://www.iucn.org/vi/node/10848",
    "clam_msc": "https://www.fishsource.org/stock_page/1188",
    "hau_bt": "https://sokhcn.cantho.gov.vn/default.aspx?nid=14315&pid=57",
    "hau_tv": "https://baomoi.net.vn/nong-dan-vung-ven-bien-phat-trien-nuoi-hau-c52112051.epi",
    "buoi_hoa": "http://duyenhai.nhanongxanh.vn/box/bi-quyet-giup-buoi-do-ra-hoa-tap-trung-131492/",
    "sr_phyto": "https://phanbonachau.com/phong-benh-tren-cay-sau-rieng-do-nam-phytophthora-palmivora",
    "sr_ximu": "https://funo.vn/kien-thuc-nong-nghiep/giai-phap-cay-trong-cay-sau-rieng/"
    "phong-tri-benh-xi-mu-tren-cay-sau-rieng-kinh-nghiem-tu-chuyen-gia",
    "nhan_vl": "http://diendannongnghiep.com/tin-tuc-nong-nghiep/11525-330ha-nhan-benh-choi-rong-da-phuc-hoi.html",
    "nhan_sotay": "https://xemtailieu.net/tai-lieu/"
    "so-tay-huong-dan-phong-tru-nhen-long-nhung-truyen-benh-choi-rong-hai-nhan-1350747.html",
    "nhan_baovl": "http://baovinhlong.com.vn/kinh-te/nong-nghiep/201208/"
    "mot-nong-dan-dieu-tri-thanh-cong-benh-choi-rong-tren-nhan-2568241/",
    "khoai_bt": "https://vinhlongtourist.vn/vi/detailnews/"
    "?t=khoai-lang-san-pham-dac-trung-cua-que-huong-binh-tan&id=news_117",
    "bun_auto": "https://123docz.net/document/3398206-nghien-cuu-thiet-ke-che-tao-he-thong-san-xuat-bun-tu-dong.htm",
    "bun_memart": "https://memart.vn/tin-tuc/blog3/cong-nghe-san-xuat-bun-tuoi-vi-cb.html",
    "hutieu": "https://maythucphamdiepky.com/hu-tieu-ngon-nho-san-xuat-sach-a59.html",
    "mango_ff": "https://minhlongagro.com/en/ruoi-duc-trai",
    "mango_bag": "https://en.vietnamplus.vn/short-supply-hits-mango-exports/67482.vnp",
    "fruitfly_sofri": "https://paperzz.com/doc/8726562/--integrated-pest-management-%40-ait",
    "rice_shrimp": "https://thefishsite.com/articles/future-proofing-rice-and-shrimp-farms-in-the-mekong-delta",
    "rice_shrimp_vd": "https://www.vd-office.org/en/"
    "mekong-delta-growing-application-of-environmentally-friendly-shrimp-rice-farming-model/",
    "awd_jircas": "https://www2.mdpi.com/1424-8220/22/21/8418",
    "awd_bsb": "https://biosilico.vn/post/the-alternate-wetting-and-drying-awd-farming-technique-and-its-application-in-vietnam",
    "awd_uptake": "https://vdocuments.site/alternate-wetting-and-drying-awd-irrigation-technology-uptake-2016-03-30-3.html",
    "bsf_seabass": "http://www.lrrd.org/lrrd36/3/3628ptpt.html",
    "bsf_snakehead": "https://www.lrrd.org/lrrd35/10/3588ndqu.html",
    "bsf_echo": "https://echocommunity.org/my/resources/86a8212a-a048-41c6-ab31-536c111e75ac",
    "rain_vinhchau": "http://vietnamscience.vn/index.php/VJSTE/announcement/abstract42",
    "rain_camau": "https://discovery.researcher.life/article/"
    "assessing-rainwater-quality-in-ca-mau-province-unveiling-the-potential-and-viability-for-domestic-usage/"
    "3a76ca9c032e3cacb131c154ff5334dd",
    "rain_om": "https://iwaponline.com/aqua/article/70/2/202/80099/Assessment-of-rainwater-harvesting-and-maintenance",
    "solar_pump_undp": "https://global-prod.acquia.undp.org/cambodia/blog/"
    "how-solar-powered-water-pumps-are-boosting-productivity-and-resilience-cambodias-farmers",
    "solar_pump_irri": "https://rural21.com/english/a-closer-look-at/detail/article/"
    "the-potential-of-cambodias-solar-technology-market-to-support-farmer-led-irrigation.html",
    "fishsauce_vnua": "https://eng.vnua.edu.vn/news-and-events/"
    "usinh-protex-51fp-as-a-starter-for-accelerating-fish-sauce-fermentation-from-anchovy-stolephorus-commersonii-52931",
    "fishsauce_pq": "https://en.dangcongsan.vn/multimedia/-184413.html",
    "df_canker": "https://edis.ifas.ufl.edu/publication/PP355",
    "df_thai": "https://doczz.net/doc/3807871/dragon-fruit--pitaya--diseases-in-thailand--incidence",
    "greening": "https://n2agro.vn/giai-phap-cay-trong/benh-vang-la-gan-xanh-tren-cam/!",
    "camsanh": "https://gap.org.vn/gioi-thieu-ve-cay-cam-sanh/trackback",
    "luon_qsti": "https://qsti.vn/vi/videos/phim-ky-thuat/ky-thuat-nuoi-luon-dong-khong-bun-trong-be-xi-mang-15.html",
    "luon_bat": "https://damtang.com/"
    "Ky-thuat-nuoi-luon-trong-be-bat-voi-con-giong-nhan-tao-su-dung-nuoc-ngam--Tap-chi-Thuy-san-Viet-Nam-1663581330",
    "bo_phupham": "https://hoichannuoi.vn/"
    "anh-huong-khau-phan-tan-dung-nguon-phu-pham-dia-phuong-va-phuong-phap-gia-nhiet-len-tang-truong-va-suc-khoe-cua-bo-lai-bbb.html",
    "bo_lac_uchua": "http://123doc.org/document/540760-su-dung-than-la-u-chua-lam-thuc-an-nuoi-bo-thit-tai-bac-giang.htm",
    "bacomdua": "https://123doc.org/document/"
    "1310288-san-xuat-thu-nghiem-che-pham-chat-tien-sinh-prebiotic-tu-phu-pham-ba-com-dua-de-dung-trong-chan-nuoi.htm",
    "chat_thai": "https://123docz.net/document/4879581-van-de-moi-truong-trong-quan-ly-va-xu-ly-chat-thai-chan-nuoi.htm",
    "say_setech": "https://bavutex.baria-vungtau.gov.vn/tin-tuc/thiet-bi-say-bang-nang-luong-mat-troi.html",
    "say_cadua": "https://vtcnews.vn/ung-dung-thanh-cong-may-say-ca-dua-vao-thuc-tien-ar336090.html",
    "say_ag": "https://baoangiang.com.vn/hieu-qua-nha-phoi-say-nang-luong-mat-troi-a357620.html",
    "say_ict": "https://ictnews.vietnamnet.vn/kham-pha/tiet-kiem-nang-luong/"
    "cong-nghe-say-nang-luong-mat-troi-giup-tiet-kiem-dien-nang-266652.html",
    "thuycanh": "https://vdocuments.pub/trng-rau-n-l-theo-phng-php-thy-canh.html",
    "man_vungliem": "https://dev.tailieu.vn/doc/"
    "danh-gia-anh-huong-cua-xam-nhap-man-va-cac-yeu-to-kinh-te-xa-hoi-den-san-xuat-nong-nghiep-huyen-vu-2036433.html",
    "dauphong_tv": "https://travinh.gov.vn/1444/38877/68080/643679/tin-chuyen-nganh/"
    "tin-hieu-vui-cho-cay-dau-phong-tren-dat-giong-cat-o-tra-vinh",
    "dauphong_cn": "https://snnptnt.travinh.gov.vn/1444/38877/68089/598758/tin-tuc-khac/tra-vinh-chuyen-doi-cay-trong-tren-dat-cat",
    "may_tuot_dp": "https://sonongnghiep.tayninh.gov.vn/trong-trot-bvtv/m-y-tu-t--u-ph-ng-t-i-2097.html",
    "tcx_lua": "https://www.aquafisheriesexpo.com/tin-nganh/mo-hinh-nuoi-tom-cang-xanh-tren-ruong-lua/",
    "tomlua_cm": "https://tailieuebook.com/giai-phap-nuoi-tom-trong-mo-hinh-luan-canh-tom-lua-o-vung-ban-dao-ca-mau-478/",
    "keodua": "http://khoahocphattrien.vn/Dia-phuong/chet-me-chet-met-voi-dac-san-ben-tre/20170806072329128p1c937.htm",
    "keodua_dl": "https://vietnam.vnanet.vn/vietnamese/long-form/"
    "nghe-lam-keo-dua-thu-cong-ket-hop-du-lich-lang-nghe-o-ben-tre-427874.html",
    "demlot_tn": "https://tayninh.gov.vn/vi/news/chuong-trinh-muc-tieu-quoc-gia/"
    "n-ng-d-n-x-ph-c-ninh-nu-i-heo-b-ng--m-l-t-sinh-h-c-13933.html",
    "demlot_ga": "https://nongnghiephuuco.vn/nhung-loi-ich-thiet-thuc-khi-nuoi-ga-tren-dem-lot-sinh-hoc-6867.html",
    "spw_avrdc": "http://www.fadr.msu.ru/rodale/agsieve/txt/vol2/2/art7.html",
    "spw_kau": "https://celkau.in/ecropdoctor/tuber/sweetpotato/weevil.php",
    "durian_salt": "https://e.vnexpress.net/news/news/environment/drought-killing-mekong-delta-durian-with-salt-4586064.html",
    "durian_revive": "https://vietnamagriculture.nongnghiep.vn/reviving-durian-area-after-historical-drought-and-salinity-d295323.html",
    "hpp": "https://freshsaigon.com/blogs/wonder-woman/"
    "hieu-ro-hon-cong-nghe-xu-ly-bang-ap-suat-cao-hpp-trong-che-bien-thuc-pham",
    "nhatky_mic": "https://mic.gov.vn/print/news-197153445.htm",
    "nhatky_dn": "https://vietnamnet.vn/dong-nai-nong-dan-ung-dung-ghi-chep-nhat-ky-dien-tu-nang-cao-gia-tri-nong-san-2463873.html",
    "nutrient_mgr": "http://123doc.org/document/"
    "1525317-su-dung-cong-nghe-thong-tin-va-truyen-thong-ict-trong-khuyen-nong-phan-bon-kinh-nghiem-tu-phan-mem-quan-ly-dinh-duong-cho-cay-lua.htm",
    "snakehead_ctu": "https://was.org/meetings/ShowAbstract.aspx?Id=19810",
    "catfish_feed": "https://www.readkong.com/page/on-farm-feed-management-practices-for-striped-catfish-in-2395596",
    "nam_vl": "http://www.khuyennongvn.gov.vn/hoat-dong-khuyen-nong/chuyen-giao-tbkt/"
    "vinh-long-mo-hinh-trong-nam-rom-ho-tro-dong-bao-cac-xa-kho-khan_t114c30n19056",
    "nam_ctu": "https://coa.ctu.edu.vn/khuyen-nong-khct/537-dien-dan-khuyen-nong-nong-nghiep-chuyen-de-phat-trien-nghe-trong-nam-hieu-qua.html",
    "tinhdau_buoi": "https://www.lienminhxanh.com/quy-trinh-chung-cat-tinh-dau-buoi-va-thanh-tra-hue-tai-lien-minh-xanh/",
    "may_tuot_dp_kh": "https://doanhnghiepthuonghieu.vn/lao-nong-che-may-tuot-lac-vua-re-vua-khoe-nhieu-nguoi-hoi-mua-p13510.html",
    "vht": "https://expydoc.com/doc/1738725/subject--situation-of-postharvest-technology-for-vapor-heat",
    "irradiation": "https://www.iaea.org/newscenter/news/irradiation-secures-viet-nams-fruit-exports",
    "nam_indoor": "https://baodongthap.vn/nong-nghiep/trinh-dien-mo-hinh-trong-nam-rom-trong-nha-72222.aspx",
}
