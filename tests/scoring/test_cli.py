"""`needscout score` as a user runs it: JSON, JSON lines and CSV in, JSON out."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scoring.cli import main

FIELDS = ("composite_score", "tier", "risk_class", "decision", "needs", "premium_ceiling",
          "flags", "reasons", "missing_facts", "rules_version")


def run(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_single_json_profile_from_stdin(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, [], json.dumps({"age": 34, "children_count": 2}))
    assert code == 0
    d = json.loads(out)
    assert set(FIELDS) <= set(d) and d["rules_version"] == "2026.11.1"


def test_store_shaped_json_with_facts_key(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, [], json.dumps({"id": 1, "facts": {"age": 80}}))
    assert code == 0 and json.loads(out)["decision"] == "not_a_fit"


def test_jsonl_batch_reports_bad_rows_and_continues(monkeypatch, capsys, tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"age": 30}\n{"age": "old"}\nnot json\n{"age": 50}\n', encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, [str(path)])
    assert code == 1
    assert len(out.strip().splitlines()) == 2
    assert "line 2: fact 'age'" in err and "line 3: invalid JSON" in err


def test_csv_batch_with_lists_and_booleans(monkeypatch, capsys):
    csv_text = ("age,annual_income,conditions,smoker,children_ages,gender\n"
                "40,60000,diabetes;asthma,yes,3;7,female\n"
                "29,45000,,no,,male\n")
    code, out, _ = run(monkeypatch, capsys, ["--format", "csv"], csv_text)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2
    drivers = {d["code"] for d in rows[0]["risk"]["drivers"]}
    assert {"smoker", "condition_diabetes", "condition_asthma"} <= drivers


def test_prospect_view_flag(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["--view", "prospect"], json.dumps({"age": 34}))
    d = json.loads(out)
    assert code == 0 and "decision" not in d and d["needs"]


def test_bad_rules_file_exits_2_with_the_field(monkeypatch, capsys, tmp_path: Path):
    bad = tmp_path / "rules.yml"
    bad.write_text("version: '1'\n", encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, ["--rules", str(bad)], "{}")
    assert code == 2 and "field needs" in err


def test_peers_file_adds_the_cohort(monkeypatch, capsys, tmp_path: Path):
    from scoring import assess

    peers = tmp_path / "peers.jsonl"
    peers.write_text("".join(json.dumps(assess({"age": 30 + i, "annual_income": 40000.0 + i,
                                                 "occupation_class": 1}).to_dict()) + "\n"
                             for i in range(6)), encoding="utf-8")
    facts = json.dumps({"age": 33, "annual_income": 250000, "occupation_class": 1})
    code, out, _ = run(monkeypatch, capsys, ["--peers", str(peers)], facts)
    assert code == 0 and json.loads(out)["cohort"]["peers"] == 6


@pytest.mark.parametrize("argv", [["--help"]])
def test_help(monkeypatch, capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0 and "needscout score" in capsys.readouterr().out


@pytest.mark.parametrize("view", ["agent", "prospect", "scores"])
def test_jsonl_batch_equals_one_profile_at_a_time(monkeypatch, capsys, tmp_path: Path, view):
    from scoring import assess

    monkeypatch.setattr("scoring.cli.BATCH_ROWS", 3)  # several chunks and a partial last one
    rows = [{"age": 20 + 3 * i, "annual_income": 9000.0 * i, "children_count": i % 3,
             "smoker": {"value": i % 2 == 0, "confidence": 0.5}} for i in range(8)]
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run(monkeypatch, capsys, [str(path), "--view", view])
    views = {"agent": "to_dict", "prospect": "prospect_view", "scores": "scores_view"}
    assert code == 0
    assert out.splitlines() == [json.dumps(getattr(assess(r), views[view])(), ensure_ascii=False)
                                for r in rows]


def test_scores_view_has_the_headline_numbers_only(monkeypatch, capsys):
    csv_text = "age,annual_income,smoker\n40,60000,yes\n80,,no\n"
    code, out, _ = run(monkeypatch, capsys, ["--format", "csv", "--view", "scores"], csv_text)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["decision"] for r in rows][1] == "not_a_fit"
    assert set(rows[0]) == {"composite_score", "tier", "risk_class", "decision", "premium_ceiling",
                            "confidence", "rules_version"}
