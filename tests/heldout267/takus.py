"""Takusassat: the Greenlandic broadcaster's catch-up app on Aviaaja's Xiaomi
in Nuuk.

The backend's names are Kalaallisut: `takuneq` (a watching), `takusaq`
(watched), `atortoq` (device), `piffissaq` (time), `inissisimaffik`
(position), `aallakaatitassaq` (programme), `kanaali`. The player reports
`takuneq` progress; the answer of `takujuakkat` lists what she watched.
Firebase Analytics uploads its protobuf bundle to `app-measurement.com/a`
(custom event `takuneq_naammassineq` with Kalaallisut param names in the
bytes, the GAID and app-instance id in bare fields); the WebView player
sends GA4 `g/collect` hits (`en=video_progress`, `ep.` / `epn.` params);
Firebase Installations registers the FID. The programme list, search, the
schedule, the "most watched" list and DASH segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.takusassat.example"
PKG = "gl.takusassat.app"
UA = ua("Takusassat", "3.2.0", "aviaaja")
GMP_APP = "1:604318227190:android:9b1e44c0d2f73a16"
AALLAKAATITASSAT = [
    ("kl21", "Qanorooq", 1200),
    ("kl34", "Nuuk Nunatta Illoqarfia", 2600),
    ("kl47", "Piniartoq – Qaanaami", 3000),
    ("kl52", "Meeqqat TV: Aarluk", 900),
    ("kl66", "Arsaattut: Greenland Cup", 5400),
    ("kl78", "Kalaallit erinarsuutaat", 1800),
]
KANAALIT = ["KNR1", "KNR2", "KNR Radio"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "takusassat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 36))
    return b


def _a(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(AALLAKAATITASSAT)


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/takusassat-gl/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.decoy("x-android-cert: signing certificate SHA-1 (not the phone's)")
    b.json(
        {
            "fid": b.id("takus_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/604318227190/installations/" + c.phone.takus_fid,
            "fid": c.phone.takus_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    b.id("takus_fid", where="response json fid + name", direction="response")
    return b.build()


def atortoq_nalunaarsoruk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/atortut/nalunaarsorneq")
    b.json(
        {
            "atortoq": {
                "androidId": b.id("aid_takus", where="json atortoq.androidId"),
                "firebaseId": b.id("takus_fid", where="json atortoq.firebaseId"),
                "model": "Xiaomi 2306EPN60G",
            },
            "oqaatsit": "kl",
            "atuisoq": b.acct("takus_user"),
        }
    )
    b.ok_json({"ilaasoq": True, "atortutAmerlanerpaat": 4})
    return b.build()


def takuneq(c: Context) -> Flow:
    aid, taaguut, sivisussus = _a(c)
    b = _b(c, "PUT", f"{API}/v1/takuneq/{aid}")
    b.view("json aallakaatitassaq/inissisimaffik/piffissaq (watch progress)")
    b.json(
        {
            "atortoq": b.id("aid_takus", where="json atortoq"),
            "aallakaatitassaq": taaguut,
            "inissisimaffik": c.rng.randint(0, sivisussus),
            "sivisussusia": sivisussus,
            "takusaq": False,
            "piffissaq": iso(c),
        }
    )
    b.no_content()
    return b.build()


def takujuakkat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/atuisoq/takujuakkat?killiliussaq=20")
    b.view("response json takujuakkat[] (watch history)", direction="response")
    b.ok_json(
        {
            "takujuakkat": [
                {
                    "id": a,
                    "taaguut": t,
                    "inissisimaffik": c.rng.randint(60, d),
                    "piffissaq": iso(c),
                }
                for a, t, d in (_a(c) for _ in range(5))
            ]
        }
    )
    return b.build()


def _pb_param(key: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)])
    return pb_msg(1, [pb_bytes(1, key), pb_bytes(2, value)])


def _pb_event(c: Context, name: str, params: list[tuple[str, str | int]]) -> bytes:
    body = b"".join(_pb_param(k, v) for k, v in params)
    return pb_bytes(2, body + pb_bytes(2, name) + pb_varint(3, ms(c)))


def firebase_upload(c: Context, watching: bool = True) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("aviaaja"))
    events = [
        _pb_event(c, "_vs", [("_sc", "IsiginnaarutitActivity"), ("_si", c.rng.randint(1, 10**9))]),
        _pb_event(c, "_e", [("_et", c.rng.randint(100, 9000))]),
    ]
    if watching:
        _, taaguut, d = _a(c)
        events.append(
            _pb_event(
                c,
                "takuneq_naammassineq",
                [("aallakaatitassaq", taaguut), ("sekundit", c.rng.randint(60, d)), ("tamaat", d)],
            )
        )
        b.view("protobuf event takuneq_naammassineq with aallakaatitassaq/sekundit params")
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *events,
            pb_varint(4, ms(c) - 60000),
            pb_varint(5, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "2306EPN60G"),
            pb_bytes(11, "kl-gl"),
            pb_bytes(14, PKG),
            pb_bytes(16, "3.2.0"),
            pb_bytes(19, b.id("gaid_aviaaja", "protobuf", "protobuf 1.19 (bare field)", False)),
            pb_varint(20, 0),
            pb_bytes(
                21, b.id("takus_app_instance", "protobuf", "protobuf 1.21 (bare field)", False)
            ),
            pb_bytes(25, GMP_APP),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_player(c: Context, event: str = "video_progress") -> Flow:
    b = FB(c, "ga4-web", "POST", "https://region1.google-analytics.com/g/collect")
    b.header(
        "user-agent",
        "Mozilla/5.0 (Linux; Android 14; 2306EPN60G Build/UKQ1.230804.001; wv) "
        "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile",
    )
    b.header("origin", "https://isiginnaarutit.takusassat.example")
    params = [
        ("v", "2"),
        ("tid", "G-KN" + new_hex(c.rng, 8).upper()),
        ("gtm", "45je4a20v9" + str(c.rng.randint(100, 999))),
        ("_p", str(ms(c))),
        ("cid", f"{c.rng.randint(10**8, 2 * 10**9)}.{int(c.now) - 86400 * 20}"),
        ("ul", "kl-gl"),
        ("sr", "393x851"),
        ("sid", str(int(c.now) - 600)),
        ("sct", str(c.rng.randint(2, 40))),
        ("seg", "1"),
        ("dl", "https://isiginnaarutit.takusassat.example/toqqaannartoq"),
        ("dt", "Takusassat – toqqaannartoq"),
        ("en", event),
    ]
    b.decoy("GA4 cid (web cookie id) and sid timestamps")
    if event == "page_view":
        params.append(("_et", str(c.rng.randint(100, 9000))))
        b.decoy("page_view of the live page (no content named)")
    else:
        _, taaguut, d = _a(c)
        pct = 100 if event == "video_complete" else c.rng.choice([10, 25, 50, 75])
        params += [
            ("ep.video_provider", "takusassat"),
            ("ep.video_title", taaguut),
            ("ep.kanaali", c.rng.choice(KANAALIT[:2])),
            ("epn.video_percent", str(pct)),
            ("epn.video_current_time", str(d * pct // 100)),
            ("epn.video_duration", str(d)),
        ]
        b.view(f"query en={event} + ep.video_title + epn.video_current_time")
    b.params.extend(params)
    b.no_content()
    return b.build()


def allattorsimaffik(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/aallakaatitassat?immikkoortoq=nutaat")
    b.decoy("programme list with lengths (sivisussusia)")
    b.ok_json(
        {
            "aallakaatitassat": [
                {"id": a, "taaguut": t, "sivisussusia": d} for a, t, d in AALLAKAATITASSAT
            ]
        }
    )
    return b.build()


def ujarlerneq(c: Context) -> Flow:
    q = c.rng.choice(["qanorooq", "piniartoq", "aarluk"])
    b = _b(c, "GET", f"{API}/v1/ujarlerneq?" + urlencode({"q": q}))
    b.decoy("search results (content fetch)")
    b.ok_json({"inernerit": [{"id": a, "taaguut": t} for a, t, _ in AALLAKAATITASSAT[:2]]})
    return b.build()


def aallakaatitassiaq(c: Context) -> Flow:
    k = c.rng.choice(KANAALIT)
    b = _b(c, "GET", f"{API}/v1/pilersaarut?" + urlencode({"kanaali": k}))
    b.decoy("broadcast schedule: start times (piffissaq) of programmes")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "kanaali": k,
            "pilersaarut": [
                {"taaguut": t, "piffissaq": t0 + i * 1800, "sivisussusia": d}
                for i, (_, t, d) in enumerate(AALLAKAATITASSAT[:4])
            ],
        }
    )
    return b.build()


def takuneqarnerpaat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/takuneqarnerpaat?ulluni=7")
    b.decoy("aggregate view counts over all viewers")
    b.ok_json(
        {
            "allattorsimaffik": [
                {"taaguut": t, "takusimasut": c.rng.randint(200, 20000)}
                for _, t, _ in AALLAKAATITASSAT
            ]
        }
    )
    return b.build()


def dash(c: Context) -> Flow:
    a = _a(c)[0]
    b = FB(
        c,
        "takusassat",
        "GET",
        f"https://cdn.takusassat.example/{a}/dash/video_1500k/{c.rng.randint(1, 700)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("request id in the CDN answer header")
    b.respond(
        200, "video/iso.segment", c.rng.randbytes(400), headers=[("x-request-id", rid(c.rng))]
    )
    return b.build()
