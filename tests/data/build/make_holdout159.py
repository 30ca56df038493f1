"""Blind labelled set holdout159 (id prefix oE): poultry and duck hatcheries and brooding.

Theme and sub-topics. A technology supply-demand exchange of Trà Vinh (now part of Vĩnh Long): egg incubators and hatchers,
small (household, styrofoam, traditional rice-husk and "trứng ấp trứng" hatching, solar) and industrial (single-stage and
multi-stage setters, hatchers, central monitoring); egg candling and hatch-rate records (candlers, breakout analysis, hatchery
software, feedback to breeder farms); hatchery hygiene, disinfection and biosecurity (egg disinfection, fumigation and its
alternatives, hatchery layout, microbial monitoring, chick dispatch); sexing of day-old chicks and ducklings (vent, feather,
sex-linked crosses); vaccination at the hatchery (in-ovo and day-of-hatch, Marek's, duck virus hepatitis, parent-flock
vaccination); brooding heat (electric and infrared, gas canopy and radiant brooders, charcoal, wood, sawdust and rice-husk
stoves, biomass boilers, biogas); breeder-flock egg quality (shell, breeder age, diet for fertility, egg selection and storage);
duck-egg and balut (hột vịt lộn) trade (village models, laying-duck supply, egg offtake, balut incubators, market studies); hatchery
power backup and alarms (generators, ATS, UPS, central alarms, SMS thermometers, outage protocols).

Distractors. 31 of the 162 offers (oEo132–oEo162) are from neighbouring fields that share words with the needs without solving
them: shrimp and fish hatcheries, salted-egg making, table-egg grading, washing and layer-house lines, husk-fired paddy dryers,
infant incubators and NICU warmers, laboratory CO2 incubators, reptile incubators and gecko sex determination, poultry slaughter,
tunnel ventilation, biogas feedstock, bathroom heaters, flu-vaccine manufacture, food defence for egg packing, adult Pekin sexing,
mail-order chick shipping, IoT monitoring of baby incubators. Three are judged, all grade 1 as adjacent steps: oEo154 (sexing
ducks later by voice, for oEn25), oEo155 (chick shipping, for oEn56), oEo156 (IoT alarms for baby incubators, for oEn50); the
other 28 are unjudged.

Sources. Pages were found with the search tool (corpus "pages"), 42 queries in Vietnamese and English with at least one of
each per sub-topic (incubators, candling, hygiene, sexing, vaccination, brooding including gas and biomass, breeder egg quality,
balut, power and alarms, plus the distractor fields). Every need and offer paraphrases one page; 150 distinct pages are used
(the 150 keys of S). Some pages serve two offers written in the two languages (e.g. oEo020/oEo021, oEo117/oEo127); such twins were
always given the same grade. No need shares its page with one of its grade-2 offers (checked by a script outside the repository).

Counts. Offers: 162 (80 vi, 82 en). Needs: 75 (37 vi, 38 en); 6 Vietnamese needs are typed without accents (oEn03, oEn11,
oEn19, oEn31, oEn35, oEn51). Judged pairs: 454 (181 grade 2, 273 grade 1). Judged offers per need: 3 to 11, mean 6.05; every
need has at least one grade-2 offer, and every non-distractor offer is judged for at least one need.

Language situations (by the language of the grade-2 offers): 19 needs are answered in their own language only, 13 in the other
language only (oEn05, oEn10, oEn15, oEn25, oEn28, oEn38, oEn41, oEn44, oEn55, oEn57, oEn65, oEn72, oEn74), 43 in both. The shares
guided which needs were written; no grade was changed to reach them.

Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs, benchmarks, tests, other
labelled sets or make scripts were read, and git was not run.

Caveats. One judge, no second opinion on grades. Some pages are thin (a paywalled news teaser on Pateros, a page giving only the
title of a Hà Tĩnh brooding notice, a one-paragraph note on table-egg shells, short product or news blurbs, a Japanese page on a
central alarm box, forum posts), so the items written from them rely on little text. Places: except oEn45, whose page is about a
farmer in Tam Bình (Vĩnh Long) supplied by a Trà Vinh firm, every need was written from a page about another place (Thái Nguyên,
Bà Rịa–Vũng Tàu, Hậu Giang, Hà Tĩnh, Hà Nội, Bắc Giang, the Philippines, the USA, Canada, Australia, India, Poland and others) or
from a page with no place, and was set in Trà Vinh or Vĩnh Long. Many offers restate research (theses, journal papers, extension
bulletins, forum experience) as services or transfers, and some foreign products or programmes are offered as if available here.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout159_needs import NEEDS
from holdout159_offers import OFFERS
from holdout159_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout159", NEEDS, OFFERS, S)
