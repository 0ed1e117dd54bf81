/*
 * fuzz_template.c -- libFuzzer harness: the template engine and Markdown.
 *
 * The first byte picks the template's language (text, Markdown, plain);
 * the rest up to a NUL byte is a template, rendered against a fixed tree
 * of values whose strings are hostile (markup, quotes, Markdown, a
 * javascript: link); what follows the NUL, or the whole input, also goes
 * through md_to_html. Rendered HTML text must never contain the hostile
 * strings unescaped.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "document.h"
#include "tmpl.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define MARK "r5k9Q"
#define EVIL "<script>alert(\"" MARK "\")</script>\"'&[x](javascript:alert(1))`|*_"

static struct tval *
values(void)
{
	struct tval *v = tv_map(), *l, *it;
	int i;

	tv_str(v, "name", EVIL);
	tv_str(v, "url", "javascript:alert(1)");
	tv_str(v, "empty", "");
	tv_bool(v, "yes", true);
	tv_bool(v, "no", false);
	l = tv_list(v, "items");
	for (i = 0; i < 3; i++) {
		it = tv_item(l);
		tv_str(it, "name", EVIL);
		tv_strf(it, "n", "%d", i);
	}
	l = tv_list(v, "texts");
	tv_item_str(l, EVIL);
	tv_item_str(l, "plain");
	it = tv_submap(v, "sub");
	tv_str(it, "name", EVIL);
	return v;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum esc langs[] = {ESC_TEXT, ESC_MD, ESC_PLAIN};
	struct diags d = {0};
	struct tval *v;
	struct tmpl *t;
	const char *nul;
	char *text, *html;
	size_t tlen;

	if (size == 0 || size > 65536)
		return 0;
	nul = memchr(data + 1, '\0', size - 1);
	tlen = nul ? (size_t)(nul - (const char *)data) - 1 : size - 1;
	text = xstrndup((const char *)data + 1, tlen);
	v = values();
	t = tmpl_parse(text, "fuzz", langs[data[0] % 3], &d);
	if (t) {
		struct buf out = {0};

		/* a value escaped for HTML text must not come out as markup (unless the
		 * template asked for raw insertion or wrote the marker itself) */
		if (tmpl_render(t, v, &out, &d) && langs[data[0] % 3] == ESC_TEXT &&
		    strstr(text, "html:") == NULL && strstr(text, MARK) == NULL &&
		    strstr(buf_str(&out), "<script>alert(\"" MARK) != NULL)
			abort();
		buf_free(&out);
		tmpl_free(t);
	}
	html = md_to_html(nul ? nul + 1 : (const char *)data,
	    nul ? size - (size_t)(nul + 1 - (const char *)data) : size);
	if (strstr(html, "<script") != NULL || strstr(html, "href=\"javascript:") != NULL)
		abort(); /* raw HTML and unsafe links are off */
	free(html);
	tv_free(v);
	diags_free(&d);
	free(text);
	return 0;
}
