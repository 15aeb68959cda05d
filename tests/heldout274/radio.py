"""ГIалгIай Радио: an Ingush radio / news app on the cousin's Honor in Nazran.

Ingush key names, typed the way Ingush is often typed on phones (the palochka
as "1"): listening is logged as `ладувг1ар` with the programme (`ц1и`),
station, seconds listened (`секунд`) and time (`хан`); a romanised build of
the same API (`laduvgIar`, `tsI`) runs on the web player. The "recently
heard" list comes back under `ладийг1ар`. Device registration sends
`г1ирс_id` (ANDROID_ID); the app's stats ping carries a SHA-1 of the
ANDROID_ID in a bare query parameter `h` and listening rows as a string
`p=id:sec;id:sec`. AppsFlyer inside. Now-playing, news, prayer-time widget
config and audio chunks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Carrier, Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from . import sdks
from .phone import FB, iso, ms, ua

API = "https://api.ghalghay-radio.example"
STREAM = "https://stream.ghalghay-radio.example"
UA = ua("GhalghayRadio", "1.12.0", "vasha")
PROGRAMMES = [
    (31, "Г1алг1ай назмаш"),
    (32, "Керда хабар"),
    (33, "Даьхе"),
    (34, "Г1алг1ай илли"),
    (35, "Бераш"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ghalghayradio", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("radio_user"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/g1irs")
    b.json(
        {
            "г1ирс_id": b.id("aid_radio", where="json г1ирс_id"),
            "рекламан_id": b.id("gaid_vasha", where="json рекламан_id"),
            "мотт": "inh",
        }
    )
    b.ok_json({"дIаяздаь": True})
    return b.build()


def listen(c: Context) -> Flow:
    pid, name = c.rng.choice(PROGRAMMES)
    b = _b(c, "POST", f"{API}/v2/laduvgIar")
    b.view("json ладувг1ар{программа_id, ц1и, секунд, хан}")
    b.json(
        {
            "ладувг1ар": {
                "программа_id": pid,
                "ц1и": name,
                "станци": "ГIалгIай Радио 104.2",
                "секунд": c.rng.randint(60, 3600),
                "хан": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def listen_web(c: Context) -> Flow:
    pid, name = c.rng.choice(PROGRAMMES)
    b = _b(c, "POST", f"{API}/web/laduvgIar")
    b.view("form laduvgIar JSON {programma, tsI, sekund}")
    b.form(
        [
            ("laduvgIar", js({"programma": pid, "tsI": name, "sekund": c.rng.randint(30, 2400)})),
            ("khan", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ladiyg1ar?n=5")
    b.view("response json ладийг1ар[] (heard programmes with time)", direction="response")
    b.ok_json(
        {
            "ладийг1ар": [
                {"ц1и": n, "хан": iso(c), "секунд": c.rng.randint(60, 3000)}
                for _, n in c.rng.sample(PROGRAMMES, 3)
            ]
        }
    )
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = FB(c, "ghalghayradio", "GET", f"{API}/s.gif")
    b.header("user-agent", UA)
    b.view("query p=id:sec;id:sec", detectable=False)
    b.param("h", b.id("aid_radio", "sha1", "query h", detectable=False))
    rows = ";".join(f"{c.rng.choice(PROGRAMMES)[0]}:{c.rng.randint(20, 900)}" for _ in range(3))
    b.param("p", rows)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def af_launch(c: Context) -> Flow:
    return sdks.appsflyer(c, "radio")


def af_listen(c: Context) -> Flow:
    pid, name = c.rng.choice(PROGRAMMES)
    value = {
        "af_content_id": str(pid),
        "af_content": name,
        "listen_seconds": c.rng.randint(60, 3000),
    }
    f = sdks.appsflyer(c, "radio", "programme_listened", value)
    where = "json eventValue (JSON string) programme_listened + listen_seconds"
    f.carriers.append(Carrier("viewing_history", "viewing", where, "structure", True, False))
    return f


def af_settings(c: Context) -> Flow:
    return sdks.appsflyer_cdn_config(c, "radio")


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/hanna?station=1042")
    b.decoy("station's now-playing (content fetch)")
    pid, name = c.rng.choice(PROGRAMMES)
    b.ok_json({"ц1и": name, "id": pid, "доладала": iso(c)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/khabar?page=1")
    b.ok_json(
        {
            "хабараш": [
                {"id": c.rng.randint(10**4, 10**5), "корта": t}
                for t in ("Магас", "Назрань", "Сунжа")
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c, "ghalghayradio-stream", "GET", f"{STREAM}/live/1042/chunk_{c.rng.randint(1, 99999)}.aac"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("live audio chunk fetch")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def widget_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/widget/lamaz-hanash?city=Nazran")
    b.decoy("prayer-time widget settings (city, method)")
    b.ok_json({"city": "Назрань", "method": 14, "asr": "hanafi", "id": new_hex(c.rng, 8)})
    return b.build()
