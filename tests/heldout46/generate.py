"""Generate held-out set 46: a household in Spain, Portugal and Argentina with a
Samsung Tizen TV (TIFA, DUID) and a Galaxy S24 (GAID, ANDROID_ID per app): a
streaming app on both, FAST channels with ACR and Samsung Ads, a football app
with live heartbeats, a music / radio app, a bank with FacePhi / Veridas face
and voice checks, a telehealth speaker check, a home camera that knows the
family's faces, a fitness mirror reading the face, AdMob / Unity / AppLovin.

    python -m tests.heldout46.generate OUTDIR [--seed 373] [--flows 900] [--no-replay]
    python tests/heldout46/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 46), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout46` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout46"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=46,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-46 test devices (generated): a Galaxy S24 (GAID, IMEI, one ANDROID_ID\n"
        "# per app), a Samsung Tizen TV (TIFA, Wi-Fi MAC, serial), a home camera\n"
        "# (serial, Wi-Fi MAC) and a fitness mirror (serial, BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 373, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
