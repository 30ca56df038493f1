import json

import pytest
from django.core.management import CommandError, call_command


def test_solve_schedule_prints_the_documented_json(tmp_path, capsys):
    path = tmp_path / "instance.json"
    path.write_text(
        json.dumps(
            {
                "participants": ["p1", "p2", "p3", "p7"],
                "slots": ["s1", "s2"],
                "tables": 40,
                "requests": [["p1", "p7"], ["p2", "p7"], ["p3", "p3"]],
                "availability": {"p1": ["s1"]},
                "pinned": [["p2", "p3", "s1"]],
            }
        )
    )
    call_command("solve_schedule", str(path), "--json")
    out = json.loads(capsys.readouterr().out)
    assert out["upper_bound"] == 3
    assert sorted(m[:3] for m in out["meetings"]) == [["p1", "p7", "s1"], ["p2", "p3", "s1"], ["p2", "p7", "s2"]]
    assert sorted(m[3] for m in out["meetings"] if m[2] == "s1") == [1, 2]
    assert out["unscheduled"] == [["p3", "p3", "a participant cannot meet itself"]]
    assert isinstance(out["seconds"], float)


def test_solve_schedule_prints_a_readable_summary(tmp_path, capsys):
    path = tmp_path / "i.json"
    path.write_text(json.dumps({"participants": ["a", "b"], "slots": ["9h"], "tables": 1, "requests": [["a", "b"]]}))
    call_command("solve_schedule", str(path))
    assert "1 meetings placed; upper bound 1" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ('{"participants": []}', "invalid instance"),
        ('{"participants": ["a"], "slots": ["s"], "tables": "many", "requests": []}', "tables"),
    ],
)
def test_solve_schedule_refuses_bad_files_with_a_message(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        call_command("solve_schedule", str(path))


def test_solve_schedule_says_when_the_file_is_missing(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("solve_schedule", str(tmp_path / "missing.json"))
