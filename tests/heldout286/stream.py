"""SápmiStream: an NRK Sápmi / Yle Sápmi-style streaming app (the mother's Pixel 8 in Karasjok).

The backend keys are Northern Sami: `geahččat` (watch), `sadji` (position, in
seconds), `áigi` (time), `prográmma`, `oassi` (episode), `bistin` (duration),
`joatkke` (continue), `historjá`. Resume points are PUT per episode; the
"continue watching" and history lists come back in responses. Play states also
go to Kantar / TNS Gallup's Spring streaming sensor (`stream` names the
content, `pst` the played intervals, `uid` Kantar's own id). The app registers
with Firebase Installations (`fid`, FIS_v2) and fetches Remote Config with the
`appInstanceId`. Catalogue, thumbnails, search, the EPG and the HLS segments are
content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.sapmistream.example"
UA = ua("SapmiStream", "3.12.0", "eadni")
PROGRAMMAT = [
    ("MSUB11002024", "Ođđasat", 900),
    ("MSUS20001223", "Binnabánnaš", 720),
    ("MSUI30004422", "Árdna", 1560),
    ("MSUS41002511", "Boazodoallu ja dálki", 1740),
    ("MSUB52008812", "Luohti ikte ja odne", 2580),
    ("MSUS63000190", "Sámi mánáid filbma", 1320),
]
FIREBASE_APP = "1:804412736015:android:3c9d0e2f7a61b5d4"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "sapmistream", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-gaskaoapmi", b.id("aid_stream", where="header x-gaskaoapmi (device)"))
    return b


def _prog(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(PROGRAMMAT)


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sapmistream-no/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "no.sapmistream.app")
    b.json(
        {
            "fid": b.id("stream_fid", where="json fid"),
            "appId": FIREBASE_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804412736015/installations/" + c.phone.stream_fid,
            "fid": b.id("stream_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/804412736015/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "appInstanceId": b.id("stream_fid", where="json appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": FIREBASE_APP,
            "countryCode": "NO",
            "languageCode": "se-NO",
            "platformVersion": "34",
            "timeZone": "Europe/Oslo",
            "appVersion": "3.12.0",
            "packageName": "no.sapmistream.app",
            "sdkVersion": "22.0.0",
        }
    )
    b.ok_json(
        {"entries": {"gaskaboddu_banner": "false", "hls_max_bitrate": "4500000"}, "state": "UPDATE"}
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/gaskaoapmi/registrere", device=False)
    b.json(
        {
            "gaskaoapmi": {
                "android_id": b.id("aid_stream", where="json gaskaoapmi.android_id"),
                "reklamaid": b.id("gaid_eadni", where="json gaskaoapmi.reklamaid (GAID)"),
                "fid": b.id("stream_fid", where="json gaskaoapmi.fid"),
                "málle": "Pixel 8",
            },
            "giella": "se",
        }
    )
    b.ok_json({"ok": True, "gaskaoapmiMearri": 5})
    return b.build()


def resume_point(c: Context) -> Flow:
    pid, title, dur = _prog(c)
    b = _b(c, "PUT", f"{API}/v2/geavaheaddji/{c.phone.stream_user}/geahccan/{pid}")
    b.view("json geahččat{prográmma, sadji, bistin, áigi} (resume point)")
    b.json(
        {
            "geahččat": {
                "prográmma": pid,
                "namma": title,
                "sadji": c.rng.randint(20, dur - 10),
                "bistin": dur,
                "áigi": iso(c),
                "loahpahuvvon": False,
            }
        }
    )
    b.no_content()
    return b.build()


def joatkke(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/geavaheaddji/{c.phone.stream_user}/joatkke-geahccat")
    b.view("response json joatkke[] (continue watching with sadji)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        pid, title, dur = _prog(c)
        rows.append(
            {"prográmma": pid, "namma": title, "sadji": c.rng.randint(60, dur - 30), "bistin": dur}
        )
    b.ok_json({"joatkke": rows})
    return b.build()


def historja(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/geavaheaddji/{c.phone.stream_user}/historja?siidu=1")
    b.view("response json geahččanhistorjá[] (watch history)", direction="response")
    b.ok_json(
        {
            "geahččanhistorjá": [
                {
                    "prográmma": p,
                    "namma": t,
                    "geahččojuvvon": iso(c),
                    "proseanta": c.rng.randint(5, 100),
                }
                for p, t, _ in c.rng.sample(PROGRAMMAT, 4)
            ]
        }
    )
    return b.build()


def kantar_spring(c: Context) -> Flow:
    pid, _title, dur = _prog(c)
    start = c.rng.randint(0, dur // 2)
    played = c.rng.randint(10, 300)
    b = FB(c, "kantar", "GET", "https://sapmistream.tns-cs.net/j/0//")
    b.header("user-agent", UA)
    b.view("query stream + pst (Kantar Spring play states of a named programme)")
    for k, v in [
        ("rt", "2"),
        ("stream", f"od/sapmistream/{pid}"),
        ("cn", "no"),
        ("pl", "sapmistream-android"),
        ("pst", f",,{start}+{start + played}+{ms(c) // 1000 - played:x};+,,"),
        ("dur", str(dur)),
        ("vt", str(played)),
        ("sx", "1080"),
        ("sy", "2400"),
        ("uid", b.id("stream_kantar_uid", where="query uid (Kantar install id)")),
        ("lt", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: base64 msgpack rows under 'd'."""
    b = _b(c, "POST", f"{API}/q/3", device=False)
    b.view("form d = base64 msgpack [prog, second, ts] rows", detectable=False)
    rows = [[_prog(c)[0], c.rng.randint(5, 2500), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b.form([("d", b64(mpack(rows))), ("v", "3")])
    b.no_content()
    return b.build()


def katalogu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?sladja=manaide&siidu=1", device=False)
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "prográmmat": [
                {
                    "prográmma": p,
                    "namma": t,
                    "bistin": d,
                    "govva": f"https://img.sapmistream.example/{p}/640.jpg",
                }
                for p, t, d in PROGRAMMAT
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = _prog(c)[0]
    b = FB(
        c,
        "sapmistream",
        "GET",
        f"https://img.sapmistream.example/{pid}/640.jpg?sadji={c.rng.randint(1, 99)}",
    )
    b.header("user-agent", UA)
    b.decoy("thumbnail at a timeline position (scrubbing preview)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def ohcan(c: Context) -> Flow:
    q = c.rng.choice(["luohti", "boazu", "ođđasat", "juoigan"])
    b = _b(c, "GET", f"{API}/v2/ohcan", device=False)
    b.param("q", q)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"bohtosat": [{"prográmma": p, "namma": t, "bistin": d} for p, t, d in PROGRAMMAT[:3]]}
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv-oppalasvuohta?beaivi={iso(c)[:10]}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {"sáddagat": [{"namma": t, "álgu": iso(c), "bistin": d} for _, t, d in PROGRAMMAT[:4]]}
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = _prog(c)[0]
    b = FB(
        c,
        "sapmistream",
        "GET",
        f"https://vod.sapmistream.example/hls/{pid}/1080/seg{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("x-request-id", rid(c.rng))
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
