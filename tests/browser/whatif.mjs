// tests/browser/whatif.mjs -- the report pages recalculate, and agree with
// runsheet calc.
//
//   node tests/browser/whatif.mjs SITE RUNSHEET [COMBINATIONS]
//
// For every scenario page of SITE (built by `runsheet build`), in Debian's
// Chromium: the engine gets ready; COMBINATIONS (default 25) random what-ifs
// within the inputs' bounds and allowed values, drawn with a seeded
// generator (the same each run), each compared figure by figure with
// `RUNSHEET calc ID --set ... --format json` (every data-value within 1e-9,
// relative, and the same verdict); the address of a what-if reopens it;
// Reset gives back every published figure, text and value, exactly as the
// static page has them; a bad value gets the message the command line
// gives; "Download as scenario" saves a file `runsheet calc` agrees with;
// without JavaScript the page is the static report. Prints "ok - ..." /
// "not ok - ..." lines for tests/run.sh, and "# " lines with the engine's
// timings (never asserted).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [site, runsheet, combosArg] = process.argv.slice(2);
const COMBOS = Number(combosArg || 25);
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

// mulberry32: a small seeded generator, so the combinations are the same every run
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6D2B79F5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
function hash(s) {
	let h = 2166136261;
	for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return h >>> 0;
}

// runsheet calc with the sets: the JSON, or {error: first line of stderr}
function calc(id, sets) {
	const args = ["calc", id, "--format", "json", "--samples", "1"];
	for (const [n, v] of sets) args.push("--set", `${n}=${v}`);
	try {
		return JSON.parse(execFileSync(runsheet, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
	} catch (e) {
		return { error: String(e.stderr || "").split("\n")[0] };
	}
}

// What calc says a page figure should be: a number, or text for the verdict.
function expected(c, cell) {
	if (cell === "decision.platform") return c.recommendation.platform ?? "none";
	if (cell === "decision.near_tie") return c.recommendation.near_tie ? "TRUE" : "FALSE";
	if (cell === "decision.monthly_total") return c.recommendation.monthly_total;
	if (cell === "decision.annual_total") return c.recommendation.annual_total;
	const dot = cell.indexOf(".");
	const head = cell.slice(0, dot), tail = cell.slice(dot + 1);
	const p = c.platforms.find((x) => x.id === head);
	if (p) {
		if (tail === "total") return p.monthly.total;
		if (tail === "annual_total") return p.annual_total;
		if (tail === "per_million") return p.cost_per_million_requests;
		if (tail in p.monthly) return p.monthly[tail];
		return undefined;
	}
	const b = c.bill;
	if (!b) return undefined;
	const comp = (k) => (k === "total" ? b.components.total : b.components[k]);
	let m;
	if ((m = /^actual\.(compute|platform_fees|hidden)$/.exec(cell))) return comp(m[1]).actual;
	if (cell === "actual.other") return b.other;
	if ((m = /^bill\.model_(compute|platform_fees|hidden)$/.exec(cell))) return comp(m[1]).model;
	if ((m = /^bill\.diff_(compute|platform_fees|hidden|total)$/.exec(cell))) return comp(m[1]).difference;
	if ((m = /^bill\.pct_(compute|platform_fees|hidden|total)$/.exec(cell))) return comp(m[1]).fraction;
	if (cell === "bill.actual_total") return b.components.total.actual;
	if (cell === "bill.model_total") return b.components.total.model;
	if (cell === "bill.miss") return b.miss;
	if (cell === "bill.threshold") return b.threshold;
	return undefined;
}

function close(a, b) {
	return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

// The page's figures: [cell, data-value] of every span the engine refreshes.
async function figures(page) {
	return page.evaluate(() => Array.from(document.querySelectorAll(
		"article.report [data-cell][data-value]"), (e) => [e.dataset.cell, e.dataset.value,
		e.textContent]).filter(([c]) => c !== "reason" && !c.endsWith(".row") &&
		!c.startsWith("bill.warning") && !c.startsWith("bill.sentence")));
}

function compare(c, figs) {
	const bad = [];
	for (const [cell, value] of figs) {
		const want = expected(c, cell);
		if (want === undefined) {
			bad.push(`${cell}: calc has no such figure`);
		} else if (typeof want === "string" ? want !== value : !close(Number(value), want)) {
			bad.push(`${cell}: page ${value}, calc ${want}`);
		}
	}
	return bad;
}

async function setInputs(page, sets) {
	return page.evaluate((sets) => {
		const t = [];
		for (const [cell, value] of sets) {
			const f = document.querySelector(`.whatif [data-cell='${cell}']`);
			f.value = value;
			const t0 = performance.now();
			f.dispatchEvent(new Event("change"));
			t.push(performance.now() - t0);
		}
		return t;
	}, sets);
}

// A random value for a field within its bounds: 4 significant digits, or whole.
function draw(r, f) {
	if (f.options) return f.options[Math.floor(r() * f.options.length)];
	const pub = Number(f.published);
	let lo = f.min ?? 0, hi = f.max ?? Math.max(pub * 3, 10);
	if (f.max !== undefined && f.max > pub * 10 && pub > 0) hi = pub * 10; // stay near the scenario
	if (f.min !== undefined && f.min < pub / 10 && pub > 0) lo = Math.max(f.min, pub / 10);
	let v = lo + (hi - lo) * r();
	v = f.integer ? Math.round(v) : Number(v.toPrecision(4));
	return String(Math.min(Math.max(v, f.min ?? -Infinity), f.max ?? Infinity));
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const noJs = await browser.newContext({ javaScriptEnabled: false });
const ids = fs.readdirSync(path.join(site, "scenarios")).sort();
const ready = [], perChange = [];

for (const id of ids) {
	const file = path.join(site, "scenarios", id, "report.html");
	const url = pathToFileURL(file).href;
	const html = fs.readFileSync(file, "utf8");
	const page = await context.newPage();
	const problems = [];
	page.on("pageerror", (e) => problems.push(e.message));
	page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
	await page.goto(url);
	await page.waitForFunction(() => document.documentElement.dataset.whatif, null, { timeout: 15000 });
	const state = await page.evaluate(() => [document.documentElement.dataset.whatif,
		Number(document.documentElement.dataset.whatifMs)]);
	ok(state[0] === "ready", `whatif: ${id}: the engine is ready`, problems.join("\n"));
	if (state[0] !== "ready") continue;
	ready.push(state[1]);

	// the published figures as the static page has them
	const unescape = (t) => t.replace(/&quot;/g, "\"").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
		.replace(/&amp;/g, "&");
	const staticFigs = Array.from(html.matchAll(
		/<span data-cell="([^"]+)" data-fmt="([^"]+)" data-value="([^"]*)">([^<]*)<\/span>/g),
	(m) => [`${m[1]}\t${m[2]}`, unescape(m[3]), unescape(m[4])]);
	const fields = await page.evaluate(() => Array.from(document.querySelectorAll(".whatif [data-cell]"), (f) => ({
		cell: f.dataset.cell, published: f.dataset.published,
		options: f.tagName === "SELECT" ? Array.from(f.options, (o) => o.value) : undefined,
		min: f.dataset.min === undefined ? undefined : Number(f.dataset.min),
		max: f.dataset.max === undefined ? undefined : Number(f.dataset.max),
		integer: f.dataset.integer === "true" })));
	ok(fields.length >= 10 && fields.every((f) => f.cell), `whatif: ${id}: ${fields.length} inputs, each with its data-cell`);

	// random what-ifs, each against runsheet calc
	const r = rng(hash(id));
	let agree = 0, lastHash = "", lastFigs = null;
	const bad = [], shortBars = [];
	for (let k = 0; k < COMBOS; k++) {
		await page.evaluate(() => document.querySelector(".whatif .wi-reset").click());
		const n = 1 + Math.floor(r() * 3), sets = [];
		for (let j = 0; j < n; j++) {
			const f = fields[Math.floor(r() * fields.length)];
			if (!sets.some(([c]) => c === f.cell)) sets.push([f.cell, draw(r, f)]);
		}
		const times = await setInputs(page, sets);
		perChange.push(...times.slice(1)); // the first after a reset includes the redraw
		const c = calc(id, sets);
		const status = await page.evaluate(() => document.querySelector(".whatif .wi-status").textContent);
		if (c.error) {
			// the command line refuses it: the page must say the same
			if (status.includes(c.error) || (await page.evaluate(() => Array.from(
				document.querySelectorAll(".whatif .wi-error"), (e) => e.textContent).join("\n"))).includes(c.error)) agree++;
			else bad.push(`${sets.map((s) => s.join("=")).join(" ")}: calc says "${c.error}", the page "${status}"`);
			continue;
		}
		const figs = await figures(page);
		const diff = compare(c, figs);
		if (diff.length === 0 && figs.length > 10) agree++;
		else bad.push(`${sets.map((s) => s.join("=")).join(" ")}: ${diff.slice(0, 4).join("; ")}`);
		// the redrawn chart: every bar a tenth of its panel's axis or more
		const short = await page.evaluate(() => {
			const out = [];
			let len = 0;
			const chart = document.querySelector("svg.wi-chart");
			for (const g of chart ? chart.children : []) {
				if (g.classList.contains("wi-axis")) {
					const xs = Array.from(g.querySelectorAll("line"), (l) => Number(l.getAttribute("x1")));
					len = Math.max(...xs) - Math.min(...xs);
				} else if (g.classList.contains("wi-row")) {
					const w = Array.from(g.querySelectorAll("rect"), (r) => Number(r.getAttribute("width")))
						.reduce((a, b) => a + b, 0);
					if (w > 0 && w < 0.1 * len - 0.5) out.push(`${g.querySelector(".wi-name").textContent} ${w.toFixed(1)} of ${len.toFixed(1)} px`);
				}
			}
			return out; // no chart: the what-if changed nothing, and the published one shows
		});
		if (short.length) shortBars.push(`${sets.map((s) => s.join("=")).join(" ")}: ${short.join(", ")}`);
		await page.waitForTimeout(200); // the address follows once the changes settle
		lastHash = await page.evaluate(() => location.hash);
		lastFigs = figs;
	}
	ok(agree === COMBOS, `whatif: ${id}: ${agree} of ${COMBOS} random what-ifs agree with runsheet calc --set, figure by figure`, bad.join("\n"));
	ok(shortBars.length === 0, `whatif: ${id}: every bar of the redrawn chart is a tenth of its axis or more, in every what-if`, shortBars.join("\n"));

	// the address reopens the last what-if
	if (lastHash) {
		const again = await context.newPage();
		await again.goto(url + lastHash);
		await again.waitForFunction(() => document.documentElement.dataset.whatif === "ready", null, { timeout: 15000 });
		const figs = await figures(again);
		ok(JSON.stringify(figs) === JSON.stringify(lastFigs), `whatif: ${id}: its address (${lastHash.slice(0, 60)}...) reopens the same what-if`);
		await again.close();
	}

	// Reset: every figure as published, text and value, as the static page has them
	await page.evaluate(() => document.querySelector(".whatif .wi-reset").click());
	await page.waitForTimeout(200);
	const after = await page.evaluate(() => Array.from(document.querySelectorAll("article.report [data-cell][data-fmt]"),
		(e) => [`${e.dataset.cell}\t${e.dataset.fmt}`, e.dataset.value, e.textContent]));
	const mism = [];
	for (let i = 0; i < Math.max(after.length, staticFigs.length); i++) {
		if (JSON.stringify(after[i]) !== JSON.stringify(staticFigs[i])) {
			mism.push(`${JSON.stringify(after[i])} where the static page has ${JSON.stringify(staticFigs[i])}`);
		}
	}
	const chartBack = await page.evaluate(() => document.querySelector("article.report picture.chart img[src$='breakdown.png']") !== null &&
		document.querySelector(".wi-banner").hidden && location.hash === "");
	ok(mism.length === 0 && staticFigs.length > 10 && chartBack,
		`whatif: ${id}: Reset gives back all ${after.length} published figures exactly, the published chart and the bare address`,
		mism.slice(0, 5).join("\n"));

	// bad values: the command line's message beside the field
	const num = fields.filter((f) => !f.options && f.max !== undefined);
	const tries = [];
	if (num.length) tries.push([num[0].cell, String(num[0].max * 2 + 1)]);
	tries.push([fields.find((f) => !f.options).cell, "twelve"]);
	for (const [cell, value] of tries) {
		await page.evaluate(() => document.querySelector(".whatif .wi-reset").click());
		await setInputs(page, [[cell, value]]);
		const msg = await page.evaluate((cell) => {
			const f = document.querySelector(`.whatif [data-cell='${cell}']`);
			return [document.getElementById(f.id + "-e").textContent, f.getAttribute("aria-invalid")];
		}, cell);
		const want = calc(id, [[cell, value]]).error;
		ok(want && msg[0] === want && msg[1] === "true", `whatif: ${id}: --set ${cell}=${value} shows the command line's message beside the field`,
			`page "${msg[0]}", calc "${want}"`);
	}
	const shown = await page.evaluate(() => document.body.innerText);
	ok(!/\bNaN\b|Infinity|undefined/.test(shown), `whatif: ${id}: no NaN, Infinity or undefined on the page`);

	// Download as scenario: the file gives the page's numbers with runsheet calc
	await page.evaluate(() => document.querySelector(".whatif .wi-reset").click());
	const pick = fields.find((f) => f.cell === "team.engineers") || fields[0];
	const dv = pick.options ? pick.options.find((o) => o !== pick.published) : String(Number(pick.published) + 3);
	await setInputs(page, [[pick.cell, dv]]);
	const [download] = await Promise.all([page.waitForEvent("download"),
		page.evaluate(() => document.querySelector(".whatif .wi-download").click())]);
	const saved = path.join(os.tmpdir(), `runsheet-whatif-${id}.json`);
	await download.saveAs(saved);
	const fromFile = calc(saved, []);
	const diffs = fromFile.error ? [fromFile.error] : compare(fromFile, await figures(page));
	ok(diffs.length === 0, `whatif: ${id}: the downloaded scenario gives the page's figures with runsheet calc`, diffs.join("\n"));
	fs.rmSync(saved, { force: true });

	// without JavaScript: the static report, no panel
	const plain = await noJs.newPage();
	await plain.goto(url);
	const noPanel = await plain.evaluate(() => document.querySelector(".whatif") === null);
	const plainText = await plain.evaluate(() => document.querySelector("article.report").innerText);
	await page.evaluate(() => document.querySelector(".whatif .wi-reset").click());
	const jsText = await page.evaluate(() => document.querySelector("article.report").innerText);
	ok(noPanel && plainText === jsText, `whatif: ${id}: without JavaScript the page is the static report, and with it the published text is the same`);
	await plain.close();
	ok(problems.length === 0, `whatif: ${id}: no console error or exception`, problems.join("\n"));
	await page.close();
}
await browser.close();
const min = (a) => Math.min(...a), med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
if (ready.length) {
	console.log(`# whatif: ready in ${min(ready).toFixed(1)} ms at best, ${med(ready).toFixed(1)} ms median, over ${ready.length} pages`);
	console.log(`# whatif: a change re-evaluates in ${min(perChange).toFixed(2)} ms at best, ${med(perChange).toFixed(2)} ms median, over ${perChange.length} changes`);
}
process.exit(failures ? 1 : 0);
