// tests/deps.mjs -- the files of generator/ call each other one way only.
//
//   node tests/deps.mjs OBJDIR HEADER SRCDIR
//
// HEADER (generator/runsheet.h) opens with the list of the files, top to
// bottom. This reads which functions each object file OBJDIR/NAME.o defines
// and which it calls (nm), and checks that every call between two files
// goes down that list, and that the list names exactly the .c files of
// SRCDIR. Prints TAP-like lines for tests/run.sh.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const [objdir, header, srcdir] = process.argv.slice(2);
let failures = 0;
function ok(cond, what, detail) {
	console.log(`${cond ? "ok" : "not ok"} - ${what}`);
	if (!cond) {
		failures++;
		for (const l of detail ?? []) console.log(`#   ${l}`);
	}
}

// the list: " *   name.c   what it does", from "The files" to the blank line
const text = readFileSync(header, "utf8");
const start = text.indexOf(" * The files");
const end = text.indexOf("\n *\n *", text.indexOf(" *   ", start));
const listed = [...text.slice(start, end).matchAll(/^ \* {3}([a-z_]+)\.c\s/gm)].map((m) => m[1]);
const files = readdirSync(srcdir).filter((f) => f.endsWith(".c")).map((f) => f.slice(0, -2)).sort();
const missing = files.filter((f) => !listed.includes(f));
const extra = listed.filter((f) => !files.includes(f));
ok(listed.length > 0 && missing.length === 0 && extra.length === 0,
	`deps: the list in ${header} names every file of ${srcdir} (${files.length}), and no other`,
	[...missing.map((f) => `${f}.c is not in the list`), ...extra.map((f) => `${f}.c is listed but does not exist`)]);

// who defines what, who calls what
const defines = new Map(), calls = new Map();
for (const f of files) {
	const out = execFileSync("nm", [`${objdir}/${f}.o`], { encoding: "utf8" });
	const d = new Set(), u = new Set();
	for (const line of out.split("\n")) {
		const p = line.trim().split(/\s+/);
		if (p.length === 3 && "TDBR".includes(p[1])) d.add(p[2]);
		else if (p.length === 2 && p[0] === "U") u.add(p[1]);
	}
	defines.set(f, d);
	calls.set(f, u);
}
const owner = new Map();
for (const [f, d] of defines) for (const s of d) owner.set(s, f);
const up = [];
let edges = 0;
for (const [f, u] of calls) {
	const to = new Map();
	for (const s of u) {
		const g = owner.get(s);
		if (g && g !== f) to.set(g, [...(to.get(g) ?? []), s]);
	}
	for (const [g, syms] of to) {
		edges++;
		if (listed.indexOf(g) < listed.indexOf(f))
			up.push(`${f}.c calls ${g}.c, which is above it: ${syms.sort().join(", ")}`);
	}
}
ok(edges > 50 && up.length === 0,
	`deps: every one of the ${edges} calls between files goes down the list (no file calls one above it, so no two call each other)`,
	up);
process.exit(failures ? 1 : 0);
