// Written by every build: the date the site's information is checked as of, and its version.
document.querySelectorAll("[data-cs-asof]").forEach(function (e) {
  e.textContent = "2026-11-27";
});
document.querySelectorAll("[data-cs-version]").forEach(function (e) {
  e.textContent = "20261127-e6f473e5";
});
// A printed page names its address and the day it was printed.
document.querySelectorAll("[data-cs-url]").forEach(function (e) { e.textContent = location.href; });
document.querySelectorAll("[data-cs-printed]").forEach(function (e) {
  var d = new Date(); e.textContent = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0")
    + "-" + String(d.getDate()).padStart(2, "0");
});
