"""Ҡурай Моңо (Kurai Mongho): a kurai and folk-song listening app (the mother's Redmi).

Its backend keys are romanised Bashkir (`tynlau` = listening, `koy` = tune,
`yyr` = song, `bashqarousy` = performer, `oxshonloq` for length written
`ozonloq`). Listens are reported to the backend and, for attribution, to VK's
MyTracker (`POST tracker-api.vk-analytics.ru/v3/` with the app id in the
query; the body is JSON with the install's `instanceId`, the GAID and the
ANDROID_ID in `device`, custom events in `events[]`) and to Branch
(`POST api2.branch.io/v1/install` with `hardware_id`, `is_hardware_id_real`,
`google_advertising_id`, answered with `randomized_device_token`; custom
events through `POST /v2/event/custom` with `user_data.aaid`,
`user_data.android_id`, `custom_data`). The charts, lyrics and audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.kurai-mony.example"
UA = ua("KuraiMony", "2.8.4", "asay")
MT_APP = "51347288"
BRANCH_KEY = "key_live_kb7Qw2xZr8TnV4cFp1LmD9sHyeJ3uA6o"
TRACKS = [
    ("t310", "Урал", "Юлай Ғайнетдинов", 312),
    ("t327", "Буранбай", "Роберт Юлдашев", 268),
    ("t341", "Сибай", "Ильшат Ғилманов", 295),
    ("t358", "Ҡаһым түрә", "Азат Айытҡолов", 340),
    ("t366", "Шаған килен", "Гөлнур Ғәбиҙуллина", 221),
    ("t372", "Зөлхизә", "Ирек Ишмөхәмәтов", 305),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kuraimony", method, url)
    b.header("user-agent", UA)
    b.header("x-qullanyusy", b.acct("kurai_user"))
    return b


def tynlau(c: Context) -> Flow:
    tid, name, who, dur = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/tynlau")
    b.view("json tynlau (koy_id, yyr, tynlau_sek)")
    b.json(
        {
            "koy_id": tid,
            "yyr": name,
            "bashqarousy": who,
            "tynlau_sek": c.rng.randint(20, dur),
            "ozonloq": dur,
            "waqyt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hungy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hungy-tynlanganlar")
    b.view("response json hungy[] (recently listened)", direction="response")
    b.ok_json(
        {
            "hungy": [
                {"koy_id": t, "yyr": n, "tynlandy": ms(c) - c.rng.randint(10**5, 10**8)}
                for t, n, _, _ in c.rng.sample(TRACKS, 3)
            ]
        }
    )
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """A nightly batch: gzip, base64, in one form field named `d`."""
    rows = [
        [t, c.rng.randint(20, dur), int(c.now) - c.rng.randint(0, 86400)]
        for t, _, _, dur in c.rng.sample(TRACKS, 3)
    ]
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("form d = base64(gzip(json arrays [track, seconds, time]))", detectable=False)
    b.form([("d", b64(gz(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qurylma")
    b.json(
        {
            "android_id": b.id("aid_kurai", where="json android_id"),
            "gaid": b.id("gaid_asay", where="json gaid"),
            "model": "2201117TY",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def mytracker(c: Context, listen: bool = False) -> Flow:
    b = FB(c, "mytracker", "POST", f"https://tracker-api.vk-analytics.ru/v3/?id={MT_APP}")
    b.header("user-agent", "myTracker/3.1.7 (Android 13; 2201117TY)")
    events: list[dict] = [{"type": "launch", "ts": int(c.now)}]
    if listen:
        tid, name, _, dur = c.rng.choice(TRACKS)
        b.view("json events[].params (custom event listen: track, seconds)")
        events.append(
            {
                "type": "custom",
                "name": "track_listened",
                "params": {
                    "track_id": tid,
                    "title": name,
                    "listen_sec": str(c.rng.randint(30, dur)),
                },
                "ts": int(c.now),
            }
        )
    b.json(
        {
            "instanceId": b.id("kurai_mt_instance", where="json instanceId"),
            "device": {
                "gaid": b.id("gaid_asay", where="json device.gaid"),
                "androidId": b.id("aid_kurai", where="json device.androidId"),
                "vendor": "Xiaomi",
                "model": "2201117TY",
            },
            "app": {"id": "ba.kuraimony", "version": "2.8.4"},
            "events": events,
        },
        encoding="gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def branch_install(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/install")
    b.header("user-agent", UA)
    b.json(
        {
            "hardware_id": b.id("aid_kurai", where="json hardware_id"),
            "is_hardware_id_real": True,
            "google_advertising_id": b.id("gaid_asay", where="json google_advertising_id"),
            "lat_val": 0,
            "brand": "Xiaomi",
            "model": "2201117TY",
            "os": "Android",
            "os_version": 33,
            "branch_key": BRANCH_KEY,
            "sdk": "android5.9.0",
        }
    )
    b.ok_json(
        {
            "randomized_device_token": b.id(
                "kurai_branch_rdt",
                where="response json randomized_device_token",
                direction="response",
            ),
            "randomized_bundle_token": new_hex(c.rng, 18),
            "session_id": str(c.rng.randint(10**17, 10**18)),
            "link": "https://kuraimony.app.link?%24identity_id="
            + str(c.rng.randint(10**17, 10**18)),
        }
    )
    return b.build()


def branch_event(c: Context) -> Flow:
    tid, name, who, dur = c.rng.choice(TRACKS)
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/custom")
    b.header("user-agent", UA)
    b.view("json custom_data (tune listened: track, performer, seconds)")
    b.json(
        {
            "name": "koy_tynlandy",
            "custom_data": {"koy_id": tid, "yyr": name, "bashqarousy": who, "sek": str(dur)},
            "user_data": {
                "os": "Android",
                "aaid": b.id("gaid_asay", where="json user_data.aaid"),
                "android_id": b.id("aid_kurai", where="json user_data.android_id"),
                "randomized_device_token": b.id(
                    "kurai_branch_rdt", where="json user_data.randomized_device_token"
                ),
            },
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?aimaq=bashqortostan")
    b.decoy("chart with play counts (no listener)")
    b.ok_json(
        {
            "top": [
                {"koy_id": t, "yyr": n, "tynlauzar": c.rng.randint(10**3, 10**6)}
                for t, n, _, _ in TRACKS
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, name, _, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v1/koy/{tid}/huzzar")
    b.ok_json({"yyr": name, "huzzar": "Урал тауҙары бейек,\nАғиҙелдең һыуы һалҡын…"})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = FB(
        c,
        "kuraimony",
        "GET",
        f"https://media.kurai-mony.example/a/{tid}/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", UA)
    b.decoy("audio chunk fetch")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/aac", b"\xff\xf1" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/config?build=284")
    b.decoy("remote config with experiment ids")
    b.ok_json({"exp": [rid(c.rng)], "bitrate": 128, "kesh": new_hex(c.rng, 8)})
    return b.build()
