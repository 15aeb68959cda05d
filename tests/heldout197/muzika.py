"""Tingulli: an Albanian music and radio app on the mother's Huawei P40 lite in Durrës.

The phone has no Google services, so the ad / attribution id is Huawei's OAID
(read through the HMS Ads identifier service); AppsFlyer's Android SDK sends it
as `oaid` next to its own `uid` and `android_id` when OAID collection is on
(https://dev.appsflyer.com/hc/docs/android-sdk-reference-appsflyerlib#setcollectoaid).
Songs and radio sessions are reported to the backend (`degjime` = listens,
`stacioni` = station, `kohezgjatja` = duration). The now-playing text of a
radio station, the charts and playlists are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.tingulli.example"
UA = ua("Tingulli", "2.11.0", "nena")
KENGET = [
    ("k2001", "Elvana Gjata", "Mjaft"),
    ("k2002", "Dua Lipa", "Houdini"),
    ("k2003", "Noizy", "Jena Kosovë"),
    ("k2004", "Rita Ora", "Ask & You Shall Receive"),
    ("k2005", "Vaçe Zela", "Këngët e Rinisë"),
    ("k2006", "Ledri Vula", "Hey"),
    ("k2007", "Eneda Tarifa", "Zemër"),
]
STACIONET = ["Top Albania Radio", "Radio Tirana 1", "Club FM", "Radio Dukagjini", "Radio Kosova"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tingulli", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "al.tingulli.muzika"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("nena"))
    b.json(
        {
            "oaid": b.id("oaid_nena", where="json oaid"),
            "isLat": "false",
            "uid": b.id("radio_af_uid", where="json uid"),
            "android_id": b.id("aid_radio", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.11.0",
            "brand": "HUAWEI",
            "model": "ANA-NX9",
            "installer_package": "com.huawei.appmarket",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pajisja")
    b.json(
        {
            "androidId": b.id("aid_radio", where="json androidId"),
            "oaid": b.id("oaid_nena", where="json oaid"),
            "hms": True,
            "modeli": "HUAWEI ANA-NX9",
        }
    )
    b.ok_json({"perdoruesi": b.acct("radio_user")})
    return b.build()


def ads_config(c: Context) -> Flow:
    """The in-house ad server keys its frequency caps on the OAID in the query."""
    b = _b(c, "GET", f"{API}/v1/reklama/konfig")
    b.param("oaid", b.id("oaid_nena", where="query oaid"))
    b.param("vendi", "AL")
    b.ok_json({"interstitial": {"cdo": 6}, "banner": True})
    return b.build()


def degjime(c: Context) -> Flow:
    kid, artist, title = c.rng.choice(KENGET)
    b = _b(c, "POST", f"{API}/v1/degjime")
    b.view("json kengaId + sekondaDegjuar (song listened)")
    b.json(
        {
            "kengaId": kid,
            "artisti": artist,
            "titulli": title,
            "sekondaDegjuar": c.rng.randint(20, 240),
            "ePlote": c.rng.random() < 0.6,
            "koha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/seanca")
    b.view("json stacioni + kohezgjatja (radio listening session)")
    b.json(
        {
            "stacioni": c.rng.choice(STACIONET),
            "fillimi": iso(c),
            "kohezgjatja": c.rng.randint(60, 7200),
            "burimi": "app",
        }
    )
    b.no_content()
    return b.build()


def te_fundit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/perdoruesi/te-degjuarat-se-fundmi")
    b.view("response json kenget[] (recently played)", direction="response")
    b.ok_json(
        {
            "kenget": [
                {"kengaId": k, "artisti": a, "titulli": t, "degjuarMe": iso(c)}
                for k, a, t in c.rng.sample(KENGET, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched play log: [song, seconds, ts] rows, msgpack-free but nameless, gzip."""
    b = _b(c, "POST", f"{API}/q")
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(KENGET)[0][1:]), c.rng.randint(20, 240), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"d": rows}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg")
    b.form([("a", "al.tingulli.muzika"), ("h", b.id("aid_radio", "sha1", "form h", False))])
    b.ok_json({"flags": {"lyrics": True, "radio_v2": c.rng.random() < 0.5}})
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STACIONET)
    b = _b(c, "GET", f"{API}/v1/radio/tani?stacioni={st.replace(' ', '+')}")
    b.decoy("station now-playing title (content fetch)")
    _, artist, title = c.rng.choice(KENGET)
    b.ok_json({"stacioni": st, "tani": f"{artist} - {title}", "degjues": c.rng.randint(50, 4000)})
    return b.build()


def top_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?lista=shqip-40")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "lista": [
                {"vendi": i + 1, "kengaId": k, "titulli": t, "degjime": c.rng.randint(10**4, 10**6)}
                for i, (k, _, t) in enumerate(KENGET)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "tingulli", "GET", f"https://cdn.tingulli.example/a/{new_hex(c.rng, 16)}/128.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 4) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def lyrics(c: Context) -> Flow:
    kid, _, title = c.rng.choice(KENGET)
    b = _b(c, "GET", f"{API}/v1/kenget/{kid}/tekst")
    b.ok_json({"titulli": title, "teksti": "La la la...\n" * 4})
    return b.build()
