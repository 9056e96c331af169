// `npm run fleet-schema`: writes the JSON Schema of the centre configuration file next to the
// example, so an IT person's editor (VS Code and others read "$schema") checks the file as it is
// typed. The schema comes from the same zod schema the app imports the file with.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fleetFileJsonSchema } from '../../core/centre/fleet-file.ts';

const target = new URL('./serasi-balai.schema.json', import.meta.url);
const schema = {
  title: 'Berkas konfigurasi balai SERASI Desk',
  ...(fleetFileJsonSchema() as Record<string, unknown>),
};
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
// In the repository's own format, so `biome check` stays clean after a run.
execFileSync('npx', ['biome', 'format', '--write', fileURLToPath(target)], {
  stdio: 'ignore',
  shell: process.platform === 'win32',
});
console.log(`Skema ditulis ke ${target.pathname}`);
