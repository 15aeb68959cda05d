"""Generate held-out set 104 (a precision stress set): a Vienna sound engineer and
music teacher's Galaxy A54. About nine tenths of the traffic is her work that
looks like the sensitive categories without being them: a tuner and spectrum
analyser (pitch series, FFT bins, MFCCs), a metronome with a practice log, a
DAW's cloud sync (playheads of her own projects), venue and rental gear (desks,
stage boxes, wireless receivers with their owners' serials and MACs), students'
recordings she grades, a choir app with voice-part ranges, rehearsal-room
booking, karaoke scoring, a hearing test, concert ticketing with charts. A few
dozen flows per 1,500 are truly sensitive: her phone's ids to ad and attribution
SDKs, her earbuds' MAC and serial, her listening history in a music app and a
radio app, a bank's selfie liveness check and voice-ID login.

    python -m tests.heldout104.generate OUTDIR [--seed 743] [--flows 900] [--no-replay]
    python tests/heldout104/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 104). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout104` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout104"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=104,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-104 test devices (generated): a Galaxy A54 (advertising id, one\n"
        "# ANDROID_ID per app that reads it) and the tester's own earbuds (Bluetooth\n"
        "# MAC, serial). Venue, studio and rental gear is not hers and is not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 743, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
