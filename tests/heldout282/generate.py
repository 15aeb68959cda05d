"""Generate held-out set 282: two Hawaiian-immersion (kula kaiapuni) families'
devices in Hilo and Honolulu (a Hawaiian-language streaming app on a Pixel and
a Google TV stick with Braze and Firebase, a hula and mele music app with
Segment and AppsFlyer, a surf-forecast app with beach webcams, Amplitude and
AppsFlyer, a credit union's selfie login with a face template and FaceTec, a
hospital tele-visit with an AWS Rekognition face check, a keiki learning
tablet with Amplitude, Firebase and a reading buddy's voice enrolment), in
every input format, with labels.

    python -m tests.heldout282.generate OUTDIR [--seed 1811] [--flows 1500] [--no-replay]
    python tests/heldout282/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 282), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout282` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout282"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=282,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-282 test devices (generated): the mother's iPhone 14 (IDFA, one IDFV\n"
        "# per vendor as device_id), the father's Pixel 8 (advertising id, one\n"
        "# ANDROID_ID per app), the Hilo living-room Google TV stick (advertising id,\n"
        "# ANDROID_ID, Wi-Fi MAC, serial), the keiki learning tablet (ANDROID_ID, MAC,\n"
        "# serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1811, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
