// tests/browser/unpriced.mjs -- a page priced in a region that prices only
// some platforms offers only those, and never shows #N/A.
//
//   node tests/browser/unpriced.mjs REPORT.html UNPRICED_IDS RUNSHEET CALC_ARGS...
//
// REPORT.html is a scenario page built with some platforms unpriced in its
// region; UNPRICED_IDS the comma-separated ids of those platforms (what
// runsheet dump says: their totals are #N/A). In Debian's Chromium: the
// what-if panel offers no cell of an unpriced platform (not its
// <id>.compared); a what-if (team.engineers 8 -> 12) recalculates to what
// `RUNSHEET calc CALC_ARGS... --set team.engineers=12 --format json` says,
// and no "#N/A" is on the page before or after it. Prints "ok - ..." /
// "not ok - ..." lines for tests/run.sh.

import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [report, unpricedArg, runsheet, ...calcArgs] = process.argv.slice(2);
const unpriced = unpricedArg.split(",").filter(Boolean);
let failures = 0;
function ok(cond, what, detail) {
	console.log(`${cond ? "ok" : "not ok"} - ${what}`);
	if (!cond) {
		failures++;
		for (const line of String(detail || "").split("\n").slice(0, 12)) {
			if (line) console.log(`#   ${line}`);
		}
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const page = await browser.newPage();
const problems = [];
page.on("pageerror", (e) => problems.push(e.message));
await page.goto(pathToFileURL(report).href);
await page.waitForFunction(() => document.documentElement.dataset.whatif, null, { timeout: 15000 });
const state = await page.evaluate(() => document.documentElement.dataset.whatif);
ok(state === "ready", "unpriced: the engine is ready", problems.join("\n"));

const cells = await page.evaluate(() => Array.from(document.querySelectorAll(".whatif [data-cell]"), (f) => f.dataset.cell));
const offered = cells.filter((c) => unpriced.some((p) => c.startsWith(p + ".")));
ok(unpriced.length > 0 && cells.length >= 10 && offered.length === 0,
	`unpriced: the panel offers ${cells.length} inputs, none of the ${unpriced.length} platforms the region does not price (${unpriced.join(", ")})`,
	`offered: ${offered.join(", ")}`);

let text = await page.evaluate(() => document.body.innerText);
ok(!text.includes("#N/A"), "unpriced: the published page shows no #N/A");

await page.evaluate(() => {
	const f = document.querySelector(".whatif [data-cell='team.engineers']");
	f.value = "12";
	f.dispatchEvent(new Event("change"));
});
await page.waitForTimeout(200);
text = await page.evaluate(() => document.body.innerText);
const verdict = await page.evaluate(() => {
	const v = document.querySelector("article.report [data-cell='decision.platform']");
	const t = document.querySelector("article.report [data-cell='decision.near_tie']");
	return [v && v.dataset.value, t && t.dataset.value];
});
const c = JSON.parse(execFileSync(runsheet, ["calc", ...calcArgs, "--set", "team.engineers=12", "--format", "json",
	"--samples", "1"], { encoding: "utf8" }));
ok(!text.includes("#N/A") && verdict[0] === c.recommendation.platform &&
	(verdict[1] === null || verdict[1] === (c.recommendation.near_tie ? "TRUE" : "FALSE")),
	`unpriced: after a what-if (team.engineers 12) no #N/A, and the verdict is calc's (${c.recommendation.platform}, near tie ${c.recommendation.near_tie})`,
	`page: ${verdict.join(", ")}; #N/A on the page: ${text.includes("#N/A")}`);
ok(problems.length === 0, "unpriced: no exception", problems.join("\n"));
await browser.close();

// The engine itself, under Node, on the page's model image: switching on an
// unpriced platform (which the panel does not offer, but an old link or a
// hand-made call could) is refused with a message, never a verdict of #N/A.
const html = fs.readFileSync(report, "utf8");
const image = /<script type="text\/plain" id="whatif-image">([^<]*)<\/script>/.exec(html)[1];
const { instance } = await WebAssembly.instantiate(fs.readFileSync(process.env.WASM || "build/runsheet.wasm"),
	{ wasi_snapshot_preview1: { fd_write: () => 52, fd_close: () => 52, fd_seek: () => 52 } });
const ex = instance.exports;
const enc = new TextEncoder(), dec = new TextDecoder();
function call(fn, ...strs) {
	const args = strs.map((str) => {
		const b = enc.encode(str), q = ex.rs_alloc(b.length + 1);
		new Uint8Array(ex.memory.buffer, q, b.length).set(b);
		return [q, b.length];
	});
	const r = fn(...args.flat());
	const out = dec.decode(new Uint8Array(ex.memory.buffer, r, ex.rs_result_len()));
	args.forEach(([q]) => ex.rs_free(q));
	return out;
}
ok(JSON.parse(call(ex.rs_load, image)).ok, "unpriced: the engine loads the page's image");
for (const id of unpriced) {
	const out = call(ex.rs_eval, `${id}.compared=TRUE`, "decision.platform\ttext");
	const res = JSON.parse(out);
	ok(!res.ok && res.errors.some((e) => e.set === `${id}.compared` && /not priced in region/.test(e.message)) &&
		!out.includes("#N/A"), `unpriced: the engine refuses ${id}.compared=TRUE: "${res.errors.map((e) => e.message).join(" ")}"`, out.slice(0, 400));
}
process.exit(failures ? 1 : 0);
