/**
 * The html report in a real browser (headless Chromium through playwright-core): for every
 * samples/<slug>/, the built CLI writes the report, and the page is checked from file:// with no network:
 * each expected finding has its highlight, hover and focus show the message, the filters hide and
 * restore findings, list entries and highlights link to each other. Injected markup stays text.
 * Screenshots go to bench/out/screenshots/<slug>.png for review. Needs `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Finding, Report } from "../../src/types.js";
import type { StableFinding } from "../helpers/expected-findings.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "src", "cli.js");
const SAMPLES = join(ROOT, "samples");
const SCREENSHOTS = join(ROOT, "bench", "out", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** The machine running the suite is shared and slow: generous limits for launching and page work. */
const SLOW = 180_000;
const XSS_SCRIPT = "<script>window.__pwned=1</script>";
const XSS_IMG = '<img src=x onerror="window.__pwned=1">';

let browser: Browser | undefined;
const scratch = mkdtempSync(join(tmpdir(), "translint-html-"));

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, timeout: SLOW });
}

function inputs(dir: string): string[] {
  if (existsSync(join(dir, "article.txt"))) return [join(dir, "article.txt")];
  return [join(dir, "ko.txt"), join(dir, "en.txt")];
}

/** Runs the built CLI; exit code 1 only means there are error findings. */
function runCli(args: string[]): string {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [CLI, "check", ...args], { cwd: ROOT, encoding: "utf8", timeout: SLOW });
  if (result.status !== 0 && result.status !== 1) throw new Error(`translint check exited ${String(result.status)}: ${result.stderr}`);
  return result.stdout;
}

/** What a page did that a report must never do: network requests other than the file, dialogs, errors. */
interface Watch { requests: string[]; dialogs: string[]; errors: string[] }

async function open(file: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(60_000);
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const url = pathToFileURL(file).href;
  page.on("request", (request) => { if (request.url() !== url) watch.requests.push(request.url()); });
  page.on("dialog", (dialog) => { watch.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on("pageerror", (error) => watch.errors.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") watch.errors.push(message.text()); });
  await page.goto(url, { waitUntil: "load", timeout: SLOW });
  return { page, watch };
}

function matches(finding: Finding, expected: StableFinding): boolean {
  const location = finding[expected.side];
  return finding.rule === expected.rule && finding.messageId === expected.messageId && (finding.target ? "target" : "source") === expected.side &&
    location !== null && location.line === expected.line && location.column === expected.column;
}

/** CSS selector of the highlight of an expected finding (values quoted as JSON strings, valid CSS strings here). */
function markSelector(expected: StableFinding): string {
  const q = (value: string | number) => JSON.stringify(String(value));
  return `mark.hl[id][data-side=${q(expected.side)}][data-rule=${q(expected.rule)}][data-message-id=${q(expected.messageId)}][data-line=${q(expected.line)}][data-column=${q(expected.column)}]`;
}

const visibleItems = (page: Page) => page.locator("li.finding:visible").count();

beforeAll(async () => {
  browser = await launch();
}, SLOW);

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("html report in Chromium", () => {
  it("has Chromium to run in", () => {
    expect(browser).toBeDefined();
  });

  const slugs = readdirSync(SAMPLES).filter((name) => !name.startsWith(".") && statSync(join(SAMPLES, name)).isDirectory());
  it("has samples to check", () => expect(slugs.length).toBeGreaterThan(0));

  for (const slug of slugs) {
    describe(slug, () => {
      let page: Page;
      let watch: Watch;
      let report: Report;
      let expected: StableFinding[];
      const findings = () => report.files[0]!.findings;

      beforeAll(async () => {
        const files = inputs(join(SAMPLES, slug));
        const output = join(scratch, `${slug}.html`);
        report = JSON.parse(runCli(["--format", "json", ...files])) as Report;
        runCli(["--format", "html", "--output", output, ...files]);
        expected = JSON.parse(readFileSync(join(SAMPLES, slug, "expected.json"), "utf8")) as StableFinding[];
        ({ page, watch } = await open(output));
      }, SLOW);

      afterAll(async () => {
        await page?.close();
      });

      it("highlights every expected finding at its words, with rule, line and column", async () => {
        for (const want of expected) {
          const finding = findings().find((f) => matches(f, want));
          expect({ ...want, inReport: finding !== undefined }).toEqual({ ...want, inReport: true });
          const texts = await page.locator(markSelector(want)).allTextContents();
          expect({ ...want, texts }).toEqual({ ...want, texts: expect.arrayContaining([finding![want.side]!.text]) as unknown });
        }
      }, SLOW);

      it("shows the message and suggestion on hover and on keyboard focus", async () => {
        const tip = page.locator("#tip");
        for (const want of expected) {
          const finding = findings().find((f) => matches(f, want))!;
          const mark = page.locator(markSelector(want)).first();
          await mark.hover();
          await expect(tip.isVisible()).resolves.toBe(true);
          expect(await tip.textContent()).toContain(finding.message);
          await page.mouse.move(0, 0);
          await mark.focus();
          await expect(tip.isVisible()).resolves.toBe(true);
          const text = await tip.textContent();
          expect(text).toContain(finding.message);
          if (finding.suggestion !== null) expect(text).toContain(finding.suggestion);
          expect(await mark.getAttribute("aria-describedby")).toMatch(/^msg-/);
        }
      }, SLOW);

      it("filters by severity and by rule, hiding list entries and highlights, and restores them", async () => {
        const total = findings().length;
        expect(await visibleItems(page)).toBe(total);
        const first = findings()[0]!;
        for (const [kind, value] of [["severity", first.severity], ["rule", first.rule]] as const) {
          const box = page.locator(`input[data-filter="${kind}"][value=${JSON.stringify(value)}]`);
          const removed = findings().filter((f) => f[kind] === value).length;
          await box.uncheck();
          expect(await visibleItems(page)).toBe(total - removed);
          expect(await page.locator("#shown").textContent()).toBe(`Showing ${total - removed} of ${total} findings`);
          expect(await page.locator(`mark.hl[id][data-${kind}=${JSON.stringify(value)}]:not(.off)`).count()).toBe(0);
          await box.check();
          expect(await visibleItems(page)).toBe(total);
          expect(await page.locator("mark.hl[id].off").count()).toBe(0);
        }
      }, SLOW);

      it("jumps from a list entry to its highlight and back", async () => {
        const link = page.locator("li.finding a.jump").first();
        const target = (await link.getAttribute("href"))!.slice(1);
        await link.click();
        expect(await page.evaluate(() => location.hash)).toBe(`#${target}`);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
        const finding = target.replace(/-(source|target)$/, "");
        await page.locator(`a.back[data-finding="${finding}"]`).first().click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(`item-${finding}`);
      }, SLOW);

      it("makes no network request, opens no dialog and logs no error (the CSP lets its own script run)", () => {
        expect(watch.requests).toEqual([]);
        expect(watch.dialogs).toEqual([]);
        expect(watch.errors).toEqual([]);
      });

      it("saves a screenshot for review", async () => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${slug}.png`);
        rmSync(path, { force: true });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path, fullPage: true, timeout: SLOW });
        expect(existsSync(path) && statSync(path).size).toBeGreaterThan(1000);
      }, SLOW);
    });
  }

  it("renders markup inside an article as text and runs none of it", async () => {
    const dir = join(scratch, "xss");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "ko.txt"), `북한 회담 거부\n\n북한은 ${XSS_SCRIPT} 회담을 거부했다.\n\n북한은 ${XSS_IMG} 미국을 비난했다.\n`);
    writeFileSync(join(dir, "en.txt"), `North Korea rejects talks\n\nNorth Korea rejected ${XSS_SCRIPT} the talks.\n\nNorth Korea ${XSS_IMG} denounced the US.\n`);
    const output = join(dir, "report.html");
    runCli(["--format", "html", "--output", output, join(dir, "ko.txt"), join(dir, "en.txt")]);
    const { page, watch } = await open(output);
    try {
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      const text = await page.locator("main").innerText();
      expect(text).toContain(XSS_SCRIPT);
      expect(text).toContain(XSS_IMG);
      expect(await page.locator("main img, main script").count()).toBe(0);
      expect(watch).toEqual({ requests: [], dialogs: [], errors: [] });
    } finally {
      await page.close();
    }
  }, SLOW);
});
