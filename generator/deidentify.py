"""De-identify stage: drop never-public fields, mask people's names, scrub free text.

Entry point: `deidentify_records(validated, sources)`. It also gathers, from every input
row (rejected ones too), the values that must never appear in any public byte; the scan
stage checks the built site against them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from generator.load import FILE, ROW, Sources
from generator.schema import (
    CLERK,
    FREE_TEXT,
    INDIVIDUAL_BUSINESS,
    NATURAL_PERSON,
    NEVER,
    OPERATOR,
    ORG_ONLY,
    ORGANISATION,
    PARTY_NAME,
    TEXT,
    Kind,
)
from generator.validate import Validated, ric_birth_dates

MASK = "[已隐去]"
BIRTH_DATE = "_birth_date"  # private, derived; dropped before any output

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９ｘＸ－＋", "0123456789xX-+")
# A run of digits that may be split by single spaces or dashes, not glued to a Latin letter or digit.
_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[-\s]?)?\d(?:\d|[-\s](?=\d)){5,}[\dXx]?(?![0-9A-Za-z])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A landline with its area code in brackets: (0936)8221234, （0936）822-1234.
_BRACKET_LANDLINE = re.compile(r"[(（]\s*0\d{2,3}\s*[)）]\s*\d{3,4}[-\s]?\d{4}(?!\d)")
# Mobiles and 18-digit IDs glued to Latin letters (Tel13912341234, ID620702...): only digits bound them.
_GLUED = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|\d{17}[\dXx])(?![\dXx])")
_DATE8 = re.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
# Each pattern above needs a digit or an "@" to match: text without either skips them all.
_MAY_MATCH = re.compile(r"[\d@]")
_FULLWIDTH = re.compile("[０-９ｘＸ－＋]")  # a scan is much cheaper than `translate` of CJK text


@dataclass(frozen=True, slots=True)  # slots: there is one per never-public cell of the input
class Secret:
    """A never-public value and where it came from (for the leak gate's message)."""

    value: str
    kind: str
    file: str
    row: int
    column: str


@dataclass
class Deidentified:
    """Public-safe rows per kind, and the never-public values to scan for."""

    frames: dict[str, pd.DataFrame]
    secrets: list[Secret] = field(default_factory=list)
    ambiguous: int = 0  # never-public values left unchecked because a public name contains them


def mask_name(name: str) -> str:
    """Keep the first character of a person's name, one `*` for each further one."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


def _classify_run(run: str) -> bool:
    """Whether a digit run found in free text is personal data to be masked."""
    if all(_DATE8.fullmatch(part) for part in run.split("-")):  # 20260105 or 20260105-20270104
        return False
    digits = re.sub(r"[-\s+]", "", run)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    n = len(digits)
    if n in (15, 18):  # identity numbers (old 15-digit and 18-digit)
        return True
    if n == 11 and digits.startswith("1") and digits[1] in "3456789":  # mobile
        return True
    if 16 <= n <= 19 and digits.isdigit():  # bank cards (masked whether or not Luhn-valid)
        return True
    if digits.startswith("0") and 10 <= n <= 12:  # landline with area code
        return True
    return bool(re.search(r"\d[-\s]\d", run)) and 7 <= n <= 8 and not re.fullmatch(r"(19|20)\d{6}", digits)


def _glued_is_personal(digits: str) -> bool:
    if len(digits) == 11:
        return True
    from generator.validate import ric_birth_date

    return ric_birth_date(digits) is not None


def scrub_text(text: str, names: tuple[str, ...] = ()) -> str:
    """Replace identity numbers, phone numbers, e-mails, bank cards and given names in text."""
    if not text:
        return text
    out = text.translate(_FULLWIDTH_DIGITS) if _FULLWIDTH.search(text) else text
    if _MAY_MATCH.search(out):
        out = _EMAIL.sub(MASK, out)
        out = _BRACKET_LANDLINE.sub(MASK, out)
        out = _DIGIT_RUN.sub(lambda m: MASK if _classify_run(m.group(0)) else m.group(0), out)
        out = _GLUED.sub(lambda m: MASK if _glued_is_personal(m.group(0)) else m.group(0), out)
    return _mask_names(out, names) if names else out


def _mask_names(text: str, names: tuple[str, ...]) -> str:
    """The given names masked in text, longest first (the last step of `scrub_text`)."""
    if not any(len(n) >= 2 and n in text for n in names):  # masking inserts no name: nothing would change
        return text
    for name in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True):
        text = text.replace(name, mask_name(name))
    return text


def deidentify_records(validated: Validated, sources: Sources) -> Deidentified:
    """Apply privacy.md to the accepted rows of every kind; gather never-public values."""
    result = Deidentified(frames={}, secrets=_collect_secrets(sources))
    people = NameMasker(s.value for s in result.secrets if s.column in PERSON_NAME_COLUMNS)
    for name, valid in validated.kinds.items():
        result.frames[name] = _deidentify_kind(valid.kind, valid.accepted, people)
    result.secrets, result.ambiguous = _drop_ambiguous(result.secrets, _public_names(result.frames))
    return result


def _public_names(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Names that stay public: organisations' and businesses' names, organisations' representatives."""
    names: set[str] = set()
    for name, frame in frames.items():
        if frame.empty:
            continue
        if "行政相对人类别" in frame:
            not_person = frame["行政相对人类别"] != NATURAL_PERSON
            names.update(frame.loc[not_person, "行政相对人名称"].tolist())
            names.update(frame.loc[frame["行政相对人类别"] == ORGANISATION, "法定代表人"].tolist())
        elif name == "entities":
            names.update(frame["主体名称"].tolist())
            names.update(frame["法定代表人"].tolist())
    return sorted(n for n in names if n)


def _drop_ambiguous(secrets: list[Secret], public: list[str]) -> tuple[list[Secret], int]:
    """Secrets that also occur inside a public name cannot be told apart by the leak gate.

    A 个体工商户 named after its operator (甘州区马小龙牛肉面馆) or a natural person with the
    same name as a public legal representative would stop every build; such values are left to
    the scrubbing (which masks them in their own rows) and counted in the report instead.
    """
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for secret in secrets:
        if secret.value not in automaton:
            automaton.add_word(secret.value, secret.value)
    if not len(automaton):
        return secrets, 0
    automaton.make_automaton()
    inside: set[str] = set()
    for text in public:
        inside.update(value for _, value in automaton.iter(text))
    kept = [s for s in secrets if s.value not in inside]
    return kept, len(secrets) - len(kept)


def _collect_secrets(sources: Sources) -> list[Secret]:
    secrets: list[Secret] = []
    for name, loaded in sources.kinds.items():
        frame, kind = loaded.frame, loaded.kind
        if frame.empty:
            continue
        person = frame["行政相对人类别"].str.strip() == NATURAL_PERSON if kind.has_party else None
        business = frame["行政相对人类别"].str.strip() == INDIVIDUAL_BUSINESS if kind.has_party else None
        for f in kind.fields:
            # Identity-document types ("身份证") are words, not personal data in themselves.
            if f.name in ("证件类型", "法定代表人证件类型"):
                continue
            col = frame[f.name].astype(str).str.strip()
            if f.privacy == NEVER or f.privacy == CLERK:
                mask = col != ""
            elif f.privacy == PARTY_NAME and person is not None:
                mask = person & (col != "")
            elif f.privacy == OPERATOR and business is not None and person is not None:
                mask = (business | person) & (col != "")
            elif f.privacy == OPERATOR and name == "entities":
                mask = _not_organisation(frame) & (col != "")
            else:
                continue
            mask &= col.str.len() >= 2
            for value, file, row in zip(col[mask].tolist(), frame.loc[mask, FILE].tolist(),
                                        frame.loc[mask, ROW].tolist()):
                secrets.append(Secret(value, name, str(file), int(row), f.name))
    return secrets


def _not_organisation(entities: pd.DataFrame) -> pd.Series:
    """Registry rows of 个体工商户 (by type, or by the credit code's category 92) and natural persons.

    A 有限责任公司（自然人独资） is an organisation: its representative and address stay public.
    """
    kind = entities["主体类型"].str.strip()
    return kind.str.contains("个体", regex=False) | (kind == "自然人") | entities["统一社会信用代码"].str.startswith("92")


# Columns whose never-public values are people's names (natural persons, operators, clerks).
PERSON_NAME_COLUMNS = ("行政相对人名称", "法定代表人", "经办人")


class NameMasker:
    """Masks every person named anywhere in the input wherever free text mentions them.

    A natural person who is the party of one record may be a third person in another record's
    违法事实 (privacy.md: names of people other than the party are never public).
    """

    def __init__(self, names: Iterable[str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for name in {n.strip() for n in names if len(n.strip()) >= 2}:
            self.automaton.add_word(name, name)
        self.active = len(self.automaton) > 0
        if self.active:
            self.automaton.make_automaton()

    def mask(self, text: str) -> str:
        """The text with each mentioned person's name masked (longest match first)."""
        if not self.active or not text:
            return text
        hits = list(self.automaton.iter_long(text))
        if not hits:
            return text
        out, last = [], 0
        for end, name in hits:
            start = end - len(name) + 1
            out.append(text[last:start])
            out.append(mask_name(name))
            last = end + 1
        out.append(text[last:])
        return "".join(out)


def _scrub_column(values: pd.Series, names: list[tuple[str, ...]] | None = None,
                  people: NameMasker | None = None) -> list[str]:
    """Scrub a column; rows with people's names (natural persons, operators, clerks) also lose those.

    Texts repeat (authorities, legal bases, stock phrases): `scrub_text` and the people masking
    run once per distinct text; a row that names its own people gets a step of its own only
    when one of those names is in its text. Same result as `people.mask(scrub_text(v, names))`.
    """
    masking = people is not None and people.active
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    scrubbed = [scrub_text(v) for v in uniques.tolist()]
    masked = [people.mask(v) for v in scrubbed] if masking and people is not None else scrubbed
    out: list[str] = np.asarray(masked, dtype=object)[codes].tolist()
    if names is None:
        return out
    for i, (code, own) in enumerate(zip(codes.tolist(), names)):
        # `_mask_names` changes nothing when none of the row's names is in the scrubbed text.
        if own and any(len(n) >= 2 and n in scrubbed[code] for n in own):
            text = _mask_names(scrubbed[code], own)
            out[i] = people.mask(text) if masking and people is not None else text
    return out


def _deidentify_kind(kind: Kind, frame: pd.DataFrame, people: NameMasker | None = None) -> pd.DataFrame:
    out = frame.copy()
    if kind.has_party:
        out[BIRTH_DATE] = ""
    if out.empty:
        return out.drop(columns=[f.name for f in kind.fields if f.privacy == NEVER])
    if kind.has_party:
        category = out["行政相对人类别"]
        person = category == NATURAL_PERSON
        business = category == INDIVIDUAL_BUSINESS
        out.loc[person, BIRTH_DATE] = ric_birth_dates(out.loc[person, "证件号码"].tolist())
        party_names = out["行政相对人名称"].where(person, "").tolist()
        operators = out["法定代表人"].where(person | business, "").tolist()
        clerks = out["经办人"].tolist() if "经办人" in out else [""] * len(out)
        names = [tuple(n for n in row if n) for row in zip(party_names, operators, clerks)]
        for f in kind.fields:
            if f.type in (FREE_TEXT, TEXT) and f.privacy not in (NEVER, PARTY_NAME, OPERATOR, CLERK):
                out[f.name] = _scrub_column(out[f.name], names, people if f.type == FREE_TEXT else None)
        out.loc[person, "行政相对人名称"] = out.loc[person, "行政相对人名称"].map(mask_name)
        out.loc[business, "法定代表人"] = out.loc[business, "法定代表人"].map(mask_name)
        out.loc[person, "法定代表人"] = ""
        if "经办人" in out:
            out["经办人"] = out["经办人"].map(mask_name)
    elif kind.name == "entities":
        not_org = _not_organisation(out)
        operators = out["法定代表人"].where(not_org, "").tolist()
        out.loc[not_org, "法定代表人"] = out.loc[not_org, "法定代表人"].map(mask_name)
        for f in kind.fields:
            if f.privacy == ORG_ONLY:
                out.loc[not_org, f.name] = ""
            if f.type in (FREE_TEXT, TEXT) and f.privacy == "public":
                out[f.name] = _scrub_column(out[f.name], [(o,) if o else () for o in operators],
                                            people if f.type == FREE_TEXT else None)
    else:
        for f in kind.fields:
            if f.type == FREE_TEXT:
                out[f.name] = _scrub_column(out[f.name], people=people)
    return out.drop(columns=[f.name for f in kind.fields if f.privacy == NEVER])
