(function () {
  "use strict";
  const search = document.getElementById("search");
  const problemsOnly = document.getElementById("problems-only");
  const shown = document.getElementById("shown");
  const isIndex = document.body.dataset.page === "index";
  // The search hands its query to a document page in the fragment: report/<page>.html#q=...
  const QUERY = "#q=";

  // Text to search, built on the first search only: a large page opens without walking its rows.
  const searchText = new Map();
  function textOf(row) {
    let text = searchText.get(row);
    if (text === undefined) {
      if (isIndex) {
        text = (row.cells[0].textContent + "\n" + row.dataset.urls).toLowerCase();
      } else {
        // everything shown in the row except the buttons' labels
        text = Array.from(row.cells, (cell) => {
          const button = cell.querySelector("button");
          return button ? cell.textContent.replace(button.textContent, "") : cell.textContent;
        }).join(" ").toLowerCase();
      }
      searchText.set(row, text);
    }
    return text;
  }

  function applyIndex() {
    const rows = document.querySelectorAll("tr.docrow");
    const kind = document.getElementById("kind-filter").value;
    const query = search.value.trim().toLowerCase();
    let visible = 0;
    rows.forEach((row) => {
      const show = (!problemsOnly.checked || row.dataset.problems !== "0")
        && (!kind || row.dataset.kinds.split(" ").includes(kind))
        && (!query || textOf(row).includes(query));
      row.hidden = !show;
      // A large document has several pages: link to the first one citing a matching URL.
      const pages = row.dataset.pages.split(" ");
      const urlsByPage = row.dataset.urls.split("\n\n").map((urls) => urls.split("\n"));
      const matching = (urls) => urls.filter((url) => url.toLowerCase().includes(query));
      const hit = query ? urlsByPage.findIndex((urls) => matching(urls).length > 0) : -1;
      const link = row.querySelector("a.doc-link");
      const page = pages[Math.max(hit, 0)];
      // the page filters its rows by the query only when the query is about its URLs, not its name
      link.setAttribute("href", hit >= 0 ? page + QUERY + encodeURIComponent(query) : page);
      const urls = hit < 0 ? [] : [...new Set(urlsByPage.flatMap(matching))];
      row.querySelector("td.matches").textContent = urls.length === 0 ? ""
        : urls.length === 1 ? urls[0] : urls[0] + " and " + (urls.length - 1) + " more";
      if (show) {
        visible++;
      }
    });
    shown.textContent = visible + " of " + rows.length + " documents shown";
  }

  function applyDocument() {
    const rows = document.querySelectorAll("tr.row");
    const verdicts = new Set(Array.from(document.querySelectorAll("input[name=verdict]"))
      .filter((box) => box.checked).map((box) => box.value));
    const query = search.value.trim().toLowerCase();
    let visible = 0;
    rows.forEach((row) => {
      const show = verdicts.has(row.dataset.verdict)
        && (!problemsOnly.checked || row.dataset.problem === "1")
        && (!query || textOf(row).includes(query));
      row.hidden = !show;
      if (show) {
        visible++;
      }
    });
    shown.textContent = visible + " of " + rows.length + " citations shown";
  }

  const apply = isIndex ? applyIndex : applyDocument;

  function sortBy(header) {
    const table = header.closest("table");
    const index = Array.from(header.parentElement.children).indexOf(header);
    const numeric = header.dataset.type === "num";
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach((th) => th.removeAttribute("aria-sort"));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const key = (row) => {
      const cell = row.cells[index];
      const raw = cell.dataset.key !== undefined ? cell.dataset.key : cell.textContent.trim();
      if (!numeric) {
        return raw.toLowerCase();
      }
      const number = parseFloat(raw);
      return isNaN(number) ? Number.MAX_VALUE : number;
    };
    const body = table.tBodies[0];
    const sorted = Array.from(body.rows).sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    body.append(...sorted);
  }

  function copied(button) {
    button.textContent = "Copied";
    button.classList.add("done");
    window.setTimeout(() => {
      button.textContent = "Copy";
      button.classList.remove("done");
    }, 1500);
  }

  // file:// pages may not get the async clipboard; fall back to selecting the text.
  function copyFallback(button, code) {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      if (document.execCommand("copy")) {
        copied(button);
        return;
      }
    } catch (ignored) {
      // the text stays selected for the editor to copy by hand
    }
    button.textContent = "Press Ctrl+C";
  }

  function copy(button) {
    // the text to paste: the suggested fix, or the new text of the exact change
    const code = button.parentElement.querySelector("code.paste");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.textContent).then(() => copied(button), () => copyFallback(button, code));
    } else {
      copyFallback(button, code);
    }
  }

  document.querySelectorAll("nav.controls input, nav.controls select").forEach((control) =>
    control.addEventListener(control.type === "search" ? "input" : "change", apply));
  // One listener per table, not per header or button: a page of thousands of rows stays cheap to open.
  document.querySelectorAll("table.rows").forEach((table) => table.addEventListener("click", (event) => {
    const header = event.target.closest("th");
    if (header && table.tHead.contains(header)) {
      sortBy(header);
    }
    const button = event.target.closest("button.copy");
    if (button) {
      copy(button);
    }
  }));
  if (!isIndex && location.hash.startsWith(QUERY)) {
    search.value = decodeURIComponent(location.hash.substring(QUERY.length));
  }
  apply();
})();
