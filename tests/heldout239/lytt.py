"""Lytt: a Norwegian podcast app (Ingrid's own).

Listening progress is synced to the app's backend in bokmål keys
(`lytteposisjonSek`, `episodeId`, `avspiltProsent`); the "siste avspilt" list
comes back on sync. A newer build batches progress as msgpack rows without key
names. The app registers its install with the ANDROID_ID; its config call
carries a header with the SHA-256 of the ANDROID_ID. Feeds, the top charts
(aggregate), search and audio chunks are ordinary fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import EB, iso, ms, rid, ua

API = "https://api.lytt.example"
UA = ua("Lytt", "3.22.1")
PODDER = [
    ("p118", "Teknisk sett", 2400),
    ("p204", "Krimpodden Nord", 3100),
    ("p233", "Lydmiks og lunsj", 1800),
    ("p301", "Dagens nyheter kort", 900),
    ("p377", "Fjellsport-podden", 2700),
]


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "lytt", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _ep(c: Context) -> tuple[str, str, str, int]:
    pid, navn, dur = c.rng.choice(PODDER)
    return pid, navn, f"{pid}-e{c.rng.randint(20, 320)}", dur


def installer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/installasjoner")
    b.json(
        {
            "installasjonsId": b.id("lytt_install", where="json installasjonsId"),
            "androidId": b.id("aid_lytt", where="json androidId"),
            "appVersjon": "3.22.1",
            "os": "android 14",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def konfig_hashed(c: Context) -> Flow:
    """Config fetch; header `x-ek` holds sha256(ANDROID_ID) (unnamed, hashed)."""
    b = _b(c, "GET", f"{API}/v2/konfig?plattform=android")
    b.header("x-ek", b.id("aid_lytt", "sha256", "header x-ek", detectable=False))
    b.ok_json({"annonser": False, "hastigheter": [0.8, 1.0, 1.2, 1.5, 2.0], "oppdater": False})
    return b.build()


def fremdrift(c: Context) -> Flow:
    pid, navn, eid, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/lytting/fremdrift")
    b.view("json episodeId/lytteposisjonSek (listening progress)")
    pos = c.rng.randint(20, dur)
    b.json(
        {
            "podkastId": pid,
            "podkast": navn,
            "episodeId": eid,
            "lytteposisjonSek": pos,
            "varighetSek": dur,
            "avspiltProsent": round(100 * pos / dur),
            "tidspunkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def siste_avspilt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/bruker/siste-avspilt")
    b.view("response json sisteAvspilt[] (recently played)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _pid, navn, eid, dur = _ep(c)
        rows.append({"episodeId": eid, "podkast": navn, "lytteposisjonSek": c.rng.randint(0, dur)})
    b.ok_json({"sisteAvspilt": rows})
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """msgpack rows [episode, second, ts] without key names."""
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("msgpack rows (unnamed)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        _pid, _n, eid, dur = _ep(c)
        rows.append([eid, c.rng.randint(0, dur), ms(c)])
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    pid, navn, _dur = c.rng.choice(PODDER)
    b = _b(c, "GET", f"{API}/v2/podkaster/{pid}/episoder?side=1")
    b.decoy("episode list with durations (content fetch)")
    b.ok_json(
        {
            "podkast": navn,
            "episoder": [
                {"episodeId": f"{pid}-e{n}", "varighetSek": c.rng.randint(600, 3600)}
                for n in range(300, 290, -1)
            ],
        }
    )
    return b.build()


def topplister(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/topplister?land=NO&kategori=alle")
    b.decoy("chart of most played (aggregate)")
    b.ok_json(
        {"liste": [{"plass": i + 1, "podkast": n, "id": p} for i, (p, n, _) in enumerate(PODDER)]}
    )
    return b.build()


def sok(c: Context) -> Flow:
    q = c.rng.choice(["krim", "teknikk", "fjell", "nyheter"])
    b = _b(c, "GET", f"{API}/v2/sok?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"treff": [{"id": p, "podkast": n} for p, n, _ in PODDER[:3]]})
    return b.build()


def lydbit(c: Context) -> Flow:
    pid = c.rng.choice(PODDER)[0]
    b = EB(c, "lytt-cdn", "GET", f"https://lyd.lytt.example/{pid}/{rid(c.rng)[:12]}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
