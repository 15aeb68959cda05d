"""Generate held-out set 270: an Inuit family's devices in Iqaluit (Nunavut) and
Kuujjuaq (Nunavik), whose apps speak Inuktitut in syllabics and in roman
orthography with English and French (an Indigenous broadcaster's streaming app
with Conviva, GA4 and Firebase, a northern radio app, a bank with Onfido selfie
checks, face login and Adjust, a government-ID app with a face template and a
voiceprint, a community cable co-op's set-top box, a smart TV with ACR and a
kids' syllabics learning app with Mixpanel on an iPad), in every input format,
with labels.

    python -m tests.heldout270.generate OUTDIR [--seed 1739] [--flows 1500] [--no-replay]
    python tests/heldout270/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 270), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout270` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout270"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=270,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-270 test devices (generated): three family phones (Galaxy A35, Pixel 7a,\n"
        "# moto g 5G), a child's iPad (IDFV), the community cable box in Kuujjuaq (MAC,\n"
        "# serial) and the smart TV in Iqaluit (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1739, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
