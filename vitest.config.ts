/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.{ts,tsx}', 'tests/site/**/*.test.ts'],
    environment: 'node',
    // Component tests opt into happy-dom per file with `// @vitest-environment happy-dom`.
    restoreMocks: true,
  },
});
