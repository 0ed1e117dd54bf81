/*
 * tmpl.c -- a small template engine with context-aware escaping.
 *
 * cmark-gfm renders Markdown but has no templates, so page furniture and
 * the report's Markdown come from files in templates/ through this
 * engine. The syntax is a subset of Mustache:
 *
 *   {{name}}          substitute, escaped for the template's own language
 *   {{ctx:name}}      substitute with an explicit escaping context:
 *                       text   HTML text          attr    HTML attribute value
 *                       url    a link target (only relative, http(s), mailto;
 *                              anything else becomes "#"), then attribute-escaped
 *                       html   trusted HTML we rendered ourselves (cmark output)
 *                       md     Markdown inline text  mdcell  a Markdown table cell
 *                       mdblock Markdown written by the scenario's author,
 *                              inserted as is (cmark renders it safely later)
 *                       plain  no escaping (text templates, Markdown code spans)
 *                     an HTML template (*.html) takes only text, attr, url and
 *                     html: the Markdown and plain contexts there are errors
 *   {{#name}}...{{/name}}  a section: once per item of a list, once for a
 *                          true flag or non-empty text, never otherwise
 *   {{^name}}...{{/name}}  an inverted section: when empty or false
 *   {{! comment }}
 *
 * Names may be dotted (platform.name) and are looked up from the innermost
 * section outward; {{.}} is the current item of a list of texts. A name
 * that is not defined is an error at render time with the template's
 * file:line:column, never an empty string: a typo in a template must not
 * quietly drop a number from a decision document.
 *
 * Design: tmpl_load() parses a file once into a tree of struct tnode
 * (text, substitution, section); tmpl_render() walks it against a tree of
 * struct tval built by the caller. Templates are parsed once per process
 * and rendered many times.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "tmpl.h"

enum tnkind {
	TN_TEXT,
	TN_VAR,
	TN_SECTION,
	TN_INVERTED
};

struct tnode {
	enum tnkind kind;
	char *text;             /* TN_TEXT: the text; others: the name */
	size_t len;             /* TN_TEXT: its length */
	enum esc esc;           /* TN_VAR: escaping context */
	int line, col;          /* where it is in the template */
	struct tnode *kids;     /* sections: their body */
	size_t nkids;
	size_t cap;
};

struct tmpl {
	char *path;             /* display name for diagnostics */
	struct tnode root;      /* a section holding the whole file */
};

static const char *const esc_names[ESC__MAX] = {
	[ESC_TEXT] = "text", [ESC_ATTR] = "attr", [ESC_URL] = "url", [ESC_HTML] = "html",
	[ESC_MD] = "md", [ESC_MDCELL] = "mdcell", [ESC_MDBLOCK] = "mdblock",
	[ESC_PLAIN] = "plain",
};

/* --- values ---------------------------------------------------------- */

struct tval *
tv_map(void)
{
	struct tval *v = xcalloc(1, sizeof(*v));

	v->kind = TV_MAP;
	return v;
}

static struct tval *
tv_new(enum tvkind k)
{
	struct tval *v = xcalloc(1, sizeof(*v));

	v->kind = k;
	return v;
}

/* Put value v under key in map m (replacing any), taking ownership. */
static void
tv_put(struct tval *m, const char *key, struct tval *v)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (strcmp(m->keys[i], key) == 0) {
			tv_free(m->vals[i]);
			m->vals[i] = v;
			return;
		}
	if (m->n >= m->cap) {
		m->cap = m->cap ? m->cap * 2 : 8;
		m->keys = xreallocarray(m->keys, m->cap, sizeof(*m->keys));
		m->vals = xreallocarray(m->vals, m->cap, sizeof(*m->vals));
	}
	m->keys[m->n] = xstrdup(key);
	m->vals[m->n] = v;
	m->n++;
}

void
tv_str(struct tval *m, const char *key, const char *s)
{
	struct tval *v = tv_new(TV_STR);

	v->str = xstrdup(s ? s : "");
	tv_put(m, key, v);
}

void
tv_strf(struct tval *m, const char *key, const char *fmt, ...)
{
	struct tval *v = tv_new(TV_STR);
	struct buf b = {0};
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	v->str = buf_detach(&b);
	tv_put(m, key, v);
}

void
tv_bool(struct tval *m, const char *key, bool b)
{
	struct tval *v = tv_new(TV_BOOL);

	v->b = b;
	tv_put(m, key, v);
}

/* A new empty list under key; returns it (owned by m). */
struct tval *
tv_list(struct tval *m, const char *key)
{
	struct tval *v = tv_new(TV_LIST);

	tv_put(m, key, v);
	return v;
}

/* A new map under key; returns it (owned by m). */
struct tval *
tv_submap(struct tval *m, const char *key)
{
	struct tval *v = tv_map();

	tv_put(m, key, v);
	return v;
}

static void
tv_append(struct tval *l, struct tval *v)
{
	if (l->n >= l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->vals = xreallocarray(l->vals, l->cap, sizeof(*l->vals));
	}
	l->vals[l->n++] = v;
}

/* Append a new map to list l; returns it (owned by l). */
struct tval *
tv_item(struct tval *l)
{
	struct tval *v = tv_map();

	tv_append(l, v);
	return v;
}

/* Append a text to list l. */
void
tv_item_str(struct tval *l, const char *s)
{
	struct tval *v = tv_new(TV_STR);

	v->str = xstrdup(s);
	tv_append(l, v);
}

void
tv_free(struct tval *v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < v->n; i++) {
		if (v->keys)
			free(v->keys[i]);
		tv_free(v->vals[i]);
	}
	free(v->keys);
	free(v->vals);
	free(v->str);
	free(v);
}

/* --- escaping ---------------------------------------------------------- */

/* Append s escaped for HTML text or a double- or single-quoted attribute. */
void
esc_html(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&':
			buf_puts(b, "&amp;");
			break;
		case '<':
			buf_puts(b, "&lt;");
			break;
		case '>':
			buf_puts(b, "&gt;");
			break;
		case '"':
			buf_puts(b, "&quot;");
			break;
		case '\'':
			buf_puts(b, "&#39;");
			break;
		default:
			buf_putc(b, *s);
		}
	}
}

/*
 * Whether s is a link target we allow: relative (no scheme), or http,
 * https or mailto. Everything else (javascript:, data:, vbscript:, ...)
 * is refused.
 */
bool
url_safe(const char *s)
{
	const char *p;

	for (p = s; *p && *p != '/' && *p != '?' && *p != '#'; p++)
		if (*p == ':')
			return str_ncasecmp(s, "http:", 5) == 0 || str_ncasecmp(s, "https:", 6) == 0 ||
			    str_ncasecmp(s, "mailto:", 7) == 0;
	/* "//host" is protocol-relative: treat it as external http */
	for (p = s; *p; p++)
		if ((unsigned char)*p < 0x20)
			return false;
	return true;
}

static void
esc_url(struct buf *b, const char *s)
{
	struct buf t = {0};
	const char *p;

	if (!url_safe(s)) {
		buf_putc(b, '#');
		return;
	}
	for (p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' ||
		    c == '\\' || c == '`' || c == '{' || c == '}' || c == '|' || c == '^')
			buf_printf(&t, "%%%02X", c);
		else
			buf_putc(&t, (char)c);
	}
	esc_html(b, buf_str(&t));
	buf_free(&t);
}

static bool
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * Append s as literal Markdown inline text (cell: inside a table row).
 * Only what could start markup is escaped, so report.md still reads well
 * as plain text: emphasis, code, links, raw HTML, entities, table pipes,
 * and block markers at the start of the text.
 */
void
esc_md(struct buf *b, const char *s, bool cell)
{
	const char *p;

	if (strchr("#+-=>", *s) != NULL && *s != '\0')
		buf_putc(b, '\\');
	else if (*s >= '0' && *s <= '9') {
		for (p = s; *p >= '0' && *p <= '9'; p++)
			;
		if ((*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\0')) {
			buf_put(b, s, (size_t)(p - s));
			buf_putc(b, '\\');
			s = p;
		}
	}
	for (p = s; *p; p++) {
		if (*p == '\n' || *p == '\r') {
			buf_putc(b, ' ');
			continue;
		}
		if (*p == '_' && p > s && p[1] && is_alnum(p[-1]) && is_alnum(p[1])) {
			buf_putc(b, *p); /* intraword _ cannot emphasise */
			continue;
		}
		if (strchr("\\`*_[]<>|~", *p) != NULL ||
		    (*p == '!' && p[1] == '[') ||
		    (*p == '&' && (p[1] == '#' || (p[1] >= 'a' && p[1] <= 'z') ||
		    (p[1] >= 'A' && p[1] <= 'Z'))))
			buf_putc(b, '\\');
		buf_putc(b, *p);
	}
	(void)cell; /* "|" is escaped everywhere: harmless outside tables */
}

/* --- parsing ------------------------------------------------------------ */

static struct tnode *
add_node(struct tnode *parent, enum tnkind kind, int line, int col)
{
	struct tnode *n;

	if (parent->nkids >= parent->cap) {
		parent->cap = parent->cap ? parent->cap * 2 : 8;
		parent->kids = xreallocarray(parent->kids, parent->cap, sizeof(*parent->kids));
	}
	n = &parent->kids[parent->nkids++];
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->line = line;
	n->col = col;
	return n;
}

static void
node_free(struct tnode *n)
{
	size_t i;

	for (i = 0; i < n->nkids; i++)
		node_free(&n->kids[i]);
	free(n->kids);
	free(n->text);
}

static bool
valid_name(const char *s)
{
	if (strcmp(s, ".") == 0)
		return true;
	if (*s == '\0')
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '_' || *s == '.' || *s == '-'))
			return false;
	return true;
}

/*
 * Parse text (from display) into root. Sections nest through an explicit
 * stack. Returns false after recording errors.
 */
static bool
parse(struct tmpl *t, const char *text, enum esc defesc, struct diags *d)
{
	struct tnode *stack[64];
	int sp = 0, line = 1, col = 1;
	const char *p = text, *q;
	bool ok = true;

	stack[sp++] = &t->root;
	while (*p) {
		const char *open = strstr(p, "{{");
		const char *s, *text_end, *resume, *ls;
		struct tnode *n;
		bool standalone = false;

		if (open == NULL)
			open = p + strlen(p);
		q = *open ? strstr(open + 2, "}}") : NULL;
		text_end = open;
		resume = q ? q + 2 : NULL;
		/*
		 * A section, close or comment tag alone on its line (only blanks
		 * around it) is "standalone": the whole line disappears, so
		 * templates can put tags on their own lines without leaving
		 * blank lines behind (which would end a Markdown table).
		 */
		if (q && (open[2] == '#' || open[2] == '^' || open[2] == '/' || open[2] == '!')) {
			for (ls = open; ls > text && (ls[-1] == ' ' || ls[-1] == '\t'); ls--)
				;
			if (ls == text || ls[-1] == '\n') {
				const char *e = q + 2;

				while (*e == ' ' || *e == '\t')
					e++;
				if (*e == '\n' || *e == '\0' || (*e == '\r' && e[1] == '\n')) {
					standalone = true;
					text_end = ls > p ? ls : p;
					resume = *e == '\0' ? e : (*e == '\r' ? e + 2 : e + 1);
				}
			}
		}
		if (text_end > p) {
			n = add_node(stack[sp - 1], TN_TEXT, line, col);
			n->text = xstrndup(p, (size_t)(text_end - p));
			n->len = (size_t)(text_end - p);
		}
		for (s = p; s < open; s++) {
			if (*s == '\n')
				line++, col = 1;
			else
				col++;
		}
		if (*open == '\0')
			break;
		if (q == NULL) {
			diag_add(d, DIAG_ERROR, t->path, line, col, NULL, NULL,
			    "\"{{\" without a closing \"}}\"");
			return false;
		}
		(void)standalone;
		{
			char *tag = xstrndup(open + 2, (size_t)(q - open - 2));
			char *name = tag, *colon;
			int tl = line, tc = col;

			while (*name == ' ')
				name++;
			{
				char *e = name + strlen(name);

				while (e > name && e[-1] == ' ')
					*--e = '\0';
			}
			for (s = open; s < resume; s++) {
				if (*s == '\n')
					line++, col = 1;
				else
					col++;
			}
			if (name[0] == '!') {
				free(tag);
				p = resume;
				continue;
			}
			if (name[0] == '#' || name[0] == '^') {
				enum tnkind k = name[0] == '#' ? TN_SECTION : TN_INVERTED;

				name++;
				if (!valid_name(name)) {
					diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
					    "bad section name \"%s\"", name);
					ok = false;
				} else if (sp >= 63) {
					diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
					    "sections nest too deeply");
					free(tag);
					return false;
				} else {
					n = add_node(stack[sp - 1], k, tl, tc);
					n->text = xstrdup(name);
					stack[sp++] = n;
				}
			} else if (name[0] == '/') {
				name++;
				if (sp <= 1) {
					diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
					    "\"{{/%s}}\" closes no section", name);
					ok = false;
				} else if (strcmp(stack[sp - 1]->text, name) != 0) {
					diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
					    "\"{{/%s}}\" closes \"{{#%s}}\" (line %d)", name,
					    stack[sp - 1]->text, stack[sp - 1]->line);
					ok = false;
				} else {
					sp--;
				}
			} else {
				enum esc e = defesc;
				int k;

				if ((colon = strchr(name, ':')) != NULL) {
					*colon = '\0';
					for (k = 0; k < ESC__MAX; k++)
						if (strcmp(name, esc_names[k]) == 0)
							break;
					if (k == ESC__MAX) {
						diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
						    "unknown escaping context \"%s\" (text, attr, url, "
						    "html, md, mdcell, mdblock, plain)", name);
						ok = false;
					}
					e = (enum esc)k;
					name = colon + 1;
					/* an HTML template may not insert text unescaped by
					 * mistake: Markdown and plain contexts belong in
					 * Markdown and text templates ({{html:x}} is the
					 * one deliberate way to insert markup) */
					if (k < ESC__MAX && defesc == ESC_TEXT && (e == ESC_MD ||
					    e == ESC_MDCELL || e == ESC_MDBLOCK || e == ESC_PLAIN)) {
						diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
						    "\"%s:\" would insert text without HTML escaping "
						    "into an HTML template", esc_names[k]);
						ok = false;
					}
				}
				if (!valid_name(name)) {
					diag_add(d, DIAG_ERROR, t->path, tl, tc, NULL, NULL,
					    "bad variable name \"%s\"", name);
					ok = false;
				} else {
					n = add_node(stack[sp - 1], TN_VAR, tl, tc);
					n->text = xstrdup(name);
					n->esc = e;
				}
			}
			free(tag);
			p = resume;
		}
	}
	if (sp > 1) {
		diag_add(d, DIAG_ERROR, t->path, stack[sp - 1]->line, stack[sp - 1]->col, NULL,
		    NULL, "\"{{#%s}}\" is never closed", stack[sp - 1]->text);
		ok = false;
	}
	return ok;
}

/*
 * Parse the template at path; display names it in diagnostics. The
 * default escaping context follows the file name: .md templates escape
 * for Markdown, everything else for HTML. Returns the template (caller
 * frees with tmpl_free) or NULL after recording errors.
 */
struct tmpl *
tmpl_load(const char *path, const char *display, struct diags *d)
{
	struct buf b = {0};
	struct tmpl *t;
	enum esc defesc = str_has_suffix(path, ".md") ? ESC_MD :
	    (str_has_suffix(path, ".txt") ? ESC_PLAIN : ESC_TEXT);

	if (!file_read(path, &b)) {
		diag_add(d, DIAG_ERROR, display, 0, 0, NULL, NULL, "cannot read template");
		buf_free(&b);
		return NULL;
	}
	t = tmpl_parse(buf_str(&b), display, defesc, d);
	buf_free(&b);
	return t;
}

/* Parse a template held in memory (tests, fuzzing); as tmpl_load. */
struct tmpl *
tmpl_parse(const char *text, const char *display, enum esc defesc, struct diags *d)
{
	struct tmpl *t = xcalloc(1, sizeof(*t));

	t->path = xstrdup(display);
	t->root.kind = TN_SECTION;
	if (!parse(t, text, defesc, d)) {
		tmpl_free(t);
		return NULL;
	}
	return t;
}

void
tmpl_free(struct tmpl *t)
{
	if (t == NULL)
		return;
	node_free(&t->root);
	free(t->path);
	free(t);
}

/* --- rendering ------------------------------------------------------------ */

struct scope {
	const struct tval *v[64]; /* innermost last */
	int n;
};

static const struct tval *
map_get(const struct tval *m, const char *key, size_t len)
{
	size_t i;

	if (m == NULL || m->kind != TV_MAP)
		return NULL;
	for (i = 0; i < m->n; i++)
		if (strlen(m->keys[i]) == len && strncmp(m->keys[i], key, len) == 0)
			return m->vals[i];
	return NULL;
}

/* Resolve a dotted name against the scopes, innermost first. */
static const struct tval *
lookup(const struct scope *sc, const char *name)
{
	const char *dot;
	const struct tval *v = NULL;
	int i;

	if (strcmp(name, ".") == 0)
		return sc->n > 0 ? sc->v[sc->n - 1] : NULL;
	dot = strchr(name, '.');
	for (i = sc->n - 1; i >= 0 && v == NULL; i--)
		v = map_get(sc->v[i], name, dot ? (size_t)(dot - name) : strlen(name));
	while (v && dot) {
		const char *next = strchr(dot + 1, '.');

		v = map_get(v, dot + 1, next ? (size_t)(next - dot - 1) : strlen(dot + 1));
		dot = next;
	}
	return v;
}

static bool
truthy(const struct tval *v)
{
	switch (v->kind) {
	case TV_BOOL:
		return v->b;
	case TV_STR:
		return v->str[0] != '\0';
	case TV_LIST:
		return v->n > 0;
	default:
		return true;
	}
}

static void
put_escaped(struct buf *out, const char *s, enum esc e)
{
	switch (e) {
	case ESC_TEXT:
	case ESC_ATTR:
		esc_html(out, s);
		break;
	case ESC_URL:
		esc_url(out, s);
		break;
	case ESC_MD:
		esc_md(out, s, false);
		break;
	case ESC_MDCELL:
		esc_md(out, s, true);
		break;
	default: /* ESC_HTML, ESC_MDBLOCK, ESC_PLAIN: trusted or verbatim */
		buf_puts(out, s);
	}
}

static bool
render(const struct tmpl *t, const struct tnode *n, struct scope *sc, struct buf *out,
    struct diags *d)
{
	const struct tval *v;
	size_t i, k;
	bool ok = true;

	for (i = 0; i < n->nkids; i++) {
		const struct tnode *c = &n->kids[i];

		if (c->kind == TN_TEXT) {
			buf_put(out, c->text, c->len);
			continue;
		}
		v = lookup(sc, c->text);
		if (v == NULL) {
			diag_add(d, DIAG_ERROR, t->path, c->line, c->col, NULL, NULL,
			    "unknown template variable \"%s\"", c->text);
			ok = false;
			continue;
		}
		if (c->kind == TN_VAR) {
			if (v->kind != TV_STR) {
				diag_add(d, DIAG_ERROR, t->path, c->line, c->col, NULL, NULL,
				    "\"%s\" is a %s, not text: use {{#%s}}...{{/%s}}", c->text,
				    v->kind == TV_LIST ? "list" : v->kind == TV_BOOL ? "flag" :
				    "group", c->text, c->text);
				ok = false;
				continue;
			}
			put_escaped(out, v->str, c->esc);
			continue;
		}
		if (c->kind == TN_INVERTED) {
			if (!truthy(v) && !render(t, c, sc, out, d))
				ok = false;
			continue;
		}
		if (!truthy(v))
			continue;
		if (sc->n >= 63) {
			diag_add(d, DIAG_ERROR, t->path, c->line, c->col, NULL, NULL,
			    "sections nest too deeply");
			return false;
		}
		if (v->kind == TV_LIST) {
			for (k = 0; k < v->n; k++) {
				sc->v[sc->n++] = v->vals[k];
				if (!render(t, c, sc, out, d))
					ok = false;
				sc->n--;
				if (!ok)
					break;
			}
		} else {
			sc->v[sc->n++] = v;
			if (!render(t, c, sc, out, d))
				ok = false;
			sc->n--;
		}
	}
	return ok;
}

/*
 * Render t against vars, appending to out. Returns false after recording
 * every unknown variable (with the template's line and column).
 */
bool
tmpl_render(const struct tmpl *t, const struct tval *vars, struct buf *out, struct diags *d)
{
	struct scope sc;

	sc.n = 0;
	sc.v[sc.n++] = vars;
	return render(t, &t->root, &sc, out, d);
}
