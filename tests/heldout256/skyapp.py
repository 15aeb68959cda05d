"""The VanuaSky app on the father's Galaxy A35: pairs with the decoder, shows
what the household watched on it, and streams a few channels on the phone
("VanuaSky Go").

Pairing sends the decoder's serial and smart card number and the app's
ANDROID_ID. "Ena gauna oqo" (recently on your decoder) comes back from the
operator as a list of programmes with the seconds watched; the phone's own
live stream sends a heartbeat with the channel, seconds and the ANDROID_ID
(the operator limits concurrent streams per device). An older build
sends its heartbeat as one pipe-joined string under 'z'. Guide and store calls
carry a SHA-1 of the ANDROID_ID in 'x-h'. The guide, packages, the PPV
catalogue and the reminder for a programme are content and account data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .decoder import PROGRAMMES, SERVICES
from .phone import FB, iso, ms, rid, ua

API = "https://api.vanuasky.example"
UA = ua("VanuaSky", "3.3.2", "tata")


def _b(c: Context, method: str, url: str, hashed: bool = False) -> FB:
    b = FB(c, "vanuasky-app", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if hashed:
        b.header("x-h", b.id("aid_sky", "sha1", "header x-h", detectable=False))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/decoder/pair")
    b.json(
        {
            "account": c.phone.sky_account,
            "decoderSerial": b.id("stb_serial", where="json decoderSerial"),
            "smartCardNumber": b.id("stb_card", where="json smartCardNumber"),
            "androidId": b.id("aid_sky", where="json androidId"),
            "deviceName": "Galaxy A35",
        }
    )
    b.ok_json({"paired": True, "decoder": {"model": "VS4K-200", "region": "FJ-C"}})
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/decoder/ena-gauna-oqo?siga=2")
    b.view("response json enaGaunaOqo[] (programmes watched on the decoder)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _sid, name = c.rng.choice(SERVICES)
        rows.append(
            {
                "channel": name,
                "programme": c.rng.choice(PROGRAMMES),
                "watchedAt": iso(c),
                "secondsWatched": c.rng.randint(60, 5400),
            }
        )
    b.ok_json({"enaGaunaOqo": rows})
    return b.build()


def go_heartbeat(c: Context) -> Flow:
    sid, name = c.rng.choice(SERVICES[:6])
    b = _b(c, "POST", f"{API}/v2/go/heartbeat")
    b.view("json channelId / channel / watchSeconds (live channel on the phone)")
    b.json(
        {
            "channelId": sid,
            "channel": name,
            "watchSeconds": c.rng.choice([30, 60, 60, 120]),
            "quality": c.rng.choice(["SD", "HD"]),
            "deviceId": b.id("aid_sky", where="json deviceId"),
            "ts": iso(c),
        }
    )
    b.ok_json({"continue": True, "concurrent": 1})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hb")
    b.view("form z = channel|seconds|ts", detectable=False)
    z = f"{c.rng.choice(SERVICES)[0]}|{c.rng.choice([30, 60, 120])}|{ms(c)}"
    b.form([("z", z), ("v", "1")])
    b.no_content()
    return b.build()


def guide(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/guide?date={iso(c)[:10]}", hashed=True)
    b.decoy("TV guide start times and durations (schedule)")
    b.ok_json(
        {
            "guide": [
                {"channel": n, "title": c.rng.choice(PROGRAMMES), "start": iso(c), "duration": 60}
                for _, n in SERVICES[:5]
            ]
        }
    )
    return b.build()


def store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/packages", hashed=True)
    b.decoy("package prices and durations")
    b.ok_json(
        {
            "packages": [
                {"id": "VUVALE", "price": 39.95, "duration": "30 days"},
                {"id": "SPORTS", "price": 24.95, "duration": "30 days"},
            ]
        }
    )
    return b.build()


def ppv_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ppv/events")
    b.decoy("pay-per-view event catalogue with kick-off times (content)")
    b.ok_json(
        {
            "events": [
                {"id": f"ppv{c.rng.randint(100, 999)}", "title": t, "price": 19.95, "start": iso(c)}
                for t in ("Fiji v Samoa (Pacific Nations Cup)", "Bollywood Nite Live Suva")
            ]
        }
    )
    return b.build()


def reminder(c: Context) -> Flow:
    sid, _name = c.rng.choice(SERVICES)
    b = _b(c, "POST", f"{API}/v2/reminders")
    b.json(
        {"channelId": sid, "title": c.rng.choice(PROGRAMMES), "start": iso(c), "minutesBefore": 10}
    )
    b.ok_json({"id": new_hex(c.rng, 12)})
    return b.build()


def bill(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/account/bill")
    b.decoy("bill with invoice number and due date")
    b.ok_json(
        {
            "invoice": f"VS{c.rng.randint(10**6, 10**7)}",
            "amount": 64.90,
            "due": "2025-03-28",
            "account": c.phone.sky_account,
        }
    )
    return b.build()
