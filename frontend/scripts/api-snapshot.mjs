// Fetches the running server's OpenAPI document into src/api/openapi.json (the snapshot the types are
// generated from, and which OpenApiSnapshotTest compares with the server's):
//   PILOTBOARD_OPENAPI_URL=http://127.0.0.1:8080/q/openapi?format=json npm run api:snapshot
import { writeFile } from 'node:fs/promises';

const url = process.env.PILOTBOARD_OPENAPI_URL;
if (!url) {
  console.error('Set PILOTBOARD_OPENAPI_URL, e.g. http://127.0.0.1:8080/q/openapi?format=json');
  process.exit(2);
}
const res = await fetch(url, { headers: { Accept: 'application/json' } });
if (!res.ok) {
  console.error(`GET ${url} -> ${res.status}`);
  process.exit(1);
}
const doc = await res.json();
await writeFile(new URL('../src/api/openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`src/api/openapi.json written from ${url}`);
