(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("tr.row"));
  const sections = Array.from(document.querySelectorAll("section.doc"));
  const verdictBoxes = Array.from(document.querySelectorAll("input[name=verdict]"));
  const problemsOnly = document.getElementById("problems-only");
  const docFilter = document.getElementById("doc-filter");
  const search = document.getElementById("search");
  const shown = document.getElementById("shown");

  // The searchable text of a row: everything shown in it except the buttons' labels.
  const rowText = new Map();
  rows.forEach((row) => {
    const parts = [];
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest("button")) {
        parts.push(node.nodeValue);
      }
    }
    rowText.set(row, parts.join(" ").toLowerCase());
  });

  function apply() {
    const verdicts = new Set(verdictBoxes.filter((box) => box.checked).map((box) => box.value));
    const doc = docFilter.value;
    const query = search.value.trim().toLowerCase();
    let visible = 0;
    sections.forEach((section) => {
      let any = false;
      section.querySelectorAll("tr.row").forEach((row) => {
        const show = (!doc || section.id === doc)
          && verdicts.has(row.dataset.verdict)
          && (!problemsOnly.checked || row.dataset.problem === "1")
          && (!query || rowText.get(row).includes(query));
        row.hidden = !show;
        if (show) {
          any = true;
          visible++;
        }
      });
      section.hidden = !any;
    });
    shown.textContent = visible + " of " + rows.length + " citations shown";
  }

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
    sorted.forEach((row) => body.appendChild(row));
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
    const code = button.parentElement.querySelector("code");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.textContent).then(() => copied(button), () => copyFallback(button, code));
    } else {
      copyFallback(button, code);
    }
  }

  verdictBoxes.forEach((box) => box.addEventListener("change", apply));
  problemsOnly.addEventListener("change", apply);
  docFilter.addEventListener("change", apply);
  search.addEventListener("input", apply);
  document.querySelectorAll("table.rows th").forEach((th) => th.addEventListener("click", () => sortBy(th)));
  document.querySelectorAll("button.copy").forEach((button) => button.addEventListener("click", () => copy(button)));
  apply();
})();
