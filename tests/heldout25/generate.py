"""Generate held-out set 25: a family in Seoul — an iPad Air (iPadOS 17) running
a Wavve / TVING-like streaming app, a Naver-like portal with a voice assistant
that keeps speaker profiles, a KakaoBank-like bank with face login and
ID-card photo match, a webtoon app with animated episodes, a K-pop fan app
with ARKit face filters and avatar video calls, a Melon-like music app, an
online academy with proctoring and a game with ad SDKs — plus the family's
Samsung smart TV (ACR) and Galaxy Watch6, in every input format, with labels.

    python -m tests.heldout25.generate OUTDIR [--seed 239] [--flows 900] [--no-replay]
    python tests/heldout25/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 25), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout25` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout25"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=25,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-25 test devices (generated): an iPad Air (IDFA allowed in two apps,\n"
        "# one IDFV per vendor), a Samsung TV (DUID, TIFA, Wi-Fi MAC) and a Galaxy\n"
        "# Watch6 (ANDROID_ID, GAID, serial, Bluetooth MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 239, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
