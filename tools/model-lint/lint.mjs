// Runs bpmnlint (recommended rules) over every model in ../../bpmn; exits non-zero on any error.
import { readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const modelsDir = resolve(here, '../../bpmn');
const models = readdirSync(modelsDir).filter((f) => f.endsWith('.bpmn')).map((f) => join(modelsDir, f));
if (models.length === 0) {
  console.log('bpmnlint: no models in bpmn/');
  process.exit(0);
}
const result = spawnSync(join(here, 'node_modules/.bin/bpmnlint'), models, { cwd: here, stdio: 'inherit' });
if (result.status === 0) {
  console.log(`bpmnlint: ${models.length} models, no errors (warnings above, if any)`);
}
process.exit(result.status ?? 1);
