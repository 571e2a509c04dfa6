// The start command of the runtime image (the last stage's CMD in docker/Dockerfile), so that
// tests and benchmarks run the server exactly as a county server does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** ['node', …flags, 'apps/server/dist/main.js'], relative to the repository root. */
export function imageCommand() {
  const dockerfile = fs.readFileSync(path.join(repoRoot, 'docker/Dockerfile'), 'utf8');
  const match = /^CMD (\[.*\])$/m.exec(dockerfile.slice(dockerfile.lastIndexOf('\nFROM ')));
  if (!match) throw new Error('docker/Dockerfile: no CMD ["…"] in the runtime stage');
  return JSON.parse(match[1]);
}
