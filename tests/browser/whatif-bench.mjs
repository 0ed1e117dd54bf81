// tests/browser/whatif-bench.mjs -- the page's engine, measured (make bench).
//
//   node tests/browser/whatif-bench.mjs RUNSHEET [LOADS] [CHANGES]
//
// Builds the bundled site, then in Debian's Chromium opens each scenario's
// report LOADS times (default 5) and reads how long the engine took to be
// ready (data-whatif-ms: decoding, compiling and loading the model image);
// as many times with a what-if in the address, which adds the first
// evaluation (the engine's first run, cold); and makes CHANGES (default 20)
// what-if changes, timing each change event from dispatch to the page
// updated. Prints the sizes and the minimum and median of each; asserts
// nothing (the machine is noisy: compare minimums).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [runsheet, loadsArg, changesArg] = process.argv.slice(2);
const LOADS = Number(loadsArg || 5), CHANGES = Number(changesArg || 20);
const site = "build/bench-run/whatif-site";
fs.rmSync(site, { recursive: true, force: true });
execFileSync(runsheet, ["build", "-q", "-o", site], { stdio: "inherit" });
const size = (f) => fs.statSync(f).size;
const wasm = size("build/runsheet.wasm"), glue = size(path.join(site, "assets/runsheet-wasm.js"));
const script = size(path.join(site, "assets/whatif.js"));
console.log(`what-if engine: build/runsheet.wasm ${(wasm / 1024).toFixed(1)} KiB; in the page ` +
	`runsheet-wasm.js ${(glue / 1024).toFixed(1)} KiB + whatif.js ${(script / 1024).toFixed(1)} KiB = ` +
	`${((glue + script) / 1024).toFixed(1)} KiB uncompressed`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
const ready = [], first = [], change = [];
let image = 0, pages = 0;
for (const id of fs.readdirSync(path.join(site, "scenarios")).sort()) {
	const file = path.join(site, "scenarios", id, "report.html");
	image += (/<script type="text\/plain" id="whatif-image">([^<]*)<\/script>/.exec(fs.readFileSync(file, "utf8")) || ["", ""])[1].length;
	pages++;
	for (let k = 0; k < LOADS; k++) {
		const page = await browser.newPage();
		await page.goto(pathToFileURL(file).href);
		await page.waitForFunction(() => document.documentElement.dataset.whatif === "ready");
		ready.push(Number(await page.evaluate(() => document.documentElement.dataset.whatifMs)));
		if (k === 0) {
			await page.waitForTimeout(200); // the idle warm-up, as a reader's pause
			for (let i = 0; i < CHANGES; i++) {
				change.push(await page.evaluate((v) => {
					const f = document.querySelector(".whatif [data-cell='team.engineers']");
					f.value = String(v);
					const t0 = performance.now();
					f.dispatchEvent(new Event("change"));
					return performance.now() - t0;
				}, 5 + i));
			}
		}
		await page.close();
		const linked = await browser.newPage();
		await linked.goto(pathToFileURL(file).href + "#set=team.engineers=" + (11 + k));
		await linked.waitForFunction(() => document.documentElement.dataset.whatif === "ready");
		first.push(Number(await linked.evaluate(() => document.documentElement.dataset.whatifMs)));
		await linked.close();
	}
}
await browser.close();
const stat = (a) => { const s = [...a].sort((x, y) => x - y); return [s[0], s[Math.floor(s.length / 2)]]; };
const [r0, r1] = stat(ready), [f0, f1] = stat(first), [c0, c1] = stat(change);
console.log(`model image: ${(image / pages / 1024).toFixed(1)} KiB a page on average (${pages} pages)`);
console.log(`time to interactive (engine ready): min ${r0.toFixed(1)} ms, median ${r1.toFixed(1)} ms over ${ready.length} loads (budget 100 ms)`);
console.log(`time to the first evaluation (a what-if in the address): min ${f0.toFixed(1)} ms, median ${f1.toFixed(1)} ms over ${first.length} loads`);
console.log(`time per re-evaluation (change -> page updated): min ${c0.toFixed(2)} ms, median ${c1.toFixed(2)} ms over ${change.length} changes (budget 5 ms)`);
