"""Giljabi Navi (길잡이 내비): a navigation app driving between Seoul and Busan.

Routes, live traffic, speed cameras and POI search are coordinates and
polylines (ordinary). The voice search sends audio for speech recognition
(transcription, no speaker model). The app registers with its ANDROID_ID, the
GAID and its own install UUID; trip logs carry the install UUID. Kakao login
answers with the account id (an account).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, iso, kst14, ms, rf, rid, ua_android

API = "https://api.giljabi.example"
UA = ua_android("Giljabi", "10.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "giljabi", method, url)
    b.header("user-agent", UA)
    return b


def _pt(c: Context) -> list[float]:
    return [rf(c.rng, 126.9, 129.1, 6), rf(c.rng, 35.1, 37.6, 6)]


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "androidId": b.id("aid_navi", where="json androidId"),
            "adid": b.id("gaid", where="json adid"),
            "installUuid": b.id("navi_install", where="json installUuid"),
            "model": "SM-S921N",
            "carPlayYn": "N",
        }
    )
    b.ok_json({"resultCode": 200, "userKey": b.acct("navi_user")})
    return b.build()


def trip_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/trip/summary")
    b.decoy("trip summary: distance, duration, average speed (driving, not watching)")
    b.json(
        {
            "installUuid": b.id("navi_install", where="json installUuid"),
            "startPt": _pt(c),
            "endPt": _pt(c),
            "distKm": rf(c.rng, 3, 390, 1),
            "driveMin": c.rng.randint(8, 300),
            "avgSpd": rf(c.rng, 30, 100, 1),
            "endDt": kst14(c),
        }
    )
    b.ok_json({"resultCode": 200})
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/route")
    b.decoy("route request and polyline (coordinates)")
    b.json(
        {
            "start": _pt(c),
            "goal": _pt(c),
            "option": c.rng.choice(["trafast", "tracomfort"]),
            "reqId": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "path": [_pt(c) for _ in range(20)],
            "durationSec": c.rng.randint(600, 18000),
            "toll": 21500,
        }
    )
    return b.build()


def traffic(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/traffic?bbox=126.8,37.4,127.2,37.7&z=12")
    b.decoy("road speeds per link id")
    b.ok_json(
        {
            "links": [
                {"linkId": c.rng.randint(10**9, 10**10), "spd": c.rng.randint(5, 100)}
                for _ in range(15)
            ]
        }
    )
    return b.build()


def speedcam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/safety/cameras?tile={c.rng.randint(10**5, 10**6)}")
    b.ok_json(
        {"cams": [{"pt": _pt(c), "limit": c.rng.choice([50, 60, 80, 100, 110])} for _ in range(6)]}
    )
    return b.build()


def poi_search(c: Context) -> Flow:
    q = c.rng.choice(["해운대 해수욕장", "동대구역", "스타필드 하남", "휴게소"])
    b = _b(c, "GET", f"{API}/v1/poi/search")
    b.param("q", q)
    b.param("x", str(_pt(c)[0]))
    b.param("y", str(_pt(c)[1]))
    b.ok_json({"pois": [{"name": q, "pt": _pt(c), "addr": "부산 해운대구"} for _ in range(3)]})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voice/stt?lang=ko-KR")
    b.decoy("voice destination search: speech-to-text, no speaker model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.ok_json(
        {
            "text": c.rng.choice(["해운대 가자", "근처 주유소", "집으로 안내해줘"]),
            "conf": rf(c.rng, 0.7, 1, 2),
        }
    )
    return b.build()


def kakao_me(c: Context) -> Flow:
    b = FB(c, "kakao-sdk", "GET", "https://kapi.kakao.com/v2/user/me")
    b.header("user-agent", UA)
    b.header(
        "KA",
        "sdk/2.20.1 sdk_type/kotlin os/android-34 lang/ko-KR origin/"
        + new_hex(c.rng, 28)
        + " device/SM-S921N android_pkg/com.giljabi.navi app_ver/10.4.0",
    )
    b.header("authorization", "Bearer " + new_hex(c.rng, 54))
    b.ok_json(
        {
            "id": c.rng.randint(10**9, 10**10),
            "connected_at": iso(c),
            "properties": {"nickname": "서연"},
        }
    )
    return b.build()


def fuel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fuel/near?radius=3000&ts={ms(c)}")
    b.decoy("fuel prices near a coordinate (price list)")
    b.ok_json(
        {
            "stations": [
                {"name": n, "gasoline": c.rng.randint(1600, 1750)}
                for n in ("SK에너지", "GS칼텍스", "S-OIL")
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    b = FB(
        c,
        "giljabi",
        "GET",
        f"https://map.pstatic.net/nrb/styles/basic/{z}/"
        f"{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png?v=" + new_hex(c.rng, 6),
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def carshare_link(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/car/link")
    b.decoy(
        "a car-sharing car's VIN and head-unit Bluetooth address (a rented car, not the tester's)"
    )
    mac = ":".join(new_hex(c.rng, 2).upper() for _ in range(6))
    b.json(
        {
            "carShareYn": "Y",
            "vin": "KMH" + new_hex(c.rng, 14).upper(),
            "headUnitBtAddr": mac,
            "plateNo": f"{c.rng.randint(10, 99)}하{c.rng.randint(1000, 9999)}",
            "rentEndDt": kst14(c),
        }
    )
    b.ok_json({"resultCode": 200, "evYn": c.rng.choice(["Y", "N"])})
    return b.build()
