"""Generate held-out set 101: a Xiaomi Redmi Note 13 (HyperOS) and a Hisense
VIDAA TV in Mexico / Guatemala: Mexican streaming, lucha libre / football,
music, a Maya / K'iche' community radio, a bank with face liveness (Incode,
MetaMap, FacePhi), a telco with voice biometrics, a ride-hailing driver app
with selfie checks, TV ACR, in every input format, with labels.

    python -m tests.heldout101.generate OUTDIR [--seed 725] [--flows 900] [--no-replay]
    python tests/heldout101/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 101), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout101` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout101"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=101,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-101 test devices (generated): a Redmi Note 13 (GAID, IMEI, Wi-Fi MAC,\n"
        "# one ANDROID_ID per app) and a Hisense VIDAA TV (Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 725, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
