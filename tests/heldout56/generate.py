"""Generate held-out set 56: a Meta Quest 3 in Austria running a German VR
cinema, a 360-video app, a Swiss VR fitness app, a social-VR plaza whose
avatars mirror face expressions and eye gaze, a VR meeting room with voice
profiles, a music-video app and a Yoti age check, plus Meta's own telemetry
and the Pixel 8 companion apps (Unity Analytics, AppsFlyer, Firebase, Meta
Audience Network), in every input format, with labels.

    python -m tests.heldout56.generate OUTDIR [--seed 433] [--flows 900] [--no-replay]
    python tests/heldout56/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 56), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout56` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout56"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=56,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-56 test devices (generated): a Meta Quest 3 (serial, Wi-Fi MAC, Meta\n"
        "# device id from the companion app's device page; one ANDROID_ID per app)\n"
        "# and a Pixel 8 companion phone (GAID, the companion app's ANDROID_ID)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 433, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
