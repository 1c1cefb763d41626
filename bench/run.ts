// `npm run bench`: latency and throughput of the core's stages on this machine. Numbers are printed, never
// asserted (tests check behaviour; timing belongs here). Run on an idle machine for stable figures.
import { deviceBenchmarks } from './device.bench';
import { printResults } from './harness';

const memoryMb = () => (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1);

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
printResults('Device model', deviceBenchmarks());
console.log(`\nHeap used: ${memoryMb()} MB`);
