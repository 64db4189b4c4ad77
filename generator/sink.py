"""One sink for the files of a new site version: write, hash, record, scan, keep or replace.

Every output of a build is a file under the version folder (`OutputSink.root`). The sink

- writes the outputs made in the build's process (`write`): it hashes their bytes, records them
  in the manifest and, once the leak gate's scan is known (`scan_with`), scans them as written,
  so that the gate need not read them back (but see below). The pages, the search index
  (`index.write_index`), the check index (`check.write_check_index`), the feeds
  (`feeds.write_feeds`), the statistics charts, the sitemap and scripts and
  `data/datapackage.json` all come through here, the stages that write many files through
  `writer_into`;
- records the outputs written by worker processes, which hash (and scan) them where they are
  made (`record`: the datasets, the list pages);
- gives the manifest of every file outside entity/ (`manifest`), reading back only what no
  writer hashed: mkdocs' own pages and theme files, which mkdocs writes (or the shell cache
  copies) into the version folder, and the few of those pages whose settings blocks the render
  stage fills in (`render.fill_setting_blocks`);
- decides which files are the same bytes as the live site's, as the last build's gate passed
  them (`unchanged`), and gives those the live file (`keep_live`), so that upload tools that
  compare dates send only what changed.

What the gate still reads back to scan (`scanned` does not hold it), every byte once: those
mkdocs pages; the neutral pages of entities that left the site; and, written and hashed as
they are made but scanned by the gate's worker processes in parallel, the datasets (in pieces
where large) and the search and check indexes (`write(..., scan=False)`): the detector reads
their text at about 1.5 MB/s a core, and at 10^6 entities the search index alone is 226 MB,
minutes for the build's one process. Every other output (the pages this process writes, feeds,
charts, sitemap, scripts, datapackage.json) is scanned once, as it is written.

Entity pages and their JSON are not in the manifest: a million of them are tracked by their
content keys (`render.Rendered.keys`) instead, and carried over by `link_kept_entities`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.scan import Leak, ScanSetup, WrittenScanner


class OutputSink:
    """The manifest, scan and kept-or-changed decision of one new site version."""

    def __init__(self, root: Path, scan_to_come: bool = False) -> None:
        """A sink for the version folder `root`.

        `scan_to_come`: the outputs written before `scan_with` sets the scan (the build's export
        and charts: the scan needs the page shells the render stage makes) are kept in memory
        until then and scanned when it is set. They are few and small; if no scan is ever set,
        they stay unscanned here and the gate reads them back.
        """
        self.root = root
        self.digests: dict[str, str] = {}  # site path -> SHA-256, for outputs hashed as they were written
        self.scanned: set[str] = set()  # site paths whose bytes were scanned as they were written
        self.leaks: list[Leak] = []  # what the scan found in the outputs this sink wrote
        self._scanner: WrittenScanner | None = None
        self._waiting: list[tuple[str, bytes, list[str] | None]] | None = [] if scan_to_come else None
        self._live: tuple[dict[str, str], Path] | None = None  # (the last gate's manifest, the live version)
        self.linked: set[str] = set()  # site paths given the live file as they were written (`link_unchanged`)

    def link_unchanged(self, passed: dict[str, str], live: Path) -> None:
        """From now on, an output written with `scan=False` (the many files of the search and check
        indexes, written whole and never touched again) that has the bytes the last gate passed
        (`passed`: its manifest) while the live version folder `live` still holds them is not
        written: the new version gets the live file (a hard link), as `keep_live` would give it
        after the gate. An update rewrote every one of them and replaced most by the live file
        again: two file-system calls and a second read of the live copy for each file that did
        not change (3,983 of them at 3x10^4 entities)."""
        self._live = (passed, live)

    def scan_with(self, setup: ScanSetup | None) -> None:
        """Scan each output written from now on with the leak gate's setup (None: do not scan),
        and those kept waiting for it (`scan_to_come`)."""
        self._scanner = WrittenScanner(setup) if setup is not None else None
        waiting, self._waiting = self._waiting or [], None
        for rel, raw, pieces in waiting:
            if self._scanner is not None and rel in self.digests:  # not written over or forgotten since
                self._scan(rel, raw, pieces)

    def write(self, rel: str, data: bytes | str, pieces: list[str] | None = None, scan: bool = True) -> None:
        """Write the output at site path rel (text as UTF-8), hash it, and scan it if a scan is set
        (or keep its bytes until it is, with `scan_to_come`).

        `pieces`, for an HTML page made of a shell, are its shell parts and values in order, so
        that the scan cuts the shell without searching the page for it (`WrittenScanner.page_leaks`).
        `scan=False` leaves the scan to the gate, which reads the file back in its worker processes
        (the many files of the search and check indexes: see the module docstring).
        """
        raw = data.encode("utf-8") if isinstance(data, str) else data
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(raw).hexdigest()
        self.scanned.discard(rel)  # a file written again is scanned again
        if rel in self.linked:  # never write through a link to a live file
            self.linked.discard(rel)
            target.unlink(missing_ok=True)
        if not scan and self._live is not None and self._live[0].get(rel) == digest \
                and _link_same(self._live[1] / rel, target, digest):
            self.linked.add(rel)
        else:
            target.write_bytes(raw)
        self.record(rel, digest)
        if not scan:
            return
        if self._scanner is not None:
            self._scan(rel, raw, pieces)
        elif self._waiting is not None:
            self._waiting = [w for w in self._waiting if w[0] != rel]
            self._waiting.append((rel, raw, pieces))

    def _scan(self, rel: str, raw: bytes, pieces: list[str] | None) -> None:
        assert self._scanner is not None
        self.leaks.extend(self._scanner.page_leaks(rel, pieces) if pieces is not None
                          else self._scanner.leaks(rel, raw))
        self.scanned.add(rel)

    def record(self, rel: str, digest: str, scanned: bool = False) -> None:
        """An output written (and hashed, perhaps scanned) elsewhere: a worker process, a stage's writer."""
        if not rel.startswith("entity/"):
            self.digests[rel] = digest
        if scanned:
            self.scanned.add(rel)

    def forget(self, rel: str) -> None:
        """An output removed again (mkdocs' empty sitemap): it is not part of the site."""
        (self.root / rel).unlink(missing_ok=True)
        self.digests.pop(rel, None)
        self.scanned.discard(rel)

    def manifest(self) -> dict[str, str]:
        """SHA-256 of every file outside entity/, in listing order: recorded, or read back from disk."""
        manifest: dict[str, str] = {}
        for path in files_outside(self.root, "entity"):
            rel = path.relative_to(self.root).as_posix()
            manifest[rel] = self.digests.get(rel) or sha256_of(path)
        return manifest

    def unchanged(self, manifest: dict[str, str], passed: dict[str, str], live: Path) -> set[str]:
        """Files with the bytes the last gate passed (`passed`: its manifest) that the live site still holds.

        The live copy is kept only if it still holds those bytes: a file edited by hand in the
        live folder since is replaced by the new, scanned one.
        """
        return {rel for rel, digest in manifest.items()
                if passed.get(rel) == digest and (rel in self.linked and self.digests.get(rel) == digest
                                                  or (live / rel).is_file() and sha256_of(live / rel) == digest)}

    def keep_live(self, live: Path, unchanged: Iterable[str]) -> None:
        """Replace each unchanged output by the live file (a hard link): its bytes, and its date."""
        for rel in sorted(unchanged):
            _link_over(live / rel, self.root / rel)


def writer_into(folder: Path, sink: OutputSink | None, scan: bool = True) -> Callable[[str, bytes], None]:
    """How a stage that writes many files writes one, at a path relative to `folder`.

    With the build's sink (`folder` inside its root), each file goes through `OutputSink.write`:
    hashed, recorded and, once the scan is set, scanned as written (`scan=False`: by the gate's
    workers). Without one (the stage called on its own: `creditsite check --data`, a test), the
    file is simply written.
    """
    if sink is not None:
        prefix = folder.relative_to(sink.root).as_posix()
        return lambda rel, data: sink.write(f"{prefix}/{rel}", data, scan=scan)
    made: set[Path] = set()

    def write(rel: str, data: bytes) -> None:
        target = folder / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(data)
    return write


def files_outside(site: Path, skipped: str) -> list[Path]:
    """Every file of a site except those under one top-level folder."""
    files: list[Path] = []
    for folder, subfolders, names in os.walk(site):
        if Path(folder) == site and skipped in subfolders:
            subfolders.remove(skipped)
        files.extend(Path(folder) / name for name in names)
    return files


def entity_files(site: Path) -> list[str]:
    """The files under a site's entity/ folder, from one listing of it: each `<code>.json`, and
    `<code>/index.html` for each folder.

    Nothing else is ever written there (tested), and opening a million folders one by one to
    list them costs minutes of system time at 10^6 entities. A folder without its page makes the
    gate fail closed (an unreadable output).
    """
    rels: list[str] = []
    with os.scandir(site / "entity") as entries:
        for entry in entries:
            rels.append(f"entity/{entry.name}/index.html" if entry.is_dir(follow_symlinks=False)
                        else f"entity/{entry.name}")
    return rels


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _link_over(live: Path, staged: Path) -> None:
    """Replace a staged file by the live file with the same bytes (a hard link, or a copy)."""
    try:
        if os.path.samefile(live, staged):  # already the live file (export.export_datasets kept it)
            return  # (and a rename onto another link of the same file would leave the spare behind)
    except OSError:
        pass
    spare = staged.with_name(f".{staged.name}.live")
    try:
        os.link(live, spare)
    except OSError:  # another file system, or links not allowed: the staged copy is just as good
        return
    os.replace(spare, staged)


def link_kept_entities(live: Path, staging: Path, gone: set[str]) -> int:
    """Give the new version the live version's entity files this build did not rewrite.

    Hard links (a copy where the file system has none): the live folder is only read, so a build
    that fails or dies from here on leaves the live site exactly as it was. The JSON of entities
    that left is not carried over (their page is the neutral one this build wrote). Called only
    after the leak gate passed: the kept files are the ones the last gate checked.

    It costs a folder and two links per kept entity, whatever changed (3.3 of the 40 CPU s of a
    1% update at 3x10^4 entities): the paths are plain strings, and a folder without its page is
    found by the link failing rather than by a look at the page first (one system call fewer).
    """
    source, target = os.fspath(live / "entity"), os.fspath(staging / "entity")
    os.makedirs(target, exist_ok=True)
    written = set(os.listdir(target))
    linked = 0
    with os.scandir(source) as entries:
        for entry in entries:
            name = entry.name
            if name in written:
                continue
            if entry.is_dir(follow_symlinks=False):
                folder = f"{target}/{name}"
                os.mkdir(folder)
                try:
                    _link_or_copy(f"{entry.path}/index.html", f"{folder}/index.html")
                except FileNotFoundError:  # a folder without its page: none is given (the gate failed closed)
                    os.rmdir(folder)
                    continue
                linked += 1
            elif name.endswith(".json") and name[:-5] not in gone:
                _link_or_copy(entry.path, f"{target}/{name}")
                linked += 1
    return linked


def _link_same(live: Path, target: Path, digest: str) -> bool:
    """Make target a hard link to the live file if that still has the bytes of `digest`; False, with
    nothing done, if it has not, is missing, or cannot be linked here."""
    try:
        if not live.is_file() or sha256_of(live) != digest:
            return False
        target.unlink(missing_ok=True)
        os.link(live, target)
    except OSError:
        return False
    return True


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except FileNotFoundError:
        raise
    except OSError:  # no hard links here (another file system, or not allowed): copy
        shutil.copy2(source, target)
