"""Importing tracker/owner lists into the cache, precedence over the embedded data, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path
from rich.console import Console

from exfilwatch.attribute import Attributor
from exfilwatch.attribute.geo import ServerLocation
from exfilwatch.attribute.importers import (
    ListImportError,
    exodus_owner,
    import_path,
    parse_eno,
    signature_domains,
)
from exfilwatch.attribute.userlists import load_all, save
from exfilwatch.cli import main
from exfilwatch.model import Destination
from exfilwatch.sinks.destinations_sink import render_destinations, sorted_rows


class NoLocator:
    def locate(self, address: str) -> ServerLocation:
        return ServerLocation()


def attributor_with(cache: Path, **kwargs: object) -> Attributor:
    return Attributor(lists_dir=cache, locator=NoLocator(), **kwargs)  # type: ignore[arg-type]


def write(path: Path, data: object) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return path


# ------------------------------------------------ small fixtures, one per format

DDG_TDS = {
    "trackers": {
        "tracker.acme-ads.example": {
            "domain": "tracker.acme-ads.example",
            "owner": {"name": "Acme Ads, Inc.", "displayName": "Acme Ads"},
            "categories": ["Advertising", "Ad Motivated Tracking"],
        }
    },
    "entities": {"Acme Ads, Inc.": {"domains": ["acme-ads.example", "acmecdn.example"]}},
    "domains": {"acme-pixel.example": "Acme Ads, Inc."},
}
DDG_ENTITY = {"name": "ByteDance Ltd.", "displayName": "ByteDance", "properties": ["tiktokv.com"]}
DDG_DOMAIN = {
    "domain": "newtrack.example",
    "owner": {"name": "Newtrack Ltd"},
    "categories": ["CDN"],
}
DISCONNECT_SERVICES = {
    "license": "test",
    "categories": {
        "Advertising": [{"Acme Ads": {"https://acme-ads.example/": ["acme-ads.example"]}}],
        "Analytics": [
            {"Watcher": {"https://watcher.example": ["watcher.example"], "session-replay": "true"}}
        ],
    },
}
DISCONNECT_ENTITIES = {
    "license": "test",
    "entities": {"Watcher": {"properties": ["watcher.example"], "resources": ["wcdn.example"]}},
}
GHOSTERY_ORG = (
    "name: Acme Group\nwebsite_url: https://acme.example\ncountry: FR\n\n--- notes\n--- notes\n"
)
GHOSTERY_PATTERN = (
    "name: Acme Pixel\ncategory: site_analytics\norganization: acme_group\n\n"
    "--- domains\npixel.acme.example\nacme-stats.example\n--- domains\n\n"
    "--- filters\n||pixel.acme.example^\n--- filters\n"
)
ADGUARD_TRACKERS = {
    "categories": {"4": "advertising", "6": "site_analytics"},
    "trackers": {
        "acme_pixel": {"name": "Acme Pixel", "categoryId": 6, "companyId": "acme_group"},
    },
    "trackerDomains": {"acme-stats.example": "acme_pixel"},
}
ADGUARD_COMPANIES = {"companies": {"acme_group": {"name": "Acme Group SA", "websiteUrl": "x"}}}
ADGUARD_CSV = "domain;tracker_id;category_id\nacme-stats.example;acme_pixel;6\n;broken;\n"
EXODUS = {
    "trackers": {
        "1": {
            "id": 1,
            "name": "Acme SDK",
            "description": "## Ownership\r\nAcme Group [Crunchbase](https://x)\r\n",
            "network_signature": "\\.acme-sdk\\.example|api\\.acme\\.example|acme\\..*",
            "categories": ["Advertisement", "Analytics"],
        }
    }
}
XRAY = [
    {"owner_name": "Acme Pixel", "parent": "Acme Group", "root_parent": "Acme Group",
     "country": "fr", "doms": ["acme-stats.example"]},
    {"owner_name": "Acme Group", "parent": None, "root_parent": None, "country": "fr",
     "doms": ["acme.example"]},
]  # fmt: skip
HOSTS = (
    "# my list\n0.0.0.0 telemetry.myapp.example ads.myapp.example\n"
    "||beacon.myapp.example^\nlocalhost\n"
)


def test_ddg_tds_entities_and_domains(tmp_path: Path) -> None:
    result = import_path(write(tmp_path / "tds.json", DDG_TDS))
    assert result.format == "ddg"
    key, cats = result.domains["tracker.acme-ads.example"]
    assert result.orgs[key].name == "Acme Ads, Inc."
    assert cats == ("advertising",)
    assert {"acme-ads.example", "acmecdn.example", "acme-pixel.example"} <= set(result.domains)


def test_ddg_tracker_radar_files(tmp_path: Path) -> None:
    entity = import_path(write(tmp_path / "ByteDance Ltd..json", DDG_ENTITY))
    assert "tiktokv.com" in entity.domains
    domain = import_path(write(tmp_path / "newtrack.example.json", DDG_DOMAIN))
    assert domain.domains["newtrack.example"][1] == ("cdn",)


def test_disconnect_services_and_entities(tmp_path: Path) -> None:
    services = import_path(write(tmp_path / "services.json", DISCONNECT_SERVICES))
    assert services.format == "disconnect"
    assert services.domains["watcher.example"] == ("disconnect:Watcher", ("analytics",))
    entities = import_path(write(tmp_path / "entities.json", DISCONNECT_ENTITIES))
    assert set(entities.domains) == {"watcher.example", "wcdn.example"}


def test_ghostery_eno(tmp_path: Path) -> None:
    fields, sections = parse_eno(GHOSTERY_PATTERN)
    assert fields["organization"] == "acme_group"
    assert sections["domains"] == ["pixel.acme.example", "acme-stats.example"]
    org = import_path(write(tmp_path / "acme_group.eno", GHOSTERY_ORG))
    assert org.orgs["ghostery:acme_group"].hq_country == "FR"
    pattern = import_path(write(tmp_path / "acme_pixel.eno", GHOSTERY_PATTERN))
    assert pattern.domains["pixel.acme.example"] == ("ghostery:acme_group", ("analytics",))


def test_ghostery_folder_joins_organisations_and_patterns(tmp_path: Path) -> None:
    db = tmp_path / "db"
    (db / "organizations").mkdir(parents=True)
    (db / "patterns").mkdir()
    write(db / "organizations" / "acme_group.eno", GHOSTERY_ORG)
    write(db / "patterns" / "acme_pixel.eno", GHOSTERY_PATTERN)
    cache = tmp_path / "cache"
    save(cache, import_path(db))
    d = attributor_with(cache).destination("pixel.acme.example", None)
    assert (d.owner, d.owner_country) == ("Acme Group", "FR")


def test_adguard_json_csv_and_companies(tmp_path: Path) -> None:
    trackers = import_path(write(tmp_path / "trackers.json", ADGUARD_TRACKERS))
    assert trackers.domains["acme-stats.example"] == ("adguard-tracker:acme_pixel", ("analytics",))
    csv = import_path(write(tmp_path / "trackers.csv", ADGUARD_CSV))
    assert csv.format == "adguard-csv" and csv.skipped == 1
    companies = import_path(write(tmp_path / "companies.json", ADGUARD_COMPANIES))
    cache = tmp_path / "cache"
    for imported in (csv, trackers, companies):
        save(cache, imported)
    d = attributor_with(cache).destination("acme-stats.example", None)
    assert d.owner == "Acme Group SA"  # csv tracker -> trackers.json company -> companies name


def test_exodus_signatures_and_owner(tmp_path: Path) -> None:
    assert list(signature_domains("\\.adjust\\.com|adj\\.st|adservice\\.google\\..*")) == [
        "adjust.com",
        "adj.st",
    ]
    assert exodus_owner({"name": "X", "description": "## Ownership\r\nSelf-owned"}) == "X"
    result = import_path(write(tmp_path / "exodus.json", EXODUS))
    assert result.format == "exodus"
    assert result.domains["acme-sdk.example"] == ("exodus:Acme Group", ("advertising", "analytics"))
    assert result.skipped == 1


def test_xray_parents_and_countries(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    save(cache, import_path(write(tmp_path / "xray.json", XRAY)))
    d = attributor_with(cache, first_party=["Acme Group"]).destination("acme-stats.example", None)
    expected = ("Acme Pixel", "FR", "Acme Group", "first")
    assert (d.owner, d.owner_country, d.parent, d.party) == expected


def test_plain_list_needs_owner(tmp_path: Path) -> None:
    path = write(tmp_path / "mine.txt", HOSTS)
    with pytest.raises(ListImportError, match="--owner"):
        import_path(path)
    result = import_path(path, owner="MyApp Ltd", country="de")
    assert set(result.domains) == {
        "telemetry.myapp.example",
        "ads.myapp.example",
        "beacon.myapp.example",
    }
    assert result.orgs["declared:MyApp Ltd"].hq_country == "DE"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"unrelated": true}', "format not recognised"),
        (b"[1, 2, 3]", "format not recognised"),
    ],
)
def test_bad_lists_are_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ListImportError, match=message) as info:
        import_path(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_file_and_wrong_format(tmp_path: Path) -> None:
    with pytest.raises(ListImportError, match="cannot read"):
        import_path(tmp_path / "absent.json")
    with pytest.raises(ListImportError, match="not a valid xray list"):
        import_path(write(tmp_path / "x.json", {"a": 1}), fmt="xray")


# ------------------------------------------------------------------ precedence


def test_user_list_overrides_embedded_and_specific_wins(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    hosts = write(tmp_path / "mine.txt", "graph.facebook.com\nmyapp.example\n")
    save(cache, import_path(hosts, owner="Declared Owner", country="NL"))
    a = attributor_with(cache)
    d = a.destination("graph.facebook.com", None)
    assert (d.owner, d.owner_country) == ("Declared Owner", "NL")
    assert a.destination("www.facebook.com", None).owner == "Meta Platforms, Inc."
    assert a.ownership("graph.facebook.com").layer == "mine.txt"  # type: ignore[union-attr]


def test_newer_import_wins_and_known_owner_keeps_embedded_facts(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    save(cache, import_path(write(tmp_path / "a.txt", "shared.example\n"), owner="First Co"))
    save(cache, import_path(write(tmp_path / "b.txt", "shared.example\n"), owner="ByteDance"))
    d = attributor_with(cache).destination("api.shared.example", None)
    assert (d.owner, d.owner_country, d.owner_legal_country) == ("ByteDance Ltd.", "CN", "KY")


def test_import_adds_categories_to_embedded_ones(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    eno = write(tmp_path / "cdn.eno", GHOSTERY_PATTERN.replace("acme_group", "bytedance_inc")
                .replace("pixel.acme.example\nacme-stats.example", "pangle.io"))  # fmt: skip
    save(cache, import_path(eno))
    d = attributor_with(cache).destination("api.pangle.io", None)
    assert d.owner == "ByteDance Ltd."
    assert {"advertising", "analytics"} <= set(d.owner_categories)


def test_broken_cache_file_is_a_warning(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "broken.json").write_text("{not json", "utf-8")
    (cache / "other.json").write_text('{"exfilwatch_lists": 99}', "utf-8")
    a = attributor_with(cache)
    assert len(a.warnings) == 2
    assert a.destination("graph.facebook.com", None).owner == "Meta Platforms, Inc."


def test_cache_files_are_owner_only(tmp_path: Path) -> None:
    path = save(tmp_path / "c", import_path(write(tmp_path / "l.txt", "a.example\n"), owner="O"))
    assert path.stat().st_mode & 0o077 == 0


# ------------------------------------------------------- the real shared lists

SHARED_FILES = [
    ("adguard_companies.json", "adguard", None),
    ("adguard_trackers.csv", "adguard-csv", "mmtro.com"),
    ("adguard_trackers.json", "adguard", "mmtro.com"),
    ("ddg_app_android-tds.json", "ddg", "a.applovin.com"),
    ("ddg_web_tds_excerpt.json", "ddg", "tiktokw.us"),
    ("disconnect_entities.json", "disconnect", "tiktok.com"),
    ("disconnect_services.json", "disconnect", "tiktok.com"),
    ("exodus_trackers_api.json", "exodus", "appsflyer.com"),
    ("ghostery_organizations_alibaba.eno", "ghostery", None),
    ("ghostery_organizations_bytedance_inc.eno", "ghostery", None),
    ("ghostery_organizations_google.eno", "ghostery", None),
    ("ghostery_patterns_bytegoofy.eno", "ghostery", "bytegoofy.com"),
    ("ghostery_patterns_google_analytics.eno", "ghostery", "google-analytics.com"),
    ("ghostery_patterns_pangleglobal.eno", "ghostery", "analytics.pangle-ads.com"),
    ("ghostery_patterns_tiktok_analytics.eno", "ghostery", "mon.tiktokv.com"),
    ("ghostery_patterns_tiktok_cdn.eno", "ghostery", "tiktokcdn.com"),
    ("xray-blacklist.json", "xray", "adjust.com"),
]


@pytest.mark.parametrize(("name", "fmt", "domain"), SHARED_FILES)
def test_every_shared_list_imports(name: str, fmt: str, domain: str | None) -> None:
    result = import_path(shared_path("lists", name))
    assert result.format == fmt
    assert result.orgs
    if domain:
        assert domain in result.domains


def test_no_shared_list_is_left_untested() -> None:
    folder = shared_path("lists")
    names = {p.name for p in folder.iterdir() if p.suffix in {".json", ".csv", ".eno"}}
    assert names <= {n for n, _, _ in SHARED_FILES}


def test_shared_lists_resolve_to_embedded_owners(tmp_path: Path) -> None:
    folder = shared_path("lists")
    cache = tmp_path / "cache"
    for path in sorted(folder.iterdir()):
        if path.suffix in {".json", ".csv", ".eno"}:
            save(cache, import_path(path))
    imports, warnings = load_all(cache)
    assert len(imports) == len(SHARED_FILES) and not warnings
    a = attributor_with(cache, first_party=["ByteDance"])
    for host, owner, hq in (
        ("api16-normal-c-useast1a.tiktokv.com", "ByteDance Ltd.", "CN"),
        ("analytics.pangle-ads.com", "ByteDance Ltd.", "CN"),
        ("graph.facebook.com", "Meta Platforms, Inc.", "US"),
        ("www.google-analytics.com", "Google LLC", "US"),
        ("app.adjust.com", "Adjust GmbH", "DE"),
        ("a.applovin.com", "AppLovin Corporation", "US"),
    ):
        d = a.destination(host, None)
        assert (d.owner, d.owner_country) == (owner, hq), host
    assert a.destination("mon.tiktokv.com", None).party == "first"
    assert a.destination("graph.facebook.com", None).party == "third"
    assert a.destination("tynt.com", None).owner  # known only from the imports


# ------------------------------------------------------------------ CLI, sink


def test_cli_import_show_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = str(tmp_path / "cache")
    listing = write(tmp_path / "mine.txt", "telemetry.myapp.example\n")
    assert main(["lists", "--lists-cache", cache, "import", str(listing), "--owner", "MyApp"]) == 0
    assert main(["lists", "--lists-cache", cache, "import", str(tmp_path / "nope.json")]) == 2
    assert main(["lists", "--lists-cache", cache, "list"]) == 0
    assert main(["lists", "--lists-cache", cache, "show", "x.telemetry.myapp.example"]) == 0
    out = capsys.readouterr()
    assert "MyApp" in out.out and "mine.txt" in out.out
    assert "nope.json" in out.err and "Traceback" not in out.err
    argv = ["lists", "--lists-cache", cache, "show", "--json", "--first-party", "ByteDance"]
    assert main([*argv, "api.pangle.io", "10.0.0.1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["destination"]["party"] == "first"
    assert lines[1]["destination"]["server_country"] == "private"
    assert main(["lists", "--lists-cache", cache, "remove", "mine.txt"]) == 0
    assert main(["lists", "--lists-cache", cache, "remove", "mine.txt"]) == 2


def test_destinations_sink_lists_every_destination() -> None:
    watched = Destination(host="a.example", owner="A Co", owner_country="CN", watched=True)
    quiet = Destination(host="b.example", server_country="private")
    entries = {
        "b.example": {"destination": quiet, "flows": 9, "categories": set()},
        "a.example": {"destination": watched, "flows": 1, "categories": {"biometric"}},
    }
    rows = sorted_rows(entries)
    assert [r["host"] for r in rows] == ["a.example", "b.example"]
    console = Console(record=True, width=200)
    render_destinations(entries, console)
    text = console.export_text()
    assert "A Co" in text and "biometric" in text and "private" in text and "9" in text
