"""Generate held-out set 67: a Pixel 8a (Android 14) in Israel and Cyprus /
Greece running an Israeli and a Greek streaming app (Hebrew, transliterated
Hebrew, Greek and Greeklish key names) with the family's Chromecast with Google
TV, a kids' cartoon app, a football / basketball app with NPAW heartbeats, a
music / podcast / audiobook app, a news app with clips and Taboola / Outbrain,
a bank (Onfido, iProov) and a digital-ID wallet (AU10TIX, FaceTec, Jumio) with
face liveness, a voice-note app with speaker verification and a smart doorbell
with familiar-face recognition, in every input format, with labels.

    python -m tests.heldout67.generate OUTDIR [--seed 503] [--flows 900] [--no-replay]
    python tests/heldout67/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 67), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout67` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout67"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=67,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-67 test devices (generated): a Pixel 8a (advertising id, one\n"
        "# ANDROID_ID per app, an e-mail), the family's Chromecast with Google TV\n"
        "# (serial, Wi-Fi MAC) and their video doorbell (serial, Wi-Fi MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 503, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
