"""Thirai, a Tamil streaming app (Telugu dubs too) from Chennai: an in-house
watch log with romanised Tamil keys (paarvai = viewing, pathivu = record,
nigazhchi = programme, thodar = serial, pagudhi = episode, nodi = second,
nilai = state), a continue-watching sync, CleverTap events, an encrypted
heartbeat, and ordinary catalogue / artwork / HLS traffic.

Sources: CleverTap Android SDK (CleverTap/clevertap-android-sdk): the queue is
a JSON array whose first element is the meta header {"g": device id, "type":
"meta", "af": app fields, "id": account id, "tk": token, "l_ts", "f_ts"}; the
device id is "__g" + the advertising id when Google Ad ID collection is on
(Constants.GUID_PREFIX_GOOGLE_AD_ID); events are {"evtName", "evtData",
"type": "event", "s", "pg", "ep"} posted to <region>.clevertap-prod.com/a1
with os / t / z query parameters. Tamil key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.thiraiflix.in"
SHOWS = [
    ("Kaattu Malli", 24),
    ("Madras Nagaram", 12),
    ("Nizhal Vilaiyaattu", 8),
    ("Kadal Thaandi", 30),
    ("Chennai Express Lane", 16),
]


def _b(c: Context, method: str, url: str, sdk: str = "thirai") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("Thirai", "7.3.2"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    title, n = c.rng.choice(SHOWS)
    dur = c.rng.randint(1300, 2900)
    return f"TH-{c.rng.randint(1000, 9999)}", title, c.rng.randint(1, n), dur


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/paarvai/pathivu")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    cid, title, ep, dur = _ep(c)
    b.json(
        {
            "payanar": b.acct("thirai_user"),
            "nigazhchi": {"id": cid, "thodar": title, "pagudhi": ep},
            "paartha_nodi": c.rng.randint(30, dur),
            "mothha_nodi": dur,
            "nilai": c.rng.choice(["odukirathu", "niruthappattathu", "mudinthathu"]),
            "mozhi": c.rng.choice(["ta", "te"]),
            "nera_muthirai": ms(c),
        }
    )
    b.view("body (paartha_nodi / nigazhchi.id)")
    b.ok_json({"sari": True})
    return b.build()


def continue_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/thodarndhu-paarkka")
    items = []
    for _ in range(c.rng.randint(2, 6)):
        cid, title, ep, _dur = _ep(c)
        items.append(
            {
                "cid": cid,
                "title": title,
                "ep": ep,
                "progress_pct": c.rng.randint(3, 97),
                "last_seen": iso(c),
            }
        )
    b.json({"items": items})
    b.view("body.items[] (progress_pct, last_seen)")
    b.ok_json({"saved": len(items)})
    return b.build()


def clevertap(c: Context) -> Flow:
    b = FB(c, "clevertap", "POST", "https://in1.clevertap-prod.com/a1")
    b.header("user-agent", ua("Thirai", "7.3.2"))
    b.header("x-clevertap-account-id", "TEST-R78-6W5-W96Z")
    b.params += [
        ("os", "Android"),
        ("t", "70203"),
        ("z", "TEST-R78-6W5-W96Z"),
        ("ts", str(int(c.now))),
    ]
    head = {
        "g": "__g" + b.id("gaid", "nosep", where="body[0].g", detectable=False),
        "type": "meta",
        "af": {
            "Build": "7320",
            "Version": "7.3.2",
            "OS Version": "14",
            "SDK Version": 70203,
            "Make": "vivo",
            "Model": "V2250",
            "Carrier": "Jio",
            "useIP": False,
            "wdt": 2.72,
            "hgt": 6.04,
            "dpi": 400,
        },
        "id": "TEST-R78-6W5-W96Z",
        "tk": "a1b-2c3",
        "l_ts": int(c.now) - 60,
        "f_ts": 1717000000,
    }
    evs: list[dict] = [head]
    if c.rng.random() < 0.75:
        cid, title, ep, dur = _ep(c)
        watched = c.rng.randint(60, dur)
        evs.append(
            {
                "evtName": c.rng.choice(["Video Watched", "Episode Completed"]),
                "evtData": {
                    "Content ID": cid,
                    "Show Name": title,
                    "Episode": ep,
                    "Watched Duration": watched,
                    "Percent Watched": round(100 * watched / dur),
                },
                "type": "event",
                "s": int(c.now) - 900,
                "pg": 3,
                "ep": int(c.now),
            }
        )
        b.view("body[1].evtData (Video Watched)")
    else:
        evs.append(
            {
                "evtName": "Subscription Page Viewed",
                "evtData": {"Plan": "Yearly", "Price": 699},
                "type": "event",
                "s": int(c.now) - 300,
                "pg": 2,
                "ep": int(c.now),
            }
        )
    b.json(evs, ctype="application/json; charset=utf-8")
    b.ok_json({})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    """Every 30 s the player posts an encrypted blob; only the server can read what plays."""
    b = _b(c, "POST", f"{API}/t/hb")
    b.set_body(b64(c.rng.randbytes(96)).encode(), "text/plain")
    b.view("body (encrypted player heartbeat)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/saadhanam/register")  # saadhanam = device
    b.json(
        {
            "androidId": b.id("aid_thirai", where="body.androidId"),
            "make": "vivo",
            "model": "V2250",
            "pushToken": "f" + new_hex(c.rng, 30),
            "userId": b.acct("thirai_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?rail=trending&lang=ta&page={c.rng.randint(1, 4)}")
    b.ok_json(
        {
            "rails": [
                {
                    "title": t,
                    "items": [
                        {
                            "cid": f"TH-{c.rng.randint(1000, 9999)}",
                            "duration": c.rng.randint(1300, 2900),
                        }
                        for _ in range(6)
                    ],
                }
                for t in ("Pudhusu", "Trending in Chennai")
            ],
            "reqId": rid(c.rng),
        }
    )
    b.decoy("catalogue with content ids and durations")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["vijay", "comedy", "ponniyin", "telugu dubbed"])
    b = _b(c, "GET", f"{API}/v2/thedal?q={q.replace(' ', '+')}")  # thedal = search
    b.ok_json(
        {
            "results": [
                {"cid": f"TH-{c.rng.randint(1000, 9999)}", "score": round(c.rng.random(), 3)}
                for _ in range(5)
            ]
        }
    )
    b.decoy("search results")
    return b.build()


def artwork(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.thiraiflix.in/poster/TH-{c.rng.randint(1000, 9999)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("thumbnail fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://vod.thiraiflix.in/hls/TH-{c.rng.randint(1000, 9999)}"
        f"/720p/seg_{c.rng.randint(1, 400)}.ts",
    )
    b.respond(200, "video/mp2t", fake_mp4(c.rng.getrandbits(32), 900))
    b.decoy("video segment fetch")
    return b.build()
