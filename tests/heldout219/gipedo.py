"""Gipedo SL: a Greek Super League live-scores and highlights app (Galaxy S23
of the daughter in Thessaloniki).

Its backend speaks Greeklish (`agones` = matches, `vathmologia` = table,
`stigmiotypa` = highlights, `provoli` = view, `deuterolepta` = seconds).
Install and in-app events go to AppsFlyer (`/api/v6.15/androidevent` on
launches. / inapps.appsflyer.com, JSON with `advertiserId`, `uid`,
`appsflyerKey`, `eventName`, `eventValue`; the newer SDK build sends the same
payload AES-sealed as application/octet-stream). Watching a highlight clip is
reported with its title and the seconds watched; scores, tables and match
events are ordinary content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, sealed, ua

API = "https://api.gipedo-sl.example"
UA = ua("GipedoSL", "3.8.0", "kori")
PKG = "gr.gipedo.superleague"
OMADES = [
    "Ολυμπιακός", "ΠΑΟΚ", "ΑΕΚ", "Παναθηναϊκός", "Άρης", "ΟΦΗ",
    "Αστέρας Τρίπολης", "Ατρόμητος", "Βόλος", "Πανσερραϊκός", "Λεβαδειακός", "Athens Kallithea",
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gipedo", method, url)
    b.header("user-agent", UA)
    b.header("x-api-kleidi", "gp_" + new_hex(c.rng, 20))
    return b


def _match(c: Context) -> tuple[str, str]:
    a, h = c.rng.sample(OMADES, 2)
    return a, h


def _af(c: Context, host: str, event: str | None, value: dict | None, sealed_body: bool) -> Flow:
    b = FB(c, "appsflyer", "POST", f"https://{host}.appsflyer.com/api/v6.15/androidevent")
    b.params.extend([("app_id", PKG), ("buildnumber", "6.15.0")])
    b.header("user-agent", dalvik("kori"))
    if sealed_body:
        b.id_raw("gaid_kori", "aes", "body (AES-sealed AppsFlyer payload)")
        b.id_raw("gipedo_af_uid", "aes", "body (AES-sealed AppsFlyer payload)")
        if event == "af_content_view":
            b.view("body (AES-sealed af_content_view)", detectable=False)
        blob = sealed(c.rng, c.phone.gaid_kori + c.phone.gipedo_af_uid, 400)
        b.set_body(blob.encode(), "application/octet-stream")
    else:
        body: dict = {
            "advertiserId": b.id("gaid_kori", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("gipedo_af_uid", where="json uid"),
            "appsflyerKey": "Xq8mT2vLwZ4pRs9YcN3kEd",
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.0",
            "model": "SM-S911B",
            "brand": "samsung",
            "lang": "Ελληνικά",
            "lang_code": "el",
            "country": "GR",
            "operator": "Cosmote",
            "network": "WIFI",
            "counter": str(c.rng.randint(2, 90)),
            "iaecounter": str(c.rng.randint(0, 40)),
            "isFirstCall": "false",
        }
        if event:
            body["eventName"] = event
            body["eventValue"] = js(value or {})
        b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    return _af(c, "launches", None, None, False)


def appsflyer_event(c: Context) -> Flow:
    team = c.rng.choice(OMADES)
    return _af(c, "inapps", "af_subscribe", {"af_content_type": "omada", "af_content": team}, False)


def appsflyer_sealed(c: Context) -> Flow:
    return _af(c, "inapps", "af_content_view", None, True)


def highlight_af(c: Context) -> Flow:
    """af_content_view of a highlight clip, with the seconds watched."""
    a, h = _match(c)
    value = {
        "af_content_type": "stigmiotypa",
        "af_content": f"{a} - {h}: Τα γκολ",
        "af_content_id": "v" + str(c.rng.randint(40000, 49999)),
        "deuterolepta_provolis": c.rng.randint(8, 240),
    }
    f = _af(c, "inapps", "af_content_view", value, False)
    f.carriers.append(
        _viewing("json eventValue af_content_view af_content + deuterolepta_provolis")
    )
    return f


def _viewing(where: str):
    from tests.heldout.flowmodel import Carrier

    return Carrier("viewing_history", "viewing", where, "structure", True, False)


def provoli_stigmiotypou(c: Context) -> Flow:
    a, h = _match(c)
    b = _b(c, "POST", f"{API}/v2/stigmiotypa/provoli")
    b.view("json video_titlos + deuterolepta")
    b.json(
        {
            "video_id": "v" + str(c.rng.randint(40000, 49999)),
            "video_titlos": f"{a} - {h} | Highlights",
            "deuterolepta": c.rng.randint(10, 300),
            "oloklirothike": c.rng.random() < 0.4,
            "ora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def zontani_metadosi(c: Context) -> Flow:
    """Radio commentary of a live match: minutes listened, per match."""
    a, h = _match(c)
    b = _b(c, "POST", f"{API}/v2/zontana/akroasi")
    b.view("json agonas + lepta_akroasis (live commentary listened)")
    b.json({"agonas": f"{a}-{h}", "lepta_akroasis": c.rng.randint(1, 95), "ora": iso(c)})
    b.no_content()
    return b.build()


def agones(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/agones/simera")
    rows = []
    for _ in range(4):
        a, h = _match(c)
        rows.append(
            {
                "gipedouxos": a,
                "filoxenoumeni": h,
                "skor": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                "lepto": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"agones": rows})
    return b.build()


def vathmologia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/vathmologia?periodos=2024-25")
    b.decoy("league table: team ids and points")
    rows = [{"thesi": i + 1, "omada": t, "vathmoi": 60 - 3 * i} for i, t in enumerate(OMADES)]
    b.ok_json({"vathmologia": rows})
    return b.build()


def gegonota(c: Context) -> Flow:
    a, h = _match(c)
    b = _b(c, "GET", f"{API}/v2/agones/{c.rng.randint(9000, 9999)}/gegonota")
    b.decoy("match events with player coordinates (pitch x/y, not a face)")
    ev = [
        {"lepto": c.rng.randint(1, 90), "typos": c.rng.choice(["goal", "kitrini", "allagi"]),
         "x": round(c.rng.uniform(0, 105), 1), "y": round(c.rng.uniform(0, 68), 1)}
        for _ in range(6)
    ]  # fmt: skip
    b.ok_json({"agonas": f"{a}-{h}", "gegonota": ev})
    return b.build()


def stigmiotypa_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/stigmiotypa?agonistiki=18")
    b.decoy("highlights list (catalogue, not watched)")
    items = []
    for _ in range(5):
        a, h = _match(c)
        items.append(
            {
                "video_id": "v" + str(c.rng.randint(40000, 49999)),
                "titlos": f"{a} - {h}",
                "diarkeia": c.rng.randint(60, 400),
            }
        )
    b.ok_json({"stigmiotypa": items, "trace": rid(c.rng)})
    return b.build()
