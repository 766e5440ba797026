import { defineConfig } from 'vitest/config';

// The SocketCAN tier: tests that need real vcan interfaces. `npm run test:vcan` runs them
// through test/vcan/run-in-uml.sh, natively where this kernel has vcan, otherwise inside a
// User-Mode Linux guest (one CPU, slow process start: one worker, files one after another).
export default defineConfig({
  test: {
    include: ['test/vcan/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
