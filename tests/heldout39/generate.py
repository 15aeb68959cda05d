"""Generate held-out set 39: an itel S23 (Android 13) used in Ethiopia and
northern / south-western Nigeria: an Ethiopian streaming app with Amharic keys, a
Kannywood / Yoruba streaming app with Hausa and Yoruba keys, the preinstalled
music and radio app, a sermon and Qur'an-recitation app, a mobile-money wallet
(Smile ID face KYC, VoiceIt voice confirmation), a ride / delivery app with rider
selfies (Amazon Rekognition, ML Kit), a beauty camera (MediaPipe Face
Landmarker), a game with AdMob / Unity Ads / Mintegral / Pangle / a local
OpenRTB network, and a smart TV with content recognition, in every input
format, with labels.

    python -m tests.heldout39.generate OUTDIR [--seed 331] [--flows 900] [--no-replay]
    python tests/heldout39/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 39), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout39` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout39"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=39,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-39 test devices (generated): an itel S23 (S665L, Android 13, dual SIM:\n"
        "# two IMEIs; serial and Wi-Fi MAC read by the preinstalled music app), one\n"
        "# ANDROID_ID per app, and a smart TV on the same Wi-Fi (Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 331, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
