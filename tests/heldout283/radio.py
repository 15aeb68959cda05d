"""Kol Haheym: a community radio and phone-hotline player (father's Galaxy A15,
Brooklyn).

Keys are Yiddish in Hebrew script, some in YIVO spelling with pasekh / komets
marks (פּאָזיציע, קאַנאַל), some without (פאזיציע, צייט): קאַנאַל = channel,
פּראָגראַם = programme, געהערט = listened, צייט = time, לענג = length, שלוחה =
hotline extension. Listening logs and archive-playback positions go to the
app's backend; the "recently heard" list comes back in a response. Push is
OneSignal (legacy players API, https://documentation.onesignal.com/reference:
`POST /api/v1/players` with `identifier`, `ad_id`, `device_type`; `on_session`,
`on_focus` with `active_time`; tags on the player, which this app fills with the
last programme heard). What is on air now, the hotline menu and the live audio
stream itself are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.kolhaheym.example"
UA = ua("KolHaheym", "2.2.0", "tate")
OS_APP = "5b1e7c2a-94d3-4f0b-8a61-2c7d9e3f4b10"
PROGRAMS = [
    (1, "קול הײם", "שמועס מיט רבנים", 3600),
    (1, "קול הײם", "נייעס פון וויליאַמסבורג", 900),
    (2, "נגינה", "חסידישע ניגונים", 2700),
    (3, "שיעורים", "דף היומי - ר' יואל", 3300),
    (3, "שיעורים", "הלכה יומית", 600),
    (4, "קינדער", "מעשׂהלעך פאר שבת", 1200),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kolhaheym", method, url)
    b.header("user-agent", UA)
    b.header("x-kh-token", rid(c.rng))
    return b


def _os(c: Context, method: str, path: str) -> FB:
    b = FB(c, "onesignal", method, f"https://onesignal.com/api/v1/{path}")
    b.header("user-agent", "OneSignal/040805")
    b.header("sdk-version", "onesignal/android/040805")
    b.header("accept", "application/vnd.onesignal.v1+json")
    return b


def _prog(c: Context) -> tuple[int, str, str, int]:
    return c.rng.choice(PROGRAMS)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/makhshir/registratsye")
    b.json(
        {
            "אַנדרויד_אײדי": b.id("aid_radio", where="json אַנדרויד_אײדי (android id)"),
            "טעלעפאָן": b.acct("radio_phone"),
            "מאָדעל": "SM-A155F",
            "שפּראַך": "yi",
        }
    )
    b.ok_json({"גוט": True, "שלוחות": 14})
    return b.build()


def hern_log(c: Context) -> Flow:
    ch, kanal, prog, _n = _prog(c)
    b = _b(c, "POST", f"{API}/v1/hern/log")
    b.view("json קאַנאַל/פּראָגראַם/געהערט_סעקונדעס (listening log)")
    b.json(
        {
            "קאַנאַל": kanal,
            "קאַנאַל_נומער": ch,
            "פּראָגראַם": prog,
            "געהערט_סעקונדעס": c.rng.choice([60, 120, 300, 600]),
            "צייט": iso(c),
        }
    )
    b.no_content()
    return b.build()


def arkhiv_pozitsye(c: Context) -> Flow:
    ch, _kanal, prog, lengd = _prog(c)
    b = _b(c, "POST", f"{API}/v1/arkhiv/pozitsye")
    b.view("json שיעור/פאזיציע/לענג (archive playback position)")
    b.json(
        {
            "שלוחה": f"{ch}{c.rng.randint(1, 9)}",
            "שיעור": prog,
            "פאזיציע": c.rng.randint(20, lengd - 5),
            "לענג": lengd,
            "צייט": ms(c),
        }
    )
    b.ok_json({"גוט": True})
    return b.build()


def gehert(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mayn/gehert?limit=8")
    b.view("response json לעצט_געהערט[] (recently heard)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _ch, kanal, prog, lengd = _prog(c)
        rows.append(
            {"קאַנאַל": kanal, "פּראָגראַם": prog, "פּאָזיציע": c.rng.randint(0, lengd), "ווען": iso(c)}
        )
    b.ok_json({"לעצט_געהערט": rows})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """Compact listening stats: base64 of 'ch|sec|ts;...' in form field 'd'."""
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("form d = base64 'channel|seconds|ts' rows", detectable=False)
    rows = ";".join(
        f"{_prog(c)[0]}|{c.rng.randint(30, 900)}|{ms(c)}" for _ in range(c.rng.randint(1, 4))
    )
    b.form([("d", b64(rows)), ("v", "3")])
    b.no_content()
    return b.build()


def now_on_air(c: Context) -> Flow:
    ch, kanal, prog, lengd = _prog(c)
    b = _b(c, "GET", f"{API}/v1/luft/yetst?kanal={ch}")
    b.decoy("what is on air now (content fetch)")
    b.ok_json({"קאַנאַל": kanal, "פּראָגראַם": prog, "אָנהייב": iso(c), "לענג": lengd})
    return b.build()


def hotline_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hotline/menyu")
    b.decoy("hotline extension menu with lecture titles and lengths")
    b.ok_json(
        {
            "שלוחות": [
                {"שלוחה": f"{ch}{i}", "טיטל": prog, "לענג": n}
                for i, (ch, _k, prog, n) in enumerate(PROGRAMS, 1)
            ]
        }
    )
    return b.build()


def live_audio(c: Context) -> Flow:
    ch = _prog(c)[0]
    b = FB(
        c,
        "kolhaheym",
        "GET",
        f"https://stream.kolhaheym.example/live/kanal{ch}/chunk_{c.rng.randint(10**5, 10**6)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def onesignal_register(c: Context) -> Flow:
    b = _os(c, "POST", "players")
    b.json(
        {
            "app_id": OS_APP,
            "device_type": 1,
            "identifier": b.acct("fcm_token_radio"),
            "ad_id": b.id("gaid_tate", where="json ad_id"),
            "device_model": "SM-A155F",
            "device_os": "14",
            "timezone": -18000,
            "timezone_id": "America/New_York",
            "language": "yi",
            "sdk": "040805",
            "sdk_type": "native",
            "android_package": "org.kolhaheym.player",
            "game_version": "220",
            "net_type": 0,
            "carrier": "Verizon",
            "rooted": False,
            "notification_types": 1,
        }
    )
    b.other_id("radio_player_id", "response json id (OneSignal player id)", direction="response")
    b.ok_json({"success": True, "id": c.phone.radio_player_id})
    return b.build()


def onesignal_session(c: Context) -> Flow:
    b = _os(c, "POST", f"players/{c.phone.radio_player_id}/on_session")
    b.other_id("radio_player_id", "path /players/{id}/on_session")
    b.json(
        {
            "app_id": OS_APP,
            "device_type": 1,
            "ad_id": b.id("gaid_tate", where="json ad_id"),
            "language": "yi",
            "game_version": "220",
        }
    )
    b.ok_json({"success": True, "id": c.phone.radio_player_id})
    b.other_id("radio_player_id", "response json id", direction="response")
    return b.build()


def onesignal_focus(c: Context) -> Flow:
    b = _os(c, "POST", f"players/{c.phone.radio_player_id}/on_focus")
    b.other_id("radio_player_id", "path /players/{id}/on_focus")
    b.json({"app_id": OS_APP, "state": "ping", "type": 1, "active_time": 60, "device_type": 1})
    b.ok_json({"success": True})
    return b.build()


def onesignal_tags(c: Context) -> Flow:
    _ch, kanal, prog, _n = _prog(c)
    b = _os(c, "PUT", f"players/{c.phone.radio_player_id}")
    b.other_id("radio_player_id", "path /players/{id}")
    b.view("json tags לעצטער_פּראָגראַם / געהערט_צייט (last programme heard)")
    b.json(
        {
            "app_id": OS_APP,
            "tags": {
                "לעצטער_פּראָגראַם": prog,
                "קאַנאַל": kanal,
                "געהערט_צייט": str(int(c.now)),
            },
        }
    )
    b.ok_json({"success": True})
    return b.build()
