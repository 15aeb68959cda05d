"""Generate held-out set 189: a family in Vilnius, Kaunas and Riga (a Xiaomi
phone, an iPad, an owned IPTV box, a smart TV with ACR, a sports watch, a
connected car) using a broadcaster's replay app with Gemius, a streaming service
with AppsFlyer, a basketball live app with Firebase, a Latvian music app, an
audiobook app, a bank with Veriff selfie, face-template and voiceprint
enrolment, a parcel-locker app and a ride app with Adjust, in every input
format, with labels. Keys in Lithuanian, Latvian, transliterated Russian and
English.

    python -m tests.heldout189.generate OUTDIR [--seed 1253] [--flows 900] [--no-replay]
    python tests/heldout189/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 189), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout189` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout189"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=189,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-189 test devices (generated): a Xiaomi 13T (advertising id, one ANDROID_ID\n"
        "# per app), an iPad (IDFV), an owned IPTV box (serial, MAC), a smart TV (Wi-Fi MAC),\n"
        "# a sports watch (BLE MAC, serial) and the family car (VIN, telematics IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1253, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
