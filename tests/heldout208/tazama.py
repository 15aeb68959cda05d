"""Tazama+: a Kenyan series / live-TV streaming app on Wanjiru's phone.

Swahili keys as its Nairobi developers write them (`kipindi` programme,
`nafasi` position in seconds, `muda` duration, `endelea kutazama` continue
watching). Playback progress goes to the app's API; a Mux Data beacon
(`player_playhead_time`, `view_watch_time`, `video_title`, https://docs.mux.com)
rides along; the older build batches positional rows in base64. AppsFlyer
launches and in-app events carry the advertising id, the ANDROID_ID and
AppsFlyer's uid; an OpenRTB 2.5 banner request carries `device.ifa`; the
frequency-cap check sends an MD5 of the advertising id in a nameless parameter.
Catalogue pages (title view counts), HLS segments, search and the TV guide
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import MODEL, WB, iso, ms, rf, rid, ua

API = "https://api.tazamaplus.example"
CDN = "https://vod.tazamaplus-cdn.example"
UA = ua("TazamaPlus", "4.8.2")
APP_ID = "ke.tazamaplus.app"
VIPINDI = [
    ("tz-1042", "Maria (Msimu 3) Sehemu 41"),
    ("tz-2210", "Selina: Sehemu ya 12"),
    ("tz-3307", "Njoro wa Uba"),
    ("tz-4415", "Kina: Msimu 1 Sehemu 6"),
    ("tz-5520", "Habari za Saa Tatu"),
    ("tz-6631", "Mashujaa Day Live"),
]


def _b(c: Context, method: str, url: str, who: str = "tazama") -> WB:
    b = WB(c, who, method, url)
    b.header("user-agent", UA)
    return b


def _api(c: Context, method: str, path: str) -> WB:
    b = _b(c, method, f"{API}{path}")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def katalogu(c: Context) -> Flow:
    b = _api(c, "GET", f"/v2/katalogu?aina={c.rng.choice(['tamthilia', 'filamu', 'habari'])}")
    b.decoy("title view counts (watazamaji) in a catalogue")
    b.ok_json(
        {
            "vipindi": [
                {"id": k, "jina": t, "watazamaji": c.rng.randint(1000, 90000), "nafasi": i}
                for i, (k, t) in enumerate(c.rng.sample(VIPINDI, 4))
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    k, _ = c.rng.choice(VIPINDI)
    b = _b(c, "GET", f"{CDN}/hls/{k}/720p/seg_{c.rng.randint(1, 900):05d}.ts")
    b.respond(200, "video/mp2t", bytes([0x47]) + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def tafuta(c: Context) -> Flow:
    q = c.rng.choice(["maria", "habari", "kina", "vichekesho"])
    b = _api(c, "GET", f"/v2/tafuta?swali={q}")
    b.ok_json({"matokeo": [{"id": k, "jina": t} for k, t in VIPINDI[:3]]})
    return b.build()


def mwongozo(c: Context) -> Flow:
    b = _api(c, "GET", "/v2/mwongozo?chaneli=all&siku=leo")
    b.decoy("TV guide: programme start times and slot positions")
    b.ok_json(
        {
            "ratiba": [
                {"chaneli": ch, "kipindi": t, "kuanza": f"{h:02d}:00", "nafasi": i}
                for i, (ch, t, h) in enumerate(
                    [("Citizen TV", "Nipashe", 19), ("NTV", "The Fix", 20), ("KTN", "Dira", 21)]
                )
            ]
        }
    )
    return b.build()


def maendeleo(c: Context) -> Flow:
    k, t = c.rng.choice(VIPINDI)
    b = _api(c, "POST", "/v2/tazama/maendeleo")
    b.header("x-kifaa-id", b.id("aid_tazama", where="header x-kifaa-id"))
    b.view("json kipindiId + nafasi (position s) + muda")
    muda = c.rng.randint(1200, 3000)
    b.json(
        {
            "mtumiaji": b.acct("tazama_user"),
            "kipindiId": k,
            "jina": t,
            "nafasi": c.rng.randint(10, muda),
            "muda": muda,
            "ilianza": iso(c),
        }
    )
    b.no_content()
    return b.build()


def endelea_kutazama(c: Context) -> Flow:
    b = _api(c, "GET", "/v2/mimi/endelea-kutazama")
    b.view("response json endelea[] (programme, position, last watched)", direction="response")
    b.ok_json(
        {
            "endelea": [
                {"kipindiId": k, "jina": t, "nafasi": c.rng.randint(60, 2400), "mwisho": iso(c)}
                for k, t in c.rng.sample(VIPINDI, 3)
            ]
        }
    )
    return b.build()


def mux_beacon(c: Context) -> Flow:
    k, t = c.rng.choice(VIPINDI)
    b = _b(c, "POST", "https://k3v7q2s9d1.litix.io", "mux")
    b.view("json events[] video_title + player_playhead_time + view_watch_time (Mux Data)")
    b.other_id("mux_viewer_id", "json metadata.mux_viewer_id (Mux install id)")
    view_id = rid(c.rng)
    b.json(
        {
            "metadata": {
                "env_key": "k3v7q2s9d1",
                "mux_viewer_id": rid(c.rng),
                "player_name": "tazama-exo",
                "viewer_os_family": "Android",
                "viewer_device_model": MODEL,
            },
            "events": [
                {
                    "e": e,
                    "view_id": view_id,
                    "video_id": k,
                    "video_title": t,
                    "video_stream_type": "on-demand",
                    "player_playhead_time": c.rng.randint(1000, 2_400_000),
                    "view_watch_time": c.rng.randint(1000, 2_400_000),
                    "viewer_time": ms(c),
                }
                for e in ("playing", "heartbeat")
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _api(c, "POST", "/v1/t")
    b.view("json b: base64 rows programme|position|duration|epoch", detectable=False)
    rows = ";".join(
        f"{k}|{c.rng.randint(10, 2400)}|{c.rng.randint(2400, 3000)}|{int(c.now)}"
        for k, _ in c.rng.sample(VIPINDI, 3)
    )
    b.json({"v": 3, "b": b64(rows)})
    b.no_content()
    return b.build()


def _af(c: Context, host: str, event: dict[str, object]) -> Flow:
    b = _b(c, "POST", f"https://{host}/api/v6.13/androidevent?app_id={APP_ID}&buildnumber=6.13.0")
    b.header("user-agent", "okhttp/4.12.0")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId (AppsFlyer)"),
        "uid": b.id("tazama_af_uid", where="json uid (AppsFlyer)"),
        "android_id": b.id("aid_tazama", where="json android_id (AppsFlyer)"),
        "appsflyerKey": "qV7mT2kd9XwLrS4hN8bZpA",
        "af_timestamp": str(ms(c)),
        "model": MODEL,
        "brand": "samsung",
        "operator": "Safaricom",
        "country": "KE",
        "lang_code": "sw",
        "deviceType": "user",
        "app_version_name": "4.8.2",
    }
    body.update(event)
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    return _af(c, "launches.appsflyer.com", {"launch_counter": str(c.rng.randint(1, 90))})


def appsflyer_event(c: Context) -> Flow:
    return _af(
        c,
        "inapps.appsflyer.com",
        {
            "eventName": "af_subscribe",
            "eventValue": '{"af_revenue":"299","af_currency":"KES","plan":"wiki"}',
        },
    )


def firebase_installation(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tazama-plus/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("tazama_fid", where="json fid (Firebase installation id)"),
            "appId": "1:402118866301:android:5b1e0c7f2a9d3e44",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/402118866301/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = _b(c, "POST", "https://rtb.adhub-afrika.example/openrtb2/auction", "adhub")
    b.header("x-openrtb-version", "2.5")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}, "bidfloor": 0.05}],
            "app": {"bundle": APP_ID, "name": "Tazama+", "cat": ["IAB1"]},
            "device": {
                "ifa": b.id("gaid", where="json device.ifa (OpenRTB)"),
                "ua": UA,
                "os": "Android",
                "osv": "14",
                "model": MODEL,
                "carrier": "Safaricom",
                "lmt": 0,
                "geo": {"country": "KEN", "type": 2},
            },
            "tmax": 300,
        }
    )
    b.respond(204, None)
    return b.build()


def freq_cap(c: Context) -> Flow:
    b = _b(c, "GET", "https://rtb.adhub-afrika.example/v1/cap", "adhub")
    b.param("h", b.id("gaid", how="md5", where="query h (md5 of advertising id)", detectable=False))
    b.param("s", "320x50")
    b.ok_json({"cap": c.rng.randint(2, 6), "used": c.rng.randint(0, 2)})
    return b.build()


def subscription(c: Context) -> Flow:
    b = _api(c, "GET", "/v2/usajili")
    b.ok_json({"mpango": "wiki", "bei": 299, "sarafu": "KES", "inaisha": iso(c)})
    return b.build()


def rating(c: Context) -> Flow:
    b = _api(c, "GET", f"/v2/vipindi/{c.rng.choice(VIPINDI)[0]}/maoni")
    b.decoy("star rating and review counts")
    b.ok_json({"wastani": rf(c.rng, 3, 5, 1), "maoni": c.rng.randint(10, 900)})
    return b.build()


def historia_malipo(c: Context) -> Flow:
    b = _api(c, "GET", "/v2/mimi/historia-ya-malipo")
    b.decoy("historia: payment history, not watch history")
    b.ok_json(
        {
            "malipo": [
                {
                    "tarehe": iso(c),
                    "kiasi": 299,
                    "njia": "M-Pesa",
                    "risiti": "S" + new_hex(c.rng, 9).upper(),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
