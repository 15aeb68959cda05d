"""Generate held-out set 242, a precision stress set: the company-owned phone
(COPE: a work profile next to her personal apps) of a team lead at a Manila BPO
contact centre. Most traffic is the centre's: the floor's wallboards, call
recordings and their QA scoring, speech-analytics transcripts and sentiment,
the agents' headsets and softphones by serial and MAC, the workstation
inventory, the centre's handhelds under MDM (all ordinary look-alikes), her own
escalation softphone with a voice-biometrics vendor authenticating the client
bank's customers (their voiceprints are biometric), and the site's
face-recognition turnstiles (staff face templates are biometric). Her own: a
Filipino streaming app (teleseryes, PBA live) with Firebase and AppsFlyer, a
music app, an e-wallet with Onfido selfie KYC and her smartwatch. Keys and
paths mix English and Taglish. In every input format, with labels.

    python -m tests.heldout242.generate OUTDIR [--seed 1571] [--flows 1500] [--no-replay]
    python tests/heldout242/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 242), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout242` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout242"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=242,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-242 test devices (generated): the team lead's company-owned Samsung\n"
        "# Galaxy A35 (advertising id, IMEI, serial, Wi-Fi MAC; one ANDROID_ID per\n"
        "# app) and her own smartwatch (BLE MAC, serial). The centre's headsets,\n"
        "# workstations and handhelds are not hers and are not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1571, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
