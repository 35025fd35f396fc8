import { definePack, type Pack } from '../engine/index.js';
import { manifest, ruleFiles } from './managed-email-server.rules.js';

/** The built-in pack: the provider's "Richtlinien Managed Email Server" (CLAUSES.md). */
export const managedEmailServer: Pack = definePack({
  name: manifest.name,
  version: manifest.version,
  announcedAt: manifest.announcedAt,
  description: manifest.description,
  rules: ruleFiles as never,
});
