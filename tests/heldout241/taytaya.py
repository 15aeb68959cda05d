"""TayTaya: a Burmese music, dhamma-talk and radio app on the mother's vivo in
Mandalay.

The backend speaks romanised Burmese: `tay` = song, `taya` = dhamma talk,
`sayadaw` = the monk giving it, `narhtaung` = listening, `hsotaw` = singer,
`achein` = time, `neyar` = position. Each song played and each dhamma talk's
progress is logged; radio (Mandalay FM, Padamyar FM, Cherry FM...) sends a
session heartbeat with seconds listened; "recently played" comes back from the
backend. A newer build batches plays as base64 positional rows. The app
registers the phone with its ANDROID_ID, an install id and the advertising id
(for its house ads); remote config is keyed by a SHA-256 of the ANDROID_ID in
a one-letter query parameter. Charts with play counts, lyrics, the talk
catalogue and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.taytaya.example"
UA = ua("TayTaya", "2.8.0", "may")
TAY = [
    ("t1102", "မေမေ့အိမ်", "ထူးအိမ်သင်"),
    ("t1187", "မန္တလေးည", "ဆောင်းဦးလှိုင်"),
    ("t1230", "ချစ်ခြင်းသံစဉ်", "ဝိုင်ဝိုင်း"),
    ("t1299", "ရွှေဝါရောင်", "နီနီခင်ဇော်"),
    ("t1342", "အဝေးက မြစ်", "လေးဖြူ"),
]
TAYA = [
    ("d501", "မင်္ဂလသုတ်", "ပါအောက်ဆရာတော်", 3600),
    ("d517", "ဝိပဿနာ အခြေခံ", "သီတဂူဆရာတော်", 4200),
    ("d522", "မေတ္တာပွား နည်း", "ဓမ္မဒူတ ဆရာတော်", 2700),
    ("d538", "ပဋ္ဌာန်း ဟောကြားချက်", "ရွှေဥမင်ဆရာတော်", 5400),
]
REIDIO = ["Mandalay FM", "Padamyar FM", "Cherry FM", "Shwe FM", "City FM", "MRTV Radio"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "taytaya", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-install-id", b.id("tay_install", where="header x-install-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/set/register", device=False)
    b.json(
        {
            "android_id": b.id("aid_tay", where="json android_id"),
            "install_id": b.id("tay_install", where="json install_id"),
            "ads_id": b.id("gaid_may", where="json ads_id"),
            "model": "V2247",
            "bhasa": "my",
            "font": "unicode",
        }
    )
    b.ok_json({"user": b.acct("tay_user"), "premium": False})
    return b.build()


def narhtaung(c: Context) -> Flow:
    tid, title, singer = c.rng.choice(TAY)
    b = _b(c, "POST", f"{API}/v2/narhtaung/hmattan")
    b.view("json tay_id/narhtaung_sec (song played)")
    b.json(
        {
            "tay_id": tid,
            "amae": title,
            "hsotaw": singer,
            "narhtaung_sec": c.rng.randint(20, 320),
            "pyi_pyi": c.rng.random() < 0.6,
            "achein": iso(c),
        }
    )
    b.no_content()
    return b.build()


def taya_neyar(c: Context) -> Flow:
    did, title, sayadaw, dur = c.rng.choice(TAYA)
    b = _b(c, "POST", f"{API}/v2/taya/neyar")
    b.view("json taya_id/sayadaw/neyar (dhamma talk progress)")
    b.json(
        {
            "taya_id": did,
            "amae": title,
            "sayadaw": sayadaw,
            "neyar": c.rng.randint(60, dur),
            "kyar_chein": dur,
            "achein": iso(c),
        }
    )
    b.no_content()
    return b.build()


def reidio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/reidio/heartbeat")
    b.view("json reidio + narhtaung_sec (radio listening time)")
    b.json(
        {
            "reidio": c.rng.choice(REIDIO),
            "narhtaung_sec": c.rng.choice([60, 120, 300]),
            "sa_chein": iso(c),
            "bitrate": 64,
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/thone-thu/myar-thaw?limit=20")
    b.view("response json myar_thaw[] (recently played)", direction="response")
    rows = []
    for _ in range(5):
        if c.rng.random() < 0.5:
            tid, title, singer = c.rng.choice(TAY)
            rows.append({"type": "tay", "id": tid, "amae": title, "hsotaw": singer, "at": iso(c)})
        else:
            did, title, sayadaw, _d = c.rng.choice(TAYA)
            rows.append(
                {"type": "taya", "id": did, "amae": title, "sayadaw": sayadaw, "at": iso(c)}
            )
    b.ok_json({"myar_thaw": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Plays batched as base64 of positional rows [kind, id, seconds, ts]."""
    b = _b(c, "POST", f"{API}/v3/b", device=False)
    b.view("form p (base64 positional rows)", detectable=False)
    rows = [
        [c.rng.randint(0, 2), c.rng.randint(500, 1400), c.rng.randint(20, 3600), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.form([("p", b64(js(rows))), ("v", "3")])
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/cfg", device=False)
    b.param("k", b.id("aid_tay", "sha256", "query k", detectable=False))
    b.param("v", "280")
    b.ok_json({"f": {"lyrics": True, "offline": False, "ads_every": 4}})
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(REIDIO)
    b = _b(c, "GET", f"{API}/v2/reidio/now?station={st.replace(' ', '%20')}", device=False)
    b.decoy("what the station is playing now (content)")
    _tid, title, singer = c.rng.choice(TAY)
    b.ok_json({"station": st, "amae": title, "hsotaw": singer, "started": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = c.rng.choice(TAY)[0]
    b = FB(
        c,
        "taytaya",
        "GET",
        f"https://cdn.taytaya.example/a/{tid}/128k/chunk_{c.rng.randint(1, 40):03d}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/aac", b"\xff\xf1" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tay/top-20?week=this", device=False)
    b.decoy("chart play counts (aggregate)")
    b.ok_json(
        {
            "top": [
                {"tay_id": t, "amae": n, "hsotaw": s, "plays": c.rng.randint(10**3, 10**6)}
                for t, n, s in TAY
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, title, _ = c.rng.choice(TAY)
    b = _b(c, "GET", f"{API}/v2/tay/{tid}/sar-thar", device=False)
    b.decoy("timed lyrics (content)")
    b.ok_json(
        {
            "amae": title,
            "lines": [{"t": i * 4200, "text": "လလေး သာသာ ..."} for i in range(5)],
        }
    )
    return b.build()


def taya_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/taya/list?sayadaw=all&page=1", device=False)
    b.decoy("dhamma talk catalogue with durations (content fetch)")
    b.ok_json(
        {
            "taya": [
                {"taya_id": d, "amae": t, "sayadaw": s, "kyar_chein": dur} for d, t, s, dur in TAYA
            ]
        }
    )
    return b.build()
