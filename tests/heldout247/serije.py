"""EkranPlus: the Serbian TV channels' streaming / series app (RTS Planeta / Arena-
like), on the son's Pixel 8 in Vienna.

The backend was written in Belgrade: paths and keys are Serbian, in Latin script
(`gledano` = watched, `epizoda`, `serija`, `pozicija`, `trajanje` = duration,
`uzivo` = live, `kanal`) and, in the newer "continue watching" service that the
public broadcaster's team wrote, in Cyrillic (`настави-гледање`, `серија`,
`епизода`, `позиција`). The app carries three SDKs:

* Firebase: Installations (`fid`, FIS_v2) and Analytics, whose SDK uploads its
  batches to `app-measurement.com/a` as protobuf: event and parameter names are
  strings on the wire (`video_progress`, `video_title`), the bundle's
  resettable device id (the advertising id) and app-instance id are bare
  strings in numbered fields with no name next to them;
* Gemius (the Serbian / Central-European audience panel): page-view hits to
  `redot.gif` carry the advertising id in `extra` (`gaid=...`), stream hits
  carry the programme in gemius "custom parameters" (`extra=serija=...|...`);
  a newer player plug-in sends numeric codes only (`mid`, `ev`, `ct`);
* Adjust: `/session` (form body with `gps_adid`, `android_uuid`) and `/event`
  with `callback_params` naming the series and episode.

The catalogue, search, the TV guide, the "most watched" chart, recommendations
and HLS segments are content fetches, not anyone's viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ekranplus.example"
UA = ua("EkranPlus", "6.2.0", "sin")
PKG = "rs.ekranplus.app"
GMP_APP_ID = "1:883120475512:android:4c9e7be21f0a5d36"
SERIJE = [
    ("s2041", "Бољи живот", 2900),
    ("s2077", "Грех њене мајке", 2700),
    ("s2110", "Убице мог оца", 3100),
    ("s2135", "Јужни ветар: Убрзање", 2600),
    ("s2152", "Село гори, а баба се чешља", 2800),
    ("s2168", "Државни службеник", 3000),
    ("s2180", "Kosti", 2500),
]
KANALI = ["РТС 1", "РТС 2", "RTS Svet", "Arena Sport 1", "N1", "Nova S", "Prva", "RTV 1"]
GEMIUS = "https://gars.hit.gemius.pl"
GEMIUS_ID = "nSCaJ.NiS5PqLc0ClKrp6sbP7FobxGO4F1_UdQMxxKf.Q7"
ADJUST_TOKEN = "2x9kd7h4qv5s"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ekranplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "sr-Cyrl-RS")
    if device:
        b.header("x-uredjaj-id", b.id("aid_ekran", where="header x-uredjaj-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int, int]:
    sid, title, dur = c.rng.choice(SERIJE)
    return sid, title, c.rng.randint(1, 4), c.rng.randint(1, 40), dur


# --- Firebase -----------------------------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ekranplus-rs/installations",
    )
    b.header("user-agent", dalvik("sin"))
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("ekran_fid", where="json fid"),
            "appId": GMP_APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/883120475512/installations/{c.phone.ekran_fid}",
            "fid": c.phone.ekran_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    b.other_id("ekran_fid", "response json fid / name", direction="response")
    return b.build()


def _fa_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(2, [pb_bytes(1, name), pb_varint(4, value)])
    return pb_msg(2, [pb_bytes(1, name), pb_bytes(2, value)])


def _fa_event(name: str, ts: int, params: list[tuple[str, str | int]]) -> bytes:
    return pb_msg(2, [*(_fa_param(k, v) for k, v in params), pb_bytes(2, name), pb_varint(3, ts)])


def fa_upload(c: Context, video: bool = True) -> Flow:
    """Firebase Analytics batch upload: protobuf MeasurementBatch, gzipped."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("sin"))
    now = ms(c)
    events = [
        _fa_event(
            "screen_view",
            now - 9000,
            [
                ("_o", "auto"),
                ("_sn", c.rng.choice(["Pocetna", "Serije", "Uzivo", "Profil"])),
                ("_sc", "MainActivity"),
            ],
        ),
        _fa_event(
            "user_engagement", now - 4000, [("_o", "auto"), ("_et", c.rng.randint(900, 60000))]
        ),
    ]
    if video:
        sid, title, sez, ep, dur = _ep(c)
        pct = c.rng.choice([10, 25, 50, 75, 90])
        b.view("protobuf event video_progress params video_title / serija / epizoda")
        events.append(
            _fa_event(
                "video_progress",
                now - 1200,
                [
                    ("_o", "app"),
                    ("video_title", f"{title} S{sez:02d}E{ep:02d}"),
                    ("serija", sid),
                    ("epizoda", ep),
                    ("video_percent", pct),
                    ("video_current_time", dur * pct // 100),
                    ("video_duration", dur),
                ],
            )
        )
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_varint(4, now),
        pb_varint(5, now - 10000),
        pb_varint(6, now - 500),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(11, "sr-rs"),
        pb_varint(12, 60),
        pb_bytes(14, PKG),
        pb_bytes(16, "6.2.0"),
        pb_varint(17, 84002),
        pb_varint(18, 233014),
        pb_bytes(21, b.id("gaid_sin", "protobuf", "protobuf bundle field 21", detectable=False)),
        pb_varint(23, 0),
        pb_bytes(25, GMP_APP_ID),
        pb_bytes(
            27,
            b.id("ekran_app_instance", "protobuf", "protobuf bundle field 27", detectable=False),
        ),
        pb_bytes(30, c.phone.ekran_fid),
    ]
    b.other_id("ekran_fid", "protobuf bundle field 30", detectable=False)
    b.set_body(pb_msg(1, bundle), "application/x-protobuf", "gzip")
    b.no_content()
    return b.build()


# --- Gemius -------------------------------------------------------------------


def gemius_view(c: Context) -> Flow:
    """A gemius page-view hit of an app screen; the SDK puts the advertising id in `extra`."""
    screen = c.rng.choice(["pocetna", "serije", "uzivo", "pretraga", "profil"])
    b = FB(c, "gemius", "GET", f"{GEMIUS}/_{ms(c)}/redot.gif", http_version="HTTP/1.1")
    gaid = b.id("gaid_sin", where="query extra gaid=")
    extra = f"gaid={gaid}|lat=0|app={PKG}|ver=6.2.0"
    for k, v in [
        ("l", "91"),
        ("id", GEMIUS_ID),
        ("et", "view"),
        ("hsrc", "1"),
        ("fr", "1"),
        ("tz", "-60"),
        ("href", f"app://{PKG}/{screen}"),
        ("ref", ""),
        ("screen", "1080x2400"),
        ("extra", extra),
    ]:
        b.param(k, v)
    b.header("user-agent", dalvik("sin"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def gemius_stream(c: Context) -> Flow:
    """gemiusStream hit with the programme in custom parameters (`extra`)."""
    sid, title, sez, ep, dur = _ep(c)
    b = FB(c, "gemius", "GET", f"{GEMIUS}/_{ms(c)}/sredot.gif", http_version="HTTP/1.1")
    b.view("query extra serija= / epizoda= / naziv= + ev=playing, pos")
    b.header("user-agent", dalvik("sin"))
    for k, v in [
        ("l", "92"),
        ("id", GEMIUS_ID),
        ("pl", "ekranplus-exo"),
        ("mid", sid),
        ("ev", "playing"),
        ("pos", str(c.rng.randint(10, dur))),
        ("dur", str(dur)),
        ("extra", f"naziv={title}|serija={sid}|sezona={sez}|epizoda={ep}|tip=vod"),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def gemius_compact(c: Context) -> Flow:
    """The newer player plug-in: numeric material id, event code, current time."""
    sid, _, _, _, dur = _ep(c)
    b = FB(c, "gemius", "GET", f"{GEMIUS}/_{ms(c)}/s.gif", http_version="HTTP/1.1")
    b.view("query m / e / t numeric codes", detectable=False)
    b.header("user-agent", dalvik("sin"))
    for k, v in [
        ("i", GEMIUS_ID[:12]),
        ("m", sid[1:]),
        ("e", str(c.rng.choice([2, 3, 4]))),
        ("t", str(c.rng.randint(10, dur))),
        ("n", str(c.rng.randint(1, 400))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


# --- Adjust -------------------------------------------------------------------


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJUST_TOKEN),
        ("app_version", "6.2.0"),
        ("attribution_deeplink", "1"),
        ("connectivity_type", "1"),
        ("country", "AT"),
        ("created_at", iso(c).replace("Z", "Z+0100")),
        ("device_manufacturer", "Google"),
        ("device_name", "Pixel 8"),
        ("device_type", "phone"),
        ("environment", "production"),
        ("event_buffering_enabled", "0"),
        ("gps_adid", b.id("gaid_sin", where="form gps_adid")),
        ("gps_adid_attempt", "1"),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("ekran_adjust_uuid", where="form android_uuid")),
        ("language", "sr"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", PKG),
        ("screen_density", "high"),
        ("screen_format", "long"),
        ("screen_size", "normal"),
        ("sent_at", iso(c).replace("Z", "Z+0100")),
        ("tracking_enabled", "1"),
    ]


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("sin"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [
        ("session_count", str(c.rng.randint(2, 90))),
        ("subsession_count", str(c.rng.randint(1, 6))),
        ("session_length", str(c.rng.randint(30, 4000))),
        ("time_spent", str(c.rng.randint(30, 4000))),
        ("last_interval", str(c.rng.randint(60, 90000))),
    ]
    b.form(pairs)
    adid = b.id("ekran_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJUST_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
            "ask_in": 5000,
        }
    )
    return b.build()


def adjust_event(c: Context, watched: bool = True) -> Flow:
    b = _adjust(c, "event")
    pairs = _adjust_common(b, c)
    if watched:
        sid, title, sez, ep, _ = _ep(c)
        b.view("form callback_params serija / naziv / epizoda (event epizoda_odgledana)")
        token = "k3m1qz"
        callback = {
            "dogadjaj": "epizoda_odgledana",
            "serija": sid,
            "naziv": title,
            "epizoda": f"S{sez}E{ep}",
        }
        partner = {"content_id": sid, "content_type": "episode"}
    else:
        token = "p8c2xw"
        callback = {"dogadjaj": "pretplata_pregled", "paket": c.rng.choice(["osnovni", "premium"])}
        partner = {"paket": callback["paket"]}
    pairs += [
        ("event_token", token),
        ("event_count", str(c.rng.randint(1, 300))),
        ("callback_params", js(callback)),
        ("partner_params", js(partner)),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": "", "message": "Event tracked"})
    return b.build()


# --- the app's own backend ------------------------------------------------------


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/uredjaji/registracija", device=False)
    b.json(
        {
            "androidId": b.id("aid_ekran", where="json androidId"),
            "firebaseId": b.id("ekran_fid", where="json firebaseId"),
            "model": "Pixel 8",
            "jezik": "sr-Cyrl",
            "zemlja": "AT",
            "korisnik": b.acct("ekran_user"),
        }
    )
    b.ok_json({"ok": True, "maksUredjaja": 5, "geoBlok": False})
    return b.build()


def gledano(c: Context) -> Flow:
    sid, title, sez, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v2/gledano")
    b.view("json serija / epizoda / pozicija / trajanje")
    b.json(
        {
            "serijaId": sid,
            "serija": title,
            "sezona": sez,
            "epizoda": ep,
            "pozicija": c.rng.randint(20, dur),
            "trajanje": dur,
            "zavrseno": False,
            "vreme": iso(c),
        }
    )
    b.no_content()
    return b.build()


def nastavi_gledanje(c: Context) -> Flow:
    path = quote("/api/v3/настави-гледање")
    b = _b(c, "GET", f"{API}{path}?{quote('број')}=10")
    b.view("response json ставке[] серија / епизода / позиција", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, sez, ep, dur = _ep(c)
        rows.append(
            {
                "серијаИд": sid,
                "серија": title,
                "сезона": sez,
                "епизода": ep,
                "позиција": c.rng.randint(60, dur - 60),
                "трајање": dur,
                "гледаноУ": iso(c),
            }
        )
    b.ok_json({"ставке": rows})
    return b.build()


def gledano_cirilica(c: Context) -> Flow:
    """The same service's write side: progress of an episode in Cyrillic keys."""
    sid, title, sez, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}{quote('/api/v3/гледано/')}{sid}")
    b.view("json епизода / позиција / трајање")
    b.json(
        {
            "серија": title,
            "сезона": sez,
            "епизода": ep,
            "позиција": c.rng.randint(20, dur),
            "трајање": dur,
            "завршено": c.rng.random() < 0.2,
        }
    )
    b.no_content()
    return b.build()


def istorija(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/korisnik/istorija-gledanja?strana=1")
    b.view("response json istorija[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, sez, ep, _ = _ep(c)
        items.append(
            {"serijaId": sid, "naziv": title, "sezona": sez, "epizoda": ep, "datum": iso(c)}
        )
    b.ok_json({"istorija": items, "strana": 1, "ukupno": 48})
    return b.build()


def uzivo_puls(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/uzivo/puls")
    b.view("json kanal + sekundi (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALI),
            "sekundi": c.rng.choice([30, 60, 60, 120]),
            "pocetak": iso(c),
            "kvalitet": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"nastavi": True})
    return b.build()


def telemetrija(c: Context) -> Flow:
    """The player's compact telemetry: rows [series, episode, second, ts] under 'r'
    and an SHA-1 of the ANDROID_ID under 'u', base64-wrapped JSON in a form field."""
    b = FB(c, "ekranplus", "POST", f"{API}/t/3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("form d = base64 json r[] rows", detectable=False)
    u = b.id("aid_ekran", "sha1", "form d (base64 json) u", detectable=False)
    rows = [
        [int(c.rng.choice(SERIJE)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.form([("d", b64(js({"u": u, "r": rows, "v": 3}))), ("s", new_hex(c.rng, 8))])
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/katalog?zanr=drama&strana=1", device=False)
    b.decoy("catalogue with episode counts and durations (trajanje) (content fetch)")
    b.ok_json(
        {
            "serije": [
                {
                    "serijaId": sid,
                    "naziv": title,
                    "brojEpizoda": 40,
                    "trajanje": dur,
                    "poster": f"https://img.ekranplus.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIJE
            ]
        }
    )
    return b.build()


def pretraga(c: Context) -> Flow:
    q = c.rng.choice(["bolji zivot", "kosti", "убице", "јужни ветар"])
    b = _b(c, "GET", f"{API}/api/v2/pretraga?q={quote(q)}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "rezultati": [
                {"serijaId": sid, "naziv": title, "trajanje": dur} for sid, title, dur in SERIJE[:3]
            ]
        }
    )
    return b.build()


def najgledanije(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/top/najgledanije?period=7d", device=False)
    b.decoy("aggregate 'most watched' counts (gledanja) across all viewers")
    b.ok_json(
        {
            "top": [
                {"serijaId": sid, "naziv": title, "gledanja": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIJE
            ]
        }
    )
    return b.build()


def tv_vodic(c: Context) -> Flow:
    kanal = c.rng.choice(KANALI)
    b = _b(c, "GET", f"{API}/api/v2/tv-vodic?kanal={quote(kanal)}&dan=danas", device=False)
    b.decoy("TV guide: programme start times and durations (content fetch)")
    b.ok_json(
        {
            "kanal": kanal,
            "emisije": [
                {"naziv": t, "pocetak": iso(c), "trajanje": c.rng.choice([30, 45, 60, 90])}
                for t in ("Дневник", "Слагалица", "Квадратура круга", "Бољи живот (реприза)")
            ],
        }
    )
    return b.build()


def preporuke(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/preporuke?red=za-vas")
    b.decoy("recommendation rail (no watched items, positions are rail slots)")
    b.ok_json(
        {
            "red": "Препоручено за вас",
            "stavke": [
                {"pozicija": i + 1, "serijaId": sid, "naziv": title}
                for i, (sid, title, _) in enumerate(c.rng.sample(SERIJE, 5))
            ],
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIJE)[0]
    b = FB(
        c,
        "ekranplus",
        "GET",
        f"https://vod-cdn.ekranplus.example/{sid}/e{c.rng.randint(1, 40):02d}/720p/"
        f"segment_{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
