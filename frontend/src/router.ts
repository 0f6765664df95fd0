import { createRouter, createWebHistory, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router';
import { asOfState } from '@/lib/asOfStore';
import { checkAsOf } from '@/lib/asOf';
import { todayIn } from '@/lib/dates';

const Overview = () => import('@/views/OverviewView.vue');

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'overview', component: Overview },
    { path: '/timeline', name: 'timeline', component: () => import('@/views/TimelineView.vue') },
    { path: '/regions', name: 'regions', component: () => import('@/views/RegionsView.vue') },
    { path: '/regions/:code', name: 'region', component: () => import('@/views/RegionView.vue'), props: true },
    { path: '/plan', name: 'plan', component: () => import('@/views/PlanView.vue') },
    { path: '/tasks/:id', name: 'task', component: () => import('@/views/TaskView.vue'), props: true },
    { path: '/embed/regions/:code', name: 'embed-region', component: () => import('@/views/EmbedRegionView.vue'), props: true, meta: { embed: true } },
    { path: '/embed/milestones/:code', name: 'embed-milestone', component: () => import('@/views/EmbedMilestoneView.vue'), props: true, meta: { embed: true } },
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

router.beforeEach((to, from) => {
  // keep asOf on in-app navigation that did not set it explicitly
  if (!droppingAsOf && from.query.asOf && !('asOf' in to.query) && from.matched.length) {
    return { path: to.path, hash: to.hash, query: { ...to.query, asOf: from.query.asOf }, replace: true };
  }
  const check = to.query.asOf === undefined ? null : checkAsOf(to.query.asOf, todayIn());
  asOfState.value = check?.kind === 'ok' ? check.date : null;
  return true;
});
