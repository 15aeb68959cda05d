"""Measure the signature library on the real material in ../shared (and our negatives).

Prints, for the README:

- android-aaid: rows of real Android traffic in which the emulator's advertising
  ID travelled; each row is rebuilt into a request (URL parameter, JSON payload
  with the key as a nested path, or an opaque protobuf-like body). Share found with
  --known (the ID given) and with signatures alone, the latter over all rows and
  over the rows whose key names the identifier.
- tracker-urls: Omnibug's real tracker URLs: video heartbeats found, and
  biometric findings (must be zero).
- formats: documented biometric API payloads, sent on as an app would.
- har: real browser sessions: biometric and device-ID findings (must be zero).
- negatives: our own corpus of ordinary requests (must be zero in all three).

Usage: python bench/eval_signatures.py [--shared ../shared] [--misses]
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exfilwatch.detect.known_values import KnownValues  # noqa: E402
from exfilwatch.detect.signatures import SignatureSet, example_exchange, load_signatures  # noqa: E402
from exfilwatch.engine import Engine  # noqa: E402
from exfilwatch.model import Destination, Exchange, Request  # noqa: E402
from exfilwatch.sources import SourceOptions, read_exchanges  # noqa: E402

AAID = "60e5d787-7b10-4341-8289-a784280e7f1f"
CATEGORIES = ("device_id", "viewing_history", "biometric")
# A key "names the identifier" when it says advertising / device id in any SDK's words.
_NAMING_RE = re.compile(
    r"(?i)(ad(vert\w*)?[_ -]?id|adid|aaid|gaid|idfa|\bifa\b|aifa|rdid|gpid|advertis"
    r"|device[_ ]?(id|aaid|gaid|idfa)|deviceids|^#?gaid$|^did$|adv_?id|ads_id|ad_id)"
)


class _NoAttribution:
    """Destinations are not what is measured here."""

    def destination(self, host: str, server_ip: str | None = None) -> Destination:
        return Destination(host=host)


def _engine(signatures: SignatureSet | None, known: KnownValues | None = None) -> Engine:
    return Engine(known=known, signatures=signatures, attributor=_NoAttribution())  # type: ignore[arg-type]


def _categories(engine: Engine, exchange: Exchange) -> Counter:
    return Counter(f.category for f in engine.analyse(exchange))


# -- android-aaid --------------------------------------------------------------


def _nest(path: str, value: str) -> dict:
    doc: dict = {}
    node = doc
    parts = path.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return doc


def aaid_request(row: dict[str, str]) -> tuple[Exchange, str] | None:
    """Rebuild one row's request; returns it with the key that carried the ID."""
    m = re.match(r"(\w+) from (URL|payload): (.*):(" + AAID + r")$", row["Request"])
    if not m:
        return None
    method, where, key = m.group(1), m.group(2), m.group(3)
    url = row["URL"]
    if "?" in key and key.startswith("/"):
        key = key.rsplit("?", 1)[1]
    key = key.rstrip("\\")
    if where == "URL":
        if url.endswith(AAID) or f"/{AAID}/" in url:
            return _exchange(method, url, b"", {}), key  # the ID is a path segment
        sep = "&" if "?" in url else "?"
        url = f"{url}{sep}{quote(key, safe='[]')}={AAID}"
        return _exchange(method, url, b"", {}), key
    if key.startswith("no_key_found") or key.startswith("Improper"):
        body = b"\x0a\x24" + AAID.encode() + b"\x10\x01"  # a protobuf string field
        return _exchange(method, url, body, {"content-type": "application/x-protobuf"}), ""
    doc = _nest(key, AAID) if "." in key and " " not in key else {key: AAID}
    body = json.dumps(doc).encode()
    return _exchange(method, url, body, {"content-type": "application/json"}), key


def _exchange(method: str, url: str, body: bytes, headers: dict[str, str]) -> Exchange:
    return Exchange("eval", "aaid", Request(method, url, list(headers.items()), body))


def eval_aaid(shared: Path, sigs: SignatureSet, misses: bool) -> list[str]:
    path = shared / "corpus" / "android-aaid" / "traffic_analysis_stage_1.csv"
    if not path.exists():
        return ["android-aaid: not present"]
    known = KnownValues({"advertising_id": [AAID]})
    with_known, alone = _engine(sigs, known), _engine(sigs)
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["PD"] == "AAID"]
    total = found_known = found_sig = named = named_found = 0
    missed: Counter = Counter()
    for row in rows:
        built = aaid_request(row)
        if built is None:
            continue
        exchange, key = built
        total += 1
        found_known += bool(_categories(with_known, exchange)["device_id"])
        hit = bool(_categories(alone, exchange)["device_id"])
        found_sig += hit
        if key and _NAMING_RE.search(key):
            named += 1
            named_found += hit
            if not hit:
                missed[key] += 1
    lines = [
        f"android-aaid: {total} rows rebuilt",
        f"  with --known:       {found_known}/{total} = {found_known / total:.3f}",
        f"  signatures alone:   {found_sig}/{total} = {found_sig / total:.3f} (all rows)",
        f"  signatures alone:   {named_found}/{named} = {named_found / max(named, 1):.3f}"
        " (rows whose key names the identifier)",
    ]
    if misses and missed:
        lines.append(
            "  missed named keys: " + ", ".join(f"{k} x{n}" for k, n in missed.most_common())
        )
    return lines


# -- tracker URLs --------------------------------------------------------------

_VIDEO_HEARTBEAT = re.compile(
    r"(?i)hb\.omtrdc\.net|hb-api\.omtrdc\.net|action=(videostart|vheartbeat)|type=play"
)


def eval_tracker_urls(shared: Path, sigs: SignatureSet, misses: bool) -> list[str]:
    path = shared / "corpus" / "tracker-urls" / "omnibug_urls.jsonl"
    if not path.exists():
        return ["tracker-urls: not present"]
    engine = _engine(sigs)
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    heartbeats = found = biometric = other_vh = 0
    fps: list[str] = []
    by_cat: Counter = Counter()
    for row in rows:
        cats = _categories(engine, example_exchange({"url": row["url"], "method": "GET"}))
        by_cat.update(set(cats))
        biometric += cats["biometric"]
        if _VIDEO_HEARTBEAT.search(row["url"]):
            heartbeats += 1
            found += bool(cats["viewing_history"])
        elif cats["viewing_history"]:
            other_vh += 1
            fps.append(f"{row['vendor']}: {row['url'][:100]}")
    lines = [
        f"tracker-urls: {len(rows)} URLs of {len({r['vendor'] for r in rows})} vendors",
        f"  video heartbeats found: {found}/{heartbeats}",
        f"  viewing history on other URLs: {other_vh}",
        f"  biometric findings: {biometric}",
        "  URLs with findings by category: "
        + ", ".join(f"{c} {n}" for c, n in sorted(by_cat.items())),
    ]
    if misses:
        lines += [f"    {x}" for x in fps]
    return lines


# -- formats -------------------------------------------------------------------


def _format_requests(folder: Path) -> Iterable[tuple[str, str, dict]]:
    """(name, expected category, example) for each documented payload, sent on by an app."""
    url = "https://api.example-app.com/v1/upload"
    rek = folder / "rekognition_DetectFaces_response_example.json"
    if rek.exists():
        yield (
            "Rekognition DetectFaces result",
            "biometric",
            {"url": url, "json": json.loads(rek.read_text())},
        )
    azure = folder / "FaceDetectionOperations_DetectFromUrl.json"
    if azure.exists():
        body = json.loads(azure.read_text())["responses"]["200"]["body"]
        yield "Azure Face detect result", "biometric", {"url": url, "json": body}
    mp = folder / "mediapipe_face_blendshape_names.json"
    if mp.exists():
        names = json.loads(mp.read_text())["kBlendshapeNames"]
        cats = [
            {"index": i, "categoryName": n, "score": round((i * 37 % 100) / 100, 2)}
            for i, n in enumerate(names)
        ]
        yield (
            "MediaPipe blendshapes",
            "biometric",
            {"url": url, "json": {"faceBlendshapes": [cats]}},
        )
    ar = folder / "arkit_blendshapes_rawvalue_dump_pastebin_CZainitz.txt"
    if ar.exists():
        pairs = re.findall(r'rawValue: "(\w+)"\): Float\(([-\d.e]+)\)', ar.read_text())
        yield (
            "ARKit raw blendshapes",
            "biometric",
            {"url": url, "json": {k: float(v) for k, v in pairs}},
        )
    mlkit = folder / "mlkit_face_fields.json"
    if mlkit.exists():
        keys = json.loads(mlkit.read_text())["likely_serialised_keys"]
        face = {k: (0.5 if "Probability" in k or "Angle" in k else 1) for k in keys}
        yield "ML Kit face fields", "biometric", {"url": url, "json": {"face": face}}
    cf = folder / "CompreFace-Rest-API-description.md"
    if cf.exists():
        text = cf.read_text()
        start = text.index('"result" : [')
        block = text[text.rindex("{", 0, start) : text.index("```", start)].strip()
        doc = json.loads(block.replace('"...", ', ""))
        yield "CompreFace recognize result", "biometric", {"url": url, "json": doc}
        emb = [round(((i * 7919) % 200 - 100) / 1130, 4) for i in range(128)]
        yield (
            "CompreFace embeddings recognize",
            "biometric",
            {
                "url": "http://localhost:8000/api/v1/recognition/embeddings/recognize",
                "json": {"embeddings": [emb]},
            },
        )
    for name in ("textIndependentCreateEnrollment.json", "identifySingleSpeaker.json"):
        spec = folder / name
        if spec.exists():
            params = json.loads(spec.read_text())["parameters"]
            endpoint = params.get("endpoint", params.get("Endpoint", ""))
            endpoint = (
                endpoint
                if endpoint.startswith("http")
                else "https://westus.api.cognitive.microsoft.com"
            )
            path = (
                "/speaker-recognition/verification/text-independent/profiles/"
                f"{params.get('profileId', 'p')}/enrollments"
                if "Enrollment" in name
                else "/speaker/identification/v2.0/text-independent/profiles/identifySingleSpeaker"
            )
            wav = base64.b64encode(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(64)).decode()
            yield (
                f"Azure speaker recognition ({name.split('.')[0]})",
                "biometric",
                {
                    "url": endpoint + path,
                    "headers": {"Content-Type": params["Content-Type"]},
                    "body_base64": wav,
                },
            )
    seg = folder / "segment_video_spec_examples.json"
    if seg.exists():
        for i, event in enumerate(json.loads(seg.read_text())["examples"]):
            label = f"Segment video spec #{i} ({event.get('event')})"
            yield (
                label,
                "viewing_history",
                {"url": "https://api.segment.io/v1/track", "json": event},
            )


def eval_formats(shared: Path, sigs: SignatureSet, misses: bool) -> list[str]:
    folder = shared / "corpus" / "formats"
    if not folder.exists():
        return ["formats: not present"]
    engine = _engine(sigs)
    lines, found, total = [], 0, 0
    for name, category, example in _format_requests(folder):
        total += 1
        cats = _categories(engine, example_exchange(example))
        hit = bool(cats[category])
        found += hit
        wrong = [c for c in cats if c != category and c in CATEGORIES]
        if misses or not hit or wrong:
            lines.append(
                f"    {'ok  ' if hit else 'MISS'} {name}" + (f" (also {wrong})" if wrong else "")
            )
    return [f"formats: {found}/{total} documented payloads found in their category", *lines]


# -- HAR and negatives ---------------------------------------------------------


def eval_har(shared: Path, sigs: SignatureSet, misses: bool) -> list[str]:
    folder = shared / "corpus" / "har"
    if not folder.exists():
        return ["har: not present"]
    engine = _engine(sigs)
    flows = 0
    by_cat: Counter = Counter()
    shown: list[str] = []
    for path in sorted(folder.rglob("*.har")):
        try:
            exchanges = list(read_exchanges(path, SourceOptions()))
        except Exception as exc:
            shown.append(f"    {path.name}: unreadable ({exc})")
            continue
        for exchange in exchanges:
            flows += 1
            for f in engine.analyse(exchange):
                by_cat[f.category] += 1
                if misses and f.category in ("biometric", "device_id"):
                    shown.append(f"    {path.name}: {f.signature} {f.location} {f.url[:80]}")
    return [
        f"har: {flows} flows; biometric findings {by_cat['biometric']}, device-id findings "
        f"{by_cat['device_id']}, viewing-history findings {by_cat['viewing_history']}",
        *shown,
    ]


def eval_negatives(sigs: SignatureSet, misses: bool) -> list[str]:
    folder = ROOT / "tests" / "fixtures" / "negatives"
    engine = _engine(sigs)
    total, dirty = 0, []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            example = json.loads(line)
            total += 1
            found = [
                f.signature
                for f in engine.analyse(example_exchange(example))
                if f.category in CATEGORIES
            ]
            if found:
                dirty.append(f"    {path.name}: {example['url'][:80]} -> {found}")
    return [
        f"negatives: {total} ordinary requests, {len(dirty)} with findings",
        *(dirty if misses else dirty[:10]),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", default=str(ROOT.parent / "shared"), help="the shared corpus folder"
    )
    parser.add_argument("--misses", action="store_true", help="list misses and false findings")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    started = time.perf_counter()
    rules = load_signatures()
    sigs = SignatureSet(rules)
    counts = Counter(r.category for r in rules)
    print(
        f"signatures: {len(rules)} rules ("
        + ", ".join(f"{c} {n}" for c, n in sorted(counts.items()))
        + ")"
    )
    for section in (eval_aaid, eval_tracker_urls, eval_formats, eval_har):
        for line in section(shared, sigs, args.misses):
            print(line)
    for line in eval_negatives(sigs, args.misses):
        print(line)
    print(f"({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
