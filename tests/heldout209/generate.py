"""Generate held-out set 209: a Polish family's devices in Warsaw, Kraków and
Dublin (a Polish series / film streamer with Firebase, GA4, Adjust and Gemius;
an Ekstraklasa football app with AppsFlyer, Meta app events and an OpenRTB ad
exchange; a radio / podcast app on a Huawei with OAID; a BLIK-style bank with
face login and Onfido selfie KYC; an mObywatel-like e-ID app with a selfie
check; a satellite / IPTV decoder and a smart TV with ACR), in every input
format, with labels.

    python -m tests.heldout209.generate OUTDIR [--seed 1373] [--flows 1500] [--no-replay]
    python tests/heldout209/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 209), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout209` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout209"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=209,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-209 test devices (generated): three family phones (Samsung S23, Huawei\n"
        "# P40 lite with OAID, Pixel 8), a TV decoder (MAC, serial), a smart TV\n"
        "# (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1373, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
