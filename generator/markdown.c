/*
 * markdown.c -- Markdown to HTML with cmark-gfm.
 *
 * The one place runsheet renders Markdown: the report (document.c), the
 * site's methodology and notes (pages.c) and the fuzz harnesses. The table
 * extension is on; raw HTML and dangerous URLs are off (cmark-gfm's safe
 * default); our chart images become <picture> with the SVG as source and
 * the PNG as fallback.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "runsheet.h"
#include "tmpl.h"

static bool
is_chart_url(const char *u, char *name, size_t sz)
{
	size_t n;
	const char *p;

	if (!str_has_prefix(u, "charts/") || !str_has_suffix(u, ".png"))
		return false;
	n = strlen(u) - strlen("charts/") - strlen(".png");
	if (n == 0 || n >= sz)
		return false;
	for (p = u + 7; p < u + 7 + n; p++)
		if (!((*p >= 'a' && *p <= 'z') || *p == '_' || *p == '-'))
			return false;
	memcpy(name, u + 7, n);
	name[n] = '\0';
	return true;
}

static pthread_once_t cmark_once = PTHREAD_ONCE_INIT;

/* The plain text of a node's children (an image's alt text). */
static void
plain_text(cmark_node *n, struct buf *b)
{
	cmark_node *c;

	for (c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		const char *lit = cmark_node_get_literal(c);

		if (lit)
			buf_puts(b, lit);
		plain_text(c, b);
	}
}

/*
 * Render Markdown as HTML with cmark-gfm: the table extension on, raw HTML
 * and dangerous URLs off, our chart images as <picture> with an SVG source
 * and the PNG as fallback. Caller frees.
 */
char *
md_to_html(const char *md, size_t len)
{
	int opts = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
	cmark_parser *p;
	cmark_node *doc, **imgs = NULL;
	cmark_iter *it;
	cmark_event_type ev;
	size_t nimg = 0, cap = 0, i;
	char *html, *out;

	pthread_once(&cmark_once, cmark_gfm_core_extensions_ensure_registered);
	p = cmark_parser_new(opts);
	cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
	cmark_parser_feed(p, md, len);
	doc = cmark_parser_finish(p);
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_IMAGE) {
			cmark_node *up = cmark_node_parent(n);

			/* an image inside another's description goes with that one */
			while (up && cmark_node_get_type(up) != CMARK_NODE_IMAGE)
				up = cmark_node_parent(up);
			if (up != NULL)
				continue;
			GROW(imgs, nimg, cap);
			imgs[nimg++] = n;
		}
	}
	cmark_iter_free(it);
	for (i = 0; i < nimg; i++) {
		const char *url = cmark_node_get_url(imgs[i]);
		char name[64];
		struct buf alt = {0}, h = {0};
		cmark_node *custom;

		if (url == NULL || !is_chart_url(url, name, sizeof(name)))
			continue;
		plain_text(imgs[i], &alt);
		buf_printf(&h, "<picture class=\"chart\"><source srcset=\"charts/%s.svg\" "
		    "type=\"image/svg+xml\"><img src=\"charts/%s.png\" alt=\"", name, name);
		esc_html(&h, buf_str(&alt));
		buf_puts(&h, "\"></picture>");
		custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
		cmark_node_set_on_enter(custom, buf_str(&h));
		cmark_node_set_on_exit(custom, "");
		if (cmark_node_replace(imgs[i], custom))
			cmark_node_free(imgs[i]);
		else
			cmark_node_free(custom); /* not allowed here: keep the plain image */
		buf_free(&alt);
		buf_free(&h);
	}
	free(imgs);
	html = cmark_render_html(doc, opts, cmark_parser_get_syntax_extensions(p));
	out = xstrdup(html);
	free(html);
	cmark_node_free(doc);
	cmark_parser_free(p);
	return out;
}
