// tests/numbers.mjs -- every number a person reads on the site is written
// for people: no binary tail, no false precision.
//
//   node tests/numbers.mjs SITE_DIR [TEXT_FILE...]
//
// Reads every report.md, every .html page and every chart .svg under
// SITE_DIR (and each TEXT_FILE as plain text: a calc table, a dump), keeps
// what a reader sees (the text of the pages: no tags, attributes, scripts
// or styles, which carry the machine-readable values), and checks each
// number in it against the rule of generator/num.c:
//
//   - money is "$1,234.56": a dollar sign, thousands grouped, two decimals;
//   - any other number with a decimal point has at most 6 significant
//     digits (prices have 6, other quantities 4), so 0.07999999999999999,
//     16.099999999999998 or 2950.41666666667 fail;
//   - a whole number is exact (23,931,225 GiB-s), and from five digits on
//     it is grouped (10,000,000), so a raw 1080000 fails -- unless it is
//     part of a name (a letter, "_", "-", "=" or "/" touches it: m6i,
//     004_76779babffdde425.txt, SubAccountId=111122223333) or ten digits
//     or more (an account number: sub-account 111122223333), which is not
//     a quantity a person reads.
//
// Prints TAP-like lines for tests/run.sh: one "ok" per file, or "not ok"
// with each offending number in its context.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const [site, ...texts] = process.argv.slice(2);

// every file under dir, sorted
function walk(dir) {
	const out = [];
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...walk(p));
		else out.push(p);
	}
	return out;
}

// the text a reader sees of an HTML or SVG file
function visible(html) {
	return html
		.replace(/<!--[\s\S]*?-->/g, " ")
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
		.replace(/<[^>]*>/g, " ")
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
		.replace(/&nbsp;/g, " ")
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, "&");
}

// the significant digits of a number's text ("0.0049375" has 5, "2,950" 3)
function significant(tok) {
	const t = tok.replace(/,/g, "");
	const d = t.includes(".") ? t.replace(".", "").replace(/^0+/, "") : t.replace(/^0+/, "").replace(/0+$/, "");
	return d.length;
}

// the offending numbers of a text, each with its context
function offences(text) {
	const bad = [];
	const re = /(\$?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
	let m;
	while ((m = re.exec(text)) !== null) {
		const before = text[m.index - 1] ?? " ";
		const after = text[m.index + m[0].length] ?? " ";
		if (/[A-Za-z_=\/-]/.test(before) || /[A-Za-z_\/]/.test(after) || (after === "-" && /\d/.test(text[m.index + m[0].length + 1] ?? "")))
			continue; // part of a name, a path or a date
		const tok = m[2];
		let why = null;
		if (m[1] === "$" && /^\d{1,3}(,\d{3})*\.\d\d$/.test(tok)) continue; // money
		if (m[1] === "$" && /^\d{1,3}(,\d{3})*$/.test(tok)) continue; // whole dollars (chart axes)
		if (tok.includes(".") && significant(tok) > 6) why = `${significant(tok)} significant digits`;
		else if (!tok.includes(".") && !tok.includes(",") && tok.length >= 5 && tok.length <= 9) why = "a whole number not grouped";
		if (why) {
			const ctx = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, " ");
			bad.push(`${m[0]} (${why}): ...${ctx}...`);
		}
	}
	return bad;
}

let files = 0;
let failed = 0;
function check(path, text) {
	const bad = offences(text);
	files++;
	if (bad.length === 0) return;
	failed++;
	console.log(`not ok - numbers: ${path}: ${bad.length} number(s) not written for people`);
	for (const b of bad.slice(0, 5)) console.log(`#   ${b}`);
}

for (const p of walk(site)) {
	if (p.endsWith(".md")) check(p, readFileSync(p, "utf8"));
	else if (p.endsWith(".html") || p.endsWith(".svg")) check(p, visible(readFileSync(p, "utf8")));
}
for (const p of texts) check(p, readFileSync(p, "utf8"));
if (failed === 0) console.log(`ok - numbers: every number a person reads in ${files} pages, charts and texts is written for people`);
