"""Internet-radio app ("WaveDial", TuneIn-style) with Triton and AdsWizz audio ads.

Sources: Triton Digital "Player Streaming Connection" (stream URL
`<mount>?lsid=<type>:<id>`), "Listener ID Management" (lsid = type prefix,
colon, value) and the On-Demand ad request parameters (stid, type) at
help.tritondigital.com; AdsWizz stream / VAST decoration (`aw_0_1st.playerid`,
`aw_0_1st.skey`, `listenerId`, `aw_0_req.gdpr`) as public players append it,
and the `deliveryengine.adswizz.com/vast/4.0/request/alias/<zone>` endpoint
from prebid-server's adswizz adapter. Listening sessions and recents go to the
app's own API (TuneIn-like names, this set's own).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.wavedial.fm"
UA = ua("WaveDial", "29.4")
STATIONS = [
    ("s24917", "KPOP-FM"),
    ("s11302", "Seoul Jazz"),
    ("s80211", "Lo-fi Cafe"),
    ("s50333", "Busan News Radio"),
    ("s77012", "Arirang Radio"),
]


def _b(ctx: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(ctx, "wavedial", method, url, params)
    b.header("user-agent", UA)
    return b


def listen_session(ctx: Context) -> Flow:
    sid, name = ctx.rng.choice(STATIONS)
    b = _b(ctx, "POST", f"{API}/profiles/{sid}/listen")
    b.view("json:guideId/listenSeconds/startedAt")
    b.json(
        {
            "guideId": sid,
            "stationName": name,
            "startedAt": iso(ctx),
            "listenSeconds": ctx.rng.randint(40, 5400),
            "source": "browse",
            "listenerId": b.id("radio_listener", where="json:listenerId"),
        }
    )
    b.no_content()
    return b.build()


def recents_sync(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", f"{API}/me/recents")
    b.view("json:recents[].guideId/lastPlayed/durationSec")
    items = [
        {
            "guideId": s,
            "title": n,
            "lastPlayed": ms(ctx) - ctx.rng.randint(1, 90) * 3600000,
            "durationSec": ctx.rng.randint(60, 7200),
        }
        for s, n in ctx.rng.sample(STATIONS, 3)
    ]
    b.json({"recents": items, "user": b.acct("radio_user")})
    b.ok_json({"ok": True})
    return b.build()


def podcast_progress(ctx: Context) -> Flow:
    ep = "p" + str(ctx.rng.randint(100000, 999999))
    b = _b(ctx, "POST", f"{API}/me/episodes/{ep}/position")
    b.view("form:position/duration")
    b.form([("position", str(ctx.rng.randint(0, 3000))), ("duration", "3312"), ("played", "0")])
    b.no_content()
    return b.build()


def triton_stream(ctx: Context) -> Flow:
    """Connecting to the stream: the app's listener id under lsid (type prefix 'app')."""
    mount = ctx.rng.choice(["KPOPFMAAC", "SJAZZ_SC", "LOFICAFE"])
    lsid = "app:" + ctx.phone.triton_lsid
    b = _b(
        ctx,
        "GET",
        f"https://playerservices.streamtheworld.com/api/livestream-redirect/{mount}.aac",
        [("lsid", lsid), ("burst-time", "15"), ("autoplay", "0")],
    )
    b.id("triton_lsid", where="query:lsid (app:<id>)", detectable=False)
    b.decoy("a stream fetch, not a listening report")
    b.respond(
        302, None, headers=[("location", f"https://17853.live.streamtheworld.com/{mount}.aac")]
    )
    return b.build()


def triton_ad(ctx: Context) -> Flow:
    lsid = "app:" + ctx.phone.triton_lsid
    b = _b(
        ctx,
        "GET",
        "https://cmod.live.streamtheworld.com/ondemand/ars",
        [
            ("stid", str(ctx.rng.randint(100000, 199999))),
            ("type", "preroll"),
            ("lsid", lsid),
            ("fmt", "vast"),
            ("dist", "wavedial-android"),
        ],
    )
    b.id("triton_lsid", where="query:lsid (app:<id>)", detectable=False)
    b.respond(200, "application/xml", b'<?xml version="1.0"?><VAST version="2.0"/>')
    return b.build()


def adswizz_vast(ctx: Context) -> Flow:
    zone = ctx.rng.choice(["wavedial_pre", "wavedial_mid"])
    b = _b(
        ctx,
        "GET",
        f"https://wavedial.deliveryengine.adswizz.com/vast/4.0/request/alias/{zone}",
        [
            ("aw_0_1st.playerid", "wavedial_android"),
            ("aw_0_1st.skey", str(int(ctx.now))),
            ("listenerId", ctx.phone.radio_listener),
            ("aw_0_req.gdpr", "0"),
            ("aw_0_req.userConsentV2", ""),
            ("aw_0_azn.pcountry", "KR"),
        ],
    )
    b.id("radio_listener", where="query:listenerId")
    b.respond(200, "application/xml", b'<?xml version="1.0"?><VAST version="4.0"/>')
    return b.build()


def adswizz_stream(ctx: Context) -> Flow:
    """The AdsWizz-decorated live stream: listenerId on a stream fetch."""
    b = _b(
        ctx,
        "GET",
        "https://live.wavedial.fm/kpopfm_128.mp3",
        [
            ("aw_0_1st.playerid", "wavedial_android"),
            ("aw_0_1st.skey", str(int(ctx.now))),
            ("listenerId", ctx.phone.radio_listener),
        ],
    )
    b.id("radio_listener", where="query:listenerId")
    b.decoy("audio stream fetch")
    b.respond(200, "audio/mpeg", b"ID3\x04\x00" + bytes(300))
    return b.build()


def ad_config(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/ads/config")
    b.json(
        {
            "advertisingId": b.id("oaid", where="json:advertisingId"),
            "idType": "oaid",
            "limitAdTracking": False,
            "deviceId": b.id("aid_radio", where="json:deviceId"),
        }
    )
    b.ok_json({"prerollEvery": 3, "companion": True})
    return b.build()


def station_search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["kpop", "jazz", "news", "lofi"])
    b = _b(ctx, "GET", f"{API}/search", [("q", q), ("limit", "20")])
    b.decoy("station search results")
    b.ok_json({"items": [{"guideId": s, "title": n} for s, n in STATIONS]})
    return b.build()


def now_playing(ctx: Context) -> Flow:
    sid, _ = ctx.rng.choice(STATIONS)
    b = _b(ctx, "GET", f"{API}/stations/{sid}/nowplaying")
    b.decoy("now-playing metadata of a station (public, not the user's history)")
    b.respond(
        200,
        "application/json",
        js({"artist": "NewJeans", "title": "Ditto", "ts": ms(ctx)}).encode(),
    )
    return b.build()


def station_logo(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "wavedial",
        "GET",
        f"https://cdn-radiotime-logos.wavedial.fm/{ctx.rng.choice(STATIONS)[0]}q.png",
    )
    b.decoy("station logo")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(ctx.rng.randint(0, 999), 300)[20:])
    return b.build()


def schedule(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/stations/{ctx.rng.choice(STATIONS)[0]}/schedule?date=today")
    b.decoy("programme schedule with start times and durations")
    b.ok_json(
        {
            "items": [
                {"start": ms(ctx) + i * 3600000, "duration": 3600, "show": f"Show {i}"}
                for i in range(6)
            ],
            "traceId": rid(ctx.rng),
        }
    )
    return b.build()
