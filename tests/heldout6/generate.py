"""Generate held-out set 6: a Samsung Galaxy A54 running a period tracker with ad
SDKs, a ride-hailing driver app with selfie re-checks, a casino app with KYC and
device fingerprinting, a VR-headset / smart-glasses companion, an IPTV player on
Xtream and Stalker portals, a children's education video app, a social-audio
app and a gym face-entry app, in every input format, with labels.

    python -m tests.heldout6.generate OUTDIR [--seed 61] [--flows 1100] [--no-replay]
    python tests/heldout6/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 6), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout6` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout6"

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import encode
from tests.heldout.setwriter import SetInfo, haystack, write_set
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone6
from .session import generate_session

# Encodings a stray identifier is looked for in, when checking that nothing
# leaks into a flow unlabelled (every encoding the generators use that a
# substring search can see; protobuf and msgpack keep the raw bytes).
_CHECK_HOW = (
    "plain",
    "nosep",
    "nosep_upper",
    "urlenc",
    "upper",
    "lower",
    "md5",
    "sha1",
    "sha256",
    "b64",
)


def _present(value: str, hay: str) -> bool:
    return any(encode(value, how).lower() in hay for how in _CHECK_HOW)


def _hay(flow: Flow) -> str:
    """The flow's text plus its raw bodies (binary bodies as latin-1), lower-cased."""
    raw = (flow.req_plain + b"\n" + flow.resp_plain).decode("latin-1")
    return haystack(flow) + "\n" + raw.lower()


def check_labels(phone: Phone6, flows: list[Flow]) -> None:
    """Refuse to write a set where any device identifier sits in a flow unlabelled.

    Every identifier of the devices (known or SDK-made) is looked for in the
    encodings the generators use. A known kind shared by several attributes
    (one ANDROID_ID per app, several MACs...) must have at least as many
    carriers as attributes found. Carriers marked known must be known.yaml
    kinds, and every carrier must say where it sits.
    """
    known_kinds = set(KNOWN_ATTRS.values())
    for flow in flows:
        hay = _hay(flow)
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
    number=6,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-6 test devices (generated): a Samsung Galaxy A54, a VR headset and camera\n"
        "# glasses (serials, glasses BT address), the IPTV portal's emulated MAG MAC;\n"
        "# one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 61, flows: int = 1100, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a == "--flows" or a.startswith("--flows=") for a in args):
        args += ["--flows", "1100"]  # this set's size (the shared CLI defaults to 1500)
    return set_main(args, (__doc__ or "").split("\n\n")[0], 61, generate)


if __name__ == "__main__":
    sys.exit(main())
