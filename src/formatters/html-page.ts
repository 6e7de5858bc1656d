/**
 * html formatter, the page shell: doctype, a Content-Security-Policy that forbids every network load
 * (default-src 'none') and allows only the page's own inline <style> and <script>, by their SHA-256
 * hashes, then the body. An injected inline script or event handler would therefore not run even if
 * escaping failed somewhere.
 */
import { createHash } from "node:crypto";
import { escapeHtml } from "./html-util.js";
import { SCRIPT } from "./html-script.js";
import { STYLE } from "./html-style.js";

/** The base64 SHA-256 of a text's UTF-8 bytes, as a CSP hash source takes it. */
function sha256Base64(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/** The policy, with the hashes of the inline stylesheet and script. */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'", `style-src 'sha256-${sha256Base64(style)}'`, `script-src 'sha256-${sha256Base64(script)}'`,
    "img-src 'none'", "font-src 'none'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join("; ");
}

/** A whole HTML document around body, with the stylesheet, the tooltip element and the script inline. */
export function page(title: string, body: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(STYLE, SCRIPT))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    body,
    '<div id="tip" class="tip" role="tooltip" hidden></div>',
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
