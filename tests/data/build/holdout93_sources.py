"""Sources for the holdout93 labelled set: key -> public page that a need or an offer paraphrases."""

S = {
    "xl_phuyen": (
        "https://khoahocphattrien.vn/anh-clip/clip-nong-dan-phu-yen-tu-che-xe-lan-tu-phe-lieu/201706221105157"
        "06p1c936.htm"
    ),
    "elcare": "https://elcare.vn/xe-lan-dien",
    "rfa_tv": "https://www.rfa.org/vietnamese/in_depth/PM_PowerOperatedWheelchair_GMinh-20051212.html",
    "namdinh": "https://thanhnien.top/che-tao-cang-xe-hai-banh-cho-nguoi-khuyet-tat",
    "trung": (
        "https://mb.dkn.tv/khac/chuyen-ve-giam-doc-khuyet-tat-20-nam-san-xuat-xe-lan-cho-nguoi-dong-canh-ngo.html?amp=1"
    ),
    "e4c_wc": (
        "https://www.engineeringforchange.org/news/considerations-for-the-design-production-and-implementatio"
        "n-of-manual-wheelchairs-in-low-resource-settings/"
    ),
    "mit3w": "https://studylib.net/doc/11093579/sep-2009-16-libraries",
    "upc": "https://edgeryders.eu/t/students-design-low-cost-wheelchair-for-developing-countries/681",
    "lfc": "http://boingboing.net/2011/02/07/wheelchair-for-the-d.html",
    "atwiki": "http://atwiki.assistivetech.net/index.php/Wheelchairs_in_developing_nations",
    "poi3d": (
        "https://journals.lww.com/poijournal/abstract/2022/02000/3d_printed_prostheses_in_developing_countrie"
        "s__a.5.aspx"
    ),
    "uganda3d": "https://www2.mdpi.com/2673-1592/5/1/11",
    "printab": "http://www.notimpossible.com/blog/3-d-printing-brings-prosthetics-to-ugandan-children",
    "hese": "https://aabme-cms.herokuapp.com/posts/printed-prostheses-not-yet-ready-for-developing-countries",
    "sierra": (
        "https://discovery.researcher.life/article/pioneering-low-cost-3d-printed-transtibial-prosthetics-to-"
        "serve-a-rural-population-in-sierra-leone/2fd9014fdae13aa99639885921adeedf"
    ),
    "tcop": "http://tcorthoticsprosthetics.com/3d-printing-to-help-create-cost-effective-prosthesis/",
    "hcm_ch": "https://trungtamchinhhinh.vn/bvct/chi-tiet/12/lich-su-hinh-thanh.html",
    "dt_chigia": "https://bvphcndt.vn/?p=1965",
    "tn_nep": "https://baotayninh.vn/ho-tro-phuc-hoi-chuc-nang-toan-dien-cho-tre-khuyet-tat-a148906.html",
    "te_nga_tb": (
        "https://text.123docz.net/document/9153662-luan-van-thac-si-dh-dieu-duong-thay-doi-kien-thuc-cua-nguo"
        "i-cao-tuoi-xa-vu-phuc-thanh-pho-thai-binh-ve-du-phong-te-nga-sau-can-thiep-giao-duc-nam-2019.htm"
    ),
    "wedo": "https://wedo.vn/khu-vuc-trong-nha-de-khien-nguoi-cao-tuoi-te-nga",
    "vinmec_nha": (
        "https://www.vinmec.com/tin-tuc/thong-tin-suc-khoe/suc-khoe-tong-quat/thay-doi-nha-cua-de-phong-te-ng"
        "a-o-nguoi-cao-tuoi/?link_type=related_posts"
    ),
    "rhi_hm": "https://ruralhealthinfo.org/toolkits/unintentional-injury/2/falls/home-modification",
    "agingdig": (
        "https://agingcaredigest.com/fall-prevention/evidence-based-home-modifications-that-prevent-falls-wha"
        "t-research-says"
    ),
    "ot_blog": (
        "https://thehomeaccessibilitytherapist.blog/2025/10/22/evidence-based-fall-prevention-through-home-mo"
        "difications-what-occupational-therapists-need-to-know"
    ),
    "meditop": "https://meditop.com.vn/thiet-bi-vat-ly-tri-lieu",
    "vinmec_cs": (
        "https://text.123docz.net/document/10597556-ket-qua-vat-ly-tri-lieu-dieu-tri-thoai-hoa-cot-song-o-ben"
        "h-nhan-dieu-tri-ngoai-tru-tai-khoa-phuc-hoi-chuc-nang-benh-vien-vinmec-times-city-nam-2021.htm"
    ),
    "lk_balance": (
        "https://text.123docz.net/document/5599634-danh-gia-hieu-qua-phuc-hoi-chuc-nang-thang-bang-tren-nguoi"
        "-benh-tai-bien-mach-mau-nao-tai-benh-vien-lao-khoa-trung-uong.htm"
    ),
    "cbr_na": "https://bohrium.dp.tech/paper/arxiv/885130996159087283",
    "cbr_hai": "https://ru.scribd.com/document/336789686/Community-Based-Rehabilitation-in-vietnam-pdf",
    "vnplus_cbr": "https://en.vietnamplus.vn/vns-model-of-rehabilitation-gains-world-acclaim-post18437.vnp",
    "na_cbr285": "https://tapchiyhocvietnam.vn/index.php/vmj/article/view/15025",
    "trothinh_plo": (
        "http://plo.vn/suc-khoe/dinh-duong/may-tro-thinh-ngoai-tam-quan-ly-bai-1-do-tai-don-gian-gia-may-cao-"
        "ngat-46310.html"
    ),
    "thegioiyte": "https://thegioiyte.vn/may-tro-thinh",
    "tb24": "https://thietbiamthanh24h.net/may-tro-thinh-cho-nguoi-gia-va-kinh-nghiem-chon-san-pham-tot",
    "solar_hearit": "https://www.hear-it.org/solar-powered-hearing-aids",
    "solarear": "https://www.offgridenergyindependence.com/articles/1962/solar-powered-hearing-aid",
    "hearscreen_ccw": "http://repository.up.ac.za:8080/handle/2263/73539",
    "hearscreen_ecd": "http://repository.up.ac.za:8080/handle/2263/71600",
    "hearwho": "https://neonatalcareacademy.com/world-hearing-day-2019/",
    "hj_smart": (
        "https://journals.lww.com/thehearingjournal/Fulltext/2020/10000/Smartphone_Tests_Mobilize_Hearing_Car"
        "e_in.12.aspx"
    ),
    "mat_hcm": "https://nld.com.vn/suc-khoe/200-nguoi-ngheo-duoc-mo-mat-mien-phi-20121225105520937.htm",
    "mat_tn": (
        "https://baothainguyen.vn/y-te/201805/kham-phau-thuat-mat-mien-phi-cho-nguoi-ngheo-nguoi-cao-tuoi-3673D56"
    ),
    "vnx_mat": "https://vnexpress.net/cham-soc-suc-khoe-doi-mat-cho-cha-me-4931612.html",
    "gay_sv": "https://hanhkhatkito.net/2014/04/13/gay-thong-minh",
    "vongtay": (
        "https://doanthanhnien.vn/tin-tuc/tuoi-tre-sang-tao/sinh-vien-lam-vong-deo-tay-thong-minh-cho-nguoi-khiem-thi"
    ),
    "gay_dn": (
        "https://baodanang.vn/channel/5433/201903/gay-do-duong-thong-minh-cho-nguoi-gia-nguoi-khiem-thi-3169844/"
    ),
    "gay_dn2": (
        "https://daikynguyen.tv/doi-song/giao-duc/sinh-vien-lam-gay-thong-minh-dan-duong-bao-dong-giup-nguoi-"
        "khiem-thi-nguoi-gia.html"
    ),
    "iuh_wear": (
        "https://khoahocphattrien.vn/cong-nghe/thiet-bi-deo-thong-minh-ho-tro-nguoi-khiem-thi-di-chuyen-thuan"
        "-loi/202108271039735p1c859.htm"
    ),
    "gay_spkt": "https://hanhkhatkito.net/2014/09/11/mo-them-duong-sang-cho-nguoi-mu",
    "lva_az": "https://uofazcenteronaging.com/care-sheet/providers/low-vision-aids/",
    "lva_uk": (
        "https://www.thefreelibrary.com/Low+vision+aids%3A+keeping+it+simple%3A+This+article+takes+a+...-a0516196464"
    ),
    "smartplug": (
        "https://haingoaiphiemdam.com/p111a37057/252/phich-cam-thong-minh-giup-phat-hien-nguoi-gia-song-mot-m"
        "inh-nguy-kich"
    ),
    "valers": "https://www.valers.eu/bracelet-pour-personne-qui-tombe/",
    "geritech": "https://www.geritech.org/2015/12/personal-emergency-response-systems.html",
    "pendant": "https://wis.it.com/how-do-emergency-pendants-work",
    "pers_ed": (
        "https://www.1800homecare.com/blog/personal-emergency-response-systems-do-they-really-help-are-they-s"
        "till-relevant/?doing_wp_cron=1599598388.4412009716033935546875"
    ),
    "osp": "https://oneseniorplace.com/ask-one-senior-place-i-live-alone-what-happens-if-i-fall/",
    "wsn_thesis": (
        "https://123docz.net/document/15035962-do-an-research-design-and-manufacture-of-a-health-monitoring-s"
        "ystem-using-wireless-sensor-network-for-elderly-at-home.htm"
    ),
    "tdh_iot": (
        "https://tudonghoangaynay.vn/ung-dung-cong-nghe-iot-va-hoc-may-trong-giam-sat-suc-khoe-va-phat-hien-t"
        "e-nga-o-nguoi-cao-tuoi-10821.html"
    ),
    "iuh_hm": (
        "https://123docz.net/document/15318425-health-monitoring-he-thong-canh-bao-cham-soc-suc-khoe-dua-tren"
        "-nen-tang-iot.htm"
    ),
    "genki": (
        "https://thanhnien.vn/sang-don-di-chieu-dua-ve-trung-tam-chong-co-don-cho-nguoi-cao-tuoi-185251002190259547.htm"
    ),
    "helpage_clb": "https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi",
    "tayho_clb": (
        "https://nguoihanoi.vn/clb-lien-the-he-tu-giup-nhau-diem-sang-gan-ket-cong-dong-ben-vung-tai-quan-tay"
        "-ho-91103.html"
    ),
    "isos": (
        "https://isos.gov.vn/nghien-cuu-trao-doi/phat-trien-cac-mo-hinh-dich-vu-than-thien-voi-nguoi-lao-dong"
        "-cao-tuoi-trong-boi-canh-moi-o-viet-nam-43929.html"
    ),
    "pd_kaigo": "https://cpd.edu.vn/khai-giang-lop-dao-tao-nghe-cham-soc-nguoi-cao-tuoi-khoa-2.html",
    "ctd_kaigo": (
        "https://www.redcross.org.vn/chuong-trinh-dao-tao-boi-duong-ky-nang-cham-soc-nguoi-cao-tuoi-chat-luon"
        "g-nhat-ban-dao-tao-kaigo.html/"
    ),
    "alz_hctc": "http://www.alz.co.uk/helping-carers-to-care",
    "phcn_cp": "https://phcn-online.com/2022/03/30/case-study-pt-1-13-bai-nao",
    "cp_uongbi": (
        "https://123doc.net/document/1202043-danh-gia-ket-qua-tap-huan-cha-me-doi-voi-tien-bo-ve-van-dong-tho"
        "-tren-43-tre-bai-nao-tai-uong-bi-tinh-quang-ninh-docx.htm"
    ),
    "byt_cp": (
        "https://fdocuments.net/document/hng-dn-kcbvnkcbvnwp-contentuploads201903huong-dan-vat-ly-tri-lieu-ba"
        "i-naopdf.html"
    ),
    "bienhoa_cbr": (
        "https://luanvan.net.vn/luan-van/luan-an-nghien-cuu-nhu-cau-va-danh-gia-hieu-qua-can-thiep-phuc-hoi-c"
        "huc-nang-dua-vao-cong-dong-cho-tre-di-tat-bam-sinh-84347"
    ),
    "apt_kenya": (
        "https://scholars.aku.edu/en/publications/the-efficacy-of-appropriate-paper-based-technology-for-kenyan-chi-3"
    ),
    "cpa_apt": "http://www.cerebralpalsyafrica.co.uk/equipment/",
    "nauwu_apt": "http://www.healthwrights.org/sections/82/4/",
    "temple_cb": (
        "https://aspph.org/temple-occupational-therapy-brings-cardboard-adaptations-to-children-with-cerebral-palsy/"
    ),
    "aac_wireless": "https://scribd.com/document/450873818/bindu-ieee-docx",
    "aac_boards": "http://www.teachingat.info/technology/AAC4.html",
    "aac_verizon": "https://www.verizon.com/about/parenting/aac-parents-non-verbal-children",
    "aac_rare": "https://rareparenting.com/communication-devices-nonverbal-children/",
    "tk_tuyenquang": (
        "https://123doc.top/document/8614397-luan-van-thac-si-giao-duc-hoa-nhap-cho-tre-tu-ky-theo-mo-hinh-ke"
        "t-hop-giua-trung-tam-giao-duc-tre-khuyet-tat-va-truong-mam-non.htm"
    ),
    "nangmai": (
        "https://123docz.net/document/12426840-danh-gia-mo-hinh-can-thiep-som-cho-tre-tu-ky-tai-trung-tam-nan"
        "g-mai-6795947-pdf.htm"
    ),
    "kh_xelan": (
        "https://baokhanhhoa.vn/xa-hoi/201203/trung-tam-phuc-hoi-chuc-nang-giao-duc-tre-em-khuyet-tat-khanh-h"
        "oa-trao-40-xe-lan-cho-nguoi-khuyet-tat-2139313"
    ),
    "hue_xelan": "https://asvho.vn/tinh-hoi-thua-thien-hue-trao-18-xe-lan-cho-nguoi-khuyet-tat-van-dong-a676.html",
    "xelantay": "https://xelantay.com/posts/view/7",
    "ht_xelan": "http://baohatinh.vn/nhip-cau-yeu-thuong/trao-tang-365-xe-lan-cho-nguoi-khuyet-tat-ha-tinh/115269.htm",
    "vnah_dn": (
        "https://www.dientudacam.vn/hoi-ho-tro-nguoi-khuyet-tat-viet-nam-tang-phong-phuc-hoi-chuc-nang-vui-ch"
        "oi-giai-tri-cho-nncddc-huyen-dinh-quan-4656.html"
    ),
    "vl_tet": (
        "https://www.sggp.org.vn/tang-qua-tet-va-kham-benh-mien-phi-cho-1500-nguoi-dan-tai-vinh-long-post836318.html"
    ),
    "hcm_hs": (
        "https://vovworld.vn/en-US/current-affairs/ho-chi-minh-city-expands-elderly-healthcare-network-1449561.vov"
    ),
    "tvu_jica": (
        "https://en.tvu.edu.vn/experts-from-well-group-teaches-trial-rehabilitation-program-sponsored-by-jica/"
    ),
    "ctump_rehab": (
        "https://ctump.edu.vn/khoa/can-tho-university-of-medicine-and-pharmacy-launches-the-bachelor-s-progra"
        "m-in-rehabilitation-technology-to-meet-growing-workforce-demand.html"
    ),
    "cd_phcn": (
        "https://caodangyduoc.com.vn/xet-tuyen-cao-dang-phuc-hoi-chuc-nang-vat-ly-tri-lieu-tai-truong-cao-dan"
        "g-duoc-sai-gon-d11446.html"
    ),
    "vietcot_blog": (
        "https://kuspito.wordpress.com/2009/02/28/the-vietnamese-training-centre-for-orthopaedic-technologist"
        "s-vietnam-member-of-apos-asia/"
    ),
    "vietcot_eval": "https://fdocuments.net/document/final-version-report-ispolwvf-evaluation-team-vietcot-.html",
    "pedorthic": (
        "https://www.foot-and-shoe.com/41-pedorthics-international/218-successful-completion-of-an-orthopaedi"
        "c-footwear-training"
    ),
    "shtp_exo": (
        "https://tudonghoangaynay.vn/benh-nhan-dot-quy-co-co-hoi-luyen-tap-phuc-hoi-chuc-nang-nho-khung-xuong"
        "-robot-3972.html"
    ),
    "bk_wrist": (
        "https://nld.com.vn/suc-khoe/doc-dao-thiet-bi-ho-tro-phuc-hoi-chuc-nang-cho-khop-co-tay-20220623181326455.htm"
    ),
    "bachmai_gtr": "https://tapchiyhcd.vn/index.php/yhcd/article/view/4215",
    "tr_old": (
        "https://journals.lww.com/topicsingeriatricrehabilitation/Fulltext/2020/10000/Telerehabilitation_for_"
        "Older_Adults.2.aspx"
    ),
    "tr_vr": "https://mdpi.com/2075-4426/13/8/1230",
    "tr_review": "https://content.iospress.com/articles/neurorehabilitation/nre210330",
    "giuong_yt": (
        "https://nemnangtudong.com/nhung-sai-lam-thuong-mac-phai-khi-lua-chon-giuong-y-te-cho-cham-soc-nguoi-"
        "benh-tai-nha-434"
    ),
    "giuong_bd": "https://www.sggp.org.vn/sang-che-huu-ich-cho-nguoi-bat-dong-post241422.html",
    "dem_hoi": "https://thietbiyte3ce.com/blog/dem-hoi-chong-loet-tat-tan-tat-nhung-thong-tin-can-biet",
    "dem_xelan": "https://memart.vn/tin-tuc/tu-van-kien-thuc/su-dung-dem-nao.html",
    "ghebo": "https://www.junbaby.vn/danh-muc/ghe-bo-cho-nguoi-gia.html",
    "khung_di": "http://www.ytancare.com/catalogue/huong-dan-chon-khung-tap-di-cho-nguoi-gia-473.html",
    "pt_antoan": "https://vnexpress.net/thiet-ke-phong-tam-an-toan-cho-nguoi-cao-tuoi-4142349.html",
    "srd_toilet": "http://srd.org.vn/index.php/events/1322-increasing-independence-for-pwds-and-cwds",
    "habitat_pwd": "https://habitatvietnam.org/tackle-inequalities-for-pwds-through-accessibile-design-competition/",
    "jti_habitat": (
        "https://jti.anphabe.com/culture-tour/jti-vietnam-provides-housing-solutions-persons-disabilities-hoa"
        "-binh-tien-giang/3290"
    ),
    "transition_hue": (
        "https://en.vietnamplus.vn/transition-house-for-disabled-people-inaugurated-in-thua-thienhue/164895.vnp"
    ),
    "vnah_usaid": "https://new.express.adobe.com/webpage/8OLWkygMuqeGX",
    "drd_access": "https://www.drdvietnam.org/en/du-an/tiep-can-vi-su-hoa-nhap.html",
    "gps_dementia": "https://suppr.wilddata.cn/browses/detail/pubmed/27809428",
    "gps_shoe": "https://marketing.co.id/keluarga-penderita-alzheimer-bisa-bernafas-lega/",
    "sintef_gps": "http://www.megatechnews.com/gps-app-offers-peace-of-mind-to-families-of-dementia-patients/",
    "veriprajna": "https://veriprajna.com/insights/fall-detection-without-cameras",
    "mmwave_tsl": "https://www.tslautomation.com/blog/mmwave-radar-fall-detection-privacy-explained",
    "mmwave_dev": "https://mmwave-radar.dev/applications/fall-detection.html",
    "p2mfds": "https://arxiv.org/html/2506.17332v1",
    "blueeye": "http://vusta.vn/chitiet/khac/blue-eye-ho-tro-doc-van-ban-cho-nguoi-khiem-thi",
    "mayt_kt": "https://vusta.vn/may-tinh-cam-tay-cho-nguoi-khiem-thi-sang-kien-vi-cong-dong-p93458.html",
    "kinh_tm": (
        "https://giaoducthoidai.vn/nhom-ban-tre-sang-che-kinh-thong-minh-danh-cho-nguoi-khiem-thi-post689150.html"
    ),
    "kinh_doc": "https://vtcnews.vn/kinh-doc-chu-danh-cho-nguoi-khiem-thi-ar395575.html",
    "vos": (
        "https://itzone.com.vn/vi/article/cac-nha-khoa-hoc-viet-nam-phat-trien-ung-dung-dua-tren-nen-tang-and"
        "roid-de-giup-nguoi-mu-xai-dien-thoai-thong-minh-322/"
    ),
    "oae_sosinh": (
        "https://chohanam.top/threads/sang-loc-khiem-thinh-o-tre-so-sinh-bang-do-am-oc-tai-oae.48430/post-87882"
    ),
    "oae_hv": (
        "https://benhvienhungvuong.vn/sang-loc-mat-thinh-luc-bam-sinh-o-tre-so-sinh-phat-hien-som-va-can-thiep-kip-thoi"
    ),
    "oae_tmh": (
        "https://123docz.net/document/10505351-khao-sat-am-oc-tai-o-tre-nghe-kem-bam-sinh-tai-benh-vien-tai-m"
        "ui-hong-tp-ho-chi-minh-nam-2020-2021.htm"
    ),
    "clubfoot_dyn": "http://pubmedcentralcanada.ca/pmcc/articles/PMC2726866/",
    "clubfoot_iowa": "https://pmc.ncbi.nlm.nih.gov/articles/PMC2958265",
    "clubfoot_za": "http://clubfoot.co.za/about-clubfoot/the-clubfoot-brace/",
    "cameroon_tri": (
        "http://jambo.africa.kyoto-u.ac.jp/cgi-bin/CameroonFS_en/wiki.cgi?page=Hand%2DCranked+Wheelchairs+in+"
        "Cameroon&action=SOURCE"
    ),
    "abilituk": "https://eacnews.asia/home/details/1731",
    "canugan": "https://carleton.ca/wheelchair/2019/sample-news-post",
    "haiti_tri": (
        "https://learn.tearfund.org/en-SC/resources/publications/footsteps/footsteps_31-40/footsteps_37/tricy"
        "cle_for_disabled_people/"
    ),
    "iitm_tri": "https://sakthibooks.com/current-events/english/friendly-tricycle-disabled/",
    "xe_choLua": "https://giaxecaitien.blogspot.com/2014/09/gia-xe-cai-tien-cho-lua-o-giang.html",
    "tom_ag": (
        "https://2lua.vn/article/giam-sat-nong-do-oxy-va-nhiet-do-ao-nuoi-tom-bang-dien-thoai-di-dong-40576.html?hl=en"
    ),
    "tom_ctu": "https://sdmd2045.ctu.edu.vn/upload/cnktcntt/files/basic-html/page147.html",
    "tom_sound": "https://cagiongtp.com/thiet-bi-do-suc-khoe-tom-qua-luc-bat_44280_216_0_a",
    "nuttai": "https://vinhxuyen.vn/blogs/do-bao-ho/so-sanh-nut-tai-va-chup-tai-chong-on",
    "nuttai_nrr": "https://eco3d.vn/tin-tuc/nut-tai-chong-on-chup-tai-chong-on-va-chi-so-nrr",
    "daydai": "https://vuabaoho.com/day-dai-an-toan-trang-bi-nho-vai-tro-lon-trong-bao-ve-tinh-mang",
    "dog_wc": "http://familysis.com/en/pages/88550",
    "massage_chair": "https://washima.vn/nhung-ai-nen-va-khong-nen-dung-ghe-massage/",
    "camera_tn": "https://thanhnien.vn/mua-camera-an-ninh-de-yen-tam-du-xuan-can-chu-y-dieu-gi-185240204024024158.htm",
    "smarthome_sec": (
        "https://phamhuynhtrongnhan.com/dam-bao-an-ninh-24-gio-qua-mang-luoi-bao-ve-cua-nha-thong-minh-smarthome/"
    ),
    "cattle_gps": (
        "https://docslib.org/doc/10803388/design-and-testing-of-a-gps-gsm-collar-prototype-to-combat-cattle-r"
        "ustling-francesco-m"
    ),
    "cow_collar": (
        "https://cafef.vn/cach-nuoc-my-nuoi-bo-cho-deo-vong-thong-minh-200-usd-chiec-phat-hien-benh-sau-60-gi"
        "ay-quan-ly-ca-trang-trai-chi-voi-chiec-dien-thoai-188251006104505471.chn"
    ),
    "giupviec_nd": "http://baonamdinh.vn/channel/5085/202010/dich-vu-giup-viec-nha-theo-gio-2540362/",
    "giupviec_tet": "https://tienphong.vn/can-tet-gia-dich-vu-don-nha-theo-gio-tang-gap-3-van-kho-tim-post1818995.tpo",
    "in3d_ck": "https://minhtrieu.vn/gia-cong-co-khi-chinh-xac/khai-niem-cong-nghe-in-3d",
    "bchair": "https://bchair.vn/ghe-cong-thai-hoc-la-gi",
    "gamalift": "https://gamalift.com/tin-tuc/lap-dat-cac-loai-thang-may-gia-dinh-va-cam-nang-kien-thuc-huu-ich",
    "mangrove_en": "https://www.vd-office.org/en/mangrove-forests-for-costal-protection-and-environment-in-tra-vinh/",
    "mangrove_vi": "https://bnews.vn/tra-vinh-khoi-dong-du-an-phuc-hoi-rung-ngap-man/246875.html",
    "babywalker": "https://vietq.vn/lam-sao-de-chon-duoc-xe-tap-di-bang-go-an-toan-va-chat-luong-cho-tre-d133818.html",
    "stroller": "https://sgtt.thesaigontimes.vn/?p=1528",
    "monitor_tt": "https://meditop.com.vn/he-thong-monitor-trung-tam",
    "monitor_mpt": "http://mptmedical.com.vn/thiet-bi-y-te/monitor-theo-doi-benh-nhan",
    "mamnon_plo": "http://plo.vn/xa-hoi/giao-duc/truong-mam-non-cong-lap-nao-o-tphcm-giu-tre-tu-6-thang-791777.html",
    "doc_nham": (
        "https://soha.vn/ly-do-vi-sao-nhieu-nha-xay-cong-lai-thuong-co-chi-tiet-la-nay-quan-trong-hon-nhieu-n"
        "guoi-nghi-198260118164027135.htm"
    ),
    "camera_tre": "https://vietgiaitri.com/vi-sao-nen-lap-camera-wi-fi-tai-nha-20200522i4953267",
    "lumbar": "https://www.onebrace.net/vi/blog/invest-in-adjustable-ergonomic-back-support-now214",
    "in3d_toy": "https://www.tranhongphong.com/2025/06/in-3d-la-gi-thu-choi-tu-in-o-choi-3d.html",
    "cattle_graze": "https://landportal.org/fr/node/84570",
    "sukriti": "https://www.sukriti.org/blog/tri-cycles-disabled",
    "canchild": (
        "https://canchild.ca/en/resources/37-enhancing-fitness-adaptive-motor-function-and-participation-of-c"
        "hildren-with-cerebral-palsy-classified-in-levels-iv-and-v"
    ),
    "nhwheelchair": "http://vi.nhwheelchair.com/news/what-is-the-difference-between-a-wheelchair-and-a-transfer-chair",
    "unicef_tuk": "https://blogs.unicef.org/blog/cambodias-first-accessible-tuk-tuk/",
    "amputee_net": "http://amputee-network.blogspot.com/2007/10/orthopaedic-rehab-centres-upgraded.html",
    "pt_123doc": "https://123doc.top/document/1930402-phong-tam-an-toan-cho-nguoi-gia-pptx.htm",
    "elispot": (
        "https://elispot.biz/about-all/preventing-falls-in-seniors-falls-and-fractures-in-older-adults-causes"
        "-and-prevention.html"
    ),
    "nsw_vi": "https://pdfslide.tips/documents/v-i-ng-qu-v-khng-cn-phi-thc-hin-tt-c-cc-hot.html",
    "martinpollins": (
        "https://martinpollins.com/2023/04/18/information-about-falls-why-they-happen-and-how-to-avoid-them/"
    ),
    "tn_access": (
        "https://baothainguyen.vn/xa-hoi/201704/nguoi-khuyet-tat-kho-khan-tiep-can-cong-trinh-cong-cong-3677D65"
    ),
    "hd_access": "https://baohaiduong.vn/nguoi-khuyet-tat-bi-bo-quen-327686.html",
    "dn_access": "https://baodanang.vn/channel/5433/201110/nhung-rao-can-2134132",
    "vnx_vdl": "https://vnexpress.net/nghich-ly-vien-duong-lao-4496473.html",
    "vtv_codon": "https://vtv.vn/xa-hoi/khi-nguoi-gia-co-don-20230608113305651.htm",
    "cgvdt": "http://www.cgvdt.vn/ho-tro-nguoi-cao-tuoi-song-mot-minh_a19207",
    "nhuy": "https://forum.nhuy.info/threads/74656",
    "stroke_cg_vn2": (
        "https://discovery.researcher.life/article/assessment-of-the-needs-of-caregivers-of-stroke-patients-a"
        "t-state-owned-acute-care-hospitals-in-southern-vietnam-2011/2183775dc5eb3c40a9fbf19677e08034"
    ),
    "stroke_india": "https://www.archives-pmr.org/article/S0003-9993(16)00138-6/fulltext",
    "stroke_burden": "https://pmc.ncbi.nlm.nih.gov/articles/PMC3345587",
    "th4_hm": "https://th4.ilovetranslation.com/4mAS6da6qiS=d",
    "congngheykhoa": "https://congngheykhoa.com/chuong-1-bai-1-qua-trinh-lanh-vet-thuong",
    "cafef_hand": (
        "https://cafef.vn/giao-su-che-tao-robot-doc-y-dinh-cua-con-nguoi-vinfuture-cho-the-gioi-thay-khoa-hoc"
        "-cong-nghe-viet-nam-da-phat-trien-the-nao-188251202180940721.chn"
    ),
    "vietnampt": (
        "https://vietnampt.org/2020/08/03/lien-doan-vat-ly-tri-lieu-the-gioi-ho-tro-vat-ly-tri-lieu-viet-nam/"
    ),
    "gay_sv2": "https://tiepthigiadinhvn.com/9x-sai-gon-sang-che-gay-thong-minh-cho-nguoi-khiem-thi",
    "borgenproject": "https://borgenproject.org/tag/deaftronics/",
    "hearing_mhealth": (
        "http://journals.lww.com/thehearingjournal/Fulltext/2016/08000/mHealth_Improves_Access_to_Community_b"
        "ased_Hearing.11.aspx"
    ),
    "khothuvienso": (
        "https://khothuvienso.com/doc/luan-an-tien-si-dich-te-hoc-mot-so-dac-diem-va-yeu-to-nguy-co-cua-nghe-"
        "kem-o-tre-em-tu-2-den-5-tuoi-tai-cac-truong-mau-giao-noi-thanh-ha-noi-91+31+40"
    ),
    "healcentral": "https://www.healcentral.org/may-tro-thinh/",
    "lowvisioninfo": "http://lowvisioninfo.org/optaids.htm",
    "dantri_mat": (
        "https://dantri.com.vn/suc-khoe/suy-giam-thi-luc-o-nguoi-lon-tuoi-dung-bo-lo-thoi-diem-vang-dieu-tri-"
        "20250828001927186.htm"
    ),
    "comlink": "https://comlink.vn/iot-trong-cham-soc-suc-khoe/",
    "seniorsguide": "https://www.seniorsguide.com/alzheimers-dementia/gps-tracker-for-dementia-safety/",
    "keystone": (
        "https://keystoneelderlaw.com/maintaining-independence-personal-emergency-response-system-keystone-el"
        "der-law-mechanicsburg-pa/"
    ),
    "easyassembly": (
        "https://easyassembly.net/blogs/7802/Overcoming-Wearable-and-Camera-Limitations-A-Novel-60-GHz-Radar"
    ),
    "tinhot": (
        "https://tinhot.tw/2023/06/25/khong-ai-biet-o-nhathang-than-danh-vao-su-co-don-dang-sau-cai-xac-chet-"
        "ban-thiu-tai-hien-truong-cua-su-co-don"
    ),
    "mdpi_dem": "https://www.mdpi.com/2076-328X/14/3/177",
    "hit2b": "https://hit2bsquare.com/vi/articles/khoa-h-c-tr-ly-di-u-d-ng-ch-ng-nh-n-cna-h-ng-d-n-toan-di-n",
    "luanan_cp": "https://123docz.net/document/14954255-luan-an-tien-si-nghien-cuu-ket-qua-mo-hinh-can-thiep.htm",
    "trangnho": "https://trangnho.com/tin-tuc",
    "asd_teachers": (
        "https://text.123docz.net/document/7870619-quan-diem-ve-giao-duc-tre-roi-loan-pho-tu-ky-cua-giao-vien"
        "-mam-non-tai-ha-noi-nam-2019-truong-dai-hoc-quoc-te-hong-bang.htm"
    ),
    "mcgill": "https://www.mcgill.ca/cpengine/topics/seating/depth-review/activity-participation",
    "vnplus_qb": "https://en.vietnamplus.vn/wheelchairs-come-to-the-disabled-in-quang-binh-post58244.vnp",
    "hoangclick": "https://hoangclick.com/may-tro-thinh-loai-nao-tot/",
    "vietnamnet_mat": "https://vietnamnet.vn/thoi-diem-vang-dieu-tri-duc-thuy-tinh-the-o-nguoi-cao-tuoi-2440775.html",
    "bigsofa": "https://bigsofa-vi.decorexpro.com/krovati/kak-pravilno-vybrat-medicinskuyu-funkcionalnuyu-krovat",
    "cg160": "https://m.cg160.cn/vgy-57732128.html",
    "vietnam_rehab": "https://www.vietnam.vn/en/tuyen-sinh-dai-hoc-nganh-ky-thuat-phuc-hoi-chuc-nang-nam-2025",
    "parentcare": "https://parentcareguide.com/living/home-modifications-seniors.html",
    "hollows": "http://www.hollows.org.au/our-work/where-we-work-country/vietnam",
    "blogin3d": "https://blogin3d.com/ung-dung-in-3d-tao-mau-chan-tay-gia-cho-nguoi-khuyet-tat.html",
    "hue_tele": (
        "http://findhealthclinics.com/VN/Hue/580915742028782/B%E1%BB%87nh-vi%E1%BB%87n-Ph%E1%BB%A5c-h%E1%BB%9"
        "3i-ch%E1%BB%A9c-n%C4%83ng-th%C3%A0nh-ph%E1%BB%91-Hu%E1%BA%BF"
    ),
    "taichi_vi": (
        "https://vienyhocungdung.vn/thai-cuc-quyen-co-the-giup-ngan-ngua-dot-quy-tuoi-gia-20180912101924506.htm"
    ),
    "adultday": "http://seniorassistedlivingplacement.com/adult-day-care/",
    "unhs": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9411324",
    "flic": "https://github.com/50ButtonsEach/flic2-documentation/wiki/Fall-Detection-Documentation",
}
