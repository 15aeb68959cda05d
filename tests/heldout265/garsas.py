"""Garsas: a Lithuanian music and podcast app with Branch (son's Pixel in Vilnius).

The app reports listening in Lithuanian (`klausymai` listens, `kūrinys`
track, `epizodas`, `pozicija`, `laikas`), and its "neseniai klausyta"
(recently played) answer lists tracks and episodes. A newer build batches
listens as msgpack arrays `[id, seconds, epoch]` with a header `x-k`
holding a SHA-256 of the ANDROID_ID. Branch: `/v1/open` sends `hardware_id`
(the ANDROID_ID), `google_advertising_id` and the `randomized_device_token`
and answers with its tokens and a JSON-in-a-string `data`; custom events go
to `/v2/event/custom` with `user_data` (android_id, aaid). Audio chunks,
podcast RSS, search and the charts are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.garsas.example"
CDN = "https://audio.garsas.example"
UA = ua("Garsas", "2.31.4", "syn")
BRANCH_KEY = "key_live_hT4kq0Lr9aXmZ2pQwE7sYbNcJdFv1gUo"
TRACKS = [
    ("t81120", "Jessica Shy – Tavo akys"),
    ("t81455", "Monika Liu – Sentimentai"),
    ("t81902", "Andrius Mamontovas – Laisvė"),
    ("t82013", "Lyapis Trubetskoy – Warriors of Light"),
]
EPISODES = [
    ("e5012", "Istorijų detektyvai #48"),
    ("e5120", "Kalbos ir kultūros podkastas"),
    ("e5233", "Technologijų savaitė"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "garsas", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def listens(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/klausymai")
    b.view("json klausymai[]{kūrinys|epizodas, pozicija, laikas}")
    items = []
    for _ in range(c.rng.randint(1, 3)):
        if c.rng.random() < 0.5:
            tid, name = c.rng.choice(TRACKS)
            items.append(
                {"kūrinys": tid, "pavadinimas": name, "klausyta_sek": c.rng.randint(20, 240)}
            )
        else:
            eid, name = c.rng.choice(EPISODES)
            items.append(
                {"epizodas": eid, "pavadinimas": name, "pozicija": c.rng.randint(60, 3600)}
            )
        items[-1]["laikas"] = iso(c)
    b.json({"klausymai": items, "naudotojas": b.acct("garsas_user")})
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/neseniai-klausyta")
    b.view("response json neseniai[] (id, klausyta)", direction="response")
    b.ok_json(
        {
            "neseniai": [
                {"id": i, "pavadinimas": n, "klausyta": iso(c)}
                for i, n in c.rng.sample(TRACKS + EPISODES, 4)
            ]
        }
    )
    return b.build()


def listens_msgpack(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/k")
    b.header("x-k", b.id("aid_garsas", "sha256", "header x-k (sha256)", detectable=False))
    b.view("msgpack rows [id, sec, ts]", detectable=False)
    rows = [
        [c.rng.choice(TRACKS + EPISODES)[0], c.rng.randint(20, 3000), int(c.now)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", UA)
    tok = b.id("branch_device_token", where="json randomized_device_token")
    b.json(
        {
            "branch_key": BRANCH_KEY,
            "hardware_id": b.id("aid_garsas", where="json hardware_id"),
            "is_hardware_id_real": True,
            "google_advertising_id": b.id("gaid_syn", where="json google_advertising_id"),
            "lat_val": 0,
            "randomized_device_token": tok,
            "randomized_bundle_token": new_digits(c.rng, 19, "13"),
            "brand": "Google",
            "model": "Pixel 8",
            "os": "Android",
            "os_version_android": "15",
            "app_version": "2.31.4",
            "sdk": "android5.12.0",
            "language": "lt",
            "local_ip": "192.168.1.23",
            "instrumentation": {"v1/open-qwt": "0"},
        }
    )
    b.ok_json(
        {
            "session_id": new_digits(c.rng, 19, "14"),
            "randomized_bundle_token": new_digits(c.rng, 19, "13"),
            "link": f"https://garsas.app.link?%24randomized_bundle_token={new_digits(c.rng, 19)}",
            "data": js({"+clicked_branch_link": False, "+is_first_session": False}),
        }
    )
    return b.build()


def branch_event(c: Context) -> Flow:
    eid, name = c.rng.choice(EPISODES)
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/custom")
    b.header("user-agent", UA)
    b.view("json custom_data{epizodas, pozicija} (episode listened)")
    b.json(
        {
            "name": "epizodas_perklausytas",
            "custom_data": {
                "epizodas": eid,
                "pavadinimas": name,
                "pozicija": str(c.rng.randint(60, 3600)),
                "laikas": iso(c),
            },
            "user_data": {
                "android_id": b.id("aid_garsas", where="json user_data.android_id"),
                "aaid": b.id("gaid_syn", where="json user_data.aaid"),
                "limit_ad_tracking": 0,
                "randomized_device_token": b.id(
                    "branch_device_token", where="json user_data.randomized_device_token"
                ),
                "os": "Android",
                "os_version": 35,
                "model": "Pixel 8",
                "app_version": "2.31.4",
                "sdk": "android",
                "sdk_version": "5.12.0",
            },
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{CDN}/a/{tid}/256k/{c.rng.randint(0, 20)}.m4s")
    b.decoy("audio chunk fetch")
    b.respond(200, "audio/mp4", bytes(c.rng.randrange(256) for _ in range(300)))
    return b.build()


def rss(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/podcast/rss/istoriju-detektyvai.xml")
    b.decoy("podcast RSS feed with publication dates")
    items = "".join(
        f"<item><title>{n}</title><guid>{e}</guid>"
        f"<pubDate>Mon, 0{i + 1} Dec 2025 06:00:00 GMT</pubDate>"
        f"<itunes:duration>3412</itunes:duration></item>"
        for i, (e, n) in enumerate(EPISODES)
    )
    b.respond(
        200,
        "application/rss+xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/paieska")
    b.param("q", c.rng.choice(["Jessica Shy", "podkastai istorija", "Ляпис"]))
    b.decoy("search query")
    b.ok_json(
        {"rezultatai": [{"id": t, "pavadinimas": n} for t, n in TRACKS[:2]], "req": rid(c.rng)}
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/topai/lt")
    b.decoy("chart with play counts")
    b.ok_json(
        {
            "topas": [
                {"vieta": i + 1, "id": t, "perklausos": c.rng.randint(10**4, 10**6)}
                for i, (t, _) in enumerate(TRACKS)
            ],
            "atnaujinta": ms(c),
        }
    )
    return b.build()
