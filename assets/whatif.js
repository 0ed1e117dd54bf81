/*
 * runsheet: the report page recalculates. Progressive enhancement: without
 * JavaScript or WebAssembly the page is the static report.
 *
 * The engine is runsheet's own C (formula parser, evaluator, model and
 * report), compiled to WebAssembly (runsheet-wasm.js, base64) and fed the
 * page's model image (the <script id="whatif-image"> block). A change of an
 * input is evaluated there as `runsheet calc --set NAME=VALUE` would be;
 * the figures of the page carry data-cell, data-fmt and data-value and get
 * the engine's numbers and the engine's text for them. The state lives in
 * the address (#set=NAME=VALUE&set=...); Reset returns to the published
 * decision; Download as scenario saves a file runsheet calc reproduces.
 */
(function () {
	"use strict";

	const doc = document;
	const imageEl = doc.getElementById("whatif-image");
	const template = doc.getElementById("whatif-template");
	const article = doc.querySelector("article.report");
	if (!imageEl || !template || !article || typeof WebAssembly !== "object" ||
	    typeof window.RUNSHEET_WASM !== "string") {
		return;
	}
	const COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"];
	const COMPONENTS = ["Compute", "Platform fees", "Hidden infrastructure",
		"Engineering time", "One-time work (amortised)"];
	const enc = new TextEncoder();
	const dec = new TextDecoder();
	let ex = null;          // the engine's exports
	let figures = [];       // [span, "CELL\tFORMAT"] the engine refreshes
	let watch = "";         // the same, as the engine reads them
	let rows = [];          // per cost-table row: its id, name cell, total cell
	let reasons = null;     // the list of reasons
	let chartHolder = null; // the breakdown chart's paragraph, and its published HTML
	let chartHTML = "";
	let warning = null;     // the bill's warning, a blockquote, or null
	let banner = null;      // "what-if: ...; not the published decision"
	let panel = null;       // the what-if section
	let fields = [];        // its inputs and selects
	let lastRows = "";      // the rows' state last shown
	let lastReasons = "";
	let addressTimer = 0;

	function bytes(b64) {
		if (typeof Uint8Array.fromBase64 === "function") {
			return Uint8Array.fromBase64(b64);
		}
		const s = atob(b64);
		const u = new Uint8Array(s.length);
		for (let i = 0; i < s.length; i++) {
			u[i] = s.charCodeAt(i);
		}
		return u;
	}

	// Call an engine function with strings; the answer is its result text.
	function call(fn, ...strs) {
		const args = [];
		for (const s of strs) {
			const b = enc.encode(s);
			const p = ex.rs_alloc(b.length + 1);
			new Uint8Array(ex.memory.buffer, p, b.length).set(b);
			args.push(p, b.length);
		}
		const r = fn(...args);
		const out = dec.decode(new Uint8Array(ex.memory.buffer, r, ex.rs_result_len()));
		for (let i = 0; i < args.length; i += 2) {
			ex.rs_free(args[i]);
		}
		return out;
	}

	function changedSets() {
		const sets = [];
		for (const f of fields) {
			if (f.value !== f.dataset.published) {
				sets.push([f.dataset.cell, f.value]);
			}
		}
		return sets;
	}

	function setError(f, message) {
		const err = doc.getElementById(f.id + "-e");
		if (err.textContent !== message) {
			err.textContent = message;
		}
		if (message) {
			f.setAttribute("aria-invalid", "true");
		} else {
			f.removeAttribute("aria-invalid");
		}
	}

	function esc(s) {
		return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
	}

	// "$12k", as the Cairo chart labels its axis.
	function moneyShort(v) {
		const a = Math.abs(v);
		const sign = v < 0 ? "-" : "";
		if (a < 1000) {
			return sign + "$" + String(Math.round(a * 100) / 100);
		}
		if (a < 1e6) {
			return sign + "$" + String(Math.round(a / 100) / 10) + "k";
		}
		return sign + "$" + String(Math.round(a / 1e5) / 10) + "M";
	}

	function niceStep(span, n) {
		if (!(span > 0) || !isFinite(span)) {
			return 1;
		}
		const raw = span / n;
		const mag = Math.pow(10, Math.floor(Math.log10(raw)));
		const f = raw / mag;
		return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
	}

	// The breakdown chart, drawn again from the engine's rows in the look of
	// the Cairo chart (charts/breakdown.svg): stacked bars by component, on
	// one scale, or in panels when on one scale some bar would be shorter
	// than READABLE of the axis: a panel per family, and within a family a
	// panel per band of totals, as chart.c's breakdown_panels lays them out.
	// Drawn as markup when its rows or panels change; later what-ifs move
	// its bars, labels and axes in place.
	const W = 960, PITCH = 40, BAR = 26, READABLE = 0.1;
	const FONT = "font-family:DejaVu Sans,sans-serif;font-size:";
	let svg = null;         // the drawn chart, while a what-if shows it
	let layout = null;      // its rows' left edge, plot width, and each panel's top and bottom

	function textTag(x, y, size, fill, anchor, bold, t, cls) {
		return "<text xml:space=\"preserve\"" + (cls ? " class=\"" + cls + "\"" : "") + " x=\"" + x +
			"\" y=\"" + y + "\" style=\"" + FONT + size + "px" + (bold ? ";font-weight:bold" : "") +
			"\" fill=\"" + fill + "\"" + (anchor ? " text-anchor=\"" + anchor + "\"" : "") + ">" +
			esc(t) + "</text>";
	}

	// The end of a nice axis for totals up to max.
	function axisEnd(max) {
		return Math.ceil(max / niceStep(max, 5)) * niceStep(max, 5) || 1;
	}

	function readsOnOne(rs) {
		let max = 0;
		let min = Infinity;
		for (const r of rs) {
			max = Math.max(max, r.total);
			if (r.total > 0) {
				min = Math.min(min, r.total);
			}
		}
		return min === Infinity || min >= READABLE * axisEnd(max);
	}

	// The panels of rs: of[i] is row i's panel; per panel its family (0
	// serverless, 1 Kubernetes, -1 all), band, bands in its family and axis end.
	function panelsOf(rs) {
		const p = { of: rs.map(() => 0), fam: [], band: [], nbands: [], max: [], smallest: 0 };
		if (readsOnOne(rs)) {
			p.fam.push(-1);
			p.band.push(0);
			p.nbands.push(1);
		} else {
			for (const f of [0, 1]) {
				const idx = rs.map((r, i) => i).filter((i) => (rs[i].family === "serverless" ? 0 : 1) === f)
					.sort((a, b) => rs[b].total - rs[a].total || a - b);
				const first = p.fam.length;
				let top = 0;
				idx.forEach((i, k) => {
					const t = rs[i].total;
					if (k === 0 || (t > 0 && t < READABLE * axisEnd(top))) {
						p.fam.push(f);
						p.band.push(p.fam.length - 1 - first);
						top = t;
					}
					p.of[i] = p.fam.length - 1;
				});
				for (let k = first; k < p.fam.length; k++) {
					p.nbands[k] = p.fam.length - first;
				}
			}
		}
		p.max = p.fam.map(() => 0);
		rs.forEach((r, i) => {
			p.max[p.of[i]] = Math.max(p.max[p.of[i]], r.total);
		});
		p.max = p.max.map(axisEnd);
		p.max.forEach((m, k) => {
			if (m < p.max[p.smallest]) {
				p.smallest = k;
			}
		});
		return p;
	}

	function panelName(p, k, heading) {
		const name = p.fam[k] === 0 ? (heading ? "Serverless platforms" : "serverless") :
			(heading ? "Kubernetes platforms" : "Kubernetes");
		return name + (p.nbands[k] > 1 ? " (" + (p.band[k] + 1) + " of " + p.nbands[k] + ")" : "");
	}

	function axis(k, max) {
		const { left, plotW } = layout;
		const { top, bottom } = layout.panels[k];
		const step = niceStep(max, 5);
		const out = [];
		for (let t = 0; t <= max + step / 2; t += step) {
			const gx = Math.floor(left + plotW * t / max) + 0.5;
			out.push("<line x1=\"" + gx + "\" y1=\"" + top + "\" x2=\"" + gx + "\" y2=\"" + bottom +
				"\" stroke=\"#dedee3\"/>" + textTag(gx, bottom + 18, 13, "#61616b", "middle", false,
				moneyShort(t)));
		}
		return out.join("");
	}

	// The markup of the chart for rows rs (in drawing order) and panels p.
	function chartMarkup(rs, p, title) {
		const np = p.fam.length;
		const h = 190 + PITCH * rs.length + (np > 1 ? 24 * np + 34 * (np - 1) + 18 : 0);
		const out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + h +
			"\" role=\"img\" class=\"wi-chart\"><title>Monthly cost by component, what-if. The " +
			"same figures are in the table below.</title><rect width=\"" + W + "\" height=\"" + h +
			"\" fill=\"#ffffff\"/>"];
		out.push(textTag(24, 34, 19, "#212126", "", true, "Monthly cost by component"));
		out.push(textTag(24, 56, 13, "#61616b", "", false, title + " (what-if)"));
		let x = 24;
		let y = 86;
		COMPONENTS.forEach((name, k) => {
			const tw = name.length * 7.2;
			if (x > 24 && x + 18 + tw > W - 24) {
				x = 24;
				y += 20;
			}
			out.push("<rect x=\"" + x + "\" y=\"" + (y - 10) + "\" width=\"12\" height=\"12\" " +
				"fill=\"" + COLORS[k] + "\"/>" + textTag(x + 18, y, 13, "#212126", "", false, name));
			x += 18 + tw + 18;
		});
		let left = 0;
		for (const r of rs) {
			left = Math.max(left, r.name.length * 8.4);
		}
		left += 40;
		layout = { left: left, plotW: W - left - 110, panels: [] };
		y += 30;
		for (let k = 0; k < np; k++) {
			if (np > 1) {
				const head = panelName(p, k, true);
				out.push(textTag(24, y + 16, 13, "#212126", "", true, head));
				out.push(textTag(24 + head.length * 8 + 10, y + 16, 12, "#61616b", "", false, "",
					"wi-head"));
				y += 24;
			}
			const mine = rs.filter((r) => r.panel === k);
			const panel = { top: y, bottom: y + PITCH * mine.length };
			layout.panels.push(panel);
			out.push("<g class=\"wi-axis\"></g>");
			if (k !== p.smallest) {
				out.push("<line class=\"wi-dot\" y1=\"" + (y - 4) + "\" y2=\"" + panel.bottom +
					"\" stroke=\"#212126\" stroke-dasharray=\"2,3\"/>");
			}
			mine.forEach((r, i) => {
				const by = y + PITCH * i + (PITCH - BAR) / 2;
				out.push("<g class=\"wi-row\">" + textTag(left - 12, by + BAR / 2 + 5, 14, "#212126",
					"end", false, r.name, "wi-name"));
				COLORS.forEach((c) => out.push("<rect y=\"" + by + "\" height=\"" + BAR +
					"\" fill=\"" + c + "\"/>"));
				out.push(textTag(0, by + BAR / 2 + 5, 13, "#212126", "", false, "", "wi-total") +
					"</g>");
			});
			y = panel.bottom + 34;
		}
		const bottom = layout.panels[np - 1].bottom;
		out.push(textTag(left + layout.plotW / 2, bottom + 42, 13, "#212126", "middle",
			false, "US dollars per month (cloud bill, engineering time and amortised one-time work)"));
		if (np > 1) {
			out.push(textTag(left + layout.plotW / 2, bottom + 60, 12, "#61616b", "middle", false, "",
				"wi-scales"));
		}
		out.push("</svg>");
		return out.join("");
	}

	// Draw the chart of res: the bars, the labels and the axes for its totals.
	function chart(res, title) {
		const p = panelsOf(res.rows);
		const np = p.fam.length;
		// in drawing order: by panel, each in listing order
		const rs = res.rows.map((r, i) => Object.assign({ panel: p.of[i] }, r))
			.sort((a, b) => a.panel - b.panel);
		const key = rs.map((r) => r.id + ":" + r.panel).join() + "/" + p.fam.join() + "/" +
			p.smallest;
		if (!svg || svg.dataset.rows !== key || !chartHolder.contains(svg)) {
			chartHolder.innerHTML = chartMarkup(rs, p, title);
			svg = chartHolder.firstElementChild;
			svg.dataset.rows = key;
		}
		const axes = svg.querySelectorAll(".wi-axis");
		p.max.forEach((m, k) => {
			axes[k].innerHTML = axis(k, m);
		});
		if (np > 1) {
			const heads = svg.querySelectorAll(".wi-head");
			const dots = svg.querySelectorAll(".wi-dot");
			let d = 0;
			p.max.forEach((m, k) => {
				let t = "on their own scale, to " + moneyShort(m);
				if (k !== p.smallest) {
					t += "; dotted: " + moneyShort(p.max[p.smallest]) + ", where the " +
						panelName(p, p.smallest, false) + " scale ends";
					const dx = Math.floor(layout.left + layout.plotW * p.max[p.smallest] / m) + 0.5;
					dots[d].setAttribute("x1", dx);
					dots[d].setAttribute("x2", dx);
					d++;
				}
				heads[k].textContent = t;
			});
			svg.querySelector(".wi-scales").textContent = np + " scales, so that every bar reads: " +
				p.max.map((m, k) => panelName(p, k, false) + " to " + moneyShort(m)).join(", ");
		}
		const groups = svg.querySelectorAll(".wi-row");
		rs.forEach((r, i) => {
			const g = groups[i];
			const max = p.max[r.panel];
			const name = g.querySelector(".wi-name");
			const weight = r.recommended ? FONT + "14px;font-weight:bold" : FONT + "14px";
			name.setAttribute("style", weight);
			name.setAttribute("fill", r.excluded ? "#61616b" : "#212126");
			let bx = layout.left;
			g.querySelectorAll("rect").forEach((rect, k) => {
				const sw = Math.max(layout.plotW * r.comp[k] / max, 0);
				rect.setAttribute("x", bx);
				rect.setAttribute("width", sw);
				bx += sw;
			});
			const total = g.querySelector(".wi-total");
			total.setAttribute("x", bx + 8);
			total.setAttribute("style", FONT + "13px" + (r.recommended ? ";font-weight:bold" : ""));
			total.textContent = r.total_text + (r.recommended ? "  recommended" :
				r.excluded ? "  excluded" : "");
		});
	}

	// Put the engine's answer on the page (the chart only for a what-if).
	function show(res, redraw) {
		const cells = res.cells || {};
		for (const [span, key] of figures) {
			const c = cells[key];
			if (c && span.dataset.value !== c[0]) {
				span.dataset.value = c[0];
			}
			if (c && span.textContent !== c[1]) {
				span.textContent = c[1];
			}
		}
		// the cost table's rows: recommended in bold, excluded marked
		const state = res.rows.map((r) => r.id + (r.recommended ? "*" : r.excluded ? "x" : "")).join();
		if (state !== lastRows) {
			lastRows = state;
			const byId = new Map(res.rows.map((r) => [r.id, r]));
			for (const row of rows) {
				const r = byId.get(row.id);
				if (!r) {
					continue;
				}
				row.nameCell.textContent = "";
				row.totalCell.textContent = "";
				if (r.recommended) {
					const b1 = doc.createElement("strong");
					const b2 = doc.createElement("strong");
					b1.appendChild(row.name);
					b2.appendChild(row.total);
					row.nameCell.append(b1, " (recommended)");
					row.totalCell.appendChild(b2);
				} else {
					row.nameCell.append(row.name, r.excluded ? " (excluded)" : "");
					row.totalCell.appendChild(row.total);
				}
			}
		}
		// the reasons
		const said = res.reasons.join("\n");
		if (reasons && said !== lastReasons) {
			lastReasons = said;
			reasons.textContent = "";
			res.reasons.forEach((text, i) => {
				const li = doc.createElement("li");
				const span = doc.createElement("span");
				span.dataset.cell = "reason";
				span.dataset.fmt = "text";
				span.dataset.value = String(i);
				span.textContent = text;
				li.appendChild(span);
				reasons.appendChild(li);
			});
		}
		// the bill: its warning before the verdict
		if (warning && res.bill) {
			warning.hidden = res.bill.warning === "";
		}
		// the chart: drawn for a what-if, the published image otherwise
		if (chartHolder && redraw) {
			chart(res, doc.querySelector("h1").textContent);
		} else if (chartHolder && svg) {
			chartHolder.innerHTML = chartHTML;
			svg = null;
		}
	}

	function status(text) {
		const s = panel.querySelector(".wi-status");
		if (s.textContent !== text) {
			s.textContent = text;
		}
	}

	// Evaluate the changed inputs; a refused one keeps its message and is
	// left out, and the others still count.
	function evaluate() {
		let sets = changedSets();
		for (const f of fields) {
			setError(f, "");
		}
		let res = null;
		for (let round = 0; round < 3; round++) {
			const text = sets.map(([n, v]) => n + "=" + v).join("\n");
			res = JSON.parse(call(ex.rs_eval, text, watch));
			if (res.ok) {
				break;
			}
			const bad = new Set();
			for (const e of res.errors) {
				const f = fields.find((x) => x.dataset.cell === e.set);
				if (f) {
					setError(f, e.message);
					bad.add(e.set);
				}
			}
			if (bad.size === 0) {
				break;
			}
			sets = sets.filter(([n]) => !bad.has(n));
		}
		if (res && res.ok) {
			show(res, sets.length > 0);
			status(sets.length ? "" : "The published decision.");
		} else if (res) {
			status(res.errors.map((e) => e.message).join(" "));
		}
		for (const f of fields) {
			f.closest(".wi-field").classList.toggle("wi-changed", f.value !== f.dataset.published);
		}
		const from = new Map(fields.map((f) => [f.dataset.cell, f]));
		const said = sets.map(([n, v]) => n + " " + from.get(n).dataset.published + " → " + v);
		banner.hidden = !(sets.length && res && res.ok);
		banner.textContent = banner.hidden ? "" : "what-if: " + said.join(", ") +
			"; not the published decision";
		// the address when the changes settle: it is not part of the figures
		clearTimeout(addressTimer);
		addressTimer = setTimeout(() => remember(sets), 150);
	}

	// The changes in the address, so a what-if can be sent as a link.
	function remember(sets) {
		// #set=team.engineers=12&set=workload.vcpu=6: readable, and exact
		const hash = sets.length ? "#" + sets.map(([n, v]) => "set=" + n + "=" +
			encodeURIComponent(v).replace(/%3D/g, "=")).join("&") : "";
		try {
			history.replaceState(null, "", location.pathname + location.search + hash);
		} catch {
			location.hash = hash; // a browser that refuses replaceState on file://
		}
	}

	function fromAddress() {
		const params = new URLSearchParams(location.hash.replace(/^#/, ""));
		for (const s of params.getAll("set")) {
			const eq = s.indexOf("=");
			const f = fields.find((x) => x.dataset.cell === s.slice(0, eq));
			if (eq > 0 && f) {
				f.value = s.slice(eq + 1);
			}
		}
	}

	function reset() {
		for (const f of fields) {
			f.value = f.dataset.published;
		}
		evaluate();
	}

	// The scenario with the changes, as a file runsheet calc reproduces.
	function download() {
		const data = doc.getElementById("whatif-scenario");
		if (!data) {
			return;
		}
		const scn = JSON.parse(data.textContent);
		for (const [name, value] of changedSets()) {
			const parts = name.split(".");
			let node = scn;
			for (const p of parts.slice(0, -1)) {
				if (typeof node[p] !== "object" || node[p] === null) {
					node[p] = {};
				}
				node = node[p];
			}
			const leaf = parts[parts.length - 1];
			let v = value;
			if (value === "TRUE" || value === "FALSE") {
				v = value === "TRUE";
			} else if (!value.startsWith("=") && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) {
				v = Number(value);
			}
			if (typeof node[leaf] === "object" && node[leaf] !== null && "value" in node[leaf]) {
				node[leaf].value = v;
				delete node[leaf].source;
			} else {
				node[leaf] = v;
			}
		}
		const blob = new Blob([JSON.stringify(scn, null, 2) + "\n"], { type: "application/json" });
		const a = doc.createElement("a");
		a.href = URL.createObjectURL(blob);
		a.download = (scn.id || "scenario") + "-whatif.json";
		doc.body.appendChild(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(a.href), 0);
	}

	function start() {
		const t0 = performance.now();
		const imports = {
			wasi_snapshot_preview1: { fd_write: () => 52, fd_close: () => 52, fd_seek: () => 52 },
		};
		// compiled here and now, so the panel is ready in the same task
		ex = new WebAssembly.Instance(new WebAssembly.Module(bytes(window.RUNSHEET_WASM)),
			imports).exports;
		const loaded = JSON.parse(call(ex.rs_load, imageEl.textContent));
		if (!loaded.ok) {
			return;
		}
		for (const span of article.querySelectorAll("[data-cell][data-fmt]")) {
			const fmt = span.dataset.fmt;
			if (fmt !== "row" && span.dataset.cell !== "reason") {
				figures.push([span, span.dataset.cell + "\t" + fmt]);
			}
		}
		watch = Array.from(new Set(figures.map(([, key]) => key))).join("\n");
		for (const name of article.querySelectorAll("[data-fmt='row']")) {
			const id = name.dataset.value;
			const total = name.closest("tr").querySelector("[data-cell='" + id + ".total']");
			rows.push({ id: id, name: name, total: total, nameCell: name.closest("td"),
				totalCell: total.closest("td") });
		}
		const reason = article.querySelector("[data-cell='reason']");
		reasons = reason ? reason.closest("ul") : null;
		const source = article.querySelector("picture.chart source[srcset$='breakdown.svg']");
		chartHolder = source ? source.closest("picture").parentElement : null;
		chartHTML = chartHolder ? chartHolder.innerHTML : "";
		const w = article.querySelector("[data-cell='bill.warning']");
		warning = w ? w.closest("blockquote") : null;
		banner = doc.createElement("p");
		banner.className = "wi-banner";
		banner.setAttribute("role", "status");
		banner.hidden = true;
		article.insertBefore(banner, article.firstChild);
		panel = template.content.firstElementChild.cloneNode(true);
		article.parentElement.insertBefore(panel, article);
		fields = Array.from(panel.querySelectorAll("[data-cell]"));
		for (const f of fields) {
			f.addEventListener("change", evaluate);
			if (f.tagName === "INPUT") {
				f.addEventListener("keydown", (e) => {
					if (e.key === "Enter") {
						e.preventDefault();
						evaluate();
					}
				});
			}
		}
		panel.querySelector("form").addEventListener("submit", (e) => {
			e.preventDefault();
			evaluate();
		});
		panel.querySelector(".wi-reset").addEventListener("click", reset);
		panel.querySelector(".wi-download").addEventListener("click", download);
		fromAddress();
		if (changedSets().length) {
			panel.open = true;
			evaluate();
		} else {
			status("The published decision.");
		}
		// how long the engine took to be ready, for make bench and the tests
		doc.documentElement.dataset.whatifMs = (performance.now() - t0).toFixed(1);
		doc.documentElement.dataset.whatif = "ready";
		// run the engine once while the reader reads, so the first change is quick
		const warm = () => call(ex.rs_eval, "", watch);
		if (typeof requestIdleCallback === "function") {
			requestIdleCallback(warm, { timeout: 2000 });
		} else {
			setTimeout(warm, 0);
		}
	}

	try {
		start();
	} catch (e) {
		doc.documentElement.dataset.whatif = "failed";
		// the static report stands; say why in the console for whoever looks
		console.info("runsheet what-if: " + e.message);
	}
}());
