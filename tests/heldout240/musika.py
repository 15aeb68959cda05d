"""Mravalkhmiani: a Georgian polyphonic music, radio and podcast app on the
mother's Redmi Note 13 in Batumi.

Songs, radio sessions and podcast episodes are reported to the backend in
romanised Georgian (`mosmena` = listening, `simghera` = song, `shemsrulebeli` =
performer, `radiosadguri` = station, `podkasti`, `epizodi`, `tsamebi` =
seconds). The app registers with its own install id, the ANDROID_ID and the
advertising id (its audio-ads partner asks for it), and an older batch call
ships listening rows as a base64 blob of positional arrays. The station's
now-playing text, the charts, lyrics and the podcast catalogue are content
fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.mravalkhmiani.example"
UA = ua("Mravalkhmiani", "3.6.1", "deda")
SIMGHEREBI = [
    ("m101", "რუსთავის ანსამბლი", "ჩაკრულო"),
    ("m102", "ანსამბლი ბასიანი", "ლილე"),
    ("m103", "ნინო ქათამაძე", "ჩიტი"),
    ("m104", "ანსამბლი შავნაბადა", "მრავალჟამიერი"),
    ("m105", "ქართული ხმები", "ოდოია"),
    ("m106", "ირაკლი ჩარკვიანი", "ქალაქი"),
]
SADGUREBI = ["რადიო თბილისი", "ფორტუნა", "პალიტრა", "საზოგადოებრივი რადიო", "რადიო იმედი"]
PODKASTEBI = [("p11", "ისტორიის გაკვეთილები"), ("p12", "ქართული სუფრა"), ("p13", "ტექნო კვირა")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mravalkhmiani", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-install-id", b.id("musika_install", where="header x-install-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/mowyobiloba/registracia")
    b.json(
        {
            "androidId": b.id("aid_musika", where="json androidId"),
            "reklamisId": b.id("gaid_deda", where="json reklamisId (advertising id)"),
            "brendi": "Xiaomi",
            "modeli": "23129RAA4G",
            "ena": "ka",
        }
    )
    b.ok_json({"momkhmarebeli": b.acct("musika_user"), "premium": False})
    return b.build()


def ads_request(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/reklama/audio")
    b.param("gaid", b.id("gaid_deda", where="query gaid"))
    b.param("formati", "audio_30s")
    b.ok_json({"url": f"https://cdn.mravalkhmiani.example/ad/{rid(c.rng)}.mp3", "tsamebi": 30})
    return b.build()


def mosmena(c: Context) -> Flow:
    sid, artist, title = c.rng.choice(SIMGHEREBI)
    b = _b(c, "POST", f"{API}/v1/mosmenebi")
    b.view("json simgheraId + mosmenili_tsamebi (song played)")
    b.json(
        {
            "simgheraId": sid,
            "shemsrulebeli": artist,
            "satauri": title,
            "mosmenili_tsamebi": c.rng.randint(20, 300),
            "dasrulda": c.rng.random() < 0.6,
            "dro": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/sesia")
    b.view("json radiosadguri + khangrdzlivoba (radio listening)")
    b.json(
        {
            "radiosadguri": c.rng.choice(SADGUREBI),
            "dasatskisi": iso(c),
            "khangrdzlivoba": c.rng.randint(60, 5400),
        }
    )
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, name = c.rng.choice(PODKASTEBI)
    b = _b(c, "PUT", f"{API}/v1/podkastebi/{pid}/progresi")
    b.view("json podkasti + epizodi + pozicia (podcast listening)")
    b.json(
        {
            "podkasti": name,
            "epizodi": c.rng.randint(1, 120),
            "pozicia": c.rng.randint(10, 3600),
            "dro": iso(c),
        }
    )
    b.no_content()
    return b.build()


def bolo_mosmenebi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/momkhmarebeli/bolo-mosmenebi")
    b.view("response json bolo_mosmenebi[] (recently played)", direction="response")
    b.ok_json(
        {
            "bolo_mosmenebi": [
                {"simgheraId": s, "shemsrulebeli": a, "satauri": t, "mosmenilia": iso(c)}
                for s, a, t in c.rng.sample(SIMGHEREBI, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("json p: base64 of positional rows", detectable=False)
    rows = [[c.rng.randint(101, 106), c.rng.randint(20, 300), ms(c)] for _ in range(3)]
    b.json({"p": b64(js(rows)), "n": 3})
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(SADGUREBI)
    b = _b(c, "GET", f"{API}/v1/radio/exla-ukravs?sadguri={SADGUREBI.index(st)}")
    b.decoy("station's now-playing text (content fetch)")
    _, artist, title = c.rng.choice(SIMGHEREBI)
    b.ok_json({"radiosadguri": st, "exla_ukravs": f"{artist} - {title}", "dasatskisi": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SIMGHEREBI)[0]
    b = FB(
        c,
        "mravalkhmiani",
        "GET",
        f"https://audio.mravalkhmiani.example/{sid}/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def chartebi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chartebi/kvira")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "charti": [
                {"simgheraId": s, "satauri": t, "mosmenebi": c.rng.randint(1000, 500000)}
                for s, _a, t in SIMGHEREBI
            ]
        }
    )
    return b.build()


def teksti(c: Context) -> Flow:
    sid, _a, title = c.rng.choice(SIMGHEREBI)
    b = _b(c, "GET", f"{API}/v1/simgherebi/{sid}/teksti")
    b.ok_json({"satauri": title, "teksti": "ჩაკრულო, ჩაკრულო...", "khmebi": 3})
    return b.build()


def podcast_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podkastebi?kategoria=istoria")
    b.decoy("podcast catalogue with episode durations (content fetch)")
    b.ok_json(
        {
            "podkastebi": [
                {"id": p, "satauri": n, "epizodebi": c.rng.randint(10, 120), "sashualo_tsutebi": 45}
                for p, n in PODKASTEBI
            ]
        }
    )
    return b.build()
