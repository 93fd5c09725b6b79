// Prints the environment-variable table of the README from the services' config definitions, so
// the documentation is generated from the code that parses the variables.
// usage: node infra/dev/config-table.mjs   (after the build)
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { describeConfig, PLATFORM_CONFIG_DEFINITION } = require('../../libs/config/dist/index.js');

const servicesDir = new URL('../../services/', import.meta.url);
const repoRoot = new URL('../../', import.meta.url).pathname;
/** Defaults under the checkout (shipped folders) are shown relative to it, as on any machine. */
const relative = (value) =>
  typeof value === 'string' && value.startsWith(repoRoot) ? value.slice(repoRoot.length) : value;
const SERVICES = readdirSync(servicesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const escape = (text) => String(text).replace(/\|/g, '\\|');

console.log('| variable | type | default | description |');
console.log('| --- | --- | --- | --- |');
for (const row of describeConfig(PLATFORM_CONFIG_DEFINITION)) {
  console.log(
    `| \`${row.name}\` | ${escape(row.type)} | \`${escape(row.default ?? '')}\` | ${escape(row.doc)} |`,
  );
}
const perService = new Map();
for (const service of SERVICES) {
  const module = require(`../../services/${service}/dist/config/${service}.config.js`);
  const definition = Object.entries(module).find(([name]) =>
    name.endsWith('_CONFIG_DEFINITION'),
  )[1];
  for (const row of describeConfig(definition)) {
    if (row.name in PLATFORM_CONFIG_DEFINITION) continue;
    const doc = row.doc
      .replace(`the ${service} service`, 'the service')
      .replace(`the ${service} `, "the service's ");
    const rows = perService.get(row.name) ?? { doc, type: row.type, defaults: [] };
    rows.defaults.push(
      row.default === undefined ? `${service}: unset` : `${service}: \`${relative(row.default)}\``,
    );
    perService.set(row.name, rows);
  }
}
for (const [name, row] of perService) {
  console.log(
    `| \`${name}\` | ${escape(row.type)} | ${row.defaults.join(', ')} | ${escape(row.doc)} |`,
  );
}
