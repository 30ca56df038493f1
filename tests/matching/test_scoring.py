import math

import numpy as np
import pytest

from matching import scoring
from matching.index import Index, SectorTree, make_config
from matching.scoring import Record

NAN = float("nan")
M = 1_000_000


def test_readiness_meets_or_falls_short():
    assert scoring.trl_signal(8, 6) == 1.0
    assert scoring.trl_signal(6, 6) == 1.0
    assert scoring.trl_signal(5, 6) == pytest.approx(-1 / 3)
    assert scoring.trl_signal(2, 9) == -1.0
    assert scoring.trl_signal(NAN, 6) == 0.0 and scoring.trl_signal(7, NAN) == 0.0


def test_price_fits_budget_or_not():
    fit = scoring.budget_signal(450 * M, 800 * M, False, 500 * M, 900 * M)
    over = scoring.budget_signal(1350 * M, 2000 * M, False, 500 * M, 900 * M)
    way_over = scoring.budget_signal(5000 * M, 6000 * M, False, 500 * M, 900 * M)
    assert fit == 1.0 and over == pytest.approx(-0.5) and way_over == -1.0
    assert scoring.budget_signal(NAN, NAN, True, 500 * M, 900 * M) == 0.5  # negotiable
    assert scoring.budget_signal(NAN, NAN, False, 500 * M, 900 * M) == 0.0  # unknown price
    assert scoring.budget_signal(450 * M, 800 * M, False, NAN, NAN) == 0.0  # unknown budget


def test_transfer_modes_must_share_one():
    need = scoring.modes_mask(["turnkey", "equipment"])
    assert scoring.mode_signal(need, scoring.modes_mask(["equipment"])) == 1.0
    assert scoring.mode_signal(need, scoring.modes_mask(["licence"])) == -1.0
    assert scoring.mode_signal(need, 0) == 0.0


def test_region_scopes():
    code = scoring.region_code
    assert scoring.region_signal(code("province"), code("province")) == 1.0
    assert scoring.region_signal(code("province"), code("region")) == 0.5
    assert scoring.region_signal(code("province"), code("international")) == 0.0
    assert scoring.region_signal(code(None), code("province")) == 0.0


def test_freshness_halves_every_half_life():
    now = 1_000_000_000.0
    days = scoring.FRESHNESS_HALF_LIFE_DAYS * 86400
    assert scoring.freshness_signal(now, now) == 1.0
    assert scoring.freshness_signal(now - days, now) == pytest.approx(0.5)
    assert scoring.freshness_signal(NAN, now) == 0.0


def test_sector_overlap_follows_the_tree():
    tree = SectorTree({"agri": None, "coconut": "agri", "rice": "agri", "aqua": None, "shrimp": "aqua"})
    config = make_config(
        [
            ("agri", None, "Nông nghiệp", "Agriculture", ""),
            ("coconut", "agri", "Dừa", "Coconut", ""),
            ("rice", "agri", "Lúa", "Rice", ""),
            ("aqua", None, "Thủy sản", "Aquaculture", ""),
            ("shrimp", "aqua", "Tôm", "Shrimp", ""),
        ]
    )
    assert config.tree.parents == tree.parents
    offers = [Record(id=code, title="x", sectors=frozenset({code})) for code in ("coconut", "agri", "rice", "shrimp")]
    index = Index(offers, role="offer", config=config)
    got = index.sector_scores(Record(id="n", title="x", sectors=frozenset({"coconut"})))
    levels = scoring.SECTOR_LEVELS
    assert list(got) == [levels["same"], levels["lineage"], levels["sibling"], 0.0]


def test_free_text_sectors_resolve_to_the_tree():
    config = make_config()
    assert config.tree.resolve("Shrimp farming") == frozenset({"shrimp"})
    assert config.tree.resolve("Xử lý nước thải") == frozenset({"wastewater"})
    assert config.tree.resolve("Underwater basket weaving") == frozenset({"text:underwater basket weaving"})


def test_structured_signals_count_only_with_text_relevance():
    signals = {"text": np.array([0.0, 0.25, 1.0]), "trl": np.array([1.0, 1.0, 1.0])}
    scores, contributions = scoring.combine(signals, {"text": 0.7, "trl": 0.1})
    assert contributions["trl"][0] == 0.0
    assert contributions["trl"][1] == pytest.approx(0.05)
    assert contributions["trl"][2] == pytest.approx(0.1)
    assert scores[2] == pytest.approx(0.8)


def test_scores_stay_between_zero_and_one():
    scores, _ = scoring.combine(
        {"text": np.array([1.0, 0.0]), "sector": np.array([1.0, 0.0]), "mode": np.array([1.0, -1.0])},
        {"text": 0.9, "sector": 0.5, "mode": 0.3},
    )
    assert scores[0] == 1.0 and scores[1] == 0.0


def test_the_weights_live_in_one_place_and_name_every_signal():
    assert set(scoring.WEIGHTS) == {"text", "sector", "trl", "budget", "mode", "region", "freshness"}
    assert all(w >= 0 for w in scoring.WEIGHTS.values())
    assert math.isclose(scoring.text_signal(0.0, 1.0), 0.0)
