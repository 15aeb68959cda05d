"""SukanLive: badminton (BWF tours) and football (Liga Super, EPL) live streaming on
the father's Samsung.

Live watch heartbeats name the match and the seconds watched
(`perlawanan_id`, `saat_ditonton`); a Cantonese-speaking contractor wrote the
replay tracker (`tai_gwo`, `tai_dou` seconds: "看過 / 看到"). A second tracker
sends numbered keys only (`{"1": match, "2": seconds}`: opaque). Firebase
Analytics carries the app-instance id and the ad id. Live scores, the bracket,
odds and the shuttle-speed chart are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rf, rid, ua_samsung

API = "https://api.sukanlive.example"
BEAT = "https://beat.sukanlive.example"
UA = ua_samsung("SukanLive", "3.9.0")
MATCHES = [
    ("BWF-MAS-QF2", "Lee Zii Jia vs Kunlavut Vitidsarn"),
    ("BWF-MAS-SF1", "Aaron Chia/Soh Wooi Yik vs Liang/Wang"),
    ("MSL-JDT-SEL", "Johor Darul Ta'zim vs Selangor FC"),
    ("EPL-LIV-MCI", "Liverpool vs Manchester City"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sukanlive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def live_heartbeat(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{BEAT}/v1/langsung/heartbeat")
    b.view("json perlawanan_id + saat_ditonton")
    b.json(
        {
            "pengguna": b.acct("user_sukan"),
            "perlawanan_id": mid,
            "perlawanan": name,
            "saat_ditonton": c.rng.randint(30, 5400),
            "status_pemain": c.rng.choice(["main", "jeda", "penampan"]),
            "masa": ms(c),
        }
    )
    b.no_content()
    return b.build()


def replay_tracker_cantonese(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/replay/v2/tai_gwo")
    b.view("json tai_gwo[] {bei_choi, tai_dou}")
    b.json(
        {
            "tai_gwo": [
                {
                    "bei_choi": mid,
                    "tai_dou": c.rng.randint(60, 5400),
                    "yun_sing": c.rng.random() < 0.3,
                }
            ],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def numbered_beacon(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{BEAT}/q")
    b.view("json numbered keys 1 (match) 2 (seconds) 3 (ts)", detectable=False)
    b.json({"1": mid, "2": c.rng.randint(30, 5400), "3": ms(c), "9": 2})
    b.no_content()
    return b.build()


def firebase_event(c: Context) -> Flow:
    """GA4 for Firebase batch (protobuf): app-instance id and ad id, a screen_view event."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    body = pb_msg(
        1,
        [
            pb_varint(1, 1),
            pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(4, ms(c))]),
            pb_bytes(14, "my.sukanlive.app"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 19 (resettable_device_id)")),
            pb_bytes(21, b.id("sukan_fid", "protobuf", "protobuf field 21 (app_instance_id)")),
        ],
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/skor/{mid}")
    b.decoy("live score with game-by-game point series (public match data)")
    b.ok_json(
        {
            "perlawanan": name,
            "set": [[c.rng.randint(10, 21), c.rng.randint(10, 21)] for _ in range(3)],
            "kelajuan_smash_kmj": [rf(c.rng, 280, 420, 1) for _ in range(12)],
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jadual?kejohanan=malaysia-open")
    b.decoy("fixtures list with start times and most-watched counts (catalogue, aggregate)")
    b.ok_json(
        {
            "jadual": [
                {
                    "id": m,
                    "nama": n,
                    "mula": ms(c) + i * 3600000,
                    "penonton": c.rng.randint(10**4, 10**6),
                }
                for i, (m, n) in enumerate(MATCHES)
            ]
        }
    )
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "androidId": b.id("aid_sukan", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "model": "SM-S911B",
        }
    )
    b.ok_json({"ok": True, "maxStreams": 2})
    return b.build()
