"""Generate held-out set 37: a Motorola moto g (Android 14) used in Lithuania,
Latvia and Estonia by a Ukrainian family: three streaming apps with in-house
watch logs (Lithuanian, Latvian / Estonian and transliterated Ukrainian keys),
a music / radio app scrobbling to Last.fm and ListenBrainz, an audiobook /
podcast app syncing positions (gpodder.net), a bank with face verification and
voice confirmation, a government e-ID app with NFC chip photo and Veriff
liveness, a courier app with selfie checks (AWS Rekognition, ML Kit), a smart
TV with content recognition and a game with AdMob, Unity Ads, AppLovin MAX
and AppMetrica, in every input format, with labels.

    python -m tests.heldout37.generate OUTDIR [--seed 311] [--flows 900] [--no-replay]
    python tests/heldout37/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 37), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout37` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout37"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=37,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-37 test devices (generated): a moto g 2024 (Android 14; one ANDROID_ID\n"
        "# per app), the living-room smart TV (Wi-Fi MAC, serial), the courier's\n"
        "# Bluetooth label printer (MAC) and barcode scanner (serial), and the rented\n"
        "# e-bike's LTE tracker (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 311, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
