// Defence in depth (issue 22): a record must leave the site on its stop date, not on the day
// someone next runs the build. Every record card and list row carries its stop date
// (data-stop="YYYY-MM-DD"); when a reader opens a page on or after that date (China Standard
// Time), the site was not rebuilt in time: the record is hidden here and a notice says the page
// is out of date and as of when it was built. Without a script the record shows with its stop
// date, as it always did. assets/due.js (written by every build) gives the build's as-of date
// and the date the site was due to be rebuilt.
(function () {
  "use strict";

  // Today in China: UTC+8, no daylight saving time since 1991.
  function chinaToday() {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  }

  function hide(element) {
    element.hidden = true;
    element.style.display = "none"; // a stylesheet's display rule would win over [hidden]
  }

  function notice(text) {
    var box = document.createElement("div");
    box.className = "admonition warning cs-stale-notice";
    box.setAttribute("role", "alert");
    var title = document.createElement("p");
    title.className = "admonition-title";
    title.textContent = "本页信息已过期";
    var body = document.createElement("p");
    body.textContent = text;
    box.appendChild(title);
    box.appendChild(body);
    var main = document.querySelector(".md-content__inner") || document.body;
    main.insertBefore(box, main.firstChild);
  }

  function run() {
    var info = window.CS_DUE || {};
    var today = chinaToday();
    var hidden = 0;
    document.querySelectorAll("[data-stop]").forEach(function (element) {
      var stop = element.getAttribute("data-stop");
      if (stop && stop <= today) {
        hide(element);
        hidden += 1;
      }
    });
    // An entity page's section whose every record is hidden goes too (its heading counts them).
    document.querySelectorAll(".cs-group").forEach(function (group) {
      var records = group.querySelectorAll(".cs-record");
      var shown = Array.prototype.some.call(records, function (r) { return !r.hidden; });
      if (records.length && !shown) {
        hide(group);
      }
    });
    var built = info.as_of ? "本站信息截至 " + info.as_of + "（网站生成于该日）" : "本站";
    if (hidden) {
      notice(built + "，此后没有按时重新发布。本页有 " + hidden + " 条信息已到公示截止日期（今天 " + today +
        "，北京时间），已隐藏；其余信息也可能已经过期，请以重新发布后的网站为准。");
    } else if (info.due && today >= info.due) {
      notice(built + "，应于 " + info.due + " 重新发布，目前尚未更新；部分信息可能已经过期，请以重新发布后的网站为准。");
    }
  }

  if (window.CS_DUE) {
    run();
    return;
  }
  // Pages do not include due.js themselves: entity pages stay byte-identical between builds. It sits
  // beside this script (resolved from this script's own address, right on every page, 404 included).
  var me = document.currentScript;
  var script = document.createElement("script");
  script.src = me && me.src ? me.src.replace(/stale\.js(\?.*)?$/, "due.js") : (window.CS_ROOT || "./") + "assets/due.js";
  script.onload = run;
  script.onerror = run; // without it the records past their stop date are still hidden
  document.head.appendChild(script);
})();
