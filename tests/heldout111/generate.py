"""Generate held-out set 111: a family in Ohio and Texas (an iPhone 15 and a
Pixel 8, a Roku-OS smart TV with ACR, a smart speaker with voice profiles, a
watch): a big streaming service, a Spanish-language live-TV app, a short-video
app, podcasts, audiobooks, music, a credit union with Socure KYC, a rideshare
driver app with selfie checks, a dating app with FaceTec verification and a TV
companion, in every input format, with labels.

    python -m tests.heldout111.generate OUTDIR [--seed 785] [--flows 900] [--no-replay]
    python tests/heldout111/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 111), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout111` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout111"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=111,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-111 household devices (generated): an iPhone 15 (IDFA; one IDFV per\n"
        "# vendor, filed as device_id), a Pixel 8 (GAID; one ANDROID_ID per app), a\n"
        "# Roku-OS TV (RIDA, serial, Wi-Fi MAC), a smart speaker (serial, Wi-Fi MAC)\n"
        "# and a watch (serial, Bluetooth MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 785, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
