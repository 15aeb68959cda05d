"""Generate held-out set 280: a wantok family's phones in Port Moresby, Lae and
Port Vila (a PNG mobile-money app with selfie KYC and AWS Rekognition face
matching, the national broadcaster's TV and radio streaming app with Firebase
and GA4, a rugby-league highlights app with Facebook app events, Unity Ads and
AppLovin, a Bislama church radio and a Vanuatu phone-credit top-up app with
AppsFlyer), key names in Tok Pisin and Bislama, in every input format, with
labels.

    python -m tests.heldout280.generate OUTDIR [--seed 1799] [--flows 1500] [--no-replay]
    python tests/heldout280/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 280), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout280` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout280"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=280,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-280 test devices (generated): three family phones (Samsung A15 in\n"
        "# Port Moresby, Tecno Spark 10 in Lae, OPPO A17 in Port Vila with its IMEI);\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1799, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
