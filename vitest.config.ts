import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Every test runs inside workerd with the real bindings from wrangler.toml (D1, Queues),
// migrations applied per test file (storage is isolated per file).
export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations('migrations'),
          ADMIN_TOKEN: 'test-admin-token',
          ALLOW_PRIVATE_URLS: 'true',
          SECRETS_KEY: 'dGVzdC1zZWNyZXRzLWtleS0zMi1ieXRlcy1sb25nISE=',
          PUBLIC_URL: 'https://seismo.test',
        },
      },
    }),
  ],
  test: {
    setupFiles: ['./test/apply-migrations.ts', './test/setup-fast-check.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
}))
