"""Luohtiráidu: a joik and Sami music app (the daughter's Redmi in Anár / Inari).

Keys mix Northern Sami (`guldalit` = listen, `luohti` = joik, `áigi`, `sadji`)
with a few Inari Sami ones from the grandmother's profile (`kuldâlem`,
`äigi`) and English. Listens are posted to the backend, logged to Braze as a
custom event (`/api/v3/data`: `device_id`, `events[].name` "ce" with `data.n`
and `data.p`) and counted by Adjust (`/session` form with `gps_adid`,
`android_uuid`; the `adid` comes back; `/event` with `callback_params` JSON).
Lyrics, playlists, search and the audio chunks themselves are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, dalvik, iso, ms, rf, ua

API = "https://api.luohtiraidu.example"
UA = ua("Luohtiraidu", "2.8.4", "nieida")
BRAZE = "https://sdk.fra-02.braze.eu/api/v3/data"
LUOHTIT = [
    ("lu-0412", "Áddjá luohti", "Ánde Somby", 214),
    ("lu-0877", "Biegga luohti", "Marit Hætta", 188),
    ("lu-1023", "Várddus", "Niillas Holmberg", 241),
    ("lu-1188", "Anarjävri", "Anarâš joijâdeijee", 176),
    ("lu-1302", "Eallu", "Ingor Ántte Áilu", 262),
    ("lu-1466", "Guovdageainnu luohti", "Sara Marielle", 199),
]
ADJ_TOKEN = "q7m2xk9w3pzs"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "luohtiraidu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 36))
    if device:
        b.header("x-device-id", b.id("aid_luohti", where="header x-device-id"))
    return b


def _song(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(LUOHTIT)


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("nieida"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("gps_adid", b.id("gaid_nieida", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("luohti_android_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0200")),
            ("environment", "production"),
            ("device_type", "phone"),
            ("device_name", "23124RA7EO"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("package_name", "fi.luohtiraidu.app"),
            ("app_version", "2.8.4"),
            ("language", "se"),
            ("country", "FI"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("needs_response_details", "1"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("luohti_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_listen(c: Context) -> Flow:
    sid, title, _artist, dur = _song(c)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("nieida"))
    b.header("client-sdk", "android4.38.2")
    b.view("form callback_params JSON {luohti, guldalan_sekunddat}")
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("event_token", "g4u7lq"),
            ("gps_adid", b.id("gaid_nieida", where="form gps_adid")),
            ("android_uuid", b.id("luohti_android_uuid", where="form android_uuid")),
            (
                "callback_params",
                js(
                    {
                        "luohti": title,
                        "luohti_id": sid,
                        "guldalan_sekunddat": str(c.rng.randint(30, dur)),
                    }
                ),
            ),
            ("created_at", iso(c).replace("Z", "+0200")),
            ("environment", "production"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def adjust_purchase(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("nieida"))
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("event_token", "p0k3zt"),
            ("revenue", "4.99"),
            ("currency", "EUR"),
            ("gps_adid", b.id("gaid_nieida", where="form gps_adid")),
            ("android_uuid", b.id("luohti_android_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0200")),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def braze_listen(c: Context) -> Flow:
    _sid, title, artist, dur = _song(c)
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", dalvik("nieida"))
    b.header(
        "x-braze-api-key", "a3c1f0b2-" + new_hex(c.rng, 4) + "-4e1d-9b7a-" + new_hex(c.rng, 12)
    )
    b.view("json events[].data {n: luohti_guldaluvvon, p: luohti/sekunddat}")
    b.json(
        {
            "api_key": "a3c1f0b2-77d1-4e1d-9b7a-5c2e8f14d0aa",
            "device_id": b.id("luohti_braze", where="json device_id (Braze)"),
            "sdk_version": "30.4.0",
            "app_version": "2.8.4",
            "time": ms(c) // 1000,
            "device": {
                "model": "23124RA7EO",
                "os_version": "14",
                "locale": "se_FI",
                "time_zone": "Europe/Helsinki",
                "ad_tracking_enabled": True,
                "google_ad_id": b.id("gaid_nieida", where="json device.google_ad_id"),
            },
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "luohti_guldaluvvon",
                        "p": {
                            "luohti": title,
                            "juoigi": artist,
                            "sekunddat": c.rng.randint(20, dur),
                        },
                    },
                    "time": rf(c.rng, ms(c) / 1000 - 5, ms(c) / 1000, 3),
                    "session_id": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4),
                    "user_id": b.acct("luohti_user"),
                }
            ],
            "respond_with": {"config": {"config_time": 0}},
        }
    )
    b.ok_json({"config": {"time": ms(c) // 1000, "events_blacklist": []}})
    return b.build()


def braze_session(c: Context) -> Flow:
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", dalvik("nieida"))
    b.json(
        {
            "api_key": "a3c1f0b2-77d1-4e1d-9b7a-5c2e8f14d0aa",
            "device_id": b.id("luohti_braze", where="json device_id (Braze)"),
            "sdk_version": "30.4.0",
            "time": ms(c) // 1000,
            "events": [
                {"name": "ss", "data": {}, "time": rf(c.rng, ms(c) / 1000 - 5, ms(c) / 1000, 3)}
            ],
        }
    )
    b.ok_json({"config": {"time": ms(c) // 1000}})
    return b.build()


def guldalit(c: Context) -> Flow:
    sid, title, _artist, dur = _song(c)
    b = _b(c, "POST", f"{API}/v1/guldalit")
    b.view("json guldalit{luohti, sadji, áigi}")
    b.json(
        {
            "guldalit": {
                "luohti": sid,
                "namma": title,
                "sadji": c.rng.randint(5, dur),
                "bistin": dur,
                "áigi": iso(c),
                "gáldu": c.rng.choice(["čoahkkáigeassu", "ohcan", "ráidu"]),
            }
        }
    )
    b.no_content()
    return b.build()


def kuldalem(c: Context) -> Flow:
    """The grandmother's Inari Sami profile on the same phone: her listening list."""
    b = _b(c, "GET", f"{API}/v1/profiilat/aahkku/kuldalem?anaraskiela=1")
    b.view(
        "response json kuldâlem[] (Inari Sami profile's listening history)", direction="response"
    )
    b.ok_json(
        {
            "kuldâlem": [
                {"luohti": s, "nommâ": t, "äigi": iso(c), "kuldâlum_sekundeh": c.rng.randint(30, d)}
                for s, t, _, d in c.rng.sample(LUOHTIT, 3)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """A gzipped batch the player flushes: {'b': [[id, s, t], ...]}, then base64 in 'p'."""
    b = _b(c, "POST", f"{API}/t", device=False)
    b.view("json p = base64 gzip rows [song, second, ts]", detectable=False)
    rows = [[_song(c)[0], c.rng.randint(5, 260), ms(c)] for _ in range(c.rng.randint(2, 4))]
    b.json({"p": b64(gz(js({"b": rows}).encode())), "k": 7})
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, artist, _ = _song(c)
    b = _b(c, "GET", f"{API}/v1/luohti/{sid}/sanit", device=False)
    b.decoy("lyrics with timestamps (content fetch)")
    b.ok_json(
        {
            "luohti": title,
            "juoigi": artist,
            "sánit": [{"áigi": i * 12, "teaksta": "lo lo voja"} for i in range(4)],
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/raiddut/dalveluohtit", device=False)
    b.decoy("editorial playlist (content fetch)")
    b.ok_json({"ráidu": [{"luohti": s, "namma": t, "bistin": d} for s, t, _, d in LUOHTIT]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = _song(c)[0]
    b = FB(
        c,
        "luohtiraidu",
        "GET",
        f"https://cdn.luohtiraidu.example/a/{sid}/320k/{c.rng.randint(0, 40)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def ohcan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ohcan", device=False)
    b.param("q", c.rng.choice(["biegga", "eallu", "áddjá", "anar"]))
    b.decoy("search results (content fetch)")
    b.ok_json({"bohtosat": [{"luohti": s, "namma": t} for s, t, _, _ in LUOHTIT[:3]]})
    return b.build()
