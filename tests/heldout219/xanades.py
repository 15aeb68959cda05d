"""XanaDes ("Ξαναδές", watch again): the Greek TV channels' joint replay / series
app (Pixel 8 of the son in Melbourne, watching from the diaspora).

The backend is Greek-built: paths and keys are Greeklish (`provoles` = views,
`seira` = series, `epeisodio`, `thesi` = position, `diarkeia` = duration,
`kanali`, `synexeia` = continue watching, `istoriko` = history). The app
registers with Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2),
logs to Firebase / GA4 through app-measurement.com (a protobuf batch whose
event and parameter names are strings: `video_progress`, `video_title`...,
while the app-instance id and the advertising id sit in numbered fields), and
reports playback quality to NPAW (Youbora): `/data` then `/start` with
`accountCode`, `title`, `program`, `mediaDuration`, `playhead`, `deviceUUID`.
Catalogue rails, search, the EPG, thumbnails and HLS segments are content
fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, sealed, ua

API = "https://api.xanades.example"
UA = ua("XanaDes", "5.3.1", "gios")
SEIRES = [
    ("sr2041", "Η Γη της Ελιάς", "ANT1", 2700),
    ("sr2055", "Σασμός", "ALPHA", 3000),
    ("sr2078", "Άγιος Έρωτας", "ALPHA", 2500),
    ("sr2102", "Οι Πανθέρες", "STAR", 2600),
    ("sr2117", "Μην αρχίζεις τη μουρμούρα", "ALPHA", 2200),
    ("sr2130", "Τα Φαντάσματα", "MEGA", 2900),
    ("sr2144", "Το Σόι σου", "SKAI", 1800),
]
KANALIA = ["ΕΡΤ1", "ΕΡΤ2", "ANT1", "ALPHA", "STAR", "SKAI", "MEGA", "OPEN"]
GMP_APP = "1:804127733915:android:3c9d6e02af71b4e5"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "xanades", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-glossa", "el-GR")
    if device:
        b.header("x-syskevi-id", b.id("aid_xanades", where="header x-syskevi-id"))
    return b


def _ep(c: Context) -> tuple[str, str, str, int, int]:
    sid, title, ch, dur = c.rng.choice(SEIRES)
    return sid, title, ch, c.rng.randint(1, 120), dur


# --- device ids ------------------------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/xanades-gr/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "gr.xanades.app")
    b.json(
        {
            "fid": b.id("xanades_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804127733915/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def kataxorisi(c: Context) -> Flow:
    """The app's device registration (`kataxorisi syskevis`)."""
    b = _b(c, "POST", f"{API}/api/v3/syskeves/kataxorisi", device=False)
    b.json(
        {
            "androidId": b.id("aid_xanades", where="json androidId"),
            "firebaseInstallationId": b.id("xanades_fid", where="json firebaseInstallationId"),
            "diafimistikoId": b.id("gaid_gios", where="json diafimistikoId (advertising id)"),
            "montelo": "Pixel 8",
            "glossa": "el",
            "chora": "AU",
        }
    )
    b.ok_json({"ok": True, "megistesSyskeves": 5})
    return b.build()


def _gmp_event(name: str, params: list[tuple[str, str | int]]) -> bytes:
    parts = [pb_bytes(2, name)]
    for k, v in params:
        inner = [pb_bytes(1, k)]
        inner.append(pb_bytes(2, v) if isinstance(v, str) else pb_varint(4, v))
        parts.append(pb_msg(1, inner))
    return pb_msg(2, parts)


def app_measurement(c: Context, name: str = "screen_view") -> Flow:
    """Firebase Analytics' upload: a protobuf batch; event and param names are
    strings, the app-instance id (field 27) and advertising id (field 19) are not
    named on the wire."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 15; Pixel 8 Build/AP4A.250105.002)")
    if name == "video_progress":
        _sid, title, ch, ep, dur = _ep(c)
        b.view("protobuf event video_progress video_title/video_current_time")
        ev = _gmp_event(
            name,
            [
                ("video_title", f"{title} - Επεισόδιο {ep}"),
                ("video_provider", ch),
                ("video_current_time", c.rng.randint(30, dur)),
                ("video_duration", dur),
                ("video_percent", c.rng.choice([10, 25, 50, 75, 90])),
            ],
        )
    else:
        ev = _gmp_event("screen_view", [("firebase_screen", c.rng.choice(["Arxiki", "Seires"]))])
    b.other_id("xanades_app_instance", where="protobuf field 27 (unnamed)", detectable=False)
    b.id("gaid_gios", how="protobuf", where="protobuf field 19 (unnamed)", detectable=False)
    bundle = [
        pb_varint(1, 1),
        ev,
        pb_bytes(8, "android"),
        pb_bytes(9, "15"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(14, "gr.xanades.app"),
        pb_bytes(16, "5.3.1"),
        pb_bytes(19, c.phone.gaid_gios),
        pb_bytes(25, GMP_APP),
        pb_bytes(27, c.phone.xanades_app_instance),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


# --- viewing history ------------------------------------------------------


def provoli_progress(c: Context) -> Flow:
    sid, title, ch, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/provoles/proodos")
    b.view("json seiraId/epeisodio/thesi/diarkeia")
    b.json(
        {
            "seiraId": sid,
            "titlos": title,
            "kanali": ch,
            "epeisodio": ep,
            "thesi": c.rng.randint(15, dur),
            "diarkeia": dur,
            "oloklirothike": False,
            "ora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def synexeia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/christis/synexeia-provolis?orio=10")
    b.view("response json synexeia[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, _ch, ep, dur = _ep(c)
        rows.append(
            {
                "seiraId": sid,
                "titlos": title,
                "epeisodio": ep,
                "thesi": c.rng.randint(60, dur - 60),
                "diarkeia": dur,
                "teleftaiaProvoli": iso(c),
            }
        )
    b.ok_json({"synexeia": rows})
    return b.build()


def istoriko(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/christis/istoriko-provolon?selida=1")
    b.view("response json istoriko[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, _ch, ep, _dur = _ep(c)
        items.append({"seiraId": sid, "titlos": title, "epeisodio": ep, "imerominia": iso(c)})
    b.ok_json({"istoriko": items, "selida": 1})
    return b.build()


def npaw_start(c: Context) -> Flow:
    sid, title, ch, ep, dur = _ep(c)
    b = FB(c, "npaw", "GET", "https://infinity-c35.youboranqs01.com/start")
    b.header("user-agent", UA)
    b.view("query title/program/mediaDuration/playhead")
    params = [
        ("accountCode", "xanadesgr"),
        ("code", "U_" + new_hex(c.rng, 16)),
        ("title", f"{title} - Επεισόδιο {ep}"),
        ("program", title),
        ("contentId", f"{sid}-e{ep}"),
        ("contentChannel", ch),
        ("mediaDuration", str(dur)),
        ("playhead", str(c.rng.randint(0, 40))),
        ("live", "false"),
        ("rendition", c.rng.choice(["1280x720@2500Kbps", "1920x1080@4800Kbps"])),
        ("player", "ExoPlayer2"),
        ("pluginVersion", "7.2.18-exoplayer2-android"),
        ("deviceUUID", b.id("npaw_device_uuid", where="query deviceUUID")),
        ("timemark", str(ms(c))),
    ]
    b.params.extend(params)
    b.respond(200, "text/plain", b"")
    return b.build()


def npaw_data(c: Context) -> Flow:
    """The NPAW session init: account and plugin only (a view code comes back)."""
    b = FB(c, "npaw", "GET", "https://a-fds.youborafds01.com/data")
    b.header("user-agent", UA)
    b.decoy("view code / host list (no content, no device)")
    b.params.extend(
        [
            ("system", "xanadesgr"),
            ("pluginVersion", "7.2.18-exoplayer2-android"),
            ("outputformat", "json"),
            ("timemark", str(ms(c))),
        ]
    )
    b.ok_json({"q": {"h": "infinity-c35.youboranqs01.com", "c": "U_" + new_hex(c.rng, 16)}})
    return b.build()


def sealed_beacon(c: Context) -> Flow:
    """The app's own encrypted playback beacon (`kryptografimeno`): it carries
    the episode and the seconds watched, but nothing on the wire says so."""
    sid, _title, _ch, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/t")
    b.view("json d (AES blob of the playback beacon)", detectable=False)
    b.json({"v": 2, "d": sealed(c.rng, f"{sid}|{ep}|{dur}", 48)})
    b.no_content()
    return b.build()


# --- ordinary -------------------------------------------------------------


def katalogos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalogos/arxiki?selida=1")
    b.decoy("catalogue rails (titles, not what was watched)")
    rails = []
    for name in ("Νέα επεισόδια", "Δημοφιλή τώρα", "Ελληνικές σειρές"):
        items = []
        for sid, title, ch, dur in c.rng.sample(SEIRES, 4):
            items.append({"seiraId": sid, "titlos": title, "kanali": ch, "diarkeia": dur})
        rails.append({"onoma": name, "stoixeia": items})
    b.ok_json({"rails": rails})
    return b.build()


def anazitisi(c: Context) -> Flow:
    q = c.rng.choice(["σασμός", "πανθέρες", "ελιάς", "μουρμούρα"])
    b = _b(c, "GET", f"{API}/api/v3/anazitisi?" + urlencode({"q": q}))
    b.decoy("search results")
    res = [{"seiraId": s, "titlos": t} for s, t, _c, _d in c.rng.sample(SEIRES, 3)]
    b.ok_json({"apotelesmata": res})
    return b.build()


def programma(c: Context) -> Flow:
    ch = c.rng.choice(KANALIA)
    b = _b(c, "GET", f"{API}/api/v3/programma?" + urlencode({"kanali": ch}))
    b.decoy("EPG: schedule with start times and durations")
    rows = [
        {"ora": f"{h:02d}:00", "titlos": c.rng.choice(SEIRES)[1], "diarkeia": 3600}
        for h in range(18, 24)
    ]
    b.ok_json({"kanali": ch, "programma": rows})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c, "xanades-cdn", "GET", f"https://img.xanades.example/seires/{new_hex(c.rng, 16)}/w480.jpg"
    )
    b.header("user-agent", UA)
    b.decoy("thumbnail of a series")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid, _t, _ch, ep, _d = _ep(c)
    n = c.rng.randint(1, 700)
    b = FB(
        c, "xanades-cdn", "GET", f"https://vod.xanades.example/hls/{sid}/e{ep}/1080p/seg_{n:05d}.ts"
    )
    b.header("user-agent", UA)
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
