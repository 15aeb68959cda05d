"""Generate held-out set 28: a Lenovo Tab P12 (Android 13) shared by a Dutch-Polish
family, running a streaming app (NPO Start / Player.pl-like), a Polish bank with an
ID wallet (FaceTec, voice confirmation), an itsme-like identity app (Onfido
selfie, passport chip photo), a kids' learning app with webcam attention checks,
a podcast / audiobook app, a video-doorbell app with known faces, a Chromecast
sender and an ad-funded game (AdMob, ironSource, Unity, Criteo, Adform), in every
input format, with labels.

    python -m tests.heldout28.generate OUTDIR [--seed 257] [--flows 900] [--no-replay]
    python tests/heldout28/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 28), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout28` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout28"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=28,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-28 test devices (generated): a Lenovo Tab P12 (one ANDROID_ID per app,\n"
        "# GAID), a video doorbell (serial, Wi-Fi MAC) and a Chromecast (serial, MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 257, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
