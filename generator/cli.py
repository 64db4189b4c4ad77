"""The command line (interfaces.md): `creditsite build` and `creditsite validate`.

Exit status: 0 published; 1 publication aborted (nothing in --out changed); 2 wrong usage
(including an --out that is not a site, a state of another site, an as-of date refused).
Errors reach staff as one clear sentence, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import errno
import shlex
import shutil
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from generator.problems import ERROR, BuildAborted
from generator.schema import KINDS
from generator.tempfolders import make_temp_folder, remove_leftovers

# soft_wrap: a sentence is one line, however long; the terminal wraps it. Wrapped by rich at 80
# columns in a log file or a pipe, a path broke in the middle of a name (…/d⏎ue.json) and could not
# be copied or searched for.
console = Console(stderr=False, highlight=False, soft_wrap=True)


def _today(rules_file: Path | None = None) -> dt.date:
    """Today in the rules file's time zone (China Standard Time by default), not the machine's."""
    from generator.dates import timezone_setting, today
    from generator.settings import load_settings

    return today(timezone_setting(load_settings(rules_file).raw))


def _as_of(value: str | None, rules_file: Path | None = None) -> dt.date:
    if not value:
        return _today(rules_file)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"“{value}”不是 YYYY-MM-DD 格式的日期", param_hint="--as-of") from None


def _progress() -> Any:
    started = time.perf_counter()

    def step(label: str) -> None:
        if not label:
            return
        console.print(f"[dim]{time.perf_counter() - started:6.1f}s[/dim] {label}…")

    return step


def _summary_table(summary: dict[str, Any]) -> Table:
    from generator.report import withheld_text

    table = Table(title=f"发布基准日 {summary['as_of']}", show_lines=False)
    for col in ("类别", "读取", "公示", "暂不公示（原因）", "拒绝"):
        table.add_column(col)
    for name, c in summary["kinds"].items():
        if KINDS[name].control:
            table.add_row(KINDS[name].title, str(c["read"]), "—",
                          f"已生效 {c['applied']} · 待生效 {c['pending']} · 未匹配 {c['unmatched']}", str(c["rejected"]))
        else:
            table.add_row(KINDS[name].title, str(c["read"]), str(c["published"]), withheld_text(c["withheld"], " · "),
                          str(c["rejected"]))
    return table


def _write_traceback(report_dir: Path) -> Path:
    import traceback

    report_dir.mkdir(parents=True, exist_ok=True)
    log = report_dir / "error.log"
    log.write_text(traceback.format_exc(), encoding="utf-8")
    return log


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="creditsite")
def main() -> None:
    """creditsite: build the public credit-information site from a data folder."""


_BUILD_OPTIONS = [
    click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("data/sample"), show_default=True,
                 help="数据目录（见 data-contract.md）"),
    click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
                 help="公开站点目录：其中所有文件都可直接上传 [默认 build 为 site，serve 为 build/preview]"),
    click.option("--report", "report_dir", type=click.Path(path_type=Path), default=Path("build/report"),
                 show_default=True, help="工作人员报告目录（不得位于站点目录内）"),
    click.option("--as-of", "as_of", default=None, help="按此日期（YYYY-MM-DD）应用公示规则，默认今天"),
    click.option("--strict", is_flag=True, help="任何一行被拒绝即停止发布"),
    click.option("--skip-damaged-files", is_flag=True,
                 help="跳过损坏的数据文件继续发布（修复与撤销文件损坏时仍会停止）"),
    click.option("--state", "state_dir", type=click.Path(path_type=Path), default=None,
                 help="构建状态目录（不公开；用于更新说明、停止公示台账和首次公示日期）。只属于一个站点；"
                      "默认 build 为 build/states/<站点名>-<编号>，serve 为用后即删的临时目录"),
    click.option("--site-url", default="", help="公开站点的网址（如 https://credit.example.gov.cn/），用于 sitemap 和订阅"),
    click.option("--rules", "rules_file", type=click.Path(path_type=Path, exists=True), default=None,
                 help="公示规则配置文件（默认 generator/rules.toml）"),
    click.option("--full", is_flag=True,
                 help="重写全部页面（默认只重写内容有变化的主体页面，数据未变时不写任何文件）"),
    click.option("--allow-empty", "allow_empty", multiple=True, type=click.Choice(sorted(KINDS)), metavar="KIND",
                 help="允许上次发布过的类别本次为空（其文件全部被拒绝或忽略时默认停止发布），可重复"),
]


def build_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `build` and `serve` share (interfaces.md)."""
    for option in reversed(_BUILD_OPTIONS):
        command = option(command)
    return command


def _options(data_dir: Path, out_dir: Path | None, report_dir: Path, as_of: str | None, strict: bool,
             skip_damaged_files: bool, state_dir: Path | None, site_url: str, rules_file: Path | None,
             full: bool = False, allow_date: bool = False, new_history: bool = False, preview: bool = False,
             allow_empty: tuple[str, ...] = (), allow_republish: bool = False, scheduler: str | None = None) -> Any:
    from generator.build import BuildOptions

    default_out = Path("build/preview") if preview else Path("site")
    return BuildOptions(data_dir, out_dir if out_dir is not None else default_out, report_dir,
                        _as_of(as_of, rules_file), strict, skip_damaged_files, rules_file, state_dir, site_url, full,
                        allow_date=allow_date or preview, new_history=new_history, preview=preview,
                        allow_empty=tuple(allow_empty), allow_republish=allow_republish, scheduler=scheduler)


def _file_system_error(exc: BaseException | None) -> OSError | None:
    """A permission or read-only error behind a failure (its folder is named to staff)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def _stop_on_sigterm() -> None:
    """Handle SIGTERM (a service manager's stop, `timeout`, `kill`) as Ctrl-C: the build or preview stops
    the same way and removes its temporary folders (a preview its throw-away state: h22s case
    serve-stopped-leaves-preview-state-in-tmp)."""
    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():  # (only the main thread may set a handler)
        signal.signal(signal.SIGTERM, interrupt)


def _quiet_disk_full(unraisable: Any) -> None:
    """An error Python can only print (a writer's `__del__` closing a file on a full disk: "Exception ignored in
    <function ZipFile.__del__> … OSError: [Errno 28]", h22s case disk-full-mid-build-prints-traceback) is not
    printed when it is a full disk: the build says so in one sentence already. Others are printed as ever."""
    if _disk_full(unraisable.exc_value):
        return
    sys.__unraisablehook__(unraisable)


def _disk_full(exc: BaseException | None) -> bool:
    """Whether an error, or one it arose from (in a worker process, say), is a full disk."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        if isinstance(exc, shutil.Error):  # copytree's: each file's error as a sentence (h22f: a full disk then)
            if any(f"[Errno {errno.ENOSPC}]" in str(item) for item in (exc.args[0] if exc.args else ())):
                return True
        exc = exc.__cause__ or exc.__context__
    return False


@main.command()
@build_options
@click.option("--allow-date", is_flag=True,
              help="确认以早于上次发布或晚于今天 7 天以上的 --as-of 发布到正式站点")
@click.option("--allow-republish", is_flag=True,
              help="确认重新公示此前因信用修复或撤销已停止公示的记录（默认此时停止发布）")
@click.option("--new-history", is_flag=True,
              help="清空 --state 中其他站点（或以前）的发布历史，为本站点开始新的历史")
@click.option("--scheduler", default=None, metavar="local|tcp://HOST:8786",
              help="在 Dask 集群上读取和校验各数据文件：local 为本机两个工作进程，或已有调度器的地址"
                   "（工作节点须以相同路径访问数据目录和状态目录）；需安装 creditsite[cluster]")
def build(**values: Any) -> None:
    """Build the public site, open datasets and staff report."""
    from generator.build import build_site
    from generator.dates import DateRefused
    from generator.publish import FolderRefused

    options = _options(**values)
    out_dir, report_dir = options.out_dir, options.report_dir
    started = time.perf_counter()
    _stop_on_sigterm()
    sys.unraisablehook = _quiet_disk_full
    remove_leftovers()  # temporary folders of a build or preview killed before (tempfolders.py)
    try:
        result = build_site(options, _progress())
    except KeyboardInterrupt:
        console.print(f"[bold red]发布已中断。[/bold red]原站点 {escape(str(out_dir))} 未改动（或已整体换成新站点），"
                      "本次的临时文件已删除；请重新运行 creditsite build。")
        sys.exit(130)
    except (FolderRefused, DateRefused) as exc:
        console.print(f"[bold red]未构建：[/bold red]{escape(str(exc))}")
        sys.exit(2)
    except BuildAborted as exc:
        console.print(f"[bold red]发布已停止：[/bold red]{escape(str(exc))}")
        console.print(f"原站点 {escape(str(out_dir))} 未改动。报告：{escape(str(report_dir))}/index.html")
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - a defect: one sentence for staff, the traceback in a file
        log = _write_traceback(report_dir)
        denied = _file_system_error(exc)
        if denied is not None:
            where = Path(denied.filename).parent if denied.filename else out_dir.resolve().parent
            console.print(f"[bold red]发布已停止：无法写入 {where}（{denied.strerror}）。[/bold red]原站点 {out_dir} 未改动。"
                          f"请检查该目录的权限（或磁盘是否只读），或换一个可写的 --out / --state 后重新构建（详情：{log}）。",
                          markup=True, highlight=False)
        elif _disk_full(exc):
            console.print(f"[bold red]发布已停止：磁盘空间不足。[/bold red]原站点 {out_dir} 未改动。新站点先在 "
                          f"{out_dir.resolve().parent} 中生成，再整体替换，需要的空闲空间约与现有站点中主体页面以外的部分"
                          f"一样大（首次构建为整个站点）。请清理磁盘后重新构建（详情：{log}）。")
        else:
            console.print(f"[bold red]发布已停止：程序内部错误（{type(exc).__name__}）。[/bold red]"
                          f"原站点 {out_dir} 未改动。请把 {log} 发给开发人员。")
        sys.exit(1)
    if result.unchanged:
        console.print(f"数据、规则和程序都与上次发布（版本 {result.summary['build_id']}）相同：站点 {out_dir} "
                      f"保持不变，没有写入任何文件（用时 {time.perf_counter() - started:.1f} 秒）。"
                      f"上次的报告仍然有效：{report_dir}/index.html", markup=False, highlight=False)
        _print_due(_state_of(options.out_dir, options.state_dir))
        return
    console.print(_summary_table(result.summary.as_json()))
    errors = sum(1 for p in result.problems if p.severity == ERROR)
    kept = "；".join([f"另有 {result.kept_pages} 个主体页面内容未变，原样保留"] * bool(result.kept_pages)
                    + [f"{result.kept_lists} 个列表页内容未变，原样保留"] * bool(result.kept_lists))
    kept = f"（{kept}）" if kept else ""
    console.print(f"已发布到 {out_dir}：写入 {result.pages} 个页面，{result.files} 个文件，"
                  f"{result.bytes / 1048576:.1f} MB{kept}，用时 {time.perf_counter() - started:.1f} 秒。"
                  f"{errors} 个错误、{len(result.problems) - errors} 个提示，见 {report_dir}/index.html")
    edited = result.summary.site_edited
    if edited:
        console.print(f"注意：上次发布后，站点目录中有 {edited['edited']} 个文件被改动、{edited['removed']} 个文件被删除"
                      f"（{'、'.join(edited['examples']) or '已删除的文件'}）。本次没有沿用站点中的任何文件，已全部重新生成并检查。"
                      "请不要直接修改站点目录。", markup=False, highlight=False)
    _print_due(_state_of(options.out_dir, options.state_dir), result.summary.as_json())


@main.command()
@build_options
@click.option("--host", default="127.0.0.1", show_default=True, help="预览服务器地址")
@click.option("--port", default=8000, show_default=True, type=int, help="端口（0 表示任选一个空闲端口）")
@click.option("--poll", "poll_seconds", default=2.0, show_default=True, type=float, help="检查数据目录变化的间隔（秒）")
def serve(host: str, port: int, poll_seconds: float, **values: Any) -> None:
    """Staff preview: build, serve the site locally, rebuild when the data folder changes.

    The preview goes to its own folder (build/preview) with a throw-away state, so it never
    touches a real site or its history.
    """
    import shutil

    from generator.build import build_site
    from generator.dates import check_range
    from generator.publish import check_folders, site_paths
    from generator.report import check_report_folder
    from generator.serve import serve_site

    options = _options(**values, preview=True)
    _stop_on_sigterm()
    remove_leftovers()
    throwaway = options.state_dir is None  # unless staff name one, a preview's history is thrown away
    scratch = make_temp_folder("creditsite-preview-state-") if throwaway else None
    if scratch is not None:  # marked as this process's: a preview killed is removed by the next build or preview
        options.state_dir = scratch / "state"

    def rebuild() -> None:
        result = build_site(options, _progress())
        if result.unchanged:
            console.print("数据未变化，站点保持不变。", markup=False, highlight=False)
            return
        errors = sum(1 for p in result.problems if p.severity == ERROR)
        console.print(f"已生成 {result.pages} 个页面；{errors} 个错误，见 {options.report_dir}/index.html",
                      markup=False, highlight=False)

    try:
        try:  # wrong usage is said at once, not as a failed rebuild of a preview that keeps running
            check_range(options.as_of)
            check_folders(site_paths(options.out_dir), options.data_dir, options.state_dir, options.report_dir,
                          preview=True)
            check_report_folder(options.report_dir, options.data_dir, options.state_dir)
        except BuildAborted as exc:
            console.print(f"[bold red]未预览：[/bold red]{escape(str(exc))}")
            sys.exit(2)
        serve_site(rebuild, options.out_dir, options.data_dir, host=host, port=port, poll_seconds=poll_seconds,
                   log=lambda line: console.print(line, markup=False, highlight=False))
    except OSError as exc:
        console.print(f"无法在 {host}:{port} 上提供预览：{exc.strerror}（可用 --port 换一个端口）", markup=False)
        sys.exit(1)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


@main.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("data/sample"), show_default=True)
@click.option("--report", "report_dir", type=click.Path(path_type=Path), default=Path("build/report"),
              show_default=True)
@click.option("--as-of", "as_of", default=None, help="按此日期检查“决定日期晚于基准日”，默认今天")
def validate(data_dir: Path, report_dir: Path, as_of: str | None) -> None:
    """Check a data folder without building: a table per file and an HTML issue log."""
    from generator.build import validate_folder
    from generator.detect import mask_cell
    from generator.report import check_report_folder

    if not data_dir.is_dir():
        console.print(f"[bold red]找不到数据目录[/bold red] {data_dir}")
        sys.exit(1)
    from generator.dates import DateRefused, check_range

    day = _as_of(as_of)
    try:
        check_range(day)
    except DateRefused as exc:
        console.print(f"[bold red]未检查：[/bold red]{escape(str(exc))}")
        sys.exit(2)
    try:
        check_report_folder(report_dir, data_dir)
    except BuildAborted as exc:
        console.print(f"[bold red]未检查：[/bold red]{escape(str(exc))}")
        sys.exit(2)
    try:
        validated, problems, sources = validate_folder(data_dir, report_dir, day)
    except BuildAborted as exc:
        console.print(f"[bold red]检查已停止：[/bold red]{escape(str(exc))}")
        sys.exit(1)
    console.print(validate_table(data_dir, validated, problems, sources))
    refused = sorted({p.file for p in sources.damaged_files})
    console.print(f"问题明细：{report_dir}/index.html（可筛选）与 {report_dir}/issues.jsonl", markup=False, highlight=False)
    if refused:  # interfaces.md: validate exits 1 when any file is refused
        console.print(f"[bold red]{len(refused)} 个文件被拒绝[/bold red]（整个文件未读取，构建时会停止发布）："
                      + escape("、".join(mask_cell(file) for file in refused)), highlight=False)
        sys.exit(1)


def validate_table(data_dir: Path, validated: Any, problems: list[Any], sources: Any) -> Table:
    """One line per file: rows read, passed, rejected and the main problems; a refused or ignored
    file gets its line too, saying why (the file as a whole was not read).
    """
    from generator.contract import FILE
    from generator.detect import mask_cell
    from generator.report import refused_files

    # (A file name is quoted masked, as the build's report quotes it, detect.mask_cell: a clerk's file name may hold a
    # person's name and mobile, 许可_联系人南门思远_13919361853.csv — nineteenth pass, h21o L13.)
    def shown(file: str) -> str:
        return escape(mask_cell(file))

    table = Table(title=f"数据检查：{data_dir}")
    for col in ("文件", "行数", "通过", "拒绝", "主要问题"):
        table.add_column(col, overflow="fold")
    for name, loaded in sources.kinds.items():
        rejected = validated.kinds[name].rejected_rows
        for file in loaded.files:
            rows = int((loaded.frame[FILE] == file).sum())
            bad = int((rejected[FILE] == file).sum()) if len(rejected) else 0
            top = Counter(p.code for p in problems if p.file == file and p.severity == ERROR).most_common(3)
            table.add_row(shown(file), str(rows), str(rows - bad), str(bad), "、".join(f"{c}×{n}" for c, n in top))
    for file, found in refused_files(sources.damaged_files).items():
        reasons = "；".join(f"{p.code}：{p.message.removeprefix(f'{p.file}: ')}" for p in found)
        table.add_row(f"[bold red]{shown(file)}[/bold red]", "—", "0", "整个文件", f"[red]拒绝[/red]：{escape(reasons)}")
    loaded_files = {f for loaded in sources.kinds.values() for f in loaded.files}
    refused = set(refused_files(sources.damaged_files))
    ignored: dict[str, list[str]] = {}
    for p in problems:
        if p.code.startswith("file-") and p.severity != ERROR and p.file not in loaded_files | refused:
            ignored.setdefault(p.file, []).append(p.message.removeprefix(f"{p.file}: "))
    for file, messages in ignored.items():
        table.add_row(shown(file), "—", "0", "—", "已忽略：" + escape("；".join(messages)))
    return table


def _print_due(state_dir: Path, summary: dict[str, Any] | None = None) -> None:
    """The build summary's lines on the next due date and, when it was missed, on lateness (issue 22)."""
    from generator.due import late_line, load_due, summary_line

    if summary is None:  # nothing was written: the last build's due date still holds
        saved = load_due(state_dir)
        if saved is None:
            return
        summary = {"next_due": saved.get("due"), "next_due_reasons": saved.get("reasons")}
    console.print(summary_line(summary), markup=False, highlight=False)
    late = late_line(summary.get("late_site"))
    if late:
        console.print(late, style="bold red", markup=False, highlight=False)


def _state_of(out_dir: Path, state_dir: Path | None) -> Path:
    """The state folder a build of the site at `out_dir` uses: `--state`, or that site's own default."""
    from generator.publish import site_paths
    from generator.state import state_dir_for

    return state_dir_for(site_paths(out_dir).out, state_dir)


@main.command()
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="公开站点目录（与 build 的 --out 相同）")
@click.option("--state", "state_dir", type=click.Path(path_type=Path), default=None,
              help="构建状态目录（与 build 的 --state 相同；默认是该站点自己的状态目录）")
def due(out_dir: Path, state_dir: Path | None) -> None:
    """For monitoring: exit 1 when the site's due date has come and it was not rebuilt, 0 otherwise."""
    from generator.due import check_due

    # The live site judged is the one named: a --state given alone belongs to a site elsewhere, and the default
    # `site` of the working folder is another site's (a test's working folder holds the sample's).
    out_given = click.get_current_context().get_parameter_source("out_dir") is not click.core.ParameterSource.DEFAULT
    site = out_dir if out_given or state_dir is None else None
    status, sentence = check_due(_state_of(out_dir, state_dir), site=site)
    console.print(sentence, markup=False, highlight=False)
    sys.exit(status)


def _beijing_time(value: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"“{value}”不是 HH:MM 格式的时间", param_hint="--at") from None


@main.command()
@click.option("--print", "print_", is_flag=True, help="输出 systemd 服务与定时器、cron 行（只输出，不安装）")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("data/sample"), show_default=True,
              help="数据目录")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="公开站点目录")
@click.option("--report", "report_dir", type=click.Path(path_type=Path), default=Path("build/report"),
              show_default=True, help="工作人员报告目录")
@click.option("--state", "state_dir", type=click.Path(path_type=Path), default=None,
              help="构建状态目录（默认是该站点自己的状态目录）")
@click.option("--site-url", default="", help="公开站点的网址（与 build 相同）")
@click.option("--rules", "rules_file", type=click.Path(path_type=Path, exists=True), default=None,
              help="公示规则配置文件（与 build 相同）")
@click.option("--at", "at", default="00:10", show_default=True, help="每天重新发布的北京时间（HH:MM）")
def schedule(print_: bool, data_dir: Path, out_dir: Path, report_dir: Path, state_dir: Path | None, site_url: str,
             rules_file: Path | None, at: str) -> None:
    """Print a systemd timer and a cron line that rebuild the site every day after midnight Beijing time."""
    from generator.schedule import program, schedule_files

    if not print_:
        raise click.UsageError("请加 --print：本命令只输出定时任务的配置，由工作人员自行安装。")
    paths = [p.absolute() for p in (data_dir, out_dir, report_dir, _state_of(out_dir, state_dir))]
    command = [*program(), "build", "--data", str(paths[0]), "--out", str(paths[1]), "--report", str(paths[2]),
               "--state", str(paths[3])]
    if site_url:
        command += ["--site-url", site_url]
    if rules_file is not None:
        command += ["--rules", str(rules_file.absolute())]
    files = schedule_files(command, Path.cwd(), _beijing_time(at), paths[3])
    if data_dir == Path("data/sample"):
        click.echo("# 注意：没有给 --data，下面用的是自带的示例数据目录；请用 --data 指定实际的数据目录。", err=True)
    for name, text in files.items():
        where = "crontab -e" if name == "crontab" else f"/etc/systemd/system/{name}（或 ~/.config/systemd/user/{name}）"
        click.echo(f"# ===== {name}: {where} =====")
        click.echo(text)
    click.echo("# 启用 systemd 定时器：systemctl daemon-reload && systemctl enable --now creditsite-rebuild.timer")
    click.echo(f"# 监控（可选）：{shlex.join([*program(), 'due', '--state', str(paths[3])])}  —— 到期未重新发布时退出码为 1")


@main.command()
@click.argument("list_file", metavar="LIST", type=click.Path(path_type=Path))
@click.option("--site", "site_dir", type=click.Path(path_type=Path), default=None,
              help="已生成的公开站点目录（核查其公示的信息）；默认 site")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=None,
              help="不用站点，直接核查此数据目录（结果与用同一数据、同一日期生成的站点相同）")
@click.option("--as-of", "as_of", default=None, help="与 --data 一起用：按此日期（YYYY-MM-DD）应用公示规则，默认今天")
@click.option("--rules", "rules_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="与 --data 一起用：公示规则设置文件，默认 generator/rules.toml")
@click.option("--state", "state_dir", type=click.Path(path_type=Path), default=None,
              help="与 --data 一起用：该站点构建时用的状态目录（只读取，不写入），使结果中的版本号与站点一致；"
                   "默认是站点 site 的状态目录")
@click.option("--out", "out_file", type=click.Path(path_type=Path), default=None,
              help="结果文件（.csv 或 .xlsx）；默认以 CSV 输出到屏幕")
def check(list_file: Path, site_dir: Path | None, data_dir: Path | None, as_of: str | None, rules_file: Path | None,
          state_dir: Path | None, out_file: Path | None) -> None:
    """信用核查: check a list of codes or names (.txt/.csv/.xlsx) against the published site or a data folder."""
    import tempfile

    from generator.check import CHECK_DIR

    def refuse(sentence: str) -> NoReturn:
        console.print(f"[bold red]无法核查：[/bold red]{escape(sentence)}")
        sys.exit(2)

    if data_dir is not None and site_dir is not None:
        refuse("--site 和 --data 只能选一个：核查已生成的站点，或直接核查数据目录。")
    if data_dir is None and (as_of is not None or rules_file is not None or state_dir is not None):
        refuse("--as-of、--rules 和 --state 只和 --data 一起用（站点按其生成时的日期和规则核查）。")
    if data_dir is not None and not data_dir.is_dir():
        refuse(f"找不到数据目录 {data_dir}。")
    site_dir = site_dir or Path("site")
    if data_dir is None and not (site_dir / CHECK_DIR / "meta.json").is_file():
        refuse(f"{site_dir} 不是本程序生成的站点（缺少 {CHECK_DIR}/meta.json），请用 --site 指定站点目录，"
               "或用 --data 直接核查数据目录，或先运行 build。")
    if not list_file.is_file():
        refuse(f"找不到名单文件 {list_file}。")
    if list_file.suffix.lower() not in (".txt", ".csv", ".xlsx"):
        refuse(f"名单文件须为 .txt、.csv 或 .xlsx：{list_file}")
    if out_file is not None and out_file.suffix.lower() not in (".csv", ".xlsx"):
        refuse(f"结果文件须为 .csv 或 .xlsx：{out_file}")
    if out_file is not None:
        unsafe = _unsafe_out(out_file, list_file, data_dir if data_dir is not None else None,
                             site_dir if data_dir is None else None)
        if unsafe:
            refuse(unsafe)
    day = _as_of(as_of, rules_file) if data_dir is not None else None
    from generator.check import read_entries, site_overdue

    try:
        listed = read_entries(list_file)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        refuse(f"名单文件 {list_file} 无法读取（{type(exc).__name__}），请另存为 UTF-8 的 CSV 或文本文件后重试。")
    if listed.sheets > 1:
        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"工作簿有 {listed.sheets} 个工作表，核查的是“{listed.sheet}”。", markup=False)
    lines = listed.entries
    if data_dir is None:
        from generator.dates import today

        overdue = site_overdue(site_dir, today().isoformat())
        if overdue:
            console.print(f"[bold red]无法核查：[/bold red]{escape(overdue)}")
            sys.exit(1)
        _check_list(lines, site_dir, out_file)
        return
    assert day is not None
    from generator.build import write_check_indexes

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    # The indexes a build of the folder would publish, in a private folder removed afterwards.
    with tempfile.TemporaryDirectory(prefix="creditsite-check-") as tmp:
        try:
            # The site's state (read only) keys the stand-ins of withheld record keys as the build
            # does, so the version printed is the site's (issue 16); by default the state of `site`.
            write_check_indexes(data_dir, day, Path(tmp), rules_file,
                                progress=lambda label: err.print(f"[dim]{label}…[/dim]") if label else None,
                                state_dir=_state_of(Path("site"), state_dir))
        except BuildAborted as exc:
            console.print(f"[bold red]无法核查：[/bold red]{escape(str(exc))}")
            sys.exit(1)
        _check_list(lines, Path(tmp), out_file)


def _unsafe_out(out_file: Path, list_file: Path, data_dir: Path | None, site_dir: Path | None) -> str:
    """Why `check --out` must not write there ("" when it may): over the list, or inside a folder that is
    published as is (a site) or read by the next build (the data folder)."""
    from generator.check import CHECK_DIR

    out = out_file.resolve()
    if out == list_file.resolve():
        return f"结果文件 {out_file} 就是名单文件，写入会覆盖名单：请用另一个文件名保存结果。"
    for folder in out.parents:
        if (folder / CHECK_DIR / "meta.json").is_file() or (site_dir is not None and folder == site_dir.resolve()):
            return (f"结果文件 {out_file} 在公开站点目录 {folder} 中，会随站点一起上传公开：请保存到站点目录以外的地方。")
        if data_dir is not None and folder == data_dir.resolve():
            return f"结果文件 {out_file} 在数据目录 {data_dir} 中，下次发布会把它当作数据读取：请保存到数据目录以外的地方。"
    return ""


def _check_list(lines: list[tuple[str, str]], site_dir: Path, out_file: Path | None) -> None:
    """Check the list's entries against the check index under site_dir; write the table (stdout: CSV without a BOM)."""
    from generator.check import COLUMNS, SiteIndex, check_entries, csv_text, xlsx_bytes

    index = SiteIndex(site_dir)
    rows = check_entries(site_dir, lines, index)
    meta = index.meta
    if out_file is None:
        sys.stdout.write(csv_text(rows)[1:])  # no BOM on a terminal or a pipe
        return
    out_file.parent.mkdir(parents=True, exist_ok=True)
    if out_file.suffix.lower() == ".xlsx":
        out_file.write_bytes(xlsx_bytes(rows, meta["asOf"], meta["build"]))
    else:
        out_file.write_bytes(csv_text(rows).encode("utf-8"))
    found = sum(1 for r in rows if r[COLUMNS.index("核查结果")] == meta["outcomes"]["found"])
    findings = sum(1 for r in rows if r[COLUMNS.index("有无发现")] == "有")
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    err.print(f"已核查 {len(rows)} 行：找到 {found} 个主体，其中 {findings} 个有发现；结果已写入 {out_file}"
              f"（信息截至 {meta['asOf']}，版本 {meta['build']}）。", markup=False)


if __name__ == "__main__":
    main()
