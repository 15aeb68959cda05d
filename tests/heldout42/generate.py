"""Generate held-out set 42: not a phone but a family's kids' tablet (Lenovo Tab,
Android 13, advertising id deleted by Family Link, one ANDROID_ID per app) and
an Echo Show-like smart display (Fire OS: Amazon advertising id, device serial,
Wi-Fi MAC) in Germany, Austria and Switzerland, with YouTube Kids, three public
broadcasters' kids apps, an audio-play box, a reading app with voice
recognition, an AR face-filter camera, video calls with face framing, a kids'
smartwatch and ad-supported games, in every input format, with labels.

    python -m tests.heldout42.generate OUTDIR [--seed 349] [--flows 900] [--no-replay]
    python tests/heldout42/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 42), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout42` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout42"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=42,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-42 test devices (generated): a Lenovo Tab M10 kids' tablet (serial;\n"
        "# one ANDROID_ID per app; advertising id deleted), an Echo Show-like display\n"
        "# (Fire advertising id, DSN serial, Wi-Fi MAC), an audio box (Wi-Fi MAC) and a\n"
        "# kids' smartwatch (IMEI, serial, Bluetooth MAC); the parent's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 349, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
