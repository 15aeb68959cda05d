"""Mitã Dibujos ("children's cartoons"): a kids' cartoon app on la nena's Galaxy
Tab A9 in Asunción, bilingual Spanish / Guaraní.

Episodes watched go to the backend (`dibujoId`, `episodio`, `ma'ẽ_seg`) and
the "ya viste" list comes back; an ad pixel reports plays as bare query
letters. Adjust attribution runs in the app (`/session` with `gps_adid` and
`android_uuid`; `/event` with `callback_params` naming the episode watched).
A selfie sticker feature sends the child's face landmarks to the backend to
place the sticker. The AR mini-game's camera pose, the character the child
picks as avatar, the parental PIN, the catalogue and thumbnails are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.mita-dibujos.example"
UA = ua("MitaDibujos", "2.3.5", "nena")
DIBUJOS = [
    ("d11", "Karumbé ha Kuñataĩ", 660),
    ("d12", "Jaguarete Michĩ", 720),
    ("d13", "Los Pombero Buenos", 600),
    ("d14", "Tatu ha Iñirũnguéra", 540),
    ("d15", "Mbói Sapukái", 690),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "mita", method, url)
    b.header("user-agent", UA)
    if device:
        pid = b.id("aid_mita", "plain", "cookie pumbyry")
        b.header("cookie", f"pumbyry={pid}; lang=gn-PY; sesion={rid(c.rng).replace('-', '')}")
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("nena"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "m1t4d1bu9j0s"),
            ("gps_adid", b.id("gaid_nena", where="form gps_adid")),
            ("android_uuid", b.id("mita_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c).replace("Z", "Z-0300")),
            ("environment", "production"),
            ("device_name", "SM-X110"),
            ("device_type", "tablet"),
            ("os_name", "android"),
            ("country", "PY"),
            ("language", "gn"),
        ]
    )
    b.ok_json({"adid": b.id("mita_adid", where="response json adid", direction="response")})
    return b.build()


def adjust_episode(c: Context) -> Flow:
    _did, titulo, dur = c.rng.choice(DIBUJOS)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("nena"))
    b.header("client-sdk", "android4.38.2")
    b.view("form callback_params {dibujo, episodio, visto_seg} (episode watched event)")
    b.form(
        [
            ("app_token", "m1t4d1bu9j0s"),
            ("event_token", "ep7wch"),
            ("gps_adid", b.id("gaid_nena", where="form gps_adid")),
            ("android_uuid", b.id("mita_adjust_uuid", where="form android_uuid")),
            (
                "callback_params",
                js(
                    {
                        "dibujo": titulo,
                        "episodio": str(c.rng.randint(1, 52)),
                        "visto_seg": str(c.rng.randint(30, dur)),
                    }
                ),
            ),
            ("created_at", iso(c).replace("Z", "Z-0300")),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": b.id("mita_adid", where="response json adid", direction="response")})
    return b.build()


def episodio_visto(c: Context) -> Flow:
    did, titulo, dur = c.rng.choice(DIBUJOS)
    b = _b(c, "POST", f"{API}/v1/hecha/episodio")
    b.view("json dibujoId + episodio + ma'ẽ_seg")
    b.json(
        {
            "perfil": "mitã_1",
            "dibujoId": did,
            "dibujo": titulo,
            "episodio": c.rng.randint(1, 52),
            "ma'ẽ_seg": c.rng.randint(20, dur),
            "opáma": c.rng.random() < 0.5,
            "ára": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ya_viste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/perfil/mita_1/ya-viste")
    b.view("response json yaViste[] (watched episodes)", direction="response")
    b.ok_json(
        {
            "yaViste": [
                {
                    "dibujoId": d,
                    "dibujo": t,
                    "episodio": c.rng.randint(1, 52),
                    "hechaAra": iso(c),
                }
                for d, t, _ in c.rng.sample(DIBUJOS, 3)
            ]
        }
    )
    return b.build()


def pixel(c: Context) -> Flow:
    """An ad pixel: episode, second and time as bare letters; the ANDROID_ID base64'd in `u`."""
    did = c.rng.choice(DIBUJOS)[0]
    b = FB(c, "mita", "GET", "https://px.mita-dibujos.example/p.gif", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("query e / s / t (episode, second, time)", detectable=False)
    b.param("e", f"{did}-{c.rng.randint(1, 52)}")
    b.param("s", str(c.rng.randint(10, 700)))
    b.param("t", str(ms(c)))
    b.param("u", b.id("aid_mita", "b64", "query u", detectable=False))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def sticker_tova(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sticker/tova")
    b.bio("face_landmarks", "json tova.puntos (68 face landmarks) + yaw/pitch")
    b.json(
        {
            "sticker": c.rng.choice(["jaguarete", "mbói", "tatu"]),
            "tova": {
                "puntos": [[rf(c.rng, 0, 1, 4), rf(c.rng, 0, 1, 4)] for _ in range(68)],
                "yaw": rf(c.rng, -20, 20, 2),
                "pitch": rf(c.rng, -15, 15, 2),
                "sonrisa": rf(c.rng, 0, 1, 2),
            },
        }
    )
    b.ok_json({"ok": True, "render": f"https://cdn.mita-dibujos.example/s/{rid(c.rng)}.png"})
    return b.build()


def juego_ar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/juego/jaguarete-ar/estado", device=False)
    b.decoy("AR game camera pose (not a face)")
    b.json(
        {
            "nivel": c.rng.randint(1, 12),
            "camara": {
                "pos": [rf(c.rng, -1, 1, 3) for _ in range(3)],
                "rot": [rf(c.rng, -1, 1, 4) for _ in range(4)],
            },
            "puntos": c.rng.randint(0, 5000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def avatar_personaje(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/perfil/mita_1/avatar", device=False)
    b.decoy("picked cartoon character avatar")
    b.json({"personaje": c.rng.choice(["karumbe", "jaguarete", "tatu"]), "color": "#2a9d8f"})
    b.ok_json({"ok": True})
    return b.build()


def pin_parental(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/padres/pin", device=False)
    b.json({"pin": b64(str(c.rng.randint(1000, 9999))), "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dibujos?edad=4-7", device=False)
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json({"dibujos": [{"id": d, "titulo": t, "duracion": s} for d, t, s in DIBUJOS]})
    return b.build()


def miniatura(c: Context) -> Flow:
    b = FB(
        c, "mita", "GET", f"https://img.mita-dibujos.example/{c.rng.choice(DIBUJOS)[0]}/ta'anga.jpg"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()


def video_segment(c: Context) -> Flow:
    b = FB(
        c,
        "mita",
        "GET",
        f"https://vod.mita-dibujos.example/{c.rng.choice(DIBUJOS)[0]}/e{c.rng.randint(1, 52)}/"
        f"{c.rng.randint(1, 200)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
