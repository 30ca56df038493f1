"""Source pages for the holdout103 set (Khmer pagodas, temples, churches, cemeteries, funeral services)."""

S = {
    # Khmer pagodas of Tra Vinh / the delta
    "chroi": "https://phuongnam.vanhoavaphattrien.vn/di-tich-lich-su-chua-chroi-tansa-a2451.html",
    "tpo_arch": "https://tienphong.vn/ngo-ngang-kien-truc-doc-dao-chua-khmer-o-tra-vinh-post1533902.amp",
    "kq_experts": "http://kampucheakrompost.blogspot.com/2011/12/experts-urge-care-of-khmer-delta.html",
    "ang_vnn": "https://vietnamnet.vn/en/ang-pagoda-a-1-000-year-old-khmer-treasure-in-tra-vinh-2296756.html",
    "ongmet": "https://cauke.travinh.gov.vn/1433/38342/71853/595410/historic-relics/bodhisalaraja-pagoda",
    "kienthuc_hang": (
        "https://kienthuc.net.vn/kho-tri-thuc/dieu-dac-biet-o-ngoi-chua-khmer-dac-sac-nhat-nam-bo-1206400.html"
    ),
    "tv_tour": "https://vietnamtourpackages.com/tra-vinh/",
    "reachbo": "https://eacnews.asia/home/details/26150",
    # termites
    "moi_datviet": "http://dietmoidatviet.blogspot.com/p/phong-moi-cho-cac-cong-trinh-van-hoa.html",
    "moi_hoian_tn": "https://thanhnien.vn/van-hoa/moi-mot-de-doa-xoa-so-nha-co-hoi-an-1348924.html",
    "moi_hoian_plo": "http://plo.vn/thoi-su/quang-nam-15-ty-dong-diet-con-trung-an-di-tich-co-116739.html",
    "moi_cand": "https://cand.com.vn/Xa-hoi/Hoi-An-Nha-co-di-tich-bi-moi-mot-xam-hai-nghiem-trong-i599198",
    "moi_captreat": "http://cachdietmoicontrung.blogspot.com/2014/12/phong-chong-moi-cho-cong-trinh-truoc-va.html",
    "moi_vienbvct": (
        "http://vienbaovecongtrinh.vn/vn/khoa-hoc-cong-nghe/119-ph%C3%AA-duy%E1%BB%87t-d%E1%BB%B1-%C3%A1n-"
        "%E2%80%9C%E1%BB%A9ng-d%E1%BB%A5ng-quy-tr%C3%ACnh-ph%C3%B2ng-tr%E1%BB%AB-m%E1%BB%91i-%C4%91%E1%BB%83-"
        "b%E1%BA%A3o-v%E1%BB%87-m%E1%BB%99t-s%E1%BB%91-c%C3%B4ng-tr%C3%ACnh-di-t%C3%ADch-c%E1%BA%A5p-"
        "qu%E1%BB%91c-gia-v%C3%A0-c%E1%BA%A5p-t%E1%BB%89nh-c%E1%BB%A7a-t%E1%BB%89nh-ph%C3%BA-th%E1%BB%8D"
        "%E2%80%9D.html"
    ),
    "moi_bdm": (
        "https://123docz.net/document/12537466-bdm-o-17-giai-phap-thay-the-hoa-chat-trong-kiem-soat-"
        "moi-gay-hai-de-dap-o-viet-nam.htm"
    ),
    "moi_dedap": "https://vndietcontrung.com/post/375/van-de-xu-ly-phong-tru-moi-cho-cong-trinh-thuy-loi-o-viet-nam",
    "diet_giadung": (
        "http://www.vndietcontrung.com/post/657/diet-con-trung-diet-khuan-dung-trong-linh-vuc-gia-dung-va-y-te"
    ),
    "mapboxer": (
        "https://vafs.gov.vn/vn/ket-qua-khao-nghiem-hieu-luc-cua-thuoc-mapboxer-30ec-phong-tru-moi-cho-"
        "cong-trinh-xay-dung/"
    ),
    "tb_qld": "https://pestcontrolqld.com.au/termite-baiting-systems",
    "tb_catchers": "https://termitecatchers.com.au/termite-baiting/",
    "tb_cw": "https://deploy.abcdocz.com/doc/1511858/preserving-history--subterranean-termite",
    "tb_physical": "https://termicuretermitebaits.com.au/?p=582",
    # wood repair, gilding, storm bracing
    "epoxy_gsa": (
        "https://www.gsa.gov/real-estate/historic-preservation/historic-preservation-policy-tools/"
        "preservation-tools-resources/technical-procedures/epoxy-repair-for-deterioration-and-decay-in-wooden-members"
    ),
    "epoxy_timber": "http://www.timber.org.uk/joinery.html",
    "deco_timber": (
        "https://buildingconservation.com/articles/decorative-timber-repairs/decorative-timber-repairs.html"
    ),
    "icomos_wood": "https://hatvan.vn/forum/threads/tim-hieu-ve-bao-ton-tu-bo-ton-tao-kien-truc-truyen-thong.3550",
    "gilding_hue": "https://baothuathienhue.vn/amp.aspx?newid=146404",
    "gilding_sondong": "https://giacngo.vn/son-dong-duoc-mua-post10665.html",
    "gilding_pu": "https://dothothonghong.com/son-son-thep-vang-va-son-pu-uu-nhuoc-diem-vat-lieu-va-do-tho",
    "dong_datvang": "https://ducdongbaolong.com.vn/giai-dap-thac-mac-tuong-phat-co-nen-son-son-thep-vang-khong",
    "trienlam_son": (
        "https://vtv.vn/viet-nam-va-the-gioi/trien-lam-do-go-son-son-thep-vang-tai-ha-noi-20170622101357934.htm"
    ),
    "keo_thep": "https://vntruss.vn/tag/gia-khung-keo-thep-lop-ngoi",
    "hoian_storm": "https://tienphong.vn/chong-do-bao-ve-di-tich-chua-cau-hoi-an-truoc-bao-noru-post1472477.tpo",
    # murals
    "mural_bc": "https://buildingconservation.com/articles/wallpainting/wallpainting.html",
    "mural_bhutan": "https://luigifieni.com/conservation/bhutan-buli.html",
    "mural_nepal": "https://luigifieni.com/conservation/nepal-jampa.html",
    "mural_coptic": "https://www.scribd.com/document/464135913/CONSERVATION-OF-THE-MURAL-PAINTINGS-OF-T",
    "mural_bagan": "https://giacngo.vn/trung-tu-tranh-pg-myanmar-bang-ky-thuat-nhat-ban-post25119.html",
    "mural_dieude": (
        "https://baothuathienhue.vn/van-hoa-nghe-thuat/thong-tin-van-hoa/can-su-vao-cuoc-cua-cac-chuyen-gia-66989.html"
    ),
    "mural_drepung": "http://en.people.cn/102774/8140231.html",
    "bcd2018": "http://www.buildingconservation.com/books/bcd2018/163/",
    "okombok_la": (
        "https://baolongan.vn/tra-vinh-soc-trang-to-chuc-nhieu-hoat-dong-hap-dan-dip-le-hoi-ok-om-bok-a166771.html"
    ),
    # damp, moss, stone
    "damp_uk": "https://www.homeenergysaveuk.co.uk/damp-proofing",
    "damp_techdry": "https://techdry.com.au/?p=1645",
    "damp_mc": "http://www.masonryconstruction.com/products/materials/stopping-rising-damp_o",
    "damp_twistfix": "https://www.twistfix.co.uk/damp-proofing-cream-this-months-special-offer",
    "damp_drytreat": (
        "https://www.drytreat.com/faqs/kbase/common-problems-for-natural-stone-and-porous-materials/"
        "i-have-rising-damp!.html"
    ),
    "damp_dryzone": "http://www.dampwork.co.uk/rising-damp/",
    "damp_vn": "http://chongthambituproof.com/xu-ly-chong-tham-chong-am-moc-chan-tuong-bid5.html",
    "damp_sonnguoc": (
        "https://baothuonggia.com/huong-dan-cach-son-chong-tham-nguoc-tuong-trong-nha-chi-tiet-90-4323.html"
    ),
    "damp_fiboweb": (
        "http://fiboweb.vn/threads/149263-cung-cap-cac-loai-vat-lieu-chinh-hang-chuyen-dung-de-chong-tham.html"
    ),
    "nano_cham": "https://thanhnien.vn/su-dung-cong-nghe-nano-bao-ve-be-mat-thap-cham-18510815.htm",
    "lichen_inspect": "https://inspectapedia.com/exterior/Stone_Cleaning.php",
    "lichen_clean": "https://cleanupcrewcleaners.com.au/info/kill-lichens-on-stone-monuments",
    "lichen_mdpi": "https://mdpi.com/2079-6412/14/3/272",
    "lichen_hs": "https://issuu.com./hspubs/docs/tan-10---biologcal-growths-on-sandstone-buildings-",
    # cremation
    "hoatang_tv22": "http://daidoanket.vn/tag/hoa-tang",
    "hoatang_tv11": "http://www.tienphong.vn/kinh-te/gan-100-ty-dong-xay-dung-nha-hoa-tang-1062403.tpo",
    "hoatang_st": "https://www.sggp.org.vn/soc-trang-xay-tang-22-lo-hoa-tang-cho-dong-bao-khmer-post226945.html",
    "hoatang_cm": "http://cuuchienbinh.vn/ca-mau-dau-tu-xay-9-nha-hoa-tang/",
    "hoatang_cm2": (
        "https://baotintuc.vn/tin-tuc/ca-mau-xay-dung-nep-song-van-hoa-trong-viec-tang-ma-cua-dong-bao-"
        "dan-toc-20171107082508645.htm"
    ),
    "khmer_hoathieu": "https://vanhoahocvn.blogspot.com/2018/09/quan-ly-van-hoa-oi-voi-nghi-le-hoa.html",
    "khmer_ruong": "https://nguoiduatin.vn/tuc-hoa-tang-nguoi-chet-o-ngoai-ruong-cua-nguoi-kho-me-20466003.htm",
    "vov_khmer": (
        "http://vov4.vov.vn/TV/v22425816h15timhieudantocvn248202013mp3/"
        "nguoi-kho-me-khi-thac-phai-len-chua-c1210-333449.aspx"
    ),
    "tabo": "https://baomoi.com/ung-dung-su-dung-cong-nghe-than-thien-moi-truong-trong-hoa-tang/c/26997129.epi",
    "hoanglong": "https://congnghe.tuoitre.vn/giai-phap-hoa-tang-xanh-20201202180358404.htm",
    "epa_ht": "https://epavietnam.com/bai-viet/xd-nghia-trang-co-so-hoa-tang",
    "bd_report": (
        "http://lapduan.com/tu-van-moi-truong/bao-cao-cong-tac-bao-ve-moi-truong-cua-dai-hoa-tang-binh-duong-"
        "tai-khu-pho-tan-an-phuong-tan-dong-hiep-di-an-binh-duong-nam-2020.html"
    ),
    "hg_vectree": "https://vectree.io/c/mercury-filtration-systems",
    "hg_experts": "https://experts123.com/q/what-can-be-done-to-control-mercury-emissions-from-the-crematorium.html",
    "hg_riams": "http://www.riams.org/2013/02/28/mercury-abatement-in-crematoria-guidance/",
    "emis_experts": "https://experts123.com/q/what-are-the-typical-stack-emissions-from-a-cremation-system.html",
    "three_t": "https://matthewscremation.wordpress.com/category/technical-issues/",
    "ravenplume": "https://ravenplume.com/what-really-goes-on-inside-a-crematory/",
    "epo_cremator": "https://data.epo.org/publication-server/rest/v1.2/patents/EP0805305NWA3/document.html",
    "gasfurnace": "https://kgcd.wordpress.com/2019/06/12/gas-furnace/",
    "dotrac": "https://m.baomoi.com/cong-nghe-dot-rac-thai-huu-co-kho-phan-huy/c/1088938.epi",
    "so2_nh3": (
        "http://xulykhithai.org/phuong-phap-hap-thu-xu-ly-khi-luu-huynh-dioxit/"
        "phuong-phap-hap-thu-xu-li-khi-luu-huynh-dioxit-so2-bang-amoniac/"
    ),
    "hg_refining": "https://goldrefiningforum.com/threads/not-for-the-squeamish-precious-metals-recovery.2201",
    # cemeteries, green burial, columbaria, records of graves
    "angtang_xanh": (
        "https://tapchixaydung.vn/nghia-trang-va-an-tang-xanh-tai-viet-nam-huong-den-do-thi-xanh-ben-vung-"
        "-20201224000027194.html"
    ),
    "angtang_baomoi": "https://lite.baomoi.com/an-tang-xanh-goc-nhin-moi-ve-quan-ly-nghia-trang-do-thi-c50857050.epi",
    "capsula": (
        "https://vietgiaitri.com/y-tuong-nuoi-cay-xanh-bang-ken-mai-tang-thay-the-quan-tai-nguoi-chet-20150303i1820918"
    ),
    "china_green": (
        "https://moitruong.net.vn/trung-quoc-khuyen-khich-chon-cat-xanh-than-thien-voi-moi-truong-73668.html"
    ),
    "gb_howstuff": "https://science.howstuffworks.com/environmental/green-science/natural-burial2.htm",
    "gb_conservation": "http://www.humancomposting.us/2022/09/green-burial.html",
    "gb_lighthouse": "https://lighthousememorials.com/services",
    "ntm_nghiatrang": (
        "http://www.baomoi.com/Quy-hoach-nghia-trang-nhan-dan-theo-tieu-chi-nong-thon-moi-Kho-thuc-hien-dong-bo/"
        "c/9180069.epi"
    ),
    "nd_nghiatrang": (
        "http://m.baomoi.com/khi-quy-hoach-vung-khu-dan-cu-phai-dong-thoi-quy-hoach-nghia-trang/c/1489212.epi"
    ),
    "nt_hue": (
        "https://text.123docz.net/document/8842278-danh-gia-thuc-trang-quan-ly-va-su-dung-dat-nghia-trang-"
        "nghia-dia-tai-thanh-pho-hue.htm"
    ),
    "dongia_tv": "https://phanmemeta.net/don-gia-cong-ich-thi-tinh-tra-vinh.html",
    "gw_cds": "https://thecdsgroup.co.uk/case-studies/greywater-investigation-existing-cemetery",
    "gw_gesl": "https://www.gesl.net/cemetery-impact-assessment/",
    "gw_who": (
        "https://ja.scribd.com/document/226963611/WHO-The-Impact-of-Cemeteries-on-the-Environment-and-Public-Health"
    ),
    "gis_hue": (
        "https://khamphahue.com.vn/Truyen-thong-so/Gioi-thieu-doanh-nghiep/tid/So-hoa-du-lieu-nghia-trang-"
        "loi-giai-cho-cong-tac-quan-ly-nghia-trang-voi-Phan-mem-Quan-ly-nghia-trang-ung-dung-Cong-nghe-GIS.html/"
        "pid/17375/cid/22"
    ),
    "gis_huongdien": "https://cntt.gov.vn/SitePages/ListNewfeed.aspx?CID=43&ItemID=32847",
    "gis_stone": "https://stoneorchardsoftware.com/news/GIS-Cemetery-Mapping",
    "tombfinder": (
        "https://manila.lpu.edu.ph/publications/information-technology-e-journal/tomb-finder-an-integrated-"
        "information-management-and-tracing-system-for-memorial-park-with-geo-mapping/"
    ),
    "gis_app": (
        "https://play.google.com/store/apps/details/%D0%93%D0%98%D0%A1_%D0%A0%D0%B5%D0%B3%D0%B8%D1%81%D1%82"
        "%D1%80%D0%B0%D1%86%D0%B8%D1%8F_%D0%B7%D0%B0%D1%85%D0%BE%D1%80%D0%BE%D0%BD%D0%B5%D0%BD%D0%B8%D0%B9"
        "?hl=am&id=ru.gisrz.apps"
    ),
    "nt_bando": "https://nghiatranghaccanhvien.vn/cach-lap-ban-do-nghia-trang-de-quan-ly-hieu-qua",
    "nt_thongminh": "https://nghiatranghaccanhvien.vn/nghia-trang-thong-minh-cong-nghe-so-trong-quan-ly-mo-phan",
    "columb_hanoi": "https://hdsd.banphucvuletanghanoi.vn/docs/guide/cemetery-management/infrastructure-setup",
    "columb_sytsema": "https://blog.sytsemafh.com/what-is-a-columbarium-niche/",
    "urn_garden": "https://urnsuk.blogspot.com/2012/03/columbarium-niche.html",
    "urn_niche": "https://oneworldmemorials.com/blogs/news/95346694-selecting-a-cremation-urn-for-a-columbarium-niche",
    "urn_bio": "https://tranquilitycremation.com/the-beauty-of-biodegradable-scattering-urns/",
    # funeral services, mortuary
    "mort_ets": "https://www.etsbiofreeze.com/2022/01/12/advantages-of-mortuary-refrigerators/",
    "mort_mymc": "https://mymortuarycooler.com/blogs/news/the-definitive-guide-to-mortuary-body-storage-solutions",
    "mort_flexmort": "https://flexmort.com/advantages-of-mortuary-fridges/",
    "fun_nirvana": "https://hoaviennirvana.com.vn/tang-le-nguoi-viet/",
    "fun_blackstones": (
        "https://blackstones.vn/cam-nang-tang-le/trai-hom-truyen-thong-hay-dich-vu-tang-le-tron-goi.html"
    ),
    "fun_afamily": (
        "https://afamily.vn/tu-dam-ma-on-a-den-le-tuong-niem-binh-yen-cuoc-tai-dinh-nghia-tham-lang-cua-"
        "nganh-tang-le-tphcm-23625122217193833.chn"
    ),
    "fun_vietyo": "https://vietyo.com/dam-tang-dang-cap-48880",
    "fun_taclieu": "https://vietgiaitri.com/sai-gon-tang-che-ky-su-ky-2-nghe-song-nho-xac-chet-20131107i1031177",
    # incense, candles, offerings
    "inc_chemical": "http://nongnghiep.vn/nongnghiepvn/72/1/1/106112/Cong-nghe-lam-nhang-tam-hoa-chat.aspx",
    "inc_tram": "https://tienhuongvn.com/quy-trinh-san-xuat-nhang-tram-thu-cong-truyen-thong-giu-gin-gia-tri-tu-goc",
    "inc_thaomoc": "https://m.baobinhduong.vn/lam-nhang-thao-moc-tu-ky-uc-tuoi-tho-a298713.html",
    "inc_hoahao": "https://trituemoi.vn/kinh-doanh/ve-an-giang-ghe-tham-lang-nghe-nhang-4114.html",
    "inc_qpc": (
        "https://vnbusiness.vn/photo/anh-doanh-nghiep/50-000-cay-nhang-duoc-san-xuat-moi-ngay-cho-tet-"
        "nguyen-dan-1090522.html"
    ),
    "inc_giant": "https://znews.vn/lang-lam-nhang-khong-lo-phuc-vu-tet-post1035436.html",
    "inc_machine": "https://studylib.net/doc/18149892/fabrication-analysis-of-incence-stick-making-machine",
    "inc_patent": "https://patents.google.com/patent/GB2275222A/en",
    "inc_kyarazen": "https://kyarazen.com/incense-stick-making-a-walk-through",
    "inc_hk": "https://en.hongkongincense.com/incense-making",
    "inc_herb": "https://incenseherb.com/what-is-the-manufacturing-process-of-incense-sticks",
    "inc_ef": (
        "https://scholarscentral.com/abstract/particulate-matter-and-carbon-monoxide-emission-factors-"
        "from-incense-burning-104993.html"
    ),
    "inc_pm_hanoi": "https://bohrium.dp.tech/paper/arxiv/619baa9f1c45e57ce9cbb44f",
    "inc_pm_cm": (
        "https://discovery.researcher.life/article/emission-of-fine-particulate-matter-and-nitrogen-dioxide-"
        "from-incense-burning-in-shrines-chiang-mai-thailand/67c5f42322e63aae899f2db5a32569ca"
    ),
    "inc_dusit": "http://researchold.dusit.ac.th/new/e-Journal/inner-detail.php?inid=867&page=1&type=a",
    "inc_church_iaq": "https://ouci.dntb.gov.ua/works/4YmAYwyV",
    "candle_laocai": "https://baolaocai.vn/doc-dao-nghe-lam-nen-thom-post226578.html",
    "candle_thong": "https://khoahocphattrien.vn/khoa-hoc/khat-vong-nen-sach-cua-thong-nen/2018011502271602p1c160.htm",
    "candle_jala": "https://jalarose.com/?p=2731",
    "candle_thom": "https://cannacandlee.store/kham-pha-quy-trinh-san-xuat-nen-thom",
    # sound, lighting, festivals, fire and lightning
    "okombok_vov": "https://vov4.vov.vn/tin-tuc/hang-van-nguoi-tham-gia-le-hoi-ok-om-bok-o-tra-vinh-94276.vov4",
    "okombok_cema": "http://cchc.cema.gov.vn/2010-11-18/42482a0044b9d2e2a9fbab6054644a83-cema.htm",
    "okombok_btt": "https://baotintuc.vn/tin-tuc/tung-bung-le-hoi-ok-om-bok-20121130104219179.htm",
    "ngo_race": "https://ngaynay.vn/le-hoi-ok-om-bok-tag150796.html",
    "khmer_museum": (
        "https://sgtt.thesaigontimes.vn/nhieu-hoat-dong-don-cho-du-khach-dip-le-hoi-ok-om-bok-tai-tra-vinh-soc-trang/"
    ),
    "snd_acs": "https://acsaudio.vn/giai-phap-lap-dat-am-thanh-nha-chua-thong-bao-thuyet-giang",
    "snd_saomai": "https://saomaiaudio.com/he-thong-am-thanh-nha-chua-chuyen-nghiep/",
    "snd_repair": "https://saomaiaudio.com/sua-chua-am-thanh-nha-chua-nhanh-chong-va-hieu-qua/",
    "snd_church": "https://wharfedale-mientay.vn/index.php?id=112&p=chi-tiet-tin-tuc",
    "snd_thonxa": "https://amthanhthudo.com/am-thanh-hoi-truong-thon-xa.html",
    "snd_bbtel": "https://bbtel.com.vn/he-thong-hoi-nghi-truc-tuyen",
    "snd_workshop": (
        "https://raw.githubusercontent.com/testisaac1804-byte/portfolio-files/main/equipments/"
        "480-workshop-pa-or-intercom-system-speakers.pdf"
    ),
    "snd_ceiling": "https://cdn.shopify.com/s/files/1/1135/1806/files/PRA-VCA8Manual_w.pdf?",
    "fest_nash": "https://www.nashvillelightingrental.com/guide-festival-stage-lighting.html",
    "fest_av": "https://www.audiosystemrental.com/2025/11/27/planning-av-for-multi-day-music-festivals",
    "fest_stage": "https://www.truesoundhire.co.uk/tag/outdoor-cinema-projector-hire/",
    "light_txd": (
        "https://tapchixaydung.vn/ton-vinh-ve-dep-di-san-van-hoa-lich-su-phat-trien-tiem-nang-du-lich-"
        "20201224000027672.html"
    ),
    "light_den": "https://www.scpsyndicate.com/post/2357.html",
    "light_tudung": "https://www.scpsyndicate.com/post/2503.html",
    "light_phattu": "http://www.phattuvietnam.net/chieu-sang-kien-truc-chua-thap/",
    "light_visioluce": (
        "https://visioluce.com/en/stiri/the-importance-of-architectural-lighting-for-heritage-buildings/"
    ),
    "light_iitb": "https://diciitb.wordpress.com/2016/08/10/temple-light/",
    "light_he": (
        "https://cms.historicengland.org.uk/services-skills/training-skills/training/webinars/recordings/"
        "webinar-on-building-services-external-lighting"
    ),
    "light_india": "https://www.lightingindia.in/rejuvenation-of-buildings-with-facade-lighting/",
    "light_ducba": (
        "https://znews.vn/hang-nghin-nguoi-xem-nha-tho-duc-ba-phat-sang-truoc-them-giang-sinh-post1608849.html"
    ),
    "light_prolux": "https://prolux.vn/thiet-ke-chieu-sang-nha-tho-thiet-ke-va-ung-dung-he-thong-chieu-sang-hieu-qua",
    "chongset": "https://chongsettoancau.com/thi-cong-chong-set-cho-nha-chua/",
    "fire_sacred": (
        "http://www.sacredplaces.org/PSP-InfoClearingHouse/articles/"
        "Fire%20Suppression%20Systems%20in%20Historic%20Places%20of%20Worship.htm"
    ),
    "fire_nedcc": (
        "https://www.nedcc.org/free-resources/preservation-leaflets/3.-emergency-management/"
        "3.2-introduction-to-fire-detection-and-automatic-sprinklers-for-cultural-heritage"
    ),
    "fire_bavaria": "https://bavariafirefighting.com/?p=4681",
    "fire_cpvc": "https://www.blazemaster.com/blog-uk/fire-protection-systems-for-historic-buildings",
    # records, manuscripts, 3D documentation, churches
    "palm_tvu": "https://en.tvu.edu.vn/17047-2",
    "palm_kyson": (
        "https://cacchuongtrinhmuctieuquocgia.baodantoc.vn/danh-thuc-di-san-sach-la-buong-bang-cong-nghe-so-"
        "1770603449043.htm"
    ),
    "palm_vhpg": "https://tapchivanhoaphatgiao.com/luu-tru/21342",
    "palm_angiang": "https://znews.vn/cac-nha-su-khmer-giu-bau-vat-tinh-than-post1586596.html",
    "palm_syr": "https://surface.syr.edu/ischoolstudents/8",
    "palm_calicut": "http://www.teleread.com/calicut-university-digitizing-palm-leaf-manuscripts/index.html",
    "palm_acharya": "http://acharya.gen.in:8080/linguistics/palm_leaves.php",
    "palm_sealg": "https://southeastasianlibrarygroup.wordpress.com/tag/conservation/",
    "folk_khmer": (
        "https://text.123docz.net/document/15396077-khai-quat-qua-trinh-s-u-tam-va-dien-mao-van-hoc-dan-gian-"
        "khmer-tinh-tra-vinh.htm"
    ),
    "scan_cesti": (
        "http://www.cesti.gov.vn/chi-tiet/7275/san-pham---dich-vu-khcn/ung-dung-cong-nghe-hien-dai-de-bao-ton-di-tich"
    ),
    "scan_hue": (
        "https://vienktxh.hanoi.gov.vn/nghien-cuu-trao-doi/luu-du-lieu-hien-trang-cho-di-san-tu-so-hoa-3d-108637.html"
    ),
    "scan_ctu": (
        "https://ctujsvn.ctu.edu.vn/index.php/ctujsvn/user/setLocale/en_US"
        "?source=%2Findex.php%2Fctujsvn%2Farticle%2Fview%2F5945"
    ),
    "scan_anthi": (
        "http://anthi.com.vn/?q=tin-tuc-cong-nghe/trien-khai-ky-thuat-quet-laser-3d-trong-cong-tac-khao-co-"
        "tai-khu-vuc-khao-co-hoa-1"
    ),
    "scan_lidar": (
        "https://nhadatdanang.com/cong-nghe-lidar-scanner-trong-cong-tac-xay-dung-du-lieu-so-bao-ton-di-san-kien-truc/"
    ),
    "scan_nepal": (
        "https://docslib.org/doc/7050229/feasibility-study-of-low-cost-image-based-heritage-documentation-in-nepal"
    ),
    "scan_shanxi": "https://heritagesciencejournal.springeropen.com/articles/10.1186/s40494-024-01252-y",
    "church_tv": "https://giaophanvinhlong.net/Ho-Dao-Tra-Vinh.html",
    "church_vl": "https://vi.wikipedia.org/wiki/Nh%C3%A0_th%E1%BB%9D_ch%C3%ADnh_t%C3%B2a_V%C4%A9nh_Long",
    "church_vinhxuan": "http://www.giaoxugiaohovietnam.com/VinhLong/01-Giao-Phan-VinhLong-VinhXuan.htm",
    "sacr_crowley": "https://thecrowleycompany.com/gone-digital-sacramental-documents-transfigured/",
    "sacr_sandhurst": "https://sandhurst.catholic.org.au/publications/YIR_2023/50",
    "sacr_boston": "https://www.metro.us/project-will-digitize-200-years-of-archdiocese-records-in-boston/",
    "sacr_houston": (
        "https://www.archgh.org/news-events/news/texas-catholic-herald/texas-catholic-herald-news/"
        "texas-catholic-herald/archives-month-microfilm-project-stresses-importance-of-historical-preservation/"
    ),
    # further neighbouring-field pages used for distractors
    "damp_sua": "http://suanhataihanoi.com/chong-tham-cho-ngoi-nha-c139-n1000.html",
    "damp_square": "https://square.vn/tin-tuc/19571/chong-am-tran-nha-va-do-go-vao-mua-mua",
    "reverb_presets": "https://gist.github.com/x42/79fc727ef0e1e474eb36c8cae2ed130d",
    "light_upward": "https://upwardlighting.com/types-of-facade-lighting/",
}
