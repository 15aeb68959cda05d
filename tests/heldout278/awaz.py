"""Awaz: a Uyghur community radio player on the Almaty phone.

An Icecast stream fetched in chunks (ICY metadata request header), the
station's now-playing JSON, the weekly programme schedule in USY and UEY,
and listener-count stats the station publishes. The player reports nothing
about the listener.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ua

API = "https://api.awaz-radio.example"
UA = ua("AwazRadio", "2.0.4", "almaty")
NAXSHILAR = [
    ("Abdulla Abdurehim", "Ayrilmaymiz"),
    ("Sanubar Tursun", "Yar Yar"),
    ("Perhat Xaliq", "Jenubta"),
    ("Ablajan Awut", "Bizning Yurt"),
]


def stream_chunk(c: Context) -> Flow:
    b = FB(
        c, "awaz", "GET", "https://stream.awaz-radio.example:8443/live.mp3", http_version="HTTP/1.1"
    )
    b.header("user-agent", "AwazRadio/2.0.4 ExoPlayerLib/2.19.1")
    b.header("icy-metadata", "1")
    b.respond(
        200,
        "audio/mpeg",
        bytes(c.rng.getrandbits(8) for _ in range(400)),
        headers=[("icy-name", "Awaz Radio Almaty"), ("icy-metaint", "16000")],
    )
    return b.build()


def now_playing(c: Context) -> Flow:
    b = FB(c, "awaz", "GET", f"{API}/v1/hazir")
    b.header("user-agent", UA)
    b.decoy("station now-playing title (content fetch)")
    artist, title = c.rng.choice(NAXSHILAR)
    b.ok_json(
        {
            "hazir": {"naxshichi": artist, "naxsha": title, "bashlandi": iso(c)},
            "keyinki": c.rng.choice(NAXSHILAR)[1],
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = FB(c, "awaz", "GET", f"{API}/v1/programma?til=ug-Cyrl")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "программа": [
                {"вақит": "08:00", "нами": "Әтигәнлик салам", "ئاتى": "ئەتىگەنلىك سالام"},
                {"вақит": "12:00", "нами": "Хәвәрләр", "ئاتى": "خەۋەرلەر"},
                {"вақит": "19:00", "нами": "Муқам кечиси", "ئاتى": "مۇقام كېچىسى"},
            ]
        }
    )
    return b.build()


def listeners(c: Context) -> Flow:
    b = FB(c, "awaz", "GET", f"{API}/v1/statistika")
    b.header("user-agent", UA)
    b.decoy("station's aggregate listener counts")
    b.ok_json({"anglighuchilar": c.rng.randint(40, 900), "eng_kop": 1450, "waqit": iso(c)})
    return b.build()
