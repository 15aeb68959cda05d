"""`exfilwatch proxy`: mitmdump with the addon, and what to do on the phone.

Runs `python -m exfilwatch.live.dump` (mitmdump with the addon built in) as a
child process, so that the dashboard can own the terminal beside it and so that
mitmproxy's own signal handling and shutdown stay exactly as in mitmdump. The
addon writes its summary to a private temporary file on exit; we print it.

The proxy listens on loopback unless the tester says otherwise: an open proxy on
a shared network lets anyone there use this machine's connection and read the
traffic of whatever they send through it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ..live import connect
from ..live.tally import summary_text
from . import UserError
from .options import add_engine_options, engine_from_args

DEFAULT_PORTS = {"regular": 8080, "wireguard": 51820}
STOP_SECONDS = 40.0
"""How long to wait for mitmdump to finish its queue and exit after Ctrl-C."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "proxy",
        help="run a mitmproxy with live findings; point a phone at it",
        description="Start mitmdump with the exfilwatch addon, print how to connect a phone, "
        "write findings as they happen, and print a summary on exit (Ctrl-C). "
        "See the README, 'Testing a phone'.",
    )
    p.add_argument(
        "--mode",
        choices=sorted(DEFAULT_PORTS),
        default="regular",
        help="regular: the phone's Wi-Fi HTTP proxy setting; wireguard: a VPN profile that "
        "sends all the phone's traffic (default: regular)",
    )
    p.add_argument("--port", type=int, metavar="N", help="default 8080, or 51820 for wireguard")
    p.add_argument(
        "--listen-host",
        default="127.0.0.1",
        metavar="HOST",
        help="address to listen on (default 127.0.0.1: this machine only). 'lan' for this "
        "machine's LAN address, 0.0.0.0 for every interface",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE.jsonl",
        help="findings file, appended (default: exfilwatch-live-<date>-<time>.jsonl)",
    )
    p.add_argument("--store", metavar="FILE", help="also write findings to this store")
    p.add_argument(
        "--save-flows",
        metavar="FILE",
        help="also save the raw flows (as mitmdump -w) to scan again later",
    )
    p.add_argument(
        "--confdir",
        default="~/.mitmproxy",
        metavar="DIR",
        help="mitmproxy's folder for its CA key and WireGuard keys (default %(default)s)",
    )
    p.add_argument("--queue", type=int, default=1000, metavar="N", help="exchanges queued")
    p.add_argument(
        "--dashboard", action="store_true", help="show the terminal dashboard beside the proxy"
    )
    p.add_argument(
        "--set",
        dest="mitm_options",
        action="append",
        default=[],
        metavar="OPTION=VALUE",
        help="any other mitmproxy option, e.g. --set block_global=false (repeatable)",
    )
    p.add_argument(
        "--print-command",
        action="store_true",
        help="print the connection instructions and the mitmdump command, and exit",
    )
    add_engine_options(p)
    p.set_defaults(func=run)


def resolve_listen_host(value: str) -> str:
    if value != "lan":
        return value
    address = connect.lan_address()
    if address is None:
        raise UserError("--listen-host lan: this machine has no LAN address")
    return address


def default_output() -> str:
    return time.strftime("exfilwatch-live-%Y%m%d-%H%M%S.jsonl")


def mitmdump_command(
    args: argparse.Namespace, listen_host: str, port: int, output: str, summary: str | None
) -> list[str]:
    """The child's command line: every exfilwatch option as a mitmproxy `--set`."""
    cmd = [sys.executable, "-m", "exfilwatch.live.dump"]
    cmd += ["--mode", args.mode, "--listen-host", listen_host, "--listen-port", str(port)]
    sets = {
        "confdir": str(Path(args.confdir).expanduser()),
        "exfilwatch_jsonl": _abs(output),
        "exfilwatch_queue": str(args.queue),
        "exfilwatch_max_body_bytes": str(args.max_body_bytes),
        "exfilwatch_max_depth": str(args.max_depth),
        "exfilwatch_max_steps": str(args.max_steps),
    }
    optional = {
        "exfilwatch_known": args.known and _abs(args.known),
        "exfilwatch_geoip": args.geoip and _abs(args.geoip),
        "exfilwatch_store": args.store and _abs(args.store),
        "exfilwatch_summary": summary,
        "exfilwatch_reveal": "true" if args.reveal else None,
        "exfilwatch_learn": None if args.learn else "false",
        "exfilwatch_units": None if args.units else "false",
        "exfilwatch_builtin_signatures": None if args.builtin_signatures else "false",
    }
    sets.update({k: v for k, v in optional.items() if v})
    for name, value in sets.items():
        cmd += ["--set", f"{name}={value}"]
    for name, values in (
        ("exfilwatch_signatures", [_abs(s) for s in args.signatures]),
        ("exfilwatch_first_party", args.first_party),
        ("exfilwatch_watch_countries", args.watch_countries),
    ):
        for value in values:
            cmd += ["--set", f"{name}={value}"]
    if args.save_flows:
        cmd += ["-w", _abs(args.save_flows)]
    for option in args.mitm_options:
        cmd += ["--set", option]
    return cmd


def _abs(path: str) -> str:
    return str(Path(path).expanduser().absolute())


def instructions(args: argparse.Namespace, listen_host: str, port: int) -> list[str]:
    host = connect.reachable_host(listen_host)
    if args.mode == "regular":
        return connect.regular_instructions(host, port, listen_host)
    lines = connect.wireguard_instructions(host, port, listen_host)
    profile = connect.wireguard_client_config(
        Path(args.confdir), host or connect.lan_address() or listen_host, port
    )
    lines += ["", profile, ""]
    qr = connect.qr_text(profile)
    lines.append(qr if qr else "(install `segno` to get a QR code here)")
    lines.append(
        "Then open http://mitm.it on the phone (with the VPN on) and install the CA; "
        "see the README, 'Testing a phone'."
    )
    return lines


def run(args: argparse.Namespace) -> int:
    listen_host = resolve_listen_host(args.listen_host)
    port = args.port or DEFAULT_PORTS[args.mode]
    if not 0 < port < 65536:
        raise UserError(f"--port {port}: not a port number")
    if args.queue < 1:
        raise UserError("--queue: must be at least 1")
    engine_from_args(args)  # bad known-values or rule files: one line now, not in the child
    output = args.output or default_output()
    if args.print_command:
        print("\n".join(instructions(args, listen_host, port)))
        print(" ".join(mitmdump_command(args, listen_host, port, output, None)))
        return 0
    with tempfile.TemporaryDirectory(prefix="exfilwatch-") as tmp:
        summary = os.path.join(tmp, "summary.json")
        cmd = mitmdump_command(args, listen_host, port, output, summary)
        print(f"exfilwatch proxy: {args.mode} mode on {listen_host}:{port}")
        print("\n".join(instructions(args, listen_host, port)))
        print(f"Findings go to {_abs(output)}; stop with Ctrl-C.", flush=True)
        run_child = _run_with_dashboard if args.dashboard else _run_foreground
        status = run_child(cmd, output)
        _print_summary(summary, output)
    return status


def _run_foreground(cmd: Sequence[str], output: str) -> int:
    child = subprocess.Popen(cmd)
    try:
        return child.wait()
    except KeyboardInterrupt:  # the child got the same Ctrl-C: let it drain and exit
        return _stop(child)


def _run_with_dashboard(cmd: Sequence[str], output: str) -> int:
    try:
        from ..dashboard import run_dashboard
    except ImportError:
        raise UserError("--dashboard: the dashboard is not available in this build") from None
    log_path = f"{output}.mitmdump.log"
    with _private_log(log_path) as log:
        child = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    time.sleep(1.5)
    if child.poll() is not None:
        tail = Path(log_path).read_text(errors="replace").strip().splitlines()[-5:]
        raise UserError("mitmdump did not start: " + (" / ".join(tail) or f"see {log_path}"))
    try:
        run_dashboard(output)
    except KeyboardInterrupt:
        pass
    finally:
        status = _stop(child)
    print(f"mitmdump's log: {log_path}")
    return status


@contextlib.contextmanager
def _private_log(path: str):  # type: ignore[no-untyped-def]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    handle: IO[bytes] = os.fdopen(fd, "ab")
    try:
        yield handle
    finally:
        handle.close()


def _stop(child: subprocess.Popen[bytes]) -> int:
    """Ask mitmdump to finish (SIGINT: it drains the analysis queue), then insist.

    A Ctrl-C in the terminal reached mitmdump already (same process group); a SIGINT
    sent to us alone did not, so it is passed on (a second one is harmless)."""
    if child.poll() is None:
        child.send_signal(signal.SIGINT)
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None and child.poll() is None:
            child.send_signal(sig)
        try:
            code = child.wait(STOP_SECONDS if sig is None else 5)
        except subprocess.TimeoutExpired:
            continue
        except KeyboardInterrupt:  # a second Ctrl-C: stop waiting politely
            continue
        return 0 if code in (0, -signal.SIGINT, 130) else code
    return 1


def _print_summary(summary_path: str, output: str) -> None:
    try:
        snap = json.loads(Path(summary_path).read_text())
    except (OSError, ValueError):
        print("exfilwatch: no summary (mitmdump did not finish cleanly)", file=sys.stderr)
        return
    print(summary_text(snap))
    print(f"Findings: {_abs(output)}  (exfilwatch report / exfilwatch dashboard read it)")
