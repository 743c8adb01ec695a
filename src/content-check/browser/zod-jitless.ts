import { z } from 'astro/zod';

// zod compiles its checks with `new Function` where it can, and probes for that as soon as a
// schema is made. The editor's policy forbids eval, so the probe would be reported as a violation
// on every load: zod is told not to try, before any schema module runs (check-case.ts imports this
// first).
z.config({ jitless: true });
