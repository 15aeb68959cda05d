"""Generate held-out set 198: a Haitian family between Port-au-Prince,
Cap-Haïtien and Miami. A Galaxy A15 in Miami runs a Kreyòl / French video
streamer (konpa concerts, series), a radio / podcast app for Radio Télé
stations, a remittance app with selfie liveness and face match (ComplyCube,
Onfido, AWS Rekognition) and a church livestream app; an Android TV box in
Port-au-Prince reports what is on screen (ACR); a Tecno phone in Cap-Haïtien
runs a prepaid top-up app that binds itself to the handset. Ad and
attribution SDKs: Meta app events, Adjust, ironSource, AppLovin MAX. Every
input format, with labels.

    python -m tests.heldout198.generate OUTDIR [--seed 1307] [--flows 900] [--no-replay]
    python tests/heldout198/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 198), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout198` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout198"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=198,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-198 test devices (generated): a Galaxy A15 in Miami (advertising id,\n"
        "# one ANDROID_ID per app), a Tecno Spark 4 in Cap-Haitien (advertising id,\n"
        "# ANDROID_ID, IMEI) and an Android TV box in Port-au-Prince (serial, Wi-Fi\n"
        "# and Ethernet MACs)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1307, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
