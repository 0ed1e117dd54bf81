// tests/browser/check.mjs -- the built site in a real browser.
//
//   node tests/browser/check.mjs SITE CALCDIR            the checks, as TAP lines
//   node tests/browser/check.mjs SITE --screenshots DIR  screenshots for a human
//
// SITE is a directory `runsheet build` wrote; CALCDIR holds `runsheet calc
// <id> --format json` of each scenario as <id>.json. Debian's Chromium
// ($CHROMIUM, default /usr/bin/chromium) is driven by playwright-core; no
// browser is downloaded. Every page reachable from index.html is opened
// from file:// and must load without a console error, an uncaught
// exception or a failed request; every link must lead to a file of the
// site (and an #anchor to an element of its page); axe-core must find no
// WCAG 2.1 A/AA violation in the light and the dark scheme; html-validate
// must accept the markup; the index matrix must show the totals of
// `runsheet calc`; the print stylesheet must hide the navigation.
//
// Prints "ok - ..." / "not ok - ..." lines; tests/run.sh counts them.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { HtmlValidate } from "html-validate";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let failures = 0;
function ok(cond, what, detail) {
	if (cond) {
		console.log(`ok - ${what}`);
	} else {
		failures++;
		console.log(`not ok - ${what}`);
		if (detail) {
			for (const line of String(detail).split("\n").slice(0, 20)) {
				console.log(`#   ${line}`);
			}
		}
	}
}

function launch() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update",
			"--disable-sync"],
	});
}

// A site path relative to the root, for messages.
function rel(root, file) {
	return path.relative(root, file) || ".";
}

// Every link of a page: what the browser resolved, by kind.
async function links(page) {
	return page.evaluate(() => {
		const out = [];
		for (const a of document.querySelectorAll("a[href]")) {
			out.push({ kind: "a", url: a.href, raw: a.getAttribute("href") });
		}
		for (const l of document.querySelectorAll("link[href]")) {
			out.push({ kind: "link", url: l.href, raw: l.getAttribute("href") });
		}
		for (const s of document.querySelectorAll("script[src]")) {
			out.push({ kind: "script", url: s.src, raw: s.getAttribute("src") });
		}
		for (const i of document.querySelectorAll("img[src]")) {
			out.push({ kind: "img", url: i.src, raw: i.getAttribute("src") });
		}
		for (const s of document.querySelectorAll("source[srcset]")) {
			const u = new URL(s.getAttribute("srcset"), document.baseURI).href;
			out.push({ kind: "source", url: u, raw: s.getAttribute("srcset") });
		}
		return out;
	});
}

async function axeRun(page) {
	if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
		await page.addScriptTag({ path: AXE });
	}
	return page.evaluate((tags) => window.axe.run(document, {
		runOnly: { type: "tag", values: tags },
		resultTypes: ["violations"],
		// no fetching of the stylesheets (cross-origin on file://)
		preload: false,
	}), WCAG);
}

function describeViolations(v) {
	return v.map((x) => `${x.id} (${x.impact}): ${x.help} -- ` +
		x.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")).join("\n");
}

// "$1,234.56" -> 123456 (cents), or null.
function cents(text) {
	const m = /^\$(-?[\d,]+)\.(\d\d)$/.exec(text.trim());
	return m ? Number(m[1].replace(/,/g, "")) * 100 + Number(m[2]) *
		(m[1].startsWith("-") ? -1 : 1) : null;
}

async function checks(root, calcdir) {
	const browser = await launch();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const validator = new HtmlValidate({
		extends: ["html-validate:recommended"],
		rules: {
			// cmark-gfm aligns table cells with a style attribute
			"no-inline-style": "off",
			// page text is written by people, not checked for typography
			"no-trailing-whitespace": "off",
			// a scenario's title is its author's; search-engine length advice does not apply
			"long-title": "off",
		},
	});
	const start = path.join(root, "index.html");
	const queue = [start];
	const seen = new Set(queue);
	const anchors = [];
	let pages = 0, external = 0;

	while (queue.length) {
		const file = queue.shift();
		const name = rel(root, file);
		const page = await context.newPage();
		const problems = [];
		page.on("console", (m) => {
			if (m.type() === "error" || m.type() === "warning") {
				problems.push(`console ${m.type()}: ${m.text()}`);
			}
		});
		page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
		page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} ` +
			`(${r.failure() && r.failure().errorText})`));
		await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
		pages++;

		// links: every target inside the site exists; pages are visited in turn
		const bad = [];
		for (const l of await links(page)) {
			const u = new URL(l.url);
			if (u.protocol === "http:" || u.protocol === "https:") {
				external++; // the machine is offline: vendor pages are not fetched
				continue;
			}
			if (u.protocol === "mailto:") {
				continue;
			}
			if (u.protocol !== "file:") {
				bad.push(`${l.raw}: unexpected scheme ${u.protocol}`);
				continue;
			}
			if (/^(\/|[a-z]+:)/i.test(l.raw)) {
				bad.push(`${l.raw}: not a relative link`);
			}
			const target = fileURLToPath(u);
			if (!target.startsWith(root + path.sep) && target !== root) {
				bad.push(`${l.raw}: leads outside the site`);
				continue;
			}
			if (!fs.existsSync(target) || fs.statSync(target).isDirectory()) {
				bad.push(`${l.raw}: no such file ${rel(root, target)}`);
				continue;
			}
			if (u.hash) {
				anchors.push({ from: name, file: target, id: decodeURIComponent(u.hash.slice(1)) });
			}
			if (l.kind === "a" && target.endsWith(".html") && !seen.has(target)) {
				seen.add(target);
				queue.push(target);
			}
		}
		ok(bad.length === 0, `${name}: every link leads to a file of the site`, bad.join("\n"));

		// accessibility in both schemes
		for (const scheme of ["light", "dark"]) {
			await page.emulateMedia({ colorScheme: scheme });
			const r = await axeRun(page);
			ok(r.violations.length === 0,
				`${name}: axe-core finds no WCAG 2.1 A/AA violation (${scheme} scheme)`,
				describeViolations(r.violations));
		}
		await page.emulateMedia({ colorScheme: "light" });

		// every image has a text alternative and is loaded
		const images = await page.evaluate(() => Array.from(document.images).map((i) => ({
			src: i.getAttribute("src"), alt: i.getAttribute("alt"),
			ok: i.complete && i.naturalWidth > 0,
		})));
		const badImages = images.filter((i) => !i.ok || !i.alt);
		ok(badImages.length === 0, `${name}: ${images.length} images load and have alt text`,
			badImages.map((i) => `${i.src}: ${i.ok ? "" : "not loaded "}${i.alt ? "" : "no alt"}`)
				.join("\n"));

		// printing: no navigation, no downloads
		await page.emulateMedia({ media: "print" });
		const hidden = await page.evaluate(() => {
			const h = document.querySelector("header.site");
			return h !== null && getComputedStyle(h).display === "none";
		});
		ok(hidden, `${name}: the print stylesheet hides the navigation`);
		await page.emulateMedia({ media: "screen" });

		// the markup
		const report = await validator.validateFile(file);
		const msgs = report.results.flatMap((r) => r.messages.map((m) =>
			`${m.line}:${m.column}: ${m.ruleId}: ${m.message}`));
		ok(report.valid, `${name}: html-validate accepts the markup`, msgs.join("\n"));

		if (file === start) {
			await checkMatrix(page, calcdir);
		}
		ok(problems.length === 0, `${name}: loads without console errors or failed requests`,
			problems.join("\n"));
		await page.close();
	}

	// anchors: each #id names an element of its page
	const page = await context.newPage();
	const missing = [];
	for (const a of anchors) {
		await page.goto(pathToFileURL(a.file).href);
		if (!(await page.evaluate((id) => document.getElementById(id) !== null, a.id))) {
			missing.push(`${a.from}: #${a.id} is not in ${rel(root, a.file)}`);
		}
	}
	await page.close();
	ok(missing.length === 0, `every #anchor link (${anchors.length}) names an element`,
		missing.join("\n"));
	ok(pages >= 20, `${pages} pages reached from index.html by following links ` +
		`(${external} links to vendor pages not fetched: the machine is offline)`);
	await browser.close();
}

// The index matrix against runsheet calc --format json, cell by cell.
async function checkMatrix(page, calcdir) {
	const rows = await page.evaluate(() => Array.from(
		document.querySelectorAll("table.matrix tbody tr")).map((tr) => ({
		scenario: tr.dataset.scenario,
		cells: Array.from(tr.querySelectorAll("td[data-platform]")).map((td) => ({
			platform: td.dataset.platform,
			text: (td.querySelector(".total") || { textContent: "" }).textContent,
			recommended: td.classList.contains("rec"),
		})),
	})));
	const files = fs.readdirSync(calcdir).filter((f) => f.endsWith(".json"));
	ok(rows.length === files.length && rows.length > 0,
		`the index matrix has a row for each of the ${files.length} scenarios`);
	for (const row of rows) {
		const file = path.join(calcdir, `${row.scenario}.json`);
		if (!fs.existsSync(file)) {
			ok(false, `index: scenario ${row.scenario} has a runsheet calc result`);
			continue;
		}
		const calc = JSON.parse(fs.readFileSync(file, "utf8"));
		const want = new Map(calc.platforms.map((p) => [p.id, p]));
		const diffs = [];
		for (const c of row.cells) {
			const p = want.get(c.platform);
			if (!p) {
				if (c.text !== "") {
					diffs.push(`${c.platform}: shows ${c.text}, calc does not compare it`);
				}
				continue;
			}
			const shown = cents(c.text);
			const total = Math.round(p.monthly.total * 100);
			if (shown !== total) {
				diffs.push(`${c.platform}: shows ${c.text}, calc says ${p.monthly.total}`);
			}
			if (c.recommended !== (calc.recommendation.platform === c.platform)) {
				diffs.push(`${c.platform}: recommended mark ${c.recommended}, calc recommends ` +
					calc.recommendation.platform);
			}
			want.delete(c.platform);
		}
		if (want.size) {
			diffs.push(`missing platforms: ${Array.from(want.keys()).join(", ")}`);
		}
		ok(diffs.length === 0,
			`index: ${row.scenario}: every total and the recommendation equal runsheet calc`,
			diffs.join("\n"));
	}

	// sorting by a platform's total orders the rows by it, compared ones first
	const order = await page.evaluate(() => {
		const th = document.querySelectorAll("table.matrix thead tr:nth-child(2) th")[0];
		th.querySelector("button").click();
		return Array.from(document.querySelectorAll("table.matrix tbody tr")).map((tr) => {
			const t = tr.querySelector("td[data-platform]").dataset.total;
			return t === "" ? null : Number(t);
		});
	});
	const firstNull = order.indexOf(null);
	const nums = firstNull < 0 ? order : order.slice(0, firstNull);
	ok(nums.every((x, i) => i === 0 || nums[i - 1] <= x) &&
		(firstNull < 0 || order.slice(firstNull).every((x) => x === null)),
		"index: sorting by the first platform orders the rows by its total", order.join(", "));
}

async function screenshots(root, out) {
	fs.mkdirSync(out, { recursive: true });
	const browser = await launch();
	const pages = [
		["index", "index.html"],
		["scenario", "scenarios/series-a-saas/report.html"],
		["whatif", "scenarios/series-a-saas/report.html#set=team.engineers=30&set=workload.vcpu=24"],
		["bill", "scenarios/imported-example/report.html"],
		["platform", "platforms/cloud_run.html"],
		["pricing", "pricing.html"],
		["methodology", "methodology.html"],
	];
	const sizes = [
		["desktop", { width: 1280, height: 900 }],
		["phone", { width: 390, height: 844 }],
	];
	for (const [label, size] of sizes) {
		for (const scheme of ["light", "dark"]) {
			const context = await browser.newContext({ viewport: size, colorScheme: scheme,
				deviceScaleFactor: 1 });
			const page = await context.newPage();
			for (const [name, file] of pages) {
				if (scheme === "dark" && name !== "index" && name !== "scenario" && name !== "whatif") {
					continue;
				}
				const [rel, hash] = file.split("#");
				await page.goto(pathToFileURL(path.join(root, rel)).href + (hash ? "#" + hash : ""));
				if (name === "whatif") {
					await page.waitForFunction(() => document.documentElement.dataset.whatif === "ready");
				}
				const shot = path.join(out, `${name}-${label}${scheme === "dark" ? "-dark" : ""}.png`);
				await page.screenshot({ path: shot, fullPage: true });
				console.log(shot);
			}
			await context.close();
		}
	}
	await browser.close();
}

const args = process.argv.slice(2);
if (args.length < 2) {
	console.error("usage: check.mjs SITE CALCDIR | check.mjs SITE --screenshots DIR");
	process.exit(2);
}
const root = path.resolve(args[0]);
try {
	if (args[1] === "--screenshots") {
		await screenshots(root, path.resolve(args[2] || "build/screenshots"));
	} else {
		await checks(root, path.resolve(args[1]));
	}
} catch (e) {
	ok(false, "the browser tests ran to the end", e.stack || String(e));
}
process.exit(failures ? 1 : 0);
