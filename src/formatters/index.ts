/** Formatter registry: name -> formatter. The CLI's --format choices are these keys. */
import type { Formatter } from "../types.js";
import compact from "./compact.js";
import github from "./github.js";
import html from "./html.js";
import json from "./json.js";
import junit from "./junit.js";
import markdown from "./markdown.js";
import sarif from "./sarif.js";
import table from "./table.js";

/** Every output format by name; the first is the default. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { table, json, compact, sarif, junit, github, markdown, html };

export type FormatName = keyof typeof FORMATTERS;
