"""Held-out app traffic replayed by a real TLS client on loopback and captured
with tcpdump: the capture (plus key log) must give the findings of the HAR and
of the flow dump of the same traffic (bench/heldout_pcap.py, small size).

Needs tcpdump and the right to capture on `lo` (root); skipped otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.skipif(shutil.which("tcpdump") is None, reason="tcpdump not installed"),
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0, reason="capturing on lo needs root"
    ),
    pytest.mark.timeout(120),
]


def _bench() -> object:
    spec = importlib.util.spec_from_file_location(
        "heldout_pcap", ROOT / "bench" / "heldout_pcap.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_capture_of_replayed_session_matches_har(tmp_path: Path) -> None:
    report = _bench().run(tmp_path, flows=60, seed=5, show=10, pcapng=False)  # type: ignore[attr-defined]
    replay = report["replay"]
    assert replay["server_misses"] == 0
    assert any(k.startswith("requests TLS1.3") for k in replay)
    assert any(k.startswith("requests TLS1.2") for k in replay)
    assert "requests http" in replay
    assert any(k.startswith("requests TLS") and k.endswith(" h2") for k in replay)
    assert " 0 packets dropped by kernel" in report["tcpdump"]
    capture = report["inputs"]["pcap + key log"]
    assert capture["unmatched"] == 0 and capture["unmapped_labels"] == 0
    assert not capture["read_error"]
    assert capture["known"]["recall"] >= 0.98 and capture["known"]["precision"] >= 0.97
    assert capture["vs HAR"]["only_ref"] == capture["vs HAR"]["only_other"] == 0
    assert capture["vs flow dump"]["only_ref"] == capture["vs flow dump"]["only_other"] == 0
    assert capture["signatures"] == report["inputs"]["HAR"]["signatures"]
    assert report["ok"]
