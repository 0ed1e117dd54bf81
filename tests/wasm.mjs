// tests/wasm.mjs -- the engine compiled to WebAssembly, under Node, against
// the native engine: every formula case of tests/formula/cases.txt must give
// the same value (as the engine prints it) or the same error, column and
// message. The native answers come from build/unit (UNIT_FORMULA_OUT).
//
//   node tests/wasm.mjs build/runsheet.wasm tests/formula/cases.txt NATIVE.txt
//
// Prints TAP-like "ok"/"not ok" lines for tests/run.sh to count.
import { readFileSync } from "node:fs";

const [wasmPath, casesPath, nativePath] = process.argv.slice(2);
const ENOSYS = 52;
const imports = {
	wasi_snapshot_preview1: {
		fd_write: () => ENOSYS, fd_close: () => ENOSYS, fd_seek: () => ENOSYS,
	},
};
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), imports);
const ex = instance.exports;
const enc = new TextEncoder(), dec = new TextDecoder();

function put(s) {
	const b = enc.encode(s), p = ex.rs_alloc(b.length + 1);
	new Uint8Array(ex.memory.buffer, p, b.length).set(b);
	return [p, b.length];
}
function call(fn, ...strs) {
	const args = strs.map(put);
	const r = fn(...args.flat());
	const out = dec.decode(new Uint8Array(ex.memory.buffer, r, ex.rs_result_len()));
	args.forEach(([p]) => ex.rs_free(p));
	return out;
}

// the cases, split as tests/unit.c splits them
const native = new Map();
for (const line of readFileSync(nativePath, "utf8").split("\n")) {
	const tab = line.indexOf("\t");
	if (tab > 0) native.set(Number(line.slice(0, tab)), line.slice(tab + 1));
}
let n = 0, fails = 0;
const lines = readFileSync(casesPath, "utf8").split("\n");
lines.forEach((raw, i) => {
	const line = raw.replace(/\r$/, "");
	if (line.startsWith("#") || line.trim() === "") return;
	let expr, rhs;
	const arrow = line.indexOf(" => ");
	if (arrow < 0) { expr = ""; rhs = line.slice(line.indexOf("=>") + 2); }
	else { expr = line.slice(0, arrow).trim(); rhs = line.slice(arrow + 4); }
	const flag = rhs.indexOf(" !lo");
	if (flag >= 0) rhs = rhs.slice(0, flag);
	let bindings = "";
	const bar = rhs.indexOf(" | ");
	if (bar >= 0) bindings = rhs.slice(bar + 3);
	const got = call(ex.rs_formula, expr, bindings);
	const want = native.get(i + 1);
	n++;
	if (want === undefined) {
		console.log(`not ok - wasm: ${casesPath}:${i + 1}: the native engine gave no answer`);
		fails++;
	} else if (got !== want) {
		console.log(`not ok - wasm: ${casesPath}:${i + 1}: ${expr} gives ${JSON.stringify(got)} in WebAssembly, ${JSON.stringify(want)} natively`);
		fails++;
	}
});
if (fails === 0)
	console.log(`ok - wasm: all ${n} formula cases give the native engine's value or error, to the printed digit`);
