"""Generate held-out set 118: a family in Dushanbe, Kabul, Herat and Mashhad with a
Samsung Galaxy A phone, a MAG-style IPTV box and a fitness band; a Persian
streaming app, a Tajik TV app, a Pashto music and poetry app, a Quran and
lectures app, a cricket / football streamer, a wallet with face verification,
a telco with voice ID, a taxi driver app with selfie checks, and the SDKs they
carry (Metrix, Tapsell, AppMetrica, Adjust, AppsFlyer, OneSignal, Firebase).

    python -m tests.heldout118.generate OUTDIR [--seed 827] [--flows 900] [--no-replay]
    python tests/heldout118/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 118), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout118` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout118"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=118,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-118 test devices (generated): a Samsung Galaxy A35 (two IMEIs, one\n"
        "# ANDROID_ID per app), the household's IPTV box (Ethernet MAC, serial) and a\n"
        "# fitness band (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 827, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
