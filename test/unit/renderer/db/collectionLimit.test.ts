import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plaintextFieldsFor } from '../../../../renderer/db/openRegisterDatabase';
import { syncCollections } from '../../../../shared/sync/syncProtocol';

// Read, not imported: importing the install step would run it.
const collectionLimit = Number(
  /export const collectionLimit = (\d+);/.exec(
    readFileSync('build/raiseRxdbCollectionLimit.mjs', 'utf8'),
  )?.[1],
);

const installedLimit = (): number => {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('rxdb/package.json'));
  const text = readFileSync(join(root, 'dist/esm/plugins/utils/utils-premium.js'), 'utf8');
  return Number(/NON_PREMIUM_COLLECTION_LIMIT = (\d+);/.exec(text)?.[1]);
};

describe('RxDB collection cap', () => {
  it('is raised in the installed RxDB (postinstall ran)', () => {
    expect(installedLimit()).toBe(collectionLimit);
  });

  it('leaves room for every collection the register opens', () => {
    const local = ['settings', 'importBatches', 'conflicts'];
    const opened = [...syncCollections, ...local];
    for (const name of opened) expect(plaintextFieldsFor(name).length, name).toBeGreaterThan(0);
    // At the cap RxDB waits 1.8 s before opening the last collection; stay below it.
    expect(opened.length).toBeLessThan(collectionLimit);
  });
});
