/*
 * kube.c -- runsheet import kubernetes: a cluster, as kubectl prints it,
 * becomes a scenario.
 *
 * Input: what `kubectl get deployments,statefulsets,daemonsets,cronjobs,
 * jobs,hpa,pvc,nodes -A -o json` prints (a v1 List; several files may be
 * given) and, optionally, the PodMetricsList of `kubectl get --raw
 * /apis/metrics.k8s.io/v1beta1/pods`. Output: a scenario file whose every
 * imported cell carries its source, and a list of what the cluster cannot
 * say (traffic, latency tolerance, the team) to fill in.
 *
 * What is read, and how (the assumptions the scenario states):
 *
 *  - services: Deployments and StatefulSets outside the excluded
 *    namespaces (models/import/kubernetes.json, or --exclude-namespaces);
 *    DaemonSets are per-node agents, reported but not part of the workload;
 *  - a pod's request: Kubernetes' effective request, the larger of its
 *    containers plus restartable (sidecar) init containers, and each other
 *    init container with the sidecars started before it; a container
 *    without a request counts 0 and is
 *    named on stderr and in the scenario;
 *  - replicas: the ones running now (status.replicas, else spec.replicas),
 *    kept inside an HPA's minReplicas..maxReplicas; min instances are the
 *    HPA's minReplicas, else the fixed replicas;
 *  - storage: PersistentVolumeClaims' requested size; stateful if there is
 *    a StatefulSet or a claim;
 *  - sidecars: a pod with more than one long-running container, or a known
 *    mesh proxy; GPUs: the extended resources listed in the rules;
 *  - CronJobs: runs a month from the schedule (counted minute by minute
 *    over a year), the run time from their finished Jobs;
 *  - nodes: instance types, architecture, region and the managed-cluster
 *    labels that say EKS, GKE or AKS, to plan.current_platform,
 *    workload.region (through models/regions.json) and the node type.
 *
 * Quantities are parsed as Kubernetes defines them (kube_quantity()).
 */
#define _DEFAULT_SOURCE /* timegm */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "runsheet.h"
#include "jsonw.h"
#include "kube.h"

#define KUBE_MAX_FILE (256u << 20)
#define KUBE_LIST_MAX 10      /* names a source lists before "and N more" */
#define KUBE_TABLE_MAX 10000  /* services the description's table lists */

/*
 * Parse a Kubernetes quantity (resource.Quantity): an optional sign, a
 * decimal number, and one suffix: binary (Ki Mi Gi Ti Pi Ei), decimal (n u
 * m "" k M G T P E) or an exponent (e3, E-2). Sets *out and returns true,
 * or returns false for anything else ("1.2.3", "12x", "1KB", "").
 */
bool
kube_quantity(const char *s, double *out)
{
	static const struct {
		const char *suffix;
		double mult;
	} suffixes[] = {
		{"Ki", 1024.0}, {"Mi", 1048576.0}, {"Gi", 1073741824.0}, {"Ti", 1099511627776.0},
		{"Pi", 1125899906842624.0}, {"Ei", 1152921504606846976.0},
		{"n", 1e-9}, {"u", 1e-6}, {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9},
		{"T", 1e12}, {"P", 1e15}, {"E", 1e18}, {"", 1},
	};
	const char *p = s, *num;
	char digits[128];
	size_t nd = 0, i;
	int ndot = 0, nnum = 0;
	double v;

	if (s == NULL || *s == '\0')
		return false;
	if (*p == '+' || *p == '-')
		p++;
	num = p;
	for (; *p && (isdigit((unsigned char)*p) || *p == '.'); p++) {
		if (*p == '.')
			ndot++;
		else
			nnum++;
	}
	if (nnum == 0 || ndot > 1 || (size_t)(p - s) >= sizeof(digits))
		return false;
	nd = (size_t)(p - s);
	memcpy(digits, s, nd);
	digits[nd] = '\0';
	(void)num;
	v = strtod(digits, NULL);
	if ((*p == 'e' || *p == 'E') && (isdigit((unsigned char)p[1]) ||
	    ((p[1] == '+' || p[1] == '-') && isdigit((unsigned char)p[2])))) {
		/* decimalExponent: e or E followed by a signed integer ("1E" is exa) */
		long e;
		char *end;

		e = strtol(p + 1, &end, 10);
		if (*end != '\0' || e > 300 || e < -300)
			return false;
		*out = v * pow(10, (double)e);
		return isfinite(*out);
	}
	for (i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++)
		if (strcmp(p, suffixes[i].suffix) == 0) {
			*out = v * suffixes[i].mult;
			return isfinite(*out);
		}
	return false;
}

/* --- the rules ----------------------------------------------------------------- */

struct platform_rule {
	char *label;
	char *platform;
	char *provider;
	char *why;
};

struct rules {
	struct src *src;
	char **system_ns;
	size_t nsystem_ns;
	char **mesh;
	size_t nmesh;
	char **gpus;
	size_t ngpus;
	char **type_labels, **region_labels, **arch_labels;
	size_t ntype_labels, nregion_labels, narch_labels;
	struct platform_rule *plat;
	size_t nplat;
	char **pid_prefix, **pid_provider;
	size_t npid;
};

static bool
rule_texts(const struct src *src, json_t *root, const char *key, char ***out, size_t *n,
    struct diags *d)
{
	json_t *v = json_object_get(root, key), *e;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!json_is_array(v)) {
		char *p = jpath_append("", key);

		diag_at(d, DIAG_ERROR, src, v ? p : "", -1, NULL, "\"%s\" is a list of texts", key);
		free(p);
		return false;
	}
	*out = xcalloc(json_array_size(v) + 1, sizeof(**out));
	json_array_foreach(v, i, e)
		if (json_is_string(e))
			(*out)[(*n)++] = xstrdup(json_string_value(e));
	return true;
}

static void
rules_free(struct rules *r)
{
	size_t i;

	strv_free(r->system_ns, r->nsystem_ns);
	strv_free(r->mesh, r->nmesh);
	strv_free(r->gpus, r->ngpus);
	strv_free(r->type_labels, r->ntype_labels);
	strv_free(r->region_labels, r->nregion_labels);
	strv_free(r->arch_labels, r->narch_labels);
	for (i = 0; i < r->nplat; i++) {
		free(r->plat[i].label);
		free(r->plat[i].platform);
		free(r->plat[i].provider);
		free(r->plat[i].why);
	}
	free(r->plat);
	strv_free(r->pid_prefix, r->npid);
	strv_free(r->pid_provider, r->npid);
	src_free(r->src);
}

static bool
rules_load(struct rules *r, const struct catalog *cat, struct diags *d)
{
	char *path = xasprintf("%s/models/import/kubernetes.json", cat->datadir);
	json_t *root, *v, *e;
	size_t i;
	bool ok = true;

	memset(r, 0, sizeof(*r));
	r->src = src_load(path, "models/import/kubernetes.json", d);
	free(path);
	if (r->src == NULL)
		return false;
	root = r->src->root;
	ok &= rule_texts(r->src, root, "system_namespaces", &r->system_ns, &r->nsystem_ns, d);
	ok &= rule_texts(r->src, root, "mesh_proxies", &r->mesh, &r->nmesh, d);
	ok &= rule_texts(r->src, root, "gpu_resources", &r->gpus, &r->ngpus, d);
	ok &= rule_texts(r->src, root, "instance_type_labels", &r->type_labels, &r->ntype_labels,
	    d);
	ok &= rule_texts(r->src, root, "region_labels", &r->region_labels, &r->nregion_labels, d);
	ok &= rule_texts(r->src, root, "arch_labels", &r->arch_labels, &r->narch_labels, d);
	v = json_object_get(root, "platforms");
	r->plat = xcalloc(json_array_size(v) + 1, sizeof(*r->plat));
	json_array_foreach(v, i, e) {
		json_t *l = json_object_get(e, "label"), *p = json_object_get(e, "platform");
		json_t *pv = json_object_get(e, "provider"), *w = json_object_get(e, "why");

		if (!json_is_string(l) || !json_is_string(p) || !json_is_string(pv) ||
		    catalog_platform(cat, json_string_value(p)) < 0) {
			char *q = jpath_index("/platforms", i);

			diag_at(d, DIAG_ERROR, r->src, q, -1, NULL, "a platform rule is {\"label\", "
			    "\"platform\" (a platform id), \"provider\", \"why\"}");
			free(q);
			ok = false;
			continue;
		}
		r->plat[r->nplat].label = xstrdup(json_string_value(l));
		r->plat[r->nplat].platform = xstrdup(json_string_value(p));
		r->plat[r->nplat].provider = xstrdup(json_string_value(pv));
		r->plat[r->nplat].why = xstrdup(json_is_string(w) ? json_string_value(w) : "");
		r->nplat++;
	}
	v = json_object_get(root, "provider_ids");
	r->pid_prefix = xcalloc(json_array_size(v) + 1, sizeof(char *));
	r->pid_provider = xcalloc(json_array_size(v) + 1, sizeof(char *));
	json_array_foreach(v, i, e) {
		json_t *pre = json_object_get(e, "prefix"), *pv = json_object_get(e, "provider");

		if (!json_is_string(pre) || !json_is_string(pv))
			continue;
		r->pid_prefix[r->npid] = xstrdup(json_string_value(pre));
		r->pid_provider[r->npid] = xstrdup(json_string_value(pv));
		r->npid++;
	}
	return ok;
}

/* Whether s matches glob p ("*" any run). */
static bool
kglob(const char *p, const char *s)
{
	if (*p == '\0')
		return *s == '\0';
	if (*p == '*')
		return kglob(p + 1, s) || (*s && kglob(p, s + 1));
	return *s == *p && kglob(p + 1, s + 1);
}

/* --- what is read ---------------------------------------------------------------- */

/* A workload: a Deployment, StatefulSet, DaemonSet or CronJob. */
struct work {
	const char *kind;       /* borrowed from the tree */
	const char *ns, *name;
	const char *file;       /* where it was read */
	char *jpath;            /* its place in the file */
	double spec_replicas, status_replicas;
	bool has_status;
	bool has_hpa;
	double hpa_min, hpa_max, hpa_current;
	double replicas;        /* chosen */
	double min_instances;
	double cpu, mem, gpus;  /* per pod: cores, bytes, devices */
	int long_running;       /* containers that run for the pod's life */
	bool mesh;              /* a known mesh proxy among them */
	char *no_request;       /* containers without a CPU or memory request, or NULL */
	double use_cpu, use_mem;/* measured usage summed over its pods */
	int use_pods;
	/* HorizontalPodAutoscalers: what they scale; Jobs: their CronJob */
	const char *target_kind, *target_name;
	const char *owner;
	/* CronJobs */
	const char *schedule;
	bool suspended;
	double runs_per_month;
	double job_seconds_sum;
	int job_runs;           /* finished Jobs seen */
};

struct kube {
	const struct catalog *cat;
	const struct kube_opts *o;
	struct diags *d;
	struct rules rules;
	char **exclude;         /* namespace patterns left out */
	size_t nexclude;
	struct work *w;
	size_t nw, wcap;
	double pvc_bytes;
	int npvc;
	struct buf pvc_list;
	int nnodes;
	char **types;           /* instance type of each node */
	char **regions;         /* region label of each node */
	char **archs;
	size_t ntypes, nregions, narchs;
	const char *platform;   /* from the node labels, or NULL */
	char *platform_why;
	char *provider;         /* from the labels or the provider ids */
	struct src **srcs;      /* every file read, owned */
	size_t nsrcs;
	char **skipped;         /* namespaces left out, with what they held */
	size_t nskipped;
	int ndaemon, njobs_standalone;
	struct buf daemon_list;
	bool have_metrics;
	double metrics_cpu, metrics_mem;
	char **unmatched_pods;
	size_t nunmatched;
	size_t nitems;          /* items read in the exports, every kind */
	size_t nitems_skipped;  /* of them, in the namespaces left out */
	const char **kinds;     /* the kinds read (borrowed), with their counts */
	size_t *kind_n, nkinds;
	int nnorequest, ngpu;   /* services without requests, with GPUs */
};

static const char *
str_at(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static bool
excluded_ns(const struct kube *k, const char *ns)
{
	size_t i;

	for (i = 0; i < k->nexclude; i++)
		if (kglob(k->exclude[i], ns))
			return true;
	return false;
}

/* Note a namespace left out (once). */
static void
note_skipped(struct kube *k, const char *ns)
{
	size_t i;

	for (i = 0; i < k->nskipped; i++)
		if (strcmp(k->skipped[i], ns) == 0)
			return;
	k->skipped = xreallocarray(k->skipped, k->nskipped + 1, sizeof(char *));
	k->skipped[k->nskipped++] = xstrdup(ns);
}

/*
 * A resource quantity at jpath/key of resources obj; false (reported with
 * the file and JSON path) if it is there and malformed. *have says whether it is.
 */
static bool
quantity_at(struct kube *k, const struct src *src, json_t *obj, const char *jpath,
    const char *key, double *out, bool *have)
{
	json_t *v = json_object_get(obj, key);
	char *p;

	*have = false;
	*out = 0;
	if (v == NULL)
		return true;
	if (json_is_number(v)) {
		*out = json_number_value(v);
		*have = true;
		return true;
	}
	if (json_is_string(v) && kube_quantity(json_string_value(v), out)) {
		*have = true;
		return true;
	}
	p = jpath_append(jpath, key);
	diag_at(k->d, DIAG_ERROR, src, p, -1, NULL, "malformed Kubernetes quantity %s%s%s: "
	    "expected a number with an optional suffix (100m, 0.5, 1e3, 128974848, 129M, 123Mi, "
	    "1Gi)", json_is_string(v) ? "\"" : "", json_is_string(v) ? json_string_value(v) :
	    "(not text)", json_is_string(v) ? "\"" : "");
	free(p);
	return false;
}

/* Add one container's requests into *cpu, *mem, *gpus; note one without. */
static bool
container_requests(struct kube *k, const struct src *src, json_t *c, const char *jpath,
    double *cpu, double *mem, double *gpus, struct buf *missing)
{
	json_t *res = json_object_get(c, "resources");
	json_t *req = json_object_get(res, "requests"), *lim = json_object_get(res, "limits");
	char *rp = jpath_append(jpath, "resources"), *reqp = jpath_append(rp, "requests");
	char *limp = jpath_append(rp, "limits");
	double v;
	bool have_cpu, have_mem, have, ok = true;
	size_t i;

	ok &= quantity_at(k, src, req, reqp, "cpu", &v, &have_cpu);
	*cpu += v;
	ok &= quantity_at(k, src, req, reqp, "memory", &v, &have_mem);
	*mem += v;
	/* Kubernetes takes a request from the limit when only the limit is set */
	if (!have_cpu) {
		ok &= quantity_at(k, src, lim, limp, "cpu", &v, &have_cpu);
		*cpu += v;
	}
	if (!have_mem) {
		ok &= quantity_at(k, src, lim, limp, "memory", &v, &have_mem);
		*mem += v;
	}
	for (i = 0; i < k->rules.ngpus; i++) {
		/* extended resources are requested in limits (requests must equal them) */
		ok &= quantity_at(k, src, lim, limp, k->rules.gpus[i], &v, &have);
		if (!have)
			ok &= quantity_at(k, src, req, reqp, k->rules.gpus[i], &v, &have);
		*gpus += v;
	}
	if (!have_cpu || !have_mem)
		buf_printf(missing, "%s%s (no %s request)", missing->len ? ", " : "",
		    str_at(c, "name") ? str_at(c, "name") : "?", !have_cpu && !have_mem ?
		    "CPU or memory" : !have_cpu ? "CPU" : "memory");
	free(rp);
	free(reqp);
	free(limp);
	return ok;
}

/*
 * Read a pod template's containers into w: the pod's effective request, as
 * the scheduler computes it (Kubernetes' "Resource sharing within
 * containers"): the larger of the containers and sidecars together, and
 * each regular init container with the sidecars started before it.
 */
static bool
read_pod(struct kube *k, const struct src *src, json_t *pod, const char *jpath, struct work *w)
{
	json_t *cs = json_object_get(pod, "containers"), *is = json_object_get(pod, "initContainers");
	json_t *c;
	char *cp = jpath_append(jpath, "containers"), *ip = jpath_append(jpath, "initContainers");
	struct buf missing = {0};
	double cpu = 0, mem = 0, gpus = 0, icpu_max = 0, imem_max = 0, sc_cpu = 0, sc_mem = 0;
	size_t i, j;
	bool ok = true;

	json_array_foreach(cs, i, c) {
		char *p = jpath_index(cp, i);
		const char *name = str_at(c, "name");

		ok &= container_requests(k, src, c, p, &cpu, &mem, &gpus, &missing);
		w->long_running++;
		for (j = 0; name && j < k->rules.nmesh; j++)
			if (strcmp(name, k->rules.mesh[j]) == 0)
				w->mesh = true;
		free(p);
	}
	json_array_foreach(is, i, c) {
		char *p = jpath_index(ip, i);
		const char *name = str_at(c, "name");
		const char *rp = str_at(c, "restartPolicy");
		double ic = 0, im = 0, ig = 0;

		if (rp && strcmp(rp, "Always") == 0) {
			/* a native sidecar: runs beside the containers all the pod's life */
			double c0 = cpu, m0 = mem;

			ok &= container_requests(k, src, c, p, &cpu, &mem, &gpus, &missing);
			sc_cpu += cpu - c0;
			sc_mem += mem - m0;
			w->long_running++;
			for (j = 0; name && j < k->rules.nmesh; j++)
				if (strcmp(name, k->rules.mesh[j]) == 0)
					w->mesh = true;
		} else {
			struct buf ignore = {0};

			ok &= container_requests(k, src, c, p, &ic, &im, &ig, &ignore);
			buf_free(&ignore);
			/* it runs beside the sidecars started before it */
			icpu_max = fmax(icpu_max, ic + sc_cpu);
			imem_max = fmax(imem_max, im + sc_mem);
		}
		free(p);
	}
	w->cpu = fmax(cpu, icpu_max);
	w->mem = fmax(mem, imem_max);
	w->gpus = gpus;
	if (missing.len)
		w->no_request = buf_detach(&missing);
	buf_free(&missing);
	free(cp);
	free(ip);
	return ok;
}

static struct work *
add_work(struct kube *k, const char *kind, json_t *item, const char *file, const char *jpath)
{
	json_t *md = json_object_get(item, "metadata");
	struct work *w;

	GROW(k->w, k->nw, k->wcap);
	w = &k->w[k->nw++];
	memset(w, 0, sizeof(*w));
	w->kind = kind;
	w->ns = str_at(md, "namespace") ? str_at(md, "namespace") : "default";
	w->name = str_at(md, "name") ? str_at(md, "name") : "?";
	w->file = file;
	w->jpath = xstrdup(jpath);
	return w;
}

static struct work *
find_work(struct kube *k, const char *kind, const char *ns, const char *name)
{
	size_t i;

	for (i = 0; i < k->nw; i++)
		if (strcmp(k->w[i].kind, kind) == 0 && strcmp(k->w[i].ns, ns) == 0 &&
		    strcmp(k->w[i].name, name) == 0)
			return &k->w[i];
	return NULL;
}

/* Seconds since the epoch of an RFC 3339 UTC time ("2026-10-05T02:00:00Z"), or -1. */
static double
rfc3339(const char *s)
{
	struct tm tm;
	int y, mo, d, h, mi;
	double sec;

	if (s == NULL || sscanf(s, "%d-%d-%dT%d:%d:%lf", &y, &mo, &d, &h, &mi, &sec) != 6)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	return (double)timegm(&tm) + sec;
}

/* --- cron ------------------------------------------------------------------------ */

/*
 * Set bits lo..hi of a cron field ("*", "5", "1-5", "*\/15", "1,15", names
 * for months and weekdays). Returns false if it is not a cron field.
 */
static bool
cron_field(const char *f, int lo, int hi, bool *set, const char *const *names)
{
	char buf[128], *tok, *save = NULL;

	if (strlen(f) >= sizeof(buf))
		return false;
	snprintf(buf, sizeof(buf), "%s", f);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int a = lo, b = hi, step = 1, v;
		char *slash = strchr(tok, '/'), *dash;

		if (slash) {
			char *end;

			*slash = '\0';
			step = (int)strtol(slash + 1, &end, 10);
			if (*end || step < 1)
				return false;
		}
		if (strcmp(tok, "*") != 0 && strcmp(tok, "?") != 0) {
			int n2[2], nn = 0;
			char *part, *save2 = NULL;

			dash = strchr(tok, '-');
			for (part = strtok_r(tok, "-", &save2); part && nn < 2;
			    part = strtok_r(NULL, "-", &save2)) {
				char *end;

				v = (int)strtol(part, &end, 10);
				if (*end) {
					int q;

					v = -1;
					for (q = 0; names && names[q]; q++)
						if (str_casecmp(part, names[q]) == 0)
							v = q + lo;
					if (v < 0)
						return false;
				}
				n2[nn++] = v;
			}
			if (nn == 0 || part)
				return false;
			a = n2[0];
			b = dash ? n2[nn - 1] : (slash ? hi : a);
		}
		if (a < lo || b > hi + (hi == 6 ? 1 : 0) || a > b)
			return false;
		for (v = a; v <= b; v += step)
			set[v == 7 && hi == 6 ? 0 : v] = true;
	}
	return true;
}

/*
 * Runs a month of a cron schedule (5 fields or @hourly, @daily, ...),
 * counted minute by minute over the year 2026 and divided by 12. Returns
 * -1 if the schedule cannot be read.
 */
double
kube_cron_runs_per_month(const char *sched)
{
	static const char *const mon[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
		"sep", "oct", "nov", "dec", NULL};
	static const char *const dow[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL};
	bool mi[60] = {0}, hr[24] = {0}, dm[32] = {0}, mo[13] = {0}, dw[8] = {0};
	char f[5][128];
	const char *s = sched;
	bool dm_star, dw_star;
	long count = 0;
	time_t t, end;
	struct tm tm;

	while (*s == ' ')
		s++;
	if (strncmp(s, "TZ=", 3) == 0 || strncmp(s, "CRON_TZ=", 8) == 0) {
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
	if (strcmp(s, "@hourly") == 0)
		s = "0 * * * *";
	else if (strcmp(s, "@daily") == 0 || strcmp(s, "@midnight") == 0)
		s = "0 0 * * *";
	else if (strcmp(s, "@weekly") == 0)
		s = "0 0 * * 0";
	else if (strcmp(s, "@monthly") == 0)
		s = "0 0 1 * *";
	else if (strcmp(s, "@yearly") == 0 || strcmp(s, "@annually") == 0)
		s = "0 0 1 1 *";
	{
		char extra[8];

		if (sscanf(s, "%127s %127s %127s %127s %127s %7s", f[0], f[1], f[2], f[3], f[4],
		    extra) != 5)
			return -1;
	}
	if (!cron_field(f[0], 0, 59, mi, NULL) || !cron_field(f[1], 0, 23, hr, NULL) ||
	    !cron_field(f[2], 1, 31, dm, NULL) || !cron_field(f[3], 1, 12, mo, mon) ||
	    !cron_field(f[4], 0, 6, dw, dow))
		return -1;
	dm_star = f[2][0] == '*' || f[2][0] == '?';
	dw_star = f[4][0] == '*' || f[4][0] == '?';
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 126;
	tm.tm_mday = 1;
	t = timegm(&tm);
	tm.tm_year = 127;
	end = timegm(&tm);
	/* day by day; then the minutes of a matching day */
	for (; t < end; t += 86400) {
		struct tm d;
		bool day;
		int h, m;

		gmtime_r(&t, &d);
		if (!mo[d.tm_mon + 1])
			continue;
		/* Vixie cron: with both restricted, either matches */
		if (!dm_star && !dw_star)
			day = dm[d.tm_mday] || dw[d.tm_wday];
		else
			day = dm[d.tm_mday] && dw[d.tm_wday];
		if (!day)
			continue;
		for (h = 0; h < 24; h++)
			if (hr[h])
				for (m = 0; m < 60; m++)
					count += mi[m];
	}
	return (double)count / 12;
}

/* --- the files ------------------------------------------------------------------- */

static bool
read_item(struct kube *k, const struct src *src, json_t *it, const char *jpath)
{
	const char *kind = str_at(it, "kind");
	json_t *md = json_object_get(it, "metadata"), *spec = json_object_get(it, "spec");
	json_t *status = json_object_get(it, "status");
	const char *ns = str_at(md, "namespace");
	bool ok = true;

	if (kind == NULL)
		return true;
	k->nitems++;
	{
		size_t i;

		for (i = 0; i < k->nkinds && strcmp(k->kinds[i], kind) != 0; i++)
			;
		if (i == k->nkinds) {
			k->kinds = xreallocarray(k->kinds, k->nkinds + 1, sizeof(*k->kinds));
			k->kind_n = xreallocarray(k->kind_n, k->nkinds + 1, sizeof(*k->kind_n));
			k->kinds[i] = kind;
			k->kind_n[k->nkinds++] = 0;
		}
		k->kind_n[i]++;
	}
	if (ns && excluded_ns(k, ns) && strcmp(kind, "Node") != 0) {
		note_skipped(k, ns);
		k->nitems_skipped++;
		return true;
	}
	if (strcmp(kind, "Deployment") == 0 || strcmp(kind, "StatefulSet") == 0 ||
	    strcmp(kind, "DaemonSet") == 0) {
		struct work *w = add_work(k, kind, it, src->path, jpath);
		char *sp = jpath_append(jpath, "spec"), *tp = jpath_append(sp, "template");
		char *pp = jpath_append(tp, "spec");
		json_t *r = json_object_get(spec, "replicas");

		w->spec_replicas = json_is_number(r) ? json_number_value(r) : 1;
		if (strcmp(kind, "DaemonSet") == 0) {
			json_t *n = json_object_get(status, "desiredNumberScheduled");

			w->spec_replicas = json_is_number(n) ? json_number_value(n) : 0;
			w->status_replicas = w->spec_replicas;
			w->has_status = json_is_number(n);
		} else if (json_is_number(json_object_get(status, "replicas"))) {
			w->status_replicas = json_number_value(json_object_get(status, "replicas"));
			w->has_status = true;
		}
		ok = read_pod(k, src, json_object_get(json_object_get(spec, "template"), "spec"), pp,
		    w);
		free(sp);
		free(tp);
		free(pp);
	} else if (strcmp(kind, "CronJob") == 0) {
		struct work *w = add_work(k, kind, it, src->path, jpath);
		json_t *jt = json_object_get(json_object_get(spec, "jobTemplate"), "spec");
		char *p = xasprintf("%s/spec/jobTemplate/spec/template/spec", jpath);

		w->schedule = str_at(spec, "schedule");
		w->suspended = json_is_true(json_object_get(spec, "suspend"));
		ok = read_pod(k, src, json_object_get(json_object_get(jt, "template"), "spec"), p, w);
		free(p);
		if (w->schedule == NULL || (w->runs_per_month =
		    kube_cron_runs_per_month(w->schedule)) < 0) {
			char *sp = xasprintf("%s/spec/schedule", jpath);

			diag_at(k->d, DIAG_ERROR, src, sp, -1, NULL, "CronJob %s/%s: cannot read the "
			    "schedule \"%s\" (five fields or @hourly, @daily, @weekly, @monthly, "
			    "@yearly)", w->ns, w->name, w->schedule ? w->schedule : "");
			free(sp);
			ok = false;
		}
		if (w->suspended)
			w->runs_per_month = 0;
	} else if (strcmp(kind, "Job") == 0) {
		json_t *owners = json_object_get(md, "ownerReferences"), *ow;
		size_t i;
		const char *cron = NULL;

		json_array_foreach(owners, i, ow)
			if (str_at(ow, "kind") && strcmp(str_at(ow, "kind"), "CronJob") == 0)
				cron = str_at(ow, "name");
		if (cron == NULL) {
			k->njobs_standalone++;
		} else {
			/* its run time, once the CronJobs are all read (see below) */
			double s = rfc3339(str_at(status, "startTime"));
			double e = rfc3339(str_at(status, "completionTime"));
			struct work *w = add_work(k, "Job", it, src->path, jpath);

			w->owner = cron;
			w->job_seconds_sum = s >= 0 && e >= s ? e - s : -1;
		}
	} else if (strcmp(kind, "HorizontalPodAutoscaler") == 0) {
		struct work *w = add_work(k, kind, it, src->path, jpath);
		json_t *ref = json_object_get(spec, "scaleTargetRef");
		json_t *mn = json_object_get(spec, "minReplicas"), *mx = json_object_get(spec,
		    "maxReplicas"), *cur = json_object_get(status, "currentReplicas");

		w->target_kind = str_at(ref, "kind");
		w->target_name = str_at(ref, "name");
		w->hpa_min = json_is_number(mn) ? json_number_value(mn) : 1;
		w->hpa_max = json_is_number(mx) ? json_number_value(mx) : w->hpa_min;
		w->hpa_current = json_is_number(cur) ? json_number_value(cur) : -1;
	} else if (strcmp(kind, "PersistentVolumeClaim") == 0) {
		json_t *req = json_object_get(json_object_get(spec, "resources"), "requests");
		char *rp = xasprintf("%s/spec/resources/requests", jpath);
		double bytes;
		bool have;

		ok = quantity_at(k, src, req, rp, "storage", &bytes, &have);
		free(rp);
		if (have) {
			k->pvc_bytes += bytes;
			if (k->npvc++ < KUBE_LIST_MAX)
				buf_printf(&k->pvc_list, "%s%s/%s %s", k->pvc_list.len ? ", " : "",
				    ns ? ns : "default", str_at(md, "name") ? str_at(md, "name") : "?",
				    str_at(req, "storage") ? str_at(req, "storage") : "");
		}
	} else if (strcmp(kind, "Node") == 0) {
		json_t *labels = json_object_get(md, "labels");
		const char *pid = str_at(spec, "providerID");
		size_t i;

		k->nnodes++;
		for (i = 0; i < k->rules.ntype_labels; i++)
			if (str_at(labels, k->rules.type_labels[i])) {
				k->types = xreallocarray(k->types, k->ntypes + 1, sizeof(char *));
				k->types[k->ntypes++] = xstrdup(str_at(labels, k->rules.type_labels[i]));
				break;
			}
		for (i = 0; i < k->rules.nregion_labels; i++)
			if (str_at(labels, k->rules.region_labels[i])) {
				k->regions = xreallocarray(k->regions, k->nregions + 1, sizeof(char *));
				k->regions[k->nregions++] =
				    xstrdup(str_at(labels, k->rules.region_labels[i]));
				break;
			}
		for (i = 0; i < k->rules.narch_labels; i++)
			if (str_at(labels, k->rules.arch_labels[i])) {
				k->archs = xreallocarray(k->archs, k->narchs + 1, sizeof(char *));
				k->archs[k->narchs++] = xstrdup(str_at(labels, k->rules.arch_labels[i]));
				break;
			}
		for (i = 0; k->platform == NULL && i < k->rules.nplat; i++)
			if (json_object_get(labels, k->rules.plat[i].label)) {
				k->platform = k->rules.plat[i].platform;
				k->platform_why = xasprintf("node %s has the label %s (%s)",
				    str_at(md, "name") ? str_at(md, "name") : "?",
				    k->rules.plat[i].label, k->rules.plat[i].why);
				free(k->provider);
				k->provider = xstrdup(k->rules.plat[i].provider);
			}
		for (i = 0; k->provider == NULL && pid && i < k->rules.npid; i++)
			if (str_has_prefix(pid, k->rules.pid_prefix[i]))
				k->provider = xstrdup(k->rules.pid_provider[i]);
	}
	return ok;
}

/* A PodMetricsList: each pod's usage, added to the workload it belongs to. */
static bool
read_metrics(struct kube *k, const struct src *src, json_t *root)
{
	json_t *items = json_object_get(root, "items"), *it, *c;
	size_t i, j;
	bool ok = true;

	k->have_metrics = true;
	json_array_foreach(items, i, it) {
		json_t *md = json_object_get(it, "metadata");
		const char *ns = str_at(md, "namespace"), *pod = str_at(md, "name");
		char *jp = jpath_index("/items", i), *cp = jpath_append(jp, "containers");
		double cpu = 0, mem = 0;
		struct work *best = NULL;
		size_t q;

		if (ns == NULL || pod == NULL || excluded_ns(k, ns)) {
			free(jp);
			free(cp);
			continue;
		}
		json_array_foreach(json_object_get(it, "containers"), j, c) {
			char *p = jpath_index(cp, j), *up = jpath_append(p, "usage");
			double v;
			bool have;

			ok &= quantity_at(k, src, json_object_get(c, "usage"), up, "cpu", &v, &have);
			cpu += v;
			ok &= quantity_at(k, src, json_object_get(c, "usage"), up, "memory", &v, &have);
			mem += v;
			free(p);
			free(up);
		}
		/* the workload whose name, and "-", begins the pod's name; the longest */
		for (q = 0; q < k->nw; q++) {
			struct work *w = &k->w[q];
			size_t n = strlen(w->name);

			if (strcmp(w->ns, ns) != 0 || strcmp(w->kind, "HorizontalPodAutoscaler") == 0)
				continue;
			if (strncmp(pod, w->name, n) == 0 && pod[n] == '-' &&
			    (best == NULL || n > strlen(best->name)))
				best = w;
		}
		if (best && strcmp(best->kind, "Job") == 0)
			best = NULL; /* a job's pod: not steady load */
		if (best) {
			best->use_cpu += cpu;
			best->use_mem += mem;
			best->use_pods++;
		} else {
			k->unmatched_pods = xreallocarray(k->unmatched_pods, k->nunmatched + 1,
			    sizeof(char *));
			k->unmatched_pods[k->nunmatched++] = xasprintf("%s/%s", ns, pod);
		}
		free(jp);
		free(cp);
	}
	return ok;
}

static bool
read_file(struct kube *k, const char *path)
{
	struct src *src = src_load_max(path, NULL, KUBE_MAX_FILE, k->d);
	json_t *root, *items, *it;
	const char *kind;
	size_t i;
	bool ok = true;

	if (src == NULL)
		return false;
	k->srcs = xreallocarray(k->srcs, k->nsrcs + 1, sizeof(*k->srcs));
	k->srcs[k->nsrcs++] = src;
	root = src->root;
	kind = str_at(root, "kind");
	if (kind && strcmp(kind, "PodMetricsList") == 0)
		return true; /* read after the workloads */
	items = json_object_get(root, "items");
	if (kind == NULL || strcmp(kind, "List") != 0 || !json_is_array(items)) {
		diag_at(k->d, DIAG_ERROR, src, kind ? "/kind" : "", -1, NULL, "not what kubectl get "
		    "... -o json prints: expected \"kind\": \"List\" with \"items\" (or a "
		    "PodMetricsList), got %s%s%s", kind ? "\"" : "", kind ? kind : "no \"kind\"",
		    kind ? "\"" : "");
		return false;
	}
	json_array_foreach(items, i, it) {
		char *jp = jpath_index("/items", i);

		if (!json_is_object(it)) {
			diag_at(k->d, DIAG_ERROR, src, jp, -1, NULL, "an item is an object");
			ok = false;
		} else {
			ok &= read_item(k, src, it, jp);
		}
		free(jp);
	}
	return ok;
}

/* --- the scenario -------------------------------------------------------------------- */

static int
cmp_count(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The most common text of v (ties: the first in order), with its count. */
static const char *
mode_of(char **v, size_t n, size_t *count)
{
	char **s = xcalloc(n + 1, sizeof(*s));
	const char *best = NULL;
	size_t i, run = 0;

	*count = 0;
	if (n > 0)
		memcpy(s, v, n * sizeof(*s));
	if (n > 1)
		xqsort(s, n, sizeof(*s), cmp_count);
	for (i = 0; i < n; i++) {
		run = i > 0 && strcmp(s[i], s[i - 1]) == 0 ? run + 1 : 1;
		if (run > *count) {
			*count = run;
			best = s[i];
		}
	}
	free(s);
	return best;
}

/* "2.5" with no trailing noise. */
static void
fmt_num(struct buf *b, double v)
{
	char t[64];

	snprintf(t, sizeof(t), "%.15g", v);
	num_shortest(t, sizeof(t), strtod(t, NULL));
	buf_puts(b, t);
}

/* "500m" or "2" for a CPU figure in cores. */
static void
fmt_cpu(struct buf *b, double cores)
{
	if (cores > 0 && cores < 1) {
		fmt_num(b, cores * 1000);
		buf_putc(b, 'm');
	} else {
		fmt_num(b, cores);
	}
}

static void
fmt_mem(struct buf *b, double bytes)
{
	if (bytes >= 1073741824.0) {
		fmt_num(b, bytes / 1073741824.0);
		buf_puts(b, "Gi");
	} else {
		fmt_num(b, bytes / 1048576.0);
		buf_puts(b, "Mi");
	}
}

/* A measured figure, rounded for reading: "724m" CPU, "312Mi", "2.6Gi". */
static void
fmt_cpu_use(struct buf *b, double cores)
{
	if (cores < 1) {
		fmt_num(b, round(cores * 1000));
		buf_putc(b, 'm');
	} else {
		fmt_num(b, round(cores * 100) / 100);
	}
}

static void
fmt_mem_use(struct buf *b, double bytes)
{
	if (bytes >= 1073741824.0) {
		fmt_num(b, round(bytes / 1073741824.0 * 100) / 100);
		buf_puts(b, "Gi");
	} else {
		fmt_num(b, round(bytes / 1048576.0));
		buf_puts(b, "Mi");
	}
}

/* Write a scenario cell {"value": v, "source": src}. */
static void
cell_num(struct jw *w, const char *key, double v, const char *src)
{
	char t[64];

	snprintf(t, sizeof(t), "%.15g", v);
	jw_key(w, key);
	jw_obj(w);
	jw_knum(w, "value", strtod(t, NULL));
	jw_kstr(w, "source", src);
	jw_obj_end(w);
}

static void
cell_str(struct jw *w, const char *key, const char *v, const char *src)
{
	jw_key(w, key);
	jw_obj(w);
	jw_kstr(w, "value", v);
	jw_kstr(w, "source", src);
	jw_obj_end(w);
}

static void
cell_bool(struct jw *w, const char *key, bool v, const char *src)
{
	jw_key(w, key);
	jw_obj(w);
	jw_kbool(w, "value", v);
	jw_kstr(w, "source", src);
	jw_obj_end(w);
}

/* The runsheet region whose site for provider has code; the default first. */
static const struct region *
region_of(const struct catalog *cat, const char *provider, const char *code)
{
	const struct regions *rg = cat->regions;
	size_t i;

	if (rg == NULL || provider == NULL || code == NULL)
		return NULL;
	if (rg->dflt >= 0) {
		const struct region_site *s = region_site(&rg->list[rg->dflt], provider);

		if (s && strcmp(s->code, code) == 0)
			return &rg->list[rg->dflt];
	}
	for (i = 0; i < rg->n; i++) {
		const struct region_site *s = region_site(&rg->list[i], provider);

		if (s && strcmp(s->code, code) == 0)
			return &rg->list[i];
	}
	return NULL;
}

/* Whether text v is an allowed value of cell name. */
static bool
allowed(const struct catalog *cat, const char *name, const char *v)
{
	int c = catalog_find(cat, name);
	size_t i;

	if (c < 0)
		return false;
	for (i = 0; i < cat->base[c]->nenumv; i++)
		if (strcmp(cat->base[c]->enumv[i], v) == 0)
			return true;
	return false;
}

/* The file name without its directory and .json, as an id (a-z0-9-). */
static char *
id_from(const char *path)
{
	const char *b = strrchr(path, '/');
	struct buf id = {0};
	char *why = NULL;

	for (b = b ? b + 1 : path; *b && strcmp(b, ".json") != 0; b++) {
		unsigned char c = (unsigned char)tolower((unsigned char)*b);

		buf_putc(&id, isalnum(c) ? c : '-');
	}
	if (id.len == 0 || !scenario_id_valid(buf_str(&id), &why)) {
		free(why);
		buf_free(&id);
		return xstrdup("imported-cluster");
	}
	return buf_detach(&id);
}

/*
 * After a list of n things of which only the first KUBE_LIST_MAX were
 * written to b, say how many more there are and where they are listed
 * (where: NULL for nowhere else). So a source stays short however big the
 * cluster: the reader's limit on a cell's text is never reached.
 */
static void
list_more(struct buf *b, size_t n, const char *where)
{
	if (n > KUBE_LIST_MAX)
		buf_printf(b, " and %zu more%s%s", n - KUBE_LIST_MAX, where ? " " : "",
		    where ? where : "");
}

/*
 * What the exports held, for the error of an import that finds no
 * workload: "7 items: 3 Node, 2 DaemonSet, 2 in the namespaces left out".
 */
static void
what_was_read(const struct kube *k, struct buf *b)
{
	size_t i;

	buf_printf(b, "%zu item%s", k->nitems, k->nitems == 1 ? "" : "s");
	for (i = 0; i < k->nkinds; i++)
		buf_printf(b, "%s%zu %s", i ? ", " : ": ", k->kind_n[i], k->kinds[i]);
	if (k->nitems_skipped) {
		buf_printf(b, "; %zu of them in namespaces left out (", k->nitems_skipped);
		for (i = 0; i < k->nskipped && i < KUBE_LIST_MAX; i++)
			buf_printf(b, "%s%s", i ? ", " : "", k->skipped[i]);
		list_more(b, k->nskipped, NULL);
		buf_puts(b, k->o->exclude ? "; --exclude-namespaces)" : "; the system namespaces "
		    "of models/import/kubernetes.json, or --exclude-namespaces)");
	}
}

struct service {
	struct work *w;
	double vcpu, mem, gpus;   /* all replicas */
};

/*
 * Build the scenario JSON into out. Returns false, with the error in
 * k->d, when the exports hold no workload to import.
 */
static bool
write_scenario(struct kube *k, struct buf *out)
{
	const struct catalog *cat = k->cat;
	struct jw w;
	struct service *sv = xcalloc(k->nw + 1, sizeof(*sv));
	size_t nsv = 0, i, j, nsidecar = 0, nfiles = 0, ncron = 0;
	double vcpu = 0, mem = 0, gpus = 0, pods = 0, minsum = 0, use_cpu = 0, use_mem = 0;
	double req_cpu_measured = 0, req_mem_measured = 0;
	double jobs = 0, job_secs = 0, job_vcpu = 0, job_mem = 0, job_secs_runs = 0;
	struct buf src = {0}, desc = {0}, t = {0}, files = {0}, sidecars = {0}, gpulist = {0};
	struct buf norequest = {0}, jobsrc = {0};
	char *id = k->o->id ? xstrdup(k->o->id) : id_from(k->o->files[0]);
	const char *type = NULL, *rcode = NULL, *arch = NULL;
	size_t ntype = 0, nrcode = 0, narch = 0;
	const struct region *reg;
	bool any_sts = false;
	char **fill = NULL;
	size_t nfill = 0;
	bool ok = false;

	for (i = 0; i < k->nsrcs; i++) {
		const char *b = strrchr(k->srcs[i]->path, '/');

		if (nfiles++ < KUBE_LIST_MAX)
			buf_printf(&files, "%s%s", i ? ", " : "", b ? b + 1 : k->srcs[i]->path);
	}
	list_more(&files, nfiles, "files");
	/* the HPAs onto their targets; the Jobs onto their CronJobs */
	for (i = 0; i < k->nw; i++) {
		struct work *h = &k->w[i], *tw;

		if (strcmp(h->kind, "HorizontalPodAutoscaler") == 0 && h->target_kind &&
		    h->target_name &&
		    (tw = find_work(k, h->target_kind, h->ns, h->target_name)) != NULL) {
			tw->has_hpa = true;
			tw->hpa_min = h->hpa_min;
			tw->hpa_max = h->hpa_max;
			tw->hpa_current = h->hpa_current;
		} else if (strcmp(h->kind, "Job") == 0 && h->owner &&
		    (tw = find_work(k, "CronJob", h->ns, h->owner)) != NULL &&
		    h->job_seconds_sum >= 0) {
			tw->job_seconds_sum += h->job_seconds_sum;
			tw->job_runs++;
		}
	}
	for (i = 0; i < k->nw; i++) {
		struct work *x = &k->w[i];

		if (strcmp(x->kind, "Deployment") != 0 && strcmp(x->kind, "StatefulSet") != 0) {
			if (strcmp(x->kind, "DaemonSet") == 0 && k->ndaemon++ < KUBE_LIST_MAX)
				buf_printf(&k->daemon_list, "%s%s/%s", k->daemon_list.len ? ", " : "",
				    x->ns, x->name);
			continue;
		}
		x->replicas = x->has_status ? x->status_replicas : x->spec_replicas;
		if (x->has_hpa) {
			if (x->hpa_current >= 0 && !x->has_status)
				x->replicas = x->hpa_current;
			x->replicas = fmin(fmax(x->replicas, x->hpa_min), x->hpa_max);
			x->min_instances = x->hpa_min;
		} else {
			x->min_instances = x->replicas;
		}
		sv[nsv].w = x;
		sv[nsv].vcpu = x->cpu * x->replicas;
		sv[nsv].mem = x->mem * x->replicas;
		sv[nsv].gpus = x->gpus * x->replicas;
		vcpu += sv[nsv].vcpu;
		mem += sv[nsv].mem;
		gpus += sv[nsv].gpus;
		pods += x->replicas;
		minsum += x->min_instances;
		if (strcmp(x->kind, "StatefulSet") == 0)
			any_sts = true;
		if ((x->long_running > 1 || x->mesh) && nsidecar++ < KUBE_LIST_MAX) {
			buf_printf(&sidecars, "%s%s/%s (%d containers%s)", sidecars.len ? ", " : "",
			    x->ns, x->name, x->long_running, x->mesh ? ", a mesh proxy" : "");
		}
		if (x->gpus > 0 && k->ngpu++ < KUBE_LIST_MAX)
			buf_printf(&gpulist, "%s%s/%s: %g x %g", gpulist.len ? ", " : "", x->ns,
			    x->name, x->replicas, x->gpus);
		if (x->no_request && k->nnorequest++ < KUBE_LIST_MAX)
			buf_printf(&norequest, "%s%s/%s: %s", norequest.len ? "; " : "", x->ns, x->name,
			    x->no_request);
		if (x->use_pods > 0) {
			use_cpu += x->use_cpu;
			use_mem += x->use_mem;
			req_cpu_measured += x->cpu * x->use_pods;
			req_mem_measured += x->mem * x->use_pods;
		}
		nsv++;
	}
	for (i = 0; i < k->nw; i++) {
		struct work *x = &k->w[i];

		if (strcmp(x->kind, "CronJob") != 0 || x->runs_per_month <= 0)
			continue;
		jobs += x->runs_per_month;
		job_vcpu += x->cpu * x->runs_per_month;
		job_mem += x->mem * x->runs_per_month;
		if (x->job_runs > 0) {
			job_secs += x->job_seconds_sum / x->job_runs * x->runs_per_month;
			job_secs_runs += x->runs_per_month;
		}
		if (ncron++ >= KUBE_LIST_MAX)
			continue;
		buf_printf(&jobsrc, "%scronjobs/%.63s/%.253s \"%.100s\": ", jobsrc.len ? "; " : "",
		    x->ns, x->name, x->schedule);
		fmt_num(&jobsrc, round(x->runs_per_month * 10) / 10);
		buf_puts(&jobsrc, " runs a month of ");
		fmt_cpu(&jobsrc, x->cpu);
		buf_puts(&jobsrc, " / ");
		fmt_mem(&jobsrc, x->mem);
		if (x->job_runs > 0) {
			buf_puts(&jobsrc, ", ");
			fmt_num(&jobsrc, x->job_seconds_sum / x->job_runs);
			buf_printf(&jobsrc, " s on average over %d finished Jobs", x->job_runs);
		}
	}
	list_more(&jobsrc, ncron, "CronJobs");
	list_more(&sidecars, nsidecar, NULL);
	list_more(&gpulist, (size_t)k->ngpu, NULL);
	list_more(&norequest, (size_t)k->nnorequest, NULL);
	list_more(&k->daemon_list, (size_t)k->ndaemon, NULL);
	if (nsv == 0) {
		/* nothing to compare: an error that says what the files did hold */
		const struct src *first = NULL;

		for (i = 0; i < k->nsrcs && first == NULL; i++)
			if (str_at(k->srcs[i]->root, "kind") &&
			    strcmp(str_at(k->srcs[i]->root, "kind"), "List") == 0)
				first = k->srcs[i];
		t.len = 0;
		what_was_read(k, &t);
		diag_at(k->d, DIAG_ERROR, first, "/items", -1, NULL, "no workload to import: the "
		    "export%s hold%s no Deployment or StatefulSet outside the namespaces left out "
		    "(read: %s); export the cluster with kubectl get deployments,statefulsets,"
		    "daemonsets,cronjobs,jobs,hpa,pvc,nodes -A -o json, in the context of the "
		    "cluster to compare", k->nsrcs == 1 ? "" : "s", k->nsrcs == 1 ? "s" : "",
		    buf_str(&t));
		goto out;
	}
	type = mode_of(k->types, k->ntypes, &ntype);
	rcode = mode_of(k->regions, k->nregions, &nrcode);
	arch = mode_of(k->archs, k->narchs, &narch);
	reg = region_of(cat, k->provider, rcode);

	jw_init(&w, out);
	jw_obj(&w);
	jw_kstr(&w, "$schema", "../schema/scenario.schema.json");
	jw_kstr(&w, "id", id);
	t.len = 0;
	buf_printf(&t, "%zu service%s imported from a Kubernetes cluster%s%s", nsv,
	    nsv == 1 ? "" : "s", k->platform ? " on " : "", k->platform ?
	    cat->platforms[catalog_platform(cat, k->platform)].name : "");
	jw_kstr(&w, "title", buf_str(&t));
	t.len = 0;
	buf_printf(&t, "Written by runsheet import kubernetes from %s: %zu %s (%g pod%s) "
	    "requesting ", buf_str(&files), nsv, nsv == 1 ? "Deployment or StatefulSet" :
	    "Deployments and StatefulSets", pods, pods == 1 ? "" : "s");
	fmt_num(&t, vcpu);
	buf_puts(&t, " vCPU and ");
	fmt_num(&t, mem / 1073741824.0);
	buf_printf(&t, " GiB, on %d node%s", k->nnodes, k->nnodes == 1 ? "" : "s");
	if (type)
		buf_printf(&t, " (%zu of them %s)", ntype, type);
	buf_puts(&t, ". Traffic, latency tolerance and the team are not in a cluster: fill them "
	    "in (\"fill_in\").");
	jw_kstr(&w, "summary", buf_str(&t));

	/* the description: one row per service */
	buf_puts(&desc, "What the cluster runs, outside the system namespaces, as `kubectl get` "
	    "printed it. Requests are per pod (Kubernetes' effective request: the containers and "
	    "sidecars, or an init container with the sidecars started before it if more); replicas "
	    "are those running, within the HPA's range.\n\n"
	    "| Service | Kind | Replicas | HPA | Request per pod | Requested | Measured use |\n"
	    "|:--|:--|--:|:--|:--|:--|:--|\n");
	for (i = 0; i < nsv && i < KUBE_TABLE_MAX; i++) {
		struct work *x = sv[i].w;

		buf_printf(&desc, "| %s/%s | %s | %g | ", x->ns, x->name, x->kind, x->replicas);
		if (x->has_hpa)
			buf_printf(&desc, "%g to %g", x->hpa_min, x->hpa_max);
		else
			buf_puts(&desc, "none");
		buf_puts(&desc, " | ");
		fmt_cpu(&desc, x->cpu);
		buf_puts(&desc, " CPU, ");
		fmt_mem(&desc, x->mem);
		if (x->gpus > 0)
			buf_printf(&desc, ", %g GPU", x->gpus);
		if (x->long_running > 1)
			buf_printf(&desc, " (%d containers)", x->long_running);
		buf_puts(&desc, " | ");
		fmt_num(&desc, sv[i].vcpu);
		buf_puts(&desc, " vCPU, ");
		fmt_mem(&desc, sv[i].mem);
		buf_puts(&desc, " | ");
		if (x->use_pods > 0) {
			fmt_cpu_use(&desc, x->use_cpu);
			buf_puts(&desc, " CPU, ");
			fmt_mem_use(&desc, x->use_mem);
			buf_printf(&desc, " over %d pod%s", x->use_pods, x->use_pods == 1 ? "" : "s");
		} else {
			buf_puts(&desc, k->have_metrics ? "no pod measured" : "not measured");
		}
		buf_puts(&desc, " |\n");
	}
	if (nsv > KUBE_TABLE_MAX)
		buf_printf(&desc, "\nAnd %zu more services, not listed (the table stops at %d; the "
		    "export has them all).\n", nsv - KUBE_TABLE_MAX, KUBE_TABLE_MAX);
	if (k->nskipped) {
		buf_puts(&desc, k->o->exclude ? "\nLeft out (--exclude-namespaces): " :
		    "\nLeft out as system namespaces: ");
		for (i = 0; i < k->nskipped; i++)
			buf_printf(&desc, "%s`%s`", i ? ", " : "", k->skipped[i]);
		buf_puts(&desc, ".\n");
	}
	jw_kstr(&w, "description", buf_str(&desc));
	jw_key(&w, "sources");
	jw_arr(&w);
	t.len = 0;
	buf_printf(&t, "kubernetes export %s (kubectl get deployments,statefulsets,daemonsets,"
	    "cronjobs,jobs,hpa,pvc,nodes -A -o json%s)", buf_str(&files), k->have_metrics ?
	    "; kubectl get --raw /apis/metrics.k8s.io/v1beta1/pods" : "");
	jw_str(&w, buf_str(&t));
	jw_arr_end(&w);

	jw_key(&w, "assumptions");
	jw_arr(&w);
	jw_str(&w, "Replicas are the ones running when the cluster was exported (status.replicas), "
	    "kept within each HorizontalPodAutoscaler's minReplicas and maxReplicas; a service with "
	    "an HPA keeps its minReplicas warm on serverless platforms, one without keeps its fixed "
	    "replicas.");
	jw_str(&w, "vCPU and memory are the pods' requests, not their use: Kubernetes schedules, "
	    "and so sizes and bills nodes, by requests, and serverless platforms bill the instance "
	    "size that is allocated.");
	if (k->have_metrics && req_cpu_measured > 0) {
		t.len = 0;
		buf_puts(&t, "Measured use (metrics-server): ");
		fmt_cpu_use(&t, use_cpu);
		buf_puts(&t, " CPU and ");
		fmt_mem_use(&t, use_mem);
		buf_puts(&t, " over the measured pods, ");
		fmt_num(&t, round(use_cpu / req_cpu_measured * 1000) / 10);
		buf_puts(&t, "% of their CPU requests and ");
		fmt_num(&t, req_mem_measured > 0 ? round(use_mem / req_mem_measured * 1000) / 10 : 0);
		buf_puts(&t, "% of their memory requests. The scenario keeps the requests; right-"
		    "sizing them would lower every platform's compute alike.");
		jw_str(&w, buf_str(&t));
	}
	if (k->ndaemon) {
		t.len = 0;
		buf_printf(&t, "DaemonSets (%s) run one pod per node as agents; they are not part of "
		    "the workload that moves, and the node sizing's system reservation stands for "
		    "them.", buf_str(&k->daemon_list));
		jw_str(&w, buf_str(&t));
	}
	if (norequest.len) {
		t.len = 0;
		buf_printf(&t, "Containers without requests count as 0 (runsheet does not guess "
		    "them): %s.", buf_str(&norequest));
		jw_str(&w, buf_str(&t));
	}
	if (k->njobs_standalone) {
		t.len = 0;
		buf_printf(&t, "%d Job%s not started by a CronJob ran once and %s not counted as "
		    "monthly work.", k->njobs_standalone, k->njobs_standalone == 1 ? "" : "s",
		    k->njobs_standalone == 1 ? "is" : "are");
		jw_str(&w, buf_str(&t));
	}
	jw_arr_end(&w);

	/* what the cluster cannot say */
	{
		static const char *const unknown[] = {
			"workload.requests_per_month: the traffic (requests a month), for the "
			    "request-billed platforms",
			"workload.avg_request_ms and workload.concurrency: how long a request takes "
			    "and how many one instance serves at once",
			"workload.latency_tolerance_ms: the first response time users accept",
			"workload.egress_gb_per_month: data sent to the internet",
			"team.engineers, team.k8s_expertise and team.loaded_cost_per_year: the team",
			NULL};

		for (i = 0; unknown[i]; i++) {
			fill = xreallocarray(fill, nfill + 1, sizeof(*fill));
			fill[nfill++] = xstrdup(unknown[i]);
		}
		if (jobs > 0 && job_secs_runs <= 0) {
			fill = xreallocarray(fill, nfill + 1, sizeof(*fill));
			fill[nfill++] = xstrdup("workload.job_seconds: how long a CronJob run takes (no "
			    "finished Job was in the export)");
		}
		if (reg == NULL) {
			fill = xreallocarray(fill, nfill + 1, sizeof(*fill));
			fill[nfill++] = rcode ? xasprintf("workload.region: no runsheet region maps %s's "
			    "region %s (models/regions.json)", k->provider ? k->provider : "the "
			    "provider", rcode) : xstrdup("workload.region: the nodes carry no region "
			    "label");
		}
	}
	jw_key(&w, "fill_in");
	jw_arr(&w);
	for (i = 0; i < nfill; i++)
		jw_str(&w, fill[i]);
	jw_arr_end(&w);

	if (k->platform) {
		jw_key(&w, "plan");
		jw_obj(&w);
		cell_str(&w, "current_platform", k->platform, k->platform_why);
		jw_obj_end(&w);
	}
	jw_key(&w, "workload");
	jw_obj(&w);
	if (reg) {
		t.len = 0;
		buf_printf(&t, "kubernetes export %s: %zu of %d nodes in %s (%s); runsheet region %s "
		    "maps %s to it", buf_str(&files), nrcode, k->nnodes, rcode, k->provider, reg->id,
		    k->provider);
		cell_str(&w, "region", reg->id, buf_str(&t));
	}
	/*
	 * vCPU and memory: every service's replicas x request; the source
	 * names the first ones, the description's table every one
	 */
	src.len = 0;
	buf_printf(&src, "kubernetes export %s: ", buf_str(&files));
	if (nsv > KUBE_LIST_MAX)
		buf_printf(&src, "the replicas x CPU request per pod of %zu Deployments and "
		    "StatefulSets, summed: ", nsv);
	for (i = 0; i < nsv && i < KUBE_LIST_MAX; i++) {
		buf_printf(&src, "%s%s/%.63s/%.253s %g x ", i ? ", " : "",
		    strcmp(sv[i].w->kind, "Deployment") == 0 ? "deployments" : "statefulsets",
		    sv[i].w->ns, sv[i].w->name, sv[i].w->replicas);
		fmt_cpu(&src, sv[i].w->cpu);
	}
	list_more(&src, nsv, "(every one in the description's table)");
	cell_num(&w, "vcpu", vcpu, buf_str(&src));
	src.len = 0;
	buf_printf(&src, "kubernetes export %s: ", buf_str(&files));
	if (nsv > KUBE_LIST_MAX)
		buf_printf(&src, "the replicas x memory request per pod of %zu Deployments and "
		    "StatefulSets, summed: ", nsv);
	for (i = 0; i < nsv && i < KUBE_LIST_MAX; i++) {
		buf_printf(&src, "%s%s/%.63s/%.253s %g x ", i ? ", " : "",
		    strcmp(sv[i].w->kind, "Deployment") == 0 ? "deployments" : "statefulsets",
		    sv[i].w->ns, sv[i].w->name, sv[i].w->replicas);
		fmt_mem(&src, sv[i].w->mem);
	}
	list_more(&src, nsv, "(every one in the description's table)");
	cell_num(&w, "memory_gib", mem / 1073741824.0, buf_str(&src));
	src.len = 0;
	buf_printf(&src, "kubernetes export %s: %zu Deployments and StatefulSets outside the "
	    "system namespaces", buf_str(&files), nsv);
	cell_num(&w, "services", (double)nsv, buf_str(&src));
	if (pods > 0) {
		src.len = 0;
		buf_printf(&src, "kubernetes export %s: the requests of all %g pods divided by their "
		    "number (the mean pod)", buf_str(&files), pods);
		cell_num(&w, "instance_vcpu", vcpu / pods, buf_str(&src));
		cell_num(&w, "instance_memory_gib", mem / 1073741824.0 / pods, buf_str(&src));
		src.len = 0;
		buf_printf(&src, "kubernetes export %s: the HPAs' minReplicas, else the fixed "
		    "replicas, averaged over %zu service%s (%g in all)", buf_str(&files), nsv,
		    nsv == 1 ? "" : "s", minsum);
		cell_num(&w, "min_instances", nsv ? round(minsum / (double)nsv) : 0, buf_str(&src));
	}
	src.len = 0;
	if (k->npvc) {
		buf_printf(&src, "kubernetes export %s: %d PersistentVolumeClaim%s: %s",
		    buf_str(&files), k->npvc, k->npvc == 1 ? "" : "s", buf_str(&k->pvc_list));
		list_more(&src, (size_t)k->npvc, NULL);
	} else
		buf_printf(&src, "kubernetes export %s: no PersistentVolumeClaim", buf_str(&files));
	cell_num(&w, "storage_gib", k->pvc_bytes / 1073741824.0, buf_str(&src));
	src.len = 0;
	buf_printf(&src, "kubernetes export %s: %s", buf_str(&files), any_sts || k->npvc ?
	    "a StatefulSet or a PersistentVolumeClaim" : "no StatefulSet, no PersistentVolumeClaim");
	cell_bool(&w, "stateful", any_sts || k->npvc > 0, buf_str(&src));
	src.len = 0;
	buf_printf(&src, "kubernetes export %s: %s", buf_str(&files), nsidecar ?
	    buf_str(&sidecars) : "no pod with more than one long-running container or a mesh "
	    "proxy");
	cell_bool(&w, "sidecars", nsidecar > 0, buf_str(&src));
	src.len = 0;
	buf_printf(&src, "kubernetes export %s: %s", buf_str(&files), gpus > 0 ?
	    buf_str(&gpulist) : "no container requests a GPU");
	cell_num(&w, "gpus", gpus, buf_str(&src));
	if (jobs > 0) {
		src.len = 0;
		buf_printf(&src, "kubernetes export %s: %s", buf_str(&files), buf_str(&jobsrc));
		cell_num(&w, "jobs_per_month", jobs, buf_str(&src));
		cell_num(&w, "job_vcpu", job_vcpu / jobs, buf_str(&src));
		cell_num(&w, "job_memory_gib", job_mem / jobs / 1073741824.0, buf_str(&src));
		if (job_secs_runs > 0)
			cell_num(&w, "job_seconds", ceil(job_secs / job_secs_runs), buf_str(&src));
	}
	if (arch && (strcmp(arch, "arm64") == 0 || strcmp(arch, "amd64") == 0)) {
		src.len = 0;
		buf_printf(&src, "kubernetes export %s: %zu of %d nodes are %s", buf_str(&files),
		    narch, k->nnodes, arch);
		cell_str(&w, "arch", strcmp(arch, "arm64") == 0 ? "arm" : "x86", buf_str(&src));
	}
	jw_obj_end(&w);
	/* the node type, where the current platform's model has it */
	if (k->platform && type) {
		char *cell = xasprintf("%s.node_type", k->platform);

		if (allowed(cat, cell, type)) {
			jw_key(&w, k->platform);
			jw_obj(&w);
			src.len = 0;
			buf_printf(&src, "kubernetes export %s: %zu of %d nodes are %s",
			    buf_str(&files), ntype, k->nnodes, type);
			cell_str(&w, "node_type", type, buf_str(&src));
			jw_obj_end(&w);
		}
		free(cell);
	}
	jw_obj_end(&w);
	buf_putc(out, '\n');

	/* on standard error: what to fill in */
	if (!k->o->quiet) {
		fprintf(stderr, "runsheet import kubernetes: %s: %zu service%s, %g pod%s, ",
		    k->o->out ? k->o->out : "standard output", nsv, nsv == 1 ? "" : "s", pods,
		    pods == 1 ? "" : "s");
		t.len = 0;
		fmt_num(&t, vcpu);
		buf_puts(&t, " vCPU, ");
		fmt_num(&t, mem / 1073741824.0);
		buf_puts(&t, " GiB");
		fprintf(stderr, "%s, %d node%s", buf_str(&t), k->nnodes, k->nnodes == 1 ? "" : "s");
		if (k->platform)
			fprintf(stderr, ", platform %s", k->platform);
		if (reg)
			fprintf(stderr, ", region %s", reg->id);
		fputc('\n', stderr);
		if (norequest.len)
			fprintf(stderr, "containers without requests, counted as 0: %s\n",
			    buf_str(&norequest));
		if (k->nunmatched) {
			fprintf(stderr, "pods in the metrics that match no imported workload, not "
			    "counted:");
			for (i = 0; i < k->nunmatched && i < 10; i++)
				fprintf(stderr, " %s", k->unmatched_pods[i]);
			if (k->nunmatched > 10)
				fprintf(stderr, " and %zu more", k->nunmatched - 10);
			fputc('\n', stderr);
		}
		fprintf(stderr, "fill these in (the cluster cannot say):\n");
		for (i = 0; i < nfill; i++)
			fprintf(stderr, "  %s\n", fill[i]);
	}
	ok = true;
out:
	for (j = 0; j < nfill; j++)
		free(fill[j]);
	free(fill);
	free(sv);
	free(id);
	buf_free(&src);
	buf_free(&desc);
	buf_free(&t);
	buf_free(&files);
	buf_free(&sidecars);
	buf_free(&gpulist);
	buf_free(&norequest);
	buf_free(&jobsrc);
	return ok;
}

/*
 * runsheet import kubernetes: read the exports and write the scenario to
 * o->out (NULL or "-": standard output). Returns true after writing;
 * false with the problems in d, and nothing written.
 */
bool
kube_import(const struct catalog *cat, const struct kube_opts *o, struct diags *d)
{
	struct kube k;
	struct buf out = {0};
	size_t i, errs = d->nerrors;
	bool ok = false;

	memset(&k, 0, sizeof(k));
	k.cat = cat;
	k.o = o;
	k.d = d;
	if (o->id) {
		/* as the scenario's reader checks it, before anything is read */
		char *why = NULL, *where = xasprintf("--id %s", o->id);

		if (!scenario_id_valid(o->id, &why))
			diag_add(d, DIAG_ERROR, where, 0, 0, NULL, NULL, "bad id \"%.80s\": %s",
			    o->id, why);
		free(why);
		free(where);
		if (d->nerrors != errs)
			goto out;
	}
	if (!rules_load(&k.rules, cat, d))
		goto out;
	if (o->exclude) {
		char *list = xstrdup(o->exclude), *p, *save = NULL;

		for (p = strtok_r(list, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
			k.exclude = xreallocarray(k.exclude, k.nexclude + 1, sizeof(char *));
			k.exclude[k.nexclude++] = xstrdup(p);
		}
		free(list);
	} else {
		for (i = 0; i < k.rules.nsystem_ns; i++) {
			k.exclude = xreallocarray(k.exclude, k.nexclude + 1, sizeof(char *));
			k.exclude[k.nexclude++] = xstrdup(k.rules.system_ns[i]);
		}
	}
	for (i = 0; i < o->nfiles; i++)
		read_file(&k, o->files[i]);
	for (i = 0; i < k.nsrcs; i++)
		if (str_at(k.srcs[i]->root, "kind") &&
		    strcmp(str_at(k.srcs[i]->root, "kind"), "PodMetricsList") == 0)
			read_metrics(&k, k.srcs[i], k.srcs[i]->root);
	if (d->nerrors != errs)
		goto out;
	if (!write_scenario(&k, &out) || !import_reads_back(cat, o->out && strcmp(o->out, "-") ?
	    o->out : "the scenario", &out, "kubernetes", d))
		goto out;
	if (o->out == NULL || strcmp(o->out, "-") == 0) {
		if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
			diag_add(d, DIAG_ERROR, "import", 0, 0, NULL, NULL, "writing the scenario: %s",
			    strerror(errno));
			goto out;
		}
	} else if (!file_write_atomic(o->out, out.data, out.len)) {
		diag_add(d, DIAG_ERROR, o->out, 0, 0, NULL, NULL, "cannot write: %s",
		    strerror(errno));
		goto out;
	}
	ok = true;
out:
	for (i = 0; i < k.nw; i++) {
		free(k.w[i].jpath);
		free(k.w[i].no_request);
	}
	free(k.w);
	strv_free(k.exclude, k.nexclude);
	strv_free(k.types, k.ntypes);
	strv_free(k.regions, k.nregions);
	strv_free(k.archs, k.narchs);
	strv_free(k.skipped, k.nskipped);
	strv_free(k.unmatched_pods, k.nunmatched);
	free(k.platform_why);
	free(k.provider);
	buf_free(&k.pvc_list);
	buf_free(&k.daemon_list);
	free(k.kinds);
	free(k.kind_n);
	for (i = 0; i < k.nsrcs; i++)
		src_free(k.srcs[i]);
	free(k.srcs);
	rules_free(&k.rules);
	buf_free(&out);
	return ok;
}

/* runsheet check: whether models/import/kubernetes.json reads (problems into d). */
bool
kube_check_rules(const struct catalog *cat, struct diags *d)
{
	struct rules r;
	bool ok;

	memset(&r, 0, sizeof(r));
	ok = rules_load(&r, cat, d);
	rules_free(&r);
	return ok;
}
