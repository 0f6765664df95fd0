import { createRouter, createWebHistory, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router';
import { asOfState } from '@/lib/asOfStore';
import { checkAsOf } from '@/lib/asOf';
import { todayIn } from '@/lib/dates';
import { isAdmin, restoreSession, signedIn } from '@/lib/session';
import { consoleApi, setUnauthorizedHandler } from '@/api/http';
// The client routes' paths, one list that the server reads too (http/ClientRoutes): any other path is a 404.
import paths from '@/routes.json';
import { i18n, setLocale } from '@/i18n';
import { langFromQuery } from '@/lib/locale';

const Overview = () => import('@/views/OverviewView.vue');

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: paths.overview, name: 'overview', component: Overview },
    { path: paths.timeline, name: 'timeline', component: () => import('@/views/TimelineView.vue') },
    { path: paths.regions, name: 'regions', component: () => import('@/views/RegionsView.vue') },
    { path: paths.region, name: 'region', component: () => import('@/views/RegionView.vue'), props: true },
    { path: paths.plan, name: 'plan', component: () => import('@/views/PlanView.vue') },
    { path: paths.task, name: 'task', component: () => import('@/views/TaskView.vue'), props: true },
    {
      path: paths['sign-in'],
      name: 'sign-in',
      component: () => import('@/views/console/SignInView.vue'),
      meta: { console: true },
    },
    {
      path: paths.console,
      name: 'console',
      component: () => import('@/views/console/MyTasksView.vue'),
      meta: { console: true, auth: true },
    },
    {
      path: paths['task-new'],
      name: 'task-new',
      component: () => import('@/views/console/TaskEditView.vue'),
      meta: { console: true, auth: true },
    },
    {
      path: paths.reminders,
      name: 'reminders',
      component: () => import('@/views/console/RemindersView.vue'),
      meta: { console: true, auth: true },
    },
    {
      path: paths.import,
      name: 'import',
      component: () => import('@/views/console/ImportView.vue'),
      meta: { console: true, auth: true },
    },
    {
      path: paths['task-edit'],
      name: 'task-edit',
      component: () => import('@/views/console/TaskEditView.vue'),
      props: true,
      meta: { console: true, auth: true },
    },
    {
      path: paths['admin-users'],
      name: 'admin-users',
      component: () => import('@/views/console/AdminUsersView.vue'),
      meta: { console: true, auth: true, admin: true },
    },
    {
      path: paths['admin-tokens'],
      name: 'admin-tokens',
      component: () => import('@/views/console/AdminTokensView.vue'),
      meta: { console: true, auth: true, admin: true },
    },
    {
      path: paths['admin-regions'],
      name: 'admin-regions',
      component: () => import('@/views/console/AdminRegionsView.vue'),
      meta: { console: true, auth: true, admin: true },
    },
    {
      path: paths['admin-milestones'],
      name: 'admin-milestones',
      component: () => import('@/views/console/AdminMilestonesView.vue'),
      meta: { console: true, auth: true, admin: true },
    },
    {
      path: paths['admin-audit'],
      name: 'admin-audit',
      component: () => import('@/views/console/AdminAuditView.vue'),
      meta: { console: true, auth: true, admin: true },
    },
    {
      path: paths['admin-webhooks'],
      name: 'admin-webhooks',
      component: () => import('@/views/console/AdminWebhooksView.vue'),
      meta: { console: true, auth: true, admin: true },
    },
    {
      path: paths['embed-region'],
      name: 'embed-region',
      component: () => import('@/views/EmbedRegionView.vue'),
      props: true,
      meta: { embed: true },
    },
    {
      path: paths['embed-milestone'],
      name: 'embed-milestone',
      component: () => import('@/views/EmbedMilestoneView.vue'),
      props: true,
      meta: { embed: true },
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
  ],
  scrollBehavior(to, from, saved) {
    if (saved) return saved;
    if (to.hash) return { el: decodeURIComponent(to.hash), top: 16 };
    if (to.path !== from.path) return { top: 0 };
    return undefined;
  },
});

/** Set by the "back to today" control so the guard below lets asOf go. */
let droppingAsOf = false;
export function clearAsOf() {
  droppingAsOf = true;
  const { asOf: _drop, ...rest } = router.currentRoute.value.query;
  void _drop;
  return router.push({ query: rest }).finally(() => {
    droppingAsOf = false;
  });
}

/** A link target that keeps the current asOf date, so permanent links stay on the same day. */
export function withAsOf(to: RouteLocationRaw): RouteLocationRaw {
  const asOf = asOfState.value;
  if (!asOf) return to;
  if (typeof to === 'string') {
    const [path, qs = ''] = to.split('?');
    const params = new URLSearchParams(qs);
    params.set('asOf', asOf);
    return `${path}?${params.toString()}`;
  }
  if ('query' in to || 'path' in to || 'name' in to) {
    return { ...to, query: { ...((to as { query?: LocationQueryRaw }).query ?? {}), asOf } } as RouteLocationRaw;
  }
  return to;
}

router.beforeEach(async (to, from) => {
  // ?lang=en|zh opens the page in that language (remembered, except inside an embed's frame); in-app
  // navigation keeps it, so the address a reader copies opens in the language they read
  const lang = langFromQuery(to.query.lang);
  if (lang) {
    if (lang !== i18n.global.locale.value) setLocale(lang, !to.meta.embed);
  } else if (from.query.lang && !('lang' in to.query) && from.matched.length && langFromQuery(from.query.lang)) {
    return { path: to.path, hash: to.hash, query: { ...to.query, lang: from.query.lang } };
  }
  // the console: sign-in first (the cookie may still be a session: a reload, a new tab); admin pages for admins only
  if (to.meta.console && !signedIn.value) await restoreSession(consoleApi.session);
  if (to.meta.auth && !signedIn.value) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (to.meta.admin && !isAdmin.value) return { name: 'console' };
  if (to.meta.console) {
    asOfState.value = null;
    return true;
  }
  // keep asOf on in-app navigation that did not set it explicitly
  if (!droppingAsOf && from.query.asOf && !('asOf' in to.query) && from.matched.length) {
    return { path: to.path, hash: to.hash, query: { ...to.query, asOf: from.query.asOf }, replace: true };
  }
  const check = to.query.asOf === undefined ? null : checkAsOf(to.query.asOf, todayIn());
  asOfState.value = check?.kind === 'ok' ? check.date : null;
  return true;
});

// An expired or revoked session: back to sign-in, then back here.
setUnauthorizedHandler(() => {
  const here = router.currentRoute.value;
  void router.push({ name: 'sign-in', query: { redirect: here.meta.console ? here.fullPath : '/console' } });
});
