"""Generate held-out set 212: a Kenyan family's devices in Nairobi, Mombasa and
Kisumu (a Kenyan series / live-TV streamer with Firebase and GA4, a KPL / EPL
football app with AppsFlyer, Meta app events and an OpenRTB exchange, a gospel
and bongo music app with radio and Adjust, an M-Pesa-like wallet with face
login and Smile ID selfie KYC, a boda-boda ride app, a Zuku-like TV box and a
smart TV with ACR), in every input format, with labels.

    python -m tests.heldout212.generate OUTDIR [--seed 1391] [--flows 1500] [--no-replay]
    python tests/heldout212/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 212), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout212` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout212"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=212,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-212 test devices (generated): three family phones (Samsung A15,\n"
        "# Tecno Spark 20, Infinix Hot 40), a Zuku-like TV box (MAC, serial) and a\n"
        "# smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1391, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
