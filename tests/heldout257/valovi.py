"""Valovi: a Slovenian radio and podcast app (live stations and the stations'
shows as podcasts) on the father's Galaxy S23 in Ljubljana.

The backend is Slovenian: `poslušano` (listened), `oddaja` (a show),
`epizoda`, `položaj`, `postaja` (station), `nadaljuj s poslušanjem`. Podcast
listens and live-radio sessions are reported with the show and the seconds;
an older player batches `[episode, second, ts]` rows under `r`. Audio ads are
fetched from the in-house ad server as VAST with the advertising id as `ifa`
(the IAB's name for it). Remote config keys on a SHA-1 of the ANDROID_ID under
a one-letter form field. The stations' "zdaj igra" (now playing) text, the
podcast feed, the programme schedule and the audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.valovi.example"
UA = ua("Valovi", "4.0.2", "oce")
POSTAJE = ["Val 202", "Radio Prvi", "Radio Ars", "Radio Center", "Radio 1", "Radio Maribor"]
ODDAJE = [
    ("p3301", "Jutranja kronika", 1800),
    ("p3318", "Frekvenca X", 3300),
    ("p3325", "Intelekta", 3000),
    ("p3340", "Nedeljska reportaža", 2100),
    ("p3352", "Studio ob sedemnajstih", 3500),
    ("p3367", "Podkast Ptičja hiša", 2600),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "valovi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _ep(c: Context) -> tuple[str, str, str, int]:
    pid, oddaja, dur = c.rng.choice(ODDAJE)
    return pid, oddaja, f"{pid}-{c.rng.randint(100, 999)}", dur


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/naprava")
    b.json(
        {
            "androidId": b.id("aid_val", where="json androidId"),
            "namestitev": b.id("val_install", where="json namestitev (install id)"),
            "model": "SM-S911B",
            "jezik": "sl",
        }
    )
    b.ok_json({"uporabnik": b.acct("val_user")})
    return b.build()


def poslusano(c: Context) -> Flow:
    pid, oddaja, epizoda, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/poslusano")
    b.view("json oddaja/epizoda + poslušano_s + položaj (podcast listen)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "oddajaId": pid,
            "oddaja": oddaja,
            "epizoda": epizoda,
            "poslušano_s": c.rng.randint(30, pos),
            "položaj": pos,
            "trajanje": dur,
            "vir": "podkast",
            "čas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def v_zivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/v-zivo/seja")
    b.view("json postaja + trajanje_s (live radio listening session)")
    b.json(
        {
            "postaja": c.rng.choice(POSTAJE),
            "začetek": iso(c),
            "trajanje_s": c.rng.randint(60, 7200),
            "izhod": c.rng.choice(["zvočnik", "slušalke", "avto"]),
        }
    )
    b.no_content()
    return b.build()


def nadaljuj(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/uporabnik/nadaljuj-s-poslusanjem")
    b.view("response json nadaljuj[] (continue listening)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        _pid, oddaja, epizoda, dur = _ep(c)
        rows.append({"oddaja": oddaja, "epizoda": epizoda, "položaj": c.rng.randint(60, dur - 30)})
    b.ok_json({"nadaljuj": rows})
    return b.build()


def batch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/x")
    b.view("json r[] rows", detectable=False)
    rows = [
        [int(_ep(c)[2].replace("p", "").replace("-", "")), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"r": rows}, "gzip")
    b.no_content()
    return b.build()


def oglas_vast(c: Context) -> Flow:
    b = FB(c, "valovi-oglasi", "GET", "https://oglasi.valovi.example/vast/4.2")
    b.header("user-agent", UA)
    b.params.extend(
        [
            ("postaja", c.rng.choice(POSTAJE).replace(" ", "_").lower()),
            ("pozicija", "preroll"),
            ("ifa", b.id("gaid_oce", where="query ifa")),
            ("ifa_type", "aaid"),
            ("lmt", "0"),
            ("gdpr", "1"),
            ("gdpr_consent", "CP" + new_hex(c.rng, 30).upper()),
            ("cb", str(c.rng.randint(10**9, 10**10))),
        ]
    )
    b.decoy("TCF consent string and cache-buster")
    b.respond(
        200,
        "application/xml",
        b'<?xml version="1.0"?><VAST version="4.2"><Ad id="a1"><InLine><AdTitle>'
        b"Mercator</AdTitle></InLine></Ad></VAST>",
    )
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg")
    b.form([("a", "si.valovi.app"), ("h", b.id("aid_val", "sha1", "form h", detectable=False))])
    b.ok_json({"z": {"podkasti_v2": True, "ekvalizator": c.rng.random() < 0.5}})
    return b.build()


def zdaj_igra(c: Context) -> Flow:
    st = c.rng.choice(POSTAJE)
    b = _b(c, "GET", f"{API}/v2/postaje/{st.replace(' ', '-').lower()}/zdaj-igra")
    b.decoy("station now-playing (content fetch)")
    b.ok_json(
        {
            "postaja": st,
            "zdajIgra": c.rng.choice(["Siddharta – Ring", "Laibach – Life Is Life", "Joker Out"]),
            "poslusalcev": c.rng.randint(100, 9000),
        }
    )
    return b.build()


def spored(c: Context) -> Flow:
    st = c.rng.choice(POSTAJE)
    b = _b(c, "GET", f"{API}/v2/spored?postaja={st.replace(' ', '+')}")
    b.decoy("programme schedule: start times and durations")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "spored": [
                {"oddaja": o, "zacetek": t0 + i * 3600, "trajanje": d}
                for i, (_, o, d) in enumerate(ODDAJE[:4])
            ]
        }
    )
    return b.build()


def podcast_feed(c: Context) -> Flow:
    pid, oddaja, dur = c.rng.choice(ODDAJE)
    b = FB(c, "valovi", "GET", f"https://podkasti.valovi.example/feed/{pid}.xml")
    b.header("user-agent", UA)
    b.decoy("podcast RSS feed with itunes:duration (catalogue)")
    b.respond(
        200,
        "application/rss+xml",
        (
            f'<?xml version="1.0"?><rss><channel><title>{oddaja}</title><item><title>'
            f"Epizoda</title><itunes:duration>{dur}</itunes:duration></item></channel></rss>"
        ).encode(),
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "valovi", "GET", f"https://stream.valovi.example/a/{new_hex(c.rng, 16)}/96.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 8) * 65536}-")
    b.respond(206, "audio/aac", c.rng.randbytes(300))
    return b.build()
