"""Generate held-out set 162 (a precision stress set): a day at an independent
Glasgow cinema seen from the manager's phone and the cinema's network: the
theatre management system, DCP servers and projectors, proof of play of ads and
trailers, door scanners, lobby signage, distributors' screener portals, and a
few personal apps (streaming, music with Last.fm scrobbles, a bank with Onfido
liveness, a staff-rota clock-in with a face check), in every input format, with
labels.

    python -m tests.heldout162.generate OUTDIR [--seed 1091] [--flows 900] [--no-replay]
    python tests/heldout162/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 162), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout162` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout162"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=162,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-162 test device (generated): the cinema manager's own Galaxy S23;\n"
        "# one ANDROID_ID per personal app. The cinema's projectors, servers,\n"
        "# scanners and signage players are not the tester's devices.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1091, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
