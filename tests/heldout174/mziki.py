"""Mziki: a music app (Bongo Flava, gengetone, gospel) on the teenager's Samsung.

The Dar/Nairobi team mixes Swahili and Sheng in its keys: a play report is
`historia/nyimbo` with `sekunde_zilizosikilizwa`, the quick "skiza" report says
`ngoma` (a song, in Sheng) and `ameskiza_sec`, recently played comes back under
`zilizochezwa_karibuni`. Offline plays are synced as a protobuf batch with
numbered fields only. CleverTap's event upload (account-id headers, a JSON
array whose meta record keeps the CleverTap ID under `g` and events under
`evtName` / `evtData`; https://developer.clevertap.com/docs/api-quickstart-guide)
carries "Song Played". Charts with play counts over everyone, lyrics, artist
pages and audio fetches are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, SAM_MODEL, iso, ms, rid, ua_sam

API = "https://api.mziki.example"
AUDIO = "https://sauti-cdn.mziki.example"
UA = ua_sam("Mziki", "6.2.0")
SONGS = [
    ("mz_88121", "Diamond Platnumz", "Komasava"),
    ("mz_10412", "Zuchu", "Honey"),
    ("mz_77310", "Ethic Entertainment", "Lamba Lolo"),
    ("mz_55021", "Mbogi Genje", "Kanairo"),
    ("mz_30987", "Guardian Angel", "Rejea"),
    ("mz_61244", "Mercy Masika", "Mwema"),
    ("mz_20030", "Sauti Sol", "Suzanna"),
    ("mz_41802", "Bien", "Bad Decisions"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mziki", method, url)
    b.header("user-agent", UA)
    b.header("x-mziki-user", b.acct("mziki_user"))
    return b


def play_history(c: Context) -> Flow:
    sid, artist, title = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/api/v3/historia/nyimbo")
    b.view("json wimbo_id + sekunde_zilizosikilizwa")
    b.json(
        {
            "kifaa": b.id("aid_mziki", where="json kifaa"),
            "wimbo_id": sid,
            "msanii": artist,
            "jina_la_wimbo": title,
            "sekunde_zilizosikilizwa": c.rng.randint(15, 240),
            "imechezwa_hadi_mwisho": c.rng.random() < 0.5,
            "ilichezwa_saa": iso(c),
            "chanzo": c.rng.choice(["playlist", "chati", "tafuta"]),
        }
    )
    b.no_content()
    return b.build()


def skiza(c: Context) -> Flow:
    sid, artist, _ = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/api/v3/skiza")
    b.view("form ngoma + ameskiza_sec (Sheng: song + has listened seconds)")
    b.form(
        [
            ("ngoma", sid),
            ("msee", artist),
            ("ameskiza_sec", str(c.rng.randint(10, 230))),
            ("ameskip", c.rng.choice(["0", "1"])),
            ("wakati", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/mimi/zilizochezwa-karibuni?limit=20")
    b.view("response json zilizochezwa_karibuni[] (ilichezwa_saa)", direction="response")
    b.ok_json(
        {
            "zilizochezwa_karibuni": [
                {"wimbo_id": sid, "msanii": a, "jina": t, "ilichezwa_saa": iso(c)}
                for sid, a, t in c.rng.sample(SONGS, 5)
            ]
        }
    )
    return b.build()


def offline_sync(c: Context) -> Flow:
    """Offline plays as protobuf: field 1 song, 2 seconds, 3 epoch; no names at all."""
    b = _b(c, "POST", f"{API}/api/v3/o/s")
    b.view("protobuf rows (1 song id, 2 seconds, 3 time)", detectable=False)
    rows = b"".join(
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(SONGS)[0]),
                pb_varint(2, c.rng.randint(10, 240)),
                pb_varint(3, ms(c) // 1000 - c.rng.randint(0, 86400)),
            ],
        )
        for _ in range(c.rng.randint(2, 7))
    )
    b.set_body(rows + pb_varint(9, 2), "application/x-protobuf")
    b.no_content()
    return b.build()


def clevertap(c: Context, played: bool) -> Flow:
    account = "W9R-K48-7Z6Z"
    b = FB(
        c,
        "clevertap",
        "POST",
        f"https://eu1.clevertap-prod.com/a1?os=Android&t=60000&z={account}&ts={ms(c) // 1000}",
    )
    b.header("x-clevertap-account-id", account)
    b.header("x-clevertap-token", "a2" + new_hex(c.rng, 4) + "-1")
    b.header("user-agent", "okhttp/4.11.0")
    meta = {
        "type": "meta",
        "g": b.id("mziki_ct_id", where="json [0].g (CleverTap ID)", detectable=False),
        "id": account,
        "l_ts": ms(c) // 1000 - 300,
        "f_ts": ms(c) // 1000 - 86400 * 40,
        "af": {"Build": "620", "Version": "6.2.0", "OS Version": "13", "Make": "samsung"},
    }
    meta["af"]["Model"] = SAM_MODEL
    if played:
        sid, artist, title = c.rng.choice(SONGS)
        b.view("json evtName Song Played + evtData (Song ID, Seconds Listened)")
        event = {
            "type": "event",
            "evtName": "Song Played",
            "evtData": {
                "Song ID": sid,
                "Artist": artist,
                "Title": title,
                "Seconds Listened": c.rng.randint(20, 240),
            },
        }
    else:
        b.decoy("app-launched event with a session number")
        event = {"type": "event", "evtName": "App Launched", "evtData": {"Genre Tab": "Gengetone"}}
    event |= {"ep": ms(c) // 1000, "s": ms(c) // 1000 - 200, "pg": c.rng.randint(1, 9)}
    b.json([meta, event])
    b.ok_json({"g": "ok"})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/chati/{c.rng.choice(['bongo-flava', 'gengetone', 'injili'])}")
    b.decoy("chart: michezo (plays) summed over all listeners, not one person's history")
    b.ok_json(
        {
            "chati": [
                {
                    "nafasi": i + 1,
                    "wimbo_id": sid,
                    "msanii": a,
                    "michezo": c.rng.randint(10**4, 10**7),
                }
                for i, (sid, a, _) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, _, title = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/v3/mashairi/{sid}")
    b.decoy("synced lyrics with line start times")
    b.ok_json(
        {
            "wimbo_id": sid,
            "mistari": [
                {"anza_ms": i * 4200, "maneno": f"{title} ... mstari {i + 1}"} for i in range(8)
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(c, "mziki", "GET", f"{AUDIO}/m/{sid}/128k.aac?sig={new_hex(c.rng, 20)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def artist_art(c: Context) -> Flow:
    b = FB(c, "mziki", "GET", f"{AUDIO}/art/{new_hex(c.rng, 16)}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def follow_artist(c: Context) -> Flow:
    artist = c.rng.choice(SONGS)[1]
    b = _b(c, "POST", f"{API}/api/v3/fuata")
    b.json({"msanii": artist, "ombi": rid(c.rng)})
    b.ok_json({"wafuasi": c.rng.randint(10**4, 10**6)})
    return b.build()
