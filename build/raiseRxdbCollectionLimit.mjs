// Raises RxDB's open-source cap on open collections (13 in rxdb 17.6.0), which Kontakt's record types
// exceed. RxDB's own source says of this check: "Yes you are allowed to fork the repo and just
// overwrite this function." Runs after every install; fails the install when RxDB's code no longer
// matches, so an upgrade cannot silently bring back the cap (a register that refuses to open, or a
// 1.8 s wait per collection beyond 13 at every unlock). See docs/ARCHITECTURE.md, "Collection count".
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const collectionLimit = 24;
const pinnedVersion = '17.6.0';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('rxdb/package.json'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (version !== pinnedVersion) {
  console.error(`rxdb ${version} is installed; this step was written for ${pinnedVersion}. Review it.`);
  process.exit(1);
}

const declaration = /NON_PREMIUM_COLLECTION_LIMIT = (\d+);/;
for (const file of [
  'dist/esm/plugins/utils/utils-premium.js',
  'dist/cjs/plugins/utils/utils-premium.js',
  'src/plugins/utils/utils-premium.ts',
]) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const match = declaration.exec(text);
  if (!match) {
    console.error(`No collection limit found in ${path}; RxDB changed. Review this step.`);
    process.exit(1);
  }
  if (Number(match[1]) !== collectionLimit)
    writeFileSync(path, text.replace(declaration, `NON_PREMIUM_COLLECTION_LIMIT = ${collectionLimit};`));
}
