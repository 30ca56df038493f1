"""Sources (public pages) for the holdout104 labelled set: posts, couriers and e-commerce fulfilment."""

S = {
    # postal channel, online selling for farmers
    "mic_postmart": "https://mic.gov.vn/buu-dien-dua-na-buoi-da-xanh-chanh-khong-"
    "hat-len-san-tmdt-postmart-197148207.htm",
    "ven_post": "http://ven.vn/post-offices-help-farmers-sell-produce-44837.html",
    "vnnet_5m": "https://m.vietnamnet.vn/en/sci-tech-environment/"
    "5-million-farmer-households-to-sell-produce-online-this-year-763880.html",
    "vnplus_fr": "https://fr.vietnamplus.vn/les-entreprises-postales-donnent-un-coup-de-main-aux-agriculteurs-dans-"
    "lecommerce/176684.vnp",
    "vietmaz_voso": "https://www.vietmaz.com/2021/03/viettel-post-launches-e-commerce-sites-to-help-hai-duong-farmers/",
    "ninhthuan_nhan": "https://baoninhthuan.com.vn/news/124247p1c25/buu-dien-tinh-ho-tro-tieu-thu-nhan-dong-thap.htm",
    "bacgiang_vai": "https://baomoi.net.vn/bac-giang-cac-don-vi-buu-chinh-dong-hanh-tieu-thu-vai-thieu-c46143703.epi",
    "travinh_san": "https://doanhnghiepkinhtexanh.vn/tra-vinh-ho-tro-nong-dan-dua-san-pham-nong-nghiep-len-san-"
    "thuong-mai-dien-tu-a1594.html",
    "vnnet_travinh": "https://vietnamnet.vn/tra-vinh-da-dang-san-pham-cua-ba-con-dan-toc-thieu-so-2210072.html",
    "thanhnien_live": "https://thanhnien.vn/livestream-ban-nong-san-nguoi-dan-vung-cao-thu-ve-hieu-qua-ngoai-suc-"
    "tuong-tuong-185251003160047545.htm",
    "doc_live": "https://text.123docz.net/document/9390924-ung-dung-livestream-qua-mang-xa-hoi-ban-san-pham-ca-phe-"
    "cua-nguoi-nong-dan-o-tay-nguyen-viet-nam.htm",
    "vtc_live": "https://amp.vtcnews.vn/hanh-trinh-livestream-gian-nan-nong-dan-phai-treo-len-nui-hung-song-de-ban-"
    "hang-ar992128.html",
    "cnds_live": "https://congnghevadoisong.vn/tu-livestream-dac-biet-ban-vai-den-chien-luoc-ban-le-nong-san-viet-"
    "d75356.html",
    "dantri_live": "https://dantri.com.vn/lao-dong-viec-lam/bo-rau-2000-dong-doi-doi-co-gai-ngheo-chon-tham-son-"
    "20251111123758619.htm",
    "bangdatally": "https://www.bangdatally.xyz/xa-hoi/khi-nha-nong-len-san-so-nong-nghiep-viet-tim-duong-trong-"
    "thoi-dai-du-lieu-ky-3-20250511101551551.htm",
    "anlao_vai": "https://anlao.binhdinh.gov.vn/vi/news/van-hoa-xa-hoi/buu-dien-huyen-an-lao-chung-tay-giai-cuu-"
    "vai-thieu-bac-giang-1628.html",
    "xanhmarket_ocop": "https://xanhmarket.vn/chuong-trinh-ocop-la-gi-va-loi-ich-khi-tham-gia-ocop-p1000042.html",
    # sorting and hubs
    "talkvn_sort": "https://www.talkvietnam.org/2021/03/vietnam-post-launches-automated-package-sorting-system/",
    "kenh14_best": "https://kenh14.vn/ben-trong-mot-trung-tam-giao-nhan-ngay-giap-tet-nhan-vien-boi-trong-bien-hang-"
    "hoa-bang-chuyen-phan-loai-tu-dong-hang-hoa-toc-do-2-mili-giay-215260211143825287.chn",
    "vnnow_best": "https://vnnow.net/en/business/operational-links-ensure-on-time-tet-deliveries-at-best-express-"
    "cu-chi-181492.html",
    "vnexpress_best": "https://vnexpress.net/nhung-mat-xich-van-hanh-dua-hang-tet-ve-dich-tai-best-express-cu-chi-"
    "5039634.html",
    "mps_agv": "https://mps-asia.com/blogs/tech-news/the-most-unlikely-innovator-in-vietnam-the-post-office",
    "vov_lel": "https://english.vov.vn/economy/lel-express-to-pioneer-elogistics-377766.vov",
    "vnpost_hd": "http://www.vnpost.vn/en-US/bai-viet/chi-tiet/id/93805/key/"
    "vietnam-post-innovates-production-organization-to-improve-operation-efficiency",
    "vnpost_iot": "http://www.vnpost.vn/en-us/chuyen-trang/gioi-thieu",
    "packmb_rice": "https://packmb.com/what-is-a-rice-packaging-machine.html",
    "ricemill_blend": "https://ricemachinerymfg.com/?page_id=112",
    "irjet_weigh": "https://www.slideshare.net/irjetjournal/irjet-automatic-weighing-and-packaging-machine",
    # last mile, routing, addressing, vehicles, water
    "routeflow": "https://route-flow.com/pt-br/blog/route-optimization-small-fleet-guide",
    "raute": "https://www.raute.io/blog/complete-guide-route-optimization-2026/",
    "hector_vrp": "https://gethector.io/de/blog/what-is-route-optimization-software",
    "sembricks": "https://www.sembricks.com/industries/logistics/route-optimization",
    "climbladder": "https://climbtheladder.com/what-is-route-optimization-software-and-how-it-works/",
    "gmaps_plus": "https://mapsplatform.google.com/resources/blog/"
    "how-enable-deliveries-people-and-places-without-traditional-addresses",
    "pluscodes": "https://plus.codes/benefits",
    "google_cv": "https://blog.google/intl/en-africa/products/explore-get-answ"
    "ers/delivering-mail-where-streets-have-no",
    "tvpl_postcode": "https://thuvienphapluat.vn/phap-luat-doanh-nghiep/ma-buu-chinh-cua-63-tinh-thanh/tags.html?"
    "tagName=M%C3%A3+b%C6%B0u+ch%C3%ADnh+c%E1%BB%A7a+63+t%E1%BB%89nh+th%C3%A0nh",
    "selex_vnnet": "https://vietnamnet.vn/en/swapping-ev-batteries-takes-only-2-minutes-cabinet-race-accelerates-"
    "2451367.html",
    "investor_ebike": "https://theinvestor.vn/news/vietnams-green-push-sparks-e-bike-race-d5928.amp",
    "asean_gojek": "https://theaseandaily.com/gojek-to-utilize-battery-swap-stat"
    "ions-for-electric-motorbikes-in-vietnam",
    "xe_swap": "https://xe.today/2025/12/30/the-race-to-build-electric-motorcycle-battery-swapping-stations-in-vietnam",
    "eurasia_swap": "https://www.eurasiatimes.org/en/vietnam-pushes-on-electricity-and-promotes-batteries-exchange/",
    "everbest": "https://everbest.com.vn/optimizing-last-mile-delivery-in-vietnam-strategies-for-speed-and-cost-"
    "efficiency",
    "itifund_pudo": "https://itifund.com/en/pick-up-drop-off-a-breakthrough-in-last-mile-delivery",
    "jonuns_cdp": "https://www.jonuns.com/index.php/journal/article/view/1068",
    "briefasia": "https://www.briefasia.com/article/vietnam-super-app-rural-delivery-frontier",
    "lahti": "https://cupdf.com/document/last-mile-delivery-for-e-commerce-in-vietnam.html",
    "ssopdot": "https://ssopdot.com/blog/8546.html",
    "slideshare_lml": "https://www.slideshare.net/slideshow/lastmile-logistic-in-vietnam/251002561",
    "vlr_urban": "https://vlr.vn/urban-logistics-and-the-last-mile-puzzle-in-vietnam-s-major-cities-26350.html",
    "perth_drone": "https://www.perthnow.com.au/technology/uks-royal-mail-tests-drone-deliveries-c-2802103",
    "iet_drone": "https://engx.theiet.org/b/articles/posts/royal-mail-to-establish-50-new-drone-delivery-routes",
    "boingboing": "https://boingboing.net/2021/05/12/royal-mail-testing-drone-delivery-to-britains-outlying-"
    "islands.html",
    "eurosender_water": "https://www.eurosender.com/blog/en/water-transport/",
    "unisco_water": "https://www.unisco.com/blog/urban-waterways-transform-freight-delivery-and-reduce-congestion",
    "citylogistics": "http://www.citylogistics.info/research/waterborne-city-logistics-is-it-feasible/",
    "mukpo_kayak": "https://mukpo.com/?p=5471",
    "zimpix_bassac": "https://zimpix.photoshelter.com/image/I0000CfcgV5HyxgU",
    "itmc_floating": "http://itmc.edu.vn/threads/113210-floating-market-of-mekong-delta.html?"
    "s=7bfb7e5413fe846c56763f19f6a4c06a",
    "asiantrails": "https://www.asiantrails.travel/portraits-of-asia/floating-market/",
    "eatdrink_mekong": "https://eatdrinkcooktravel.wordpress.com/tag/mekong/",
    # cold chain
    "enviro_fish": "https://enviroliteracy.org/how-do-you-package-fish-for-shipping",
    "envolvers_sea": "https://envolversseoul.com/2023/10/03/six-supplies-you-need-"
    "for-shipping-fresh-seafood-out-of-town/",
    "fishersline": "https://fishersline.com/how-to-ship-fresh-fish-overnight",
    "enviro_rawfish": "https://enviroliteracy.org/animals/can-you-ship-raw-fish",
    "alaska_sea": "https://alaskacargoqa.com/what-we-ship/seafood",
    "taxitai_fruit": "https://taxitaikienvang.org/cach-bao-quan-trai-cay-khi-van-chuyen",
    "abctech_fruit": "http://abctech.vn/cach-van-chuyen-va-bao-quan-trai-cay-dai-ngay/",
    "thuongphat_cold": "http://thuongphatlogistics.com.vn/en/cold-chain-development-potential-of-vietnams-logistics-"
    "industry-t137.html",
    "loadstar_aba": "https://theloadstar.com/vietnams-cold-chain-sector-booming-domestic-demand-soars/",
    "vnnet_cold": "https://vietnamnet.vn/en/greater-focus-on-cold-chain-logistics-E199078.html",
    "tannamchinh": "https://tannamchinh.com/tag/dich-vu-logistics-lanh/page/2/",
    "eria_cold": "https://dokumen.tips/documents/overview-of-the-cold-chain-for-agriculture-in-viet-nam-overview-"
    "of-the-cold-chain.html",
    "arrowlane": "https://www.arrowlane.ai/glossary/data-logger",
    "jit_iot": "https://www.jittransportation.com/posts/iot-sensors-cold-chain-logistics-guide",
    "datalogger_inc": "https://dataloggerinc.com/resource-article/what-is-the-cold-chain/",
    "talyapak": "https://www.talyapak.com/en/uncategorized/why-are-data-logger-transmitters-necessary/",
    "digitalhouse": "https://digitalhouse.cloud/sensor-driven-cold-chain-monitoring-hosting-and-integrating-",
    "betis_bag": "https://www.betis-cn.com/news/industry-news/doublelayer-insulated-delivery-bag-materials-"
    "performance-buying-guide.html",
    "coraggio_bag": "https://coraggiobag.com/how-food-buyers-choose-insulated-delivery-bags/",
    "backpack_hot": "https://aliasgharkhan.com/best-bike-delivery-backpack",
    "centralrest_bag": "https://resources.centralrestaurant.com/insulated-food-delivery-bags-buying-guide/",
    "coolbot_sonla": "https://diendandoanhnghiep.vn/son-la-chuoi-cung-ung-lanh-giai-phap-nang-cao-gia-tri-nong-san-"
    "233525.html",
    "panorama_caas": "https://panorama.solutions/en/scale/local?page=17",
    "seforall_vcca": "https://www.seforall.org/cool-crops-hot-profits",
    "leisa_solar": "https://www.leisaindia.org/solar-powered-cold-storage-system-a-sustainable-technological-solution/",
    "naturals_solar": "https://naturals.website/solar-cold-storage-for-small-farmers-practical-pathways-to-r",
    "nextbillion": "https://nextbillion.net/off-grid-solar-food-waste-africa/",
    "gaon_cold": "https://en.gaonconnection.com/english/post-harvest-cold-storage-unit-puts-smiles-back-on-the-faces-"
    "of-farmers-in-odisha-2/",
    "impactfailure": "https://impactfailure.org/good-intentions-flawed-assumptions-solar-powered-cold-storage-"
    "facility-to-reduce-the-wastage-of-fresh-produce/",
    "laodong_kholanh": "https://laodong.vn/tags/kho-lanh-thong-minh-503239.ldo",
    "citrus_reefer": "https://www.citrusfreight.com/resource/blog/what-is-a-reefer-container-and-what-is-its-"
    "importance-in-fruit-and-vegetable-exports",
    "mdpi_coating": "https://www.mdpi.com/2624-7402/5/1/34",
    "doc_kholanh": "https://123docz.net/document/15416928-du-an-kho-lanh-bao-quan-va-day-chuyen-che-bien-nong-san-"
    "www-duanviet-com-vn-0918755356.htm",
    "morethan_ca": "https://www.morethanshipping.com/refrigerators-on-ocean/",
    "afamily_buoi": "https://afamily.vn/canh-bao-dac-biet-toi-cac-gia-dinh-dang-bay-buoi-ngay-tet-"
    "236260301092622556.chn",
    "zaidap_chuoi": "https://zaidap.com/so-che-va-bao-quan-chuoi-nhu-the-nao-d269545.htm",
    "fwps_kholanh": "https://ptop.only.wip.la:443/https/www.scribd.com/document/870517929/FWPS-Vol-1-No-4-Paper-9",
    "baothuonggia": "https://baothuonggia.com/cach-bao-quan-trai-cay-trong-gio-tuoi-lau-den-3-ngay-91-4577.html",
    "phukien_fruit": "https://phukienkinhmatasia.vn/5-nguyen-tac-2-cach-bao-quan-hoa-qua-trai-cay-nhap-khau",
    # packaging
    "gobox_pack": "https://gobox.asia/quy-cach-dong-goi-la-gi-cach-dong-goi-cac-mat-hang/",
    "bart_pack": "https://bart-packaging.pl/en/ecommerce/e-commerce-packaging-shipping-fulfillment-returns-and-damage-"
    "reduction/",
    "rogue_pack": "https://www.roguefulfillment.com/blog/everything-an-e-commer"
    "ce-business-needs-to-know-about-packaging",
    "goorooship": "https://goorooship.net/knowledge-base/quick-start-guide",
    "homeoffice_pack": "https://www.1homeoffice.com/packing-materials-guideline/",
    "maydonggoi_fruit": "https://maydonggoi.com.vn/cach-dong-goi-trai-cay-di-may-bay.html",
    "highland_rau": "https://highlandsoft.com.vn/?p=5734",
    "murth_sust": "https://murth.org/sustainable-packaging-for-online-retailers-costs-materials-and-trade-offs/",
    "paquin_mailers": "https://michelpaquin.com/fulfillment/materials-behind-sustainable-mailers-boxes-2/",
    "ecoenclose": "http://www.ecoenclose.com/paper-vs-plastic-vs-bioplastic-s/26031.htm",
    "quickservices": "https://quickservices.com.au/mastering-the-art-of-shipping-with-shipping-boxes",
    "greenbiz_sendle": "https://www.greenbiz.com/article/how-small-businesses-can-help-tackle-e-commerce-packaging-"
    "crisis-ground",
    "fulfillcos_pack": "https://www.fulfillmentcompanies.net/small-parcel-packaging-e-commerce-fulfillment-shipping/",
    "boxsize_tool": "https://www.shippingsuppliesexplained.com/tools/box-size-chooser.html",
    "agriinfo_seed": "http://agriinfo.in/default.aspx?page=topic&superid=3&topicid=2359",
    "vietaircargo_pl": "https://www.vietaircargo.vn/tag/packing-list-la-gi-lap-packing-list-can-chu-y-nhung-gi/",
    # COD and payments
    "haravan_cod": "https://huongdan.haravan.com/blogs/tai-lieu-huong-dan/quan-ly-thu-ho-1",
    "haravan_support": "https://support.haravan.com/support/solutions/articles/42000084449-"
    "qu%E1%BA%A3n-l%C3%BD-thu-h%E1%BB%99",
    "phongnha_ghtk": "https://vi.phongnhaexplorer.com/hoi-dap/ngan-hang/tien-cod-giao-hang-tiet-kiem-la-gi.html",
    "thanhan_cod": "https://thanhangroup.org/thu-ho-cod",
    "boxme_cod": "https://blog.boxme.asia/cash-on-delivery-cod-breaking-down-the-most-convenient-payment-method-in-"
    "the-market/",
    "techcale_cod": "https://techcale.xyz/?p=1277",
    "baonghean_cod": "https://baonghean.vn/en/canh-bao-rui-ro-khi-uy-quyen-cho-hang-giao-nhan-thu-tien-ho-"
    "10181486.html",
    "tbnh_qr": "https://thoibaonganhang.vn/nhanh-chong-chuyen-tu-qr-code-sang-qr-pay-173916.html",
    "cafef_qr": "https://cafef.vn/rac-roi-khong-ngo-den-co-the-phat-sinh-khi-dung-qr-chuyen-tien-de-thanh-toan-"
    "188251118101636597.chn",
    "vneconomy_qr": "https://vneconomy.vn/hoan-thien-mat-xich-phan-luong-giao-dich-trong-thanh-toan-so.htm",
    "vneconomy_qr2": "https://vneconomy.vn/tu-chuyen-khoan-ca-nhan-den-thanh-toan-thuong-mai-chuan-quoc-gia.htm",
    "vtvgo_qr": "https://vtvgo.vn/kho-video/chinh-thuc-co-chuan-ma-vietqr-thanh-toan-qua-di-dong-chao-buoi-sang-"
    "829329.html",
    "people_pay": "https://peopledevelopmentmagazine.com/2025/10/29/payment-preferences-in-vietnam",
    "kliovo": "https://kliovo.com/blog/cod-confirmation-whatsapp",
    "easysell": "https://easysellapp.com/blogs/wiki/cod-order-to-delivery-communication-reduce-rto",
    "codgrow": "https://codgrow.com/blog/reduce-failed-cod-deliveries",
    "ruu_cod": "https://ruu.savoir.ltd/blog/cod-order-confirmation-shipping-risk/",
    "ruu_cod2": "https://ruu.savoir.ltd/blog/cod-order-confirmation-reduce-shipping-risk/",
    "egrow_sms": "https://www.egrow.com/es/blog/cod-sms-fallback-2026?slug=cod-sms-fallback-2026",
    "acefone": "https://www.acefone.com/blog/wp-json/wp/v2/posts/26478",
    "callnovo": "https://callnovo.com/cash-on-delivery-vietnam-minimize-pain-points-and-ensure-completed-transactions",
    "callnovo_medium": "https://callnovoint.medium.com/cash-on-delivery-cod-within-the-ecommerce-market-in-vietnam-"
    "callnovo-contact-center-has-the-d0fd0a6bcb25?source=---------1----------------------------",
    "globalshipper": "https://globalshipper.net/Insurance",
    "pipinsure": "https://www.pipinsure.com/the-shipping-protection-questions-every-business-should-ask/",
    "flylogistics": "https://flylogistics.com.ng/blog/courier-insurance-explained",
    "acctinsights": "https://accountinginsights.org/how-does-package-insurance-work-and-what-is-covered",
    "vnuf_ewallet": "http://elib.vnuf.edu.vn/handle/123456789/5534",
    "huvisoft": "https://huvisoft.com/phan-mem-tra-cuu-hoa-don/blogs/hach-toan-hang-bi-tra-lai-chi-tiet-and-de-hieu",
    "autoinvoice": "https://autoinvoice.vn/da-dang-hinh-thuc-van-chuyen-hoa-don-den-khach-hang.html",
    # tracking and order software
    "parceltrack": "https://parceltrack.online/how-package-tracking-apis-work-a-non-technical-guide-for-sma",
    "postman_api": "https://postman.live/how-small-sellers-use-shipping-apis-and-what-buyers-should-e",
    "indiblog": "https://indibloghub.com/post/shipment-tracker-ecommerce-seller-order-management",
    "shipped_track": "https://shipped.online/a-small-business-guide-to-optimizing-parcel-tracking-workflo",
    "trackingmore": "https://trackingmore.com/api-track-cn.html",
    "maivanhai_tms": "https://maivanhai.io.vn/lam-the-nao-de-chon-nha-van-chuyen-re-nhat-va-nhanh-nhat-cho-doanh-"
    "nghiep-cua-ban",
    "bado_omni": "https://bado.vn/omnichannel-sales-management-software",
    "gofree": "https://gofree.vn/tag/quan-ly-don-hang/",
    "parcelpanel": "https://docs.parcelpanel.com/woocommerce/api/pp-woo-api/",
    "digwaybill": "https://github.com/digwaybill/Digital-Waybill-API",
    "google_pkg": "https://developers.google.com/search/docs/appearance/package-tracking?authuser=77&hl=es",
    "viettelpost_ck": "https://viettelpost.com.vn/tin-tuc/bi-kip-trieu-don/chiet-khau-la-gi-2",
    # warehouses, pick-up points, fulfilment
    "pp_lockers": "https://postandparcel.info/139652/news/vietnam-postal-trialling-parcel-delivery-lockers",
    "vnplus_lockers": "https://en.vietnamplus.vn/vietnam-post-pilots-post-smart-automatic-delivery-cabinet-model/"
    "205412.vnp",
    "ai24h_lockers": "https://ai24hexpress.com/?p=27015",
    "techalb_mfc": "https://techalb.al/en/blog/micro-fulfillment-centers-revolutionizing-last-mile-delivery",
    "thetednews_mfc": "https://thetednews.com/how-micro-fulfillment-is-quietly-reinventing-the-local-store-1272/",
    "burgerprints_ff": "https://burgerprints.com/vi/fulfillment-la-gi",
    "storycrest_wms": "https://www.thestorycrest.com/work-in-warehouse-picking-and-packing",
    "visualfoodie_bc": "https://visualfoodie.com/a-guide-to-using-barcode-management-software",
    "eatsip_bc": "https://eatsip365.com/a-barcode-inventory-software-system-explained",
    "logistics_couk": "https://www.logistics.co.uk/products/warehouse-detailed-design/inventory-management/software/",
    "atoship_mfc": "https://atoship.com/blog/micro-fulfillment-centers-fast-ecommerce-delivery",
    "dbin_mfc": "https://www.3dbinpacking.com/en/blog/micro-fulfillment-centers/",
    "golocad_mfc": "https://golocad.com/fulfillment/micro-fulfillment/",
    "iie_stores": "https://instituteofinterneteconomics.org/stores-as-micro-warehouses-the-new-infrastructure-of-"
    "digital-retail/",
    "haiphong_port": "http://haiphongport.com.vn/vi/quy-trinh-thu-tuc-giao-nhan-hang.nd/quy-trinh-thu-tuc-giao-"
    "nhan-hang.html",
    "timvanban_air": "https://timvanban.vn/phan-tich-quy-trinh-giao-nhan-van-chuyen-hang-khong",
    # returns
    "kieugia_hoan": "https://kieugiaexpress.com/chuyen-hoan-la-gi",
    "dongnai_hoan": "https://dongnailogistics.com/?p=7641",
    "vnexpress_return": "https://vnexpress.net/tra-hang-hoan-tien-phuong-thuc-mua-sam-gay-o-nhiem-5000639.html",
    "indochina_hoan": "https://indochinapost.vn/hoi-dap/page/22",
    "qafila_rl": "https://www.qafila.com/blogs/reverse-logistics-for-local-e-commerce-what-happens-after-a-product-"
    "is-returned",
    "idship_rl": "https://blog.idshipthat.app/glossary/reverse-logistics",
    "mkm_rl": "http://info.mkmdistribution.com/blog/bid/317972/handling-reverse-logistics-for-e-commerce-fulfillment",
    "agilebrand_rl": "https://agilebrandguide.com/wiki/ecommerce/reverse-logistics/",
    "informit_rl": "https://www.informit.com/articles/article.aspx?p=164926&amp;seqNum=6",
    "globaltranz_rl": "https://www.globaltranz.com/e-commerce-reverse-logistics/",
    "fulfilled_rl": "https://fulfilled.online/building-effective-reverse-logistics-lessons-from-technology",
}
