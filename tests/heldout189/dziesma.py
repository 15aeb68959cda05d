"""Dziesma: a Riga music-streaming app (Latvian in-house team, keys in Latvian).

The player posts `klausisanas` (listening) reports: track id, `noklausits_s`
(seconds listened), whether it was skipped; the app fetches the profile's
`nesen_klausitas` (recently played). Play counts go to the royalty ledger in a
protobuf batch whose fields have numbers, not names. Charts (aggregate play
counts), playlists, lyrics, search results and cover art are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.dziesma.example"
UA = ua("Dziesma", "2.41.0")
TRACKS = [
    ("lv-7781", "Prāta Vētra", "Lidmašīnas"),
    ("lv-1180", "Instrumenti", "Lullaby"),
    ("lt-0912", "Jazzu", "Kažkas tokio"),
    ("ru-5531", "Земфира", "Хочешь?"),
    ("int-2201", "Dua Lipa", "Houdini"),
    ("lv-3321", "Aija Andrejeva", "Manas dziesmas"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dziesma", method, url)
    b.header("user-agent", UA)
    b.header("x-ierice", b.id("dziesma_install", where="header x-ierice"))
    return b


def klausisanas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/klausisanas")
    tid, art, name = c.rng.choice(TRACKS)
    b.view("json dziesmas_id + noklausits_s + izlaista")
    b.json(
        {
            "dziesmas_id": tid,
            "izpilditajs": art,
            "nosaukums": name,
            "noklausits_s": c.rng.randint(5, 260),
            "izlaista": c.rng.random() < 0.3,
            "avots": c.rng.choice(["albums", "playlist", "radio"]),
            "laiks": iso(c),
            "androidId": b.id("aid_dziesma", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def nesen_klausitas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profils/nesen-klausitas?limits=20")
    b.view("response json nesen_klausitas[] (dziesmas_id, klausits)", direction="response")
    b.ok_json(
        {
            "nesen_klausitas": [
                {"dziesmas_id": t, "izpilditajs": a, "nosaukums": n, "klausits": iso(c)}
                for t, a, n in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def royalty_batch(c: Context) -> Flow:
    """Numbered protobuf fields: track, ms played, wall time; nothing names them."""
    b = _b(c, "POST", f"{API}/rl/v1/b")
    b.view("protobuf rows (f1 track, f2 ms played, f3 time): no names", detectable=False)
    rows = [
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(TRACKS)[0]),
                pb_varint(2, c.rng.randint(5000, 260000)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def watch_now_playing(c: Context) -> Flow:
    """The sports watch's music controls: the watch is named by its serial."""
    b = _b(c, "POST", f"{API}/v2/savienotas-ierices/pulkstenis")
    b.json(
        {
            "pulksteņa_sērija": b.id("watch_serial", where="json pulksteņa_sērija"),
            "modelis": "Forerunner 265",
            "bezsaistes_dziesmas": c.rng.randint(0, 120),
        }
    )
    b.ok_json({"sinhronizets": True})
    return b.build()


def topi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/topi/latvija?nedela=48")
    b.decoy("weekly chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "tops": [
                {
                    "vieta": i + 1,
                    "dziesmas_id": t,
                    "nosaukums": n,
                    "atskanojumi": c.rng.randint(10**4, 10**6),
                }
                for i, (t, _, n) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/saraksti/{c.rng.randint(100, 999)}")
    b.ok_json(
        {
            "nosaukums": c.rng.choice(["Rīta kafija", "Treniņš", "Vasaras hīti"]),
            "dziesmas": [
                {"dziesmas_id": t, "ilgums_s": c.rng.randint(150, 280)} for t, _, _ in TRACKS
            ],
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v2/dziesmas/{tid}/vardi")
    b.decoy("synchronised lyrics with timestamps per line (content, not a listening report)")
    b.ok_json({"rindas": [{"t_ms": i * 4200, "teksts": "la la la"} for i in range(8)]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(
        c,
        "dziesma-cdn",
        "GET",
        f"https://img.dziesma.example/cover/{c.rng.randint(1, 10**6)}/300.webp",
    )
    b.header("user-agent", UA)
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(c.rng.getrandbits(8) for _ in range(200)),
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/meklet?q={c.rng.choice(['prata', 'jazzu', 'dua'])}")
    b.ok_json(
        {
            "rezultati": [{"dziesmas_id": t, "nosaukums": n} for t, _, n in TRACKS[:3]],
            "req": rid(c.rng),
        }
    )
    return b.build()


def mix_features(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ieteikumi/dienas-mikss")
    b.decoy("recommendations with audio feature vectors per track (no face, no person's voice)")
    b.ok_json(
        {
            "ieteikumi": [
                {"dziesmas_id": t, "iezimes": [rf(c.rng, -1, 1, 3) for _ in range(8)]}
                for t, _, _ in TRACKS[:4]
            ]
        }
    )
    return b.build()
