"""Tenores: a Sardinian folk music app (cantu a tenore, launeddas, canto a
chitarra, the Sardinian radio stations' folk shows) on the grandmother's
Galaxy A54 in Cagliari.

Its backend speaks Sardinian (LSC spelling): `ascurtadu` (listened),
`positzione` (position), `tempus` (time), `cantu`, `tenore` (the group),
`aparatu` (device), `s'istòria` (history). Branch gets installs / opens
(`api2.branch.io/v1/install`, `hardware_id` the ANDROID_ID,
`google_advertising_id`, the answer's `identity_id` and
`randomized_device_token`) and v2 standard events: `VIEW_ITEM` with the track
in `content_items` and the seconds listened in `custom_data`. A newer player
build batches its listening log as base64 of `|`-joined rows under `z`. The
catalogue, lyrics (`testu`), the radio schedule, search and the audio chunks
are not listening history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.tenores.example"
PKG = "it.tenores.sardigna"
BRANCH_KEY = "key_live_hT4xq9" + "Zr2mK8vNw1pLsY3cB7dF0gJ"
UA = ua("Tenores", "2.3.4", "nanna")
CANTOS = [
    ("c101", "Tenore de Bitti Remunnu 'e Locu", "Mutos", 214),
    ("c102", "Tenore de Orosei", "Boghe 'e notte", 247),
    ("c103", "Tenores di Neoneli", "Ballu tundu", 188),
    ("c104", "Luigi Lai", "Launeddas – Fiorassiu", 305),
    ("c105", "Maria Carta", "Deus ti salvet Maria", 322),
    ("c106", "Coro di Nuoro", "No potho reposare", 241),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tenores", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "sc-IT,it-IT;q=0.8")
    return b


def _branch_device(c: Context, b: FB) -> dict[str, object]:
    return {
        "hardware_id": b.id("aid_tenores", where="json hardware_id"),
        "is_hardware_id_real": True,
        "brand": "samsung",
        "model": "SM-A546B",
        "screen_dpi": 450,
        "screen_height": 2340,
        "screen_width": 1080,
        "wifi": True,
        "ui_mode": "UI_MODE_TYPE_NORMAL",
        "os": "Android",
        "os_version": 34,
        "cpu_type": "aarch64",
        "build": "UP1A.231005.007",
        "locale": "it_IT",
        "connection_type": "wifi",
        "country": "IT",
        "language": "it",
        "local_ip": "192.168.1." + str(c.rng.randint(2, 250)),
        "google_advertising_id": b.id("gaid_nanna", where="json google_advertising_id"),
        "lat_val": 0,
    }


def _branch(c: Context, path: str) -> FB:
    b = FB(c, "branch", "POST", f"https://api2.branch.io{path}")
    b.header("user-agent", dalvik("nanna"))
    return b


def branch_install(c: Context, path: str = "/v1/install") -> Flow:
    b = _branch(c, path)
    body = _branch_device(c, b)
    body.update(
        {
            "app_version": "2.3.4",
            "facebook_app_link_checked": False,
            "is_referrable": 1,
            "update": 1,
            "latest_install_time": ms(c) - 86400000 * 12,
            "first_install_time": ms(c) - 86400000 * 40,
            "environment": "FULL_APP",
            "metadata": {},
            "branch_key": BRANCH_KEY,
            "retryNumber": 0,
            "sdk": "android5.12.0",
        }
    )
    if path == "/v1/open":
        body["randomized_device_token"] = b.id(
            "tenores_branch_token", where="json randomized_device_token"
        )
        body["identity_id"] = b.id("tenores_branch_identity", where="json identity_id")
    b.json(body)
    b.ok_json(
        {
            "session_id": str(c.rng.randint(10**17, 10**18)),
            "identity_id": b.id(
                "tenores_branch_identity", where="response json identity_id", direction="response"
            ),
            "randomized_device_token": b.id(
                "tenores_branch_token",
                where="response json randomized_device_token",
                direction="response",
            ),
            "link": f"https://tenores.app.link?%24identity_id={c.phone.tenores_branch_identity}",
            "data": js({"+clicked_branch_link": False, "+is_first_session": False}),
        }
    )
    return b.build()


def branch_open(c: Context) -> Flow:
    return branch_install(c, "/v1/open")


def branch_view_item(c: Context) -> Flow:
    cid, tenore, cantu, dur = c.rng.choice(CANTOS)
    b = _branch(c, "/v2/event/standard")
    user_data = _branch_device(c, b)
    user_data.update(
        {
            "randomized_device_token": b.id(
                "tenores_branch_token", where="json user_data.randomized_device_token"
            ),
            "developer_identity": b.acct("tenores_user"),
            "app_version": "2.3.4",
            "sdk": "android",
            "sdk_version": "5.12.0",
        }
    )
    b.view("json name=VIEW_ITEM + content_items[].$og_title + custom_data.ascurtadu_segundos")
    b.json(
        {
            "name": "VIEW_ITEM",
            "customer_event_alias": "cantu_ascurtadu",
            "user_data": user_data,
            "custom_data": {
                "ascurtadu_segundos": str(c.rng.randint(30, dur)),
                "positzione": str(c.rng.randint(0, dur)),
            },
            "content_items": [
                {
                    "$canonical_identifier": f"cantu/{cid}",
                    "$og_title": f"{tenore} – {cantu}",
                    "$content_schema": "MEDIA_AUDIO",
                    "$duration": dur,
                }
            ],
            "metadata": {},
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def ascurtadu(c: Context) -> Flow:
    cid, tenore, cantu, dur = c.rng.choice(CANTOS)
    b = _b(c, "POST", f"{API}/v1/ascurtadu")
    b.view("json cantu/tenore/positzione/tempus (Sardinian keys, listening)")
    b.json(
        {
            "cantu": {"id": cid, "titulu": cantu, "tenore": tenore},
            "positzione": c.rng.randint(0, dur),
            "durada": dur,
            "ascurtadu_totu": c.rng.random() < 0.4,
            "tempus": iso(c),
            "aparatu": {"id": b.id("aid_tenores", where="json aparatu.id")},
        }
    )
    b.no_content()
    return b.build()


def istoria(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/impitadore/istoria?pàgina=1")
    b.view("response json cantos_ascurtados[] (listening history)", direction="response")
    rows = []
    for _ in range(6):
        cid, tenore, cantu, _ = c.rng.choice(CANTOS)
        rows.append({"id": cid, "tenore": tenore, "cantu": cantu, "cando": iso(c)})
    b.ok_json({"cantos_ascurtados": rows})
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """Player build 2.3: `cantu|secundos|positzione|ts` rows, base64 under `z`."""
    b = _b(c, "POST", f"{API}/v1/r")
    b.view("form z (base64 of |-joined listening rows)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        cid, _, _, dur = c.rng.choice(CANTOS)
        rows.append(f"{cid[1:]}|{c.rng.randint(10, dur)}|{c.rng.randint(0, dur)}|{ms(c)}")
    b.form([("z", b64(";".join(rows))), ("k", "2")])
    b.no_content()
    return b.build()


def catalogu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogu?genia=tenore")
    b.decoy("catalogue with track durations (durada)")
    b.ok_json(
        {"cantos": [{"id": i, "tenore": t, "titulu": n, "durada": d} for i, t, n, d in CANTOS]}
    )
    return b.build()


def testu(c: Context) -> Flow:
    cid, tenore, cantu, _ = c.rng.choice(CANTOS)
    b = _b(c, "GET", f"{API}/v1/cantos/{cid}/testu")
    b.decoy("lyrics fetch (testu)")
    b.ok_json(
        {"titulu": cantu, "tenore": tenore, "testu": "Deus ti salvet Maria / prena de gratzia…"}
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    cid = c.rng.choice(CANTOS)[0]
    b = FB(
        c,
        "tenores",
        "GET",
        f"https://audio.tenores.example/{cid}/{new_hex(c.rng, 8)}/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", b"\xff\xf1" + c.rng.randbytes(400))
    return b.build()


def programmas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/radio/programmas?die=oe")
    b.decoy("radio schedule (programmas) with start times and durations")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "programmas": [
                {"titulu": t, "incumintzu": t0 + i * 3600, "durada": 3600}
                for i, t in enumerate(["Boghes de Sardigna", "Launeddas e ballos", "Mutetus"])
            ]
        }
    )
    return b.build()


def chirca(c: Context) -> Flow:
    q = c.rng.choice(["bitti", "launeddas", "maria carta", "orosei"])
    b = _b(c, "GET", f"{API}/v1/chirca?" + urlencode({"q": q}))
    b.decoy("search (chirca) results")
    b.ok_json(
        {"resurtados": [{"id": i, "titulu": n} for i, _, n, _ in CANTOS[:3]], "req": rid(c.rng)}
    )
    return b.build()
