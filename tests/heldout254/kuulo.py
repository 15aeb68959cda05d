"""Kuulo: the coordinator's own music and podcast app.

Plays are reported to the backend (`kuuntelut`: track, artist, `kuunneltu_ms`),
podcast episodes keep a resume point (`toistokohta_s`), and "recently played"
comes back from the backend. Braze's Android SDK posts to the EU cluster's
`/api/v3/data/` with its `device_id`, the device block (`google_ad_id`) and
custom events as `{"name": "ce", "data": {"n": ..., "p": {...}}}`; the podcast
event's properties name the show and episode. The player also flushes a
msgpack batch of (track number, milliseconds) pairs under one-letter keys.
Remote config is keyed by an MD5 of the ANDROID_ID in a header named `x-k`.
Charts, search, artwork, lyrics and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.kuulo.example"
BRAZE = "https://sdk.fra-02.braze.eu/api/v3/data/"
UA = ua("Kuulo", "5.4.0")
KAPPALEET = [
    (70311, "Antti Tuisku", "Valittu kansa"),
    (70318, "Käärijä", "Cha Cha Cha"),
    (70402, "Haloo Helsinki!", "Vapaus käteen jäi"),
    (70455, "Sanni", "Pojat"),
    (70519, "Eppu Normaali", "Murheellisten laulujen maa"),
    (70577, "Maija Vilkkumaa", "Satumaa-tango"),
    (70601, "Lordi", "Hard Rock Hallelujah"),
]
PODCASTIT = [
    ("p-881", "Tampereen tarinat", 2900),
    ("p-902", "Kirjastokeskustelu", 3600),
    ("p-915", "Liigapodi", 4100),
    ("p-930", "Tekniikkaa arjessa", 2500),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kuulo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/laite")
    b.json(
        {
            "androidId": b.id("aid_kuulo", where="json androidId"),
            "kayttaja": b.acct("kuulo_user"),
            "malli": "SM-G736B",
            "sovellusversio": "5.4.0",
            "pushToken": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"tallennettu": True})
    return b.build()


def _braze(c: Context, events: list[dict[str, object]]) -> FB:
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", dalvik())
    b.header("x-braze-api-key", rid(c.rng))
    b.header("x-braze-datarequest", "true")
    session = rid(c.rng)
    for e in events:
        e["session_id"] = session
    b.json(
        {
            "api_key": "5b2c77f1-9d0e-4c1a-8a3b-" + new_hex(c.rng, 12),
            "time": int(c.now),
            "sdk_version": "30.1.1",
            "app_version": "5.4.0",
            "device_id": b.id("braze_id", where="json device_id"),
            "device": {
                "android_version": "34",
                "carrier": "DNA",
                "brand": "samsung",
                "model": "SM-G736B",
                "resolution": "1080x2408",
                "locale": "fi_FI",
                "time_zone": "Europe/Helsinki",
                "notifications_enabled": True,
                "google_ad_id": b.id("gaid", where="json device.google_ad_id"),
                "ad_tracking_enabled": True,
            },
            "events": events,
            "respond_with": {"config": {"config_time": int(c.now) - 3600}},
        }
    )
    b.ok_json({"config": {"time": int(c.now), "events_blacklist": []}})
    return b


def braze_session(c: Context) -> Flow:
    b = _braze(c, [{"name": "ss", "data": {}, "time": c.now}])
    return b.build()


def braze_podcast(c: Context) -> Flow:
    _pid, nimi, kesto = c.rng.choice(PODCASTIT)
    jakso = c.rng.randint(40, 180)
    b = _braze(
        c,
        [
            {
                "name": "ce",
                "data": {
                    "n": "podcast_jakso_kuunneltu",
                    "p": {
                        "podcast": nimi,
                        "jakso": jakso,
                        "kuunneltu_s": c.rng.randint(60, kesto),
                        "kesto_s": kesto,
                    },
                },
                "time": c.now,
            }
        ],
    )
    b.view("json events[].data n=podcast_jakso_kuunneltu, p.podcast/jakso/kuunneltu_s")
    return b.build()


def kuuntelu(c: Context) -> Flow:
    kid, artisti, kappale = c.rng.choice(KAPPALEET)
    b = _b(c, "POST", f"{API}/v1/kuuntelut")
    b.view("json kappaleId/artisti/kappale/kuunneltu_ms")
    b.json(
        {
            "kappaleId": kid,
            "artisti": artisti,
            "kappale": kappale,
            "kuunneltu_ms": c.rng.randint(30000, 240000),
            "lahde": c.rng.choice(["soittolista", "radio", "haku"]),
            "aloitettu": iso(c),
        }
    )
    b.no_content()
    return b.build()


def toistokohta(c: Context) -> Flow:
    pid, nimi, kesto = c.rng.choice(PODCASTIT)
    b = _b(c, "PUT", f"{API}/v1/podcastit/{pid}/jaksot/{c.rng.randint(40, 180)}/toistokohta")
    b.view("json toistokohta_s/kesto_s (podcast resume point)")
    b.json({"podcast": nimi, "toistokohta_s": c.rng.randint(10, kesto), "kesto_s": kesto})
    b.no_content()
    return b.build()


def viimeksi_kuunnellut(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/oma/viimeksi-kuunnellut?maara=20")
    b.view("response json viimeksi[] (recently played)", direction="response")
    rivit = []
    for _ in range(c.rng.randint(3, 6)):
        kid, artisti, kappale = c.rng.choice(KAPPALEET)
        rivit.append({"kappaleId": kid, "artisti": artisti, "kappale": kappale, "soitettu": iso(c)})
    b.ok_json({"viimeksi": rivit})
    return b.build()


def tapahtumat_msgpack(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    b.view("msgpack e[] (track number, ms) pairs", detectable=False)
    rows = [[c.rng.choice(KAPPALEET)[0], c.rng.randint(5000, 240000)] for _ in range(3)]
    b.set_body(mpack({"e": rows, "t": ms(c)}), "application/x-msgpack")
    b.no_content()
    return b.build()


def asetukset(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/asetukset?versio=5.4.0")
    b.header("x-k", b.id("aid_kuulo", "md5", "header x-k", detectable=False))
    b.ok_json({"crossfade_s": 4, "laatu": "korkea", "mainokset": False})
    return b.build()


def listat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/listat/suomi-top-50")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "lista": [
                {"sija": i + 1, "artisti": a, "kappale": k, "soittoja": c.rng.randint(10**4, 10**6)}
                for i, (_, a, k) in enumerate(KAPPALEET)
            ]
        }
    )
    return b.build()


def haku(c: Context) -> Flow:
    q = c.rng.choice(["tuisku", "käärijä", "satumaa", "liiga"])
    b = _b(c, "GET", f"{API}/v1/haku?q={q}")
    b.ok_json(
        {
            "kappaleet": [
                {"kappaleId": kid, "artisti": a, "kappale": k, "kesto_s": c.rng.randint(150, 300)}
                for kid, a, k in KAPPALEET[:3]
            ]
        }
    )
    return b.build()


def audio_pala(c: Context) -> Flow:
    kid = c.rng.choice(KAPPALEET)[0]
    b = FB(c, "kuulo", "GET", f"https://audio.kuulo.example/a/{kid}/320/{c.rng.randint(0, 30)}.ogg")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
