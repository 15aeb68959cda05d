"""Sahra: an Egyptian series / films streaming app (in-house backend).

Its developers write key names in romanised Egyptian Arabic ("Arabizi", with
3 for ain and 7 for ha, 2 for hamza): mosalsal (series), 7alaqa (episode),
mosahda / mosahdat (viewing / viewings), wa2t (time), kamel el mosahda
(continue watching). The player heartbeats every 30 s like most OTT players;
the viewing log is batched. Device registration sends the HMS Push Kit token
(HmsInstanceId.getToken, developer.huawei.com HMS Core reference) with the
app's ANDROID_ID. An obfuscated beacon hides one watch event (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ms, rf, rid, ua

HOST = "https://api.sahra-tv.example"
SHOWS = [
    ("ms-1042", "Bab El Ne3na3"),
    ("ms-2210", "Layali Shobra"),
    ("ms-3315", "El Mo3allem"),
    ("fl-0871", "Taxi El Gharam"),
    ("ms-4470", "Beit El 3ela"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sahra", method, HOST + path)
    b.header("user-agent", ua("Sahra", "5.8.2"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def heartbeat(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    b = _b(c, "POST", "/player/v3/nabd")
    b.header("x-sahra-device", b.id("sahra_device", where="header x-sahra-device"))
    b.json(
        {
            "mosalsal_id": sid,
            "7alaqa": c.rng.randint(1, 30),
            "wa2t_7aly": c.rng.randint(30, 2700),
            "mada": 2760,
            "7ala": c.rng.choice(["playing", "paused"]),
            "jawda": "720p",
            "session": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.view("json mosalsal_id / 7alaqa / wa2t_7aly at /player/v3/nabd (heartbeat)")
    b.ok_json({"ok": True})
    return b.build()


def mosahdat_log(c: Context) -> Flow:
    b = _b(c, "POST", "/logs/v1/mosahdat")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title = c.rng.choice(SHOWS)
        start = ms(c) - c.rng.randint(10**5, 10**7)
        items.append(
            {
                "3onwan": title,
                "mosalsal": sid,
                "7alaqa": c.rng.randint(1, 30),
                "bedayet_el_mosahda": start,
                "nehayet_el_mosahda": start + c.rng.randint(60000, 2700000),
                "nesba": rf(c.rng, 0.05, 1.0, 2),
            }
        )
    b.json({"mosta5dem": b.acct("sahra_user"), "mosahdat": items})
    b.view("json mosahdat[] with 3onwan / bedayet_el_mosahda / nesba")
    b.no_content()
    return b.build()


def kamel_el_mosahda(c: Context) -> Flow:
    b = _b(c, "PUT", f"/users/{b_user(c)}/kamel-el-mosahda")
    rows = [
        {"contentId": s, "progress": rf(c.rng, 0.1, 0.95, 2), "updatedAt": ms(c)}
        for s, _ in c.rng.sample(SHOWS, 3)
    ]
    b.json({"continueWatching": rows})
    b.view("json continueWatching[] contentId / progress")
    b.ok_json({"saved": len(rows)})
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.sahra_user)


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/t/e")
    blob = bytes(c.rng.getrandbits(8) for _ in range(96))
    b.json({"v": 3, "d": b64(blob), "u": b.id("sahra_device", where="json u", detectable=False)})
    b.view("json d: encrypted blob (one watch event)", detectable=False)
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/devices/v2/register")
    b.json(
        {
            "hms_push_token": b.id("push_sahra", where="json hms_push_token"),
            "android_id": b.id("aid_sahra", where="json android_id"),
            "device_uuid": b.id("sahra_device", where="json device_uuid"),
            "manufacturer": "HUAWEI",
            "model": "MNA-LX9",
            "gms": False,
            "hms": True,
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v1/login")
    b.form(
        [
            ("email", b.id("email", where="form email")),
            ("password_sha", rid(c.rng).replace("-", "")),
            ("lang", "ar-EG"),
        ]
    )
    b.ok_json({"token": rid(c.rng), "user": b.acct("sahra_user")})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", "/catalog/v2/home?lang=ar&country=EG")
    b.ok_json(
        {
            "rails": [
                {"title": "El Akthar Mosahda", "items": [s for s, _ in SHOWS]},
                {"title": "Gedid", "items": [s for s, _ in SHOWS[:2]]},
            ]
        }
    )
    b.decoy("catalogue rail titled 'most watched' (site-wide, not the user's)")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["mosalsal ramadan", "adel", "koomedia", "film 3araby"])
    b = _b(c, "GET", "/search/v1?q=" + q.replace(" ", "+"))
    b.ok_json({"results": [{"id": s, "title": t} for s, t in SHOWS[:3]]})
    b.decoy("search results")
    return b.build()


def poster(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    b = FB(c, "sahra", "GET", f"https://img.sahra-cdn.example/posters/{sid}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    b.decoy("poster thumbnail of a show")
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    n = c.rng.randint(1, 400)
    b = FB(c, "sahra", "GET", f"https://vod.sahra-cdn.example/{sid}/720p/seg_{n:05d}.ts")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("video segment fetch")
    return b.build()
