"""Importers for the tracker and owner lists people already have.

Each importer turns one published format into an `ImportedList` (organisations
by id, domains pointing at them); nothing here executes or unpickles anything:
JSON, CSV, Ghostery's `.eno` text and plain text only. Formats:

- DuckDuckGo Tracker Radar (entity and domain files) and TDS blocklists (web and app)
- Disconnect `services.json` and `entities.json`
- Ghostery TrackerDB `.eno` organisation and pattern files (or a folder of them)
- AdGuard companiesdb `trackers.json`, `companies.json` and `trackers.csv`
- Exodus Privacy tracker JSON (`network_signature` regexes reduced to domains)
- the X-Ray owner list (`owner_name`, `parent`, `country`, `doms`)
- plain domain lists and hosts files, with an owner the user declares

Ids are namespaced per format ("ghostery:google", "adguard:bytedance_inc") so
files of one family imported separately (Ghostery organisations and patterns,
AdGuard companies and trackers) still meet in the cache.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import names
from .userlists import ImportedList, OrgRecord, is_domain

FORMATS = (
    "ddg",
    "disconnect",
    "ghostery",
    "adguard",
    "adguard-csv",
    "exodus",
    "xray",
    "hosts",
)
MAX_LIST_BYTES = 256 * 1024 * 1024


class ListImportError(ValueError):
    """A list that cannot be imported; the message names the file."""


# ---------------------------------------------------------------- dispatch


def import_path(
    path: str | Path,
    fmt: str | None = None,
    owner: str | None = None,
    country: str | None = None,
    name: str | None = None,
) -> ImportedList:
    """Read a list file (or a folder of list files) in any supported format."""
    path = Path(path)
    label = name or path.name
    if path.is_dir():
        merged = ImportedList(label, fmt or "folder", str(path))
        files = sorted(p for p in path.rglob("*") if p.is_file() and _list_like(p))
        for file in files:
            merged.merge(import_path(file, fmt, owner, country, label))
        if not files:
            raise ListImportError(f"{path}: no list files in this folder")
        return merged
    text = _read_text(path)
    fmt = fmt or sniff(path, text) or ("hosts" if owner else None)
    if fmt is None:
        raise ListImportError(
            f"{path}: format not recognised; give --format ({', '.join(FORMATS)}), "
            "or --owner NAME for a plain domain list"
        )
    if fmt not in FORMATS:
        raise ListImportError(f"{path}: unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    result = ImportedList(label, fmt, str(path.resolve()))
    try:
        _PARSERS[fmt](text, result, owner, country)
    except ListImportError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ListImportError(f"{path}: not a valid {fmt} list ({exc})") from None
    return result


def _list_like(path: Path) -> bool:
    return path.suffix.lower() in {".json", ".eno", ".csv", ".txt", ".hosts", ".list"}


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise ListImportError(f"{path}: larger than {MAX_LIST_BYTES >> 20} MB, not a list")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ListImportError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise ListImportError(f"{path}: cannot read ({exc.strerror or exc})") from None


def sniff(path: Path, text: str) -> str | None:
    """The format of a list from its name and first structure; None when unsure."""
    if path.suffix.lower() == ".eno" or text.lstrip().startswith("name:"):
        return "ghostery"
    head = text.lstrip()[:200].lower()
    if head.startswith("domain;tracker_id") or head.startswith("domain,tracker_id"):
        return "adguard-csv"
    if head.startswith(("{", "[")):
        try:
            return _sniff_json(json.loads(text))
        except ValueError:
            return None
    return None


def _sniff_json(data: Any) -> str | None:
    if isinstance(data, list):
        first = next((d for d in data if isinstance(d, dict)), {})
        return "xray" if "doms" in first or "owner_name" in first else None
    if not isinstance(data, dict):
        return None
    if "trackerDomains" in data or "companies" in data:
        return "adguard"
    if "license" in data and ("categories" in data or "entities" in data):
        return "disconnect"
    trackers = data.get("trackers")
    if isinstance(trackers, dict) and any(
        isinstance(t, dict) and "network_signature" in t for t in trackers.values()
    ):
        return "exodus"
    if isinstance(trackers, dict) or "properties" in data or "owner" in data:
        return "ddg"
    return None


# ---------------------------------------------------------------- DuckDuckGo


def _ddg_owner(result: ImportedList, owner: Any) -> str | None:
    if not isinstance(owner, dict) or not owner.get("name"):
        return None
    key = f"ddg:{owner['name']}"
    result.add_org(key, OrgRecord(name=str(owner["name"])))
    return key


def parse_ddg(text: str, result: ImportedList, owner: str | None, country: str | None) -> None:
    """TDS (web/app), Tracker Radar entity files and Tracker Radar domain files."""
    data = json.loads(text)
    if "properties" in data and "name" in data:  # a Tracker Radar entity file
        key = _ddg_owner(result, data)
        for domain in data.get("properties") or ():
            result.add_domain(domain, key or "")
        return
    if "domain" in data and "owner" in data:  # a Tracker Radar domain file
        key = _ddg_owner(result, data["owner"])
        if key:
            result.add_domain(data["domain"], key, names.categories(data.get("categories") or ()))
        return
    for domain, tracker in (data.get("trackers") or {}).items():
        key = _ddg_owner(result, tracker.get("owner"))
        if key:
            cats = names.categories(tracker.get("categories") or ())
            result.add_domain(tracker.get("domain") or domain, key, cats)
    for entity, info in (data.get("entities") or {}).items():
        domains = info.get("domains") if isinstance(info, dict) else None
        if domains:
            key = _ddg_owner(result, {"name": entity})
            for domain in domains:
                if domain not in result.domains:
                    result.add_domain(domain, key or "")
    for domain, entity in (data.get("domains") or {}).items():
        key = _ddg_owner(result, {"name": entity})
        if key and domain not in result.domains:
            result.add_domain(domain, key)


# ---------------------------------------------------------------- Disconnect


def parse_disconnect(
    text: str, result: ImportedList, owner: str | None, country: str | None
) -> None:
    """`services.json` (categories of services) or `entities.json` (properties, resources)."""
    data = json.loads(text)
    for category, services in (data.get("categories") or {}).items():
        cat = names.categories([category])
        for service in services:
            for org_name, urls in service.items():
                key = f"disconnect:{org_name}"
                result.add_org(key, OrgRecord(name=org_name))
                for url, domains in urls.items():
                    if url.startswith("http") and isinstance(domains, list):
                        for domain in domains:
                            result.add_domain(domain, key, cat)
    for org_name, entity in (data.get("entities") or {}).items():
        key = f"disconnect:{org_name}"
        result.add_org(key, OrgRecord(name=org_name))
        for domain in (*entity.get("properties", ()), *entity.get("resources", ())):
            result.add_domain(domain, key)


# ---------------------------------------------------------------- Ghostery


def parse_eno(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Ghostery's `.eno`: `key: value` lines and `--- section` ... `--- section` blocks."""
    fields: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("---"):
            title = line[3:].strip()
            current = None if current == title else title
            if current is not None:
                sections.setdefault(current, [])
            continue
        if current is not None:
            if line:
                sections[current].append(line)
        elif ":" in line:
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    return fields, sections


def parse_ghostery(text: str, result: ImportedList, owner: str | None, country: str | None) -> None:
    """One organisation file (`db/organizations/ID.eno`) or one pattern file (`db/patterns`)."""
    fields, sections = parse_eno(text)
    stem = Path(result.source).stem
    if "domains" not in sections and "organization" not in fields:
        cc = names.country_code(fields.get("country"))
        record = OrgRecord(name=fields.get("name") or stem, hq_country=cc, legal_country=cc)
        result.add_org(f"ghostery:{stem}", record)
        return
    org_id = fields.get("organization") or ""
    key = f"ghostery:{org_id}" if org_id else f"ghostery-pattern:{stem}"
    result.add_org(key, OrgRecord(name=org_id or fields.get("name") or stem, placeholder=True))
    cats = names.categories([fields["category"]]) if fields.get("category") else ()
    for domain in sections.get("domains", ()):
        result.add_domain(domain, key, cats)


# ---------------------------------------------------------------- AdGuard


def parse_adguard(text: str, result: ImportedList, owner: str | None, country: str | None) -> None:
    """companiesdb `trackers.json` (trackers, trackerDomains) or `companies.json`."""
    data = json.loads(text)
    for company_id, company in (data.get("companies") or {}).items():
        result.add_org(f"adguard:{company_id}", OrgRecord(name=company.get("name") or company_id))
    categories = data.get("categories") or {}
    trackers = data.get("trackers") or {}
    for tracker_id, tracker in trackers.items():
        company = tracker.get("companyId") or tracker_id
        result.add_org(f"adguard:{company}", OrgRecord(name=company, placeholder=True))
        result.add_org(
            f"adguard-tracker:{tracker_id}",
            OrgRecord(name=company, alias_of=f"adguard:{company}"),
        )
    for domain, tracker_id in (data.get("trackerDomains") or {}).items():
        tracker = trackers.get(tracker_id) or {}
        cat = categories.get(str(tracker.get("categoryId")))
        result.add_domain(domain, f"adguard-tracker:{tracker_id}", names.categories([cat or ""]))


_ADGUARD_CATEGORIES = {
    "0": "audio_video_player", "1": "comments", "2": "customer_interaction",
    "3": "pornvertising", "4": "advertising", "5": "essential", "6": "site_analytics",
    "7": "social_media", "8": "misc", "9": "cdn", "10": "hosting", "11": "unknown",
    "12": "extensions", "13": "email", "14": "consent", "15": "telemetry",
    "101": "mobile_analytics",
}  # fmt: skip


def parse_adguard_csv(
    text: str, result: ImportedList, owner: str | None, country: str | None
) -> None:
    """companiesdb `trackers.csv`: `domain;tracker_id;category_id`."""
    dialect = ";" if text.split("\n", 1)[0].count(";") else ","
    for row in csv.DictReader(io.StringIO(text), delimiter=dialect):
        tracker_id = (row.get("tracker_id") or "").strip()
        if not tracker_id:
            result.skipped += 1
            continue
        key = f"adguard-tracker:{tracker_id}"
        result.add_org(key, OrgRecord(name=tracker_id, placeholder=True))
        cat = _ADGUARD_CATEGORIES.get((row.get("category_id") or "").strip(), "")
        result.add_domain(row.get("domain") or "", key, names.categories([cat]))


# ---------------------------------------------------------------- Exodus


_OWNERSHIP = re.compile(r"##\s*Ownership\s*\n+([^\n#]+)")


def exodus_owner(tracker: dict[str, Any]) -> str:
    """The owner the description names under "## Ownership", else the tracker's own name."""
    match = _OWNERSHIP.search((tracker.get("description") or "").replace("\r", ""))
    if match:
        text = re.split(r"[\[(]", match.group(1), maxsplit=1)[0]
        text = text.split(" is ", 1)[0].strip(" .;,")
        if text and text.lower() not in {"self-owned", "unknown"} and len(text) <= 60:
            return text
    return str(tracker.get("name") or tracker.get("id"))


def signature_domains(signature: str) -> Iterator[str]:
    """Domains in an Exodus `network_signature` regex ("\\.adjust\\.com|adj\\.st")."""
    for part in signature.split("|"):
        candidate = part.strip().strip("^$").replace("\\.", ".").replace("\\-", "-")
        candidate = candidate.lstrip(".").rstrip(".")
        if candidate and is_domain(candidate.lower()) and "*" not in candidate:
            yield candidate.lower()


def parse_exodus(text: str, result: ImportedList, owner: str | None, country: str | None) -> None:
    data = json.loads(text)
    for tracker in (data.get("trackers") or {}).values():
        name = exodus_owner(tracker)
        key = f"exodus:{name}"
        cats = names.categories(tracker.get("categories") or ())
        result.add_org(key, OrgRecord(name=name, categories=cats))
        signature = tracker.get("network_signature") or ""
        found = list(signature_domains(signature))
        result.skipped += len([p for p in signature.split("|") if p]) - len(found)
        for domain in found:
            result.add_domain(domain, key, cats)


# ---------------------------------------------------------------- X-Ray


def parse_xray(text: str, result: ImportedList, owner: str | None, country: str | None) -> None:
    """The X-Ray owner list: `owner_name`, `parent`, `root_parent`, `country`, `doms`."""
    for entry in json.loads(text):
        name = entry.get("owner_name")
        if not name:
            result.skipped += 1
            continue
        cc = names.country_code(entry.get("country"))
        key = f"xray:{name}"
        result.add_org(key, OrgRecord(name=name, parent=entry.get("parent"), hq_country=cc))
        for domain in entry.get("doms") or ():
            result.add_domain(domain, key)


# ---------------------------------------------------------------- plain lists


_HOSTS_ADDRESSES = {"0.0.0.0", "127.0.0.1", "::", "::1", "::0", "0:0:0:0:0:0:0:0"}


def plain_domains(text: str) -> Iterator[str | None]:
    """Domains from a plain list, a hosts file or simple `||domain^` rules (None: unusable)."""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith(("!", "[", ";")):
            continue
        words = line.split()
        if len(words) > 1 and words[0] in _HOSTS_ADDRESSES:
            yield from words[1:]
            continue
        word = words[0]
        if word.startswith("||"):
            word = re.split(r"[\^/$]", word[2:], maxsplit=1)[0]
        elif word.startswith(("@@", "/")):
            yield None
            continue
        yield word.lstrip("*.") if word.startswith("*.") else word


def parse_hosts(text: str, result: ImportedList, owner: str | None, country: str | None) -> None:
    if not owner:
        raise ListImportError(f"{result.source}: a plain domain list needs --owner NAME")
    cc = names.country_code(country) if country else None
    key = f"declared:{owner}"
    result.add_org(key, OrgRecord(name=owner, hq_country=cc, legal_country=cc))
    for domain in plain_domains(text):
        if domain is None or domain in ("localhost", "localhost.localdomain"):
            result.skipped += 1
        else:
            result.add_domain(domain, key)


_PARSERS: dict[str, Callable[[str, ImportedList, str | None, str | None], None]] = {
    "ddg": parse_ddg,
    "disconnect": parse_disconnect,
    "ghostery": parse_ghostery,
    "adguard": parse_adguard,
    "adguard-csv": parse_adguard_csv,
    "exodus": parse_exodus,
    "xray": parse_xray,
    "hosts": parse_hosts,
}


def summary(imported: ImportedList) -> str:
    return (
        f"{imported.name}: {imported.format}, {len(imported.domains)} domain(s), "
        f"{len(imported.orgs)} organisation(s)"
        + (f", {imported.skipped} entr(ies) not usable as domains" if imported.skipped else "")
    )
