// creditsite: a QR code of the page address on a printed entity report (issue 20), so that a reader
// of the paper can open the live page. Drawn in the browser from location.href with qrcode-generator
// (assets/qrcode.js: Kazuhiko Arase, MIT licence, npm qrcode-generator 2.0.4, copied unchanged),
// which is fetched only once the page is idle: it costs nothing before the page is shown, and the
// code is in place long before anyone prints. The box is print-only (assets/print.css).
(function () {
  "use strict";
  var box = document.querySelector("[data-cs-qr]");
  var me = document.currentScript;
  if (!box || !me) return;
  var assets = me.src.replace(/[^/]*$/, "");

  function draw() {
    if (typeof window.qrcode !== "function") return;
    var qr = window.qrcode(0, "M");
    qr.addData(location.href);
    qr.make();
    var n = qr.getModuleCount();
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "-4 -4 " + (n + 8) + " " + (n + 8));
    svg.setAttribute("width", "76");
    svg.setAttribute("height", "76");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "本页网址的二维码");
    var background = document.createElementNS(ns, "rect");
    background.setAttribute("x", "-4");
    background.setAttribute("y", "-4");
    background.setAttribute("width", String(n + 8));
    background.setAttribute("height", String(n + 8));
    background.setAttribute("fill", "#fff");
    svg.appendChild(background);
    var d = "";
    for (var r = 0; r < n; r++) {
      for (var c = 0; c < n; c++) {
        if (qr.isDark(r, c)) d += "M" + c + "," + r + "h1v1h-1z";
      }
    }
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", "#000");
    svg.appendChild(path);
    box.appendChild(svg);
    box.setAttribute("data-cs-qr", location.href);
  }

  function load() {
    var script = document.createElement("script");
    script.src = assets + "qrcode.js";
    script.onload = draw;
    document.head.appendChild(script);
  }

  if ("requestIdleCallback" in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 500);
})();
