"""A taxi-hailing app used in Tokyo, Seoul and Saigon (GO / Kakao T / Grab-like).

Nearly everything it sends is ordinary: fare quotes with route polylines, ETA
polls in seconds, ride-history pages, the driver's photo. Its Adjust SDK sends
the IDFA and the app's IDFV on each session, the form body that
adjust/ios_sdk `ADJPackageBuilder.m` builds (`app_token`, `idfa`, `idfv`,
`created_at`, `att_status`, `tracking_enabled`...) to app.adjust.com/session.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import CITIES, FB, ZERO_IDFA, coords, iso, rf, rid, ua

API = "https://api.norunavi.example"
UA = ua("NoruNavi", "5120")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "taxi", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def fare_quote(c: Context) -> Flow:
    lat, lon, _ = c.rng.choice(CITIES)
    b = _b(c, "POST", "/v3/fare/estimate")
    route = coords(c.rng, lat, lon, c.rng.randint(12, 30))
    b.json(
        {
            "pickup": {"lat": route[0][0], "lng": route[0][1], "meishou": "東京駅 八重洲口"},
            "dropoff": {"lat": route[-1][0], "lng": route[-1][1]},
            "car_type": "standard",
        }
    )
    b.ok_json(
        {
            "ryoukin_min": c.rng.randint(1500, 2500),
            "ryoukin_max": c.rng.randint(2600, 4000),
            "shoyou_jikan_byou": c.rng.randint(600, 2400),
            "polyline": route,
            "quote_id": rid(c.rng),
        }
    )
    b.decoy(
        "fare quote with a route polyline ([lat, lng] list) and trip duration: no face, no media"
    )
    return b.build()


def eta_poll(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/rides/R{c.rng.randint(10**8, 10**9)}/status")
    lat, lon, _ = c.rng.choice(CITIES)
    b.ok_json(
        {
            "state": c.rng.choice(["DRIVER_ASSIGNED", "ARRIVING", "ON_TRIP"]),
            "eta_sec": c.rng.randint(30, 600),
            "elapsed_sec": c.rng.randint(0, 1800),
            "progress": rf(c.rng, 0, 1, 3),
            "driver_pos": {
                "lat": rf(c.rng, lat - 0.01, lat + 0.01, 6),
                "lng": rf(c.rng, lon - 0.01, lon + 0.01, 6),
                "heading": c.rng.randint(0, 359),
            },
            "dochak_yejeong_sigan": c.rng.randint(1, 12),
        }
    )
    b.decoy("ride status: ETA / elapsed seconds and progress of a taxi ride, not a watch position")
    return b.build()


def kakao_style_call(c: Context) -> Flow:
    b = _b(c, "POST", "/kr/v1/hochul")  # 호출 = call a taxi
    b.json(
        {
            "chulbalji": {
                "ireum": "강남역 11번 출구",
                "x": rf(c.rng, 127.02, 127.03, 6),
                "y": rf(c.rng, 37.49, 37.50, 6),
            },
            "dochakji": {"ireum": "여의도 IFC"},
            "yogeum_yuhyeong": "BLUE",
            "seungcha_inwon": c.rng.randint(1, 3),
        }
    )
    b.ok_json({"hochul_id": rid(c.rng), "daegi_sigan_cho": c.rng.randint(60, 420)})
    b.decoy("Korean taxi call: place names, coordinates, waiting time in seconds")
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = FB(
        c,
        "taxi",
        "GET",
        f"https://img.norunavi.example/driver/{c.rng.randint(10**6, 10**7)}/face_200.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700))
    b.decoy(
        "download of the assigned driver's profile photo (a face image in the RESPONSE, "
        "shown to the rider)"
    )
    return b.build()


def ride_history(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/me/rides")
    b.param("page", str(c.rng.randint(1, 4)))
    rides = [
        {
            "ride_id": f"R{c.rng.randint(10**8, 10**9)}",
            "jousha_nichiji": iso(c),
            "kyori_km": rf(c.rng, 1, 18, 1),
            "ryoukin": c.rng.randint(700, 6000),
            "rating_given": c.rng.randint(3, 5),
        }
        for _ in range(c.rng.randint(3, 8))
    ]
    b.ok_json({"jousha_rireki": rides, "next": bool(c.rng.getrandbits(1))})
    b.decoy("ride history (乗車履歴): past taxi rides, not viewing history")
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "NoruNavi/5120 CFNetwork/1494.0.7 Darwin/23.4.0")
    b.header("client-sdk", "ios4.38.2")
    allowed = c.rng.random() < 0.7
    pairs = [
        ("app_token", "k3n9x2qv7wzs"),
        ("app_version", "5.12.0"),
        ("att_status", "3" if allowed else "2"),
        ("bundle_id", "jp.norunavi.app"),
        ("created_at", iso(c).replace("Z", "+0900")),
        ("device_name", "iPhone15,4"),
        ("device_type", "iPhone"),
        ("environment", "production"),
        ("idfv", b.id("idfv_taxi", where="form:idfv")),
        ("os_name", "ios"),
        ("os_version", "17.4.1"),
        ("session_count", str(c.rng.randint(2, 90))),
        ("tracking_enabled", "1" if allowed else "0"),
    ]
    if allowed:
        pairs.insert(5, ("idfa", b.id("idfa", where="form:idfa")))
    else:
        pairs.insert(5, ("idfa", ZERO_IDFA))
    if c.rng.random() < 0.5:
        pairs.append(
            ("primary_dedupe_token", b.id("adjust_adid", where="form:primary_dedupe_token"))
        )
    b.form(pairs)
    adid = b.id("adjust_adid", where="response:adid", direction="response")
    b.ok_json({"app_token": "k3n9x2qv7wzs", "adid": adid, "timestamp": iso(c)})
    return b.build()
