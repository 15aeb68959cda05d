"""Himig: an OPM music streaming app (Manila team, Firebase inside).

Plays are reported to the app's own API in Tagalog (`/v1/pinakinggan`,
`kanta_id`, `segundong_napakinggan`); the "Kamakailang Pinakinggan" (recently
played) list comes back from `/v1/ako/kamakailan`. An older offline-sync path
sends plays as rows under single-letter keys. Firebase Installations registers
the app's `fid` (https://firebase.google.com/docs/reference/installations/rest).
OPM charts (play counts over all listeners), lyrics, search and the audio file
fetch are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, app_builder, iso, ms, ua

API = "https://api.himig.example"
UA = ua("Himig", "9.1.0")
SONGS = [
    ("hm_0141", "Kahit Maputi Na Ang Buhok Ko", "Rey Valera"),
    ("hm_2207", "Buwan", "Juan Karlos"),
    ("hm_3318", "Tadhana", "Up Dharma Down"),
    ("hm_4410", "Mundo", "IV of Spades"),
    ("hm_5012", "Pagtingin", "Ben&Ben"),
    ("hm_6125", "Manok nga Pula", "trad. Ilocano"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "himig", method, url, UA)
    b.header("x-himig-did", b.id("aid_himig", where="header x-himig-did"))
    return b


def played(c: Context) -> Flow:
    sid, title, artist = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/pinakinggan")
    b.view("json kanta_id + segundong_napakinggan (Tagalog keys)")
    b.json(
        {
            "kanta_id": sid,
            "pamagat": title,
            "artista": artist,
            "segundong_napakinggan": c.rng.randint(20, 300),
            "tapos": c.rng.random() < 0.6,
            "pinagmulan": c.rng.choice(["playlist", "album", "radyo"]),
            "oras": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ako/kamakailan")
    b.view("response json kamakailang_pinakinggan[]", direction="response")
    b.ok_json(
        {
            "kamakailang_pinakinggan": [
                {"kanta_id": s, "pamagat": t, "pinakinggan_noong": iso(c)}
                for s, t, _ in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def offline_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/o")
    b.view("json r[] rows {k, s, t} (song, seconds, ts)", detectable=False)
    b.json(
        {
            "r": [
                {"k": c.rng.choice(SONGS)[0], "s": c.rng.randint(20, 300), "t": ms(c)}
                for _ in range(c.rng.randint(2, 6))
            ],
            "n": 1,
        }
    )
    b.ok_json({"a": 1})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/himig-ph/installations",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.header("x-android-package", "ph.himig.app")
    b.json(
        {
            "fid": b.id("himig_app_instance", where="json fid (Firebase Installations)"),
            "appId": "1:48213377201:android:6f1c0a9d2e7b4c31",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.decoy("Firebase API key and installation auth token")
    b.ok_json({"authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"}})
    return b.build()


def _pb_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(2, [pb_bytes(1, name), pb_varint(4, value)])
    return pb_msg(2, [pb_bytes(1, name), pb_bytes(2, value)])


def firebase_analytics(c: Context) -> Flow:
    """Firebase Analytics upload (app-measurement.com/a): protobuf, event names readable."""
    sid, title, _ = c.rng.choice(SONGS)
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; RMX3851 Build/UKQ1.231108.001)")
    b.view("protobuf event pinakinggan_kanta with kanta_id + segundo params")
    instance = b.id(
        "himig_app_instance", where="protobuf bundle field 21 (app instance id)", detectable=False
    )
    event = pb_msg(
        2,
        [
            pb_bytes(2, "pinakinggan_kanta"),
            _pb_param("kanta_id", sid),
            _pb_param("pamagat", title),
            _pb_param("segundo", c.rng.randint(20, 300)),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1, [event, pb_bytes(14, "ph.himig.app"), pb_bytes(21, instance), pb_varint(1, 1)]
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def chart(c: Context) -> Flow:
    b = FB(c, "himig", "GET", f"{API}/v1/tsart/opm-top-50")
    b.header("user-agent", UA)
    b.decoy("OPM top-50 chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "tsart": [
                {"ranggo": i + 1, "kanta_id": s, "pamagat": t, "plays": c.rng.randint(10**4, 10**7)}
                for i, (s, t, _) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, _ = c.rng.choice(SONGS)
    b = FB(c, "himig", "GET", f"{API}/v1/liriko/{sid}")
    b.header("user-agent", UA)
    b.decoy("timed lyrics (line start times, not a listener's position)")
    b.ok_json({"kanta_id": sid, "linya": [{"t_ms": i * 4200, "txt": title} for i in range(6)]})
    return b.build()


def audio_fetch(c: Context) -> Flow:
    sid, _, _ = c.rng.choice(SONGS)
    b = FB(c, "himig", "GET", f"https://cdn.himig.example/a/{sid}/320.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
