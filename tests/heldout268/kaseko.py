"""Kaseko Poku: a Surinamese kaseko, kawina and tumba music app (the son's Redmi
Note 13 in Paramaribo).

The backend speaks Sranan Tongo: `sani` / `masyin` = device, `poku` = music,
`singi` = song, `singiman` = singer, `arki` = listen, `ten` = time, `langa` =
length, `kaba` = finished. Plays are reported to the backend and to Mixpanel:
the Android SDK posts `/track/?ip=1` with a form field `data` holding a JSON
array of events (`event`, `properties` with `token`, `time`, `distinct_id`,
`$device_id`, `mp_lib`; https://developer.mixpanel.com/reference/track-event),
and `/engage` profile updates. The "mi arki" list comes back in a response. A
widget's minimal beacon sends rows under one-letter keys with an MD5 of the
ANDROID_ID. Charts, lyrics, cover art and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.kasekopoku.example"
UA = ua("KasekoPoku", "3.4.2", "yu")
MP_TOKEN = "5b8e1f0c2a7d4e93b6c0f1a2d3e4f5a6"
SINGI = [
    ("s11", "Lieve Hugo", "Mi Pataka", 254),
    ("s12", "Max Nijman", "Adjosi", 301),
    ("s13", "Trafassi", "Meki Wi Dansi", 276),
    ("s14", "Naks Kaseko Loko", "Kawina Fu Mi", 322),
    ("s15", "Izaline Calister", "Tambú pa Bo", 241),
    ("s16", "Oscar Harris", "Baby Come Back Home", 229),
    ("s17", "Powl Brothers", "Bigi Poku", 288),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kasekopoku", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _singi(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(SINGI)


def sani_registreer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sani")
    b.json(
        {
            "sani_id": b.id("aid_kaseko", where="json sani_id"),
            "reklame_id": b.id("gaid_yu", where="json reklame_id"),
            "masyin": "Redmi Note 13",
            "kondre": "SR",
        }
    )
    b.ok_json({"arkiman": b.acct("kaseko_user"), "pakket": "fri"})
    return b.build()


def arki(c: Context) -> Flow:
    sid, singiman, titel, langa = _singi(c)
    b = _b(c, "POST", f"{API}/v2/arki")
    b.header("x-sani-id", b.id("aid_kaseko", where="header x-sani-id"))
    b.view("json poku + arki_ten (song listened)")
    seconds = c.rng.randint(20, langa)
    b.json(
        {
            "poku": {"id": sid, "singi": titel, "singiman": singiman, "langa": langa},
            "arki_ten": seconds,
            "kaba": seconds >= langa - 5,
            "ten": iso(c),
        }
    )
    b.no_content()
    return b.build()


def mi_arki(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mi/arki-lista?bigin=0")
    b.view("response json mi_arki[] (listening history)", direction="response")
    b.ok_json(
        {
            "mi_arki": [
                {"id": s, "singi": t, "singiman": m, "ten": iso(c)}
                for s, m, t, _ in c.rng.sample(SINGI, 5)
            ]
        }
    )
    return b.build()


def _mp_props(b: FB, c: Context) -> dict[str, object]:
    return {
        "token": MP_TOKEN,
        "time": ms(c),
        "distinct_id": b.id("kaseko_mp_device", where="form data[].properties.distinct_id"),
        "$device_id": b.id("kaseko_mp_device", where="form data[].properties.$device_id"),
        "mp_lib": "android",
        "$lib_version": "7.5.2",
        "$os": "Android",
        "$os_version": "14",
        "$manufacturer": "Xiaomi",
        "$model": "23124RA7EO",
        "$app_version_string": "3.4.2",
        "$wifi": True,
        "$insert_id": new_hex(c.rng, 16),
    }


def mixpanel_track(c: Context, play: bool = True) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track/?ip=1")
    b.header("user-agent", dalvik("yu"))
    props = _mp_props(b, c)
    if play:
        _sid, singiman, titel, langa = _singi(c)
        b.view("form data: event 'Poku Arki' with singi / singiman / arki_ten")
        event = "Poku Arki"
        props.update({"singi": titel, "singiman": singiman, "arki_ten": c.rng.randint(10, langa)})
    else:
        event = c.rng.choice(["App Opo", "Buska", "Playlist Meki"])
        b.decoy("Mixpanel event without content")
    b.form([("data", js([{"event": event, "properties": props}]))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def mixpanel_engage(c: Context) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/engage/")
    b.header("user-agent", dalvik("yu"))
    b.decoy("profile properties (language, plan)")
    upd = {
        "$token": MP_TOKEN,
        "$distinct_id": b.id("kaseko_mp_device", where="form data (base64) $distinct_id"),
        "$time": ms(c),
        "$set": {"tongo": "srn", "pakket": "fri", "kondre": "SR"},
    }
    b.form([("data", b64(js([upd])))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def widget_beacon(c: Context) -> Flow:
    b = FB(c, "kasekopoku", "POST", f"{API}/w")
    b.header("user-agent", "kp-widget/1")
    key = b.id("aid_kaseko", "md5", "form h", detectable=False)
    b.view("form r rows", detectable=False)
    rows = ";".join(
        f"{_singi(c)[0]},{c.rng.randint(10, 300)},{ms(c)}" for _ in range(c.rng.randint(1, 3))
    )
    b.form([("h", key), ("r", rows)])
    b.no_content()
    return b.build()


def top_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top?kondre=SR")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "top": [
                {"id": s, "singi": t, "singiman": m, "arki": c.rng.randint(1000, 90000)}
                for s, m, t, _ in SINGI
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid = _singi(c)[0]
    b = _b(c, "GET", f"{API}/v2/poku/{sid}/tekst")
    b.ok_json({"tekst": "Mi lobi, mi lobi, yu na mi ati...", "tongo": "srn"})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = _singi(c)[0]
    b = FB(
        c,
        "kasekopoku",
        "GET",
        f"https://stream.kasekopoku.example/a/{sid}/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("audio chunk fetch (content fetch)")
    b.respond(200, "audio/aac", b"\xff\xf1" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def cover(c: Context) -> Flow:
    sid = _singi(c)[0]
    b = FB(c, "kasekopoku", "GET", f"https://img.kasekopoku.example/cover/{sid}_300.jpg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
