"""Nziyo: a gospel and sungura music streaming app (the mother's Tecno Camon 20
in Bulawayo).

The backend is Zimbabwean-built and its keys are Shona with some Ndebele
(`nziyo` = songs, `rwiyo` = song, `muimbi` = artist, `kuteerera` = listening,
`nguva` = time, `ingoma` = song in Ndebele, `mudziyo` = device). Every song
played is reported with the seconds listened; the "recently played" screen
returns the list. A lite build batches plays as protobuf (numbers only), and
its config call carries an MD5 of the ANDROID_ID in a header named `x-h`. The
app registers an install id and the advertising id, and uses Firebase
Installations. Lyrics, the gospel chart (aggregate), search, artwork, the
audio stream and the voice search clip (a spoken query, not a voiceprint)
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, multipart, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.nziyo.example"
UA = ua("Nziyo", "2.9.4", "amai")
SONGS = [
    ("r2201", "Ndozvandiri", "Mathias Mhere", 287),
    ("r2214", "Makanaka", "Janet Manyowa", 312),
    ("r2230", "Nyarara Mwana", "Oliver Mtukudzi", 265),
    ("r2248", "Sara Ndisarire", "Alick Macheso", 402),
    ("r2263", "Ngiyabonga Nkosi", "Bulawayo Gospel Choir", 298),
    ("r2277", "Nhamo Yerudo", "System Tazvida", 355),
    ("r2290", "Rufaro", "Charles Charamba", 330),
]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "nziyo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-nziyo-install", b.id("nziyo_install", where="header x-nziyo-install"))
    return b


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nziyo-music/installations",
    )
    b.header("user-agent", dalvik("amai"))
    b.header("x-goog-api-key", "AIzaSyB" + new_hex(c.rng, 32))
    fid = b.id("nziyo_fid", where="json fid")
    b.json({"fid": fid, "appId": "1:88120394471:android:0d6e1f2a3b4c5d6e",
            "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})  # fmt: skip
    b.other_id("nziyo_fid", "response json fid", direction="response")
    b.ok_json(
        {
            "name": f"projects/88120394471/installations/{fid}",
            "fid": fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mudziyo/nyoresa")
    b.json(
        {
            "installId": b.id("nziyo_install", where="json installId"),
            "androidId": b.id("aid_nziyo", where="json androidId"),
            "advertisingId": b.id("gaid_amai", where="json advertisingId"),
            "fcmFid": b.id("nziyo_fid", where="json fcmFid"),
            "mutauro": "nd",
            "nyika": "ZW",
            "modhi": "TECNO CK7n",
        }
    )
    b.ok_json({"mushandisi": b.acct("nziyo_user"), "premium": False})
    return b.build()


def kuteerera(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kuteerera")
    sid, title, artist, dur = c.rng.choice(SONGS)
    b.view("json kuteerera{rwiyo,muimbi,masekondiAkateererwa,nguva}")
    b.json(
        {
            "kuteerera": {
                "rwiyoId": sid,
                "rwiyo": title,
                "muimbi": artist,
                "masekondiAkateererwa": c.rng.randint(20, dur),
                "kureba": dur,
                "kwakabva": c.rng.choice(["playlist:gospel_sunday", "album", "search", "radio"]),
                "nguva": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def zvichangobva(c: Context) -> Flow:
    """Recently played (zvichangoridzwa)."""
    b = _b(c, "GET", f"{API}/v2/zvichangoridzwa?limit=20")
    b.view("response json nziyo[] (recently played, with times)", direction="response")
    b.ok_json(
        {
            "nziyo": [
                {"rwiyo": t, "muimbi": a, "yakateererwa": iso(c)}
                for _, t, a, _ in c.rng.sample(SONGS, 5)
            ]
        }
    )
    return b.build()


def ingoma_batch(c: Context) -> Flow:
    """The Ndebele-language build posts its offline plays in a batch (izingoma)."""
    b = _b(c, "POST", f"{API}/v2/offline/izingoma")
    b.view("json izingoma[] {ingoma, umculi, isikhathi, amasekhondi}")
    b.json(
        {
            "izingoma": [
                {
                    "ingoma": t,
                    "umculi": a,
                    "amasekhondi": c.rng.randint(30, d),
                    "isikhathi": iso(c),
                }
                for _, t, a, d in c.rng.sample(SONGS, c.rng.randint(2, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def plays_protobuf(c: Context) -> Flow:
    b = FB(c, "nziyo", "POST", f"{API}/l/p")
    b.header("user-agent", "nziyo-lite/1.4")
    b.view("protobuf repeated {1: song no, 2: seconds, 3: epoch ms}", detectable=False)
    rows = b"".join(
        pb_msg(
            1,
            [
                pb_varint(1, int(c.rng.choice(SONGS)[0][1:])),
                pb_varint(2, c.rng.randint(20, 400)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    )
    b.set_body(pb_bytes(9, new_hex(c.rng, 8)) + rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = FB(c, "nziyo", "GET", f"{API}/l/cfg?v=14")
    b.header("user-agent", "nziyo-lite/1.4")
    b.header("x-h", b.id("aid_nziyo", "md5", "header x-h", detectable=False))
    b.ok_json({"bitrate": 96, "ads": True, "chart": "gospel"})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(
        c, "nziyo", "GET", f"https://stream.nziyo.example/a/{sid}/96k/{c.rng.randint(0, 30)}.aac"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("audio stream fetch")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, artist, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v2/mazwi/{sid}", install=False)
    b.decoy("lyrics fetch for a song")
    b.ok_json(
        {"rwiyo": title, "muimbi": artist, "mazwi": ["Ndozvandiri, Ishe...", "Ndinotenda..."]}
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/chati?rudzi=gospel", install=False)
    b.decoy("aggregate play counts per song")
    b.ok_json(
        {
            "chati": [
                {"rwiyo": t, "muimbi": a, "plays": c.rng.randint(10**3, 10**6)}
                for _, t, a, _ in SONGS
            ]
        }
    )
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "nziyo", "GET", f"https://img.nziyo.example/art/{new_hex(c.rng, 16)}/300.jpg")
    b.header("user-agent", UA)
    b.decoy("album artwork")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["macheso", "charamba", "tuku", "ngiyabonga"])
    b = _b(c, "GET", f"{API}/v2/tsvaga?q={q}", install=False)
    b.decoy("search query and results")
    b.ok_json({"mhinduro": [{"id": s, "rwiyo": t} for s, t, _, _ in c.rng.sample(SONGS, 3)]})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tsvaga/izwi", install=False)
    b.decoy("spoken search query audio (not a voiceprint)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("mutauro", None, "text/plain", b"sn-ZW"),
            ("audio", "query.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"chinyorwa": "Alick Macheso", "mhinduro": ["r2248"]})
    return b.build()
