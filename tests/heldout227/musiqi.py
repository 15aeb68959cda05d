"""MuğamSəs: a mugham / Azerbaijani pop music and radio app (the mother's Redmi in Ganja).

The backend keys are Azerbaijani without the special letters (`mahniId`,
`dinlenilenSaniye`, `stansiya`). Each played track is reported when it ends or
is skipped; radio listening is reported per session; the "son dinlənilənlər"
(recently played) list comes back from the server. An older analytics path
batches positional rows in a base64 blob. The app registers its install with
the ANDROID_ID and the advertising id, and its config call carries the
ANDROID_ID base64-encoded under a one-letter key. The station's now-playing
metadata, the charts with play counts, lyrics and audio chunks are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.mugamses.example"
UA = ua("MugamSes", "1.14.0", "ana")
MAHNILAR = [
    ("m1021", "Alim Qasımov", "Bayatı-Şiraz", 612),
    ("m1044", "Aygün Kazımova", "Yarımın yarı", 224),
    ("m1057", "Brilliant Dadaşova", "Ana", 241),
    ("m1083", "Səxavət Məmmədov", "Qarabağ şikəstəsi", 398),
    ("m1102", "Röya", "Sevgilim", 205),
    ("m1139", "Mənsum İbrahimov", "Segah", 540),
]
STANSIYALAR = ["Radio Antenn", "Burc FM", "106 FM", "Lider FM", "Space Radio", "Muğam Radiosu"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mugamses", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def qeydiyyat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qurgu/qeydiyyat")
    b.json(
        {
            "androidId": b.id("aid_musiqi", where="json androidId"),
            "reklamId": b.id("gaid_ana", where="json reklamId (advertising id)"),
            "installId": b.id("musiqi_install", where="json installId"),
            "model": "23124RA7EO",
            "dil": "az",
        }
    )
    b.ok_json({"istifadeci": b.acct("musiqi_user"), "premium": False})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("t", b.id("aid_musiqi", "b64", "query t", detectable=False))
    b.param("v", "1140")
    b.ok_json({"reklamAraligi": 900, "keyfiyyet": "256k"})
    return b.build()


def dinleme(c: Context) -> Flow:
    mid, artist, title, dur = c.rng.choice(MAHNILAR)
    b = _b(c, "POST", f"{API}/v1/dinleme")
    b.view("json mahniId + dinlenilenSaniye (track played)")
    b.json(
        {
            "mahniId": mid,
            "ifaci": artist,
            "ad": title,
            "dinlenilenSaniye": c.rng.randint(20, dur),
            "muddet": dur,
            "kecildi": c.rng.random() < 0.3,
            "vaxt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_sessiya(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/sessiya")
    b.view("json stansiya + baslama/bitme (radio listening session)")
    b.json(
        {
            "stansiya": c.rng.choice(STANSIYALAR),
            "baslama": iso(c),
            "dinlenilenDeqiqe": c.rng.randint(3, 120),
            "menbe": c.rng.choice(["wifi", "mobil"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def son_dinlenilenler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/istifadeci/son-dinlenilenler")
    b.view("response json sonDinlenilenler[] (recently played)", direction="response")
    b.ok_json(
        {
            "sonDinlenilenler": [
                {"mahniId": m, "ifaci": a, "ad": t, "dinlenilib": iso(c)}
                for m, a, t, _ in c.rng.sample(MAHNILAR, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/e")
    b.view("form p = base64 of positional rows", detectable=False)
    rows = [
        [int(c.rng.choice(MAHNILAR)[0][1:]), c.rng.randint(10, 600), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.form([("p", b64(js(rows))), ("n", str(len(rows)))])
    b.no_content()
    return b.build()


def indi_oxunur(c: Context) -> Flow:
    st = c.rng.choice(STANSIYALAR)
    b = _b(c, "GET", f"{API}/v1/radio/indi-oxunur?stansiya={st.replace(' ', '+')}")
    b.decoy("station's now-playing metadata (content, not the listener's history)")
    _, artist, title, dur = c.rng.choice(MAHNILAR)
    b.ok_json({"stansiya": st, "ifaci": artist, "ad": title, "muddet": dur, "basladi": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "mugamses",
        "GET",
        f"https://cdn.mugamses.example/a/{c.rng.choice(MAHNILAR)[0]}/256/"
        f"{c.rng.randint(1, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(350)))
    return b.build()


def hit_parad(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hit-parad?hefte=cari")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "siyahi": [
                {"yer": i + 1, "mahniId": m, "ad": t, "dinlenme": c.rng.randint(10**4, 10**6)}
                for i, (m, _, t, _d) in enumerate(MAHNILAR)
            ]
        }
    )
    return b.build()


def sozler(c: Context) -> Flow:
    mid, _, title, _ = c.rng.choice(MAHNILAR)
    b = _b(c, "GET", f"{API}/v1/mahni/{mid}/sozler")
    b.ok_json({"mahniId": mid, "ad": title, "sozler": "Ay gözəl, gözəl...\n..."})
    return b.build()
