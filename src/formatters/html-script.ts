/**
 * html formatter, the page's inline script (plain ES2020, no network): severity and rule filters with
 * live counts, a tooltip with the message and suggestion on hover and keyboard focus, and in-page links
 * that scroll to and focus their target. Without it the page still shows every finding.
 */

/** The whole script; its SHA-256 goes into the page's Content-Security-Policy. */
export const SCRIPT = `
"use strict";
(() => {
  const all = (selector) => Array.from(document.querySelectorAll(selector));
  const items = all("li.finding[data-finding]");
  const inputs = all("input[data-filter]");
  const byFinding = new Map();
  for (const el of all("mark.hl[data-finding], a.back[data-finding]")) {
    const list = byFinding.get(el.dataset.finding) || [];
    list.push(el);
    byFinding.set(el.dataset.finding, list);
  }
  const checked = (kind) => new Set(inputs.filter((i) => i.dataset.filter === kind && i.checked).map((i) => i.value));

  function setShown(item, isShown) {
    item.hidden = !isShown;
    for (const el of byFinding.get(item.dataset.finding) || []) {
      if (el.tagName === "A") { el.hidden = !isShown; continue; }
      el.classList.toggle("off", !isShown);
      if (el.id) el.tabIndex = isShown ? 0 : -1;
    }
  }

  function updateCounts() {
    const shown = items.filter((item) => !item.hidden);
    for (const input of inputs) {
      const key = input.dataset.filter;
      const total = items.filter((item) => item.dataset[key] === input.value).length;
      const visible = shown.filter((item) => item.dataset[key] === input.value).length;
      input.parentElement.querySelector(".count").textContent = visible + "/" + total;
    }
    for (const span of all(".file-shown")) {
      const inFile = items.filter((item) => item.dataset.finding.split("-")[0] === "f" + span.dataset.file);
      span.textContent = inFile.filter((item) => !item.hidden).length + " of " + inFile.length + " shown";
    }
    document.getElementById("shown").textContent = "Showing " + shown.length + " of " + items.length + " findings";
  }

  function applyFilters() {
    const severities = checked("severity");
    const rules = checked("rule");
    for (const item of items) setShown(item, severities.has(item.dataset.severity) && rules.has(item.dataset.rule));
    updateCounts();
  }

  const tip = document.getElementById("tip");
  function describe(mark) {
    const box = document.createElement("div");
    const head = document.createElement("p");
    head.className = "tip-head";
    head.textContent = mark.dataset.severity + " · " + mark.dataset.rule;
    box.append(head);
    for (const id of (mark.getAttribute("aria-describedby") || "").split(" ")) {
      const source = id && document.getElementById(id);
      if (!source) continue;
      const line = document.createElement("p");
      line.className = id.startsWith("sug-") ? "tip-sug" : "tip-msg";
      line.textContent = source.textContent;
      box.append(line);
    }
    return box;
  }

  function showTip(target) {
    const marks = [];
    for (let mark = target.closest("mark.hl"); mark; mark = mark.parentElement && mark.parentElement.closest("mark.hl")) {
      if (!mark.classList.contains("off")) marks.push(mark);
    }
    if (marks.length === 0) { tip.hidden = true; return; }
    tip.replaceChildren(...marks.map(describe));
    tip.hidden = false;
    const rect = marks[0].getBoundingClientRect();
    const left = Math.max(4, Math.min(rect.left, window.innerWidth - tip.offsetWidth - 4));
    const below = rect.bottom + 6 + tip.offsetHeight < window.innerHeight;
    tip.style.left = left + "px";
    tip.style.top = (below ? rect.bottom + 6 : Math.max(4, rect.top - tip.offsetHeight - 6)) + "px";
  }

  function jumpTo(id) {
    const target = document.getElementById(id);
    if (!target) return false;
    if (location.hash !== "#" + id) location.hash = id;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 1200);
    return true;
  }

  document.addEventListener("change", (event) => { if (event.target.matches("input[data-filter]")) applyFilters(); });
  document.addEventListener("mouseover", (event) => { if (event.target.closest("mark.hl")) showTip(event.target); });
  document.addEventListener("mouseout", (event) => { if (event.target.closest("mark.hl") && !(event.relatedTarget && event.relatedTarget.closest && event.relatedTarget.closest("mark.hl"))) tip.hidden = true; });
  document.addEventListener("focusin", (event) => { if (event.target.matches("mark.hl")) showTip(event.target); else tip.hidden = true; });
  document.addEventListener("focusout", (event) => { if (event.target.matches("mark.hl")) tip.hidden = true; });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") tip.hidden = true;
    if (event.key === "Enter" && event.target.matches("mark.hl[id]")) jumpTo("item-" + event.target.dataset.finding);
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    if (link && jumpTo(decodeURIComponent(link.getAttribute("href").slice(1)))) event.preventDefault();
  });
  for (const form of all("[data-js-only]")) form.hidden = false;
  applyFilters();
})();
`;
