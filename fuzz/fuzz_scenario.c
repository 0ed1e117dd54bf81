/*
 * fuzz_scenario.c -- libFuzzer harness: a scenario file, end to end.
 *
 * The input is the text of a scenario file. It goes through the JSON
 * loader (src_parse), the scenario reader, the model builder and the
 * evaluator, the report, the calc JSON export and the Markdown report
 * (templates/report.md) rendered to HTML by cmark-gfm: everything a hostile
 * scenario can reach short of writing files. The bundled model data is
 * loaded once ($RUNSHEET_DATA, default the working directory).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "cli.h"
#include "document.h"
#include "tmpl.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct catalog *cat;
static struct docenv env;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags d = {0};
	const char *dir = getenv("RUNSHEET_DATA");

	(void)argc;
	(void)argv;
	if (dir == NULL || *dir == '\0')
		dir = ".";
	cat = catalog_load(dir, NULL, 0, &d);
	if (cat == NULL || d.nerrors) {
		diags_print(&d, stderr);
		abort();
	}
	env.report_md = tmpl_load("templates/report.md", "templates/report.md", &d);
	if (env.report_md == NULL)
		abort();
	env.data_date = (char *)"2026-11-23";
	diags_free(&d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = {0};
	struct src *src = src_parse("fuzz.json", (const char *)data, size, &d);
	struct scenario *sc = src ? scenario_from_src(src, cat, &d) : NULL;
	struct model *m = sc && d.nerrors == 0 ? model_new(cat, sc, NULL, 0, &d) : NULL;
	struct report *r = m && model_eval(m, &d) ? report_new(m, &d) : NULL;

	if (r) {
		struct buf out = {0}, md = {0};
		struct tval *v = report_vars(r, &env);

		export_calc_json(&out, r);
		if (tmpl_render(env.report_md, v, &md, &d)) {
			char *html = md_to_html(md.data ? md.data : "", md.len);

			/* the scenario's own text must never become markup */
			if (strstr(html, "<script") != NULL || strstr(html, "href=\"javascript:") != NULL)
				abort();
			free(html);
		}
		tv_free(v);
		buf_free(&out);
		buf_free(&md);
	}
	/* every diagnostic must format */
	{
		struct buf b = {0};
		size_t i;

		for (i = 0; i < d.nlist; i++)
			buf_printf(&b, "%s:%d:%d: %s\n", d.list[i].file ? d.list[i].file : "",
			    d.list[i].line, d.list[i].col, d.list[i].msg);
		buf_free(&b);
	}
	report_free(r);
	model_free(m);
	scenario_free(sc);
	diags_free(&d);
	return 0;
}
