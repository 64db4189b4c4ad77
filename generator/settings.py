"""Settings: the reviewed publication rules (`rules.toml`) as a typed value.

The site's contact details (`[contact]`: phone, address, office hours, official links, the
working days for a repair decision) are read from the rules file and, key by key, from an
optional `site.toml` in the data folder (`SITE_FILE`), so that one office's details travel
with its data and the reviewed rules file ships none of them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.contract import BLACKLIST, COMPLAINTS, PENALTIES
from generator.problems import BuildAborted

DEFAULT_RULES = Path(__file__).with_name("rules.toml")
SITE_FILE = "site.toml"  # in the data folder: the office's own [contact] settings


@dataclass(frozen=True)
class Contact:
    """Where readers ask and apply: shown on 联系我们 and the repair page ("" = not set)."""

    phone: str = ""
    address: str = ""
    hours: str = ""
    repair_working_days: int = 0  # working days for a repair decision; 0 = not set
    creditchina_url: str = ""
    gsxt_url: str = ""
    parent_site_name: str = ""
    parent_site_url: str = ""

    def missing(self) -> list[str]:
        """The settings not set, as `[contact]` keys, in a fixed order (the staff report warns)."""
        return [key for key in CONTACT_KEYS if not getattr(self, key)]

    def phone_href(self) -> str:
        """The phone as a `tel:` address: digits and a leading + only."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""


CONTACT_KEYS = ("phone", "address", "hours", "repair_working_days", "creditchina_url", "gsxt_url",
                "parent_site_name", "parent_site_url")
# What each setting is, for the staff report.
CONTACT_TITLES = {"phone": "咨询电话", "address": "办公地址", "hours": "办公时间",
                  "repair_working_days": "信用修复决定的办理时限（工作日）", "creditchina_url": "“信用中国”网站地址",
                  "gsxt_url": "国家企业信用信息公示系统地址", "parent_site_name": "上级信用网站名称",
                  "parent_site_url": "上级信用网站地址"}


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
    contact: Contact = Contact()


def load_settings(path: Path | None = None, data_dir: Path | None = None) -> Settings:
    """Read the rules file (default: the reviewed `generator/rules.toml`); with `data_dir`, its
    `site.toml` (when there is one) sets the `[contact]` keys it names."""
    raw = tomllib.loads((path or DEFAULT_RULES).read_text(encoding="utf-8"))
    site, pen = raw["site"], raw[PENALTIES]  # the rules of a kind are the table named after it
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
        blacklist_default_tier=raw[BLACKLIST]["default_tier"],
        complaint_months=int(raw[COMPLAINTS]["default_months"]),
        timeliness_working_days=int(raw["timeliness"]["working_days"]),
        minor_age=int(raw["minors"]["age"]),
        raw=raw,
        contact=load_contact(raw, data_dir),
    )


def load_contact(raw: dict[str, Any], data_dir: Path | None = None) -> Contact:
    """`[contact]` of the rules file, overridden key by key by the data folder's `site.toml`.

    A `site.toml` that is not TOML stops the build with one sentence (BuildAborted): publishing
    without the office's contact details by accident would be worse than asking for a fix.
    """
    values: dict[str, Any] = dict(raw.get("contact", {}) or {})
    site_file = data_dir / SITE_FILE if data_dir is not None else None
    if site_file is not None and site_file.is_file():
        try:
            values.update(tomllib.loads(site_file.read_text(encoding="utf-8")).get("contact", {}) or {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise BuildAborted(f"数据目录中的网站设置文件 {SITE_FILE} 格式有误（{exc}），请按 README 改正。") from exc
    text = {key: str(values.get(key, "") or "").strip() for key in CONTACT_KEYS if key != "repair_working_days"}
    try:
        days = int(values.get("repair_working_days", 0) or 0)
    except (TypeError, ValueError):
        days = 0
    return Contact(repair_working_days=max(days, 0), **text)
