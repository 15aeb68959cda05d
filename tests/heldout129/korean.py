"""하늘TV (HaneulTV): a Korean streaming app on the son's iPhone in Seoul.

The player reports its position with Korean product-team keys (`재생위치`,
`시청시간`, romanised `sicheong` in older endpoints); the 이어보기 (continue
watching) and 시청기록 (watch history) lists come back in responses. The
Airbridge SDK (a Korean attribution SDK) carries the IDFA/IDFV. Real-time
popularity (실시간 인기: viewer counts), search and voice search (speech to
text) are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.haneultv.example"
UA = ios_ua("HaneulTV", "8.14.0", "2611")
SHOWS = [
    ("P001234", "눈물의 여왕"),
    ("P004411", "선재 업고 튀어"),
    ("P002890", "나 혼자 산다"),
    ("P007731", "흑백요리사"),
    ("M000912", "서울의 봄"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "haneultv", method, API + path)
    b.header("user-agent", UA)
    b.header("accept-language", "ko-KR;q=1.0, mn-MN;q=0.8")
    b.header("x-member", b.acct("kr_member"))
    return b


def heartbeat(c: Context) -> Flow:
    code, _ = c.rng.choice(SHOWS)
    b = _b(c, "POST", "/v4/play/heartbeat")
    b.header("x-device-id", b.id("idfv", where="header x-device-id (IDFV)"))
    b.view("json 콘텐츠코드 + 재생위치 + 시청시간 (player heartbeat)")
    b.json(
        {
            "콘텐츠코드": code,
            "회차": c.rng.randint(1, 16),
            "재생위치": c.rng.randint(0, 4200),
            "시청시간": c.rng.randint(10, 600),
            "상태": c.rng.choice(["재생", "일시정지"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"result": "0000"})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/mypage/continue?size=10")
    b.view("response json 이어보기[] (title, 재생위치)", direction="response")
    b.ok_json(
        {
            "이어보기": [
                {"code": code, "제목": name, "재생위치": c.rng.randint(60, 4000)}
                for code, name in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/user/sicheong-girok?page=1")
    b.view("response json 시청기록[] (title, watched at)", direction="response")
    b.ok_json(
        {
            "시청기록": [
                {"code": code, "제목": name, "시청일시": iso(c)}
                for code, name in c.rng.sample(SHOWS, 4)
            ]
        }
    )
    return b.build()


def opaque_log(c: Context) -> Flow:
    b = FB(c, "haneultv-log", "POST", "https://lg.haneultv.example/c")
    b.header("user-agent", UA)
    b.view("json q: encrypted play log (content, position)", detectable=False)
    b.json({"q": b64(bytes(c.rng.getrandbits(8) for _ in range(240))), "v": "3"})
    b.no_content()
    return b.build()


def airbridge(c: Context, watched: bool) -> Flow:
    b = FB(
        c,
        "airbridge",
        "POST",
        "https://sdk-api.airbridge.io/api/v4/apps/haneultv/events/mobile-app/9161",
    )
    b.header("user-agent", "Airbridge_iOS_SDK/1.36.0")
    device = {
        "deviceUUID": b.id("idfv", where="json deviceData.deviceUUID"),
        "ifa": b.id("idfa", where="json deviceData.ifa"),
        "ifv": b.id("idfv", where="json deviceData.ifv"),
        "limitAdTracking": False,
        "deviceModel": "iPhone14,5",
        "osVersion": "17.5.1",
        "locale": "ko-KR",
    }
    body: dict[str, object] = {
        "eventUUID": rid(c.rng),
        "eventTimestamp": ms(c),
        "deviceData": device,
    }
    if watched:
        code, name = c.rng.choice(SHOWS)
        b.view("json eventData.goal: airbridge.viewContent with watch seconds")
        body["eventData"] = {
            "goal": {
                "category": "content_watched",
                "semanticAttributes": {
                    "products": [{"productID": code, "name": name}],
                    "watchSeconds": c.rng.randint(120, 3600),
                },
            }
        }
    else:
        b.decoy("app open event")
        body["eventData"] = {"goal": {"category": "airbridge.openApp"}}
    b.json(body)
    b.ok_json({"result": "ok"})
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/ranking/realtime")
    b.decoy("실시간 인기: viewer counts over all viewers (an aggregate)")
    b.ok_json(
        {
            "실시간인기": [
                {"순위": i + 1, "code": code, "제목": n, "시청자수": c.rng.randint(10**3, 10**5)}
                for i, (code, n) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/search?keyword=" + c.rng.choice(["드라마", "예능", "영화"]))
    b.decoy("search results")
    b.ok_json({"items": [{"code": code, "제목": n} for code, n in SHOWS[:3]]})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/search/voice")
    b.decoy("voice search: speech to text of a query (no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 700), "audio/wav")
    b.ok_json({"text": "눈물의 여왕 보여줘", "confidence": 0.91})
    return b.build()


def thumbnail(c: Context) -> Flow:
    code, _ = c.rng.choice(SHOWS)
    b = FB(
        c,
        "haneultv",
        "GET",
        f"https://img.haneultv.example/{code}/thumb_{c.rng.randint(1, 40)}.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()
