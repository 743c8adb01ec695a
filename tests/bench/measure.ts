// Runs one command of the benchmark and measures it: wall-clock time, CPU time and peak memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** What one command cost. */
export interface Measured {
  seconds: number;
  /** The highest resident memory of the command and everything it started, in bytes. */
  peakBytes: number;
  /**
   * The highest sampled sum while a Pagefind binary ran among those processes, and while none did
   * (0 when there was no such sample): where a build's peak lies.
   */
  peakSplit: { indexing: number; other: number };
  /**
   * The CPU time, user and system, of the command and of every process it started (Astro's drawing
   * workers, Pagefind's binary), in seconds: on a machine whose cores are all busy, the work a build
   * does bounds how fast it can be, whatever runs side by side.
   */
  cpuSeconds: number;
  output: string;
}

/** Whether a process is Pagefind's binary, by the name the kernel gives it (cut at 15 characters). */
const isPagefind = (name: string) => name.startsWith('pagefind');

const timeBinary = '/usr/bin/time';
// The kernel counts CPU time in /proc in ticks of USER_HZ, 100 a second on Linux whatever the
// kernel's own clock.
const ticksPerSecond = 100;

/**
 * The CPU time of this process's children that have ended and been waited for, in seconds: the
 * kernel adds a child's time, and that of the children it waited for, when the child is waited for.
 */
function endedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime, the 16th and 17th fields of the line; the list starts at the 3rd.
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}
const pageSize = 4096;

/** What one look at the command's processes found. */
interface TreeSample {
  bytes: number;
  indexing: boolean;
  /** Each process's own CPU time so far (all its threads, not its children), in seconds, by pid. */
  cpu: Map<number, number>;
}

/** Resident memory of `root` and all its descendants, summed from /proc, whether Pagefind is among them, and their CPU times. */
function sampleTree(root: number): TreeSample {
  const parents = new Map<number, number[]>();
  const resident = new Map<number, number>();
  const names = new Map<number, string>();
  const cpuTimes = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which is in brackets and may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), pid]);
      resident.set(pid, Number(fields[21]) * pageSize);
      cpuTimes.set(pid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
      names.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  let indexing = false;
  const cpu = new Map<number, number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += resident.get(pid) ?? 0;
    indexing ||= isPagefind(names.get(pid) ?? '');
    if (cpuTimes.has(pid)) cpu.set(pid, cpuTimes.get(pid)!);
    queue.push(...(parents.get(pid) ?? []));
  }
  return { bytes: total, indexing, cpu };
}

/**
 * Runs a command and returns its time, its CPU time and its peak memory. Memory is sampled from
 * /proc every 100 ms, summed over the command's processes (Astro and Pagefind's binary run at once);
 * where GNU time is installed, its exact peak of the largest single process is a floor under the
 * sample. CPU time is the kernel's count for the command once it has ended, which holds every
 * process that was waited for, or, where larger, the last CPU time sampled of each process: the
 * Pagefind API kills its binary without waiting for it, and a build may end before Node has, so its
 * work would otherwise be lost to the count.
 */
export async function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<Measured> {
  const withTime = existsSync(timeBinary);
  // The benchmark runs one command at a time: any child waited for in between is this one.
  const cpuBefore = endedChildrenCpuSeconds();
  const started = performance.now();
  const child = spawn(withTime ? timeBinary : command, withTime ? ['-v', command, ...args] : args, {
    cwd,
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const peakSplit = { indexing: 0, other: 0 };
  const lastCpu = new Map<number, number>();
  const sampler = setInterval(() => {
    const { bytes, indexing, cpu } = sampleTree(child.pid!);
    const phase = indexing ? 'indexing' : 'other';
    peakSplit[phase] = Math.max(peakSplit[phase], bytes);
    for (const [pid, spent] of cpu) lastCpu.set(pid, spent);
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const sampledCpu = [...lastCpu.values()].reduce((sum, spent) => sum + spent, 0);
  const cpuSeconds = Math.max(endedChildrenCpuSeconds() - cpuBefore, sampledCpu);
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  const exactKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
  const sampled = Math.max(peakSplit.indexing, peakSplit.other);
  return { seconds, peakBytes: Math.max(sampled, exactKb * 1024), peakSplit, cpuSeconds, output };
}
