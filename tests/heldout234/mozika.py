"""MozikaNosy: a Malagasy music (salegy, hira gasy, vakodrazana) and radio app
on the aunt's Redmi Note 13 in Saint-Denis, Réunion.

Keys are Malagasy: `hira` = song, `mpihira` = singer, `henoina` = listened,
`fihainoana` = listening, `onjampeo` = radio station, `segondra` = seconds,
`vao nohenoina` = recently played. Songs and radio sessions are reported to
the backend; registration sends the ANDROID_ID, the advertising id and the
app's own install id; the ad server is asked with `aaid`. The radio's
now-playing text, the charts, lyrics and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.mozikanosy.example"
UA = ua("MozikaNosy", "1.14.2", "nenitoa")
HIRA = [
    ("h3101", "Jaojoby", "Malaza", "salegy"),
    ("h3102", "Wawa", "Mandihiza", "salegy"),
    ("h3103", "Mahaleo", "Ianao", "folk"),
    ("h3104", "Rossy", "Tanindrazana", "vakodrazana"),
    ("h3105", "Tence Mena", "Tiako Ianao", "kilalaky"),
    ("h3106", "Mpihira Gasy Ramilison", "Kabary sy Hira", "hira gasy"),
    ("h3107", "Denise", "Mbola Tsy Hadino", "pop"),
]
ONJAMPEO = [
    "RNM",
    "Radio Don Bosco",
    "Radio Antsiva",
    "Free FM",
    "Radio Freedom",
    "Réunion La 1ère",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mozikanosy", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/fitaovana")
    b.json(
        {
            "androidId": b.id("aid_mozika", where="json androidId"),
            "gaid": b.id("gaid_nenitoa", where="json gaid"),
            "installId": b.id("mozika_install", where="json installId"),
            "modely": "23124RA7EO",
            "fiteny": "fr",
        }
    )
    b.ok_json({"mpampiasa": b.acct("mozika_user"), "voaray": True})
    return b.build()


def ads(c: Context) -> Flow:
    b = FB(c, "mozikanosy-ads", "GET", "https://ads.mozikanosy.example/v2/dokam-barotra")
    b.header("user-agent", UA)
    b.param("slot", "audio_preroll")
    b.param("aaid", b.id("gaid_nenitoa", where="query aaid"))
    b.param("lmt", "0")
    b.param("country", "RE")
    b.ok_json(
        {"ads": [{"id": rid(c.rng), "duration": 15, "url": "https://cdn.mozikanosy.example/a.mp3"}]}
    )
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.form(
        [
            ("a", "mg.mozikanosy"),
            ("b", b.id("aid_mozika", "md5", "form b", detectable=False)),
            ("v", "1142"),
        ]
    )
    b.ok_json({"f": {"karaoke": True, "hd_audio": False}})
    return b.build()


def henoina(c: Context) -> Flow:
    hid, artist, title, style = c.rng.choice(HIRA)
    b = _b(c, "POST", f"{API}/v1/hira/henoina")
    b.view("json hiraId/mpihira/segondra_nohenoina (song listened)")
    b.json(
        {
            "hiraId": hid,
            "lohateny": title,
            "mpihira": artist,
            "karazany": style,
            "segondra_nohenoina": c.rng.randint(20, 320),
            "vita": c.rng.random() < 0.6,
            "fotoana": iso(c),
        }
    )
    b.no_content()
    return b.build()


def fihainoana_radio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/onjampeo/fihainoana")
    b.view("json onjampeo + segondra (radio listening session)")
    b.json(
        {
            "onjampeo": c.rng.choice(ONJAMPEO),
            "segondra": c.rng.randint(60, 5400),
            "fanombohana": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def vao_nohenoina(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mpampiasa/vao-nohenoina?fetra=20")
    b.view("response json vaoNohenoina[] (recently played)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        hid, artist, title, _ = c.rng.choice(HIRA)
        rows.append({"hiraId": hid, "lohateny": title, "mpihira": artist, "nohenoina": iso(c)})
    b.ok_json({"vaoNohenoina": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json e[] rows (song, seconds, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(HIRA)[0][1:]), c.rng.randint(20, 320), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"e": rows, "s": 3}, "gzip")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(ONJAMPEO)
    b = _b(c, "GET", f"{API}/v1/onjampeo/ankehitriny?onjampeo={st.replace(' ', '+')}")
    b.decoy("station's now-playing (content, not the listener's history)")
    _hid, artist, title, _ = c.rng.choice(HIRA)
    b.ok_json({"onjampeo": st, "mpihira": artist, "lohateny": title, "nanomboka": iso(c)})
    return b.build()


def top_hira(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hira/malaza?herinandro=48")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "malaza": [
                {"hiraId": h, "mpihira": a, "lohateny": t, "isa": c.rng.randint(1000, 90000)}
                for h, a, t, _ in HIRA
            ]
        }
    )
    return b.build()


def tononkira(c: Context) -> Flow:
    hid = c.rng.choice(HIRA)[0]
    b = _b(c, "GET", f"{API}/v1/hira/{hid}/tononkira")
    b.ok_json({"hiraId": hid, "tononkira": "Ry tanindrazanay malala ô...\n" * 3})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "mozikanosy",
        "GET",
        f"https://stream.mozikanosy.example/aac/{new_hex(c.rng, 16)}/{c.rng.randint(1, 90)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
