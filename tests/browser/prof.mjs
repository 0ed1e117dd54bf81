import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage();
const cdp = await p.context().newCDPSession(p);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await p.goto(process.argv[2]);
await p.waitForFunction(() => document.documentElement.dataset.whatif, null, { timeout: 10000 });
const { profile } = await cdp.send("Profiler.stop");
console.log(await p.evaluate(() => JSON.stringify(window.T, (k, v) => typeof v === "number" ? +v.toFixed(1) : v)));
const self = new Map();
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const n = byId.get(samples[i]); const key = n.callFrame.functionName + " " + (n.callFrame.url || "").split("/").pop(); self.set(key, (self.get(key) || 0) + (dt[i] || 0)); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => (v / 1000).toFixed(1) + " ms " + k).join("\n"));
await b.close();
