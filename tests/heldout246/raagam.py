"""Raagam: a Tollywood music, devotional (Annamacharya keerthanalu) and FM radio
app on the mother's Redmi Note 13 in Vijayawada.

Its backend speaks romanized Telugu (`paata` = song, `vinna` = listened,
`gaayakulu` = singers, `keerthana`, `raagam`, `kendram` = station, `vyavadhi` =
span of time) with some keys in Telugu script (`ఇటీవల_విన్నవి` = recently
heard). Engagement analytics go to MoEngage's data API
(sdk-01.moengage.com/v2/sdk/report/<app id>): `query_params` holds the SDK's
`unique_id` with `gaid` and `android_id` (Android-id tracking on), and
`viewsInfo` the batched events with `EVENT_ACTION` and a JSON-string
`EVENT_ATTRS`. A batched play log goes as msgpack rows with no names.

The FM stations' now-playing text (ICY metadata), the charts, lyrics, the
daily panchangam (Rahu kalam with its start and duration) and the audio
chunks are content fetches, not anyone's listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import TB, bearer, dalvik, iso, ms, ua

API = "https://api.raagam-app.example"
MOE = "https://sdk-01.moengage.com/v2/sdk/report/QX7K2M9RAAGAM"
UA = ua("Raagam", "3.9.4", "amma")

PAATALU = [
    ("p501", "Samajavaragamana", "Sid Sriram", "Ala Vaikunthapurramuloo"),
    ("p502", "Naatu Naatu", "Rahul Sipligunj, Kaala Bhairava", "RRR"),
    ("p503", "Butta Bomma", "Armaan Malik", "Ala Vaikunthapurramuloo"),
    ("p504", "Srivalli", "Sid Sriram", "Pushpa"),
    ("p505", "Kurchi Madathapetti", "Sahithi Chaganti", "Guntur Kaaram"),
    ("p506", "Inkem Inkem Inkem Kaavaale", "Sid Sriram", "Geetha Govindam"),
]
KEERTHANALU = [
    ("k801", "Brahmam Okate", "Bouli", "G. Balakrishnaprasad"),
    ("k802", "Adivo Alladivo", "Madhyamavathi", "G. Balakrishnaprasad"),
    ("k803", "Muddugare Yashoda", "Kurinji", "M. S. Subbulakshmi"),
    ("k804", "Vinnapalu Vinavale", "Bhupalam", "Shobha Raju"),
    ("k805", "Nanati Baduku Natakamu", "Revati", "Nitya Santhoshini"),
    ("k806", "Kondalalo Nelakonna", "Hindolam", "M. S. Subbulakshmi"),
]
KENDRALU = [
    "Radio City 91.1 Vijayawada",
    "Red FM 93.5 Vijayawada",
    "AIR Vijayawada 100.1",
    "Radio Mirchi 98.3 Hyderabad",
    "Vividh Bharati Telugu",
]


def _b(c: Context, method: str, url: str) -> TB:
    b = TB(c, "raagam", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c))
    return b


# --- device registration and MoEngage ----------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/parikaram")
    b.json(
        {
            "androidId": b.id("aid_raagam", where="json androidId"),
            "adId": b.id("gaid_amma", where="json adId"),
            "moeUniqueId": b.id("raagam_moe_uid", where="json moeUniqueId"),
            "model": "Redmi Note 13 5G",
            "bhasha": "te",
            "ooru": "Vijayawada",
        }
    )
    b.ok_json({"vinyogadaru": b.acct("raagam_user"), "kotta": False})
    return b.build()


def _moe(c: Context, b: TB, views: list[dict[str, object]]) -> None:
    b.header("user-agent", dalvik("amma"))
    b.header("moe-appkey", "QX7K2M9RAAGAM")
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "app_id": "QX7K2M9RAAGAM",
                "sdk_ver": "130100",
                "app_ver": "394",
                "unique_id": b.id("raagam_moe_uid", where="json query_params.unique_id"),
                "gaid": b.id("gaid_amma", where="json query_params.gaid"),
                "android_id": b.id("aid_raagam", where="json query_params.android_id"),
                "device_tz": "Asia/Kolkata",
                "model": "23124RA7EO",
                "manufacturer": "Xiaomi",
                "networkType": "wifi",
            },
            "viewsInfo": views,
            "meta": {"bid": new_hex(c.rng, 32), "request_time": iso(c)},
        }
    )
    b.ok_json({"status": "success"})


def moe_song_played(c: Context) -> Flow:
    pid, title, singers, film = c.rng.choice(PAATALU)
    b = TB(c, "moengage", "POST", MOE)
    b.view("json viewsInfo[].EVENT_ATTRS (Song Played: song, film, listened seconds)")
    attrs = {
        "song_id": pid,
        "song_name": title,
        "singers": singers,
        "movie": film,
        "listened_sec": c.rng.randint(20, 300),
        "source": c.rng.choice(["playlist", "search", "home_rail"]),
    }
    _moe(
        c,
        b,
        [
            {
                "EVENT_ACTION": "Song Played",
                "EVENT_ATTRS": js(attrs),
                "EVENT_G_TIME": str(ms(c)),
                "EVENT_L_TIME": iso(c),
            }
        ],
    )
    return b.build()


def moe_app_open(c: Context) -> Flow:
    b = TB(c, "moengage", "POST", MOE)
    _moe(
        c,
        b,
        [
            {
                "EVENT_ACTION": c.rng.choice(["MOE_APP_OPEN", "Theme Changed", "Language Set"]),
                "EVENT_ATTRS": js({"bhasha": "te", "theme": c.rng.choice(["light", "dark"])}),
                "EVENT_G_TIME": str(ms(c)),
                "EVENT_L_TIME": iso(c),
            }
        ],
    )
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/c")
    b.param("k", b.id("aid_raagam", "sha256", "query k", detectable=False))
    b.param("v", "394")
    b.ok_json({"f": {"lyrics_sync": True, "fm_v2": c.rng.random() < 0.5}})
    return b.build()


def ads_opaque(c: Context) -> Flow:
    """The in-house ad server's frequency cap, keyed on an MD5 of the bare GAID."""
    b = _b(c, "POST", f"{API}/v1/pr")
    b.form(
        [
            ("u", b.id("gaid_amma", "md5_of_nosep", "form u", detectable=False)),
            ("sl", "home_banner"),
            ("n", str(c.rng.randint(1, 9))),
        ]
    )
    b.ok_json({"show": c.rng.random() < 0.4, "creative": f"cr_{c.rng.randint(100, 999)}"})
    return b.build()


# --- listening ------------------------------------------------------------------------


def vinna_paata(c: Context) -> Flow:
    pid, title, singers, film = c.rng.choice(PAATALU)
    b = _b(c, "POST", f"{API}/v1/vinnavi/paata")
    b.view("json paata_id / vinna_samayam_sec (song listened)")
    b.json(
        {
            "paata_id": pid,
            "paata_peru": title,
            "gaayakulu": singers,
            "cinema": film,
            "vinna_samayam_sec": c.rng.randint(20, 300),
            "purthi": c.rng.random() < 0.6,
            "samayam": iso(c),
        }
    )
    b.no_content()
    return b.build()


def vinna_keerthana(c: Context) -> Flow:
    kid, title, raagam, singer = c.rng.choice(KEERTHANALU)
    b = _b(c, "POST", f"{API}/v1/bhakti/keerthanalu/vinnavi")
    b.view("json keerthana / vinna_samayam_sec (devotional song listened)")
    b.json(
        {
            "keerthana_id": kid,
            "keerthana": title,
            "rachana": "Annamacharya",
            "raagam": raagam,
            "gaayakulu": singer,
            "vinna_samayam_sec": c.rng.randint(60, 600),
            "samayam": iso(c),
        }
    )
    b.no_content()
    return b.build()


def fm_vinikidi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/fm/vinikidi")
    b.view("json kendram + vyavadhi_sec (FM listening session)")
    b.json(
        {
            "kendram": c.rng.choice(KENDRALU),
            "praarambham": iso(c),
            "vyavadhi_sec": c.rng.randint(120, 5400),
            "moolam": c.rng.choice(["app", "bluetooth_car", "headset"]),
        }
    )
    b.ok_json({"sare": True})
    return b.build()


def itivala_vinnavi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/naa/itivala")
    b.view("response json ఇటీవల_విన్నవి[] (recently played)", direction="response")
    rows: list[dict[str, object]] = [
        {"id": p, "peru": t, "gaayakulu": s, "vinnadi": iso(c)}
        for p, t, s, _ in c.rng.sample(PAATALU, 3)
    ]
    rows += [
        {"id": k, "peru": t, "gaayakulu": s, "vinnadi": iso(c)}
        for k, t, _, s in c.rng.sample(KEERTHANALU, 2)
    ]
    b.ok_json({"ఇటీవల_విన్నవి": rows})
    return b.build()


def play_log_opaque(c: Context) -> Flow:
    """Batched play log: [track index, seconds, ts] rows, msgpack, no names."""
    b = _b(c, "POST", f"{API}/l")
    b.view("msgpack rows (track, seconds, ts)", detectable=False)
    rows = [
        [c.rng.randint(0, 11), c.rng.randint(20, 600), ms(c)] for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack({"r": rows, "z": 1}), "application/x-msgpack")
    b.no_content()
    return b.build()


# --- content fetches ------------------------------------------------------------------


def fm_ippudu(c: Context) -> Flow:
    st = c.rng.choice(KENDRALU)
    b = _b(c, "GET", f"{API}/v1/fm/ippudu")
    b.param("kendram", st)
    b.decoy("station now-playing title and listener count (content fetch)")
    _, title, singers, _ = c.rng.choice(PAATALU)
    b.ok_json(
        {
            "kendram": st,
            "ippudu": f"{title} - {singers}",
            "srotalu": c.rng.randint(200, 9000),
            "tarvata": "Varthalu (news)",
        }
    )
    return b.build()


def icy_stream(c: Context) -> Flow:
    b = TB(c, "raagam", "GET", f"https://stream.raagam-app.example/fm/{c.rng.randint(1, 5)}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("icy-metadata", "1")
    b.decoy("ICY stream title (what the station plays)")
    _, title, singers, _ = c.rng.choice(PAATALU)
    b.respond(
        200,
        "audio/aacp",
        bytes(c.rng.getrandbits(8) for _ in range(256)),
        headers=[
            ("icy-name", c.rng.choice(KENDRALU)),
            ("icy-metaint", "16000"),
            ("icy-description", f"Now: {title} - {singers}"),
        ],
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?jaabitha=telugu-top-20")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "jaabitha": [
                {"sthanam": i + 1, "id": p, "peru": t, "vinnavaaru": c.rng.randint(10**4, 10**7)}
                for i, (p, t, _, _) in enumerate(PAATALU)
            ]
        }
    )
    return b.build()


def sahityam(c: Context) -> Flow:
    kid, title, raagam, _ = c.rng.choice(KEERTHANALU)
    b = _b(c, "GET", f"{API}/v1/keerthanalu/{kid}/sahityam")
    b.ok_json(
        {
            "keerthana": title,
            "raagam": raagam,
            "taalam": "Adi",
            "sahityam": "బ్రహ్మమొక్కటే పరబ్రహ్మమొక్కటే\nపరబ్రహ్మమొక్కటే...",
        }
    )
    return b.build()


def panchangam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/panchangam?ooru=vijayawada&tedi=today")
    b.decoy("Rahu kalam start and duration, tithi times (almanac)")
    b.ok_json(
        {
            "tithi": "Chaitra Shuddha Chaturdashi",
            "nakshatram": "Hasta",
            "rahu_kalam": {"praarambham": "09:00", "vyavadhi_nimishalu": 90},
            "yamagandam": {"praarambham": "13:30", "vyavadhi_nimishalu": 90},
            "suryodayam": "05:54",
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = TB(c, "raagam", "GET", f"https://cdn.raagam-app.example/a/{new_hex(c.rng, 20)}/160.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 6) * 131072}-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
