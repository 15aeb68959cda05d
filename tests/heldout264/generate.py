"""Generate held-out set 264: a family in Harare, Bulawayo and Lilongwe (a
pan-African pay-TV operator's streaming app with its own Shona-keyed player
telemetry, Conviva and Firebase, a gospel / sungura music app with Shona and
Ndebele keys, a mobile-money wallet with Smile ID SmartSelfie KYC, a face
template login and AppsFlyer, the operator's satellite decoder with audience
reports, a smart TV with ACR and a profile camera keyed in Ndebele, and a
Malawian kids' video app with Chichewa keys and Adjust), in every input format,
with labels.

    python -m tests.heldout264.generate OUTDIR [--seed 1703] [--flows 1500] [--no-replay]
    python tests/heldout264/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 264), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout264` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout264"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=264,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-264 test devices (generated): three family phones (Galaxy A34, Tecno\n"
        "# Camon 20, itel S23), a satellite decoder (Wi-Fi MAC, serial) and a smart\n"
        "# TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1703, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
