"""Settings: the reviewed publication rules (`rules.toml`) as a typed value."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_RULES = Path(__file__).with_name("rules.toml")


@dataclass(frozen=True)
class Tier:
    """One tier of dishonesty information."""

    name: str
    published: bool
    min_months: int
    max_months: int
    source: str


@dataclass(frozen=True)
class Settings:
    """Everything the rules and the site read from the configuration file."""

    site_title: str
    publisher: str
    region_prefix: str
    licence: str
    licence_title: str
    tiers: dict[str, Tier]
    serious_categories: frozenset[str]
    minor_only_categories: frozenset[str]
    low_fine_threshold: float
    one_year_minimum_domains: frozenset[str]
    market_regulation_markers: tuple[str, ...]
    blacklist_default_tier: str
    complaint_months: int
    timeliness_working_days: int
    minor_age: int
    raw: dict[str, Any]


def load_settings(path: Path | None = None) -> Settings:
    """Read the rules file (default: the reviewed `generator/rules.toml`)."""
    raw = tomllib.loads((path or DEFAULT_RULES).read_text(encoding="utf-8"))
    site, pen = raw["site"], raw["penalties"]
    tiers = {
        name: Tier(name, bool(t["published"]), int(t["min_months"]), int(t["max_months"]), t["source"])
        for name, t in raw["tiers"].items()
    }
    return Settings(
        site_title=site["title"],
        publisher=site["publisher"],
        region_prefix=site.get("region_prefix", ""),
        licence=site["licence"],
        licence_title=site["licence_title"],
        tiers=tiers,
        serious_categories=frozenset(pen["serious_categories"]),
        minor_only_categories=frozenset(pen["minor_only_categories"]),
        low_fine_threshold=float(pen["low_fine_threshold"]),
        one_year_minimum_domains=frozenset(pen["one_year_minimum_domains"]),
        market_regulation_markers=tuple(pen["market_regulation_markers"]),
        blacklist_default_tier=raw["blacklist"]["default_tier"],
        complaint_months=int(raw["complaints"]["default_months"]),
        timeliness_working_days=int(raw["timeliness"]["working_days"]),
        minor_age=int(raw["minors"]["age"]),
        raw=raw,
    )
