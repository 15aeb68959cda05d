"""Radyo Ayiti: live radio and podcasts from Radio Télé stations, with ads.

Listening reports (`ekoute`: station or episode, seconds listened, when) and
podcast resume points (`kote_w_rive`) go to the app's backend; an older
"stats" path sends bare rows. Ads come through AppLovin MAX and ironSource.
The station list with listener counts, the schedule (`pwogram`), stream
chunks and the RSS feed are content fetches, not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import adsdk
from .phone import FB, iso, ms, ua

API = "https://api.radyoayiti.example"
PKG = "ht.radyoayiti.app"
UA = ua("RadyoAyiti", "3.8.0")
IS_KEY = "1a9c3e77d"
STATIONS = [
    ("rtm", "Radio Télé Métropole 100.1"),
    ("rtcaraibes", "Radio Télé Caraïbes 94.5"),
    ("rtginen", "Radio Télé Ginen 92.7"),
    ("rtkiskeya", "Radio Télé Kiskeya 88.5"),
    ("rtzenith", "Radio Télé Zénith 106.1"),
    ("rtvision2000", "Radio Vision 2000 99.3"),
]
PODCASTS = [
    ("pod_ti_koze", "Ti Koze Lakay"),
    ("pod_istwa_dayiti", "Istwa d'Ayiti an 10 minit"),
    ("pod_sante", "Sante Pou Tout Moun"),
    ("pod_lafwa", "Lafwa ak Lavi"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radyoayiti", method, url)
    b.header("user-agent", UA)
    b.header("x-device-uid", b.id("radyo_install", where="header x-device-uid"))
    return b


def ekoute_live(c: Context) -> Flow:
    sid, name = c.rng.choice(STATIONS)
    b = _b(c, "POST", f"{API}/v1/ekoute")
    b.view("json ekoute[] (station, seconds listened)")
    b.json(
        {
            "ekoute": [
                {
                    "estasyon": sid,
                    "non": name,
                    "segonn": c.rng.randint(60, 5400),
                    "komanse": iso(c),
                    "sous": c.rng.choice(["direk", "widget", "android_auto"]),
                }
            ]
        }
    )
    b.ok_json({"anrejistre": 1})
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, title = c.rng.choice(PODCASTS)
    ep = f"{pid}_ep{c.rng.randint(1, 180)}"
    b = _b(c, "PUT", f"{API}/v1/podcast/{ep}/kote-w-rive")
    b.view("json kote_w_rive (episode resume)")
    dur = c.rng.randint(600, 3600)
    b.json(
        {
            "epizod": ep,
            "tit": title,
            "kote_w_rive": c.rng.randint(10, dur),
            "tan": dur,
            "le": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stats_rows(c: Context) -> Flow:
    """Old stats path: [station index, seconds, ts] rows, keys 's' and 'r'."""
    b = _b(c, "POST", f"{API}/s")
    b.view("json r[] rows", detectable=False)
    b.json(
        {
            "s": 2,
            "r": [
                [c.rng.randint(0, 5), c.rng.randint(60, 4000), ms(c)]
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device")
    b.json(
        {
            "device_uid": b.id("radyo_install", where="json device_uid"),
            "android_id": b.id("aid_radyo", where="json android_id"),
            "push": "none",
            "app": "3.8.0",
        }
    )
    b.ok_json({"user": b.acct("radyo_user")})
    return b.build()


def hashed_cfg(c: Context) -> Flow:
    b = FB(c, "radyoayiti", "GET", f"{API}/v1/cfg")
    b.header("user-agent", UA)
    b.param("k", b.id("aid_radyo", "md5", "query k", detectable=False))
    b.param("v", "380")
    b.ok_json({"ads": True, "interstitial_every": 3})
    return b.build()


def stations(c: Context) -> Flow:
    b = FB(c, "radyoayiti", "GET", f"{API}/v1/estasyon")
    b.header("user-agent", UA)
    b.decoy("station list with listener counts (aggregate)")
    b.ok_json(
        {
            "estasyon": [
                {
                    "id": s,
                    "non": n,
                    "stream": f"https://stream.radyoayiti.example/{s}.aac",
                    "moun_k_ap_koute": c.rng.randint(50, 9000),
                }
                for s, n in STATIONS
            ]
        }
    )
    return b.build()


def pwogram(c: Context) -> Flow:
    sid, _n = c.rng.choice(STATIONS)
    b = FB(c, "radyoayiti", "GET", f"{API}/v1/estasyon/{sid}/pwogram?jou=jodi")
    b.header("user-agent", UA)
    b.decoy("schedule with times (content fetch)")
    b.ok_json(
        {
            "pwogram": [
                {"tit": t, "komanse": iso(c), "minit": c.rng.choice([30, 60, 120])}
                for t in ("Jounal Maten", "Ranmase", "Konpa Lakay", "Jounal Midi", "Sport")
            ]
        }
    )
    return b.build()


def stream_chunk(c: Context) -> Flow:
    sid, _n = c.rng.choice(STATIONS)
    b = FB(c, "radyoayiti", "GET", f"https://stream.radyoayiti.example/{sid}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("icy-metadata", "1")
    b.respond(
        200,
        "audio/aac",
        bytes(c.rng.getrandbits(8) for _ in range(350)),
        headers=[("icy-name", sid)],
    )
    return b.build()


def rss(c: Context) -> Flow:
    pid, title = c.rng.choice(PODCASTS)
    b = FB(c, "radyoayiti", "GET", f"https://feeds.radyoayiti.example/{pid}.xml")
    b.header("user-agent", UA)
    items = "".join(
        f"<item><title>{title} #{i}</title>"
        f"<itunes:duration>{c.rng.randint(600, 3600)}</itunes:duration></item>"
        for i in range(3)
    )
    b.respond(
        200,
        "application/rss+xml",
        f"<rss><channel><title>{title}</title>{items}</channel></rss>".encode(),
    )
    return b.build()


def max_inter(c: Context) -> Flow:
    return adsdk.applovin_mediate(c, PKG, "INTER")


def max_pix(c: Context) -> Flow:
    return adsdk.applovin_pix(c, PKG, c.rng.choice(["landing", "imp", "paused"]))


def is_events(c: Context) -> Flow:
    return adsdk.ironsource_events(c, IS_KEY, c.rng.choice(["rewarded_video", "interstitial"]))


def ad_creative(c: Context) -> Flow:
    b = FB(c, "applovin-max", "GET", f"https://img.applovin.com/creatives/{new_hex(c.rng, 32)}.jpg")
    b.header("user-agent", "AppLovinSdk/12.6.1")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
