""" "Pado" (파도), a Wavve-like Korean broadcast-VOD app with an in-house backend
whose key names are Revised Romanisation of Korean (sicheong = 시청 watching,
girok = 기록 record, jaesaeng = 재생 playback, hoecha = 회차 episode, ieoboogi =
이어보기 continue watching) or Hangul. Invented backend; the shapes follow what
Korean OTT apps batch: per-episode watch records, a position heartbeat, a
continue-watching shelf, and an encrypted beacon.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, ms, rid, ua

API = "https://api.pado-tv.co.kr"
SHOWS = [
    ("K1001", "눈물의 여왕"),
    ("K2040", "나의 해방일지"),
    ("K3077", "1박 2일"),
    ("K4410", "뉴스데스크"),
    ("K5123", "런닝맨"),
]


def _b(c: Context, method: str, path: str, dev: bool = True) -> FB:
    b = FB(c, "pado", method, API + path)
    b.header("user-agent", ua("PadoTV", "6.11.2"))
    if dev:
        b.header("x-pado-device", b.sid("wavve_uuid", "header.x-pado-device"))
    return b


def _show(c: Context) -> tuple[str, str, int]:
    code, title = c.rng.choice(SHOWS)
    return code, title, c.rng.randint(1, 16)


def watch_record(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/sicheong/girok")
    code, title, ep = _show(c)
    total = c.rng.randint(2800, 4200)
    b.json(
        {
            "sicheongGirok": [
                {
                    "kontencheuId": f"{code}_E{ep:02d}",
                    "hoecha": ep,
                    "jemok": title,
                    "jaesaengSigan": c.rng.randint(60, total),
                    "chongSigan": total,
                    "sijakSigak": ms(c) - 600000,
                    "jongnyoSigak": ms(c),
                }
            ],
            "yongdo": "ieoboogi",
        }
    )
    b.view("body.sicheongGirok[]")
    b.ok_json({"gyeolgwa": "OK"})
    return b.build()


def hangul_history(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/mypage/sicheong-iryeok")
    code, title, ep = _show(c)
    b.json(
        {
            "시청이력": [
                {
                    "콘텐츠ID": code,
                    "회차": ep,
                    "프로그램명": title,
                    "재생위치": c.rng.randint(30, 3600),
                    "시청시간": c.rng.randint(30, 900),
                }
            ],
            "기기": "모바일",
        }
    )
    b.view("body.시청이력[]")
    b.ok_json({"결과": "성공"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/playback/heartbeat")
    code, _, ep = _show(c)
    b.params += [
        ("contentid", f"{code}_E{ep:02d}"),
        ("position", str(c.rng.randint(10, 3600))),
        ("state", c.rng.choice(["play", "pause", "play"])),
        ("interval", "60"),
        ("aid", b.id("aid_wavve", where="query.aid")),
    ]
    b.view("query.contentid+position")
    b.no_content()
    return b.build()


def continue_shelf(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/mypage/ieoboogi?limit=20")
    items = []
    for _ in range(c.rng.randint(2, 6)):
        code, title, ep = _show(c)
        items.append(
            {
                "kontencheuId": f"{code}_E{ep:02d}",
                "jemok": title,
                "jinhaengryul": round(c.rng.random(), 2),
                "majimakSicheong": ms(c) - 86400000,
            }
        )
    b.ok_json({"ieoboogiMokrok": items})
    b.view("response.ieoboogiMokrok[]", direction="response")
    return b.build()


def sealed_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/l/b")
    b.header("x-k", "v3")
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.set_body(b64(blob).encode(), "text/plain")
    b.view("body (AES blob of the player's play/stop events)", detectable=False)
    b.no_content()
    return b.build()


def home_feed(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/home/bands?region=KR", dev=False)
    b.decoy("catalogue bands with episode counts")
    shelf = [
        {
            "kontencheuId": code,
            "jemok": t,
            "hoechaSu": c.rng.randint(8, 600),
            "pyeongjeom": round(c.rng.uniform(6, 9.8), 1),
        }
        for code, t in SHOWS
    ]
    b.respond(200, "application/json", gz(jsb({"bands": shelf})), "gzip")
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/live/pyeonseongpyo?channel=KBS2&date=20241105", dev=False)
    b.decoy("broadcast schedule (편성표)")
    b.ok_json(
        {
            "pyeonseongpyo": [
                {"sijak": f"{h:02d}:00", "jemok": c.rng.choice(SHOWS)[1]} for h in range(6, 12)
            ]
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    code = c.rng.choice(SHOWS)[0]
    b = FB(
        c, "pado-cdn", "GET", f"https://img.pado-tv.co.kr/thumb/{code}/{new_hex(c.rng, 8)}_640.jpg"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls(c: Context) -> Flow:
    code = c.rng.choice(SHOWS)[0]
    n = c.rng.randint(1, 400)
    b = FB(
        c,
        "pado-cdn",
        "GET",
        f"https://vod.pado-tv.co.kr/{code}/1080p/seg-{n:05d}.ts?token={new_hex(c.rng, 24)}",
    )
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/geomsaek?q=%EB%93%9C%EB%9D%BC%EB%A7%88&page=1", dev=False)
    b.decoy("search results")
    b.ok_json(
        {
            "geomsaekGyeolgwa": [{"kontencheuId": code, "jemok": t} for code, t in SHOWS[:3]],
            "requestId": rid(c.rng),
        }
    )
    return b.build()
