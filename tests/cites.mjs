// tests/cites.mjs -- the site cites the seed articles by title, never by
// their file names alone.
//
//   node tests/cites.mjs SITE_DIR SOURCES_JSON
//
// Every report.md, .html page and chart .svg under SITE_DIR: the text a
// reader sees (tags, attributes, scripts and styles removed, as in
// tests/numbers.mjs) holds no file name of SOURCES_JSON (models/sources.json)
// -- except sources.html, which says under each title the file name the data
// cites it by -- and sources.html has every document's title. Prints
// TAP-like lines for tests/run.sh.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const [site, sourcesFile] = process.argv.slice(2);
const sources = JSON.parse(readFileSync(sourcesFile, "utf8")).sources;
const keys = Object.keys(sources);

function walk(dir) {
	const out = [];
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...walk(p));
		else out.push(p);
	}
	return out;
}

function visible(html) {
	return html
		.replace(/<!--[\s\S]*?-->/g, " ")
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
		.replace(/<[^>]*>/g, " ")
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&amp;/g, "&");
}

let files = 0;
let bad = 0;
for (const p of walk(site)) {
	let text;
	if (p.endsWith(".md")) text = readFileSync(p, "utf8");
	else if (p.endsWith(".html") || p.endsWith(".svg")) text = visible(readFileSync(p, "utf8"));
	else continue;
	files++;
	if (p.endsWith("/sources.html") || p === join(site, "sources.html")) {
		const missing = keys.filter((k) => !text.includes(sources[k].title));
		if (missing.length) {
			bad++;
			console.log(`not ok - cites: sources.html lacks the title of ${missing.join(", ")}`);
		} else {
			console.log(`ok - cites: sources.html has the title of each of the ${keys.length} documents`);
		}
		continue;
	}
	const hits = keys.filter((k) => text.includes(k));
	if (hits.length) {
		bad++;
		const k = hits[0];
		const i = text.indexOf(k);
		console.log(`not ok - cites: ${p} shows ${hits.length} file name(s) in place of a title: ...${text.slice(Math.max(0, i - 40), i + k.length + 20).replace(/\s+/g, " ")}...`);
	}
}
if (bad === 0) console.log(`ok - cites: no page of ${files} shows a seed's file name in place of its title`);
