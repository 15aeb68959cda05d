"""Generate held-out set 144: a family in Seoul and Busan (Galaxy S24, iPhone 15,
smart TV with ACR, IPTV set-top box, Galaxy Watch, car infotainment) using a K-drama
OTT, a webtoon app, music streaming, live commerce, podcasts/audiobooks, a bank with
face and voice authentication, a securities app with eKYC, a messenger with AR face
stickers, a kids' cartoon app and a game with voice chat, with Korean in-house keys
(Hangul, Revised Romanization, McCune-Reischauer, Konglish), in every input format.

    python -m tests.heldout144.generate OUTDIR [--seed 983] [--flows 900] [--no-replay]
    python tests/heldout144/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 144), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout144` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout144"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=144,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-144 household devices (generated): a Galaxy S24 (GAID, IMEI, Wi-Fi MAC,\n"
        "# one ANDROID_ID per app), an iPhone (IDFA, the OTT's IDFV), a smart TV (MAC),\n"
        "# an IPTV set-top box (MAC, serial), a Galaxy Watch (BT MAC, serial) and the\n"
        "# car's head unit (serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 983, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
