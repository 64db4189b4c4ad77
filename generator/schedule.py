"""`creditsite schedule --print`: a daily rebuild shortly after midnight Beijing time.

Entry point: `schedule_files(command, workdir, at, state_dir)` gives a systemd service, its timer
and a crontab line, with the staff's own absolute paths. Nothing is installed: staff copy them.

systemd timers take a time zone in OnCalendar (systemd 235 and later), so the timer says
`Asia/Shanghai` whatever the machine's zone. cron has no time zone per line (only cronie knows
CRON_TZ, Debian's cron does not), so the cron line is written in the machine's own zone: the
local time of 00:10 Beijing time, computed here and said in a comment.
"""

from __future__ import annotations

import datetime as dt
import shlex
import sys
import time
from pathlib import Path

from generator.due import CHINA, china_today

UNIT = "creditsite-rebuild"
_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-:=+,@")


def program() -> list[str]:
    """How this very program is run, with absolute paths: the `creditsite` script, or python -m generator."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "creditsite" and script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "generator"]


def _systemd_word(word: str) -> str:
    """One ExecStart argument: % and $ doubled (specifiers, variables), quoted when not plain."""
    word = word.replace("%", "%%").replace("$", "$$")
    if word and set(word) <= _PLAIN | {"%", "$"}:
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _cron_word(word: str) -> str:
    """One shell word of a crontab line: quoted for sh, and % escaped (cron turns it into a newline)."""
    return shlex.quote(word).replace("%", "\\%")


def local_time_of(at: dt.time, day: dt.date | None = None) -> dt.datetime:
    """The machine's local time at `at` Beijing time on `day` (default: today in China)."""
    time.tzset()  # the zone the machine has now (TZ as set), not the one this process started with
    return dt.datetime.combine(day or china_today(), at, CHINA).astimezone()


def schedule_files(command: list[str], workdir: Path, at: dt.time, state_dir: Path) -> dict[str, str]:
    """The systemd service and timer and the crontab text, by file name ("crontab" for cron)."""
    beijing = at.strftime("%H:%M")
    service = (
        "[Unit]\n"
        "Description=creditsite: daily rebuild of the public credit-information site (信用信息公示站每日重新发布)\n"
        "Documentation=file://" + _systemd_word(str(workdir / "README.md")) + "\n"
        "\n"
        "[Service]\n"
        "# 装为系统服务（/etc/systemd/system）时默认以 root 运行：请在下面加一行 User=运行构建的用户名。\n"
        "Type=oneshot\n"
        f"WorkingDirectory={_systemd_word(str(workdir))}\n"
        f"ExecStart={' '.join(_systemd_word(w) for w in command)}\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=creditsite: rebuild every day at {beijing} Beijing time (北京时间每天 {beijing} 重新发布)\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {beijing}:00 Asia/Shanghai\n"
        "Persistent=true\n"
        "AccuracySec=1min\n"
        f"Unit={UNIT}.service\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    local = local_time_of(at)
    zone = local.tzname() or "本机时区"
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}"
    day = "（前一天）" if local.date() < china_today() else ""
    winter, summer = (local_time_of(at, dt.date(china_today().year, month, 1)).utcoffset() for month in (1, 7))
    dst = ("\n# 注意：本机时区有夏令时，切换后北京时间对应的本机时间会变，届时请改这一行（或改用 systemd 定时器）。"
           if winter != summer else "")
    log = state_dir / "rebuild.log"
    line = (f"{local.minute} {local.hour} * * * mkdir -p {_cron_word(str(state_dir))} && cd {_cron_word(str(workdir))} && "
            f"{' '.join(_cron_word(w) for w in command)} >> {_cron_word(str(log))} 2>&1")
    crontab = (
        f"# creditsite：每天北京时间 {beijing} 重新发布。cron 没有逐行的时区，按本机时区 {zone}（{offset}）计时，\n"
        f"# 北京时间 {beijing} 即本机 {local.strftime('%H:%M')}{day}，下一行已按此换算。"
        f"使用 cronie 的系统也可在 crontab 开头写 CRON_TZ=Asia/Shanghai，再把时间改为 {at.minute} {at.hour}。{dst}\n"
        f"{line}\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer, "crontab": crontab}
