"""Temporary folders of a build or preview in $TMPDIR, and the removal of those an interrupted one left.

A build or `serve` killed (SIGKILL, a power cut) cannot remove its temporary folders: mkdocs' pages
(`creditsite-mkdocs-*`, megabytes each) and a preview's throw-away state (`creditsite-preview-state-*`,
which holds the data rows as read and the record-key secret). Each such folder made by `make_temp_folder`
holds an owner file naming the process that made it (its pid and the time the system started it, so a
reused pid is not taken for it); `remove_leftovers`, run by every build and preview, removes the folders
whose owner is gone. A folder without an owner file (made by an older version, or someone else's) is
never touched: only folders the program can prove are its own and not in use are removed.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "creditsite-"
OWNER_FILE = ".creditsite-owner.json"


def _started(pid: int) -> str | None:
    """When the system started process `pid` (clock ticks since boot, /proc/<pid>/stat field 22), or None
    when there is no such process. "" where /proc is not available (the pid alone then)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return ""
        return ""
    fields = text[text.rindex(")") + 2:].split()  # the command name may hold spaces and brackets
    return fields[19] if len(fields) > 19 else ""


def make_temp_folder(prefix: str) -> Path:
    """A new folder in $TMPDIR named `prefix`…, marked as this process's (see the module's docstring)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    owner = {"pid": os.getpid(), "started": _started(os.getpid()) or ""}
    (folder / OWNER_FILE).write_text(json.dumps(owner), encoding="utf-8")
    return folder


def _owner_gone(folder: Path) -> bool:
    try:
        owner = json.loads((folder / OWNER_FILE).read_text(encoding="utf-8"))
        pid, started = int(owner["pid"]), str(owner["started"])
    except (OSError, ValueError, KeyError, TypeError):
        return False  # not provably ours (no owner file, or being written): left alone
    if pid == os.getpid():
        return False
    now = _started(pid)
    return now is None or bool(started and now and now != started)


def remove_leftovers(tmp: Path | None = None) -> list[str]:
    """Remove the temporary folders (`make_temp_folder`) whose process is gone; their names."""
    tmp = Path(tmp or tempfile.gettempdir())
    removed = []
    try:
        entries = [e for e in os.scandir(tmp) if e.name.startswith(PREFIX) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    for entry in entries:
        folder = Path(entry.path)
        try:
            if entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
        except OSError:
            continue
        if _owner_gone(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(entry.name)
    return removed
