"""Start-up: a command imports only what it uses (README, Choices: start-up is part
of the product), and help still lists every subcommand."""

from __future__ import annotations

import subprocess
import sys

from exfilwatch.cli import SUBCOMMANDS, build_parser, requested


def _imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_scan_does_not_import_other_commands_or_heavy_libraries() -> None:
    loaded = _imported_after(
        "from exfilwatch.cli import build_parser\n"
        "build_parser(['scan', 'x.har', '--format', 'jsonl'])"
    )
    assert "exfilwatch.cli.scan" in loaded
    for heavy in ("exfilwatch.cli.dashboard", "exfilwatch.cli.report", "textual", "jinja2"):
        assert heavy not in loaded, heavy
    for lazy in ("tldextract", "requests", "maxminddb", "scapy", "rich.progress"):
        assert lazy not in loaded, lazy


def test_requested_subcommand() -> None:
    assert requested(["--debug", "scan", "a.har"]) == "scan"
    assert requested(["--version"]) is None
    assert requested(["nonsense"]) is None


def test_help_lists_every_subcommand() -> None:
    text = build_parser(["--help"]).format_help()
    for name in SUBCOMMANDS:
        assert name in text, name
