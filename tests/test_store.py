"""The findings store: owner-only, WAL, filters for the dashboard, lossless JSONL round trip."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from _findings_factory import AAID, sample_findings, write_har, write_jsonl

from exfilwatch.cli import main
from exfilwatch.model import Destination
from exfilwatch.sinks.collection import load_findings, read_jsonl
from exfilwatch.sinks.store import FindingFilter, InputFile, Store, StoreError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_created_owner_only_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "findings.db"
    with Store(db) as store:
        store.add_findings(sample_findings())
        assert mode(db) == 0o600
        wal = Path(str(db) + "-wal")
        assert wal.exists() and mode(wal) == 0o600
        journal = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert journal == "wal"
    indexes = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")}
    assert {"findings_time", "findings_category", "findings_owner"} <= indexes
    assert {"findings_owner_country", "findings_server_country"} <= indexes


def test_filters_and_counts(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        run = store.start_run(app="com.example.video", device="pixel-7")
        assert store.add_findings(sample_findings()) == 7
        assert store.add_findings(sample_findings()) == 0  # same run, same ids: not doubled
        store.end_run()
        assert len(store.findings()) == 7
        assert {f.category for f in store.findings(FindingFilter(category="device_id"))} == {
            "device_id"
        }
        assert len(store.findings(FindingFilter(category=["biometric", "viewing_history"]))) == 3
        cn = store.findings(FindingFilter(country="cn"))
        assert {f.destination.owner for f in cn} == {"ByteDance Ltd.", "Megvii"}
        assert len(store.findings(FindingFilter(country="SG"))) == 1  # server country
        assert len(store.findings(FindingFilter(owner="Adjust GmbH"))) == 2
        assert len(store.findings(FindingFilter(party="first"))) == 1
        assert len(store.findings(FindingFilter(text="byteover"))) == 1
        assert len(store.findings(FindingFilter(since="2025-03-01T10:00:05"))) == 3
        assert len(store.findings(FindingFilter(run=run, limit=2))) == 2
        rows = list(store.rows())
        assert [f.id for _, f in rows] == [f.id for f in sample_findings()]
        newer = store.findings(FindingFilter(after=rows[4][0]))
        assert [f.flow for f in newer] == ["f06", "f07"]
        assert store.count_by("category") == {"device_id": 4, "biometric": 1, "viewing_history": 2}
        assert store.count_by("owner_country")["CN"] == 2
        with pytest.raises(ValueError):
            store.count_by("data; DROP TABLE findings")
        (info,) = store.runs()
        assert (info.app, info.device) == ("com.example.video", "pixel-7")
        assert info.started and info.ended and info.tool_version


def test_findings_round_trip_exactly(tmp_path: Path) -> None:
    original = sample_findings()
    with Store(tmp_path / "s.db") as store:
        store.add_findings(original)
        back = store.findings()
    assert [f.to_dict() for f in back] == [f.to_dict() for f in original]


def test_import_export_jsonl_is_lossless(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", sample_findings())
    lines = src.read_text().splitlines()
    extra = json.loads(lines[0])
    extra["future_key"] = {"kept": True}  # a key a later version adds
    lines[0] = json.dumps(extra, ensure_ascii=False)
    src.write_text("\n".join(lines) + "\n")
    db, out = tmp_path / "s.db", tmp_path / "out.jsonl"
    assert main(["store", "import", str(src), "--store", str(db), "--app", "demo"]) == 0
    assert main(["store", "export", "--store", str(db), "-o", str(out)]) == 0
    assert out.read_text().splitlines() == lines
    assert mode(out) == 0o600
    with Store(db) as store:
        (run,) = store.runs()
    (inp,) = run.inputs
    assert inp.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert inp.size == src.stat().st_size and run.app == "demo"


def test_export_filtered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add_findings(sample_findings())
    assert main(["store", "export", "--store", str(db), "--category", "biometric"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and json.loads(out[0])["category"] == "biometric"


def test_bad_lines_cost_only_themselves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", sample_findings()[:2])
    with src.open("a") as f:
        f.write("{not json\n")
        f.write('{"category": "device_id"}\n')
        f.write("[1, 2]\n")
    records, errors = read_jsonl(src)
    assert len(records) == 2 and len(errors) == 3
    assert errors[0].startswith(f"{src}:3: not a finding")
    db = tmp_path / "s.db"
    assert main(["store", "import", str(src), "--store", str(db)]) == 2
    err = capsys.readouterr().err
    assert "in.jsonl:4" in err and "Traceback" not in err
    with Store(db) as store:
        assert len(store.findings()) == 2


def test_not_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(StoreError, match="not an exfilwatch store"):
        Store(bogus)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", readonly=True)
    assert main(["store", "export", "--store", str(bogus)]) == 2
    assert "bogus.db: not an exfilwatch store" in capsys.readouterr().err
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="tables missing"):
        Store(other, readonly=True)


def test_writer_and_reader_at_once(tmp_path: Path) -> None:
    """The proxy writes while the dashboard follows: no 'database is locked', no lost rows."""
    db = tmp_path / "live.db"
    writer = Store(db)
    writer.start_run(app="live")
    reader = Store(db, readonly=True)
    seen: list[str] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def follow() -> None:
        last = 0
        try:
            while True:
                finished = done.is_set()
                for seq, f in reader.rows(FindingFilter(after=last)):
                    last = seq
                    seen.append(f.id)
                if finished:
                    return
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=follow)
    thread.start()
    expected = []
    for batch in range(40):
        findings = sample_findings(source=f"live-{batch}")
        expected += [f.id for f in findings]
        writer.add_findings(findings)
    done.set()
    thread.join(timeout=30)
    writer.end_run()
    writer.close()
    reader.close()
    assert not errors
    assert seen == expected


def test_flow_counts_and_destinations(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        run = store.start_run(inputs=[InputFile("a.har", "ab" * 32, 10)])
        store.add_findings(sample_findings())
        quiet = Destination(host="cdn.example.net", domain="example.net", party="unknown")
        store.add_flow_counts(
            {"app.adjust.com": 5, "cdn.example.net": 3}, {"cdn.example.net": quiet}
        )
        store.add_flow_counts({"app.adjust.com": 1}, {})
        dests = store.destinations(run)
    assert dests["app.adjust.com"].flows == 6
    assert dests["app.adjust.com"].destination.owner == "Adjust GmbH"
    assert dests["cdn.example.net"].flows == 3
    assert dests["log.byteoversea.com"].flows == 0


def test_load_findings_from_store_run(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.start_run(app="v1")
        store.add_findings(sample_findings()[:3])
        second = store.start_run(app="v2")
        store.add_findings(sample_findings())
    assert len(load_findings(db).findings) == 10
    two = load_findings(f"{db}@{second}")
    assert len(two.findings) == 7 and [r.app for r in two.runs] == ["v2"]
    with pytest.raises(StoreError, match="no run 9"):
        load_findings(f"{db}@9")


def test_evidence_never_whole_in_store(tmp_path: Path) -> None:
    """The store holds what the JSONL holds; redacted evidence stays redacted."""
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add_findings(sample_findings())
    for f in load_findings(db).findings:
        assert AAID not in f.evidence


def test_scan_records_a_run(tmp_path: Path) -> None:
    """`scan --store`: inputs with SHA-256, rule versions, every destination, the findings."""
    har = write_har(
        tmp_path / "session.har",
        [
            f"https://app.adjust.com/session?gps_adid={AAID}&app_token=abc",
            "https://cdn.example.net/logo.png",
        ],
    )
    db, out = tmp_path / "s.db", tmp_path / "findings.jsonl"
    args = ["scan", str(har), "--store", str(db), "-o", str(out), "--app", "com.demo", "-j", "1"]
    assert main(args) == 0
    with Store(db, readonly=True) as store:
        (run,) = store.runs()
        assert run.app == "com.demo" and run.ended and run.command.startswith("exfilwatch")
        assert "device_id.google_aaid.key" in run.rules
        assert run.inputs[0].sha256 == hashlib.sha256(har.read_bytes()).hexdigest()
        dests = store.destinations()
        assert dests["cdn.example.net"].flows == 1 and dests["app.adjust.com"].flows == 1
        stored = [f.to_dict() for f in store.findings()]
    assert stored == [json.loads(line) for line in out.read_text().splitlines()]
    assert any(f["signature"] == "device_id.google_aaid.key" for f in stored)
