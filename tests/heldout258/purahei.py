"""Purahéi ("song"): a Paraguayan music and radio app (polka, guarania, the
Paraguayan harp and the AM/FM stations of Asunción and Itapúa) on the
mother's moto g54 in Asunción.

Songs and radio sessions are reported to the backend in jopara (`hendu` =
listen, `ohendúva` = what was listened to, `purahéi` = song, `emisora` =
station); an older radio module still posts XML. AppsFlyer launches carry
`advertiserId`, AppsFlyer's `uid` and `android_id`; in-app events name the
song (`af_content_view` with the song in `eventValue`, a play event). The
station's now-playing text, the charts, lyrics, the podcast list and audio
chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.purahei.example"
UA = ua("Purahei", "3.8.1", "mama")
PURAHEI = [
    ("ph101", "Félix Pérez Cardozo", "Tren Lechero"),
    ("ph102", "José Asunción Flores", "India"),
    ("ph103", "Demetrio Ortiz", "Recuerdos de Ypacaraí"),
    ("ph104", "Luis Bordón", "Pájaro Campana"),
    ("ph105", "Emiliano R. Fernández", "Che La Reina"),
    ("ph106", "Los Alfonsinos", "Galopera"),
    ("ph107", "Perla", "Che Pykasumi"),
    ("ph108", "Berta Rojas", "Mis Noches Sin Ti"),
]
EMISORAS = ["Radio Ñandutí", "Radio Cardinal", "Radio Uno", "Radio Nacional", "Radio Itapúa"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "purahei", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "py.purahei.radio"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("mama"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_mama", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("radio_af_uid", where="json uid"),
            "android_id": b.id("aid_radio", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.1",
            "model": "moto g54 5G",
            "brand": "motorola",
            "lang_code": "es",
            "country": "PY",
            "counter": str(c.rng.randint(1, 200)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_play(c: Context) -> Flow:
    pid, artista, tema = c.rng.choice(PURAHEI)
    b = _af(c, "inapps")
    b.view("json eventName af_content_view + eventValue song (play event)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": pid,
                    "af_content_type": "purahei",
                    "artista": artista,
                    "tema": tema,
                    "hendu_seg": c.rng.randint(30, 240),
                }
            ),
            "advertiserId": b.id("gaid_mama", where="json advertiserId"),
            "uid": b.id("radio_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pumbyry")
    b.form(
        [
            ("pumbyry_id", b.id("aid_radio", where="form pumbyry_id")),
            ("usuario", b.acct("radio_user")),
            ("modelo", "moto g54 5G"),
            ("push", new_hex(c.rng, 20)),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


def hendu(c: Context) -> Flow:
    pid, artista, tema = c.rng.choice(PURAHEI)
    b = _b(c, "POST", f"{API}/v1/hendu")
    b.view("json purahéiId + hendu_seg (song listened)")
    b.json(
        {
            "purahéiId": pid,
            "artista": artista,
            "tema": tema,
            "hendu_seg": c.rng.randint(20, 260),
            "opa": c.rng.random() < 0.6,
            "ára": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_sesion_xml(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/legacy/radio/sesion.xml")
    b.view("xml <sesion><emisora> + <hendu_segundos> (radio session)")
    emisora = c.rng.choice(EMISORAS)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<sesion><usuario>{b.acct('radio_user')}</usuario>"
        f"<emisora>{emisora}</emisora>"
        f"<inicio>{iso(c)}</inicio>"
        f"<hendu_segundos>{c.rng.randint(60, 7200)}</hendu_segundos>"
        "<fuente>stream_aac</fuente></sesion>"
    )
    b.set_body(body.encode(), "application/xml; charset=utf-8")
    b.respond(200, "application/xml", b"<ok>1</ok>")
    return b.build()


def ohenduva(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/che/ohenduva?limit=20")
    b.view("response json ohendúva[] (recently listened)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        pid, artista, tema = c.rng.choice(PURAHEI)
        rows.append({"purahéiId": pid, "artista": artista, "tema": tema, "henduAra": iso(c)})
    b.ok_json({"ohendúva": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """A msgpack batch of positional rows; the ANDROID_ID rides MD5-hashed in the path."""
    b = FB(c, "purahei", "POST", API)
    key = b.id("aid_radio", "md5", "path segment after /m/", detectable=False)
    b.base = f"{API}/m/{key}"
    b.header("user-agent", "purahei-core/3.8")
    b.view("msgpack rows [song, seconds, ts]", detectable=False)
    rows = [
        [int(c.rng.choice(PURAHEI)[0][2:]), c.rng.randint(20, 260), ms(c)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.set_body(mpack({"r": rows, "v": 1}), "application/x-msgpack")
    b.no_content()
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/anuncios/config")
    b.header("x-a", b.id("gaid_mama", where="header x-a", detectable=False))
    b.ok_json({"intersticial": False, "banner": True, "cada": 4})
    return b.build()


def sonando(c: Context) -> Flow:
    emisora = c.rng.choice(EMISORAS)
    b = _b(c, "GET", f"{API}/v1/emisoras/{emisora.split()[-1].lower()}/sonando")
    b.decoy("station's now-playing (content, not the listener's)")
    _, artista, tema = c.rng.choice(PURAHEI)
    b.ok_json({"emisora": emisora, "ahora": {"artista": artista, "tema": tema}, "desde": iso(c)})
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ranking?genero=polca")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "ranking": [
                {"purahéiId": p, "tema": t, "reproducciones": c.rng.randint(10**3, 10**6)}
                for p, _, t in PURAHEI
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    pid, _, tema = c.rng.choice(PURAHEI)
    b = _b(c, "GET", f"{API}/v1/purahei/{pid}/letra")
    b.decoy("lyrics with line timestamps (content)")
    b.ok_json(
        {
            "tema": tema,
            "lineas": [
                {"t": i * 4200, "texto": x}
                for i, x in enumerate(["Che retã", "Ypacaraí", "Mborayhu", "Nde rendápe"])
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "purahei",
        "GET",
        f"https://stream.purahei.example/live/{c.rng.randint(1, 5)}/"
        f"chunk_{c.rng.randint(1, 9999)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def podcasts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podcasts?categoria=cultura")
    b.ok_json(
        {
            "podcasts": [
                {"id": f"pc{i}", "titulo": t, "duracion": c.rng.randint(900, 3600)}
                for i, t in enumerate(["Ñe'ẽ Guaraní", "Historia del Arpa", "Mbaracajá"])
            ]
        }
    )
    return b.build()
