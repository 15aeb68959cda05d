"""Yergaran: an Armenian music (rabiz, estrada, folk), radio and podcast app on
the mother's Redmi Note 13 in Gyumri.

Songs, radio sessions and podcast episodes are reported to the backend in
romanised Armenian (`lsumner` = listens, `yerg` = song, `katarogh` =
performer, `kayan` = station, `tevoghutyun` = duration, `podkast`, `toghark` =
episode, `dirq` = position). The app registers the phone with its ANDROID_ID,
the advertising id and its own install id, and the in-house ad server keys its
frequency caps on the advertising id. The now-playing text of a station, the
charts, lyrics, podcast episode lists and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.yergaran.example"
UA = ua("Yergaran", "5.2.0", "mayrik")
YERGER = [
    ("y501", "Արամ Ասատրյան", "Մամ ջան", "rabiz"),
    ("y502", "Արամ MP3", "Not Alone", "estrada"),
    ("y503", "Սիրուշո", "Պար", "estrada"),
    ("y504", "Շաբո Գասպարյան", "Ախ, մամա ջան", "rabiz"),
    ("y505", "Ռուբեն Հախվերդյան", "Երևան", "estrada"),
    ("y506", "Արթուր Մեսչյան", "Մարդը", "rock"),
    ("y507", "Կոմիտաս", "Կռունկ", "joghovrdakan"),
    ("y508", "Էմմի", "Im Ruhi", "estrada"),
]
KAYANNER = ["Radio Van", "Radio Jan", "Hay FM", "Armenian Public Radio", "Shirak Radio"]
PODKASTNER = [("p71", "Գյումրվա պատմություններ"), ("p72", "Հայերեն լեզու"), ("p73", "Tech.am")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yergaran", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def grancum(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sarq/grancum")
    b.json(
        {
            "androidId": b.id("aid_yerg", where="json androidId"),
            "advertisingId": b.id("gaid_mayrik", where="json advertisingId"),
            "installId": b.id("yerg_install", where="json installId"),
            "model": "Xiaomi 23129RAA4G",
            "lezu": "hy",
        }
    )
    b.ok_json({"ogtater": b.acct("yerg_user")})
    return b.build()


def govazd_config(c: Context) -> Flow:
    """The in-house ad server keys frequency caps on the advertising id in the query."""
    b = _b(c, "GET", f"{API}/v1/govazd/kargavorum")
    b.param("gaid", b.id("gaid_mayrik", where="query gaid"))
    b.param("erkir", "AM")
    b.ok_json({"interstitial": {"amen": 5}, "banner": True})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k")
    b.form([("a", "am.yergaran.music"), ("d", b.id("aid_yerg", "md5", "form d", detectable=False))])
    b.ok_json({"flags": {"lyrics": True, "podkast_v2": c.rng.random() < 0.5}})
    return b.build()


def lsum(c: Context) -> Flow:
    yid, artist, title, genre = c.rng.choice(YERGER)
    b = _b(c, "POST", f"{API}/v1/lsumner")
    b.view("json yergId + lsvac_varkyan (song listened)")
    b.json(
        {
            "yergId": yid,
            "katarogh": artist,
            "anvanum": title,
            "zhanr": genre,
            "lsvac_varkyan": c.rng.randint(20, 300),
            "amboghjakan": c.rng.random() < 0.6,
            "zham": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/nist")
    b.view("json kayan + tevoghutyun (radio listening session)")
    b.json(
        {
            "kayan": c.rng.choice(KAYANNER),
            "skizb": iso(c),
            "tevoghutyun": c.rng.randint(60, 7200),
            "aghbyur": "app",
        }
    )
    b.no_content()
    return b.build()


def podkast_dirq(c: Context) -> Flow:
    pid, name = c.rng.choice(PODKASTNER)
    b = _b(c, "PUT", f"{API}/v1/podkast/{pid}/toghark/{c.rng.randint(1, 90)}/dirq")
    b.view("json podkast + dirq (podcast episode progress)")
    b.json(
        {
            "podkast": name,
            "dirq": c.rng.randint(30, 3000),
            "tevoghutyun": 3600,
            "aravelaguyn_aragutyun": c.rng.choice([1.0, 1.25, 1.5]),
            "zham": iso(c),
        }
    )
    b.no_content()
    return b.build()


def verjin_lsvacner(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ogtater/verjin-lsvacner")
    b.view("response json yerger[] (recently played)", direction="response")
    b.ok_json(
        {
            "yerger": [
                {"yergId": k, "katarogh": a, "anvanum": t, "lsvelE": iso(c)}
                for k, a, t, _ in c.rng.sample(YERGER, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched play log: [song, seconds, ts] rows, nameless, gzip."""
    b = _b(c, "POST", f"{API}/l")
    b.view("json e[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(YERGER)[0][1:]), c.rng.randint(20, 300), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"e": rows}, "gzip")
    b.no_content()
    return b.build()


def hima_hnchum(c: Context) -> Flow:
    st = c.rng.choice(KAYANNER)
    b = _b(c, "GET", f"{API}/v1/radio/hima?kayan={st.replace(' ', '+')}")
    b.decoy("station now-playing title (content fetch)")
    _, artist, title, _ = c.rng.choice(YERGER)
    b.ok_json({"kayan": st, "hima": f"{artist} - {title}", "lsogh": c.rng.randint(50, 4000)})
    return b.build()


def top_cank(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?cank=rabiz-40")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "cank": [
                {"tegh": i + 1, "yergId": k, "anvanum": t, "lsumner": c.rng.randint(10**4, 10**6)}
                for i, (k, _, t, _) in enumerate(YERGER)
            ]
        }
    )
    return b.build()


def podkast_list(c: Context) -> Flow:
    pid, name = c.rng.choice(PODKASTNER)
    b = _b(c, "GET", f"{API}/v1/podkast/{pid}/togharkner?ej=1")
    b.decoy("podcast episode list with durations (content fetch)")
    b.ok_json(
        {
            "podkast": name,
            "togharkner": [
                {"hamar": i, "tevoghutyun": c.rng.randint(1200, 4000)} for i in range(1, 6)
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "yergaran", "GET", f"https://cdn.yergaran.example/a/{new_hex(c.rng, 16)}/160.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 4) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def bar(c: Context) -> Flow:
    yid, _, title, _ = c.rng.choice(YERGER)
    b = _b(c, "GET", f"{API}/v1/yerger/{yid}/bar")
    b.ok_json({"anvanum": title, "bar": "Լա լա լա...\n" * 4})
    return b.build()
