// creditsite list pages: filter and sort the rows of the loaded page in the browser (issue 20).
// Every page is a static file of at most 50 rows, newest first; the server is never asked. The
// filters read the rows' data-* attributes (date, authority, tier, domain); filtered-out rows get a
// class, never the `hidden` attribute, which stale.js (issue 22) uses for rows past their stop date.
(function () {
  "use strict";

  function init() {
    var form = document.querySelector("form.cs-filter");
    var table = document.querySelector("table.cs-list-table");
    if (!form || !table) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var count = form.querySelector(".cs-filter__count");

    // The choices of each select: the values on this page, sorted, with their row counts.
    ["authority", "tier", "domain"].forEach(function (name) {
      var select = form.elements[name];
      if (!select) return;
      var counts = {};
      rows.forEach(function (row) {
        var value = row.getAttribute("data-" + name) || "";
        if (value) counts[value] = (counts[value] || 0) + 1;
      });
      var values = Object.keys(counts).sort();
      if (values.length < 2) {  // nothing to choose between: leave the select out
        select.closest("label").style.display = "none";
        return;
      }
      values.forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value + "（" + counts[value] + "）";
        select.appendChild(option);
      });
    });

    function apply() {
      var text = form.elements.text.value.trim().toLowerCase();
      var from = form.elements.from.value;
      var to = form.elements.to.value;
      var shown = 0;
      rows.forEach(function (row) {
        var ok = (!text || row.textContent.toLowerCase().indexOf(text) >= 0)
          && (!from || (row.getAttribute("data-date") || "") >= from)
          && (!to || (row.getAttribute("data-date") || "") <= to);
        ["authority", "tier", "domain"].forEach(function (name) {
          var select = form.elements[name];
          if (ok && select && select.value) ok = row.getAttribute("data-" + name) === select.value;
        });
        row.classList.toggle("cs-filtered-out", !ok);
        if (ok && !row.hidden) shown += 1;
      });
      var all = rows.filter(function (row) { return !row.hidden; }).length;
      count.textContent = shown === all ? "本页 " + all + " 条" : "本页 " + all + " 条中显示 " + shown + " 条";
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });

    // Sorting: a button in each column heading; the page comes newest first.
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cs-sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") !== "descending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var keyed = rows.map(function (row, i) {
          var cell = row.cells[column];
          return [cell ? cell.textContent.trim() : "", i, row];
        });
        keyed.sort(function (a, b) {
          var order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
          return descending && a[0] !== b[0] ? -order : order;
        });
        keyed.forEach(function (k) { body.appendChild(k[2]); });
      });
    });

    form.hidden = false;
    apply();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
