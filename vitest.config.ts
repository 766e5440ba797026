import { defineConfig } from 'vitest/config';

// `npm test` runs every tier that this machine can run on the host. The SocketCAN tier needs
// vcan and runs through `npm run test:vcan` (natively, or inside a User-Mode Linux guest).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/vcan/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
