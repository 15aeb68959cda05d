"""Generate held-out set 277: a Turkmen household's devices in Ashgabat (a state
TV's streaming and catch-up app with Firebase / GA4 on a phone and an Android TV
box, a carpet-museum virtual tour with Adjust, a mobile operator's self-care app
with a face-ID SIM registration, a ride-hailing app with AppsFlyer, a video-chat
app with face filters, Adjust and IronSource ads, and a dubbed-series player on a
Huawei with OAID), in every input format, with labels.

    python -m tests.heldout277.generate OUTDIR [--seed 1781] [--flows 1500] [--no-replay]
    python tests/heldout277/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 277), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout277` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout277"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=277,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-277 test devices (generated): three phones in Ashgabat (Samsung A34\n"
        "# with its IMEI, Huawei nova 9 SE with OAID, Redmi Note 13) and an Android\n"
        "# TV box (Ethernet MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1781, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
