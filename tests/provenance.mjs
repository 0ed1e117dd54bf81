// tests/provenance.mjs -- a value a scenario sets never cites the default's
// source (issue 21, 3).
//
//   node tests/provenance.mjs SITE RUNSHEET
//
// For every scenario of SITE (built by `runsheet build` from the bundled
// scenarios): every cell the scenario layer defines, in `RUNSHEET dump ID
// --format json`, in data.json's inputs and on the workbook's Inputs sheet,
// shows a source, and not the text the model's default of that cell cites
// (that describes the default value, as `RUNSHEET dump --format json`
// without a scenario says). Prints "ok - ..." / "not ok - ..." lines.

import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const [site, runsheet] = process.argv.slice(2);
let failures = 0;
function ok(cond, what, detail) {
	console.log(`${cond ? "ok" : "not ok"} - ${what}`);
	if (!cond) {
		failures++;
		for (const line of String(detail || "").split("\n").slice(0, 8)) {
			if (line) console.log(`#   ${line}`);
		}
	}
}
const run = (args) => execFileSync(runsheet, args, { encoding: "utf8", maxBuffer: 1 << 28 });
const unzip = (book, member) => execFileSync("unzip", ["-p", book, member], { encoding: "utf8", maxBuffer: 1 << 28 });
const xmlText = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'")
	.replace(/&amp;/g, "&");

// the defaults' sources
const dflt = new Map(JSON.parse(run(["dump", "--format", "json"])).cells.map((c) => [c.name, c.source]));

// The Inputs sheet of a workbook: name -> source (columns A and G).
function inputsSources(book) {
	const sheets = Array.from(unzip(book, "xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]*)"/g), (m) => m[1]);
	const n = sheets.indexOf("Inputs") + 1;
	const shared = Array.from(unzip(book, "xl/sharedStrings.xml").matchAll(/<si>(.*?)<\/si>/gs),
		(m) => xmlText(Array.from(m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g), (t) => t[1]).join("")));
	const out = new Map();
	for (const row of unzip(book, `xl/worksheets/sheet${n}.xml`).matchAll(/<row [^>]*>(.*?)<\/row>/gs)) {
		const cols = {};
		for (const c of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
			const v = /<v>([^<]*)<\/v>/.exec(c[3] || "");
			if (v && /t="s"/.test(c[2])) cols[c[1]] = shared[Number(v[1])];
		}
		if (cols.A) out.set(cols.A, cols.G);
	}
	return out;
}

for (const id of fs.readdirSync(path.join(site, "scenarios")).sort()) {
	const file = fs.existsSync(`scenarios/${id}.json`) ? `scenarios/${id}.json` : id;
	const set = JSON.parse(run(["dump", file, "--format", "json"])).cells.filter((c) => c.layer === "scenario");
	const bad = (where, name, shown) => {
		if (!shown) return `${where}: ${name} shows no source`;
		if (dflt.get(name) && shown === dflt.get(name)) return `${where}: ${name} cites the default's source "${shown.slice(0, 60)}..."`;
		return null;
	};
	const problems = [];
	for (const c of set) problems.push(bad("dump", c.name, c.source));
	const data = JSON.parse(fs.readFileSync(path.join(site, "scenarios", id, "data.json"), "utf8"));
	const inputs = new Map(data.inputs.map((i) => [i.name, i]));
	const book = inputsSources(path.join(site, "scenarios", id, "workbook.xlsx"));
	let nData = 0, nBook = 0;
	for (const c of set) {
		if (inputs.has(c.name)) {
			nData++;
			problems.push(bad("data.json", c.name, inputs.get(c.name).source));
		}
		if (book.has(c.name)) {
			nBook++;
			problems.push(bad("workbook", c.name, book.get(c.name)));
		}
	}
	const found = problems.filter(Boolean);
	ok(set.length > 0 && found.length === 0,
		`provenance: ${id}: the ${set.length} cells the scenario sets show their own source in dump, ${nData} in data.json, ${nBook} on the workbook's Inputs sheet`,
		found.join("\n"));
}
process.exit(failures ? 1 : 0);
