"""Generate held-out set 164: a family in Shanghai and Chengdu with a Xiaomi phone
(a long-video platform with danmaku, a short-video app with a beauty-filter face
tracker, a music app, an audiobook app, a bank and a government app with face
liveness, a ride app, and the Chinese SDKs they carry: Umeng, GeTui, Sensors
Data, TalkingData, Pangle/OceanEngine, Tencent Beacon, Alipay ZOLOZ, Tencent
Cloud FaceID), a Xiaomi TV box, a smart TV with ACR and a Huawei watch, in every
input format, with labels.

    python -m tests.heldout164.generate OUTDIR [--seed 1103] [--flows 900] [--no-replay]
    python tests/heldout164/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 164). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout164` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout164"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=164,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-164 test devices (generated): a Xiaomi 14 (OAID, IMEI read by a system\n"
        "# app, one ANDROID_ID per app), a Xiaomi TV box (Wi-Fi MAC, serial), a smart TV\n"
        "# (Wi-Fi MAC) and a Huawei watch (Bluetooth MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1103, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
