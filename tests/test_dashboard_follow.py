"""The dashboard's file follower and JSONL reader: complete lines only, whatever the file does."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from exfilwatch.dashboard.follow import LineFollower
from exfilwatch.dashboard.readers import FindingDecoder, JsonlReader, open_reader
from exfilwatch.dashboard.sample import sample_findings
from exfilwatch.sinks.jsonl_sink import finding_line


def append(path: Path, data: bytes) -> None:
    with path.open("ab") as fh:
        fh.write(data)


def test_waits_for_a_file_created_later(tmp_path: Path) -> None:
    path = tmp_path / "findings.jsonl"
    follower = LineFollower(path)
    assert follower.poll().lines == []
    assert follower.waiting
    append(path, b"one\ntwo\n")
    polled = follower.poll()
    assert polled.lines == [b"one", b"two"]
    assert "opened" in polled.events
    assert not follower.waiting


def test_partial_line_waits_for_its_newline(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b'{"a": 1}\n{"b": ')
    follower = LineFollower(path)
    assert follower.poll().lines == [b'{"a": 1}']
    assert follower.offset == len(b'{"a": 1}\n')
    assert follower.poll().lines == []
    append(path, b"2}\n")
    assert follower.poll().lines == [b'{"b": 2}']


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b"a\n\n  \nb\n")
    assert LineFollower(path).poll().lines == [b"a", b"b"]


def test_truncation_starts_again(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b"first\nsecond\n")
    follower = LineFollower(path)
    assert len(follower.poll().lines) == 2
    path.write_bytes(b"new\n")
    polled = follower.poll()
    assert polled.lines == [b"new"]
    assert "truncated" in polled.events


def test_rewritten_in_place_longer_is_noticed(tmp_path: Path) -> None:
    """Truncated then refilled past our offset before we looked: the byte check catches it."""
    path = tmp_path / "f.jsonl"
    append(path, b"aaaa\n")
    follower = LineFollower(path)
    follower.poll()
    with path.open("r+b") as fh:  # same inode, other content
        fh.write(b"bbbbbbbb\ncc\n")
    polled = follower.poll()
    assert "truncated" in polled.events
    assert polled.lines == [b"bbbbbbbb", b"cc"]


def test_rotation_drains_the_old_file_then_follows_the_new(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b"old-1\n")
    follower = LineFollower(path)
    assert follower.poll().lines == [b"old-1"]
    append(path, b"old-2\n")  # written just before rotation
    os.rename(path, tmp_path / "f.jsonl.1")
    assert follower.poll().lines == [b"old-2"]  # renamed away, new not there yet
    append(path, b"new-1\n")
    polled = follower.poll()
    assert "rotated" in polled.events
    assert polled.lines == [b"new-1"]
    append(path, b"new-2\n")
    assert follower.poll().lines == [b"new-2"]


def test_rotation_with_unread_lines_in_old_file(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b"a\n")
    follower = LineFollower(path)
    follower.poll()
    append(path, b"b\n")
    os.rename(path, tmp_path / "old")
    append(path, b"c\n")
    polled = follower.poll()
    assert polled.lines == [b"b", b"c"]


def test_byte_budget_bounds_one_poll(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b"".join(b"line-%04d\n" % i for i in range(1000)))
    follower = LineFollower(path, chunk=1000)
    first = follower.poll()
    assert first.more
    assert 0 < len(first.lines) < 1000
    got = list(first.lines)
    while True:
        polled = follower.poll()
        got.extend(polled.lines)
        if not polled.more:
            break
    assert got == [b"line-%04d" % i for i in range(1000)]


def test_oversized_line_is_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    append(path, b"ok\n" + b"x" * 5000 + b"\nafter\n")
    follower = LineFollower(path, chunk=1024, max_line=1024)
    lines, oversized = [], 0
    for _ in range(20):
        polled = follower.poll()
        lines += polled.lines
        oversized += polled.oversized
    assert lines == [b"ok", b"after"]
    assert oversized == 1


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="folder"):
        open_reader(tmp_path)


def test_reader_parses_findings_and_counts_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    findings = list(sample_findings(5))
    lines = [finding_line(f) for f in findings]
    lines.insert(2, "not json\n")
    lines.insert(3, '{"no": "category"}\n')
    lines.insert(4, "[1, 2]\n")
    path.write_text("".join(lines), encoding="utf-8")
    batch = JsonlReader(path).poll()
    assert [f.id for f in batch.findings] == [f.id for f in findings]
    assert batch.findings[0].to_dict() == findings[0].to_dict()
    assert batch.bad == 3
    assert batch.error and "record 5" in batch.error and str(path) in batch.error


def test_reader_survives_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(b"\xff\xfe{\n" + finding_line(next(sample_findings(1))).encode())
    batch = JsonlReader(path).poll()
    assert len(batch.findings) == 1
    assert batch.bad == 1


def test_decoder_shares_destinations_and_tolerates_other_layouts() -> None:
    decoder = FindingDecoder()
    findings = list(sample_findings(40, seed=1))
    decoded = [decoder.decode_line(finding_line(f).rstrip("\n").encode()) for f in findings]
    assert [d.to_dict() for d in decoded] == [f.to_dict() for f in findings]
    by_host = {}
    for d in decoded:
        assert by_host.setdefault(d.destination.host, d.destination) is d.destination
    # another writer: destination first, a key after it, pretty-printed: the slow path
    data = findings[0].to_dict()
    reordered = {"destination": data.pop("destination"), **data, "later": {"x": 1}}
    again = decoder.decode_line(json.dumps(reordered, indent=1).replace("\n", " ").encode())
    assert again.to_dict() == findings[0].to_dict()
    tail = dict(findings[0].to_dict(), zzz=1)
    assert decoder.decode_line(json.dumps(tail).encode()).to_dict() == findings[0].to_dict()
    minimal = decoder.decode({"category": "biometric", "extra": "ignored"})
    assert minimal.category == "biometric"
    assert minimal.destination.host == ""


def test_sqlite_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("create table t (x)").connection.commit()
    with pytest.raises(ValueError, match="not an exfilwatch store"):
        open_reader(path)


def test_store_reader_follows_new_findings(tmp_path: Path) -> None:
    from exfilwatch.dashboard.store_reader import StoreReader
    from exfilwatch.sinks.store import Store

    path = tmp_path / "findings.db"
    reader = open_reader(path)  # not there yet: waits, by its name
    assert isinstance(reader, StoreReader) and reader.waiting
    assert not reader.poll()
    findings = list(sample_findings(30))
    with Store(path) as store:
        store.start_run(app="com.example.fitvid")
        store.add_findings(findings[:20])
        first = reader.poll()
        assert [f.to_dict() for f in first.findings] == [f.to_dict() for f in findings[:20]]
        store.add_findings(findings[20:])
        assert [f.id for f in reader.poll().findings] == [f.id for f in findings[20:]]
        assert not reader.poll().findings
    reader.close()
