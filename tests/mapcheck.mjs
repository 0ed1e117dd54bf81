// tests/mapcheck.mjs -- every border of a scenario's decision map, re-checked
// from outside with runsheet calc --set.
//
//   node tests/mapcheck.mjs RUNSHEET SCENARIO...
//
// For each scenario: runsheet calc --format json gives the map. Every border
// (along the grid lines and along the two lines through the scenario) says
// the answer is "before" at "low" and "after" at "high", the other input at
// its value; a fresh runsheet calc --set X=... --set Y=... at each end must
// give exactly those verdicts, and they must differ. Every 7th grid point
// (and the scenario's own) must give the grid's answer. Numbers pass through
// as JSON wrote them (the shortest text that reads back exactly), so calc
// sees the same doubles as the map. Prints TAP-like lines for tests/run.sh.
import { execFile } from "node:child_process";
import { cpus } from "node:os";

const [runsheet, ...scenarios] = process.argv.slice(2);
const jobs = Math.max(1, Math.min(cpus().length, 4));

function run(args) {
	return new Promise((resolve) => {
		execFile(runsheet, args, { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
			resolve({ code: err ? err.code ?? 1 : 0, stdout, stderr });
		});
	});
}

// The verdict at x, y: decision.platform from a fresh calc (the analyses kept
// small: the map is off, one Monte Carlo sample; the verdict does not use them).
async function verdict(id, xcell, x, ycell, y) {
	const r = await run(["calc", id, "--format", "json", "--no-map", "--samples", "1",
		"--set", `${xcell}=${x}`, "--set", `${ycell}=${y}`]);
	if (r.code !== 0) return `error: ${r.stderr.split("\n")[0]}`;
	return JSON.parse(r.stdout).recommendation.platform ?? null;
}

// Run the tasks (functions returning promises) jobs at a time, in order of results.
async function pool(tasks) {
	const out = new Array(tasks.length);
	let next = 0;
	async function worker() {
		while (next < tasks.length) {
			const k = next++;
			out[k] = await tasks[k]();
		}
	}
	await Promise.all(Array.from({ length: jobs }, worker));
	return out;
}

const num = (v) => JSON.stringify(v); // as the JSON wrote it
let failures = 0;
function ok(cond, what, detail) {
	console.log(`${cond ? "ok" : "not ok"} - ${what}`);
	if (!cond) {
		failures++;
		if (detail) for (const l of String(detail).split("\n").slice(0, 8)) console.log(`#   ${l}`);
	}
}

for (const id of scenarios) {
	const r = await run(["calc", id, "--format", "json", "--samples", "1"]);
	if (r.code !== 0) {
		ok(false, `map: ${id}: runsheet calc --format json`, r.stderr);
		continue;
	}
	const d = JSON.parse(r.stdout);
	const m = d.map;
	if (!m) {
		ok(false, `map: ${id}: calc --format json has a "map"`);
		continue;
	}
	const X = m.x.cell, Y = m.y.cell;
	const all = [...m.borders.map((b) => ["grid", b]), ...m.neighbourhood.map((b) => ["line", b])];
	const at = (b, end) => b.along === "x" ? [b[end], b.y] : [b.x, b[end]];
	const tasks = [];
	for (const [, b] of all) {
		for (const end of ["low", "high"]) {
			const [x, y] = at(b, end);
			tasks.push(() => verdict(id, X, num(x), Y, num(y)));
		}
	}
	const got = await pool(tasks);
	const bad = [];
	all.forEach(([kind, b], k) => {
		const lo = got[2 * k], hi = got[2 * k + 1];
		const where = `${kind} border along ${b.along} at ${b.along === "x" ? `${Y}=${b.y}` : `${X}=${b.x}`}, ${b.low} to ${b.high}`;
		if (lo !== b.before || hi !== b.after || lo === hi)
			bad.push(`${where}: map ${b.before} -> ${b.after}, calc ${lo} -> ${hi}`);
	});
	ok(bad.length === 0 && all.length === m.borders.length + m.neighbourhood.length,
		`map: ${id}: each of its ${m.borders.length} borders and ${m.neighbourhood.length} crossings on the scenario's lines: calc --set on both sides gives the map's two different verdicts (${tasks.length} runs)`,
		bad.join("\n"));

	// grid points: every 7th, and the scenario's own point
	const pts = [];
	for (let j = 0; j < m.y.values.length; j++)
		for (let i = 0; i < m.x.values.length; i++)
			if ((j * m.x.values.length + i) % 7 === 0) pts.push([i, j]);
	const gv = await pool(pts.map(([i, j]) => () => verdict(id, X, num(m.x.values[i]), Y, num(m.y.values[j]))));
	const gbad = [];
	pts.forEach(([i, j], k) => {
		if (gv[k] !== m.platform[j][i])
			gbad.push(`${X}=${m.x.values[i]} ${Y}=${m.y.values[j]}: map ${m.platform[j][i]}, calc ${gv[k]}`);
	});
	const here = await verdict(id, X, num(m.x.base), Y, num(m.y.base));
	ok(gbad.length === 0 && here === m.here && here === d.recommendation.platform,
		`map: ${id}: ${pts.length} grid points and the scenario's own agree with calc --set`,
		[...gbad, here !== m.here ? `the scenario: map ${m.here}, calc ${here}` : ""].join("\n"));
}
process.exit(failures ? 1 : 0);
