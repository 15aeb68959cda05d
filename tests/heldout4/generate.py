"""Generate held-out set 4: a Pixel 8 running nine apps (music streaming, live
sports, short video with an age check, a video doorbell, e-learning, AR makeup
try-on, a smart-speaker companion, an ad-funded weather app, a Roku remote) and
a Roku TV with ACR, in every input format, with its labels.

    python -m tests.heldout4.generate OUTDIR [--seed 41] [--flows 1500] [--no-replay]
    python tests/heldout4/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 4), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout4` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout4"

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import encode
from tests.heldout.setwriter import SetInfo, haystack, write_set
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone4
from .session import generate_session

# Encodings a stray identifier is looked for in, when checking that nothing leaks
# into a flow unlabelled.
_CHECK_HOW = ("plain", "nosep", "nosep_upper", "urlenc", "upper", "md5", "sha1", "sha256", "b64")


def _present(value: str, hay: str) -> bool:
    return any(encode(value, how).lower() in hay for how in _CHECK_HOW)


def check_labels(phone: Phone4, flows: list[Flow]) -> None:
    """Refuse to write a set where any device identifier sits in a flow unlabelled.

    Every identifier of the devices (known or SDK-made) is looked for in the
    encodings the generators use. A known kind shared by several attributes
    (one ANDROID_ID per app, two advertising ids...) must have at least as many
    carriers as attributes found. Carriers marked known must be known.yaml kinds.
    """
    known_kinds = set(KNOWN_ATTRS.values())
    for flow in flows:
        hay = haystack(flow)
        kinds = Counter(c.kind for c in flow.carriers)
        found: Counter[str] = Counter()
        for attr in phone.device_attrs():
            if _present(getattr(phone, attr), hay):
                found[KNOWN_ATTRS.get(attr, attr)] += 1
        for kind, n in found.items():
            if kinds[kind] < n:
                raise AssertionError(
                    f"flow {flow.index} ({flow.url[:80]}) carries {n} unlabelled-or-extra {kind}"
                )
        for c in flow.carriers:
            if c.known and c.kind not in known_kinds:
                raise AssertionError(f"flow {flow.index}: {c.kind} marked known, not in known.yaml")
            if not c.where:
                raise AssertionError(f"flow {flow.index}: carrier {c.kind} without a location")


INFO = SetInfo(
    number=4,
    first_party=FIRST_PARTY,
    owner_label=owner_label,
    known_header=(
        "# Set-4 test devices (generated): a Pixel 8, a Roku TV, a doorbell and a smart\n"
        "# speaker; one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 41, flows: int = 1500, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    return set_main(argv, (__doc__ or "").split("\n\n")[0], 41, generate)


if __name__ == "__main__":
    sys.exit(main())
