"""The build summary: what one build read, published, withheld and decided, as a typed record.

The staff report's `summary.json` and the command line's table are made from it
(`BuildSummary.as_json`). It reads like the mapping it replaces (`summary["kinds"]`), so that the
report, the command line and the tests see the same keys in the same order as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Publication:
    """What a build that got past its data checks adds: its version and the dates it answers for."""

    build_id: str
    first_publication_build: bool  # every record is new: the report says so
    late_publications: int  # records published later than the working-day limit (report.late_publications)
    scheduled_removals_30_days: int
    next_due: str | None  # the day this build stops being right (issue 22)
    next_due_reasons: dict[str, int]
    late_site: dict[str, Any] | None = None  # how late the live site was for its own due date

    def as_json(self) -> dict[str, Any]:
        """The summary.json keys, in the report's order."""
        out: dict[str, Any] = {
            "first_publication_build": self.first_publication_build,
            "build_id": self.build_id,
            "late_publications": self.late_publications,
            "scheduled_removals_30_days": self.scheduled_removals_30_days,
            "next_due": self.next_due,
            "next_due_reasons": self.next_due_reasons,
        }
        if self.late_site:
            out["late_site"] = self.late_site
        return out


@dataclass
class BuildSummary(Mapping[str, Any]):
    """summary.json of one build (or of `validate`): counts per kind, then what the build decided.

    Fields left `None` are not known yet where the build stopped, and are left out of the JSON.
    """

    as_of: str
    kinds: dict[str, Any] = field(default_factory=dict)  # per kind read / published / rejected / withheld
    derived: dict[str, Any] = field(default_factory=dict)  # values read or derived by the validate stage
    validate_only: bool = False
    crosscheck: dict[str, Any] | None = None  # red/black-list conflicts (crosscheck.find_conflicts)
    settings_missing: list[str] | None = None  # [contact] settings left empty (the report warns)
    publication: Publication | None = None
    aborted: str | None = None  # why the build stopped, in the staff's report
    leaks: list[str] = field(default_factory=list)  # the first leaks the gate found
    unchanged_build: str | None = None  # the build id of the live site when nothing changed since
    site_edited: dict[str, Any] | None = None  # files of the live site edited or removed by hand (all rewritten)

    @classmethod
    def unchanged(cls, as_of: str, build_id: str) -> BuildSummary:
        """The summary of a build that found nothing changed since the live site's build."""
        return cls(as_of, unchanged_build=build_id)

    @classmethod
    def stopped(cls, as_of: str, message: str) -> BuildSummary:
        """The summary of a build stopped before any row was counted."""
        return cls(as_of, aborted=message)

    def as_json(self) -> dict[str, Any]:
        """summary.json: the keys in the order staff and scripts have always read them."""
        if self.unchanged_build is not None:
            return {"as_of": self.as_of, "build_id": self.unchanged_build, "unchanged": True}
        out: dict[str, Any] = {"as_of": self.as_of, "kinds": self.kinds}
        if self.derived:
            out["derived"] = self.derived
        if self.validate_only:
            out["validate_only"] = True
        if self.crosscheck is not None:
            out["crosscheck"] = self.crosscheck
        if self.settings_missing is not None:
            out["settings_missing"] = self.settings_missing
        if self.publication is not None:
            out.update(self.publication.as_json())
        if self.aborted is not None:
            out["aborted"] = self.aborted
        if self.leaks:
            out["leaks"] = self.leaks
        if self.site_edited:
            out["site_edited"] = self.site_edited
        return out

    def __getitem__(self, key: str) -> Any:
        return self.as_json()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_json())

    def __len__(self) -> int:
        return len(self.as_json())
