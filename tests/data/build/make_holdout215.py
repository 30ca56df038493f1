"""Blind labelled set holdout215: veterinary services and animal disease control.

Theme and sub-topics. Needs of farms, cooperatives and district/commune veterinary stations in Trà Vinh /
Vĩnh Long against offers of institutes, universities, firms and exchanges on: animal disease diagnosis and
rapid tests (African swine fever PCR, antigen/antibody lateral-flow kits, isothermal RPA/LAMP, differential
diagnosis, diagnostic laboratories); vaccines and vaccination schedules for pigs (ASF vaccines, sow and piglet
schedules, PRRS, pseudorabies), poultry (Newcastle, Gumboro, IB, thermostable I-2 vaccine, layer and broiler
programmes), ducks (duck plague, Tembusu, H5N1 in ducks) and cattle (lumpy skin disease, foot-and-mouth);
African swine fever and avian influenza (H5 rapid tests, RT-PCR, HI antibody monitoring, live bird market
surveillance, risk mapping, reporting duty); disinfection of farms (lime, iodine, chloramine, ASF
disinfectants, vehicle gates and wash points, cleaning before disinfection) and carcass disposal; village
veterinary workers (training, networks, CAHW curricula and business models), VAHIS disease reporting, vaccine
cold chain and dog rabies campaigns.

Distractors. 32 offers (qIo130-qIo161) come from neighbouring fields and share words with the needs without
solving them: fish and shrimp vaccines and remedies, pig and poultry probiotics and feed additives, human
COVID-19 testing, human rabies vaccination and human bird-flu advice, human vaccine cold chain and lab
freezers, canine/equine PCR, feed regulation and drug import paperwork, piglet creep boxes, e-government for
health, a statistics textbook, crop pesticide sprayers (the machine, not the disinfection service), biogas
digesters (the manure by-product, not disease control) and pet spas. 4 are judged, all grade 1, where they
are a real adjacent step (qIo141, qIo142, qIo150, qIo152); 28 stay unjudged.

Sources. Found with the search tool: 34 queries on corpus "pages" (Vietnamese and English, at least one per
sub-topic) and one on "docs" (its results were mostly noise; one page was used, qIo127). Every need and
every offer paraphrases one public page, figures kept; URLs are in holdout215_sources.py: 207 distinct pages,
161 behind the offers (one each) and 48 behind the needs (a page serves one to three needs; two of them,
s_fmd_tvu and s_fmd_tp, also back an offer that those needs grade 1 at most). No need shares its page with
any of its grade-2 offers (checked by a throwaway script in /tmp).

Counts. Offers 161: vi 76, en 85. Needs 75: vi 40 (6 of them typed without accents: qIn03, qIn21, qIn33,
qIn43, qIn56, qIn63, still marked "vi"), en 35. Judged pairs 398: 195 at grade 2, 203 at grade 1; 2 to 11
judged offers per need, mean 5.3; every need has at least one grade-2 offer.

Language situations (by the languages of a need's grade-2 offers): own language only 23 needs (vi 13, en
10); other language only 21 (vi 9, en 12); both languages 31 (vi 18, en 13). The brief aimed at about a
quarter own-only and the rest mostly both; the set came out with more own-only (31%) and more other-only
(28%) than that, because several sub-topics are covered on the public pages in one language only (pig
schedules, duck diseases, rabies, carcass disposal in Vietnamese; PRRS, vehicle disinfection, cold chain in
English). Grades were never changed to move these shares. Floors: 23 own-only (>= 14), 52 not own-only (>= 15).

Written blind: of the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other sets or other make_*.py, and no git.

Caveats. One judge, no second opinion. Some pages are thin (tag or listing pages, news briefs; qIo128 rests
on a one-line page). 11 needs come from pages about Trà Vinh or Vĩnh Long; the other 64 are written from
pages about other provinces or countries (Hà Nội, Quảng Ninh, An Giang, Kiên Giang, Long An, Tây Ninh,
Quảng Trị, Hòa Bình, Tuyên Quang, Nam Định, the Philippines, the USA, Uganda, Iran…) or about no place, and
were set in the province (place names of Trà Vinh / Vĩnh Long). Many offers restate research papers,
theses, reviews, guidance notes or news as services or products of the institution behind them; foreign
laboratory services (US state labs) are graded 1 at most for needs in the province. Several needs reuse a
page from a different angle.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout215_needs import NEEDS
from holdout215_offers import OFFERS
from holdout215_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout215", NEEDS, OFFERS, S)
