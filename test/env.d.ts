import type { D1Migration } from 'cloudflare:test'

// `env` from cloudflare:test is the generated Cloudflare.Env (worker-configuration.d.ts) plus what
// vitest.config.ts binds for the tests. Secrets and PUBLIC_URL stay optional as in src/env.ts: both
// declarations merge into one Cloudflare.Env while tests and src are type-checked together.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[]
      ADMIN_TOKEN?: string
      SECRETS_KEY?: string
      PUBLIC_URL?: string
    }
  }
}
