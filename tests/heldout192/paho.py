"""Pāho: a public broadcaster's on-demand app on Mere's iPhone (shows, live TV, radio).

The broadcaster's in-house analytics uses te reo Māori event and key names, the
way its bilingual product team writes them: `mātakitaki` (watch) heartbeats with
`tūnga_hēkona` (position in seconds), `whakarongo` (listen) for radio, and the
phone's own install id under `pūrere` (device). Macrons are kept in JSON and
dropped in query strings (`purere_id`, `matakitaki`), as URL code tends to.
Catalogue rails, "Ngā mea rongonui" (most watched, an aggregate), the EPG and
the HLS manifest are content fetches, not viewing history.
"""

from __future__ import annotations

import base64
import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import WB, ios_ua, iso, ms

API = "https://api.paho.example"
TIRO = "https://tiro.paho.example"  # tiro = observe: the analytics collector
UA = ios_ua("Paho", "6.4.1")
SHOWS = [
    ("ep-0193422", "Te Karere", 1140),
    ("ep-0201877", "Shortland Street", 1320),
    ("ep-0199005", "Waka Huia", 2700),
    ("ep-0188341", "Fair Go", 1740),
    ("ep-0202210", "Kōrero Mai S2E4", 1500),
]
RADIO = ["Waatea 603AM", "Radio Ngāti Porou", "Nga Iwi FM", "RNZ National"]


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "paho", method, url)
    b.header("user-agent", UA)
    b.header("x-paho-user", b.acct("paho_user"))
    return b


def _show(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(SHOWS)


def matakitaki(c: Context) -> Flow:
    """A watch heartbeat every 30 s of playback."""
    b = WB(c, "paho-tiro", "POST", f"{TIRO}/v3/kaupapa")
    b.header("user-agent", UA)
    ep, title, length = _show(c)
    pos = c.rng.randint(0, length)
    b.view("json mātakitaki.hōtaka_id + tūnga_hēkona")
    b.json(
        {
            "momo": c.rng.choice(["mātakitaki_manawa", "mātakitaki_tīmata", "mātakitaki_tatari"]),
            "pūrere": b.id("paho_purere", where="json pūrere"),
            "idfv": b.id("idfv_paho", where="json idfv"),
            "mātakitaki": {
                "hōtaka_id": ep,
                "ingoa": title,
                "tūnga_hēkona": pos,
                "roa_hēkona": length,
                "ōrau": round(100 * pos / length, 1),
            },
            "wā": iso(c),
        }
    )
    b.no_content()
    return b.build()


def matakitaki_query(c: Context) -> Flow:
    """The older pixel form: macrons dropped in the query string."""
    ep, _title, length = _show(c)
    b = WB(c, "paho-tiro", "GET", f"{TIRO}/p.gif")
    b.header("user-agent", UA)
    b.view("query matakitaki=ep + tunga")
    b.param("mahi", "matakitaki")
    b.param("hotaka", ep)
    b.param("tunga", str(c.rng.randint(0, length)))
    b.param("purere_id", b.id("paho_purere", where="query purere_id"))
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def whakarongo(c: Context) -> Flow:
    """Live radio listening session: station and seconds listened."""
    b = WB(c, "paho-tiro", "POST", f"{TIRO}/v3/kaupapa")
    b.header("user-agent", UA)
    b.view("json whakarongo.teihana + hēkona_whakarongo")
    b.json(
        {
            "momo": "whakarongo_manawa",
            "pūrere": b.id("paho_purere", where="json pūrere"),
            "whakarongo": {
                "teihana": c.rng.choice(RADIO),
                "hēkona_whakarongo": c.rng.randint(30, 3600),
                "ora": True,
            },
            "wā": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hokimai(c: Context) -> Flow:
    """Continue watching ('Haere tonu') rail, the user's own list with positions."""
    b = _b(c, "GET", f"{API}/v2/rarangi/haere-tonu")
    b.view("response json haere_tonu[].tunga", direction="response")
    b.ok_json(
        {
            "haere_tonu": [
                {
                    "hotaka_id": ep,
                    "ingoa": title,
                    "tunga": c.rng.randint(60, length - 30),
                    "matakitakina_i": iso(c),
                }
                for ep, title, length in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def tiro_batch_opaque(c: Context) -> Flow:
    """Offline batch: deflated, base64'd event rows under `d` (nothing readable)."""
    b = WB(c, "paho-tiro", "POST", f"{TIRO}/b")
    b.header("user-agent", UA)
    b.view("form d = base64(deflate(rows of [ep, pos, ts]))", detectable=False)
    rows = [[_show(c)[0], c.rng.randint(0, 1500), ms(c)] for _ in range(c.rng.randint(2, 6))]
    blob = base64.b64encode(zlib.compress(js(rows).encode())).decode()
    b.form([("v", "2"), ("d", blob)])
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/purere/rehita")
    b.json(
        {
            "pūrere_id": b.id("paho_purere", where="json pūrere_id"),
            "idfv": b.id("idfv_paho", where="json idfv"),
            "tauira": "iPhone15,4",
            "pānui_token": b.acct("apns_token"),
        }
    )
    b.ok_json({"kua_rehitatia": True})
    return b.build()


def rarangi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rarangi/kainga?reo=mi")
    b.decoy("home rails incl. 'Ngā mea rongonui' most-watched ranking: aggregate, catalogue")
    b.ok_json(
        {
            "rarangi": [
                {"taitara": "Ngā mea rongonui", "hōtaka": [s[0] for s in SHOWS]},
                {"taitara": "Hou mai", "hōtaka": [s[0] for s in c.rng.sample(SHOWS, 3)]},
            ],
            "tirohanga_katoa": {s[0]: c.rng.randint(10_000, 400_000) for s in SHOWS},
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    ep = _show(c)[0]
    b = WB(c, "paho-cdn", "GET", f"https://vod.paho.example/hls/{ep}/master.m3u8")
    b.header("user-agent", "AppleCoreMedia/1.0.0.22B83 (iPhone; U; CPU OS 18_1 like Mac OS X)")
    b.decoy("stream manifest fetch, not a viewing report")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/aratohu?hongere=1")
    b.decoy("programme guide times and durations (content fetch)")
    b.ok_json(
        {"aratohu": [{"ingoa": s[1], "tīmata": iso(c), "roa": s[2]} for s in SHOWS]},
    )
    return b.build()


def tiro_gzip_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/whirihora")
    b.respond(200, "application/json", js({"hb": 30, "reo": ["mi", "en"]}).encode(), "gzip")
    return b.build()
