"""The smart TV in the son's Ulan-Ude flat with automatic content recognition:
ACR reports (audio/video fingerprints matched to a channel and programme with
times, with the TV's MAC and PSID), an opaque protobuf ACR batch keyed by a
sha256 of the serial, the "recently watched" answer, device registration, and
ordinary remote keys, home rails and aggregate trending lists.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid

API = "https://acr.hanxing-tv.example"
UI = "https://ui.hanxing-tv.example"
UA = "Mozilla/5.0 (Linux; Android 11; HX55U) HanxingTV/7.2"
KANAL = ["Ариг Ус", "Буряад ТВ", "НТВ", "СТС", "Россия-1"]
SHOW = ["Баян Талын Зүүд", "Сагаан Һара", "Вечерние новости", "Маша и Медведь"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv", method, url)
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/acr/report")
    b.view("json matches[] (channel, programme, start, seconds)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "mac": b.id("tv_mac", "nosep", "json mac (no separators)"),
            "matches": [
                {
                    "channel": c.rng.choice(KANAL),
                    "programme": c.rng.choice(SHOW),
                    "start": iso(c),
                    "seconds": c.rng.randint(15, 1800),
                    "fp": c.rng.randbytes(8).hex(),
                }
                for _ in range(2)
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/b")
    key = b.id("tv_serial", "sha256", "protobuf field 1 (sha256 of serial)", detectable=False)
    b.view("protobuf field 2 records (content hash, start, seconds)", detectable=False)
    body = pb_bytes(1, key) + b"".join(
        pb_bytes(
            2,
            pb_bytes(1, c.rng.randbytes(8))
            + pb_varint(2, ms(c))
            + pb_varint(3, c.rng.randint(10, 900)),
        )
        for _ in range(3)
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def recently(c: Context) -> Flow:
    b = _b(c, "GET", f"{UI}/v1/viewing/recent")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[] (this TV's viewing)", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {"programme": s, "watchedAt": iso(c), "minutes": c.rng.randint(5, 90)}
                for s in SHOW[:3]
            ]
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{UI}/v1/device/register")
    b.json(
        {
            "serial": b.id("tv_serial", where="json serial"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "psid": b.id("tv_psid", where="json psid"),
            "model": "HX55U",
            "country": "RU",
        }
    )
    b.ok_json({"account": b.acct("tv_account")})
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{UI}/v1/telemetry/key")
    b.json({"key": c.rng.choice(["OK", "UP", "DOWN", "BACK"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{UI}/v1/home?lang=ru")
    b.ok_json({"rails": [{"title": "Рекомендуем", "items": [f"app_{i}" for i in range(6)]}]})
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{UI}/v1/trending?region=03")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {"trending": [{"programme": s, "share": round(c.rng.uniform(1, 30), 1)} for s in SHOW]}
    )
    return b.build()
