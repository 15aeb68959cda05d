"""`exfilwatch scan --format destinations` on captures: destinations that stayed
encrypted are listed too (from the pcap inventory), not only hosts with HTTP flows."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.console import Console

from exfilwatch.cli import main
from exfilwatch.model import Destination
from exfilwatch.sinks.destinations_sink import render_destinations, sorted_rows
from exfilwatch.sources.pcap_source import inventory_by_host

FIXTURES = Path(__file__).parent / "fixtures" / "pcap"
MIXED = FIXTURES / "mixed.pcap"
TLS_HOSTS = ("t.appsflyer.com", "graph.facebook.com")


def _scan_destinations(*args: str, out: Path) -> str:
    code = main(["scan", *args, "--format", "destinations", "--jobs", "1", "-o", str(out)])
    assert code == 0
    return out.read_text(encoding="utf-8")


def test_inventory_by_host_without_keys(tmp_path: Path) -> None:
    capture = tmp_path / "mixed.pcap"  # copied away from its key log: TLS stays opaque
    shutil.copy(MIXED, capture)
    hosts, error = inventory_by_host(capture)
    assert error is None
    assert set(hosts) == {"app.adjust.com", *TLS_HOSTS}
    for host in TLS_HOSTS:
        assert hosts[host]["connections"] == 2
        assert hosts[host]["decrypted"] == 0 and hosts[host]["requests"] == 0
        assert hosts[host]["note"] == "TLS, not decrypted"
        assert hosts[host]["bytes_sent"] > 0 and hosts[host]["bytes_received"] > 0
    assert hosts["app.adjust.com"]["note"] == "HTTP"


def test_destinations_list_undecrypted_hosts(tmp_path: Path) -> None:
    capture = tmp_path / "mixed.pcap"
    shutil.copy(MIXED, capture)
    text = _scan_destinations(str(capture), out=tmp_path / "out.txt")
    lines = {line.split()[1]: line for line in text.splitlines() if line.startswith("│ ")}
    for host in TLS_HOSTS:
        assert "TLS, not decrypted" in lines[host]
        assert " 2 " in lines[host]  # flows = connections
    assert "device_id" in lines["app.adjust.com"] and " 10 " in lines["app.adjust.com"]
    assert "Meta Platforms" in text and "AppsFlyer" in text  # attributed like any host


def test_decrypted_hosts_keep_their_flow_counts(tmp_path: Path) -> None:
    text = _scan_destinations(str(MIXED), out=tmp_path / "out.txt")  # key log beside it
    assert "not decrypted" not in text
    for host in ("app.adjust.com", *TLS_HOSTS):
        line = next(line for line in text.splitlines() if f"│ {host} " in line)
        assert " 10 " in line and "device_id" in line


def test_sink_shows_the_note_only_without_categories() -> None:
    entries = {
        "quic.example": {
            "destination": Destination(host="quic.example"),
            "flows": 3,
            "categories": set(),
            "note": "QUIC, not decrypted",
        },
        "plain.example": {
            "destination": Destination(host="plain.example"),
            "flows": 1,
            "categories": {"device_id"},
        },
    }
    rows = {r["host"]: r for r in sorted_rows(entries)}
    assert rows["quic.example"]["note"] == "QUIC, not decrypted"
    assert rows["plain.example"]["note"] == ""
    console = Console(record=True, width=200)
    render_destinations(entries, console)
    text = console.export_text()
    assert "QUIC, not decrypted" in text and "device_id" in text
