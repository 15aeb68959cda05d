"""ZuvaPlay: a pan-African pay-TV operator's streaming app (the father's Galaxy A34
in Harare).

The operator's own player telemetry mixes Shona with English (`kutarisa` =
watching, `nguva` = time, `chikamu` = episode, `mudziyo` = device,
`nzvimbo` = position). Playback is also reported to Conviva: the CWS heartbeat
(`POST https://<customer>.cws.conviva.com/0/wsg`, `t` CwsSessionHb, client id
`clid`, session id `sid`, asset name `an`, content tags `c3.cm.*`, play head
`pht`), whose answer echoes the `clid`. The app registers with Firebase
Installations (`fid`, FIS_v2) and binds the ANDROID_ID and advertising id to
the subscription. An older player build sends positional beacons (`b`) with
content numbers and seconds. The catalogue, search, EPG, trailers, thumbnails
and HLS segments are content fetches; the "top ten in Zimbabwe" counts are
aggregate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.zuvaplay.example"
CONVIVA = "https://zuvaplay-af.cws.conviva.com/0/wsg"
UA = ua("ZuvaPlay", "6.2.1", "baba")
SHOWS = [
    ("zp1041", "Mukadzi Wangu", 2520),
    ("zp1077", "Bulawayo Nights", 2700),
    ("zp1102", "Gogo's Kitchen", 1500),
    ("zp1130", "Chimurenga Stories", 3000),
    ("zp1164", "Lusaka Law", 2640),
    ("zp1189", "Dynamos vs Highlanders (replay)", 5700),
]
CHANNELS = ["ZuvaSport 1", "ZuvaMagic", "ZBC TV", "Africa News 24", "Zuva Gospel"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "zuvaplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-mudziyo-id", b.id("aid_paytv", where="header x-mudziyo-id"))
    return b


def _show(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SHOWS)
    return sid, title, c.rng.randint(1, 26), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/zuvaplay-prod/installations",
    )
    b.header("user-agent", dalvik("baba"))
    b.header("x-goog-api-key", "AIzaSyD" + new_hex(c.rng, 32))
    fid = b.id("paytv_fid", where="json fid")
    b.json({"fid": fid, "appId": "1:70231948811:android:4c0e2b7d91aa33f0",
            "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})  # fmt: skip
    b.other_id("paytv_fid", "response json fid", direction="response")
    b.ok_json(
        {
            "name": f"projects/70231948811/installations/{fid}",
            "fid": fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/mudziyo/register")
    b.json(
        {
            "mudziyo": {
                "androidId": b.id("aid_paytv", where="json mudziyo.androidId"),
                "adId": b.id("gaid_baba", where="json mudziyo.adId"),
                "fid": b.id("paytv_fid", where="json mudziyo.fid"),
                "modhi": "SM-A346E",
                "os": "Android 14",
            },
            "account": b.acct("paytv_user"),
            "country": "ZW",
        }
    )
    b.ok_json({"ok": True, "maxStreams": 2, "drm": "widevine-l1"})
    return b.build()


def kutarisa_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/player/kutarisa", device=True)
    sid, title, ep, dur = _show(c)
    b.view("json kutarisa{contentId,zita,nzvimbo,nguvaYakatariswa}")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "kutarisa": {
                "contentId": sid,
                "zita": title,
                "chikamu": ep,
                "nzvimbo": pos,
                "nguvaYakatariswa": min(pos, c.rng.randint(60, 1800)),
                "kureba": dur,
                "chiitiko": c.rng.choice(["play", "pause", "heartbeat", "stop"]),
                "nguva": iso(c),
            },
            "quality": c.rng.choice(["480p", "720p"]),
        }
    )
    b.no_content()
    return b.build()


def live_channel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/player/live/heartbeat", device=True)
    b.view("json channel + watchedSeconds (live)")
    b.json(
        {
            "channel": c.rng.choice(CHANNELS),
            "programme": c.rng.choice(SHOWS)[1],
            "watchedSeconds": c.rng.randint(30, 900),
            "startedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def conviva_hb(c: Context) -> Flow:
    b = FB(c, "conviva", "POST", CONVIVA)
    b.header("user-agent", dalvik("baba"))
    sid, title, ep, dur = _show(c)
    b.view("json an + c3.cm.* tags + pht (Conviva heartbeat)")
    clid = b.id("conviva_clid", where="json clid")
    st = c.rng.randint(20000, 2000000)
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.zuvaplay-af",
            "clid": clid,
            "sid": c.rng.randint(10**8, 10**9),
            "seq": c.rng.randint(1, 90),
            "st": st,
            "sst": ms(c) - st,
            "pver": "2.156",
            "clv": "4.0.38",
            "iid": c.rng.randint(10**7, 10**8),
            "an": f"{title} S1E{ep}",
            "cl": dur,
            "pht": c.rng.randint(1, dur) * 1000,
            "ps": 3,
            "br": c.rng.choice([900, 1800, 3200]),
            "tags": {
                "c3.cm.id": sid,
                "c3.cm.name": title,
                "c3.cm.seriesName": title,
                "c3.cm.episodeNumber": str(ep),
                "c3.cm.contentType": "VOD",
                "c3.cm.channel": c.rng.choice(CHANNELS),
                "c3.device.category": "AND",
            },
            "evs": [{"t": "CwsStateChangeEvent", "seq": 0, "st": 0, "new": {"ps": 3}}],
        }
    )
    b.other_id("conviva_clid", "response json clid", direction="response")
    b.ok_json({"clid": clid, "err": "ok", "cfg": {"hbi": 20, "maxhbinfos": 2, "slg": False}})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Older player build: positional rows [content#, episode, position s, watched s, ms]."""
    b = FB(c, "zuvaplay", "POST", f"{API}/b")
    b.header("user-agent", "zp-player/2.3")
    b.view("form b (base64 positional rows)", detectable=False)
    rows = ";".join(
        f"{c.rng.randint(1000, 1200)},{c.rng.randint(1, 26)},{c.rng.randint(10, 3000)},"
        f"{c.rng.randint(10, 600)},{ms(c)}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.form([("v", "2"), ("b", b64(rows))])
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/account/enderera?limit=10")
    b.view("response json enderera[] (continue watching, positions)", direction="response")
    b.ok_json(
        {
            "enderera": [
                {
                    "contentId": s,
                    "zita": t,
                    "nzvimbo": c.rng.randint(60, d),
                    "kureba": d,
                    "yakapedzisirwa": iso(c),
                }
                for s, t, d in c.rng.sample(SHOWS, 4)
            ]
        }
    )
    return b.build()


def nhoroondo(c: Context) -> Flow:
    """Watch history screen (nhoroondo = history)."""
    b = _b(c, "GET", f"{API}/v3/account/nhoroondo?page=1")
    b.view("response json nhoroondo[] (watch history)", direction="response")
    b.ok_json(
        {
            "nhoroondo": [
                {"zita": t, "chikamu": c.rng.randint(1, 26), "yakatariswa": iso(c)}
                for _, t, _ in c.rng.sample(SHOWS, 5)
            ]
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogue/rails?region=ZW&lang=sn")
    b.ok_json(
        {
            "rails": [
                {"zita": "Zvitsva", "items": [s for s, _, _ in c.rng.sample(SHOWS, 4)]},
                {"zita": "Mitambo", "items": ["zs_psl", "zs_epl", "zs_afcon"]},
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c,
        "zuvaplay",
        "GET",
        f"https://img.zuvaplay.example/poster/{c.rng.choice(SHOWS)[0]}/w342.jpg",
    )
    b.header("user-agent", UA)
    b.decoy("poster thumbnail of a show")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(
        c,
        "zuvaplay",
        "GET",
        f"https://vod.zuvaplay.example/{sid}/720p/seg_{c.rng.randint(1, 900):05d}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["dynamos", "mukadzi", "gospel", "afcon"])
    b = _b(c, "GET", f"{API}/v3/tsvaga?q={q}")
    b.decoy("search query and results")
    b.ok_json({"mhinduro": [{"id": s, "zita": t} for s, t, _ in c.rng.sample(SHOWS, 3)]})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/epg?channel={c.rng.randint(100, 180)}&date={iso(c)[:10]}")
    b.decoy("programme guide with start times")
    b.ok_json(
        {
            "zvirongwa": [
                {"zita": t, "kutanga": f"{h:02d}:00", "kureba": d // 60}
                for h, (_, t, d) in zip(range(17, 21), SHOWS, strict=False)
            ]
        }
    )
    return b.build()


def top_ten(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top10?country=ZW")
    b.decoy("aggregate view counts (not one viewer)")
    b.ok_json({"top": [{"zita": t, "views": c.rng.randint(10**3, 10**6)} for _, t, _ in SHOWS]})
    return b.build()


def trailer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/trailer/{c.rng.choice(SHOWS)[0]}/manifest.m3u8")
    b.decoy("trailer manifest fetch")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-STREAM-INF:BANDWIDTH=1800000\n720p.m3u8\n",
    )
    return b.build()


def analytics_opaque(c: Context) -> Flow:
    """A QoE ping keyed by the md5 of the ANDROID_ID under 'u'."""
    b = FB(c, "zuvaplay", "GET", f"{API}/q")
    b.header("user-agent", "zp-player/2.3")
    b.param("u", b.id("aid_paytv", "md5", "query u", detectable=False))
    b.param("rb", str(c.rng.randint(0, 5)))
    b.param("bw", str(c.rng.randint(500, 9000)))
    b.param("t", str(ms(c)))
    b.no_content()
    return b.build()
