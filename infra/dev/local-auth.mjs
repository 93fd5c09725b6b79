// Bearer tokens of the local principals, for the scripts that call the services on the local
// stack. infra/auth.sh writes them (infra/services.sh runs it), one file per principal:
// local-viewer, local-operator, local-approver, local-admin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCAL_DIR =
  process.env.LOOPLINE_LOCAL_DIR ?? new URL('../../.local', import.meta.url).pathname;

/**
 * The Authorization header value for a local principal: `Bearer <token>`. Events record the
 * principal's name as who asked.
 */
export function authorizationFor(principal = 'local-operator') {
  const file = join(LOCAL_DIR, 'auth', `${principal}.token`);
  let token;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    throw new Error(
      `no token for ${principal}: ${file} does not exist. Run \`bash infra/auth.sh\` to create ` +
        'the local tokens, then restart the services (bash infra/services.sh down && bash infra/services.sh up) so they know it.',
    );
  }
  return `Bearer ${token}`;
}
