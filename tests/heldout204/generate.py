"""Generate held-out set 204: a Vietnamese family's devices in Hà Nội, Đà Nẵng
and Thành phố Hồ Chí Minh (a drama / anime streamer with Firebase, Pangle and
AdMob, a V.League football app with AppsFlyer and an OpenRTB exchange, a
Zing-MP3-like music app with Adjust and Meta app events, a MoMo-like e-wallet
with FPT.AI eKYC, face login and AWS Rekognition "pay by face", an
FPT-Play-like TV box and a smart TV with ACR), in every input format, with
labels.

    python -m tests.heldout204.generate OUTDIR [--seed 1343] [--flows 1500] [--no-replay]
    python tests/heldout204/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 204), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout204` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout204"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=204,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-204 test devices (generated): three family phones (Samsung Galaxy A55,\n"
        "# OPPO Reno10, Redmi Note 13), an FPT-Play-like TV box (Ethernet MAC, serial)\n"
        "# and a smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1343, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
