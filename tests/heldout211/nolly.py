"""NollyStream: a Nollywood streaming app on the coordinator's own phone.

The backend is Lagos-built: paths and keys mix English with Nigerian Pidgin
(`don_watch_reach` = how far I have watched, `wetin_dey_play` = now playing,
`film_dem` = the films, `continue_where_you_stop`). Watch progress goes to the
app's backend; a compact player beacon sends nameless rows. AppsFlyer launches
and in-app events carry `advertiserId`, AppsFlyer's `uid` and `android_id`
(the SDK's ServerParameters names), and `af_content_view` names the film
opened (with its id). Pre-roll ads are bought through an OpenRTB 2.5 exchange
(`device.ifa`, hashed platform ids `dpidsha1` / `dpidmd5`,
https://www.iab.com/guidelines/openrtb/). GA4 screen views go through the
Measurement Protocol app-stream form (`app_instance_id`). The catalogue, the
trending counts ("people wey don watch am"), trailers' durations and HLS
segments are content, not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import CB, dalvik, iso, ms, rf, rid, ua

API = "https://api.nollystream.example"
UA = ua("NollyStream", "6.2.4")
FILMS = [
    ("nf2031", "Omo Ghetto: Di Saga Continues", 8100),
    ("nf2044", "Lagos Landlord Wahala", 6300),
    ("nf2057", "Ìyá Ibadan", 5700),
    ("nf2063", "Aso Ebi Palava", 6900),
    ("nf2078", "King of Oyo Road", 7500),
    ("nf2090", "Danfo Driver 2", 6000),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:903318275561:android:c41e08a7d3b2f961&api_secret=Pq7wLx2VnB0sTd9KcR4mZy"
)


def _b(c: Context, method: str, url: str, device: bool = False) -> CB:
    b = CB(c, "nollystream", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_nolly", where="header x-device-id"))
    return b


def _film(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(FILMS)


def watch_progress(c: Context) -> Flow:
    fid, title, dur = _film(c)
    b = _b(c, "POST", f"{API}/v3/watch/progress", device=True)
    b.view("json film_id/title/don_watch_reach (seconds)")
    b.json(
        {
            "film_id": fid,
            "title": title,
            "don_watch_reach": c.rng.randint(30, dur),
            "duration": dur,
            "finished": False,
            "profile": "Mummy Tobi",
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/continue-where-you-stop?limit=8")
    b.view("response json film_dem[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        fid, title, dur = _film(c)
        rows.append(
            {
                "film_id": fid,
                "title": title,
                "don_watch_reach": c.rng.randint(120, dur - 120),
                "duration": dur,
                "last_watch": iso(c),
            }
        )
    b.ok_json({"film_dem": rows})
    return b.build()


def player_beacon(c: Context) -> Flow:
    """The player's compact beacon: [film, second, ts] rows under 'r'."""
    b = _b(c, "POST", f"{API}/pb/2")
    b.view("json r[] rows [film, second, ts]", detectable=False)
    rows = [
        [int(_film(c)[0][2:]), c.rng.randint(10, 8000), ms(c)] for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "k": 2}, "gzip")
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = CB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.nollystream.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("nolly_af_uid", where="json uid"),
            "android_id": b.id("aid_nolly", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.2.4",
            "model": "TECNO CK6n",
            "brand": "TECNO",
            "lang_code": "en",
            "country": "NG",
            "operator": "MTN NG",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    fid, title, _ = _film(c)
    b = CB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.nollystream.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventName=af_content_view eventValue af_content_id / af_content")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": '{"af_content_id":"' + fid + '","af_content":"' + title + '"}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("nolly_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = CB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.nollystream.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": '{"af_revenue":"1500","af_currency":"NGN","plan":"monthly"}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("nolly_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = CB(c, "rtb-exchange", "POST", "https://bid.lagosadx.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik())
    b.decoy("bid id uuid, user.id hex, geo coordinates, video minduration")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "nolly_preroll",
                    "video": {"mimes": ["video/mp4"], "minduration": 5, "maxduration": 30},
                    "bidfloor": 0.4,
                }
            ],
            "app": {
                "bundle": "com.nollystream.app",
                "name": "NollyStream",
                "cat": ["IAB1-5"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik(),
                "ifa": b.id("gaid", where="json device.ifa"),
                "dpidsha1": b.id("aid_nolly", "sha1", "json device.dpidsha1"),
                "dpidmd5": b.id("aid_nolly", "md5", "json device.dpidmd5"),
                "lmt": 0,
                "make": "TECNO",
                "model": "CK6n",
                "os": "android",
                "osv": "13",
                "devicetype": 4,
                "carrier": "MTN NG",
                "geo": {"lat": rf(c.rng, 6.49, 6.52, 4), "lon": rf(c.rng, 3.34, 3.37, 4)},
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 350,
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def ads_config_opaque(c: Context) -> Flow:
    """The ad mediation config: the ANDROID_ID's SHA-256 under a one-letter field."""
    b = _b(c, "POST", f"{API}/ac")
    b.form([("a", "com.nollystream.app"), ("d", b.id("aid_nolly", "sha256", "form d", False))])
    b.ok_json({"p": [3, 7], "i": 240})
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = CB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("nolly_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Home", "Search", "MyList", "Downloads"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/films?genre=comedy&page=1")
    b.decoy("catalogue with film durations (content fetch)")
    b.ok_json(
        {
            "film_dem": [
                {"film_id": f, "title": t, "duration": d, "poster": f"/p/{f}.jpg"}
                for f, t, d in FILMS
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/trending?region=NG&period=7d")
    b.decoy("aggregate view counts: people wey don watch am (not one person's viewing)")
    b.ok_json(
        {
            "trending": [
                {"film_id": f, "title": t, "people_wey_don_watch": c.rng.randint(10**4, 10**6)}
                for f, t, _ in FILMS
            ]
        }
    )
    return b.build()


def trailer(c: Context) -> Flow:
    fid, title, _ = _film(c)
    b = _b(c, "GET", f"{API}/v3/films/{fid}/trailer")
    b.decoy("trailer duration and start position (content metadata)")
    b.ok_json(
        {
            "film_id": fid,
            "title": title,
            "trailer_url": f"https://vod.nollystream.example/t/{fid}/master.m3u8",
            "duration": c.rng.randint(60, 150),
            "start_position": 0,
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    fid = _film(c)[0]
    b = CB(
        c,
        "nollystream",
        "GET",
        f"https://vod.nollystream.example/{fid}/720p/seg-{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
