"""Generate held-out set 263, a precision stress set: a Kazan family's phones and
living-room TV in Tatar (Cyrillic and Latin) and Russian. Mostly ordinary
look-alikes: a theatre's ticketing and its own foyer screens (serials, MACs,
trailer playlists), a mosque's prayer-times and Quran-audio app, a university's
campus card and lab-equipment booking (instrument serials and MACs), a city
transport app with bus GPS trackers (IMEIs of the agency's trackers), a photo
studio's retouch orders, a bookshop, a recipe-video site, a hockey club's shop;
and a few dozen sensitive flows: the Kanalım Tatar TV app's watch progress and
history (phone and living-room TV, AppsFlyer), Idel Bank's face login and ЕБС
enrolment (AppMetrica), AWS Rekognition face analysis of the studio's
customers, the foyer camera's audience analytics, myTracker / AppsFlyer /
AppMetrica ids; in every input format, with labels.

    python -m tests.heldout263.generate OUTDIR [--seed 1697] [--flows 1500] [--no-replay]
    python tests/heldout263/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 263), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout263` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout263"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=263,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-263 test devices (generated): three family phones (Galaxy A54, Redmi\n"
        "# Note 13, Pixel 7a) and a living-room Android TV (Wi-Fi MAC, serial); one\n"
        "# ANDROID_ID per app. The theatre's, university's and city's equipment is\n"
        "# not listed: it is not the family's.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1697, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
