"""Generate held-out set 171: a Korean family's phones and living room (Seoul,
Busan, Daegu): a Galaxy S24 with a K-drama / KBO OTT streamer, a church sermon
app, a bank with face eKYC, a PASS-style identity app with face and voice
verification, delivery, navigation, Galaxy Wearable (Watch6 LTE, Buds2 Pro) and
SmartThings; an iPhone 15 with a webtoon-and-video portal and a K-pop streamer;
a Samsung TV with ACR and a telco's leased IPTV set-top box, in every input
format, with labels.

    python -m tests.heldout171.generate OUTDIR [--seed 1145] [--flows 900] [--no-replay]
    python tests/heldout171/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 171), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout171` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout171"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=171,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-171 test devices (generated): a Galaxy S24 (GAID, IMEI, one ANDROID_ID\n"
        "# per app), an iPhone 15 (IDFA, IDFV per vendor as device_id), a Galaxy Watch6\n"
        "# LTE (BT MAC, serial, IMEI), Galaxy Buds2 Pro (BT MAC, serial) and a Samsung\n"
        "# TV (Wi-Fi MAC, DUID as device_id). The telco's leased set-top box is not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1145, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
