/**
 * html formatter, alignment map: an inline SVG with the Korean paragraph index across and the English
 * index down. Each bead is a step of one path (diagonal for 1-1, flat for an omission, upright for an
 * addition); every bead has a marker linking to its row, a hollow ring when its score is below
 * LOW_CONFIDENCE and a square when it is unaligned, so neither depends on colour alone.
 */
import type { AlignmentBead, FileResult } from "../types.js";
import { LOW_CONFIDENCE } from "./align-view.js";
import { attrs, escapeHtml } from "./html-util.js";

/** Largest side of the plot in SVG units, and the bounds of one paragraph's step. */
const PLOT_SIZE = 320;
const MIN_CELL = 2;
const MAX_CELL = 24;
/** Room for the axis labels above and left of the plot. */
const MARGIN = 28;
/** Marker radius and half the side of a gap square, in SVG units. */
const DOT_RADIUS = 3;
const GAP_HALF = 4;

/** A bead's rectangle in paragraph units: Korean x0..x1, English y0..y1. */
interface BeadBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly bead: AlignmentBead;
  readonly index: number;
}

/** Rectangles of the beads; an empty side starts where the previous bead ended on that side. */
function beadBoxes(alignment: readonly AlignmentBead[]): BeadBox[] {
  let x = 0;
  let y = 0;
  return alignment.map((bead, index) => {
    const x0 = bead.source[0] ?? x;
    const y0 = bead.target[0] ?? y;
    x = x0 + bead.source.length;
    y = y0 + bead.target.length;
    return { x0, y0, x1: x, y1: y, bead, index };
  });
}

/** Bead type ("1-1", "1-0", "2-1") and paragraph range on each side, for titles and labels. */
export function beadLabel(bead: AlignmentBead): string {
  const range = (list: readonly number[]) => (list.length === 0 ? "none" : list.length === 1 ? `¶${list[0]}` : `¶${list[0]}–${list[list.length - 1]}`);
  return `${bead.source.length}-${bead.target.length}, KO ${range(bead.source)}, EN ${range(bead.target)}, score ${bead.score.toFixed(2)}`;
}

/** An unaligned bead: an omission (1-0) or an addition (0-1). */
export function isGap(bead: AlignmentBead): boolean {
  return bead.source.length === 0 || bead.target.length === 0;
}

function marker(box: BeadBox, cell: number, fileIndex: number): string {
  const cx = MARGIN + ((box.x0 + box.x1) / 2) * cell;
  const cy = MARGIN + ((box.y0 + box.y1) / 2) * cell;
  const isLow = box.bead.score < LOW_CONFIDENCE;
  const notes = [isGap(box.bead) ? (box.bead.target.length === 0 ? "omitted in English" : "added in English") : "", isLow ? "low confidence" : ""].filter(Boolean);
  const title = `<title>${escapeHtml(`Bead ${box.index}: ${beadLabel(box.bead)}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`)}</title>`;
  const shapes = [
    isGap(box.bead)
      ? `<rect${attrs({ class: "gap", x: cx - GAP_HALF, y: cy - GAP_HALF, width: GAP_HALF * 2, height: GAP_HALF * 2 })}/>`
      : `<circle${attrs({ class: "dot", cx, cy, r: DOT_RADIUS })}/>`,
    isLow ? `<circle${attrs({ class: "low", cx, cy, r: DOT_RADIUS * 2.5 })}/>` : "",
  ];
  return `<a${attrs({ href: `#b${fileIndex}-${box.index}`, class: isLow ? "bead-link low-bead" : "bead-link" })}>${title}${shapes.join("")}</a>`;
}

function stepPath(boxes: readonly BeadBox[], cell: number): string {
  const point = (x: number, y: number) => `${MARGIN + x * cell} ${MARGIN + y * cell}`;
  return boxes.map((box, i) => {
    const previous = boxes[i - 1];
    const isJoined = previous !== undefined && previous.x1 === box.x0 && previous.y1 === box.y0;
    return `${isJoined ? "" : `M ${point(box.x0, box.y0)} `}L ${point(box.x1, box.y1)}`;
  }).join(" ");
}

function axes(columns: number, rows: number, cell: number): string {
  const width = columns * cell;
  const height = rows * cell;
  return [
    `<rect${attrs({ class: "frame", x: MARGIN, y: MARGIN, width, height })}/>`,
    `<text${attrs({ class: "axis", x: MARGIN, y: MARGIN - 10 })}>Korean ¶ 0 → ${columns}</text>`,
    `<text${attrs({ class: "axis", x: 0, y: 0, transform: `translate(${MARGIN - 10} ${MARGIN}) rotate(90)` })}>English ¶ 0 → ${rows}</text>`,
  ].join("");
}

/** The SVG map of one file's alignment, with a text legend; empty when there are no beads. */
export function alignmentMap(file: FileResult, fileIndex: number): string {
  if (file.alignment.length === 0) return "";
  const boxes = beadBoxes(file.alignment);
  const columns = Math.max(1, file.source.paragraphs.length, ...boxes.map((b) => b.x1));
  const rows = Math.max(1, file.target.paragraphs.length, ...boxes.map((b) => b.y1));
  const cell = Math.min(MAX_CELL, Math.max(MIN_CELL, PLOT_SIZE / Math.max(columns, rows)));
  const width = MARGIN * 2 + columns * cell;
  const height = MARGIN * 2 + rows * cell;
  const gaps = file.alignment.filter(isGap).length;
  const low = file.alignment.filter((b) => b.score < LOW_CONFIDENCE).length;
  const label = `Alignment map: ${file.alignment.length} beads, ${gaps} unaligned, ${low} below ${LOW_CONFIDENCE} confidence`;
  const svg = [
    `<svg${attrs({ class: "map", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": label })}>`,
    axes(columns, rows, cell),
    `<path${attrs({ class: "beads-path", d: stepPath(boxes, cell) })}/>`,
    ...boxes.map((box) => marker(box, cell, fileIndex)),
    `</svg>`,
  ].join("\n");
  const legend = `<p class="legend"><span class="key dot-key">● aligned bead</span> <span class="key low-key">◯ score below ${LOW_CONFIDENCE}</span> <span class="key gap-key">■ unaligned (omission or addition)</span><br>${escapeHtml(label.replace("Alignment map: ", ""))}</p>`;
  return `<figure class="map-figure"><figcaption>Alignment map</figcaption>${svg}${legend}</figure>`;
}
