import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';

// schema.d.ts is generated from the checked-in snapshot of the server's document (npm run api:types);
// this regenerates it in memory, as the command line does, and fails when the two have drifted apart.
describe('the generated API types', () => {
  it('are what openapi-typescript makes of src/api/openapi.json (run npm run api:types)', async () => {
    const snapshot = new URL('../src/api/openapi.json', import.meta.url);
    const generated = `${COMMENT_HEADER}${astToString(await openapiTS(snapshot))}`;
    const checkedIn = await readFile(new URL('../src/api/schema.d.ts', import.meta.url), 'utf8');
    expect(checkedIn === generated, 'src/api/schema.d.ts differs from the types of src/api/openapi.json').toBe(true);
  }, 60_000);
});
