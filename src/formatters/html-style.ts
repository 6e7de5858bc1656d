/** html formatter, the page's inline stylesheet (no external fonts or images: the CSP forbids them). */

/** The whole stylesheet; its SHA-256 goes into the page's Content-Security-Policy. */
export const STYLE = `
:root { color-scheme: light; --error: #b3261e; --warning: #9a6700; --info: #0b5cad; --gap: #7a1fa2;
  --error-bg: rgba(220, 38, 38, 0.18); --warning-bg: rgba(234, 179, 8, 0.28); --info-bg: rgba(37, 99, 235, 0.16);
  --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; color: #1f2328; background: #fff; }
header.top { background: #f6f8fa; border-bottom: 1px solid var(--line); padding: 0.5rem 1rem; }
h1 { font-size: 1.2rem; margin: 0 0 0.25rem; }
h1 .version { font-weight: normal; color: var(--muted); font-size: 0.9rem; }
.summary { margin: 0 0 0.25rem; }
.badge { display: inline-block; border-radius: 1em; padding: 0 0.6em; font-weight: 600; border: 1px solid currentColor; }
.badge.sev-error, .sev-error > .sev { color: var(--error); }
.badge.sev-warning, .sev-warning > .sev { color: var(--warning); }
.badge.sev-info, .sev-info > .sev { color: var(--info); }
.filters { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; font-size: 0.85rem; }
.filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 0.1rem 0.5rem; margin: 0; }
.filters legend { font-weight: 600; padding: 0 0.25rem; }
.filter { white-space: nowrap; margin-right: 0.5rem; cursor: pointer; }
.filter .count, .shown, small { color: var(--muted); }
.shown { margin: 0; }
nav.files ol { margin: 0.25rem 0; }
main { padding: 0 1rem 3rem; }
section.file { border-top: 3px solid var(--line); margin-top: 1rem; }
section.file > h2 { font-size: 1.1rem; margin: 0.75rem 0 0.25rem; word-break: break-all; }
.paths { color: var(--muted); margin: 0; font-size: 0.85rem; }
.overview { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 1rem; align-items: start; }
.findings h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
.finding-list, .suppressed ol { padding-left: 0; list-style: none; margin: 0; max-height: 26rem; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
.finding-list li, .suppressed li { padding: 0.3rem 0.5rem; border-bottom: 1px solid #eaeef2; font-size: 0.88rem; }
.finding-list li:target, .finding-list li:focus { outline: 2px solid var(--info); background: #eef6ff; }
.num { display: inline-block; min-width: 1.8em; font-weight: 600; color: var(--muted); }
.sev { font-weight: 700; text-transform: uppercase; font-size: 0.75rem; }
.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.82rem; }
.jump, .where { font-size: 0.82rem; margin-left: 0.3rem; }
.words { background: #f6f8fa; border-radius: 3px; padding: 0 0.2em; }
.sug { color: #116329; }
.docs { color: var(--muted); font-size: 0.75rem; }
.suppressed { margin: 0.5rem 0; }
.suppressed summary { cursor: pointer; color: var(--muted); }
.map-figure { margin: 0.75rem 0 0; max-width: 380px; }
.map-figure figcaption { font-weight: 600; font-size: 0.9rem; }
svg.map { max-width: 100%; height: auto; background: #fff; }
svg.map .frame { fill: #fafbfc; stroke: var(--line); }
svg.map .axis { font-size: 9px; fill: var(--muted); }
svg.map .beads-path { fill: none; stroke: #57606a; stroke-width: 1.5; }
svg.map .dot { fill: #1f6feb; }
svg.map .gap { fill: var(--gap); }
svg.map .low { fill: none; stroke: #bc4c00; stroke-width: 1.5; }
.legend { font-size: 0.78rem; color: var(--muted); margin: 0.25rem 0 0; }
.dot-key { color: #1f6feb; } .low-key { color: #bc4c00; } .gap-key { color: var(--gap); }
.beads { margin-top: 1rem; border: 1px solid var(--line); border-radius: 6px; }
.bead, .bead-head { display: grid; grid-template-columns: 7.5rem minmax(0, 1fr) minmax(0, 1fr); border-bottom: 1px solid #eaeef2; }
.bead-head { font-weight: 600; background: #f6f8fa; position: sticky; top: 0; z-index: 2; }
.bead-head > div, .bead > div { padding: 0.35rem 0.6rem; }
.bead > .side + .side { border-left: 1px solid #eaeef2; }
.bead .meta { font-size: 0.75rem; color: var(--muted); }
.bead:target, .bead:focus { outline: 2px solid var(--info); }
.bead.low .meta .score { color: #bc4c00; font-weight: 700; }
.flag { display: inline-block; margin-top: 0.2rem; padding: 0 0.35em; border-radius: 3px; font-weight: 700; border: 1px solid currentColor; }
.flag.low { color: #bc4c00; }
.flag.gap { color: var(--gap); }
.bead.gap { background: #fbf4ff; }
.bead.gap .missing { color: var(--gap); font-style: italic; border: 1px dashed var(--gap); border-radius: 4px; padding: 0.2rem 0.4rem; }
.para { margin: 0 0 0.4rem; }
.para:last-child { margin-bottom: 0; }
.pno { font-size: 0.7rem; color: var(--muted); margin-right: 0.3rem; user-select: none; }
.refs { font-size: 0.7rem; margin-left: 0.3rem; }
.refs a { margin-right: 0.2rem; }
mark.hl { color: inherit; border-radius: 2px; cursor: help; text-decoration-thickness: 2px; text-decoration-line: underline; text-underline-offset: 3px; }
mark.hl.sev-error { background: var(--error-bg); text-decoration-color: var(--error); text-decoration-style: solid; }
mark.hl.sev-warning { background: var(--warning-bg); text-decoration-color: var(--warning); text-decoration-style: dashed; }
mark.hl.sev-info { background: var(--info-bg); text-decoration-color: var(--info); text-decoration-style: dotted; }
mark.hl.off { background: transparent; text-decoration: none; cursor: auto; }
mark.hl:empty::before { content: "\\2041"; color: var(--error); }
mark.hl:focus { outline: 2px solid #0969da; outline-offset: 1px; }
mark.hl.flash { outline: 3px solid #0969da; }
.tip { position: fixed; z-index: 10; max-width: 28rem; background: #1f2328; color: #fff; padding: 0.4rem 0.6rem; border-radius: 6px; font-size: 0.82rem; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.25); pointer-events: none; }
.tip p { margin: 0.15rem 0; }
.tip .tip-head { font-weight: 700; }
.tip .tip-sug { color: #aff5b4; }
[hidden] { display: none !important; }
@media (max-width: 900px) { .overview { grid-template-columns: 1fr; } .bead, .bead-head { grid-template-columns: 5rem minmax(0, 1fr) minmax(0, 1fr); } }
`;
