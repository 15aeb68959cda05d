"""Sugama: a Kannada music app (bhavageete, devotional songs, FM radio relays and
podcasts) on the mother's Redmi Note 13 in Mysuru.

The app's About screen shows its install id (`SGM-...`), which it sends on
registration and in an `x-sgm-install` header. Plays are reported per song
(`kelida_sekendu` = seconds listened), per FM session (`nilaya` = station,
`kelida_nimisha` = minutes listened) and per podcast position; a newer sync
call writes its keys in Kannada script (ಕೇಳಿದ ಹಾಡುಗಳು = songs listened). The
stats collector batches [track, seconds, time] rows under `b` with a SHA-256
of the install id, and remote config is keyed by an MD5 of the ANDROID_ID.
Audio pre-roll ads come from Google Ad Manager through the IMA SDK
(`gampad/ads` with `rdid`, `idtype=adid`, `is_lat`). What a station is airing
now, the charts, lyrics, the podcast catalogue with episode lengths and the
devotional playlists are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, dalvik, iso, iso_ago, ms, rid, ua

API = "https://api.sugamaradio.example"
PKG = "in.sugamaradio.app"
UA = ua("Sugama", "7.3.1", "amma")
SONGS = [
    ("h4101", "ಯಾವ ಮೋಹನ ಮುರಳಿ ಕರೆಯಿತು", "C. Ashwath", "bhavageete"),
    ("h4102", "Jogada Siri Belakinalli", "Mysore Ananthaswamy", "bhavageete"),
    ("h4103", "ಭಾಗ್ಯದ ಲಕ್ಷ್ಮಿ ಬಾರಮ್ಮ", "Bhimsen Joshi", "bhakti"),
    ("h4104", "Hacchevu Kannadada Deepa", "Mysore Ananthaswamy", "bhavageete"),
    ("h4105", "Karedare Baarade", "Vidyabhushana", "bhakti"),
    ("h4106", "Shri Manjunatha Suprabhata", "S. P. Balasubrahmanyam", "bhakti"),
]
STATIONS = [
    ("Akashvani Mysuru", "100.6"),
    ("Radio Mirchi", "98.3"),
    ("Big FM", "92.7"),
    ("Vividh Bharati Bengaluru", "102.9"),
    ("Radio City", "91.1"),
]
PODCASTS = [
    ("p51", "Harate Katte", 2400),
    ("p52", "Mysuru Mallige Kathegalu", 1800),
    ("p53", "Aduge Mane", 1500),
    ("p54", "Kannada Kavya Odu", 2100),
]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "sugama", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if install:
        b.header("x-sgm-install", b.id("sugama_install", where="header x-sgm-install"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/saadhana/nondayisi")
    b.json(
        {
            "install_id": b.id("sugama_install", where="json install_id"),
            "android_id": b.id("aid_sugama", where="json android_id"),
            "gaid": b.id("gaid_amma", where="json gaid"),
            "maadari": "Redmi Note 13",
            "bhashe": "kn",
            "nagara": "Mysuru",
        }
    )
    b.ok_json({"balakedaara": b.acct("sugama_user"), "hosadu": False})
    return b.build()


def kelida_haadu(c: Context) -> Flow:
    tid, title, singer, genre = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v2/kelida", install=True)
    b.view("json haadu_id/hesaru + kelida_sekendu (song listened)")
    b.json(
        {
            "haadu_id": tid,
            "hesaru": title,
            "gayaka": singer,
            "prakara": genre,
            "kelida_sekendu": c.rng.randint(20, 420),
            "poorna": c.rng.random() < 0.6,
            "samaya": iso(c),
        }
    )
    b.no_content()
    return b.build()


def fm_kelike(c: Context) -> Flow:
    name, freq = c.rng.choice(STATIONS)
    b = _b(c, "POST", f"{API}/v2/fm/kelike", install=True)
    b.view("json nilaya + kelida_nimisha (FM station listened to)")
    b.json(
        {
            "nilaya": name,
            "aavartana": freq,
            "aarambha": iso_ago(c, 120, 5700),
            "kelida_nimisha": c.rng.randint(2, 95),
            "maarga": c.rng.choice(["wifi", "4g"]),
        }
    )
    b.ok_json({"sari": True})
    return b.build()


def podcast_sthana(c: Context) -> Flow:
    pid, title, dur = c.rng.choice(PODCASTS)
    ep = c.rng.randint(1, 120)
    b = _b(c, "PUT", f"{API}/v2/podcast/{pid}/sanchike/{ep}/sthana")
    b.view("path podcast/sanchike + json sthana_ms/avadhi_ms")
    b.json(
        {"sheershike": title, "sthana_ms": c.rng.randint(5, dur) * 1000, "avadhi_ms": dur * 1000}
    )
    b.no_content()
    return b.build()


def ittichege(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/nanna/ittichege-kelidavu?mithi=20")
    b.view("response json ittichege[] (recently played)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        tid, title, singer, _g = c.rng.choice(SONGS)
        rows.append(
            {"haadu_id": tid, "hesaru": title, "gayaka": singer, "kelida": iso_ago(c, 600, 800000)}
        )
    b.ok_json({"ittichege": rows})
    return b.build()


def kannada_sync(c: Context) -> Flow:
    """The 7.x sync call, keys in Kannada script."""
    b = _b(c, "POST", f"{API}/v3/sinkron", install=True)
    b.view("json ಕೇಳಿದ_ಹಾಡುಗಳು[] (songs listened, Kannada-script keys)")
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        _tid, title, singer, _g = c.rng.choice(SONGS)
        rows.append({"ಹಾಡು": title, "ಗಾಯಕ": singer, "ಕೇಳಿದ_ಸೆಕೆಂಡು": c.rng.randint(30, 400)})
    b.json({"ಕೇಳಿದ_ಹಾಡುಗಳು": rows, "ಸಮಯ": iso(c)})
    b.ok_json({"sari": True})
    return b.build()


def stats_batch(c: Context) -> Flow:
    """The stats collector: rows of [track number, seconds, epoch] under 'b'."""
    b = FB(c, "sugama", "POST", "https://ev.sugamaradio.example/c")
    b.header("user-agent", dalvik("amma"))
    b.view("json b[] rows", detectable=False)
    rows = [
        [
            int(c.rng.choice(SONGS)[0][1:]),
            c.rng.randint(15, 400),
            int(c.now) - c.rng.randint(0, 900),
        ]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json(
        {"i": b.id("sugama_install", "sha256", "json i", detectable=False), "b": rows, "k": 7},
        "gzip",
    )
    b.no_content()
    return b.build()


def config_hashed(c: Context) -> Flow:
    b = FB(c, "sugama", "POST", f"{API}/c")
    b.header("user-agent", dalvik("amma"))
    b.form([("p", PKG), ("z", b.id("aid_sugama", "md5", "form z", detectable=False)), ("v", "731")])
    b.ok_json({"f": {"podcast_tab": True, "fm_relay": True}})
    return b.build()


def ima_ad(c: Context) -> Flow:
    """An audio pre-roll through Google's IMA SDK."""
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", dalvik("amma"))
    for k, v in [
        ("iu", "/21804417365/sugama/audio_preroll"),
        ("sz", "1x1"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("unviewed_position_start", "1"),
        ("env", "vp"),
        ("impl", "s"),
        ("ad_type", "audio"),
        ("correlator", new_digits(c.rng, 16, "4")),
        ("an", PKG),
        ("msid", PKG),
        ("hl", "kn"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid_amma", where="query rdid (idtype=adid)"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("sdkv", f"h.3.31.0/n.android.3.31.0/{PKG}")
    b.decoy("correlator number")
    vast = (
        '<?xml version="1.0" encoding="UTF-8"?><VAST version="4.1"><Ad id="'
        + new_digits(c.rng, 10)
        + '"><InLine><AdTitle>Mysore Sandal Soap</AdTitle><Creatives><Creative><Linear>'
        "<Duration>00:00:15</Duration></Linear></Creative></Creatives></InLine></Ad></VAST>"
    )
    b.respond(200, "text/xml; charset=UTF-8", vast.encode())
    return b.build()


# --- content fetches ----------------------------------------------------------------


def now_playing(c: Context) -> Flow:
    name, freq = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/v2/fm/{freq}/eega-prasara")
    b.decoy("what a station airs now (public, not what she listened to)")
    _tid, title, singer, _g = c.rng.choice(SONGS)
    b.ok_json(
        {
            "nilaya": name,
            "eega": {"hesaru": title, "gayaka": singer, "aarambha": iso(c)},
            "mundina": c.rng.choice(SONGS)[1],
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/patti/top-20?prakara=bhavageete")
    b.decoy("chart of plays over all listeners")
    b.ok_json(
        {
            "patti": [
                {"sthana": i + 1, "hesaru": s[1], "kelidavaru": c.rng.randint(5000, 900000)}
                for i, s in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def saahitya(c: Context) -> Flow:
    tid, title, _s, _g = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v2/haadu/{tid}/saahitya")
    b.ok_json({"hesaru": title, "saalugalu": ["...", "..."], "bhashe": "kn"})
    return b.build()


def podcast_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/podcast/patti?puta=1")
    b.decoy("podcast catalogue: episode lengths (avadhi)")
    b.ok_json(
        {
            "podcastgalu": [
                {
                    "id": pid,
                    "sheershike": t,
                    "sanchikegalu": c.rng.randint(20, 140),
                    "avadhi_ms": d * 1000,
                }
                for pid, t, d in PODCASTS
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    if c.rng.random() < 0.5:
        url = (
            f"https://stream.sugamaradio.example/live/{c.rng.choice(STATIONS)[1]}/chunk_{ms(c)}.aac"
        )
    else:
        tid = c.rng.choice(SONGS)[0]
        url = f"https://cdn.sugamaradio.example/a/{tid}/128k/{c.rng.randint(1, 40)}.aac"
    b = FB(c, "sugama", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", b"\xff\xf1" + c.rng.randbytes(400))
    return b.build()


def bhakti_playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/playlist/bhakti-beligge")
    b.ok_json(
        {
            "hesaru": "Bhakti Beligge",
            "haadugalu": [s[0] for s in SONGS if s[3] == "bhakti"],
            "id": rid(c.rng),
        }
    )
    return b.build()
