// Writes the benchmark's synthetic cases to a folder, to look at or to check on their own:
//   node --import ./src/cli/resolve-ts.ts tests/bench/write-cases.ts /tmp/cases 1000 [seed]
//   SENTRA_CONTENT_DIR=/tmp/cases npm run check
import { defaultSeed, writeSyntheticCases } from './synthetic-cases.ts';

const [dir, count = '100', seed = defaultSeed] = process.argv.slice(2);
if (!dir) throw new Error('Usage: write-cases.ts <folder> [count] [seed]');
const names = await writeSyntheticCases(dir, Number(count), seed);
console.log(`${names.length} synthetic cases of seed ${seed} written to ${dir}`);
