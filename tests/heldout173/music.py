"""Vinyla: the tester's own music app, with Adjust attribution, Last.fm
scrobbling and her earbuds.

Play reports (track id, ms played, start, completion) and the recently-played
list are listening history; so are the scrobbles it forwards to Last.fm
(`track.scrobble`: artist[i], track[i], timestamp[i], as the Last.fm API
documents). An older batching path ships the same play reports gzipped and
base64'd under `e` (opaque). Adjust's session call carries the advertising id
(`gps_adid`), its install UUID (`android_uuid`) and the app's ANDROID_ID; the
earbuds' Bluetooth address and serial go to the app when they pair (her own
earbuds: device identifiers). Search, browse, charts and lyrics are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.vinyla.example"
CDN = "https://cdn.vinyla.example"
UA = ua("Vinyla", "8.4.1")
TRACKS = [
    ("Kent", "Ingenting", "Tillbaka till samtiden"),
    ("Robyn", "Dancing On My Own", "Body Talk"),
    ("First Aid Kit", "Emmylou", "The Lion's Roar"),
    ("Veronica Maggio", "Jag kommer", "Satan i gatan"),
    ("ABBA", "Dancing Queen", "Arrival"),
    ("Håkan Hellström", "Känn ingen sorg för mig Göteborg", "Känn ingen sorg"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vinyla", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _track_id(c: Context) -> str:
    return "tr" + new_hex(c.rng, 14)


def play_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lyssning/spelat")
    b.view("json spelningar[] (spårId, msSpelat, startad, slutförd)")
    b.json(
        {
            "användare": b.acct("music_user"),
            "spelningar": [
                {
                    "spårId": _track_id(c),
                    "msSpelat": c.rng.randint(8000, 260000),
                    "startad": iso(c),
                    "slutförd": c.rng.random() > 0.3,
                    "källa": c.rng.choice(["spellista", "album", "radio", "sök"]),
                    "utgång": c.rng.choice(["hörlurar", "högtalare", "bil"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/senast-spelat?limit=20")
    b.view("response json senastSpelat[] (spår, spelad)", direction="response")
    b.ok_json(
        {
            "senastSpelat": [
                {"spår": {"artist": a, "titel": t, "id": _track_id(c)}, "spelad": iso(c)}
                for a, t, _ in c.rng.sample(TRACKS, 5)
            ]
        }
    )
    return b.build()


def scrobble(c: Context) -> Flow:
    b = FB(c, "vinyla-lastfm", "POST", "https://ws.audioscrobbler.com/2.0/")
    b.header("user-agent", UA)
    b.view("form track.scrobble artist[i] track[i] timestamp[i]")
    pairs = [("method", "track.scrobble")]
    for i, (artist, track, album) in enumerate(c.rng.sample(TRACKS, c.rng.randint(1, 3))):
        pairs += [
            (f"artist[{i}]", artist),
            (f"track[{i}]", track),
            (f"album[{i}]", album),
            (f"timestamp[{i}]", str(int(c.now) - 240 * (i + 1))),
        ]
    pairs += [("api_key", new_hex(c.rng, 32)), ("sk", new_hex(c.rng, 32))]
    pairs += [("api_sig", new_hex(c.rng, 32)), ("format", "json")]
    b.form(pairs)
    b.ok_json({"scrobbles": {"@attr": {"accepted": len(pairs) // 4, "ignored": 0}}})
    return b.build()


def play_batch_opaque(c: Context) -> Flow:
    """Offline plays, flushed later: gzip + base64 under `e`, nothing readable outside."""
    b = _b(c, "POST", f"{API}/b")
    b.view("form e (base64 of gzip JSON play rows)", detectable=False)
    rows = [[_track_id(c), c.rng.randint(8000, 260000), ms(c)] for _ in range(c.rng.randint(2, 6))]
    b.form([("e", b64(gz(jsb(rows)))), ("v", "3")])
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Vinyla/8.4.1 (Android 14; adjust android4.38.2)")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "qv7w3xk2yb4g"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("music_adjust_uuid", where="form android_uuid")),
            ("android_id", b.id("aid_music", where="form android_id")),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("session_count", str(c.rng.randint(2, 400))),
            ("os_name", "android"),
            ("os_version", "14"),
            ("device_name", b.acct("model")),
            ("package_name", "se.vinyla.android"),
            ("environment", "production"),
            ("needs_response_details", "1"),
        ]
    )
    adid = b.id("music_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": "qv7w3xk2yb4g", "adid": adid, "timestamp": iso(c)})
    return b.build()


def earbuds_paired(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/enheter/ljudenhet")
    b.json(
        {
            "typ": "hörlurar",
            "namn": "Karins Buds",
            "modell": "Galaxy Buds2 Pro",
            "btAdress": b.id("buds_mac", where="json btAdress"),
            "serienummer": b.id("buds_serial", where="json serienummer"),
            "codec": c.rng.choice(["SSC", "AAC", "SBC"]),
        }
    )
    b.ok_json({"ljudprofil": "standard", "eq": [rf(c.rng, -6, 6, 1) for _ in range(8)]})
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me")
    email = b.id("email", where="response json epost", direction="response")
    b.ok_json(
        {
            "id": b.acct("music_user"),
            "visningsnamn": "Karin",
            "epost": email,
            "abonnemang": "Familj",
            "land": "SE",
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["kent", "robyn live", "jazz stockholm", "sommarplåga", "lugn"])
    b = _b(c, "GET", f"{API}/v2/sok")
    b.param("q", q)
    b.decoy("search results with track ids and durations (a search, not a listen)")
    b.ok_json(
        {
            "spår": [
                {
                    "id": _track_id(c),
                    "artist": a,
                    "titel": t,
                    "längdMs": c.rng.randint(150, 400) * 1000,
                }
                for a, t, _ in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/topplistor/sverige")
    b.decoy("the national top list with play counts (an aggregate over all listeners)")
    b.ok_json(
        {
            "lista": [
                {"plats": i, "artist": a, "titel": t, "spelningar": c.rng.randint(10**5, 10**7)}
                for i, (a, t, _) in enumerate(c.rng.sample(TRACKS, 6), 1)
            ]
        }
    )
    return b.build()


def browse(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utforska?sektion=hem")
    b.ok_json(
        {
            "rader": [
                {"rubrik": r, "spellistor": [new_hex(c.rng, 10) for _ in range(6)]}
                for r in ("Nytt på fredag", "Mys", "Träning", "Svenska klassiker")
            ]
        }
    )
    return b.build()


def cover_art(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/omslag/{new_hex(c.rng, 20)}/300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/ljud/{new_hex(c.rng, 24)}/320/{c.rng.randint(0, 40)}.ogg")
    b.respond(200, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/texter/{_track_id(c)}")
    b.ok_json(
        {
            "rader": [
                {"tidMs": i * 4200, "text": t}
                for i, t in enumerate(["Ingenting kan gå fel", "Vi har hela natten", "Ooh"])
            ],
            "synkad": True,
        }
    )
    return b.build()


def playlist_edit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/spellistor/{new_hex(c.rng, 10)}/spar")
    b.json({"spår": [_track_id(c)], "position": 0, "klientId": rid(c.rng)})
    b.ok_json({"snapshotId": new_hex(c.rng, 24)})
    return b.build()
