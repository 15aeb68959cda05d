"""GaaniGhar: a Marathi music, bhajan / abhang and radio app on the grandfather's
Redmi in Nagpur.

The app logs every song heard (`gaaneId`, `aiklele_sec` = seconds listened) and
every radio session (`kendra` = station, `kalavadhi`) to its backend, and
serves "recently heard" (`alikadil`). Its compact analytics batch is a
base64 blob of positional rows. Registration sends the ANDROID_ID and the
app's own install id; the ads config call keys on the advertising id; the
remote config sends an MD5 of the ANDROID_ID under a one-letter form field.
Bhajan playlists, abhang lyrics, the top charts with play counts and audio
chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.gaanighar.example"
UA = ua("GaaniGhar", "3.8.1", "ajoba")
GAANI = [
    ("g1001", "Vithu Mauli Tu", "भजन", 312),
    ("g1014", "Abir Gulal Udhalit Rang", "अभंग", 355),
    ("g1027", "Sundara Manamadhye Bharli", "लावणी", 290),
    ("g1033", "Zingaat", "चित्रपट", 228),
    ("g1040", "Kanada Raja Pandharicha", "अभंग", 410),
    ("g1052", "Ghanashyam Sundara", "भूपाळी", 268),
]
KENDRE = ["Akashvani Nagpur", "Akashvani Pune", "Vividh Bharati", "Radio Mirchi Marathi"]


def _b(c: Context, method: str, url: str, inst: bool = True) -> FB:
    b = FB(c, "gaanighar", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if inst:
        b.header("x-sthapana-id", b.id("gaani_install", where="header x-sthapana-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/upakaran/nondani", inst=False)
    b.json(
        {
            "androidId": b.id("aid_gaani", where="json androidId"),
            "sthapanaId": b.id("gaani_install", where="json sthapanaId (install id)"),
            "model": "Redmi Note 7",
            "bhasha": "mr",
        }
    )
    b.ok_json({"vaparkarta": b.acct("gaani_user"), "navin": False})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/jahirati/config")
    b.param("adid", b.id("gaid_ajoba", where="query adid"))
    b.param("lmt", "0")
    b.ok_json({"banner": True, "interstitialDar": 5})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rc", inst=False)
    b.form([("k", b.id("aid_gaani", "md5", "form k", detectable=False)), ("v", "381")])
    b.ok_json({"f": {"navinPlayer": True}})
    return b.build()


def aikleli(c: Context) -> Flow:
    gid, title, prakar, dur = c.rng.choice(GAANI)
    b = _b(c, "POST", f"{API}/api/v1/aikne/nond")
    b.view("json gaaneId + aiklele_sec (song listened)")
    b.json(
        {
            "gaaneId": gid,
            "sheershak": title,
            "prakar": prakar,
            "aiklele_sec": c.rng.randint(20, dur),
            "kalavadhi": dur,
            "vel": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_satra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/radio/satra")
    b.view("json kendra + kalavadhi_sec (radio listening session)")
    b.json(
        {
            "kendra": c.rng.choice(KENDRE),
            "suruvat": iso(c),
            "kalavadhi_sec": c.rng.randint(120, 5400),
            "karyakram": c.rng.choice(["Bhaktigeet", "Batmya", "Aapli Aavad", "Krushi Darshan"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def alikadil(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/vaparkarta/alikadil-aikleli")
    b.view("response json alikadil[] (recently heard)", direction="response")
    rows = [
        {"gaaneId": g, "sheershak": t, "aiklele": iso(c)} for g, t, _, _ in c.rng.sample(GAANI, 4)
    ]
    b.ok_json({"alikadil": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e", inst=False)
    b.view("form p (base64 positional rows)", detectable=False)
    rows = [
        [int(c.rng.choice(GAANI)[0][1:]), c.rng.randint(20, 400), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.form([("p", b64(js(rows))), ("s", "2")])
    b.no_content()
    return b.build()


def bhajan_playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/yadi/ekadashi-bhajane", inst=False)
    b.decoy("playlist with track durations (content fetch)")
    b.ok_json({"gaani": [{"gaaneId": g, "sheershak": t, "kalavadhi": d} for g, t, _, d in GAANI]})
    return b.build()


def lyrics(c: Context) -> Flow:
    g, t, _, _ = c.rng.choice(GAANI)
    b = _b(c, "GET", f"{API}/api/v1/gaani/{g}/shabd", inst=False)
    b.ok_json({"sheershak": t, "shabd": "विठ्ठल विठ्ठल जय हरी विठ्ठल\nपंढरीचा राजा माझा"})
    return b.build()


def top_charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/top?aathavda=1", inst=False)
    b.decoy("aggregate play counts (not one listener)")
    b.ok_json(
        {
            "top": [
                {"gaaneId": g, "sheershak": t, "aikanyaSankhya": c.rng.randint(10**3, 10**6)}
                for g, t, _, _ in GAANI
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    g = c.rng.choice(GAANI)[0]
    b = FB(
        c,
        "gaanighar",
        "GET",
        f"https://cdn.gaanighar.example/a/{g}/128k/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def radio_stream(c: Context) -> Flow:
    b = FB(c, "gaanighar", "GET", "https://radio.gaanighar.example/akashvani-nagpur/playlist.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        f"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nseg{c.rng.randint(1, 9999)}.aac\n".encode(
            "ascii"
        ),
    )
    return b.build()
