/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The handling test parses every example with tree-sitter grammars built to WebAssembly.
    // V8 (Node 24) runs out of compiler memory ("Fatal process out of memory: Zone") when it
    // optimises their largest functions, which killed the test's worker once the catalog grew;
    // WebAssembly compiled by the baseline compiler alone parses every example as well.
    execArgv: ['--liftoff-only'],
  },
});
