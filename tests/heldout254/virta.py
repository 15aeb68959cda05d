"""VirtaTV: the coordinator's own streaming app (Yle Areena-like: domestic series,
documentaries and live Liiga hockey), on his work phone in the evenings.

Keys are Finnish (`katselu` = viewing, `jakso` = episode, `sijainti_s` =
position, `kesto_s` = duration, `kanava` = channel). Progress and live
heartbeats go to the app's backend. Firebase Analytics batches go to
app-measurement.com as protobuf (no key names for the bundle's ids: the
resettable device id and app-instance id sit in numbered fields; event and
parameter names are strings). Firebase Installations registers the app
(`fid`, FIS_v2). Adjust tracks sessions (`gps_adid`, `android_uuid`, form body,
https://github.com/adjust/android_sdk) and events; the watch-start event carries
only a programme id and a position in `callback_params` under one-letter keys.
The catalogue, the programme guide, Liiga results, the "most watched" chart
and video segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.virta-tv.example"
UA = ua("VirtaTV", "7.12.1")
PACKAGE = "fi.virtatv.android"
GMP_APP = "1:402913377215:android:c81d5e2f9a4b7730"
OHJELMAT = [
    ("1-50211873", "Pyynikin varjot", 2640),
    ("1-50388102", "Hervannan yöt", 2820),
    ("1-50412230", "Rajamailla", 3000),
    ("1-50129911", "Kesämökkiremontti", 1740),
    ("1-50501774", "Avaruuden arvoitukset", 3480),
    ("1-50277340", "Pikku Kakkosen iltasatu", 600),
]
OTTELUT = ["Tappara–Ilves", "Ilves–Lukko", "Tappara–Kärpät", "HIFK–Ilves", "TPS–Tappara"]
KANAVAT = ["Virta Urheilu 1", "Virta Urheilu 2", "Virta Uutiset", "Virta TV1"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "virtatv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-virta-client", "android/7.12.1")
    return b


def _ohjelma(c: Context) -> tuple[str, str, int, int]:
    pid, sarja, kesto = c.rng.choice(OHJELMAT)
    return pid, sarja, c.rng.randint(1, 10), kesto


# --- device and SDK registration ---------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/virtatv-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSyB" + new_hex(c.rng, 32))
    b.header("x-android-package", PACKAGE)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("virta_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/402913377215/installations/" + "x",
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/laitteet/rekisteroi")
    b.json(
        {
            "laitetunniste": b.id("aid_virta", where="json laitetunniste (ANDROID_ID)"),
            "firebaseInstallationId": b.id("virta_fid", where="json firebaseInstallationId"),
            "malli": "SM-G736B",
            "kayttaja": b.acct("virta_user"),
            "kieli": "fi",
            "alue": "FI",
        }
    )
    b.ok_json({"ok": True, "laitteitaEnintaan": 5})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.2")
    created = iso(c).replace("Z", "Z+0200")
    b.form(
        [
            ("app_token", "q7ld3m2w9kqo"),
            ("attribution_deeplink", "1"),
            ("connectivity_type", "1"),
            ("country", "FI"),
            ("created_at", created),
            ("device_manufacturer", "samsung"),
            ("device_name", "SM-G736B"),
            ("device_type", "phone"),
            ("environment", "production"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            ("language", "fi"),
            ("needs_response_details", "1"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("package_name", PACKAGE),
            ("session_count", str(c.rng.randint(20, 300))),
            ("subsession_count", str(c.rng.randint(1, 8))),
            ("time_spent", str(c.rng.randint(10, 4000))),
            ("tracking_enabled", "1"),
            ("sent_at", created),
        ]
    )
    b.ok_json(
        {
            "app_token": "q7ld3m2w9kqo",
            "adid": b.id("adjust_adid", where="response json adid", direction="response"),
            "timestamp": created,
            "message": "Session tracked",
        }
    )
    return b.build()


def _gmp_bundle(b: FB, c: Context, events: list[bytes]) -> bytes:
    """One Firebase Analytics bundle: the ids sit in numbered fields, no names."""
    now = ms(c)
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_varint(4, now),
        pb_varint(5, now - 60000),
        pb_varint(6, now),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "SM-G736B"),
        pb_bytes(11, "fi-fi"),
        pb_varint(12, 120),
        pb_bytes(14, PACKAGE),
        pb_bytes(16, "7.12.1"),
        pb_varint(17, 240304),
        pb_bytes(19, b.id("gaid", "protobuf", "protobuf bundle field 19", detectable=False)),
        pb_bytes(
            21, b.id("virta_instance", "protobuf", "protobuf bundle field 21", detectable=False)
        ),
        pb_varint(23, 0),
        pb_bytes(25, GMP_APP),
    ]
    return pb_msg(1, bundle)


def _event(name: str, params: list[tuple[str, str | int]], t: int) -> bytes:
    parts = []
    for key, value in params:
        inner = [pb_bytes(1, key)]
        inner.append(pb_bytes(2, value) if isinstance(value, str) else pb_varint(3, value))
        parts.append(pb_msg(1, inner))
    return pb_msg(2, [*parts, pb_bytes(2, name), pb_varint(3, t)])


def _measurement(c: Context, events: list[tuple[str, list[tuple[str, str | int]]]]) -> FB:
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    now = ms(c)
    encoded = [_event(name, params, now - 500 * i) for i, (name, params) in enumerate(events)]
    b.set_body(_gmp_bundle(b, c, encoded), "application/x-www-form-urlencoded")
    b.no_content()
    return b


def ga4_screens(c: Context) -> Flow:
    screen = c.rng.choice(["Etusivu", "Opas", "Haku", "Urheilu", "Oma"])
    b = _measurement(
        c,
        [
            ("_vs", [("_sn", screen), ("_sc", "MainActivity"), ("_o", "auto")]),
            ("_e", [("_et", c.rng.randint(200, 9000)), ("_o", "auto")]),
        ],
    )
    return b.build()


def ga4_katselu(c: Context) -> Flow:
    pid, sarja, jakso, kesto = _ohjelma(c)
    pct = c.rng.choice([25, 50, 75, 90])
    b = _measurement(
        c,
        [
            (
                "katselu_edistyi",
                [
                    ("ohjelma_id", pid),
                    ("ohjelma_nimi", sarja),
                    ("jakso", jakso),
                    ("katsottu_pct", pct),
                    ("sijainti_s", kesto * pct // 100),
                    ("_o", "app"),
                ],
            )
        ],
    )
    b.view("protobuf event katselu_edistyi (ohjelma_nimi, jakso, sijainti_s)")
    return b.build()


# --- viewing ---------------------------------------------------------------------


def katselu_edistyminen(c: Context) -> Flow:
    pid, sarja, jakso, kesto = _ohjelma(c)
    b = _b(c, "POST", f"{API}/v3/katselu/edistyminen")
    b.view("json ohjelmaId/sarja/jakso/sijainti_s/kesto_s")
    b.json(
        {
            "ohjelmaId": pid,
            "sarja": sarja,
            "jakso": jakso,
            "sijainti_s": c.rng.randint(30, kesto),
            "kesto_s": kesto,
            "katsottu": False,
            "aika": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_syke(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/syke")
    b.view("json kanava/tapahtuma/katsottu_s (live hockey watch time)")
    b.json(
        {
            "kanava": c.rng.choice(KANAVAT[:2]),
            "tapahtuma": "Liiga: " + c.rng.choice(OTTELUT),
            "katsottu_s": c.rng.choice([30, 60, 60, 120]),
            "laatu": c.rng.choice(["720p", "1080p", "auto"]),
            "aika": iso(c),
        }
    )
    b.ok_json({"jatka": True, "seuraavaSyke_s": 60})
    return b.build()


def jatka_katselua(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/oma/jatka-katselua?rajaus=12")
    b.view("response json jatka[] (continue watching)", direction="response")
    rivit = []
    for _ in range(c.rng.randint(2, 5)):
        pid, sarja, jakso, kesto = _ohjelma(c)
        rivit.append(
            {
                "ohjelmaId": pid,
                "sarja": sarja,
                "jakso": jakso,
                "sijainti_s": c.rng.randint(60, kesto - 30),
                "kesto_s": kesto,
                "katsottuViimeksi": iso(c),
            }
        )
    b.ok_json({"jatka": rivit})
    return b.build()


def adjust_katselu(c: Context) -> Flow:
    """Adjust event: only a programme id and a second count under one-letter keys."""
    pid, _sarja, _jakso, kesto = _ohjelma(c)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.2")
    b.view("form callback_params {p, s} (programme id, second)", detectable=False)
    b.form(
        [
            ("app_token", "q7ld3m2w9kqo"),
            ("event_token", "w3x8ke"),
            ("event_count", str(c.rng.randint(1, 400))),
            ("callback_params", js({"p": pid, "s": str(c.rng.randint(10, kesto))})),
            ("created_at", iso(c).replace("Z", "Z+0200")),
            ("environment", "production"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
        ]
    )
    b.ok_json({"app_token": "q7ld3m2w9kqo", "message": "Event tracked"})
    return b.build()


def mittari(c: Context) -> Flow:
    """The player's compact beacon: rows [programme number, episode, second, ts] under 'r'."""
    b = _b(c, "POST", f"{API}/m/2")
    b.view("json r[] rows (gzip)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        pid, _sarja, jakso, kesto = _ohjelma(c)
        rows.append([int(pid.split("-")[1]), jakso, c.rng.randint(10, kesto), ms(c)])
    b.json({"r": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


# --- ordinary content -----------------------------------------------------------


def ohjelmisto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ohjelmisto?kategoria=sarjat&sivu=1")
    b.decoy("catalogue with episode durations (content fetch)")
    b.ok_json(
        {
            "ohjelmat": [
                {"ohjelmaId": pid, "nimi": sarja, "kesto_s": kesto, "jaksoja": 10}
                for pid, sarja, kesto in OHJELMAT
            ]
        }
    )
    return b.build()


def opas(c: Context) -> Flow:
    kanava = c.rng.choice(KANAVAT)
    b = _b(c, "GET", f"{API}/v3/opas?kanava={kanava.replace(' ', '%20')}&pvm={iso(c)[:10]}")
    b.decoy("programme guide start times and durations")
    b.ok_json(
        {
            "kanava": kanava,
            "lahetykset": [
                {"nimi": n, "alkaa": iso(c), "kesto_min": d}
                for n, d in (("Uutiset", 15), ("Liiga-studio", 30), ("Liiga: Tappara–Ilves", 150))
            ],
        }
    )
    return b.build()


def liiga_tulokset(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/urheilu/liiga/tulokset?kierros={c.rng.randint(20, 40)}")
    b.decoy("match clock and period times")
    koti, vieras = c.rng.choice(OTTELUT).split("–")
    b.ok_json(
        {
            "ottelut": [
                {
                    "koti": koti,
                    "vieras": vieras,
                    "maalit": [c.rng.randint(0, 5), c.rng.randint(0, 5)],
                    "erä": c.rng.randint(1, 3),
                    "peliaika": f"{c.rng.randint(0, 19):02d}:{c.rng.randint(0, 59):02d}",
                }
            ]
        }
    )
    return b.build()


def katsotuimmat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/listat/katsotuimmat?jakso=7pv")
    b.decoy("aggregate view counts (not one viewer's)")
    b.ok_json(
        {
            "lista": [
                {"ohjelmaId": pid, "nimi": sarja, "katselukertoja": c.rng.randint(10**4, 10**6)}
                for pid, sarja, _ in OHJELMAT
            ]
        }
    )
    return b.build()


def segmentti(c: Context) -> Flow:
    pid = c.rng.choice(OHJELMAT)[0]
    b = FB(
        c,
        "virtatv",
        "GET",
        f"https://vod.virta-tv.example/{pid}/{rid(c.rng)[:8]}/720p/seg_{c.rng.randint(1, 900)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
