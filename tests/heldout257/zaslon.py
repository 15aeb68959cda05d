"""Zaslon 365: the Slovenian TV channels' streaming app (live channels, the
archive of the channels' shows, VOYO-style series) on the mother's Xiaomi in
Maribor.

The backend is Slovenian: `ogled` (a viewing), `ogledano` (watched), `oddaja`
(a show), `epizoda`, `položaj` (position), `trajanje` (duration), `v živo`
(live), `nadaljuj z ogledom` (continue watching). Instead of Gemius the app
runs its own measurement (`meritve`): JSON events, and a newer compact beacon
that packs `channel;episode;second;duration;ts` into base64 under `d`.
Firebase Analytics uploads its protobuf bundle to `app-measurement.com/a`
(custom event `ogled_epizode` with the Slovenian param names in the bytes;
the GAID and the app-instance id in bare fields), the live player in a
WebView sends GA4 `g/collect` hits (`en=video_progress`, `ep.` / `epn.`
params), and Adjust (SDK v4, EU endpoint) gets sessions and an `ogled` event
whose `callback_params` name the show and episode. The catalogue, the TV
schedule (`spored`), "most watched" counts, search, DRM licences and DASH
segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.zaslon365.example"
MER = "https://meritve.zaslon365.example"
PKG = "si.zaslon365.app"
UA = ua("Zaslon365", "6.3.1", "mama")
ODDAJE = [
    ("od118", "Ena žlahtna štorija", 2650),
    ("od204", "Reka ljubezni", 2400),
    ("od233", "Kuhinja mojstrov", 3100),
    ("od251", "Dnevnik", 1800),
    ("od260", "Gostilna išče šefa", 2900),
    ("od277", "Mladi zdravniki", 2500),
    ("od301", "Ljudje in zemlja", 1700),
]
KANALI = ["ZA1", "ZA2", "ZA Kids", "ZA Šport", "ZA Film", "ZA Serije"]
GMP_APP = "1:318650771204:android:5c2e90d1a7b44f03"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "zaslon365", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", "") + new_hex(c.rng, 16))
    if device:
        # the API keys its sessions on a SHA-256 of the ANDROID_ID under a terse header
        b.header("x-nk", b.id("aid_zaslon", "sha256", "header x-nk", detectable=False))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    oid, naslov, trajanje = c.rng.choice(ODDAJE)
    return oid, naslov, c.rng.randint(1, 80), trajanje


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/zaslon365-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.decoy("x-android-cert: signing certificate SHA-1 (not the phone's)")
    b.json(
        {
            "fid": b.id("zaslon_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/318650771204/installations/" + c.phone.zaslon_fid,
            "fid": c.phone.zaslon_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    b.id("zaslon_fid", where="response json fid + name", direction="response")
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/naprave/registracija", device=False)
    b.json(
        {
            "androidId": b.id("aid_zaslon", where="json androidId"),
            "firebaseId": b.id("zaslon_fid", where="json firebaseId"),
            "model": "Xiaomi 2306EPN60G",
            "jezik": "sl",
            "drzava": "SI",
            "uporabnik": b.acct("zaslon_user"),
        }
    )
    b.ok_json({"ok": True, "najvecNaprav": 5, "paket": "Zaslon 365 Plus"})
    return b.build()


def napredek(c: Context) -> Flow:
    """Watch progress of an archive episode, every 30 s while playing."""
    oid, naslov, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v3/ogledi/{oid}/napredek")
    b.view("json oddaja/epizoda/položaj (archive watch progress)")
    b.json(
        {
            "oddaja": naslov,
            "epizoda": ep,
            "položaj": c.rng.randint(30, dur),
            "trajanje": dur,
            "ogledano": False,
            "čas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def v_zivo_utrip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/v-zivo/utrip")
    b.view("json kanal + ogledano_s (live channel heartbeat)")
    b.json(
        {
            "kanal": c.rng.choice(KANALI),
            "ogledano_s": c.rng.choice([30, 60, 60, 300]),
            "zacetek": iso(c),
            "kakovost": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"nadaljuj": True, "interval": 60})
    return b.build()


def nadaljuj(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/uporabnik/nadaljuj-z-ogledom?omejitev=12")
    b.view("response json nadaljuj[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        oid, naslov, ep, dur = _ep(c)
        rows.append(
            {
                "oddajaId": oid,
                "oddaja": naslov,
                "epizoda": ep,
                "položaj": c.rng.randint(60, dur - 60),
                "trajanje": dur,
                "nazadnjeGledano": iso(c),
            }
        )
    b.ok_json({"nadaljuj": rows})
    return b.build()


def zgodovina(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/uporabnik/zgodovina-ogledov?stran=1")
    b.view("response json ogledi[] (watch history)", direction="response")
    items = []
    for _ in range(8):
        oid, naslov, ep, _dur = _ep(c)
        items.append({"oddajaId": oid, "oddaja": naslov, "epizoda": ep, "ogledano": iso(c)})
    b.ok_json({"ogledi": items, "stran": 1})
    return b.build()


def meritve(c: Context) -> Flow:
    """The app's own measurement (no Gemius): JSON events per play state."""
    oid, naslov, ep, dur = _ep(c)
    b = FB(c, "zaslon-meritve", "POST", f"{MER}/v1/dogodki")
    b.header("user-agent", UA)
    b.view("json dogodki[] tip=ogled_* + oddaja/epizoda/položaj")
    pos = c.rng.randint(0, dur)
    b.json(
        {
            "naprava": {
                "id": b.id("aid_zaslon", where="json naprava.id"),
                "tip": "telefon",
                "os": "Android 14",
            },
            "seja": rid(c.rng),
            "dogodki": [
                {
                    "tip": c.rng.choice(["ogled_zacetek", "ogled_napredek", "ogled_pavza"]),
                    "oddajaId": oid,
                    "oddaja": naslov,
                    "epizoda": ep,
                    "položaj": pos,
                    "trajanje": dur,
                    "kanal": c.rng.choice(KANALI),
                    "ts": ms(c),
                }
            ],
        },
        "gzip",
    )
    b.decoy("seja (session uuid)")
    b.no_content()
    return b.build()


def meritve_compact(c: Context) -> Flow:
    """Newer build: `kanal;oddaja;epizoda;sekunda;trajanje;ts` base64 under 'd'."""
    b = FB(c, "zaslon-meritve", "POST", f"{MER}/p")
    b.header("user-agent", "zm/2")
    b.view("form d (base64 of ;-separated rows)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        oid, _, ep, dur = _ep(c)
        rows.append(f"{c.rng.randint(1, 6)};{oid[2:]};{ep};{c.rng.randint(0, dur)};{dur};{ms(c)}")
    b.form([("d", b64("\n".join(rows))), ("v", "3")])
    b.no_content()
    return b.build()


def _pb_param(key: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)])
    return pb_msg(1, [pb_bytes(1, key), pb_bytes(2, value)])


def _pb_event(c: Context, name: str, params: list[tuple[str, str | int]]) -> bytes:
    body = b"".join(_pb_param(k, v) for k, v in params)
    return pb_bytes(2, body + pb_bytes(2, name) + pb_varint(3, ms(c)))


def firebase_upload(c: Context, watching: bool = True) -> Flow:
    """Firebase Analytics batch: protobuf, ids in bare numbered fields."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("mama"))
    events = [
        _pb_event(c, "_vs", [("_sc", "PredvajalnikActivity"), ("_si", c.rng.randint(1, 10**9))]),
        _pb_event(c, "_e", [("_et", c.rng.randint(100, 9000))]),
    ]
    if watching:
        _, naslov, ep, dur = _ep(c)
        events.append(
            _pb_event(
                c,
                "ogled_epizode",
                [
                    ("oddaja", naslov),
                    ("epizoda", ep),
                    ("polozaj_s", c.rng.randint(0, dur)),
                    ("trajanje_s", dur),
                ],
            )
        )
        b.view("protobuf event ogled_epizode with oddaja/epizoda/polozaj_s params")
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
            pb_bytes(11, "sl-si"),
            pb_bytes(14, PKG),
            pb_bytes(16, "6.3.1"),
            pb_bytes(19, b.id("gaid_mama", "protobuf", "protobuf 1.19 (bare field)", False)),
            pb_varint(20, 0),
            pb_bytes(
                21, b.id("zaslon_app_instance", "protobuf", "protobuf 1.21 (bare field)", False)
            ),
            pb_bytes(25, GMP_APP),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_player(c: Context, event: str = "video_progress") -> Flow:
    """The live player's WebView (gtag.js) sends GA4 hits."""
    b = FB(c, "ga4-web", "POST", "https://region1.google-analytics.com/g/collect")
    b.header(
        "user-agent",
        "Mozilla/5.0 (Linux; Android 14; 2306EPN60G Build/UKQ1.230804.001; wv) "
        "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile",
    )
    b.header("origin", "https://predvajalnik.zaslon365.example")
    params = [
        ("v", "2"),
        ("tid", "G-ZS" + new_hex(c.rng, 8).upper()),
        ("gtm", "45je4a20v9" + str(c.rng.randint(100, 999))),
        ("_p", str(ms(c))),
        ("cid", f"{c.rng.randint(10**8, 2 * 10**9)}.{int(c.now) - 86400 * 9}"),
        ("ul", "sl-si"),
        ("sr", "393x851"),
        ("sid", str(int(c.now) - 400)),
        ("sct", str(c.rng.randint(2, 40))),
        ("seg", "1"),
        ("dl", "https://predvajalnik.zaslon365.example/v-zivo"),
        ("dt", "Zaslon 365 – v živo"),
        ("en", event),
    ]
    b.decoy("GA4 cid (web cookie id) and sid timestamps")
    if event == "page_view":
        params.append(("_et", str(c.rng.randint(100, 9000))))
        b.decoy("page_view of the live page (no content named)")
    else:
        kanal = c.rng.choice(KANALI)
        _, naslov, ep, dur = _ep(c)
        pct = 100 if event == "video_complete" else c.rng.choice([10, 25, 50, 75])
        params += [
            ("ep.video_provider", "zaslon365"),
            ("ep.video_title", f"{naslov} ({ep}. del)"),
            ("ep.kanal", kanal),
            ("epn.video_percent", str(pct)),
            ("epn.video_current_time", str(dur * pct // 100)),
            ("epn.video_duration", str(dur)),
        ]
        b.view(f"query en={event} + ep.video_title + epn.video_current_time")
    b.params.extend(params)
    b.no_content()
    return b.build()


def _adjust_form(c: Context, b: FB) -> list[tuple[str, str]]:
    return [
        ("app_token", "q8n2w7v3k1zs"),
        ("gps_adid", b.id("gaid_mama", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("android_uuid", b.id("zaslon_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", iso(c).replace("Z", "Z+0100")),
        ("sent_at", iso(c).replace("Z", "Z+0100")),
        ("environment", "production"),
        ("device_type", "phone"),
        ("device_name", "2306EPN60G"),
        ("device_manufacturer", "Xiaomi"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("package_name", PKG),
        ("app_version", "6.3.1"),
        ("language", "sl"),
        ("country", "SI"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(2, 90))),
    ]


def _adjust_sign(c: Context, b: FB) -> None:
    b.header("client-sdk", "android4.38.5")
    b.header("user-agent", dalvik("mama"))
    b.header(
        "authorization",
        f'Signature signature="{new_hex(c.rng, 64)}",secret_id="3",'
        'algorithm="adj3",headers_id="1",native_version="3.32.1"',
    )
    b.decoy("adjust request signature (sha256-looking hex)")


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.eu.adjust.com/session", http_version="HTTP/1.1")
    _adjust_sign(c, b)
    form = _adjust_form(c, b)
    form += [("subsession_count", str(c.rng.randint(1, 9))), ("time_spent", "412")]
    b.form(form)
    adid = b.id("zaslon_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": "q8n2w7v3k1zs", "adid": adid, "message": "Session tracked"})
    return b.build()


def adjust_ogled(c: Context) -> Flow:
    _, naslov, ep, dur = _ep(c)
    b = FB(c, "adjust", "POST", "https://app.eu.adjust.com/event", http_version="HTTP/1.1")
    _adjust_sign(c, b)
    form = _adjust_form(c, b)
    form += [
        ("event_token", "u7k2p9"),
        ("event_count", str(c.rng.randint(1, 400))),
        (
            "callback_params",
            js(
                {
                    "oddaja": naslov,
                    "epizoda": str(ep),
                    "ogledano_odstotek": str(c.rng.choice([25, 50, 75, 100])),
                    "trajanje": str(dur),
                }
            ),
        ),
    ]
    b.view("form callback_params|json oddaja/epizoda/ogledano_odstotek")
    b.form(form)
    adid = b.id("zaslon_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": "q8n2w7v3k1zs", "adid": adid, "message": "Event tracked"})
    return b.build()


def adjust_attribution(c: Context) -> Flow:
    q = [
        ("app_token", "q8n2w7v3k1zs"),
        ("adid", ""),
        ("gps_adid", ""),
        ("initiated_by", "sdk"),
        ("environment", "production"),
    ]
    b = FB(c, "adjust", "GET", "https://app.eu.adjust.com/attribution", http_version="HTTP/1.1")
    q[1] = ("adid", b.id("zaslon_adid", where="query adid"))
    q[2] = ("gps_adid", b.id("gaid_mama", where="query gps_adid"))
    b.params.extend(q)
    _adjust_sign(c, b)
    b.ok_json({"attribution": {"tracker_name": "Organic", "network": "Organic"}})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalog?zvrst=serije&stran=1", device=False)
    b.decoy("catalogue with episode counts and durations (trajanje)")
    b.ok_json(
        {
            "oddaje": [
                {"oddajaId": o, "naslov": n, "epizod": 80, "trajanje": d, "slika": f"/i/{o}.jpg"}
                for o, n, d in ODDAJE
            ]
        }
    )
    return b.build()


def spored(c: Context) -> Flow:
    kanal = c.rng.choice(KANALI)
    b = _b(c, "GET", f"{API}/v3/spored?kanal={kanal.replace(' ', '%20')}&dan=danes", device=False)
    b.decoy("TV schedule: start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "kanal": kanal,
            "spored": [
                {"naslov": n, "zacetek": t0 + i * 3600, "trajanje": d}
                for i, (_, n, d) in enumerate(ODDAJE[:5])
            ],
        }
    )
    return b.build()


def najbolj_gledano(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/lestvica/najbolj-gledano?obdobje=7d", device=False)
    b.decoy("aggregate view counts (ogledov) over all viewers")
    b.ok_json(
        {
            "lestvica": [
                {"oddaja": n, "ogledov": c.rng.randint(10**4, 10**6), "mesto": i + 1}
                for i, (_, n, _) in enumerate(ODDAJE)
            ]
        }
    )
    return b.build()


def iskanje(c: Context) -> Flow:
    q = c.rng.choice(["štorija", "kuhinja", "reka", "zdravniki"])
    b = _b(c, "GET", f"{API}/v3/iskanje?" + urlencode({"q": q}), device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"zadetki": [{"oddajaId": o, "naslov": n} for o, n, _ in ODDAJE[:3]]})
    return b.build()


def drm_licenca(c: Context) -> Flow:
    b = FB(c, "zaslon365", "POST", "https://drm.zaslon365.example/widevine/licenca")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("Widevine licence challenge (opaque binary, no viewing report)")
    b.set_body(b"\x08\x01\x12" + c.rng.randbytes(300), "application/octet-stream")
    b.respond(200, "application/octet-stream", b"\x08\x02\x12" + c.rng.randbytes(200))
    return b.build()


def dash_segment(c: Context) -> Flow:
    oid = c.rng.choice(ODDAJE)[0]
    b = FB(
        c,
        "zaslon365",
        "GET",
        f"https://vod.zaslon365.example/{oid}/{new_hex(c.rng, 8)}/video=2400000/"
        f"seg-{c.rng.randint(1, 900)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", c.rng.randbytes(400))
    return b.build()


def cena_paketa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/paketi", device=False)
    b.decoy("subscription plans: price and duration (trajanje) in days")
    b.ok_json(
        {
            "paketi": [
                {"ime": "Zaslon 365 Plus", "cena": 6.99, "trajanje": 30, "valuta": "EUR"},
                {"ime": "Zaslon 365 Letni", "cena": rf(c.rng, 59, 69, 2), "trajanje": 365},
            ]
        }
    )
    return b.build()
