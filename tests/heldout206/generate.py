"""Generate held-out set 206: a Lao family's devices in Vientiane, Luang
Prabang and Udon Thani (a Lao / Thai drama and Lao live-TV streamer with
Firebase, GA4, AppsFlyer and Pangle, a mor lam / Lao pop music and radio app
with Meta app events, a bank with FaceTec selfie KYC and face login, a ride
app with AppsFlyer, a kart game with Unity Ads, an ISP's IPTV set-top box and
a smart TV with ACR), in every input format, with labels.

    python -m tests.heldout206.generate OUTDIR [--seed 1355] [--flows 1500] [--no-replay]
    python tests/heldout206/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 206), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout206` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout206"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=206,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-206 test devices (generated): four family phones (Samsung Galaxy A35,\n"
        "# OPPO A78, vivo Y36, Redmi 13C), an IPTV set-top box (MAC, serial) and a\n"
        "# smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1355, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
