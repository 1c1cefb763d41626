// `npm run bench`: latency and throughput of the core's stages on this machine. Numbers are printed, never
// asserted (tests check behaviour; timing belongs here). Run on an idle machine for stable figures.
import { assistantBenchmarks } from './assistant.bench';
import { closedLoopBenchmarks } from './closed-loop.bench';
import { deviceBenchmarks } from './device.bench';
import { ecapReplayBenchmarks } from './ecap-replay.bench';
import { printResults } from './harness';
import { physiologyBenchmarks } from './physiology.bench';
import { sensingBenchmarks } from './sensing.bench';
import { viewBenchmarks } from './views.bench';

const memoryMb = () => (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1);

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
printResults('Device model', deviceBenchmarks());
const physiology = physiologyBenchmarks();
printResults(
  'Physiology (targets on one core: amplitude change ≤ 1 ms, configuration change ≤ 100 ms)',
  physiology.results,
);
for (const fact of physiology.facts) console.log(fact);
printResults('Per configuration, for the 3D view and the charts (worker, after the answer)', viewBenchmarks());
printResults('Closed loop and the posture day (stand-in growth model, tabulated)', closedLoopBenchmarks());
printResults('ECAP sensing (target: one trace ≤ 5 ms on a cached configuration)', sensingBenchmarks());
printResults(
  'Posture day on the ECAP model (tonic sample; targets: one-hour day at 50 Hz ≤ 2 s)',
  ecapReplayBenchmarks(),
);
printResults(
  'Programming assistant per case (target ≤ 5 s on one core; warm = the case’s fields already built, cold in the note)',
  assistantBenchmarks(),
);
console.log(`\nHeap used: ${memoryMb()} MB`);
