"""Eunhye (은혜의강 교회): a Busan church's app with sermon VODs and live online worship.

The in-house team romanised Korean for the church words: `seolgyo` (설교,
sermon), `jaesaengWichi` (재생위치, playback position), `yebae` (예배, worship),
`chulseok` (출석, attendance), `sichungBun` (시청분, minutes watched). Sermon
progress, the online-worship attendance (how long a member watched the live
service) and YouTube's embedded-player watch-time pings are viewing history.
The bulletin (주보), the daily QT Bible reading (reading is not watching),
offerings (헌금), prayer requests and the live viewer count are not. Firebase
Installations registers the app instance (its FID).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, kst14, ms, rf, rid, ua_android

API = "https://api.eunhye-church.example"
UA = ua_android("Eunhye", "2.4.0")
SERMONS = [
    (2411, "광야에서 만나는 은혜", "r3Zq8XkT0aE"),
    (2412, "두려워 말라", "Yb7pL2mQw1c"),
    (2413, "감사의 제사", "uN5kA9dVz4s"),
    (2414, "새벽을 깨우는 기도", "H0cRt6Wj2Lk"),
]


def _b(c: Context, method: str, url: str, dvc: bool = True) -> FB:
    b = FB(c, "eunhye", method, url)
    b.header("user-agent", UA)
    if dvc:
        b.header("x-device-id", b.id("aid_sermon", where="header x-device-id"))
    return b


def jaesaeng(c: Context) -> Flow:
    no, title, _ = c.rng.choice(SERMONS)
    dur = c.rng.randint(2400, 4200)
    b = _b(c, "PUT", f"{API}/api/seolgyo/{no}/jaesaeng")
    b.view("json seolgyoNo + jaesaengWichi (sermon playback position)")
    b.json(
        {
            "seolgyoNo": no,
            "jemok": title,
            "jaesaengWichi": c.rng.randint(30, dur),
            "chongGilli": dur,
            "gaesiDt": kst14(c),
            "memberNo": b.acct("sermon_user"),
        }
    )
    b.ok_json({"resultCode": "S"})
    return b.build()


def yebae_chulseok(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/yebae/chulseok")
    b.view("json yebaeId + sichungBun (live worship minutes watched)")
    b.json(
        {
            "yebaeId": f"20241110-{c.rng.choice(['1bu', '2bu', '3bu', 'saebyeok'])}",
            "yebaeNm": c.rng.choice(["주일 1부 예배", "주일 2부 예배", "새벽기도회"]),
            "liveJoinDt": kst14(c),
            "sichungBun": c.rng.randint(5, 95),
            "chulseokYn": "Y",
            "memberNo": b.acct("sermon_user"),
        }
    )
    b.ok_json({"resultCode": "S", "chulseokCnt": c.rng.randint(1, 52)})
    return b.build()


def yt_watchtime(c: Context) -> Flow:
    _, _, vid = c.rng.choice(SERMONS)
    length = rf(c.rng, 2400, 4200, 3)
    st = rf(c.rng, 0, length - 40, 3)
    b = FB(c, "youtube-embed", "GET", "https://www.youtube.com/api/stats/watchtime")
    b.header("user-agent", UA)
    b.view("path /api/stats/watchtime + query docid / st / et / cmt")
    for k, v in (
        ("ns", "yt"),
        ("el", "embedded"),
        ("cpn", b64(new_hex(c.rng, 12))[:16]),
        ("docid", vid),
        ("ver", "2"),
        ("cmt", f"{st + 10:.3f}"),
        ("st", f"{st:.3f}"),
        ("et", f"{st + 10:.3f}"),
        ("len", f"{length:.3f}"),
        ("state", "playing"),
        ("hl", "ko_KR"),
    ):
        b.param(k, v)
    b.no_content()
    return b.build()


def opaque_resume(c: Context) -> Flow:
    """Resume points as `v|no|pos|ts`, base64, under `e` (the old 1.x endpoint)."""
    no, _, _ = c.rng.choice(SERMONS)
    b = FB(c, "eunhye", "POST", f"{API}/l")
    b.header("user-agent", UA)
    b.view("form e (base64 of v|no|pos|ts)", detectable=False)
    b.form([("e", b64(f"2|{no}|{c.rng.randint(30, 4000)}|{ms(c)}")), ("t", "1")])
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/eunhye-church-app/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyD" + new_hex(c.rng, 32))
    b.json(
        {
            "fid": b.id("sermon_fid", where="json fid"),
            "appId": "1:540912231877:android:7ab3c1e9d05f42aa",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/540912231877/installations/"
            + b.id("sermon_fid", where="response json name", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    return b.build()


def jubo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/jubo/20241110", dvc=False)
    b.ok_json(
        {
            "jubo": {
                "date": "2024-11-10",
                "sections": ["예배순서", "교회소식", "중보기도"],
                "pdf": f"https://cdn.eunhye-church.example/jubo/{new_hex(c.rng, 12)}.pdf",
            }
        }
    )
    return b.build()


def qt_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/qt/read")
    b.decoy("daily QT Bible reading progress (reading, not watching)")
    b.json(
        {
            "qtDate": "2024-11-09",
            "book": c.rng.choice(["시편", "잠언", "요한복음"]),
            "chapter": c.rng.randint(1, 30),
            "readPct": c.rng.randint(10, 100),
            "readSec": c.rng.randint(60, 900),
        }
    )
    b.ok_json({"resultCode": "S"})
    return b.build()


def heongeum(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/heongeum", dvc=False)
    b.decoy("offering payment with an order number")
    b.json(
        {
            "type": c.rng.choice(["십일조", "감사헌금", "선교헌금"]),
            "amount": c.rng.choice([10000, 30000, 50000]),
        }
    )
    b.ok_json({"orderNo": f"HG{kst14(c)}{c.rng.randint(100, 999)}", "pgTid": rid(c.rng)})
    return b.build()


def prayer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/gido/request", dvc=False)
    b.json({"content": "어머니 수술이 잘 되도록 기도 부탁드립니다", "openYn": "N"})
    b.ok_json({"resultCode": "S"})
    return b.build()


def live_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/yebae/live", dvc=False)
    b.decoy("live worship status with a viewer count (aggregate)")
    b.ok_json(
        {"onAir": c.rng.random() < 0.4, "viewerCnt": c.rng.randint(40, 1200), "nextDt": kst14(c)}
    )
    return b.build()


def sermon_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/seolgyo?page=1&size=20", dvc=False)
    b.decoy("sermon catalogue with run times and thumbnails")
    b.ok_json(
        {
            "list": [
                {
                    "seolgyoNo": n,
                    "jemok": t,
                    "chongGilli": c.rng.randint(2400, 4200),
                    "thumb": f"https://i.ytimg.com/vi/{v}/hqdefault.jpg",
                }
                for n, t, v in SERMONS
            ]
        }
    )
    return b.build()


def hangul_log(c: Context) -> Flow:
    """The agency-built logger of the old web view: Hangul keys, as its admin page shows them."""
    no, title, _ = c.rng.choice(SERMONS)
    b = FB(c, "eunhye", "POST", f"{API}/weblog/collect")
    b.header("user-agent", UA + " WebView")
    b.view("json 이벤트=설교시청 + 설교번호 / 시청시간(초) (Hangul keys)")
    b.json(
        {
            "이벤트": "설교시청",
            "설교번호": no,
            "설교제목": title,
            "시청시간(초)": c.rng.randint(30, 3600),
            "시청일시": kst14(c),
            "회원번호": b.acct("sermon_user"),
        }
    )
    b.no_content()
    return b.build()
