"""Generate held-out set 239: the phone of a studio engineer at an Oslo
broadcaster, a precision stress set (most flows are the broadcaster's
look-alikes: the playout system's as-run logs, audience ratings per programme,
studio PTZ cameras and a face-detection auto-tracking server, intercom
beltpacks, replay servers with clip in / out points, the newsroom's handhelds
under MDM, face-terminal access control with staff face enrolment sent to the
vendor), and her own apps: a Norwegian series / sport streamer with Firebase
and AppsFlyer, a podcast app, a bank with BankID and Onfido selfie onboarding,
and her sports watch's companion app. Keys and paths in Norwegian bokmål.

    python -m tests.heldout239.generate OUTDIR [--seed 1553] [--flows 1500] [--no-replay]
    python tests/heldout239/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 239), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout239` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout239"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=239,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-239 test devices (generated): the engineer's Samsung Galaxy S23\n"
        "# (advertising id, one ANDROID_ID per app) and her sports watch (Bluetooth\n"
        "# MAC, serial); the broadcaster's equipment is not hers and not listed\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1553, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
