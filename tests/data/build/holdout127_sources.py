"""Sources for holdout127 (rural internet and telecommunications): key -> public page URL."""

S = {}

# fibre to villages
S["vn_bacgiang_lom"] = "https://vietnam.vn/bacgiang/?p=587554"
S["vn_thainguyen_lom"] = (
    "https://baothainguyen.vn/xa-hoi/202412/xoa-vung-lom-vien-thong-buoc-tien-moi-cua-thai-nguyen-2490c48"
)
S["vn_laocai_song"] = "https://baolaocai.vn/dua-song-ve-ban-xa-post395694.html"
S["vn_fpt_vungnui"] = "https://fpt.vn/vi/blog/internet-vung-nui--10968.html"
S["en_optcon_rural"] = "https://online.flippingbook.com/view/262887266/19"
S["en_comsof_rural"] = "https://comsof.com/fiber/blog/rural-fibre-rollouts-digital-divide/"
S["en_b4rn"] = "https://homenetworking01.info/tags/rural-internet-service/page/2/"
S["en_comsof_farm"] = "https://scribd.com/document/492620897/190423-COMSOF-Whitepaper-A4-Print-Pages"
S["en_cartesian_iceland"] = (
    "https://blog.cartesian.com/fibre-to-the-farm-icelands-response-to-connect-hard-to-reach-areas"
)
S["en_abc_trench"] = (
    "http://www2b.abc.net.au/tmb/View/NewMessage.aspx?b=288&t=542&tn=&dm=1&m=10256&tpa=&r=%2Ftmb%2FView%2FMessage.aspx%3Fb%3D288%26t%3D542%26a%3D0%26ps%3D50%26tpa%3D%26uto%3D1%26dm%3D4%26ci%3D0%26pd%3D1%26so%3DDateTime%26soa%3DFalse%26p%3D1%26p2%3D0"
)

# tower backup power
S["vn_sgu_xanh_bts"] = (
    "https://123docz.net/document/9890054-nghien-cuu-giai-phap-ung-dung-cac-nguon-nang-luong-xanh-de-cap-nguon-dien-mot-chieu-cho-thiet-bi-dien-trong-cac-tram-vien-thong.htm"
)
S["vn_hoangson_bts_solar"] = "https://hoangson.com.vn/tin-tuc/du-an-dien-mat-troi-doc-lap-10.html"
S["vn_bts_nguon_lapdat"] = "https://123docz.net/trich-doan/177273-lap-dat-he-thong-nguon-cung-cap-cho-bts.htm"
S["vn_outdoor_opex"] = (
    "https://dientuungdung.vn/giai-phap-nguon-outdoor-giup-giam-chi-phi-van-hanh-khai-thac-opex-cho-mang-di-dong-1460.html"
)
S["vn_condao_hybrid"] = (
    "https://123docz.net/trich-doan/4604286-kha-nang-ung-dung-cac-he-lai-ghep-voi-nang-luong-gio-va-mat-troi-de.htm"
)
S["en_leoch_hybrid"] = (
    "https://leochlithium.us/telecom-tower-hybrid-power-systems-how-energy-integration-improves-reliability-and-efficiency"
)
S["en_lzy_backup"] = "https://www.lzyess.com/news/1662.html"
S["en_elege_windsolar"] = "https://energy-elege.com/hybrid-wind-solar-power-telecom-towers"
S["en_pknb_hybrid"] = "https://www.pknbconsult.com/insights/hybrid-power-telecom.html"
S["en_mnara_towerco"] = "https://mnara.co/towercos-next-act-ditching-diesel-embracing-hybrid-solar-batteries"
S["en_tpc_iraq"] = "https://tpc-solar.pages.dev/case-studies/southern-iraq-telecom-offgrid.html"
S["en_frontiers_lp"] = (
    "https://www.frontiersin.org/journals/energy-research/articles/10.3389/fenrg.2025.1511978/abstract"
)
S["en_dsisolar_bts"] = "https://pt.dsisolar.com/info/solar-pv-for-bts-base-transreceiver-system-67369659.html"

# lightning protection
S["vn_bocau_tiepdia"] = "https://bocau.com.vn/giai-phap-tiep-dia-chong-set/"
S["vn_tcn68_174"] = (
    "https://text.123docz.net/document/8091937-quy-pham-chong-set-va-tiep-dat-cho-cac-cong-trinh-vien-thong.htm"
)
S["vn_tt16_2020"] = "http://eballsviet.com/thong-tu-16-2020-tt-btttt-45448"
S["vn_chongsettoancau"] = "https://chongsettoancau.com/thiet-bi-chong-set-la-gi/"
S["vn_giaiphap_chongset_vt"] = (
    "https://vn-document.net/document/giai-phap-chong-set-cho-cong-trinh-vien-thong-tai-viet-nam/8934765539"
)
S["vn_dongset_dientro"] = (
    "https://123docz.net/document/1325494-bao-cao-bao-ve-he-thong-thong-tin-vien-thong-o-vung-co-mat-do-dong-set-lon-va-dien-tro-suat-cao.htm"
)
S["vn_namdinh_baotri"] = (
    "https://text.123docz.net/document/5186824-hoan-thien-cong-tac-bao-tri-ket-cau-cong-trinh-thu-phat-song-vien-thong-tren-dia-ban-thanh-pho-nam-dinh-tt.htm"
)
S["en_cambium_ground"] = "https://community.cambiumnetworks.com/t/installing-the-cmm5-grounding-equipment/58738"
S["en_everythingrf_cell"] = (
    "https://everythingrf.com/Whitepapers/details/5410-considerations-in-the-protection-of-cellular-radio-sites"
)
S["en_nolightning"] = "http://nolightning.com/communications/"
S["en_telstar_ts1000"] = "https://manualshive.com/ru/manual/telstar/ts1000bs/1084369?page=18"
S["en_tako_towers"] = "https://www.takolightningsystem.com/lightning-protection-for-telecommunication-towers/"

# public Wi-Fi
S["vn_hagiang_wifi"] = "https://toquoc.vn/ha-giang-lap-dat-diem-phat-song-wifi-mien-phi-phuc-vu-le-hoi-99202100.htm"
S["en_hanoi_wifi"] = "https://vietnamnet.vn/en/travel/hanoi-to-provide-free-wi-fi-at-tourist-sites-669022.html"
S["en_swifi_tet"] = (
    "https://e.vnexpress.net/news/travel-life/internet-firm-to-spray-free-wi-fi-over-parks-and-flower-markets-this-tet-3530630.html"
)
S["vn_hcm_banguyet"] = (
    "https://24h.com.vn/tin-tuc-trong-ngay/wi-fi-mien-phi-o-tphcm-da-phu-song-ho-ban-nguyet-c46a685035.html"
)
S["vn_danang_wifi"] = "https://hoatieu.top/phu-song-wifi-toan-thanh-pho-hieu-qua-den-dau-20130525094211336.chn"
S["en_yj_community_wifi"] = (
    "https://yellowjacketbroadband.com/amp2020/article-Community-Wi-Fi-Projects-Boosting-Internet-Connectivity-in-Rural-Areas.php"
)
S["en_weirdtoo_free_wifi"] = "https://www.weirdtoocompany.com/post/how-free-wi-fi-zones-help-bridge-the-digital-divide"
S["en_jharkhand_wifi"] = (
    "https://discovery.researcher.life/topic/very-high-bit-rate-digital-subscriber-line/26367626?page=1&topic_name=Very-high+Bit-rate+Digital+Subscriber+Line"
)

# community digital skills
S["vn_hue_tocns"] = "https://baothuathienhue.vn/amp.aspx?newid=111635"
S["vn_vov_tocns"] = (
    "https://vov.vn/cong-nghe/chuyen-doi-so/to-cong-nghe-so-va-nhung-hat-giong-do-chuyen-doi-so-nong-thon-post1142489.vov"
)
S["vn_kinhtedothi_tocns"] = (
    "https://kinhtedothi.vn/to-cong-nghe-so-cong-dong-lan-toa-chuyen-doi-so-toi-tung-nguoi-dan.html"
)
S["vn_dinhhoa_tocns"] = "https://vietnamnet.vn/dua-cong-nghe-toi-moi-nha-i5013293.html"
S["en_puducherry_dlc"] = (
    "https://www.thehindu.com/news/cities/puducherry/farmers-digital-literacy-centre-launched-in-puducherry/article30619368.ece"
)
S["en_cabi_digital"] = (
    "https://blog.cabi.org/2024/08/05/cabi-academy-launches-digital-skills-training-materials-to-develop-digital-skills-amongst-smallholder-farmers/"
)
S["en_csc_sarsinwa"] = "https://ruralmarketing.in/stories/driving-demand-of-digital-literacy-in-rural-population/"
S["en_digifarmer"] = "https://digifarmer.net/index.php?idx=33"

# network maintenance
S["en_hnhbck_om"] = (
    "https://www.hnhbck.com/en/products/%E9%80%9A%E4%BF%A1%E5%85%89%E7%BC%86%E8%BF%90%E7%BB%B4%E6%8A%80%E6%9C%AF%E6%9C%8D%E5%8A%A1"
)
S["en_kdp_fault"] = "http://www.kdpfibreoptics.com.au/optical-fibre-fault-finding.aspx"
S["en_fibernext_repair"] = "http://fibernextnews.com/2017/03/01/completion-testing-and-troubleshooting/"
S["en_luleey_otdr"] = "https://www.luleey.com/product-category/tester-and-tools/otdr-and-fusion-splicer/"

# wireless broadband, satellite, boosters
S["en_ncta_fwa"] = "https://www.ncta.com/whats-new/connecting-rural-america-through-fixed-wireless-technology"
S["en_iti_ptmp"] = "https://www.internettechnologyinc.com/post/point-to-multipoint-wireless-installation-in-rural-area"
S["en_benton_fwa"] = "https://fliphtml5.com/gnel/fosk/Fixed_Wireless/39"
S["en_opn_fwa"] = "https://opncomm.com/blog/rural-broadband-fwa"
S["en_wia_fwa"] = (
    "https://wia.org/fixed-wireless-home-broadband-service-a-critical-solution-for-closing-connectivity-gaps-in-rural-america/"
)
S["en_gcn_tvws"] = "https://gcn.com/articles/2017/07/18/broadband-tv-white-spaces.aspx"
S["en_hutch_tvws"] = "http://www.hutchnews.com/news/20180412/unused-tv-air-space-for-broadband"
S["en_dailyyonder_tvws"] = "https://dailyyonder.com/tv-whitespace-get-real-microsoft-initiative/2018/10/05/"
S["en_innovate_mesh"] = "https://innovateworld.org/?p=1018"
S["en_villagenet"] = (
    "http://www.techrepublic.com/resource-library/whitepapers/villagenet-a-low-cost-802-11-based-mesh-network-for-rural-regions/?promo=100511"
)
S["en_nextbillion_mesh_vn"] = "https://nextbillion.net/wireless-mesh-as-a-transforming-tool/"
S["en_cong_mesh"] = "http://congregation.ie/blog-papers/wifi-an-entire-village-70.html"
S["en_tesmanian_starlink"] = "https://www.tesmanian.com/blogs/tesmanian-blog/new-mexico-starlink"
S["en_circleid_starlink"] = "https://circleid.com/posts/20210909-supporting-spacex-starlink-in-remote-communities"
S["en_benton_starlink_schools"] = "https://benton.org/node/334084"
S["en_solveforce_mw"] = "https://solveforce.com/microwave-backhaul-overview/"
S["en_kinetic_mw_remote"] = (
    "https://kineticharbor.com/en/articles/backhaul-microwave-links-serve-remote-tower-locations?adtitle=cancer+research"
)
S["en_telecomasia_mw"] = "https://www.telecomasia.net/content/when-microwave-backhaul-makes-sense-wireless-operators/"
S["en_mit_repeater"] = "https://people.csail.mit.edu/bkph/cellular_repeater_inside"
S["en_booster_survey"] = "https://sciup.org/survey-of-cellular-signal-booster-15016153"
S["en_illegal_boosters"] = "https://www.maketecheasier.com/illegal-boosters-threatens-mobile-signals-rural/"
S["en_okra_cicada"] = "https://okrasolar.com/case-study/wifi-cicada-open-source-design-and-implementation"
S["en_lorawan_aqua"] = (
    "https://www.scribd.com/document/680302844/LoRaWAN-Gateway-Architecture-for-Aquaculture-Monitoring-in-Rural-Area"
)
S["en_lpwan_sea"] = (
    "https://123dok.org/document/wyeeg7ey-networks-performance-analysis-offshore-transmission-connectivity-monitoring-applications.html"
)
S["vn_sggp_vsat"] = "https://sggp.org.vn/ky-vong-internet-ve-tinh-post683032.html"
S["vn_baohatinh_vsat"] = "https://baohatinh.vn/thiet-bi-so/internet-ve-tinh-tai-viet-nam-it-va-dat-do/244338.htm"
S["vn_baodautu_repeater"] = "https://baodautu.vn/dung-thiet-bi-kich-song-di-dong-se-bi-phat-30-trieu-dong-d37335.html"
S["vn_baohaiduong_4g"] = "https://baohaiduong.vn/vo-mong-khi-doi-tu-internet-cap-quang-sang-4g-133448.html"
S["vn_vqdung_wifi"] = "https://vqdung.net/chia-se-kien-thuc-co-ban-ve-wi-fi-lua-chon-thiet-bi-va-phuong-an-lap-dat"
S["vn_thanhnien_mesh"] = "https://thanhnien.vn/can-lam-gi-khi-wi-fi-trong-nha-chap-chon-185260221222653843.htm"
S["vn_tinhoc_ap"] = "https://tinhocthanhkhang.vn/dung-nhieu-access-point-co-lam-mang-cham-khong"

# towers, sharing, provincial plans
S["vn_travinh_hatang"] = (
    "https://stttt.travinh.gov.vn/tin-chuyen-nganh/ke-hoach-phat-trien-ha-tang-so-tinh-tra-vinh-den-nam-2025-706708"
)
S["vn_vinhlong_hatang"] = (
    "https://thanhnien.vn/vinh-long-trien-khai-ha-tang-so-san-pham-so-den-tung-nguoi-dan-185251118100517874.htm"
)
S["vn_dungchung_bts_hn"] = "https://m.baophapluat.vn/dung-chung-tram-bts-khong-phai-muon-la-duoc-post139215.amp"
S["vn_ictvn_dongbo_hatang"] = (
    "https://ictvietnam.vn/trien-khai-dong-bo-ha-tang-ky-thuat-vien-thong-voi-ha-tang-ky-thuat-lien-nganh-59573.html"
)
S["vn_dungchung_csht"] = (
    "https://text.123docz.net/document/1040854-tang-cuong-su-dung-chung-co-so-ha-tang-vien-thong-tai-viet-nam.htm"
)

# backup power, monitoring
S["vn_adm_ams_bts"] = "https://adm.com.vn/he-thong-giam-sat-tram-vien-thong-bts"
S["vn_bts_dieukhien_bk"] = (
    "https://text.123docz.net/document/4003730-nghien-cuu-thiet-ke-he-thong-dieu-khien-tram-bts.htm"
)
S["vn_bts_iot_aircon"] = (
    "https://123docz.net/document/10559365-thiet-ke-he-thong-giam-sat-va-dieu-khien-tram-thu-phat-song-di-dong-bts-theo-mo-hinh-iot.htm"
)
S["en_tnut_battery_monitor"] = (
    "https://www.slideshare.net/slideshow/designing-the-operation-monitor-of-battery-of-the-generator-in-the-base-transceiver-station/258414011"
)
S["en_bic_lifepo4"] = "https://www.battery-in-china.com/lifepo4-battery-for-telecom-backup"
S["en_bic_rack_spec"] = (
    "https://www.battery-in-china.com/how-to-specify-rack-mounted-lifepo4-battery-backup-for-telecom-sites"
)
S["en_flywith_battery"] = "https://flywiththought.com/keeping-telecom-infrastructure-running-when-the-grid-goes-down/"
S["en_rackbattery_towers"] = "https://www.rackbattery.com/what-are-lithium-batteries-for-telecom-towers"
S["en_akcp_fuel"] = "http://www.akcp.com/industry-news/remote-fuel-level-monitoring-system/"
S["en_telemisis_fuel"] = "https://towerxchange.com/article/2blfwzpes0s07udcpineo/telemisis-how-to-combat-fuel-theft"
S["en_dps_powerfail"] = "https://www.dpstele.com/blog/catch-commercial-power-loss-before-site-batteries-drain.php"
S["en_dps_standalone"] = "https://www.dpstele.com/blog/stand-alone-alarm-monitoring.php"
S["en_intellitower"] = "https://intelli-tower.com/tower-monitoring/remote-site-tower-monitoring/"
S["vn_hoatieu_modem_pin"] = (
    "https://hoatieu.top/mua-he-nha-mat-dien-nhung-khong-muon-mat-mang-che-ngay-bo-sac-du-phong-cho-modem-nay-2015050402155326.chn"
)
S["en_jiji_miniups"] = "https://jiji.ng/ikeja/decor-accessories/mini-dc-ups-8800mah-cqZH8f1O324CRaGtjdvDm2i2.html"
S["en_hackaday_tinyups"] = "https://hackaday.com/2025/10/24/tiny-ups-keeps-wifi-online/?replytocom=8199623"
S["en_belarus_powerbank"] = (
    "https://belarusmedia.com/how-to-continue-to-have-internet-when-the-power-is-out-and-not-dead-try-techno-doctor-journal/"
)
S["en_techterms_ups"] = "https://techterms.com/definition/ups"

# public Wi-Fi and schools
S["en_giga_rwanda"] = "https://www.itu.int/hub/2022/06/giga-rwanda-connecting-schools-transforming-education/"
S["en_giga_accelerate"] = "https://gigaconnect.org/accelerate/"
S["en_green_wifi_solar"] = "https://urbanplanningblog.com/2006/08/02/green-wifi/"
S["en_solarkiosk"] = "https://solarlove.org/one-billion-no-access-electricity-solar-kiosks-can-help/"

# community centres
S["vn_bdvhx_baomoi"] = (
    "http://www.baomoi.com/phat-trien-diem-buu-dien-van-hoa-xa-trong-xay-dung-nong-thon-moi/c/8291766.epi"
)
S["vn_bdvhx_duyxuyen"] = (
    "http://duyxuyenrt.vn/tin-tc/van-hoa-the-thao/phe-duyt-gn-21-t-ng-phat-trin-h-thng-im-bu-in-vn-hoa-xa-.html"
)
S["vn_bdvhx_quangdien"] = "https://baothuathienhue.vn/buu-dien-van-hoa-xa-song-lai-a3541.html"
S["vn_bdvhx_bachthong"] = "https://bachthong.gov.vn/kho-khan-trong-hoat-dong-tai-cac-diem-buu-dien-van-hoa/"
S["vn_khmer_cds"] = "https://baomoi.net.vn/dong-bao-khmer-va-cong-cuoc-chuyen-doi-so-c51910974.epi"
S["en_telecentre_wiki"] = "http://twiki.owiki.org/wiki/Telecentre"
S["en_telecentre_grok"] = "https://grokipedia.com/page/telecentre"

# maintenance, storms, cable tidying, corrosion
S["vn_quangninh_lu"] = "https://vietnamnet.vn/vien-thong-buu-chinh-doc-toan-luc-khac-phuc-mua-lu-254481.html"
S["vn_yagi_ungcuu"] = (
    "https://vietnamnet.vn/sau-bao-yagi-nha-mang-o-at-dieu-nhan-su-ung-cuu-lu-vung-tay-bac-2320493.html"
)
S["vn_danang_ungcuu"] = "https://baodanang.vn/ung-pho-mua-lu-no-luc-giu-mach-mau-thong-tin-3308777.html"
S["vn_fpt_kalmaegi"] = (
    "http://chungta.vn/tin-tuc/kinh-doanh/fpt-telecom-khac-phuc-thiet-hai-sau-bao-kalmaegi-34666.html"
)
S["vn_fptedu_ftth"] = "https://it.fpt.edu.vn/mat-tin-hieu-nhieu-line-ftth/"
S["vn_vungtau_bogon"] = (
    "https://baobariavungtau.com.vn/kinh-te/202508/phuong-vung-tau-thu-gon-he-thong-day-dien-day-cap-quang-chung-vong-1048099/"
)
S["vn_thainguyen_chinhtrang"] = (
    "https://thainguyentv.vn/sap-xep-chinh-trang-cap-vien-thong-dam-bao-an-toan-va-my-quan-do-thi-99326.html"
)
S["vn_hcm_ngamhoa"] = "http://fw.com.vn/2015/12/23/tp-ho-chi-minh-se-ngam-hoa-90-cap-vien-thong/"
S["en_berrade_coastal"] = "https://berrade.com/en/telecommunications-cabinets/telecom-cabinets-coastal-environments/"
S["en_ntt_salt"] = "https://ntt-review.jp/archive/ntttechnical.php?contents=ntr202206pf1_s.html"
S["en_sen_marine"] = "https://sen.news/protecting-electrical-terminations-in-marine-environments"
S["en_caltrans_enclosure"] = (
    "https://dot.ca.gov/programs/equipment/electrical/protection-from-wet-and-corrosive-environments"
)

# lightning (more)
S["vn_vattu_chongset"] = "https://vattuchongset.com.vn/product/lap-dat-chong-set-tron-goi/"
S["vn_chongset_maiton"] = "https://chongsetdongnam.com/5-sai-lam-khi-lap-dat-kim-thu-set-tren-mai-ton-va-cach-khac-phuc"
S["vn_kth_kiemdinh"] = "https://kth-electric.com/?p=8761"
S["vn_chongset_nhao"] = "https://chongsettoancau.com/thi-cong-chong-set-nha-o/"
S["en_ruckus_outdoor_surge"] = "https://cloudsupport.ruckuswireless.com/answers/000006011"
S["en_rajant_ethernet_spd"] = "https://www.manualshelf.com/manual/vizmonet/es12450r/user-s-guide-english/page-66.html"
S["en_ditek_poe"] = (
    "https://www.diteksurgeprotection.com/solutions/protect-poe-devices-from-power-surges-and-other-disruptions/"
)
S["en_ipsd_switch_surge"] = (
    "https://www.ipsecuritydepot.com/blog/why-surveillance-network-switches-need-surge-protection-you-arent-buying/"
)
S["en_hp_port_arrester"] = "https://easymanua.ls/hp/a6616/manual?p=112"
S["en_headlight_pv"] = "https://www.headlightdigital.co.za/grounding-methods-for-photovoltaic-lightning-protection/"

# neighbouring fields (distractors)
S["vn_evn_sms_matdien"] = "https://pdfcoke.com/documents/thiet-bi-canh-bao-mat-dien-l3gjj112kx3p"
S["vn_spc_doxa"] = "https://tailieuebook.com/phat-trien-he-thong-do-xa-va-tiep-can-he-thong-do-dem-tien-tien-1335"
S["vn_ctu_ups_tba"] = "https://123docz.net/document/5828538-tim-hieu-ve-he-thong-dien-du-phong-ups.htm"
S["vn_truyenthanh_tayninh"] = (
    "https://thanhnien.vn/doi-song/tay-ninh-duoc-bo-thong-tin-truyen-thong-ban-giao-200-cum-loa-truyen-thanh-thong-minh-1289342.html"
)
S["vn_vnpt_ics"] = "https://vnpt.com.vn/doanh-nghiep/giai-phap-cntt/he-thong-truyen-thong-thong-minh-vnpt-ics"
S["vn_camau_truyenthanh"] = (
    "https://camautech.vn/blogs/news/ung-dung-cong-nghe-so-xay-dung-va-trien-khai-thi-diem-he-thong-truyen"
)
S["vn_camera_danviet"] = "https://danviet.vn/camera-an-ninh-gop-phan-dam-bao-trat-tu-xa-hoi-20220723085518259.htm"
S["vn_camera_ip"] = "https://congdongvinhomes.vn/camera-ip-la-gi-uu-nhuoc-diem-va-phan-loai-camera-ip/"
S["vn_ctu_luatom_iot"] = (
    "https://123docz.net/document/11917026-ung-dung-cong-nghe-iot-va-mang-cam-bien-trong-giai-phap-quan-ly-moi-truong-va-nang-cao-hieu-qua-mo-hinh-lua-tom-o-huyen-an-bien-tinh-kien-giang.htm"
)
S["vn_nguoinuoitom_iot"] = "https://nguoinuoitom.vn/giam-sat-tu-dong-thong-so-chat-luong-nuoc-nuoi-trong-thuy-san"
S["vn_cagiong_tombung"] = "https://cagiongtp.com/thiet-bi-do-suc-khoe-tom-qua-luc-bat_44280_216_0_a"
S["vn_ctu_iot_vinhlong"] = "https://sdmd2045.ctu.edu.vn/upload/cnktcntt/files/basic-html/page147.html"
S["vn_tienphong_vetinh_bentre"] = "http://www.tienphong.vn/xa-hoi/617429/Ket-noi-ve-tinh-cho-cac-to-doi-tau-ca-tpp.html"
S["vn_vishipel_hoidap"] = "https://vishipel.com.vn/khach-hang/hoi-dap.htm"
S["vn_stracking"] = "https://viettelhightech.com/s-tracking-nguoi-hung-tham-lang-bao-ve-cuoc-song-ngu-dan"
S["vn_dvbt2_hongheo"] = "https://diendanvetinh.forumvi.com/t5741-topic"
S["en_luleey_otdr"] = "https://www.luleey.com/product-category/tester-and-tools/otdr-and-fusion-splicer/"
S["en_tvu_khmer"] = (
    "https://en.tvu.edu.vn/organizing-khmer-language-training-for-officials-and-civil-servants-in-bac-lieu-province/"
)
S["en_amikind_shs"] = "https://platform.amikind.org/nodes/solar-home-systems/"
S["en_solarnovus_charging"] = "https://www.solarnovus.com/solar-solution-charging-lives-in-africa-and-india_N4537.html"
S["en_locallygrown"] = "https://growingformarket.com/?p=1098"
S["en_crescent_app"] = (
    "https://www.theadvocate.com/new_orleans/entertainment_life/food_restaurants/article_f774f2aa-dedc-11e8-937f-b730b1615d34.html"
)
S["en_drsat_realign"] = "http://channels.drsat.ca/section.cfm?id=3"
S["en_cband_tips"] = "http://www.videostation.net/C-band_tips.htm"

# pages used only by needs
S["en_fibrenews"] = "https://fibrenews.co.uk/transforming-lives-fibre-broadbands-impact-on-rural-connectivity"
S["vn_khoahoc_mesh"] = "https://khoahoc.tv/amp/da-den-luc-ban-thay-doi-mang-wi-fi-o-nha-de-song-tot-hon-104321"
S["vn_ictvn_tocns_thidiem"] = (
    "https://ictvietnam.vn/thi-diem-trien-khai-to-cong-nghe-so-cong-dong-tai-cac-dia-phuong-21860.html"
)
S["vn_laodong_tocns"] = (
    "https://laodongthudo.vn/thi-diem-trien-khai-to-cong-nghe-so-cong-dong-tai-cac-dia-phuong-137094.html"
)
S["en_freedomworks_tvws"] = "https://www.freedomworks.org/tv-white-space-would-bring-broadband-rural-america/"
S["vn_vsta_vetinh"] = "https://vsta.org.vn/tim-giai-phap-thuc-day-phat-trien-dich-vu-internet-ve-tinh-23461.html"
S["en_teslarati_starlink"] = "https://www.teslarati.com/spacex-starlink-rollout-uplifts-schools-native-americans/"
S["en_kinetic_mw_rural"] = (
    "https://kineticharbor.com/en/articles/microwave-backhaul-links-serve-rural-american-locations"
)
S["vn_ngoisao_wifi"] = (
    "https://ngoisao.vn/cong-nghe/xai-gi/9-thanh-pho-co-he-thong-wi-fi-mien-phi-tot-nhat-the-gioi-125427.htm"
)
S["vn_netgear_wifi_congcong"] = (
    "https://netgear.netcom.vn/Trangchu/Tintuc/Tincongnghe/MangLANkhongday/tabid/198/arid/3026/Default.aspx"
)
S["en_tuoitre_tet_wifi"] = (
    "https://tuoitrenews.vn/news/lifestyle/20150116/free-wi-fi-to-be-available-at-2015-tet-flower-street-in-hcmc/23711.html"
)
S["en_itu_giga_asia"] = "https://www.itu.int/hub/publication/d-tnd-03-2021/"
S["vn_vngeek_wifi"] = (
    "https://vngeek.com/internet/2018/12/lai-them-hieu-sai-ve-modem-kich-song-wifi-bo-phat-song-wifi-tam-xa-va-nham-tuong-ve-mot-router-phat-song-ngan-met-vuong"
)
S["en_worship_hub"] = "https://makingprosperity.com/solutions-details/internet-worship-hub"
S["en_deccan_pmgdisha"] = "https://www.deccanherald.com/amp/story/india%2Fdigital-literacy-training-6-cr-1990856"
S["vn_nguoiduatin_bao10"] = "http://www.nguoiduatin.vn/bao-so-10-khien-213-tuyen-cap-cua-viettel-bi-dut-a339214.html"
S["vn_laodong_capnhen"] = "https://laodong.vn/tags/ha-tang-ky-thuat-do-thi-273236.ldo"
S["en_ndp_arrestor"] = "https://www.networkdatapedia.com/post/2012/06/14/lighting-arrestors-or-surge-suppressors"
S["en_slashdot_protectors"] = "https://beta.slashdot.org/~wkk2"
S["en_register_lidar"] = "https://forums.theregister.co.uk/post/reply/3595848"
S["en_tycorun_guide"] = (
    "https://www.tycorun.com/pages/best-lithium-ion-battery-for-telecom-industry-towers-backup-systems"
)
S["en_chirpstack_mesh"] = "https://chirpstack.io/docs/chirpstack-gateway-mesh/index.html"
