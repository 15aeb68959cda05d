"""`exfilwatch diff`: exactly the leaks that changed between two builds."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from _findings_factory import BYTEDANCE, GOOGLE, finding, sample_findings, write_har, write_jsonl

from exfilwatch.cli import main
from exfilwatch.diff import diff_findings, stable_key
from exfilwatch.sinks.store import Store


def rebuild(findings, source: str):
    """The same leaks as seen in another capture: new source, flow ids, times, query values."""
    out = []
    for i, f in enumerate(copy.deepcopy(findings)):
        f.source, f.flow, f.time = source, f"x{i}", "2025-04-01T00:00:00.000+00:00"
        f.url = f.url.replace("38400000", "99990000")
        f.evidence = f.evidence.replace("3840", "9999")
        f.id = ""
        f.__post_init__()
        out.append(f)
    return out


def test_same_leaks_in_another_capture_are_unchanged() -> None:
    old = sample_findings("build-41.har")
    new = rebuild(old, "build-42.har")
    assert {f.id for f in old}.isdisjoint({f.id for f in new})
    result = diff_findings(old, new)
    assert not result.differs and result.unchanged == 7


def test_stable_key_folds_indices_and_ids() -> None:
    a = finding(
        "viewing_history", "v", GOOGLE, "f01", "body.json.events[2].title", "/u/1234567890/e"
    )
    b = finding(
        "viewing_history",
        "v",
        GOOGLE,
        "f02",
        "body.json.events[5].title",
        "/u/9876543210/e",
        query="?sid=abc",
    )
    assert stable_key(a) == stable_key(b)
    c = finding("viewing_history", "v", GOOGLE, "f03", "body.json.events[5].name", "/u/1/e")
    assert stable_key(a) != stable_key(c)


def test_new_gone_changed() -> None:
    old = sample_findings("build-41.har")
    new = rebuild(old, "build-42.har")
    del new[4]  # biometric upload removed in build 42
    new.append(  # a new SDK sends the android id
        finding(
            "device_id",
            "known.android_id",
            BYTEDANCE,
            "f20",
            "body.json.device.aid",
            "/service/2/app_log/",
            "build-42.har",
        )
    )
    new[2].encodings = ["gzip", "base64"]  # same leak, now also gzipped
    new[3].destination = copy.deepcopy(new[3].destination)
    new[3].destination.server_country = "IE"  # same leak, now served from Ireland
    result = diff_findings(old, new)
    assert [k[:3] for k in result.new] == [
        ("device_id", "known.android_id", "body.json.device.aid")
    ]
    assert [k[:2] for k in result.gone] == [("biometric", "biometric.face_landmarks")]
    changes = {c.key[3]: c.fields for c in result.changed}
    assert changes == {
        "log.byteoversea.com": {"encodings": (("base64",), ("gzip|base64",))},
        "www.google-analytics.com": {"server_country": (("US",), ("IE",))},
    }
    assert result.unchanged == 4


def test_cli_text_json_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_findings = sample_findings("v1.har")
    new_findings = rebuild(old_findings, "v2.har")[:-1]
    old = write_jsonl(tmp_path / "v1.jsonl", old_findings)
    new = write_jsonl(tmp_path / "v2.jsonl", new_findings)
    same = write_jsonl(tmp_path / "v1b.jsonl", rebuild(old_findings, "v1b.har"))
    assert main(["diff", str(old), str(same)]) == 0
    assert capsys.readouterr().out.strip() == "0 new, 0 gone, 0 changed, 7 unchanged leak(s)"
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        "- gone     viewing_history viewing_history.video_progress at body.json.progress"
    )
    assert "-> Example Media (US/US), first party" in out[0]
    assert out[-1] == "0 new, 1 gone, 0 changed, 6 unchanged leak(s)"
    assert main(["diff", str(new), str(old), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [e["host"] for e in doc["new"]] == ["api.example.com"] and doc["gone"] == []
    assert main(["diff", str(old), str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err


def test_cli_two_runs_of_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.start_run(app="v1")
        store.add_findings(sample_findings("v1.har"))
        store.start_run(app="v2")
        again = sample_findings("v2.har")
        again.append(rebuild(again[:1], "v2.har")[0])  # the same leak once more, another flow
        store.add_findings(again)
    assert main(["diff", f"{db}@1", f"{db}@2"]) == 0
    capsys.readouterr()
    with Store(db) as store:
        store.start_run(app="v3")
        store.add_findings(sample_findings("v3.har")[1:])
    assert main(["diff", f"{db}@1", f"{db}@3"]) == 1
    assert "1 gone" in capsys.readouterr().out


def test_two_builds_captured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two captures of two app builds, through the engine: exactly the leaks that changed."""
    aaid = "38400000-8cf0-11bd-b23e-10b96e40000d"
    common = [
        f"https://app.adjust.com/session?gps_adid={aaid}&app_token=abc",
        "https://log.byteoversea.com/service/2/app_log/?device_id=7212345678901234567&aid=1233",
    ]
    old = write_har(
        tmp_path / "build-41.har",
        [*common, f"https://t.appsflyer.com/api/v4/androidevent?advertiserId={aaid}"],
    )
    new = write_har(
        tmp_path / "build-42.har",
        [*common, "https://api.mixpanel.com/track?distinct_id=x&android_id=9774d56d682e549c"],
    )
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [(e["host"], e["location"]) for e in doc["new"]] == [
        ("api.mixpanel.com", "query.android_id")
    ]
    assert [(e["host"], e["location"]) for e in doc["gone"]] == [
        ("t.appsflyer.com", "query.advertiserId")
    ]
    assert doc["changed"] == [] and doc["unchanged"] >= 2
