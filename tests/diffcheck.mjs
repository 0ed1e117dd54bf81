// tests/diffcheck.mjs -- runsheet diff on sites built from the bundled
// scenarios, checked against hand calculations.
//
//   node tests/diffcheck.mjs WORKDIR
//
// RUNSHEET (default build/runsheet) is the program, VALGRIND an optional
// command prefix. Builds its sites under WORKDIR and prints TAP-like lines
// for tests/run.sh. Every expected number has its calculation beside it;
// the totals it starts from are read from the data.json files themselves.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const work = process.argv[2];
const prog = process.env.RUNSHEET || "build/runsheet";
const prefix = (process.env.VALGRIND || "").split(/\s+/).filter(Boolean);
let failures = 0;

function ok(cond, what, detail) {
	console.log(`${cond ? "ok" : "not ok"} - diff: ${what}`);
	if (!cond) {
		failures++;
		for (const l of [detail].flat().filter((x) => x !== undefined))
			console.log(`#   ${String(l).split("\n").slice(0, 12).join("\n#   ")}`);
	}
}

function run(...args) {
	const cmd = [...prefix, prog, ...args];
	const r = spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8", maxBuffer: 1 << 28 });
	return { status: r.status, out: r.stdout, err: r.stderr };
}

function build(name, scenarios, ...opts) {
	const dir = `${work}/${name}`;
	// the analyses play no part in a comparison: keep them small
	const r = run("build", "-q", "-o", dir, "--no-map", "--samples", "200", ...opts, ...scenarios);
	if (r.status !== 0) throw new Error(`runsheet build ${name}: ${r.err}`);
	return dir;
}

function diffJson(a, b, ...opts) {
	const r = run("diff", a, b, "--format", "json", ...opts);
	let j = null;
	try {
		j = JSON.parse(r.out);
	} catch {
		// checked by the callers through j === null
	}
	return { ...r, j };
}

function data(site, id) {
	return JSON.parse(readFileSync(`${site}/scenarios/${id}/data.json`, "utf8"));
}

function total(site, id, platform) {
	return data(site, id).platforms.find((p) => p.id === platform).monthly.total;
}

const near = (a, b, tol = 1e-9) => typeof a === "number" && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
const scen = (j, id) => j?.scenarios.find((s) => s.id === id);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const cause = (s, cell) => s?.causes.find((c) => c.cell === cell);
const effectOn = (c, p) => c?.effects.find((e) => e.platform === p)?.effect_usd ?? 0;

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const S = ["seed-004-business-hours", "steady-api"];
const SEED = "seed-004-business-hours";

// --- the sites ----------------------------------------------------------
const base = build("base", S);
// a pricing sheet that changes one price, price.fargate.vcpu_hour 0.04048 -> 0.05048
writeFileSync(`${work}/fargate-price.json`, JSON.stringify({
	kind: "pricing", provider: "aws", region: "us-east-1", title: "A test sheet", currency: "USD",
	cells: { price: { fargate: { vcpu_hour: {
		value: 0.05048, unit: "USD/vCPU-h", source: "tests/diffcheck.mjs: a price one cent higher",
		url: "https://aws.amazon.com/fargate/pricing/", as_of: "2026-11-23" } } } },
}, null, 2));
const price = build("price", S, "--pricing", `${work}/fargate-price.json`);
const base1 = build("base1", [SEED]);
const input1 = build("input1", [SEED], "--set", "workload.vcpu=5");
const flip1 = build("flip1", [SEED], "--set", "price.cloud_run.vcpu_second=0.000144");
const two1 = build("two1", [SEED], "--set", "workload.vcpu=5", "--set", "price.cloud_run.vcpu_second=0.000048");
const many = [
	"price.cloud_run.vcpu_second=0.00003", "price.cloud_run.gib_second=0.000003",
	"price.fargate.vcpu_hour=0.05", "price.fargate.gb_hour=0.005", "price.eks.cluster_hour=0.11",
	"price.aws.alb_month=21", "price.aws.nat_month=33", "price.gke_autopilot.vcpu_hour=0.05",
	"price.gke_autopilot.gib_hour=0.005", "price.aws.m7g_xlarge_hour=0.17", "price.gke.cluster_hour=0.11",
];
const many1 = build("many1", [SEED], ...many.flatMap((s) => ["--set", s]));
const cycOld = build("cyc-old", [SEED], "--set", "workload.vcpu==workload.memory_gib/2");
const cycNew = build("cyc-new", [SEED], "--set", "workload.memory_gib==workload.vcpu*2",
	"--set", "price.cloud_run.vcpu_second=0.00003");
const platOld = build("plat-old", [SEED, "gpu-inference"], "--platforms", "cloud_run,fargate,eks");
const platNew = build("plat-new", [SEED, "startup-bursty"], "--platforms", "cloud_run,fargate,gke_autopilot");
// a model change: Fargate gains a support fee of $25 a month as a new cell,
// and its ops_factor (1.5) is written into the two formulas that used it
const data2 = `${work}/data2`;
for (const d of ["models", "templates", "assets", "scenarios"]) cpSync(d, `${data2}/${d}`, { recursive: true });
{
	const f = `${data2}/models/platforms/fargate.json`;
	const m = JSON.parse(readFileSync(f, "utf8"));
	const c = m.cells.fargate;
	c.platform_fees.formula = "fargate.support_fee";
	c.support_fee = { value: 25, unit: "USD/month", description: "A support plan.", source: "tests/diffcheck.mjs" };
	delete c.ops_factor;
	c.engineering.formula = c.engineering.formula.replace("fargate.ops_factor", "1.5");
	c.one_time.formula = c.one_time.formula.replace("fargate.ops_factor", "1.5");
	writeFileSync(f, JSON.stringify(m, null, 2));
}
const model1 = build("model1", [SEED], "--data", data2);

// --- a build against itself -----------------------------------------------
{
	const md = run("diff", base, base);
	ok(md.status === 0 && /^### runsheet diff: no change$/m.test(md.out) && !md.out.includes("<details>"),
		"a build against itself: \"no change\", no details, exit 0", [md.status, md.out, md.err]);
	const { j, status } = diffJson(base, base);
	ok(status === 0 && j?.summary.changed === 0 && j.scenarios.length === 2 &&
		j.scenarios.every((s) => !s.changed && !s.verdict_changed && s.causes.length === 0 && s.change.usd === 0),
		"a build against itself, as JSON: 2 scenarios, none changed, no cause", JSON.stringify(j?.summary));
	const again = run("diff", base, base);
	ok(again.out === md.out, "the same comparison twice gives the same bytes");
}

// --- one changed price, from a --pricing sheet -----------------------------
{
	const { j, status } = diffJson(base, price);
	const s = scen(j, SEED), t = scen(j, "steady-api");
	const fg = s?.platforms.find((p) => p.id === "fargate");
	const fromData = total(price, SEED, "fargate") - total(base, SEED, "fargate");
	// seed 004: 4 vCPU x 12 h x 22 days = 1,056 vCPU-h; x $0.01 more = $10.56
	ok(status === 0 && near(fg?.change.usd, fromData) && near(fg?.change.usd, 10.56, 1e-12),
		`one price: Fargate's change ${fg?.change.usd} equals the two data.json totals' difference ${fromData} and 1,056 vCPU-h x $0.01 = $10.56`,
		JSON.stringify(s?.platforms));
	const c = cause(s, "price.fargate.vcpu_hour");
	ok(s?.causes.length === 1 && c?.before === 0.04048 && c?.after === 0.05048 && c?.type === "value" &&
		c?.layer === "pricing" && near(effectOn(c, "fargate"), 10.56, 1e-12),
		"one price: the only cause is price.fargate.vcpu_hour, 0.04048 -> 0.05048, +$10.56 on Fargate",
		JSON.stringify(s?.causes));
	// Cloud Run stays recommended and its total does not use the price
	ok(!s?.verdict_changed && s?.change.usd === 0 && c?.effect_usd === 0 && s?.changed === true,
		"one price: the recommendation (Cloud Run) and its total do not move, the scenario is changed",
		JSON.stringify(s?.change));
	// steady-api: 2 vCPU x 730 h = 1,460 vCPU-h; x $0.01 = $14.60
	const tf = t?.platforms.find((p) => p.id === "fargate");
	ok(near(tf?.change.usd, 14.6, 1e-12) &&
		near(tf?.change.usd, total(price, "steady-api", "fargate") - total(base, "steady-api", "fargate")),
		"one price: steady-api's Fargate change is 1,460 vCPU-h x $0.01 = $14.60", JSON.stringify(t?.platforms));
	const md = run("diff", base, price);
	ok(md.status === 0 && md.out.includes("| `price.fargate.vcpu_hour` USD/vCPU-h | 0.04048 | 0.05048 |") &&
		md.out.includes("| AWS ECS Fargate | $529.62 | $540.18 | +$10.56 | +2% | `price.fargate.vcpu_hour` +$10.56 |") &&
		/^### runsheet diff: 2 of 2 scenarios change; no verdict flips$/m.test(md.out),
		"one price, Markdown: the headline, the price with its values, Fargate's row and its cause", md.out);
}

// --- one changed input ------------------------------------------------------
{
	const { j, status } = diffJson(base1, input1);
	const s = scen(j, SEED);
	const c = cause(s, "workload.vcpu");
	// Cloud Run's vCPU: 1 more vCPU x 12 h x 22 days x 3,600 s = 950,400 vCPU-s x $0.000024 = $22.8096
	const fromData = data(input1, SEED).recommendation.monthly_total - data(base1, SEED).recommendation.monthly_total;
	ok(status === 0 && s?.causes.length === 1 && c?.before === 4 && c?.after === 5 && c?.effect_usd === s?.change.usd &&
		near(s?.change.usd, fromData) && near(s?.change.usd, 22.8096, 1e-12) && s?.method === "shapley",
		`one input: workload.vcpu 4 -> 5, its effect ${c?.effect_usd} is the recommended total's change (950,400 vCPU-s x $0.000024 = $22.8096)`,
		JSON.stringify(s));
	// ... and the same with the sites the other way round: -$22.8096
	const back = scen(diffJson(input1, base1).j, SEED);
	ok(near(back?.change.usd, -22.8096, 1e-12) && cause(back, "workload.vcpu")?.effect_usd === back?.change.usd,
		"one input, the other way round: -$22.8096, all of it workload.vcpu's", JSON.stringify(back?.change));
}

// --- a flipped verdict, and the thresholds ----------------------------------
{
	const { j, status } = diffJson(base1, flip1);
	const s = scen(j, SEED);
	const before = total(base1, SEED, "cloud_run"), after = total(flip1, SEED, "fargate");
	// Cloud Run's vCPU at 6x the price: 3,801,600 vCPU-s x $0.000120 more = $456.192,
	// so its score passes Fargate's and Fargate ($529.62, unchanged) is recommended
	ok(status === 0 && s?.verdict_changed === true && s.before.platform === "cloud_run" && s.after.platform === "fargate" &&
		j.summary.verdicts_changed === 1 && near(s.change.usd, after - before) && near(s.before.total, before) &&
		near(s.after.total, after),
		`a flip: cloud_run -> fargate, the change ${s?.change.usd} is Fargate's after minus Cloud Run's before (${after} - ${before})`,
		JSON.stringify(s));
	const c = cause(s, "price.cloud_run.vcpu_second");
	ok(c?.effect_usd === s?.change.usd && near(effectOn(c, "cloud_run"), 456.192, 1e-12) && effectOn(c, "fargate") === 0,
		"a flip: the one cause carries the whole change, and +$456.19 on Cloud Run's own total (3,801,600 vCPU-s x $0.00012)",
		JSON.stringify(c));
	const md = run("diff", base1, flip1);
	ok(md.out.includes("Google Cloud Run → **AWS ECS Fargate** (flips)") && md.out.includes("the verdict flips") &&
		/^### runsheet diff: 1 of 1 scenario changes; 1 verdict flips$/m.test(md.out),
		"a flip, Markdown: flagged in the headline, the table and the details", md.out);
	// thresholds: the change is +$135.72, +34.5% of $393.90; the other way -$135.72, -25.6% of $529.62
	const cases = [
		[[base1, flip1, "--fail-above", "40%"], 3, "a flip fails --fail-above 40%"],
		[[base1, flip1, "--fail-above", "40%", "--ignore-flips"], 0, "+34.5% passes --fail-above 40% --ignore-flips"],
		[[base1, flip1, "--fail-above", "34%", "--ignore-flips"], 3, "+34.5% fails --fail-above 34% (an increase)"],
		[[flip1, base1, "--fail-above", "25%", "--ignore-flips"], 3, "-25.6% fails --fail-above 25% (a decrease)"],
		[[flip1, base1, "--fail-above", "26%", "--ignore-flips"], 0, "-25.6% passes --fail-above 26%"],
		[[base1, flip1, "--fail-above", "135", "--ignore-flips"], 3, "+$135.72 fails --fail-above 135"],
		[[base1, flip1, "--fail-above", "136", "--ignore-flips"], 0, "+$135.72 passes --fail-above 136"],
		[[flip1, base1, "--fail-above", "$135", "--ignore-flips"], 3, "-$135.72 fails --fail-above $135 (a decrease)"],
		[[flip1, base1, "--fail-above", "136"], 3, "a flip back fails --fail-above 136 without --ignore-flips"],
		[[base1, flip1, "--fail-above", "50%", "--fail-above", "100", "--ignore-flips"], 3, "either of two limits fails: +$135.72 > $100"],
		[[base1, flip1], 0, "without --fail-above, exit 0"],
		[[base1, input1, "--fail-above", "5%"], 3, "+5.8% ($22.81 of $393.90) fails --fail-above 5%"],
		[[base1, input1, "--fail-above", "6%"], 0, "+5.8% passes --fail-above 6%"],
	];
	for (const [args, want, what] of cases) {
		const r = run("diff", ...args);
		ok(r.status === want && r.out.includes("### runsheet diff:"), `thresholds: ${what} (exit ${want}, the comment printed)`,
			[r.status, r.err]);
	}
	const over = run("diff", base1, flip1, "--fail-above", "10%");
	ok(over.out.includes("**Over the threshold** of `--fail-above 10%`") &&
		over.out.includes("+$135.72 (+34.5%), the verdict flips"),
		"thresholds: the comment says which scenario is over and why", over.out);
	const j2 = diffJson(base1, flip1, "--fail-above", "10%").j;
	ok(j2?.threshold?.exceeded === true && j2.threshold.fraction === 0.1 && j2.threshold.usd === null &&
		j2.threshold.scenarios[0] === SEED && scen(j2, SEED).exceeds_threshold === true,
		"thresholds, JSON: threshold.exceeded, the limit and the scenario", JSON.stringify(j2?.threshold));
	// -o writes the same comment, also when over the limit, and nothing on an error
	const out = `${work}/comment.md`;
	const r = run("diff", base1, flip1, "--fail-above", "10%", "-o", out);
	ok(r.status === 3 && r.out === "" && readFileSync(out, "utf8") === over.out, "-o FILE: the same comment, exit 3");
	const bad = run("diff", base1, "tests/data/diff/bad-json", "-o", `${work}/never.md`);
	ok(bad.status === 1 && !existsSync(`${work}/never.md`), "-o FILE: nothing is written when a site is malformed");
}

// --- two changes: Shapley values by hand -----------------------------------
{
	const { j } = diffJson(base1, two1);
	const s = scen(j, SEED);
	// Cloud Run's vCPU cost is vcpu x 950,400 s x price; from 4 x 0.000024 ($91.2384):
	//   vCPU 5 alone: 5 x 950,400 x 0.000024 = 114.048, +22.8096
	//   price 0.000048 alone: 4 x 950,400 x 0.000048 = 182.4768, +91.2384
	//   both: 5 x 950,400 x 0.000048 = 228.096, +136.8576
	// Shapley: vcpu = (22.8096 + (136.8576 - 91.2384)) / 2 = 34.2144
	//          price = (91.2384 + (136.8576 - 22.8096)) / 2 = 102.6432
	const v = cause(s, "workload.vcpu"), p = cause(s, "price.cloud_run.vcpu_second");
	ok(s?.method === "shapley" && near(s.change.usd, 136.8576, 1e-12) && near(v?.effect_usd, 34.2144, 1e-12) &&
		near(p?.effect_usd, 102.6432, 1e-12) && near(v.effect_usd + p.effect_usd, s.change.usd, 1e-12),
		`two changes: Shapley values 34.2144 and 102.6432 add up to +$136.8576 (got ${v?.effect_usd}, ${p?.effect_usd})`,
		JSON.stringify(s?.causes));
	// the same from runsheet calc --set, an independent path
	const calc = (...sets) => JSON.parse(run("calc", SEED, "--format", "json", ...sets.flatMap((x) => ["--set", x])).out)
		.recommendation.monthly_total;
	const f0 = calc(), fv = calc("workload.vcpu=5"), fp = calc("price.cloud_run.vcpu_second=0.000048"),
		f1 = calc("workload.vcpu=5", "price.cloud_run.vcpu_second=0.000048");
	ok(near(v?.effect_usd, ((fv - f0) + (f1 - fp)) / 2) && near(p?.effect_usd, ((fp - f0) + (f1 - fv)) / 2),
		"two changes: the Shapley values equal those from runsheet calc --set of each combination");
}

// --- eleven changes: one at a time ------------------------------------------
{
	const { j } = diffJson(base1, many1);
	const s = scen(j, SEED);
	const effects = s?.causes.map((c) => c.effect_usd) ?? [];
	// Cloud Run: 3,801,600 vCPU-s x $0.000006 = 22.8096, 7,603,200 GiB-s x $0.0000005 = 3.8016;
	// no other price is Cloud Run's: +$26.6112, split exactly so whatever the order
	ok(s?.method === "sequential" && s.causes.length === 11 && near(s.change.usd, 26.6112, 1e-12) &&
		near(sum(effects), s.change.usd, 1e-12) &&
		near(cause(s, "price.cloud_run.vcpu_second")?.effect_usd, 22.8096, 1e-12) &&
		near(cause(s, "price.cloud_run.gib_second")?.effect_usd, 3.8016, 1e-12),
		`eleven changes: one at a time; Cloud Run's two prices +$22.8096 and +$3.8016, the effects add up to +$26.6112`,
		JSON.stringify(s?.causes.map((c) => [c.cell, c.effect_usd])));
	for (const pl of s?.platforms ?? []) {
		const got = sum(s.causes.map((c) => effectOn(c, pl.id)));
		ok(near(got, pl.change.usd, 1e-9), `eleven changes: the effects on ${pl.id} add up to its change ${pl.change.usd}`);
	}
}

// --- a mixture with a cycle: not split ---------------------------------------
{
	const { j } = diffJson(cycOld, cycNew);
	const s = scen(j, SEED);
	const res = s?.causes.find((c) => c.type === "residual");
	// vCPU stays 4 and memory 8 (each a formula of the other in one build); Cloud Run's
	// price 0.000024 -> 0.00003: 3,801,600 vCPU-s x $0.000006 = $22.8096
	ok(s?.method === "unattributed" && /cycle/.test(s.method_note) && near(res?.effect_usd, 22.8096, 1e-12) &&
		s.causes.filter((c) => c.type !== "residual").every((c) => c.effect_usd === null),
		"a mixture of the two models with a cycle: the change ($22.8096) is not split, it is the residual",
		JSON.stringify(s?.causes));
}

// --- what the images do not explain: a residual ------------------------------
{
	const t = `${work}/tampered`;
	cpSync(price, t, { recursive: true });
	const f = `${t}/scenarios/${SEED}/data.json`;
	const d = JSON.parse(readFileSync(f, "utf8"));
	d.platforms.find((p) => p.id === "fargate").monthly.total += 1;
	writeFileSync(f, JSON.stringify(d));
	const s = scen(diffJson(base, t).j, SEED);
	const res = s?.causes.find((c) => c.type === "residual");
	ok(near(effectOn(res, "fargate"), 1, 1e-9) && near(effectOn(cause(s, "price.fargate.vcpu_hour"), "fargate"), 10.56, 1e-12) &&
		/published totals/.test(res?.note),
		"a published total the model image does not give: the difference ($1) is a residual, the price keeps its $10.56",
		JSON.stringify(s?.causes));
}

// --- platforms and scenarios added and removed --------------------------------
{
	const { j } = diffJson(platOld, platNew);
	const s = scen(j, SEED);
	ok(j?.added.length === 1 && j.added[0].id === "startup-bursty" && j.removed.length === 1 &&
		j.removed[0].id === "gpu-inference" && j.summary.scenarios === 1,
		"scenarios added and removed: startup-bursty added, gpu-inference removed", JSON.stringify([j?.added, j?.removed]));
	ok(s?.changed && s.platforms_added.map((p) => p.id).join() === "gke_autopilot" &&
		s.platforms_removed.map((p) => p.id).join() === "eks" &&
		near(s.platforms_added[0].total, total(platNew, SEED, "gke_autopilot")) &&
		cause(s, "eks.compared")?.before === true && cause(s, "eks.compared")?.after === false,
		"platforms added and removed: GKE Autopilot now compared, EKS no longer (eks.compared TRUE -> FALSE)",
		JSON.stringify(s));
	const md = run("diff", platOld, platNew).out;
	ok(md.includes("Scenarios added:") && md.includes("- `startup-bursty`") && md.includes("Scenarios removed:") &&
		md.includes("- `gpu-inference`") && md.includes("Now compared: GKE Autopilot.") &&
		md.includes("No longer compared: Amazon EKS on EC2.") &&
		/^### runsheet diff: 1 of 1 scenario changes; no verdict flips; 1 scenario added; 1 scenario removed$/m.test(md),
		"scenarios and platforms added and removed, Markdown", md);
}

// --- a model change: a formula, a cell added, a cell removed ------------------
{
	const { j } = diffJson(base1, model1);
	const s = scen(j, SEED);
	const fees = cause(s, "fargate.platform_fees");
	const fg = s?.platforms.find((p) => p.id === "fargate");
	// the support fee adds $25 to Fargate; ops_factor 1.5 written inline changes nothing
	ok(near(fg?.change.usd, 25, 1e-12) && fees?.type === "formula" && fees.before === "=0" &&
		fees.after === "=fargate.support_fee" && near(effectOn(fees, "fargate"), 25, 1e-12) &&
		effectOn(cause(s, "fargate.engineering"), "fargate") === 0,
		"a formula change: fargate.platform_fees =0 -> =fargate.support_fee carries Fargate's +$25",
		JSON.stringify(s?.causes));
	const add = cause(s, "fargate.support_fee"), rem = cause(s, "fargate.ops_factor");
	ok(add?.type === "added" && add.before === null && add.after === 25 && add.effect_usd === 0 &&
		rem?.type === "removed" && rem.before === 1.5 && rem.after === null && rem.effect_usd === 0,
		"a cell only in NEW (added, 25) and one only in OLD (removed, 1.5), each with no effect of its own",
		JSON.stringify([add, rem]));
}

// --- the JSON contract's names and types ------------------------------------
{
	const problems = [];
	const isNum = (x) => typeof x === "number" && Number.isFinite(x);
	const want = (cond, what) => cond || problems.push(what);
	for (const [a, b] of [[base, price], [base1, flip1], [platOld, platNew], [base1, model1], [cycOld, cycNew], [base1, many1]]) {
		const { j } = diffJson(a, b);
		want(j && Array.isArray(j.scenarios), `${b}: scenarios[]`);
		for (const s of j?.scenarios ?? []) {
			const at = `${b}: ${s.id}`;
			want(typeof s.id === "string" && typeof s.verdict_changed === "boolean", `${at}: id, verdict_changed`);
			for (const k of ["before", "after"])
				want(s[k] && (typeof s[k].platform === "string" || s[k].platform === null) && isNum(s[k].total), `${at}: ${k}`);
			want(s.change && isNum(s.change.usd) && (isNum(s.change.fraction) || s.change.fraction === null), `${at}: change`);
			want(Array.isArray(s.platforms) && s.platforms.every((p) => typeof p.id === "string" && isNum(p.change?.usd) &&
				(isNum(p.change?.fraction) || p.change?.fraction === null)), `${at}: platforms[]`);
			want(Array.isArray(s.causes) && s.causes.every((c) => "cell" in c && "before" in c && "after" in c &&
				(isNum(c.effect_usd) || c.effect_usd === null)), `${at}: causes[]`);
			// the effects add up to the change
			if (s.causes.every((c) => c.effect_usd !== null) && s.causes.length)
				want(near(sum(s.causes.map((c) => c.effect_usd)), s.change.usd, 1e-9), `${at}: effects add up`);
		}
	}
	ok(problems.length === 0, "JSON: every comparison has the contract's names (scenarios[].id, verdict_changed, before/after {platform, total}, change {usd, fraction}, platforms[] {id, change}, causes[] {cell, before, after, effect_usd}) and its effects add up", problems);
}

// --- the Markdown: GitHub-flavoured, one amount of money per cell or line ------
{
	const md = [run("diff", base, price).out, run("diff", base1, flip1, "--fail-above", "10%").out,
		run("diff", platOld, platNew).out, run("diff", base1, model1).out, run("diff", cycOld, cycNew).out].join("\n");
	const bad = [];
	for (const line of md.split("\n")) {
		// a table row: each cell on its own; any other line: the whole line
		const parts = line.startsWith("|") ? line.split(/(?<!\\)\|/) : [line];
		if (parts.some((p) => (p.match(/\$/g) || []).length > 1))
			bad.push(line);
	}
	ok(bad.length === 0, "Markdown: no table cell and no line holds two dollar signs (no \"$...$\" mathematics)", bad);
	const html = spawnSync("cmark-gfm", ["--unsafe", "-e", "table"], { input: run("diff", base, price).out, encoding: "utf8" });
	if (html.error) {
		console.log("skip - diff: cmark-gfm is not installed (apt-get install cmark-gfm)");
	} else {
		const details = (html.stdout.match(/<details>/g) || []).length;
		const tables = (html.stdout.match(/<table>/g) || []).length;
		const rows = (html.stdout.match(/<tr>/g) || []).length;
		// one summary table (header + 2 rows), per scenario a platforms table and a causes table
		ok(details === 2 && tables === 5 && rows === 3 + 2 * (2 + 3) && !html.stdout.includes("|"),
			`Markdown through cmark-gfm: 2 <details>, 5 tables, ${rows} rows, no stray "|"`, html.stdout);
	}
}

// --- a hostile title stays text in the comment ---------------------------------
{
	const h = "tests/data/hostile/injection.json";
	const a = build("hostile-old", [h]), b = build("hostile-new", [h], "--set", "price.cloud_run.vcpu_second=0.00003");
	const md = run("diff", a, b).out;
	const html = spawnSync("cmark-gfm", ["--unsafe", "-e", "table"], { input: md, encoding: "utf8" });
	if (html.error)
		console.log("skip - diff: cmark-gfm is not installed (apt-get install cmark-gfm)");
	else
		ok(md.includes("<details>") && !/<script|<b>/i.test(html.stdout) && html.stdout.includes("&lt;script&gt;"),
			"a scenario title with <script> and <b> is text in the comment, in the table and in <summary>", html.stdout);
}

process.exit(failures ? 1 : 0);
