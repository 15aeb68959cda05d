"""Nalu Hawaiʻi: a surf-forecast app with live beach webcams (the father's Pixel 8).

Forecasts (wave heights, swell period, wind), tide series from NOAA CO-OPS,
a surf session's GPS track and webcam snapshots are ordinary data. Watching a
webcam's live stream is viewing: the app reports the camera and the seconds
watched to its backend (`kamela` = camera, `kekona_nana`) and to Amplitude's
HTTP V2 API (`api_key`, `events[]` with `device_id`, `adid`, `event_type`
"Webcam Watched"). The legacy Amplitude form upload (`e=` JSON, `checksum`)
still runs on app start. AppsFlyer gets the launch. A spot-favourites sync
carries a SHA-1 of the ANDROID_ID in a header named `x-s`.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.naluhawaii.example"
CAM = "https://cams.naluhawaii.example"
UA = ua("NaluHawaii", "5.1.3")
AMP_KEY = "c1e5b0a9f27d4e8a93b6d01f5a7c2e44"
SPOTS = [
    ("honolii", "Honoliʻi", 19.757, -155.091),
    ("richardsons", "Richardson's", 19.735, -155.028),
    ("waikiki-queens", "Queens, Waikīkī", 21.270, -157.826),
    ("alamoana-bowls", "Ala Moana Bowls", 21.287, -157.850),
    ("pipeline", "Pipeline", 21.665, -158.053),
    ("makapuu", "Makapuʻu", 21.313, -157.660),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "naluhawaii", method, url)
    b.header("user-agent", UA)
    return b


def _spot(c: Context) -> tuple[str, str, float, float]:
    return c.rng.choice(SPOTS)


def amplitude_webcam(c: Context) -> Flow:
    sid, name, _, _ = _spot(c)
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", UA)
    b.view("json events[].event_type=Webcam Watched, seconds_watched")
    b.json(
        {
            "api_key": AMP_KEY,
            "events": [
                {
                    "device_id": b.id("nalu_amp_id", where="json events[].device_id"),
                    "user_id": b.acct("nalu_user"),
                    "event_type": "Webcam Watched",
                    "time": ms(c),
                    "event_properties": {
                        "cam_id": sid,
                        "cam_name": name,
                        "seconds_watched": c.rng.randint(15, 600),
                        "quality": c.rng.choice(["hd", "sd"]),
                    },
                    "adid": b.id("gaid_papa", where="json events[].adid"),
                    "platform": "Android",
                    "os_version": "14",
                    "device_model": "Pixel 8",
                    "session_id": ms(c) - c.rng.randint(10_000, 900_000),
                    "insert_id": rid(c.rng),
                }
            ],
            "options": {"min_id_length": 1},
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1, "payload_size_bytes": 812})
    return b.build()


def amplitude_legacy(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api.amplitude.com/")
    b.header("user-agent", UA)
    events = [
        {
            "event_type": "session_start",
            "device_id": b.id("nalu_amp_id", where="form e[].device_id"),
            "timestamp": ms(c),
            "event_properties": {},
            "api_properties": {
                "androidADID": b.id("gaid_papa", where="form e[].api_properties.androidADID"),
                "limit_ad_tracking": False,
            },
            "library": {"name": "amplitude-android", "version": "2.39.8"},
            "sequence_number": c.rng.randint(10, 900),
        }
    ]
    e = js(events)
    upload = str(ms(c))
    checksum = hashlib.md5(("2" + AMP_KEY + e + upload).encode()).hexdigest()
    b.form(
        [("v", "2"), ("client", AMP_KEY), ("e", e), ("upload_time", upload), ("checksum", checksum)]
    )
    b.respond(200, "text/plain", b"success")
    return b.build()


def kamela_nana(c: Context) -> Flow:
    sid, name, _, _ = _spot(c)
    b = _b(c, "POST", f"{API}/v2/kamela/{sid}/nana")
    b.header("x-hamea", b.id("aid_nalu", where="header x-hamea"))
    b.view("json kamela + kekona_nana (live webcam watch time)")
    b.json(
        {
            "kamela": name,
            "kekona_nana": c.rng.randint(20, 900),
            "hoomaka": iso(c),
            "kahua": "ola",
        }
    )
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.13/androidevent?app_id=com.naluhawaii.surf"
        "&buildnumber=6.13.1",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "uid": b.id("nalu_af_uid", where="json uid"),
            "advertiserId": b.id("gaid_papa", where="json advertiserId"),
            "android_id": b.id("aid_nalu", where="json android_id"),
            "appsflyerKey": "Xn3bLq7R2kWz9TfGh5vPaM",
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.1.3",
            "model": "Pixel 8",
            "counter": str(c.rng.randint(2, 90)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def favourites_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/punahele")
    b.header("x-s", b.id("aid_nalu", "sha1", "header x-s", detectable=False))
    b.json({"kahakai": [s[0] for s in c.rng.sample(SPOTS, 3)], "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def forecast(c: Context) -> Flow:
    sid, name, lat, lon = _spot(c)
    b = _b(c, "GET", f"{API}/v2/wanana/{sid}?la=5")
    b.decoy("surf heights, swell periods and wind (forecast series)")
    b.ok_json(
        {
            "kahakai": name,
            "lat": lat,
            "lon": lon,
            "wanana": [
                {
                    "manawa": iso(c),
                    "nalu_kiekie_ft": [rf(c.rng, 1, 12, 1), rf(c.rng, 2, 15, 1)],
                    "kau_ale_s": rf(c.rng, 8, 18, 1),
                    "makani_mph": rf(c.rng, 2, 25, 1),
                    "kuhikuhi": c.rng.choice(["NW", "N", "S", "SSW", "ENE"]),
                }
                for _ in range(8)
            ],
        }
    )
    return b.build()


def tides(c: Context) -> Flow:
    station = c.rng.choice(["1617760", "1612340"])
    q = urlencode(
        {
            "product": "predictions",
            "station": station,
            "datum": "MLLW",
            "time_zone": "lst_ldt",
            "units": "english",
            "interval": "hilo",
            "format": "json",
            "begin_date": "20241201",
            "range": "48",
        }
    )
    b = FB(c, "noaa", "GET", f"https://api.tidesandcurrents.noaa.gov/api/prod/datagetter?{q}")
    b.header("user-agent", UA)
    b.decoy("tide prediction time series")
    b.ok_json(
        {
            "predictions": [
                {
                    "t": f"2024-12-0{1 + i // 4} {(i * 6) % 24:02d}:{c.rng.randint(0, 59):02d}",
                    "v": f"{rf(c.rng, -0.3, 2.4, 3)}",
                    "type": "H" if i % 2 else "L",
                }
                for i in range(8)
            ]
        }
    )
    return b.build()


def session_track(c: Context) -> Flow:
    _, name, lat, lon = _spot(c)
    b = _b(c, "POST", f"{API}/v2/holo-nalu")
    b.decoy("surf session GPS track (coordinate series) and wave count")
    b.json(
        {
            "kahakai": name,
            "ala": [
                [
                    round(lat + c.rng.gauss(0, 0.001), 6),
                    round(lon + c.rng.gauss(0, 0.001), 6),
                    ms(c) + i * 5000,
                ]
                for i in range(12)
            ],
            "helu_nalu": c.rng.randint(3, 25),
            "holo_loa_m": c.rng.randint(40, 250),
            "trace_id": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def snapshot(c: Context) -> Flow:
    sid = _spot(c)[0]
    b = FB(c, "naluhawaii", "GET", f"{CAM}/snap/{sid}/latest_640.jpg?t={ms(c) // 60000}")
    b.header("user-agent", UA)
    b.decoy("webcam snapshot image (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def cam_stream(c: Context) -> Flow:
    sid = _spot(c)[0]
    b = FB(c, "naluhawaii", "GET", f"{CAM}/live/{sid}/chunk_{c.rng.randint(1000, 99999)}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(350)))
    return b.build()


def spot_search(c: Context) -> Flow:
    q = c.rng.choice(["hilo", "waik", "north shore", "bowls"])
    b = _b(c, "GET", f"{API}/v2/huli?q={q}")
    b.decoy("spot search with coordinates")
    b.ok_json(
        {"hopena": [{"id": s, "inoa": n, "lat": la, "lon": lo} for s, n, la, lo in SPOTS[:3]]}
    )
    return b.build()
