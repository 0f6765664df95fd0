import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import paths from '@/routes.json';

// The server answers 404 for any path outside routes.json (http/ClientRoutes): the router must take its
// paths from that list and nowhere else, or a page would load in the browser and 404 on a reload.
const source = readFileSync(new URL('../src/router.ts', import.meta.url), 'utf8');
const router = source.slice(source.indexOf('routes: ['), source.indexOf('scrollBehavior'));

describe('client routes', () => {
  const used = [...router.matchAll(/\bpath: ([^,\n]+),/g)].map((m) => m[1].trim());

  it('every route path comes from routes.json, except the not-found catch-all', () => {
    const literal = used.filter((p) => !/^paths(\.[\w]+|\['[\w-]+'\])$/.test(p));
    expect(literal).toEqual(["'/:pathMatch(.*)*'"]);
  });

  it('every entry of routes.json is a route, named after its key', () => {
    for (const name of Object.keys(paths)) {
      const ref = /^[a-z]\w*$/i.test(name) ? `paths.${name}` : `paths['${name}']`;
      expect(router, name).toContain(`path: ${ref},`);
      expect(router.indexOf(`name: '${name}'`), `route named ${name}`).toBeGreaterThan(router.indexOf(`path: ${ref}`));
    }
    expect(used.length).toBe(Object.keys(paths).length + 1);
  });

  it('uses only static segments and :params the server understands', () => {
    for (const path of Object.values(paths)) {
      expect(path).toMatch(/^\/((?:[a-z-]+|:[a-z]+)(\/(?:[a-z-]+|:[a-z]+))*)?$/);
    }
  });
});
