"""Flamingo TV: the Caribbean telco Kòrsou Telekom's TV app (the father's Galaxy A55).

The backend speaks Papiamentu: `aparato` = device, `mira` = watch, `kanal` =
channel, `posishon` = position, `tempu` = time, `programa`, `episodio`. The
player reports its own events (`evento` mira_start / mira_pausa / mira_fin with
the programme and position) and a batch of them as base64 JSON in a form field.
Conviva's SDK sends heartbeats to `<customer>.cws.conviva.com/0/wsg` (`t`
CwsSessionHb, `clid` the client id, `an` asset name, `pht` play-head time,
`sid`, `seq`, `st`; Conviva's heartbeat shape as its SDKs send it). Adjust's
Android SDK posts `/session` and `/event` form bodies (`app_token`,
`event_token`, `gps_adid`, `android_uuid`, `adid`, `callback_params` JSON;
https://github.com/adjust/android_sdk); Meta's SDK posts app events to
`graph.facebook.com/v19.0/{app-id}/activities` (`event`=CUSTOM_APP_EVENTS,
`custom_events` JSON, `advertiser_id`, `anon_id`). A content-view event with the
programme named is a play event. The catalogue, search, the EPG, thumbnails and
HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.flamingotv.korsoutel.example"
CDN = "https://vod.flamingotv.korsoutel.example"
UA = ua("FlamingoTV", "6.2.0", "tata")
PROGRAMAS = [
    ("p301", "Notisiero Telecuraçao", 1800),
    ("p302", "Dushi Kòrsou", 2700),
    ("p303", "Tambú di Aña Nobo", 3600),
    ("p304", "Kaminda pa Bandabou", 2400),
    ("p305", "Beisbòl: Curaçao vs Aruba", 9000),
    ("p306", "Kuentanan di Nanzi", 1500),
]
KANALNAN = ["TeleCuraçao", "CBA TV", "TV Direct", "ATV Aruba", "ESPN Caribbean", "HBO Latino"]
FB_APP = "384017266190452"
ADJ_TOKEN = "k7w3y9q2bd1c"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "flamingotv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-aparato-id", b.id("aid_flamingo", where="header x-aparato-id"))
    return b


def _prog(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(PROGRAMAS)


def registra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/aparato/registra", device=False)
    b.json(
        {
            "aparato": {
                "android_id": b.id("aid_flamingo", where="json aparato.android_id"),
                "advertising_id": b.id("gaid_tata", where="json aparato.advertising_id"),
                "modelo": "SM-A556B",
                "sistema": "Android 14",
            },
            "idioma": "pap",
            "pais": "CW",
        }
    )
    b.ok_json({"usuario": b.acct("flam_user"), "maksimo_aparato": 5})
    return b.build()


def mira_evento(c: Context, evento: str = "") -> Flow:
    pid, titel, dur = _prog(c)
    evento = evento or c.rng.choice(["mira_start", "mira_pausa", "mira_sigui", "mira_fin"])
    b = _b(c, "POST", f"{API}/v3/player/evento")
    b.view("json evento + programa + posishon (player event)")
    b.json(
        {
            "evento": evento,
            "programa": {"id": pid, "titulo": titel, "durashon": dur},
            "kanal": c.rng.choice(KANALNAN),
            "posishon": c.rng.randint(0, dur),
            "tempu": iso(c),
            "kalidat": c.rng.choice(["HD", "SD", "auto"]),
        }
    )
    b.no_content()
    return b.build()


def mira_batch(c: Context) -> Flow:
    """A batch of player events as base64 JSON in one form field (`eventonan`)."""
    b = _b(c, "POST", f"{API}/v3/player/batch", device=False)
    b.view("form eventonan = base64 JSON [programa, posishon, tempu]")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        pid, titel, dur = _prog(c)
        rows.append({"programa": titel, "id": pid, "posishon": c.rng.randint(0, dur), "t": ms(c)})
    b.form(
        [
            ("aparato", b.id("aid_flamingo", where="form aparato")),
            ("eventonan", b64(js(rows))),
            ("v", "3"),
        ]
    )
    b.ok_json({"risibí": len(rows)})
    return b.build()


def sigui_mira(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/usuario/sigui-mira?limit=8")
    b.view("response json sigui_mira[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        pid, titel, dur = _prog(c)
        rows.append(
            {"id": pid, "titulo": titel, "posishon": c.rng.randint(60, dur - 60), "mira_na": iso(c)}
        )
    b.ok_json({"sigui_mira": rows})
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """The player's compact ping: `d` rows [programme number, second, ts], gzip."""
    b = FB(c, "flamingotv", "POST", f"{API}/q")
    b.header("user-agent", "ftvp/2")
    b.view("json d[] rows (gzip)", detectable=False)
    rows = [
        [int(_prog(c)[0][1:]), c.rng.randint(5, 5000), ms(c)] for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"d": rows, "k": 2}, "gzip")
    b.no_content()
    return b.build()


def conviva_hb(c: Context, playing: bool = True) -> Flow:
    pid, titel, dur = _prog(c)
    b = FB(c, "conviva", "POST", "https://korsoutel.cws.conviva.com/0/wsg")
    b.header("user-agent", dalvik("tata"))
    body = {
        "t": "CwsSessionHb",
        "cid": "c3.KorsouTelekom",
        "clid": b.id("flam_conviva_clid", where="json clid"),
        "sid": c.rng.randint(10**8, 10**9),
        "seq": c.rng.randint(1, 60),
        "st": c.rng.randint(1000, 3600000),
        "sf": 7,
        "pver": "2.2",
        "sdk": True,
        "caps": 0,
        "vid": b.acct("flam_user"),
        "pj": {},
        "lv": False,
        "cts": ms(c),
        "evs": [{"t": "CwsStateChangeEvent", "seq": 0, "new": {"ps": 3 if playing else 12}}],
    }
    if playing:
        b.view("json an + pht (Conviva heartbeat)")
        body["an"] = f"{titel} [{pid}]"
        body["pht"] = c.rng.randint(0, dur) * 1000
        body["tags"] = {"c3.cm.name": titel, "kanal": c.rng.choice(KANALNAN)}
    else:
        b.decoy("Conviva heartbeat without content (app idle)")
    b.json(body)
    b.ok_json({"err": "ok", "seq": body["seq"], "cfg": {"hbi": 20}})
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("tata"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("gps_adid", b.id("gaid_tata", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_type", "phone"),
            ("os_name", "android"),
        ]
    )
    b.ok_json({"adid": b.id("flam_adid", where="response json adid", direction="response")})
    return b.build()


def adjust_event(c: Context) -> Flow:
    pid, titel, dur = _prog(c)
    b = _adjust(c, "event")
    b.view("form callback_params JSON (programa, posishon)")
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("event_token", "mr4a1x"),
            ("gps_adid", b.id("gaid_tata", where="form gps_adid")),
            ("adid", b.id("flam_adid", where="form adid")),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("environment", "production"),
            ("event_count", str(c.rng.randint(1, 300))),
            ("callback_params", js({"programa": titel, "id": pid, "posishon": str(dur // 2)})),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def meta_events(c: Context, content: bool = True) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    if content:
        pid, titel, _ = _prog(c)
        b.view("form custom_events fb_mobile_content_view naming the programme")
        ev = {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "episode",
            "fb_content_id": pid,
            "fb_description": titel,
            "_logTime": int(c.now),
        }
    else:
        ev = {"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_tata", where="form advertiser_id")),
            ("anon_id", b.id("flam_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("advertiser_tracking_enabled", "1"),
            ("custom_events", js([ev])),
            ("extinfo", js(["a2", "cw.korsoutel.flamingo", 620, "6.2.0", "14", "SM-A556B"])),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def katalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogo?seccion=serie", device=False)
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "programanan": [
                {"id": p, "titulo": t, "durashon": d, "imagen": f"{CDN}/img/{p}.jpg"}
                for p, t, d in PROGRAMAS
            ]
        }
    )
    return b.build()


def buska(c: Context) -> Flow:
    q = c.rng.choice(["tambu", "nanzi", "beisbol", "notisia"])
    b = _b(c, "GET", f"{API}/v3/buska?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"resultadonan": [{"id": p, "titulo": t} for p, t, _ in PROGRAMAS[:3]]})
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/guia?kanal={c.rng.choice(KANALNAN)}", device=False)
    b.decoy("EPG start times (content fetch)")
    b.ok_json(
        {
            "guia": [
                {"titulo": t, "kuminsa": iso(c), "durashon": d // 60}
                for _, t, d in c.rng.sample(PROGRAMAS, 3)
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = _prog(c)[0]
    b = FB(c, "flamingotv", "GET", f"{CDN}/img/{pid}/{new_hex(c.rng, 12)}_w480.jpg")
    b.header("user-agent", UA)
    b.decoy("programme thumbnail fetch")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def hls(c: Context) -> Flow:
    pid = _prog(c)[0]
    b = FB(c, "flamingotv", "GET", f"{CDN}/hls/{pid}/720p/seg_{c.rng.randint(1, 900):05d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/konfig?version=6.2.0", device=False)
    b.decoy("remote config with feature flags and a build hash")
    b.ok_json(
        {
            "flags": {"chromecast": True, "download": False},
            "build": new_hex(c.rng, 40),
            "tempu_di_server": ms(c),
            "max_bitrate": rf(c.rng, 3, 8, 1),
        }
    )
    return b.build()
