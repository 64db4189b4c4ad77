"""Publishing safely: which folders a build may write, one build at a time, and the atomic flip.

Layout. `--out` (say `site`) is a symbolic link to one version folder beside it,
`.site.builds/<build id>.<n>/`. A build writes a new version folder there (never the live one),
the leak gate checks it, and the link is replaced by a new one with one `os.replace`: whatever
moment the process dies, `site` shows the old version or the new one, whole. Older version
folders, and whatever a killed build left, are removed by the next build.

Marker. `.site.builds/creditsite-site.json` says the folder beside it is a site this program
published (and whether it is a `serve` preview). It lives outside the site, so nothing a crawler
or an upload of `site/` can reach. A real directory at `--out` is written over only when it is
empty or a site of the previous version (known by its `data/datapackage.json`); it is then
migrated once by exchanging it with the link (`renameat2(RENAME_EXCHANGE)`, atomic on Linux).

Entry points: `site_paths`, `check_folders`, `site_lock`, `clean_leftovers`, `new_version`,
`flip`, `kill_point`.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from filelock import FileLock, Timeout

from generator import tuning
from generator.problems import BuildAborted
from generator.schema import DATA_FOLDERS

MARKER = "creditsite-site.json"
LEGACY_PACKAGE = "creditsite-public-credit-information"  # data/datapackage.json of every version's site
KILL_AT = "CREDITSITE_KILL_AT"  # test hook: the build kills itself (SIGKILL) at the named stage
SITE, PREVIEW = "site", "preview"


class FolderRefused(BuildAborted):
    """A folder the build must not write (or a date it must not publish): wrong usage, exit 2."""


@dataclass(frozen=True)
class SitePaths:
    """Where one site lives: the `--out` link, its version folders and its lock."""

    out: Path  # absolute; its parent resolved, the link itself not followed
    builds: Path  # .<name>.builds beside it
    lock: Path

    @property
    def marker(self) -> Path:
        return self.builds / MARKER

    def live_version(self) -> Path | None:
        """The version folder `out` shows now, if it is one of ours."""
        if not self.out.is_symlink():
            return None
        target = Path(os.path.normpath(self.out.parent / os.readlink(self.out)))
        return target if target.parent == self.builds and target.is_dir() else None


def absolute(folder: Path) -> Path:
    """An absolute path with symbolic links resolved in its parents, not in its last part."""
    path = Path(os.path.abspath(folder))
    return path if path.parent == path else path.parent.resolve() / path.name


def site_paths(out_dir: Path) -> SitePaths:
    """The paths of the site published at `out_dir`."""
    out = absolute(out_dir)
    return SitePaths(out, out.parent / f".{out.name}.builds", out.parent / f".{out.name}.lock")


def _marker(paths: SitePaths) -> dict[str, object] | None:
    """The marker's fields; None when there is none or it cannot be read."""
    try:
        marker = json.loads(paths.marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


def marker_kind(paths: SitePaths) -> str | None:
    """`site` or `preview` for a folder this program published with a marker, else None."""
    marker = _marker(paths)
    return str(marker.get("kind", SITE)) if marker is not None else None


def _is_legacy_site(out: Path) -> bool:
    """A real directory holding a site of the version before the marker (its package names it)."""
    try:
        package = json.loads((out / "data" / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(package, dict) and package.get("name") == LEGACY_PACKAGE and (out / "index.html").is_file()


def _inside(folder: Path, other: Path) -> bool:
    return folder == other or folder in other.parents


# Another folder of the build a staff folder must keep out of: its label, its path, and the names of
# its subfolders that are read (a staff folder may lie in any other subfolder); None: all of it.
Other = tuple[str, Path, frozenset[str] | None]


def check_own_folder(folder: Path, option: str, what: str, marks: frozenset[str],
                     only: frozenset[str] | None = None, others: tuple[Other, ...] = ()) -> None:
    """Refuse, before anything is written, a staff folder (`--state`, `--report`) typed wrong.

    Refused: `/` and the home directory; a folder that is or holds one of `others`, or lies in a
    part of it that is read (the data folder's kind folders: a report written there is read back as
    data; `--data .` with the default build/report beside the kind folders is fine); and an existing
    folder with entries that is not one of ours: it holds none of `marks`, or (`only`) an entry not
    among the names we write. We would write over files of the same names (index.html,
    summary.json, site.json) that are someone else's.
    """
    named = f"{option} {folder}"
    resolved = {absolute(folder), absolute(folder).resolve()}
    if any(p.parent == p for p in resolved) or Path.home().resolve() in resolved:
        raise FolderRefused(f"{named} 是根目录或用户主目录，不能存放{what}：请指定一个专用目录（或不写 {option}，用默认目录）。")
    for label, other, read in others:
        inner = {absolute(other), absolute(other).resolve()}
        if any(_inside(a, b) or (a.is_relative_to(b) and (read is None or a.relative_to(b).parts[0] in read))
               for a in resolved for b in inner):
            raise FolderRefused(f"{named} 与{label} {other} 重叠，{what}不能放在{label}里，也不能包含它：请指定一个专用目录"
                                f"（或不写 {option}，用默认目录）。")
    try:
        names = {entry.name for entry in os.scandir(folder)}
    except FileNotFoundError:
        return
    except NotADirectoryError:
        raise FolderRefused(f"{named} 是一个文件，不是目录：请指定一个专用目录。") from None
    foreign = sorted(names - only) if only is not None else []
    if names and (foreign or not names & marks):
        example = f"（例如 {foreign[0]}）" if foreign else ""
        raise FolderRefused(f"{named} 已有其他文件{example}，不是本程序的{what}，写入会覆盖同名文件：请指定一个空目录或"
                            f"本程序用过的{what}（文件未改动）。")


def check_typed_path(folder: Path, option: str) -> None:
    """Refuse a new folder whose name shows it was typed for another shell or system (h22s's risks): a
    leading `~` no shell expanded (a systemd `ExecStart`, a quoted '~/site'), a name starting or ending
    with a space, or a `\\` (a Windows path such as C:\\www\\site). Each would start a second site (or
    report, or state) under that literal name while the real one is not rebuilt. A folder that exists
    already is left to the other checks."""
    text = str(folder)
    named = f"{option} '{text}'"
    new: list[str] = []  # the names the build would create
    path = absolute(folder)
    while not os.path.lexists(path) and path.parent != path:
        new.append(path.name)
        path = path.parent
    if not new:
        return
    if any(part.startswith("~") for part in new):
        raise FolderRefused(f"{named} 以 ~ 开头，但没有被展开为用户主目录（systemd 的 ExecStart 和加引号的参数都不展开 ~）："
                            "请写完整路径，例如 /home/用户名/site（文件未改动）。")
    if any("\\" in part for part in new):
        raise FolderRefused(f"{named} 含反斜杠 \\，像是 Windows 路径：本机的目录用 / 分隔，请写本机的完整路径（文件未改动）。")
    if any(part != part.strip() for part in new):
        raise FolderRefused(f"{named} 的目录名开头或结尾有空格，像是多打的：请去掉空格后重新运行（文件未改动）。")


def _refuse_read_back(out: Path, resolved: set[Path], data_dir: Path, report_dir: Path) -> None:
    """Refuse an `--out` that the first build would write but every later one refuses (h22s cases
    out-inside-data-folder-accepted-then-stuck, out-inside-report-folder-accepted-then-stuck):

    - inside the report folder: the next build finds `.site.builds` and the site among the report's
      files and refuses the report folder (report.check_report_folder), every day;
    - a folder at the top of the data folder (`data/site`, also `--data .` with the default `--out
      site`) or inside one of its kind folders: the next build reads the site's pages back as exports
      (load.py: folder-not-read) and stops, every day. A site deeper in a folder of its own
      (`--data . --out build/site`) or in a hidden one is not read (the loader does not follow the
      `site` link nor enter hidden folders) and is accepted."""
    named = f"--out {out}"
    for report in {absolute(report_dir), absolute(report_dir).resolve()}:
        if any(o != report and report in o.parents for o in resolved):
            raise FolderRefused(f"{named} 在报告目录 {report_dir} 里：下次构建会因报告目录里有站点文件而拒绝运行，"
                                "请把站点和报告分别放在两个目录（例如 --out site --report build/report，文件未改动）。")
    for data in {absolute(data_dir), absolute(data_dir).resolve()}:
        for o in resolved:
            if o == data or data not in o.parents:
                continue
            parts = o.relative_to(data).parts
            if parts[0].startswith(".") or (len(parts) > 1 and parts[0] not in DATA_FOLDERS):
                continue
            raise FolderRefused(f"{named} 在数据目录 {data_dir} 里：下次构建会把站点的网页当作数据读取而停止发布，"
                                f"请把站点放在数据目录之外（例如 --out {data.parent / 'site'}，文件未改动）。")


def check_folders(paths: SitePaths, data_dir: Path, state_dir: Path, report_dir: Path, preview: bool = False) -> None:
    """Refuse, before anything is written, an `--out` whose contents are not ours to replace.

    Always refused: `/`, the home directory, the data folder and any folder holding the data,
    state or report folder. Otherwise `--out` must be missing, an empty folder, a site this
    program published (its marker), or a site of the previous version. `serve` previews never
    write into a real site.
    """
    out = paths.out
    named = f"--out {out}"
    resolved = {out, out.resolve()}
    for typed, option in ((out, "--out"), (report_dir, "--report"), (state_dir, "--state")):
        check_typed_path(typed, option)
    if any(p.parent == p for p in resolved):
        raise FolderRefused(f"{named} 是根目录，不能作为站点目录：请指定一个专用的空目录，例如 site。")
    home = Path.home().resolve()
    if home in resolved:
        raise FolderRefused(f"{named} 是用户主目录，构建会替换其中全部文件：请指定一个专用的空目录，例如 {home / 'site'}。")
    for label, folder in (("数据目录", data_dir), ("状态目录", state_dir), ("报告目录", report_dir)):
        inner = {absolute(folder), absolute(folder).resolve()}
        if any(_inside(o, f) for o in resolved for f in inner):
            what = "就是" if resolved & inner else "包含"
            raise FolderRefused(f"{named} {what}{label} {folder}，构建会替换站点目录中的全部文件：请指定一个专用的空目录作为 --out。")
    _refuse_read_back(out, resolved, data_dir, report_dir)
    kind = marker_kind(paths)
    versions = out.parent
    if versions.name.startswith(".") and versions.name.endswith(".builds") and (versions / MARKER).is_file():
        # One of a site's version folders typed as --out (readlink -f site): writing there would fork the live
        # version into a second site inside the first, never cleaned (an outsider's case, h19s U2).
        site = versions.parent / versions.name[1:-len(".builds")]
        raise FolderRefused(f"{named} 是站点 {site} 的一个版本目录，不能作为站点目录：请用 --out {site}（文件未改动）。")
    if out.is_symlink():
        # Ours: the link this program writes (relative, into the versions folder beside it), even
        # when its version folder or the marker were removed by hand.
        ours = Path(os.path.normpath(out.parent / os.readlink(out))).parent == paths.builds
        if not ours:
            raise FolderRefused(f"{named} 是指向 {os.readlink(out)} 的符号链接，但不是本程序发布的站点：为免覆盖他人文件，"
                                "请改用一个空目录或本程序发布过的站点目录。")
        kind = kind or SITE
    elif out.exists():
        if not out.is_dir():
            raise FolderRefused(f"{named} 是一个文件，不是目录：请指定一个空目录或本程序发布过的站点目录。")
        if next(out.iterdir(), None) is not None and not _is_legacy_site(out):
            raise FolderRefused(f"{named} 不是空目录，也不是本程序发布的站点，构建会替换其中全部文件：请指定一个空目录或"
                                "本程序发布过的站点目录（文件未改动）。")
        kind = kind or (SITE if _is_legacy_site(out) else None)
    if preview and kind == SITE:
        raise FolderRefused(f"{named} 是正式站点，预览（serve）不会写入正式站点：请换一个 --out（默认 build/preview）。")


@contextlib.contextmanager
def site_lock(paths: SitePaths, state_dir: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the site's lock and the state's lock for the whole build (a killed build frees them).

    A second build (or `serve`) for the same site or state waits `wait` seconds, then stops
    with one sentence.

    A build stopped before it published anything (a refusal, exit 2: the state is another site's, the
    date) leaves no lock file beside an `--out` that does not exist, nor a state folder it made that holds
    only its lock (h22s case refused-build-leaves-lock-file: "nothing touched").
    """
    wait = tuning.current().lock_wait_seconds if wait is None else wait
    new_state = not state_dir.exists()
    new_lock = not os.path.lexists(paths.lock)
    try:
        with _site_lock(paths, state_dir, wait):
            yield
    except BaseException:
        if new_lock and not os.path.lexists(paths.out):
            Path(paths.lock).unlink(missing_ok=True)
        if new_state and state_dir.is_dir() and {e.name for e in os.scandir(state_dir)} <= {".lock"}:
            shutil.rmtree(state_dir, ignore_errors=True)
        raise


@contextlib.contextmanager
def _site_lock(paths: SitePaths, state_dir: Path, wait: float) -> Iterator[None]:
    state_dir.mkdir(parents=True, exist_ok=True)
    locks = [(FileLock(str(paths.lock), timeout=wait), f"站点 {paths.out}"),
             (FileLock(str(state_dir / ".lock"), timeout=wait), f"状态目录 {state_dir}")]
    held: list[FileLock] = []
    try:
        for lock, what in locks:
            try:
                lock.acquire()
            except Timeout:
                raise BuildAborted(f"另一个构建（或预览）正在使用{what}，等待 {wait:g} 秒后仍未结束：请等它完成后再构建。"
                                   ) from None
            held.append(lock)
        yield
    finally:
        for lock in reversed(held):
            lock.release()


def kill_point(stage: str) -> None:
    """Test hook: with CREDITSITE_KILL_AT=<stage>, the process kills itself here (as `kill -9`)."""
    if os.environ.get(KILL_AT, "").split(":")[0] == stage:
        os.kill(os.getpid(), signal.SIGKILL)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


# An old version with `background_delete_from` (tuning.py) entries in entity/ or more is deleted in the background.


# Names only this program gives, beside the site and in its versions folder: a version
# `<as-of YYYYMMDD>-<8 hex>.<n>` (state.state_build_id + new_version), a folder being deleted in the
# background `discarded-<pid>-<n>-…`, the migrated old layout `previous-layout`, a marker being
# written `.creditsite-site.json.<pid>`, and the half-made link `.<site>.link-<pid>` (a link into the
# versions folder). Anything else there — a backup named `.site.old-2025`, notes, a folder of the
# user's inside `.site.builds/` — is not ours and is never deleted (issue 24, adversarial pass C1).
_OUR_VERSION = re.compile(r"\d{8}-[0-9a-f]{8}\.\d{1,3}")
_OUR_DISCARDED = re.compile(r"discarded-\d+-\d+-.+")
_OUR_SPARE_MARKER = re.compile(re.escape(f".{MARKER}.") + r"\d+")


def _ours_in_builds(entry: Path) -> bool:
    name = entry.name
    if _OUR_VERSION.fullmatch(name) or name == "previous-layout" or _OUR_DISCARDED.fullmatch(name):
        return entry.is_dir() and not entry.is_symlink()
    return bool(_OUR_SPARE_MARKER.fullmatch(name)) and entry.is_file() and not entry.is_symlink()


def _our_link(entry: Path, paths: SitePaths) -> bool:
    """A `.<site>.link-<pid>` left by a killed flip: a link into this site's versions folder."""
    if not re.fullmatch(re.escape(f".{paths.out.name}.link-") + r"\d+", entry.name):
        return False
    if entry.is_symlink():
        return os.readlink(entry).split(os.sep, 1)[0] == paths.builds.name
    # After the exchange with a real folder at --out (an empty one, or the previous version's site),
    # the link's name holds that folder until flip moves it into the versions folder.
    return entry.is_dir() and (not any(entry.iterdir()) or _is_legacy_site(entry))


def clean_leftovers(paths: SitePaths) -> list[Path]:
    """Remove what killed or finished builds of this program left beside the site: every version
    folder but the live one, half-made links, spare markers and folders being discarded.

    Only names this program gives are removed (see `_OUR_VERSION` …); any other entry beside the
    site or inside its versions folder is the user's and stays. Deleting a large site costs one
    unlink per file (about 30 s at 10^4 entities on a busy disk): a folder with many entity pages
    is renamed to a unique `discarded-` name in the versions folder (one rename, a name no new
    version takes) and deleted by a detached process, so that the build goes on at once; small
    ones are deleted here. Called with the lock held, so nothing removed belongs to a running build.
    """
    live = paths.live_version()
    found = [entry for entry in (paths.builds.iterdir() if paths.builds.is_dir() else [])
             if entry.name != MARKER and entry != live and _ours_in_builds(entry)]
    found += [entry for entry in paths.out.parent.glob(f".{paths.out.name}.link-*") if _our_link(entry, paths)]
    large: list[str] = []
    for entry in found:
        if entry.name.startswith("discarded-"):  # its deletion may still run: once more is harmless
            large.append(str(entry))
            continue
        try:
            entities = len(os.listdir(entry / "entity")) if entry.is_dir() and not entry.is_symlink() else 0
        except OSError:
            entities = 0
        if entities < tuning.current().background_delete_from:
            _remove(entry)
            continue
        paths.builds.mkdir(exist_ok=True)
        discarded = paths.builds / f"discarded-{os.getpid()}-{len(large)}-{entry.name.lstrip('.')}"
        try:
            entry.rename(discarded)
        except OSError:  # not movable (another file system): delete it now
            _remove(entry)
            continue
        large.append(str(discarded))
    if large:
        subprocess.Popen([sys.executable, "-c", "import shutil, sys\nfor p in sys.argv[1:]: shutil.rmtree(p, True)",
                          *large], start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, close_fds=True)
    return found


def new_version(paths: SitePaths, build_id: str) -> Path:
    """An empty version folder for this build, beside (never inside) the live one."""
    paths.builds.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        folder = paths.builds / f"{build_id}.{n}"
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue
    raise BuildAborted(f"{paths.builds} 中的版本目录过多，请删除其中旧的目录后重新构建。")


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs(folder: Path) -> None:
    """Flush the file system holding `folder` (the new version's files reach the disk before the flip)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            libc.syncfs(fd)
        finally:
            os.close(fd)
    except (OSError, AttributeError):
        os.sync()


RENAME_EXCHANGE = 2
AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def marker_state(paths: SitePaths) -> Path | None:
    """The state folder (absolute) that holds the history of the site published at `paths`, as
    its marker records it (None for a preview, or a site published before the marker named it)."""
    marker = _marker(paths) or {}
    state = marker.get("state")
    return Path(state) if isinstance(state, str) and state and marker.get("kind", SITE) == SITE else None


def write_marker(paths: SitePaths, preview: bool, state: Path | None = None) -> None:
    """Mark the folder beside the site as published by this program (atomically), naming the state
    folder that records its history (`marker_state`): a build given another state is refused."""
    paths.builds.mkdir(parents=True, exist_ok=True)
    kind = PREVIEW if preview else SITE
    named = str(Path(os.path.abspath(state))) if state is not None and not preview else None
    found = _marker(paths)
    old = found or {}
    same_kind = found is not None and old.get("kind", SITE) == kind
    if same_kind and old.get("state") == named:
        return
    since = old.get("since") if same_kind and isinstance(old.get("since"), str) else None
    fields: dict[str, object] = {"program": "creditsite", "kind": kind, "out": str(paths.out),
                                 "since": since or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    if named is not None:
        fields["state"] = named
    text = json.dumps(fields, ensure_ascii=False)
    spare = paths.marker.with_name(f".{MARKER}.{os.getpid()}")
    spare.write_text(text, encoding="utf-8")
    os.replace(spare, paths.marker)


def flip(paths: SitePaths, version: Path, preview: bool = False, state: Path | None = None) -> None:
    """Make `--out` show `version` in one atomic step, then remove the versions it replaced.

    A real directory at `--out` (an empty one, or a site of the previous version) is exchanged
    with the new link in one step where the system allows it; elsewhere it is moved into the
    versions folder first, the only moment (one rename) at which `--out` is missing.
    """
    if paths.out.is_dir() and not paths.out.is_symlink():
        foreign = foreign_files(paths.out, version)
        if foreign:
            # A site of the previous layout, or a copy of a site (cp -rL), with files added by hand: the migration
            # below would remove them with the old version (an outsider's case, h19s U1). Nothing is touched.
            named = "、".join(foreign[:3]) + ("等" if len(foreign) > 3 else "")
            raise FolderRefused(f"站点目录 {paths.out} 中有 {len(foreign)} 个文件不是本程序发布的（{named}），发布新版本会删除"
                                "它们。请先把它们移出站点目录（站点目录中的一切都会被替换），再重新构建（文件未改动）。")
    write_marker(paths, preview, state)
    _syncfs(version)
    kill_point("before-flip")
    link = paths.out.parent / f".{paths.out.name}.link-{os.getpid()}"
    _remove(link)
    os.symlink(os.path.join(paths.builds.name, version.name), link)
    if paths.out.is_dir() and not paths.out.is_symlink():  # the previous version's layout: migrate once
        if _exchange(link, paths.out):
            _remove(paths.builds / "previous-layout")
            link.rename(paths.builds / "previous-layout")  # under a name of ours, removed below
        else:
            paths.out.rename(paths.builds / "previous-layout")
            os.replace(link, paths.out)
    else:
        os.replace(link, paths.out)
    _fsync_dir(paths.out.parent)
    kill_point("after-flip")
    clean_leftovers(paths)  # the version it replaced


def foreign_files(folder: Path, version: Path) -> list[str]:
    """The files of a real site folder (the previous layout, or a copy of a site) this program would not have
    written: a file at the top that the new `version` does not have (baidu_verify_abc.html), or in a folder it
    does not have (uploads/), or of a type the new version has nowhere in that folder (entity/…/decision.pdf).
    An old page of a record no longer published (entity/<old id>/index.html) is ours: its folder and type are."""
    shapes: set[tuple[str, str]] = set()
    tops: set[str] = set()
    for root, _dirs, files in os.walk(version):
        rel = Path(root).relative_to(version)
        top = rel.parts[0] if rel.parts else ""
        for name in files:
            if not rel.parts:
                tops.add(name)
            shapes.add((top, Path(name).suffix.lower()))
    foreign = []
    for root, _dirs, files in os.walk(folder):
        rel = Path(root).relative_to(folder)
        top = rel.parts[0] if rel.parts else ""
        for name in files:
            mine = name in tops if not rel.parts else (top, Path(name).suffix.lower()) in shapes
            if not mine:
                foreign.append((rel / name).as_posix())
    return sorted(foreign)


# --- what the live site holds since it was published --------------------------------------------

@dataclass(frozen=True)
class SiteStamp:
    """Every file of a published version, as the file system saw it when the build swapped it in:
    a 64-bit hash of each file's site path (sorted) and, in the same order, a 64-bit hash of its
    size and modification time. The next build compares the live folder with it: a page
    edited by hand, a file added or removed after publishing must not be vouched for as the bytes
    the gate passed (a kept page is linked into the new version unread)."""

    paths: np.ndarray  # uint64, sorted
    stats: np.ndarray  # uint64, the same order

    def to_bytes(self) -> bytes:
        return self.paths.astype("<u8").tobytes() + self.stats.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> SiteStamp:
        both = np.frombuffer(data, dtype="<u8")
        half = len(both) // 2
        return cls(both[:half].astype(np.uint64), both[half:].astype(np.uint64))


@dataclass(frozen=True)
class SiteEdits:
    """How the live folder differs from its stamp: site paths of files edited or added by hand
    (found in the folder) and the number of files removed (known by their hashes only)."""

    edited: list[str]
    added: list[str]
    removed: int

    def __bool__(self) -> bool:
        return bool(self.edited or self.added or self.removed)


def _site_files(folder: Path) -> tuple[list[str], np.ndarray]:
    """Every entry of a version folder that is not a directory (files, links): its site path and,
    per row, its lstat size, modification time (ns) and file type."""
    names: list[str] = []
    stats: list[tuple[int, int, int]] = []
    stack = [("", str(folder))]
    while stack:
        prefix, directory = stack.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((prefix + entry.name + "/", entry.path))
                else:
                    st = entry.stat(follow_symlinks=False)
                    names.append(prefix + entry.name)
                    stats.append((st.st_size, st.st_mtime_ns, stat.S_IFMT(st.st_mode)))
    return names, np.array(stats, dtype=np.uint64).reshape(-1, 3)


def _hashes(names: list[str], stats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the site paths and of their stats (SipHash with pandas' fixed key: the same
    in every run). Not ctime (linking a kept page into the next version, or deleting an old
    version, changes it), nor the inode: a site copied with `cp -a` or `rsync -a` keeps sizes and
    times, and is still the site that was published."""
    paths = pd.util.hash_array(np.array(names, dtype=object), categorize=False)
    frame = pd.DataFrame(stats, columns=["size", "mtime", "type"])
    return paths, pd.util.hash_pandas_object(frame, index=False).to_numpy(dtype=np.uint64)


def site_stamp(folder: Path) -> SiteStamp:
    """The stamp of a version folder (one `scandir` walk: no file is read)."""
    paths, stats = _hashes(*_site_files(folder))
    order = np.argsort(paths, kind="stable")
    return SiteStamp(paths[order], stats[order])


def site_edits(folder: Path, stamp: SiteStamp) -> SiteEdits:
    """What was edited, added or removed in `folder` since `stamp` was taken."""
    names, raw = _site_files(folder)
    paths, stats = _hashes(names, raw)
    at = np.minimum(np.searchsorted(stamp.paths, paths), max(len(stamp.paths) - 1, 0))
    known = (stamp.paths[at] == paths) if len(stamp.paths) else np.zeros(len(paths), dtype=bool)
    edited = known & (stamp.stats[at] != stats) if len(stamp.paths) else known
    return SiteEdits(sorted(names[i] for i in np.flatnonzero(edited)), sorted(names[i] for i in np.flatnonzero(~known)),
                     len(stamp.paths) - int(known.sum()))
