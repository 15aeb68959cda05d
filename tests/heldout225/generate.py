"""Generate held-out set 225: a Peruvian family's devices in Lima, Arequipa,
Cusco and Madrid (a Peruvian TV channel's streaming app with telenovelas, cumbia
concerts and news, measured by Firebase, GA4 and Comscore; a Liga 1 football app
with AppsFlyer and Adjust; a Peruvian music / radio app with cumbia, huayno and
radio stations plus a Quechua-language podcast; a bank e-wallet with FaceTec
selfie / 3D-liveness login and voice biometrics; a smart TV with ACR; a cable
operator's set-top box; a cheap fitness band; a 4G dashcam), in every input
format, with labels.

    python -m tests.heldout225.generate OUTDIR [--seed 1469] [--flows 1500] [--no-replay]
    python tests/heldout225/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 225), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout225` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout225"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=225,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-225 test devices (generated): four family phones (Samsung A34, moto g84,\n"
        "# Redmi Note 13, Galaxy A15), a cable set-top box (MAC, serial), a smart TV\n"
        "# (Wi-Fi MAC, serial), a fitness band (BLE MAC, serial), a 4G dashcam (IMEI,\n"
        "# Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1469, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
