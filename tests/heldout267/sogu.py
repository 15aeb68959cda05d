"""Søgubrunnur: a children's audiobook app on the family's Lenovo tablet in
Klaksvík.

The backend is Faroese: `bók` (book), `kapittul`, `støða_sek` (position),
`lurtað` (listened), `barn` (the child's profile). The player saves the
listening position per chapter; "lurtaði seinast" lists what the children
listened to; AppsFlyer gets the install with the GAID and ANDROID_ID and
`af_content_view` / `lurtað_kapittul` events naming the book; a newer build
sends listening rows as msgpack with one-letter keys. The shelf, the cover
images, search and the chapter audio fetches are content fetches; the
child's self-declared age group and avatar choice are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.sogubrunnur.example"
PKG = "fo.sogubrunnur.born"
UA = ua("Sogubrunnur", "2.7.0", "tablet")
BOKUR = [
    ("b11", "Rasmus Klumpur", 14),
    ("b23", "Snjóflykrið og hundurin", 8),
    ("b37", "Pippi Langsokkur", 22),
    ("b41", "Tróndur og Sigmundur", 11),
    ("b58", "Ævintýr úr Mykinesi", 9),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sogubrunnur", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def _bok(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(BOKUR)


def _af_base(c: Context, b: FB) -> dict[str, object]:
    return {
        "advertiserId": b.id("gaid_tablet", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "android_id": b.id("aid_sogu", where="json android_id"),
        "uid": b.id("sogu_af_uid", where="json uid"),
        "app_id": PKG,
        "appsflyerKey": "Zk" + new_hex(c.rng, 20),
        "brand": "Lenovo",
        "model": "TB-X606F",
        "sdk": "33",
        "platformextension": "android_native",
        "timepassedsincelastlaunch": str(c.rng.randint(1, 90000)),
        "date1": iso(c),
        "lang": "føroyskt",
        "lang_code": "fo",
        "country": "FO",
        "af_timestamp": str(ms(c)),
        "counter": str(c.rng.randint(2, 300)),
    }


def af_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
    )
    b.header("user-agent", dalvik("tablet"))
    b.json(_af_base(c, b))
    b.ok_json({"status": "ok"})
    return b.build()


def af_content(c: Context) -> Flow:
    bid, heiti, kap = _bok(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
    )
    b.header("user-agent", dalvik("tablet"))
    body = _af_base(c, b)
    ev = c.rng.choice(["af_content_view", "lurtad_kapittul"])
    body["eventName"] = ev
    body["eventValue"] = js(
        {
            "af_content_id": bid,
            "af_content": heiti,
            "kapittul": c.rng.randint(1, kap),
            "lurtað_sek": c.rng.randint(60, 1200),
        }
    )
    b.view(f"json eventName={ev} + eventValue|json af_content/kapittul/lurtað_sek")
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def stoda(c: Context) -> Flow:
    bid, heiti, kap = _bok(c)
    b = _b(c, "PUT", f"{API}/v1/barn/lurtan/{bid}")
    b.view("json bók/kapittul/støða_sek (listening position)")
    b.json(
        {
            "bók": heiti,
            "kapittul": c.rng.randint(1, kap),
            "støða_sek": c.rng.randint(0, 1500),
            "barn": b.acct("sogu_user"),
            "tíð": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seinast(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/barn/lurtadi-seinast")
    b.view("response json lurtaðiSeinast[] (listening history)", direction="response")
    b.ok_json(
        {
            "lurtaðiSeinast": [
                {"bók": h, "kapittul": c.rng.randint(1, k), "tíð": iso(c)}
                for _, h, k in (_bok(c) for _ in range(4))
            ]
        }
    )
    return b.build()


def msgpack_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/l")
    b.header("x-t", b.id("aid_sogu", "md5", "header x-t", detectable=False))
    b.view("msgpack rows b/k/s/t (book, chapter, seconds, time), one-letter keys", detectable=False)
    rows = [
        {"b": _bok(c)[0], "k": c.rng.randint(1, 9), "s": c.rng.randint(30, 900), "t": ms(c)}
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def hilla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hilla?aldur=3-6")
    b.decoy("bookshelf with chapter counts and the age group (aldur) filter")
    b.ok_json({"bøkur": [{"id": i, "heiti": h, "kapitlar": k} for i, h, k in BOKUR]})
    return b.build()


def forsida(c: Context) -> Flow:
    bid = _bok(c)[0]
    b = FB(c, "sogubrunnur", "GET", f"https://cdn.sogubrunnur.example/forsidur/{bid}/512.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + c.rng.randbytes(300))
    return b.build()


def lyd(c: Context) -> Flow:
    bid, _, kap = _bok(c)
    b = FB(
        c,
        "sogubrunnur",
        "GET",
        f"https://cdn.sogubrunnur.example/lyd/{bid}/{c.rng.randint(1, kap)}/128k.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.decoy("chapter audio fetch (content fetch, no report)")
    b.respond(206, "audio/mpeg", b"ID3" + c.rng.randbytes(400))
    return b.build()


def barn_profil(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/barn/profil")
    b.decoy("child's self-declared age group and chosen avatar (a drawing)")
    b.json({"navn": "Súsanna", "aldursbólkur": "3-6", "avatar": "lundi_3", "id": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
