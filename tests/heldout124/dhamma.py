"""Dhamma Yadanar: Buddhist dhamma-talk audio (တရားတော်) by Myanmar sayadaws.

Listening progress goes up with Myanmar-script keys (`နာယူပြီးစက္ကန့်` =
seconds listened to; to listen to a dhamma talk is `tayar nar`, romanised in
the history endpoint). Downloaded talks played offline are synced later as a
msgpack list of rows. Push registration is OneSignal's players API (`ad_id`,
`identifier`, `device_type`; the answer's `id` is the player id,
https://documentation.onesignal.com/reference/add-a-device). Reading a sutta
text (page progress), the uposatha calendar, a meditation timer and the talk
catalogue are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, builder, iso, ms, rid, ua

API = "https://api.dhammayadanar.example"
UA = ua("DhammaYadanar", "2.3.1")
SAYADAWS = [
    "မိုးကုတ်ဆရာတော်",
    "ပအောက်ဆရာတော်",
    "သီတဂူဆရာတော်",
    "လယ်တီဆရာတော်",
    "Sayadaw U Jotika",
]
TALKS = ["ဝိပဿနာ အခြေခံ", "မေတ္တာသုတ်", "ပဋိစ္စသမုပ္ပါဒ်", "သတိပဋ္ဌာန်", "Anatta talk"]
ONESIGNAL_APP = "5c1a7e22-93f4-4d1b-a0c2-7f3e9b11d640"


def _b(c: Context, method: str, url: str, dev: bool = False) -> FB:
    b = builder(c, "dhammayadanar", method, url, UA)
    if dev:
        b.header("x-android-id", b.id("aid_dhamma", where="header x-android-id"))
    return b


def _talk(c: Context) -> tuple[int, str, str, int]:
    return (
        c.rng.randint(100, 5000),
        c.rng.choice(TALKS),
        c.rng.choice(SAYADAWS),
        c.rng.randint(1800, 5400),
    )


def progress_mm(c: Context) -> Flow:
    tid, talk, sayadaw, dur = _talk(c)
    b = _b(c, "PUT", f"{API}/v1/tayar/{tid}/progress", dev=True)
    b.view("json နာယူပြီးစက္ကန့် (Myanmar script: seconds listened) for a dhamma talk")
    b.json(
        {
            "တရားတော်အမှတ်": tid,
            "တရားတော်": talk,
            "ဆရာတော်": sayadaw,
            "နာယူပြီးစက္ကန့်": c.rng.randint(60, dur),
            "စုစုပေါင်းစက္ကန့်": dur,
            "နောက်ဆုံးနာယူချိန်": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tayar_nar_history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tayar_nar_yu/history")
    b.view("json items[].nar_yu_sec (romanised Burmese 'listened') with tayar_id")
    items = []
    for _ in range(c.rng.randint(1, 3)):
        tid, _, _, dur = _talk(c)
        items.append(
            {
                "tayar_id": tid,
                "nar_yu_sec": c.rng.randint(60, dur),
                "pyi_pyi": c.rng.random() < 0.4,
                "at": ms(c),
            }
        )
    b.json({"items": items})
    b.ok_json({"saved": len(items)})
    return b.build()


def offline_sync_opaque(c: Context) -> Flow:
    """Offline plays as a msgpack list of [talk, seconds, ts] rows."""
    b = _b(c, "POST", f"{API}/v1/sync")
    b.view("msgpack body: list of [talk, seconds, ts] rows", detectable=False)
    rows = [[_talk(c)[0], c.rng.randint(60, 5400), ms(c)] for _ in range(c.rng.randint(1, 5))]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def onesignal_player(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://api.onesignal.com/api/v1/players")
    b.header("user-agent", UA)
    b.header("sdk-version", "onesignal/android/040805")
    b.json(
        {
            "app_id": ONESIGNAL_APP,
            "device_type": 1,
            "identifier": "e"
            + rid(c.rng).replace("-", "")[:10]
            + ":APA91b"
            + rid(c.rng).replace("-", ""),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_model": "V2231",
            "device_os": "13",
            "language": "my",
            "timezone": 23400,
            "sdk": "040805",
            "notification_types": 1,
        }
    )
    pid = b.id(
        "dhamma_player",
        where="response json id (OneSignal player id)",
        detectable=False,
        direction="response",
    )
    b.ok_json({"success": True, "id": pid})
    return b.build()


def onesignal_on_session(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://api.onesignal.com/api/v1/players/")
    b.base += (
        b.id("dhamma_player", where="path /players/{id}/on_session", detectable=False)
        + "/on_session"
    )
    b.header("user-agent", UA)
    b.json({"app_id": ONESIGNAL_APP, "language": "my", "timezone": 23400, "device_os": "13"})
    b.ok_json({"success": True})
    return b.build()


def sutta_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pitaka/reading")
    b.decoy("reading progress in a sutta text (reading is not watching or listening)")
    b.json(
        {
            "book": "ဒီဃနိကာယ်",
            "page": c.rng.randint(1, 400),
            "read_pct": c.rng.randint(1, 100),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def uposatha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/calendar/uposatha?year=1386")
    b.decoy("moon-day calendar with dates (ordinary)")
    b.ok_json(
        {
            "days": [
                {"date": f"2024-12-{d:02d}", "moon": m}
                for d, m in ((1, "လပြည့်"), (8, "လဆုတ် ၈ ရက်"), (15, "လကွယ်"))
            ]
        }
    )
    return b.build()


def meditation_timer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/meditation/session")
    b.decoy("meditation sitting minutes (not listening to content)")
    b.json({"minutes": c.rng.choice([15, 30, 45, 60]), "bell": "ခေါင်းလောင်း", "ended_at": iso(c)})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tayar?sort=new")
    b.decoy("talk catalogue with durations (content fetch)")
    items = []
    for _ in range(8):
        tid, talk, sayadaw, dur = _talk(c)
        items.append({"id": tid, "title": talk, "sayadaw": sayadaw, "duration_sec": dur})
    b.ok_json({"items": items})
    return b.build()


def talk_audio(c: Context) -> Flow:
    b = FB(c, "dhammayadanar", "GET", f"https://media.dhammayadanar.example/mp3/{_talk(c)[0]}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    start = c.rng.randint(0, 40) * 65536
    b.header("range", f"bytes={start}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
