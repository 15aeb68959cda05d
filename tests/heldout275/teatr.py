"""Ирон театр: the ticketing app of a Vladikavkaz drama theatre (Alan's Redmi), and
the theatre's own lobby screens.

Key names are Iron Ossetian, romanised by the backend's developers (`bynat` =
seat, `rancæ` = row, `ræstæg` = time, `cæstæy kast` = watched). The app sells
tickets, shows the repertoire with each play's duration, a seat map with seat
positions, and trailers (video fetches). "Театр хæдзары" (theatre at home) is
a small VOD of recorded performances: the player reports the position in the
recording (viewing history) and a "continue watching" shelf comes back in a
response. The app's device registration carries the ANDROID_ID; AppMetrica is
its analytics SDK.

The lobby screens belong to the theatre (its equipment, not a person's device):
they check in with their serial and MAC, fetch a playlist and log proof of
play (what the public screen showed, not what a person watched). One screen
has an audience-measurement camera whose reports are age / gender / attention
estimated from the faces of the people in the lobby (biometric: other people's
faces count).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, jsb, pb_bytes, pb_packed_floats

from . import sdks
from .phone import FB, equipment_mac, equipment_serial, iso, ms, rf, rid, ua

API = "https://api.iron-teatr.example"
SIGNAGE = "https://signage.iron-teatr.example"
UA = ua("IronTeatr", "3.8.2", "alan")
PLAYS = [
    ("sp101", "Хъамбердиаты Мысост", 150),
    ("sp102", "Æфсæйнаг бæх", 95),
    ("sp103", "Гамлет", 180),
    ("sp104", "Фатимæ", 120),
    ("sp105", "Уастырджийы бæрæгбон", 75),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ironteatr", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/gaeds/registraci")
    b.json(
        {
            "android_id": b.id("aid_teatr", where="json android_id"),
            "metrica_device_id": b.id("am_devid_teatr", where="json metrica_device_id"),
            "ævzag": "os",
            "modeli": "Redmi Note 13",
        }
    )
    b.ok_json({"ok": True, "user": b.acct("teatr_user")})
    return b.build()


def afisha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/afisha?maej=12")
    b.decoy("repertoire with play durations (content catalogue)")
    b.ok_json(
        {
            "spektakltæ": [
                {
                    "id": pid,
                    "nom": name,
                    "duration": dur * 60,
                    "ræstæg": iso(c),
                    "zal": c.rng.choice(["Стыр зал", "Чысыл зал"]),
                }
                for pid, name, dur in PLAYS
            ]
        }
    )
    return b.build()


def seat_map(c: Context) -> Flow:
    pid = c.rng.choice(PLAYS)[0]
    b = _b(c, "GET", f"{API}/api/v2/spektakl/{pid}/bynaettae")
    b.decoy("seat map with seat positions (x, y)")
    b.ok_json(
        {
            "bynættæ": [
                {
                    "rancæ": r,
                    "bynat": s,
                    "position": {"x": s * 28, "y": r * 34},
                    "ægæs": c.rng.random() < 0.6,
                    "aergh": 600 + 100 * (r < 5),
                }
                for r in range(1, 4)
                for s in range(1, 6)
            ]
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/bilet/zakaz")
    b.decoy("ticket order with seats and order number")
    b.json(
        {
            "spektakl": c.rng.choice(PLAYS)[0],
            "bynættæ": [{"rancæ": c.rng.randint(1, 12), "bynat": c.rng.randint(1, 20)}],
            "fidyn": "sbp",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"zakaz": order_no(c.rng), "qr": b64(new_hex(c.rng, 24)), "æmbæl": 1200})
    return b.build()


def trailer(c: Context) -> Flow:
    b = FB(
        c,
        "ironteatr",
        "GET",
        f"https://cdn.iron-teatr.example/trailer/{new_hex(c.rng, 12)}/720p_3.mp4",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.decoy("trailer video fetch (watch trailer)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def vod_progress(c: Context) -> Flow:
    pid, name, dur = c.rng.choice(PLAYS)
    b = _b(c, "POST", f"{API}/api/v2/xaedzary/kast")
    b.view("json spektakl + position / duration (recorded performance watched)")
    b.json(
        {
            "spektakl": pid,
            "nom": name,
            "position": c.rng.randint(60, dur * 60 - 60),
            "duration": dur * 60,
            "cæstæy_kast": True,
            "ræstæg": iso(c),
        }
    )
    b.no_content()
    return b.build()


def vod_continue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/xaedzary/dardaer-kaes")
    b.view("response json dardær[] (continue watching)", direction="response")
    b.ok_json(
        {
            "dardær": [
                {
                    "spektakl": pid,
                    "nom": name,
                    "position": c.rng.randint(300, dur * 50),
                    "kast": iso(c),
                }
                for pid, name, dur in c.rng.sample(PLAYS, 3)
            ]
        }
    )
    return b.build()


def vod_opaque(c: Context) -> Flow:
    """The player's compact beacon: rows [play, second, ts] under 'q', base64 JSON."""
    b = _b(c, "POST", f"{API}/b")
    b.view("form q = base64 JSON rows [play, pos, ts]", detectable=False)
    rows = [[int(c.rng.choice(PLAYS)[0][2:]), c.rng.randint(60, 9000), ms(c)] for _ in range(3)]
    b.form([("q", b64(jsb(rows))), ("v", "2")])
    b.no_content()
    return b.build()


def metrica_play(c: Context) -> Flow:
    pid, name, dur = c.rng.choice(PLAYS)
    return sdks.appmetrica_report(
        c,
        "teatr",
        "vod_progress",
        {"play_id": pid, "title": name, "position_sec": c.rng.randint(60, dur * 60)},
        viewing="protobuf event value JSON play_id/title/position_sec",
    )


def metrica_ui(c: Context) -> Flow:
    return sdks.appmetrica_report(
        c, "teatr", "screen_view", {"screen": c.rng.choice(["afisha", "bynættæ", "bilet"])}
    )


# --- the theatre's own lobby screens ---------------------------------------------


def _screen(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iron-teatr-signage", method, url)
    b.header("user-agent", "SignageBox/4.1 (Android 9; RK3399)")
    return b


def screen_heartbeat(c: Context) -> Flow:
    b = _screen(c, "POST", f"{SIGNAGE}/v1/ekran/heartbeat")
    b.decoy("the theatre's lobby screen: serial and MAC of institution equipment")
    b.json(
        {
            "ekranSerial": equipment_serial(c.rng, "LBY"),
            "mac": equipment_mac(c.rng, "00:1E:C0"),
            "location": "Фойе, 1-аг уæладзыг",
            "uptime": c.rng.randint(1000, 900000),
            "temp": rf(c.rng, 38, 61, 1),
        }
    )
    b.ok_json({"cmd": None})
    return b.build()


def screen_playlist(c: Context) -> Flow:
    b = _screen(c, "GET", f"{SIGNAGE}/v1/ekran/playlist?zone=foyer")
    b.decoy("lobby screen playlist with durations")
    b.ok_json(
        {
            "items": [
                {"asset": f"{pid}_promo.mp4", "duration": 30, "position": i}
                for i, (pid, _n, _d) in enumerate(PLAYS)
            ]
        }
    )
    return b.build()


def screen_proof_of_play(c: Context) -> Flow:
    b = _screen(c, "POST", f"{SIGNAGE}/v1/ekran/pop")
    b.decoy("proof of play of a public lobby screen (no person's viewing)")
    b.json(
        {
            "ekranSerial": equipment_serial(c.rng, "LBY"),
            "played": [
                {"asset": f"{pid}_promo.mp4", "start": iso(c), "duration": 30}
                for pid, _n, _d in c.rng.sample(PLAYS, 3)
            ],
        }
    )
    b.no_content()
    return b.build()


def screen_audience(c: Context) -> Flow:
    b = _screen(c, "POST", f"{SIGNAGE}/v1/ekran/audience")
    b.bio("face_attributes", "json faces[] ageEstimate/gender/attention/headPose (lobby camera)")
    b.json(
        {
            "ekranSerial": equipment_serial(c.rng, "LBY"),
            "window": iso(c),
            "faces": [
                {
                    "trackId": c.rng.randint(1, 9999),
                    "ageEstimate": c.rng.randint(12, 75),
                    "gender": c.rng.choice(["male", "female"]),
                    "genderConfidence": rf(c.rng, 0.6, 0.99, 2),
                    "attentionSec": rf(c.rng, 0.5, 12, 1),
                    "headPose": {"yaw": rf(c.rng, -40, 40, 1), "pitch": rf(c.rng, -20, 20, 1)},
                    "emotion": c.rng.choice(["neutral", "happy", "surprised"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def screen_audience_opaque(c: Context) -> Flow:
    b = _screen(c, "POST", f"{SIGNAGE}/v1/e/a")
    b.bio("face_embedding", "protobuf field 2 packed floats (face descriptors)", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 12)) + pb_packed_floats(
        2, [rf(c.rng, -0.3, 0.3, 5) for _ in range(128)]
    )
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def screen_snapshot(c: Context) -> Flow:
    b = _screen(c, "PUT", f"{SIGNAGE}/v1/ekran/screenshot")
    b.decoy("screenshot of what the lobby screen shows (content, no faces)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.no_content()
    return b.build()
