"""The pcap source end to end: bad files, key-log discovery, real captures, and
the same findings as the HAR of the same traffic."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import shared_path

from exfilwatch.sources import SourceError, SourceOptions, read_exchanges
from exfilwatch.sources.pcap_source import keylog_candidates, pcap_inventory_partial, read_pcap

FIXTURES = Path(__file__).parent / "fixtures" / "pcap"
MIXED = FIXTURES / "mixed.pcap"


def _collect(path: Path, keylog: str | None = None) -> tuple[list, str | None]:
    out: list = []
    try:
        for ex in read_exchanges(path, SourceOptions(keylog=keylog)):
            out.append(ex)
    except SourceError as exc:
        return out, str(exc)
    return out, None


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pcap"
    path.write_bytes(b"")
    assert _collect(path) == ([], f"{path}: empty file")


def test_header_only_capture(tmp_path: Path) -> None:
    path = tmp_path / "header.pcap"
    path.write_bytes(MIXED.read_bytes()[:24])
    exs, error = _collect(path)
    assert exs == [] and error == f"{path}: capture holds no packets"


@pytest.mark.parametrize("name", ["mixed.pcap", "mixed-dsb.pcapng"])
def test_truncated_capture_keeps_what_was_readable(tmp_path: Path, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * 0.7)])
    shutil.copy(MIXED.with_suffix(".pcap.keylog"), f"{path}.keylog")
    exs, error = _collect(path)
    assert 10 <= len(exs) < 30
    assert error is not None and error.startswith(f"{path}: truncated capture")
    assert "\n" not in error


def test_garbage_after_pcap_magic(tmp_path: Path) -> None:
    path = tmp_path / "bad.pcap"
    path.write_bytes(b"\xd4\xc3\xb2\xa1" + b"\x00" * 3)
    exs, error = _collect(path)
    assert exs == [] and error is not None and str(path) in error


def test_keylog_discovered_beside_the_capture(tmp_path: Path) -> None:
    capture = Path(shutil.copy(MIXED, tmp_path / "phone.pcap"))
    shutil.copy(FIXTURES / "mixed.pcap.keylog", tmp_path / "phone.keys")
    assert tmp_path / "phone.keys" in keylog_candidates(capture)
    assert len(list(read_pcap(capture))) == 30


def test_flow_ids_are_stable() -> None:
    first = [(e.flow_id, e.request.url) for e in read_pcap(MIXED)]
    assert first == [(e.flow_id, e.request.url) for e in read_pcap(MIXED)]
    assert len({f for f, _ in first}) == len(first)


def test_inventory_partial_on_truncated(tmp_path: Path) -> None:
    path = tmp_path / "cut.pcap"
    data = MIXED.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    rows, error = pcap_inventory_partial(path)
    assert rows and error and "truncated" in error


# -- findings: the capture says what the HAR of the same traffic says -----------------


def _finding_keys(path: Path) -> set[tuple]:
    from exfilwatch.engine import Engine
    from exfilwatch.scan import analyse_file

    engine = Engine.from_options(known_file=str(FIXTURES / "known.yaml"))
    result = analyse_file(path, engine, SourceOptions())
    assert result.error is None
    return {(f.method, f.url, f.category, f.signature, f.location) for f in result.findings}


def test_same_findings_as_the_har() -> None:
    from_pcap = _finding_keys(MIXED)
    from_har = _finding_keys(FIXTURES / "mixed.har")
    assert from_har, "the fixture must carry identifiers"
    common = from_pcap & from_har
    recall = len(common) / len(from_har)
    precision = len(common) / len(from_pcap)
    assert recall >= 0.98 and precision >= 0.97, (
        sorted(from_har - from_pcap),
        sorted(from_pcap - from_har),
    )


# -- real plaintext captures from ../shared ------------------------------------------


@pytest.mark.parametrize("name", ["sajal", "pcapr.net", "http"])
def test_shared_plaintext_matches_its_har(name: str) -> None:
    folder = shared_path("corpus", "pcap", "pcap2har")
    exs = list(read_pcap(folder / f"{name}.pcap"))
    har = json.loads((folder / f"{name}.pcap.har").read_text())["log"]["entries"]
    assert sorted(e.request.url for e in exs) == sorted(h["request"]["url"] for h in har)


def test_shared_out_of_order_and_truncated() -> None:
    capture = shared_path("corpus", "pcap", "pcap2har", "out-of-order.pcap")
    exs, error = _collect(capture)
    assert len(exs) == 287
    assert error is not None and "truncated capture" in error


def test_shared_dns_only_capture() -> None:
    capture = shared_path("corpus", "pcap", "pcap2har", "dns_requests.pcap")
    rows, _ = pcap_inventory_partial(capture)
    names = {r["host"] for r in rows}
    assert {"facebook.com", "google.com"} <= names


def test_corrupted_captures_never_raise_anything_but_source_error(tmp_path: Path) -> None:
    import random

    rng = random.Random(6)
    for name in ("mixed.pcap", "mixed-dsb.pcapng"):
        original = (FIXTURES / name).read_bytes()
        for i in range(15):
            data = bytearray(original)
            for _ in range(40):
                pos = rng.randrange(24, len(data))
                data[pos] = rng.randrange(256)
            path = tmp_path / f"{i}-{name}"
            path.write_bytes(bytes(data))
            shutil.copy(FIXTURES / "mixed.pcap.keylog", f"{path}.keylog")
            _collect(path)  # must not raise
