"""Bhakti Dhwani (ଭକ୍ତି ଧ୍ୱନି / ভক্তি ধ্বনি): a devotional audio app (the mother's Redmi in Bhubaneswar).

Jagannath bhajans, Odia janana, and Assamese Borgeet and Naam-kirtan for the
Guwahati half of the family, who share the account. The listening log goes
to the app's backend with Assamese key names in native script (`শুনা` =
listening, `গীত` = song, `অৱস্থান` = position, `দৈৰ্ঘ্য` = length) from the
shared Assamese profile, and "recently heard" comes back romanised Odia
(`suni_thiba`). The app registers with Firebase Installations (`fid`, `appId`,
FIS_v2) and logs through the Firebase SDK to app-measurement.com (protobuf:
app_instance_id, the advertising id, events with their params). An older
build batches plays as gzip msgpack with one-letter keys. The audio chunks,
the day's panji (almanac), the Ratha Yatra live schedule, lyrics and the
charts are ordinary fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, mpack, pb_bytes, pb_fixed64, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.bhaktidhwani.example"
UA = ua("BhaktiDhwani", "2.14.0", "maa")
APP_ID = "1:804417723310:android:4c1e8d29b70a6f53"
SONGS = [
    ("t501", "Ahe Nila Saila", "ଆହେ ନୀଳ ଶୈଳ", "Salabega", 412),
    ("t517", "Jagannatha Swami Nayana Patha Gami", "ଜଗନ୍ନାଥ ସ୍ୱାମୀ", "Adi Shankara", 365),
    ("t532", "Kalia Tote Kebe", "କାଳିଆ ତୋତେ କେବେ", "Bhikari Bal", 298),
    ("t604", "Pawe Pori Hori", "পাৱে পৰি হৰি", "Madhabdev", 520),
    ("t611", "Mon Meri Ram Charanahi Lagu", "মন মেৰি ৰাম চৰণহি লাগু", "Srimanta Sankardev", 460),
    ("t623", "Naam Ghosa Path", "নাম ঘোষা পাঠ", "Madhabdev", 900),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bhaktidhwani", method, url)
    b.header("user-agent", UA)
    b.header("x-bd-session", rid(c.rng))
    return b


def _song(c: Context) -> tuple[str, str, str, str, int]:
    return c.rng.choice(SONGS)


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/bhaktidhwani-od/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "in.bhaktidhwani.app")
    b.json(
        {
            "fid": b.id("bhakti_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804417723310/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/jantra")
    b.json(
        {
            "jantra_chinha": b.id("aid_bhakti", where="json jantra_chinha (ANDROID_ID)"),
            "fid": b.id("bhakti_fid", where="json fid"),
            "upabhokta": b.acct("bhakti_user"),
            "bhasa": ["or", "as"],
        }
    )
    b.ok_json({"safal": True})
    return b.build()


def _measurement(c: Context, events: list[bytes]) -> bytes:
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_bytes(14, "android"),
        pb_bytes(15, "14"),
        pb_bytes(16, "23124RA7EO"),
        pb_bytes(21, APP_ID),
        pb_bytes(27, c.phone.bhakti_app_instance),
        pb_bytes(19, c.phone.gaid_maa),
        pb_fixed64(3, ms(c)),
    ]
    return pb_msg(1, bundle)


def _event(name: str, params: list[tuple[str, str | int]], t: int) -> bytes:
    parts = [pb_bytes(2, name), pb_varint(3, t)]
    for k, v in params:
        val = pb_bytes(2, v) if isinstance(v, str) else pb_varint(4, v)
        parts.append(pb_msg(1, [pb_bytes(1, k), val]))
    return pb_msg(2, parts)


def app_measurement_play(c: Context) -> Flow:
    tid, roman, _native, artist, dur = _song(c)
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("protobuf event bhajan_play with params track_name / listen_seconds")
    b.other_id("bhakti_app_instance", "protobuf field 27 (app_instance_id)", detectable=False)
    b.id("gaid_maa", "protobuf", "protobuf field 19 (resettable device id)", detectable=False)
    ev = _event(
        "bhajan_play",
        [("track_id", tid), ("track_name", roman), ("artist", artist), ("listen_seconds", dur)],
        ms(c),
    )
    b.set_body(_measurement(c, [ev]), "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def app_measurement_screen(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.other_id("bhakti_app_instance", "protobuf field 27 (app_instance_id)", detectable=False)
    b.id("gaid_maa", "protobuf", "protobuf field 19 (resettable device id)", detectable=False)
    ev = _event("screen_view", [("_sn", "PanjiScreen"), ("_sc", "PanjiActivity")], ms(c))
    b.set_body(_measurement(c, [ev]), "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def xuna(c: Context) -> Flow:
    tid, _roman, native, artist, dur = _song(c)
    b = _b(c, "POST", f"{API}/api/v2/{quote('শুনা')}")
    b.view("json শুনা.গীত/অৱস্থান_ছেকেণ্ড/দৈৰ্ঘ্য (Assamese keys)")
    b.json(
        {
            "শুনা": {
                "গীত_চিনাকি": tid,
                "গীত": native,
                "শিল্পী": artist,
                "অৱস্থান_ছেকেণ্ড": c.rng.randint(5, dur),
                "দৈৰ্ঘ্য": dur,
                "সম্পূৰ্ণ": c.rng.random() < 0.4,
            },
            "সময়": iso(c),
            "ব্যৱহাৰকাৰী": b.acct("bhakti_user"),
        }
    )
    b.ok_json({"ঠিক": True})
    return b.build()


def suni_thiba(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/suni_thiba?upabhokta={c.phone.bhakti_user}")
    b.view("response json suni_thiba[] (recently heard, time, position)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        tid, roman, _native, _artist, dur = _song(c)
        rows.append(
            {
                "gita_id": tid,
                "gita": roman,
                "sesha_sthiti": c.rng.randint(5, dur),
                "kebe_suniley": ms(c) - c.rng.randint(600, 5 * 86400) * 1000,
            }
        )
    b.ok_json({"suni_thiba": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q/2")
    b.view("gzip msgpack list of {i, p, d, t} (one-letter keys)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        tid, _roman, _native, _artist, dur = _song(c)
        rows.append({"i": tid, "p": c.rng.randint(5, dur), "d": dur, "t": ms(c)})
    b.set_body(gz(mpack(rows)), "application/octet-stream")
    b.no_content()
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = _song(c)[0]
    n = c.rng.randint(0, 40)
    b = FB(c, "bhaktidhwani", "GET", f"https://cdn.bhaktidhwani.example/a/{tid}/128k/{n}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("audio chunk fetch")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def panji(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/panji?tarikha={iso(c)[:10]}")
    b.ok_json(
        {
            "tithi": c.rng.choice(["Ekadashi", "Dwitiya", "Purnima", "Amabasya"]),
            "ଶୁଭ_ସମୟ": "06:12-07:48",
            "sunrise": "05:21",
            "rahu_kala": "10:30-12:00",
        }
    )
    return b.build()


def ratha_schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/live/ratha-yatra")
    b.decoy("live broadcast schedule with times (no one's listening)")
    b.ok_json(
        {
            "live": [
                {"name": "Pahandi Bije", "start": "2025-06-27T09:00:00+05:30"},
                {"name": "Chhera Pahanra", "start": "2025-06-27T14:30:00+05:30"},
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, roman, native, _artist, _dur = _song(c)
    b = _b(c, "GET", f"{API}/api/v1/gita/{tid}/pada")
    b.ok_json({"gita": native, "roman": roman, "pada": [native, "..."]})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/shreshtha?saptaha={c.rng.randint(1, 52)}")
    b.decoy("weekly chart with play counts")
    b.ok_json({"talika": [{"id": s[0], "plays": c.rng.randint(10**3, 10**5)} for s in SONGS]})
    return b.build()
