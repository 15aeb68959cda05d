"""Attribution: owners, parties, jurisdiction, server location; offline and memoised."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import yaml

from exfilwatch.attribute import Attributor, registrable_domain
from exfilwatch.attribute import geo as geo_module
from exfilwatch.attribute.geo import MmdbLocator, ServerLocation, location_from_record
from exfilwatch.attribute.names import country_code, normalise_name
from exfilwatch.attribute.ownerdb import OwnerDatabase, embedded_layer
from exfilwatch.attribute.userlists import is_domain

OWNERS = Path(__file__).resolve().parents[1] / "exfilwatch" / "attribute" / "owners.yaml"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Attribution must never touch the network: any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("attribution tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


class FixedLocator:
    """A locator answering from a dict, counting calls (for memoisation tests)."""

    def __init__(self, places: dict[str, ServerLocation]) -> None:
        self.places = places
        self.calls = 0

    def locate(self, address: str) -> ServerLocation:
        self.calls += 1
        return self.places.get(address, ServerLocation())


def attributor(**kwargs: object) -> Attributor:
    """Embedded owners only (no user cache), with a fixed locator unless one is given."""
    kwargs.setdefault("locator", FixedLocator({}))
    return Attributor(user_lists=False, **kwargs)  # type: ignore[arg-type]


# ------------------------------------------------------------------ domains


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("api16-normal-c-useast1a.tiktokv.com", "tiktokv.com"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("API.Segment.IO.", "segment.io"),
        ("192.168.1.10", "192.168.1.10"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("localhost", "localhost"),
        ("a.foo.xn--fiqs8s", "foo.xn--fiqs8s"),  # an internationalised TLD, in punycode
        ("cdn.xn--bcher-kva.de", "xn--bcher-kva.de"),
        ("", ""),
    ],
)
def test_registrable_domain(host: str, expected: str) -> None:
    assert registrable_domain(host) == expected


def test_suffix_list_is_offline_and_writes_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled suffix list answers without a network or a cache file."""
    import socket

    from exfilwatch import attribute

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the suffix list tried the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    attribute._suffix_list.cache_clear()
    registrable_domain.cache_clear()
    assert registrable_domain("never-seen-before.example.co.jp") == "example.co.jp"
    assert registrable_domain("a.b.s3.amazonaws.com") == "amazonaws.com"  # ICANN part only
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------- owners


@pytest.mark.parametrize(
    ("host", "owner", "hq", "legal", "parent"),
    [
        ("api16-normal-c-useast1a.tiktokv.com", "ByteDance Ltd.", "CN", "KY", None),
        ("log.byteoversea.com", "ByteDance Ltd.", "CN", "KY", None),
        ("p16-sign-va.tiktokcdn.com", "ByteDance Ltd.", "CN", "KY", None),
        ("sf16-scmcdn-va.ibytedtos.com", "ByteDance Ltd.", "CN", "KY", None),
        ("api16-access-sg.pangle.io", "ByteDance Ltd.", "CN", "KY", None),
        ("api-access.pangleglobal.com", "ByteDance Ltd.", "CN", "KY", None),
        ("graph.facebook.com", "Meta Platforms, Inc.", "US", "US", None),
        ("scontent.cdninstagram.com", "Meta Platforms, Inc.", "US", "US", None),
        ("app-measurement.com", "Google LLC", "US", "US", "Alphabet Inc."),
        ("googleads.g.doubleclick.net", "Google LLC", "US", "US", "Alphabet Inc."),
        ("app.adjust.com", "Adjust GmbH", "DE", "DE", "AppLovin Corporation"),
        ("api-us.faceplusplus.com", "Beijing Kuangshi Technology Co., Ltd.", "CN", "CN", None),
        ("ms.applovin.com", "AppLovin Corporation", "US", "US", None),
        ("launches.appsflyersdk.com", "AppsFlyer Ltd.", "US", "IL", None),
        ("api2.branch.io", "Branch Metrics, Inc.", "US", "US", None),
        ("sdk-api-v1.singular.net", "Singular Labs, Inc.", "US", "US", None),
        ("control.kochava.com", "Kochava Inc.", "US", "US", None),
        ("outcome-ssp.supersonicads.com", "ironSource Ltd.", "IL", "IL", "Unity Software Inc."),
        ("ads.api.vungle.com", "Liftoff Mobile, Inc.", "US", "US", "Blackstone Inc."),
        ("analytics.rayjump.com", "Mintegral", "CN", None, "Mobvista Inc."),
        ("api.segment.io", "Segment.io, Inc.", "US", "US", "Twilio Inc."),
        ("api.mixpanel.com", "Mixpanel, Inc.", "US", "US", None),
        ("api2.amplitude.com", "Amplitude, Inc.", "US", "US", None),
        ("sdk.iad-01.braze.com", "Braze, Inc.", "US", "US", None),
        ("nativesdks.mparticle.com", "mParticle, Inc.", "US", "US", "Rokt"),
        ("cws.conviva.com", "Conviva Inc.", "US", "US", None),
        ("acr0.samba.tv", "Samba TV, Inc.", "US", "US", None),
        ("sb.scorecardresearch.com", "comScore, Inc.", "US", "US", None),
        ("secure-dcr.imrworldwide.com", "Nielsen Holdings", "US", None, None),
        ("appmetrica.yandex.ru", "Yandex", "RU", "RU", None),
        ("open.spotify.com", "Spotify Technology S.A.", "SE", "LU", None),
        ("api.temu.com", "PDD Holdings Inc.", "IE", "KY", None),
        ("api.kairos.com", "Kairos AR, Inc.", "US", "US", None),
        ("api.luxand.cloud", "Luxand, Inc.", "US", "US", None),
        ("control.tvinteractive.tv", "Inscape Data, Inc.", "US", "US", "VIZIO, Inc."),
    ],
)
def test_major_vendors(
    host: str, owner: str, hq: str, legal: str | None, parent: str | None
) -> None:
    d = attributor().destination(host, None)
    assert (d.owner, d.owner_country, d.owner_legal_country, d.parent) == (
        owner,
        hq,
        legal,
        parent,
    )


@pytest.mark.parametrize(
    ("host", "owner", "category"),
    [
        ("rekognition.us-east-1.amazonaws.com", "Amazon.com, Inc.", "face-analysis"),
        ("myface.cognitiveservices.azure.com", "Microsoft Corporation", "face-analysis"),
        ("vision.googleapis.com", "Google LLC", "face-analysis"),
        ("mybucket.s3.amazonaws.com", "Amazon.com, Inc.", "hosting"),
        ("mon.tiktokv.com", "ByteDance Ltd.", "telemetry"),
    ],
)
def test_host_patterns_and_host_categories(host: str, owner: str, category: str) -> None:
    d = attributor().destination(host, None)
    assert d.owner == owner
    assert category in d.owner_categories


def test_unknown_host_is_unknown() -> None:
    d = attributor(first_party=["ByteDance"]).destination("api.nobody-owns-this.example", None)
    assert (d.owner, d.owner_country, d.party) == (None, None, "unknown")


# -------------------------------------------------------------------- party


def test_first_party_by_owner_name() -> None:
    a = attributor(first_party=["ByteDance"])
    assert a.destination("api16-normal-c-useast1a.tiktokv.com", None).party == "first"
    assert a.destination("api-access.pangleglobal.com", None).party == "first"
    assert a.destination("graph.facebook.com", None).party == "third"
    assert a.destination("app.adjust.com", None).party == "third"


def test_first_party_by_domain_brings_its_owner() -> None:
    a = attributor(first_party=["tiktok.com"])
    assert a.destination("www.tiktok.com", None).party == "first"
    assert a.destination("log.byteoversea.com", None).party == "first"
    assert a.destination("graph.facebook.com", None).party == "third"


def test_first_party_through_parent() -> None:
    a = attributor(first_party=["AppLovin"])
    assert a.destination("app.adjust.com", None).party == "first"
    assert a.destination("api.branch.io", None).party == "third"


def test_first_party_domain_without_known_owner() -> None:
    a = attributor(first_party=["shortclips.example"])
    assert a.destination("api.shortclips.example", None).party == "first"
    assert a.destination("other.example", None).party == "unknown"


def test_no_first_party_means_known_owners_are_third() -> None:
    assert attributor().destination("graph.facebook.com", None).party == "third"


# ------------------------------------------------------------- jurisdiction


def test_watch_countries_by_owner_and_server() -> None:
    locator = FixedLocator({"77.88.55.88": ServerLocation("RU", "AS64500", "TEST")})
    a = attributor(watch_countries=["CN", "RU"], locator=locator)
    assert a.destination("api-us.faceplusplus.com", None).watched
    assert a.destination("api16-normal-c-useast1a.tiktokv.com", None).watched
    assert not a.destination("app.adjust.com", None).watched
    assert a.destination("app.adjust.com", "77.88.55.88").watched  # server in RU


def test_watch_countries_include_legal_domicile_and_parents() -> None:
    a = attributor(watch_countries=["KY"])
    assert a.destination("analytics.rayjump.com", None).watched  # parent Mobvista, KY
    assert a.destination("tiktokv.com", None).watched  # legal KY


def test_cross_border() -> None:
    locator = FixedLocator(
        {
            "71.18.1.1": ServerLocation("SG", None, "BYTEDANCE"),
            "157.240.1.35": ServerLocation("US", "AS32934", "FACEBOOK"),
        }
    )
    a = attributor(locator=locator)
    tiktok = a.destination("api16-normal-c-useast1a.tiktokv.com", "71.18.1.1")
    assert (tiktok.server_country, tiktok.as_name, tiktok.cross_border) == ("SG", "BYTEDANCE", True)
    meta = a.destination("graph.facebook.com", "157.240.1.35")
    assert (meta.server_country, meta.asn, meta.cross_border) == ("US", "AS32934", False)
    unknown_owner = a.destination("x.example", "71.18.1.1")
    assert unknown_owner.cross_border is False


# ---------------------------------------------------------- server location


@pytest.mark.parametrize(
    ("address", "label"),
    [
        ("10.1.2.3", "private"),
        ("192.168.0.5", "private"),
        ("172.16.9.9", "private"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("169.254.10.20", "link-local"),
        ("fe80::1", "link-local"),
        ("fd00::5", "private"),
        ("100.64.1.1", "shared"),
        ("224.0.0.251", "multicast"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_special_addresses_are_labelled_not_located(address: str, label: str) -> None:
    locator = FixedLocator({})
    d = attributor(locator=locator).destination("api.segment.io", address)
    assert d.server_country == label
    assert (d.asn, d.as_name, d.cross_border) == (None, None, False)
    assert locator.calls == 0


def test_ip_literal_and_localhost_hosts() -> None:
    a = attributor()
    d = a.destination("127.0.0.1", None)
    expected = ("127.0.0.1", None, "loopback", "unknown")
    assert (d.domain, d.owner, d.server_country, d.party) == expected
    assert a.destination("localhost", None).server_country == "loopback"
    assert a.destination("[::1]", None).server_country == "loopback"


def test_memoised_per_host_and_address() -> None:
    locator = FixedLocator({"8.8.8.8": ServerLocation("US")})
    a = attributor(locator=locator)
    first = a.destination("app-measurement.com", "8.8.8.8")
    assert a.destination("app-measurement.com", "8.8.8.8") is first
    a.destination("www.google-analytics.com", "8.8.8.8")
    assert locator.calls == 1  # one geolocation per address, whatever the host


def test_embedded_geoip_locates_public_addresses() -> None:
    pytest.importorskip("geoip2fast")
    a = Attributor(user_lists=False)
    d = a.destination("dns.google", "8.8.8.8")
    assert d.server_country == "US"
    assert d.as_name and "GOOGLE" in d.as_name.upper()
    v6 = a.destination("graph.facebook.com", "2a03:2880:f10c:83:face:b00c:0:25de")
    assert country_code(v6.server_country) == v6.server_country
    assert v6.as_name and "FACEBOOK" in v6.as_name.upper()


def test_mmdb_records_of_common_layouts() -> None:
    maxmind = {"country": {"iso_code": "IE"}, "autonomous_system_number": 32934}
    assert location_from_record(maxmind) == ServerLocation("IE", "AS32934", None)
    ipinfo = {"country_code": "SG", "asn": "AS138699", "as_name": "BYTEDANCE"}
    assert location_from_record(ipinfo) == ServerLocation("SG", "AS138699", "BYTEDANCE")
    assert location_from_record({"registered_country": {"iso_code": "us"}}).country == "US"
    assert location_from_record(None) == ServerLocation()


def test_user_mmdb_comes_first_and_embedded_fills_gaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "asn.mmdb"
    db.write_bytes(b"stub")

    class Reader:
        def get(self, address: str) -> dict[str, object]:
            return {"autonomous_system_number": 138699, "autonomous_system_organization": "BD"}

    import maxminddb

    monkeypatch.setattr(maxminddb, "open_database", lambda path: Reader())
    chain = geo_module.build_locator(str(db), embedded=False)
    chain.locators.append(FixedLocator({"71.18.1.1": ServerLocation("SG", None, "OTHER")}))
    assert chain.locate("71.18.1.1") == ServerLocation("SG", "AS138699", "BD")


def test_bad_geoip_files_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not found"):
        MmdbLocator(tmp_path / "missing.mmdb")
    junk = tmp_path / "junk.mmdb"
    junk.write_bytes(b"\x00not a database at all" * 10)
    with pytest.raises(ValueError, match="not a MaxMind-format database"):
        MmdbLocator(junk)
    with pytest.raises(ValueError):
        Attributor(geoip=str(junk), user_lists=False)


# ------------------------------------------------------------ the data file


def test_owner_database_shape() -> None:
    data = yaml.safe_load(OWNERS.read_text("utf-8"))
    orgs = data["organisations"]
    assert len(orgs) >= 150
    seen: dict[str, str] = {}
    for key, org in orgs.items():
        assert org["name"], key
        assert org.get("sources"), f"{key}: no public source"
        assert all(str(s).startswith("https://") for s in org["sources"]), key
        for field in ("hq_country", "legal_country"):
            value = org.get(field)
            assert value is None or country_code(value) == value, (key, field, value)
        # both countries may be null (the public record is unclear), the owner still named
        assert org.get("hq_country") or org.get("legal_country") or org.get("domains"), key
        assert org.get("parent") is None or org["parent"] in orgs, key
        assert org.get("categories"), key
        for entry in org.get("domains") or ():
            domain = entry if isinstance(entry, str) else entry["domain"]
            assert is_domain(domain), (key, domain)
            assert domain not in seen, f"{domain} in {key} and {seen.get(domain)}"
            seen[domain] = key
    for required in (
        "bytedance", "meta", "google", "amazon", "microsoft", "apple", "alibaba", "tencent",
        "baidu", "huawei", "xiaomi", "yandex", "megvii", "sensetime", "appsflyer", "adjust",
        "branch", "singular", "kochava", "unity", "ironsource", "applovin", "liftoff",
        "inmobi", "mintegral", "segment", "mixpanel", "amplitude", "braze", "mparticle",
        "adobe", "nielsen", "comscore", "conviva", "sambatv", "inscape", "lg_ads",
        "samsung_ads", "ispot", "kairos", "luxand",
    ):  # fmt: skip
        assert required in orgs, required


def test_bytedance_domains_cover_api_log_cdn_and_pangle() -> None:
    a = attributor()
    for host in (
        "api16-normal-c-useast1a.tiktokv.com",
        "log16-normal-c-useast1a.tiktokv.com",
        "v16m.tiktokcdn.com",
        "p16-sign.tiktokcdn-us.com",
        "sf16-website-login.neutral.ttwstatic.com",
        "mon.byteoversea.com",
        "lf16-pangle.ibytedtos.com",
        "api-access.pangle.io",
        "api16-access-sg.pangleglobal.com",
        "www.musical.ly",
        "www.bytedance.com",
        "isnssdk.com",
    ):
        assert a.destination(host, None).owner == "ByteDance Ltd.", host


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Meta Platforms, Inc.", "meta platforms"),
        ("bytedance_inc", "bytedance"),
        ("ByteDance Ltd.", "bytedance"),
        ("Adjust GmbH", "adjust"),
        ("AT&T", "at and t"),
        ("Médiamétrie SA", "mediametrie"),
        ("ООО Яндекс", "ооо яндекс"),
        ("腾讯", "腾讯"),
    ],
)
def test_normalise_name(name: str, normal: str) -> None:
    assert normalise_name(name) == normal


@pytest.mark.parametrize("name", ["腾讯", "株式会社", "ООО Рога и копыта", "—", ""])
def test_a_name_in_another_script_is_not_any_organisation(name: str) -> None:
    """Names once normalised to "" when written only in non-Latin letters, and "" was
    the key of the first organisation with an all-Persian alias (Tapsell's), so every
    Chinese or Russian company name in an imported list became Tapsell. None of these
    names is in the embedded database."""
    assert OwnerDatabase(embedded_layer()).find_org(name) is None


def test_no_two_organisations_share_a_name() -> None:
    """The name index keeps the first organisation registered under a normalised name
    and silently drops the rest, so an alias that collides with another entry's name
    ("Insider" for Insider One and Business Insider) would attribute to the wrong
    company without a sound."""
    db = OwnerDatabase(embedded_layer())
    owners: dict[str, set[str]] = {}
    for org in db.embedded.orgs.values():
        for label in (org.key, org.name, *org.aliases):
            owners.setdefault(normalise_name(label), set()).add(org.key)
    assert {name: keys for name, keys in owners.items() if len(keys) > 1} == {}
