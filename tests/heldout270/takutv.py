"""TakuTV: an Indigenous broadcaster's streaming app (the daughter's moto g in Iqaluit).

The broadcaster's backend speaks Inuktitut: progress keys are in syllabics
(ᑕᑯᔭᐅᔪᖅ takujaujuq 'what was seen', ᐊᑎᖓ atinga 'its name', ᐃᓂᖓ ininga 'its
place' = position, ᓯᑯᓐᑎ sikunti 'seconds', ᐃᑲᕐᕋᖅ ikarraq 'time',
ᐃᓱᓕᖅᑐᖅ isuliqtuq 'finished', ᖃᕆᓴᐅᔭᖅ qarasaujaq 'computer / device'), the
watch-history answer uses roman orthography (takujaujut, takunnarniq) and the
catalogue is bilingual English / French. Player sessions go to Conviva
(`/0/wsg` JSON: `t` CwsSessionHb, `cid` customer key, `clid` client id, `sid`,
`seq`, `pht` playhead ms, `tags` with c3.cm.name / c3.cm.seriesName, `evs`
state changes); video events go to GA4 through the Measurement Protocol
(app stream: `firebase_app_id`, `app_instance_id`, `video_progress`); the app
registers with Firebase Installations. The player's compact beacon ships its
rows as base64 of gzip. Catalogue, search, thumbnails, the EPG, HLS segments
and the 'most watched in Nunavut' counts are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.takutv.example"
CONVIVA = "https://nunami-broadcast.cws.conviva.com/0/wsg"
UA = ua("TakuTV", "3.9.0", "panik")
SHOWS = [
    ("tk-0412", "Qanurli", "S04E0", 1380),
    ("tk-0527", "Nunavut Qiajuq", "S01E0", 2640),
    ("tk-0611", "Inuit Nunangat Nuutauvik", "S02E0", 1500),
    ("tk-0733", "Ukiuqtaqtumi Qajaq", "S01E0", 2580),
    ("tk-0802", "Takuginai", "S07E0", 780),
    ("tk-0915", "Angakkuit Unikkaangit", "S01E0", 3120),
]
LIVE = ["TakuTV Nunavut", "TakuTV Nunavik", "TakuTV Kalaallit", "CBC North"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:480216655931:android:3bc0f2d7a19e44c8&api_secret=Qw7mZk2Rt0pNaLb4VxYs8d"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "takutv", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "iu-Cans-CA,iu;q=0.9,en-CA;q=0.8,fr-CA;q=0.6")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-qarasaujaq", b.id("aid_taku", where="header x-qarasaujaq"))
    return b


def _ep(c: Context) -> tuple[str, str, int]:
    sid, title, season, dur = c.rng.choice(SHOWS)
    return sid, f"{title} {season}{c.rng.randint(1, 9)}", dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/takutv-iu/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ca.takutv.android")
    b.json(
        {
            "fid": b.id("taku_fid", where="json fid"),
            "appId": "1:480216655931:android:3bc0f2d7a19e44c8",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/480216655931/installations/" + c.phone.taku_fid,
            "fid": b.id("taku_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/{quote('ᖃᕆᓴᐅᔭᖅ')}/register", device=False)
    b.json(
        {
            "ᖃᕆᓴᐅᔭᖅ": {
                "androidId": b.id("aid_taku", where="json ᖃᕆᓴᐅᔭᖅ.androidId"),
                "adId": b.id("gaid_panik", where="json ᖃᕆᓴᐅᔭᖅ.adId"),
                "fid": b.id("taku_fid", where="json ᖃᕆᓴᐅᔭᖅ.fid"),
                "model": "moto g 5G - 2024",
            },
            "uqausiq": "iu-Cans",
            "nuna": "NU",
        }
    )
    b.ok_json({"atuqtuq": True, "limit": 3})
    return b.build()


def progress(c: Context) -> Flow:
    sid, title, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/{quote('ᑕᑯᓐᓇᕐᓂᖅ')}/progress")
    b.view("json ᑕᑯᔭᐅᔪᖅ{ᐊᑎᖓ, ᐃᓂᖓ_ᓯᑯᓐᑎ} (syllabics watch position)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "ᑕᑯᔭᐅᔪᖅ": {
                "id": sid,
                "ᐊᑎᖓ": title,
                "ᐃᓂᖓ_ᓯᑯᓐᑎ": pos,
                "ᑕᑭᓂᖓ_ᓯᑯᓐᑎ": dur,
                "ᐃᓱᓕᖅᑐᖅ": pos > dur - 60,
            },
            "ᐃᑲᕐᕋᖅ": iso(c),
            "atuqti": b.acct("taku_user"),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/atuqti/takujaujut?qaffit=8")
    b.view("response json takujaujut[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        sid, title, dur = _ep(c)
        rows.append(
            {
                "id": sid,
                "atinga": title,
                "takunnarniq_sikunti": c.rng.randint(60, dur),
                "takujaujuq": iso(c),
            }
        )
    b.ok_json({"takujaujut": rows, "qaffit": len(rows)})
    return b.build()


def live_ping(c: Context) -> Flow:
    """Live-channel watch time; the payload is a JSON string inside the JSON body."""
    b = _b(c, "POST", f"{API}/v2/live/ping")
    b.view("json p (JSON string: channel + sikunti watched)")
    inner = {"channel": c.rng.choice(LIVE), "sikunti": c.rng.choice([30, 60, 60]), "t": ms(c)}
    b.json({"p": js(inner), "v": 2})
    b.ok_json({"ok": 1})
    return b.build()


def conviva_hb(c: Context) -> Flow:
    sid, title, dur = _ep(c)
    b = FB(c, "conviva", "POST", CONVIVA)
    b.header("user-agent", UA)
    b.view("json CwsSessionHb: tags c3.cm.name + pht playhead")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.NunamiBroadcasting",
            "clid": b.id("taku_conviva_clid", where="json clid"),
            "sid": c.rng.randint(10**8, 10**9),
            "seq": c.rng.randint(1, 40),
            "pver": "2.5",
            "iid": c.rng.randint(10**6, 10**7),
            "sdk": True,
            "st": ms(c),
            "pht": c.rng.randint(10, dur) * 1000,
            "ps": 3,
            "an": f"[{sid}] {title}",
            "tags": {
                "c3.cm.name": title,
                "c3.cm.seriesName": title.rsplit(" ", 1)[0],
                "c3.cm.contentType": "VOD",
                "c3.cm.channel": "TakuTV",
                "c3.app.name": "TakuTV Android",
            },
            "evs": [{"t": "CwsStateChangeEvent", "seq": 0, "st": 0, "new": {"ps": 3}}],
        }
    )
    b.ok_json({"err": "ok", "clid": c.phone.taku_conviva_clid, "hbi": 20})
    b.id("taku_conviva_clid", where="response json clid", direction="response")
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} + video_title")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("taku_app_instance", where="json app_instance_id"),
            "user_id": b.acct("taku_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": title,
                        "video_provider": "takutv",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("taku_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["ᐊᒃᑐᐊᓂᖅ", "Live", "ᕿᓂᕐᓂᖅ", "Profile"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: base64 of gzipped [show, second, ts] rows."""
    b = _b(c, "POST", f"{API}/b", device=False)
    b.view("form z (base64 of gzip rows)", detectable=False)
    rows = [
        [int(c.rng.choice(SHOWS)[0][3:]), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.form([("z", b64(gz(js(rows).encode()))), ("k", "3")])
    b.no_content()
    return b.build()


def config_hashed(c: Context) -> Flow:
    """Remote config; an unnamed header 'x-q' holds sha1 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/config?platform=android", device=False)
    b.header("x-q", b.id("aid_taku", "sha1", "header x-q", detectable=False))
    b.ok_json({"hls": True, "maxBitrate": 4500000, "uqausiit": ["iu-Cans", "iu-Latn", "en", "fr"]})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/{quote('ᐊᒃᑐᐊᓂᖅ')}?genre=unikkaat&page=1", device=False)
    b.decoy("catalogue with durations and episode counts (content fetch)")
    b.ok_json(
        {
            "ᓴᖅᑭᑎᑕᐅᔪᑦ": [
                {
                    "id": sid,
                    "atinga": {"iu": title, "en": title, "fr": title},
                    "ᑕᑭᓂᖓ_ᓯᑯᓐᑎ": dur,
                    "poster": f"https://img.takutv.example/p/{sid}.jpg",
                }
                for sid, title, _s, dur in SHOWS
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["qajaq", "ᐊᖓᑦᑲᖅ", "nanuq", "Qanurli"])
    b = _b(c, "GET", f"{API}/v2/{quote('ᕿᓂᕐᓂᖅ')}?q={quote(q)}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"results": [{"id": s, "atinga": t, "duration": d} for s, t, _x, d in SHOWS[:3]]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "takutv", "GET", f"https://img.takutv.example/p/{sid}/w480.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top?nuna=NU&days=7", device=False)
    b.decoy("aggregate view counts for Nunavut (not one viewer)")
    b.ok_json(
        {
            "top": [
                {"id": s, "atinga": t, "views": c.rng.randint(800, 40000)} for s, t, _x, _d in SHOWS
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/live/guide?channel={c.rng.randint(1, 4)}", device=False)
    b.decoy("EPG start times and durations (content fetch)")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "minutes": c.rng.choice([30, 60])}
                for t in ("Nunatsiaq News", "Qanurli", "Kipling Wrestling", "Igloolik Isuma")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(
        c,
        "takutv",
        "GET",
        f"https://vod.takutv.example/{sid}/720p/seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
