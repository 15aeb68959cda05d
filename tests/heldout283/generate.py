"""Generate held-out set 283: Yiddish-speaking households in Brooklyn, Antwerp and
Bnei Brak (a kosher-filtered shiur / video streaming app with AppsFlyer and
Firebase, a community radio / hotline player with OneSignal, a children's
story-audio app with Mixpanel and Firebase, a community bank with face login
and voice verification, and a kosher phone's filter app registering the handset
with its IMEIs, serial and MAC), keys in YIVO-romanised Yiddish and in Hebrew
script, in every input format, with labels.

    python -m tests.heldout283.generate OUTDIR [--seed 1817] [--flows 1500] [--no-replay]
    python tests/heldout283/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 283), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout283` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout283"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=283,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-283 test devices (generated): a Galaxy A15 in Williamsburg, a Lenovo\n"
        "# Tab M8 (children), a Pixel 7a in Antwerp, a dual-SIM kosher phone in Bnei\n"
        "# Brak (two IMEIs, serial, Wi-Fi MAC); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1817, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
