// Sorting and filtering for the report's tables. Plain script, no library,
// no network. With "#selftest" in the address the page tests itself and
// writes PASS or FAIL into #selftest (used by the crate's browser test).
(function () {
  "use strict";
  // The account tables were held back while the page was parsed: one layout.
  document.documentElement.classList.remove("parsing");
  var errors = [];
  window.addEventListener("error", function (event) {
    errors.push(String(event.message));
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push(Array.prototype.join.call(arguments, " "));
    consoleError.apply(console, arguments);
  };

  var each = function (list, action) { Array.prototype.forEach.call(list, action); };

  // "Nguyễn", "NGUYEN" and "nguyen" all match: case and diacritics ignored.
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110]/g, "d").toLowerCase();
  }

  function sortKey(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : fold(cell.textContent);
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) { return x - y; }
    return a < b ? -1 : (a > b ? 1 : 0);
  }

  function sortBy(th) {
    var table = th.closest("table");
    var index = th.cellIndex;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    each(th.parentNode.cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var order = compare(sortKey(a, index), sortKey(b, index));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  each(document.querySelectorAll("table.sortable th button"), function (button) {
    button.addEventListener("click", function () { sortBy(button.closest("th")); });
  });

  var filter = document.getElementById("filter");
  var unitFilter = document.getElementById("unit-filter");
  var violationsOnly = document.getElementById("violations-only");
  var shown = document.getElementById("rows-shown");
  var noMatch = document.getElementById("no-match");

  function applyFilters() {
    var words = fold(filter ? filter.value : "").split(/\s+/).filter(Boolean);
    var unit = unitFilter ? unitFilter.value : "";
    var onlyViolations = violationsOnly ? violationsOnly.checked : false;
    var count = 0;
    each(document.querySelectorAll("table.filterable tbody tr"), function (row) {
      var text = fold(row.textContent + " " + (row.getAttribute("data-unit") || ""));
      var visible = words.every(function (word) { return text.indexOf(word) >= 0; }) &&
        (!unit || row.getAttribute("data-unit") === unit) &&
        (!onlyViolations || row.getAttribute("data-violation") === "1");
      row.hidden = !visible;
      if (visible) { count += 1; }
      var evidence = row.getAttribute("data-account");
      if (evidence && document.getElementById(evidence)) {
        document.getElementById(evidence).hidden = !visible;
      }
    });
    each(document.querySelectorAll("section.unit"), function (section) {
      section.hidden = !section.querySelector("table.accounts tbody tr:not([hidden])");
    });
    if (shown) { shown.textContent = String(count); }
    if (noMatch) { noMatch.hidden = count > 0; }
  }

  [filter, unitFilter, violationsOnly].forEach(function (control) {
    if (control) {
      control.addEventListener("input", applyFilters);
      control.addEventListener("change", applyFilters);
    }
  });
  // A browser may restore typed filters when the page is opened again.
  if ((filter && filter.value) || (unitFilter && unitFilter.value) ||
      (violationsOnly && violationsOnly.checked)) {
    applyFilters();
  } else if (shown) {
    shown.textContent = String(document.querySelectorAll("table.filterable tbody tr").length);
  }

  function selftest() {
    var failures = [];
    var check = function (ok, what) { if (!ok) { failures.push(what); } };
    var set = function (control, value) {
      if (control.type === "checkbox") { control.checked = value; } else { control.value = value; }
      control.dispatchEvent(new Event("input", { bubbles: true }));
    };
    var rows = document.querySelectorAll("table.filterable tbody tr");
    var visibleRows = function () {
      return Array.prototype.filter.call(rows, function (row) { return !row.hidden; });
    };
    var tables = Array.prototype.slice.call(document.querySelectorAll("table.sortable.accounts"));
    tables.sort(function (a, b) { return b.tBodies[0].rows.length - a.tBodies[0].rows.length; });
    var table = tables[0];
    if (!table) { failures.push("no account table"); return failures; }

    // Sorting: by first date, up then down.
    var th = table.querySelector("th[data-key=first_seen]");
    var keys = function () {
      return Array.prototype.map.call(table.tBodies[0].rows, function (row) { return sortKey(row, th.cellIndex); });
    };
    var ordered = function (list, sign) {
      return list.every(function (key, i) { return i === 0 || sign * compare(list[i - 1], key) <= 0; });
    };
    th.querySelector("button").click();
    check(ordered(keys(), 1) && th.getAttribute("aria-sort") === "ascending", "sort ascending");
    var up = keys();
    th.querySelector("button").click();
    check(ordered(keys(), -1) && th.getAttribute("aria-sort") === "descending", "sort descending");
    check(up.length < 2 || up[0] === up[up.length - 1] || keys()[0] === up[up.length - 1], "rows move");

    // Filtering by an address, typed in capitals.
    var target = table.tBodies[0].rows[0].getAttribute("data-address");
    set(filter, target.toUpperCase());
    var visible = visibleRows();
    check(visible.length > 0, "filter keeps the matching rows");
    check(visible.every(function (row) { return fold(row.textContent).indexOf(target) >= 0; }), "filter hides the others");
    check(rows.length < 2 || visible.length < rows.length, "filter hides some rows");
    check(shown.textContent === String(visible.length), "count of rows shown");

    // Filtering without diacritics finds text written with them.
    var accented = Array.prototype.filter.call(rows, function (row) { return /[^\x00-\x7f]/.test(row.textContent); })[0];
    if (accented) {
      var word = accented.textContent.split(/\s+/).filter(function (w) { return /[^\x00-\x7f]/.test(w); })[0];
      set(filter, fold(word));
      check(!accented.hidden, "filter ignores diacritics (" + fold(word) + ")");
    }
    set(filter, "");
    check(visibleRows().length === rows.length, "clearing the filter shows every row");

    // One unit.
    if (unitFilter.options.length > 2) {
      set(unitFilter, unitFilter.options[2].value);
      var units = Array.prototype.filter.call(document.querySelectorAll("section.unit"), function (s) { return !s.hidden; });
      check(units.length === 1 && units[0].getAttribute("data-unit") === unitFilter.value, "unit filter");
      set(unitFilter, "");
    }

    // Violations only.
    set(violationsOnly, true);
    check(visibleRows().every(function (row) { return row.getAttribute("data-violation") === "1"; }), "violations only");
    set(violationsOnly, false);
    check(visibleRows().length === rows.length, "every row back");
    return failures;
  }

  if (window.location.hash === "#selftest") {
    // Time from navigation to a laid-out page, before the self-test's own
    // work (the browser test's measure of load time).
    var loadMs = document.body.offsetHeight >= 0 ? Math.round(performance.now()) : -1;
    var failures;
    try {
      failures = selftest();
    } catch (error) {
      failures = ["exception: " + error];
    }
    var result = document.getElementById("selftest");
    var ok = failures.length === 0 && errors.length === 0;
    result.hidden = false;
    result.textContent = (ok ? "PASS " : "FAIL ") +
      JSON.stringify({ failures: failures, errors: errors, rows: document.querySelectorAll("table.filterable tbody tr").length, loadMs: loadMs });
  }
}());
