"""SurSangeet: a Nepali music and FM-radio app (the father's Galaxy A34 in Doha,
listening to Kathmandu and Pokhara FM stations and Nepali songs).

Paths and keys are romanised Nepali (`geet` = song, `gayak` = singer,
`sunieko` = listened, `sunne` = to listen, `steshan` = station, `awadhi` =
duration, `halsalai` = recently). Each song played is logged with the seconds
listened, each radio session with the station and its length; the "halsalai
sunieko" list comes back from the server. An older build batches plays as
positional rows. Registration sends the ANDROID_ID and the advertising id; the
ad config call sends the advertising id in its query. The station's now-playing
metadata, the top chart, lyrics and audio chunks are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.sursangeet.example"
UA = ua("SurSangeet", "3.5.0", "buwa")
GEET = [
    (5101, "Resham Firiri", "Lok Geet"),
    (5118, "Sirai Ma Chandra Surya", "Ani Choying Drolma"),
    (5123, "Maya Ko Baato", "Sugam Pokharel"),
    (5140, "Phool Ko Aankha Ma", "Ani Choying Drolma"),
    (5157, "Timi Nai Hau", "Sajjan Raj Vaidya"),
    (5162, "Gulabi", "Sushant KC"),
    (5179, "Syndicate", "Bartika Eam Rai"),
]
STESHAN = ["Radio Kantipur 96.1", "Image FM 97.9", "Hits FM 91.2", "Ujyaalo 90 Network",
           "Radio Barahi 99.4", "Kalika FM 95.2"]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sursangeet", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/upakaran/darta")
    b.json(
        {
            "androidId": b.id("aid_sangeet", where="json androidId"),
            "advertisingId": b.id("gaid_buwa", where="json advertisingId"),
            "prayogkarta": b.acct("sangeet_user"),
            "desh": "QA",
            "bhasha": "ne",
        }
    )
    b.ok_json({"safal": True})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vigyapan/config")
    b.param("gaid", b.id("gaid_buwa", where="query gaid"))
    b.param("slot", "radio_preroll")
    b.ok_json({"preroll": True, "antaral": 900})
    return b.build()


def sunieko(c: Context) -> Flow:
    gid, name, singer = c.rng.choice(GEET)
    b = _b(c, "POST", f"{API}/v1/geet/sunieko")
    b.view("json geetId + sunekoSekend (song listened)")
    b.json(
        {
            "geetId": gid,
            "geet": name,
            "gayak": singer,
            "sunekoSekend": c.rng.randint(20, 320),
            "samay": iso(c),
            "srot": c.rng.choice(["playlist", "khoj", "album"]),
        }
    )
    b.no_content()
    return b.build()


def radio_satra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/satra")
    b.view("json steshan + awadhiSekend (radio listening session)")
    b.json(
        {
            "steshan": c.rng.choice(STESHAN),
            "suru": iso(c),
            "awadhiSekend": c.rng.randint(120, 7200),
            "network": c.rng.choice(["wifi", "4g"]),
        }
    )
    b.no_content()
    return b.build()


def halsalai_sunieko(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/prayogkarta/halsalai-sunieko")
    b.view("response json geetharu[] (recently played)", direction="response")
    b.ok_json(
        {
            "geetharu": [
                {"geetId": g, "geet": n, "gayak": s, "sunekoMiti": iso(c)}
                for g, n, s in c.rng.sample(GEET, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json r[] rows", detectable=False)
    rows = [[c.rng.choice(GEET)[0], c.rng.randint(20, 320), ms(c)] for _ in range(3)]
    b.json({"r": rows, "z": 1}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.form([("a", "np.sursangeet.app"), ("k", b.id("aid_sangeet", "sha1", "form k", False))])
    b.ok_json({"f": [1, 0, 1]})
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STESHAN)
    b = _b(c, "GET", f"{API}/v1/radio/ahile-bajdai?steshan={st.split()[1]}")
    b.decoy("station's now-playing metadata (content)")
    _gid, name, singer = c.rng.choice(GEET)
    b.ok_json({"steshan": st, "geet": name, "gayak": singer, "suru": iso(c)})
    return b.build()


def top_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chart/top-20?desh=NP")
    b.decoy("aggregate play counts (chart)")
    b.ok_json(
        {
            "chart": [
                {"sthan": i + 1, "geetId": g, "geet": n, "bajaieko": c.rng.randint(10**4, 10**6)}
                for i, (g, n, _) in enumerate(GEET)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "sursangeet",
        "GET",
        f"https://stream.sursangeet.example/live/{new_hex(c.rng, 8)}/"
        f"chunk-{c.rng.randint(1, 9999)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def lyrics(c: Context) -> Flow:
    gid, name, _ = c.rng.choice(GEET)
    b = _b(c, "GET", f"{API}/v1/geet/{gid}/sabda")
    b.ok_json({"geet": name, "sabda": "Resham firiri, resham firiri...\nUdera jaun ki dandaima"})
    return b.build()
