/*
 * runsheet: sort the index matrix by a column. Progressive enhancement: the
 * table is complete and ordered without it. Each sortable heading gets a
 * button; pressing it sorts the rows by that column (platforms by their
 * monthly total, scenarios and verdicts by name), again to reverse.
 * Platforms a scenario does not compare sort last either way.
 */
(function () {
	"use strict";
	var table = document.getElementById("matrix");
	if (!table || !table.tBodies.length) {
		return;
	}
	var body = table.tBodies[0];
	var heads = [];
	var rows1 = table.tHead.rows;
	/* the headings in the order of the cells of a body row */
	heads.push(rows1[0].cells[0], rows1[0].cells[1]);
	for (var i = 0; i < rows1[1].cells.length; i++) {
		heads.push(rows1[1].cells[i]);
	}
	function key(row, col) {
		var cell = row.cells[col];
		if (col >= 2) {
			var t = cell.getAttribute("data-total");
			return t === "" || t === null ? null : parseFloat(t);
		}
		return cell.textContent.trim().toLowerCase();
	}
	function sortBy(col, th) {
		var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
		var rows = Array.prototype.slice.call(body.rows);
		rows.sort(function (a, b) {
			var x = key(a, col), y = key(b, col);
			if (x === y) {
				return 0;
			}
			if (x === null) {
				return 1;
			}
			if (y === null) {
				return -1;
			}
			return (x < y ? -1 : 1) * dir;
		});
		rows.forEach(function (r) { body.appendChild(r); });
		heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
		th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
	}
	heads.forEach(function (th, col) {
		var button = document.createElement("button");
		button.type = "button";
		/* keep a link in the heading (platform pages) and add the button beside it */
		var link = th.querySelector("a");
		if (link) {
			button.setAttribute("aria-label", "Sort by " + link.textContent);
			button.title = "Sort by " + link.textContent;
			th.appendChild(document.createTextNode(" "));
			th.appendChild(button);
		} else {
			button.textContent = th.textContent;
			th.textContent = "";
			th.appendChild(button);
		}
		button.addEventListener("click", function () { sortBy(col, th); });
	});
}());
