"""Generate held-out set 77: a Huawei Mate 60 (HarmonyOS 4, no Google services:
OAID, ODID, ANDROID_ID, HMS AAID) and the family's Huawei Vision smart screen in
Saudi Arabia, the UAE and Egypt: two Arabic streaming apps with in-house watch
logs (English, Arabic-script and Arabizi keys), a football app with live
heartbeats, a Quran / nasheed app, a podcast app, the smart screen's ACR, a bank
with face onboarding (Innovatrics DIS, Uqudo) and voice biometrics, a captain
app with selfie checks, and Adjust / AppsFlyer / CleverTap / MoEngage / HMS
Analytics / Petal Ads, in every input format, with labels.

    python -m tests.heldout77.generate OUTDIR [--seed 577] [--flows 900] [--no-replay]
    python tests/heldout77/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 77), in set 1's formats so that bench/evaluate.py scores it
unchanged. Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout77` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout77"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=77,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-77 test devices (generated): a Huawei Mate 60 (OAID, ODID, HMS AAID,\n"
        "# IMEI, one ANDROID_ID per app) and the family's Huawei Vision smart screen\n"
        "# (serial, Wi-Fi MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 577, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
