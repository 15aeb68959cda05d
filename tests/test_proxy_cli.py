"""`exfilwatch proxy`: instructions, the mitmdump command it builds, and a real run."""

from __future__ import annotations

import json
import os
import signal
import ssl
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from proxy_harness import Upstream, free_port, read_jsonl, request, wait_for

from exfilwatch.cli import main as cli_main
from exfilwatch.live import connect

AAID = "38400000-8cf0-11bd-b23e-10b96e40000d"

pytestmark = pytest.mark.timeout(180)


def test_loopback_default_says_how_to_reach_it_from_a_phone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    known = tmp_path / "known.yaml"
    known.write_text(f"advertising_id: {AAID}\n")
    status = cli_main(
        ["proxy", "--print-command", "--known", str(known), "-o", str(tmp_path / "o.jsonl")]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert "listens on 127.0.0.1 only" in out and "--listen-host" in out
    command = out.strip().splitlines()[-1]
    assert "exfilwatch.live.dump" in command
    assert "--listen-host 127.0.0.1 --listen-port 8080" in command
    assert f"exfilwatch_known={known}" in command
    assert AAID not in out  # the known values are never echoed


def test_lan_listen_host_gives_phone_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["proxy", "--print-command", "--listen-host", "192.0.2.10", "--port", "9"]) == 0
    out = capsys.readouterr().out
    assert "server 192.0.2.10, port 9" in out and "mitm.it" in out


def test_wireguard_profile_and_qr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    confdir = tmp_path / "conf"
    args = ["proxy", "--mode", "wireguard", "--listen-host", "192.0.2.10", "--confdir"]
    assert cli_main([*args, str(confdir), "--print-command"]) == 0
    out = capsys.readouterr().out
    assert "[Interface]" in out and "Endpoint = 192.0.2.10:51820" in out
    keys = json.loads((confdir / "wireguard.conf").read_text())
    assert set(keys) == {"server_key", "client_key"}  # mitmproxy's own format
    assert stat.S_IMODE(os.stat(confdir / "wireguard.conf").st_mode) == 0o600
    assert f"PrivateKey = {keys['client_key']}" in out
    if connect.qr_text("x") is not None:
        assert "█" in out or "▀" in out
    assert cli_main([*args, str(confdir), "--print-command"]) == 0  # same keys the second time
    assert f"PrivateKey = {keys['client_key']}" in capsys.readouterr().out


def test_bad_known_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli_main(["proxy", "--known", str(tmp_path / "missing.yaml"), "--print-command"])
    err = capsys.readouterr().err
    assert status == 2
    assert "missing.yaml" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def _ctrl_c_stops_it() -> None:
    """SIGINT back to its default in the child, whatever this run inherited: a
    non-interactive shell starts background jobs (`./.ci/run &`) with SIGINT ignored,
    Python then never raises KeyboardInterrupt, and the proxy would wait forever."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stopped_output(child: subprocess.Popen[str]) -> str:
    """The wrapper's output once it has exited. If it has not within 90 s, say which
    processes were still alive, then clean up."""
    try:
        return child.communicate(timeout=90)[0]
    except subprocess.TimeoutExpired:
        pid = str(child.pid)
        alive = subprocess.run(
            ["ps", "-o", "pid,ppid,stat,etime,args", "--ppid", pid, "-p", pid],
            capture_output=True,
            text=True,
        ).stdout
        child.kill()
        output = child.communicate(timeout=30)[0]
        pytest.fail(f"exfilwatch proxy did not stop within 90 s after SIGINT:\n{alive}\n{output}")


def test_proxy_run_prints_summary_on_ctrl_c(tmp_path: Path) -> None:
    """The real thing: `exfilwatch proxy`, a request through it, Ctrl-C, the summary."""
    out, confdir, port = tmp_path / "live.jsonl", tmp_path / "conf", free_port()
    cli = "import sys; from exfilwatch.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", cli, "proxy", "--port", str(port), "-o", str(out)]
    cmd += ["--confdir", str(confdir), "--set", "ssl_insecure=true"]
    with Upstream(tmp_path, {}) as upstream:
        child = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=_ctrl_c_stops_it,
        )
        try:
            ca = confdir / "mitmproxy-ca-cert.pem"
            assert wait_for(lambda: ca.exists() or child.poll() is not None, 60)
            assert child.poll() is None, child.communicate()[0]
            time.sleep(1.0)
            context = ssl.create_default_context(cafile=str(ca))
            import http.client

            conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=context)
            conn.set_tunnel("localhost", upstream.port)
            deadline = time.monotonic() + 30
            while True:
                try:
                    status, _, _ = request(conn, "GET", f"/s?gps_adid={AAID}")
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.3)
                    conn.close()
            assert status == 200
            conn.close()
            assert wait_for(lambda: bool(read_jsonl(out)), 30)
        finally:
            child.send_signal(signal.SIGINT)
            text = _stopped_output(child)
    assert child.returncode == 0, text
    assert "1 finding(s)" in text and "by category: device_id 1" in text
    assert f"Findings: {out}" in text


def test_dashboard_hook_gets_the_findings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import exfilwatch.dashboard

    seen: list[str] = []

    def dashboard(source: str) -> None:  # stands in for the Textual app: wait, then "quit"
        seen.append(source)
        log = Path(f"{source}.mitmdump.log")
        assert wait_for(lambda: "analysing live traffic" in log.read_text(errors="replace"), 60)

    monkeypatch.setattr(exfilwatch.dashboard, "run_dashboard", dashboard)
    out = tmp_path / "live.jsonl"
    status = cli_main(
        [
            "proxy",
            "--dashboard",
            "--port",
            str(free_port()),
            "-o",
            str(out),
            "--confdir",
            str(tmp_path / "conf"),
        ]
    )
    assert status == 0
    assert seen == [str(out)]
    printed = capsys.readouterr().out
    assert "0 exchange(s) analysed" in printed
    assert stat.S_IMODE(os.stat(f"{out}.mitmdump.log").st_mode) == 0o600


def test_engine_switches_reach_the_child_as_addon_options() -> None:
    """The proxy's child is a mitmdump: each engine switch must become its `--set`."""
    from exfilwatch.cli import build_parser
    from exfilwatch.cli.proxy import mitmdump_command

    argv = ["proxy", "--no-builtin-signatures", "--no-learning", "--keep-units"]
    args = build_parser(argv).parse_args(argv)
    sets = mitmdump_command(args, "127.0.0.1", 8080, "out.jsonl", None)
    for option in ("builtin_signatures", "learn", "units"):
        assert f"exfilwatch_{option}=false" in sets
    args = build_parser(["proxy"]).parse_args(["proxy"])
    assert not [s for s in mitmdump_command(args, "127.0.0.1", 8080, "o", None) if "=false" in s]
